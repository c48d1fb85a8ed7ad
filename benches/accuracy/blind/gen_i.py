#!/usr/bin/env python3
"""
gen_i.py -- blind evaluation-set generator "I" for git pre-commit secret scanners.

Emphasis: credentials leaked in the *text artefacts* developers commit besides code:
application/server logs (plain, JSON-lines, nginx access logs, Android logcat), CI job logs
(GitLab, Jenkins, GitHub Actions), shell histories (.bash_history, .zsh_history extended
format, fish_history, PowerShell PSReadLine ConsoleHost_history.txt), Markdown READMEs and
docs with curl/httpie/wget examples, runbooks, incident notes, filled-in bug reports,
Slack exports (JSON), e-mail (.eml), raw HTTP captures, VS Code REST-Client / JetBrains .http
files, Insomnia exports, Bruno collections, Postman collections, HAR files, VCR cassettes,
crash reports / stack traces printing config (Python, Node/axios, Java), Jupyter notebooks,
CSV/TSV exports, `docker inspect` / `kubectl get -o yaml` output, dotfiles (.netrc, .pgpass,
.npmrc, .pypirc, .git-credentials, .s3cfg, rclone.conf, ~/.aws/credentials, docker
config.json, gh hosts.yml, credentials.tfrc.json, composer auth.json, .gem/credentials,
cargo credentials.toml, nuget.config, maven settings.xml, pip.conf, kubeconfig), webhook
URLs that are secrets (Slack, Discord, Teams connector, Power Automate workflow, Zapier catch
hooks, Mattermost), connection strings (ADO.NET, JDBC, ODBC, mongodb+srv, redis/rediss,
amqp(s), smtp, postgres, mysql, Azure Storage / Service Bus), Azure SAS URLs, docker / kubectl /
helm / az / database CLI command lines with inline passwords, private keys (PEM / OpenSSH /
GCP service-account JSON) and bearer JWTs (Supabase service_role, Kubernetes SA tokens).

Usage:  python3 gen_i.py OUTDIR SEED
Output: OUTDIR/pos/pNNNN/<path>, OUTDIR/neg/nNNNN/<path>, OUTDIR/manifest.jsonl,
        OUTDIR/secrets.jsonl.  500 positives + 500 negatives per seed, deterministic per seed
        (only random.Random(SEED) is used; no time, uuid4 or os.urandom).

Needle conventions (secrets.jsonl):
  * token / API key: the token itself.
  * key pairs (AWS id+secret, Twilio SID+token): the *secret half* (AWS secret access key,
    Twilio auth token); the public half sits on the same or an adjacent line.
  * passwords in URIs / connection strings / CLI flags: the password only.
  * HTTP Basic auth header / docker config "auth" / npmrc "_auth": the base64 blob as written.
  * webhook URLs (Slack, Discord, Teams, Power Automate, Zapier, Mattermost): the full URL.
  * Azure SAS URL: the (URL-encoded) sig= value; Azure conn strings: the AccountKey /
    SharedAccessKey value.
  * private keys: the "-----BEGIN ... PRIVATE KEY-----" marker (line = the marker line; each
    positive file holds exactly one key, the body is freshly random per seed).
  * JWTs: the full compact JWT.

Sources relied on (public knowledge / provider documentation, no scanner code or rules):
  * GitHub blog "Behind GitHub's new authentication token formats" (2021): ghp_/gho_/ghs_
    prefix + 30 base62 chars + 6-char base62 CRC32 checksum; fine-grained github_pat_ 22+59.
  * npm blog "Announcing npm's new access token format" (2021): npm_ + same scheme.
  * GitLab docs "Token overview" (glpat-, gldt- prefixes, 20 chars).
  * Slack API docs (xoxb-/xoxp-/xapp- token types, incoming webhook URL T…/B…/24 chars).
  * Discord developer docs (webhook URL /api/webhooks/{snowflake}/{token}, Bot token).
  * Microsoft Learn: Teams incoming webhooks (webhook.office.com/webhookb2/...), Power Automate
    "When a HTTP request is received" trigger URLs (sig=), Azure Storage connection strings
    (AccountKey 64 bytes base64), SAS token query parameters, Service Bus connection strings,
    ADO.NET / ODBC connection string keywords, Entra ID client secrets (…Q~…).
  * AWS IAM docs (AKIA + 16 base32 chars, 40-char secret access key; accessKeys.csv layout;
    aws configure prompts; ~/.aws/credentials); s3cmd .s3cfg; rclone.conf docs.
  * Stripe docs (sk_live_/rk_live_/whsec_; pk_live_ publishable keys are public by design).
  * OpenAI, Anthropic, Google (AIza.. API keys, GOCSPX- client secrets, OAuth client ids
    ending .apps.googleusercontent.com are public), Hugging Face (hf_), Replicate (r8_),
    Groq (gsk_), OpenRouter (sk-or-v1-), Perplexity (pplx-), xAI (xai-) public docs/UIs.
  * SendGrid (SG.x.y), Mailgun (key-), Mailchimp (…-usNN), Twilio (AC SID + 32-hex token),
    PyPI API tokens (pypi- + macaroon v2, location "pypi.org"), Docker Hub PAT (dckr_pat_),
    DigitalOcean (dop_v1_), Shopify (shpat_), Atlassian (ATATT3xFfGF0…=CHECK), Linear
    (lin_api_), Notion (secret_), Postman (PMAK-), New Relic (NRAK-), Sentry (sntryu_),
    Grafana (glsa_), Vault (hvs.), Terraform Cloud (.atlasv1.), Databricks (dapi),
    Supabase (sbp_, service_role JWT), Telegram bot tokens, Square (EAAA), Braintree
    (access_token$production$), Flutterwave (FLWSECK-), Mapbox (sk./pk.), Okta (SSWS 00…),
    Airtable (pat….hex64), Contentful (CFPAT-), Figma (figd_), RubyGems (rubygems_),
    crates.io (cio), age (AGE-SECRET-KEY-1, bech32 BIP-173), Doppler (dp.st.), Pulumi (pul-),
    Buildkite (bkua_), CircleCI (CCIPAT_), JFrog reference tokens (base64 "reftkn:01:"),
    Azure DevOps PATs (52 chars base32-lowercase).
  * OpenSSH PROTOCOL.key (openssh-key-v1 container), RFC 8017 / RFC 5208 / RFC 5915 DER
    layouts (used to give random PEM bodies realistic ASN.1 headers), RFC 7519 (JWT).
  * File formats: netrc(5), PostgreSQL .pgpass, npmrc, .pypirc, git-credential-store,
    docker config.json, gh hosts.yml, Terraform CLI credentials, Composer auth.json,
    NuGet.Config, Maven settings.xml, pip.conf, kubeconfig, zsh EXTENDED_HISTORY, fish
    history, PSReadLine history, HAR 1.2, Insomnia export v4, Bruno .bru, Postman v2.1,
    vcrpy cassettes, nbformat 4, RFC 5322 e-mail, DKIM (RFC 6376).

Doubts (formats I am less sure of; lengths may be slightly off for real tokens):
  * OpenAI sk-proj-/sk-svcacct- body length (real keys vary ~150-170 chars; used 74+"T3BlbkFJ"+74).
  * Atlassian token total length (used 192) and the exact checksum algorithm of the last 8 hex
    chars (random here, not a real checksum).
  * Vault hvs. long form (protobuf-looking base64 here) vs short 24-char form (both used).
  * Doppler dp.st.<env>. body length, CircleCI CCIPAT_ layout, Replicate/Groq/xAI/Perplexity
    body lengths, Notion legacy secret_ length (43), Square EAAA length (60).
  * Azure OpenAI keys (32 hex used; newer 84-char keys not modelled), Mistral (32 alnum) and
    DeepSeek (sk- + 32 hex) have no distinctive format -- they only appear in strong context.
  * Slack xoxb-/xoxp- numeric segment lengths vary between workspaces.
  * Zapier catch-hook second path segment (6-7 lowercase alnum used) and Mattermost hook id
    (26 lowercase alnum).
  * Human-chosen passwords are low-entropy by nature; they only appear in unambiguous
    credential positions (-p, PGPASSWORD=, .pgpass, user:pass@ URIs, Password=...).
  * Private keys: needle is the BEGIN marker line (scanners usually report the block start).
  * Negatives deliberately include well-known documentation placeholders: the AWS docs
    example key pair (…EXAMPLE) and Slack's T00000000/B00000000/XXXX… webhook. A few
    scanners flag these; by any reasonable reading they are not credentials.
"""
import base64
import datetime
import hashlib
import json
import os
import re
import string
import struct
import sys
import zlib
import random

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
B62 = DIG + UP + LO
ALNUM = UP + LO + DIG
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"
B32U = UP + "234567"
N_POS = 500
N_NEG = 500

FIRST = ["alice", "bogdan", "carla", "dmitri", "emma", "farid", "grace", "hiro", "ines", "jonas",
         "kofi", "lena", "mateo", "nadia", "oskar", "priya", "quentin", "rahul", "sofia", "tomas",
         "uma", "victor", "wen", "yusuf", "zoe", "marek", "aisha", "liam", "noor", "pablo"]
LAST = ["novak", "okafor", "schmidt", "tanaka", "garcia", "petrov", "haddad", "kim", "silva",
        "larsen", "moreau", "kowalski", "nguyen", "rossi", "fischer", "mensah", "ito", "berg"]
ORGS = ["northwind", "globex", "initech", "hooli", "vandelay", "acmelabs", "brightwave",
        "cobaltpay", "driftwood", "emberly", "fernhill", "granitebyte", "harborline", "ironleaf",
        "junipr", "kestrel", "lumenworks", "mapleforge", "nimbusdata", "orbitcart", "quillsoft",
        "redfinch", "saltmarsh", "tidewater"]
TLDS = ["io", "com", "dev", "net", "co", "app"]
SERVICES = ["billing-api", "checkout", "notifier", "ingest-worker", "auth-gateway", "search-svc",
            "reporting", "orders", "inventory", "media-proxy", "scheduler", "webhooks-relay",
            "ledger", "catalog", "payments", "exports"]
WORDS = ["summer", "winter", "falcon", "marmalade", "tiger", "coffee", "rocket", "purple",
         "harbor", "maple", "sunset", "dragon", "pepper", "violet", "thunder", "monkey", "orange",
         "silver", "garden", "pickle", "banjo", "walrus", "cactus", "meadow", "comet", "biscuit"]
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "ap-northeast-1"]
AZ_REGIONS = ["westus", "eastus", "westeurope", "northeurope", "uksouth", "australiaeast"]


# ----------------------------------------------------------------------------- random helpers
class G:
    """Thin wrapper around a seeded random.Random with format helpers."""

    def __init__(self, seed):
        self.r = random.Random(seed)
        self.base_ts = datetime.datetime(2023, 1, 1, tzinfo=datetime.timezone.utc) + \
            datetime.timedelta(seconds=self.r.randint(0, 86400 * 900))

    def new_case(self):
        self.base_ts = datetime.datetime(2022, 6, 1, tzinfo=datetime.timezone.utc) + \
            datetime.timedelta(seconds=self.r.randint(0, 86400 * 1000))

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n):
        return self.s(HEX, n)

    def rbytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def b64(self, n):
        return base64.b64encode(self.rbytes(n)).decode()

    def b64u(self, n):
        return base64.urlsafe_b64encode(self.rbytes(n)).decode().rstrip("=")

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def pick(self, seq):
        return self.r.choice(seq)

    def sample(self, seq, k):
        return self.r.sample(seq, k)

    def ri(self, a, b):
        return self.r.randint(a, b)

    def chance(self, p):
        return self.r.random() < p

    def shuffle(self, x):
        self.r.shuffle(x)

    # realistic fillers ---------------------------------------------------
    def user(self):
        return self.pick(FIRST)

    def fullname(self):
        return self.pick(FIRST).capitalize() + " " + self.pick(LAST).capitalize()

    def org(self):
        return self.pick(ORGS)

    def domain(self, org=None):
        return (org or self.org()) + "." + self.pick(TLDS)

    def email(self, org=None):
        return "%s.%s@%s" % (self.pick(FIRST), self.pick(LAST), self.domain(org))

    def svc(self):
        return self.pick(SERVICES)

    def ip(self):
        return "10.%d.%d.%d" % (self.ri(0, 255), self.ri(0, 255), self.ri(2, 254))

    def pubip(self):
        return "%d.%d.%d.%d" % (self.pick([34, 52, 18, 3, 35, 104, 151, 172]), self.ri(0, 255),
                                self.ri(0, 255), self.ri(2, 254))

    def ts(self, offset_s=0):
        return self.base_ts + datetime.timedelta(seconds=offset_s)

    def epoch(self, offset_s=0):
        return int(self.ts(offset_s).timestamp())

    def sha(self):
        return self.hex(40)

    def short_sha(self):
        return self.hex(7)

    def trace(self):
        return self.hex(32)

    def span(self):
        return self.hex(16)

    def reqid(self):
        return self.pick([lambda: "req_" + self.s(ALNUM, 14), lambda: self.uuid(),
                          lambda: self.hex(16), lambda: "%s-%s" % (self.hex(8), self.hex(4))])()

    def version(self):
        return "%d.%d.%d" % (self.ri(0, 4), self.ri(0, 30), self.ri(0, 20))

    def snowflake(self):
        return str(self.ri(700000000000000000, 1300000000000000000))


def b62enc(n, pad=6):
    out = ""
    while n > 0:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(pad, "0")


def b64s(s):
    return base64.b64encode(s.encode()).decode()


def b64u_json(d):
    return base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")


def fmt_iso(dt, ms=True):
    if ms:
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (dt.microsecond // 1000)
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def pct(s):
    out = []
    for ch in s:
        if ch.isalnum() or ch in "-_.~":
            out.append(ch)
        else:
            out.append("%%%02X" % ord(ch))
    return "".join(out)


# ----------------------------------------------------------------------------- bech32 (BIP-173)
_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32_encode(hrp, data8):
    acc, bits, data5 = 0, 0, []
    for b in data8:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data5.append((acc >> bits) & 31)
    if bits:
        data5.append((acc << (5 - bits)) & 31)
    hv = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _polymod(hv + data5 + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data5 + chk)


# ----------------------------------------------------------------------------- credentials
class Cred:
    """A generated credential plus how it is used.
    auth: ('bearer',) | ('header', name, fmt) | ('basic', user) | ('query', param) | ('path',) | None
    """

    def __init__(self, provider, kind, secret, env, auth=None, url=None, method="GET", body=None,
                 cfgkey="api_key", extra=None, needle=None, family="token"):
        self.provider, self.kind, self.secret, self.env = provider, kind, secret, env
        self.needle = needle or secret
        self.family = family
        self.auth, self.url, self.method, self.body = auth, url, method, body
        self.cfgkey = cfgkey
        self.extra = extra or {}

    def full_url(self):
        if self.auth and self.auth[0] == "query":
            sep = "&" if "?" in self.url else "?"
            return self.url + sep + self.auth[1] + "=" + self.secret
        return self.url

    def header(self):
        """(name, value, needle) or None if the credential travels in the URL."""
        a = self.auth
        if not a:
            return None
        if a[0] == "bearer":
            return ("Authorization", "Bearer " + self.secret, self.secret)
        if a[0] == "header":
            return (a[1], a[2].format(self.secret), self.secret)
        if a[0] == "basic":
            b = b64s("%s:%s" % (a[1], self.secret))
            return ("Authorization", "Basic " + b, b)
        return None


def gh_style(g, prefix):
    body = g.s(ALNUM, 30)
    return prefix + body + b62enc(zlib.crc32(body.encode()) & 0xffffffff)


def pypi_token(g):
    ident = g.uuid().encode()
    cav = json.dumps({"version": 1, "permissions": g.pick(["user", {"projects": [g.svc()]}])}).encode()
    raw = b"\x02" + b"\x01\x08pypi.org" + b"\x02" + bytes([len(ident)]) + ident + b"\x00"
    raw += b"\x02" + bytes([len(cav)]) + cav + b"\x00" + b"\x00"
    raw += b"\x06\x20" + g.rbytes(32)
    return "pypi-" + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def vault_token(g):
    if g.chance(0.5):
        return "hvs." + g.s(ALNUM, 24)
    raw = b"\x08\x01\x12\x20" + g.rbytes(32) + b"\x1a\x1e\x0a\x1c" + b"hvs." + g.s(ALNUM, 24).encode()
    return "hvs." + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jfrog_ref(g):
    raw = "reftkn:01:%d:%s" % (g.ri(1700000000, 2000000000), g.s(ALNUM, 27))
    return base64.b64encode(raw.encode()).decode().rstrip("=")


def mapbox_sk(g, user):
    return "sk." + b64u_json({"u": user, "a": "cl" + g.s(LO + DIG, 23)}) + "." + g.s(URLSAFE, 22)


def discord_bot(g):
    uid = g.snowflake()
    return base64.b64encode(uid.encode()).decode().rstrip("=") + "." + g.s(URLSAFE, 6) + "." + g.s(URLSAFE, 38)


def age_secret(g):
    return bech32_encode("age-secret-key-", g.rbytes(32)).upper()


def django_secret(g):
    return g.s("abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)", 50)


def make_token(g, kind=None):
    """Pick (or build a named) API-token style credential."""
    org = g.org()
    dom = g.domain(org)
    repo = g.svc()
    chat_body = '{"model":"%s","messages":[{"role":"user","content":"ping"}]}'
    specs = [
        ("github", "github_pat_classic", 3, lambda: Cred("github", "github_pat_classic", gh_style(g, "ghp_"), "GITHUB_TOKEN",
            ("header", "Authorization", "token {}"), "https://api.github.com/repos/%s/%s/actions/runs?per_page=5" % (org, repo), cfgkey="github_token")),
        ("github", "github_oauth", 1, lambda: Cred("github", "github_oauth", gh_style(g, "gho_"), "GH_TOKEN", ("bearer",),
            "https://api.github.com/user", cfgkey="oauth_token")),
        ("github", "github_app_installation", 1, lambda: Cred("github", "github_app_installation", gh_style(g, "ghs_"), "GITHUB_APP_TOKEN", ("bearer",),
            "https://api.github.com/repos/%s/%s/issues?state=open" % (org, repo), cfgkey="token")),
        ("github", "github_pat_fine_grained", 2, lambda: Cred("github", "github_pat_fine_grained",
            "github_pat_11" + g.s(UP + DIG, 20) + "_" + g.s(ALNUM, 59), "GITHUB_TOKEN", ("bearer",),
            "https://api.github.com/repos/%s/%s/pulls" % (org, repo), cfgkey="github_token")),
        ("gitlab", "gitlab_pat", 3, lambda: Cred("gitlab", "gitlab_pat", "glpat-" + g.s(URLSAFE, 20), "GITLAB_TOKEN",
            ("header", "PRIVATE-TOKEN", "{}"), "https://gitlab.com/api/v4/projects/%d/pipelines?ref=main" % g.ri(1000000, 59999999), cfgkey="private_token")),
        ("gitlab", "gitlab_deploy_token", 1, lambda: Cred("gitlab", "gitlab_deploy_token", "gldt-" + g.s(URLSAFE, 20), "CI_DEPLOY_PASSWORD",
            None, None, cfgkey="deploy_token")),
        ("slack", "slack_bot_token", 3, lambda: Cred("slack", "slack_bot_token",
            "xoxb-%d-%d-%s" % (g.ri(10**10, 10**12), g.ri(10**12, 9 * 10**12), g.s(ALNUM, 24)), "SLACK_BOT_TOKEN", ("bearer",),
            "https://slack.com/api/chat.postMessage", "POST", '{"channel":"C%s","text":"deploy finished"}' % g.s(UP + DIG, 10), cfgkey="bot_token")),
        ("slack", "slack_user_token", 1, lambda: Cred("slack", "slack_user_token",
            "xoxp-%d-%d-%d-%s" % (g.ri(10**10, 10**12), g.ri(10**10, 10**12), g.ri(10**12, 9 * 10**12), g.hex(32)), "SLACK_USER_TOKEN", ("bearer",),
            "https://slack.com/api/conversations.history?channel=C%s&limit=50" % g.s(UP + DIG, 10), cfgkey="user_token")),
        ("slack", "slack_app_token", 1, lambda: Cred("slack", "slack_app_token",
            "xapp-1-A%s-%d-%s" % (g.s(UP + DIG, 10), g.ri(10**12, 9 * 10**12), g.hex(64)), "SLACK_APP_TOKEN", ("bearer",),
            "https://slack.com/api/apps.connections.open", "POST", cfgkey="app_token")),
        ("stripe", "stripe_secret_key", 3, lambda: Cred("stripe", "stripe_secret_key", "sk_live_51" + g.s(ALNUM, 97), "STRIPE_SECRET_KEY", ("bearer",),
            "https://api.stripe.com/v1/customers?limit=3", cfgkey="secret_key")),
        ("stripe", "stripe_restricted_key", 1, lambda: Cred("stripe", "stripe_restricted_key", "rk_live_51" + g.s(ALNUM, 97), "STRIPE_API_KEY", ("bearer",),
            "https://api.stripe.com/v1/charges?limit=10", cfgkey="api_key")),
        ("stripe", "stripe_webhook_secret", 1, lambda: Cred("stripe", "stripe_webhook_secret", "whsec_" + g.s(ALNUM, 32), "STRIPE_WEBHOOK_SECRET",
            None, None, cfgkey="webhook_secret")),
        ("openai", "openai_project_key", 3, lambda: Cred("openai", "openai_project_key",
            "sk-proj-" + g.s(URLSAFE, 74) + "T3BlbkFJ" + g.s(URLSAFE, 74), "OPENAI_API_KEY", ("bearer",),
            "https://api.openai.com/v1/chat/completions", "POST", chat_body % "gpt-4o-mini")),
        ("openai", "openai_svcacct_key", 1, lambda: Cred("openai", "openai_svcacct_key",
            "sk-svcacct-" + g.s(URLSAFE, 74) + "T3BlbkFJ" + g.s(URLSAFE, 74), "OPENAI_API_KEY", ("bearer",),
            "https://api.openai.com/v1/models")),
        ("openai", "openai_legacy_key", 1, lambda: Cred("openai", "openai_legacy_key",
            "sk-" + g.s(ALNUM, 20) + "T3BlbkFJ" + g.s(ALNUM, 20), "OPENAI_API_KEY", ("bearer",),
            "https://api.openai.com/v1/embeddings", "POST", '{"model":"text-embedding-3-small","input":"hello"}')),
        ("anthropic", "anthropic_api_key", 3, lambda: Cred("anthropic", "anthropic_api_key",
            "sk-ant-api03-" + g.s(URLSAFE, 93) + "AA", "ANTHROPIC_API_KEY", ("header", "x-api-key", "{}"),
            "https://api.anthropic.com/v1/messages", "POST",
            '{"model":"claude-3-5-sonnet-latest","max_tokens":64,"messages":[{"role":"user","content":"ping"}]}')),
        ("google", "google_api_key", 2, lambda: Cred("google", "google_api_key", "AIzaSy" + g.s(URLSAFE, 33), "GOOGLE_MAPS_API_KEY",
            ("query", "key"), "https://maps.googleapis.com/maps/api/geocode/json?address=%d+Main+St" % g.ri(1, 999), cfgkey="maps_api_key")),
        ("google", "gemini_api_key", 2, lambda: Cred("google", "gemini_api_key", "AIzaSy" + g.s(URLSAFE, 33), "GEMINI_API_KEY",
            ("header", "x-goog-api-key", "{}"), "https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent", "POST",
            '{"contents":[{"parts":[{"text":"ping"}]}]}')),
        ("google", "gcp_oauth_client_secret", 1, lambda: Cred("google", "gcp_oauth_client_secret", "GOCSPX-" + g.s(URLSAFE, 28), "GOOGLE_CLIENT_SECRET",
            None, None, cfgkey="client_secret")),
        ("huggingface", "huggingface_token", 2, lambda: Cred("huggingface", "huggingface_token", "hf_" + g.s(UP + LO, 34), "HF_TOKEN", ("bearer",),
            "https://huggingface.co/api/whoami-v2", cfgkey="hf_token")),
        ("replicate", "replicate_token", 1, lambda: Cred("replicate", "replicate_token", "r8_" + g.s(ALNUM, 37), "REPLICATE_API_TOKEN", ("bearer",),
            "https://api.replicate.com/v1/predictions", "POST", '{"version":"%s","input":{"prompt":"a cat"}}' % g.hex(64))),
        ("groq", "groq_api_key", 1, lambda: Cred("groq", "groq_api_key", "gsk_" + g.s(ALNUM, 52), "GROQ_API_KEY", ("bearer",),
            "https://api.groq.com/openai/v1/chat/completions", "POST", chat_body % "llama-3.1-8b-instant")),
        ("openrouter", "openrouter_key", 1, lambda: Cred("openrouter", "openrouter_key", "sk-or-v1-" + g.hex(64), "OPENROUTER_API_KEY", ("bearer",),
            "https://openrouter.ai/api/v1/chat/completions", "POST", chat_body % "mistralai/mistral-7b-instruct")),
        ("perplexity", "perplexity_key", 1, lambda: Cred("perplexity", "perplexity_key", "pplx-" + g.s(ALNUM, 48), "PERPLEXITY_API_KEY", ("bearer",),
            "https://api.perplexity.ai/chat/completions", "POST", chat_body % "sonar")),
        ("xai", "xai_key", 1, lambda: Cred("xai", "xai_key", "xai-" + g.s(ALNUM, 80), "XAI_API_KEY", ("bearer",),
            "https://api.x.ai/v1/chat/completions", "POST", chat_body % "grok-2-latest")),
        ("mistral", "mistral_key", 1, lambda: Cred("mistral", "mistral_key", g.s(ALNUM, 32), "MISTRAL_API_KEY", ("bearer",),
            "https://api.mistral.ai/v1/chat/completions", "POST", chat_body % "mistral-small-latest")),
        ("deepseek", "deepseek_key", 1, lambda: Cred("deepseek", "deepseek_key", "sk-" + g.hex(32), "DEEPSEEK_API_KEY", ("bearer",),
            "https://api.deepseek.com/chat/completions", "POST", chat_body % "deepseek-chat")),
        ("azure", "azure_openai_key", 1, lambda: Cred("azure", "azure_openai_key", g.hex(32), "AZURE_OPENAI_API_KEY", ("header", "api-key", "{}"),
            "https://%s-openai.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-02-15-preview" % org, "POST",
            '{"messages":[{"role":"user","content":"ping"}]}')),
        ("sendgrid", "sendgrid_api_key", 2, lambda: Cred("sendgrid", "sendgrid_api_key", "SG." + g.s(URLSAFE, 22) + "." + g.s(URLSAFE, 43), "SENDGRID_API_KEY",
            ("bearer",), "https://api.sendgrid.com/v3/mail/send", "POST",
            '{"personalizations":[{"to":[{"email":"ops@%s"}]}],"from":{"email":"noreply@%s"},"subject":"test","content":[{"type":"text/plain","value":"hi"}]}' % (dom, dom))),
        ("mailgun", "mailgun_api_key", 1, lambda: Cred("mailgun", "mailgun_api_key", "key-" + g.hex(32), "MAILGUN_API_KEY", ("basic", "api"),
            "https://api.mailgun.net/v3/mg.%s/messages" % dom, "POST")),
        ("twilio", "twilio_auth_token", 2, lambda: (lambda sid: Cred("twilio", "twilio_auth_token", g.hex(32), "TWILIO_AUTH_TOKEN", ("basic", sid),
            "https://api.twilio.com/2010-04-01/Accounts/%s/Messages.json" % sid, cfgkey="auth_token", extra={"sid": sid}))("AC" + g.hex(32))),
        ("npm", "npm_token", 2, lambda: Cred("npm", "npm_token", gh_style(g, "npm_"), "NPM_TOKEN", ("bearer",),
            "https://registry.npmjs.org/-/whoami", cfgkey="npm_token")),
        ("digitalocean", "digitalocean_pat", 2, lambda: Cred("digitalocean", "digitalocean_pat", "dop_v1_" + g.hex(64), "DIGITALOCEAN_TOKEN", ("bearer",),
            "https://api.digitalocean.com/v2/droplets?per_page=20", cfgkey="do_token")),
        ("shopify", "shopify_admin_token", 1, lambda: Cred("shopify", "shopify_admin_token", "shpat_" + g.hex(32), "SHOPIFY_ADMIN_TOKEN",
            ("header", "X-Shopify-Access-Token", "{}"), "https://%s-store.myshopify.com/admin/api/2024-04/products.json?limit=50" % org, cfgkey="access_token")),
        ("atlassian", "atlassian_api_token", 2, lambda: Cred("atlassian", "atlassian_api_token",
            "ATATT3xFfGF0" + g.s(URLSAFE, 171) + "=" + g.s("0123456789ABCDEF", 8), "JIRA_API_TOKEN", ("basic", "%s@%s" % (g.user(), dom)),
            "https://%s.atlassian.net/rest/api/3/search?jql=project%%3DOPS" % org, cfgkey="jira_token")),
        ("linear", "linear_api_key", 1, lambda: Cred("linear", "linear_api_key", "lin_api_" + g.s(ALNUM, 40), "LINEAR_API_KEY",
            ("header", "Authorization", "{}"), "https://api.linear.app/graphql", "POST", '{"query":"{ viewer { id name } }"}')),
        ("notion", "notion_token", 1, lambda: Cred("notion", "notion_token", "secret_" + g.s(ALNUM, 43), "NOTION_TOKEN", ("bearer",),
            "https://api.notion.com/v1/search", "POST", '{"query":"Runbooks"}', cfgkey="notion_token")),
        ("postman", "postman_api_key", 1, lambda: Cred("postman", "postman_api_key", "PMAK-" + g.hex(24) + "-" + g.hex(34), "POSTMAN_API_KEY",
            ("header", "X-Api-Key", "{}"), "https://api.getpostman.com/collections")),
        ("newrelic", "newrelic_user_key", 1, lambda: Cred("newrelic", "newrelic_user_key", "NRAK-" + g.s(UP + DIG, 27), "NEW_RELIC_API_KEY",
            ("header", "API-Key", "{}"), "https://api.newrelic.com/graphql", "POST", '{"query":"{ actor { user { email } } }"}')),
        ("datadog", "datadog_api_key", 2, lambda: Cred("datadog", "datadog_api_key", g.hex(32), "DD_API_KEY", ("header", "DD-API-KEY", "{}"),
            "https://api.datadoghq.com/api/v1/validate", cfgkey="dd_api_key")),
        ("sentry", "sentry_user_token", 1, lambda: Cred("sentry", "sentry_user_token", "sntryu_" + g.hex(64), "SENTRY_AUTH_TOKEN", ("bearer",),
            "https://sentry.io/api/0/organizations/%s/projects/" % org, cfgkey="auth_token")),
        ("grafana", "grafana_service_account_token", 1, lambda: Cred("grafana", "grafana_service_account_token",
            "glsa_" + g.s(ALNUM, 32) + "_" + g.hex(8), "GRAFANA_TOKEN", ("bearer",),
            "https://%s.grafana.net/api/search?query=latency" % org, cfgkey="grafana_token")),
        ("hashicorp", "vault_token", 2, lambda: Cred("hashicorp", "vault_token", vault_token(g), "VAULT_TOKEN", ("header", "X-Vault-Token", "{}"),
            "https://vault.%s:8200/v1/secret/data/%s" % (dom, repo), cfgkey="vault_token")),
        ("hashicorp", "terraform_cloud_token", 1, lambda: Cred("hashicorp", "terraform_cloud_token",
            g.s(ALNUM, 14) + ".atlasv1." + g.s(ALNUM, 67), "TF_TOKEN_app_terraform_io", ("bearer",),
            "https://app.terraform.io/api/v2/organizations/%s/workspaces" % org, cfgkey="token")),
        ("databricks", "databricks_pat", 1, lambda: Cred("databricks", "databricks_pat", "dapi" + g.hex(32), "DATABRICKS_TOKEN", ("bearer",),
            "https://adb-%d.%d.azuredatabricks.net/api/2.0/clusters/list" % (g.ri(10**15, 9 * 10**15), g.ri(1, 19)), cfgkey="token")),
        ("supabase", "supabase_pat", 1, lambda: Cred("supabase", "supabase_pat", "sbp_" + g.hex(40), "SUPABASE_ACCESS_TOKEN", ("bearer",),
            "https://api.supabase.com/v1/projects", cfgkey="access_token")),
        ("telegram", "telegram_bot_token", 2, lambda: (lambda t: Cred("telegram", "telegram_bot_token", t, "TELEGRAM_BOT_TOKEN", ("path",),
            "https://api.telegram.org/bot%s/sendMessage?chat_id=-100%d&text=deploy+ok" % (t, g.ri(10**9, 9 * 10**9)), cfgkey="bot_token"))(
            "%d:AA%s" % (g.ri(10**8 * 6, 7999999999), g.s(URLSAFE, 33)))),
        ("discord", "discord_bot_token", 1, lambda: Cred("discord", "discord_bot_token", discord_bot(g), "DISCORD_BOT_TOKEN",
            ("header", "Authorization", "Bot {}"), "https://discord.com/api/v10/users/@me", cfgkey="bot_token")),
        ("square", "square_access_token", 1, lambda: Cred("square", "square_access_token", "EAAA" + g.s(URLSAFE, 60), "SQUARE_ACCESS_TOKEN", ("bearer",),
            "https://connect.squareup.com/v2/locations", cfgkey="access_token")),
        ("paypal", "braintree_access_token", 1, lambda: Cred("paypal", "braintree_access_token",
            "access_token$production$" + g.s(LO + DIG, 16) + "$" + g.hex(32), "BRAINTREE_ACCESS_TOKEN", None, None, cfgkey="access_token")),
        ("flutterwave", "flutterwave_secret_key", 1, lambda: Cred("flutterwave", "flutterwave_secret_key", "FLWSECK-" + g.hex(32) + "-X",
            "FLW_SECRET_KEY", ("bearer",), "https://api.flutterwave.com/v3/transactions?status=successful", cfgkey="secret_key")),
        ("mapbox", "mapbox_secret_token", 1, lambda: (lambda u: Cred("mapbox", "mapbox_secret_token", mapbox_sk(g, u), "MAPBOX_SECRET_TOKEN",
            ("query", "access_token"), "https://api.mapbox.com/tilesets/v1/%s" % u, cfgkey="access_token"))(g.user() + g.pick(["-maps", "geo", "_gis"]))),
        ("cloudflare", "cloudflare_api_token", 2, lambda: Cred("cloudflare", "cloudflare_api_token", g.s(URLSAFE, 40), "CLOUDFLARE_API_TOKEN", ("bearer",),
            "https://api.cloudflare.com/client/v4/user/tokens/verify", cfgkey="api_token")),
        ("azure", "azure_ad_client_secret", 2, lambda: Cred("azure", "azure_ad_client_secret",
            g.s(ALNUM, 3) + g.pick(DIG) + "Q~" + g.s(ALNUM + "_~.-", 34), "AZURE_CLIENT_SECRET", None, None, cfgkey="client_secret",
            extra={"tenant": g.uuid(), "client_id": g.uuid()})),
        ("azure", "azure_devops_pat", 1, lambda: Cred("azure", "azure_devops_pat", g.s(LO + "234567", 52), "AZURE_DEVOPS_EXT_PAT", ("basic", ""),
            "https://dev.azure.com/%s/_apis/projects?api-version=7.0" % org, cfgkey="pat")),
        ("rubygems", "rubygems_api_key", 1, lambda: Cred("rubygems", "rubygems_api_key", "rubygems_" + g.hex(48), "GEM_HOST_API_KEY",
            ("header", "Authorization", "{}"), "https://rubygems.org/api/v1/gems.json")),
        ("crates", "crates_io_token", 1, lambda: Cred("crates", "crates_io_token", "cio" + g.s(ALNUM, 32), "CARGO_REGISTRY_TOKEN", None, None, cfgkey="token")),
        ("age", "age_secret_key", 1, lambda: Cred("age", "age_secret_key", age_secret(g), "SOPS_AGE_KEY", None, None, cfgkey="age_key")),
        ("doppler", "doppler_service_token", 1, lambda: Cred("doppler", "doppler_service_token", "dp.st.prd." + g.s(ALNUM, 43), "DOPPLER_TOKEN",
            ("bearer",), "https://api.doppler.com/v3/configs/config/secrets/download?format=json", cfgkey="token")),
        ("pulumi", "pulumi_access_token", 1, lambda: Cred("pulumi", "pulumi_access_token", "pul-" + g.hex(40), "PULUMI_ACCESS_TOKEN",
            ("header", "Authorization", "token {}"), "https://api.pulumi.com/api/user/stacks")),
        ("buildkite", "buildkite_token", 1, lambda: Cred("buildkite", "buildkite_token", "bkua_" + g.hex(40), "BUILDKITE_API_TOKEN", ("bearer",),
            "https://api.buildkite.com/v2/organizations/%s/pipelines" % org)),
        ("circleci", "circleci_pat", 1, lambda: Cred("circleci", "circleci_pat", "CCIPAT_" + g.s(ALNUM, 22) + "_" + g.hex(40), "CIRCLE_TOKEN",
            ("header", "Circle-Token", "{}"), "https://circleci.com/api/v2/me")),
        ("jfrog", "jfrog_reference_token", 1, lambda: Cred("jfrog", "jfrog_reference_token", jfrog_ref(g), "JFROG_ACCESS_TOKEN", ("bearer",),
            "https://%s.jfrog.io/artifactory/api/repositories" % org, cfgkey="access_token")),
        ("okta", "okta_api_token", 1, lambda: Cred("okta", "okta_api_token", "00" + g.s(URLSAFE, 40), "OKTA_API_TOKEN", ("header", "Authorization", "SSWS {}"),
            "https://%s.okta.com/api/v1/users?limit=25" % org, cfgkey="api_token")),
        ("asana", "asana_pat", 1, lambda: Cred("asana", "asana_pat", "2/%d/%d:%s" % (g.ri(10**15, 9 * 10**15), g.ri(10**15, 9 * 10**15), g.hex(32)),
            "ASANA_PAT", ("bearer",), "https://app.asana.com/api/1.0/users/me")),
        ("airtable", "airtable_pat", 1, lambda: Cred("airtable", "airtable_pat", "pat" + g.s(ALNUM, 14) + "." + g.hex(64), "AIRTABLE_TOKEN", ("bearer",),
            "https://api.airtable.com/v0/meta/bases")),
        ("contentful", "contentful_cma_token", 1, lambda: Cred("contentful", "contentful_cma_token", "CFPAT-" + g.s(URLSAFE, 43), "CONTENTFUL_MANAGEMENT_TOKEN",
            ("bearer",), "https://api.contentful.com/spaces/%s/entries" % g.s(LO + DIG, 12))),
        ("figma", "figma_pat", 1, lambda: Cred("figma", "figma_pat", "figd_" + g.s(URLSAFE, 40), "FIGMA_TOKEN", ("header", "X-Figma-Token", "{}"),
            "https://api.figma.com/v1/me")),
        ("docker", "dockerhub_pat", 1, lambda: Cred("docker", "dockerhub_pat", "dckr_pat_" + g.s(URLSAFE, 27), "DOCKERHUB_TOKEN", None, None,
            cfgkey="token", extra={"user": g.user() + g.pick(["", "ci", "-bot", "dev"])})),
        ("pypi", "pypi_token", 1, lambda: Cred("pypi", "pypi_token", pypi_token(g), "TWINE_PASSWORD", None, None, cfgkey="password")),
        ("generic", "django_secret_key", 1, lambda: Cred("generic", "django_secret_key", django_secret(g), "DJANGO_SECRET_KEY", None, None, cfgkey="secret_key")),
        ("generic", "jwt_signing_secret", 1, lambda: Cred("generic", "jwt_signing_secret", g.hex(64), "JWT_SECRET", None, None, cfgkey="jwt_secret")),
        ("generic", "nextauth_secret", 1, lambda: Cred("generic", "nextauth_secret", g.b64(32), "NEXTAUTH_SECRET", None, None, cfgkey="nextauth_secret")),
        ("generic", "laravel_app_key", 1, lambda: Cred("generic", "laravel_app_key", "base64:" + g.b64(32), "APP_KEY", None, None, cfgkey="app_key")),
    ]
    if kind is not None:
        for prov, k, w, fn in specs:
            if k == kind:
                return fn()
        raise KeyError(kind)
    return specs


def pick_token(g, need="any", providers=None):
    specs = make_token(g)
    pool = []
    for prov, k, w, fn in specs:
        if providers and prov not in providers and k not in providers:
            continue
        pool.append((k, w))
    # filter by need using a cheap probe of the auth style
    kinds = [k for k, w in pool for _ in range(w)]
    for _ in range(200):
        k = g.pick(kinds)
        c = make_token(g, k)
        if need == "any":
            return c
        if need == "http" and c.auth:
            return c
        if need == "header" and c.header() is not None:
            return c
        if need == "curlable" and c.auth and c.auth[0] in ("bearer", "header", "basic", "query", "path"):
            return c
        if need == "urlsecret" and c.auth and c.auth[0] in ("query", "path"):
            return c
    raise RuntimeError("no token for need " + need)


def human_pw(g, uri_safe=False):
    w1, w2 = g.pick(WORDS), g.pick(WORDS)
    leet = str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"})
    pat = g.ri(0, 5)
    if pat == 0:
        pw = w1.capitalize() + str(g.ri(2015, 2025)) + g.pick("!*")
    elif pat == 1:
        pw = w1.capitalize().translate(leet) + w2.capitalize().translate(leet) + str(g.ri(1, 99)) + g.pick("!*")
    elif pat == 2:
        pw = w1.capitalize() + "-" + w2.capitalize() + "-" + str(g.ri(10, 99))
    elif pat == 3:
        pw = w1 + w2.capitalize() + g.pick("#!@") + str(g.ri(100, 9999))
    elif pat == 4:
        pw = g.pick(FIRST).capitalize() + g.pick(["!", "#", "."]) + str(g.ri(1970, 2005)) + w1
    else:
        pw = w1.capitalize() + "_" + w2 + "_" + g.s(DIG, 3) + g.pick("!?")
    if uri_safe:
        pw = pw.replace("@", "*").replace("#", "!").replace("?", "!")
    return pw


def random_pw(g, n=None, uri_safe=False):
    n = n or g.ri(16, 28)
    sym = "!*-_.~" if uri_safe else "!#%*-_.~+=^"
    while True:
        pw = g.s(ALNUM + sym, n)
        if any(c in DIG for c in pw) and any(c in sym for c in pw) and any(c in UP for c in pw) \
                and pw[0] not in "-=+~":
            return pw


def any_pw(g, uri_safe=False):
    return human_pw(g, uri_safe) if g.chance(0.45) else random_pw(g, uri_safe=uri_safe)


def aws_pair(g):
    return "AKIA" + g.s(B32U, 16), g.s(ALNUM + "+/", 40)


def jwt_make(g, header, payload, sig_bytes):
    return b64u_json(header) + "." + b64u_json(payload) + "." + g.b64u(sig_bytes)


def supabase_service_jwt(g):
    iat = g.epoch(-g.ri(86400, 86400 * 300))
    return jwt_make(g, {"alg": "HS256", "typ": "JWT"},
                    {"iss": "supabase", "ref": g.s(LO, 20), "role": "service_role", "iat": iat,
                     "exp": iat + 315360000}, 32)


def k8s_sa_jwt(g, ns, name):
    return jwt_make(g, {"alg": "RS256", "kid": g.b64u(32)},
                    {"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": ns,
                     "kubernetes.io/serviceaccount/secret.name": name + "-token-" + g.s(LO + DIG, 5),
                     "kubernetes.io/serviceaccount/service-account.name": name,
                     "kubernetes.io/serviceaccount/service-account.uid": g.uuid(),
                     "sub": "system:serviceaccount:%s:%s" % (ns, name)}, 256)


# ----------------------------------------------------------------------------- private keys
def _der_len(n):
    if n < 128:
        return bytes([n])
    if n < 256:
        return b"\x81" + bytes([n])
    return b"\x82" + struct.pack(">H", n)


def _der_int(b):
    if b[0] & 0x80:
        b = b"\x00" + b
    return b"\x02" + _der_len(len(b)) + b


def _der_seq(b):
    return b"\x30" + _der_len(len(b)) + b


def rsa_pkcs1_der(g):
    n = bytes([g.ri(0xc0, 0xff)]) + g.rbytes(255)
    ints = [b"\x00", n, b"\x01\x00\x01", bytes([g.ri(0x10, 0x7f)]) + g.rbytes(255)]
    for _ in range(2):
        ints.append(bytes([g.ri(0xc0, 0xff)]) + g.rbytes(127))
    for _ in range(3):
        ints.append(bytes([g.ri(0x10, 0x7f)]) + g.rbytes(127))
    return _der_seq(b"".join(_der_int(i) if i != b"\x00" else b"\x02\x01\x00" for i in ints))


def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + width] for i in range(0, len(b), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (label, "\n".join(lines), label)


def gen_private_key(g):
    """returns (pem_text, marker, kindname)"""
    t = g.pick(["rsa", "pkcs8", "ec", "openssh"])
    if t == "rsa":
        return pem("RSA PRIVATE KEY", rsa_pkcs1_der(g)), "-----BEGIN RSA PRIVATE KEY-----", "rsa_private_key"
    if t == "pkcs8":
        alg = _der_seq(b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00")
        inner = rsa_pkcs1_der(g)
        der = _der_seq(b"\x02\x01\x00" + alg + b"\x04" + _der_len(len(inner)) + inner)
        return pem("PRIVATE KEY", der), "-----BEGIN PRIVATE KEY-----", "pkcs8_private_key"
    if t == "ec":
        d = b"\x02\x01\x01" + b"\x04\x20" + g.rbytes(32) + b"\xa0\x0a\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07" + \
            b"\xa1\x44\x03\x42\x00\x04" + g.rbytes(64)
        return pem("EC PRIVATE KEY", _der_seq(d)), "-----BEGIN EC PRIVATE KEY-----", "ec_private_key"

    def sstr(b):
        return struct.pack(">I", len(b)) + b
    pk = g.rbytes(32)
    sk = g.rbytes(32)
    pub = sstr(b"ssh-ed25519") + sstr(pk)
    chk = g.rbytes(4)
    comment = ("%s@%s" % (g.user(), g.pick(["laptop", "build-01", "bastion", "mbp", "devbox"]))).encode()
    priv = chk + chk + sstr(b"ssh-ed25519") + sstr(pk) + sstr(sk + pk) + sstr(comment)
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = b"openssh-key-v1\x00" + sstr(b"none") + sstr(b"none") + sstr(b"") + struct.pack(">I", 1) + sstr(pub) + sstr(priv)
    return pem("OPENSSH PRIVATE KEY", blob, 70), "-----BEGIN OPENSSH PRIVATE KEY-----", "openssh_private_key"


def ssh_pubkey(g, comment=None):
    t = g.pick(["ed25519", "rsa"])
    if t == "ed25519":
        blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + g.rbytes(32)
        s = "ssh-ed25519 " + base64.b64encode(blob).decode()
    else:
        blob = struct.pack(">I", 7) + b"ssh-rsa" + struct.pack(">I", 3) + b"\x01\x00\x01" + struct.pack(">I", 257) + b"\x00" + bytes([g.ri(0xc0, 0xff)]) + g.rbytes(255)
        s = "ssh-rsa " + base64.b64encode(blob).decode()
    return s + " " + (comment or "%s@%s" % (g.user(), g.pick(["laptop", "mbp", "workstation"])))


def cert_pem(g):
    # Public X.509 certificate shaped blob (public material).
    body = b"\x30\x82\x03\x5d\x30\x82\x02\x45\xa0\x03\x02\x01\x02\x02\x14" + g.rbytes(20) + \
        b"\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x0b\x05\x00" + g.rbytes(0x35d + 4 - 51)
    return pem("CERTIFICATE", body)


# ----------------------------------------------------------------------------- rendering helpers
def case(files, main, needle, provider, kind, filetype):
    if isinstance(files, str):
        files = {main: files}
    return {"files": files, "main": main, "needle": needle, "provider": provider, "kind": kind, "filetype": filetype}


def ccase(files, main, needle, c, filetype):
    return case(files, main, needle, c.provider, c.kind, filetype)


def curl_cmd(g, c, multiline=False, q=None):
    """curl command containing the credential verbatim (needle = c.secret)."""
    q = q or g.pick(["'", '"'])
    groups = ["curl -sS" + g.pick(["", " -f", " --fail-with-body", " -i"])]
    if c.method != "GET":
        groups[0] += " -X " + c.method
    a = c.auth
    if a[0] == "bearer":
        groups.append("-H %sAuthorization: Bearer %s%s" % (q, c.secret, q))
    elif a[0] == "header":
        groups.append("-H %s%s: %s%s" % (q, a[1], a[2].format(c.secret), q))
    elif a[0] == "basic":
        groups.append("-u %s%s:%s%s" % (q, a[1], c.secret, q))
    if c.provider == "notion":
        groups.append("-H %sNotion-Version: 2022-06-28%s" % (q, q))
    if c.provider == "anthropic":
        groups.append("-H %santhropic-version: 2023-06-01%s" % (q, q))
    if c.body:
        groups.append("-H %sContent-Type: application/json%s" % (q, q))
        groups.append("-d '%s'" % c.body)
    url = "%s%s%s" % (q, c.full_url(), q)
    if g.chance(0.4):
        groups.insert(1, url)
    else:
        groups.append(url)
    return (" \\\n  " if multiline else " ").join(groups)


def httpie_cmd(g, c):
    a = c.auth
    parts = ["http", "--check-status"]
    if c.method != "GET":
        parts.append(c.method)
    if a[0] == "basic":
        parts += ["-a", "'%s:%s'" % (a[1], c.secret)]
    parts.append("'%s'" % c.full_url())
    if a[0] == "bearer":
        parts.append("'Authorization:Bearer %s'" % c.secret)
    elif a[0] == "header":
        parts.append("'%s:%s'" % (a[1], a[2].format(c.secret)))
    if c.body:
        parts.append("<<< '%s'" % c.body)
    return " ".join(parts)


def wget_cmd(g, c):
    a = c.auth
    parts = ["wget", "-qO-"]
    if a[0] == "bearer":
        parts.append("--header='Authorization: Bearer %s'" % c.secret)
    elif a[0] == "header":
        parts.append("--header='%s: %s'" % (a[1], a[2].format(c.secret)))
    elif a[0] == "basic":
        parts += ["--user='%s'" % a[1], "--password='%s'" % c.secret]
    if c.body:
        parts.append("--post-data='%s'" % c.body)
    parts.append("'%s'" % c.full_url())
    return " ".join(parts)


def ps_cmd(g, c):
    """PowerShell request; returns (cmd, needle)."""
    h = c.header()
    m = "" if c.method == "GET" else " -Method %s" % c.method.capitalize()
    body = "" if not c.body else " -ContentType 'application/json' -Body '%s'" % c.body
    if h:
        return ("Invoke-RestMethod -Uri '%s'%s -Headers @{ '%s' = '%s' }%s" % (c.full_url(), m, h[0], h[1], body), h[2])
    return ("Invoke-RestMethod -Uri '%s'%s%s" % (c.full_url(), m, body), c.needle)


def py_req(g, c):
    """Python requests call; returns (code, needle)."""
    a = c.auth
    fn = "requests.%s" % c.method.lower()
    body = "" if not c.body else ", json=%s" % json.dumps(json.loads(c.body))
    if a[0] == "basic":
        return ('resp = %s("%s", auth=("%s", "%s")%s, timeout=30)' % (fn, c.full_url(), a[1], c.secret, body), c.secret)
    h = c.header()
    if h:
        return ('resp = %s("%s", headers={"%s": "%s"}%s, timeout=30)' % (fn, c.full_url(), h[0], h[1], body), c.secret)
    return ('resp = %s("%s"%s, timeout=30)' % (fn, c.full_url(), body), c.needle)


def shq(s):
    return s if re.fullmatch(r"[A-Za-z0-9_.\-:/+=,@%]+", s) else "'" + s + "'"


def shell_assign(g, c, export=True):
    q = g.pick(["", "'", '"']) if re.fullmatch(r"[A-Za-z0-9_.\-:/+=]+", c.secret) else "'"
    return ("export " if export else "") + "%s=%s%s%s" % (c.env, q, c.secret, q)


def cred_shell_cmd(g, c, allow_curl=True):
    """A single shell command that leaks the credential. needle = c.secret unless noted."""
    opts = ["export", "inline_env", "docker_run", "kubectl", "helm", "dotenv_append"]
    if allow_curl and c.auth:
        opts += ["curl", "curl", "curl"]
    if c.provider == "github" and c.kind in ("github_pat_classic", "github_pat_fine_grained", "github_oauth"):
        opts += ["gh_login"]
    if c.provider == "npm":
        opts += ["npm_config"]
    if c.kind == "pypi_token":
        opts += ["twine", "twine"]
    if c.kind == "dockerhub_pat":
        opts += ["docker_login", "docker_login"]
    if c.kind == "vault_token":
        opts += ["vault_login"]
    if c.kind == "azure_ad_client_secret":
        opts += ["az_login", "az_login"]
    if c.extra.get("cli"):
        opts += ["cli", "cli", "cli"]
    o = g.pick(opts)
    svc = g.svc()
    v = shq(c.secret)
    if o == "cli":
        return c.extra["cli"]
    if o == "export":
        return shell_assign(g, c)
    if o == "inline_env":
        return "%s %s" % (shell_assign(g, c, export=False), g.pick(["npm run dev", "python manage.py runserver", "go run ./cmd/%s" % svc,
                                                                    "./scripts/smoke-test.sh", "poetry run pytest -k integration", "make e2e"]))
    if o == "docker_run":
        return "docker run --rm -it -e %s=%s -p 8080:8080 ghcr.io/%s/%s:%s" % (c.env, v, g.org(), svc, g.pick(["latest", "main", g.version()]))
    if o == "kubectl":
        return "kubectl -n %s create secret generic %s-env --from-literal=%s=%s" % (g.pick(["prod", "staging", "default", svc]), svc, c.env, v)
    if o == "helm":
        return "helm upgrade --install %s ./charts/%s -n %s --set secrets.%s=%s" % (svc, svc, g.pick(["prod", "staging"]), c.cfgkey, v)
    if o == "dotenv_append":
        return "echo %s >> .env.local" % shq(c.env + "=" + c.secret)
    if o == "curl":
        return curl_cmd(g, c)
    if o == "gh_login":
        return "echo %s | gh auth login --with-token" % c.secret
    if o == "npm_config":
        return "npm config set //registry.npmjs.org/:_authToken %s" % c.secret
    if o == "twine":
        return "twine upload -u __token__ -p %s dist/*" % c.secret
    if o == "docker_login":
        return "docker login -u %s -p %s" % (c.extra["user"], c.secret)
    if o == "vault_login":
        return "vault login %s" % c.secret
    if o == "az_login":
        return "az login --service-principal -u %s -p '%s' --tenant %s" % (c.extra["client_id"], c.secret, c.extra["tenant"])
    raise AssertionError(o)


NOISE_CMDS = [
    "ls -la", "cd ~/src/{svc}", "git status", "git pull --rebase", "git log --oneline -n 20", "git checkout -b fix/{svc}-retry",
    "docker ps", "docker compose up -d", "docker compose logs -f {svc}", "kubectl get pods -n staging", "kubectl -n prod rollout status deploy/{svc}",
    "make test", "npm ci", "npm run build", "pytest -q tests/unit", "go test ./...", "terraform plan -out plan.tfplan", "vim config/settings.yaml",
    "code .", "htop", "df -h", "journalctl -u {svc} --since '10 min ago'", "tail -f /var/log/{svc}/app.log", "ssh bastion-{n}",
    "aws sts get-caller-identity", "gcloud config list", "brew upgrade", "python3 -m venv .venv", "source .venv/bin/activate",
    "pip install -r requirements.txt", "curl -sI https://status.{dom}", "dig +short api.{dom}", "history | grep kubectl", "clear",
    "git commit -am 'wip'", "git push origin HEAD", "k9s", "jq . response.json | less", "helm list -A", "nslookup db.internal",
]


def noise_cmds(g, n):
    out = []
    for _ in range(n):
        cmd = g.pick(NOISE_CMDS).format(svc=g.svc(), n=g.ri(1, 4), dom=g.domain())
        out.append(cmd)
    return out


def log_ts(g, t, style):
    dt = g.ts(t)
    ms = g.ri(0, 999)
    if style == "py":
        return dt.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % ms
    if style == "java":
        return dt.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % ms
    if style == "iso":
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % ms
    if style == "logcat":
        return dt.strftime("%m-%d %H:%M:%S.") + "%03d" % ms
    return dt.strftime("%b %d %H:%M:%S")


def noise_log(g, t, style, svc):
    lvl = g.pick(["INFO", "INFO", "INFO", "DEBUG", "WARN"])
    msg = g.pick([
        "GET /healthz 200 %dms" % g.ri(1, 9),
        "POST /v1/orders 201 %dms request_id=%s" % (g.ri(20, 400), g.reqid()),
        "GET /v1/customers/%s 200 %dms" % (g.uuid(), g.ri(5, 80)),
        "cache miss key=catalog:%d ttl=300" % g.ri(1000, 99999),
        "worker heartbeat pid=%d queue=default jobs=%d" % (g.ri(100, 40000), g.ri(0, 12)),
        "retrying request attempt=%d backoff=%dms trace_id=%s" % (g.ri(1, 3), g.ri(100, 2000), g.trace()),
        "db pool stats active=%d idle=%d waiting=0" % (g.ri(1, 20), g.ri(0, 10)),
        "published event order.created id=%s" % g.uuid(),
        "slow query %dms fingerprint=%s" % (g.ri(300, 3000), g.hex(16)),
        "build sha=%s version=%s" % (g.short_sha(), g.version()),
    ])
    return "%s %-5s [%s] %s" % (log_ts(g, t, style), lvl, svc, msg)


def date_slug(g, t=0):
    return g.ts(t).strftime("%Y-%m-%d")


def http_host_path(url):
    m = re.match(r"https?://([^/]+)(/.*)?$", url)
    return m.group(1), (m.group(2) or "/")


def http_request_text(g, c, extra_headers=None):
    """raw HTTP/1.1 request; returns (text, needle)."""
    host, path = http_host_path(c.full_url())
    h = c.header()
    lines = ["%s %s HTTP/1.1" % (c.method, path), "Host: %s" % host.split(":")[0],
             "User-Agent: %s" % g.pick(["curl/8.4.0", "python-requests/2.31.0", "axios/1.6.8", "okhttp/4.12.0", "Go-http-client/2.0"]),
             "Accept: %s" % g.pick(["*/*", "application/json"])]
    needle = c.needle
    if h:
        lines.append("%s: %s" % (h[0], h[1]))
        needle = h[2]
    if c.provider == "anthropic":
        lines.append("anthropic-version: 2023-06-01")
    for eh in (extra_headers or []):
        lines.append(eh)
    if c.body:
        lines += ["Content-Type: application/json", "Content-Length: %d" % len(c.body), "", c.body]
    else:
        lines += [""]
    return "\n".join(lines) + "\n", needle


def http_response_text(g, status=None):
    status = status or g.pick([(200, "OK"), (201, "Created"), (401, "Unauthorized"), (429, "Too Many Requests"), (502, "Bad Gateway")])
    body = json.dumps({"id": g.uuid(), "status": "ok" if status[0] < 300 else "error"})
    return "\n".join(["HTTP/1.1 %d %s" % status, "Date: %s" % g.ts(5).strftime("%a, %d %b %Y %H:%M:%S GMT"),
                      "Content-Type: application/json", "Content-Length: %d" % len(body),
                      "X-Request-Id: %s" % g.uuid(), "Via: 1.1 %s" % g.hex(32) + ".cloudfront.net (CloudFront)", "", body]) + "\n"


# ----------------------------------------------------------------------------- generic positive renderers
def p_applog_http_debug(g):
    c = pick_token(g, "header")
    svc = g.svc()
    host, path = http_host_path(c.full_url())
    hname, hval, needle = c.header()
    v = g.ri(0, 2)
    t = 0
    lines = []
    if v == 0:
        for i in range(g.ri(3, 7)):
            lines.append(noise_log(g, t, "py", svc)); t += g.ri(1, 20)
        lines.append("%s DEBUG [urllib3.connectionpool] Starting new HTTPS connection (1): %s:443" % (log_ts(g, t, "py"), host))
        raw = "%s %s HTTP/1.1\\r\\nHost: %s\\r\\nUser-Agent: python-requests/2.31.0\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\n%s: %s\\r\\n\\r\\n" % (
            c.method, path, host, hname, hval)
        lines.append("send: b'%s'" % raw)
        lines.append("reply: 'HTTP/1.1 %d %s\\r\\n'" % g.pick([(200, "OK"), (401, "Unauthorized"), (429, "Too Many Requests")]))
        lines.append("header: Content-Type: application/json")
        lines.append("header: X-Request-Id: %s" % g.reqid())
        for i in range(g.ri(2, 5)):
            t += g.ri(1, 20); lines.append(noise_log(g, t, "py", svc))
        path_out = g.pick(["logs/%s-%s.log" % (svc, date_slug(g)), "debug/http-debug.log", "tmp/requests-trace.log"])
    elif v == 1:
        pid, tid = g.ri(2000, 30000), g.ri(2000, 30000)
        pre = lambda: "%s %5d %5d I okhttp.OkHttpClient:" % (log_ts(g, t, "logcat"), pid, tid)
        lines.append("%s %5d %5d I ActivityManager: Start proc %d:com.%s.app/u0a%d" % (log_ts(g, t, "logcat"), pid - 100, pid - 90, pid, g.org(), g.ri(100, 400)))
        lines.append("%s --> %s %s" % (pre(), c.method, c.full_url()))
        lines.append("%s Content-Type: application/json; charset=UTF-8" % pre())
        lines.append("%s %s: %s" % (pre(), hname, hval))
        lines.append("%s --> END %s" % (pre(), c.method))
        lines.append("%s <-- %d %s (%dms)" % (pre(), g.pick([200, 200, 401, 500]), c.full_url(), g.ri(40, 900)))
        lines.append("%s x-request-id: %s" % (pre(), g.reqid()))
        lines.append("%s <-- END HTTP (%d-byte body)" % (pre(), g.ri(40, 4000)))
        path_out = g.pick(["android/logcat-%s.txt" % date_slug(g), "bugreports/logcat.txt", "docs/debugging/logcat-sample.txt"])
    else:
        for i in range(g.ri(3, 7)):
            lines.append(noise_log(g, t, "java", svc)); t += g.ri(1, 20)
        lines.append("%s DEBUG [%s] o.a.h.headers - http-outgoing-%d >> %s %s HTTP/1.1" % (log_ts(g, t, "java"), svc, g.ri(0, 40), c.method, path))
        lines.append("%s DEBUG [%s] o.a.h.headers - http-outgoing-%d >> Host: %s" % (log_ts(g, t, "java"), svc, g.ri(0, 40), host))
        lines.append("%s DEBUG [%s] o.a.h.headers - http-outgoing-%d >> %s: %s" % (log_ts(g, t, "java"), svc, g.ri(0, 40), hname, hval))
        lines.append("%s DEBUG [%s] o.a.h.headers - http-outgoing-%d << HTTP/1.1 200 OK" % (log_ts(g, t, "java"), svc, g.ri(0, 40)))
        for i in range(g.ri(2, 5)):
            t += g.ri(1, 20); lines.append(noise_log(g, t, "java", svc))
        path_out = g.pick(["logs/%s.log" % svc, "logs/%s/application-%s.log" % (svc, date_slug(g))])
    return ccase("\n".join(lines) + "\n", path_out, needle, c, "app_log")


def p_applog_config_dump(g):
    c = pick_cred(g, "any")
    svc = g.svc()
    t = 0
    lines = [noise_log(g, t, "py", svc) for _ in range(g.ri(2, 5))]
    v = g.ri(0, 2)
    env = g.pick(["staging", "production", "dev", "qa"])
    if v == 0:
        cfg = "{'env': '%s', 'region': '%s', 'debug': False, '%s': '%s', 'timeout': %d, 'max_retries': 3}" % (
            env, g.pick(REGIONS), c.cfgkey, c.secret, g.ri(5, 60))
        lines.append("%s INFO  [%s] settings loaded: %s" % (log_ts(g, 30, "py"), svc, cfg))
        ft = "app_log"
    elif v == 1:
        lines.append('time="%s" level=debug msg="loaded configuration" env=%s %s=%s listen=":%d" trace_id=%s' % (
            fmt_iso(g.ts(30), False), env, c.cfgkey, c.secret, g.pick([8080, 8000, 3000, 9090]), g.trace()))
        ft = "app_log_logfmt"
    else:
        camel = re.sub(r"_(\w)", lambda m: m.group(1).upper(), c.cfgkey)
        lines.append("%s DEBUG 1 --- [           main] c.%s.config.ClientConfig : Resolved ClientConfig{baseUrl=%s, %s=%s, connectTimeout=PT%dS}" % (
            log_ts(g, 30, "java"), g.org(), c.url or "https://api.%s" % g.domain(), camel, c.secret, g.ri(2, 30)))
        ft = "app_log"
    lines += [noise_log(g, 40 + i, "py", svc) for i in range(g.ri(2, 5))]
    return ccase("\n".join(lines) + "\n", g.pick(["logs/%s.log" % svc, "logs/%s-startup.log" % svc, "var/log/%s/current" % svc]), c.needle, c, ft)


def p_jsonlog(g):
    c = pick_cred(g, "any")
    svc = g.svc()
    out = []
    t = 0
    for _ in range(g.ri(3, 8)):
        out.append(json.dumps({"ts": fmt_iso(g.ts(t)), "level": g.pick(["info", "info", "debug"]), "service": svc,
                               "msg": g.pick(["request completed", "job finished", "cache refreshed", "heartbeat"]),
                               "trace_id": g.trace(), "span_id": g.span(), "duration_ms": g.ri(1, 900)}))
        t += g.ri(1, 30)
    h = c.header()
    if h and g.chance(0.6):
        rec = {"ts": fmt_iso(g.ts(t)), "level": "debug", "service": svc, "msg": "outgoing request",
               "http": {"method": c.method, "url": c.full_url(), "headers": {h[0].lower(): h[1], "content-type": "application/json"}},
               "trace_id": g.trace(), "span_id": g.span()}
        needle = h[2]
    elif c.auth and c.auth[0] in ("query", "path"):
        rec = {"ts": fmt_iso(g.ts(t)), "level": "warn", "service": svc, "msg": "upstream call failed, will retry",
               "url": c.full_url(), "status": g.pick([429, 500, 503]), "attempt": g.ri(1, 3), "trace_id": g.trace()}
        needle = c.needle
    else:
        rec = {"ts": fmt_iso(g.ts(t)), "level": "debug", "service": svc, "msg": "effective configuration",
               "config": {"env": g.pick(["prod", "staging"]), c.cfgkey: c.secret, "workers": g.ri(1, 16)}, "trace_id": g.trace()}
        needle = c.needle
    out.append(json.dumps(rec))
    for _ in range(g.ri(2, 6)):
        t += g.ri(1, 30)
        out.append(json.dumps({"ts": fmt_iso(g.ts(t)), "level": "info", "service": svc, "msg": "request completed",
                               "status": 200, "request_id": g.uuid(), "duration_ms": g.ri(1, 400)}))
    return ccase("\n".join(out) + "\n", g.pick(["logs/%s.jsonl" % svc, "logs/%s-%s.json.log" % (svc, date_slug(g)), "support/bundle/%s/app.ndjson" % svc]),
                 needle, c, "json_log")


def p_egress_log(g):
    c = pick_cred(g, "urlsecret")
    svc = g.svc()
    lines = []
    if g.chance(0.5):
        for i in range(g.ri(3, 7)):
            lines.append("%d.%03d %6d %s TCP_TUNNEL/200 %d CONNECT %s:443 - HIER_DIRECT/%s -" % (
                g.epoch(i), g.ri(0, 999), g.ri(10, 90000), g.ip(), g.ri(300, 90000), g.pick(["github.com", "pypi.org", "registry.npmjs.org", "api.segment.io"]), g.pubip()))
        lines.append("%d.%03d %6d %s TCP_MISS/200 %d %s %s - HIER_DIRECT/%s application/json" % (
            g.epoch(20), g.ri(0, 999), g.ri(40, 900), g.ip(), g.ri(300, 9000), c.method, c.full_url(), g.pubip()))
        for i in range(g.ri(2, 5)):
            lines.append("%d.%03d %6d %s TCP_TUNNEL/200 %d CONNECT %s:443 - HIER_DIRECT/%s -" % (
                g.epoch(30 + i), g.ri(0, 999), g.ri(10, 90000), g.ip(), g.ri(300, 90000), g.pick(["objects.githubusercontent.com", "files.pythonhosted.org"]), g.pubip()))
        return ccase("\n".join(lines) + "\n", g.pick(["ops/proxy/access.log", "logs/squid-access-%s.log" % date_slug(g)]), c.needle, c, "proxy_access_log")
    for i in range(g.ri(3, 6)):
        lines.append(noise_log(g, i, "py", svc))
    lines.append("%s WARNING [%s] %s %s returned %d, retrying in %ds" % (log_ts(g, 10, "py"), svc, c.method, c.full_url(), g.pick([429, 500, 502, 503]), g.ri(1, 30)))
    for i in range(g.ri(2, 4)):
        lines.append(noise_log(g, 20 + i, "py", svc))
    return ccase("\n".join(lines) + "\n", "logs/%s-%s.log" % (svc, date_slug(g)), c.needle, c, "app_log")


def p_ci_gitlab(g):
    c = pick_cred(g, "any")
    cmd = cred_shell_cmd(g, c)
    ESC = "\x1b"
    ep = g.epoch()
    svc = g.svc()
    img = g.pick(["alpine:3.19", "python:3.12-slim", "node:20-bookworm", "bitnami/kubectl:1.29"])
    lines = ["%s[0KRunning with gitlab-runner %d.%d.%d (%s)%s[0;m" % (ESC, g.ri(15, 17), g.ri(0, 11), g.ri(0, 3), g.hex(8), ESC),
             "%s[0K  on %s-runner-%d %s, system ID: s_%s%s[0;m" % (ESC, g.org(), g.ri(1, 9), g.s(LO + DIG, 8), g.hex(12), ESC),
             "section_start:%d:prepare_executor\r%s[0K%s[0K%s[36;1mPreparing the \"docker\" executor%s[0;m" % (ep, ESC, ESC, ESC, ESC),
             "%s[0KUsing Docker executor with image %s ...%s[0;m" % (ESC, img, ESC),
             "%s[0KUsing docker image sha256:%s for %s with digest %s@sha256:%s ...%s[0;m" % (ESC, g.hex(64), img, img.split(":")[0], g.hex(64), ESC),
             "section_end:%d:prepare_executor\r%s[0K" % (ep + 9, ESC),
             "section_start:%d:get_sources\r%s[0K%s[0K%s[36;1mGetting source from Git repository%s[0;m" % (ep + 9, ESC, ESC, ESC, ESC),
             "%s[32;1mFetching changes with git depth set to 20...%s[0;m" % (ESC, ESC),
             "Checking out %s as detached HEAD (ref is main)..." % g.hex(8),
             "section_end:%d:get_sources\r%s[0K" % (ep + 14, ESC),
             "section_start:%d:step_script\r%s[0K%s[0K%s[36;1mExecuting \"step_script\" stage of the job script%s[0;m" % (ep + 14, ESC, ESC, ESC, ESC)]
    for nc in noise_cmds(g, g.ri(1, 3)):
        lines.append("%s[32;1m$ %s%s[0;m" % (ESC, nc, ESC))
    lines.append("%s[32;1m$ %s%s[0;m" % (ESC, cmd.replace("\\\n  ", ""), ESC))
    lines.append(g.pick(['{"ok":true}', "secret/%s-env created" % svc, "Release \"%s\" has been upgraded. Happy Helming!" % svc, "done"]))
    lines += ["section_end:%d:step_script\r%s[0K" % (ep + 40, ESC), "%s[32;1mJob succeeded%s[0;m" % (ESC, ESC)]
    return ccase("\n".join(lines) + "\n", g.pick(["ci-logs/job-%d.log" % g.ri(10**8, 9 * 10**9), "docs/ci/failed-deploy-%d.txt" % g.ri(1000, 99999)]),
                 c.needle, c, "ci_log_gitlab")


def p_ci_jenkins(g):
    c = pick_cred(g, "any")
    cmd = cred_shell_cmd(g, c).replace("\\\n  ", "")
    svc = g.svc()
    lines = ["Started by user %s" % g.fullname(), "Obtained Jenkinsfile from git https://git.%s/%s/%s.git" % (g.domain(), g.org(), svc),
             "[Pipeline] Start of Pipeline", "[Pipeline] node", "Running on agent-%d in /home/jenkins/workspace/%s_main" % (g.ri(1, 20), svc),
             "[Pipeline] {", "[Pipeline] stage", "[Pipeline] { (Checkout)", "[Pipeline] checkout",
             " > git rev-parse --resolve-git-dir /home/jenkins/workspace/%s_main/.git # timeout=10" % svc,
             "Checking out Revision %s (refs/remotes/origin/main)" % g.sha(), "Commit message: \"%s\"" % g.pick(["bump deps", "fix flaky test", "add retry to client"]),
             "[Pipeline] }", "[Pipeline] stage", "[Pipeline] { (Deploy)", "[Pipeline] sh"]
    for nc in noise_cmds(g, g.ri(0, 2)):
        lines.append("+ " + nc)
    lines.append("+ " + cmd)
    lines += [g.pick(["  % Total    % Received % Xferd  Average Speed   Time", "secret/%s-env created" % svc, "OK"]),
              "[Pipeline] }", "[Pipeline] // stage", "[Pipeline] End of Pipeline", "Finished: %s" % g.pick(["SUCCESS", "FAILURE"])]
    return ccase("\n".join(lines) + "\n", g.pick(["jenkins/%s-build-%d.log" % (svc, g.ri(100, 9999)), "ci/console-%d.txt" % g.ri(100, 9999)]),
                 c.needle, c, "ci_log_jenkins")


def p_ci_github(g):
    c = pick_cred(g, "any")
    cmd = cred_shell_cmd(g, c).replace("\\\n  ", "")
    t = 0

    def ts():
        return g.ts(t).strftime("%Y-%m-%dT%H:%M:%S.") + "%07dZ" % g.ri(0, 9999999)
    lines = ["%s Current runner version: '2.%d.%d'" % (ts(), g.ri(310, 320), g.ri(0, 3)),
             "%s ##[group]Runner Image" % ts(), "%s Image: ubuntu-22.04" % ts(), "%s Version: 20240421.1.0" % ts(), "%s ##[endgroup]" % ts(),
             "%s ##[group]Run actions/checkout@%s" % (ts(), g.sha()), "%s with:" % ts(), "%s   fetch-depth: 1" % ts(), "%s ##[endgroup]" % ts(),
             "%s Syncing repository: %s/%s" % (ts(), g.org(), g.svc())]
    t += 7
    lines.append("%s ##[group]Run %s" % (ts(), cmd))
    lines.append("%s %s" % (ts(), cmd))
    lines.append("%s shell: /usr/bin/bash -e {0}" % ts())
    lines.append("%s ##[endgroup]" % ts())
    lines.append("%s %s" % (ts(), g.pick(['{"ok":true,"ts":"%d.%06d"}' % (g.epoch(), g.ri(0, 999999)), "done", "secret/%s-env configured" % g.svc()])))
    lines.append("%s Post job cleanup." % ts())
    return ccase("\n".join(lines) + "\n", g.pick(["logs/gh-actions/%d_deploy.txt" % g.ri(1, 9), "ci/run-%d/2_Deploy.txt" % g.ri(10**9, 9 * 10**9)]),
                 c.needle, c, "ci_log_github_actions")


def p_bash_history(g):
    c = pick_cred(g, "any")
    cmds = noise_cmds(g, g.ri(4, 14))
    pos = g.ri(1, len(cmds) - 1)
    cmd = cred_shell_cmd(g, c).replace("\\\n  ", "")
    cmds.insert(pos, cmd)
    cmds += noise_cmds(g, g.ri(1, 5))
    return ccase("\n".join(cmds) + "\n", g.pick([".bash_history", "dotfiles/.bash_history", "home/%s/.bash_history" % g.user()]), c.needle, c, "bash_history")


def p_zsh_history(g):
    c = pick_cred(g, "any")
    cmds = noise_cmds(g, g.ri(4, 12))
    cmds.insert(g.ri(1, len(cmds) - 1), cred_shell_cmd(g, c).replace("\\\n  ", ""))
    ep = g.epoch()
    lines = []
    for cm in cmds:
        ep += g.ri(3, 600)
        lines.append(": %d:%d;%s" % (ep, g.ri(0, 12), cm))
    return ccase("\n".join(lines) + "\n", g.pick([".zsh_history", "dotfiles/zsh/.zsh_history"]), c.needle, c, "zsh_history")


def p_fish_history(g):
    c = pick_cred(g, "any")
    cmds = noise_cmds(g, g.ri(3, 10))
    cm = cred_shell_cmd(g, c).replace("\\\n  ", "")
    if cm.startswith("export "):
        cm = "set -gx %s %s" % (c.env, c.secret)
    cmds.insert(g.ri(1, len(cmds) - 1), cm)
    ep = g.epoch()
    lines = []
    for x in cmds:
        ep += g.ri(3, 900)
        lines.append("- cmd: %s\n  when: %d" % (x, ep))
    return ccase("\n".join(lines) + "\n", g.pick([".local/share/fish/fish_history", "dotfiles/fish/fish_history"]), c.needle, c, "fish_history")


PS_NOISE = ["Get-ChildItem", "cd C:\\src\\{svc}", "git status", "dotnet build", "dotnet test", "Get-Process | Sort-Object CPU -Descending | Select-Object -First 5",
            "az account show", "kubectl get pods -n staging", "docker ps", "code .", "Test-NetConnection db.internal -Port 5432",
            "Get-Content .\\logs\\app.log -Tail 50 -Wait", "npm run build", "winget upgrade --all", "Set-Location ..", "Clear-Host"]


def p_ps_history(g):
    c = pick_cred(g, "any")
    v = g.ri(0, 3)
    needle = c.needle
    if v == 0:
        cmd = "$env:%s = '%s'" % (c.env, c.secret)
    elif v == 1 and c.auth:
        cmd, needle = ps_cmd(g, c)
    elif v == 2:
        cmd = "[Environment]::SetEnvironmentVariable('%s', '%s', 'User')" % (c.env, c.secret)
    else:
        cmd = 'setx %s "%s"' % (c.env, c.secret)
    cmds = [g.pick(PS_NOISE).format(svc=g.svc()) for _ in range(g.ri(4, 12))]
    cmds.insert(g.ri(1, len(cmds) - 1), cmd)
    return ccase("\r\n".join(cmds) + "\r\n", g.pick(["AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt",
                                                     "dotfiles/powershell/ConsoleHost_history.txt"]), needle, c, "powershell_history")


def md_intro(g, svc):
    return g.pick(["# %s\n\nInternal service that %s.\n" % (svc, g.pick(["syncs customer records", "sends transactional notifications", "exports nightly reports", "proxies model calls"])),
                   "# Getting started with %s\n\nThese notes cover local setup and a smoke test.\n" % svc,
                   "## %s API notes\n\n_Last updated by %s._\n" % (svc, g.fullname())])


def p_readme_example(g):
    c = pick_cred(g, "curlable")
    svc = g.svc()
    v = g.ri(0, 3)
    if v == 0:
        ex = curl_cmd(g, c, multiline=g.chance(0.6))
        lang = "bash"
    elif v == 1:
        ex = httpie_cmd(g, c)
        lang = "sh"
    elif v == 2:
        ex = wget_cmd(g, c)
        lang = "bash"
    else:
        ex, _ = py_req(g, c)
        ex = "import requests\n\n" + ex + "\nprint(resp.status_code, resp.json())"
        lang = "python"
    needle = c.needle
    body = md_intro(g, svc) + "\n## Setup\n\n```bash\ngit clone git@github.com:%s/%s.git\ncd %s && make dev\n```\n\n## Quick test\n\nThis should return `200`:\n\n```%s\n%s\n```\n\n## Troubleshooting\n\n- `401` means the key was revoked; ask in #%s.\n- Build: see commit `%s`.\n" % (
        g.org(), svc, svc, lang, ex, g.pick(["platform", "dev-help", "infra"]), g.short_sha())
    return ccase(body, g.pick(["README.md", "docs/api.md", "docs/getting-started.md", "notes/%s.md" % svc, "%s/README.md" % svc]), needle, c, "markdown_doc")


def p_runbook(g):
    c = pick_cred(g, "any")
    svc = g.svc()
    step = g.pick(["```bash\n%s\n```" % cred_shell_cmd(g, c), "```yaml\n%s:\n  %s: %s\n  timeout: 30s\n```" % (svc.replace("-", "_"), c.cfgkey, c.secret),
                   "Set `%s` to `%s` in the Render dashboard and redeploy." % (c.env, c.secret)])
    body = "# Runbook: %s %s\n\n**Owner:** %s  \n**Escalation:** #%s-oncall\n\n## Symptoms\n\n- Alert `%sHighErrorRate` firing\n- p99 latency > %dms\n\n## Steps\n\n1. Check the dashboard (trace ids in alert payload).\n2. Restart the worker: `kubectl -n prod rollout restart deploy/%s`\n3. If upstream auth fails, re-apply the credential:\n\n%s\n\n4. Verify with `kubectl -n prod logs deploy/%s --since=5m | grep -c ERROR`.\n" % (
        svc, g.pick(["degraded", "auth failures", "queue backlog"]), g.fullname(), svc, svc.replace("-", "").title(), g.ri(500, 3000), svc, step, svc)
    return ccase(body, "docs/runbooks/%s-%s.md" % (svc, g.pick(["auth-failures", "recovery", "oncall"])), c.needle, c, "runbook_md")


def p_incident(g):
    c = pick_cred(g, "any")
    svc = g.svc()
    d = date_slug(g)
    body = "# Incident %s: %s outage\n\n| Field | Value |\n|---|---|\n| Severity | SEV-%d |\n| Commander | %s |\n| Duration | %d min |\n\n## Timeline (UTC)\n\n- %s alerts fired (trace `%s`)\n- %s rolled back to `%s`\n- %s temporary fix: hard-coded `%s=%s` in the deployment env\n- %s recovered\n\n## Follow-ups\n\n- [ ] Move the credential back to the secret manager\n- [ ] Add alert on 401 rate\n" % (
        d, svc, g.ri(1, 3), g.fullname(), g.ri(12, 240), g.ts(0).strftime("%H:%M"), g.trace(), g.ts(600).strftime("%H:%M"), g.short_sha(),
        g.ts(1500).strftime("%H:%M"), c.env, c.secret, g.ts(2400).strftime("%H:%M"))
    return ccase(body, "docs/incidents/%s-%s.md" % (d, svc), c.needle, c, "incident_notes_md")


def p_issue(g):
    c = pick_cred(g, "any")
    svc = g.svc()
    body = "---\nname: Bug report\nabout: Create a report to help us improve\nlabels: bug\n---\n\n**Describe the bug**\n%s fails with `%d` after upgrading to v%s.\n\n**To Reproduce**\n1. Use the config below\n2. Run `%s sync --verbose`\n\n**Config**\n```yaml\nendpoint: %s\n%s: %s\nretries: 3\n```\n\n**Environment**\n- OS: %s\n- Version: %s (commit %s)\n\n**Logs**\n```\nrequest_id=%s status=%d\n```\n" % (
        svc, g.pick([401, 403, 500]), g.version(), svc, c.url or "https://api.%s" % g.domain(), c.cfgkey, c.secret,
        g.pick(["Ubuntu 22.04", "macOS 14.4", "Windows 11"]), g.version(), g.short_sha(), g.reqid(), g.pick([401, 403, 500]))
    return ccase(body, g.pick(["issues/%d-%s-fails.md" % (g.ri(100, 9999), svc), ".github/issues/bug-%d.md" % g.ri(100, 999)]), c.needle, c, "issue_report_md")


def slack_msg(g, text, t, user=None):
    return {"client_msg_id": g.uuid(), "type": "message", "text": text, "user": user or "U0" + g.s(UP + DIG, 9),
            "ts": "%d.%06d" % (g.epoch(t), g.ri(0, 999999)), "team": "T0" + g.s(UP + DIG, 8),
            "user_profile": {"real_name": g.fullname(), "display_name": g.user()}}


def p_slack_export(g):
    c = pick_cred(g, "any")
    svc = g.svc()
    msgs = []
    t = 0
    for _ in range(g.ri(2, 5)):
        msgs.append(slack_msg(g, g.pick(["is %s down for anyone else?" % svc, "deploy %s is out" % g.short_sha(), "looking", "trace id %s" % g.trace(),
                                         "thanks!", "can someone review PR #%d?" % g.ri(100, 9999)], ), t)); t += g.ri(30, 900)
    v = g.ri(0, 2)
    if v == 0:
        txt = "here's the key for staging, please don't share: `%s`" % c.secret
    elif v == 1:
        txt = "try with this:\n```%s```" % cred_shell_cmd(g, c)
    else:
        txt = "set `%s=%s` in your .env and restart" % (c.env, c.secret)
    esc = txt.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    msgs.append(slack_msg(g, esc if c.needle in esc else txt, t))
    for _ in range(g.ri(1, 4)):
        t += g.ri(30, 900)
        msgs.append(slack_msg(g, g.pick(["works now :tada:", "thx", "ok", "still 401 for me", ":eyes:"]), t))
    return ccase(json.dumps(msgs, indent=4) + "\n", "slack-export/%s/%s.json" % (g.pick(["eng-%s" % svc, "dev-help", "platform"]), date_slug(g)),
                 c.needle, c, "slack_export_json")


def eml_headers(g, frm, to, subject, t=0):
    dt = g.ts(t)
    mid = "<%s@%s>" % (g.hex(24), frm.split("@")[1])
    return ["Return-Path: <%s>" % frm, "Received: from mail-%s.%s (mail-%s.%s [%s])" % (g.s(LO, 6), frm.split("@")[1], g.s(LO, 6), frm.split("@")[1], g.pubip()),
            "        by mx.%s with ESMTPS id %s" % (to.split("@")[1], g.s(ALNUM, 12)),
            "        for <%s>; %s" % (to, dt.strftime("%a, %d %b %Y %H:%M:%S +0000")),
            "From: %s <%s>" % (frm.split("@")[0].replace(".", " ").title(), frm), "To: %s" % to, "Subject: %s" % subject,
            "Date: %s" % dt.strftime("%a, %d %b %Y %H:%M:%S +0000"), "Message-ID: %s" % mid, "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=\"UTF-8\"", "Content-Transfer-Encoding: 7bit"]


def p_eml(g):
    c = pick_cred(g, "any")
    org = g.org()
    frm, to = g.email(org), g.email(org)
    what = c.env.replace("_", " ").lower() if c.provider == "generic" else "%s credential" % c.provider.title()
    body = "Hi %s,\n\nAs discussed, here is the %s for the %s integration:\n\n    %s=%s\n\nPlease store it in the vault after you've tested it.\n\nThanks,\n%s\n" % (
        to.split(".")[0].title(), what, g.svc(), c.env, c.secret, frm.split(".")[0].title())
    content = "\n".join(eml_headers(g, frm, to, "%s for %s" % (what, g.pick(["staging", "the demo", "prod rollout"])))) + "\n\n" + body
    return ccase(content, "mail/%s-key.eml" % c.provider, c.needle, c, "email_eml")


def p_raw_http(g):
    c = pick_token(g, "http")
    req, needle = http_request_text(g, c)
    content = req + "\n" + http_response_text(g)
    return ccase(content, g.pick(["captures/%s-request.txt" % c.provider, "debug/http/req-%d.http.txt" % g.ri(1, 999), "docs/bugs/raw-request-%d.txt" % g.ri(1, 99)]),
                 needle, c, "raw_http_capture")


def p_restclient(g):
    c = pick_token(g, "header")
    h = c.header()
    host, path = http_host_path(c.url)
    v = g.ri(0, 1)
    if v == 0 and c.auth[0] != "basic":
        var = g.pick(["token", "apiKey", "api_key", "authToken"])
        head = "@baseUrl = https://%s\n@%s = %s\n\n" % (host, var, c.secret)
        hv = h[1].replace(c.secret, "{{%s}}" % var)
        req = "### %s\n%s {{baseUrl}}%s\n%s: %s\n" % (g.pick(["List", "Smoke test", "Create"]), c.method, path, h[0], hv)
        needle = c.needle
    else:
        head = ""
        req = "### %s\n%s https://%s%s\n%s: %s\n" % (g.pick(["List", "Smoke test"]), c.method, host, path, h[0], h[1])
        needle = h[2]
    if c.body:
        req += "Content-Type: application/json\n\n%s\n" % c.body
    req += "\n### Health\nGET https://%s/healthz\n" % g.domain()
    return ccase(head + req, g.pick(["http/%s.http" % c.provider, "requests.http", "api-tests/%s.rest" % g.svc()]), needle, c, "rest_client_http")


def p_insomnia(g):
    c = pick_token(g, "http")
    wid = "wrk_" + g.hex(32)
    req = {"_id": "req_" + g.hex(32), "_type": "request", "parentId": wid, "name": g.pick(["List items", "Smoke test", "Create"]),
           "method": c.method, "url": c.full_url(), "body": {"mimeType": "application/json", "text": c.body} if c.body else {},
           "headers": [{"name": "Accept", "value": "application/json"}], "authentication": {}, "modified": g.epoch() * 1000,
           "created": g.epoch(-9999) * 1000, "settingFollowRedirects": "global"}
    needle = c.needle
    if c.auth[0] == "bearer":
        req["authentication"] = {"type": "bearer", "token": c.secret, "prefix": ""}
    elif c.auth[0] == "basic":
        req["authentication"] = {"type": "basic", "username": c.auth[1], "password": c.secret}
    elif c.auth[0] == "header":
        req["headers"].append({"name": c.auth[1], "value": c.auth[2].format(c.secret)})
    doc = {"_type": "export", "__export_format": 4, "__export_date": fmt_iso(g.ts()), "__export_source": "insomnia.desktop.app:v8.6.1",
           "resources": [req, {"_id": wid, "_type": "workspace", "parentId": None, "name": g.svc(), "scope": "collection"},
                         {"_id": "env_" + g.hex(32), "_type": "environment", "parentId": wid, "name": "Base Environment", "data": {"base_url": "https://%s" % g.domain()}}]}
    return ccase(json.dumps(doc, indent=2) + "\n", g.pick(["insomnia/Insomnia_%s.json" % date_slug(g), "tools/insomnia-export.json"]), needle, c, "insomnia_export_json")


def p_bruno(g):
    c = pick_token(g, "http")
    name = g.svc()
    files = {"bruno/%s/bruno.json" % name: json.dumps({"version": "1", "name": name, "type": "collection", "ignore": ["node_modules", ".git"]}, indent=2) + "\n"}
    a = c.auth
    req_name = g.pick(["get-items", "create-item", "whoami"])
    auth_mode = {"bearer": "bearer", "basic": "basic"}.get(a[0], "none")
    in_env = g.chance(0.4) and a[0] in ("bearer", "header")
    sec = "{{apiToken}}" if in_env else c.secret
    lines = ["meta {", "  name: %s" % req_name, "  type: http", "  seq: %d" % g.ri(1, 9), "}", "",
             "%s {" % c.method.lower(), "  url: %s" % c.full_url(), "  body: %s" % ("json" if c.body else "none"), "  auth: %s" % auth_mode, "}", ""]
    if a[0] == "header":
        lines += ["headers {", "  %s: %s" % (a[1], a[2].format(sec)), "}", ""]
    if a[0] == "bearer":
        lines += ["auth:bearer {", "  token: %s" % sec, "}", ""]
    if a[0] == "basic":
        lines += ["auth:basic {", "  username: %s" % a[1], "  password: %s" % c.secret, "}", ""]
    if c.body:
        lines += ["body:json {", "  " + c.body, "}", ""]
    reqpath = "bruno/%s/%s.bru" % (name, req_name)
    files[reqpath] = "\n".join(lines)
    main = reqpath
    if in_env:
        envpath = "bruno/%s/environments/%s.bru" % (name, g.pick(["prod", "staging", "local"]))
        files[envpath] = "vars {\n  baseUrl: https://%s\n  apiToken: %s\n}\n" % (g.domain(), c.secret)
        main = envpath
    return ccase(files, main, c.needle, c, "bruno_collection")


def p_postman(g):
    c = pick_token(g, "http")
    host, path = http_host_path(c.full_url())
    item = {"name": g.pick(["List", "Create", "Whoami"]), "request": {"method": c.method, "header": [],
            "url": {"raw": c.full_url(), "protocol": "https", "host": host.split("."), "path": [p for p in path.split("?")[0].split("/") if p]}}}
    a = c.auth
    if a[0] == "bearer":
        item["request"]["auth"] = {"type": "bearer", "bearer": [{"key": "token", "value": c.secret, "type": "string"}]}
    elif a[0] == "basic":
        item["request"]["auth"] = {"type": "basic", "basic": [{"key": "password", "value": c.secret, "type": "string"}, {"key": "username", "value": a[1], "type": "string"}]}
    elif a[0] == "header":
        item["request"]["header"].append({"key": a[1], "value": a[2].format(c.secret), "type": "text"})
    if c.body:
        item["request"]["body"] = {"mode": "raw", "raw": c.body, "options": {"raw": {"language": "json"}}}
    doc = {"info": {"_postman_id": g.uuid(), "name": "%s API" % g.svc(), "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
                    "_exporter_id": str(g.ri(10**7, 9 * 10**7))}, "item": [item]}
    return ccase(json.dumps(doc, indent="\t") + "\n", "postman/%s.postman_collection.json" % g.svc(), c.needle, c, "postman_collection_json")


def p_har(g):
    c = pick_token(g, "http")
    h = c.header()
    host, path = http_host_path(c.full_url())
    headers = [{"name": "Host", "value": host}, {"name": "Accept", "value": "application/json"}]
    needle = c.needle
    if h:
        headers.append({"name": h[0], "value": h[1]})
        needle = h[2]
    qs = []
    if "?" in c.full_url():
        for kv in c.full_url().split("?", 1)[1].split("&"):
            k, _, v = kv.partition("=")
            qs.append({"name": k, "value": v})
    entry = {"startedDateTime": fmt_iso(g.ts()), "time": g.ri(40, 900),
             "request": {"method": c.method, "url": c.full_url(), "httpVersion": "HTTP/1.1", "headers": headers, "queryString": qs, "cookies": [],
                         "headersSize": -1, "bodySize": len(c.body or "")},
             "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                          "headers": [{"name": "x-request-id", "value": g.uuid()}, {"name": "content-type", "value": "application/json"}],
                          "cookies": [], "content": {"size": 42, "mimeType": "application/json", "text": json.dumps({"ok": True})},
                          "redirectURL": "", "headersSize": -1, "bodySize": 42},
             "cache": {}, "timings": {"send": 0, "wait": g.ri(30, 800), "receive": 1}}
    if c.body:
        entry["request"]["postData"] = {"mimeType": "application/json", "text": c.body}
    doc = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "pages": [], "entries": [entry]}}
    return ccase(json.dumps(doc, indent=2) + "\n", g.pick(["har/%s.har" % host.split(".")[-2], "docs/bugs/network-capture.har"]), needle, c, "har_json")


def p_crash_python(g):
    c = pick_cred(g, "any")
    svc = g.svc()
    mod = svc.replace("-", "_")
    h = c.header()
    if h and g.chance(0.6):
        loc = "      headers = {'%s': '%s', 'Accept': 'application/json'}" % (h[0], h[1])
        needle = h[2]
        excl = "requests.exceptions.HTTPError: %d Client Error: %s for url: %s" % g.pick([(401, "Unauthorized", c.url), (429, "Too Many Requests", c.url)])
    else:
        loc = "      settings = Settings(env='prod', %s='%s', timeout=30)" % (c.cfgkey, c.secret)
        needle = c.needle
        excl = "KeyError: 'customer_id'"
    body = "Traceback (most recent call last):\n  File \"/app/%s/tasks.py\", line %d, in sync_batch\n    result = client.fetch(batch_id)\n      batch_id = '%s'\n%s\n  File \"/app/%s/client.py\", line %d, in fetch\n    resp.raise_for_status()\n      resp = <Response [%d]>\n%s\n" % (
        mod, g.ri(20, 300), g.uuid(), loc, mod, g.ri(20, 300), g.pick([401, 429, 500]), excl)
    pre = "%s ERROR [%s] task %s failed (attempt %d/5)\n" % (log_ts(g, 0, "py"), svc, g.uuid(), g.ri(1, 5))
    return ccase(pre + body, g.pick(["crash-reports/%s-%s.txt" % (svc, date_slug(g)), "logs/traceback-%d.log" % g.ri(1, 999)]), needle, c, "crash_report_python")


def p_crash_node(g):
    c = pick_token(g, "header")
    st = g.pick([(401, "Unauthorized"), (403, "Forbidden"), (429, "Too Many Requests")])
    h = c.header()
    host, path = http_host_path(c.full_url())
    body = "AxiosError: Request failed with status code %d\n    at settle (/app/node_modules/axios/dist/node/axios.cjs:%d:12)\n    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:%d:11)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5) {\n  code: 'ERR_BAD_REQUEST',\n  config: {\n    transitional: { silentJSONParsing: true, forcedJSONParsing: true, clarifyTimeoutError: false },\n    timeout: 10000,\n    headers: Object [AxiosHeaders] {\n      Accept: 'application/json, text/plain, */*',\n      'Content-Type': 'application/json',\n      '%s': '%s',\n      'User-Agent': 'axios/1.6.8'\n    },\n    method: '%s',\n    url: '%s'\n  },\n  request: <ref *1> ClientRequest { _header: '...' },\n  response: { status: %d, statusText: '%s', headers: { 'x-request-id': '%s' } }\n}\n" % (
        st[0], g.ri(1900, 2000), g.ri(3100, 3200), h[0], h[1], c.method.lower(), c.full_url(), st[0], st[1], g.uuid())
    return ccase(body, g.pick(["logs/node-error-%s.log" % date_slug(g), "crash-reports/%s-axios.txt" % g.svc()]), h[2], c, "crash_report_node")


def p_crash_java(g):
    c = pick_cred(g, "any")
    prefix = g.pick(["app.%s" % c.provider, "integrations.%s" % c.provider, "clients.%s" % c.provider])
    prop = c.cfgkey.replace("_", "-")
    body = "\n\n***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\nFailed to bind properties under '%s' to com.%s.%s.config.%sProperties:\n\n    Property: %s.%s\n    Value: \"%s\"\n    Origin: System Environment Property \"%s\"\n    Reason: %s\n\nAction:\n\nUpdate your application's configuration\n\n" % (
        prefix, g.org(), g.svc().replace("-", ""), c.provider.title(), prefix, prop, c.secret, c.env,
        g.pick(["java.lang.IllegalArgumentException: Illegal base64 character 2d", "failed to convert java.lang.String to java.net.URI",
                "size must be between 0 and 40", "No converter found capable of converting from type [java.lang.String] to type [com.%s.Secret]" % g.org()]))
    pre = "%s ERROR 1 --- [           main] o.s.b.d.LoggingFailureAnalysisReporter   : " % log_ts(g, 0, "java")
    return ccase(pre + body, g.pick(["logs/%s-boot.log" % g.svc(), "crash-reports/startup-failure.txt"]), c.needle, c, "crash_report_java")


def nb(cells):
    return json.dumps({"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
                                                    "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n"


def nb_code(g, src, outputs=None, n=None):
    lines = src.split("\n")
    return {"cell_type": "code", "execution_count": n, "id": g.hex(8), "metadata": {}, "outputs": outputs or [],
            "source": [l + "\n" for l in lines[:-1]] + [lines[-1]]}


def nb_md(g, src):
    return {"cell_type": "markdown", "id": g.hex(8), "metadata": {}, "source": [src]}


def p_jupyter(g):
    c = pick_cred(g, "any")
    v = g.ri(0, 2)
    cells = [nb_md(g, "# %s exploration\n" % g.pick(["Churn", "Latency", "Embedding", "Invoice"])),
             nb_code(g, "import os\nimport json\nimport requests\nimport pandas as pd", n=1)]
    needle = c.needle
    if v == 0:
        cells.append(nb_code(g, 'os.environ["%s"] = "%s"' % (c.env, c.secret), n=2))
    elif v == 1 and c.auth:
        code, needle = py_req(g, c)
        cells.append(nb_code(g, code + "\nresp.status_code", [{"data": {"text/plain": ["200"]}, "execution_count": 3, "metadata": {}, "output_type": "execute_result"}], n=3))
    else:
        cells.append(nb_code(g, "!env | grep -i %s" % c.env.split("_")[0].lower(),
                             [{"name": "stdout", "output_type": "stream", "text": ["%s=%s\n" % (c.env, c.secret)]}], n=2))
    cells.append(nb_code(g, "df = pd.read_parquet('data/%s.parquet')\ndf.describe()" % g.svc(), n=4))
    return ccase(nb(cells), "notebooks/%s-%s.ipynb" % (g.pick(["explore", "analysis", "scratch"]), g.svc()), needle, c, "jupyter_notebook")


def p_csv_export(g):
    c = pick_cred(g, "any")
    svc = g.svc()
    rows = [("NODE_ENV", "production"), ("LOG_LEVEL", g.pick(["info", "debug"])), ("PORT", str(g.pick([3000, 8080]))), ("REGION", g.pick(REGIONS)),
            ("FEATURE_FLAGS", "new_checkout,dark_mode"), ("BUILD_SHA", g.sha()), ("SENTRY_ENVIRONMENT", "production")]
    rows.insert(g.ri(1, len(rows)), (c.env, c.secret))
    tsv = g.chance(0.35)
    sep = "\t" if tsv else ","
    hdr = sep.join(["key", "value", "service", "updated_at"])
    cq = lambda x: '"%s"' % x if (sep in x or '"' in x) else x
    lines = [hdr] + [sep.join([k, cq(v), svc, fmt_iso(g.ts(i * 60), False)]) for i, (k, v) in enumerate(rows)]
    path = "exports/%s-config-vars.%s" % (svc, "tsv" if tsv else "csv")
    return ccase("\n".join(lines) + "\n", path, c.needle, c, "tsv_export" if tsv else "csv_export")


def p_vcr_cassette(g):
    c = pick_token(g, "header")
    h = c.header()
    host, path = http_host_path(c.full_url())
    body = "interactions:\n- request:\n    body: %s\n    headers:\n      Accept:\n      - '*/*'\n      %s:\n      - %s\n      User-Agent:\n      - python-requests/2.31.0\n    method: %s\n    uri: %s\n  response:\n    body:\n      string: '{\"id\": \"%s\", \"object\": \"list\"}'\n    headers:\n      Content-Type:\n      - application/json\n      X-Request-Id:\n      - %s\n    status:\n      code: 200\n      message: OK\nversion: 1\n" % (
        "null" if not c.body else "'%s'" % c.body, h[0], h[1], c.method, c.full_url(), g.uuid(), g.reqid())
    return ccase(body, "tests/cassettes/test_%s_%s.yaml" % (c.provider, g.pick(["list", "create", "sync"])), h[2], c, "vcr_cassette_yaml")


def p_json_fixture(g):
    c = pick_cred(g, "any_nopw")
    doc = {"id": g.uuid(), "name": "%s integration" % c.provider.title(), "enabled": True, "created_at": fmt_iso(g.ts()),
           "settings": {"region": g.pick(REGIONS), c.cfgkey: c.secret, "rate_limit": g.ri(10, 1000)}, "owner": g.email()}
    return ccase(json.dumps(doc, indent=2) + "\n", g.pick(["tests/fixtures/%s_integration.json" % c.provider, "seed/integrations/%s.json" % c.provider]),
                 c.needle, c, "json_fixture")


def p_yaml_fixture(g):
    c = pick_cred(g, "any_nopw")
    svc = g.svc()
    q = g.pick(["", '"', "'"]) if re.fullmatch(r"[A-Za-z0-9_./+=-]+", c.secret) and not c.secret[0] in "-=" else '"'
    body = "# seeded by scripts/seed.py\n- model: integrations.integration\n  pk: %d\n  fields:\n    name: %s\n    provider: %s\n    %s: %s%s%s\n    created: %s\n    owner_id: %s\n" % (
        g.ri(1, 99), svc, c.provider, c.cfgkey, q, c.secret, q, fmt_iso(g.ts(), False), g.uuid())
    return ccase(body, g.pick(["fixtures/integrations.yaml", "%s/fixtures/initial_data.yml" % svc.replace("-", "_")]), c.needle, c, "yaml_fixture")


def p_docker_inspect(g):
    c = pick_cred(g, "any")
    svc = g.svc()
    env = ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LANG=C.UTF-8", "PYTHON_VERSION=3.12.3",
           "APP_ENV=%s" % g.pick(["prod", "staging"]), "%s=%s" % (c.env, c.secret), "PORT=8080"]
    doc = [{"Id": g.hex(64), "Created": fmt_iso(g.ts()), "Path": "/docker-entrypoint.sh", "Args": ["gunicorn", "app:app"],
            "State": {"Status": "running", "Running": True, "Pid": g.ri(1000, 90000), "ExitCode": 0},
            "Image": "sha256:" + g.hex(64), "Name": "/%s-1" % svc,
            "Config": {"Hostname": g.hex(12), "Env": env, "Image": "ghcr.io/%s/%s:%s" % (g.org(), svc, g.version()),
                       "Labels": {"org.opencontainers.image.revision": g.sha(), "com.docker.compose.service": svc}}}]
    return ccase(json.dumps(doc, indent=4) + "\n", "debug/docker-inspect-%s.json" % svc, c.needle, c, "docker_inspect_json")


def p_kubectl_dump(g):
    c = pick_cred(g, "any")
    svc = g.svc()
    body = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  annotations:\n    deployment.kubernetes.io/revision: \"%d\"\n  creationTimestamp: \"%s\"\n  generation: %d\n  name: %s\n  namespace: %s\n  resourceVersion: \"%d\"\n  uid: %s\nspec:\n  replicas: %d\n  selector:\n    matchLabels:\n      app: %s\n  template:\n    metadata:\n      labels:\n        app: %s\n    spec:\n      containers:\n      - env:\n        - name: LOG_LEVEL\n          value: info\n        - name: %s\n          value: %s\n        image: %s.dkr.ecr.%s.amazonaws.com/%s@sha256:%s\n        name: %s\n" % (
        g.ri(2, 40), fmt_iso(g.ts(), False), g.ri(2, 40), svc, g.pick(["prod", "staging"]), g.ri(10**6, 10**8), g.uuid(), g.ri(1, 6), svc, svc,
        c.env, json.dumps(c.secret), g.ri(10**11, 10**12 - 1), g.pick(REGIONS), svc, g.hex(64), svc)
    return ccase(body, "k8s-dumps/%s-deployment.yaml" % svc, c.needle, c, "kubectl_output_yaml")


def p_printenv_ci(g):
    c = pick_cred(g, "any")
    envs = ["BUILD_NUMBER=%d" % g.ri(100, 9999), "GIT_COMMIT=%s" % g.sha(), "HOME=/home/jenkins", "HOSTNAME=agent-%s" % g.hex(6),
            "JOB_NAME=%s/main" % g.svc(), "NODE_NAME=linux-%d" % g.ri(1, 9), "PATH=/usr/local/bin:/usr/bin:/bin", "PWD=/home/jenkins/workspace",
            "%s=%s" % (c.env, c.secret), "SHLVL=1", "TERM=xterm", "WORKSPACE=/home/jenkins/workspace/%s" % g.svc(), "RUN_ID=%s" % g.uuid()]
    envs.sort()
    lines = ["[Pipeline] sh", "+ env", "+ sort"] + envs + ["[Pipeline] }"]
    return ccase("\n".join(lines) + "\n", "ci/debug-env-%d.log" % g.ri(100, 9999), c.needle, c, "ci_log_env_dump")


# ----------------------------------------------------------------------------- other credential families
DB_USERS = ["app", "app_rw", "postgres", "root", "admin", "svc_reporting", "etl", "django", "rails", "api", "analytics", "sa", "webapp"]


def db_host(g, kind):
    svc = g.svc()
    if kind == "pg":
        return g.pick(["%s-db.%s.%s.rds.amazonaws.com" % (svc, g.s(LO + DIG, 12), g.pick(REGIONS)), "db-prod-%d.internal" % g.ri(1, 3),
                       "%s.postgres.database.azure.com" % svc, "10.%d.%d.%d" % (g.ri(0, 255), g.ri(0, 255), g.ri(2, 250))])
    if kind == "mysql":
        return g.pick(["%s-mysql.%s.%s.rds.amazonaws.com" % (svc, g.s(LO + DIG, 12), g.pick(REGIONS)), "mysql-%d.%s" % (g.ri(1, 3), g.domain()),
                       "aws.connect.psdb.cloud"])
    if kind == "mssql":
        return "%s-sql.database.windows.net" % g.org()
    return "%s.%s" % (svc, g.domain())


def conn_cred(g, ctype=None):
    """Connection string with a password; needle = password."""
    ctype = ctype or g.pick(["pg_uri", "pg_uri", "mysql_uri", "mongo_srv", "mongo_srv", "redis_uri", "amqp_uri", "smtp_uri", "jdbc_pg", "jdbc_mssql",
                             "jdbc_mysql", "jdbc_oracle", "adonet_mssql", "adonet_npgsql", "odbc_mssql", "snowflake_uri"])
    pw = any_pw(g, uri_safe=True)
    user = g.pick(DB_USERS)
    db = g.pick(["app", "orders", "analytics", "billing", "core", "warehouse", g.svc().replace("-", "_")])
    cli = None
    if ctype == "pg_uri":
        host = db_host(g, "pg")
        v = "postgresql://%s:%s@%s:5432/%s%s" % (user, pw, host, db, g.pick(["", "?sslmode=require", "?sslmode=verify-full"]))
        env, prov = g.pick(["DATABASE_URL", "POSTGRES_URL", "DB_DSN"]), "postgres"
        cli = g.pick(['psql "%s" -c "select count(*) from orders"' % v, "pg_dump '%s' -Fc -f backup.dump" % v])
    elif ctype == "mysql_uri":
        host = db_host(g, "mysql")
        v = "mysql://%s:%s@%s:3306/%s" % (user, pw, host, db)
        env, prov = g.pick(["DATABASE_URL", "MYSQL_URL"]), "mysql"
    elif ctype == "mongo_srv":
        v = "mongodb+srv://%s:%s@%s.%s.mongodb.net/%s?retryWrites=true&w=majority&appName=%s" % (
            user, pw, g.pick(["cluster0", "prod-cluster", "cluster-%s" % g.svc()]), g.s(LO + DIG, 5), db, g.pick(["Cluster0", g.svc()]))
        env, prov = g.pick(["MONGODB_URI", "MONGO_URL", "ATLAS_URI"]), "mongodb"
        cli = 'mongosh "%s" --eval "db.stats()"' % v
    elif ctype == "redis_uri":
        host = g.pick(["%s.redis.cache.windows.net:6380" % g.org(), "master.%s.%s.%s.cache.amazonaws.com:6379" % (g.svc(), g.s(LO + DIG, 6), g.pick(REGIONS)),
                       "redis-%d.c%d.%s.ec2.redns.redis-cloud.com:%d" % (g.ri(10000, 19999), g.ri(1, 300), g.pick(REGIONS), g.ri(10000, 19999))])
        v = "%s://%s:%s@%s/%d" % (g.pick(["redis", "rediss"]), g.pick(["default", ""]), pw, host, g.ri(0, 3))
        env, prov = g.pick(["REDIS_URL", "CACHE_URL", "CELERY_RESULT_BACKEND"]), "redis"
        cli = "redis-cli -u '%s' ping" % v
    elif ctype == "amqp_uri":
        v = "amqps://%s:%s@b-%s.mq.%s.amazonaws.com:5671/%s" % (g.pick(["celery", "app", "worker"]), pw, g.uuid(), g.pick(REGIONS), g.pick(["%2F", "prod", "jobs"]))
        env, prov = g.pick(["CELERY_BROKER_URL", "AMQP_URL", "RABBITMQ_URL"]), "rabbitmq"
    elif ctype == "smtp_uri":
        host = g.pick(["smtp.mailgun.org:587", "smtp.office365.com:587", "smtp.gmail.com:465", "mail.%s:587" % g.domain()])
        v = "%s://%s:%s@%s" % (g.pick(["smtp", "smtps", "smtp+tls"]), pct(g.email()), pw, host)
        env, prov = g.pick(["EMAIL_URL", "SMTP_URL", "MAILER_DSN"]), "smtp"
    elif ctype == "jdbc_pg":
        v = "jdbc:postgresql://%s:5432/%s?user=%s&password=%s&ssl=true" % (db_host(g, "pg"), db, user, pw)
        env, prov = "SPRING_DATASOURCE_URL", "postgres"
    elif ctype == "jdbc_mssql":
        v = "jdbc:sqlserver://%s:1433;databaseName=%s;user=%s;password=%s;encrypt=true;trustServerCertificate=false;loginTimeout=30;" % (db_host(g, "mssql"), db, user, pw)
        env, prov = "JDBC_URL", "mssql"
    elif ctype == "jdbc_mysql":
        v = "jdbc:mysql://%s:3306/%s?user=%s&password=%s&useSSL=true" % (db_host(g, "mysql"), db, user, pw)
        env, prov = "JDBC_DATABASE_URL", "mysql"
    elif ctype == "jdbc_oracle":
        v = "jdbc:oracle:thin:%s/%s@//%s:1521/%s" % (user, pw, "ora-%d.%s" % (g.ri(1, 4), g.domain()), g.pick(["ORCLPDB1", "FINPROD", "XEPDB1"]))
        env, prov = "ORACLE_JDBC_URL", "oracle"
    elif ctype == "adonet_mssql":
        v = "Server=tcp:%s,1433;Initial Catalog=%s;Persist Security Info=False;User ID=%s;Password=%s;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;" % (
            db_host(g, "mssql"), db, user, pw)
        env, prov = "ConnectionStrings__DefaultConnection", "mssql"
    elif ctype == "adonet_npgsql":
        v = "Host=%s;Port=5432;Database=%s;Username=%s;Password=%s;SSL Mode=Require;Trust Server Certificate=true" % (db_host(g, "pg"), db, user, pw)
        env, prov = "ConnectionStrings__Postgres", "postgres"
    elif ctype == "odbc_mssql":
        v = "Driver={ODBC Driver 18 for SQL Server};Server=tcp:%s,1433;Database=%s;Uid=%s;Pwd=%s;Encrypt=yes;TrustServerCertificate=no;Connection Timeout=30;" % (
            db_host(g, "mssql"), db, user, pw)
        env, prov = "ODBC_CONNECTION_STRING", "mssql"
    else:
        v = "snowflake://%s:%s@%s-%s/%s/PUBLIC?warehouse=%s&role=%s" % (user.upper(), pw, g.org(), g.s(LO, 2) + g.s(DIG, 5), db.upper(), g.pick(["COMPUTE_WH", "ETL_WH"]), g.pick(["SYSADMIN", "ANALYST"]))
        env, prov = "SNOWFLAKE_URL", "snowflake"
    return Cred(prov, "connection_string_" + ctype, v, env, None, None, cfgkey=g.pick(["url", "dsn", "connection_string"]),
                extra={"cli": cli, "password": pw, "user": user}, needle=pw, family="conn")


def webhook_cred(g, kind=None):
    kind = kind or g.pick(["slack", "slack", "slack", "discord", "discord", "teams", "powerautomate", "zapier", "mattermost"])
    if kind == "slack":
        url = "https://hooks.slack.com/services/T%s/B%s/%s" % (g.s(UP + DIG, g.pick([8, 9, 10])), g.s(UP + DIG, g.pick([9, 10, 11])), g.s(ALNUM, 24))
        return Cred("slack", "slack_webhook_url", url, "SLACK_WEBHOOK_URL", ("path",), url, "POST", '{"text":"Deploy finished :rocket:"}', cfgkey="webhook_url", family="webhook")
    if kind == "discord":
        url = "https://%s/api/webhooks/%s/%s" % (g.pick(["discord.com", "discord.com", "discordapp.com"]), g.snowflake(), g.s(URLSAFE, 68))
        return Cred("discord", "discord_webhook_url", url, "DISCORD_WEBHOOK_URL", ("path",), url, "POST", '{"content":"build passed"}', cfgkey="webhook_url", family="webhook")
    if kind == "teams":
        url = "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (g.org(), g.uuid(), g.uuid(), g.hex(32), g.uuid())
        return Cred("microsoft", "teams_incoming_webhook_url", url, "TEAMS_WEBHOOK_URL", ("path",), url, "POST", '{"text":"Nightly export completed"}', cfgkey="webhook_url", family="webhook")
    if kind == "powerautomate":
        url = "https://prod-%02d.%s.logic.azure.com:443/workflows/%s/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%%2Ftriggers%%2Fmanual%%2Frun&sv=1.0&sig=%s" % (
            g.ri(0, 99), g.pick(AZ_REGIONS), g.hex(32), g.s(URLSAFE, 43))
        return Cred("microsoft", "power_automate_workflow_url", url, "TEAMS_WORKFLOW_URL", ("path",), url, "POST", '{"type":"message","text":"alert"}', cfgkey="webhook_url", family="webhook")
    if kind == "zapier":
        url = "https://hooks.zapier.com/hooks/catch/%d/%s/" % (g.ri(1000000, 19999999), g.s(LO + DIG, g.pick([6, 7])))
        return Cred("zapier", "zapier_catch_hook_url", url, "ZAPIER_HOOK_URL", ("path",), url, "POST", '{"event":"signup","plan":"pro"}', cfgkey="webhook_url", family="webhook")
    url = "https://chat.%s/hooks/%s" % (g.domain(), g.s(LO + DIG, 26))
    return Cred("mattermost", "mattermost_webhook_url", url, "MATTERMOST_WEBHOOK_URL", ("path",), url, "POST", '{"text":"backup ok"}', cfgkey="webhook_url", family="webhook")


PW_ENVS = [("DB_PASSWORD", "db_password"), ("POSTGRES_PASSWORD", "password"), ("MYSQL_ROOT_PASSWORD", "root_password"), ("REDIS_PASSWORD", "redis_password"),
           ("SMTP_PASSWORD", "smtp_password"), ("LDAP_BIND_PASSWORD", "bind_password"), ("KEYSTORE_PASSWORD", "keystore_password"),
           ("ADMIN_PASSWORD", "admin_password"), ("RABBITMQ_DEFAULT_PASS", "password"), ("SFTP_PASSWORD", "sftp_password")]


def password_cred(g):
    pw = any_pw(g)
    env, key = g.pick(PW_ENVS)
    return Cred("generic", "password", pw, env, None, None, cfgkey=key, family="password",
                extra={"user": g.pick(DB_USERS)})


def pick_cred(g, need="any"):
    r = g.r.random()
    if need in ("any", "any_nopw"):
        if r < 0.62:
            return pick_token(g, "any")
        if r < 0.78:
            return conn_cred(g)
        if r < 0.90:
            return webhook_cred(g)
        if need == "any":
            return password_cred(g)
        return pick_token(g, "any")
    if need in ("curlable", "urlsecret"):
        if r < (0.25 if need == "curlable" else 0.5):
            return webhook_cred(g)
        return pick_token(g, need)
    return pick_token(g, need)


# ----------------------------------------------------------------------------- specific positive renderers
def p_webhook_config(g):
    c = webhook_cred(g)
    v = g.ri(0, 4)
    svc = g.svc()
    if v == 0 and c.provider == "slack":
        body = "global:\n  resolve_timeout: 5m\n  slack_api_url: '%s'\n\nroute:\n  receiver: slack-oncall\n  group_by: ['alertname', 'cluster']\n\nreceivers:\n- name: slack-oncall\n  slack_configs:\n  - channel: '#alerts-%s'\n    send_resolved: true\n" % (c.secret, svc)
        return ccase(body, "monitoring/alertmanager/alertmanager.yml", c.needle, c, "alertmanager_yaml")
    if v == 1:
        body = "apiVersion: 1\ncontactPoints:\n  - orgId: 1\n    name: %s-oncall\n    receivers:\n      - uid: %s\n        type: %s\n        settings:\n          url: %s\n        disableResolveMessage: false\n" % (
            svc, g.s(LO + DIG, 14), {"slack": "slack", "discord": "discord", "microsoft": "teams"}.get(c.provider, "webhook"), c.secret)
        return ccase(body, "grafana/provisioning/alerting/contact-points.yaml", c.needle, c, "grafana_provisioning_yaml")
    if v == 2:
        doc = {"name": svc, "notifications": {"on_failure": True, "on_success": False, "webhook_url": c.secret, "mention": "@here"}, "schedule": "0 3 * * *"}
        return ccase(json.dumps(doc, indent=2) + "\n", "config/notify.json", c.needle, c, "json_config")
    if v == 3:
        body = "# %s notifications\n\nWe post build results to the channel via the incoming webhook below.\n\n```bash\ncurl -X POST -H 'Content-type: application/json' --data '%s' \\\n  %s\n```\n" % (svc, c.body, c.secret)
        return ccase(body, g.pick(["docs/notifications.md", "README.md"]), c.needle, c, "markdown_doc")
    cmds = noise_cmds(g, g.ri(3, 9))
    cmds.insert(g.ri(1, len(cmds) - 1), "curl -X POST -H 'Content-type: application/json' --data '%s' '%s'" % (c.body, c.secret))
    return ccase("\n".join(cmds) + "\n", ".bash_history", c.needle, c, "bash_history")


def p_npmrc(g):
    v = g.ri(0, 3)
    org = g.org()
    if v == 0:
        c = make_token(g, "npm_token")
        body = "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\nsave-exact=true\n" % c.secret
        return ccase(body, g.pick([".npmrc", "frontend/.npmrc"]), c.needle, c, "npmrc")
    if v == 1:
        c = make_token(g, g.pick(["github_pat_classic", "github_pat_fine_grained"]))
        body = "@%s:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=%s\nengine-strict=true\n" % (org, c.secret)
        return ccase(body, ".npmrc", c.needle, c, "npmrc")
    if v == 2:
        user, pw = g.user() + "@" + g.domain(org), any_pw(g)
        b = b64s("%s:%s" % (user, pw))
        body = "registry=https://%s.jfrog.io/artifactory/api/npm/npm-virtual/\n_auth=%s\nemail=%s\nalways-auth=true\n" % (org, b, user)
        return case(body, ".npmrc", b, "jfrog", "npmrc_basic_auth", "npmrc")
    c = make_token(g, "gitlab_pat")
    body = "@%s:registry=https://gitlab.com/api/v4/projects/%d/packages/npm/\n//gitlab.com/api/v4/projects/%d/packages/npm/:_authToken=%s\n" % (org, g.ri(10**6, 6 * 10**7), g.ri(10**6, 6 * 10**7), c.secret)
    return ccase(body, ".npmrc", c.needle, c, "npmrc")


def p_pypirc(g):
    c = make_token(g, "pypi_token")
    body = "[distutils]\nindex-servers =\n    pypi\n    testpypi\n\n[pypi]\nusername = __token__\npassword = %s\n\n[testpypi]\nrepository = https://test.pypi.org/legacy/\nusername = __token__\n" % c.secret
    return ccase(body, g.pick([".pypirc", "dotfiles/.pypirc"]), c.needle, c, "pypirc")


def p_git_credentials(g):
    v = g.ri(0, 3)
    if v == 0:
        c = make_token(g, g.pick(["github_pat_classic", "github_pat_fine_grained", "github_oauth"]))
        line = "https://%s:%s@github.com" % (g.user() + g.pick(["", "-dev", "42"]), c.secret)
    elif v == 1:
        c = make_token(g, "gitlab_pat")
        line = "https://oauth2:%s@gitlab.com" % c.secret
    elif v == 2:
        c = make_token(g, "azure_devops_pat")
        line = "https://%s:%s@dev.azure.com" % (g.org(), c.secret)
    else:
        pw = any_pw(g, uri_safe=True)
        line = "https://%s:%s@git.%s" % (g.user(), pw, g.domain())
        return case(line + "\n", g.pick([".git-credentials", "dotfiles/.git-credentials"]), pw, "generic", "password", "git_credentials")
    lines = [line]
    return ccase("\n".join(lines) + "\n", g.pick([".git-credentials", "dotfiles/.git-credentials"]), c.needle, c, "git_credentials")


def p_git_remote_token(g):
    c = make_token(g, g.pick(["github_pat_classic", "github_app_installation", "gitlab_pat", "github_pat_fine_grained"]))
    org, repo = g.org(), g.svc()
    if c.provider == "github":
        url = "https://%s:%s@github.com/%s/%s.git" % (g.pick(["x-access-token", g.user()]), c.secret, org, repo)
    else:
        url = "https://oauth2:%s@gitlab.com/%s/%s.git" % (c.secret, org, repo)
    v = g.ri(0, 2)
    if v == 0:
        body = "[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = false\n[remote \"origin\"]\n\turl = %s\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n[branch \"main\"]\n\tremote = origin\n\tmerge = refs/heads/main\n" % url
        return ccase(body, "vendor/%s/.git-config-backup" % repo, c.needle, c, "git_config")
    if v == 1:
        cmds = noise_cmds(g, g.ri(3, 8))
        cmds.insert(g.ri(1, len(cmds) - 1), g.pick(["git clone %s" % url, "git remote set-url origin %s" % url]))
        return ccase("\n".join(cmds) + "\n", ".bash_history", c.needle, c, "bash_history")
    lines = ["Cloning into '%s'..." % repo, "+ git clone --depth 1 %s" % url, "remote: Enumerating objects: %d, done." % g.ri(100, 9000),
             "Receiving objects: 100%% (%d/%d), %d.%d MiB | %d.%d MiB/s, done." % (g.ri(100, 900), g.ri(900, 999), g.ri(1, 90), g.ri(0, 9), g.ri(1, 30), g.ri(0, 9)),
             "HEAD is now at %s %s" % (g.short_sha(), g.pick(["Merge pull request #%d" % g.ri(10, 999), "chore: bump"]))]
    return ccase("\n".join(lines) + "\n", "ci/build-%d.log" % g.ri(100, 9999), c.needle, c, "ci_log")


def p_gh_hosts(g):
    c = make_token(g, "github_oauth")
    u = g.user() + g.pick(["", "-gh", "dev"])
    body = "github.com:\n    user: %s\n    oauth_token: %s\n    git_protocol: https\n" % (u, c.secret)
    return ccase(body, g.pick([".config/gh/hosts.yml", "dotfiles/gh/hosts.yml"]), c.needle, c, "gh_hosts_yaml")


def p_tfrc(g):
    c = make_token(g, "terraform_cloud_token")
    body = json.dumps({"credentials": {"app.terraform.io": {"token": c.secret}}}, indent=2) + "\n"
    return ccase(body, g.pick([".terraform.d/credentials.tfrc.json", "dotfiles/terraform/credentials.tfrc.json"]), c.needle, c, "terraform_credentials_json")


def p_composer_auth(g):
    if g.chance(0.5):
        c = make_token(g, "github_pat_classic")
        doc = {"github-oauth": {"github.com": c.secret}}
    else:
        c = make_token(g, "gitlab_pat")
        doc = {"gitlab-token": {"gitlab.com": c.secret}}
    return ccase(json.dumps(doc, indent=4) + "\n", g.pick(["auth.json", "app/auth.json"]), c.needle, c, "composer_auth_json")


def p_gem_credentials(g):
    c = make_token(g, "rubygems_api_key")
    return ccase("---\n:rubygems_api_key: %s\n" % c.secret, g.pick([".gem/credentials", "dotfiles/gem/credentials"]), c.needle, c, "gem_credentials")


def p_cargo_credentials(g):
    c = make_token(g, "crates_io_token")
    return ccase("[registry]\ntoken = \"%s\"\n" % c.secret, g.pick([".cargo/credentials.toml", "dotfiles/cargo/credentials.toml"]), c.needle, c, "cargo_credentials_toml")


def p_docker_config(g):
    if g.chance(0.5):
        c = make_token(g, "dockerhub_pat")
        user, secret, prov, kind, reg = c.extra["user"], c.secret, "docker", "dockerhub_pat", "https://index.docker.io/v1/"
    else:
        user, secret, prov, kind = g.user(), any_pw(g), "generic", "registry_password"
        reg = g.pick(["registry.%s" % g.domain(), "%s.azurecr.io" % g.org(), "harbor.%s" % g.domain()])
    b = b64s("%s:%s" % (user, secret))
    doc = {"auths": {reg: {"auth": b}}, "HttpHeaders": {"User-Agent": "Docker-Client/24.0.7 (linux)"}}
    return case(json.dumps(doc, indent="\t") + "\n", g.pick([".docker/config.json", "ci/docker/config.json"]), b, prov, kind, "docker_config_json")


def p_nuget_config(g):
    org = g.org()
    if g.chance(0.5):
        c = make_token(g, "github_pat_classic")
        src, url, user, secret, prov, kind = "github", "https://nuget.pkg.github.com/%s/index.json" % org, g.user(), c.secret, "github", c.kind
    else:
        src, url, user, secret, prov, kind = "internal", "https://pkgs.dev.azure.com/%s/_packaging/%s/nuget/v3/index.json" % (org, g.svc()), g.user(), make_token(g, "azure_devops_pat").secret, "azure", "azure_devops_pat"
    body = '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources>\n    <clear />\n    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />\n    <add key="%s" value="%s" />\n  </packageSources>\n  <packageSourceCredentials>\n    <%s>\n      <add key="Username" value="%s" />\n      <add key="ClearTextPassword" value="%s" />\n    </%s>\n  </packageSourceCredentials>\n</configuration>\n' % (
        src, url, src, user, secret, src)
    return case(body, g.pick(["nuget.config", "NuGet.Config"]), secret, prov, kind, "nuget_config_xml")


def p_maven_settings(g):
    r = g.ri(0, 2)
    if r == 0:
        secret, prov, kind = any_pw(g).replace("&", "+").replace("<", "+"), "generic", "password"
    elif r == 1:
        secret, prov, kind = make_token(g, "jfrog_reference_token").secret, "jfrog", "jfrog_reference_token"
    else:
        secret, prov, kind = make_token(g, "github_pat_classic").secret, "github", "github_pat_classic"
    body = '<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">\n  <servers>\n    <server>\n      <id>%s</id>\n      <username>%s</username>\n      <password>%s</password>\n    </server>\n  </servers>\n  <mirrors>\n    <mirror>\n      <id>central-proxy</id>\n      <url>https://%s/artifactory/maven-remote</url>\n      <mirrorOf>central</mirrorOf>\n    </mirror>\n  </mirrors>\n</settings>\n' % (
        g.pick(["releases", "github", "artifactory"]), g.user(), secret, g.domain())
    return case(body, g.pick([".m2/settings.xml", "ci/maven/settings.xml"]), secret, prov, kind, "maven_settings_xml")


def p_pip_conf(g):
    pw = any_pw(g, uri_safe=True)
    org = g.org()
    url = "https://%s:%s@%s.jfrog.io/artifactory/api/pypi/pypi-virtual/simple" % (g.user(), pw, org)
    if g.chance(0.5):
        body = "[global]\nindex-url = %s\ntimeout = 60\n" % url
        return case(body, g.pick(["pip.conf", ".config/pip/pip.conf"]), pw, "jfrog", "password_in_url", "pip_conf")
    body = "--index-url %s\nrequests==2.31.0\nboto3==1.34.84\n" % url
    return case(body, "requirements-private.txt", pw, "jfrog", "password_in_url", "requirements_txt")


def p_netrc(g):
    v = g.ri(0, 2)
    if v == 0:
        c = make_token(g, g.pick(["github_pat_classic", "gitlab_pat", "github_oauth"]))
        mach = "github.com" if c.provider == "github" else "gitlab.com"
        body = "machine %s\n  login %s\n  password %s\n" % (mach, g.user(), c.secret)
        return ccase(body, g.pick([".netrc", "dotfiles/.netrc"]), c.needle, c, "netrc")
    pw = any_pw(g)
    mach = g.pick(["ftp.%s" % g.domain(), "artifacts.%s" % g.domain(), "urs.earthdata.nasa.gov", "api.%s" % g.domain()])
    if v == 1:
        body = "machine %s login %s password %s\n" % (mach, g.user(), pw)
    else:
        body = "default\n    login anonymous\n    password guest@\nmachine %s\n    login %s\n    password %s\n" % (mach, g.user(), pw)
        body = body.replace("default\n    login anonymous\n    password guest@\n", "")
    return case(body, g.pick([".netrc", "dotfiles/.netrc", "_netrc"]), pw, "generic", "password", "netrc")


def p_pgpass(g):
    pw = any_pw(g).replace(":", "!").replace("\\", "!")
    lines = ["# hostname:port:database:username:password", "%s:5432:%s:%s:%s" % (db_host(g, "pg"), g.pick(["app", "analytics", "*"]), g.pick(DB_USERS), pw)]
    return case("\n".join(lines) + "\n", g.pick([".pgpass", "dotfiles/.pgpass"]), pw, "postgres", "password", "pgpass")


def p_s3cfg(g):
    ak, sk = aws_pair(g)
    body = "[default]\naccess_key = %s\nsecret_key = %s\nbucket_location = %s\nhost_base = s3.amazonaws.com\nhost_bucket = %%(bucket)s.s3.amazonaws.com\nuse_https = True\nsignature_v2 = False\n" % (ak, sk, g.pick(REGIONS))
    return case(body, g.pick([".s3cfg", "dotfiles/.s3cfg"]), sk, "aws", "aws_access_key_pair", "s3cfg")


def p_rclone(g):
    ak, sk = aws_pair(g)
    name = g.pick(["s3-backup", "prod-archive", "aws"])
    body = "[%s]\ntype = s3\nprovider = AWS\nenv_auth = false\naccess_key_id = %s\nsecret_access_key = %s\nregion = %s\nacl = private\n\n[gdrive-shared]\ntype = drive\nscope = drive.readonly\n" % (name, ak, sk, g.pick(REGIONS))
    return case(body, g.pick([".config/rclone/rclone.conf", "backup/rclone.conf"]), sk, "aws", "aws_access_key_pair", "rclone_conf")


def p_aws_credentials(g):
    ak, sk = aws_pair(g)
    prof = g.pick(["default", "prod", "deploy", g.org()])
    body = "[%s]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = %s\n" % (prof, ak, sk, g.pick(REGIONS))
    if g.chance(0.5):
        body = "[sso-dev]\nsso_session = corp\nsso_account_id = %d\nsso_role_name = Developer\n\n" % g.ri(10**11, 10**12 - 1) + body
    return case(body, g.pick([".aws/credentials", "dotfiles/aws/credentials"]), sk, "aws", "aws_access_key_pair", "aws_credentials_ini")


def p_aws_csv(g):
    ak, sk = aws_pair(g)
    if g.chance(0.5):
        body = "Access key ID,Secret access key\n%s,%s\n" % (ak, sk)
        path = g.pick(["%s_accessKeys.csv" % g.user(), "keys/accessKeys.csv"])
    else:
        body = "User name,Password,Access key ID,Secret access key,Console login link\n%s,,%s,%s,https://%d.signin.aws.amazon.com/console\n" % (g.user() + "-ci", ak, sk, g.ri(10**11, 10**12 - 1))
        path = "credentials.csv"
    return case(body, path, sk, "aws", "aws_access_key_pair", "csv_export")


def p_aws_shell(g):
    ak, sk = aws_pair(g)
    v = g.ri(0, 4)
    if v == 0:
        cmds = noise_cmds(g, g.ri(3, 8))
        i = g.ri(1, len(cmds) - 1)
        cmds[i:i] = ["export AWS_ACCESS_KEY_ID=%s" % ak, "export AWS_SECRET_ACCESS_KEY=%s" % sk, "aws s3 ls s3://%s-%s" % (g.org(), g.pick(["backups", "exports", "assets"]))]
        return case("\n".join(cmds) + "\n", ".bash_history", sk, "aws", "aws_access_key_pair", "bash_history")
    if v == 1:
        body = "$ aws configure --profile %s\nAWS Access Key ID [None]: %s\nAWS Secret Access Key [None]: %s\nDefault region name [None]: %s\nDefault output format [None]: json\n$ aws sts get-caller-identity --profile %s\n{\n    \"UserId\": \"AIDA%s\",\n    \"Account\": \"%d\",\n    \"Arn\": \"arn:aws:iam::%d:user/%s\"\n}\n" % (
            g.pick(["dev", "deploy"]), ak, sk, g.pick(REGIONS), "dev", g.s(B32U, 17), g.ri(10**11, 10**12 - 1), g.ri(10**11, 10**12 - 1), g.user())
        return case("# Setting up the deploy user\n\n```console\n" + body + "```\n", g.pick(["docs/aws-setup.md", "notes/onboarding.md"]), sk, "aws", "aws_access_key_pair", "markdown_doc")
    if v == 2:
        cmd = "docker run --rm -e AWS_ACCESS_KEY_ID=%s -e AWS_SECRET_ACCESS_KEY=%s -e AWS_DEFAULT_REGION=%s amazon/aws-cli s3 sync s3://%s-assets ./assets" % (ak, sk, g.pick(REGIONS), g.org())
        lines = ["Started by timer", "[Pipeline] sh", "+ " + cmd, "download: s3://%s-assets/index.html to assets/index.html" % g.org(), "Finished: SUCCESS"]
        return case("\n".join(lines) + "\n", "ci/sync-assets-%d.log" % g.ri(100, 9999), sk, "aws", "aws_access_key_pair", "ci_log_jenkins")
    if v == 3:
        ps = ["Get-ChildItem", "Set-AWSCredential -AccessKey %s -SecretKey %s -StoreAs %s" % (ak, sk, g.pick(["default", "deploy"])), "Get-S3Bucket", "Clear-Host"]
        return case("\r\n".join(ps) + "\r\n", "AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt", sk, "aws", "aws_access_key_pair", "powershell_history")
    cells = [nb_md(g, "# Pull S3 inventory\n"), nb_code(g, "import boto3\n\ns3 = boto3.client(\n    \"s3\",\n    aws_access_key_id=\"%s\",\n    aws_secret_access_key=\"%s\",\n    region_name=\"%s\",\n)" % (ak, sk, g.pick(REGIONS)), n=1),
             nb_code(g, "resp = s3.list_objects_v2(Bucket='%s-data')\nlen(resp['Contents'])" % g.org(), [{"data": {"text/plain": ["%d" % g.ri(1, 1000)]}, "execution_count": 2, "metadata": {}, "output_type": "execute_result"}], n=2)]
    return case(nb(cells), "notebooks/s3-inventory.ipynb", sk, "aws", "aws_access_key_pair", "jupyter_notebook")


def pw_cli(g, pw, user, host):
    db = g.pick(["app", "orders", "analytics", "prod"])
    opts = [
        ("PGPASSWORD='%s' psql -h %s -U %s -d %s" % (pw, host, user, db), "postgres"),
        ("mysql -h %s -u %s -p'%s' %s" % (host, user, pw, db), "mysql"),
        ("mysqldump -h %s -u%s -p'%s' --single-transaction %s > %s-%s.sql" % (host, user, pw, db, db, date_slug(g)), "mysql"),
        ("sqlcmd -S tcp:%s,1433 -U %s -P '%s' -d %s -Q \"SELECT TOP 5 * FROM dbo.Orders\"" % (host, user, pw, db), "mssql"),
        ("redis-cli -h %s -p 6379 -a '%s' --no-auth-warning info keyspace" % (host, pw), "redis"),
        ("mongosh \"mongodb://%s:27017/%s\" -u %s -p '%s' --authenticationDatabase admin" % (host, db, user, pw), "mongodb"),
        ("docker run -d --name pg -e POSTGRES_PASSWORD='%s' -p 5432:5432 postgres:16" % pw, "postgres"),
        ("docker login %s -u %s -p '%s'" % (g.pick(["registry.%s" % g.domain(), "%s.azurecr.io" % g.org()]), user, pw), "docker"),
        ("kubectl -n %s create secret generic %s-db --from-literal=username=%s --from-literal=password='%s'" % (g.pick(["prod", "staging"]), g.svc(), user, pw), "kubernetes"),
        ("helm install %s-pg bitnami/postgresql --set auth.username=%s --set auth.password='%s' --set auth.database=%s" % (g.svc(), user, pw, db), "helm"),
        ("ldapsearch -x -H ldaps://ldap.%s -D 'cn=%s,ou=svc,dc=%s,dc=com' -w '%s' -b 'dc=%s,dc=com' '(uid=%s)'" % (g.domain(), user, g.org(), pw, g.org(), g.user()), "ldap"),
        ("sshpass -p '%s' ssh -o StrictHostKeyChecking=no %s@%s" % (pw, g.pick(["ubuntu", "ec2-user", "deploy", user]), g.pick(["10.%d.%d.%d" % (g.ri(0, 255), g.ri(0, 255), g.ri(2, 250)), "bastion.%s" % g.domain()])), "ssh"),
        ("curl -u %s:'%s' https://jenkins.%s/api/json?pretty=true" % (user, pw, g.domain()), "jenkins"),
        ("smbclient //fs01.%s/share -U '%s%%%s'" % (g.domain(), user, pw), "smb"),
    ]
    return g.pick(opts)


def p_password_cli(g):
    pw = any_pw(g).replace("'", "")
    user = g.pick(DB_USERS)
    host = g.pick([db_host(g, "pg"), db_host(g, "mysql"), "10.%d.%d.%d" % (g.ri(0, 255), g.ri(0, 255), g.ri(2, 250)), "localhost"])
    cmd, prov = pw_cli(g, pw, user, host)
    v = g.ri(0, 4)
    if v == 0:
        cmds = noise_cmds(g, g.ri(3, 10))
        cmds.insert(g.ri(1, len(cmds) - 1), cmd)
        return case("\n".join(cmds) + "\n", g.pick([".bash_history", "dotfiles/.bash_history"]), pw, prov, "password_cli_flag", "bash_history")
    if v == 1:
        ep = g.epoch()
        cmds = noise_cmds(g, g.ri(3, 8))
        cmds.insert(g.ri(1, len(cmds) - 1), cmd)
        lines = []
        for x in cmds:
            ep += g.ri(5, 400)
            lines.append(": %d:0;%s" % (ep, x))
        return case("\n".join(lines) + "\n", ".zsh_history", pw, prov, "password_cli_flag", "zsh_history")
    if v == 2:
        body = "# Restore %s from backup\n\n1. Scale down writers.\n2. Connect and verify row counts:\n\n```bash\n%s\n```\n\n3. Scale writers back up and watch the dashboard.\n" % (g.svc(), cmd)
        return case(body, "docs/runbooks/restore-%s.md" % g.svc(), pw, prov, "password_cli_flag", "runbook_md")
    if v == 3:
        lines = ["[Pipeline] sh", "+ " + cmd, g.pick(["OK", "(5 rows affected)", "secret/db created", "PONG"]), "[Pipeline] }", "Finished: SUCCESS"]
        return case("\n".join(lines) + "\n", "ci/console-%d.txt" % g.ri(100, 9999), pw, prov, "password_cli_flag", "ci_log_jenkins")
    msgs = [slack_msg(g, "anyone have access to the %s box?" % g.svc(), 0), slack_msg(g, "yeah: `%s`" % cmd, 120), slack_msg(g, "thanks, in", 300)]
    return case(json.dumps(msgs, indent=4) + "\n", "slack-export/dev-help/%s.json" % date_slug(g), pw, prov, "password_cli_flag", "slack_export_json")


def p_ps_password(g):
    pw = any_pw(g).replace("'", "")
    user = g.pick(DB_USERS)
    org = g.org()
    opts = [
        "$pw = ConvertTo-SecureString '%s' -AsPlainText -Force" % pw,
        "$cred = New-Object System.Management.Automation.PSCredential ('%s\\%s', (ConvertTo-SecureString '%s' -AsPlainText -Force))" % (org.upper(), user, pw),
        "net use Z: \\\\fs01.%s\\share /user:%s\\%s %s" % (g.domain(org), org.upper(), user, pw),
        "Invoke-Sqlcmd -ServerInstance '%s' -Username %s -Password '%s' -Query 'SELECT @@VERSION'" % (db_host(g, "mssql"), user, pw),
        "$conn = New-Object System.Data.SqlClient.SqlConnection('Server=%s;Database=app;User Id=%s;Password=%s;')" % (db_host(g, "mssql"), user, pw.replace(";", "!")),
    ]
    cmd = g.pick(opts)
    cmds = [g.pick(PS_NOISE).format(svc=g.svc()) for _ in range(g.ri(3, 10))]
    cmds.insert(g.ri(1, len(cmds) - 1), cmd)
    return case("\r\n".join(cmds) + "\r\n", "AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt",
                pw.replace(";", "!") if "SqlConnection" in cmd else pw, "generic", "password", "powershell_history")


def p_conn_artefact(g):
    c = conn_cred(g)
    v = g.ri(0, 7)
    svc = g.svc()
    if v == 0 and c.kind.startswith("connection_string_adonet"):
        doc = {"Logging": {"LogLevel": {"Default": "Information"}}, "ConnectionStrings": {"DefaultConnection": c.secret}, "AllowedHosts": "*"}
        return ccase(json.dumps(doc, indent=2) + "\n", g.pick(["src/%s/appsettings.Production.json" % svc.title().replace("-", ""), "appsettings.Development.json"]), c.needle, c, "appsettings_json")
    if v == 1 and c.kind.startswith("connection_string_adonet"):
        body = '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <connectionStrings>\n    <add name="Default" connectionString="%s" providerName="System.Data.SqlClient" />\n  </connectionStrings>\n  <appSettings>\n    <add key="Environment" value="Production" />\n  </appSettings>\n</configuration>\n' % c.secret
        return ccase(body, "Web.config", c.needle, c, "web_config_xml")
    if v == 2 and c.kind == "connection_string_odbc_mssql":
        body = "[%s]\nDriver = ODBC Driver 18 for SQL Server\nServer = tcp:%s,1433\nDatabase = app\nUID = %s\nPWD = %s\nEncrypt = yes\n" % (svc, db_host(g, "mssql"), c.extra["user"], c.extra["password"])
        return ccase(body, g.pick([".odbc.ini", "etc/odbc.ini"]), c.needle, c, "odbc_ini")
    if v == 3:
        lines = [noise_log(g, i, "java", svc) for i in range(g.ri(2, 5))]
        lines.append("%s INFO  [%s] Connecting to %s (pool=%s, maxSize=%d)" % (log_ts(g, 20, "java"), svc, c.secret, g.pick(["HikariPool-1", "primary", "default"]), g.ri(5, 50)))
        lines += [noise_log(g, 30 + i, "java", svc) for i in range(g.ri(2, 4))]
        return ccase("\n".join(lines) + "\n", "logs/%s-%s.log" % (svc, date_slug(g)), c.needle, c, "app_log")
    if v == 4:
        cells = [nb_md(g, "# Weekly metrics\n"), nb_code(g, "import pandas as pd\nfrom sqlalchemy import create_engine", n=1),
                 nb_code(g, 'engine = create_engine("%s")\ndf = pd.read_sql("select * from orders limit 100", engine)' % c.secret.replace("jdbc:", ""), n=2)]
        return ccase(nb(cells), "notebooks/weekly-metrics.ipynb", c.needle, c, "jupyter_notebook")
    if v == 5:
        body = "services:\n  %s:\n    image: ghcr.io/%s/%s:%s\n    environment:\n      - LOG_LEVEL=info\n      - %s=%s\n    ports:\n      - \"8080:8080\"\n" % (svc, g.org(), svc, g.version(), c.env, c.secret)
        return ccase(body, g.pick(["docker-compose.prod.yml", "deploy/compose.yaml"]), c.needle, c, "docker_compose_yaml")
    if v == 6:
        body = "# %s connection notes\n\nProd replica (read-only):\n\n```\n%s\n```\n\nAsk #data-eng before running heavy queries.\n" % (svc, c.secret)
        return ccase(body, g.pick(["docs/data/%s.md" % svc, "notes/db-access.md"]), c.needle, c, "markdown_doc")
    return p_generic_with(g, c)


def p_generic_with(g, c):
    """Wrap a value-style cred in a quick generic artefact."""
    v = g.ri(0, 2)
    if v == 0:
        cmds = noise_cmds(g, g.ri(3, 8))
        cmds.insert(g.ri(1, len(cmds) - 1), cred_shell_cmd(g, c, allow_curl=False))
        return ccase("\n".join(cmds) + "\n", ".bash_history", c.needle, c, "bash_history")
    if v == 1:
        esc_ok = "&" not in c.secret
        msgs = [slack_msg(g, "what's the %s for staging?" % c.env, 0), slack_msg(g, "`%s`" % (c.secret if not esc_ok else c.secret), 60)]
        if not esc_ok:
            msgs[1]["text"] = "`%s`" % c.secret.replace("&", "&amp;")
        return ccase(json.dumps(msgs, indent=4) + "\n", "slack-export/platform/%s.json" % date_slug(g), c.needle, c, "slack_export_json")
    body = "Traceback (most recent call last):\n  File \"/srv/app/db.py\", line %d, in connect\n    return create_engine(url, pool_pre_ping=True)\n      url = '%s'\nValueError: unsupported driver option\n" % (g.ri(10, 200), c.secret)
    return ccase(body, "crash-reports/db-connect-%d.txt" % g.ri(1, 999), c.needle, c, "crash_report_python")


def p_azure_storage(g):
    acct = g.org() + g.pick(["prod", "data", "logs", "sa"]) + str(g.ri(1, 99))
    key = g.b64(64)
    cs = "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acct, key)
    v = g.ri(0, 3)
    if v == 0:
        doc = {"IsEncrypted": False, "Values": {"AzureWebJobsStorage": cs, "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated"}}
        return case(json.dumps(doc, indent=2) + "\n", "src/Functions/local.settings.json", key, "azure", "azure_storage_account_key", "json_config")
    if v == 1:
        lines = ["%s fail: Microsoft.Azure.WebJobs.Host[%d]" % (log_ts(g, 0, "iso"), g.ri(1, 999)),
                 "      Storage connection failed for '%s'" % cs, "      Azure.RequestFailedException: Server failed to authenticate the request.",
                 "      Status: 403 (Server failed to authenticate the request.)", "      ErrorCode: AuthenticationFailed", "      x-ms-request-id: %s" % g.uuid()]
        return case("\n".join(lines) + "\n", "logs/func-host-%s.log" % date_slug(g), key, "azure", "azure_storage_account_key", "app_log")
    if v == 2:
        cmds = noise_cmds(g, g.ri(2, 6))
        cmds.insert(1, "az storage blob upload-batch -d '$web' -s ./dist --connection-string \"%s\"" % cs)
        return case("\n".join(cmds) + "\n", ".bash_history", key, "azure", "azure_storage_account_key", "bash_history")
    body = "AZURE_STORAGE_CONNECTION_STRING,\"%s\"\nAZURE_CONTAINER,uploads\n" % cs
    return case("name,value\n" + body, "exports/app-settings.csv", key, "azure", "azure_storage_account_key", "csv_export")


def p_servicebus(g):
    ns = g.org() + "-" + g.pick(["bus", "events", "prod"])
    key = g.b64(32)
    kind = g.pick(["servicebus", "eventhub"])
    cs = "Endpoint=sb://%s.servicebus.windows.net/;SharedAccessKeyName=%s;SharedAccessKey=%s%s" % (
        ns, g.pick(["RootManageSharedAccessKey", "send-only", "listen"]), key, ";EntityPath=%s" % g.svc() if kind == "eventhub" else "")
    if g.chance(0.5):
        doc = {"Logging": {"LogLevel": {"Default": "Warning"}}, "ServiceBus": {"ConnectionString": cs, "Queue": g.svc()}}
        return case(json.dumps(doc, indent=2) + "\n", "appsettings.json", key, "azure", "azure_%s_sas_key" % kind, "appsettings_json")
    body = "### Replay dead letters\n\n```powershell\n$env:SB_CONN = '%s'\ndotnet run --project tools/DlqReplay -- --queue %s\n```\n" % (cs, g.svc())
    return case(body, "docs/runbooks/dlq-replay.md", key, "azure", "azure_%s_sas_key" % kind, "runbook_md")


def p_sas_url(g):
    acct = g.org() + g.pick(["prod", "data", "backup"]) + str(g.ri(1, 99))
    sig = pct(g.b64(32))
    st = g.ts()
    se = st + datetime.timedelta(days=g.pick([365, 730, 1825, 3650]))
    q = "sv=2022-11-02&ss=b&srt=co&sp=%s&se=%s&st=%s&spr=https&sig=%s" % (g.pick(["rwdlacupiytfx", "rl", "rwl", "racwdl"]),
                                                                         pct(se.strftime("%Y-%m-%dT%H:%M:%SZ")), pct(st.strftime("%Y-%m-%dT%H:%M:%SZ")), sig)
    url = "https://%s.blob.core.windows.net/%s?%s" % (acct, g.pick(["backups", "exports", "ml-data"]), q)
    v = g.ri(0, 2)
    if v == 0:
        cmds = noise_cmds(g, g.ri(2, 6))
        cmds.insert(1, "azcopy copy './export/*' '%s' --recursive" % url)
        return case("\n".join(cmds) + "\n", ".bash_history", sig, "azure", "azure_sas_token", "bash_history")
    if v == 1:
        body = "# Data drop\n\nUpload the nightly files with:\n\n```bash\nazcopy copy ./out/*.parquet \"%s\"\n```\n" % url
        return case(body, "docs/data-drop.md", sig, "azure", "azure_sas_token", "markdown_doc")
    msgs = [slack_msg(g, "where do I drop the files?", 0), slack_msg(g, "use this SAS URL: <%s>" % url.replace("&", "&amp;"), 90)]
    return case(json.dumps(msgs, indent=4) + "\n", "slack-export/data-eng/%s.json" % date_slug(g), sig, "azure", "azure_sas_token", "slack_export_json")


def p_private_key(g):
    pemtxt, marker, kind = gen_private_key(g)
    v = g.ri(0, 4)
    if v == 0:
        body = "# Bastion access\n\nIf your key is not provisioned yet, use the shared break-glass key:\n\n```\n%s```\n\n`chmod 600 ~/.ssh/bastion && ssh -i ~/.ssh/bastion ec2-user@%s`\n" % (pemtxt, g.pubip())
        return case(body, g.pick(["docs/runbooks/bastion.md", "docs/incidents/%s-access.md" % date_slug(g)]), marker, "generic", kind, "runbook_md")
    if v == 1:
        msgs = [slack_msg(g, "can you send me the deploy key?", 0), slack_msg(g, "```%s```" % pemtxt, 60), slack_msg(g, "got it, thanks", 200)]
        return case(json.dumps(msgs, indent=4) + "\n", "slack-export/infra/%s.json" % date_slug(g), marker, "generic", kind, "slack_export_json")
    if v == 2 and kind in ("pkcs8_private_key",):
        proj = "%s-%s-%d" % (g.org(), g.pick(["prod", "data", "ml"]), g.ri(100, 999))
        sa = "%s@%s.iam.gserviceaccount.com" % (g.pick(["terraform", "ci-deployer", "bq-reader"]), proj)
        doc = {"type": "service_account", "project_id": proj, "private_key_id": g.hex(40), "private_key": pemtxt, "client_email": sa,
               "client_id": str(g.ri(10**20, 10**21 - 1)), "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
               "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
               "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/" + sa.replace("@", "%40"), "universe_domain": "googleapis.com"}
        return case(json.dumps(doc, indent=2) + "\n", g.pick(["infra/gcp/%s.json" % proj, "keys/service-account.json"]), marker, "google", "gcp_service_account_key", "json_service_account")
    if v == 3:
        frm, to = g.email(), g.email()
        body = "\n".join(eml_headers(g, frm, to, "deploy key")) + "\n\nAttached inline as requested:\n\n" + pemtxt + "\n-- \n%s\n" % frm.split("@")[0]
        return case(body, "mail/deploy-key.eml", marker, "generic", kind, "email_eml")
    cells = [nb_md(g, "# Sign test payload\n"), nb_code(g, "key_pem = '''%s'''" % pemtxt, n=1), nb_code(g, "from cryptography.hazmat.primitives import serialization", n=2)]
    return case(nb(cells), "notebooks/signing-test.ipynb", marker, "generic", kind, "jupyter_notebook")


def p_jwt(g):
    if g.chance(0.6):
        tok = supabase_service_jwt(g)
        ref = g.s(LO, 20)
        v = g.ri(0, 3)
        if v == 0:
            body = "### List users\nGET https://%s.supabase.co/rest/v1/profiles?select=*\napikey: %s\nAuthorization: Bearer {{$dotenv SUPABASE_USER_JWT}}\n" % (ref, tok)
            return case(body, "http/supabase.http", tok, "supabase", "supabase_service_role_jwt", "rest_client_http")
        if v == 1:
            body = "## Admin query\n\n```bash\ncurl 'https://%s.supabase.co/rest/v1/orders?select=id,total&limit=5' \\\n  -H \"apikey: %s\"\n```\n" % (ref, tok)
            return case(body, "docs/supabase.md", tok, "supabase", "supabase_service_role_jwt", "markdown_doc")
        if v == 2:
            lines = [json.dumps({"ts": fmt_iso(g.ts()), "level": "debug", "msg": "supabase client init", "url": "https://%s.supabase.co" % ref, "key": tok}),
                     json.dumps({"ts": fmt_iso(g.ts(2)), "level": "info", "msg": "ready", "trace_id": g.trace()})]
            return case("\n".join(lines) + "\n", "logs/edge-fn.jsonl", tok, "supabase", "supabase_service_role_jwt", "json_log")
        body = "SUPABASE_URL,https://%s.supabase.co\nSUPABASE_SERVICE_ROLE_KEY,%s\n" % (ref, tok)
        return case("name,value\n" + body, "exports/vercel-env.csv", tok, "supabase", "supabase_service_role_jwt", "csv_export")
    ns, name = g.pick(["ci", "kube-system", "deploy", "default"]), g.pick(["ci-deployer", "argocd-manager", "github-actions", "jenkins"])
    tok = k8s_sa_jwt(g, ns, name)
    cluster = g.org() + "-" + g.pick(["prod", "staging"])
    body = "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: %s\n    server: https://%s.%s.eks.amazonaws.com\n  name: %s\ncontexts:\n- context:\n    cluster: %s\n    user: %s\n  name: %s\ncurrent-context: %s\nusers:\n- name: %s\n  user:\n    token: %s\n" % (
        g.b64(48), g.hex(32).upper(), g.pick(REGIONS), cluster, cluster, name, cluster, cluster, name, tok)
    return case(body, g.pick(["kubeconfig-%s.yaml" % cluster, "ci/kubeconfig"]), tok, "kubernetes", "kubernetes_sa_token", "kubeconfig_yaml")


def p_basic_auth(g):
    user = g.pick(DB_USERS + ["jenkins", "deploy", "grafana", "elastic"])
    pw = any_pw(g)
    b = b64s("%s:%s" % (user, pw))
    host = g.pick(["jenkins.%s" % g.domain(), "es.%s:9200" % g.domain(), "grafana.%s" % g.domain(), "registry.%s" % g.domain(), "api.%s" % g.domain()])
    v = g.ri(0, 3)
    if v == 0:
        req = "GET /api/v1/status HTTP/1.1\nHost: %s\nAuthorization: Basic %s\nAccept: application/json\nUser-Agent: curl/8.4.0\n\n" % (host, b)
        return case(req + "\n" + http_response_text(g), "captures/%s.txt" % host.split(".")[0], b, "generic", "http_basic_auth", "raw_http_capture")
    if v == 1:
        lines = [noise_log(g, i, "iso", "gateway") for i in range(g.ri(2, 5))]
        lines.append("%s DEBUG [gateway] upstream request headers={'Host': '%s', 'Authorization': 'Basic %s', 'X-Request-Id': '%s'}" % (log_ts(g, 30, "iso"), host, b, g.uuid()))
        lines += [noise_log(g, 40 + i, "iso", "gateway") for i in range(g.ri(1, 3))]
        return case("\n".join(lines) + "\n", "logs/gateway-%s.log" % date_slug(g), b, "generic", "http_basic_auth", "app_log")
    if v == 2:
        body = "### Cluster health\nGET https://%s/_cluster/health\nAuthorization: Basic %s\n" % (host, b)
        return case(body, "http/elastic.http", b, "generic", "http_basic_auth", "rest_client_http")
    doc = {"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "125.0"}, "entries": [{"startedDateTime": fmt_iso(g.ts()), "time": g.ri(20, 400),
           "request": {"method": "GET", "url": "https://%s/api/json" % host, "httpVersion": "HTTP/2", "headers": [{"name": "Authorization", "value": "Basic " + b}],
                       "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
           "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/2", "headers": [], "cookies": [], "content": {"size": 0, "mimeType": "application/json"},
                        "redirectURL": "", "headersSize": -1, "bodySize": 0}, "cache": {}, "timings": {"send": 0, "wait": 50, "receive": 1}}]}}
    return case(json.dumps(doc, indent=2) + "\n", "har/%s.har" % host.split(".")[0], b, "generic", "http_basic_auth", "har_json")


def p_email_password(g):
    org = g.org()
    frm, to = "it-support@" + g.domain(org), g.email(org)
    pw = random_pw(g, 14)
    sys_ = g.pick(["VPN", "staging admin console", "Jenkins", "SFTP drop box", "Grafana"])
    body = "Hello,\n\nYour account for the %s has been created.\n\nUsername: %s\nTemporary password: %s\n\nYou will be asked to change it at first login.\n\nIT Support\n" % (sys_, to.split("@")[0], pw)
    content = "\n".join(eml_headers(g, frm, to, "Your %s account" % sys_)) + "\n\n" + body
    return case(content, "mail/%s-account.eml" % sys_.split()[0].lower(), pw, "generic", "password", "email_eml")


def p_dotenv_export_csv_pw(g):
    c = password_cred(g)
    rows = [("DB_HOST", db_host(g, "pg")), ("DB_USER", c.extra["user"]), (c.env, c.secret), ("DB_NAME", "app")]
    lines = ["variable,value,environment"] + ["%s,%s,production" % (k, ('"%s"' % v) if "," in v else v) for k, v in rows]
    return case("\n".join(lines) + "\n", "exports/heroku-config.csv", c.needle, "generic", "password", "csv_export")


# ----------------------------------------------------------------------------- negative helpers
def ncase(files, main, provider, kind, filetype):
    if isinstance(files, str):
        files = {main: files}
    return {"files": files, "main": main, "needle": None, "provider": provider, "kind": kind, "filetype": filetype}


_PFX = re.compile(r"^(sk-proj-|sk-svcacct-|sk-ant-api03-|sk-or-v1-|github_pat_|sk_live_|rk_live_|dop_v1_|xox[bpa]-|xapp-|glpat-|hf_|gsk_|npm_|gh[pos]_|SG\.|AIza|NRAK-|PMAK-|lin_api_|sntryu_|glsa_|hvs\.|dapi|sbp_|shpat_|pplx-|xai-|r8_|key-|dckr_pat_|pypi-|ATATT|FLWSECK-|EAAA|figd_|CFPAT-|pul-|bkua_)")


def tok_prefix(tok):
    m = _PFX.match(tok)
    return m.group(1) if m else tok[:3]


def truncated(g, tok):
    """A clearly truncated/masked display of a token (never the full value)."""
    p = tok_prefix(tok)
    return g.pick([p + tok[len(p):len(p) + 4] + "…" + tok[-4:], p + "…" + tok[-4:], p + "*" * g.ri(8, 20) + tok[-4:],
                   p + "*" * (len(tok) - len(p)), p + tok[len(p):len(p) + 4] + "...", "…" + tok[-4:]])


MASKS = ["****", "********", "[REDACTED]", "<redacted>", "<hidden>", "[FILTERED]", "***", "REDACTED", "[MASKED]", "xxxxxxxx"]


def placeholder_for(g, c):
    p = tok_prefix(c.secret) if c.family == "token" else ""
    return g.pick(["YOUR_API_KEY", "<api-key>", "<your-token-here>", "$" + c.env, "${%s}" % c.env, "<%s>" % c.env, "{{%s}}" % c.cfgkey,
                   "%s..." % p if p else "<token>", "REPLACE_ME", "your-%s-key" % c.provider, "%%%s%%" % c.env])


def noise_neg_log(g, t, style, svc):
    return noise_log(g, t, style, svc)


def png_b64(g, w=16, h=16):
    raw = b"".join(b"\x00" + g.rbytes(w * 3) for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    return base64.b64encode(png).decode()


# ----------------------------------------------------------------------------- negative renderers
def n_applog_redacted(g):
    c = pick_token(g, "header")
    svc = g.svc()
    host, path = http_host_path(c.url)
    h = c.header()
    m = g.pick(MASKS)
    hv = h[1].replace(h[2], m) if g.chance(0.6) else h[1].replace(h[2], truncated(g, c.secret) if h[2] == c.secret else m)
    lines = [noise_log(g, i, "py", svc) for i in range(g.ri(3, 6))]
    lines.append("%s DEBUG [http] > %s %s" % (log_ts(g, 20, "py"), c.method, c.url))
    lines.append("%s DEBUG [http] > %s: %s" % (log_ts(g, 20, "py"), h[0], hv))
    lines.append("%s DEBUG [http] < %d (%dms) x-request-id=%s" % (log_ts(g, 21, "py"), g.pick([200, 401, 429]), g.ri(30, 900), g.reqid()))
    lines.append("%s INFO  [%s] settings loaded: {'env': 'prod', '%s': '%s', 'timeout': 30}" % (log_ts(g, 22, "py"), svc, c.cfgkey, g.pick(MASKS)))
    lines += [noise_log(g, 30 + i, "py", svc) for i in range(g.ri(2, 5))]
    return ncase("\n".join(lines) + "\n", "logs/%s-%s.log" % (svc, date_slug(g)), c.provider, "redacted_token", "app_log")


def n_jsonlog_ids(g):
    svc = g.svc()
    out = []
    for i in range(g.ri(5, 12)):
        rec = {"ts": fmt_iso(g.ts(i * 7)), "level": g.pick(["info", "debug", "warn"]), "service": svc, "msg": g.pick(["request completed", "outgoing request", "job finished"]),
               "trace_id": g.trace(), "span_id": g.span(), "request_id": g.uuid(), "user_id": g.uuid(), "duration_ms": g.ri(1, 900)}
        if g.chance(0.3):
            rec["http"] = {"method": "GET", "url": "https://api.%s/v1/items?page=%d" % (g.domain(), g.ri(1, 9)), "headers": {"authorization": g.pick(MASKS)}}
        if g.chance(0.2):
            c = pick_token(g, "any")
            rec["api_key_hint"] = truncated(g, c.secret)
        out.append(json.dumps(rec))
    return ncase("\n".join(out) + "\n", "logs/%s.jsonl" % svc, "none", "trace_and_request_ids", "json_log")


def n_accesslog(g):
    lines = []
    for i in range(g.ri(6, 14)):
        path = g.pick(["/search?q=%s&page=%d&sort=desc" % (g.pick(WORDS), g.ri(1, 9)),
                       "/static/js/app.%s.js" % g.hex(8), "/api/v1/items?cursor=%s&limit=50" % b64u_json({"id": g.ri(1, 99999), "dir": "next"}),
                       "/?utm_source=newsletter&utm_medium=email&utm_campaign=%s" % g.pick(WORDS), "/download?file=%s-%s.tar.gz&sha256=%s" % (g.svc(), g.version(), g.hex(64)),
                       "/healthz", "/v1/orders/%s" % g.uuid(), "/assets/%s.woff2" % g.hex(20), "/api/v1/session?request_id=%s" % g.uuid()])
        lines.append('%s - - [%s] "GET %s HTTP/1.1" %d %d "-" "%s" %0.3f' % (g.pubip(), g.ts(i * 3).strftime("%d/%b/%Y:%H:%M:%S +0000"), path,
                                                                          g.pick([200, 200, 304, 404]), g.ri(200, 90000), g.pick(["Mozilla/5.0", "curl/8.4.0", "kube-probe/1.29"]), g.r.random()))
    return ncase("\n".join(lines) + "\n", "logs/nginx/access-%s.log" % date_slug(g), "none", "query_params_no_secret", "nginx_access_log")


def n_ci_github_masked(g):
    t = 0

    def ts():
        return g.ts(t).strftime("%Y-%m-%dT%H:%M:%S.") + "%07dZ" % g.ri(0, 9999999)
    c = pick_token(g, "any")
    lines = ["%s ##[group]Run actions/setup-node@%s" % (ts(), g.sha()), "%s with:" % ts(), "%s   node-version: 20" % ts(), "%s   cache: npm" % ts(), "%s ##[endgroup]" % ts(),
             "%s Cache restored from key: node-cache-Linux-x64-npm-%s" % (ts(), g.hex(64)),
             "%s ##[group]Run npm publish --provenance" % ts(), "%s npm publish --provenance" % ts(), "%s shell: /usr/bin/bash -e {0}" % ts(), "%s env:" % ts(),
             "%s   %s: ***" % (ts(), c.env), "%s   NODE_AUTH_TOKEN: ***" % ts(), "%s ##[endgroup]" % ts(),
             "%s npm notice shasum: %s" % (ts(), g.hex(40)), "%s npm notice integrity: sha512-%s[...]%s==" % (ts(), g.b64(12)[:14], g.b64(6)[:6]),
             "%s Provenance statement published to transparency log: https://search.sigstore.dev/?logIndex=%d" % (ts(), g.ri(10**7, 9 * 10**7)),
             "%s + %s-%s" % (ts(), g.svc(), g.version()), "%s Post job cleanup." % ts()]
    return ncase("\n".join(lines) + "\n", "logs/gh-actions/%d_publish.txt" % g.ri(1, 9), "github", "masked_ci_log", "ci_log_github_actions")


def n_ci_gitlab_masked(g):
    ESC = "\x1b"
    svc = g.svc()
    lines = ["%s[0KRunning with gitlab-runner 16.%d.%d (%s)%s[0;m" % (ESC, g.ri(0, 11), g.ri(0, 3), g.hex(8), ESC),
             "%s[0KUsing docker image sha256:%s for docker:24-dind with digest docker@sha256:%s ...%s[0;m" % (ESC, g.hex(64), g.hex(64), ESC),
             "%s[32;1m$ echo \"$CI_REGISTRY_PASSWORD\" | docker login -u \"$CI_REGISTRY_USER\" --password-stdin $CI_REGISTRY%s[0;m" % (ESC, ESC),
             "Login Succeeded",
             "%s[32;1m$ curl -sf -H \"PRIVATE-TOKEN: [MASKED]\" \"$CI_API_V4_URL/projects/$CI_PROJECT_ID/releases\"%s[0;m" % (ESC, ESC),
             "%s[32;1m$ docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA%s[0;m" % (ESC, ESC),
             "%s: digest: sha256:%s size: %d" % (g.short_sha(), g.hex(64), g.ri(1000, 4000)),
             "Uploading artifacts for successful job%s" % "", "Job succeeded"]
    return ncase("\n".join(lines) + "\n", "ci-logs/job-%d.log" % g.ri(10**8, 9 * 10**9), "gitlab", "masked_ci_log", "ci_log_gitlab")


def n_ci_jenkins_masked(g):
    svc = g.svc()
    lines = ["[Pipeline] withCredentials", "Masking supported pattern matches of $API_TOKEN or $DB_PASSWORD", "[Pipeline] {", "[Pipeline] sh",
             "+ curl -sS -H 'Authorization: Bearer ****' https://api.%s/v1/deploy" % g.domain(), "{\"deployment_id\":\"%s\",\"status\":\"queued\"}" % g.uuid(),
             "+ PGPASSWORD=**** psql -h db.internal -U app -c 'select 1'", " ?column? ", "----------", "        1", "(1 row)",
             "[Pipeline] }", "[Pipeline] // withCredentials", "Checking out Revision %s (origin/main)" % g.sha(), "Finished: SUCCESS"]
    return ncase("\n".join(lines) + "\n", "jenkins/%s-build-%d.log" % (svc, g.ri(100, 9999)), "none", "masked_ci_log", "ci_log_jenkins")


def safe_shell_cmds(g):
    svc = g.svc()
    dom = g.domain()
    return [
        "export GITHUB_TOKEN=$(gh auth token)",
        "export OPENAI_API_KEY=$(op read \"op://Dev/OpenAI/credential\")",
        "export VAULT_ADDR=https://vault.%s:8200" % dom,
        "vault kv get -field=password secret/%s/db" % svc,
        "aws secretsmanager get-secret-value --secret-id prod/%s/db --query SecretString --output text | jq -r .password > /dev/null" % svc,
        "curl -sS -H \"Authorization: Bearer $API_TOKEN\" https://api.%s/v1/me" % dom,
        "docker login -u \"$DOCKER_USER\" --password-stdin < ~/.config/docker-token",
        "kubectl -n prod create secret generic %s-env --from-env-file=.env.prod --dry-run=client -o yaml | kubeseal -o yaml > sealed.yaml" % svc,
        "PGPASSWORD=$(pass show db/prod) psql -h db.internal -U app -c 'select now()'",
        "sha256sum dist/%s-%s.tar.gz" % (svc, g.version()),
        "docker pull nginx@sha256:%s" % g.hex(64),
        "git show %s --stat" % g.sha(),
        "git log --format=%%H -n 3",
        "gh run view %d --log-failed" % g.ri(10**9, 9 * 10**9),
        "helm upgrade %s ./chart --set image.digest=sha256:%s --set auth.existingSecret=%s-db" % (svc, g.hex(64), svc),
        "export AWS_PROFILE=%s-dev" % g.org(),
        "aws sso login --profile %s-dev" % g.org(),
        "echo $SLACK_WEBHOOK_URL | wc -c",
        "uuidgen",
        "openssl rand -hex 32 | vault kv put secret/%s/jwt value=-" % svc,
    ] + noise_cmds(g, 6)


def n_bash_history(g):
    cmds = g.sample(safe_shell_cmds(g), g.ri(6, 14))
    return ncase("\n".join(cmds) + "\n", g.pick([".bash_history", "dotfiles/.bash_history"]), "none", "env_reference", "bash_history")


def n_zsh_history(g):
    cmds = g.sample(safe_shell_cmds(g), g.ri(6, 14))
    ep = g.epoch()
    lines = []
    for x in cmds:
        ep += g.ri(5, 500)
        lines.append(": %d:%d;%s" % (ep, g.ri(0, 9), x))
    return ncase("\n".join(lines) + "\n", ".zsh_history", "none", "env_reference", "zsh_history")


def n_fish_history(g):
    cmds = g.sample(safe_shell_cmds(g), g.ri(5, 10))
    ep = g.epoch()
    body = "\n".join("- cmd: %s\n  when: %d" % (x.replace("export ", "set -gx ").replace("=", " ", 1) if x.startswith("export ") else x, ep + i * 60) for i, x in enumerate(cmds))
    return ncase(body + "\n", ".local/share/fish/fish_history", "none", "env_reference", "fish_history")


def n_ps_history(g):
    kv = "kv-%s-prod" % g.org()
    cmds = ["$env:OPENAI_API_KEY = (Get-Secret -Name OpenAI -AsPlainText)", "$cred = Get-Credential -UserName '%s\\svc_deploy'" % g.org().upper(),
            "$pw = Read-Host -AsSecureString -Prompt 'DB password'", "az keyvault secret show --vault-name %s --name db-password --query value -o tsv | Set-Clipboard" % kv,
            "Invoke-RestMethod -Uri https://api.%s/v1/me -Headers @{ Authorization = \"Bearer $env:API_TOKEN\" }" % g.domain(),
            "Get-FileHash .\\dist\\setup.msi -Algorithm SHA256", "docker pull mcr.microsoft.com/dotnet/aspnet:8.0@sha256:%s" % g.hex(64)]
    cmds = g.sample(cmds, g.ri(3, len(cmds))) + [g.pick(PS_NOISE).format(svc=g.svc()) for _ in range(g.ri(2, 6))]
    g.shuffle(cmds)
    return ncase("\r\n".join(cmds) + "\r\n", "AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt", "none", "secret_manager_reference", "powershell_history")


def n_readme_placeholders(g):
    c = pick_token(g, "curlable")
    ph = placeholder_for(g, c)
    svc = g.svc()
    h = c.header()
    if h:
        hv = h[1].replace(h[2], ph if c.auth[0] != "basic" else "BASE64_USER_COLON_TOKEN")
        ex = "curl %s \\\n  -H \"%s: %s\"%s" % (c.url, h[0], hv, (" \\\n  -d '%s'" % c.body) if c.body else "")
    else:
        ex = "curl \"%s\"" % c.full_url().replace(c.secret, ph)
    body = md_intro(g, svc) + "\n## Authentication\n\nCreate a key in the %s dashboard and export it:\n\n```bash\nexport %s=\"<paste your key>\"\n```\n\nThen:\n\n```bash\n%s\n```\n\nIn CI use the repository secret:\n\n```yaml\nenv:\n  %s: ${{ secrets.%s }}\n```\n" % (
        c.provider.title(), c.env, ex, c.env, c.env)
    return ncase(body, g.pick(["README.md", "docs/api.md", "docs/getting-started.md"]), c.provider, "placeholder", "markdown_doc")


def n_runbook_rotation(g):
    c = pick_token(g, "any")
    svc = g.svc()
    body = "# Runbook: rotate the %s credential for %s\n\n1. Generate a new key in the provider console.\n2. Store it: `vault kv put secret/%s/%s %s=@new-key.txt` (never paste it into chat).\n3. Trigger redeploy: `kubectl -n prod rollout restart deploy/%s`.\n4. Revoke the old key. Identify it by its hint, e.g. `%s` (key id `%s`).\n5. Confirm no 401s: trace `%s`.\n\nLast rotation: %s by %s (change `%s`).\n" % (
        c.provider.title(), svc, svc, c.provider, c.cfgkey, svc, truncated(g, c.secret), g.uuid(), g.trace(), date_slug(g), g.fullname(), g.short_sha())
    return ncase(body, "docs/runbooks/rotate-%s.md" % c.provider, c.provider, "truncated_prefix", "runbook_md")


def n_incident_notes(g):
    svc = g.svc()
    c = pick_token(g, "any")
    body = "# Postmortem: %s elevated 5xx (%s)\n\n## Impact\n%d%% of requests failed for %d minutes.\n\n## Timeline (UTC)\n- %s first alert, request id `%s`\n- %s CloudFront id `%s==`\n- %s rolled back `%s` -> `%s`\n- %s credential `%s` revoked as a precaution; new value lives in Vault only\n\n## Root cause\nA retry storm after the provider returned 429 (x-request-id `%s`).\n" % (
        svc, date_slug(g), g.ri(1, 40), g.ri(5, 120), g.ts().strftime("%H:%M"), g.reqid(), g.ts(120).strftime("%H:%M"), g.b64(42)[:56].replace("/", "_").replace("+", "-").rstrip("="),
        g.ts(600).strftime("%H:%M"), g.short_sha(), g.short_sha(), g.ts(900).strftime("%H:%M"), truncated(g, c.secret), g.uuid())
    return ncase(body, "docs/incidents/%s-%s.md" % (date_slug(g), svc), c.provider, "truncated_prefix", "incident_notes_md")


def n_issue_redacted(g):
    svc = g.svc()
    c = pick_token(g, "any")
    body = "**Describe the bug**\n`%s sync` exits with 401 since v%s.\n\n**Config** (secrets removed)\n```yaml\nendpoint: %s\n%s: %s\nretries: 3\n```\n\n**Logs**\n```\n%s ERROR request failed status=401 request_id=%s trace_id=%s\n```\n\n**Version**: %s (%s)\n" % (
        svc, g.version(), c.url or "https://api.%s" % g.domain(), c.cfgkey, g.pick(MASKS + ["<redacted>", "\"${%s}\"" % c.env]), log_ts(g, 0, "iso"), g.reqid(), g.trace(), g.version(), g.sha())
    return ncase(body, "issues/%d-401-after-upgrade.md" % g.ri(100, 9999), c.provider, "redacted_token", "issue_report_md")


def n_slack_export(g):
    c = pick_token(g, "any")
    msgs = [slack_msg(g, "rotated the %s key, old one ends in `%s`" % (c.provider, c.secret[-4:]), 0),
            slack_msg(g, "new one is in vault at `secret/%s/%s`, don't paste it here :pray:" % (g.svc(), c.provider), 60),
            slack_msg(g, "deploy `%s` went out, trace `%s`" % (g.short_sha(), g.trace()), 300),
            slack_msg(g, "for the webhook use the placeholder from the docs: `https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX` and set the real one via `SLACK_WEBHOOK_URL`", 500),
            slack_msg(g, "ok, CI shows `%s: ***` now" % c.env, 800)]
    return ncase(json.dumps(g.sample(msgs, g.ri(3, 5)), indent=4) + "\n", "slack-export/%s/%s.json" % (g.pick(["platform", "dev-help", "security"]), date_slug(g)),
                 c.provider, "truncated_prefix", "slack_export_json")


def dkim_header(g, dom):
    sig = g.b64(256)
    lines = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;" % (dom, g.pick(["google", "selector1", "s1", "k1"])),
             "        h=from:to:subject:date:message-id:mime-version;", "        bh=%s;" % g.b64(32), "        b=" + sig[:70]]
    for i in range(70, len(sig), 76):
        lines.append("         " + sig[i:i + 76])
    lines[-1] += ""
    return lines


def n_eml(g):
    org = g.org()
    dom = g.domain(org)
    frm, to = "no-reply@%s" % g.pick(["github.com", "stripe.com", "mailgun.net", dom]), g.email(org)
    hdr = eml_headers(g, frm, to, g.pick(["[GitHub] A personal access token was regenerated", "Your API key was rotated", "Weekly usage report"]))
    extra = dkim_header(g, frm.split("@")[1]) + ["ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none; d=%s; s=arc-20160816;" % (g.epoch(), frm.split("@")[1]), "        b=%s" % g.b64(96),
                                                   "X-MS-Exchange-CrossTenant-Id: %s" % g.uuid(), "X-Microsoft-Antispam-Message-Info: %s" % g.b64(120),
                                                   "X-Google-Smtp-Source: AGHT+IF%s" % g.b64(60)[:80]]
    c = pick_token(g, "any")
    body = "Hi,\n\nThe %s credential ending in %s was rotated on %s.\nIf you did not request this, contact security and quote reference %s.\n\nRequest ID: %s\n" % (
        c.provider.title(), c.secret[-4:], date_slug(g), g.uuid(), g.reqid())
    return ncase("\n".join(extra + hdr) + "\n\n" + body, "mail/%s.eml" % g.pick(["key-rotated", "token-regenerated", "usage-report"]), "none", "dkim_signature", "email_eml")


def n_raw_http_signed_webhook(g):
    body = json.dumps({"id": "evt_" + g.s(ALNUM, 24), "type": g.pick(["invoice.paid", "push", "charge.succeeded"]), "created": g.epoch(), "data": {"object": {"id": "in_" + g.s(ALNUM, 24)}}})
    if g.chance(0.5):
        hs = ["X-GitHub-Event: push", "X-GitHub-Delivery: %s" % g.uuid(), "X-GitHub-Hook-ID: %d" % g.ri(10**8, 9 * 10**8), "X-Hub-Signature: sha1=%s" % g.hex(40),
              "X-Hub-Signature-256: sha256=%s" % g.hex(64), "User-Agent: GitHub-Hookshot/%s" % g.hex(7)]
        host = "hooks.%s" % g.domain()
    else:
        hs = ["Stripe-Signature: t=%d,v1=%s,v0=%s" % (g.epoch(), g.hex(64), g.hex(64)), "User-Agent: Stripe/1.0 (+https://stripe.com/docs/webhooks)"]
        host = "api.%s" % g.domain()
    req = "POST /webhooks/%s HTTP/1.1\nHost: %s\nContent-Type: application/json\n%s\nContent-Length: %d\n\n%s\n" % (g.pick(["github", "stripe", "incoming"]), host, "\n".join(hs), len(body), body)
    return ncase(req, "captures/webhook-delivery-%d.txt" % g.ri(1, 999), "none", "webhook_signature_header", "raw_http_capture")


def n_raw_http_response(g):
    lines = ["HTTP/1.1 200 OK", "x-amz-id-2: %s" % g.b64(56), "x-amz-request-id: %s" % g.s(UP + DIG, 16), "Date: %s" % g.ts().strftime("%a, %d %b %Y %H:%M:%S GMT"),
             "Last-Modified: %s" % g.ts(-86400).strftime("%a, %d %b %Y %H:%M:%S GMT"), "ETag: \"%s\"" % g.hex(32), "x-amz-version-id: %s" % g.s(URLSAFE, 32),
             "x-amz-server-side-encryption: AES256", "Content-Type: application/gzip", "Content-Length: %d" % g.ri(1000, 10**7), "Server: AmazonS3",
             "Via: 1.1 %s.cloudfront.net (CloudFront)" % g.hex(32), "X-Amz-Cf-Id: %s==" % g.b64(42)[:54], "cf-ray: %s-%s" % (g.hex(16), g.pick(["FRA", "IAD", "LHR", "SIN"]))]
    return ncase("GET /releases/%s.tar.gz HTTP/1.1\nHost: %s.s3.amazonaws.com\n\n" % (g.version(), g.org()) + "\n".join(lines) + "\n", "captures/s3-download.txt", "aws", "request_ids", "raw_http_capture")


def n_restclient_vars(g):
    c = pick_token(g, "header")
    host, path = http_host_path(c.url)
    h = c.header()
    style = g.ri(0, 2)
    if style == 0:
        head = "@token = {{$dotenv %s}}\n" % c.env
    elif style == 1:
        head = "@token = {{$processEnv %s}}\n" % c.env
    else:
        head = "# @name login\nPOST https://auth.%s/oauth/token\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id={{clientId}}&client_secret={{$dotenv CLIENT_SECRET}}\n\n###\n@token = {{login.response.body.$.access_token}}\n" % g.domain()
    hv = h[1].replace(h[2], "{{token}}") if c.auth[0] != "basic" else "Basic {{basicAuth}}"
    body = head + "\n### %s\n%s https://%s%s\n%s: %s\nX-Request-Id: {{$guid}}\n" % (g.pick(["List", "Create"]), c.method, host, path, h[0], hv)
    return ncase(body, g.pick(["http/%s.http" % c.provider, "requests.http"]), c.provider, "env_reference", "rest_client_http")


def n_http_client_env(g):
    doc = {"dev": {"host": "http://localhost:8080", "tenant": g.uuid(), "token": ""}, "staging": {"host": "https://staging-api.%s" % g.domain(), "tenant": g.uuid()}}
    body = json.dumps(doc, indent=2) + "\n"
    return ncase(body, "http-client.env.json", "none", "empty_value_env_file", "json_config")


def n_insomnia_vars(g):
    c = pick_token(g, "http")
    wid = "wrk_" + g.hex(32)
    req = {"_id": "req_" + g.hex(32), "_type": "request", "parentId": wid, "name": "List", "method": c.method, "url": "{{ _.base_url }}/v1/items",
           "authentication": {"type": "bearer", "token": "{{ _.api_token }}", "prefix": ""}, "headers": [{"name": "X-Request-Id", "value": g.uuid()}]}
    env = {"_id": "env_" + g.hex(32), "_type": "environment", "parentId": wid, "name": "Base Environment", "data": {"base_url": "https://api.%s" % g.domain(), "api_token": "{{ _.secrets.api_token }}"}}
    doc = {"_type": "export", "__export_format": 4, "__export_date": fmt_iso(g.ts()), "__export_source": "insomnia.desktop.app:v8.6.1",
           "resources": [req, env, {"_id": wid, "_type": "workspace", "parentId": None, "name": g.svc(), "scope": "collection"}]}
    return ncase(json.dumps(doc, indent=2) + "\n", "insomnia/export.json", c.provider, "template_variable", "insomnia_export_json")


def n_bruno_vars(g):
    name = g.svc()
    files = {"bruno/%s/bruno.json" % name: json.dumps({"version": "1", "name": name, "type": "collection"}, indent=2) + "\n",
             "bruno/%s/environments/prod.bru" % name: "vars {\n  baseUrl: https://api.%s\n  tenantId: %s\n}\nvars:secret [\n  apiToken\n]\n" % (g.domain(), g.uuid()),
             "bruno/%s/list.bru" % name: "meta {\n  name: list-%s\n  type: http\n  seq: %d\n}\n\nget {\n  url: {{baseUrl}}/v%d/%s?limit=%d\n  body: none\n  auth: bearer\n}\n\nauth:bearer {\n  token: {{apiToken}}\n}\n" % (
                 g.pick(["items", "orders", "users", "invoices"]), g.ri(1, 9), g.ri(1, 3), g.pick(["items", "orders", "users", "invoices"]), g.pick([10, 25, 50, 100]))}
    return ncase(files, "bruno/%s/environments/prod.bru" % name, "none", "secret_variable_reference", "bruno_collection")


def n_postman_vars(g):
    doc = {"info": {"_postman_id": g.uuid(), "name": "%s API" % g.svc(), "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{accessToken}}", "type": "string"}]},
           "item": [{"name": "List", "request": {"method": "GET", "header": [{"key": "X-Correlation-Id", "value": "{{$guid}}"}], "url": {"raw": "{{baseUrl}}/v1/items", "host": ["{{baseUrl}}"], "path": ["v1", "items"]}}}],
           "variable": [{"key": "baseUrl", "value": "https://api.%s" % g.domain()}, {"key": "accessToken", "value": "", "type": "secret"}]}
    return ncase(json.dumps(doc, indent="\t") + "\n", "postman/%s.postman_collection.json" % g.svc(), "postman", "template_variable", "postman_collection_json")


def n_har_noauth(g):
    host = "app.%s" % g.domain()
    entries = []
    for i in range(g.ri(2, 4)):
        entries.append({"startedDateTime": fmt_iso(g.ts(i)), "time": g.ri(10, 300),
                        "request": {"method": "GET", "url": "https://%s/api/v1/items?page=%d" % (host, i + 1), "httpVersion": "HTTP/2",
                                    "headers": [{"name": "accept", "value": "application/json"}, {"name": "x-correlation-id", "value": g.uuid()}, {"name": "authorization", "value": "[removed]"}],
                                    "queryString": [{"name": "page", "value": str(i + 1)}], "cookies": [], "headersSize": -1, "bodySize": 0},
                        "response": {"status": 200, "statusText": "", "httpVersion": "HTTP/2", "headers": [{"name": "etag", "value": "W/\"%s\"" % g.hex(40)}, {"name": "x-request-id", "value": g.uuid()}],
                                     "cookies": [], "content": {"size": 120, "mimeType": "application/json"}, "redirectURL": "", "headersSize": -1, "bodySize": 120},
                        "cache": {}, "timings": {"send": 0, "wait": 40, "receive": 1}})
    doc = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "pages": [], "entries": entries}}
    return ncase(json.dumps(doc, indent=2) + "\n", "docs/bugs/network.har", "none", "redacted_header", "har_json")


def n_crash_python(g):
    svc = g.svc().replace("-", "_")
    body = "Traceback (most recent call last):\n  File \"/app/%s/tasks.py\", line %d, in sync_batch\n    result = client.fetch(batch_id)\n      batch_id = '%s'\n      client = <%s.client.Client object at 0x7f%s>\n      settings = Settings(env='prod', api_key='%s', timeout=30)\n  File \"/app/%s/client.py\", line %d, in fetch\n    resp.raise_for_status()\nrequests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://api.%s/v1/batches/%s\n" % (
        svc, g.ri(10, 300), g.uuid(), svc, g.hex(10), g.pick(MASKS), svc, g.ri(10, 300), g.domain(), g.uuid())
    return ncase(body, "crash-reports/%s-%s.txt" % (svc, date_slug(g)), "none", "redacted_token", "crash_report_python")


def n_crash_java(g):
    body = "Exception in thread \"main\" java.lang.IllegalStateException: Failed to execute CommandLineRunner\n\tat org.springframework.boot.SpringApplication.callRunner(SpringApplication.java:%d)\nCaused by: org.springframework.web.client.HttpClientErrorException$Unauthorized: 401 Unauthorized: \"{\"error\":\"invalid_token\",\"request_id\":\"%s\"}\"\n\tat com.%s.client.ApiClient.fetch(ApiClient.java:%d)\n\t... 12 common frames omitted\nBuild-Id: %s\nGit-Commit: %s\n" % (
        g.ri(700, 800), g.uuid(), g.org(), g.ri(20, 200), g.hex(40), g.sha())
    return ncase(body, "crash-reports/startup-%d.txt" % g.ri(1, 999), "none", "request_ids", "crash_report_java")


def n_crash_go(g):
    lines = ["panic: runtime error: invalid memory address or nil pointer dereference", "[signal SIGSEGV: segmentation violation code=0x1 addr=0x%x pc=0x%x]" % (g.ri(0, 255), g.ri(0x400000, 0xffffff)), "",
             "goroutine %d [running]:" % g.ri(1, 9999), "github.com/%s/%s/internal/client.(*Client).Do(0xc%09x, 0xc%09x)" % (g.org(), g.svc(), g.ri(0, 16**9 - 1), g.ri(0, 16**9 - 1)),
             "\t/src/internal/client/client.go:%d +0x%x" % (g.ri(10, 400), g.ri(16, 4000)), "main.main()", "\t/src/cmd/server/main.go:%d +0x%x" % (g.ri(10, 200), g.ri(16, 4000)),
             "", "build: vcs.revision=%s vcs.time=%s vcs.modified=false" % (g.sha(), fmt_iso(g.ts(), False)), "module: github.com/%s/%s h1:%s=" % (g.org(), g.svc(), g.b64(32)[:43])]
    return ncase("\n".join(lines) + "\n", "crash-reports/panic-%d.log" % g.ri(1, 999), "none", "build_metadata", "crash_report_go")


def n_jupyter(g):
    cells = [nb_md(g, "# Exploration\n"), nb_code(g, "import os\nfrom getpass import getpass\n\napi_key = os.environ.get(\"OPENAI_API_KEY\") or getpass(\"API key: \")", n=1),
             nb_code(g, "import matplotlib.pyplot as plt\nplt.plot([1, 2, 3])",
                     [{"data": {"image/png": png_b64(g), "text/plain": ["<Figure size 640x480 with 1 Axes>"]}, "metadata": {}, "output_type": "display_data"}], n=2),
             nb_code(g, "import hashlib\nhashlib.sha256(open('data/train.parquet','rb').read()).hexdigest()",
                     [{"data": {"text/plain": ["'%s'" % g.hex(64)]}, "execution_count": 3, "metadata": {}, "output_type": "execute_result"}], n=3)]
    return ncase(nb(cells), "notebooks/explore-%s.ipynb" % g.svc(), "none", "base64_image_and_hash", "jupyter_notebook")


def n_csv_ids(g):
    tsv = g.chance(0.3)
    sep = "\t" if tsv else ","
    lines = [sep.join(["order_id", "customer", "charge_id", "payment_intent", "amount", "currency", "created_at", "trace_id"])]
    for i in range(g.ri(5, 15)):
        lines.append(sep.join([g.uuid(), "cus_" + g.s(ALNUM, 14), "ch_3" + g.s(ALNUM, 23), "pi_3" + g.s(ALNUM, 23), "%d.%02d" % (g.ri(1, 900), g.ri(0, 99)),
                               g.pick(["usd", "eur", "gbp"]), fmt_iso(g.ts(i * 3600), False), g.trace()]))
    return ncase("\n".join(lines) + "\n", "exports/orders-%s.%s" % (date_slug(g), "tsv" if tsv else "csv"), "stripe", "object_ids", "tsv_export" if tsv else "csv_export")


def n_users_csv(g):
    lines = ["id,email_sha256,signup_at,plan,last_login_ip_hash"]
    for i in range(g.ri(5, 12)):
        lines.append("%s,%s,%s,%s,%s" % (g.uuid(), g.hex(64), fmt_iso(g.ts(-i * 86400), False), g.pick(["free", "pro", "team"]), g.hex(40)))
    return ncase("\n".join(lines) + "\n", "exports/users-anonymised.csv", "none", "hashes_and_uuids", "csv_export")


def n_vcr_filtered(g):
    c = pick_token(g, "header")
    h = c.header()
    host, path = http_host_path(c.url)
    ph = g.pick(["<%s>" % c.env, "<FILTERED>", "<AUTH_TOKEN>", "DUMMY"])
    hv = h[1].replace(h[2], ph)
    body = "interactions:\n- request:\n    body: null\n    headers:\n      %s:\n      - %s\n    method: %s\n    uri: %s\n  response:\n    body:\n      string: '{\"object\": \"list\", \"data\": []}'\n    headers:\n      X-Request-Id:\n      - %s\n      Openai-Organization:\n      - user-%s\n    status:\n      code: 200\n      message: OK\nversion: 1\n" % (
        h[0], hv, c.method, c.url, g.reqid(), g.s(LO + DIG, 24))
    return ncase(body, "tests/cassettes/test_%s_list.yaml" % c.provider, c.provider, "filtered_placeholder", "vcr_cassette_yaml")


def n_json_fixture(g):
    doc = {"data": [{"id": g.uuid(), "etag": g.hex(32), "sha256": g.hex(64), "created": fmt_iso(g.ts(i * 60))} for i in range(g.ri(2, 5))],
           "next_cursor": b64u_json({"after": g.uuid(), "limit": 50}), "request_id": g.reqid()}
    return ncase(json.dumps(doc, indent=2) + "\n", "tests/fixtures/list_response_%d.json" % g.ri(1, 9), "none", "base64_json_cursor", "json_fixture")


def n_release_notes(g):
    name = g.svc()
    ver = g.version()
    arts = ["%s-%s-%s.tar.gz" % (name, ver, p) for p in ["linux-amd64", "linux-arm64", "darwin-arm64", "windows-amd64"]]
    sums = "\n".join("%s  %s" % (g.hex(64), a) for a in arts)
    body = "## %s v%s\n\n### Changes\n- fix retry jitter (%s)\n- bump deps (#%d)\n\n### Checksums (SHA-256)\n\n```\n%s\n```\n\nContainer image: `ghcr.io/%s/%s@sha256:%s`\n\nVerify with cosign:\n\n```\ncosign verify-blob --key cosign.pub --signature %s.sig %s\n```\n\n`cosign.pub`:\n\n```\n-----BEGIN PUBLIC KEY-----\n%s\n%s\n-----END PUBLIC KEY-----\n```\n\nnpm integrity: `sha512-%s`\n" % (
        name, ver, g.short_sha(), g.ri(100, 999), sums, g.org(), name, g.hex(64), arts[0], arts[0], "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + g.b64(48)[:28], g.b64(40)[:56], g.b64(64))
    return ncase(body, "CHANGELOG.md" if g.chance(0.5) else "docs/releases/v%s.md" % ver, "none", "checksums_digests", "release_notes_md")


def n_git_log(g):
    out = []
    for i in range(g.ri(3, 6)):
        out.append("commit %s\nAuthor: %s <%s>\nDate:   %s\n\n    %s\n\n    Change-Id: I%s\n    Signed-off-by: %s <%s>\n" % (
            g.sha(), g.fullname(), g.email(), g.ts(-i * 3600).strftime("%a %b %d %H:%M:%S %Y +0000"), g.pick(["Fix token refresh race", "Rotate keys via vault", "Bump deps"]),
            g.hex(40), g.fullname(), g.email()))
    return ncase("\n".join(out), "docs/history/git-log-%s.txt" % date_slug(g), "none", "commit_sha", "git_log_txt")


def n_docker_digests(g):
    lines = ["REPOSITORY                          TAG       DIGEST                                                                    IMAGE ID       CREATED        SIZE"]
    for i in range(g.ri(3, 6)):
        lines.append("ghcr.io/%s/%-20s %-9s sha256:%s   %s   %d days ago    %dMB" % (g.org(), g.svc(), g.pick(["latest", "main", g.version()]), g.hex(64), g.hex(12), g.ri(1, 60), g.ri(20, 900)))
    lines += ["", "$ docker push ghcr.io/%s/%s:%s" % (g.org(), g.svc(), g.version()), "%s: Pushed" % g.hex(12), "latest: digest: sha256:%s size: %d" % (g.hex(64), g.ri(1000, 3000))]
    return ncase("\n".join(lines) + "\n", "docs/ops/images.txt", "docker", "image_digest", "text_doc")


def n_npmrc(g):
    org = g.org()
    body = g.pick(["registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n%s\n" % g.pick(["save-exact=true", "engine-strict=true", "fund=false", "audit-level=high"]),
                   "@%s:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}\nalways-auth=true\n" % org,
                   "registry=https://%s.jfrog.io/artifactory/api/npm/npm/\n//%s.jfrog.io/artifactory/api/npm/npm/:_authToken=${ARTIFACTORY_TOKEN}\n" % (org, org)])
    return ncase(body, ".npmrc", "npm", "env_reference", "npmrc")


def n_pypirc(g):
    body = "[distutils]\nindex-servers =\n    pypi\n    %s\n\n[pypi]\nusername = __token__\n# password comes from keyring: `keyring set https://upload.pypi.org/legacy/ __token__`\n\n[%s]\nrepository = https://%s.jfrog.io/artifactory/api/pypi/pypi-local\nusername = %s\n" % ((lambda o: (o, o, o, g.user()))(g.org()))
    return ncase(body, ".pypirc", "pypi", "no_secret_config", "pypirc")


def n_docker_config(g):
    doc = {"auths": {"https://index.docker.io/v1/": {}, "ghcr.io": {}, "%s.dkr.ecr.%s.amazonaws.com" % (g.ri(10**11, 10**12 - 1), g.pick(REGIONS)): {}},
           "credsStore": g.pick(["desktop", "osxkeychain", "pass"]), "credHelpers": {"gcr.io": "gcloud", "us-docker.pkg.dev": "gcloud"}, "currentContext": "default"}
    return ncase(json.dumps(doc, indent="\t") + "\n", ".docker/config.json", "docker", "credential_helper", "docker_config_json")


def n_gh_hosts(g):
    u = g.user()
    body = "github.com:\n    users:\n        %s:\n    git_protocol: ssh\n    user: %s\n" % (u, u)
    return ncase(body, ".config/gh/hosts.yml", "github", "keyring_backed_config", "gh_hosts_yaml")


def n_gh_auth_status(g):
    u = g.user()
    body = "$ gh auth status\ngithub.com\n  ✓ Logged in to github.com account %s (keyring)\n  - Active account: true\n  - Git operations protocol: https\n  - Token: gho_************************************\n  - Token scopes: 'gist', 'read:org', 'repo', 'workflow'\n" % u
    return ncase("# Troubleshooting gh\n\n```console\n" + body + "```\n", "docs/troubleshooting/gh-cli.md", "github", "masked_token", "markdown_doc")


def n_rclone(g):
    body = "[%s]\ntype = s3\nprovider = AWS\nenv_auth = true\nregion = %s\nstorage_class = %s\n\n[%s]\ntype = alias\nremote = %s:%s-%s\n" % (
        g.pick(["s3", "aws", "prod-s3"]), g.pick(REGIONS), g.pick(["STANDARD_IA", "GLACIER_IR", "STANDARD"]), g.pick(["backup", "archive"]), "s3", g.org(), g.pick(["backups", "archive", "exports"]))
    return ncase(body, ".config/rclone/rclone.conf", "aws", "env_auth", "rclone_conf")


def n_aws_config(g):
    acct = g.ri(10**11, 10**12 - 1)
    body = "[sso-session corp]\nsso_start_url = https://%s.awsapps.com/start\nsso_region = %s\nsso_registration_scopes = sso:account:access\n\n[profile dev]\nsso_session = corp\nsso_account_id = %d\nsso_role_name = Developer\nregion = %s\n\n[profile prod-readonly]\nsource_profile = dev\nrole_arn = arn:aws:iam::%d:role/ReadOnly\nexternal_id = %s\n" % (
        g.org(), g.pick(REGIONS), acct, g.pick(REGIONS), g.ri(10**11, 10**12 - 1), g.uuid())
    return ncase(body, ".aws/config", "aws", "sso_config", "aws_config_ini")


def n_aws_sts(g):
    acct = g.ri(10**11, 10**12 - 1)
    body = "```console\n$ aws sts get-caller-identity\n{\n    \"UserId\": \"AROA%s:%s\",\n    \"Account\": \"%d\",\n    \"Arn\": \"arn:aws:sts::%d:assumed-role/Developer/%s\"\n}\n```\n" % (
        g.s(B32U, 17), g.email(), acct, acct, g.email())
    return ncase("# Check which role you are using\n\n" + body, "docs/aws-whoami.md", "aws", "aws_identity_ids", "markdown_doc")


def n_aws_doc_example(g):
    svc = g.svc()
    if g.chance(0.5):
        body = "# Local S3 testing for %s\n\nThe AWS documentation example credentials below only work against the local MinIO/LocalStack container:\n\n```ini\n[localstack]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nendpoint_url = http://localhost:%d\n```\n" % (svc, g.pick([4566, 9000]))
    else:
        body = "## Configuring credentials\n\nRun `aws configure` and paste *your own* key pair. The prompts look like this (values are the AWS docs examples):\n\n```console\n$ aws configure\nAWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE\nAWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nDefault region name [None]: %s\nDefault output format [None]: json\n```\n" % g.pick(REGIONS)
    return ncase(body, g.pick(["docs/local-s3.md", "docs/%s/aws.md" % svc, "CONTRIBUTING.md"]), "aws", "documentation_example_key", "markdown_doc")


def n_netrc_example(g):
    body = "# Copy to ~/.netrc and fill in your own %s\nmachine %s\n  login <your-username>\n  password %s\n" % (
        g.pick(["token", "credentials"]), g.pick(["api.github.com", "gitlab.com", "artifacts.%s" % g.domain(), "urs.earthdata.nasa.gov"]), g.pick(["<personal-access-token>", "YOUR_TOKEN_HERE", "<password>"]))
    return ncase(body, g.pick([".netrc.example", "docs/netrc.sample"]), "github", "placeholder", "netrc")


def n_conn_nopw(g):
    v = g.ri(0, 5)
    host = db_host(g, "mssql")
    if v == 0:
        doc = {"ConnectionStrings": {"Default": "Server=tcp:%s,1433;Initial Catalog=app;Authentication=Active Directory Default;Encrypt=True;" % host}}
        return ncase(json.dumps(doc, indent=2) + "\n", "appsettings.json", "mssql", "passwordless_connection", "appsettings_json")
    if v == 1:
        doc = {"ConnectionStrings": {"Default": "Server=(localdb)\\\\MSSQLLocalDB;Database=%s;Integrated Security=True;TrustServerCertificate=True" % g.svc().title().replace("-", "")}}
        return ncase(json.dumps(doc, indent=2).replace("\\\\\\\\", "\\\\") + "\n", "appsettings.Development.json", "mssql", "integrated_security", "appsettings_json")
    if v == 2:
        body = "# Connecting to Atlas\n\nCopy the connection string from the Atlas UI:\n\n```\nmongodb+srv://<db_username>:<db_password>@cluster0.%s.mongodb.net/?retryWrites=true&w=majority&appName=Cluster0\n```\n\nReplace `<db_password>` with the password for the database user.\n" % g.s(LO + DIG, 5)
        return ncase(body, "docs/mongodb.md", "mongodb", "placeholder", "markdown_doc")
    if v == 3:
        body = "spring.datasource.url=jdbc:postgresql://%s:5432/%s?sslmode=require\nspring.datasource.username=${DB_USER}\nspring.datasource.password=${DB_PASSWORD}\nspring.jpa.open-in-view=false\nserver.port=%d\n" % (db_host(g, "pg"), g.pick(["app", "orders", "billing"]), g.pick([8080, 8081, 9000]))
        return ncase(body, "src/main/resources/application-prod.properties", "postgres", "env_reference", "properties")
    if v == 4:
        body = "services:\n  %s:\n    environment:\n      DATABASE_URL: postgresql://app@db:5432/%s\n      PGPASSWORD_FILE: /run/secrets/db_password\n      REDIS_URL: redis://redis:6379/0\n    secrets:\n      - db_password\nsecrets:\n  db_password:\n    file: ./secrets/db_password.txt\n" % (g.svc(), g.pick(["app", "orders", "core"]))
        return ncase(body, "docker-compose.yml", "postgres", "secret_file_reference", "docker_compose_yaml")
    body = "# %s\nDATABASE_URL=postgresql://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/%s\nREDIS_URL=redis://:${REDIS_PASSWORD}@cache:6379/0\nCELERY_BROKER_URL=amqp://${RABBIT_USER}:${RABBIT_PASS}@rabbitmq:5672//\n" % (g.svc(), g.pick(["app", "orders", "core"]))
    return ncase(body, ".env.example", "none", "env_reference", "dotenv_example")


def n_celery_banner(g):
    host = g.pick(["rabbitmq", "mq.internal", "localhost"])
    body = " \n -------------- celery@%s v5.3.6 (emerald-rush)\n--- ***** ----- \n-- ******* ---- Linux-6.5.0-x86_64-with-glibc2.36 %s\n- *** --- * --- \n- ** ---------- [config]\n- ** ---------- .> app:         %s:0x7f%s\n- ** ---------- .> transport:   amqp://%s:**@%s:5672//\n- ** ---------- .> results:     redis://:**@redis:6379/1\n- *** --- * --- .> concurrency: %d (prefork)\n-- ******* ---- .> task events: OFF\n--- ***** ----- \n -------------- [queues]\n                .> celery           exchange=celery(direct) key=celery\n" % (
        g.hex(12), g.ts().strftime("%Y-%m-%d %H:%M:%S"), g.svc(), g.hex(10), g.pick(["celery", "guest", "app"]), host, g.ri(2, 16))
    return ncase(body, "logs/celery-worker.log", "rabbitmq", "masked_password_uri", "app_log")


def n_sqlalchemy_log(g):
    svc = g.svc()
    lines = [noise_log(g, i, "py", svc) for i in range(g.ri(2, 4))]
    lines.append("%s INFO  [sqlalchemy.engine.Engine] connecting to postgresql+psycopg2://app:***@%s:5432/app" % (log_ts(g, 10, "py"), db_host(g, "pg")))
    lines.append("%s INFO  [alembic.runtime.migration] Running upgrade %s -> %s, add index" % (log_ts(g, 11, "py"), g.hex(12), g.hex(12)))
    return ncase("\n".join(lines) + "\n", "logs/migrate-%s.log" % date_slug(g), "postgres", "masked_password_uri", "app_log")


def n_kubectl_from_file(g):
    svc = g.svc()
    body = "# Deploying %s\n\n```bash\nkubectl -n prod create secret generic %s-env --from-env-file=./secrets/prod.env\nkubectl -n prod create secret tls %s-tls --cert=tls.crt --key=tls.key\nhelm upgrade --install %s ./chart -n prod \\\n  --set auth.existingSecret=%s-env \\\n  --set-file ca.bundle=./ca.pem \\\n  --set image.tag=%s\n```\n" % (
        svc, svc, svc, svc, svc, g.short_sha())
    return ncase(body, "docs/deploy.md", "kubernetes", "file_reference", "markdown_doc")


def n_db_cli_prompt(g):
    host = db_host(g, "pg")
    cmds = ["psql -h %s -U app -d app -W" % host, "mysql -u root -p", "mysql --login-path=prod -e 'show processlist'", "sqlcmd -S tcp:%s -G -d app" % db_host(g, "mssql"),
            "redis-cli --askpass -h cache.internal", "mongosh \"mongodb+srv://cluster0.%s.mongodb.net/\" --apiVersion 1 --username %s" % (g.s(LO + DIG, 5), g.user()),
            "pg_dump -h %s -U app -Fc app > app-%s.dump" % (host, date_slug(g))]
    cmds = g.sample(cmds, g.ri(3, len(cmds))) + noise_cmds(g, g.ri(2, 5))
    g.shuffle(cmds)
    return ncase("\n".join(cmds) + "\n", ".bash_history", "none", "password_prompt", "bash_history")


def n_authorized_keys(g):
    keys = [ssh_pubkey(g) for _ in range(g.ri(2, 5))]
    if g.chance(0.5):
        return ncase("\n".join(keys) + "\n", g.pick(["ansible/files/authorized_keys", "infra/bastion/authorized_keys"]), "none", "ssh_public_key", "authorized_keys")
    fp = "\n".join("256 SHA256:%s %s@%s (ED25519)" % (g.b64(32)[:43], g.user(), g.pick(["laptop", "mbp"])) for _ in range(3))
    return ncase("# Team SSH keys\n\n```\n%s\n```\n\nFingerprints:\n\n```\n%s\n```\n" % ("\n".join(keys), fp), "docs/ssh-keys.md", "none", "ssh_public_key", "markdown_doc")


def n_known_hosts(g):
    lines = []
    for _ in range(g.ri(3, 6)):
        lines.append("|1|%s|%s %s" % (g.b64(20), g.b64(20), " ".join(ssh_pubkey(g).split()[:2])))
    return ncase("\n".join(lines) + "\n", "ansible/files/known_hosts", "none", "hashed_known_hosts", "known_hosts")


def n_pgp_public(g):
    body = base64.b64encode(b"\x99\x01\x0d\x04" + g.rbytes(600)).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    crc = base64.b64encode(g.rbytes(3)).decode()
    txt = "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n%s\n=%s\n-----END PGP PUBLIC KEY BLOCK-----\n" % ("\n".join(lines), crc)
    return ncase("# Release signing key\n\nFingerprint: `%s`\n\n```\n%s```\n" % (" ".join(g.hex(40).upper()[i:i + 4] for i in range(0, 40, 4)), txt), "docs/signing-key.md", "none", "pgp_public_key", "markdown_doc")


def n_cert(g):
    return ncase(cert_pem(g) + cert_pem(g), g.pick(["certs/ca-bundle.crt", "deploy/tls/chain.pem"]), "none", "x509_certificate", "pem_certificate")


def n_jwks(g):
    keys = [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": g.hex(16), "n": g.b64u(256), "e": "AQAB", "x5t": g.b64u(20)} for _ in range(2)]
    return ncase(json.dumps({"keys": keys}, indent=2) + "\n", "tests/fixtures/jwks.json", "none", "jwks_public_keys", "json_fixture")


def n_oauth_client_ids(g):
    doc = {"google": {"clientId": "%d-%s.apps.googleusercontent.com" % (g.ri(10**11, 10**12 - 1), g.s(LO + DIG, 32)), "redirectUri": "https://app.%s/auth/callback" % g.domain()},
           "github": {"clientId": g.pick(["Iv1." + g.hex(16), "Ov23li" + g.s(ALNUM, 14)]), "scope": "read:user"},
           "azure": {"clientId": g.uuid(), "tenantId": g.uuid(), "authority": "https://login.microsoftonline.com/common"}}
    return ncase(json.dumps(doc, indent=2) + "\n", g.pick(["web/src/config/auth.json", "frontend/public/oauth-config.json"]), "none", "public_oauth_client_id", "json_config")


def n_publishable_keys(g):
    v = g.ri(0, 2)
    if v == 0:
        body = "export const stripeConfig = {\n  // publishable key: safe to ship to browsers\n  publishableKey: \"pk_live_51%s\",\n};\n" % g.s(ALNUM, 97)
        return ncase(body, "web/src/config/stripe.ts", "stripe", "publishable_key", "typescript_config")
    if v == 1:
        u = g.user()
        body = "MAPBOX_PUBLIC_TOKEN=pk.%s.%s\nMAP_STYLE=mapbox://styles/%s/%s\n" % (b64u_json({"u": u, "a": "cl" + g.s(LO + DIG, 23)}), g.s(URLSAFE, 22), u, g.s(LO + DIG, 25))
        return ncase(body, "web/.env.production", "mapbox", "public_token", "dotenv")
    site = "6L" + g.pick("cdef") + g.s(URLSAFE, 5) + "AAAAA" + g.s(URLSAFE, 27)
    body = "<form action=\"/signup\" method=\"post\">\n  <div class=\"g-recaptcha\" data-sitekey=\"%s\"></div>\n  <button type=\"submit\">Sign up</button>\n</form>\n<script src=\"https://www.google.com/recaptcha/api.js\" async defer integrity=\"sha384-%s\" crossorigin=\"anonymous\"></script>\n" % (site, g.b64(48))
    return ncase(body, "templates/signup.html", "google", "recaptcha_site_key", "html")


def n_sops(g):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (g.b64(n), g.b64(32), g.b64(16))
    age_pub = bech32_encode("age", g.rbytes(32))
    body = "db:\n    password: %s\n    user: %s\napi:\n    token: %s\nsops:\n    age:\n        - recipient: %s\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            %s\n            %s\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: \"%s\"\n    mac: %s\n    unencrypted_suffix: _unencrypted\n    version: 3.8.1\n" % (
        enc(18), enc(4), enc(40), age_pub, g.b64(48), g.b64(30), fmt_iso(g.ts(), False), enc(64))
    return ncase(body, "deploy/secrets/prod.enc.yaml", "sops", "encrypted_blob", "sops_yaml")


def n_ansible_vault(g):
    raw = g.hex(g.ri(300, 700)).encode().hex()
    lines = [raw[i:i + 80] for i in range(0, len(raw), 80)]
    return ncase("$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines) + "\n", "ansible/group_vars/prod/vault.yml", "ansible", "encrypted_blob", "ansible_vault")


def n_sealed_secret(g):
    svc = g.svc()
    body = "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: %s-env\n  namespace: prod\nspec:\n  encryptedData:\n    DB_PASSWORD: AgB%s\n    API_TOKEN: AgC%s\n  template:\n    metadata:\n      name: %s-env\n" % (svc, g.b64(380)[:500], g.b64(380)[:500], svc)
    return ncase(body, "deploy/k8s/%s-sealedsecret.yaml" % svc, "kubernetes", "encrypted_blob", "k8s_yaml")


def n_k8s_secretref(g):
    svc = g.svc()
    body = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: %s\nspec:\n  template:\n    spec:\n      containers:\n      - name: %s\n        image: ghcr.io/%s/%s@sha256:%s\n        env:\n        - name: DB_PASSWORD\n          valueFrom:\n            secretKeyRef:\n              name: %s-db\n              key: password\n        - name: OPENAI_API_KEY\n          valueFrom:\n            secretKeyRef:\n              name: %s-llm\n              key: api-key\n---\napiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: %s-llm\nspec:\n  secretStoreRef:\n    name: aws-secrets-manager\n    kind: ClusterSecretStore\n  data:\n  - secretKey: api-key\n    remoteRef:\n      key: prod/%s/openai\n" % (
        svc, svc, g.org(), svc, g.hex(64), svc, svc, svc, svc)
    return ncase(body, "deploy/k8s/%s.yaml" % svc, "kubernetes", "secret_manager_reference", "k8s_yaml")


def n_test_vectors(g):
    import hmac
    k1 = b"\x0b" * 20
    d1 = b"Hi There"
    alg = g.pick(["sha224", "sha256", "sha384", "sha512"])
    out1 = hmac.new(k1, d1, getattr(hashlib, alg)).hexdigest()
    out2 = hmac.new(b"Jefe", b"what do ya want for nothing?", getattr(hashlib, alg)).hexdigest()
    body = "# HMAC-%s test vectors (RFC 4231)\n\n| case | key | data | expected |\n|---|---|---|---|\n| 1 | `%s` | `4869205468657265` | `%s` |\n| 2 | `4a656665` (\"Jefe\") | `what do ya want for nothing?` | `%s` |\n\n`%s` must reproduce these exactly (see `tests/test_hmac_%s.py`).\n" % (alg.upper(), k1.hex(), out1, out2, g.svc(), alg)
    return ncase(body, "docs/crypto/test-vectors.md", "none", "rfc_test_vectors", "markdown_doc")


def n_webhook_docs(g):
    svc = g.svc()
    body = "# %s notifications\n\nOwner: %s. Create an incoming webhook (https://api.slack.com/messaging/webhooks) for #%s and store it as the `SLACK_WEBHOOK_URL` secret.\n\nFormats you will see:\n\n" % (svc, g.fullname(), g.pick(["alerts", "deploys", svc])) + "- Slack: `https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`\n- Discord: `https://discord.com/api/webhooks/{webhook.id}/{webhook.token}`\n- Teams: `https://<tenant>.webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<id>/<owner>`\n\n```yaml\n- name: Notify\n  run: curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"done\"}' \"${{ secrets.SLACK_WEBHOOK_URL }}\"\n```\n"
    if g.chance(0.5):
        body += "\nGrafana contact point uses `url: ${SLACK_WEBHOOK_URL}` (provisioned from the `%s-alerting` secret).\n" % svc
    return ncase(body, g.pick(["docs/notifications.md", "docs/%s/alerts.md" % svc, "README.md"]), "slack", "placeholder_webhook", "markdown_doc")


def n_masked_printenv(g):
    envs = ["BUILD_NUMBER=%d" % g.ri(100, 9999), "GIT_COMMIT=%s" % g.sha(), "HOME=/home/jenkins", "NPM_TOKEN=****", "DB_PASSWORD=****", "AWS_SECRET_ACCESS_KEY=****",
            "RUN_ID=%s" % g.uuid(), "PATH=/usr/local/bin:/usr/bin:/bin", "SLACK_WEBHOOK_URL=****"]
    envs.sort()
    return ncase("\n".join(["[Pipeline] sh", "+ env", "+ sort"] + envs + ["[Pipeline] }"]) + "\n", "ci/debug-env-%d.log" % g.ri(100, 9999), "none", "masked_ci_log", "ci_log_env_dump")


def n_github_app_config(g):
    body = "# GitHub App settings (non-secret)\nAPP_ID=%d\nAPP_CLIENT_ID=Iv1.%s\nAPP_SLUG=%s-bot\nPRIVATE_KEY_PATH=./secrets/%s-bot.private-key.pem\nWEBHOOK_SECRET=${GITHUB_WEBHOOK_SECRET}\nINSTALLATION_ID=%d\n" % (
        g.ri(100000, 999999), g.hex(16), g.org(), g.org(), g.ri(10**7, 9 * 10**7))
    return ncase(body, ".env.example", "github", "public_ids_env_reference", "dotenv_example")


def n_redacted_conn_log(g):
    svc = g.svc()
    lines = [noise_log(g, i, "java", svc) for i in range(g.ri(2, 4))]
    lines.append("%s INFO  [%s] Connecting to jdbc:postgresql://%s:5432/app?user=app&password=****" % (log_ts(g, 10, "java"), svc, db_host(g, "pg")))
    lines.append("%s INFO  [%s] Connecting to mongodb+srv://app:<redacted>@cluster0.%s.mongodb.net/app" % (log_ts(g, 11, "java"), svc, g.s(LO + DIG, 5)))
    lines += [noise_log(g, 20 + i, "java", svc) for i in range(g.ri(1, 3))]
    return ncase("\n".join(lines) + "\n", "logs/%s-%s.log" % (svc, date_slug(g)), "none", "masked_password_uri", "app_log")


def n_otel_trace(g):
    spans = [{"traceId": g.trace(), "spanId": g.span(), "parentSpanId": g.span() if i else "", "name": g.pick(["GET /v1/items", "SELECT orders", "redis GET"]),
              "startTimeUnixNano": str(g.epoch(i) * 10**9), "attributes": [{"key": "http.url", "value": {"stringValue": "https://api.%s/v1/items?page=%d" % (g.domain(), i + 1)}},
                                                                          {"key": "db.statement.hash", "value": {"stringValue": g.hex(40)}}]} for i in range(g.ri(2, 4))]
    doc = {"resourceSpans": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": g.svc()}}]}, "scopeSpans": [{"spans": spans}]}]}
    return ncase(json.dumps(doc, indent=2) + "\n", "tests/fixtures/otel-trace.json", "none", "trace_span_ids", "json_fixture")


def n_eml_plain(g):
    org = g.org()
    frm, to = g.email(org), g.email(org)
    body = "Hi team,\n\nThe new staging API key is in 1Password (vault \"Engineering\", item \"%s staging\"). Please don't forward it by email.\nBuild %d (commit %s) is green; image digest sha256:%s.\n\nThanks\n" % (g.svc(), g.ri(100, 9999), g.short_sha(), g.hex(64))
    return ncase("\n".join(eml_headers(g, frm, to, "staging key location")) + "\n\n" + body, "mail/staging-key-location.eml", "none", "secret_manager_reference", "email_eml")


# ----------------------------------------------------------------------------- plan
POS_PLAN = [
    (p_applog_http_debug, 16), (p_applog_config_dump, 14), (p_jsonlog, 16), (p_egress_log, 10), (p_ci_gitlab, 12), (p_ci_jenkins, 12),
    (p_ci_github, 12), (p_bash_history, 20), (p_zsh_history, 12), (p_fish_history, 5), (p_ps_history, 12), (p_readme_example, 22),
    (p_runbook, 12), (p_incident, 8), (p_issue, 10), (p_slack_export, 14), (p_eml, 8), (p_raw_http, 12), (p_restclient, 12),
    (p_insomnia, 7), (p_bruno, 7), (p_postman, 7), (p_har, 8), (p_crash_python, 10), (p_crash_node, 8), (p_crash_java, 7),
    (p_jupyter, 12), (p_csv_export, 10), (p_vcr_cassette, 8), (p_json_fixture, 7), (p_yaml_fixture, 5), (p_docker_inspect, 6),
    (p_kubectl_dump, 6), (p_printenv_ci, 6), (p_webhook_config, 18), (p_npmrc, 8), (p_pypirc, 4), (p_git_credentials, 7),
    (p_git_remote_token, 6), (p_gh_hosts, 3), (p_tfrc, 3), (p_composer_auth, 3), (p_gem_credentials, 2), (p_cargo_credentials, 2),
    (p_docker_config, 6), (p_nuget_config, 4), (p_maven_settings, 4), (p_pip_conf, 4), (p_netrc, 7), (p_pgpass, 5), (p_s3cfg, 4),
    (p_rclone, 4), (p_aws_credentials, 5), (p_aws_csv, 4), (p_aws_shell, 10), (p_password_cli, 16), (p_ps_password, 6),
    (p_conn_artefact, 22), (p_azure_storage, 6), (p_servicebus, 4), (p_sas_url, 5), (p_private_key, 12), (p_jwt, 8), (p_basic_auth, 8),
    (p_email_password, 4), (p_dotenv_export_csv_pw, 3),
]
NEG_PLAN = [
    (n_applog_redacted, 16), (n_jsonlog_ids, 14), (n_accesslog, 10), (n_ci_github_masked, 12), (n_ci_gitlab_masked, 10), (n_ci_jenkins_masked, 10),
    (n_bash_history, 16), (n_zsh_history, 10), (n_fish_history, 5), (n_ps_history, 10), (n_readme_placeholders, 24), (n_runbook_rotation, 14),
    (n_incident_notes, 10), (n_issue_redacted, 10), (n_slack_export, 14), (n_eml, 10), (n_raw_http_signed_webhook, 10), (n_raw_http_response, 8),
    (n_restclient_vars, 12), (n_http_client_env, 4), (n_insomnia_vars, 6), (n_bruno_vars, 6), (n_postman_vars, 6), (n_har_noauth, 7),
    (n_crash_python, 10), (n_crash_java, 7), (n_crash_go, 6), (n_jupyter, 10), (n_csv_ids, 10), (n_users_csv, 6), (n_vcr_filtered, 8),
    (n_json_fixture, 8), (n_release_notes, 12), (n_git_log, 8), (n_docker_digests, 8), (n_npmrc, 8), (n_pypirc, 4), (n_docker_config, 6),
    (n_gh_hosts, 3), (n_gh_auth_status, 5), (n_rclone, 4), (n_aws_config, 5), (n_aws_sts, 5), (n_aws_doc_example, 3), (n_netrc_example, 4),
    (n_conn_nopw, 16), (n_celery_banner, 6), (n_sqlalchemy_log, 6), (n_kubectl_from_file, 8), (n_db_cli_prompt, 8), (n_authorized_keys, 8),
    (n_known_hosts, 5), (n_pgp_public, 5), (n_cert, 6), (n_jwks, 5), (n_oauth_client_ids, 8), (n_publishable_keys, 9), (n_sops, 7),
    (n_ansible_vault, 5), (n_sealed_secret, 6), (n_k8s_secretref, 8), (n_test_vectors, 4), (n_webhook_docs, 6), (n_masked_printenv, 6),
    (n_github_app_config, 5), (n_redacted_conn_log, 7), (n_otel_trace, 5), (n_eml_plain, 5),
]


def allocate(plan, total):
    wsum = sum(w for _, w in plan)
    raw = [(fn, total * w / wsum) for fn, w in plan]
    counts = [(fn, int(x)) for fn, x in raw]
    rem = total - sum(c for _, c in counts)
    order = sorted(range(len(raw)), key=lambda i: -(raw[i][1] - int(raw[i][1])))
    counts = [list(x) for x in counts]
    for i in order[:rem]:
        counts[i][1] += 1
    out = []
    for fn, c in counts:
        out += [fn] * c
    return out


# ----------------------------------------------------------------------------- self-check patterns
STRONG_PATTERNS = [re.compile(p) for p in [
    r"gh[pousr]_[A-Za-z0-9]{36}", r"github_pat_[A-Za-z0-9_]{82}", r"glpat-[A-Za-z0-9_-]{20}", r"gldt-[A-Za-z0-9_-]{20}",
    r"xox[bpa]-[0-9]{6,}-[A-Za-z0-9-]{10,}", r"xapp-1-[A-Z0-9]+-\d+-[a-f0-9]{20,}", r"[sr]k_live_[A-Za-z0-9]{20,}", r"whsec_[A-Za-z0-9]{32}",
    r"sk-(?:proj|svcacct)-[A-Za-z0-9_-]{40,}", r"sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}", r"sk-ant-api03-[A-Za-z0-9_-]{90,}",
    r"AIza[0-9A-Za-z_-]{35}", r"GOCSPX-[A-Za-z0-9_-]{28}", r"\bhf_[A-Za-z]{34}\b", r"\br8_[A-Za-z0-9]{37}", r"gsk_[A-Za-z0-9]{52}",
    r"sk-or-v1-[0-9a-f]{64}", r"pplx-[A-Za-z0-9]{48}", r"xai-[A-Za-z0-9]{80}", r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}", r"\bkey-[0-9a-f]{32}\b",
    r"[0-9a-f]{32}-us\d{1,2}\b", r"npm_[A-Za-z0-9]{36}", r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}", r"dckr_pat_[A-Za-z0-9_-]{27}", r"dop_v1_[0-9a-f]{64}",
    r"shpat_[0-9a-f]{32}", r"ATATT3xFfGF0[A-Za-z0-9_=-]{100,}", r"lin_api_[A-Za-z0-9]{40}", r"secret_[A-Za-z0-9]{43}", r"PMAK-[0-9a-f]{24}-[0-9a-f]{34}",
    r"NRAK-[A-Z0-9]{27}", r"sntryu_[0-9a-f]{64}", r"glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}", r"hvs\.[A-Za-z0-9_-]{24,}", r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{60,}",
    r"dapi[0-9a-f]{32}", r"sbp_[0-9a-f]{40}", r"\b\d{8,10}:AA[A-Za-z0-9_-]{33}", r"(?<![A-Za-z0-9+/])EAAA[A-Za-z0-9_-]{60}", r"access_token\$production\$",
    r"FLWSECK-[0-9a-f]{32}-X", r"sk\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{20,}", r"[A-Za-z0-9]{3}\dQ~[A-Za-z0-9_~.-]{34}", r"rubygems_[0-9a-f]{48}",
    r"\bcio[A-Za-z0-9]{32}\b", r"AGE-SECRET-KEY-1[0-9A-Z]{58}", r"dp\.st\.[a-z]+\.[A-Za-z0-9]{40,}", r"pul-[0-9a-f]{40}", r"bkua_[0-9a-f]{40}",
    r"CCIPAT_[A-Za-z0-9]{22}_[0-9a-f]{40}", r"cmVmdGtuOjAxOj[A-Za-z0-9+/]{40,}", r"SSWS 00[A-Za-z0-9_-]{40}", r"\bpat[A-Za-z0-9]{14}\.[0-9a-f]{64}",
    r"CFPAT-[A-Za-z0-9_-]{43}", r"figd_[A-Za-z0-9_-]{40}", r"\bAKIA[A-Z2-7]{16}\b", r"-----BEGIN [A-Z ]*PRIVATE KEY-----",
    r"hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{24}", r"discord(?:app)?\.com/api/webhooks/\d+/[A-Za-z0-9_-]{60,}",
    r"webhook\.office\.com/webhookb2/[0-9a-f-]{36}@", r"hooks\.zapier\.com/hooks/catch/\d+/[a-z0-9]+", r"logic\.azure\.com[^\s\"']*sig=[A-Za-z0-9_-]{20,}",
    r"/hooks/[a-z0-9]{26}\b", r"AccountKey=[A-Za-z0-9+/]{80,}={0,2}", r"SharedAccessKey=[A-Za-z0-9+/]{40,}={0,2}", r"[?&]sig=[A-Za-z0-9%]{30,}",
    r"eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{20,}", r"Basic [A-Za-z0-9+/]{12,}={0,2}", r"://[^\s:/@'\"<>{}$]+:[^\s@/*<>{}$'\"]{3,}@",
    r"_auth=[A-Za-z0-9+/]{12,}", r"\"auth\":\s*\"[A-Za-z0-9+/]{12,}",
]]
# documented placeholders deliberately used in negatives
ALLOWED_NEG = ["hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", "AKIAIOSFODNN7EXAMPLE"]
CONTEXT_RE = re.compile(r"(?i)(?:password|passwd|pwd|secret|token|api[_-]?key|auth)[\"']?\s*[:=]\s*[\"']?([^\s\"',;<>{}()\[\]]{8,})")


def context_suspicious(v):
    if any(x in v for x in ("$", "*", "…", "REDACTED", "MASKED", "FILTERED", "example", "EXAMPLE", "your", "YOUR", "/", "@", "%")):
        return False
    has_d = any(ch.isdigit() for ch in v)
    has_a = any(ch.isalpha() for ch in v)
    return has_d and has_a and len(v) >= 12


# ----------------------------------------------------------------------------- main
def write_case(outdir, label, idx, cs):
    base = "%s/%s%04d" % (label, "p" if label == "pos" else "n", idx)
    for rel, content in cs["files"].items():
        assert not rel.startswith("/") and ".." not in rel.split("/"), rel
        full = os.path.join(outdir, base, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="") as fh:
            fh.write(content)
    return base + "/" + cs["main"]


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_i.py OUTDIR SEED\n")
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    g = G(seed)
    os.makedirs(outdir, exist_ok=True)
    pos_fns = allocate(POS_PLAN, N_POS)
    neg_fns = allocate(NEG_PLAN, N_NEG)
    g.shuffle(pos_fns)
    g.shuffle(neg_fns)
    manifest, secrets = [], []
    pos_cases, neg_cases = [], []
    seen_needles = set()
    for i, fn in enumerate(pos_fns):
        g.new_case()
        for _attempt in range(20):
            cs = fn(g)
            if cs["needle"] not in seen_needles:
                break
        seen_needles.add(cs["needle"])
        content = cs["files"][cs["main"]]
        assert cs["needle"] and cs["needle"] in content, (fn.__name__, cs["needle"][:40])
        line = content[:content.index(cs["needle"])].count("\n") + 1
        rel = write_case(outdir, "pos", i, cs)
        manifest.append({"file": rel, "label": "pos", "provider": cs["provider"], "kind": cs["kind"], "filetype": cs["filetype"]})
        secrets.append({"file": rel, "needle": cs["needle"], "line": line})
        pos_cases.append((rel, cs))
    for i, fn in enumerate(neg_fns):
        g.new_case()
        cs = fn(g)
        rel = write_case(outdir, "neg", i, cs)
        manifest.append({"file": rel, "label": "neg", "provider": cs["provider"], "kind": cs["kind"], "filetype": cs["filetype"]})
        neg_cases.append((rel, cs))
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s_ in secrets:
            fh.write(json.dumps(s_, ensure_ascii=False) + "\n")
    self_check(outdir, manifest, secrets, neg_cases)


def self_check(outdir, manifest, secrets, neg_cases):
    assert sum(1 for m in manifest if m["label"] == "pos") == N_POS
    assert sum(1 for m in manifest if m["label"] == "neg") == N_NEG
    for m in manifest:
        assert os.path.isfile(os.path.join(outdir, m["file"])), m["file"]
    needles = set()
    for s_ in secrets:
        with open(os.path.join(outdir, s_["file"]), encoding="utf-8", newline="") as fh:
            txt = fh.read()
        assert s_["needle"] in txt, s_["file"]
        assert s_["needle"] in txt.split("\n")[s_["line"] - 1], s_["file"]
        needles.add(s_["needle"])
    bad = []
    for rel, cs in neg_cases:
        for frel, content in cs["files"].items():
            for nd in needles:
                if len(nd) >= 8 and nd in content and not nd.startswith("-----BEGIN"):
                    bad.append((rel, "needle", nd[:30]))
            for pat in STRONG_PATTERNS:
                for mt in pat.finditer(content):
                    ctx = content[max(0, mt.start() - 60): mt.end() + 60]
                    if any(a in ctx for a in ALLOWED_NEG):
                        continue
                    bad.append((rel, pat.pattern, mt.group(0)[:60]))
    if bad:
        for b in bad[:30]:
            sys.stderr.write("NEGATIVE CONTAINS POSITIVE PATTERN: %r\n" % (b,))
        raise SystemExit("self-check failed: %d hits" % len(bad))
    warn = 0
    for rel, cs in neg_cases:
        for content in cs["files"].values():
            for mt in CONTEXT_RE.finditer(content):
                if context_suspicious(mt.group(1)):
                    warn += 1
                    if os.environ.get("GEN_I_VERBOSE"):
                        sys.stderr.write("context warning %s: %s\n" % (rel, mt.group(0)[:80]))
    sys.stderr.write("self-check ok: %d pos, %d neg, %d context warnings\n" % (N_POS, N_NEG, warn))


if __name__ == "__main__":
    main()
