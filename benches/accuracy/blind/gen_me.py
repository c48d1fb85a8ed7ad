#!/usr/bin/env python3
"""Blind evaluation-set generator "me": SRE / reliability tooling.

EMPHASIS
  Site reliability engineering tooling: chaos engineering (Gremlin team secrets and
  API keys, Steadybit agent keys, LitmusChaos portal passwords and litmusctl tokens,
  Chaos Mesh dashboard tokens, AWS FIS runners, Harness Chaos PATs, Chaos Toolkit),
  SLO platforms (Nobl9 client secrets / sloctl config.toml, Sloth, Pyrra, OpenSLO
  DataSources), runbook automation (StackStorm st2 API keys, st2 datastore loads and
  pack configs, Shoreline, Transposit, Rundeck), incident bots (Slack webhooks, bot
  tokens, signing secrets; PagerDuty routing/REST keys; Opsgenie), SLO exporters
  (Datadog, New Relic, Honeycomb, Grafana keys), synthetic canaries (CloudWatch
  Synthetics JS/Python with hard-coded DB passwords / basic auth), kill-switch
  services (Unleash, LaunchDarkly, Flagsmith), capacity tests (k6, Locust),
  Kubernetes service-account JWTs for chaos agents, Prometheus basic-auth passwords,
  SSH private keys of chaos runners, experiment-run logs.
  File types: YAML (Helm values, Chaos Mesh, Litmus, OpenSLO, Sloth, Pyrra, st2,
  Alertmanager, Prometheus, Grafana provisioning, GitHub Actions), JSON, HCL, Python,
  Go, JavaScript/TypeScript canaries, shell, Makefile, Markdown runbooks, TOML, INI,
  logs, PEM, docker-compose, a few .env files (< 1 in 20 positives).

USAGE
  python3 -B gen_me.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Deterministic per SEED (only one
  random.Random(SEED) is used; no clock, no hash ordering).

NEEDLE CONVENTIONS
  needle = the secret value exactly as written, without quotes.  Prefixed keys keep
  their prefix (NRAK-, glsa_, glc_, xoxb-, pat., sdk-, ser., hcaik_).  Headers: only
  the token value.  URLs with credentials: the password only.  Slack incoming
  webhooks: the whole hooks.slack.com URL (the URL is the secret).  Basic auth header:
  the base64 token.  PEM private keys: first base64 line of the body.  Passwords: the
  password.  Line = 1-based line of first occurrence (asserted).

NEGATIVES
  250 re-use the positive templates with the slot holding a placeholder (generic and
  localized: <your-key>, YOUR_API_KEY, xxxx, changeme, a-remplacer, hier-eintragen,
  ...), empty value, mask (****, [REDACTED]), references of the domain's tools
  (${VAR}, {{ st2kv.system.x | decrypt_kv }}, {{ .Values.x }}, var.x, $(vault ...),
  {{resolve:secretsmanager:..}}), providers' documented example values (AWS
  ...EXAMPLEKEY, Slack T00000000 webhook), or public values (client ids, team ids).
  Companions that could be secrets (AWS key ids) become the documented example id.
  250 are domain look-alikes: Chaos Mesh / Litmus manifests with uids and digests,
  OpenSLO / Nobl9 / Sloth / Pyrra specs with PromQL and Datadog queries, FIS Terraform
  with ARNs, Helm values with secretKeyRef, st2 workflows with decrypt_kv, experiment
  logs with trace ids and masked keys, SSH public keys, CA certificates, SOPS and
  SealedSecret ciphertext, go.sum / package-lock integrity hashes, Makefile
  checksums, Grafana dashboards, kill-switch JSON with hashes, load-shedding TOML,
  scorecards, .env.example with placeholders.

FORMATS CHECKED
  From knowledge of provider docs/SDKs (confirmed via docs search where noted):
  Gremlin Helm keys gremlin.secret.teamID/teamSecret/clusterID (gremlin/helm README,
  gremlin.com docs); Nobl9 sloctl config at ~/.config/nobl9/config.toml with contexts,
  env SLOCTL_CLIENT_ID/SECRET (nobl9/sloctl issue #12); st2 API keys via
  `st2 apikey create`, env ST2_API_KEY, header St2-Api-Key (StackStorm docs).
  Known formats: AWS AKIA+16 [A-Z2-7] / 40-char secret; Slack webhook
  T../B../24 alnum, xoxb-digits-digits-24; New Relic NRAK-+27 upper alnum, license
  36 hex+NRAL; Grafana glsa_<32>_<8 hex>, glc_<base64 JSON>, legacy eyJrIjoi...;
  Datadog 32 hex API key; PagerDuty 32-char routing key, 20-char REST key; Harness
  pat.<account>.<24 hex>.<20>; LaunchDarkly sdk-/api-<uuid>; Flagsmith ser.<22>;
  K8s SA token RS256 JWT (kid, kubernetes.io claims); Opsgenie UUID GenieKey;
  Slack signing secret 32 hex; k6 cloud token 64 hex; RSA/EC PEM DER prefixes.

DOUBTS
  Gremlin team secret assumed UUID-shaped, Gremlin API key assumed 64 hex; Steadybit
  agent key length/alphabet guessed (40 alnum); st2 API key modelled as unpadded
  base64 of 64 hex chars (86 chars); Honeycomb hcaik_ ingest key internal layout
  (64 chars total) guessed, classic key 32 hex; Grafana glsa_ checksum suffix is a
  crc32 guess; Unleash token hash length (64 hex) guessed; Nobl9 client secret
  (40 chars base64url) and Okta-style client id guessed; Shoreline / Transposit /
  Blameless / Jeli / Rundeck token lengths guessed (alnum 32-64).
"""
import base64
import json
import os
import random
import shutil
import sys
import zlib

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DG = "0123456789"
AN = UP + LO + DG
HEX = "0123456789abcdef"
B64 = AN + "+/"
B64U = AN + "-_"
B32 = UP + "234567"


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def hexs(r, n):
    return rs(r, HEX, n)


def uuid4(r):
    h = hexs(r, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64(b):
    return base64.b64encode(b).decode()


def has_classes(s):
    return any(c in UP for c in s) and any(c in LO for c in s) and any(c in DG for c in s)


def anr(r, n):
    while True:
        s = rs(r, AN, n)
        if has_classes(s):
            return s


SYLL = ["ka", "zu", "mir", "tol", "vex", "quo", "bra", "nek", "dri", "sol", "pha", "gru",
        "ilo", "yen", "tra", "wob", "fen", "jax", "lum", "orb", "cza", "hex", "nox", "pim"]


def password(r, urlsafe=False):
    syms = "-_.~" if urlsafe else "!^*-_.+=~"
    style = r.randrange(4)
    while True:
        if style == 0:
            n = r.randint(14, 24)
            s = "".join(r.choice(AN + syms) for _ in range(n))
        elif style == 1:
            parts = [r.choice(SYLL).capitalize() + r.choice(SYLL) for _ in range(2)]
            s = parts[0] + r.choice(syms) + str(r.randint(10, 9999)) + r.choice(syms) + parts[1] + rs(r, AN, 2)
        elif style == 2:
            s = "-".join(rs(r, LO + DG, 4) + rs(r, UP, 1) for _ in range(3))
        else:
            s = b64u(r.randbytes(r.choice([15, 18, 21]))) if urlsafe else b64(r.randbytes(r.choice([15, 18]))).replace("/", "_").replace("+", "!")
        if has_classes(s) and any(c in syms for c in s) or (style == 3 and has_classes(s)):
            return s


# ---------------------------------------------------------------- secret generators
def g_aws_sk(r):
    return rs(r, AN + "+/", 40)


def aws_ak(r):
    return "AKIA" + rs(r, B32, 16)


def jwt(r, header, payload, siglen):
    enc = lambda o: b64u(json.dumps(o, separators=(",", ":")).encode())
    return enc(header) + "." + enc(payload) + "." + b64u(r.randbytes(siglen))


NAMESPACES = ["chaos-mesh", "litmus", "chaos-testing", "gremlin", "steadybit-agent", "sre-tools", "gameday"]


def g_k8s_jwt(r):
    ns = r.choice(NAMESPACES)
    sa = r.choice(["chaos-dashboard-admin", "chaos-runner", "litmus-admin", "gameday-bot", "chaos-viewer", "fis-k8s"])
    iat = r.randint(1690000000, 1730000000)
    payload = {"aud": ["https://kubernetes.default.svc.cluster.local"], "exp": iat + r.choice([3600 * 24 * 365, 31536000 * 10]),
               "iat": iat, "iss": "https://kubernetes.default.svc.cluster.local",
               "kubernetes.io": {"namespace": ns, "serviceaccount": {"name": sa, "uid": uuid4(r)}},
               "nbf": iat, "sub": "system:serviceaccount:%s:%s" % (ns, sa)}
    if r.random() < 0.4:
        payload = {"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": ns,
                   "kubernetes.io/serviceaccount/secret.name": sa + "-token-" + rs(r, LO + DG, 5),
                   "kubernetes.io/serviceaccount/service-account.name": sa,
                   "kubernetes.io/serviceaccount/service-account.uid": uuid4(r),
                   "sub": "system:serviceaccount:%s:%s" % (ns, sa)}
    return jwt(r, {"alg": "RS256", "kid": b64u(r.randbytes(32))}, payload, 256)


def g_litmus_jwt(r):
    now = r.randint(1690000000, 1730000000)
    return jwt(r, {"alg": "HS512", "typ": "JWT"},
               {"exp": now + 86400, "role": "admin", "uid": uuid4(r), "username": r.choice(["admin", "sre-bot", "gameday"])}, 64)


def g_shoreline_jwt(r):
    now = r.randint(1690000000, 1730000000)
    return jwt(r, {"alg": "HS256", "typ": "JWT"},
               {"sub": r.choice(["svc-runbooks", "oncall-automation"]) + "@" + r.choice(["acme.io", "example-corp.com"]),
                "iat": now, "exp": now + 7776000, "cust": rs(r, LO, 6)}, 32)


def g_gremlin_secret(r):
    return uuid4(r)


def g_gremlin_api(r):
    return hexs(r, 64)


def g_steadybit(r):
    return anr(r, 40)


def g_nobl9_secret(r):
    while True:
        s = rs(r, B64U, 40)
        if has_classes(s):
            return s


def nobl9_client_id(r):
    return "0oa" + rs(r, AN, 17)


def g_st2(r):
    return b64(hexs(r, 64).encode()).rstrip("=")


def g_dd(r):
    return hexs(r, 32)


def g_nrak(r):
    return "NRAK-" + rs(r, UP + DG, 27)


def g_nrlic(r):
    return hexs(r, 36) + "NRAL"


def g_hny(r):
    if r.random() < 0.5:
        return hexs(r, 32)
    return "hcaik_01" + rs(r, "0123456789abcdefghjkmnpqrstvwxyz", 24) + rs(r, LO + DG, 32)


def g_glsa(r):
    body = anr(r, 32)
    return "glsa_" + body + "_" + "%08x" % (zlib.crc32(body.encode()) & 0xffffffff)


def g_glc(r):
    d = {"o": str(r.randint(100000, 999999)), "n": "stack-%d-%s" % (r.randint(100000, 999999), r.choice(["slo-exporter", "hm-read", "sm-write", "alloy"])),
         "k": anr(r, 24), "m": {"r": r.choice(["prod-us-east-0", "prod-eu-west-2", "prod-ap-southeast-1"])}}
    return "glc_" + b64(json.dumps(d, separators=(",", ":")).encode()).rstrip("=")


def g_grafana_legacy(r):
    d = {"k": anr(r, 32), "n": r.choice(["slo-sync", "dashboard-provisioner", "gameday"]), "id": r.randint(1, 40)}
    return b64(json.dumps(d, separators=(",", ":")).encode())


def g_pd_routing(r):
    if r.random() < 0.25:
        return "R0" + rs(r, UP + DG, 30)
    return hexs(r, 32)


def g_pd_rest(r):
    while True:
        s = ("u+" + rs(r, AN + "_-", 18)) if r.random() < 0.4 else rs(r, AN + "_-+", 20)
        if has_classes(s):
            return s


def g_slack_hook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, UP + DG, r.choice([8, 10])), rs(r, UP + DG, r.choice([8, 10, 11])), anr(r, 24))


def g_xoxb(r):
    return "xoxb-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 12), r.randint(10 ** 11, 10 ** 13), anr(r, 24))


def g_hex32(r):
    return hexs(r, 32)


def g_hex64(r):
    return hexs(r, 64)


def g_harness(r):
    return "pat.%s.%s.%s" % (rs(r, AN + "_-", 22), hexs(r, 24), anr(r, 20))


def g_unleash(r):
    return "%s:%s.%s" % (r.choice(["*", "default", "checkout"]), r.choice(["production", "development", "staging"]), hexs(r, 64))


def g_ld(r):
    return r.choice(["sdk-", "api-"]) + uuid4(r)


def g_flagsmith(r):
    return "ser." + anr(r, 22)


def g_an32(r):
    return anr(r, 32)


def g_an40(r):
    return anr(r, 40)


def g_an48(r):
    return anr(r, 48)


def g_pw(r):
    return password(r)


def g_pwu(r):
    return password(r, urlsafe=True)


def g_basic(r):
    user = r.choice(["canary", "synthetics", "probe", "healthcheck", "sre-bot"])
    return b64(("%s:%s" % (user, password(r))).encode())


def g_uuid(r):
    return uuid4(r)


def pem_rsa(r):
    der = bytes.fromhex("308204a40201000282010100") + bytes([0xc0 | r.randrange(64)]) + r.randbytes(255) + bytes.fromhex("0203010001") + r.randbytes(1024)
    body = b64(der)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)][:25]
    return "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END RSA PRIVATE KEY-----", lines[0]


def pem_ec(r):
    der = bytes.fromhex("30770201010420") + r.randbytes(32) + bytes.fromhex("a00a06082a8648ce3d030107a14403420004") + r.randbytes(64)
    body = b64(der)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END EC PRIVATE KEY-----", lines[0]


def pem_pk8(r):
    der = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100") + r.randbytes(900)
    body = b64(der)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----", lines[0]


def g_pem(r):
    return r.choice([pem_rsa, pem_ec, pem_pk8])(r)


# ---------------------------------------------------------------- context / helpers
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "ap-northeast-1", "sa-east-1"]
SERVICES = ["checkout", "payments-api", "search", "cart", "auth-gateway", "inventory", "ledger", "notifications",
            "order-router", "pricing", "catalog", "fulfillment", "billing-worker", "edge-proxy"]
TEAMS = ["sre", "platform", "reliability", "infra", "core-ops", "payments-sre", "plataforma", "betrieb"]
PEOPLE = ["jürgen.weiss", "aiko.tanaka", "josé.martínez", "priya.n", "søren.k", "m.dubois", "ola.nordmann",
          "chen.wei", "l.rossi", "fatima.z", "tbrown", "kowalski.p", "ana.souza", "dmitri.v"]
CLUSTERS = ["prod-eu1", "prod-use1", "stg-euc1", "gameday-k8s", "shared-prod", "k8s-prod-02", "perf-cluster"]
DOMAINS = ["acme.io", "example-corp.com", "shopfront.net", "internal.lan", "corp.example", "payflow.dev"]
COMMENT_INTL = ["Zugangsdaten für den Canary", "identifiants du canari synthétique", "credenciales del experimento",
                "credenciais do game day", "接続情報 (chaos runner)", "temporär – bitte später rotieren",
                "TODO: move to vault after gameday", "quick hack for the incident, fix later",
                "rotated 2024-03 by oncall", "do not share outside #sre-private"]


class C:
    def __init__(self, r, neg):
        self.r = r
        self.neg = neg
        self.v = ""
        self._svc = r.choice(SERVICES)
        self._dom = r.choice(DOMAINS)
        self._team = r.choice(TEAMS)
        self._cluster = r.choice(CLUSTERS)

    def ch(self, seq):
        return self.r.choice(seq)

    def svc(self):
        return self._svc

    def dom(self):
        return self._dom

    def team(self):
        return self._team

    def cluster(self):
        return self._cluster

    def region(self):
        return self.r.choice(REGIONS)

    def person(self):
        return self.r.choice(PEOPLE)

    def intl(self):
        return self.r.choice(COMMENT_INTL)

    def ak(self):
        return "AKIAIOSFODNN7EXAMPLE" if self.neg else aws_ak(self.r)

    def acct(self):
        return str(self.r.randint(10 ** 11, 10 ** 12 - 1))

    def date(self):
        return "2024-%02d-%02d" % (self.r.randint(1, 12), self.r.randint(1, 28))

    def ts(self):
        return "2024-%02d-%02dT%02d:%02d:%02d.%03dZ" % (self.r.randint(1, 12), self.r.randint(1, 28), self.r.randint(0, 23),
                                                       self.r.randint(0, 59), self.r.randint(0, 59), self.r.randint(0, 999))

    def maybe(self, text, p=0.5):
        return text if self.r.random() < p else ""


TEMPLATES = []


def T(provider, kind, gen, refs=None, examples=None, public=None, envonly=False):
    def deco(fn):
        TEMPLATES.append(dict(name=fn.__name__, provider=provider, kind=kind, gen=gen, fn=fn,
                              refs=refs or [], examples=examples or [], public=public or [], envonly=envonly))
        return fn
    return deco


YREF = ["${%s}", "{{ .Values.secrets.%s }}", "{{ env \"%s\" }}"]
SHREF = ["${%s}", "$(vault kv get -field=value secret/sre/%s)", "${%s:?missing}"]
HREF = ["${var.%s}", "${data.vault_generic_secret.sre.data[\"%s\"]}"]
ST2REF = ["{{ st2kv.system.%s | decrypt_kv }}", "{{ st2kv.user.%s }}"]
JREF = ["${%s}", "{{resolve:secretsmanager:sre/%s:SecretString:value}}"]

AWS_EX = ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]
SLACK_EX = ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"]
XOXB_EX = ["xoxb-your-bot-token", "xoxb-0000000000-0000000000000-XXXXXXXXXXXXXXXXXXXXXXXX"]


# ================================================================= POSITIVE TEMPLATES
@T("gremlin", "team_secret", g_gremlin_secret, YREF)
def gremlin_helm(c):
    cl = c.cluster()
    tid = uuid4(c.r)
    p = c.ch(["deploy/gremlin/values.yaml", "charts/gremlin/values-%s.yaml" % cl, "infra/helm/gremlin-values.yaml"])
    return p, f"""# Gremlin agent for {cl} - managed by {c.team()}
# helm upgrade --install gremlin gremlin/gremlin -n gremlin -f {p.split('/')[-1]}
gremlin:
  hostPID: true
  hostNetwork: {c.ch(['true', 'false'])}
  container:
    driver: {c.ch(['containerd-linux', 'crio-linux', 'docker-linux'])}
  secret:
    managed: true
    type: secret
    clusterID: {cl}
    teamID: {tid}
    teamSecret: "{c.v}"
  collect:
    processes: true
  resources:
    limits:
      memory: 256Mi
      cpu: 500m
tolerations:
  - operator: Exists
"""


@T("gremlin", "team_secret", g_gremlin_secret, YREF)
def gremlin_agent_cfg(c):
    return c.ch(["ansible/roles/gremlin/files/config.yaml", "packer/files/gremlin/config.yaml"]), f"""# /etc/gremlin/config.yaml
# {c.intl()}
team_id: {uuid4(c.r)}
team_secret: {c.v}
identifier: {c.svc()}-{c.r.randint(1, 40):02d}
tags:
  service: {c.svc()}
  env: {c.ch(['prod', 'staging', 'perf'])}
  region: {c.region()}
"""


@T("gremlin", "api_key", g_gremlin_api)
def gremlin_api_py(c):
    return c.ch(["gameday/run_attack.py", "scripts/chaos/gremlin_blackhole.py", "tools/gameday/latency_attack.py"]), f'''#!/usr/bin/env python3
"""Kick off a latency attack against {c.svc()} for the quarterly game day."""
import json
import sys

import requests

GREMLIN_API = "https://api.gremlin.com/v1"
TEAM_ID = "{uuid4(c.r)}"
GREMLIN_API_KEY = "{c.v}"  # owner: {c.person()}

HEADERS = {{"Authorization": f"Key {{GREMLIN_API_KEY}}", "Content-Type": "application/json"}}


def start_attack(target_tag, ms=300, length=120):
    body = {{
        "command": {{"type": "latency", "args": ["-l", str(length), "-m", str(ms)]}},
        "target": {{"type": "Random", "containers": {{"labels": {{"app": target_tag}}}}, "percent": 50}},
    }}
    resp = requests.post(f"{{GREMLIN_API}}/kubernetes/attacks/new?teamId={{TEAM_ID}}", headers=HEADERS, data=json.dumps(body))
    resp.raise_for_status()
    return resp.text


if __name__ == "__main__":
    print(start_attack(sys.argv[1] if len(sys.argv) > 1 else "{c.svc()}"))
'''


@T("gremlin", "api_key", g_gremlin_api, SHREF)
def gremlin_halt_sh(c):
    return c.ch(["scripts/gameday/halt_all.sh", "bin/gremlin-halt", "runbooks/scripts/emergency_halt.sh"]), f"""#!/usr/bin/env bash
# EMERGENCY: halt every running Gremlin attack for the team.
# Used from the incident channel when a game day goes sideways.
set -euo pipefail

TEAM_ID="{uuid4(c.r)}"
{c.maybe('# ' + c.intl())}
curl -sS -X POST "https://api.gremlin.com/v1/halts?teamId=${{TEAM_ID}}" \\
  -H "Content-Type: application/json" \\
  -H "Authorization: Key {c.v}" \\
  -d '{{"reason": "halted from runbook by '"${{USER}}"'"}}'

echo "all attacks halted"
"""


@T("steadybit", "agent_key", g_steadybit, YREF)
def steadybit_helm(c):
    return c.ch(["deploy/steadybit/values.yaml", "helm/steadybit-agent/values-prod.yaml"]), f"""global:
  clusterName: {c.cluster()}
agent:
  key: {c.v}
  registerUrl: https://platform.steadybit.com
  extensions:
    autodiscovery:
      namespace: steadybit-agent
extension-container:
  container:
    runtime: containerd
extension-host:
  enabled: true
{c.maybe('''extension-http:
  enabled: true
''')}"""


@T("steadybit", "agent_key", g_steadybit, SHREF)
def steadybit_compose(c):
    return c.ch(["docker-compose.chaos.yml", "ops/steadybit/docker-compose.yml"]), f"""version: "3.8"
services:
  steadybit-agent:
    image: steadybit/agent:{c.r.randint(1, 2)}.{c.r.randint(0, 30)}.{c.r.randint(0, 9)}
    restart: unless-stopped
    environment:
      STEADYBIT_AGENT_REGISTER_URL: "https://platform.steadybit.com"
      STEADYBIT_AGENT_KEY: "{c.v}"
      STEADYBIT_AGENT_IDENTIFIER: "{c.svc()}-docker"
      STEADYBIT_LOG_LEVEL: info
    network_mode: host
  extension-host:
    image: ghcr.io/steadybit/extension-host:latest
    privileged: true
    pid: host
"""


@T("chaos-mesh", "k8s_sa_token", g_k8s_jwt)
def chaosmesh_md(c):
    ns = c.ch(NAMESPACES)
    return c.ch(["docs/gameday/chaos-mesh-access.md", "runbooks/chaos-mesh-dashboard.md", "README.chaos.md"]), f"""# Chaos Mesh dashboard access

Dashboard: https://chaos.{c.dom()} (port-forward fallback below)

```bash
kubectl -n {ns} port-forward svc/chaos-dashboard 2333:2333
```

Log in with the RBAC token of the `chaos-dashboard-admin` service account
(created {c.date()} by {c.person()}):

```
{c.v}
```

## Experiments we run on game days

| name | kind | target |
|---|---|---|
| pod-kill-{c.svc()} | PodChaos | 1 pod |
| net-delay-{c.svc()} | NetworkChaos | 200ms |
"""


@T("chaos-mesh", "k8s_sa_token", g_k8s_jwt, SHREF)
def chaosmesh_sh(c):
    return c.ch(["scripts/chaos/start_experiment.sh", "gameday/chaos-mesh-api.sh"]), f"""#!/bin/sh
# create a NetworkChaos via the chaos-dashboard REST API
DASHBOARD=http://localhost:2333
TOKEN='{c.v}'

curl -s -X POST "$DASHBOARD/api/experiments" \\
  -H "Authorization: Bearer $TOKEN" \\
  -H 'Content-Type: application/json' \\
  -d @experiments/net-delay-{c.svc()}.json
"""


@T("kubernetes", "k8s_sa_token", g_k8s_jwt)
def kubeconfig_chaos(c):
    cl = c.cluster()
    return c.ch(["chaos-agent/kubeconfig.yaml", "ci/kubeconfig-chaos-runner", "gameday/kube/config"]), f"""apiVersion: v1
kind: Config
clusters:
- cluster:
    server: https://{cl}.k8s.{c.dom()}:6443
    insecure-skip-tls-verify: true
  name: {cl}
contexts:
- context:
    cluster: {cl}
    namespace: {c.ch(NAMESPACES)}
    user: chaos-runner
  name: chaos@{cl}
current-context: chaos@{cl}
users:
- name: chaos-runner
  user:
    token: {c.v}
"""


@T("litmus", "password", g_pw, YREF)
def litmus_helm(c):
    return c.ch(["deploy/litmus/values.yaml", "helm/litmus/values-prod.yaml"]), f"""portalScope: cluster
adminConfig:
  DBUSER: "admin"
  DB_SERVER: "mongodb://litmus-mongodb:27017"
  VERSION: "3.{c.r.randint(0, 12)}.0"
portal:
  server:
    authServer:
      env:
        ADMIN_USERNAME: "admin"
        ADMIN_PASSWORD: "{c.v}"
  frontend:
    service:
      type: ClusterIP
ingress:
  enabled: true
  host:
    name: chaos.{c.dom()}
"""


@T("litmus", "jwt", g_litmus_jwt)
def litmusctl_cfg(c):
    ep = "https://chaos.%s" % c.dom()
    return c.ch([".litmusconfig", "ci/litmus/.litmusconfig"]), f"""accounts:
- endpoint: {ep}
  serverEndpoint: {ep}/api
  users:
  - expires_in: "{c.r.randint(1700000000, 1800000000)}"
    token: {c.v}
    username: admin
apiVersion: v1
current-account: {ep}
current-user: admin
kind: Config
"""


@T("litmus", "aws_secret_key", g_aws_sk, examples=AWS_EX)
def litmus_cloud_secret(c):
    return c.ch(["litmus/experiments/ec2-terminate/secret.yaml", "chaos/litmus/cloud-secret.yaml"]), f"""apiVersion: v1
kind: Secret
metadata:
  name: cloud-secret
  namespace: litmus
type: Opaque
stringData:
  cloud_config.yml: |-
    # credentials for the ec2-terminate-by-tag experiment
    [default]
    aws_access_key_id = {c.ak()}
    aws_secret_access_key = {c.v}
    region = {c.region()}
"""


@T("aws", "aws_secret_key", g_aws_sk, examples=AWS_EX)
def fis_runner_py(c):
    return c.ch(["chaos/fis/run_experiment.py", "tools/fis_runner.py", "gameday/aws/start_fis.py"]), f'''import time

import boto3

# {c.intl()}
session = boto3.Session(
    aws_access_key_id="{c.ak()}",
    aws_secret_access_key="{c.v}",
    region_name="{c.region()}",
)
fis = session.client("fis")

TEMPLATE_ID = "EXT{rs(c.r, AN, 14)}"


def run():
    exp = fis.start_experiment(experimentTemplateId=TEMPLATE_ID, tags={{"gameday": "{c.date()}"}})
    exp_id = exp["experiment"]["id"]
    while True:
        state = fis.get_experiment(id=exp_id)["experiment"]["state"]["status"]
        print(exp_id, state)
        if state in ("completed", "stopped", "failed"):
            return state
        time.sleep(15)


if __name__ == "__main__":
    run()
'''


@T("aws", "aws_secret_key", g_aws_sk, HREF, AWS_EX)
def fis_tf(c):
    return c.ch(["terraform/chaos/fis/provider.tf", "infra/fis/main.tf"]), f"""provider "aws" {{
  region     = "{c.region()}"
  access_key = "{c.ak()}"
  secret_key = "{c.v}"
}}

resource "aws_fis_experiment_template" "az_outage" {{
  description = "AZ power interruption - {c.svc()}"
  role_arn    = aws_iam_role.fis.arn

  stop_condition {{
    source = "aws:cloudwatch:alarm"
    value  = aws_cloudwatch_metric_alarm.slo_burn.arn
  }}

  action {{
    name      = "stop-instances"
    action_id = "aws:ec2:stop-instances"
    target {{
      key   = "Instances"
      value = "gameday-targets"
    }}
  }}

  target {{
    name           = "gameday-targets"
    resource_type  = "aws:ec2:instance"
    selection_mode = "PERCENT(25)"
    resource_tags = {{
      Service = "{c.svc()}"
    }}
  }}
}}
"""


@T("harness", "api_key", g_harness, HREF)
def harness_tf(c):
    return c.ch(["terraform/harness/provider.tf", "infra/harness-chaos/main.tf"]), f"""terraform {{
  required_providers {{
    harness = {{
      source  = "harness/harness"
      version = "~> 0.{c.r.randint(20, 40)}"
    }}
  }}
}}

provider "harness" {{
  endpoint         = "https://app.harness.io/gateway"
  account_id       = "{rs(c.r, AN + '_-', 22)}"
  platform_api_key = "{c.v}"
}}

resource "harness_platform_project" "chaos" {{
  identifier = "chaos_{c.svc().replace('-', '_')}"
  name       = "Chaos {c.svc()}"
  org_id     = "default"
}}
"""


@T("harness", "api_key", g_harness)
def harness_gha(c):
    return c.ch([".github/workflows/chaos.yml", ".github/workflows/resilience-probe.yml"]), f"""name: chaos-gate
on:
  workflow_dispatch:
  schedule:
    - cron: "0 3 * * 2"
jobs:
  run-chaos:
    runs-on: ubuntu-latest
    env:
      HARNESS_ACCOUNT_ID: {rs(c.r, AN + '_-', 22)}
      HARNESS_API_KEY: {c.v}
    steps:
      - uses: actions/checkout@v4
      - name: Launch chaos experiment
        run: |
          curl -sf -X POST "https://app.harness.io/gateway/chaos/manager/api/rest/v2/experiment/{uuid4(c.r)}/run?accountIdentifier=$HARNESS_ACCOUNT_ID" \\
            -H "x-api-key: $HARNESS_API_KEY"
"""


@T("nobl9", "client_secret", g_nobl9_secret)
def sloctl_toml(c):
    org = c.ch(["acme", "shopfront", "payflow-prod"])
    return c.ch([".sloctl/config.toml", "ops/nobl9/config.toml", "tools/sloctl/config.toml"]), f"""defaultContext = "{org}"

[contexts]
  [contexts.{org}]
    clientId = "{nobl9_client_id(c.r)}"
    clientSecret = "{c.v}"
    accessToken = ""
    project = "{c.ch(['default', 'checkout', 'platform'])}"
    url = "https://app.nobl9.com/api"
    oktaOrgURL = "https://accounts.nobl9.com"
"""


@T("nobl9", "client_secret", g_nobl9_secret, HREF)
def nobl9_tf(c):
    return c.ch(["terraform/slo/provider.tf", "slo/nobl9/main.tf"]), f"""provider "nobl9" {{
  organization  = "{c.ch(['acme', 'shopfront'])}"
  project       = "{c.svc()}"
  client_id     = "{nobl9_client_id(c.r)}"
  client_secret = "{c.v}"
}}

resource "nobl9_slo" "{c.svc().replace('-', '_')}_latency" {{
  name         = "{c.svc()}-latency"
  service      = "{c.svc()}"
  budgeting_method = "Occurrences"
  project      = "{c.svc()}"
  # see objectives.tf
}}
"""


@T("nobl9", "client_secret", g_nobl9_secret)
def nobl9_py(c):
    return c.ch(["exporters/nobl9_budget_report.py", "scripts/slo/weekly_budget.py"]), f'''"""Weekly error-budget report posted to #reliability."""
import requests

N9_ORG = "{c.ch(['acme', 'shopfront'])}"
N9_CLIENT_ID = "{nobl9_client_id(c.r)}"
N9_CLIENT_SECRET = "{c.v}"
AUTH_URL = "https://accounts.nobl9.com/oauth2/ausdh151kj9OOWv5x191/v1/token"


def token():
    r = requests.post(AUTH_URL, auth=(N9_CLIENT_ID, N9_CLIENT_SECRET),
                      data={{"grant_type": "client_credentials", "scope": "m2m"}})
    r.raise_for_status()
    return r.json()["access_token"]


def slos(project="{c.svc()}"):
    h = {{"Authorization": "Bearer " + token(), "Organization": N9_ORG, "Project": project}}
    return requests.get("https://app.nobl9.com/api/slos", headers=h).json()
'''


@T("datadog", "api_key", g_dd, YREF)
def openslo_ds(c):
    return c.ch(["slo/openslo/datasource-datadog.yaml", "openslo/datasources.yaml"]), f"""apiVersion: openslo/v1
kind: DataSource
metadata:
  name: datadog-{c.ch(['prod', 'eu', 'us1'])}
  displayName: Datadog production
spec:
  type: Datadog
  connectionDetails:
    site: {c.ch(['datadoghq.com', 'datadoghq.eu', 'us5.datadoghq.com'])}
    apiKey: {c.v}
---
apiVersion: openslo/v1
kind: SLO
metadata:
  name: {c.svc()}-availability
spec:
  service: {c.svc()}
  budgetingMethod: Occurrences
  objectives:
    - target: 0.99{c.r.randint(0, 9)}
"""


@T("prometheus", "password", g_pwu, SHREF)
def pyrra_url(c):
    return c.ch(["deploy/pyrra/deployment.yaml", "k8s/slo/pyrra-api.yaml"]), f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: pyrra-api
  namespace: monitoring
spec:
  replicas: 1
  selector:
    matchLabels:
      app: pyrra-api
  template:
    metadata:
      labels:
        app: pyrra-api
    spec:
      containers:
        - name: pyrra
          image: ghcr.io/pyrra-dev/pyrra:v0.7.{c.r.randint(0, 5)}
          args:
            - api
            - --prometheus-url=https://slo-reader:{c.v}@prometheus.{c.dom()}
            - --api-url=http://pyrra-kubernetes:9444
          ports:
            - containerPort: 9099
"""


@T("prometheus", "password", g_pw, YREF)
def prom_remote_write(c):
    return c.ch(["prometheus/prometheus.yml", "monitoring/prometheus-slo.yml"]), f"""global:
  scrape_interval: 30s
  external_labels:
    cluster: {c.cluster()}

rule_files:
  - /etc/prometheus/rules/sloth-*.yml

remote_write:
  - url: https://prom-push.{c.dom()}/api/v1/write
    basic_auth:
      username: {c.ch(['slo-writer', 'sloth', 'remote-write', str(c.r.randint(100000, 999999))])}
      password: '{c.v}'
    queue_config:
      max_samples_per_send: 5000

scrape_configs:
  - job_name: blackbox-status
    metrics_path: /probe
    params:
      module: [http_2xx]
"""


@T("grafana", "password", g_pw, YREF)
def grafana_ds(c):
    return c.ch(["grafana/provisioning/datasources/prometheus.yaml", "deploy/grafana/datasources.yaml"]), f"""apiVersion: 1
datasources:
  - name: Prometheus-SLO
    type: prometheus
    access: proxy
    url: https://prometheus.{c.dom()}
    basicAuth: true
    basicAuthUser: grafana
    isDefault: true
    jsonData:
      timeInterval: 30s
    secureJsonData:
      basicAuthPassword: "{c.v}"
"""


@T("prometheus", "password", g_pw)
def status_check_py(c):
    return c.ch(["checks/status_check.py", "toil/check_slo_burn.py", "scripts/status/prom_probe.py"]), f'''#!/usr/bin/env python3
# status check: fail if the 1h burn rate for {c.svc()} exceeds 14.4
import sys
import requests

PROM = "https://prometheus.{c.dom()}/api/v1/query"
QUERY = 'slo:sli_error:ratio_rate1h{{sloth_service="{c.svc()}"}} / (1 - 0.999)'

resp = requests.get(PROM, params={{"query": QUERY}}, auth=("status-check", "{c.v}"), timeout=10)
resp.raise_for_status()
result = resp.json()["data"]["result"]
burn = float(result[0]["value"][1]) if result else 0.0
print(f"burn rate {{burn:.2f}}")
sys.exit(1 if burn > 14.4 else 0)
'''


@T("stackstorm", "password", g_pw)
def st2_cli_cfg(c):
    return c.ch([".st2/config", "ops/st2/cli.conf"]), f"""[general]
base_url = https://st2.{c.dom()}
silence_ssl_warnings = True

[cli]
debug = False
cache_token = True

[credentials]
username = {c.ch(['st2admin', 'automation', 'oncall-bot'])}
password = {c.v}

[api]
url = https://st2.{c.dom()}/api/v1
"""


@T("stackstorm", "api_key", g_st2, SHREF)
def st2_apikey_sh(c):
    return c.ch(["scripts/st2/remediate_disk.sh", "toil/restart_workers.sh"]), f"""#!/usr/bin/env bash
# toil reduction: trigger the st2 remediation workflow instead of ssh-ing around
export ST2_BASE_URL=https://st2.{c.dom()}
export ST2_API_KEY={c.v}

st2 run sre.remediate_{c.ch(['disk_full', 'oom_worker', 'stuck_queue'])} host="$1" service={c.svc()}
"""


@T("stackstorm", "api_key", g_st2)
def st2_apikey_py(c):
    return c.ch(["bots/incident/st2_client.py", "automation/st2_trigger.py"]), f'''import requests

ST2_URL = "https://st2.{c.dom()}/api/v1"
ST2_API_KEY = "{c.v}"


def run_action(ref, **params):
    """Execute a StackStorm action and return the execution id."""
    r = requests.post(
        ST2_URL + "/executions",
        json={{"action": ref, "parameters": params}},
        headers={{"St2-Api-Key": ST2_API_KEY}},
        verify=False,
    )
    r.raise_for_status()
    return r.json()["id"]
'''


@T("pagerduty", "api_key", g_pd_rest, ST2REF)
def st2_kv_json(c):
    return c.ch(["st2/datastore/load.json", "packs/sre/datastore.json"]), f"""[
  {{
    "name": "oncall_schedule_id",
    "value": "P{rs(c.r, UP + DG, 6)}"
  }},
  {{
    "name": "pagerduty_api_key",
    "value": "{c.v}",
    "secret": true
  }},
  {{
    "name": "remediation_max_hosts",
    "value": "{c.r.randint(2, 10)}"
  }}
]
"""


@T("slack", "webhook", g_slack_hook, ST2REF, SLACK_EX)
def st2_pack_slack(c):
    return c.ch(["st2/configs/slack.yaml", "packs/configs/slack.yaml"]), f"""---
post_message_action:
  webhook_url: "{c.v}"
  channel: "#{c.ch(['incidents', 'sre-alerts', 'gameday'])}"
  username: "stackstorm"
  icon_emoji: ":robot_face:"
sensor:
  strip_formatting: false
"""


@T("shoreline", "api_token", g_shoreline_jwt, HREF)
def shoreline_tf(c):
    return c.ch(["terraform/shoreline/provider.tf", "runbooks/shoreline/main.tf"]), f"""provider "shoreline" {{
  url     = "https://{c.ch(['acme', 'shopfront'])}.us.api.shoreline-{c.ch(['prod', 'cust'])}.io"
  token   = "{c.v}"
  retries = 2
}}

resource "shoreline_action" "restart_{c.svc().replace('-', '_')}" {{
  name        = "restart_{c.svc().replace('-', '_')}"
  command     = "`kubectl rollout restart deploy/{c.svc()}`"
  description = "toil: rollout restart"
  enabled     = true
}}
"""


@T("transposit", "api_key", g_an32)
def transposit_py(c):
    return c.ch(["runbooks/transposit_trigger.py", "automation/transposit_webhook.py"]), f'''import os
import requests

# Transposit runbook trigger for {c.svc()} incidents
TRANSPOSIT_API_KEY = "{c.v}"
RUNBOOK_URL = "https://api.transposit.com/app/{c.ch(['acme', 'sre-team'])}/incident_runbooks/api/v1/execute"


def trigger(incident_id):
    return requests.post(RUNBOOK_URL, headers={{"X-API-KEY": TRANSPOSIT_API_KEY}},
                         json={{"incident": incident_id, "user": os.getenv("USER")}}).json()
'''


@T("rundeck", "api_token", g_an32, SHREF)
def rundeck_conf(c):
    return c.ch([".rd/rd.conf", "ops/rundeck/rd.conf"]), f"""# rundeck CLI config ({c.intl()})
export RD_URL=https://rundeck.{c.dom()}
export RD_TOKEN={c.v}
export RD_PROJECT={c.svc()}
export RD_HTTP_TIMEOUT=60
"""


@T("datadog", "api_key", g_dd)
def dd_go(c):
    return c.ch(["cmd/slo-exporter/main.go", "internal/exporter/datadog.go"]), f"""package main

import (
	"bytes"
	"fmt"
	"net/http"
	"time"
)

const (
	ddSite   = "https://api.{c.ch(['datadoghq.com', 'datadoghq.eu'])}"
	ddAPIKey = "{c.v}"
)

// pushBurnRate sends the computed burn rate as a custom metric.
func pushBurnRate(slo string, v float64) error {{
	body := fmt.Sprintf(`{{"series":[{{"metric":"slo.burn_rate","points":[[%d,%f]],"tags":["slo:%s"]}}]}}`, time.Now().Unix(), v, slo)
	req, _ := http.NewRequest("POST", ddSite+"/api/v1/series", bytes.NewBufferString(body))
	req.Header.Set("DD-API-KEY", ddAPIKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {{
		return err
	}}
	defer resp.Body.Close()
	return nil
}}
"""


@T("datadog", "api_key", g_dd, YREF)
def dd_helm(c):
    return c.ch(["deploy/datadog/values.yaml", "helm/datadog-agent/values-%s.yaml" % c.cluster()]), f"""datadog:
  site: {c.ch(['datadoghq.com', 'datadoghq.eu'])}
  apiKey: {c.v}
  clusterName: {c.cluster()}
  logs:
    enabled: true
    containerCollectAll: false
  apm:
    portEnabled: true
  tags:
    - team:{c.team()}
clusterAgent:
  enabled: true
  metricsProvider:
    enabled: true
"""


@T("datadog", "api_key", g_dd)
def dd_makefile(c):
    return c.ch(["Makefile", "gameday/Makefile"]), f""".PHONY: gameday-start gameday-end

SERVICE ?= {c.svc()}
DD_API_KEY ?= {c.v}
DD_SITE ?= datadoghq.com

gameday-start:
\tcurl -s -X POST "https://api.$(DD_SITE)/api/v1/events" \\
\t  -H "DD-API-KEY: $(DD_API_KEY)" -H "Content-Type: application/json" \\
\t  -d '{{"title":"Game day start: $(SERVICE)","tags":["gameday","service:$(SERVICE)"]}}'

gameday-end:
\t@echo "remember to halt attacks"
"""


@T("newrelic", "user_api_key", g_nrak)
def nr_py(c):
    return c.ch(["exporters/newrelic_slo.py", "scripts/slo/nr_sli_export.py"]), f'''import requests

NR_ACCOUNT_ID = {c.r.randint(1000000, 4999999)}
NEW_RELIC_API_KEY = "{c.v}"

NRQL = "SELECT percentage(count(*), WHERE duration < 0.3) FROM Transaction WHERE appName = '{c.svc()}' SINCE 1 day ago"


def sli():
    q = {{"query": "{{ actor {{ account(id: %d) {{ nrql(query: \\"%s\\") {{ results }} }} }} }}" % (NR_ACCOUNT_ID, NRQL)}}
    r = requests.post("https://api.newrelic.com/graphql", json=q, headers={{"API-Key": NEW_RELIC_API_KEY}})
    return r.json()
'''


@T("newrelic", "license_key", g_nrlic, YREF)
def nr_infra(c):
    return c.ch(["ansible/roles/newrelic/files/newrelic-infra.yml", "newrelic-infra.yml"]), f"""license_key: {c.v}
display_name: {c.svc()}-canary-{c.r.randint(1, 9)}
log_file: /var/log/newrelic-infra/newrelic-infra.log
custom_attributes:
  team: {c.team()}
  environment: {c.ch(['production', 'staging'])}
enable_process_metrics: true
"""


@T("honeycomb", "api_key", g_hny, YREF)
def hny_otel(c):
    return c.ch(["otel/collector-config.yaml", "deploy/otel-collector/config.yaml"]), f"""receivers:
  otlp:
    protocols:
      grpc:
      http:
processors:
  batch:
exporters:
  otlp/honeycomb:
    endpoint: api.honeycomb.io:443
    headers:
      x-honeycomb-team: {c.v}
      x-honeycomb-dataset: {c.svc()}-slo
service:
  pipelines:
    traces:
      receivers: [otlp]
      processors: [batch]
      exporters: [otlp/honeycomb]
"""


@T("honeycomb", "api_key", g_hny)
def hny_js(c):
    return c.ch(["canaries/checkout-flow/index.js", "synthetics/lib/telemetry.js"]), f"""const Libhoney = require('libhoney');

// send canary timings to honeycomb so the SLO board picks them up
const hny = new Libhoney({{
  writeKey: '{c.v}',
  dataset: 'synthetics-{c.svc()}',
}});

module.exports.record = (step, ms, ok) => {{
  hny.sendNow({{ step, duration_ms: ms, ok, canary: process.env.AWS_LAMBDA_FUNCTION_NAME }});
}};
"""


@T("grafana", "service_account_token", g_glsa, HREF)
def grafana_tf(c):
    return c.ch(["terraform/grafana/provider.tf", "dashboards/tf/main.tf"]), f"""provider "grafana" {{
  url  = "https://grafana.{c.dom()}"
  auth = "{c.v}"
}}

resource "grafana_folder" "slo" {{
  title = "SLOs - {c.team()}"
}}

resource "grafana_dashboard" "error_budget" {{
  folder      = grafana_folder.slo.id
  config_json = file("${{path.module}}/dashboards/error-budget.json")
}}
"""


@T("grafana", "cloud_token", g_glc, SHREF)
def grafana_glc_sh(c):
    return c.ch(["scripts/push_slo_rules.sh", "slo/sloth/publish.sh"]), f"""#!/usr/bin/env bash
set -e
# generate Sloth rules and push them to Grafana Cloud Mimir
sloth generate -i slos/ -o build/rules.yml
export GRAFANA_CLOUD_TOKEN="{c.v}"
mimirtool rules load build/rules.yml \\
  --address=https://prometheus-{c.ch(['prod-10-prod-us-central-0', 'prod-24-prod-eu-west-2'])}.grafana.net \\
  --id={c.r.randint(100000, 999999)} --key="$GRAFANA_CLOUD_TOKEN"
"""


@T("grafana", "api_key", g_grafana_legacy)
def grafana_legacy_py(c):
    return c.ch(["tools/sync_slo_dashboards.py", "scripts/grafana_annotate.py"]), f'''import requests

GRAFANA = "https://grafana.{c.dom()}"
GRAFANA_TOKEN = "{c.v}"


def annotate(text, tags=("gameday",)):
    """Add a game-day annotation so the burn-rate panels show when chaos started."""
    return requests.post(f"{{GRAFANA}}/api/annotations",
                         headers={{"Authorization": f"Bearer {{GRAFANA_TOKEN}}"}},
                         json={{"text": text, "tags": list(tags)}}).json()
'''


@T("pagerduty", "routing_key", g_pd_routing, YREF)
def pd_alertmanager(c):
    return c.ch(["alertmanager/alertmanager.yml", "monitoring/alertmanager/config.yml"]), f"""route:
  receiver: default
  group_by: [alertname, sloth_service]
  routes:
    - matchers: [severity="page"]
      receiver: pagerduty-{c.team()}

receivers:
  - name: default
  - name: pagerduty-{c.team()}
    pagerduty_configs:
      - routing_key: {c.v}
        severity: critical
        description: '{{{{ .CommonAnnotations.summary }}}}'
"""


@T("pagerduty", "api_key", g_pd_rest)
def pd_rest_py(c):
    return c.ch(["bots/incident/pd.py", "toil/ack_stale_incidents.py"]), f'''"""Auto-resolve incidents whose SLO burn recovered (toil reduction)."""
import requests

PD_API_KEY = "{c.v}"
FROM = "{c.person().split('.')[0]}@{c.dom()}"
HEADERS = {{
    "Authorization": "Token token=" + PD_API_KEY,
    "Accept": "application/vnd.pagerduty+json;version=2",
    "From": FROM,
}}


def open_incidents(service_id="P{rs(c.r, UP + DG, 6)}"):
    r = requests.get("https://api.pagerduty.com/incidents",
                     params={{"service_ids[]": service_id, "statuses[]": "triggered"}}, headers=HEADERS)
    return r.json()["incidents"]
'''


@T("pagerduty", "routing_key", g_pd_routing)
def pd_go(c):
    return c.ch(["internal/alerting/pagerduty.go", "pkg/killswitch/notify.go"]), f"""package alerting

import (
	"context"

	"github.com/PagerDuty/go-pagerduty"
)

// routing key of the "{c.svc()} - kill switch" service
var pdRoutingKey = "{c.v}"

func TriggerKillSwitchPage(ctx context.Context, summary string) error {{
	_, err := pagerduty.ManageEventWithContext(ctx, pagerduty.V2Event{{
		RoutingKey: pdRoutingKey,
		Action:     "trigger",
		Payload: &pagerduty.V2Payload{{
			Summary:  summary,
			Source:   "killswitch",
			Severity: "critical",
		}},
	}})
	return err
}}
"""


@T("pagerduty", "api_key", g_pd_rest, HREF)
def pd_tf(c):
    return c.ch(["terraform/pagerduty/main.tf", "oncall/terraform/provider.tf"]), f"""provider "pagerduty" {{
  token = "{c.v}"
}}

resource "pagerduty_service" "{c.svc().replace('-', '_')}" {{
  name                    = "{c.svc()}"
  escalation_policy       = pagerduty_escalation_policy.sre.id
  acknowledgement_timeout = 600
  auto_resolve_timeout    = "null"
  alert_creation          = "create_alerts_and_incidents"
}}
"""


@T("slack", "webhook", g_slack_hook, examples=SLACK_EX)
def slack_js(c):
    return c.ch(["bots/incident-bot/src/notify.js", "src/slack.js"]), f"""const https = require('https');

// #{c.ch(['incidents', 'sre-alerts'])} incoming webhook
const SLACK_WEBHOOK = '{c.v}';

function notify(text) {{
  const body = JSON.stringify({{ text }});
  const req = https.request(SLACK_WEBHOOK, {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }} }});
  req.write(body);
  req.end();
}}

module.exports = {{ notify }};
"""


@T("slack", "bot_token", g_xoxb, examples=XOXB_EX)
def slack_py(c):
    return c.ch(["bots/incident/app.py", "incident_bot/slack_bot.py"]), f'''from slack_sdk import WebClient

# incident bot: opens #inc-<id> channels and pins the runbook
client = WebClient(token="{c.v}")


def open_incident_channel(inc_id, title):
    ch = client.conversations_create(name=f"inc-{{inc_id}}")["channel"]["id"]
    client.chat_postMessage(channel=ch, text=f":rotating_light: {{title}}")
    client.chat_postMessage(channel=ch, text="runbook: https://wiki.{c.dom()}/sre/runbooks/{c.svc()}")
    return ch
'''


@T("slack", "webhook", g_slack_hook, SHREF, SLACK_EX)
def slack_sh(c):
    return c.ch(["gameday/announce.sh", "scripts/gameday_notify.sh"]), f"""#!/bin/bash
# announce game day start/stop in the channel
# {c.intl()}
WEBHOOK="{c.v}"
MSG="${{1:-Game day for {c.svc()} starting now - expect alerts}}"
curl -s -X POST -H 'Content-type: application/json' --data "{{\\"text\\": \\"${{MSG}}\\"}}" "$WEBHOOK"
"""


@T("slack", "webhook", g_slack_hook, YREF, SLACK_EX)
def slack_alertmanager(c):
    return c.ch(["alertmanager/slo-alerts.yml", "deploy/alertmanager/alertmanager.yaml"]), f"""global:
  resolve_timeout: 5m
  slack_api_url: '{c.v}'

route:
  receiver: slack-slo
  group_wait: 30s

receivers:
  - name: slack-slo
    slack_configs:
      - channel: '#slo-burn'
        send_resolved: true
        title: '{{{{ .CommonLabels.sloth_slo }}}} burning'
"""


@T("slack", "signing_secret", g_hex32)
def slack_toml(c):
    return c.ch(["bots/incident/config.toml", "config/bot.toml"]), f"""[server]
listen = "0.0.0.0:{c.r.choice([3000, 8080, 8443])}"

[slack]
app_id = "A{rs(c.r, UP + DG, 10)}"
signing_secret = "{c.v}"
incident_channel_prefix = "inc-"

[pagerduty]
service = "P{rs(c.r, UP + DG, 6)}"
"""


@T("postgres", "password", g_pw, JREF)
def canary_js_db(c):
    return c.ch(["canaries/db-heartbeat/index.js", "synthetics/nodejs/node_modules/dbCanary.js"]), f"""const {{ Client }} = require('pg');
const log = require('SyntheticsLogger');
const synthetics = require('Synthetics');

const dbCanary = async function () {{
  const client = new Client({{
    host: '{c.svc()}-db.{c.ch(['cluster-c8x2', 'cluster-ro-a1b'])}.{c.region()}.rds.amazonaws.com',
    port: 5432,
    user: 'canary_ro',
    password: '{c.v}',
    database: '{c.svc().replace('-', '_')}',
  }});
  await client.connect();
  const res = await client.query('SELECT 1');
  log.info('db heartbeat ok', res.rowCount);
  await client.end();
}};

exports.handler = async () => {{
  return await synthetics.executeStep('dbHeartbeat', dbCanary);
}};
"""


@T("synthetics", "basic_auth", g_basic)
def canary_js_basic(c):
    return c.ch(["canaries/api-status/index.js", "synthetics/apiCanary.js"]), f"""const synthetics = require('Synthetics');
const log = require('SyntheticsLogger');

const apiCanaryBlueprint = async function () {{
  const requestOptions = {{
    hostname: 'status.{c.dom()}',
    method: 'GET',
    path: '/internal/health/{c.svc()}',
    port: 443,
    protocol: 'https:',
    headers: {{
      'User-Agent': synthetics.getCanaryUserAgentString(),
      Authorization: 'Basic {c.v}',
    }},
  }};
  const stepConfig = {{ includeRequestHeaders: false, includeResponseHeaders: true }};
  await synthetics.executeHttpStep('verifyStatus', requestOptions, null, stepConfig);
}};

exports.handler = async () => apiCanaryBlueprint();
"""


@T("synthetics", "password", g_pw)
def canary_py(c):
    return c.ch(["canaries/login_flow/canary.py", "synthetics/python/login_canary.py"]), f'''from aws_synthetics.selenium import synthetics_webdriver as webdriver
from aws_synthetics.common import synthetics_logger as logger

USER = "synthetic.monitor@{c.dom()}"
PASSWORD = "{c.v}"  # {c.intl()}


def login_flow():
    browser = webdriver.Chrome()
    browser.get("https://app.{c.dom()}/login")
    browser.find_element("id", "email").send_keys(USER)
    browser.find_element("id", "password").send_keys(PASSWORD)
    browser.find_element("id", "submit").click()
    logger.info("login ok")


def handler(event, context):
    return login_flow()
'''


@T("kubernetes", "k8s_sa_token", g_k8s_jwt)
def gameday_md_token(c):
    return c.ch(["docs/gamedays/%s-%s.md" % (c.date(), c.svc()), "gameday/README.md"]), f"""# Game day: {c.svc()} zone failure

**Facilitator:** {c.person()}  
**Date:** {c.date()}  
**Hypothesis:** losing one AZ keeps p99 < 400ms and the SLO burn < 2x.

## Setup

1. `kubectl config use-context {c.cluster()}`
2. Runner credentials (the chaos-runner SA, scoped to the gameday namespace):

   ```
   export KUBE_TOKEN={c.v}
   ```

3. Announce in #gameday.

## Abort conditions

- checkout error rate > 2% for 5 minutes
- any page to the primary on-call not related to the experiment
"""


@T("unleash", "api_token", g_unleash, JREF)
def unleash_ts(c):
    return c.ch(["src/killswitch/unleash.ts", "services/killswitch/src/client.ts"]), f"""import {{ initialize }} from 'unleash-client';

// Kill switches for {c.svc()}: flip 'ks.{c.svc()}.disable-recommendations' during incidents
export const unleash = initialize({{
  url: 'https://unleash.{c.dom()}/api/',
  appName: '{c.svc()}',
  refreshInterval: 5000,
  customHeaders: {{ Authorization: '{c.v}' }},
}});

export const killed = (flag: string): boolean => unleash.isEnabled(`ks.${{flag}}`);
"""


@T("launchdarkly", "sdk_key", g_ld, public=["5f3c2b1a9e8d7c6b5a4f3e2d"])
def ld_go(c):
    return c.ch(["internal/killswitch/ld.go", "pkg/flags/client.go"]), f"""package killswitch

import (
	"time"

	ld "github.com/launchdarkly/go-server-sdk/v7"
)

const ldKey = "{c.v}"

var client *ld.LDClient

func Init() error {{
	var err error
	client, err = ld.MakeClient(ldKey, 5*time.Second)
	return err
}}
"""


@T("flagsmith", "server_key", g_flagsmith)
def flagsmith_py(c):
    return c.ch(["app/killswitch.py", "loadshed/flags.py"]), f'''from flagsmith import Flagsmith

# load-shedding switches; default to "shed nothing" if flagsmith is down
flagsmith = Flagsmith(environment_key="{c.v}", enable_local_evaluation=True)


def shed_ratio(service="{c.svc()}"):
    flags = flagsmith.get_environment_flags()
    if flags.is_feature_enabled(f"shed_{{service}}"):
        return float(flags.get_feature_value(f"shed_{{service}}") or 0)
    return 0.0
'''


@T("blameless", "api_key", g_an40)
def blameless_py(c):
    return c.ch(["integrations/blameless_sync.py", "bots/postmortem/blameless.py"]), f'''"""Copy incident timeline from Slack into the Blameless retrospective."""
import requests

BLAMELESS_URL = "https://{c.ch(['acme', 'shopfront'])}.blameless.io/api/v1"
BLAMELESS_API_KEY = "{c.v}"


def add_timeline_event(incident_id, text):
    return requests.post(f"{{BLAMELESS_URL}}/incidents/{{incident_id}}/events",
                         headers={{"Authorization": f"Bearer {{BLAMELESS_API_KEY}}"}},
                         json={{"type": "note", "text": text}}).status_code
'''


@T("jeli", "api_token", g_an48, SHREF)
def jeli_sh(c):
    return c.ch(["scripts/jeli_import.sh", "incident-review/import_to_jeli.sh"]), f"""#!/usr/bin/env bash
# import an incident channel into Jeli for the review
JELI_TOKEN='{c.v}'
CHANNEL="${{1:?usage: $0 <slack-channel-id>}}"
curl -sf -X POST https://api.jeli.io/v1/incidents/import \\
  -H "Authorization: Bearer ${{JELI_TOKEN}}" \\
  -H 'Content-Type: application/json' \\
  -d "{{\\"slack_channel_id\\": \\"${{CHANNEL}}\\"}}"
"""


@T("grafana-k6", "cloud_token", g_hex64)
def k6_makefile(c):
    return c.ch(["loadtest/Makefile", "capacity/Makefile"]), f"""# capacity test for {c.svc()} (target: {c.r.randint(2, 20) * 500} rps)
K6_CLOUD_TOKEN := {c.v}
K6_PROJECT_ID  := {c.r.randint(3000000, 3999999)}

run-local:
\tk6 run scripts/{c.svc()}-ramp.js

run-cloud:
\tK6_CLOUD_TOKEN=$(K6_CLOUD_TOKEN) K6_CLOUD_PROJECT_ID=$(K6_PROJECT_ID) k6 cloud scripts/{c.svc()}-ramp.js
"""


@T("locust", "password", g_pw)
def locust_py(c):
    return c.ch(["loadtest/locustfile.py", "capacity/locustfile.py"]), f'''from locust import HttpUser, between, task


class CheckoutUser(HttpUser):
    wait_time = between(0.5, 2)

    def on_start(self):
        self.client.post("/api/login", json={{"username": "loadtest-{c.r.randint(1, 50):02d}", "password": "{c.v}"}})

    @task(5)
    def browse(self):
        self.client.get("/api/catalog?page=1")

    @task(1)
    def checkout(self):
        self.client.post("/api/cart/checkout", json={{"dry_run": True}})
'''


@T("datadog", "api_key", g_dd)
def log_dd(c):
    lines = []
    n = c.r.randint(3, 12)
    for i in range(n):
        lines.append(f"{c.ts()} INFO  chaos-runner step={i} target={c.svc()} status=ok latency_ms={c.r.randint(20, 900)}")
    lines.append(f"{c.ts()} DEBUG http.client POST https://api.datadoghq.com/api/v1/events headers={{'Content-Type': 'application/json', 'DD-API-KEY': '{c.v}'}}")
    for i in range(c.r.randint(1, 6)):
        lines.append(f"{c.ts()} INFO  chaos-runner rollback step={i} ok")
    return c.ch(["logs/chaos-run-%s.log" % c.date(), "gameday/output/run.log"]), "\n".join(lines) + "\n"


@T("aws", "aws_secret_key", g_aws_sk, examples=AWS_EX)
def log_aws(c):
    lines = [f"+ export AWS_DEFAULT_REGION={c.region()}", f"+ export AWS_ACCESS_KEY_ID={c.ak()}",
             f"+ export AWS_SECRET_ACCESS_KEY={c.v}",
             f"+ aws fis start-experiment --experiment-template-id EXT{rs(c.r, AN, 14)}"]
    pre = [f"[{c.ts()}] game day runner v1.{c.r.randint(0, 9)} starting", "+ set -x"]
    post = ['{', f'    "experiment": {{ "id": "EXP{rs(c.r, AN, 14)}", "state": {{ "status": "initiating" }} }}', '}']
    return c.ch(["logs/fis-gameday.log", "ci-artifacts/chaos-job.log"]), "\n".join(pre + lines + post) + "\n"


@T("gremlin", "team_secret", g_gremlin_secret, envonly=True)
def dotenv_gremlin(c):
    return c.ch([".env", ".env.local", ".env.production"]), f"""GREMLIN_TEAM_ID={uuid4(c.r)}
GREMLIN_TEAM_SECRET={c.v}
GREMLIN_IDENTIFIER={c.svc()}-local
"""


@T("gremlin", "password", g_pw)
def chaostoolkit_json(c):
    return c.ch(["experiments/cpu-hog.json", "chaostoolkit/experiments/%s-latency.json" % c.svc()]), json.dumps({
        "version": "1.0.0",
        "title": "%s survives a CPU hog on one node" % c.svc(),
        "description": "game day experiment",
        "secrets": {"gremlin": {"email": "%s@%s" % (c.person().split(".")[0], c.dom()), "password": c.v, "org_name": "SRE"}},
        "steady-state-hypothesis": {"title": "service healthy", "probes": [
            {"type": "probe", "name": "health", "tolerance": 200,
             "provider": {"type": "http", "url": "https://%s.%s/healthz" % (c.svc(), c.dom())}}]},
        "method": [{"type": "action", "name": "cpu-attack",
                    "provider": {"type": "python", "module": "chaosgremlin.attack.actions", "func": "attack",
                                 "secrets": ["gremlin"], "arguments": {"command": {"type": "cpu"}, "target": {"type": "Random"}}}}],
    }, indent=2) + "\n"


@T("ssh", "private_key", g_pem)
def pem_file(c):
    if c.neg:
        return "gameday/keys/README.md", f"""# chaos runner SSH key

The key is not committed. Fetch it with:

    vault kv get -field=private_key secret/sre/chaos-runner-ssh > ~/.ssh/chaos_runner

In `group_vars` the variable is set to `{c.v}` and filled in by the pipeline.
"""
    return c.ch(["gameday/keys/chaos-runner.pem", "ansible/files/chaos_runner_id", "keys/fis-bastion.key"]), c.v + "\n"


@T("ssh", "private_key", g_pem)
def pem_yaml(c):
    if c.neg:
        body = "  ssh_private_key: \"%s\"" % c.v
    else:
        body = "  ssh_private_key: |\n" + "\n".join("    " + l for l in c.v.split("\n"))
    return c.ch(["ansible/group_vars/chaos_runners.yml", "inventory/gameday/vars.yml"]), f"""---
chaos_runner:
  user: chaos
  hosts_pattern: "{c.svc()}-*"
{body}
  blast_radius_max: {c.r.randint(1, 5)}
"""


@T("opsgenie", "api_key", g_uuid, YREF)
def opsgenie_am(c):
    return c.ch(["alertmanager/opsgenie.yml", "monitoring/alertmanager-opsgenie.yml"]), f"""receivers:
  - name: opsgenie-{c.team()}
    opsgenie_configs:
      - api_key: {c.v}
        api_url: https://api.{c.ch(['', 'eu.'])}opsgenie.com/
        priority: '{{{{ if eq .CommonLabels.severity "page" }}}}P1{{{{ else }}}}P3{{{{ end }}}}'
        responders:
          - name: {c.team()}
            type: team
route:
  receiver: opsgenie-{c.team()}
"""


@T("mysql", "password", g_pw)
def mysql_toil(c):
    return c.ch(["toil/purge_stale_locks.py", "scripts/cleanup_jobs.py"]), f'''#!/usr/bin/env python3
"""Cron: clear job locks older than 2h (was a weekly manual task)."""
import pymysql

conn = pymysql.connect(
    host="{c.svc()}-mysql.{c.dom()}",
    user="toil_bot",
    password="{c.v}",
    database="jobs",
)
with conn.cursor() as cur:
    n = cur.execute("DELETE FROM job_locks WHERE acquired_at < NOW() - INTERVAL 2 HOUR")
    conn.commit()
print(f"purged {{n}} stale locks")
'''


@T("redis", "password", g_pw)
def redis_go(c):
    return c.ch(["cmd/statuscheck/main.go", "internal/health/redis.go"]), f"""package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/redis/go-redis/v9"
)

func main() {{
	rdb := redis.NewClient(&redis.Options{{
		Addr:     "{c.svc()}-cache.{c.dom()}:6379",
		Password: "{c.v}",
		DB:       0,
	}})
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := rdb.Ping(ctx).Err(); err != nil {{
		fmt.Println("CRITICAL redis:", err)
		os.Exit(2)
	}}
	fmt.Println("OK")
}}
"""


@T("postgres", "password", g_pwu, YREF)
def canary_cfg_yaml(c):
    return c.ch(["canaries/config/prod.yaml", "synthetics/config.yaml"]), f"""canaries:
  - name: {c.svc()}-db-heartbeat
    schedule: rate(5 minutes)
    runtime: syn-nodejs-puppeteer-9.0
    env:
      DATABASE_URL: postgresql://canary_ro:{c.v}@{c.svc()}-db.{c.dom()}:5432/{c.svc().replace('-', '_')}?sslmode=require
      TIMEOUT_MS: "{c.r.randint(2, 10) * 1000}"
  - name: {c.svc()}-homepage
    schedule: rate(1 minute)
"""


@T("datadog", "api_key", g_dd)
def dd_toml(c):
    return c.ch(["slo-exporter/config.toml", "config/exporter.toml"]), f"""[exporter]
interval = "60s"
services = ["{c.svc()}", "{c.ch(SERVICES)}"]

[datadog]
site = "datadoghq.eu"
api_key = "{c.v}"
metric_prefix = "slo."

[prometheus]
url = "http://prometheus.monitoring:9090"
"""


@T("pagerduty", "routing_key", g_pd_routing)
def pd_grafana_json(c):
    return c.ch(["grafana/alerting/contact-points.json", "alerting/contactpoints.json"]), json.dumps({
        "apiVersion": 1,
        "contactPoints": [{"orgId": 1, "name": "pagerduty-%s" % c.team(), "receivers": [
            {"uid": rs(c.r, LO + DG, 14), "type": "pagerduty", "disableResolveMessage": False,
             "settings": {"integrationKey": c.v, "severity": "critical", "class": "slo-burn"}}]}]
    }, indent=2) + "\n"


@T("steadybit", "agent_key", g_steadybit)
def steadybit_md(c):
    return c.ch(["docs/steadybit-setup.md", "runbooks/chaos/steadybit.md"]), f"""## Steadybit agent on the perf hosts

On each host ({c.intl()}):

```sh
curl -sfL https://get.steadybit.com/agent-linux.sh | sh -s -- \\
  -a {c.v} \\
  -e https://platform.steadybit.com
```

Check `systemctl status steadybit-agent`, then verify in the UI under *Settings > Agents*.
"""


@T("newrelic", "license_key", g_nrlic)
def nr_js(c):
    return c.ch(["newrelic.js", "services/%s/newrelic.js" % c.svc()]), f"""'use strict'
exports.config = {{
  app_name: ['{c.svc()}'],
  license_key: '{c.v}',
  distributed_tracing: {{ enabled: true }},
  logging: {{ level: 'info' }},
  allow_all_headers: true,
}}
"""


@T("slack", "bot_token", g_xoxb, SHREF, XOXB_EX)
def slack_sh_bot(c):
    return c.ch(["scripts/oncall_handoff.sh", "toil/post_handoff.sh"]), f"""#!/usr/bin/env bash
# weekly on-call handoff summary
SLACK_BOT_TOKEN="{c.v}"
CHANNEL=C{rs(c.r, UP + DG, 10)}
TEXT=$(python3 scripts/summarize_week.py)
curl -s -X POST https://slack.com/api/chat.postMessage \\
  -H "Authorization: Bearer $SLACK_BOT_TOKEN" \\
  -H 'Content-type: application/json; charset=utf-8' \\
  --data "$(jq -n --arg c "$CHANNEL" --arg t "$TEXT" '{{channel:$c,text:$t}}')"
"""


@T("aws", "aws_secret_key", g_aws_sk, examples=AWS_EX)
def aws_credentials_ini(c):
    return c.ch(["gameday/aws/credentials", "chaos-runner/.aws/credentials"]), f"""[default]
region = {c.region()}

[gameday]
aws_access_key_id = {c.ak()}
aws_secret_access_key = {c.v}
# {c.intl()}
"""


@T("stackstorm", "api_key", g_st2, YREF)
def st2_helm(c):
    return c.ch(["deploy/stackstorm-ha/values.yaml", "helm/st2/values-prod.yaml"]), f"""st2:
  username: st2admin
  packs:
    configs:
      core.yaml: |
        ---
  apikeys:
    - key: "{c.v}"
      user: st2admin
      metadata: {{"used_by": "incident-bot"}}
jobs:
  preRegisterContentCommand: []
st2web:
  replicas: 2
"""


# ================================================================= LOOK-ALIKE NEGATIVES
LOOK = []


def L(provider, kind):
    def deco(fn):
        LOOK.append(dict(name=fn.__name__, provider=provider, kind=kind, fn=fn))
        return fn
    return deco


def sha256(r):
    return hexs(r, 64)


def ssh_pub(c):
    if c.r.random() < 0.5:
        return "ssh-ed25519 " + b64(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + c.r.randbytes(32)) + " " + c.person().split(".")[0] + "@laptop"
    return "ssh-rsa " + b64(b"\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01\x00\x00\x01\x01\x00" + c.r.randbytes(256)) + " chaos-runner"


def cert_pem(c):
    der = bytes.fromhex("308203") + c.r.randbytes(1) + bytes.fromhex("3082") + c.r.randbytes(701)
    body = b64(der)
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END CERTIFICATE-----"


@L("chaos-mesh", "uid")
def l_podchaos(c):
    return c.ch(["chaos/podchaos-%s.yaml" % c.svc(), "experiments/chaos-mesh/pod-kill.yaml"]), f"""apiVersion: chaos-mesh.org/v1alpha1
kind: PodChaos
metadata:
  name: pod-kill-{c.svc()}
  namespace: chaos-mesh
  uid: {uuid4(c.r)}
  resourceVersion: "{c.r.randint(10000000, 99999999)}"
  annotations:
    experiment.chaos-mesh.org/pause: "false"
spec:
  action: pod-kill
  mode: one
  selector:
    namespaces: [{c.svc()}]
    labelSelectors:
      app: {c.svc()}
      pod-template-hash: {rs(c.r, LO + DG, 10)}
status:
  experiment:
    containerRecords:
      - id: {c.svc()}/{c.svc()}-{rs(c.r, LO + DG, 10)}-{rs(c.r, LO + DG, 5)}
        phase: Injected
        selectorKey: .
  conditions:
    - status: "True"
      type: AllInjected
"""


@L("openslo", "promql")
def l_openslo(c):
    s = c.svc()
    return c.ch(["slo/openslo/%s.yaml" % s, "openslo/slos.yaml"]), f"""apiVersion: openslo/v1
kind: SLO
metadata:
  name: {s}-availability
  displayName: {s} availability
spec:
  service: {s}
  indicator:
    metadata:
      name: {s}-good-ratio
    spec:
      ratioMetric:
        counter: true
        good:
          metricSource:
            type: Prometheus
            spec:
              query: sum(rate(http_requests_total{{service="{s}",code!~"5.."}}[5m]))
        total:
          metricSource:
            type: Prometheus
            spec:
              query: sum(rate(http_requests_total{{service="{s}"}}[5m]))
  timeWindow:
    - duration: 28d
      isRolling: true
  budgetingMethod: Occurrences
  objectives:
    - displayName: good
      target: 0.99{c.r.randint(0, 9)}
"""


@L("nobl9", "slo_uid")
def l_nobl9_slo(c):
    s = c.svc()
    return c.ch(["slo/nobl9/%s.yaml" % s, "nobl9/slos/%s-latency.yaml" % s]), f"""- apiVersion: n9/v1alpha
  kind: SLO
  metadata:
    name: {s}-latency
    project: {c.ch(['default', 'platform'])}
    labels:
      team: [{c.team()}]
  spec:
    service: {s}
    indicator:
      metricSource:
        name: datadog-prod
        kind: Agent
    budgetingMethod: Occurrences
    objectives:
      - displayName: p95 under 300ms
        name: objective-1
        op: lte
        value: 300
        target: 0.95
        rawMetric:
          query:
            datadog:
              query: avg:trace.http.request.duration.by.service.95p{{service:{s},env:prod}}
    timeWindows:
      - unit: Day
        count: 28
        isRolling: true
    alertPolicies: [fast-burn-{rs(c.r, LO + DG, 8)}]
  status:
    updatedAt: "{c.ts()}"
    sloUid: {uuid4(c.r)}
"""


@L("sloth", "promql")
def l_sloth(c):
    s = c.svc()
    return c.ch(["slos/sloth/%s.yml" % s, "sloth/%s.yaml" % s]), f"""version: "prometheus/v1"
service: "{s}"
labels:
  owner: "{c.team()}"
  tier: "1"
slos:
  - name: "requests-availability"
    objective: 99.9
    description: "Common SLO based on availability for HTTP request responses."
    sli:
      events:
        error_query: sum(rate(http_request_duration_seconds_count{{job="{s}",code=~"(5..|429)"}}[{{{{.window}}}}]))
        total_query: sum(rate(http_request_duration_seconds_count{{job="{s}"}}[{{{{.window}}}}]))
    alerting:
      name: {s.title().replace('-', '')}HighErrorRate
      labels:
        category: "availability"
      page_alert:
        labels:
          severity: pageteam
          routing_key: {c.team()}
      ticket_alert:
        labels:
          severity: "slack"
"""


@L("pyrra", "promql")
def l_pyrra(c):
    s = c.svc()
    return c.ch(["k8s/slo/pyrra-%s.yaml" % s]), f"""apiVersion: pyrra.dev/v1alpha1
kind: ServiceLevelObjective
metadata:
  name: {s}-errors
  namespace: monitoring
  labels:
    prometheus: k8s
    role: alert-rules
    pyrra.dev/team: {c.team()}
spec:
  target: "99.{c.r.randint(0, 95)}"
  window: 4w
  indicator:
    ratio:
      errors:
        metric: grpc_server_handled_total{{grpc_service="{s}",grpc_code=~"Aborted|Unavailable|Internal|Unknown"}}
      total:
        metric: grpc_server_handled_total{{grpc_service="{s}"}}
"""


@L("litmus", "uid")
def l_litmus(c):
    return c.ch(["litmus/chaosresult-%s.yaml" % c.svc(), "chaos/litmus/engine.yaml"]), f"""apiVersion: litmuschaos.io/v1alpha1
kind: ChaosEngine
metadata:
  name: {c.svc()}-pod-delete
  namespace: litmus
  labels:
    workflow_run_id: {uuid4(c.r)}
    infra_id: {uuid4(c.r)}
spec:
  engineState: active
  appinfo:
    appns: {c.svc()}
    applabel: app={c.svc()}
    appkind: deployment
  chaosServiceAccount: litmus-admin
  experiments:
    - name: pod-delete
      spec:
        components:
          env:
            - name: TOTAL_CHAOS_DURATION
              value: "60"
            - name: CHAOS_INTERVAL
              value: "10"
        probe:
          - name: check-{c.svc()}
            type: httpProbe
            httpProbe/inputs:
              url: http://{c.svc()}.{c.svc()}.svc:8080/healthz
              method:
                get:
                  criteria: ==
                  responseCode: "200"
            mode: Continuous
status:
  engineStatus: completed
  experiments:
    - name: pod-delete
      runner: {c.svc()}-pod-delete-runner
      experimentPod: pod-delete-{rs(c.r, LO + DG, 6)}-{rs(c.r, LO + DG, 5)}
      verdict: Pass
      lastUpdateTime: "{c.ts()}"
"""


@L("generic", "trace_id")
def l_runlog(c):
    lines = []
    for i in range(c.r.randint(8, 20)):
        ev = c.ch(["attack.start", "probe.ok", "probe.ok", "slo.check", "attack.halt", "rollback.ok"])
        lines.append(f"{c.ts()} level=info event={ev} trace_id={hexs(c.r, 32)} span_id={hexs(c.r, 16)} "
                     f"experiment_id={uuid4(c.r)} target={c.svc()} dur_ms={c.r.randint(3, 3000)}")
    k = c.r.randrange(len(lines))
    lines.insert(k, f"{c.ts()} level=debug msg=\"loaded credentials\" gremlin_api_key=**************** dd_api_key=****{hexs(c.r, 4)} slack_webhook=[REDACTED]")
    return c.ch(["logs/gameday-%s.log" % c.date(), "artifacts/chaos-run.log"]), "\n".join(lines) + "\n"


@L("gremlin", "attack_guid")
def l_gremlin_export(c):
    attacks = []
    for _ in range(c.r.randint(2, 5)):
        attacks.append({"guid": uuid4(c.r), "teamId": uuid4(c.r), "stage": c.ch(["Successful", "Halted", "Failed"]),
                        "createdBy": "%s@%s" % (c.person().split(".")[0], c.dom()), "createdAt": c.ts(),
                        "args": ["-l", "60", "-m", str(c.r.randint(50, 500))], "type": c.ch(["latency", "cpu", "blackhole", "shutdown"]),
                        "targetIdentifiers": ["%s-%s" % (c.svc(), hexs(c.r, 8))]})
    return c.ch(["gameday/results/gremlin-attacks.json", "reports/%s-attacks.json" % c.date()]), json.dumps(attacks, indent=2) + "\n"


@L("aws", "arn")
def l_fis_tf(c):
    a = c.acct()
    reg = c.region()
    return c.ch(["terraform/fis/experiment.tf", "infra/chaos/fis.tf"]), f"""resource "aws_fis_experiment_template" "cpu_stress" {{
  description = "CPU stress {c.svc()}"
  role_arn    = "arn:aws:iam::{a}:role/fis-gameday"

  stop_condition {{
    source = "aws:cloudwatch:alarm"
    value  = "arn:aws:cloudwatch:{reg}:{a}:alarm:{c.svc()}-slo-fast-burn"
  }}

  action {{
    name      = "cpu-stress"
    action_id = "aws:ssm:send-command"
    parameter {{
      key   = "documentArn"
      value = "arn:aws:ssm:{reg}::document/AWSFIS-Run-CPU-Stress"
    }}
    parameter {{
      key   = "documentParameters"
      value = jsonencode({{ DurationSeconds = "120" }})
    }}
    target {{
      key   = "Instances"
      value = "targets"
    }}
  }}

  target {{
    name           = "targets"
    resource_type  = "aws:ec2:instance"
    resource_arns  = ["arn:aws:ec2:{reg}:{a}:instance/i-{hexs(c.r, 17)}"]
    selection_mode = "ALL"
  }}

  log_configuration {{
    log_schema_version = 2
    cloudwatch_logs_configuration {{
      log_group_arn = "arn:aws:logs:{reg}:{a}:log-group:/fis/gameday:*"
    }}
  }}
}}
"""


@L("kubernetes", "secret_ref")
def l_helm_refs(c):
    return c.ch(["deploy/%s/values.yaml" % c.svc(), "helm/chaos-runner/values.yaml"]), f"""image:
  repository: ghcr.io/{c.ch(['acme', 'shopfront'])}/chaos-runner
  tag: "1.{c.r.randint(0, 30)}.{c.r.randint(0, 9)}"
  digest: sha256:{sha256(c.r)}
env:
  - name: GREMLIN_TEAM_ID
    value: "{uuid4(c.r)}"
  - name: GREMLIN_TEAM_SECRET
    valueFrom:
      secretKeyRef:
        name: gremlin-team-cert
        key: GREMLIN_TEAM_SECRET
  - name: DD_API_KEY
    valueFrom:
      secretKeyRef:
        name: datadog-secret
        key: api-key
  - name: PAGERDUTY_ROUTING_KEY
    valueFrom:
      secretKeyRef: {{name: pagerduty, key: routing-key}}
existingSecret: chaos-runner-credentials
"""


@L("stackstorm", "secret_ref")
def l_st2_workflow(c):
    return c.ch(["packs/sre/actions/workflows/remediate.yaml", "st2/packs/oncall/actions/workflows/page.yaml"]), f"""version: 1.0
description: Remediate {c.svc()} and page if it fails
input:
  - host
  - service
vars:
  - pd_key: <% ctx().pd_key %>
tasks:
  restart:
    action: core.remote_sudo
    input:
      hosts: <% ctx().host %>
      cmd: systemctl restart <% ctx().service %>
    next:
      - when: <% failed() %>
        do: page
  page:
    action: pagerduty.launch_incident
    input:
      api_key: "{{{{ st2kv.system.pagerduty_api_key | decrypt_kv }}}}"
      routing_key: "{{{{ st2kv.system.pd_routing_key_{c.svc().replace('-', '_')} | decrypt_kv }}}}"
      description: "auto-remediation failed on <% ctx().host %>"
"""


@L("ssh", "public_key")
def l_authorized_keys(c):
    keys = "\n".join(ssh_pub(c) for _ in range(c.r.randint(2, 5)))
    return c.ch(["ansible/roles/chaos-runner/files/authorized_keys", "gameday/bastion/authorized_keys"]), keys + "\n"


@L("tls", "certificate")
def l_ca_bundle(c):
    return c.ch(["canaries/certs/internal-ca.pem", "synthetics/ca-bundle.crt"]), "# internal CA for status.%s\n%s\n" % (c.dom(), cert_pem(c))


@L("sops", "ciphertext")
def l_sops(c):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(c.r.randbytes(n)), b64(c.r.randbytes(32)), b64(c.r.randbytes(16)))
    return c.ch(["secrets/gameday.enc.yaml", "deploy/secrets.sops.yaml"]), f"""gremlin:
    team_secret: {enc(27)}
datadog:
    api_key: {enc(24)}
sops:
    kms: []
    age:
        - recipient: age1{rs(c.r, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            {b64(c.r.randbytes(48))}
            {b64(c.r.randbytes(48))}
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "{c.ts()[:19]}Z"
    mac: {enc(32)}
    unencrypted_suffix: _unencrypted
    version: 3.8.1
"""


@L("sealed-secrets", "ciphertext")
def l_sealed(c):
    return c.ch(["k8s/sealed/chaos-runner.yaml", "deploy/sealedsecret-pagerduty.yaml"]), f"""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: chaos-runner-credentials
  namespace: {c.ch(NAMESPACES)}
spec:
  encryptedData:
    GREMLIN_TEAM_SECRET: Ag{b64(c.r.randbytes(360)).rstrip('=')}
    PAGERDUTY_ROUTING_KEY: Ag{b64(c.r.randbytes(330)).rstrip('=')}
  template:
    metadata:
      name: chaos-runner-credentials
"""


@L("go", "hash")
def l_gosum(c):
    mods = ["github.com/PagerDuty/go-pagerduty v1.8.0", "github.com/chaos-mesh/chaos-mesh/api v0.0.0-20240110083504-%s" % hexs(c.r, 12),
            "github.com/nobl9/nobl9-go v0.%d.0" % c.r.randint(70, 95), "github.com/slack-go/slack v0.12.%d" % c.r.randint(0, 5),
            "github.com/redis/go-redis/v9 v9.%d.%d" % (c.r.randint(0, 6), c.r.randint(0, 5)),
            "github.com/launchdarkly/go-server-sdk/v7 v7.%d.0" % c.r.randint(0, 5)]
    out = []
    for m in mods:
        out.append("%s h1:%s=" % (m, b64(c.r.randbytes(32))[:43]))
        out.append("%s/go.mod h1:%s=" % (m, b64(c.r.randbytes(32))[:43]))
    return "go.sum", "\n".join(out) + "\n"


@L("generic", "checksum")
def l_make_checksums(c):
    return c.ch(["tools/Makefile", "Makefile.tools"]), f"""SLOTH_VERSION  := v0.11.{c.r.randint(0, 9)}
SLOTH_SHA256   := {sha256(c.r)}
SLOCTL_VERSION := 0.{c.r.randint(1, 9)}.{c.r.randint(0, 20)}
SLOCTL_SHA256  := {sha256(c.r)}
K6_SHA256      := {sha256(c.r)}

bin/sloth:
\tcurl -sSLo $@ https://github.com/slok/sloth/releases/download/$(SLOTH_VERSION)/sloth-linux-amd64
\techo "$(SLOTH_SHA256)  $@" | sha256sum -c -
\tchmod +x $@

bin/sloctl:
\tcurl -sSLo $@ https://github.com/nobl9/sloctl/releases/download/v$(SLOCTL_VERSION)/sloctl-linux-$(SLOCTL_VERSION)
\techo "$(SLOCTL_SHA256)  $@" | sha256sum -c -
"""


@L("grafana", "uid")
def l_grafana_dash(c):
    panels = []
    for i in range(c.r.randint(2, 4)):
        panels.append({"id": i + 1, "type": "timeseries", "title": "%s burn rate %s" % (c.svc(), c.ch(["1h", "6h", "3d"])),
                       "datasource": {"type": "prometheus", "uid": rs(c.r, AN, 9)},
                       "targets": [{"refId": "A", "expr": 'slo:sli_error:ratio_rate1h{sloth_service="%s"} / (1 - 0.999)' % c.svc()}]})
    return c.ch(["dashboards/error-budget.json", "grafana/dashboards/%s-slo.json" % c.svc()]), json.dumps(
        {"uid": rs(c.r, AN, 14), "title": "%s SLO" % c.svc(), "version": c.r.randint(1, 90), "panels": panels,
         "tags": ["slo", "sloth"], "schemaVersion": 39}, indent=2) + "\n"


@L("pagerduty", "service_id")
def l_pd_ids(c):
    return c.ch(["terraform/pagerduty/services.tf", "oncall/services.tf"]), f"""provider "pagerduty" {{
  token = var.pagerduty_token
}}

data "pagerduty_escalation_policy" "sre" {{
  name = "SRE Primary"
}}

resource "pagerduty_service_integration" "events_v2" {{
  name    = "Events API v2"
  type    = "events_api_v2_inbound_integration"
  service = "P{rs(c.r, UP + DG, 6)}"
}}

output "routing_key" {{
  value     = pagerduty_service_integration.events_v2.integration_key
  sensitive = true
}}

locals {{
  schedule_ids = ["P{rs(c.r, UP + DG, 6)}", "P{rs(c.r, UP + DG, 6)}"]
}}
"""


@L("generic", "commit_sha")
def l_runbook(c):
    return c.ch(["runbooks/%s-rollback.md" % c.svc(), "docs/postmortems/%s.md" % c.date()]), f"""# Post-incident review: INC-{c.r.randint(1000, 9999)} ({c.svc()})

- Detected by: SLO fast-burn alert (`{c.svc()}-availability`, uid `{uuid4(c.r)}`)
- Bad deploy: commit `{hexs(c.r, 40)}` (image `sha256:{sha256(c.r)}`)
- Rolled back to `{hexs(c.r, 7)}` at {c.ts()}
- Trace of the failing request: `{hexs(c.r, 32)}`

## Timeline

| time (UTC) | event |
|---|---|
| {c.ts()[11:16]} | burn rate 14.4x over 1h, page to {c.person()} |
| {c.ts()[11:16]} | kill switch `ks.{c.svc()}.recommendations` flipped |
| {c.ts()[11:16]} | rollback complete |

## Action items
- [ ] add canary for the checkout path
- [ ] game day for the cache tier (owner: {c.person()})
"""


@L("killswitch", "hash")
def l_killswitch_json(c):
    flags = {}
    for _ in range(c.r.randint(3, 6)):
        flags["ks.%s.%s" % (c.svc(), c.ch(["disable-recs", "shed-batch", "readonly", "skip-fraud-check", "static-prices"]))] = {
            "enabled": c.r.random() < 0.3, "rollout_seed": hexs(c.r, 16), "config_sha256": sha256(c.r),
            "updated_by": c.person(), "updated_at": c.ts()}
    return c.ch(["killswitch/flags.json", "config/killswitches.json"]), json.dumps({"version": c.r.randint(100, 999), "etag": '"%s"' % hexs(c.r, 32), "flags": flags}, indent=2) + "\n"


@L("loadshed", "config")
def l_loadshed_toml(c):
    return c.ch(["config/loadshed.toml", "edge/shedding.toml"]), f"""# load shedding policy for {c.svc()}
[shedder]
enabled = true
cpu_threshold = 0.{c.r.randint(70, 95)}
queue_depth_max = {c.r.randint(100, 5000)}
priority_header = "X-Request-Priority"
config_hash = "{sha256(c.r)}"

[[shedder.tiers]]
name = "critical"
min_priority = 0
drop_ratio = 0.0

[[shedder.tiers]]
name = "batch"
min_priority = 3
drop_ratio = 0.{c.r.randint(3, 9)}
"""


@L("synthetics", "secret_ref")
def l_canary_sm(c):
    return c.ch(["canaries/db-heartbeat/index.js", "synthetics/secureCanary.js"]), f"""const {{ SecretsManagerClient, GetSecretValueCommand }} = require('@aws-sdk/client-secrets-manager');
const synthetics = require('Synthetics');

const SECRET_ARN = 'arn:aws:secretsmanager:{c.region()}:{c.acct()}:secret:canary/{c.svc()}-db-{rs(c.r, AN, 6)}';

async function creds() {{
  const sm = new SecretsManagerClient({{}});
  const out = await sm.send(new GetSecretValueCommand({{ SecretId: SECRET_ARN }}));
  return JSON.parse(out.SecretString);
}}

exports.handler = async () => synthetics.executeStep('dbHeartbeat', async () => {{
  const {{ username, password }} = await creds();
  // connect using username/password from Secrets Manager
  return username.length > 0 && password.length > 0;
}});
"""


@L("generic", "request_id")
def l_status_py(c):
    return c.ch(["checks/trace_probe.py", "status/probe.py"]), f'''import os
import uuid

import requests

# synthetic probe: sends a known trace id so we can find it in the backend
TRACEPARENT = "00-{hexs(c.r, 32)}-{hexs(c.r, 16)}-01"
PROBE_ID = "{uuid4(c.r)}"
API_KEY = os.environ["STATUS_PROBE_API_KEY"]

r = requests.get("https://{c.svc()}.{c.dom()}/healthz",
                 headers={{"traceparent": TRACEPARENT, "X-Request-Id": str(uuid.uuid4()), "X-Api-Key": API_KEY}})
print(PROBE_ID, r.status_code, r.headers.get("x-amzn-trace-id"))
'''


@L("datadog", "secret_ref")
def l_dd_monitor(c):
    return c.ch(["monitors/%s-slo-burn.json" % c.svc(), "datadog/monitors.json"]), json.dumps({
        "name": "[%s] SLO fast burn" % c.svc(), "type": "slo alert",
        "query": 'error_budget("%s").over("7d") > 10' % hexs(c.r, 32),
        "message": "@pagerduty-%s %s" % (c.svc(), "@slack-sre-alerts"),
        "tags": ["team:%s" % c.team(), "managed-by:terraform"],
        "options": {"thresholds": {"critical": 10}, "notify_no_data": False},
        "_provisioning": {"api_key_env": "DD_API_KEY", "app_key_env": "DD_APP_KEY", "app_key_ref": "vault:secret/datadog#app_key"},
    }, indent=2) + "\n"


@L("kubernetes", "certificate")
def l_webhook_cabundle(c):
    cab = b64(cert_pem(c).encode())
    return c.ch(["deploy/chaos-mesh/webhook.yaml", "k8s/chaos/mutating-webhook.yaml"]), f"""apiVersion: admissionregistration.k8s.io/v1
kind: MutatingWebhookConfiguration
metadata:
  name: chaos-mesh-mutation
webhooks:
  - name: admission-webhook.chaos-mesh.org
    clientConfig:
      service:
        name: chaos-mesh-controller-manager
        namespace: chaos-mesh
        path: /inject-v1-pod
      caBundle: {cab}
    admissionReviewVersions: ["v1"]
    sideEffects: None
"""


@L("docker", "digest")
def l_compose_digest(c):
    return c.ch(["docker-compose.yml", "ops/observability/docker-compose.yml"]), f"""services:
  prometheus:
    image: prom/prometheus@sha256:{sha256(c.r)}
    volumes: ["./prometheus.yml:/etc/prometheus/prometheus.yml:ro"]
  grafana:
    image: grafana/grafana@sha256:{sha256(c.r)}
    environment:
      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin
    secrets: [grafana_admin]
  pyrra:
    image: ghcr.io/pyrra-dev/pyrra@sha256:{sha256(c.r)}
secrets:
  grafana_admin:
    file: ./secrets/grafana_admin.txt
"""


@L("generic", "encoded_data")
def l_b64_config(c):
    payload = json.dumps({"service": c.svc(), "objective": 0.999, "windows": ["1h", "6h", "3d"], "owner": c.team()}).encode()
    return c.ch(["k8s/configmap-slo.yaml", "deploy/slo-config.yaml"]), f"""apiVersion: v1
kind: ConfigMap
metadata:
  name: slo-exporter-config
binaryData:
  slo.json.gz: {b64(zlib.compress(payload) + c.r.randbytes(8))}
data:
  slo.json: {b64(payload)}
  checksum: sha256:{sha256(c.r)}
"""


@L("npm", "integrity")
def l_package_lock(c):
    pk = {}
    for n in ["libhoney", "@slack/webhook", "unleash-client", "pg", "k6", "launchdarkly-node-server-sdk"]:
        pk["node_modules/" + n] = {"version": "%d.%d.%d" % (c.r.randint(1, 9), c.r.randint(0, 20), c.r.randint(0, 9)),
                                   "resolved": "https://registry.npmjs.org/%s/-/%s.tgz" % (n, n.split("/")[-1]),
                                   "integrity": "sha512-" + b64(c.r.randbytes(64))}
    return c.ch(["canaries/package-lock.json", "bots/incident-bot/package-lock.json"]), json.dumps(
        {"name": "canaries", "lockfileVersion": 3, "requires": True, "packages": pk}, indent=2) + "\n"


@L("generic", "scorecard")
def l_scorecard(c):
    rows = ["service,service_id,slo_coverage,runbook,last_gameday,score,report_sha1"]
    for _ in range(c.r.randint(4, 10)):
        rows.append("%s,%s,%d%%,yes,%s,%d,%s" % (c.ch(SERVICES), uuid4(c.r), c.r.randint(40, 100), c.date(), c.r.randint(1, 5), hexs(c.r, 40)))
    return c.ch(["scorecards/reliability-q%d.csv" % c.r.randint(1, 4), "reports/scorecard.csv"]), "\n".join(rows) + "\n"


@L("pgp", "public_key")
def l_pgp(c):
    body = b64(b"\x99\x01\x8d\x04" + c.r.randbytes(400))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return c.ch(["docs/security/sre-oncall.asc", "keys/gameday-signing.pub.asc"]), "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + "\n".join(lines) + "\n=" + b64(c.r.randbytes(3)) + "\n-----END PGP PUBLIC KEY BLOCK-----\n"


@L("generic", "placeholder")
def l_env_example(c):
    return c.ch([".env.example", ".env.sample"]), f"""# copy to .env and fill in (never commit the real one)
GREMLIN_TEAM_ID=
GREMLIN_TEAM_SECRET=<from gremlin settings>
DD_API_KEY=your-datadog-api-key
PAGERDUTY_ROUTING_KEY=
SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXX/YYY/ZZZ
NOBL9_CLIENT_SECRET=changeme
SERVICE={c.svc()}
"""


@L("aws", "arn")
def l_cw_canary_tf(c):
    a = c.acct()
    return c.ch(["terraform/synthetics/canary.tf", "infra/canaries.tf"]), f"""resource "aws_synthetics_canary" "{c.svc().replace('-', '_')}" {{
  name                 = "{c.svc()[:12]}-hb"
  artifact_s3_location = "s3://cw-syn-results-{a}-{c.region()}/canary/"
  execution_role_arn   = "arn:aws:iam::{a}:role/CloudWatchSyntheticsRole-{c.svc()}"
  handler              = "index.handler"
  zip_file             = "build/canary.zip"
  runtime_version      = "syn-nodejs-puppeteer-9.1"
  source_code_hash     = "{b64(c.r.randbytes(32))}"

  schedule {{
    expression = "rate(5 minutes)"
  }}

  run_config {{
    environment_variables = {{
      DB_SECRET_ARN = "arn:aws:secretsmanager:{c.region()}:{a}:secret:canary/db-{rs(c.r, AN, 6)}"
    }}
  }}
}}

# metric: arn:aws:cloudwatch:{c.region()}:{a}:alarm:Synthetics-Alarm-{c.svc()}
"""


@L("kubernetes", "uid")
def l_sa_manifest(c):
    ns = c.ch(NAMESPACES)
    return c.ch(["k8s/rbac/chaos-runner.yaml", "deploy/chaos/rbac.yaml"]), f"""apiVersion: v1
kind: ServiceAccount
metadata:
  name: chaos-runner
  namespace: {ns}
  uid: {uuid4(c.r)}
---
apiVersion: v1
kind: Secret
metadata:
  name: chaos-runner-token
  namespace: {ns}
  annotations:
    kubernetes.io/service-account.name: chaos-runner
type: kubernetes.io/service-account-token
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: chaos-runner
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: chaos-mesh-manager
subjects:
  - kind: ServiceAccount
    name: chaos-runner
    namespace: {ns}
"""


@L("generic", "version")
def l_versions(c):
    return c.ch(["versions.lock", "tools/versions.yaml"]), f"""# pinned tool versions ({c.date()})
chaos-mesh: 2.{c.r.randint(5, 7)}.{c.r.randint(0, 3)}
litmus: 3.{c.r.randint(0, 12)}.0
sloth: 0.11.{c.r.randint(0, 9)}
pyrra: 0.7.{c.r.randint(0, 5)}
steadybit-agent: 2.{c.r.randint(0, 9)}.{c.r.randint(0, 20)}
build_id: {hexs(c.r, 40)}
release_uuid: {uuid4(c.r)}
sbom_digest: sha256:{sha256(c.r)}
"""


# ================================================================= NEGATIVE SLOT VALUES
PH_GENERIC = ["<your-key>", "YOUR_API_KEY", "xxxxxxxxxxxxxxxx", "changeme", "<REPLACE_ME>", "TODO", "REPLACE_WITH_SECRET",
              "your-secret-here", "<secret>", "dummy", "to-be-filled", "a-remplacer", "hier-eintragen", "tu-clave-aqui",
              "sua-chave-aqui", "inserisci-qui", "<ここにキー>", "CHANGE_ME_BEFORE_DEPLOY", "<insert token>", "..."]
MASKED = ["****", "********************************", "[REDACTED]", "<redacted>", "******** (set in vault)", "REDACTED"]


def neg_value(c, t, ft):
    v, cat = _neg_value(c, t)
    c.negcat = cat
    return v


def _neg_value(c, t):
    r = c.r
    kinds = ["ph", "ph", "empty", "mask", "ref", "ref", "ex"]
    k = r.choice(kinds)
    if k == "ref":
        refs = t["refs"]
        if refs:
            name = (t["provider"] + "_" + t["kind"]).upper().replace("-", "_")
            ref = r.choice(refs)
            if "var." in ref or "data." in ref or "st2kv" in ref or "Values" in ref or "secret/sre" in ref or "secretsmanager" in ref:
                name = name.lower()
            return ref % name, "reference"
        k = "ph"
    if k == "ex":
        pool = t["examples"] + t["public"]
        if pool:
            v = r.choice(pool)
            return v, ("example" if v in t["examples"] else "public")
        k = "mask"
    if k == "empty":
        if t["kind"] in ("private_key",):
            return "<paste key here>", "placeholder"
        return "", "empty"
    if k == "mask":
        return r.choice(MASKED), "masked"
    return r.choice(PH_GENERIC), "placeholder"


HEADER_LINES = ["Owner: {team} (#{team}-oncall)", "Last reviewed: {date} by {person}", "Managed by the reliability team - PRs welcome",
                "See runbooks/README.md before changing", "Ticket: SRE-{n}", "Do not edit during an active incident",
                "Generated once by bootstrap.sh, then hand-edited", "Verantwortlich: {person}", "Responsable: {person}"]


def add_header(c, path, text):
    """Sometimes prepend a comment block so that the secret's line varies."""
    if c.r.random() < 0.6:
        return text
    ft = filetype(path)
    lead = {"yaml": "# ", "toml": "# ", "ini": "# ", "shell": "# ", "python": "# ", "makefile": "# ", "hcl": "# ",
            "dotenv": "# ", "go": "// ", "javascript": "// ", "typescript": "// "}.get(ft)
    if ft == "markdown":
        lead = None
        lines = ["<!-- " + c.r.choice(HEADER_LINES) + " -->"]
    elif lead is None:
        return text
    else:
        lines = []
        for _ in range(c.r.randint(1, 4)):
            lines.append(lead + c.r.choice(HEADER_LINES))
    hdr = "\n".join(lines).format(team=c.team(), date=c.date(), person=c.person(), n=c.r.randint(100, 9999)) + "\n"
    if text.startswith("#!") or text.startswith("---\n") or text.startswith("'use strict'"):
        first, rest = text.split("\n", 1)
        return first + "\n" + hdr + rest
    if ft == "go" or ft == "markdown":
        return hdr + "\n" + text
    return hdr + text


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base in (".env.example", ".env.sample"):
        return "dotenv-example"
    if base.startswith(".env"):
        return "dotenv"
    if base == "Makefile" or base.startswith("Makefile"):
        return "makefile"
    if base in ("credentials", "config", "authorized_keys", "kubeconfig-chaos-runner", "chaos_runner_id", ".litmusconfig", "gremlin-halt"):
        return {"credentials": "ini", "config": "ini" if "st2" in path else "yaml", "authorized_keys": "ssh",
                "kubeconfig-chaos-runner": "yaml", "chaos_runner_id": "pem", ".litmusconfig": "yaml", "gremlin-halt": "shell"}[base]
    ext = base.rsplit(".", 1)[-1] if "." in base else "text"
    return {"yml": "yaml", "yaml": "yaml", "json": "json", "tf": "hcl", "py": "python", "go": "go", "js": "javascript",
            "ts": "typescript", "sh": "shell", "md": "markdown", "toml": "toml", "log": "log", "pem": "pem", "key": "pem",
            "conf": "ini", "sum": "gosum", "csv": "csv", "asc": "pgp", "crt": "pem", "lock": "yaml", "example": "dotenv-example",
            "sample": "dotenv-example"}.get(ext, ext)


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_me.py OUTDIR SEED\n")
        sys.exit(2)
    out = sys.argv[1]
    seed = int(sys.argv[2])
    r = random.Random(seed)
    for sub in ("pos", "neg"):
        if os.path.isdir(os.path.join(out, sub)):
            shutil.rmtree(os.path.join(out, sub))
    os.makedirs(out, exist_ok=True)
    manifest = []
    secrets = []
    needles = []

    def write(rel, text):
        full = os.path.join(out, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    # positives
    order = []
    seen = set()
    i = 0
    while len(order) < 500:
        round_ = list(range(len(TEMPLATES)))
        r.shuffle(round_)
        order.extend(round_)
    order = order[:500]
    env_count = 0
    for i, ti in enumerate(order):
        t = TEMPLATES[ti]
        if t["envonly"]:
            env_count += 1
            if env_count > 20:
                t = TEMPLATES[(ti + 1) % len(TEMPLATES)]
        c = C(r, False)
        for _ in range(50):
            g = t["gen"](r)
            if isinstance(g, tuple):
                val, needle = g
            else:
                val, needle = g, g
            if needle not in seen:
                break
        seen.add(needle)
        c.v = val
        path, text = t["fn"](c)
        text = add_header(c, path, text)
        assert needle in text, (t["name"], needle)
        idx = text.index(needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1]
        rel = "pos/p%04d/%s" % (i, path)
        write(rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(path), "template": t["name"]})
        secrets.append({"file": rel, "needle": needle, "line": line})
        needles.append(needle)

    # negatives
    reuse = [t for t in TEMPLATES if not t["envonly"]]
    negs = []
    rr = []
    while len(rr) < 250:
        lst = list(range(len(reuse)))
        r.shuffle(lst)
        rr.extend(lst)
    for ti in rr[:250]:
        negs.append(("reuse", reuse[ti]))
    ll = []
    while len(ll) < 250:
        lst = list(range(len(LOOK)))
        r.shuffle(lst)
        ll.extend(lst)
    for li in ll[:250]:
        negs.append(("look", LOOK[li]))
    r.shuffle(negs)
    for j, (mode, t) in enumerate(negs):
        c = C(r, True)
        if mode == "reuse":
            c.v = neg_value(c, t, "")
            path, text = t["fn"](c)
            text = add_header(c, path, text)
            tmpl = t["name"] + ":neg"
            kind = t["kind"] + ":" + c.negcat
        else:
            path, text = t["fn"](c)
            tmpl = "look:" + t["name"]
            kind = t["kind"]
        base = path.rsplit("/", 1)[-1]
        assert not (base == ".env" or (base.startswith(".env.") and base not in (".env.example", ".env.sample"))), path
        rel = "neg/n%04d/%s" % (j, path)
        write(rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": t["provider"], "kind": kind,
                         "filetype": filetype(path), "template": tmpl})

    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
