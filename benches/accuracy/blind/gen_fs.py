#!/usr/bin/env python3
"""Blind evaluation-set generator for secret scanners: observability pipelines and log shippers.

EMPHASIS
    Domain: the configuration and instrumentation code of log/metric/trace pipelines, where
    ingest keys, license keys and bearer tokens are pasted into shipper configs.
    Providers: Datadog (API key vs application key), New Relic (license/ingest key ...NRAL,
    legacy 40-hex license key, user key NRAK-), Splunk HEC (GUID tokens), Sumo Logic (HTTP
    source URLs that embed the token), Honeycomb (ingest keys hc?ik_, classic 32-hex keys),
    Axiom (xaat- API tokens, xapt- personal tokens), Better Stack (source tokens), Coralogix
    (cxtp_ Send-Your-Data keys and legacy GUID private keys), Elastic Cloud (API keys as
    "id:api_key" and base64, cloud_auth passwords, basic-auth passwords), Loggly (customer
    tokens), Papertrail (API tokens), Logz.io (32-letter shipping tokens), Dynatrace
    (dt0c01.<24>.<64> access tokens), Grafana Cloud (glc_ access policy tokens, glsa_ service
    account tokens, Basic auth blobs for the OTLP gateway).
    File types: vector.toml / vector.yaml, fluent-bit.conf / fluent-bit.yaml, td-agent.conf /
    fluent.conf, otel-collector-config.yaml, logstash .conf pipelines, promtail.yaml,
    config.alloy (River), datadog.yaml, newrelic.yml / newrelic-infra.yml / newrelic.js,
    Kubernetes DaemonSets / Secrets, Helm values, docker-compose, systemd units, Dockerfiles,
    shell scripts, GitHub workflows, Terraform, Python / Go / Node / Java instrumentation code,
    JSON (appsettings), XML (logback), properties, INI (Splunk inputs.conf), SQL, CSV,
    Markdown runbooks, agent logs.

USAGE
    python3 gen_fs.py OUTDIR SEED
    Writes OUTDIR/pos/p0000..p0499/<relpath>, OUTDIR/neg/n0000..n0499/<relpath>,
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line per positive).
    All randomness comes from one random.Random(SEED); output is byte-identical per SEED.

NEEDLE CONVENTIONS
    The needle is the secret material exactly as written, never the surrounding syntax:
    - key/token values: the whole token including its documented prefix (glc_..., NRAK-...,
      dt0c01.<public>.<secret>, xaat-..., cxtp_..., hcaik_...), without quotes;
    - headers: only the value after the scheme ("Bearer ", "Splunk ", "Api-Token ",
      "Basic "); for a Basic header the needle is the base64 blob (it encodes the secret);
    - URLs: only the token part (Sumo Logic path segment after /receiver/v1/http/, Loggly
      path segment after /inputs/, Logz.io ?token= value, the password in user:pass@host);
    - user:password pairs (cloud_auth, basic auth): the password only;
    - Elastic API keys: "id:api_key" as written, or the base64 "encoded" form as written.
    No multi-line secrets are generated in this domain (no private keys), so every needle is
    on one line; `line` is the 1-based line of the needle's first occurrence.

NEGATIVES
    Half re-use the positive templates with the secret slot holding a non-secret:
    placeholders (<your-api-key>, YOUR_API_KEY_HERE, changeme, xxxx...), empty values,
    masked values (****, [REDACTED], ****a1f3), environment references in the syntax of
    the file (${VAR}, ${env:VAR}, $(VAR), os.environ[...], process.env.X, os.Getenv,
    sys.env("X"), "#{ENV['X']}", var.x), template expressions ({{ .Values.x }},
    ${{ secrets.X }}, Jinja), secret-manager references (vault paths, op://, AWS ARNs),
    and the providers' own documentation examples (Dynatrace dt0s01/dt0c01.ST2EY72...,
    Honeycomb hcxik_123456..., Logz.io oPwWbJws..., Elastic VnVhQ2ZH...,
    elastic:YOUR_PASSWORD).
    The other half are look-alikes of the domain: OTel trace ids, span ids, traceparent
    headers, resource attributes (k8s uids, container ids, host ids), metric names, service
    names, Datadog RUM client tokens (pub..., public by design) and application ids,
    New Relic browser applicationID / accountID / entity GUIDs, Grafana dashboard / datasource
    UIDs, alert rule UUIDs, Splunk HEC request-channel GUIDs and ack ids, Dynatrace token
    *identifiers* (prefix + public portion only, documented as safe to log), Honeycomb key
    IDs without the secret, Elastic cloud.id values, image digests, git SHAs, checksums,
    CA certificates, SSH public keys, base64 payloads, masked key listings.
    No negative is written to a .env / .env.<name> file (.env.example is used instead).

FORMATS CHECKED (search tool, providers' documentation and real config files)
    - Dynatrace docs: token = prefix.public.secret, public portion 24 chars, secret portion
      64 chars; example dt0s01.ST2EY72KQINMH574WMNVI7YN.G3DFPBEJ...RZM (uppercase + 2-7).
    - Honeycomb docs: key IDs start hc[x]ik_ (ingest), hc[x]lk_ (config), hc[x]mk_ (mgmt);
      ingest key = key id + secret concatenated; doc example hcxik_12345...; real files
      show hcaik_01<24 lowercase base32><32 lowercase alnum> (58 chars after the prefix).
    - Logz.io docs: listener https://listener.logz.io:8071?token=<LOG-SHIPPING-TOKEN>&type=;
      doc example token oPwWbJwsFeQSeSoUTVAaZVZYttszAsfg (32 ASCII letters).
    - Better Stack docs: Authorization: Bearer $SOURCE_TOKEN to https://$INGESTING_HOST
      (sNNNNNNN.<region>.betterstackdata.com); real configs show 24-char alphanumeric tokens.
    - Splunk docs: HEC tokens are GUIDs; header "Authorization: Splunk <hec_token>".
    - Sumo Logic docs: HTTP source URL encodes collector/source; real URLs are
      https://endpointN.collection[.region].sumologic.com/receiver/v1/http/ZaVnC4dhaV...==
      (120-char URL-safe base64 token).
    - Elastic docs: cloud.id "name:base64", cloud.auth "elastic:YOUR_PASSWORD" (cloud.auth is
      not an API key); "Authorization: ApiKey <base64 id:api_key>".
    - Datadog docs: API keys, application keys and client tokens are distinct; client
      tokens are for browser RUM/logs. Real snippets: clientToken 'pub' + 32 hex.
    - New Relic docs/blog: license key is 40 characters; real configs show 36 hex + NRAL,
      eu01xx + 30 hex + NRAL and legacy 40 hex; user keys NRAK- + 27 uppercase alnum.
    - Grafana Cloud: access policy tokens used as Bearer / basic-auth password; real files
      show glc_ + base64 of {"o":org,"n":name,"k":24 alnum,"m":{"r":region}} (no padding);
      service account tokens glsa_ + 32 alnum + _ + 8 hex.
    - Axiom docs: API tokens and personal access tokens; real files show xaat-<uuid>.
    - Coralogix docs: Send-Your-Data API key; real files show cxtp_ + 30 alnum.
    - Papertrail docs: X-Papertrail-Token header for the HTTP API.
    - Loggly docs: customer token in the URL path (/inputs/TOKEN/tag/...).

DOUBTS
    - Honeycomb: the [x] letter in hc[x]ik_ varies; only 'a' and 'x' were seen. The classic
      32-hex key format is from memory, not confirmed in this session.
    - Grafana glsa_: the trailing 8 hex look like a checksum; it is not CRC32 of the visible
      body, so here it is random hex. glc_ JSON field set is taken from two real files only.
    - Axiom xapt- (personal tokens) prefix: not confirmed; only xaat- was seen.
    - Better Stack token length (24) and Papertrail API token length (20) are inferred from a
      few real files / memory, not documented.
    - Elastic Cloud generated passwords (24 alnum) and Elastic API key id/key lengths
      (20/22 URL-safe chars) are from memory; the VnVhQ2ZH... example is recalled from the
      Elastic docs and decodes to a plausible id:key pair.
    - Sumo Logic: the token alphabet/length is inferred from real URLs (all start ZaVnC4dhaV);
      the internal structure is unknown.
    - New Relic: whether browser ingest keys (NRJS-) are public is not confirmed, so none are
      used on either side; only browser applicationID / accountID are used as negatives.
    - Coralogix legacy private keys as plain GUIDs: from memory.
"""

import base64
import json
import os
import random
import string
import sys

HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
LETTERS = string.ascii_letters
DIGITS = string.digits
ALNUM = string.ascii_letters + string.digits
UPALNUM = string.ascii_uppercase + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
URLSAFE = ALNUM + "-_"
CROCK = "0123456789abcdefghjkmnpqrstvwxyz"


# ----------------------------------------------------------------------------- basic helpers
def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def rhex(r, n):
    return rs(r, HEX, n)


def ruuid(r, upper=False):
    v = r.getrandbits(128)
    v &= ~(0xF << 76)
    v |= 4 << 76
    v &= ~(0x3 << 62)
    v |= 0x2 << 62
    h = "%032x" % v
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def rpassword(r, n=None, urlsafe=False):
    n = n or r.randint(16, 28)
    pool = ALNUM + ("-_.~" if urlsafe else "!@%^*-_=+.")
    while True:
        p = rs(r, pool, n)
        if (any(c in DIGITS for c in p) and any(c in LOWER for c in p)
                and any(c in UPPER for c in p)):
            return p


def b64(s):
    return base64.b64encode(s.encode()).decode()


# ----------------------------------------------------------------------------- realism pools
SERVICES = ["checkout", "payments-api", "cart", "auth-gateway", "inventory", "search-svc",
            "orders", "billing-worker", "notifications", "catalog", "recommendations",
            "ledger", "shipping", "user-profile", "edge-proxy", "media-transcoder",
            "scheduler", "ingest-router", "quote-engine", "kyc-service"]
ENVS = ["prod", "production", "staging", "stage", "dev", "qa", "perf", "sandbox"]
TEAMS = ["platform", "sre", "observability", "core-infra", "payments", "growth", "data-eng"]
CLUSTERS = ["eks-prod-euw1", "gke-main-usc1", "aks-shared-weu", "k8s-prod-01", "k3s-edge",
            "eks-stg-use1", "prod-blue", "ops-cluster-2"]
AWS_REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"]
DD_SITES = ["datadoghq.com", "datadoghq.eu", "us3.datadoghq.com", "us5.datadoghq.com",
            "ap1.datadoghq.com"]
GRAFANA_REGIONS = ["prod-us-east-0", "prod-eu-west-2", "prod-us-central-0", "prod-ap-south-1",
                   "prod-eu-west-0", "prod-ap-southeast-0"]
CX_DOMAINS = ["eu2.coralogix.com", "coralogix.com", "coralogix.us", "cx498.coralogix.com",
              "coralogix.in", "ap1.coralogix.com"]
BS_REGIONS = ["eu-nbg-2", "eu-fsn-3", "us-east-9", "eu-hel-1"]
SUMO_REGIONS = ["", "us2.", "eu.", "au.", "de.", "jp.", "ca."]
NAMESPACES = ["observability", "logging", "monitoring", "kube-system", "telemetry", "ops"]
WORDS = ["alpha", "bravo", "cobalt", "delta", "ember", "falcon", "granite", "harbor",
         "indigo", "juniper", "kestrel", "lumen", "meridian", "nimbus", "onyx", "pioneer"]
COMPANIES = ["acme", "globex", "initech", "umbrella", "hooli", "vandelay", "stark", "wayne",
             "tyrell", "soylent", "wonka", "cyberdyne"]
METRICS = ["http.server.duration", "http_requests_total", "process_cpu_seconds_total",
           "container_memory_working_set_bytes", "kafka.consumer.lag", "db.client.connections.usage",
           "jvm.gc.pause", "nginx.net.request_per_s", "system.load.1", "runtime.go.goroutines",
           "queue_depth", "otelcol_exporter_sent_spans"]


class Ctx(object):
    """Random but realistic surrounding values for one file."""

    def __init__(self, r):
        self.r = r
        self.svc = r.choice(SERVICES)
        self.env = r.choice(ENVS)
        self.team = r.choice(TEAMS)
        self.cluster = r.choice(CLUSTERS)
        self.region = r.choice(AWS_REGIONS)
        self.ns = r.choice(NAMESPACES)
        self.co = r.choice(COMPANIES)
        self.word = r.choice(WORDS)
        self.ver = "%d.%d.%d" % (r.randint(0, 4), r.randint(0, 30), r.randint(0, 15))
        self.port = r.choice([8080, 8000, 3000, 9090, 8443, 5000])
        self.host = "%s-%s-%02d" % (self.svc.split("-")[0], self.env[:4], r.randint(1, 40))
        self.acct = str(r.randint(1000000, 4999999))
        self.dd_site = r.choice(DD_SITES)
        self.gregion = r.choice(GRAFANA_REGIONS)
        self.ginst = str(r.randint(100000, 1999999))
        self.cx = r.choice(CX_DOMAINS)
        self.bs_host = "s%d.%s.betterstackdata.com" % (r.randint(1000000, 2999999),
                                                      r.choice(BS_REGIONS))
        self.dt_env = rs(r, "abcdefghijklmnopqrstuvwxyz", 3) + "%05d" % r.randint(0, 99999)
        self.sumo_ep = "https://endpoint%d.collection.%ssumologic.com/receiver/v1/http/" % (
            r.randint(1, 6), r.choice(SUMO_REGIONS))
        self.splunk_host = r.choice(["http-inputs-%s.splunkcloud.com" % self.co,
                                     "splunk-hec.%s.internal" % self.co,
                                     "hec.%s.splunkcloud.com" % self.co,
                                     "splunk.%s.net" % self.co])
        self.es_host = "%s-%s.es.%s.aws.found.io" % (self.co, rhex(r, 8), self.region)
        self.dataset = r.choice(["%s-logs" % self.svc, "%s-traces" % self.env, "otel-%s" % self.env,
                                 "k8s-%s" % self.cluster, "vercel", "%s_events" % self.team])
        self.index = r.choice(["main", "k8s_%s" % self.env, "app_logs", "%s_%s" % (self.team, self.env)])


# ----------------------------------------------------------------------------- secret generators
def g_dd_api(r):
    return rhex(r, 32)


def g_dd_app(r):
    return rhex(r, 40)


def g_nr_license(r):
    k = r.random()
    if k < 0.5:
        return rhex(r, 36) + "NRAL"
    if k < 0.75:
        return "eu01xx" + rhex(r, 30) + "NRAL"
    return rhex(r, 40)


def g_nr_user(r):
    return "NRAK-" + rs(r, UPALNUM, 27)


def g_splunk(r):
    return ruuid(r, upper=r.random() < 0.5)


def g_sumo(r):
    pre = base64.urlsafe_b64decode("ZaVnC4dhaVAA")
    raw = pre[:7] + bytes([(pre[7] & 0xF0) | 0x0D]) + bytes(r.getrandbits(8) for _ in range(80))
    tok = base64.urlsafe_b64encode(raw).decode()
    assert tok.startswith("ZaVnC4dhaV") and len(tok) == 120
    return tok


def g_hny_ingest(r):
    return "hc%sik_01%s%s" % (r.choice("ax"), rs(r, CROCK, 24), rs(r, LOWALNUM, 32))


def g_hny_classic(r):
    return rhex(r, 32)


def g_axiom(r):
    return ("xaat-" if r.random() < 0.8 else "xapt-") + ruuid(r)


def g_bstack(r):
    return rs(r, ALNUM, 24)


def g_cx(r):
    return "cxtp_" + rs(r, ALNUM, 30) if r.random() < 0.75 else ruuid(r)


def g_es_pair(r):
    return rs(r, URLSAFE, 20) + ":" + rs(r, URLSAFE, 22)


def g_es_b64(r):
    return b64(g_es_pair(r))


def g_es_pass(r):
    return rs(r, ALNUM, 24) if r.random() < 0.6 else rpassword(r)


def g_loggly(r):
    return ruuid(r)


def g_papertrail(r):
    return rs(r, ALNUM, 20)


def g_logzio(r):
    return rs(r, LETTERS, 32)


def g_dt(r):
    return "dt0c01.%s.%s" % (rs(r, B32, 24), rs(r, B32, 64))


def g_glc(r, org=None, region=None):
    org = org or str(r.randint(100000, 1999999))
    name = r.choice(["%s-logs-write" % r.choice(COMPANIES), "alloy-%s" % r.choice(ENVS),
                     "promtail-%s" % r.choice(CLUSTERS), "otel-collector", "k8s-monitoring",
                     "%s-%s-metrics-publish" % (r.choice(COMPANIES), r.choice(ENVS))])
    body = json.dumps({"o": org, "n": name, "k": rs(r, ALNUM, 24),
                       "m": {"r": region or r.choice(GRAFANA_REGIONS)}}, separators=(",", ":"))
    return "glc_" + b64(body).rstrip("=")


def g_glc_basic(r):
    return b64("%d:%s" % (r.randint(100000, 1999999), g_glc(r)))


def g_glsa(r):
    return "glsa_%s_%s" % (rs(r, ALNUM, 32), rhex(r, 8))


def g_pass(r):
    return rpassword(r)


def g_urlpass(r):
    return rpassword(r, urlsafe=True)


GEN = {
    "dd_api": g_dd_api, "dd_app": g_dd_app, "nr_license": g_nr_license, "nr_user": g_nr_user,
    "splunk": g_splunk, "sumo": g_sumo, "hny": g_hny_ingest, "hny_classic": g_hny_classic,
    "axiom": g_axiom, "bstack": g_bstack, "cx": g_cx, "es_pair": g_es_pair, "es_b64": g_es_b64,
    "es_pass": g_es_pass, "loggly": g_loggly, "papertrail": g_papertrail, "logzio": g_logzio,
    "dt": g_dt, "glc": g_glc, "glc_basic": g_glc_basic, "glsa": g_glsa, "pass": g_pass,
    "urlpass": g_urlpass,
}

# ----------------------------------------------------------------------------- negative slot values
# documented examples from the providers' own docs (never positives)
DOC_EXAMPLES = {
    "dt": ["dt0s01.ST2EY72KQINMH574WMNVI7YN.G3DFPBEJYMODIDAEX454M7YWBUVEFOWKPRVMWFASS64NFH52PX6BNDVFFM572RZM",
           "dt0c01.ST2EY72KQINMH574WMNVI7YN.G3DFPBEJYMODIDAEX454M7YWBUVEFOWKPRVMWFASS64NFH52PX6BNDVFFM572RZM"],
    "hny": ["hcxik_1234567890123456789012345612345678901234567890123456789012"],
    "logzio": ["oPwWbJwsFeQSeSoUTVAaZVZYttszAsfg"],
    "es_b64": ["VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw=="],
    "es_pair": ["VuaCfGcBCdbkQm-e5aOx:ui2lp2axTNmsyakw9tvNnw"],
    "es_pass": ["YOUR_PASSWORD"],
    "papertrail": ["abc123"],
}

GENERIC_PLACEHOLDERS = ["<your-api-key>", "YOUR_API_KEY_HERE", "changeme", "<REPLACE_ME>",
                        "REPLACE_WITH_YOUR_TOKEN", "your-token-here", "<token>", "TODO",
                        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "dummy", "<insert key>", "...",
                        "CHANGE_ME", "not-a-real-key", "<secret>", "placeholder"]
PROV_PLACEHOLDERS = {
    "dd_api": ["<DATADOG_API_KEY>", "<DD_API_KEY>", "YOUR_DATADOG_API_KEY", "0" * 32],
    "dd_app": ["<DATADOG_APP_KEY>", "<YOUR_APPLICATION_KEY>"],
    "nr_license": ["YOUR_LICENSE_KEY", "<NEW_RELIC_LICENSE_KEY>", "your_license_key_here",
                   "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXNRAL", "eu01xxXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXNRAL"],
    "nr_user": ["NRAK-XXXXXXXXXXXXXXXXXXXXXXXXXXX", "<YOUR_USER_API_KEY>", "NRAK-..."],
    "splunk": ["00000000-0000-0000-0000-000000000000", "<SPLUNK_HEC_TOKEN>",
               "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", "<hec_token>"],
    "sumo": ["<SUMO_HTTP_SOURCE_TOKEN>", "YOUR_COLLECTOR_CODE", "XXXXXXXXXXXXXXXXXXXX=="],
    "hny": ["<HONEYCOMB_API_KEY>", "your-honeycomb-ingest-key", "hcaik_..."],
    "hny_classic": ["<HONEYCOMB_API_KEY>", "your-api-key"],
    "axiom": ["xaat-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", "xaat-your-token", "<AXIOM_TOKEN>", "xaat-..."],
    "bstack": ["$SOURCE_TOKEN", "<SOURCE_TOKEN>", "YOUR_SOURCE_TOKEN"],
    "cx": ["cxtp_<key>", "<send-your-data-api-key>", "cxtp_xxxxxxxx", "<CORALOGIX_PRIVATE_KEY>"],
    "es_pair": ["<id>:<api_key>", "API_KEY_ID:API_KEY_SECRET"],
    "es_b64": ["<base64-encoded-api-key>", "<ES_API_KEY>"],
    "es_pass": ["<password>", "changeme", "YOUR_PASSWORD", "elastic-password"],
    "loggly": ["TOKEN", "<CUSTOMER_TOKEN>", "your-customer-token"],
    "papertrail": ["<PAPERTRAIL_API_TOKEN>", "YOUR_TOKEN"],
    "logzio": ["<<LOG-SHIPPING-TOKEN>>", "<<SHIPPING-TOKEN>>", "YOUR-LOGZIO-TOKEN"],
    "dt": ["dt0c01.XXXXXXXXXXXXXXXXXXXXXXXX." + "X" * 64, "dt0c01.*****", "<DT_API_TOKEN>",
           "dt0c01.<token>"],
    "glc": ["glc_<token>", "<GRAFANA_CLOUD_ACCESS_POLICY_TOKEN>", "glc_..."],
    "glc_basic": ["<base64 of instanceID:token>", "<BASE64_ENCODED_INSTANCE_ID_AND_TOKEN>"],
    "glsa": ["glsa_...", "<SERVICE_ACCOUNT_TOKEN>"],
    "pass": ["<password>", "changeme", "password", "admin"],
    "urlpass": ["<password>", "PASSWORD", "changeme"],
}
PREFIXES = {"axiom": "xaat-", "cx": "cxtp_", "dt": "dt0c01.", "glc": "glc_", "glsa": "glsa_",
            "nr_user": "NRAK-", "hny": "hcaik_"}
SECRET_REFS = ["vault:secret/data/observability/%s#value", "op://Observability/%s/credential",
               "arn:aws:secretsmanager:us-east-1:123456789012:secret:obs/%s-Ab12Cd",
               "sm://projects/telemetry/secrets/%s/versions/latest",
               "azurekeyvault://kv-observability/%s"]


def neg_slot(r, gen, var, style=""):
    """Return (slot, kind) for a non-secret value in a positive template's secret slot."""
    if style == "log":
        # a log shows what was really sent: only masked / placeholder / example values fit
        kinds = ["masked", "masked", "placeholder", "empty"]
    elif style in ("inner", "pyinner"):
        # slot inside a URL or header value: no secret-manager URIs there
        kinds = ["placeholder", "placeholder", "env", "env", "masked", "empty", "template"]
    else:
        kinds = ["placeholder", "placeholder", "env", "env", "masked", "empty", "template",
                 "secretref"]
    if gen in DOC_EXAMPLES:
        kinds += ["doc-example", "doc-example"]
    k = r.choice(kinds)
    if k == "placeholder":
        pool = PROV_PLACEHOLDERS.get(gen, []) + GENERIC_PLACEHOLDERS
        return ("lit", r.choice(pool), var), "placeholder"
    if k == "env":
        return ("env", None, var), "env-reference"
    if k == "masked":
        p = PREFIXES.get(gen, "")
        m = r.choice([p + "*" * r.randint(4, 24), "********", "[REDACTED]", "<redacted>",
                      "*" * 28 + rhex(r, 4), p + "****" + rs(r, LOWALNUM, 4), "[MASKED]"])
        return ("lit", m, var), "masked"
    if k == "empty":
        return ("lit", "", var), "empty"
    if k == "template":
        lv = var.lower()
        t = r.choice(["{{ .Values.secrets.%s }}" % lv.replace("_", ""), "{{ %s }}" % lv,
                      "${{ secrets.%s }}" % var, "<%%= ENV['%s'] %%>" % var,
                      "{{ env \"%s\" }}" % var, "%%(%s)s" % lv])
        return ("lit", t, var), "template-expression"
    if k == "secretref":
        return ("lit", r.choice(SECRET_REFS) % var.lower().replace("_", "-"), var), "secret-manager-ref"
    return ("lit", r.choice(DOC_EXAMPLES[gen]), var), "doc-example"


EXPR_STYLES = ("py", "js", "go", "alloy", "tf", "java", "rb")


def render(slot, style):
    mode, val, var = slot
    if mode == "lit":
        if style in EXPR_STYLES:
            if style == "js":
                return "'%s'" % val
            return '"%s"' % val
        return val
    # environment reference in the file's own syntax
    if style == "py":
        return 'os.environ["%s"]' % var if len(var) % 2 else 'os.getenv("%s")' % var
    if style == "js":
        return "process.env.%s" % var
    if style == "go":
        return 'os.Getenv("%s")' % var
    if style == "alloy":
        return 'sys.env("%s")' % var
    if style == "tf":
        return "var.%s" % var.lower()
    if style == "java":
        return 'System.getenv("%s")' % var
    if style == "rb":
        return "ENV['%s']" % var
    if style == "otel":
        return "${env:%s}" % var
    if style == "fluentd":
        return "\"#{ENV['%s']}\"" % var
    if style == "k8s":
        return "$(%s)" % var
    if style == "gha":
        return "${{ secrets.%s }}" % var
    if style == "pyinner":
        return "{%s}" % var.lower()
    if style == "sh":
        return "${%s}" % var if len(var) % 2 else "$%s" % var
    return "${%s}" % var


# ============================================================================= positive templates
POS = []


def P(provider, kind, gen, style, var):
    def deco(fn):
        POS.append({"fn": fn, "provider": provider, "kind": kind, "gen": gen, "style": style,
                    "var": var, "name": fn.__name__})
        return fn
    return deco


def pick_dir(r, *opts):
    return r.choice(opts)


# ---------------------------------------------------------------- Vector
@P("datadog", "api-key", "dd_api", "toml", "DD_API_KEY")
def t_vector_dd_logs(r, c, v):
    path = pick_dir(r, "vector/vector.toml", "deploy/vector/vector.toml", "config/vector.toml",
                    "infra/vector/aggregator.toml")
    return path, """# Vector aggregator: %(env)s
data_dir = "/var/lib/vector"

[api]
enabled = true
address = "127.0.0.1:8686"

[sources.kube]
type = "kubernetes_logs"
exclude_paths_glob_patterns = ["**/kube-system_*/**"]

[transforms.parse]
type = "remap"
inputs = ["kube"]
source = '''
. = merge(., parse_json(.message) ?? {})
.env = "%(env)s"
del(.kubernetes.pod_labels."pod-template-hash")
'''

[sinks.datadog]
type = "datadog_logs"
inputs = ["parse"]
site = "%(site)s"
default_api_key = "%(v)s"
compression = "gzip"

[sinks.datadog.buffer]
type = "disk"
max_size = 268435488
""" % dict(env=c.env, site=c.dd_site, v=v)


@P("datadog", "api-key", "dd_api", "yaml", "DATADOG_API_KEY")
def t_vector_dd_metrics_yaml(r, c, v):
    path = pick_dir(r, "vector/vector.yaml", "charts/vector/files/vector.yaml", "ops/vector.yaml")
    return path, """sources:
  host:
    type: host_metrics
    scrape_interval_secs: 15
    collectors: [cpu, memory, disk, network, load]
  statsd:
    type: statsd
    address: 0.0.0.0:8125
    mode: udp

transforms:
  tag:
    type: remap
    inputs: [host, statsd]
    source: |
      .tags.cluster = "%s"
      .tags.team = "%s"

sinks:
  dd_metrics:
    type: datadog_metrics
    inputs: [tag]
    default_api_key: "%s"
    site: %s
    default_namespace: %s
""" % (c.cluster, c.team, v, c.dd_site, c.team.replace("-", "_"))


@P("splunk", "hec-token", "splunk", "toml", "SPLUNK_HEC_TOKEN")
def t_vector_splunk(r, c, v):
    return r.choice(["vector/sinks/splunk.toml", "etc/vector/vector.toml"]), """[sources.journald]
type = "journald"
current_boot_only = true

[sources.nginx]
type = "file"
include = ["/var/log/nginx/access.log", "/var/log/nginx/error.log"]
read_from = "end"

[sinks.splunk]
type = "splunk_hec_logs"
inputs = ["journald", "nginx"]
endpoint = "https://%s:8088"
default_token = "%s"
index = "%s"
sourcetype = "vector:%s"
encoding.codec = "json"
tls.verify_certificate = true
acknowledgements.indexer_acknowledgements_enabled = true
""" % (c.splunk_host, v, c.index, c.svc)


@P("betterstack", "source-token", "bstack", "yaml", "BETTER_STACK_SOURCE_TOKEN")
def t_vector_bstack(r, c, v):
    return r.choice(["vector.yaml", "deploy/vector/vector.yaml"]), """# Ship docker logs to Better Stack
sources:
  docker:
    type: docker_logs
    exclude_containers: [vector]

transforms:
  shape:
    type: remap
    inputs: [docker]
    source: |
      .dt = del(.timestamp)
      .service = .label."com.docker.compose.service" ?? "unknown"

sinks:
  better_stack:
    type: http
    inputs: [shape]
    uri: https://%s/
    method: post
    encoding:
      codec: json
    compression: gzip
    auth:
      strategy: bearer
      token: "%s"
""" % (c.bs_host, v)


@P("newrelic", "license-key", "nr_license", "toml", "NEW_RELIC_LICENSE_KEY")
def t_vector_nr(r, c, v):
    return r.choice(["vector/newrelic.toml", "config/vector/nr.toml"]), """[sources.app]
type = "file"
include = ["/var/log/%s/*.log"]

[transforms.json]
type = "remap"
inputs = ["app"]
source = '. |= object!(parse_json!(.message))'

[sinks.newrelic]
type = "new_relic"
inputs = ["json"]
account_id = "%s"
license_key = "%s"
api = "logs"
region = "%s"
""" % (c.svc, c.acct, v, r.choice(["us", "eu"]))


@P("axiom", "api-token", "axiom", "yaml", "AXIOM_TOKEN")
def t_vector_axiom(r, c, v):
    return r.choice(["vector.yaml", "observability/vector/axiom.yaml"]), """sources:
  vercel_drain:
    type: http_server
    address: 0.0.0.0:8080
    decoding:
      codec: json

sinks:
  axiom:
    type: axiom
    inputs: [vercel_drain]
    dataset: %s
    org_id: %s-%s
    token: %s
""" % (c.dataset, c.co, rs(r, LOWALNUM, 4), v)


@P("grafana-cloud", "access-policy-token", "glc", "toml", "GRAFANA_CLOUD_TOKEN")
def t_vector_loki(r, c, v):
    return r.choice(["vector/loki.toml", "deploy/vector.toml"]), """[sources.syslog]
type = "syslog"
address = "0.0.0.0:5514"
mode = "tcp"

[sinks.grafana_loki]
type = "loki"
inputs = ["syslog"]
endpoint = "https://logs-%s.grafana.net"
encoding.codec = "json"
labels.job = "syslog"
labels.host = "{{ host }}"
auth.strategy = "basic"
auth.user = "%s"
auth.password = "%s"
out_of_order_action = "accept"
""" % (c.gregion.replace("prod-", "prod-"), c.ginst, v)


@P("elastic", "basic-auth-password", "es_pass", "toml", "ELASTIC_PASSWORD")
def t_vector_es(r, c, v):
    return r.choice(["vector/elastic.toml", "vector.toml"]), """[sources.otlp]
type = "opentelemetry"
grpc.address = "0.0.0.0:4317"
http.address = "0.0.0.0:4318"

[sinks.es]
type = "elasticsearch"
inputs = ["otlp.logs"]
endpoints = ["https://%s:443"]
mode = "data_stream"
data_stream.type = "logs"
data_stream.dataset = "%s"
auth.strategy = "basic"
auth.user = "vector_writer"
auth.password = "%s"
""" % (c.es_host, c.svc.replace("-", "_"), v)


@P("honeycomb", "ingest-key", "hny", "yaml", "HONEYCOMB_API_KEY")
def t_vector_hny(r, c, v):
    return r.choice(["vector.yaml", "platform/vector/honeycomb.yaml"]), """sources:
  app_logs:
    type: file
    include: ["/srv/%s/log/*.json"]

sinks:
  honeycomb:
    type: honeycomb
    inputs: [app_logs]
    dataset: %s
    api_key: %s
    batch:
      timeout_secs: 2
""" % (c.svc, c.dataset, v)


@P("sumologic", "collector-url-token", "sumo", "inner", "SUMO_HTTP_TOKEN")
def t_vector_sumo(r, c, v):
    return r.choice(["vector/sumo.toml", "vector.toml"]), """[sources.files]
type = "file"
include = ["/var/log/app/*.log"]

[sinks.sumo]
type = "http"
inputs = ["files"]
uri = "%s%s"
encoding.codec = "text"
request.headers.X-Sumo-Category = "%s/%s/app"
request.headers.X-Sumo-Name = "%s"
""" % (c.sumo_ep, v, c.env, c.svc, c.host)


# ---------------------------------------------------------------- Fluent Bit
FB_SERVICE = """[SERVICE]
    Flush        5
    Daemon       Off
    Log_Level    info
    Parsers_File parsers.conf
    HTTP_Server  On
    HTTP_Listen  0.0.0.0
    HTTP_Port    2020

[INPUT]
    Name              tail
    Tag               kube.*
    Path              /var/log/containers/*.log
    multiline.parser  docker, cri
    Mem_Buf_Limit     50MB
    Skip_Long_Lines   On

[FILTER]
    Name                kubernetes
    Match               kube.*
    Merge_Log           On
    Keep_Log            Off
    K8S-Logging.Parser  On
"""


@P("datadog", "api-key", "dd_api", "conf", "DD_API_KEY")
def t_fb_dd(r, c, v):
    return r.choice(["fluent-bit/fluent-bit.conf", "etc/fluent-bit/fluent-bit.conf"]), FB_SERVICE + """
[OUTPUT]
    Name        datadog
    Match       kube.*
    Host        http-intake.logs.%s
    TLS         on
    compress    gzip
    apikey      %s
    dd_service  %s
    dd_source   kubernetes
    dd_tags     env:%s,team:%s
""" % (c.dd_site, v, c.svc, c.env, c.team)


@P("splunk", "hec-token", "splunk", "conf", "SPLUNK_TOKEN")
def t_fb_splunk(r, c, v):
    return r.choice(["fluent-bit.conf", "conf/fluent-bit/output-splunk.conf"]), FB_SERVICE + """
[OUTPUT]
    Name         splunk
    Match        *
    Host         %s
    Port         8088
    TLS          On
    TLS.Verify   On
    splunk_token %s
    event_index  %s
    event_host   ${HOSTNAME}
""" % (c.splunk_host, v, c.index)


@P("newrelic", "license-key", "nr_license", "conf", "NEW_RELIC_LICENSE_KEY")
def t_fb_nr(r, c, v):
    return r.choice(["fluent-bit/newrelic.conf", "fluent-bit.conf"]), FB_SERVICE + """
[OUTPUT]
    Name          nrlogs
    Match         *
    base_uri      https://log-api.%snewrelic.com/log/v1
    license_key   %s
    compress      gzip
""" % (r.choice(["", "eu."]), v)


@P("grafana-cloud", "access-policy-token", "glc", "conf", "LOKI_PASSWORD")
def t_fb_loki(r, c, v):
    return r.choice(["fluent-bit/loki.conf", "fluent-bit.conf"]), FB_SERVICE + """
[OUTPUT]
    Name        loki
    Match       kube.*
    Host        logs-%s.grafana.net
    Port        443
    tls         on
    tls.verify  on
    http_user   %s
    http_passwd %s
    labels      job=fluent-bit, cluster=%s, namespace=$kubernetes['namespace_name']
""" % (c.gregion, c.ginst, v, c.cluster)


@P("elastic", "cloud-auth-password", "es_pass", "conf", "ES_CLOUD_PASSWORD")
def t_fb_es(r, c, v):
    cid = "%s:%s" % (c.co, b64("%s.aws.found.io$%s$%s" % (c.region, rhex(r, 32), rhex(r, 32))))
    return r.choice(["fluent-bit/es.conf", "fluent-bit.conf"]), FB_SERVICE + """
[OUTPUT]
    Name            es
    Match           kube.*
    Cloud_ID        %s
    Cloud_Auth      elastic:%s
    tls             On
    Suppress_Type_Name On
    Logstash_Format On
    Logstash_Prefix %s
""" % (cid, v, c.svc)


@P("logzio", "shipping-token", "logzio", "inner", "LOGZIO_TOKEN")
def t_fb_logzio(r, c, v):
    return r.choice(["fluent-bit/logzio.conf", "fluent-bit.conf"]), FB_SERVICE + """
[OUTPUT]
    Name        http
    Match       *
    Host        listener%s.logz.io
    Port        8071
    URI         /?token=%s&type=%s
    Format      json_lines
    tls         on
    Json_date_key @timestamp
""" % (r.choice(["", "-eu", "-uk"]), v, c.svc)


@P("betterstack", "source-token", "bstack", "inner", "BETTER_STACK_TOKEN")
def t_fb_yaml_bstack(r, c, v):
    return r.choice(["fluent-bit/fluent-bit.yaml", "fluent-bit.yaml"]), """service:
  flush: 1
  log_level: info
pipeline:
  inputs:
    - name: systemd
      tag: host.*
      systemd_filter: _SYSTEMD_UNIT=%s.service
  outputs:
    - name: http
      match: '*'
      host: %s
      port: 443
      uri: /
      format: json
      tls: on
      header:
        - Authorization Bearer %s
        - Content-Type application/json
""" % (c.svc, c.bs_host, v)


@P("coralogix", "send-your-data-key", "cx", "inner", "CORALOGIX_PRIVATE_KEY")
def t_fb_cx(r, c, v):
    return r.choice(["fluent-bit/coralogix.conf", "fluent-bit.conf"]), FB_SERVICE + """
[FILTER]
    Name    modify
    Match   kube.*
    Add     applicationName %s
    Add     subsystemName %s

[OUTPUT]
    Name        http
    Match       kube.*
    Host        ingress.%s
    Port        443
    URI         /logs/v1/singles
    Format      json_lines
    TLS         On
    Header      Authorization Bearer %s
    compress    gzip
    Retry_Limit 10
""" % (c.env, c.svc, c.cx, v)


# ---------------------------------------------------------------- Fluentd / td-agent
FLUENTD_HEAD = """<system>
  log_level info
  workers 2
</system>

<source>
  @type tail
  path /var/log/%s/*.log
  pos_file /var/log/td-agent/%s.pos
  tag app.%s
  <parse>
    @type json
    time_key time
  </parse>
</source>

<filter app.**>
  @type record_transformer
  <record>
    hostname "#{Socket.gethostname}"
    env %s
  </record>
</filter>
"""


def fluentd_head(c):
    return FLUENTD_HEAD % (c.svc, c.svc, c.svc, c.env)


@P("datadog", "api-key", "dd_api", "fluentd", "DD_API_KEY")
def t_fluentd_dd(r, c, v):
    return r.choice(["td-agent/td-agent.conf", "etc/td-agent/td-agent.conf", "fluentd/fluent.conf"]), \
        fluentd_head(c) + """
<match app.**>
  @type datadog
  @id awesome_agent
  api_key %s
  dd_source "ruby"
  dd_tags "env:%s,team:%s"
  service %s
  host http-intake.logs.%s
  <buffer>
    @type memory
    flush_interval 5s
  </buffer>
</match>
""" % (v, c.env, c.team, c.svc, c.dd_site)


@P("splunk", "hec-token", "splunk", "fluentd", "SPLUNK_HEC_TOKEN")
def t_fluentd_splunk(r, c, v):
    return r.choice(["fluentd/conf.d/splunk.conf", "td-agent.conf"]), fluentd_head(c) + """
<match app.**>
  @type splunk_hec
  protocol https
  hec_host %s
  hec_port 8088
  hec_token %s
  index %s
  source %s
  sourcetype _json
  insecure_ssl false
</match>
""" % (c.splunk_host, v, c.index, c.svc)


@P("newrelic", "license-key", "nr_license", "fluentd", "NEW_RELIC_LICENSE_KEY")
def t_fluentd_nr(r, c, v):
    return r.choice(["fluentd/fluent.conf", "td-agent/conf.d/newrelic.conf"]), fluentd_head(c) + """
<match app.**>
  @type newrelic
  license_key %s
  base_uri https://log-api.newrelic.com/log/v1
</match>
""" % v


@P("loggly", "customer-token", "loggly", "inner", "LOGGLY_TOKEN")
def t_fluentd_loggly(r, c, v):
    return r.choice(["td-agent/td-agent.conf", "fluentd/loggly.conf"]), fluentd_head(c) + """
<match app.**>
  @type loggly_buffered
  loggly_url https://logs-01.loggly.com/bulk/%s/tag/%s,fluentd/bulk
  flush_interval 10s
</match>
""" % (v, c.svc)


@P("logzio", "shipping-token", "logzio", "inner", "LOGZIO_TOKEN")
def t_fluentd_logzio(r, c, v):
    return r.choice(["fluentd/fluent.conf", "td-agent.conf"]), fluentd_head(c) + """
<match app.**>
  @type logzio_buffered
  endpoint_url https://listener.logz.io:8071?token=%s&type=%s
  output_include_time true
  output_include_tags true
  http_idle_timeout 10
  <buffer>
    @type memory
    flush_thread_count 4
    flush_interval 3s
    chunk_limit_size 16m
  </buffer>
</match>
""" % (v, c.svc)


@P("sumologic", "collector-url-token", "sumo", "inner", "SUMO_ENDPOINT_TOKEN")
def t_fluentd_sumo(r, c, v):
    return r.choice(["fluentd/sumo.conf", "td-agent.conf"]), fluentd_head(c) + """
<match app.**>
  @type sumologic
  endpoint %s%s
  log_format json
  source_category %s/%s
  source_name %s
  open_timeout 10
</match>
""" % (c.sumo_ep, v, c.env, c.svc, c.host)


@P("elastic", "basic-auth-password", "es_pass", "fluentd", "ES_PASSWORD")
def t_fluentd_es(r, c, v):
    return r.choice(["fluentd/elasticsearch.conf", "fluent.conf"]), fluentd_head(c) + """
<match app.**>
  @type elasticsearch
  host %s
  port 9243
  scheme https
  user fluentd
  password %s
  logstash_format true
  logstash_prefix %s
  include_tag_key true
</match>
""" % (c.es_host, v, c.svc)


# ---------------------------------------------------------------- OpenTelemetry Collector
OTEL_HEAD = """receivers:
  otlp:
    protocols:
      grpc:
        endpoint: 0.0.0.0:4317
      http:
        endpoint: 0.0.0.0:4318
  hostmetrics:
    collection_interval: 30s
    scrapers:
      cpu: {}
      memory: {}

processors:
  batch:
    send_batch_size: 8192
    timeout: 5s
  memory_limiter:
    check_interval: 1s
    limit_percentage: 75
  resource:
    attributes:
      - key: deployment.environment
        value: %s
        action: upsert
      - key: k8s.cluster.name
        value: %s
        action: insert

"""


def otel_head(c):
    return OTEL_HEAD % (c.env, c.cluster)


def otel_tail(exp, pipes=("traces", "metrics", "logs")):
    s = "\nservice:\n  pipelines:\n"
    for p in pipes:
        rec = "[otlp, hostmetrics]" if p == "metrics" else "[otlp]"
        s += "    %s:\n      receivers: %s\n      processors: [memory_limiter, resource, batch]\n" \
             "      exporters: [%s]\n" % (p, rec, exp)
    return s


OTEL_PATHS = ["otel-collector-config.yaml", "deploy/otel/otel-collector-config.yaml",
              "collector/config.yaml", "otel/collector.yaml", "k8s/otel-collector/config.yaml"]


@P("honeycomb", "ingest-key", "hny", "otel", "HONEYCOMB_API_KEY")
def t_otel_hny(r, c, v):
    return r.choice(OTEL_PATHS), otel_head(c) + """exporters:
  otlp/honeycomb:
    endpoint: "api.%shoneycomb.io:443"
    headers:
      "x-honeycomb-team": "%s"
""" % (r.choice(["", "eu1."]), v) + otel_tail("otlp/honeycomb", ("traces", "logs"))


@P("datadog", "api-key", "dd_api", "otel", "DD_API_KEY")
def t_otel_dd(r, c, v):
    return r.choice(OTEL_PATHS), otel_head(c) + """connectors:
  datadog/connector:

exporters:
  datadog/exporter:
    api:
      site: %s
      key: %s
    traces:
      span_name_as_resource_name: true
""" % (c.dd_site, v) + otel_tail("datadog/exporter")


@P("newrelic", "license-key", "nr_license", "otel", "NEW_RELIC_LICENSE_KEY")
def t_otel_nr(r, c, v):
    return r.choice(OTEL_PATHS), otel_head(c) + """exporters:
  otlphttp/newrelic:
    endpoint: https://otlp.%snr-data.net
    headers:
      api-key: %s
    compression: gzip
""" % (r.choice(["", "eu01."]), v) + otel_tail("otlphttp/newrelic")


@P("dynatrace", "api-token", "dt", "inner", "DT_API_TOKEN")
def t_otel_dt(r, c, v):
    return r.choice(OTEL_PATHS), otel_head(c) + """exporters:
  otlphttp/dynatrace:
    endpoint: https://%s.live.dynatrace.com/api/v2/otlp
    headers:
      Authorization: "Api-Token %s"
processors/cumulativetodelta: {}
""" % (c.dt_env, v) + otel_tail("otlphttp/dynatrace")


@P("coralogix", "send-your-data-key", "cx", "inner", "CX_TOKEN")
def t_otel_cx(r, c, v):
    return r.choice(OTEL_PATHS), otel_head(c) + """exporters:
  otlp/coralogix:
    endpoint: ingress.%s:443
    headers:
      Authorization: "Bearer %s"
      CX-Application-Name: %s
      CX-Subsystem-Name: %s
""" % (c.cx, v, c.env, c.svc) + otel_tail("otlp/coralogix")


@P("grafana-cloud", "basic-auth-blob", "glc_basic", "inner", "GRAFANA_OTLP_AUTH")
def t_otel_grafana(r, c, v):
    return r.choice(OTEL_PATHS), otel_head(c) + """exporters:
  otlphttp/grafana_cloud:
    endpoint: https://otlp-gateway-%s.grafana.net/otlp
    headers:
      Authorization: "Basic %s"
""" % (c.gregion, v) + otel_tail("otlphttp/grafana_cloud")


@P("splunk", "hec-token", "splunk", "otel", "SPLUNK_HEC_TOKEN")
def t_otel_splunk(r, c, v):
    return r.choice(OTEL_PATHS), otel_head(c) + """exporters:
  splunk_hec/logs:
    token: "%s"
    endpoint: "https://%s:8088/services/collector"
    source: "otel"
    sourcetype: "otel:%s"
    index: "%s"
    tls:
      insecure_skip_verify: false
""" % (v, c.splunk_host, c.svc, c.index) + otel_tail("splunk_hec/logs", ("logs",))


@P("axiom", "api-token", "axiom", "inner", "AXIOM_TOKEN")
def t_otel_axiom(r, c, v):
    return r.choice(OTEL_PATHS), otel_head(c) + """exporters:
  otlphttp/axiom:
    compression: gzip
    endpoint: https://api.axiom.co
    headers:
      authorization: Bearer %s
      x-axiom-dataset: %s
""" % (v, c.dataset) + otel_tail("otlphttp/axiom", ("traces", "logs"))


@P("elastic", "api-key", "es_b64", "otel", "ELASTIC_API_KEY")
def t_otel_es(r, c, v):
    return r.choice(OTEL_PATHS), otel_head(c) + """exporters:
  elasticsearch:
    endpoint: https://%s:443
    api_key: %s
    logs_index: logs-%s-default
    mapping:
      mode: otel
""" % (c.es_host, v, c.svc) + otel_tail("elasticsearch", ("logs",))


@P("logzio", "shipping-token", "logzio", "otel", "LOGZIO_TRACES_TOKEN")
def t_otel_logzio(r, c, v):
    return r.choice(OTEL_PATHS), otel_head(c) + """exporters:
  logzio/traces:
    account_token: "%s"
    region: "%s"
    headers:
      user-agent: logzio-opentelemetry-traces
""" % (v, r.choice(["us", "eu", "uk", "au", "ca"])) + otel_tail("logzio/traces", ("traces",))


@P("betterstack", "source-token", "bstack", "inner", "BETTERSTACK_TOKEN")
def t_otel_bstack(r, c, v):
    return r.choice(OTEL_PATHS), otel_head(c) + """exporters:
  otlphttp/betterstack:
    endpoint: https://%s
    headers:
      Authorization: Bearer %s
""" % (c.bs_host, v) + otel_tail("otlphttp/betterstack", ("logs", "metrics"))


# ---------------------------------------------------------------- Logstash
LS_INPUT = """input {
  beats {
    port => 5044
    ssl_enabled => false
  }
}

filter {
  if [fields][log_type] == "%s" {
    grok {
      match => { "message" => "%%{COMBINEDAPACHELOG}" }
    }
    date {
      match => [ "timestamp", "dd/MMM/yyyy:HH:mm:ss Z" ]
    }
  }
  mutate {
    add_field => { "environment" => "%s" }
    remove_field => [ "agent", "ecs" ]
  }
}

"""
LS_PATHS = ["logstash/pipeline/logstash.conf", "pipeline/output.conf", "logstash.conf",
            "docker/logstash/pipeline/main.conf"]


@P("elastic", "cloud-auth-password", "es_pass", "logstash", "ELASTIC_CLOUD_PASSWORD")
def t_ls_cloud(r, c, v):
    cid = "%s-%s:%s" % (c.co, c.env, b64("%s.gcp.elastic-cloud.com$%s$%s" % (
        r.choice(["us-central1", "europe-west1"]), rhex(r, 32), rhex(r, 32))))
    return r.choice(LS_PATHS), LS_INPUT % (c.svc, c.env) + """output {
  elasticsearch {
    cloud_id => "%s"
    cloud_auth => "elastic:%s"
    index => "%s-%%{+YYYY.MM.dd}"
  }
}
""" % (cid, v, c.svc)


@P("elastic", "api-key", "es_pair", "logstash", "ES_API_KEY")
def t_ls_apikey(r, c, v):
    return r.choice(LS_PATHS), LS_INPUT % (c.svc, c.env) + """output {
  elasticsearch {
    hosts => ["https://%s:9243"]
    api_key => "%s"
    ssl_enabled => true
    data_stream => true
    data_stream_dataset => "%s"
  }
}
""" % (c.es_host, v, c.svc.replace("-", "_"))


@P("splunk", "hec-token", "splunk", "inner", "SPLUNK_HEC_TOKEN")
def t_ls_splunk(r, c, v):
    return r.choice(LS_PATHS), LS_INPUT % (c.svc, c.env) + """output {
  http {
    url => "https://%s:8088/services/collector/event"
    http_method => "post"
    format => "json"
    headers => {
      "Authorization" => "Splunk %s"
    }
    mapping => {
      "event" => "%%{message}"
      "index" => "%s"
    }
  }
}
""" % (c.splunk_host, v, c.index)


@P("logzio", "shipping-token", "logzio", "logstash", "LOGZIO_TOKEN")
def t_ls_logzio(r, c, v):
    return r.choice(LS_PATHS), LS_INPUT % (c.svc, c.env) + """output {
  logzio {
    key => "%s"
    url => "https://listener.logz.io:8071"
  }
}
""" % v


@P("loggly", "customer-token", "loggly", "inner", "LOGGLY_TOKEN")
def t_ls_loggly(r, c, v):
    return r.choice(LS_PATHS), LS_INPUT % (c.svc, c.env) + """output {
  http {
    url => "https://logs-01.loggly.com/inputs/%s/tag/logstash,%s/"
    http_method => "post"
    format => "json"
  }
}
""" % (v, c.svc)


# ---------------------------------------------------------------- Promtail / Alloy
PROMTAIL_SCRAPE = """scrape_configs:
  - job_name: kubernetes-pods
    kubernetes_sd_configs:
      - role: pod
    pipeline_stages:
      - cri: {}
      - labeldrop: [filename]
    relabel_configs:
      - source_labels: [__meta_kubernetes_namespace]
        target_label: namespace
      - source_labels: [__meta_kubernetes_pod_name]
        target_label: pod
      - source_labels: [__meta_kubernetes_pod_container_name]
        target_label: container
"""


@P("grafana-cloud", "url-embedded-password", "glc", "inner", "GRAFANA_CLOUD_API_KEY")
def t_promtail_url(r, c, v):
    return r.choice(["promtail.yaml", "promtail/config.yml", "deploy/promtail/promtail.yaml"]), """server:
  http_listen_port: 9080
  grpc_listen_port: 0

positions:
  filename: /run/promtail/positions.yaml

clients:
  - url: https://%s:%s@logs-%s.grafana.net/loki/api/v1/push
    external_labels:
      cluster: %s

""" % (c.ginst, v, c.gregion, c.cluster) + PROMTAIL_SCRAPE


@P("grafana-cloud", "access-policy-token", "glc", "yaml", "LOKI_PASSWORD")
def t_promtail_basic(r, c, v):
    return r.choice(["promtail.yaml", "config/promtail.yml", "ansible/roles/promtail/files/promtail.yaml"]), """server:
  http_listen_port: 9080
  grpc_listen_port: 0

positions:
  filename: /var/lib/promtail/positions.yaml

clients:
  - url: https://logs-%s.grafana.net/loki/api/v1/push
    basic_auth:
      username: %s
      password: %s
    batchwait: 1s
    batchsize: 1048576

""" % (c.gregion, c.ginst, v) + PROMTAIL_SCRAPE


ALLOY_HEAD = """logging {
  level  = "info"
  format = "logfmt"
}

discovery.kubernetes "pods" {
  role = "pod"
}

discovery.relabel "pods" {
  targets = discovery.kubernetes.pods.targets
  rule {
    source_labels = ["__meta_kubernetes_namespace"]
    target_label  = "namespace"
  }
}

"""


@P("grafana-cloud", "access-policy-token", "glc", "alloy", "GCLOUD_RW_API_KEY")
def t_alloy_loki(r, c, v):
    return r.choice(["config.alloy", "alloy/config.alloy", "deploy/alloy/logs.alloy"]), ALLOY_HEAD + """loki.source.kubernetes "pods" {
  targets    = discovery.relabel.pods.output
  forward_to = [loki.write.grafana_cloud.receiver]
}

loki.write "grafana_cloud" {
  endpoint {
    url = "https://logs-%s.grafana.net/loki/api/v1/push"

    basic_auth {
      username = "%s"
      password = %s
    }
  }
  external_labels = { cluster = "%s" }
}
""" % (c.gregion, c.ginst, v, c.cluster)


@P("grafana-cloud", "access-policy-token", "glc", "alloy", "GRAFANA_CLOUD_TOKEN")
def t_alloy_otel(r, c, v):
    return r.choice(["config.alloy", "alloy/otel.alloy"]), """otelcol.receiver.otlp "default" {
  grpc { }
  http { }

  output {
    traces  = [otelcol.processor.batch.default.input]
    metrics = [otelcol.processor.batch.default.input]
    logs    = [otelcol.processor.batch.default.input]
  }
}

otelcol.processor.batch "default" {
  output {
    traces  = [otelcol.exporter.otlphttp.grafana_cloud.input]
    metrics = [otelcol.exporter.otlphttp.grafana_cloud.input]
    logs    = [otelcol.exporter.otlphttp.grafana_cloud.input]
  }
}

otelcol.auth.basic "grafana_cloud" {
  username = "%s"
  password = %s
}

otelcol.exporter.otlphttp "grafana_cloud" {
  client {
    endpoint = "https://otlp-gateway-%s.grafana.net/otlp"
    auth     = otelcol.auth.basic.grafana_cloud.handler
  }
}
""" % (c.ginst, v, c.gregion)


@P("grafana-cloud", "access-policy-token", "glc", "alloy", "PROM_REMOTE_WRITE_TOKEN")
def t_alloy_prom(r, c, v):
    return r.choice(["config.alloy", "alloy/metrics.alloy", "grafana-agent/config.river"]), """prometheus.exporter.unix "node" { }

prometheus.scrape "node" {
  targets         = prometheus.exporter.unix.node.targets
  forward_to      = [prometheus.remote_write.metrics_service.receiver]
  scrape_interval = "60s"
}

prometheus.remote_write "metrics_service" {
  endpoint {
    url = "https://prometheus-%s.grafana.net/api/prom/push"

    basic_auth {
      username = "%s"
      password = %s
    }
  }
}
""" % (c.gregion, c.ginst, v)


# ---------------------------------------------------------------- agent configs
@P("datadog", "api-key", "dd_api", "yaml", "DD_API_KEY")
def t_datadog_yaml(r, c, v):
    return r.choice(["datadog/datadog.yaml", "etc/datadog-agent/datadog.yaml",
                     "ansible/files/datadog.yaml"]), """#########################
## Basic Configuration ##
#########################

## @param api_key - string - required
api_key: %s

## @param site - string - optional - default: datadoghq.com
site: %s

hostname: %s
tags:
  - env:%s
  - team:%s
  - cluster:%s

logs_enabled: true
logs_config:
  container_collect_all: true

apm_config:
  enabled: true
  apm_non_local_traffic: true

process_config:
  process_collection:
    enabled: true
""" % (v, c.dd_site, c.host, c.env, c.team, c.cluster)


@P("newrelic", "license-key", "nr_license", "yaml", "NEW_RELIC_LICENSE_KEY")
def t_newrelic_yml(r, c, v):
    return r.choice(["config/newrelic.yml", "newrelic.yml"]), """#
# This file configures the New Relic Agent.
#
common: &default_settings
  license_key: '%s'
  app_name: %s
  distributed_tracing:
    enabled: true
  log_level: info
  application_logging:
    enabled: true
    forwarding:
      enabled: true
      max_samples_stored: 10000

development:
  <<: *default_settings
  app_name: %s (Development)
  monitor_mode: false

test:
  <<: *default_settings
  monitor_mode: false

production:
  <<: *default_settings
""" % (v, c.svc, c.svc)


@P("newrelic", "license-key", "nr_license", "yaml", "NRIA_LICENSE_KEY")
def t_nr_infra(r, c, v):
    return r.choice(["etc/newrelic-infra.yml", "provisioning/newrelic-infra.yml"]), """license_key: %s
display_name: %s
custom_attributes:
  environment: %s
  team: %s
enable_process_metrics: true
log:
  level: info
  forward: true
""" % (v, c.host, c.env, c.team)


@P("newrelic", "license-key", "nr_license", "js", "NEW_RELIC_LICENSE_KEY")
def t_newrelic_js(r, c, v):
    return r.choice(["newrelic.js", "apps/%s/newrelic.js" % c.svc]), """'use strict'
/**
 * New Relic agent configuration.
 */
exports.config = {
  app_name: ['%s'],
  license_key: %s,
  logging: {
    level: 'info'
  },
  allow_all_headers: true,
  attributes: {
    exclude: [
      'request.headers.cookie',
      'request.headers.authorization',
      'response.headers.setCookie*'
    ]
  }
}
""" % (c.svc, v)


# ---------------------------------------------------------------- Kubernetes / Helm / compose
@P("datadog", "api-key", "dd_api", "k8s", "DD_API_KEY")
def t_k8s_ds_dd(r, c, v):
    return r.choice(["k8s/datadog-agent-daemonset.yaml", "manifests/datadog/daemonset.yaml"]), """apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: datadog-agent
  namespace: %s
spec:
  selector:
    matchLabels:
      app: datadog-agent
  template:
    metadata:
      labels:
        app: datadog-agent
    spec:
      serviceAccountName: datadog-agent
      containers:
        - name: agent
          image: gcr.io/datadoghq/agent:7
          env:
            - name: DD_API_KEY
              value: "%s"
            - name: DD_SITE
              value: "%s"
            - name: DD_LOGS_ENABLED
              value: "true"
            - name: DD_KUBELET_TLS_VERIFY
              value: "false"
          resources:
            requests:
              memory: 256Mi
              cpu: 200m
""" % (c.ns, v, c.dd_site)


@P("splunk", "hec-token", "splunk", "yaml", "SPLUNK_HEC_TOKEN")
def t_k8s_secret_splunk(r, c, v):
    return r.choice(["k8s/splunk-hec-secret.yaml", "manifests/logging/secret.yaml"]), """apiVersion: v1
kind: Secret
metadata:
  name: splunk-hec
  namespace: %s
  labels:
    app.kubernetes.io/part-of: logging
type: Opaque
stringData:
  hec-endpoint: https://%s:8088/services/collector
  hec-token: "%s"
  index: %s
""" % (c.ns, c.splunk_host, v, c.index)


@P("splunk", "hec-token", "splunk", "yaml", "SPLUNK_HEC_TOKEN")
def t_helm_splunk_otel(r, c, v):
    return r.choice(["helm/splunk-otel-collector/values.yaml", "deploy/values-splunk.yaml"]), """clusterName: %s
environment: %s

splunkPlatform:
  endpoint: https://%s:8088/services/collector
  token: "%s"
  index: %s
  insecureSkipVerify: false

logsEngine: otel
agent:
  resources:
    limits:
      cpu: 200m
      memory: 500Mi
""" % (c.cluster, c.env, c.splunk_host, v, c.index)


@P("newrelic", "license-key", "nr_license", "yaml", "NEW_RELIC_LICENSE_KEY")
def t_helm_nr(r, c, v):
    return r.choice(["helm/nri-bundle/values.yaml", "values/newrelic-%s.yaml" % c.env]), """global:
  licenseKey: %s
  cluster: %s
  lowDataMode: true

newrelic-infrastructure:
  privileged: true
nri-metadata-injection:
  enabled: true
kube-state-metrics:
  enabled: true
newrelic-logging:
  enabled: true
  fluentBit:
    criEnabled: true
""" % (v, c.cluster)


@P("dynatrace", "api-token", "dt", "yaml", "DT_API_TOKEN")
def t_helm_dt(r, c, v):
    return r.choice(["helm/dynatrace-operator/values.yaml", "deploy/dynakube-values.yaml"]), """# Dynatrace Operator
platform: kubernetes
installCRD: true

apiUrl: https://%s.live.dynatrace.com/api
apiToken: %s
skipCertCheck: false

dynakube:
  name: %s
  oneAgent:
    cloudNativeFullStack:
      tolerations:
        - effect: NoSchedule
          key: node-role.kubernetes.io/master
          operator: Exists
""" % (c.dt_env, v, c.cluster)


@P("grafana-cloud", "access-policy-token", "glc", "yaml", "GRAFANA_CLOUD_TOKEN")
def t_helm_k8s_monitoring(r, c, v):
    return r.choice(["helm/k8s-monitoring/values.yaml", "values-grafana.yaml"]), """cluster:
  name: %s

destinations:
  - name: grafana-cloud-logs
    type: loki
    url: https://logs-%s.grafana.net/loki/api/v1/push
    auth:
      type: basic
      username: "%s"
      password: %s

clusterEvents:
  enabled: true
podLogs:
  enabled: true
alloy-logs:
  enabled: true
""" % (c.cluster, c.gregion, c.ginst, v)


@P("datadog", "application-key", "dd_app", "yaml", "DD_APP_KEY")
def t_helm_dd_appkey(r, c, v):
    return r.choice(["helm/datadog/values.yaml", "deploy/datadog-values.yaml"]), """datadog:
  apiKeyExistingSecret: datadog-secret
  appKey: %s
  site: %s
  clusterName: %s
  logs:
    enabled: true
    containerCollectAll: true
  apm:
    portEnabled: true

clusterAgent:
  enabled: true
  metricsProvider:
    enabled: true
""" % (v, c.dd_site, c.cluster)


@P("datadog", "api-key", "dd_api", "sh", "DD_API_KEY")
def t_compose_dd(r, c, v):
    return r.choice(["docker-compose.yml", "docker-compose.observability.yml", "compose.yaml"]), """services:
  %s:
    build: .
    ports:
      - "%d:%d"
    environment:
      - DD_AGENT_HOST=datadog-agent
      - DD_SERVICE=%s
      - DD_ENV=%s
    depends_on:
      - datadog-agent

  datadog-agent:
    image: gcr.io/datadoghq/agent:7
    environment:
      - DD_API_KEY=%s
      - DD_SITE=%s
      - DD_APM_ENABLED=true
      - DD_APM_NON_LOCAL_TRAFFIC=true
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
      - /proc/:/host/proc/:ro
      - /sys/fs/cgroup/:/host/sys/fs/cgroup:ro
""" % (c.svc, c.port, c.port, c.svc, c.env, v, c.dd_site)


@P("honeycomb", "ingest-key", "hny", "yaml", "HONEYCOMB_API_KEY")
def t_compose_hny(r, c, v):
    return r.choice(["docker-compose.yml", "compose.yaml"]), """services:
  otel-collector:
    image: otel/opentelemetry-collector-contrib:0.%d.0
    command: ["--config=/etc/otelcol/config.yaml"]
    volumes:
      - ./otel-collector-config.yaml:/etc/otelcol/config.yaml:ro
    environment:
      HONEYCOMB_API_KEY: "%s"
      HONEYCOMB_DATASET: %s
    ports:
      - "4317:4317"
      - "4318:4318"

  app:
    build: ./%s
    environment:
      OTEL_EXPORTER_OTLP_ENDPOINT: http://otel-collector:4318
      OTEL_SERVICE_NAME: %s
""" % (r.randint(90, 115), v, c.dataset, c.svc, c.svc)


# ---------------------------------------------------------------- systemd / shell / Dockerfile / CI
@P("dynatrace", "api-token", "dt", "sh", "DT_API_TOKEN")
def t_systemd_dt(r, c, v):
    return r.choice(["deploy/systemd/otelcol.service", "etc/systemd/system/otelcol-contrib.service"]), """[Unit]
Description=OpenTelemetry Collector (Dynatrace export)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=otelcol
Group=otelcol
Environment="DT_ENDPOINT=https://%s.live.dynatrace.com/api/v2/otlp"
Environment="DT_API_TOKEN=%s"
ExecStart=/usr/bin/otelcol-contrib --config=/etc/otelcol-contrib/config.yaml
Restart=on-failure
RestartSec=5
LimitNOFILE=65536

[Install]
WantedBy=multi-user.target
""" % (c.dt_env, v)


@P("grafana-cloud", "access-policy-token", "glc", "sh", "GCLOUD_TOKEN")
def t_systemd_promtail(r, c, v):
    return r.choice(["deploy/systemd/promtail.service", "roles/promtail/files/promtail.service"]), """[Unit]
Description=Promtail log shipper
After=network.target

[Service]
Type=simple
ExecStart=/usr/local/bin/promtail -config.file=/etc/promtail/config.yml -config.expand-env=true \\
  -client.url=https://%s:%s@logs-%s.grafana.net/loki/api/v1/push
Restart=always
User=promtail

[Install]
WantedBy=multi-user.target
""" % (c.ginst, v, c.gregion)


@P("splunk", "hec-token", "splunk", "inner", "HEC_TOKEN")
def t_sh_splunk_curl(r, c, v):
    return r.choice(["scripts/send-deploy-event.sh", "bin/hec-smoke-test.sh", "ci/notify-splunk.sh"]), """#!/usr/bin/env bash
# Post a deployment marker to Splunk so dashboards can overlay releases.
set -euo pipefail

SERVICE="${1:-%s}"
VERSION="${2:-$(git rev-parse --short HEAD)}"

payload=$(jq -n --arg s "$SERVICE" --arg v "$VERSION" \\
  '{event: {type: "deploy", service: $s, version: $v}, sourcetype: "deploy", index: "%s"}')

curl -sS --fail https://%s:8088/services/collector/event \\
  -H "Authorization: Splunk %s" \\
  -d "$payload"
echo "deploy marker sent for $SERVICE@$VERSION"
""" % (c.svc, c.index, c.splunk_host, v)


@P("betterstack", "source-token", "bstack", "inner", "SOURCE_TOKEN")
def t_sh_bstack(r, c, v):
    return r.choice(["scripts/log-heartbeat.sh", "cron/heartbeat.sh"]), """#!/bin/sh
# cron: */5 * * * * /opt/%s/scripts/log-heartbeat.sh
host=$(hostname -f)
load=$(cut -d' ' -f1 /proc/loadavg)

curl -s -X POST https://%s \\
     -H 'Content-Type: application/json' \\
     -H 'Authorization: Bearer %s' \\
     -d "{\\"message\\":\\"heartbeat\\",\\"host\\":\\"$host\\",\\"load\\":$load}" >/dev/null
""" % (c.svc, c.bs_host, v)


@P("datadog", "api-key", "dd_api", "inner", "DD_API_KEY")
def t_sh_dd_event(r, c, v):
    return r.choice(["scripts/dd-deploy-event.sh", "tools/post_event.sh"]), """#!/usr/bin/env bash
set -euo pipefail
title="Deployed %s ${1:-unknown}"

curl -sS -X POST "https://api.%s/api/v1/events" \\
  -H "Content-Type: application/json" \\
  -H "DD-API-KEY: %s" \\
  -d @- <<JSON
{
  "title": "${title}",
  "text": "Release pipeline finished",
  "tags": ["service:%s", "env:%s"],
  "alert_type": "info"
}
JSON
""" % (c.svc, c.dd_site, v, c.svc, c.env)


@P("newrelic", "license-key", "nr_license", "sh", "NEW_RELIC_LICENSE_KEY")
def t_dockerfile_nr(r, c, v):
    return r.choice(["Dockerfile", "docker/%s/Dockerfile" % c.svc]), """FROM python:3.12-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt newrelic

COPY . .

ENV NEW_RELIC_APP_NAME="%s" \\
    NEW_RELIC_LICENSE_KEY=%s \\
    NEW_RELIC_DISTRIBUTED_TRACING_ENABLED=true \\
    NEW_RELIC_LOG=stdout

EXPOSE %d
ENTRYPOINT ["newrelic-admin", "run-program"]
CMD ["gunicorn", "-b", "0.0.0.0:%d", "app:app"]
""" % (c.svc, v, c.port, c.port)


@P("honeycomb", "ingest-key", "hny", "inner", "HONEYCOMB_API_KEY")
def t_gha_hny_marker(r, c, v):
    return ".github/workflows/%s.yml" % r.choice(["deploy", "release", "cd"]), """name: deploy

on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Deploy
        run: ./scripts/deploy.sh %s
      - name: Honeycomb marker
        run: |
          curl -s https://api.honeycomb.io/1/markers/%s \\
            -X POST \\
            -H "X-Honeycomb-Team: %s" \\
            -d "{\\"message\\":\\"deploy ${GITHUB_SHA::7}\\", \\"type\\":\\"deploy\\"}"
""" % (c.env, c.dataset, v)


@P("newrelic", "user-api-key", "nr_user", "inner", "NEW_RELIC_API_KEY")
def t_gha_nr_change(r, c, v):
    return ".github/workflows/%s.yml" % r.choice(["release", "deploy-prod", "change-tracking"]), """name: release

on:
  release:
    types: [published]

jobs:
  track:
    runs-on: ubuntu-latest
    steps:
      - name: Record deployment in New Relic
        run: |
          curl -sS https://api.newrelic.com/graphql \\
            -H 'Content-Type: application/json' \\
            -H 'API-Key: %s' \\
            -d '{"query":"mutation { changeTrackingCreateDeployment(deployment: {version: \\"${{ github.ref_name }}\\", entityGuid: \\"${{ vars.NR_ENTITY_GUID }}\\"}) { deploymentId } }"}'
""" % v


# ---------------------------------------------------------------- instrumentation code
@P("honeycomb", "ingest-key", "hny", "py", "HONEYCOMB_API_KEY")
def t_py_otel_hny(r, c, v):
    return r.choice(["%s/telemetry.py" % c.svc.replace("-", "_"), "app/tracing.py", "src/otel_setup.py"]), '''"""OpenTelemetry bootstrap for %s."""
import os

from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor

SERVICE_NAME = "%s"


def init_tracing():
    resource = Resource.create({
        "service.name": SERVICE_NAME,
        "service.version": "%s",
        "deployment.environment": os.getenv("APP_ENV", "%s"),
    })
    provider = TracerProvider(resource=resource)
    exporter = OTLPSpanExporter(
        endpoint="https://api.honeycomb.io/v1/traces",
        headers={"x-honeycomb-team": %s},
    )
    provider.add_span_processor(BatchSpanProcessor(exporter))
    trace.set_tracer_provider(provider)
    return trace.get_tracer(SERVICE_NAME)
''' % (c.svc, c.svc, c.ver, c.env, v)


@P("splunk", "hec-token", "splunk", "py", "SPLUNK_HEC_TOKEN")
def t_py_splunk_handler(r, c, v):
    return r.choice(["app/logging_config.py", "%s/log.py" % c.svc.replace("-", "_")]), '''import logging
import os

from splunk_handler import SplunkHandler

log = logging.getLogger("%s")
log.setLevel(logging.INFO)

splunk = SplunkHandler(
    host="%s",
    port=8088,
    token=%s,
    index="%s",
    sourcetype="_json",
    verify=True,
    flush_interval=5.0,
)
log.addHandler(splunk)
log.addHandler(logging.StreamHandler())

if os.getenv("DEBUG"):
    log.setLevel(logging.DEBUG)
''' % (c.svc, c.splunk_host, v, c.index)


@P("axiom", "api-token", "axiom", "py", "AXIOM_TOKEN")
def t_py_axiom(r, c, v):
    return r.choice(["scripts/backfill_events.py", "jobs/axiom_ingest.py"]), '''#!/usr/bin/env python3
"""Backfill yesterday's audit events into Axiom."""
import datetime as dt
import json
import sys

import axiom_py

DATASET = "%s"


def main(path):
    client = axiom_py.Client(%s, org_id="%s")
    with open(path) as fh:
        events = [json.loads(line) for line in fh if line.strip()]
    for e in events:
        e.setdefault("_time", dt.datetime.utcnow().isoformat() + "Z")
    client.ingest_events(DATASET, events)
    print("ingested %%d events" %% len(events))


if __name__ == "__main__":
    main(sys.argv[1])
''' % (c.dataset, v, c.co)


@P("elastic", "api-key", "es_b64", "py", "ES_API_KEY")
def t_py_es(r, c, v):
    cid = "%s:%s" % (c.co, b64("%s.aws.found.io:443$%s$%s" % (c.region, rhex(r, 32), rhex(r, 32))))
    return r.choice(["ingest/es_client.py", "app/search/client.py"]), '''from elasticsearch import Elasticsearch, helpers

CLOUD_ID = "%s"

es = Elasticsearch(
    cloud_id=CLOUD_ID,
    api_key=%s,
    request_timeout=30,
)


def ship(docs, index="logs-%s-default"):
    actions = ({"_index": index, "_op_type": "create", "_source": d} for d in docs)
    ok, errors = helpers.bulk(es, actions, raise_on_error=False)
    return ok, errors
''' % (cid, v, c.svc)


@P("datadog", "api-key", "dd_api", "py", "DD_API_KEY")
def t_py_dd_init(r, c, v):
    return r.choice(["%s/metrics.py" % c.svc.replace("-", "_"), "app/monitoring.py"]), '''from datadog import initialize, statsd

options = {
    "api_key": %s,
    "api_host": "https://api.%s",
    "statsd_host": "127.0.0.1",
    "statsd_port": 8125,
}

initialize(**options)


def record_checkout(amount_cents, currency):
    statsd.increment("%s.checkout.count", tags=["currency:" + currency])
    statsd.histogram("%s.checkout.amount", amount_cents)
''' % (v, c.dd_site, c.svc.replace("-", "_"), c.svc.replace("-", "_"))


@P("sumologic", "collector-url-token", "sumo", "pyinner", "SUMO_TOKEN")
def t_py_sumo(r, c, v):
    return r.choice(["lambda/forwarder/handler.py", "tools/sumo_push.py"]), '''import gzip
import json
import urllib.request

SUMO_URL = "%s%s"


def handler(event, context):
    lines = [json.dumps(rec) for rec in event.get("records", [])]
    body = gzip.compress("\\n".join(lines).encode())
    req = urllib.request.Request(SUMO_URL, data=body, method="POST")
    req.add_header("Content-Encoding", "gzip")
    req.add_header("X-Sumo-Category", "aws/lambda/%s")
    with urllib.request.urlopen(req, timeout=10) as resp:
        return {"status": resp.status, "count": len(lines)}
''' % (c.sumo_ep, v, c.svc)


@P("newrelic", "license-key", "nr_license", "go", "NEW_RELIC_LICENSE_KEY")
def t_go_otel_nr(r, c, v):
    return r.choice(["internal/telemetry/otel.go", "pkg/observability/tracing.go"]), '''package telemetry

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	semconv "go.opentelemetry.io/otel/semconv/v1.24.0"
)

func Init(ctx context.Context) (func(context.Context) error, error) {
	exp, err := otlptracehttp.New(ctx,
		otlptracehttp.WithEndpoint("otlp.nr-data.net:4318"),
		otlptracehttp.WithHeaders(map[string]string{"api-key": %s}),
	)
	if err != nil {
		return nil, err
	}
	res := resource.NewWithAttributes(semconv.SchemaURL,
		semconv.ServiceName("%s"),
		semconv.ServiceVersion("%s"),
	)
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp), sdktrace.WithResource(res))
	otel.SetTracerProvider(tp)
	return tp.Shutdown, nil
}
''' % (v, c.svc, c.ver)


@P("dynatrace", "api-token", "dt", "go", "DT_API_TOKEN")
def t_go_dt_metrics(r, c, v):
    return r.choice(["cmd/exporter/main.go", "internal/dt/client.go"]), '''package main

import (
	"bytes"
	"fmt"
	"log"
	"net/http"
	"time"
)

const ingestURL = "https://%s.live.dynatrace.com/api/v2/metrics/ingest"

var apiToken = %s

func push(line string) error {
	req, err := http.NewRequest(http.MethodPost, ingestURL, bytes.NewBufferString(line))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Api-Token "+apiToken)
	req.Header.Set("Content-Type", "text/plain; charset=utf-8")
	resp, err := (&http.Client{Timeout: 10 * time.Second}).Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("ingest failed: %%s", resp.Status)
	}
	return nil
}

func main() {
	if err := push("%s.queue.depth,env=%s 42"); err != nil {
		log.Fatal(err)
	}
}
''' % (c.dt_env, v, c.svc.replace("-", "_"), c.env)


@P("betterstack", "source-token", "bstack", "js", "BETTER_STACK_SOURCE_TOKEN")
def t_node_logtail(r, c, v):
    return r.choice(["src/logger.js", "lib/logger.ts", "server/logging.js"]), '''import { Logtail } from "@logtail/node";
import winston from "winston";
import { LogtailTransport } from "@logtail/winston";

const logtail = new Logtail(%s, {
  endpoint: "https://%s",
});

export const logger = winston.createLogger({
  level: process.env.LOG_LEVEL || "info",
  defaultMeta: { service: "%s" },
  transports: [new winston.transports.Console(), new LogtailTransport(logtail)],
});
''' % (v, c.bs_host, c.svc)


@P("loggly", "customer-token", "loggly", "js", "LOGGLY_TOKEN")
def t_node_loggly(r, c, v):
    return r.choice(["src/log.js", "config/winston.js"]), '''const winston = require('winston');
const { Loggly } = require('winston-loggly-bulk');

winston.add(new Loggly({
  token: %s,
  subdomain: '%s',
  tags: ['%s', '%s'],
  json: true,
}));

module.exports = winston;
''' % (v, c.co, c.svc, c.env)


@P("sumologic", "collector-url-token", "sumo", "inner", "SUMO_TOKEN")
def t_node_sumo(r, c, v):
    return r.choice(["src/sumo.ts", "web/src/lib/remoteLog.ts"]), '''import SumoLogger from 'sumo-logger';

const opts = {
  endpoint: '%s%s',
  sourceName: '%s-web',
  sourceCategory: '%s/frontend',
  interval: 20000,
  sendErrors: true,
};

export const sumo = new SumoLogger(opts);
''' % (c.sumo_ep, v, c.svc, c.env)


@P("axiom", "api-token", "axiom", "js", "AXIOM_TOKEN")
def t_node_axiom(r, c, v):
    return r.choice(["lib/axiom.ts", "src/observability/axiom.ts"]), '''import { Axiom } from '@axiomhq/js';

export const axiom = new Axiom({
  token: %s,
  orgId: '%s',
});

export async function logEvent(name: string, fields: Record<string, unknown>) {
  axiom.ingest('%s', [{ event: name, ...fields }]);
  await axiom.flush();
}
''' % (v, c.co, c.dataset)


@P("coralogix", "send-your-data-key", "cx", "java", "CORALOGIX_PRIVATE_KEY")
def t_java_cx(r, c, v):
    pkg = "com.%s.%s" % (c.co, c.svc.replace("-", ""))
    return "src/main/java/%s/TelemetryConfig.java" % pkg.replace(".", "/"), '''package %s;

import io.opentelemetry.exporter.otlp.trace.OtlpGrpcSpanExporter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class TelemetryConfig {

    private static final String CX_ENDPOINT = "https://ingress.%s:443";

    @Bean
    public OtlpGrpcSpanExporter spanExporter() {
        return OtlpGrpcSpanExporter.builder()
                .setEndpoint(CX_ENDPOINT)
                .addHeader("Authorization", "Bearer " + %s)
                .addHeader("CX-Application-Name", "%s")
                .addHeader("CX-Subsystem-Name", "%s")
                .build();
    }
}
''' % (pkg, c.cx, v, c.env, c.svc)


@P("logzio", "shipping-token", "logzio", "xml", "LOGZIO_TOKEN")
def t_logback_logzio(r, c, v):
    return r.choice(["src/main/resources/logback.xml", "src/main/resources/logback-spring.xml"]), '''<?xml version="1.0" encoding="UTF-8"?>
<configuration>
    <appender name="CONSOLE" class="ch.qos.logback.core.ConsoleAppender">
        <encoder>
            <pattern>%%d{ISO8601} %%-5level [%%thread] %%logger{36} - %%msg%%n</pattern>
        </encoder>
    </appender>

    <appender name="LogzioLogbackAppender" class="io.logz.logback.LogzioLogbackAppender">
        <token>%s</token>
        <logzioUrl>https://listener.logz.io:8071</logzioUrl>
        <logzioType>%s</logzioType>
        <addHostname>true</addHostname>
        <additionalFields>env=%s;team=%s</additionalFields>
        <filter class="ch.qos.logback.classic.filter.ThresholdFilter">
            <level>INFO</level>
        </filter>
    </appender>

    <root level="INFO">
        <appender-ref ref="CONSOLE"/>
        <appender-ref ref="LogzioLogbackAppender"/>
    </root>
</configuration>
''' % (v, c.svc, c.env, c.team)


@P("datadog", "api-key", "dd_api", "props", "DATADOG_API_KEY")
def t_props_micrometer_dd(r, c, v):
    return r.choice(["src/main/resources/application.properties",
                     "src/main/resources/application-%s.properties" % c.env]), '''spring.application.name=%s
server.port=%d

management.endpoints.web.exposure.include=health,info,metrics,prometheus
management.metrics.tags.env=%s
management.metrics.tags.team=%s
management.datadog.metrics.export.enabled=true
management.datadog.metrics.export.api-key=%s
management.datadog.metrics.export.uri=https://api.%s
management.datadog.metrics.export.step=30s
''' % (c.svc, c.port, c.env, c.team, v, c.dd_site)


@P("newrelic", "user-api-key", "nr_user", "props", "NEW_RELIC_API_KEY")
def t_props_nr_user(r, c, v):
    return r.choice(["src/main/resources/application.yml", "config/application-%s.yml" % c.env]), '''spring:
  application:
    name: %s
management:
  newrelic:
    metrics:
      export:
        enabled: true
        account-id: "%s"
        api-key: %s
        client-provider-type: insights-api
        step: 1m
logging:
  level:
    root: INFO
''' % (c.svc, c.acct, v)


@P("splunk", "hec-token", "splunk", "json", "SPLUNK_HEC_TOKEN")
def t_json_serilog_splunk(r, c, v):
    return r.choice(["appsettings.json", "src/%s.Api/appsettings.Production.json" % c.svc.title().replace("-", "")]), '''{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "Serilog": {
    "Using": [ "Serilog.Sinks.Splunk" ],
    "MinimumLevel": "Information",
    "WriteTo": [
      { "Name": "Console" },
      {
        "Name": "EventCollector",
        "Args": {
          "splunkHost": "https://%s:8088",
          "eventCollectorToken": "%s",
          "index": "%s",
          "sourceType": "_json"
        }
      }
    ],
    "Enrich": [ "FromLogContext", "WithMachineName" ]
  },
  "AllowedHosts": "*"
}
''' % (c.splunk_host, v, c.index)


@P("datadog", "api-key", "dd_api", "json", "DD_API_KEY")
def t_json_lambda_ext(r, c, v):
    return r.choice(["serverless/config.%s.json" % c.env, "infra/lambda/%s.json" % c.svc]), '''{
  "functionName": "%s-%s",
  "runtime": "nodejs20.x",
  "handler": "/opt/nodejs/node_modules/datadog-lambda-js/handler.handler",
  "memorySize": 512,
  "timeout": 15,
  "layers": [
    "arn:aws:lambda:%s:464622532012:layer:Datadog-Extension:%d"
  ],
  "environment": {
    "DD_LAMBDA_HANDLER": "src/handler.main",
    "DD_SITE": "%s",
    "DD_API_KEY": "%s",
    "DD_SERVICE": "%s",
    "DD_ENV": "%s"
  }
}
''' % (c.svc, c.env, c.region, r.randint(40, 70), c.dd_site, v, c.svc, c.env)


# ---------------------------------------------------------------- Terraform
@P("grafana-cloud", "access-policy-token", "glc", "tf", "GRAFANA_CLOUD_ACCESS_POLICY_TOKEN")
def t_tf_grafana(r, c, v):
    return r.choice(["terraform/grafana/providers.tf", "infra/observability/main.tf"]), '''terraform {
  required_providers {
    grafana = {
      source  = "grafana/grafana"
      version = ">= 3.0.0"
    }
  }
}

provider "grafana" {
  alias                     = "cloud"
  cloud_access_policy_token = %s
}

data "grafana_cloud_stack" "this" {
  provider = grafana.cloud
  slug     = "%s"
}
''' % (v, c.co)


@P("grafana", "service-account-token", "glsa", "tf", "GRAFANA_AUTH")
def t_tf_grafana_sa(r, c, v):
    return r.choice(["terraform/dashboards/main.tf", "grafana/terraform/provider.tf"]), '''provider "grafana" {
  url  = "https://%s.grafana.net/"
  auth = %s
}

resource "grafana_folder" "%s" {
  title = "%s"
}

resource "grafana_dashboard" "overview" {
  folder      = grafana_folder.%s.id
  config_json = file("${path.module}/dashboards/%s-overview.json")
}
''' % (c.co, v, c.team.replace("-", "_"), c.team.title(), c.team.replace("-", "_"), c.svc)


@P("newrelic", "user-api-key", "nr_user", "tf", "NEW_RELIC_API_KEY")
def t_tf_newrelic(r, c, v):
    return r.choice(["terraform/newrelic/main.tf", "infra/alerts/provider.tf"]), '''provider "newrelic" {
  account_id = %s
  api_key    = %s
  region     = "%s"
}

resource "newrelic_alert_policy" "%s" {
  name                = "%s %s"
  incident_preference = "PER_CONDITION"
}
''' % (c.acct, v, r.choice(["US", "EU"]), c.svc.replace("-", "_"), c.svc, c.env)


@P("datadog", "api-key", "dd_api", "tf", "DATADOG_API_KEY")
def t_tf_datadog(r, c, v):
    return r.choice(["terraform/datadog/provider.tf", "monitors/main.tf"]), '''provider "datadog" {
  api_key = %s
  app_key = var.datadog_app_key
  api_url = "https://api.%s/"
}

resource "datadog_monitor" "%s_errors" {
  name    = "%s error rate"
  type    = "query alert"
  query   = "sum(last_5m):sum:trace.http.request.errors{service:%s,env:%s}.as_count() > 50"
  message = "@slack-%s-alerts"
}
''' % (v, c.dd_site, c.svc.replace("-", "_"), c.svc, c.svc, c.env, c.team)


@P("coralogix", "send-your-data-key", "cx", "tf", "CORALOGIX_PRIVATE_KEY")
def t_tf_cx_lambda(r, c, v):
    return r.choice(["terraform/logging/coralogix.tf", "infra/cx-shipper.tf"]), '''module "coralogix_shipper" {
  source  = "coralogix/aws-shippers/coralogix//modules/coralogix-aws-shipper"
  version = "~> 1.0"

  coralogix_region   = "%s"
  api_key            = %s
  application_name   = "%s"
  subsystem_name     = "%s"
  integration_type   = "CloudWatch"
  log_groups         = ["/aws/lambda/%s"]
}
''' % (r.choice(["EU1", "EU2", "US1", "AP1"]), v, c.env, c.svc, c.svc)


# ---------------------------------------------------------------- docs, logs, env, data files
@P("logzio", "shipping-token", "logzio", "sh", "LOGZIO_TOKEN")
def t_md_logzio(r, c, v):
    return r.choice(["docs/logging.md", "README.md", "docs/runbooks/log-shipping.md"]), '''# Log shipping for %s

Logs are shipped by Filebeat on every node to Logz.io (%s account).

## Quick test from a workstation

```bash
export LOGZIO_TOKEN=%s
echo '{"message":"hello from %s","counter":1}' | \\
  curl -X POST "https://listener.logz.io:8071?token=$LOGZIO_TOKEN&type=test_http_bulk" --data-binary @-
```

## Troubleshooting

* 401 means the token belongs to another account.
* Check `/var/log/filebeat/filebeat` for `connection refused`.
''' % (c.svc, c.env, v, c.host)


@P("axiom", "api-token", "axiom", "sh", "AXIOM_TOKEN")
def t_md_axiom(r, c, v):
    return r.choice(["docs/observability.md", "OBSERVABILITY.md"]), '''## Observability

Structured events go to the Axiom dataset `%s`.

To query from the CLI:

```sh
axiom auth login
AXIOM_TOKEN=%s axiom query "['%s'] | where level == 'error' | summarize count() by bin_auto(_time)"
```

Dashboards: see the "%s" dashboard in Axiom.
''' % (c.dataset, v, c.dataset, c.svc)


@P("dynatrace", "api-token", "dt", "log", "DT_API_TOKEN")
def t_log_dt(r, c, v):
    return r.choice(["logs/staging-build.log", "ci/logs/cf-push.log"]), '''-----> Downloading Open Jdk JRE 17.0.%d from https://java-buildpack.cloudfoundry.org/openjdk/jammy/x86_64/bellsoft-jre17.tar.gz (found in cache)
       Expanding Open Jdk JRE to .java-buildpack/open_jdk_jre (1.2s)
-----> Downloading Dynatrace One Agent latest from https://%s.live.dynatrace.com/api/v1/deployment/installer/agent/unix/paas/latest?include=java&bitness=64&Api-Token=%s (found in cache)
       Extracting Dynatrace OneAgent to .java-buildpack/dynatrace_one_agent (2.4s)
-----> Downloading Spring Auto Reconfiguration 2.12.0 from https://java-buildpack.cloudfoundry.org/auto-reconfiguration/auto-reconfiguration-2.12.0.RELEASE.jar (found in cache)
Staging complete
Uploading droplet, build artifacts cache...
''' % (r.randint(1, 12), c.dt_env, v)


@P("honeycomb", "ingest-key", "hny", "log", "HONEYCOMB_API_KEY")
def t_log_otel_debug(r, c, v):
    ts = "2024-%02d-%02dT%02d:%02d:%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                                           r.randint(0, 59), r.randint(0, 59))
    return r.choice(["logs/otelcol-debug.log", "tmp/collector.log"]), '''%s.112Z	info	service@v0.%d.0/service.go:169	Starting otelcol-contrib...	{"Version": "0.%d.0", "NumCPU": 4}
%s.113Z	info	extensions/extensions.go:34	Starting extensions...
%s.120Z	debug	otlphttpexporter@v0.%d.0/otlp.go:127	Preparing to make HTTP request	{"kind": "exporter", "data_type": "traces", "name": "otlphttp/honeycomb", "url": "https://api.honeycomb.io/v1/traces", "headers": {"Content-Type": ["application/x-protobuf"], "X-Honeycomb-Team": ["%s"]}}
%s.481Z	info	service@v0.%d.0/service.go:195	Everything is ready. Begin running and processing data.
''' % (ts, 104, 104, ts, ts, 104, v, ts, 104)


@P("newrelic", "user-api-key", "nr_user", "sh", "NEW_RELIC_API_KEY")
def t_env_nr(r, c, v):
    return r.choice([".env", ".env.production", ".env.local"]), '''# runtime configuration for %s
APP_ENV=%s
PORT=%d
LOG_LEVEL=info
NEW_RELIC_ACCOUNT_ID=%s
NEW_RELIC_REGION=US
NEW_RELIC_API_KEY=%s
OTEL_SERVICE_NAME=%s
''' % (c.svc, c.env, c.port, c.acct, v, c.svc)


@P("splunk", "hec-token", "splunk", "ini", "HEC_TOKEN")
def t_ini_splunk_inputs(r, c, v):
    return r.choice(["splunk/etc/apps/%s_hec/local/inputs.conf" % c.team.replace("-", "_"),
                     "deployment-apps/hec_inputs/local/inputs.conf"]), '''[http]
disabled = 0
port = 8088
enableSSL = 1

[http://%s_%s]
disabled = 0
token = %s
index = %s
indexes = %s,main
sourcetype = _json
useACK = 1
''' % (c.svc.replace("-", "_"), c.env, v, c.index, c.index)


@P("papertrail", "api-token", "papertrail", "ini", "PAPERTRAIL_API_TOKEN")
def t_papertrail_cli(r, c, v):
    return r.choice(["ops/papertrail.yml", "config/papertrail.yml"]), '''# papertrail-cli configuration (copied to ~/.papertrail.yml by bootstrap.sh)
token: %s
# default group for `papertrail -g`
group: %s-%s
''' % (v, c.svc, c.env)


@P("papertrail", "api-token", "papertrail", "inner", "PAPERTRAIL_TOKEN")
def t_papertrail_sh(r, c, v):
    return r.choice(["scripts/register-system.sh", "bin/papertrail-register"]), '''#!/usr/bin/env bash
# Register this host as a Papertrail sender and join the %s group.
set -eu
NAME="$(hostname -s)"
curl -fsS -X POST https://papertrailapp.com/api/v1/systems.json \\
  -H "X-Papertrail-Token: %s" \\
  --data "system[name]=${NAME}&system[hostname]=${NAME}&destination_port=%d"
''' % (c.env, v, r.randint(10000, 59999))


@P("loggly", "customer-token", "loggly", "inner", "LOGGLY_TOKEN")
def t_rsyslog_loggly(r, c, v):
    return r.choice(["etc/rsyslog.d/22-loggly.conf", "ansible/roles/loggly/templates/22-loggly.conf"]), '''# -------------------------------------------------------
# Syslog Logging Directives for Loggly (%s)
# -------------------------------------------------------

$ActionQueueFileName fwdRule1
$ActionQueueMaxDiskSpace 1g
$ActionQueueSaveOnShutdown on
$ActionQueueType LinkedList
$ActionResumeRetryCount -1

template(name="LogglyFormat" type="string"
 string="<%%pri%%>%%protocol-version%% %%timestamp:::date-rfc3339%% %%HOSTNAME%% %%app-name%% %%procid%% %%msgid%% [%s@41058 tag=\\"%s\\"] %%msg%%\\n")

*.* action(type="omfwd" protocol="tcp" target="logs-01.loggly.com" port="514" template="LogglyFormat")
''' % (c.env, v, c.svc)


@P("elastic", "api-key", "es_pair", "yaml", "ES_API_KEY")
def t_filebeat(r, c, v):
    return r.choice(["filebeat/filebeat.yml", "deploy/filebeat.yml"]), '''filebeat.inputs:
  - type: filestream
    id: %s-logs
    paths:
      - /var/log/%s/*.log
    parsers:
      - ndjson:
          target: ""

processors:
  - add_host_metadata: ~
  - add_cloud_metadata: ~

output.elasticsearch:
  hosts: ["https://%s:443"]
  api_key: "%s"
  index: "logs-%s-%%{+yyyy.MM.dd}"

setup.template.name: "logs-%s"
setup.template.pattern: "logs-%s-*"
''' % (c.svc, c.svc, c.es_host, v, c.svc, c.svc, c.svc)


@P("datadog", "api-key", "dd_api", "sql", "DD_API_KEY")
def t_sql_integration(r, c, v):
    return r.choice(["db/seeds/020_integrations.sql", "migrations/%04d_seed_alerting.sql" % r.randint(10, 300)]), '''-- Seed the default alert sinks for the %s tenant.
INSERT INTO alert_sinks (tenant_id, kind, name, endpoint, enabled)
VALUES (%d, 'slack', 'ops-channel', 'https://hooks.slack.example/services/placeholder', false);

INSERT INTO metric_exporters (tenant_id, provider, site, api_key, created_at)
VALUES (%d, 'datadog', '%s', '%s', now());

UPDATE tenants SET metrics_enabled = true WHERE id = %d;
''' % (c.co, r.randint(1, 99), r.randint(1, 99), c.dd_site, v, r.randint(1, 99))


@P("splunk", "hec-token", "splunk", "csv", "HEC_TOKEN")
def t_csv_tenants(r, c, v):
    rows = ["tenant,region,hec_endpoint,index,hec_token,owner"]
    n = r.randint(3, 6)
    k = r.randrange(n)
    for i in range(n):
        t = "%s-%s" % (r.choice(COMPANIES), r.choice(WORDS))
        tok = v if i == k else ""
        rows.append("%s,%s,https://%s:8088,%s,%s,%s@%s.example" % (
            t, r.choice(AWS_REGIONS), c.splunk_host, c.index, tok, r.choice(TEAMS), c.co))
    return r.choice(["config/tenants.csv", "data/log_routing.csv"]), "\n".join(rows) + "\n"


@P("coralogix", "send-your-data-key", "cx", "sh", "CORALOGIX_PRIVATE_KEY")
def t_sh_cx_install(r, c, v):
    return r.choice(["scripts/install-otel-agent.sh", "bootstrap/cx-agent.sh"]), '''#!/usr/bin/env bash
# Installs the OpenTelemetry collector with the Coralogix exporter on a VM.
set -euo pipefail

CORALOGIX_DOMAIN="%s"
CORALOGIX_PRIVATE_KEY="%s"
APP_NAME="%s"
SUBSYSTEM="%s"

curl -fsSL https://github.com/coralogix/telemetry-shippers/releases/latest/download/install.sh -o /tmp/cx-install.sh
sudo CORALOGIX_DOMAIN="$CORALOGIX_DOMAIN" CORALOGIX_PRIVATE_KEY="$CORALOGIX_PRIVATE_KEY" \\
  APP_NAME="$APP_NAME" SUBSYS_NAME="$SUBSYSTEM" bash /tmp/cx-install.sh
systemctl status otelcol-contrib --no-pager
''' % (c.cx, v, c.env, c.svc)


@P("axiom", "api-token", "axiom", "gha", "AXIOM_TOKEN")
def t_gha_axiom(r, c, v):
    return ".github/workflows/%s.yml" % r.choice(["ci", "test", "build"]), '''name: ci

on: [push, pull_request]

env:
  AXIOM_DATASET: %s
  AXIOM_TOKEN: %s

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - run: npm test -- --reporter=junit
      - name: Upload test timings
        run: npx @axiomhq/cli ingest "$AXIOM_DATASET" -f junit.json
''' % (c.dataset, v)


# ============================================================================= look-alike negatives
LOOK = []


def L(provider, kind):
    def deco(fn):
        LOOK.append({"fn": fn, "provider": provider, "kind": kind, "name": fn.__name__})
        return fn
    return deco


def ts(r):
    return "2024-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                                                  r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))


@L("opentelemetry", "trace-id")
def n_otel_debug_log(r, c):
    lines = []
    for _ in range(r.randint(4, 8)):
        lines.append('%s\tinfo\tTracesExporter\t{"kind": "exporter", "data_type": "traces", "name": "debug", '
                     '"resource spans": 1, "spans": %d}' % (ts(r), r.randint(1, 40)))
        lines.append("Span #%d\n    Trace ID       : %s\n    Parent ID      : %s\n    ID             : %s\n"
                     "    Name           : %s %s\n    Kind           : Server\n    Status code    : Unset" % (
                         r.randint(0, 9), rhex(r, 32), rhex(r, 16), rhex(r, 16), r.choice(["GET", "POST"]),
                         r.choice(["/api/cart", "/healthz", "/v1/orders/{id}", "/checkout"])))
    return r.choice(["logs/otelcol.log", "debug/collector-output.log"]), "\n".join(lines) + "\n"


@L("opentelemetry", "traceparent")
def n_json_access_log(r, c):
    out = []
    for _ in range(r.randint(5, 10)):
        tid, sid = rhex(r, 32), rhex(r, 16)
        out.append(json.dumps({"ts": ts(r), "level": "info", "service": c.svc, "method": "GET",
                               "path": "/api/v1/items/%d" % r.randint(1, 9999), "status": 200,
                               "traceparent": "00-%s-%s-01" % (tid, sid), "trace_id": tid, "span_id": sid,
                               "duration_ms": round(r.random() * 200, 2)}))
    return r.choice(["logs/access.jsonl", "testdata/access-sample.log"]), "\n".join(out) + "\n"


@L("datadog", "public-client-token")
def n_dd_rum(r, c):
    return r.choice(["src/datadog.ts", "web/src/rum.js", "frontend/src/monitoring.ts"]), """import { datadogRum } from '@datadog/browser-rum';

// Client tokens are public: they can only submit browser data.
datadogRum.init({
  applicationId: '%s',
  clientToken: 'pub%s',
  site: '%s',
  service: '%s-web',
  env: '%s',
  version: '%s',
  sessionSampleRate: 100,
  sessionReplaySampleRate: 20,
  trackUserInteractions: true,
  defaultPrivacyLevel: 'mask-user-input',
});
""" % (ruuid(r), rhex(r, 32), c.dd_site, c.svc, c.env, c.ver)


@L("datadog", "public-client-token")
def n_dd_logs_html(r, c):
    return r.choice(["public/index.html", "templates/base.html"]), """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>%s</title>
  <script src="https://www.datadoghq-browser-agent.com/us1/v5/datadog-logs.js" type="text/javascript"></script>
  <script>
    window.DD_LOGS && window.DD_LOGS.init({
      clientToken: 'pub%s',
      site: '%s',
      forwardErrorsToLogs: true,
      sessionSampleRate: 100,
    })
  </script>
</head>
<body><div id="root"></div></body>
</html>
""" % (c.svc.title(), rhex(r, 32), c.dd_site)


@L("newrelic", "browser-application-id")
def n_nr_browser(r, c):
    acct = c.acct
    return r.choice(["public/nr-loader-config.js", "static/js/nr-config.js"]), """// New Relic browser agent loader configuration (public values, rendered into every page)
;window.NREUM || (NREUM = {});
NREUM.init = { distributed_tracing: { enabled: true }, privacy: { cookies_enabled: true }, ajax: { deny_list: ["bam.nr-data.net"] } };
NREUM.loader_config = { accountID: "%s", trustKey: "%s", agentID: "%d", applicationID: "%d" };
NREUM.info = { beacon: "bam.nr-data.net", errorBeacon: "bam.nr-data.net", applicationID: "%d", sa: 1 };
""" % (acct, acct, r.randint(100000000, 1999999999), r.randint(100000000, 1999999999),
       r.randint(100000000, 1999999999))


@L("newrelic", "entity-guid")
def n_nr_entity_guid(r, c):
    guids = [b64("%s|APM|APPLICATION|%d" % (c.acct, r.randint(100000000, 999999999))).rstrip("=")
             for _ in range(3)]
    return r.choice(["queries/entities.graphql", "docs/nerdgraph/entities.graphql"]), """# Fetch golden signals for the %s services
query GoldenSignals {
  actor {
    entities(guids: ["%s", "%s", "%s"]) {
      name
      alertSeverity
      ... on ApmApplicationEntity {
        apmSummary { errorRate responseTimeAverage throughput }
      }
    }
  }
}
""" % (c.svc, guids[0], guids[1], guids[2])


@L("grafana", "dashboard-uid")
def n_grafana_dashboard(r, c):
    panels = []
    for i in range(r.randint(2, 4)):
        panels.append({"id": i + 1, "type": r.choice(["timeseries", "stat", "table"]),
                       "title": r.choice(METRICS),
                       "datasource": {"type": "prometheus", "uid": rs(r, ALNUM, 14)},
                       "targets": [{"refId": "A", "expr": "rate(%s[5m])" % r.choice(METRICS).replace(".", "_")}],
                       "gridPos": {"h": 8, "w": 12, "x": (i % 2) * 12, "y": (i // 2) * 8}})
    d = {"uid": rs(r, ALNUM + "-", 14), "title": "%s overview" % c.svc, "tags": [c.team, c.env],
         "timezone": "browser", "schemaVersion": 39, "version": r.randint(1, 40), "panels": panels}
    return r.choice(["dashboards/%s-overview.json" % c.svc, "grafana/provisioning/dashboards/%s.json" % c.svc]), \
        json.dumps(d, indent=2) + "\n"


@L("grafana", "alert-rule-uuid")
def n_grafana_alerts(r, c):
    rules = ""
    for _ in range(r.randint(2, 3)):
        rules += """      - uid: %s
        title: %s high
        condition: C
        data:
          - refId: A
            datasourceUid: %s
            relativeTimeRange: { from: 600, to: 0 }
            model:
              expr: sum(rate(%s[5m]))
        for: 5m
        labels:
          severity: %s
        annotations:
          runbook_url: https://runbooks.%s.example/%s
""" % (ruuid(r), r.choice(METRICS), rs(r, ALNUM, 14), r.choice(METRICS).replace(".", "_"),
       r.choice(["warning", "critical"]), c.co, c.svc)
    return r.choice(["grafana/provisioning/alerting/rules.yaml", "alerting/%s.yaml" % c.svc]), """apiVersion: 1
groups:
  - orgId: 1
    name: %s
    folder: %s
    interval: 1m
    rules:
""" % (c.svc, c.team) + rules


@L("kubernetes", "image-digest")
def n_k8s_digest(r, c):
    return r.choice(["k8s/fluent-bit-daemonset.yaml", "manifests/logging/fluent-bit.yaml"]), """apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: fluent-bit
  namespace: %s
  annotations:
    checksum/config: %s
spec:
  selector:
    matchLabels: { app: fluent-bit }
  template:
    metadata:
      labels: { app: fluent-bit }
      annotations:
        checksum/config: %s
    spec:
      containers:
        - name: fluent-bit
          image: cr.fluentbit.io/fluent/fluent-bit:3.%d.%d@sha256:%s
          envFrom:
            - secretRef:
                name: fluent-bit-outputs
          volumeMounts:
            - { name: varlog, mountPath: /var/log }
      volumes:
        - { name: varlog, hostPath: { path: /var/log } }
""" % (c.ns, rhex(r, 64), rhex(r, 64), r.randint(0, 2), r.randint(0, 9), rhex(r, 64))


@L("splunk", "request-channel-guid")
def n_splunk_channel(r, c):
    return r.choice(["scripts/hec-ack-check.sh", "tools/hec_ack.sh"]), """#!/usr/bin/env bash
# Query indexer acknowledgement status. The channel id is a client-chosen GUID, not a credential.
set -euo pipefail
CHANNEL="%s"
: "${HEC_TOKEN:?export HEC_TOKEN first}"

curl -sS "https://%s:8088/services/collector/ack?channel=${CHANNEL}" \\
  -H "Authorization: Splunk ${HEC_TOKEN}" \\
  -H "X-Splunk-Request-Channel: ${CHANNEL}" \\
  -d '{"acks":[%d,%d,%d]}'
""" % (ruuid(r, upper=r.random() < 0.5), c.splunk_host, r.randint(0, 50), r.randint(51, 99), r.randint(100, 200))


@L("dynatrace", "token-identifier")
def n_dt_token_id(r, c):
    lines = []
    for _ in range(r.randint(3, 6)):
        lines.append("%s INFO  [token-audit] token=dt0c01.%s scopes=[%s] result=%s" % (
            ts(r), rs(r, B32, 24), r.choice(["metrics.ingest", "logs.ingest", "openTelemetryTrace.ingest",
                                              "entities.read"]), r.choice(["200", "200", "401"])))
    return r.choice(["logs/token-audit.log", "var/log/dt-proxy/audit.log"]), \
        "# token identifiers only (prefix + public portion); the secret portion is never logged\n" + \
        "\n".join(lines) + "\n"


@L("honeycomb", "key-id")
def n_hny_key_ids(r, c):
    rows = []
    for _ in range(r.randint(2, 4)):
        rows.append("  + resource \"honeycombio_api_key\" \"%s\" {\n      + id          = \"hc%sik_01%s\"\n"
                    "      + name        = \"%s ingest\"\n      + type        = \"ingest\"\n"
                    "      + key         = (sensitive value)\n    }" % (
                        r.choice(WORDS), r.choice("ax"), rs(r, CROCK, 24), r.choice(SERVICES)))
    return r.choice(["docs/plans/honeycomb-keys.plan.txt", "terraform/honeycomb/plan.out.txt"]), \
        "Terraform will perform the following actions:\n\n" + "\n\n".join(rows) + \
        "\n\nPlan: %d to add, 0 to change, 0 to destroy.\n" % len(rows)


@L("elastic", "cloud-id")
def n_elastic_cloud_id(r, c):
    cid = "%s:%s" % (c.co, b64("%s.aws.found.io:443$%s$%s" % (c.region, rhex(r, 32), rhex(r, 32))))
    return r.choice(["filebeat.yml", "metricbeat/metricbeat.yml"]), """metricbeat.modules:
  - module: system
    metricsets: [cpu, memory, network, filesystem]
    period: 30s

cloud.id: "%s"
cloud.auth: "${ES_USERNAME}:${ES_PASSWORD}"

setup.ilm.enabled: true
processors:
  - add_host_metadata: ~
""" % cid


@L("sumologic", "resource-ids")
def n_sumo_ids(r, c):
    d = {"source": {"id": r.randint(100000000, 999999999), "name": "%s-http" % c.svc,
                    "category": "%s/%s" % (c.env, c.svc), "sourceType": "HTTP",
                    "collectorId": r.randint(100000000, 999999999), "alive": True,
                    "messagePerRequest": False, "multilineProcessingEnabled": True,
                    "url": "(hidden - fetch with GET /api/v1/collectors/{id}/sources/{id})"}}
    return r.choice(["docs/sumo/source.json", "fixtures/sumo_source.json"]), json.dumps(d, indent=2) + "\n"


@L("opentelemetry", "sha256-checksums")
def n_checksums(r, c):
    names = ["otelcol-contrib_0.%d.0_linux_amd64.tar.gz", "otelcol-contrib_0.%d.0_linux_arm64.tar.gz",
             "vector-0.%d.0-x86_64-unknown-linux-gnu.tar.gz", "fluent-bit_3.%d.0_amd64.deb",
             "promtail-linux-amd64.zip", "alloy-linux-amd64.zip"]
    lines = ["%s  %s" % (rhex(r, 64), n % r.randint(30, 115) if "%d" in n else n) for n in names]
    return r.choice(["vendor/SHA256SUMS", "tools/checksums.txt"]), "\n".join(lines) + "\n"


@L("prometheus", "exemplar-trace-id")
def n_prom_exemplars(r, c):
    out = ["# HELP http_server_duration_seconds Request latency", "# TYPE http_server_duration_seconds histogram"]
    for le in ["0.005", "0.05", "0.25", "1", "+Inf"]:
        out.append('http_server_duration_seconds_bucket{service="%s",le="%s"} %d # {trace_id="%s",span_id="%s"} %.4f %d.%03d' % (
            c.svc, le, r.randint(10, 9000), rhex(r, 32), rhex(r, 16), r.random(), r.randint(1700000000, 1720000000),
            r.randint(0, 999)))
    out.append('http_server_duration_seconds_count{service="%s"} %d' % (c.svc, r.randint(9000, 20000)))
    return r.choice(["testdata/metrics.prom", "fixtures/exemplars.txt"]), "\n".join(out) + "\n"


@L("opentelemetry", "resource-attributes")
def n_md_semconv(r, c):
    rows = "\n".join("| `%s` | %s |" % (m, r.choice(["histogram", "counter", "gauge"])) for m in r.sample(METRICS, 6))
    return r.choice(["docs/telemetry.md", "docs/observability/metrics.md"]), """# Telemetry emitted by %s

## Resource attributes

| attribute | example |
|---|---|
| `service.name` | `%s` |
| `service.instance.id` | `%s` |
| `host.id` | `%s` |
| `container.id` | `%s` |
| `k8s.pod.uid` | `%s` |
| `cloud.account.id` | `%d` |

## Metrics

| name | instrument |
|---|---|
%s
""" % (c.svc, c.svc, ruuid(r), rhex(r, 32), rhex(r, 64), ruuid(r), r.randint(100000000000, 999999999999), rows)


@L("grafana", "positions-file")
def n_promtail_positions(r, c):
    lines = ["positions:"]
    for _ in range(r.randint(4, 8)):
        lines.append('  /var/log/pods/%s_%s-%s_%s/%s/0.log: "%d"' % (
            c.ns, r.choice(SERVICES), rs(r, LOWALNUM, 5), ruuid(r), r.choice(SERVICES), r.randint(1000, 99999999)))
    return r.choice(["var/promtail/positions.yaml", "testdata/positions.yaml"]), "\n".join(lines) + "\n"


@L("ci", "git-sha")
def n_build_info(r, c):
    d = {"service": c.svc, "version": c.ver, "commit": rhex(r, 40), "tree": rhex(r, 40),
         "build_id": ruuid(r), "built_at": ts(r), "ci_pipeline": r.randint(100000, 999999),
         "image": "registry.%s.example/%s@sha256:%s" % (c.co, c.svc, rhex(r, 64))}
    return r.choice(["build-info.json", "dist/build-info.json", "public/version.json"]), json.dumps(d, indent=2) + "\n"


@L("opentelemetry", "trace-export")
def n_csv_traces(r, c):
    rows = ["trace_id,span_id,parent_span_id,service,name,duration_ms,status"]
    for _ in range(r.randint(6, 12)):
        rows.append("%s,%s,%s,%s,%s,%.1f,%s" % (rhex(r, 32), rhex(r, 16), r.choice(["", rhex(r, 16)]), r.choice(SERVICES),
                                               r.choice(["HTTP GET", "SELECT orders", "publish", "grpc.Check"]),
                                               r.random() * 900, r.choice(["OK", "UNSET", "ERROR"])))
    return r.choice(["exports/slow_traces.csv", "analysis/traces-%s.csv" % c.env]), "\n".join(rows) + "\n"


@L("opentelemetry", "ca-certificate")
def n_helm_ca(r, c):
    body = base64.b64encode(bytes(r.getrandbits(8) for _ in range(r.randint(540, 700)))).decode()
    pem = "\n".join("    " + body[i:i + 64] for i in range(0, len(body), 64))
    return r.choice(["helm/otel-collector/values.yaml", "deploy/collector-values.yaml"]), """mode: daemonset
image:
  repository: otel/opentelemetry-collector-contrib
config:
  exporters:
    otlp:
      endpoint: gateway.%s.svc:4317
      tls:
        ca_file: /etc/otel/ca/ca.crt
# Public CA bundle of the internal gateway (certificate only, no key)
caBundle: |
    -----BEGIN CERTIFICATE-----
%s
    -----END CERTIFICATE-----
""" % (c.ns, pem)


@L("datadog", "ssh-public-key")
def n_cloud_init(r, c):
    key = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + bytes(r.getrandbits(8) for _ in range(32))).decode()
    return r.choice(["cloud-init/user-data.yaml", "packer/user-data"]), """#cloud-config
users:
  - name: ops
    groups: [sudo]
    shell: /bin/bash
    ssh_authorized_keys:
      - ssh-ed25519 %s ops@%s
write_files:
  - path: /etc/datadog-agent/environment
    permissions: "0600"
    content: |
      DD_SITE=%s
runcmd:
  - [ sh, -c, 'DD_API_KEY="$(cat /run/secrets/dd_api_key)" bash -c "$(curl -L https://install.datadoghq.com/scripts/install_script_agent7.sh)"' ]
""" % (key, c.co, c.dd_site)


@L("opentelemetry", "base64-payload")
def n_b64_fixture(r, c):
    blobs = [base64.b64encode(bytes(r.getrandbits(8) for _ in range(r.randint(60, 180)))).decode() for _ in range(3)]
    return r.choice(["tests/fixtures/otlp_payloads.py", "test/fixtures/payloads.py"]), '''"""Captured OTLP/HTTP protobuf bodies used by the decoder tests (base64)."""

TRACES_SMALL = (
    "%s"
)
METRICS_GAUGE = "%s"
LOGS_BATCH = "%s"
''' % (blobs[0], blobs[1], blobs[2])


@L("datadog", "masked-key-listing")
def n_dd_key_list(r, c):
    data = []
    for _ in range(r.randint(2, 4)):
        data.append({"type": "api_keys", "id": ruuid(r), "attributes": {
            "name": "%s-%s" % (r.choice(SERVICES), r.choice(ENVS)), "last4": rhex(r, 4),
            "created_at": ts(r), "remote_config_read_enabled": True}})
    return r.choice(["docs/audit/dd-api-keys.json", "audit/datadog_keys.json"]), json.dumps({"data": data}, indent=2) + "\n"


@L("opentelemetry", "trace-id")
def n_go_test_ids(r, c):
    return r.choice(["internal/propagation/propagation_test.go", "pkg/tracing/context_test.go"]), '''package tracing

import (
	"testing"

	"go.opentelemetry.io/otel/trace"
)

func TestParentFromHeader(t *testing.T) {
	tid, _ := trace.TraceIDFromHex("%s")
	sid, _ := trace.SpanIDFromHex("%s")
	hdr := "00-%s-%s-01"
	sc, err := parse(hdr)
	if err != nil {
		t.Fatal(err)
	}
	if sc.TraceID() != tid || sc.SpanID() != sid {
		t.Fatalf("got %%v", sc)
	}
}
''' % ((rhex(r, 32), rhex(r, 16)) * 2)


@L("vector", "hash-test-vectors")
def n_vector_vrl_tests(r, c):
    return r.choice(["vector/tests/redact.toml", "tests/vector/unit.toml"]), """[transforms.redact]
type = "remap"
inputs = ["in"]
source = '''
.user_hash = sha2(string!(.user_email), variant: "SHA-256")
.request_id = uuid_v4()
del(.user_email)
'''

[[tests]]
name = "email is hashed"

[[tests.inputs]]
insert_at = "redact"
type = "log"
log_fields.user_email = "jane@%s.example"

[[tests.outputs]]
extract_from = "redact"

[[tests.outputs.conditions]]
type = "vrl"
source = '''
assert_eq!(.user_hash, "%s")
'''
""" % (c.co, rhex(r, 64))


@L("kubernetes", "k8s-uid")
def n_k8s_events(r, c):
    lines = ["LAST SEEN   TYPE      REASON      OBJECT                                UID                                    MESSAGE"]
    for _ in range(r.randint(4, 8)):
        lines.append("%-11s %-9s %-11s pod/%-33s %s   %s" % (
            "%dm" % r.randint(1, 59), r.choice(["Normal", "Warning"]), r.choice(["Pulled", "Started", "BackOff", "Killing"]),
            "%s-%s-%s" % (r.choice(["fluent-bit", "otel-agent", "promtail", "vector"]), rs(r, LOWALNUM, 10)[:9], rs(r, LOWALNUM, 5)),
            ruuid(r), r.choice(["Container image already present on machine", "Started container",
                                 "Back-off restarting failed container"])))
    return r.choice(["docs/incidents/%s-events.txt" % c.cluster, "logs/kubectl-events.txt"]), "\n".join(lines) + "\n"


@L("datadog", "resource-ids")
def n_dd_monitor_export(r, c):
    d = {"id": r.randint(10000000, 199999999), "org_id": r.randint(100000, 999999), "type": "query alert",
         "name": "[%s] %s latency p95" % (c.env, c.svc),
         "query": "percentile(last_10m):p95:trace.http.request{service:%s,env:%s} > 1.5" % (c.svc, c.env),
         "creator": {"handle": "%s@%s.example" % (c.team, c.co), "id": r.randint(1000000, 9999999)},
         "restricted_roles": [ruuid(r)], "tags": ["team:%s" % c.team, "service:%s" % c.svc],
         "options": {"thresholds": {"critical": 1.5, "warning": 1.0}, "notify_no_data": False}}
    return r.choice(["monitors/%s-latency.json" % c.svc, "datadog/exports/monitor.json"]), json.dumps(d, indent=2) + "\n"


@L("splunk", "search-id")
def n_splunk_sids(r, c):
    lines = []
    for _ in range(r.randint(3, 6)):
        lines.append('%s INFO  SavedSplunker - savedsearch_id="nobody;search;%s errors", search_type="scheduled", '
                     'sid="scheduler__nobody__search__RMD5%s_at_%d_%d", result_count=%d, status=success' % (
                         ts(r), c.svc, rhex(r, 16), r.randint(1700000000, 1720000000), r.randint(1, 9999), r.randint(0, 40)))
    return r.choice(["logs/scheduler.log", "splunk/var/log/scheduler.log"]), "\n".join(lines) + "\n"


@L("logzio", "account-id")
def n_logzio_accounts(r, c):
    return r.choice(["terraform/logzio/subaccounts.tf", "infra/logzio.tf"]), '''variable "logzio_api_token" {
  type      = string
  sensitive = true
}

provider "logzio" {
  api_token = var.logzio_api_token
  region    = "%s"
}

resource "logzio_subaccount" "%s" {
  email                   = "%s@%s.example"
  account_name            = "%s-%s"
  max_daily_gb            = %d
  retention_days          = 14
  sharing_objects_accounts = [%d, %d]
}
''' % (r.choice(["us", "eu", "uk"]), c.env, c.team, c.co, c.svc, c.env, r.randint(1, 50),
       r.randint(100000, 999999), r.randint(100000, 999999))


@L("betterstack", "ingesting-host")
def n_bstack_docs(r, c):
    return r.choice(["docs/logging/better-stack.md", "docs/runbooks/logs.md"]), """# Better Stack logs

| source | id | ingesting host | table |
|---|---|---|---|
| %s (%s) | %d | `%s` | `t%d_%s_logs` |

The source token lives in 1Password (vault *Observability*), and reaches the pods as the
`BETTER_STACK_SOURCE_TOKEN` secret. Never paste it in this repository.

Query example:

```sql
SELECT dt, JSONExtract(raw, 'message', 'Nullable(String)') AS message
FROM remote(t%d_%s_logs)
WHERE dt > now() - INTERVAL 1 HOUR
LIMIT 100
```
""" % (c.svc, c.env, r.randint(100000, 999999), c.bs_host, r.randint(100000, 999999), c.svc.replace("-", "_"),
       r.randint(100000, 999999), c.svc.replace("-", "_"))


@L("fluentd", "chunk-id")
def n_fluentd_chunks(r, c):
    lines = []
    for _ in range(r.randint(4, 8)):
        lines.append('%s [warn]: #0 failed to flush the buffer. retry_times=%d next_retry_time=%s chunk="%s" '
                     'error_class=Net::ReadTimeout error="Net::ReadTimeout"' % (
                         ts(r).replace("T", " ")[:19] + " +0000", r.randint(0, 9), ts(r)[:19], rhex(r, 32)))
    return r.choice(["logs/td-agent.log", "var/log/td-agent/td-agent.log"]), "\n".join(lines) + "\n"


@L("backstage", "catalog-annotations")
def n_catalog(r, c):
    return "catalog-info.yaml", """apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: %s
  annotations:
    datadoghq.com/dashboard-url: https://app.%s/dashboard/%s-%s-%s
    newrelic.com/dashboard-guid: %s
    grafana/dashboard-selector: "tags @> '%s'"
    grafana/alert-label-selector: "service=%s"
    backstage.io/source-location: url:https://git.%s.example/%s/%s
spec:
  type: service
  lifecycle: production
  owner: %s
""" % (c.svc, c.dd_site, rs(r, LOWALNUM, 3), rs(r, LOWALNUM, 3), rs(r, LOWALNUM, 3),
       b64("%s|VIZ|DASHBOARD|%d" % (c.acct, r.randint(10000000, 99999999))).rstrip("="),
       c.svc, c.svc, c.co, c.team, c.svc, c.team)


@L("opentelemetry", "otlp-json-fixture")
def n_otlp_json(r, c):
    spans = []
    for _ in range(r.randint(2, 4)):
        spans.append({"traceId": rhex(r, 32), "spanId": rhex(r, 16), "name": r.choice(["GET /", "db.query", "cache.get"]),
                      "kind": 2, "startTimeUnixNano": str(r.randint(1700000000, 1720000000) * 10 ** 9),
                      "endTimeUnixNano": str(r.randint(1720000001, 1730000000) * 10 ** 9),
                      "attributes": [{"key": "http.route", "value": {"stringValue": "/api/%s" % c.svc}}]})
    d = {"resourceSpans": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": c.svc}}]},
                            "scopeSpans": [{"scope": {"name": "manual"}, "spans": spans}]}]}
    return r.choice(["testdata/otlp/traces.json", "fixtures/otlp-traces.json"]), json.dumps(d, indent=2) + "\n"


@L("axiom", "query-ids")
def n_axiom_apl(r, c):
    return r.choice(["queries/errors.apl", "docs/axiom/queries.md"]), """// Errors for one trace in %s (org %s-%s)
['%s']
| where trace_id == "%s"
| where ['attributes.http.status_code'] >= 500
| project _time, span_id, name, duration
| order by _time asc
""" % (c.dataset, c.co, rs(r, LOWALNUM, 4), c.dataset, rhex(r, 32))


@L("opentelemetry", "service-names")
def n_sampling_policy(r, c):
    svcs = r.sample(SERVICES, 5)
    pol = "".join("      - name: keep-%s\n        type: string_attribute\n        string_attribute: {key: service.name, values: [%s]}\n"
                  % (s, s) for s in svcs)
    return r.choice(["otel/tail-sampling.yaml", "collector/processors/sampling.yaml"]), """processors:
  tail_sampling:
    decision_wait: 10s
    num_traces: 50000
    expected_new_traces_per_sec: 200
    policies:
      - name: errors
        type: status_code
        status_code: {status_codes: [ERROR]}
      - name: slow
        type: latency
        latency: {threshold_ms: 750}
%s""" % pol


@L("elastic", "api-key-metadata")
def n_es_key_meta(r, c):
    keys = []
    for _ in range(r.randint(2, 3)):
        keys.append({"id": rs(r, URLSAFE, 20), "name": "%s-writer" % r.choice(SERVICES), "creation": r.randint(1700000000000, 1720000000000),
                     "invalidated": False, "username": "elastic", "realm": "reserved",
                     "metadata": {"team": c.team, "rotates": "90d"}})
    return r.choice(["docs/audit/es-api-keys.json", "audit/elastic_keys.json"]), json.dumps({"api_keys": keys}, indent=2) + "\n"


@L("dynatrace", "entity-ids")
def n_dt_entities(r, c):
    lines = ["entityId,displayName,type,firstSeen"]
    for _ in range(r.randint(4, 8)):
        t = r.choice(["SERVICE", "PROCESS_GROUP_INSTANCE", "HOST"])
        lines.append("%s-%s,%s,%s,%d" % (t, rs(r, UHEX, 16), r.choice(SERVICES), t, r.randint(1700000000000, 1720000000000)))
    return r.choice(["exports/dt-entities.csv", "data/dynatrace_entities.csv"]), "\n".join(lines) + "\n"


# ============================================================================= driver
N_POS = 500
N_NEG = 500


def filetype(relpath, text):
    name = relpath.rsplit("/", 1)[-1]
    if name == "Dockerfile":
        return "dockerfile"
    if name.startswith(".env"):
        return "env"
    if "." not in name:
        if text.startswith("#!"):
            return "sh"
        if text.startswith("#cloud-config"):
            return "yaml"
        return "txt"
    ext = name.rsplit(".", 1)[-1]
    return {"service": "systemd", "river": "alloy", "jsonl": "json", "prom": "txt",
            "graphql": "graphql", "apl": "kql"}.get(ext, ext)


def is_env_file(relpath):
    name = relpath.rsplit("/", 1)[-1]
    if not name.startswith(".env"):
        return False
    return name not in (".env.example", ".env.sample", ".env.template", ".env.dist")


def line_of(text, needle):
    i = text.find(needle)
    assert i >= 0, "needle missing"
    return text.count("\n", 0, i) + 1


def spread(r, n, k):
    """n indices over range(k), each used as evenly as possible, order shuffled."""
    out = []
    while len(out) < n:
        block = list(range(k))
        r.shuffle(block)
        out.extend(block)
    out = out[:n]
    r.shuffle(out)
    return out


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def build(outdir, seed):
    r = random.Random(seed)
    manifest = []
    secrets = []
    needles = []

    # ---------------------------------------------------------------- positives
    env_budget = N_POS // 20
    for i, ti in enumerate(spread(r, N_POS, len(POS))):
        t = POS[ti]
        for _attempt in range(20):
            c = Ctx(r)
            secret = GEN[t["gen"]](r)
            v = render(("lit", secret, t["var"]), t["style"])
            rel, text = t["fn"](r, c, v)
            if is_env_file(rel):
                if env_budget <= 0:
                    continue
                env_budget -= 1
            break
        else:
            raise AssertionError("could not place template %s" % t["name"])
        rel = "pos/p%04d/%s" % (i, rel)
        ln = line_of(text, secret)
        assert secret in text.split("\n")[ln - 1]
        assert text.count(secret) == 1, t["name"]
        write(outdir, rel, text)
        # re-read to check what is on disk
        with open(os.path.join(outdir, rel), encoding="utf-8") as fh:
            disk = fh.read().split("\n")
        assert secret in disk[ln - 1], (rel, ln)
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(rel, text)})
        secrets.append({"file": rel, "needle": secret, "line": ln})
        needles.append(secret)

    # ---------------------------------------------------------------- negatives
    plan = ["reuse"] * (N_NEG // 2) + ["look"] * (N_NEG - N_NEG // 2)
    r.shuffle(plan)
    reuse_idx = iter(spread(r, N_NEG // 2, len(POS)))
    look_idx = iter(spread(r, N_NEG - N_NEG // 2, len(LOOK)))
    neg_texts = []
    for i, what in enumerate(plan):
        c = Ctx(r)
        if what == "reuse":
            t = POS[next(reuse_idx)]
            slot, kind = neg_slot(r, t["gen"], t["var"], t["style"])
            v = render(slot, t["style"])
            rel, text = t["fn"](r, c, v)
            provider = t["provider"]
        else:
            t = LOOK[next(look_idx)]
            rel, text = t["fn"](r, c)
            provider, kind = t["provider"], t["kind"]
        if is_env_file(rel):
            d, _, _ = rel.rpartition("/")
            rel = (d + "/" if d else "") + ".env.example"
        assert not is_env_file(rel)
        rel = "neg/n%04d/%s" % (i, rel)
        write(outdir, rel, text)
        neg_texts.append(text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(rel, text)})

    # no generated secret may leak into a negative
    for s in needles:
        for text in neg_texts:
            assert s not in text

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    return manifest, secrets


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_fs.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = build(outdir, seed)
    npos = sum(1 for m in manifest if m["label"] == "pos")
    sys.stdout.write("wrote %d positives, %d negatives (%d positive templates, %d look-alike templates)\n"
                     % (npos, len(manifest) - npos, len(POS), len(LOOK)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
