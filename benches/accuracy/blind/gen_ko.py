#!/usr/bin/env python3
"""gen_ko.py - blind evaluation set: Terraform / OpenTofu provider configuration for SaaS providers.

EMPHASIS
  Credentials that end up hard-coded in Terraform/OpenTofu projects that configure SaaS providers
  (not the clouds' own state): provider blocks (datadog api_key/app_key, pagerduty token, github
  token / app_auth pem, gitlab token, cloudflare api_token/api_key, fastly api_key, newrelic NRAK-
  user keys, grafana auth / sm_access_token / cloud_access_policy_token, okta api_token, auth0
  client_secret, snowflake password / private_key, mongodbatlas private_key, heroku api_key,
  digitalocean token, linode token, vultr api_key, hcloud token, sentry token, opsgenie api_key,
  honeycombio api_key, launchdarkly access_token, spacelift api_key_secret, env0 api_secret, tfe
  token), Terraform Cloud CLI credentials (credentials.tfrc.json, .terraformrc, TF_TOKEN_*),
  Atlantis server config and webhook secrets, Terragrunt inputs, *.auto.tfvars,
  terraform.tfvars.json, CDKTF constructs (TypeScript and Python), shell `export TF_VAR_...`,
  GitHub workflows / Spacelift / Atlantis YAML, Markdown runbooks.
  File types: tf, tfvars, hcl, json, yml/yaml, ts, py, sh, md, terraformrc, env, Dockerfile, toml.

USAGE
  python3 -B gen_ko.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each), OUTDIR/neg/nNNNN/<relpath>
  (500 files, no credential), OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl
  (one line per positive). All randomness comes from random.Random(SEED); output is byte-identical
  for a given SEED.

NEEDLE CONVENTIONS
  - The needle is the secret value exactly as written, without surrounding quotes.
  - Header / Bearer values: the token only (not "Bearer ", not the header name).
  - URLs with embedded credentials (e.g. https://user:PASS@host): the password part only.
  - Key pairs (Atlas public_key/private_key, Spacelift api_key_id/secret, env0 api_key/api_secret,
    Honeycomb management key id/secret): only the secret half is the needle; the id half is public.
  - "user:password" basic-auth strings (grafana `auth`): the password part only.
  - Multi-line PEM private keys: the first base64 line of the key body (the line right after
    -----BEGIN ... PRIVATE KEY-----). For PEMs written on one line with "\\n" escapes (JSON, HCL
    strings) it is the same 64-character chunk, found on that one line.
  - `line` is the 1-based line of the needle's first occurrence.

NEGATIVES
  Half of the negatives reuse the positive templates with the secret's slot holding something
  that is not a secret: var.x / local.x references, data.vault_generic_secret / sops / SSM
  lookups, "${var.x}" interpolations, ${{ secrets.X }}, ${VAR}, $(vault kv get ...), op:// paths,
  process.env.X, os.environ[...], empty strings, placeholders (<your-token>, YOUR_API_KEY_HERE,
  changeme, xxxx...), masked values (****, [REDACTED], (sensitive value)) and examples published
  in provider documentation. .env-named positives become .env.example for negatives.
  The other half are domain look-alikes: .terraform.lock.hcl h1:/zh: hashes, state files with
  lineage UUIDs and serials, plan output with (sensitive value), provider blocks holding only
  public ids (Okta org name, Atlas public key, Datadog site/api_url, Auth0 client_id, LaunchDarkly
  client-side id and mob- key, Cloudflare zone/account ids), variables with sensitive = true and
  no default, module registry sources pinned to commit SHAs, image digests, SSH/PGP public keys,
  certificates, SHA256SUMS, resource ids (ws-..., run-..., P... PagerDuty ids, 0oa... Okta ids),
  Sentry DSNs (public by design), Snowflake rsa_public_key, apply logs, CSV inventories.

FORMATS CHECKED (search tool, provider documentation and project READMEs)
  - DigitalOcean release note: tokens prefixed dop_v1_ (PAT), doo_v1_ (OAuth), dor_v1_ (refresh);
    body is 64 hex (matches tokens seen in the control panel; length not stated in the note).
  - New Relic: user keys start with NRAK- (nango / New Relic docs); license (ingest) keys end NRAL.
  - Grafana learning path: service account tokens look like glsa_xxxxxxxx.
  - Sentry: user auth tokens prefixed sntryu_; org tokens sntrys_.
  - Honeycomb API docs: key ids hc[x]ik_ (ingest), hc[x]lk_ (configuration), hc[x]mk_
    (management); ingest key value = id + secret concatenated, documented example
    hcxik_1234567890123456789012345612345678901234567890123456789012 (used as a negative).
  - Okta developer forum: API tokens start with 00, 42 characters [A-Za-z0-9_-] (Okta warns the
    structure is not guaranteed). Okta object ids (00u..., 00T..., 0oa...) are 20 chars.
  - LaunchDarkly docs: SDK keys start sdk- (secret), mobile keys mob- (not secret), client-side
    ids alphanumeric without dashes (not secret); REST API access tokens (api-...).
  - Spacelift: api_key_id is a 26-character ULID, api_key_secret ~64 chars (hex in examples).
  - env0 provider README: api_key + api_secret, env ENV0_API_KEY / ENV0_API_SECRET.
  - MongoDB Atlas provider: public_key + private_key (MONGODB_ATLAS_PUBLIC_KEY/PRIVATE_KEY).
  - Terraform CLI docs: credentials.tfrc.json {"credentials": {"app.terraform.io": {"token": ..}}}.
  - Atlantis docs: webhook secret from any random generator, > 24 chars (SecureRandom.hex(32));
    server flags as ATLANTIS_* env vars or YAML config keys (gh-token, gh-webhook-secret, ...).
  - GitLab: glpat- prefix; 20-char body for classic tokens (newer tokens may be longer).
  - Heroku: API keys / authorizations are UUIDs (heroku authorizations:create output).

DOUBTS
  - Terraform Cloud token layout (14 chars + ".atlasv1." + ~67 chars) is from memory and from a
    pattern page that turned out to be a scanner rule list (not used beyond the layout); the
    HashiCorp pages found did not show a token.
  - Heroku's newer HRKU- token body (HRKU-AA + 58 chars) is not confirmed; UUID keys dominate.
  - Grafana sm_access_token and glc_ (cloud access policy) token bodies: glc_ is base64 JSON here;
    the synthetic-monitoring token is modelled as base64 of random bytes (not confirmed).
  - Sentry sntrys_ body (base64 JSON + "_" + secret) modelled from memory.
  - Honeycomb configuration key length (22 alnum, classic) and the management secret (32 alnum)
    are not confirmed.
  - PagerDuty REST tokens (20 chars incl. + - _), Cloudflare api_token (40 chars) and global key
    (37 hex), Fastly (32 chars), Vultr (36 upper alnum), Linode (64 hex), Hetzner (64 alnum),
    Datadog (32 / 40 hex), Auth0 client_secret (64 base64url), env0 secret length: from general
    knowledge, not re-confirmed in this session.
  - Search results that were scanner rule material (GitGuardian detector pages, testpattern.dev
    pattern pages, a ripsecrets issue) surfaced in searches; their regexes/examples were not used.
  - GitHub ghp_/ghs_ last 6 chars = base62 CRC32 of the 30-char random part (public blog post,
    not re-confirmed here).
"""
import base64
import json
import os
import random
import re
import sys
import textwrap
import zlib

LOW = "abcdefghijklmnopqrstuvwxyz"
UP = LOW.upper()
DIG = "0123456789"
HEX = "0123456789abcdef"
B62 = DIG + UP + LOW
B64URL = B62 + "-_"
PWCH = B62 + "!#%*+-_.@^~="


def rs(rng, alph, n):
    return "".join(rng.choice(alph) for _ in range(n))


def uuid4(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def b62enc(num, width):
    out = ""
    while num:
        num, r = divmod(num, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def password(rng):
    while True:
        p = rs(rng, PWCH, rng.randint(16, 28))
        if (any(c in DIG for c in p) and any(c in UP for c in p) and any(c in LOW for c in p)
                and p[0] in B62):
            return p


# ---------------------------------------------------------------- secret generators
def g_dd_api(rng):
    return rs(rng, HEX, 32)


def g_dd_app(rng):
    return rs(rng, HEX, 40)


def g_pd(rng):
    body = rs(rng, B62 + "+-_", 18)
    return ("u+" if rng.random() < 0.4 else rs(rng, B62, 2)) + body


def _gh(prefix, rng):
    r = rs(rng, B62, 30)
    return prefix + r + b62enc(zlib.crc32(r.encode()) & 0xFFFFFFFF, 6)


def g_ghp(rng):
    return _gh("ghp_", rng)


def g_ghs(rng):
    return _gh("ghs_", rng)


def g_gh_fine(rng):
    return "github_pat_" + rs(rng, B62, 22) + "_" + rs(rng, B62, 59)


def g_glpat(rng):
    return "glpat-" + rs(rng, B64URL, 20)


def g_cf_token(rng):
    return rs(rng, B64URL, 40)


def g_cf_key(rng):
    return rs(rng, HEX, 37)


def g_b64_32(rng):
    return base64.b64encode(rbytes(rng, 32)).decode()


def g_fastly(rng):
    return rs(rng, B64URL, 32)


def g_nrak(rng):
    return "NRAK-" + rs(rng, UP + DIG, 27)


def g_nr_license(rng):
    return rs(rng, HEX, 36) + "NRAL"


def g_glsa(rng):
    return "glsa_" + rs(rng, B62, 32) + "_" + rs(rng, HEX, 8)


def g_glc(rng):
    doc = {"o": str(rng.randint(100000, 999999)), "n": "tf-" + rs(rng, LOW, 6),
           "k": rs(rng, B62, 24), "m": {"r": rng.choice(["prod-us-east-0", "prod-eu-west-2"])}}
    return "glc_" + base64.b64encode(json.dumps(doc, separators=(",", ":")).encode()).decode().rstrip("=")


def g_sm(rng):
    return base64.b64encode(rbytes(rng, 48)).decode()


def g_okta(rng):
    return "00" + rs(rng, B64URL, 40)


def g_auth0(rng):
    return rs(rng, B64URL, 64)


def g_pw(rng):
    return password(rng)


def g_uuid(rng):
    return uuid4(rng)


def g_heroku(rng):
    if rng.random() < 0.3:
        return "HRKU-AA" + rs(rng, B64URL, 58)
    return uuid4(rng)


def g_do(rng):
    return "dop_v1_" + rs(rng, HEX, 64)


def g_hex64(rng):
    return rs(rng, HEX, 64)


def g_vultr(rng):
    return rs(rng, UP + DIG, 36)


def g_hcloud(rng):
    return rs(rng, B62, 64)


def g_sntryu(rng):
    return "sntryu_" + rs(rng, HEX, 64)


def g_sntrys(rng):
    doc = {"iat": rng.randint(1700000000, 1760000000), "url": "https://sentry.io",
           "region_url": "https://us.sentry.io", "org": rs(rng, LOW, 7)}
    b = base64.b64encode(json.dumps(doc, separators=(",", ":")).encode()).decode().rstrip("=")
    return "sntrys_" + b + "_" + rs(rng, B62 + "+/", 43)


def g_hny_ingest(rng):
    return "hc" + rng.choice(LOW) + "ik_" + rs(rng, LOW + DIG, 58)


def g_hny_cfg(rng):
    return rs(rng, B62, 22)


def g_hny_mgmt_secret(rng):
    return rs(rng, B62, 32)


def g_ld_api(rng):
    return "api-" + uuid4(rng)


def g_ld_sdk(rng):
    return "sdk-" + uuid4(rng)


def g_env0_secret(rng):
    return rs(rng, B62, 32)


def g_tfc(rng):
    return rs(rng, B62, 14) + ".atlasv1." + rs(rng, B62, 67)


def g_webhook(rng):
    return rs(rng, HEX, 64) if rng.random() < 0.5 else rs(rng, B62, rng.randint(32, 48))


def _der_len(n):
    return bytes([0x82, n >> 8, n & 0xFF])


def g_rsa_pem(rng):
    """Random RSA-2048 private key PEM (structure-shaped DER, random contents). Returns text."""
    if rng.random() < 0.5:
        body_len = 1213
        der = (b"\x30" + _der_len(body_len) + b"\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7"
               b"\x0d\x01\x01\x01\x05\x00\x04" + _der_len(1191) + b"\x30" + _der_len(1187)
               + b"\x02\x01\x00\x02\x82\x01\x01\x00")
        label = "PRIVATE KEY"
    else:
        body_len = 1188
        der = b"\x30" + _der_len(body_len) + b"\x02\x01\x00\x02\x82\x01\x01\x00"
        label = "RSA PRIVATE KEY"
    der += rbytes(rng, body_len + 4 - len(der))
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def pem_needle(pem):
    return pem.split("\n")[1]


# ---------------------------------------------------------------- context
ORGS = ["acme", "northwind", "globex", "initech", "umbrella-labs", "hooli", "vandelay", "stark-ind",
        "wayne-ent", "tyrell", "cyberdyne", "oscorp", "pied-piper", "soylent", "massive-dynamic"]
PROJ = ["platform", "payments", "observability", "edge", "identity", "data-platform", "infra-live",
        "shared-services", "checkout", "search", "mobile-backend", "internal-tools"]
ENVS = ["prod", "production", "staging", "stage", "dev", "qa", "sandbox", "preprod"]
TEAMS = ["sre", "platform-eng", "infra", "devops", "core", "secops", "backend", "dx"]
PEOPLE = ["jdoe", "asmith", "mkovacs", "lnguyen", "rpatel", "tkim", "ogarcia", "bwilliams", "ychen"]
REGIONS = ["us-east-1", "eu-west-1", "eu-central-1", "ap-southeast-2", "us-west-2"]


def mkctx(rng):
    org = rng.choice(ORGS)
    return {
        "org": org, "proj": rng.choice(PROJ), "env": rng.choice(ENVS), "team": rng.choice(TEAMS),
        "person": rng.choice(PEOPLE), "region": rng.choice(REGIONS),
        "domain": org.replace("-", "") + rng.choice([".com", ".io", ".dev", ".net"]),
        "n": str(rng.randint(2, 9)), "port": str(rng.choice([4141, 8080, 443])),
        "acct": str(rng.randint(1000000, 9999999)),
    }


_FILL = re.compile(r"\{(\w+)\}")


def fill(s, **kw):
    """Replace {name} only for names given (leaves HCL/shell braces alone)."""
    return _FILL.sub(lambda m: str(kw[m.group(1)]) if m.group(1) in kw else m.group(0), s)


def D(s):
    return textwrap.dedent(s).lstrip("\n")


def indent(block, pad):
    return "\n".join(pad + ln if ln else ln for ln in block.split("\n"))


def req_providers(rng, entries):
    """terraform { required_providers { ... } } block for (name, source, version) entries."""
    out = ["terraform {", '  required_version = ">= 1.%d.0"' % rng.randint(3, 9), "", "  required_providers {"]
    for name, src, ver in entries:
        out += ["    %s = {" % name, '      source  = "%s"' % src, '      version = "%s"' % ver, "    }"]
    out += ["  }", "}", "", ""]
    return "\n".join(out)


# Quoting of the slot per style. The positive value is always the raw secret inside.
def quote(style, v):
    if style in ("hcl", "tfvars", "tg", "json", "ts", "py", "yamlq", "shq"):
        return '"' + v + '"'
    if style == "pemjson":
        return '"' + v.replace("\n", "\\n") + '"'
    return v  # raw, yaml (plain scalar), sh (unquoted), pem (block)


# ---------------------------------------------------------------- positive templates
POS = []


def tpl(provider, kind, gen, style, env, var, examples=()):
    def deco(f):
        POS.append({"name": f.__name__, "provider": provider, "kind": kind, "gen": gen,
                    "style": style, "env": env, "var": var, "examples": list(examples), "fn": f})
        return f
    return deco


@tpl("datadog", "api_key", g_dd_api, "hcl", "DD_API_KEY", "datadog_api_key")
def p_dd_provider(rng, c, Q):
    site = rng.choice(["https://api.datadoghq.com/", "https://api.datadoghq.eu/", "https://api.us5.datadoghq.com/"])
    t = req_providers(rng, [("datadog", "DataDog/datadog", "~> 3.%d" % rng.randint(30, 46))])
    t += D('''
        provider "datadog" {
          api_key = {Q}
          app_key = var.datadog_app_key
          api_url = "{site}"
        }

        resource "datadog_monitor" "cpu_high" {
          name    = "[{env}] CPU high on {proj}"
          type    = "metric alert"
          message = "CPU above threshold @slack-{team}-alerts"
          query   = "avg(last_5m):avg:system.cpu.user{service:{proj}} > 90"

          monitor_thresholds {
            critical = 90
            warning  = 80
          }
          tags = ["team:{team}", "env:{env}"]
        }
    ''')
    return rng.choice(["monitoring/main.tf", "datadog/providers.tf", "infra/datadog/main.tf"]), fill(t, Q=Q, site=site, **c)


@tpl("datadog", "app_key", g_dd_app, "hcl", "DD_APP_KEY", "datadog_app_key")
def p_dd_appkey(rng, c, Q):
    t = D('''
        # Datadog provider - dashboards and SLOs for {proj}
        provider "datadog" {
          api_key  = var.datadog_api_key
          app_key  = {Q}
          validate = true
        }

        resource "datadog_service_level_objective" "availability" {
          name        = "{proj} availability"
          type        = "metric"
          description = "99.9% of requests succeed"
          query {
            numerator   = "sum:trace.http.request.hits{service:{proj},!http.status_class:5xx}.as_count()"
            denominator = "sum:trace.http.request.hits{service:{proj}}.as_count()"
          }
          thresholds {
            timeframe = "30d"
            target    = 99.9
          }
        }
    ''')
    return "observability/datadog.tf", fill(t, Q=Q, **c)


@tpl("datadog", "api_key", g_dd_api, "tfvars", "DD_API_KEY", "dd_api_key")
def p_dd_autotfvars(rng, c, Q):
    name = rng.choice(["dd_api_key", "datadog_api_key", "monitoring_ingest_key", "agent_key"])
    t = D('''
        # {env} - generated by bootstrap.sh, edit by hand afterwards
        environment   = "{env}"
        service_names = ["{proj}-api", "{proj}-worker", "{proj}-cron"]
        datadog_site  = "datadoghq.eu"
        {name} = {Q}
        enable_apm    = true
        log_retention_days = 15
    ''')
    return "envs/%s/datadog.auto.tfvars" % c["env"], fill(t, Q=Q, name=name, **c)


@tpl("pagerduty", "api_token", g_pd, "hcl", "PAGERDUTY_TOKEN", "pagerduty_token")
def p_pd_provider(rng, c, Q):
    t = req_providers(rng, [("pagerduty", "PagerDuty/pagerduty", "~> 3.%d" % rng.randint(5, 18))])
    t += D('''
        provider "pagerduty" {
          token = {Q}
        }

        resource "pagerduty_team" "{u}" {
          name        = "{team}"
          description = "Owned by {team}"
        }

        resource "pagerduty_escalation_policy" "default" {
          name      = "{team} escalation"
          num_loops = 2
          teams     = [pagerduty_team.{u}.id]

          rule {
            escalation_delay_in_minutes = 10
            target {
              type = "schedule_reference"
              id   = pagerduty_schedule.primary.id
            }
          }
        }
    ''')
    return rng.choice(["pagerduty/main.tf", "oncall/providers.tf"]), fill(t, Q=Q, u=c["team"].replace("-", "_"), **c)


@tpl("pagerduty", "api_token", g_pd, "sh", "PAGERDUTY_TOKEN", "pagerduty_token")
def p_pd_export(rng, c, Q):
    name = rng.choice(["TF_VAR_pagerduty_token", "PAGERDUTY_TOKEN", "TF_VAR_pd_rest_key"])
    t = D('''
        #!/usr/bin/env bash
        # Local plan for the on-call stack. Usage: ./plan.sh [workspace]
        set -euo pipefail

        WS="${1:-{env}}"
        export TF_IN_AUTOMATION=1
        export {name}={Q}
        export TF_VAR_escalation_team="{team}"

        terraform -chdir=stacks/oncall init -input=false
        terraform -chdir=stacks/oncall workspace select "$WS" || terraform -chdir=stacks/oncall workspace new "$WS"
        terraform -chdir=stacks/oncall plan -out=tfplan
    ''')
    return "scripts/plan-oncall.sh", fill(t, Q=Q, name=name, **c)


@tpl("github", "personal_access_token", g_ghp, "hcl", "GITHUB_TOKEN", "github_token")
def p_gh_provider(rng, c, Q):
    t = req_providers(rng, [("github", "integrations/github", "~> 6.%d" % rng.randint(0, 6))])
    t += D('''
        provider "github" {
          owner = "{org}"
          token = {Q}
        }

        resource "github_repository" "svc" {
          name                   = "{proj}"
          visibility             = "private"
          delete_branch_on_merge = true
          vulnerability_alerts   = true
        }

        resource "github_branch_protection" "main" {
          repository_id  = github_repository.svc.node_id
          pattern        = "main"
          enforce_admins = true
          required_pull_request_reviews {
            required_approving_review_count = 1
          }
        }
    ''')
    return rng.choice(["github/main.tf", "repos/providers.tf", "terraform/github.tf"]), fill(t, Q=Q, **c)


@tpl("github", "fine_grained_pat", g_gh_fine, "tfvars", "GITHUB_TOKEN", "gh_token")
def p_gh_tfvars(rng, c, Q):
    name = rng.choice(["github_token", "gh_admin_pat", "repo_admin_credential", "token"])
    t = D('''
        github_owner = "{org}"
        {name} = {Q}

        repositories = {
          "{proj}" = { visibility = "private", topics = ["terraform", "{team}"] }
          "{proj}-docs" = { visibility = "internal", topics = ["docs"] }
        }
    ''')
    return "github/terraform.tfvars", fill(t, Q=Q, name=name, **c)


@tpl("github", "app_private_key", g_rsa_pem, "pem", "GITHUB_APP_PEM_FILE", "github_app_pem")
def p_gh_app_pem(rng, c, Q):
    t = D('''
        provider "github" {
          owner = "{org}"
          app_auth {
            id              = "{appid}"
            installation_id = "{inst}"
            pem_file        = <<-EOT
        {pem}
            EOT
          }
        }
    ''')
    return "github-org/provider.tf", fill(t, pem=indent(Q, "      "), appid=rng.randint(100000, 999999),
                                          inst=rng.randint(10000000, 59999999), **c)


@tpl("gitlab", "personal_access_token", g_glpat, "hcl", "GITLAB_TOKEN", "gitlab_token")
def p_gl_provider(rng, c, Q):
    t = req_providers(rng, [("gitlab", "gitlabhq/gitlab", "~> 17.%d" % rng.randint(0, 9))])
    t += D('''
        provider "gitlab" {
          base_url = "https://gitlab.{domain}/api/v4/"
          token    = {Q}
        }

        resource "gitlab_group" "{u}" {
          name             = "{team}"
          path             = "{team}"
          visibility_level = "private"
        }

        resource "gitlab_project" "svc" {
          name         = "{proj}"
          namespace_id = gitlab_group.{u}.id
          default_branch = "main"
        }
    ''')
    return "gitlab/main.tf", fill(t, Q=Q, u=c["team"].replace("-", "_"), **c)


@tpl("gitlab", "personal_access_token", g_glpat, "raw", "GITLAB_TOKEN", "gitlab_token")
def p_gl_header_curl(rng, c, Q):
    t = D('''
        # Terraform state on GitLab

        We keep state in the GitLab-managed HTTP backend of the `{proj}` project.

        ```bash
        terraform init \\
          -backend-config="address=https://gitlab.{domain}/api/v4/projects/{pid}/terraform/state/{env}" \\
          -backend-config="lock_address=https://gitlab.{domain}/api/v4/projects/{pid}/terraform/state/{env}/lock" \\
          -backend-config="username={person}" \\
          -backend-config="password={Q}" \\
          -backend-config="lock_method=POST" \\
          -backend-config="retry_wait_min=5"
        ```

        To list state versions:

        ```bash
        curl --header "PRIVATE-TOKEN: $GITLAB_TOKEN" https://gitlab.{domain}/api/v4/projects/{pid}/terraform/state
        ```
    ''')
    return "docs/state-backend.md", fill(t, Q=Q, pid=rng.randint(100, 9999), **c)


@tpl("cloudflare", "api_token", g_cf_token, "hcl", "CLOUDFLARE_API_TOKEN", "cloudflare_api_token")
def p_cf_provider(rng, c, Q):
    zone = rs(rng, HEX, 32)
    t = req_providers(rng, [("cloudflare", "cloudflare/cloudflare", "~> 4.%d" % rng.randint(20, 48))])
    t += D('''
        provider "cloudflare" {
          api_token = {Q}
        }

        locals {
          zone_id = "{zone}"
        }

        resource "cloudflare_record" "api" {
          zone_id = local.zone_id
          name    = "api"
          content = "{proj}.{region}.elb.amazonaws.com"
          type    = "CNAME"
          proxied = true
        }
    ''')
    return rng.choice(["dns/main.tf", "cloudflare/providers.tf", "edge/cloudflare.tf"]), fill(t, Q=Q, zone=zone, **c)


@tpl("cloudflare", "global_api_key", g_cf_key, "hcl", "CLOUDFLARE_API_KEY", "cloudflare_api_key")
def p_cf_globalkey(rng, c, Q):
    t = D('''
        provider "cloudflare" {
          email   = "{person}@{domain}"
          api_key = {Q}
        }

        resource "cloudflare_page_rule" "cache_assets" {
          zone_id  = var.zone_id
          target   = "static.{domain}/*"
          priority = 1
          actions {
            cache_level = "cache_everything"
            edge_cache_ttl = 7200
          }
        }
    ''')
    return "legacy/cloudflare/main.tf", fill(t, Q=Q, **c)


@tpl("cloudflare", "tunnel_secret", g_b64_32, "hcl", "TUNNEL_SECRET", "tunnel_secret")
def p_cf_tunnel(rng, c, Q):
    t = D('''
        resource "cloudflare_zero_trust_tunnel_cloudflared" "{u}" {
          account_id = var.cloudflare_account_id
          name       = "{proj}-{env}"
          secret     = {Q}
          config_src = "cloudflare"
        }

        resource "cloudflare_record" "tunnel" {
          zone_id = var.zone_id
          name    = "{proj}-internal"
          content = "${cloudflare_zero_trust_tunnel_cloudflared.{u}.id}.cfargotunnel.com"
          type    = "CNAME"
          proxied = true
        }
    ''')
    return "edge/tunnel.tf", fill(t, Q=Q, u=c["proj"].replace("-", "_"), **c)


@tpl("fastly", "api_token", g_fastly, "hcl", "FASTLY_API_KEY", "fastly_api_key")
def p_fastly(rng, c, Q):
    t = req_providers(rng, [("fastly", "fastly/fastly", "~> 5.%d" % rng.randint(0, 15))])
    t += D('''
        provider "fastly" {
          api_key = {Q}
        }

        resource "fastly_service_vcl" "www" {
          name = "www.{domain}"

          domain {
            name = "www.{domain}"
          }

          backend {
            address = "origin.{domain}"
            name    = "origin"
            port    = 443
            use_ssl = true
          }

          force_destroy = false
        }
    ''')
    return rng.choice(["cdn/main.tf", "fastly/service.tf"]), fill(t, Q=Q, **c)


@tpl("newrelic", "user_api_key", g_nrak, "hcl", "NEW_RELIC_API_KEY", "newrelic_api_key")
def p_nr_provider(rng, c, Q):
    t = req_providers(rng, [("newrelic", "newrelic/newrelic", "~> 3.%d" % rng.randint(20, 50))])
    t += D('''
        provider "newrelic" {
          account_id = {acct}
          api_key    = {Q}
          region     = "{reg}"
        }

        resource "newrelic_alert_policy" "golden" {
          name                = "{proj} golden signals"
          incident_preference = "PER_CONDITION"
        }
    ''')
    return "newrelic/main.tf", fill(t, Q=Q, reg=rng.choice(["US", "EU"]), **c)


@tpl("newrelic", "user_api_key", g_nrak, "ts", "NEW_RELIC_API_KEY", "newrelic_api_key")
def p_nr_cdktf(rng, c, Q):
    name = rng.choice(["apiKey", "apiKey", "userKey"])
    t = D('''
        import { Construct } from "constructs";
        import { App, TerraformStack } from "cdktf";
        import { NewrelicProvider } from "@cdktf/provider-newrelic/lib/provider";
        import { AlertPolicy } from "@cdktf/provider-newrelic/lib/alert-policy";

        class ObservabilityStack extends TerraformStack {
          constructor(scope: Construct, id: string) {
            super(scope, id);

            new NewrelicProvider(this, "newrelic", {
              accountId: {acct},
              {name}: {Q},
              region: "US",
            });

            new AlertPolicy(this, "golden", {
              name: "{proj}-golden-signals",
              incidentPreference: "PER_CONDITION_AND_TARGET",
            });
          }
        }

        const app = new App();
        new ObservabilityStack(app, "{proj}-observability");
        app.synth();
    ''')
    return "cdktf/main.ts", fill(t, Q=Q, name=name, **c)


@tpl("newrelic", "license_key", g_nr_license, "yaml", "NEW_RELIC_LICENSE_KEY", "nr_license_key")
def p_nr_license_values(rng, c, Q):
    t = D('''
        # values passed to helm_release.newrelic via templatefile()
        global:
          cluster: {proj}-{env}
          licenseKey: {Q}
          lowDataMode: true
        newrelic-infrastructure:
          privileged: true
        nri-kube-events:
          enabled: true
        kube-state-metrics:
          enabled: true
    ''')
    return "modules/newrelic-bundle/values.yaml", fill(t, Q=Q, **c)


@tpl("grafana", "service_account_token", g_glsa, "hcl", "GRAFANA_AUTH", "grafana_auth")
def p_graf_provider(rng, c, Q):
    t = req_providers(rng, [("grafana", "grafana/grafana", "~> 3.%d" % rng.randint(0, 20))])
    t += D('''
        provider "grafana" {
          url  = "https://{org}.grafana.net/"
          auth = {Q}
        }

        resource "grafana_folder" "{u}" {
          title = "{proj}"
        }

        resource "grafana_dashboard" "overview" {
          folder      = grafana_folder.{u}.id
          config_json = file("${path.module}/dashboards/overview.json")
        }
    ''')
    return rng.choice(["grafana/main.tf", "dashboards/providers.tf"]), fill(t, Q=Q, u=c["proj"].replace("-", "_"), **c)


@tpl("grafana", "basic_auth_password", g_pw, "raw", "GRAFANA_AUTH", "grafana_auth")
def p_graf_basic(rng, c, Q):
    user = rng.choice(["admin", "terraform", "svc-terraform"])
    t = D('''
        provider "grafana" {
          url  = "https://grafana.{domain}"
          auth = "{user}:{Q}"
        }

        resource "grafana_data_source" "prometheus" {
          type       = "prometheus"
          name       = "prometheus-{env}"
          url        = "http://prometheus.monitoring.svc:9090"
          is_default = true
        }
    ''')
    return "grafana-oss/main.tf", fill(t, Q=Q, user=user, **c)


@tpl("grafana", "sm_access_token", g_sm, "hcl", "GRAFANA_SM_ACCESS_TOKEN", "sm_access_token")
def p_graf_sm(rng, c, Q):
    t = D('''
        provider "grafana" {
          alias           = "sm"
          url             = "https://{org}.grafana.net"
          auth            = var.grafana_sa_token
          sm_url          = "https://synthetic-monitoring-api-eu-west-2.grafana.net"
          sm_access_token = {Q}
        }

        resource "grafana_synthetic_monitoring_check" "homepage" {
          provider = grafana.sm
          job      = "homepage"
          target   = "https://www.{domain}"
          enabled  = true
          probes   = [data.grafana_synthetic_monitoring_probes.main.probes.Frankfurt]
          settings {
            http {}
          }
        }
    ''')
    return "synthetics/main.tf", fill(t, Q=Q, **c)


@tpl("grafana", "cloud_access_policy_token", g_glc, "hcl", "GRAFANA_CLOUD_ACCESS_POLICY_TOKEN", "cloud_token")
def p_graf_cloud(rng, c, Q):
    t = D('''
        provider "grafana" {
          alias                     = "cloud"
          cloud_access_policy_token = {Q}
        }

        resource "grafana_cloud_stack" "{u}" {
          provider    = grafana.cloud
          name        = "{org}-{env}"
          slug        = "{slug}"
          region_slug = "prod-eu-west-2"
        }
    ''')
    return "grafana-cloud/stack.tf", fill(t, Q=Q, u=c["env"], slug=c["org"].replace("-", "") + c["env"], **c)


@tpl("okta", "api_token", g_okta, "hcl", "OKTA_API_TOKEN", "okta_api_token")
def p_okta_provider(rng, c, Q):
    t = req_providers(rng, [("okta", "okta/okta", "~> 4.%d" % rng.randint(0, 14))])
    t += D('''
        provider "okta" {
          org_name  = "{org}"
          base_url  = "okta.com"
          api_token = {Q}
        }

        resource "okta_group" "{u}" {
          name        = "{team}"
          description = "Members of the {team} team"
        }
    ''')
    return rng.choice(["okta/main.tf", "identity/okta.tf"]), fill(t, Q=Q, u=c["team"].replace("-", "_"), **c)


@tpl("okta", "api_token", g_okta, "raw", "OKTA_API_TOKEN", "okta_api_token")
def p_okta_ssws_md(rng, c, Q):
    t = D('''
        ## Okta import notes

        Before running `terraform import okta_group.{u} <id>` look the group id up:

        ```sh
        curl -s -H "Accept: application/json" \\
             -H "Authorization: SSWS {Q}" \\
             "https://{org}.okta.com/api/v1/groups?q={team}" | jq '.[].id'
        ```

        Then add the resource block to `identity/groups.tf` and run a plan.
    ''')
    return "docs/okta-import.md", fill(t, Q=Q, u=c["team"].replace("-", "_"), **c)


@tpl("auth0", "client_secret", g_auth0, "hcl", "AUTH0_CLIENT_SECRET", "auth0_client_secret")
def p_auth0_provider(rng, c, Q):
    t = req_providers(rng, [("auth0", "auth0/auth0", "~> 1.%d" % rng.randint(0, 9))])
    t += D('''
        provider "auth0" {
          domain        = "{org}.eu.auth0.com"
          client_id     = "{cid}"
          client_secret = {Q}
        }

        resource "auth0_client" "spa" {
          name            = "{proj} web"
          app_type        = "spa"
          callbacks       = ["https://app.{domain}/callback"]
          allowed_origins = ["https://app.{domain}"]
        }
    ''')
    return "auth0/main.tf", fill(t, Q=Q, cid=rs(rng, B62, 32), **c)


@tpl("auth0", "client_secret", g_auth0, "py", "AUTH0_CLIENT_SECRET", "auth0_client_secret")
def p_auth0_cdktf_py(rng, c, Q):
    kw = rng.choice(["client_secret", "client_secret"])
    t = D('''
        #!/usr/bin/env python
        from constructs import Construct
        from cdktf import App, TerraformStack
        from cdktf_cdktf_provider_auth0.provider import Auth0Provider
        from cdktf_cdktf_provider_auth0.client import Client


        class IdentityStack(TerraformStack):
            def __init__(self, scope: Construct, ns: str):
                super().__init__(scope, ns)
                Auth0Provider(
                    self,
                    "auth0",
                    domain="{org}.us.auth0.com",
                    client_id="{cid}",
                    {kw}={Q},
                )
                Client(self, "api", name="{proj}-api", app_type="non_interactive")


        app = App()
        IdentityStack(app, "{proj}-identity")
        app.synth()
    ''')
    return "cdktf/identity/main.py", fill(t, Q=Q, kw=kw, cid=rs(rng, B62, 32), **c)


@tpl("snowflake", "password", g_pw, "hcl", "SNOWFLAKE_PASSWORD", "snowflake_password")
def p_snow_pw(rng, c, Q):
    t = req_providers(rng, [("snowflake", "Snowflake-Labs/snowflake", "~> 0.%d" % rng.randint(87, 99))])
    t += D('''
        provider "snowflake" {
          account  = "{acc}"
          user     = "TERRAFORM_SVC"
          password = {Q}
          role     = "SYSADMIN"
        }

        resource "snowflake_warehouse" "etl" {
          name           = "ETL_WH"
          warehouse_size = "XSMALL"
          auto_suspend   = 60
        }
    ''')
    return rng.choice(["snowflake/main.tf", "warehouse/providers.tf"]), fill(t, Q=Q, acc=rs(rng, UP, 2) + rs(rng, DIG, 5), **c)


@tpl("snowflake", "private_key", g_rsa_pem, "pem", "SNOWFLAKE_PRIVATE_KEY", "snowflake_private_key")
def p_snow_pk(rng, c, Q):
    t = D('''
        provider "snowflake" {
          organization_name = "{ORG}"
          account_name      = "{ENV}"
          user              = "TF_DEPLOY"
          authenticator     = "SNOWFLAKE_JWT"
          private_key       = <<EOT
        {pem}
        EOT
        }

        resource "snowflake_database" "raw" {
          name = "RAW"
        }
    ''')
    return "snowflake/provider.tf", fill(t, pem=Q, ORG=c["org"].upper().replace("-", "_"), ENV=c["env"].upper())


@tpl("snowflake", "private_key", g_rsa_pem, "pemjson", "SNOWFLAKE_PRIVATE_KEY", "snowflake_private_key")
def p_snow_pk_json(rng, c, Q):
    t = D('''
        {
          "snowflake_account": "{acc}",
          "snowflake_user": "TF_DEPLOY",
          "snowflake_role": "ACCOUNTADMIN",
          "snowflake_private_key": {Q},
          "warehouses": ["LOAD_WH", "TRANSFORM_WH"]
        }
    ''')
    return "snowflake/terraform.tfvars.json", fill(t, Q=Q, acc=rs(rng, UP, 2) + rs(rng, DIG, 5))


@tpl("mongodbatlas", "private_key", g_uuid, "hcl", "MONGODB_ATLAS_PRIVATE_KEY", "atlas_private_key")
def p_atlas_provider(rng, c, Q):
    t = req_providers(rng, [("mongodbatlas", "mongodb/mongodbatlas", "~> 1.%d" % rng.randint(14, 30))])
    t += D('''
        provider "mongodbatlas" {
          public_key  = "{pub}"
          private_key = {Q}
        }

        resource "mongodbatlas_project" "{u}" {
          name   = "{proj}-{env}"
          org_id = "{orgid}"
        }

        resource "mongodbatlas_advanced_cluster" "main" {
          project_id   = mongodbatlas_project.{u}.id
          name         = "{proj}"
          cluster_type = "REPLICASET"
        }
    ''')
    return rng.choice(["atlas/main.tf", "mongodb/providers.tf"]), fill(t, Q=Q, pub=rs(rng, LOW, 8), orgid=rs(rng, HEX, 24),
                                                                        u=c["env"], **c)


@tpl("mongodbatlas", "private_key", g_uuid, "tfvars", "MONGODB_ATLAS_PRIVATE_KEY", "atlas_private_key")
def p_atlas_tfvars(rng, c, Q):
    name = rng.choice(["mongodb_atlas_api_pri_key", "atlas_private_key", "atlas_secret", "mdb_key"])
    t = D('''
        mongodb_atlas_org_id      = "{orgid}"
        mongodb_atlas_api_pub_key = "{pub}"
        {name} = {Q}
        cluster_tier              = "M10"
        backup_enabled            = true
        allowed_cidrs             = ["10.{n}.0.0/16"]
    ''')
    return "atlas/%s.auto.tfvars" % c["env"], fill(t, Q=Q, name=name, pub=rs(rng, LOW, 8), orgid=rs(rng, HEX, 24), **c)


@tpl("mongodbatlas", "database_user_password", g_pw, "hcl", "ATLAS_DB_PASSWORD", "db_password")
def p_atlas_dbuser(rng, c, Q):
    t = D('''
        resource "mongodbatlas_database_user" "app" {
          username           = "{proj}-app"
          password           = {Q}
          project_id         = mongodbatlas_project.main.id
          auth_database_name = "admin"

          roles {
            role_name     = "readWrite"
            database_name = "{u}"
          }
          scopes {
            name = mongodbatlas_advanced_cluster.main.name
            type = "CLUSTER"
          }
        }
    ''')
    return "atlas/users.tf", fill(t, Q=Q, u=c["proj"].replace("-", "_"), **c)


@tpl("heroku", "api_key", g_heroku, "hcl", "HEROKU_API_KEY", "heroku_api_key")
def p_heroku_provider(rng, c, Q):
    t = req_providers(rng, [("heroku", "heroku/heroku", "~> 5.%d" % rng.randint(0, 3))])
    t += D('''
        provider "heroku" {
          email   = "{person}@{domain}"
          api_key = {Q}
        }

        resource "heroku_app" "web" {
          name   = "{org}-{proj}-{env}"
          region = "eu"
          stack  = "heroku-24"
        }
    ''')
    return "heroku/main.tf", fill(t, Q=Q, **c)


@tpl("heroku", "api_key", g_heroku, "shq", "HEROKU_API_KEY", "heroku_api_key")
def p_heroku_sh(rng, c, Q):
    t = D('''
        #!/bin/sh
        # review-app bootstrap: creates the pipeline and the first review app
        set -e
        export HEROKU_EMAIL="{person}@{domain}"
        export HEROKU_API_KEY={Q}
        cd "$(dirname "$0")/../heroku"
        terraform init -upgrade
        terraform apply -auto-approve -var "app_prefix={org}-{proj}"
    ''')
    return "bin/bootstrap-heroku.sh", fill(t, Q=Q, **c)


@tpl("digitalocean", "personal_access_token", g_do, "hcl", "DIGITALOCEAN_TOKEN", "do_token")
def p_do_provider(rng, c, Q):
    t = req_providers(rng, [("digitalocean", "digitalocean/digitalocean", "~> 2.%d" % rng.randint(30, 45))])
    t += D('''
        provider "digitalocean" {
          token = {Q}
        }

        resource "digitalocean_kubernetes_cluster" "{u}" {
          name    = "{proj}-{env}"
          region  = "fra1"
          version = "1.30.2-do.0"

          node_pool {
            name       = "default"
            size       = "s-2vcpu-4gb"
            node_count = {n}
          }
        }
    ''')
    return rng.choice(["digitalocean/main.tf", "do/cluster.tf"]), fill(t, Q=Q, u=c["env"], **c)


@tpl("digitalocean", "personal_access_token", g_do, "yaml", "DIGITALOCEAN_TOKEN", "do_token")
def p_do_workflow(rng, c, Q):
    t = D('''
        name: terraform-apply
        on:
          push:
            branches: [main]
            paths: ["infra/**"]

        jobs:
          apply:
            runs-on: ubuntu-latest
            env:
              TF_IN_AUTOMATION: "1"
              DIGITALOCEAN_TOKEN: {Q}
            steps:
              - uses: actions/checkout@v4
              - uses: hashicorp/setup-terraform@v3
                with:
                  terraform_version: 1.{n}.0
              - run: terraform -chdir=infra init -input=false
              - run: terraform -chdir=infra apply -auto-approve -input=false
    ''')
    return ".github/workflows/terraform.yml", fill(t, Q=Q, **c)


@tpl("linode", "api_token", g_hex64, "hcl", "LINODE_TOKEN", "linode_token")
def p_linode(rng, c, Q):
    t = req_providers(rng, [("linode", "linode/linode", "~> 2.%d" % rng.randint(10, 30))])
    t += D('''
        provider "linode" {
          token = {Q}
        }

        resource "linode_lke_cluster" "{u}" {
          label       = "{proj}-{env}"
          k8s_version = "1.30"
          region      = "eu-central"
          pool {
            type  = "g6-standard-2"
            count = {n}
          }
        }
    ''')
    return "linode/main.tf", fill(t, Q=Q, u=c["env"], **c)


@tpl("vultr", "api_key", g_vultr, "hcl", "VULTR_API_KEY", "vultr_api_key")
def p_vultr(rng, c, Q):
    t = req_providers(rng, [("vultr", "vultr/vultr", "~> 2.%d" % rng.randint(15, 25))])
    t += D('''
        provider "vultr" {
          api_key     = {Q}
          rate_limit  = 100
          retry_limit = 3
        }

        resource "vultr_instance" "bastion" {
          plan     = "vc2-1c-1gb"
          region   = "ams"
          os_id    = 2136
          label    = "{proj}-bastion"
          hostname = "bastion.{domain}"
        }
    ''')
    return "vultr/main.tf", fill(t, Q=Q, **c)


@tpl("hetzner", "api_token", g_hcloud, "hcl", "HCLOUD_TOKEN", "hcloud_token")
def p_hcloud(rng, c, Q):
    t = req_providers(rng, [("hcloud", "hetznercloud/hcloud", "~> 1.%d" % rng.randint(40, 50))])
    t += D('''
        provider "hcloud" {
          token = {Q}
        }

        resource "hcloud_server" "node" {
          count       = {n}
          name        = "{proj}-${count.index}"
          image       = "ubuntu-24.04"
          server_type = "cx22"
          location    = "fsn1"
          labels = {
            env  = "{env}"
            team = "{team}"
          }
        }
    ''')
    return rng.choice(["hetzner/main.tf", "hcloud/servers.tf"]), fill(t, Q=Q, **c)


@tpl("hetzner", "api_token", g_hcloud, "tg", "HCLOUD_TOKEN", "hcloud_token")
def p_hcloud_terragrunt(rng, c, Q):
    name = rng.choice(["hcloud_token", "api_token", "provider_credential"])
    t = D('''
        include "root" {
          path = find_in_parent_folders("root.hcl")
        }

        terraform {
          source = "git::https://github.com/{org}/terraform-modules.git//hcloud-cluster?ref=v1.{n}.0"
        }

        inputs = {
          cluster_name = "{proj}-{env}"
          location     = "nbg1"
          worker_count = {n}
          {name} = {Q}
        }
    ''')
    return "live/%s/hcloud-cluster/terragrunt.hcl" % c["env"], fill(t, Q=Q, name=name, **c)


@tpl("sentry", "user_auth_token", g_sntryu, "hcl", "SENTRY_AUTH_TOKEN", "sentry_token")
def p_sentry_provider(rng, c, Q):
    t = req_providers(rng, [("sentry", "jianyuan/sentry", "~> 0.%d" % rng.randint(11, 14))])
    t += D('''
        provider "sentry" {
          token = {Q}
        }

        resource "sentry_project" "{u}" {
          organization = "{org}"
          teams        = ["{team}"]
          name         = "{proj}"
          slug         = "{proj}"
          platform     = "python"
        }
    ''')
    return "sentry/main.tf", fill(t, Q=Q, u=c["proj"].replace("-", "_"), **c)


@tpl("sentry", "org_auth_token", g_sntrys, "yaml", "SENTRY_AUTH_TOKEN", "sentry_token")
def p_sentry_spacelift_ctx(rng, c, Q):
    t = D('''
        # .spacelift/config.yml
        version: 2
        stack_defaults:
          runner_image: public.ecr.aws/spacelift/runner-terraform:latest
          environment:
            TF_VAR_sentry_organization: {org}
            SENTRY_AUTH_TOKEN: {Q}
        stacks:
          sentry-{env}:
            project_root: sentry
            terraform_version: 1.{n}.0
            labels: ["team:{team}"]
    ''')
    return ".spacelift/config.yml", fill(t, Q=Q, **c)


@tpl("opsgenie", "api_key", g_uuid, "hcl", "OPSGENIE_API_KEY", "opsgenie_api_key")
def p_opsgenie(rng, c, Q):
    t = req_providers(rng, [("opsgenie", "opsgenie/opsgenie", "~> 0.%d" % rng.randint(5, 6))])
    t += D('''
        provider "opsgenie" {
          api_key = {Q}
          api_url = "api.eu.opsgenie.com"
        }

        resource "opsgenie_team" "{u}" {
          name        = "{team}"
          description = "On-call for {proj}"
        }
    ''')
    return "opsgenie/main.tf", fill(t, Q=Q, u=c["team"].replace("-", "_"), **c)


@tpl("honeycomb", "configuration_key", g_hny_cfg, "hcl", "HONEYCOMB_API_KEY", "honeycomb_api_key")
def p_hny_provider(rng, c, Q):
    t = req_providers(rng, [("honeycombio", "honeycombio/honeycombio", "~> 0.%d" % rng.randint(20, 30))])
    t += D('''
        provider "honeycombio" {
          api_key = {Q}
        }

        resource "honeycombio_trigger" "errors" {
          name    = "{proj} error rate"
          dataset = "{proj}"
          query_json = data.honeycombio_query_specification.errors.json
          frequency  = 300
          threshold {
            op    = ">"
            value = 50
          }
        }
    ''')
    return "honeycomb/main.tf", fill(t, Q=Q, **c)


@tpl("honeycomb", "ingest_key", g_hny_ingest, "yaml", "HONEYCOMB_API_KEY", "honeycomb_ingest_key",
     examples=["hcxik_1234567890123456789012345612345678901234567890123456789012"])
def p_hny_otel(rng, c, Q):
    t = D('''
        # rendered into helm_release.otel_collector values
        mode: deployment
        config:
          exporters:
            otlp/honeycomb:
              endpoint: api.honeycomb.io:443
              headers:
                x-honeycomb-team: {Q}
          service:
            pipelines:
              traces:
                receivers: [otlp]
                exporters: [otlp/honeycomb]
    ''')
    return "modules/otel-collector/values.yaml", fill(t, Q=Q, **c)


@tpl("honeycomb", "management_key_secret", g_hny_mgmt_secret, "hcl", "HONEYCOMB_KEY_SECRET", "honeycomb_key_secret")
def p_hny_mgmt(rng, c, Q):
    t = D('''
        provider "honeycombio" {
          api_key_id     = "hc{x}mk_{kid}"
          api_key_secret = {Q}
        }

        resource "honeycombio_environment" "{u}" {
          name  = "{env}"
          color = "blue"
        }
    ''')
    return "honeycomb/environments.tf", fill(t, Q=Q, x=rng.choice(LOW), kid=rs(rng, LOW + DIG, 26), u=c["env"], **c)


@tpl("launchdarkly", "access_token", g_ld_api, "hcl", "LAUNCHDARKLY_ACCESS_TOKEN", "launchdarkly_access_token")
def p_ld_provider(rng, c, Q):
    t = req_providers(rng, [("launchdarkly", "launchdarkly/launchdarkly", "~> 2.%d" % rng.randint(10, 22))])
    t += D('''
        provider "launchdarkly" {
          access_token = {Q}
        }

        resource "launchdarkly_project" "{u}" {
          key  = "{proj}"
          name = "{proj}"
          environments {
            key   = "{env}"
            name  = "{env}"
            color = "417505"
          }
        }
    ''')
    return "launchdarkly/main.tf", fill(t, Q=Q, u=c["proj"].replace("-", "_"), **c)


@tpl("launchdarkly", "sdk_key", g_ld_sdk, "json", "LD_SDK_KEY", "ld_sdk_key")
def p_ld_sdk_json(rng, c, Q):
    name = rng.choice(["launchdarkly_sdk_key", "flags_server_key", "ld_key"])
    t = D('''
        {
          "service_name": "{proj}",
          "environment": "{env}",
          "replicas": {n},
          "{name}": {Q},
          "launchdarkly_client_side_id": "{csid}",
          "feature_store": "redis"
        }
    ''')
    return "apps/%s/terraform.tfvars.json" % c["proj"], fill(t, Q=Q, name=name, csid=rs(rng, HEX, 24), **c)


@tpl("spacelift", "api_key_secret", g_hex64, "hcl", "SPACELIFT_API_KEY_SECRET", "spacelift_api_key_secret")
def p_spacelift_provider(rng, c, Q):
    t = req_providers(rng, [("spacelift", "spacelift-io/spacelift", "~> 1.%d" % rng.randint(10, 20))])
    t += D('''
        provider "spacelift" {
          api_key_endpoint = "https://{org}.app.spacelift.io"
          api_key_id       = "01{ulid}"
          api_key_secret   = {Q}
        }

        resource "spacelift_stack" "{u}" {
          name         = "{proj}-{env}"
          repository   = "infra-live"
          branch       = "main"
          project_root = "stacks/{proj}"
          autodeploy   = false
        }
    ''')
    return "spacelift/admin.tf", fill(t, Q=Q, ulid=rs(rng, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 24), u=c["env"], **c)


@tpl("spacelift", "api_key_secret", g_hex64, "shq", "SPACELIFT_API_KEY_SECRET", "spacelift_api_key_secret")
def p_spacelift_spacectl(rng, c, Q):
    t = D('''
        #!/usr/bin/env bash
        # Trigger a tracked run of every stack labelled team:{team}
        export SPACELIFT_API_KEY_ENDPOINT="https://{org}.app.spacelift.io"
        export SPACELIFT_API_KEY_ID="01{ulid}"
        export SPACELIFT_API_KEY_SECRET={Q}

        for s in $(spacectl stack list --output json | jq -r '.[] | select(.labels | index("team:{team}")) | .id'); do
          spacectl stack deploy --id "$s" --tail
        done
    ''')
    return "tools/deploy-team-stacks.sh", fill(t, Q=Q, ulid=rs(rng, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 24), **c)


@tpl("env0", "api_secret", g_env0_secret, "hcl", "ENV0_API_SECRET", "env0_api_secret")
def p_env0(rng, c, Q):
    t = req_providers(rng, [("env0", "env0/env0", "~> 1.%d" % rng.randint(15, 37))])
    t += D('''
        provider "env0" {
          api_key    = "{kid}"
          api_secret = {Q}
        }

        data "env0_project" "{u}" {
          name = "{proj}"
        }

        resource "env0_template" "svc" {
          name       = "{proj}-service"
          repository = "https://github.com/{org}/infra-live"
          path       = "stacks/{proj}"
        }
    ''')
    return "env0/main.tf", fill(t, Q=Q, kid=rs(rng, LOW + DIG, 16), u=c["proj"].replace("-", "_"), **c)


@tpl("terraform_cloud", "user_token", g_tfc, "json", "TF_TOKEN_app_terraform_io", "tfc_token")
def p_tfc_credentials_json(rng, c, Q):
    host = rng.choice(["app.terraform.io", "tfe.%s" % c["domain"]])
    t = D('''
        {
          "credentials": {
            "{host}": {
              "token": {Q}
            }
          }
        }
    ''')
    return rng.choice(["ci/terraform.d/credentials.tfrc.json", ".terraform.d/credentials.tfrc.json"]), fill(t, Q=Q, host=host)


@tpl("terraform_cloud", "team_token", g_tfc, "tfvars", "TF_TOKEN_app_terraform_io", "tfc_token")
def p_tfc_terraformrc(rng, c, Q):
    t = D('''
        plugin_cache_dir   = "$HOME/.terraform.d/plugin-cache"
        disable_checkpoint = true

        credentials "app.terraform.io" {
          token = {Q}
        }

        provider_installation {
          network_mirror {
            url = "https://mirror.{domain}/providers/"
          }
        }
    ''')
    return rng.choice(["ci/.terraformrc", "docker/runner/terraformrc", ".terraformrc"]), fill(t, Q=Q, **c)


@tpl("terraform_cloud", "team_token", g_tfc, "sh", "TF_TOKEN_app_terraform_io", "tfc_token")
def p_tfc_export(rng, c, Q):
    t = D('''
        # shellcheck shell=bash
        # sourced by ci/run.sh before terraform init
        export TF_CLOUD_ORGANIZATION={org}
        export TF_WORKSPACE={proj}-{env}
        export TF_TOKEN_app_terraform_io={Q}
        export TF_CLI_ARGS_plan="-parallelism=20"
        export CHECKPOINT_DISABLE=1
    ''')
    return "ci/tfc-env.sh", fill(t, Q=Q, **c)


@tpl("terraform_cloud", "organization_token", g_tfc, "hcl", "TFE_TOKEN", "tfe_token")
def p_tfe_provider(rng, c, Q):
    t = req_providers(rng, [("tfe", "hashicorp/tfe", "~> 0.%d" % rng.randint(50, 62))])
    t += D('''
        provider "tfe" {
          hostname = "app.terraform.io"
          token    = {Q}
        }

        resource "tfe_workspace" "{u}" {
          name         = "{proj}-{env}"
          organization = "{org}"
          project_id   = tfe_project.{u}.id
          auto_apply   = false
          tag_names    = ["{team}", "{env}"]
        }

        resource "tfe_project" "{u}" {
          organization = "{org}"
          name         = "{proj}"
        }
    ''')
    return rng.choice(["tfe/workspaces.tf", "bootstrap/tfe.tf"]), fill(t, Q=Q, u=c["proj"].replace("-", "_"), **c)


@tpl("terraform_cloud", "user_token", g_tfc, "tfvars", "TF_TOKEN_app_terraform_io", "tfc_token")
def p_tfc_cloud_block(rng, c, Q):
    t = D('''
        terraform {
          cloud {
            organization = "{org}"
            hostname     = "app.terraform.io"
            token        = {Q}

            workspaces {
              tags = ["{proj}", "source:cli"]
            }
          }
        }
    ''')
    return "backend.tf", fill(t, Q=Q, **c)


@tpl("terraform_cloud", "team_token", g_tfc, "raw", "TFE_TOKEN", "tfc_token")
def p_tfc_api_py(rng, c, Q):
    t = D('''
        """Queue a run in every workspace tagged with the given tag."""
        import sys

        import requests

        API = "https://app.terraform.io/api/v2"
        HEADERS = {
            "Authorization": "Bearer {Q}",
            "Content-Type": "application/vnd.api+json",
        }


        def workspaces(org, tag):
            r = requests.get(f"{API}/organizations/{org}/workspaces", params={"search[tags]": tag}, headers=HEADERS, timeout=30)
            r.raise_for_status()
            return [w["id"] for w in r.json()["data"]]


        if __name__ == "__main__":
            for ws in workspaces("{orgname}", sys.argv[1]):
                body = {"data": {"type": "runs", "relationships": {"workspace": {"data": {"type": "workspaces", "id": ws}}}}}
                requests.post(f"{API}/runs", json=body, headers=HEADERS, timeout=30).raise_for_status()
    ''')
    return "scripts/queue_runs.py", fill(t, Q=Q, orgname=c["org"])


@tpl("atlantis", "webhook_secret", g_webhook, "yaml", "ATLANTIS_GH_WEBHOOK_SECRET", "webhook_secret")
def p_atlantis_server_cfg(rng, c, Q):
    t = D('''
        # atlantis server --config /etc/atlantis/config.yaml
        atlantis-url: https://atlantis.{domain}
        port: {port}
        gh-user: {org}-atlantis
        gh-token-file: /run/secrets/gh-token
        gh-webhook-secret: {Q}
        repo-allowlist: github.com/{org}/*
        repo-config: /etc/atlantis/repos.yaml
        write-git-creds: true
        log-level: info
    ''')
    return rng.choice(["deploy/atlantis/config.yaml", "atlantis/server-config.yaml"]), fill(t, Q=Q, **c)


@tpl("atlantis", "github_token", g_ghp, "yaml", "ATLANTIS_GH_TOKEN", "atlantis_gh_token")
def p_atlantis_k8s(rng, c, Q):
    t = D('''
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: atlantis
          namespace: atlantis
        spec:
          serviceName: atlantis
          replicas: 1
          selector:
            matchLabels: {app: atlantis}
          template:
            metadata:
              labels: {app: atlantis}
            spec:
              containers:
                - name: atlantis
                  image: ghcr.io/runatlantis/atlantis:v0.{n}.1
                  env:
                    - name: ATLANTIS_REPO_ALLOWLIST
                      value: github.com/{org}/*
                    - name: ATLANTIS_GH_USER
                      value: {org}-bot
                    - name: ATLANTIS_GH_TOKEN
                      value: {Q}
                    - name: ATLANTIS_GH_WEBHOOK_SECRET
                      valueFrom:
                        secretKeyRef: {name: atlantis-webhook, key: secret}
                  ports:
                    - containerPort: 4141
    ''')
    return "k8s/atlantis/statefulset.yaml", fill(t, Q=Q, **c)


@tpl("atlantis", "gitlab_token", g_glpat, "yamlq", "ATLANTIS_GITLAB_TOKEN", "atlantis_gitlab_token")
def p_atlantis_compose(rng, c, Q):
    t = D('''
        services:
          atlantis:
            image: ghcr.io/runatlantis/atlantis:latest
            command: ["server"]
            ports:
              - "4141:4141"
            environment:
              ATLANTIS_ATLANTIS_URL: "https://atlantis.{domain}"
              ATLANTIS_GITLAB_USER: "atlantis"
              ATLANTIS_GITLAB_HOSTNAME: "gitlab.{domain}"
              ATLANTIS_GITLAB_TOKEN: {Q}
              ATLANTIS_REPO_ALLOWLIST: "gitlab.{domain}/{team}/*"
            volumes:
              - ./repos.yaml:/etc/atlantis/repos.yaml:ro
    ''')
    return "atlantis/docker-compose.yml", fill(t, Q=Q, **c)


@tpl("atlantis", "github_app_private_key", g_rsa_pem, "pem", "ATLANTIS_GH_APP_KEY", "gh_app_key")
def p_atlantis_app_key(rng, c, Q):
    t = D('''
        atlantis-url: https://atlantis.{domain}
        gh-app-id: "{appid}"
        gh-app-slug: {org}-atlantis
        gh-app-key: |
        {pem}
        repo-allowlist: github.com/{org}/*
        autoplan-modules: true
    ''')
    return "atlantis/config.yaml", fill(t, pem=indent(Q, "  "), appid=rng.randint(100000, 999999), **c)


@tpl("cloudflare", "api_token", g_cf_token, "hcl", "CLOUDFLARE_API_TOKEN", "cloudflare_api_token")
def p_tg_generate(rng, c, Q):
    t = D('''
        # root terragrunt config shared by every stack under live/
        remote_state {
          backend = "s3"
          config = {
            bucket  = "{org}-tfstate-{env}"
            key     = "${path_relative_to_include()}/terraform.tfstate"
            region  = "{region}"
            encrypt = true
          }
        }

        generate "provider" {
          path      = "provider_cloudflare.tf"
          if_exists = "overwrite_terragrunt"
          contents  = <<EOF
        provider "cloudflare" {
          api_token = {Q}
        }
        EOF
        }
    ''')
    return "live/root.hcl", fill(t, Q=Q, **c)


@tpl("datadog", "api_key", g_dd_api, "yaml", "DD_API_KEY", "datadog_api_key")
def p_dd_workflow(rng, c, Q):
    t = D('''
        name: monitors
        on:
          pull_request:
            paths: ["monitoring/**"]
        permissions:
          contents: read
          pull-requests: write
        jobs:
          plan:
            runs-on: ubuntu-latest
            env:
              TF_VAR_datadog_api_key: {Q}
              TF_VAR_datadog_app_key: ${{ secrets.DD_APP_KEY }}
            steps:
              - uses: actions/checkout@v4
              - uses: opentofu/setup-opentofu@v1
              - run: tofu -chdir=monitoring init
              - run: tofu -chdir=monitoring plan -no-color
    ''')
    return ".github/workflows/monitors.yml", fill(t, Q=Q, **c)


@tpl("terraform_cloud", "team_token", g_tfc, "raw", "TF_TOKEN_app_terraform_io", "tfc_token")
def p_tfc_dockerfile(rng, c, Q):
    t = D('''
        FROM hashicorp/terraform:1.{n}
        RUN apk add --no-cache bash git jq curl
        WORKDIR /workspace
        ENV TF_IN_AUTOMATION=1 \\
            TF_TOKEN_app_terraform_io={Q} \\
            TF_PLUGIN_CACHE_DIR=/opt/tf-cache
        COPY . /workspace
        ENTRYPOINT ["terraform"]
    ''')
    return rng.choice(["Dockerfile", "ci/Dockerfile.runner"]), fill(t, Q=Q, **c)


@tpl("hetzner", "api_token", g_hcloud, "raw", "HCLOUD_TOKEN", "hcloud_token")
def p_hcloud_dotenv(rng, c, Q):
    t = D('''
        # direnv / docker compose env for local runs
        TF_VAR_environment={env}
        HCLOUD_TOKEN={Q}
        TF_LOG=
    ''')
    return rng.choice([".env", "hetzner/.env"]), fill(t, Q=Q, **c)


@tpl("github", "installation_token", g_ghs, "hcl", "GITHUB_TOKEN", "github_token")
def p_gh_tftest(rng, c, Q):
    t = D('''
        # terraform test - integration run against the sandbox org
        provider "github" {
          owner = "{org}-sandbox"
          token = {Q}
        }

        variables {
          repository_name = "tftest-{proj}"
        }

        run "creates_repository" {
          command = apply
          assert {
            condition     = github_repository.this.visibility == "private"
            error_message = "repository must be private"
          }
        }
    ''')
    return "modules/github-repo/tests/integration.tftest.hcl", fill(t, Q=Q, **c)


@tpl("github", "personal_access_token", g_ghp, "ts", "GITHUB_TOKEN", "github_token")
def p_gh_cdktf_ts(rng, c, Q):
    t = D('''
        import { App, TerraformStack } from "cdktf";
        import { Construct } from "constructs";
        import { GithubProvider } from "@cdktf/provider-github/lib/provider";
        import { Repository } from "@cdktf/provider-github/lib/repository";

        const REPOS = ["{proj}", "{proj}-infra", "{proj}-docs"];

        class ReposStack extends TerraformStack {
          constructor(scope: Construct, name: string) {
            super(scope, name);
            new GithubProvider(this, "gh", { owner: "{org}", token: {Q} });
            for (const r of REPOS) {
              new Repository(this, r, { name: r, visibility: "private", hasIssues: true });
            }
          }
        }

        const app = new App();
        new ReposStack(app, "repos");
        app.synth();
    ''')
    return "cdktf/repos/main.ts", fill(t, Q=Q, **c)


# ---------------------------------------------------------------- negatives: slot replacements
def masked_shape(rng, T):
    """Placeholder with the provider's prefix and the body replaced by x / X / 0 / *."""
    sample = T["gen"](rng)
    m = re.match(r"^([A-Za-z0-9]{2,11}[_-](?:v1_)?)", sample)
    pre = m.group(1) if m and not re.match(r"^[0-9a-f]+-", sample) else ""
    body = sample[len(pre):]
    ch = rng.choice(["x", "X", "*", "0"])
    if ch == "*":
        return pre + "*" * min(len(body), rng.choice([4, 8, 12]))
    return pre + ch * len(body)


def neg_plain(rng, T):
    env = T["env"]
    opts = ["<your-token>", "YOUR_API_KEY_HERE", "changeme", "REPLACE_ME", "[REDACTED]", "****",
            "<%s>" % env, "your-%s-here" % T["kind"].replace("_", "-"), "TODO-set-me", "dummy",
            masked_shape(rng, T), masked_shape(rng, T), "xxxxxxxxxxxxxxxxxxxxxxxx"]
    opts += T["examples"] * 3
    return rng.choice(opts)


def neg_value(rng, T):
    """Returns (text for the slot, negative category)."""
    st, env, var, prov = T["style"], T["env"], T["var"], T["provider"]
    r = rng.random()
    if st == "hcl":
        refs = [("var.%s" % var, "var_reference"), ("local.%s" % var, "local_reference"),
                ('data.vault_generic_secret.%s.data["%s"]' % (prov, T["kind"]), "vault_lookup"),
                ("data.aws_ssm_parameter.%s.value" % var, "ssm_lookup"),
                ('data.sops_file.secrets.data["%s"]' % var, "sops_lookup"),
                ('"${var.%s}"' % var, "interpolation"), ("sensitive(var.%s)" % var, "var_reference"),
                ("data.onepassword_item.%s.credential" % prov, "onepassword_lookup"),
                ('""', "empty"), ("null", "null")]
        if r < 0.6:
            return rng.choice(refs)
        return '"%s"' % neg_plain(rng, T), "placeholder"
    if st == "tg":
        refs = [('get_env("%s")' % env, "env_reference"), ('local.secrets.%s' % var, "sops_lookup"),
                ('run_cmd("--terragrunt-quiet", "vault", "kv", "get", "-field=token", "secret/%s")' % prov, "vault_lookup"),
                ('""', "empty")]
        if r < 0.6:
            return rng.choice(refs)
        return '"%s"' % neg_plain(rng, T), "placeholder"
    if st == "tfvars":
        if r < 0.2:
            return '""', "empty"
        return '"%s"' % neg_plain(rng, T), "placeholder"
    if st == "json":
        if r < 0.2:
            return rng.choice(['""', "null"]), "empty"
        return '"%s"' % neg_plain(rng, T), "placeholder"
    if st in ("yaml", "yamlq"):
        refs = [('"${%s}"' % env, "env_reference"),
                ('"op://infra/%s/credential"' % prov, "onepassword_reference"),
                ('"{{ .Env.%s }}"' % env, "template_expression"), ('""', "empty")]
        if "workflow" in T["name"]:
            refs = [("${{ secrets.%s }}" % env, "ci_secret_reference"), ("${{ vars.%s }}" % env, "ci_variable_reference")] * 2 + refs[-1:]
        if r < 0.6:
            v, k = rng.choice(refs)
        else:
            v, k = '"%s"' % neg_plain(rng, T), "placeholder"
        return v, k
    if st == "py":
        refs = [('os.environ["%s"]' % env, "env_reference"), ('os.getenv("%s", "")' % env, "env_reference"),
                ('TerraformVariable(self, "%s", sensitive=True).string_value' % var, "var_reference")]
        if r < 0.6:
            return rng.choice(refs)
        return '"%s"' % neg_plain(rng, T), "placeholder"
    if st == "ts":
        refs = [("process.env.%s!" % env, "env_reference"), ('process.env.%s ?? ""' % env, "env_reference"),
                ('new TerraformVariable(this, "%s", { sensitive: true }).stringValue' % var, "var_reference")]
        if r < 0.6:
            return rng.choice(refs)
        return '"%s"' % neg_plain(rng, T), "placeholder"
    if st in ("sh", "shq"):
        refs = [('"$(vault kv get -field=%s secret/terraform/%s)"' % (T["kind"], prov), "vault_lookup"),
                ('"$(op read op://infra/%s/credential)"' % prov, "onepassword_reference"),
                ('"${%s:?set %s first}"' % (env, env), "env_reference"),
                ('"$(aws ssm get-parameter --with-decryption --name /terraform/%s --query Parameter.Value --output text)"' % var, "ssm_lookup"),
                ('""', "empty")]
        if r < 0.6:
            return rng.choice(refs)
        return '"%s"' % neg_plain(rng, T), "placeholder"
    if st == "raw":
        refs = [("$%s" % env, "env_reference"), ("${%s}" % env, "env_reference")]
        if T["name"] in ("p_graf_basic", "p_okta_ssws_md", "p_gl_header_curl"):
            refs.append(("${var.%s}" % var, "interpolation") if T["name"] == "p_graf_basic" else ("$%s" % env, "env_reference"))
        if r < 0.4:
            return rng.choice(refs)
        return neg_plain(rng, T), "placeholder"
    if st == "pem":
        opts = [("${var.%s}" % var, "interpolation"),
                ("-----BEGIN PRIVATE KEY-----\n<paste the key from the vault item %s>\n-----END PRIVATE KEY-----" % prov, "placeholder"),
                ("-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----", "placeholder"),
                (public_key_pem(rng), "public_key")]
        return rng.choice(opts)
    if st == "pemjson":
        return rng.choice([('""', "empty"), ("null", "null"),
                           ('"-----BEGIN PRIVATE KEY-----\\n<redacted>\\n-----END PRIVATE KEY-----"', "placeholder"),
                           ('"%s"' % public_key_pem(rng).replace("\n", "\\n"), "public_key")])
    raise ValueError(st)


def public_key_pem(rng):
    der = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + rbytes(rng, 256) + bytes.fromhex("0203010001")
    b = base64.b64encode(der).decode()
    return "-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----" % "\n".join(b[i:i + 64] for i in range(0, len(b), 64))


def fix_env_name(path):
    d, b = os.path.split(path)
    if b.startswith(".env") and b not in (".env.example", ".env.sample", ".env.template", ".env.dist"):
        return os.path.join(d, ".env.example")
    return path


# ---------------------------------------------------------------- negatives: look-alikes
LOOK = []


def look(provider, kind):
    def deco(f):
        LOOK.append({"name": f.__name__, "provider": provider, "kind": kind, "fn": f})
        return f
    return deco


def h1(rng):
    return "h1:" + base64.b64encode(rbytes(rng, 32)).decode()


def zh(rng):
    return "zh:" + rs(rng, HEX, 64)


PROVS = [("datadog", "DataDog/datadog", "3.44.1"), ("pagerduty", "PagerDuty/pagerduty", "3.15.6"),
         ("github", "integrations/github", "6.3.1"), ("cloudflare", "cloudflare/cloudflare", "4.40.0"),
         ("okta", "okta/okta", "4.11.1"), ("auth0", "auth0/auth0", "1.7.1"), ("grafana", "grafana/grafana", "3.10.0"),
         ("newrelic", "newrelic/newrelic", "3.45.0"), ("mongodbatlas", "mongodb/mongodbatlas", "1.19.0"),
         ("tfe", "hashicorp/tfe", "0.58.1"), ("hcloud", "hetznercloud/hcloud", "1.48.0"),
         ("random", "hashicorp/random", "3.6.2"), ("sentry", "jianyuan/sentry", "0.14.1")]


@look("terraform", "lock_file_hashes")
def l_lockfile(rng, c):
    out = ["# This file is maintained automatically by \"terraform init\".", "# Manual edits may be lost in future updates.", ""]
    for name, src, ver in rng.sample(PROVS, rng.randint(2, 4)):
        out += ['provider "registry.terraform.io/%s" {' % src.lower(), '  version     = "%s"' % ver,
                '  constraints = "~> %s"' % ver.rsplit(".", 1)[0], "  hashes = ["]
        out += ['    "%s",' % h1(rng) for _ in range(rng.randint(1, 2))]
        out += ['    "%s",' % zh(rng) for _ in range(rng.randint(4, 9))]
        out += ["  ]", "}", ""]
    return rng.choice([".terraform.lock.hcl", "stacks/%s/.terraform.lock.hcl" % c["proj"]]), "\n".join(out)


@look("terraform", "state_lineage_serial")
def l_state(rng, c):
    st = {"version": 4, "terraform_version": "1.%d.%d" % (rng.randint(5, 9), rng.randint(0, 5)),
          "serial": rng.randint(3, 900), "lineage": uuid4(rng), "outputs": {
              "zone_id": {"value": rs(rng, HEX, 32), "type": "string"}},
          "resources": [{"mode": "managed", "type": "cloudflare_record", "name": "api",
                         "provider": "provider[\"registry.terraform.io/cloudflare/cloudflare\"]",
                         "instances": [{"schema_version": 3, "attributes": {
                             "id": rs(rng, HEX, 32), "zone_id": rs(rng, HEX, 32), "name": "api",
                             "content": "%s.%s.elb.amazonaws.com" % (c["proj"], c["region"]), "type": "CNAME",
                             "proxied": True, "ttl": 1}, "sensitive_attributes": []}]}],
          "check_results": None}
    return rng.choice(["terraform.tfstate", "state/%s.tfstate.backup" % c["env"]]), json.dumps(st, indent=2)


@look("terraform", "plan_sensitive_value")
def l_plan(rng, c):
    t = D('''
        Terraform will perform the following actions:

          # datadog_synthetics_test.homepage will be updated in-place
          ~ resource "datadog_synthetics_test" "homepage" {
                id        = "{sid}"
                name      = "{proj} homepage"
              ~ status    = "paused" -> "live"
                tags      = ["env:{env}"]
                # (8 unchanged attributes hidden)
            }

          # pagerduty_service_integration.datadog must be replaced
        -/+ resource "pagerduty_service_integration" "datadog" {
              ~ id               = "{pdi}" -> (known after apply)
              ~ integration_key  = (sensitive value)
                name             = "Datadog"
                service          = "{pds}"
            }

          # tfe_variable.api_key will be updated in-place
          ~ resource "tfe_variable" "api_key" {
                id        = "var-{vid}"
              ~ value     = (sensitive value)
                sensitive = true
            }

        Plan: 1 to add, 2 to change, 1 to destroy.
    ''')
    return "docs/plans/%s-plan.txt" % c["env"], fill(t, sid="%s-%s-%s" % (rs(rng, LOW + DIG, 3), rs(rng, LOW + DIG, 3), rs(rng, LOW + DIG, 3)),
                                                    pdi="P" + rs(rng, UP + DIG, 6), pds="P" + rs(rng, UP + DIG, 6),
                                                    vid=rs(rng, B62, 16), **c)


@look("terraform", "sensitive_variables_no_default")
def l_variables(rng, c):
    out = []
    for name, desc in rng.sample([("datadog_api_key", "Datadog API key"), ("datadog_app_key", "Datadog application key"),
                                  ("pagerduty_token", "PagerDuty REST API token"), ("okta_api_token", "Okta API token"),
                                  ("cloudflare_api_token", "Cloudflare API token with Zone:Edit"),
                                  ("github_token", "GitHub token for the org provider"),
                                  ("atlas_private_key", "MongoDB Atlas programmatic API private key"),
                                  ("snowflake_private_key", "PEM private key for TF_DEPLOY"),
                                  ("sentry_auth_token", "Sentry org auth token"), ("tfe_token", "HCP Terraform team token")],
                                 rng.randint(3, 6)):
        out += ['variable "%s" {' % name, '  description = "%s"' % desc, "  type        = string",
                "  sensitive   = true"]
        if rng.random() < 0.4:
            out += ["  nullable    = false", "", "  validation {", "    condition     = length(var.%s) > 0" % name,
                    '    error_message = "%s must be set (TF_VAR_%s)."' % (name, name), "  }"]
        out += ["}", ""]
    return rng.choice(["variables.tf", "modules/providers/variables.tf"]), "\n".join(out)


@look("okta", "public_provider_config")
def l_okta_public(rng, c):
    t = D('''
        # Credentials come from OKTA_API_TOKEN (set by the CI runner), never from this file.
        provider "okta" {
          org_name = "{org}"
          base_url = "okta.com"
        }

        import {
          to = okta_app_oauth.portal
          id = "0oa{a}"
        }

        import {
          to = okta_group.{u}
          id = "00g{g}"
        }
    ''')
    return "okta/providers.tf", fill(t, a=rs(rng, B62, 17), g=rs(rng, B62, 17), u=c["team"].replace("-", "_"), **c)


@look("mongodbatlas", "public_key_only")
def l_atlas_public(rng, c):
    t = D('''
        provider "mongodbatlas" {
          public_key  = "{pub}"
          private_key = var.atlas_private_key
        }

        data "mongodbatlas_project" "this" {
          project_id = "{pid}"
        }

        resource "mongodbatlas_project_ip_access_list" "office" {
          project_id = data.mongodbatlas_project.this.id
          cidr_block = "203.0.113.0/24"
          comment    = "office egress"
        }
    ''')
    return "atlas/main.tf", fill(t, pub=rs(rng, LOW, 8), pid=rs(rng, HEX, 24))


@look("datadog", "site_only_provider")
def l_dd_public(rng, c):
    t = D('''
        # DD_API_KEY and DD_APP_KEY are injected by Spacelift context "datadog-{env}".
        provider "datadog" {
          api_url = "https://api.datadoghq.eu/"
        }

        import {
          to = datadog_dashboard.overview
          id = "{d}"
        }

        import {
          to = datadog_monitor.latency
          id = "{m}"
        }
    ''')
    return "monitoring/providers.tf", fill(t, d="%s-%s-%s" % (rs(rng, LOW + DIG, 3), rs(rng, LOW + DIG, 3), rs(rng, LOW + DIG, 3)),
                                            m=rng.randint(10000000, 199999999), **c)


@look("auth0", "client_id_only")
def l_auth0_public(rng, c):
    t = D('''
        provider "auth0" {
          domain    = "{org}.eu.auth0.com"
          client_id = "{cid}"
          # client_secret: AUTH0_CLIENT_SECRET from the environment
        }

        output "spa_client_id" {
          description = "Public client id for the single page app"
          value       = auth0_client.spa.client_id
        }
    ''')
    return "auth0/providers.tf", fill(t, cid=rs(rng, B62, 32), **c)


@look("launchdarkly", "public_client_ids")
def l_ld_public(rng, c):
    t = D('''
        // Front-end flag config. Client-side id and mobile key are not secrets (LaunchDarkly docs).
        export const launchDarkly = {
          clientSideId: "{csid}",
          mobileKey: "mob-{mob}",
          baseUrl: "https://clientsdk.launchdarkly.com",
          streamUrl: "https://clientstream.launchdarkly.com",
          bootstrap: "localStorage",
        };
    ''')
    return "web/src/config/flags.ts", fill(t, csid=rs(rng, HEX, 24), mob=uuid4(rng))


@look("cloudflare", "zone_account_ids")
def l_cf_ids(rng, c):
    t = D('''
        locals {
          cloudflare_account_id = "{a}"
          zones = {
            "{domain}"        = "{z1}"
            "static.{domain}" = "{z2}"
          }
          turnstile_site_key = "0x4AAAAAAA{sk}"
        }
    ''')
    return "edge/locals.tf", fill(t, a=rs(rng, HEX, 32), z1=rs(rng, HEX, 32), z2=rs(rng, HEX, 32), sk=rs(rng, B62 + "_-", 14), **c)


@look("terraform", "module_source_sha")
def l_module_sha(rng, c):
    out = []
    for m in rng.sample(["vpc", "dns", "monitors", "okta-app", "github-repo", "atlas-cluster"], 3):
        out += ['module "%s" {' % m.replace("-", "_"),
                '  source = "git::https://github.com/%s/terraform-modules.git//%s?ref=%s"' % (c["org"], m, rs(rng, HEX, 40)),
                '  name   = "%s-%s"' % (c["proj"], m), "}", ""]
    out += ['module "labels" {', '  source  = "cloudposse/label/null"', '  version = "0.25.0"', '  namespace = "%s"' % c["org"], "}", ""]
    return "main.tf", "\n".join(out)


@look("terraform", "image_digests")
def l_digests(rng, c):
    t = D('''
        locals {
          images = {
            atlantis   = "ghcr.io/runatlantis/atlantis@sha256:{d1}"
            otel       = "otel/opentelemetry-collector-contrib@sha256:{d2}"
            datadog    = "gcr.io/datadoghq/agent@sha256:{d3}"
          }
        }
    ''')
    return "modules/runtime/images.tf", fill(t, d1=rs(rng, HEX, 64), d2=rs(rng, HEX, 64), d3=rs(rng, HEX, 64))


def ssh_pub(rng):
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(rng, 32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode()


@look("hetzner", "ssh_public_key")
def l_ssh_keys(rng, c):
    out = []
    for p in rng.sample(PEOPLE, 3):
        out += ['resource "hcloud_ssh_key" "%s" {' % p, '  name       = "%s"' % p,
                '  public_key = "%s %s@%s"' % (ssh_pub(rng), p, c["domain"]), "}", ""]
    return "hetzner/ssh_keys.tf", "\n".join(out)


@look("github", "pgp_public_key")
def l_gpg(rng, c):
    b = base64.b64encode(b"\x99\x01\x0d\x04" + rbytes(rng, 420)).decode()
    body = "\n".join(b[i:i + 64] for i in range(0, len(b), 64))
    t = 'resource "github_user_gpg_key" "bot" {\n  armored_public_key = <<-EOT\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n' + body + "\n=" + rs(rng, B62, 4) + "\n-----END PGP PUBLIC KEY BLOCK-----\n  EOT\n}\n"
    return "github/gpg.tf", t


@look("cloudflare", "certificate")
def l_cert(rng, c):
    b = base64.b64encode(bytes.fromhex("308203b030820298a0030201020214") + rbytes(rng, 930)).decode()
    body = "\n".join(b[i:i + 64] for i in range(0, len(b), 64))
    t = "# Cloudflare origin CA certificate (public part) for *.%s\n-----BEGIN CERTIFICATE-----\n%s\n-----END CERTIFICATE-----\n" % (c["domain"], body)
    return "edge/certs/origin.crt", t


@look("terraform", "sha256sums")
def l_sums(rng, c):
    out = []
    for osn in ["darwin_amd64", "darwin_arm64", "linux_amd64", "linux_arm64", "windows_amd64"]:
        out.append("%s  terraform-provider-%s_1.%d.0_%s.zip" % (rs(rng, HEX, 64), c["proj"], int(c["n"]), osn))
    return "dist/terraform-provider-%s_SHA256SUMS" % c["proj"], "\n".join(out)


@look("terraform_cloud", "run_workspace_ids")
def l_tfc_ids(rng, c):
    doc = {"data": [{"id": "ws-" + rs(rng, B62, 16), "type": "workspaces",
                     "attributes": {"name": "%s-%s" % (c["proj"], e), "terraform-version": "1.%d.0" % rng.randint(5, 9),
                                    "resource-count": rng.randint(3, 400), "locked": False},
                     "relationships": {"current-run": {"data": {"id": "run-" + rs(rng, B62, 16), "type": "runs"}},
                                       "project": {"data": {"id": "prj-" + rs(rng, B62, 16), "type": "projects"}}}}
                    for e in rng.sample(ENVS, 3)],
           "meta": {"pagination": {"current-page": 1, "total-count": 3}}}
    return "fixtures/tfc/workspaces.json", json.dumps(doc, indent=2)


@look("pagerduty", "object_ids")
def l_pd_ids(rng, c):
    out = ["# imported from the legacy click-ops setup"]
    for r in ["pagerduty_service.api", "pagerduty_service.worker", "pagerduty_schedule.primary", "pagerduty_escalation_policy.default"]:
        out += ["import {", "  to = %s" % r, '  id = "P%s"' % rs(rng, UP + DIG, 6), "}", ""]
    return "oncall/imports.tf", "\n".join(out)


@look("sentry", "public_dsn")
def l_sentry_dsn(rng, c):
    t = D('''
        # DSNs are public by design (they only allow event submission)
        sentry:
          dsn: https://{k}@o{o}.ingest.us.sentry.io/{p}
          environment: {env}
          traces_sample_rate: 0.1
          release: "{proj}@1.{n}.0"
    ''')
    return "config/observability.yaml", fill(t, k=rs(rng, HEX, 32), o=rng.randint(100000, 4999999), p=rng.randint(1000000, 4999999), **c)


@look("snowflake", "rsa_public_key")
def l_snow_pub(rng, c):
    pub = public_key_pem(rng).split("\n")[1:-1]
    t = 'resource "snowflake_service_user" "tf_deploy" {\n  name           = "TF_DEPLOY"\n  default_role   = "SYSADMIN"\n  rsa_public_key = "' + "".join(pub) + '"\n}\n\n# fingerprint: SHA256:' + base64.b64encode(rbytes(rng, 32)).decode() + "\n"
    return "snowflake/users.tf", t


@look("terraform", "apply_log")
def l_apply_log(rng, c):
    lines = []
    for r, i in [("hcloud_server.node[0]", str(rng.randint(10000000, 59999999))), ("cloudflare_record.api", rs(rng, HEX, 32)),
                 ("github_repository.svc", c["proj"]), ("datadog_monitor.cpu_high", str(rng.randint(1000000, 199999999)))]:
        lines.append("%s: Creation complete after %ds [id=%s]" % (r, rng.randint(1, 40), i))
    lines += ["", "Apply complete! Resources: 4 added, 0 changed, 0 destroyed.", "", "Outputs:", "",
              'lineage = "%s"' % uuid4(rng), "api_token = <sensitive>", 'zone_id = "%s"' % rs(rng, HEX, 32)]
    return "logs/apply-%s.log" % c["env"], "\n".join(lines)


@look("terraform", "inventory_csv")
def l_csv(rng, c):
    out = ["address,provider,id,etag"]
    for r in ["cloudflare_record.api", "fastly_service_vcl.www", "okta_group.%s" % c["team"].replace("-", "_"), "datadog_monitor.cpu"]:
        out.append("%s,%s,%s,%s" % (r, r.split("_")[0], rs(rng, B62, 22), rs(rng, HEX, 32)))
    return "reports/inventory.csv", "\n".join(out)


@look("honeycomb", "key_id_only")
def l_hny_id(rng, c):
    t = D('''
        # management key secret comes from HONEYCOMB_KEY_SECRET
        provider "honeycombio" {
          api_key_id = "hc{x}mk_{kid}"
        }

        output "ingest_key_id" {
          value = honeycombio_api_key.ingest.id
        }
    ''')
    return "honeycomb/providers.tf", fill(t, x=rng.choice(LOW), kid=rs(rng, LOW + DIG, 26))


@look("spacelift", "key_id_only")
def l_spacelift_id(rng, c):
    t = D('''
        provider "spacelift" {
          api_key_endpoint = "https://{org}.app.spacelift.io"
          api_key_id       = "01{ulid}"
          # api_key_secret via SPACELIFT_API_KEY_SECRET
        }

        resource "spacelift_context" "datadog" {
          name        = "datadog-{env}"
          description = "Datadog provider env (values set in UI)"
        }
    ''')
    return "spacelift/providers.tf", fill(t, ulid=rs(rng, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 24), **c)


@look("terraform", "random_generated_password")
def l_random(rng, c):
    t = D('''
        resource "random_password" "db" {
          length           = 32
          special          = true
          override_special = "!#%*-_=+"
        }

        resource "mongodbatlas_database_user" "app" {
          username           = "{proj}-app"
          password           = random_password.db.result
          project_id         = var.project_id
          auth_database_name = "admin"
        }

        output "db_password" {
          value     = random_password.db.result
          sensitive = true
        }
    ''')
    return "atlas/users.tf", fill(t, **c)


@look("github_actions", "secret_references")
def l_workflow_refs(rng, c):
    t = D('''
        name: tofu-plan
        on: [pull_request]
        jobs:
          plan:
            runs-on: ubuntu-latest
            env:
              TF_TOKEN_app_terraform_io: ${{ secrets.TFC_TEAM_TOKEN }}
              TF_VAR_datadog_api_key: ${{ secrets.DD_API_KEY }}
              TF_VAR_pagerduty_token: ${{ secrets.PAGERDUTY_TOKEN }}
              CLOUDFLARE_API_TOKEN: ${{ secrets.CLOUDFLARE_API_TOKEN }}
            steps:
              - uses: actions/checkout@{sha} # v4.1.7
              - uses: opentofu/setup-opentofu@{sha2} # v1.0.4
              - run: tofu init -input=false && tofu plan -no-color
    ''')
    return ".github/workflows/plan.yml", fill(t, sha=rs(rng, HEX, 40), sha2=rs(rng, HEX, 40))


@look("atlantis", "repos_yaml")
def l_atlantis_repos(rng, c):
    t = D('''
        # server-side repo config (--repo-config)
        repos:
          - id: /github.com/{org}/.*/
            branch: /^main$/
            apply_requirements: [approved, mergeable]
            allowed_overrides: [workflow]
            allow_custom_workflows: false
            pre_workflow_hooks:
              - run: terragrunt-atlantis-config generate --output atlantis.yaml --autoplan
        workflows:
          default:
            plan:
              steps: [init, plan]
            apply:
              steps: [apply]
    ''')
    return "atlantis/repos.yaml", fill(t, **c)


@look("atlantis", "atlantis_yaml")
def l_atlantis_yaml(rng, c):
    out = ["version: 3", "automerge: false", "parallel_plan: true", "projects:"]
    for e in rng.sample(ENVS, 3):
        out += ["  - name: %s-%s" % (c["proj"], e), "    dir: stacks/%s/%s" % (c["proj"], e), "    workspace: default",
                "    terraform_version: v1.%d.%d" % (rng.randint(5, 9), rng.randint(0, 5)),
                "    autoplan:", '      when_modified: ["*.tf", "../../modules/**/*.tf"]', "      enabled: true"]
    return "atlantis.yaml", "\n".join(out)


@look("grafana", "dashboard_uids")
def l_graf_dash(rng, c):
    doc = {"uid": rs(rng, B62, 14), "title": "%s overview" % c["proj"], "version": rng.randint(1, 60),
           "panels": [{"id": i, "type": "timeseries", "title": t,
                       "datasource": {"type": "prometheus", "uid": rs(rng, B62, 14)},
                       "targets": [{"expr": "sum(rate(http_requests_total{service=\"%s\"}[5m]))" % c["proj"], "refId": "A"}]}
                      for i, t in enumerate(["Requests", "Errors", "Latency p99"], 1)]}
    return "grafana/dashboards/overview.json", json.dumps(doc, indent=2)


@look("newrelic", "entity_guids")
def l_nr_guid(rng, c):
    out = []
    for app in ["api", "worker", "web"]:
        raw = "%s|APM|APPLICATION|%d" % (c["acct"], rng.randint(100000000, 999999999))
        out += ['data "newrelic_entity" "%s" {' % app, '  name   = "%s-%s"' % (c["proj"], app), '  domain = "APM"', "}", "",
                "# guid: %s" % base64.b64encode(raw.encode()).decode().rstrip("="), ""]
    return "newrelic/entities.tf", "\n".join(out)


@look("terraform", "sops_encrypted_tfvars")
def l_sops(rng, c):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
            base64.b64encode(rbytes(rng, n)).decode(), base64.b64encode(rbytes(rng, 32)).decode(),
            base64.b64encode(rbytes(rng, 16)).decode())
    t = D('''
        datadog_api_key: {a}
        pagerduty_token: {b}
        sops:
            age:
                - recipient: age1{r}
            lastmodified: "2024-0{n}-1{n}T10:2{n}:00Z"
            mac: {m}
            version: 3.8.1
    ''')
    return "secrets/%s.enc.yaml" % c["env"], fill(t, a=enc(32), b=enc(20), r=rs(rng, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), m=enc(32), **c)


@look("hetzner", "cloud_init_base64")
def l_userdata(rng, c):
    ci = "#cloud-config\npackage_update: true\npackages: [docker.io, fail2ban]\nruncmd:\n  - systemctl enable --now docker\n  - hostnamectl set-hostname %s-%s\n" % (c["proj"], c["env"])
    t = 'resource "hcloud_server" "runner" {\n  name        = "%s-runner"\n  image       = "ubuntu-24.04"\n  server_type = "cx32"\n  user_data   = "%s"\n}\n' % (c["proj"], base64.b64encode(ci.encode()).decode())
    return "hetzner/runner.tf", t


@look("terraform", "tfvars_public_ids")
def l_tfvars_json(rng, c):
    doc = {"okta_org_name": c["org"], "auth0_client_id": rs(rng, B62, 32), "atlas_org_id": rs(rng, HEX, 24),
           "atlas_public_key": rs(rng, LOW, 8), "cloudflare_zone_id": rs(rng, HEX, 32), "datadog_site": "datadoghq.eu",
           "launchdarkly_client_side_id": rs(rng, HEX, 24), "github_app_id": rng.randint(100000, 999999)}
    return "envs/%s/terraform.tfvars.json" % c["env"], json.dumps(doc, indent=2)


@look("terraform", "readme_env_setup")
def l_readme(rng, c):
    t = D('''
        # {proj} infrastructure

        Providers read their credentials from the environment; nothing is stored in the repo.

        | Provider   | Variable                     | Where to get it                     |
        |------------|------------------------------|-------------------------------------|
        | Datadog    | `DD_API_KEY`, `DD_APP_KEY`   | Organization settings > API keys    |
        | PagerDuty  | `PAGERDUTY_TOKEN`            | Integrations > API access keys      |
        | Cloudflare | `CLOUDFLARE_API_TOKEN`       | My profile > API tokens             |
        | HCP TF     | `TF_TOKEN_app_terraform_io`  | `terraform login`                   |

        ```sh
        export DD_API_KEY="$(op read 'op://{team}/datadog/api key')"
        export CLOUDFLARE_API_TOKEN="<token with Zone:DNS:Edit>"
        terraform init && terraform plan
        ```

        Lock file hashes are checked in; run `terraform providers lock -platform=linux_amd64 -platform=darwin_arm64`
        after upgrading.
    ''')
    return "README.md", fill(t, **c)


@look("terraform", "env_example")
def l_env_example(rng, c):
    t = D('''
        # copy to .env and fill in; .env is git-ignored
        TF_VAR_environment={env}
        DD_API_KEY=
        DD_APP_KEY=
        HCLOUD_TOKEN=<hetzner read/write token>
        TF_TOKEN_app_terraform_io=your-hcp-terraform-token
        GRAFANA_AUTH=glsa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxx
    ''')
    return rng.choice([".env.example", "deploy/.env.sample"]), fill(t, **c)


# ---------------------------------------------------------------- driver
def filetype(path):
    b = os.path.basename(path)
    if b.startswith("Dockerfile"):
        return "Dockerfile"
    if b.endswith("SHA256SUMS"):
        return "SHA256SUMS"
    if b.endswith(".tfstate.backup"):
        return "tfstate"
    if b.startswith(".env"):
        return "env"
    if "." not in b.lstrip("."):
        return b.lstrip(".") or b
    return b.rsplit(".", 1)[1]


def spread(rng, n_items, total):
    """Every index at least once, the rest at random, shuffled."""
    order = list(range(n_items))
    while len(order) < total:
        order.append(rng.randrange(n_items))
    order = order[:total]
    rng.shuffle(order)
    return order


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def is_env_file(path):
    b = os.path.basename(path)
    return b == ".env" or (b.startswith(".env.") and b not in (".env.example", ".env.sample", ".env.template", ".env.dist"))


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_ko.py OUTDIR SEED\n")
        return 2
    out, seed = argv[1], int(argv[2])
    rng = random.Random(seed)
    manifest, secrets = [], []
    n_env = 0

    for i, ti in enumerate(spread(rng, len(POS), 500)):
        T = POS[ti]
        c = mkctx(rng)
        secret = T["gen"](rng)
        needle = pem_needle(secret) if T["style"] in ("pem", "pemjson") else secret
        rel, text = T["fn"](rng, c, quote(T["style"], secret))
        if not text.endswith("\n"):
            text += "\n"
        if is_env_file(rel):
            n_env += 1
        fid = "pos/p%04d/%s" % (i, rel)
        idx = text.find(needle)
        assert idx >= 0, (T["name"], needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1], (T["name"], line)
        write(os.path.join(out, fid), text)
        with open(os.path.join(out, fid), encoding="utf-8") as f:
            assert needle in f.read().split("\n")[line - 1]
        manifest.append({"file": fid, "label": "pos", "provider": T["provider"], "kind": T["kind"], "filetype": filetype(rel)})
        secrets.append({"file": fid, "needle": needle, "line": line})
    assert n_env <= 25, n_env

    jobs = [("reuse", ti) for ti in spread(rng, len(POS), 250)] + [("look", li) for li in spread(rng, len(LOOK), 250)]
    rng.shuffle(jobs)
    for i, (what, k) in enumerate(jobs):
        c = mkctx(rng)
        if what == "reuse":
            T = POS[k]
            val, cat = neg_value(rng, T)
            rel, text = T["fn"](rng, c, val)
            rel = fix_env_name(rel)
            prov, kind = T["provider"], "%s:%s" % (T["kind"], cat)
        else:
            L = LOOK[k]
            rel, text = L["fn"](rng, c)
            prov, kind = L["provider"], L["kind"]
        if not text.endswith("\n"):
            text += "\n"
        assert not is_env_file(rel), rel
        fid = "neg/n%04d/%s" % (i, rel)
        write(os.path.join(out, fid), text)
        manifest.append({"file": fid, "label": "neg", "provider": prov, "kind": kind, "filetype": filetype(rel)})

    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
