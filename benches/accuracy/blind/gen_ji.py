#!/usr/bin/env python3
"""Blind evaluation-set generator `gen_ji`: credentials inside logging frameworks and log sinks.

EMPHASIS
    Logging frameworks and the in-application log shippers / sinks they feed:
    log4j 1.x/log4j2 (XML + properties: SMTP, JDBC, HTTP appenders), logback (SMTPAppender,
    LogstashTcpSocketAppender to Datadog, logz.io, Loggly, Sumo Logic appenders), NLog.config,
    Serilog sinks in appsettings.json / Program.cs / web.config (Seq apiKey, Datadog, Splunk HEC,
    Elasticsearch, Loggly), Python logging (dictConfig YAML, logging.ini SMTPHandler credentials,
    HTTPHandler, Logtail/Loggly handlers, sentry_sdk, rollbar), winston / pino / bunyan transports,
    Go zap/logrus hooks, Ruby semantic_logger / lograge / honeybadger / rollbar, rsyslog (omhttp,
    omelasticsearch, Loggly template, TLS key) and syslog-ng (http destination), promtail/Loki basic
    auth (Grafana Cloud glc_ tokens), Graylog GELF HTTP with basic auth, Better Stack (Logtail)
    source tokens, Axiom tokens, Sentry legacy DSNs with secret key, New Relic license keys,
    Mezmo ingestion keys, SendGrid SMTP passwords, a Sentry CLI user token, Terraform HEC token.
    File types: xml, properties, json, yaml/yml, ini, toml, py, js, ts, go, rb, cs, java, conf
    (rsyslog/syslog-ng), Dockerfile, Helm values, tf, sh, md, log, csv, pem/key, config.

USAGE
    python3 -B gen_ji.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500), OUTDIR/manifest.jsonl
    and OUTDIR/secrets.jsonl.  Deterministic per SEED (one random.Random(SEED), no clock, no
    os.urandom, no set iteration, no hash()).

NEEDLE CONVENTIONS
    * Plain token / key / password value: the value exactly as written (no quotes).
    * Header values ("Authorization: Splunk <t>", "Bearer <t>", "DD-API-KEY: <k>"): only the token.
    * URLs with basic auth (https://user:PASS@host): only PASS.  Sumo Logic HTTP source URL and
      Loggly /inputs/<TOKEN>/ URLs: only the token path segment.  Sentry legacy DSN
      https://PUBLIC:SECRET@host/id: only SECRET (the public key is public).
    * Grafana Cloud token used as basic-auth password: the whole glc_... string.
    * JDBC/ADO connection strings: only the Password= value.
    * Multi-line PEM private keys: the first base64 body line after the BEGIN line.
    * Python SMTPHandler credentials tuples: only the password element.

NEGATIVES
    Half re-use every positive template with the slot holding a non-secret: placeholders
    (<your-...>, YOUR_API_KEY_HERE, changeme, xxxx..., REPLACE_ME), empty string, masks (****,
    [REDACTED]), lookups/env references (${env:X}, ${sys:x}, ${X}, %ENV, os.environ[...],
    process.env.X, os.Getenv, ENV.fetch, System.getenv, Environment.GetEnvironmentVariable),
    secret-manager references (vault:, op://, arn:aws:secretsmanager), template expressions
    ({{ .Values.x }}, ${{ secrets.X }}), and documented example values (Sentry
    "examplePublicKey", Axiom "xaat-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx").  Code templates get
    language-native env expressions instead of string literals where possible.  No negative is
    written to a .env / .env.<stage> file (such paths are renamed to .env.example).
    The other half are look-alikes: log files with trace/span/request/correlation ids, UUIDs,
    hashes, Sentry event ids, checksums, image digests, go.sum hashes, npm integrity strings,
    PEM certificates / public keys, base64 gzip fixtures, HMAC test vectors, and values the
    providers document as public: Sentry modern DSNs (public key only; Sentry docs: "DSNs are safe
    to keep public"), Application Insights instrumentation keys and connection strings
    (Microsoft: "Ikey unique identifiers aren't security tokens or security keys, and aren't
    considered secrets"; the connection string carries only the ikey + endpoints), Datadog browser
    client tokens (pub...), log pattern strings with %X{traceId} / ${aspnet-request...}.

FORMATS CHECKED (search tool, docs/pages corpora)
    * Sentry: DSN explainer says DSNs are safe to keep public; secret key component deprecated
      since Sentry 9 (legacy https://public:secret@host/id still accepted by SDKs) -> legacy DSN
      secret = positive, public-only DSN = negative.
    * Application Insights: connection string / ikey not considered secrets -> negatives only.
    * Splunk HEC: token is a GUID, sent as "Authorization: Splunk <hec_token>".
    * Better Stack: "Authorization: Bearer $SOURCE_TOKEN" to in.logs.betterstack.com; source
      token must be kept secret.
    * Axiom: API tokens start with xaat- followed by a UUID-shaped body (xaat-xxxxxxxx-xxxx-...);
      personal tokens xapt-.
    * Seq: Serilog.Sinks.Seq takes an apiKey parameter; X-Seq-ApiKey header.
    * Loggly: customer token is sent inside the URL (/inputs/TOKEN/tag/...) and in the syslog
      structured-data element; docs call it "alpha-numeric"; it is commonly UUID-shaped.
    * Sumo Logic: HTTP source is a unique URL that "securely encodes" collector + source.
    * Grafana Cloud: access-policy token is used as basic-auth password with the tenant id as
      user (promtail/Loki).  Logz.io: shipping token to listener.logz.io:8071.
    * Rollbar: project access tokens (post_server_item) in X-Rollbar-Access-Token.
    * New Relic: license (ingest) key is 40 characters.  Datadog: API key / application key.
    * Honeybadger: project API key for notifiers; personal token for the Data API.
    (Some search results were GitGuardian detector pages, i.e. a scanner's rule list; they were
    not used.)

DOUBTS
    * Seq API key length (20 alphanumerics), Better Stack source token length (24 alphanumerics),
      logz.io token (32 letters), Mezmo ingestion key (32 hex), Honeybadger project key
      "hbp_" + 30 alphanumerics, Sentry user token "sntryu_" + 64 hex, Sumo Logic URL token
      alphabet/length (~96 base64url chars + "=="), New Relic key shape (36 hex + "NRAL"),
      Datadog 32/40 hex, Rollbar 32 hex: from memory of real configs, not confirmed in the docs
      that the search returned.
    * Grafana glc_ body is modelled as base64(JSON{o,n,k,m:{r}}); not confirmed by docs.
    * Loggly token is modelled as a lowercase UUID; docs only say "alpha-numeric".
    * SendGrid SMTP password modelled as the API key "SG.<22>.<43>" (user "apikey").
"""
import base64
import json
import os
import random
import re
import string
import sys

S = "@@S@@"
POS = []   # (name, provider, kind, gen, fmt, env, fn)
NEGL = []  # (name, provider, kind, fn) look-alike negatives
HEXL = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits


def P(provider, kind, gen, fmt="plain", env="LOG_TOKEN"):
    def deco(fn):
        POS.append((fn.__name__, provider, kind, gen, fmt, env, fn))
        return fn
    return deco


def N(provider, kind):
    def deco(fn):
        NEGL.append((fn.__name__, provider, kind, fn))
        return fn
    return deco


# ---------------------------------------------------------------- random helpers
def hx(r, n):
    return "".join(r.choice(HEXL) for _ in range(n))


def an(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def uid(r, upper=False):
    u = "%s-%s-4%s-%s%s-%s" % (hx(r, 8), hx(r, 4), hx(r, 3), r.choice("89ab"), hx(r, 3), hx(r, 12))
    return u.upper() if upper else u


def b64u(r, nbytes):
    return base64.urlsafe_b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode().rstrip("=")


def b64(r, nbytes):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode()


WORDS = ["amber", "falcon", "harbor", "tulip", "granite", "ember", "nimbus", "quartz", "willow",
         "cobalt", "saffron", "maple", "orbit", "lantern", "cedar", "pixel", "meadow", "vertex"]


def strong(r, n):
    while True:
        s = an(r, n, ALNUM + "!*-_.+=@^~")
        if (any(c.isdigit() for c in s) and any(c.islower() for c in s)
                and any(c.isupper() for c in s) and s[0].isalnum()):
            return s


def g_password(r):
    if r.random() < 0.3:
        return "%s-%s-%s%d%s" % (r.choice(WORDS).capitalize(), r.choice(WORDS), r.choice(WORDS),
                                 r.randrange(10, 99), r.choice("!*.^"))
    return strong(r, r.randrange(14, 25))


def g_urlpass(r):
    while True:
        s = an(r, r.randrange(16, 28), ALNUM + "-_.~")
        if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and s[0].isalnum():
            return s


def g_hex32(r): return hx(r, 32)
def g_hex40(r): return hx(r, 40)
def g_uuid(r): return uid(r, upper=r.random() < 0.3)
def g_uuid_lc(r): return uid(r)
def g_seq(r): return an(r, 20)
def g_logtail(r): return an(r, 24)
def g_logzio(r): return an(r, 32, string.ascii_letters)
def g_axiom(r): return "xaat-" + uid(r)
def g_axiom_pat(r): return "xapt-" + uid(r)
def g_honeybadger(r): return "hbp_" + an(r, 30)
def g_newrelic(r): return hx(r, 36) + "NRAL"
def g_sentry_user(r): return "sntryu_" + hx(r, 64)
def g_sendgrid(r): return "SG." + b64u(r, 16)[:22] + "." + b64u(r, 32)[:43]


def g_sumo(r):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(70))).decode().replace("+", "-").replace("/", "_") + "=="


def g_glc(r):
    body = json.dumps({"o": str(r.randrange(100000, 999999)),
                       "n": r.choice(["promtail", "logs-write", "stack-%d-logs-write" % r.randrange(100000, 999999), "loki-push"]) + "-" + hx(r, 4),
                       "k": an(r, 24), "m": {"r": r.choice(["prod-us-east-0", "prod-eu-west-2", "prod-ap-southeast-1", "prod-us-central-0"])}},
                      separators=(",", ":"))
    return "glc_" + base64.b64encode(body.encode()).decode().rstrip("=")


def g_elastic_apikey(r):
    return base64.b64encode((b64u(r, 15)[:20] + ":" + b64u(r, 17)[:22]).encode()).decode()


PEM_STASH = []


def pem_body(r):
    # SEC1 EC P-256 private key DER: 30 77 02 01 01 04 20 <d> a0 0a <oid> a1 44 03 42 00 04 <XY>
    der = bytes([0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20]) + bytes(r.randrange(256) for _ in range(32))
    der += bytes([0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0xa1, 0x44, 0x03, 0x42, 0x00, 0x04])
    der += bytes(r.randrange(256) for _ in range(64))
    b = base64.b64encode(der).decode()
    return [b[i:i + 64] for i in range(0, len(b), 64)]


def g_pem_line(r):
    # the template already drew the key body; the needle is its first base64 line
    return PEM_STASH.pop()


# ---------------------------------------------------------------- context helpers
APPS = ["billing-api", "orders", "checkout", "ledger", "notifier", "inventory", "auth-gateway",
        "reporting", "catalog", "payments-worker", "search-indexer", "shipping", "crm-sync", "media-svc"]
ORGS = ["acme", "northwind", "globex", "initech", "umbrella", "hooli", "contoso", "vandelay", "tyrell"]
ENVS = ["production", "staging", "prod", "qa", "preprod"]
ZONES = ["internal", "corp", "svc.cluster.local", "prod.example.net", "lan"]


def app(r): return r.choice(APPS)
def org(r): return r.choice(ORGS)
def envn(r): return r.choice(ENVS)
def host(r, pre): return "%s%s.%s" % (pre, r.choice(["", "-01", "-02", "-a", "1"]), r.choice(ZONES))
def ipv4(r): return "10.%d.%d.%d" % (r.randrange(0, 255), r.randrange(0, 255), r.randrange(2, 254))
def pkg(r): return "com.%s.%s" % (org(r), app(r).replace("-", ""))
def mail(r, who): return "%s@%s.com" % (who, org(r))
def level(r): return r.choice(["INFO", "WARN", "ERROR", "DEBUG"])
def pid(r): return r.randrange(100000, 999999)


def sentry_host(r):
    return r.choice(["o%d.ingest.sentry.io" % r.randrange(10000, 999999), "sentry.io", "sentry.%s" % r.choice(ZONES),
                     "o%d.ingest.us.sentry.io" % r.randrange(10000, 999999)])


def sumo_url(r, tok):
    return "https://endpoint%d.collection.%s.sumologic.com/receiver/v1/http/%s" % (
        r.randrange(1, 5), r.choice(["us2", "eu", "au", "de", "jp", "ca"]), tok)


def loki_url(r):
    return "https://logs-prod-%03d.grafana.net/loki/api/v1/push" % r.randrange(1, 30)


def T(text, **kw):
    for k, v in kw.items():
        text = text.replace("<<" + k + ">>", str(v))
    assert not re.search(r"<<[a-z]+>>", text), text
    return text.lstrip("\n")


# ================================================================= POSITIVE TEMPLATES: Java
@P("sendgrid", "smtp_password", g_sendgrid, "xml", "SMTP_PASSWORD")
def log4j2_smtp(r):
    return "src/main/resources/log4j2.xml", T("""
<?xml version="1.0" encoding="UTF-8"?>
<Configuration status="WARN" monitorInterval="60">
  <Properties>
    <Property name="pattern">%d{ISO8601} [%t] %-5level %logger{36} - %msg%n</Property>
  </Properties>
  <Appenders>
    <Console name="Console" target="SYSTEM_OUT">
      <PatternLayout pattern="${pattern}"/>
    </Console>
    <SMTP name="Mail" subject="[<<app>>] ERROR on ${hostName}" to="<<to>>" from="<<frm>>"
          smtpHost="smtp.sendgrid.net" smtpPort="587" smtpProtocol="smtp"
          smtpUsername="apikey" smtpPassword="@@S@@" bufferSize="50">
      <ThresholdFilter level="ERROR" onMatch="ACCEPT" onMismatch="DENY"/>
      <HtmlLayout title="<<app>> errors"/>
    </SMTP>
  </Appenders>
  <Loggers>
    <Logger name="<<pkg>>" level="debug" additivity="false">
      <AppenderRef ref="Console"/>
      <AppenderRef ref="Mail"/>
    </Logger>
    <Root level="info"><AppenderRef ref="Console"/></Root>
  </Loggers>
</Configuration>
""", app=app(r), to=mail(r, "oncall"), frm=mail(r, "noreply"), pkg=pkg(r))


@P("postgresql", "db_password", g_password, "xml", "LOGDB_PASSWORD")
def log4j2_jdbc(r):
    return "src/main/resources/log4j2-jdbc.xml", T("""
<?xml version="1.0" encoding="UTF-8"?>
<Configuration status="error">
  <Appenders>
    <JDBC name="AuditDb" tableName="audit_log" bufferSize="20">
      <DriverManager connectionString="jdbc:postgresql://<<h>>:5432/<<db>>"
                     driverClassName="org.postgresql.Driver"
                     userName="log_writer" password="@@S@@"/>
      <Column name="event_date" isEventTimestamp="true"/>
      <Column name="level" pattern="%level"/>
      <Column name="logger" pattern="%logger"/>
      <Column name="message" pattern="%message"/>
      <Column name="trace_id" pattern="%X{traceId}"/>
    </JDBC>
  </Appenders>
  <Loggers>
    <Logger name="audit" level="info" additivity="false"><AppenderRef ref="AuditDb"/></Logger>
    <Root level="warn"/>
  </Loggers>
</Configuration>
""", h=host(r, "pg-audit"), db=r.choice(["audit", "logs", "app_audit"]))


@P("splunk", "hec_token", g_uuid, "xml", "SPLUNK_HEC_TOKEN")
def log4j2_http_hec(r):
    return "config/log4j2-splunk.xml", T("""
<?xml version="1.0" encoding="UTF-8"?>
<Configuration status="warn" packages="">
  <Appenders>
    <Http name="SplunkHec" url="https://<<h>>:8088/services/collector/raw?sourcetype=log4j&amp;index=<<idx>>">
      <Property name="Authorization" value="Splunk @@S@@"/>
      <Property name="X-Splunk-Request-Channel" value="<<chan>>"/>
      <JsonLayout properties="true" compact="true" eventEol="true"/>
    </Http>
    <Async name="AsyncSplunk"><AppenderRef ref="SplunkHec"/></Async>
  </Appenders>
  <Loggers>
    <Root level="info"><AppenderRef ref="AsyncSplunk"/></Root>
  </Loggers>
</Configuration>
""", h=host(r, "hec"), idx=app(r).replace("-", "_"), chan=uid(r))


@P("mailgun", "smtp_password", g_password, "plain", "SMTP_PASSWORD")
def log4j2_props_smtp(r):
    return "src/main/resources/log4j2.properties", T("""
status = warn
name = <<app>>-logging

appender.console.type = Console
appender.console.name = STDOUT
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss.SSS} %-5p [%X{requestId}] %c{1} - %m%n

appender.smtp.type = SMTP
appender.smtp.name = MAIL
appender.smtp.subject = <<app>> failure
appender.smtp.to = <<to>>
appender.smtp.from = <<frm>>
appender.smtp.smtpHost = smtp.mailgun.org
appender.smtp.smtpPort = 587
appender.smtp.smtpUsername = postmaster@mg.<<o>>.com
appender.smtp.smtpPassword = @@S@@
appender.smtp.filter.threshold.type = ThresholdFilter
appender.smtp.filter.threshold.level = error

rootLogger.level = info
rootLogger.appenderRef.stdout.ref = STDOUT
rootLogger.appenderRef.mail.ref = MAIL
""", app=app(r), to=mail(r, "alerts"), frm=mail(r, "log4j"), o=org(r))


@P("smtp", "smtp_password", g_password, "plain", "MAIL_PASSWORD")
def log4j1_props(r):
    return "WEB-INF/classes/log4j.properties", T("""
# legacy log4j 1.2 configuration - kept for the <<app>> batch jobs
log4j.rootLogger=INFO, file, mail
log4j.appender.file=org.apache.log4j.DailyRollingFileAppender
log4j.appender.file.File=/var/log/<<app>>/batch.log
log4j.appender.file.DatePattern='.'yyyy-MM-dd
log4j.appender.file.layout=org.apache.log4j.PatternLayout
log4j.appender.file.layout.ConversionPattern=%d %-5p [%t] %c - %m%n

log4j.appender.mail=org.apache.log4j.net.SMTPAppender
log4j.appender.mail.Threshold=ERROR
log4j.appender.mail.BufferSize=10
log4j.appender.mail.SMTPHost=<<mh>>
log4j.appender.mail.SMTPPort=465
log4j.appender.mail.SMTPProtocol=smtps
log4j.appender.mail.SMTPUsername=batch-alerts
log4j.appender.mail.SMTPPassword=@@S@@
log4j.appender.mail.From=<<frm>>
log4j.appender.mail.To=<<to>>
log4j.appender.mail.Subject=[batch] job failure
log4j.appender.mail.layout=org.apache.log4j.PatternLayout
""", app=app(r), mh=host(r, "mail"), frm=mail(r, "batch"), to=mail(r, "ops"))


@P("smtp", "smtp_password", g_password, "xml", "SMTP_PASSWORD")
def logback_smtp(r):
    return "src/main/resources/logback.xml", T("""
<configuration scan="true">
  <appender name="STDOUT" class="ch.qos.logback.core.ConsoleAppender">
    <encoder><pattern>%d{HH:mm:ss.SSS} [%thread] %-5level %logger{36} %X{traceId} - %msg%n</pattern></encoder>
  </appender>

  <appender name="EMAIL" class="ch.qos.logback.classic.net.SMTPAppender">
    <smtpHost><<mh>></smtpHost>
    <smtpPort>587</smtpPort>
    <STARTTLS>true</STARTTLS>
    <username><<user>></username>
    <password>@@S@@</password>
    <to><<to>></to>
    <from><<frm>></from>
    <subject><<app>>: %logger{20} - %m</subject>
    <layout class="ch.qos.logback.classic.html.HTMLLayout"/>
  </appender>

  <logger name="<<pkg>>" level="DEBUG"/>
  <root level="INFO">
    <appender-ref ref="STDOUT"/>
    <appender-ref ref="EMAIL"/>
  </root>
</configuration>
""", mh=host(r, "smtp"), user=mail(r, "alerts"), to=mail(r, "dev"), frm=mail(r, "logback"), app=app(r), pkg=pkg(r))


@P("logz.io", "api_key", g_logzio, "xml", "LOGZIO_TOKEN")
def logback_logzio(r):
    return "src/main/resources/logback-spring.xml", T("""
<?xml version="1.0" encoding="UTF-8"?>
<configuration>
  <include resource="org/springframework/boot/logging/logback/base.xml"/>
  <springProperty scope="context" name="appName" source="spring.application.name"/>

  <appender name="LogzioLogbackAppender" class="io.logz.logback.LogzioLogbackAppender">
    <token>@@S@@</token>
    <logzioUrl>https://<<lh>>:8071</logzioUrl>
    <logzioType>java</logzioType>
    <additionalFields>service=<<app>>;env=<<env>></additionalFields>
    <drainTimeoutSec>5</drainTimeoutSec>
    <filter class="ch.qos.logback.classic.filter.ThresholdFilter">
      <level>INFO</level>
    </filter>
  </appender>

  <root level="INFO">
    <appender-ref ref="CONSOLE"/>
    <appender-ref ref="LogzioLogbackAppender"/>
  </root>
</configuration>
""", lh=r.choice(["listener.logz.io", "listener-eu.logz.io", "listener-uk.logz.io"]), app=app(r), env=envn(r))


@P("loggly", "ingest_token", g_uuid_lc, "xml", "LOGGLY_TOKEN")
def logback_loggly(r):
    return "src/main/resources/logback.xml", T("""
<configuration debug="false">
  <appender name="loggly" class="ch.qos.logback.ext.loggly.LogglyAppender">
    <endpointUrl>https://logs-01.loggly.com/inputs/@@S@@/tag/<<app>>,logback</endpointUrl>
    <pattern>%d{"ISO8601", UTC} %p %t %c{0}.%M - %m%n</pattern>
  </appender>
  <appender name="console" class="ch.qos.logback.core.ConsoleAppender">
    <encoder><pattern>%-5level %logger{0} - %msg%n</pattern></encoder>
  </appender>
  <root level="info">
    <appender-ref ref="loggly"/>
    <appender-ref ref="console"/>
  </root>
</configuration>
""", app=app(r))


@P("datadog", "api_key", g_hex32, "xml", "DD_API_KEY")
def logback_datadog(r):
    return "src/main/resources/logback.xml", T("""
<configuration>
  <appender name="JSON_TCP" class="net.logstash.logback.appender.LogstashTcpSocketAppender">
    <destination><<dh>>:443</destination>
    <keepAliveDuration>20 seconds</keepAliveDuration>
    <encoder class="net.logstash.logback.encoder.LogstashEncoder">
      <prefix class="ch.qos.logback.core.encoder.LayoutWrappingEncoder">
        <layout class="ch.qos.logback.classic.PatternLayout">
          <pattern>@@S@@ %mdc{keyThatDoesNotExist}</pattern>
        </layout>
      </prefix>
      <customFields>{"service":"<<app>>","env":"<<env>>"}</customFields>
    </encoder>
    <ssl/>
  </appender>
  <root level="INFO">
    <appender-ref ref="JSON_TCP"/>
  </root>
</configuration>
""", dh=r.choice(["intake.logs.datadoghq.com", "tcp-intake.logs.datadoghq.eu"]), app=app(r), env=envn(r))


@P("sumologic", "ingest_url_token", g_sumo, "xml", "SUMO_URL")
def logback_sumo(r):
    tok_url = sumo_url(r, S)
    return "src/main/resources/logback.xml", T("""
<configuration>
  <appender name="SumoAppender" class="com.sumologic.logback.SumoLogicAppender">
    <encoder>
      <pattern>%date{ISO8601,UTC} [%t] %-5level %logger{35} - %msg%n</pattern>
    </encoder>
    <url><<u>></url>
    <sourceName><<app>></sourceName>
    <sourceCategory><<env>>/java/<<app>></sourceCategory>
    <retryIntervalMs>10000</retryIntervalMs>
  </appender>
  <root level="info"><appender-ref ref="SumoAppender"/></root>
</configuration>
""", u=tok_url, app=app(r), env=envn(r))


@P("sentry", "dsn_secret", g_hex32, "plain", "SENTRY_DSN")
def spring_sentry_props(r):
    return "src/main/resources/application-%s.properties" % r.choice(["prod", "production", "staging"]), T("""
spring.application.name=<<app>>
server.port=8080
logging.level.root=INFO
logging.level.<<pkg>>=DEBUG
logging.pattern.level=%5p [${spring.application.name:},%X{traceId:-},%X{spanId:-}]
sentry.dsn=https://<<pub>>:@@S@@@<<sh>>/<<proj>>
sentry.environment=production
sentry.traces-sample-rate=0.2
sentry.logging.minimum-event-level=error
management.endpoints.web.exposure.include=health,info
""", app=app(r), pkg=pkg(r), pub=hx(r, 32), sh=sentry_host(r), proj=r.randrange(1000, 9999999))


@P("postgresql", "db_password", g_password, "plain", "AUDIT_DB_PASSWORD")
def java_jdbc_connsource(r):
    p = pkg(r)
    return "src/main/java/%s/logging/AuditConnectionFactory.java" % p.replace(".", "/"), T("""
package <<p>>.logging;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Connection factory used by the log4j2 JDBC appender (ConnectionFactory element). */
public final class AuditConnectionFactory {
    private static final String URL = "jdbc:postgresql://<<h>>:5432/audit?sslmode=require";

    private AuditConnectionFactory() {}

    public static Connection getDatabaseConnection() throws SQLException {
        return DriverManager.getConnection(URL, "audit_appender", "@@S@@");
    }
}
""", p=p, h=host(r, "audit-db"))


@P("sentry", "dsn_secret", g_hex32, "plain", "SENTRY_DSN")
def java_sentry_init(r):
    p = pkg(r)
    return "src/main/java/%s/Application.java" % p.replace(".", "/"), T("""
package <<p>>;

import io.sentry.Sentry;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {
    public static void main(String[] args) {
        Sentry.init(options -> {
            options.setDsn("https://<<pub>>:@@S@@@<<sh>>/<<proj>>");
            options.setEnvironment("<<env>>");
            options.setTracesSampleRate(0.1);
        });
        SpringApplication.run(Application.class, args);
    }
}
""", p=p, pub=hx(r, 32), sh=sentry_host(r), proj=r.randrange(1000, 999999), env=envn(r))


@P("splunk", "hec_token", g_uuid, "plain", "SPLUNK_HEC_TOKEN")
def java_hec_sender(r):
    p = pkg(r)
    return "src/main/java/%s/telemetry/HecShipper.java" % p.replace(".", "/"), T("""
package <<p>>.telemetry;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class HecShipper {
    private final HttpClient client = HttpClient.newHttpClient();
    private final URI endpoint = URI.create("https://<<h>>:8088/services/collector/event");

    public int send(String jsonEvent) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(endpoint)
            .header("Authorization", "Splunk @@S@@")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(jsonEvent))
            .build();
        return client.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
""", p=p, h=host(r, "splunk-hec"))


# ================================================================= POSITIVE TEMPLATES: .NET
@P("seq", "api_key", g_seq, "json", "SEQ_API_KEY")
def serilog_seq_json(r):
    return "src/%s/appsettings.json" % app(r).title().replace("-", ""), T("""
{
  "Serilog": {
    "Using": [ "Serilog.Sinks.Console", "Serilog.Sinks.Seq" ],
    "MinimumLevel": {
      "Default": "Information",
      "Override": { "Microsoft": "Warning", "System": "Warning" }
    },
    "WriteTo": [
      { "Name": "Console" },
      {
        "Name": "Seq",
        "Args": {
          "serverUrl": "https://<<h>>",
          "apiKey": "@@S@@"
        }
      }
    ],
    "Enrich": [ "FromLogContext", "WithMachineName", "WithThreadId" ],
    "Properties": { "Application": "<<app>>" }
  },
  "AllowedHosts": "*"
}
""", h=host(r, "seq"), app=app(r))


@P("datadog", "api_key", g_hex32, "json", "DD_API_KEY")
def serilog_datadog_json(r):
    return "src/Api/appsettings.Production.json", T("""
{
  "Serilog": {
    "Using": [ "Serilog.Sinks.Datadog.Logs" ],
    "MinimumLevel": "Information",
    "WriteTo": [
      {
        "Name": "DatadogLogs",
        "Args": {
          "apiKey": "@@S@@",
          "source": "csharp",
          "service": "<<app>>",
          "host": "<<hn>>",
          "tags": [ "env:<<env>>", "team:<<team>>" ],
          "configuration": { "url": "https://http-intake.logs.datadoghq.eu" }
        }
      }
    ]
  },
  "ConnectionStrings": { "Default": "Server=<<db>>;Database=app;Integrated Security=true" }
}
""", app=app(r), hn=host(r, "web"), env=envn(r), team=r.choice(["platform", "payments", "core"]), db=host(r, "sql"))


@P("splunk", "hec_token", g_uuid, "json", "SPLUNK_HEC_TOKEN")
def serilog_splunk_json(r):
    return "appsettings.%s.json" % r.choice(["Production", "Staging"]), T("""
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Serilog": {
    "Using": [ "Serilog.Sinks.Splunk" ],
    "WriteTo": [
      {
        "Name": "EventCollector",
        "Args": {
          "splunkHost": "https://<<h>>:8088",
          "eventCollectorToken": "@@S@@",
          "index": "<<idx>>",
          "sourceType": "_json"
        }
      }
    ]
  },
  "FeatureFlags": { "UseNewCheckout": true }
}
""", h=host(r, "splunk"), idx=app(r).replace("-", "_"))


@P("elasticsearch", "basic_auth_password", g_urlpass, "json", "ELASTIC_PASSWORD")
def serilog_es_json(r):
    return "src/Worker/appsettings.json", T("""
{
  "Serilog": {
    "Using": [ "Serilog.Sinks.Elasticsearch" ],
    "MinimumLevel": { "Default": "Information" },
    "WriteTo": [
      {
        "Name": "Elasticsearch",
        "Args": {
          "nodeUris": "https://serilog_writer:@@S@@@<<h>>:9200",
          "indexFormat": "<<app>>-logs-{0:yyyy.MM}",
          "autoRegisterTemplate": true,
          "autoRegisterTemplateVersion": "ESv7"
        }
      }
    ]
  },
  "Worker": { "PollIntervalSeconds": 15 }
}
""", h=host(r, "es"), app=app(r))


@P("smtp", "smtp_password", g_password, "xml", "SMTP_PASSWORD")
def nlog_mail(r):
    return "NLog.config", T("""
<?xml version="1.0" encoding="utf-8" ?>
<nlog xmlns="http://www.nlog-project.org/schemas/NLog.xsd"
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
      autoReload="true" internalLogLevel="Warn" internalLogFile="c:\\temp\\nlog-internal.log">
  <targets async="true">
    <target xsi:type="File" name="file" fileName="${basedir}/logs/${shortdate}.log"
            layout="${longdate}|${level:uppercase=true}|${logger}|${message} ${exception:format=tostring}" />
    <target xsi:type="Mail" name="mail"
            smtpServer="<<mh>>" smtpPort="587" enableSsl="true"
            smtpAuthentication="Basic" smtpUserName="<<user>>" smtpPassword="@@S@@"
            from="<<frm>>" to="<<to>>" subject="<<app>> error on ${machinename}" />
  </targets>
  <rules>
    <logger name="*" minlevel="Info" writeTo="file" />
    <logger name="*" minlevel="Error" writeTo="mail" />
  </rules>
</nlog>
""", mh=host(r, "smtp"), user=mail(r, "nlog"), frm=mail(r, "nlog"), to=mail(r, "support"), app=app(r))


@P("sqlserver", "db_password", g_password, "xml", "LOGDB_PASSWORD")
def nlog_database(r):
    return "src/Web/nlog.config", T("""
<?xml version="1.0" encoding="utf-8" ?>
<nlog xmlns="http://www.nlog-project.org/schemas/NLog.xsd"
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <extensions><add assembly="NLog.Database"/></extensions>
  <targets>
    <target xsi:type="Database" name="db" dbProvider="Microsoft.Data.SqlClient.SqlConnection, Microsoft.Data.SqlClient"
            connectionString="Server=<<h>>,1433;Database=Logging;User Id=nlog_writer;Password=@@S@@;TrustServerCertificate=True"
            commandText="INSERT INTO dbo.Log (Logged, Level, Logger, Message, CorrelationId) VALUES (@logged, @level, @logger, @message, @correlation)">
      <parameter name="@logged" layout="${date}" />
      <parameter name="@level" layout="${level}" />
      <parameter name="@logger" layout="${logger}" />
      <parameter name="@message" layout="${message}" />
      <parameter name="@correlation" layout="${aspnet-TraceIdentifier}" />
    </target>
  </targets>
  <rules><logger name="*" minlevel="Warn" writeTo="db" /></rules>
</nlog>
""", h=host(r, "sqllog"))


@P("seq", "api_key", g_seq, "xml", "SEQ_API_KEY")
def nlog_seq(r):
    return "NLog.config", T("""
<?xml version="1.0" encoding="utf-8" ?>
<nlog xmlns="http://www.nlog-project.org/schemas/NLog.xsd"
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <extensions><add assembly="NLog.Targets.Seq"/></extensions>
  <targets>
    <target name="seq" xsi:type="BufferingWrapper" bufferSize="1000" flushTimeout="2000">
      <target xsi:type="Seq" serverUrl="https://<<h>>" apiKey="@@S@@">
        <property name="ThreadId" value="${threadid}" as="number" />
        <property name="MachineName" value="${machinename}" />
        <property name="Application" value="<<app>>" />
      </target>
    </target>
  </targets>
  <rules><logger name="*" minlevel="Info" writeTo="seq" /></rules>
</nlog>
""", h=host(r, "seq"), app=app(r))


@P("seq", "api_key", g_seq, "plain", "SEQ_API_KEY")
def cs_seq_program(r):
    return "src/%s/Program.cs" % app(r).title().replace("-", ""), T("""
using Serilog;
using Serilog.Events;

Log.Logger = new LoggerConfiguration()
    .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
    .Enrich.FromLogContext()
    .WriteTo.Console()
    .WriteTo.Seq("https://<<h>>", apiKey: "@@S@@")
    .CreateLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.Host.UseSerilog();
    var app = builder.Build();
    app.MapGet("/healthz", () => Results.Ok());
    app.Run();
}
finally
{
    Log.CloseAndFlush();
}
""", h=host(r, "seq"))


@P("splunk", "hec_token", g_uuid, "plain", "SPLUNK_HEC_TOKEN")
def cs_splunk_positional(r):
    return "src/Shared/Logging/LoggingSetup.cs", T("""
using Serilog;
using Serilog.Formatting.Json;

namespace <<ns>>.Shared.Logging
{
    public static class LoggingSetup
    {
        public static ILogger Create(string environment)
        {
            return new LoggerConfiguration()
                .Enrich.WithProperty("env", environment)
                .WriteTo.EventCollector("https://<<h>>:8088", "@@S@@",
                    index: "<<idx>>", source: "<<app>>")
                .CreateLogger();
        }
    }
}
""", ns=org(r).title(), h=host(r, "splunk-hec"), idx=app(r).replace("-", "_"), app=app(r))


@P("loggly", "ingest_token", g_uuid_lc, "plain", "LOGGLY_TOKEN")
def cs_loggly(r):
    return "src/Api/Startup.Logging.cs", T("""
using Loggly;
using Loggly.Config;
using Serilog;

public static class LogglyBootstrap
{
    public static void Configure()
    {
        var config = LogglyConfig.Instance;
        config.CustomerToken = "@@S@@";
        config.ApplicationName = "<<app>>";
        config.Transport.EndpointHostname = "logs-01.loggly.com";
        config.Transport.EndpointPort = 443;
        config.Transport.LogTransport = LogTransport.Https;
        config.TagConfig.Tags.Add(new SimpleTag { Value = "<<env>>" });

        Log.Logger = new LoggerConfiguration().WriteTo.Loggly().CreateLogger();
    }
}
""", app=app(r), env=envn(r))


@P("seq", "api_key", g_seq, "xml", "SEQ_API_KEY")
def webconfig_serilog(r):
    return "Web.config", T("""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="ClientValidationEnabled" value="true" />
    <add key="serilog:minimum-level" value="Information" />
    <add key="serilog:using:Seq" value="Serilog.Sinks.Seq" />
    <add key="serilog:write-to:Seq.serverUrl" value="https://<<h>>" />
    <add key="serilog:write-to:Seq.apiKey" value="@@S@@" />
    <add key="serilog:enrich:with-property:Application" value="<<app>>" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" />
  </system.web>
</configuration>
""", h=host(r, "seq"), app=app(r))


# ================================================================= POSITIVE TEMPLATES: Python
@P("smtp", "smtp_password", g_password, "plain", "SMTP_PASSWORD")
def py_logging_ini(r):
    return r.choice(["logging.ini", "config/logging.ini", "etc/%s/logging.ini" % app(r)]), T("""
[loggers]
keys=root,<<mod>>

[handlers]
keys=console,mail

[formatters]
keys=simple

[logger_root]
level=INFO
handlers=console

[logger_<<mod>>]
level=DEBUG
handlers=console,mail
qualname=<<mod>>
propagate=0

[handler_console]
class=StreamHandler
level=DEBUG
formatter=simple
args=(sys.stdout,)

[handler_mail]
class=logging.handlers.SMTPHandler
level=ERROR
formatter=simple
args=(('<<mh>>', 587), '<<frm>>', ['<<to>>'], '<<mod>> failure', ('<<user>>', '@@S@@'), ())

[formatter_simple]
format=%(asctime)s %(name)s %(levelname)s %(message)s
""", mod=app(r).replace("-", "_"), mh=host(r, "smtp"), frm=mail(r, "noreply"), to=mail(r, "ops"), user=mail(r, "alerts"))


@P("smtp", "smtp_password", g_password, "plain", "SMTP_PASSWORD")
def py_dictconfig_yaml(r):
    return r.choice(["config/logging.yaml", "logging.yml", "deploy/logging.yaml"]), T("""
version: 1
disable_existing_loggers: false
formatters:
  json:
    (): pythonjsonlogger.jsonlogger.JsonFormatter
    format: "%(asctime)s %(levelname)s %(name)s %(message)s %(trace_id)s"
handlers:
  console:
    class: logging.StreamHandler
    formatter: json
    stream: ext://sys.stdout
  mail_admins:
    class: logging.handlers.SMTPHandler
    level: CRITICAL
    mailhost: [<<mh>>, 587]
    fromaddr: <<frm>>
    toaddrs: [<<to>>]
    subject: "<<app>> critical error"
    credentials: [<<user>>, "@@S@@"]
    secure: []
root:
  level: INFO
  handlers: [console, mail_admins]
""", mh=host(r, "smtp"), frm=mail(r, "app"), to=mail(r, "sre"), app=app(r), user=mail(r, "smtp-relay"))


@P("betterstack", "source_token", g_logtail, "plain", "LOGTAIL_SOURCE_TOKEN")
def py_django_logging(r):
    return "%s/settings/production.py" % app(r).replace("-", "_"), T("""
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["<<hn>>"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "logtail": {
            "class": "logtail.LogtailHandler",
            "source_token": "@@S@@",
            "host": "https://in.logs.betterstack.com",
        },
    },
    "loggers": {
        "django": {"handlers": ["console", "logtail"], "level": "INFO"},
        "<<mod>>": {"handlers": ["console", "logtail"], "level": "DEBUG", "propagate": False},
    },
}
""", hn=host(r, "www"), mod=app(r).replace("-", "_"))


@P("betterstack", "source_token", g_logtail, "plain", "LOGTAIL_SOURCE_TOKEN")
def py_logtail_handler(r):
    return "%s/logging_setup.py" % app(r).replace("-", "_"), T("""
import logging
import sys

from logtail import LogtailHandler


def configure(level: int = logging.INFO) -> logging.Logger:
    logger = logging.getLogger("<<mod>>")
    logger.setLevel(level)
    logger.addHandler(logging.StreamHandler(sys.stdout))
    handler = LogtailHandler(source_token="@@S@@")
    handler.setLevel(logging.WARNING)
    logger.addHandler(handler)
    return logger
""", mod=app(r).replace("-", "_"))


@P("loggly", "ingest_token", g_uuid_lc, "plain", "LOGGLY_TOKEN")
def py_loggly_conf(r):
    return "conf/python-logging.conf", T("""
[handlers]
keys=HTTPSHandler,console

[handler_HTTPSHandler]
class=loggly.handlers.HTTPSHandler
formatter=jsonFormat
args=('https://logs-01.loggly.com/inputs/@@S@@/tag/python,<<app>>','POST')

[handler_console]
class=StreamHandler
formatter=jsonFormat
args=(sys.stderr,)

[formatters]
keys=jsonFormat

[loggers]
keys=root

[logger_root]
handlers=HTTPSHandler,console
level=INFO

[formatter_jsonFormat]
format={ "loggerName":"%(name)s", "asciTime":"%(asctime)s", "levelName":"%(levelname)s", "message":"%(message)s"}
""", app=app(r))


@P("sentry", "dsn_secret", g_hex32, "plain", "SENTRY_DSN")
def py_sentry_legacy(r):
    return "%s/__init__.py" % app(r).replace("-", "_"), T("""
import logging

import sentry_sdk
from sentry_sdk.integrations.logging import LoggingIntegration

__version__ = "<<ver>>"

sentry_logging = LoggingIntegration(level=logging.INFO, event_level=logging.ERROR)

sentry_sdk.init(
    dsn="https://<<pub>>:@@S@@@<<sh>>/<<proj>>",
    integrations=[sentry_logging],
    release=__version__,
    environment="<<env>>",
)
""", ver="%d.%d.%d" % (r.randrange(0, 4), r.randrange(0, 20), r.randrange(0, 30)), pub=hx(r, 32), sh=sentry_host(r), proj=r.randrange(100, 9999999), env=envn(r))


@P("rollbar", "access_token", g_hex32, "plain", "ROLLBAR_ACCESS_TOKEN")
def py_rollbar(r):
    return "%s/wsgi.py" % app(r).replace("-", "_"), T("""
import os

import rollbar
import rollbar.contrib.flask
from flask import got_request_exception

from .app import create_app

app = create_app()

rollbar.init(
    "@@S@@",
    "<<env>>",
    root=os.path.dirname(os.path.realpath(__file__)),
    allow_logging_basic_config=False,
)
got_request_exception.connect(rollbar.contrib.flask.report_exception, app)
""", env=envn(r))


@P("datadog", "api_key", g_hex32, "plain", "DD_API_KEY")
def py_datadog_http(r):
    return "tools/ship_logs.py", T("""
#!/usr/bin/env python3
\"\"\"Ship a JSON-lines file to the Datadog HTTP log intake (used by the nightly batch).\"\"\"
import json
import sys

import requests

INTAKE = "https://http-intake.logs.datadoghq.com/api/v2/logs"
HEADERS = {
    "Content-Type": "application/json",
    "DD-API-KEY": "@@S@@",
}


def main(path):
    with open(path) as fh:
        batch = [json.loads(line) for line in fh if line.strip()]
    for e in batch:
        e.setdefault("ddsource", "python")
        e.setdefault("service", "<<app>>")
    resp = requests.post(INTAKE, headers=HEADERS, data=json.dumps(batch), timeout=10)
    resp.raise_for_status()


if __name__ == "__main__":
    main(sys.argv[1])
""", app=app(r))


@P("axiom", "api_token", g_axiom, "plain", "AXIOM_TOKEN")
def py_axiom(r):
    return "%s/telemetry.py" % app(r).replace("-", "_"), T("""
import logging

import axiom_py
from axiom_py.logging import AxiomHandler

client = axiom_py.Client(token="@@S@@", org_id="<<o>>-<<n>>")
handler = AxiomHandler(client, "<<ds>>")

logging.getLogger().addHandler(handler)
logging.getLogger().setLevel(logging.INFO)
""", o=org(r), n=hx(r, 4), ds=r.choice(["app-logs", "backend", "events"]))


@P("graylog", "basic_auth_password", g_password, "plain", "GELF_PASSWORD")
def py_gelf_http(r):
    return "%s/gelf.py" % app(r).replace("-", "_"), T("""
import json
import logging
import logging.handlers
import socket


class GelfHTTPHandler(logging.handlers.HTTPHandler):
    \"\"\"POSTs GELF JSON to the Graylog HTTP input behind the nginx basic-auth proxy.\"\"\"

    def mapLogRecord(self, record):
        return {"version": "1.1", "host": socket.gethostname(),
                "short_message": record.getMessage(), "level": record.levelno}


handler = GelfHTTPHandler(
    "<<h>>",
    "/gelf",
    method="POST",
    secure=True,
    credentials=("gelf-ingest", "@@S@@"),
)
logging.getLogger("<<mod>>").addHandler(handler)
""", h=host(r, "graylog"), mod=app(r).replace("-", "_"))


# ================================================================= POSITIVE TEMPLATES: Node
@P("betterstack", "source_token", g_logtail, "plain", "LOGTAIL_SOURCE_TOKEN")
def js_winston_logtail(r):
    return "src/lib/logger.js", T("""
const winston = require("winston");
const { Logtail } = require("@logtail/node");
const { LogtailTransport } = require("@logtail/winston");

const logtail = new Logtail("@@S@@", { endpoint: "https://in.logs.betterstack.com" });

const logger = winston.createLogger({
  level: process.env.LOG_LEVEL || "info",
  format: winston.format.json(),
  defaultMeta: { service: "<<app>>" },
  transports: [new winston.transports.Console(), new LogtailTransport(logtail)],
});

module.exports = logger;
""", app=app(r))


@P("loggly", "ingest_token", g_uuid_lc, "plain", "LOGGLY_TOKEN")
def js_winston_loggly(r):
    return "lib/logging.js", T("""
'use strict';
const winston = require('winston');
const { Loggly } = require('winston-loggly-bulk');

winston.add(new Loggly({
  token: '@@S@@',
  subdomain: '<<o>>',
  tags: ['nodejs', '<<app>>'],
  json: true,
}));

module.exports = winston;
""", o=org(r), app=app(r))


@P("axiom", "api_token", g_axiom, "plain", "AXIOM_TOKEN")
def ts_pino_axiom(r):
    return "src/logger.ts", T("""
import pino from 'pino';

export const logger = pino(
  { level: 'info', base: { service: '<<app>>' } },
  pino.transport({
    targets: [
      { target: 'pino-pretty', level: 'debug', options: { colorize: true } },
      {
        target: '@axiomhq/pino',
        level: 'info',
        options: {
          dataset: '<<ds>>',
          token: '@@S@@',
        },
      },
    ],
  }),
);
""", app=app(r), ds=r.choice(["vercel", "backend-logs", "api"]))


@P("splunk", "hec_token", g_uuid, "plain", "SPLUNK_HEC_TOKEN")
def js_winston_splunk(r):
    return "server/logger.js", T("""
const winston = require('winston');
const SplunkStreamEvent = require('winston-splunk-httplogger');

const splunkSettings = {
  token: '@@S@@',
  host: '<<h>>',
  port: 8088,
  protocol: 'https',
  index: '<<idx>>',
};

const logger = winston.createLogger({
  transports: [
    new winston.transports.Console(),
    new SplunkStreamEvent({ splunk: splunkSettings }),
  ],
});

module.exports = logger;
""", h=host(r, "splunk"), idx=app(r).replace("-", "_"))


@P("seq", "api_key", g_seq, "plain", "SEQ_API_KEY")
def js_bunyan_seq(r):
    return "lib/log.js", T("""
var bunyan = require('bunyan');
var seq = require('bunyan-seq');

var log = bunyan.createLogger({
  name: '<<app>>',
  streams: [
    { stream: process.stdout, level: 'warn' },
    seq.createStream({
      serverUrl: 'https://<<h>>',
      level: 'info',
      apiKey: '@@S@@'
    })
  ]
});

module.exports = log;
""", app=app(r), h=host(r, "seq"))


@P("elasticsearch", "basic_auth_password", g_password, "plain", "ES_PASSWORD")
def js_winston_es(r):
    return "src/logging/elastic.js", T("""
const winston = require('winston');
const { ElasticsearchTransport } = require('winston-elasticsearch');

const esTransport = new ElasticsearchTransport({
  level: 'info',
  indexPrefix: '<<app>>-logs',
  clientOpts: {
    node: 'https://<<h>>:9200',
    auth: { username: 'winston_writer', password: '@@S@@' },
    tls: { rejectUnauthorized: true },
  },
});

module.exports = winston.createLogger({ transports: [esTransport] });
""", app=app(r), h=host(r, "es"))


@P("datadog", "api_key", g_hex32, "plain", "DD_API_KEY")
def ts_datadog_winston(r):
    return "src/observability/logger.ts", T("""
import { createLogger, format, transports } from 'winston';
import DatadogWinston from 'datadog-winston';

export const logger = createLogger({
  format: format.combine(format.timestamp(), format.json()),
  transports: [new transports.Console()],
});

logger.add(
  new DatadogWinston({
    apiKey: '@@S@@',
    hostname: '<<hn>>',
    service: '<<app>>',
    ddsource: 'nodejs',
    ddtags: 'env:<<env>>',
  }),
);
""", hn=host(r, "api"), app=app(r), env=envn(r))


@P("honeybadger", "api_key", g_honeybadger, "plain", "HONEYBADGER_API_KEY")
def ts_honeybadger(r):
    return "src/errors.ts", T("""
import Honeybadger from '@honeybadger-io/js';

Honeybadger.configure({
  apiKey: '@@S@@',
  environment: '<<env>>',
  revision: process.env.GIT_SHA,
  reportData: true,
});

export default Honeybadger;
""", env=envn(r))


@P("smtp", "smtp_password", g_password, "plain", "SMTP_PASSWORD")
def js_winston_mail(r):
    return "config/logger.js", T("""
const winston = require('winston');
require('winston-mail');

module.exports = winston.createLogger({
  transports: [
    new winston.transports.Console({ level: 'debug' }),
    new winston.transports.Mail({
      level: 'error',
      to: '<<to>>',
      from: '<<frm>>',
      host: '<<mh>>',
      port: 465,
      ssl: true,
      username: '<<user>>',
      password: '@@S@@',
      subject: '[<<app>>] {{level}} {{msg}}',
    }),
  ],
});
""", to=mail(r, "oncall"), frm=mail(r, "winston"), mh=host(r, "smtp"), user=mail(r, "winston"), app=app(r))


@P("sentry", "dsn_secret", g_hex32, "plain", "SENTRY_DSN")
def js_raven_legacy(r):
    return "server/raven.js", T("""
var Raven = require('raven');

Raven.config('https://<<pub>>:@@S@@@<<sh>>/<<proj>>', {
  release: process.env.RELEASE,
  environment: '<<env>>',
  autoBreadcrumbs: true
}).install();

module.exports = Raven;
""", pub=hx(r, 32), sh=sentry_host(r), proj=r.randrange(100, 999999), env=envn(r))


@P("mezmo", "ingestion_key", g_hex32, "plain", "MEZMO_INGESTION_KEY")
def js_logdna(r):
    return "src/log.js", T("""
const winston = require('winston');
const logdnaWinston = require('logdna-winston');

const logger = winston.createLogger({ level: 'info' });
logger.add(new logdnaWinston({
  key: '@@S@@',
  hostname: '<<hn>>',
  app: '<<app>>',
  env: '<<env>>',
  indexMeta: true,
}));

module.exports = logger;
""", hn=host(r, "node"), app=app(r), env=envn(r))


# ================================================================= POSITIVE TEMPLATES: Go
@P("betterstack", "source_token", g_logtail, "plain", "BETTERSTACK_SOURCE_TOKEN")
def go_zap_betterstack(r):
    return "internal/logging/betterstack.go", T("""
package logging

import (
	"bytes"
	"net/http"
	"time"

	"go.uber.org/zap/zapcore"
)

// httpSink ships zap JSON lines to Better Stack.
type httpSink struct{ client *http.Client }

func newHTTPSink() *httpSink { return &httpSink{client: &http.Client{Timeout: 5 * time.Second}} }

func (s *httpSink) Write(p []byte) (int, error) {
	req, err := http.NewRequest(http.MethodPost, "https://in.logs.betterstack.com", bytes.NewReader(p))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer @@S@@")
	resp, err := s.client.Do(req)
	if err != nil {
		return 0, err
	}
	resp.Body.Close()
	return len(p), nil
}

func (s *httpSink) Sync() error { return nil }

var _ zapcore.WriteSyncer = (*httpSink)(nil)
""")


@P("sentry", "dsn_secret", g_hex32, "plain", "SENTRY_DSN")
def go_logrus_sentry(r):
    return "cmd/%s/main.go" % app(r), T("""
package main

import (
	"github.com/evalphobia/logrus_sentry"
	log "github.com/sirupsen/logrus"
)

func init() {
	hook, err := logrus_sentry.NewSentryHook("https://<<pub>>:@@S@@@<<sh>>/<<proj>>", []log.Level{
		log.PanicLevel,
		log.FatalLevel,
		log.ErrorLevel,
	})
	if err == nil {
		log.AddHook(hook)
	}
	log.SetFormatter(&log.JSONFormatter{})
}

func main() {
	log.WithField("component", "<<app>>").Info("starting")
}
""", pub=hx(r, 32), sh=sentry_host(r), proj=r.randrange(100, 999999), app=app(r))


@P("loggly", "ingest_token", g_uuid_lc, "plain", "LOGGLY_TOKEN")
def go_logrusly(r):
    return "pkg/log/log.go", T("""
package log

import (
	"github.com/sebest/logrusly"
	"github.com/sirupsen/logrus"
)

var Logger = logrus.New()

func Init(hostname string) {
	hook := logrusly.NewLogglyHook("@@S@@", hostname, logrus.WarnLevel, "<<app>>", "go")
	Logger.Hooks.Add(hook)
	Logger.SetLevel(logrus.InfoLevel)
}
""", app=app(r))


@P("axiom", "api_token", g_axiom, "plain", "AXIOM_TOKEN")
def go_axiom(r):
    return "internal/telemetry/axiom.go", T("""
package telemetry

import (
	"github.com/axiomhq/axiom-go/axiom"
	adapter "github.com/axiomhq/axiom-go/adapters/zap"
	"go.uber.org/zap"
)

func NewLogger() (*zap.Logger, error) {
	core, err := adapter.New(
		adapter.SetDataset("<<ds>>"),
		adapter.SetClientOptions(
			axiom.SetToken("@@S@@"),
			axiom.SetOrganizationID("<<o>>-<<n>>"),
		),
	)
	if err != nil {
		return nil, err
	}
	return zap.New(core), nil
}
""", ds=r.choice(["go-services", "backend", "api-logs"]), o=org(r), n=hx(r, 4))


@P("splunk", "hec_token", g_uuid, "plain", "SPLUNK_HEC_TOKEN")
def go_hec_config(r):
    return "config/hec.go", T("""
package config

import "time"

// HECConfig configures the logrus hook that forwards to Splunk.
type HECConfig struct {
	URL       string
	Token     string
	Index     string
	Source    string
	BatchSize int
	Flush     time.Duration
}

var Default = HECConfig{
	URL:       "https://<<h>>:8088/services/collector",
	Token:     "@@S@@",
	Index:     "<<idx>>",
	Source:    "<<app>>",
	BatchSize: 100,
	Flush:     2 * time.Second,
}
""", h=host(r, "hec"), idx=app(r).replace("-", "_"), app=app(r))


# ================================================================= POSITIVE TEMPLATES: Ruby
@P("splunk", "hec_token", g_uuid, "plain", "SPLUNK_HEC_TOKEN")
def rb_semantic_splunk(r):
    return "config/initializers/semantic_logger.rb", T("""
# frozen_string_literal: true

SemanticLogger.application = "<<app>>"
SemanticLogger.default_level = :info

if Rails.env.production?
  SemanticLogger.add_appender(
    appender: :splunk_http,
    url:      "https://<<h>>:8088/services/collector/event",
    token:    "@@S@@",
    index:    "<<idx>>"
  )
end
""", app=app(r), h=host(r, "splunk"), idx=app(r).replace("-", "_"))


@P("betterstack", "source_token", g_logtail, "plain", "LOGTAIL_SOURCE_TOKEN")
def rb_lograge_logtail(r):
    return "config/environments/production.rb", T("""
require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.consider_all_requests_local = false
  config.force_ssl = true

  config.lograge.enabled = true
  config.lograge.formatter = Lograge::Formatters::Json.new
  config.lograge.custom_options = lambda do |event|
    { request_id: event.payload[:request_id], user_id: event.payload[:user_id] }
  end

  config.logger = Logtail::Logger.create_default_logger("@@S@@")
  config.log_level = :info
  config.active_record.dump_schema_after_migration = false
end
""")


@P("honeybadger", "api_key", g_honeybadger, "plain", "HONEYBADGER_API_KEY")
def rb_honeybadger_yml(r):
    return "config/honeybadger.yml", T("""
---
api_key: "@@S@@"
env: "<<env>>"
development_environments:
  - development
  - test
exceptions:
  ignore:
    - ActionController::RoutingError
insights:
  enabled: true
""", env=envn(r))


@P("rollbar", "access_token", g_hex32, "plain", "ROLLBAR_ACCESS_TOKEN")
def rb_rollbar(r):
    return "config/initializers/rollbar.rb", T("""
Rollbar.configure do |config|
  config.access_token = '@@S@@'

  if Rails.env.test? || Rails.env.development?
    config.enabled = false
  end

  config.person_method = "current_user"
  config.environment = ENV['ROLLBAR_ENV'].presence || Rails.env
  config.exception_level_filters.merge!('ActionController::RoutingError' => 'ignore')
end
""")


@P("elasticsearch", "basic_auth_password", g_urlpass, "plain", "ES_PASSWORD")
def rb_semantic_es(r):
    return "config/initializers/logging.rb", T("""
SemanticLogger.add_appender(
  appender: :elasticsearch,
  url:      "https://semantic:@@S@@@<<h>>:9200",
  index:    "<<app>>-rails",
  level:    :info
)
SemanticLogger.add_appender(io: $stdout, formatter: :color) if Rails.env.development?
""", h=host(r, "es"), app=app(r))


# ================================================================= POSITIVE TEMPLATES: syslog
@P("betterstack", "basic_auth_password", g_password, "plain", "OMHTTP_PASSWORD")
def rsyslog_omhttp(r):
    return "deploy/rsyslog.d/60-omhttp.conf", T("""
# Forward application logs to the HTTP log gateway
module(load="omhttp")
module(load="imfile")

input(type="imfile" File="/var/log/<<app>>/*.log" Tag="<<app>>" Severity="info")

template(name="tpl_json" type="list" option.jsonf="on") {
  property(outname="@timestamp" name="timereported" dateFormat="rfc3339" format="jsonf")
  property(outname="host" name="hostname" format="jsonf")
  property(outname="message" name="msg" format="jsonf")
}

action(type="omhttp"
       server="<<h>>" serverport="443" usehttps="on"
       restpath="ingest/logs"
       uid="rsyslog"
       pwd="@@S@@"
       template="tpl_json" batch="on" batch.format="jsonarray" batch.maxsize="200"
       action.resumeRetryCount="-1")
""", app=app(r), h=host(r, "logs-gw"))


@P("elasticsearch", "basic_auth_password", g_password, "plain", "ES_PASSWORD")
def rsyslog_omes(r):
    return "etc/rsyslog.d/30-elasticsearch.conf", T("""
module(load="omelasticsearch")

template(name="<<app>>-index" type="string" string="<<app>>-%$YEAR%.%$MONTH%.%$DAY%")

*.* action(type="omelasticsearch"
           server="<<h>>"
           serverport="9200"
           usehttps="on"
           tls.cacert="/etc/rsyslog.d/certs/es-ca.pem"
           uid="rsyslog_writer"
           pwd="@@S@@"
           searchIndex="<<app>>-index"
           dynSearchIndex="on"
           bulkmode="on"
           queue.type="linkedlist"
           queue.size="5000")
""", app=app(r), h=host(r, "es"))


@P("loggly", "ingest_token", g_uuid_lc, "plain", "LOGGLY_TOKEN")
def rsyslog_loggly(r):
    return "etc/rsyslog.d/22-loggly.conf", T("""
# -------------------------------------------------------
#          Setup file for Loggly rsyslog forwarding
# -------------------------------------------------------
$WorkDirectory /var/spool/rsyslog
$ActionQueueFileName fwdRule1
$ActionQueueMaxDiskSpace 1g
$ActionQueueSaveOnShutdown on
$ActionQueueType LinkedList
$ActionResumeRetryCount -1

template(name="LogglyFormat" type="string"
 string="<%pri%>%protocol-version% %timestamp:::date-rfc3339% %HOSTNAME% %app-name% %procid% %msgid% [@@S@@@41058 tag=\\"<<app>>\\"] %msg%\\n")

action(type="omfwd" protocol="tcp" target="logs-01.loggly.com" port="514" template="LogglyFormat")
""", app=app(r))


@P("grafana", "basic_auth_password", g_glc, "plain", "LOKI_PASSWORD")
def syslogng_loki(r):
    return "deploy/syslog-ng/conf.d/loki.conf", T("""
@version: 4.2

source s_app {
    file("/var/log/<<app>>/app.log" flags(no-parse) program-override("<<app>>"));
};

destination d_loki {
    http(
        url("<<lu>>")
        method("POST")
        user("<<tenant>>")
        password("@@S@@")
        headers("Content-Type: application/json")
        body('{"streams":[{"stream":{"job":"<<app>>"},"values":[["${UNIXTIME}000000000","${MSG}"]]}]}')
    );
};

log { source(s_app); destination(d_loki); };
""", app=app(r), lu=loki_url(r), tenant=r.randrange(100000, 999999))


@P("betterstack", "source_token", g_logtail, "plain", "BETTERSTACK_SOURCE_TOKEN")
def syslogng_betterstack(r):
    return "etc/syslog-ng/conf.d/betterstack.conf", T("""
destination d_betterstack {
    http(
        url("https://in.logs.betterstack.com")
        method("POST")
        headers("Authorization: Bearer @@S@@", "Content-Type: application/json")
        body-prefix("[")
        body-suffix("]")
        delimiter(",")
        body("$(format-json --scope rfc5424 --key ISODATE dt=${ISODATE})")
        batch-lines(100)
        batch-timeout(5000)
    );
};

log { source(s_src); destination(d_betterstack); };
""")


@P("internal-pki", "private_key", g_pem_line, "plain", "RSYSLOG_TLS_KEY")
def rsyslog_tls_key(r):
    lines = pem_body(r)
    PEM_STASH.append(lines[0])
    body = [S] + lines[1:]
    return "deploy/rsyslog/certs/%s-client.key" % app(r), T("""
-----BEGIN EC PRIVATE KEY-----
<<b>>
-----END EC PRIVATE KEY-----
""", b="\n".join(body))


# ================================================================= POSITIVE TEMPLATES: shippers / deploy
@P("grafana", "basic_auth_password", g_glc, "plain", "LOKI_PASSWORD")
def promtail_basic(r):
    return r.choice(["deploy/promtail/config.yml", "promtail-config.yaml"]), T("""
server:
  http_listen_port: 9080
  grpc_listen_port: 0

positions:
  filename: /tmp/positions.yaml

clients:
  - url: <<lu>>
    basic_auth:
      username: "<<tenant>>"
      password: "@@S@@"
    external_labels:
      cluster: <<env>>

scrape_configs:
  - job_name: <<app>>
    static_configs:
      - targets: [localhost]
        labels:
          job: <<app>>
          __path__: /var/log/<<app>>/*.log
""", lu=loki_url(r), tenant=r.randrange(100000, 999999), env=envn(r), app=app(r))


@P("grafana", "basic_auth_password", g_glc, "plain", "LOKI_URL")
def promtail_url(r):
    lu = loki_url(r).replace("https://", "https://%d:%s@" % (r.randrange(100000, 999999), S))
    return "observability/promtail.yaml", T("""
clients:
  - url: <<lu>>
    batchwait: 1s
    batchsize: 1048576
    tenant_id: <<env>>
positions:
  filename: /var/lib/promtail/positions.yaml
scrape_configs:
  - job_name: journal
    journal:
      max_age: 12h
      labels:
        job: systemd-journal
    relabel_configs:
      - source_labels: ['__journal__systemd_unit']
        target_label: unit
""", lu=lu, env=envn(r))


@P("splunk", "hec_token", g_uuid, "plain", "SPLUNK_HEC_TOKEN")
def helm_values_hec(r):
    return "charts/%s/values.yaml" % app(r), T("""
replicaCount: 3
image:
  repository: registry.<<o>>.com/<<app>>
  tag: "<<tag>>"
  pullPolicy: IfNotPresent

logging:
  level: info
  format: json
  splunk:
    enabled: true
    endpoint: https://<<h>>:8088/services/collector
    hecToken: "@@S@@"
    index: <<idx>>
    insecureSkipVerify: false

resources:
  limits: { cpu: 500m, memory: 512Mi }
""", o=org(r), app=app(r), tag="%d.%d.%d" % (r.randrange(1, 5), r.randrange(0, 30), r.randrange(0, 20)), h=host(r, "hec"), idx=app(r).replace("-", "_"))


@P("datadog", "api_key", g_hex32, "plain", "DD_API_KEY")
def dockerfile_dd(r):
    return r.choice(["Dockerfile", "docker/Dockerfile", "services/%s/Dockerfile" % app(r)]), T("""
FROM python:3.12-slim AS runtime
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt ddtrace
COPY . .
ENV DD_SERVICE=<<app>> \\
    DD_ENV=<<env>> \\
    DD_LOGS_INJECTION=true \\
    DD_API_KEY=@@S@@ \\
    DD_SITE=datadoghq.com
EXPOSE 8000
CMD ["ddtrace-run", "gunicorn", "-b", "0.0.0.0:8000", "app.wsgi:application"]
""", app=app(r), env=envn(r))


@P("betterstack", "source_token", g_logtail, "plain", "LOGTAIL_SOURCE_TOKEN")
def dockerfile_logtail(r):
    return "Dockerfile", T("""
FROM node:20-alpine
WORKDIR /srv/app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
ARG LOGTAIL_TOKEN=@@S@@
ENV NODE_ENV=production \\
    LOG_SHIPPER_TOKEN=${LOGTAIL_TOKEN}
USER node
CMD ["node", "server.js"]
""")


@P("splunk", "hec_token", g_uuid, "plain", "SPLUNK_HEC_TOKEN")
def tf_firehose_hec(r):
    return "infra/logging/firehose.tf", T("""
resource "aws_kinesis_firehose_delivery_stream" "app_logs" {
  name        = "<<app>>-to-splunk"
  destination = "splunk"

  splunk_configuration {
    hec_endpoint               = "https://<<h>>:8088"
    hec_token                  = "@@S@@"
    hec_acknowledgment_timeout = 600
    hec_endpoint_type          = "Event"
    s3_backup_mode             = "FailedEventsOnly"

    s3_configuration {
      role_arn   = aws_iam_role.firehose.arn
      bucket_arn = aws_s3_bucket.failed_logs.arn
    }
  }
}
""", app=app(r), h=host(r, "hec"))


@P("newrelic", "license_key", g_newrelic, "plain", "NEW_RELIC_LICENSE_KEY")
def newrelic_ini(r):
    return "newrelic.ini", T("""
[newrelic]
license_key = @@S@@
app_name = <<app>> (<<env>>)
monitor_mode = true
log_file = /var/log/newrelic/python-agent.log
log_level = info
application_logging.enabled = true
application_logging.forwarding.enabled = true
distributed_tracing.enabled = true

[newrelic:development]
monitor_mode = false
""", app=app(r), env=envn(r))


@P("newrelic", "license_key", g_newrelic, "plain", "NEW_RELIC_LICENSE_KEY")
def newrelic_yml(r):
    return "config/newrelic.yml", T("""
common: &default_settings
  license_key: '@@S@@'
  app_name: <<app>>
  log_level: info
  application_logging:
    enabled: true
    forwarding:
      enabled: true
      max_samples_stored: 10000
    local_decorating:
      enabled: false

production:
  <<: *default_settings
""", app=app(r))


@P("axiom", "api_token", g_axiom, "plain", "AXIOM_TOKEN")
def toml_app_config(r):
    return "config/%s.toml" % envn(r), T("""
[server]
bind = "0.0.0.0:8080"
workers = 4

[logging]
level = "info"
format = "json"

[logging.axiom]
enabled = true
dataset = "<<ds>>"
token = "@@S@@"
flush_interval_ms = 2000

[database]
url_env = "DATABASE_URL"
pool_size = 16
""", ds=r.choice(["rust-services", "edge", "backend"]))


@P("sentry", "auth_token", g_sentry_user, "plain", "SENTRY_AUTH_TOKEN")
def sentryclirc(r):
    return ".sentryclirc", T("""
[defaults]
url = https://sentry.io/
org = <<o>>
project = <<app>>

[auth]
token = @@S@@

[log]
level = warn
""", o=org(r), app=app(r))


@P("sentry", "auth_token", g_sentry_user, "plain", "SENTRY_AUTH_TOKEN")
def sentry_properties(r):
    return "android/sentry.properties", T("""
defaults.url=https://sentry.io/
defaults.org=<<o>>
defaults.project=<<app>>-android
auth.token=@@S@@
""", o=org(r), app=app(r))


@P("graylog", "basic_auth_password", g_password, "plain", "GRAYLOG_PASSWORD")
def sh_gelf_curl(r):
    return "scripts/send-deploy-event.sh", T("""
#!/usr/bin/env bash
set -euo pipefail

GRAYLOG_URL="https://<<h>>/gelf"
VERSION="${1:?usage: $0 <version>}"

curl -sS --fail -u "deploy-bot:@@S@@" \\
  -H 'Content-Type: application/json' \\
  -X POST "$GRAYLOG_URL" \\
  -d "{\\"version\\":\\"1.1\\",\\"host\\":\\"$(hostname)\\",\\"short_message\\":\\"deployed <<app>> $VERSION\\",\\"level\\":6}"
""", h=host(r, "graylog"), app=app(r))


@P("betterstack", "source_token", g_logtail, "plain", "SOURCE_TOKEN")
def md_betterstack(r):
    return "docs/logging.md", T("""
# Logging

The service writes structured JSON to stdout. In production the sidecar forwards to Better Stack.

## Sending a test event

```sh
curl -X POST https://in.logs.betterstack.com \\
  -H "Authorization: Bearer @@S@@" \\
  -H "Content-Type: application/json" \\
  -d '{"message":"hello from <<app>>","level":"info"}'
```

## Fields

| field      | meaning                          |
|------------|----------------------------------|
| `dt`       | event time (RFC 3339)            |
| `trace_id` | W3C trace id from the request    |
""", app=app(r))


@P("logz.io", "api_key", g_logzio, "plain", "LOGZIO_TOKEN")
def compose_logzio(r):
    return "docker-compose.yml", T("""
services:
  api:
    build: .
    ports: ["8080:8080"]
    environment:
      SPRING_PROFILES_ACTIVE: <<env>>
      LOGZIO_LISTENER: https://listener.logz.io:8071
      LOGZIO_SHIPPING_TOKEN: @@S@@
    depends_on: [db]
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: app
""", env=envn(r))


@P("betterstack", "source_token", g_logtail, "plain", "LOGTAIL_SOURCE_TOKEN")
def dotenv_logtail(r):
    return ".env", T("""
NODE_ENV=production
PORT=3000
LOG_LEVEL=info
LOGTAIL_SOURCE_TOKEN=@@S@@
PUBLIC_BASE_URL=https://<<hn>>
""", hn=host(r, "app"))


@P("sentry", "dsn_secret", g_hex32, "json", "SENTRY_DSN")
def json_sentry_config(r):
    return "config/production.json", T("""
{
  "port": 8080,
  "logLevel": "info",
  "sentry": {
    "dsn": "https://<<pub>>:@@S@@@<<sh>>/<<proj>>",
    "sampleRate": 1.0,
    "environment": "production"
  },
  "redis": { "host": "<<rh>>", "port": 6379 }
}
""", pub=hx(r, 32), sh=sentry_host(r), proj=r.randrange(100, 999999), rh=host(r, "redis"))


@P("elasticsearch", "api_key", g_elastic_apikey, "plain", "ELASTIC_API_KEY")
def yaml_ecs_logging(r):
    return "config/logging.yml", T("""
# ECS logging shipped straight from the app (no Filebeat on these hosts)
elastic:
  hosts: ["https://<<h>>:443"]
  headers:
    Authorization: "ApiKey @@S@@"
  index: logs-<<app>>-default
  bulk_size: 500
service:
  name: <<app>>
  environment: <<env>>
""", h=host(r, "es"), app=app(r), env=envn(r))


@P("datadog", "api_key", g_hex32, "plain", "DD_API_KEY")
def go_zap_dd_conf(r):
    return "deploy/%s.yaml" % app(r), T("""
log:
  level: info
  encoding: json
  sinks:
    - type: stdout
    - type: datadog
      site: datadoghq.eu
      key: @@S@@
      service: <<app>>
      tags: [ "env:<<env>>", "region:eu-west-1" ]
metrics:
  enabled: true
  addr: :9102
""", app=app(r), env=envn(r))


# ================================================================= NEGATIVE LOOK-ALIKE TEMPLATES
def ts(r):
    return "2024-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randrange(1, 13), r.randrange(1, 29), r.randrange(24),
                                                    r.randrange(60), r.randrange(60), r.randrange(1000))


@N("generic", "trace_ids_log")
def n_app_log(r):
    lines = []
    for _ in range(r.randrange(8, 16)):
        lines.append("%s %-5s [%s] %s trace_id=%s span_id=%s request_id=%s - %s" % (
            ts(r), level(r), r.choice(["http-nio-8080-exec-3", "main", "worker-2", "scheduler-1"]),
            r.choice(["c.a.o.OrderController", "c.a.b.InvoiceService", "o.h.SQL"]), hx(r, 32), hx(r, 16), uid(r),
            r.choice(["order created", "payment authorised", "retrying upstream call", "cache miss", "invoice rendered"])))
    return "logs/%s-%s.log" % (app(r), r.choice(["2024-05-01", "current", "sample"])), "\n".join(lines) + "\n"


@N("log4j2", "lookups_and_mdc")
def n_log4j2_lookups(r):
    return "src/main/resources/log4j2.xml", T("""
<?xml version="1.0" encoding="UTF-8"?>
<Configuration status="WARN">
  <Appenders>
    <Console name="Console"><JsonTemplateLayout eventTemplateUri="classpath:EcsLayout.json"/></Console>
    <SMTP name="Mail" subject="[${env:APP_NAME}] error" to="${env:ALERT_TO}" from="${env:ALERT_FROM}"
          smtpHost="${env:SMTP_HOST}" smtpPort="587"
          smtpUsername="${env:SMTP_USERNAME}" smtpPassword="${env:SMTP_PASSWORD}"/>
    <Http name="Hec" url="${sys:splunk.hec.url}">
      <Property name="Authorization" value="Splunk ${env:SPLUNK_HEC_TOKEN}"/>
      <PatternLayout pattern="%d %p [%X{traceId},%X{spanId}] %X{requestId} %c - %m%n"/>
    </Http>
  </Appenders>
  <Loggers><Root level="info"><AppenderRef ref="Console"/><AppenderRef ref="Hec"/></Root></Loggers>
</Configuration>
""")


@N("generic", "sample_json_output")
def n_sample_json(r):
    evs = [{"@timestamp": ts(r), "log.level": level(r).lower(), "message": r.choice(["user signed in", "cart updated", "job finished"]),
            "event.id": uid(r), "trace.id": hx(r, 32), "span.id": hx(r, 16), "user.id": uid(r),
            "service.name": app(r)} for _ in range(r.randrange(3, 6))]
    return "docs/examples/sample-output.json", json.dumps(evs, indent=2) + "\n"


@N("azure", "appinsights_connection_string")
def n_appinsights(r):
    return "src/Api/appsettings.json", T("""
{
  "ApplicationInsights": {
    "ConnectionString": "InstrumentationKey=<<ik>>;IngestionEndpoint=https://<<reg>>.in.applicationinsights.azure.com/;LiveEndpoint=https://<<reg>>.livediagnostics.monitor.azure.com/;ApplicationId=<<aid>>"
  },
  "Serilog": {
    "Using": [ "Serilog.Sinks.ApplicationInsights" ],
    "WriteTo": [ { "Name": "ApplicationInsights", "Args": { "telemetryConverter": "Serilog.Sinks.ApplicationInsights.TelemetryConverters.TraceTelemetryConverter, Serilog.Sinks.ApplicationInsights" } } ]
  }
}
""", ik=uid(r), reg=r.choice(["westeurope-5", "eastus-8", "northeurope-2"]), aid=uid(r))


@N("azure", "instrumentation_key")
def n_appinsights_ikey(r):
    return "ApplicationInsights.config", T("""
<?xml version="1.0" encoding="utf-8"?>
<ApplicationInsights xmlns="http://schemas.microsoft.com/ApplicationInsights/2013/Settings">
  <InstrumentationKey><<ik>></InstrumentationKey>
  <TelemetryInitializers>
    <Add Type="Microsoft.ApplicationInsights.DependencyCollector.HttpDependenciesParsingTelemetryInitializer, Microsoft.AI.DependencyCollector"/>
  </TelemetryInitializers>
</ApplicationInsights>
""", ik=uid(r))


@N("sentry", "public_dsn")
def n_sentry_modern(r):
    return r.choice(["sentry.client.config.ts", "src/instrument.js"]), T("""
import * as Sentry from "@sentry/nextjs";

Sentry.init({
  dsn: "https://<<pk>>@o<<o>>.ingest.sentry.io/<<p>>",
  tracesSampleRate: 0.1,
  replaysOnErrorSampleRate: 1.0,
  environment: process.env.NEXT_PUBLIC_VERCEL_ENV,
});
""", pk=hx(r, 32), o=r.randrange(10000, 9999999), p=r.randrange(1000, 9999999))


@N("sentry", "public_dsn")
def n_sentry_modern_py(r):
    return "%s/sentry.py" % app(r).replace("-", "_"), T("""
import sentry_sdk

# DSN is public (submit-only); the auth token lives in CI secrets.
sentry_sdk.init(
    dsn="https://<<pk>>@o<<o>>.ingest.us.sentry.io/<<p>>",
    traces_sample_rate=0.05,
    send_default_pii=False,
)
""", pk=hx(r, 32), o=r.randrange(10000, 9999999), p=r.randrange(1000, 9999999))


@N("sentry", "documented_example")
def n_sentry_doc(r):
    return "docs/error-reporting.md", T("""
## Error reporting

Set `SENTRY_DSN` in the deployment. A DSN looks like:

```
https://examplePublicKey@o0.ingest.sentry.io/0
```

Events carry the request id (`X-Request-Id`) as the `request_id` tag so they can be matched to log lines.
""")


@N("datadog", "browser_client_token")
def n_dd_browser(r):
    return "web/src/monitoring.ts", T("""
import { datadogLogs } from '@datadog/browser-logs';

// Client tokens are meant for browsers; they can only submit logs.
datadogLogs.init({
  clientToken: 'pub<<t>>',
  site: 'datadoghq.com',
  service: '<<app>>-web',
  forwardErrorsToLogs: true,
  sessionSampleRate: 100,
});
""", t=hx(r, 32), app=app(r))


@N("generic", "checksums")
def n_sha256sums(r):
    names = ["promtail-linux-amd64.zip", "vector-0.38.0-x86_64-unknown-linux-gnu.tar.gz", "otelcol-contrib_0.98.0_linux_amd64.tar.gz",
             "fluent-bit-3.0.4.tar.gz", "logcli-linux-amd64.zip"]
    return "tools/SHA256SUMS", "".join("%s  %s\n" % (hx(r, 64), n) for n in names)


@N("generic", "commit_shas")
def n_changelog(r):
    out = ["# Changelog", "", "## %d.%d.0" % (r.randrange(1, 5), r.randrange(0, 30)), ""]
    for _ in range(r.randrange(5, 9)):
        out.append("- %s (%s)" % (r.choice(["switch Loki client to batching", "add trace id to log pattern", "drop log4j 1.x",
                                             "rotate logs daily", "mask Authorization header in access log", "bump serilog"]), hx(r, 40)))
    return "CHANGELOG.md", "\n".join(out) + "\n"


@N("npm", "integrity_hashes")
def n_lockfile(r):
    pk = ["winston", "pino", "@logtail/node", "winston-transport", "bunyan"]
    d = {"name": app(r), "lockfileVersion": 3, "packages": {}}
    for p in pk:
        d["packages"]["node_modules/" + p] = {"version": "%d.%d.%d" % (r.randrange(1, 9), r.randrange(0, 20), r.randrange(0, 9)),
                                              "resolved": "https://registry.npmjs.org/%s/-/%s.tgz" % (p, p.split("/")[-1]),
                                              "integrity": "sha512-" + b64(r, 64)}
    return "package-lock.json", json.dumps(d, indent=2) + "\n"


@N("internal-pki", "certificate")
def n_ca_pem(r):
    body = b64(r, 600)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "deploy/rsyslog/certs/ca.pem", "-----BEGIN CERTIFICATE-----\nMIID" + "\n".join(lines)[4:] + "\n-----END CERTIFICATE-----\n"


@N("internal-pki", "public_key")
def n_pubkey(r):
    body = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + b64(r, 63)[:52]
    return "config/log-signing.pub.pem", "-----BEGIN PUBLIC KEY-----\n%s\n%s\n-----END PUBLIC KEY-----\n" % (body[:64], body[64:])


@N("rsyslog", "tls_paths")
def n_rsyslog_tls(r):
    return "etc/rsyslog.d/10-tls.conf", T("""
global(
  DefaultNetstreamDriver="gtls"
  DefaultNetstreamDriverCAFile="/etc/rsyslog.d/certs/ca.pem"
  DefaultNetstreamDriverCertFile="/etc/rsyslog.d/certs/client-cert.pem"
  DefaultNetstreamDriverKeyFile="/etc/rsyslog.d/certs/client-key.pem"
)

action(type="omfwd" target="<<h>>" port="6514" protocol="tcp"
       StreamDriver="gtls" StreamDriverMode="1" StreamDriverAuthMode="x509/name"
       StreamDriverPermittedPeers="*.<<z>>")
""", h=host(r, "logs"), z=r.choice(ZONES))


@N("syslog-ng", "tls_paths")
def n_syslogng_tls(r):
    return "etc/syslog-ng/conf.d/remote.conf", T("""
destination d_remote {
    network("<<h>>" port(6514) transport("tls")
        tls(ca-dir("/etc/syslog-ng/ca.d")
            key-file("/etc/syslog-ng/key.d/client.key")
            cert-file("/etc/syslog-ng/cert.d/client.crt")
            peer-verify(required-trusted)));
};
log { source(s_src); destination(d_remote); };
""", h=host(r, "syslog"))


@N("grafana", "password_file")
def n_promtail_file(r):
    return "deploy/promtail/config.yml", T("""
clients:
  - url: <<lu>>
    basic_auth:
      username: "<<tenant>>"
      password_file: /run/secrets/loki_api_token
scrape_configs:
  - job_name: app
    static_configs:
      - targets: [localhost]
        labels: { job: app, __path__: /var/log/app/*.log }
""", lu=loki_url(r), tenant=r.randrange(100000, 999999))


@N("generic", "hmac_test_vector")
def n_hmac_test(r):
    return "tests/test_signing.py", T("""
import hashlib
import hmac

from app.webhooks import verify_signature

BODY = b'{"event":"log.alert","id":"<<id>>"}'
KEY = b"test-key-not-used-anywhere"


def test_signature_roundtrip():
    sig = hmac.new(KEY, BODY, hashlib.sha256).hexdigest()
    assert verify_signature(KEY, BODY, sig)


def test_known_digest_is_rejected_for_other_body():
    assert not verify_signature(KEY, b"{}", "<<d>>")
""", id=uid(r), d=hx(r, 64))


@N("generic", "mdc_patterns")
def n_logback_mdc(r):
    return "src/main/resources/logback-spring.xml", T("""
<configuration>
  <springProperty name="service" source="spring.application.name"/>
  <appender name="CONSOLE" class="ch.qos.logback.core.ConsoleAppender">
    <encoder>
      <pattern>%d{yyyy-MM-dd HH:mm:ss.SSS} %5p [${service},%X{traceId:-},%X{spanId:-}] %X{correlationId:-} %logger{40} : %m%n</pattern>
    </encoder>
  </appender>
  <appender name="LOGSTASH" class="net.logstash.logback.appender.LogstashTcpSocketAppender">
    <destination>${LOGSTASH_HOST:-localhost}:5044</destination>
    <encoder class="net.logstash.logback.encoder.LogstashEncoder">
      <includeMdcKeyName>traceId</includeMdcKeyName>
      <includeMdcKeyName>spanId</includeMdcKeyName>
    </encoder>
  </appender>
  <root level="INFO"><appender-ref ref="CONSOLE"/><appender-ref ref="LOGSTASH"/></root>
</configuration>
""")


@N("otel", "trace_export")
def n_otel_json(r):
    spans = [{"traceId": hx(r, 32), "spanId": hx(r, 16), "parentSpanId": hx(r, 16), "name": r.choice(["GET /orders", "SELECT orders", "publish"]),
              "startTimeUnixNano": str(r.randrange(10 ** 18, 2 * 10 ** 18)), "kind": 2} for _ in range(3)]
    return "testdata/otlp/trace.json", json.dumps({"resourceSpans": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": app(r)}}]},
                                                                     "scopeSpans": [{"spans": spans}]}]}, indent=2) + "\n"


@N("seq", "empty_api_key")
def n_serilog_empty(r):
    return "appsettings.Development.json", T("""
{
  "Serilog": {
    "WriteTo": [
      { "Name": "Seq", "Args": { "serverUrl": "http://localhost:5341", "apiKey": "" } }
    ]
  }
}
""")


@N("loki", "push_body")
def n_loki_push(r):
    vals = [[str(r.randrange(1700000000, 1730000000) * 10 ** 9 + r.randrange(10 ** 9)),
             "level=info msg=\"request done\" request_id=%s duration_ms=%d" % (uid(r), r.randrange(2, 900))] for _ in range(4)]
    return "testdata/loki/push.json", json.dumps({"streams": [{"stream": {"job": app(r), "env": envn(r)}, "values": vals}]}, indent=2) + "\n"


@N("nginx", "access_log")
def n_access_log(r):
    out = []
    for _ in range(r.randrange(6, 12)):
        out.append('%s - - [01/May/2024:%02d:%02d:%02d +0000] "GET /api/v1/orders/%d HTTP/1.1" 200 %d "-" "Mozilla/5.0" rid=%s upstream=%.3f' % (
            ipv4(r), r.randrange(24), r.randrange(60), r.randrange(60), r.randrange(10000, 99999), r.randrange(200, 9000), hx(r, 32), r.random()))
    return "logs/access.log", "\n".join(out) + "\n"


@N("aws", "base64_gzip_fixture")
def n_kinesis_fixture(r):
    return "tests/fixtures/cloudwatch-subscription.json", json.dumps({"records": [{"recordId": "%d%s" % (r.randrange(10 ** 9), hx(r, 20)),
                                                                               "approximateArrivalTimestamp": r.randrange(1700000000000, 1730000000000),
                                                                               "data": "H4sIAAAAAAAAA" + b64(r, 180)}]}, indent=2) + "\n"


@N("container", "image_digests")
def n_values_digests(r):
    return "charts/logging/values.yaml", T("""
promtail:
  image:
    repository: grafana/promtail
    digest: sha256:<<d1>>
fluentBit:
  image:
    repository: fluent/fluent-bit
    digest: sha256:<<d2>>
loki:
  auth:
    existingSecret: loki-basic-auth
    passwordKey: password
""", d1=hx(r, 64), d2=hx(r, 64))


@N("go", "module_hashes")
def n_gosum(r):
    mods = ["go.uber.org/zap v1.27.0", "github.com/sirupsen/logrus v1.9.3", "github.com/axiomhq/axiom-go v0.17.4",
            "github.com/evalphobia/logrus_sentry v0.8.2"]
    out = []
    for m in mods:
        out.append("%s h1:%s=" % (m, b64(r, 32)[:43]))
        out.append("%s/go.mod h1:%s=" % (m, b64(r, 32)[:43]))
    return "go.sum", "\n".join(out) + "\n"


@N("rollbar", "api_response")
def n_rollbar_item(r):
    return "tests/fixtures/rollbar-item.json", json.dumps({"err": 0, "result": {"id": r.randrange(10 ** 9, 10 ** 10), "counter": r.randrange(1, 900),
                                                                                "uuid": uid(r), "fingerprint": hx(r, 40), "environment": envn(r),
                                                                                "title": "NoMethodError: undefined method `id' for nil"}}, indent=2) + "\n"


@N("sentry", "event_sample")
def n_sentry_event(r):
    return "tests/fixtures/sentry-event.json", json.dumps({"event_id": hx(r, 32), "timestamp": ts(r), "platform": "python", "level": "error",
                                                           "contexts": {"trace": {"trace_id": hx(r, 32), "span_id": hx(r, 16)}},
                                                           "tags": {"request_id": uid(r)}}, indent=2) + "\n"


@N("generic", "error_fingerprints_csv")
def n_csv(r):
    rows = ["fingerprint,first_seen,count,logger,message"]
    for _ in range(r.randrange(5, 10)):
        rows.append("%s,%s,%d,%s,%s" % (hx(r, 40), ts(r), r.randrange(1, 5000), r.choice(["orders", "db", "http"]),
                                        r.choice(["timeout talking to ledger", "deadlock detected", "upstream 502"])))
    return "reports/error-groups.csv", "\n".join(rows) + "\n"


@N("generic", "runbook_ids")
def n_runbook(r):
    return "docs/runbooks/tracing-a-request.md", T("""
# Tracing a request across services

1. Take the `X-Request-Id` from the customer report, e.g. `<<rid>>`.
2. In Grafana Explore run `{job="<<app>>"} |= "<<rid>>"`.
3. Copy the `trace_id` (`<<tid>>`) and open it in Tempo.
4. The span id of the failing DB call looks like `<<sid>>`.

Tokens for the log pipeline are never pasted here; they live in Vault under `secret/logging/*`.
""", rid=uid(r), app=app(r), tid=hx(r, 32), sid=hx(r, 16))


@N("nlog", "layout_renderers")
def n_nlog_env(r):
    return "NLog.config", T("""
<?xml version="1.0" encoding="utf-8" ?>
<nlog xmlns="http://www.nlog-project.org/schemas/NLog.xsd" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <targets>
    <target xsi:type="Seq" name="seq" serverUrl="${environment:SEQ_URL}" apiKey="${environment:SEQ_API_KEY}" />
    <target xsi:type="Console" name="console"
            layout="${longdate}|${aspnet-request:header=X-Request-Id}|${activityid}|${level}|${message}" />
  </targets>
  <rules><logger name="*" minlevel="Info" writeTo="seq,console" /></rules>
</nlog>
""")


@N("axiom", "documented_example")
def n_axiom_doc(r):
    return "docs/observability/axiom.md", T("""
# Axiom

Create an API token (Settings -> API tokens) with ingest rights on the `<<ds>>` dataset. Tokens have
the form `xaat-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`. Store it in the `AXIOM_TOKEN` secret and never in the repo.

```sh
curl -X POST https://api.axiom.co/v1/datasets/<<ds>>/ingest \\
  -H "Authorization: Bearer $AXIOM_TOKEN" -H "Content-Type: application/json" \\
  -d '[{"msg":"hello"}]'
```
""", ds=r.choice(["backend", "app-logs"]))


@N("splunk", "documented_placeholder")
def n_splunk_doc(r):
    return "docs/splunk-hec.md", T("""
# Shipping to Splunk HEC

```sh
curl https://<<h>>:8088/services/collector/event \\
  -H "Authorization: Splunk <hec_token>" \\
  -d '{"event": "hello", "sourcetype": "manual"}'
```

The token is a GUID issued by the Splunk admins; request one per service. Channel ids
(`X-Splunk-Request-Channel`) such as `<<ch>>` are random GUIDs you generate yourself.
""", h=host(r, "splunk"), ch=uid(r))


@N("ssh", "public_key")
def n_authorized_keys(r):
    return "deploy/log-archiver/authorized_keys", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s log-archiver@%s\n" % (b64(r, 32)[:43], host(r, "bastion"))


@N("generic", "request_id_middleware")
def n_go_requestid(r):
    return "internal/middleware/requestid_test.go", T("""
package middleware

import "testing"

func TestParseTraceparent(t *testing.T) {
	tp := "00-<<tid>>-<<sid>>-01"
	traceID, spanID, ok := parseTraceparent(tp)
	if !ok || traceID != "<<tid>>" || spanID != "<<sid>>" {
		t.Fatalf("unexpected parse result %q %q", traceID, spanID)
	}
}
""", tid=hx(r, 32), sid=hx(r, 16))


@N("python", "dictconfig_env")
def n_py_env_logging(r):
    return "%s/log_config.py" % app(r).replace("-", "_"), T("""
import os

LOGGING = {
    "version": 1,
    "handlers": {
        "logtail": {
            "class": "logtail.LogtailHandler",
            "source_token": os.environ.get("LOGTAIL_SOURCE_TOKEN", ""),
        },
        "mail": {
            "class": "logging.handlers.SMTPHandler",
            "mailhost": (os.environ["SMTP_HOST"], 587),
            "fromaddr": "noreply@example.com",
            "toaddrs": ["ops@example.com"],
            "subject": "error",
            "credentials": (os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"]),
        },
    },
    "root": {"handlers": ["logtail"], "level": "INFO"},
}
""")


# ================================================================= NEGATIVE SLOT VALUES
DOC_EXAMPLES = {"axiom": "xaat-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", "splunk": "<hec_token>",
                "betterstack": "$SOURCE_TOKEN", "loggly": "TOKEN", "sentry": "examplePublicKey",
                "datadog": "<DATADOG_API_KEY>", "logz.io": "<<LOG-SHIPPING-TOKEN>>"}


def code_expr(ext, env):
    return {"py": 'os.environ.get("%s", "")' % env, "js": "process.env.%s" % env, "ts": "process.env.%s" % env,
            "go": 'os.Getenv("%s")' % env, "rb": 'ENV.fetch("%s")' % env,
            "cs": 'Environment.GetEnvironmentVariable("%s")' % env, "java": 'System.getenv("%s")' % env}.get(ext)


def neg_value(r, provider, fmt, env, ext):
    """Return (value, kind) for a non-secret slot value."""
    slug = env.lower().replace("_", "-")
    cat = r.choice(["placeholder", "placeholder", "empty", "masked", "envref", "envref", "manager", "template", "example"])
    if cat == "example" and provider not in DOC_EXAMPLES:
        cat = "placeholder"
    if cat == "placeholder":
        v = r.choice(["<your-%s>" % slug, "YOUR_API_KEY_HERE", "changeme", "x" * r.choice([8, 24, 32]), "REPLACE_ME",
                      "<%s>" % env, "your-%s-here" % slug, "TODO", "set-me", "dummy-value-for-local-dev"])
    elif cat == "empty":
        v = ""
    elif cat == "masked":
        v = r.choice(["********", "[REDACTED]", "****", "<redacted>", "•••••••••", "[FILTERED]"])
    elif cat == "envref":
        if fmt == "xml" and r.random() < 0.6:
            v = r.choice(["${env:%s}" % env, "${sys:%s}" % env.lower().replace("_", "."), "${environment:%s}" % env])
        else:
            v = r.choice(["${%s}" % env, "$%s" % env, "${%s:?required}" % env, "%%(%s)s" % env if ext == "ini" else "${%s}" % env])
    elif cat == "manager":
        v = r.choice(["vault:secret/data/logging/%s#value" % slug, "op://Platform/%s/credential" % slug,
                      "arn:aws:secretsmanager:eu-west-1:%d:secret:logging/%s" % (r.randrange(10 ** 11, 10 ** 12), slug),
                      "sm://projects/%s/secrets/%s/versions/latest" % (org(r), slug)])
    elif cat == "template":
        v = r.choice(["{{ .Values.logging.%s }}" % env.lower(), "${{ secrets.%s }}" % env, "{{ %s }}" % env.lower(),
                      "#{%s}" % env, "<%%= ENV['%s'] %%>" % env])
    else:
        v = DOC_EXAMPLES[provider]
    if fmt == "xml":
        v = v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    elif fmt == "json":
        v = v.replace("\\", "\\\\").replace('"', '\\"')
    return v, cat


# ================================================================= DRIVER
ENV_FILE_RE = re.compile(r"^\.env(\.[A-Za-z0-9_-]+)?$")
ENV_OK = (".env.example", ".env.sample", ".env.template", ".env.dist")


def filetype(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base == "Dockerfile":
        return "dockerfile"
    if base.startswith(".env"):
        return "env"
    if base == ".sentryclirc":
        return "ini"
    if base in ("SHA256SUMS", "authorized_keys"):
        return "txt"
    if "." not in base:
        return "txt"
    return base.rsplit(".", 1)[-1].lower()


def write(out, rel, text):
    path = os.path.join(out, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gen_ji.py OUTDIR SEED")
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []

    order = []
    while len(order) < 500:
        block = list(range(len(POS)))
        r.shuffle(block)
        order.extend(block)
    order = order[:500]
    env_used = 0
    for i, ti in enumerate(order):
        name, provider, kind, gen, fmt, env, fn = POS[ti]
        rel, text = fn(r)
        if ENV_FILE_RE.match(rel.rsplit("/", 1)[-1]):
            if env_used >= 20:  # keep .env positives under 1 in 20
                rel = rel[:-4] + "config/app.env" if rel.endswith(".env") else rel + ".conf"
            env_used += 1
        secret = gen(r)
        assert text.count(S) == 1, name
        text = text.replace(S, secret)
        idx = text.index(secret)
        line = text.count("\n", 0, idx) + 1
        assert secret in text.split("\n")[line - 1], name
        frel = "pos/p%04d/%s" % (i, rel)
        write(out, frel, text)
        manifest.append({"file": frel, "label": "pos", "provider": provider, "kind": kind, "filetype": filetype(rel)})
        secrets.append({"file": frel, "needle": secret, "line": line})

    reuse = [p for p in POS if p[2] != "private_key"]
    norder = []
    while len(norder) < 250:
        block = list(range(len(reuse)))
        r.shuffle(block)
        norder.extend(block)
    lorder = []
    while len(lorder) < 250:
        block = list(range(len(NEGL)))
        r.shuffle(block)
        lorder.extend(block)
    jobs = [("reuse", j) for j in norder[:250]] + [("look", j) for j in lorder[:250]]
    r.shuffle(jobs)
    for i, (what, j) in enumerate(jobs):
        if what == "reuse":
            name, provider, kind, gen, fmt, env, fn = reuse[j]
            rel, text = fn(r)
            ext = filetype(rel)
            expr = code_expr(ext, env)
            quoted = ('"%s"' % S) in text or ("'%s'" % S) in text
            if expr and quoted and r.random() < 0.5:
                text = text.replace('"%s"' % S, expr).replace("'%s'" % S, expr)
                nkind = "code_env_ref"
            else:
                v, nkind = neg_value(r, provider, fmt, env, ext)
                text = text.replace(S, v)
            kind = "%s:%s" % (kind, nkind)
        else:
            name, provider, kind, fn = NEGL[j]
            rel, text = fn(r)
        assert S not in text
        base = rel.rsplit("/", 1)[-1]
        if ENV_FILE_RE.match(base) and base not in ENV_OK:
            rel = rel[: len(rel) - len(base)] + ".env.example"
        frel = "neg/n%04d/%s" % (i, rel)
        write(out, frel, text)
        manifest.append({"file": frel, "label": "neg", "provider": provider, "kind": kind, "filetype": filetype(rel)})

    # verify needles on disk
    for s in secrets:
        with open(os.path.join(out, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
