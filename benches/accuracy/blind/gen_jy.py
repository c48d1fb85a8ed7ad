#!/usr/bin/env python3
"""gen_jy.py - blind evaluation set: message brokers and queueing middleware (not Kafka).

EMPHASIS
    Credentials of enterprise message brokers and queueing middleware, outside Kafka:
    RabbitMQ (definitions.json users, rabbitmq.conf default_pass, advanced.config,
    amqp(s):// URLs, rabbitmqctl add_user, Shovel / Federation upstream URIs, Erlang
    cookie, management HTTP API Basic auth), ActiveMQ Classic (activemq.xml
    simpleAuthenticationPlugin, credentials.properties, jetty-realm.properties),
    ActiveMQ Artemis (broker.xml cluster-password, artemis-users.properties,
    bootstrap.xml keystore password, CLI), IBM MQ (MQCSP in Java/C/Python, container
    MQ_APP_PASSWORD, runmqakm key-database password), TIBCO EMS (tibemsadmin, Java
    client, BW substvar), Solace PubSub+ (Spring properties, SEMP admin, Terraform,
    Python API), NATS (.creds files with user JWT + NKey seed, nats.conf users and
    tokens, leafnode URLs, nsc operator seeds, Go/JS/Python clients), Apache Pulsar
    (JWT tokens in client.conf authParams, tokenSecretKey signing keys, clients),
    ZeroMQ CURVE secret keys (Z85, zcert files, pyzmq, C), Mosquitto (bridge
    remote_password, paho, mqtt.js, Telegraf, Zigbee2MQTT), Azure Service Bus /
    Event Hubs (SharedAccessKey connection strings, SAS tokens), Amazon MQ (Terraform,
    CloudFormation, amqps endpoints), Celery / Kombu broker URLs, MassTransit and
    NServiceBus transports, Camel / Spring XML, STOMP.
    File types: JSON, XML, properties, conf/INI, YAML (Helm values, docker-compose,
    k8s, GitHub workflows, CloudFormation), TOML, Java, C#, C, Python, Go, JavaScript,
    shell, Dockerfile, Terraform / tfvars, Markdown runbooks, SQL, CSV, logs, Erlang
    terms, zcert (ZPL), .creds, .nk, .http and (rarely, positives only) .env.

USAGE
    python3 -B gen_jy.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line per
    positive: file, needle, 1-based line of the needle's first occurrence).  All
    randomness comes from one random.Random(SEED); output is byte-identical per seed.

NEEDLE CONVENTIONS
    * Passwords anywhere (config value, constructor / positional argument, CLI flag):
      the password text only, without quotes.
    * URLs with credentials (amqp://, amqps://, mqtts://, nats://, redis://, stomp,
      Camel RAW(...)): the password part of the userinfo only (not user, not host).
    * Connection strings (Azure Service Bus / Event Hubs): the SharedAccessKey value
      only (44-char base64).  SAS tokens: the sig= value exactly as written
      (URL-encoded).
    * HTTP Basic headers: the base64 blob after "Basic ".
    * Bearer / Pulsar / NATS tokens: the whole token (for JWTs all three segments).
    * NATS .creds files: the NKey seed line (SU...), not the user JWT, which is the
      public half of the pair and is only usable together with the seed.
    * NKey seeds elsewhere: the 58-char seed.  ZeroMQ CURVE: the 40-char Z85 secret
      key (the public key next to it is not a secret).
    * Pulsar tokenSecretKey: the base64 after "data:;base64,".
    * Erlang cookie: the cookie string.
    No multi-line PEM keys are used, so every needle is on one line.

NEGATIVES
    250 re-use the positive templates with the secret slot holding a non-secret:
    placeholders (<your-password>, YOUR_PASSWORD_HERE, changeme, xxxx, REPLACE_ME),
    empty values, masks (****, [REDACTED]), env / secret-manager references
    (${RABBITMQ_PASSWORD}, os.environ[...], process.env.X, System.getenv, vault: and
    op:// paths, Helm / Jinja expressions), defaults documented as such (guest),
    documented examples (the NATS docs example seed, the Pulsar docs example token),
    Pulsar "token:file:///..." indirection and NKey public keys.  No negative is in a
    .env / .env.local / .env.production file (they become .env.example).
    250 are domain look-alikes: RabbitMQ password_hash values (base64 of 4-byte salt +
    SHA-256), Artemis ENC(...) masked and ENC(1024:...) hashed values, TIBCO $man$
    obfuscations, Mosquitto $7$ hashes, NKey public keys (U/A/O/N/X), public account /
    operator JWTs in resolver configs, CURVE public keys, queue / exchange names,
    routing keys, message ids, correlation ids, consumer tags, delivery tags, IBM MQ
    MsgId / CorrelId hex, SQS receipt handles and MD5s, Amazon MQ broker ids and ARNs,
    Event Hubs checkpoints, image digests, certificate fingerprints, public CA
    certificates, Pulsar RSA public keys, base64 message bodies, Erlang cookie hashes,
    ARM listKeys() expressions, ExternalSecret mappings.

FORMATS CHECKED (search tool, providers' docs and client libraries)
    * NATS NKeys: base32 (RFC 4648, no padding) of prefix byte(s) + 32-byte ed25519
      seed/public key + CRC16 (little-endian); prefix bytes seed 18<<3, user 20<<3,
      account 0, operator 14<<3, server 13<<3, cluster 2<<3, curve 23<<3; seeds are
      2 prefix bytes -> 58 chars "SU/SA/SO...", public keys 56 chars "U/A/O/N...".
      (nkeys docs on docs.rs / lib.rs / PyPI, hex.pm nkeys source.)
    * NATS .creds layout: "-----BEGIN NATS USER JWT-----" ... "------END NATS USER
      JWT------", IMPORTANT banner, "-----BEGIN USER NKEY SEED-----" (docs.nats.io);
      its example seed SUAOY5JZ... is used only as a negative.
    * RabbitMQ password_hash: base64(4-byte salt || SHA-256(salt || UTF-8 password))
      (RabbitMQ passwords guide as quoted by client libraries / gists).
    * Artemis: ENC(...) marks masked values; default codec output is hex that may start
      with '-', e.g. ENC(-342e...); artemis-users.properties holds hashed values
      (activemq.apache.org masking-passwords, Red Hat AMQ docs).
    * Pulsar: client.conf authPlugin=...AuthenticationToken, authParams=token:<jwt> or
      token:file:///path; tokens are JWTs, HS256 header eyJhbGciOiJIUzI1NiJ9 (Pulsar
      security-jwt docs; their example token is a negative).
    * ZeroMQ CURVE keys: 32 bytes Z85-encoded to 40 chars (zmq_curve_keypair(3)).
    * Azure Service Bus: Endpoint=sb://<ns>.servicebus.windows.net/;
      SharedAccessKeyName=...;SharedAccessKey=...[;EntityPath=...] (Microsoft Learn
      SDK reference).
    * Mosquitto password file: crypt(3)-like, sha512-pbkdf2 ($7$) / sha512 ($6$) /
      argon2id (mosquitto_passwd(1)).
    * TIBCO EMS: clients mangle passwords with a proprietary, keyless algorithm
      (TIBCO KB0091302).

DOUBTS
    * TIBCO "$man$" text: only the prefix is documented to me; the body here is a
      base64-like string of plausible length, not the real mangling algorithm.
    * Artemis ENC(1024:salt:hash) hashed-user layout (iterations:hex salt:hex hash) is
      from memory of the CLI's output; lengths may differ from the real tool.
    * Public keys shown next to seeds / CURVE secrets are random, not derived from the
      secret (no ed25519 / X25519 in the standard library).
    * Azure SharedAccessKey is assumed to be 32 random bytes in base64 (44 chars); the
      SAS sig is HMAC-SHA256 output base64 + URL-encoded.
    * Plain "password" in definitions.json user objects is accepted by some tools
      (management API PUT /api/users) rather than by every definitions import.
    * NATS user-JWT claims are shaped after the docs example; signatures are random.
    * Amazon MQ password rule (>= 12 chars, >= 4 unique, no , : =) is from memory.
"""
import base64
import hashlib
import json
import os
import random
import re
import sys

N_POS = 500
N_NEG = 500


class Raw(str):
    """A code expression that replaces a whole string literal (negatives only)."""


def Q(v, q='"'):
    return str(v) if isinstance(v, Raw) else q + v + q


_MARK = re.compile(r'@@(\w+)@@')


def T(text, **kw):
    """Fill @@name@@ markers in one pass (values are never re-scanned)."""
    return _MARK.sub(lambda m: str(kw[m.group(1)]), text)


ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
HEX = '0123456789abcdef'
B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
Z85 = ('0123456789abcdefghijklmnopqrstuvwxyz'
       'ABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#')
WORDS = ['tundra', 'falcon', 'copper', 'harbor', 'maple', 'orbit', 'quartz', 'violet',
         'ember', 'glacier', 'saffron', 'cobalt', 'juniper', 'lantern', 'meadow', 'nimbus',
         'pebble', 'raven', 'sierra', 'thistle', 'walnut', 'zephyr', 'basalt', 'cinder']
COMPANIES = ['acme', 'northwind', 'globex', 'initech', 'tailspin', 'fabrikam', 'wingtip',
             'blueyonder', 'vandelay', 'hooli', 'umbrella', 'stark', 'cyberdyne', 'soylent']
SERVICES = ['orders', 'billing', 'inventory', 'notifications', 'payments', 'shipping',
            'ledger', 'telemetry', 'fulfillment', 'audit', 'pricing', 'checkout',
            'returns', 'catalog', 'dispatch', 'reporting', 'onboarding', 'settlement']
ENVS = ['prod', 'staging', 'qa', 'dev', 'uat', 'preprod']
REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2']


def crc16(data):
    crc = 0
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


NK_PREFIX = {'U': 20 << 3, 'A': 0, 'O': 14 << 3, 'N': 13 << 3, 'C': 2 << 3, 'X': 23 << 3}


def z85_encode(data):
    assert len(data) % 4 == 0
    out = []
    for i in range(0, len(data), 4):
        v = int.from_bytes(data[i:i + 4], 'big')
        chunk = []
        for _ in range(5):
            chunk.append(Z85[v % 85])
            v //= 85
        out.extend(reversed(chunk))
    return ''.join(out)


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


class Ctx:
    """Per-run helper around the single random.Random(SEED)."""

    def __init__(self, seed):
        self.R = random.Random(seed)
        self.is_pos = True

    # basic randomness
    def ch(self, seq):
        return self.R.choice(seq)

    def ri(self, a, b):
        return self.R.randint(a, b)

    def coin(self, p=0.5):
        return self.R.random() < p

    def rs(self, alphabet, n):
        return ''.join(self.R.choice(alphabet) for _ in range(n))

    def rb(self, n):
        return bytes(self.R.getrandbits(8) for _ in range(n))

    def hexs(self, n):
        return self.rs(HEX, n)

    def b64(self, n):
        return base64.b64encode(self.rb(n)).decode()

    def uuid(self):
        h = self.hexs(32)
        h = h[:12] + '4' + h[13:16] + self.ch('89ab') + h[17:]
        return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    # names
    def svc(self):
        return self.ch(SERVICES)

    def co(self):
        return self.ch(COMPANIES)

    def env(self):
        return self.ch(ENVS)

    def region(self):
        return self.ch(REGIONS)

    def user(self, svc=None):
        s = svc or self.svc()
        return self.ch(['svc-' + s, s + '_app', s + '-worker', s, 'app_' + s, s + '-publisher'])

    def host(self, kind='rabbitmq'):
        c = self.co()
        return self.ch(['%s-%s-0%d.%s.internal' % (kind, self.env(), self.ri(1, 3), c),
                        '%s.%s.%s-corp.net' % (kind, self.env(), c),
                        '%s-%d.messaging.%s.io' % (kind, self.ri(1, 9), c),
                        '%s.%s.svc.cluster.local' % (kind, self.ch(['messaging', 'infra', 'platform']))])

    def vhost(self):
        return self.ch(['/', self.svc(), '%s-%s' % (self.svc(), self.env()), 'main', 'events'])

    # secrets
    def pw(self, url=False, minlen=12):
        style = self.ri(0, 9)
        if style <= 3:
            s = self.rs(ALNUM, self.ri(max(minlen, 16), 32))
        elif style <= 5:
            sym = '-_.~' if url else '-_.!*^~+'
            base = list(self.rs(ALNUM, self.ri(max(minlen, 14), 26)))
            for _ in range(self.ri(1, 3)):
                base.insert(self.ri(1, len(base) - 1), self.ch(sym))
            s = ''.join(base)
        elif style == 6:
            s = self.hexs(32)
        elif style == 7:
            s = self.b64(18).replace('/', 'x').replace('+', 'q') if url else self.b64(18)
        else:
            a, b = self.ch(WORDS), self.ch(WORDS)
            s = '%s%s%s%d%s' % (a.capitalize(), self.ch(['-', '_', '.', '']), b.capitalize(),
                                self.ri(10, 9999), self.ch(['!', '*', '-', '~']) if not url else self.ch(['-', '.', '_', '~']))
        if len(s) < minlen:
            s += self.rs(ALNUM, minlen - len(s))
        return s

    def nkey_seed(self, t='U'):
        p = NK_PREFIX[t]
        raw = bytes([(18 << 3) | (p >> 5), (p & 31) << 3]) + self.rb(32)
        raw += crc16(raw).to_bytes(2, 'little')
        return base64.b32encode(raw).decode().rstrip('=')

    def nkey_pub(self, t='U'):
        raw = bytes([NK_PREFIX[t]]) + self.rb(32)
        raw += crc16(raw).to_bytes(2, 'little')
        return base64.b32encode(raw).decode().rstrip('=')

    def nats_jwt(self, kind='user', iss=None, sub=None, name=None):
        hdr = b64u(json.dumps({'typ': 'JWT', 'alg': 'ed25519-nkey'}, separators=(',', ':')).encode())
        claims = {'jti': self.rs(B32, 52), 'iat': self.ri(1640000000, 1735000000),
                  'iss': iss or self.nkey_pub('A' if kind == 'user' else 'O'),
                  'name': name or self.svc(), 'sub': sub or self.nkey_pub('U' if kind == 'user' else 'A'),
                  'nats': {'pub': {}, 'sub': {}, 'subs': -1, 'data': -1, 'payload': -1,
                           'type': kind, 'version': 2}}
        body = b64u(json.dumps(claims, separators=(',', ':')).encode())
        return '%s.%s.%s' % (hdr, body, b64u(self.rb(64)))

    def pulsar_jwt(self):
        if self.coin(0.7):
            hdr = b64u(b'{"alg":"HS256"}')
            sig = b64u(self.rb(32))
        else:
            hdr = b64u(b'{"alg":"RS256"}')
            sig = b64u(self.rb(256))
        claims = {'sub': self.ch(['svc-', 'role-', '', 'tenant-']) + self.svc()}
        if self.coin(0.5):
            claims['exp'] = self.ri(1760000000, 1900000000)
        return '%s.%s.%s' % (hdr, b64u(json.dumps(claims, separators=(',', ':')).encode()), sig)

    def z85key(self):
        return z85_encode(self.rb(32))

    def sas_key(self):
        return self.b64(32)

    def sas_sig(self):
        return self.b64(32).replace('+', '%2B').replace('/', '%2F').replace('=', '%3D')

    def cookie(self):
        return self.rs(UPPER, 20)

    def token(self):
        return self.rs(ALNUM, self.ri(32, 48))

    def rabbit_hash(self):
        salt = self.rb(4)
        return base64.b64encode(salt + hashlib.sha256(salt + self.pw().encode()).digest()).decode()

    def artemis_mask(self):
        return ('-' if self.coin(0.4) else '') + self.hexs(self.ch([30, 31, 32]))

    def artemis_hash(self):
        return '1024:%s:%s' % (self.hexs(64).upper(), self.hexs(128).upper())

    def tib_man(self):
        return '$man$' + self.rs(ALNUM + '+/', self.ri(22, 40))

    def mosq_hash(self):
        if self.coin(0.7):
            return '$7$101$%s$%s' % (self.b64(12), self.b64(64))
        return '$6$%s$%s' % (self.b64(12), self.b64(64))


SLOTS = {
    'pw': lambda c: c.pw(),
    'upw': lambda c: c.pw(url=True),
    'seedU': lambda c: c.nkey_seed('U'),
    'seedA': lambda c: c.nkey_seed('A'),
    'seedO': lambda c: c.nkey_seed('O'),
    'pjwt': lambda c: c.pulsar_jwt(),
    'tok': lambda c: c.token(),
    'z85': lambda c: c.z85key(),
    'sas': lambda c: c.sas_key(),
    'sassig': lambda c: c.sas_sig(),
    'cookie': lambda c: c.cookie(),
    'pskey': lambda c: c.b64(32),
}

NATS_DOC_SEED = 'SUAOY5JZ2WJKVR4UO2KJ2P3SW6FZFNWEOIMAXF4WZEUNVQXXUOKGM55CYE'
PULSAR_DOC_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJKb2UifQ.ipevRNuRP6HflG8cFKnmUPtypruRC4fb1DWtoLL62SY'


def neg_value(c, slot, lang, env, rabbit):
    """A non-secret for a template's secret slot."""
    R = []
    if lang == 'py':
        R = [Raw('os.environ["%s"]' % env), Raw('os.getenv("%s")' % env)]
    elif lang == 'js':
        R = [Raw('process.env.%s' % env), Raw('config.get("%s")' % env.lower().replace('_', '.'))]
    elif lang == 'java':
        R = [Raw('System.getenv("%s")' % env), Raw('props.getProperty("%s")' % env.lower().replace('_', '.'))]
    elif lang == 'cs':
        R = [Raw('Environment.GetEnvironmentVariable("%s")' % env), Raw('configuration["%s"]' % env)]
    elif lang == 'go':
        R = [Raw('os.Getenv("%s")' % env)]
    elif lang == 'tf':
        R = [Raw('var.%s' % env.lower()), Raw('random_password.%s.result' % env.lower()),
             Raw('data.aws_secretsmanager_secret_version.%s.secret_string' % env.lower())]
    if slot in ('upw',):
        pool = ['${%s}' % env, '<password>', '****', 'PASSWORD', 'changeme', '{password}',
                '%s' % ('$' + env), 'xxxxxxxx', 'REPLACE_ME']
    elif slot.startswith('seed'):
        pool = ['<%s>' % 'nkey-seed', '${%s}' % env, 'SU' + 'X' * 56, NATS_DOC_SEED,
                '', 'REPLACE_WITH_SEED', c.nkey_pub(slot[-1]), c.nkey_pub(slot[-1])]
    elif slot == 'pjwt':
        pool = [PULSAR_DOC_TOKEN, PULSAR_DOC_TOKEN, '${%s}' % env, '<token>', 'YOUR_TOKEN_HERE', '']
    elif slot == 'z85':
        pool = ['<server-secret-key>', '${%s}' % env, '', 'REPLACE_ME_40_CHARS', 'x' * 40]
    elif slot in ('sas', 'sassig'):
        pool = ['<your-shared-access-key>', '{SharedAccessKey}', '${%s}' % env, '', '****',
                'REDACTED', '[REDACTED]', 'YOUR_KEY_HERE']
    elif slot == 'cookie':
        pool = ['${%s}' % env, 'CHANGEME', '<erlang-cookie>', '', 'REPLACE_WITH_RANDOM_COOKIE']
    else:
        pool = ['<your-password>', 'YOUR_PASSWORD_HERE', 'changeme', 'xxxxxxxxxxxxxxxx', '********',
                '[REDACTED]', '', '${%s}' % env, '{{ .Values.broker.password }}',
                '{{ %s }}' % env.lower(), 'op://platform/%s/password' % env.lower().replace('_', '-'),
                'vault:secret/data/messaging#%s' % env.lower(), 'REPLACE_ME', '<PASSWORD>',
                '${env:%s}' % env, 'TODO']
    if rabbit:
        pool = pool + ['guest', 'guest']
    if R and c.coin(0.45):
        return c.ch(R)
    return c.ch(pool)


# ---------------------------------------------------------------------------
# positive templates: fn(c, v) -> (relpath, text[, needle]); v is the secret slot
# ---------------------------------------------------------------------------
POS = []


def P(provider, kind, slot, lang='cfg', env='MQ_PASSWORD', sa=False, rabbit=False, w=1.0):
    def d(fn):
        POS.append(dict(name=fn.__name__, provider=provider, kind=kind, slot=slot,
                        lang=lang if sa else 'cfg', env=env, rabbit=rabbit, w=w, fn=fn))
        return fn
    return d


# ----------------------------- RabbitMQ ------------------------------------
@P('rabbitmq', 'broker_password', 'pw', env='RABBITMQ_PASSWORD')
def rmq_definitions_plain(c, v):
    s = c.svc()
    users = []
    for u in ['admin', 'monitoring']:
        users.append('    {\n      "name": "%s",\n      "password_hash": "%s",\n      "hashing_algorithm": "rabbit_password_hashing_sha256",\n      "tags": ["%s"]\n    }' % (u, c.rabbit_hash(), 'administrator' if u == 'admin' else 'monitoring'))
    users.append('    {\n      "name": "%s",\n      "password": "%s",\n      "tags": []\n    }' % (c.user(s), v))
    vh = c.vhost()
    text = ('{\n  "rabbit_version": "3.12.%d",\n  "users": [\n' % c.ri(2, 13) + ',\n'.join(users) +
            '\n  ],\n  "vhosts": [{"name": "%s"}],\n  "queues": [\n    {"name": "%s.events", "vhost": "%s", "durable": true, "auto_delete": false, "arguments": {"x-queue-type": "quorum"}}\n  ],\n'
            '  "exchanges": [\n    {"name": "%s", "vhost": "%s", "type": "topic", "durable": true, "auto_delete": false, "internal": false, "arguments": {}}\n  ]\n}\n') % (vh, s, vh, s, vh)
    return c.ch(['deploy/rabbitmq/definitions.json', 'rabbitmq/definitions.json', 'infra/broker/definitions.json']), text


@P('rabbitmq', 'broker_password', 'pw', env='RABBITMQ_DEFAULT_PASS', rabbit=True)
def rmq_conf_default_pass(c, v):
    text = T('''# rabbitmq.conf -- managed by platform team, see RUNBOOK.md
listeners.tcp.default = 5672
listeners.ssl.default = 5671
management.tcp.port = 15672

ssl_options.cacertfile = /etc/rabbitmq/tls/ca.pem
ssl_options.certfile   = /etc/rabbitmq/tls/server.pem
ssl_options.keyfile    = /etc/rabbitmq/tls/server-key.pem
ssl_options.verify     = verify_peer
ssl_options.fail_if_no_peer_cert = false

default_vhost = @@vh@@
default_user = @@u@@
default_pass = @@v@@
default_user_tags.administrator = true

vm_memory_high_watermark.relative = 0.6
disk_free_limit.absolute = 2GB
cluster_formation.peer_discovery_backend = rabbit_peer_discovery_k8s
cluster_formation.k8s.host = kubernetes.default.svc.cluster.local
log.console.level = info
''', vh=c.vhost(), u=c.ch(['admin', 'ops-admin', 'rabbit-admin']), v=v)
    return c.ch(['deploy/rabbitmq/rabbitmq.conf', 'config/rabbitmq.conf', 'docker/rabbitmq/rabbitmq.conf']), text


@P('rabbitmq', 'broker_password', 'pw', env='RABBITMQ_PASSWORD')
def rmq_advanced_config(c, v):
    text = T('''%% advanced.config
[
  {rabbit, [
    {tcp_listeners, [5672]},
    {default_user, <<"@@u@@">>},
    {default_pass, <<"@@v@@">>},
    {loopback_users, []},
    {heartbeat, 30}
  ]},
  {rabbitmq_management, [
    {listener, [{port, 15672}, {ssl, false}]}
  ]}
].
''', u=c.user(), v=v)
    return c.ch(['rabbitmq/advanced.config', 'deploy/rabbitmq/advanced.config']), text


@P('rabbitmq', 'broker_password', 'pw', lang='sh', env='RABBITMQ_APP_PASSWORD', w=1.2)
def rmq_ctl_add_user(c, v):
    s = c.svc()
    u = c.user(s)
    vh = c.vhost()
    text = T('''#!/usr/bin/env bash
# bootstrap the @@s@@ vhost and its service account
set -euo pipefail

rabbitmqctl add_vhost "@@vh@@" || true
rabbitmqctl add_user @@u@@ '@@v@@'
rabbitmqctl set_user_tags @@u@@ policymaker
rabbitmqctl set_permissions -p "@@vh@@" @@u@@ "^@@s@@\\..*" "^@@s@@\\..*" ".*"
rabbitmqctl set_policy -p "@@vh@@" ha-@@s@@ "^@@s@@\\." '{"queue-mode":"lazy"}' --apply-to queues
echo "vhost @@vh@@ ready"
''', s=s, u=u, vh=vh, v=v)
    return c.ch(['scripts/rabbitmq-bootstrap.sh', 'ops/init-rabbit.sh', 'bin/setup_broker.sh']), text


@P('rabbitmq', 'broker_password', 'pw', env='RABBITMQ_DEFAULT_PASS', rabbit=True)
def rmq_compose(c, v):
    s = c.svc()
    text = T('''version: "3.8"
services:
  rabbitmq:
    image: rabbitmq:3.13-management-alpine
    hostname: rabbitmq
    ports:
      - "5672:5672"
      - "15672:15672"
    environment:
      RABBITMQ_DEFAULT_USER: @@u@@
      RABBITMQ_DEFAULT_PASS: "@@v@@"
      RABBITMQ_DEFAULT_VHOST: @@s@@
    volumes:
      - rabbitmq-data:/var/lib/rabbitmq
    healthcheck:
      test: ["CMD", "rabbitmq-diagnostics", "-q", "ping"]
      interval: 15s
      retries: 5

  @@s@@-worker:
    build: ./worker
    depends_on:
      rabbitmq:
        condition: service_healthy
    environment:
      BROKER_HOST: rabbitmq
      QUEUE_NAME: @@s@@.jobs

volumes:
  rabbitmq-data: {}
''', s=s, u=c.user(s), v=v)
    return c.ch(['docker-compose.yml', 'docker-compose.override.yml', 'deploy/compose.yaml']), text


@P('rabbitmq', 'broker_password', 'pw', env='RABBITMQ_PASSWORD')
def rmq_helm_values(c, v):
    text = T('''## Bitnami RabbitMQ chart values (@@e@@)
replicaCount: 3
image:
  registry: docker.io
  repository: bitnami/rabbitmq
  tag: 3.12.13-debian-12-r2

auth:
  username: @@u@@
  password: "@@v@@"
  existingErlangSecret: rabbitmq-erlang-cookie
  tls:
    enabled: true
    existingSecret: rabbitmq-tls

clustering:
  enabled: true
  forceBoot: false

persistence:
  enabled: true
  storageClass: gp3
  size: 20Gi

metrics:
  enabled: true
  serviceMonitor:
    enabled: true
''', e=c.env(), u=c.ch(['admin', 'user', 'rabbit']), v=v)
    return c.ch(['deploy/helm/rabbitmq/values-%s.yaml' % c.env(), 'charts/rabbitmq/values.yaml', 'helm/values.rabbitmq.yaml']), text


@P('rabbitmq', 'erlang_cookie', 'cookie', env='RABBITMQ_ERLANG_COOKIE')
def rmq_helm_cookie(c, v):
    text = T('''rabbitmq:
  replicaCount: 3
  auth:
    username: admin
    existingPasswordSecret: rabbitmq-admin
    erlangCookie: @@v@@
  extraConfiguration: |-
    default_vhost = @@vh@@
    cluster_partition_handling = pause_minority
  resources:
    requests:
      cpu: 500m
      memory: 1Gi
''', v=v, vh=c.vhost())
    return c.ch(['deploy/values.yaml', 'helm/messaging/values.yaml']), text


@P('rabbitmq', 'erlang_cookie', 'cookie', env='RABBITMQ_ERLANG_COOKIE', w=0.6)
def rmq_cookie_k8s(c, v):
    text = T('''apiVersion: v1
kind: Secret
metadata:
  name: rabbitmq-erlang-cookie
  namespace: messaging
  labels:
    app.kubernetes.io/name: rabbitmq
type: Opaque
stringData:
  .erlang.cookie: "@@v@@"
''', v=v)
    return c.ch(['k8s/rabbitmq/erlang-cookie-secret.yaml', 'manifests/messaging/rabbitmq-cookie.yaml']), text


@P('rabbitmq', 'amqp_url_password', 'upw', env='SHOVEL_PASSWORD')
def rmq_shovel_json(c, v):
    s = c.svc()
    text = T('''{
  "parameters": [
    {
      "vhost": "@@vh@@",
      "component": "shovel",
      "name": "@@s@@-to-dr",
      "value": {
        "src-protocol": "amqp091",
        "src-uri": "amqp://",
        "src-queue": "@@s@@.outbox",
        "dest-protocol": "amqp091",
        "dest-uri": "amqps://@@u@@:@@v@@@@@h@@:5671/@@s@@",
        "dest-exchange": "@@s@@.replica",
        "ack-mode": "on-confirm",
        "src-delete-after": "never"
      }
    }
  ]
}
''', s=s, vh=c.vhost(), u=c.user(s), v=v, h=c.host('rabbitmq-dr'))
    return c.ch(['rabbitmq/shovels.json', 'deploy/rabbitmq/definitions.shovel.json']), text


@P('rabbitmq', 'amqp_url_password', 'upw', env='FEDERATION_PASSWORD')
def rmq_federation_sh(c, v):
    text = T('''#!/bin/sh
# Federation from the upstream datacenter (@@r@@)
rabbitmq-plugins enable rabbitmq_federation rabbitmq_federation_management

rabbitmqctl set_parameter federation-upstream dc-@@r@@ \\
  '{"uri":"amqps://federation:@@v@@@@@h@@:5671/%2F","expires":3600000,"ack-mode":"on-confirm"}'

rabbitmqctl set_policy --apply-to exchanges federate-me "^federated\\." \\
  '{"federation-upstream-set":"all"}'
''', r=c.region(), v=v, h=c.host('rabbitmq'))
    return c.ch(['ops/rabbitmq/federation.sh', 'scripts/enable-federation.sh']), text


@P('rabbitmq', 'broker_password', 'pw', lang='py', env='RABBITMQ_PASSWORD', sa=True)
def rmq_pika_creds(c, v):
    s = c.svc()
    text = T('''import logging

import pika

log = logging.getLogger(__name__)

QUEUE = "@@s@@.tasks"


def open_channel():
    credentials = pika.PlainCredentials("@@u@@", @@v@@)
    params = pika.ConnectionParameters(
        host="@@h@@",
        port=5672,
        virtual_host="@@vh@@",
        credentials=credentials,
        heartbeat=30,
        blocked_connection_timeout=300,
    )
    conn = pika.BlockingConnection(params)
    ch = conn.channel()
    ch.queue_declare(queue=QUEUE, durable=True)
    ch.basic_qos(prefetch_count=20)
    log.info("connected to %s", params.host)
    return conn, ch
''', s=s, u=c.user(s), v=Q(v), h=c.host(), vh=c.vhost())
    return c.ch(['%s/messaging.py' % s, 'app/broker.py', 'worker/amqp.py']), text


@P('rabbitmq', 'amqp_url_password', 'upw', env='AMQP_PASSWORD')
def rmq_aiopika(c, v):
    s = c.svc()
    text = T('''import asyncio

import aio_pika

AMQP_URL = "amqp://@@u@@:@@v@@@@@h@@/@@s@@"


async def main() -> None:
    connection = await aio_pika.connect_robust(AMQP_URL, client_properties={"connection_name": "@@s@@-consumer"})
    async with connection:
        channel = await connection.channel()
        await channel.set_qos(prefetch_count=50)
        queue = await channel.declare_queue("@@s@@.inbound", durable=True)
        async with queue.iterator() as it:
            async for message in it:
                async with message.process():
                    print(message.routing_key, len(message.body))


if __name__ == "__main__":
    asyncio.run(main())
''', s=s, u=c.user(s), v=v, h=c.host())
    return c.ch(['consumer/main.py', 'src/%s/consumer.py' % s]), text


@P('rabbitmq', 'amqp_url_password', 'upw', env='AMQP_PASSWORD')
def rmq_amqplib_js(c, v):
    s = c.svc()
    text = T(''''use strict';
const amqp = require('amqplib');

const EXCHANGE = '@@s@@.events';

async function start() {
  const conn = await amqp.connect('amqps://@@u@@:@@v@@@@@h@@:5671/@@s@@');
  const ch = await conn.createConfirmChannel();
  await ch.assertExchange(EXCHANGE, 'topic', { durable: true });
  process.once('SIGINT', () => conn.close());
  return ch;
}

async function publish(ch, key, payload) {
  ch.publish(EXCHANGE, key, Buffer.from(JSON.stringify(payload)), { persistent: true, contentType: 'application/json' });
  await ch.waitForConfirms();
}

module.exports = { start, publish };
''', s=s, u=c.user(s), v=v, h=c.host())
    return c.ch(['src/lib/amqp.js', 'lib/broker.js', 'services/%s/publisher.js' % s]), text


@P('rabbitmq', 'amqp_url_password', 'upw', env='AMQP_PASSWORD')
def rmq_go_dial(c, v):
    s = c.svc()
    text = T('''package queue

import (
	"log"

	amqp "github.com/rabbitmq/amqp091-go"
)

const brokerURL = "amqp://@@u@@:@@v@@@@@h@@:5672/@@s@@"

// Connect opens a channel with publisher confirms enabled.
func Connect() (*amqp.Connection, *amqp.Channel, error) {
	conn, err := amqp.Dial(brokerURL)
	if err != nil {
		return nil, nil, err
	}
	ch, err := conn.Channel()
	if err != nil {
		conn.Close()
		return nil, nil, err
	}
	if err := ch.Confirm(false); err != nil {
		log.Printf("confirm mode unavailable: %v", err)
	}
	return conn, ch, nil
}
''', s=s, u=c.user(s), v=v, h=c.host())
    return c.ch(['internal/queue/amqp.go', 'pkg/broker/conn.go']), text


@P('rabbitmq', 'broker_password', 'pw', env='SPRING_RABBITMQ_PASSWORD')
def rmq_spring_props(c, v):
    s = c.svc()
    text = T('''spring.application.name=@@s@@-service
server.port=8080

spring.rabbitmq.host=@@h@@
spring.rabbitmq.port=5671
spring.rabbitmq.ssl.enabled=true
spring.rabbitmq.virtual-host=@@vh@@
spring.rabbitmq.username=@@u@@
spring.rabbitmq.password=@@v@@
spring.rabbitmq.listener.simple.prefetch=25
spring.rabbitmq.listener.simple.retry.enabled=true

management.endpoints.web.exposure.include=health,info,prometheus
logging.level.org.springframework.amqp=INFO
''', s=s, h=c.host(), vh=c.vhost(), u=c.user(s), v=v)
    return c.ch(['src/main/resources/application.properties', 'src/main/resources/application-%s.properties' % c.env()]), text


@P('rabbitmq', 'amqp_url_password', 'upw', env='RABBITMQ_PASSWORD')
def rmq_spring_yml_addresses(c, v):
    s = c.svc()
    text = T('''spring:
  application:
    name: @@s@@
  rabbitmq:
    addresses: amqps://@@u@@:@@v@@@@@h@@:5671/@@s@@
    connection-timeout: 5s
    template:
      exchange: @@s@@.events
      mandatory: true
    listener:
      simple:
        acknowledge-mode: manual
        concurrency: 4
server:
  shutdown: graceful
''', s=s, u=c.user(s), v=v, h=c.host())
    return c.ch(['src/main/resources/application.yml', 'src/main/resources/application-%s.yml' % c.env()]), text


@P('rabbitmq', 'broker_password', 'pw', lang='cs', env='RabbitMq__Password', sa=True)
def rmq_csharp_factory(c, v):
    s = c.svc().capitalize()
    text = T('''using RabbitMQ.Client;

namespace @@s@@.Messaging
{
    public static class BusFactory
    {
        public static IConnection Create()
        {
            var factory = new ConnectionFactory
            {
                HostName = "@@h@@",
                VirtualHost = "@@vh@@",
                UserName = "@@u@@",
                Password = @@v@@,
                AutomaticRecoveryEnabled = true,
                ClientProvidedName = "@@s@@.Api"
            };
            return factory.CreateConnection();
        }
    }
}
''', s=s, h=c.host(), vh=c.vhost(), u=c.user(), v=Q(v))
    return c.ch(['src/%s.Messaging/BusFactory.cs' % s, 'Infrastructure/RabbitConnection.cs']), text


@P('rabbitmq', 'broker_password', 'pw', lang='tf', env='RABBITMQ_ADMIN_PASSWORD', sa=True)
def rmq_terraform(c, v):
    s = c.svc()
    text = T('''terraform {
  required_providers {
    rabbitmq = {
      source  = "cyrilgdn/rabbitmq"
      version = "~> 1.8"
    }
  }
}

provider "rabbitmq" {
  endpoint = "https://@@h@@:15671"
  username = "admin"
  password = @@v@@
}

resource "rabbitmq_vhost" "@@s@@" {
  name = "@@s@@"
}

resource "rabbitmq_permissions" "@@s@@" {
  user  = "svc-@@s@@"
  vhost = rabbitmq_vhost.@@s@@.name
  permissions {
    configure = "^@@s@@\\\\..*"
    write     = ".*"
    read      = ".*"
  }
}
''', s=s, h=c.host(), v=Q(v))
    return c.ch(['terraform/rabbitmq/main.tf', 'infra/messaging/rabbitmq.tf']), text


@P('celery', 'amqp_url_password', 'upw', env='CELERY_BROKER_PASSWORD', rabbit=True)
def celery_config_amqp(c, v):
    s = c.svc()
    text = T('''"""Celery configuration for the @@s@@ workers."""
from kombu import Exchange, Queue

broker_url = "amqp://@@u@@:@@v@@@@@h@@:5672/@@s@@"
result_backend = "rpc://"
task_serializer = "json"
accept_content = ["json"]
timezone = "UTC"
task_acks_late = True
worker_prefetch_multiplier = 1

task_queues = (
    Queue("@@s@@.default", Exchange("@@s@@"), routing_key="@@s@@.default"),
    Queue("@@s@@.priority", Exchange("@@s@@"), routing_key="@@s@@.priority"),
)
''', s=s, u=c.user(s), v=v, h=c.host())
    return c.ch(['celeryconfig.py', '%s/celeryconfig.py' % s]), text


@P('celery', 'redis_url_password', 'upw', env='REDIS_PASSWORD')
def celery_redis_url(c, v):
    s = c.svc()
    text = T('''import os

from celery import Celery

app = Celery("@@s@@")
app.conf.update(
    broker_url="redis://:@@v@@@@@h@@:6379/0",
    broker_transport_options={"visibility_timeout": 3600, "queue_order_strategy": "priority"},
    task_default_queue="@@s@@",
    worker_concurrency=int(os.environ.get("WORKER_CONCURRENCY", "4")),
)
app.autodiscover_tasks(["@@s@@.tasks"])
''', s=s, v=v, h=c.host('redis'))
    return c.ch(['%s/celery_app.py' % s, 'app/celery.py']), text


@P('celery', 'amqp_url_password', 'upw', env='CELERY_BROKER_URL')
def django_celery_settings(c, v):
    s = c.svc()
    text = T('''from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False
ALLOWED_HOSTS = ["@@s@@.@@co@@.com"]
INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django_celery_beat",
    "@@s@@",
]

CELERY_BROKER_URL = "amqps://@@u@@:@@v@@@@@h@@:5671/@@s@@"
CELERY_TASK_ALWAYS_EAGER = False
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
''', s=s, co=c.co(), u=c.user(s), v=v, h=c.host())
    return c.ch(['config/settings/production.py', '%s/settings.py' % s]), text


@P('rabbitmq', 'broker_password', 'pw', env='RABBITMQ_ADMIN_PASSWORD')
def rmq_runbook_curl(c, v):
    h = c.host()
    text = T('''# RabbitMQ runbook: draining a node

1. Check the cluster status:

   ```bash
   rabbitmq-diagnostics cluster_status
   ```

2. List queues with messages on the node via the management API:

   ```bash
   curl -s -u ops-admin:@@v@@ https://@@h@@:15671/api/queues \\
     | jq '.[] | select(.messages > 0) | {name, messages, node}'
   ```

3. Put the node into maintenance mode:

   ```bash
   rabbitmq-upgrade drain
   ```

4. After patching run `rabbitmq-upgrade revive` and verify alarms are clear.
''', v=v, h=h)
    return c.ch(['docs/runbooks/rabbitmq-drain.md', 'RUNBOOK.md', 'ops/rabbitmq.md']), text


@P('rabbitmq', 'basic_auth', 'pw', env='RABBITMQ_MGMT_BASIC')
def rmq_http_basic(c, v):
    u = c.ch(['monitoring', 'ops-admin', 'grafana'])
    blob = base64.b64encode(('%s:%s' % (u, v)).encode()).decode() if c.is_pos else v
    text = T('''### List vhosts
GET https://@@h@@:15671/api/vhosts
Authorization: Basic @@b@@
Accept: application/json

### Overview
GET https://@@h@@:15671/api/overview
Accept: application/json
''', h=c.host(), b=blob)
    return c.ch(['http/rabbitmq-admin.http', 'tools/api/rabbit.http']), text, blob


@P('rabbitmq', 'amqp_url_password', 'upw', env='CLOUDAMQP_URL')
def cloudamqp_yaml(c, v):
    user = c.rs('abcdefghijklmnopqrstuvwxyz', 8)
    text = T('''# app.yaml
runtime: python311
entrypoint: gunicorn -b :$PORT main:app
instance_class: F2
env_variables:
  APP_ENV: production
  LOG_LEVEL: info
  CLOUDAMQP_URL: "amqps://@@u@@:@@v@@@@@c@@.rmq.cloudamqp.com/@@u@@"
  QUEUE_PREFIX: "@@s@@"
automatic_scaling:
  max_instances: 4
''', u=user, v=c.rs(ALNUM + '_-', 32) if c.is_pos else v, c=c.ch(['goose', 'hawk', 'rattlesnake', 'kangaroo', 'whale']), s=c.svc())
    pw = text.split('amqps://')[1].split('@')[0].split(':', 1)[1]
    return 'app.yaml', text, pw


@P('rabbitmq', 'broker_password', 'pw', env='RABBITMQ_PASSWORD')
def rmq_ansible_vars(c, v):
    s = c.svc()
    text = T('''---
rabbitmq_version: "3.12.13"
rabbitmq_cluster_name: "@@s@@-@@e@@"
rabbitmq_plugins:
  - rabbitmq_management
  - rabbitmq_shovel
rabbitmq_vhosts:
  - name: "@@s@@"
rabbitmq_users:
  - user: "@@u@@"
    password: "@@v@@"
    vhost: "@@s@@"
    configure_priv: "^$"
    read_priv: ".*"
    write_priv: ".*"
    tags: ""
''', s=s, e=c.env(), u=c.user(s), v=v)
    return c.ch(['ansible/group_vars/rabbitmq.yml', 'inventories/%s/group_vars/brokers.yml' % c.env()]), text


@P('rabbitmq', 'broker_password', 'pw', env='LOGSTASH_RABBIT_PASSWORD')
def logstash_rabbit(c, v):
    text = T('''input {
  beats { port => 5044 }
}

output {
  rabbitmq {
    host => "@@h@@"
    port => 5672
    vhost => "logs"
    user => "logstash"
    password => "@@v@@"
    exchange => "logs.ingest"
    exchange_type => "topic"
    key => "app.%{[service][name]}"
    durable => true
    persistent => true
  }
}
''', h=c.host(), v=v)
    return c.ch(['logstash/pipeline/rabbitmq.conf', 'deploy/logstash/out-rabbitmq.conf']), text


@P('rabbitmq', 'erlang_cookie', 'cookie', env='RABBITMQ_ERLANG_COOKIE', w=0.5)
def rmq_cookie_dockerfile(c, v):
    text = T('''FROM rabbitmq:3.13-management

COPY rabbitmq.conf /etc/rabbitmq/rabbitmq.conf
COPY definitions.json /etc/rabbitmq/definitions.json
RUN rabbitmq-plugins enable --offline rabbitmq_shovel rabbitmq_shovel_management rabbitmq_prometheus

ENV RABBITMQ_ERLANG_COOKIE=@@v@@
ENV RABBITMQ_NODENAME=rabbit@@@n@@

EXPOSE 5672 15672 15692
''', v=v, n=c.ch(['rabbitmq-0', 'localhost', 'broker']))
    return c.ch(['docker/rabbitmq/Dockerfile', 'rabbitmq/Dockerfile']), text


@P('rabbitmq', 'broker_password', 'pw', env='RABBITMQ_DEFAULT_PASS', rabbit=True)
def rmq_gha_service(c, v):
    text = T('''name: integration-tests
on:
  pull_request:
  push:
    branches: [main]

jobs:
  test:
    runs-on: ubuntu-latest
    services:
      rabbitmq:
        image: rabbitmq:3.13-management
        env:
          RABBITMQ_DEFAULT_USER: ci
          RABBITMQ_DEFAULT_PASS: @@v@@
        ports:
          - 5672:5672
        options: >-
          --health-cmd "rabbitmq-diagnostics -q ping"
          --health-interval 10s
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements-dev.txt
      - run: pytest -m integration
''', v=v)
    return '.github/workflows/integration.yml', text


# ----------------------------- ActiveMQ Classic ----------------------------
@P('activemq', 'broker_password', 'pw', env='ACTIVEMQ_PASSWORD')
def amq_simple_auth_xml(c, v):
    s = c.svc()
    text = T('''<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd
       http://activemq.apache.org/schema/core http://activemq.apache.org/schema/core/activemq-core.xsd">

  <broker xmlns="http://activemq.apache.org/schema/core" brokerName="amq-@@e@@" dataDirectory="${activemq.data}">
    <plugins>
      <simpleAuthenticationPlugin anonymousAccessAllowed="false">
        <users>
          <authenticationUser username="system" password="${activemq.password}" groups="admins,publishers,consumers"/>
          <authenticationUser username="@@u@@" password="@@v@@" groups="publishers,consumers"/>
        </users>
      </simpleAuthenticationPlugin>
    </plugins>
    <persistenceAdapter>
      <kahaDB directory="${activemq.data}/kahadb"/>
    </persistenceAdapter>
    <transportConnectors>
      <transportConnector name="openwire" uri="tcp://0.0.0.0:61616?maximumConnections=1000"/>
      <transportConnector name="stomp" uri="stomp://0.0.0.0:61613"/>
    </transportConnectors>
  </broker>
</beans>
''', e=c.env(), u=c.user(s), v=v)
    return c.ch(['conf/activemq.xml', 'activemq/conf/activemq.xml']), text


@P('activemq', 'broker_password', 'pw', env='ACTIVEMQ_PASSWORD')
def amq_credentials_props(c, v):
    text = T('''## ---------------------------------------------------------------------------
## Credentials used by the broker's own XML configuration (${activemq.username})
## ---------------------------------------------------------------------------
activemq.username=system
activemq.password=@@v@@
guest.password=
''', v=v)
    return c.ch(['conf/credentials.properties', 'activemq/conf/credentials.properties']), text


@P('activemq', 'console_password', 'pw', env='ACTIVEMQ_ADMIN_PASSWORD')
def amq_jetty_realm(c, v):
    text = T('''## ---------------------------------------------------------------------------
## Web console users: username: password [,rolename ...]
## ---------------------------------------------------------------------------
@@u@@: @@v@@, admin
''', u=c.ch(['admin', 'opsadmin', 'amqadmin']), v=v)
    return c.ch(['conf/jetty-realm.properties', 'activemq/conf/jetty-realm.properties']), text


@P('activemq', 'broker_password', 'pw', env='SPRING_ACTIVEMQ_PASSWORD')
def amq_spring_yml(c, v):
    s = c.svc()
    text = T('''spring:
  activemq:
    broker-url: failover:(ssl://@@h@@:61617,ssl://@@h2@@:61617)?randomize=false
    user: @@u@@
    password: "@@v@@"
    pool:
      enabled: true
      max-connections: 10
  jms:
    listener:
      concurrency: 2
      max-concurrency: 8
app:
  queues:
    inbound: @@s@@.IN
    dlq: DLQ.@@s@@
''', h=c.host('amq'), h2=c.host('amq'), u=c.user(s), v=v, s=s.upper())
    return c.ch(['src/main/resources/application.yml', 'config/application-%s.yml' % c.env()]), text


@P('activemq', 'broker_password', 'pw', lang='java', env='AMQ_PASSWORD', sa=True)
def amq_java_cf(c, v):
    s = c.svc()
    text = T('''package com.@@co@@.@@s@@.jms;

import javax.jms.Connection;
import javax.jms.JMSException;
import org.apache.activemq.ActiveMQConnectionFactory;

public final class JmsConnections {

    private static final String BROKER = "failover:(ssl://@@h@@:61617)?initialReconnectDelay=500";

    private JmsConnections() {}

    public static Connection open() throws JMSException {
        ActiveMQConnectionFactory factory =
                new ActiveMQConnectionFactory("@@u@@", @@v@@, BROKER);
        factory.setTrustedPackages(java.util.List.of("com.@@co@@.@@s@@.events"));
        Connection connection = factory.createConnection();
        connection.setClientID("@@s@@-" + java.util.UUID.randomUUID());
        connection.start();
        return connection;
    }
}
''', co=c.co(), s=s, h=c.host('amq'), u=c.user(s), v=Q(v))
    return 'src/main/java/com/%s/jms/JmsConnections.java' % s, text


@P('activemq', 'stomp_password', 'pw', lang='py', env='STOMP_PASSWORD', sa=True)
def amq_stomp_py(c, v):
    s = c.svc()
    text = T('''import stomp


class Listener(stomp.ConnectionListener):
    def on_message(self, frame):
        print(frame.headers.get("message-id"), frame.body[:80])


def run():
    conn = stomp.Connection([("@@h@@", 61613)], heartbeats=(10000, 10000))
    conn.set_listener("", Listener())
    conn.connect("@@u@@", @@v@@, wait=True)
    conn.subscribe(destination="/queue/@@s@@.in", id=1, ack="client-individual")
    return conn
''', h=c.host('activemq'), u=c.user(s), v=Q(v, "'") if not isinstance(v, Raw) else v, s=s)
    return c.ch(['tools/stomp_listener.py', '%s/stomp_client.py' % s]), text


@P('activemq', 'broker_password', 'pw', env='CAMEL_AMQ_PASSWORD')
def amq_spring_xml_bean(c, v):
    text = T('''<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd">

  <bean id="jmsConnectionFactory" class="org.apache.activemq.ActiveMQConnectionFactory">
    <property name="brokerURL" value="tcp://@@h@@:61616"/>
    <property name="userName" value="@@u@@"/>
    <property name="password" value="@@v@@"/>
  </bean>

  <bean id="pooledConnectionFactory" class="org.apache.activemq.pool.PooledConnectionFactory" init-method="start" destroy-method="stop">
    <property name="maxConnections" value="8"/>
    <property name="connectionFactory" ref="jmsConnectionFactory"/>
  </bean>

  <bean id="activemq" class="org.apache.camel.component.activemq.ActiveMQComponent">
    <property name="connectionFactory" ref="pooledConnectionFactory"/>
  </bean>
</beans>
''', h=c.host('amq'), u=c.user(), v=v)
    return c.ch(['src/main/resources/META-INF/spring/camel-context.xml', 'config/jms-beans.xml']), text


@P('rabbitmq', 'broker_password', 'upw', env='RABBITMQ_PASSWORD')
def camel_rabbit_route(c, v):
    s = c.svc()
    text = T('''- route:
    id: @@s@@-ingest
    from:
      uri: "rabbitmq:@@s@@.events"
      parameters:
        hostname: "@@h@@"
        portNumber: 5672
        username: "@@u@@"
        password: "RAW(@@v@@)"
        queue: "@@s@@.camel"
        autoDelete: false
    steps:
      - unmarshal:
          json: {}
      - to: "log:@@s@@?level=DEBUG"
      - to: "direct:@@s@@-process"
''', s=s, h=c.host(), u=c.user(s), v=v)
    return c.ch(['src/main/resources/camel/routes.yaml', 'routes/%s.camel.yaml' % s]), text


# ----------------------------- Artemis -------------------------------------
@P('artemis', 'cluster_password', 'pw', env='ARTEMIS_CLUSTER_PASSWORD')
def art_broker_xml(c, v):
    text = T('''<?xml version='1.0'?>
<configuration xmlns="urn:activemq" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
               xsi:schemaLocation="urn:activemq /schema/artemis-configuration.xsd">
   <core xmlns="urn:activemq:core">
      <name>artemis-@@n@@</name>
      <persistence-enabled>true</persistence-enabled>
      <journal-type>ASYNCIO</journal-type>
      <cluster-user>cluster-admin</cluster-user>
      <cluster-password>@@v@@</cluster-password>
      <connectors>
         <connector name="artemis">tcp://@@h@@:61616</connector>
      </connectors>
      <acceptors>
         <acceptor name="artemis">tcp://0.0.0.0:61616?tcpSendBufferSize=1048576;protocols=CORE,AMQP,STOMP,MQTT</acceptor>
      </acceptors>
      <cluster-connections>
         <cluster-connection name="my-cluster">
            <connector-ref>artemis</connector-ref>
            <message-load-balancing>ON_DEMAND</message-load-balancing>
            <max-hops>1</max-hops>
         </cluster-connection>
      </cluster-connections>
   </core>
</configuration>
''', n=c.ri(0, 2), v=v, h=c.host('artemis'))
    return c.ch(['etc/broker.xml', 'artemis/etc/broker.xml', 'deploy/artemis/broker.xml']), text


@P('artemis', 'broker_password', 'pw', env='ARTEMIS_USER_PASSWORD')
def art_users_props(c, v):
    text = T('''## Licensed to the Apache Software Foundation (ASF)
## artemis-users.properties  (user = password)
admin = ENC(@@h@@)
@@u@@ = @@v@@
''', h=c.artemis_hash(), u=c.user(), v=v)
    return c.ch(['etc/artemis-users.properties', 'artemis/etc/artemis-users.properties']), text


@P('artemis', 'keystore_password', 'pw', env='ARTEMIS_KEYSTORE_PASSWORD')
def art_bootstrap_xml(c, v):
    text = T('''<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<broker xmlns="http://activemq.apache.org/schema">
   <jaas-security domain="activemq"/>
   <server configuration="file:${artemis.instance}/etc/broker.xml"/>
   <web path="web" rootRedirectLocation="console">
       <binding uri="https://0.0.0.0:8443"
                keyStorePath="${artemis.instance}/etc/keystore.p12"
                keyStorePassword="@@v@@">
           <app url="activemq-branding" war="activemq-branding.war"/>
           <app url="console" war="console.war"/>
       </binding>
   </web>
</broker>
''', v=v)
    return c.ch(['etc/bootstrap.xml', 'artemis/etc/bootstrap.xml']), text


@P('artemis', 'broker_password', 'pw', lang='sh', env='ARTEMIS_PASSWORD')
def art_cli_producer(c, v):
    s = c.svc()
    text = T('''#!/usr/bin/env bash
# smoke test after each deployment
ARTEMIS_HOME=${ARTEMIS_HOME:-/opt/artemis}

"$ARTEMIS_HOME/bin/artemis" producer \\
  --url tcp://@@h@@:61616 \\
  --user @@u@@ --password '@@v@@' \\
  --destination queue://@@s@@.smoke \\
  --message-count 10

"$ARTEMIS_HOME/bin/artemis" queue stat --url tcp://@@h@@:61616 --queueName @@s@@.smoke
''', h=c.host('artemis'), u=c.user(s), v=v, s=s)
    return c.ch(['scripts/smoke-artemis.sh', 'ci/artemis-smoke.sh']), text


@P('artemis', 'broker_password', 'pw', env='QUARKUS_ARTEMIS_PASSWORD')
def art_quarkus_props(c, v):
    s = c.svc()
    text = T('''quarkus.application.name=@@s@@
quarkus.http.port=8080
quarkus.artemis.url=tcp://@@h@@:61616
quarkus.artemis.username=@@u@@
quarkus.artemis.password=@@v@@
mp.messaging.incoming.@@s@@-in.connector=smallrye-amqp
mp.messaging.incoming.@@s@@-in.address=@@s@@.in
quarkus.log.category."org.apache.activemq".level=WARN
''', s=s, h=c.host('artemis'), u=c.user(s), v=v)
    return 'src/main/resources/application.properties', text


@P('artemis', 'broker_password', 'pw', env='ARTEMIS_PASSWORD')
def art_compose(c, v):
    text = T('''services:
  artemis:
    image: apache/activemq-artemis:2.33.0-alpine
    container_name: artemis
    environment:
      ARTEMIS_USER: artemis
      ARTEMIS_PASSWORD: @@v@@
      ANONYMOUS_LOGIN: "false"
      EXTRA_ARGS: "--http-host 0.0.0.0 --relax-jolokia"
    ports:
      - "61616:61616"
      - "8161:8161"
    volumes:
      - ./artemis/etc-override:/var/lib/artemis-instance/etc-override
''', v=v)
    return c.ch(['docker-compose.yml', 'compose/artemis.yml']), text


# ----------------------------- IBM MQ --------------------------------------
@P('ibmmq', 'mq_password', 'pw', lang='java', env='MQ_APP_PASSWORD', sa=True)
def ibmmq_java_wmq(c, v):
    s = c.svc()
    qm = 'QM' + c.rs(UPPER, 1) + str(c.ri(1, 9))
    text = T('''package com.@@co@@.mq;

import com.ibm.msg.client.jms.JmsConnectionFactory;
import com.ibm.msg.client.jms.JmsFactoryFactory;
import com.ibm.msg.client.wmq.WMQConstants;
import javax.jms.JMSContext;

public class MqContextFactory {

    public JMSContext create() throws Exception {
        JmsFactoryFactory ff = JmsFactoryFactory.getInstance(WMQConstants.WMQ_PROVIDER);
        JmsConnectionFactory cf = ff.createConnectionFactory();
        cf.setStringProperty(WMQConstants.WMQ_HOST_NAME, "@@h@@");
        cf.setIntProperty(WMQConstants.WMQ_PORT, 1414);
        cf.setStringProperty(WMQConstants.WMQ_CHANNEL, "DEV.APP.SVRCONN");
        cf.setIntProperty(WMQConstants.WMQ_CONNECTION_MODE, WMQConstants.WMQ_CM_CLIENT);
        cf.setStringProperty(WMQConstants.WMQ_QUEUE_MANAGER, "@@qm@@");
        cf.setStringProperty(WMQConstants.WMQ_APPLICATIONNAME, "@@s@@");
        cf.setBooleanProperty(WMQConstants.USER_AUTHENTICATION_MQCSP, true);
        cf.setStringProperty(WMQConstants.USERID, "@@u@@");
        cf.setStringProperty(WMQConstants.PASSWORD, @@v@@);
        return cf.createContext();
    }
}
''', co=c.co(), h=c.host('mq'), qm=qm, s=s, u=c.user(s)[:12], v=Q(v))
    return 'src/main/java/com/%s/mq/MqContextFactory.java' % c.co(), text


@P('ibmmq', 'mq_password', 'pw', lang='c', env='MQ_PASSWORD')
def ibmmq_c_mqcsp(c, v):
    text = T('''#include <stdio.h>
#include <string.h>
#include <cmqc.h>

static MQHCONN connect_qm(const char *qmgr)
{
    MQCNO   cno = {MQCNO_DEFAULT};
    MQCSP   csp = {MQCSP_DEFAULT};
    MQHCONN hconn = MQHC_UNUSABLE_HCONN;
    MQLONG  cc, reason;

    csp.AuthenticationType = MQCSP_AUTH_USER_ID_AND_PWD;
    csp.CSPUserIdPtr = "@@u@@";
    csp.CSPUserIdLength = (MQLONG)strlen(csp.CSPUserIdPtr);
    csp.CSPPasswordPtr = "@@v@@";
    csp.CSPPasswordLength = (MQLONG)strlen(csp.CSPPasswordPtr);

    cno.SecurityParmsPtr = &csp;
    cno.Version = MQCNO_VERSION_5;

    MQCONNX((PMQCHAR)qmgr, &cno, &hconn, &cc, &reason);
    if (cc == MQCC_FAILED)
        fprintf(stderr, "MQCONNX failed, reason %d\\n", (int)reason);
    return hconn;
}
''', u=c.user()[:12], v=v)
    return c.ch(['src/mqconn.c', 'native/mq/connect.c']), text


@P('ibmmq', 'mq_password', 'pw', env='IBM_MQ_PASSWORD')
def ibmmq_spring_props(c, v):
    qm = 'QM' + c.rs(UPPER, 2)
    text = T('''# IBM MQ Spring Boot starter
ibm.mq.queueManager=@@qm@@
ibm.mq.channel=@@ch@@
ibm.mq.connName=@@h@@(1414)
ibm.mq.user=@@u@@
ibm.mq.password=@@v@@
ibm.mq.sslCipherSpec=ANY_TLS12_OR_HIGHER
app.queue.request=@@s@@.REQUEST
app.queue.reply=@@s@@.REPLY
''', qm=qm, ch=c.ch(['APP.SVRCONN', 'DEV.APP.SVRCONN', 'CLIENT.TLS']), h=c.host('mq'), u=c.user()[:12], v=v, s=c.svc().upper())
    return c.ch(['src/main/resources/application.properties', 'config/mq.properties']), text


@P('ibmmq', 'mq_password', 'pw', env='MQ_APP_PASSWORD')
def ibmmq_container_yaml(c, v):
    qm = 'QM' + str(c.ri(1, 9))
    text = T('''apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ibm-mq
  namespace: integration
spec:
  serviceName: ibm-mq
  replicas: 1
  selector:
    matchLabels: {app: ibm-mq}
  template:
    metadata:
      labels: {app: ibm-mq}
    spec:
      containers:
        - name: qmgr
          image: icr.io/ibm-messaging/mq:9.3.5.0-r2
          env:
            - name: LICENSE
              value: accept
            - name: MQ_QMGR_NAME
              value: @@qm@@
            - name: MQ_APP_PASSWORD
              value: "@@v@@"
          ports:
            - containerPort: 1414
            - containerPort: 9443
''', qm=qm, v=v)
    return c.ch(['k8s/ibm-mq/statefulset.yaml', 'deploy/mq/qmgr.yaml']), text


@P('ibmmq', 'mq_password', 'pw', lang='py', env='MQ_PASSWORD', sa=True)
def ibmmq_pymqi(c, v):
    text = T('''import pymqi

QUEUE_MANAGER = "@@qm@@"
CHANNEL = "APP.SVRCONN"
CONN_INFO = "@@h@@(1414)"


def put_message(body: bytes) -> None:
    qmgr = pymqi.connect(QUEUE_MANAGER, CHANNEL, CONN_INFO, "@@u@@", @@v@@)
    try:
        queue = pymqi.Queue(qmgr, "@@q@@")
        md = pymqi.MD()
        md.Format = pymqi.CMQC.MQFMT_STRING
        queue.put(body, md)
        queue.close()
    finally:
        qmgr.disconnect()
''', qm='QM' + c.rs(UPPER, 3), h=c.host('mq'), u=c.user()[:12], v=Q(v), q=c.svc().upper() + '.IN')
    return c.ch(['mq/put_message.py', 'tools/mq_put.py']), text


@P('ibmmq', 'keystore_password', 'pw', lang='sh', env='KDB_PASSWORD')
def ibmmq_runmqakm(c, v):
    qm = 'QM' + c.rs(UPPER, 2)
    text = T('''#!/bin/bash
# Create the client key repository for @@qm@@ and stash the password
set -e
cd /var/mqm/ssl

runmqakm -keydb -create -db client.kdb -pw '@@v@@' -type cms -stash
runmqakm -cert -add -db client.kdb -stashed -label qmca -file ca.crt -format ascii
runmqakm -cert -import -file app.p12 -type pkcs12 -target client.kdb -target_stashed -label ibmwebspheremq@@l@@
runmqakm -cert -list -db client.kdb -stashed
''', qm=qm, v=v, l=c.user()[:8])
    return c.ch(['scripts/mq/create-keystore.sh', 'ops/mq-tls-setup.sh']), text


# ----------------------------- TIBCO EMS -----------------------------------
@P('tibco', 'ems_password', 'pw', lang='sh', env='EMS_ADMIN_PASSWORD')
def tib_admin_script(c, v):
    s = c.svc()
    text = T('''#!/bin/sh
# create queues for @@s@@ on the EMS server
EMS_HOME=/opt/tibco/ems/8.6

cat > /tmp/@@s@@.ems <<'EOF'
create queue @@s@@.request secure,prefetch=5
create queue @@s@@.reply
grant queue @@s@@.request user=@@u@@ send,receive
commit
EOF

$EMS_HOME/bin/tibemsadmin -server tcp://@@h@@:7222 -user admin -password '@@v@@' -script /tmp/@@s@@.ems
rm -f /tmp/@@s@@.ems
''', s=s, u=c.user(s), h=c.host('ems'), v=v)
    return c.ch(['ems/setup-queues.sh', 'scripts/tibco/create_queues.sh']), text


@P('tibco', 'ems_password', 'pw', lang='java', env='EMS_PASSWORD', sa=True)
def tib_java_client(c, v):
    s = c.svc()
    text = T('''package com.@@co@@.integration.ems;

import com.tibco.tibjms.TibjmsConnectionFactory;
import javax.jms.Connection;
import javax.jms.JMSException;

public class EmsConnector {
    private static final String SERVER_URL = "tcp://@@h@@:7222";

    public Connection connect() throws JMSException {
        TibjmsConnectionFactory factory = new TibjmsConnectionFactory(SERVER_URL);
        factory.setReconnAttemptCount(30);
        factory.setReconnAttemptDelay(2000);
        return factory.createConnection("@@u@@", @@v@@);
    }
}
''', co=c.co(), h=c.host('ems'), u=c.user(s), v=Q(v))
    return 'src/main/java/com/%s/integration/ems/EmsConnector.java' % c.co(), text


@P('tibco', 'ems_password', 'pw', env='EMS_PASSWORD')
def tib_bw_substvar(c, v):
    text = T('''<?xml version="1.0" encoding="UTF-8"?>
<repository xmlns="http://www.tibco.com/xmlns/repo/types/2002">
  <globalVariables>
    <globalVariable>
      <name>EMS_URL</name>
      <value>tcp://@@h@@:7222</value>
      <deploymentSettable>true</deploymentSettable>
      <type>String</type>
    </globalVariable>
    <globalVariable>
      <name>EMS_USER</name>
      <value>@@u@@</value>
      <deploymentSettable>true</deploymentSettable>
      <type>String</type>
    </globalVariable>
    <globalVariable>
      <name>EMS_PWD</name>
      <value>@@v@@</value>
      <deploymentSettable>true</deploymentSettable>
      <type>String</type>
    </globalVariable>
  </globalVariables>
</repository>
''', h=c.host('ems'), u=c.user(), v=v)
    return c.ch(['%s/defaultVars/defaultVars.substvar' % c.svc().capitalize(), 'bw/Processes/JMS/defaultVars.substvar']), text


# ----------------------------- Solace --------------------------------------
@P('solace', 'client_password', 'pw', env='SOLACE_CLIENT_PASSWORD')
def sol_spring_props(c, v):
    vpn = c.svc() + '-' + c.env()
    text = T('''solace.java.host=tcps://@@h@@:55443
solace.java.msgVpn=@@vpn@@
solace.java.clientUsername=@@u@@
solace.java.clientPassword=@@v@@
solace.java.connectRetries=5
solace.java.reconnectRetries=-1
spring.cloud.stream.bindings.input-in-0.destination=@@s@@/orders/>
spring.cloud.stream.binders.solace-broker.type=solace
''', h=c.host('solace'), vpn=vpn, u=c.user(), v=v, s=c.co())
    return c.ch(['src/main/resources/application.properties', 'src/main/resources/solace.properties']), text


@P('solace', 'admin_password', 'pw', env='SEMP_PASSWORD')
def sol_semp_md(c, v):
    text = T('''## Creating a queue with SEMP v2

```bash
curl -X POST -u admin:@@v@@ \\
  https://@@h@@:943/SEMP/v2/config/msgVpns/@@vpn@@/queues \\
  -H "content-type: application/json" \\
  -d '{"queueName":"@@q@@","accessType":"non-exclusive","permission":"consume","ingressEnabled":true,"egressEnabled":true}'
```

Verify with `show queue @@q@@ message-vpn @@vpn@@` in the CLI.
''', v=v, h=c.host('solace'), vpn=c.svc(), q='q/' + c.svc() + '/in')
    return c.ch(['docs/solace/create-queue.md', 'docs/broker-admin.md']), text


@P('solace', 'admin_password', 'pw', lang='tf', env='SOLACE_ADMIN_PASSWORD', sa=True)
def sol_terraform(c, v):
    s = c.svc()
    text = T('''provider "solacebroker" {
  url      = "https://@@h@@:1943"
  username = "admin"
  password = @@v@@
}

resource "solacebroker_msg_vpn_queue" "@@s@@" {
  msg_vpn_name    = "@@s@@"
  queue_name      = "@@s@@/in"
  access_type     = "non-exclusive"
  ingress_enabled = true
  egress_enabled  = true
}
''', h=c.host('solace'), v=Q(v), s=s)
    return c.ch(['terraform/solace/main.tf', 'infra/solace.tf']), text


@P('solace', 'client_password', 'pw', lang='py', env='SOLACE_PASSWORD', sa=True)
def sol_python(c, v):
    text = T('''from solace.messaging.messaging_service import MessagingService
from solace.messaging.config.authentication_strategy import BasicUserNamePassword
from solace.messaging.config.transport_security_strategy import TLS

broker_props = {
    "solace.messaging.transport.host": "tcps://@@h@@:55443",
    "solace.messaging.service.vpn-name": "@@vpn@@",
}

service = (
    MessagingService.builder()
    .from_properties(broker_props)
    .with_transport_security_strategy(TLS.create().without_certificate_validation())
    .with_authentication_strategy(BasicUserNamePassword.of("@@u@@", @@v@@))
    .build()
)
service.connect()
''', h=c.host('solace'), vpn=c.svc(), u=c.user(), v=Q(v))
    return c.ch(['solace_client.py', 'app/messaging/solace.py']), text


# ----------------------------- NATS ----------------------------------------
CREDS_BANNER = '''************************* IMPORTANT *************************
NKEY Seed printed below can be used to sign and prove identity.
NKEYs are sensitive and should be treated as secrets.
'''


@P('nats', 'nkey_seed', 'seedU', env='NATS_NKEY_SEED', w=1.3)
def nats_creds_file(c, v):
    s = c.svc()
    jwt = c.nats_jwt('user', name=s) if c.is_pos else '${NATS_USER_JWT}'
    text = ('-----BEGIN NATS USER JWT-----\n%s\n------END NATS USER JWT------\n\n%s\n'
            '-----BEGIN USER NKEY SEED-----\n%s\n------END USER NKEY SEED------\n\n'
            '*************************************************************\n') % (jwt, CREDS_BANNER, v)
    return c.ch(['deploy/nats/%s.creds' % s, 'secrets/nats/%s-user.creds' % s, 'config/nats/%s.creds' % s]), text


@P('nats', 'broker_password', 'pw', env='NATS_PASSWORD')
def nats_conf_users(c, v):
    s = c.svc()
    text = T('''# nats-server configuration
port: 4222
http_port: 8222
server_name: nats-@@e@@-1

jetstream {
  store_dir: /data/jetstream
  max_file_store: 20GB
}

authorization {
  users: [
    {user: monitor, nkey: @@pk@@, permissions: {subscribe: "$SYS.>"}}
    {user: @@u@@, password: "@@v@@", permissions: {publish: "@@s@@.>", subscribe: ["_INBOX.>", "@@s@@.>"]}}
  ]
}

cluster {
  name: @@e@@
  listen: 0.0.0.0:6222
  routes: [nats-route://nats-0.nats:6222, nats-route://nats-1.nats:6222]
}
''', e=c.env(), pk=c.nkey_pub('U'), u=c.user(s), v=v, s=s)
    return c.ch(['deploy/nats/nats.conf', 'nats/nats-server.conf', 'config/nats.conf']), text


@P('nats', 'auth_token', 'tok', env='NATS_TOKEN')
def nats_conf_token(c, v):
    text = T('''listen: 0.0.0.0:4222
max_payload: 4MB
write_deadline: "10s"

authorization {
  token: "@@v@@"
  timeout: 2
}

websocket {
  port: 8443
  tls { cert_file: "/etc/nats/tls/tls.crt", key_file: "/etc/nats/tls/tls.key" }
}
''', v=v)
    return c.ch(['nats/edge.conf', 'deploy/nats/leaf-edge.conf']), text


@P('nats', 'broker_password', 'pw', lang='go', env='NATS_PASSWORD', sa=True)
def nats_go_userinfo(c, v):
    s = c.svc()
    text = T('''package natsclient

import (
	"time"

	"github.com/nats-io/nats.go"
)

func Connect() (*nats.Conn, error) {
	return nats.Connect("nats://@@h@@:4222",
		nats.Name("@@s@@-service"),
		nats.UserInfo("@@u@@", @@v@@),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(2*time.Second),
	)
}
''', h=c.host('nats'), s=s, u=c.user(s), v=Q(v))
    return c.ch(['internal/natsclient/conn.go', 'pkg/bus/nats.go']), text


@P('nats', 'nkey_seed', 'seedU', lang='go', env='NATS_NKEY_SEED', sa=True)
def nats_go_seed(c, v):
    text = T('''package auth

import (
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nkeys"
)

// userSeed belongs to the ingest service user
var userSeed = []byte(@@v@@)

func NkeyOption() (nats.Option, error) {
	kp, err := nkeys.FromSeed(userSeed)
	if err != nil {
		return nil, err
	}
	pub, _ := kp.PublicKey()
	return nats.Nkey(pub, func(nonce []byte) ([]byte, error) { return kp.Sign(nonce) }), nil
}
''', v=Q(v) if not isinstance(v, Raw) else v)
    return c.ch(['internal/auth/nkey.go', 'pkg/nats/auth.go']), text


@P('nats', 'nkey_seed', 'seedU', lang='js', env='NATS_NKEY_SEED', sa=True)
def nats_js_nkey(c, v):
    text = T('''import { connect, nkeyAuthenticator } from "nats";

const seed = new TextEncoder().encode(@@v@@);

export async function openBus() {
  const nc = await connect({
    servers: ["tls://@@h@@:4222"],
    name: "@@s@@-web",
    authenticator: nkeyAuthenticator(seed),
  });
  nc.closed().then((err) => err && console.error("nats closed", err));
  return nc;
}
''', v=Q(v), h=c.host('nats'), s=c.svc())
    return c.ch(['src/bus/nats.ts', 'src/lib/nats.mjs']), text


@P('nats', 'nkey_seed', 'seedO', env='NSC_OPERATOR_SEED', w=0.8)
def nats_nk_file(c, v):
    return 'ops/nsc/keys/keys/O/%s/%s.nk' % (c.rs(B32, 2), c.rs(B32, 10)), v + '\n'


@P('nats', 'nkey_seed', 'seedA', env='NATS_ACCOUNT_SEED')
def nats_helm_account_seed(c, v):
    text = T('''nats:
  jetstream:
    enabled: true
  config:
    cluster:
      enabled: true
      replicas: 3
resolver:
  type: full
  operator: /etc/nats-config/operator/operator.jwt
  systemAccount: @@sys@@
accountSigning:
  account: @@svc@@
  signingKeySeed: @@v@@
''', sys=c.nkey_pub('A'), svc=c.svc().upper(), v=v)
    return c.ch(['deploy/nats/values.yaml', 'helm/nats/values-%s.yaml' % c.env()]), text


@P('nats', 'auth_token', 'tok', lang='py', env='NATS_TOKEN', sa=True)
def nats_py_token(c, v):
    s = c.svc()
    text = T('''import asyncio

import nats


async def main():
    nc = await nats.connect("nats://@@h@@:4222", token=@@v@@, name="@@s@@-py")
    js = nc.jetstream()
    await js.add_stream(name="@@S@@", subjects=["@@s@@.>"])
    ack = await js.publish("@@s@@.created", b'{"id": 1}')
    print(ack.stream, ack.seq)
    await nc.drain()


asyncio.run(main())
''', h=c.host('nats'), v=Q(v), s=s, S=s.upper())
    return c.ch(['scripts/publish_test.py', '%s/nats_pub.py' % s]), text


@P('nats', 'broker_password', 'pw', env='NATS_PASSWORD')
def nats_cli_context(c, v):
    text = T('''{
  "description": "@@e@@ cluster",
  "url": "tls://@@h@@:4222",
  "user": "@@u@@",
  "password": "@@v@@",
  "creds": "",
  "nkey": "",
  "cert": "",
  "key": "",
  "ca": "/etc/ssl/certs/@@co@@-ca.pem",
  "nsc": "",
  "jetstream_domain": "",
  "inbox_prefix": ""
}
''', e=c.env(), h=c.host('nats'), u=c.user(), v=v, co=c.co())
    return c.ch(['.config/nats/context/%s.json' % c.env(), 'tools/nats-context.json']), text


@P('nats', 'url_password', 'upw', env='LEAF_PASSWORD')
def nats_leaf_remote(c, v):
    text = T('''server_name: leaf-@@site@@
port: 4222

leafnodes {
  remotes = [
    {
      url: "nats-leaf://leaf-@@site@@:@@v@@@@@h@@:7422"
      account: "APP"
    }
  ]
}
''', site=c.ch(['store-%03d' % c.ri(1, 400), 'plant-%02d' % c.ri(1, 40), 'edge-%s' % c.region()]), v=v, h=c.host('nats-hub'))
    return c.ch(['edge/leaf.conf', 'deploy/edge/nats-leaf.conf']), text


@P('nats', 'broker_password', 'pw', env='NATS_PASSWORD')
def nats_runbook(c, v):
    text = T('''# NATS access for on-call

Create a CLI context once:

    nats context save @@e@@ --server tls://@@h@@:4222 --user oncall --password '@@v@@' --select

Useful commands:

- `nats stream ls` lists JetStream streams
- `nats consumer report ORDERS` shows pending and ack floor per consumer
- `nats server report jetstream` shows per-server storage
''', e=c.env(), h=c.host('nats'), v=v)
    return c.ch(['docs/oncall/nats.md', 'docs/runbooks/nats-access.md']), text


# ----------------------------- Pulsar --------------------------------------
@P('pulsar', 'jwt_token', 'pjwt', env='PULSAR_TOKEN', w=1.2)
def pulsar_client_conf(c, v):
    text = T('''# Configuration for pulsar-client and pulsar-admin CLI tools
webServiceUrl=https://@@h@@:8443/
brokerServiceUrl=pulsar+ssl://@@h@@:6651/
authPlugin=org.apache.pulsar.client.impl.auth.AuthenticationToken
authParams=token:@@v@@
useTls=true
tlsAllowInsecureConnection=false
tlsTrustCertsFilePath=/etc/pulsar/certs/ca.cert.pem
''', h=c.host('pulsar'), v=v)
    return c.ch(['conf/client.conf', 'pulsar/conf/client.conf']), text


@P('pulsar', 'jwt_token', 'pjwt', lang='java', env='PULSAR_TOKEN', sa=True)
def pulsar_java(c, v):
    s = c.svc()
    text = T('''package com.@@co@@.@@s@@.stream;

import org.apache.pulsar.client.api.AuthenticationFactory;
import org.apache.pulsar.client.api.PulsarClient;
import org.apache.pulsar.client.api.PulsarClientException;

public class PulsarClientProvider {
    public PulsarClient client() throws PulsarClientException {
        return PulsarClient.builder()
                .serviceUrl("pulsar+ssl://@@h@@:6651")
                .authentication(AuthenticationFactory.token(@@v@@))
                .operationTimeout(30, java.util.concurrent.TimeUnit.SECONDS)
                .build();
    }
}
''', co=c.co(), s=s, h=c.host('pulsar'), v=Q(v))
    return 'src/main/java/com/%s/stream/PulsarClientProvider.java' % s, text


@P('pulsar', 'jwt_token', 'pjwt', lang='py', env='PULSAR_TOKEN', sa=True)
def pulsar_python(c, v):
    s = c.svc()
    text = T('''import pulsar

client = pulsar.Client(
    "pulsar+ssl://@@h@@:6651",
    authentication=pulsar.AuthenticationToken(@@v@@),
    tls_validate_hostname=True,
)
consumer = client.subscribe(
    "persistent://@@t@@/@@s@@/events",
    subscription_name="@@s@@-analytics",
    consumer_type=pulsar.ConsumerType.Shared,
)
''', h=c.host('pulsar'), v=Q(v), t=c.co(), s=s)
    return c.ch(['analytics/pulsar_consumer.py', 'jobs/consume_events.py']), text


@P('pulsar', 'jwt_token', 'pjwt', lang='go', env='PULSAR_TOKEN', sa=True)
def pulsar_go(c, v):
    text = T('''package stream

import "github.com/apache/pulsar-client-go/pulsar"

func NewClient() (pulsar.Client, error) {
	return pulsar.NewClient(pulsar.ClientOptions{
		URL:            "pulsar+ssl://@@h@@:6651",
		Authentication: pulsar.NewAuthenticationToken(@@v@@),
	})
}
''', h=c.host('pulsar'), v=Q(v))
    return c.ch(['internal/stream/pulsar.go', 'pkg/events/client.go']), text


@P('pulsar', 'jwt_token', 'pjwt', lang='sh', env='PULSAR_TOKEN')
def pulsar_admin_sh(c, v):
    t = c.co()
    text = T('''#!/usr/bin/env bash
set -euo pipefail
ADMIN="bin/pulsar-admin --admin-url https://@@h@@:8443 --auth-plugin org.apache.pulsar.client.impl.auth.AuthenticationToken --auth-params token:@@v@@"

$ADMIN tenants create @@t@@ --allowed-clusters @@e@@ || true
$ADMIN namespaces create @@t@@/@@s@@
$ADMIN namespaces set-retention @@t@@/@@s@@ --size 10G --time 7d
''', h=c.host('pulsar'), v=v, t=t, e=c.env(), s=c.svc())
    return c.ch(['scripts/pulsar-provision.sh', 'ops/pulsar/namespaces.sh']), text


@P('pulsar', 'signing_key', 'pskey', env='PULSAR_TOKEN_SECRET_KEY')
def pulsar_broker_conf(c, v):
    text = T('''### --- Authentication --- ###
authenticationEnabled=true
authenticationProviders=org.apache.pulsar.broker.authentication.AuthenticationProviderToken
authorizationEnabled=true
superUserRoles=admin,proxy
tokenSecretKey=data:;base64,@@v@@
brokerClientAuthenticationPlugin=org.apache.pulsar.client.impl.auth.AuthenticationToken
brokerClientAuthenticationParameters=file:///pulsar/tokens/broker.jwt
''', v=v)
    return c.ch(['conf/broker.conf', 'pulsar/conf/standalone.conf']), text


# ----------------------------- ZeroMQ --------------------------------------
@P('zeromq', 'curve_secret_key', 'z85', lang='py', env='ZMQ_SERVER_SECRET', sa=True)
def zmq_pyzmq_server(c, v):
    text = T('''import zmq

SERVER_PUBLIC = b"@@pub@@"
SERVER_SECRET = @@v@@


def make_socket(ctx: zmq.Context) -> zmq.Socket:
    sock = ctx.socket(zmq.ROUTER)
    sock.curve_publickey = SERVER_PUBLIC
    sock.curve_secretkey = SERVER_SECRET
    sock.curve_server = True
    sock.bind("tcp://*:@@port@@")
    return sock
''', pub=c.z85key(), v=('b' + Q(v)) if not isinstance(v, Raw) else Raw(v + '.encode()'), port=c.ri(5550, 5590))
    return c.ch(['broker/curve_server.py', 'src/zmq_server.py']), text


@P('zeromq', 'curve_secret_key', 'z85', env='ZMQ_SECRET')
def zmq_zcert_secret(c, v):
    text = T('''#   ****  Generated on @@d@@ by CZMQ  ****
#   ZeroMQ CURVE **Secret** Certificate
#   DO NOT PROVIDE THIS FILE TO OTHER USERS nor change its permissions.

metadata
    name = "@@n@@"
curve
    public-key = "@@pub@@"
    secret-key = "@@v@@"
''', d='20%02d-%02d-%02d %02d:%02d:%02d' % (c.ri(19, 24), c.ri(1, 12), c.ri(1, 28), c.ri(0, 23), c.ri(0, 59), c.ri(0, 59)),
             n=c.svc() + '-server', pub=c.z85key(), v=v)
    return c.ch(['certs/server.key_secret', 'config/curve/%s.key_secret' % c.svc()]), text


@P('zeromq', 'curve_secret_key', 'z85', lang='c', env='ZMQ_SECRET')
def zmq_c_setsockopt(c, v):
    text = T('''#include <zmq.h>
#include <assert.h>

static const char server_public[] = "@@pub@@";
static const char client_secret[] = "@@v@@";
static const char client_public[] = "@@cpub@@";

void *connect_sub(void *ctx)
{
    void *sub = zmq_socket(ctx, ZMQ_SUB);
    zmq_setsockopt(sub, ZMQ_CURVE_SERVERKEY, server_public, 40);
    zmq_setsockopt(sub, ZMQ_CURVE_PUBLICKEY, client_public, 40);
    zmq_setsockopt(sub, ZMQ_CURVE_SECRETKEY, client_secret, 40);
    zmq_setsockopt(sub, ZMQ_SUBSCRIBE, "", 0);
    int rc = zmq_connect(sub, "tcp://@@h@@:5556");
    assert(rc == 0);
    return sub;
}
''', pub=c.z85key(), v=v, cpub=c.z85key(), h=c.host('feed'))
    return c.ch(['src/feed_client.c', 'client/sub.c']), text


@P('zeromq', 'curve_secret_key', 'z85', env='ZMQ_SECRET')
def zmq_yaml_keys(c, v):
    text = T('''feed:
  endpoint: tcp://@@h@@:5563
  hwm: 10000
  curve:
    server_key: "@@pub@@"
    public_key: "@@cpub@@"
    private_key: "@@v@@"
  topics: [ticks, trades, book]
''', h=c.host('marketdata'), pub=c.z85key(), cpub=c.z85key(), v=v)
    return c.ch(['config/feed.yaml', 'conf/marketdata.yml']), text


# ----------------------------- Mosquitto / MQTT ----------------------------
@P('mosquitto', 'bridge_password', 'pw', env='BRIDGE_PASSWORD')
def mosq_bridge(c, v):
    text = T('''per_listener_settings true
listener 1883 127.0.0.1
allow_anonymous false
password_file /etc/mosquitto/passwd

listener 8883
cafile /etc/mosquitto/certs/ca.crt
certfile /etc/mosquitto/certs/server.crt
keyfile /etc/mosquitto/certs/server.key

connection cloud-bridge
address @@h@@:8883
bridge_protocol_version mqttv311
bridge_cafile /etc/mosquitto/certs/cloud-ca.crt
remote_clientid @@site@@
remote_username @@site@@
remote_password @@v@@
topic sensors/# out 1 "" site/@@site@@/
topic commands/# in 1 "" site/@@site@@/
''', h=c.host('mqtt'), site='gw-%04d' % c.ri(1, 9999), v=v)
    return c.ch(['mosquitto/mosquitto.conf', 'etc/mosquitto/conf.d/bridge.conf']), text


@P('mosquitto', 'mqtt_password', 'pw', lang='py', env='MQTT_PASSWORD', sa=True)
def mosq_paho(c, v):
    text = T('''import json
import time

import paho.mqtt.client as mqtt

client = mqtt.Client(client_id="sensor-@@id@@", protocol=mqtt.MQTTv311)
client.username_pw_set("sensor-@@id@@", @@v@@)
client.tls_set(ca_certs="/etc/ssl/certs/ca-certificates.crt")
client.connect("@@h@@", 8883, keepalive=60)
client.loop_start()

while True:
    client.publish("plant/line@@l@@/temp", json.dumps({"t": time.time(), "c": 21.5}), qos=1)
    time.sleep(5)
''', id=c.ri(100, 999), v=Q(v), h=c.host('mqtt'), l=c.ri(1, 9))
    return c.ch(['firmware/publisher.py', 'edge/sensor.py']), text


@P('mosquitto', 'url_password', 'upw', env='MQTT_PASSWORD')
def mqttjs_url(c, v):
    text = T('''const mqtt = require('mqtt');

const client = mqtt.connect('mqtts://dashboard:@@v@@@@@h@@:8883', {
  clientId: 'dashboard_' + Math.random().toString(16).slice(2, 8),
  clean: true,
  reconnectPeriod: 2000,
});

client.on('connect', () => client.subscribe('site/+/sensors/#'));
client.on('message', (topic, msg) => console.log(topic, msg.toString()));
''', v=v, h=c.host('mqtt'))
    return c.ch(['dashboard/mqtt.js', 'src/mqtt-client.js']), text


@P('mosquitto', 'mqtt_password', 'pw', env='MQTT_PASSWORD')
def telegraf_mqtt(c, v):
    text = T('''[agent]
  interval = "10s"
  flush_interval = "10s"

[[inputs.mqtt_consumer]]
  servers = ["ssl://@@h@@:8883"]
  topics = ["telemetry/#"]
  qos = 1
  username = "telegraf"
  password = "@@v@@"
  data_format = "json"
  client_id = "telegraf-@@e@@"

[[outputs.influxdb_v2]]
  urls = ["http://influxdb:8086"]
  organization = "@@co@@"
  bucket = "telemetry"
''', h=c.host('mqtt'), v=v, e=c.env(), co=c.co())
    return c.ch(['telegraf/telegraf.conf', 'deploy/telegraf.toml']), text


@P('mosquitto', 'mqtt_password', 'pw', env='MQTT_PASSWORD')
def z2m_config(c, v):
    text = T('''homeassistant: false
permit_join: false
mqtt:
  base_topic: zigbee2mqtt
  server: mqtts://@@h@@:8883
  user: zigbee
  password: '@@v@@'
serial:
  port: /dev/ttyACM0
frontend:
  port: 8080
advanced:
  log_level: info
  channel: 15
''', h=c.host('mqtt'), v=v)
    return c.ch(['zigbee2mqtt/configuration.yaml', 'data/configuration.yaml']), text


# ----------------------------- Azure Service Bus / Event Hubs --------------
def sb_conn(c, v, eh=False, entity=True):
    ns = '%s-%s-%s' % (c.co(), c.svc(), c.env())
    dom = 'servicebus.windows.net'
    kn = c.ch(['RootManageSharedAccessKey', 'send-listen', 'app-listen', 'publisher']) if not eh else c.ch(['RootManageSharedAccessKey', 'producer', 'ingest-send'])
    cs = 'Endpoint=sb://%s.%s/;SharedAccessKeyName=%s;SharedAccessKey=%s' % (ns, dom, kn, v)
    if entity and c.coin(0.5):
        cs += ';EntityPath=%s' % (c.svc() + ('-events' if eh else '-queue'))
    return cs


@P('azure-servicebus', 'sas_key', 'sas', env='SERVICEBUS_CONNECTION', w=1.2)
def az_appsettings(c, v):
    text = T('''{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "ServiceBus": "@@cs@@"
  },
  "Messaging": {
    "QueueName": "@@s@@-commands",
    "MaxConcurrentCalls": 16
  }
}
''', cs=sb_conn(c, v), s=c.svc())
    return c.ch(['src/%s.Api/appsettings.json' % c.svc().capitalize(), 'appsettings.Production.json']), text


@P('azure-servicebus', 'sas_key', 'sas', env='ServiceBusConnection')
def az_func_local_settings(c, v):
    text = T('''{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "ServiceBusConnection": "@@cs@@",
    "QueueName": "@@s@@-inbound"
  }
}
''', cs=sb_conn(c, v, entity=False), s=c.svc())
    return 'local.settings.json', text


@P('azure-servicebus', 'sas_key', 'sas', lang='cs', env='SERVICEBUS_CONNECTION')
def az_cs_client(c, v):
    text = T('''using Azure.Messaging.ServiceBus;

namespace Contoso.Workers;

public sealed class OrderPublisher : IAsyncDisposable
{
    private const string ConnectionString = "@@cs@@";
    private readonly ServiceBusClient _client = new(ConnectionString);
    private readonly ServiceBusSender _sender;

    public OrderPublisher() => _sender = _client.CreateSender("@@q@@");

    public Task PublishAsync(BinaryData body, string correlationId) =>
        _sender.SendMessageAsync(new ServiceBusMessage(body) { CorrelationId = correlationId });

    public async ValueTask DisposeAsync() => await _client.DisposeAsync();
}
''', cs=sb_conn(c, v, entity=False), q=c.svc() + '-orders')
    return c.ch(['src/Workers/OrderPublisher.cs', 'Messaging/OrderPublisher.cs']), text


@P('azure-servicebus', 'sas_key', 'sas', lang='py', env='SERVICEBUS_CONNECTION')
def az_py_client(c, v):
    text = T('''from azure.servicebus import ServiceBusClient, ServiceBusMessage

CONN_STR = "@@cs@@"
QUEUE = "@@q@@"


def send(batch):
    with ServiceBusClient.from_connection_string(CONN_STR, logging_enable=False) as client:
        with client.get_queue_sender(QUEUE) as sender:
            sender.send_messages([ServiceBusMessage(b) for b in batch])
''', cs=sb_conn(c, v, entity=False), q=c.svc() + '-jobs')
    return c.ch(['scripts/sb_send.py', 'jobs/servicebus_sender.py']), text


@P('azure-eventhubs', 'sas_key', 'sas', env='EVENTHUB_CONNECTION')
def az_eh_kafka_props(c, v):
    ns = '%s-%s' % (c.co(), c.env())
    text = T('''bootstrap.servers=@@ns@@.servicebus.windows.net:9093
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="$ConnectionString" password="Endpoint=sb://@@ns@@.servicebus.windows.net/;SharedAccessKeyName=@@kn@@;SharedAccessKey=@@v@@";
client.id=@@s@@-producer
acks=all
''', ns=ns, kn=c.ch(['RootManageSharedAccessKey', 'producer']), v=v, s=c.svc())
    return c.ch(['config/eventhubs-producer.properties', 'connect/eh.properties']), text


@P('azure-eventhubs', 'sas_key', 'sas', lang='js', env='EVENTHUB_CONNECTION')
def az_eh_js(c, v):
    text = T('''const { EventHubProducerClient } = require("@azure/event-hubs");

const producer = new EventHubProducerClient(
  "@@cs@@",
  "@@hub@@"
);

async function sendTelemetry(events) {
  const batch = await producer.createBatch();
  for (const e of events) batch.tryAdd({ body: e });
  await producer.sendBatch(batch);
}

module.exports = { sendTelemetry };
''', cs=sb_conn(c, v, eh=True, entity=False), hub=c.svc() + '-telemetry')
    return c.ch(['src/telemetry/eventhub.js', 'functions/ingest/producer.js']), text


@P('azure-servicebus', 'sas_key', 'sas', env='servicebus_connection_string')
def az_tfvars(c, v):
    text = T('''location            = "westeurope"
resource_group_name = "rg-@@s@@-@@e@@"
app_service_sku     = "P1v3"

servicebus_connection_string = "@@cs@@"

tags = {
  owner       = "platform"
  cost_center = "CC-@@cc@@"
}
''', s=c.svc(), e=c.env(), cs=sb_conn(c, v), cc=c.ri(1000, 9999))
    return c.ch(['terraform/%s.tfvars' % c.env(), 'infra/env/%s/terraform.tfvars' % c.env()]), text


@P('azure-servicebus', 'sas_token', 'sassig', env='SB_SAS_TOKEN')
def az_sas_token_http(c, v):
    ns = '%s-%s' % (c.co(), c.env())
    q = c.svc() + '-queue'
    se = c.ri(1760000000, 1900000000)
    text = T('''#!/usr/bin/env bash
# post a test message to the queue through the REST API
curl -sS -X POST "https://@@ns@@.servicebus.windows.net/@@q@@/messages" \\
  -H "Authorization: SharedAccessSignature sr=https%3A%2F%2F@@ns@@.servicebus.windows.net%2F@@q@@&sig=@@v@@&se=@@se@@&skn=send-only" \\
  -H "Content-Type: application/json" \\
  -d '{"orderId": 4711, "status": "created"}'
''', ns=ns, q=q, v=v, se=se)
    return c.ch(['scripts/sb-post-test.sh', 'tools/send-test-message.sh']), text


# ----------------------------- Amazon MQ / SQS -----------------------------
@P('amazon-mq', 'broker_password', 'pw', lang='tf', env='MQ_ADMIN_PASSWORD', sa=True)
def amzmq_tf(c, v):
    s = c.svc()
    text = T('''resource "aws_mq_broker" "@@s@@" {
  broker_name        = "@@s@@-@@e@@"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.m5.large"
  deployment_mode    = "CLUSTER_MULTI_AZ"
  publicly_accessible = false
  subnet_ids         = module.vpc.private_subnets
  security_groups    = [aws_security_group.mq.id]

  user {
    username = "@@u@@"
    password = @@v@@
  }

  logs {
    general = true
  }
}
''', s=s, e=c.env(), u=c.user(s), v=Q(v))
    return c.ch(['terraform/modules/mq/main.tf', 'infra/amazonmq.tf']), text


@P('amazon-mq', 'broker_password', 'pw', env='MQ_PASSWORD')
def amzmq_cfn(c, v):
    text = T('''AWSTemplateFormatVersion: "2010-09-09"
Description: ActiveMQ broker for @@s@@
Resources:
  Broker:
    Type: AWS::AmazonMQ::Broker
    Properties:
      BrokerName: @@s@@-amq
      EngineType: ACTIVEMQ
      EngineVersion: "5.18"
      HostInstanceType: mq.t3.micro
      DeploymentMode: SINGLE_INSTANCE
      PubliclyAccessible: false
      AutoMinorVersionUpgrade: true
      Users:
        - Username: @@u@@
          Password: "@@v@@"
          ConsoleAccess: true
      Logs:
        General: true
''', s=c.svc(), u=c.user(), v=v)
    return c.ch(['cloudformation/amazon-mq.yaml', 'cfn/broker.yml']), text


@P('amazon-mq', 'amqp_url_password', 'upw', env='AMQP_URL')
def amzmq_python_url(c, v):
    bid = 'b-' + c.uuid()
    text = T('''import os
import ssl

import pika

BROKER = "amqps://@@u@@:@@v@@@@@bid@@.mq.@@r@@.amazonaws.com:5671"


def connect():
    params = pika.URLParameters(BROKER)
    params.ssl_options = pika.SSLOptions(ssl.create_default_context())
    params.heartbeat = int(os.environ.get("AMQP_HEARTBEAT", "60"))
    return pika.BlockingConnection(params)
''', u=c.user(), v=v, bid=bid, r=c.region())
    return c.ch(['lambda/consumer/broker.py', 'src/mq_connect.py']), text


# ----------------------------- MassTransit / NServiceBus --------------------
@P('masstransit', 'broker_password', 'pw', lang='cs', env='RabbitMq__Password', sa=True)
def mt_program(c, v):
    s = c.svc().capitalize()
    text = T('''using MassTransit;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddMassTransit(x =>
{
    x.AddConsumers(typeof(Program).Assembly);
    x.UsingRabbitMq((context, cfg) =>
    {
        cfg.Host("@@h@@", "@@vh@@", h =>
        {
            h.Username("@@u@@");
            h.Password(@@v@@);
        });
        cfg.ConfigureEndpoints(context);
    });
});

var app = builder.Build();
app.MapHealthChecks("/healthz");
app.Run();
''', h=c.host(), vh=c.vhost(), u=c.user(), v=Q(v))
    return c.ch(['src/%s.Service/Program.cs' % s, 'Program.cs']), text


@P('nservicebus', 'broker_password', 'pw', lang='cs', env='NSB_RABBIT_CONNECTION')
def nsb_endpoint(c, v):
    s = c.svc().capitalize()
    text = T('''using NServiceBus;

public static class EndpointSetup
{
    public static EndpointConfiguration Create()
    {
        var config = new EndpointConfiguration("@@s@@.Endpoint");
        var transport = new RabbitMQTransport(
            RoutingTopology.Conventional(QueueType.Quorum),
            "host=@@h@@;username=@@u@@;password=@@v@@;virtualhost=@@vh@@");
        config.UseTransport(transport);
        config.UseSerialization<SystemJsonSerializer>();
        config.EnableInstallers();
        return config;
    }
}
''', s=s, h=c.host(), u=c.user(), v=v, vh=c.vhost())
    return c.ch(['src/%s.Endpoint/EndpointSetup.cs' % s, 'EndpointSetup.cs']), text


@P('masstransit', 'broker_password', 'pw', env='RabbitMq__Password')
def mt_appsettings(c, v):
    text = T('''{
  "RabbitMq": {
    "Host": "@@h@@",
    "VirtualHost": "@@vh@@",
    "Username": "@@u@@",
    "Password": "@@v@@",
    "PrefetchCount": 32
  },
  "Serilog": {
    "MinimumLevel": "Information"
  }
}
''', h=c.host(), vh=c.vhost(), u=c.user(), v=v)
    return c.ch(['src/Worker/appsettings.json', 'appsettings.Staging.json']), text


# ----------------------------- misc file types ------------------------------
@P('rabbitmq', 'amqp_url_password', 'upw', env='AMQP_URL', w=0.35)
def dotenv_amqp(c, v):
    s = c.svc()
    text = T('''APP_ENV=production
LOG_LEVEL=info
PORT=8080
AMQP_URL=amqp://@@u@@:@@v@@@@@h@@:5672/@@s@@
QUEUE_PREFETCH=20
''', u=c.user(s), v=v, h=c.host(), s=s)
    path = c.ch(['.env', '.env.production', '.env.local']) if c.is_pos else c.ch(['.env.example', '.env.sample'])
    return path, text


@P('rabbitmq', 'amqp_url_password', 'upw', env='BROKER_URL')
def supervisord_ini(c, v):
    s = c.svc()
    text = T('''[supervisord]
nodaemon=true
logfile=/var/log/supervisor/supervisord.log

[program:@@s@@-worker]
command=/app/.venv/bin/celery -A @@s@@ worker -l info -Q @@s@@.default
directory=/app
environment=BROKER_URL="amqp://@@u@@:@@v@@@@@h@@:5672/@@s@@",PYTHONUNBUFFERED="1"
autorestart=true
stopwaitsecs=60
''', s=s, u=c.user(s), v=v, h=c.host())
    return c.ch(['deploy/supervisord.conf', 'docker/supervisor/worker.ini']), text


@P('rabbitmq', 'amqp_url_password', 'upw', env='BROKER_URL')
def k8s_cronjob_args(c, v):
    s = c.svc()
    text = T('''apiVersion: batch/v1
kind: CronJob
metadata:
  name: @@s@@-replay-dlq
spec:
  schedule: "*/30 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: replay
              image: ghcr.io/@@co@@/dlq-replayer:1.4.2
              args:
                - "--source=@@s@@.dlq"
                - "--target=@@s@@.retry"
                - "--broker-url=amqp://@@u@@:@@v@@@@@h@@:5672/@@s@@"
                - "--max=500"
''', s=s, co=c.co(), u=c.user(s), v=v, h=c.host())
    return c.ch(['k8s/cronjobs/dlq-replay.yaml', 'deploy/jobs/%s-dlq.yaml' % s]), text


@P('activemq', 'broker_password', 'pw', env='ENDPOINT_PASSWORD')
def sql_seed_endpoints(c, v):
    text = T('''-- V17__seed_integration_endpoints.sql
INSERT INTO integration_endpoints (id, name, protocol, host, port, username, password, enabled)
VALUES (@@id@@, '@@s@@-partner-feed', 'stomp', '@@h@@', 61614, '@@u@@', '@@v@@', TRUE);

INSERT INTO integration_routes (endpoint_id, destination, selector)
VALUES (@@id@@, '/queue/@@s@@.partner', 'priority > 4');
''', id=c.ri(10, 400), s=c.svc(), h=c.host('amq'), u=c.user(), v=v)
    return c.ch(['db/migration/V17__seed_integration_endpoints.sql', 'sql/seed_endpoints.sql']), text


@P('rabbitmq', 'amqp_url_password', 'upw', env='AMQP_URL')
def log_leak(c, v):
    s = c.svc()
    lines = []
    t = c.ri(0, 50000)
    for i in range(6):
        lines.append('2024-%02d-%02dT10:%02d:%02d.%03dZ INFO  [%s] heartbeat ok consumers=%d' % (5, 14, (t + i) // 60 % 60, (t + i) % 60, c.ri(0, 999), s, c.ri(1, 8)))
    lines.insert(3, '2024-05-14T10:%02d:%02d.999Z DEBUG [%s] connecting to amqp://%s:%s@%s:5672/%s (attempt 2)' % ((t + 2) // 60 % 60, (t + 2) % 60, s, c.user(s), v, c.host(), s))
    lines.append('2024-05-14T10:59:59.001Z WARN  [%s] channel closed by server: 320 CONNECTION_FORCED' % s)
    return c.ch(['logs/%s-worker.log' % s, 'var/log/%s.log' % s]), '\n'.join(lines) + '\n'


@P('rabbitmq', 'broker_password', 'pw', env='BROKER_PASSWORD')
def csv_inventory(c, v):
    rows = ['environment,broker,host,port,vhost,username,password,owner']
    idx = c.ri(0, 3)
    for i in range(4):
        e = ENVS[i]
        pw = v if i == idx else ''
        rows.append('%s,rabbitmq,%s,5671,%s,%s,%s,%s' % (e, c.host(), c.vhost(), c.user(), pw, c.ch(['team-core', 'team-data', 'platform'])))
    return c.ch(['docs/inventory/brokers.csv', 'ops/broker-accounts.csv']), '\n'.join(rows) + '\n'


@P('activemq', 'stomp_password', 'pw', lang='go', env='STOMP_PASSWORD', sa=True)
def go_stomp(c, v):
    text = T('''package feed

import (
	"github.com/go-stomp/stomp/v3"
)

func Dial() (*stomp.Conn, error) {
	return stomp.Dial("tcp", "@@h@@:61613",
		stomp.ConnOpt.Login("@@u@@", @@v@@),
		stomp.ConnOpt.Host("/"),
		stomp.ConnOpt.HeartBeat(0, 0),
	)
}
''', h=c.host('activemq'), u=c.user(), v=Q(v))
    return c.ch(['internal/feed/stomp.go', 'pkg/stomp/dial.go']), text


@P('rabbitmq', 'broker_password', 'pw', env='RABBITMQ_PASSWORD')
def k8s_secret_default_user(c, v):
    text = T('''apiVersion: v1
kind: Secret
metadata:
  name: @@s@@-rabbitmq-user
  namespace: @@s@@
  labels:
    app.kubernetes.io/part-of: @@s@@
type: Opaque
stringData:
  username: @@u@@
  password: "@@v@@"
  host: @@h@@
  port: "5671"
''', s=c.svc(), u=c.user(), v=v, h=c.host())
    return c.ch(['k8s/secrets/rabbitmq-user.yaml', 'deploy/overlays/%s/broker-secret.yaml' % c.env()]), text


# ---------------------------------------------------------------------------
# look-alike negatives: fn(c) -> (relpath, text); no credential inside
# ---------------------------------------------------------------------------
LOOK = []


def L(provider, kind):
    def d(fn):
        LOOK.append(dict(name=fn.__name__, provider=provider, kind=kind, fn=fn))
        return fn
    return d


@L('rabbitmq', 'password_hash')
def la_rmq_hashes(c):
    users = []
    for _ in range(c.ri(2, 5)):
        users.append('    {"name": "%s", "password_hash": "%s", "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": ["%s"], "limits": {}}'
                     % (c.user(), c.rabbit_hash(), c.ch(['management', 'monitoring', ''])))
    text = ('{\n  "rabbit_version": "3.13.%d",\n  "rabbitmq_version": "3.13.%d",\n  "users": [\n%s\n  ],\n  "vhosts": [{"name": "/"}, {"name": "%s"}],\n'
            '  "permissions": [{"user": "%s", "vhost": "/", "configure": ".*", "write": ".*", "read": ".*"}]\n}\n') % (
        c.ri(0, 7), c.ri(0, 7), ',\n'.join(users), c.svc(), c.user())
    return c.ch(['deploy/rabbitmq/definitions.json', 'rabbitmq/definitions.export.json']), text


@L('artemis', 'masked_password')
def la_art_masked(c):
    text = T('''<configuration xmlns="urn:activemq">
   <core xmlns="urn:activemq:core">
      <name>artemis-@@e@@</name>
      <password-codec>org.apache.activemq.artemis.utils.DefaultSensitiveStringCodec</password-codec>
      <cluster-user>cluster-admin</cluster-user>
      <cluster-password>ENC(@@m@@)</cluster-password>
      <bridges>
         <bridge name="to-dr">
            <queue-name>@@s@@.out</queue-name>
            <user>bridge</user>
            <password>ENC(@@m2@@)</password>
            <static-connectors><connector-ref>dr</connector-ref></static-connectors>
         </bridge>
      </bridges>
   </core>
</configuration>
''', e=c.env(), m=c.artemis_mask(), s=c.svc(), m2=c.artemis_mask())
    return c.ch(['etc/broker.xml', 'artemis/etc/broker.xml']), text


@L('artemis', 'hashed_users')
def la_art_hashed_users(c):
    lines = ['## artemis-users.properties (hashed by "artemis user add")']
    for _ in range(c.ri(2, 4)):
        lines.append('%s = ENC(%s)' % (c.user(), c.artemis_hash()))
    return c.ch(['etc/artemis-users.properties', 'artemis/etc/artemis-users.properties']), '\n'.join(lines) + '\n'


@L('artemis', 'masked_password')
def la_art_bootstrap_masked(c):
    text = T('''<broker xmlns="http://activemq.apache.org/schema">
   <web path="web">
       <binding uri="https://0.0.0.0:8443" keyStorePath="${artemis.instance}/etc/keystore.p12"
                keyStorePassword="ENC(@@a@@)" trustStorePassword="ENC(@@b@@)">
           <app url="console" war="console.war"/>
       </binding>
   </web>
</broker>
''', a=c.artemis_mask(), b=c.artemis_mask())
    return 'etc/bootstrap.xml', text


@L('tibco', 'mangled_password')
def la_tib_routes(c):
    text = T('''# routes.conf / tibemsd.conf excerpt -- passwords mangled by tibemsadmin
[@@peer@@]
  url            = ssl://@@h@@:7243
  ssl_identity   = /opt/tibco/ems/certs/route.p12
  ssl_password   = @@m@@

# server
server          = EMS-@@e@@
password        = @@m2@@
users           = /opt/tibco/ems/config/users.conf
authorization   = enabled
''', peer='EMS-' + c.env().upper() + '-DR', h=c.host('ems'), m=c.tib_man(), e=c.env().upper(), m2=c.tib_man())
    return c.ch(['ems/config/tibemsd.conf', 'tibco/ems/routes.conf']), text


@L('mosquitto', 'password_hash')
def la_mosq_passwd(c):
    lines = ['%s:%s' % (c.ch(['sensor-%03d' % c.ri(1, 999), 'gw-%04d' % c.ri(1, 9999), 'telegraf', 'dashboard', 'nodered']), c.mosq_hash()) for _ in range(c.ri(2, 5))]
    return c.ch(['mosquitto/config/passwd', 'etc/mosquitto/passwd']), '\n'.join(lines) + '\n'


@L('nats', 'nkey_public')
def la_nats_nkey_users(c):
    users = '\n'.join('    {nkey: %s, permissions: {publish: "%s.>"}}' % (c.nkey_pub('U'), c.svc()) for _ in range(c.ri(2, 4)))
    text = 'port: 4222\nserver_name: %s\n\nauthorization {\n  users: [\n%s\n  ]\n}\n' % (c.nkey_pub('N'), users)
    return c.ch(['deploy/nats/nats.conf', 'nats/auth.conf']), text


@L('nats', 'public_jwt')
def la_nats_resolver(c):
    op = c.nkey_pub('O')
    sysacc = c.nkey_pub('A')
    acc = c.nkey_pub('A')
    text = T('''# Operator mode, memory resolver. JWTs below are public, signed claims.
operator: @@opjwt@@
system_account: @@sys@@

resolver: MEMORY
resolver_preload: {
  @@sys@@: @@sysjwt@@
  @@acc@@: @@accjwt@@
}
''', opjwt=c.nats_jwt('operator', iss=op, sub=op, name='ACME'), sys=sysacc,
             sysjwt=c.nats_jwt('account', iss=op, sub=sysacc, name='SYS'), acc=acc,
             accjwt=c.nats_jwt('account', iss=op, sub=acc, name=c.svc().upper()))
    return c.ch(['nats/resolver.conf', 'deploy/nats/resolver.conf']), text


@L('nats', 'nkey_public')
def la_nsc_describe(c):
    rows = []
    for k, t in [('Account ID', 'A'), ('Issuer ID', 'O'), ('Signing Key', 'A'), ('User ID', 'U')]:
        rows.append('| %-22s | %-56s |' % (k, c.nkey_pub(t)))
    text = '```\n$ nsc describe user -a %s %s\n+%s+\n%s\n| Issued                 | 2024-%02d-%02d 09:12:44 UTC%s |\n| Expires                | %-56s |\n+%s+\n```\n' % (
        c.svc().upper(), c.svc(), '-' * 83, '\n'.join(rows), c.ri(1, 12), c.ri(1, 28), ' ' * 32, '', '-' * 83)
    return c.ch(['docs/nats/accounts.md', 'docs/nsc-notes.md']), text


@L('nats', 'xkey_public')
def la_nats_allowlist_js(c):
    keys = ',\n'.join('  "%s", // %s' % (c.nkey_pub(c.ch('UAX')), c.svc()) for _ in range(c.ri(3, 6)))
    text = '// Public keys allowed to call the auth callout service\nexport const ALLOWED_ISSUERS = [\n%s\n];\n\nexport const SERVICE_XKEY = "%s";\n' % (keys, c.nkey_pub('X'))
    return c.ch(['src/authcallout/allowlist.ts', 'callout/keys.js']), text


@L('zeromq', 'curve_public_key')
def la_zmq_public_cert(c):
    text = '#   ****  Generated on 2024-0%d-1%d by CZMQ  ****\n#   ZeroMQ CURVE Public Certificate\n#   Exchange securely, or use a secure mechanism to verify the contents\n#   of this file after exchange. Store public certificates in your home\n#   directory, in the .curve subdirectory.\n\nmetadata\n    name = "%s"\ncurve\n    public-key = "%s"\n' % (
        c.ri(1, 9), c.ri(0, 9), c.svc(), c.z85key())
    return c.ch(['certs/server.key', 'config/curve/public/%s.key' % c.svc()]), text


@L('zeromq', 'curve_public_key')
def la_zmq_client_cfg(c):
    text = T('''import zmq
import zmq.auth

SERVER_PUBLIC_KEY = b"@@pub@@"  # published in docs/keys.md


def connect(ctx, cert_path="/etc/feed/client.key_secret"):
    public, secret = zmq.auth.load_certificate(cert_path)
    sock = ctx.socket(zmq.SUB)
    sock.curve_publickey = public
    sock.curve_secretkey = secret
    sock.curve_serverkey = SERVER_PUBLIC_KEY
    sock.connect("tcp://@@h@@:5556")
    return sock
''', pub=c.z85key(), h=c.host('feed'))
    return c.ch(['client/feed.py', 'src/zmq_client.py']), text


@L('rabbitmq', 'message_ids')
def la_amqp_consumer_log(c):
    lines = []
    s = c.svc()
    for i in range(c.ri(6, 10)):
        lines.append('2024-06-0%dT08:%02d:%02d.%03dZ INFO consumer_tag=amq.ctag-%s delivery_tag=%d message_id=%s correlation_id=%s routing_key=%s.%s redelivered=%s'
                     % (c.ri(1, 9), c.ri(0, 59), c.ri(0, 59), c.ri(0, 999), b64u(c.rb(16)), c.ri(1, 90000), c.uuid(), c.uuid(), s,
                        c.ch(['created', 'updated', 'cancelled', 'shipped']), c.ch(['false', 'false', 'true'])))
    return c.ch(['logs/consumer.log', 'var/log/%s-consumer.log' % s]), '\n'.join(lines) + '\n'


@L('ibmmq', 'message_ids')
def la_ibmmq_msgid(c):
    lines = []
    qm = 'QM' + c.rs(UPPER, 2)
    pre = '414d5120' + qm.encode().hex() + '2020202020202020202020202020'[:24 - 2 * len(qm)]
    for i in range(c.ri(5, 9)):
        lines.append('%s JMSMessageID=ID:%s%s JMSCorrelationID=ID:%s queue=%s.REPLY put=%d'
                     % ('2024-03-%02d 11:%02d:%02d' % (c.ri(1, 28), c.ri(0, 59), c.ri(0, 59)), pre, c.hexs(16), c.hexs(48), c.svc().upper(), c.ri(1, 500)))
    return c.ch(['logs/mq-bridge.log', 'var/log/mq/replies.log']), '\n'.join(lines) + '\n'


@L('ibmmq', 'chlauth')
def la_runmqsc_chlauth(c):
    ch = c.ch(['APP.SVRCONN', 'CLIENT.TLS', '%s.SVRCONN' % c.svc().upper()])
    text = T('''* @@qm@@ channel security
DEFINE CHANNEL('@@ch@@') CHLTYPE(SVRCONN) TRPTYPE(TCP) SSLCIPH(ANY_TLS12_OR_HIGHER) SSLCAUTH(OPTIONAL) REPLACE
SET CHLAUTH('@@ch@@') TYPE(ADDRESSMAP) ADDRESS('10.20.*') USERSRC(CHANNEL) CHCKCLNT(REQUIRED) ACTION(REPLACE)
SET CHLAUTH('@@ch@@') TYPE(SSLPEERMAP) SSLPEER('CN=@@svc@@,OU=apps,O=@@CO@@') USERSRC(MAP) MCAUSER('@@svc@@') ACTION(REPLACE)
SET CHLAUTH('*') TYPE(BLOCKUSER) USERLIST('nobody','*MQADMIN') ACTION(REPLACE)
ALTER QMGR CONNAUTH('SYSTEM.DEFAULT.AUTHINFO.IDPWOS')
ALTER AUTHINFO('SYSTEM.DEFAULT.AUTHINFO.IDPWOS') AUTHTYPE(IDPWOS) CHCKCLNT(REQDADM) ADOPTCTX(YES)
REFRESH SECURITY TYPE(CONNAUTH)
''', qm='QM' + c.rs(UPPER, 2), ch=ch, svc=c.svc(), CO=c.co().upper())
    return c.ch(['mq/mqsc/chlauth.mqsc', 'config/qmgr/20-security.mqsc']), text


@L('ibmmq', 'cert_fingerprint')
def la_runmqakm_list(c):
    fp = lambda n: ':'.join(c.hexs(2).upper() for _ in range(n))
    text = '$ runmqakm -cert -details -db key.kdb -stashed -label ibmwebspheremq%s\nLabel : ibmwebspheremq%s\nKey Size : 2048\nVersion : X509 V3\nSerial : %s\nIssuer : CN=%s Issuing CA,O=%s\nSubject : CN=%s,OU=MQ\nNot Before : March %d, 2024 10:00:00 AM GMT\nNot After : March %d, 2026 10:00:00 AM GMT\nFingerprint : SHA1 : %s\nFingerprint : SHA256 : %s\nSignature Algorithm : SHA256WithRSASignature (1.2.840.113549.1.1.11)\nTrust Status : enabled\n' % (
        c.svc(), c.svc(), c.hexs(32), c.co().capitalize(), c.co().capitalize(), c.host('mq'), c.ri(1, 28), c.ri(1, 28), fp(20), fp(32))
    return c.ch(['docs/mq/certificates.md', 'mq/keystore-inventory.txt']), text


@L('ibmmq', 'client_config')
def la_mqclient_ini(c):
    text = T('''CHANNELS:
   ChannelDefinitionDirectory=/var/mqm/ccdt
   ChannelDefinitionFile=ccdt.json
   ReconDelay=(1000,200)(2000,200)(4000,1000)
SSL:
   SSLKeyRepository=/var/mqm/ssl/client
   CertificateLabel=ibmwebspheremq@@u@@
   OCSPCheckExtensions=no
TCP:
   KeepAlive=YES
   ClntRcvBuffSize=0
''', u=c.user()[:8])
    return c.ch(['mq/mqclient.ini', 'config/mqclient.ini']), text


@L('amazon-sqs', 'receipt_handle')
def la_sqs_receive(c):
    msgs = []
    for _ in range(c.ri(1, 3)):
        body = json.dumps({'orderId': c.ri(10000, 99999), 'status': c.ch(['NEW', 'PAID', 'SHIPPED'])})
        msgs.append({'MessageId': c.uuid(), 'ReceiptHandle': 'AQEB' + c.b64(c.ri(180, 260)).replace('=', ''),
                     'MD5OfBody': hashlib.md5(body.encode()).hexdigest(), 'Body': body,
                     'Attributes': {'SentTimestamp': str(c.ri(1700000000000, 1730000000000)), 'ApproximateReceiveCount': '1'}})
    return c.ch(['docs/examples/sqs-receive-output.json', 'tests/fixtures/sqs_messages.json']), json.dumps({'Messages': msgs}, indent=2) + '\n'


@L('amazon-mq', 'resource_ids')
def la_amzmq_describe(c):
    bid = 'b-' + c.uuid()
    r = c.region()
    acct = ''.join(c.ch('0123456789') for _ in range(12))
    doc = {'BrokerId': bid, 'BrokerArn': 'arn:aws:mq:%s:%s:broker:%s-%s:%s' % (r, acct, c.svc(), c.env(), bid),
           'BrokerName': '%s-%s' % (c.svc(), c.env()), 'BrokerState': 'RUNNING', 'EngineType': 'RabbitMQ',
           'BrokerInstances': [{'ConsoleURL': 'https://%s.mq.%s.amazonaws.com' % (bid, r),
                                'Endpoints': ['amqps://%s.mq.%s.amazonaws.com:5671' % (bid, r)]}],
           'Users': [{'Username': c.user()}], 'Configurations': {'Current': {'Id': 'c-' + c.uuid(), 'Revision': c.ri(1, 9)}}}
    return c.ch(['docs/aws/mq-describe-broker.json', 'infra/outputs/broker.json']), json.dumps(doc, indent=2) + '\n'


@L('azure-servicebus', 'arm_reference')
def la_arm_listkeys(c):
    ns = '%s-%s' % (c.co(), c.svc())
    text = T('''{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "namespaceName": { "type": "string", "defaultValue": "@@ns@@" } },
  "variables": {
    "authRuleId": "[resourceId('Microsoft.ServiceBus/namespaces/authorizationRules', parameters('namespaceName'), 'RootManageSharedAccessKey')]"
  },
  "resources": [],
  "outputs": {
    "serviceBusConnectionString": {
      "type": "securestring",
      "value": "[listKeys(variables('authRuleId'), '2022-10-01-preview').primaryConnectionString]"
    }
  }
}
''', ns=ns)
    return c.ch(['infra/arm/servicebus.json', 'deploy/azuredeploy.json']), text


@L('azure-eventhubs', 'checkpoint')
def la_eh_checkpoint(c):
    items = []
    for p in range(c.ri(2, 4)):
        items.append({'partitionId': str(p), 'offset': str(c.ri(10 ** 8, 10 ** 10)), 'sequenceNumber': c.ri(10 ** 5, 10 ** 7),
                      'etag': '"0x8DC%s"' % c.hexs(12).upper(), 'ownerId': c.uuid()})
    return c.ch(['tests/fixtures/eh_checkpoints.json', 'docs/eh-checkpoint-sample.json']), json.dumps(items, indent=2) + '\n'


@L('azure-servicebus', 'managed_identity')
def la_sb_managed_identity(c):
    text = T('''using Azure.Identity;
using Azure.Messaging.ServiceBus;

// Passwordless: the app's managed identity has "Azure Service Bus Data Sender" on the namespace.
var client = new ServiceBusClient(
    "@@ns@@.servicebus.windows.net",
    new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = "@@cid@@" }));
var sender = client.CreateSender("@@q@@");
await sender.SendMessageAsync(new ServiceBusMessage("ping") { MessageId = "@@mid@@" });
''', ns='%s-%s' % (c.co(), c.env()), cid=c.uuid(), q=c.svc(), mid=c.uuid())
    return c.ch(['src/Sender/Program.cs', 'tools/SbPing/Program.cs']), text


@L('pulsar', 'public_key')
def la_pulsar_pubkey(c):
    der = bytes.fromhex('30820122300d06092a864886f70d01010105000382010f003082010a0282010100') + c.rb(256) + bytes.fromhex('0203010001')
    text = '### token verification with an RSA public key (the private key stays in the token service)\nauthenticationEnabled=true\nauthenticationProviders=org.apache.pulsar.broker.authentication.AuthenticationProviderToken\ntokenPublicKey=data:;base64,%s\ntokenAuthClaim=sub\n' % base64.b64encode(der).decode()
    return c.ch(['conf/broker.conf', 'pulsar/conf/proxy.conf']), text


@L('pulsar', 'message_ids')
def la_pulsar_stats(c):
    doc = {'msgRateIn': round(c.R.random() * 900, 3), 'msgThroughputIn': round(c.R.random() * 90000, 2),
           'publishers': [{'producerName': '%s-%d-%d' % (c.env(), c.ri(0, 9), c.ri(100, 9999)), 'producerId': c.ri(0, 40),
                           'address': '/10.%d.%d.%d:%d' % (c.ri(0, 255), c.ri(0, 255), c.ri(0, 255), c.ri(30000, 60000)),
                           'connectedSince': '2024-0%d-1%dT0%d:11:09.123Z' % (c.ri(1, 9), c.ri(0, 9), c.ri(0, 9))}],
           'subscriptions': {c.svc() + '-sub': {'msgBacklog': c.ri(0, 5000), 'type': 'Shared',
                                                  'lastAckedMessageId': '%d:%d:-1' % (c.ri(100, 99999), c.ri(0, 5000)),
                                                  'consumers': [{'consumerName': c.hexs(5), 'lastAckedTimestamp': c.ri(1700000000000, 1730000000000)}]}}}
    return c.ch(['docs/pulsar/topic-stats.json', 'tests/data/stats.json']), json.dumps(doc, indent=2) + '\n'


@L('rabbitmq', 'topology')
def la_rmq_topology(c):
    s = c.svc()
    text = T('''# Messaging topology for @@s@@ (no credentials here -- see ExternalSecret)
exchanges:
  - name: @@s@@.events
    type: topic
    durable: true
  - name: @@s@@.dlx
    type: fanout
queues:
  - name: @@s@@.created.v1
    arguments: {x-queue-type: quorum, x-dead-letter-exchange: @@s@@.dlx, x-delivery-limit: 5}
  - name: @@s@@.dlq
bindings:
  - {exchange: @@s@@.events, queue: @@s@@.created.v1, routing_key: "@@s@@.created.#"}
  - {exchange: @@s@@.dlx, queue: @@s@@.dlq, routing_key: ""}
consumer:
  prefetch: 50
  tag_prefix: @@s@@-@@h@@
''', s=s, h=c.hexs(8))
    return c.ch(['messaging/topology.yaml', 'config/rabbit-topology.yml']), text


@L('kubernetes', 'secret_reference')
def la_external_secret(c):
    s = c.svc()
    text = T('''apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: @@s@@-broker
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: @@s@@-broker
    template:
      data:
        AMQP_URL: "amqps://{{ .username }}:{{ .password }}@@@h@@:5671/@@s@@"
  data:
    - secretKey: username
      remoteRef: {key: messaging/@@e@@/@@s@@, property: username}
    - secretKey: password
      remoteRef: {key: messaging/@@e@@/@@s@@, property: password}
''', s=s, h=c.host(), e=c.env())
    return c.ch(['k8s/externalsecrets/%s-broker.yaml' % s, 'deploy/base/external-secret.yaml']), text


@L('docker', 'image_digest')
def la_compose_digests(c):
    text = T('''services:
  rabbitmq:
    image: rabbitmq:3.13.1-management@sha256:@@d1@@
    env_file: [rabbitmq.env.example]
  nats:
    image: nats:2.10.14-alpine@sha256:@@d2@@
    command: ["-js", "-m", "8222"]
  mosquitto:
    image: eclipse-mosquitto:2.0.18@sha256:@@d3@@
''', d1=c.hexs(64), d2=c.hexs(64), d3=c.hexs(64))
    return c.ch(['docker-compose.yml', 'compose.pinned.yaml']), text


@L('helm', 'chart_digest')
def la_chart_lock(c):
    text = 'dependencies:\n- name: rabbitmq\n  repository: oci://registry-1.docker.io/bitnamicharts\n  version: 14.%d.%d\n- name: nats\n  repository: https://nats-io.github.io/k8s/helm/charts/\n  version: 1.1.%d\ndigest: sha256:%s\ngenerated: "2024-0%d-%02dT1%d:22:31.104Z"\n' % (
        c.ri(0, 9), c.ri(0, 9), c.ri(0, 12), c.hexs(64), c.ri(1, 9), c.ri(1, 28), c.ri(0, 9))
    return c.ch(['charts/messaging/Chart.lock', 'deploy/helm/Chart.lock']), text


@L('tls', 'public_certificate')
def la_ca_configmap(c):
    body = base64.b64encode(bytes.fromhex('3082') + c.rb(c.ri(700, 900))).decode()
    pem = '\n'.join('    ' + body[i:i + 64] for i in range(0, len(body), 64))
    text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: broker-ca\n  namespace: messaging\ndata:\n  ca.crt: |\n    -----BEGIN CERTIFICATE-----\n%s\n    -----END CERTIFICATE-----\n' % pem
    return c.ch(['k8s/messaging/broker-ca.yaml', 'deploy/ca-bundle.yaml']), text


@L('rabbitmq', 'encoded_payload')
def la_dlq_dump(c):
    msgs = []
    for _ in range(c.ri(2, 4)):
        body = json.dumps({'orderId': c.ri(1000, 99999), 'sku': 'SKU-%05d' % c.ri(0, 99999), 'qty': c.ri(1, 9)}).encode()
        msgs.append({'payload_bytes': len(body), 'redelivered': True, 'exchange': c.svc() + '.events',
                     'routing_key': c.svc() + '.created', 'message_count': c.ri(0, 40), 'payload': base64.b64encode(body).decode(),
                     'payload_encoding': 'base64', 'properties': {'message_id': c.uuid(), 'correlation_id': c.uuid(),
                                                                  'headers': {'x-death': [{'count': c.ri(1, 5), 'reason': 'rejected'}]}}})
    return c.ch(['tests/fixtures/dlq_messages.json', 'docs/incidents/dlq-sample.json']), json.dumps(msgs, indent=2) + '\n'


@L('rabbitmq', 'cookie_hash')
def la_cookie_hash(c):
    text = 'Listing Erlang cookie sources used by CLI tools...\nCookie file path: /var/lib/rabbitmq/.erlang.cookie\nCookie file exists? true\nCookie file type: regular\nCookie file access: read\nCookie file size: 20\n\nCookie CLI Switch\n--erlang-cookie value set? false\n\nEnv variable  (Deprecated)\nRABBITMQ_ERLANG_COOKIE value set? false\n\n$ rabbitmq-diagnostics status | grep -i cookie\nCookie hash: %s\n' % base64.b64encode(c.rb(16)).decode()
    return c.ch(['docs/troubleshooting/cookie.md', 'notes/rabbit-cookie-debug.txt']), text


@L('rabbitmq', 'cluster_status')
def la_cluster_status(c):
    nodes = ['rabbit@rabbitmq-%d.rabbitmq-nodes.messaging' % i for i in range(3)]
    doc = {'cluster_name': 'rabbit@%s' % c.host(), 'cluster_id': 'rabbitmq-cluster-id-' + b64u(c.rb(16)), 'running_nodes': nodes,
           'disk_nodes': nodes, 'versions': {n: {'rabbitmq_version': '3.13.2', 'erlang_version': '26.2.5'} for n in nodes},
           'feature_flags': [{'name': 'quorum_queue', 'state': 'enabled'}, {'name': 'stream_queue', 'state': 'enabled'}]}
    return c.ch(['docs/rabbitmq/cluster-status.json', 'ops/snapshots/cluster_status.json']), json.dumps(doc, indent=2) + '\n'


@L('celery', 'task_ids')
def la_celery_log(c):
    s = c.svc()
    lines = ['[2024-04-%02d %02d:%02d:%02d,%03d: INFO/MainProcess] Task %s.tasks.%s[%s] received' % (
        c.ri(1, 28), c.ri(0, 23), c.ri(0, 59), c.ri(0, 59), c.ri(0, 999), s, c.ch(['sync', 'reindex', 'notify']), c.uuid()) for _ in range(c.ri(4, 8))]
    lines.insert(0, '[2024-04-01 00:00:01,000: INFO/MainProcess] Connected to amqp://%s:**@%s:5672/%s' % (c.user(s), c.host(), s))
    return c.ch(['logs/celery-worker.log', 'var/log/celery/%s.log' % s]), '\n'.join(lines) + '\n'


@L('checksums', 'sha256')
def la_sha256sums(c):
    files = ['rabbitmq-server-generic-unix-3.13.%d.tar.xz' % c.ri(0, 7), 'apache-artemis-2.3%d.0-bin.tar.gz' % c.ri(0, 5),
             'nats-server-v2.10.%d-linux-amd64.tar.gz' % c.ri(0, 20), 'apache-pulsar-3.%d.%d-bin.tar.gz' % (c.ri(0, 3), c.ri(0, 5))]
    return c.ch(['vendor/SHA256SUMS', 'downloads/checksums.txt']), ''.join('%s  %s\n' % (c.hexs(64), f) for f in files)


@L('solace', 'semp_output')
def la_solace_semp(c):
    doc = {'data': [{'msgVpnName': c.svc(), 'clientUsername': c.user(), 'enabled': True, 'aclProfileName': c.svc() + '-acl',
                     'clientProfileName': 'default', 'guaranteedEndpointPermissionOverrideEnabled': False}],
           'meta': {'request': {'method': 'GET', 'uri': 'https://%s:943/SEMP/v2/config/msgVpns/%s/clientUsernames' % (c.host('solace'), c.svc())},
                    'responseCode': 200, 'count': 1}, 'links': [{'uri': '/SEMP/v2/config/msgVpns/%s/clientUsernames/%s' % (c.svc(), c.user())}]}
    return c.ch(['docs/solace/client-usernames.json', 'tests/fixtures/semp_clients.json']), json.dumps(doc, indent=2) + '\n'


@L('azure-servicebus', 'sdk_hmac')
def la_sas_code(c):
    text = T('''import base64
import hashlib
import hmac
import time
import urllib.parse


def generate_sas_token(uri: str, key_name: str, key: str, ttl: int = 3600) -> str:
    """Build a Service Bus SAS token; the key comes from Key Vault at runtime."""
    expiry = str(int(time.time() + ttl))
    to_sign = (urllib.parse.quote_plus(uri) + "\\n" + expiry).encode("utf-8")
    sig = base64.b64encode(hmac.new(key.encode("utf-8"), to_sign, hashlib.sha256).digest())
    return "SharedAccessSignature sr={}&sig={}&se={}&skn={}".format(
        urllib.parse.quote_plus(uri), urllib.parse.quote_plus(sig), expiry, key_name)
''')
    return c.ch(['%s/sas.py' % c.svc(), 'lib/azure_sas.py']), text


@L('activemq', 'advisory_ids')
def la_activemq_ids(c):
    lines = []
    host = c.host('amq').split('.')[0]
    for _ in range(c.ri(4, 8)):
        lines.append('%s | INFO | Dispatch | messageId=ID:%s-%d-%d-1:%d:1:1:%d | destination=queue://%s.IN | JMSXGroupID=%s'
                     % ('2024-02-%02d 0%d:%02d:%02d,%03d' % (c.ri(1, 28), c.ri(0, 9), c.ri(0, 59), c.ri(0, 59), c.ri(0, 999)),
                        host, c.ri(30000, 60000), c.ri(10 ** 12, 10 ** 13), c.ri(1, 99), c.ri(1, 9999), c.svc().upper(), c.uuid()))
    return c.ch(['data/activemq.log', 'logs/activemq-dispatch.log']), '\n'.join(lines) + '\n'


@L('tibco', 'users_conf')
def la_tib_users_conf(c):
    lines = ['# users.conf -- passwords stored hashed by the EMS server']
    lines.append('admin:%s:"Administrator"' % c.tib_man())
    for _ in range(c.ri(1, 3)):
        lines.append('%s:%s:"%s service account"' % (c.user(), c.tib_man(), c.svc()))
    return c.ch(['ems/config/users.conf', 'tibco/cfgmgmt/ems/data/users.conf']), '\n'.join(lines) + '\n'


@L('masstransit', 'message_envelope')
def la_mt_envelope(c):
    doc = {'messageId': c.uuid(), 'requestId': c.uuid(), 'correlationId': c.uuid(), 'conversationId': c.uuid(),
           'sourceAddress': 'rabbitmq://%s/%s/%s_bus_%s' % (c.host(), c.vhost().strip('/') or 'root', c.svc(), b64u(c.rb(12))),
           'destinationAddress': 'rabbitmq://%s/%s' % (c.host(), c.svc() + '-submit'),
           'messageType': ['urn:message:Contracts:Submit%s' % c.svc().capitalize()],
           'message': {'orderId': c.uuid(), 'timestamp': '2024-05-0%dT12:00:00Z' % c.ri(1, 9)},
           'host': {'machineName': 'ip-10-0-%d-%d' % (c.ri(0, 255), c.ri(0, 255)), 'massTransitVersion': '8.2.%d.0' % c.ri(0, 5)}}
    return c.ch(['tests/Fixtures/envelope.json', 'docs/messages/submit-order.json']), json.dumps(doc, indent=2) + '\n'


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
ENV_OK = ('.env.example', '.env.sample', '.env.template', '.env.dist')


def is_blocked_env(path):
    base = path.rsplit('/', 1)[-1]
    return (base == '.env' or base.startswith('.env.')) and base not in ENV_OK


def filetype(path):
    base = path.rsplit('/', 1)[-1]
    if base.startswith('.env'):
        return 'env'
    if base == 'Dockerfile':
        return 'dockerfile'
    stem = base.lstrip('.')
    if '.' in stem:
        return stem.rsplit('.', 1)[-1].lower()
    return stem.lower()


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)


def schedule(c, items, n):
    """Every item at least once (if n allows), the rest weighted."""
    order = list(range(len(items)))
    c.R.shuffle(order)
    picks = order[:n]
    weights = [it.get('w', 1.0) for it in items]
    while len(picks) < n:
        picks.append(c.R.choices(range(len(items)), weights=weights)[0])
    c.R.shuffle(picks)
    return picks


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: gen_jy.py OUTDIR SEED')
    outdir, seed = sys.argv[1], int(sys.argv[2])
    c = Ctx(seed)
    manifest, secrets = [], []
    env_budget = N_POS // 20

    # positives
    picks = schedule(c, POS, N_POS)
    for i, k in enumerate(picks):
        while True:
            t = POS[k]
            c.is_pos = True
            v = SLOTS[t['slot']](c)
            res = t['fn'](c, v)
            path, text = res[0], res[1]
            needle = res[2] if len(res) > 2 else v
            if path.rsplit('/', 1)[-1].startswith('.env'):
                if env_budget <= 0:
                    k = c.R.randrange(len(POS))
                    continue
                env_budget -= 1
            break
        rel = 'pos/p%04d/%s' % (i, path)
        write(outdir, rel, text)
        assert needle and needle in text, (t['name'], needle)
        idx = text.index(needle)
        line = text.count('\n', 0, idx) + 1
        assert needle in text.split('\n')[line - 1], (t['name'], line)
        manifest.append({'file': rel, 'label': 'pos', 'provider': t['provider'], 'kind': t['kind'],
                         'filetype': filetype(path), 'template': t['name']})
        secrets.append({'file': rel, 'needle': needle, 'line': line})

    # negatives: half re-used positive templates, half look-alikes
    n_reuse = N_NEG // 2
    reuse = schedule(c, [dict(t, w=1.0) for t in POS], n_reuse)
    look = schedule(c, LOOK, N_NEG - n_reuse)
    jobs = [('reuse', k) for k in reuse] + [('look', k) for k in look]
    c.R.shuffle(jobs)
    for i, (mode, k) in enumerate(jobs):
        c.is_pos = False
        if mode == 'reuse':
            t = POS[k]
            v = neg_value(c, t['slot'], t['lang'], t['env'], t['rabbit'])
            res = t['fn'](c, v)
            path, text = res[0], res[1]
            if isinstance(v, Raw) and t['lang'] == 'py' and 'import os\n' not in text:
                text = 'import os\n' + text
            kind = 'placeholder:' + t['kind']
        else:
            t = LOOK[k]
            path, text = t['fn'](c)
            kind = t['kind']
        assert not is_blocked_env(path), path
        rel = 'neg/n%04d/%s' % (i, path)
        write(outdir, rel, text)
        manifest.append({'file': rel, 'label': 'neg', 'provider': t['provider'], 'kind': kind,
                         'filetype': filetype(path), 'template': t['name']})

    with open(os.path.join(outdir, 'manifest.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for m in manifest:
            f.write(json.dumps(m) + '\n')
    with open(os.path.join(outdir, 'secrets.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for s in secrets:
            f.write(json.dumps(s) + '\n')

    # re-read check: every needle really is on its line of the written file
    for s in secrets:
        with open(os.path.join(outdir, s['file']), encoding='utf-8') as f:
            lines = f.read().split('\n')
        assert s['needle'] in lines[s['line'] - 1], s['file']


if __name__ == '__main__':
    main()
