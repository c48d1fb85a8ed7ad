#!/usr/bin/env python3
"""Blind evaluation-set generator `gen_ki` for secret scanners.

EMPHASIS
    Change data capture (CDC) and database replication tooling, as found in
    platform / data-engineering repositories:
      * Debezium: Kafka Connect REST JSON, standalone connector .properties,
        debezium-server application.properties (Event Hubs / Pub/Sub sinks),
        Strimzi KafkaConnector CRs, embedded engine (Java), registration
        scripts (curl, Python).
      * Oracle GoldenGate: obey files (.oby), Extract/Replicat parameter files
        (.prm), ADD/ALTER CREDENTIALSTORE, DBLOGIN USERID ... PASSWORD,
        ENCKEYS files, ENCRYPT PASSWORD, Admin Client CONNECT, MA REST calls.
      * AWS DMS (aws dms create-endpoint, Terraform aws_dms_endpoint,
        CloudFormation, boto3, cli-input-json), Qlik Replicate task JSON,
        Striim TQL (OracleReader / DatabaseWriter / S3Writer), Maxwell's
        daemon config.properties, PostgreSQL logical replication and
        pglogical, MySQL CHANGE REPLICATION SOURCE TO / CHANGE MASTER TO,
        SQL Server replication stored procedures, Fivetran / HVR, Airbyte CDC
        sources, Estuary Flow, Arcion Replicant, Kafka Connect JDBC sink,
        Bucardo, SymmetricDS, Oracle Data Guard (orapwd, dgmgrl, rman).
    Kinds: database / replication user passwords, connection strings with a
    password, cloud access keys used by sinks (AWS secret access key, Azure
    storage key, Event Hubs SAS key, GCP service-account private key),
    Schema Registry / Confluent Cloud basic-auth secrets, GoldenGate ENCKEYS
    trail-encryption keys, SSH tunnel private keys (Airbyte).
    File types: json, properties, sql, prm, oby, yaml/yml, tf, sh, py, java,
    tql, md, xml, conf, cfg, Dockerfile, rc files, env, csv, log, txt.

USAGE
    python3 -B gen_ki.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files), OUTDIR/neg/nNNNN/<relpath>
    (500 files), OUTDIR/manifest.jsonl (one line per file) and
    OUTDIR/secrets.jsonl (one line per positive).  Deterministic per SEED:
    every random choice comes from one random.Random(SEED).  Standard library
    only.

NEEDLE CONVENTIONS
    * Passwords: the password value only, without quotes, key name or
      surrounding syntax (`PASSWORD x`, `password=x`, `@subscriber_password =
      N'x'`, `SOURCE_PASSWORD='x'`).
    * Connection strings / URLs (postgresql://u:p@h, mongodb://u:p@h,
      jdbc:oracle:thin:u/p@h, libpq 'host=.. password=p', ?password=p, ADO
      'Password=p;'): the password component only.
    * user:secret pairs (curl -u, basic.auth.user.info=KEY:SECRET,
      sasl.jaas.config username/password, dgmgrl/rman user/pass@tns): the
      secret half only.
    * AWS key pairs: the 40-character secret access key (the AKIA... id is
      written on its own line and is not the needle).  Confluent Cloud
      key pairs: the 64-character API secret (the 16-character key id is public).
    * Azure storage connection strings: the AccountKey value.  Event Hubs
      connection strings: the SharedAccessKey value.
    * GoldenGate ENCKEYS: the 0x... hexadecimal key value.
    * GCP service-account JSON: the whole JSON-escaped private_key string value
      (one physical line, with literal \\n sequences).
    * Multi-line PEM / OpenSSH private keys written as a YAML block: the
      `-----BEGIN ... PRIVATE KEY-----` header line text.
    `line` in secrets.jsonl is the 1-based line of the needle's first occurrence;
    the program asserts it.

NEGATIVES
    n0000..n0499.  Half (even-numbered folders) re-use the positive templates
    with the secret slot holding a non-secret: placeholders (<your-password>,
    YOUR_..._HERE, changeme, xxxxxxxx), empty values, masked values (********,
    [REDACTED]), environment / secret-manager references (${DB_PASSWORD},
    ${env:..}, ${file:..:..} and ${secrets:..} Kafka Connect config providers,
    vault:/op:// paths, CloudFormation {{resolve:secretsmanager:..}},
    os.environ[..], System.getenv(..), "$VAR"), template expressions
    ({{ .Values.x }}, {{ var }}, ${var.x}), and documented example values
    (Debezium tutorial `dbz`/`debezium`/`mysqlpw`, AWS `wJalr...EXAMPLEKEY`).
    Companion ids in those files are also neutralised (AKIAIOSFODNN7EXAMPLE or
    a reference).  The other half are domain look-alikes with no credential:
    LSNs, SCNs, GTID sets, binlog file/position pairs, replication slot and
    publication names, topic names, Kafka offsets and lag tables, server ids,
    GoldenGate trail names / RBAs / checkpoints, USERIDALIAS-only parameter
    files, `ENCRYPTKEY DEFAULT` and AES128 ENCRYPTKEY encrypted passwords,
    SQL Server LSN / xact_seqno hex, MongoDB resume tokens, Oracle XIDs and
    ROWIDs, mysql_native_password / SCRAM verifiers, sha256 digests, image
    digests, SOPS-encrypted values, PEM certificates and SSH public keys,
    Airbyte spec JSON with `airbyte_secret`, Terraform variables with
    `sensitive = true`, secrets_manager_arn endpoints, public Confluent ids.
    No negative file is named .env, .env.local, .env.production, ...

FORMATS CHECKED (search tool, providers' documentation)
    * Debezium: connector JSON keys database.hostname/port/user/password,
      database.server.id, topic.prefix, schema.history.internal.kafka.*;
      documented example password `dbz` (Red Hat build of Debezium docs).
    * GoldenGate: ALTER CREDENTIALSTORE {ADD|REPLACE|DELETE} USER userid
      [PASSWORD pw] [ALIAS a] [DOMAIN d], also userid@host:port/db form
      (Oracle GoldenGate 19c/21c/23 docs); ENCRYPT PASSWORD pw [AES128|AES192|
      AES256|BLOWFISH] ENCRYPTKEY {key_name|DEFAULT}, encrypted output is an
      uppercase-letter string (doc example `AACAAAAAAAAAAAIALCKDZIRHOJBHOJUH`);
      KEYGEN key_length n, keys up to 256 bits, pasted into ENCKEYS.
    * AWS DMS create-endpoint synopsis (--endpoint-identifier --endpoint-type
      --engine-name --username --password --server-name --port
      --database-name ...); aws_dms_endpoint arguments (endpoint_id,
      endpoint_type, engine_name, password, server_name, ssl_mode ...).
    * SQL Server sp_addpushsubscription_agent / sp_addpullsubscription_agent:
      @subscriber_security_mode, @subscriber_login, @subscriber_password,
      @job_login, @job_password.
    * Maxwell config.properties keys: user, password, host, port,
      replication_host/user/password, producer, kafka.bootstrap.servers,
      kafka_topic, client_id, replica_server_id, filter.
    * Striim CREATE SOURCE <name> USING <Reader> ( prop: 'value', ... )
      OUTPUT TO <stream>; Oracle Reader Connection URL <host>:<port>:<SID>;
      adapter passwords are an "encrypted password" property type.
    * Confluent Cloud: API key id is public (e.g. 16 upper-case alnum), the
      secret is confidential; secrets created after 2025-07-30 carry a `cflt`
      prefix.
    Not used: a GitGuardian detector page that came up in a search (a
    scanner's rule description) was ignored.

DOUBTS
    * Confluent secret: length 64 and alphabet [A-Za-z0-9+/] are from memory,
      the new `cflt`-prefixed layout could not be confirmed, so only the
      legacy layout is generated.
    * AWS secret access key alphabet/length (40, base64-like) and AKIA +
      16 [A-Z2-7] ids are from general knowledge, not re-checked this session.
    * Azure storage key (88 base64 chars) and Event Hubs SAS key (44 base64
      chars) lengths are from memory.
    * GCP private key body is random base64 after a plausible PKCS#8 prefix,
      not a structurally valid RSA key; the OpenSSH ed25519 key is
      structurally valid openssh-key-v1 with random key bytes.
    * Qlik Replicate task JSON layout (databases[].db_settings with $type),
      `repctl setserverpassword`, Striim S3Writer property names, Bucardo
      .bucardorc keys, HVR/Fivetran config layout, Arcion yaml keys, and
      Estuary `password` under endpoint config are written from memory of
      public examples and not confirmed against documentation.
    * ENCKEYS layout (key name then 0x hex value per line) is from memory.
"""

import base64
import json
import os
import random
import struct
import sys

LOW = 'abcdefghijklmnopqrstuvwxyz'
UP = LOW.upper()
DIG = '0123456789'
ALNUM = LOW + UP + DIG
HEXL = '0123456789abcdef'
HEXU = HEXL.upper()


class Raw(str):
    """A code expression (not a string literal) for the secret slot."""


def q(s, ch='"'):
    """Quote a slot value for code, unless it is a raw expression."""
    return str(s) if isinstance(s, Raw) else ch + s + ch


def rs(r, alpha, n):
    return ''.join(r.choice(alpha) for _ in range(n))


def hexs(r, n, upper=False):
    return rs(r, HEXU if upper else HEXL, n)


WORDS = ['amber', 'falcon', 'river', 'copper', 'tundra', 'lantern', 'orbit',
         'maple', 'quartz', 'harbor', 'cobalt', 'meadow', 'granite', 'willow',
         'ember', 'glacier', 'saffron', 'pebble', 'violet', 'thunder',
         'juniper', 'canyon', 'walnut', 'sparrow', 'crimson', 'nebula',
         'otter', 'basalt', 'fjord', 'indigo', 'marble', 'zephyr', 'cactus',
         'drift', 'pylon', 'rook', 'sable', 'tidal', 'umber', 'vortex']

SYMS = {'std': '-_.*%^+~!#', 'url': '-_.~', 'gg': '-_.#*%', 'sh': '-_.%+~,',
        'xml': '-_.*%^+~!#', 'sql': '-_.*%^+~!#@'}


def password(r, ctx='std'):
    sym = SYMS.get(ctx, SYMS['std'])
    style = r.randrange(6)
    if style == 0:
        n = r.randint(14, 24)
        while True:
            p = rs(r, ALNUM + sym * 2, n)
            if (any(c in LOW for c in p) and any(c in UP for c in p)
                    and any(c in DIG for c in p) and any(c in sym for c in p)
                    and p[0] in ALNUM):
                return p
    if style == 1:
        cons, vow = 'bcdfghjkmnpqrstvwxz', 'aeiou'
        p = ''
        for _ in range(r.randint(3, 4)):
            p += r.choice(cons) + r.choice(vow) + r.choice(cons)
            p += r.choice(DIG)
        p = ''.join(c.upper() if r.random() < 0.3 else c for c in p)
        return p
    if style == 2:
        sep = r.choice('-_.')
        ws = [r.choice(WORDS) for _ in range(3)]
        ws[r.randrange(3)] = ws[0].capitalize() if r.random() < 0.5 else ws[1].upper()
        ws.insert(r.randrange(4), str(r.randint(10, 9999)))
        return sep.join(ws)
    if style == 3:
        alpha = ALNUM + ('-_' if ctx in ('url', 'gg', 'sh') else '+/')
        return rs(r, alpha, r.choice([24, 32]))
    if style == 4:
        return hexs(r, r.choice([24, 32, 40]))
    while True:
        p = rs(r, ALNUM, r.randint(20, 32))
        if any(c in DIG for c in p) and any(c in UP for c in p):
            return p


def aws_id(r):
    return 'AKIA' + rs(r, UP + '234567', 16)


def aws_secret(r):
    while True:
        s = rs(r, ALNUM + '+/', 40)
        if any(c in DIG for c in s):
            return s


def conf_key(r):
    return rs(r, UP + DIG, 16)


def conf_secret(r):
    return rs(r, ALNUM + '+/', 64)


def b64bytes(r, n):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


def ssh_ed25519_private(r, comment):
    def st(b):
        return struct.pack('>I', len(b)) + b
    pub = bytes(r.randrange(256) for _ in range(32))
    priv = bytes(r.randrange(256) for _ in range(32))
    blob = st(b'ssh-ed25519') + st(pub)
    chk = struct.pack('>I', r.randrange(1 << 32))
    sec = chk + chk + st(b'ssh-ed25519') + st(pub) + st(priv + pub) + st(comment.encode())
    i = 1
    while len(sec) % 8:
        sec += bytes([i])
        i += 1
    body = (b'openssh-key-v1\x00' + st(b'none') + st(b'none') + st(b'')
            + struct.pack('>I', 1) + st(blob) + st(sec))
    b = base64.b64encode(body).decode()
    lines = [b[i:i + 70] for i in range(0, len(b), 70)]
    return ('-----BEGIN OPENSSH PRIVATE KEY-----\n' + '\n'.join(lines)
            + '\n-----END OPENSSH PRIVATE KEY-----')


def gcp_private_key(r):
    body = 'MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ' + rs(r, ALNUM + '+/', 1550) + '=='
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return '-----BEGIN PRIVATE KEY-----\n' + '\n'.join(lines) + '\n-----END PRIVATE KEY-----\n'


def make_secret(r, sec, ctx):
    """Return (slot_value, needle) for a positive."""
    if sec == 'pw':
        p = password(r, ctx)
        return p, p
    if sec == 'aws':
        s = aws_secret(r)
        return s, s
    if sec == 'conf':
        s = conf_secret(r)
        return s, s
    if sec == 'azure':
        s = b64bytes(r, 64)
        return s, s
    if sec == 'sas':
        s = b64bytes(r, 32)
        return s, s
    if sec == 'ggkey':
        s = '0x' + hexs(r, r.choice([32, 48, 64]), upper=True)
        return s, s
    if sec == 'gcp':
        s = gcp_private_key(r)
        return s, json.dumps(s)[1:-1]
    if sec == 'ssh':
        s = ssh_ed25519_private(r, r.choice(['airbyte@bastion', 'cdc-tunnel', 'deploy@jump01']))
        return s, '-----BEGIN OPENSSH PRIVATE KEY-----'
    raise ValueError(sec)


# ---------------------------------------------------------------- context
REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'ca-central-1']
APPS = ['orders', 'billing', 'inventory', 'payments', 'crm', 'ledger', 'catalog', 'shipping',
        'accounts', 'claims', 'loyalty', 'fulfil', 'pricing', 'hr']
ENVS = ['prod', 'staging', 'dev', 'qa', 'uat', 'dr']


def app(r):
    return r.choice(APPS)


def env(r):
    return r.choice(ENVS)


def rds_host(r, name=None):
    name = name or (app(r) + '-' + r.choice(['db', 'primary', 'src', 'rw']))
    return '%s.%s.%s.rds.amazonaws.com' % (name, rs(r, LOW + DIG, 12), r.choice(REGIONS))


def int_host(r, kind='pg'):
    base = {'pg': ['pg', 'postgres', 'pgsql'], 'my': ['mysql', 'mariadb', 'my'],
            'ora': ['ora', 'oracle', 'orcl', 'exa'], 'ms': ['mssql', 'sql', 'sqlsrv']}[kind]
    return '%s-%s-%02d.%s' % (r.choice(base), app(r), r.randint(1, 12),
                              r.choice(['internal', 'corp.local', 'svc.cluster.local', 'dc1.lan', 'db.internal']))


def host(r, kind='pg'):
    return rds_host(r) if r.random() < 0.35 else int_host(r, kind)


def ip(r):
    return '10.%d.%d.%d' % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 250))


def bootstrap(r):
    if r.random() < 0.3:
        return 'pkc-%s.%s.aws.confluent.cloud:9092' % (rs(r, LOW + DIG, 5), r.choice(REGIONS))
    return ','.join('kafka-%d.%s:9092' % (i, r.choice(['kafka.svc', 'broker.internal', 'mq.corp.local']))
                    for i in range(r.randint(1, 3)))


def sr_url(r):
    if r.random() < 0.5:
        return 'https://psrc-%s.%s.aws.confluent.cloud' % (rs(r, LOW + DIG, 5), r.choice(REGIONS))
    return 'http://schema-registry.%s:8081' % r.choice(['kafka.svc', 'internal', 'corp.local'])


def dbuser(r, pool=None):
    return r.choice(pool or ['debezium', 'cdc_user', 'replicator', 'repl', 'cdc_reader', 'dbz_capture',
                             'logical_repl', 'etl_cdc', 'svc_cdc'])


def pick(r, xs):
    return r.choice(xs)


def uuid(r):
    h = hexs(r, 32)
    h = h[:12] + '4' + h[13:16] + r.choice('89ab') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def lsn(r):
    return '%X/%X' % (r.randint(0, 0x3F), r.randint(0x1000000, 0xFFFFFFFF))


def scn(r):
    return str(r.randint(10 ** 9, 9 * 10 ** 12))


def gtid_set(r):
    return ','.join('%s:1-%d' % (uuid(r), r.randint(1000, 9999999)) for _ in range(r.randint(1, 2)))


def binlog(r):
    return '%s.%06d' % (r.choice(['mysql-bin', 'binlog', 'mysqld-bin']), r.randint(1, 4000))


def ts(r):
    return '2024-%02d-%02dT%02d:%02d:%02dZ' % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                                               r.randint(0, 59), r.randint(0, 59))


def dt(r):
    return '2024-%02d-%02d %02d:%02d:%02d' % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                                             r.randint(0, 59), r.randint(0, 59))


def jdump(o):
    return json.dumps(o, indent=2) + '\n'


def props_name(r, conventional, unusual):
    """Pick the conventional key about half the time."""
    return conventional if r.random() < 0.5 else r.choice(unusual)


# ================================================================ positives
POS = []


def P(provider, kind, sec='pw', ctx='std', lang=None):
    def d(f):
        POS.append({'name': f.__name__, 'provider': provider, 'kind': kind, 'sec': sec,
                    'ctx': ctx, 'lang': lang, 'fn': f})
        return f
    return d


# ---------------------------------------------------------------- Debezium
@P('debezium', 'database-password')
def dbz_mysql_rest_json(r, s, x):
    a = app(r)
    cfg = {
        'connector.class': 'io.debezium.connector.mysql.MySqlConnector',
        'tasks.max': '1',
        'database.hostname': host(r, 'my'),
        'database.port': '3306',
        'database.user': dbuser(r),
        'database.password': s,
        'database.server.id': str(r.randint(5400, 999999)),
        'topic.prefix': a + '-' + env(r),
        'database.include.list': a,
        'schema.history.internal.kafka.bootstrap.servers': bootstrap(r),
        'schema.history.internal.kafka.topic': 'schema-changes.' + a,
        'include.schema.changes': 'true',
        'snapshot.mode': pick(r, ['initial', 'when_needed', 'schema_only']),
    }
    p = pick(r, ['connectors/%s-mysql-source.json' % a, 'kafka-connect/connectors/%s.json' % a,
                 'deploy/connect/mysql-%s.json' % a])
    return p, jdump({'name': a + '-mysql-cdc', 'config': cfg})


@P('debezium', 'database-password', ctx='sh')
def dbz_pg_register_sh(r, s, x):
    a = app(r)
    body = jdump({'name': a + '-pg-source', 'config': {
        'connector.class': 'io.debezium.connector.postgresql.PostgresConnector',
        'plugin.name': 'pgoutput',
        'database.hostname': host(r, 'pg'), 'database.port': '5432',
        'database.user': dbuser(r), 'database.password': s,
        'database.dbname': a, 'topic.prefix': a,
        'slot.name': 'dbz_' + a, 'publication.name': 'dbz_publication',
        'table.include.list': 'public.%s,public.%s_items' % (a, a)}})
    txt = ('#!/usr/bin/env bash\n# Registers the %s Postgres source with Kafka Connect.\n'
           'set -euo pipefail\n\nCONNECT_URL="${CONNECT_URL:-http://connect.%s:8083}"\n\n'
           'curl -sS -X POST -H "Content-Type: application/json" \\\n  "$CONNECT_URL/connectors" \\\n'
           "  -d @- <<'JSON'\n%sJSON\n\ncurl -sS \"$CONNECT_URL/connectors/%s-pg-source/status\" | jq .\n"
           % (a, pick(r, ['kafka.svc', 'internal']), body, a))
    return pick(r, ['scripts/register-%s-connector.sh' % a, 'bin/register_connector.sh']), txt


@P('debezium', 'database-password', ctx='std')
def dbz_standalone_props(r, s, x):
    a = app(r)
    key = 'database.password'
    txt = ('# Debezium %s connector (Kafka Connect standalone mode)\n'
           'name=%s-connector\nconnector.class=io.debezium.connector.postgresql.PostgresConnector\n'
           'tasks.max=1\nplugin.name=pgoutput\n'
           'database.hostname=%s\ndatabase.port=5432\ndatabase.user=%s\n%s=%s\n'
           'database.dbname=%s\ntopic.prefix=%s\nslot.name=%s_slot\npublication.autocreate.mode=filtered\n'
           'heartbeat.interval.ms=10000\n'
           % (a, a, host(r, 'pg'), dbuser(r), key, s, a, a + '_' + env(r), a))
    return pick(r, ['config/connect-%s-source.properties' % a, 'connect/%s-postgres.properties' % a]), txt


@P('debezium-server', 'database-password')
def dbz_server_app_props(r, s, x):
    a = app(r)
    txt = ('# debezium-server configuration\n'
           'debezium.sink.type=%s\n'
           'debezium.source.connector.class=io.debezium.connector.postgresql.PostgresConnector\n'
           'debezium.source.offset.storage.file.filename=data/offsets.dat\n'
           'debezium.source.offset.flush.interval.ms=0\n'
           'debezium.source.database.hostname=%s\ndebezium.source.database.port=5432\n'
           'debezium.source.database.user=%s\ndebezium.source.database.password=%s\n'
           'debezium.source.database.dbname=%s\ndebezium.source.topic.prefix=%s\n'
           'debezium.source.plugin.name=pgoutput\n'
           'quarkus.log.console.json=false\n'
           % (pick(r, ['kinesis', 'pubsub', 'redis', 'http']), host(r, 'pg'), dbuser(r), s, a, a))
    return pick(r, ['debezium-server/conf/application.properties', 'conf/application.properties',
                    'services/cdc/src/main/resources/application.properties']), txt


@P('debezium-server', 'eventhubs-sas-key', sec='sas')
def dbz_server_eventhubs(r, s, x):
    ns = app(r) + '-cdc-' + env(r)
    keyname = pick(r, ['RootManageSharedAccessKey', 'debezium-send', 'cdc-producer'])
    txt = ('debezium.sink.type=eventhubs\n'
           'debezium.sink.eventhubs.connectionstring=Endpoint=sb://%s.servicebus.windows.net/;'
           'SharedAccessKeyName=%s;SharedAccessKey=%s\n'
           'debezium.sink.eventhubs.hubname=%s-changes\n'
           'debezium.sink.eventhubs.maxbatchsize=%d\n'
           'debezium.source.connector.class=io.debezium.connector.sqlserver.SqlServerConnector\n'
           'debezium.source.database.hostname=%s\n'
           'debezium.source.database.user=${SQLSERVER_USER}\n'
           'debezium.source.database.password=${SQLSERVER_PASSWORD}\n'
           'debezium.source.database.names=%s\n'
           'debezium.source.topic.prefix=%s\n'
           'debezium.source.offset.storage.file.filename=/debezium/data/offsets.dat\n'
           % (ns, keyname, s, app(r), r.choice([50, 100, 200]), host(r, 'ms'), app(r), app(r)))
    return pick(r, ['debezium-server/application.properties', 'deploy/eventhubs/application.properties']), txt


@P('confluent-s3-sink', 'aws-secret-access-key', sec='aws')
def connect_s3_sink_json(r, s, x):
    a = app(r)
    cfg = {
        'connector.class': 'io.confluent.connect.s3.S3SinkConnector',
        'tasks.max': '2',
        'topics.regex': '%s\\.public\\..*' % a,
        's3.region': pick(r, REGIONS),
        's3.bucket.name': '%s-cdc-lake-%s' % (a, env(r)),
        's3.part.size': '5242880',
        'flush.size': '1000',
        'aws.access.key.id': x['akid'],
        'aws.secret.access.key': s,
        'storage.class': 'io.confluent.connect.s3.storage.S3Storage',
        'format.class': 'io.confluent.connect.s3.format.parquet.ParquetFormat',
        'partitioner.class': 'io.confluent.connect.storage.partitioner.TimeBasedPartitioner',
        'path.format': "'year'=YYYY/'month'=MM/'day'=dd",
        'locale': 'en-US', 'timezone': 'UTC',
    }
    return pick(r, ['connectors/s3-sink-%s.json' % a, 'sinks/%s-s3.json' % a]), jdump({'name': a + '-s3-sink', 'config': cfg})


@P('debezium', 'database-password')
def strimzi_kafkaconnector(r, s, x):
    a = app(r)
    k = props_name(r, 'database.password', ['database.password'])
    txt = ('apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaConnector\nmetadata:\n  name: %s-source\n'
           '  labels:\n    strimzi.io/cluster: cdc-connect\nspec:\n  class: io.debezium.connector.mysql.MySqlConnector\n'
           '  tasksMax: 1\n  config:\n    database.hostname: %s\n    database.port: 3306\n'
           '    database.user: %s\n    %s: "%s"\n    database.server.id: "%d"\n    topic.prefix: %s\n'
           '    database.include.list: %s\n    schema.history.internal.kafka.bootstrap.servers: cdc-kafka-bootstrap:9092\n'
           '    schema.history.internal.kafka.topic: schema-changes.%s\n'
           % (a, host(r, 'my'), dbuser(r), k, s, r.randint(10000, 99999), a, a, a))
    return pick(r, ['k8s/connectors/%s-source.yaml' % a, 'deploy/strimzi/kafkaconnector-%s.yaml' % a]), txt


@P('debezium', 'database-password')
def compose_debezium(r, s, x):
    pgv = pick(r, ['15', '16', '14'])
    var = props_name(r, 'POSTGRES_PASSWORD', ['POSTGRES_PASSWORD'])
    txt = ('services:\n  postgres:\n    image: postgres:%s\n    command: ["postgres", "-c", "wal_level=logical"]\n'
           '    environment:\n      POSTGRES_USER: %s\n      %s: "%s"\n      POSTGRES_DB: %s\n'
           '    ports:\n      - "5432:5432"\n  kafka:\n    image: bitnami/kafka:3.6\n'
           '    environment:\n      KAFKA_CFG_NODE_ID: "1"\n      KAFKA_CFG_PROCESS_ROLES: broker,controller\n'
           '  connect:\n    image: quay.io/debezium/connect:2.5\n    depends_on: [kafka, postgres]\n'
           '    environment:\n      BOOTSTRAP_SERVERS: kafka:9092\n      GROUP_ID: "1"\n'
           '      CONFIG_STORAGE_TOPIC: connect_configs\n      OFFSET_STORAGE_TOPIC: connect_offsets\n'
           '    ports:\n      - "8083:8083"\n' % (pgv, dbuser(r), var, s, app(r)))
    return pick(r, ['docker-compose.yml', 'cdc/docker-compose.yaml', 'dev/compose.yml']), txt


@P('debezium', 'database-password', lang='py')
def dbz_sqlserver_py(r, s, x):
    a = app(r)
    var = pick(r, ['payload', 'connector', 'cfg'])
    txt = ('"""Create or update the SQL Server CDC connector."""\nimport json\nimport os\n\nimport requests\n\n'
           'CONNECT = "http://connect.%s:8083"\n\n%s = {\n'
           '    "connector.class": "io.debezium.connector.sqlserver.SqlServerConnector",\n'
           '    "database.hostname": "%s",\n    "database.port": "1433",\n'
           '    "database.user": "%s",\n    "database.password": %s,\n'
           '    "database.names": "%s",\n    "database.encrypt": "true",\n'
           '    "topic.prefix": "%s",\n    "table.include.list": "dbo.%s",\n'
           '    "schema.history.internal.kafka.bootstrap.servers": "%s",\n'
           '    "schema.history.internal.kafka.topic": "schemahistory.%s",\n}\n\n\n'
           'def main():\n    resp = requests.put(f"{CONNECT}/connectors/%s-mssql/config", json=%s, timeout=30)\n'
           '    resp.raise_for_status()\n    print(json.dumps(resp.json(), indent=2))\n\n\n'
           'if __name__ == "__main__":\n    main()\n'
           % (pick(r, ['kafka.svc', 'internal']), var, host(r, 'ms'), dbuser(r), q(s), a.capitalize(), a, a,
              bootstrap(r), a, a, var))
    return pick(r, ['tools/upsert_mssql_connector.py', 'scripts/cdc/create_connector.py']), txt


@P('debezium', 'database-password', lang='java')
def dbz_embedded_java(r, s, x):
    a = app(r)
    cls = a.capitalize() + 'ChangeCapture'
    txt = ('package com.example.%s.cdc;\n\nimport io.debezium.engine.ChangeEvent;\nimport io.debezium.engine.DebeziumEngine;\n'
           'import io.debezium.engine.format.Json;\n\nimport java.util.Properties;\nimport java.util.concurrent.Executors;\n\n'
           'public final class %s {\n\n    public static void main(String[] args) {\n'
           '        Properties props = new Properties();\n'
           '        props.setProperty("name", "%s-engine");\n'
           '        props.setProperty("connector.class", "io.debezium.connector.mysql.MySqlConnector");\n'
           '        props.setProperty("offset.storage", "org.apache.kafka.connect.storage.FileOffsetBackingStore");\n'
           '        props.setProperty("offset.storage.file.filename", "/var/lib/%s/offsets.dat");\n'
           '        props.setProperty("database.hostname", "%s");\n'
           '        props.setProperty("database.port", "3306");\n'
           '        props.setProperty("database.user", "%s");\n'
           '        props.setProperty("database.password", %s);\n'
           '        props.setProperty("database.server.id", "%d");\n'
           '        props.setProperty("topic.prefix", "%s");\n\n'
           '        DebeziumEngine<ChangeEvent<String, String>> engine = DebeziumEngine.create(Json.class)\n'
           '                .using(props)\n                .notifying(record -> System.out.println(record.value()))\n'
           '                .build();\n        Executors.newSingleThreadExecutor().execute(engine);\n    }\n}\n'
           % (a, cls, a, a, host(r, 'my'), dbuser(r), q(s), r.randint(1000, 99999), a))
    return 'src/main/java/com/example/%s/cdc/%s.java' % (a, cls), txt


@P('confluent-schema-registry', 'schema-registry-basic-auth', sec='conf')
def sr_basic_auth_json(r, s, x):
    a = app(r)
    cfg = {
        'connector.class': 'io.debezium.connector.postgresql.PostgresConnector',
        'database.hostname': host(r, 'pg'),
        'database.user': dbuser(r),
        'database.password': '${file:/opt/connect/secrets/%s.properties:password}' % a,
        'database.dbname': a,
        'topic.prefix': a,
        'key.converter': 'io.confluent.connect.avro.AvroConverter',
        'value.converter': 'io.confluent.connect.avro.AvroConverter',
        'value.converter.schema.registry.url': sr_url(r),
        'value.converter.basic.auth.credentials.source': 'USER_INFO',
        'value.converter.basic.auth.user.info': '%s:%s' % (x['ck'], s),
    }
    return pick(r, ['connectors/%s-avro.json' % a, 'connect/%s-source-avro.json' % a]), jdump({'name': a + '-avro', 'config': cfg})


@P('confluent-cloud', 'kafka-api-secret', sec='conf')
def connect_worker_jaas(r, s, x):
    txt = ('# Kafka Connect distributed worker -> Confluent Cloud\n'
           'bootstrap.servers=pkc-%s.%s.aws.confluent.cloud:9092\n'
           'group.id=cdc-connect-%s\nkey.converter=org.apache.kafka.connect.json.JsonConverter\n'
           'value.converter=org.apache.kafka.connect.json.JsonConverter\n'
           'config.storage.topic=_cdc-connect-configs\noffset.storage.topic=_cdc-connect-offsets\n'
           'status.storage.topic=_cdc-connect-status\n\n'
           'security.protocol=SASL_SSL\nsasl.mechanism=PLAIN\n'
           'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="%s" password="%s";\n'
           'ssl.endpoint.identification.algorithm=https\n'
           'plugin.path=/usr/share/java,/usr/share/confluent-hub-components\n'
           % (rs(r, LOW + DIG, 5), pick(r, REGIONS), env(r), x['ck'], s))
    return pick(r, ['connect/connect-distributed.properties', 'config/worker.properties']), txt


@P('debezium', 'connection-string-password', ctx='url')
def dbz_oracle_url(r, s, x):
    a = app(r)
    u = pick(r, ['c##dbzuser', 'dbzuser', 'logminer_user'])
    cfg = {
        'connector.class': 'io.debezium.connector.oracle.OracleConnector',
        'database.url': 'jdbc:oracle:thin:%s/%s@%s:1521/%s' % (u, s, host(r, 'ora'), pick(r, ['ORCLPDB1', 'PRODPDB', 'FINPDB'])),
        'database.dbname': 'ORCLCDB',
        'database.pdb.name': 'ORCLPDB1',
        'log.mining.strategy': 'online_catalog',
        'topic.prefix': a,
        'table.include.list': 'APP.%s' % a.upper(),
        'schema.history.internal.kafka.bootstrap.servers': bootstrap(r),
        'schema.history.internal.kafka.topic': 'schema-changes.oracle.' + a,
    }
    return pick(r, ['connectors/oracle-%s.json' % a, 'deploy/connectors/%s-oracle.json' % a]), jdump({'name': a + '-oracle', 'config': cfg})


@P('debezium', 'connection-string-password', ctx='url')
def dbz_mongo_connstr(r, s, x):
    a = app(r)
    cs = 'mongodb://%s:%s@mongo-0.%s:27017,mongo-1.%s:27017/?replicaSet=rs0&authSource=admin' % (
        pick(r, ['debezium', 'cdc', 'change_reader']), s, a, a)
    txt = ('name=%s-mongodb\nconnector.class=io.debezium.connector.mongodb.MongoDbConnector\n'
           'mongodb.connection.string=%s\ntopic.prefix=%s\ncollection.include.list=%s.events,%s.outbox\n'
           'capture.mode=change_streams_update_full\n' % (a, cs, a, a, a))
    return pick(r, ['connect/mongodb-%s.properties' % a, 'config/mongo-source.properties']), txt


# ---------------------------------------------------------------- GoldenGate
@P('oracle-goldengate', 'credentialstore-password', ctx='gg')
def gg_obey_credstore(r, s, x):
    alias = pick(r, ['ggsrc', 'ogg_src', 'SRCDB', 'ggadmin_alias'])
    u = pick(r, ['c##ggadmin', 'ggadmin', 'oggadmin', 'ggs_owner'])
    txt = ('-- setup_credentials.oby\n-- Run from GGSCI: OBEY dirprm/setup_credentials.oby\n'
           'ADD CREDENTIALSTORE\n'
           'ALTER CREDENTIALSTORE ADD USER %s@%s PASSWORD %s ALIAS %s DOMAIN OracleGoldenGate\n'
           'INFO CREDENTIALSTORE\nDBLOGIN USERIDALIAS %s\nADD SCHEMATRANDATA %s ALLCOLS\n'
           % (u, pick(r, ['ORCLPDB1', 'SRCPDB', 'FINPROD']), s, alias, alias, app(r).upper()))
    return pick(r, ['dirprm/setup_credentials.oby', 'ogg/obey/credentials.oby']), txt


@P('oracle-goldengate', 'database-password', ctx='gg')
def gg_extract_prm(r, s, x):
    g = 'E' + app(r).upper()[:4]
    txt = ('-- Extract %s : integrated capture\nEXTRACT %s\nSETENV (ORACLE_SID = "%s")\n'
           'USERID c##ggadmin, PASSWORD %s\nEXTTRAIL ./dirdat/%s\nTRANLOGOPTIONS INTEGRATEDPARAMS (max_sga_size 256)\n'
           'DDL INCLUDE MAPPED\nREPORTCOUNT EVERY 15 MINUTES, RATE\nTABLE %s.*;\n'
           % (g, g, pick(r, ['ORCLCDB', 'PROD1', 'FINP']), s, rs(r, LOW, 2), app(r).upper()))
    return 'dirprm/%s.prm' % g.lower(), txt


@P('oracle-goldengate', 'database-password', ctx='gg')
def gg_replicat_prm(r, s, x):
    g = 'R' + app(r).upper()[:4]
    txt = ('REPLICAT %s\n-- apply to reporting PDB\nUSERID ggadmin@%s PASSWORD %s\n'
           'ASSUMETARGETDEFS\nDISCARDFILE ./dirrpt/%s.dsc, APPEND, MEGABYTES 100\n'
           'BATCHSQL\nMAP %s.*, TARGET RPT_%s.*;\n'
           % (g, pick(r, ['RPTPDB', 'TGTPDB', 'DWPDB']), s, g.lower(), app(r).upper(), app(r).upper()))
    return pick(r, ['dirprm/%s.prm' % g.lower(), 'ogg/dirprm/%s.prm' % g.lower()]), txt


@P('oracle-goldengate', 'trail-encryption-key', sec='ggkey')
def gg_enckeys(r, s, x):
    names = [pick(r, ['trailkey', 'superkey', 'ggkey']) + str(i) for i in range(1, 3)]
    bits = (len(s) - 2) * 4 if s.startswith('0x') and len(s) in (34, 50, 66) else 128
    txt = ('## Key name                 Key value\n## generated with KEYGEN %d 1, copy to every target host\n'
           '%-28s %s\n' % (bits, names[0], s))
    return pick(r, ['ENCKEYS', 'ogg/ENCKEYS', 'deploy/ogg/etc/conf/ogg/ENCKEYS']), txt


@P('oracle-goldengate', 'database-password', ctx='gg')
def gg_ggsci_heredoc(r, s, x):
    e = 'E' + app(r).upper()[:4]
    txt = ('#!/bin/bash\n# start capture after patching\nexport OGG_HOME=/u01/app/ogg\ncd "$OGG_HOME"\n\n'
           './ggsci <<EOF\nDBLOGIN USERID c##ggadmin@%s, PASSWORD %s\nREGISTER EXTRACT %s DATABASE CONTAINER (%s)\n'
           'START EXTRACT %s\nINFO ALL\nEOF\n' % (pick(r, ['CDB1', 'ORCLCDB']), s, e, pick(r, ['PDB1', 'ORCLPDB1']), e))
    return pick(r, ['scripts/ogg_start_capture.sh', 'ops/goldengate/restart_extract.sh']), txt


@P('oracle-goldengate', 'admin-password', ctx='gg')
def gg_adminclient(r, s, x):
    dep = pick(r, ['Source', 'Local', 'ogg_east', 'deploy1'])
    txt = ('-- adminclient script for microservices deployment\n'
           'CONNECT https://ogg-%s.internal:%d DEPLOYMENT %s AS oggadmin PASSWORD %s !\n'
           'INFO EXTRACT *\nINFO DISTPATH ALL\nSTATUS REPLICAT *\n'
           % (env(r), pick(r, [9011, 443, 16001]), dep, s))
    return pick(r, ['ogg/scripts/status.oby', 'dirprm/ma_status.oby']), txt


@P('oracle-goldengate', 'basic-auth-password', ctx='url', lang='sh')
def gg_rest_curl(r, s, x):
    txt = ('#!/bin/sh\n# List extracts via the GoldenGate Microservices REST API\n'
           'OGG=https://ogg-%s.internal:9011\n'
           'curl -s -k -u oggadmin:%s \\\n  -H "Accept: application/json" \\\n  "$OGG/services/v2/extracts" | python3 -m json.tool\n'
           % (env(r), s))
    return pick(r, ['tools/ogg-list-extracts.sh', 'scripts/ogg_rest_health.sh']), txt


@P('oracle-goldengate', 'credentialstore-password', ctx='gg')
def gg_runbook_md(r, s, x):
    a = app(r)
    txt = ('# GoldenGate capture for `%s`\n\n## 1. Credentials\n\nOn the source hub, add the capture user to the wallet:\n\n'
           '```\nGGSCI> ALTER CREDENTIALSTORE ADD USER c##ggadmin PASSWORD %s ALIAS gg_%s\nGGSCI> DBLOGIN USERIDALIAS gg_%s\n```\n\n'
           '## 2. Supplemental logging\n\n```\nGGSCI> ADD TRANDATA %s.* ALLCOLS\n```\n\n'
           '## 3. Extract\n\nSee `dirprm/e%s.prm`. Trail prefix `./dirdat/%s`.\n'
           % (a, s, a, a, a.upper(), a[:4], rs(r, LOW, 2)))
    return pick(r, ['docs/runbooks/goldengate-%s.md' % a, 'runbooks/ogg-setup.md']), txt


@P('oracle-goldengate', 'database-password', ctx='gg')
def gg_encrypt_cleartext(r, s, x):
    txt = ('Notes from the %s cutover\n===========================\n\n'
           '1. Generate the encrypted form of the replicat password:\n\n'
           '   GGSCI> ENCRYPT PASSWORD %s AES256 ENCRYPTKEY key%d\n\n'
           '2. Paste the output into dirprm/r%s.prm after USERID ggadmin, PASSWORD ... AES256, ENCRYPTKEY key%d\n'
           '3. Restart the replicat and check lag with LAG REPLICAT.\n'
           % (app(r), s, r.randint(1, 4), app(r)[:4], r.randint(1, 4)))
    return pick(r, ['docs/ogg-cutover-notes.txt', 'notes/goldengate_encrypt.txt']), txt


# ---------------------------------------------------------------- AWS DMS
@P('aws-dms', 'database-password', ctx='sh')
def dms_cli_create_endpoint(r, s, x):
    a = app(r)
    txt = ('#!/usr/bin/env bash\nset -e\n\naws dms create-endpoint \\\n'
           '  --endpoint-identifier %s-source-%s \\\n  --endpoint-type source \\\n  --engine-name %s \\\n'
           '  --username %s \\\n  --password \'%s\' \\\n  --server-name %s \\\n  --port %d \\\n'
           '  --database-name %s \\\n  --ssl-mode require \\\n  --region %s\n'
           % (a, env(r), pick(r, ['postgres', 'mysql', 'aurora-postgresql']), pick(r, ['dms_user', 'dms_repl', 'migration']), s,
              rds_host(r), pick(r, [5432, 3306]), a, pick(r, REGIONS)))
    return pick(r, ['infra/dms/create-source-endpoint.sh', 'migration/dms_endpoints.sh']), txt


@P('aws-dms', 'database-password')
def dms_tf_endpoint(r, s, x):
    a = app(r)
    attr = 'password'
    txt = ('resource "aws_dms_endpoint" "%s_source" {\n  endpoint_id   = "%s-src-%s"\n  endpoint_type = "source"\n'
           '  engine_name   = "%s"\n  server_name   = "%s"\n  port          = %d\n  database_name = "%s"\n'
           '  username      = "%s"\n  %s      = "%s"\n  ssl_mode      = "require"\n\n  tags = {\n    Team = "data-platform"\n  }\n}\n'
           % (a, a, env(r), pick(r, ['postgres', 'mysql', 'oracle']), rds_host(r), pick(r, [5432, 3306, 1521]), a,
              pick(r, ['dms_user', 'dms_cdc']), attr, s))
    return pick(r, ['terraform/dms/endpoints.tf', 'infra/modules/dms/main.tf']), txt


@P('aws', 'aws-secret-access-key', sec='aws')
def dms_tf_provider_keys(r, s, x):
    txt = ('provider "aws" {\n  region     = "%s"\n  access_key = "%s"\n  secret_key = "%s"\n}\n\n'
           'resource "aws_dms_replication_instance" "cdc" {\n  replication_instance_id    = "cdc-%s"\n'
           '  replication_instance_class = "dms.t3.medium"\n  allocated_storage          = 50\n}\n'
           % (pick(r, REGIONS), x['akid'], s, env(r)))
    return pick(r, ['terraform/dms/provider.tf', 'infra/dms-sandbox/main.tf']), txt


@P('aws-dms', 'database-password')
def dms_cfn_endpoint(r, s, x):
    a = app(r)
    txt = ('AWSTemplateFormatVersion: "2010-09-09"\nDescription: DMS endpoints for %s migration\nResources:\n'
           '  TargetEndpoint:\n    Type: AWS::DMS::Endpoint\n    Properties:\n      EndpointIdentifier: %s-target\n'
           '      EndpointType: target\n      EngineName: aurora-postgresql\n      ServerName: %s\n      Port: 5432\n'
           '      DatabaseName: %s\n      Username: dms_writer\n      Password: "%s"\n      SslMode: require\n'
           % (a, a, rds_host(r), a, s))
    return pick(r, ['cloudformation/dms-endpoints.yaml', 'cfn/%s-dms.yml' % a]), txt


@P('aws-dms', 'database-password', lang='py')
def dms_boto3(r, s, x):
    a = app(r)
    txt = ('import os\n\nimport boto3\n\n\ndef create_source_endpoint(region="%s"):\n    dms = boto3.client("dms", region_name=region)\n'
           '    return dms.create_endpoint(\n        EndpointIdentifier="%s-src",\n        EndpointType="source",\n'
           '        EngineName="mysql",\n        ServerName="%s",\n        Port=3306,\n        Username="dms_reader",\n'
           '        Password=%s,\n        SslMode="verify-full",\n    )\n\n\nif __name__ == "__main__":\n'
           '    print(create_source_endpoint()["Endpoint"]["EndpointArn"])\n'
           % (pick(r, REGIONS), a, rds_host(r), q(s)))
    return pick(r, ['scripts/dms/create_endpoint.py', 'migration/dms_setup.py']), txt


@P('aws-dms', 'database-password')
def dms_cli_input_json(r, s, x):
    a = app(r)
    d = {'EndpointIdentifier': '%s-oracle-src' % a, 'EndpointType': 'source', 'EngineName': 'oracle',
         'Username': 'DMS_USER', 'Password': s, 'ServerName': host(r, 'ora'), 'Port': 1521,
         'DatabaseName': pick(r, ['ORCL', 'PROD', 'FINP']),
         'ExtraConnectionAttributes': 'useLogminerReader=N;useBfile=Y',
         'Tags': [{'Key': 'project', 'Value': a}]}
    return pick(r, ['dms/endpoint-oracle-source.json', 'migration/endpoints/%s.json' % a]), jdump(d)


# ---------------------------------------------------------------- Qlik Replicate
@P('qlik-replicate', 'database-password')
def qlik_task_json(r, s, x):
    a = app(r)
    d = {'cmd.replication_definition': {
        'tasks': [{'task': {'name': '%s_to_snowflake' % a, 'source_name': '%s_src' % a, 'target_names': ['sf_tgt']},
                   'source': {'rep_source': {'source_name': '%s_src' % a, 'database_name': '%s_src' % a}}}],
        'databases': [{'name': '%s_src' % a, 'role': 'SOURCE', 'is_licensed': True, 'type_id': 'POSTGRESQL_COMPONENT_TYPE',
                       'db_settings': {'$type': 'PostgresqlsourceSettings', 'server': host(r, 'pg'), 'port': 5432,
                                       'username': 'qlik_repl', 'password': s, 'database': a,
                                       'heartbeatEnable': True}}]}}
    return pick(r, ['qlik/tasks/%s_to_snowflake.json' % a, 'replicate/export/%s.json' % a]), jdump(d)


@P('qlik-replicate', 'server-password', ctx='sh')
def qlik_repctl(r, s, x):
    txt = ('#!/bin/bash\n# Qlik Replicate post-install\nREPL_HOME=/opt/attunity/replicate\n'
           'cd "$REPL_HOME/bin"\n./repctl -d "$REPL_HOME/data" setserverpassword %s\n'
           'systemctl restart areplicate\n' % s)
    return pick(r, ['ansible/roles/qlik/files/post_install.sh', 'install/qlik_post_install.sh']), txt


# ---------------------------------------------------------------- Striim
@P('striim', 'database-password')
def striim_oracle_reader(r, s, x):
    a = app(r)
    txt = ('CREATE APPLICATION %sCDC;\n\nCREATE SOURCE %sOracleSrc USING OracleReader (\n'
           "  Username: 'striim',\n  Password: '%s',\n  ConnectionURL: '%s:1521:%s',\n"
           "  Tables: '%s.%%',\n  FetchSize: 1000\n)\nOUTPUT TO %sChangeStream;\n\n"
           'END APPLICATION %sCDC;\n'
           % (a.capitalize(), a.capitalize(), s, host(r, 'ora'), pick(r, ['ORCL', 'PROD']), a.upper(), a.capitalize(), a.capitalize()))
    return pick(r, ['striim/apps/%s_cdc.tql' % a, 'tql/%sCDC.tql' % a.capitalize()]), txt


@P('striim', 'database-password')
def striim_db_writer(r, s, x):
    a = app(r)
    txt = ('CREATE TARGET %sPgTarget USING DatabaseWriter (\n'
           "  ConnectionURL: 'jdbc:postgresql://%s:5432/%s',\n  Username: 'striim_writer',\n"
           "  Password: '%s',\n  Tables: '%s.%%,public.%%',\n  BatchPolicy: 'EventCount:1000,Interval:60'\n"
           ')\nINPUT FROM %sChangeStream;\n' % (a.capitalize(), host(r, 'pg'), a, s, a.upper(), a.capitalize()))
    return pick(r, ['striim/targets/%s_pg.tql' % a, 'tql/targets.tql']), txt


@P('striim', 'aws-secret-access-key', sec='aws')
def striim_s3_writer(r, s, x):
    a = app(r)
    txt = ('CREATE TARGET %sS3 USING S3Writer (\n'
           "  bucketname: '%s-cdc-archive',\n  objectname: '%s_changes.json',\n  foldername: '%s/%%@metadata(TableName)%%',\n"
           "  accesskeyid: '%s',\n  secretaccesskey: '%s',\n  region: '%s',\n"
           "  uploadpolicy: 'eventcount:10000,interval:5m'\n)\nFORMAT USING JSONFormatter ()\nINPUT FROM %sChangeStream;\n"
           % (a.capitalize(), a, a, env(r), x['akid'], s, pick(r, REGIONS), a.capitalize()))
    return pick(r, ['striim/targets/%s_s3.tql' % a, 'tql/archive_s3.tql']), txt


# ---------------------------------------------------------------- Maxwell
@P('maxwell', 'database-password')
def maxwell_config(r, s, x):
    txt = ('# tl;dr config\nlog_level=info\nproducer=kafka\nkafka.bootstrap.servers=%s\n\n'
           '# mysql login info\nhost=%s\nuser=maxwell\npassword=%s\n\n'
           'client_id=%s_maxwell\nreplica_server_id=%d\nkafka_topic=maxwell_%%{database}_%%{table}\n'
           'producer_partition_by=primary_key\nfilter=exclude: *.*, include: %s.*\n'
           % (bootstrap(r), host(r, 'my'), s, app(r), r.randint(1000, 99999), app(r)))
    return pick(r, ['maxwell/config.properties', 'config.properties', 'deploy/maxwell/config.properties']), txt


@P('maxwell', 'replication-password')
def maxwell_replication(r, s, x):
    txt = ('producer=kinesis\nkinesis_stream=%s-binlog\n\nhost=%s\nuser=maxwell\npassword=${MAXWELL_SCHEMA_PASSWORD}\n'
           'schema_database=maxwell\n\n# read binlog from the replica\nreplication_host=%s\nreplication_user=maxwell_repl\n'
           'replication_password=%s\nreplication_port=3306\n'
           % (app(r), host(r, 'my'), host(r, 'my'), s))
    return pick(r, ['maxwell/replica.properties', 'conf/maxwell-replica.properties']), txt


@P('maxwell', 'database-password', ctx='sh')
def maxwell_dockerfile(r, s, x):
    txt = ('FROM zendesk/maxwell:v1.41.0\n\nENV KAFKA_TOPIC=%s_cdc\n\n'
           'CMD ["bin/maxwell", "--host=%s", "--user=maxwell", "--password=%s", "--producer=kafka", '
           '"--kafka.bootstrap.servers=kafka:9092", "--kafka_topic=%s_cdc"]\n'
           % (app(r), host(r, 'my'), s, app(r)))
    return pick(r, ['maxwell/Dockerfile', 'docker/maxwell/Dockerfile']), txt


# ---------------------------------------------------------------- PostgreSQL logical replication
@P('postgresql', 'connection-string-password', ctx='url')
def pg_create_subscription(r, s, x):
    a = app(r)
    txt = ('-- target side: subscribe to the %s publication\n'
           'CREATE SUBSCRIPTION %s_sub\n'
           "    CONNECTION 'host=%s port=5432 dbname=%s user=%s password=%s sslmode=require'\n"
           '    PUBLICATION %s_pub\n    WITH (copy_data = true, create_slot = true, slot_name = \'%s_sub\');\n\n'
           'SELECT subname, subenabled FROM pg_subscription;\n'
           % (a, a, host(r, 'pg'), a, pick(r, ['replicator', 'logical_repl', 'repl_user']), s, a, a))
    return pick(r, ['migrations/replication/002_subscription.sql', 'sql/subscribe_%s.sql' % a]), txt


@P('pglogical', 'connection-string-password', ctx='url')
def pglogical_sub(r, s, x):
    a = app(r)
    txt = ("SELECT pglogical.create_node(\n    node_name := 'subscriber_%s',\n"
           "    dsn := 'host=%s port=5432 dbname=%s'\n);\n\n"
           "SELECT pglogical.create_subscription(\n    subscription_name := '%s_sub',\n"
           "    provider_dsn := 'host=%s port=5432 dbname=%s user=pglogical password=%s',\n"
           "    replication_sets := ARRAY['default', 'ddl_sql'],\n    synchronize_data := true\n);\n"
           % (env(r), host(r, 'pg'), a, a, host(r, 'pg'), a, s))
    return pick(r, ['sql/pglogical/subscriber.sql', 'db/pglogical_setup.sql']), txt


@P('postgresql', 'connection-string-password', ctx='url')
def pg_slot_consumer_py(r, s, x):
    a = app(r)
    txt = ('import psycopg2\nimport psycopg2.extras\n\nDSN = "postgresql://%s:%s@%s:5432/%s"\nSLOT = "%s_wal2json"\n\n\n'
           'def consume():\n    conn = psycopg2.connect(DSN, connection_factory=psycopg2.extras.LogicalReplicationConnection)\n'
           '    cur = conn.cursor()\n    cur.start_replication(slot_name=SLOT, decode=True)\n\n'
           '    def handler(msg):\n        print(msg.payload)\n        msg.cursor.send_feedback(flush_lsn=msg.data_start)\n\n'
           '    cur.consume_stream(handler)\n\n\nif __name__ == "__main__":\n    consume()\n'
           % (pick(r, ['replicator', 'cdc', 'wal_reader']), s, host(r, 'pg'), a, a))
    return pick(r, ['cdc/slot_consumer.py', 'tools/wal_tail.py']), txt


@P('postgresql', 'database-password', ctx='url')
def pgpass_file(r, s, x):
    h = host(r, 'pg')
    txt = ('# hostname:port:database:username:password\n%s:5432:replication:%s:%s\n'
           % (h, pick(r, ['replicator', 'standby', 'repl']), s))
    return pick(r, ['ansible/roles/pg_standby/files/.pgpass', 'ops/pg/.pgpass']), txt


# ---------------------------------------------------------------- MySQL replication
@P('mysql', 'replication-password', ctx='sql')
def mysql_change_source(r, s, x):
    txt = ('-- point the new replica at the primary (MySQL 8.0.23+ syntax)\nSTOP REPLICA;\n'
           "CHANGE REPLICATION SOURCE TO\n  SOURCE_HOST='%s',\n  SOURCE_PORT=3306,\n  SOURCE_USER='%s',\n"
           "  SOURCE_PASSWORD='%s',\n  SOURCE_AUTO_POSITION=1,\n  SOURCE_SSL=1,\n  GET_SOURCE_PUBLIC_KEY=1;\nSTART REPLICA;\n"
           'SHOW REPLICA STATUS\\G\n' % (host(r, 'my'), pick(r, ['repl', 'replica_user', 'replication']), s))
    return pick(r, ['sql/replica/change_source.sql', 'db/mysql/setup_replica.sql']), txt


@P('mysql', 'replication-password', ctx='sh')
def mysql_change_master_sh(r, s, x):
    txt = ('#!/bin/bash\n# bootstrap legacy 5.7 replica from xtrabackup\nset -euo pipefail\n'
           'BINLOG_FILE=$(awk \'{print $1}\' /backup/xtrabackup_binlog_info)\nBINLOG_POS=$(awk \'{print $2}\' /backup/xtrabackup_binlog_info)\n\n'
           'mysql -uroot -e "CHANGE MASTER TO MASTER_HOST=\'%s\', MASTER_USER=\'repl\', MASTER_PASSWORD=\'%s\', '
           'MASTER_LOG_FILE=\'${BINLOG_FILE}\', MASTER_LOG_POS=${BINLOG_POS}; START SLAVE;"\n'
           % (host(r, 'my'), s))
    return pick(r, ['scripts/bootstrap_replica.sh', 'ops/mysql/attach_replica.sh']), txt


@P('mysql', 'replication-password', ctx='sql')
def mysql_create_repl_user(r, s, x):
    u = pick(r, ['repl', 'debezium', 'maxwell', 'cdc_reader'])
    txt = ("-- V12__cdc_user.sql\nCREATE USER IF NOT EXISTS '%s'@'%%' IDENTIFIED BY '%s';\n"
           "GRANT SELECT, RELOAD, SHOW DATABASES, REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO '%s'@'%%';\nFLUSH PRIVILEGES;\n"
           % (u, s, u))
    return pick(r, ['db/migration/V12__cdc_user.sql', 'sql/grants/cdc_user.sql']), txt


# ---------------------------------------------------------------- SQL Server replication
@P('sqlserver-replication', 'subscriber-password', ctx='sql')
def mssql_push_agent(r, s, x):
    a = app(r)
    txt = ("USE [%s];\nGO\nEXEC sp_addsubscription\n    @publication = N'%s_pub',\n    @subscriber = N'%s',\n"
           "    @destination_db = N'%s_rpt',\n    @subscription_type = N'push';\nGO\n"
           "EXEC sp_addpushsubscription_agent\n    @publication = N'%s_pub',\n    @subscriber = N'%s',\n"
           "    @subscriber_db = N'%s_rpt',\n    @subscriber_security_mode = 0,\n    @subscriber_login = N'repl_sub',\n"
           "    @subscriber_password = N'%s',\n    @job_login = N'CORP\\svc_repl';\nGO\n"
           % (a, a, int_host(r, 'ms'), a, a, int_host(r, 'ms'), a, s))
    return pick(r, ['replication/%s_push_subscription.sql' % a, 'sql/replication/add_subscription.sql']), txt


@P('sqlserver-replication', 'distributor-password', ctx='sql')
def mssql_distributor(r, s, x):
    d = int_host(r, 'ms')
    txt = ("-- configure remote distributor\nUSE master;\nGO\nEXEC sp_adddistributor @distributor = N'%s', @password = N'%s';\nGO\n"
           "EXEC sp_adddistributiondb @database = N'distribution', @security_mode = 1;\nGO\n" % (d, s))
    return pick(r, ['replication/01_distributor.sql', 'sql/setup_distribution.sql']), txt


@P('sqlserver', 'connection-string-password', ctx='url')
def mssql_appsettings(r, s, x):
    a = app(r)
    cs = 'Server=tcp:%s,1433;Database=%s;User Id=cdc_reader;Password=%s;Encrypt=True;TrustServerCertificate=False;' % (
        int_host(r, 'ms'), a, s)
    d = {'Logging': {'LogLevel': {'Default': 'Information'}},
         'ConnectionStrings': {'CdcSource': cs},
         'Cdc': {'CaptureInstance': 'dbo_%s' % a, 'PollIntervalSeconds': 5, 'Topic': '%s.cdc' % a}}
    return pick(r, ['src/CdcWorker/appsettings.json', 'CdcRelay/appsettings.Production.json']), jdump(d)


# ---------------------------------------------------------------- Fivetran / HVR
@P('fivetran', 'database-password')
def fivetran_connector_payload(r, s, x):
    a = app(r)
    d = {'service': pick(r, ['postgres_rds', 'mysql_rds', 'sql_server']), 'group_id': rs(r, LOW, 8) + '_' + rs(r, LOW, 6),
         'paused': True, 'sync_frequency': 60,
         'config': {'schema_prefix': a, 'host': rds_host(r), 'port': 5432, 'database': a, 'user': 'fivetran',
                    'password': s, 'update_method': 'WAL', 'replication_slot': 'fivetran_%s' % a,
                    'publication_name': 'fivetran_pub'}}
    return pick(r, ['fivetran/connectors/%s.json' % a, 'integrations/fivetran/%s_postgres.json' % a]), jdump(d)


@P('fivetran-hvr', 'database-password', ctx='gg')
def hvr_location_sh(r, s, x):
    a = app(r)
    txt = ('#!/bin/sh\n# HVR hub: define source location for channel %s\n'
           'hvrlocationconfig -h postgresql -u hvrhub %s_src \\\n'
           '  Database_Host=%s Database_Port=5432 Database_Name=%s \\\n'
           '  Database_User=hvr_capture Database_Password=%s \\\n  Capture_Method=DIRECT\n'
           % (a, a, host(r, 'pg'), a, s))
    return pick(r, ['hvr/scripts/define_locations.sh', 'hvr/%s_location.sh' % a]), txt


# ---------------------------------------------------------------- Airbyte
@P('airbyte', 'database-password')
def airbyte_pg_cdc_json(r, s, x):
    a = app(r)
    d = {'name': '%s Postgres (CDC)' % a.capitalize(), 'sourceDefinitionId': uuid(r), 'workspaceId': uuid(r),
         'connectionConfiguration': {'host': host(r, 'pg'), 'port': 5432, 'database': a, 'schemas': ['public'],
                                     'username': 'airbyte', 'password': s, 'ssl_mode': {'mode': 'require'},
                                     'replication_method': {'method': 'CDC', 'replication_slot': 'airbyte_slot',
                                                            'publication': 'airbyte_publication',
                                                            'initial_waiting_seconds': 300}}}
    return pick(r, ['airbyte/sources/%s_postgres.json' % a, 'config/airbyte/source-%s.json' % a]), jdump(d)


@P('airbyte', 'database-password')
def airbyte_octavia_yaml(r, s, x):
    a = app(r)
    txt = ('# Configuration for airbyte/source-mysql\nresource_name: "%s-mysql-cdc"\n'
           'definition_type: source\ndefinition_id: %s\ndefinition_image: airbyte/source-mysql\n'
           'definition_version: 3.3.1\nconfiguration:\n  host: "%s"\n  port: 3306\n  database: "%s"\n'
           '  username: "airbyte"\n  password: "%s"\n  replication_method:\n    method: "CDC"\n'
           '    initial_waiting_seconds: 300\n    server_time_zone: "UTC"\n'
           % (a, uuid(r), host(r, 'my'), a, s))
    return 'octavia/sources/%s_mysql/configuration.yaml' % a, txt


@P('airbyte', 'database-password')
def airbyte_tf_source(r, s, x):
    a = app(r)
    txt = ('resource "airbyte_source_postgres" "%s" {\n  name         = "%s-postgres"\n  workspace_id = var.workspace_id\n'
           '  configuration = {\n    host     = "%s"\n    port     = 5432\n    database = "%s"\n    username = "airbyte_cdc"\n'
           '    password = "%s"\n    schemas  = ["public"]\n    replication_method = {\n'
           '      read_changes_using_write_ahead_log_cdc = {\n        replication_slot = "airbyte_%s"\n'
           '        publication      = "airbyte_pub"\n      }\n    }\n  }\n}\n'
           % (a, a, host(r, 'pg'), a, s, a))
    return pick(r, ['terraform/airbyte/sources.tf', 'infra/airbyte/%s.tf' % a]), txt


@P('airbyte', 'ssh-private-key', sec='ssh')
def airbyte_ssh_tunnel_yaml(r, s, x):
    a = app(r)
    key = '\n'.join('      ' + ln for ln in s.split('\n'))
    txt = ('resource_name: "%s-pg-via-bastion"\ndefinition_image: airbyte/source-postgres\nconfiguration:\n'
           '  host: "%s"\n  port: 5432\n  database: "%s"\n  username: "airbyte"\n  password: ${AIRBYTE_PG_PASSWORD}\n'
           '  tunnel_method:\n    tunnel_method: "SSH_KEY_AUTH"\n    tunnel_host: "bastion.%s.internal"\n'
           '    tunnel_port: 22\n    tunnel_user: "airbyte"\n    ssh_key: |\n%s\n'
           % (a, int_host(r, 'pg'), a, env(r), key))
    return 'octavia/sources/%s_pg_bastion/configuration.yaml' % a, txt


# ---------------------------------------------------------------- Estuary / Arcion
@P('estuary-flow', 'database-password')
def estuary_flow_yaml(r, s, x):
    a = app(r)
    txt = ('captures:\n  acmeCo/%s/source-postgres:\n    endpoint:\n      connector:\n'
           '        image: ghcr.io/estuary/source-postgres:dev\n        config:\n          address: "%s:5432"\n'
           '          database: %s\n          user: flow_capture\n          password: "%s"\n'
           '          advanced:\n            publicationName: flow_publication\n            slotName: flow_slot\n'
           '    bindings:\n      - resource:\n          namespace: public\n          stream: %s\n'
           '        target: acmeCo/%s/%s\n' % (a, host(r, 'pg'), a, s, a, a, a))
    return pick(r, ['flow/%s.flow.yaml' % a, 'estuary/flow.yaml']), txt


@P('arcion', 'database-password')
def arcion_src_yaml(r, s, x):
    txt = ('type: %s\n\nhost: %s\nport: %d\n\nusername: "replicant"\npassword: "%s"\n\nmax-connections: 30\n'
           'max-retries: 10\nretry-wait-duration-ms: 1000\n'
           % (pick(r, ['POSTGRESQL', 'MYSQL', 'ORACLE']), host(r, 'pg'), pick(r, [5432, 3306, 1521]), s))
    return pick(r, ['replicant/conf/conn/source.yaml', 'arcion/conf/conn/postgresql_src.yaml']), txt


@P('arcion', 'database-password')
def arcion_dst_snowflake(r, s, x):
    txt = ('type: SNOWFLAKE\n\nhost: %s.snowflakecomputing.com\nport: 443\nwarehouse: "CDC_WH"\n'
           'username: "ARCION_LOADER"\npassword: "%s"\nmax-connections: 20\nmax-retries: 10\n'
           % (rs(r, LOW, 7) + '-' + rs(r, LOW + DIG, 7), s))
    return pick(r, ['replicant/conf/conn/snowflake_dst.yaml', 'arcion/conf/conn/target.yaml']), txt


# ---------------------------------------------------------------- Kafka Connect JDBC sink
@P('kafka-connect-jdbc', 'database-password')
def jdbc_sink_json(r, s, x):
    a = app(r)
    cfg = {'connector.class': 'io.confluent.connect.jdbc.JdbcSinkConnector', 'tasks.max': '3',
           'topics': '%s.public.%s' % (a, a), 'connection.url': 'jdbc:postgresql://%s:5432/%s_dw' % (host(r, 'pg'), a),
           'connection.user': 'sink_writer', 'connection.password': s,
           'insert.mode': 'upsert', 'pk.mode': 'record_key', 'auto.create': 'true', 'delete.enabled': 'true',
           'transforms': 'unwrap', 'transforms.unwrap.type': 'io.debezium.transforms.ExtractNewRecordState'}
    return pick(r, ['connectors/%s-jdbc-sink.json' % a, 'sinks/jdbc-%s.json' % a]), jdump({'name': a + '-jdbc-sink', 'config': cfg})


@P('kafka-connect-jdbc', 'connection-string-password', ctx='url')
def jdbc_sink_url_props(r, s, x):
    a = app(r)
    txt = ('name=%s-mysql-sink\nconnector.class=io.confluent.connect.jdbc.JdbcSinkConnector\ntopics=%s_changes\n'
           'connection.url=jdbc:mysql://%s:3306/%s?user=etl_sink&password=%s&useSSL=true\n'
           'insert.mode=upsert\npk.mode=record_key\nbatch.size=500\n' % (a, a, host(r, 'my'), a, s))
    return pick(r, ['connect/sinks/%s-mysql.properties' % a, 'config/jdbc-sink.properties']), txt


# ---------------------------------------------------------------- Bucardo / SymmetricDS
@P('bucardo', 'database-password', ctx='sh')
def bucardo_add_db(r, s, x):
    a = app(r)
    txt = ('#!/bin/bash\n# multi-master sync between the two %s clusters\n'
           'bucardo add db %s_a dbname=%s host=%s user=bucardo dbpass=%s\n'
           'bucardo add db %s_b dbname=%s host=%s user=bucardo\n'
           'bucardo add sync %s_sync relgroup=%s_tables dbs=%s_a:source,%s_b:source\nbucardo start\n'
           % (a, a, a, host(r, 'pg'), s, a, a, host(r, 'pg'), a, a, a, a))
    return pick(r, ['bucardo/setup_sync.sh', 'ops/bucardo/add_dbs.sh']), txt


@P('bucardo', 'database-password')
def bucardorc(r, s, x):
    txt = ('# ~/.bucardorc\ndbhost = %s\ndbname = bucardo\ndbuser = bucardo\ndbpass = %s\n'
           'piddir = /var/run/bucardo\nlog-level = terse\n' % (host(r, 'pg'), s))
    return pick(r, ['ansible/roles/bucardo/files/bucardorc', 'deploy/bucardo/.bucardorc']), txt


@P('symmetricds', 'database-password')
def symds_engine_props(r, s, x):
    a = app(r)
    txt = ('engine.name=%s-000\ngroup.id=corp\nexternal.id=000\n'
           'db.driver=org.postgresql.Driver\ndb.url=jdbc:postgresql://%s:5432/%s\ndb.user=symmetric\n'
           'db.password=%s\nregistration.url=\nsync.url=http://%s:31415/sync/%s-000\n'
           'job.purge.period.time.ms=7200000\njob.routing.period.time.ms=5000\n'
           % (a, host(r, 'pg'), a, s, int_host(r, 'pg'), a))
    return pick(r, ['symmetricds/engines/%s-000.properties' % a, 'engines/corp-000.properties']), txt


@P('symmetricds', 'database-password', ctx='sh')
def symds_dockerfile(r, s, x):
    txt = ('FROM jumpmind/symmetricds:3.15\n\nCOPY engines/ /opt/symmetric-ds/engines/\n'
           'ENV SYM_DB_URL=jdbc:mysql://%s:3306/store\nENV SYM_DB_USER=symmetric\nENV SYM_DB_PASSWORD=%s\n'
           'EXPOSE 31415\n' % (host(r, 'my'), s))
    return pick(r, ['symmetricds/Dockerfile', 'docker/sym-node/Dockerfile']), txt


# ---------------------------------------------------------------- Oracle Data Guard
@P('oracle-dataguard', 'sys-password', ctx='gg')
def orapwd_cmd(r, s, x):
    sid = pick(r, ['PROD', 'ORCL', 'FINP', 'ERP1'])
    txt = ('#!/bin/bash\n# recreate password file on the standby before duplicate\n'
           '. /home/oracle/.bash_profile\n'
           'orapwd file=$ORACLE_HOME/dbs/orapw%s password=%s entries=10 format=12 force=y\n'
           'scp $ORACLE_HOME/dbs/orapw%s oracle@%s:$ORACLE_HOME/dbs/\n' % (sid, s, sid, int_host(r, 'ora')))
    return pick(r, ['dataguard/create_pwfile.sh', 'scripts/dg/orapwd.sh']), txt


@P('oracle-dataguard', 'sys-password', ctx='url')
def dgmgrl_cron(r, s, x):
    txt = ('#!/bin/ksh\n# nightly broker health check\nexport ORACLE_SID=%s\n'
           'dgmgrl -silent sys/%s@%s_dgmgrl "show configuration" > /var/log/dg/config_$(date +%%F).log\n'
           % (pick(r, ['PROD1', 'ORCL1']), s, pick(r, ['prod', 'orcl', 'fin'])))
    return pick(r, ['dataguard/check_broker.ksh', 'ops/dg_health.sh']), txt


@P('oracle-dataguard', 'sys-password', ctx='url')
def rman_duplicate_md(r, s, x):
    txt = ('# Build standby with RMAN active duplicate\n\n1. Start the auxiliary in NOMOUNT.\n'
           '2. Run:\n\n```\nrman target sys/%s@PRIM auxiliary sys/%s@STBY\n'
           'RMAN> DUPLICATE TARGET DATABASE FOR STANDBY FROM ACTIVE DATABASE DORECOVER NOFILENAMECHECK;\n```\n\n'
           '3. Enable the broker: `ALTER SYSTEM SET dg_broker_start=TRUE;`\n' % (s, s))
    return pick(r, ['docs/dataguard/standby-build.md', 'runbooks/rman-duplicate.md']), txt


# ---------------------------------------------------------------- extra cloud sinks / k8s
@P('gcp', 'service-account-private-key', sec='gcp')
def gcp_sa_pubsub(r, s, x):
    proj = '%s-data-%s' % (app(r), rs(r, DIG, 4))
    d = {'type': 'service_account', 'project_id': proj, 'private_key_id': hexs(r, 40),
         'private_key': s, 'client_email': 'debezium-pubsub@%s.iam.gserviceaccount.com' % proj,
         'client_id': rs(r, DIG, 21), 'auth_uri': 'https://accounts.google.com/o/oauth2/auth',
         'token_uri': 'https://oauth2.googleapis.com/token'}
    return pick(r, ['debezium-server/conf/gcp-sa.json', 'secrets/pubsub-writer.json']), jdump(d)


@P('azure', 'storage-account-key', sec='azure')
def azure_blob_sink(r, s, x):
    acct = app(r) + 'cdc' + rs(r, LOW + DIG, 4)
    txt = ('name=%s-adls-sink\nconnector.class=io.confluent.connect.azure.blob.AzureBlobStorageSinkConnector\n'
           'topics=%s.dbo.events\nazblob.account.name=%s\nazblob.account.key=%s\nazblob.container.name=cdc-raw\n'
           'format.class=io.confluent.connect.azure.blob.format.avro.AvroFormat\nflush.size=1000\n'
           % (app(r), app(r), acct, s))
    return pick(r, ['connect/sinks/azure-blob.properties', 'config/adls-sink.properties']), txt


@P('debezium', 'database-password')
def dotenv_stack(r, s, x):
    txt = ('COMPOSE_PROJECT_NAME=cdc\nPG_HOST=%s\nPG_USER=debezium\nPG_PASSWORD=%s\nKAFKA_BOOTSTRAP=kafka:9092\n'
           % (host(r, 'pg'), s))
    return pick(r, ['.env', 'cdc/.env', 'docker/.env.local']), txt


@P('kubernetes', 'replication-password')
def k8s_secret_stringdata(r, s, x):
    a = app(r)
    txt = ('apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-replication\n  namespace: cdc\ntype: Opaque\n'
           'stringData:\n  username: replicator\n  password: "%s"\n' % (a, s))
    return pick(r, ['k8s/cdc/%s-replication-secret.yaml' % a, 'manifests/secret-replication.yaml']), txt


@P('debezium', 'database-password')
def helm_values(r, s, x):
    a = app(r)
    txt = ('connect:\n  replicas: 2\n  image: quay.io/debezium/connect:2.5\nconnectors:\n  %s:\n    enabled: true\n'
           '    database:\n      host: %s\n      port: 5432\n      name: %s\n      user: debezium\n      password: "%s"\n'
           '    slotName: dbz_%s\n' % (a, host(r, 'pg'), a, s, a))
    return pick(r, ['deploy/helm/cdc/values.yaml', 'charts/cdc-connect/values-%s.yaml' % env(r)]), txt


@P('mysql', 'replication-password')
def ansible_vars(r, s, x):
    txt = ('---\nmysql_server_id: %d\nmysql_replication_role: replica\nmysql_replication_master: %s\n'
           'mysql_replication_user: repl\nmysql_replication_master_password: "%s"\nmysql_binlog_format: ROW\n'
           % (r.randint(2, 200), host(r, 'my'), s))
    return pick(r, ['ansible/group_vars/mysql_replicas.yml', 'inventories/%s/group_vars/db.yml' % env(r)]), txt


@P('debezium', 'database-password', ctx='url')
def dbz_xml_camel(r, s, x):
    a = app(r)
    txt = ('<?xml version="1.0" encoding="UTF-8"?>\n<routes xmlns="http://camel.apache.org/schema/spring">\n'
           '  <route id="%s-cdc">\n    <from uri="debezium-postgres:%s?databaseHostname=%s&amp;databasePort=5432'
           '&amp;databaseUser=debezium&amp;databasePassword=%s&amp;databaseDbname=%s&amp;topicPrefix=%s'
           '&amp;offsetStorageFileName=/var/lib/camel/%s-offsets.dat"/>\n    <to uri="log:cdc?level=INFO"/>\n'
           '  </route>\n</routes>\n' % (a, a, host(r, 'pg'), s, a, a, a))
    return pick(r, ['src/main/resources/camel/%s-cdc.xml' % a, 'camel/routes/cdc.xml']), txt


# ================================================================ negative fillers
PLACEHOLDERS = ['<your-password>', 'YOUR_PASSWORD_HERE', 'changeme', 'CHANGE_ME', '<password>',
                'REPLACE_WITH_REPLICATION_PASSWORD', 'xxxxxxxx', 'XXXXXX', '<db-password>', 'TODO_SET_ME',
                'your_db_password', '<REPLACE_ME>', 'password', 'PUT_PASSWORD_HERE']
MASKED = ['********', '[REDACTED]', '<redacted>', '***', '**********', 'xxxxxxxxxxxx', '(hidden)']
REFS = ['${DB_PASSWORD}', '${REPLICATION_PASSWORD}', '${env:PG_PASSWORD}', '${env:CDC_DB_PASSWORD}',
        '${file:/opt/kafka/secrets/cdc-db.properties:password}',
        '${file:/mnt/secrets/connector.properties:database.password}',
        '${secrets:cdc/postgres-credentials:password}', '${directory:/mnt/secrets/mysql:password}',
        '$(CDC_DB_PASSWORD)', '%(REPL_PASSWORD)s']
VAULTS = ['vault:secret/data/cdc/source-db#password', 'op://Data-Platform/cdc-replicator/password',
          'arn:aws:secretsmanager:us-east-1:123456789012:secret:cdc/source-db',
          '{{resolve:secretsmanager:cdc/source-db:SecretString:password}}',
          'gcp-secret://projects/my-project/secrets/cdc-db-password/versions/latest',
          'azurekeyvault://kv-cdc/secrets/replication-password']
TEMPLATES = ['{{ .Values.database.password }}', '{{ replication_password }}', '{{ vault_db_password }}',
             '${var.source_db_password}', '@@DB_PASSWORD@@', '#{db.password}', '<%= @repl_password %>']
DOC_PW = ['dbz', 'debezium', 'mysqlpw', 'postgres', 'XXXXXX']
LANG_RAW = {
    'py': ['os.environ["DB_PASSWORD"]', 'os.getenv("REPL_PASSWORD")', 'settings.CDC_DB_PASSWORD',
           'get_secret("cdc/source-db")["password"]'],
    'java': ['System.getenv("DB_PASSWORD")', 'secrets.get("cdc.db.password")', 'config.getString("database.password")'],
    'sh': ['"$OGG_ADMIN_PASSWORD"', '"${DB_PASSWORD:?missing}"', '"$(cat /run/secrets/ogg_admin)"'],
}


def neg_filler(r, t):
    """A non-secret value for the slot of positive template t; returns (value, kind)."""
    sec, lang = t['sec'], t['lang']
    if lang in LANG_RAW and r.random() < 0.35:
        return Raw(r.choice(LANG_RAW[lang])), 'env-reference'
    if sec == 'aws':
        c = r.randrange(4)
        if c == 0:
            return 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'documented-example'
        if c == 1:
            return r.choice(['YOUR_SECRET_ACCESS_KEY', '<aws-secret-access-key>', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx']), 'placeholder'
        if c == 2:
            return r.choice(['${AWS_SECRET_ACCESS_KEY}', '${env:AWS_SECRET_ACCESS_KEY}', '${file:/opt/kafka/aws.properties:secret}']), 'env-reference'
        return r.choice(MASKED), 'masked'
    if sec == 'conf':
        c = r.randrange(3)
        if c == 0:
            return r.choice(['<api-secret>', '<CCLOUD_API_SECRET>', 'YOUR_API_SECRET']), 'placeholder'
        if c == 1:
            return r.choice(['${CONFLUENT_API_SECRET}', '${file:/mnt/secrets/ccloud.properties:secret}', '${env:SR_API_SECRET}']), 'env-reference'
        return r.choice(MASKED), 'masked'
    if sec == 'ggkey':
        return r.choice(['<paste KEYGEN output here>', '0xXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'REPLACE_WITH_KEYGEN_VALUE']), 'placeholder'
    if sec in ('azure', 'sas'):
        c = r.randrange(3)
        if c == 0:
            return r.choice(['<storage-account-key>', '<shared-access-key>', 'YOUR_KEY_HERE']), 'placeholder'
        if c == 1:
            return r.choice(['${AZURE_STORAGE_KEY}', '${env:EVENTHUBS_KEY}']), 'env-reference'
        return r.choice(MASKED), 'masked'
    if sec == 'gcp':
        return r.choice(['', '<paste private key>', '-----BEGIN PRIVATE KEY-----\n<redacted>\n-----END PRIVATE KEY-----\n']), 'placeholder'
    if sec == 'ssh':
        return r.choice(['<contents of ~/.ssh/airbyte_tunnel>', '${AIRBYTE_TUNNEL_SSH_KEY}', '[REDACTED]']), 'placeholder'
    c = r.randrange(7)
    if c == 0:
        return r.choice(PLACEHOLDERS), 'placeholder'
    if c == 1:
        return r.choice(MASKED), 'masked'
    if c == 2:
        return r.choice(REFS), 'env-reference'
    if c == 3:
        return r.choice(VAULTS), 'secret-manager-reference'
    if c == 4:
        return r.choice(TEMPLATES), 'template-expression'
    if c == 5 and t['provider'] in ('debezium', 'maxwell', 'debezium-server', 'kafka-connect-jdbc'):
        return r.choice(DOC_PW), 'documented-example'
    if c == 5 or t['ctx'] in ('gg', 'sh', 'url'):
        return r.choice(PLACEHOLDERS + MASKED), 'placeholder'
    return '', 'empty'


# ================================================================ negative look-alikes
NEG = []


def N(provider, kind):
    def d(f):
        NEG.append({'name': f.__name__, 'provider': provider, 'kind': kind, 'fn': f})
        return f
    return d


@N('mysql', 'binlog-position')
def n_show_master_status(r):
    rows = []
    f, p, g = binlog(r), r.randint(150, 999999999), gtid_set(r)
    txt = ('mysql> SHOW BINARY LOG STATUS\\G\n*************************** 1. row ***************************\n'
           '             File: %s\n         Position: %d\n     Binlog_Do_DB: \n Binlog_Ignore_DB: \n'
           'Executed_Gtid_Set: %s\n1 row in set (0.00 sec)\n' % (f, p, g))
    return pick(r, ['docs/cutover/binlog-status.txt', 'logs/replica-cutover.log']), txt


@N('mysql', 'change-source-no-password')
def n_change_source_nopw(r):
    txt = ("-- credentials are supplied at START REPLICA time from the vault agent\nCHANGE REPLICATION SOURCE TO\n"
           "  SOURCE_HOST='%s',\n  SOURCE_PORT=3306,\n  SOURCE_LOG_FILE='%s',\n  SOURCE_LOG_POS=%d,\n"
           "  SOURCE_SSL=1,\n  SOURCE_SSL_CA='/etc/mysql/ssl/ca.pem';\n" % (host(r, 'my'), binlog(r), r.randint(4, 99999999)))
    return pick(r, ['sql/replica/reposition.sql', 'db/mysql/reposition_replica.sql']), txt


@N('postgresql', 'replication-slots')
def n_pg_slots(r):
    lines = ['  slot_name   |  plugin  | slot_type | active | restart_lsn | confirmed_flush_lsn ',
             '--------------+----------+-----------+--------+-------------+---------------------']
    for _ in range(r.randint(2, 5)):
        lines.append(' %-12s | pgoutput | logical   | %s      | %-11s | %s' % (
            pick(r, ['dbz_', 'airbyte_', 'flow_', 'fivetran_']) + app(r), pick(r, ['t', 'f']), lsn(r), lsn(r)))
    txt = ('postgres=# SELECT slot_name, plugin, slot_type, active, restart_lsn, confirmed_flush_lsn FROM pg_replication_slots;\n'
           + '\n'.join(lines) + '\n(%d rows)\n' % (len(lines) - 2))
    return pick(r, ['docs/incidents/slot-bloat.md', 'notes/pg_slots.txt']), txt


@N('debezium', 'offsets')
def n_dbz_offsets_json(r):
    d = [{'key': ['%s-pg-source' % app(r), {'server': app(r)}],
          'value': {'lsn_proc': r.randint(10 ** 9, 10 ** 11), 'lsn_commit': r.randint(10 ** 9, 10 ** 11),
                    'lsn': r.randint(10 ** 9, 10 ** 11), 'txId': r.randint(10 ** 5, 10 ** 8),
                    'ts_usec': r.randint(1600000000000000, 1750000000000000)}}]
    return pick(r, ['ops/offsets/reset-%s.json' % app(r), 'connect/offsets-backup.json']), jdump(d)


@N('debezium', 'change-event')
def n_dbz_event(r):
    a = app(r)
    d = {'schema': None, 'payload': {
        'before': None,
        'after': {'id': r.randint(1, 10 ** 7), 'customer_ref': uuid(r), 'email_sha256': hexs(r, 64),
                  'status': 'CREATED', 'version': r.randint(1, 9)},
        'source': {'version': '2.5.0.Final', 'connector': 'postgresql', 'name': a, 'ts_ms': r.randint(1600000000000, 1750000000000),
                   'snapshot': 'false', 'db': a, 'sequence': '["%d","%d"]' % (r.randint(10 ** 8, 10 ** 10), r.randint(10 ** 8, 10 ** 10)),
                   'schema': 'public', 'table': a, 'txId': r.randint(10 ** 5, 10 ** 7), 'lsn': r.randint(10 ** 8, 10 ** 11)},
        'op': 'c', 'ts_ms': r.randint(1600000000000, 1750000000000)}}
    return pick(r, ['tests/fixtures/%s_create_event.json' % a, 'samples/events/%s.json' % a]), jdump(d)


@N('oracle', 'scn')
def n_oracle_scn_runbook(r):
    s1, s2 = scn(r), scn(r)
    txt = ('# Instantiation SCN for the %s initial load\n\n```sql\nSELECT CURRENT_SCN FROM V$DATABASE;\n```\n\n'
           '| step | SCN | time |\n|---|---|---|\n| export (expdp FLASHBACK_SCN) | %s | %s |\n| replicat AFTERCSN | %s | %s |\n\n'
           'Start the replicat with `START REPLICAT R%s, AFTERCSN %s`.\n'
           % (app(r), s1, dt(r), s1, dt(r), app(r)[:4].upper(), s1))
    return pick(r, ['docs/runbooks/initial-load-scn.md', 'runbooks/ogg-instantiation.md']), txt


@N('oracle-goldengate', 'useridalias-only')
def n_gg_alias_prm(r):
    g = 'E' + app(r).upper()[:4]
    txt = ('EXTRACT %s\nUSERIDALIAS ggsrc DOMAIN OracleGoldenGate\nEXTTRAIL ./dirdat/%s\n'
           'LOGALLSUPCOLS\nUPDATERECORDFORMAT COMPACT\nTABLE %s.*;\n' % (g, rs(r, LOW, 2), app(r).upper()))
    return 'dirprm/%s.prm' % g.lower(), txt


@N('oracle-goldengate', 'aes-encrypted-password')
def n_gg_encrypted_pw(r):
    g = 'R' + app(r).upper()[:4]
    enc = 'AA' + rs(r, 'ABCDEFGHIJ', 14) + rs(r, UP, r.choice([16, 32]))
    txt = ('REPLICAT %s\nUSERID ggadmin, PASSWORD %s, AES128, ENCRYPTKEY securekey%d\n'
           'ASSUMETARGETDEFS\nMAP %s.*, TARGET %s_RPT.*;\n' % (g, enc, r.randint(1, 3), app(r).upper(), app(r).upper()))
    return 'dirprm/%s.prm' % g.lower(), txt


@N('oracle-goldengate', 'encryptkey-default')
def n_gg_default_key(r):
    enc = 'AAC' + rs(r, 'ABCDEFGHIJ', 11) + rs(r, UP, 18)
    txt = ('-- legacy pump, password encrypted with the default Blowfish key\nEXTRACT P%s\n'
           'USERID gguser, PASSWORD %s, ENCRYPTKEY DEFAULT\nRMTHOST %s, MGRPORT 7809\nRMTTRAIL ./dirdat/%s\nPASSTHRU\nTABLE %s.*;\n'
           % (app(r).upper()[:4], enc, int_host(r, 'ora'), rs(r, LOW, 2), app(r).upper()))
    return pick(r, ['dirprm/pump_legacy.prm', 'ogg/dirprm/p%s.prm' % app(r)[:4]]), txt


@N('oracle-goldengate', 'checkpoint-info')
def n_gg_info_output(r):
    g = 'E' + app(r).upper()[:4]
    txt = ('GGSCI (%s) 3> INFO EXTRACT %s, DETAIL\n\nEXTRACT    %s    Last Started %s   Status RUNNING\n'
           'Checkpoint Lag       00:00:0%d (updated 00:00:01 ago)\nProcess ID           %d\n'
           'Log Read Checkpoint  Oracle Integrated Redo Logs\n                     %s\n                     SCN %d.%d (%s)\n\n'
           '  Target Extract Trails:\n\n  Trail Name                                       Seqno        RBA     Max MB Trail Type\n\n'
           '  ./dirdat/%s                                         %d   %9d       500 EXTTRAIL\n'
           % (int_host(r, 'ora'), g, g, dt(r), r.randint(0, 9), r.randint(1000, 99999), dt(r), r.randint(0, 9),
              r.randint(10 ** 8, 10 ** 9), scn(r), rs(r, LOW, 2), r.randint(1, 9999), r.randint(1000, 499999999)))
    return pick(r, ['docs/ogg/info-extract-output.txt', 'logs/ogg_status.log']), txt


@N('oracle-goldengate', 'ggserr-log')
def n_ggserr(r):
    lines = []
    for _ in range(r.randint(4, 8)):
        lines.append('%s  INFO    OGG-%05d  Oracle GoldenGate Delivery for Oracle, r%s.prm:  %s' % (
            dt(r).replace(' ', 'T') + 'Z', r.randint(1000, 15000), app(r)[:4],
            pick(r, ['Wildcard MAP resolved (entry %s.*).' % app(r).upper(),
                     'Switching to next trail file ./dirdat/%s%09d at %s due to EOF, with current RBA %d.' % (
                         rs(r, LOW, 2), r.randint(1, 9999), dt(r), r.randint(1000, 10 ** 8)),
                     'Positioning to (Seqno %d, RBA %d).' % (r.randint(1, 9999), r.randint(1000, 10 ** 8))])))
    return pick(r, ['logs/ggserr.log', 'ogg/ggserr.log']), '\n'.join(lines) + '\n'


@N('kafka-connect', 'connector-status')
def n_connect_status(r):
    a = app(r)
    d = {'name': '%s-source' % a, 'connector': {'state': 'RUNNING', 'worker_id': '%s:8083' % ip(r)},
         'tasks': [{'id': 0, 'state': 'RUNNING', 'worker_id': '%s:8083' % ip(r)}], 'type': 'source'}
    return pick(r, ['docs/examples/status-%s.json' % a, 'ops/connect-status.json']), jdump(d)


@N('kafka-connect', 'config-provider-worker')
def n_worker_config_providers(r):
    txt = ('bootstrap.servers=%s\ngroup.id=cdc-connect\n\n# secrets are resolved at runtime by the config providers\n'
           'config.providers=file,env,secrets\nconfig.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider\n'
           'config.providers.env.class=org.apache.kafka.common.config.provider.EnvVarConfigProvider\n'
           'config.providers.secrets.class=io.strimzi.kafka.KubernetesSecretConfigProvider\n'
           'config.storage.topic=connect-configs\noffset.storage.topic=connect-offsets\nstatus.storage.topic=connect-status\n'
           'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${env:KAFKA_USER}" password="${env:KAFKA_PASSWORD}";\n'
           % bootstrap(r))
    return pick(r, ['connect/worker.properties', 'config/connect-distributed.properties']), txt


@N('kafka', 'consumer-lag')
def n_consumer_lag(r):
    a = app(r)
    lines = ['GROUP           TOPIC                         PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG   CONSUMER-ID']
    for p in range(r.randint(3, 6)):
        c = r.randint(10 ** 5, 10 ** 9)
        lag = r.randint(0, 500)
        lines.append('connect-%s-sink  %s.public.%s  %d  %d  %d  %d  connector-consumer-%s-sink-0-%s' % (
            a, a, a, p, c, c + lag, lag, a, uuid(r)))
    return pick(r, ['docs/incidents/sink-lag.txt', 'logs/consumer-groups.log']), '\n'.join(lines) + '\n'


@N('confluent-schema-registry', 'schema-versions')
def n_sr_versions(r):
    a = app(r)
    d = [{'subject': '%s.public.%s-value' % (a, a), 'version': v, 'id': r.randint(100000, 200000),
          'schemaType': 'AVRO', 'fingerprint_md5': hexs(r, 32)} for v in range(1, r.randint(3, 5))]
    return pick(r, ['schemas/%s-versions.json' % a, 'docs/schema-history.json']), jdump(d)


@N('aws-dms', 'table-mappings')
def n_dms_table_mappings(r):
    a = app(r)
    d = {'rules': [{'rule-type': 'selection', 'rule-id': str(r.randint(100000000, 999999999)), 'rule-name': 'include-%s' % a,
                    'object-locator': {'schema-name': a, 'table-name': '%'}, 'rule-action': 'include'},
                   {'rule-type': 'transformation', 'rule-id': str(r.randint(100000000, 999999999)), 'rule-name': 'lowercase',
                    'rule-target': 'schema', 'object-locator': {'schema-name': '%'}, 'rule-action': 'convert-lowercase'}]}
    return pick(r, ['dms/table-mappings/%s.json' % a, 'migration/mappings.json']), jdump(d)


@N('aws-dms', 'secrets-manager-endpoint')
def n_dms_tf_secretsmanager(r):
    a = app(r)
    txt = ('resource "aws_dms_endpoint" "%s" {\n  endpoint_id                     = "%s-src"\n  endpoint_type                   = "source"\n'
           '  engine_name                     = "aurora-postgresql"\n  secrets_manager_arn             = aws_secretsmanager_secret.%s_dms.arn\n'
           '  secrets_manager_access_role_arn = aws_iam_role.dms_secrets.arn\n  database_name                   = "%s"\n'
           '  ssl_mode                        = "verify-full"\n  kms_key_arn                     = "arn:aws:kms:%s:%s:key/%s"\n}\n'
           % (a, a, a, a, pick(r, REGIONS), rs(r, DIG, 12), uuid(r)))
    return pick(r, ['terraform/dms/%s.tf' % a, 'infra/dms/endpoints.tf']), txt


@N('aws-dms', 'sensitive-variable')
def n_tf_sensitive_var(r):
    txt = ('variable "source_db_password" {\n  description = "Password for the DMS source user (set in TF_VAR_source_db_password)"\n'
           '  type        = string\n  sensitive   = true\n}\n\nvariable "replication_instance_class" {\n  type    = string\n'
           '  default = "dms.r5.large"\n}\n\nvariable "source_db_password_secret_id" {\n  type    = string\n  default = "cdc/%s/source-db"\n}\n'
           % app(r))
    return pick(r, ['terraform/dms/variables.tf', 'infra/modules/dms/variables.tf']), txt


@N('aws-dms', 'describe-endpoints')
def n_dms_describe(r):
    a = app(r)
    reg = pick(r, REGIONS)
    acct = rs(r, DIG, 12)
    d = {'Endpoints': [{'EndpointIdentifier': '%s-src' % a, 'EndpointType': 'SOURCE', 'EngineName': 'postgres',
                        'Username': 'dms_user', 'ServerName': rds_host(r), 'Port': 5432, 'DatabaseName': a,
                        'Status': 'active', 'KmsKeyId': 'arn:aws:kms:%s:%s:key/%s' % (reg, acct, uuid(r)),
                        'EndpointArn': 'arn:aws:dms:%s:%s:endpoint:%s' % (reg, acct, rs(r, UP + DIG, 26)),
                        'SslMode': 'require'}]}
    return pick(r, ['docs/dms/describe-endpoints.json', 'ops/dms-endpoints.json']), jdump(d)


@N('qlik-replicate', 'task-without-password')
def n_qlik_nopw(r):
    a = app(r)
    d = {'cmd.replication_definition': {'tasks': [{'task': {'name': '%s_cdc' % a, 'task_type': 'Replication',
                                                            'description': 'exported without endpoint passwords'},
                                                   'target': {'rep_target': {'target_name': 'kafka_tgt',
                                                                             'target_state': 'TARGET_STATE_ACTIVE'}},
                                                   'task_settings': {'source_settings': {}, 'target_settings': {
                                                       'max_transaction_size': 1024, 'ftm_settings': {}},
                                                       'common_settings': {'change_table_settings': {'suffix': '__ct'},
                                                                           'status_table_settings': {}}}}]}}
    return pick(r, ['qlik/tasks/%s_cdc.json' % a, 'replicate/export/%s_task.json' % a]), jdump(d)


@N('striim', 'property-variable')
def n_striim_propvar(r):
    a = app(r)
    txt = ('CREATE APPLICATION %sReplica;\n\nCREATE SOURCE %sMySQLSrc USING MySQLReader (\n'
           "  ConnectionURL: 'jdbc:mysql://%s:3306',\n  Username: 'striim',\n  Password: '$MySQLPassword',\n"
           "  Password_encrypted: 'true',\n  Tables: '%s.%%',\n  StartTimestamp: '%s'\n)\nOUTPUT TO %sStream;\n\n"
           'END APPLICATION %sReplica;\n'
           % (a.capitalize(), a.capitalize(), host(r, 'my'), a, binlog(r) + ':%d' % r.randint(4, 10 ** 7),
              a.capitalize(), a.capitalize()))
    return pick(r, ['striim/apps/%s_replica.tql' % a, 'tql/%s.tql' % a]), txt


@N('maxwell', 'positions-dump')
def n_maxwell_positions(r):
    rows = []
    for _ in range(r.randint(2, 4)):
        rows.append("(%d,'%s',%d,'%s','%s_maxwell',%d,NULL)" % (
            r.randint(1000, 99999), binlog(r), r.randint(4, 10 ** 9), gtid_set(r), app(r), r.randint(1600000000000, 1750000000000)))
    txt = ('-- maxwell schema positions (backup before migration)\n'
           'INSERT INTO `positions` (`server_id`, `binlog_file`, `binlog_position`, `gtid_set`, `client_id`, `heartbeat_at`, `last_heartbeat_read`) VALUES\n'
           + ',\n'.join(rows) + ';\n')
    return pick(r, ['backup/maxwell_positions.sql', 'db/maxwell/positions_snapshot.sql']), txt


@N('maxwell', 'config-without-password')
def n_maxwell_cfg_env(r):
    txt = ('# password comes from MAXWELL_PASSWORD (maxwell reads MAXWELL_* env vars)\nlog_level=info\nproducer=kafka\n'
           'kafka.bootstrap.servers=%s\nhost=%s\nuser=maxwell\nclient_id=%s_maxwell\nreplica_server_id=%d\n'
           'schema_database=maxwell\ngtid_mode=true\n' % (bootstrap(r), host(r, 'my'), app(r), r.randint(1000, 99999)))
    return pick(r, ['maxwell/config.properties', 'deploy/maxwell/config.properties']), txt


@N('sqlserver-replication', 'windows-auth-subscription')
def n_mssql_winauth(r):
    a = app(r)
    txt = ("EXEC sp_addpushsubscription_agent\n    @publication = N'%s_pub',\n    @subscriber = N'%s',\n"
           "    @subscriber_db = N'%s_rpt',\n    @subscriber_security_mode = 1,\n    @job_login = NULL,\n    @job_password = NULL;\nGO\n"
           % (a, int_host(r, 'ms'), a))
    return pick(r, ['replication/%s_winauth.sql' % a, 'sql/replication/push_agent.sql']), txt


@N('sqlserver-cdc', 'lsn-values')
def n_mssql_lsn(r):
    lines = ['start_lsn               tran_begin_time          tran_end_time            tran_id',
             '----------------------  -----------------------  -----------------------  ----------------------']
    for _ in range(r.randint(3, 6)):
        lines.append('0x%s  %s.%03d  %s.%03d  0x%s' % (hexs(r, 20, True), dt(r), r.randint(0, 999), dt(r), r.randint(0, 999), hexs(r, 20, True)))
    txt = ('-- SELECT TOP 5 * FROM cdc.lsn_time_mapping ORDER BY start_lsn DESC;\n' + '\n'.join(lines) + '\n')
    return pick(r, ['docs/mssql/lsn_time_mapping.txt', 'notes/cdc_lsn.sql']), txt


@N('sqlserver-replication', 'distribution-agent-log')
def n_mssql_dist_log(r):
    lines = []
    for _ in range(r.randint(4, 7)):
        lines.append('%s.%03d Delivered %d transaction(s) (xact_seqno 0x%s, command_id %d)' % (
            dt(r), r.randint(0, 999), r.randint(1, 500), hexs(r, 20, True), r.randint(1, 99999)))
    return pick(r, ['logs/distrib_agent.log', 'logs/replication/distrib.log']), '\n'.join(lines) + '\n'


@N('postgresql', 'publication-ddl')
def n_pg_publication(r):
    a = app(r)
    txt = ('-- source side\nALTER SYSTEM SET wal_level = logical;\nCREATE PUBLICATION %s_pub FOR TABLE public.%s, public.%s_lines;\n'
           "SELECT pg_create_logical_replication_slot('%s_sub', 'pgoutput');\n\n-- target side uses a passfile, no inline password\n"
           "CREATE SUBSCRIPTION %s_sub CONNECTION 'host=%s dbname=%s user=replicator sslmode=verify-full passfile=/var/lib/postgresql/.pgpass'\n"
           '    PUBLICATION %s_pub WITH (create_slot = false);\n' % (a, a, a, a, a, host(r, 'pg'), a, a))
    return pick(r, ['sql/replication/001_publication.sql', 'migrations/%s_logical.sql' % a]), txt


@N('postgresql', 'pg-stat-replication')
def n_pg_stat_repl(r):
    lines = [' application_name |  client_addr  |   state   | sent_lsn   | write_lsn  | replay_lsn | replay_lag',
             '------------------+---------------+-----------+------------+------------+------------+-----------------']
    for _ in range(r.randint(1, 4)):
        lines.append(' %-16s | %-13s | streaming | %-10s | %-10s | %-10s | 00:00:00.%06d' % (
            pick(r, ['walreceiver', '%s_sub' % app(r), 'pg_basebackup']), ip(r), lsn(r), lsn(r), lsn(r), r.randint(0, 999999)))
    return pick(r, ['docs/pg/replication-status.txt', 'notes/standby-lag.txt']), '\n'.join(lines) + '\n'


@N('postgresql', 'scram-verifier')
def n_pg_authid(r):
    lines = [' rolname     | rolreplication | rolpassword', '-------------+----------------+------------']
    for u in ['replicator', 'debezium', 'airbyte', 'app_rw'][:r.randint(2, 4)]:
        v = 'SCRAM-SHA-256$4096:%s$%s:%s' % (b64bytes(r, 16), b64bytes(r, 32), b64bytes(r, 32))
        lines.append(' %-11s | %-14s | %s' % (u, pick(r, ['t', 'f']), v))
    return pick(r, ['docs/audit/roles.txt', 'audit/pg_roles_2024.txt']), '\n'.join(lines) + '\n'


@N('mysql', 'password-hash')
def n_mysql_user_hash(r):
    lines = ['+----------------+------+-------------------------------------------+-----------------------+',
             '| user           | host | authentication_string                     | plugin                |',
             '+----------------+------+-------------------------------------------+-----------------------+']
    for u in ['repl', 'maxwell', 'debezium'][:r.randint(2, 3)]:
        lines.append('| %-14s | %%    | *%s  | mysql_native_password |' % (u, hexs(r, 40, True)))
    lines.append(lines[0])
    return pick(r, ['docs/audit/mysql_users.txt', 'audit/replication_users.txt']), '\n'.join(lines) + '\n'


@N('airbyte', 'connector-spec')
def n_airbyte_spec(r):
    d = {'documentationUrl': 'https://docs.airbyte.com/integrations/sources/postgres',
         'connectionSpecification': {'$schema': 'http://json-schema.org/draft-07/schema#', 'title': 'Postgres Source Spec',
                                     'type': 'object', 'required': ['host', 'port', 'database', 'username'],
                                     'properties': {'host': {'type': 'string', 'order': 0},
                                                    'port': {'type': 'integer', 'default': 5432, 'order': 1},
                                                    'username': {'type': 'string', 'order': 4},
                                                    'password': {'type': 'string', 'airbyte_secret': True, 'order': 5,
                                                                 'title': 'Password'},
                                                    'replication_method': {'type': 'object', 'title': 'Update Method'}}}}
    return pick(r, ['airbyte-integrations/connectors/source-%s/spec.json' % app(r), 'connectors/source-pg/spec.json']), jdump(d)


@N('airbyte', 'cdc-state')
def n_airbyte_state(r):
    d = {'type': 'GLOBAL', 'global': {'shared_state': {'state': {
        'mysql_cdc_offset': {'["%s",{"server":"%s"}]' % (app(r), app(r)):
                             '{"transaction_id":null,"ts_sec":%d,"file":"%s","pos":%d,"gtids":"%s"}' % (
                                 r.randint(1600000000, 1750000000), binlog(r), r.randint(4, 10 ** 9), gtid_set(r))},
        'mysql_db_history': base64.b64encode(('{"source":{"server":"%s"},"position":{"file":"%s"}}' % (app(r), binlog(r))).encode()).decode(),
        'is_compressed': False}}}}
    return pick(r, ['airbyte/state/%s_state.json' % app(r), 'tests/fixtures/cdc_state.json']), jdump(d)


@N('estuary-flow', 'sops-encrypted')
def n_estuary_sops(r):
    a = app(r)
    def enc():
        return 'ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]' % (b64bytes(r, r.randint(12, 24)), b64bytes(r, 32), b64bytes(r, 16))
    txt = ('captures:\n  acmeCo/%s/source-mysql:\n    endpoint:\n      connector:\n        image: ghcr.io/estuary/source-mysql:dev\n'
           '        config:\n          address: %s:3306\n          user: flow_capture\n          password_sops: %s\n'
           '          sops:\n            kms:\n              - arn: arn:aws:kms:%s:%s:key/%s\n'
           '            lastmodified: "%s"\n            mac: %s\n            encrypted_suffix: _sops\n            version: 3.7.3\n'
           % (a, host(r, 'my'), enc(), pick(r, REGIONS), rs(r, DIG, 12), uuid(r), ts(r), enc()))
    return pick(r, ['flow/%s.flow.yaml' % a, 'estuary/captures/%s.flow.yaml' % a]), txt


@N('oracle-dataguard', 'broker-status')
def n_dgmgrl_show(r):
    p, s = pick(r, ['prod', 'orcl', 'fin']), pick(r, ['prod_stby', 'orcl_dr', 'fin_sb'])
    txt = ('DGMGRL> show configuration\n\nConfiguration - dg_%s\n\n  Protection Mode: MaxPerformance\n  Members:\n'
           '  %s      - Primary database\n    %s - Physical standby database\n\nFast-Start Failover:  Disabled\n\n'
           'Configuration Status:\nSUCCESS   (status updated %d seconds ago)\n\nDGMGRL> show database %s\n'
           '  Transport Lag:      0 seconds (computed 1 second ago)\n  Apply Lag:          0 seconds (computed 1 second ago)\n'
           '  Average Apply Rate: %d KByte/s\n  Real Time Query:    ON\n' % (p, p, s, r.randint(1, 59), s, r.randint(100, 9999)))
    return pick(r, ['docs/dataguard/broker-status.txt', 'logs/dg/config.log']), txt


@N('oracle-dataguard', 'orapwd-prompt')
def n_orapwd_prompt(r):
    sid = pick(r, ['PROD', 'ORCL', 'FINP'])
    txt = ('#!/bin/bash\n# orapwd prompts for the SYS password when it is not given on the command line\n'
           'orapwd file=$ORACLE_HOME/dbs/orapw%s entries=10 format=12.2\n'
           'sqlplus -s / as sysdba <<EOF\nSELECT username, sysdba, sysoper FROM v\\$pwfile_users;\nEOF\n' % sid)
    return pick(r, ['dataguard/recreate_pwfile.sh', 'scripts/dg/pwfile.sh']), txt


@N('oracle', 'archived-log-sequences')
def n_archived_logs(r):
    lines = ['  THREAD#  SEQUENCE#  FIRST_CHANGE#   NEXT_CHANGE# APPLIED', '---------- ---------- -------------- -------------- ---------']
    base = r.randint(10 ** 9, 10 ** 12)
    seq = r.randint(1000, 90000)
    for i in range(r.randint(3, 6)):
        n = base + r.randint(1000, 90000)
        lines.append('%10d %10d %14d %14d %s' % (1, seq + i, base, n, pick(r, ['YES', 'IN-MEMORY'])))
        base = n
    return pick(r, ['docs/dataguard/gap-check.txt', 'notes/archivelog_apply.txt']), '\n'.join(lines) + '\n'


@N('oracle-logminer', 'xid-rowid')
def n_logminer(r):
    lines = ['SCN,XID,OPERATION,SEG_OWNER,TABLE_NAME,ROW_ID']
    for _ in range(r.randint(4, 8)):
        lines.append('%s,%s,%s,%s,%s,%s' % (scn(r), hexs(r, 16, True), pick(r, ['INSERT', 'UPDATE', 'DELETE']),
                                            app(r).upper(), app(r).upper(), 'AAA' + rs(r, UP + LOW + DIG, 15)))
    return pick(r, ['data/logminer_sample.csv', 'tests/fixtures/logminer_rows.csv']), '\n'.join(lines) + '\n'


@N('kafka', 'topic-list')
def n_topics(r):
    a = app(r)
    tl = ['__consumer_offsets', 'connect-configs', 'connect-offsets', 'connect-status', '__debezium-heartbeat.%s' % a,
          'schema-changes.%s' % a] + ['%s.public.%s' % (a, t) for t in ['orders', 'order_lines', 'customers', 'outbox']]
    return pick(r, ['docs/topics.txt', 'ops/kafka-topics.txt']), '\n'.join(tl) + '\n'


@N('debezium', 'plugin-checksums')
def n_sha256sums(r):
    v = pick(r, ['2.5.0.Final', '2.6.1.Final', '2.7.3.Final'])
    names = ['debezium-connector-%s-%s-plugin.tar.gz' % (c, v) for c in ['postgres', 'mysql', 'sqlserver', 'oracle']]
    return pick(r, ['docker/connect/SHA256SUMS', 'plugins/SHA256SUMS']), ''.join('%s  %s\n' % (hexs(r, 64), n) for n in names)


@N('debezium', 'image-digest')
def n_image_digest(r):
    txt = ('FROM quay.io/debezium/connect@sha256:%s\n\nARG JDBC_SINK_VERSION=10.7.4\n'
           'RUN curl -fsSL -o /tmp/jdbc.zip https://d2p6pa21dvn84.cloudfront.net/api/plugins/confluentinc/kafka-connect-jdbc/versions/${JDBC_SINK_VERSION}/confluentinc-kafka-connect-jdbc-${JDBC_SINK_VERSION}.zip \\\n'
           ' && echo "%s  /tmp/jdbc.zip" | sha256sum -c - \\\n && unzip /tmp/jdbc.zip -d /kafka/connect/\n'
           % (hexs(r, 64), hexs(r, 64)))
    return pick(r, ['docker/connect/Dockerfile', 'connect/Dockerfile']), txt


@N('mysql', 'server-uuid-config')
def n_my_cnf(r):
    txt = ('[mysqld]\nserver_id = %d\nlog_bin = %s\nbinlog_format = ROW\nbinlog_row_image = FULL\ngtid_mode = ON\n'
           'enforce_gtid_consistency = ON\nbinlog_expire_logs_seconds = %d\nreport_host = %s\n\n'
           '# copied from auto.cnf of the primary for the runbook\n# server-uuid=%s\n'
           % (r.randint(1, 4294967), pick(r, ['mysql-bin', 'binlog']), pick(r, [86400, 259200, 604800]), int_host(r, 'my'), uuid(r)))
    return pick(r, ['ansible/roles/mysql/templates/replication.cnf', 'mysql/conf.d/replication.cnf']), txt


@N('mongodb', 'resume-token')
def n_mongo_resume(r):
    d = {'key': ['%s-mongo' % app(r), {'server_id': app(r)}],
         'value': {'sec': r.randint(1600000000, 1750000000), 'ord': r.randint(1, 50),
                   'resume_token': '82%s2B022C0100296E5A1004%s46645F69640064%s0004' % (hexs(r, 8, True), hexs(r, 32, True), hexs(r, 24, True))}}
    return pick(r, ['ops/offsets/mongo-offsets.json', 'connect/mongo-offset-reset.json']), jdump(d)


@N('postgresql', 'tls-certificate')
def n_ca_cert(r):
    body = 'MIID' + rs(r, ALNUM + '+/', 1100)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    txt = ('# RDS CA bundle used for sslrootcert (public)\n-----BEGIN CERTIFICATE-----\n' + '\n'.join(lines)
           + '\n-----END CERTIFICATE-----\n')
    return pick(r, ['certs/rds-ca-%s.pem' % pick(r, ['2019', 'rsa2048-g1']), 'deploy/ssl/root.crt']), txt


@N('airbyte', 'ssh-public-key')
def n_ssh_pub(r):
    def st(b):
        return struct.pack('>I', len(b)) + b
    key = base64.b64encode(st(b'ssh-ed25519') + st(bytes(r.randrange(256) for _ in range(32)))).decode()
    txt = ('# bastion authorized_keys entry for the Airbyte SSH tunnel\nrestrict,port-forwarding,permitopen="%s:5432" ssh-ed25519 %s airbyte-tunnel@%s\n'
           % (int_host(r, 'pg'), key, env(r)))
    return pick(r, ['bastion/authorized_keys.d/airbyte.pub', 'ansible/files/airbyte_tunnel.pub']), txt


@N('confluent-cloud', 'public-ids')
def n_ccloud_ids(r):
    txt = ('# Confluent Cloud resources for CDC\n\n| resource | id |\n|---|---|\n| environment | env-%s |\n'
           '| Kafka cluster | lkc-%s |\n| Schema Registry | lsrc-%s |\n| service account | sa-%s |\n\n'
           'The API key/secret pair for `sa-%s` is stored in Vault at `kv/data/ccloud/cdc-connect`;\n'
           'rotate with `confluent api-key create --service-account sa-%s --resource lkc-%s`.\n'
           % (rs(r, LOW + DIG, 5), rs(r, LOW + DIG, 5), rs(r, LOW + DIG, 5), rs(r, LOW + DIG, 6), 'x', 'x', 'x'))
    txt = txt.replace('sa-x', 'sa-' + rs(r, LOW + DIG, 6)).replace('lkc-x', 'lkc-' + rs(r, LOW + DIG, 5))
    return pick(r, ['docs/confluent-cloud.md', 'docs/platform/ccloud-resources.md']), txt


@N('kubernetes', 'external-secret')
def n_external_secret(r):
    a = app(r)
    txt = ('apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: %s-cdc-db\nspec:\n'
           '  refreshInterval: 1h\n  secretStoreRef:\n    name: vault-backend\n    kind: ClusterSecretStore\n'
           '  target:\n    name: %s-cdc-db\n  data:\n    - secretKey: password\n      remoteRef:\n        key: secret/cdc/%s\n'
           '        property: password\n' % (a, a, a))
    return pick(r, ['k8s/cdc/%s-externalsecret.yaml' % a, 'deploy/secrets/external-secret.yaml']), txt


@N('debezium', 'strimzi-secret-reference')
def n_strimzi_secrets(r):
    a = app(r)
    txt = ('apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaConnector\nmetadata:\n  name: %s-source\n  labels:\n'
           '    strimzi.io/cluster: cdc-connect\nspec:\n  class: io.debezium.connector.postgresql.PostgresConnector\n'
           '  tasksMax: 1\n  config:\n    database.hostname: %s\n    database.user: ${secrets:cdc/%s-db:username}\n'
           '    database.password: ${secrets:cdc/%s-db:password}\n    database.dbname: %s\n    topic.prefix: %s\n'
           '    slot.name: dbz_%s\n' % (a, host(r, 'pg'), a, a, a, a, a))
    return pick(r, ['k8s/connectors/%s.yaml' % a, 'deploy/strimzi/%s-connector.yaml' % a]), txt


@N('postgresql', 'lsn-code')
def n_lsn_py(r):
    txt = ('"""Helpers for PostgreSQL LSN arithmetic used by the lag exporter."""\n\n\n'
           'def parse_lsn(text: str) -> int:\n    """\'16/B374D848\' -> 97500059720"""\n    hi, lo = text.split("/")\n'
           '    return (int(hi, 16) << 32) + int(lo, 16)\n\n\ndef lag_bytes(current: str, confirmed: str) -> int:\n'
           '    return parse_lsn(current) - parse_lsn(confirmed)\n\n\nassert parse_lsn("%s") > 0\n'
           'EXAMPLE_SLOT = "%s_slot"\n' % (lsn(r), app(r)))
    return pick(r, ['exporter/lsn.py', 'cdc/lag/lsn_utils.py']), txt


@N('mysql', 'gtid-java')
def n_gtid_java(r):
    txt = ('package com.example.cdc.mysql;\n\nimport java.util.UUID;\n\n/** Parses GTID sets such as {@code %s}. */\n'
           'public final class GtidSet {\n    static final String SAMPLE = "%s";\n\n'
           '    public static UUID sourceId(String interval) {\n        return UUID.fromString(interval.substring(0, 36));\n    }\n}\n'
           % (gtid_set(r), gtid_set(r)))
    return 'src/main/java/com/example/cdc/mysql/GtidSet.java', txt


@N('sqlserver-cdc', 'liquibase-enable-cdc')
def n_liquibase_xml(r):
    a = app(r)
    txt = ('<?xml version="1.0" encoding="UTF-8"?>\n<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"\n'
           '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n'
           '    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.20.xsd">\n'
           '  <changeSet id="enable-cdc-%s" author="data-platform">\n    <sql>EXEC sys.sp_cdc_enable_db;</sql>\n'
           "    <sql>EXEC sys.sp_cdc_enable_table @source_schema = N'dbo', @source_name = N'%s', @role_name = NULL, @supports_net_changes = 1;</sql>\n"
           '  </changeSet>\n</databaseChangeLog>\n' % (a, a))
    return pick(r, ['db/changelog/cdc/enable-cdc-%s.xml' % a, 'src/main/resources/db/changelog/cdc.xml']), txt


@N('symmetricds', 'node-table')
def n_symds_nodes(r):
    lines = ['node_id,node_group_id,external_id,sync_enabled,sync_url,schema_version,database_type,heartbeat_time']
    for i in range(r.randint(3, 6)):
        lines.append('%03d,store,%03d,1,http://%s:31415/sync/store-%03d,%s,PostgreSQL,%s' % (
            i, i, ip(r), i, hexs(r, 8), dt(r)))
    return pick(r, ['symmetricds/nodes_export.csv', 'docs/symmetricds/nodes.csv']), '\n'.join(lines) + '\n'


@N('bucardo', 'status-output')
def n_bucardo_status(r):
    a = app(r)
    txt = ('$ bucardo status\nPID of Bucardo MCP: %d\n Name        State    Last good    Time     Last I/D    Last bad    Time\n'
           '============+========+============+========+===========+===========+=======\n'
           ' %s_sync   | Good   | %02d:%02d:%02d   | %dm%ds  | %d/%d     | none      |\n'
           % (r.randint(1000, 65000), a, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 59), r.randint(0, 59),
              r.randint(0, 999), r.randint(0, 999)))
    return pick(r, ['docs/bucardo/status.txt', 'logs/bucardo_status.log']), txt


@N('fivetran-hvr', 'integrate-log')
def n_hvr_log(r):
    lines = []
    for _ in range(r.randint(4, 7)):
        lines.append('%s: %s-integ-%s-tgt: Integrate cycle %d for %d transactions started at integ seq %s (%s).' % (
            dt(r), app(r), app(r), r.randint(1, 99999), r.randint(1, 999), hexs(r, 32), ts(r)))
    return pick(r, ['logs/hvr/hvr.out', 'hvr/log/integrate.log']), '\n'.join(lines) + '\n'


@N('arcion', 'heartbeat-config')
def n_arcion_heartbeat(r):
    txt = ('snapshot:\n  threads: 16\n  fetch-size-rows: 5000\nrealtime:\n  threads: 4\n  heartbeat:\n    enable: true\n'
           '    catalog: %s\n    schema: public\n    table-name: replicate_io_cdc_heartbeat\n    column-name: timestamp\n'
           '    interval-ms: 10000\n  start-position:\n    start-lsn: %s\n    slot-name: arcion_%s\n'
           % (app(r), lsn(r), app(r)))
    return pick(r, ['replicant/conf/src/extractor.yaml', 'arcion/conf/src/postgresql.yaml']), txt


@N('debezium', 'signal-insert')
def n_signal_sql(r):
    a = app(r)
    txt = ("-- trigger an incremental snapshot of two tables\nINSERT INTO debezium_signal (id, type, data) VALUES (\n"
           "  '%s',\n  'execute-snapshot',\n  '{\"data-collections\": [\"public.%s\", \"public.%s_items\"], \"type\": \"incremental\"}'\n);\n"
           % (uuid(r), a, a))
    return pick(r, ['sql/ops/incremental_snapshot.sql', 'ops/debezium/signal_%s.sql' % a]), txt


@N('postgresql', 'slot-inventory-csv')
def n_slot_csv(r):
    lines = ['cluster,slot_name,plugin,database,restart_lsn,wal_status,retained_bytes']
    for _ in range(r.randint(3, 7)):
        lines.append('%s,%s,%s,%s,%s,%s,%d' % (int_host(r, 'pg').split('.')[0], pick(r, ['dbz_', 'airbyte_', 'flow_']) + app(r),
                                               pick(r, ['pgoutput', 'wal2json', 'decoderbufs']), app(r), lsn(r),
                                               pick(r, ['reserved', 'extended', 'unreserved']), r.randint(0, 10 ** 10)))
    return pick(r, ['reports/replication_slots.csv', 'data/slot_inventory.csv']), '\n'.join(lines) + '\n'


@N('debezium-server', 'env-references')
def n_dbz_server_refs(r):
    txt = ('debezium.sink.type=kinesis\ndebezium.sink.kinesis.region=%s\n'
           'debezium.source.connector.class=io.debezium.connector.mysql.MySqlConnector\n'
           'debezium.source.database.hostname=${MYSQL_HOST}\ndebezium.source.database.user=${MYSQL_USER}\n'
           'debezium.source.database.password=${MYSQL_PASSWORD}\ndebezium.source.database.server.id=%d\n'
           'debezium.source.topic.prefix=%s\ndebezium.source.schema.history.internal=io.debezium.storage.file.history.FileSchemaHistory\n'
           'debezium.source.schema.history.internal.file.filename=data/schema_history.dat\n'
           % (pick(r, REGIONS), r.randint(1000, 99999), app(r)))
    return pick(r, ['debezium-server/conf/application.properties', 'conf/application.properties']), txt


@N('sqlserver-cdc', 'enable-cdc-script')
def n_mssql_enable_cdc(r):
    a = app(r)
    txt = ("USE [%s];\nGO\nEXEC sys.sp_cdc_enable_db;\nGO\nEXEC sys.sp_cdc_enable_table\n    @source_schema = N'dbo',\n"
           "    @source_name   = N'%s',\n    @role_name     = N'cdc_reader',\n    @capture_instance = N'dbo_%s_v2';\nGO\n"
           'SELECT sys.fn_cdc_get_min_lsn(\'dbo_%s_v2\') AS min_lsn; -- 0x%s\n' % (a, a, a, a, hexs(r, 20, True)))
    return pick(r, ['sql/cdc/enable_%s.sql' % a, 'db/mssql/enable_cdc.sql']), txt


@N('maven', 'pom-dependencies')
def n_pom(r):
    v = pick(r, ['2.5.0.Final', '2.6.1.Final', '2.7.3.Final'])
    txt = ('<?xml version="1.0" encoding="UTF-8"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <modelVersion>4.0.0</modelVersion>\n'
           '  <groupId>com.example.cdc</groupId>\n  <artifactId>%s-capture</artifactId>\n  <version>1.%d.0</version>\n'
           '  <properties>\n    <debezium.version>%s</debezium.version>\n  </properties>\n  <dependencies>\n'
           '    <dependency>\n      <groupId>io.debezium</groupId>\n      <artifactId>debezium-embedded</artifactId>\n'
           '      <version>${debezium.version}</version>\n    </dependency>\n    <dependency>\n      <groupId>io.debezium</groupId>\n'
           '      <artifactId>debezium-connector-mysql</artifactId>\n      <version>${debezium.version}</version>\n    </dependency>\n'
           '  </dependencies>\n</project>\n' % (app(r), r.randint(0, 20), v))
    return 'pom.xml', txt


@N('oracle-goldengate', 'trail-listing')
def n_trail_ls(r):
    pre = rs(r, LOW, 2)
    start = r.randint(1, 9000)
    lines = ['$ ls -l /u01/app/ogg/dirdat/']
    for i in range(r.randint(3, 6)):
        lines.append('-rw-r----- 1 oracle oinstall %9d %s %s%09d' % (r.randint(10 ** 6, 5 * 10 ** 8), dt(r)[:16], pre, start + i))
    return pick(r, ['docs/ogg/trail-files.txt', 'notes/dirdat_listing.txt']), '\n'.join(lines) + '\n'


@N('aws-dms', 'task-settings')
def n_dms_task_settings(r):
    d = {'TargetMetadata': {'TargetSchema': '', 'SupportLobs': True, 'LimitedSizeLobMode': True, 'LobMaxSize': 32},
         'FullLoadSettings': {'TargetTablePrepMode': 'DO_NOTHING', 'MaxFullLoadSubTasks': 8},
         'Logging': {'EnableLogging': True, 'CloudWatchLogGroup': 'dms-tasks-%s' % app(r),
                     'CloudWatchLogStream': 'dms-task-%s' % rs(r, UP + DIG, 26)},
         'ChangeProcessingTuning': {'BatchApplyTimeoutMin': 1, 'CommitTimeout': 1, 'MemoryLimitTotal': 1024}}
    return pick(r, ['dms/task-settings.json', 'migration/%s-task-settings.json' % app(r)]), jdump(d)


@N('debezium', 'readme-example-masked')
def n_readme_masked(r):
    a = app(r)
    txt = ('# %s CDC\n\nRegister the connector:\n\n```bash\ncurl -X POST -H "Content-Type: application/json" \\\n'
           '  --data @connectors/%s.json http://localhost:8083/connectors\n```\n\n'
           '`connectors/%s.json` reads the password through the file config provider:\n\n'
           '```json\n"database.password": "${file:/opt/kafka/secrets/%s.properties:password}"\n```\n\n'
           'Offsets live in `connect-offsets`; the replication slot is `dbz_%s` and the publication `dbz_publication`.\n'
           % (a.capitalize(), a, a, a, a))
    return pick(r, ['README.md', 'docs/cdc/README.md']), txt


# ================================================================ driver
ENV_OK_FOR_NEG = ('.env.example', '.env.sample', '.env.template', '.env.dist')


def filetype(path):
    base = os.path.basename(path)
    if base == 'Dockerfile':
        return 'dockerfile'
    if base.startswith('.env'):
        return 'env'
    if base == 'ENCKEYS':
        return 'enckeys'
    if base == 'SHA256SUMS':
        return 'checksums'
    if base in ('.pgpass', '.bucardorc', 'bucardorc'):
        return base.lstrip('.')
    if base == 'authorized_keys':
        return 'authorized_keys'
    if '.' in base.lstrip('.'):
        return base.rsplit('.', 1)[1]
    return base.lstrip('.')


def is_blocked_env(path):
    base = os.path.basename(path)
    return base.startswith('.env') and base not in ENV_OK_FOR_NEG


def cycle(r, items, n):
    """n items, every element used as evenly as possible, order shuffled per round."""
    out = []
    while len(out) < n:
        idx = list(range(len(items)))
        r.shuffle(idx)
        out.extend(items[i] for i in idx)
    return out[:n]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write('usage: gen_ki.py OUTDIR SEED\n')
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    import shutil
    for sub in ('pos', 'neg'):
        if os.path.isdir(os.path.join(outdir, sub)):
            shutil.rmtree(os.path.join(outdir, sub))
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = [], []

    env_count = 0
    for i, t in enumerate(cycle(r, POS, 500)):
        slot, needle = make_secret(r, t['sec'], t['ctx'])
        x = {'neg': False, 'akid': aws_id(r), 'ck': conf_key(r)}
        rel, text = t['fn'](r, slot, x)
        if is_blocked_env(rel):
            env_count += 1
        rel_file = 'pos/p%04d/%s' % (i, rel)
        idx = text.find(needle)
        assert idx >= 0, (t['name'], needle)
        line = text.count('\n', 0, idx) + 1
        assert needle in text.split('\n')[line - 1], (t['name'], line)
        assert '\n' not in needle
        write(os.path.join(outdir, rel_file), text)
        manifest.append({'file': rel_file, 'label': 'pos', 'provider': t['provider'], 'kind': t['kind'],
                         'filetype': filetype(rel)})
        secrets.append({'file': rel_file, 'needle': needle, 'line': line})
    assert env_count <= 25, env_count

    reuse = cycle(r, POS, 250)
    alike = cycle(r, NEG, 250)
    for i in range(500):
        if i % 2 == 0:
            t = reuse[i // 2]
            slot, kind = neg_filler(r, t)
            x = {'neg': True, 'akid': r.choice(['AKIAIOSFODNN7EXAMPLE', '${AWS_ACCESS_KEY_ID}', '<access-key-id>']),
                 'ck': conf_key(r)}
            rel, text = t['fn'](r, slot, x)
            provider = t['provider']
            kind = '%s:%s' % (t['kind'], kind)
        else:
            t = alike[i // 2]
            rel, text = t['fn'](r)
            provider, kind = t['provider'], t['kind']
        if is_blocked_env(rel):
            rel = os.path.join(os.path.dirname(rel), '.env.example')
        rel_file = 'neg/n%04d/%s' % (i, rel)
        write(os.path.join(outdir, rel_file), text)
        manifest.append({'file': rel_file, 'label': 'neg', 'provider': provider, 'kind': kind,
                         'filetype': filetype(rel)})

    assert sum(1 for m in manifest if m['label'] == 'pos') == 500
    assert sum(1 for m in manifest if m['label'] == 'neg') == 500
    assert len(set(m['file'] for m in manifest)) == 1000
    with open(os.path.join(outdir, 'manifest.jsonl'), 'w', encoding='utf-8', newline='') as f:
        for m in manifest:
            f.write(json.dumps(m) + '\n')
    with open(os.path.join(outdir, 'secrets.jsonl'), 'w', encoding='utf-8', newline='') as f:
        for s in secrets:
            f.write(json.dumps(s) + '\n')
    # re-read check of every needle
    for s in secrets:
        with open(os.path.join(outdir, s['file']), encoding='utf-8', newline='') as f:
            lines = f.read().split('\n')
        assert s['needle'] in lines[s['line'] - 1], s['file']
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
