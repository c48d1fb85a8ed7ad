#!/usr/bin/env python3
"""gen_ig.py - blind evaluation set for a secret scanner (pre-commit hook).

EMPHASIS
    Contract tests, API mocks and snapshot / golden files: Pact contract JSON
    (interactions with request headers), WireMock mappings and __files, MSW
    handlers, Mountebank imposters, Prism / OpenAPI mock specs, Hoverfly
    simulations, Karate and Cucumber feature files, REST Assured / SuperTest /
    pytest / Go / RSpec / WireMock.Net tests with auth headers, Jest and Vitest
    __snapshots__/*.snap, inline snapshots, Rust insta .snap, syrupy .ambr,
    Go testdata/*.golden, ApprovalTests *.approved.txt, Storybook stories with
    mocked API clients, Postman collections / environments and Newman runs,
    Dredd hooks, Schemathesis config, recorded GraphQL fixtures, HAR / Polly /
    nock / VCR / vcrpy cassettes, .http request files, k6 / JMeter scripts.
    Providers / kinds: Stripe (sk_live_, sk_test_, rk_live_, whsec_), GitHub
    (ghp_, gho_, ghs_, github_pat_), Slack (xoxb-, xoxp-, incoming webhook
    URLs), SendGrid (SG.), OpenAI (sk-proj-, legacy sk-...T3BlbkFJ...),
    Anthropic (sk-ant-api03-), AWS key pairs (AKIA/ASIA + secret), npm (npm_),
    GitLab (glpat-), Hugging Face (hf_), Twilio (auth token, Basic header),
    Mailgun, Datadog, Shopify (shpat_), Google OAuth client secrets
    (GOCSPX-), Azure AD client secrets, generic OAuth client secrets, JWT and
    opaque bearer tokens, session cookies, basic-auth headers, database /
    broker URLs with passwords, EC private keys in fixtures.
    Templates: 92 positive templates; negatives use those same 92 templates
    with a non-secret slot (half) plus 72 look-alike templates (other half).
    File types: json, har, snap, ambr, golden, approved.txt, js, ts, tsx, py,
    java, kt, go, rb, cs, groovy, feature, yml/yaml, toml, properties, md,
    log, csv, sql, http, sh, jmx (xml), .env (few positives only).

USAGE
    python3 -B gen_ig.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one
    line per positive: file, needle, 1-based line).  Deterministic per SEED:
    every random choice comes from one random.Random(SEED).

NEEDLE CONVENTIONS
    * Tokens / API keys: the token itself, prefix included (sk_live_...,
      ghp_..., xoxb-..., SG.x.y, AKIA-less secret etc.).
    * Headers: only the credential, never the scheme: for
      "Authorization: Bearer X" the needle is X; for "Basic B64" it is the
      base64 blob B64; for "Cookie: sid=V" it is V.
    * Code using user + password (auth=(u, p), .basic(u, p)): the password.
    * Database / broker URLs: the password component only.
    * Webhook URLs whose path is the secret (Slack incoming webhooks): the
      full URL from "https://" to the end of the token.
    * Key pairs (AWS access key id + secret, Twilio SID + auth token, OAuth
      client id + client secret): the secret half; the public half is
      written nearby, usually on the previous line.
    * Multi-line private keys (PEM): the first 64-character base64 line of
      the body.  When the PEM is written JSON-escaped on one line the same
      64 characters appear inside that line.
    * The line reported is the first line containing the needle; the
      program asserts the needle is on that line.

NEGATIVES
    Half re-use the positive templates with the secret slot holding a
    non-secret: placeholders (<your-key>, YOUR_API_KEY_HERE, changeme,
    xxxx...), empty strings, masked values (****, [REDACTED], sk_live_****1234),
    environment references in the file's own language (os.environ[...],
    process.env.X, System.getenv, ${VAR}), secret-manager references
    (vault:, op://, AWS Secrets Manager ARNs, ssm), template expressions
    ({{token}}, ${{ secrets.X }}, #(token)), providers' documented example
    values (Stripe sk_test_4eC39HqLyjWDarjtT1zdp7dc, AWS AKIAIOSFODNN7EXAMPLE,
    Slack T00000000/B00000000/XXXX..., RFC 7617 Aladdin header), and values
    documented as public (Stripe pk_test_/pk_live_ publishable keys, OAuth
    client ids, PEM public keys).  The other half are look-alikes from this
    domain: Pact matchingRules / regex matchers, WireMock ids, UUIDs, request
    ids, ETags, git SHAs, integrity hashes, image digests, webhook signatures
    (Stripe-Signature, X-Hub-Signature-256), SigV4 signatures with the AWS
    example key id, JWKS / PEM public keys / certificates, JWTs with
    alg "none" or a test issuer documented as fixtures, base64 bodies, relay
    ids and cursors, provider object ids (cus_, pi_, evt_, chatcmpl-, org-,
    AC... SIDs), bcrypt hashes of seed users, masked cookies.  No negative is
    written to a .env / .env.local / .env.production style file.

FORMATS CHECKED (search tool, docs / pages corpora)
    * GitHub changelog 2021-03/04: prefixes ghp_ gho_ ghu_ ghs_ ghr_, charset
      [A-Za-z0-9_], length kept (40); GitHub blog / public gist: last six
      characters are a CRC32 of the 30-char body, base62 (0-9A-Za-z),
      zero-padded.  npm blog 2021-09: npm_ tokens use the same scheme.
    * Stripe docs (keys page and third-party summaries of it): sk_/pk_/rk_
      with _test_/_live_; publishable keys are meant for the browser;
      webhook signing secrets start with whsec_ (stripe-go example shows a
      32-character body).
    * Twilio SendGrid docs: API keys are 69 characters ("SG." + 22 + "." + 43).
    * Slack docs: token types bot (xoxb-), user (xoxp-), app-level (xapp-);
      incoming webhooks are https://hooks.slack.com/services/T.../B.../secret,
      documented placeholder T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX.
    * AWS-derived docs: access key id is 20 chars (AKIA long-term, ASIA
      STS); secret access key is 40 chars [A-Za-z0-9/+]; documented
      examples AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiC+EXAMPLEKEY.
    * OpenAI key prefixes sk-proj-, sk-svcacct-, sk-admin-, legacy sk-;
      project keys ~164 chars; Anthropic sk-ant-api03- keys ~108 chars.
    * Hoverfly v5 simulation schema (pairs, field matchers "matcher"/"value",
      meta.schemaVersion); Schemathesis config (schemathesis.toml, headers =
      { Authorization = "Bearer ${API_TOKEN}" }, [auth] basic).

DOUBTS
    * Stripe: the modern long key body ("51" + ~97 alphanumerics) is inferred
      from observed keys, not from a spec; both that and the 24-char legacy
      body are generated.  whsec_ body length 32 from one SDK example.
    * github_pat_ layout (22 + "_" + 59 alphanumerics) and gho_/ghs_ using the
      same CRC32 as ghp_ are assumed; GitLab glpat- (20 chars) is the older
      layout; newer GitLab tokens are longer.
    * OpenAI sk-proj- internal layout (T3BlbkFJ marker in the middle, 74+74
      chars) and Anthropic's trailing "AA" are from observed keys, unverified.
    * Slack xoxb/xoxp digit-group lengths, xapp layout, Mailgun (key- + 32 hex),
      Datadog (32 hex API key), Shopify shpat_ (32 hex), Hugging Face hf_ (34
      letters), Google GOCSPX- (28 chars), Azure AD secret ("xxx8Q~" + 34) are
      from memory / observed values, not confirmed in provider docs here.
    * EC private keys are valid SEC1 DER framing with random scalar and
      random (non-matching) public point; JWT signatures are random bytes.
    * Whether a Firebase web apiKey counts as public is provider-documented
      but disputed by some teams; it appears only in a few negatives.
"""
import base64
import hashlib
import json
import os
import random
import string
import sys
import zlib

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
ALNUM = UPPER + LOWER + DIG
B62 = DIG + UPPER + LOWER
HEX = "0123456789abcdef"
B64 = UPPER + LOWER + DIG + "+/"
B64U = UPPER + LOWER + DIG + "-_"
B32 = UPPER + "234567"
PWCH = ALNUM + "!#*+-_.=~^"
URLPW = ALNUM + "-_.~"


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def b62enc(n, width):
    out = ""
    while n:
        n, m = divmod(n, 62)
        out = B62[m] + out
    return out.rjust(width, "0")


def crc_token(r, prefix):
    body = rs(r, B62, 30)
    return prefix + body + b62enc(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def uuid4(r):
    h = "%032x" % r.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def hexs(r, n):
    return rs(r, HEX, n)


def pick(r, seq):
    return seq[r.randrange(len(seq))]


# ---------------------------------------------------------------- contexts
SERVICES = ["orders", "billing", "inventory", "payments", "accounts", "catalog",
            "shipping", "notifications", "users", "search", "checkout",
            "invoices", "ledger", "profile", "subscriptions", "pricing"]
CONSUMERS = ["web-app", "mobile-ios", "checkout-ui", "admin-portal",
             "partner-gateway", "reporting-job", "storefront", "android-app"]
ORGS = ["acme", "globex", "initech", "umbrella", "hooli", "piedpiper",
        "wayne", "stark", "tyrell", "cyberdyne", "soylent", "vandelay"]
FIRST = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi",
         "ivan", "judy", "mallory", "oscar", "peggy", "trent", "victor"]
HOSTS = ["staging", "qa", "dev", "sandbox", "preprod", "uat"]
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"]


def svc(r):
    return pick(r, SERVICES)


def org(r):
    return pick(r, ORGS)


def internal_host(r):
    return "%s-api.%s.%s.internal" % (svc(r), pick(r, HOSTS), org(r))


def date(r, y0=2022, y1=2025):
    return "%04d-%02d-%02d" % (r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def ts(r):
    return "%sT%02d:%02d:%02d.%03dZ" % (date(r), r.randint(0, 23), r.randint(0, 59),
                                        r.randint(0, 59), r.randint(0, 999))


def epoch(r):
    return r.randint(1650000000, 1740000000)


def semver(r):
    return "%d.%d.%d" % (r.randint(1, 12), r.randint(0, 30), r.randint(0, 20))


def money(r):
    return r.choice([500, 1299, 2000, 4999, 15000, 250, 9900])


def cap(s):
    return s[:1].upper() + s[1:]


def camel(s):
    p = s.replace("-", "_").split("_")
    return p[0] + "".join(cap(x) for x in p[1:])


# ---------------------------------------------------------------- secrets
class Sec(object):
    """One credential (or, for negatives, a non-secret filling the slot)."""

    def __init__(self, provider, kind, raw, needle=None, var=None, hname=None,
                 scheme=None, hval=None, idname=None, idval=None, user=None,
                 url=None, api=None, forms=("val",), neg=None, envvar=None):
        self.provider, self.kind, self.raw = provider, kind, raw
        self.needle = raw if needle is None else needle
        self.var = var or "API_TOKEN"
        self.hname, self.scheme = hname, scheme
        self.hval = hval
        if hval is None and hname:
            self.hval = (scheme + " " + raw) if scheme else raw
        self.idname, self.idval, self.user = idname, idval, user
        self.url, self.api, self.forms = url, api, forms
        self.neg = neg            # None for positives, else negative style
        self.envvar = envvar or self.var

    # expression for the value in a given language
    def code(self, lang, q='"'):
        if self.neg == "env":
            return envexpr(lang, self.envvar)
        return quote(self.raw, lang, q)

    def hcode(self, lang, q='"'):
        """Expression for the full header value in code."""
        if self.neg == "env" and self.hname:
            pre = (self.scheme + " ") if self.scheme else ""
            return envexpr(lang, self.envvar, pre)
        return quote(self.hval, lang, q)

    def idcode(self, lang, q='"'):
        if self.neg == "env" and self.idname:
            return envexpr(lang, self.idname)
        return quote(self.idval, lang, q)


def quote(s, lang, q='"'):
    if lang in ("js", "ts") and q == "'":
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'"
    if lang == "py" and q == "'":
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'"
    if lang in ("feature", "groovy") :
        return "'" + s.replace("'", "\\'") + "'"
    if lang in ("sh",):
        return "'" + s + "'"
    return json.dumps(s)


def envexpr(lang, var, prefix=""):
    if lang == "py":
        e = 'os.environ["%s"]' % var
        return ('f"%s{%s}"' % (prefix, "os.environ['%s']" % var)) if prefix else e
    if lang in ("js", "ts"):
        return ("`%s${process.env.%s}`" % (prefix, var)) if prefix else "process.env.%s" % var
    if lang in ("java", "kt"):
        e = 'System.getenv("%s")' % var
        return ('"%s" + %s' % (prefix, e)) if prefix else e
    if lang == "go":
        e = 'os.Getenv("%s")' % var
        return ('"%s" + %s' % (prefix, e)) if prefix else e
    if lang == "rb":
        return ('"%s#{ENV.fetch(\'%s\')}"' % (prefix, var)) if prefix else "ENV.fetch('%s')" % var
    if lang == "cs":
        e = 'Environment.GetEnvironmentVariable("%s")' % var
        return ('"%s" + %s' % (prefix, e)) if prefix else e
    if lang == "feature":
        return ("'%s' + karate.properties['%s']" % (prefix, var.lower().replace("_", ".")))
    if lang == "groovy":
        return ('"%s${System.getenv(\'%s\')}"' % (prefix, var))
    if lang == "sh":
        return '"%s${%s}"' % (prefix, var)
    return json.dumps(prefix + "${" + var + "}")


# provider API contexts: (host, method, path, response body)
API = {
    "stripe": [("api.stripe.com", "GET", "/v1/charges?limit=3",
                {"object": "list", "data": [], "has_more": False, "url": "/v1/charges"}),
               ("api.stripe.com", "POST", "/v1/payment_intents",
                {"object": "payment_intent", "amount": 2000, "currency": "usd", "status": "requires_payment_method"}),
               ("api.stripe.com", "GET", "/v1/customers/cus_NffrFeUfNV2Hib",
                {"id": "cus_NffrFeUfNV2Hib", "object": "customer", "email": "jenny.rosen@example.com"})],
    "github": [("api.github.com", "GET", "/user", {"login": "octocat", "id": 583231, "type": "User"}),
               ("api.github.com", "GET", "/repos/acme/widgets/pulls?state=open", []),
               ("api.github.com", "POST", "/repos/acme/widgets/issues", {"number": 1347, "state": "open"})],
    "slack": [("slack.com", "POST", "/api/chat.postMessage", {"ok": True, "channel": "C024BE91L", "ts": "1712345678.000200"}),
              ("slack.com", "GET", "/api/auth.test", {"ok": True, "team": "Acme", "user": "deploybot", "team_id": "T024BE7LD"})],
    "sendgrid": [("api.sendgrid.com", "POST", "/v3/mail/send", {}),
                 ("api.sendgrid.com", "GET", "/v3/templates?generations=dynamic", {"result": []})],
    "openai": [("api.openai.com", "POST", "/v1/chat/completions",
                {"id": "chatcmpl-9abc", "object": "chat.completion", "model": "gpt-4o-mini"}),
               ("api.openai.com", "POST", "/v1/embeddings", {"object": "list", "model": "text-embedding-3-small"})],
    "anthropic": [("api.anthropic.com", "POST", "/v1/messages",
                   {"type": "message", "role": "assistant", "model": "claude-3-5-sonnet-latest"})],
    "npm": [("registry.npmjs.org", "GET", "/-/whoami", {"username": "ci-publisher"})],
    "gitlab": [("gitlab.com", "GET", "/api/v4/projects/4821/merge_requests?state=opened", [])],
    "huggingface": [("huggingface.co", "GET", "/api/whoami-v2", {"type": "user", "name": "ml-ci"})],
    "twilio": [("api.twilio.com", "POST", "/2010-04-01/Accounts/{sid}/Messages.json",
                {"status": "queued", "direction": "outbound-api"})],
    "mailgun": [("api.mailgun.net", "POST", "/v3/mg.example.com/messages", {"message": "Queued. Thank you."})],
    "datadog": [("api.datadoghq.com", "POST", "/api/v2/series", {"errors": []})],
    "shopify": [("acme-dev.myshopify.com", "GET", "/admin/api/2024-01/products.json", {"products": []})],
}


def g_stripe(r, mode="live", kind="sk"):
    body = rs(r, ALNUM, 24) if r.random() < 0.45 else "51" + rs(r, ALNUM, 97)
    raw = "%s_%s_%s" % (kind, mode, body)
    var = {"sk": "STRIPE_SECRET_KEY", "rk": "STRIPE_RESTRICTED_KEY"}[kind]
    return Sec("stripe", "%s_%s" % (kind, mode), raw, var=var, hname="Authorization",
               scheme="Bearer", api="stripe", forms=("val", "hdr"))


def g_whsec(r):
    return Sec("stripe", "webhook_signing_secret", "whsec_" + rs(r, ALNUM, 32),
               var="STRIPE_WEBHOOK_SECRET", forms=("val", "whsec"))


def g_github(r):
    x = r.random()
    if x < 0.25:
        raw = "github_pat_" + rs(r, B62, 22) + "_" + rs(r, B62, 59)
        kind = "fine_grained_pat"
    else:
        p = pick(r, ["ghp_", "ghp_", "gho_", "ghs_", "ghu_"])
        raw = crc_token(r, p)
        kind = {"ghp_": "pat", "gho_": "oauth", "ghs_": "app_installation", "ghu_": "app_user"}[p]
    return Sec("github", kind, raw, var=pick(r, ["GITHUB_TOKEN", "GH_TOKEN"]),
               hname="Authorization", scheme=pick(r, ["token", "Bearer"]),
               api="github", forms=("val", "hdr"))


def digits(r, a, b):
    return str(r.randint(1, 9)) + rs(r, DIG, r.randint(a, b) - 1)


def g_slack(r):
    if r.random() < 0.65:
        raw = "xoxb-%s-%s-%s" % (digits(r, 10, 13), digits(r, 11, 13), rs(r, ALNUM, 24))
        return Sec("slack", "bot_token", raw, var="SLACK_BOT_TOKEN", hname="Authorization",
                   scheme="Bearer", api="slack", forms=("val", "hdr"))
    raw = "xoxp-%s-%s-%s-%s" % (digits(r, 10, 12), digits(r, 10, 13), digits(r, 12, 13), hexs(r, 32))
    return Sec("slack", "user_token", raw, var="SLACK_USER_TOKEN", hname="Authorization",
               scheme="Bearer", api="slack", forms=("val", "hdr"))


def g_slack_hook(r):
    url = "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(r, UPPER + DIG, r.randint(8, 10)), rs(r, UPPER + DIG, r.randint(8, 10)), rs(r, ALNUM, 24))
    return Sec("slack", "incoming_webhook", url, var="SLACK_WEBHOOK_URL", forms=("url",))


def g_sendgrid(r):
    raw = "SG." + rs(r, B64U, 22) + "." + rs(r, B64U, 43)
    return Sec("sendgrid", "api_key", raw, var="SENDGRID_API_KEY", hname="Authorization",
               scheme="Bearer", api="sendgrid", forms=("val", "hdr"))


def g_openai(r):
    if r.random() < 0.7:
        raw = pick(r, ["sk-proj-", "sk-proj-", "sk-svcacct-"]) + rs(r, B64U, 74) + "T3BlbkFJ" + rs(r, B64U, 74)
    else:
        raw = "sk-" + rs(r, ALNUM, 20) + "T3BlbkFJ" + rs(r, ALNUM, 20)
    return Sec("openai", "api_key", raw, var="OPENAI_API_KEY", hname="Authorization",
               scheme="Bearer", api="openai", forms=("val", "hdr"))


def g_anthropic(r):
    raw = "sk-ant-api03-" + rs(r, B64U, 93) + "AA"
    return Sec("anthropic", "api_key", raw, var="ANTHROPIC_API_KEY", hname="x-api-key",
               api="anthropic", forms=("val", "hdr"))


def g_aws(r):
    kid = pick(r, ["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(r, B32, 16)
    sec = rs(r, UPPER + LOWER + DIG, 38)
    sec = list(sec)
    for _ in range(r.randint(1, 3)):
        sec.insert(r.randint(1, len(sec) - 1), r.choice("/+"))
    sec = "".join(sec)[:40]
    return Sec("aws", "access_key_pair", sec, var="AWS_SECRET_ACCESS_KEY",
               idname="AWS_ACCESS_KEY_ID", idval=kid, forms=("pair", "aws"))


def g_npm(r):
    return Sec("npm", "access_token", crc_token(r, "npm_"), var="NPM_TOKEN", hname="Authorization",
               scheme="Bearer", api="npm", forms=("val", "hdr"))


def g_gitlab(r):
    return Sec("gitlab", "personal_access_token", "glpat-" + rs(r, ALNUM + "-_", 20),
               var="GITLAB_TOKEN", hname="PRIVATE-TOKEN", api="gitlab", forms=("val", "hdr"))


def g_hf(r):
    return Sec("huggingface", "access_token", "hf_" + rs(r, UPPER + LOWER, 34), var="HF_TOKEN",
               hname="Authorization", scheme="Bearer", api="huggingface", forms=("val", "hdr"))


def g_twilio(r):
    return Sec("twilio", "auth_token", hexs(r, 32), var="TWILIO_AUTH_TOKEN",
               idname="TWILIO_ACCOUNT_SID", idval="AC" + hexs(r, 32), forms=("pair",))


def g_basic(r):
    x = r.random()
    if x < 0.3:
        prov, user, pw = "twilio", "AC" + hexs(r, 32), hexs(r, 32)
    elif x < 0.5:
        prov, user, pw = "mailgun", "api", "key-" + hexs(r, 32)
    elif x < 0.65:
        prov, user, pw = "stripe", "sk_live_" + rs(r, ALNUM, 24), ""
    else:
        prov = "generic"
        user = pick(r, ["svc-contract", "ci-bot", "admin", "recorder", "pact", "integration"])
        pw = rs(r, PWCH, r.randint(14, 24))
    b = base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()
    return Sec(prov, "basic_auth_header", b, var="BASIC_AUTH", hname="Authorization",
               scheme="Basic", forms=("hdr",))


def g_userpass(r):
    user = pick(r, ["svc-contract", "ci-bot", "qa-admin", "recorder", "pact-verifier", "integration"])
    pw = rs(r, PWCH, r.randint(14, 24))
    return Sec("generic", "password", pw, var="API_PASSWORD", user=user, forms=("userpass",))


def g_mailgun(r):
    return Sec("mailgun", "api_key", "key-" + hexs(r, 32), var="MAILGUN_API_KEY", forms=("val",))


def g_datadog(r):
    return Sec("datadog", "api_key", hexs(r, 32), var="DD_API_KEY", hname="DD-API-KEY",
               api="datadog", forms=("val", "hdr"))


def g_shopify(r):
    return Sec("shopify", "admin_access_token", "shpat_" + hexs(r, 32), var="SHOPIFY_ACCESS_TOKEN",
               hname="X-Shopify-Access-Token", api="shopify", forms=("val", "hdr"))


def g_client_secret(r):
    x = r.random()
    if x < 0.35:
        cid = "%s-%s.apps.googleusercontent.com" % (rs(r, DIG, 12), rs(r, LOWER + DIG, 32))
        return Sec("google", "oauth_client_secret", "GOCSPX-" + rs(r, B64U, 28),
                   var="GOOGLE_CLIENT_SECRET", idname="GOOGLE_CLIENT_ID", idval=cid, forms=("pair", "oauth"))
    if x < 0.6:
        s = rs(r, ALNUM, 3) + r.choice(DIG) + "Q~" + rs(r, ALNUM + "_.~-", 34)
        return Sec("azure", "client_secret", s, var="AZURE_CLIENT_SECRET",
                   idname="AZURE_CLIENT_ID", idval=uuid4(r), forms=("pair", "oauth"))
    return Sec("oauth", "client_secret", rs(r, B64U, 64), var="OAUTH_CLIENT_SECRET",
               idname="OAUTH_CLIENT_ID", idval=rs(r, ALNUM, 32), forms=("pair", "oauth"))


def make_jwt(r, iss=None, alg=None, sub=None):
    alg = alg or pick(r, ["HS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256" and alg != "none":
        hdr["kid"] = rs(r, B64U, 16)
    now = epoch(r)
    pl = {"iss": iss or "https://auth.%s.com/" % org(r),
          "sub": sub or "auth0|" + hexs(r, 24), "aud": "https://api.%s.com" % org(r),
          "iat": now, "exp": now + pick(r, [7776000, 31536000, 63072000, 157680000]),
          "scope": pick(r, ["read:orders write:orders", "openid profile email", "admin", "payments:write"])}
    if alg == "none":
        sig = ""
    else:
        sig = b64u(rbytes(r, {"HS256": 32, "RS256": 256, "ES256": 64}[alg]))
    return (b64u(json.dumps(hdr, separators=(",", ":")).encode()) + "." +
            b64u(json.dumps(pl, separators=(",", ":")).encode()) + "." + sig)


def g_jwt(r):
    return Sec("generic", "jwt_bearer", make_jwt(r), var=pick(r, ["ACCESS_TOKEN", "API_TOKEN", "AUTH_TOKEN"]),
               hname="Authorization", scheme="Bearer", forms=("val", "hdr"))


def g_opaque(r):
    x = r.random()
    if x < 0.4:
        raw = rs(r, B64U, r.randint(40, 64))
        return Sec("generic", "opaque_bearer", raw, var="API_TOKEN", hname="Authorization",
                   scheme="Bearer", forms=("val", "hdr"))
    raw = rs(r, ALNUM, pick(r, [32, 40, 48]))
    return Sec("generic", "api_key", raw, var="API_KEY", hname=pick(r, ["X-API-Key", "X-Api-Key", "x-api-key", "Api-Key"]),
               forms=("val", "hdr"))


def g_cookie(r):
    x = r.random()
    if x < 0.35:
        name, val = "connect.sid", "s%3A" + rs(r, B64U, 32) + "." + rs(r, ALNUM, 43)
    elif x < 0.6:
        name, val = "sessionid", rs(r, LOWER + DIG, 32)
    elif x < 0.8:
        name = "_%s_session" % org(r)
        val = base64.b64encode(rbytes(r, r.randint(60, 120))).decode().rstrip("=") + "--" + hexs(r, 40)
    else:
        name, val = pick(r, ["SESSION", "session_token", "__Secure-session"]), rs(r, B64U, 48)
    return Sec("generic", "session_cookie", val, var=name, hname="Cookie",
               hval="%s=%s" % (name, val), forms=("hdr", "cookie"))


def g_dburl(r):
    pw = rs(r, URLPW, r.randint(16, 28))
    x = r.random()
    user = pick(r, ["app", "orders_rw", "svc_" + svc(r), "contract_test", "admin", "readonly"])
    db = svc(r)
    if x < 0.35:
        url = "postgres://%s:%s@%s-db.%s.%s.internal:5432/%s" % (user, pw, db, pick(r, HOSTS), org(r), db)
        var = "DATABASE_URL"
    elif x < 0.55:
        url = "mysql://%s:%s@mysql.%s.%s.net:3306/%s" % (user, pw, pick(r, HOSTS), org(r), db)
        var = "DATABASE_URL"
    elif x < 0.75:
        url = "mongodb+srv://%s:%s@cluster0.%s.mongodb.net/%s?retryWrites=true&w=majority" % (
            user, pw, rs(r, LOWER + DIG, 5), db)
        var = "MONGODB_URI"
    elif x < 0.9:
        url = "rediss://default:%s@%s-cache.%s.internal:6380/0" % (pw, db, org(r))
        var = "REDIS_URL"
    else:
        url = "amqps://%s:%s@rabbit.%s.%s.internal:5671/%s" % (user, pw, pick(r, HOSTS), org(r), db)
        var = "AMQP_URL"
    return Sec("database", "connection_string_password", url, needle=pw, var=var, forms=("url",))


def g_pem(r):
    der = (bytes.fromhex("30770201010420") + rbytes(r, 32) +
           bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rbytes(r, 64))
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    pem = "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END EC PRIVATE KEY-----"
    return Sec("generic", "ec_private_key", pem, needle=lines[0], var="SIGNING_KEY", forms=("pem",))


V, H, PA, AW, OA, U, UP, PM, CK, WH = ("val", "hdr", "pair", "aws", "oauth", "url", "userpass", "pem",
                                      "cookie", "whsec")
GENS = [(g_stripe, 10, (V, H)), (lambda r: g_stripe(r, "test"), 4, (V, H)),
        (lambda r: g_stripe(r, "live", "rk"), 3, (V, H)), (g_whsec, 3, (V, WH)), (g_github, 10, (V, H)),
        (g_slack, 6, (V, H)), (g_slack_hook, 4, (U,)), (g_sendgrid, 5, (V, H)), (g_openai, 6, (V, H)),
        (g_anthropic, 3, (V, H)), (g_aws, 8, (PA, AW)), (g_npm, 3, (V, H)), (g_gitlab, 3, (V, H)),
        (g_hf, 2, (V, H)), (g_twilio, 3, (PA,)), (g_basic, 7, (H,)), (g_userpass, 5, (UP,)),
        (g_mailgun, 2, (V,)), (g_datadog, 2, (V, H)), (g_shopify, 2, (V, H)), (g_client_secret, 7, (PA, OA)),
        (g_jwt, 8, (V, H)), (g_opaque, 8, (V, H)), (g_cookie, 6, (H, CK)), (g_dburl, 8, (U, "db")), (g_pem, 4, (PM,))]


def gen_forms(i):
    return GENS[i][2]


def gen_secret(r, accepts):
    cand = [(i, w) for i, (g, w, f_) in enumerate(GENS) if any(f in accepts for f in gen_forms(i))]
    tot = sum(w for _, w in cand)
    x = r.random() * tot
    for i, w in cand:
        x -= w
        if x < 0:
            return GENS[i][0](r)
    return GENS[cand[-1][0]][0](r)


# ---------------------------------------------------------------- negatives for the slot
STRIPE_DOC_SK = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
STRIPE_DOC_PK = "pk_test_TYooMQauvdEDq54NiTphI7jx"
AWS_DOC_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiC+EXAMPLEKEY"
SLACK_DOC_HOOK = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
RFC_BASIC = "QWxhZGRpbjpvcGVuIHNlc2FtZQ=="

PLACEHOLDERS = ["<your-api-key>", "YOUR_API_KEY_HERE", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxx",
                "REPLACE_ME", "dummy", "test-token", "abc123", "fake-token-for-tests",
                "<token>", "your-token-here", "TODO", "not-a-real-key", "mock-access-token",
                "test_api_key", "secret", "foo", "placeholder"]
MASKED = ["****", "********", "[REDACTED]", "[FILTERED]", "<redacted>", "***REMOVED***", "[MASKED]", "xxxx"]
TEMPLATES = ["{{token}}", "{{authToken}}", "{{ api_key }}", "#(token)", "${{ secrets.API_TOKEN }}",
             "<%= ENV['API_TOKEN'] %>", "{{env.API_TOKEN}}", "$(API_TOKEN)", "{{ .Values.apiToken }}",
             "{{$processEnv API_TOKEN}}"]
MANAGERS = ["vault:secret/data/contract-tests#token", "op://Engineering/ci-bot/credential",
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:contract/api-token-AbCdEf",
            "${ssm:/contract-tests/api-token}", "sm://projects/acme-ci/secrets/api-token/versions/latest",
            "azurekeyvault://kv-acme-ci/secrets/api-token"]


def mask_like(r, s):
    p = ""
    for pre in ("sk_live_", "sk_test_", "rk_live_", "ghp_", "xoxb-", "SG.", "sk-proj-", "whsec_", "glpat-", "npm_"):
        if s.startswith(pre):
            p = pre
    if p and r.random() < 0.6:
        return p + "*" * r.randint(8, 20) + s[-4:]
    return pick(r, MASKED)


def neutral(r, sec):
    """Return (Sec-with-nonsecret-slot, style)."""
    forms = sec.forms
    prov = sec.provider
    styles = ["placeholder"] * 3 + ["masked"] * 2 + ["env"] * 3 + ["template"] * 2 + ["manager", "empty"]
    if prov in ("stripe", "aws") or sec.kind in ("incoming_webhook", "basic_auth_header"):
        styles += ["doc-example"] * 3
    if prov == "stripe" and sec.kind != "webhook_signing_secret":
        styles += ["public"] * 3
    if sec.kind == "basic_auth_header":
        styles = ["placeholder", "masked", "env", "template", "doc-example", "doc-example"]
    if "pem" in forms:
        styles = ["public", "public", "masked"]
    if "pair" in forms:
        styles += ["public"] * 2
    st = pick(r, styles)
    n = Sec(prov, sec.kind, "", var=sec.var, hname=sec.hname, scheme=sec.scheme, idname=sec.idname,
            idval=sec.idval, user=sec.user, api=sec.api, forms=forms, neg=st)
    if st == "placeholder":
        v = pick(r, PLACEHOLDERS)
        if sec.kind == "basic_auth_header":
            v = pick(r, ["<base64(user:password)>", "BASE64_ENCODED_CREDENTIALS", "dXNlcjpwYXNzd29yZA==", "xxxxxxxx"])
        if "url" in forms or "userpass" in forms:
            v = pick(r, ["changeme", "password", "<password>", "REPLACE_ME", "secret"])
    elif st == "masked":
        v = mask_like(r, sec.raw) if "url" not in forms else pick(r, MASKED)
    elif st == "env":
        v = "${%s}" % sec.var
    elif st == "template":
        v = pick(r, TEMPLATES)
        if sec.kind == "basic_auth_header":
            v = pick(r, ["{{basicAuth}}", "{{ basic_credentials }}", "#(basicAuth)"])
    elif st == "manager":
        v = pick(r, MANAGERS)
    elif st == "empty":
        v = ""
    elif st == "doc-example":
        if prov == "stripe":
            v = STRIPE_DOC_SK if sec.kind != "webhook_signing_secret" else "whsec_..."
        elif prov == "aws":
            v = AWS_DOC_SECRET
            n.idval = AWS_DOC_ID
        elif sec.kind == "incoming_webhook":
            v = SLACK_DOC_HOOK
        else:
            v = RFC_BASIC
    else:  # public
        if prov == "stripe":
            v = pick(r, [STRIPE_DOC_PK, "pk_test_" + rs(r, ALNUM, 99), "pk_live_" + rs(r, ALNUM, 99),
                         "pk_live_" + rs(r, ALNUM, 24)])
            n.var = "STRIPE_PUBLISHABLE_KEY"
            n.kind = "publishable_key"
        elif "pem" in forms:
            v = public_pem(r)
            n.kind = "public_key"
        else:
            # keep the public id, secret slot references a manager/env
            v = "${%s}" % sec.var
            n.neg = "env"
            st = "public-id+env"
    n.raw = v
    n.needle = v
    if sec.kind == "session_cookie":
        n.hval = "%s=%s" % (sec.var, v)
    elif sec.hname:
        n.hval = ((sec.scheme + " ") if sec.scheme else "") + v
    if sec.kind == "basic_auth_header" and st == "doc-example":
        n.hval = "Basic " + RFC_BASIC
    if "url" in forms:
        n.raw = neutral_url(r, sec, v, st)
    if "pem" in forms and st in ("masked", "env", "manager"):
        n.raw = "-----BEGIN EC PRIVATE KEY-----\n%s\n-----END EC PRIVATE KEY-----" % v if st == "masked" else v
    return n, st


def neutral_url(r, sec, v, st):
    if sec.kind == "incoming_webhook":
        if st in ("doc-example", "env", "template", "manager"):
            return v
        if st == "masked":
            return "https://hooks.slack.com/services/" + pick(r, ["****", "T0****/B0****/****", "[REDACTED]"])
        if st == "empty":
            return ""
        return "https://hooks.slack.com/services/" + pick(r, ["YOUR/WEBHOOK/URL", "<team>/<channel>/<token>",
                                                              "TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX"])
    url = sec.raw
    pw = sec.needle
    if st == "env":
        v = "${DB_PASSWORD}"
    if st == "empty":
        # drop the credentials entirely
        at = url.index("@")
        sch = url.index("://") + 3
        return url[:sch] + url[at + 1:]
    return url.replace(":" + pw + "@", ":" + v + "@")


def public_pem(r):
    der = bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d030107034200") + b"\x04" + rbytes(r, 64)
    b = base64.b64encode(der).decode()
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(b[i:i + 64] for i in range(0, len(b), 64)) + "\n-----END PUBLIC KEY-----"


# ---------------------------------------------------------------- template helpers
POS = []      # (fn, accepts)
NEG = []      # look-alike templates: fn(r) -> (relpath, content, provider, kind)


def P(*accepts):
    def d(f):
        POS.append((f, accepts))
        return f
    return d


def N(provider, kind):
    def d(f):
        NEG.append((f, provider, kind))
        return f
    return d


NEUTRAL = ["recordedToken", "fixtureToken", "upstreamKey", "credential", "authValue", "cassetteToken",
           "stubKey", "liveKey", "token", "secret", "apiCred", "bearer", "svcToken", "partnerKey",
           "k", "key", "auth", "recorded", "sandboxKey", "capturedToken"]


CONV = [0.55]   # probability that an assignment uses the provider's conventional name


def vname(r, s, style="const"):
    base = s.var if r.random() < CONV[0] else pick(r, NEUTRAL)
    if base.isupper() or "_" in base:
        snake = base.lower()
    else:
        snake = "".join(("_" + c.lower()) if c.isupper() else c for c in base)
    if style == "const":
        return snake.upper()
    if style == "camel":
        return camel(snake)
    return snake


def jd(o, ind=2):
    return json.dumps(o, indent=ind) + "\n"


def call(r, s):
    if s.api and s.api in API:
        h, m, path, body = pick(r, API[s.api])
        return "https://" + h, m, path.replace("{sid}", "AC" + hexs(r, 32)), body
    sv = svc(r)
    path = "/v%d/%s" % (r.randint(1, 3), sv) + pick(r, ["", "/" + uuid4(r), "/%d" % r.randint(1000, 99999), "/search?q=red"])
    body = {"id": uuid4(r), "status": pick(r, ["ACTIVE", "PENDING", "SHIPPED", "open"]),
            "updatedAt": ts(r)}
    return "https://" + internal_host(r), pick(r, ["GET", "POST", "GET", "PUT", "DELETE"]), path, body


def pact_names(r):
    c = pick(r, CONSUMERS)
    p = svc(r) + "-" + pick(r, ["api", "service", "svc"])
    return c, p


def basepath(r):
    return pick(r, ["", "", "services/%s/" % svc(r), "packages/%s/" % svc(r), "apps/%s/" % pick(r, CONSUMERS)])


def std_headers(r):
    return {"Accept": "application/json", "Content-Type": "application/json",
            "User-Agent": pick(r, ["axios/1.6.7", "node-fetch/2.7.0", "python-requests/2.31.0",
                                   "okhttp/4.12.0", "Go-http-client/1.1", "pact-js/12.1.0"])}


def hdrs_with(r, s, extra=True):
    h = std_headers(r) if extra else {}
    items = list(h.items())
    items.insert(r.randint(0, len(items)), (s.hname, s.hval))
    return dict(items)


# ---------------------------------------------------------------- positive templates: JSON
@P("hdr")
def t_pact_v2(r, s):
    c, p = pact_names(r)
    host, m, path, body = call(r, s)
    doc = {"consumer": {"name": c}, "provider": {"name": p}, "interactions": [
        {"description": "a request for the %s list" % svc(r), "providerState": "%s exist" % svc(r),
         "request": {"method": m, "path": path.split("?")[0], "headers": hdrs_with(r, s, r.random() < 0.5)},
         "response": {"status": 200, "headers": {"Content-Type": "application/json; charset=utf-8"}, "body": body}}],
        "metadata": {"pactSpecification": {"version": "2.0.0"}}}
    return "%spacts/%s-%s.json" % (basepath(r), c, p), jd(doc)


@P("hdr")
def t_pact_v3(r, s):
    c, p = pact_names(r)
    host, m, path, body = call(r, s)
    q = path.split("?")
    req = {"method": m, "path": q[0], "headers": hdrs_with(r, s)}
    if len(q) > 1:
        req["query"] = {k: [v] for k, v in (x.split("=") for x in q[1].split("&"))}
    doc = {"consumer": {"name": c}, "interactions": [
        {"description": "get health", "request": {"method": "GET", "path": "/health"},
         "response": {"status": 200, "body": {"status": "UP"}}},
        {"description": "%s %s" % (m.lower(), q[0]), "providerStates": [{"name": "an authenticated client",
                                                                         "params": {"tenant": org(r)}}],
         "request": req,
         "response": {"status": 200, "headers": {"Content-Type": "application/json"}, "body": body,
                      "matchingRules": {"body": {"$": {"matchers": [{"match": "type"}], "combine": "AND"}}}}}],
        "metadata": {"pact-js": {"version": "12.1.%d" % r.randint(0, 3)}, "pactRust": {"ffi": "0.4.%d" % r.randint(9, 20)},
                     "pactSpecification": {"version": "3.0.0"}}, "provider": {"name": p}}
    return "%spact/pacts/%s-%s.json" % (basepath(r), c, p), jd(doc)


@P("oauth")
def t_pact_oauth(r, s):
    c, p = pact_names(r)
    form = "grant_type=client_credentials&client_id=%s&client_secret=%s&scope=%s" % (
        s.idval, s.raw, pick(r, ["orders.read", "api", "payments%3Awrite"]))
    doc = {"consumer": {"name": c}, "provider": {"name": "auth-server"}, "interactions": [
        {"description": "a client credentials token request", "providerState": "client %s is registered" % c,
         "request": {"method": "POST", "path": "/oauth/token",
                     "headers": {"Content-Type": "application/x-www-form-urlencoded"}, "body": form},
         "response": {"status": 200, "headers": {"Content-Type": "application/json"},
                      "body": {"access_token": "eyJhbGciOi...", "token_type": "Bearer", "expires_in": 3600},
                      "matchingRules": {"$.body.access_token": {"match": "type"}}}}],
        "metadata": {"pactSpecification": {"version": "2.0.0"}}}
    return "pacts/%s-auth-server.json" % c, jd(doc)


@P("hdr")
def t_wiremock(r, s):
    host, m, path, body = call(r, s)
    doc = {"id": uuid4(r), "name": "%s %s" % (m.lower(), path.split("?")[0]),
           "request": {"url" if "?" in path else "urlPath": path, "method": m,
                       "headers": {s.hname: {"equalTo": s.hval}}},
           "response": {"status": 200, "bodyFileName": "%s-%d.json" % (svc(r), r.randint(1, 40)),
                        "headers": {"Content-Type": "application/json", "X-Request-Id": uuid4(r)}},
           "uuid": None, "persistent": True, "insertionIndex": r.randint(1, 60)}
    doc["uuid"] = doc["id"]
    return "%ssrc/test/resources/wiremock/mappings/%s-%s.json" % (basepath(r), m.lower(), svc(r)), jd(doc)


@P("val")
def t_wiremock_body(r, s):
    host, m, path, body = call(r, s)
    key = pick(r, ["api_key", "apiKey", "token", "key", "secret"])
    doc = {"request": {"method": "POST", "urlPath": "/v2/%s/verify" % svc(r),
                       "bodyPatterns": [{"equalToJson": {key: s.raw, "account": org(r)},
                                         "ignoreExtraElements": True}]},
           "response": {"status": 201, "jsonBody": {"verified": True, "id": uuid4(r)}},
           "metadata": {"recordedBy": pick(r, FIRST), "recordedAt": ts(r)}}
    return "wiremock/mappings/verify-%s.json" % svc(r), jd(doc)


@P("val")
def t_wiremock_files(r, s):
    doc = {"access_token": s.raw, "token_type": "bearer", "expires_in": pick(r, [3600, 7200, 28800]),
           "scope": pick(r, ["repo read:org", "chat:write", "orders:read orders:write"]),
           "created_at": epoch(r)}
    if r.random() < 0.5:
        doc = {"data": {"session": doc, "user": {"id": r.randint(1000, 99999), "login": pick(r, FIRST)}}}
    return "%ssrc/test/resources/__files/%s-token-response.json" % (basepath(r), svc(r)), jd(doc)


@P("hdr")
def t_wiremock_multi(r, s):
    maps = []
    for i in range(r.randint(1, 3)):
        maps.append({"request": {"method": "GET", "urlPathPattern": "/api/%s/[0-9]+" % svc(r)},
                     "response": {"status": 200, "bodyFileName": "%s.json" % svc(r)}})
    host, m, path, body = call(r, s)
    maps.insert(r.randint(0, len(maps)), {"priority": 1, "request": {"method": m, "urlPath": path.split("?")[0],
                                                                      "headers": {s.hname: {"equalTo": s.hval}}},
                                          "response": {"status": 200, "jsonBody": body}})
    maps.append({"priority": 10, "request": {"method": "ANY", "urlPattern": ".*"},
                 "response": {"status": 401, "jsonBody": {"error": "unauthorized"}}})
    return "test/wiremock/mappings.json", jd({"mappings": maps, "meta": {"total": len(maps)}})


@P("hdr")
def t_hoverfly(r, s):
    host, m, path, body = call(r, s)
    hp = path.split("?")
    req = {"path": [{"matcher": "exact", "value": hp[0]}], "method": [{"matcher": "exact", "value": m}],
           "destination": [{"matcher": "exact", "value": host[8:]}], "scheme": [{"matcher": "exact", "value": "https"}],
           "body": [{"matcher": "exact", "value": ""}],
           "headers": {s.hname: [{"matcher": "exact", "value": s.hval}]}}
    if len(hp) > 1:
        req["query"] = {hp[1].split("=")[0]: [{"matcher": "exact", "value": hp[1].split("=")[1]}]}
    doc = {"data": {"pairs": [{"request": req, "response": {
        "status": 200, "body": json.dumps(body), "encodedBody": False,
        "headers": {"Content-Type": ["application/json"], "Date": ["Tue, 0%d Apr 2024 10:1%d:00 GMT" % (r.randint(1, 9), r.randint(0, 9))]},
        "templated": False}}], "globalActions": {"delays": [], "delaysLogNormal": []}},
        "meta": {"schemaVersion": "v5.2", "hoverflyVersion": "v1.%d.%d" % (r.randint(5, 9), r.randint(0, 3)),
                 "timeExported": ts(r)}}
    return "%shoverfly/simulations/%s-simulation.json" % (basepath(r), svc(r)), jd(doc)


@P("hdr")
def t_mountebank(r, s):
    host, m, path, body = call(r, s)
    doc = {"imposters": [{"protocol": "http", "port": pick(r, [4545, 4546, 8090]), "name": "%s stub" % svc(r),
                          "stubs": [{"predicates": [{"equals": {"method": m, "path": path.split("?")[0],
                                                                "headers": {s.hname: s.hval}}}],
                                     "responses": [{"is": {"statusCode": 200,
                                                           "headers": {"Content-Type": "application/json"},
                                                           "body": body}}]},
                                    {"responses": [{"is": {"statusCode": 404}}]}]}]}
    return "%smountebank/imposters.json" % basepath(r), jd(doc)


@P("oauth")
def t_mountebank_proxy(r, s):
    doc = {"protocol": "https", "port": 9443, "name": "token proxy (recorded)",
           "stubs": [{"predicates": [{"deepEquals": {"method": "POST", "path": "/oauth2/v2.0/token",
                                                     "body": "client_id=%s&client_secret=%s&grant_type=client_credentials"
                                                             % (s.idval, s.raw)}}],
                      "responses": [{"is": {"statusCode": 200, "body": {"token_type": "Bearer", "expires_in": 3599}},
                                     "_behaviors": {"wait": r.randint(5, 80)}}]}],
           "recordRequests": False}
    return "test/mb/imposters/auth-%s.json" % svc(r), jd(doc)


@P("val")
def t_postman_collection(r, s):
    host, m, path, body = call(r, s)
    doc = {"info": {"_postman_id": uuid4(r), "name": "%s API - contract" % cap(svc(r)),
                    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
                    "_exporter_id": str(r.randint(1000000, 39999999))},
           "item": [{"name": "%s %s" % (m, path.split("?")[0]), "event": [{"listen": "test", "script": {
               "exec": ["pm.test(\"status is 200\", function () {", "    pm.response.to.have.status(200);", "});"],
               "type": "text/javascript"}}],
               "request": {"method": m, "header": [{"key": "Accept", "value": "application/json"}],
                           "url": {"raw": "{{baseUrl}}" + path, "host": ["{{baseUrl}}"],
                                   "path": [x for x in path.split("?")[0].split("/") if x]}}}],
           "auth": {"type": "bearer", "bearer": [{"key": "token", "value": s.raw, "type": "string"}]},
           "variable": [{"key": "baseUrl", "value": host}]}
    return "postman/%s.postman_collection.json" % svc(r), jd(doc, 2 if r.random() < 0.5 else 4)


@P("val", "pair", "url")
def t_postman_env(r, s):
    vals = [{"key": "baseUrl", "value": "https://%s" % internal_host(r), "type": "default", "enabled": True},
            {"key": "tenantId", "value": uuid4(r), "type": "default", "enabled": True}]
    if s.idname:
        vals.append({"key": camel(s.idname.lower()), "value": s.idval, "type": "default", "enabled": True})
    vals.append({"key": vname(r, s, "camel"), "value": s.raw, "type": "secret", "enabled": True})
    vals.append({"key": "timeoutMs", "value": "15000", "type": "default", "enabled": True})
    doc = {"id": uuid4(r), "name": "%s-%s" % (org(r), pick(r, HOSTS)), "values": vals,
           "_postman_variable_scope": "environment", "_postman_exported_at": ts(r),
           "_postman_exported_using": "Postman/10.%d.%d" % (r.randint(10, 24), r.randint(0, 9))}
    return "postman/environments/%s.postman_environment.json" % pick(r, HOSTS), jd(doc, 1)


@P("hdr")
def t_har(r, s):
    host, m, path, body = call(r, s)
    hl = [{"name": k, "value": v} for k, v in hdrs_with(r, s).items()]
    doc = {"log": {"version": "1.2", "creator": {"name": pick(r, ["Polly.JS", "WebInspector", "Firefox"]),
                                                  "version": semver(r)},
                   "entries": [{"_id": hexs(r, 32), "startedDateTime": ts(r),
                                "request": {"method": m, "url": host + path, "httpVersion": "HTTP/1.1",
                                            "headers": hl, "queryString": [], "cookies": [], "headersSize": -1,
                                            "bodySize": 0},
                                "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                             "headers": [{"name": "content-type", "value": "application/json"},
                                                         {"name": "etag", "value": 'W/"%s"' % hexs(r, 20)}],
                                             "content": {"mimeType": "application/json", "size": 120,
                                                         "text": json.dumps(body)},
                                             "redirectURL": "", "headersSize": -1, "bodySize": -1},
                                "cache": {}, "timings": {"send": 0, "wait": r.randint(20, 400), "receive": 1},
                                "time": r.randint(20, 400)}]}}
    name = pick(r, ["recording.har", "%s.har" % svc(r)])
    return "%s__recordings__/%s_%s/%s" % (basepath(r), svc(r), hexs(r, 8), name), jd(doc)


@P("cookie")
def t_storage_state(r, s):
    dom = "%s.%s.%s.com" % (pick(r, ["app", "admin", "portal"]), pick(r, HOSTS), org(r))
    ck = [{"name": "theme", "value": "dark", "domain": dom, "path": "/", "expires": -1, "httpOnly": False,
           "secure": False, "sameSite": "Lax"},
          {"name": s.var, "value": s.raw, "domain": dom, "path": "/", "expires": epoch(r) + 10 ** 7,
           "httpOnly": True, "secure": True, "sameSite": "Lax"}]
    doc = {"cookies": ck, "origins": [{"origin": "https://" + dom, "localStorage": [
        {"name": "onboardingDone", "value": "true"}, {"name": "locale", "value": "en-GB"}]}]}
    return "%se2e/.auth/%s.json" % (basepath(r), pick(r, ["user", "admin", "storageState"])), jd(doc)


@P("hdr")
def t_graphql_fixture(r, s):
    op = pick(r, ["GetViewer", "ListOrders", "CreateCheckout", "SearchProducts"])
    doc = {"operationName": op, "request": {"url": "https://%s/graphql" % internal_host(r), "method": "POST",
                                            "headers": hdrs_with(r, s, False),
                                            "body": {"query": "query %s($first: Int) { viewer { id name } }" % op,
                                                     "variables": {"first": 20}}},
           "response": {"status": 200, "body": {"data": {"viewer": {"id": b64u(("User:%d" % r.randint(1, 9999)).encode()),
                                                                    "name": cap(pick(r, FIRST))}}}},
           "recordedAt": ts(r)}
    return "%stest/fixtures/graphql/%s.json" % (basepath(r), op), jd(doc)


@P("val")
def t_cypress_fixture(r, s):
    doc = {"user": {"id": r.randint(100, 99999), "email": "%s@%s.test" % (pick(r, FIRST), org(r)),
                    "roles": ["admin"]},
           camel(vname(r, s, "snake")): s.raw, "expiresAt": ts(r), "featureFlags": {"newCheckout": True}}
    return "cypress/fixtures/%s.json" % pick(r, ["session", "auth", "login", "apiClient"]), jd(doc)


@P("url")
def t_json_server_db(r, s):
    doc = {"projects": [{"id": i, "name": "%s-%s" % (org(r), svc(r))} for i in range(1, r.randint(2, 4))],
           "integrations": [{"id": 1, "type": "email", "enabled": False},
                            {"id": 2, "type": "slack" if s.kind == "incoming_webhook" else pick(r, ["database", "queue"]),
                             "enabled": True,
                             vname(r, s, "camel"): s.raw, "createdAt": ts(r)}]}
    return "mock-api/db.json", jd(doc)


@P("hdr")
def t_nock_recording(r, s):
    host, m, path, body = call(r, s)
    doc = [{"scope": host + ":443", "method": m, "path": path, "body": "",
            "status": 200, "response": body, "rawHeaders": ["Content-Type", "application/json", "X-Request-Id", uuid4(r)],
            "reqheaders": {s.hname.lower(): s.hval, "accept": "application/json"},
            "responseIsBinary": False}]
    return "test/fixtures/nock/%s-%s.json" % (svc(r), m.lower()), jd(doc)


@P("hdr")
def t_mockoon(r, s):
    host, m, path, body = call(r, s)
    doc = {"uuid": uuid4(r), "lastMigration": r.randint(27, 32), "name": "%s mock" % cap(svc(r)),
           "endpointPrefix": "api", "port": pick(r, [3001, 3002, 3100]),
           "routes": [{"uuid": uuid4(r), "type": "http", "method": m.lower(), "endpoint": path.split("?")[0].lstrip("/"),
                       "responses": [{"uuid": uuid4(r), "body": json.dumps(body), "statusCode": 200,
                                      "rules": [{"target": "header", "modifier": s.hname, "value": s.hval,
                                                 "invert": False, "operator": "equals"}],
                                      "rulesOperator": "OR", "default": False}]}],
           "headers": [{"key": "Content-Type", "value": "application/json"}]}
    return "mockoon/%s-environment.json" % svc(r), jd(doc)


# ---------------------------------------------------------------- positive templates: YAML / TOML
def yq(v):
    return json.dumps(v)


@P("hdr")
def t_vcr_ruby(r, s):
    host, m, path, body = call(r, s)
    c = ("---\nhttp_interactions:\n- request:\n    method: %s\n    uri: %s%s\n    body:\n      encoding: US-ASCII\n"
         "      string: ''\n    headers:\n      Accept-Encoding:\n      - gzip;q=1.0,deflate;q=0.6,identity;q=0.3\n"
         "      Accept:\n      - application/json\n      User-Agent:\n      - Faraday v2.%d.%d\n      %s:\n      - %s\n"
         "  response:\n    status:\n      code: 200\n      message: OK\n    headers:\n      Content-Type:\n"
         "      - application/json; charset=utf-8\n      Etag:\n      - W/\"%s\"\n    body:\n      encoding: UTF-8\n"
         "      string: '%s'\n  recorded_at: %s\nrecorded_with: VCR 6.%d.0\n") % (
        m.lower(), host, path, r.randint(7, 9), r.randint(0, 9), s.hname, s.hval, hexs(r, 32),
        json.dumps(body), "Mon, 1%d Mar 2024 09:2%d:11 GMT" % (r.randint(0, 9), r.randint(0, 9)), r.randint(1, 2))
    return "spec/cassettes/%s/%s.yml" % (svc(r), pick(r, ["lists_records", "creates_record", "fetches_one"])), c


@P("hdr")
def t_vcrpy(r, s):
    host, m, path, body = call(r, s)
    c = ("interactions:\n- request:\n    body: null\n    headers:\n      Accept:\n      - '*/*'\n"
         "      Accept-Encoding:\n      - gzip, deflate\n      %s:\n      - %s\n      Connection:\n      - keep-alive\n"
         "      User-Agent:\n      - python-requests/2.31.0\n    method: %s\n    uri: %s%s\n  response:\n"
         "    body:\n      string: '%s'\n    headers:\n      Content-Type:\n      - application/json\n"
         "      X-Request-Id:\n      - %s\n    status:\n      code: 200\n      message: OK\nversion: 1\n") % (
        s.hname, s.hval, m, host, path, json.dumps(body), uuid4(r))
    return "tests/cassettes/test_%s_%s.yaml" % (svc(r), pick(r, ["client", "sync", "list", "webhook"])), c


@P("url", "val", "pair")
def t_compose_contract(r, s):
    envl = ["      - SPRING_PROFILES_ACTIVE=contract", "      - WIREMOCK_URL=http://wiremock:8080"]
    if s.idname:
        envl.append("      - %s=%s" % (s.idname, s.idval))
    envl.insert(r.randint(1, len(envl)), "      - %s=%s" % (s.var if r.random() < 0.6 else vname(r, s), s.raw))
    c = ("services:\n  wiremock:\n    image: wiremock/wiremock:3.%d.%d\n    ports:\n      - \"8080:8080\"\n"
         "    volumes:\n      - ./wiremock:/home/wiremock\n  %s-api:\n    build: .\n    depends_on:\n      - wiremock\n"
         "    environment:\n%s\n  pact-verifier:\n    image: pactfoundation/pact-cli:latest\n"
         "    command: [\"verify\", \"--provider-base-url\", \"http://%s-api:8080\"]\n") % (
        r.randint(2, 9), r.randint(0, 5), svc(r), "\n".join(envl), svc(r))
    return "docker-compose.contract.yml", c


@P("val", "pair")
def t_gha_contract(r, s):
    ids = ("          %s: %s\n" % (s.idname, s.idval)) if s.idname else ""
    c = ("name: contract-tests\n\non:\n  pull_request:\n    paths: [\"pacts/**\", \"src/**\"]\n\njobs:\n  verify:\n"
         "    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n"
         "        with:\n          node-version: 20\n      - run: npm ci\n      - name: Verify pacts\n"
         "        run: npm run test:pact\n        env:\n          PACT_BROKER_BASE_URL: https://%s.pactflow.io\n"
         "%s          %s: %s\n") % (org(r), ids, s.var, yq(s.raw) if r.random() < 0.5 else s.raw)
    return ".github/workflows/contract-tests.yml", c


@P("hdr")
def t_dredd_yml(r, s):
    c = ("color: true\ndry-run: null\nhookfiles: ./test/dredd-hooks.js\nlanguage: nodejs\nrequire: null\n"
         "server: npm run start:mock\nserver-wait: 3\ninit: false\ncustom: {}\nnames: false\nonly: []\n"
         "reporter: [apiary]\noutput: []\nheader:\n  - \"%s: %s\"\nsorted: false\nuser: null\ninline-errors: false\n"
         "details: false\nmethod: []\nloglevel: warning\npath: []\nblueprint: api/openapi.yaml\nendpoint: 'http://127.0.0.1:%d'\n") % (
        s.hname, s.hval, pick(r, [3000, 8080, 4010]))
    return "dredd.yml", c


@P("val", "url", "pair")
def t_spring_contract_yml(r, s):
    ids = ""
    if s.idname:
        ids = "    client-id: %s\n" % s.idval
    key = vname(r, s, "snake").replace("_", "-")
    c = ("spring:\n  application:\n    name: %s-service\n  profiles:\n    active: contract\n\n"
         "stubrunner:\n  ids: com.%s:%s-api:+:stubs:8090\n  stubs-mode: LOCAL\n\n%s:\n  %s:\n"
         "    base-url: http://localhost:8090\n%s    %s: %s\n\nlogging:\n  level:\n    org.springframework.cloud.contract: DEBUG\n") % (
        svc(r), org(r), svc(r), pick(r, ["clients", "integrations", "upstream"]), pick(r, ["payments", "github", "notify", svc(r)]),
        ids, key, s.raw if r.random() < 0.5 else yq(s.raw))
    return "src/test/resources/application-contract.yml", c


@P("val")
def t_prism_openapi(r, s):
    sv = svc(r)
    hn = s.hname if (s.hname and s.hname != "Authorization") else "X-Api-Key"
    c = ("openapi: 3.0.3\ninfo:\n  title: %s API (mock)\n  version: %s\nservers:\n  - url: http://127.0.0.1:4010\n"
         "paths:\n  /%s:\n    get:\n      operationId: list%s\n      parameters:\n        - in: header\n"
         "          name: %s\n          required: true\n          schema:\n            type: string\n"
         "          example: %s\n      responses:\n        \"200\":\n          description: OK\n"
         "          content:\n            application/json:\n              example:\n                - id: %s\n"
         "                  status: ACTIVE\n") % (cap(sv), semver(r), sv, cap(sv), hn, s.raw, uuid4(r))
    return "api/mock/%s.openapi.yaml" % sv, c


@P("hdr")
def t_schemathesis_toml(r, s):
    c = ("# Schemathesis run against the Prism mock\nbase-url = \"http://127.0.0.1:4010\"\nworkers = %d\n\n"
         "headers = { %s = \"%s\" }\n\n[generation]\nmax-examples = %d\n\n[checks]\nnot_a_server_error.enabled = true\n"
         "\n[[operations]]\ninclude-path = \"/health\"\nenabled = false\n") % (
        r.randint(1, 4), json.dumps(s.hname) if "-" in s.hname else s.hname, s.hval, pick(r, [50, 100, 200]))
    return "schemathesis.toml", c


@P("userpass")
def t_schemathesis_basic(r, s):
    c = ("base-url = \"https://%s\"\nrequest-timeout = 10.0\n\n[auth]\nbasic = { username = \"%s\", password = \"%s\" }\n\n"
         "[phases.stateful]\nenabled = false\n") % (internal_host(r), s.user, s.raw)
    return "tests/api/schemathesis.toml", c


# ---------------------------------------------------------------- positive templates: snapshots
def jest_obj(d, ind=0):
    """Jest pretty-format of a plain object (Jest >= 29)."""
    sp = "  " * ind
    if isinstance(d, dict):
        if not d:
            return "{}"
        out = "{\n"
        for k in sorted(d):
            kk = json.dumps(k)
            out += "%s  %s: %s,\n" % (sp, kk, jest_obj(d[k], ind + 1))
        return out + sp + "}"
    if isinstance(d, list):
        if not d:
            return "[]"
        return "[\n" + "".join("%s  %s,\n" % (sp, jest_obj(x, ind + 1)) for x in d) + sp + "]"
    if isinstance(d, bool):
        return "true" if d else "false"
    if d is None:
        return "null"
    if isinstance(d, (int, float)):
        return str(d)
    return json.dumps(d)


@P("hdr")
def t_jest_snap_request(r, s):
    host, m, path, body = call(r, s)
    sv = svc(r)
    obj = {"method": m.lower(), "url": host + path, "headers": hdrs_with(r, s), "timeout": 10000}
    c = ("// Jest Snapshot v1, https://goo.gl/fbAQLP\n\nexports[`%sClient builds the %s request 1`] = `\n%s\n`;\n\n"
         "exports[`%sClient retries on 503 1`] = `3`;\n") % (cap(sv), m, jest_obj(obj), cap(sv))
    return "%ssrc/api/__tests__/__snapshots__/%sClient.test.ts.snap" % (basepath(r), sv), c


@P("val")
def t_jest_snap_component(r, s):
    comp = pick(r, ["PaymentSettings", "IntegrationCard", "ApiKeyPanel", "WebhookForm"])
    c = ("// Jest Snapshot v1, https://goo.gl/fbAQLP\n\nexports[`<%s /> renders with saved credentials 1`] = `\n"
         "<div\n  className=\"card\"\n>\n  <h3>\n    %s\n  </h3>\n  <input\n    disabled={true}\n"
         "    name=\"%s\"\n    type=\"text\"\n    value=\"%s\"\n  />\n  <button\n    onClick={[Function]}\n  >\n"
         "    Rotate\n  </button>\n</div>\n`;\n") % (comp, pick(r, ["Stripe", "GitHub", "Slack", "SendGrid", "API access"]),
                                                   vname(r, s, "camel"), s.raw)
    return "src/components/%s/__snapshots__/%s.test.tsx.snap" % (comp, comp), c


@P("url")
def t_jest_snap_error(r, s):
    c = ("// Jest Snapshot v1, https://goo.gl/fbAQLP\n\nexports[`config loader reports unreachable %s 1`] = `\n"
         "\"Could not connect to %s (ECONNREFUSED)\"\n`;\n\nexports[`config loader resolves defaults 1`] = `\n{\n"
         "  \"port\": 8080,\n  \"retries\": 3,\n}\n`;\n") % (pick(r, ["database", "broker", "upstream"]), s.raw)
    return "src/config/__tests__/__snapshots__/loader.test.js.snap", c


@P("hdr")
def t_vitest_snap(r, s):
    host, m, path, body = call(r, s)
    obj = {"headers": hdrs_with(r, s, r.random() < 0.5), "method": m, "path": path}
    c = ("// Vitest Snapshot v1, https://vitest.dev/guide/snapshot.html\n\nexports[`%s > signs outgoing requests 1`] = `\n"
         "%s\n`;\n") % (svc(r), jest_obj(obj))
    return "src/lib/__snapshots__/%s.spec.ts.snap" % svc(r), c


@P("hdr", "val")
def t_insta(r, s):
    sv = svc(r)
    if s.hname and ("val" not in s.forms or r.random() < 0.6):
        inner = "RequestParts {\n    method: %s,\n    uri: \"%s\",\n    headers: {\n        \"accept\": \"application/json\",\n        \"%s\": \"%s\",\n    },\n}" % (
            pick(r, ["GET", "POST"]), "https://%s/v1/%s" % (internal_host(r), sv), s.hname.lower(), s.hval)
        expr = "req.into_parts()"
    else:
        inner = "Config {\n    endpoint: \"https://%s\",\n    %s: \"%s\",\n    timeout_ms: %d,\n}" % (
            internal_host(r), vname(r, s, "snake"), s.raw, pick(r, [5000, 30000]))
        expr = "config"
    c = "---\nsource: src/%s.rs\nexpression: %s\n---\n%s\n" % (pick(r, ["client", "config", "tests/api"]), expr, inner)
    return "%ssrc/snapshots/%s__%s__%s.snap" % (basepath(r), org(r) + "_" + sv, pick(r, ["client", "tests"]),
                                                pick(r, ["request", "config_roundtrip", "builds_request"])), c


@P("pem")
def t_insta_pem(r, s):
    c = ("---\nsource: tests/keys.rs\nexpression: fixture.signing_key_pem\n---\n%s\n") % s.raw
    return "tests/snapshots/keys__signing_key_pem.snap", c


@P("pem")
def t_jest_snap_pem(r, s):
    c = ("// Jest Snapshot v1, https://goo.gl/fbAQLP\n\nexports[`loadSigner reads the key from disk 1`] = `\n\"%s\"\n`;\n"
         ) % s.raw
    return "src/auth/__snapshots__/signer.test.ts.snap", c


@P("hdr")
def t_syrupy(r, s):
    host, m, path, body = call(r, s)
    c = ("# serializer version: 1\n# name: test_%s_request_headers\n  dict({\n    'Accept': 'application/json',\n"
         "    '%s': '%s',\n    'User-Agent': 'httpx/0.27.0',\n  })\n# ---\n# name: test_%s_request_url\n  '%s'\n# ---\n") % (
        svc(r), s.hname, s.hval, svc(r), host + path)
    return "tests/__snapshots__/test_%s_client.ambr" % svc(r), c


@P("hdr")
def t_go_golden_http(r, s):
    host, m, path, body = call(r, s)
    h = hdrs_with(r, s)
    lines = ["%s %s HTTP/1.1" % (m, path), "Host: " + host[8:]] + ["%s: %s" % (k, v) for k, v in h.items()]
    c = "\r\n".join(lines) + "\r\n\r\n" if r.random() < 0.3 else "\n".join(lines) + "\n\n"
    return "%sinternal/%s/testdata/%s.golden" % (basepath(r), svc(r), pick(r, ["request", "dump_request", "signed_request"])), c


@P("val", "url", "pair")
def t_go_golden_cfg(r, s):
    d = {"listen": ":8080", "upstream": "https://%s" % internal_host(r), "timeout": "15s"}
    if s.idname:
        d[s.idname.lower()] = s.idval
    d[vname(r, s, "snake")] = s.raw
    d["log_level"] = "debug"
    return "internal/config/testdata/%s.golden" % pick(r, ["resolved_config", "config_dump", "effective"]), jd(d, pick(r, [2, 4]))


@P("hdr")
def t_approved_request(r, s):
    host, m, path, body = call(r, s)
    h = hdrs_with(r, s)
    c = "%s %s%s\n%s\n\n%s\n" % (m, host, path, "\n".join("%s: %s" % kv for kv in h.items()),
                                 json.dumps(body, indent=2) if m in ("POST", "PUT") else "")
    cls = pick(r, ["OrderClientTest", "WebhookSenderTests", "PaymentGatewayTest", "SyncJobTest"])
    return "%stests/%s.%s.approved.txt" % (basepath(r), cls, pick(r, ["sends_request", "builds_auth_request", "Verify"])), c


@P("pair", "val", "url")
def t_approved_config(r, s):
    lines = ["environment = %s" % pick(r, HOSTS), "region = %s" % pick(r, REGIONS), "retries = 3"]
    if s.idname:
        lines.append("%s = %s" % (s.idname.lower(), s.idval))
    lines.append("%s = %s" % (vname(r, s, "snake"), s.raw))
    lines.append("features = [beta-checkout, async-refunds]")
    return "tests/approvals/ConfigPrinterTests.PrintsEffectiveConfig.approved.txt", "\n".join(lines) + "\n"


# ---------------------------------------------------------------- positive templates: JS / TS
@P("hdr")
def t_msw_handler(r, s):
    host, m, path, body = call(r, s)
    q = pick(r, ["'", '"'])
    c = ("import { http, HttpResponse } from 'msw'\n\nconst BASE = '%s'\n\nexport const handlers = [\n"
         "  http.%s(`${BASE}%s`, ({ request }) => {\n"
         "    if (request.headers.get('%s') !== %s) {\n"
         "      return new HttpResponse(null, { status: 401 })\n    }\n    return HttpResponse.json(%s)\n  }),\n"
         "  http.get(`${BASE}/health`, () => HttpResponse.json({ status: 'ok' })),\n]\n") % (
        host, m.lower(), path.split("?")[0], s.hname, s.hcode("ts", q), json.dumps(body))
    return "%ssrc/mocks/handlers.ts" % basepath(r), c


@P("val")
def t_msw_token_response(r, s):
    nm = vname(r, s, "camel")
    c = ("import { rest } from 'msw'\nimport { setupServer } from 'msw/node'\n\n"
         "// captured from the %s sandbox on %s\nconst %s = %s\n\n"
         "export const server = setupServer(\n  rest.post('/api/session', (_req, res, ctx) =>\n"
         "    res(ctx.status(200), ctx.json({ token: %s, user: { id: %d, name: '%s' } })),\n  ),\n)\n") % (
        pick(r, HOSTS), date(r), nm, s.code("js", "'"), nm, r.randint(1, 999), cap(pick(r, FIRST)))
    return "src/test/server.js", c


@P("val")
def t_storybook_client(r, s):
    comp = pick(r, ["BillingPage", "RepoList", "ChannelPicker", "ChatPanel", "InvoiceTable"])
    cls = {"stripe": "StripeClient", "github": "Octokit", "slack": "WebClient", "openai": "OpenAI",
           "sendgrid": "MailService", "anthropic": "Anthropic"}.get(s.provider, "ApiClient")
    style = r.random()
    if cls == "Octokit" or cls in ("OpenAI", "Anthropic"):
        ctor = "new %s({ %s: %s })" % (cls, "auth" if cls == "Octokit" else "apiKey", s.code("ts", "'"))
    else:
        ctor = "new %s(%s)" % (cls, s.code("ts", "'"))
    c = ("import type { Meta, StoryObj } from '@storybook/react'\nimport { %s } from './%s'\nimport { %s } from '%s'\n\n"
         "const client = %s\n\nconst meta: Meta<typeof %s> = {\n  title: 'Pages/%s',\n  component: %s,\n"
         "  args: { client, pageSize: %d },\n}\nexport default meta\n\ntype Story = StoryObj<typeof %s>\n\n"
         "export const Default: Story = {}\nexport const Empty: Story = { args: { pageSize: 0 } }\n") % (
        comp, comp, cls, "../../lib/%s" % cls.lower() if style < 0.5 else "@/lib/clients", ctor, comp, comp, comp,
        pick(r, [10, 25, 50]), comp)
    return "src/pages/%s/%s.stories.tsx" % (comp, comp), c


@P("hdr")
def t_storybook_msw(r, s):
    host, m, path, body = call(r, s)
    comp = pick(r, ["OrdersTable", "ProfileCard", "SearchResults"])
    c = ("import { http, HttpResponse } from 'msw'\nimport { %s } from './%s'\n\nexport default { component: %s }\n\n"
         "export const Loaded = {\n  parameters: {\n    msw: {\n      handlers: [\n"
         "        http.get('%s%s', ({ request }) => {\n          // recorded from %s\n"
         "          expect(request.headers.get('%s')).toBe('%s')\n          return HttpResponse.json(%s)\n"
         "        }),\n      ],\n    },\n  },\n}\n") % (comp, comp, comp, host, path.split("?")[0], pick(r, HOSTS),
                                                         s.hname, s.hval, json.dumps(body))
    return "src/components/%s.stories.js" % comp, c


@P("hdr")
def t_supertest(r, s):
    sv = svc(r)
    c = ("import request from 'supertest'\nimport { app } from '../src/app'\n\ndescribe('%s routes', () => {\n"
         "  it('GET /%s returns 200', async () => {\n    const res = await request(app)\n      .get('/%s')\n"
         "      .set('Accept', 'application/json')\n      .set('%s', %s)\n\n    expect(res.status).toBe(200)\n"
         "    expect(res.body.items).toHaveLength(%d)\n  })\n\n  it('rejects anonymous calls', async () => {\n"
         "    await request(app).get('/%s').expect(401)\n  })\n})\n") % (
        sv, sv, sv, s.hname, s.hcode("ts", "'"), r.randint(0, 5), sv)
    return "%stest/%s.e2e.test.ts" % (basepath(r), sv), c


@P("userpass")
def t_supertest_basic(r, s):
    c = ("const request = require('supertest')\nconst app = require('../app')\n\ndescribe('admin API', () => {\n"
         "  test('lists users', async () => {\n    await request(app)\n      .get('/admin/users')\n"
         "      .auth(%s, %s)\n      .expect('Content-Type', /json/)\n      .expect(200)\n  })\n})\n") % (
        quote(s.user, "js", "'"), s.code("js", "'"))
    return "test/admin.test.js", c


@P("hdr")
def t_nock_test(r, s):
    host, m, path, body = call(r, s)
    sv = svc(r)
    c = ("const nock = require('nock')\nconst { fetch%s } = require('../src/%s')\n\n"
         "describe('fetch%s', () => {\n  afterEach(() => nock.cleanAll())\n\n  it('sends credentials', async () => {\n"
         "    const scope = nock('%s')\n      .matchHeader('%s', '%s')\n      .%s('%s')\n      .reply(200, %s)\n\n"
         "    await fetch%s()\n    expect(scope.isDone()).toBe(true)\n  })\n})\n") % (
        cap(sv), sv, cap(sv), host, s.hname.lower(), s.hval, m.lower(), path, json.dumps(body), cap(sv))
    return "test/%s.spec.js" % sv, c


@P("hdr")
def t_playwright_api(r, s):
    c = ("import { defineConfig } from '@playwright/test'\n\nexport default defineConfig({\n  testDir: './tests/api',\n"
         "  retries: process.env.CI ? 2 : 0,\n  use: {\n    baseURL: 'https://%s',\n    extraHTTPHeaders: {\n"
         "      'Accept': 'application/vnd.%s.v%d+json',\n      '%s': %s,\n    },\n  },\n})\n") % (
        internal_host(r), org(r), r.randint(1, 3), s.hname, s.hcode("ts", "'"))
    return "playwright.api.config.ts", c


@P("hdr")
def t_k6(r, s):
    host, m, path, body = call(r, s)
    c = ("import http from 'k6/http'\nimport { check, sleep } from 'k6'\n\nexport const options = { vus: %d, duration: '%ds' }\n\n"
         "const params = {\n  headers: {\n    '%s': %s,\n    'Content-Type': 'application/json',\n  },\n}\n\n"
         "export default function () {\n  const res = http.get('%s%s', params)\n  check(res, { 'status 200': (r) => r.status === 200 })\n"
         "  sleep(1)\n}\n") % (r.randint(5, 50), pick(r, [30, 60, 120]), s.hname, s.hcode("js", "'"), host, path)
    return "load/%s-smoke.js" % svc(r), c


@P("val")
def t_cypress_request(r, s):
    sv = svc(r)
    c = ("describe('%s API contract', () => {\n  it('returns the list', () => {\n    cy.request({\n"
         "      url: '/api/%s',\n      auth: { bearer: %s },\n    }).its('status').should('eq', 200)\n  })\n})\n") % (
        sv, sv, s.code("js", "'"))
    return "cypress/e2e/api/%s.cy.js" % sv, c


@P("hdr")
def t_dredd_hooks(r, s):
    c = ("const hooks = require('hooks')\n\nhooks.beforeEach((transaction, done) => {\n"
         "  transaction.request.headers['%s'] = %s\n  done()\n})\n\nhooks.before('/%s > GET', (transaction) => {\n"
         "  transaction.skip = false\n})\n") % (s.hname, s.hcode("js", "'"), svc(r))
    return "test/dredd-hooks.js", c


@P("val")
def t_karate_config(r, s):
    c = ("function fn() {\n  var env = karate.env || '%s'\n  karate.log('karate.env =', env)\n  var config = {\n"
         "    baseUrl: 'https://%s',\n    %s: %s\n  }\n  karate.configure('connectTimeout', 5000)\n  return config\n}\n") % (
        pick(r, HOSTS), internal_host(r), vname(r, s, "camel"), s.code("js", "'"))
    return "src/test/java/karate-config.js", c


# ---------------------------------------------------------------- positive templates: Python
@P("hdr")
def t_pytest_requests(r, s):
    host, m, path, body = call(r, s)
    c = ("import os\n\nimport pytest\nimport requests\n\nBASE_URL = %s\n\n\n@pytest.fixture\ndef session():\n"
         "    s = requests.Session()\n    s.headers.update({%s: %s})\n    return s\n\n\n"
         "def test_%s_contract(session):\n    r = session.%s(BASE_URL + %s, timeout=10)\n"
         "    assert r.status_code == 200\n") % (
        json.dumps(host), json.dumps(s.hname), s.hcode("py"), svc(r), m.lower(), json.dumps(path))
    return "%stests/contract/test_%s_api.py" % (basepath(r), svc(r)), c


@P("hdr")
def t_pytest_responses(r, s):
    host, m, path, body = call(r, s)
    c = ("import os\n\nimport responses\nfrom responses import matchers\n\nfrom app.clients import %sClient\n\n\n"
         "@responses.activate\ndef test_client_sends_auth_header():\n    responses.add(\n        responses.%s,\n"
         "        %s,\n        json=%s,\n        match=[matchers.header_matcher({%s: %s})],\n    )\n"
         "    client = %sClient(base_url=%s)\n    client.fetch()\n    assert len(responses.calls) == 1\n") % (
        cap(svc(r)), m, json.dumps(host + path), pyobj(body), json.dumps(s.hname), s.hcode("py"),
        cap(svc(r)), json.dumps(host))
    return "tests/unit/test_%s_client.py" % svc(r), c


@P("val", "url")
def t_pytest_conftest(r, s):
    nm = vname(r, s, "const")
    c = ("import os\n\nimport pytest\n\n%s = %s\n\n\n@pytest.fixture(scope=\"session\")\ndef settings():\n"
         "    return {\n        \"env\": \"%s\",\n        \"%s\": %s,\n        \"timeout\": 30,\n    }\n") % (
        nm, s.code("py"), pick(r, HOSTS), nm.lower(), nm)
    return "%stests/conftest.py" % basepath(r), c


@P("pem")
def t_pytest_pem(r, s):
    c = ("import jwt\nimport pytest\n\nSIGNING_KEY = \"\"\"%s\"\"\"\n\n\n@pytest.fixture\ndef signed_token():\n"
         "    return jwt.encode({\"sub\": \"svc-%s\"}, SIGNING_KEY, algorithm=\"ES256\")\n") % (s.raw, svc(r))
    return "tests/fixtures/keys.py", c


@P("hdr")
def t_schemathesis_py(r, s):
    c = ("import os\n\nimport schemathesis\n\nschema = schemathesis.openapi.from_url(\"http://127.0.0.1:4010/openapi.json\")\n\n\n"
         "@schemathesis.hook\ndef before_call(context, case, **kwargs):\n    case.headers = case.headers or {}\n"
         "    case.headers[%s] = %s\n\n\n@schema.parametrize()\ndef test_api(case):\n    case.call_and_validate()\n") % (
        json.dumps(s.hname), s.hcode("py"))
    return "tests/test_schema.py", c


@P("aws")
def t_boto_moto(r, s):
    c = ("import os\n\nimport boto3\nimport pytest\n\n\n@pytest.fixture\ndef s3():\n    return boto3.client(\n"
         "        \"s3\",\n        region_name=\"%s\",\n        aws_access_key_id=%s,\n        aws_secret_access_key=%s,\n"
         "    )\n\n\ndef test_bucket_listing(s3):\n    assert \"Buckets\" in s3.list_buckets()\n") % (
        pick(r, REGIONS), s.idcode("py"), s.code("py"))
    return "tests/integration/test_%s_storage.py" % svc(r), c


@P("userpass")
def t_pytest_basic(r, s):
    c = ("import os\n\nimport httpx\n\n\ndef test_admin_health():\n    r = httpx.get(\n        \"https://%s/admin/health\",\n"
         "        auth=(%s, %s),\n    )\n    assert r.status_code == 200\n") % (internal_host(r), json.dumps(s.user), s.code("py"))
    return "tests/smoke/test_admin.py", c


def pyobj(o):
    return json.dumps(o).replace("true", "True").replace("false", "False").replace("null", "None")


# ---------------------------------------------------------------- positive templates: JVM / Go / Ruby / C#
@P("hdr")
def t_rest_assured(r, s):
    sv = svc(r)
    c = ("package com.%s.%s.contract;\n\nimport static io.restassured.RestAssured.given;\nimport static org.hamcrest.Matchers.*;\n\n"
         "import org.junit.jupiter.api.Test;\n\nclass %sApiContractTest {\n\n    @Test\n    void listReturnsItems() {\n"
         "        given()\n            .baseUri(\"https://%s\")\n            .header(\"%s\", %s)\n"
         "            .accept(\"application/json\")\n        .when()\n            .get(\"/v1/%s\")\n        .then()\n"
         "            .statusCode(200)\n            .body(\"items.size()\", greaterThan(0));\n    }\n}\n") % (
        org(r), sv, cap(sv), internal_host(r), s.hname, s.hcode("java"), sv)
    return "src/test/java/com/%s/%s/contract/%sApiContractTest.java" % (org(r), sv, cap(sv)), c


@P("hdr")
def t_wiremock_junit(r, s):
    host, m, path, body = call(r, s)
    c = ("import static com.github.tomakehurst.wiremock.client.WireMock.*;\n\nimport com.github.tomakehurst.wiremock.junit5.WireMockTest;\n"
         "import org.junit.jupiter.api.Test;\n\n@WireMockTest(httpPort = 8089)\nclass UpstreamClientTest {\n\n    @Test\n"
         "    void sendsCredentials() {\n        stubFor(%s(urlEqualTo(\"%s\"))\n            .withHeader(\"%s\", equalTo(%s))\n"
         "            .willReturn(okJson(%s)));\n\n        new UpstreamClient(\"http://localhost:8089\").call();\n\n"
         "        verify(%sRequestedFor(urlEqualTo(\"%s\")));\n    }\n}\n") % (
        m.lower(), path, s.hname, s.hcode("java"), json.dumps(json.dumps(body)), m.lower(), path)
    return "src/test/java/com/%s/client/UpstreamClientTest.java" % org(r), c


@P("userpass")
def t_rest_assured_basic(r, s):
    c = ("import static io.restassured.RestAssured.given;\n\nimport org.junit.jupiter.api.Test;\n\nclass AdminEndpointIT {\n"
         "    @Test\n    void actuatorIsProtected() {\n        given().auth().preemptive().basic(\"%s\", %s)\n"
         "            .get(\"https://%s/actuator/health\")\n            .then().statusCode(200);\n    }\n}\n") % (
        s.user, s.code("java"), internal_host(r))
    return "src/test/java/it/AdminEndpointIT.java", c


@P("val")
def t_kotlin_mockwebserver(r, s):
    cls = cap(svc(r)) + "Client"
    c = ("import okhttp3.mockwebserver.MockResponse\nimport okhttp3.mockwebserver.MockWebServer\nimport org.junit.jupiter.api.Test\n"
         "import kotlin.test.assertEquals\n\nclass %sTest {\n    private val server = MockWebServer()\n\n    @Test\n"
         "    fun `sends key header`() {\n        server.enqueue(MockResponse().setBody(\"{}\"))\n"
         "        val client = %s(server.url(\"/\").toString(), %s)\n        client.ping()\n"
         "        val req = server.takeRequest()\n        assertEquals(\"/ping\", req.path)\n    }\n}\n") % (cls, cls, s.code("kt"))
    return "src/test/kotlin/%sTest.kt" % cls, c


@P("hdr")
def t_go_test_header(r, s):
    host, m, path, body = call(r, s)
    c = ("package %s\n\nimport (\n\t\"net/http\"\n\t\"net/http/httptest\"\n\t\"os\"\n\t\"testing\"\n)\n\n"
         "func TestClientSetsAuth(t *testing.T) {\n\tif os.Getenv(\"SHORT\") != \"\" {\n\t\tt.Skip()\n\t}\n"
         "\treq := httptest.NewRequest(http.Method%s, \"%s%s\", nil)\n\treq.Header.Set(\"%s\", %s)\n"
         "\trec := httptest.NewRecorder()\n\tNewHandler().ServeHTTP(rec, req)\n\tif rec.Code != http.StatusOK {\n"
         "\t\tt.Fatalf(\"got %%d\", rec.Code)\n\t}\n}\n") % (
        svc(r), cap(m.lower()), host, path, s.hname, s.hcode("go"))
    return "%sinternal/%s/handler_test.go" % (basepath(r), svc(r)), c


@P("val")
def t_go_test_client(r, s):
    c = ("package integration\n\nimport (\n\t\"context\"\n\t\"os\"\n\t\"testing\"\n)\n\n"
         "func TestListIntegration(t *testing.T) {\n\tif os.Getenv(\"INTEGRATION\") == \"\" {\n\t\tt.Skip(\"set INTEGRATION=1\")\n\t}\n"
         "\tc := NewClient(%s)\n\titems, err := c.List(context.Background())\n\tif err != nil {\n\t\tt.Fatal(err)\n\t}\n"
         "\tt.Logf(\"%%d items\", len(items))\n}\n") % s.code("go")
    return "test/integration/%s_test.go" % svc(r), c


@P("db")
def t_go_test_db(r, s):
    nm = vname(r, s, "camel")
    c = ("package store_test\n\nimport (\n\t\"os\"\n\t\"testing\"\n\n\t\"github.com/%s/%s/internal/store\"\n)\n\n"
         "var %s = %s\n\nfunc TestMigrations(t *testing.T) {\n\tif os.Getenv(\"CI\") != \"\" {\n\t\tt.Skip()\n\t}\n"
         "\tdb, err := store.Connect(store.Config{URL: %s})\n\tif err != nil {\n\t\tt.Fatal(err)\n\t}\n\tdefer db.Close()\n}\n") % (
        org(r), svc(r), nm, s.code("go") if (r.random() < 0.7 or s.neg == "env") else "`%s`" % s.raw, nm)
    return "internal/store/store_test.go", c


@P("hdr")
def t_rspec_webmock(r, s):
    host, m, path, body = call(r, s)
    c = ("require \"rails_helper\"\n\nRSpec.describe %sSync do\n  before do\n    stub_request(:%s, \"%s%s\")\n"
         "      .with(headers: { \"%s\" => %s })\n      .to_return(status: 200, body: %s.to_json)\n  end\n\n"
         "  it \"imports records\" do\n    expect { described_class.call }.to change(Record, :count)\n  end\nend\n") % (
        cap(svc(r)), m.lower(), host, path, s.hname, s.hcode("rb"), "{ items: [] }")
    return "spec/services/%s_sync_spec.rb" % svc(r), c


@P("hdr")
def t_wiremock_net(r, s):
    c = ("using WireMock.RequestBuilders;\nusing WireMock.ResponseBuilders;\nusing WireMock.Server;\nusing Xunit;\n\n"
         "public class %sClientTests\n{\n    [Fact]\n    public async Task Sends_auth_header()\n    {\n"
         "        using var server = WireMockServer.Start();\n        server.Given(Request.Create().WithPath(\"/api/%s\")\n"
         "                .WithHeader(\"%s\", %s).UsingGet())\n"
         "            .RespondWith(Response.Create().WithStatusCode(200).WithBody(\"[]\"));\n\n"
         "        var client = new %sClient(server.Url!);\n        Assert.Empty(await client.ListAsync());\n    }\n}\n") % (
        cap(svc(r)), svc(r), s.hname, s.hcode("cs"), cap(svc(r)))
    return "tests/%s.Tests/%sClientTests.cs" % (cap(org(r)), cap(svc(r))), c


@P("hdr")
def t_scc_groovy(r, s):
    sv = svc(r)
    c = ("package contracts.%s\n\nimport org.springframework.cloud.contract.spec.Contract\n\nContract.make {\n"
         "    description \"should return %s for an authenticated client\"\n    request {\n        method GET()\n"
         "        url \"/api/%s\"\n        headers {\n            header('%s', %s)\n            accept(applicationJson())\n"
         "        }\n    }\n    response {\n        status OK()\n        body([items: []])\n"
         "        headers { contentType(applicationJson()) }\n    }\n}\n") % (sv, sv, sv, s.hname, s.hcode("groovy"))
    return "src/test/resources/contracts/%s/shouldReturn%s.groovy" % (sv, cap(sv)), c


# ---------------------------------------------------------------- positive templates: feature / http / sh / docs / data
@P("hdr")
def t_karate_feature(r, s):
    sv = svc(r)
    c = ("Feature: %s API\n\n  Background:\n    * url baseUrl\n    * header %s = %s\n    * header Accept = 'application/json'\n\n"
         "  Scenario: list %s\n    Given path '%s'\n    When method get\n    Then status 200\n"
         "    And match response.items == '#array'\n\n  Scenario: unknown id returns 404\n    Given path '%s', '%s'\n"
         "    When method get\n    Then status 404\n") % (cap(sv), s.hname, s.hcode("feature"), sv, sv, sv, uuid4(r))
    return "src/test/java/%s/%s.feature" % (sv, sv), c


@P("val")
def t_cucumber_feature(r, s):
    c = ("Feature: Webhook delivery\n\n  Scenario: deliver an event to a partner\n    Given the partner \"%s\" is registered\n"
         "    And the partner uses the API key \"%s\"\n    When an \"order.created\" event is published\n"
         "    Then the partner receives 1 delivery within 5 seconds\n") % (org(r), s.raw)
    return "features/webhook_delivery.feature", c


@P("userpass")
def t_karate_basic(r, s):
    c = ("Feature: admin endpoints\n\n  Background:\n    * url adminUrl\n"
         "    * def creds = { username: '%s', password: %s }\n"
         "    * header Authorization = call read('classpath:basic-auth.js') creds\n\n"
         "  Scenario: metrics are protected\n    Given path 'actuator', 'metrics'\n    When method get\n    Then status 200\n") % (
        s.user, s.code("feature"))
    return "src/test/java/admin/admin.feature", c


@P("hdr")
def t_http_file(r, s):
    host, m, path, body = call(r, s)
    c = ("### %s\n# @name %s\n%s %s%s\n%s: %s\nAccept: application/json\n\n###\n\nGET %s/health\n") % (
        pick(r, ["list", "fetch", "smoke"]), pick(r, ["listItems", "getOne", "smoke"]), m, host, path,
        s.hname, s.hval, host)
    return "%shttp/%s.http" % (basepath(r), svc(r)), c


@P("hdr")
def t_record_sh(r, s):
    host, m, path, body = call(r, s)
    c = ("#!/usr/bin/env bash\n# Re-record the WireMock stubs for %s\nset -euo pipefail\n\nOUT=src/test/resources/__files\n"
         "mkdir -p \"$OUT\"\n\ncurl -sS -X %s \"%s%s\" \\\n  -H '%s: %s' \\\n  -H 'Accept: application/json' \\\n"
         "  -o \"$OUT/%s.json\"\n\necho \"recorded $(wc -c < \"$OUT/%s.json\") bytes\"\n") % (
        svc(r), m, host, path, s.hname, s.hval, svc(r), svc(r))
    return "scripts/record-%s-stubs.sh" % svc(r), c


@P("val", "pair")
def t_newman_sh(r, s):
    ids = (" \\\n  --env-var \"%s=%s\"" % (camel(s.idname.lower()), s.idval)) if s.idname else ""
    c = ("#!/bin/sh\nset -e\nnewman run postman/%s.postman_collection.json \\\n  -e postman/environments/%s.postman_environment.json \\\n"
         "  --env-var \"%s=%s\"%s \\\n  --reporters cli,junit --reporter-junit-export reports/newman.xml\n") % (
        svc(r), pick(r, HOSTS), vname(r, s, "camel"), s.raw, ids)
    return "scripts/run-newman.sh", c


@P("hdr")
def t_md_curl(r, s):
    host, m, path, body = call(r, s)
    c = ("# Contract testing\n\nThe provider tests run against the Prism mock by default. To re-record the\n"
         "fixtures against %s, run:\n\n```bash\ncurl -X %s '%s%s' \\\n  -H '%s: %s'\n```\n\n"
         "Then copy the response into `test/fixtures/%s.json` and run `npm run test:pact`.\n") % (
        pick(r, HOSTS), m, host, path, s.hname, s.hval, svc(r))
    return pick(r, ["docs/contract-testing.md", "test/README.md", "CONTRIBUTING.md"]), c


@P("url", "val", "pair")
def t_md_setup(r, s):
    ids = ("| `%s` | `%s` |\n" % (s.idname, s.idval)) if s.idname else ""
    c = ("## Running the recorded tests\n\nThe snapshot tests read these settings (staging values):\n\n| Variable | Value |\n"
         "|---|---|\n| `APP_ENV` | `%s` |\n%s| `%s` | `%s` |\n\nRun `make snapshots` to refresh the golden files.\n") % (
        pick(r, HOSTS), ids, s.var, s.raw)
    return "docs/testing/%s.md" % pick(r, ["snapshots", "setup", "local-dev"]), c


@P("hdr")
def t_log_wiremock(r, s):
    host, m, path, body = call(r, s)
    t0 = "2024-%02d-%02d %02d:%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))
    c = ("%s:01.112 Verbose logging enabled\n%s:03.447 Request received:\n127.0.0.1 - %s %s\n\n"
         "Accept: [application/json]\n%s: [%s]\nHost: [localhost:8080]\n\n\nMatched response definition:\n{\n"
         "  \"status\" : 200,\n  \"bodyFileName\" : \"%s.json\"\n}\n\nResponse:\nHTTP/1.1 200\nContent-Type: [application/json]\n") % (
        t0, t0, m, path, s.hname, s.hval, svc(r))
    return "build/reports/wiremock/%s-verbose.log" % svc(r) if r.random() < 0.3 else "logs/wiremock.log", c


@P("val", "hdr")
def t_log_newman(r, s):
    lines = ["newman", "", "%s API - contract" % cap(svc(r)), ""]
    lines.append("-> %s" % pick(r, ["List items", "Create order", "Get profile"]))
    lines.append("  GET https://%s/v1/%s [200 OK, 1.2kB, %dms]" % (internal_host(r), svc(r), r.randint(30, 400)))
    if s.hname and ("val" not in s.forms or r.random() < 0.6):
        lines.append("  ┌ request headers: %s: %s" % (s.hname, s.hval))
    else:
        lines.append("  ┌ environment: %s=%s" % (vname(r, s, "camel"), s.raw))
    lines += ["  ✓  status is 200", "", "┌─────────────────────────┬──────────┬──────────┐",
              "│                         │ executed │   failed │", "└─────────────────────────┴──────────┴──────────┘"]
    return "reports/newman/run-%s.log" % date(r), "\n".join(lines) + "\n"


@P("val", "hdr")
def t_log_pact(r, s):
    t = ts(r)
    if s.hname and ("val" not in s.forms or r.random() < 0.5):
        msg = "DEBUG pact_verifier::provider_client: Sending request HTTP Request ( method: GET, path: /%s, headers: Some({\"%s\": [\"%s\"]}) )" % (
            svc(r), s.hname, s.hval)
    else:
        msg = "INFO  pact_verifier: using %s=%s for provider state callbacks" % (vname(r, s, "snake"), s.raw)
    c = ("%s INFO  pact_verifier: Verifying a pact between %s and %s\n%s %s\n%s INFO  pact_verifier: 3 interactions, 0 failures\n") % (
        t, pick(r, CONSUMERS), svc(r) + "-api", t, msg, t)
    return "logs/pact-verify-%s.log" % svc(r), c


@P("val", "cookie")
def t_csv_users(r, s):
    rows = ["user_id,email,role,token"]
    k = r.randint(2, 6)
    for i in range(k):
        if i == k // 2:
            rows.append("%d,%s@%s.test,%s,%s" % (r.randint(100, 999), pick(r, FIRST), org(r), "admin", s.raw))
        else:
            rows.append("%d,%s@%s.test,%s," % (r.randint(100, 999), pick(r, FIRST), org(r), pick(r, ["viewer", "editor"])))
    return "load/data/%s-users.csv" % svc(r), "\n".join(rows) + "\n"


@P("val", "pair")
def t_sql_fixture(r, s):
    c = ("-- Seed data for the recorded API tests\nINSERT INTO tenants (id, name) VALUES ('%s', '%s');\n\n"
         "INSERT INTO integrations (tenant_id, provider, %ssecret, created_at)\nVALUES ('%s', '%s', %s'%s', '%s');\n") % (
        uuid4(r), org(r), "client_id, " if s.idname else "", uuid4(r), s.provider,
        ("'%s', " % s.idval) if s.idname else "", s.raw, date(r))
    return "test/fixtures/seed_%s.sql" % svc(r), c


@P("val", "url", "pair")
def t_properties(r, s):
    ids = ("%s=%s\n" % (s.idname.lower().replace("_", "."), s.idval)) if s.idname else ""
    c = ("# contract test profile\nserver.port=0\nstubrunner.stubs-mode=LOCAL\nlogging.level.root=INFO\n%s%s.%s=%s\n"
         "feature.async-refunds=true\n") % (ids, pick(r, ["integration", "app.client", "upstream"]),
                                            vname(r, s, "snake").replace("_", "-"), s.raw)
    return "src/test/resources/application-contract.properties", c


@P("hdr")
def t_jmx(r, s):
    c = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<jmeterTestPlan version=\"1.2\" properties=\"5.0\" jmeter=\"5.6.3\">\n"
         "  <hashTree>\n    <HeaderManager guiclass=\"HeaderPanel\" testclass=\"HeaderManager\" testname=\"HTTP Header Manager\">\n"
         "      <collectionProp name=\"HeaderManager.headers\">\n        <elementProp name=\"\" elementType=\"Header\">\n"
         "          <stringProp name=\"Header.name\">Accept</stringProp>\n          <stringProp name=\"Header.value\">application/json</stringProp>\n"
         "        </elementProp>\n        <elementProp name=\"\" elementType=\"Header\">\n"
         "          <stringProp name=\"Header.name\">%s</stringProp>\n          <stringProp name=\"Header.value\">%s</stringProp>\n"
         "        </elementProp>\n      </collectionProp>\n    </HeaderManager>\n  </hashTree>\n</jmeterTestPlan>\n") % (s.hname, s.hval)
    return "perf/%s-plan.jmx" % svc(r), c


@P("val", "url", "pair")
def t_dotenv(r, s):
    ids = ("%s=%s\n" % (s.idname, s.idval)) if s.idname else ""
    c = "# used by the snapshot tests\nAPP_ENV=test\nPORT=3000\n%s%s=%s\nLOG_LEVEL=debug\n" % (ids, s.var, s.raw)
    return "%s.env" % pick(r, ["", "", "e2e/", "mocks/"]), c


@P("pem")
def t_json_pem(r, s):
    doc = {"issuer": "https://auth.%s.test" % org(r), "keyId": rs(r, B64U, 12), "algorithm": "ES256",
           "privateKeyPem": s.raw, "audience": "contract-tests"}
    return "test/fixtures/signing-key.json", jd(doc)


@P("pem")
def t_yaml_pem(r, s):
    body = "\n".join("    " + x for x in s.raw.split("\n"))
    c = "jwt:\n  issuer: https://auth.%s.test\n  algorithm: ES256\n  private-key: |\n%s\n  ttl: 15m\n" % (org(r), body)
    return "src/test/resources/jwt-fixture.yml", c


@P("cookie")
def t_cookie_jest(r, s):
    c = ("import request from 'supertest'\nimport { app } from '../app'\n\n// session captured from %s\nconst %s = %s\n\n"
         "test('dashboard renders for logged-in users', async () => {\n  const res = await request(app)\n"
         "    .get('/dashboard')\n    .set('Cookie', [`%s=${%s}`])\n  expect(res.status).toBe(200)\n})\n") % (
        pick(r, HOSTS), camel(s.var.replace(".", "_").lstrip("_").replace("-", "_").lower()) or "sid",
        s.code("ts", "'"), s.var, camel(s.var.replace(".", "_").lstrip("_").replace("-", "_").lower()) or "sid")
    return "src/__tests__/dashboard.test.ts", c


@P("url", "val")
def t_python_settings_test(r, s):
    c = ("import os\n\nfrom django.test import override_settings\n\n\n@override_settings(%s=%s)\n"
         "def test_notifier_posts(client, requests_mock):\n    requests_mock.post(requests_mock.ANY, status_code=200)\n"
         "    client.post(\"/api/%s/notify\")\n    assert requests_mock.called\n") % (vname(r, s, "const"), s.code("py"), svc(r))
    return "tests/test_notifier.py", c


@P("val")
def t_ts_inline_snapshot(r, s):
    c = ("import { expect, it } from 'vitest'\nimport { buildConfig } from '../config'\n\n"
         "it('builds the client config', () => {\n  expect(buildConfig('%s')).toMatchInlineSnapshot(`\n    {\n"
         "      \"baseUrl\": \"https://%s\",\n      \"%s\": \"%s\",\n      \"retries\": 3,\n    }\n  `)\n})\n") % (
        pick(r, HOSTS), internal_host(r), vname(r, s, "camel"), s.raw)
    return "src/__tests__/config.test.ts", c


@P("hdr")
def t_jest_inline_hdr(r, s):
    c = ("import { buildHeaders } from '../http'\n\ntest('buildHeaders', () => {\n  expect(buildHeaders()).toMatchInlineSnapshot(`\n"
         "    {\n      \"Accept\": \"application/json\",\n      \"%s\": \"%s\",\n    }\n  `);\n});\n") % (s.hname, s.hval)
    return "src/__tests__/http.test.js", c


@P("whsec")
def t_whsec_test(r, s):
    nm = vname(r, s, "const")
    c = ("import os\n\nimport stripe\n\nfrom app.webhooks import handle_event\n\n%s = %s\n\n\n"
         "def test_rejects_bad_signature(rf):\n    req = rf.post(\"/webhooks/stripe\", data=b\"{}\", content_type=\"application/json\",\n"
         "                  HTTP_STRIPE_SIGNATURE=\"t=1,v1=deadbeef\")\n    assert handle_event(req, %s).status_code == 400\n") % (
        nm, s.code("py"), nm)
    return "tests/test_stripe_webhooks.py", c


# ---------------------------------------------------------------- negative look-alike templates
def sha(r, n=64):
    return hexs(r, n)


def gitsha(r):
    return hexs(r, 40)


@N("pact", "matching-rules")
def n_pact_matchers(r):
    c, p = pact_names(r)
    doc = {"consumer": {"name": c}, "provider": {"name": p}, "interactions": [{
        "description": "a request with any bearer token", "providerStates": [{"name": "a valid session exists"}],
        "request": {"method": "GET", "path": "/%s/%d" % (svc(r), r.randint(1, 9999)),
                    "headers": {"Authorization": "Bearer %s" % pick(r, ["AAABBBCCC", "abc123", "1234", "test-token"])},
                    "matchingRules": {"header": {"Authorization": {"matchers": [
                        {"match": "regex", "regex": "^Bearer [A-Za-z0-9\\-._~+/]+=*$"}], "combine": "AND"}}}},
        "response": {"status": 200, "body": {"id": uuid4(r), "etag": hexs(r, 32)},
                     "matchingRules": {"body": {"$.id": {"matchers": [{"match": "regex",
                                                                       "regex": "^[0-9a-f-]{36}$"}]}}},
                     "generators": {"body": {"$.id": {"type": "Uuid"}}}}}],
        "metadata": {"pactSpecification": {"version": "3.0.0"}, "pact-jvm": {"version": "4.6.%d" % r.randint(1, 9)}}}
    return "pacts/%s-%s.json" % (c, p), jd(doc)


@N("pact", "broker-metadata")
def n_pact_broker(r):
    c, p = pact_names(r)
    v = gitsha(r)
    doc = {"_links": {"self": {"href": "https://%s.pactflow.io/pacts/provider/%s/consumer/%s/version/%s" % (org(r), p, c, v)},
                      "pb:consumer-version": {"name": v}},
           "consumer": {"name": c}, "provider": {"name": p},
           "createdAt": ts(r), "pactVersionSha": sha(r, 40),
           "verificationResults": [{"success": True, "providerApplicationVersion": gitsha(r),
                                    "buildUrl": "https://github.com/%s/%s/actions/runs/%d" % (org(r), p, r.randint(10 ** 9, 10 ** 10))}]}
    return "pacts/.broker/%s-%s.meta.json" % (c, p), jd(doc)


@N("wiremock", "uuids-etags")
def n_wiremock_ids(r):
    doc = {"id": uuid4(r), "request": {"method": "GET", "urlPathPattern": "/api/%s/[a-f0-9-]{36}" % svc(r),
                                         "headers": {"Authorization": {"matches": "Bearer .+"},
                                                     "If-None-Match": {"absent": True}}},
           "response": {"status": 200, "headers": {"ETag": '"%s"' % hexs(r, 32), "X-Request-Id": uuid4(r),
                                                   "X-Correlation-Id": uuid4(r)},
                        "bodyFileName": "%s.json" % svc(r), "transformers": ["response-template"]},
           "uuid": uuid4(r), "persistent": True}
    return "src/test/resources/wiremock/mappings/get-%s-by-id.json" % svc(r), jd(doc)


@N("stripe", "object-ids")
def n_stripe_file(r):
    pid = "pi_3" + rs(r, ALNUM, 23)
    doc = {"id": pid, "object": "payment_intent", "amount": money(r), "currency": "usd",
           "customer": "cus_" + rs(r, ALNUM, 14), "latest_charge": "ch_3" + rs(r, ALNUM, 23),
           "payment_method": "pm_" + rs(r, ALNUM, 24), "livemode": False, "status": "succeeded",
           "metadata": {"order_id": str(r.randint(10000, 99999))}, "created": epoch(r)}
    return "src/test/resources/__files/stripe/payment_intent_%s.json" % pick(r, ["succeeded", "created"]), jd(doc)


@N("stripe", "publishable_key")
def n_stripe_pk(r):
    pk = pick(r, [STRIPE_DOC_PK, "pk_test_" + rs(r, ALNUM, 99), "pk_live_" + rs(r, ALNUM, 99)])
    c = ("import type { Meta, StoryObj } from '@storybook/react'\nimport { Elements } from '@stripe/react-stripe-js'\n"
         "import { loadStripe } from '@stripe/stripe-js'\nimport { CheckoutForm } from './CheckoutForm'\n\n"
         "// Publishable keys are safe to ship to the browser.\nconst stripePromise = loadStripe('%s')\n\n"
         "const meta: Meta<typeof CheckoutForm> = {\n  component: CheckoutForm,\n"
         "  decorators: [(Story) => <Elements stripe={stripePromise}><Story /></Elements>],\n}\nexport default meta\n"
         "export const Default: StoryObj<typeof CheckoutForm> = {}\n") % pk
    return "src/components/CheckoutForm.stories.tsx", c


@N("stripe", "documented-example")
def n_stripe_doc_md(r):
    c = ("# Payments sandbox\n\nThe mocks accept Stripe's documentation key, so the examples from the\n"
         "Stripe API reference work unchanged:\n\n```bash\ncurl https://localhost:12111/v1/charges \\\n  -u %s:\n```\n\n"
         "Use the test card `4242 4242 4242 4242` with any future expiry date.\n") % STRIPE_DOC_SK
    return "docs/payments-mock.md", c


@N("stripe", "webhook-signature")
def n_stripe_sig(r):
    t = epoch(r)
    c = ("POST /webhooks/stripe\nContent-Type: application/json; charset=utf-8\nStripe-Signature: t=%d,v1=%s,v0=%s\n\n"
         "{\n  \"id\": \"evt_%s\",\n  \"type\": \"invoice.paid\",\n  \"api_version\": \"2023-10-16\"\n}\n") % (
        t, sha(r), sha(r), rs(r, ALNUM, 24))
    return "tests/WebhookTests.ReplaysSignedEvent.approved.txt", c


@N("github", "webhook-signature")
def n_github_sig(r):
    c = ("POST /hooks/github HTTP/1.1\nX-GitHub-Event: push\nX-GitHub-Delivery: %s\nX-GitHub-Hook-ID: %d\n"
         "X-Hub-Signature: sha1=%s\nX-Hub-Signature-256: sha256=%s\nContent-Type: application/json\n\n"
         "{\"ref\":\"refs/heads/main\",\"after\":\"%s\"}\n") % (uuid4(r), r.randint(10 ** 8, 10 ** 9), sha(r, 40), sha(r), gitsha(r))
    return "internal/webhooks/testdata/push_event.golden", c


@N("github", "api-ids")
def n_github_recorded(r):
    doc = {"sha": gitsha(r), "node_id": "C_kwDO" + rs(r, ALNUM, 30),
           "commit": {"tree": {"sha": gitsha(r)}, "message": "fix: handle empty pages",
                      "verification": {"verified": True, "reason": "valid", "signature": None}},
           "author": {"login": "octocat", "id": 583231, "node_id": "MDQ6VXNlcjU4MzIzMQ==",
                      "gravatar_id": "", "avatar_url": "https://avatars.githubusercontent.com/u/583231?v=4"},
           "parents": [{"sha": gitsha(r)}]}
    hdr = {"x-github-request-id": "%s:%s:%s:%s:%s" % (hexs(r, 4).upper(), hexs(r, 5).upper(), hexs(r, 6).upper(),
                                                      hexs(r, 7).upper(), hexs(r, 8).upper()),
           "etag": 'W/"%s"' % sha(r)}
    return "test/fixtures/github/commit.json", jd({"headers": hdr, "body": doc})


@N("slack", "api-ids")
def n_slack_recorded(r):
    doc = {"ok": True, "channel": "C0" + rs(r, UPPER + DIG, 9), "ts": "%d.%06d" % (epoch(r), r.randint(0, 999999)),
           "message": {"bot_id": "B0" + rs(r, UPPER + DIG, 9), "type": "message", "text": "Deploy finished",
                       "user": "U0" + rs(r, UPPER + DIG, 9), "team": "T0" + rs(r, UPPER + DIG, 9),
                       "app_id": "A0" + rs(r, UPPER + DIG, 9)},
           "response_metadata": {"next_cursor": b64u(("user:U0" + rs(r, UPPER + DIG, 9)).encode()) + "="}}
    return "test/fixtures/slack/chat_postMessage.json", jd(doc)


@N("slack", "documented-example")
def n_slack_doc(r):
    c = ("const { IncomingWebhook } = require('@slack/webhook')\n\n// Example from the Slack docs; the real URL comes from the environment.\n"
         "const url = process.env.SLACK_WEBHOOK_URL || '%s'\n\nmodule.exports = new IncomingWebhook(url)\n") % SLACK_DOC_HOOK
    return "src/notify/slack.js", c


@N("openai", "response-ids")
def n_openai_recorded(r):
    doc = {"id": "chatcmpl-" + rs(r, ALNUM, 29), "object": "chat.completion", "created": epoch(r),
           "model": "gpt-4o-mini-2024-07-18", "system_fingerprint": "fp_" + hexs(r, 10),
           "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hello!"}, "finish_reason": "stop"}],
           "usage": {"prompt_tokens": 9, "completion_tokens": 3, "total_tokens": 12}}
    hd = {"openai-organization": "org-" + rs(r, ALNUM, 24), "x-request-id": "req_" + hexs(r, 32),
          "openai-processing-ms": str(r.randint(200, 900))}
    return "tests/cassettes/openai/chat_completion.json", jd({"response_headers": hd, "body": doc})


@N("aws", "request-ids")
def n_aws_recorded(r):
    c = ("interactions:\n- request:\n    method: PUT\n    uri: https://%s-fixtures.s3.%s.amazonaws.com/reports/%s.json\n"
         "    headers:\n      x-amz-content-sha256:\n      - %s\n      Authorization:\n      - DUMMY\n  response:\n"
         "    headers:\n      x-amz-id-2:\n      - %s\n      x-amz-request-id:\n      - %s\n      ETag:\n      - '\"%s\"'\n"
         "      x-amz-version-id:\n      - %s\n    status:\n      code: 200\n      message: OK\nversion: 1\n") % (
        org(r), pick(r, REGIONS), uuid4(r), sha(r), base64.b64encode(rbytes(r, 56)).decode(),
        rs(r, UPPER + DIG, 16), hexs(r, 32), rs(r, ALNUM + "._", 32))
    return "tests/cassettes/test_upload_report.yaml", c


@N("aws", "sigv4-example-key")
def n_aws_sigv4(r):
    c = ("GET /?list-type=2 HTTP/1.1\nHost: examplebucket.s3.amazonaws.com\nx-amz-date: 20130524T000000Z\n"
         "x-amz-content-sha256: %s\nAuthorization: AWS4-HMAC-SHA256 Credential=%s/20130524/us-east-1/s3/aws4_request, "
         "SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=%s\n") % (sha(r), AWS_DOC_ID, sha(r))
    return "internal/sigv4/testdata/list_objects.golden", c


@N("aws", "documented-example")
def n_aws_doc(r):
    c = ("import os\n\nimport boto3\nimport pytest\nfrom moto import mock_aws\n\n\n@pytest.fixture\ndef aws_credentials():\n"
         "    \"\"\"Mocked AWS Credentials for moto (values from the AWS docs).\"\"\"\n"
         "    os.environ[\"AWS_ACCESS_KEY_ID\"] = \"%s\"\n    os.environ[\"AWS_SECRET_ACCESS_KEY\"] = \"%s\"\n"
         "    os.environ[\"AWS_DEFAULT_REGION\"] = \"us-east-1\"\n\n\n@mock_aws\ndef test_create_bucket(aws_credentials):\n"
         "    boto3.client(\"s3\").create_bucket(Bucket=\"fixtures\")\n") % (AWS_DOC_ID, AWS_DOC_SECRET)
    return "tests/conftest_aws.py", c


@N("aws", "arns")
def n_aws_arns(r):
    acct = rs(r, DIG, 12)
    doc = {"QueueUrl": "https://sqs.%s.amazonaws.com/%s/%s-events" % (pick(r, REGIONS), acct, svc(r)),
           "Attributes": {"QueueArn": "arn:aws:sqs:%s:%s:%s-events" % (pick(r, REGIONS), acct, svc(r)),
                          "ApproximateNumberOfMessages": "0"},
           "ResponseMetadata": {"RequestId": uuid4(r), "HTTPStatusCode": 200,
                                "HTTPHeaders": {"x-amzn-requestid": uuid4(r)}}}
    return "tests/fixtures/sqs_get_queue_attributes.json", jd(doc)


@N("sendgrid", "message-ids")
def n_sendgrid(r):
    doc = {"status": 202, "headers": {"x-message-id": rs(r, B64U, 22), "access-control-allow-origin": "https://sendgrid.api-docs.io"},
           "events": [{"email": "%s@example.com" % pick(r, FIRST), "event": "delivered",
                       "sg_event_id": rs(r, B64U, 22), "sg_message_id": rs(r, B64U, 22) + ".filterdrecv-" + hexs(r, 8) + "-1-" + hexs(r, 8).upper() + "-1.0",
                       "timestamp": epoch(r)}]}
    return "test/fixtures/sendgrid/events.json", jd(doc)


@N("twilio", "sids")
def n_twilio(r):
    acc = "AC" + hexs(r, 32)
    doc = {"sid": "SM" + hexs(r, 32), "account_sid": acc, "messaging_service_sid": "MG" + hexs(r, 32),
           "to": "+1555010%04d" % r.randint(0, 9999), "from": "+15005550006", "status": "queued",
           "uri": "/2010-04-01/Accounts/%s/Messages/SM%s.json" % (acc, hexs(r, 32))}
    return "src/test/resources/__files/twilio/message-queued.json", jd(doc)


@N("generic", "jwt-alg-none-fixture")
def n_jwt_none(r):
    tok = make_jwt(r, iss="https://test-issuer.invalid/", alg="none", sub="test-user")
    c = ("// Unsigned token (alg: none) - only accepted by the mock verifier in tests.\n"
         "export const UNSIGNED_TEST_JWT =\n  '%s'\n\nexport const TEST_ISSUER = 'https://test-issuer.invalid/'\n") % tok
    return "src/test-utils/fixtures/jwt.ts", c


@N("generic", "jwt-test-issuer")
def n_jwt_testiss(r):
    tok = make_jwt(r, iss="https://fixtures.local/test-only", alg="none", sub="user-123")
    c = ("// Jest Snapshot v1, https://goo.gl/fbAQLP\n\n// The token below is the unsigned fixture from test-utils/jwt.ts (alg none).\n"
         "exports[`decodeSession decodes the fixture token 1`] = `\n{\n  \"raw\": \"%s\",\n  \"sub\": \"user-123\",\n}\n`;\n") % tok
    return "src/auth/__snapshots__/decodeSession.test.ts.snap", c


@N("generic", "jwks-public")
def n_jwks(r):
    keys = []
    for _ in range(r.randint(1, 2)):
        keys.append({"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rs(r, B64U, 27),
                     "n": b64u(rbytes(r, 256)), "e": "AQAB", "x5t": b64u(rbytes(r, 20))})
    return "wiremock/__files/.well-known/jwks.json", jd({"keys": keys})


@N("generic", "public-key-pem")
def n_pubpem(r):
    c = ("---\nsource: tests/keys.rs\nexpression: keypair.public_pem()\n---\n%s\n") % public_pem(r)
    return "tests/snapshots/keys__public_pem.snap", c


@N("generic", "certificate")
def n_cert(r):
    b = base64.b64encode(rbytes(r, r.randint(420, 600))).decode()
    pem = "-----BEGIN CERTIFICATE-----\n" + "\n".join(b[i:i + 64] for i in range(0, len(b), 64)) + "\n-----END CERTIFICATE-----\n"
    c = "# mock server TLS certificate (public part only)\n# SHA256 Fingerprint=%s\n%s" % (
        ":".join(hexs(r, 2).upper() for _ in range(32)), pem)
    return "mocks/tls/server.crt.pem", c


@N("generic", "ssh-public-key")
def n_ssh_pub(r):
    lines = []
    for _ in range(r.randint(2, 4)):
        k = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + rbytes(r, 32)).decode()
        lines.append("ssh-ed25519 %s %s@%s" % (k, pick(r, FIRST), org(r)))
    return "tests/DeployKeysTests.ListsKeys.approved.txt", "\n".join(lines) + "\n"


@N("generic", "integrity-hashes")
def n_integrity(r):
    pk = {}
    for n in ["msw", "nock", "supertest", "@pact-foundation/pact", "jest-snapshot"]:
        pk["node_modules/" + n] = {"version": semver(r), "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (n, n.split("/")[-1], semver(r)),
                                   "integrity": "sha512-" + base64.b64encode(rbytes(r, 64)).decode(), "dev": True}
    c = "// Jest Snapshot v1, https://goo.gl/fbAQLP\n\nexports[`lockfile parser reads packages 1`] = `\n%s\n`;\n" % jest_obj(pk)
    return "tools/lockfile/__snapshots__/parse.test.js.snap", c


@N("generic", "image-digests")
def n_digests(r):
    c = "\n".join("%s@sha256:%s" % (img, sha(r)) for img in
                  ["wiremock/wiremock:3.3.1", "stoplight/prism:5", "pactfoundation/pact-cli:latest",
                   "mountebank/mountebank:2.9.1", "spectolabs/hoverfly:v1.9.0"][:r.randint(2, 5)]) + "\n"
    return "deploy/testdata/pinned_images.golden", c


@N("generic", "go-sum-hashes")
def n_gosum(r):
    mods = ["github.com/stretchr/testify v1.9.0", "github.com/google/go-cmp v0.6.0", "gotest.tools/v3 v3.5.1",
            "github.com/sebdah/goldie/v2 v2.5.3"]
    c = "".join("%s h1:%s=\n%s/go.mod h1:%s=\n" % (m, base64.b64encode(rbytes(r, 32)).decode()[:43], m,
                                                     base64.b64encode(rbytes(r, 32)).decode()[:43]) for m in mods)
    return "internal/deps/testdata/go.sum.golden", c


@N("generic", "content-hashes")
def n_content_hash(r):
    d = {"files": [{"path": "fixtures/%s.json" % svc(r), "sha256": sha(r), "size": r.randint(200, 90000)} for _ in range(4)],
         "manifest_sha1": sha(r, 40)}
    return "tests/snapshots/fixtures__manifest.snap", "---\nsource: tests/fixtures.rs\nexpression: manifest\n---\n" + jd(d)


@N("generic", "css-chunk-hashes")
def n_css_hashes(r):
    comp = pick(r, ["Header", "OrderRow", "PriceTag"])
    c = ("// Jest Snapshot v1, https://goo.gl/fbAQLP\n\nexports[`<%s /> matches snapshot 1`] = `\n<div\n  className=\"%s_root__%s\"\n"
         "  data-build=\"%s\"\n>\n  <img\n    src=\"/static/media/logo.%s.svg\"\n  />\n</div>\n`;\n") % (
        comp, comp, rs(r, ALNUM + "_", 5), hexs(r, 20), hexs(r, 8))
    return "src/components/%s/__snapshots__/%s.test.jsx.snap" % (comp, comp), c


@N("generic", "redacted-header-snapshot")
def n_redacted_snap(r):
    obj = {"headers": {"Accept": "application/json", "Authorization": pick(r, ["Bearer [REDACTED]", "Bearer ***", "<redacted>"]),
                       "X-Request-Id": uuid4(r)}, "method": "GET", "url": "https://%s/v1/%s" % (internal_host(r), svc(r))}
    c = "// Jest Snapshot v1, https://goo.gl/fbAQLP\n\nexports[`http client redacts credentials in logs 1`] = `\n%s\n`;\n" % jest_obj(obj)
    return "src/http/__snapshots__/logger.test.ts.snap", c


@N("generic", "insta-redactions")
def n_insta_redact(r):
    c = ("---\nsource: tests/api.rs\nexpression: response\n---\nSession {\n    id: \"[uuid]\",\n    token: \"[token]\",\n"
         "    user_id: %d,\n    created_at: \"[timestamp]\",\n    scopes: [\n        \"read\",\n        \"write\",\n    ],\n}\n") % r.randint(1, 9999)
    return "tests/snapshots/api__login_returns_session.snap", c


@N("generic", "base64-body")
def n_hoverfly_b64(r):
    body = base64.b64encode(json.dumps({"items": [{"id": uuid4(r), "sku": "SKU-%05d" % r.randint(0, 99999)}
                                                  for _ in range(3)]}).encode()).decode()
    doc = {"data": {"pairs": [{"request": {"path": [{"matcher": "glob", "value": "/api/%s/*" % svc(r)}],
                                           "headers": {"Authorization": [{"matcher": "regex", "value": "^Bearer .+$"}]}},
                               "response": {"status": 200, "body": body, "encodedBody": True,
                                            "headers": {"Content-Type": ["application/json"]}}}]},
           "meta": {"schemaVersion": "v5.2", "hoverflyVersion": "v1.9.0", "timeExported": ts(r)}}
    return "hoverfly/%s-encoded.json" % svc(r), jd(doc)


@N("generic", "mountebank-predicates")
def n_mountebank_regex(r):
    doc = {"imposters": [{"protocol": "http", "port": 4545, "stubs": [
        {"predicates": [{"matches": {"headers": {"Authorization": "^Bearer [\\w-]+\\.[\\w-]+\\.[\\w-]*$"}}},
                        {"exists": {"headers": {"X-Request-Id": True}}}],
         "responses": [{"is": {"statusCode": 200, "body": {"id": uuid4(r)}},
                        "_behaviors": {"copy": [{"from": {"headers": "X-Request-Id"}, "into": "${REQ_ID}",
                                                 "using": {"method": "regex", "selector": ".+"}}]}}]}]}]}
    return "mountebank/%s.json" % svc(r), jd(doc)


@N("postman", "variables")
def n_postman_vars(r):
    doc = {"info": {"_postman_id": uuid4(r), "name": "%s" % cap(svc(r)),
                    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json", "_exporter_id": str(r.randint(10 ** 6, 10 ** 8))},
           "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{accessToken}}", "type": "string"}]},
           "event": [{"listen": "prerequest", "script": {"type": "text/javascript", "exec": [
               "pm.request.headers.upsert({ key: 'X-Request-Id', value: pm.variables.replaceIn('{{$guid}}') });"]}}],
           "item": [{"name": "List", "request": {"method": "GET", "url": "{{baseUrl}}/%s" % svc(r)}}]}
    return "postman/%s-collection.json" % svc(r), jd(doc, 4)


@N("postman", "empty-secret-values")
def n_postman_env_empty(r):
    doc = {"id": uuid4(r), "name": "local", "values": [
        {"key": "baseUrl", "value": "http://localhost:%d" % pick(r, [3000, 8080]), "type": "default", "enabled": True},
        {"key": "accessToken", "value": "", "type": "secret", "enabled": True},
        {"key": "clientSecret", "value": "", "type": "secret", "enabled": True},
        {"key": "tenantId", "value": uuid4(r), "type": "default", "enabled": True}],
        "_postman_variable_scope": "environment"}
    return "postman/environments/local.postman_environment.json", jd(doc)


@N("generic", "msw-fake-token")
def n_msw_fake(r):
    c = ("import { http, HttpResponse } from 'msw'\n\nexport const authHandlers = [\n  http.post('/api/login', () =>\n"
         "    HttpResponse.json({\n      accessToken: 'mock-access-token',\n      refreshToken: 'mock-refresh-token',\n"
         "      sessionId: '%s',\n      expiresIn: 3600,\n    }),\n  ),\n]\n") % uuid4(r)
    return "src/mocks/auth.ts", c


@N("google", "public-site-keys")
def n_sitekeys(r):
    c = ("export default {\n  title: 'Forms/SignupForm',\n  args: {\n    // reCAPTCHA *site* key and Firebase web config are public by design\n"
         "    recaptchaSiteKey: '6L%s',\n    firebase: {\n      apiKey: 'AIza%s',\n      authDomain: '%s-dev.firebaseapp.com',\n"
         "      projectId: '%s-dev',\n      appId: '1:%s:web:%s',\n    },\n  },\n}\n") % (
        rs(r, ALNUM + "-_", 38), rs(r, ALNUM + "-_", 35), org(r), org(r), rs(r, DIG, 12), hexs(r, 22))
    return "src/forms/SignupForm.stories.js", c


@N("generic", "test-jwt-helper")
def n_supertest_helper(r):
    c = ("import request from 'supertest'\nimport { app } from '../src/app'\nimport { signTestJwt } from './helpers/jwt'\n\n"
         "describe('orders', () => {\n  it('lists orders', async () => {\n    const token = signTestJwt({ sub: 'user-1' })\n"
         "    await request(app).get('/orders').set('Authorization', `Bearer ${token}`).expect(200)\n  })\n})\n")
    return "test/orders.test.ts", c


@N("generic", "env-and-regex-matchers")
def n_pytest_env(r):
    c = ("import os\nimport re\n\nimport responses\nfrom responses import matchers\n\nTOKEN = os.environ.get(\"API_TOKEN\", \"test-token\")\n"
         "REQUEST_ID = re.compile(r\"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$\")\n\n\n"
         "@responses.activate\ndef test_sends_request_id():\n    responses.get(\"https://%s/v1/ping\",\n"
         "                  match=[matchers.header_matcher({\"Authorization\": f\"Bearer {TOKEN}\"})])\n") % internal_host(r)
    return "tests/test_ping.py", c


@N("generic", "expected-digests")
def n_pytest_digest(r):
    c = ("import hashlib\n\nEXPECTED = {\n" + "".join("    \"%s.json\": \"%s\",\n" % (svc(r), sha(r)) for _ in range(4)) +
         "}\n\n\ndef test_fixture_digests(fixtures_dir):\n    for name, digest in EXPECTED.items():\n"
         "        data = (fixtures_dir / name).read_bytes()\n        assert hashlib.sha256(data).hexdigest() == digest\n")
    return "tests/test_fixture_integrity.py", c


@N("generic", "java-getenv")
def n_java_env(r):
    c = ("import static io.restassured.RestAssured.given;\n\nimport java.util.UUID;\nimport org.junit.jupiter.api.Test;\n\n"
         "class HealthIT {\n    private static final String TOKEN = System.getenv().getOrDefault(\"API_TOKEN\", \"local-dev\");\n\n"
         "    @Test\n    void health() {\n        given().header(\"Authorization\", \"Bearer \" + TOKEN)\n"
         "            .header(\"X-Request-Id\", UUID.randomUUID().toString())\n            .get(\"/health\").then().statusCode(200);\n"
         "    }\n}\n")
    return "src/test/java/it/HealthIT.java", c


@N("generic", "wiremock-java-matchers")
def n_wiremock_java(r):
    c = ("stubFor(get(urlPathMatching(\"/api/%s/[0-9a-f\\\\-]{36}\"))\n    .withHeader(\"Authorization\", matching(\"Bearer [A-Za-z0-9._-]+\"))\n"
         "    .withHeader(\"Idempotency-Key\", matching(\"[0-9a-f-]{36}\"))\n    .willReturn(aResponse()\n        .withStatus(200)\n"
         "        .withHeader(\"ETag\", \"\\\"%s\\\"\")\n        .withBodyFile(\"%s.json\")));\n") % (svc(r), hexs(r, 32), svc(r))
    body = ("package com.%s.stubs;\n\nimport static com.github.tomakehurst.wiremock.client.WireMock.*;\n\n"
            "public final class %sStubs {\n    public static void register() {\n        %s    }\n}\n") % (
        org(r), cap(svc(r)), c.replace("\n", "\n        "))
    return "src/test/java/com/%s/stubs/%sStubs.java" % (org(r), cap(svc(r))), body


@N("generic", "go-golden-uuids")
def n_go_golden(r):
    d = {"request_id": uuid4(r), "trace_id": hexs(r, 32), "span_id": hexs(r, 16),
         "traceparent": "00-%s-%s-01" % (hexs(r, 32), hexs(r, 16)), "etag": '"%s"' % hexs(r, 40),
         "idempotency_key": uuid4(r)}
    return "internal/middleware/testdata/headers.golden", jd(d, 4)


@N("generic", "karate-matchers")
def n_karate(r):
    c = ("Feature: orders\n\n  Background:\n    * url baseUrl\n    * def token = karate.properties['auth.token']\n"
         "    * header Authorization = 'Bearer ' + token\n\n  Scenario: create\n    Given path 'orders'\n"
         "    And request { sku: 'SKU-%05d', qty: 1 }\n    When method post\n    Then status 201\n"
         "    And match response == { id: '#uuid', etag: '#regex [0-9a-f]{32}', createdAt: '#string' }\n") % r.randint(0, 99999)
    return "src/test/java/orders/create.feature", c


@N("generic", "cucumber-examples")
def n_cucumber(r):
    rows = "".join("      | %s | %s | %s |\n" % ("ORD-%06d" % r.randint(0, 999999), "1Z%s" % rs(r, UPPER + DIG, 16), uuid4(r))
                   for _ in range(4))
    c = ("Feature: shipment tracking\n\n  Scenario Outline: tracking numbers are linked to orders\n"
         "    Given order \"<order>\" exists\n    When the carrier reports \"<tracking>\" with event \"<event>\"\n"
         "    Then the order shows the tracking link\n\n    Examples:\n      | order | tracking | event |\n%s") % rows
    return "features/tracking.feature", c


@N("generic", "http-file-variables")
def n_http_vars(r):
    c = ("@baseUrl = https://%s\n@token = {{$dotenv API_TOKEN}}\n\n### list\nGET {{baseUrl}}/v1/%s\nAuthorization: Bearer {{token}}\n"
         "X-Request-Id: {{$guid}}\n\n### create\nPOST {{baseUrl}}/v1/%s\nAuthorization: Bearer {{token}}\nContent-Type: application/json\n\n"
         "{ \"sku\": \"SKU-1\" }\n") % (internal_host(r), svc(r), svc(r))
    return "http/%s.http" % svc(r), c


@N("generic", "secret-manager-refs")
def n_sh_vault(r):
    c = ("#!/usr/bin/env bash\nset -euo pipefail\n# Pull credentials for the contract run; nothing is stored in the repo.\n"
         "export PACT_BROKER_TOKEN=\"$(vault kv get -field=token secret/ci/pactflow)\"\n"
         "export STRIPE_SECRET_KEY=\"$(op read 'op://CI/stripe-sandbox/secret_key')\"\n"
         "export AWS_PROFILE=contract-tests\nnpm run test:pact -- --publish\n")
    return "scripts/contract-ci.sh", c


@N("generic", "masked-log")
def n_log_masked(r):
    lines = []
    for _ in range(r.randint(4, 8)):
        lines.append("%s INFO  http request method=GET path=/v1/%s status=200 request_id=%s trace_id=%s authorization=\"Bearer ****%s\" duration_ms=%d" % (
            ts(r), svc(r), uuid4(r), hexs(r, 32), rs(r, ALNUM, 4), r.randint(2, 900)))
    return "logs/contract-run.log", "\n".join(lines) + "\n"


@N("generic", "newman-masked")
def n_newman_masked(r):
    c = ("newman\n\n%s\n\n→ Login\n  POST https://%s/oauth/token [200 OK, 812B, %dms]\n  ┌ client_secret: ********\n"
         "  ✓  token returned\n  ✓  token_type is Bearer\n") % (cap(svc(r)), internal_host(r), r.randint(40, 300))
    return "reports/newman/login.log", c


@N("stripe", "test-cards")
def n_test_cards(r):
    rows = ["card_number,brand,payment_method,expected"] + [
        "4242424242424242,visa,pm_card_visa,succeeded", "4000000000009995,visa,pm_card_visa_chargeDeclinedInsufficientFunds,declined",
        "5555555555554444,mastercard,pm_card_mastercard,succeeded", "4000002500003155,visa,pm_card_authenticationRequired,requires_action"]
    return "load/data/stripe-test-cards.csv", "\n".join(rows) + "\n"


@N("generic", "graphql-persisted-query")
def n_graphql_pq(r):
    doc = {"operationName": "ListOrders", "variables": {"first": 20, "after": base64.b64encode(b"arrayconnection:%d" % r.randint(10, 99)).decode()},
           "extensions": {"persistedQuery": {"version": 1, "sha256Hash": sha(r)}},
           "response": {"data": {"orders": {"edges": [{"cursor": base64.b64encode(b"arrayconnection:%d" % i).decode(),
                                                       "node": {"id": base64.b64encode(("Order:%d" % r.randint(1, 10 ** 6)).encode()).decode()}}
                                                      for i in range(2)]}}}}
    return "test/fixtures/graphql/ListOrders.json", jd(doc)


@N("generic", "har-nonsecret-cookies")
def n_har_cookies(r):
    doc = {"log": {"version": "1.2", "creator": {"name": "Polly.JS", "version": "6.0.6"}, "entries": [{
        "request": {"method": "GET", "url": "https://%s/api/%s" % (internal_host(r), svc(r)),
                    "headers": [{"name": "cookie", "value": "theme=dark; locale=en-GB; _ga=GA1.2.%d.%d; consent=analytics:0" % (
                        r.randint(10 ** 8, 10 ** 9), epoch(r))}, {"name": "authorization", "value": "Bearer [FILTERED]"}],
                    "cookies": []},
        "response": {"status": 200, "headers": [{"name": "etag", "value": 'W/"%s"' % hexs(r, 27)}],
                     "content": {"mimeType": "application/json", "text": "{\"items\":[]}"}}}]}}
    return "__recordings__/%s_%s/recording.har" % (svc(r), hexs(r, 8)), jd(doc)


@N("generic", "vcr-filtered")
def n_vcr_filtered(r):
    c = ("---\nhttp_interactions:\n- request:\n    method: get\n    uri: https://api.github.com/repos/%s/widgets\n    headers:\n"
         "      Authorization:\n      - token <GITHUB_TOKEN>\n      X-Github-Api-Version:\n      - '2022-11-28'\n  response:\n"
         "    status:\n      code: 200\n    headers:\n      X-Github-Request-Id:\n      - %s:%s:%s:%s:%s\n    body:\n"
         "      string: '{\"id\":%d,\"node_id\":\"R_kgDO%s\"}'\nrecorded_with: VCR 6.2.0\n") % (
        org(r), hexs(r, 4).upper(), hexs(r, 5).upper(), hexs(r, 6).upper(), hexs(r, 7).upper(), hexs(r, 8).upper(),
        r.randint(10 ** 8, 10 ** 9), rs(r, ALNUM, 6))
    return "spec/cassettes/github/repo.yml", c


@N("generic", "vcrpy-filter-config")
def n_vcrpy_conf(r):
    c = ("import pytest\n\n\n@pytest.fixture(scope=\"module\")\ndef vcr_config():\n    return {\n"
         "        \"filter_headers\": [(\"authorization\", \"DUMMY\"), \"x-api-key\", \"cookie\"],\n"
         "        \"filter_query_parameters\": [\"api_key\", \"token\"],\n        \"record_mode\": \"once\",\n    }\n")
    return "tests/conftest.py", c


@N("generic", "schemathesis-env")
def n_schemathesis_env(r):
    c = ("base-url = \"${API_BASE_URL}\"\nheaders = { Authorization = \"Bearer ${API_TOKEN}\" }\n\n[auth.openapi.ApiKeyAuth]\n"
         "api_key = \"${API_KEY}\"\n\n[generation]\nmax-examples = 100\n")
    return "schemathesis.toml", c


@N("generic", "dredd-hooks-env")
def n_dredd_env(r):
    c = ("const hooks = require('hooks')\nconst { randomUUID } = require('crypto')\n\nhooks.beforeEach((t) => {\n"
         "  t.request.headers['Authorization'] = `Bearer ${process.env.DREDD_TOKEN}`\n  t.request.headers['X-Request-Id'] = randomUUID()\n})\n")
    return "test/hooks.js", c


@N("generic", "gha-secrets-refs")
def n_gha(r):
    c = ("name: pact\non: [push]\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n"
         "      - run: npx pact-broker publish pacts --consumer-app-version ${{ github.sha }} --branch ${{ github.ref_name }}\n"
         "        env:\n          PACT_BROKER_BASE_URL: ${{ vars.PACT_BROKER_BASE_URL }}\n          PACT_BROKER_TOKEN: ${{ secrets.PACT_BROKER_TOKEN }}\n")
    return ".github/workflows/pact-publish.yml", c


@N("generic", "spring-placeholders")
def n_spring(r):
    c = ("spring:\n  datasource:\n    url: jdbc:postgresql://localhost:5432/%s_test\n    username: ${DB_USER:app}\n    password: ${DB_PASSWORD:}\n"
         "clients:\n  payments:\n    api-key: ${PAYMENTS_API_KEY:dummy-key-for-tests}\n    base-url: http://localhost:${wiremock.server.port}\n") % svc(r)
    return "src/test/resources/application-test.yml", c


@N("generic", "scc-regex")
def n_scc(r):
    c = ("Contract.make {\n    request {\n        method GET()\n        url '/api/%s'\n        headers {\n"
         "            header('Authorization', $(consumer(regex('Bearer [a-zA-Z0-9._-]+')), producer('Bearer test-token')))\n"
         "            header('X-Request-Id', $(anyUuid()))\n        }\n    }\n    response {\n        status OK()\n"
         "        body(id: $(anyUuid()), version: $(regex('[0-9a-f]{40}')))\n    }\n}\n") % svc(r)
    return "src/test/resources/contracts/%s/shouldList.groovy" % svc(r), c


@N("generic", "bcrypt-seed-hashes")
def n_bcrypt(r):
    rows = "".join("  ('%s', '%s@%s.test', '$2b$12$%s'),\n" % (uuid4(r), pick(r, FIRST), org(r), rs(r, ALNUM + "./", 53))
                   for _ in range(3))
    c = ("-- seed users for the recorded UI tests (password hashes only)\nINSERT INTO users (id, email, password_hash) VALUES\n%s"
         "  ('%s', 'ops@%s.test', '$argon2id$v=19$m=65536,t=3,p=4$%s$%s');\n") % (
        rows, uuid4(r), org(r), b64u(rbytes(r, 16)), b64u(rbytes(r, 32)))
    return "test/fixtures/users.sql", c


@N("generic", "base64-payload")
def n_kotlin_b64(r):
    c = ("import org.junit.jupiter.api.Test\nimport java.util.Base64\nimport kotlin.test.assertEquals\n\nclass EventCodecTest {\n"
         "    // protobuf-encoded OrderCreated event captured from the %s topic\n    private val payload = \"%s\"\n\n"
         "    @Test\n    fun decodes() {\n        val evt = EventCodec.decode(Base64.getDecoder().decode(payload))\n"
         "        assertEquals(\"OrderCreated\", evt.type)\n    }\n}\n") % (svc(r), base64.b64encode(rbytes(r, r.randint(40, 90))).decode())
    return "src/test/kotlin/EventCodecTest.kt", c


@N("generic", "guids-thumbprints")
def n_cs_thumb(r):
    c = ("public class CertificateLookupTests\n{\n    private const string Thumbprint = \"%s\";\n"
         "    private static readonly Guid TenantId = Guid.Parse(\"%s\");\n\n    [Fact]\n    public void Finds_certificate_by_thumbprint()\n"
         "    {\n        var store = new FakeStore(Thumbprint);\n        Assert.NotNull(store.Find(Thumbprint, TenantId));\n    }\n}\n") % (
        hexs(r, 40).upper(), uuid4(r))
    return "tests/%s.Tests/CertificateLookupTests.cs" % cap(org(r)), c


@N("generic", "k6-env")
def n_k6_env(r):
    c = ("import http from 'k6/http'\n\nconst headers = { Authorization: `Bearer ${__ENV.API_TOKEN}`, 'X-Request-Id': `${__VU}-${__ITER}` }\n\n"
         "export default function () {\n  http.get(`${__ENV.BASE_URL}/v1/%s`, { headers })\n}\n") % svc(r)
    return "load/%s-soak.js" % svc(r), c


@N("generic", "jmeter-properties")
def n_jmx_props(r):
    c = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<jmeterTestPlan version=\"1.2\" properties=\"5.0\" jmeter=\"5.6.3\">\n  <hashTree>\n"
         "    <HeaderManager guiclass=\"HeaderPanel\" testclass=\"HeaderManager\" testname=\"auth\">\n      <collectionProp name=\"HeaderManager.headers\">\n"
         "        <elementProp name=\"\" elementType=\"Header\">\n          <stringProp name=\"Header.name\">Authorization</stringProp>\n"
         "          <stringProp name=\"Header.value\">Bearer ${__P(token,)}</stringProp>\n        </elementProp>\n"
         "      </collectionProp>\n    </HeaderManager>\n  </hashTree>\n</jmeterTestPlan>\n")
    return "perf/%s-plan.jmx" % svc(r), c


@N("generic", "mockoon-templates")
def n_mockoon_faker(r):
    doc = {"uuid": uuid4(r), "name": "auth mock", "port": 3005, "routes": [{"uuid": uuid4(r), "method": "post", "endpoint": "oauth/token",
           "responses": [{"uuid": uuid4(r), "statusCode": 200,
                          "body": "{\n  \"access_token\": \"{{faker 'string.alphanumeric' 40}}\",\n  \"token_type\": \"Bearer\",\n  \"expires_in\": 3600\n}"}]}]}
    return "mockoon/auth-environment.json", jd(doc)


@N("generic", "masked-key-docs")
def n_md_masked(r):
    c = ("## Rotating the sandbox keys\n\nThe dashboard shows keys masked, e.g. `sk_live_••••••••••••%s` or `ghp_************************%s`.\n"
         "Copy the full value into 1Password (`op://Engineering/contract-tests`) and re-run\n`make record` - never paste it into the fixtures.\n") % (
        rs(r, ALNUM, 4), rs(r, ALNUM, 4))
    return "docs/rotating-keys.md", c


@N("generic", "changelog-shas")
def n_changelog_golden(r):
    lines = ["## v%s (%s)" % (semver(r), date(r)), ""]
    for _ in range(r.randint(3, 6)):
        s_ = gitsha(r)
        lines.append("* %s ([%s](https://github.com/%s/%s/commit/%s))" % (pick(r, ["fix: retry on 503", "feat: add pagination",
                                                                                     "chore: bump wiremock", "test: refresh snapshots"]),
                                                                        s_[:7], org(r), svc(r), s_))
    return "tools/changelog/testdata/release_notes.golden", "\n".join(lines) + "\n"


@N("generic", "id-csv")
def n_ids_csv(r):
    rows = ["order_id,customer_id,idempotency_key,created_at"]
    for _ in range(r.randint(4, 9)):
        rows.append("%d,cus_%s,%s,%s" % (r.randint(10 ** 5, 10 ** 6), rs(r, ALNUM, 14), uuid4(r), ts(r)))
    return "load/data/orders.csv", "\n".join(rows) + "\n"


@N("generic", "compose-env-refs")
def n_compose_env(r):
    c = ("services:\n  prism:\n    image: stoplight/prism:5\n    command: mock -h 0.0.0.0 /spec/openapi.yaml\n    volumes: [\"./api:/spec\"]\n"
         "  provider:\n    build: .\n    environment:\n      DATABASE_URL: postgres://app:${POSTGRES_PASSWORD:?set it}@db:5432/app\n"
         "      API_TOKEN: ${API_TOKEN}\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it}\n")
    return "docker-compose.contract.yml", c


@N("generic", "ulids-ksuids")
def n_ulids(r):
    cb = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    c = ("import pytest\n\n\n@pytest.mark.parametrize(\"event_id\", [\n" +
         "".join("    \"%s\",\n" % ("01H" + rs(r, cb, 23)) for _ in range(3)) +
         "    \"%s\",  # ksuid\n])\ndef test_event_ids_sort(event_id):\n    assert parse_event_id(event_id).timestamp > 0\n") % rs(r, ALNUM, 27)
    return "tests/test_event_ids.py", c


@N("generic", "openapi-examples")
def n_openapi(r):
    c = ("openapi: 3.0.3\ninfo:\n  title: %s\n  version: 1.0.0\ncomponents:\n  securitySchemes:\n    bearerAuth:\n      type: http\n"
         "      scheme: bearer\n      bearerFormat: JWT\n    apiKey:\n      type: apiKey\n      in: header\n      name: X-Api-Key\n"
         "paths:\n  /%s/{id}:\n    get:\n      security: [{ bearerAuth: [] }]\n      parameters:\n        - name: id\n          in: path\n"
         "          required: true\n          schema: { type: string, format: uuid }\n          example: %s\n        - name: If-None-Match\n"
         "          in: header\n          schema: { type: string }\n          example: '\"%s\"'\n      responses:\n        \"200\":\n"
         "          description: OK\n") % (cap(svc(r)), svc(r), uuid4(r), hexs(r, 32))
    return "api/openapi.yaml", c


@N("generic", "env-example-placeholders")
def n_env_example(r):
    c = ("# Copy to .env and fill in; values for the contract tests live in 1Password.\nAPP_ENV=development\n"
         "STRIPE_SECRET_KEY=sk_test_your_key_here\nSTRIPE_PUBLISHABLE_KEY=pk_test_your_key_here\nGITHUB_TOKEN=\n"
         "SLACK_WEBHOOK_URL=https://hooks.slack.com/services/YOUR/WEBHOOK/URL\nDATABASE_URL=postgres://user:password@localhost:5432/%s_dev\n"
         "PACT_BROKER_TOKEN=<pactflow-read-only-token>\n") % svc(r)
    return pick(r, [".env.example", ".env.sample"]), c


# templates whose value sits under a variable / config-key name (vname or the provider's variable)
NAMED = ("t_postman_env t_compose_contract t_gha_contract t_spring_contract_yml t_cypress_fixture t_jest_snap_component "
         "t_go_golden_cfg t_approved_config t_msw_token_response t_karate_config t_pytest_conftest t_newman_sh "
         "t_md_setup t_properties t_dotenv t_python_settings_test t_ts_inline_snapshot t_whsec_test t_json_server_db "
         "t_go_test_db t_boto_moto").split()


# ---------------------------------------------------------------- driver
ENV_BLOCKED_OK = (".env.example", ".env.sample", ".env.template", ".env.dist")


def is_env_file(rel):
    b = rel.rsplit("/", 1)[-1]
    return (b == ".env" or b.startswith(".env.")) and b not in ENV_BLOCKED_OK


def ftype(rel):
    b = rel.rsplit("/", 1)[-1]
    if b.endswith(".approved.txt"):
        return "approved.txt"
    if b.startswith(".env"):
        return "env"
    if "." not in b:
        return b.lower()
    return b.rsplit(".", 1)[1]


NEG_KIND = {"placeholder": "placeholder", "masked": "masked", "env": "env-reference",
            "template": "template-expression", "manager": "secret-manager-reference", "empty": "empty-value",
            "doc-example": "documented-example", "public": "public-value",
            "public-id+env": "public-id-with-env-secret"}


def cycle(r, n, k):
    out = []
    while len(out) < n:
        idx = list(range(k))
        r.shuffle(idx)
        out.extend(idx)
    return out[:n]


def write(outdir, rel, content):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="") as f:
        f.write(content)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_ig.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    n_env = 0
    # half the positives come from templates that name the value (assignment, config key),
    # the other half from header / URL / argument / multi-line templates
    named = [i for i, (f, a) in enumerate(POS) if f.__name__ in NAMED]
    other = [i for i in range(len(POS)) if i not in named]
    pa, pb = cycle(r, 250, len(named)), cycle(r, 250, len(other))
    order = []
    for k in range(250):
        order += [named[pa[k]], other[pb[k]]]
    for i, ti in enumerate(order):
        CONV[0] = 0.92 if i % 2 == 0 else 0.5
        fn, acc = POS[ti]
        sec = gen_secret(r, acc)
        rel, content = fn(r, sec)
        if is_env_file(rel):
            n_env += 1
        rel = "pos/p%04d/%s" % (i, rel)
        idx = content.find(sec.needle)
        assert sec.needle and idx >= 0, (fn.__name__, sec.kind)
        line = content.count("\n", 0, idx) + 1
        assert sec.needle in content.split("\n")[line - 1], fn.__name__
        write(outdir, rel, content)
        manifest.append({"file": rel, "label": "pos", "provider": sec.provider, "kind": sec.kind, "filetype": ftype(rel)})
        secrets.append({"file": rel, "needle": sec.needle, "line": line})
    assert n_env * 20 <= 500, n_env
    CONV[0] = 0.55
    reuse = [t for t in cycle(r, 400, len(POS))]
    look = cycle(r, 250, len(NEG))
    ri = li = 0
    for i in range(500):
        if i % 2 == 0:
            while True:
                fn, acc = POS[reuse[ri]]
                ri += 1
                sec = gen_secret(r, acc)
                n, st = neutral(r, sec)
                if sec.provider == "aws" and st != "doc-example":
                    n.idval = pick(r, [AWS_DOC_ID, "AKIAXXXXXXXXXXXXXXXX", "${AWS_ACCESS_KEY_ID}", "test"])
                rel, content = fn(r, n)
                if not is_env_file(rel):
                    break
            prov, kind = sec.provider, NEG_KIND[st]
            if st == "public":
                kind = n.kind if n.kind in ("publishable_key", "public_key") else kind
            assert sec.needle not in content
        else:
            fn, prov, kind = NEG[look[li]]
            li += 1
            rel, content = fn(r)
            assert not is_env_file(rel)
        rel = "neg/n%04d/%s" % (i, rel)
        write(outdir, rel, content)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ftype(rel)})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
