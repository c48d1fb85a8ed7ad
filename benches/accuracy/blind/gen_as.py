#!/usr/bin/env python3
"""Blind evaluation-set generator "as": JVM enterprise applications.

EMPHASIS
    Spring Boot / Spring Cloud Config / Quarkus / Micronaut / Jakarta EE /
    Dropwizard / Play / Grails / Ktor / Akka / Tomcat / WildFly / Liberty.
    Credentials sit in application.yml / *.properties / profiles / bootstrap
    files / HOCON, in @Value("${key:default}") defaults, constants in Java /
    Kotlin / Scala / Groovy, container XML (server.xml, context.xml,
    tomcat-users.xml, standalone.xml, persistence.xml, web.xml), build files
    (pom.xml, settings.xml, build.gradle(.kts), gradle.properties), logging
    appenders (logback.xml, log4j2.xml), docker-compose, Jenkinsfile, test
    resources and README.  Negatives are the things careful JVM developers do
    commit in those very slots: ${ENV} / ${ENV:} placeholders, HOCON ${?ENV}
    overrides, Jasypt ENC(...), Spring Cloud Config {cipher}..., Vault / Secret
    Manager references, SOPS ENC[...] values, Maven {encrypted} passwords,
    Liberty {aes}/{hash}, {bcrypt} hashes, WildFly HEX(MD5) user files, Tomcat
    digests, publishable keys, client ids, JWKS/public keys, GPG key ids,
    checksums, keystore paths, default dev creds (H2 sa/"", Testcontainers
    test/test, {noop}password) and redacted/masked/truncated values.

USAGE
    python3 gen_as.py OUTDIR SEED
    Deterministic per SEED (only random.Random(SEED) is used).
    Writes OUTDIR/pos/pNNNN/<relative path>, OUTDIR/neg/nNNNN/<relative path>,
    OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
    OUTDIR/secrets.jsonl   {"file","needle","line"}   (positives only)
    For negatives, "kind" is the decoy category (e.g. "env_ref",
    "jasypt_ciphertext", "publishable_key") and "provider" is the provider the
    decoy imitates.

NEEDLE CONVENTIONS
    * The needle is the secret substring exactly as written in the file, on one
      line (1-based line number given).
    * Passwords embedded in URLs / JDBC URLs / Mongo URIs / JAAS configs /
      connection strings: the needle is only the password / key part
      (e.g. AccountKey value, the password between ':' and '@').
    * Key pairs (AWS id+secret, Twilio SID+token, Confluent key+secret,
      Twilio SK+secret): the needle is the secret half; the public id half sits
      beside it and is part of the same single credential.
    * GCP service-account JSON: the needle is the JSON-escaped one-line
      private_key value ("-----BEGIN PRIVATE KEY-----\\nMII...\\n-----END...").
    * Slack webhook: the whole https://hooks.slack.com/services/... URL.
    * Legacy Sentry DSN with secret (https://pub:secret@host/id): the secret part.
    * Liberty {xor}: the whole "{xor}...." value (decision: {xor} is a fixed,
      publicly known reversible encoding == plaintext, so it is a POSITIVE;
      {aes} and {hash} are NEGATIVES).
    * Spring Security "{noop}<pw>": positive when the password looks real (needle
      is the part after {noop}); "{noop}password"/"{noop}admin" style obvious dev
      defaults are NEGATIVES, as are {bcrypt} hashes.

DOUBTS
    * Stripe live keys: modern keys are long ("sk_live_51" + ~97 chars); older
      ones were sk_live_ + 24. Both are emitted; exact modern length unsure.
    * GitHub ghp_ checksum: CRC32 of the 30-char random part base62-encoded into
      6 chars; the base62 digit order used here is 0-9A-Za-z (unsure whether
      GitHub uses 0-9a-zA-Z).
    * Azure AD client secrets: modelled as 3 chars + digit + "Q~" + 34 chars
      [A-Za-z0-9_.~-] (40 total) from observed values, not from a spec.
    * Okta client secrets: 40 chars (older) / 64 chars (newer); both emitted.
    * Keycloak client secrets: 32 alphanumerics (recent Keycloak); very old
      Keycloak used UUIDs - UUID secrets are not emitted to avoid confusion with
      UUID client ids used as negatives.
    * Vault tokens: "hvs." + 24 base62 (root/short form); real service tokens
      can be ~95 chars ("hvs.CAES...").
    * Sonatype / Central Portal user tokens, JFrog reference tokens
      (base64 of "reftkn:01:<exp>:<rand>", 64 chars) and Docker Hub PATs
      (dckr_pat_ + 27) are modelled from memory.
    * Mailgun: both legacy "key-" + 32 hex and newer 32hex-8hex-8hex forms.
    * Logz.io shipping tokens: 32 ASCII letters (from memory).
    * Sentry DSN: modern DSNs only carry the public key, which Sentry documents
      as safe to expose => modern DSN is a NEGATIVE; the legacy DSN with a
      ":secret" part is a POSITIVE (needle = secret part).
    * Gmail app passwords: 16 lowercase letters, often written in 4 groups.
    * HOCON files with `password = "dev-pw"` followed by `${?DB_PASSWORD}`:
      when the literal looks real it is counted as a positive.
    * JDBC-URL / URI kinds: decoys put the reference/placeholder inside the URL
      (e.g. ...?user=app&password=${DB_PASSWORD}); code contexts use a plain
      System.getenv(...) expression instead.
    * Random strings are rejected when they contain runs (aaaa), ascending
      sequences (1234, abcd) or words like key/test/pass, so that no secret looks
      like a placeholder; human passwords deliberately contain words.
    * Stock WildFly standalone.xml keeps the H2 ExampleDS with sa/sa; it is left in
      positives too (a public default, not a credential).
    * Negatives also include whole negative-only files: WildFly
      mgmt-users.properties (HEX(MD5) hashes), .sha512/.sha256 checksum files,
      gradle-wrapper.properties distributionSha256Sum, verification-metadata.xml,
      JWKS / PEM public keys, Keycloak realm public key / masked "**********"
      export, GCP workload-identity external_account JSON, Bitnami SealedSecret,
      SOPS-encrypted config-repo YAML, Testcontainers test/test, H2 sa/"".
    * Jasypt ENC(...) and {cipher} payloads are random bytes (not real
      ciphertext of anything) but are shaped like the real tools' output.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import random
import re
import string
import sys
from collections import Counter

N_POS = 500
N_NEG = 500

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
PWSYM = "-_.!*~^+"

# ---------------------------------------------------------------------------
# low level randomness helpers
# ---------------------------------------------------------------------------

_SEQ_RE = re.compile(r"(.)\1\1\1")


def _looks_sequential(s: str) -> bool:
    low = s.lower()
    if _SEQ_RE.search(low):
        return True
    for seq in ("abcd", "bcde", "cdef", "1234", "2345", "3456", "4567", "5678",
                "6789", "0123", "qwer", "asdf", "zxcv", "a1b2", "xxxx", "test",
                "pass", "secret", "admin", "demo", "fake", "dummy", "sample",
                "example", "token", "key"):
        if seq in low:
            return True
    return False


def rstr(rng: random.Random, alphabet: str, n: int) -> str:
    while True:
        s = "".join(rng.choice(alphabet) for _ in range(n))
        if not _looks_sequential(s):
            return s


def rhex(rng, n):
    return rstr(rng, HEX, n)


def rb64(rng, nbytes, urlsafe=False, pad=True):
    while True:
        raw = bytes(rng.getrandbits(8) for _ in range(nbytes))
        s = (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()
        if not pad:
            s = s.rstrip("=")
        if not _looks_sequential(s):
            return s


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def ruuid(rng):
    h = rhex(rng, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def b62(n: int, width: int) -> str:
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = BASE62[r] + out
    return out.rjust(width, "0")


def rand_pw(rng, n=None, syms=True):
    """Machine-generated password: alnum plus a few URL/XML/YAML-safe symbols."""
    n = n or rng.randint(14, 28)
    alpha = ALNUM + (PWSYM if syms else "")
    while True:
        s = rng.choice(string.ascii_letters) + rstr(rng, alpha, n - 2) + rng.choice(ALNUM)
        if (any(c.isdigit() for c in s) and any(c.isupper() for c in s)
                and any(c.islower() for c in s)):
            return s


NAMES = ["Marek", "Kasia", "Tomasz", "Ingrid", "Jurgen", "Sofia", "Mateo", "Lukas",
         "Priya", "Ravi", "Aiko", "Hana", "Oskar", "Elin", "Bjorn", "Chiara",
         "Dario", "Nadia", "Yusuf", "Leila", "Pavel", "Olga", "Tereza", "Milan",
         "Fabio", "Greta", "Henrik", "Ilse", "Jonas", "Katrin", "Lorenzo", "Maja"]
WORDS = ["winter", "falcon", "harbor", "cobalt", "maple", "granite", "lantern",
         "orchid", "tundra", "saffron", "meadow", "glacier", "copper", "velvet",
         "thunder", "pepper", "marlin", "cedar", "ember", "walnut", "sparrow",
         "basil", "comet", "fjord", "juniper", "quartz", "raven", "sierra",
         "tango", "violet", "willow", "zephyr", "bison", "canyon", "dolphin"]
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def human_pw(rng):
    """Human-chosen password (never password123-style)."""
    w1 = rng.choice(WORDS)
    w2 = rng.choice(WORDS)
    nm = rng.choice(NAMES)
    yr = str(rng.randint(1961, 2023))
    sym = rng.choice(".!-_*+")
    pat = rng.randint(0, 7)
    if pat == 0:
        pw = f"{nm}{sym}{yr}{w1}"
    elif pat == 1:
        leet = "".join(LEET.get(c, c) if rng.random() < 0.6 else c for c in w1)
        pw = f"{leet.capitalize()}{sym}{rng.randint(2, 99)}"
    elif pat == 2:
        pw = f"{w1.capitalize()}{w2.capitalize()}{sym}{rng.randint(10, 999)}"
    elif pat == 3:
        pw = f"{w1}{sym}{nm}{sym}{yr[2:]}"
    elif pat == 4:
        pw = f"{nm.lower()}{yr}{sym}{w2.capitalize()}"
    elif pat == 5:
        pw = f"{w1.capitalize()}{rng.randint(1, 9)}{sym}{w2}{rng.randint(10, 99)}"
    elif pat == 6:
        pw = f"{nm}{sym}{w1}{rng.choice(['!!', '?', '#1', '42', '007'])}".replace("#", "*")
    else:
        leet = "".join(LEET.get(c, c) for c in w2)
        pw = f"{leet}{sym}{nm.upper()[:3]}{yr[2:]}"
    return pw.replace("?", "!")


def any_pw(rng):
    return human_pw(rng) if rng.random() < 0.45 else rand_pw(rng)


# ---------------------------------------------------------------------------
# provider secret generators
# ---------------------------------------------------------------------------

def gh_token(rng, prefix="ghp_"):
    body = rstr(rng, ALNUM, 30)
    crc = binascii.crc32(body.encode()) & 0xFFFFFFFF
    return prefix + body + b62(crc, 6)


def gh_fine(rng):
    return "github_pat_11" + rstr(rng, UPPER_ALNUM, 20) + "_" + rstr(rng, ALNUM, 59)


def aws_akid(rng):
    return "AKIA" + rstr(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def aws_secret(rng):
    return rstr(rng, ALNUM + "+/", 40)


def stripe_sk(rng, kind="sk"):
    if rng.random() < 0.35:
        return f"{kind}_live_" + rstr(rng, ALNUM, 24)
    return f"{kind}_live_51" + rstr(rng, ALNUM, 97)


def stripe_whsec(rng):
    return "whsec_" + rstr(rng, ALNUM, 32)


def sendgrid(rng):
    return "SG." + rstr(rng, B64URL, 22) + "." + rstr(rng, B64URL, 43)


def mailgun(rng):
    if rng.random() < 0.4:
        return "key-" + rhex(rng, 32)
    return rhex(rng, 32) + "-" + rhex(rng, 8) + "-" + rhex(rng, 8)


def slack_bot(rng):
    return (f"xoxb-{rng.randint(10**10, 10**12)}-{rng.randint(10**11, 10**13)}-"
            + rstr(rng, ALNUM, 24))


def slack_webhook(rng):
    return ("https://hooks.slack.com/services/T" + rstr(rng, UPPER_ALNUM, rng.choice([8, 10]))
            + "/B" + rstr(rng, UPPER_ALNUM, rng.choice([8, 10])) + "/" + rstr(rng, ALNUM, 24))


def openai_key(rng):
    return "sk-proj-" + rstr(rng, B64URL, 74) + "T3BlbkFJ" + rstr(rng, B64URL, 74)


def anthropic_key(rng):
    return "sk-ant-api03-" + rstr(rng, B64URL, 93) + "AA"


def google_client_secret(rng):
    return "GOCSPX-" + rstr(rng, B64URL, 28)


def azure_ad_secret(rng):
    return rstr(rng, ALNUM, 3) + rng.choice(string.digits) + "Q~" + rstr(rng, ALNUM + "_.~-", 34)


def okta_client_secret(rng):
    return rstr(rng, B64URL, rng.choice([40, 64]))


def okta_api_token(rng):
    return "00" + rstr(rng, B64URL, 40)


def keycloak_secret(rng):
    return rstr(rng, ALNUM, 32)


def jwt_b64_secret(rng):
    return rb64(rng, rng.choice([32, 48, 64]))


def jwt_hex_secret(rng):
    return rhex(rng, 64)


def jwt_secret(rng):
    r = rng.random()
    if r < 0.5:
        return jwt_b64_secret(rng)
    if r < 0.75:
        return jwt_hex_secret(rng)
    return rstr(rng, ALNUM, rng.choice([40, 48, 64]))


def azure_account_key(rng):
    return rb64(rng, 64)


def azure_sas_key(rng):
    return rb64(rng, 32)


def gcp_private_key_json(rng):
    # PKCS#8 RSA-2048 DER prefix then random bytes; 64-char base64 lines
    der = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100") + rbytes(rng, 1189)
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END PRIVATE KEY-----\\n"


def twilio_token(rng):
    return rhex(rng, 32)


def twilio_sid(rng):
    return "AC" + rhex(rng, 32)


def twilio_sk(rng):
    return "SK" + rhex(rng, 32)


def datadog_api(rng):
    return rhex(rng, 32)


def logzio_token(rng):
    return rstr(rng, string.ascii_letters, 32)


def sentry_user_token(rng):
    return "sntryu_" + rhex(rng, 64)


def sonar_token(rng):
    return rng.choice(["squ_", "sqp_", "sqa_"]) + rhex(rng, 40)


def vault_token(rng):
    return "hvs." + rstr(rng, ALNUM, 24)


def docker_pat(rng):
    return "dckr_pat_" + rstr(rng, B64URL, 27)


def jfrog_ref_token(rng):
    raw = f"reftkn:01:{rng.randint(1767225600, 2051222400)}:{rstr(rng, ALNUM, 27)}"
    return base64.b64encode(raw.encode()).decode()


def sonatype_token_pw(rng):
    return rstr(rng, ALNUM + "+/", 44)


def confluent_key(rng):
    return rstr(rng, UPPER_ALNUM, 16)


def confluent_secret(rng):
    return rstr(rng, ALNUM + "+/", 64)


def gmail_app_pw(rng):
    s = rstr(rng, string.ascii_lowercase, 16)
    if rng.random() < 0.5:
        return " ".join(s[i:i + 4] for i in range(0, 16, 4))
    return s


def play_secret(rng):
    return rstr(rng, ALNUM, rng.choice([32, 48, 64]))


def cloud_config_key(rng):
    return rstr(rng, ALNUM, rng.choice([32, 40, 48]))


def xor_encode(pw: str) -> str:
    return "{xor}" + base64.b64encode(bytes(ord(c) ^ 0x5F for c in pw)).decode()


def noop_pw(rng):
    return any_pw(rng)


# ---------------------------------------------------------------------------
# naming / filler helpers
# ---------------------------------------------------------------------------

ORGS = ["acme", "northwind", "contoso", "globex", "initech", "umbrella", "vandelay",
        "hooli", "stark", "wayne", "tyrell", "soylent", "wonka", "oceanic", "cyberdyne",
        "aperture", "blueshift", "kestrel", "lumen", "meridian", "polaris", "quanta"]
SERVICES = ["orders", "billing", "inventory", "catalog", "payments", "notification",
            "customer", "shipping", "pricing", "auth", "gateway", "reporting", "ledger",
            "onboarding", "loyalty", "search", "document", "scheduler", "audit", "claims"]
DBUSERS = ["app", "app_user", "svc_orders", "orders_rw", "billing_app", "inventory",
           "catalog_svc", "ledger_owner", "api", "webapp", "reporting_ro", "payments"]
HOSTS = ["db.internal", "postgres", "mysql", "db-prod-01.internal", "10.0.12.31",
         "pg-primary.service.consul", "rds-prod.cluster-c3xw.eu-west-1.rds.amazonaws.com",
         "sql-eu-01.database.windows.net", "db", "oracle-db.corp.local"]


def svc(rng):
    return rng.choice(SERVICES)


def org(rng):
    return rng.choice(ORGS)


def camel(name: str) -> str:
    parts = re.split(r"[-_.]", name)
    parts = [p for p in parts if p]
    return parts[0][:1].lower() + parts[0][1:] + "".join(p[:1].upper() + p[1:] for p in parts[1:])


def const_case(name: str) -> str:
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"[^A-Za-z0-9]+", "_", s).upper().strip("_")


def env_of(key: str) -> str:
    """Spring relaxed binding env name for a dotted key."""
    return re.sub(r"[^A-Za-z0-9]+", "_", key.replace("-", "")).upper()


def spring_filler(rng, name):
    o = org(rng)
    pool = [
        ("server.port", str(rng.choice([8080, 8081, 8443, 9090, 8088]))),
        ("spring.application.name", f"{name}-service"),
        ("spring.jpa.hibernate.ddl-auto", rng.choice(["validate", "none", "update"])),
        ("spring.jpa.open-in-view", "false"),
        ("spring.jpa.properties.hibernate.jdbc.batch_size", str(rng.choice([25, 50, 100]))),
        ("spring.flyway.locations", "classpath:db/migration"),
        ("management.endpoints.web.exposure.include", rng.choice(["health,info,prometheus", "health,info", "*"])),
        ("management.endpoint.health.probes.enabled", "true"),
        ("logging.level.root", rng.choice(["INFO", "WARN"])),
        (f"logging.level.com.{o}.{name}", rng.choice(["DEBUG", "INFO", "TRACE"])),
        ("server.shutdown", "graceful"),
        ("spring.lifecycle.timeout-per-shutdown-phase", f"{rng.choice([10, 20, 30])}s"),
        ("spring.jackson.default-property-inclusion", "non_null"),
        ("spring.servlet.multipart.max-file-size", f"{rng.choice([5, 10, 25])}MB"),
        ("server.servlet.context-path", f"/{name}"),
        ("spring.cache.type", rng.choice(["caffeine", "redis", "simple"])),
        ("spring.task.execution.pool.core-size", str(rng.choice([4, 8, 16]))),
        ("app.cors.allowed-origins", f"https://app.{o}.com,https://admin.{o}.com"),
        (f"app.features.{rng.choice(['bulk-export', 'new-checkout', 'async-audit'])}.enabled", rng.choice(["true", "false"])),
        (f"resilience4j.circuitbreaker.instances.{name}.failure-rate-threshold", "50"),
        ("springdoc.swagger-ui.path", "/swagger-ui.html"),
        ("spring.main.banner-mode", "off"),
        ("server.compression.enabled", "true"),
        ("spring.threads.virtual.enabled", rng.choice(["true", "false"])),
        ("management.tracing.sampling.probability", rng.choice(["0.1", "1.0", "0.05"])),
        ("spring.mvc.problemdetails.enabled", "true"),
    ]
    return rng.sample(pool, rng.randint(4, 9))


def quarkus_filler(rng, name):
    pool = [
        ("quarkus.http.port", str(rng.choice([8080, 8081]))),
        ("quarkus.application.name", f"{name}-service"),
        ("quarkus.datasource.db-kind", rng.choice(["postgresql", "mysql", "mssql"])),
        ("quarkus.hibernate-orm.database.generation", rng.choice(["none", "validate"])),
        ("quarkus.log.level", "INFO"),
        ("quarkus.log.console.json", rng.choice(["true", "false"])),
        ("quarkus.smallrye-openapi.path", "/openapi"),
        ("quarkus.container-image.group", org(rng)),
        ("quarkus.kubernetes.replicas", str(rng.randint(2, 4))),
        ("quarkus.micrometer.export.prometheus.enabled", "true"),
        ("quarkus.flyway.migrate-at-start", "true"),
    ]
    return rng.sample(pool, rng.randint(4, 8))


def micronaut_filler(rng, name):
    pool = [
        ("micronaut.application.name", f"{name}"),
        ("micronaut.server.port", str(rng.choice([8080, 8081]))),
        ("micronaut.server.cors.enabled", "true"),
        ("jpa.default.properties.hibernate.hbm2ddl.auto", "none"),
        ("endpoints.health.enabled", "true"),
        ("endpoints.health.details-visible", "AUTHENTICATED"),
        ("micronaut.metrics.enabled", "true"),
        ("netty.default.allocator.max-order", "3"),
        ("micronaut.executors.io.type", "fixed"),
    ]
    return rng.sample(pool, rng.randint(3, 7))


def hocon_filler(rng, name):
    o = org(rng)
    pool = [
        ("play.http.parser.maxMemoryBuffer", "512k"),
        ("play.filters.hosts.allowed", f'["{name}.{o}.com", "localhost:9000"]'),
        ("play.i18n.langs", '["en", "de"]'),
        ("akka.loglevel", '"INFO"'),
        ("akka.actor.provider", '"cluster"'),
        ("akka.http.server.idle-timeout", "60 s"),
        ("ktor.deployment.port", "8080"),
        ("ktor.application.modules", f"[ com.{o}.{name}.ApplicationKt.module ]"),
        ("slick.dbs.default.profile", '"slick.jdbc.PostgresProfile$"'),
        ("app.pagination.default-size", "50"),
        ("app.http.request-timeout", "15 seconds"),
    ]
    fw = rng.choice(["play", "akka", "ktor"])
    keep = {"play": ("play.", "akka.loglevel", "slick.", "app."), "akka": ("akka.", "app."), "ktor": ("ktor.", "app.")}[fw]
    pool = [e for e in pool if e[0].startswith(keep)]
    return rng.sample(pool, min(len(pool), rng.randint(3, 6)))


def filler_for(rng, key, name):
    if key.startswith("quarkus.") or key.startswith("%"):
        return quarkus_filler(rng, name)
    if key.startswith(("micronaut.", "datasources.")):
        return micronaut_filler(rng, name)
    return spring_filler(rng, name)


# ---------------------------------------------------------------------------
# tree renderers (properties / yaml / hocon / groovy ConfigSlurper)
# ---------------------------------------------------------------------------

def yaml_scalar(v: str, rng, secret=False) -> str:
    if v == "":
        return '""'
    needs = (not (v[0].isalnum() or v[0] in "/.") or ": " in v or " #" in v
             or (v in ("yes", "no", "on", "off", "null", "true", "false") and secret)
             or v.startswith("${") or v.startswith("{") or v.endswith(":"))
    if v.startswith(("{cipher}", "{")):
        return "'" + v + "'"
    if needs:
        return '"' + v + '"' if "\"" not in v else "'" + v + "'"
    if secret and rng.random() < 0.3:
        return '"' + v + '"'
    return v


def build_tree(entries):
    tree = {}
    for k, v in entries:
        parts = k.split(".")
        node = tree
        for p in parts[:-1]:
            nxt = node.get(p)
            if not isinstance(nxt, dict):
                nxt = {}
                node[p] = nxt
            node = nxt
        node[parts[-1]] = v
    return tree


def render_yaml(entries, rng, secret_key=None, comments=None):
    tree = build_tree(entries)
    lines = []

    def walk(node, depth, path):
        for k, v in node.items():
            full = path + [k]
            ind = "  " * depth
            if comments and ".".join(full) in comments:
                lines.append(f"{ind}# {comments['.'.join(full)]}")
            if isinstance(v, dict):
                lines.append(f"{ind}{k}:")
                walk(v, depth + 1, full)
            else:
                lines.append(f"{ind}{k}: {yaml_scalar(v, rng, '.'.join(full) == secret_key)}")
    walk(tree, 0, [])
    return lines


def render_props(entries, rng, sep=None, comments=None):
    sep = sep or rng.choice(["=", "=", "=", " = ", ": "])
    lines = []
    last_top = None
    for k, v in entries:
        top = k.split(".")[0]
        if last_top is not None and top != last_top and rng.random() < 0.6:
            lines.append("")
        if comments and k in comments:
            lines.append(f"# {comments[k]}")
        lines.append(f"{k}{sep}{v}")
        last_top = top
    return lines


def hocon_val(v: str) -> str:
    if v.startswith("${") or v.startswith("[") or v in ("true", "false") or re.fullmatch(r"[0-9.]+( ?[a-z]+)?", v):
        return v
    if v.startswith('"'):
        return v
    return '"' + v + '"'


def render_hocon(entries, rng, comments=None):
    tree = build_tree(entries)
    lines = []

    def walk(node, depth, path):
        for k, v in node.items():
            ind = "  " * depth
            full = path + [k]
            if comments and ".".join(full) in comments:
                lines.append(f"{ind}# {comments['.'.join(full)]}")
            kk = f'"{k}"' if not re.fullmatch(r"[A-Za-z0-9_-]+", k) else k
            if isinstance(v, dict):
                if len(v) == 1 and isinstance(next(iter(v.values())), str) and rng.random() < 0.4:
                    k2, v2 = next(iter(v.items()))
                    lines.append(f"{ind}{kk}.{k2} = {hocon_val(v2)}")
                    continue
                lines.append(f"{ind}{kk} {{")
                walk(v, depth + 1, full)
                lines.append(f"{ind}}}")
            elif isinstance(v, tuple):  # (literal, override) pair
                lines.append(f"{ind}{kk} = {hocon_val(v[0])}")
                lines.append(f"{ind}{kk} = {v[1]}")
            else:
                lines.append(f"{ind}{kk} = {hocon_val(v)}")
    walk(tree, 0, [])
    return lines


def groovy_key(k):
    return ".".join(camel(p) if "-" in p else p for p in k.split("."))


def render_groovy_cfg(entries, rng):
    lines = []
    for k, v in entries:
        k = groovy_key(k)
        if v in ("true", "false") or re.fullmatch(r"[0-9]+", v):
            lines.append(f"{k} = {v}")
        else:
            q = "'" if "'" not in v else '"'
            lines.append(f"{k} = {q}{v}{q}")
    return lines


# ---------------------------------------------------------------------------
# kinds
# ---------------------------------------------------------------------------

class Raw(str):
    """A code expression (not a string literal) placed in a secret slot."""


# context groups
APPCTX = ["props", "yaml", "hocon", "java_value", "java_const", "kotlin", "scala",
          "groovy_cfg", "compose", "jenkinsfile", "readme", "test_props", "kts_test",
          "testcontainers", "web_xml"]
SPRINGCTX = ["props", "yaml", "java_value", "compose", "test_props", "readme", "jenkinsfile"]
DBXML = ["context_xml", "server_xml_res", "standalone_xml", "persistence_xml", "pom_flyway",
         "liberty_ds"]
BUILDCTX = ["settings_xml", "gradle_props", "build_gradle", "build_gradle_kts", "jenkinsfile", "readme"]
LOGCTX = ["logback", "log4j2"]

GENERIC_IDS = {
    "pw": ["PASSWORD", "DB_PASS", "PWD", "AUTH", "CREDENTIAL", "SECRET"],
    "api": ["API_KEY", "TOKEN", "AUTH", "KEY", "ACCESS_TOKEN", "CLIENT_KEY", "SECRET"],
    "llm": ["LLM_KEY", "AI_KEY", "MODEL_API_KEY", "TOKEN"],
    "sign": ["SIGNING_KEY", "SECRET", "HMAC_KEY", "TOKEN_SECRET", "KEY"],
    "url": ["ENDPOINT", "URL", "TARGET", "CONNECTION", "URI"],
}


class Kind:
    def __init__(self, provider, kind, gen, keys, gkeys=(), env=(), cat="api", comp=None,
                 wrap=None, ctxs=None, decoys=(), prefix="", cls=None, db=None, build=None,
                 weight=1.0):
        self.provider, self.kind, self.gen = provider, kind, gen
        self.keys, self.gkeys, self.env = list(keys), list(gkeys), list(env)
        self.cat, self.comp, self.wrap = cat, comp, wrap
        self.ctxs = list(ctxs or APPCTX)
        self.decoys = list(decoys)
        self.prefix = prefix
        self.cls = cls or provider.replace("_", " ").title().replace(" ", "")
        self.db, self.build, self.weight = db, build, weight

    def __repr__(self):
        return f"{self.provider}/{self.kind}"


def parent(key):
    return key.rsplit(".", 1)[0] if "." in key else ""


def sib(key, leaf):
    p = parent(key)
    return f"{p}.{leaf}" if p else leaf


# -- database helpers --------------------------------------------------------

def dbname(rng):
    return rng.choice(SERVICES) + rng.choice(["", "_db", "db", "_prod"])


def pg_url(rng):
    return f"jdbc:postgresql://{rng.choice(HOSTS[:7])}:5432/{dbname(rng)}" + rng.choice(["", "?sslmode=require", "?currentSchema=app", ""])


def my_url(rng):
    return f"jdbc:mysql://{rng.choice(['mysql', 'db', 'mysql-primary.internal', '10.20.1.15'])}:3306/{dbname(rng)}" + rng.choice(["", "?useSSL=true&serverTimezone=UTC", "?allowPublicKeyRetrieval=true"])


def ora_url(rng):
    return f"jdbc:oracle:thin:@//{rng.choice(['oracle-db.corp.local', 'ora-prod-01', 'db'])}:1521/{rng.choice(['ORCLPDB1', 'XEPDB1', 'FINPROD', 'APPSVC'])}"


def mss_url(rng):
    return f"jdbc:sqlserver://{rng.choice(['sql-eu-01.database.windows.net', 'mssql', 'sqlprod01.corp.local'])}:1433;databaseName={dbname(rng)};encrypt=true;trustServerCertificate=false"


def db2_url(rng):
    return f"jdbc:db2://{rng.choice(['db2.corp.local', 'db2prod', 'mainframe-gw'])}:50000/{rng.choice(['SAMPLE', 'ORDERS', 'BLUDB'])}"


def h2_url(rng):
    return f"jdbc:h2:tcp://{rng.choice(['h2-server', 'localhost', 'reports-db'])}:9092/{rng.choice(['~/reports', './data/app', '/var/lib/h2/app'])}"


DBINFO = {
    "postgres": ("org.postgresql.Driver", pg_url, "postgresql"),
    "mysql": ("com.mysql.cj.jdbc.Driver", my_url, "mysql"),
    "oracle": ("oracle.jdbc.OracleDriver", ora_url, "oracle"),
    "sqlserver": ("com.microsoft.sqlserver.jdbc.SQLServerDriver", mss_url, "mssql"),
    "db2": ("com.ibm.db2.jcc.DB2Driver", db2_url, "db2"),
    "h2": ("org.h2.Driver", h2_url, "h2"),
}


def ds_comp(provider):
    def comp(rng, key):
        return [(sib(key, "url"), DBINFO[provider][1](rng)), (sib(key, "username"), rng.choice(DBUSERS))]
    return comp


def quarkus_ds_comp(rng, key):
    return [("quarkus.datasource.db-kind", "postgresql"),
            ("quarkus.datasource.jdbc.url", pg_url(rng)),
            ("quarkus.datasource.username", rng.choice(DBUSERS))]


def micronaut_ds_comp(rng, key):
    return [("datasources.default.url", pg_url(rng)),
            ("datasources.default.driver-class-name", "org.postgresql.Driver"),
            ("datasources.default.username", rng.choice(DBUSERS))]


def dropwizard_ds_comp(rng, key):
    return [("database.driverClass", "org.postgresql.Driver"),
            ("database.user", rng.choice(DBUSERS)),
            ("database.url", pg_url(rng))]


def url_pw_wrap(provider):
    def wrap(rng, pw):
        u = rng.choice(DBUSERS)
        if provider == "postgres":
            return pg_url(rng).split("?")[0] + f"?user={u}&password={pw}" + rng.choice(["", "&sslmode=require"])
        if provider == "mysql":
            base = my_url(rng).split("?")[0]
            if rng.random() < 0.5:
                return base.replace("jdbc:mysql://", f"jdbc:mysql://{u}:{pw}@")
            return base + f"?user={u}&password={pw}&useSSL=true"
        if provider == "oracle":
            return ora_url(rng).replace("thin:@", f"thin:{u}/{pw}@")
        if provider == "sqlserver":
            return mss_url(rng).replace(";encrypt", f";user={u};password={pw};encrypt")
        if provider == "db2":
            return db2_url(rng) + f":user=db2inst1;password={pw};sslConnection=true;"
        raise ValueError(provider)
    return wrap


# -- misc companion helpers ---------------------------------------------------

def c_user(leaf="username", users=None):
    def comp(rng, key):
        return [(sib(key, leaf), rng.choice(users or DBUSERS))]
    return comp


def google_client_id(rng):
    return f"{rng.randint(10**11, 10**12 - 1)}-{rstr(rng, LOWER_ALNUM, 32)}.apps.googleusercontent.com"


def github_client_id(rng):
    return rng.choice(["Ov23li", "Iv1."]) + rhex(rng, 16)[:14 if rng.random() < 0.5 else 16]


def okta_client_id(rng):
    return "0oa" + rstr(rng, ALNUM, 17)


def oauth_comp(reg, client_id_fn, extra=()):
    def comp(rng, key):
        out = [(sib(key, "client-id"), client_id_fn(rng))]
        out += [(sib(key, k), v) for k, v in extra]
        return out
    return comp


def mongo_wrap(rng, pw):
    u = rng.choice(DBUSERS)
    if rng.random() < 0.6:
        return f"mongodb+srv://{u}:{pw}@cluster0.{rstr(rng, LOWER_ALNUM, 5)}.mongodb.net/{dbname(rng)}?retryWrites=true&w=majority"
    return f"mongodb://{u}:{pw}@{rng.choice(['mongo-0.mongo', 'mongodb', '10.0.3.7'])}:27017/{dbname(rng)}?authSource=admin"


def redis_url_wrap(rng, pw):
    return f"{rng.choice(['redis', 'rediss'])}://{rng.choice(['', 'default'])}:{pw}@{rng.choice(['redis', 'cache.internal', 'redis-master.cache.svc'])}:6379"


def amqp_wrap(rng, pw):
    return f"amqps://{rng.choice(['orders', 'app', 'svc_billing'])}:{pw}@{rng.choice(['rabbitmq.internal', 'b-3f1c.mq.eu-west-1.amazonaws.com', 'rabbit'])}:5671/{rng.choice(['%2F', 'prod', 'orders'])}"


def jaas_scram_wrap(rng, pw):
    return f'org.apache.kafka.common.security.scram.ScramLoginModule required username="{rng.choice(["svc-orders", "billing-app", "kafka-client"])}" password="{pw}";'


_CONFLUENT_KEY_CACHE = {}


def jaas_plain_wrap(rng, pw):
    return f"org.apache.kafka.common.security.plain.PlainLoginModule required username='{confluent_key(rng)}' password='{pw}';"


def kafka_comp(rng, key):
    base = "spring.kafka" if key.startswith("spring.kafka") else parent(parent(parent(key)))
    return [(f"{base}.bootstrap-servers", rng.choice([
        f"pkc-{rstr(rng, LOWER_ALNUM, 5)}.{rng.choice(['eu-west-1', 'us-east-2'])}.aws.confluent.cloud:9092",
        "kafka-0.kafka:9093,kafka-1.kafka:9093"])),
        (f"{base}.properties.security.protocol", "SASL_SSL"),
        (f"{base}.properties.sasl.mechanism", rng.choice(["PLAIN", "SCRAM-SHA-512"]))]


def azure_conn_wrap(rng, key):
    return (f"DefaultEndpointsProtocol=https;AccountName={org(rng)}{rng.choice(['prod', 'docs', 'store', ''])}{rng.randint(1, 99)};"
            f"AccountKey={key};EndpointSuffix=core.windows.net")


def sb_conn_wrap(rng, key):
    return (f"Endpoint=sb://{org(rng)}-{rng.choice(['events', 'bus', 'prod'])}.servicebus.windows.net/;"
            f"SharedAccessKeyName={rng.choice(['RootManageSharedAccessKey', 'send-listen', 'app'])};SharedAccessKey={key}")


def eureka_wrap(rng, pw):
    return f"http{rng.choice(['', 's'])}://{rng.choice(['eureka', 'discovery', 'registry'])}:{pw}@{rng.choice(['eureka-server', 'registry.internal', 'discovery'])}:8761/eureka/"


def config_uri_wrap(rng, pw):
    return f"https://{rng.choice(['config', 'cfg-client', 'root'])}:{pw}@{rng.choice(['config-server', 'config.internal', 'config.platform.svc'])}:8888"


def sentry_legacy_wrap(rng, secret):
    return f"https://{rhex(rng, 32)}:{secret}@{rng.choice(['sentry.io', 'o' + str(rng.randint(10000, 999999)) + '.ingest.sentry.io', 'sentry.corp.local'])}/{rng.randint(100000, 6999999)}"


def aws_comp(rng, key):
    p = parent(key)
    leaf_id = "access-key" if key.endswith("secret-key") else ("accessKey" if key.endswith("secretKey") else "access-key-id")
    out = [(f"{p}.{leaf_id}", aws_akid(rng))]
    if p.endswith("credentials"):
        out.append((parent(p) + ".region.static", rng.choice(["eu-west-1", "us-east-1", "eu-central-1"])))
    return out


def twilio_comp(rng, key):
    return [(sib(key, "account-sid"), twilio_sid(rng)), (sib(key, "from-number"), f"+1{rng.randint(2002000000, 9899999999)}")]


def twilio_sk_comp(rng, key):
    return [(sib(key, "account-sid"), twilio_sid(rng)), (sib(key, "api-key"), twilio_sk(rng))]


def build_info(server_ids, users):
    def f(rng):
        return {"id": rng.choice(server_ids), "user": rng.choice(users) if users else None}
    return f


# -- kind-specific decoys: fn(rng, K, key) -> (key_override|None, value, decoy_name)

def d_const(name, keyleaf, fn):
    def d(rng, K, key):
        return (sib(key, keyleaf) if keyleaf else None, fn(rng), name)
    return d


AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
AZURITE_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="

DECOY_PUBLISHABLE = d_const("publishable_key", "publishable-key", lambda r: "pk_live_" + ("51" + rstr(r, ALNUM, 97) if r.random() < 0.6 else rstr(r, ALNUM, 24)))
DECOY_STRIPE_PRICE = d_const("object_id", "price-id", lambda r: "price_1" + rstr(r, ALNUM, 23))
DECOY_GOOGLE_CID = d_const("client_id", "client-id", google_client_id)
DECOY_GITHUB_CID = d_const("client_id", "client-id", github_client_id)
DECOY_OKTA_CID = d_const("client_id", "client-id", okta_client_id)
DECOY_UUID_CID = d_const("client_id", "client-id", ruuid)
DECOY_TENANT = d_const("tenant_id", "tenant-id", ruuid)
DECOY_TWILIO_SID = d_const("account_sid", "account-sid", twilio_sid)
DECOY_TWILIO_MG = d_const("object_id", "messaging-service-sid", lambda r: "MG" + rhex(r, 32))
DECOY_SENTRY_DSN = d_const("public_dsn", None, lambda r: f"https://{rhex(r, 32)}@o{r.randint(100000, 4999999)}.ingest.{r.choice(['', 'de.', 'us.'])}sentry.io/{r.randint(1000000, 4599999)}")
DECOY_OPENAI_ORG = d_const("org_id", "organization-id", lambda r: "org-" + rstr(r, ALNUM, 24))
DECOY_OPENAI_PROJ = d_const("project_id", "project-id", lambda r: "proj_" + rstr(r, ALNUM, 24))
DECOY_MAILGUN_PUB = d_const("public_key", "public-key", lambda r: "pubkey-" + rhex(r, 32))
DECOY_SENDGRID_TPL = d_const("template_id", "template-id", lambda r: "d-" + rhex(r, 32))
DECOY_DD_CLIENT = d_const("client_token", "client-token", lambda r: "pub" + rhex(r, 32))
DECOY_DD_APPID = d_const("application_id", "application-id", ruuid)
DECOY_AWS_DOC = d_const("doc_example_key", None, lambda r: AWS_DOC_SECRET)
DECOY_AZURITE = d_const("emulator_key", None, lambda r: f"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AZURITE_KEY};BlobEndpoint=http://{r.choice(['127.0.0.1', 'azurite'])}:10000/devstoreaccount1;")
DECOY_AZURE_DEVSTORE = d_const("emulator_key", None, lambda r: "UseDevelopmentStorage=true")
DECOY_AZURE_ACCOUNT = d_const("account_name", "account-name", lambda r: f"{org(r)}{r.choice(['prod', 'docs', 'store'])}{r.randint(1, 99)}")
DECOY_GPG_KEYID = d_const("gpg_key_id", None, lambda r: rhex(r, 8).upper())
DECOY_KEYSTORE_PATH = d_const("keystore_path", "key-store", lambda r: r.choice(["classpath:keystore.p12", "file:/etc/ssl/app/keystore.p12", "classpath:tls/server.jks"]))
DECOY_JWT_PUBKEY = d_const("public_key_location", "public-key-location", lambda r: r.choice(["classpath:jwt/public.pem", "classpath:keys/app.pub", "file:/etc/jwt/public.pem"]))
DECOY_JWKS_URI = d_const("jwks_uri", "jwk-set-uri", lambda r: f"https://{r.choice(['auth', 'sso', 'login'])}.{org(r)}.com/realms/{r.choice(SERVICES)}/protocol/openid-connect/certs")
DECOY_EUREKA_NOAUTH = d_const("url_without_credentials", None, lambda r: f"http://{r.choice(['eureka-server', 'registry.internal', 'discovery'])}:8761/eureka/")
DECOY_EUREKA_ID = d_const("instance_id", "instance-id", lambda r: "${spring.application.name}:${spring.application.instance_id:${random.value}}")
DECOY_CONFIG_NOAUTH = d_const("url_without_credentials", None, lambda r: f"https://{r.choice(['config-server', 'config.internal'])}:8888")
DECOY_H2_EMPTY = d_const("dev_default", None, lambda r: "")
DECOY_PG_DEFAULT = d_const("dev_default", None, lambda r: r.choice(["postgres", "test", "sa"]))
DECOY_RABBIT_GUEST = d_const("dev_default", None, lambda r: "guest")
DECOY_PLAY_CHANGEME = d_const("framework_default", None, lambda r: "changeme")
DECOY_CONFLUENT_IDS = d_const("cluster_id", "cluster-id", lambda r: "lkc-" + rstr(r, LOWER_ALNUM, 5))
DECOY_SONAR_PROJ = d_const("project_key", "projectKey", lambda r: f"{org(r)}_{r.choice(SERVICES)}-service")
DECOY_VAULT_ROLE = d_const("auth_method", "authentication", lambda r: r.choice(["KUBERNETES", "APPROLE", "AWS_IAM"]))
DECOY_SLACK_CHANNEL = d_const("channel_id", "channel-id", lambda r: "C0" + rstr(r, UPPER_ALNUM, 9))
DECOY_GCP_LOCATION = d_const("credentials_path", "location", lambda r: r.choice(["file:/var/secrets/google/key.json", "classpath:gcp/sa-ci.json", "file:${GOOGLE_APPLICATION_CREDENTIALS}"]))
DECOY_ENC_ALGO = d_const("config_setting", "algorithm", lambda r: r.choice(["PBEWITHHMACSHA512ANDAES_256", "PBEWithMD5AndDES"]))
DECOY_DIGEST_IMAGE = d_const("image_digest", None, lambda r: "sha256:" + rhex(r, 64))
DECOY_NOOP_DEV = d_const("dev_default", None, lambda r: "{noop}" + r.choice(["password", "admin", "user", "secret"]))
DECOY_BCRYPT = d_const("bcrypt_hash", None, lambda r: "{bcrypt}$2a$10$" + rstr(r, ALNUM + "./", 53))


def dbkind(provider, kind="jdbc_password", keys=("spring.datasource.password",), comp=None, ctxs=None, decoys=(), **kw):
    return Kind(provider, kind, any_pw, keys,
                gkeys=["app.db.password", "database.password", "db.pass"],
                env=["SPRING_DATASOURCE_PASSWORD", "DB_PASSWORD"], cat="pw",
                comp=comp or ds_comp(provider),
                ctxs=ctxs or (["props", "yaml", "hocon", "java_value", "compose", "jenkinsfile", "readme",
                               "test_props", "groovy_cfg"] + DBXML),
                decoys=decoys, db=provider, **kw)


def urlkind(provider, **kw):
    return Kind(provider, "jdbc_url_password", lambda r: rand_pw(r) if r.random() < 0.6 else human_pw(r),
                ["spring.datasource.url"], gkeys=["app.db.url", "database.url"],
                env=["SPRING_DATASOURCE_URL", "JDBC_URL", "DATABASE_URL"], cat="url",
                wrap=url_pw_wrap(provider),
                ctxs=["props", "yaml", "java_value", "compose", "jenkinsfile", "test_props", "readme",
                      "context_xml", "persistence_xml", "java_const", "kotlin", "groovy_cfg", "pom_flyway"],
                db=provider, **kw)


KINDS = [
    # ---- relational databases ---------------------------------------------------
    dbkind("postgres", decoys=[DECOY_PG_DEFAULT]),
    urlkind("postgres"),
    dbkind("mysql"),
    urlkind("mysql"),
    dbkind("oracle"),
    urlkind("oracle"),
    dbkind("sqlserver"),
    urlkind("sqlserver"),
    dbkind("db2"),
    urlkind("db2"),
    dbkind("h2", kind="remote_password", decoys=[DECOY_H2_EMPTY]),
    dbkind("postgres", kind="quarkus_datasource_password", keys=["quarkus.datasource.password", "%prod.quarkus.datasource.password"],
           comp=quarkus_ds_comp, ctxs=["props", "compose", "test_props", "readme"]),
    dbkind("postgres", kind="micronaut_datasource_password", keys=["datasources.default.password"],
           comp=micronaut_ds_comp, ctxs=["yaml", "props", "compose", "test_props"]),
    dbkind("postgres", kind="dropwizard_database_password", keys=["database.password"],
           comp=dropwizard_ds_comp, ctxs=["yaml"]),
    dbkind("mysql", kind="play_slick_password", keys=["slick.dbs.default.db.password", "db.default.password"],
           comp=lambda r, k: [(sib(k, "driver"), "com.mysql.cj.jdbc.Driver"), (sib(k, "url"), my_url(r)), (sib(k, "user"), r.choice(DBUSERS))],
           ctxs=["hocon"]),
    # ---- nosql / messaging ------------------------------------------------------
    Kind("mongodb", "connection_uri", lambda r: rand_pw(r, syms=False) if r.random() < 0.7 else human_pw(r),
         ["spring.data.mongodb.uri", "quarkus.mongodb.connection-string", "mongodb.uri"],
         gkeys=["app.store.uri", "persistence.url"], env=["SPRING_DATA_MONGODB_URI", "MONGODB_URI"], cat="url",
         wrap=mongo_wrap, ctxs=SPRINGCTX + ["hocon", "java_const", "kotlin", "scala", "testcontainers", "kts_test"]),
    Kind("redis", "password", any_pw, ["spring.data.redis.password", "spring.redis.password"],
         gkeys=["app.cache.password", "cache.auth"], env=["SPRING_DATA_REDIS_PASSWORD", "REDIS_PASSWORD"], cat="pw",
         comp=lambda r, k: [(sib(k, "host"), r.choice(["redis", "cache.internal", "master.prod-cache.abc1de.euw1.cache.amazonaws.com"])), (sib(k, "port"), "6379")],
         ctxs=SPRINGCTX + ["hocon", "groovy_cfg"]),
    Kind("redis", "url_password", lambda r: rand_pw(r, syms=False), ["spring.data.redis.url", "quarkus.redis.hosts"],
         gkeys=["cache.url"], env=["REDIS_URL"], cat="url", wrap=redis_url_wrap, ctxs=SPRINGCTX + ["kotlin"]),
    Kind("rabbitmq", "password", any_pw, ["spring.rabbitmq.password"], gkeys=["messaging.broker.password"],
         env=["SPRING_RABBITMQ_PASSWORD", "RABBITMQ_PASSWORD"], cat="pw",
         comp=lambda r, k: [(sib(k, "host"), r.choice(["rabbitmq", "rabbit.internal"])), (sib(k, "port"), "5672"), (sib(k, "username"), r.choice(["orders", "app", "billing"]))],
         ctxs=SPRINGCTX + ["groovy_cfg"], decoys=[DECOY_RABBIT_GUEST]),
    Kind("rabbitmq", "amqp_uri_password", lambda r: rand_pw(r, syms=False), ["spring.rabbitmq.addresses", "amqp.uri"],
         env=["SPRING_RABBITMQ_ADDRESSES", "AMQP_URL"], cat="url", wrap=amqp_wrap, ctxs=SPRINGCTX + ["hocon", "scala"]),
    Kind("kafka", "sasl_jaas_password", any_pw, ["spring.kafka.properties.sasl.jaas.config"],
         env=["SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG"], cat="pw", wrap=jaas_scram_wrap, comp=kafka_comp,
         ctxs=["props", "yaml", "test_props", "compose", "java_const"]),
    Kind("confluent", "api_secret", confluent_secret, ["spring.kafka.properties.sasl.jaas.config"],
         env=["SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG"], cat="api", wrap=jaas_plain_wrap, comp=kafka_comp,
         ctxs=["props", "yaml", "test_props", "compose", "java_const", "kotlin", "readme"], decoys=[DECOY_CONFLUENT_IDS]),
    Kind("elasticsearch", "password", any_pw, ["spring.elasticsearch.password"], gkeys=["search.cluster.password"],
         env=["SPRING_ELASTICSEARCH_PASSWORD", "ELASTIC_PASSWORD"], cat="pw",
         comp=lambda r, k: [(sib(k, "uris"), r.choice(["https://es.internal:9200", "https://search-prod.es.eu-west-1.aws.found.io:443"])), (sib(k, "username"), "elastic")],
         ctxs=SPRINGCTX),
    Kind("ldap", "bind_password", any_pw, ["spring.ldap.password"], gkeys=["directory.bind.secret"],
         env=["SPRING_LDAP_PASSWORD", "LDAP_BIND_PASSWORD"], cat="pw",
         comp=lambda r, k: [(sib(k, "urls"), f"ldaps://{r.choice(['ad', 'ldap', 'dc01'])}.{org(r)}.local:636"), (sib(k, "base"), f"dc={org(r)},dc=local"), (sib(k, "username"), f"cn=svc-{r.choice(SERVICES)},ou=ServiceAccounts,dc=corp,dc=local")],
         ctxs=SPRINGCTX + ["groovy_cfg"]),
    Kind("smtp", "mail_password", any_pw, ["spring.mail.password"], gkeys=["notifications.smtp.secret"],
         env=["SPRING_MAIL_PASSWORD", "SMTP_PASSWORD"], cat="pw",
         comp=lambda r, k: [(sib(k, "host"), r.choice(["smtp.office365.com", "email-smtp.eu-west-1.amazonaws.com", "mail.corp.local"])), (sib(k, "port"), "587"), (sib(k, "username"), f"noreply@{org(r)}.com")],
         ctxs=SPRINGCTX + ["groovy_cfg", "hocon"]),
    Kind("google", "gmail_app_password", gmail_app_pw, ["spring.mail.password"], env=["SPRING_MAIL_PASSWORD"], cat="pw",
         comp=lambda r, k: [(sib(k, "host"), "smtp.gmail.com"), (sib(k, "port"), "587"), (sib(k, "username"), f"{r.choice(NAMES).lower()}.{r.choice(['alerts', 'ops', 'reports'])}@gmail.com")],
         ctxs=["props", "yaml", "test_props", "java_value"]),
    Kind("sendgrid", "api_key", sendgrid, ["spring.sendgrid.api-key", "sendgrid.api-key", "spring.mail.password"],
         gkeys=["mail.provider.api-key", "notifications.email.token"], env=["SENDGRID_API_KEY"], cat="api",
         prefix="SG.", decoys=[DECOY_SENDGRID_TPL]),
]

REG = "spring.security.oauth2.client.registration"

KINDS += [
    # ---- OAuth / OIDC client secrets --------------------------------------------
    Kind("google", "oauth_client_secret", google_client_secret, [f"{REG}.google.client-secret"],
         gkeys=[f"{REG}.google.secret"], env=["GOOGLE_CLIENT_SECRET"], cat="api", prefix="GOCSPX-",
         comp=oauth_comp("google", google_client_id, [("scope", "openid,profile,email")]),
         ctxs=SPRINGCTX + ["kotlin", "groovy_cfg"], decoys=[DECOY_GOOGLE_CID]),
    Kind("github", "oauth_client_secret", lambda r: rhex(r, 40), [f"{REG}.github.client-secret"],
         gkeys=[f"{REG}.github.secret"], env=["GITHUB_CLIENT_SECRET"], cat="api",
         comp=oauth_comp("github", github_client_id, [("scope", "read:user,user:email")]),
         ctxs=SPRINGCTX + ["kotlin"], decoys=[DECOY_GITHUB_CID]),
    Kind("okta", "oauth_client_secret", okta_client_secret, [f"{REG}.okta.client-secret", "okta.oauth2.client-secret"],
         gkeys=["okta.oauth2.secret"], env=["OKTA_OAUTH2_CLIENT_SECRET"], cat="api",
         comp=oauth_comp("okta", okta_client_id), ctxs=SPRINGCTX + ["kotlin", "groovy_cfg"], decoys=[DECOY_OKTA_CID]),
    Kind("keycloak", "oauth_client_secret", keycloak_secret, [f"{REG}.keycloak.client-secret"],
         gkeys=[f"{REG}.keycloak.secret", "sso.client.secret"], env=["KEYCLOAK_CLIENT_SECRET"], cat="api",
         comp=oauth_comp("keycloak", lambda r: f"{r.choice(SERVICES)}-service", [("authorization-grant-type", "client_credentials")]),
         ctxs=SPRINGCTX + ["kotlin", "hocon"], decoys=[DECOY_JWKS_URI]),
    Kind("keycloak", "quarkus_oidc_client_secret", keycloak_secret, ["quarkus.oidc.credentials.secret", "%prod.quarkus.oidc.credentials.secret", "quarkus.oidc-client.credentials.secret"],
         env=["QUARKUS_OIDC_CREDENTIALS_SECRET"], cat="api",
         comp=lambda r, k: [("quarkus.oidc.auth-server-url", f"https://sso.{org(r)}.com/realms/{r.choice(SERVICES)}"), ("quarkus.oidc.client-id", f"{r.choice(SERVICES)}-api")],
         ctxs=["props", "test_props", "compose", "readme"]),
    Kind("azure_ad", "client_secret", azure_ad_secret, ["spring.cloud.azure.active-directory.credential.client-secret", f"{REG}.azure.client-secret", "azure.activedirectory.client-secret"],
         gkeys=["app.identity.secret"], env=["AZURE_CLIENT_SECRET"], cat="api",
         comp=lambda r, k: [(sib(k, "client-id"), ruuid(r)), (parent(k) + ".tenant-id" if "credential" not in k else parent(parent(k)) + ".profile.tenant-id", ruuid(r))],
         ctxs=SPRINGCTX + ["kotlin", "java_const"], decoys=[DECOY_TENANT, DECOY_UUID_CID]),
    Kind("okta", "api_token", okta_api_token, ["okta.client.token"], gkeys=["idp.admin.token"], env=["OKTA_CLIENT_TOKEN"], cat="api",
         comp=lambda r, k: [("okta.client.orgUrl", f"https://{org(r)}.okta.com")], ctxs=APPCTX),
    Kind("keycloak", "admin_password", any_pw, ["keycloak.admin.password", "keycloak.admin-client.password"],
         env=["KEYCLOAK_ADMIN_PASSWORD", "KC_BOOTSTRAP_ADMIN_PASSWORD"], cat="pw",
         comp=lambda r, k: [(sib(k, "server-url"), f"https://sso.{org(r)}.com"), (sib(k, "username"), r.choice(["admin", "kcadmin", "realm-admin"]))],
         ctxs=["props", "yaml", "compose", "java_const", "readme", "test_props"]),
    # ---- signing keys / framework secrets ---------------------------------------
    Kind("jwt", "hmac_secret", jwt_secret, ["jwt.secret", "app.jwtSecret", "app.jwt.secret", "security.jwt.secret-key", "application.security.jwt.secret-key"],
         gkeys=["app.auth.signing-key", "security.token.hmac", "auth.secret"], env=["JWT_SECRET", "APP_JWT_SECRET"], cat="sign",
         comp=lambda r, k: [(sib(k, "expiration" if "Secret" not in k else "jwtExpirationMs"), str(r.choice([3600000, 86400000, 900000])))],
         ctxs=APPCTX, decoys=[DECOY_JWT_PUBKEY, DECOY_JWKS_URI], weight=1.5),
    Kind("micronaut", "jwt_generator_secret", lambda r: rstr(r, ALNUM, r.choice([32, 48, 64])), ["micronaut.security.token.jwt.signatures.secret.generator.secret"],
         env=["JWT_GENERATOR_SIGNATURE_SECRET"], cat="sign",
         comp=lambda r, k: [("micronaut.security.authentication", "bearer"), (sib(k, "jws-algorithm"), "HS256")],
         ctxs=["yaml", "props", "compose", "test_props"]),
    Kind("grails", "jwt_secret", lambda r: rstr(r, ALNUM, r.choice([32, 48, 64])), ["grails.plugin.springsecurity.rest.token.storage.jwt.secret"],
         env=["JWT_SECRET"], cat="sign", ctxs=["groovy_cfg", "yaml"]),
    Kind("play", "http_secret_key", play_secret, ["play.http.secret.key"], env=["APPLICATION_SECRET", "PLAY_HTTP_SECRET_KEY"], cat="sign",
         ctxs=["hocon", "compose", "readme", "jenkinsfile"], decoys=[DECOY_PLAY_CHANGEME]),
    Kind("spring", "security_user_password", any_pw, ["spring.security.user.password"], gkeys=["management.auth.password"],
         env=["SPRING_SECURITY_USER_PASSWORD"], cat="pw",
         comp=lambda r, k: [(sib(k, "name"), r.choice(["actuator", "ops", "admin", "monitor"])), (sib(k, "roles"), "ACTUATOR")],
         ctxs=SPRINGCTX, decoys=[DECOY_BCRYPT, DECOY_NOOP_DEV]),
    Kind("spring_boot_admin", "client_password", any_pw, ["spring.boot.admin.client.password"], env=["SPRING_BOOT_ADMIN_CLIENT_PASSWORD"], cat="pw",
         comp=lambda r, k: [(sib(k, "url"), f"https://sba.{org(r)}.internal"), (sib(k, "username"), "sba-client")], ctxs=SPRINGCTX),
    Kind("spring_security", "noop_password", noop_pw, ["app.security.users.ops.password"], cat="pw",
         ctxs=["java_security"], decoys=[DECOY_NOOP_DEV, DECOY_BCRYPT]),
    Kind("spring_cloud_config", "encrypt_key", cloud_config_key, ["encrypt.key"], env=["ENCRYPT_KEY"], cat="sign",
         ctxs=["bootstrap_yaml", "props", "compose", "jenkinsfile", "yaml"],
         decoys=[d_const("keystore_path", "key-store.location", lambda r: "classpath:/config-server.jks")]),
    Kind("spring_cloud_config", "client_password", any_pw, ["spring.cloud.config.password"], env=["SPRING_CLOUD_CONFIG_PASSWORD"], cat="pw",
         comp=lambda r, k: [(sib(k, "uri"), f"https://config.{org(r)}.internal:8888"), (sib(k, "username"), "config-client"), (sib(k, "fail-fast"), "true")],
         ctxs=["bootstrap_yaml", "props", "compose", "yaml"]),
    Kind("spring_cloud_config", "basic_auth_url", lambda r: rand_pw(r, syms=False), ["spring.cloud.config.uri"],
         env=["SPRING_CLOUD_CONFIG_URI"], cat="url", wrap=config_uri_wrap, ctxs=["bootstrap_yaml", "props", "compose"],
         decoys=[DECOY_CONFIG_NOAUTH]),
    Kind("eureka", "basic_auth_url", lambda r: rand_pw(r, syms=False) if r.random() < 0.6 else human_pw(r), ["eureka.client.service-url.defaultZone", "eureka.client.serviceUrl.defaultZone"],
         env=["EUREKA_CLIENT_SERVICEURL_DEFAULTZONE"], cat="url", wrap=eureka_wrap,
         comp=lambda r, k: [("eureka.instance.prefer-ip-address", "true")],
         ctxs=["yaml", "bootstrap_yaml", "props", "compose"], decoys=[DECOY_EUREKA_NOAUTH, DECOY_EUREKA_ID]),
    Kind("jasypt", "master_password", lambda r: human_pw(r) if r.random() < 0.4 else rand_pw(r), ["jasypt.encryptor.password"],
         env=["JASYPT_ENCRYPTOR_PASSWORD"], cat="pw",
         comp=lambda r, k: [(sib(k, "algorithm"), r.choice(["PBEWITHHMACSHA512ANDAES_256", "PBEWithMD5AndDES"])), (sib(k, "iv-generator-classname"), "org.jasypt.iv.RandomIvGenerator")],
         ctxs=["props", "yaml", "compose", "jenkinsfile", "readme", "test_props", "java_value", "pom_jasypt"],
         decoys=[DECOY_ENC_ALGO]),
    Kind("java_keystore", "keystore_password", any_pw, ["server.ssl.key-store-password", "server.ssl.key-password", "quarkus.http.ssl.certificate.key-store-password"],
         env=["SERVER_SSL_KEY_STORE_PASSWORD"], cat="pw",
         comp=lambda r, k: [(sib(k, "key-store"), r.choice(["classpath:keystore.p12", "file:/etc/ssl/app/keystore.p12"])), (sib(k, "key-store-type"), "PKCS12")] if k.startswith("server") else [(sib(k, "key-store-file"), "/deployments/tls/keystore.p12")],
         ctxs=["props", "yaml", "compose", "test_props", "server_xml_connector", "liberty_keystore"], decoys=[DECOY_KEYSTORE_PATH]),
    Kind("liberty", "xor_encoded_password", lambda r: xor_encode(any_pw(r)), ["liberty.ds.password"], cat="pw",
         ctxs=["liberty_ds", "liberty_keystore"]),
    Kind("tomcat", "manager_user_password", any_pw, ["tomcat.users.password"], cat="pw", ctxs=["tomcat_users"]),
    Kind("http_basic", "basic_auth_password", any_pw, ["partner.api.password"], cat="pw", ctxs=["java_basic", "kotlin_basic"]),
    # ---- cloud --------------------------------------------------------------------
    Kind("aws", "access_key_pair", aws_secret, ["cloud.aws.credentials.secret-key", "spring.cloud.aws.credentials.secret-key", "aws.secretKey"],
         gkeys=["app.storage.s3.secret", "uploads.bucket.secret-key"], env=["AWS_SECRET_ACCESS_KEY"], cat="api", comp=aws_comp,
         ctxs=SPRINGCTX + ["groovy_cfg", "hocon", "java_const", "kotlin", "scala", "testcontainers", "kts_test"],
         decoys=[DECOY_AWS_DOC], weight=1.5),
    Kind("gcp", "service_account_json", gcp_private_key_json, ["private_key"], cat="api", ctxs=["gcp_json"], weight=1.5),
    Kind("gcp", "encoded_credentials", lambda r: "", ["spring.cloud.gcp.credentials.encoded-key"], env=["SPRING_CLOUD_GCP_CREDENTIALS_ENCODED_KEY"],
         cat="api", ctxs=["props", "yaml", "compose"], decoys=[DECOY_GCP_LOCATION]),
    Kind("azure_storage", "connection_string", azure_account_key, ["spring.cloud.azure.storage.blob.connection-string", "azure.storage.connection-string"],
         gkeys=["app.blob.connection", "documents.store.connection"], env=["AZURE_STORAGE_CONNECTION_STRING"], cat="url", wrap=azure_conn_wrap,
         ctxs=SPRINGCTX + ["java_const", "kotlin", "groovy_cfg", "testcontainers"], decoys=[DECOY_AZURITE, DECOY_AZURE_DEVSTORE]),
    Kind("azure_storage", "account_key", azure_account_key, ["spring.cloud.azure.storage.blob.account-key"], env=["AZURE_STORAGE_ACCOUNT_KEY"], cat="api",
         comp=lambda r, k: [(sib(k, "account-name"), f"{org(r)}docs{r.randint(1, 99)}"), (sib(k, "endpoint"), f"https://{org(r)}docs.blob.core.windows.net")],
         ctxs=SPRINGCTX, decoys=[DECOY_AZURE_ACCOUNT]),
    Kind("azure_servicebus", "connection_string", azure_sas_key, ["spring.cloud.azure.servicebus.connection-string"],
         gkeys=["app.events.connection"], env=["SERVICEBUS_CONNECTION_STRING"], cat="url", wrap=sb_conn_wrap, ctxs=SPRINGCTX + ["java_const"]),
    Kind("vault", "token", vault_token, ["spring.cloud.vault.token", "quarkus.vault.authentication.client-token"], env=["VAULT_TOKEN", "SPRING_CLOUD_VAULT_TOKEN"], cat="api",
         comp=lambda r, k: [(sib(k, "uri"), f"https://vault.{org(r)}.internal:8200")] if k.startswith("spring") else [("quarkus.vault.url", f"https://vault.{org(r)}.internal:8200")],
         ctxs=["bootstrap_yaml", "props", "compose", "jenkinsfile", "readme"], prefix="hvs.", decoys=[DECOY_VAULT_ROLE]),
]


def gcp_sa_dict(rng, pk=None):
    proj = f"{org(rng)}-{rng.choice(SERVICES)}-{rng.randint(100, 999)}" if rng.random() < 0.5 else f"{org(rng)}-{rng.choice(['prod', 'platform', 'data'])}"
    name = f"{rng.choice(SERVICES)}-{rng.choice(['sa', 'svc', 'runner', 'uploader'])}"
    cid = str(rng.randint(10**20, 10**21 - 1))
    return {
        "type": "service_account",
        "project_id": proj,
        "private_key_id": rhex(rng, 40),
        "private_key": pk if pk is not None else gcp_private_key_json(rng),
        "client_email": f"{name}@{proj}.iam.gserviceaccount.com",
        "client_id": cid,
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_x509_cert_url": f"https://www.googleapis.com/robot/v1/metadata/x509/{name}%40{proj}.iam.gserviceaccount.com",
        "universe_domain": "googleapis.com",
    }


def gcp_encoded(rng):
    d = gcp_sa_dict(rng)
    d["private_key"] = d["private_key"].replace("\\n", "\n")
    return base64.b64encode(json.dumps(d, indent=2).encode()).decode()


for _k in KINDS:
    if _k.kind == "encoded_credentials":
        _k.gen = gcp_encoded


KINDS += [
    # ---- SaaS APIs --------------------------------------------------------------
    Kind("stripe", "secret_key", lambda r: stripe_sk(r, "sk"), ["stripe.api-key", "stripe.secret-key", "payments.stripe.secret-key"],
         gkeys=["payments.gateway.api-key", "billing.provider.secret", "stripe.apiKey"], env=["STRIPE_SECRET_KEY", "STRIPE_API_KEY"],
         cat="api", prefix="sk_live_", decoys=[DECOY_PUBLISHABLE, DECOY_STRIPE_PRICE], weight=1.5),
    Kind("stripe", "restricted_key", lambda r: stripe_sk(r, "rk"), ["stripe.restricted-key", "stripe.api-key"],
         gkeys=["billing.reporting.key"], env=["STRIPE_RESTRICTED_KEY"], cat="api", prefix="rk_live_", decoys=[DECOY_PUBLISHABLE]),
    Kind("stripe", "webhook_secret", stripe_whsec, ["stripe.webhook-secret", "stripe.webhook.signing-secret"],
         gkeys=["payments.webhook.secret", "webhooks.inbound.signing-key"], env=["STRIPE_WEBHOOK_SECRET"], cat="sign", prefix="whsec_"),
    Kind("twilio", "auth_token", twilio_token, ["twilio.auth-token", "twilio.authToken"], gkeys=["sms.gateway.token", "twilio.token"],
         env=["TWILIO_AUTH_TOKEN"], cat="api", comp=twilio_comp, decoys=[DECOY_TWILIO_SID, DECOY_TWILIO_MG]),
    Kind("twilio", "api_key_secret", lambda r: rstr(r, ALNUM, 32), ["twilio.api-secret"], gkeys=["sms.gateway.secret"],
         env=["TWILIO_API_SECRET"], cat="api", comp=twilio_sk_comp, ctxs=SPRINGCTX + ["java_const", "kotlin"]),
    Kind("mailgun", "api_key", mailgun, ["mailgun.api-key", "mailgun.apiKey"], gkeys=["mail.api.key", "mailer.token"],
         env=["MAILGUN_API_KEY"], cat="api",
         comp=lambda r, k: [(sib(k, "domain"), f"mg.{org(r)}.com"), (sib(k, "base-url"), r.choice(["https://api.mailgun.net/v3", "https://api.eu.mailgun.net/v3"]))],
         decoys=[DECOY_MAILGUN_PUB]),
    Kind("slack", "bot_token", slack_bot, ["slack.bot-token", "slack.token", "notifications.slack.bot-token"],
         gkeys=["chatops.token", "alerts.chat.auth"], env=["SLACK_BOT_TOKEN"], cat="api", prefix="xoxb-",
         comp=lambda r, k: [(sib(k, "channel"), r.choice(["#deployments", "#alerts-prod", "#payments-ops"]))], decoys=[DECOY_SLACK_CHANNEL]),
    Kind("slack", "webhook_url", slack_webhook, ["slack.webhook-url", "notifications.slack.webhook", "alerting.slack.url"],
         gkeys=["alerts.hook", "notify.endpoint"], env=["SLACK_WEBHOOK_URL"], cat="url", prefix="https://hooks.slack.com/services/",
         ctxs=APPCTX + ["logback"]),
    Kind("openai", "api_key", openai_key, ["spring.ai.openai.api-key", "openai.api-key", "langchain4j.open-ai.chat-model.api-key"],
         gkeys=["app.llm.key", "llm.api-key", "ai.assistant.token"], env=["OPENAI_API_KEY", "SPRING_AI_OPENAI_API_KEY"], cat="llm",
         prefix="sk-proj-", decoys=[DECOY_OPENAI_ORG, DECOY_OPENAI_PROJ], weight=1.3),
    Kind("anthropic", "api_key", anthropic_key, ["spring.ai.anthropic.api-key", "langchain4j.anthropic.chat-model.api-key"],
         gkeys=["app.llm.key", "assistant.model.key"], env=["ANTHROPIC_API_KEY"], cat="llm", prefix="sk-ant-api03-"),
    Kind("sentry", "legacy_dsn_secret", lambda r: rhex(r, 32), ["sentry.dsn"], env=["SENTRY_DSN"], cat="url", wrap=sentry_legacy_wrap,
         ctxs=["props", "yaml", "logback", "log4j2", "compose", "java_const"], decoys=[DECOY_SENTRY_DSN]),
    Kind("sentry", "auth_token", sentry_user_token, ["sentry.authToken", "sentry.auth-token"], env=["SENTRY_AUTH_TOKEN"], cat="api",
         prefix="sntryu_", ctxs=["build_gradle", "build_gradle_kts", "pom_props", "jenkinsfile", "gradle_props", "readme"]),
    Kind("logzio", "shipping_token", logzio_token, ["logzio.token", "logging.logzio.token"], gkeys=["logs.shipper.token"],
         env=["LOGZIO_TOKEN", "LOGZIO_SHIPPING_TOKEN"], cat="api", ctxs=LOGCTX + ["props", "yaml", "compose"]),
    Kind("datadog", "api_key", datadog_api, ["management.datadog.metrics.export.api-key", "datadog.api-key"],
         gkeys=["metrics.export.key", "observability.key"], env=["DD_API_KEY"], cat="api",
         ctxs=LOGCTX + ["props", "yaml", "compose", "jenkinsfile", "java_value"], decoys=[DECOY_DD_CLIENT, DECOY_DD_APPID]),
    Kind("sonarqube", "token", sonar_token, ["sonar.token", "sonar.login"], env=["SONAR_TOKEN"], cat="api",
         ctxs=["pom_props", "build_gradle", "build_gradle_kts", "gradle_props", "jenkinsfile", "readme"], decoys=[DECOY_SONAR_PROJ]),
    # ---- build / publishing ----------------------------------------------------------
    Kind("github", "pat_classic", lambda r: gh_token(r, "ghp_"), ["gpr.key"], gkeys=["repoToken", "pkgToken"], env=["GITHUB_TOKEN", "GPR_TOKEN"], cat="api",
         prefix="ghp_", ctxs=BUILDCTX + ["pom_props"], build=build_info(["github"], ["ci-bot", "jenkins-packages", "release-bot"]), weight=1.3),
    Kind("github", "fine_grained_pat", gh_fine, ["gpr.key"], gkeys=["repoToken"], env=["GITHUB_TOKEN", "GH_PACKAGES_TOKEN"], cat="api",
         prefix="github_pat_", ctxs=BUILDCTX, build=build_info(["github"], ["ci-bot", "build-svc"])),
    Kind("sonatype", "ossrh_password", any_pw, ["ossrhPassword"], gkeys=["publishPassword", "repoPassword"], env=["OSSRH_PASSWORD"], cat="pw",
         ctxs=BUILDCTX, build=build_info(["ossrh", "sonatype-nexus-staging"], ["jdoe-release", "acme-oss", "maintainer42"])),
    Kind("sonatype", "central_portal_token", sonatype_token_pw, ["mavenCentralPassword", "mavenCentralToken"], env=["ORG_GRADLE_PROJECT_mavenCentralPassword"], cat="api",
         ctxs=["gradle_props", "settings_xml", "jenkinsfile", "build_gradle_kts"], build=build_info(["central"], [])),
    Kind("gpg", "signing_password", human_pw, ["signing.password", "gpg.passphrase"], env=["ORG_GRADLE_PROJECT_signingPassword", "MAVEN_GPG_PASSPHRASE"], cat="pw",
         ctxs=["gradle_props", "settings_xml", "jenkinsfile", "readme"], build=build_info(["gpg.passphrase"], []), decoys=[DECOY_GPG_KEYID]),
    Kind("jfrog", "reference_token", jfrog_ref_token, ["artifactory_password", "artifactoryPassword"], gkeys=["repoPassword"], env=["ARTIFACTORY_TOKEN", "JFROG_ACCESS_TOKEN"], cat="api",
         ctxs=BUILDCTX, build=build_info(["artifactory-releases", "central", "libs-release"], ["ci-deployer", "svc-build", "jenkins"])),
    Kind("nexus", "deploy_password", any_pw, ["nexusPassword"], gkeys=["repoPassword", "deployPassword"], env=["NEXUS_PASSWORD"], cat="pw",
         ctxs=BUILDCTX, build=build_info(["nexus-releases", "nexus-snapshots", "internal-repo"], ["deployment", "ci-deployer", "jenkins"])),
    Kind("docker", "hub_pat", docker_pat, ["jib.to.auth.password"], env=["DOCKERHUB_TOKEN", "REGISTRY_PASSWORD"], cat="api", prefix="dckr_pat_",
         ctxs=["pom_jib", "build_gradle", "build_gradle_kts", "jenkinsfile", "settings_xml"], build=build_info(["registry.hub.docker.com", "docker.io"], ["acmebuild", "ci-publisher"]),
         decoys=[DECOY_DIGEST_IMAGE]),
]

KINDS_BY_ID = {(k.provider, k.kind): k for k in KINDS}


# ---------------------------------------------------------------------------
# identifier helpers
# ---------------------------------------------------------------------------

def pick_ident(rng, K, key, generic):
    """CONSTANT_CASE identifier for code contexts."""
    if generic:
        return rng.choice(GENERIC_IDS[K.cat])
    leafs = [p for p in re.split(r"[.]", key.lstrip("%")) if p not in ("spring", "prod", "properties", "registration", "client", "credentials", "cloud", "datasource", "data", "management", "metrics", "export")]
    base = "_".join(const_case(p) for p in leafs[-2:])
    if K.provider.upper().split("_")[0] not in base and rng.random() < 0.5 and K.provider not in ("jwt", "spring", "http_basic", "java_keystore"):
        base = K.provider.upper() + "_" + const_case(leafs[-1])
    return base or "SECRET"


def pick_env(rng, K, key, generic):
    if generic:
        return rng.choice(GENERIC_IDS[K.cat])
    if K.env and rng.random() < 0.6:
        return rng.choice(K.env)
    return env_of(key.lstrip("%").replace("%prod.", ""))


def java_str(v):
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


def code_val(v, lang="java"):
    if isinstance(v, Raw):
        return str(v)
    if v is None:
        return '""'
    if lang == "kotlin":
        return java_str(v).replace("$", "\\$")
    if lang == "groovy1":
        return "'" + v.replace("'", "\\'") + "'"
    return java_str(v)


def pkg(rng, name):
    return f"com.{org(rng)}.{name}"


def comp_entries(rng, K, key):
    return list(K.comp(rng, key)) if K.comp else []


def header_comment(rng, style="#"):
    opts = ["", "", f"{style} Managed by platform team - see docs/config.md",
            f"{style} Profile-specific overrides", f"{style} NOTE: keep keys sorted within sections",
            f"{style} Local overrides go in application-local.* (git-ignored)"]
    c = rng.choice(opts)
    return [c] if c else []


def assemble(rng, filler, block):
    """Insert block (list of entries) at a random position inside filler entries."""
    bkeys = {k for k, _ in block}
    filler = [(k, v) for k, v in filler if k not in bkeys]
    seen, dedup = set(), []
    for k, v in reversed(block):
        if k not in seen:
            seen.add(k)
            dedup.append((k, v))
    block = list(reversed(dedup))
    pos = rng.randint(0, len(filler))
    return filler[:pos] + block + filler[pos:]


# ---------------------------------------------------------------------------
# generic contexts: fn(rng, K, key, val, generic) -> (path, lines, filetype)
# ---------------------------------------------------------------------------

def ctx_props(rng, K, key, val, generic, test=False):
    name = svc(rng)
    filler = filler_for(rng, key, name)
    block = comp_entries(rng, K, key) + [(key, "" if val is None else val)]
    if key.startswith("%prod.") or key.startswith("quarkus"):
        block = [(("%prod." + k if key.startswith("%prod.") and not k.startswith("%") else k), v) for k, v in block]
    entries = assemble(rng, filler, block)
    if test:
        path = rng.choice(["src/test/resources/application-test.properties", "src/test/resources/application-it.properties",
                           "src/integrationTest/resources/application.properties", "src/test/resources/application.properties"])
        ft = "test-resources.properties"
    elif key.startswith(("quarkus", "%")):
        path, ft = "src/main/resources/application.properties", "application.properties"
    else:
        choice = rng.random()
        if choice < 0.45:
            prof = rng.choice(["prod", "staging", "uat", "cloud", "docker", "k8s"])
            path, ft = rng.choice(["src/main/resources/", "config/", f"{name}-service/src/main/resources/"]) + f"application-{prof}.properties", "application-profile.properties"
        elif choice < 0.85:
            path, ft = rng.choice(["src/main/resources/", f"{name}-service/src/main/resources/"]) + "application.properties", "application.properties"
        else:
            path, ft = "src/main/resources/bootstrap.properties", "bootstrap.properties"
    lines = header_comment(rng) + render_props(entries, rng)
    return path, lines, ft


def ctx_test_props(rng, K, key, val, generic):
    return ctx_props(rng, K, key, val, generic, test=True)


def ctx_yaml(rng, K, key, val, generic, bootstrap=False):
    name = svc(rng)
    block = comp_entries(rng, K, key) + [(key, "" if val is None else val)]
    if key.startswith("database."):  # dropwizard
        lines = ["server:", "  applicationConnectors:", "    - type: http", f"      port: {rng.choice([8080, 9000])}",
                 "  adminConnectors:", "    - type: http", f"      port: {rng.choice([8081, 9001])}", "",
                 "logging:", "  level: INFO", "  loggers:", f"    com.{org(rng)}.{name}: DEBUG", ""]
        lines += render_yaml(block + [("database.properties.charSet", "UTF-8"), ("database.maxWaitForConnection", "1s"),
                                      ("database.validationQuery", '"/* Health Check */ SELECT 1"')], rng, key)
        return rng.choice(["config.yml", f"{name}-service/config.yml", "config/prod.yml"]), lines, "dropwizard-config.yml"
    filler = filler_for(rng, key, name)
    if bootstrap:
        filler = [("spring.application.name", f"{name}-service"), ("spring.cloud.config.fail-fast", "true")] if not key.startswith("spring.cloud.config") else [("spring.application.name", f"{name}-service")]
        if rng.random() < 0.5:
            filler.append(("spring.cloud.vault.kv.enabled", "true"))
        path, ft = rng.choice(["src/main/resources/bootstrap.yml", f"{name}-service/src/main/resources/bootstrap.yml", "src/main/resources/bootstrap-prod.yml"]), "bootstrap.yml"
        return path, header_comment(rng) + render_yaml(filler + block, rng, key), ft
    r = rng.random()
    if key.startswith(("micronaut", "datasources")):
        path, ft = "src/main/resources/application.yml", "application.yml"
    elif r < 0.35:
        prof = rng.choice(["prod", "staging", "dev", "qa", "cloud"])
        path, ft = rng.choice(["src/main/resources/", f"{name}-service/src/main/resources/"]) + f"application-{prof}.{rng.choice(['yml', 'yaml'])}", "application-profile.yml"
    elif r < 0.55:
        path, ft = f"config-repo/{name}-service-{rng.choice(['prod', 'production', 'staging'])}.yml", "config-repo.yml"
    elif r < 0.65 and key.startswith("grails"):
        path, ft = "grails-app/conf/application.yml", "application.yml"
    else:
        path, ft = rng.choice(["src/main/resources/application.yml", f"{name}-service/src/main/resources/application.yml", "src/main/resources/application.yaml"]), "application.yml"
    if ft == "application.yml" and rng.random() < 0.4 and not key.startswith(("micronaut", "datasources")):
        # multi-document file: secret in the prod document
        base = render_yaml(filler, rng)
        prof = rng.choice(["prod", "production", "cloud"])
        doc2 = render_yaml([("spring.config.activate.on-profile", prof)] + block, rng, key)
        return path, header_comment(rng) + base + ["", "---"] + doc2, ft
    entries = assemble(rng, filler, block)
    return path, header_comment(rng) + render_yaml(entries, rng, key), ft


def ctx_bootstrap_yaml(rng, K, key, val, generic):
    return ctx_yaml(rng, K, key, val, generic, bootstrap=True)


def hocon_key(key):
    if key.startswith("spring.datasource."):
        return "db.default." + key.split(".")[-1].replace("username", "username")
    if key.startswith("spring."):
        return "app." + key[len("spring."):]
    return key


def ctx_hocon(rng, K, key, val, generic, override_env=None):
    name = svc(rng)
    hk = hocon_key(key)
    block = [(hocon_key(k), v) for k, v in comp_entries(rng, K, key)]
    v = "" if val is None else val
    if override_env is None and rng.random() < 0.3:
        override_env = pick_env(rng, K, key, generic)
    if override_env and not str(v).startswith("${"):
        block.append((hk, (v, "${?%s}" % override_env)))
    else:
        block.append((hk, v))
    filler = hocon_filler(rng, name)
    entries = assemble(rng, filler, block)
    lines = []
    if rng.random() < 0.4:
        lines.append('include "base.conf"')
        lines.append("")
    lines += render_hocon(entries, rng)
    path = rng.choice(["conf/application.conf", "src/main/resources/application.conf", "conf/prod.conf",
                       f"modules/{name}/src/main/resources/application.conf"])
    return path, lines, "application.conf"


def ctx_groovy_cfg(rng, K, key, val, generic):
    name = svc(rng)
    block = comp_entries(rng, K, key) + [(key, "" if val is None else val)]
    filler = [("grails.profile", "rest-api"), ("grails.codegen.defaultPackage", f"{org(rng)}.{name}"),
              ("grails.gorm.failOnError", "true"), ("grails.cors.enabled", "true"),
              ("grails.plugin.springsecurity.rest.token.validation.useBearerToken", "true"),
              ("server.port", str(rng.choice([8080, 8090])))]
    filler = rng.sample(filler, rng.randint(3, 6))
    path = rng.choice(["grails-app/conf/application.groovy", "grails-app/conf/runtime.groovy"])
    lines = [rng.choice([f"// {path}", "import grails.util.Environment", "// Externalised runtime configuration"]), ""]
    if isinstance(val, Raw):
        entries = assemble(rng, filler, comp_entries(rng, K, key))
        lines += render_groovy_cfg(entries, rng) + [f"{groovy_key(key)} = {val}"]
    else:
        lines += render_groovy_cfg(assemble(rng, filler, block), rng)
    if rng.random() < 0.5:
        lines += ["", "environments {", "    development {", f"        grails.serverURL = 'http://localhost:8080'", "    }", "}"]
    return path, lines, "groovy"


def cls_name(K, generic, rng):
    if generic:
        return rng.choice(["Integration", "Client", "External", "Gateway", "Remote", "Outbound"])
    return K.cls


def ctx_java_value(rng, K, key, val, generic):
    name = svc(rng)
    p = pkg(rng, name)
    cls = cls_name(K, generic, rng) + rng.choice(["Config", "Properties", "ClientConfig", "Configuration"])
    field = camel(key.split(".")[-1]) if not generic else rng.choice(["apiKey", "token", "secret", "auth", "credential"])
    if val is None:
        ann = f'@Value("${{{key}}}")'
    else:
        ann = f'@Value("${{{key}:{val.replace(chr(34), chr(92) + chr(34))}}}")'
    other = []
    for ck, cv in comp_entries(rng, K, key)[:2]:
        other += [f'    @Value("${{{ck}}}")', f"    private String {camel(ck.split('.')[-1])};", ""]
    lines = [f"package {p}.config;", "",
             "import org.springframework.beans.factory.annotation.Value;",
             "import org.springframework.context.annotation.Bean;",
             "import org.springframework.context.annotation.Configuration;", "",
             "/**", f" * Wiring for the {K.provider.replace('_', ' ')} integration.", " */",
             "@Configuration",
             f"public class {cls} {{", ""] + other + [
             f"    {ann}", f"    private String {field};", "",
             "    @Bean",
             f"    public RequestSigner requestSigner() {{",
             f"        return new RequestSigner({field});",
             "    }", "",
             "    @Bean",
             f"    public RetryTemplate {camel(name)}RetryTemplate() {{",
             f"        return RetryTemplate.builder().maxAttempts({rng.randint(2, 5)}).exponentialBackoff(200, 2, 5000).build();",
             "    }",
             "}"]
    return f"src/main/java/{p.replace('.', '/')}/config/{cls}.java", lines, "java"


def ctx_java_const(rng, K, key, val, generic):
    name = svc(rng)
    p = pkg(rng, name)
    ident = pick_ident(rng, K, key, generic)
    cls = rng.choice(["Constants", "AppConstants", f"{K.cls}Constants" if not generic else "Defaults", "IntegrationSettings"])
    comps = comp_entries(rng, K, key)
    extra = [f"    public static final String {const_case(ck.split('.')[-1])} = {java_str(cv)};" for ck, cv in comps[:2]]
    lines = [f"package {p}.support;", "",
             "import java.time.Duration;", "",
             f"public final class {cls} {{", "",
             f"    private {cls}() {{", "    }", "",
             f"    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds({rng.choice([2, 5, 10])});",
             f"    public static final int MAX_RETRIES = {rng.randint(2, 6)};",
             f"    public static final String USER_AGENT = \"{name}-service/{rng.randint(1, 4)}.{rng.randint(0, 20)}\";"] + extra + [
             f"    static final String {ident} = {code_val(val)};", "",
             f"    public static final String CORRELATION_HEADER = \"X-Correlation-Id\";",
             "}"]
    return f"src/main/java/{p.replace('.', '/')}/support/{cls}.java", lines, "java"


def ctx_kotlin(rng, K, key, val, generic):
    name = svc(rng)
    p = pkg(rng, name)
    ident = pick_ident(rng, K, key, generic)
    style = rng.random()
    if style < 0.45:
        obj = (K.cls if not generic else rng.choice(["Integration", "Remote", "Client"])) + "Settings"
        lines = [f"package {p}.config", "",
                 f"object {obj} {{",
                 f"    const val BASE_URL = \"https://api.{org(rng)}.com\"",
                 f"    const val TIMEOUT_MS = {rng.choice([3000, 5000, 10000])}L"]
        for ck, cv in comp_entries(rng, K, key)[:2]:
            lines.append(f"    const val {const_case(ck.split('.')[-1])} = {code_val(cv, 'kotlin')}")
        if isinstance(val, Raw):
            lines.append(f"    val {ident} = {val}")
        else:
            lines.append(f"    const val {ident} = {code_val(val, 'kotlin')}")
        lines += ["}"]
        path = f"src/main/kotlin/{p.replace('.', '/')}/config/{obj}.kt"
    elif style < 0.75:
        field = camel(key.split(".")[-1]) if not generic else rng.choice(["apiKey", "token", "auth"])
        if val is None:
            ann = f'@Value("\\${{{key}}}")'
        elif isinstance(val, Raw):
            ann = f'@Value("\\${{{key}}}")'
        else:
            ann = f'@Value("\\${{{key}:{code_val(val, "kotlin")[1:-1]}}}")'
        lines = [f"package {p}.config", "",
                 "import org.springframework.beans.factory.annotation.Value",
                 "import org.springframework.context.annotation.Bean",
                 "import org.springframework.context.annotation.Configuration",
                 "import org.springframework.web.reactive.function.client.WebClient", "",
                 "@Configuration",
                 f"class {K.cls if not generic else 'Outbound'}ClientConfig(",
                 f"    {ann} private val {field}: String,",
                 f"    @Value(\"\\${{app.{name}.base-url}}\") private val baseUrl: String,",
                 ") {", "",
                 "    @Bean",
                 "    fun webClient(builder: WebClient.Builder): WebClient =",
                 "        builder.baseUrl(baseUrl)",
                 f"            .defaultHeader(\"Authorization\", \"Bearer ${field}\")",
                 "            .build()",
                 "}"]
        path = f"src/main/kotlin/{p.replace('.', '/')}/config/ClientConfig.kt"
    else:
        lines = [f"package {p}", "",
                 "import io.ktor.server.application.*",
                 "import io.ktor.server.engine.*",
                 "import io.ktor.server.netty.*", "",
                 f"private val {camel(ident.lower())} = {code_val(val, 'kotlin')}", "",
                 "fun main() {",
                 f"    embeddedServer(Netty, port = {rng.choice([8080, 8081])}, module = Application::module).start(wait = true)",
                 "}", "",
                 "fun Application.module() {",
                 f"    configureClients({camel(ident.lower())})",
                 "    configureRouting()",
                 "}"]
        path = f"src/main/kotlin/{p.replace('.', '/')}/Application.kt"
    return path, lines, "kt"


def ctx_scala(rng, K, key, val, generic):
    name = svc(rng)
    p = pkg(rng, name)
    ident = camel(pick_ident(rng, K, key, generic).lower())
    v = str(val) if isinstance(val, Raw) else ('"' + (val or "") + '"')
    lines = [f"package {p}", "",
             "import akka.actor.typed.ActorSystem",
             "import scala.concurrent.duration._", "",
             f"object {K.cls if not generic else 'Remote'}Settings {{",
             f"  val requestTimeout: FiniteDuration = {rng.choice([5, 10, 30])}.seconds",
             f"  val parallelism: Int = {rng.choice([4, 8, 16])}"]
    for ck, cv in comp_entries(rng, K, key)[:2]:
        lines.append(f'  val {camel(ck.split(".")[-1])}: String = "{cv}"')
    lines += [f"  val {ident}: String = {v}", "}"]
    return f"src/main/scala/{p.replace('.', '/')}/{K.cls if not generic else 'Remote'}Settings.scala", lines, "scala"


def ctx_compose(rng, K, key, val, generic):
    name = svc(rng)
    envname = pick_env(rng, K, key, generic)
    envs = [("SPRING_PROFILES_ACTIVE", rng.choice(["prod", "docker", "staging"])), ("SERVER_PORT", "8080")]
    envs += [(env_of(ck), cv) for ck, cv in comp_entries(rng, K, key)]
    envs.append((envname, "" if val is None else val))
    listy = rng.random() < 0.5
    lines = ["services:", f"  {name}:", f"    image: ghcr.io/{org(rng)}/{name}-service:{rng.randint(1, 3)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
             "    restart: unless-stopped", "    ports:", f"      - \"{rng.choice([8080, 8081, 9000])}:8080\"", "    environment:"]
    for k, v in envs:
        if listy:
            lines.append(f"      - {k}={v}")
        else:
            lines.append(f"      {k}: {yaml_scalar(v, rng)}")
    lines += ["    depends_on:", f"      - {rng.choice(['postgres', 'redis', 'kafka'])}",
              "    healthcheck:", "      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost:8080/actuator/health\"]",
              "      interval: 30s", "      retries: 3"]
    if rng.random() < 0.5:
        lines += ["", "  redis:", "    image: redis:7-alpine", "    ports:", "      - \"6379:6379\""]
    return rng.choice(["docker-compose.yml", "docker-compose.prod.yml", "compose.yaml", "deploy/docker-compose.yml"]), lines, "docker-compose.yml"


def ctx_jenkinsfile(rng, K, key, val, generic):
    name = svc(rng)
    envname = pick_env(rng, K, key, generic)
    tool = rng.choice(["./mvnw -B", "./gradlew --no-daemon"])
    if isinstance(val, Raw):
        envline = f"        {envname} = {val}"
    else:
        envline = f"        {envname} = '{'' if val is None else val}'"
    lines = ["pipeline {", "    agent { label 'linux && docker' }", "", "    options {",
             "        timeout(time: 30, unit: 'MINUTES')", "        buildDiscarder(logRotator(numToKeepStr: '20'))", "    }", "",
             "    environment {", f"        APP_NAME = '{name}-service'", envline, "    }", "",
             "    stages {", "        stage('Build') {", "            steps {",
             f"                sh '{tool} clean verify'", "            }", "        }",
             "        stage('Publish') {", "            when { branch 'main' }", "            steps {",
             f"                sh '{tool} {'deploy -DskipTests' if 'mvnw' in tool else 'publish'}'",
             "            }", "        }", "    }", "",
             "    post {", "        always { junit '**/target/surefire-reports/*.xml' }", "    }", "}"]
    return rng.choice(["Jenkinsfile", "ci/Jenkinsfile", "Jenkinsfile.release"]), lines, "Jenkinsfile"


def ctx_readme(rng, K, key, val, generic):
    name = svc(rng)
    envname = pick_env(rng, K, key, generic)
    comps = comp_entries(rng, K, key)
    v = "" if val is None else val
    lines = [f"# {name}-service", "",
             f"Spring Boot {rng.choice(['3.2', '3.3', '3.4'])} service that handles {name} for the {org(rng)} platform.", "",
             "## Prerequisites", "", f"- JDK {rng.choice([17, 21])}", "- Docker (for Testcontainers)", "",
             "## Running locally", ""]
    if rng.random() < 0.5:
        lines += ["Export the following before starting the app:", "", "```bash"]
        lines += [f"export {env_of(ck)}={cv}" for ck, cv in comps]
        lines += [f"export {envname}={v}", "./mvnw spring-boot:run -Dspring-boot.run.profiles=local", "```"]
    else:
        lines += ["Create `src/main/resources/application-local.properties` with:", "", "```properties"]
        lines += [f"{ck}={cv}" for ck, cv in comps]
        lines += [f"{key}={v}", "```", "", "then run `./gradlew bootRun --args='--spring.profiles.active=local'`."]
    lines += ["", "## Tests", "", "```bash", "./mvnw verify", "```", "",
              "Integration tests start PostgreSQL and Kafka with Testcontainers."]
    return rng.choice(["README.md", "docs/README.md", f"{name}-service/README.md"]), lines, "README.md"


def ctx_kts_test(rng, K, key, val, generic):
    envname = pick_env(rng, K, key, generic)
    v = str(val) if isinstance(val, Raw) else java_str(val or "").replace("$", "\\$")
    lines = ["plugins {", "    id(\"org.springframework.boot\") version \"3.3.4\"",
             "    id(\"io.spring.dependency-management\") version \"1.1.6\"",
             "    kotlin(\"jvm\") version \"1.9.25\"", "    kotlin(\"plugin.spring\") version \"1.9.25\"", "}", "",
             f"group = \"com.{org(rng)}\"", "version = \"0.0.1-SNAPSHOT\"", "",
             "java {", "    toolchain { languageVersion = JavaLanguageVersion.of(21) }", "}", "",
             "dependencies {", "    implementation(\"org.springframework.boot:spring-boot-starter-web\")",
             "    testImplementation(\"org.springframework.boot:spring-boot-starter-test\")",
             "    testImplementation(\"org.testcontainers:junit-jupiter\")", "}", "",
             "tasks.withType<Test> {", "    useJUnitPlatform()",
             f"    environment(\"{envname}\", {v})", "}"]
    return "build.gradle.kts", lines, "build.gradle.kts"


def ctx_testcontainers(rng, K, key, val, generic):
    name = svc(rng)
    p = pkg(rng, name)
    envname = pick_env(rng, K, key, generic)
    cls = f"{name.capitalize()}IntegrationTest"
    lines = [f"package {p};", "",
             "import java.util.Objects;",
             "import org.junit.jupiter.api.Test;",
             "import org.springframework.boot.test.context.SpringBootTest;",
             "import org.springframework.test.context.DynamicPropertyRegistry;",
             "import org.springframework.test.context.DynamicPropertySource;",
             "import org.testcontainers.containers.GenericContainer;",
             "import org.testcontainers.containers.PostgreSQLContainer;",
             "import org.testcontainers.junit.jupiter.Container;",
             "import org.testcontainers.junit.jupiter.Testcontainers;", "",
             "@Testcontainers", "@SpringBootTest",
             f"class {cls} {{", "",
             "    @Container",
             "    static PostgreSQLContainer<?> postgres = new PostgreSQLContainer<>(\"postgres:16-alpine\");", "",
             "    @Container",
             f"    static GenericContainer<?> worker = new GenericContainer<>(\"ghcr.io/{org(rng)}/{name}-worker:latest\")",
             f"            .withEnv(\"{envname}\", {code_val(val)})",
             "            .withExposedPorts(8080);", "",
             "    @DynamicPropertySource",
             "    static void props(DynamicPropertyRegistry registry) {",
             "        registry.add(\"spring.datasource.url\", postgres::getJdbcUrl);",
             "        registry.add(\"spring.datasource.username\", postgres::getUsername);",
             "        registry.add(\"spring.datasource.password\", postgres::getPassword);",
             "    }", "",
             "    @Test",
             "    void contextLoads() {",
             "    }",
             "}"]
    return f"src/test/java/{p.replace('.', '/')}/{cls}.java", lines, "java"


def ctx_web_xml(rng, K, key, val, generic):
    pname = key if not generic else rng.choice(["api.key", "remote.token", "gateway.auth"])
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee"',
             '         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
             '         xsi:schemaLocation="https://jakarta.ee/xml/ns/jakartaee https://jakarta.ee/xml/ns/jakartaee/web-app_6_0.xsd"',
             '         version="6.0">', "",
             f"    <display-name>{svc(rng)}-web</display-name>", "",
             "    <context-param>", "        <param-name>jakarta.faces.PROJECT_STAGE</param-name>",
             "        <param-value>Production</param-value>", "    </context-param>", "",
             "    <context-param>", f"        <param-name>{pname}</param-name>",
             f"        <param-value>{'' if val is None else val}</param-value>", "    </context-param>", "",
             "    <servlet>", "        <servlet-name>api</servlet-name>",
             "        <servlet-class>org.glassfish.jersey.servlet.ServletContainer</servlet-class>",
             "        <load-on-startup>1</load-on-startup>", "    </servlet>",
             "    <servlet-mapping>", "        <servlet-name>api</servlet-name>", "        <url-pattern>/api/*</url-pattern>",
             "    </servlet-mapping>", "",
             "    <session-config>", "        <session-timeout>30</session-timeout>", "    </session-config>",
             "</web-app>"]
    return "src/main/webapp/WEB-INF/web.xml", lines, "web.xml"


# ---------------------------------------------------------------------------
# container / server XML contexts
# ---------------------------------------------------------------------------

def db_parts(rng, K, val):
    """-> (driver, url, user, password-or-None)."""
    prov = K.db if K.db in DBINFO else "postgres"
    driver, urlfn, _ = DBINFO[prov]
    if K.kind == "jdbc_url_password":
        return driver, val, None, None
    return driver, urlfn(rng), rng.choice(DBUSERS), ("" if val is None else val)


def xml_url(u):
    return u.replace("&", "&amp;")


def ctx_context_xml(rng, K, key, val, generic):
    driver, url, user, pw = db_parts(rng, K, val)
    jndi = f"jdbc/{svc(rng).capitalize()}DS"
    attrs = [f'name="{jndi}"', 'auth="Container"', 'type="javax.sql.DataSource"',
             f'driverClassName="{driver}"', f'url="{xml_url(url)}"']
    if user:
        attrs.append(f'username="{user}"')
    if pw is not None:
        attrs.append(f'password="{pw}"')
    attrs += [f'maxTotal="{rng.choice([20, 50, 100])}"', 'maxIdle="10"', 'maxWaitMillis="10000"', 'validationQuery="SELECT 1"']
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<Context reloadable=\"false\">", "",
             "    <WatchedResource>WEB-INF/web.xml</WatchedResource>", "",
             "    <Resource " + attrs[0]] + [f"              {a}" for a in attrs[1:-1]] + [f"              {attrs[-1]}/>", "",
             '    <Environment name="app/environment" value="production" type="java.lang.String" override="false"/>',
             "</Context>"]
    return rng.choice(["src/main/webapp/META-INF/context.xml", "conf/context.xml", f"conf/Catalina/localhost/{svc(rng)}.xml"]), lines, "context.xml"


def ctx_server_xml_res(rng, K, key, val, generic):
    driver, url, user, pw = db_parts(rng, K, val)
    res = [f'    <Resource name="jdbc/{svc(rng)}" auth="Container" type="javax.sql.DataSource"',
           f'              driverClassName="{driver}" url="{xml_url(url)}"']
    if pw is not None:
        res.append(f'              username="{user}" password="{pw}"')
    res[-1] += f' maxTotal="{rng.choice([30, 60])}" />'
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<Server port="8005" shutdown="SHUTDOWN">',
             '  <Listener className="org.apache.catalina.startup.VersionLoggerListener" />',
             '  <Listener className="org.apache.catalina.core.AprLifecycleListener" SSLEngine="on" />',
             '  <Listener className="org.apache.catalina.core.JreMemoryLeakPreventionListener" />', "",
             "  <GlobalNamingResources>",
             '    <Resource name="UserDatabase" auth="Container" type="org.apache.catalina.UserDatabase"',
             '              factory="org.apache.catalina.users.MemoryUserDatabaseFactory" pathname="conf/tomcat-users.xml" />'] + res + [
             "  </GlobalNamingResources>", "",
             '  <Service name="Catalina">',
             '    <Connector port="8080" protocol="HTTP/1.1" connectionTimeout="20000" redirectPort="8443" />',
             '    <Engine name="Catalina" defaultHost="localhost">',
             '      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="false">',
             '        <Valve className="org.apache.catalina.valves.AccessLogValve" directory="logs" prefix="access" suffix=".log" pattern="common" />',
             "      </Host>", "    </Engine>", "  </Service>", "</Server>"]
    return rng.choice(["conf/server.xml", "tomcat/conf/server.xml", "docker/tomcat/server.xml"]), lines, "server.xml"


def ctx_server_xml_connector(rng, K, key, val, generic):
    v = "" if val is None else val
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<Server port="8005" shutdown="SHUTDOWN">',
             '  <Listener className="org.apache.catalina.startup.VersionLoggerListener" />', "",
             '  <Service name="Catalina">',
             '    <Connector port="8080" protocol="HTTP/1.1" connectionTimeout="20000" redirectPort="8443" />', "",
             '    <Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol"',
             '               maxThreads="150" SSLEnabled="true">',
             '      <SSLHostConfig>',
             f'        <Certificate certificateKeystoreFile="conf/{rng.choice(["keystore.p12", "tomcat.jks", "server.p12"])}"',
             f'                     certificateKeystorePassword="{v}"',
             '                     type="RSA" />',
             '      </SSLHostConfig>', '    </Connector>', "",
             '    <Engine name="Catalina" defaultHost="localhost">',
             '      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="false" />',
             "    </Engine>", "  </Service>", "</Server>"]
    return rng.choice(["conf/server.xml", "tomcat/conf/server.xml"]), lines, "server.xml"


def ctx_standalone_xml(rng, K, key, val, generic):
    driver, url, user, pw = db_parts(rng, K, val)
    drvname = DBINFO[K.db if K.db in DBINFO else "postgres"][2]
    ds = svc(rng).capitalize()
    if isinstance(val, Raw):
        sec = ["                    <security>", f"                        <user-name>{user}</user-name>",
               f"                        {val}", "                    </security>"]
    else:
        sec = ["                    <security>", f"                        <user-name>{user or 'app'}</user-name>"]
        if pw is not None:
            sec.append(f"                        <password>{pw}</password>")
        sec.append("                    </security>")
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<server xmlns="urn:jboss:domain:20.0">',
             "    <profile>",
             '        <subsystem xmlns="urn:jboss:domain:datasources:7.0">',
             "            <datasources>",
             '                <datasource jndi-name="java:jboss/datasources/ExampleDS" pool-name="ExampleDS" enabled="true" use-java-context="true">',
             "                    <connection-url>jdbc:h2:mem:test;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE</connection-url>",
             "                    <driver>h2</driver>",
             "                    <security>", "                        <user-name>sa</user-name>", "                        <password>sa</password>",
             "                    </security>", "                </datasource>",
             f'                <datasource jndi-name="java:jboss/datasources/{ds}DS" pool-name="{ds}DS" enabled="true">',
             f"                    <connection-url>{xml_url(url)}</connection-url>",
             f"                    <driver>{drvname}</driver>",
             "                    <pool>", f"                        <max-pool-size>{rng.choice([20, 40])}</max-pool-size>", "                    </pool>"] + (sec if K.kind != "jdbc_url_password" else []) + [
             "                </datasource>",
             "                <drivers>",
             f'                    <driver name="{drvname}" module="{driver.rsplit(".", 1)[0]}">',
             f"                        <xa-datasource-class>{driver}</xa-datasource-class>",
             "                    </driver>", "                </drivers>",
             "            </datasources>", "        </subsystem>", "    </profile>", "</server>"]
    return rng.choice(["standalone/configuration/standalone.xml", "docker/wildfly/standalone.xml", "configuration/standalone-full.xml"]), lines, "standalone.xml"


def ctx_persistence_xml(rng, K, key, val, generic):
    driver, url, user, pw = db_parts(rng, K, val)
    unit = svc(rng) + "PU"
    props = [f'            <property name="jakarta.persistence.jdbc.driver" value="{driver}"/>',
             f'            <property name="jakarta.persistence.jdbc.url" value="{xml_url(url)}"/>']
    if pw is not None:
        props += [f'            <property name="jakarta.persistence.jdbc.user" value="{user}"/>',
                  f'            <property name="jakarta.persistence.jdbc.password" value="{pw}"/>']
    props += ['            <property name="hibernate.hbm2ddl.auto" value="validate"/>',
              '            <property name="hibernate.show_sql" value="false"/>']
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">',
             f'    <persistence-unit name="{unit}" transaction-type="RESOURCE_LOCAL">',
             "        <provider>org.hibernate.jpa.HibernatePersistenceProvider</provider>",
             f"        <class>com.{org(rng)}.domain.{rng.choice(['Order', 'Invoice', 'Customer', 'Shipment'])}</class>",
             "        <properties>"] + props + ["        </properties>", "    </persistence-unit>", "</persistence>"]
    return "src/main/resources/META-INF/persistence.xml", lines, "persistence.xml"


def pom_wrap(rng, inner_plugins, props=()):
    o = org(rng)
    name = svc(rng)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
             '         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">',
             "    <modelVersion>4.0.0</modelVersion>",
             "    <parent>", "        <groupId>org.springframework.boot</groupId>", "        <artifactId>spring-boot-starter-parent</artifactId>",
             f"        <version>3.{rng.randint(1, 4)}.{rng.randint(0, 9)}</version>", "    </parent>", "",
             f"    <groupId>com.{o}</groupId>", f"    <artifactId>{name}-service</artifactId>", "    <version>1.0.0-SNAPSHOT</version>", "",
             "    <properties>", f"        <java.version>{rng.choice([17, 21])}</java.version>"] + [f"        {p}" for p in props] + [
             "    </properties>", "",
             "    <dependencies>", "        <dependency>", "            <groupId>org.springframework.boot</groupId>",
             "            <artifactId>spring-boot-starter-web</artifactId>", "        </dependency>", "    </dependencies>", "",
             "    <build>", "        <plugins>"] + inner_plugins + ["        </plugins>", "    </build>", "</project>"]
    return lines


def ctx_pom_flyway(rng, K, key, val, generic):
    driver, url, user, pw = db_parts(rng, K, val)
    cfg = [f"                    <url>{xml_url(url)}</url>"]
    if pw is not None:
        cfg += [f"                    <user>{user}</user>", f"                    <password>{pw}</password>"]
    plug = ["            <plugin>", "                <groupId>org.flywaydb</groupId>", "                <artifactId>flyway-maven-plugin</artifactId>",
            "                <configuration>"] + cfg + ["                    <locations>", "                        <location>filesystem:src/main/resources/db/migration</location>",
            "                    </locations>", "                </configuration>", "            </plugin>"]
    return "pom.xml", pom_wrap(rng, plug), "pom.xml"


def ctx_pom_props(rng, K, key, val, generic):
    v = "" if val is None else val
    k = key if not generic else "sonar.token"
    props = [f"<sonar.organization>{org(rng)}</sonar.organization>", f"<sonar.host.url>https://sonarcloud.io</sonar.host.url>", f"<{k}>{v}</{k}>"]
    if K.provider == "sentry":
        plug = ["            <plugin>", "                <groupId>io.sentry</groupId>", "                <artifactId>sentry-maven-plugin</artifactId>",
                "                <configuration>", "                    <debugSentryCli>false</debugSentryCli>",
                f"                    <org>{org(rng)}</org>", f"                    <project>{svc(rng)}-service</project>",
                f"                    <authToken>{v}</authToken>", "                </configuration>", "            </plugin>"]
        return "pom.xml", pom_wrap(rng, plug), "pom.xml"
    if K.provider == "github":
        props = [f"<github.global.server>github</github.global.server>", f"<github.token>{v}</github.token>"]
    plug = ["            <plugin>", "                <groupId>org.jacoco</groupId>", "                <artifactId>jacoco-maven-plugin</artifactId>",
            "                <version>0.8.12</version>", "            </plugin>"]
    return "pom.xml", pom_wrap(rng, plug, props), "pom.xml"


def ctx_pom_jib(rng, K, key, val, generic):
    info = K.build(rng) if K.build else {"user": "ci"}
    v = "" if val is None else val
    plug = ["            <plugin>", "                <groupId>com.google.cloud.tools</groupId>", "                <artifactId>jib-maven-plugin</artifactId>",
            "                <version>3.4.3</version>", "                <configuration>", "                    <from>",
            "                        <image>eclipse-temurin:21-jre</image>", "                    </from>", "                    <to>",
            f"                        <image>docker.io/{org(rng)}/{svc(rng)}-service</image>", "                        <auth>",
            f"                            <username>{info.get('user') or 'ci'}</username>",
            f"                            <password>{v}</password>", "                        </auth>", "                    </to>",
            "                </configuration>", "            </plugin>"]
    return "pom.xml", pom_wrap(rng, plug), "pom.xml"


def ctx_pom_jasypt(rng, K, key, val, generic):
    v = "" if val is None else val
    plug = ["            <plugin>", "                <groupId>com.github.ulisesbocchio</groupId>", "                <artifactId>jasypt-maven-plugin</artifactId>",
            "                <version>3.0.5</version>", "            </plugin>"]
    return "pom.xml", pom_wrap(rng, plug, [f"<jasypt.encryptor.password>{v}</jasypt.encryptor.password>"]), "pom.xml"


def liberty_wrap(rng, body):
    return (['<?xml version="1.0" encoding="UTF-8"?>', '<server description="' + svc(rng) + ' service">', "",
             "    <featureManager>", "        <feature>jakartaee-10.0</feature>", "        <feature>mpConfig-3.1</feature>",
             "        <feature>mpHealth-4.0</feature>", "    </featureManager>", "",
             '    <httpEndpoint id="defaultHttpEndpoint" host="*" httpPort="9080" httpsPort="9443" />', ""]
            + body + ["", '    <webApplication location="' + svc(rng) + '.war" contextRoot="/" />', "</server>"])


def ctx_liberty_ds(rng, K, key, val, generic):
    driver, url, user, pw = db_parts(rng, K, val)
    body = ['    <library id="jdbcLib">', '        <fileset dir="jdbc" includes="*.jar"/>', "    </library>", "",
            f'    <dataSource id="{svc(rng)}DS" jndiName="jdbc/{svc(rng)}">', '        <jdbcDriver libraryRef="jdbcLib"/>',
            f'        <properties.postgresql serverName="{rng.choice(["db", "postgres.internal", "10.0.4.12"])}" portNumber="5432"',
            f'                               databaseName="{dbname(rng)}" user="{user or "app"}" password="{pw or ""}"/>', "    </dataSource>"]
    return rng.choice(["src/main/liberty/config/server.xml", "wlp/usr/servers/defaultServer/server.xml"]), liberty_wrap(rng, body), "server.xml"


def ctx_liberty_keystore(rng, K, key, val, generic):
    v = "" if val is None else val
    body = [f'    <keyStore id="defaultKeyStore" location="{rng.choice(["key.p12", "resources/security/key.p12"])}" type="PKCS12" password="{v}" />',
            '    <ssl id="defaultSSLConfig" keyStoreRef="defaultKeyStore" trustDefaultCerts="true" />']
    return rng.choice(["src/main/liberty/config/server.xml", "wlp/usr/servers/defaultServer/server.xml"]), liberty_wrap(rng, body), "server.xml"


def ctx_tomcat_users(rng, K, key, val, generic):
    v = "" if val is None else val
    user = rng.choice(["deployer", "ci-deploy", "manager", "tomcat-admin", "jenkins"])
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<tomcat-users xmlns="http://tomcat.apache.org/xml"',
             '              xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
             '              xsi:schemaLocation="http://tomcat.apache.org/xml tomcat-users.xsd"',
             '              version="1.0">', "<!--",
             "  By default, no user is included in the \"manager-gui\" role required",
             "  to operate the \"/manager/html\" web application.", "-->",
             '  <role rolename="manager-script"/>', '  <role rolename="manager-gui"/>',
             f'  <user username="{user}" password="{v}" roles="manager-script{rng.choice(["", ",manager-gui"])}"/>',
             "</tomcat-users>"]
    return rng.choice(["conf/tomcat-users.xml", "docker/tomcat/tomcat-users.xml", "tomcat/conf/tomcat-users.xml"]), lines, "tomcat-users.xml"


# ---------------------------------------------------------------------------
# logging contexts
# ---------------------------------------------------------------------------

def ctx_logback(rng, K, key, val, generic):
    v = "" if val is None else val
    name = svc(rng)
    if K.provider == "sentry":
        app = ['    <appender name="SENTRY" class="io.sentry.logback.SentryAppender">', "        <options>",
               f"            <dsn>{v}</dsn>", f"            <environment>{rng.choice(['production', 'staging'])}</environment>", "        </options>",
               '        <minimumEventLevel>ERROR</minimumEventLevel>', "    </appender>"]
        ref = "SENTRY"
    elif K.provider == "logzio":
        app = ['    <appender name="LOGZIO" class="io.logz.logback.LogzioLogbackAppender">',
               f"        <token>{v}</token>", f"        <logzioUrl>https://listener{rng.choice(['', '-eu', '-uk'])}.logz.io:8071</logzioUrl>",
               f"        <logzioType>{name}</logzioType>", "        <drainTimeoutSec>5</drainTimeoutSec>", "    </appender>"]
        ref = "LOGZIO"
    elif K.provider == "datadog":
        app = ['    <appender name="DATADOG" class="net.logstash.logback.appender.LogstashTcpSocketAppender">',
               f"        <destination>intake.logs.{rng.choice(['datadoghq.com', 'datadoghq.eu'])}:10516</destination>",
               '        <keepAliveDuration>20 seconds</keepAliveDuration>',
               '        <encoder class="net.logstash.logback.encoder.LogstashEncoder">',
               '            <prefix class="ch.qos.logback.core.encoder.LayoutWrappingEncoder">',
               '                <layout class="ch.qos.logback.classic.PatternLayout">',
               f"                    <pattern>{v} %mdc{{keyThatDoesNotExist}}</pattern>",
               "                </layout>", "            </prefix>", "        </encoder>",
               '        <ssl />', "    </appender>"]
        ref = "DATADOG"
    else:  # slack webhook
        app = ['    <appender name="SLACK" class="com.github.maricn.logback.SlackAppender">',
               f"        <webhookUri>{v}</webhookUri>", f"        <channel>#{name}-alerts</channel>",
               '        <layout class="ch.qos.logback.classic.PatternLayout">', "            <pattern>%-4relative [%thread] %-5level %class - %msg%n</pattern>",
               "        </layout>", "        <colorCoding>true</colorCoding>", "    </appender>", "",
               '    <appender name="ASYNC_SLACK" class="ch.qos.logback.classic.AsyncAppender">', '        <appender-ref ref="SLACK" />',
               "        <filter class=\"ch.qos.logback.classic.filter.ThresholdFilter\">", "            <level>ERROR</level>", "        </filter>", "    </appender>"]
        ref = "ASYNC_SLACK"
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<configuration>",
             '    <include resource="org/springframework/boot/logging/logback/defaults.xml"/>',
             '    <springProperty scope="context" name="appName" source="spring.application.name"/>', "",
             '    <appender name="CONSOLE" class="ch.qos.logback.core.ConsoleAppender">', "        <encoder>",
             "            <pattern>${CONSOLE_LOG_PATTERN}</pattern>", "        </encoder>", "    </appender>", ""] + app + [
             "", '    <root level="INFO">', '        <appender-ref ref="CONSOLE"/>', f'        <appender-ref ref="{ref}"/>', "    </root>",
             "</configuration>"]
    return rng.choice(["src/main/resources/logback-spring.xml", "src/main/resources/logback.xml"]), lines, "logback.xml"


def ctx_log4j2(rng, K, key, val, generic):
    v = "" if val is None else val
    name = svc(rng)
    if K.provider == "sentry":
        app = [f'        <Sentry name="Sentry" dsn="{v}" minimumEventLevel="ERROR" />']
        ref = "Sentry"
    elif K.provider == "logzio":
        app = [f'        <LogzioAppender name="Logzio">', f"            <logzioToken>{v}</logzioToken>",
               f"            <logzioType>{name}</logzioType>", f"            <logzioUrl>https://listener.logz.io:8071</logzioUrl>",
               "        </LogzioAppender>"]
        ref = "Logzio"
    else:  # datadog
        app = [f'        <Http name="Datadog" url="https://http-intake.logs.{rng.choice(["datadoghq.com", "datadoghq.eu"])}/api/v2/logs">',
               f'            <Property name="DD-API-KEY" value="{v}" />', '            <Property name="Content-Type" value="application/json" />',
               '            <JsonTemplateLayout eventTemplateUri="classpath:EcsLayout.json" />', "        </Http>"]
        ref = "Datadog"
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f'<Configuration status="WARN" packages="{"io.sentry.log4j2" if K.provider == "sentry" else "io.logz.log4j2"}">',
             "    <Properties>", f'        <Property name="app">{name}-service</Property>', "    </Properties>",
             "    <Appenders>", '        <Console name="Console" target="SYSTEM_OUT">',
             '            <PatternLayout pattern="%d{ISO8601} %-5level [%t] %c{1.} - %msg%n"/>', "        </Console>"] + app + [
             "    </Appenders>", "    <Loggers>", f'        <Logger name="com.{org(rng)}" level="debug" additivity="false">',
             '            <AppenderRef ref="Console"/>', f'            <AppenderRef ref="{ref}"/>', "        </Logger>",
             '        <Root level="info">', '            <AppenderRef ref="Console"/>', "        </Root>", "    </Loggers>", "</Configuration>"]
    return rng.choice(["src/main/resources/log4j2.xml", "src/main/resources/log4j2-spring.xml"]), lines, "log4j2.xml"


# ---------------------------------------------------------------------------
# build contexts
# ---------------------------------------------------------------------------

def repo_url(rng, K):
    if K.provider == "github":
        return f"https://maven.pkg.github.com/{org(rng)}/{svc(rng)}-libs"
    if K.provider == "jfrog":
        return f"https://{org(rng)}.jfrog.io/artifactory/libs-release-local"
    if K.provider == "sonatype":
        return rng.choice(["https://s01.oss.sonatype.org/service/local/staging/deploy/maven2/", "https://central.sonatype.com"])
    return f"https://nexus.{org(rng)}.internal/repository/maven-releases/"


def ctx_settings_xml(rng, K, key, val, generic):
    info = K.build(rng) if K.build else {"id": "releases", "user": "ci"}
    v = "" if val is None else val
    user = info["user"] or rstr(rng, ALNUM, 8)
    if K.provider == "gpg":
        server = ["    <profiles>", "        <profile>", "            <id>release</id>", "            <properties>",
                  "                <gpg.keyname>" + rhex(rng, 16).upper() + "</gpg.keyname>",
                  f"                <gpg.passphrase>{v}</gpg.passphrase>", "            </properties>", "        </profile>", "    </profiles>"]
    else:
        server = ["    <servers>", "        <server>", f"            <id>{info['id']}</id>",
                  f"            <username>{user}</username>", f"            <password>{v}</password>", "        </server>", "    </servers>"]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"',
             '          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
             '          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">',
             "    <localRepository>${user.home}/.m2/repository</localRepository>", ""] + server + [
             "", "    <mirrors>", "        <mirror>", "            <id>corp-proxy</id>", "            <mirrorOf>central</mirrorOf>",
             f"            <url>https://nexus.{org(rng)}.internal/repository/maven-public/</url>", "        </mirror>", "    </mirrors>",
             "</settings>"]
    return rng.choice([".mvn/settings.xml", "ci/settings.xml", "settings.xml", ".m2/settings.xml"]), lines, "settings.xml"


def ctx_gradle_props(rng, K, key, val, generic):
    v = "" if val is None else val
    k = key if not generic or not K.gkeys else rng.choice(K.gkeys)
    lines = ["org.gradle.jvmargs=-Xmx2g -XX:MaxMetaspaceSize=512m -Dfile.encoding=UTF-8",
             "org.gradle.parallel=true", "org.gradle.caching=true", "kotlin.code.style=official", "",
             f"GROUP=com.{org(rng)}", f"VERSION_NAME={rng.randint(0, 4)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}", ""]
    info = K.build(rng) if K.build else {"user": None}
    if K.provider == "gpg" and k.startswith("signing"):
        lines += [f"signing.keyId={rhex(rng, 8).upper()}", f"{k}={v}", "signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg"]
    elif K.provider == "sonatype" and "Central" in k:
        lines += [f"mavenCentralUsername={rstr(rng, ALNUM, 8)}", f"{k}={v}"]
    elif K.provider in ("sonarqube",):
        lines += [f"systemProp.sonar.host.url=https://sonar.{org(rng)}.internal", f"systemProp.{k}={v}"]
    elif K.provider == "sentry":
        lines += [f"sentryOrg={org(rng)}", f"sentryAuthToken={v}"]
    else:
        ukey = {"gpr.key": "gpr.user", "ossrhPassword": "ossrhUsername", "artifactory_password": "artifactory_user",
                "artifactoryPassword": "artifactoryUser", "nexusPassword": "nexusUsername"}.get(key, "repoUser")
        lines += [f"{ukey}={info.get('user') or 'ci'}", f"{k}={v}"]
    return rng.choice(["gradle.properties", "gradle.properties"]), lines, "gradle.properties"


def ctx_build_gradle(rng, K, key, val, generic, kts=False):
    info = K.build(rng) if K.build else {"user": "ci", "id": "releases"}
    q = '"'
    if isinstance(val, Raw):
        v = str(val)
    else:
        v = q + ("" if val is None else val) + q
    if kts:
        head = ["plugins {", "    `java-library`", "    `maven-publish`", "    id(\"org.sonarqube\") version \"5.1.0.4882\"", "}", "",
                f"group = \"com.{org(rng)}\"", "version = \"1.4.0\""]
        assign = " = "
    else:
        head = ["plugins {", "    id 'java-library'", "    id 'maven-publish'", "    id 'org.sonarqube' version '5.1.0.4882'", "}", "",
                f"group = 'com.{org(rng)}'", "version = '1.4.0'"]
        assign = " = "
    if K.provider == "sonarqube":
        body = ["sonar {", "    properties {",
                f"        property{'(' if kts else ' '}\"sonar.projectKey\", \"{org(rng)}_{svc(rng)}\"{')' if kts else ''}",
                f"        property{'(' if kts else ' '}\"sonar.token\", {v}{')' if kts else ''}", "    }", "}"]
    elif K.provider == "sentry":
        body = ["sentry {", "    includeSourceContext" + assign + "true", f"    org{assign}\"{org(rng)}\"", f"    projectName{assign}\"{svc(rng)}-service\"",
                f"    authToken{assign}{v}", "}"]
    elif K.provider == "docker":
        body = ["jib {", "    from {", "        image" + assign + "\"eclipse-temurin:21-jre\"", "    }", "    to {",
                f"        image{assign}\"docker.io/{org(rng)}/{svc(rng)}-service\"", "        auth {",
                f"            username{assign}\"{info.get('user') or 'ci'}\"", f"            password{assign}{v}", "        }", "    }", "}"]
    else:
        body = ["publishing {", "    publications {",
                (f"        create<MavenPublication>(\"maven\") {{" if kts else "        maven(MavenPublication) {"),
                "            from(components[\"java\"])" if kts else "            from components.java", "        }", "    }",
                "    repositories {", "        maven {", f"            name{assign}\"{info.get('id', 'releases').split('-')[0].replace('.', '')}\"",
                f"            url{assign}{'uri(' if kts else 'uri('}\"{repo_url(rng, K)}\")",
                "            credentials {", f"                username{assign}\"{info.get('user') or 'ci'}\"",
                f"                password{assign}{v}", "            }", "        }", "    }", "}"]
    lines = head + ["", "repositories {", "    mavenCentral()", "}", "",
                    "dependencies {", (f"    api(\"org.slf4j:slf4j-api:2.0.13\")" if kts else "    api 'org.slf4j:slf4j-api:2.0.13'"),
                    (f"    testImplementation(\"org.junit.jupiter:junit-jupiter:5.10.2\")" if kts else "    testImplementation 'org.junit.jupiter:junit-jupiter:5.10.2'"),
                    "}", ""] + body
    return ("build.gradle.kts" if kts else "build.gradle"), lines, ("build.gradle.kts" if kts else "build.gradle")


def ctx_build_gradle_kts(rng, K, key, val, generic):
    return ctx_build_gradle(rng, K, key, val, generic, kts=True)


# ---------------------------------------------------------------------------
# code contexts with credentials inline
# ---------------------------------------------------------------------------

def ctx_java_basic(rng, K, key, val, generic):
    name = svc(rng)
    p = pkg(rng, name)
    user = rng.choice(["svc-" + name, "integration", "api-" + org(rng), "partner_" + name])
    partner = rng.choice(["erp", "crm", "warehouse", "legacy-billing", "carrier"])
    v = code_val(val)
    if rng.random() < 0.5:
        lines = [f"package {p}.client;", "",
                 "import org.springframework.http.HttpEntity;", "import org.springframework.http.HttpHeaders;",
                 "import org.springframework.http.HttpMethod;", "import org.springframework.http.MediaType;",
                 "import org.springframework.stereotype.Component;", "import org.springframework.web.client.RestTemplate;", "",
                 "@Component",
                 f"public class {partner.title().replace('-', '')}Client {{", "",
                 f"    private static final String BASE_URL = \"https://{partner}.{org(rng)}-partners.com/api/v2\";",
                 "    private final RestTemplate restTemplate;", "",
                 f"    public {partner.title().replace('-', '')}Client(RestTemplate restTemplate) {{", "        this.restTemplate = restTemplate;", "    }", "",
                 "    public String fetchStatus(String id) {",
                 "        HttpHeaders headers = new HttpHeaders();",
                 "        headers.setContentType(MediaType.APPLICATION_JSON);",
                 f"        headers.setBasicAuth(\"{user}\", {v});",
                 "        return restTemplate.exchange(BASE_URL + \"/status/\" + id, HttpMethod.GET,",
                 "                new HttpEntity<>(headers), String.class).getBody();", "    }", "}"]
    else:
        lines = [f"package {p}.config;", "",
                 "import java.time.Duration;", "import org.springframework.boot.web.client.RestTemplateBuilder;",
                 "import org.springframework.context.annotation.Bean;", "import org.springframework.context.annotation.Configuration;",
                 "import org.springframework.web.client.RestTemplate;", "",
                 "@Configuration", "public class PartnerClientConfig {", "",
                 "    @Bean", "    RestTemplate partnerRestTemplate(RestTemplateBuilder builder) {", "        return builder",
                 f"                .rootUri(\"https://{partner}.{org(rng)}-partners.com\")",
                 f"                .basicAuthentication(\"{user}\", {v})",
                 f"                .setConnectTimeout(Duration.ofSeconds({rng.choice([3, 5])}))", "                .build();", "    }", "}"]
    return f"src/main/java/{p.replace('.', '/')}/client/{partner.title().replace('-', '')}Client.java", lines, "java"


def ctx_kotlin_basic(rng, K, key, val, generic):
    name = svc(rng)
    p = pkg(rng, name)
    user = rng.choice(["svc-" + name, "integration", "reporting"])
    lines = [f"package {p}.client", "",
             "import io.ktor.client.*", "import io.ktor.client.engine.cio.*", "import io.ktor.client.plugins.auth.*",
             "import io.ktor.client.plugins.auth.providers.*", "",
             "fun partnerClient(): HttpClient = HttpClient(CIO) {", "    install(Auth) {", "        basic {",
             "            credentials {", f"                BasicAuthCredentials(username = \"{user}\", password = {code_val(val, 'kotlin')})",
             "            }", "            realm = \"partner\"", "        }", "    }", "}"]
    return f"src/main/kotlin/{p.replace('.', '/')}/client/PartnerClient.kt", lines, "kt"


def ctx_java_security(rng, K, key, val, generic):
    name = svc(rng)
    p = pkg(rng, name)
    if isinstance(val, Raw) or val is None:
        pw = code_val(val)
    else:
        pw = java_str(val if val.startswith("{") else "{noop}" + val)
    lines = [f"package {p}.security;", "",
             "import org.springframework.context.annotation.Bean;", "import org.springframework.context.annotation.Configuration;",
             "import org.springframework.security.config.annotation.web.builders.HttpSecurity;",
             "import org.springframework.security.core.userdetails.User;",
             "import org.springframework.security.provisioning.InMemoryUserDetailsManager;",
             "import org.springframework.security.web.SecurityFilterChain;", "",
             "@Configuration", "public class ActuatorSecurityConfig {", "",
             "    @Bean", "    InMemoryUserDetailsManager actuatorUsers() {",
             "        return new InMemoryUserDetailsManager(",
             f"                User.withUsername(\"{rng.choice(['ops', 'prometheus', 'monitor', 'actuator'])}\")",
             f"                        .password({pw})", "                        .roles(\"ACTUATOR\")", "                        .build());", "    }", "",
             "    @Bean", "    SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {",
             "        http.securityMatcher(\"/actuator/**\")",
             "            .authorizeHttpRequests(a -> a.requestMatchers(\"/actuator/health/**\").permitAll().anyRequest().hasRole(\"ACTUATOR\"))",
             "            .httpBasic(b -> {});", "        return http.build();", "    }", "}"]
    return f"src/main/java/{p.replace('.', '/')}/security/ActuatorSecurityConfig.java", lines, "java"


def ctx_gcp_json(rng, K, key, val, generic):
    d = gcp_sa_dict(rng, pk=val if isinstance(val, str) else "")
    text = json.dumps(d, indent=2).replace("\\\\n", "\\n")
    path = rng.choice(["src/main/resources/gcp-credentials.json", "src/test/resources/service-account.json",
                       "src/main/resources/firebase-adminsdk.json", "config/gcp/sa-key.json"])
    return path, text.split("\n"), "json"


def ctx_keycloak_realm(rng, K, key, val, generic):
    realm = rng.choice(SERVICES)
    client = {"clientId": f"{svc(rng)}-service", "enabled": True, "clientAuthenticatorType": "client-secret",
              "secret": val if val is not None else "", "redirectUris": [f"https://{realm}.{org(rng)}.com/*"],
              "publicClient": False, "serviceAccountsEnabled": True, "standardFlowEnabled": False, "protocol": "openid-connect"}
    d = {"realm": realm, "enabled": True, "sslRequired": "external", "accessTokenLifespan": 300,
         "clients": [client], "roles": {"realm": [{"name": "user"}, {"name": "admin"}]}}
    return rng.choice(["keycloak/realm-export.json", "docker/keycloak/import/realm.json", "src/test/resources/keycloak/realm.json"]), json.dumps(d, indent=2).split("\n"), "json"


CTX = {
    "props": ctx_props, "test_props": ctx_test_props, "yaml": ctx_yaml, "bootstrap_yaml": ctx_bootstrap_yaml,
    "hocon": ctx_hocon, "groovy_cfg": ctx_groovy_cfg, "java_value": ctx_java_value, "java_const": ctx_java_const,
    "kotlin": ctx_kotlin, "scala": ctx_scala, "compose": ctx_compose, "jenkinsfile": ctx_jenkinsfile, "readme": ctx_readme,
    "kts_test": ctx_kts_test, "testcontainers": ctx_testcontainers, "web_xml": ctx_web_xml,
    "context_xml": ctx_context_xml, "server_xml_res": ctx_server_xml_res, "server_xml_connector": ctx_server_xml_connector,
    "standalone_xml": ctx_standalone_xml, "persistence_xml": ctx_persistence_xml, "pom_flyway": ctx_pom_flyway,
    "pom_props": ctx_pom_props, "pom_jib": ctx_pom_jib, "pom_jasypt": ctx_pom_jasypt, "liberty_ds": ctx_liberty_ds,
    "liberty_keystore": ctx_liberty_keystore, "tomcat_users": ctx_tomcat_users, "logback": ctx_logback, "log4j2": ctx_log4j2,
    "settings_xml": ctx_settings_xml, "gradle_props": ctx_gradle_props, "build_gradle": ctx_build_gradle,
    "build_gradle_kts": ctx_build_gradle_kts, "java_basic": ctx_java_basic, "kotlin_basic": ctx_kotlin_basic,
    "java_security": ctx_java_security, "gcp_json": ctx_gcp_json, "keycloak_realm": ctx_keycloak_realm,
}

for _k in KINDS:
    if (_k.provider, _k.kind) == ("keycloak", "oauth_client_secret"):
        _k.ctxs.append("keycloak_realm")
    if _k.provider == "datadog":
        _k.ctxs = [c for c in _k.ctxs if c != "java_value"] + ["java_value"]
    if _k.provider == "sentry" and _k.kind == "legacy_dsn_secret":
        pass


# ---------------------------------------------------------------------------
# decoys (negatives)
# ---------------------------------------------------------------------------

PLACEHOLDERS = {
    "pw": ["changeme", "CHANGE_ME", "<db-password>", "<password>", "your-password-here", "TODO", "replace-me",
           "********", "<set-me>", "REDACTED", "__PASSWORD__", "@db.password@"],
    "api": ["<your-api-key>", "YOUR_API_KEY", "REPLACE_ME", "xxxxxxxxxxxxxxxx", "TODO-set-in-vault", "<token>",
            "your-token-here", "@api.key@", "__SET_ME__"],
    "llm": ["sk-...", "<your-openai-key>", "YOUR_API_KEY", "sk-proj-...", "<set-me>"],
    "sign": ["change-this-secret-in-production", "<jwt-secret>", "please-change-me", "your-256-bit-secret", "CHANGE_ME"],
    "url": ["<password>", "changeme", "CHANGE_ME", "${DB_PASSWORD}"],
}


def placeholder(rng, K):
    opts = list(PLACEHOLDERS[K.cat])
    if K.prefix:
        opts += [K.prefix + "...", K.prefix + "xxxxxxxxxxxxxxxxxxxxxxxx", f"<your-{K.provider.replace('_', '-')}-{K.kind.split('_')[-1]}>"]
    if K.cat == "api":
        opts.append(f"YOUR_{K.provider.upper()}_{K.kind.split('_')[-1].upper()}")
    return rng.choice(opts)


def masked(rng, K):
    sample = K.gen(rng)
    if K.wrap:  # masked password inside URL
        return rng.choice(["****", "********", "xxxxx"])
    pre = K.prefix if K.prefix and sample.startswith(K.prefix) else ""
    tail = sample[-4:]
    r = rng.random()
    if not pre:
        return rng.choice(["********", "****" + tail, "*" * len(sample), sample[:2] + "****", "<redacted>"])
    if r < 0.4:
        return pre + "*" * rng.randint(8, 24) + tail
    if r < 0.7:
        return pre + "\u2026" + tail[-3:]
    return pre + sample[len(pre):len(pre) + 4] + "...(redacted)"


def jasypt_enc(rng):
    return "ENC(" + rb64(rng, rng.choice([32, 48, 64])) + ")"


def cipher_val(rng):
    return "{cipher}" + rhex(rng, rng.choice([96, 128, 160]))


def sops_val(rng, plain_len=None):
    n = plain_len or rng.randint(14, 40)
    return f"ENC[AES256_GCM,data:{rb64(rng, n)},iv:{rb64(rng, 32)},tag:{rb64(rng, 16)},type:str]"


def maven_encrypted(rng):
    return "{" + rb64(rng, rng.choice([24, 32])) + "}"


def liberty_aes(rng):
    return "{aes}" + rb64(rng, rng.choice([32, 48]))


def liberty_hash(rng):
    return "{hash}" + rb64(rng, 96)


def tomcat_digest(rng):
    return f"{rhex(rng, 64)}${rng.choice([1, 1000, 20000])}${rhex(rng, 64)}"


def secret_ref(rng, K, key):
    nm = key.split(".")[-1].replace("_", "-").lower()
    s = svc(rng)
    return rng.choice([
        f"${{sm://projects/{org(rng)}-prod/secrets/{s}-{nm}/versions/latest}}",
        f"${{sm@{s}-{nm}}}",
        f"${{vcap.services.{s}-{K.provider.replace('_', '-')}.credentials.{camel(nm)}}}",
        f"${{/secret/{s}/{nm}}}",
        f"${{{s}-{nm}}}",
    ])


def env_ref_for(ctx, envname, key, rng):
    """Reference expression in the syntax of the context; Raw for code."""
    if ctx in ("props", "test_props", "yaml", "bootstrap_yaml"):
        return rng.choice([f"${{{envname}}}", f"${{{envname}:}}", f"${{{envname}}}"])
    if ctx == "hocon":
        return f"${{?{envname}}}" if rng.random() < 0.6 else f"${{{envname}}}"
    if ctx == "java_value":
        return rng.choice([None, f"${{{envname}:}}", "", f"#{{null}}"])
    if ctx in ("java_const", "testcontainers", "java_basic"):
        return Raw(rng.choice([f'System.getenv("{envname}")', f'System.getProperty("{key}")',
                               f'Objects.requireNonNull(System.getenv("{envname}"), "{envname} not set")']))
    if ctx in ("kotlin", "kotlin_basic"):
        return Raw(rng.choice([f'System.getenv("{envname}") ?: ""', f'requireNotNull(System.getenv("{envname}"))',
                               f'System.getenv("{envname}").orEmpty()']))
    if ctx == "kts_test":
        return Raw(rng.choice([f'System.getenv("{envname}") ?: ""', f'providers.environmentVariable("{envname}").getOrElse("")',
                               f'(findProperty("{camel(key.split(".")[-1])}") as String?) ?: ""']))
    if ctx in ("build_gradle", "build_gradle_kts"):
        if ctx == "build_gradle":
            return Raw(rng.choice([f'System.getenv("{envname}")', f"project.findProperty('{key}') ?: System.getenv('{envname}')",
                                   f"providers.gradleProperty('{key}').orNull"]))
        return Raw(rng.choice([f'System.getenv("{envname}")', f'project.findProperty("{key}") as String? ?: System.getenv("{envname}")',
                               f'providers.gradleProperty("{key}").orNull']))
    if ctx == "scala":
        return Raw(rng.choice([f'sys.env.getOrElse("{envname}", "")', f'config.getString("{key}")', f'sys.env("{envname}")']))
    if ctx == "groovy_cfg":
        return Raw(rng.choice([f"System.getenv('{envname}')", f"System.getenv('{envname}') ?: ''"]))
    if ctx == "compose":
        return rng.choice([f"${{{envname}}}", f"${{{envname}:?{envname} must be set}}", f"${{{envname}:-}}"])
    if ctx == "jenkinsfile":
        return Raw(f"credentials('{envname.lower().replace('_', '-')}')")
    if ctx == "readme":
        return f"${{{envname}}}" if rng.random() < 0.3 else f"<{envname.lower().replace('_', '-')}>"
    if ctx in ("settings_xml", "pom_flyway", "pom_props", "pom_jib", "pom_jasypt", "liberty_ds", "liberty_keystore", "web_xml"):
        return f"${{env.{envname}}}"
    if ctx in ("context_xml", "server_xml_res", "server_xml_connector", "persistence_xml", "tomcat_users"):
        return f"${{{key if '.' in key else 'db.password'}}}"
    if ctx == "standalone_xml":
        return rng.choice([f"${{env.{envname}}}", f"${{env.{envname}:}}", Raw(f'<credential-reference store="app-credentials" alias="{svc(rng)}-ds"/>')])
    if ctx == "logback":
        return f"${{{envname}}}"
    if ctx == "log4j2":
        return rng.choice([f"${{env:{envname}}}", f"${{sys:{key}}}", f"${{spring:{key}}}"])
    if ctx == "gradle_props":
        return ""
    if ctx in ("java_security",):
        return Raw(rng.choice(["passwordEncoder.encode(props.getPassword())", "actuatorProperties.password()"]))
    if ctx in ("gcp_json", "keycloak_realm"):
        return "**********" if ctx == "keycloak_realm" else "<private-key>"
    return f"${{{envname}}}"


ENCRYPT_CTX = {"props": ["jasypt", "cipher", "sops_no"], "test_props": ["jasypt"], "yaml": ["jasypt", "cipher", "sops"],
               "bootstrap_yaml": ["cipher", "jasypt"], "java_value": ["jasypt"],
               "settings_xml": ["maven"], "liberty_ds": ["aes", "hash"], "liberty_keystore": ["aes"],
               "tomcat_users": ["digest"], "java_security": ["bcrypt"], "compose": ["jasypt"]}


def make_decoy(rng, K, ctx, key, generic):
    """-> (key, value, decoy_name)."""
    envname = pick_env(rng, K, key, generic)
    r = rng.random()
    if K.decoys and r < 0.5 and ctx in ("props", "test_props", "yaml", "bootstrap_yaml", "hocon", "compose", "java_value",
                                         "groovy_cfg", "java_const", "kotlin", "readme", "gradle_props", "jenkinsfile",
                                         "tomcat_users", "java_security", "logback", "log4j2", "pom_jib", "build_gradle", "build_gradle_kts"):
        k2, v, name = rng.choice(K.decoys)(rng, K, key)
        if ctx in ("java_const", "kotlin", "groovy_cfg", "jenkinsfile") and v is None:
            v = ""
        return (k2 or key), v, name
    r = rng.random()
    encs = [e for e in ENCRYPT_CTX.get(ctx, []) if not e.endswith("_no")]
    if encs and r < 0.35:
        e = rng.choice(encs)
        if e == "jasypt":
            return key, jasypt_enc(rng), "jasypt_ciphertext"
        if e == "cipher":
            return key, cipher_val(rng), "cloud_config_cipher"
        if e == "sops":
            return key, sops_val(rng), "sops_ciphertext"
        if e == "maven":
            return key, maven_encrypted(rng), "maven_encrypted_password"
        if e == "aes":
            return key, liberty_aes(rng), "liberty_aes"
        if e == "hash":
            return key, liberty_hash(rng), "liberty_hash"
        if e == "digest":
            return key, tomcat_digest(rng), "tomcat_digest"
        if e == "bcrypt":
            return key, "{bcrypt}$2a$10$" + rstr(rng, ALNUM + "./", 53), "bcrypt_hash"
    r = rng.random()
    if r < 0.5:
        ref = env_ref_for(ctx, envname, key, rng)
        if K.wrap and isinstance(ref, str) and not isinstance(ref, Raw) and ref and ctx not in ("java_value",):
            return key, K.wrap(rng, ref), "env_ref_in_url"
        return key, ref, "env_ref"
    if r < 0.6 and ctx in ("props", "yaml", "bootstrap_yaml", "test_props"):
        return key, secret_ref(rng, K, key), "secret_manager_ref"
    if r < 0.82:
        ph = placeholder(rng, K)
        if K.wrap:
            return key, K.wrap(rng, ph if K.cat != "url" or not ph.startswith("$") else ph), "placeholder_in_url"
        return key, ph, "placeholder"
    m = masked(rng, K)
    if K.wrap:
        return key, K.wrap(rng, m), "masked_in_url"
    return key, m, "masked"


# ---------------------------------------------------------------------------
# negative-only files
# ---------------------------------------------------------------------------

def neg_wildfly_users(rng):
    realm = rng.choice(["ManagementRealm", "ApplicationRealm"])
    fname = "mgmt-users.properties" if realm == "ManagementRealm" else "application-users.properties"
    lines = ["#", f"# Properties declaration of users for the realm '{realm}' which is the default realm",
             "# for new installations. Further authentication mechanism can be configured",
             "# as part of the <management /> in standalone.xml.", "#",
             "# Users can be added to this properties file at any time, updates after the server has started",
             "# will be automatically detected.", "#",
             "# By default the properties realm expects the entries to be in the format: -",
             "# username=HEX( MD5( username ':' realm ':' password))", "#",
             "# A utility script is provided which can be executed from the bin folder to add the users: -",
             "# - Linux", "#  bin/add-user.sh", "#", f"#$REALM_NAME={realm}$ This line is used by the add-user utility to identify the realm name already used in this file.", "#"]
    for u in rng.sample(["admin", "ops", "monitor", "deployer", "jenkins", "hal"], rng.randint(1, 3)):
        lines.append(f"{u}={rhex(rng, 32)}")
    return f"standalone/configuration/{fname}", lines, "wildfly-users.properties", "wildfly", "md5_user_hash"


def neg_checksums(rng):
    r = rng.random()
    if r < 0.35:
        art = f"{rng.choice(['commons-text', 'jackson-databind', 'netty-handler', 'guava', 'postgresql'])}-{rng.randint(1, 33)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.jar"
        alg = rng.choice(["sha512", "sha256", "sha1"])
        n = {"sha512": 128, "sha256": 64, "sha1": 40}[alg]
        line = rhex(rng, n) + (f"  {art}" if rng.random() < 0.5 else "")
        return f"{rng.choice(['libs', 'third-party/lib', '.mvn/wrapper'])}/{art}.{alg}", [line], alg, "maven", "artifact_checksum"
    if r < 0.7:
        v = f"8.{rng.randint(4, 12)}"
        lines = ["distributionBase=GRADLE_USER_HOME", "distributionPath=wrapper/dists",
                 f"distributionSha256Sum={rhex(rng, 64)}",
                 f"distributionUrl=https\\://services.gradle.org/distributions/gradle-{v}-bin.zip",
                 "networkTimeout=10000", "validateDistributionUrl=true", "zipStoreBase=GRADLE_USER_HOME", "zipStorePath=wrapper/dists"]
        return "gradle/wrapper/gradle-wrapper.properties", lines, "gradle-wrapper.properties", "gradle", "distribution_checksum"
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<verification-metadata xmlns="https://schema.gradle.org/dependency-verification">',
             "   <configuration>", "      <verify-metadata>true</verify-metadata>", "      <verify-signatures>false</verify-signatures>", "   </configuration>", "   <components>"]
    for g, a in rng.sample([("com.fasterxml.jackson.core", "jackson-core"), ("org.slf4j", "slf4j-api"), ("io.netty", "netty-buffer"),
                            ("org.postgresql", "postgresql"), ("com.google.guava", "guava")], 3):
        ver = f"{rng.randint(1, 33)}.{rng.randint(0, 17)}.{rng.randint(0, 9)}"
        lines += [f'      <component group="{g}" name="{a}" version="{ver}">', f'         <artifact name="{a}-{ver}.jar">',
                  f'            <sha256 value="{rhex(rng, 64)}" origin="Generated by Gradle"/>', "         </artifact>", "      </component>"]
    lines += ["   </components>", "</verification-metadata>"]
    return "gradle/verification-metadata.xml", lines, "verification-metadata.xml", "gradle", "dependency_checksum"


def neg_jwks(rng):
    n = base64.urlsafe_b64encode(b"\xc1" + rbytes(rng, 255)).decode().rstrip("=")
    d = {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": ruuid(rng) if rng.random() < 0.5 else rstr(rng, B64URL, 43), "e": "AQAB", "n": n}]}
    return rng.choice(["src/test/resources/jwks.json", "src/test/resources/wiremock/__files/jwks.json", "src/main/resources/static/.well-known/jwks.json"]), json.dumps(d, indent=2).split("\n"), "json", "jwt", "jwks_public_key"


def neg_public_pem(rng):
    der = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + b"\xb7" + rbytes(rng, 255) + bytes.fromhex("0203010001")
    b = base64.b64encode(der).decode()
    lines = ["-----BEGIN PUBLIC KEY-----"] + [b[i:i + 64] for i in range(0, len(b), 64)] + ["-----END PUBLIC KEY-----"]
    return rng.choice(["src/main/resources/jwt/public.pem", "src/main/resources/keys/app.pub", "src/test/resources/certs/jwt-public.pem"]), lines, "pem", "jwt", "rsa_public_key"


def neg_keycloak_realm(rng):
    der = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + b"\xa3" + rbytes(rng, 255) + bytes.fromhex("0203010001")
    pub = base64.b64encode(der).decode()
    d = {"realm": rng.choice(SERVICES), "public_key": pub, "token-service": f"https://sso.{org(rng)}.com/realms/x/protocol/openid-connect",
         "account-service": f"https://sso.{org(rng)}.com/realms/x/account", "tokens-not-before": 0}
    if rng.random() < 0.5:
        d = {"realm": d["realm"], "enabled": True, "clients": [{"clientId": f"{svc(rng)}-service", "secret": "**********",
             "clientAuthenticatorType": "client-secret", "publicClient": False}],
             "keycloakVersion": f"2{rng.randint(2, 5)}.0.{rng.randint(0, 7)}"}
        return "keycloak/realm-export.json", json.dumps(d, indent=2).split("\n"), "json", "keycloak", "masked_export_secret"
    return rng.choice(["keycloak/realm-public.json", "src/main/resources/keycloak-realm.json"]), json.dumps(d, indent=2).split("\n"), "json", "keycloak", "realm_public_key"


def neg_gcp_wif(rng):
    proj = rng.randint(10**11, 10**12 - 1)
    pool = f"{rng.choice(['github', 'gitlab', 'jenkins'])}-pool"
    d = {"universe_domain": "googleapis.com", "type": "external_account",
         "audience": f"//iam.googleapis.com/projects/{proj}/locations/global/workloadIdentityPools/{pool}/providers/{pool.split('-')[0]}",
         "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
         "token_url": "https://sts.googleapis.com/v1/token",
         "service_account_impersonation_url": f"https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/{svc(rng)}-deployer@{org(rng)}-prod.iam.gserviceaccount.com:generateAccessToken",
         "credential_source": {"file": "/var/run/secrets/tokens/gcp-ksa/token", "format": {"type": "text"}}}
    return rng.choice(["src/main/resources/gcp-credentials.json", "config/gcp/wif-config.json"]), json.dumps(d, indent=2).split("\n"), "json", "gcp", "workload_identity_config"


def neg_sealed_secret(rng):
    name = svc(rng)
    lines = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", f"  name: {name}-service-db", f"  namespace: {name}",
             "spec:", "  encryptedData:"]
    for k in rng.sample(["SPRING_DATASOURCE_PASSWORD", "JASYPT_ENCRYPTOR_PASSWORD", "STRIPE_SECRET_KEY", "SPRING_MAIL_PASSWORD"], 2):
        lines.append(f"    {k}: Ag{rb64(rng, rng.randint(300, 420)).rstrip('=')}")
    lines += ["  template:", "    metadata:", f"      name: {name}-service-db", f"      namespace: {name}", "    type: Opaque"]
    return f"deploy/k8s/{name}-sealed-secret.yaml", lines, "k8s.yaml", "kubernetes", "sealed_secret_ciphertext"


def neg_testcontainers_default(rng):
    name = svc(rng)
    p = pkg(rng, name)
    lines = [f"package {p};", "", "import org.junit.jupiter.api.Test;", "import org.springframework.boot.test.context.SpringBootTest;",
             "import org.springframework.boot.testcontainers.service.connection.ServiceConnection;",
             "import org.testcontainers.containers.PostgreSQLContainer;", "import org.testcontainers.junit.jupiter.Container;",
             "import org.testcontainers.junit.jupiter.Testcontainers;", "", "@Testcontainers", "@SpringBootTest",
             f"class {name.capitalize()}RepositoryIT {{", "", "    @Container", "    @ServiceConnection",
             "    static PostgreSQLContainer<?> postgres = new PostgreSQLContainer<>(\"postgres:16-alpine\")",
             f"            .withDatabaseName(\"{name}\")", "            .withUsername(\"test\")", "            .withPassword(\"test\");", "",
             "    @Test", "    void savesAndLoads() {", "    }", "}"]
    return f"src/test/java/{p.replace('.', '/')}/{name.capitalize()}RepositoryIT.java", lines, "java", "testcontainers", "dev_default"


def neg_h2_sa(rng):
    lines = ["spring.datasource.url=jdbc:h2:mem:testdb;MODE=PostgreSQL;DB_CLOSE_DELAY=-1", "spring.datasource.driver-class-name=org.h2.Driver",
             "spring.datasource.username=sa", "spring.datasource.password=", "spring.h2.console.enabled=true",
             "spring.jpa.database-platform=org.hibernate.dialect.H2Dialect", "spring.jpa.hibernate.ddl-auto=create-drop", "spring.flyway.enabled=false"]
    return "src/test/resources/application-test.properties", lines, "test-resources.properties", "h2", "dev_default"


def neg_sops_yaml(rng):
    name = svc(rng)
    entries = spring_filler(rng, name)[:4] + [("spring.datasource.url", pg_url(rng)), ("spring.datasource.username", rng.choice(DBUSERS)),
                                              ("spring.datasource.password", sops_val(rng)), ("stripe.secret-key", sops_val(rng, 32))]
    lines = render_yaml(entries, rng) + sops_meta(rng)
    return f"config-repo/{name}-service-prod.yml", lines, "config-repo.yml", "sops", "sops_ciphertext"


def sops_meta(rng):
    return ["sops:", "    kms:",
            f"        - arn: arn:aws:kms:eu-west-1:{rng.randint(10**11, 10**12 - 1)}:key/{ruuid(rng)}",
            f"          created_at: \"202{rng.randint(3, 5)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T10:{rng.randint(10, 59)}:0{rng.randint(0, 9)}Z\"",
            f"          enc: {rb64(rng, 180)}", "          aws_profile: \"\"",
            f"    lastmodified: \"202{rng.randint(3, 5)}-0{rng.randint(1, 9)}-2{rng.randint(0, 8)}T08:1{rng.randint(0, 9)}:44Z\"",
            f"    mac: ENC[AES256_GCM,data:{rb64(rng, 64)},iv:{rb64(rng, 32)},tag:{rb64(rng, 16)},type:str]",
            "    encrypted_regex: ^(password|secret-key|.*token)$", "    version: 3.9.1"]


SPECIAL_NEG = [neg_wildfly_users, neg_checksums, neg_jwks, neg_public_pem, neg_keycloak_realm, neg_gcp_wif,
               neg_sealed_secret, neg_testcontainers_default, neg_h2_sa, neg_sops_yaml]


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------

def weighted_kind(rng):
    tot = sum(k.weight for k in KINDS)
    x = rng.random() * tot
    for k in KINDS:
        x -= k.weight
        if x <= 0:
            return k
    return KINDS[-1]


ALL_CTX = sorted({c for k in KINDS for c in k.ctxs}) + ["props", "props", "yaml", "yaml", "yaml", "bootstrap_yaml"]


def pick_kind_ctx(rng):
    """Half the time choose a context first (balances file types), else a kind first."""
    if rng.random() < 0.55:
        ctx = rng.choice(ALL_CTX)
        cands = [k for k in KINDS if ctx in k.ctxs]
        tot = sum(k.weight for k in cands)
        x = rng.random() * tot
        for k in cands:
            x -= k.weight
            if x <= 0:
                return k, ctx
        return cands[-1], ctx
    K = weighted_kind(rng)
    return K, rng.choice(K.ctxs)


def choose_key(rng, K, generic):
    if generic and K.gkeys:
        return rng.choice(K.gkeys)
    return rng.choice(K.keys)


def make_positive(rng, K, ctx):
    generic = rng.random() < 0.34
    key = choose_key(rng, K, generic)
    secret = K.gen(rng)
    val = K.wrap(rng, secret) if K.wrap else secret
    if ctx == "java_security":
        val = "{noop}" + secret
    path, lines, ft = CTX[ctx](rng, K, key, val, generic)
    return path, lines, ft, secret


def render_text(lines):
    return "\n".join(lines).rstrip("\n") + "\n"


def main(argv):
    if len(argv) != 3:
        print(__doc__.split("USAGE")[1].split("NEEDLE")[0].strip(), file=sys.stderr)
        return 2
    outdir, seed = argv[1], int(argv[2])
    rng = random.Random(seed)
    manifest, secrets = [], []
    needles = []
    pos_files = []
    # round-robin over kinds first so every kind appears, then weighted
    order = list(KINDS)
    rng.shuffle(order)
    i = 0
    attempts = 0
    while i < N_POS:
        attempts += 1
        if i < len(order):
            K = order[i]
            ctx = rng.choice(K.ctxs)
        else:
            K, ctx = pick_kind_ctx(rng)
        path, lines, ft, needle = make_positive(rng, K, ctx)
        text = render_text(lines)
        nlines = text.count("\n")
        if text.count(needle) != 1 or not (5 <= nlines <= 80) or needle in " ".join(needles[-0:0]):
            if attempts > N_POS * 20:
                raise SystemExit(f"cannot place needle for {K} in {ctx}")
            continue
        lineno = next(j for j, ln in enumerate(text.split("\n"), 1) if needle in ln)
        rel = f"pos/p{i + 1:04d}/{path}"
        full = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as fh:
            fh.write(text)
        manifest.append({"file": rel, "label": "positive", "provider": K.provider, "kind": K.kind, "filetype": ft})
        secrets.append({"file": rel, "needle": needle, "line": lineno})
        needles.append(needle)
        pos_files.append((rel, ctx))
        i += 1

    n = 0
    while n < N_NEG:
        r = rng.random()
        if r < 0.14:
            path, lines, ft, prov, dname = rng.choice(SPECIAL_NEG)(rng)
        else:
            K, ctx = pick_kind_ctx(rng)
            generic = rng.random() < 0.34
            key = choose_key(rng, K, generic)
            key2, val, dname = make_decoy(rng, K, ctx, key, generic)
            if val is None and ctx not in ("java_value",):
                val = ""
            path, lines, ft = CTX[ctx](rng, K, key2, val, generic)
            if dname == "sops_ciphertext" and ft.endswith("yml"):
                lines = lines + sops_meta(rng)
            prov = K.provider
        text = render_text(lines)
        if any(nd in text for nd in needles):
            continue
        rel = f"neg/n{n + 1:04d}/{path}"
        full = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as fh:
            fh.write(text)
        manifest.append({"file": rel, "label": "negative", "provider": prov, "kind": dname, "filetype": ft})
        n += 1

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for row in manifest:
            fh.write(json.dumps(row) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for row in secrets:
            fh.write(json.dumps(row) + "\n")
    return self_check(outdir, manifest, secrets)


def self_check(outdir, manifest, secrets):
    ok = True
    all_needles = [s["needle"] for s in secrets]
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        if s["line"] < 1 or s["line"] > len(lines) or s["needle"] not in lines[s["line"] - 1]:
            print(f"SELF-CHECK FAIL: needle not on stated line in {s['file']}", file=sys.stderr)
            ok = False
    for row in manifest:
        if row["label"] != "negative":
            continue
        with open(os.path.join(outdir, row["file"]), encoding="utf-8") as fh:
            text = fh.read()
        for nd in all_needles:
            if nd in text:
                print(f"SELF-CHECK FAIL: negative {row['file']} contains a positive needle", file=sys.stderr)
                ok = False
                break
    pos = [r for r in manifest if r["label"] == "positive"]
    neg = [r for r in manifest if r["label"] == "negative"]
    print(f"positives={len(pos)} negatives={len(neg)} self-check={'OK' if ok else 'FAILED'}")
    pairs = Counter((r["provider"], r["kind"]) for r in pos)
    print(f"\npositive provider/kind pairs: {len(pairs)}; providers: {len(set(p for p, _ in pairs))}")
    for (p, k), c in sorted(pairs.items()):
        print(f"  {c:4d}  {p}/{k}")
    print("\npositive file types:")
    for ft, c in Counter(r["filetype"] for r in pos).most_common():
        print(f"  {c:4d}  {ft}")
    print("\nnegative decoy kinds:")
    for k, c in Counter(r["kind"] for r in neg).most_common():
        print(f"  {c:4d}  {k}")
    print("\nnegative file types:")
    for ft, c in Counter(r["filetype"] for r in neg).most_common():
        print(f"  {c:4d}  {ft}")
    print("\nnegative providers imitated:", len(set(r["provider"] for r in neg)))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
