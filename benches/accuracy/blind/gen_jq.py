#!/usr/bin/env python3
"""gen_jq.py - blind evaluation set: incident response, on-call and status communication.

EMPHASIS
  Domain: incident response / on-call / status communication credentials as they end up in
  real repositories: Alertmanager receivers, Prometheus configs, Helm values, GitHub Actions,
  Terraform providers, small Python/Go/JS/TS integrations, shell cron jobs and curl snippets,
  `.http` request files, Dockerfiles, INI/properties files, SQL seeds, logs, and Markdown
  runbooks and postmortems that paste keys.
  Providers: PagerDuty (REST API keys incl. user tokens `u+...`, Events API v2 integration /
  routing keys incl. Event Orchestration `R0...` keys, v3 webhook signing secrets), Opsgenie /
  JSM (UUID API keys, GenieKey header, heartbeats), incident.io, FireHydrant, Rootly, Squadcast,
  Splunk On-Call / VictorOps (REST endpoint key in URL, X-VO-Api-Key), xMatters (trigger URL
  apiKey, basic-auth password), Grafana OnCall (API token, integration URL token), Zenduty,
  Better Stack Uptime (API token, heartbeat URL), ilert (il1api / il1hbt keys), Spike.sh
  (webhook URL), Atlassian Statuspage (OAuth API key), Instatus, generic basic-auth passwords
  in Alertmanager / Prometheus webhook configs.
  File types: yml/yaml, json, tf, py, go, js, ts, sh, md, http, Dockerfile, ini, properties,
  toml, sql, csv, log, txt, env (positives only, < 1 in 20).

USAGE
  python3 -B gen_jq.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. All randomness comes from one
  random.Random(SEED); output is byte-identical for a given SEED.

NEEDLE CONVENTIONS
  - The needle is the secret value only, exactly as written: never the variable name, the
    quotes, the header name or the scheme word (`Token token=`, `GenieKey `, `OAuth `, `Bearer `).
  - Webhook / integration URLs whose path or query carries the secret (VictorOps REST endpoint
    key, Grafana OnCall integration token, Squadcast / Zenduty / ilert / Spike.sh keys, Better
    Stack heartbeat token, xMatters `apiKey=`): the needle is just that path segment or query
    value, not the whole URL. Routing keys that are plain team names (VictorOps `$routing_key`)
    are not secrets.
  - Passwords in URLs (`https://user:PASSWORD@host/...`) and `basic_auth.password`: the needle is
    the password only.
  - Key pairs (VictorOps X-VO-Api-Id + X-VO-Api-Key): the needle is the secret half (the key);
    the 8-hex API id is treated as a public identifier.
  - No multi-line secrets occur in this domain; `line` is the 1-based line of the first
    occurrence of the needle, asserted by the program.

NEGATIVES
  Half re-use the positive templates with the secret slot holding a non-secret: placeholders
  (`<routing-key>`, `YOUR_API_KEY_HERE`, `changeme`, `xxxx...`), empty values, masked values
  (`****`, `[REDACTED]`, partially masked), env / secret-manager references (`${PAGERDUTY_TOKEN}`,
  `{{ .Values... }}`, `${{ secrets.X }}`, `op://...`, `vault:...`), and providers' documented
  example keys. The other half are domain look-alikes: PagerDuty service / escalation policy /
  schedule / user ids (`P` + 6), incident ids and numbers, dedup keys, Alertmanager fingerprints
  and group keys, Opsgenie alert ids, aliases, tiny ids and request ids (UUIDs), Grafana OnCall
  public ids, Statuspage page and component ids and public status-page URLs, trace ids, image
  digests, lockfile integrity hashes, go.sum lines, commit SHAs, webhook *signatures* in logs,
  public SSH / PGP / X.509 material, base64 payloads, `*_file` credential references, and doc
  examples. No negative is written to a `.env` / `.env.<stage>` file.

FORMATS CHECKED (search tool, providers' docs and real config files)
  - PagerDuty support "API Access Keys": both REST API key types are 20-character strings;
    user tokens in the wild begin `u+`. Events API v2 error text: "Length of 'routing_key' is
    incorrect (should be 32 characters)"; integration keys are 32 lowercase hex. Auth header
    `Authorization: Token token=<key>`. Doc example REST key `y_NbAkKc66ryYTWUXYEu` and events
    example key `e93facc04764012d7bfb002500d5d1a6` are widespread -> negatives only.
    v3 webhooks are signed HMAC-SHA256 in `X-PagerDuty-Signature: v1=<hex>`.
  - Opsgenie: `Authorization: GenieKey <uuid>`, api.opsgenie.com / api.eu.opsgenie.com,
    /v2/heartbeats/<name>/ping; integration keys vs account keys.
  - Statuspage docs: `Authorization: OAuth <64 hex>` against api.statuspage.io/v1/pages/<id>;
    page ids 12 chars [a-z0-9] are public (e.g. githubstatus kctbh9vrtdwd). Doc example key
    `89a229ce...aa4b1` -> negatives only.
  - VictorOps REST endpoint: alert.victorops.com/integrations/generic/20131114/alert/<API key>/
    <routing_key>; routing key is a human chosen name.
  - Better Stack: heartbeat URL uptime.betterstack.com/api/v1/heartbeat/<24 chars>, Bearer API
    tokens; doc example `abcd1234abcd1234abcd1234` -> negative.
  - ilert: ilert-js README shows integration keys `il1api...` and heartbeat keys `il1hbt...`
    (examples used as negatives only).
  - Grafana OnCall API docs: `Authorization: <token>` header, integration link
    {API_URL}/integrations/v1/<type>/<token>/ (doc example token used as negative only).
  - incident.io: `Authorization: Bearer <key>`, keys created under Settings > API keys.
  - Rootly: `Authorization: Bearer` against api.rootly.com; Squadcast: Incident Webhook URL
    per alert source; xMatters: inbound integration URL with "URL authentication" (apiKey) or
    basic auth.
  A GitGuardian detector page surfaced in one search result; it was not opened or used.

DOUBTS
  - PagerDuty account-level key alphabet: taken as [A-Za-z0-9_+-] (20 chars); Event
    Orchestration routing key shape `R0` + 30 upper-case alnum is from memory, not confirmed.
  - PagerDuty v3 webhook signing secret length/alphabet (generated: 64 chars base64 alphabet).
  - incident.io key shape not documented (generated: opaque 48-64 char base62); FireHydrant
    bot token prefix `fhb-` + 32 hex and Rootly `rootly_` + 64 hex are from memory; Squadcast
    webhook path key (40 hex) and refresh token (32 hex) unconfirmed; Zenduty API token
    (40 hex) and integration key (UUID) unconfirmed; Instatus key (32 hex) unconfirmed;
    Spike.sh webhook token (32 hex) unconfirmed; Grafana OnCall API token (64 hex) and
    integration URL token (25 base62) lengths unconfirmed; ilert real key lengths unknown
    (generated il1api + 30 hex, il1hbt + 26 hex).
  - Statuspage keys: some accounts show UUID-shaped keys; generated as 64 hex like the docs.
  - Statuspage component automation e-mail addresses are capability addresses but their exact
    shape was not confirmed; they are used in neither positives nor negatives.
"""
import json
import os
import random
import re
import sys

HEX = "0123456789abcdef"
UPHEX = "0123456789ABCDEF"
DIG = "0123456789"
LOW = "abcdefghijklmnopqrstuvwxyz"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALNUM = LOW + UP + DIG
LOWNUM = LOW + DIG
UPNUM = UP + DIG
B64 = ALNUM + "+/"


def rs(rng, alpha, n):
    return "".join(rng.choice(alpha) for _ in range(n))


def mixed(rng, alpha, n, need=(LOW, UP, DIG)):
    """random string from alpha that contains at least one char of each class in need."""
    while True:
        s = rs(rng, alpha, n)
        if all(any(c in cls for c in s) for cls in need if any(x in alpha for x in cls)):
            return s


def hexs(rng, n):
    while True:
        s = rs(rng, HEX, n)
        if any(c in "abcdef" for c in s) and any(c in DIG for c in s):
            return s


def uuid4(rng):
    h = hexs(rng, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


# ---------------------------------------------------------------- secret generators
def g_pd_rest(rng):
    if rng.random() < 0.5:
        return "u+" + mixed(rng, ALNUM + "_-", 18)
    return mixed(rng, ALNUM + "_-+", 20)


def g_pd_events(rng):
    if rng.random() < 0.82:
        return hexs(rng, 32)
    return "R0" + mixed(rng, UPNUM, 30, need=(UP, DIG))


def g_pd_whsec(rng):
    return mixed(rng, B64, 64)


def g_uuid(rng):
    return uuid4(rng)


def g_incidentio(rng):
    return mixed(rng, ALNUM, rng.choice([48, 56, 64]))


def g_firehydrant(rng):
    return "fhb-" + hexs(rng, 32)


def g_rootly(rng):
    return "rootly_" + hexs(rng, 64)


def g_hex40(rng):
    return hexs(rng, 40)


def g_hex32(rng):
    return hexs(rng, 32)


def g_hex64(rng):
    return hexs(rng, 64)


def g_oncall_url(rng):
    return mixed(rng, ALNUM, 25)


def g_bs24(rng):
    return mixed(rng, ALNUM, 24)


def g_ilert_api(rng):
    return "il1api" + hexs(rng, 30)


def g_ilert_hbt(rng):
    return "il1hbt" + hexs(rng, 26)


def g_password(rng):
    words = ["Pager", "Duty", "Onc4ll", "Esc", "Storm", "Relay", "Beacon", "Night", "Shift"]
    if rng.random() < 0.5:
        return rng.choice(words) + rs(rng, DIG, 2) + rng.choice("!#%*-_") + mixed(rng, ALNUM, 9)
    return mixed(rng, ALNUM + "!#%*-_", rng.randint(16, 26))


def g_vo_key(rng):
    return hexs(rng, 32)


# documented examples (negatives only) keyed by generator
DOC_EXAMPLES = {
    g_pd_rest: ["y_NbAkKc66ryYTWUXYEu"],
    g_pd_events: ["e93facc04764012d7bfb002500d5d1a6"],
    g_hex64: ["89a229ce1a8dbcf9ff30430fbe35eb4c0426574bca932061892cefd2138aa4b1"],
    g_uuid: ["eb243592-faa2-4ba2-a551q-1afdf565c889"],
    g_bs24: ["abcd1234abcd1234abcd1234"],
    g_ilert_api: ["il1api0460d849fcdc753d4f"],
    g_ilert_hbt: ["il1hbt0460d849fcdc753"],
    g_oncall_url: ["mReAoNwDm0eMwKo1mTeTwYo"],
}

# ---------------------------------------------------------------- filler helpers
SERVICES = ["checkout", "payments-api", "search", "auth-gateway", "billing-worker", "ledger",
            "notifications", "inventory", "edge-proxy", "orders", "catalog", "fulfilment",
            "reporting", "media-transcoder", "identity", "pricing"]
TEAMS = ["sre", "platform", "payments", "core-infra", "data-eng", "growth", "mobile",
         "observability", "storefront"]
ORGS = ["acme", "northwind", "globex", "initech", "umbrella", "hooli", "vandelay", "stark"]
PEOPLE = ["Priya Raman", "Tomasz Nowak", "Aiko Tanaka", "Lena Fischer", "Marcus Bell",
          "Sofia Alvarez", "Dmitri Orlov", "Grace Okafor", "Jonas Berg", "Noor Haddad"]
ENVS = ["production", "staging", "prod-eu", "prod-us", "canary"]
REGIONS = ["us-east-1", "eu-west-1", "eu-central-1", "ap-southeast-2", "us-west-2"]


def svc(rng):
    return rng.choice(SERVICES)


def team(rng):
    return rng.choice(TEAMS)


def org(rng):
    return rng.choice(ORGS)


def person(rng):
    return rng.choice(PEOPLE)


def pd_id(rng, first="P"):
    return first + rs(rng, UPNUM, 6)


def inc_id(rng):
    return "Q" + rs(rng, UPNUM, 13)


def date(rng):
    return "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))


def ts(rng):
    return "%sT%02d:%02d:%02dZ" % (date(rng), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def hm(rng):
    return "%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59))


def page_id(rng):
    return rs(rng, LOWNUM, 12)


def host(rng):
    return "%s-%s-%02d.%s.internal" % (svc(rng), rng.choice(["web", "db", "api", "worker"]),
                                       rng.randint(1, 40), rng.choice(REGIONS))


def alert_name(rng):
    return rng.choice(["HighErrorRate", "PodCrashLooping", "DiskWillFillIn4Hours",
                       "HighLatencyP99", "KubeNodeNotReady", "CertificateExpiringSoon",
                       "ReplicationLagHigh", "QueueBacklogGrowing", "TargetDown",
                       "SLOBurnRateFast"])


def am_header(rng):
    return ("global:\n  resolve_timeout: %dm\n\nroute:\n  receiver: %s\n  group_by: ['alertname', 'cluster', 'service']\n"
            "  group_wait: 30s\n  group_interval: 5m\n  repeat_interval: %dh\n"
            % (rng.choice([5, 10]), "{RECV}", rng.choice([3, 4, 12])))


def am_file(rng, recv, block, extra_routes=""):
    h = am_header(rng).replace("{RECV}", recv)
    routes = ("  routes:\n    - matchers: ['severity=\"critical\"']\n      receiver: %s\n"
              "    - matchers: ['severity=\"warning\"']\n      receiver: slack-warnings\n%s" % (recv, extra_routes))
    tail = ("  - name: slack-warnings\n    slack_configs:\n      - channel: '#alerts-%s'\n"
            "        api_url_file: /etc/alertmanager/secrets/slack-url\n        send_resolved: true\n"
            "\ninhibit_rules:\n  - source_matchers: ['severity=\"critical\"']\n"
            "    target_matchers: ['severity=\"warning\"']\n    equal: ['alertname', 'cluster']\n" % team(rng))
    return h + routes + "\nreceivers:\n" + block + tail


AM_PATHS = ["alertmanager/alertmanager.yml", "monitoring/alertmanager.yml", "deploy/alertmanager/config.yml",
            "ops/prometheus/alertmanager.yaml", "config/alertmanager.yml"]

POS = []


def pos(provider, kind, gen, slot="plain"):
    def deco(f):
        POS.append((f, provider, kind, gen, slot))
        return f
    return deco


# ================================================================ PagerDuty
@pos("pagerduty", "events_routing_key", g_pd_events)
def p_am_pd_routing(rng, v):
    blk = ("  - name: pagerduty-%s\n    pagerduty_configs:\n      - routing_key: %s\n"
           "        severity: '{{ .CommonLabels.severity }}'\n        description: '{{ .CommonAnnotations.summary }}'\n"
           "        send_resolved: true\n" % (team(rng), v))
    return rng.choice(AM_PATHS), am_file(rng, "pagerduty-%s" % team(rng), blk)


@pos("pagerduty", "events_integration_key", g_pd_events)
def p_am_pd_service_key(rng, v):
    blk = ("  - name: oncall-primary\n    pagerduty_configs:\n      - service_key: '%s'\n"
           "        url: https://events.pagerduty.com/generic/2010-04-15/create_event.json\n"
           "        client: 'Alertmanager %s'\n" % (v, org(rng)))
    return rng.choice(AM_PATHS), am_file(rng, "oncall-primary", blk)


@pos("pagerduty", "events_routing_key", g_pd_events)
def p_helm_kps_pd(rng, v):
    t = team(rng)
    txt = ("# kube-prometheus-stack overrides for %s\nprometheus:\n  prometheusSpec:\n    retention: 15d\n"
           "    replicas: 2\n\nalertmanager:\n  enabled: true\n  config:\n    route:\n      receiver: pd-%s\n"
           "      group_by: ['alertname', 'namespace']\n    receivers:\n      - name: pd-%s\n        pagerduty_configs:\n"
           "          - routing_key: \"%s\"\n            send_resolved: true\n      - name: 'null'\n"
           "grafana:\n  adminPassword: null\n  admin:\n    existingSecret: grafana-admin\n"
           % (rng.choice(ENVS), t, t, v))
    return rng.choice(["deploy/values.yaml", "charts/monitoring/values-prod.yaml", "helm/kps/values.yaml"]), txt


@pos("pagerduty", "rest_api_key", g_pd_rest)
def p_tf_pd_provider(rng, v):
    t = team(rng)
    txt = ('terraform {\n  required_providers {\n    pagerduty = {\n      source  = "PagerDuty/pagerduty"\n'
           '      version = "~> 3.%d"\n    }\n  }\n}\n\nprovider "pagerduty" {\n  token = "%s"\n}\n\n'
           'data "pagerduty_escalation_policy" "%s" {\n  name = "%s escalation"\n}\n\n'
           'resource "pagerduty_service" "%s" {\n  name                    = "%s"\n'
           '  escalation_policy       = data.pagerduty_escalation_policy.%s.id\n'
           '  acknowledgement_timeout = 600\n  alert_creation          = "create_alerts_and_incidents"\n}\n'
           % (rng.randint(1, 15), v, t.replace("-", "_"), t, svc(rng).replace("-", "_"), svc(rng),
              t.replace("-", "_")))
    return rng.choice(["infra/pagerduty/main.tf", "terraform/oncall/providers.tf", "pagerduty.tf"]), txt


@pos("pagerduty", "rest_api_key", g_pd_rest)
def p_py_pd_requests(rng, v):
    name = rng.choice(["PD_TOKEN", "API_TOKEN", "PAGERDUTY_API_KEY", "_auth"])
    txt = ('"""Pull last week\'s incidents for the %s review."""\nimport csv\nimport datetime as dt\n\nimport requests\n\n'
           '%s = "%s"\nBASE = "https://api.pagerduty.com"\nHEADERS = {\n    "Accept": "application/vnd.pagerduty+json;version=2",\n'
           '    "Authorization": f"Token token={%s}",\n}\n\n\ndef incidents(since, until):\n'
           '    params = {"since": since.isoformat(), "until": until.isoformat(), "limit": 100, "offset": 0}\n'
           '    while True:\n        r = requests.get(f"{BASE}/incidents", headers=HEADERS, params=params, timeout=30)\n'
           '        r.raise_for_status()\n        body = r.json()\n        yield from body["incidents"]\n'
           '        if not body.get("more"):\n            break\n        params["offset"] += params["limit"]\n\n\n'
           'if __name__ == "__main__":\n    until = dt.datetime.utcnow()\n    with open("incidents.csv", "w", newline="") as fh:\n'
           '        w = csv.writer(fh)\n        for inc in incidents(until - dt.timedelta(days=7), until):\n'
           '            w.writerow([inc["incident_number"], inc["title"], inc["urgency"], inc["created_at"]])\n'
           % (team(rng), name, v, name))
    return rng.choice(["scripts/weekly_incidents.py", "tools/pd_export.py", "ops/reports/incidents.py"]), txt


@pos("pagerduty", "rest_api_key", g_pd_rest)
def p_go_pd_client(rng, v):
    txt = ('package oncall\n\nimport (\n\t"context"\n\t"fmt"\n\n\t"github.com/PagerDuty/go-pagerduty"\n)\n\n'
           '// WhoIsOnCall returns the names of users currently on call for the policy.\n'
           'func WhoIsOnCall(ctx context.Context, policyID string) ([]string, error) {\n'
           '\tclient := pagerduty.NewClient("%s")\n'
           '\tresp, err := client.ListOnCallsWithContext(ctx, pagerduty.ListOnCallOptions{\n'
           '\t\tEscalationPolicyIDs: []string{policyID},\n\t})\n\tif err != nil {\n\t\treturn nil, fmt.Errorf("list on-calls: %%w", err)\n\t}\n'
           '\tvar names []string\n\tfor _, oc := range resp.OnCalls {\n\t\tnames = append(names, oc.User.Summary)\n\t}\n'
           '\treturn names, nil\n}\n' % v)
    return rng.choice(["internal/oncall/pagerduty.go", "pkg/pager/oncall.go", "cmd/whoisoncall/pd.go"]), txt


@pos("pagerduty", "events_routing_key", g_pd_events)
def p_js_pd_events(rng, v):
    s = svc(rng)
    txt = ("const fetch = require('node-fetch');\n\nconst EVENTS_URL = 'https://events.pagerduty.com/v2/enqueue';\n\n"
           "async function page(summary, severity = 'critical', details = {}) {\n  const res = await fetch(EVENTS_URL, {\n"
           "    method: 'POST',\n    headers: { 'Content-Type': 'application/json' },\n    body: JSON.stringify({\n"
           "      routing_key: '%s',\n      event_action: 'trigger',\n      dedup_key: `%s-${summary}`,\n"
           "      payload: { summary, severity, source: '%s', custom_details: details },\n    }),\n  });\n"
           "  if (res.status !== 202) throw new Error(`PagerDuty enqueue failed: ${res.status}`);\n  return res.json();\n}\n\n"
           "module.exports = { page };\n" % (v, s, s))
    return rng.choice(["src/alerting/pager.js", "lib/pagerduty.js", "jobs/notify.js"]), txt


@pos("pagerduty", "rest_api_key", g_pd_rest)
def p_sh_pd_curl(rng, v):
    txt = ('#!/usr/bin/env bash\n# Put the %s service into maintenance for a deploy window.\nset -euo pipefail\n\n'
           'SERVICE_ID="%s"\nMINUTES="${1:-30}"\nSTART=$(date -u +%%Y-%%m-%%dT%%H:%%M:%%SZ)\n'
           'END=$(date -u -d "+${MINUTES} minutes" +%%Y-%%m-%%dT%%H:%%M:%%SZ)\n\n'
           'curl -sS -X POST https://api.pagerduty.com/maintenance_windows \\\n'
           '  -H "Accept: application/vnd.pagerduty+json;version=2" \\\n'
           '  -H "Authorization: Token token=%s" \\\n  -H "From: %s@%s.com" \\\n  -H "Content-Type: application/json" \\\n'
           '  -d "{\\"maintenance_window\\":{\\"type\\":\\"maintenance_window\\",\\"start_time\\":\\"$START\\",\\"end_time\\":\\"$END\\",'
           '\\"services\\":[{\\"id\\":\\"$SERVICE_ID\\",\\"type\\":\\"service_reference\\"}]}}"\n'
           % (svc(rng), pd_id(rng), v, rng.choice(["oncall", "sre-bot", "deploys"]), org(rng)))
    return rng.choice(["scripts/maintenance.sh", "bin/pd-maint.sh", "deploy/hooks/pre-deploy.sh"]), txt


@pos("pagerduty", "rest_api_key", g_pd_rest)
def p_gha_pd_env(rng, v):
    txt = ("name: deploy\n\non:\n  push:\n    branches: [main]\n\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"
           "    env:\n      PAGERDUTY_TOKEN: %s\n      PD_SERVICE_ID: %s\n    steps:\n      - uses: actions/checkout@v4\n"
           "      - name: Create change event\n        run: |\n          curl -sS https://api.pagerduty.com/change_events \\\n"
           "            -H \"Authorization: Token token=$PAGERDUTY_TOKEN\" -H 'Content-Type: application/json' \\\n"
           "            -d '{\"summary\": \"deploy ${{ github.sha }}\"}'\n      - run: make deploy ENV=%s\n"
           % (v, pd_id(rng), rng.choice(ENVS)))
    return ".github/workflows/deploy.yml", txt


@pos("pagerduty", "events_routing_key", g_pd_events)
def p_md_postmortem_pd(rng, v):
    n = rng.randint(1200, 9800)
    txt = ("# Postmortem: %s outage (%s)\n\n**Incident:** #%d  \n**Severity:** SEV-%d  \n**Commander:** %s\n\n"
           "## Summary\n\nAlerts for `%s` never paged because the Alertmanager receiver pointed at the retired service.\n\n"
           "## Timeline (UTC)\n\n- %s first `HighErrorRate` alert fires, routed to the old receiver\n"
           "- %s customer reports via support\n- %s manual page sent with:\n\n```bash\n"
           "curl -X POST https://events.pagerduty.com/v2/enqueue -H 'Content-Type: application/json' -d '{\n"
           "  \"routing_key\": \"%s\",\n  \"event_action\": \"trigger\",\n"
           "  \"payload\": {\"summary\": \"%s 5xx > 20%%\", \"source\": \"manual\", \"severity\": \"critical\"}\n}'\n```\n\n"
           "## Action items\n\n- [ ] Add a synthetic check for the receiver\n- [ ] Move routing keys to the secret store\n"
           % (svc(rng), date(rng), n, rng.randint(1, 3), person(rng), svc(rng), hm(rng), hm(rng), hm(rng), v, svc(rng)))
    return rng.choice(["docs/postmortems/%s-checkout.md" % date(rng), "postmortems/INC-%d.md" % n]), txt


@pos("pagerduty", "rest_api_key", g_pd_rest, slot="hdr")
def p_http_pd(rng, v):
    txt = ("### List open incidents\nGET https://api.pagerduty.com/incidents?statuses[]=triggered&statuses[]=acknowledged\n"
           "Accept: application/vnd.pagerduty+json;version=2\nAuthorization: Token token=%s\n\n"
           "### Who is on call for the platform policy\nGET https://api.pagerduty.com/oncalls?escalation_policy_ids[]=%s\n"
           "Accept: application/vnd.pagerduty+json;version=2\nAuthorization: Token token={{pd_token}}\n" % (v, pd_id(rng)))
    return rng.choice(["requests/pagerduty.http", "api/oncall.http", "http/pd.http"]), txt


@pos("pagerduty", "webhook_signing_secret", g_pd_whsec)
def p_py_pd_whsec(rng, v):
    name = rng.choice(["WEBHOOK_SECRET", "PD_WEBHOOK_SIGNING_SECRET", "signing_key"])
    txt = ('import hashlib\nimport hmac\n\nfrom flask import Flask, abort, request\n\napp = Flask(__name__)\n\n'
           '%s = "%s"\n\n\ndef verify(body: bytes, header: str) -> bool:\n'
           '    expected = "v1=" + hmac.new(%s.encode(), body, hashlib.sha256).hexdigest()\n'
           '    return any(hmac.compare_digest(expected, sig.strip()) for sig in header.split(","))\n\n\n'
           '@app.post("/hooks/pagerduty")\ndef pagerduty_hook():\n'
           '    if not verify(request.get_data(), request.headers.get("X-PagerDuty-Signature", "")):\n        abort(403)\n'
           '    event = request.get_json()["event"]\n    app.logger.info("pd event %%s %%s", event["event_type"], event["data"]["id"])\n'
           '    return "", 204\n' % (name, v, name))
    return rng.choice(["app/webhooks/pagerduty.py", "services/hooks/pd_receiver.py", "webhook.py"]), txt


@pos("pagerduty", "events_routing_key", g_pd_events)
def p_dockerfile_pd(rng, v):
    txt = ("FROM python:3.12-slim\n\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n"
           "COPY . .\n\nENV PYTHONUNBUFFERED=1 \\\n    CHECK_INTERVAL=60 \\\n    PD_ROUTING_KEY=%s\n\n"
           "HEALTHCHECK CMD python -c \"import urllib.request; urllib.request.urlopen('http://localhost:8080/healthz')\"\n"
           "CMD [\"python\", \"-m\", \"watchdog\", \"--target\", \"%s\"]\n" % (v, svc(rng)))
    return rng.choice(["Dockerfile", "docker/watchdog/Dockerfile", "images/prober/Dockerfile"]), txt


@pos("pagerduty", "rest_api_key", g_pd_rest)
def p_ini_pd(rng, v):
    txt = ("[general]\nlog_level = info\ntimezone = UTC\n\n[pagerduty]\napi_key = %s\nfrom_email = %s@%s.com\n"
           "default_escalation_policy = %s\n\n[slack]\nchannel = #incidents\nwebhook_file = /run/secrets/slack\n"
           % (v, rng.choice(["ops", "oncall"]), org(rng), pd_id(rng)))
    return rng.choice(["config/oncall.ini", "etc/pdsync.ini", "settings.ini"]), txt


@pos("pagerduty", "events_integration_key", g_pd_events)
def p_json_grafana_cp(rng, v):
    d = {"apiVersion": 1, "contactPoints": [{"orgId": 1, "name": "pagerduty-%s" % team(rng), "receivers": [
        {"uid": rs(rng, LOWNUM, 9), "type": "pagerduty", "settings": {
            "integrationKey": v, "severity": "critical", "class": "ping failure", "component": svc(rng)},
         "disableResolveMessage": False}]}]}
    return rng.choice(["grafana/provisioning/alerting/contactpoints.json", "provisioning/contact-points.json"]), json.dumps(d, indent=2) + "\n"


@pos("pagerduty", "events_routing_key", g_pd_events)
def p_ts_pd_config(rng, v):
    s = svc(rng)
    txt = ("export interface AlertTarget {\n  name: string;\n  integrationKey: string;\n  urgency: 'high' | 'low';\n}\n\n"
           "export const targets: AlertTarget[] = [\n  {\n    name: '%s',\n    integrationKey: '%s',\n    urgency: 'high',\n  },\n"
           "  {\n    name: '%s-batch',\n    integrationKey: process.env.PD_BATCH_KEY ?? '',\n    urgency: 'low',\n  },\n];\n"
           % (s, v, s))
    return rng.choice(["src/config/alerting.ts", "packages/alerts/src/targets.ts"]), txt


@pos("pagerduty", "rest_api_key", g_pd_rest)
def p_env_pd(rng, v):
    txt = ("APP_ENV=%s\nLOG_LEVEL=debug\nPAGERDUTY_API_TOKEN=%s\nPAGERDUTY_FROM=oncall@%s.com\nREDIS_URL=redis://localhost:6379/0\n"
           % (rng.choice(ENVS), v, org(rng)))
    return rng.choice([".env", ".env.local", ".env.production"]), txt


@pos("pagerduty", "rest_api_key", g_pd_rest)
def p_log_pd_leak(rng, v):
    lines = []
    for i in range(4):
        lines.append("%s INFO  pdsync: fetched %d schedules in %dms" % (ts(rng), rng.randint(3, 40), rng.randint(80, 900)))
    lines.append("%s DEBUG http: GET https://api.pagerduty.com/schedules/%s headers={'Accept': 'application/vnd.pagerduty+json;version=2', 'Authorization': 'Token token=%s'}" % (ts(rng), pd_id(rng), v))
    lines.append("%s WARN  pdsync: rate limited, sleeping 2s" % ts(rng))
    return rng.choice(["logs/pdsync.log", "var/log/oncall-sync.log", "debug/run-%s.log" % date(rng)]), "\n".join(lines) + "\n"


@pos("pagerduty", "events_routing_key", g_pd_events)
def p_csv_pd_services(rng, v):
    rows = ["service,owner_team,escalation_policy,integration_key"]
    idx = rng.randint(0, 3)
    for i in range(4):
        k = v if i == idx else "(vault) secret/pagerduty/%s" % svc(rng)
        rows.append("%s,%s,%s,%s" % (svc(rng), team(rng), pd_id(rng), k))
    return rng.choice(["docs/service-inventory.csv", "data/oncall_services.csv"]), "\n".join(rows) + "\n"


@pos("pagerduty", "webhook_signing_secret", g_pd_whsec)
def p_sql_pd_whsec(rng, v):
    txt = ("-- seed webhook subscriptions for local dev\nINSERT INTO webhook_subscriptions (id, provider, url, signing_secret, created_at)\n"
           "VALUES\n  (%d, 'pagerduty', 'https://hooks.%s.dev/pagerduty', '%s', '%s');\n\n"
           "INSERT INTO teams (id, name, pd_escalation_policy) VALUES (%d, '%s', '%s');\n"
           % (rng.randint(1, 90), org(rng), v, ts(rng), rng.randint(1, 90), team(rng), pd_id(rng)))
    return rng.choice(["db/seeds/webhooks.sql", "migrations/seed_dev.sql"]), txt


# ================================================================ Opsgenie
@pos("opsgenie", "api_key", g_uuid)
def p_am_opsgenie(rng, v):
    blk = ("  - name: opsgenie\n    opsgenie_configs:\n      - api_key: %s\n        api_url: https://api.%sopsgenie.com/\n"
           "        message: '{{ .CommonLabels.alertname }}'\n        priority: '{{ if eq .CommonLabels.severity \"critical\" }}P1{{ else }}P3{{ end }}'\n"
           "        responders:\n          - name: %s\n            type: team\n" % (v, rng.choice(["", "eu."]), team(rng)))
    return rng.choice(AM_PATHS), am_file(rng, "opsgenie", blk)


@pos("opsgenie", "api_key", g_uuid)
def p_tf_opsgenie(rng, v):
    t = team(rng)
    txt = ('provider "opsgenie" {\n  api_key = "%s"\n  api_url = "api.%sopsgenie.com"\n}\n\n'
           'resource "opsgenie_team" "%s" {\n  name        = "%s"\n  description = "Owns %s"\n}\n\n'
           'resource "opsgenie_heartbeat" "nightly_backup" {\n  name          = "nightly-backup"\n  interval_unit = "hours"\n'
           '  interval      = 25\n  enabled       = true\n  owner_team_id = opsgenie_team.%s.id\n}\n'
           % (v, rng.choice(["", "eu."]), t.replace("-", "_"), t, svc(rng), t.replace("-", "_")))
    return rng.choice(["terraform/opsgenie.tf", "infra/oncall/opsgenie/main.tf"]), txt


@pos("opsgenie", "api_key", g_uuid, slot="hdr")
def p_py_opsgenie_hb(rng, v):
    txt = ('import logging\n\nimport requests\n\nlog = logging.getLogger(__name__)\n\n\n'
           'def ping_heartbeat(name: str) -> None:\n    """Tell Opsgenie the nightly job finished."""\n'
           '    url = f"https://api.opsgenie.com/v2/heartbeats/{name}/ping"\n'
           '    resp = requests.post(url, headers={"Authorization": "GenieKey %s"}, timeout=10)\n'
           '    if resp.status_code != 202:\n        log.warning("heartbeat %%s failed: %%s", name, resp.text)\n\n\n'
           'if __name__ == "__main__":\n    ping_heartbeat("%s-nightly")\n' % (v, svc(rng)))
    return rng.choice(["jobs/heartbeat.py", "backup/notify.py", "cron/opsgenie_ping.py"]), txt


@pos("opsgenie", "api_key", g_uuid, slot="hdr")
def p_sh_opsgenie_cron(rng, v):
    txt = ("#!/bin/sh\n# crontab: 15 2 * * * /opt/backup/run.sh\nset -e\n\n/opt/backup/pg_dump_all.sh /srv/backups/$(date +%%F)\n\n"
           "curl -fsS -X POST 'https://api.eu.opsgenie.com/v2/heartbeats/pg-backup/ping' \\\n  -H 'Authorization: GenieKey %s'\n" % v)
    return rng.choice(["opt/backup/run.sh", "scripts/backup-and-ping.sh"]), txt


@pos("opsgenie", "api_key", g_uuid)
def p_go_opsgenie(rng, v):
    txt = ('package alerts\n\nimport (\n\t"github.com/opsgenie/opsgenie-go-sdk-v2/alert"\n\t"github.com/opsgenie/opsgenie-go-sdk-v2/client"\n)\n\n'
           'func newAlertClient() (*alert.Client, error) {\n\treturn alert.NewClient(&client.Config{\n'
           '\t\tApiKey:         "%s",\n\t\tOpsGenieAPIURL: client.API_URL_EU,\n\t\tRetryCount:     3,\n\t})\n}\n' % v)
    return rng.choice(["internal/alerts/opsgenie.go", "pkg/notify/og.go"]), txt


@pos("opsgenie", "api_key", g_uuid)
def p_json_appsettings_og(rng, v):
    key = rng.choice(["OpsgenieApiKey", "ApiKey", "GenieKey"])
    d = {"Logging": {"LogLevel": {"Default": "Information"}}, "Alerting": {"Provider": "Opsgenie", key: v,
         "Team": team(rng), "Region": rng.choice(["US", "EU"])}, "AllowedHosts": "*"}
    return rng.choice(["src/Api/appsettings.Production.json", "appsettings.json"]), json.dumps(d, indent=2) + "\n"


@pos("opsgenie", "api_key", g_uuid, slot="hdr")
def p_md_runbook_og(rng, v):
    txt = ("# Runbook: silence a flapping Opsgenie alert\n\n1. Find the alert alias in the Opsgenie UI (e.g. `%s-disk`).\n"
           "2. Acknowledge it from the CLI:\n\n```\ncurl -X POST 'https://api.opsgenie.com/v2/alerts/%s-disk/acknowledge?identifierType=alias' \\\n"
           "  -H 'Authorization: GenieKey %s' -H 'Content-Type: application/json' -d '{\"user\":\"oncall\"}'\n```\n\n"
           "3. Open a ticket for the owning team (%s).\n" % (svc(rng), svc(rng), v, team(rng)))
    return rng.choice(["runbooks/opsgenie-ack.md", "docs/runbooks/flapping-alerts.md"]), txt


# ================================================================ incident.io / FireHydrant / Rootly / Squadcast
@pos("incident.io", "api_key", g_incidentio)
def p_tf_incidentio(rng, v):
    txt = ('terraform {\n  required_providers {\n    incident = {\n      source = "incident-io/incident"\n    }\n  }\n}\n\n'
           'provider "incident" {\n  api_key = "%s"\n}\n\nresource "incident_severity" "minor" {\n  name        = "Minor"\n'
           '  description = "Issues with low impact."\n  rank        = 1\n}\n' % v)
    return rng.choice(["terraform/incident-io/main.tf", "incident.tf"]), txt


@pos("incident.io", "api_key", g_incidentio, slot="hdr")
def p_py_incidentio(rng, v):
    txt = ('import httpx\n\nclient = httpx.Client(\n    base_url="https://api.incident.io",\n'
           '    headers={"Authorization": "Bearer %s"},\n    timeout=20,\n)\n\n\n'
           'def declare(name: str, severity_id: str) -> str:\n    r = client.post("/v2/incidents", json={\n'
           '        "idempotency_key": name,\n        "name": name,\n        "severity_id": severity_id,\n'
           '        "visibility": "public",\n    })\n    r.raise_for_status()\n    return r.json()["incident"]["id"]\n' % v)
    return rng.choice(["bots/declare_incident.py", "src/integrations/incidentio.py"]), txt


@pos("incident.io", "api_key", g_incidentio, slot="hdr")
def p_gha_incidentio(rng, v):
    txt = ("name: nightly-e2e\non:\n  schedule:\n    - cron: '0 3 * * *'\njobs:\n  e2e:\n    runs-on: ubuntu-latest\n    steps:\n"
           "      - uses: actions/checkout@v4\n      - run: npm ci && npm run e2e\n      - name: Raise incident on failure\n"
           "        if: failure()\n        run: |\n          curl -sS https://api.incident.io/v2/alert_events/http/%s \\\n"
           "            -H 'Authorization: Bearer %s' -H 'Content-Type: application/json' \\\n"
           "            -d '{\"title\": \"nightly e2e failed\", \"status\": \"firing\", \"deduplication_key\": \"e2e-${{ github.run_id }}\"}'\n"
           % (rs(rng, UPNUM, 26), v))
    return ".github/workflows/nightly-e2e.yml", txt


@pos("firehydrant", "bot_token", g_firehydrant)
def p_go_firehydrant(rng, v):
    txt = ('package fh\n\nimport (\n\t"net/http"\n\t"time"\n)\n\nconst (\n\tbaseURL  = "https://api.firehydrant.io/v1"\n'
           '\tbotToken = "%s"\n)\n\nfunc newRequest(method, path string) (*http.Request, error) {\n'
           '\treq, err := http.NewRequest(method, baseURL+path, nil)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n'
           '\treq.Header.Set("Authorization", botToken)\n\treturn req, nil\n}\n\nvar client = &http.Client{Timeout: 15 * time.Second}\n' % v)
    return rng.choice(["internal/fh/client.go", "pkg/firehydrant/api.go"]), txt


@pos("firehydrant", "bot_token", g_firehydrant)
def p_yaml_firehydrant(rng, v):
    txt = ("# chatops bot settings\nbot:\n  name: incident-bot\n  slack_channel: '#inc-%s'\nintegrations:\n  firehydrant:\n"
           "    enabled: true\n    token: %s\n    runbook_id: %s\n  statuspage:\n    enabled: false\n"
           % (team(rng), v, uuid4(rng)))
    return rng.choice(["config/bot.yaml", "chatops/settings.yml"]), txt


@pos("rootly", "api_key", g_rootly, slot="hdr")
def p_backstage_rootly(rng, v):
    txt = ("app:\n  title: %s Developer Portal\n  baseUrl: https://backstage.%s.io\n\nproxy:\n  '/rootly/api':\n"
           "    target: https://api.rootly.com\n    headers:\n      Authorization: Bearer %s\n  '/pagerduty':\n"
           "    target: https://api.pagerduty.com\n    headers:\n      Authorization: Token token=${PAGERDUTY_TOKEN}\n"
           % (org(rng).title(), org(rng), v))
    return rng.choice(["app-config.production.yaml", "backstage/app-config.yaml"]), txt


@pos("rootly", "api_key", g_rootly)
def p_tf_rootly(rng, v):
    txt = ('provider "rootly" {\n  api_host  = "https://api.rootly.com"\n  api_token = "%s"\n}\n\n'
           'resource "rootly_severity" "sev0" {\n  name  = "SEV0"\n  color = "#FF0000"\n}\n' % v)
    return rng.choice(["terraform/rootly/main.tf", "rootly.tf"]), txt


@pos("squadcast", "webhook_url_key", g_hex40, slot="url")
def p_am_squadcast(rng, v):
    blk = ("  - name: squadcast\n    webhook_configs:\n      - url: 'https://api.squadcast.com/v2/incidents/prometheus/%s'\n"
           "        send_resolved: true\n" % v)
    return rng.choice(AM_PATHS), am_file(rng, "squadcast", blk)


@pos("squadcast", "refresh_token", g_hex32)
def p_py_squadcast(rng, v):
    name = rng.choice(["SQUADCAST_REFRESH_TOKEN", "refresh_token", "TOKEN"])
    txt = ('import requests\n\n%s = "%s"\n\n\ndef access_token() -> str:\n'
           '    r = requests.get("https://auth.squadcast.com/oauth/access-token",\n'
           '                     headers={"X-Refresh-Token": %s}, timeout=10)\n    r.raise_for_status()\n'
           '    return r.json()["data"]["access_token"]\n' % (name, v, name))
    return rng.choice(["tools/squadcast_auth.py", "scripts/sc_token.py"]), txt


# ================================================================ Splunk On-Call (VictorOps)
@pos("splunk-oncall", "api_key", g_uuid)
def p_am_victorops(rng, v):
    blk = ("  - name: victorops\n    victorops_configs:\n      - api_key: %s\n        routing_key: %s\n"
           "        entity_display_name: '{{ .CommonAnnotations.summary }}'\n" % (v, team(rng)))
    return rng.choice(AM_PATHS), am_file(rng, "victorops", blk)


@pos("splunk-oncall", "rest_endpoint_key", g_uuid, slot="url")
def p_sh_victorops(rng, v):
    txt = ('#!/usr/bin/env bash\n# Send a CRITICAL to Splunk On-Call when the smoke test fails\nENTITY="smoke/%s"\n'
           'if ! ./smoke.sh; then\n  curl -sS -X POST \\\n'
           '    "https://alert.victorops.com/integrations/generic/20131114/alert/%s/%s" \\\n'
           '    -H "Content-Type: application/json" \\\n'
           '    -d "{\\"message_type\\":\\"CRITICAL\\",\\"entity_id\\":\\"$ENTITY\\",\\"state_message\\":\\"smoke failed\\"}"\nfi\n'
           % (svc(rng), v, team(rng)))
    return rng.choice(["ci/smoke-and-page.sh", "scripts/page-on-failure.sh"]), txt


@pos("splunk-oncall", "rest_endpoint_key", g_uuid, slot="url")
def p_json_victorops(rng, v):
    d = {"notifiers": [{"type": "victorops", "name": "splunk-oncall-%s" % team(rng),
                        "url": "https://alert.victorops.com/integrations/generic/20131114/alert/%s/%s" % (v, team(rng)),
                        "autoResolve": True}, {"type": "email", "name": "mail", "addresses": "ops@%s.com" % org(rng)}]}
    return rng.choice(["monitoring/notifiers.json", "config/notifiers.json"]), json.dumps(d, indent=2) + "\n"


@pos("splunk-oncall", "api_key", g_vo_key, slot="hdr")
def p_py_vo_api(rng, v):
    txt = ('import requests\n\nVO_API = "https://api.victorops.com/api-public/v1"\nHEADERS = {\n'
           '    "X-VO-Api-Id": "%s",\n    "X-VO-Api-Key": "%s",\n    "Accept": "application/json",\n}\n\n\n'
           'def on_call(team_slug):\n    r = requests.get(f"{VO_API}/team/{team_slug}/oncall/schedule", headers=HEADERS, timeout=15)\n'
           '    r.raise_for_status()\n    return r.json()\n' % (hexs(rng, 8), v))
    return rng.choice(["oncall/victorops.py", "scripts/vo_schedule.py"]), txt


# ================================================================ xMatters
@pos("xmatters", "trigger_url_apikey", g_uuid, slot="url")
def p_js_xmatters(rng, v):
    o = org(rng)
    txt = ("const axios = require('axios');\n\nconst TRIGGER =\n  'https://%s.xmatters.com/api/integration/1/functions/%s/triggers?apiKey=%s';\n\n"
           "async function notify(recipients, headline) {\n  const { data } = await axios.post(TRIGGER, {\n"
           "    properties: { headline, service: '%s' },\n    recipients: recipients.map((id) => ({ id })),\n  });\n"
           "  return data.requestId;\n}\n\nmodule.exports = { notify };\n" % (o, uuid4(rng), v, svc(rng)))
    return rng.choice(["src/xmatters.js", "lib/notify/xmatters.js"]), txt


@pos("xmatters", "basic_auth_password", g_password)
def p_props_xmatters(rng, v):
    o = org(rng)
    txt = ("# xMatters integration agent\nxmatters.url=https://%s.xmatters.com\nxmatters.username=svc-integration\n"
           "xmatters.password=%s\nxmatters.form=%s-incident\nhttp.proxy.host=proxy.%s.internal\nhttp.proxy.port=3128\n"
           % (o, v, svc(rng), o))
    return rng.choice(["conf/xmatters.properties", "src/main/resources/xmatters.properties"]), txt


# ================================================================ Grafana OnCall
@pos("grafana-oncall", "integration_url_token", g_oncall_url, slot="url")
def p_am_oncall(rng, v):
    blk = ("  - name: grafana-oncall\n    webhook_configs:\n"
           "      - url: https://oncall-prod-%s-0.grafana.net/oncall/integrations/v1/alertmanager/%s/\n"
           "        send_resolved: true\n        max_alerts: 100\n" % (rng.choice(["us-central", "eu-west"]), v))
    return rng.choice(AM_PATHS), am_file(rng, "grafana-oncall", blk)


@pos("grafana-oncall", "api_token", g_hex64)
def p_tf_oncall(rng, v):
    txt = ('provider "grafana" {\n  alias               = "oncall"\n  oncall_access_token = "%s"\n'
           '  oncall_url          = "https://oncall-prod-us-central-0.grafana.net/oncall"\n}\n\n'
           'data "grafana_oncall_team" "%s" {\n  provider = grafana.oncall\n  name     = "%s"\n}\n'
           % (v, team(rng).replace("-", "_"), team(rng)))
    return rng.choice(["terraform/grafana/oncall.tf", "infra/oncall.tf"]), txt


@pos("grafana-oncall", "integration_url_token", g_oncall_url, slot="url")
def p_helm_oncall(rng, v):
    txt = ("alertmanager:\n  config:\n    receivers:\n      - name: oncall\n        webhook_configs:\n"
           "          - url: \"https://oncall.%s.internal/integrations/v1/alertmanager/%s/\"\n            send_resolved: true\n"
           "    route:\n      receiver: oncall\nserver:\n  persistentVolume:\n    size: 50Gi\n" % (org(rng), v))
    return rng.choice(["charts/prometheus/values.yaml", "deploy/monitoring/values-oncall.yaml"]), txt


# ================================================================ Zenduty
@pos("zenduty", "integration_key", g_uuid, slot="url")
def p_am_zenduty(rng, v):
    blk = ("  - name: zenduty\n    webhook_configs:\n      - url: 'https://www.zenduty.com/api/integration/prometheus/%s/'\n"
           "        send_resolved: true\n" % v)
    return rng.choice(AM_PATHS), am_file(rng, "zenduty", blk)


@pos("zenduty", "api_token", g_hex40, slot="hdr")
def p_py_zenduty(rng, v):
    txt = ('import requests\n\nsession = requests.Session()\nsession.headers.update({"Authorization": "Token %s"})\n\n\n'
           'def list_incidents(page=1):\n    r = session.get("https://www.zenduty.com/api/incidents/", params={"page": page}, timeout=15)\n'
           '    r.raise_for_status()\n    return r.json()["results"]\n' % v)
    return rng.choice(["integrations/zenduty_client.py", "scripts/zenduty_report.py"]), txt


# ================================================================ Better Stack
@pos("betterstack", "heartbeat_url_token", g_bs24, slot="url")
def p_sh_betterstack_hb(rng, v):
    txt = ("#!/usr/bin/env bash\nset -euo pipefail\n\nrestic backup /srv/data --tag nightly\nrestic forget --keep-daily 7 --prune\n\n"
           "# tell Better Stack we're alive\ncurl -fsS --retry 3 https://uptime.betterstack.com/api/v1/heartbeat/%s > /dev/null\n" % v)
    return rng.choice(["backup/nightly.sh", "cron/restic-backup.sh"]), txt


@pos("betterstack", "api_token", g_bs24)
def p_tf_betterstack(rng, v):
    txt = ('provider "betteruptime" {\n  api_token = "%s"\n}\n\nresource "betteruptime_monitor" "%s" {\n'
           '  url          = "https://%s.%s.com/healthz"\n  monitor_type = "status"\n  check_frequency = 60\n}\n'
           % (v, svc(rng).replace("-", "_"), svc(rng), org(rng)))
    return rng.choice(["terraform/uptime.tf", "infra/betterstack/main.tf"]), txt


@pos("betterstack", "heartbeat_url_token", g_bs24, slot="url")
def p_k8s_cron_bs(rng, v):
    txt = ("apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: %s-reindex\n  namespace: %s\nspec:\n  schedule: \"0 */6 * * *\"\n"
           "  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n"
           "            - name: reindex\n              image: registry.%s.io/%s:%d.%d.%d\n              args: [\"reindex\", \"--all\"]\n"
           "              env:\n                - name: HEARTBEAT_URL\n"
           "                  value: https://uptime.betterstack.com/api/v1/heartbeat/%s\n"
           % (svc(rng), team(rng), org(rng), svc(rng), rng.randint(1, 4), rng.randint(0, 30), rng.randint(0, 9), v))
    return rng.choice(["k8s/cronjobs/reindex.yaml", "deploy/cron-reindex.yml"]), txt


# ================================================================ ilert
@pos("ilert", "integration_key", g_ilert_api, slot="url")
def p_am_ilert(rng, v):
    blk = ("  - name: ilert\n    webhook_configs:\n      - url: 'https://api.ilert.com/api/v1/events/prometheus/%s'\n"
           "        send_resolved: true\n" % v)
    return rng.choice(AM_PATHS), am_file(rng, "ilert", blk)


@pos("ilert", "integration_key", g_ilert_api)
def p_js_ilert(rng, v):
    txt = ("const { ILert } = require('ilert');\n\nconst ilert = new ILert();\n\nasync function raise(summary) {\n"
           "  return ilert.event().create(\n    '%s',\n    ILert.EVENT_TYPES.ALERT,\n    summary,\n    { incidentKey: '%s' }\n  );\n}\n\n"
           "module.exports = { raise };\n" % (v, svc(rng)))
    return rng.choice(["src/alerting/ilert.js", "jobs/raise-ilert.js"]), txt


@pos("ilert", "heartbeat_key", g_ilert_hbt, slot="url")
def p_sh_ilert_hb(rng, v):
    txt = ("#!/bin/sh\n# heartbeat for the ETL job\npython -m etl.run --date \"$(date -d yesterday +%%F)\" && \\\n"
           "  curl -fsS \"https://api.ilert.com/api/heartbeats/%s\"\n" % v)
    return rng.choice(["etl/run.sh", "bin/etl-heartbeat.sh"]), txt


# ================================================================ Spike.sh
@pos("spike.sh", "webhook_url_token", g_hex32, slot="url")
def p_am_spike(rng, v):
    blk = ("  - name: spike\n    webhook_configs:\n      - url: https://hooks.spike.sh/%s/push-events\n"
           "        send_resolved: true\n" % v)
    return rng.choice(AM_PATHS), am_file(rng, "spike", blk)


@pos("spike.sh", "webhook_url_token", g_hex32, slot="url")
def p_gha_spike(rng, v):
    txt = ("name: release\non:\n  release:\n    types: [published]\njobs:\n  notify:\n    runs-on: ubuntu-latest\n    steps:\n"
           "      - name: Notify on-call of release\n        run: |\n"
           "          curl -X POST https://hooks.spike.sh/%s/push-events \\\n"
           "            -H 'Content-Type: application/json' \\\n"
           "            -d '{\"title\": \"release ${{ github.event.release.tag_name }}\", \"status\": \"resolved\"}'\n" % v)
    return ".github/workflows/release-notify.yml", txt


# ================================================================ Statuspage / Instatus
@pos("statuspage", "api_key", g_hex64, slot="hdr")
def p_py_statuspage(rng, v):
    pid = page_id(rng)
    txt = ('import requests\n\nPAGE_ID = "%s"  # public, shown in the status page URL\nAPI = f"https://api.statuspage.io/v1/pages/{PAGE_ID}"\n'
           'SESSION = requests.Session()\nSESSION.headers["Authorization"] = "OAuth %s"\n\n\n'
           'def set_component(component_id: str, status: str) -> None:\n'
           '    r = SESSION.patch(f"{API}/components/{component_id}", json={"component": {"status": status}}, timeout=10)\n'
           '    r.raise_for_status()\n\n\nif __name__ == "__main__":\n    set_component("%s", "degraded_performance")\n'
           % (pid, v, page_id(rng)))
    return rng.choice(["tools/statuspage.py", "status/update_component.py"]), txt


@pos("statuspage", "api_key", g_hex64)
def p_tf_statuspage(rng, v):
    txt = ('provider "statuspage" {\n  api_key = "%s"\n}\n\nvariable "page_id" {\n  default = "%s"\n}\n\n'
           'resource "statuspage_component" "%s" {\n  page_id     = var.page_id\n  name        = "%s"\n'
           '  description = "Public API"\n  status      = "operational"\n}\n' % (v, page_id(rng), svc(rng).replace("-", "_"), svc(rng)))
    return rng.choice(["terraform/statuspage/main.tf", "status.tf"]), txt


@pos("statuspage", "api_key", g_hex64, slot="hdr")
def p_sh_statuspage(rng, v):
    txt = ('#!/usr/bin/env bash\n# usage: ./incident.sh "Elevated error rates on checkout"\nPAGE=%s\n\n'
           'curl -sS https://api.statuspage.io/v1/pages/$PAGE/incidents \\\n  -H "Authorization: OAuth %s" \\\n'
           '  -d "incident[name]=$1" \\\n  -d "incident[status]=investigating" \\\n  -d "incident[component_ids][]=%s"\n'
           % (page_id(rng), v, page_id(rng)))
    return rng.choice(["scripts/statuspage-incident.sh", "bin/open-status-incident"]), txt


@pos("statuspage", "api_key", g_hex64)
def p_gha_statuspage(rng, v):
    txt = ("name: maintenance-window\non:\n  workflow_dispatch:\n    inputs:\n      minutes:\n        default: '30'\n"
           "jobs:\n  announce:\n    runs-on: ubuntu-latest\n    env:\n      STATUSPAGE_PAGE_ID: %s\n      STATUSPAGE_API_KEY: %s\n"
           "    steps:\n      - uses: actions/checkout@v4\n      - run: python tools/announce_maintenance.py --minutes ${{ inputs.minutes }}\n"
           % (page_id(rng), v))
    return ".github/workflows/maintenance.yml", txt


@pos("instatus", "api_key", g_hex32, slot="hdr")
def p_ts_instatus(rng, v):
    txt = ("const INSTATUS = 'https://api.instatus.com/v1';\n\nexport async function listPages(): Promise<unknown[]> {\n"
           "  const res = await fetch(`${INSTATUS}/pages`, {\n    headers: { Authorization: 'Bearer %s' },\n  });\n"
           "  if (!res.ok) throw new Error(`instatus ${res.status}`);\n  return res.json();\n}\n" % v)
    return rng.choice(["src/lib/instatus.ts", "apps/status-bot/src/instatus.ts"]), txt


@pos("instatus", "api_key", g_hex32)
def p_toml_instatus(rng, v):
    txt = ('[status]\nprovider = "instatus"\npage_url = "https://%s.instatus.com"\napi_key = "%s"\n\n[checks]\ninterval = "30s"\n'
           'targets = ["https://%s.%s.com/healthz"]\n' % (org(rng), v, svc(rng), org(rng)))
    return rng.choice(["config/status.toml", "statusbot.toml"]), txt


# ================================================================ basic-auth webhooks
@pos("alertmanager", "basic_auth_password", g_password)
def p_am_basic_auth(rng, v):
    blk = ("  - name: incident-bridge\n    webhook_configs:\n      - url: https://incident-bridge.%s.internal/alertmanager\n"
           "        http_config:\n          basic_auth:\n            username: alertmanager\n            password: '%s'\n"
           "        send_resolved: true\n" % (org(rng), v))
    return rng.choice(AM_PATHS), am_file(rng, "incident-bridge", blk)


@pos("alertmanager", "url_password", g_password, slot="url")
def p_am_url_password(rng, v):
    blk = ("  - name: xmatters\n    webhook_configs:\n      - url: 'https://svc-alertmanager:%s@%s.xmatters.com/api/integration/1/functions/%s/triggers'\n"
           "        send_resolved: true\n" % (v, org(rng), uuid4(rng)))
    return rng.choice(AM_PATHS), am_file(rng, "xmatters", blk)


@pos("prometheus", "basic_auth_password", g_password)
def p_prom_am_auth(rng, v):
    txt = ("global:\n  scrape_interval: 30s\n  evaluation_interval: 30s\n\nrule_files:\n  - /etc/prometheus/rules/*.yml\n\n"
           "alerting:\n  alertmanagers:\n    - scheme: https\n      basic_auth:\n        username: prometheus\n        password: %s\n"
           "      static_configs:\n        - targets: ['alertmanager.%s.internal:9093']\n\nscrape_configs:\n  - job_name: node\n"
           "    static_configs:\n      - targets: ['%s:9100']\n" % (v, org(rng), host(rng)))
    return rng.choice(["prometheus/prometheus.yml", "monitoring/prometheus.yml"]), txt


@pos("pagerduty", "rest_api_key", g_pd_rest)
def p_md_handover(rng, v):
    txt = ("# On-call handover %s\n\nOutgoing: %s  \nIncoming: %s\n\n## Open items\n\n- #%d `%s` still acknowledged, waiting on vendor\n"
           "- Escalation policy %s edited to add secondary\n\n## Notes\n\nThe sync script uses my personal key for now (`%s`), "
           "replace with a service account key after the audit.\n" % (date(rng), person(rng), person(rng), rng.randint(1000, 9999),
                                                                     alert_name(rng), pd_id(rng), v))
    return rng.choice(["oncall/handover/%s.md" % date(rng), "docs/oncall/handover-notes.md"]), txt


@pos("opsgenie", "api_key", g_uuid)
def p_ini_og(rng, v):
    txt = ("[DEFAULT]\nenvironment = %s\n\n[opsgenie]\nkey = %s\nregion = eu\ndefault_priority = P3\n\n[smtp]\nhost = smtp.%s.internal\nport = 25\n"
           % (rng.choice(ENVS), v, org(rng)))
    return rng.choice(["etc/alerter.cfg", "config/notifier.ini"]), txt


@pos("betterstack", "api_token", g_bs24, slot="hdr")
def p_http_betterstack(rng, v):
    txt = ("@host = https://uptime.betterstack.com\n\n### list monitors\nGET {{host}}/api/v2/monitors\nAuthorization: Bearer %s\n\n"
           "### list incidents\nGET {{host}}/api/v3/incidents?from=%s\nAuthorization: Bearer {{token}}\n" % (v, date(rng)))
    return rng.choice(["http/betterstack.http", "requests/uptime.http"]), txt


@pos("rootly", "api_key", g_rootly)
def p_go_rootly(rng, v):
    txt = ('package main\n\nimport (\n\t"log"\n\n\trootly "github.com/rootlyhq/rootly-go"\n)\n\nfunc main() {\n'
           '\tc, err := rootly.NewClientWithResponses("https://api.rootly.com",\n'
           '\t\trootly.WithRequestEditorFn(bearer("%s")))\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n\t_ = c\n}\n' % v)
    return rng.choice(["cmd/rootly-sync/main.go", "tools/rootly/main.go"]), txt


# ================================================================ negatives: non-secret slot values
def placeholder(rng, gen, slot, provider):
    envname = {"pagerduty": "PAGERDUTY_TOKEN", "opsgenie": "OPSGENIE_API_KEY", "statuspage": "STATUSPAGE_API_KEY",
               "splunk-oncall": "VICTOROPS_API_KEY", "grafana-oncall": "ONCALL_TOKEN", "betterstack": "BETTERSTACK_TOKEN",
               "ilert": "ILERT_INTEGRATION_KEY", "zenduty": "ZENDUTY_KEY", "squadcast": "SQUADCAST_TOKEN",
               "incident.io": "INCIDENT_IO_API_KEY", "firehydrant": "FIREHYDRANT_TOKEN", "rootly": "ROOTLY_API_KEY",
               "instatus": "INSTATUS_API_KEY", "spike.sh": "SPIKE_WEBHOOK_TOKEN", "xmatters": "XMATTERS_API_KEY"
               }.get(provider, "ALERTMANAGER_PASSWORD")
    n = rng.random()
    if n < 0.18 and gen in DOC_EXAMPLES:
        return "doc_example", rng.choice(DOC_EXAMPLES[gen])
    if slot == "url":
        pool = [("placeholder", "<integration-key>"), ("placeholder", "YOUR_INTEGRATION_KEY"),
                ("placeholder", "x" * rng.choice([24, 32])), ("masked", "REDACTED"), ("masked", "********"),
                ("env_ref", "${%s}" % envname), ("template", "{{ .Values.oncall.%sKey }}" % rng.choice(["routing", "integration"])),
                ("template", "$(%s)" % envname), ("placeholder", "<routing-key>"), ("placeholder", "00000000-0000-0000-0000-000000000000")]
    else:
        pool = [("placeholder", "<your-api-key>"), ("placeholder", "YOUR_API_KEY_HERE"), ("placeholder", "changeme"),
                ("placeholder", "x" * rng.choice([20, 32])), ("empty", ""), ("masked", "****************"),
                ("masked", "[REDACTED]"), ("env_ref", "${%s}" % envname), ("env_ref", "$%s" % envname),
                ("secret_ref", "op://oncall/%s/credential" % provider), ("secret_ref", "vault:secret/data/%s#token" % provider),
                ("template", "{{ .Values.%s.token }}" % provider.replace(".", "").replace("-", "")),
                ("template", "${{ secrets.%s }}" % envname), ("placeholder", "<routing-key>"),
                ("placeholder", "TODO-set-in-secret-manager"), ("masked", "u+**************")]
    return rng.choice(pool)


NEG = []


def neg(provider, kind):
    def deco(f):
        NEG.append((f, provider, kind))
        return f
    return deco


def sha256(rng):
    return hexs(rng, 64)


@neg("pagerduty", "service_ids")
def n_pd_catalog(rng):
    rows = []
    for _ in range(rng.randint(3, 6)):
        rows.append("  - name: %s\n    pagerduty_service_id: %s\n    escalation_policy_id: %s\n    schedule_id: %s\n    tier: %d\n"
                    % (svc(rng), pd_id(rng), pd_id(rng), pd_id(rng), rng.randint(1, 3)))
    return rng.choice(["catalog/services.yaml", "ownership.yml"]), "services:\n" + "".join(rows)


@neg("pagerduty", "backstage_annotations")
def n_backstage(rng):
    txt = ("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: %s\n  annotations:\n"
           "    pagerduty.com/service-id: %s\n    pagerduty.com/integration-key: ${PD_INTEGRATION_KEY}\n"
           "    opsgenie.com/team: %s\n    rootly.com/service-id: %s\nspec:\n  type: service\n  lifecycle: production\n  owner: group:%s\n"
           % (svc(rng), pd_id(rng), team(rng), uuid4(rng), team(rng)))
    return "catalog-info.yaml", txt


@neg("pagerduty", "incident_ids")
def n_postmortem_ids(rng):
    n = rng.randint(1000, 9999)
    txt = ("# Incident review #%d\n\n| field | value |\n|---|---|\n| PagerDuty incident | %s |\n| Incident number | %d |\n"
           "| Service | %s (%s) |\n| Escalation policy | %s |\n| Dedup key | `%s/%s` |\n| Alert fingerprint | `%s` |\n\n"
           "## What happened\n\n%s was acknowledged by %s at %s; resolved at %s after rollback of `%s`.\n"
           % (n, inc_id(rng), n, svc(rng), pd_id(rng), pd_id(rng), svc(rng), alert_name(rng), hexs(rng, 16),
              alert_name(rng), person(rng), hm(rng), hm(rng), hexs(rng, 40)))
    return "docs/incidents/%d.md" % n, txt


@neg("alertmanager", "fingerprints")
def n_am_payload(rng):
    alerts = [{"status": "firing", "labels": {"alertname": alert_name(rng), "severity": "critical", "service": svc(rng)},
               "annotations": {"summary": "error budget burn", "runbook_url": "https://runbooks.%s.io/%s" % (org(rng), svc(rng))},
               "startsAt": ts(rng), "endsAt": "0001-01-01T00:00:00Z",
               "generatorURL": "http://prometheus:9090/graph?g0.expr=up%3D%3D0", "fingerprint": hexs(rng, 16)}
              for _ in range(2)]
    d = {"version": "4", "groupKey": "{}/{severity=\"critical\"}:{alertname=\"%s\"}" % alert_name(rng),
         "truncatedAlerts": 0, "status": "firing", "receiver": "pagerduty", "alerts": alerts,
         "externalURL": "http://alertmanager:9093"}
    return rng.choice(["testdata/alertmanager_payload.json", "fixtures/am-webhook.json"]), json.dumps(d, indent=2) + "\n"


@neg("opsgenie", "request_ids")
def n_og_response(rng):
    d = {"result": "Request will be processed", "took": round(rng.random(), 3), "requestId": uuid4(rng)}
    d2 = {"data": {"success": True, "action": "Create", "processedAt": ts(rng), "integrationId": uuid4(rng),
                   "isSuccess": True, "status": "Created alert", "alertId": uuid4(rng), "alias": "%s-%s" % (svc(rng), alert_name(rng))},
          "took": 0.02, "requestId": uuid4(rng)}
    return rng.choice(["testdata/opsgenie_create.json", "fixtures/og-response.json"]), json.dumps([d, d2], indent=2) + "\n"


@neg("opsgenie", "alert_export")
def n_og_csv(rng):
    rows = ["tinyId,alias,alertId,status,owner,createdAt"]
    for _ in range(rng.randint(4, 8)):
        rows.append("%d,%s-%s,%s-%d,%s,%s,%s" % (rng.randint(100, 99999), svc(rng), alert_name(rng), uuid4(rng),
                                               rng.randint(1600000000000, 1720000000000), rng.choice(["open", "closed"]),
                                               person(rng), ts(rng)))
    return rng.choice(["reports/opsgenie-alerts.csv", "exports/alerts.csv"]), "\n".join(rows) + "\n"


@neg("statuspage", "page_component_ids")
def n_sp_summary(rng):
    pid = page_id(rng)
    comps = [{"id": page_id(rng), "name": svc(rng), "status": "operational", "page_id": pid, "group_id": None,
              "showcase": True} for _ in range(3)]
    d = {"page": {"id": pid, "name": org(rng).title(), "url": "https://status.%s.com" % org(rng), "time_zone": "Etc/UTC",
                  "updated_at": ts(rng)}, "components": comps, "incidents": [], "scheduled_maintenances": [],
         "status": {"indicator": "none", "description": "All Systems Operational"}}
    return rng.choice(["testdata/statuspage_summary.json", "fixtures/status.json"]), json.dumps(d, indent=2) + "\n"


@neg("statuspage", "public_status_urls")
def n_status_readme(rng):
    o = org(rng)
    pid = page_id(rng)
    txt = ("# Status and escalation\n\n- Public status page: https://status.%s.com\n- Machine readable: https://%s.statuspage.io/api/v2/summary.json\n"
           "- Upstream dependencies: https://www.githubstatus.com, https://status.aws.amazon.com\n"
           "- Subscribe to updates: https://status.%s.com/#subscribe-modal-%s\n\nPage owner: %s. Escalation policy `%s`.\n"
           % (o, pid, o, page_id(rng), team(rng), pd_id(rng)))
    return rng.choice(["README.md", "docs/status.md"]), txt


@neg("pagerduty", "terraform_var_refs")
def n_tf_pd_vars(rng):
    txt = ('variable "pagerduty_token" {\n  type      = string\n  sensitive = true\n}\n\nprovider "pagerduty" {\n  token = var.pagerduty_token\n}\n\n'
           'resource "pagerduty_service_integration" "events" {\n  name    = "Events API v2"\n  type    = "events_api_v2_inbound_integration"\n'
           '  service = "%s"\n}\n\noutput "integration_key" {\n  value     = pagerduty_service_integration.events.integration_key\n  sensitive = true\n}\n'
           % pd_id(rng))
    return rng.choice(["terraform/pagerduty/main.tf", "modules/pd-service/main.tf"]), txt


@neg("statuspage", "terraform_ids")
def n_tf_sp(rng):
    txt = ('provider "statuspage" {\n  api_key = var.statuspage_api_key\n}\n\nlocals {\n  page_id = "%s"\n}\n\n'
           'resource "statuspage_component" "api" {\n  page_id = local.page_id\n  name    = "API"\n}\n\n'
           'resource "statuspage_component_group" "core" {\n  page_id    = local.page_id\n  name       = "Core"\n  components = ["%s", "%s"]\n}\n'
           % (page_id(rng), page_id(rng), page_id(rng)))
    return "terraform/statuspage.tf", txt


@neg("pagerduty", "webhook_signatures_in_log")
def n_whlog(rng):
    lines = []
    for _ in range(5):
        lines.append('%s INFO hooks: POST /hooks/pagerduty x-webhook-id=%s x-pagerduty-signature="v1=%s" event=%s status=204'
                     % (ts(rng), uuid4(rng), sha256(rng), rng.choice(["incident.triggered", "incident.acknowledged", "incident.resolved"])))
    return rng.choice(["logs/hooks.log", "var/log/webhooks.log"]), "\n".join(lines) + "\n"


@neg("docker", "image_digests")
def n_compose_digests(rng):
    txt = "services:\n"
    for name in ["alertmanager", "prometheus", "karma"]:
        txt += "  %s:\n    image: %s@sha256:%s\n    restart: unless-stopped\n" % (name, rng.choice(["prom/" + name, "ghcr.io/prymitive/" + name]), sha256(rng))
    txt += "    environment:\n      ALERTMANAGER_URI: http://alertmanager:9093\n"
    return rng.choice(["docker-compose.yml", "compose/monitoring.yaml"]), txt


@neg("npm", "integrity_hashes")
def n_lock(rng):
    import base64
    pk = {}
    for name in ["@pagerduty/pdjs", "ilert", "axios", "node-fetch"]:
        raw = bytes(rng.getrandbits(8) for _ in range(64))
        pk["node_modules/" + name] = {"version": "%d.%d.%d" % (rng.randint(1, 5), rng.randint(0, 20), rng.randint(0, 9)),
                                      "resolved": "https://registry.npmjs.org/%s/-/%s.tgz" % (name, name.split("/")[-1]),
                                      "integrity": "sha512-" + base64.b64encode(raw).decode()}
    d = {"name": "oncall-bot", "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", json.dumps(d, indent=2) + "\n"


@neg("go", "go_sum")
def n_gosum(rng):
    import base64
    lines = []
    for m in ["github.com/PagerDuty/go-pagerduty v1.8.0", "github.com/opsgenie/opsgenie-go-sdk-v2 v1.2.22",
              "github.com/prometheus/alertmanager v0.27.0", "github.com/grafana/amixr-api-go-client v0.0.11"]:
        h = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode()
        h2 = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode()
        lines.append("%s h1:%s" % (m, h))
        lines.append("%s/go.mod h1:%s" % (m, h2))
    return "go.sum", "\n".join(lines) + "\n"


@neg("git", "commit_shas")
def n_changelog(rng):
    txt = "# Changelog\n\n## %s\n\n" % date(rng)
    for _ in range(6):
        txt += "- %s %s (%s)\n" % (hexs(rng, 7), rng.choice(["route critical alerts to PagerDuty", "add Opsgenie heartbeat",
                                                                "bump alertmanager", "fix dedup key", "statuspage: new component"]), hexs(rng, 40))
    return "CHANGELOG.md", txt


@neg("pagerduty", "schedule_export")
def n_schedule(rng):
    entries = [{"start": ts(rng), "end": ts(rng), "user": {"id": pd_id(rng), "type": "user_reference", "summary": person(rng),
                                                          "self": "https://api.pagerduty.com/users/%s" % pd_id(rng)}} for _ in range(3)]
    d = {"schedule": {"id": pd_id(rng), "name": "%s primary" % team(rng), "time_zone": "Europe/Berlin",
                      "final_schedule": {"name": "Final Schedule", "rendered_schedule_entries": entries},
                      "html_url": "https://%s.pagerduty.com/schedules/%s" % (org(rng), pd_id(rng))}}
    return rng.choice(["testdata/schedule.json", "fixtures/pd_schedule.json"]), json.dumps(d, indent=2) + "\n"


@neg("grafana-oncall", "public_ids")
def n_oncall_ids(rng):
    d = {"count": 2, "next": None, "results": [{"id": rs(rng, UPNUM, 13), "name": "%s alertmanager" % team(rng),
                                                "team_id": rs(rng, UPNUM, 13), "type": "alertmanager",
                                                "default_route": {"id": rs(rng, UPNUM, 13), "escalation_chain_id": rs(rng, UPNUM, 13)}}
                                               for _ in range(2)]}
    return rng.choice(["testdata/oncall_integrations.json", "fixtures/oncall.json"]), json.dumps(d, indent=2) + "\n"


@neg("grafana", "dashboard_uids")
def n_dashboard(rng):
    d = {"uid": rs(rng, ALNUM, 9), "title": "On-call load", "version": rng.randint(1, 40),
         "panels": [{"id": i, "type": "timeseries", "title": t, "datasource": {"type": "prometheus", "uid": rs(rng, ALNUM, 9)},
                     "targets": [{"expr": "sum(increase(alertmanager_notifications_total{integration=\"%s\"}[1h]))" % t.lower(), "refId": "A"}]}
                    for i, t in enumerate(["PagerDuty", "Opsgenie", "Webhook"])]}
    return "dashboards/oncall-load.json", json.dumps(d, indent=2) + "\n"


@neg("prometheus", "rules")
def n_rules(rng):
    txt = "groups:\n  - name: %s.rules\n    rules:\n" % svc(rng)
    for _ in range(3):
        a = alert_name(rng)
        txt += ("      - alert: %s\n        expr: sum(rate(http_requests_total{code=~\"5..\",service=\"%s\"}[5m])) > 0.05\n"
                "        for: 10m\n        labels:\n          severity: critical\n          team: %s\n          routing: pagerduty\n"
                "        annotations:\n          summary: '%s on {{ $labels.instance }}'\n          runbook_url: https://runbooks.%s.io/alerts/%s\n"
                % (a, svc(rng), team(rng), a, org(rng), a.lower()))
    return rng.choice(["prometheus/rules/service.yml", "monitoring/rules/alerts.yaml"]), txt


@neg("ssh", "public_keys")
def n_ssh(rng):
    import base64
    txt = "# deploy keys for the on-call bastion\n"
    for p in PEOPLE[:rng.randint(2, 5)]:
        blob = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + bytes(rng.getrandbits(8) for _ in range(32))).decode()
        txt += "ssh-ed25519 %s %s@oncall\n" % (blob, p.split()[0].lower())
    return rng.choice(["ops/bastion/authorized_keys", "infra/keys/oncall.pub"]), txt


@neg("pgp", "public_key_block")
def n_pgp(rng):
    import base64
    body = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(rng.randint(300, 500)))).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    txt = ("# Security contact\n\nReport incidents to security@%s.com. Encrypt with:\n\n```\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n%s\n=%s\n-----END PGP PUBLIC KEY BLOCK-----\n```\n"
           % (org(rng), "\n".join(lines), rs(rng, ALNUM, 4)))
    return "SECURITY.md", txt


@neg("x509", "certificate")
def n_cert(rng):
    import base64
    body = base64.b64encode(b"0\x82" + bytes(rng.getrandbits(8) for _ in range(600))).decode()
    txt = "-----BEGIN CERTIFICATE-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END CERTIFICATE-----\n"
    return rng.choice(["certs/webhook-ca.crt", "deploy/tls/ca.pem"]), txt


@neg("tracing", "trace_ids")
def n_traces(rng):
    lines = ["%s level=info msg=\"notify success\" integration=pagerduty receiver=%s trace_id=%s span_id=%s attempts=1"
             % (ts(rng), team(rng), hexs(rng, 32), hexs(rng, 16)) for _ in range(6)]
    return rng.choice(["logs/alertmanager.log", "var/log/alertmanager/notify.log"]), "\n".join(lines) + "\n"


@neg("kubernetes", "uids")
def n_k8s_events(rng):
    txt = "apiVersion: v1\nkind: List\nitems:\n"
    for _ in range(2):
        txt += ("  - apiVersion: v1\n    kind: Event\n    metadata:\n      name: %s.%s\n      namespace: monitoring\n      uid: %s\n"
                "      resourceVersion: \"%d\"\n    reason: BackOff\n    message: Back-off restarting failed container alertmanager\n"
                % (svc(rng), hexs(rng, 16), uuid4(rng), rng.randint(100000, 9999999)))
    return "debug/events.yaml", txt


@neg("pagerduty", "incidents_sql")
def n_sql(rng):
    txt = "CREATE TABLE incidents (id text primary key, number int, dedup_key text, service_id text, fingerprint text);\n\n"
    for _ in range(4):
        txt += "INSERT INTO incidents VALUES ('%s', %d, '%s/%s', '%s', '%s');\n" % (inc_id(rng), rng.randint(1000, 9999), svc(rng),
                                                                                   hexs(rng, 32), pd_id(rng), hexs(rng, 16))
    return rng.choice(["db/fixtures/incidents.sql", "sql/seed_incidents.sql"]), txt


@neg("pagerduty", "oncall_csv")
def n_oncall_csv(rng):
    rows = ["week,primary,secondary,schedule_id,escalation_policy"]
    for i in range(6):
        rows.append("%s,%s,%s,%s,%s" % (date(rng), person(rng), person(rng), pd_id(rng), pd_id(rng)))
    return "oncall/rotation.csv", "\n".join(rows) + "\n"


@neg("pagerduty", "doc_example_tests")
def n_doc_pd_test(rng):
    txt = ('import pytest\n\nfrom pdsync import client\n\n# Example values from the PagerDuty API reference - not real credentials.\n'
           'DOC_TOKEN = "y_NbAkKc66ryYTWUXYEu"\nDOC_ROUTING_KEY = "e93facc04764012d7bfb002500d5d1a6"\n\n\n'
           'def test_headers():\n    h = client.headers(DOC_TOKEN)\n    assert h["Authorization"] == f"Token token={DOC_TOKEN}"\n\n\n'
           'def test_routing_key_length():\n    assert client.valid_routing_key(DOC_ROUTING_KEY)\n    assert not client.valid_routing_key("%s")\n'
           % pd_id(rng))
    return rng.choice(["tests/test_client.py", "pdsync/tests/test_headers.py"]), txt


@neg("statuspage", "doc_example")
def n_doc_sp(rng):
    txt = ("## Authenticating\n\nThe Statuspage docs show the header shape:\n\n```\ncurl -H \"Authorization: OAuth 89a229ce1a8dbcf9ff30430fbe35eb4c0426574bca932061892cefd2138aa4b1\" \\\n"
           "  https://api.statuspage.io/v1/pages/gytm4qzbx9t6.json\n```\n\nOur page id is `%s` (public). The key lives in 1Password under *Statuspage automation*.\n"
           % page_id(rng))
    return rng.choice(["docs/statuspage.md", "tools/statuspage/README.md"]), txt


@neg("betterstack", "doc_example")
def n_doc_bs(rng):
    txt = ("# Heartbeats\n\nEach cron job pings its own heartbeat URL, e.g. (from the Better Stack docs)\n"
           "`https://uptime.betterstack.com/api/v1/heartbeat/abcd1234abcd1234abcd1234`.\n\nReal URLs are injected from the\n"
           "`heartbeat-urls` Kubernetes secret as `HEARTBEAT_URL`.\n")
    return rng.choice(["docs/heartbeats.md", "cron/README.md"]), txt


@neg("ilert", "doc_example")
def n_doc_ilert(rng):
    txt = ("// Example from the ilert-js README; the real key is read from the environment.\nconst { ILert } = require('ilert');\n"
           "const ilert = new ILert();\n\nconst KEY = process.env.ILERT_INTEGRATION_KEY || 'il1api0460d849fcdc753d4f';\n"
           "// heartbeat example: il1hbt0460d849fcdc753\nmodule.exports = () => ilert.event().create(KEY, ILert.EVENT_TYPES.ALERT, 'test');\n")
    return rng.choice(["examples/ilert-example.js", "scripts/ilert-demo.js"]), txt


@neg("grafana-oncall", "doc_example")
def n_doc_oncall(rng):
    txt = ("### Create an integration (from the OnCall API docs)\n\n```shell\ncurl \"{{API_URL}}/api/v1/integrations/\" \\\n"
           "  --request POST \\\n  --header \"Authorization: meowmeowmeow\" \\\n  --header \"Content-Type: application/json\" \\\n"
           "  --data '{\"type\":\"grafana\"}'\n```\n\nResponse `link`: `{{API_URL}}/integrations/v1/grafana/mReAoNwDm0eMwKo1mTeTwYo/`\n")
    return rng.choice(["docs/oncall-api.md", "notes/oncall.md"]), txt


@neg("opsgenie", "doc_example")
def n_doc_og(rng):
    txt = ("# Opsgenie alert API cheatsheet\n\n```\ncurl -X POST https://api.opsgenie.com/v2/alerts \\\n"
           "  -H \"Content-Type: application/json\" \\\n  -H \"Authorization: GenieKey eb243592-faa2-4ba2-a551q-1afdf565c889\" \\\n"
           "  -d '{\"message\": \"An example alert message\", \"alias\": \"Life is too short for no alias\"}'\n```\n\n"
           "Use the `%s` team integration key from Vault (`secret/opsgenie/%s`).\n" % (team(rng), team(rng)))
    return rng.choice(["docs/opsgenie-cheatsheet.md", "runbooks/opsgenie-api.md"]), txt


@neg("pagerduty", "env_example")
def n_env_example(rng):
    txt = ("# copy to .env and fill in\nPAGERDUTY_TOKEN=\nPAGERDUTY_ROUTING_KEY=<32-char-integration-key>\nOPSGENIE_API_KEY=your-opsgenie-key\n"
           "STATUSPAGE_API_KEY=changeme\nSTATUSPAGE_PAGE_ID=%s\nBETTERSTACK_HEARTBEAT_URL=https://uptime.betterstack.com/api/v1/heartbeat/<token>\n"
           % page_id(rng))
    return rng.choice([".env.example", ".env.sample", "config/.env.template"]), txt


@neg("pagerduty", "helm_secret_refs")
def n_helm_refs(rng):
    txt = ("alertmanager:\n  config:\n    receivers:\n      - name: pagerduty\n        pagerduty_configs:\n"
           "          - routing_key_file: /etc/alertmanager/secrets/pagerduty/routing-key\n      - name: opsgenie\n"
           "        opsgenie_configs:\n          - api_key_file: /etc/alertmanager/secrets/opsgenie/api-key\n"
           "  alertmanagerSpec:\n    secrets:\n      - pagerduty\n      - opsgenie\n")
    return rng.choice(["deploy/values.yaml", "charts/monitoring/values.yaml"]), txt


@neg("github-actions", "secrets_refs")
def n_gha_refs(rng):
    txt = ("name: page-on-failure\non: [workflow_run]\njobs:\n  page:\n    if: ${{ github.event.workflow_run.conclusion == 'failure' }}\n"
           "    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/page.sh\n        env:\n"
           "          PAGERDUTY_ROUTING_KEY: ${{ secrets.PAGERDUTY_ROUTING_KEY }}\n          OPSGENIE_API_KEY: ${{ secrets.OPSGENIE_API_KEY }}\n"
           "          STATUSPAGE_PAGE_ID: %s\n" % page_id(rng))
    return ".github/workflows/page-on-failure.yml", txt


@neg("1password", "op_refs")
def n_op_refs(rng):
    txt = ("# resolved at runtime with `op run --env-file=oncall.env.tpl -- ./bot`\nPAGERDUTY_TOKEN=op://Oncall/PagerDuty API/credential\n"
           "OPSGENIE_API_KEY=op://Oncall/Opsgenie/api-key\nZENDUTY_TOKEN=op://Oncall/Zenduty/token\nINCIDENT_IO_API_KEY=op://Oncall/incident.io/key\n")
    return rng.choice(["oncall.env.tpl", "deploy/secrets.tpl"]), txt


@neg("go", "env_lookup")
def n_go_env(rng):
    txt = ('package config\n\nimport "os"\n\ntype Oncall struct {\n\tPagerDutyToken string `env:"PAGERDUTY_TOKEN,required"`\n'
           '\tRoutingKey     string `env:"PD_ROUTING_KEY"`\n\tOpsgenieKey    string `env:"OPSGENIE_API_KEY"`\n}\n\n'
           'func FromEnv() Oncall {\n\treturn Oncall{\n\t\tPagerDutyToken: os.Getenv("PAGERDUTY_TOKEN"),\n'
           '\t\tRoutingKey:     os.Getenv("PD_ROUTING_KEY"),\n\t\tOpsgenieKey:    os.Getenv("OPSGENIE_API_KEY"),\n\t}\n}\n')
    return rng.choice(["internal/config/oncall.go", "pkg/config/env.go"]), txt


@neg("python", "env_lookup")
def n_py_env(rng):
    txt = ('import os\n\nPD_TOKEN = os.environ["PAGERDUTY_TOKEN"]\nROUTING_KEY = os.environ.get("PD_ROUTING_KEY", "")\n'
           'STATUSPAGE_PAGE_ID = "%s"  # public\nOPSGENIE_KEY = os.getenv("OPSGENIE_API_KEY")\nHEARTBEAT_NAME = "%s-nightly"\n'
           % (page_id(rng), svc(rng)))
    return rng.choice(["app/settings.py", "oncall/config.py"]), txt


@neg("pagerduty", "dedup_keys_code")
def n_dedup_code(rng):
    txt = ("import { createHash } from 'crypto';\n\n// dedup keys are deterministic so resolve events match their trigger\n"
           "export function dedupKey(service: string, alert: string): string {\n"
           "  return createHash('sha256').update(`${service}:${alert}`).digest('hex');\n}\n\n"
           "// golden values for tests\nexport const GOLDEN = {\n  '%s:%s': '%s',\n  '%s:%s': '%s',\n};\n"
           % (svc(rng), alert_name(rng), sha256(rng), svc(rng), alert_name(rng), sha256(rng)))
    return rng.choice(["src/alerting/dedup.ts", "packages/alerts/src/dedup.ts"]), txt


@neg("pagerduty", "webhook_v3_payload")
def n_pd_v3_payload(rng):
    d = {"event": {"id": rs(rng, UPNUM, 26), "event_type": "incident.triggered", "resource_type": "incident", "occurred_at": ts(rng),
                   "agent": {"id": pd_id(rng), "type": "user_reference"},
                   "data": {"id": inc_id(rng), "type": "incident", "number": rng.randint(100, 9999), "status": "triggered",
                            "incident_key": hexs(rng, 32), "html_url": "https://%s.pagerduty.com/incidents/%s" % (org(rng), inc_id(rng)),
                            "service": {"id": pd_id(rng), "type": "service_reference"},
                            "escalation_policy": {"id": pd_id(rng), "type": "escalation_policy_reference"}}}}
    return rng.choice(["testdata/pd_webhook_v3.json", "fixtures/incident_triggered.json"]), json.dumps(d, indent=2) + "\n"


@neg("generic", "base64_payload")
def n_b64(rng):
    import base64
    payload = json.dumps({"alertname": alert_name(rng), "service": svc(rng), "startsAt": ts(rng)}).encode()
    d = {"Records": [{"messageId": uuid4(rng), "body": base64.b64encode(payload).decode(), "md5OfBody": hexs(rng, 32),
                      "eventSourceARN": "arn:aws:sqs:%s:%d:alerts" % (rng.choice(REGIONS), rng.randint(10 ** 11, 10 ** 12 - 1))}]}
    return rng.choice(["events/sqs_alert.json", "testdata/sqs.json"]), json.dumps(d, indent=2) + "\n"


@neg("release", "checksums")
def n_checksums(rng):
    lines = ["%s  alertmanager-0.27.0.linux-%s.tar.gz" % (sha256(rng), a) for a in ["amd64", "arm64", "armv7"]]
    lines += ["%s  amtool-0.27.0.%s" % (sha256(rng), a) for a in ["darwin-arm64", "windows-amd64.exe"]]
    return rng.choice(["dist/sha256sums.txt", "downloads/SHA256SUMS"]), "\n".join(lines) + "\n"


@neg("slack", "incident_channel_export")
def n_slack(rng):
    lines = []
    for _ in range(6):
        lines.append("[%s] %s: %s" % (hm(rng), person(rng), rng.choice([
            "paged via PagerDuty %s" % inc_id(rng), "ack'd, looking at %s" % svc(rng),
            "opsgenie alert %s closed" % uuid4(rng), "status page incident posted: https://status.%s.com/incidents/%s" % (org(rng), page_id(rng)),
            "rolled back to %s" % hexs(rng, 12), "dedup key was %s" % hexs(rng, 32)])))
    return rng.choice(["postmortems/slack-export-%s.txt" % date(rng), "docs/incidents/timeline.txt"]), "\n".join(lines) + "\n"


@neg("nginx", "status_proxy")
def n_nginx(rng):
    txt = ("server {\n  listen 443 ssl;\n  server_name status.%s.com;\n  ssl_certificate /etc/ssl/status.crt;\n  ssl_certificate_key /etc/ssl/private/status.key;\n\n"
           "  location / {\n    proxy_pass https://%s.statuspage.io;\n    proxy_set_header Host %s.statuspage.io;\n  }\n}\n" % (org(rng), page_id(rng), page_id(rng)))
    return rng.choice(["nginx/status.conf", "deploy/nginx/sites/status.conf"]), txt


@neg("amtool", "silence_ids")
def n_silences(rng):
    lines = ["ID                                    Matchers                         Ends At                  Created By  Comment"]
    for _ in range(4):
        lines.append("%s  alertname=\"%s\" service=\"%s\"  %s  %s  maintenance" % (uuid4(rng), alert_name(rng), svc(rng), ts(rng),
                                                                                 person(rng).split()[0].lower()))
    return rng.choice(["docs/runbooks/silences.txt", "ops/amtool-silences.txt"]), "\n".join(lines) + "\n"


@neg("pagerduty", "masked_settings_dump")
def n_masked(rng):
    d = {"integrations": [{"provider": "pagerduty", "routing_key": "e93f" + "*" * 24 + "d1a6"[:0] + "****", "service": pd_id(rng)},
                          {"provider": "opsgenie", "api_key": "********-****-****-****-************", "team": team(rng)},
                          {"provider": "statuspage", "api_key": "[REDACTED]", "page_id": page_id(rng)}],
         "exported_at": ts(rng)}
    return rng.choice(["exports/integrations-masked.json", "support/settings_dump.json"]), json.dumps(d, indent=2) + "\n"


@neg("vault", "policy_paths")
def n_vault(rng):
    txt = ('path "secret/data/oncall/pagerduty" {\n  capabilities = ["read"]\n}\n\npath "secret/data/oncall/opsgenie" {\n  capabilities = ["read"]\n}\n\n'
           'path "secret/metadata/oncall/*" {\n  capabilities = ["list"]\n}\n')
    return rng.choice(["vault/policies/oncall.hcl", "policies/alertmanager.hcl"]), txt


@neg("ini", "public_ids_config")
def n_ini_public(rng):
    txt = ("[statuspage]\npage_id = %s\ncomponent_api = %s\ncomponent_web = %s\napi_key_env = STATUSPAGE_API_KEY\n\n[pagerduty]\nservice_id = %s\n"
           "escalation_policy = %s\ntoken_env = PAGERDUTY_TOKEN\n" % (page_id(rng), page_id(rng), page_id(rng), pd_id(rng), pd_id(rng)))
    return rng.choice(["config/status.ini", "etc/oncall.ini"]), txt


# ================================================================ driver
ENV_BLOCK = re.compile(r"^\.env(\.[A-Za-z0-9_-]+)?$")
ENV_OK = ("example", "sample", "template", "dist", "tpl")


def is_env_blocked(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if not ENV_BLOCK.match(base):
        return False
    return not any(base.endswith("." + s) for s in ENV_OK)


def filetype(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base == "Dockerfile":
        return "dockerfile"
    if base.startswith(".env"):
        return "env"
    if base in ("authorized_keys", "go.sum", "SHA256SUMS"):
        return {"authorized_keys": "txt", "go.sum": "txt", "SHA256SUMS": "txt"}[base]
    if "." not in base:
        return "sh"
    return base.rsplit(".", 1)[-1].lower()


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def schedule(rng, n, k):
    order = []
    while len(order) < n:
        idx = list(range(k))
        rng.shuffle(idx)
        order.extend(idx)
    return order[:n]


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gen_jq.py OUTDIR SEED")
    outdir, seed = sys.argv[1], int(sys.argv[2])
    rng = random.Random(seed)
    assert len(POS) >= 60 and len(NEG) + len(POS) >= 60
    manifest, secrets = [], []
    env_count = 0
    for i, ti in enumerate(schedule(rng, 500, len(POS))):
        f, provider, kind, gen, slot = POS[ti]
        for _ in range(20):
            v = gen(rng)
            rel, text = f(rng, v)
            if not is_env_blocked(rel) or env_count < 20:
                break
        if is_env_blocked(rel):
            env_count += 1
        assert v and v in text, (f.__name__, v)
        lines = text.split("\n")
        ln = next(j for j, l in enumerate(lines) if v in l) + 1
        assert v in lines[ln - 1]
        frel = "pos/p%04d/%s" % (i, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "pos", "provider": provider, "kind": kind, "filetype": filetype(rel)})
        secrets.append({"file": frel, "needle": v, "line": ln})
    assert env_count <= 25
    # negatives: even slots reuse positive templates, odd slots look-alikes
    pos_order = schedule(rng, 250, len(POS))
    neg_order = schedule(rng, 250, len(NEG))
    for i in range(500):
        if i % 2 == 0:
            f, provider, _kind, gen, slot = POS[pos_order[i // 2]]
            nkind, v = placeholder(rng, gen, slot, provider)
            rel, text = f(rng, v)
            kind = "template_" + nkind
        else:
            f, provider, kind = NEG[neg_order[i // 2]]
            rel, text = f(rng)
        if is_env_blocked(rel):
            rel = rel + ".example"
        assert not is_env_blocked(rel)
        frel = "neg/n%04d/%s" % (i, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "neg", "provider": provider, "kind": kind, "filetype": filetype(rel)})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    # re-read check
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            assert s["needle"] in fh.read().split("\n")[s["line"] - 1]


if __name__ == "__main__":
    main()
