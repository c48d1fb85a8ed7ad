#!/usr/bin/env python3
"""gen_jh.py - blind evaluation set: application-security and vulnerability-management tooling.

EMPHASIS
    Credentials that AppSec / vuln-management teams hard-code: DefectDojo API v2 keys
    (`Authorization: Token <40 hex>`), OWASP Dependency-Track API keys (`odt_` + 32 and legacy
    32-char keys, `X-Api-Key`), OWASP ZAP API keys (`-config api.key=`, `zap-cli --api-key`,
    ZAPv2(apikey=)), Burp Suite Enterprise API keys (REST path / GraphQL header), Tenable.io
    access/secret pairs (`X-ApiKeys`), Nessus linking keys, Qualys basic auth, Rapid7 Insight
    platform keys and InsightVM console passwords, SonarQube tokens (`squ_`/`sqp_`/`sqa_` and
    legacy 40-hex), Snyk (in passing), Semgrep App tokens, ProjectDiscovery Cloud (`PDCP_API_KEY`),
    subfinder/nuclei `provider-config.yaml` (Shodan, Censys, SecurityTrails, VirusTotal, Chaos),
    Amass `config.ini`/`datasources.yaml`, theHarvester `api-keys.yaml`, recon-ng keys,
    Metasploit `database.yml` and msgrpc/msfrpcd passwords, Cobalt Strike teamserver passwords,
    Wazuh API and enrollment passwords (`authd.pass`), OpenVAS/GVM admin passwords, Faraday,
    Dradis, HackerOne and Bugcrowd tokens, GitHub tokens (GHAS) in passing.
    File types: YAML (CI, compose, k8s, ansible), INI, properties, JSON, shell, Python, Go,
    PowerShell, Groovy (Jenkinsfile), Dockerfile, XML (pom, .nessus), Markdown runbooks and
    reports, TOML, Terraform, SQL, CSV, logs, resource scripts.

USAGE
    python3 -B gen_jh.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic per SEED (one random.Random).

NEEDLE CONVENTIONS
    The needle is the secret value only, exactly as written: for headers the value after the
    scheme (`Token `, `X-Api-Key: `); for Tenable `X-ApiKeys`/access+secret pairs the secret key;
    for Censys id+secret and Qualys/HackerOne/Bugcrowd user+secret the secret part only; for
    URLs (Burp REST path, postgres connection strings) only the key/password segment; for CLI
    arguments the argument value without quotes. No multi-line keys are used in this domain set.
    `line` is the 1-based line of the needle's first occurrence (asserted after writing).

NEGATIVES
    Half re-use the positive templates with the secret slot holding a non-secret:
    placeholders, empty values, masked values, env / CI / secret-manager references, template
    expressions, documented example keys, public identifiers. Companion values (Tenable access
    key, usernames are kept or also replaced) never form a credential. The other half are
    look-alikes: scan/finding ids, CVE/CWE/GHSA ids, Nessus plugin ids, SHA-256 of artifacts,
    PURLs, CycloneDX `urn:uuid:` serial numbers, Burp Collaborator / interactsh hosts, JA3
    hashes, API key *names* and ids, masked keys, env references, git SHAs, image digests,
    public SSH / PGP keys, `.nessus` exports. No negative is written to a `.env*` file (other
    than `.env.example`/`.env.sample`).

FORMATS CHECKED (search of public docs / issues / real configs)
    - Dependency-Track: PR #3047 sets API key prefix default `odt_`; issue #2543 says keys were
      "32 character length alphanumerical"; v4.13 hashes keys and adds a public id. Python
      client docs example key `YRlAeOAb0uXT7dTGrfsvnGxjxZSF0XbO` (used only as negative).
    - SonarQube: docs list user / project analysis / global analysis tokens; issues state user
      tokens start with `squ_` since 9.5 and analysis tokens `sqa_`; `sonar.login` replaced by
      `sonar.token`.
    - Tenable: docs show `x-apikey: accesskey=ACCESS_KEY; secretkey=SECRET_KEY;` (Security Center)
      and access + secret keys for Tenable Vulnerability Management.
    - ZAP FAQ: `-config api.key=change-me-9203935709` (documented example, negative only);
      compose/Docker usage of `zap.sh -daemon ... -config api.key=`.
    - subfinder docs: provider-config.yaml, composite keys (Censys etc.) joined by `:`,
      UUID examples for binaryedge (negative only).
    - Semgrep: `SEMGREP_APP_TOKEN` in CI env / `publishToken` in real workflows.
    - ProjectDiscovery: PDCP API key via `nuclei -auth`, `X-Api-Key` header.
    - Wazuh docs: enrollment password in `etc/authd.pass`, `use_password`.
    - DefectDojo: Python wrapper docs (`api_key`); Token header form from DRF TokenAuthentication.

DOUBTS
    - Exact length/alphabet unconfirmed for: Dependency-Track `odt_` suffix (assumed 32
      alphanumeric; the v4.13 public-id layout was not confirmed, so not generated), Burp
      Enterprise keys (assumed 32 alnum), Semgrep App token (assumed 64 hex), PDCP and Chaos
      keys (assumed UUID-shaped), Rapid7 Insight key (UUID), HackerOne token (assumed 44-char
      base64), Dradis token (assumed 20-32 alnum), Shodan/SecurityTrails (32 alnum), Censys
      secret (32 alnum), VirusTotal (64 hex), ZAP generated key (base32-ish 26 chars, from
      memory of ZAP source), DefectDojo (40 hex, from DRF token generation, memory), SonarQube
      `sq?_` + 40 hex (length from memory), GitHub `ghp_` CRC32/base62 checksum (from GitHub's
      blog description, memory).
    - A search hit on SonarQube tokens was a secret-scanner issue thread (trufflehog); it was not
      used as a source.
"""
import base64
import binascii
import json
import os
import random
import sys

HEX = "0123456789abcdef"
DIG = "0123456789"
LOW = "abcdefghijklmnopqrstuvwxyz"
UP = LOW.upper()
ALNUM = DIG + UP + LOW
B32Z = "0123456789abcdefghijklmnopqrstuv"
PWSYM = "!@%^*-_+=.~"


class G:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chance(self, p):
        return self.r.random() < p

    def n(self, a, b):
        return self.r.randint(a, b)

    def chars(self, alpha, k):
        return "".join(alpha[self.r.randrange(len(alpha))] for _ in range(k))

    def hex(self, k):
        return self.chars(HEX, k)

    def alnum(self, k):
        while True:
            s = self.chars(ALNUM, k)
            if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s):
                return s

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.pick("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def rbytes(self, k):
        return bytes(self.r.getrandbits(8) for _ in range(k))

    def b64(self, k):
        return base64.b64encode(self.rbytes(k)).decode()

    def pw(self, k=None):
        k = k or self.n(14, 24)
        while True:
            s = self.chars(ALNUM + PWSYM, k)
            if (any(c.isdigit() for c in s) and any(c.isupper() for c in s)
                    and any(c.islower() for c in s) and any(c in PWSYM for c in s)
                    and s[0] not in "-*!@%"):
                return s

    def ip(self):
        return "10.%d.%d.%d" % (self.n(0, 40), self.n(0, 254), self.n(2, 250))

    def proj(self):
        return self.pick(["payments-api", "customer-portal", "billing-svc", "orders", "identity-gateway",
                          "mobile-backend", "claims-engine", "ledger", "partner-hub", "search-indexer",
                          "notifications", "checkout-web", "risk-scoring", "data-pipeline", "inventory"])

    def org(self):
        return self.pick(["acme", "globex", "initech", "umbrella", "hooli", "vandelay", "wayne", "stark",
                          "cyberdyne", "tyrell", "soylent", "wonka"])

    def dom(self):
        return self.org() + self.pick([".com", ".io", ".net", "-corp.com", ".co.uk", ".de"])

    def host(self, svc):
        return "%s.%s.%s" % (svc, self.pick(["sec", "appsec", "internal", "corp", "tools", "infra"]), self.dom())

    def user(self):
        return self.pick(["jdoe", "asmith", "mkowalski", "svc-appsec", "ci-bot", "pentest01", "rgarcia",
                          "lnguyen", "tmueller", "secops", "vuln-sync", "kpatel"])

    def date(self):
        return "20%02d-%02d-%02d" % (self.n(21, 25), self.n(1, 12), self.n(1, 28))

    def ver(self):
        return "%d.%d.%d" % (self.n(1, 9), self.n(0, 20), self.n(0, 15))

    def cve(self):
        return "CVE-%d-%d" % (self.n(2015, 2025), self.n(1000, 49999))


def b62(n, width):
    s = ""
    while n:
        n, m = divmod(n, 62)
        s = ALNUM[m] + s
    return s.rjust(width, "0")


# ---------------------------------------------------------------- secret generators
def s_dojo(g):
    return g.hex(40)


def s_odt(g):
    return "odt_" + g.alnum(32)


def s_dt_legacy(g):
    return g.alnum(32)


def s_zap(g):
    return g.chars(B32Z, 26) if g.chance(0.6) else g.alnum(g.n(20, 32))


def s_burp(g):
    return g.alnum(32)


def s_hex64(g):
    return g.hex(64)


def s_pw(g):
    return g.pw()


def s_uuid(g):
    return g.uuid()


def s_squ(g):
    return "squ_" + g.hex(40)


def s_sqp(g):
    return "sqp_" + g.hex(40)


def s_sqa(g):
    return "sqa_" + g.hex(40)


def s_sq_any(g):
    return g.pick(["squ_", "sqp_", "sqa_"]) + g.hex(40)


def s_hex40(g):
    return g.hex(40)


def s_a32(g):
    return g.alnum(32)


def s_h1(g):
    return base64.b64encode(g.rbytes(32)).decode()


def s_dradis(g):
    return g.alnum(g.n(20, 32))


def s_ghp(g):
    body = g.alnum(30)
    return "ghp_" + body + b62(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6)


def s_msfdb(g):
    return g.b64(32)


SECRETS = {k[2:]: v for k, v in dict(globals()).items() if k.startswith("s_") and callable(v)}

# ---------------------------------------------------------------- non-secret fillers
DOC_EXAMPLES = {
    "dependency-track": ["YRlAeOAb0uXT7dTGrfsvnGxjxZSF0XbO", "<API-KEY>", "YOUR API KEY"],
    "zap": ["change-me-9203935709"],
    "defectdojo": ["your_api_key_from_DefectDojo"],
    "subfinder": ["0bf8919b-aab9-42e4-9574-d3b639324597", "ac244e2f-b635-4581-878a-33f4e79a2c13"],
    "shodan": ["YOUR_SHODAN_API_KEY_HERE"],
}
ENVNAMES = {
    "defectdojo": "DD_API_KEY", "dependency-track": "DT_API_KEY", "zap": "ZAP_API_KEY",
    "burp": "BURP_API_KEY", "tenable": "TIO_SECRET_KEY", "nessus": "NESSUS_LINKING_KEY",
    "qualys": "QUALYS_PASSWORD", "rapid7": "R7_API_KEY", "sonarqube": "SONAR_TOKEN",
    "snyk": "SNYK_TOKEN", "semgrep": "SEMGREP_APP_TOKEN", "projectdiscovery": "PDCP_API_KEY",
    "shodan": "SHODAN_API_KEY", "censys": "CENSYS_API_SECRET", "securitytrails": "SECURITYTRAILS_KEY",
    "virustotal": "VT_API_KEY", "chaos": "CHAOS_KEY", "metasploit": "MSF_RPC_PASS",
    "cobaltstrike": "TS_PASSWORD", "wazuh": "WAZUH_API_PASSWORD", "gvm": "GVM_ADMIN_PASSWORD",
    "faraday": "FARADAY_PASSWORD", "dradis": "DRADIS_TOKEN", "hackerone": "H1_API_TOKEN",
    "bugcrowd": "BUGCROWD_TOKEN", "github": "GH_TOKEN", "subfinder": "SUBFINDER_KEY",
}
PREFIX_MASK = {"sonarqube": ["squ_", "sqp_", "sqa_"], "dependency-track": ["odt_"], "github": ["ghp_"]}


def filler(g, provider, allow_empty=True):
    env = ENVNAMES.get(provider, "API_KEY")
    low = env.lower()
    cats = ["ph", "mask", "env", "sm", "tpl", "doc"] + (["empty"] if allow_empty else [])
    c = g.pick(cats)
    if c == "doc" and provider not in DOC_EXAMPLES:
        c = "ph"
    if c == "ph":
        return g.pick(["<your-api-key>", "YOUR_API_KEY_HERE", "changeme", "x" * g.n(16, 40), "REPLACE_ME",
                       "<token>", "TODO-fill-in", "<%s>" % low, "your-%s-here" % low.replace("_", "-"),
                       "CHANGE_ME", "dummy", "<insert secret>", "0" * 32, "placeholder"])
    if c == "mask":
        pre = g.pick(PREFIX_MASK.get(provider, [""]))
        return g.pick(["****", "********", "[REDACTED]", "<redacted>", pre + "*" * g.n(8, 40),
                       "••••••••", "***hidden***", pre + "…" + "*" * 4])
    if c == "env":
        return g.pick(["${%s}" % env, "$%s" % env, "${{ secrets.%s }}" % env, "%%%s%%" % env,
                       "$(%s)" % env, "${env:%s}" % env, "${%s:?missing}" % env])
    if c == "sm":
        return g.pick(["vault:secret/data/appsec/%s#value" % low, "op://AppSec/%s/credential" % provider,
                       "arn:aws:secretsmanager:eu-west-1:%d:secret:appsec/%s" % (g.n(10**11, 10**12 - 1), low),
                       "projects/appsec-prod/secrets/%s/versions/latest" % low.replace("_", "-"),
                       "azurekeyvault://kv-appsec/%s" % low.replace("_", "-"),
                       "sops:ENC[AES256_GCM,data:...,type:str]"])
    if c == "tpl":
        return g.pick(["{{ .Values.%s }}" % low, "{{ %s }}" % low, "<%%= ENV['%s'] %%>" % env,
                       "${var.%s}" % low, "{{ lookup('env', '%s') }}" % env, "#{%s}" % env,
                       "{{ vault_%s }}" % low])
    if c == "doc":
        return g.pick(DOC_EXAMPLES[provider])
    return ""


POS = []


def pos(provider, kind, gen, empty=True):
    def deco(f):
        POS.append({"name": f.__name__, "provider": provider, "kind": kind, "gen": gen, "fn": f,
                    "empty": empty})
        return f
    return deco


def comp(g, neg, real, fake=None):
    """Companion value (access key, user id): real-looking in positives, placeholder in negatives."""
    if not neg:
        return real
    return fake if fake is not None else g.pick(["<access-key>", "${TIO_ACCESS_KEY}", "****", "REPLACE_ME"])


def F(text, **kw):
    for k, v in kw.items():
        text = text.replace("«%s»" % k, str(v))
    assert "«" not in text, text
    return text


# ================================================================ positive templates: DefectDojo
@pos("defectdojo", "api_token", "dojo")
def p_dojo_py(g, v, neg):
    return "scripts/upload_to_dojo.py", F('''#!/usr/bin/env python3
"""Push nightly scanner output into DefectDojo (reimport-scan)."""
import sys
from pathlib import Path

import requests

DOJO_URL = "https://«host»/api/v2"
DD_API_KEY = "«v»"
ENGAGEMENT_ID = «eng»


def reimport(report: Path, scan_type: str) -> dict:
    headers = {"Authorization": f"Token {DD_API_KEY}"}
    data = {
        "engagement": ENGAGEMENT_ID,
        "scan_type": scan_type,
        "minimum_severity": "Low",
        "close_old_findings": "true",
    }
    with report.open("rb") as fh:
        resp = requests.post(f"{DOJO_URL}/reimport-scan/", headers=headers, data=data,
                             files={"file": fh}, timeout=120)
    resp.raise_for_status()
    return resp.json()


if __name__ == "__main__":
    print(reimport(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "ZAP Scan"))
''', host=g.host("defectdojo"), v=v, eng=g.n(10, 900))


@pos("defectdojo", "api_token", "dojo")
def p_dojo_gha(g, v, neg):
    return ".github/workflows/dast.yml", F('''name: DAST
on:
  schedule:
    - cron: "«m» 3 * * 1-5"
  workflow_dispatch: {}

jobs:
  zap-baseline:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: ZAP baseline
        uses: zaproxy/action-baseline@v0.12.0
        with:
          target: https://staging.«dom»
          allow_issue_writing: false
          cmd_options: "-x zap-report.xml"
      - name: Send to DefectDojo
        run: |
          curl -sf -X POST "https://«host»/api/v2/import-scan/" \\
            -H "Authorization: Token «v»" \\
            -F scan_type="ZAP Scan" \\
            -F engagement=«eng» \\
            -F file=@zap-report.xml
''', m=g.n(0, 59), dom=g.dom(), host=g.host("dojo"), v=v, eng=g.n(10, 900))


@pos("defectdojo", "api_token", "dojo")
def p_dojo_sh(g, v, neg):
    return "ci/import_scan.sh", F('''#!/usr/bin/env bash
# Import a scanner report into DefectDojo.
# usage: import_scan.sh <report> <scan type> [engagement id]
set -euo pipefail

DOJO=https://«host»
dojo_token='«v»'
ENG=${3:-«eng»}

curl --fail --silent --show-error \\
  -H "Authorization: Token ${dojo_token}" \\
  -F "scan_type=$2" \\
  -F "engagement=${ENG}" \\
  -F "active=true" -F "verified=false" \\
  -F "file=@$1" \\
  "${DOJO}/api/v2/import-scan/" | jq '.test'
''', host=g.host("defectdojo"), v=v, eng=g.n(10, 900))


@pos("defectdojo", "api_token", "dojo")
def p_dojo_go(g, v, neg):
    return "internal/dojo/client.go", F('''package dojo

import (
	"fmt"
	"net/http"
	"time"
)

const (
	baseURL  = "https://«host»/api/v2"
	apiToken = "«v»"
)

// Client talks to the DefectDojo v2 API.
type Client struct {
	http *http.Client
}

func New() *Client {
	return &Client{http: &http.Client{Timeout: 30 * time.Second}}
}

func (c *Client) get(path string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, fmt.Sprintf("%s%s", baseURL, path), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Token "+apiToken)
	req.Header.Set("Accept", "application/json")
	return c.http.Do(req)
}
''', host=g.host("dojo"), v=v)


@pos("defectdojo", "api_token", "dojo")
def p_dojo_ps1(g, v, neg):
    return "tools/Import-Findings.ps1", F('''<#
.SYNOPSIS
  Uploads a Nessus export to DefectDojo.
#>
param(
    [Parameter(Mandatory)] [string] $Report,
    [int] $Engagement = «eng»
)

$DojoUri = "https://«host»/api/v2/import-scan/"
$headers = @{ Authorization = "Token «v»" }

$form = @{
    scan_type  = "Tenable Scan"
    engagement = $Engagement
    file       = Get-Item -Path $Report
}
Invoke-RestMethod -Uri $DojoUri -Method Post -Headers $headers -Form $form
''', host=g.host("defectdojo"), v=v, eng=g.n(10, 900))


@pos("defectdojo", "api_token", "dojo")
def p_dojo_gitlab(g, v, neg):
    return ".gitlab-ci.yml", F('''stages: [test, scan, report]

variables:
  DD_URL: "https://«host»"
  DD_API_KEY: "«v»"
  DD_PRODUCT_NAME: "«proj»"

semgrep:
  stage: scan
  image: semgrep/semgrep
  script:
    - semgrep scan --config p/owasp-top-ten --json -o semgrep.json || true
  artifacts:
    paths: [semgrep.json]

upload_findings:
  stage: report
  image: python:3.12-slim
  script:
    - pip install -q dd-import
    - dd-reimport-findings
  variables:
    DD_TEST_TYPE_NAME: "Semgrep JSON Report"
    DD_FILE_NAME: semgrep.json
''', host=g.host("defectdojo"), v=v, proj=g.proj())


@pos("defectdojo", "api_token", "dojo")
def p_dojo_md(g, v, neg):
    return "docs/runbooks/defectdojo-import.md", F('''# Importing findings into DefectDojo

Our DefectDojo instance lives at https://«host». Every product maps to one
repository; engagements are created per release.

## Manual import

1. Export the report from the scanner (XML for ZAP, `.nessus` for Tenable).
2. Run:

```bash
curl -X POST https://«host»/api/v2/import-scan/ \\
  -H "Authorization: Token «v»" \\
  -F scan_type="Nessus Scan" -F engagement=«eng» -F file=@export.nessus
```

3. Check the test in the engagement and close duplicates.

## Troubleshooting

- `400 engagement` means the engagement is closed; reopen it first.
- Large reports (>50 MB) time out behind the proxy; split them.
''', host=g.host("defectdojo"), v=v, eng=g.n(10, 900))


# ================================================================ Dependency-Track
@pos("dependency-track", "api_key", "odt")
def p_dt_jenkins(g, v, neg):
    return "Jenkinsfile", F('''pipeline {
    agent { label 'linux' }
    stages {
        stage('Build') {
            steps { sh './mvnw -B -DskipTests package cyclonedx:makeAggregateBom' }
        }
        stage('SBOM upload') {
            steps {
                dependencyTrackPublisher(
                    artifact: 'target/bom.xml',
                    projectName: '«proj»',
                    projectVersion: env.BUILD_NUMBER,
                    synchronous: true,
                    dependencyTrackApiKey: '«v»'
                )
            }
        }
    }
}
''', proj=g.proj(), v=v)


@pos("dependency-track", "api_key", "odt")
def p_dt_gha(g, v, neg):
    return ".github/workflows/sbom.yml", F('''name: SBOM
on:
  push:
    branches: [main]

jobs:
  sbom:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npx @cyclonedx/cyclonedx-npm --output-file bom.json
      - name: Upload to Dependency-Track
        uses: DependencyTrack/gh-upload-sbom@v3
        with:
          serverhostname: «host»
          apikey: «v»
          projectname: «proj»
          projectversion: ${{ github.sha }}
          bomfilename: bom.json
          autocreate: true
''', host=g.host("dtrack"), v=v, proj=g.proj())


@pos("dependency-track", "api_key", "dt_legacy")
def p_dt_py(g, v, neg):
    return "tools/dt_report.py", F('''from dependencytrack import DependencyTrack

# read-only portfolio reporter (team: Automation)
dt = DependencyTrack("https://«host»", "«v»")

for project in dt.list_projects():
    metrics = project.get("metrics", {})
    print(f"{project['name']:40} {metrics.get('critical', 0):4} {metrics.get('high', 0):4}")
''', host=g.host("dependencytrack"), v=v)


@pos("dependency-track", "api_key", "odt")
def p_dt_curl(g, v, neg):
    return "scripts/upload-bom.sh", F('''#!/bin/sh
# Uploads the CycloneDX BOM produced by syft to Dependency-Track.
set -e
PROJECT_UUID="«puuid»"
syft dir:. -o cyclonedx-json=bom.json

curl -sS -X POST "https://«host»/api/v1/bom" \\
  -H "X-Api-Key: «v»" \\
  -H "Content-Type: multipart/form-data" \\
  -F "project=${PROJECT_UUID}" \\
  -F "bom=@bom.json"
''', puuid=g.uuid(), host=g.host("dtrack"), v=v)


@pos("dependency-track", "api_key", "odt")
def p_dt_props(g, v, neg):
    return "dt-tool/dt-tool.properties", F('''# dt-tool configuration
# Base URL of Dependency Track
baseUrl=https://«host»
# API key of team "ci-uploader"
apiKey=«v»
proxy.enabled=false
timeoutSeconds=60
''', host=g.host("dtrack"), v=v)


@pos("dependency-track", "api_key", "odt")
def p_dt_pom(g, v, neg):
    return "pom.xml", F('''<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.«org».«p»</groupId>
  <artifactId>«proj»</artifactId>
  <version>«ver»</version>
  <build>
    <plugins>
      <plugin>
        <groupId>org.cyclonedx</groupId>
        <artifactId>cyclonedx-maven-plugin</artifactId>
        <version>2.8.0</version>
      </plugin>
      <plugin>
        <groupId>io.github.pmckeown</groupId>
        <artifactId>dependency-track-maven-plugin</artifactId>
        <version>1.6.0</version>
        <configuration>
          <dependencyTrackBaseUrl>https://«host»</dependencyTrackBaseUrl>
          <apiKey>«v»</apiKey>
          <failOnError>false</failOnError>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
''', org=g.org(), p=g.pick(["platform", "shop", "core"]), proj=g.proj(), ver=g.ver(), host=g.host("dtrack"), v=v)


@pos("dependency-track", "api_key", "dt_legacy")
def p_dt_compose(g, v, neg):
    return "sbom/docker-compose.yml", F('''services:
  sbom-uploader:
    image: ghcr.io/«org»/sbom-uploader:«ver»
    restart: "no"
    environment:
      DT_URL: https://«host»
      DT_KEY: «v»
      SCAN_DIRS: /src
    volumes:
      - ../:/src:ro
''', org=g.org(), ver=g.ver(), host=g.host("dtrack"), v=v)


# ================================================================ OWASP ZAP
@pos("zap", "api_key", "zap", empty=False)
def p_zap_compose(g, v, neg):
    return "dast/docker-compose.yml", F('''services:
  zap:
    image: ghcr.io/zaproxy/zaproxy:stable
    command: >
      zap.sh -daemon -host 0.0.0.0 -port 8090
      -config api.addrs.addr.name=.* -config api.addrs.addr.regex=true
      -config api.key=«v»
    ports:
      - "8090:8090"
  juice-shop:
    image: bkimminich/juice-shop
    ports:
      - "3000:3000"
''', v=v)


@pos("zap", "api_key", "zap", empty=False)
def p_zap_cli(g, v, neg):
    return "scripts/zap-quick.sh", F('''#!/usr/bin/env bash
set -euo pipefail
TARGET=${1:-https://staging.«dom»}

zap-cli --zap-url http://127.0.0.1 -p 8090 --api-key «v» status -t 120
zap-cli --zap-url http://127.0.0.1 -p 8090 --api-key «v» quick-scan --self-contained \\
    --spider -r -s xss,sqli "$TARGET"
zap-cli --zap-url http://127.0.0.1 -p 8090 --api-key «v» report -o zap.html -f html
''', dom=g.dom(), v=v)


@pos("zap", "api_key", "zap")
def p_zap_py(g, v, neg):
    return "dast/active_scan.py", F('''import time

from zapv2 import ZAPv2

target = "https://qa.«dom»"
zap = ZAPv2(apikey="«v»", proxies={"http": "http://127.0.0.1:8090", "https": "http://127.0.0.1:8090"})

scan_id = zap.spider.scan(target)
while int(zap.spider.status(scan_id)) < 100:
    time.sleep(2)

ascan = zap.ascan.scan(target)
while int(zap.ascan.status(ascan)) < 100:
    time.sleep(5)

for alert in zap.core.alerts(baseurl=target):
    print(alert["risk"], alert["alert"], alert["url"])
''', dom=g.dom(), v=v)


@pos("zap", "api_key", "zap", empty=False)
def p_zap_docker(g, v, neg):
    return "docker/zap/Dockerfile", F('''FROM ghcr.io/zaproxy/zaproxy:stable
USER root
COPY policies/ /home/zap/.ZAP/policies/
COPY scripts/ /home/zap/scripts/
RUN chown -R zap:zap /home/zap/.ZAP /home/zap/scripts
USER zap
EXPOSE 8090
CMD ["zap.sh", "-daemon", "-host", "0.0.0.0", "-port", "8090", "-config", "api.key=«v»", "-config", "api.addrs.addr.name=.*", "-config", "api.addrs.addr.regex=true"]
''', v=v)


@pos("zap", "api_key", "zap")
def p_zap_k8s(g, v, neg):
    return "deploy/zap/values.yaml", F('''replicaCount: 1
image:
  repository: ghcr.io/zaproxy/zaproxy
  tag: stable
service:
  type: ClusterIP
  port: 8090
zap:
  extraArgs:
    - -config
    - api.addrs.addr.name=.*
    - -config
    - api.addrs.addr.regex=true
  apiKey: "«v»"
resources:
  limits:
    memory: 4Gi
''', v=v)


# ================================================================ Burp Suite Enterprise
@pos("burp", "api_key", "burp", empty=False)
def p_burp_url(g, v, neg):
    return "ci/burp-scan.yml", F('''# Triggered from the release pipeline
burp_scan:
  stage: dast
  image: curlimages/curl:8.8.0
  variables:
    SITE_ID: "«site»"
  script:
    - >
      curl -sf -X POST "https://«host»:8443/api/«v»/v0.1/scan"
      -d "{\\"site_id\\": \\"$SITE_ID\\", \\"scan_configuration_ids\\": [\\"Crawl and Audit - Fast\\"]}"
  only:
    - tags
''', site=g.n(2, 99), host=g.host("burp"), v=v)


@pos("burp", "api_key", "burp")
def p_burp_gql(g, v, neg):
    return "appsec/burp_schedule.py", F('''import requests

GRAPHQL = "https://«host»/graphql/v1"
HEADERS = {"Authorization": "«v»", "Content-Type": "application/json"}

QUERY = """
query Sites { site_tree { sites { id name } } }
"""


def list_sites():
    r = requests.post(GRAPHQL, json={"query": QUERY}, headers=HEADERS, timeout=30)
    r.raise_for_status()
    return r.json()["data"]["site_tree"]["sites"]


if __name__ == "__main__":
    for site in list_sites():
        print(site["id"], site["name"])
''', host=g.host("burp-enterprise"), v=v)


# ================================================================ Tenable / Nessus
@pos("tenable", "access_secret_pair", "hex64")
def p_tio_py(g, v, neg):
    ak = comp(g, neg, g.hex(64))
    return "vm/export_vulns.py", F('''"""Daily export of Tenable Vulnerability Management findings."""
import csv

from tenable.io import TenableIO

tio = TenableIO("«ak»", "«v»", vendor="«org»", product="vuln-sync", build="«ver»")

with open("vulns.csv", "w", newline="") as fh:
    out = csv.writer(fh)
    out.writerow(["asset", "plugin_id", "severity", "state"])
    for vuln in tio.exports.vulns(severity=["high", "critical"]):
        out.writerow([vuln["asset"]["hostname"], vuln["plugin"]["id"], vuln["severity"], vuln["state"]])
''', ak=ak, v=v, org=g.org(), ver=g.ver())


@pos("tenable", "access_secret_pair", "hex64")
def p_tio_curl(g, v, neg):
    ak = comp(g, neg, g.hex(64))
    return "scripts/tio-scans.sh", F('''#!/usr/bin/env bash
# List scans and launch the weekly external scan
set -eu
API=https://cloud.tenable.com

curl -s "$API/scans" \\
  -H "accept: application/json" \\
  -H "X-ApiKeys: accessKey=«ak»; secretKey=«v»" | jq -r '.scans[] | "\\(.id) \\(.name)"'

curl -s -X POST "$API/scans/«sid»/launch" \\
  -H "X-ApiKeys: accessKey=«ak»; secretKey=«v»"
''', ak=ak, v=v, sid=g.n(10, 999))


@pos("tenable", "access_secret_pair", "hex64")
def p_tio_yaml(g, v, neg):
    ak = comp(g, neg, g.hex(64))
    return "config/integrations.yaml", F('''jira:
  url: https://«org».atlassian.net
  project: VULN
  issue_type: Bug
tenable:
  platform: cloud.tenable.com
  access_key: «ak»
  secret_key: «v»
  severities: [critical, high]
  lookback_days: 7
sync:
  schedule: "0 */6 * * *"
  dry_run: false
''', org=g.org(), ak=ak, v=v)


@pos("tenable", "access_secret_pair", "hex64")
def p_tio_ps1(g, v, neg):
    ak = comp(g, neg, g.hex(64))
    return "automation/Get-TioAssets.ps1", F('''$ErrorActionPreference = "Stop"
$Access = "«ak»"
$Secret = "«v»"
$Headers = @{
    "X-ApiKeys" = "accessKey=$Access; secretKey=$Secret"
    "Accept"    = "application/json"
}
$assets = Invoke-RestMethod -Uri "https://cloud.tenable.com/assets" -Headers $Headers
$assets.assets | Select-Object id, fqdn, last_seen | Export-Csv -NoTypeInformation assets.csv
''', ak=ak, v=v)


@pos("nessus", "linking_key", "hex64", empty=False)
def p_nessus_link(g, v, neg):
    return "packer/scripts/install-nessus-agent.sh", F('''#!/bin/bash
set -euxo pipefail
curl -sSLo /tmp/NessusAgent.rpm "https://artifacts.«dom»/tenable/NessusAgent-«ver»-el9.x86_64.rpm"
rpm -ivh /tmp/NessusAgent.rpm
/opt/nessus_agent/sbin/nessuscli agent link \\
  --key=«v» \\
  --groups="linux-servers,«grp»" \\
  --cloud
systemctl enable --now nessusagent
''', dom=g.dom(), ver=g.ver(), v=v, grp=g.pick(["prod", "dmz", "pci"]))


# ================================================================ Qualys
@pos("qualys", "basic_auth_password", "pw", empty=False)
def p_qualys_sh(g, v, neg):
    u = "%s%s" % (g.org()[:4], g.chars(LOW, 2) + g.chars(DIG, 2))
    return "scripts/qualys_list_scans.sh", F('''#!/usr/bin/env bash
# Lists finished VM scans from the last 7 days
QUALYS_API=https://qualysapi.qg2.apps.qualys.eu
SINCE=$(date -d '7 days ago' +%Y-%m-%d)

curl -s -u '«u»:«v»' -H "X-Requested-With: curl" \\
  "${QUALYS_API}/api/2.0/fo/scan/?action=list&state=Finished&launched_after_datetime=${SINCE}" \\
  -o scans.xml
xmllint --xpath '//SCAN/REF/text()' scans.xml
''', u=u, v=v)


@pos("qualys", "basic_auth_password", "pw", empty=False)
def p_qualys_py(g, v, neg):
    return "vm/qualys_kb.py", F('''import requests
from xml.etree import ElementTree as ET

BASE = "https://qualysapi.qualys.com"
session = requests.Session()
session.auth = ("«u»", "«v»")
session.headers["X-Requested-With"] = "python-requests"


def qids(since):
    r = session.post(f"{BASE}/api/2.0/fo/knowledge_base/vuln/",
                     data={"action": "list", "last_modified_after": since})
    r.raise_for_status()
    return [e.text for e in ET.fromstring(r.content).iter("QID")]
''', u=g.org()[:4] + "_" + g.chars(LOW, 2) + g.chars(DIG, 3), v=v)


@pos("qualys", "basic_auth_password", "pw")
def p_qualys_ini(g, v, neg):
    return "qualys/config.ini", F('''[info]
hostname = qualysapi.qg3.apps.qualys.com
username = «u»
password = «v»
max_retries = 3

[proxy]
; proxy_url = http://proxy.«dom»:3128
''', u=g.org()[:4] + g.chars(LOW, 2) + g.chars(DIG, 2), v=v, dom=g.dom())


# ================================================================ Rapid7
@pos("rapid7", "api_key", "uuid")
def p_r7_py(g, v, neg):
    return "integrations/insight/vm_sites.py", F('''import requests

REGION = "«reg»"
INSIGHT_KEY = "«v»"


def sites():
    url = f"https://{REGION}.api.insight.rapid7.com/vm/v4/integration/sites"
    resp = requests.post(url, headers={"X-Api-Key": INSIGHT_KEY, "Accept": "application/json"}, json={})
    resp.raise_for_status()
    return resp.json()["data"]
''', reg=g.pick(["us", "us2", "us3", "eu", "ca", "au", "ap"]), v=v)


@pos("rapid7", "console_password", "pw")
def p_r7_yaml(g, v, neg):
    return "ansible/group_vars/vuln_scanners.yml", F('''---
insightvm_console_url: https://«host»:3780
insightvm_user: «u»
insightvm_password: «v»
insightvm_verify_tls: false
scan_engine_pool: "«pool»"
ntp_servers:
  - 0.pool.ntp.org
  - 1.pool.ntp.org
''', host=g.host("insightvm"), u=g.pick(["nxadmin", "api-sync", "svc_insightvm"]), v=v,
        pool=g.pick(["DMZ Engines", "Internal Pool", "Cloud Engines"]))


@pos("rapid7", "console_password", "pw", empty=False)
def p_r7_ps1(g, v, neg):
    return "scripts/InsightVM-Report.ps1", F('''$pair = "«u»:«v»"
$b64 = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))
$hdr = @{ Authorization = "Basic $b64" }
$console = "https://«host»:3780/api/3"
Invoke-RestMethod -Uri "$console/reports" -Headers $hdr -SkipCertificateCheck |
    Select-Object -ExpandProperty resources | Format-Table id, name
''', u=g.pick(["nxadmin", "report-bot"]), v=v, host=g.host("nexpose"))


# ================================================================ SonarQube
@pos("sonarqube", "token", "sqp")
def p_sonar_props(g, v, neg):
    return "sonar-project.properties", F('''sonar.projectKey=«org»_«proj»
sonar.projectName=«proj»
sonar.host.url=https://«host»
sonar.token=«v»
sonar.sources=src
sonar.tests=tests
sonar.python.coverage.reportPaths=coverage.xml
sonar.exclusions=**/migrations/**,**/vendor/**
''', org=g.org(), proj=g.proj(), host=g.host("sonar"), v=v)


@pos("sonarqube", "token", "hex40")
def p_sonar_login(g, v, neg):
    return "sonar-project.properties", F('''# legacy config (SonarQube 8.9 LTS)
sonar.projectKey=«proj»
sonar.host.url=http://«host»:9000
sonar.login=«v»
sonar.sourceEncoding=UTF-8
sonar.java.binaries=target/classes
''', proj=g.proj(), host=g.host("sonarqube"), v=v)


@pos("sonarqube", "token", "squ")
def p_sonar_gha(g, v, neg):
    return ".github/workflows/sonar.yml", F('''name: Sonar
on:
  pull_request:
  push:
    branches: [main]
jobs:
  analyze:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: SonarSource/sonarqube-scan-action@v4
        env:
          SONAR_TOKEN: «v»
          SONAR_HOST_URL: https://«host»
''', v=v, host=g.host("sonar"))


@pos("sonarqube", "token", "sqa", empty=False)
def p_sonar_jenkins(g, v, neg):
    return "ci/Jenkinsfile", F('''node('maven') {
    stage('Checkout') { checkout scm }
    stage('Build') { sh 'mvn -B clean verify' }
    stage('Quality') {
        sh "mvn -B sonar:sonar -Dsonar.host.url=https://«host» -Dsonar.token=«v» -Dsonar.projectKey=«proj»"
    }
}
''', host=g.host("sonar"), v=v, proj=g.proj())


@pos("sonarqube", "token", "sq_any")
def p_sonar_gradle(g, v, neg):
    return "gradle.properties", F('''org.gradle.jvmargs=-Xmx2g -Dfile.encoding=UTF-8
org.gradle.parallel=true
kotlin.code.style=official
systemProp.sonar.host.url=https://«host»
systemProp.sonar.token=«v»
version=«ver»
''', host=g.host("sonar"), v=v, ver=g.ver())


@pos("sonarqube", "token", "squ", empty=False)
def p_sonar_curl(g, v, neg):
    return "scripts/quality-gate.sh", F('''#!/usr/bin/env bash
# Fails the build when the quality gate is not OK
set -euo pipefail
STATUS=$(curl -s -u «v»: \\
  "https://«host»/api/qualitygates/project_status?projectKey=«proj»" | jq -r .projectStatus.status)
echo "Quality gate: $STATUS"
[ "$STATUS" = "OK" ]
''', v=v, host=g.host("sonar"), proj=g.proj())


@pos("sonarqube", "token", "sqp")
def p_sonar_gitlab(g, v, neg):
    return ".gitlab/ci/sonar.gitlab-ci.yml", F('''sonarqube-check:
  stage: test
  image:
    name: sonarsource/sonar-scanner-cli:latest
    entrypoint: [""]
  variables:
    SONAR_USER_HOME: "${CI_PROJECT_DIR}/.sonar"
    GIT_DEPTH: "0"
    SONAR_HOST_URL: https://«host»
    SONAR_TOKEN: "«v»"
  cache:
    key: "${CI_JOB_NAME}"
    paths: [.sonar/cache]
  script:
    - sonar-scanner
  allow_failure: true
''', host=g.host("sonar"), v=v)


@pos("sonarqube", "token", "sqa", empty=False)
def p_sonar_docker(g, v, neg):
    return "build/Dockerfile.analysis", F('''FROM sonarsource/sonar-scanner-cli:11
WORKDIR /usr/src
COPY . .
RUN sonar-scanner \\
    -Dsonar.host.url=https://«host» \\
    -Dsonar.projectKey=«proj» \\
    -Dsonar.token=«v»
''', host=g.host("sonar"), proj=g.proj(), v=v)


# ================================================================ Snyk / Semgrep / ProjectDiscovery
@pos("snyk", "api_token", "uuid")
def p_snyk_bb(g, v, neg):
    return "bitbucket-pipelines.yml", F('''image: node:20
pipelines:
  default:
    - step:
        name: Test
        caches: [node]
        script:
          - npm ci
          - npm test
    - step:
        name: Snyk
        script:
          - npm install -g snyk
          - export SNYK_TOKEN=«v»
          - snyk test --severity-threshold=high
''', v=v)


@pos("semgrep", "api_token", "hex64")
def p_semgrep_circle(g, v, neg):
    return ".circleci/config.yml", F('''version: 2.1
jobs:
  semgrep-full-scan:
    docker:
      - image: semgrep/semgrep
    environment:
      SEMGREP_APP_TOKEN: «v»
      SEMGREP_REPO_NAME: «org»/«proj»
    steps:
      - checkout
      - run:
          name: "Semgrep full scan"
          command: semgrep ci
workflows:
  main:
    jobs:
      - semgrep-full-scan
''', v=v, org=g.org(), proj=g.proj())


@pos("semgrep", "api_token", "hex64", empty=False)
def p_semgrep_sh(g, v, neg):
    return "tools/run-sast.sh", F('''#!/usr/bin/env bash
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"
# org token for the shared runner
export SEMGREP_APP_TOKEN=«v»
semgrep ci --baseline-commit "$(git merge-base origin/main HEAD)" --sarif -o semgrep.sarif || rc=$?
exit ${rc:-0}
''', v=v)


@pos("projectdiscovery", "api_key", "uuid")
def p_pdcp_sh(g, v, neg):
    return "recon/nightly-nuclei.sh", F('''#!/usr/bin/env bash
# Nightly nuclei run against the external perimeter, results uploaded to PDCP
set -euo pipefail
export PDCP_API_KEY=«v»
subfinder -dL scope/domains.txt -silent | httpx -silent > live.txt
nuclei -l live.txt -severity medium,high,critical -cloud-upload -o nuclei.txt
''', v=v)


@pos("projectdiscovery", "api_key", "uuid")
def p_pdcp_docker(g, v, neg):
    return "recon/Dockerfile", F('''FROM projectdiscovery/nuclei:latest
ENV PDCP_API_KEY=«v»
ENV NUCLEI_TEMPLATES=/root/nuclei-templates
COPY targets.txt /work/targets.txt
WORKDIR /work
ENTRYPOINT ["nuclei", "-l", "/work/targets.txt", "-cloud-upload"]
''', v=v)


# ================================================================ recon data sources
def _provider_config(g, slot, v, censys_id=None):
    keys = ["bevigil", "binaryedge", "bufferover", "c99", "censys", "certspotter", "chaos", "chinaz",
            "dnsdb", "fofa", "fullhunt", "github", "hunter", "intelx", "netlas", "securitytrails",
            "shodan", "virustotal", "whoisxmlapi", "zoomeyeapi"]
    out = ["# subfinder / nuclei provider configuration", "# keys are picked at random when several are set"]
    for k in keys:
        if k == slot:
            out.append("%s:" % k)
            out.append("  - %s" % ((censys_id + ":" + v) if censys_id else v))
        else:
            out.append("%s: []" % k)
    return "\n".join(out) + "\n"


@pos("shodan", "recon_api_key", "a32")
def p_pc_shodan(g, v, neg):
    return ".config/subfinder/provider-config.yaml", _provider_config(g, "shodan", v)


@pos("censys", "recon_api_secret", "a32")
def p_pc_censys(g, v, neg):
    return "recon/provider-config.yaml", _provider_config(g, "censys", v, censys_id=g.uuid())


@pos("securitytrails", "recon_api_key", "a32")
def p_pc_st(g, v, neg):
    return "tools/subfinder/provider-config.yaml", _provider_config(g, "securitytrails", v)


@pos("virustotal", "recon_api_key", "hex64")
def p_pc_vt(g, v, neg):
    return ".config/subfinder/provider-config.yaml", _provider_config(g, "virustotal", v)


@pos("chaos", "recon_api_key", "uuid")
def p_pc_chaos(g, v, neg):
    return "recon/config/provider-config.yaml", _provider_config(g, "chaos", v)


@pos("shodan", "recon_api_key", "a32")
def p_amass_ini(g, v, neg):
    return "recon/amass/config.ini", F('''# Amass configuration (v3 style)
mode = passive
output_directory = ./amass_out

[resolvers]
resolver = 1.1.1.1
resolver = 8.8.8.8

[scope.domains]
domain = «dom»

[data_sources]
minimum_ttl = 1440

[data_sources.AlienVault]
[data_sources.AlienVault.Credentials]
apikey =

[data_sources.Shodan]
[data_sources.Shodan.Credentials]
apikey = «v»

[data_sources.SecurityTrails]
[data_sources.SecurityTrails.Credentials]
apikey =
''', dom=g.dom(), v=v)


@pos("censys", "recon_api_secret", "a32")
def p_amass_ds(g, v, neg):
    return "recon/amass/datasources.yaml", F('''datasources:
  - name: AlienVault
    creds:
      account:
        apikey: null
  - name: Censys
    ttl: 10080
    creds:
      account:
        apikey: «cid»
        secret: «v»
  - name: Shodan
    creds:
      account:
        apikey: null
global_options:
  minimum_ttl: 1440
''', cid=g.uuid(), v=v)


@pos("virustotal", "recon_api_key", "hex64")
def p_harvester(g, v, neg):
    return "theHarvester/api-keys.yaml", F('''apikeys:
  bevigil:
    key:
  binaryedge:
    key:
  censys:
    id:
    secret:
  hunter:
    key:
  securityTrails:
    key:
  shodan:
    key:
  virustotal:
    key: «v»
  zoomeye:
    key:
''', v=v)


@pos("github", "token", "ghp")
def p_harvester_gh(g, v, neg):
    return "osint/api-keys.yaml", F('''apikeys:
  fullhunt:
    key:
  github:
    key: «v»
  intelx:
    key:
  securityTrails:
    key:
  shodan:
    key:
''', v=v)


@pos("securitytrails", "recon_api_key", "a32", empty=False)
def p_reconng(g, v, neg):
    return "engagements/«c»/recon.rc".replace("«c»", g.org()), F('''workspaces create «org»_ext
db insert domains «dom»
keys add securitytrails_api «v»
marketplace install recon/domains-hosts/securitytrails
modules load recon/domains-hosts/securitytrails
options set SOURCE «dom»
run
modules load recon/domains-hosts/hackertarget
run
show hosts
''', org=g.org(), dom=g.dom(), v=v)


# ================================================================ Metasploit / Cobalt Strike
@pos("metasploit", "db_password", "msfdb")
def p_msf_db(g, v, neg):
    return ".msf4/database.yml", F('''development: &pgsql
  adapter: postgresql
  database: msf
  username: msf
  password: «v»
  host: 127.0.0.1
  port: 5433
  pool: 200

production: &production
  <<: *pgsql

test:
  <<: *pgsql
  database: msftest
  username: msftest
''', v=v)


@pos("metasploit", "rpc_password", "pw", empty=False)
def p_msfrpcd(g, v, neg):
    return "lab/systemd/msfrpcd.service", F('''[Unit]
Description=Metasploit RPC daemon
After=network.target postgresql.service

[Service]
User=msf
ExecStart=/opt/metasploit-framework/bin/msfrpcd -f -a 127.0.0.1 -p 55553 -U msf -P «v» -S
Restart=on-failure

[Install]
WantedBy=multi-user.target
''', v=v)


@pos("metasploit", "rpc_password", "pw", empty=False)
def p_msgrpc_rc(g, v, neg):
    return "lab/msf/autostart.rc", F('''setg LHOST «ip»
setg VERBOSE false
db_status
load msgrpc ServerHost=127.0.0.1 ServerPort=55552 User=msf Pass=«v» SSL=true
workspace -a «org»
''', ip=g.ip(), v=v, org=g.org())


@pos("metasploit", "rpc_password", "pw")
def p_msf_py(g, v, neg):
    return "automation/msf_jobs.py", F('''from pymetasploit3.msfrpc import MsfRpcClient

client = MsfRpcClient("«v»", port=55553, ssl=True)

for job_id, name in client.jobs.list.items():
    print(job_id, name)

exploit = client.modules.use("auxiliary", "scanner/smb/smb_version")
exploit["RHOSTS"] = "«net»"
print(exploit.execute())
''', v=v, net=g.ip() + "/24")


@pos("cobaltstrike", "teamserver_password", "pw", empty=False)
def p_cs_ts(g, v, neg):
    return "redteam/lab/start-teamserver.sh", F('''#!/bin/bash
# Red-team lab only - never on the corporate network
cd /opt/cobaltstrike/server
TS_IP=«ip»
PROFILE=profiles/«prof».profile
./c2lint "$PROFILE" >/dev/null
nohup ./teamserver "$TS_IP" «v» "$PROFILE" > /var/log/teamserver.log 2>&1 &
echo "teamserver started on $TS_IP:50050"
''', ip=g.ip(), prof=g.pick(["amazon", "jquery-c2", "ocsp", "webbug"]), v=v)


@pos("cobaltstrike", "teamserver_password", "pw")
def p_cs_md(g, v, neg):
    return "docs/lab-setup.md", F('''# Purple-team lab

| host | role | ip |
|------|------|----|
| ts01 | Cobalt Strike teamserver | «ip» |
| dc01 | domain controller | «ip2» |

Connect the client to `«ip»:50050` with any user name.
Teamserver password: `«v»`

Rotate it after each exercise and update this page.
''', ip=g.ip(), ip2=g.ip(), v=v)


# ================================================================ Wazuh
@pos("wazuh", "enrollment_password", "pw")
def p_wazuh_ansible(g, v, neg):
    return "ansible/roles/wazuh-agent/defaults/main.yml", F('''---
wazuh_agent_version: «ver»
wazuh_managers:
  - address: «host»
    port: 1514
    protocol: tcp
wazuh_agent_authd:
  registration_address: «host»
  enable: true
  port: 1515
  ssl_agent_ca: null
wazuh_authd_pass: «v»
wazuh_agent_config:
  syscheck:
    frequency: 43200
''', ver=g.ver(), host=g.host("wazuh"), v=v)


@pos("wazuh", "enrollment_password", "pw", empty=False)
def p_wazuh_install(g, v, neg):
    return "bootstrap/install-wazuh-agent.sh", F('''#!/usr/bin/env bash
set -euo pipefail
curl -s https://packages.wazuh.com/key/GPG-KEY-WAZUH | gpg --dearmor -o /usr/share/keyrings/wazuh.gpg
echo "deb [signed-by=/usr/share/keyrings/wazuh.gpg] https://packages.wazuh.com/4.x/apt/ stable main" \\
  > /etc/apt/sources.list.d/wazuh.list
apt-get update
WAZUH_MANAGER="«host»" WAZUH_REGISTRATION_PASSWORD='«v»' \\
  WAZUH_AGENT_GROUP="«grp»" apt-get install -y wazuh-agent
systemctl enable --now wazuh-agent
''', host=g.host("wazuh"), v=v, grp=g.pick(["linux", "web", "db", "k8s-nodes"]))


@pos("wazuh", "enrollment_password", "pw", empty=False)
def p_wazuh_authd(g, v, neg):
    return "wazuh/manager/etc/authd.pass", v + "\n"


@pos("wazuh", "api_password", "pw", empty=False)
def p_wazuh_api(g, v, neg):
    return "scripts/wazuh_agents.sh", F('''#!/bin/bash
WAZUH=https://«host»:55000
TOKEN=$(curl -s -u wazuh-wui:«v» -k -X POST "$WAZUH/security/user/authenticate?raw=true")
curl -s -k -H "Authorization: Bearer $TOKEN" "$WAZUH/agents?status=disconnected&select=id,name,lastKeepAlive" | jq .
''', host=g.host("wazuh"), v=v)


@pos("wazuh", "api_password", "pw")
def p_wazuh_yml(g, v, neg):
    return "wazuh-dashboard/wazuh.yml", F('''hosts:
  - default:
      url: https://«host»
      port: 55000
      username: wazuh-wui
      password: "«v»"
      run_as: false
pattern: wazuh-alerts-*
timeout: 20000
''', host=g.host("wazuh"), v=v)


# ================================================================ OpenVAS / GVM, Faraday, Dradis
@pos("gvm", "admin_password", "pw", empty=False)
def p_gvm_sh(g, v, neg):
    return "scanner/setup-gvm.sh", F('''#!/bin/bash
set -e
sudo -u _gvm gvmd --create-user=admin 2>/dev/null || true
sudo -u _gvm gvmd --user=admin --new-password='«v»'
sudo -u _gvm gvmd --modify-setting 78eceaec-3385-11ea-b237-28d24461215b --value "$(sudo -u _gvm gvmd --get-users --verbose | awk '/admin/ {print $2}')"
systemctl restart gsad
''', v=v)


@pos("gvm", "admin_password", "pw")
def p_gvm_compose(g, v, neg):
    return "openvas/docker-compose.yml", F('''services:
  openvas:
    image: immauss/openvas:latest
    restart: unless-stopped
    ports:
      - "8080:9392"
    environment:
      USERNAME: admin
      PASSWORD: "«v»"
      RELAYHOST: smtp.«dom»
      SMTPPORT: 25
    volumes:
      - openvas:/data
volumes:
  openvas: {}
''', v=v, dom=g.dom())


@pos("gvm", "admin_password", "pw", empty=False)
def p_gvm_py(g, v, neg):
    return "scanner/gvm_tasks.py", F('''from gvm.connections import UnixSocketConnection
from gvm.protocols.gmp import Gmp
from gvm.transforms import EtreeTransform

conn = UnixSocketConnection(path="/run/gvmd/gvmd.sock")
with Gmp(conn, transform=EtreeTransform()) as gmp:
    gmp.authenticate("admin", "«v»")
    for task in gmp.get_tasks().xpath("task"):
        print(task.find("name").text, task.find("status").text)
''', v=v)


@pos("faraday", "password", "pw", empty=False)
def p_faraday(g, v, neg):
    return "pentest/upload-results.sh", F('''#!/usr/bin/env bash
set -e
WS=«org»-«q»
faraday-cli auth -f https://«host» -u «u» -p '«v»'
faraday-cli workspace create "$WS" || true
faraday-cli tool report -w "$WS" nmap-top1000.xml
faraday-cli tool report -w "$WS" nuclei.json
''', org=g.org(), q=g.pick(["q1", "q2", "q3", "q4"]), host=g.host("faraday"), u=g.user(), v=v)


@pos("dradis", "api_token", "dradis")
def p_dradis(g, v, neg):
    return "reporting/dradis_sync.py", F('''import requests

DRADIS = "https://«host»/pro/api"
HEADERS = {
    "Authorization": 'Token token="«v»"',
    "Dradis-Project-Id": "«pid»",
}

issues = requests.get(f"{DRADIS}/issues", headers=HEADERS, timeout=30).json()
for issue in issues:
    print(issue["id"], issue["title"])
''', host=g.host("dradis"), v=v, pid=g.n(1, 300))


# ================================================================ bug bounty platforms
@pos("hackerone", "api_token", "h1")
def p_h1_py(g, v, neg):
    return "bounty/h1_reports.py", F('''import requests

H1_API = "https://api.hackerone.com/v1"
auth = ("«ident»", "«v»")

resp = requests.get(f"{H1_API}/reports", auth=auth, params={"filter[program][]": "«org»", "page[size]": 50},
                    headers={"Accept": "application/json"})
resp.raise_for_status()
for report in resp.json()["data"]:
    print(report["id"], report["attributes"]["title"], report["attributes"]["state"])
''', ident=g.org() + "-triage-bot", v=v, org=g.org())


@pos("hackerone", "api_token", "h1")
def p_h1_gha(g, v, neg):
    return ".github/workflows/h1-sync.yml", F('''name: HackerOne -> Jira sync
on:
  schedule:
    - cron: "*/30 * * * *"
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r tools/h1sync/requirements.txt
      - run: python tools/h1sync/sync.py
        env:
          H1_API_IDENTIFIER: «ident»
          H1_API_TOKEN: «v»
          JIRA_PROJECT: SEC
''', ident=g.org() + "-sync", v=v)


@pos("bugcrowd", "api_token", "pw", empty=False)
def p_bugcrowd(g, v, neg):
    return "bounty/bugcrowd-submissions.sh", F('''#!/usr/bin/env bash
# Pull new Bugcrowd submissions for triage
curl -s "https://api.bugcrowd.com/submissions?filter%5Bstate%5D=new" \\
  -H "Accept: application/vnd.bugcrowd+json" \\
  -H "Bugcrowd-Version: 2021-10-28" \\
  -H "Authorization: Token «u»:«v»" | jq '.data[].attributes.title'
''', u=comp(g, neg, g.alnum(20), "<username>"), v=v)


@pos("github", "token", "ghp")
def p_ghas_py(g, v, neg):
    return "tools/ghas_alerts.py", F('''"""Dump open code-scanning alerts for the org (GitHub Advanced Security)."""
import requests

ORG = "«org»"
session = requests.Session()
session.headers.update({"Authorization": "Bearer «v»", "Accept": "application/vnd.github+json"})

alerts = session.get(f"https://api.github.com/orgs/{ORG}/code-scanning/alerts", params={"state": "open"}).json()
for a in alerts:
    print(a["repository"]["name"], a["rule"]["id"], a["most_recent_instance"]["location"]["path"])
''', org=g.org(), v=v)


@pos("defectdojo", "api_token", "dojo")
def p_dojo_env(g, v, neg):
    return ".env" if not neg else ".env.example", F('''# DefectDojo uploader
DD_URL=https://«host»
DD_API_KEY=«v»
DD_PRODUCT_TYPE_NAME=Web
DD_PRODUCT_NAME=«proj»
''', host=g.host("defectdojo"), v=v, proj=g.proj())


@pos("dependency-track", "api_key", "odt")
def p_dt_tf(g, v, neg):
    return "infra/dtrack/main.tf", F('''terraform {
  required_providers {
    dependencytrack = {
      source  = "SolarFactories/dependencytrack"
      version = "~> 1.5"
    }
  }
}

provider "dependencytrack" {
  host    = "https://«host»"
  key     = "«v»"
}

resource "dependencytrack_project" "svc" {
  name    = "«proj»"
  version = "main"
}
''', host=g.host("dtrack"), v=v, proj=g.proj())


@pos("tenable", "access_secret_pair", "hex64")
def p_tio_toml(g, v, neg):
    ak = comp(g, neg, g.hex(64))
    return "tenable-jira/config.toml", F('''[tenable]
platform = "tenable.io"
access_key = "«ak»"
secret_key = "«v»"
tio_age = 30

[jira]
address = "«org».atlassian.net"
api_username = "vuln-bot@«dom»"
project = "VULN"
''', ak=ak, v=v, org=g.org(), dom=g.dom())


@pos("zap", "api_key", "zap")
def p_zap_json(g, v, neg):
    return "dast/zap-settings.json", F('''{
  "zapUrl": "http://zap.«dom»:8090",
  "apiKey": "«v»",
  "contexts": ["«proj»"],
  "spider": {"maxDepth": 5, "threadCount": 4},
  "report": {"format": "sarif", "path": "reports/zap.sarif"}
}
''', dom=g.dom(), v=v, proj=g.proj())


# ================================================================ look-alike negatives
LOOK = []


def look(provider, kind):
    def deco(f):
        LOOK.append({"name": f.__name__, "provider": provider, "kind": kind, "fn": f})
        return f
    return deco


def sha256(g):
    return g.hex(64)


@look("cyclonedx", "sbom_serial")
def n_cdx(g):
    comps = []
    for _ in range(g.n(2, 4)):
        name = g.pick(["lodash", "express", "jackson-databind", "log4j-core", "requests", "urllib3", "guava"])
        ver = g.ver()
        comps.append('''    {
      "type": "library",
      "bom-ref": "pkg:npm/%s@%s",
      "name": "%s",
      "version": "%s",
      "purl": "pkg:npm/%s@%s",
      "hashes": [{"alg": "SHA-256", "content": "%s"}]
    }''' % (name, ver, name, ver, name, ver, sha256(g)))
    return "sbom/bom.json", '''{
  "bomFormat": "CycloneDX",
  "specVersion": "1.5",
  "serialNumber": "urn:uuid:%s",
  "version": 1,
  "metadata": {"timestamp": "%sT10:%02d:00Z", "component": {"type": "application", "name": "%s"}},
  "components": [
%s
  ]
}
''' % (g.uuid(), g.date(), g.n(0, 59), g.proj(), ",\n".join(comps))


@look("tenable", "nessus_export")
def n_nessus(g):
    items = []
    for _ in range(g.n(2, 4)):
        pid = g.n(10000, 200000)
        items.append('''  <ReportItem port="443" svc_name="www" protocol="tcp" severity="%d" pluginID="%d" pluginName="SSL Certificate Signed Using Weak Hashing Algorithm" pluginFamily="General">
    <cve>%s</cve>
    <cvss3_base_score>%d.%d</cvss3_base_score>
    <plugin_output>SHA-256 Fingerprint: %s</plugin_output>
  </ReportItem>''' % (g.n(1, 4), pid, g.cve(), g.n(3, 9), g.n(0, 9),
                      ":".join(g.hex(2).upper() for _ in range(32))))
    return "reports/external-%s.nessus" % g.date(), '''<?xml version="1.0" ?>
<NessusClientData_v2>
<Policy><policyName>External PCI</policyName></Policy>
<Report name="external-weekly" xmlns:cm="http://www.nessus.org/cm">
<ReportHost name="%s">
<HostProperties><tag name="host-uuid">%s</tag><tag name="HOST_END">%s</tag></HostProperties>
%s
</ReportHost>
</Report>
</NessusClientData_v2>
''' % (g.ip(), g.uuid(), g.date(), "\n".join(items))


@look("defectdojo", "finding_ids")
def n_dojo_csv(g):
    rows = ["id,title,severity,cwe,cve,hash_code,test,found_by"]
    for _ in range(g.n(4, 8)):
        rows.append("%d,%s,%s,%d,%s,%s,%d,%s" % (
            g.n(1000, 99999), g.pick(["Reflected XSS", "SQL Injection", "Outdated TLS", "Open Redirect",
                                      "Missing HSTS", "Vulnerable dependency"]),
            g.pick(["Critical", "High", "Medium", "Low"]), g.n(20, 1300), g.cve(), sha256(g), g.n(10, 999),
            g.pick(["ZAP Scan", "Semgrep JSON Report", "Trivy Scan", "Nessus Scan"])))
    return "exports/findings-%s.csv" % g.date(), "\n".join(rows) + "\n"


@look("checksums", "sha256")
def n_sha_sums(g):
    lines = ["%s  %s" % (sha256(g), f) for f in ["nuclei_%s_linux_amd64.zip" % g.ver(),
                                                  "subfinder_%s_linux_amd64.zip" % g.ver(),
                                                  "httpx_%s_darwin_arm64.zip" % g.ver()]]
    return "tools/checksums.txt", "\n".join(lines) + "\n"


@look("docker", "image_digest")
def n_digest(g):
    return "deploy/scanners/kustomization.yaml", '''apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - zap-deployment.yaml
  - dtrack-apiserver.yaml
images:
  - name: ghcr.io/zaproxy/zaproxy
    digest: sha256:%s
  - name: dependencytrack/apiserver
    newTag: "4.%d.%d"
    digest: sha256:%s
''' % (sha256(g), g.n(9, 13), g.n(0, 6), sha256(g))


@look("burp", "collaborator_host")
def n_collab(g):
    hosts = ["%s.oastify.com" % g.chars(LOW + DIG, 30) for _ in range(3)]
    return "pentest/notes/ssrf-%s.md" % g.date(), '''# SSRF retest - %s

Payloads used (Burp Collaborator):

- `http://%s/a`
- `https://%s/`
- DNS only: `%s`

Result: DNS interaction received from %s, no HTTP callback. Severity kept at Medium.
''' % (g.proj(), hosts[0], hosts[1], hosts[2], g.ip())


@look("projectdiscovery", "interactsh_host")
def n_interactsh(g):
    return "recon/nuclei-results.jsonl", "\n".join(
        json.dumps({"template-id": g.pick(["CVE-2021-44228", "ssrf-oob", "blind-xxe"]),
                    "host": "https://%s" % g.host("app"), "matched-at": "https://%s/api" % g.host("app"),
                    "interaction": {"protocol": "dns", "unique-id": g.chars(LOW + DIG, 33),
                                    "full-id": g.chars(LOW + DIG, 33) + ".oast.fun"},
                    "timestamp": g.date() + "T0%d:12:44Z" % g.n(0, 9)}) for _ in range(3)) + "\n"


@look("tls", "ja3")
def n_ja3(g):
    rows = ["ts,src_ip,dst_ip,ja3,ja3s,sni"]
    for _ in range(6):
        rows.append("%sT%02d:%02d:%02d,%s,%s,%s,%s,%s" % (g.date(), g.n(0, 23), g.n(0, 59), g.n(0, 59), g.ip(),
                                                       g.ip(), g.hex(32), g.hex(32), g.host("api")))
    return "threat-hunt/ja3-sightings.csv", "\n".join(rows) + "\n"


@look("sonarqube", "project_key")
def n_sonar_props_ref(g):
    return "sonar-project.properties", '''sonar.projectKey=%s_%s
sonar.organization=%s
sonar.projectVersion=%s
# token is injected by CI: SONAR_TOKEN (see .github/workflows/build.yml)
sonar.sources=src
sonar.coverage.jacoco.xmlReportPaths=build/reports/jacoco/test/jacocoTestReport.xml
sonar.scm.revision=%s
''' % (g.org(), g.proj(), g.org(), g.ver(), g.hex(40))


@look("github", "commit_sha")
def n_changelog(g):
    lines = ["# Changelog", ""]
    for _ in range(5):
        lines.append("- %s %s (%s)" % (g.hex(7), g.pick(["bump nuclei-templates", "fix ZAP rule 10202",
                                                            "add Semgrep baseline", "upgrade Dependency-Track client",
                                                            "rotate scanner credentials (see vault)"]), g.hex(40)))
    return "CHANGELOG.md", "\n".join(lines) + "\n"


@look("ssh", "public_key")
def n_pubkey(g):
    return "ansible/roles/scanner-user/files/authorized_keys", "\n".join(
        "ssh-ed25519 %s %s@%s" % (base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + g.rbytes(32)).decode(),
                                  g.user(), g.pick(["scanner01", "pentest-kali", "jump"])) for _ in range(3)) + "\n"


@look("gpg", "public_key")
def n_pgp(g):
    body = g.b64(600)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "SECURITY/pgp-key.asc", "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + "\n".join(lines) + \
        "\n=" + g.b64(3) + "\n-----END PGP PUBLIC KEY BLOCK-----\n"


@look("osv", "advisory_ids")
def n_osv(g):
    def ghsa():
        a = "23456789cfghjmpqrvwx"
        return "GHSA-%s-%s-%s" % (g.chars(a, 4), g.chars(a, 4), g.chars(a, 4))
    return "security/ignore-advisories.yaml", '''# accepted risks, reviewed by AppSec
ignore:
  - id: %s
    reason: not reachable (dev dependency)
    expires: %s
  - id: %s
    reason: fixed upstream, waiting for release
  - id: %s
    cwe: CWE-%d
''' % (ghsa(), g.date(), g.cve(), ghsa(), g.n(20, 1300))


@look("semgrep", "rule_ids")
def n_semgrep_cfg(g):
    return ".semgrep/settings.yml", '''has_shown_metrics_notification: true
anonymous_user_id: %s
# login: run `semgrep login`; token is stored outside the repo
rules:
  - p/owasp-top-ten
  - p/secrets
exclude:
  - tests/fixtures/
''' % g.uuid()


@look("tenable", "scan_ids")
def n_tio_scans(g):
    return "vm/scan-inventory.json", json.dumps({"scans": [
        {"id": g.n(10, 5000), "uuid": "template-" + g.uuid(), "schedule_uuid": g.uuid(), "name": n,
         "owner": g.user() + "@" + g.dom(), "last_modification_date": g.n(1600000000, 1750000000)}
        for n in ["External weekly", "PCI quarterly", "Agents daily"]]}, indent=2) + "\n"


@look("qualys", "qids")
def n_qualys_kb(g):
    rows = ["QID,Title,Severity,CVE,Patchable"]
    for _ in range(5):
        rows.append('%d,"%s",%d,%s,%s' % (g.n(10000, 380000), g.pick(["OpenSSL Multiple Vulnerabilities",
                                                                      "Apache HTTP Server Path Traversal",
                                                                      "Microsoft Windows Security Update"]),
                                          g.n(1, 5), g.cve(), g.pick(["Yes", "No"])))
    return "vm/qualys-kb-extract.csv", "\n".join(rows) + "\n"


@look("dependency-track", "project_uuids")
def n_dt_projects(g):
    return "sbom/projects.yaml", "projects:\n" + "".join(
        "  - name: %s\n    uuid: %s\n    parent: %s\n" % (g.proj(), g.uuid(), g.uuid()) for _ in range(3))


@look("dependency-track", "api_key_name")
def n_dt_team(g):
    return "docs/dependency-track-teams.md", '''# Dependency-Track teams

| team | permissions | API key name | key id (public) |
|------|-------------|--------------|-----------------|
| Automation | BOM_UPLOAD, PROJECT_CREATION_UPLOAD | ci-uploader | %s |
| Reporting | VIEW_PORTFOLIO | grafana-exporter | %s |

Keys themselves live in Vault under `secret/appsec/dtrack/<team>`; never paste them here.
''' % (g.alnum(8), g.alnum(8))


@look("zap", "alert_refs")
def n_zap_report(g):
    alerts = []
    for _ in range(3):
        alerts.append({"pluginid": str(g.n(10000, 90000)), "alertRef": "%d-%d" % (g.n(10000, 90000), g.n(1, 5)),
                       "alert": g.pick(["Cookie Without Secure Flag", "CSP Header Not Set", "X-Content-Type-Options Header Missing"]),
                       "riskcode": str(g.n(0, 3)), "cweid": str(g.n(16, 1021)), "wascid": str(g.n(1, 40)),
                       "instances": [{"uri": "https://%s/" % g.host("app"), "method": "GET",
                                      "evidence": "Set-Cookie: JSESSIONID"}]})
    return "reports/zap-report.json", json.dumps({"@programName": "ZAP", "@version": g.ver(), "site": [
        {"@name": "https://" + g.host("app"), "alerts": alerts}]}, indent=2) + "\n"


@look("sarif", "fingerprints")
def n_sarif(g):
    return "reports/semgrep.sarif", json.dumps({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "Semgrep"}},
        "results": [{"ruleId": "python.flask.security.injection.tainted-sql-string",
                     "fingerprints": {"matchBasedId/v1": g.hex(128)},
                     "partialFingerprints": {"primaryLocationLineHash": g.hex(16) + ":1"},
                     "locations": [{"physicalLocation": {"artifactLocation": {"uri": "app/db.py"},
                                                         "region": {"startLine": g.n(5, 300)}}}]}]}]}, indent=2) + "\n"


@look("wazuh", "client_keys_ids")
def n_wazuh_agents(g):
    rows = ["ID   NAME                IP            STATUS"]
    for i in range(5):
        rows.append("%03d  %-18s  %-12s  %s" % (i + 1, g.pick(["web", "db", "k8s", "bastion"]) + "%02d" % g.n(1, 40),
                                                g.ip(), g.pick(["active", "disconnected", "never_connected"])))
    return "wazuh/agent-inventory.txt", "\n".join(rows) + "\n\nmanager cluster node: %s\nenrollment: password auth enabled (authd.pass managed by Ansible Vault)\n" % g.uuid()


@look("metasploit", "session_log")
def n_msf_log(g):
    lines = []
    for _ in range(6):
        lines.append("[%s %02d:%02d:%02d] [*] %s" % (g.date(), g.n(0, 23), g.n(0, 59), g.n(0, 59), g.pick([
            "Started reverse TCP handler on %s:4444" % g.ip(),
            "Sending stage (200774 bytes) to %s" % g.ip(),
            "Meterpreter session %d opened" % g.n(1, 9),
            "NTLM hash captured: %s (challenge %s)" % (g.user(), g.hex(16)),
            "Module auxiliary/scanner/smb/smb_version completed, job %s" % g.uuid()])))
    return "engagements/logs/msf-console.log", "\n".join(lines) + "\n"


@look("virustotal", "ioc_hashes")
def n_iocs(g):
    rows = ["type,value,first_seen,source"]
    for _ in range(6):
        t = g.pick(["md5", "sha1", "sha256", "domain"])
        val = {"md5": g.hex(32), "sha1": g.hex(40), "sha256": g.hex(64), "domain": g.chars(LOW, 10) + ".top"}[t]
        rows.append("%s,%s,%s,%s" % (t, val, g.date(), g.pick(["VirusTotal", "MISP", "internal"])))
    return "threat-intel/iocs.csv", "\n".join(rows) + "\n"


@look("purl", "purls")
def n_purls(g):
    lines = ["# reachable vulnerable packages (Dependency-Track export)"]
    for _ in range(5):
        eco = g.pick(["npm", "pypi", "maven/org.apache.logging.log4j", "golang/github.com/gin-gonic"])
        lines.append("pkg:%s/%s@%s?checksum=sha256:%s  %s" % (eco, g.pick(["core", "gin", "pyyaml", "lodash"]),
                                                               g.ver(), sha256(g), g.cve()))
    return "sbom/vulnerable-purls.txt", "\n".join(lines) + "\n"


@look("tenable", "asset_uuids")
def n_sql_assets(g):
    rows = ",\n".join("  ('%s', '%s', %d, '%s')" % (g.uuid(), g.host("srv"), g.n(0, 40), g.hex(40))
                      for _ in range(4))
    return "db/seed/assets.sql", "INSERT INTO assets (tenable_uuid, fqdn, open_criticals, agent_id)\nVALUES\n" + rows + ";\n"


@look("k8s", "configmap_refs")
def n_k8s_ref(g):
    return "deploy/dtrack/apiserver.yaml", '''apiVersion: apps/v1
kind: Deployment
metadata:
  name: dtrack-apiserver
spec:
  template:
    spec:
      containers:
        - name: apiserver
          image: dependencytrack/apiserver:4.%d.%d
          env:
            - name: ALPINE_DATABASE_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: dtrack-db
                  key: password
            - name: ALPINE_API_KEY_PREFIX
              value: odt_
            - name: ALPINE_SECRET_KEY_PATH
              value: /data/keys/secret.key
''' % (g.n(9, 13), g.n(0, 6))


@look("python", "env_references")
def n_py_env(g):
    return "appsec/clients.py", '''import os

from tenable.io import TenableIO
from zapv2 import ZAPv2

tio = TenableIO(os.environ["TIO_ACCESS_KEY"], os.environ["TIO_SECRET_KEY"])
zap = ZAPv2(apikey=os.getenv("ZAP_API_KEY"), proxies={"http": "http://127.0.0.1:8090"})
DOJO_TOKEN = os.environ.get("DD_API_KEY", "")
SONAR = {"url": "https://%s", "token": os.environ["SONAR_TOKEN"]}
''' % g.host("sonar")


@look("node", "env_references")
def n_js_env(g):
    return "scripts/sync-findings.mjs", '''import fetch from "node-fetch";

const dojo = process.env.DD_URL ?? "https://%s";
const headers = { Authorization: `Token ${process.env.DD_API_KEY}` };
const h1 = { user: process.env.H1_API_IDENTIFIER, token: process.env.H1_API_TOKEN };

const res = await fetch(`${dojo}/api/v2/findings/?active=true&limit=%d`, { headers });
console.log((await res.json()).count, "active findings; H1 user", h1.user);
''' % (g.host("defectdojo"), g.n(10, 500))


@look("github-actions", "secret_references")
def n_gha_refs(g):
    return ".github/workflows/security.yml", '''name: security
on: [push]
jobs:
  scans:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: semgrep ci
        env:
          SEMGREP_APP_TOKEN: ${{ secrets.SEMGREP_APP_TOKEN }}
      - uses: SonarSource/sonarqube-scan-action@v4
        env:
          SONAR_TOKEN: ${{ secrets.SONAR_TOKEN }}
          SONAR_HOST_URL: ${{ vars.SONAR_HOST_URL }}
      - run: snyk test
        env:
          SNYK_TOKEN: ${{ secrets.SNYK_TOKEN }}
      - uses: DependencyTrack/gh-upload-sbom@v3
        with:
          serverhostname: %s
          apikey: ${{ secrets.DEPENDENCYTRACK_APIKEY }}
          projectname: %s
''' % (g.host("dtrack"), g.proj())


@look("docs", "documented_examples")
def n_doc_examples(g):
    return "docs/scanner-integrations.md", '''# Scanner integrations

ZAP needs an API key; locally you can start it with
`zap.sh -daemon -config api.key=change-me-9203935709` as in the ZAP FAQ.

Dependency-Track python client (from its README):

```python
dt = DependencyTrack('http://10.0.0.1:8080', 'YRlAeOAb0uXT7dTGrfsvnGxjxZSF0XbO')
```

subfinder `provider-config.yaml` example from the docs:

```yaml
binaryedge:
  - 0bf8919b-aab9-42e4-9574-d3b639324597
```

Real keys: ask #appsec for Vault access (`secret/appsec/%s`).
''' % g.proj()


@look("masked", "masked_keys")
def n_masked(g):
    return "docs/credential-rotation-%s.md" % g.date(), '''# Credential rotation log

| system | key | rotated by | date |
|--------|-----|-----------|------|
| SonarQube CI | squ_****************************************%s | %s | %s |
| Dependency-Track | odt_****************************%s | %s | %s |
| Tenable.io | accessKey=%s…(masked) secretKey=**** | %s | %s |
| DefectDojo | Token ************************************%s | %s | %s |
''' % (g.hex(4), g.user(), g.date(), g.alnum(4), g.user(), g.date(), g.hex(6), g.user(), g.date(),
       g.hex(4), g.user(), g.date())


@look("powershell", "env_references")
def n_ps_env(g):
    return "automation/Connect-Scanners.ps1", '''$tio = @{ "X-ApiKeys" = "accessKey=$($env:TIO_ACCESS_KEY); secretKey=$($env:TIO_SECRET_KEY)" }
$cred = Get-Secret -Name "InsightVM-Console" -Vault AppSecVault
$gvm = Get-StoredCredential -Target "gvm-admin"
Write-Host "Scan engine pool: %s"
Invoke-RestMethod -Uri "https://cloud.tenable.com/scanners" -Headers $tio | Out-Null
'''.replace("%s", g.pick(["DMZ", "Internal", "Cloud"]))


@look("go", "ids")
def n_go_ids(g):
    return "internal/scanner/plugins.go", '''package scanner

// Nessus plugin ids we suppress globally (approved in RISK-%d).
var suppressedPlugins = []int{%s}

// Template UUID of the "Advanced Network Scan" policy.
const advancedTemplate = "%s"

// DefectDojo test type ids.
const (
	testTypeZAP     = %d
	testTypeSemgrep = %d
)
''' % (g.n(100, 999), ", ".join(str(g.n(10000, 200000)) for _ in range(5)), g.uuid(), g.n(1, 200), g.n(1, 200))


@look("ansible", "vault_refs")
def n_ansible_vault(g):
    return "ansible/group_vars/wazuh/vars.yml", '''---
wazuh_manager_fqdn: %s
wazuh_api_user: wazuh-wui
wazuh_api_password: "{{ vault_wazuh_api_password }}"
wazuh_authd_pass: "{{ vault_wazuh_authd_pass }}"
gvm_admin_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/gvm:admin') }}"
''' % g.host("wazuh")


@look("ansible", "vault_encrypted")
def n_ansible_vault_file(g):
    body = g.hex(64 * 6)
    return "ansible/group_vars/wazuh/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(
        body[i:i + 80] for i in range(0, len(body), 80)) + "\n"


@look("dockerfile", "arg_refs")
def n_dockerfile(g):
    return "recon/Dockerfile", '''FROM projectdiscovery/nuclei:v%s
ARG PDCP_API_KEY
# key passed at runtime: docker run -e PDCP_API_KEY ...
RUN nuclei -update-templates -silent
LABEL org.opencontainers.image.revision="%s"
LABEL org.opencontainers.image.source="https://github.com/%s/recon"
''' % (g.ver(), g.hex(40), g.org())


@look("compose", "env_refs")
def n_compose(g):
    return "stack/docker-compose.yml", '''services:
  defectdojo-uploader:
    image: ghcr.io/%s/dd-uploader:%s
    environment:
      DD_URL: https://%s
      DD_API_KEY: ${DD_API_KEY:?set DD_API_KEY}
  zap:
    image: ghcr.io/zaproxy/zaproxy:stable
    command: zap.sh -daemon -host 0.0.0.0 -port 8090 -config api.key=${ZAP_API_KEY}
  openvas:
    image: immauss/openvas
    environment:
      PASSWORD_FILE: /run/secrets/gvm_admin
    secrets: [gvm_admin]
secrets:
  gvm_admin:
    file: ./secrets/gvm_admin.txt
''' % (g.org(), g.ver(), g.host("defectdojo"))


@look("env-example", "placeholders")
def n_env_example(g):
    return g.pick([".env.example", ".env.sample"]), '''# copy to .env and fill in
DD_URL=https://defectdojo.example.com
DD_API_KEY=
SONAR_TOKEN=<your-sonar-token>
PDCP_API_KEY=your-pdcp-api-key
SHODAN_API_KEY=
TIO_ACCESS_KEY=changeme
TIO_SECRET_KEY=changeme
'''


@look("provider-config", "empty_config")
def n_pc_empty(g):
    return ".config/subfinder/provider-config.yaml", _provider_config(g, "none", "")


@look("burp", "project_ids")
def n_burp_cfg(g):
    return "dast/burp-sites.json", json.dumps({"sites": [
        {"id": g.n(1, 99), "name": g.proj(), "scope": {"included_urls": ["https://%s/" % g.host("app")]},
         "scan_configuration_ids": [g.uuid()], "agent_pool_id": g.n(1, 9)} for _ in range(3)]}, indent=2) + "\n"


@look("hackerone", "report_ids")
def n_h1_md(g):
    return "bounty/monthly-%s.md" % g.date(), '''# Bug bounty - monthly summary

| report | title | severity | bounty |
|--------|-------|----------|--------|
| #%d | IDOR in /api/orders | high | $%d |
| #%d | Stored XSS in profile | medium | $%d |
| Bugcrowd %s | Subdomain takeover | P2 | $%d |

Weakness ids: CWE-%d, CWE-%d.
''' % (g.n(1000000, 3000000), g.n(500, 5000), g.n(1000000, 3000000), g.n(100, 2000), g.uuid(),
       g.n(500, 5000), g.n(20, 1300), g.n(20, 1300))


@look("x509", "cert_fingerprints")
def n_certs(g):
    return "pki/pinned-certs.yaml", "pins:\n" + "".join(
        "  - host: %s\n    sha256: %s\n    serial: %s\n" % (g.host("api"), g.b64(32), ":".join(g.hex(2) for _ in range(16)))
        for _ in range(3))


@look("log", "request_ids")
def n_access_log(g):
    lines = []
    for _ in range(6):
        lines.append('%s - - [%s] "GET /api/v2/findings/?limit=100 HTTP/1.1" 200 %d "-" "python-requests/2.31" req_id=%s trace=%s' % (
            g.ip(), g.date(), g.n(100, 90000), g.uuid(), g.hex(32)))
    return "logs/defectdojo-nginx.log", "\n".join(lines) + "\n"


@look("toml", "config_no_secret")
def n_toml(g):
    return "tools/vuln-sync/config.toml", '''[tenable]
platform = "cloud.tenable.com"
access_key_env = "TIO_ACCESS_KEY"
secret_key_env = "TIO_SECRET_KEY"

[defectdojo]
url = "https://%s"
token_file = "/run/secrets/dojo_token"
product_id = %d
''' % (g.host("defectdojo"), g.n(1, 200))


@look("wazuh", "ossec_conf")
def n_ossec(g):
    return "wazuh/agent/ossec.conf", '''<ossec_config>
  <client>
    <server>
      <address>%s</address>
      <port>1514</port>
      <protocol>tcp</protocol>
    </server>
    <enrollment>
      <enabled>yes</enabled>
      <manager_address>%s</manager_address>
      <authorization_pass_path>etc/authd.pass</authorization_pass_path>
      <groups>%s</groups>
    </enrollment>
  </client>
</ossec_config>
''' % (g.host("wazuh"), g.host("wazuh"), g.pick(["linux", "web", "db"]))


@look("jwt-header", "base64_data")
def n_b64_blob(g):
    return "tests/fixtures/scan-upload.json", json.dumps({"filename": "report.xml", "encoding": "base64",
                                                         "content": g.b64(g.n(90, 200)),
                                                         "sha256": sha256(g)}, indent=2) + "\n"


# ================================================================ driver
def filetype(rel):
    base = rel.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base.startswith("Dockerfile"):
        return "dockerfile"
    if base == "Jenkinsfile":
        return "groovy"
    if base == "authd.pass":
        return "pass"
    if "." not in base:
        return "txt"
    return base.rsplit(".", 1)[1].lower()


def blocked_env(rel):
    base = rel.rsplit("/", 1)[-1]
    return base == ".env" or (base.startswith(".env.") and base not in (".env.example", ".env.sample",
                                                                      ".env.template", ".env.dist"))


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    return path


def spread(g, count, k):
    order = []
    while len(order) < count:
        block = list(range(k))
        g.r.shuffle(block)
        order.extend(block)
    return order[:count]


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gen_jh.py OUTDIR SEED")
    outdir, seed = sys.argv[1], int(sys.argv[2])
    g = G(seed)
    manifest, secrets = [], []
    env_pos = 0

    for i, ti in enumerate(spread(g, 500, len(POS))):
        t = POS[ti]
        v = SECRETS[t["gen"]](g)
        rel, text = t["fn"](g, v, False)
        frel = "pos/p%04d/%s" % (i, rel)
        idx = text.find(v)
        assert idx >= 0, (t["name"], v)
        line = text.count("\n", 0, idx) + 1
        path = write(outdir, frel, text)
        with open(path, encoding="utf-8") as fh:
            assert v in fh.read().split("\n")[line - 1], (frel, line)
        if blocked_env(rel):
            env_pos += 1
        manifest.append({"file": frel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(rel)})
        secrets.append({"file": frel, "needle": v, "line": line})
    assert env_pos <= 25, env_pos

    kinds = ["reuse"] * 250 + ["look"] * 250
    g.r.shuffle(kinds)
    reuse_order = spread(g, 250, len(POS))
    look_order = spread(g, 250, len(LOOK))
    ri = li = 0
    for i, k in enumerate(kinds):
        if k == "reuse":
            t = POS[reuse_order[ri]]
            ri += 1
            v = filler(g, t["provider"], t["empty"])
            rel, text = t["fn"](g, v, True)
            provider, kind = t["provider"], "neg_" + t["kind"]
        else:
            t = LOOK[look_order[li]]
            li += 1
            rel, text = t["fn"](g)
            provider, kind = t["provider"], "lookalike_" + t["kind"]
        assert not blocked_env(rel), rel
        frel = "neg/n%04d/%s" % (i, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
