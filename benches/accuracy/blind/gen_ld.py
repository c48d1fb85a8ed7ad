#!/usr/bin/env python3
"""gen_ld.py - blind evaluation set: configuration centres and key-value store dumps.

EMPHASIS
    Credentials that leak through configuration centres and KV stores: Nacos
    (server application.properties token secret key, DB passwords, exported
    config YAML/JSON, client SDKs in Java/Go/Python), Apollo Config (access-key
    secret, portal DB, namespace exports), Spring Cloud Config repositories
    (plain values next to {cipher} values, encrypt.key, git credentials),
    Consul KV (`consul kv export` JSON with base64 values, ?recurse API output,
    ACL tokens), etcd (`etcdctl get --prefix` output, JSON values, --user),
    ZooKeeper / Dubbo registry (zkCli digest auth, registry passwords),
    Redis used as a config store, AWS SSM Parameter Store (decrypted
    SecureString output, put-parameter), AWS AppConfig hosted configs, Azure
    App Configuration (connection strings, KVSet / YAML exports), GCP Runtime
    Config, Kubernetes ConfigMaps that carry secrets by mistake, Archaius,
    confd / remco, Viper remote providers, Disconf, XXL-CONF.
    Kinds: database / Redis / registry passwords, API keys and tokens (Stripe,
    SendGrid, Slack, GitHub, AWS, Alibaba Cloud), JWT signing keys, OAuth client
    secrets, Nacos token secret keys, Consul ACL tokens, Vault tokens, Azure
    App Configuration access secrets, private keys, decrypted SecureStrings.
    File types: JSON, YAML, properties, XML, shell scripts, terminal/app logs,
    Go, Java, Python, Markdown, CSV, SQL, TOML, HCL, conf, .env.

USAGE
    python3 -B gen_ld.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one
    line per positive).  Deterministic per SEED (one random.Random(SEED)).

NEEDLE CONVENTIONS
    - The needle is the secret value exactly as written, without quotes.
    - Passwords inside URLs / connection strings (redis://:pw@h,
      http://user:pw@h, zookeeper://u:pw@h, user:pw CLI arguments,
      username=..&password=pw form bodies): the password only.
    - Azure App Configuration connection strings: the value of Secret= only.
    - Key pairs (AWS access key id + secret access key, Alibaba AccessKey id +
      secret): the secret half only; the id is written too.
    - Slack incoming webhook: the whole https://hooks.slack.com/services/... URL.
    - Headers (X-Consul-Token: v): the header value only.
    - Consul export / ?recurse output and other base64-wrapped values: the
      base64 text as it is written in the file (it decodes to the secret or to
      a JSON blob that holds it).
    - PEM private keys (multi-line, or one JSON line with \\n escapes): the first
      64-character base64 body line (the line after -----BEGIN ...-----).
    - line = 1-based line of the needle's first occurrence; asserted.

NEGATIVES
    Half re-use the positive templates with the slot holding no secret:
    placeholders (<your-password>, YOUR_API_KEY_HERE, changeme, xxxx...),
    empty values, masked values (******, [REDACTED]), ${VAR} / {{ }} / getv
    template expressions, op:// and vault: references, Spring '{cipher}...'
    values, SSM SecureString ciphertext (AQICAH...), providers' documented
    example values (Nacos documented default token key, AWS EXAMPLE keys, Slack
    T00000000 webhook, Azure 'Id=xxx;Secret=xxx'), and public values
    (Stripe publishable keys).  A .env positive template turns into
    .env.example for negatives (no negative in a .env* file that the policy
    blocks).  The other half are look-alikes: Nacos md5 / tenant UUIDs / export
    metadata / config_info SQL dumps, Consul base64 values that decode to plain
    settings, Create/Modify/LockIndex, etcd revisions / cluster ids / hashes,
    zkCli zxids and session ids, Dubbo registry URLs, SSM describe output and
    KMS key ARNs, AppConfig ids, Azure etags and Key Vault references, Apollo
    release keys, ConfigMap checksums and image digests, public keys / certs,
    JWKS, redis INFO run ids, commit SHAs, test vectors.

FORMATS CHECKED (search tool, docs/pages/code corpora)
    - Nacos auth docs (nacos.io auth pages): nacos.core.auth.plugin.nacos.token
      .secret.key, documented old default
      SecretKey012345678901234567890123456789012345678901234567890123456789,
      recommendation: Base64 string of a raw key of >= 32 chars; docker env
      NACOS_AUTH_TOKEN; server.identity.key/value; db.password.0 layout.
    - Consul `kv export` (hashicorp/consul kv_export.go + developer.hashicorp
      docs): JSON list of key / flags / base64 value; /v1/kv?recurse output
      with LockIndex, Flags, Value, CreateIndex, ModifyIndex.
    - etcd docs: `etcdctl get` prints the key line then the value line;
      -w json output with header cluster_id/member_id/revision/raft_term and
      base64 key/value (SGVsbG8gV29ybGQh example used only as a negative).
    - AWS SSM API Parameter docs: Name, Type (String|StringList|SecureString),
      Value, Version, LastModifiedDate, ARN, DataType (text); --with-decryption
      returns the plaintext of SecureString.
    - Spring Cloud Config docs: '{cipher}' prefix, quoted in YAML, decrypted by
      the server; encrypt.key; documented example '{cipher}FKSAJDFGYOS8F7...'
      used only as a negative.
    - Azure App Configuration docs: `az appconfig kv export`, default and KVSet
      file content profiles, Key Vault reference content type; connection string
      Endpoint=https://<name>.azconfig.io;Id=<id>;Secret=<base64> (shape seen in
      a public repo's code: Id 'xxxx-l0-s0:<20 chars>', Secret 44-char base64).
    - Apollo client (apopy on PyPI, apollo-rust-client docs): access key secret
      is a 32-hex string; env APOLLO_ACCESS_KEY_SECRET.

DOUBTS
    - SSM SecureString ciphertext shape (base64 of a KMS blob beginning
      'AQICAH') is taken from the brief and general knowledge, not confirmed.
    - Alibaba Cloud AccessKey (LTAI + 20 alnum / 30-char secret), GitHub
      ghp_ CRC32 checksum layout, Vault 'hvs.' token length, SendGrid
      SG.<22>.<43>, Slack xoxb- layout, Stripe sk_live_ lengths and Google
      GOCSPX- client secrets are from memory: not re-checked in this session.
    - Apollo releaseKey 'yyyyMMddHHmmss-<16 hex>' and the Nacos export zip
      metadata file name (.meta.yml) are from memory.
    - Azure App Configuration Id/Secret shape confirmed only from one public
      repository, not from Microsoft's own text.
    One code-corpus search result was a secret-scanner rule file (a
    noseyparker Azure rule); it was not read further or used.
"""
import base64
import binascii
import json
import os
import random
import string
import sys

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HX = "0123456789abcdef"
B64 = AN + "+/"
B64U = AN + "-_"


class G:
    """Random helpers bound to one Random instance."""

    def __init__(self, r):
        self.r = r

    def s(self, n, alpha=AN):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def hx(self, n):
        return self.s(n, HX)

    def uuid(self):
        h = self.hx(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def rbytes(self, n):
        return bytes(self.r.randrange(256) for _ in range(n))

    def b64(self, n):
        return base64.b64encode(self.rbytes(n)).decode()

    def pick(self, seq):
        return self.r.choice(seq)

    def ip(self):
        return "10.%d.%d.%d" % (self.r.randrange(0, 255), self.r.randrange(0, 255), self.r.randrange(2, 250))

    def port(self):
        return self.r.choice([3306, 5432, 6379, 8080, 8848, 8500, 2379, 2181, 9092, 27017])

    def date(self):
        return "20%02d-%02d-%02dT%02d:%02d:%02d" % (
            self.r.randrange(21, 26), self.r.randrange(1, 13), self.r.randrange(1, 29),
            self.r.randrange(0, 24), self.r.randrange(0, 60), self.r.randrange(0, 60))

    def ts(self):
        return self.r.randrange(1650000000, 1760000000)

    def app(self):
        return self.pick(["order-service", "payment-gateway", "user-center", "inventory", "billing-api",
                          "notification-svc", "risk-engine", "search-indexer", "checkout", "member-service",
                          "coupon-center", "logistics", "report-job", "auth-server", "gateway"])

    def env(self):
        return self.pick(["prod", "production", "staging", "uat", "test", "dev", "pre"])

    def region(self):
        return self.pick(["us-east-1", "eu-west-1", "ap-southeast-1", "ap-northeast-1", "eu-central-1", "us-west-2"])

    def acct(self):
        return "".join(self.r.choice(DG) for _ in range(12))

    def dbname(self):
        return self.pick(["orders", "payments", "nacos_config", "apolloconfigdb", "users", "inventory", "billing", "crm"])

    def host(self, kind="db"):
        return self.pick({
            "db": ["mysql-primary", "pg-main", "db01.internal", "rds-orders.cluster-c7x.local", "mysql.infra.svc"],
            "redis": ["redis-master", "redis.cache.svc", "cache01.internal", "redis-sentinel-0"],
            "nacos": ["nacos-headless", "nacos.infra.svc", "10.20.1.15", "nacos-0.nacos"],
            "consul": ["consul-server", "consul.service.consul", "127.0.0.1", "consul.infra"],
            "etcd": ["etcd-0.etcd", "etcd.kube-system.svc", "10.0.3.11", "etcd-cluster-client"],
            "zk": ["zk-0.zk-hs", "zookeeper", "zk1.internal", "10.0.8.21"],
        }[kind])


# ---------------------------------------------------------------- secrets
def _crc_b62(data):
    n = binascii.crc32(data.encode()) & 0xFFFFFFFF
    out = ""
    while n:
        n, m = divmod(n, 62)
        out = (DG + UP + LO)[m] + out
    return out.rjust(6, "0")


def sec_dbpw(g):
    n = g.r.randrange(14, 25)
    body = [g.pick(UP), g.pick(LO), g.pick(DG), g.pick("-_.!%*+")]
    body += [g.pick(AN + "-_.!%*+") for _ in range(n - 5)]
    g.r.shuffle(body)
    return g.pick(UP + LO) + "".join(body)


def sec_urlpw(g):
    n = g.r.randrange(14, 25)
    body = [g.pick(UP), g.pick(LO), g.pick(DG)] + [g.pick(AN + "-_.") for _ in range(n - 4)]
    g.r.shuffle(body)
    return g.pick(UP + LO) + "".join(body)


def sec_redis(g):
    return g.s(g.r.choice([24, 32, 40]))


def sec_nacos(g):
    if g.r.random() < 0.5:
        raw = g.s(g.r.randrange(32, 49)).encode()
    else:
        raw = g.rbytes(g.r.choice([32, 48, 64]))
    return base64.b64encode(raw).decode()


def sec_jwt(g):
    c = g.r.random()
    if c < 0.4:
        return g.hx(64)
    if c < 0.8:
        return g.b64(g.r.choice([32, 48, 64]))
    return g.s(g.r.randrange(40, 65))


def sec_ident(g):
    return g.s(g.r.randrange(24, 41))


def sec_aws(g):
    return g.s(40, B64)


def aws_id(g):
    return g.pick(["AKIA", "AKIA", "ASIA"]) + g.s(16, UP + "234567")


def sec_ali(g):
    return g.s(30)


def ali_id(g):
    return "LTAI5t" + g.s(18)


def sec_ghp(g):
    body = g.s(30)
    return "ghp_" + body + _crc_b62(body)


def sec_stripe(g):
    n = g.r.choice([24, 34, 99])
    if n == 99:
        return "sk_live_51" + g.s(97)
    return "sk_live_" + g.s(n)


def sec_sendgrid(g):
    return "SG." + g.s(22, B64U) + "." + g.s(43, B64U)


def sec_slackbot(g):
    return "xoxb-%s-%s-%s" % (g.s(g.r.randrange(10, 14), DG), g.s(g.r.randrange(10, 14), DG), g.s(24))


def sec_slackhook(g):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (g.s(g.r.choice([8, 10]), UP + DG),
                                                          g.s(g.r.choice([8, 10, 11]), UP + DG), g.s(24))


def sec_uuid(g):
    return g.uuid()


def sec_vault(g):
    return "hvs." + g.s(g.r.choice([24, 91]), AN + "_-")


def sec_apollo(g):
    return g.hx(32)


def sec_azcfg(g):
    return g.b64(32)


def azcfg_id(g):
    return g.s(4, AN + "+/") + "-l%d-s0:" % g.r.randrange(0, 3) + g.s(20, AN + "+/")


def sec_oauth(g):
    if g.r.random() < 0.5:
        return "GOCSPX-" + g.s(28, AN + "-_")
    return g.s(g.r.choice([32, 40, 48]), AN + "~._-")


def sec_token32(g):
    return g.s(32)


def sec_pem(g):
    # PKCS#8 RSA-2048 DER header, then random bytes (not a usable key)
    der = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100")
    der += g.rbytes(1217 - len(der))
    b = base64.b64encode(der).decode()
    return [b[i:i + 64] for i in range(0, len(b), 64)]


SECRETS = {
    "dbpw": sec_dbpw, "urlpw": sec_urlpw, "redis": sec_redis, "nacos": sec_nacos, "jwt": sec_jwt,
    "ident": sec_ident, "aws": sec_aws, "ali": sec_ali, "ghp": sec_ghp, "stripe": sec_stripe,
    "sendgrid": sec_sendgrid, "slackbot": sec_slackbot, "slackhook": sec_slackhook, "uuid": sec_uuid,
    "vault": sec_vault, "apollo": sec_apollo, "azcfg": sec_azcfg, "oauth": sec_oauth,
    "token32": sec_token32, "pem": sec_pem,
}

# ---------------------------------------------------------------- negative fillers
NEG_COMMON = [
    ("placeholder", "<your-password>"), ("placeholder", "YOUR_API_KEY_HERE"), ("placeholder", "changeme"),
    ("placeholder", "xxxxxxxxxxxxxxxxxxxxxxxx"), ("placeholder", "REPLACE_ME"), ("placeholder", "<secret>"),
    ("placeholder", "your-secret-here"), ("placeholder", "TODO-set-in-vault"), ("empty", ""),
    ("masked", "********"), ("masked", "[REDACTED]"), ("masked", "<hidden>"), ("masked", "******"),
    ("env-ref", "${DB_PASSWORD}"), ("env-ref", "${SECRET_VALUE:}"), ("env-ref", "${APP_SECRET}"),
    ("template", "{{ .Values.secret }}"), ("template", "{{ .Env.APP_SECRET }}"),
    ("secret-ref", "op://platform/config-center/credential"), ("secret-ref", "vault:secret/data/app#value"),
    ("secret-ref", "ssm:/prod/app/secret"),
]
NEG_URL = [("placeholder", "PASSWORD"), ("placeholder", "changeme"), ("masked", "****"),
           ("env-ref", "${DB_PASSWORD}"), ("env-ref", "$REDIS_PASSWORD"), ("placeholder", "your_password")]
NEG_EXTRA = {
    "nacos": [("documented-example", "SecretKey012345678901234567890123456789012345678901234567890123456789"),
              ("documented-example", "VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg="),
              ("env-ref", "${NACOS_AUTH_TOKEN}")],
    "aws": [("documented-example", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")],
    "stripe": [("public", "pk_live_"), ("placeholder", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx")],
    "slackhook": [("documented-example", "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"),
                  ("env-ref", "${SLACK_WEBHOOK_URL}")],
    "azcfg": [("documented-example", "xxx"), ("placeholder", "<access-key-secret>")],
    "ghp": [("placeholder", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"), ("env-ref", "${GIT_TOKEN}")],
    "uuid": [("placeholder", "00000000-0000-0000-0000-000000000000"), ("env-ref", "${CONSUL_HTTP_TOKEN}")],
    "spring": [("cipher", "CIPHER_HEX"), ("cipher", "CIPHER_RSA"),
               ("documented-example", "{cipher}FKSAJDFGYOS8F7GLHAKERGFHLSAJ")],
    "ssm": [("ciphertext", "SSM_CT"), ("ciphertext", "SSM_CT")],
    "sendgrid": [("placeholder", "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")],
}


def neg_value(g, styles, url=False):
    pool = list(NEG_URL if url else NEG_COMMON)
    extra = [e for st in styles for e in NEG_EXTRA.get(st, [])]
    kind, v = g.pick(extra if extra and g.r.random() < 0.55 else pool)
    if v == "pk_live_":
        v = "pk_live_" + g.s(24)
    elif v == "CIPHER_HEX":
        v = "{cipher}" + g.hx(g.r.choice([64, 96, 128]))
    elif v == "CIPHER_RSA":
        v = "{cipher}AQA" + base64.b64encode(g.rbytes(g.r.choice([272, 290]))).decode()
    elif v == "SSM_CT":
        v = base64.b64encode(b"\x01\x02\x02\x00\x78" + g.rbytes(g.r.choice([150, 174, 198]))).decode()
    return kind, v


def yq(g, v):
    if v == "" or v[0] in "{[*&!|>'\"%@`#" or ": " in v or " #" in v or v.startswith("- "):
        return json.dumps(v)
    if g.r.random() < 0.25:
        return "'" + v + "'" if "'" not in v else json.dumps(v)
    return v


def js(v):
    return json.dumps(v)


POS = []


def P(name, provider, kind, secret, neg=(), url=False):
    def deco(fn):
        POS.append({"name": name, "provider": provider, "kind": kind, "secret": secret,
                    "neg": tuple(neg), "url": url, "fn": fn})
        return fn
    return deco


# ---------------------------------------------------------------- Nacos
@P("nacos_server_token_key", "nacos", "nacos-token-secret-key", "nacos", ["nacos"])
def t_nacos_server(g, v, neg):
    db = g.host("db")
    txt = f"""#
# Copyright 1999-2021 Alibaba Group Holding Ltd.
# Licensed under the Apache License, Version 2.0
#

#*************** Spring Boot Related Configurations ***************#
### Default web context path:
server.servlet.contextPath=/nacos
### Default web server port:
server.port=8848

#*************** Config Module Related Configurations ***************#
spring.sql.init.platform=mysql
db.num=1
db.url.0=jdbc:mysql://{db}:3306/nacos_config?characterEncoding=utf8&connectTimeout=1000&socketTimeout=3000&autoReconnect=true&useSSL=false
db.user.0=nacos
db.password.0=${{MYSQL_SERVICE_PASSWORD}}

#*************** Access Control Related Configurations ***************#
nacos.core.auth.system.type=nacos
nacos.core.auth.enabled=true
nacos.core.auth.caching.enabled=true
nacos.core.auth.enable.userAgentAuthWhite=false
nacos.core.auth.server.identity.key=${{NACOS_AUTH_IDENTITY_KEY}}
nacos.core.auth.server.identity.value=${{NACOS_AUTH_IDENTITY_VALUE}}

### The default token (Base64 String):
nacos.core.auth.plugin.nacos.token.secret.key={v}
nacos.core.auth.plugin.nacos.token.expire.seconds={g.pick(['18000', '7200', '86400'])}

#*************** Istio Related Configurations ***************#
nacos.istio.mcp.server.enabled=false
"""
    return "nacos/conf/application.properties", txt, None


@P("nacos_server_db_password", "nacos", "database-password", "dbpw")
def t_nacos_db(g, v, neg):
    db = g.host("db")
    txt = f"""### Nacos cluster {g.env()} - managed by ops, synced from CMDB
server.servlet.contextPath=/nacos
server.port=8848
nacos.inetutils.prefer-hostname-over-ip=true

spring.sql.init.platform=mysql
### Count of DB:
db.num=2
### Connect URL of DB:
db.url.0=jdbc:mysql://{db}:3306/nacos_config?characterEncoding=utf8&connectTimeout=1000&socketTimeout=3000&autoReconnect=true
db.url.1=jdbc:mysql://{db}-replica:3306/nacos_config?characterEncoding=utf8&connectTimeout=1000&socketTimeout=3000&autoReconnect=true
db.user.0=nacos_rw
db.password.0={v}
db.pool.config.connectionTimeout=30000
db.pool.config.validationTimeout=10000
db.pool.config.maximumPoolSize=20
db.pool.config.minimumIdle=2

nacos.core.auth.enabled=true
nacos.core.auth.plugin.nacos.token.expire.seconds=18000
management.endpoints.web.exposure.include=prometheus,health
"""
    return g.pick(["deploy/nacos/application.properties", "conf/nacos/application.properties"]), txt, None


@P("nacos_compose_auth_token", "nacos", "nacos-token-secret-key", "nacos", ["nacos"])
def t_nacos_compose(g, v, neg):
    txt = f"""version: "3.8"
services:
  nacos:
    image: nacos/nacos-server:v{g.pick(['2.2.3', '2.3.0', '2.3.2', '2.4.1'])}
    container_name: nacos-standalone
    environment:
      - PREFER_HOST_MODE=hostname
      - MODE=standalone
      - SPRING_DATASOURCE_PLATFORM=mysql
      - MYSQL_SERVICE_HOST=mysql
      - MYSQL_SERVICE_DB_NAME=nacos_devtest
      - MYSQL_SERVICE_PORT=3306
      - MYSQL_SERVICE_USER=nacos
      - MYSQL_SERVICE_PASSWORD=${{MYSQL_PASSWORD}}
      - NACOS_AUTH_ENABLE=true
      - NACOS_AUTH_TOKEN={v}
      - NACOS_AUTH_IDENTITY_KEY=serverIdentity
    volumes:
      - ./standalone-logs/:/home/nacos/logs
    ports:
      - "8848:8848"
      - "9848:9848"
    depends_on:
      mysql:
        condition: service_healthy
    restart: always
"""
    return g.pick(["docker-compose.yml", "deploy/nacos/docker-compose.yaml", "example/standalone-mysql.yaml"]), txt, None


@P("nacos_identity_value", "nacos", "server-identity", "ident")
def t_nacos_ident(g, v, neg):
    txt = f"""# nacos cluster overrides (k8s configmap -> mounted as custom.properties)
nacos.core.auth.enabled=true
nacos.core.auth.system.type=nacos
nacos.core.auth.server.identity.key=x-nacos-peer
nacos.core.auth.server.identity.value={v}
nacos.naming.data.warmup=true
nacos.naming.expireInstance=true
nacos.core.member.lookup.type=address-server
address.server.domain=jmenv.infra.svc
"""
    return g.pick(["k8s/nacos/custom.properties", "nacos/init.d/custom.properties"]), txt, None


@P("nacos_export_yaml_dbpass", "nacos", "database-password", "dbpw")
def t_nacos_export(g, v, neg):
    app = g.app()
    db = g.host("db")
    txt = f"""server:
  port: 8080
spring:
  application:
    name: {app}
  datasource:
    driver-class-name: com.mysql.cj.jdbc.Driver
    url: jdbc:mysql://{db}:3306/{g.dbname()}?useUnicode=true&characterEncoding=utf8&serverTimezone=Asia/Shanghai
    username: {app.split('-')[0]}_app
    password: {yq(g, v)}
    hikari:
      maximum-pool-size: 30
      minimum-idle: 5
mybatis-plus:
  mapper-locations: classpath*:mapper/**/*.xml
  configuration:
    map-underscore-to-camel-case: true
logging:
  level:
    com.example: info
"""
    return f"nacos_config_export_{g.r.randrange(20230101, 20251231)}/DEFAULT_GROUP/{app}-{g.env()}.yaml", txt, None


@P("nacos_client_bootstrap_password", "nacos", "nacos-password", "dbpw")
def t_nacos_bootstrap(g, v, neg):
    app = g.app()
    ns = g.uuid()
    txt = f"""spring:
  application:
    name: {app}
  profiles:
    active: {g.env()}
  cloud:
    nacos:
      server-addr: {g.host('nacos')}:8848
      username: {app}
      password: {yq(g, v)}
      discovery:
        namespace: {ns}
        group: DEFAULT_GROUP
      config:
        namespace: {ns}
        file-extension: yaml
        shared-configs:
          - data-id: common-{g.env()}.yaml
            refresh: true
"""
    return g.pick(["src/main/resources/bootstrap.yml", f"{app}/src/main/resources/bootstrap.yaml"]), txt, None


@P("nacos_aliyun_ak", "alibaba-cloud", "access-key-secret", "ali")
def t_nacos_ak(g, v, neg):
    kid = ali_id(g) if not neg else "<your-access-key-id>"
    txt = f"""spring.application.name={g.app()}
spring.cloud.nacos.config.server-addr=mse-{g.hx(8)}-nacos-ans.mse.aliyuncs.com:8848
spring.cloud.nacos.config.namespace={g.uuid()}
spring.cloud.nacos.config.file-extension=properties
spring.cloud.nacos.config.access-key={kid}
spring.cloud.nacos.config.secret-key={v}
spring.cloud.nacos.config.refresh-enabled=true
spring.cloud.nacos.discovery.enabled=false
"""
    return "src/main/resources/bootstrap.properties", txt, None


@P("nacos_login_curl", "nacos", "nacos-password", "urlpw", url=True)
def t_nacos_curl(g, v, neg):
    h = g.host("nacos")
    txt = f"""#!/usr/bin/env bash
# Publish the rendered gateway routes to Nacos.
set -euo pipefail
NACOS_ADDR=${{NACOS_ADDR:-http://{h}:8848}}
DATA_ID=gateway-routes.json
GROUP=GATEWAY_GROUP

TOKEN=$(curl -s -X POST "$NACOS_ADDR/nacos/v1/auth/login" \\
  -d 'username=deployer&password={v}' | jq -r .accessToken)

curl -s -X POST "$NACOS_ADDR/nacos/v1/cs/configs?accessToken=$TOKEN" \\
  --data-urlencode "dataId=$DATA_ID" \\
  --data-urlencode "group=$GROUP" \\
  --data-urlencode "type=json" \\
  --data-urlencode "content@build/routes.json"
echo "published $DATA_ID"
"""
    return g.pick(["scripts/publish-routes.sh", "ops/nacos/push_config.sh"]), txt, None


@P("nacos_java_client_props", "nacos", "nacos-password", "dbpw")
def t_nacos_java(g, v, neg):
    txt = f"""package com.example.config;

import com.alibaba.nacos.api.NacosFactory;
import com.alibaba.nacos.api.PropertyKeyConst;
import com.alibaba.nacos.api.config.ConfigService;
import com.alibaba.nacos.api.exception.NacosException;

import java.util.Properties;

public final class NacosBootstrap {{

    private static final String SERVER_ADDR = "{g.host('nacos')}:8848";
    private static final String NAMESPACE = "{g.uuid()}";

    private NacosBootstrap() {{
    }}

    public static ConfigService connect() throws NacosException {{
        Properties properties = new Properties();
        properties.put(PropertyKeyConst.SERVER_ADDR, SERVER_ADDR);
        properties.put(PropertyKeyConst.NAMESPACE, NAMESPACE);
        properties.put(PropertyKeyConst.USERNAME, "{g.app()}");
        properties.put(PropertyKeyConst.PASSWORD, "{v}");
        return NacosFactory.createConfigService(properties);
    }}
}}
"""
    return "src/main/java/com/example/config/NacosBootstrap.java", txt, None


@P("nacos_go_sdk", "nacos", "nacos-password", "dbpw")
def t_nacos_go(g, v, neg):
    txt = f"""package config

import (
\t"github.com/nacos-group/nacos-sdk-go/v2/clients"
\t"github.com/nacos-group/nacos-sdk-go/v2/clients/config_client"
\t"github.com/nacos-group/nacos-sdk-go/v2/common/constant"
\t"github.com/nacos-group/nacos-sdk-go/v2/vo"
)

func NewClient() (config_client.IConfigClient, error) {{
\tsc := []constant.ServerConfig{{
\t\t*constant.NewServerConfig("{g.host('nacos')}", 8848, constant.WithContextPath("/nacos")),
\t}}
\tcc := *constant.NewClientConfig(
\t\tconstant.WithNamespaceId("{g.uuid()}"),
\t\tconstant.WithTimeoutMs(5000),
\t\tconstant.WithNotLoadCacheAtStart(true),
\t\tconstant.WithLogDir("/tmp/nacos/log"),
\t\tconstant.WithCacheDir("/tmp/nacos/cache"),
\t\tconstant.WithUsername("{g.app()}"),
\t\tconstant.WithPassword("{v}"),
\t)
\treturn clients.NewConfigClient(vo.NacosClientParam{{ClientConfig: &cc, ServerConfigs: sc}})
}}
"""
    return "internal/config/nacos.go", txt, None


@P("nacos_python_sdk", "nacos", "nacos-password", "dbpw")
def t_nacos_py(g, v, neg):
    txt = f'''"""Load runtime settings from Nacos."""
import json
import logging

import nacos

log = logging.getLogger(__name__)

SERVER_ADDRESSES = "{g.host('nacos')}:8848"
NAMESPACE = "{g.uuid()}"


def load_settings(data_id="{g.app()}.json", group="DEFAULT_GROUP"):
    client = nacos.NacosClient(SERVER_ADDRESSES, namespace=NAMESPACE,
                               username="reader", password="{v}")
    raw = client.get_config(data_id, group)
    log.info("loaded %s/%s (%d bytes)", group, data_id, len(raw or ""))
    return json.loads(raw or "{{}}")
'''
    return g.pick(["app/settings/nacos_loader.py", "src/config/nacos_client.py"]), txt, None


@P("nacos_config_json_stripe", "stripe", "api-key", "stripe", ["stripe"])
def t_nacos_json_stripe(g, v, neg):
    d = {"payment": {"provider": "stripe", "currency": g.pick(["usd", "eur", "sgd"]),
                     "stripe": {"apiVersion": "2023-10-16", "secretKey": v, "webhookPath": "/hooks/stripe",
                                "timeoutMs": 8000},
                     "retry": {"max": 3, "backoffMs": 500}},
         "features": {"applePay": True, "sepa": False}}
    return f"nacos_config_export/PAY_GROUP/payment-gateway-{g.env()}.json", json.dumps(d, indent=2) + "\n", None


# ---------------------------------------------------------------- Apollo
@P("apollo_access_key_secret", "apollo", "access-key-secret", "apollo")
def t_apollo_app(g, v, neg):
    app = g.app()
    txt = f"""# Apollo client settings
app.id={app}
apollo.meta=http://apollo-configservice.{g.env()}.svc:8080
apollo.cluster=default
apollo.bootstrap.enabled=true
apollo.bootstrap.eagerLoad.enabled=true
apollo.bootstrap.namespaces=application,TEST1.common
apollo.access-key.secret={v}
apollo.cache-dir=/opt/data
"""
    return g.pick(["src/main/resources/META-INF/app.properties", "src/main/resources/application.properties"]), txt, None


@P("apollo_configservice_db", "apollo", "database-password", "dbpw")
def t_apollo_db(g, v, neg):
    txt = f"""# DataSource
spring.datasource.url = jdbc:mysql://{g.host('db')}:3306/ApolloConfigDB?characterEncoding=utf8
spring.datasource.username = apollo
spring.datasource.password = {v}

# apollo portal env
apollo.portal.envs = dev,fat,uat,pro
eureka.instance.preferIpAddress = true
server.port = 8080
"""
    return g.pick(["apollo-configservice/config/application-github.properties",
                   "deploy/apollo/configservice/application-github.properties"]), txt, None


@P("apollo_namespace_export_redis", "apollo", "redis-password", "redis")
def t_apollo_export(g, v, neg):
    app = g.app()
    items = [("redis.host", g.host("redis")), ("redis.port", "6379"), ("redis.password", v),
             ("redis.database", str(g.r.randrange(0, 8))), ("cache.ttl.seconds", "600"),
             ("feature.new-checkout", g.pick(["true", "false"]))]
    d = {"appId": app, "clusterName": "default", "namespaceName": "application", "format": "properties",
         "items": [{"key": k, "value": val, "comment": "", "lineNum": i + 1} for i, (k, val) in enumerate(items)]}
    return f"apollo-export/{app}/default/application.json", json.dumps(d, indent=2) + "\n", None


@P("apollo_java_system_property", "apollo", "access-key-secret", "apollo")
def t_apollo_java(g, v, neg):
    txt = f"""package com.example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import com.ctrip.framework.apollo.spring.annotation.EnableApolloConfig;

@EnableApolloConfig
@SpringBootApplication
public class Application {{

    public static void main(String[] args) {{
        System.setProperty("app.id", "{g.app()}");
        System.setProperty("apollo.meta", "http://apollo-meta.internal:8080");
        // local runs only; CI injects the real value
        System.setProperty("apollo.access-key.secret", "{v}");
        SpringApplication.run(Application.class, args);
    }}
}}
"""
    return "src/main/java/com/example/Application.java", txt, None


@P("apollo_python_client", "apollo", "access-key-secret", "apollo")
def t_apollo_py(g, v, neg):
    txt = f'''from apollo.client import ApolloClient

from .defaults import DEFAULTS

client = ApolloClient(
    app_id="{g.app()}",
    cluster="default",
    config_server_url="http://apollo-config.{g.env()}:8080",
    secret="{v}",
)


def get(key, namespace="application"):
    return client.get_value(key, DEFAULTS.get(key), namespace)
'''
    return g.pick(["service/config.py", "app/apollo_conf.py"]), txt, None


@P("apollo_docker_run", "apollo", "access-key-secret", "apollo")
def t_apollo_docker(g, v, neg):
    app = g.app()
    txt = f"""#!/bin/sh
# start {app} against the UAT Apollo cluster
docker run -d --name {app} \\
  -p 8080:8080 \\
  -e APP_ID={app} \\
  -e APOLLO_META=http://apollo-meta.uat.internal:8080 \\
  -e APOLLO_CLUSTER=default \\
  -e APOLLO_ACCESS_KEY_SECRET={v} \\
  -e JAVA_OPTS="-Xms512m -Xmx1g" \\
  registry.internal/{app}:{g.r.randrange(1, 9)}.{g.r.randrange(0, 20)}.{g.r.randrange(0, 9)}
"""
    return g.pick(["scripts/run-uat.sh", "bin/start.sh"]), txt, None


# ---------------------------------------------------------------- Spring Cloud Config
@P("scc_plain_datasource_password", "spring-cloud-config", "database-password", "dbpw", ["spring"])
def t_scc_plain(g, v, neg):
    app = g.app()
    txt = f"""spring:
  datasource:
    url: jdbc:postgresql://{g.host('db')}:5432/{g.dbname()}
    username: {app.replace('-', '_')}
    password: {yq(g, v)}
  jpa:
    open-in-view: false
  rabbitmq:
    host: rabbitmq.{g.env()}.svc
    username: {app}
    password: '{{cipher}}{g.hx(64)}'
management:
  endpoints:
    web:
      exposure:
        include: health,info,refresh
"""
    return f"config-repo/{app}-{g.env()}.yml", txt, None


@P("scc_properties_sendgrid", "sendgrid", "api-key", "sendgrid", ["spring", "sendgrid"])
def t_scc_sendgrid(g, v, neg):
    app = g.app()
    txt = f"""# {app} - shared across all profiles
server.shutdown=graceful
spring.mail.host=smtp.sendgrid.net
spring.mail.port=587
spring.mail.username=apikey
spring.sendgrid.api-key={v}
notification.from=no-reply@example.com
notification.templates.welcome=d-{g.hx(32)}
spring.datasource.password={{cipher}}{g.hx(64)}
"""
    return f"config-repo/{app}.properties", txt, None


@P("scc_encrypt_key", "spring-cloud-config", "encryption-key", "ident")
def t_scc_encrypt(g, v, neg):
    txt = f"""server:
  port: 8888
spring:
  application:
    name: config-server
  cloud:
    config:
      server:
        git:
          uri: https://git.example.com/platform/config-repo.git
          default-label: main
          search-paths: '{{application}}'
          clone-on-start: true
encrypt:
  key: {yq(g, v)}
"""
    return g.pick(["config-server/src/main/resources/bootstrap.yml", "config-server/src/main/resources/application.yml"]), txt, None


@P("scc_git_password_token", "github", "personal-access-token", "ghp", ["ghp"])
def t_scc_git(g, v, neg):
    txt = f"""spring:
  cloud:
    config:
      server:
        git:
          uri: https://github.com/acme-platform/config-repo
          username: acme-config-bot
          password: {yq(g, v)}
          default-label: main
          timeout: 10
          force-pull: true
server:
  port: 8888
"""
    return g.pick(["config-server/src/main/resources/application.yml", "deploy/config-server/application.yml"]), txt, None


@P("scc_client_uri_basic", "spring-cloud-config", "basic-auth-password", "urlpw", url=True)
def t_scc_uri(g, v, neg):
    txt = f"""spring.application.name={g.app()}
spring.profiles.active={g.env()}
spring.config.import=optional:configserver:http://config:{v}@config-server.{g.env()}.svc:8888
spring.cloud.config.fail-fast=true
spring.cloud.config.retry.max-attempts=6
spring.cloud.config.label=main
"""
    return "src/main/resources/application.properties", txt, None


# ---------------------------------------------------------------- Consul
def consul_export(g, prefix, pairs):
    arr = [{"key": k, "flags": 0, "value": base64.b64encode(val.encode()).decode()} for k, val in pairs]
    return json.dumps(arr, indent="\t") + "\n"


@P("consul_export_db_password", "consul", "database-password", "dbpw")
def t_consul_export(g, v, neg):
    app = g.app()
    p = f"config/{app}/{g.env()}"
    pairs = [(f"{p}/db/host", g.host("db")), (f"{p}/db/name", g.dbname()), (f"{p}/db/password", v),
             (f"{p}/db/pool_size", str(g.r.randrange(5, 40))), (f"{p}/db/user", app.replace("-", "_")),
             (f"{p}/log_level", g.pick(["info", "warn", "debug"]))]
    return g.pick(["backup/consul-kv-export.json", f"ops/consul/{app}.json"]), consul_export(g, p, pairs), \
        base64.b64encode(v.encode()).decode()


@P("consul_export_json_blob", "consul", "api-key", "sendgrid", ["sendgrid"])
def t_consul_blob(g, v, neg):
    app = g.app()
    blob = json.dumps({"provider": "sendgrid", "apiKey": v, "from": "alerts@example.com", "sandbox": False})
    pairs = [(f"services/{app}/mail", blob), (f"services/{app}/port", "8080"),
             (f"services/{app}/upstream", f"http://{g.app()}.service.consul:8080"),
             (f"services/{app}/tracing/enabled", "true")]
    return "consul/export/services.json", consul_export(g, "", pairs), base64.b64encode(blob.encode()).decode()


@P("consul_http_token_export", "consul", "acl-token", "uuid", ["uuid"])
def t_consul_token(g, v, neg):
    txt = f"""#!/usr/bin/env bash
# nightly KV backup -> s3
set -euo pipefail
export CONSUL_HTTP_ADDR=https://{g.host('consul')}:8501
export CONSUL_HTTP_TOKEN={v}
export CONSUL_CACERT=/etc/consul.d/ca.pem

stamp=$(date +%Y%m%d)
consul kv export config/ > "/var/backups/consul/kv-$stamp.json"
aws s3 cp "/var/backups/consul/kv-$stamp.json" s3://acme-ops-backups/consul/
"""
    return g.pick(["ops/backup-consul-kv.sh", "scripts/consul_backup.sh"]), txt, None


@P("consul_recurse_jwt", "consul", "jwt-signing-key", "jwt")
def t_consul_recurse(g, v, neg):
    pairs = [("service/auth/issuer", "https://auth.example.com"), ("service/auth/jwt_secret", v),
             ("service/auth/token_ttl", "3600"), ("service/auth/refresh_ttl", "1209600")]
    out = []
    idx = g.r.randrange(100, 90000)
    for k, val in pairs:
        ci = idx + g.r.randrange(1, 500)
        out.append({"LockIndex": 0, "Key": k, "Flags": 0, "Value": base64.b64encode(val.encode()).decode(),
                    "CreateIndex": ci, "ModifyIndex": ci + g.r.randrange(0, 900)})
    txt = "$ curl -s -H \"X-Consul-Token: $CONSUL_HTTP_TOKEN\" http://127.0.0.1:8500/v1/kv/service/auth?recurse | jq .\n"
    txt += json.dumps(out, indent=2) + "\n"
    return g.pick(["docs/debug/consul-auth-kv.log", "notes/consul-kv-dump.txt"]), txt, \
        base64.b64encode(v.encode()).decode()


@P("consul_kv_get_recurse", "consul", "database-password", "dbpw")
def t_consul_get(g, v, neg):
    app = g.app()
    e = g.env()
    txt = f"""$ consul kv get -recurse app/{app}/{e}/
app/{app}/{e}/cache/ttl:300
app/{app}/{e}/db/host:{g.host('db')}
app/{app}/{e}/db/password:{v}
app/{app}/{e}/db/user:{app.replace('-', '_')}
app/{app}/{e}/feature/dark_mode:false
app/{app}/{e}/http/port:8080
"""
    return g.pick(["logs/consul-session.log", "docs/incidents/kv-snapshot.txt"]), txt, None


@P("consul_template_vault_token", "vault", "vault-token", "vault")
def t_consul_tpl(g, v, neg):
    txt = f"""consul {{
  address = "{g.host('consul')}:8500"
  retry {{
    enabled  = true
    attempts = 12
  }}
}}

vault {{
  address     = "https://vault.internal:8200"
  token       = "{v}"
  renew_token = false
}}

template {{
  source      = "/etc/consul-template/app.ctmpl"
  destination = "/etc/app/app.conf"
  command     = "systemctl reload app"
}}
"""
    return g.pick(["deploy/consul-template/config.hcl", "consul-template.hcl"]), txt, None


# ---------------------------------------------------------------- etcd
@P("etcd_prefix_output_signing", "etcd", "jwt-signing-key", "jwt")
def t_etcd_prefix(g, v, neg):
    txt = f"""$ ETCDCTL_API=3 etcdctl --endpoints=https://{g.host('etcd')}:2379 get /config/{g.app()}/ --prefix
/config/{g.app()}/auth/issuer
https://sso.example.com
/config/{g.app()}/auth/signing
{v}
/config/{g.app()}/http/addr
:8080
/config/{g.app()}/log/level
info
"""
    return g.pick(["docs/debug/etcd-dump.txt", "logs/etcdctl-get.log"]), txt, None


@P("etcd_json_value_password", "etcd", "database-password", "dbpw")
def t_etcd_json(g, v, neg):
    val = json.dumps({"host": g.host("db"), "port": 5432, "user": "svc_reader", "password": v, "sslmode": "require"})
    txt = f"""# etcdctl get /registry/config/{g.app()}/database
/registry/config/{g.app()}/database
{val}
"""
    return g.pick(["runbooks/etcd-db-config.txt", "tmp/etcd-get-database.out"]), txt, None


@P("etcd_put_user_arg", "etcd", "etcd-password", "urlpw", url=True)
def t_etcd_put(g, v, neg):
    txt = f"""#!/usr/bin/env bash
# seed /config for a fresh etcd cluster
set -e
EP=https://{g.host('etcd')}:2379
ec() {{ etcdctl --endpoints="$EP" --cacert=/etc/etcd/ca.crt --user root:{v} "$@"; }}

ec put /config/global/log_level info
ec put /config/global/region {g.region()}
ec put /config/global/feature_flags '{{"beta":false}}'
ec get /config --prefix --keys-only
"""
    return g.pick(["scripts/seed-etcd.sh", "ops/etcd/bootstrap.sh"]), txt, None


@P("etcd_go_client", "etcd", "etcd-password", "dbpw")
def t_etcd_go(g, v, neg):
    txt = f"""package store

import (
\t"time"

\tclientv3 "go.etcd.io/etcd/client/v3"
)

func Open() (*clientv3.Client, error) {{
\treturn clientv3.New(clientv3.Config{{
\t\tEndpoints:   []string{{"{g.host('etcd')}:2379"}},
\t\tDialTimeout: 5 * time.Second,
\t\tUsername:    "config-reader",
\t\tPassword:    "{v}",
\t}})
}}
"""
    return "pkg/store/etcd.go", txt, None


# ---------------------------------------------------------------- ZooKeeper / Dubbo
@P("zk_addauth_digest", "zookeeper", "digest-password", "urlpw", url=True)
def t_zk(g, v, neg):
    sid = "0x" + g.hx(15)
    txt = f"""[zk: localhost:2181(CONNECTED) 0] addauth digest admin:{v}
[zk: localhost:2181(CONNECTED) 1] ls /dubbo
[com.example.api.OrderService, com.example.api.UserService]
[zk: localhost:2181(CONNECTED) 2] getAcl /dubbo
'digest,'admin:{base64.b64encode(g.rbytes(20)).decode()}
: cdrwa
[zk: localhost:2181(CONNECTED) 3] stat /dubbo
cZxid = 0x{g.hx(9)}
ctime = Tue Mar 12 10:21:44 UTC 2024
ephemeralOwner = 0x0
numChildren = 2
[zk: localhost:2181(CONNECTED) 4] quit
WATCHER::
WatchedEvent state:Closed type:None path:null session id {sid}
"""
    return g.pick(["docs/zk-acl-session.log", "logs/zkcli.log"]), txt, None


@P("dubbo_registry_props", "dubbo", "registry-password", "dbpw")
def t_dubbo_props(g, v, neg):
    txt = f"""dubbo.application.name={g.app()}
dubbo.application.qos-enable=false
dubbo.registry.address=zookeeper://{g.host('zk')}:2181
dubbo.registry.username=dubbo
dubbo.registry.password={v}
dubbo.registry.timeout=10000
dubbo.protocol.name=dubbo
dubbo.protocol.port=20880
dubbo.consumer.check=false
"""
    return g.pick(["src/main/resources/dubbo.properties", "provider/src/main/resources/dubbo.properties"]), txt, None


@P("dubbo_registry_xml", "dubbo", "registry-password", "dbpw")
def t_dubbo_xml(g, v, neg):
    txt = f"""<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xmlns:dubbo="http://dubbo.apache.org/schema/dubbo"
       xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd
       http://dubbo.apache.org/schema/dubbo http://dubbo.apache.org/schema/dubbo/dubbo.xsd">

    <dubbo:application name="{g.app()}"/>
    <dubbo:registry protocol="zookeeper" address="{g.host('zk')}:2181" username="dubbo" password="{v}"/>
    <dubbo:config-center address="zookeeper://{g.host('zk')}:2181"/>
    <dubbo:protocol name="dubbo" port="20880"/>
    <dubbo:service interface="com.example.api.OrderService" ref="orderService" version="1.0.0"/>
    <bean id="orderService" class="com.example.provider.OrderServiceImpl"/>
</beans>
"""
    return "src/main/resources/spring/dubbo-provider.xml", txt, None


@P("dubbo_registry_url_yaml", "dubbo", "registry-password", "urlpw", url=True)
def t_dubbo_url(g, v, neg):
    txt = f"""dubbo:
  application:
    name: {g.app()}
  registry:
    address: nacos://{g.host('nacos')}:8848?username=dubbo&password={v}
    parameters:
      namespace: {g.uuid()}
  protocol:
    name: tri
    port: 50051
"""
    return "src/main/resources/application.yml", txt, None


# ---------------------------------------------------------------- Redis as config
@P("redis_hgetall_config", "redis", "api-key", "stripe", ["stripe"])
def t_redis_hash(g, v, neg):
    e = g.env()
    txt = f"""127.0.0.1:6379> HGETALL config:payments:{e}
 1) "currency"
 2) "{g.pick(['USD', 'EUR', 'JPY'])}"
 3) "stripe_secret_key"
 4) "{v}"
 5) "capture_delay_ms"
 6) "{g.r.randrange(100, 5000)}"
 7) "updated_by"
 8) "deploy-bot"
127.0.0.1:6379> TTL config:payments:{e}
(integer) -1
"""
    return g.pick(["docs/redis-config-dump.txt", "logs/redis-cli.log"]), txt, None


@P("redis_requirepass", "redis", "redis-password", "redis")
def t_redis_conf(g, v, neg):
    txt = f"""bind 0.0.0.0
protected-mode yes
port 6379
tcp-keepalive 300
daemonize no
loglevel notice
databases 16
save 900 1
save 300 10
appendonly yes
appendfsync everysec
requirepass {v}
maxmemory {g.pick(['512mb', '1gb', '2gb'])}
maxmemory-policy allkeys-lru
"""
    return g.pick(["deploy/redis/redis.conf", "config/redis.conf"]), txt, None


@P("redis_py_client", "redis", "redis-password", "redis")
def t_redis_py(g, v, neg):
    txt = f'''import redis

REDIS_HOST = "{g.host('redis')}"
REDIS_PORT = 6379
REDIS_PASSWORD = "{v}"

pool = redis.ConnectionPool(host=REDIS_HOST, port=REDIS_PORT, password=REDIS_PASSWORD, db=2,
                            decode_responses=True)


def feature_flags():
    r = redis.Redis(connection_pool=pool)
    return r.hgetall("config:feature-flags")
'''
    return g.pick(["app/flags.py", "src/runtime_config.py"]), txt, None


@P("redis_url_properties", "redis", "redis-password", "urlpw", url=True)
def t_redis_url(g, v, neg):
    txt = f"""spring.application.name={g.app()}
spring.data.redis.url=redis://:{v}@{g.host('redis')}:6379/0
spring.data.redis.timeout=2s
spring.cache.type=redis
spring.cache.redis.time-to-live=10m
"""
    return g.pick(["src/main/resources/application-prod.properties", "config/application.properties"]), txt, None


# ---------------------------------------------------------------- AWS SSM / AppConfig
def ssm_param(g, name, typ, value, region, acct):
    return {"Name": name, "Type": typ, "Value": value, "Version": g.r.randrange(1, 12),
            "LastModifiedDate": g.date() + ".%03d000+00:00" % g.r.randrange(1000),
            "ARN": f"arn:aws:ssm:{region}:{acct}:parameter{name}", "DataType": "text"}


@P("ssm_by_path_decrypted_db", "aws-ssm", "decrypted-securestring", "dbpw", ["ssm"])
def t_ssm_path(g, v, neg):
    app, e, reg, acct = g.app(), g.env(), g.region(), g.acct()
    p = f"/{e}/{app}"
    params = [ssm_param(g, f"{p}/db/host", "String", g.host("db"), reg, acct),
              ssm_param(g, f"{p}/db/password", "SecureString", v, reg, acct),
              ssm_param(g, f"{p}/db/username", "String", app.replace("-", "_"), reg, acct),
              ssm_param(g, f"{p}/allowed_origins", "StringList", "https://app.example.com,https://admin.example.com", reg, acct)]
    txt = json.dumps({"Parameters": params}, indent=4) + "\n"
    return g.pick([f"ssm-export/{e}-{app}.json", "tmp/params.json"]), txt, None


@P("ssm_by_path_slack_webhook", "slack", "webhook-url", "slackhook", ["slackhook", "ssm"])
def t_ssm_slack(g, v, neg):
    e, reg, acct = g.env(), g.region(), g.acct()
    params = [ssm_param(g, f"/{e}/alerting/channel", "String", "#ops-alerts", reg, acct),
              ssm_param(g, f"/{e}/alerting/endpoint", "SecureString", v, reg, acct),
              ssm_param(g, f"/{e}/alerting/min_severity", "String", "warning", reg, acct)]
    txt = f"$ aws ssm get-parameters-by-path --path /{e}/alerting --recursive --with-decryption --region {reg}\n"
    txt += json.dumps({"Parameters": params}, indent=4) + "\n"
    return g.pick(["docs/alerting/ssm-output.txt", "runbooks/alerting-params.log"]), txt, None


@P("ssm_get_parameter_text", "sendgrid", "decrypted-securestring", "sendgrid", ["ssm", "sendgrid"])
def t_ssm_text(g, v, neg):
    reg, acct, e = g.region(), g.acct(), g.env()
    txt = f"""$ aws ssm get-parameter --name /{e}/mailer/key --with-decryption --output text --region {reg}
arn:aws:ssm:{reg}:{acct}:parameter/{e}/mailer/key\ttext\t{g.date()}.{g.r.randrange(100, 999)}000+00:00\t/{e}/mailer/key\tSecureString\t{v}\t{g.r.randrange(1, 9)}
$ aws ssm get-parameter --name /{e}/mailer/from --output text --region {reg}
arn:aws:ssm:{reg}:{acct}:parameter/{e}/mailer/from\ttext\t{g.date()}.{g.r.randrange(100, 999)}000+00:00\t/{e}/mailer/from\tString\tnoreply@example.com\t1
"""
    return g.pick(["logs/ssm-debug.log", "notes/mailer-params.txt"]), txt, None


@P("ssm_put_parameter", "stripe", "api-key", "stripe", ["stripe"])
def t_ssm_put(g, v, neg):
    e, reg = g.env(), g.region()
    txt = f"""#!/usr/bin/env bash
# one-off: move payment settings from the old config server into Parameter Store
set -euo pipefail
REGION={reg}
aws ssm put-parameter --region "$REGION" --name /{e}/payments/currency --type String --value USD --overwrite
aws ssm put-parameter --region "$REGION" --name /{e}/payments/gateway --type SecureString \\
  --value '{v}' --overwrite
aws ssm put-parameter --region "$REGION" --name /{e}/payments/timeout_ms --type String --value 8000 --overwrite
"""
    return g.pick(["scripts/migrate-payments-params.sh", "ops/ssm/put-payment-params.sh"]), txt, None


@P("ssm_inventory_csv_aws", "aws", "secret-access-key", "aws", ["aws", "ssm"])
def t_ssm_csv(g, v, neg):
    e = g.env()
    kid = aws_id(g) if not neg else "AKIAIOSFODNN7EXAMPLE"
    rows = [("Name", "Type", "Value", "Version"),
            (f"/{e}/etl/bucket", "String", f"acme-{e}-etl-landing", "3"),
            (f"/{e}/etl/aws_access_key_id", "String", kid, "2"),
            (f"/{e}/etl/aws_secret_access_key", "SecureString", v, "2"),
            (f"/{e}/etl/schedule", "String", "cron(0 3 * * ? *)", "5")]
    txt = "\n".join(",".join(r) for r in rows) + "\n"
    return g.pick(["exports/ssm-parameters.csv", "docs/params-inventory.csv"]), txt, None


@P("appconfig_hosted_json", "aws-appconfig", "jwt-signing-key", "jwt")
def t_appconfig(g, v, neg):
    d = {"session": {"cookieName": "sid", "maxAgeSeconds": 3600, "jwtSecret": v, "issuer": "checkout"},
         "rateLimit": {"rps": g.r.randrange(50, 500), "burst": 100},
         "flags": {"newCart": True, "giftCards": False}}
    return g.pick(["appconfig/profiles/checkout-runtime.json", "infra/appconfig/runtime.json"]), \
        json.dumps(d, indent=2) + "\n", None


@P("appconfig_python_defaults_oauth", "google", "oauth-client-secret", "oauth")
def t_appconfig_py(g, v, neg):
    cid = f"{g.s(12, DG)}-{g.s(32, LO + DG)}.apps.googleusercontent.com"
    txt = f'''"""Fallback values used when AWS AppConfig is unreachable."""

APPLICATION = "{g.app()}"
ENVIRONMENT = "{g.env()}"
PROFILE = "runtime"

DEFAULTS = {{
    "oauth": {{
        "client_id": "{cid}",
        "client_secret": "{v}",
        "redirect_uri": "https://app.example.com/oauth2/callback",
    }},
    "poll_interval_seconds": 45,
}}
'''
    return g.pick(["app/appconfig_defaults.py", "src/settings/fallback.py"]), txt, None


# ---------------------------------------------------------------- Azure App Configuration
def az_conn(g, v):
    return f"Endpoint=https://{g.app()}-{g.env()}.azconfig.io;Id={azcfg_id(g)};Secret={v}"


@P("azure_appsettings_connstr", "azure-app-configuration", "access-key", "azcfg", ["azcfg"])
def t_az_json(g, v, neg):
    d = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
         "AllowedHosts": "*",
         "ConnectionStrings": {"AppConfig": az_conn(g, v)},
         "FeatureManagement": {"Beta": False}}
    return "src/WebApi/appsettings.json", json.dumps(d, indent=2) + "\n", None


@P("azure_kvset_export_stripe", "stripe", "api-key", "stripe", ["stripe"])
def t_az_kvset(g, v, neg):
    lab = g.env()
    items = [{"key": "Checkout:Currency", "value": "EUR", "label": lab, "content_type": None, "tags": {}},
             {"key": "Checkout:Stripe:SecretKey", "value": v, "label": lab, "content_type": None,
              "tags": {"owner": "payments"}},
             {"key": "Checkout:Stripe:WebhookPath", "value": "/hooks/stripe", "label": lab, "content_type": None, "tags": {}},
             {"key": "Checkout:Db", "value": json.dumps({"uri": f"https://kv-{lab}-shared.vault.azure.net/secrets/checkout-db"}),
              "label": lab, "content_type": "application/vnd.microsoft.appconfig.keyvaultref+json;charset=utf-8", "tags": {}}]
    txt = json.dumps({"items": items}, indent=2) + "\n"
    return g.pick(["appconfig/export-kvset.json", "infra/appconfig/checkout.kvset.json"]), txt, None


@P("azure_export_yaml_password", "azure-app-configuration", "database-password", "dbpw")
def t_az_yaml(g, v, neg):
    txt = f"""# az appconfig kv export -n {g.app()}-cfg --label {g.env()} -d file --format yaml --path export.yaml --separator :
Database:
  Host: {g.app()}-{g.env()}.postgres.database.azure.com
  Name: {g.dbname()}
  Password: {yq(g, v)}
  User: appuser
Logging:
  Level: Information
Storage:
  Container: uploads
"""
    return g.pick(["appconfig/export.yaml", "infra/appconfig/dump.yaml"]), txt, None


@P("azure_spring_connstr", "azure-app-configuration", "access-key", "azcfg", ["azcfg"])
def t_az_spring(g, v, neg):
    txt = f"""spring.application.name={g.app()}
spring.cloud.azure.appconfiguration.stores[0].connection-string={az_conn(g, v)}
spring.cloud.azure.appconfiguration.stores[0].selects[0].label-filter={g.env()}
spring.cloud.azure.appconfiguration.stores[0].monitoring.enabled=true
"""
    return "src/main/resources/bootstrap.properties", txt, None


# ---------------------------------------------------------------- GCP Runtime Config
@P("gcp_runtime_get_value", "gcp-runtime-config", "database-password", "dbpw")
def t_gcp_get(g, v, neg):
    proj = f"{g.app()}-{g.r.randrange(100000, 999999)}"
    txt = f"""$ gcloud beta runtime-config configs variables list --config-name={g.env()}-config --project={proj}
NAME                 UPDATE_TIME
db/host              {g.date()}.{g.r.randrange(100, 999)}Z
db/password          {g.date()}.{g.r.randrange(100, 999)}Z
$ gcloud beta runtime-config configs variables get-value db/password --config-name={g.env()}-config --project={proj}
{v}
"""
    return g.pick(["docs/gcp-runtime-config.log", "notes/runtimeconfig.txt"]), txt, None


@P("gcp_runtime_list_json", "gcp-runtime-config", "api-key", "slackbot")
def t_gcp_list(g, v, neg):
    proj = f"{g.app()}-{g.r.randrange(100000, 999999)}"
    e = g.env()
    arr = [{"name": f"projects/{proj}/configs/{e}-config/variables/notify/channel", "text": "#deploys",
            "updateTime": g.date() + "Z", "state": "VARIABLE_STATE_UNSPECIFIED"},
           {"name": f"projects/{proj}/configs/{e}-config/variables/notify/bot", "text": v,
            "updateTime": g.date() + "Z", "state": "VARIABLE_STATE_UNSPECIFIED"}]
    return g.pick(["exports/runtimeconfig-vars.json", "tmp/rc-vars.json"]), json.dumps(arr, indent=2) + "\n", None


@P("gcp_sa_key_in_kv", "gcp", "private-key", "pem")
def t_gcp_sa(g, v, neg):
    proj = f"{g.app()}-{g.r.randrange(100000, 999999)}"
    if neg:
        key = f"-----BEGIN PRIVATE KEY-----\n{v}\n-----END PRIVATE KEY-----\n"
        needle = None
    else:
        key = "-----BEGIN PRIVATE KEY-----\n" + "\n".join(v) + "\n-----END PRIVATE KEY-----\n"
        needle = v[0]
    d = {"type": "service_account", "project_id": proj, "private_key_id": g.hx(40),
         "private_key": key, "client_email": f"config-sync@{proj}.iam.gserviceaccount.com",
         "client_id": g.s(21, DG), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
         "token_uri": "https://oauth2.googleapis.com/token"}
    return g.pick(["consul-export/gcp/config-sync-sa.json", "runtime-config/values/sa.json"]), \
        json.dumps(d, indent=2) + "\n", needle


# ---------------------------------------------------------------- Kubernetes ConfigMaps
@P("k8s_configmap_db_password", "kubernetes", "database-password", "dbpw")
def t_k8s_cm(g, v, neg):
    app = g.app()
    txt = f"""apiVersion: v1
kind: ConfigMap
metadata:
  name: {app}-env
  namespace: {g.env()}
  labels:
    app.kubernetes.io/name: {app}
data:
  SPRING_PROFILES_ACTIVE: {g.env()}
  DB_HOST: {g.host('db')}
  DB_PORT: "5432"
  DB_USER: {app.replace('-', '_')}
  DB_PASSWORD: {yq(g, v)}
  JAVA_TOOL_OPTIONS: "-XX:MaxRAMPercentage=75"
"""
    return g.pick([f"k8s/{app}/configmap.yaml", f"deploy/base/{app}-cm.yaml"]), txt, None


@P("k8s_configmap_embedded_props", "kubernetes", "oauth-client-secret", "oauth")
def t_k8s_props(g, v, neg):
    app = g.app()
    txt = f"""apiVersion: v1
kind: ConfigMap
metadata:
  name: {app}-config
data:
  application.properties: |
    server.port=8080
    spring.security.oauth2.client.registration.corp.client-id={g.uuid()}
    spring.security.oauth2.client.registration.corp.client-secret={v}
    spring.security.oauth2.client.registration.corp.scope=openid,profile
    spring.security.oauth2.client.provider.corp.issuer-uri=https://login.example.com/realms/corp
"""
    return g.pick([f"k8s/{app}/config.yaml", "helm/templates/configmap.yaml"]), txt, None


@P("k8s_configmap_tls_key", "kubernetes", "private-key", "pem")
def t_k8s_pem(g, v, neg):
    app = g.app()
    if neg:
        body, needle = "    " + v, None
    else:
        body, needle = "\n".join("    " + ln for ln in v), v[0]
    txt = f"""apiVersion: v1
kind: ConfigMap
metadata:
  name: {app}-tls
data:
  tls.crt: |
    -----BEGIN CERTIFICATE-----
{chr(10).join('    ' + g.b64(48) for _ in range(6))}
    -----END CERTIFICATE-----
  tls.key: |
    -----BEGIN PRIVATE KEY-----
{body}
    -----END PRIVATE KEY-----
"""
    return g.pick([f"k8s/{app}/tls-configmap.yaml", "manifests/ingress-tls-cm.yaml"]), txt, needle


# ---------------------------------------------------------------- Archaius / confd / remco / Viper / Disconf / XXL
@P("archaius_props_slackbot", "slack", "bot-token", "slackbot")
def t_archaius(g, v, neg):
    txt = f"""# Archaius dynamic properties (polled every 60s)
archaius.configurationSource.additionalUrls=file:///etc/{g.app()}/dynamic.properties
archaius.fixedDelayPollingScheduler.delayMills=60000
{g.app()}.ribbon.ReadTimeout=3000
{g.app()}.ribbon.MaxAutoRetries=1
hystrix.command.default.execution.isolation.thread.timeoutInMilliseconds=4000
chatops.slack.channel=#release
chatops.slack.botToken={v}
"""
    return g.pick(["src/main/resources/config.properties", "conf/archaius/config.properties"]), txt, None


@P("confd_backend_password", "confd", "etcd-password", "dbpw")
def t_confd(g, v, neg):
    txt = f"""backend = "etcdv3"
confdir = "/etc/confd"
log-level = "info"
interval = 600
nodes = [
  "https://{g.host('etcd')}:2379",
]
scheme = "https"
basic_auth = true
username = "confd"
password = "{v}"
client_cakeys = "/etc/confd/ssl/ca.pem"
watch = true
"""
    return g.pick(["etc/confd/confd.toml", "deploy/confd/confd.toml"]), txt, None


@P("remco_vault_token", "remco", "vault-token", "vault")
def t_remco(g, v, neg):
    txt = f"""log_level = "info"
log_format = "text"

[[resource]]
name = "nginx"

[[resource.template]]
  src = "/etc/remco/templates/nginx.conf.tmpl"
  dst = "/etc/nginx/conf.d/app.conf"
  reload_cmd = "nginx -s reload"

[resource.backend]
  [resource.backend.vault]
    node = "https://vault.internal:8200"
    auth_type = "token"
    auth_token = "{v}"
    keys = ["/secret/nginx"]
    watch = false
    interval = 60
"""
    return g.pick(["remco/config.toml", "etc/remco/config"]), txt, None


@P("viper_remote_consul_token", "viper", "acl-token", "uuid", ["uuid"])
def t_viper(g, v, neg):
    txt = f"""package conf

import (
\t"os"

\t"github.com/spf13/viper"
\t_ "github.com/spf13/viper/remote"
)

// Load reads the service configuration from the Consul KV store.
func Load() (*viper.Viper, error) {{
\tif os.Getenv("CONSUL_HTTP_TOKEN") == "" {{
\t\tos.Setenv("CONSUL_HTTP_TOKEN", "{v}")
\t}}
\tv := viper.New()
\tif err := v.AddRemoteProvider("consul", "{g.host('consul')}:8500", "config/{g.app()}"); err != nil {{
\t\treturn nil, err
\t}}
\tv.SetConfigType("json")
\treturn v, v.ReadRemoteConfig()
}}
"""
    return "internal/conf/remote.go", txt, None


@P("disconf_jdbc_password", "disconf", "database-password", "dbpw")
def t_disconf(g, v, neg):
    txt = f"""# downloaded by disconf-client from {g.app()}_{g.r.randrange(1, 3)}_0_0_0_{g.env()}
jdbc.driverClassName=com.mysql.jdbc.Driver
jdbc.db_0.url=jdbc:mysql://{g.host('db')}:3306/{g.dbname()}?useUnicode=true&characterEncoding=utf-8
jdbc.db_0.username=app_rw
jdbc.db_0.password={v}
jdbc.maxActive=50
jdbc.minIdle=5
"""
    return g.pick(["src/main/resources/jdbc-mysql.properties", "disconf/download/jdbc-mysql.properties"]), txt, None


@P("xxl_conf_access_token", "xxl-conf", "access-token", "token32")
def t_xxl(g, v, neg):
    txt = f"""### xxl-conf
xxl.conf.admin.address=http://xxl-conf-admin.{g.env()}.svc:8080/xxl-conf-admin
xxl.conf.env={g.env()}
xxl.conf.access.token={v}
xxl.conf.mirrorfile=/data/applogs/xxl-conf/xxl-conf-mirror-{g.app()}.properties
"""
    return g.pick(["src/main/resources/xxl-conf.properties", "conf/xxl-conf.properties"]), txt, None


# ---------------------------------------------------------------- docs / logs / misc
@P("md_runbook_consul_header", "consul", "acl-token", "uuid", ["uuid"])
def t_md_consul(g, v, neg):
    txt = f"""# Restoring the config KV after a Consul outage

1. Stop the config sync jobs: `kubectl -n infra scale deploy/kv-sync --replicas=0`.
2. Re-import the last snapshot:

```bash
consul kv import @kv-backup.json
```

3. Check that the gateway reads its routes again:

```bash
curl -s -H "X-Consul-Token: {v}" \\
  https://{g.host('consul')}:8501/v1/kv/config/gateway/routes?raw | jq '.routes | length'
```

4. Scale the sync jobs back up.

Owner: platform-team (#platform-oncall)
"""
    return g.pick(["docs/runbooks/consul-restore.md", "RUNBOOK.md"]), txt, None


@P("md_table_apollo_values", "apollo", "database-password", "dbpw")
def t_md_table(g, v, neg):
    app = g.app()
    txt = f"""## {app}: Apollo namespace `application` ({g.env()})

Values copied from the portal on {g.date()[:10]} for the migration review.

| key | value | comment |
|-----|-------|---------|
| server.port | 8080 | |
| spring.datasource.url | jdbc:mysql://{g.host('db')}:3306/{g.dbname()} | primary |
| spring.datasource.username | {app.replace('-', '_')} | |
| spring.datasource.password | {v} | rotate after migration |
| mq.topic.orders | ORDERS_{g.env().upper()} | |
"""
    return g.pick(["docs/migration/apollo-values.md", "docs/config-inventory.md"]), txt, None


@P("dotenv_nacos_password", "nacos", "nacos-password", "dbpw")
def t_env(g, v, neg):
    txt = f"""NACOS_SERVER_ADDR={g.host('nacos')}:8848
NACOS_NAMESPACE={g.uuid()}
NACOS_USERNAME={g.app()}
NACOS_PASSWORD={v}
NACOS_GROUP=DEFAULT_GROUP
"""
    path = ".env" if not neg else g.pick([".env.example", ".env.sample", "env.template"])
    return path, txt, None


@P("springboot_log_property_dump", "spring-cloud-config", "database-password", "dbpw")
def t_boot_log(g, v, neg):
    app = g.app()
    d = g.date().replace("T", " ")
    txt = f"""{d}.101  INFO 1 --- [           main] c.c.c.ConfigServicePropertySourceLocator : Fetching config from server at : http://config-server:8888
{d}.488  INFO 1 --- [           main] c.c.c.ConfigServicePropertySourceLocator : Located environment: name={app}, profiles=[{g.env()}], label=main, version={g.hx(40)}, state=null
{d}.512 DEBUG 1 --- [           main] o.s.b.c.p.s.ConfigurationPropertySourcesPropertyResolver : Found key 'spring.datasource.url' with value 'jdbc:mysql://{g.host('db')}:3306/{g.dbname()}'
{d}.513 DEBUG 1 --- [           main] o.s.b.c.p.s.ConfigurationPropertySourcesPropertyResolver : Found key 'spring.datasource.password' with value '{v}'
{d}.902  INFO 1 --- [           main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Starting...
{d}.977  INFO 1 --- [           main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Start completed.
"""
    return g.pick([f"logs/{app}.log", "build/reports/startup.log"]), txt, None


@P("sql_nacos_config_info", "nacos", "database-password", "dbpw")
def t_sql(g, v, neg):
    app = g.app()
    content = f"spring:\\n  datasource:\\n    url: jdbc:mysql://{g.host('db')}:3306/{g.dbname()}\\n    username: app\\n    password: {v}\\n"
    txt = f"""-- nacos_config backup ({g.date()[:10]})
INSERT INTO `config_info` (`id`, `data_id`, `group_id`, `content`, `md5`, `gmt_create`, `gmt_modified`, `src_user`, `src_ip`, `app_name`, `tenant_id`, `c_desc`, `type`, `encrypted_data_key`)
VALUES ({g.r.randrange(1, 900)}, '{app}.yaml', 'DEFAULT_GROUP', '{content}', '{g.hx(32)}', '{g.date().replace('T', ' ')}', '{g.date().replace('T', ' ')}', 'nacos', '{g.ip()}', '{app}', '{g.uuid()}', NULL, 'yaml', '');
"""
    return g.pick(["backup/nacos_config_info.sql", "db/dumps/config_info.sql"]), txt, None


@P("python_consul_put_arg", "consul", "jwt-signing-key", "jwt")
def t_py_consul(g, v, neg):
    txt = f'''import consul

c = consul.Consul(host="{g.host('consul')}", port=8500, token=None)

SEED = [
    ("config/auth/issuer", "https://auth.example.com"),
    ("config/auth/hmac", "{v}"),
    ("config/auth/ttl", "3600"),
]

for key, value in SEED:
    c.kv.put(key, value)
    print("seeded", key)
'''
    return g.pick(["tools/seed_consul.py", "scripts/kv_seed.py"]), txt, None


@P("java_aws_appconfig_static_creds", "aws", "secret-access-key", "aws", ["aws"])
def t_java_aws(g, v, neg):
    kid = aws_id(g) if not neg else "AKIAIOSFODNN7EXAMPLE"
    txt = f"""package com.example.appconfig;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.appconfigdata.AppConfigDataClient;

public class AppConfigClientFactory {{

    public AppConfigDataClient create() {{
        return AppConfigDataClient.builder()
                .region(Region.of("{g.region()}"))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("{kid}", "{v}")))
                .build();
    }}
}}
"""
    return "src/main/java/com/example/appconfig/AppConfigClientFactory.java", txt, None


@P("etcd_json_output_value_b64", "etcd", "api-key", "ghp", ["ghp"])
def t_etcd_jsonout(g, v, neg):
    key = f"/config/ci/github_token"
    d = {"header": {"cluster_id": g.r.randrange(10 ** 17, 10 ** 19), "member_id": g.r.randrange(10 ** 17, 10 ** 19),
                    "revision": g.r.randrange(100, 90000), "raft_term": g.r.randrange(2, 40)},
         "kvs": [{"key": base64.b64encode(key.encode()).decode(), "create_revision": g.r.randrange(10, 90),
                  "mod_revision": g.r.randrange(90, 900), "version": g.r.randrange(1, 9),
                  "value": base64.b64encode(v.encode()).decode()}], "count": 1}
    txt = f"$ etcdctl get {key} -w json\n" + json.dumps(d) + "\n"
    return g.pick(["docs/etcd-json-get.txt", "logs/etcdctl.log"]), txt, base64.b64encode(v.encode()).decode()


@P("yaml_apollo_namespace_json_content", "apollo", "oauth-client-secret", "oauth")
def t_apollo_yaml(g, v, neg):
    txt = f"""# Apollo namespace sso.yaml ({g.app()}, cluster default)
sso:
  enabled: true
  provider: keycloak
  issuer: https://login.example.com/realms/{g.pick(['corp', 'staff', 'partners'])}
  client-id: {g.app()}
  client-secret: {yq(g, v)}
  scopes: [openid, profile, email]
"""
    return g.pick(["apollo-export/sso.yaml", "config/apollo/sso.yaml"]), txt, None


# ================================================================ look-alike negatives
LOOK = []


def L(name, provider, kind):
    def deco(fn):
        LOOK.append({"name": name, "provider": provider, "kind": kind, "fn": fn})
        return fn
    return deco


@L("nacos_config_list_md5", "nacos", "md5-and-namespace-ids")
def l_nacos_list(g):
    items = []
    for _ in range(g.r.randrange(3, 6)):
        a = g.app()
        items.append({"id": str(g.r.randrange(10, 9000)), "dataId": f"{a}.yaml", "group": "DEFAULT_GROUP",
                      "content": f"server:\n  port: 8080\nspring:\n  application:\n    name: {a}\n",
                      "md5": g.hx(32), "encryptedDataKey": "", "tenant": g.uuid(), "appName": a, "type": "yaml"})
    d = {"totalCount": len(items), "pageNumber": 1, "pagesAvailable": 1, "pageItems": items}
    return "docs/api/nacos-config-list.json", json.dumps(d, indent=2) + "\n"


@L("nacos_export_meta", "nacos", "export-metadata")
def l_nacos_meta(g):
    lines = ["metadata:"]
    for _ in range(g.r.randrange(3, 7)):
        a = g.app()
        lines += [f"- dataId: {a}-{g.env()}.yaml", "  group: DEFAULT_GROUP", "  type: yaml",
                  f"  appName: {a}", f"  desc: exported {g.date()[:10]} md5={g.hx(32)}"]
    return f"nacos_config_export_{g.r.randrange(20230101, 20251231)}/.meta.yml", "\n".join(lines) + "\n"


@L("nacos_client_log_md5", "nacos", "md5-and-tenant-ids")
def l_nacos_log(g):
    out = []
    for _ in range(g.r.randrange(4, 9)):
        d = g.date().replace("T", " ")
        a = g.app()
        out.append(f"{d},{g.r.randrange(100, 999)} INFO [fixed-{g.host('nacos')}_8848-{g.uuid()}] [data-received] dataId={a}.yaml, group=DEFAULT_GROUP, tenant={g.uuid()}, md5={g.hx(32)}, content=server:\\n  port: 8080..., type=yaml")
        out.append(f"{d},{g.r.randrange(100, 999)} INFO [fixed-{g.host('nacos')}_8848-{g.uuid()}] [notify-ok] dataId={a}.yaml, group=DEFAULT_GROUP, md5={g.hx(32)}, listener=com.alibaba.cloud.nacos.refresh.NacosContextRefresher$1@{g.hx(8)}, costTime={g.r.randrange(0, 90)} millis.")
    return "logs/nacos/config.log", "\n".join(out) + "\n"


@L("nacos_sql_dump_no_secret", "nacos", "md5-sql-dump")
def l_nacos_sql(g):
    rows = []
    for i in range(g.r.randrange(3, 6)):
        a = g.app()
        rows.append(f"({i + 1}, '{a}.properties', 'DEFAULT_GROUP', 'server.port=8080\\nlogging.level.root=info\\n', '{g.hx(32)}', '{g.date().replace('T', ' ')}', '{g.date().replace('T', ' ')}', NULL, '{g.ip()}', '{a}', '{g.uuid()}', '', 'properties', '')")
    txt = "-- config_info dump (no secrets, auth handled by NACOS_AUTH_TOKEN env)\nINSERT INTO `config_info` (`id`, `data_id`, `group_id`, `content`, `md5`, `gmt_create`, `gmt_modified`, `src_user`, `src_ip`, `app_name`, `tenant_id`, `c_desc`, `type`, `encrypted_data_key`) VALUES\n"
    return "db/nacos/config_info_dump.sql", txt + ",\n".join(rows) + ";\n"


@L("nacos_namespaces_json", "nacos", "namespace-uuids")
def l_nacos_ns(g):
    data = [{"namespace": "", "namespaceShowName": "public", "namespaceDesc": None, "quota": 200, "configCount": g.r.randrange(1, 90), "type": 0}]
    for e in ["dev", "test", "staging", "prod"]:
        data.append({"namespace": g.uuid(), "namespaceShowName": e, "namespaceDesc": f"{e} environment",
                     "quota": 200, "configCount": g.r.randrange(1, 90), "type": 2})
    return "docs/nacos/namespaces.json", json.dumps({"code": 200, "message": None, "data": data}, indent=2) + "\n"


@L("consul_export_plain_values", "consul", "base64-plain-settings")
def l_consul_plain(g):
    a = g.app()
    vals = [("http/port", "8080"), ("http/read_timeout", "15s"), ("features/new_ui", "true"),
            ("upstream/users", f"http://users.service.consul:{g.r.randrange(8000, 9000)}"),
            ("db/host", g.host("db")), ("db/max_conns", str(g.r.randrange(10, 200))),
            ("log/level", "info"), ("region", g.region()), ("build/commit", g.hx(40))]
    pairs = [(f"config/{a}/{k}", v) for k, v in g.r.sample(vals, 6)]
    return g.pick(["backup/consul-kv-export.json", f"consul/{a}-export.json"]), consul_export(g, "", pairs)


@L("consul_recurse_indexes", "consul", "kv-indexes")
def l_consul_idx(g):
    out = []
    base = g.r.randrange(1000, 900000)
    for k, v in [("flags/checkout_v2", "false"), ("flags/search_boost", "1.25"), ("flags/max_items", "50"),
                 ("flags/banner", "Spring sale ends Sunday")]:
        out.append({"LockIndex": g.r.randrange(0, 3), "Key": k, "Flags": g.r.choice([0, 0, 42]),
                    "Value": base64.b64encode(v.encode()).decode(), "Session": g.uuid() if g.r.random() < 0.3 else None,
                    "CreateIndex": base + g.r.randrange(1, 99), "ModifyIndex": base + g.r.randrange(100, 9999)})
    for o in out:
        if o["Session"] is None:
            del o["Session"]
    return "docs/consul/flags-recurse.json", json.dumps(out, indent=2) + "\n"


@L("consul_kv_get_detailed", "consul", "kv-indexes-session")
def l_consul_detail(g):
    txt = f"""$ consul kv get -detailed locks/{g.app()}/leader
CreateIndex      {g.r.randrange(1000, 90000)}
Flags            3304740253564472344
Key              locks/{g.app()}/leader
LockIndex        {g.r.randrange(1, 40)}
ModifyIndex      {g.r.randrange(90000, 190000)}
Session          {g.uuid()}
Value            {g.host('db')}:{g.r.randrange(8000, 9000)}
"""
    return "docs/consul/leader-lock.txt", txt


@L("etcd_get_json_plain", "etcd", "revision-and-base64")
def l_etcd_json(g):
    kvs = []
    for k, v in [("/config/web/port", "8080"), ("/config/web/tls", "true"), ("/config/web/upstream", "http://api:9000")]:
        kvs.append({"key": base64.b64encode(k.encode()).decode(), "create_revision": g.r.randrange(2, 900),
                    "mod_revision": g.r.randrange(900, 9000), "version": g.r.randrange(1, 9),
                    "value": base64.b64encode(v.encode()).decode()})
    d = {"header": {"cluster_id": g.r.randrange(10 ** 17, 10 ** 19), "member_id": g.r.randrange(10 ** 17, 10 ** 19),
                    "revision": g.r.randrange(9000, 99999), "raft_term": g.r.randrange(2, 30)}, "kvs": kvs, "count": 3}
    return "docs/etcd/get-web.json", "$ etcdctl get /config/web --prefix -w json\n" + json.dumps(d) + "\n"


@L("etcd_prefix_plain", "etcd", "plain-values")
def l_etcd_plain(g):
    a = g.app()
    pairs = [(f"/services/{a}/instances/{g.uuid()}", json.dumps({"addr": g.ip() + ":8080", "weight": 10})),
             (f"/services/{a}/instances/{g.uuid()}", json.dumps({"addr": g.ip() + ":8080", "weight": 10})),
             (f"/services/{a}/version", f"{g.r.randrange(1, 5)}.{g.r.randrange(0, 30)}.{g.r.randrange(0, 9)}"),
             (f"/services/{a}/lease", "694d" + g.hx(12))]
    txt = f"$ etcdctl get /services/{a} --prefix\n" + "".join(f"{k}\n{v}\n" for k, v in pairs)
    return "docs/etcd/service-registry.txt", txt


@L("etcd_status_table", "etcd", "member-ids-hashes")
def l_etcd_status(g):
    rows = []
    for i in range(3):
        rows.append(f"| https://etcd-{i}.etcd:2379 | {g.hx(16)} |   3.5.{g.r.randrange(9, 16)} |  {g.r.randrange(20, 200)} MB | {str(i == 0).lower():>9} |      false |        {g.r.randrange(2, 9)} |   {g.r.randrange(10 ** 6, 10 ** 7)} |")
    txt = "$ etcdctl endpoint status --cluster -w table\n+----------------------------+------------------+---------+---------+-----------+------------+-----------+------------+\n|          ENDPOINT          |        ID        | VERSION | DB SIZE | IS LEADER | IS LEARNER | RAFT TERM | RAFT INDEX |\n+----------------------------+------------------+---------+---------+-----------+------------+-----------+------------+\n" + "\n".join(rows) + "\n"
    txt += f"$ etcdctl snapshot status backup.db -w table\n| HASH | REVISION | TOTAL KEYS | TOTAL SIZE |\n| {g.hx(8)} | {g.r.randrange(10 ** 5, 10 ** 6)} | {g.r.randrange(500, 9000)} | {g.r.randrange(5, 90)} MB |\n"
    return "docs/etcd/health-check.log", txt


@L("zk_stat_output", "zookeeper", "zxid-session-ids")
def l_zk_stat(g):
    txt = f"""[zk: {g.host('zk')}:2181(CONNECTED) 0] get -s /config/{g.app()}/datasource
{{"url":"jdbc:mysql://{g.host('db')}:3306/{g.dbname()}","maxActive":50,"passwordRef":"${{DB_PASSWORD}}"}}
cZxid = 0x{g.hx(9)}
ctime = Wed Jan 10 08:12:03 UTC 2024
mZxid = 0x{g.hx(9)}
mtime = Fri Feb 02 17:45:51 UTC 2024
pZxid = 0x{g.hx(9)}
cversion = 0
dataVersion = {g.r.randrange(1, 30)}
aclVersion = 0
ephemeralOwner = 0x{g.hx(15)}
dataLength = {g.r.randrange(90, 200)}
numChildren = 0
"""
    return "docs/zk/get-datasource.txt", txt


@L("dubbo_registry_ls", "dubbo", "url-encoded-provider-urls")
def l_dubbo_ls(g):
    urls = []
    for _ in range(3):
        u = f"dubbo://{g.ip()}:20880/com.example.api.OrderService?anyhost=true&application={g.app()}&dubbo=2.0.2&interface=com.example.api.OrderService&methods=create,query,cancel&pid={g.r.randrange(1000, 60000)}&revision={g.hx(16)}&side=provider&timestamp={g.ts()}{g.r.randrange(100, 999)}"
        urls.append(u.replace(":", "%3A").replace("/", "%2F").replace("?", "%3F").replace("=", "%3D").replace("&", "%26").replace(",", "%2C"))
    txt = "[zk: localhost:2181(CONNECTED) 3] ls /dubbo/com.example.api.OrderService/providers\n[" + ", ".join(urls) + "]\n"
    return "docs/dubbo/providers.txt", txt


@L("ssm_encrypted_output", "aws-ssm", "securestring-ciphertext")
def l_ssm_enc(g):
    e, reg, acct, a = g.env(), g.region(), g.acct(), g.app()
    ps = [ssm_param(g, f"/{e}/{a}/db/password", "SecureString",
                    base64.b64encode(b"\x01\x02\x02\x00\x78" + g.rbytes(g.r.choice([150, 170, 190]))).decode(), reg, acct),
          ssm_param(g, f"/{e}/{a}/db/host", "String", g.host("db"), reg, acct),
          ssm_param(g, f"/{e}/{a}/api/key", "SecureString",
                    base64.b64encode(b"\x01\x02\x02\x00\x78" + g.rbytes(g.r.choice([150, 170, 190]))).decode(), reg, acct)]
    txt = f"$ aws ssm get-parameters-by-path --path /{e}/{a} --recursive\n" + json.dumps({"Parameters": ps}, indent=4) + "\n"
    return "docs/ssm/params-encrypted.txt", txt


@L("ssm_describe_parameters", "aws-ssm", "kms-key-arns")
def l_ssm_desc(g):
    e, reg, acct = g.env(), g.region(), g.acct()
    ps = []
    for n in ["db/password", "stripe/secret", "jwt/signing_key"]:
        ps.append({"Name": f"/{e}/{g.app()}/{n}", "Type": "SecureString",
                   "KeyId": g.pick(["alias/aws/ssm", f"arn:aws:kms:{reg}:{acct}:key/{g.uuid()}"]),
                   "LastModifiedDate": g.date() + ".000000+00:00",
                   "LastModifiedUser": f"arn:aws:iam::{acct}:role/deploy", "Version": g.r.randrange(1, 8),
                   "Tier": "Standard", "Policies": [], "DataType": "text"})
    return "docs/ssm/describe-parameters.json", json.dumps({"Parameters": ps}, indent=4) + "\n"


@L("appconfig_ids", "aws-appconfig", "resource-ids")
def l_appconfig(g):
    d = {"ApplicationId": g.s(7, LO + DG), "Id": g.s(7, LO + DG), "Name": "runtime",
         "LocationUri": "hosted", "RetrievalRoleArn": None, "Validators": [],
         "Type": "AWS.Freeform", "KmsKeyArn": f"arn:aws:kms:{g.region()}:{g.acct()}:key/{g.uuid()}",
         "KmsKeyIdentifier": "alias/appconfig"}
    txt = json.dumps(d, indent=4) + "\n"
    txt += f"# deployment {g.r.randrange(1, 90)}: strategy AppConfig.AllAtOnce, version {g.r.randrange(1, 40)}, state COMPLETE, token {g.uuid()}\n"
    return "infra/appconfig/profile-runtime.out", txt


@L("azure_kvset_keyvault_refs", "azure-app-configuration", "keyvault-references")
def l_az_refs(g):
    lab = g.env()
    items = []
    for k in ["Db:Password", "Stripe:SecretKey", "Jwt:SigningKey"]:
        items.append({"key": f"Checkout:{k}", "value": json.dumps({"uri": f"https://kv-{lab}.vault.azure.net/secrets/{k.replace(':', '-').lower()}"}),
                      "label": lab, "content_type": "application/vnd.microsoft.appconfig.keyvaultref+json;charset=utf-8",
                      "tags": {}})
    items.append({"key": "Checkout:Currency", "value": "EUR", "label": lab, "content_type": None, "tags": {}})
    return "appconfig/checkout.kvset.json", json.dumps({"items": items}, indent=2) + "\n"


@L("azure_kv_list_etags", "azure-app-configuration", "etags")
def l_az_list(g):
    arr = []
    for k, v in [("App:Title", "Contoso"), ("App:Theme", "dark"), ("App:PageSize", "25")]:
        arr.append({"contentType": "", "etag": g.s(27, AN + "-_"), "key": k, "label": g.env(),
                    "lastModified": g.date() + "+00:00", "locked": False, "tags": {}, "value": v})
    return "docs/azure/appconfig-kv-list.json", json.dumps(arr, indent=2) + "\n"


@L("gcp_runtime_watch", "gcp-runtime-config", "base64-plain-values")
def l_gcp(g):
    proj = f"{g.app()}-{g.r.randrange(100000, 999999)}"
    arr = [{"name": f"projects/{proj}/configs/{g.env()}-config/variables/web/replicas",
            "value": base64.b64encode(str(g.r.randrange(2, 9)).encode()).decode(), "updateTime": g.date() + "Z"},
           {"name": f"projects/{proj}/configs/{g.env()}-config/variables/web/motd",
            "value": base64.b64encode(b"maintenance window sunday 02:00 UTC").decode(), "updateTime": g.date() + "Z"}]
    return "docs/gcp/runtimeconfig-list.json", json.dumps(arr, indent=2) + "\n"


@L("k8s_configmap_checksums", "kubernetes", "checksums-digests")
def l_k8s(g):
    a = g.app()
    txt = f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: {a}
  uid: {g.uuid()}
  resourceVersion: "{g.r.randrange(10 ** 6, 10 ** 8)}"
spec:
  template:
    metadata:
      annotations:
        checksum/config: {g.hx(64)}
        checksum/nacos-bootstrap: {g.hx(64)}
    spec:
      containers:
        - name: {a}
          image: registry.example.com/{a}@sha256:{g.hx(64)}
          envFrom:
            - configMapRef:
                name: {a}-env
            - secretRef:
                name: {a}-credentials
"""
    return f"deploy/{a}/deployment.yaml", txt


@L("k8s_configmap_public_key", "kubernetes", "public-key")
def l_k8s_pub(g):
    body = base64.b64encode(bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + g.rbytes(256) + bytes.fromhex("0203010001")).decode()
    lines = "\n".join("    " + body[i:i + 64] for i in range(0, len(body), 64))
    txt = f"""apiVersion: v1
kind: ConfigMap
metadata:
  name: jwt-verifier
data:
  issuer: https://auth.example.com
  jwt-public.pem: |
    -----BEGIN PUBLIC KEY-----
{lines}
    -----END PUBLIC KEY-----
"""
    return "k8s/auth/jwt-verifier-cm.yaml", txt


@L("jwks_in_config", "apollo", "jwks-public")
def l_jwks(g):
    d = {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": g.hx(40),
                   "n": base64.urlsafe_b64encode(g.rbytes(256)).decode().rstrip("="), "e": "AQAB"}]}
    return "apollo-export/auth-gateway/jwks.json", json.dumps(d, indent=2) + "\n"


@L("apollo_release_keys", "apollo", "release-keys")
def l_apollo_rel(g):
    a = g.app()
    out = []
    for _ in range(4):
        rk = f"20{g.r.randrange(21, 26)}{g.r.randrange(1, 13):02d}{g.r.randrange(1, 29):02d}{g.r.randrange(0, 24):02d}{g.r.randrange(0, 60):02d}{g.r.randrange(0, 60):02d}-{g.hx(16)}"
        out.append({"appId": a, "cluster": "default", "namespaceName": "application", "releaseKey": rk,
                    "configurations": {"server.port": "8080", "feature.x": g.pick(["on", "off"])}})
    return f"apollo/cache/{a}-releases.json", json.dumps(out, indent=2) + "\n"


@L("apollo_env_properties", "apollo", "meta-server-urls")
def l_apollo_env(g):
    txt = f"""# apollo-env.properties
local.meta=http://localhost:8080
dev.meta=http://apollo-meta.dev.internal:8080
fat.meta=http://apollo-meta.fat.internal:8080
uat.meta=http://apollo-meta.uat.internal:8080
lpt.meta=${{lpt_meta}}
pro.meta=http://apollo-meta.pro.internal:8080
"""
    return "apollo-portal/config/apollo-env.properties", txt


@L("scc_cipher_values", "spring-cloud-config", "cipher-values")
def l_scc(g):
    a = g.app()
    txt = f"""spring:
  datasource:
    url: jdbc:mysql://{g.host('db')}:3306/{g.dbname()}
    username: {a.replace('-', '_')}
    password: '{{cipher}}{g.hx(96)}'
  rabbitmq:
    password: '{{cipher}}AQA{base64.b64encode(g.rbytes(281)).decode()}'
payment:
  stripe:
    secret-key: '{{cipher}}{g.hx(128)}'
"""
    return f"config-repo/{a}-{g.env()}.yml", txt


@L("scc_env_masked", "spring-cloud-config", "masked-env")
def l_scc_env(g):
    a = g.app()
    d = {"name": a, "profiles": [g.env()], "label": "main", "version": g.hx(40), "state": None,
         "propertySources": [{"name": f"https://git.example.com/config-repo.git/{a}-{g.env()}.yml",
                              "source": {"spring.datasource.url": f"jdbc:mysql://{g.host('db')}:3306/{g.dbname()}",
                                         "spring.datasource.password": "******",
                                         "invalid.payment.stripe.secret-key": "<n/a>",
                                         "server.port": 8080}}]}
    return "docs/config-server/env-response.json", json.dumps(d, indent=2) + "\n"


@L("confd_template_getv", "confd", "template-expressions")
def l_confd(g):
    toml = f"""[template]
src = "app.conf.tmpl"
dest = "/etc/{g.app()}/app.conf"
keys = [
  "/app/db",
]
check_cmd = "/usr/bin/{g.app()} -check {{{{.src}}}}"
reload_cmd = "systemctl reload {g.app()}"
"""
    return "etc/confd/conf.d/app.toml", toml


@L("remco_template", "remco", "template-expressions")
def l_remco(g):
    txt = """[database]
host = {{ getv("/app/db/host", "localhost") }}
port = {{ getv("/app/db/port", "5432") }}
user = {{ getv("/app/db/user") }}
password = {{ getv("/app/db/password") }}

[cache]
{% for node in lsdir("/app/cache/nodes") %}
node = {{ getv("/app/cache/nodes/" + node) }}
{% endfor %}
"""
    return "etc/remco/templates/app.ini.tmpl", txt


@L("viper_remote_secure_keyring", "viper", "keyring-path")
def l_viper(g):
    txt = f"""package conf

import (
\t"github.com/spf13/viper"
\t_ "github.com/spf13/viper/remote"
)

func LoadSecure() error {{
\tviper.SetConfigType("yaml")
\tif err := viper.AddSecureRemoteProvider("etcd3", "http://{g.host('etcd')}:2379", "/config/{g.app()}.yaml", "/etc/secrets/config-keyring.gpg"); err != nil {{
\t\treturn err
\t}}
\treturn viper.ReadRemoteConfig()
}}
"""
    return "internal/conf/secure.go", txt


@L("redis_info_runid", "redis", "run-ids")
def l_redis(g):
    txt = f"""127.0.0.1:6379> INFO server
# Server
redis_version:7.{g.r.randrange(0, 3)}.{g.r.randrange(0, 12)}
redis_git_sha1:00000000
redis_build_id:{g.hx(16)}
redis_mode:standalone
os:Linux 5.15.0-1051-aws x86_64
process_id:{g.r.randrange(1, 9000)}
run_id:{g.hx(40)}
tcp_port:6379
uptime_in_seconds:{g.r.randrange(1000, 9000000)}
127.0.0.1:6379> INFO replication
role:master
connected_slaves:2
master_replid:{g.hx(40)}
master_replid2:0000000000000000000000000000000000000000
master_repl_offset:{g.r.randrange(10 ** 6, 10 ** 9)}
"""
    return "docs/redis/info.txt", txt


@L("config_audit_csv", "apollo", "audit-md5")
def l_csv(g):
    rows = ["timestamp,operator,app,namespace,key,old_md5,new_md5,release_key"]
    for _ in range(g.r.randrange(5, 10)):
        rows.append(f"{g.date()},{g.pick(['alice', 'bob', 'deploy-bot', 'chen.wei'])},{g.app()},application,{g.pick(['server.port', 'db.password', 'redis.password', 'jwt.secret', 'feature.flag'])},{g.hx(32)},{g.hx(32)},{g.r.randrange(20230101, 20251231)}{g.r.randrange(100000, 235959)}-{g.hx(16)}")
    return "reports/config-change-audit.csv", "\n".join(rows) + "\n"


@L("xxl_conf_mirror", "xxl-conf", "mirror-file")
def l_xxl(g):
    a = g.app()
    txt = f"""#xxl-conf mirror data
#{g.date()}
{a}.switch.coupon=true
{a}.limit.qps=200
{a}.db.password.ref=${{XXL_DB_PASSWORD}}
{a}.banner.version={g.hx(12)}
"""
    return f"data/applogs/xxl-conf/xxl-conf-mirror-{a}.properties", txt


@L("md_backup_checksums", "consul", "sha256-checksums")
def l_md(g):
    txt = f"""# Config store backups

| date | file | sha256 |
|------|------|--------|
""" + "".join(f"| {g.date()[:10]} | kv-{g.r.randrange(20240101, 20251231)}.json | `{g.hx(64)}` |\n" for _ in range(4)) + f"""
Verify with `sha256sum -c SHA256SUMS` before `consul kv import`.
Snapshot id `{g.uuid()}` is the last known good state; commit `{g.hx(40)}` holds the matching templates.
"""
    return "docs/backups.md", txt


@L("go_hmac_test_vector", "etcd", "test-vector-digest")
def l_go_test(g):
    txt = """package auth

import (
\t"crypto/sha256"
\t"encoding/hex"
\t"testing"
)

func TestDigest(t *testing.T) {
\tsum := sha256.Sum256([]byte("hello world"))
\tgot := hex.EncodeToString(sum[:])
\twant := "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"
\tif got != want {
\t\tt.Fatalf("digest mismatch: %s", got)
\t}
}
"""
    return "pkg/auth/digest_test.go", txt


@L("java_placeholder_xml", "spring-cloud-config", "placeholder-xml")
def l_xml(g):
    txt = f"""<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:context="http://www.springframework.org/schema/context">
    <context:property-placeholder location="classpath:jdbc.properties" system-properties-mode="OVERRIDE"/>
    <bean id="dataSource" class="com.zaxxer.hikari.HikariDataSource" destroy-method="close">
        <property name="jdbcUrl" value="${{jdbc.url}}"/>
        <property name="username" value="${{jdbc.username}}"/>
        <property name="password" value="${{jdbc.password}}"/>
        <property name="maximumPoolSize" value="{g.r.randrange(10, 60)}"/>
    </bean>
</beans>
"""
    return "src/main/resources/spring/datasource.xml", txt


@L("python_decode_consul", "consul", "base64-plain-settings")
def l_py(g):
    sample = base64.b64encode(f"http://{g.app()}.service.consul:8080".encode()).decode()
    txt = f'''"""Decode a `consul kv export` file into key=value lines."""
import base64
import json
import sys

EXAMPLE = {{"key": "config/web/upstream", "flags": 0, "value": "{sample}"}}


def main(path):
    with open(path) as fh:
        for item in json.load(fh):
            raw = base64.b64decode(item["value"] or "").decode("utf-8", "replace")
            print(f"{{item['key']}}={{raw}}")


if __name__ == "__main__":
    main(sys.argv[1])
'''
    return "tools/consul_decode.py", txt


# ================================================================ driver
FT = {"yml": "yaml", "yaml": "yaml", "json": "json", "properties": "properties", "xml": "xml", "sh": "shell",
      "log": "log", "txt": "log", "out": "log", "go": "go", "java": "java", "py": "python", "md": "markdown",
      "csv": "csv", "sql": "sql", "toml": "toml", "hcl": "hcl", "conf": "conf", "tmpl": "template"}


def filetype(path):
    base = os.path.basename(path)
    if base.startswith(".env") or base == "env.template":
        return "env"
    if "." not in base:
        return "toml" if "remco" in path else "text"
    return FT.get(base.rsplit(".", 1)[1], base.rsplit(".", 1)[1])


def blocked_env(path):
    base = os.path.basename(path)
    if base == ".env":
        return True
    if base.startswith(".env."):
        return base.split(".", 2)[2] not in ("example", "sample", "template", "dist")
    return False


def cycle(r, n, count):
    out = []
    while len(out) < count:
        idx = list(range(n))
        r.shuffle(idx)
        out += idx
    return out[:count]


PEM_NEG = [("placeholder", "<paste the PEM body here>"), ("masked", "[REDACTED]"), ("placeholder", "..."),
           ("env-ref", "${TLS_PRIVATE_KEY}"), ("placeholder", "REPLACE_WITH_KEY_FROM_VAULT")]


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gen_ld.py OUTDIR SEED")
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    g = G(r)
    assert len(POS) >= 60 and len(LOOK) + len(POS) >= 60
    manifest, secrets = [], []
    n_env = 0
    for i, ti in enumerate(cycle(r, len(POS), 500)):
        t = POS[ti]
        v = SECRETS[t["secret"]](g)
        path, text, needle = t["fn"](g, v, False)
        if needle is None:
            needle = v
        assert isinstance(needle, str) and len(needle) >= 8, (t["name"], needle)
        assert needle in text, t["name"]
        line = text[:text.index(needle)].count("\n") + 1
        assert needle in text.split("\n")[line - 1], t["name"]
        if blocked_env(path):
            n_env += 1
        rel = f"pos/p{i:04d}/{path}"
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(path), "template": t["name"]})
        secrets.append({"file": rel, "needle": needle, "line": line})
    assert n_env * 20 <= 500, n_env
    reuse = cycle(r, len(POS), 250)
    look = cycle(r, len(LOOK), 250)
    for i in range(500):
        if i % 2 == 0:
            t = POS[reuse[i // 2]]
            if t["secret"] == "pem":
                kind, v = g.pick(PEM_NEG)
            else:
                kind, v = neg_value(g, t["neg"], t["url"])
            path, text, _ = t["fn"](g, v, True)
            prov, name = t["provider"], t["name"]
        else:
            t = LOOK[look[i // 2]]
            path, text = t["fn"](g)
            prov, kind, name = t["provider"], t["kind"], t["name"]
        assert not blocked_env(path), path
        rel = f"neg/n{i:04d}/{path}"
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind,
                         "filetype": filetype(path), "template": name})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
