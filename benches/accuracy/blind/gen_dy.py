#!/usr/bin/env python3
"""Blind evaluation-set generator "dy" for the keyhook secret scanner.

EMPHASIS
    Uptime monitoring, status pages, cron/heartbeat monitoring and synthetic checks.
    Positives hold ONE credential each for: UptimeRobot (main / read-only / monitor-specific
    keys), Pingdom API 3.1 tokens, StatusCake tokens, Better Stack (Uptime API token, Logs
    source token, heartbeat URL token), Checkly (cu_ API keys), Healthchecks.io (UUID ping URLs,
    project ping keys in slug URLs, API keys), Cronitor (telemetry key in cronitor.link/p/<key>/..
    and API key), Dead Man's Snitch (nosnch.in check-in token, API key), Atlassian Statuspage
    (OAuth API key), Instatus, Uptime Kuma (uk<N>_ API keys, push tokens in /api/push/<token>),
    Gatus (external-endpoint tokens, alerting provider keys/webhooks), Upptime (GH_PAT, header
    tokens), Site24x7 (Zoho OAuth refresh token, server-agent device key), Freshping, updown.io
    (full and ro- keys), Oh Dear, HetrixTools, Zabbix (API token, TLS PSK, DB password),
    Nagios (NSCA password, resource.cfg $USERn$ macro, NRPE check_http -a, NCPA token),
    Icinga2 ApiUser / icingaweb2 resource passwords, Prometheus blackbox basic_auth,
    Grafana (glc_ Cloud access-policy tokens, glsa_ service-account tokens, Synthetic
    Monitoring access tokens), plus the usual companions of such repos (Slack/Discord webhooks,
    PagerDuty routing keys, Opsgenie keys, Telegram bot tokens, SendGrid keys, AWS secret keys,
    Postgres passwords, synthetic-login passwords, internal bearer tokens).
    File types: Gatus config.yaml, .upptimerc.yml, Checkly *.check.ts / Playwright specs,
    Terraform, crontabs, shell, systemd units, k8s CronJob/Secret, Helm values, Ansible,
    zabbix_server.conf / zabbix.conf.php, nsca.cfg / send_nsca.cfg / nrpe.cfg / resource.cfg /
    ncpa.cfg, icinga2 api-users.conf, icingaweb2 resources.ini, prometheus.yml, Grafana Alloy,
    docker-compose, Dockerfile, .env, GitHub Actions, Python, Node, Ruby, Go, PHP, TOML, JSON,
    Spring properties, Markdown runbooks.

USAGE
    python3 gen_dy.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic per SEED (one
    random.Random(SEED); no clock, no os.urandom, no set iteration). Standard library only.
    manifest lines also carry "template" (the generator template name) besides the required keys.

NEEDLE CONVENTIONS
    needle = the secret exactly as written, smallest secret substring:
    - API keys / tokens / passwords: the value itself (prefix included: cu_, glc_, glsa_, ghp_,
      uk<N>_, ro-, u/ur/m<digits>- for UptimeRobot, SG., "1000." for Zoho refresh tokens).
    - Ping/heartbeat URLs: only the secret path segment (Healthchecks UUID or ping key, Cronitor
      key, Dead Man's Snitch token, Uptime Kuma push token, Better Stack heartbeat token),
      not the whole URL; the slug / monitor key next to it is not part of the needle.
    - Slack / Discord webhooks: the full URL (the whole path is the credential).
    - Passwords inside URLs/DSNs (postgres://u:PW@h, https://u:PW@h): only PW.
    - id/secret pairs (AWS key id + secret, Checkly account id + key, Grafana stack user +
      token): the secret half; the public id may sit next to it.
    - "line" is the 1-based line of the needle's first occurrence.

NEGATIVES
    Half re-use the positive templates with the secret slot filled by: placeholders
    (<token>, YOUR_X, xxxx..., changeme, REPLACE_ME), env references (${X}, $X, ${X:?}),
    GitHub Actions ${{ secrets.X }} / ${{ env.X }}, template variables ({{ x }}, {{ .Values.x }},
    %(x)s), secret-manager references (vault:, op://, AWS SM ARN, GCP sm://), masked values
    (prefix + **** + last 4, bullet-masked), redactions ([REDACTED], ***), empty values, and
    provider-published documentation examples (Statuspage 89a229ce..aa4b1, Healthchecks
    d1665499-e827-441f-bf13-8f15e8f4c0b9 and fqOOd6-F4MMNuCEnzTU01w, Dead Man's Snitch
    c2354d53d2, AWS AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY).
    Half are domain look-alikes: Gatus password-bcrypt-base64 and exporter-toolkit bcrypt
    hashes, Zabbix agent config with TLSPSKIdentity + TLSPSKFile path only, Zabbix template
    uuids, certificate-only Icinga ApiUsers, plain nrpe.cfg, prometheus password_file,
    Statuspage page/component/incident ids and public status API / embed URLs, Uptime Kuma
    badge URLs and exports with null pushToken, Healthchecks slug URLs with ${HC_PING_KEY},
    UptimeRobot monitor ids + public stats page, Pingdom/Site24x7 resource ids, updown.io public
    check tokens, cronitor.yaml monitor keys, Checkly config / {{ENV}} variables, SealedSecret
    and SOPS ciphertext, npm integrity hashes, image digests, SHA256SUMS, commit SHAs, trace and
    request ids, webhook-signature test vectors, i18n strings, sensitive Terraform variables,
    ExternalSecret refs, masked poller logs, .env.example files.

DOUBTS
    Formats written from memory (not confirmed in the provider docs I could search):
    - UptimeRobot key shapes u<7 digits>-<24 hex>, ur<7 digits>-<24 hex>, m<9 digits>-<24 hex>
      (docs confirm the three key types and that monitor keys start with "m", main with "u").
    - Pingdom 3.1 token (64 chars [A-Za-z0-9_-]), StatusCake (20 alnum), Better Stack tokens
      (24 alnum), Checkly "cu_" + 32 hex, Healthchecks API key (32 chars), Cronitor key
      (32 hex), Dead Man's Snitch API key (32 hex), Instatus (32 hex), Uptime Kuma API key
      uk<id>_<32 alnum> (docs show only "uk2_somereallylongkey"), Site24x7 device key
      <dc>_<32 hex>, Freshping (40 alnum), updown.io (20 alnum, ro- prefix for read-only),
      Oh Dear (48 alnum), HetrixTools (32 hex), Grafana SM access token (base64 of 48 bytes),
      glc_ = base64(JSON {o,n,k,m}) and glsa_<32>_<crc32 hex>, GitHub ghp_ checksum
      (CRC32 in base62), Zabbix API token 64 hex.
    Labels a reviewer might dispute:
    - UptimeRobot monitor-specific keys are documented as fit for client websites (they only
      allow getMonitors for one monitor); they are still labelled positive here.
    - Read-only keys (UptimeRobot ur..., updown ro-..., Healthchecks read-only) are positive.
    - Dead Man's Snitch 10-hex check-in tokens and Healthchecks UUID ping URLs are positive:
      the provider docs call them secrets (anyone holding one can check in / silence alerts).
    - updown.io 4-char check tokens and Statuspage page/component ids are treated as public ids.
    - Negatives quoting the providers' published example values (Statuspage, Healthchecks,
      Dead Man's Snitch, AWS) are labelled negative.
    - Zabbix TLSPSKIdentity is treated as non-secret (the PSK value itself is the secret).

SEARCHES
    docs/pages corpora: UptimeRobot API key types (uptimerobot.com/api, n8n docs); Healthchecks
    slug URLs / ping keys (healthchecks.io/docs/slug_urls, blog); Checkly API key usage
    (checklyhq.com docs, Pulumi registry); Uptime Kuma push URLs and API key prefix (wiki
    mirrors, autokuma docs: 32-char push_token); Statuspage OAuth header and page ids
    (doers.statuspage.io archive: example key 89a229ce...aa4b1, page id gytm4qzbx9t6);
    Cronitor telemetry URL https://cronitor.link/p/:apiKey/:monitorKey; updown.io clients;
    Dead Man's Snitch check-in token (snitcher gem docs: c2354d53d2); Grafana Synthetic
    Monitoring access tokens; Better Stack Uptime API tokens.
    Scanner-related material shown by searches (ignored, not used): one GitGuardian
    secrets-detection detector page (docs.gitguardian.com ... detectors/specifics/ubidots_apikey)
    appeared in an updown.io query result.
"""

import json
import os
import string
import sys
import base64
import hashlib
import random
import zlib

# ---------------------------------------------------------------------------
# low level random helpers (all randomness flows from one random.Random)
# ---------------------------------------------------------------------------
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
ALNUM = LOWER + UPPER + DIG
LALNUM = LOWER + DIG
UALNUM = UPPER + DIG
B64URL = ALNUM + "-_"


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def rhex(r, n):
    return rs(r, HEX, n)


def mixed(r, alpha, n):
    """random string guaranteed to mix letters and digits (looks random, not a word)"""
    while True:
        s = rs(r, alpha, n)
        if any(c.isdigit() for c in s) and any(c.isalpha() for c in s):
            return s


def ruuid(r):
    h = rhex(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64url_bytes(r, n):
    return base64.urlsafe_b64encode(bytes(r.randrange(256) for _ in range(n))).decode().rstrip("=")


def b64_bytes(r, n):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


def b62(num, width):
    out = ""
    while num:
        num, rem = divmod(num, 62)
        out = (DIG + UPPER + LOWER)[rem] + out
    return out.rjust(width, "0")


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def style_name(r, words, style=None):
    style = style or pick(r, ["snake", "camel", "SCREAM", "kebab"])
    if style == "snake":
        return "_".join(words)
    if style == "SCREAM":
        return "_".join(w.upper() for w in words)
    if style == "kebab":
        return "-".join(words)
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    return words[0] + "".join(w.capitalize() for w in words[1:])


# ---------------------------------------------------------------------------
# innocent filler material
# ---------------------------------------------------------------------------
ORGS = ["acme", "globex", "initech", "umbrella", "hooli", "stark", "wayne", "tyrell", "cyberdyne",
        "soylent", "wonka", "vandelay", "massive", "pied-piper", "oscorp", "aperture", "nakatomi",
        "dunder", "krusty", "monarch", "zenith", "northwind", "contoso", "fabrikam", "tailspin"]
TLDS = ["com", "io", "dev", "net", "org", "co.uk", "de", "app", "cloud"]
SERVICES = ["api", "web", "checkout", "auth", "billing", "search", "cdn", "admin", "graphql",
            "payments", "gateway", "docs", "status", "grpc", "ws", "mail", "reports", "media"]
JOBS = ["db-backup", "nightly-report", "log-rotate", "sync-inventory", "cert-renew", "cleanup-tmp",
        "export-invoices", "reindex-search", "send-digest", "s3-snapshot", "vacuum-analyze",
        "rebuild-sitemap", "purge-cache", "fetch-rates", "restic-prune", "borg-backup"]
HOSTS = ["web-01", "web-02", "db-primary", "db-replica-1", "lb-edge-a", "worker-3", "cache-01",
         "bastion", "mon-01", "k8s-node-7", "ci-runner-2", "mail-relay", "nas01", "vpn-gw"]
PEOPLE = ["alice", "bob", "carol", "dmitri", "erin", "farah", "gus", "hana", "ivan", "jules",
          "kenji", "lena", "marco", "nora", "oscar", "priya", "quinn", "rosa", "sven", "tariq"]
REGIONS = ["us-east-1", "eu-west-1", "eu-central-1", "ap-southeast-2", "us-west-2"]
WORDS = ["falcon", "harbor", "copper", "meadow", "glacier", "tundra", "orbit", "maple", "saffron",
         "cobalt", "willow", "ember", "quartz", "lantern", "juniper", "canyon", "velvet", "thunder",
         "pepper", "riviera", "nimbus", "granite", "otter", "walrus", "mango", "violet", "bison"]


def org(r):
    return pick(r, ORGS)


def domain(r, o=None):
    return "%s.%s" % (o or org(r), pick(r, TLDS))


def svc_url(r, o=None):
    return "https://%s.%s/%s" % (pick(r, SERVICES), domain(r, o), pick(r, ["health", "healthz", "status", "ping", "api/health", "", "readyz", "v1/ping"]))


def ip(r):
    return "10.%d.%d.%d" % (r.randrange(0, 255), r.randrange(0, 255), r.randrange(2, 254))


def cron_expr(r):
    return pick(r, ["*/5 * * * *", "0 3 * * *", "30 2 * * 0", "15 * * * *", "0 */6 * * *",
                    "45 23 * * 1-5", "0 4 1 * *", "*/15 * * * *", "10 1 * * *"])


def date(r):
    return "20%02d-%02d-%02d" % (r.randrange(21, 26), r.randrange(1, 13), r.randrange(1, 29))


def ts(r):
    return "%sT%02d:%02d:%02dZ" % (date(r), r.randrange(24), r.randrange(60), r.randrange(60))


def sp_id(r):
    """Statuspage-style page / component / incident id: 12 lowercase alnum (public ids)"""
    return mixed(r, LALNUM, 12)


def human_password(r):
    style = r.randrange(6)
    w1, w2 = pick(r, WORDS), pick(r, WORDS)
    sym = pick(r, "!@#$%&*?+=-_.")
    if style == 0:
        return "%s%s%d%s" % (w1.capitalize(), w2.capitalize(), r.randrange(10, 9999), sym)
    if style == 1:
        leet = w1.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
        return "%s%s%d" % (leet.capitalize(), sym, r.randrange(100, 999))
    if style == 2:
        return mixed(r, ALNUM + "!#%^*-_", r.randrange(14, 24))
    if style == 3:
        return "%s-%s-%s-%d" % (w1, w2, pick(r, WORDS), r.randrange(10, 99))
    if style == 4:
        return "%s%d%s%s" % (w1.capitalize(), r.randrange(1970, 2025), sym, w2)
    return mixed(r, ALNUM, r.randrange(16, 32))


# ---------------------------------------------------------------------------
# credential generators (format notes in the module DOCSTRING / DOUBTS)
# ---------------------------------------------------------------------------
def g_ur_main(r):
    return "u%d-%s" % (r.randrange(1000000, 9999999), rhex(r, 24))


def g_ur_readonly(r):
    return "ur%d-%s" % (r.randrange(1000000, 9999999), rhex(r, 24))


def g_ur_monitor(r):
    return "m%d-%s" % (r.randrange(780000000, 799999999), rhex(r, 24))


def g_pingdom(r):
    return mixed(r, ALNUM + "-_", 64)


def g_statuscake(r):
    return mixed(r, ALNUM, 20)


def g_betterstack(r):
    return mixed(r, ALNUM, 24)


def g_checkly(r):
    return "cu_" + rhex(r, 32)


def g_hc_uuid(r):
    return ruuid(r)


def g_hc_pingkey(r):
    return b64url_bytes(r, 16)


def g_hc_apikey(r):
    return mixed(r, ALNUM + "-_", 32)


def g_cronitor(r):
    return rhex(r, 32)


def g_dms_token(r):
    return rhex(r, 10)


def g_dms_api(r):
    return rhex(r, 32)


def g_statuspage(r):
    return rhex(r, 64)


def g_instatus(r):
    return rhex(r, 32)


def g_kuma_api(r):
    return "uk%d_%s" % (r.randrange(1, 40), mixed(r, ALNUM, 32))


def g_kuma_push(r):
    return mixed(r, ALNUM, 32)


def g_site24x7_refresh(r):
    return "1000.%s.%s" % (rhex(r, 32), rhex(r, 32))


def g_site24x7_device(r):
    return "%s_%s" % (pick(r, ["us", "eu", "in", "au"]), rhex(r, 32))


def g_freshping(r):
    return mixed(r, ALNUM, 40)


def g_updown(r):
    return mixed(r, ALNUM, 20)


def g_updown_ro(r):
    return "ro-" + mixed(r, ALNUM, 20)


def g_ohdear(r):
    return mixed(r, ALNUM, 48)


def g_hetrix(r):
    return rhex(r, 32)


def g_zabbix_token(r):
    return rhex(r, 64)


def g_zabbix_psk(r):
    return rhex(r, pick(r, [32, 64, 64, 64, 128]))


def g_glc(r):
    payload = json.dumps({"o": str(r.randrange(100000, 1999999)), "n": "%s-%s" % (pick(r, ["sm", "synthetics", "probe", "ci", "terraform"]), pick(r, WORDS)),
                          "k": mixed(r, ALNUM, 24), "m": {"r": pick(r, ["prod-us-east-0", "prod-eu-west-2", "prod-ap-southeast-1", "prod-us-central-0"])}},
                         separators=(",", ":"))
    return "glc_" + base64.b64encode(payload.encode()).decode()


def g_glsa(r):
    body = mixed(r, ALNUM, 32)
    return "glsa_%s_%s" % (body, "%08x" % (zlib.crc32(body.encode()) & 0xffffffff))


def g_sm_token(r):
    return b64_bytes(r, 48)


def g_ghp(r):
    body = mixed(r, ALNUM, 30)
    return "ghp_" + body + b62(zlib.crc32(body.encode()) & 0xffffffff, 6)


def g_slack_webhook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, UALNUM, 8), rs(r, UALNUM, 10), mixed(r, ALNUM, 24))


def g_discord_webhook(r):
    return "https://discord.com/api/webhooks/%d/%s" % (r.randrange(10 ** 17, 12 * 10 ** 17), b64url_bytes(r, 51))


def g_pagerduty(r):
    return rhex(r, 32)


def g_opsgenie(r):
    return ruuid(r)


def g_telegram(r):
    return "%d:AA%s" % (r.randrange(1000000000, 7999999999), b64url_bytes(r, 25)[:33])


def g_aws_secret(r):
    return rs(r, ALNUM + "/+", 40)


def g_aws_id(r):
    return "AKIA" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def g_sendgrid(r):
    return "SG.%s.%s" % (b64url_bytes(r, 16), b64url_bytes(r, 32))


def g_django_secret(r):
    return rs(r, LOWER + DIG + "!@#$%^&*(-_=+)", 50)


def g_random_token(r):
    return pick(r, [lambda: rhex(r, 40), lambda: mixed(r, ALNUM, 40), lambda: b64url_bytes(r, 32)])()


def g_zoho_secret(r):
    return rhex(r, 42)


def g_nsca(r):
    return human_password(r)


# ---------------------------------------------------------------------------
# provider specs: what a credential is called and how a look-alike can stand in
# ---------------------------------------------------------------------------
class Spec(object):
    def __init__(self, key, provider, kind, gen, obvious, neutral, env, doc=None, password=False):
        self.key, self.provider, self.kind, self.gen = key, provider, kind, gen
        self.obvious, self.neutral, self.env, self.doc, self.password = obvious, neutral, env, doc, password


NEUTRAL = [["conn", "ref"], ["monitor", "ref"], ["target", "param"], ["value"], ["upstream", "id"],
           ["client", "opt"], ["k"], ["handle"], ["ident"], ["ext", "ref"], ["cfg", "a"], ["data", "ref"]]

SPECS = {}


def _spec(*a, **kw):
    s = Spec(*a, **kw)
    SPECS[s.key] = s


_spec("ur_main", "uptimerobot", "api_key_main", g_ur_main,
      [["uptimerobot", "api", "key"], ["uptime", "robot", "key"], ["ur", "api", "key"]], NEUTRAL, "UPTIMEROBOT_API_KEY")
_spec("ur_ro", "uptimerobot", "api_key_readonly", g_ur_readonly,
      [["uptimerobot", "readonly", "key"], ["uptimerobot", "ro", "api", "key"]], NEUTRAL, "UPTIMEROBOT_READONLY_KEY")
_spec("ur_mon", "uptimerobot", "api_key_monitor", g_ur_monitor,
      [["uptimerobot", "monitor", "key"], ["ur", "monitor", "api", "key"]], NEUTRAL, "UPTIMEROBOT_MONITOR_KEY")
_spec("pingdom", "pingdom", "api_token", g_pingdom,
      [["pingdom", "api", "token"], ["pingdom", "token"]], NEUTRAL, "PINGDOM_API_TOKEN")
_spec("statuscake", "statuscake", "api_key", g_statuscake,
      [["statuscake", "api", "key"], ["statuscake", "token"]], NEUTRAL, "STATUSCAKE_API_TOKEN")
_spec("bs_uptime", "betterstack", "uptime_api_token", g_betterstack,
      [["betterstack", "api", "token"], ["betteruptime", "api", "token"], ["better", "stack", "token"]], NEUTRAL, "BETTERUPTIME_API_TOKEN")
_spec("bs_logs", "betterstack", "logs_source_token", g_betterstack,
      [["logtail", "source", "token"], ["betterstack", "source", "token"], ["logs", "source", "token"]], NEUTRAL, "LOGTAIL_SOURCE_TOKEN")
_spec("checkly", "checkly", "api_key", g_checkly,
      [["checkly", "api", "key"]], NEUTRAL, "CHECKLY_API_KEY")
_spec("hc_api", "healthchecks", "api_key", g_hc_apikey,
      [["healthchecks", "api", "key"], ["hc", "api", "key"]], NEUTRAL, "HEALTHCHECKS_API_KEY")
_spec("hc_ping", "healthchecks", "ping_key", g_hc_pingkey,
      [["hc", "ping", "key"], ["healthchecks", "ping", "key"]], NEUTRAL, "HC_PING_KEY", doc="fqOOd6-F4MMNuCEnzTU01w")
_spec("cronitor", "cronitor", "api_key", g_cronitor,
      [["cronitor", "api", "key"], ["cronitor", "key"]], NEUTRAL, "CRONITOR_API_KEY")
_spec("dms_api", "deadmanssnitch", "api_key", g_dms_api,
      [["deadmanssnitch", "api", "key"], ["dms", "api", "key"], ["snitch", "api", "key"]], NEUTRAL, "DEADMANSSNITCH_API_KEY")
_spec("statuspage", "statuspage", "api_key", g_statuspage,
      [["statuspage", "api", "key"], ["statuspage", "token"]], NEUTRAL, "STATUSPAGE_API_KEY",
      doc="89a229ce1a8dbcf9ff30430fbe35eb4c0426574bca932061892cefd2138aa4b1")
_spec("instatus", "instatus", "api_key", g_instatus,
      [["instatus", "api", "key"], ["instatus", "token"]], NEUTRAL, "INSTATUS_API_KEY")
_spec("kuma_api", "uptime-kuma", "api_key", g_kuma_api,
      [["kuma", "api", "key"], ["uptime", "kuma", "api", "key"]], NEUTRAL, "UPTIME_KUMA_API_KEY")
_spec("s247_refresh", "site24x7", "oauth_refresh_token", g_site24x7_refresh,
      [["site24x7", "refresh", "token"], ["zoho", "refresh", "token"]], NEUTRAL, "SITE24X7_REFRESH_TOKEN")
_spec("s247_device", "site24x7", "device_key", g_site24x7_device,
      [["site24x7", "device", "key"], ["s247", "device", "key"]], NEUTRAL, "SITE24X7_DEVICE_KEY")
_spec("freshping", "freshping", "api_key", g_freshping,
      [["freshping", "api", "key"]], NEUTRAL, "FRESHPING_API_KEY")
_spec("updown", "updown", "api_key", g_updown,
      [["updown", "api", "key"], ["updown", "key"]], NEUTRAL, "UPDOWN_API_KEY")
_spec("updown_ro", "updown", "api_key_readonly", g_updown_ro,
      [["updown", "readonly", "key"], ["updown", "ro", "key"]], NEUTRAL, "UPDOWN_READONLY_KEY")
_spec("ohdear", "ohdear", "api_token", g_ohdear,
      [["ohdear", "api", "token"], ["oh", "dear", "token"]], NEUTRAL, "OH_DEAR_API_TOKEN")
_spec("hetrix", "hetrixtools", "api_key", g_hetrix,
      [["hetrix", "api", "key"], ["hetrixtools", "key"]], NEUTRAL, "HETRIX_API_KEY")
_spec("zbx_token", "zabbix", "api_token", g_zabbix_token,
      [["zabbix", "api", "token"], ["zbx", "token"]], NEUTRAL, "ZABBIX_API_TOKEN")
_spec("zbx_psk", "zabbix", "tls_psk", g_zabbix_psk,
      [["zabbix", "psk"], ["tls", "psk", "key"]], NEUTRAL, "ZBX_TLSPSK")
_spec("glc", "grafana", "cloud_access_policy_token", g_glc,
      [["grafana", "cloud", "token"], ["gcloud", "access", "policy", "token"]], NEUTRAL, "GRAFANA_CLOUD_ACCESS_POLICY_TOKEN")
_spec("glsa", "grafana", "service_account_token", g_glsa,
      [["grafana", "sa", "token"], ["grafana", "service", "account", "token"], ["grafana", "auth"]], NEUTRAL, "GRAFANA_AUTH")
_spec("sm_token", "grafana", "synthetic_monitoring_token", g_sm_token,
      [["sm", "access", "token"], ["synthetic", "monitoring", "token"], ["sm", "api", "token"]], NEUTRAL, "SM_ACCESS_TOKEN")
_spec("pagerduty", "pagerduty", "integration_key", g_pagerduty,
      [["pagerduty", "routing", "key"], ["pd", "integration", "key"]], NEUTRAL, "PAGERDUTY_ROUTING_KEY")
_spec("opsgenie", "opsgenie", "api_key", g_opsgenie,
      [["opsgenie", "api", "key"], ["genie", "key"]], NEUTRAL, "OPSGENIE_API_KEY")
_spec("telegram", "telegram", "bot_token", g_telegram,
      [["telegram", "bot", "token"], ["tg", "token"]], NEUTRAL, "TELEGRAM_BOT_TOKEN")
_spec("aws", "aws", "secret_access_key", g_aws_secret,
      [["aws", "secret", "access", "key"]], NEUTRAL, "AWS_SECRET_ACCESS_KEY",
      doc="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
_spec("sendgrid", "sendgrid", "api_key", g_sendgrid,
      [["sendgrid", "api", "key"], ["smtp", "password"]], NEUTRAL, "SENDGRID_API_KEY")
_spec("ghp", "github", "personal_access_token", g_ghp,
      [["gh", "pat"], ["github", "token"]], NEUTRAL, "GH_PAT")
_spec("db_pw", "postgres", "password", human_password,
      [["db", "password"], ["postgres", "password"], ["database", "pass"]], [["db", "pass", "ref"], ["pg", "opt"]] + NEUTRAL,
      "DB_PASSWORD", password=True)

# specs used by the generic (multi-provider) templates
GENERIC_SPECS = ["ur_main", "ur_ro", "ur_mon", "pingdom", "statuscake", "bs_uptime", "bs_logs", "checkly",
                 "hc_api", "hc_ping", "cronitor", "dms_api", "statuspage", "instatus", "kuma_api",
                 "s247_refresh", "freshping", "updown", "updown_ro", "ohdear", "hetrix", "zbx_token",
                 "glc", "glsa", "sm_token", "pagerduty", "opsgenie", "telegram", "sendgrid"]


def vname(r, spec, obvious, style=None):
    words = pick(r, spec.obvious) if obvious else pick(r, spec.neutral)
    return style_name(r, words, style)


# ---------------------------------------------------------------------------
# look-alike values for a secret slot (negatives)
# ---------------------------------------------------------------------------
def mask_of(r, spec):
    fake = spec.gen(r)
    keep = 4 if len(fake) > 12 else 2
    return pick(r, [fake[:keep] + "*" * (len(fake) - keep - 4) + fake[-4:],
                    fake[:keep] + "..." + fake[-4:],
                    "*" * 8 + fake[-4:],
                    fake[:keep] + "\u2022" * 12])


def neg_value(r, spec, ctx):
    """ctx: 'str' (quoted string), 'url' (inside a URL path/query), 'yaml', 'shell', 'gha', 'env'"""
    env = spec.env
    choices = ["placeholder", "placeholder", "masked", "redacted", "envref", "envref", "vault"]
    if ctx not in ("url",):
        choices += ["empty"]
    if spec.doc:
        choices += ["doc_example", "doc_example"]
    if ctx == "gha":
        choices += ["gha_secret", "gha_secret"]
    if ctx in ("yaml", "str", "env"):
        choices += ["template"]
    style = pick(r, choices)
    if style == "placeholder":
        if spec.password:
            opts = ["changeme", "CHANGE_ME", "<db-password>", "REPLACE_WITH_PASSWORD", "your_password_here", "TODO"]
        else:
            opts = ["<%s>" % env.lower().replace("_", "-"), "YOUR_%s" % env, "REPLACE_ME", "your-api-key-here",
                    "x" * pick(r, [24, 32, 40]), "XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX", "<token>", "TODO_FILL_IN",
                    "%s_goes_here" % env.lower(), "<paste-key-here>"]
        v = pick(r, opts)
        if ctx == "url":
            v = v.replace("<", "").replace(">", "")
        return v, "placeholder"
    if style == "masked":
        return mask_of(r, spec), "masked"
    if style == "redacted":
        return pick(r, ["[REDACTED]", "REDACTED", "********", "***", "<redacted>", "[filtered]"]), "redacted"
    if style == "envref":
        if ctx == "gha":
            return "${{ env.%s }}" % env, "env_reference"
        return pick(r, ["${%s}" % env, "$%s" % env, "${%s:?missing}" % env]), "env_reference"
    if style == "vault":
        o = org(r)
        return pick(r, ["vault:secret/data/monitoring/%s#value" % spec.provider,
                        "op://Infra/%s/credential" % spec.provider,
                        "arn:aws:secretsmanager:%s:%d:secret:monitoring/%s" % (pick(r, REGIONS), r.randrange(10 ** 11, 10 ** 12), spec.provider),
                        "sm://projects/%s-prod/secrets/%s/versions/latest" % (o, spec.provider),
                        "awssm:/%s/prod/%s" % (o, env.lower())]), "secret_manager_ref"
    if style == "empty":
        return "", "empty"
    if style == "doc_example":
        return spec.doc, "documented_example"
    if style == "gha_secret":
        return "${{ secrets.%s }}" % env, "ci_secret_reference"
    if style == "template":
        return pick(r, ["{{ %s }}" % env.lower(), "{{ vault_%s }}" % env.lower(), "{{ .Values.%s }}" % style_name(r, env.lower().split("_"), "camel"),
                        "%%(%s)s" % env.lower()]), "template_variable"
    raise AssertionError(style)


_spec("slack", "slack", "incoming_webhook_url", g_slack_webhook,
      [["slack", "webhook", "url"], ["slack", "webhook"]], [["notify", "url"], ["hook"], ["alert", "endpoint"]], "SLACK_WEBHOOK_URL")
_spec("discord", "discord", "webhook_url", g_discord_webhook,
      [["discord", "webhook", "url"], ["discord", "webhook"]], [["notify", "url"], ["hook"], ["alert", "endpoint"]], "DISCORD_WEBHOOK_URL")
_spec("internal_token", "internal-api", "bearer_token", g_random_token,
      [["api", "token"], ["health", "token"], ["auth", "token"]], NEUTRAL, "HEALTH_API_TOKEN")
_spec("gatus_ext", "gatus", "external_endpoint_token", g_random_token,
      [["gatus", "token"], ["external", "endpoint", "token"]], NEUTRAL, "GATUS_EXTERNAL_TOKEN")
_spec("svc_pw", "http-basic-auth", "password", human_password,
      [["monitor", "password"], ["probe", "password"], ["basic", "auth", "password"]], [["probe", "opt"]] + NEUTRAL, "PROBE_PASSWORD", password=True)
_spec("nsca_pw", "nagios", "nsca_password", g_nsca,
      [["nsca", "password"]], NEUTRAL, "NSCA_PASSWORD", password=True)
_spec("nagios_pw", "nagios", "resource_macro_password", human_password,
      [["user", "password"]], NEUTRAL, "NAGIOS_USER3", password=True)
_spec("icinga_pw", "icinga2", "api_user_password", lambda r: pick(r, [rhex(r, 16), human_password(r), mixed(r, ALNUM, 20)]),
      [["icinga", "api", "password"], ["icinga2", "password"]], NEUTRAL, "ICINGA2_API_PASSWORD", password=True)
_spec("zbx_db_pw", "zabbix", "db_password", human_password,
      [["zabbix", "db", "password"], ["db", "password"]], NEUTRAL, "ZBX_DB_PASSWORD", password=True)
_spec("prom_pw", "prometheus", "basic_auth_password", human_password,
      [["blackbox", "password"], ["basic", "auth", "password"]], NEUTRAL, "BLACKBOX_PASSWORD", password=True)
_spec("kuma_push", "uptime-kuma", "push_token", g_kuma_push,
      [["kuma", "push", "token"], ["push", "token"]], NEUTRAL, "KUMA_PUSH_TOKEN")
_spec("hc_uuid", "healthchecks", "ping_url_uuid", g_hc_uuid,
      [["hc", "ping", "url"], ["healthcheck", "url"]], NEUTRAL, "HC_PING_UUID", doc="d1665499-e827-441f-bf13-8f15e8f4c0b9")
_spec("dms_token", "deadmanssnitch", "snitch_token", g_dms_token,
      [["snitch", "url"], ["dms", "checkin", "url"]], NEUTRAL, "SNITCH_TOKEN", doc="c2354d53d2")
_spec("bs_heartbeat", "betterstack", "heartbeat_token", g_betterstack,
      [["heartbeat", "url"], ["betterstack", "heartbeat"]], NEUTRAL, "BETTERSTACK_HEARTBEAT_TOKEN")


# ---------------------------------------------------------------------------
# positive templates. Each returns (relpath, text); `v` fills the secret slot.
# The same render functions are reused for negatives with a look-alike in `v`.
# ---------------------------------------------------------------------------
TEMPLATES = []
RENDER = {"neg": False}


def template(name, ft, specs, ctx="str"):
    def deco(fn):
        TEMPLATES.append({"name": name, "ft": ft, "specs": specs, "ctx": ctx, "fn": fn})
        return fn
    return deco


def gatus_endpoints(r, o, n=None, alerts=None):
    out = []
    for _ in range(n or r.randrange(1, 4)):
        s = pick(r, SERVICES)
        out.append("  - name: %s" % s)
        out.append("    group: %s" % pick(r, ["core", "edge", "internal", "public", "data"]))
        out.append('    url: "https://%s.%s/%s"' % (s, domain(r, o), pick(r, ["health", "healthz", "status", "ping"])))
        out.append("    interval: %s" % pick(r, ["30s", "1m", "2m", "5m"]))
        out.append("    conditions:")
        out.append('      - "[STATUS] == 200"')
        out.append('      - "[RESPONSE_TIME] < %d"' % pick(r, [300, 500, 800, 1500]))
        if r.random() < 0.4:
            out.append('      - "[CERTIFICATE_EXPIRATION] > 48h"')
        if alerts:
            out.append("    alerts:")
            out.append("      - type: %s" % alerts)
            out.append("        send-on-resolved: true")
    return out


GATUS_ALERT = {"slack": ("slack", "webhook-url"), "discord": ("discord", "webhook-url"),
               "pagerduty": ("pagerduty", "integration-key"), "telegram": ("telegram", "token"),
               "opsgenie": ("opsgenie", "api-key")}


@template("gatus_alerting", "gatus-config-yaml", ["slack", "discord", "pagerduty", "telegram", "opsgenie"], "yaml")
def t_gatus_alerting(r, v, spec, ob):
    o = org(r)
    prov, field = GATUS_ALERT[spec.key]
    L = ["# Gatus - %s service health" % o, "# docs: https://github.com/TwiN/gatus", ""]
    L += ["storage:", "  type: sqlite", "  path: /data/data.db", ""]
    L += ["ui:", '  title: "%s | Status"' % o.capitalize(), '  header: "%s status"' % o.capitalize(), ""]
    L += ["alerting:", "  %s:" % prov]
    q = pick(r, ['"%s"', "'%s'", "%s"])
    L.append("    %s: %s" % (field, q % v))
    if prov == "telegram":
        L.append('    id: "%d"' % -r.randrange(10 ** 9, 10 ** 10))
    L += ["    default-alert:", "      failure-threshold: %d" % r.randrange(2, 6), "      success-threshold: 2",
          "      send-on-resolved: true", ""]
    L += ["endpoints:"] + gatus_endpoints(r, o, alerts=prov)
    return pick(r, ["config/config.yaml", "gatus/config.yaml", "config.yaml", "deploy/gatus/config.yaml"]), "\n".join(L) + "\n"


@template("gatus_header", "gatus-config-yaml", ["glsa", "internal_token"], "yaml")
def t_gatus_header(r, v, spec, ob):
    o = org(r)
    L = ["endpoints:"] + gatus_endpoints(r, o, 1)
    if spec.key == "glsa":
        L += ["  - name: grafana", "    group: observability", '    url: "https://grafana.%s/api/health"' % domain(r, o)]
    else:
        L += ["  - name: %s-deep" % pick(r, SERVICES), "    group: internal", '    url: "https://%s.internal.%s/health/deep"' % (pick(r, SERVICES), domain(r, o))]
    L += ["    interval: 2m", "    headers:"]
    if ob or r.random() < 0.5:
        L.append('      Authorization: "Bearer %s"' % v)
    else:
        L.append('      %s: "%s"' % (pick(r, ["X-Api-Key", "X-Auth", "X-Monitor-Key"]), v))
    L += ["    conditions:", '      - "[STATUS] == 200"', '      - "[BODY].database == ok"' if r.random() < 0.5 else '      - "[BODY] == pat(*ok*)"']
    L += gatus_endpoints(r, o, r.randrange(1, 3))
    return pick(r, ["config/config.yaml", "gatus/config.yaml", "config/endpoints.yaml"]), "\n".join(L) + "\n"


@template("gatus_external", "gatus-config-yaml", ["gatus_ext"], "yaml")
def t_gatus_external(r, v, spec, ob):
    o = org(r)
    L = ["# push-based results from CI and batch jobs", "external-endpoints:"]
    job = pick(r, JOBS)
    L += ["  - name: %s" % job, "    group: batch", '    token: "%s"' % v, "    alerts:", "      - type: slack", ""]
    L += ["alerting:", "  slack:", '    webhook-url: "${SLACK_WEBHOOK_URL}"', ""]
    L += ["endpoints:"] + gatus_endpoints(r, o, r.randrange(1, 4), alerts="slack")
    return pick(r, ["config/config.yaml", "gatus/config.yaml", "config.yaml"]), "\n".join(L) + "\n"


@template("gatus_basic_url", "gatus-config-yaml", ["svc_pw", "prom_pw"], "url")
def t_gatus_basic_url(r, v, spec, ob):
    o = org(r)
    user = pick(r, ["monitor", "gatus", "probe", "health", "status"])
    L = ["metrics: true", "", "endpoints:"] + gatus_endpoints(r, o, r.randrange(1, 3))
    L += ["  - name: metrics-endpoint", "    group: internal",
          '    url: "https://%s:%s@%s.%s/metrics"' % (user, v, pick(r, SERVICES), domain(r, o)),
          "    interval: 5m", "    conditions:", '      - "[STATUS] == 200"']
    return pick(r, ["config/config.yaml", "gatus.yaml"]), "\n".join(L) + "\n"


@template("gatus_storage", "gatus-config-yaml", ["db_pw"], "url")
def t_gatus_storage(r, v, spec, ob):
    o = org(r)
    L = ["storage:", "  type: postgres",
         '  path: "postgres://gatus:%s@%s:5432/gatus?sslmode=%s"' % (v, pick(r, ["postgres", "db", "gatus-db", "10.0.3.12"]), pick(r, ["disable", "require"])),
         "", "endpoints:"] + gatus_endpoints(r, o, r.randrange(2, 4))
    return pick(r, ["config/config.yaml", "deploy/gatus/config.yaml"]), "\n".join(L) + "\n"


@template("upptime_headers", "upptime-rc-yaml", ["internal_token", "bs_uptime"], "str")
def t_upptime_headers(r, v, spec, ob):
    o = org(r)
    L = ["# Change these first", "owner: %s" % o, "repo: upptime", "", "sites:"]
    for _ in range(r.randrange(1, 3)):
        s = pick(r, SERVICES)
        L += ["  - name: %s" % s.capitalize(), "    url: https://%s.%s" % (s, domain(r, o))]
    if spec.key == "bs_uptime":
        L += ["  - name: Better Stack API", "    url: https://uptime.betterstack.com/api/v2/monitors", "    headers:",
              '      - "Authorization: Bearer %s"' % v]
    else:
        hdr = "Authorization: Bearer %s" % v if ob else "%s: %s" % (pick(r, ["X-Health-Key", "X-Token", "X-Probe"]), v)
        L += ["  - name: Internal API", "    url: https://%s.%s/health/deep" % (pick(r, SERVICES), domain(r, o)),
              "    headers:", '      - "%s"' % hdr]
    L += ["    expectedStatusCodes:", "      - 200", "", "status-website:", "  cname: status.%s" % domain(r, o),
          '  name: "%s Status"' % o.capitalize(), "  introTitle: \"**%s** uptime monitor\"" % o, "", "i18n:", "  up: Online", "  down: Offline"]
    return ".upptimerc.yml", "\n".join(L) + "\n"


@template("upptime_url", "upptime-rc-yaml", ["internal_token", "hetrix"], "url")
def t_upptime_url(r, v, spec, ob):
    o = org(r)
    L = ["owner: %s-ops" % o, "repo: status", "", "sites:"]
    if spec.key == "hetrix":
        L += ["  - name: HetrixTools API", "    url: https://api.hetrixtools.com/v2/%s/uptime/monitors/0/10/" % v]
    else:
        L += ["  - name: Partner feed", "    url: https://%s.%s/feed/health?%s=%s" % (pick(r, SERVICES), domain(r, o), pick(r, ["api_key", "token", "key", "k"]), v)]
    for _ in range(r.randrange(1, 4)):
        s = pick(r, SERVICES)
        L += ["  - name: %s" % s, "    url: https://%s.%s" % (s, domain(r, o))]
    L += ["", "assignees:", "  - %s" % pick(r, PEOPLE), "", "status-website:", "  baseUrl: /status", '  name: "Service status"']
    return ".upptimerc.yml", "\n".join(L) + "\n"


@template("upptime_workflow", "github-actions-yaml", ["ghp"], "gha")
def t_upptime_workflow(r, v, spec, ob):
    L = ["# This file was generated by upptime/uptime-monitor", "name: Uptime CI", "", "on:", "  schedule:",
         '    - cron: "*/5 * * * *"', "  workflow_dispatch:", "", "jobs:", "  release:", "    name: Check status",
         "    runs-on: ubuntu-latest", "    steps:", "      - name: Checkout", "        uses: actions/checkout@v4",
         "        with:", "          ref: ${{ github.head_ref }}", "      - name: Check endpoint status",
         "        uses: upptime/uptime-monitor@v1.38.0", "        with:", "          command: \"update\"", "        env:"]
    L.append("          %s: %s" % ("GH_PAT" if ob else "GITHUB_TOKEN", v))
    return ".github/workflows/uptime.yml", "\n".join(L) + "\n"


@template("checkly_api_check", "checkly-ts", ["statuspage", "internal_token", "bs_uptime"], "str")
def t_checkly_api(r, v, spec, ob):
    o = org(r)
    if spec.key == "statuspage":
        url, hv = "https://api.statuspage.io/v1/pages/%s/components" % sp_id(r), "OAuth " + v
    elif spec.key == "bs_uptime":
        url, hv = "https://uptime.betterstack.com/api/v2/monitors", "Bearer " + v
    else:
        url, hv = "https://%s.%s/v1/health" % (pick(r, SERVICES), domain(r, o)), "Bearer " + v
    name = pick(r, ["status-api", "upstream-health", "components-api", "deep-health"])
    L = ["import { ApiCheck, AssertionBuilder, Frequency } from 'checkly/constructs'", "",
         "new ApiCheck('%s', {" % name, "  name: '%s',", "  activated: true,", "  frequency: Frequency.EVERY_%dM," % pick(r, [1, 5, 10]),
         "  locations: ['%s', '%s']," % (pick(r, ["us-east-1", "eu-west-1"]), pick(r, ["eu-central-1", "ap-southeast-2"])),
         "  request: {", "    method: 'GET',", "    url: '%s'," % url, "    headers: ["]
    L[3] = "  name: '%s'," % name.replace("-", " ").title()
    if ob:
        L.append("      { key: 'Authorization', value: '%s' }," % hv)
    else:
        L.append("      { key: 'Authorization', value: `%s` }," % hv)
    L += ["    ],", "    assertions: [", "      AssertionBuilder.statusCode().equals(200),",
          "      AssertionBuilder.responseTime().lessThan(%d)," % pick(r, [500, 1000, 2000]), "    ],", "  },", "})"]
    return "__checks__/%s.check.ts" % name, "\n".join(L) + "\n"


@template("checkly_browser", "checkly-playwright-ts", ["svc_pw"], "str")
def t_checkly_browser(r, v, spec, ob):
    o = org(r)
    user = "%s+synthetic@%s" % (pick(r, ["monitor", "qa", "checkly", "synthetics"]), domain(r, o))
    pw_line = "  await page.getByLabel('Password').fill('%s')" % v if ob else "  await page.locator('#%s').fill('%s')" % (pick(r, ["pw", "field-2", "secret-input", "pass"]), v)
    L = ["import { test, expect } from '@playwright/test'", "", "// synthetic login journey, runs every 10 minutes from 3 regions",
         "test('login and see dashboard', async ({ page }) => {",
         "  await page.goto('https://app.%s/login')" % domain(r, o),
         "  await page.getByLabel('Email').fill('%s')" % user, pw_line,
         "  await page.getByRole('button', { name: 'Sign in' }).click()",
         "  await expect(page).toHaveURL(/dashboard/)",
         "  await expect(page.getByText('%s')).toBeVisible()" % pick(r, ["Welcome back", "Overview", "Projects"]),
         "  await page.screenshot({ path: 'dashboard.png' })", "})"]
    return pick(r, ["__checks__/login.spec.ts", "__checks__/browser/login.spec.ts", "checks/login.spec.js"]), "\n".join(L) + "\n"


TF_PROVIDERS = {
    "ur_main": ("uptimerobot", "louy/uptimerobot", "api_key"),
    "bs_uptime": ("betteruptime", "BetterStackHQ/better-uptime", "api_token"),
    "statuscake": ("statuscake", "StatusCakeDev/statuscake", "api_token"),
    "checkly": ("checkly", "checkly/checkly", "api_key"),
    "pingdom": ("pingdom", "DrFaust92/pingdom", "api_token"),
    "statuspage": ("statuspage", "yannh/statuspage", "api_key"),
    "glc": ("grafana", "grafana/grafana", "cloud_access_policy_token"),
    "sm_token": ("grafana", "grafana/grafana", "sm_access_token"),
    "updown": ("updown", "mvisonneau/updown", "api_key"),
    "opsgenie": ("opsgenie", "opsgenie/opsgenie", "api_key"),
    "zbx_token": ("zabbix", "tpretz/zabbix", "token"),
}


@template("tf_provider", "terraform", list(TF_PROVIDERS), "str")
def t_tf_provider(r, v, spec, ob):
    pname, src, attr = TF_PROVIDERS[spec.key]
    L = ["terraform {", '  required_version = ">= 1.3"', "  required_providers {", "    %s = {" % pname,
         '      source  = "%s"' % src, '      version = "~> %d.%d"' % (r.randrange(0, 4), r.randrange(0, 20)), "    }", "  }"]
    if r.random() < 0.5:
        L += ['  backend "s3" {', '    bucket = "%s-tfstate"' % org(r), '    key    = "monitoring/terraform.tfstate"', '    region = "%s"' % pick(r, REGIONS), "  }"]
    L += ["}", ""]
    if ob:
        L += ['provider "%s" {' % pname, '  %s = "%s"' % (attr, v)]
    else:
        local = style_name(r, pick(r, NEUTRAL), "snake")
        L += ["locals {", '  %s = "%s"' % (local, v), '  env = "%s"' % pick(r, ["prod", "staging"]), "}", "",
              'provider "%s" {' % pname, "  %s = local.%s" % (attr, local)]
    if spec.key == "checkly":
        L.append('  account_id = "%s"' % ruuid(r))
    if spec.key == "sm_token":
        L.append('  sm_url = "https://synthetic-monitoring-api-%s.grafana.net"' % pick(r, ["us-east-0", "eu-west-2", "us-central-0"]))
    if spec.key == "zbx_token":
        L.append('  url = "https://zabbix.%s/api_jsonrpc.php"' % domain(r))
    L += ["}"]
    return pick(r, ["terraform/monitoring/providers.tf", "infra/monitoring/main.tf", "providers.tf", "modules/uptime/versions.tf"]), "\n".join(L) + "\n"


@template("tf_variable_default", "terraform", ["ur_main", "bs_uptime", "statuscake", "pagerduty", "slack", "checkly"], "str")
def t_tf_var(r, v, spec, ob):
    o = org(r)
    name = vname(r, spec, ob, "snake")
    L = ['variable "environment" {', '  type    = string', '  default = "%s"' % pick(r, ["production", "staging"]), "}", "",
         'variable "%s" {' % name, "  type        = string", '  description = "%s"' % pick(r, ["used by the alerting module", "monitoring integration", "set per workspace"])]
    L += ['  default     = "%s"' % v, "}", "",
          'variable "check_interval" {', "  type    = number", "  default = %d" % pick(r, [60, 120, 300]), "}", "",
          'variable "monitored_urls" {', "  type = list(string)", "  default = ["]
    for _ in range(r.randrange(2, 5)):
        L.append('    "%s",' % svc_url(r, o))
    L += ["  ]", "}"]
    return pick(r, ["terraform/variables.tf", "infra/monitoring/variables.tf", "variables.tf"]), "\n".join(L) + "\n"


_spec("ncpa", "nagios", "ncpa_community_token", lambda r: mixed(r, ALNUM, pick(r, [16, 24, 32])),
      [["community", "string"], ["ncpa", "token"]], NEUTRAL, "NCPA_TOKEN")


def ping_url(r, spec, v, job):
    k = spec.key
    if k == "hc_uuid":
        return pick(r, ["https://hc-ping.com/%s", "https://hc-ping.com/%s", "https://hc.%s/ping/%%s" % domain(r)]) % v
    if k == "hc_ping":
        return "https://hc-ping.com/%s/%s" % (v, job)
    if k == "cronitor":
        return "https://cronitor.link/p/%s/%s" % (v, job)
    if k == "dms_token":
        return "https://nosnch.in/%s" % v
    if k == "kuma_push":
        return "https://%s.%s/api/push/%s?status=up&msg=OK&ping=" % (pick(r, ["status", "kuma", "uptime", "mon"]), domain(r), v)
    if k == "bs_heartbeat":
        return "https://uptime.betterstack.com/api/v1/heartbeat/%s" % v
    raise AssertionError(k)


PING_SPECS = ["hc_uuid", "hc_ping", "cronitor", "dms_token", "kuma_push", "bs_heartbeat"]
PING_NAMES = {
    "hc_uuid": [["hc", "ping", "url"], ["healthchecks", "url"], ["healthcheck", "ping", "url"]],
    "hc_ping": [["hc", "ping", "url"], ["healthchecks", "ping", "url"]],
    "cronitor": [["cronitor", "url"], ["cronitor", "ping", "url"]],
    "dms_token": [["snitch", "url"], ["dms", "checkin", "url"], ["deadmanssnitch", "url"]],
    "kuma_push": [["kuma", "push", "url"], ["uptime", "kuma", "push", "url"]],
    "bs_heartbeat": [["heartbeat", "url"], ["betterstack", "heartbeat", "url"]],
}
PING_NEUTRAL = [["done", "url"], ["notify", "url"], ["report", "endpoint"], ["callback"], ["on", "success"], ["after", "hook"], ["signal", "target"]]


def ping_var(r, spec, ob, style="SCREAM"):
    return style_name(r, pick(r, PING_NAMES[spec.key] if ob else PING_NEUTRAL), style)


def cron_noise(r):
    return pick(r, ["%s /usr/local/bin/rotate-logs.sh >/dev/null 2>&1" % cron_expr(r),
                    "%s cd /srv/app && ./bin/console cache:clear --env=prod" % cron_expr(r),
                    "%s /usr/bin/certbot renew --quiet" % cron_expr(r),
                    "%s find /tmp -type f -mtime +3 -delete" % cron_expr(r),
                    "%s /opt/scripts/report.py --daily >> /var/log/report.log 2>&1" % cron_expr(r),
                    "@reboot /usr/local/bin/start-agent.sh",
                    "%s docker system prune -af --filter \"until=72h\"" % cron_expr(r)])


@template("crontab_ping", "crontab", PING_SPECS, "url")
def t_crontab(r, v, spec, ob):
    job = pick(r, JOBS)
    url = ping_url(r, spec, v, job)
    L = ["# m h dom mon dow command", "SHELL=/bin/bash", "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
         "MAILTO=%s@%s" % (pick(r, ["ops", "root", "sre", pick(r, PEOPLE)]), domain(r))]
    if ob:
        var = ping_var(r, spec, True)
        L.append("%s=%s" % (var, url))
        cmd_url = "$%s" % var
    else:
        cmd_url = url
    L.append("")
    for _ in range(r.randrange(1, 4)):
        L.append(cron_noise(r))
    cmd = pick(r, ["/usr/local/bin/%s.sh && curl -fsS -m 10 --retry 5 -o /dev/null %s" % (job, cmd_url),
                   "/usr/local/bin/%s.sh; curl -fsS --retry 3 \"%s\" > /dev/null" % (job, cmd_url),
                   "/opt/jobs/%s && wget -q -O /dev/null %s" % (job, cmd_url)])
    L.append("%s %s" % (cron_expr(r), cmd))
    for _ in range(r.randrange(0, 3)):
        L.append(cron_noise(r))
    return pick(r, ["crontab", "etc/cron.d/%s" % job, "deploy/crontab.txt", "ops/cron/%s.cron" % job]), "\n".join(L) + "\n"


@template("backup_script_ping", "shell", PING_SPECS, "url")
def t_backup_sh(r, v, spec, ob):
    job = pick(r, JOBS)
    url = ping_url(r, spec, v, job)
    var = ping_var(r, spec, ob)
    db = pick(r, ["app_production", "shop", "crm", "wiki"])
    L = ["#!/usr/bin/env bash", "# %s - run from cron, reports to the heartbeat monitor" % job, "set -euo pipefail", "",
         'BACKUP_DIR="/var/backups/%s"' % db, 'RETENTION_DAYS=%d' % pick(r, [7, 14, 30]),
         '%s="%s"' % (var, url), "", 'ts=$(date +%Y%m%d-%H%M%S)', 'mkdir -p "$BACKUP_DIR"', "",
         'curl -fsS -m 10 --retry 5 "${%s}%s" >/dev/null || true' % (var, "/start" if spec.key in ("hc_uuid", "hc_ping") else ""),
         'if pg_dump --format=custom "%s" > "$BACKUP_DIR/%s-$ts.dump"; then' % (db, db),
         '  find "$BACKUP_DIR" -name "*.dump" -mtime +"$RETENTION_DAYS" -delete',
         '  curl -fsS -m 10 --retry 5 "${%s}" >/dev/null' % var, "else",
         '  curl -fsS -m 10 --retry 5 "${%s}%s" >/dev/null' % (var, "/fail" if spec.key in ("hc_uuid", "hc_ping") else ""),
         "  exit 1", "fi"]
    return pick(r, ["scripts/backup.sh", "bin/%s.sh" % job, "ops/%s.sh" % job]), "\n".join(L) + "\n"


@template("systemd_ping", "systemd-unit", ["hc_uuid", "hc_ping", "bs_heartbeat", "kuma_push"], "url")
def t_systemd(r, v, spec, ob):
    job = pick(r, JOBS)
    url = ping_url(r, spec, v, job)
    L = ["[Unit]", "Description=%s" % job.replace("-", " "), "Wants=network-online.target", "After=network-online.target", "",
         "[Service]", "Type=oneshot", "User=%s" % pick(r, ["backup", "root", "app"]), "Nice=10"]
    if ob:
        var = ping_var(r, spec, True)
        L += ["Environment=%s=%s" % (var, url), "ExecStart=/usr/local/bin/%s" % job, "ExecStartPost=/usr/bin/curl -fsS -m 10 --retry 5 ${%s}" % var]
    else:
        L += ["ExecStart=/usr/local/bin/%s" % job, "ExecStartPost=/usr/bin/curl -fsS -m 10 --retry 5 %s" % url]
    L += ["", "[Install]", "WantedBy=multi-user.target"]
    return "deploy/systemd/%s.service" % job, "\n".join(L) + "\n"


@template("k8s_cronjob_ping", "kubernetes-yaml", ["hc_uuid", "cronitor", "dms_token", "bs_heartbeat"], "url")
def t_k8s_cronjob(r, v, spec, ob):
    job = pick(r, JOBS)
    url = ping_url(r, spec, v, job)
    L = ["apiVersion: batch/v1", "kind: CronJob", "metadata:", "  name: %s" % job, "  namespace: %s" % pick(r, ["ops", "default", "batch", "data"]),
         "spec:", '  schedule: "%s"' % cron_expr(r), "  concurrencyPolicy: Forbid", "  jobTemplate:", "    spec:", "      template:", "        spec:",
         "          restartPolicy: OnFailure", "          containers:", "            - name: %s" % job,
         "              image: ghcr.io/%s/%s:%s" % (org(r), job, pick(r, ["1.4.2", "latest", "2024.06"]))]
    if ob:
        var = ping_var(r, spec, True)
        L += ["              env:", "                - name: %s" % var, '                  value: "%s"' % url,
              "              command: [\"/bin/sh\", \"-c\"]", "              args:", '                - ./run.sh && curl -fsS -m 10 "$%s"' % var]
    else:
        L += ["              command: [\"/bin/sh\", \"-c\"]", "              args:", '                - ./run.sh && curl -fsS -m 10 --retry 3 %s' % url]
    return "k8s/cronjobs/%s.yaml" % job, "\n".join(L) + "\n"


# how each provider's API takes its credential: (url, mode, extra)
def api_call(r, spec):
    k = spec.key
    pid = sp_id(r)
    m = {
        "ur_main": ("https://api.uptimerobot.com/v2/getMonitors", "form", "api_key"),
        "ur_ro": ("https://api.uptimerobot.com/v2/getMonitors", "form", "api_key"),
        "ur_mon": ("https://api.uptimerobot.com/v2/getMonitors", "form", "api_key"),
        "pingdom": ("https://api.pingdom.com/api/3.1/checks", "bearer", None),
        "statuscake": ("https://api.statuscake.com/v1/uptime", "bearer", None),
        "bs_uptime": ("https://uptime.betterstack.com/api/v2/monitors", "bearer", None),
        "bs_logs": ("https://in.logs.betterstack.com", "bearer", None),
        "checkly": ("https://api.checklyhq.com/v1/checks", "bearer", None),
        "hc_api": ("https://healthchecks.io/api/v3/checks/", "header", "X-Api-Key"),
        "cronitor": ("https://cronitor.io/api/monitors", "basic_user", None),
        "dms_api": ("https://api.deadmanssnitch.com/v1/snitches", "basic_user", None),
        "statuspage": ("https://api.statuspage.io/v1/pages/%s/incidents" % pid, "oauth", None),
        "instatus": ("https://api.instatus.com/v1/%s/incidents" % mixed(r, ALNUM, 25).lower(), "bearer", None),
        "kuma_api": ("https://%s.%s/metrics" % (pick(r, ["kuma", "status", "uptime"]), domain(r)), "basic_pass", None),
        "freshping": ("https://api.freshping.io/v1/checks/", "basic_user_sub", None),
        "updown": ("https://updown.io/api/checks", "query", "api-key"),
        "updown_ro": ("https://updown.io/api/checks", "query", "api-key"),
        "ohdear": ("https://ohdear.app/api/monitors", "bearer", None),
        "hetrix": ("https://api.hetrixtools.com/v2/{}/uptime/monitors/0/30/", "path", None),
        "zbx_token": ("https://zabbix.%s/api_jsonrpc.php" % domain(r), "bearer", None),
        "glc": ("https://grafana.com/api/instances", "bearer", None),
        "glsa": ("https://grafana.%s/api/search?type=dash-db" % domain(r), "bearer", None),
        "sm_token": ("https://synthetic-monitoring-api-us-east-0.grafana.net/api/v1/check/list", "bearer", None),
        "pagerduty": ("https://events.pagerduty.com/v2/enqueue", "json_field", "routing_key"),
        "opsgenie": ("https://api.opsgenie.com/v2/alerts", "genie", None),
        "telegram": ("https://api.telegram.org/bot{}/sendMessage", "path", None),
        "sendgrid": ("https://api.sendgrid.com/v3/mail/send", "bearer", None),
        "s247_refresh": ("https://accounts.zoho.com/oauth/v2/token", "form", "refresh_token"),
        "hc_ping": ("https://hc-ping.com/{}/%s" % pick(r, JOBS), "path", None),
    }
    return m[k]


API_SPECS = ["ur_main", "ur_ro", "ur_mon", "pingdom", "statuscake", "bs_uptime", "checkly", "hc_api", "cronitor",
             "dms_api", "statuspage", "instatus", "kuma_api", "freshping", "updown", "updown_ro", "ohdear", "hetrix",
             "zbx_token", "glc", "glsa", "sm_token", "pagerduty", "opsgenie", "telegram", "s247_refresh", "hc_ping"]


@template("sh_api_curl", "shell", API_SPECS, "shell")
def t_sh_api(r, v, spec, ob):
    url, mode, extra = api_call(r, spec)
    var = style_name(r, pick(r, spec.obvious if ob else spec.neutral), "SCREAM")
    L = ["#!/bin/sh", "# %s" % pick(r, ["quick status dump for the on-call channel", "list monitors, used by make status",
                                          "sync helper, see notes/monitoring.md", "called from the deploy pipeline"]),
         "set -e", "", '%s="%s"' % (var, v)]
    L.append('OUT="${1:-/tmp/%s.json}"' % spec.provider)
    L.append("")
    ref = "${%s}" % var
    if mode == "form":
        L.append('curl -sS -X POST "%s" \\\n  -d "%s=%s&format=json" \\\n  -o "$OUT"' % (url, extra, ref))
    elif mode == "bearer":
        L.append('curl -sS "%s" \\\n  -H "Authorization: Bearer %s" \\\n  -o "$OUT"' % (url, ref))
    elif mode == "oauth":
        L.append('curl -sS "%s" \\\n  -H "Authorization: OAuth %s" \\\n  -o "$OUT"' % (url, ref))
    elif mode == "header":
        L.append('curl -sS "%s" -H "%s: %s" -o "$OUT"' % (url, extra, ref))
    elif mode == "basic_user":
        L.append('curl -sS -u "%s:" "%s" -o "$OUT"' % (ref, url))
    elif mode == "basic_user_sub":
        L.append('curl -sS -u "%s:%s" "%s" -o "$OUT"' % (ref, org(r), url))
    elif mode == "basic_pass":
        L.append('curl -sS -u ":%s" "%s" -o "$OUT"' % (ref, url))
    elif mode == "query":
        L.append('curl -sS "%s?%s=%s" -o "$OUT"' % (url, extra, ref))
    elif mode == "path":
        L.append('curl -sS "%s" -o "$OUT"' % url.replace("{}", ref))
    elif mode == "json_field":
        L.append("curl -sS -X POST %s \\\n  -H 'Content-Type: application/json' \\\n  -d '{\"%s\": \"'\"%s\"'\", \"event_action\": \"trigger\", \"payload\": {\"summary\": \"manual test\", \"source\": \"%s\", \"severity\": \"info\"}}'" % (url, extra, ref, pick(r, HOSTS)))
    elif mode == "genie":
        L.append('curl -sS -X POST "%s" -H "Authorization: GenieKey %s" -H "Content-Type: application/json" -d \'{"message":"test"}\'' % (url, ref))
    L += ["", 'jq -r \'.\' "$OUT" | head -n %d' % pick(r, [20, 40, 50])]
    return pick(r, ["scripts/%s-status.sh" % spec.provider, "bin/monitors.sh", "tools/%s.sh" % spec.provider, "scripts/check_monitors.sh"]), "\n".join(L) + "\n"


@template("zbx_ansible_psk", "ansible-yaml", ["zbx_psk"], "yaml")
def t_zbx_ansible(r, v, spec, ob):
    host = pick(r, HOSTS)
    name = "zabbix_agent_tlspsk_secret" if ob else pick(r, ["zabbix_agent_tls_value", "zbx_agent_material", "agent_tls_blob"])
    L = ["---", "# group_vars for zabbix agents (community.zabbix.zabbix_agent role)", "zabbix_agent_version: %s" % pick(r, ["6.0", "6.4", "7.0"]),
         "zabbix_agent_server: %s" % ip(r), "zabbix_agent_serveractive: %s" % ip(r), "zabbix_agent_hostname: \"{{ inventory_hostname }}\"",
         "zabbix_agent_tlsconnect: psk", "zabbix_agent_tlsaccept: psk",
         "zabbix_agent_tlspskidentity: \"PSK-%s\"" % host.upper(), "zabbix_agent_tlspskfile: /etc/zabbix/zabbix_agent.psk",
         "%s: %s" % (name, v), "zabbix_agent_timeout: %d" % pick(r, [3, 10, 30])]
    return pick(r, ["group_vars/zabbix_agents.yml", "inventory/group_vars/all/zabbix.yml", "roles/monitoring/defaults/main.yml"]), "\n".join(L) + "\n"


@template("zbx_psk_script", "shell", ["zbx_psk"], "shell")
def t_zbx_psk_sh(r, v, spec, ob):
    host = pick(r, HOSTS)
    var = "PSK" if ob else pick(r, ["MATERIAL", "BLOB", "VAL"])
    L = ["#!/bin/bash", "# enrol this host in zabbix with TLS PSK", "set -euo pipefail", "",
         'ZBX_SERVER="%s"' % ip(r), 'IDENTITY="PSK-%s"' % host, '%s="%s"' % (var, v), "",
         "apt-get install -y zabbix-agent2",
         'echo "$%s" > /etc/zabbix/zabbix_agent2.psk' % var, "chown zabbix:zabbix /etc/zabbix/zabbix_agent2.psk",
         "chmod 640 /etc/zabbix/zabbix_agent2.psk", "",
         'sed -i "s/^Server=.*/Server=$ZBX_SERVER/" /etc/zabbix/zabbix_agent2.conf',
         'sed -i "s/^# TLSPSKIdentity=.*/TLSPSKIdentity=$IDENTITY/" /etc/zabbix/zabbix_agent2.conf',
         "systemctl restart zabbix-agent2"]
    return pick(r, ["scripts/zabbix-enrol.sh", "provision/zabbix_agent.sh", "bootstrap/30-zabbix.sh"]), "\n".join(L) + "\n"


@template("zbx_server_conf", "zabbix-conf", ["zbx_db_pw"], "str")
def t_zbx_server(r, v, spec, ob):
    L = ["# This is a configuration file for Zabbix server daemon", "# To get more information about Zabbix, visit https://www.zabbix.com", "",
         "LogFile=/var/log/zabbix/zabbix_server.log", "LogFileSize=0", "PidFile=/run/zabbix/zabbix_server.pid",
         "SocketDir=/run/zabbix", "DBHost=%s" % pick(r, ["localhost", ip(r), "zabbix-db"]), "DBName=zabbix", "DBUser=zabbix",
         "DBPassword=%s" % v, "SNMPTrapperFile=/var/log/snmptrap/snmptrap.log", "StartPollers=%d" % r.randrange(5, 40),
         "Timeout=4", "FpingLocation=/usr/bin/fping", "LogSlowQueries=3000", "StatsAllowedIP=127.0.0.1"]
    return pick(r, ["zabbix/zabbix_server.conf", "etc/zabbix/zabbix_server.conf", "roles/zabbix/files/zabbix_server.conf"]), "\n".join(L) + "\n"


@template("zbx_web_php", "php", ["zbx_db_pw"], "str")
def t_zbx_php(r, v, spec, ob):
    L = ["<?php", "// Zabbix GUI configuration file.", "", "$DB['TYPE']\t\t\t\t= 'POSTGRESQL';", "$DB['SERVER']\t\t\t= '%s';" % pick(r, ["localhost", "zabbix-db", ip(r)]),
         "$DB['PORT']\t\t\t\t= '0';", "$DB['DATABASE']\t\t\t= 'zabbix';", "$DB['USER']\t\t\t\t= 'zabbix';",
         "$DB['PASSWORD']\t\t\t= '%s';" % v, "", "// Schema name. Used for PostgreSQL.", "$DB['SCHEMA']\t\t\t= '';", "",
         "$ZBX_SERVER_NAME\t\t= '%s monitoring';" % org(r), "", "$IMAGE_FORMAT_DEFAULT\t= IMAGE_FORMAT_PNG;"]
    return pick(r, ["zabbix/web/zabbix.conf.php", "conf/zabbix.conf.php"]), "\n".join(L) + "\n"


@template("nsca_cfg", "nagios-cfg", ["nsca_pw"], "str")
def t_nsca(r, v, spec, ob):
    server = r.random() < 0.5
    L = ["####################################################", "# %s NSCA Config File" % ("" if server else "Sample"),
         "####################################################", ""]
    if server:
        L += ["pid_file=/var/run/nsca.pid", "server_port=5667", "nsca_user=nagios", "nsca_group=nagios", "debug=0",
              "command_file=/usr/local/nagios/var/rw/nagios.cmd", "alternate_dump_file=/usr/local/nagios/var/rw/nsca.dump", "aggregate_writes=0",
              "max_packet_age=30", "", "# DECRYPTION PASSWORD", "password=%s" % v, "", "decryption_method=%d" % pick(r, [1, 3, 16])]
        return pick(r, ["nagios/nsca.cfg", "etc/nsca.cfg"]), "\n".join(L) + "\n"
    L += ["# ENCRYPTION PASSWORD", "# This is the password/passphrase that should be used", "# to encrypt the outgoing packets.",
          "password=%s" % v, "", "# ENCRYPTION METHOD", "encryption_method=%d" % pick(r, [1, 3, 16])]
    return pick(r, ["nagios/send_nsca.cfg", "etc/send_nsca.cfg", "roles/nsca-client/files/send_nsca.cfg"]), "\n".join(L) + "\n"


@template("nrpe_cmd", "nrpe-cfg", ["svc_pw"], "str")
def t_nrpe(r, v, spec, ob):
    o = org(r)
    L = ["log_facility=daemon", "pid_file=/run/nagios/nrpe.pid", "server_port=5666", "nrpe_user=nagios", "nrpe_group=nagios",
         "allowed_hosts=127.0.0.1,%s" % ip(r), "dont_blame_nrpe=0", "command_timeout=60", "",
         "command[check_users]=/usr/lib/nagios/plugins/check_users -w 5 -c 10",
         "command[check_load]=/usr/lib/nagios/plugins/check_load -r -w .15,.10,.05 -c .30,.25,.20",
         "command[check_disk]=/usr/lib/nagios/plugins/check_disk -w 20% -c 10% -p /"]
    if ob:
        L.append("command[check_app_login]=/usr/lib/nagios/plugins/check_http -H app.%s -S -u /admin -a monitor:%s" % (domain(r, o), v))
    else:
        L.append("command[check_mysql]=/usr/lib/nagios/plugins/check_mysql -H localhost -u nagios -p %s" % v)
    L.append("command[check_procs]=/usr/lib/nagios/plugins/check_procs -w 250 -c 400")
    return pick(r, ["nagios/nrpe.cfg", "etc/nagios/nrpe.cfg", "roles/nrpe/files/nrpe.cfg"]), "\n".join(L) + "\n"


@template("nagios_resource", "nagios-cfg", ["nagios_pw", "ncpa"], "str")
def t_nagios_resource(r, v, spec, ob):
    if spec.key == "ncpa":
        L = ["[general]", "check_logging = 1", "loglevel = info", "", "[listener]", "ip = ::", "port = 5693", "ssl_version = TLSv1_2",
             "certificate = adhoc", "", "[api]", "# token used by check_ncpa.py", "community_string = %s" % v, "", "[passive]",
             "handlers = None", "sleep = 300"]
        return pick(r, ["ncpa/ncpa.cfg", "etc/ncpa/ncpa.cfg"]), "\n".join(L) + "\n"
    L = ["###########################################################################", "# RESOURCE.CFG - Sample Resource File for Nagios",
         "###########################################################################", "", "# Sets $USER1$ to be the path to the plugins",
         "$USER1$=/usr/local/nagios/libexec", "", "# Sets $USER2$ to be the path to event handlers",
         "$USER2$=/usr/local/nagios/libexec/eventhandlers", "", "# database login used by check_pgsql / check_mysql",
         "$USER3$=nagios", "$USER4$=%s" % v, ""]
    return pick(r, ["nagios/resource.cfg", "etc/nagios/resource.cfg"]), "\n".join(L) + "\n"


@template("icinga_api_users", "icinga2-conf", ["icinga_pw"], "str")
def t_icinga(r, v, spec, ob):
    user = pick(r, ["root", "director", "icingaweb2", "dashing", "grafana", "ansible"])
    L = ["/**", " * The ApiUser objects are used for authentication against the API.", " */", "object ApiUser \"%s\" {" % user,
         '  password = "%s"' % v, "  // client_cn = \"\"", "", '  permissions = [ %s ]' % pick(r, ['"*"', '"status/query", "objects/query/*"', '"actions/*", "objects/modify/*", "objects/query/*"']), "}"]
    if r.random() < 0.5:
        L = ['object ApiUser "monitoring-client" {', '  client_cn = "%s.%s"' % (pick(r, HOSTS), domain(r)), '  permissions = [ "status/query" ]', "}", ""] + L
    return pick(r, ["icinga2/conf.d/api-users.conf", "etc/icinga2/conf.d/api-users.conf", "roles/icinga2/files/api-users.conf"]), "\n".join(L) + "\n"


@template("icingaweb_resources", "ini", ["db_pw", "icinga_pw"], "str")
def t_icingaweb(r, v, spec, ob):
    L = ["[icingaweb_db]", 'type = "db"', 'db = "%s"' % pick(r, ["mysql", "pgsql"]), 'host = "%s"' % pick(r, ["localhost", "db", ip(r)]),
         'dbname = "icingaweb2"', 'username = "icingaweb2"']
    if spec.key == "db_pw":
        L += ['password = "%s"' % v, 'charset = "utf8"', "", "[icinga2_api]", 'type = "apiuser"', 'username = "icingaweb2"', 'password_file = "/run/secrets/icinga_api"']
    else:
        L += ['password_file = "/run/secrets/icingaweb_db"', "", "[icinga2]", 'transport = "api"', 'host = "%s"' % pick(r, HOSTS), 'port = "5665"',
              'username = "icingaweb2"', 'password = "%s"' % v]
    return pick(r, ["icingaweb2/resources.ini", "etc/icingaweb2/resources.ini", "icingaweb2/modules/monitoring/commandtransports.ini"]), "\n".join(L) + "\n"


@template("prom_blackbox", "prometheus-yaml", ["prom_pw", "glsa"], "yaml")
def t_prom(r, v, spec, ob):
    o = org(r)
    L = ["global:", "  scrape_interval: %s" % pick(r, ["15s", "30s", "1m"]), "  evaluation_interval: 30s", "", "scrape_configs:",
         "  - job_name: blackbox-http", "    metrics_path: /probe", "    params:", "      module: [http_2xx]", "    static_configs:", "      - targets:"]
    for _ in range(r.randrange(2, 5)):
        L.append("          - %s" % svc_url(r, o))
    L += ["    relabel_configs:", "      - source_labels: [__address__]", "        target_label: __param_target",
          "      - target_label: __address__", "        replacement: blackbox.%s:9115" % domain(r, o)]
    if spec.key == "prom_pw":
        L += ["    basic_auth:", "      username: %s" % pick(r, ["prometheus", "scraper", "probe"]), "      password: %s" % pick(r, ["%s", '"%s"', "'%s'"]) % v]
    else:
        L += ["", "  - job_name: grafana", "    scheme: https", "    authorization:", "      type: Bearer",
              "      credentials: %s" % v, "    static_configs:", "      - targets: ['grafana.%s']" % domain(r, o)]
    return pick(r, ["prometheus/prometheus.yml", "prometheus.yml", "monitoring/prometheus/prometheus.yml"]), "\n".join(L) + "\n"


@template("alloy_remote_write", "grafana-alloy", ["glc"], "str")
def t_alloy(r, v, spec, ob):
    L = ['prometheus.remote_write "grafana_cloud" {', "  endpoint {",
         '    url = "https://prometheus-%s.grafana.net/api/prom/push"' % pick(r, ["prod-13-prod-us-east-0", "prod-24-prod-eu-west-2", "prod-10-prod-us-central-0"]),
         "", "    basic_auth {", '      username = "%d"' % r.randrange(100000, 2999999), '      password = "%s"' % v, "    }", "  }", "}", "",
         'prometheus.exporter.blackbox "probes" {', '  config_file = "/etc/alloy/blackbox.yml"', "  target {", '    name    = "%s"' % pick(r, SERVICES),
         '    address = "%s"' % svc_url(r), '    module  = "http_2xx"', "  }", "}"]
    return pick(r, ["alloy/config.alloy", "config.alloy", "deploy/alloy/config.alloy"]), "\n".join(L) + "\n"


def env_noise(r, o):
    return pick(r, [["APP_ENV=production", "LOG_LEVEL=info"], ["NODE_ENV=production"], ["TZ=UTC"],
                    ["STATUS_PAGE_URL=https://status.%s" % domain(r, o)], ["CHECK_INTERVAL=60", "ALERT_THRESHOLD=3"],
                    ["REGION=%s" % pick(r, REGIONS)], ["SENTRY_ENVIRONMENT=prod"], ["HTTP_TIMEOUT_MS=%d" % pick(r, [3000, 5000, 10000])],
                    ["STATUSPAGE_PAGE_ID=%s" % sp_id(r)], ["MONITOR_IDS=%s" % ",".join(str(r.randrange(780000000, 799999999)) for _ in range(3))]])


@template("dotenv", "dotenv", GENERIC_SPECS + ["db_pw", "slack", "aws"], "env")
def t_dotenv(r, v, spec, ob):
    o = org(r)
    L = ["# %s" % pick(r, ["local overrides - do not share", "monitoring worker", "status-sync service", "generated by setup.sh"])]
    noise = []
    while len(noise) < 6:
        for x in env_noise(r, o):
            if x.split("=")[0] not in [n.split("=")[0] for n in noise]:
                noise.append(x)
    cut = r.randrange(2, 5)
    L += noise[:cut]
    if spec.key == "aws":
        # the public half of the pair; in negatives use AWS's documented example id
        L.append("AWS_ACCESS_KEY_ID=%s" % ("AKIAIOSFODNN7EXAMPLE" if RENDER["neg"] else g_aws_id(r)))
    name = vname(r, spec, ob, "SCREAM")
    q = pick(r, ["%s", '"%s"', "'%s'"])
    L.append("%s=%s" % (name, q % v))
    L += noise[cut:]
    return pick(r, [".env", ".env.production", "deploy/.env", "services/monitor/.env", "docker/.env"]), "\n".join(L) + "\n"


@template("gha_env", "github-actions-yaml", ["checkly", "glc", "sm_token", "statuspage", "bs_uptime", "ur_main", "slack", "instatus", "pagerduty"], "gha")
def t_gha(r, v, spec, ob):
    o = org(r)
    if spec.key == "checkly":
        run = ["npm ci", "npx checkly test --record", "npx checkly deploy --force"]
        extra = ["CHECKLY_ACCOUNT_ID: %s" % ruuid(r)]
    elif spec.key in ("glc", "sm_token"):
        run = ["terraform init -input=false", "terraform apply -auto-approve -input=false"]
        extra = ["TF_IN_AUTOMATION: \"1\""]
    else:
        run = ["python scripts/sync_status.py --page %s" % sp_id(r)]
        extra = ["PYTHONUNBUFFERED: \"1\""]
    name = vname(r, spec, ob, "SCREAM")
    L = ["name: %s" % pick(r, ["Synthetics", "Monitoring as code", "Deploy checks", "Status sync"]), "", "on:", "  push:", "    branches: [main]",
         "  schedule:", '    - cron: "%s"' % cron_expr(r), "", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    env:"]
    L += ["      %s" % e for e in extra]
    L.append("      %s: %s" % (name, pick(r, ["%s", '"%s"']) % v))
    L += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-node@v4", "        with:", "          node-version: 20"]
    for c in run:
        L += ["      - run: %s" % c]
    return ".github/workflows/%s.yml" % pick(r, ["checkly", "monitoring", "deploy-checks", "status-sync", "synthetics"]), "\n".join(L) + "\n"


@template("k8s_secret", "kubernetes-yaml", GENERIC_SPECS + ["db_pw", "zbx_psk"], "yaml")
def t_k8s_secret(r, v, spec, ob):
    key = vname(r, spec, ob, pick(r, ["kebab", "snake", "SCREAM"]))
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-credentials" % spec.provider, "  namespace: %s" % pick(r, ["monitoring", "observability", "ops", "default"]),
         "  labels:", "    app.kubernetes.io/name: %s" % pick(r, ["uptime-sync", "status-exporter", "gatus", "uptime-kuma", "blackbox"]),
         "    app.kubernetes.io/part-of: monitoring", "type: Opaque", "stringData:", '  %s: "%s"' % (key, v)]
    return pick(r, ["k8s/monitoring/secret.yaml", "deploy/k8s/%s-secret.yaml" % spec.provider, "manifests/secrets.yaml"]), "\n".join(L) + "\n"


@template("helm_values", "helm-values-yaml", ["sm_token", "kuma_api", "glc", "bs_logs", "db_pw", "slack", "pagerduty"], "yaml")
def t_helm(r, v, spec, ob):
    o = org(r)
    app = {"sm_token": "synthetic-monitoring-agent", "kuma_api": "uptime-kuma-exporter", "glc": "k8s-monitoring",
           "bs_logs": "vector", "db_pw": "uptime-kuma", "slack": "gatus", "pagerduty": "alertmanager"}[spec.key]
    key = vname(r, spec, ob, "camel")
    L = ["# values for %s" % app, "replicaCount: %d" % r.randrange(1, 4), "", "image:", "  repository: %s/%s" % (pick(r, ["grafana", "ghcr.io/" + o, "docker.io/" + o]), app),
         "  tag: \"%d.%d.%d\"" % (r.randrange(0, 3), r.randrange(0, 30), r.randrange(0, 10)), "  pullPolicy: IfNotPresent", "",
         "resources:", "  limits:", "    memory: %dMi" % pick(r, [128, 256, 512]), "", "config:",
         "  %s: %s" % (key, pick(r, ['"%s"', "%s"]) % v), "  probeName: %s-%s" % (o, pick(r, ["fra", "iad", "sin"])), "", "serviceMonitor:", "  enabled: true"]
    return pick(r, ["charts/%s/values.yaml" % app, "helm/values-prod.yaml", "deploy/values.yaml"]), "\n".join(L) + "\n"


@template("python_settings", "python", GENERIC_SPECS + ["db_pw", "slack"], "str")
def t_py_settings(r, v, spec, ob):
    o = org(r)
    name = vname(r, spec, ob, pick(r, ["SCREAM", "SCREAM", "snake"]))
    L = ['"""Settings for the %s status sync worker."""' % o, "import os", "", 'DEBUG = os.environ.get("DEBUG", "0") == "1"',
         "CHECK_INTERVAL = %d" % pick(r, [30, 60, 300]), 'STATUS_PAGE_ID = "%s"' % sp_id(r), "MONITORED = ["]
    for _ in range(r.randrange(2, 5)):
        L.append('    "%s",' % svc_url(r, o))
    L += ["]", "", "# credentials", "%s = %s" % (name, pick(r, ['"%s"', "'%s'"]) % v), "",
          'TIMEOUT_SECONDS = float(os.environ.get("TIMEOUT", "%d"))' % pick(r, [5, 10]), 'LOG_LEVEL = "INFO"']
    return pick(r, ["config/settings.py", "status_sync/settings.py", "monitor/config.py", "app/settings.py"]), "\n".join(L) + "\n"


@template("node_config", "javascript", GENERIC_SPECS + ["slack", "discord"], "str")
def t_node_config(r, v, spec, ob):
    o = org(r)
    key = vname(r, spec, ob, "camel")
    L = ["'use strict'", "", "module.exports = {", "  env: process.env.NODE_ENV || 'production',", "  port: %d," % pick(r, [3000, 8080, 4000]),
         "  statusPage: {", "    id: '%s'," % sp_id(r), "    url: 'https://status.%s'," % domain(r, o), "  },",
         "  %s: %s," % (key, pick(r, ["'%s'", '"%s"', "`%s`"]) % v), "  checks: ["]
    for _ in range(r.randrange(1, 4)):
        L.append("    { name: '%s', url: '%s', every: %d }," % (pick(r, SERVICES), svc_url(r, o), pick(r, [30, 60, 120])))
    L += ["  ],", "}"]
    return pick(r, ["config/default.js", "src/config.js", "config/production.js", "lib/settings.js"]), "\n".join(L) + "\n"


@template("spring_properties", "java-properties", ["pingdom", "statuscake", "statuspage", "opsgenie", "db_pw", "sendgrid", "bs_logs"], "str")
def t_properties(r, v, spec, ob):
    o = org(r)
    key = "monitoring.%s.%s" % (spec.provider, vname(r, spec, ob, "kebab"))
    if spec.key == "db_pw":
        key = "spring.datasource.password" if ob else "app.reporting-db.%s" % vname(r, spec, ob, "kebab")
    L = ["spring.application.name=%s-status-service" % o, "server.port=8080", "management.endpoints.web.exposure.include=health,info,prometheus",
         "management.endpoint.health.probes.enabled=true", "spring.datasource.url=jdbc:postgresql://db:5432/status",
         "spring.datasource.username=status", "logging.level.root=INFO", "", "# provider integration", key + "=" + v,
         "monitoring.poll-interval=PT%dS" % pick(r, [30, 60, 120])]
    return "src/main/resources/application%s.properties" % pick(r, ["", "-prod", "-staging"]), "\n".join(L) + "\n"


@template("appsettings_json", "json", ["pingdom", "statuscake", "ur_main", "s247_refresh", "opsgenie", "bs_uptime", "hetrix"], "str")
def t_appsettings(r, v, spec, ob):
    o = org(r)
    key = vname(r, spec, ob, "pascal")
    d = ["{", '  "Logging": {', '    "LogLevel": {', '      "Default": "Information",', '      "Microsoft.AspNetCore": "Warning"', "    }", "  },",
         '  "AllowedHosts": "*",', '  "Monitoring": {', '    "Provider": "%s",' % spec.provider, '    "%s": "%s",' % (key, v),
         '    "PollSeconds": %d,' % pick(r, [30, 60, 300]), '    "StatusPageUrl": "https://status.%s"' % domain(r, o), "  }", "}"]
    return pick(r, ["src/StatusWorker/appsettings.json", "appsettings.Production.json", "Monitoring.Api/appsettings.json"]), "\n".join(d) + "\n"


@template("toml_config", "toml", ["updown", "updown_ro", "ohdear", "freshping", "cronitor", "hc_api", "dms_api", "kuma_api"], "str")
def t_toml(r, v, spec, ob):
    o = org(r)
    key = vname(r, spec, ob, "snake")
    L = ["# pinger configuration", "[server]", 'listen = "0.0.0.0:%d"' % pick(r, [8080, 9100, 9222]), 'log_level = "info"', "",
         "[%s]" % spec.provider, 'endpoint = "https://%s"' % {"updown": "updown.io/api", "ohdear": "ohdear.app/api", "freshping": "api.freshping.io/v1",
                                                             "cronitor": "cronitor.io/api", "healthchecks": "healthchecks.io/api/v3",
                                                             "deadmanssnitch": "api.deadmanssnitch.com/v1", "uptime-kuma": "kuma.%s" % domain(r, o)}[spec.provider],
         '%s = "%s"' % (key, v), "interval = \"%ds\"" % pick(r, [30, 60]), "", "[[targets]]", 'name = "%s"' % pick(r, SERVICES), 'url = "%s"' % svc_url(r, o)]
    return pick(r, ["config.toml", "config/pinger.toml", "deploy/exporter.toml"]), "\n".join(L) + "\n"


@template("laravel_services", "php", ["ohdear", "hetrix", "ur_main", "statuscake", "sendgrid", "hc_api"], "str")
def t_laravel(r, v, spec, ob):
    key = vname(r, spec, ob, "snake")
    L = ["<?php", "", "return [", "", "    'mailgun' => [", "        'domain' => env('MAILGUN_DOMAIN'),", "        'secret' => env('MAILGUN_SECRET'),", "    ],", "",
         "    '%s' => [" % spec.provider.replace("-", "_"), "        '%s' => '%s'," % (key, v), "        'site_id' => %d," % r.randrange(1000, 99999),
         "        'timeout' => %d," % pick(r, [5, 10]), "    ],", "", "];"]
    return "config/services.php", "\n".join(L) + "\n"


@template("runbook_md", "markdown", ["ur_ro", "hc_api", "statuspage", "bs_uptime", "kuma_api", "zbx_token", "instatus", "pingdom"], "str")
def t_runbook(r, v, spec, ob):
    o = org(r)
    L = ["# Runbook: %s" % pick(r, ["status page incidents", "uptime monitoring", "on-call quick reference"]), "",
         "Owner: @%s  |  Last reviewed: %s" % (pick(r, PEOPLE), date(r)), "", "## When a monitor goes red", "",
         "1. Check the public status page: https://status.%s" % domain(r, o), "2. Acknowledge in PagerDuty.",
         "3. Pull the raw monitor data:", "", "```bash"]
    url, mode, extra = api_call(r, spec)
    if mode == "bearer":
        L.append('curl -s %s -H "Authorization: Bearer %s" | jq .' % (url, v))
    elif mode == "oauth":
        L.append('curl -s %s -H "Authorization: OAuth %s" | jq .' % (url, v))
    elif mode == "form":
        L.append('curl -s -X POST %s -d "api_key=%s&format=json" | jq .' % (url, v))
    elif mode == "header":
        L.append('curl -s %s -H "%s: %s" | jq .' % (url, extra, v))
    elif mode == "basic_pass":
        L.append('curl -s -u ":%s" %s | head' % (v, url))
    L += ["```", ""]
    if ob:
        L += ["The key above is the %s %s." % (spec.provider, spec.kind.replace("_", " ")), ""]
    L += ["## Escalation", "", "- Primary: %s" % pick(r, PEOPLE), "- Secondary: %s" % pick(r, PEOPLE)]
    return pick(r, ["notes/runbook.md", "docs/runbooks/uptime.md", "ops/ONCALL.md", "docs/monitoring.md"]), "\n".join(L) + "\n"


COMPOSE = {
    "db_pw": ("uptime-kuma", "louislam/uptime-kuma:2", "UPTIME_KUMA_DB_PASSWORD", ["UPTIME_KUMA_DB_TYPE=mariadb", "UPTIME_KUMA_DB_HOSTNAME=mariadb", "UPTIME_KUMA_DB_USERNAME=kuma"]),
    "zbx_db_pw": ("zabbix-server", "zabbix/zabbix-server-pgsql:alpine-7.0-latest", "POSTGRES_PASSWORD", ["DB_SERVER_HOST=postgres", "POSTGRES_USER=zabbix", "POSTGRES_DB=zabbix"]),
    "sm_token": ("sm-agent", "grafana/synthetic-monitoring-agent:latest", "API_TOKEN", ["API_SERVER=synthetic-monitoring-grpc-us-east-0.grafana.net:443"]),
    "bs_logs": ("vector", "timberio/vector:0.39.0-alpine", "BETTERSTACK_SOURCE_TOKEN", ["VECTOR_LOG=info"]),
    "kuma_api": ("kuma-exporter", "ghcr.io/%s/kuma-exporter:1.2.0", "KUMA_API_KEY", ["KUMA_URL=http://uptime-kuma:3001"]),
    "gatus_ext": ("gatus", "twinproduction/gatus:v5.11.0", "GATUS_EXTERNAL_TOKEN", ["GATUS_CONFIG_PATH=/config"]),
    "sendgrid": ("healthchecks", "healthchecks/healthchecks:v3.4", "EMAIL_HOST_PASSWORD", ["EMAIL_HOST=smtp.sendgrid.net", "EMAIL_HOST_USER=apikey", "EMAIL_PORT=587"]),
    "icinga_pw": ("icingaweb2", "icinga/icingaweb2:2.12", "icingaweb.resources.icinga_ido.password", ["icingaweb.enabledModules=director,icingadb"]),
}


@template("compose_env", "docker-compose-yaml", list(COMPOSE), "yaml")
def t_compose(r, v, spec, ob):
    o = org(r)
    svc, image, var, extra = COMPOSE[spec.key]
    if "%s" in image:
        image = image % o
    if not ob and spec.key in ("kuma_api", "bs_logs", "gatus_ext"):
        var = style_name(r, pick(r, NEUTRAL), "SCREAM")
    list_style = r.random() < 0.5
    L = ["services:", "  %s:" % svc, "    image: %s" % image, "    restart: unless-stopped"]
    if svc in ("uptime-kuma", "gatus", "healthchecks", "icingaweb2"):
        L += ["    ports:", '      - "%d:%d"' % ((3001, 3001) if svc == "uptime-kuma" else (8080, 8080) if svc != "healthchecks" else (8000, 8000))]
    L.append("    environment:")
    for e in extra:
        L.append("      - %s" % e if list_style else "      %s: %s" % tuple(e.split("=", 1)))
    L.append("      - %s=%s" % (var, v) if list_style else '      %s: "%s"' % (var, v))
    L += ["    volumes:", "      - %s-data:/app/data" % svc, "", "volumes:", "  %s-data:" % svc]
    return pick(r, ["docker-compose.yml", "compose.yaml", "deploy/docker-compose.yml", "monitoring/docker-compose.yml"]), "\n".join(L) + "\n"


@template("dockerfile_site24x7", "dockerfile", ["s247_device"], "shell")
def t_dockerfile(r, v, spec, ob):
    L = ["FROM %s" % pick(r, ["ubuntu:22.04", "debian:12-slim", "ubuntu:24.04"]), "", "RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \\",
         "    && rm -rf /var/lib/apt/lists/*", ""]
    if ob:
        L += ["ENV SITE24X7_DEVICE_KEY=%s" % v, "RUN curl -sS -o /tmp/s247.sh https://staticdownloads.site24x7.com/server/Site24x7InstallScript.sh \\",
              '    && bash /tmp/s247.sh -i -key="$SITE24X7_DEVICE_KEY" -automation=true']
    else:
        L += ["RUN curl -sS -o /tmp/s247.sh https://staticdownloads.site24x7.com/server/Site24x7InstallScript.sh \\",
              "    && bash /tmp/s247.sh -i -key=%s -automation=true" % v]
    L += ["", "COPY app/ /srv/app/", "WORKDIR /srv/app", 'CMD ["./start.sh"]']
    return pick(r, ["Dockerfile", "docker/agent.Dockerfile", "images/base/Dockerfile"]), "\n".join(L) + "\n"


@template("uptimerobot_status_php", "php", ["ur_ro", "ur_mon", "ur_main"], "str")
def t_ur_php(r, v, spec, ob):
    var = "$apiKey" if ob else "$" + style_name(r, pick(r, NEUTRAL), "camel")
    L = ["<?php", "// tiny status widget for the footer", "%s = '%s';" % (var, v), "", "$ch = curl_init('https://api.uptimerobot.com/v2/getMonitors');",
         "curl_setopt($ch, CURLOPT_POST, true);", "curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query([", "    'api_key' => %s," % var,
         "    'format' => 'json',", "    'custom_uptime_ratios' => '7-30',", "]));", "curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);",
         "$data = json_decode(curl_exec($ch), true);", "curl_close($ch);", "", "foreach ($data['monitors'] as $m) {",
         "    printf('<li class=\"%s\">%s</li>', $m['status'] == 2 ? 'up' : 'down', htmlspecialchars($m['friendly_name']));", "}"]
    return pick(r, ["public/status.php", "status.php", "web/widgets/uptime.php"]), "\n".join(L) + "\n"


def py_request(r, spec, ref):
    url, mode, extra = api_call(r, spec)
    if mode == "form":
        return ['resp = requests.post("%s", data={"%s": %s, "format": "json"}, timeout=10)' % (url, extra, ref)]
    if mode == "bearer":
        return ['resp = requests.get("%s", headers={"Authorization": f"Bearer {%s}"}, timeout=10)' % (url, ref)]
    if mode == "oauth":
        return ['resp = requests.get("%s", headers={"Authorization": "OAuth " + %s}, timeout=10)' % (url, ref)]
    if mode == "header":
        return ['resp = requests.get("%s", headers={"%s": %s}, timeout=10)' % (url, extra, ref)]
    if mode == "basic_user":
        return ['resp = requests.get("%s", auth=(%s, ""), timeout=10)' % (url, ref)]
    if mode == "basic_user_sub":
        return ['resp = requests.get("%s", auth=(%s, "%s"), timeout=10)' % (url, ref, org(r))]
    if mode == "basic_pass":
        return ['resp = requests.get("%s", auth=("", %s), timeout=10)' % (url, ref)]
    if mode == "query":
        return ['resp = requests.get("%s", params={"%s": %s}, timeout=10)' % (url, extra, ref)]
    if mode == "path":
        return ['resp = requests.get("%s".format(%s), timeout=10)' % (url, ref)]
    if mode == "json_field":
        return ['resp = requests.post("%s", json={"%s": %s, "event_action": "trigger",' % (url, extra, ref),
                '                     "payload": {"summary": msg, "source": socket.gethostname(), "severity": "warning"}}, timeout=10)']
    if mode == "genie":
        return ['resp = requests.post("%s", headers={"Authorization": "GenieKey " + %s}, json={"message": msg}, timeout=10)' % (url, ref)]
    raise AssertionError(mode)


@template("python_api_script", "python", API_SPECS, "str")
def t_py_api(r, v, spec, ob):
    const = vname(r, spec, ob, "SCREAM")
    L = ["#!/usr/bin/env python3", '"""%s"""' % pick(r, ["Dump monitor state to stdout for the weekly report.", "Sync monitor status into our internal dashboard.",
                                                          "Quick CLI used by on-call; see README."]),
         "import json", "import socket", "import sys", "", "import requests", "", '%s = "%s"' % (const, v), "", "", "def main(msg=\"manual run\"):"]
    L += ["    " + x for x in py_request(r, spec, const)]
    L += ["    resp.raise_for_status()", "    json.dump(resp.json() if resp.content else {}, sys.stdout, indent=2)", "", "",
          'if __name__ == "__main__":', "    main(*sys.argv[1:])"]
    return pick(r, ["scripts/%s_report.py" % spec.provider.replace("-", "_"), "tools/monitors.py", "bin/status_dump.py", "ops/%s.py" % spec.provider.replace("-", "_")]), "\n".join(L) + "\n"


def js_request(r, spec, ref):
    url, mode, extra = api_call(r, spec)
    if mode == "form":
        return ["const res = await fetch('%s', {" % url, "  method: 'POST',", "  body: new URLSearchParams({ %s: %s, format: 'json' })," % (extra, ref), "})"]
    if mode in ("bearer", "oauth", "genie"):
        scheme = {"bearer": "Bearer", "oauth": "OAuth", "genie": "GenieKey"}[mode]
        return ["const res = await fetch('%s', {" % url, "  headers: { Authorization: `%s ${%s}` }," % (scheme, ref), "})"]
    if mode == "header":
        return ["const res = await fetch('%s', { headers: { '%s': %s } })" % (url, extra, ref)]
    if mode in ("basic_user", "basic_user_sub", "basic_pass"):
        pair = {"basic_user": "`${%s}:`" % ref, "basic_user_sub": "`${%s}:%s`" % (ref, org(r)), "basic_pass": "`:${%s}`" % ref}[mode]
        return ["const auth = Buffer.from(%s).toString('base64')" % pair, "const res = await fetch('%s', { headers: { Authorization: `Basic ${auth}` } })" % url]
    if mode == "query":
        return ["const res = await fetch(`%s?%s=${%s}`)" % (url, extra, ref)]
    if mode == "path":
        return ["const res = await fetch(`%s`)" % url.replace("{}", "${%s}" % ref)]
    if mode == "json_field":
        return ["const res = await fetch('%s', {" % url, "  method: 'POST',", "  headers: { 'Content-Type': 'application/json' },",
                "  body: JSON.stringify({ %s: %s, event_action: 'trigger', payload: { summary: msg, source: 'synthetics', severity: 'error' } })," % (extra, ref), "})"]
    raise AssertionError(mode)


@template("node_api_script", "javascript", API_SPECS, "str")
def t_node_api(r, v, spec, ob):
    const = vname(r, spec, ob, pick(r, ["camel", "SCREAM"]))
    L = ["// %s" % pick(r, ["node scripts/monitors.mjs > monitors.json", "pulls monitor data for the status widget", "run by the nightly GitHub Action"]),
         "", "const %s = '%s'" % (const, v), "", "async function main(msg = 'nightly') {"]
    L += ["  " + x for x in js_request(r, spec, const)]
    L += ["  if (!res.ok) throw new Error(`HTTP ${res.status}`)", "  const body = await res.text()", "  console.log(body)", "}", "",
          "main().catch((err) => {", "  console.error(err)", "  process.exit(1)", "})"]
    return pick(r, ["scripts/monitors.mjs", "scripts/sync-status.mjs", "tools/%s.mjs" % spec.provider, "src/jobs/pull-status.mjs"]), "\n".join(L) + "\n"


@template("python_ping", "python", PING_SPECS, "url")
def t_py_ping(r, v, spec, ob):
    job = pick(r, JOBS)
    url = ping_url(r, spec, v, job)
    const = ping_var(r, spec, ob)
    L = ['"""%s: nightly task with a dead-man switch."""' % job, "import subprocess", "import sys", "import urllib.request", "",
         '%s = "%s"' % (const, url), "", "", "def ping(suffix=\"\"):", "    try:",
         "        urllib.request.urlopen(%s + suffix, timeout=10)" % const if spec.key not in ("kuma_push",) else "        urllib.request.urlopen(%s, timeout=10)" % const,
         "    except OSError as exc:", '        print("heartbeat failed:", exc, file=sys.stderr)', "", "",
         "def main():", '    rc = subprocess.call(["/usr/local/bin/%s"])' % job,
         '    ping("" if rc == 0 else "/fail")' if spec.key in ("hc_uuid", "hc_ping") else "    if rc == 0:\n        ping()",
         "    return rc", "", "", 'if __name__ == "__main__":', "    sys.exit(main())"]
    return pick(r, ["jobs/%s.py" % job.replace("-", "_"), "scripts/%s.py" % job.replace("-", "_"), "tasks/heartbeat.py"]), "\n".join(L) + "\n"


@template("ruby_snitch", "ruby", ["dms_token", "dms_api", "cronitor"], "str")
def t_ruby(r, v, spec, ob):
    if spec.key == "dms_token":
        L = ["# config/initializers/snitch.rb", "require 'snitcher'", "", "module Heartbeat", "  def self.%s" % pick(r, ["nightly!", "checkin!"]),
             "    Snitcher.snitch('%s', message: \"finished in #{Time.now - START}s\")" % v if not ob else "    Snitcher.snitch(SNITCH_TOKEN, message: 'ok')", "  end", "end"]
        if ob:
            L.insert(3, "SNITCH_TOKEN = '%s'" % v)
        return pick(r, ["config/initializers/snitch.rb", "lib/heartbeat.rb"]), "\n".join(L) + "\n"
    if spec.key == "dms_api":
        L = ["require 'snitcher/api'", "", "client = Snitcher::API::Client.new('%s')" % v, "client.snitches(tags: ['%s']).each do |s|" % pick(r, ["critical", "backups", "prod"]),
             "  puts \"#{s.name}: #{s.status}\"", "end"]
        return pick(r, ["script/snitches.rb", "lib/tasks/snitches.rb"]), "\n".join(L) + "\n"
    L = ["require 'cronitor'", "", "Cronitor.api_key = '%s'" % v, "Cronitor.environment = '%s'" % pick(r, ["production", "staging"]), "",
         "Cronitor.job '%s' do" % pick(r, JOBS), "  %s.new.perform" % pick(r, ["NightlyReport", "InvoiceExport", "SearchReindex"]), "end"]
    return pick(r, ["config/initializers/cronitor.rb", "lib/tasks/cron.rb"]), "\n".join(L) + "\n"


@template("go_client", "go", ["bs_uptime", "pingdom", "statuscake", "ohdear", "hc_api", "zbx_token"], "str")
def t_go(r, v, spec, ob):
    url, mode, extra = api_call(r, spec)
    name = vname(r, spec, ob, "camel")
    hdr = 'req.Header.Set("%s", %s)' % (extra, name) if mode == "header" else 'req.Header.Set("Authorization", "Bearer "+%s)' % name
    L = ["package main", "", "import (", '\t"fmt"', '\t"io"', '\t"net/http"', '\t"time"', ")", "", "const %s = \"%s\"" % (name, v), "",
         "func main() {", "\tclient := &http.Client{Timeout: %d * time.Second}" % pick(r, [5, 10, 15]), '\treq, _ := http.NewRequest("GET", "%s", nil)' % url,
         "\t" + hdr, "\tresp, err := client.Do(req)", "\tif err != nil {", "\t\tpanic(err)", "\t}", "\tdefer resp.Body.Close()",
         "\tbody, _ := io.ReadAll(resp.Body)", '\tfmt.Println(resp.Status, len(body))', "}"]
    return pick(r, ["cmd/monitors/main.go", "tools/status/main.go", "internal/probe/client_main.go"]), "\n".join(L) + "\n"


@template("ansible_task", "ansible-yaml", ["kuma_api", "ur_main", "statuspage", "glsa", "icinga_pw", "zbx_token"], "yaml")
def t_ansible_task(r, v, spec, ob):
    name = vname(r, spec, ob, "snake")
    url, mode, extra = api_call(r, spec) if spec.key != "icinga_pw" else ("https://%s:5665/v1/objects/hosts" % pick(r, HOSTS), "icinga", None)
    L = ["---", "- name: Register host with monitoring", "  hosts: all", "  gather_facts: false", "  vars:", "    %s: \"%s\"" % (name, v),
         "    monitor_interval: %d" % pick(r, [60, 300]), "  tasks:", "    - name: call monitoring API", "      ansible.builtin.uri:", "        url: \"%s\"" % url]
    if mode in ("bearer",):
        L += ["        headers:", '          Authorization: "Bearer {{ %s }}"' % name]
    elif mode == "oauth":
        L += ["        headers:", '          Authorization: "OAuth {{ %s }}"' % name]
    elif mode == "form":
        L += ["        method: POST", "        body_format: form-urlencoded", "        body:", '          api_key: "{{ %s }}"' % name, "          format: json"]
    elif mode == "basic_pass":
        L += ["        url_username: \"\"", '        url_password: "{{ %s }}"' % name, "        force_basic_auth: true"]
    else:
        L += ["        url_username: root", '        url_password: "{{ %s }}"' % name, "        force_basic_auth: true", "        validate_certs: false"]
    L += ["      delegate_to: localhost", "      register: result", "      changed_when: false"]
    return pick(r, ["playbooks/monitoring.yml", "ansible/register-monitor.yml", "site-monitoring.yml"]), "\n".join(L) + "\n"


# ---------------------------------------------------------------------------
# negative-only domain look-alikes: (relpath, filetype, text, provider, kind)
# ---------------------------------------------------------------------------
NEG_TEMPLATES = []


def negtemplate(fn):
    NEG_TEMPLATES.append(fn)
    return fn


BCRYPT_ALPHA = "./" + UPPER + LOWER + DIG


def bcrypt_hash(r):
    return "$2%s$%02d$%s" % (pick(r, ["a", "b", "y"]), pick(r, [10, 11, 12]), rs(r, BCRYPT_ALPHA, 53))


@negtemplate
def n_gatus_bcrypt(r):
    o = org(r)
    h = base64.b64encode(bcrypt_hash(r).encode()).decode()
    L = ["security:", "  basic:", "    username: \"%s\"" % pick(r, ["admin", "ops", "status"]),
         "    # bcrypt hash, base64 encoded (htpasswd -bnBC 9 \"\" <pw> | tr -d ':\\n' | base64)",
         '    password-bcrypt-base64: "%s"' % h, "", "endpoints:"] + gatus_endpoints(r, o, r.randrange(2, 4))
    return "config/config.yaml", "gatus-config-yaml", "\n".join(L) + "\n", "gatus", "password_hash"


@negtemplate
def n_blackbox_webconfig(r):
    L = ["# exporter-toolkit web config", "tls_server_config:", "  cert_file: /etc/blackbox/tls.crt", "  key_file: /etc/blackbox/tls.key", "",
         "basic_auth_users:"]
    for u in r.sample(["prometheus", "grafana", "admin", "alloy", "probe"], r.randrange(1, 3)):
        L.append("  %s: %s" % (u, bcrypt_hash(r)))
    return pick(r, ["blackbox/web-config.yml", "monitoring/web.yml"]), "prometheus-yaml", "\n".join(L) + "\n", "prometheus", "password_hash"


@negtemplate
def n_zbx_agent_conf(r):
    host = pick(r, HOSTS)
    L = ["# Zabbix agent 2 configuration", "PidFile=/run/zabbix/zabbix_agent2.pid", "LogFile=/var/log/zabbix/zabbix_agent2.log", "LogFileSize=0",
         "Server=%s" % ip(r), "ServerActive=%s" % ip(r), "Hostname=%s" % host, "Include=/etc/zabbix/zabbix_agent2.d/*.conf", "",
         "TLSConnect=psk", "TLSAccept=psk", "TLSPSKIdentity=PSK-%s-%s" % (host.upper(), rhex(r, 4).upper()), "TLSPSKFile=/etc/zabbix/zabbix_agent2.psk",
         "", "ControlSocket=/run/zabbix/agent.sock", "Plugins.SystemRun.LogRemoteCommands=0"]
    return pick(r, ["zabbix/zabbix_agent2.conf", "etc/zabbix/zabbix_agent2.conf"]), "zabbix-conf", "\n".join(L) + "\n", "zabbix", "psk_identity_and_path"


@negtemplate
def n_icinga_certauth(r):
    L = ["// certificate-based API users, no passwords in this file"]
    for _ in range(r.randrange(2, 4)):
        h = pick(r, HOSTS)
        L += ['object ApiUser "%s" {' % h, '  client_cn = "%s.%s"' % (h, domain(r)), '  permissions = [ "%s" ]' % pick(r, ["status/query", "objects/query/Host", "actions/process-check-result"]), "}", ""]
    return "icinga2/conf.d/api-users.conf", "icinga2-conf", "\n".join(L) + "\n", "icinga2", "cert_auth_config"


@negtemplate
def n_nrpe_plain(r):
    L = ["log_facility=daemon", "server_port=5666", "server_address=%s" % ip(r), "nrpe_user=nagios", "nrpe_group=nagios", "allowed_hosts=127.0.0.1,::1,%s" % ip(r),
         "dont_blame_nrpe=0", "allow_bash_command_substitution=0", "ssl_version=TLSv1.2+", "ssl_cacert_file=/etc/nrpe/ca.pem",
         "ssl_cert_file=/etc/nrpe/%s.pem" % pick(r, HOSTS), "ssl_privatekey_file=/etc/nrpe/%s.key" % pick(r, HOSTS), "ssl_client_certs=2", "",
         "command[check_load]=/usr/lib/nagios/plugins/check_load -w 15,10,5 -c 30,25,20", "command[check_swap]=/usr/lib/nagios/plugins/check_swap -w 20% -c 10%",
         "command[check_zombie_procs]=/usr/lib/nagios/plugins/check_procs -w 5 -c 10 -s Z"]
    return "nagios/nrpe.cfg", "nrpe-cfg", "\n".join(L) + "\n", "nagios", "config_no_secret"


@negtemplate
def n_prom_password_file(r):
    o = org(r)
    L = ["scrape_configs:", "  - job_name: blackbox", "    metrics_path: /probe", "    params:", "      module: [http_2xx]",
         "    basic_auth:", "      username: prometheus", "      password_file: /etc/prometheus/secrets/blackbox_password",
         "    static_configs:", "      - targets:"] + ["          - %s" % svc_url(r, o) for _ in range(r.randrange(2, 4))]
    return "prometheus/prometheus.yml", "prometheus-yaml", "\n".join(L) + "\n", "prometheus", "file_reference"


@negtemplate
def n_statuspage_components(r):
    L = ["# Statuspage component ids (public, visible in the page's /api/v2/components.json)", "statuspage:", "  page_id: %s" % sp_id(r), "  components:"]
    for s in r.sample(SERVICES, r.randrange(3, 7)):
        L.append("    %s: %s" % (s, sp_id(r)))
    L += ["  group_id: %s" % sp_id(r)]
    return pick(r, ["config/statuspage.yml", "status/components.yaml"]), "yaml", "\n".join(L) + "\n", "statuspage", "component_ids"


@negtemplate
def n_statuspage_public(r):
    pid = sp_id(r)
    L = ["import requests", "", "# public, unauthenticated Status API of our page", 'SUMMARY_URL = "https://%s.statuspage.io/api/v2/summary.json"' % pid, "",
         "def overall_status():", "    data = requests.get(SUMMARY_URL, timeout=5).json()", '    return data["status"]["indicator"]', "",
         "def open_incidents():", '    data = requests.get("https://status.%s/api/v2/incidents/unresolved.json", timeout=5).json()' % domain(r),
         '    return [(i["id"], i["name"]) for i in data["incidents"]]', "", "# example incident id seen in 2024: %s" % sp_id(r)]
    return pick(r, ["status/public_status.py", "app/status_widget.py"]), "python", "\n".join(L) + "\n", "statuspage", "public_status_api"


@negtemplate
def n_kuma_badges(r):
    o = org(r)
    host = "status.%s" % domain(r, o)
    L = ["# %s services" % o.capitalize(), "", "| Service | Status | Uptime (24h) |", "|---|---|---|"]
    for s in r.sample(SERVICES, r.randrange(3, 6)):
        mid = r.randrange(1, 120)
        L.append("| %s | ![status](https://%s/api/badge/%d/status) | ![uptime](https://%s/api/badge/%d/uptime/24) |" % (s, host, mid, host, mid))
    L += ["", "Public status page: https://%s/status/%s" % (host, pick(r, ["prod", "public", o]))]
    return "README.md", "markdown", "\n".join(L) + "\n", "uptime-kuma", "public_badge_urls"


@negtemplate
def n_hc_slug_env(r):
    L = ["# ping key comes from /etc/default/healthchecks (HC_PING_KEY)", "SHELL=/bin/bash", "BASH_ENV=/etc/default/healthchecks", ""]
    for j in r.sample(JOBS, r.randrange(2, 4)):
        L.append("%s /usr/local/bin/%s.sh && curl -fsS -m 10 --retry 5 -o /dev/null https://hc-ping.com/${HC_PING_KEY}/%s" % (cron_expr(r), j, j))
    return pick(r, ["crontab", "etc/cron.d/jobs"]), "crontab", "\n".join(L) + "\n", "healthchecks", "env_reference"


@negtemplate
def n_hc_docs(r):
    L = ["## Heartbeats", "", "We use Healthchecks.io. The vendor docs show the two URL formats:", "",
         "- UUID: `https://hc-ping.com/d1665499-e827-441f-bf13-8f15e8f4c0b9`",
         "- slug: `https://hc-ping.com/fqOOd6-F4MMNuCEnzTU01w/db-backups`", "",
         "Our real ping key lives in 1Password (vault *Infra*, item *healthchecks ping key*) and is exported as `HC_PING_KEY`.",
         "Slugs we use: %s." % ", ".join("`%s`" % j for j in r.sample(JOBS, 3)), "",
         "Dead Man's Snitch (legacy) example from their gem docs: `https://nosnch.in/c2354d53d2`."]
    return pick(r, ["docs/heartbeats.md", "notes/cron-monitoring.md"]), "markdown", "\n".join(L) + "\n", "healthchecks", "documented_example"


@negtemplate
def n_ur_monitor_ids(r):
    L = ["id,friendly_name,url,type,interval"]
    for _ in range(r.randrange(4, 10)):
        L.append("%d,%s,%s,%d,%d" % (r.randrange(780000000, 799999999), pick(r, SERVICES), svc_url(r), pick(r, [1, 2, 3]), pick(r, [60, 300])))
    L += ["# public status page: https://stats.uptimerobot.com/%s" % mixed(r, ALNUM, 10)]
    return pick(r, ["monitoring/uptimerobot-monitors.csv", "data/monitors.csv"]), "csv", "\n".join(L) + "\n", "uptimerobot", "monitor_ids"


@negtemplate
def n_pingdom_imports(r):
    L = ["#!/bin/sh", "# one-off: adopt existing Pingdom checks into terraform state", "set -e"]
    for s in r.sample(SERVICES, r.randrange(3, 6)):
        L.append("terraform import pingdom_check.%s %d" % (s.replace("-", "_"), r.randrange(1000000, 9999999)))
    L.append("terraform import pingdom_contact.oncall %d" % r.randrange(10000000, 29999999))
    return "terraform/import.sh", "shell", "\n".join(L) + "\n", "pingdom", "resource_ids"


@negtemplate
def n_checkly_config(r):
    o = org(r)
    L = ["import { defineConfig } from 'checkly'", "import { Frequency } from 'checkly/constructs'", "", "export default defineConfig({",
         "  projectName: '%s synthetics'," % o, "  logicalId: '%s-synthetics'," % o, "  repoUrl: 'https://github.com/%s/synthetics'," % o,
         "  checks: {", "    activated: true,", "    frequency: Frequency.EVERY_10M,", "    locations: ['us-east-1', 'eu-west-1'],",
         "    tags: ['website', 'api'],", "    checkMatch: '**/__checks__/**/*.check.ts',", "    browserChecks: { testMatch: '**/__checks__/**/*.spec.ts' },",
         "  },", "  cli: { runLocation: 'eu-west-1' },", "})", "", "// auth comes from CHECKLY_API_KEY / CHECKLY_ACCOUNT_ID in the environment"]
    return "checkly.config.ts", "checkly-ts", "\n".join(L) + "\n", "checkly", "config_no_secret"


@negtemplate
def n_sealed_secret(r):
    L = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: monitoring-credentials", "  namespace: monitoring", "spec:",
         "  encryptedData:"]
    for k in r.sample(["UPTIMEROBOT_API_KEY", "CHECKLY_API_KEY", "SLACK_WEBHOOK_URL", "HC_PING_KEY", "PAGERDUTY_ROUTING_KEY"], 2):
        L.append("    %s: %s" % (k, "Ag" + b64_bytes(r, 300)))
    L += ["  template:", "    metadata:", "      name: monitoring-credentials"]
    return "k8s/monitoring/sealed-secret.yaml", "kubernetes-yaml", "\n".join(L) + "\n", "bitnami", "ciphertext"


@negtemplate
def n_sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64_bytes(r, n), b64_bytes(r, 32), b64_bytes(r, 16))
    L = ["betterstack_token: %s" % enc(24), "statuspage_api_key: %s" % enc(64), "sops:", "    age:",
         "        - recipient: age1%s" % rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58),
         "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----", "            %s" % b64_bytes(r, 48), "            %s" % b64_bytes(r, 40),
         "            -----END AGE ENCRYPTED FILE-----", "    lastmodified: \"%s\"" % ts(r), "    mac: %s" % enc(32), "    version: 3.8.1"]
    return pick(r, ["secrets/monitoring.enc.yaml", "deploy/secrets.sops.yaml"]), "sops-yaml", "\n".join(L) + "\n", "sops", "ciphertext"


@negtemplate
def n_lockfile(r):
    L = ["{", '  "name": "synthetics",', '  "lockfileVersion": 3,', '  "packages": {']
    for p in r.sample(["checkly", "@playwright/test", "axios", "dotenv", "zod", "undici"], 3):
        L += ['    "node_modules/%s": {' % p, '      "version": "%d.%d.%d",' % (r.randrange(1, 9), r.randrange(0, 40), r.randrange(0, 20)),
              '      "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz",' % (p, p.split("/")[-1]),
              '      "integrity": "sha512-%s",' % b64_bytes(r, 64), '      "dev": true', "    },"]
    L[-1] = "    }"
    L += ["  }", "}"]
    return "package-lock.json", "json", "\n".join(L) + "\n", "npm", "integrity_hash"


@negtemplate
def n_compose_digest(r):
    L = ["services:", "  uptime-kuma:", "    image: louislam/uptime-kuma@sha256:%s" % rhex(r, 64), "    volumes:", "      - kuma:/app/data",
         "    ports:", '      - "3001:3001"', "  gatus:", "    image: twinproduction/gatus@sha256:%s" % rhex(r, 64), "    environment:",
         "      SLACK_WEBHOOK_URL: ${SLACK_WEBHOOK_URL:?set in .env}", "      PAGERDUTY_KEY: ${PAGERDUTY_KEY:-}", "volumes:", "  kuma: {}"]
    return "docker-compose.yml", "docker-compose-yaml", "\n".join(L) + "\n", "docker", "image_digest"


@negtemplate
def n_changelog(r):
    L = ["# Changelog", ""]
    for _ in range(r.randrange(3, 6)):
        L += ["## %d.%d.%d - %s" % (r.randrange(0, 4), r.randrange(0, 20), r.randrange(0, 10), date(r)),
              "- %s (%s, #%d)" % (pick(r, ["add Checkly browser check for login", "rotate heartbeat monitors", "move alerts to PagerDuty", "new Gatus endpoint for search"]), rhex(r, 40), r.randrange(10, 900)),
              "- %s (%s)" % (pick(r, ["fix flaky DNS monitor", "bump uptime-kuma to 1.23", "drop legacy Pingdom checks"]), rhex(r, 7)), ""]
    return "CHANGELOG.md", "markdown", "\n".join(L) + "\n", "git", "commit_sha"


@negtemplate
def n_i18n(r):
    d = {"settings.apiKey.label": "API key", "settings.apiKey.help": "Paste the read-only key from UptimeRobot > Integrations > API.",
         "settings.pingUrl.label": "Ping URL", "settings.pingUrl.placeholder": "https://hc-ping.com/your-uuid",
         "settings.token.rotate": "Rotate token", "settings.token.copied": "Token copied to clipboard",
         "monitor.status.up": "Operational", "monitor.status.down": "Major outage", "password.reset": "Reset password",
         "password.tooShort": "Password must be at least 12 characters"}
    lang = pick(r, ["en", "en-GB"])
    return "src/locales/%s.json" % lang, "json", json.dumps(d, indent=2) + "\n", "i18n", "i18n_strings"


@negtemplate
def n_grafana_dashboard(r):
    d = {"uid": mixed(r, ALNUM, 14), "title": "Synthetic checks", "version": r.randrange(1, 40), "schemaVersion": 39,
         "panels": [{"id": i + 1, "type": pick(r, ["stat", "timeseries", "table"]), "title": pick(r, ["Uptime", "Latency p95", "Probe errors", "SSL expiry"]),
                     "datasource": {"type": "prometheus", "uid": mixed(r, ALNUM, 9)},
                     "targets": [{"expr": 'probe_success{job="%s"}' % pick(r, ["blackbox", "synthetic-monitoring"]), "refId": "A"}]} for i in range(r.randrange(2, 4))]}
    return "dashboards/synthetics.json", "json", json.dumps(d, indent=2) + "\n", "grafana", "dashboard_uids"


@negtemplate
def n_postmortem(r):
    L = ["# Postmortem: %s outage %s" % (pick(r, SERVICES), date(r)), "", "- Statuspage incident: `%s`" % sp_id(r),
         "- Better Stack incident #%d" % r.randrange(100000000, 999999999), "- Request id of first failure: `%s`" % ruuid(r),
         "- Trace id: `%s`" % rhex(r, 32), "- Deploy commit: `%s`" % rhex(r, 40), "", "## Timeline (UTC)", ""]
    for _ in range(r.randrange(3, 6)):
        L.append("- %s monitor %d flipped to DOWN" % (ts(r), r.randrange(780000000, 799999999)))
    L += ["", "## Action items", "", "- [ ] Add a Checkly API check for the /v2 endpoint", "- [ ] Lower grace time of the backup heartbeat"]
    return "docs/postmortems/%s.md" % date(r), "markdown", "\n".join(L) + "\n", "statuspage", "incident_ids"


@negtemplate
def n_env_example(r):
    L = ["# copy to .env and fill in", "UPTIMEROBOT_API_KEY=", "CHECKLY_API_KEY=cu_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "CHECKLY_ACCOUNT_ID=<account-uuid>",
         "HC_PING_KEY=<project ping key>", "BETTERSTACK_API_TOKEN=changeme", "STATUSPAGE_PAGE_ID=%s" % sp_id(r), "SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXX/YYY/ZZZ",
         "DB_PASSWORD=", "ZABBIX_API_TOKEN=your-zabbix-api-token"]
    r.shuffle(L)
    return pick(r, [".env.example", ".env.sample", "config/env.template"]), "dotenv", "\n".join(L) + "\n", "generic", "placeholder"


@negtemplate
def n_tf_sensitive(r):
    L = []
    for n in r.sample(["uptimerobot_api_key", "betteruptime_api_token", "checkly_api_key", "statuspage_api_key", "sm_access_token", "pagerduty_token"], 3):
        L += ['variable "%s" {' % n, "  type      = string", "  sensitive = true", '  description = "Set via TF_VAR_%s in CI"' % n, "}", ""]
    L += ['provider "checkly" {', "  api_key    = var.checkly_api_key", '  account_id = "%s"' % ruuid(r), "}"]
    return "terraform/variables.tf", "terraform", "\n".join(L) + "\n", "terraform", "variable_declaration"


@negtemplate
def n_gha_secrets(r):
    L = ["name: Deploy monitoring", "on:", "  push:", "    branches: [main]", "jobs:", "  apply:", "    runs-on: ubuntu-latest", "    env:",
         "      CHECKLY_API_KEY: ${{ secrets.CHECKLY_API_KEY }}", "      CHECKLY_ACCOUNT_ID: ${{ vars.CHECKLY_ACCOUNT_ID }}",
         "      TF_VAR_uptimerobot_api_key: ${{ secrets.UPTIMEROBOT_API_KEY }}", "      HC_PING_URL: https://hc-ping.com/${{ secrets.HC_PING_KEY }}/deploy",
         "    steps:", "      - uses: actions/checkout@v4", "      - run: terraform init && terraform apply -auto-approve", "      - run: npx checkly deploy --force",
         "      - run: curl -fsS -m 10 \"$HC_PING_URL\""]
    return ".github/workflows/monitoring.yml", "github-actions-yaml", "\n".join(L) + "\n", "github", "ci_secret_reference"


@negtemplate
def n_external_secret(r):
    L = ["apiVersion: external-secrets.io/v1beta1", "kind: ExternalSecret", "metadata:", "  name: uptime-credentials", "spec:", "  refreshInterval: 1h",
         "  secretStoreRef:", "    name: %s" % pick(r, ["aws-secrets-manager", "vault-backend", "gcp-sm"]), "    kind: ClusterSecretStore", "  target:",
         "    name: uptime-credentials", "  data:"]
    for k in r.sample(["betterstack-token", "uptimerobot-key", "kuma-api-key", "grafana-sm-token"], 2):
        L += ["    - secretKey: %s" % k, "      remoteRef:", "        key: monitoring/%s" % k, "        property: value"]
    return "k8s/monitoring/external-secret.yaml", "kubernetes-yaml", "\n".join(L) + "\n", "external-secrets", "secret_manager_ref"


@negtemplate
def n_checkly_env(r):
    L = ["import { ApiCheck, AssertionBuilder } from 'checkly/constructs'", "", "new ApiCheck('orders-api', {", "  name: 'Orders API',", "  request: {",
         "    method: 'GET',", "    url: 'https://api.%s/v1/orders?limit=1'," % domain(r), "    headers: [",
         "      { key: 'Authorization', value: 'Bearer {{ORDERS_API_TOKEN}}' },", "    ],",
         "    assertions: [AssertionBuilder.statusCode().equals(200)],", "  },", "})", "", "// {{ORDERS_API_TOKEN}} is a Checkly environment variable (secret)"]
    return "__checks__/orders.check.ts", "checkly-ts", "\n".join(L) + "\n", "checkly", "env_reference"


@negtemplate
def n_signature_test(r):
    sig = rhex(r, 64)
    L = ["import hmac", "", "from webhooks import parse_signature_header", "", "", "def test_parse_header():",
         '    header = "t=%d,v1=%s"' % (r.randrange(1600000000, 1750000000), sig), "    ts, sig = parse_signature_header(header)",
         '    assert sig == "%s"' % sig, "    assert ts > 0", "", "", "def test_compare_is_constant_time():",
         '    assert hmac.compare_digest("%s", "%s")' % (sig[:16], sig[:16])]
    return "tests/test_webhook_signature.py", "python", "\n".join(L) + "\n", "generic", "signature"


@negtemplate
def n_kuma_export(r):
    mons = []
    for i in range(r.randrange(2, 5)):
        mons.append({"id": r.randrange(1, 200), "name": pick(r, SERVICES), "type": "http", "url": svc_url(r), "interval": 60,
                     "maxretries": 2, "pushToken": None, "active": True})
    d = {"version": "1.23.%d" % r.randrange(0, 16), "notificationList": [], "monitorList": mons}
    return "backup/uptime-kuma-export.json", "json", json.dumps(d, indent=2) + "\n", "uptime-kuma", "monitor_export"


@negtemplate
def n_site24x7_ids(r):
    L = ["# Site24x7 monitor ids, used by the dashboards", "monitors:"]
    for s in r.sample(SERVICES, r.randrange(3, 6)):
        L.append("  %s: \"%d%012d\"" % (s, r.randrange(100000, 999999), r.randrange(10 ** 11, 10 ** 12)))
    L += ["monitor_group: \"%d%012d\"" % (r.randrange(100000, 999999), r.randrange(10 ** 11, 10 ** 12)), "data_center: %s" % pick(r, ["us", "eu", "in"])]
    return "config/site24x7.yml", "yaml", "\n".join(L) + "\n", "site24x7", "resource_ids"


@negtemplate
def n_aws_docs(r):
    L = ["## Uploading probe results to S3", "", "Example credentials from the AWS documentation (not ours):", "", "```ini", "[default]",
         "aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "region = %s" % pick(r, REGIONS), "```", "",
         "In CI we use OIDC (`role-to-assume: arn:aws:iam::%d:role/probe-uploader`)." % r.randrange(10 ** 11, 10 ** 12)]
    return "docs/probe-uploads.md", "markdown", "\n".join(L) + "\n", "aws", "documented_example"


@negtemplate
def n_updown_tokens(r):
    L = ["# updown.io check tokens are public ids (they appear in the public status page URL)", "checks = {"]
    for s in r.sample(SERVICES, r.randrange(3, 6)):
        L.append('    "%s": "%s",' % (s, mixed(r, LALNUM, 4)))
    L += ["}", "", 'STATUS_PAGE = "https://updown.io/p/%s"' % mixed(r, LALNUM, 5), 'API_KEY = os.environ["UPDOWN_API_KEY"]']
    L.insert(0, "import os")
    return "monitoring/updown_checks.py", "python", "\n".join(L) + "\n", "updown", "public_ids"


@negtemplate
def n_cronitor_yaml(r):
    L = ["# cronitor.yaml - synced with `cronitor sync`", "# api key: CRONITOR_API_KEY env var", "jobs:"]
    for j in r.sample(JOBS, r.randrange(2, 5)):
        L += ["  %s:" % j, '    schedule: "%s"' % cron_expr(r), "    notify: [%s]" % pick(r, ["default", "devops-slack", "pagerduty-prod"]), "    grace_seconds: %d" % pick(r, [60, 300, 900])]
    return "cronitor.yaml", "yaml", "\n".join(L) + "\n", "cronitor", "monitor_keys"


@negtemplate
def n_zbx_template(r):
    L = ["zabbix_export:", "  version: '7.0'", "  templates:", "    - uuid: %s" % rhex(r, 32), "      template: 'Template App %s'" % pick(r, SERVICES),
         "      name: 'App %s by HTTP'" % pick(r, SERVICES), "      groups:", "        - name: Templates/Applications", "      items:"]
    for _ in range(r.randrange(2, 4)):
        L += ["        - uuid: %s" % rhex(r, 32), "          name: '%s'" % pick(r, ["HTTP status", "Response time", "Cert expiry"]),
              "          type: HTTP_AGENT", "          key: 'app.%s'" % pick(r, ["status", "rt", "cert"]), "          url: '{$APP.URL}'"]
    return "zabbix/templates/app_http.yaml", "zabbix-template-yaml", "\n".join(L) + "\n", "zabbix", "template_uuids"


@negtemplate
def n_gatus_envrefs(r):
    o = org(r)
    L = ["alerting:", "  slack:", '    webhook-url: "${SLACK_WEBHOOK_URL}"', "  pagerduty:", '    integration-key: "${PAGERDUTY_INTEGRATION_KEY}"', "",
         "storage:", "  type: postgres", '  path: "postgres://${POSTGRES_USER}:${POSTGRES_PASSWORD}@postgres:5432/gatus?sslmode=disable"', "", "endpoints:"]
    L += gatus_endpoints(r, o, r.randrange(2, 4), alerts="slack")
    return "config/config.yaml", "gatus-config-yaml", "\n".join(L) + "\n", "gatus", "env_reference"


@negtemplate
def n_upptime_secrets(r):
    o = org(r)
    L = ["owner: %s" % o, "repo: upptime", "sites:", "  - name: Internal API", "    url: https://api.%s/health" % domain(r, o), "    headers:",
         '      - "Authorization: Bearer $SECRETS_API_TOKEN"', "  - name: Website", "    url: $SECRET_SITE_URL", "", "status-website:", "  cname: status.%s" % domain(r, o)]
    return ".upptimerc.yml", "upptime-rc-yaml", "\n".join(L) + "\n", "upptime", "env_reference"


@negtemplate
def n_sha256sums(r):
    L = []
    for f in ["zabbix_agent2-7.0.%d-linux-amd64.tar.gz" % r.randrange(0, 9), "blackbox_exporter-0.25.0.linux-amd64.tar.gz",
              "gatus_%d.%d.%d_linux_amd64.tar.gz" % (5, r.randrange(0, 15), r.randrange(0, 5)), "cronitor_linux_amd64.tar.gz", "sm-agent_linux_amd64"]:
        L.append("%s  %s" % (rhex(r, 64), f))
    return pick(r, ["vendor/SHA256SUMS", "downloads/checksums.txt"]), "checksums", "\n".join(L) + "\n", "generic", "digest"


@negtemplate
def n_masked_log(r):
    L = []
    for _ in range(r.randrange(5, 10)):
        L.append('%s level=info msg="poll ok" provider=%s api_key=%s req_id=%s dur=%dms' % (
            ts(r), pick(r, ["uptimerobot", "betterstack", "statuscake"]), pick(r, ["u%d-****" % r.randrange(1000000, 9999999), "****" + rhex(r, 4), "[masked]"]),
            ruuid(r), r.randrange(40, 900)))
    return pick(r, ["logs/poller-sample.log", "docs/sample-output.log"]), "log", "\n".join(L) + "\n", "uptimerobot", "masked"


@negtemplate
def n_kuma_compose_noauth(r):
    L = ["services:", "  uptime-kuma:", "    image: louislam/uptime-kuma:1", "    container_name: uptime-kuma", "    volumes:", "      - ./data:/app/data",
         "      - /var/run/docker.sock:/var/run/docker.sock:ro", "    ports:", '      - "127.0.0.1:3001:3001"', "    restart: always",
         "    environment:", "      - UPTIME_KUMA_DISABLE_FRAME_SAMEORIGIN=%d" % r.randrange(0, 2), "      - TZ=%s" % pick(r, ["UTC", "Europe/Berlin", "America/New_York"])]
    return "docker-compose.yml", "docker-compose-yaml", "\n".join(L) + "\n", "uptime-kuma", "config_no_secret"


@negtemplate
def n_statuspage_embed(r):
    pid = sp_id(r)
    L = ["<!-- Statuspage status embed: page id is public -->", '<script src="https://%s.statuspage.io/embed/script.js"></script>' % pid,
         '<div class="status-badge" data-page-id="%s" data-component="%s"></div>' % (pid, sp_id(r)),
         '<a href="https://status.%s">System status</a>' % domain(r), "<script>", "  fetch('https://%s.statuspage.io/api/v2/status.json')" % pid,
         "    .then(r => r.json())", "    .then(s => document.querySelector('.status-badge').textContent = s.status.description)", "</script>"]
    return pick(r, ["public/footer.html", "templates/partials/status.html"]), "html", "\n".join(L) + "\n", "statuspage", "public_page_id"


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
N_POS = 500
N_NEG = 500


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    d = os.path.dirname(path)
    if not os.path.isdir(d):
        os.makedirs(d)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def choose_spec(r, t, used):
    keys = t["specs"]
    low = min(used.get(SPECS[k].provider, 0) for k in keys)
    cands = [k for k in keys if used.get(SPECS[k].provider, 0) <= low + 1]
    k = pick(r, cands)
    used[SPECS[k].provider] = used.get(SPECS[k].provider, 0) + 1
    return SPECS[k]


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_dy.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    used_pos, used_neg = {}, {}

    order = list(range(len(TEMPLATES)))
    r.shuffle(order)
    for i in range(N_POS):
        t = TEMPLATES[order[i % len(order)]]
        if i and i % len(order) == 0:
            r.shuffle(order)
        spec = choose_spec(r, t, used_pos)
        needle = spec.gen(r)
        obvious = r.random() < 0.5
        rel, text = t["fn"](r, needle, spec, obvious)
        pos = text.find(needle)
        assert pos >= 0, (t["name"], spec.key)
        line = text.count("\n", 0, pos) + 1
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "pos", "provider": spec.provider, "kind": spec.kind, "filetype": t["ft"],
                         "template": t["name"]})
        secrets.append({"file": f, "needle": needle, "line": line})

    n_reuse = N_NEG // 2
    order = list(range(len(TEMPLATES)))
    r.shuffle(order)
    for i in range(n_reuse):
        t = TEMPLATES[order[i % len(order)]]
        if i and i % len(order) == 0:
            r.shuffle(order)
        spec = choose_spec(r, t, used_neg)
        val, nkind = neg_value(r, spec, t["ctx"])
        RENDER["neg"] = True
        rel, text = t["fn"](r, val, spec, r.random() < 0.5)
        RENDER["neg"] = False
        f = "neg/n%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": spec.provider, "kind": nkind, "filetype": t["ft"],
                         "template": t["name"]})

    norder = list(range(len(NEG_TEMPLATES)))
    r.shuffle(norder)
    for j in range(N_NEG - n_reuse):
        fn = NEG_TEMPLATES[norder[j % len(norder)]]
        if j and j % len(norder) == 0:
            r.shuffle(norder)
        rel, ft, text, prov, kind = fn(r)
        i = n_reuse + j
        f = "neg/n%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": prov, "kind": kind, "filetype": ft,
                         "template": fn.__name__})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
