#!/usr/bin/env python3
"""Blind evaluation-set generator "v" for a git pre-commit secret scanner.

EMPHASIS
    Observability, alerting, incident response and ChatOps: the tokens that let
    tools send data and messages (incoming-webhook URLs, alert-routing keys,
    APM/log-shipping ingest keys, monitoring admin/SMTP passwords), sitting in
    monitoring configs that are committed far more casually than application
    code (alertmanager.yml, prometheus.yml, grafana.ini, provisioning YAML,
    otel-collector configs, Fluent Bit / Fluentd / Vector / Logstash pipelines,
    Helm values, Terraform, CI notifier steps, curl scripts, alert bots,
    runbooks and post-mortems).

USAGE
    python3 gen_v.py OUTDIR SEED

    Deterministic per SEED: the only randomness is random.Random(SEED).
    Writes
      OUTDIR/pos/pNNNN/<realistic relative path>   500 files, one credential each
      OUTDIR/neg/nNNNN/<realistic relative path>   500 files, innocent look-alikes
      OUTDIR/manifest.jsonl   {"file","label","provider","kind","filetype"}
      OUTDIR/secrets.jsonl    {"file","needle","line"}   (positives only)
    "file" is relative to OUTDIR.  A self-check runs at the end (needle occurs
    on the stated line, exactly once in its file; no negative contains any
    positive needle) and prints counts of providers, kinds and file types.

NEEDLE CONVENTIONS
    * needle = the secret substring exactly as written in the file, line =
      1-based line where it starts (needles never span lines).
    * Webhook / capability URLs (Slack, Discord, Teams, Power Automate, Google
      Chat, Mattermost, Rocket.Chat, DingTalk, Feishu/Lark, WeCom, VictorOps
      REST endpoint, Sumo Logic HTTP source, Healthchecks ping URL): the needle
      is the WHOLE URL from "https://" to the end of the secret component
      (query strings that carry the secret are included; nothing after it).
    * Sentry legacy DSN with a secret part: the whole DSN.
    * Everything else: the bare token / key / password, without quotes and
      without a scheme word such as "Bearer", "Splunk", "Api-Token".
    * Human-chosen passwords are positives (Grafana admin, SMTP, Icinga API
      users, Elasticsearch users) and look like real human passwords.

DECISIONS
    * Healthchecks.io ping URLs (https://hc-ping.com/<uuid>) are POSITIVES:
      the UUID is a bearer capability - anyone holding it can send success or
      /fail signals and so silence or fake a dead-man's-switch alert; the
      Healthchecks docs tell users to keep ping URLs private.  Low severity,
      but a secret.
    * Modern Sentry DSNs with only a public key
      (https://<32hex>@o123.ingest.sentry.io/456) are NEGATIVES: Sentry
      documents the DSN as safe to ship in client bundles (it only allows
      event submission).  DSNs with "public:secret@" (legacy) are positives.
    * Datadog client tokens (pub + 32 hex) and RUM application ids, New Relic
      browser keys (NRJS-...) and applicationID, Google Chat's shared
      "key=AIza..." alone, Slack channel/user/team ids, Discord snowflakes,
      PagerDuty service ids, Grafana uids, Twilio Account SIDs, Elastic
      cloud.id are NEGATIVES (documented public or mere identifiers).
    * Encrypted values (SOPS ENC[...], SealedSecret encryptedData, KMS
      ciphertext blobs) are NEGATIVES.

DOUBTS (formats I am not sure of)
    * Slack workflow-builder webhooks: I generate both the older
      /workflows/T../A../<digits>/<24 alnum> and the newer
      /triggers/T../<digits>/<32 hex> shapes from memory.
    * Sentry org tokens (sntrys_): base64(JSON{iat,url,region_url,org}) + "_" +
      43-char urlsafe secret - the padding behaviour of the JSON part is
      unclear to me, so payloads are chosen with a length divisible by 3 (no
      '=' either way).
    * Grafana service-account tokens glsa_<32 alnum>_<8 hex>: I assume the
      suffix is CRC32 (hex, zero-padded) of "glsa_"+random; not verified.
    * Grafana Cloud glc_ tokens: base64 JSON {"o","n","k","m":{"r"}} as I
      remember it; the inner key length (32 alnum) is a guess.
    * Lightstep / ServiceNow Cloud Observability access tokens: I only know
      they are long base64-looking strings; 84 chars of base64 is a guess.
    * Coralogix "cxtp_" + 30 alnum Send-Your-Data keys and Checkly "cu_" + 32
      hex: prefixes from memory, lengths guessed.
    * Statuspage API keys (UUID-shaped), Papertrail API tokens (20 alnum),
      Better Stack source tokens (24 alnum), Healthchecks API keys (32 chars),
      PagerDuty REST tokens (20 chars, user tokens "u+..."), Logz.io tokens
      (32 letters), Netdata claim tokens (135 urlsafe chars), ntfy tokens
      ("tk_" + 29 lowercase alnum): lengths/alphabets from memory.
    * Honeycomb: ingest keys "hc?ik_" + 26-char id + 32-char secret (64 total,
      lowercase alnum); configuration keys 22 alnum; classic keys 32 hex.
    * New Relic license keys: 36 hex + "NRAL" (US) or "eu01xx" + 30 hex +
      "NRAL" (EU); user keys NRAK- + 27 upper alnum; insert keys NRII- + 32.
    * Microsoft Teams: both legacy Office 365 connector URLs
      (webhook.office.com/webhookb2/...) and Power Automate workflow URLs
      (logic.azure.com ... &sig=<43 urlsafe>) are produced; the "/V2..."
      suffix on connector URLs is from memory.
"""
import base64
import binascii
import collections
import json
import os
import random
import string
import sys
import zlib

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B62 = UP + LO + DG
UPD = UP + DG
LOD = LO + DG
B64URL = B62 + "-_"
B64 = B62 + "+/"
METEOR = "23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz"


# ----------------------------------------------------------------------------
# randomness helpers
# ----------------------------------------------------------------------------

def _has_run(s):
    """True if s holds 4 equal chars or a 4-long ascending/descending run."""
    low = s.lower()
    for i in range(len(low) - 3):
        a, b, c, d = low[i:i + 4]
        if a == b == c == d:
            return True
        if a.isalnum() and b.isalnum() and c.isalnum() and d.isalnum():
            oa, ob, oc, od = ord(a), ord(b), ord(c), ord(d)
            if ob - oa == oc - ob == od - oc and abs(ob - oa) == 1:
                return True
    return False


def rs(r, alpha, n, mixed=True):
    """Random string over alpha of length n; no runs, class-mixed if long."""
    while True:
        s = "".join(r.choice(alpha) for _ in range(n))
        if _has_run(s):
            continue
        if mixed and n >= 16:
            classes = [set(UP), set(LO), set(DG)]
            need = [c for c in classes if c & set(alpha)]
            if any(not (set(s) & c) for c in need):
                continue
        return s


def uuid4(r, upper=False):
    while True:
        h = list(rs(r, HEX, 32))
        h[12] = "4"
        h[16] = r.choice("89ab")
        u = "".join(h)
        u = "%s-%s-%s-%s-%s" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:])
        if not _has_run(u.replace("-", "")):
            return u.upper() if upper else u


def b62enc(n, width):
    out = ""
    while n:
        n, rem = divmod(n, 62)
        out = (DG + UP + LO)[rem] + out
    return out.rjust(width, "0")


def snowflake(r):
    # Discord snowflake: ms since 2015-01-01 << 22 | worker/process/increment
    ms = r.randint(1546300800000, 1735603200000) - 1420070400000
    return str((ms << 22) | r.getrandbits(22))


def b64(data, url=False, pad=True):
    s = (base64.urlsafe_b64encode(data) if url else base64.b64encode(data)).decode()
    return s if pad else s.rstrip("=")


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def rb64(r, nbytes, url=False, pad=True):
    while True:
        s = b64(rbytes(r, nbytes), url, pad)
        if not _has_run(s):
            return s


def digits(r, n, first="123456789"):
    while True:
        s = r.choice(first) + "".join(r.choice(DG) for _ in range(n - 1))
        if not _has_run(s):
            return s


# ----------------------------------------------------------------------------
# vocabulary for realistic surroundings
# ----------------------------------------------------------------------------

SERVICES = ["checkout-api", "payments", "ledger", "search-indexer", "auth-gateway",
            "billing-worker", "notifications", "inventory-sync", "edge-proxy",
            "media-transcoder", "orders", "catalog", "geo-router", "fraud-scorer",
            "session-store", "report-builder", "webhook-relay", "pricing"]
TEAMS = ["sre", "platform", "payments-oncall", "data-eng", "core-infra", "mobile",
         "observability", "dba", "netops", "growth"]
ENVS = ["prod", "staging", "eu-prod", "us-east-1", "qa", "prod-apac"]
DOMAINS = ["acme-corp.io", "northwind.dev", "globex.net", "initech.cloud",
           "umbrella-labs.com", "hooli.xyz", "vandelay.co", "tyrell-systems.eu",
           "wayne-ent.net", "cyberdyne.app", "soylent.org", "kestrel-pay.com"]
CHANNELS = ["#alerts-prod", "#ops-alerts", "#sre-pager", "#incidents", "#deploys",
            "#monitoring", "#oncall", "#alerts-staging", "#db-alerts", "#noc"]
PEOPLE = ["marta.kowalski", "j.okafor", "lena.fischer", "dev.patel", "sam.oduya",
          "r.nakamura", "ines.moreau", "tomas.novak", "aisha.rahman", "ben.carter"]
REGIONS = ["us-east-1", "eu-west-1", "eu-central-1", "ap-southeast-2", "us-west-2"]
METRICS = ["http_requests_total", "node_cpu_seconds_total", "container_memory_working_set_bytes",
           "up", "kube_pod_container_status_restarts_total", "pg_stat_activity_count",
           "http_request_duration_seconds_bucket", "node_filesystem_avail_bytes"]
ALERTS = ["HighErrorRate", "InstanceDown", "DiskWillFillIn4Hours", "PodCrashLooping",
          "HighLatencyP99", "CertificateExpiringSoon", "ReplicationLagHigh",
          "KafkaConsumerLag", "NodeMemoryPressure", "TargetMissing"]

# human-looking passwords (built from fragments, never "password123")
PW_WORDS = ["winter", "Marek", "falcon", "Bastion", "harbor", "Juniper", "copper",
            "Lisbon", "otter", "Kestrel", "meadow", "Sparrow", "ember", "Tundra",
            "Orion", "maple", "Zagreb", "pepper", "Rocket", "velvet", "Nimbus"]


def human_password(r):
    w1, w2 = r.sample(PW_WORDS, 2)
    yr = str(r.randint(1971, 2019))
    sym = r.choice("!.#$&*-_@%")
    pats = [
        lambda: w1.capitalize() + sym + yr + w2.lower(),
        lambda: w1.lower() + yr[2:] + sym + w2.capitalize(),
        lambda: leet(w1.capitalize()) + leet(w2.lower()) + sym + str(r.randint(2, 99)),
        lambda: w1.capitalize() + str(r.randint(10, 99)) + w2.capitalize() + sym,
        lambda: "%s%s%s%s" % (w1.lower(), sym, w2.lower(), r.randint(100, 999)),
        lambda: leet(w1.capitalize()) + sym + yr,
    ]
    while True:
        p = r.choice(pats)()
        if len(p) >= 9 and not _has_run(p):
            return p


def leet(w):
    return w.replace("o", "0").replace("e", "3").replace("a", "4").replace("i", "1")


def gen_password(r):
    # machine generated password (e.g. elasticsearch-reset-password, pwgen)
    return rs(r, B62 + "*_=+-", r.choice([16, 20, 24]))


# ----------------------------------------------------------------------------
# credential generators: each returns the secret string (needle == value
# unless the spec says otherwise)
# ----------------------------------------------------------------------------

def g_slack_hook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(r, UPD, r.choice([8, 10])), rs(r, UPD, r.choice([8, 10, 11])), rs(r, B62, 24))


def g_slack_workflow(r):
    if r.random() < 0.5:
        return "https://hooks.slack.com/triggers/T%s/%s/%s" % (
            rs(r, UPD, 10), digits(r, 13), rs(r, HEX, 32))
    return "https://hooks.slack.com/workflows/T%s/A%s/%s/%s" % (
        rs(r, UPD, 10), rs(r, UPD, 10), digits(r, 18, "34"), rs(r, B62, 24))


def g_slack_bot(r):
    return "xoxb-%s-%s-%s" % (digits(r, r.choice([11, 12, 13])), digits(r, 13), rs(r, B62, 24))


def g_slack_app(r):
    return "xapp-1-A%s-%s-%s" % (rs(r, UPD, 10), digits(r, 13), rs(r, HEX, 64))


def g_discord_hook(r):
    host = r.choice(["discord.com", "discord.com", "discordapp.com", "ptb.discord.com"])
    return "https://%s/api/webhooks/%s/%s" % (host, snowflake(r), rs(r, B64URL, 68))


def g_discord_bot(r):
    sid = snowflake(r)
    return "%s.%s.%s" % (b64(sid.encode(), pad=False), rs(r, B64URL, 6),
                         rs(r, B64URL, r.choice([27, 38])))


def g_teams_hook(r):
    tenant = r.choice(["contoso", "acmecorp", "northwind", "globexinc", "fabrikam", "initech"])
    u = "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (
        tenant, uuid4(r), uuid4(r), rs(r, HEX, 32), uuid4(r))
    if r.random() < 0.5:
        u += "/V2" + rs(r, B64URL, 43)
    return u


def g_power_automate(r):
    if r.random() < 0.6:
        host = "https://prod-%02d.%s.logic.azure.com:443" % (
            r.randint(0, 99), r.choice(["westus", "westeurope", "northeurope", "eastus2", "uksouth"]))
        path = "/workflows/%s/triggers/manual/paths/invoke?api-version=2016-06-01" % rs(r, HEX, 32)
    else:
        env = rs(r, HEX, 30) + "." + rs(r, HEX, 2)
        host = "https://%s.environment.api.powerplatform.com:443" % env.replace(".", "")
        path = ("/powerautomate/automations/direct/workflows/%s/triggers/manual/paths/invoke"
                "?api-version=1" % rs(r, HEX, 32))
    return host + path + "&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=" + rs(r, B64URL, 43)


GCHAT_KEY = "AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI"  # same for every Chat webhook


def g_gchat(r):
    return "https://chat.googleapis.com/v1/spaces/AAAA%s/messages?key=%s&token=%s" % (
        rs(r, B64URL, 7, mixed=False), GCHAT_KEY, rb64(r, 32, url=True, pad=False) + "%3D")


def g_mattermost(r):
    host = r.choice(["chat", "mattermost", "mm", "team"]) + "." + r.choice(DOMAINS)
    return "https://%s/hooks/%s" % (host, rs(r, LOD, 26))


def g_rocketchat(r):
    host = r.choice(["rocket", "chat", "rc"]) + "." + r.choice(DOMAINS)
    return "https://%s/hooks/%s/%s" % (host, rs(r, METEOR, 17), rs(r, METEOR, 48))


def g_dingtalk_hook(r):
    return "https://oapi.dingtalk.com/robot/send?access_token=" + rs(r, HEX, 64)


def g_dingtalk_sec(r):
    return "SEC" + rs(r, HEX, 64)


def g_feishu(r):
    host = r.choice(["open.feishu.cn", "open.feishu.cn", "open.larksuite.com"])
    return "https://%s/open-apis/bot/v2/hook/%s" % (host, uuid4(r))


def g_feishu_secret(r):
    return rs(r, B62, 22)


def g_wecom(r):
    return "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=" + uuid4(r)


def g_telegram(r):
    return "%s:AA%s" % (r.randint(500000000, 7999999999), rs(r, B64URL, 33))


def g_pd_routing(r):
    if r.random() < 0.15:
        return "R0" + rs(r, UPD, 30)
    return rs(r, HEX, 32)


def g_pd_api(r):
    if r.random() < 0.3:
        return "u+" + rs(r, B64URL, 18)
    return rs(r, B64URL + "+", 20)


def g_victorops_url(r):
    return "https://alert.victorops.com/integrations/generic/20131114/alert/%s/%s" % (
        uuid4(r), r.choice(TEAMS))


def g_dd_api(r):
    return rs(r, HEX, 32)


def g_dd_app(r):
    return rs(r, HEX, 40)


def g_nr_license(r):
    if r.random() < 0.3:
        return "eu01xx" + rs(r, HEX, 30) + "NRAL"
    return rs(r, HEX, 36) + "NRAL"


def g_nr_user(r):
    return "NRAK-" + rs(r, UPD, 27)


def g_nr_insert(r):
    return "NRII-" + rs(r, B64URL, 32)


def g_sentry_legacy_dsn(r):
    host = r.choice(["sentry.io", "o%s.ingest.sentry.io" % digits(r, 6),
                     "sentry.%s" % r.choice(DOMAINS)])
    return "https://%s:%s@%s/%s" % (rs(r, HEX, 32), rs(r, HEX, 32), host, digits(r, r.choice([2, 7])))


def g_sntrys(r):
    while True:
        org = r.choice(["acme", "northwind", "globex-inc", "initech", "hooli", "vandelay",
                        "kestrel-pay", "tyrell", "wayne-ent", "umbrella-labs"])
        iat = "%d.%06d" % (r.randint(1690000000, 1735000000), r.randint(0, 999999))
        region = r.choice(["us", "de"])
        payload = json.dumps({"iat": float(iat), "url": "https://sentry.io",
                              "region_url": "https://%s.sentry.io" % region, "org": org},
                             separators=(",", ":")).encode()
        if len(payload) % 3 == 0:
            break
    return "sntrys_" + b64(payload) + "_" + rb64(r, 32, url=True, pad=False)


def g_sntryu(r):
    return "sntryu_" + rs(r, HEX, 64)


def g_sentry_legacy_token(r):
    return rs(r, HEX, 64)


def g_honeycomb(r):
    x = r.random()
    if x < 0.5:
        return "hc" + r.choice("abcx") + "ik_01" + rs(r, LOD, 24) + rs(r, LOD, 32)
    if x < 0.8:
        return rs(r, B62, 22)
    return rs(r, HEX, 32)


def g_glc(r):
    stack = r.choice(["acme", "northwind", "globex", "initech", "hooli", "kestrel"])
    payload = {"o": digits(r, 6), "n": "stack-%s-%s-%s" % (digits(r, 6), r.choice(
        ["hm-write", "integration", "alloy", "otlp", "logs-write"]), r.choice([stack, "token", "agent"])),
        "k": rs(r, B62, 32), "m": {"r": r.choice(["prod-us-east-0", "prod-eu-west-2", "prod-ap-southeast-1",
                                                    "prod-us-central-0"])}}
    return "glc_" + b64(json.dumps(payload, separators=(",", ":")).encode())


def g_glsa(r):
    sec = rs(r, B62, 32)
    return "glsa_%s_%08x" % (sec, zlib.crc32(("glsa_" + sec).encode()) & 0xffffffff)


def g_elastic_api(r):
    return b64((rs(r, B64URL, 20) + ":" + rs(r, B64URL, 22)).encode())


def g_logzio(r):
    return rs(r, UP + LO, 32, mixed=False)


def g_splunk_hec(r):
    return uuid4(r, upper=r.random() < 0.6)


def g_sumo(r):
    region = r.choice(["", "us2.", "eu.", "au.", "de.", "ca.", "jp."])
    return "https://endpoint%d.collection.%ssumologic.com/receiver/v1/http/%s" % (
        r.randint(1, 6), region, rb64(r, 80).rstrip("="))


def g_dynatrace(r):
    return "dt0c01.%s.%s" % (rs(r, UPD, 24), rs(r, UPD, 64))


def g_lightstep(r):
    return rb64(r, 63)


def g_axiom(r):
    return r.choice(["xaat-", "xaat-", "xapt-"]) + uuid4(r)


def g_betterstack(r):
    return rs(r, B62, 24)


def g_papertrail(r):
    return rs(r, B62, 20)


def g_coralogix(r):
    if r.random() < 0.5:
        return "cxtp_" + rs(r, B62, 30)
    return uuid4(r)


def g_statuspage(r):
    return uuid4(r)


def g_checkly(r):
    return "cu_" + rs(r, HEX, 32)


def g_uptimerobot(r):
    x = r.random()
    if x < 0.5:
        return "u%s-%s" % (digits(r, 7), rs(r, HEX, 24))
    if x < 0.8:
        return "m%s-%s" % (digits(r, 9), rs(r, HEX, 24))
    return "ur%s-%s" % (digits(r, 7), rs(r, HEX, 24))


def g_hc_ping(r):
    host = r.choice(["https://hc-ping.com", "https://hc-ping.com", "https://hchk.io",
                     "https://healthchecks.%s/ping" % r.choice(DOMAINS)])
    return "%s/%s" % (host, uuid4(r))


def g_hc_api(r):
    return rs(r, B64URL, 32)


def g_zabbix(r):
    return rs(r, HEX, 64)


def g_icinga_pw(r):
    return rs(r, HEX, 16) if r.random() < 0.4 else human_password(r)


def g_ncpa(r):
    return rs(r, B62, r.choice([20, 24]))


def g_netdata(r):
    return rs(r, B64URL, 135)


def g_twilio_auth(r):
    return rs(r, HEX, 32)


def g_twilio_keysecret(r):
    return rs(r, B62, 32)


def g_vonage_secret(r):
    return rs(r, B62, 16)


def g_sendgrid(r):
    return "SG.%s.%s" % (rs(r, B64URL, 22), rs(r, B64URL, 43))


def g_mailgun(r):
    if r.random() < 0.5:
        return "key-" + rs(r, HEX, 32)
    return "%s-%s-%s" % (rs(r, HEX, 32), rs(r, HEX, 8), rs(r, HEX, 8))


def g_gmail_app(r):
    return " ".join(rs(r, LO, 4, mixed=False) for _ in range(4))


def g_pushover(r):
    return rs(r, LOD, 30)


def g_ntfy(r):
    return "tk_" + rs(r, LOD, 29)


def g_random_token(r):
    return rs(r, B64URL, r.choice([32, 40, 48]))


def g_opsgenie(r):
    return uuid4(r)


def g_hec_or_pw(r):
    return gen_password(r) if r.random() < 0.5 else human_password(r)


# ----------------------------------------------------------------------------
# specs: provider, kind, generator, provider-named variable names, how the
# credential is used (drives which templates can host it)
# ----------------------------------------------------------------------------

G_URL = ["webhook_url", "notify_url", "alert_hook", "hook_url", "chat_webhook",
         "notification_endpoint", "incoming_url", "target_url", "ops_hook"]
G_TOK = ["api_key", "token", "auth_token", "ingest_key", "access_token", "auth",
         "key", "write_key", "secret_token", "bearer"]
G_PW = ["password", "pass", "passwd", "secret", "auth_pass", "login_password"]


class Spec:
    def __init__(self, provider, kind, gen, pnames, gnames=None, weak=False, **use):
        self.provider = provider
        self.kind = kind
        self.gen = gen
        self.pnames = pnames
        self.gnames = gnames if gnames is not None else G_TOK
        self.weak = weak          # no distinctive shape: keep provider context
        self.use = use

    @property
    def key(self):
        return self.provider + "/" + self.kind


SPECS = [
    # --- ChatOps webhooks --------------------------------------------------
    Spec("slack", "incoming-webhook", g_slack_hook,
         ["slack_webhook_url", "slack_webhook", "slack_hook_url", "slack_alerts_webhook"], G_URL,
         url=True, am=("slack_configs", "api_url"), gf=("slack", "url"), chat="slack"),
    Spec("slack", "workflow-webhook", g_slack_workflow,
         ["slack_workflow_url", "slack_workflow_webhook", "slack_trigger_url"], G_URL,
         url=True, gf=("webhook", "url"), chat="slackwf"),
    Spec("slack", "bot-token", g_slack_bot,
         ["slack_bot_token", "slack_token", "slack_api_token"], G_TOK,
         hdr=("Authorization", "Bearer "), api="https://slack.com/api/chat.postMessage",
         gf=("slack", "token"), tf=("slack", "token"), chat="slackbot"),
    Spec("slack", "app-token", g_slack_app,
         ["slack_app_token", "slack_socket_token"], G_TOK, chat="slackapp"),
    Spec("slack", "signing-secret", lambda r: rs(r, HEX, 32),
         ["slack_signing_secret"], [], weak=True),
    Spec("discord", "webhook", g_discord_hook,
         ["discord_webhook_url", "discord_webhook", "discord_alerts_hook"], G_URL,
         url=True, am=("discord_configs", "webhook_url"), gf=("discord", "url"), chat="discord"),
    Spec("discord", "bot-token", g_discord_bot,
         ["discord_bot_token", "discord_token"], G_TOK,
         hdr=("Authorization", "Bot "), api="https://discord.com/api/v10/channels/%s/messages"),
    Spec("msteams", "incoming-webhook", g_teams_hook,
         ["teams_webhook_url", "msteams_webhook", "ms_teams_hook"], G_URL,
         url=True, am=("msteams_configs", "webhook_url"), gf=("teams", "url"), chat="teams"),
    Spec("powerautomate", "workflow-webhook", g_power_automate,
         ["teams_workflow_url", "power_automate_url", "teams_webhook_url", "msteams_flow_url"], G_URL,
         url=True, am=("msteams_configs", "webhook_url"), gf=("teams", "url"), chat="teams"),
    Spec("googlechat", "webhook", g_gchat,
         ["google_chat_webhook", "gchat_webhook_url", "hangouts_chat_url"], G_URL,
         url=True, gf=("googlechat", "url"), chat="gchat"),
    Spec("mattermost", "incoming-webhook", g_mattermost,
         ["mattermost_webhook_url", "mattermost_hook", "mm_webhook"], G_URL,
         url=True, am=("slack_configs", "api_url"), gf=("slack", "url"), chat="slack"),
    Spec("rocketchat", "incoming-webhook", g_rocketchat,
         ["rocketchat_webhook_url", "rocket_hook_url", "rc_webhook"], G_URL,
         url=True, am=("webhook_configs", "url"), gf=("webhook", "url"), chat="rocket"),
    Spec("dingtalk", "robot-webhook", g_dingtalk_hook,
         ["dingtalk_webhook", "dingtalk_robot_url", "dingding_url"], G_URL,
         url=True, gf=("dingding", "url"), chat="dingtalk"),
    Spec("dingtalk", "sign-secret", g_dingtalk_sec,
         ["dingtalk_secret", "dingtalk_sign_secret", "dingding_secret"], ["secret", "sign_secret", "signing_key"],
         chat="dingsec"),
    Spec("feishu", "bot-webhook", g_feishu,
         ["feishu_webhook", "lark_webhook_url", "feishu_bot_url"], G_URL,
         url=True, gf=("webhook", "url"), chat="feishu"),
    Spec("feishu", "sign-secret", g_feishu_secret,
         ["feishu_secret", "lark_sign_secret", "feishu_bot_secret"], [], weak=True, chat="feishusec"),
    Spec("wecom", "bot-webhook", g_wecom,
         ["wecom_webhook", "wechat_work_webhook", "qywx_webhook_url"], G_URL,
         url=True, am=("wechat_configs", "api_url"), gf=("wecom", "url"), chat="wecom"),
    Spec("telegram", "bot-token", g_telegram,
         ["telegram_bot_token", "tg_bot_token", "telegram_token"], G_TOK,
         am=("telegram_configs", "bot_token"), gf=("telegram", "bottoken"), chat="telegram"),
    # --- incident response -------------------------------------------------
    Spec("pagerduty", "routing-key", g_pd_routing,
         ["pagerduty_routing_key", "pagerduty_integration_key", "pd_routing_key", "pagerduty_service_key"],
         ["routing_key", "integration_key", "service_key", "events_key"], weak=True,
         am=("pagerduty_configs", "routing_key"), gf=("pagerduty", "integrationKey"), chat="pd"),
    Spec("pagerduty", "rest-api-token", g_pd_api,
         ["pagerduty_token", "pagerduty_api_token", "pd_api_key"], G_TOK, weak=True,
         hdr=("Authorization", "Token token="), api="https://api.pagerduty.com/incidents",
         tf=("pagerduty", "token")),
    Spec("opsgenie", "api-key", g_opsgenie,
         ["opsgenie_api_key", "opsgenie_key", "og_api_key", "genie_key"], ["api_key", "apiKey"], weak=True,
         am=("opsgenie_configs", "api_key"), gf=("opsgenie", "apiKey"),
         hdr=("Authorization", "GenieKey "), api="https://api.opsgenie.com/v2/alerts",
         tf=("opsgenie", "api_key")),
    Spec("victorops", "rest-endpoint", g_victorops_url,
         ["victorops_url", "splunk_oncall_url", "victorops_rest_endpoint"], G_URL,
         url=True, gf=("victorops", "url")),
    Spec("victorops", "api-key", g_opsgenie,
         ["victorops_api_key", "splunk_oncall_api_key", "vo_api_key"], ["api_key"], weak=True,
         am=("victorops_configs", "api_key")),
    # --- APM / metrics -----------------------------------------------------
    Spec("datadog", "api-key", g_dd_api,
         ["dd_api_key", "datadog_api_key", "datadog_key"], ["api_key", "apiKey", "key"], weak=True,
         hdr=("DD-API-KEY", ""), api="https://api.datadoghq.com/api/v1/validate",
         tf=("datadog", "api_key"), otel=("datadog", "api_key"), ship="datadog"),
    Spec("datadog", "app-key", g_dd_app,
         ["dd_app_key", "datadog_app_key", "datadog_application_key"], ["app_key", "appKey", "application_key"],
         weak=True, hdr=("DD-APPLICATION-KEY", ""), api="https://api.datadoghq.com/api/v1/monitor",
         tf=("datadog", "app_key")),
    Spec("newrelic", "license-key", g_nr_license,
         ["new_relic_license_key", "newrelic_license_key", "nr_license_key", "nria_license_key"], G_TOK,
         hdr=("Api-Key", ""), api="https://log-api.newrelic.com/log/v1",
         otel=("otlphttp/newrelic", "api-key"), ship="newrelic"),
    Spec("newrelic", "user-key", g_nr_user,
         ["new_relic_api_key", "newrelic_user_key", "nr_user_key", "new_relic_user_api_key"], G_TOK,
         hdr=("API-Key", ""), api="https://api.newrelic.com/graphql", tf=("newrelic", "api_key")),
    Spec("newrelic", "insert-key", g_nr_insert,
         ["new_relic_insert_key", "newrelic_insert_key", "nr_insert_key"], G_TOK,
         hdr=("X-Insert-Key", ""), api="https://insights-collector.newrelic.com/v1/accounts/%s/events"),
    Spec("sentry", "dsn-with-secret", g_sentry_legacy_dsn,
         ["sentry_dsn", "raven_dsn", "sentry_server_dsn"], ["dsn", "error_dsn", "reporting_dsn"],
         sentry="dsn"),
    Spec("sentry", "org-auth-token", g_sntrys,
         ["sentry_auth_token", "sentry_org_token"], G_TOK,
         hdr=("Authorization", "Bearer "), api="https://sentry.io/api/0/organizations/%s/releases/",
         tf=("sentry", "token"), sentry="token"),
    Spec("sentry", "user-auth-token", g_sntryu,
         ["sentry_auth_token", "sentry_user_token", "sentry_token"], G_TOK,
         hdr=("Authorization", "Bearer "), api="https://sentry.io/api/0/projects/", tf=("sentry", "token"),
         sentry="token"),
    Spec("sentry", "legacy-auth-token", g_sentry_legacy_token,
         ["sentry_auth_token", "sentry_api_token"], [], weak=True, tf=("sentry", "token"), sentry="token"),
    Spec("honeycomb", "api-key", g_honeycomb,
         ["honeycomb_api_key", "honeycomb_writekey", "hny_api_key", "honeycomb_key"], G_TOK, weak=True,
         hdr=("X-Honeycomb-Team", ""), api="https://api.honeycomb.io/1/events/%s",
         otel=("otlp/honeycomb", "x-honeycomb-team"), tf=("honeycombio", "api_key"), ship="honeycomb"),
    Spec("grafana", "cloud-token", g_glc,
         ["grafana_cloud_token", "grafana_cloud_api_key", "gcloud_rw_api_key", "grafana_cloud_access_policy_token"],
         G_TOK + ["password", "rw_password"],
         prom="basic", tf=("grafana", "cloud_access_policy_token"), ship="loki"),
    Spec("grafana", "service-account-token", g_glsa,
         ["grafana_sa_token", "grafana_service_account_token", "grafana_api_key", "grafana_auth"], G_TOK,
         hdr=("Authorization", "Bearer "), api="https://grafana.%s/api/annotations", tf=("grafana", "auth")),
    Spec("grafana", "admin-password", human_password,
         ["gf_security_admin_password", "grafana_admin_password", "grafana_password"], G_PW, pw="grafana"),
    Spec("prometheus", "remote-write-password", g_random_token,
         ["prometheus_remote_write_password", "remote_write_password", "mimir_password", "cortex_password"],
         G_PW, prom="basic", weak=True),
    Spec("prometheus", "bearer-token", g_random_token,
         ["prometheus_bearer_token", "remote_write_token", "thanos_receive_token", "victoriametrics_token"],
         G_TOK, prom="bearer", weak=True),
    Spec("loki", "basic-auth-password", g_hec_or_pw,
         ["loki_password", "loki_basic_auth_password", "promtail_password"], G_PW, ship="loki", weak=True),
    Spec("smtp", "password", human_password,
         ["smtp_password", "smtp_auth_password", "mail_password", "gf_smtp_password"], G_PW,
         smtp=True, pw="smtp"),
    Spec("gmail", "app-password", g_gmail_app,
         ["smtp_password", "gmail_app_password", "smtp_auth_password"], G_PW, smtp=True, weak=True),
    Spec("sendgrid", "api-key", g_sendgrid,
         ["sendgrid_api_key", "smtp_password", "sendgrid_key"], G_TOK + G_PW, smtp=True,
         hdr=("Authorization", "Bearer "), api="https://api.sendgrid.com/v3/mail/send"),
    Spec("mailgun", "api-key", g_mailgun,
         ["mailgun_api_key", "mailgun_key", "mg_api_key"], G_TOK, smtp=True),
    # --- logs --------------------------------------------------------------
    Spec("elastic", "api-key", g_elastic_api,
         ["elastic_api_key", "es_api_key", "elasticsearch_api_key"], G_TOK,
         hdr=("Authorization", "ApiKey "), api="https://%s.es.us-central1.gcp.cloud.es.io/_bulk", ship="elasticapi"),
    Spec("elastic", "password", g_hec_or_pw,
         ["elastic_password", "elasticsearch_password", "es_password", "kibana_password"], G_PW,
         ship="elastic", pw="elastic", weak=True),
    Spec("opensearch", "password", g_hec_or_pw,
         ["opensearch_password", "os_password", "opensearch_admin_password"], G_PW, ship="elastic", weak=True),
    Spec("logzio", "shipping-token", g_logzio,
         ["logzio_token", "logzio_shipping_token", "logz_token"], G_TOK, weak=True, ship="logzio"),
    Spec("splunk", "hec-token", g_splunk_hec,
         ["splunk_hec_token", "splunk_token", "hec_token"], ["hec_token", "token"], weak=True,
         hdr=("Authorization", "Splunk "), api="https://http-inputs-%s.splunkcloud.com:443/services/collector/event",
         ship="splunk", otel=("splunk_hec", "token")),
    Spec("sumologic", "http-source-url", g_sumo,
         ["sumo_http_url", "sumologic_collector_url", "sumo_endpoint"], G_URL, url=True, ship="sumo"),
    Spec("dynatrace", "api-token", g_dynatrace,
         ["dt_api_token", "dynatrace_api_token", "dynatrace_token", "dt_ingest_token"], G_TOK,
         hdr=("Authorization", "Api-Token "), api="https://%s.live.dynatrace.com/api/v2/metrics/ingest",
         otel=("otlphttp/dynatrace", "Authorization"), tf=("dynatrace", "dt_api_token")),
    Spec("lightstep", "access-token", g_lightstep,
         ["lightstep_access_token", "ls_access_token", "lightstep_token"], G_TOK, weak=True,
         otel=("otlp/lightstep", "lightstep-access-token")),
    Spec("axiom", "api-token", g_axiom,
         ["axiom_token", "axiom_api_token"], G_TOK,
         hdr=("Authorization", "Bearer "), api="https://api.axiom.co/v1/datasets/%s/ingest",
         otel=("otlphttp/axiom", "authorization"), ship="axiom", tf=("axiom", "api_token")),
    Spec("betterstack", "source-token", g_betterstack,
         ["logtail_source_token", "betterstack_source_token", "logtail_token"], G_TOK, weak=True,
         hdr=("Authorization", "Bearer "), api="https://in.logs.betterstack.com", ship="betterstack"),
    Spec("papertrail", "api-token", g_papertrail,
         ["papertrail_api_token", "papertrail_token"], G_TOK, weak=True,
         hdr=("X-Papertrail-Token", ""), api="https://papertrailapp.com/api/v1/events/search.json"),
    Spec("coralogix", "private-key", g_coralogix,
         ["coralogix_private_key", "coralogix_api_key", "cx_private_key", "cx_token"], G_TOK, weak=True,
         hdr=("Authorization", "Bearer "), api="https://ingress.eu2.coralogix.com/logs/v1/singles",
         otel=("coralogix", "private_key"), ship="coralogix"),
    # --- uptime / status ---------------------------------------------------
    Spec("statuspage", "api-key", g_statuspage,
         ["statuspage_api_key", "statuspage_token"], ["api_key"], weak=True,
         hdr=("Authorization", "OAuth "), api="https://api.statuspage.io/v1/pages/%s/incidents",
         tf=("statuspage", "api_key")),
    Spec("checkly", "api-key", g_checkly,
         ["checkly_api_key", "checkly_token"], G_TOK,
         hdr=("Authorization", "Bearer "), api="https://api.checklyhq.com/v1/checks", tf=("checkly", "api_key")),
    Spec("uptimerobot", "api-key", g_uptimerobot,
         ["uptimerobot_api_key", "uptime_robot_key", "ur_api_key"], G_TOK, tf=("uptimerobot", "api_key")),
    Spec("healthchecks", "ping-url", g_hc_ping,
         ["healthchecks_ping_url", "hc_ping_url", "healthcheck_url"], G_URL + ["ping_url", "heartbeat_url"],
         url=True, ping=True),
    Spec("healthchecks", "api-key", g_hc_api,
         ["healthchecks_api_key", "hc_api_key"], G_TOK, weak=True,
         hdr=("X-Api-Key", ""), api="https://healthchecks.io/api/v3/checks/"),
    # --- classic monitoring ------------------------------------------------
    Spec("zabbix", "api-token", g_zabbix,
         ["zabbix_api_token", "zabbix_token", "zbx_token"], G_TOK, weak=True, zbx=True),
    Spec("icinga", "api-password", g_icinga_pw,
         ["icinga_api_password", "icinga2_api_password", "icinga_password"], G_PW, weak=True, icinga=True),
    Spec("nagios", "ncpa-token", g_ncpa,
         ["ncpa_token", "nagios_ncpa_token", "ncpa_community_string"], ["token", "community_string"],
         weak=True, nagios=True),
    Spec("netdata", "claim-token", g_netdata,
         ["netdata_claim_token", "nd_claim_token"], ["claim_token", "token"], netdata=True),
    # --- notifiers ---------------------------------------------------------
    Spec("twilio", "auth-token", g_twilio_auth,
         ["twilio_auth_token", "twilio_token"], [], weak=True, twilio="auth"),
    Spec("twilio", "api-key-secret", g_twilio_keysecret,
         ["twilio_api_secret", "twilio_api_key_secret"], [], weak=True, twilio="key"),
    Spec("vonage", "api-secret", g_vonage_secret,
         ["vonage_api_secret", "nexmo_api_secret", "nexmo_secret"], [], weak=True, vonage=True),
    Spec("pushover", "app-token", g_pushover,
         ["pushover_token", "pushover_app_token", "pushover_api_token"], G_TOK, weak=True,
         am=("pushover_configs", "token"), gf=("pushover", "apiToken")),
    Spec("ntfy", "access-token", g_ntfy,
         ["ntfy_token", "ntfy_access_token"], G_TOK,
         hdr=("Authorization", "Bearer "), api="https://ntfy.%s/alerts"),
]
SPEC_BY_KEY = {s.key: s for s in SPECS}


# ----------------------------------------------------------------------------
# slot rendering: positives write the literal; negatives write a reference,
# placeholder, masked value or ciphertext in exactly the same place
# ----------------------------------------------------------------------------

def camel(n):
    p = n.split("_")
    return p[0] + "".join(x.capitalize() for x in p[1:])


def kebab(n):
    return n.replace("_", "-")


def ref_expr(r, syn, env, q):
    """Reference to a secret held elsewhere, in the file type's own syntax."""
    low = env.lower()
    opts = {
        "yaml": ['"${%s}"' % env, "${%s}" % env, '"${%s:?unset}"' % env],
        "compose": ["${%s}" % env, '"${%s:?err}"' % env, "${%s:-}" % env],
        "otel": ["${env:%s}" % env, '"${env:%s}"' % env],
        "helm": ['"{{ .Values.secrets.%s }}"' % camel(low), '{{ required "missing" .Values.%s | quote }}' % camel(low)],
        "gha": ["${{ secrets.%s }}" % env],
        "gitlab": ["$%s" % env, '"${%s}"' % env],
        "shell": ['"$%s"' % env, '"${%s:?%s is not set}"' % (env, env),
                  '"$(vault kv get -field=value secret/monitoring/%s)"' % kebab(low),
                  '"$(cat /run/secrets/%s)"' % low],
        "hcl": ["var.%s" % low, 'data.vault_generic_secret.monitoring.data["%s"]' % low,
                "data.aws_ssm_parameter.%s.value" % low, "sensitive(var.%s)" % low],
        "river": ['env("%s")' % env, 'remote.kubernetes.secret.credentials.data["%s"]' % low,
                  "local.file.%s.content" % low],
        "python": ['os.environ["%s"]' % env, 'os.getenv("%s")' % env, 'os.environ.get("%s", "")' % env],
        "js": ["process.env.%s" % env, "process.env['%s']" % env, "process.env.%s ?? ''" % env],
        "go": ['os.Getenv("%s")' % env],
        "ruby": ['ENV["%s"]' % env, "ENV.fetch('%s')" % env, "Rails.application.credentials.dig(:sentry, :dsn)"],
        "grafana_ini": ["$__env{%s}" % env, "$__file{/etc/grafana/secrets/%s}" % low],
        "grafana_prov": ["$%s" % env, "${%s}" % env, "$__file{/run/secrets/%s}" % low],
        "fluentbit": ["${%s}" % env],
        "fluentd": ['"#{ENV[\'%s\']}"' % env],
        "logstash": ['"${%s}"' % env],
        "toml": ['"${%s}"' % env],
        "ansible": ['"{{ vault_%s }}"' % low, "\"{{ lookup('env', '%s') }}\"" % env,
                    "\"{{ lookup('community.hashi_vault.hashi_vault', 'secret/data/monitoring:%s') }}\"" % low],
        "jenkins": ["credentials('%s')" % kebab(low)],
        "properties": ["${%s}" % env],
        "alertmanager": ['"${%s}"' % env],
        "markdown": ["$%s" % env, "${%s}" % env],
    }
    if syn not in opts:
        return None
    return r.choice(opts[syn])


def placeholder(r, spec):
    k = spec.key
    url_ph = {
        "slack/incoming-webhook": ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
                                   "https://hooks.slack.com/services/<team-id>/<channel-id>/<token>",
                                   "https://hooks.slack.com/services/YOUR/SLACK/WEBHOOK"],
        "slack/workflow-webhook": ["https://hooks.slack.com/triggers/<TEAM_ID>/<TRIGGER_ID>/<SECRET>",
                                   "https://hooks.slack.com/workflows/XXXXXXX/XXXXXXX/XXXXXXX/XXXXXXX"],
        "discord/webhook": ["https://discord.com/api/webhooks/<webhook_id>/<webhook_token>",
                            "https://discord.com/api/webhooks/{id}/{token}",
                            "https://discordapp.com/api/webhooks/000000000000000000/REPLACE_ME"],
        "msteams/incoming-webhook": ["https://<tenant>.webhook.office.com/webhookb2/<group>@<tenant-id>/IncomingWebhook/<id>/<owner>",
                                     "https://outlook.office.com/webhook/REPLACE-WITH-YOUR-CONNECTOR-URL"],
        "powerautomate/workflow-webhook": ["https://prod-00.westus.logic.azure.com:443/workflows/<workflow-id>/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=<signature>"],
        "googlechat/webhook": ["https://chat.googleapis.com/v1/spaces/SPACE_ID/messages?key=KEY&token=TOKEN",
                               "https://chat.googleapis.com/v1/spaces/<space>/messages?key=<key>&token=<token>"],
        "mattermost/incoming-webhook": ["https://mattermost.example.com/hooks/xxx-generatedkey-xxx",
                                        "https://your-mattermost-server.com/hooks/<hook-id>"],
        "rocketchat/incoming-webhook": ["https://rocket.example.com/hooks/<integration-id>/<token>"],
        "dingtalk/robot-webhook": ["https://oapi.dingtalk.com/robot/send?access_token=<ACCESS_TOKEN>",
                                   "https://oapi.dingtalk.com/robot/send?access_token=XXXXXX"],
        "feishu/bot-webhook": ["https://open.feishu.cn/open-apis/bot/v2/hook/xxxxxxxxxxxxxxxxx",
                               "https://open.feishu.cn/open-apis/bot/v2/hook/<your-hook-id>"],
        "wecom/bot-webhook": ["https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=YOUR_KEY",
                              "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=<robot-key>"],
        "victorops/rest-endpoint": ["https://alert.victorops.com/integrations/generic/20131114/alert/<api-key>/<routing-key>",
                                    "https://alert.victorops.com/integrations/generic/20131114/alert/$API_KEY/$ROUTING_KEY"],
        "sumologic/http-source-url": ["https://endpoint1.collection.sumologic.com/receiver/v1/http/<UNIQUE_HTTP_COLLECTOR_CODE>",
                                      "https://collectors.sumologic.com/receiver/v1/http/XXXXXXXXXX"],
        "healthchecks/ping-url": ["https://hc-ping.com/your-uuid-here", "https://hc-ping.com/<uuid>",
                                  "https://hc-ping.com/00000000-0000-0000-0000-000000000000"],
        "sentry/dsn-with-secret": ["https://<key>:<secret>@sentry.io/<project>",
                                   "https://public:secret@sentry.example.com/1"],
    }
    tok_ph = {
        "slack/bot-token": ["xoxb-your-bot-token", "xoxb-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX", "xoxb-..."],
        "slack/app-token": ["xapp-1-...", "xapp-your-app-level-token"],
        "discord/bot-token": ["YOUR_BOT_TOKEN_HERE", "<discord-bot-token>"],
        "telegram/bot-token": ["123456789:ABCdefGhIJKlmNoPQRsTUVwxyZ", "<BOT_ID>:<BOT_TOKEN>", "YOUR_TELEGRAM_BOT_TOKEN"],
        "newrelic/license-key": ["<YOUR_LICENSE_KEY>", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxNRAL", "YOUR_LICENSE_KEY"],
        "newrelic/user-key": ["NRAK-XXXXXXXXXXXXXXXXXXXXXXXXXXX", "NRAK-..."],
        "newrelic/insert-key": ["NRII-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<INSERT_KEY>"],
        "sentry/org-auth-token": ["sntrys_YOUR_TOKEN_HERE", "sntrys_..."],
        "sentry/user-auth-token": ["sntryu_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<sentry-user-token>"],
        "grafana/cloud-token": ["glc_...", "<GRAFANA_CLOUD_ACCESS_POLICY_TOKEN>", "glc_xxxxxxxxxxxxxxxxxxxx"],
        "grafana/service-account-token": ["glsa_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX_XXXXXXXX", "<service-account-token>"],
        "dynatrace/api-token": ["dt0c01.XXXXXXXXXXXXXXXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
                                "dt0c01.<public>.<secret>"],
        "axiom/api-token": ["xaat-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", "xaat-your-token"],
        "checkly/api-key": ["cu_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<CHECKLY_API_KEY>"],
        "uptimerobot/api-key": ["u0000000-xxxxxxxxxxxxxxxxxxxxxxxx", "ur123456-your-read-only-key"],
        "sendgrid/api-key": ["SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "SG.<your-api-key>"],
        "mailgun/api-key": ["key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<mailgun-api-key>"],
        "dingtalk/sign-secret": ["SECxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "SEC<your-secret>"],
        "opsgenie/api-key": ["00000000-0000-0000-0000-000000000000", "<opsgenie-api-key>", "YOUR_OPSGENIE_KEY"],
        "splunk/hec-token": ["00000000-0000-0000-0000-000000000000", "<hec-token>", "YOUR-HEC-TOKEN"],
        "datadog/api-key": ["<DATADOG_API_KEY>", "YOUR_DD_API_KEY", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
        "datadog/app-key": ["<DATADOG_APP_KEY>", "YOUR_DD_APP_KEY"],
        "pagerduty/routing-key": ["<integration-key>", "YOUR_PAGERDUTY_ROUTING_KEY", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
        "netdata/claim-token": ["<CLAIM_TOKEN>", "YOUR_CLAIM_TOKEN"],
        "ntfy/access-token": ["tk_<token>", "tk_..."],
    }
    gen_tok = ["<your-api-key>", "YOUR_API_KEY", "REPLACE_ME", "changeme", "<token>", "TODO",
               "CHANGE_ME", "<redacted>", "xxxxxxxx", "your-token-here", "<insert token>"]
    gen_pw = ["changeme", "admin", "<password>", "CHANGE_ME", "secret", "REPLACE_WITH_REAL_PASSWORD",
              "<set-in-vault>", "prom-operator"]
    if k in url_ph:
        return r.choice(url_ph[k] + ["<your-webhook-url>", "REPLACE_ME"])
    if k in tok_ph:
        return r.choice(tok_ph[k] + gen_tok[:4])
    if spec.use.get("pw") or spec.use.get("smtp") or k.endswith("password"):
        return r.choice(gen_pw)
    if k == "telegram/bot-token":
        return r.choice(gen_tok)
    return r.choice(gen_tok)


def redact(r, spec, fresh):
    """Masked / truncated rendering of a (freshly generated) look-alike."""
    x = r.random()
    if x < 0.2:
        return r.choice(["<secret>", "********", "[REDACTED]", "<secret>", "***", "[FILTERED]"])
    if spec.use.get("url"):
        # keep scheme/host/ids, mask the secret tail
        cut = max(fresh.rfind("/"), fresh.rfind("="))
        tail = fresh[cut + 1:]
        keep = r.choice([0, 4])
        mask = r.choice(["****", "********", "…", "<redacted>", "REDACTED"])
        return fresh[:cut + 1] + tail[:keep] + mask
    n = len(fresh)
    pre = 0
    for p in ("sntrys_", "sntryu_", "glc_", "glsa_", "NRAK-", "NRII-", "xoxb-", "xapp-", "dt0c01.", "xaat-",
              "xapt-", "SG.", "key-", "cu_", "SEC", "hcaik_", "tk_", "cxtp_"):
        if fresh.startswith(p):
            pre = len(p)
    style = r.random()
    if style < 0.4:
        return fresh[:pre] + "****" + fresh[-4:]
    if style < 0.7:
        return fresh[:pre + 4] + "…" + fresh[-3:]
    return fresh[:pre] + "*" * min(24, n - pre)


def sops_value(r, plain_len):
    data = rb64(r, max(8, plain_len * 3 // 4))
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (data, rb64(r, 32), rb64(r, 16))


class Slot:
    """What goes into the credential slot of a template."""

    def __init__(self, r, spec, label, secret=None, decoy=None, name=None):
        self.r = r
        self.spec = spec
        self.label = label
        self.secret = secret
        self.decoy = decoy            # None | ref | placeholder | redacted | sops
        self.name = name or spec.pnames[0]
        self.env = self.name.upper()
        self.used = None
        self.needle_override = None
        if label == "neg":
            fresh = spec.gen(r)
            self.ph = placeholder(r, spec)
            self.masked = redact(r, spec, fresh)
            self.sops = sops_value(r, len(fresh))

    # the literal that a non-reference slot holds
    def literal(self):
        if self.label == "pos":
            return self.secret
        if self.decoy == "redacted":
            return self.masked
        if self.decoy == "sops":
            return self.sops
        return self.ph

    def v(self, syn, q='"'):
        if self.label == "neg" and self.decoy == "ref":
            e = ref_expr(self.r, syn, self.env, q)
            if e is not None:
                self.used = "ref"
                return e
            self.used = "placeholder"
        lit = self.literal()
        if q == '"':
            return '"%s"' % lit
        if q == "'":
            return "'%s'" % lit
        return lit

    def raw(self, syn):
        """Unquoted value (for formats without quoting)."""
        return self.v(syn, q="")

    # naming helpers
    def N(self):
        return self.name.upper()

    def n(self):
        return self.name

    def c(self):
        return camel(self.name)

    def k(self):
        return kebab(self.name)


# ----------------------------------------------------------------------------
# filler helpers
# ----------------------------------------------------------------------------

def dom(r):
    return r.choice(DOMAINS)


def svc(r):
    return r.choice(SERVICES)


def env_filler(r, k):
    d = dom(r)
    pool = ["LOG_LEVEL=%s" % r.choice(["info", "debug", "warn"]),
            "ENVIRONMENT=%s" % r.choice(ENVS),
            "PROMETHEUS_URL=http://prometheus.monitoring.svc:9090",
            "ALERTMANAGER_URL=http://alertmanager:9093",
            "GRAFANA_URL=https://grafana.%s" % d,
            "TZ=%s" % r.choice(["UTC", "Europe/Warsaw", "America/Chicago", "Asia/Singapore"]),
            "ALERT_CHANNEL=%s" % r.choice(CHANNELS),
            "HTTP_PORT=%d" % r.choice([8080, 9000, 3000, 8443]),
            "RETENTION_DAYS=%d" % r.choice([7, 14, 30, 90]),
            "SMTP_HOST=smtp.%s" % r.choice(["sendgrid.net", "mailgun.org", "office365.com", d]),
            "SMTP_PORT=%d" % r.choice([587, 465, 25]),
            "SERVICE_NAME=%s" % svc(r),
            "OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector:4318",
            "DD_SITE=%s" % r.choice(["datadoghq.com", "datadoghq.eu", "us5.datadoghq.com"]),
            "DD_ENV=%s" % r.choice(ENVS),
            "NOTIFY_ON_RESOLVE=%s" % r.choice(["true", "false"]),
            "SCRAPE_INTERVAL=%ds" % r.choice([15, 30, 60]),
            "ONCALL_SCHEDULE=%s-primary" % r.choice(TEAMS),
            "CLUSTER_NAME=%s-%s" % (r.choice(["gke", "eks", "aks"]), r.choice(ENVS)),
            "REDIS_URL=redis://redis:6379/0",
            "METRICS_PATH=/metrics",
            "ESCALATION_MINUTES=%d" % r.choice([5, 10, 15, 30])]
    return r.sample(pool, k)


def header_comment(r, prefix="#"):
    return r.choice([
        "%s Managed by %s team - ping %s before changing" % (prefix, r.choice(TEAMS), r.choice(CHANNELS)),
        "%s Alerting configuration for %s (%s)" % (prefix, svc(r), r.choice(ENVS)),
        "%s Last reviewed during the %s incident review" % (prefix, r.choice(["Q1", "Q2", "Q3", "Q4"])),
        "%s Monitoring stack - see docs/runbooks/alerting.md" % prefix,
        "%s Do not edit by hand on the box; deployed by CI" % prefix,
    ])


# ----------------------------------------------------------------------------
# template registry
# ----------------------------------------------------------------------------

TEMPLATES = []


def tpl(ftype, when=lambda s: True, w=1.0, generic=False):
    def deco(fn):
        TEMPLATES.append((fn, ftype, when, w, generic))
        return fn
    return deco


def is_url(s):
    return bool(s.use.get("url"))


def has(key):
    return lambda s: key in s.use


# ----------------------------------------------------------------------------
# generic templates (any credential under a variable name)
# ----------------------------------------------------------------------------

@tpl("dotenv", generic=True, w=1.6)
def t_dotenv(r, c):
    path = r.choice([".env", ".env.production", "deploy/.env.prod", "monitoring/.env",
                     "ops/alerting.env", "docker/.env", "config/%s.env" % r.choice(ENVS)])
    lines = [header_comment(r)] if r.random() < 0.6 else []
    f = env_filler(r, r.randint(3, 9))
    pos = r.randint(0, len(f))
    q = r.choice(['', '', '"', "'"])
    f.insert(pos, "%s=%s" % (c.N(), c.v("dotenv", q)))
    if r.random() < 0.4:
        f.insert(r.randint(0, len(f)), "")
    return path, lines + f


@tpl("shell", generic=True, w=1.4)
def t_shell(r, c):
    s = c.spec
    path = r.choice(["scripts/notify.sh", "bin/alert.sh", "ops/send-alert.sh", "deploy/post-deploy-hook.sh",
                     "scripts/%s-smoke.sh" % svc(r), "tools/page-oncall.sh"])
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", ""]
    if r.random() < 0.5:
        lines.append(header_comment(r))
    lines.append('SERVICE="${1:-%s}"' % svc(r))
    lines.append('STATUS="${2:-deployed}"')
    var = c.N()
    lines.append("%s=%s" % (var, c.v("shell", r.choice(['"', "'"]))))
    lines.append("")
    if is_url(s):
        lines += ['payload=$(printf \'{"text":"%s %s on %s"}\' "$SERVICE" "$STATUS" "$(hostname)")',
                  'curl -fsS -X POST -H "Content-Type: application/json" \\',
                  '  --data "$payload" "$%s"' % var]
    elif "hdr" in s.use:
        h, pre = s.use["hdr"]
        api = s.use["api"].replace("%s", r.choice(["acme", "prod", svc(r)]))
        lines += ['curl -fsS -X %s "%s" \\' % (r.choice(["GET", "POST"]), api),
                  '  -H "%s: %s$%s" \\' % (h, pre, var),
                  '  -H "Content-Type: application/json" \\',
                  "  --data '{\"service\": \"'\"$SERVICE\"'\", \"status\": \"'\"$STATUS\"'\"}'"]
    else:
        lines += ['export %s' % var,
                  'exec /usr/local/bin/%s --config /etc/%s/config.yaml "$@"' % (
                      r.choice(["alert-relay", "notifier", "shipper", "agent"]), svc(r))]
    lines += ["", 'echo "notified for $SERVICE"']
    return path, lines


@tpl("docker-compose", generic=True, w=1.3)
def t_compose(r, c):
    s = c.spec
    images = {"grafana": "grafana/grafana:10.4.2", "datadog": "gcr.io/datadoghq/agent:7",
              "newrelic": "newrelic/infrastructure:latest", "elastic": "docker.elastic.co/beats/filebeat:8.13.4",
              "netdata": "netdata/netdata:stable", "sentry": "getsentry/sentry-cli:2",
              "splunk": "splunk/fluentd-hec:1.3", "loki": "grafana/promtail:2.9.4"}
    image = images.get(s.provider, r.choice(["ghcr.io/%s/alert-relay:1.%d.%d" % (r.choice(TEAMS), r.randint(0, 9), r.randint(0, 9)),
                                              "prom/alertmanager:v0.27.0", "timberio/vector:0.37.1-alpine",
                                              "fluent/fluent-bit:3.0", "otel/opentelemetry-collector-contrib:0.98.0"]))
    name = s.provider if s.provider in images else r.choice(["notifier", "alert-relay", "shipper", "collector"])
    lines = ['version: "3.8"', "", "services:",
             "  prometheus:", "    image: prom/prometheus:v2.51.2", "    ports:", '      - "9090:9090"',
             "    volumes:", "      - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro", "",
             "  %s:" % name, "    image: %s" % image, "    restart: unless-stopped"]
    lines.append("    environment:")
    envs = [e.split("=", 1) for e in env_filler(r, r.randint(2, 5))]
    if r.random() < 0.5:
        items = ["      - %s=%s" % (k, v) for k, v in envs]
        items.insert(r.randint(0, len(items)), "      - %s=%s" % (c.N(), c.raw("compose")))
    else:
        items = ["      %s: \"%s\"" % (k, v) for k, v in envs]
        items.insert(r.randint(0, len(items)), "      %s: %s" % (c.N(), c.v("compose", r.choice(['"', '']))))
    lines += items
    lines += ["    depends_on:", "      - prometheus"]
    if r.random() < 0.5:
        lines += ["", "volumes:", "  prom_data: {}"]
    return r.choice(["docker-compose.yml", "monitoring/docker-compose.yml", "compose.yaml",
                     "deploy/docker-compose.monitoring.yml"]), lines


@tpl("k8s-secret", generic=True, w=1.0)
def t_k8s_secret(r, c):
    ns = r.choice(["monitoring", "observability", "alerting", "logging", "kube-system"])
    lines = ["apiVersion: v1", "kind: Secret", "metadata:",
             "  name: %s-%s" % (c.spec.provider, r.choice(["credentials", "secret", "config", "notifier"])),
             "  namespace: %s" % ns, "  labels:", "    app.kubernetes.io/part-of: %s" % r.choice(["kube-prometheus-stack", "monitoring", "alerting"]),
             "type: Opaque", "stringData:"]
    key = r.choice([c.k(), c.n(), c.c()])
    items = ["  %s: %s" % (key, c.v("k8s", r.choice(['"', '']))),
             "  %s: \"%s\"" % (r.choice(["channel", "environment", "region"]), r.choice(CHANNELS + ENVS))]
    r.shuffle(items)
    return r.choice(["k8s/monitoring/%s-secret.yaml" % c.spec.provider, "deploy/secrets/%s.yaml" % c.spec.provider,
                     "manifests/alerting-secret.yaml"]), lines + items


@tpl("helm-values", generic=True, w=1.0)
def t_helm_generic(r, c):
    p = c.spec.provider
    lines = ["# Default values for %s." % svc(r), "replicaCount: %d" % r.choice([1, 2, 3]), "",
             "image:", "  repository: ghcr.io/%s/%s" % (r.choice(TEAMS), svc(r)), "  tag: \"%d.%d.%d\"" % (r.randint(1, 4), r.randint(0, 20), r.randint(0, 9)),
             "", "monitoring:", "  enabled: true", "  serviceMonitor:", "    interval: 30s", "",
             "notifications:", "  %s:" % p, "    enabled: true"]
    items = ["    %s: %s" % (c.c(), c.v("yaml", r.choice(['"', '']))),
             "    channel: \"%s\"" % r.choice(CHANNELS),
             "    sendResolved: %s" % r.choice(["true", "false"])]
    r.shuffle(items)
    lines += items + ["", "resources:", "  limits:", "    memory: 256Mi", "  requests:", "    cpu: 50m"]
    return r.choice(["charts/%s/values.yaml" % svc(r), "helm/values-%s.yaml" % r.choice(ENVS), "values.yaml"]), lines


@tpl("github-actions", generic=True, w=1.0)
def t_gha_env(r, c):
    s = c.spec
    lines = ["name: %s" % r.choice(["deploy", "release", "nightly-checks", "smoke-tests"]), "", "on:",
             "  push:", "    branches: [main]", "  workflow_dispatch: {}", "", "env:",
             "  SERVICE: %s" % svc(r), "  %s: %s" % (c.N(), c.v("gha", r.choice(['"', '', "'"]))), "",
             "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
             "      - name: Deploy", "        run: ./scripts/deploy.sh ${{ github.sha }}"]
    if is_url(s):
        lines += ["      - name: Notify", "        if: always()", "        run: |",
                  "          curl -sS -X POST -H 'Content-Type: application/json' \\",
                  "            -d \"{\\\"text\\\":\\\"$SERVICE ${{ job.status }}\\\"}\" \"$%s\"" % c.N()]
    else:
        lines += ["      - name: Post-deploy hook", "        run: ./scripts/post-deploy.sh \"$SERVICE\""]
    return ".github/workflows/%s.yml" % r.choice(["deploy", "release", "notify", "ci"]), lines


@tpl("gitlab-ci", generic=True, w=0.8)
def t_gitlab(r, c):
    lines = ["stages:", "  - test", "  - deploy", "  - notify", "", "variables:",
             "  DOCKER_DRIVER: overlay2", "  %s: %s" % (c.N(), c.v("gitlab", r.choice(['"', '']))),
             "  SERVICE_NAME: %s" % svc(r), "", "deploy:", "  stage: deploy", "  script:",
             "    - ./deploy.sh $CI_COMMIT_SHA", "", "notify:", "  stage: notify", "  when: always",
             "  script:"]
    if is_url(c.spec):
        lines.append("    - 'curl -sS -X POST -d \"{\\\"text\\\":\\\"$SERVICE_NAME $CI_JOB_STATUS\\\"}\" \"$%s\"'" % c.N())
    else:
        lines.append("    - ./scripts/notify.sh \"$SERVICE_NAME\" \"$CI_JOB_STATUS\"")
    return ".gitlab-ci.yml", lines


@tpl("tfvars", generic=True, w=0.8)
def t_tfvars(r, c):
    lines = ['environment  = "%s"' % r.choice(ENVS), 'region       = "%s"' % r.choice(REGIONS),
             'team         = "%s"' % r.choice(TEAMS), "",
             "%s = %s" % (c.n(), c.v("tfvars")), "",
             'alert_channels = ["%s", "%s"]' % tuple(r.sample(CHANNELS, 2))]
    return r.choice(["terraform/%s.tfvars" % r.choice(ENVS), "infra/monitoring/terraform.tfvars",
                     "terraform.auto.tfvars"]), lines


@tpl("python", generic=True, w=1.2)
def t_py_settings(r, c):
    lines = ['"""Monitoring and alerting settings for %s."""' % svc(r), "import os", "",
             'ENVIRONMENT = os.getenv("ENVIRONMENT", "%s")' % r.choice(ENVS),
             'ALERT_CHANNEL = "%s"' % r.choice(CHANNELS),
             "ALERT_TIMEOUT_SECONDS = %d" % r.choice([5, 10, 15]), "",
             "%s = %s" % (c.N(), c.v("python", r.choice(['"', "'"]))), "",
             "SEVERITY_ROUTING = {", '    "critical": "page",', '    "warning": "chat",', '    "info": "log",', "}"]
    return r.choice(["app/settings/alerting.py", "%s/config.py" % svc(r).replace("-", "_"),
                     "alerts/settings.py", "ops/notify_config.py"]), lines


@tpl("javascript", generic=True, w=1.0)
def t_js_config(r, c):
    lines = ["'use strict';", "", "module.exports = {",
             "  env: process.env.NODE_ENV || '%s'," % r.choice(["production", "development"]),
             "  alerts: {", "    enabled: true,",
             "    %s: %s," % (c.c(), c.v("js", r.choice(["'", '"']))),
             "    channel: '%s'," % r.choice(CHANNELS), "    minSeverity: '%s'," % r.choice(["warning", "critical"]),
             "  },", "  metrics: { port: %d, prefix: '%s_' }," % (r.choice([9100, 9464]), svc(r).replace("-", "_")), "};"]
    return r.choice(["config/default.js", "config/production.js", "src/config/alerts.js"]), lines


@tpl("go", generic=True, w=0.8)
def t_go_const(r, c):
    pkg = r.choice(["notify", "alerting", "config", "oncall"])
    val = c.v("go", '"')
    decl = ("var %s = %s" if val.startswith("os.") else "const %s = %s") % (c.c(), val)
    lines = ["package %s" % pkg, "", "import (", '\t"net/http"', '\t"os"', '\t"time"', ")", "",
             "// Client settings for the %s notifier." % c.spec.provider, decl,
             "", "var httpClient = &http.Client{Timeout: %d * time.Second}" % r.choice([5, 10]), "",
             "func env() string {", '\tif e := os.Getenv("ENVIRONMENT"); e != "" {', "\t\treturn e", "\t}",
             '\treturn "%s"' % r.choice(ENVS), "}"]
    return "internal/%s/%s.go" % (pkg, r.choice(["config", "client", "settings"])), lines


@tpl("ansible", generic=True, w=0.8)
def t_ansible(r, c):
    lines = ["---", "# group_vars for monitoring hosts", "node_exporter_version: 1.7.0",
             "alertmanager_version: 0.27.0", "alertmanager_listen_address: 0.0.0.0:9093",
             "%s: %s" % (c.n(), c.v("ansible", r.choice(['"', '']))),
             "monitoring_team: %s" % r.choice(TEAMS),
             "alert_receivers:", "  - name: %s" % r.choice(TEAMS), "    channel: \"%s\"" % r.choice(CHANNELS)]
    return r.choice(["ansible/group_vars/monitoring.yml", "inventories/prod/group_vars/all/alerting.yml",
                     "roles/alerting/defaults/main.yml"]), lines


@tpl("systemd", generic=True, w=0.5)
def t_systemd(r, c):
    lines = ["[Unit]", "Description=%s alert relay" % svc(r), "After=network-online.target", "",
             "[Service]", "User=prometheus", "Environment=\"%s=%s\"" % (c.N(), c.literal()),
             "Environment=\"LOG_LEVEL=info\"", "ExecStart=/usr/local/bin/alert-relay --listen :9097",
             "Restart=on-failure", "", "[Install]", "WantedBy=multi-user.target"]
    return "deploy/systemd/alert-relay.service", lines


@tpl("json", generic=True, w=0.8)
def t_json(r, c):
    lines = ["{", '  "service": "%s",' % svc(r), '  "environment": "%s",' % r.choice(ENVS),
             '  "alerting": {', '    "enabled": true,', '    "%s": "%s",' % (c.c(), c.literal()),
             '    "channel": "%s",' % r.choice(CHANNELS), '    "throttleSeconds": %d' % r.choice([60, 300]),
             "  }", "}"]
    return r.choice(["config/alerting.json", "appsettings.Production.json", "notifier.json"]), lines


@tpl("markdown-runbook", generic=True, w=1.0)
def t_runbook(r, c):
    s = c.spec
    a = r.choice(ALERTS)
    lines = ["# Runbook: %s" % a, "", "**Owner:** %s  " % r.choice(TEAMS), "**Severity:** %s" % r.choice(["P1", "P2", "P3"]),
             "", "## Symptoms", "", "- `%s` firing for `%s` in %s" % (a, svc(r), r.choice(ENVS)),
             "- dashboards: https://grafana.%s/d/%s" % (dom(r), rs(r, B62, 9)), "",
             "## Manual notification", "", "If Alertmanager is down, notify by hand:", "", "```bash",
             "export %s=%s" % (c.N(), c.v("markdown", r.choice(['"', "'", '']))), "./scripts/notify.sh %s firing" % svc(r), "```",
             "", "## Mitigation", "", "1. Check recent deploys in %s." % r.choice(CHANNELS),
             "2. Roll back with `kubectl rollout undo deploy/%s`." % svc(r), "3. Page the secondary if not resolved in 15 min."]
    return "docs/runbooks/%s.md" % kebab(a.lower()), lines


@tpl("markdown-postmortem", generic=True, w=0.8)
def t_postmortem(r, c):
    d = "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))
    lines = ["# Post-mortem: %s alerts not delivered (%s)" % (c.spec.provider.capitalize(), d), "",
             "## Summary", "", "Between %02d:%02d and %02d:%02d UTC no %s notifications reached on-call." %
             (r.randint(0, 11), r.randint(0, 59), r.randint(12, 23), r.randint(0, 59), c.spec.provider),
             "", "## Timeline", "", "- %02d:%02d %s deployed new alertmanager config" % (r.randint(0, 23), r.randint(0, 59), r.choice(PEOPLE)),
             "- %02d:%02d receiver started failing with HTTP %d" % (r.randint(0, 23), r.randint(0, 59), r.choice([401, 403, 404])),
             "- %02d:%02d config reverted, notifications resumed" % (r.randint(0, 23), r.randint(0, 59)), "",
             "## Root cause", "", "The receiver was configured with:", "", "```",
             "%s: %s" % (c.n(), c.raw("markdown")), "```", "",
             "## Action items", "", "- [ ] Add a synthetic alert that exercises every receiver",
             "- [ ] Move receiver credentials to the secret store"]
    return "docs/postmortems/%s-%s-alerting.md" % (d, c.spec.provider), lines


@tpl("jenkinsfile", generic=True, w=0.6)
def t_jenkins(r, c):
    lines = ["pipeline {", "  agent any", "  environment {", "    SERVICE = '%s'" % svc(r),
             "    %s = %s" % (c.N(), c.v("jenkins", "'")), "  }", "  stages {",
             "    stage('Deploy') {", "      steps { sh './deploy.sh' }", "    }", "  }",
             "  post {", "    failure {", "      sh './scripts/notify.sh $SERVICE failed'", "    }", "  }", "}"]
    return r.choice(["Jenkinsfile", "ci/Jenkinsfile.deploy"]), lines


@tpl("properties", generic=True, w=0.6)
def t_properties(r, c):
    lines = ["# %s alerting" % svc(r), "spring.application.name=%s" % svc(r),
             "management.endpoints.web.exposure.include=health,prometheus",
             "alerting.enabled=true", "alerting.%s=%s" % (c.k().replace("_", "-").replace("-", "."), c.raw("properties")),
             "alerting.channel=%s" % r.choice(CHANNELS), "alerting.timeout=5s"]
    return r.choice(["src/main/resources/application-prod.properties", "config/application.properties"]), lines


@tpl("toml", generic=True, w=0.6)
def t_toml(r, c):
    lines = ["[service]", 'name = "%s"' % svc(r), 'env = "%s"' % r.choice(ENVS), "",
             "[alerts]", "enabled = true", '%s = %s' % (c.n(), c.v("toml")),
             'channel = "%s"' % r.choice(CHANNELS), "", "[metrics]", 'listen = "0.0.0.0:9102"']
    return r.choice(["config.toml", "config/notifier.toml"]), lines


@tpl("crontab", when=lambda s: s.use.get("ping") or s.use.get("url"), w=1.0)
def t_crontab(r, c):
    jobs = ["0 2 * * * /opt/backup/pg_dump.sh", "*/10 * * * * /usr/local/bin/sync-inventory",
            "30 3 * * 0 /opt/scripts/rotate-logs.sh", "15 * * * * /opt/etl/run_hourly.py"]
    lines = ["# m h dom mon dow command", "SHELL=/bin/bash", "MAILTO=%s@%s" % (r.choice(TEAMS), dom(r)), ""]
    j = r.sample(jobs, 3)
    url = c.raw("shell")
    if c.spec.use.get("ping"):
        j[1] = j[1] + " && curl -fsS -m 10 --retry 5 -o /dev/null %s" % url
    else:
        j[1] = j[1] + " || curl -fsS -X POST -d '{\"text\":\"cron job failed on %s\"}' %s" % ("'$(hostname)'", url)
    return r.choice(["ops/crontab", "deploy/cron/backup.cron", "crontab.txt"]), lines + j


# ----------------------------------------------------------------------------
# contextual templates: the monitoring / alerting file types themselves
# ----------------------------------------------------------------------------

def am_receiver_lines(r, c, ind="  "):
    s = c.spec
    cfg, key = s.use["am"]
    rcv = r.choice(TEAMS) + "-" + r.choice(["pager", "chat", "notify", "critical"])
    L = ["- name: %s" % rcv, "  %s:" % cfg]
    val = c.v("alertmanager", r.choice(['"', "'", ""]))
    if c.label == "neg" and c.decoy == "ref" and r.random() < 0.6:
        # Alertmanager's own indirection: <field>_file pointing at a mounted secret
        key = key + "_file"
        val = "/etc/alertmanager/secrets/%s" % kebab(c.name)
        c.used = "file-ref"
    if cfg == "slack_configs":
        items = ["  - channel: '%s'" % r.choice(CHANNELS), "    send_resolved: true",
                 "    %s: %s" % (key, val),
                 "    title: '{{ template \"slack.default.title\" . }}'",
                 "    text: '{{ range .Alerts }}{{ .Annotations.summary }}\\n{{ end }}'"]
    elif cfg == "pagerduty_configs":
        items = ["  - %s: %s" % (key, val), "    severity: '{{ .CommonLabels.severity }}'",
                 "    description: '{{ .CommonAnnotations.summary }}'",
                 "    client: 'Alertmanager %s'" % r.choice(ENVS)]
    elif cfg == "opsgenie_configs":
        items = ["  - %s: %s" % (key, val), "    api_url: https://api.%sopsgenie.com/" % r.choice(["", "eu."]),
                 "    priority: '{{ if eq .CommonLabels.severity \"critical\" }}P1{{ else }}P3{{ end }}'",
                 "    responders:", "      - name: %s" % r.choice(TEAMS), "        type: team"]
    elif cfg == "victorops_configs":
        items = ["  - %s: %s" % (key, val), "    routing_key: %s" % r.choice(TEAMS),
                 "    entity_display_name: '{{ .CommonAnnotations.summary }}'"]
    elif cfg == "telegram_configs":
        items = ["  - %s: %s" % (key, val), "    chat_id: -100%s" % digits(r, 10), "    parse_mode: HTML"]
    elif cfg == "pushover_configs":
        items = ["  - user_key_file: /etc/alertmanager/secrets/pushover-user", "    %s: %s" % (key, val),
                 "    priority: '{{ if eq .Status \"firing\" }}2{{ else }}0{{ end }}'"]
    elif cfg == "wechat_configs":
        items = ["  - send_resolved: true", "    corp_id: ww%s" % rs(r, HEX, 16),
                 "    to_party: '%d'" % r.randint(1, 9), "    agent_id: '10000%d'" % r.randint(1, 9),
                 "    message: '{{ template \"wechat.default.message\" . }}'"]
        # WeCom robot webhooks are normally fed through webhook_configs
        L[1] = "  webhook_configs:"
        items = ["  - url: %s" % val, "    send_resolved: true"]
    else:  # discord_configs / msteams_configs / webhook_configs
        items = ["  - %s: %s" % (key, val), "    send_resolved: %s" % r.choice(["true", "false"])]
        if cfg != "webhook_configs":
            items.append("    title: '{{ template \"%s.default.title\" . }}'" % cfg.split("_")[0])
    return [ind + x for x in L + items], rcv


@tpl("alertmanager.yml", when=lambda s: "am" in s.use or s.use.get("smtp"), w=6)
def t_alertmanager(r, c):
    s = c.spec
    L = ["global:", "  resolve_timeout: %dm" % r.choice([5, 10])]
    if s.use.get("smtp"):
        host = {"sendgrid": "smtp.sendgrid.net:587", "mailgun": "smtp.mailgun.org:587",
                "gmail": "smtp.gmail.com:587"}.get(s.provider, "smtp.%s:587" % dom(r))
        user = {"sendgrid": "apikey", "gmail": "alerts.%s@gmail.com" % r.choice(TEAMS)}.get(
            s.provider, "alertmanager@%s" % dom(r))
        L += ["  smtp_smarthost: '%s'" % host, "  smtp_from: 'alertmanager@%s'" % dom(r),
              "  smtp_auth_username: '%s'" % user,
              "  smtp_auth_password: %s" % c.v("alertmanager", r.choice(["'", '"', ""])),
              "  smtp_require_tls: true"]
        rcv = "email-%s" % r.choice(TEAMS)
        recv = ["  - name: %s" % rcv, "    email_configs:", "      - to: '%s@%s'" % (r.choice(TEAMS), dom(r)),
                "        send_resolved: true"]
    else:
        recv, rcv = am_receiver_lines(r, c)
    L += ["", "templates:", "  - '/etc/alertmanager/templates/*.tmpl'", "", "route:",
          "  receiver: %s" % rcv, "  group_by: ['alertname', 'cluster', 'service']",
          "  group_wait: 30s", "  group_interval: 5m", "  repeat_interval: %dh" % r.choice([3, 4, 12]),
          "  routes:", "    - matchers:", "        - severity=\"critical\"", "      receiver: %s" % rcv,
          "      continue: true", "    - matchers:", "        - alertname=\"Watchdog\"", "      receiver: 'null'",
          "", "inhibit_rules:", "  - source_matchers: [severity=\"critical\"]",
          "    target_matchers: [severity=\"warning\"]", "    equal: ['alertname', 'namespace']", "",
          "receivers:", "  - name: 'null'"] + recv
    return r.choice(["alertmanager.yml", "alertmanager/alertmanager.yml", "monitoring/alertmanager/config.yml",
                     "deploy/prometheus/alertmanager.yaml"]), L


@tpl("helm-kube-prometheus-stack", when=lambda s: "am" in s.use or s.use.get("pw") == "grafana" or s.use.get("smtp"), w=3)
def t_kps_values(r, c):
    s = c.spec
    L = ["# kube-prometheus-stack overrides for %s" % r.choice(ENVS), "fullnameOverride: kps", "",
         "prometheus:", "  prometheusSpec:", "    retention: %dd" % r.choice([7, 15, 30]),
         "    scrapeInterval: 30s", ""]
    if s.use.get("pw") == "grafana" or (s.use.get("smtp") and r.random() < 0.5):
        L += ["grafana:", "  enabled: true"]
        if s.use.get("pw") == "grafana":
            L += ["  adminUser: admin", "  adminPassword: %s" % c.v("helm", r.choice(['"', "'", ""]))]
        else:
            L += ["  adminUser: admin", "  admin:", "    existingSecret: grafana-admin",
                  "  grafana.ini:", "    smtp:", "      enabled: true", "      host: smtp.%s:587" % dom(r),
                  "      user: grafana@%s" % dom(r), "      password: %s" % c.v("helm", r.choice(['"', ""])),
                  "      from_address: grafana@%s" % dom(r)]
        L += ["  ingress:", "    enabled: true", "    hosts:", "      - grafana.%s" % dom(r)]
    else:
        L += ["alertmanager:", "  enabled: true", "  config:"]
        if s.use.get("smtp"):
            L += ["    global:", "      smtp_smarthost: smtp.%s:587" % dom(r), "      smtp_from: alerts@%s" % dom(r),
                  "      smtp_auth_username: alerts@%s" % dom(r),
                  "      smtp_auth_password: %s" % c.v("helm", r.choice(['"', ""])),
                  "    route:", "      receiver: email", "    receivers:", "      - name: email",
                  "        email_configs:", "          - to: oncall@%s" % dom(r)]
        else:
            recv, rcv = am_receiver_lines(r, c, ind="      ")
            L += ["    global:", "      resolve_timeout: 5m", "    route:", "      receiver: %s" % rcv,
                  "      group_by: [alertname, namespace]", "      routes:", "        - receiver: 'null'",
                  "          matchers: [alertname = \"Watchdog\"]", "    receivers:", "      - name: 'null'"] + recv
    L += ["", "kubeStateMetrics:", "  enabled: true", "nodeExporter:", "  enabled: true"]
    return r.choice(["helm/kube-prometheus-stack/values-%s.yaml" % r.choice(ENVS), "charts/monitoring/values.yaml",
                     "clusters/%s/monitoring/kps-values.yaml" % r.choice(ENVS)]), L


@tpl("grafana-contact-points", when=has("gf"), w=4)
def t_gf_contacts(r, c):
    typ, key = c.spec.use["gf"]
    name = "%s-%s" % (r.choice(TEAMS), typ)
    L = ["apiVersion: 1", "contactPoints:", "  - orgId: 1", "    name: %s" % name, "    receivers:",
         "      - uid: %s" % rs(r, LOD, 14), "        type: %s" % typ, "        settings:"]
    st = ["          %s: %s" % (key, c.v("grafana_prov", r.choice(['"', "", "'"])))]
    if typ == "slack":
        st += ["          recipient: '%s'" % r.choice(CHANNELS), "          username: grafana"]
    elif typ == "telegram":
        st += ["          chatid: \"-100%s\"" % digits(r, 10), "          parse_mode: HTML"]
    elif typ == "pagerduty":
        st += ["          severity: critical", "          class: %s" % svc(r)]
    elif typ == "opsgenie":
        st += ["          apiUrl: https://api.opsgenie.com/v2/alerts", "          autoClose: true"]
    elif typ == "pushover":
        st += ["          userKey: $PUSHOVER_USER_KEY", "          priority: 1"]
    else:
        st += ["          title: '{{ template \"default.title\" . }}'"]
    r.shuffle(st)
    L += st + ["        disableResolveMessage: false", "", "policies:", "  - orgId: 1",
               "    receiver: %s" % name, "    group_by: ['grafana_folder', 'alertname']"]
    return r.choice(["grafana/provisioning/alerting/contact-points.yaml",
                     "provisioning/alerting/%s.yml" % typ, "deploy/grafana/alerting/contactpoints.yaml"]), L


@tpl("grafana.ini", when=lambda s: s.use.get("smtp") or s.use.get("pw") == "grafana", w=4)
def t_grafana_ini(r, c):
    s = c.spec
    d = dom(r)
    L = ["# Grafana configuration (%s)" % r.choice(ENVS), "[server]", "protocol = http", "http_port = 3000",
         "domain = grafana.%s" % d, "root_url = https://grafana.%s/" % d, "",
         "[database]", "type = postgres", "host = pg-grafana.internal:5432", "name = grafana", "user = grafana",
         "password = $__env{GF_DATABASE_PASSWORD}", ""]
    if s.use.get("pw") == "grafana":
        L += ["[security]", "admin_user = admin",
              "admin_password = %s" % c.raw("grafana_ini"), "cookie_secure = true",
              "disable_gravatar = true", ""]
    else:
        host = {"sendgrid": "smtp.sendgrid.net:587", "mailgun": "smtp.mailgun.org:587",
                "gmail": "smtp.gmail.com:587"}.get(s.provider, "smtp.%s:587" % d)
        user = {"sendgrid": "apikey"}.get(s.provider, "grafana@%s" % d)
        L += ["[smtp]", "enabled = true", "host = %s" % host, "user = %s" % user,
              "password = %s" % c.v("grafana_ini", r.choice(['"""', ""]) if False else ""),
              "from_address = grafana@%s" % d, "from_name = Grafana %s" % r.choice(ENVS), "startTLS_policy = MandatoryStartTLS", ""]
    L += ["[auth.anonymous]", "enabled = false", "", "[alerting]", "enabled = false", "",
          "[unified_alerting]", "enabled = true", "", "[log]", "mode = console", "level = %s" % r.choice(["info", "warn"])]
    return r.choice(["grafana/grafana.ini", "config/grafana.ini", "monitoring/grafana/grafana.ini"]), L


@tpl("grafana-datasource", when=lambda s: s.use.get("prom") or s.use.get("ship") in ("elastic", "loki", "elasticapi")
     or s.use.get("zbx"), w=3)
def t_gf_datasource(r, c):
    s = c.spec
    d = dom(r)
    L = ["apiVersion: 1", "", "deleteDatasources:", "  - name: Legacy", "    orgId: 1", "", "datasources:"]
    val = c.v("grafana_prov", r.choice(['"', "", "'"]))
    if s.use.get("zbx"):
        L += ["  - name: Zabbix", "    type: alexanderzobnin-zabbix-datasource", "    access: proxy",
              "    url: https://zabbix.%s/api_jsonrpc.php" % d, "    jsonData:", "      authType: token",
              "      trends: true", "    secureJsonData:", "      apiToken: %s" % val]
    elif s.use.get("ship") == "elastic":
        L += ["  - name: Elasticsearch logs", "    type: elasticsearch", "    access: proxy",
              "    url: https://es.%s:9200" % d, "    basicAuth: true", "    basicAuthUser: %s" % r.choice(["elastic", "grafana_reader"]),
              "    jsonData:", "      index: 'logs-*'", "      timeField: '@timestamp'", "    secureJsonData:",
              "      basicAuthPassword: %s" % val]
    elif s.use.get("ship") == "elasticapi":
        L += ["  - name: Elastic Cloud", "    type: elasticsearch", "    access: proxy",
              "    url: https://%s.es.%s.cloud.es.io" % (rs(r, HEX, 12), r.choice(["eu-west-1.aws", "us-central1.gcp"])),
              "    jsonData:", "      index: 'metrics-*'", "      httpHeaderName1: Authorization", "    secureJsonData:",
              "      httpHeaderValue1: %s" % (c.v("grafana_prov", '"') if c.label == "neg" and c.decoy == "ref"
                                             else '"ApiKey %s"' % c.literal())]
    else:
        kind = r.choice(["prometheus", "loki"]) if s.use.get("ship") != "loki" else "loki"
        url = r.choice(["https://prometheus-prod-%02d-prod-%s.grafana.net/api/prom" % (r.randint(1, 40), r.choice(["eu-west-2", "us-central-0"])),
                        "https://mimir.%s/prometheus" % d, "https://logs-prod-%03d.grafana.net" % r.randint(1, 30)])
        L += ["  - name: %s" % kind.capitalize(), "    type: %s" % kind, "    access: proxy", "    url: %s" % url,
              "    isDefault: %s" % r.choice(["true", "false"])]
        if s.use.get("prom") == "bearer":
            L += ["    jsonData:", "      httpHeaderName1: Authorization", "    secureJsonData:",
                  "      httpHeaderValue1: %s" % (c.v("grafana_prov", '"') if c.label == "neg" and c.decoy == "ref"
                                                 else '"Bearer %s"' % c.literal())]
        else:
            L += ["    basicAuth: true", "    basicAuthUser: \"%s\"" % digits(r, 6),
                  "    jsonData:", "      timeInterval: 30s", "    secureJsonData:", "      basicAuthPassword: %s" % val]
    L += ["    editable: false"]
    return r.choice(["grafana/provisioning/datasources/datasources.yaml", "provisioning/datasources/%s.yml" % s.provider,
                     "deploy/grafana/datasources.yaml"]), L


@tpl("prometheus.yml", when=lambda s: s.use.get("prom"), w=5)
def t_prometheus(r, c):
    s = c.spec
    L = ["global:", "  scrape_interval: %ds" % r.choice([15, 30, 60]), "  evaluation_interval: 30s",
         "  external_labels:", "    cluster: %s" % r.choice(ENVS), "    replica: '0'", "",
         "rule_files:", "  - /etc/prometheus/rules/*.yml", "", "scrape_configs:", "  - job_name: prometheus",
         "    static_configs:", "      - targets: ['localhost:9090']", "  - job_name: node",
         "    static_configs:", "      - targets: ['node-exporter:9100']", "", "remote_write:"]
    url = r.choice(["https://prometheus-prod-%02d-prod-%s.grafana.net/api/prom/push" % (r.randint(1, 40), r.choice(["eu-west-2", "us-central-0"])),
                    "https://mimir.%s/api/v1/push" % dom(r), "https://vm.%s/api/v1/write" % dom(r),
                    "https://thanos-receive.%s/api/v1/receive" % dom(r)])
    L += ["  - url: %s" % url]
    val = c.v("yaml", r.choice(['"', "", "'"]))
    if s.use.get("prom") == "bearer" and r.random() < 0.5:
        L += ["    authorization:", "      type: Bearer", "      credentials: %s" % val]
    elif s.use.get("prom") == "bearer":
        L += ["    bearer_token: %s" % val]
    else:
        L += ["    basic_auth:", "      username: \"%s\"" % digits(r, 6), "      password: %s" % val]
    L += ["    queue_config:", "      max_samples_per_send: 1000", "      capacity: 2500",
          "    write_relabel_configs:", "      - source_labels: [__name__]", "        regex: 'go_.*'", "        action: drop"]
    return r.choice(["prometheus.yml", "prometheus/prometheus.yml", "monitoring/prometheus/prometheus.yaml"]), L


@tpl("promtail.yaml", when=lambda s: s.use.get("ship") == "loki" or s.use.get("prom") == "basic", w=3)
def t_promtail(r, c):
    L = ["server:", "  http_listen_port: 9080", "  grpc_listen_port: 0", "", "positions:",
         "  filename: /tmp/positions.yaml", "", "clients:",
         "  - url: https://logs-prod-%03d.grafana.net/loki/api/v1/push" % r.randint(1, 30),
         "    basic_auth:", "      username: \"%s\"" % digits(r, 6),
         "      password: %s" % c.v("yaml", r.choice(['"', "", "'"])), "",
         "scrape_configs:", "  - job_name: system", "    static_configs:", "      - targets: [localhost]",
         "        labels:", "          job: varlogs", "          host: %s-%02d" % (svc(r), r.randint(1, 20)),
         "          __path__: /var/log/*.log"]
    return r.choice(["promtail/config.yaml", "promtail-config.yaml", "deploy/loki/promtail.yml"]), L


@tpl("alloy", when=lambda s: s.use.get("ship") == "loki" or s.use.get("prom"), w=3)
def t_alloy(r, c):
    s = c.spec
    user = digits(r, 6)
    val = c.v("river", '"')
    if s.use.get("ship") == "loki" and r.random() < 0.6:
        L = ['local.file_match "logs" {', '  path_targets = [{"__path__" = "/var/log/*.log"}]', "}", "",
             'loki.source.file "varlogs" {', "  targets    = local.file_match.logs.targets",
             "  forward_to = [loki.write.cloud.receiver]", "}", "",
             'loki.write "cloud" {', "  endpoint {",
             '    url = "https://logs-prod-%03d.grafana.net/loki/api/v1/push"' % r.randint(1, 30),
             "    basic_auth {", '      username = "%s"' % user, "      password = %s" % val, "    }", "  }", "}"]
    else:
        auth = (["    bearer_token = %s" % val] if s.use.get("prom") == "bearer" else
                ["    basic_auth {", '      username = "%s"' % user, "      password = %s" % val, "    }"])
        L = ['prometheus.exporter.unix "node" { }', "",
             'prometheus.scrape "node" {', "  targets    = prometheus.exporter.unix.node.targets",
             "  forward_to = [prometheus.remote_write.default.receiver]", '  scrape_interval = "30s"', "}", "",
             'prometheus.remote_write "default" {', "  endpoint {",
             '    url = "https://prometheus-prod-%02d-prod-eu-west-2.grafana.net/api/prom/push"' % r.randint(1, 40)] + auth + [
             "  }", "  external_labels = {", '    cluster = "%s",' % r.choice(ENVS), "  }", "}"]
    return r.choice(["config.alloy", "alloy/config.alloy", "agent/agent.river", "grafana-agent/config.river"]), L


OTEL_ENDPOINTS = {
    "datadog": None, "otlphttp/newrelic": "https://otlp.%s.nr-data.net" % "eu01",
    "otlp/honeycomb": "api.honeycomb.io:443", "otlphttp/dynatrace": "https://%s.live.dynatrace.com/api/v2/otlp",
    "otlp/lightstep": "ingest.lightstep.com:443", "otlphttp/axiom": "https://api.axiom.co",
    "splunk_hec": "https://http-inputs-%s.splunkcloud.com/services/collector", "coralogix": None,
}


@tpl("otel-collector", when=has("otel"), w=5)
def t_otel(r, c):
    ex, hdr = c.spec.use["otel"]
    val = c.v("otel", r.choice(['"', "", "'"]))
    tenant = r.choice(["acme", "globex", "hooli", "initech", "kestrel"])
    L = ["receivers:", "  otlp:", "    protocols:", "      grpc:", "        endpoint: 0.0.0.0:4317", "      http:",
         "        endpoint: 0.0.0.0:4318", "", "processors:", "  batch:", "    timeout: 10s",
         "  memory_limiter:", "    check_interval: 1s", "    limit_percentage: 80", "  resourcedetection:",
         "    detectors: [env, system]", "", "exporters:", "  debug:", "    verbosity: basic"]
    lit_pref = ""
    if ex == "datadog":
        L += ["  datadog:", "    api:", "      site: %s" % r.choice(["datadoghq.com", "datadoghq.eu"]), "      key: %s" % val]
    elif ex == "coralogix":
        L += ["  coralogix:", "    domain: \"%s\"" % r.choice(["eu2.coralogix.com", "coralogix.us", "coralogix.in"]),
              "    private_key: %s" % val, "    application_name: \"%s\"" % svc(r), "    subsystem_name: \"%s\"" % r.choice(ENVS)]
    elif ex == "splunk_hec":
        L += ["  splunk_hec:", "    token: %s" % val,
              "    endpoint: \"https://http-inputs-%s.splunkcloud.com/services/collector\"" % tenant,
              "    source: otel", "    sourcetype: _json", "    index: %s" % r.choice(["main", "k8s_logs", "apm"])]
    else:
        ep = OTEL_ENDPOINTS[ex]
        if "%s" in ep:
            ep = ep % rs(r, LOD, 8, mixed=False)
        if hdr in ("Authorization", "authorization"):
            pre = "Api-Token " if "dynatrace" in ex else "Bearer "
            if c.label == "neg" and c.decoy == "ref":
                hv = '"%s${env:%s}"' % (pre, c.env)
            else:
                hv = '"%s%s"' % (pre, c.literal())
        else:
            hv = val
        L += ["  %s:" % ex, "    endpoint: %s" % ep, "    headers:", '      %s: %s' % (hdr, hv)]
        if ex == "otlp/honeycomb" and r.random() < 0.5:
            L.append('      x-honeycomb-dataset: "%s"' % svc(r))
        if ex == "otlphttp/axiom":
            L.append('      x-axiom-dataset: "%s"' % svc(r))
        if ex == "otlphttp/newrelic":
            L.append("    compression: gzip")
    L += ["", "service:", "  pipelines:", "    traces:", "      receivers: [otlp]",
          "      processors: [memory_limiter, batch]", "      exporters: [%s, debug]" % ex.split(":")[0],
          "    metrics:", "      receivers: [otlp]", "      processors: [memory_limiter, resourcedetection, batch]",
          "      exporters: [%s]" % ex.split(":")[0]]
    return r.choice(["otel-collector-config.yaml", "otel/collector.yaml", "deploy/otel/otel-collector-config.yml",
                     "observability/otelcol/config.yaml"]), L


@tpl("datadog.yaml", when=lambda s: s.key == "datadog/api-key", w=5)
def t_datadog_yaml(r, c):
    L = ["#########################", "## Basic Configuration ##", "#########################", "",
         "## @param api_key - string - required",
         "## The Datadog API key used by your Agent to submit metrics and events to Datadog.",
         "api_key: %s" % c.v("yaml", r.choice(["", '"'])), "",
         "## @param site - string - optional - default: datadoghq.com",
         "site: %s" % r.choice(["datadoghq.com", "datadoghq.eu", "us3.datadoghq.com", "us5.datadoghq.com"]), "",
         "hostname: %s-%02d" % (svc(r), r.randint(1, 30)), "env: %s" % r.choice(ENVS), "",
         "tags:", "  - team:%s" % r.choice(TEAMS), "  - service:%s" % svc(r), "",
         "logs_enabled: true", "apm_config:", "  enabled: true", "  env: %s" % r.choice(ENVS),
         "process_config:", "  process_collection:", "    enabled: %s" % r.choice(["true", "false"])]
    return r.choice(["datadog.yaml", "datadog-agent/datadog.yaml", "etc/datadog-agent/datadog.yaml"]), L


@tpl("newrelic.yml", when=lambda s: s.key == "newrelic/license-key", w=3)
def t_newrelic_yml(r, c):
    app = svc(r)
    L = ["# New Relic agent configuration", "common: &default_settings",
         "  license_key: %s" % c.v("yaml", r.choice(["'", '"', ""])),
         "  app_name: %s" % app, "  log_level: info", "  distributed_tracing:", "    enabled: true",
         "  transaction_tracer:", "    record_sql: obfuscated", "", "development:", "  <<: *default_settings",
         "  app_name: %s (Development)" % app, "", "production:", "  <<: *default_settings"]
    return r.choice(["newrelic.yml", "config/newrelic.yml"]), L


@tpl("newrelic.js", when=lambda s: s.key == "newrelic/license-key", w=2)
def t_newrelic_js(r, c):
    L = ["'use strict'", "/**", " * New Relic agent configuration.", " */", "exports.config = {",
         "  app_name: ['%s']," % svc(r), "  license_key: %s," % c.v("js", "'"),
         "  logging: {", "    level: 'info'", "  },", "  allow_all_headers: true,",
         "  attributes: {", "    exclude: ['request.headers.cookie', 'request.headers.authorization']", "  }", "}"]
    return "newrelic.js", L


@tpl("sentry.properties", when=lambda s: s.use.get("sentry") == "token", w=3)
def t_sentry_props(r, c):
    if r.random() < 0.5:
        L = ["defaults.url=https://sentry.io/", "defaults.org=%s" % r.choice(["acme", "northwind", "globex"]),
             "defaults.project=%s" % svc(r), "auth.token=%s" % c.raw("properties"), "cli.executable=node_modules/@sentry/cli/bin/sentry-cli"]
        return r.choice(["sentry.properties", "android/sentry.properties", "ios/sentry.properties"]), L
    L = ["[defaults]", "url = https://sentry.io/", "org = %s" % r.choice(["acme", "hooli", "initech"]),
         "project = %s" % svc(r), "", "[auth]", "token = %s" % c.raw("properties"), "", "[log]", "level = warn"]
    return ".sentryclirc", L


@tpl("next.config.js", when=lambda s: s.use.get("sentry") == "token", w=1.5)
def t_next_sentry(r, c):
    L = ["const { withSentryConfig } = require('@sentry/nextjs');", "", "/** @type {import('next').NextConfig} */",
         "const nextConfig = {", "  reactStrictMode: true,", "  output: 'standalone',", "};", "",
         "module.exports = withSentryConfig(nextConfig, {", "  org: '%s'," % r.choice(["acme", "northwind"]),
         "  project: '%s'," % svc(r), "  authToken: %s," % c.v("js", "'"), "  silent: !process.env.CI,",
         "  widenClientFileUpload: true,", "  hideSourceMaps: true,", "});"]
    return "next.config.js", L


@tpl("python", when=lambda s: s.use.get("sentry") == "dsn", w=4)
def t_sentry_py(r, c):
    L = ["import logging", "", "import sentry_sdk", "from sentry_sdk.integrations.django import DjangoIntegration", "",
         "from .base import *  # noqa", "", "DEBUG = False", "ALLOWED_HOSTS = ['.%s']" % dom(r), "",
         "sentry_sdk.init(", "    dsn=%s," % c.v("python", r.choice(['"', "'"])),
         "    integrations=[DjangoIntegration()],", "    traces_sample_rate=%s," % r.choice(["0.1", "0.05", "1.0"]),
         "    send_default_pii=False,", "    environment=\"%s\"," % r.choice(ENVS), ")", "",
         "LOGGING['root']['level'] = 'WARNING'"]
    return r.choice(["settings/production.py", "%s/settings/prod.py" % svc(r).replace("-", "_")]), L


@tpl("ruby", when=lambda s: s.use.get("sentry") == "dsn", w=1.5)
def t_sentry_rb(r, c):
    L = ["# frozen_string_literal: true", "", "Sentry.init do |config|",
         "  config.dsn = %s" % c.v("ruby", r.choice(["'", '"'])),
         "  config.breadcrumbs_logger = [:active_support_logger, :http_logger]",
         "  config.traces_sample_rate = %s" % r.choice(["0.1", "0.25"]),
         "  config.environment = Rails.env", "  config.enabled_environments = %w[production staging]", "end"]
    return "config/initializers/sentry.rb", L


SHIP_FB = {
    "datadog": ["    Name        datadog", "    Match       *", "    Host        http-intake.logs.datadoghq.com",
                "    TLS         on", "    compress    gzip", "    apikey      {v}", "    dd_service  {svc}",
                "    dd_source   fluent-bit"],
    "splunk": ["    Name          splunk", "    Match         *", "    Host          splunk-hec.{dom}", "    Port          8088",
               "    TLS           On", "    Splunk_Token  {v}", "    Splunk_Send_Raw On"],
    "elastic": ["    Name            es", "    Match           kube.*", "    Host            es.{dom}", "    Port            9200",
                "    HTTP_User       fluentbit", "    HTTP_Passwd     {v}", "    tls             On",
                "    Logstash_Format On", "    Suppress_Type_Name On"],
    "loki": ["    Name        loki", "    Match       *", "    Host        logs-prod-012.grafana.net", "    port        443",
             "    tls         on", "    http_user   {user}", "    http_passwd {v}", "    labels      job=fluent-bit"],
    "newrelic": ["    Name        nrlogs", "    Match       *", "    base_uri    https://log-api.newrelic.com/log/v1",
                 "    license_key {v}"],
    "axiom": ["    Name        http", "    Match       *", "    Host        api.axiom.co", "    Port        443",
              "    URI         /v1/datasets/{svc}/ingest", "    Header      Authorization Bearer {v}",
              "    Format      json_lines", "    tls         On"],
    "betterstack": ["    Name        http", "    Match       *", "    Host        in.logs.betterstack.com", "    Port        443",
                    "    Header      Authorization Bearer {v}", "    Format      json", "    tls         On"],
    "logzio": ["    Name        http", "    Match       *", "    Host        listener.logz.io", "    Port        8071",
               "    URI         /?token={v}&type=fluentbit", "    Format      json_lines", "    tls         On"],
    "coralogix": ["    Name        http", "    Match       *", "    Host        ingress.eu2.coralogix.com", "    Port        443",
                  "    URI         /logs/v1/singles", "    Header      Authorization Bearer {v}", "    Format      json", "    tls         On"],
}


def ship_val(c, syn):
    if c.label == "neg" and c.decoy == "ref":
        e = ref_expr(c.r, syn, c.env, "")
        if e is not None:
            c.used = "ref"
            return e.strip('"')
        c.used = "placeholder"
    return c.literal()


@tpl("fluent-bit.conf", when=lambda s: s.use.get("ship") in SHIP_FB, w=4)
def t_fluentbit(r, c):
    body = [x.format(v=ship_val(c, "fluentbit"), svc=svc(r), dom=dom(r), user=digits(r, 6)) for x in SHIP_FB[c.spec.use["ship"]]]
    L = ["[SERVICE]", "    Flush        5", "    Daemon       Off", "    Log_Level    info",
         "    Parsers_File parsers.conf", "", "[INPUT]", "    Name              tail", "    Tag               kube.*",
         "    Path              /var/log/containers/*.log", "    multiline.parser  docker, cri", "    Mem_Buf_Limit     50MB", "",
         "[FILTER]", "    Name                kubernetes", "    Match               kube.*", "    Merge_Log           On", "",
         "[OUTPUT]"] + body
    return r.choice(["fluent-bit.conf", "fluent-bit/fluent-bit.conf", "deploy/logging/fluent-bit.conf"]), L


@tpl("td-agent.conf", when=lambda s: s.use.get("ship") in ("elastic", "splunk", "datadog", "logzio", "newrelic", "loki", "sumo"), w=3)
def t_fluentd(r, c):
    p = c.spec.use["ship"]
    v = c.raw("fluentd") if not (c.label == "neg" and c.decoy == "ref") else ref_expr(r, "fluentd", c.env, '"')
    if c.label == "neg" and c.decoy == "ref":
        c.used = "ref"
    out = {
        "elastic": ["  @type elasticsearch", "  host es.%s" % dom(r), "  port 9200", "  scheme https", "  user fluentd",
                    "  password %s" % v, "  logstash_format true"],
        "splunk": ["  @type splunk_hec", "  hec_host splunk.%s" % dom(r), "  hec_port 8088", "  hec_token %s" % v,
                   "  index %s" % r.choice(["main", "k8s"])],
        "datadog": ["  @type datadog", "  @id awesome_agent", "  api_key %s" % v, "  dd_source fluentd",
                    "  service %s" % svc(r)],
        "logzio": ["  @type logzio_buffered", "  endpoint_url https://listener.logz.io:8071?token=%s&type=fluentd" % v.strip('"'),
                   "  output_include_time true"],
        "newrelic": ["  @type newrelic", "  license_key %s" % v],
        "loki": ["  @type loki", "  url \"https://logs-prod-006.grafana.net\"", "  username \"%s\"" % digits(r, 6),
                 "  password %s" % v, "  extra_labels {\"env\":\"%s\"}" % r.choice(ENVS)],
        "sumo": ["  @type sumologic", "  endpoint %s" % v.strip('"'), "  log_format json", "  source_category %s/%s" % (r.choice(ENVS), svc(r))],
    }[p]
    sv = svc(r)
    L = ["<source>", "  @type tail", "  path /var/log/%s/*.log" % sv, "  pos_file /var/log/td-agent/%s.pos" % sv,
         "  tag app.%s" % sv, "  <parse>", "    @type json", "  </parse>", "</source>", "",
         "<match app.**>"] + out + ["  <buffer>", "    flush_interval 10s", "    retry_max_times 5", "  </buffer>", "</match>"]
    return r.choice(["td-agent.conf", "fluentd/fluent.conf", "etc/td-agent/td-agent.conf"]), L


@tpl("vector.toml", when=lambda s: s.use.get("ship") in ("datadog", "splunk", "elastic", "loki", "newrelic", "axiom", "honeycomb", "betterstack", "sumo"), w=3)
def t_vector(r, c):
    p = c.spec.use["ship"]
    v = c.v("toml", '"')
    sink = {
        "datadog": ['type = "datadog_logs"', "default_api_key = %s" % v, 'site = "datadoghq.eu"'],
        "splunk": ['type = "splunk_hec_logs"', 'endpoint = "https://splunk.%s:8088"' % dom(r), "default_token = %s" % v,
                   'encoding.codec = "json"'],
        "elastic": ['type = "elasticsearch"', 'endpoints = ["https://es.%s:9200"]' % dom(r), 'auth.strategy = "basic"',
                    'auth.user = "vector"', "auth.password = %s" % v],
        "loki": ['type = "loki"', 'endpoint = "https://logs-prod-012.grafana.net"', 'auth.strategy = "basic"',
                 'auth.user = "%s"' % digits(r, 6), "auth.password = %s" % v, 'encoding.codec = "json"',
                 'labels.job = "vector"'],
        "newrelic": ['type = "new_relic"', 'account_id = "%s"' % digits(r, 7), "license_key = %s" % v, 'api = "logs"'],
        "axiom": ['type = "axiom"', 'dataset = "%s"' % svc(r), "token = %s" % v],
        "honeycomb": ['type = "honeycomb"', 'dataset = "%s"' % svc(r), "api_key = %s" % v],
        "betterstack": ['type = "http"', 'uri = "https://in.logs.betterstack.com/"', 'encoding.codec = "json"',
                        'auth.strategy = "bearer"', "auth.token = %s" % v],
        "sumo": ['type = "http"', "uri = %s" % v, 'encoding.codec = "json"', 'method = "post"'],
    }[p]
    L = ['data_dir = "/var/lib/vector"', "", "[sources.app_logs]", 'type = "file"', 'include = ["/var/log/%s/*.log"]' % svc(r), "",
         "[transforms.parse]", 'type = "remap"', 'inputs = ["app_logs"]', "source = '''", "  . = parse_json!(.message)",
         "  .env = \"%s\"" % r.choice(ENVS), "'''", "", "[sinks.out]", 'inputs = ["parse"]'] + sink
    return r.choice(["vector.toml", "vector/vector.toml", "deploy/vector/vector.toml"]), L


@tpl("logstash.conf", when=lambda s: s.use.get("ship") in ("elastic", "elasticapi", "logzio", "sumo", "datadog"), w=3)
def t_logstash(r, c):
    p = c.spec.use["ship"]
    v = c.v("logstash", '"')
    out = {
        "elastic": ["  elasticsearch {", '    hosts => ["https://es.%s:9200"]' % dom(r), '    user => "logstash_writer"',
                    "    password => %s" % v, '    index => "%s-%%{+YYYY.MM.dd}"' % svc(r), "  }"],
        "elasticapi": ["  elasticsearch {", '    cloud_id => "%s"' % cloud_id(r), "    api_key => %s" % (
            v if c.label == "neg" else '"%s"' % es_idkey(c)), "    ssl => true", "  }"],
        "logzio": ["  http {", '    url => "https://listener.logz.io:8071?token=%s"' % v.strip('"'), '    http_method => "post"',
                   '    format => "json_batch"', "  }"],
        "sumo": ["  http {", "    url => %s" % v, '    http_method => "post"', '    format => "json"', "  }"],
        "datadog": ["  http {", '    url => "https://http-intake.logs.datadoghq.com/api/v2/logs"', '    http_method => "post"',
                    '    headers => { "DD-API-KEY" => %s }' % v, '    format => "json_batch"', "  }"],
    }[p]
    L = ["input {", "  beats {", "    port => 5044", "  }", "}", "", "filter {", "  json {", '    source => "message"', "  }",
         "  mutate {", '    add_field => { "env" => "%s" }' % r.choice(ENVS), "  }", "}", "", "output {"] + out + ["}"]
    return r.choice(["logstash/pipeline/logstash.conf", "pipeline/%s.conf" % svc(r), "logstash.conf"]), L


def es_idkey(c):
    """Beats / Logstash take the API key as "id:api_key" (not base64)."""
    if c.spec.key != "elastic/api-key":
        return ""
    idkey = base64.b64decode(c.literal()).decode()
    c.needle_override = idkey
    return idkey


def cloud_id(r):
    name = "%s-%s" % (r.choice(["prod", "logs", "observability"]), r.choice(["eu", "us", "cluster"]))
    host = r.choice(["europe-west1.gcp.cloud.es.io:443", "us-east-1.aws.found.io:443", "westeurope.azure.elastic-cloud.com:443"])
    payload = "%s$%s$%s" % (host, rs(r, HEX, 32), rs(r, HEX, 32))
    return "%s:%s" % (name, b64(payload.encode()))


@tpl("filebeat.yml", when=lambda s: s.use.get("ship") in ("elastic", "elasticapi"), w=3)
def t_filebeat(r, c):
    L = ["filebeat.inputs:", "  - type: filestream", "    id: %s-logs" % svc(r), "    paths:", "      - /var/log/%s/*.log" % svc(r),
         "", "processors:", "  - add_host_metadata: ~", "  - add_cloud_metadata: ~", ""]
    if c.spec.use["ship"] == "elasticapi":
        key = c.v("yaml", '"') if c.label == "neg" else '"%s"' % es_idkey(c)
        L += ["cloud.id: \"%s\"" % cloud_id(r), "output.elasticsearch:", "  api_key: %s" % key]
    else:
        L += ["output.elasticsearch:", '  hosts: ["https://es.%s:9200"]' % dom(r), '  username: "elastic"',
              "  password: %s" % c.v("yaml", r.choice(['"', "'", ""])), "  ssl.verification_mode: full"]
    L += ["", "setup.ilm.enabled: true", "logging.level: info"]
    return r.choice(["filebeat.yml", "filebeat/filebeat.yml", "deploy/beats/filebeat.yml"]), L


TF_PROVIDERS = {
    "pagerduty": ("PagerDuty/pagerduty", "~> 3.11"), "datadog": ("DataDog/datadog", "~> 3.39"),
    "grafana": ("grafana/grafana", "~> 2.19"), "newrelic": ("newrelic/newrelic", "~> 3.36"),
    "sentry": ("jianyuan/sentry", "~> 0.12"), "opsgenie": ("opsgenie/opsgenie", "~> 0.6"),
    "honeycombio": ("honeycombio/honeycombio", "~> 0.24"), "uptimerobot": ("louy/uptimerobot", "~> 0.5"),
    "statuspage": ("yannh/statuspage", "~> 0.1"), "checkly": ("checkly/checkly", "~> 1.7"),
    "dynatrace": ("dynatrace-oss/dynatrace", "~> 1.58"), "axiom": ("axiomhq/axiom", "~> 1.1"),
    "slack": ("pablovarela/slack", "~> 1.2"),
}


@tpl("terraform", when=has("tf"), w=4)
def t_terraform(r, c):
    prov, attr = c.spec.use["tf"]
    src, ver = TF_PROVIDERS[prov]
    L = ["terraform {", "  required_providers {", "    %s = {" % prov, '      source  = "%s"' % src,
         '      version = "%s"' % ver, "    }", "  }", "}", "", 'provider "%s" {' % prov]
    body = ["  %s = %s" % (attr, c.v("hcl", '"'))]
    if prov == "datadog":
        other = "app_key" if attr == "api_key" else "api_key"
        body.append("  %s = var.datadog_%s" % (other, other))
        body.append('  api_url = "https://api.datadoghq.eu/"')
    elif prov == "grafana":
        if attr == "auth":
            body.append('  url  = "https://grafana.%s"' % dom(r))
        else:
            body.append('  cloud_api_url = "https://grafana.com"')
    elif prov == "newrelic":
        body += ["  account_id = %s" % digits(r, 7), '  region     = "%s"' % r.choice(["US", "EU"])]
    elif prov == "opsgenie":
        body.append('  api_url = "api.eu.opsgenie.com"')
    elif prov == "checkly":
        body.append('  account_id = "%s"' % uuid4(r))
    elif prov == "dynatrace":
        body.append('  dt_env_url = "https://%s.live.dynatrace.com"' % rs(r, LOD, 8, mixed=False))
    elif prov == "sentry":
        body.append('  base_url = "https://sentry.io/api/"')
    r.shuffle(body)
    L += body + ["}", ""]
    res = {
        "pagerduty": ['resource "pagerduty_service" "api" {', '  name              = "%s"' % svc(r),
                      '  escalation_policy = pagerduty_escalation_policy.%s.id' % r.choice(TEAMS).replace("-", "_"),
                      '  alert_creation    = "create_alerts_and_incidents"', "}"],
        "datadog": ['resource "datadog_monitor" "errors" {', '  name    = "%s error rate"' % svc(r), '  type    = "metric alert"',
                    '  query   = "sum(last_5m):sum:trace.http.request.errors{service:%s}.as_count() > 50"' % svc(r),
                    '  message = "@slack-%s"' % r.choice(TEAMS), "}"],
        "grafana": ['resource "grafana_folder" "alerts" {', '  title = "%s alerts"' % r.choice(TEAMS), "}"],
        "sentry": ['resource "sentry_project" "web" {', '  organization = "%s"' % r.choice(["acme", "hooli"]),
                   '  teams        = ["%s"]' % r.choice(TEAMS), '  name         = "%s"' % svc(r), '  platform     = "python"', "}"],
    }.get(prov, ['resource "%s" "main" {' % {
        "honeycombio": "honeycombio_dataset", "uptimerobot": "uptimerobot_monitor", "statuspage": "statuspage_component",
        "checkly": "checkly_check_group", "dynatrace": "dynatrace_alerting", "axiom": "axiom_dataset",
        "opsgenie": "opsgenie_team", "newrelic": "newrelic_alert_policy", "slack": "slack_conversation"}.get(prov, prov + "_team"),
                 '  name = "%s"' % svc(r), "}"])
    L += res
    return r.choice(["terraform/monitoring/providers.tf", "infra/%s/main.tf" % prov, "terraform/alerting.tf"]), L


def py_send_lines(r, c, var):
    s = c.spec
    if s.use.get("url"):
        return ["    resp = requests.post(%s, json={\"text\": text}, timeout=10)" % var]
    if "hdr" in s.use:
        h, pre = s.use["hdr"]
        api = s.use["api"].replace("%s", r.choice(["acme", "prod", svc(r)]))
        hv = ('f"%s{%s}"' % (pre, var)) if pre else var
        return ["    resp = requests.post(", '        "%s",' % api,
                '        headers={"%s": %s, "Content-Type": "application/json"},' % (h, hv),
                '        json={"message": text, "source": socket.gethostname()},', "        timeout=10,", "    )"]
    if s.provider == "uptimerobot":
        return ["    resp = requests.post(\"https://api.uptimerobot.com/v2/getMonitors\",",
                "                         data={\"api_key\": %s, \"format\": \"json\"}, timeout=10)" % var]
    return ["    resp = requests.post(ENDPOINT, json={\"text\": text, \"token\": %s}, timeout=10)" % var]


@tpl("python", when=lambda s: s.use.get("url") or "hdr" in s.use or s.provider == "uptimerobot", w=1.6)
def t_py_bot(r, c):
    var = c.N()
    L = ['"""Forward Alertmanager webhooks to our chat / paging tools."""', "import logging", "import socket", "",
         "import requests", "from flask import Flask, request", "", "log = logging.getLogger(__name__)",
         "app = Flask(__name__)", "", "ENDPOINT = \"https://notify.%s/v1/events\"" % dom(r),
         "%s = %s" % (var, c.v("python", r.choice(['"', "'"]))), "", "",
         "def notify(text):"] + py_send_lines(r, c, var) + [
         "    if resp.status_code >= 300:", "        log.error(\"notify failed: %s %s\", resp.status_code, resp.text[:200])",
         "    return resp.ok", "", "", "@app.post(\"/alert\")", "def alert():", "    payload = request.get_json(force=True)",
         "    for a in payload.get(\"alerts\", []):", "        notify(\"[%s] %s\" % (a[\"status\"].upper(), a[\"annotations\"].get(\"summary\", \"\")))",
         "    return {\"ok\": True}"]
    return r.choice(["alert_bot/app.py", "tools/alert_forwarder.py", "%s/notify.py" % svc(r).replace("-", "_"),
                     "lambda/alert_relay/handler.py"]), L


@tpl("javascript", when=lambda s: s.use.get("url") or "hdr" in s.use, w=1.1)
def t_node_bot(r, c):
    s = c.spec
    var = c.c()
    L = ["const express = require('express');", "", "const app = express();", "app.use(express.json());", "",
         "const %s = %s;" % (var, c.v("js", r.choice(["'", '"']))), ""]
    if s.use.get("url"):
        send = ["  const res = await fetch(%s, {" % var, "    method: 'POST',", "    headers: { 'Content-Type': 'application/json' },",
                "    body: JSON.stringify({ text }),", "  });"]
    else:
        h, pre = s.use["hdr"]
        api = s.use["api"].replace("%s", r.choice(["acme", "prod", svc(r)]))
        hv = ("`%s${%s}`" % (pre, var)) if pre else var
        send = ["  const res = await fetch('%s', {" % api, "    method: 'POST',",
                "    headers: { '%s': %s, 'Content-Type': 'application/json' }," % (h, hv),
                "    body: JSON.stringify({ message: text }),", "  });"]
    L += ["async function notify(text) {"] + send + [
        "  if (!res.ok) console.error('notify failed', res.status);", "}", "",
        "app.post('/alertmanager', async (req, res) => {", "  for (const a of req.body.alerts || []) {",
        "    await notify(`[${a.status}] ${a.labels.alertname}: ${a.annotations.summary || ''}`);", "  }",
        "  res.json({ ok: true });", "});", "", "app.listen(process.env.PORT || %d);" % r.choice([3000, 8080, 9095])]
    return r.choice(["src/notify.js", "alert-relay/index.js", "bots/%s.js" % c.spec.provider]), L


@tpl("go", when=lambda s: s.use.get("url") or "hdr" in s.use, w=0.8)
def t_go_bot(r, c):
    s = c.spec
    val = c.v("go", '"')
    decl = ("var %s = %s" if val.startswith("os.") else "const %s = %s") % (c.c(), val)
    L = ["package main", "", "import (", '\t"bytes"', '\t"encoding/json"', '\t"log"', '\t"net/http"', '\t"os"', ")", "", decl, ""]
    if s.use.get("url"):
        body = ["\tresp, err := http.Post(%s, \"application/json\", bytes.NewReader(b))" % c.c()]
    else:
        h, pre = s.use["hdr"]
        api = s.use["api"].replace("%s", r.choice(["acme", "prod", svc(r)]))
        body = ['\treq, _ := http.NewRequest("POST", "%s", bytes.NewReader(b))' % api,
                '\treq.Header.Set("%s", "%s"+%s)' % (h, pre, c.c()) if pre else '\treq.Header.Set("%s", %s)' % (h, c.c()),
                '\treq.Header.Set("Content-Type", "application/json")', "\tresp, err := http.DefaultClient.Do(req)"]
    L += ["func notify(text string) error {", '\tb, _ := json.Marshal(map[string]string{"text": text})'] + body + [
        "\tif err != nil {", "\t\treturn err", "\t}", "\tdefer resp.Body.Close()", "\treturn nil", "}", "",
        "func main() {", '\thost, _ := os.Hostname()', '\tif err := notify("deploy finished on " + host); err != nil {',
        '\t\tlog.Fatal(err)', "\t}", "}"]
    return r.choice(["cmd/notify/main.go", "tools/alertping/main.go"]), L


GHA_ACTIONS = {
    "slack": ("slackapi/slack-github-action@v1.26.0", "env", "SLACK_WEBHOOK_URL"),
    "discord": ("sarisia/actions-status-discord@v1", "with", "webhook"),
    "teams": ("jdcargile/ms-teams-notification@v1.4", "with", "ms-teams-webhook-uri"),
    "gchat": ("Co-qn/google-chat-notification@releases/v1", "with", "webhook_url"),
    "telegram": ("appleboy/telegram-action@v1.0.0", "with", "token"),
}


@tpl("github-actions", when=lambda s: s.use.get("chat") in GHA_ACTIONS or s.use.get("sentry") == "token", w=3)
def t_gha_notify(r, c):
    s = c.spec
    L = ["name: deploy", "", "on:", "  push:", "    branches: [main]", "", "jobs:", "  deploy:", "    runs-on: ubuntu-latest",
         "    steps:", "      - uses: actions/checkout@v4", "      - name: Build and push", "        run: make release"]
    val = c.v("gha", r.choice(["", '"']))
    if s.use.get("sentry") == "token":
        L += ["      - name: Create Sentry release", "        uses: getsentry/action-release@v1", "        env:",
              "          SENTRY_AUTH_TOKEN: %s" % val, "          SENTRY_ORG: %s" % r.choice(["acme", "hooli"]),
              "          SENTRY_PROJECT: %s" % svc(r), "        with:", "          environment: production"]
    else:
        act, where, key = GHA_ACTIONS[s.use["chat"]]
        L += ["      - name: Notify", "        if: always()", "        uses: %s" % act]
        if where == "env":
            L += ["        with:", "          payload: |", "            {\"text\": \"${{ github.repository }} deploy ${{ job.status }}\"}",
                  "        env:", "          %s: %s" % (key, val), "          SLACK_WEBHOOK_TYPE: INCOMING_WEBHOOK"]
        else:
            L += ["        with:", "          %s: %s" % (key, val), "          status: ${{ job.status }}"]
            if key == "token":
                L.insert(len(L) - 1, "          to: \"-100%s\"" % digits(r, 10))
    return ".github/workflows/%s.yml" % r.choice(["deploy", "release", "cd"]), L


@tpl("python", when=lambda s: s.use.get("zbx"), w=4)
def t_zabbix_py(r, c):
    L = ["#!/usr/bin/env python3", '"""Put hosts into maintenance before patching."""', "import sys", "", "import requests", "",
         "ZABBIX_URL = \"https://zabbix.%s/api_jsonrpc.php\"" % dom(r), "%s = %s" % (c.N(), c.v("python", '"')), "", "",
         "def call(method, params):", "    r = requests.post(ZABBIX_URL, json={", '        "jsonrpc": "2.0", "method": method, "params": params,',
         '        "id": 1,', "    }, headers={\"Authorization\": f\"Bearer {%s}\"}, timeout=15)" % c.N(),
         "    r.raise_for_status()", '    return r.json()["result"]', "", "",
         "if __name__ == \"__main__\":", '    hosts = call("host.get", {"filter": {"host": sys.argv[1:]}, "output": ["hostid"]})',
         '    print("found %d hosts" % len(hosts))']
    return r.choice(["scripts/zabbix_maintenance.py", "ops/zbx/maintenance.py"]), L


@tpl("nagios-cfg", when=lambda s: s.use.get("nagios") or s.use.get("chat") in ("slack", "teams", "discord"), w=3)
def t_nagios(r, c):
    if c.spec.use.get("nagios"):
        L = ["# NCPA checks for Windows hosts", "define command {", "    command_name    check_ncpa",
             "    command_line    $USER1$/check_ncpa.py -H $HOSTADDRESS$ -t '%s' $ARG1$" % c.raw("nagios"), "}", "",
             "define service {", "    use                 generic-service", "    hostgroup_name      windows-servers",
             "    service_description CPU Usage", "    check_command       check_ncpa!-P 5693 -M cpu/percent -w 80 -c 90", "}"]
        return r.choice(["nagios/objects/commands.cfg", "etc/nagios/conf.d/ncpa.cfg"]), L
    L = ["# notification commands", "define command {", "    command_name    notify-service-by-chat",
         "    command_line    /usr/bin/curl -s -X POST -H 'Content-Type: application/json' -d '{\"text\":\"$NOTIFICATIONTYPE$: $HOSTNAME$/$SERVICEDESC$ is $SERVICESTATE$\"}' %s" % c.raw("nagios"),
         "}", "", "define contact {", "    contact_name                    chatops", "    use                             generic-contact",
         "    service_notification_commands   notify-service-by-chat", "    host_notification_commands      notify-host-by-email",
         "    email                           %s@%s" % (r.choice(TEAMS), dom(r)), "}"]
    return r.choice(["nagios/objects/commands.cfg", "etc/nagios/objects/contacts.cfg"]), L


@tpl("icinga-conf", when=lambda s: s.use.get("icinga"), w=4)
def t_icinga(r, c):
    user = r.choice(["root", "icingaweb2", "director", "dashing"])
    L = ["/**", " * The API user used by Icinga Web 2 and the Director.", " */", 'object ApiUser "%s" {' % user,
         '  password = "%s"' % c.literal(), '  permissions = [ "*" ]' if user == "root" else '  permissions = [ "status/query", "actions/*", "objects/modify/*", "objects/query/*" ]',
         "}", "", 'object ApiUser "prometheus-exporter" {', '  client_cn = "exporter.%s"' % dom(r), '  permissions = [ "objects/query/*" ]', "}"]
    if c.label == "neg":
        c.used = "placeholder" if c.decoy == "ref" else None
    return r.choice(["icinga2/conf.d/api-users.conf", "etc/icinga2/conf.d/api-users.conf"]), L


@tpl("netdata", when=lambda s: s.use.get("netdata"), w=4)
def t_netdata(r, c):
    x = r.random()
    if x < 0.4:
        L = ["[global]", "    url = https://app.netdata.cloud", "    token = %s" % c.literal(),
             "    rooms = %s" % uuid4(r), "    proxy = env", "    insecure = no"]
        if c.label == "neg":
            c.used = "placeholder" if c.decoy == "ref" else None
        return r.choice(["netdata/claim.conf", "etc/netdata/claim.conf"]), L
    L = ["services:", "  netdata:", "    image: netdata/netdata:stable", "    container_name: netdata", "    pid: host",
         "    network_mode: host", "    restart: unless-stopped", "    cap_add:", "      - SYS_PTRACE", "      - SYS_ADMIN",
         "    environment:", "      NETDATA_CLAIM_TOKEN: %s" % c.v("compose", ""),
         "      NETDATA_CLAIM_URL: https://app.netdata.cloud", "      NETDATA_CLAIM_ROOMS: %s" % uuid4(r),
         "    volumes:", "      - netdataconfig:/etc/netdata", "      - /proc:/host/proc:ro", "", "volumes:", "  netdataconfig:"]
    return r.choice(["netdata/docker-compose.yml", "docker-compose.netdata.yml"]), L


@tpl("python", when=lambda s: s.use.get("twilio") or s.use.get("vonage"), w=4)
def t_sms_py(r, c):
    s = c.spec
    if s.use.get("twilio") == "auth":
        head = ["from twilio.rest import Client", "", "ACCOUNT_SID = \"AC%s\"" % rs(r, HEX, 32),
                "%s = %s" % (c.N(), c.v("python", '"')), "FROM_NUMBER = \"+1415555%04d\"" % r.randint(100, 9999), "",
                "client = Client(ACCOUNT_SID, %s)" % c.N()]
    elif s.use.get("twilio") == "key":
        head = ["from twilio.rest import Client", "", "ACCOUNT_SID = \"AC%s\"" % rs(r, HEX, 32),
                "API_KEY_SID = \"SK%s\"" % rs(r, HEX, 32), "%s = %s" % (c.N(), c.v("python", '"')),
                "FROM_NUMBER = \"+1628555%04d\"" % r.randint(100, 9999), "",
                "client = Client(API_KEY_SID, %s, ACCOUNT_SID)" % c.N()]
    else:
        head = ["import vonage", "", "VONAGE_API_KEY = \"%s\"" % rs(r, HEX, 8), "%s = %s" % (c.N(), c.v("python", '"')),
                "", "client = vonage.Client(key=VONAGE_API_KEY, secret=%s)" % c.N(), "sms = vonage.Sms(client)"]
    L = ['"""SMS fallback for P1 pages when the chat integration is down."""', "import os", ""] + head + [
        "ONCALL = os.environ.get(\"ONCALL_NUMBERS\", \"\").split(\",\")", "", "",
        "def page(text):", "    for number in filter(None, ONCALL):"]
    if s.use.get("vonage"):
        L += ["        sms.send_message({\"from\": \"Alerts\", \"to\": number, \"text\": text[:150]})"]
    else:
        L += ["        client.messages.create(body=text[:150], from_=FROM_NUMBER, to=number)"]
    return r.choice(["oncall/sms_fallback.py", "alerting/sms.py"]), L


@tpl("python", when=lambda s: s.use.get("chat") in ("dingsec", "feishusec"), w=5)
def t_sign_bot(r, c):
    ding = c.spec.use["chat"] == "dingsec"
    L = ["import base64", "import hashlib", "import hmac", "import os", "import time", "import urllib.parse", "", "import requests", "",
         "WEBHOOK = os.environ[\"%s\"]" % ("DINGTALK_WEBHOOK" if ding else "FEISHU_WEBHOOK"),
         "%s = %s" % (c.N(), c.v("python", '"')), "", ""]
    if ding:
        L += ["def signed_url():", "    ts = str(round(time.time() * 1000))",
              "    to_sign = f\"{ts}\\n{%s}\"" % c.N(),
              "    digest = hmac.new(%s.encode(), to_sign.encode(), hashlib.sha256).digest()" % c.N(),
              "    sign = urllib.parse.quote_plus(base64.b64encode(digest))", "    return f\"{WEBHOOK}&timestamp={ts}&sign={sign}\"", "", "",
              "def send(text):", "    requests.post(signed_url(), json={\"msgtype\": \"text\", \"text\": {\"content\": text}}, timeout=5)"]
    else:
        L += ["def send(text):", "    ts = str(int(time.time()))", "    key = f\"{ts}\\n{%s}\"" % c.N(),
              "    sign = base64.b64encode(hmac.new(key.encode(), digestmod=hashlib.sha256).digest()).decode()",
              "    body = {\"timestamp\": ts, \"sign\": sign, \"msg_type\": \"text\", \"content\": {\"text\": text}}",
              "    requests.post(WEBHOOK, json=body, timeout=5)"]
    return r.choice(["alert/dingtalk_bot.py" if ding else "alert/feishu_bot.py", "notify/im_robot.py"]), L


@tpl("python", when=lambda s: s.use.get("chat") in ("slackbot", "slackapp") or s.key == "slack/signing-secret", w=4)
def t_slack_bolt(r, c):
    k = c.spec.key
    tok = c.v("python", '"')
    bot = tok if k == "slack/bot-token" else 'os.environ["SLACK_BOT_TOKEN"]'
    sig = tok if k == "slack/signing-secret" else 'os.environ.get("SLACK_SIGNING_SECRET")'
    L = ['"""Incident bot: /incident opens a channel and pages on-call."""', "import os", "",
         "from slack_bolt import App", "from slack_bolt.adapter.socket_mode import SocketModeHandler", "",
         "app = App(", "    token=%s," % bot, "    signing_secret=%s," % sig, ")", "", "",
         "@app.command(\"/incident\")", "def open_incident(ack, body, client):", "    ack()",
         "    name = \"inc-\" + body[\"text\"].strip().lower().replace(\" \", \"-\")[:60]",
         "    ch = client.conversations_create(name=name)", "    client.chat_postMessage(channel=ch[\"channel\"][\"id\"], text=\"Incident opened\")", "", "",
         "if __name__ == \"__main__\":"]
    if k == "slack/app-token":
        L += ["    SocketModeHandler(app, %s).start()" % tok]
    else:
        L += ["    SocketModeHandler(app, os.environ[\"SLACK_APP_TOKEN\"]).start()"]
    return r.choice(["incident_bot/app.py", "bots/incident/main.py"]), L


@tpl("python", when=lambda s: s.key in ("telegram/bot-token", "discord/bot-token"), w=4)
def t_chat_bot(r, c):
    if c.spec.provider == "telegram":
        L = ["import os", "", "import requests", "", "%s = %s" % (c.N(), c.v("python", '"')),
             "CHAT_ID = os.getenv(\"TELEGRAM_CHAT_ID\", \"-100%s\")" % digits(r, 10), "", "",
             "def send(text):", "    url = f\"https://api.telegram.org/bot{%s}/sendMessage\"" % c.N(),
             "    r = requests.post(url, data={\"chat_id\": CHAT_ID, \"text\": text, \"parse_mode\": \"HTML\"}, timeout=10)",
             "    r.raise_for_status()", "", "", "if __name__ == \"__main__\":", "    send(\"<b>backup</b> finished\")"]
        return r.choice(["scripts/telegram_notify.py", "monitoring/tg_alert.py"]), L
    L = ["import discord", "", "intents = discord.Intents.default()", "client = discord.Client(intents=intents)",
         "ALERT_CHANNEL_ID = %s" % snowflake(r), "", "", "@client.event", "async def on_ready():",
         "    ch = client.get_channel(ALERT_CHANNEL_ID)", "    await ch.send(\"status bot online\")", "", "",
         "client.run(%s)" % c.v("python", '"')]
    return r.choice(["statusbot/bot.py", "discord_alerts/main.py"]), L



@tpl("loki-config.yaml", when=lambda s: s.key in ("loki/basic-auth-password", "prometheus/remote-write-password",
                                                 "grafana/cloud-token"), w=2.5)
def t_loki_cfg(r, c):
    L = ["auth_enabled: false", "", "server:", "  http_listen_port: 3100", "", "common:", "  path_prefix: /loki",
         "  replication_factor: 1", "  ring:", "    kvstore:", "      store: inmemory", "",
         "schema_config:", "  configs:", "    - from: 2024-01-01", "      store: tsdb", "      object_store: s3",
         "      schema: v13", "      index:", "        prefix: index_", "        period: 24h", "",
         "ruler:", "  alertmanager_url: https://alertmanager.%s" % dom(r), "  enable_api: true",
         "  alertmanager_client:", "    basic_auth_username: %s" % r.choice(["loki-ruler", "ruler", digits(r, 6)]),
         "    basic_auth_password: %s" % c.v("yaml", r.choice(['"', "", "'"])), "",
         "limits_config:", "  retention_period: %dh" % r.choice([168, 336, 744])]
    return r.choice(["loki/loki-config.yaml", "loki-config.yaml", "deploy/loki/config.yaml"]), L


# ----------------------------------------------------------------------------
# negative-only templates (public ids, digests, ciphertext ...) register here
# ----------------------------------------------------------------------------

NEG_TEMPLATES = []


def negtpl(ftype, provider, kind, w=1.0):
    def deco(fn):
        NEG_TEMPLATES.append((fn, ftype, provider, kind, w))
        return fn
    return deco


def public_dsn(r):
    org = digits(r, r.choice([6, 7]))
    host = r.choice(["o%s.ingest.sentry.io" % org, "o%s.ingest.us.sentry.io" % org, "o%s.ingest.de.sentry.io" % org])
    return "https://%s@%s/%s" % (rs(r, HEX, 32), host, digits(r, 7))


@negtpl("sentry.client.config.ts", "sentry", "public-dsn", w=2)
def n_sentry_client(r):
    L = ['import * as Sentry from "@sentry/nextjs";', "", "Sentry.init({",
         '  dsn: %s,' % r.choice(['"%s"' % public_dsn(r), "process.env.NEXT_PUBLIC_SENTRY_DSN"]),
         "  tracesSampleRate: %s," % r.choice(["0.1", "1.0", "0.2"]), "  replaysSessionSampleRate: 0.1,",
         "  replaysOnErrorSampleRate: 1.0,", "  integrations: [Sentry.replayIntegration()],",
         '  environment: process.env.NEXT_PUBLIC_VERCEL_ENV ?? "development",', "});"]
    if "process.env" in L[3]:
        L[3] = '  dsn: "%s",' % public_dsn(r)
    return r.choice(["sentry.client.config.ts", "sentry.edge.config.ts", "src/instrument.ts"]), L


@negtpl("dotenv", "sentry", "public-dsn", w=1.2)
def n_sentry_env(r):
    L = ["# Public, safe to expose in the browser bundle", "NEXT_PUBLIC_SENTRY_DSN=%s" % public_dsn(r),
         "NEXT_PUBLIC_SENTRY_ENVIRONMENT=%s" % r.choice(ENVS), "SENTRY_ORG=%s" % r.choice(["acme", "hooli"]),
         "SENTRY_PROJECT=%s" % svc(r), "# SENTRY_AUTH_TOKEN is injected by CI from the secret store",
         "SENTRY_RELEASE=%s" % rs(r, HEX, 40)]
    return r.choice([".env.production", "web/.env", "frontend/.env.example"]), L


@negtpl("javascript", "datadog", "rum-client-token", w=2)
def n_dd_rum(r):
    L = ["import { datadogRum } from '@datadog/browser-rum';", "import { datadogLogs } from '@datadog/browser-logs';", "",
         "// clientToken is a public browser token, not an API key", "datadogRum.init({",
         "  applicationId: '%s'," % uuid4(r), "  clientToken: 'pub%s'," % rs(r, HEX, 32),
         "  site: '%s'," % r.choice(["datadoghq.com", "datadoghq.eu"]), "  service: '%s-web'," % svc(r),
         "  env: '%s'," % r.choice(ENVS), "  version: '%d.%d.%d'," % (r.randint(1, 3), r.randint(0, 30), r.randint(0, 9)),
         "  sessionSampleRate: 100,", "  sessionReplaySampleRate: 20,", "  trackUserInteractions: true,", "});"]
    return r.choice(["src/monitoring/rum.ts", "web/src/datadog.js", "app/javascript/rum.js"]), L


@negtpl("dotenv", "datadog", "rum-client-token", w=1)
def n_dd_rum_env(r):
    L = ["VITE_DD_APPLICATION_ID=%s" % uuid4(r), "VITE_DD_CLIENT_TOKEN=pub%s" % rs(r, HEX, 32),
         "VITE_DD_SITE=datadoghq.eu", "VITE_DD_SERVICE=%s-web" % svc(r), "VITE_API_BASE=https://api.%s" % dom(r)]
    return r.choice(["web/.env.production", ".env.production"]), L


@negtpl("html", "newrelic", "browser-agent", w=2)
def n_nr_browser(r):
    acct = digits(r, 7)
    L = ["<!doctype html>", "<html lang=\"en\">", "<head>", "  <meta charset=\"utf-8\">", "  <title>%s</title>" % svc(r),
         "  <script type=\"text/javascript\">", "    ;window.NREUM||(NREUM={});NREUM.init={distributed_tracing:{enabled:true},privacy:{cookies_enabled:true}};",
         "    ;NREUM.loader_config={accountID:\"%s\",trustKey:\"%s\",agentID:\"%s\",licenseKey:\"NRJS-%s\",applicationID:\"%s\"};" % (
             acct, acct, digits(r, 9), rs(r, HEX, 19), digits(r, 9)),
         "    ;NREUM.info={beacon:\"bam.nr-data.net\",errorBeacon:\"bam.nr-data.net\",licenseKey:\"NRJS-%s\",applicationID:\"%s\",sa:1};" % (
             rs(r, HEX, 19), digits(r, 9)),
         "  </script>", "  <script src=\"/static/js/nr-loader-spa-1.259.0.min.js\"></script>", "</head>", "<body>",
         "  <div id=\"root\"></div>", "</body>", "</html>"]
    return r.choice(["public/index.html", "templates/base.html"]), L


@negtpl("alertmanager-payload-json", "alertmanager", "fingerprints", w=2)
def n_am_payload(r):
    a = r.choice(ALERTS)
    gk = '{}:{alertname="%s"}' % a
    L = ["{", '  "receiver": "%s-pager",' % r.choice(TEAMS), '  "status": "firing",', '  "alerts": [', "    {",
         '      "status": "firing",', '      "labels": {"alertname": "%s", "severity": "critical", "namespace": "%s"},' % (a, svc(r)),
         '      "annotations": {"summary": "%s on %s"},' % (a, svc(r)),
         '      "startsAt": "2024-%02d-%02dT%02d:%02d:11.04Z",' % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)),
         '      "endsAt": "0001-01-01T00:00:00Z",',
         '      "generatorURL": "http://prometheus:9090/graph?g0.expr=up+%3D%3D+0&g0.tab=1",',
         '      "fingerprint": "%s"' % rs(r, HEX, 16), "    }", "  ],",
         '  "groupLabels": {"alertname": "%s"},' % a, '  "groupKey": "%s",' % gk.replace('"', '\\"'),
         '  "truncatedAlerts": 0,', '  "externalURL": "http://alertmanager.%s:9093",' % dom(r), '  "version": "4"', "}"]
    return r.choice(["testdata/alertmanager_firing.json", "tests/fixtures/webhook_payload.json"]), L


@negtpl("markdown-postmortem", "opentelemetry", "trace-ids", w=2)
def n_trace_md(r):
    d = "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))
    L = ["# Incident %s: elevated 5xx on %s" % (d, svc(r)), "", "## Evidence", "",
         "Slowest trace during the spike:", "", "```",
         "trace_id=%s span_id=%s service=%s duration=%dms status=ERROR" % (rs(r, HEX, 32), rs(r, HEX, 16), svc(r), r.randint(3000, 30000)),
         "trace_id=%s span_id=%s service=%s duration=%dms status=ERROR" % (rs(r, HEX, 32), rs(r, HEX, 16), svc(r), r.randint(3000, 30000)),
         "```", "", "Request id from the customer ticket: `%s`" % uuid4(r),
         "Alertmanager fingerprint: `%s`, PagerDuty incident `Q%s`" % (rs(r, HEX, 16), rs(r, UPD, 13)), "",
         "## Root cause", "", "Connection pool exhaustion after the %s deploy (commit `%s`)." % (svc(r), rs(r, HEX, 40)[:12])]
    return "docs/incidents/%s-%s.md" % (d, svc(r)), L


@negtpl("grafana-dashboard-json", "grafana", "dashboard-uid", w=1.5)
def n_dashboard(r):
    L = ["{", '  "uid": "%s",' % rs(r, B62 + "-_", 14), '  "title": "%s overview",' % svc(r), '  "tags": ["%s", "slo"],' % r.choice(TEAMS),
         '  "timezone": "browser",', '  "schemaVersion": 39,', '  "panels": [', "    {", '      "id": 2,', '      "type": "timeseries",',
         '      "title": "Error rate",', '      "datasource": {"type": "prometheus", "uid": "%s"},' % rs(r, B62, 9),
         '      "targets": [{"expr": "sum(rate(%s{code=~\\"5..\\"}[5m]))", "refId": "A"}]' % r.choice(METRICS), "    }", "  ],",
         '  "version": %d' % r.randint(3, 80), "}"]
    return "grafana/dashboards/%s.json" % svc(r), L


@negtpl("yaml", "slack", "channel-ids", w=1.5)
def n_slack_ids(r):
    L = ["# Routing table: team -> Slack channel (ids, not secrets)", "workspace:",
         "  team_id: T%s" % rs(r, UPD, 10), "  bot_user_id: U%s" % rs(r, UPD, 10), "channels:"]
    for t in r.sample(TEAMS, 4):
        L += ["  - team: %s" % t, "    channel_id: C%s" % rs(r, UPD, 10), "    escalation_user: U%s" % rs(r, UPD, 10)]
    L += ["token_env: SLACK_BOT_TOKEN"]
    return r.choice(["config/slack-routing.yaml", "alerting/channels.yml"]), L


@negtpl("json", "discord", "snowflake-ids", w=1.2)
def n_discord_ids(r):
    L = ["{", '  "application_id": "%s",' % snowflake(r), '  "public_key": "%s",' % rs(r, HEX, 64),
         '  "guild_id": "%s",' % snowflake(r), '  "alert_channel_id": "%s",' % snowflake(r),
         '  "oncall_role_id": "%s",' % snowflake(r), '  "token": "${DISCORD_BOT_TOKEN}"', "}"]
    return r.choice(["bot/config.json", "discord/config.json"]), L


@negtpl("terraform", "pagerduty", "service-ids", w=1.5)
def n_pd_ids(r):
    L = ['provider "pagerduty" {', "  token = var.pagerduty_token", "}", "", "locals {", "  # existing services (imported)",
         '  api_service_id      = "P%s"' % rs(r, UPD, 6), '  worker_service_id   = "P%s"' % rs(r, UPD, 6),
         '  escalation_policy   = "P%s"' % rs(r, UPD, 6), "}", "",
         'data "pagerduty_vendor" "datadog" {', '  name = "Datadog"', "}", "",
         'resource "pagerduty_service_integration" "dd" {', '  name    = "Datadog"',
         "  service = local.api_service_id", "  vendor  = data.pagerduty_vendor.datadog.id", "}", "",
         'output "dd_integration_key" {', "  value     = pagerduty_service_integration.dd.integration_key",
         "  sensitive = true", "}"]
    return "terraform/pagerduty/main.tf", L


@negtpl("filebeat.yml", "elastic", "cloud-id", w=1.5)
def n_cloud_id(r):
    L = ["filebeat.inputs:", "  - type: filestream", "    id: app", "    paths: [/var/log/app/*.log]", "",
         'cloud.id: "%s"' % cloud_id(r), 'cloud.auth: "${ES_USERNAME}:${ES_PASSWORD}"', "",
         "setup.kibana:", "  host: \"https://%s.kb.europe-west1.gcp.cloud.es.io:9243\"" % rs(r, HEX, 32)]
    return "filebeat.yml", L


@negtpl("k8s-deployment", "kubernetes", "secretKeyRef", w=2)
def n_secretkeyref(r):
    spec = r.choice([s for s in SPECS if not s.weak or s.provider in ("datadog", "pagerduty", "opsgenie")])
    envs = r.sample([s for s in SPECS], 2) + [spec]
    L = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: %s" % svc(r), "  namespace: monitoring", "spec:",
         "  replicas: 2", "  template:", "    metadata:", "      annotations:",
         "        checksum/config: %s" % rs(r, HEX, 64), "    spec:", "      containers:", "        - name: app",
         "          image: ghcr.io/%s/%s@sha256:%s" % (r.choice(TEAMS), svc(r), rs(r, HEX, 64)), "          env:"]
    for s in envs:
        L += ["            - name: %s" % s.pnames[0].upper(), "              valueFrom:", "                secretKeyRef:",
              "                  name: %s-credentials" % s.provider, "                  key: %s" % kebab(s.pnames[0])]
    return r.choice(["k8s/%s/deployment.yaml" % svc(r), "manifests/deployment.yaml"]), L


@negtpl("sops-yaml", "sops", "ciphertext", w=2)
def n_sops(r):
    spec = r.choice(SPECS)
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "    name: %s-credentials" % spec.provider, "    namespace: monitoring",
         "type: Opaque", "stringData:", "    %s: %s" % (kebab(spec.pnames[0]), sops_value(r, 40)),
         "    channel: %s" % sops_value(r, 10), "sops:", "    kms: []", "    age:",
         "        - recipient: age1%s" % rs(r, LOD, 58),
         "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----"]
    for _ in range(4):
        L.append("            " + rb64(r, 48))
    L += ["            -----END AGE ENCRYPTED FILE-----",
          "    lastmodified: \"2024-%02d-%02dT%02d:%02d:%02dZ\"" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
          "    mac: %s" % sops_value(r, 64).replace("type:str", "type:str"), "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
    return r.choice(["secrets/%s.enc.yaml" % spec.provider, "clusters/prod/monitoring/%s-secret.sops.yaml" % spec.provider]), L


@negtpl("sealed-secret", "sealed-secrets", "ciphertext", w=1.5)
def n_sealed(r):
    spec = r.choice(SPECS)
    L = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: %s-credentials" % spec.provider,
         "  namespace: monitoring", "spec:", "  encryptedData:",
         "    %s: Ag%s" % (kebab(spec.pnames[0]), rb64(r, 420)), "  template:", "    metadata:",
         "      name: %s-credentials" % spec.provider, "      namespace: monitoring", "    type: Opaque"]
    return "k8s/sealed/%s-sealedsecret.yaml" % spec.provider, L


@negtpl("terraform", "aws-kms", "ciphertext", w=1)
def n_kms(r):
    spec = r.choice([s for s in SPECS if "tf" in s.use])
    L = ['data "aws_kms_secrets" "monitoring" {', "  secret {", '    name    = "%s"' % spec.pnames[0],
         '    payload = "AQICAH%s"' % rb64(r, 150), "", "    context = {", '      service = "alerting"', "    }", "  }", "}", "",
         'provider "%s" {' % spec.use["tf"][0],
         '  %s = data.aws_kms_secrets.monitoring.plaintext["%s"]' % (spec.use["tf"][1], spec.pnames[0]), "}"]
    return "terraform/%s.tf" % spec.provider, L


@negtpl("docker-compose", "docker", "image-digests", w=1)
def n_digests(r):
    L = ["services:", "  grafana:", "    image: grafana/grafana@sha256:%s" % rs(r, HEX, 64), "    environment:",
         "      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin", "    secrets:", "      - grafana_admin",
         "  alertmanager:", "    image: prom/alertmanager@sha256:%s" % rs(r, HEX, 64), "    command:",
         "      - --config.file=/etc/alertmanager/alertmanager.yml", "", "secrets:", "  grafana_admin:",
         "    file: ./secrets/grafana_admin.txt"]
    return "monitoring/docker-compose.yml", L


@negtpl("yaml", "twilio", "account-sid", w=1)
def n_twilio_sid(r):
    L = ["sms:", "  provider: twilio", "  account_sid: AC%s" % rs(r, HEX, 32),
         "  messaging_service_sid: MG%s" % rs(r, HEX, 32), "  auth_token: ${TWILIO_AUTH_TOKEN}",
         "  from: \"+1415555%04d\"" % r.randint(100, 9999), "  rate_limit_per_minute: 10"]
    return r.choice(["config/sms.yaml", "notifier/sms.yml"]), L


@negtpl("yaml", "msteams", "ids", w=1)
def n_teams_ids(r):
    L = ["teams:", "  tenant_id: %s" % uuid4(r), "  app_id: %s" % uuid4(r), "  team_id: %s" % uuid4(r),
         "  channel_id: \"19:%s@thread.tacv2\"" % rs(r, HEX, 32), "  # incoming webhook URL comes from Key Vault",
         "  webhook_url_secret: kv-%s-teams-webhook" % r.choice(ENVS)]
    return "config/teams.yaml", L


@negtpl("terraform", "newrelic", "entity-guid", w=1)
def n_nr_guid(r):
    acct = digits(r, 7)
    guid = b64(("%s|APM|APPLICATION|%s" % (acct, digits(r, 9))).encode(), pad=False)
    L = ['data "newrelic_entity" "app" {', '  name = "%s"' % svc(r), '  domain = "APM"', "}", "",
         'resource "newrelic_alert_policy" "p" {', '  name = "%s golden signals"' % svc(r), "}", "",
         'resource "newrelic_nrql_alert_condition" "errors" {', "  account_id = %s" % acct,
         "  policy_id  = newrelic_alert_policy.p.id", '  name       = "Error rate"',
         "  nrql {", '    query = "SELECT percentage(count(*), WHERE error IS true) FROM Transaction WHERE entityGuid = \'%s\'"' % guid,
         "  }", "  critical {", "    operator  = \"above\"", "    threshold = 5", "    threshold_duration = 300", "  }", "}"]
    return "terraform/newrelic/alerts.tf", L


@negtpl("yaml", "statuspage", "page-ids", w=1)
def n_statuspage_ids(r):
    L = ["statuspage:", "  page_id: %s" % rs(r, LOD, 12, mixed=False), "  api_key: ${STATUSPAGE_API_KEY}", "  components:"]
    for s_ in r.sample(SERVICES, 3):
        L += ["    %s: %s" % (s_, rs(r, LOD, 12, mixed=False))]
    return "config/statuspage.yml", L


@negtpl("yaml", "prometheus", "rules", w=1)
def n_rules(r):
    a = r.choice(ALERTS)
    L = ["groups:", "  - name: %s.rules" % svc(r), "    rules:", "      - alert: %s" % a,
         "        expr: sum(rate(%s[5m])) by (service) > %d" % (r.choice(METRICS), r.randint(1, 50)), "        for: 10m",
         "        labels:", "          severity: critical", "          team: %s" % r.choice(TEAMS), "        annotations:",
         "          summary: \"{{ $labels.service }} is failing\"",
         "          runbook_url: https://runbooks.%s/%s" % (dom(r), kebab(a.lower())),
         "          dashboard: https://grafana.%s/d/%s" % (dom(r), rs(r, B62, 9)),
         "# rule-hash: %s" % rs(r, HEX, 64)]
    return "prometheus/rules/%s.yml" % svc(r), L


@negtpl("python", "testing", "test-vectors", w=1)
def n_test_mask(r):
    L = ["from alerting.redact import mask_url, mask_token", "", "",
         "def test_mask_slack_url():",
         "    url = \"https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX\"",
         "    assert mask_url(url).endswith(\"/****\")", "", "",
         "def test_mask_token_keeps_prefix():", "    assert mask_token(\"glc_EXAMPLE_TOKEN\") == \"glc_****\"",
         "    assert mask_token(\"dt0c01.SAMPLE.TOKEN\") == \"dt0c01.****\"", "", "",
         "def test_uuid_passthrough():", "    assert mask_token(\"%s\", keep_ids=True).startswith(\"%s\")" % ((lambda u: (u, u[:8]))(uuid4(r)))]
    return "tests/test_redact.py", L


@negtpl("yaml", "alertmanager", "status-redacted", w=1)
def n_am_status(r):
    L = ["# output of: amtool config show --alertmanager.url=http://alertmanager:9093", "global:",
         "  resolve_timeout: 5m", "  smtp_auth_password: <secret>", "  slack_api_url: <secret>",
         "  pagerduty_url: https://events.pagerduty.com/v2/enqueue", "route:", "  receiver: %s" % r.choice(TEAMS),
         "receivers:", "- name: %s" % r.choice(TEAMS), "  pagerduty_configs:", "  - routing_key: <secret>",
         "    url: https://events.pagerduty.com/v2/enqueue", "  opsgenie_configs:", "  - api_key: <secret>",
         "    api_url: https://api.opsgenie.com/"]
    return "docs/debug/alertmanager-running-config.yaml", L


# ----------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------

def wchoice(r, items, weights):
    t = sum(weights)
    x = r.random() * t
    for it, w in zip(items, weights):
        x -= w
        if x <= 0:
            return it
    return items[-1]


def pick_name(r, spec, generic_rate=0.3):
    if spec.weak or not spec.gnames or r.random() > generic_rate:
        return r.choice(spec.pnames)
    return r.choice(spec.gnames)


def fit_lines(r, lines, ftype):
    lines = [ln.rstrip() for ln in lines]
    while len(lines) < 5:
        lines.append("")
    return lines[:80]


def render_slot(r, spec, label, decoy=None):
    cands = [(t, t[3]) for t in TEMPLATES if t[2](spec)]
    if any(not t[4] for t, _w in cands):
        cands = [(t, w * (0.45 if t[4] else 1.0)) for t, w in cands]
    fn, ftype, _, _, generic = wchoice(r, [c[0] for c in cands], [c[1] for c in cands])
    name = pick_name(r, spec) if generic else r.choice(spec.pnames)
    if label == "pos":
        slot = Slot(r, spec, "pos", secret=spec.gen(r), name=name)
    else:
        slot = Slot(r, spec, "neg", decoy=decoy, name=name)
    path, lines = fn(r, slot)
    return path, fit_lines(r, lines, ftype), ftype, slot


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("NEEDLE")[0])
        sys.exit("usage: gen_v.py OUTDIR SEED")
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    manifest, secrets = [], []
    needles = []
    named_stats = collections.Counter()

    # ---- positives: cycle through specs so every kind is covered ----------
    order = []
    while len(order) < 500:
        block = SPECS[:]
        r.shuffle(block)
        order += block
    order = order[:500]
    for i, spec in enumerate(order):
        for _attempt in range(50):
            path, lines, ftype, slot = render_slot(r, spec, "pos")
            text = "\n".join(lines) + "\n"
            nd = slot.needle_override or slot.secret
            if text.count(nd) == 1:
                break
        else:
            raise RuntimeError("could not place needle for %s" % spec.key)
        ln = next(j for j, l in enumerate(lines) if nd in l) + 1
        line_low = lines[ln - 1].lower()
        named_stats["provider-named" if any(
            a in line_low.replace(nd.lower(), "") for a in ALIASES.get(spec.provider, [spec.provider]))
            else "generic-name"] += 1
        rel = "pos/p%04d/%s" % (i, path)
        write(out, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": spec.provider, "kind": spec.kind,
                         "filetype": ftype})
        secrets.append({"file": rel, "needle": nd, "line": ln})
        needles.append(nd)

    # ---- negatives --------------------------------------------------------
    for i in range(500):
        if NEG_TEMPLATES and r.random() < 0.45:
            fn, ftype, prov, kind, _w = wchoice(r, NEG_TEMPLATES, [t[4] for t in NEG_TEMPLATES])
            path, lines = fn(r)
            lines = fit_lines(r, lines, ftype)
        else:
            spec = r.choice(SPECS)
            decoy = wchoice(r, ["ref", "placeholder", "redacted"], [0.45, 0.33, 0.22])
            path, lines, ftype, slot = render_slot(r, spec, "neg", decoy)
            prov, kind = spec.provider, "%s:%s" % (spec.kind, slot.used or decoy)
        text = "\n".join(lines) + "\n"
        rel = "neg/n%04d/%s" % (i, path)
        write(out, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ftype})

    with open(os.path.join(out, "manifest.jsonl"), "w") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    self_check(out, manifest, secrets, named_stats)


def write(out, rel, text):
    p = os.path.join(out, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)


def self_check(out, manifest, secrets, named_stats):
    errors = 0
    for s in secrets:
        with open(os.path.join(out, s["file"]), encoding="utf-8") as f:
            text = f.read()
        lines = text.split("\n")
        if s["needle"] not in lines[s["line"] - 1] or text.count(s["needle"]) != 1:
            print("SELF-CHECK FAIL needle/line:", s["file"])
            errors += 1
        if "\n" in s["needle"]:
            errors += 1
    needles = [s["needle"] for s in secrets]
    for m in manifest:
        if m["label"] != "neg":
            continue
        with open(os.path.join(out, m["file"]), encoding="utf-8") as f:
            text = f.read()
        for nd in needles:
            if nd in text:
                print("SELF-CHECK FAIL needle in negative:", m["file"])
                errors += 1
    for m in manifest:
        with open(os.path.join(out, m["file"]), encoding="utf-8") as f:
            n = f.read().count("\n")
        if not 5 <= n <= 80:
            print("SELF-CHECK FAIL line count %d: %s" % (n, m["file"]))
            errors += 1
    pos = [m for m in manifest if m["label"] == "pos"]
    neg = [m for m in manifest if m["label"] == "neg"]
    print("positives: %d  negatives: %d" % (len(pos), len(neg)))
    print("name style of positives:", dict(named_stats))
    for label, rows in (("pos", pos), ("neg", neg)):
        print("\n== %s providers (%d) ==" % (label, len({m['provider'] for m in rows})))
        print(", ".join("%s:%d" % kv for kv in sorted(collections.Counter(m["provider"] for m in rows).items())))
        kinds = collections.Counter("%s/%s" % (m["provider"], m["kind"]) for m in rows)
        print("== %s provider/kind pairs (%d) ==" % (label, len(kinds)))
        print(", ".join("%s:%d" % kv for kv in sorted(kinds.items())))
        print("== %s file types (%d) ==" % (label, len({m['filetype'] for m in rows})))
        print(", ".join("%s:%d" % kv for kv in sorted(collections.Counter(m["filetype"] for m in rows).items())))
    if errors:
        print("\nSELF-CHECK: %d error(s)" % errors)
        sys.exit(1)
    print("\nSELF-CHECK: OK")


ALIASES = {
    "slack": ["slack"], "discord": ["discord"], "msteams": ["teams"], "powerautomate": ["teams", "automate", "flow"],
    "googlechat": ["chat", "gchat", "hangouts"], "mattermost": ["mattermost", "mm_"], "rocketchat": ["rocket", "rc_"],
    "dingtalk": ["dingtalk", "dingding"], "feishu": ["feishu", "lark"], "wecom": ["wecom", "wechat", "qywx"],
    "telegram": ["telegram", "tg_"], "pagerduty": ["pagerduty", "pd_"], "opsgenie": ["opsgenie", "genie", "og_"],
    "victorops": ["victorops", "oncall", "vo_"], "datadog": ["datadog", "dd_", "dd-"], "newrelic": ["newrelic", "new_relic", "nr_", "nria"],
    "sentry": ["sentry", "raven"], "honeycomb": ["honeycomb", "hny"], "grafana": ["grafana", "gf_", "gcloud"],
    "prometheus": ["prometheus", "remote_write", "mimir", "cortex", "thanos", "victoriametrics"],
    "loki": ["loki", "promtail"], "smtp": ["smtp", "mail"], "gmail": ["gmail", "smtp"], "sendgrid": ["sendgrid", "smtp"],
    "mailgun": ["mailgun", "mg_"], "elastic": ["elastic", "es_", "kibana"], "opensearch": ["opensearch", "os_"],
    "logzio": ["logz"], "splunk": ["splunk", "hec"], "sumologic": ["sumo"], "dynatrace": ["dynatrace", "dt_"],
    "lightstep": ["lightstep", "ls_"], "axiom": ["axiom"], "betterstack": ["logtail", "betterstack"],
    "papertrail": ["papertrail"], "coralogix": ["coralogix", "cx_"], "statuspage": ["statuspage"],
    "checkly": ["checkly"], "uptimerobot": ["uptime"], "healthchecks": ["healthcheck", "hc_"], "zabbix": ["zabbix", "zbx"],
    "icinga": ["icinga"], "nagios": ["nagios", "ncpa"], "netdata": ["netdata", "nd_"], "twilio": ["twilio"],
    "vonage": ["vonage", "nexmo"], "pushover": ["pushover"], "ntfy": ["ntfy"],
}


if __name__ == "__main__":
    main()
