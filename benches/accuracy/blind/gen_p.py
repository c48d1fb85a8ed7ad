#!/usr/bin/env python3
"""Blind evaluation-set generator "p" for a git pre-commit secret scanner.

EMPHASIS
    Credentials pasted into documentation and API-tooling artefacts: README /
    docs quick-starts with fenced snippets (bash curl, httpie, wget, python, js,
    go, ruby, php, java, c#, powershell), MDX/Docusaurus, reStructuredText,
    AsciiDoc, blog posts with front matter, changelogs, issue templates, bot
    set-up docs, Jupyter tutorials, OpenAPI/Swagger, API Blueprint, RAML,
    Postman collections/environments, Insomnia, Bruno, Hoppscotch, Thunder
    Client, REST-Client .http/.rest, JetBrains http-client env, VS Code
    rest-client settings, HTTPie sessions, Hurl, GraphQL config, shell scripts,
    Makefiles, k6, Locust, Gatling, JMeter, Artillery, Playwright, Cypress,
    WireMock.

USAGE
    python3 gen_p.py OUTDIR SEED

    Writes OUTDIR/pos/pNNNN/<relative path>, OUTDIR/neg/nNNNN/<relative path>
    (500 + 500 files, one per directory), OUTDIR/manifest.jsonl
    ({"file","label","provider","kind","filetype"}) and OUTDIR/secrets.jsonl
    ({"file","needle","line"} for positives).  Deterministic per SEED: the only
    randomness is random.Random(SEED).  Standard library only.

NEEDLE CONVENTIONS
    * needle = the secret substring exactly as written in the file; line is the
      1-based line of its first occurrence.
    * Webhook URLs (Slack incoming webhook, Discord webhook): the needle is the
      whole URL (the URL *is* the credential).
    * Passwords in URLs / `-u user:pass` / basic auth: the needle is only the
      password (or the token when the token is the basic-auth user, as Stripe).
    * Pairs (AWS access key id + secret, Twilio SID + auth token, Algolia app
      id + admin key, Mailgun domain + key): the needle is the secret half; the
      id half may sit on another line of the same positive file.
    * Azure SAS: the needle is the `sig=` value as written (URL-encoded).
    * Azure storage: the needle is the AccountKey value inside the connection
      string.
    * Negatives: manifest "kind" is the look-alike category actually visible
      in the file: placeholder, env_ref (env var / tool variable such as
      {{apiKey}}, <<token>>, {{ _.token }}, __ENV.X, ${__env(X)}), cmd_ref
      (`$(op read ...)`, `$(cat ~/.config/...)`), masked, truncated,
      doc_example (provider-published example values), public_key
      (publishable / search-only / public tokens, DSNs, Firebase web keys),
      id (account SIDs, channel ids, request/trace ids, digests, commit SHAs).
      "provider" is the provider the file is about.  Random-looking ids and
      public keys only ever sit in non-secret slots; the secret slot of a
      negative always holds a placeholder, reference, masked/truncated value
      or published example.
    * About a third of positives use a generic name (token, apiKey, AUTH,
      KEY, credentials, ...) and ~30% inline the value directly in a header,
      URL or argument without any variable name.

DOUBTS (formats I am not sure of, generated from memory + public docs)
    * OpenAI sk-proj-/sk-svcacct-/sk-admin-: length (~164) and the position of
      the "T3BlbkFJ" marker are from observation, not from a spec.
    * Anthropic sk-ant-api03-/sk-ant-admin01-: 93 base64url chars + "AA" is an
      observed shape, not documented.
    * Stripe modern keys (sk_live_51...): length ~107 observed; legacy 24-char
      body also emitted.
    * GitHub fine-grained github_pat_ (22 + "_" + 59): the checksum scheme is
      not public, so the tail is random.  Classic ghp_/gho_/ghu_/ghs_/ghr_ and
      npm_ use CRC32 of the 30-char random part, base62 (0-9A-Za-z) into 6
      chars left-padded with '0'.
    * GitLab: legacy 20-char glpat- bodies only; the newer routable format
      (glpat-<base64>.01.<...>) is not modelled.
    * Atlassian ATATT...: the 8-hex suffix is believed to be a checksum with an
      unknown algorithm; it is random here.
    * Grafana glsa_: the 8-hex suffix is computed as CRC32 of the preceding
      text, which is a guess.
    * Heroku HRKU- tokens: prefix documented in 2024 changelog, body length and
      alphabet guessed; legacy UUID keys are also emitted.
    * Notion ntn_: body length 46 guessed (legacy secret_ 43 chars).
    * Sentry sntrys_: base64(JSON claims) + "_" + 43 chars is from memory.
    * Azure AI/Cognitive keys: 32-hex legacy form only (new 84-char keys not
      modelled).  Azure DevOps PAT: 52-char base32 legacy form only.
    * Intercom access tokens: base64("tok:<uuid>:1:0") is from observed tokens.
    * Discord bot token third segment: 38 chars (newer) assumed.
    * Firebase web `apiKey` (AIza...) inside a firebaseConfig object is used as
      a *negative* because Firebase documents it as not secret; a scanner may
      reasonably disagree.
    * Published doc examples used as negatives: AWS AKIAIOSFODNN7EXAMPLE /
      wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY (and the AKIAI44QH8DHBEXAMPLE
      pair), Stripe docs' sk_test_4eC39HqLyjWDarjtT1zdp7dc, jwt.io's sample
      token, Slack's xoxb-not-a-real-token-this-will-not-work and the
      T00000000/B00000000 webhook, Twilio's ACXXXX... SID, Azurite's
      well-known development storage key.  These are exact strings recalled
      from memory.
"""
import base64
import json
import os
import random
import string
import sys
import zlib
from collections import Counter

MARK = "@@SECRET@@"
UP_ = string.ascii_uppercase
LO_ = string.ascii_lowercase
DG_ = string.digits
AN = UP_ + LO_ + DG_
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64URL = AN + "-_"
B64 = AN + "+/"
B62 = DG_ + UP_ + LO_


# ---------------------------------------------------------------- randomness
def _bad(s):
    low = s.lower()
    run = 1
    for i in range(1, len(low)):
        a, b = low[i - 1], low[i]
        if ord(b) - ord(a) in (1, 0) and (a.isalnum() and b.isalnum()):
            run += 1
            if run >= 4:
                return True
        else:
            run = 1
    return False


def rs(r, n, alpha=AN):
    while True:
        s = "".join(r.choice(alpha) for _ in range(n))
        if not _bad(s):
            return s


def digits(r, n):
    return str(r.randint(1, 9)) + rs(r, n - 1, DG_)


def uuid4(r):
    h = rs(r, 32, HEX)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def b62(n, width=6):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


def gh_token(r, prefix):
    body = rs(r, 30)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF)


def b64u(obj):
    raw = json.dumps(obj, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


FIRST = ["maria", "jonas", "li", "priya", "tom", "aisha", "kenji", "sofia", "omar", "elena", "david", "nora",
         "lucas", "hana", "mateo", "ines", "felix", "zara"]
LAST = ["keller", "nguyen", "okafor", "silva", "berg", "tanaka", "moreau", "patel", "novak", "garcia", "lind",
        "fischer", "costa", "ahmed", "rossi", "walsh"]
COMPANIES = ["acme", "northwind", "globex", "initech", "umbrella-labs", "bluefin", "hooli", "contoso", "tidepool",
             "lumen", "quarry", "brightline", "fernhill", "orbital", "pinecrest", "vandelay"]
PROJECTS = ["invoice-relay", "support-bot", "deploy-notifier", "catalog-sync", "order-api", "crm-bridge",
            "status-page", "data-pipeline", "billing-service", "release-tools", "ops-scripts", "helpdesk-ai",
            "shop-backend", "growth-dashboard", "incident-bot", "docs-site", "api-playground", "ml-sandbox"]
PW_WORDS = ["harbor", "maple", "falcon", "juniper", "copper", "saturn", "willow", "tango", "orchid", "biscuit",
            "mercury", "lantern", "pebble", "cobalt", "meadow", "thunder", "velvet", "nectar", "quartz", "sparrow",
            "cactus", "ember", "glacier", "hazel", "indigo", "jasper", "koala", "lemon", "mango", "nimbus", "olive",
            "panda", "raven", "sierra", "tulip", "walnut", "zephyr", "marigold", "pretzel", "rocket", "bonfire",
            "gecko", "hammock", "kestrel", "lobster", "monsoon", "paprika", "tundra"]


def human_password(r):
    w1, w2 = r.sample(PW_WORDS, 2)
    sym = r.choice("!*-_.")
    year = str(r.randint(1971, 2023))
    p = r.randrange(6)
    if p == 0:
        s = w1.capitalize() + w2.capitalize() + str(r.randint(10, 99)) + sym
    elif p == 1:
        s = w1 + sym + w2.capitalize() + year
    elif p == 2:
        s = w1.capitalize() + str(r.randint(100, 9999)) + sym
    elif p == 3:
        t = w1.capitalize().replace("a", "4").replace("e", "3").replace("o", "0")
        s = t + sym + w2 + str(r.randint(1, 99))
    elif p == 4:
        s = w1.capitalize() + sym + w2 + sym + str(r.randint(10, 99))
    else:
        s = w1[:1].upper() + w1[1:] + year[2:] + w2[:3].capitalize() + sym
    return s


# ------------------------------------------------------------- JWT
def gen_jwt(r, K):
    alg = r.choice(["HS256", "RS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        hdr["kid"] = rs(r, 20, B64URL)
    now = r.randint(1_700_000_000, 1_760_000_000)
    iss = r.choice(["https://%s.us.auth0.com/" % K["org"], "https://auth.%s.io" % K["org"],
                    "https://cognito-idp.%s.amazonaws.com/%s_%s" % (K["region"], K["region"], rs(r, 9)),
                    "https://login.microsoftonline.com/%s/v2.0" % uuid4(r)])
    pl = {"iss": iss,
          "sub": r.choice(["auth0|" + rs(r, 24, HEX), uuid4(r), "user_" + rs(r, 20)]),
          "aud": r.choice(["https://api.%s.io" % K["org"], "orders-api", uuid4(r)]),
          "iat": now, "exp": now + 3600 * r.choice([1, 8, 24, 168, 720]),
          "email": K["email"],
          "scope": r.choice(["read:orders write:orders", "openid profile email", "admin:all", "reports:read"])}
    if r.random() < 0.5:
        pl["name"] = K["first"].capitalize() + " " + K["last"].capitalize()
    sig = rs(r, 43, B64URL) if alg == "HS256" else (rs(r, 342, B64URL) if alg == "RS256" else rs(r, 86, B64URL))
    return b64u(hdr) + "." + b64u(pl) + "." + sig


JWT_IO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
          ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
JWT_HDR = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"


# ------------------------------------------------------------- companions
def companions(r):
    org = r.choice(COMPANIES)
    first, last = r.choice(FIRST), r.choice(LAST)
    dc = "us%d" % r.randint(2, 21)
    K = dict(
        org=org, first=first, last=last, proj=r.choice(PROJECTS),
        email="%s.%s@%s.com" % (first, last, org.replace("-", "")),
        user=r.choice([first, first + "." + last, first[0] + last, "deploy", "ci-bot", "svc-" + org]),
        region=r.choice(["us-east-1", "eu-west-1", "us-west-2", "eu-central-1", "ap-southeast-2"]),
        shop=org + r.choice(["-store", "-shop", "-dev", ""]),
        site=org + r.choice(["", "-eng", "-it"]),
        sub=org.replace("-", "") + r.choice(["", "help", "support"]),
        algolia_app=rs(r, 10, UP_ + DG_),
        twsid="AC" + rs(r, 32, HEX), twsk="SK" + rs(r, 32, HEX),
        chat="-100" + digits(r, 10), channel="C0" + rs(r, 9, UP_ + DG_),
        dbid=rs(r, 32, HEX), base="app" + rs(r, 14), table=r.choice(["Orders", "Leads", "Inventory", "tbl" + rs(r, 14)]),
        gl_proj=str(r.randint(1000000, 59999999)), mgdomain="mg." + org.replace("-", "") + ".com", dc=dc,
        akid="AKIA" + rs(r, 16, UP_ + "234567"), acct=org.replace("-", "")[:12] + rs(r, 4, LO_ + DG_),
        res=org + "-openai-" + r.choice(["eus", "weu", "dev"]), dep=r.choice(["gpt-4o", "gpt-4o-mini", "chat"]),
        dtenv=rs(r, 8, LO_ + DG_), ws="dbc-" + rs(r, 8, HEX) + "-" + rs(r, 4, HEX),
        stack=org.replace("-", "") + r.choice(["", "prod", "obs"]), okta=org + r.choice(["", "-dev", ".oktapreview"]),
        host=r.choice(["registry.%s.internal", "es.%s.io", "rabbit.%s.net", "nexus.%s.dev", "grafana.%s.io",
                       "jenkins.%s.internal"]) % org.replace("-", ""),
        repo=r.choice(["api", "web", "infra", "platform", "mobile"]),
        gclient=digits(r, 12) + "-" + rs(r, 32, LO_ + DG_) + ".apps.googleusercontent.com",
        gh_client=r.choice(["Iv1." + rs(r, 16, HEX), "Ov23li" + rs(r, 14)]),
        azorg=org.replace("-", ""), ghorg=org,
        mapuser=first + last[:3],
    )
    return K


# ------------------------------------------------------------- specs
SPECS = []


def R(method, url, headers=(), basic=None, body=None):
    return dict(method=method, url=url, headers=list(headers), basic=basic, body=body)


def spec(p, k, disp, gen, names, req=None, env=None, ph=(), ex=(), pub=(), prefix="", sdk_py=None, sdk_sh=None,
         gql=None, op="Request"):
    SPECS.append(dict(p=p, k=k, disp=disp, gen=gen, names=names, req=req, env=env, ph=list(ph), ex=list(ex),
                      pub=list(pub), prefix=prefix, sdk_py=sdk_py, sdk_sh=sdk_sh, gql=gql, op=op))


BEARER = [("Authorization", "Bearer " + MARK)]
JSONCT = ("Content-Type", "application/json")
ACC = ("Accept", "application/json")


def openai_like(prefix):
    return lambda r, K: prefix + rs(r, 74, B64URL) + "T3BlbkFJ" + rs(r, 74, B64URL)


CHAT_BODY = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Summarise this ticket in one line."}]}
GEN_PH = ["<your-api-key>", "YOUR_API_KEY", "<TOKEN>", "your-token-here", "REPLACE_ME", "<insert token>",
          "xxxxxxxxxxxxxxxxxxxxxxxx", "********", "<api_key>", "{API_KEY}", "changeme-in-local-env"]

spec("openai", "project_api_key", "OpenAI", openai_like("sk-proj-"), [("openai", "api", "key")],
     req=lambda K: R("POST", "https://api.openai.com/v1/chat/completions", BEARER + [JSONCT], body=CHAT_BODY),
     ph=["sk-proj-...", "sk-proj-XXXXXXXXXXXXXXXXXXXX", "sk-...", "sk-proj-<your-key>"], prefix="sk-proj-",
     pub=[(("openai", "org", "id"), lambda r, K: "org-" + rs(r, 24)), (("openai", "project", "id"), lambda r, K: "proj_" + rs(r, 24))],
     op="Create chat completion")
spec("openai", "service_account_key", "OpenAI", openai_like("sk-svcacct-"), [("openai", "api", "key"), ("openai", "service", "key")],
     req=lambda K: R("GET", "https://api.openai.com/v1/models", BEARER), ph=["sk-svcacct-...", "sk-..."], prefix="sk-svcacct-",
     pub=[(("openai", "org", "id"), lambda r, K: "org-" + rs(r, 24))], op="List models")
spec("openai", "admin_key", "OpenAI", openai_like("sk-admin-"), [("openai", "admin", "key")],
     req=lambda K: R("GET", "https://api.openai.com/v1/organization/users?limit=20", BEARER + [JSONCT]),
     ph=["sk-admin-...", "<OPENAI_ADMIN_KEY>"], prefix="sk-admin-", op="List organization users")
spec("openai", "legacy_user_key", "OpenAI", lambda r, K: "sk-" + rs(r, 20) + "T3BlbkFJ" + rs(r, 20),
     [("openai", "api", "key"), ("openai", "key")],
     req=lambda K: R("POST", "https://api.openai.com/v1/embeddings", BEARER + [JSONCT],
                     body={"model": "text-embedding-3-small", "input": "refund policy for damaged items"}),
     ph=["sk-...", "sk-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"], prefix="sk-", op="Create embedding")
spec("anthropic", "api_key", "Anthropic", lambda r, K: "sk-ant-api03-" + rs(r, 93, B64URL) + "AA",
     [("anthropic", "api", "key"), ("claude", "api", "key")],
     req=lambda K: R("POST", "https://api.anthropic.com/v1/messages",
                     [("x-api-key", MARK), ("anthropic-version", "2023-06-01"), ("content-type", "application/json")],
                     body={"model": "claude-3-5-sonnet-20241022", "max_tokens": 1024,
                           "messages": [{"role": "user", "content": "Draft a release note for v2.4."}]}),
     ph=["sk-ant-...", "sk-ant-api03-...", "$ANTHROPIC_API_KEY"], prefix="sk-ant-api03-",
     pub=[(("anthropic", "request", "id"), lambda r, K: "req_011C" + rs(r, 20))], op="Create message")
spec("anthropic", "admin_key", "Anthropic", lambda r, K: "sk-ant-admin01-" + rs(r, 93, B64URL) + "AA",
     [("anthropic", "admin", "key")],
     req=lambda K: R("GET", "https://api.anthropic.com/v1/organizations/users?limit=20",
                     [("x-api-key", MARK), ("anthropic-version", "2023-06-01")]),
     ph=["sk-ant-admin01-...", "<ADMIN_KEY>"], prefix="sk-ant-admin01-", op="List users")

STRIPE_EX = ["sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_test_YOUR_SECRET_KEY", "sk_live_REPLACE_WITH_YOUR_KEY",
             "sk_test_DOCS_EXAMPLE_KEY_DO_NOT_USE"]
STRIPE_PUB = [(("stripe", "publishable", "key"), lambda r, K: r.choice(["pk_live_", "pk_test_"]) + "51" + rs(r, 97)),
              (("stripe", "customer", "id"), lambda r, K: "cus_" + rs(r, 14)),
              (("stripe", "price", "id"), lambda r, K: "price_1" + rs(r, 23))]
spec("stripe", "secret_key_live", "Stripe", lambda r, K: "sk_live_51" + rs(r, 97), [("stripe", "secret", "key"), ("stripe", "api", "key")],
     req=lambda K: R("GET", "https://api.stripe.com/v1/charges?limit=3", basic=(MARK, "")),
     ph=["sk_live_...", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"], ex=STRIPE_EX, pub=STRIPE_PUB, prefix="sk_live_", op="List charges")
spec("stripe", "secret_key_legacy", "Stripe", lambda r, K: "sk_live_" + rs(r, 24), [("stripe", "secret", "key"), ("stripe", "key")],
     req=lambda K: R("GET", "https://api.stripe.com/v1/customers?limit=10", BEARER),
     ph=["sk_live_...", "sk_live_<your_key>"], ex=STRIPE_EX, pub=STRIPE_PUB, prefix="sk_live_", op="List customers")
spec("stripe", "restricted_key", "Stripe", lambda r, K: "rk_live_51" + rs(r, 97), [("stripe", "restricted", "key")],
     req=lambda K: R("GET", "https://api.stripe.com/v1/balance", BEARER),
     ph=["rk_live_...", "rk_live_<restricted_key>"], pub=STRIPE_PUB, prefix="rk_live_", op="Retrieve balance")
spec("stripe", "test_secret_key", "Stripe", lambda r, K: "sk_test_51" + rs(r, 97), [("stripe", "secret", "key"), ("stripe", "test", "key")],
     req=lambda K: R("GET", "https://api.stripe.com/v1/payment_intents?limit=5", basic=(MARK, "")),
     ph=["sk_test_...", "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx"], ex=STRIPE_EX, pub=STRIPE_PUB, prefix="sk_test_", op="List payment intents")
spec("stripe", "webhook_secret", "Stripe", lambda r, K: "whsec_" + rs(r, 32), [("stripe", "webhook", "secret"), ("endpoint", "secret")],
     env=lambda K: [(None, MARK)],
     sdk_py=["import stripe", "", "def handle(payload, sig_header):",
             "    event = stripe.Webhook.construct_event(payload, sig_header, {V})",
             "    return event[\"type\"]"],
     sdk_sh=["stripe listen --forward-to localhost:4242/webhook"],
     ph=["whsec_...", "whsec_<signing_secret>"], prefix="whsec_", pub=STRIPE_PUB)
spec("twilio", "auth_token", "Twilio", lambda r, K: rs(r, 32, HEX), [("twilio", "auth", "token")],
     req=lambda K: R("GET", "https://api.twilio.com/2010-04-01/Accounts/%s/Messages.json?PageSize=20" % K["twsid"], basic=(K["twsid"], MARK)),
     ph=["your_auth_token", "[AuthToken]", "<auth-token>"],
     ex=[("your_auth_token", {"twsid": "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"})],
     pub=[(("twilio", "account", "sid"), lambda r, K: K["twsid"]), (("twilio", "messaging", "service", "sid"), lambda r, K: "MG" + rs(r, 32, HEX))],
     op="List messages")
spec("twilio", "api_key_secret", "Twilio", lambda r, K: rs(r, 32), [("twilio", "api", "secret")],
     req=lambda K: R("GET", "https://api.twilio.com/2010-04-01/Accounts/%s/Calls.json" % K["twsid"], basic=(K["twsk"], MARK)),
     ph=["<api-key-secret>", "your_api_secret"], pub=[(("twilio", "api", "key", "sid"), lambda r, K: K["twsk"])], op="List calls")
spec("sendgrid", "api_key", "SendGrid", lambda r, K: "SG." + rs(r, 22, B64URL) + "." + rs(r, 43, B64URL), [("sendgrid", "api", "key")],
     req=lambda K: R("POST", "https://api.sendgrid.com/v3/mail/send", BEARER + [JSONCT],
                     body={"personalizations": [{"to": [{"email": K["email"]}]}], "from": {"email": "noreply@%s.com" % K["org"].replace("-", "")},
                           "subject": "Your export is ready", "content": [{"type": "text/plain", "value": "Download link inside."}]}),
     ph=["SG.xxxxxxxx.yyyyyyyy", "SG.<your-key>", "SG...."], prefix="SG.", op="Send mail")
spec("mailgun", "private_api_key", "Mailgun", lambda r, K: "key-" + rs(r, 32, HEX), [("mailgun", "api", "key")],
     req=lambda K: R("GET", "https://api.mailgun.net/v3/%s/events?limit=25" % K["mgdomain"], basic=("api", MARK)),
     ph=["key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "key-<your-key>"], prefix="key-",
     pub=[(("mailgun", "public", "key"), lambda r, K: "pubkey-" + rs(r, 32, HEX))], op="List events")
spec("mailgun", "api_key", "Mailgun", lambda r, K: rs(r, 32, HEX) + "-" + rs(r, 8, HEX) + "-" + rs(r, 8, HEX), [("mailgun", "api", "key")],
     req=lambda K: R("GET", "https://api.eu.mailgun.net/v3/domains", basic=("api", MARK)),
     ph=["<MAILGUN_API_KEY>", "your-mailgun-key"], op="List domains")
SLACK_PUB = [(("slack", "channel", "id"), lambda r, K: K["channel"]), (("slack", "team", "id"), lambda r, K: "T0" + rs(r, 9, UP_ + DG_)),
             (("slack", "app", "id"), lambda r, K: "A0" + rs(r, 9, UP_ + DG_)), (("slack", "client", "id"), lambda r, K: digits(r, 13) + "." + digits(r, 13))]
spec("slack", "bot_token", "Slack", lambda r, K: "xoxb-" + digits(r, r.choice([11, 12, 13])) + "-" + digits(r, 13) + "-" + rs(r, 24),
     [("slack", "bot", "token")],
     req=lambda K: R("POST", "https://slack.com/api/chat.postMessage", BEARER + [("Content-type", "application/json; charset=utf-8")],
                     body={"channel": K["channel"], "text": "Deploy of %s finished" % K["proj"]}),
     ph=["xoxb-your-bot-token", "xoxb-...", "xoxb-xxxxxxxxxxx-xxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx"],
     ex=["xoxb-not-a-real-token-this-will-not-work"], pub=SLACK_PUB, prefix="xoxb-", op="Post message")
spec("slack", "user_token", "Slack", lambda r, K: "xoxp-" + digits(r, 12) + "-" + digits(r, 12) + "-" + digits(r, 13) + "-" + rs(r, 32, HEX),
     [("slack", "user", "token")],
     req=lambda K: R("GET", "https://slack.com/api/users.list?limit=200", BEARER),
     ph=["xoxp-...", "xoxp-your-user-token"], pub=SLACK_PUB, prefix="xoxp-", op="List users")
spec("slack", "app_level_token", "Slack", lambda r, K: "xapp-1-A0" + rs(r, 9, UP_ + DG_) + "-" + digits(r, 13) + "-" + rs(r, 64, HEX),
     [("slack", "app", "token")],
     req=lambda K: R("POST", "https://slack.com/api/apps.connections.open", BEARER + [("Content-type", "application/x-www-form-urlencoded")]),
     ph=["xapp-...", "xapp-1-xxxxxxxx"], pub=SLACK_PUB, prefix="xapp-", op="Open socket connection")
spec("slack", "incoming_webhook", "Slack",
     lambda r, K: "https://hooks.slack.com/services/T0%s/B0%s/%s" % (rs(r, r.choice([7, 8, 9]), UP_ + DG_), rs(r, r.choice([8, 9]), UP_ + DG_), rs(r, 24)),
     [("slack", "webhook", "url")],
     req=lambda K: R("POST", MARK, [JSONCT], body={"text": ":rocket: %s deployed to production" % K["proj"]}),
     ph=["https://hooks.slack.com/services/XXX/YYY/ZZZ", "https://hooks.slack.com/services/<your-webhook-path>"],
     ex=["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"], prefix="https://hooks.slack.com/services/",
     op="Post to webhook")
spec("slack", "signing_secret", "Slack", lambda r, K: rs(r, 32, HEX), [("slack", "signing", "secret")],
     env=lambda K: [(None, MARK)],
     sdk_py=["from slack_bolt import App", "", "app = App(", "    token=os.environ[\"SLACK_BOT_TOKEN\"],",
             "    signing_secret={V},", ")"],
     sdk_sh=["python app.py  # listens on :3000/slack/events"], ph=["<signing-secret>", "your-signing-secret"], pub=SLACK_PUB)
spec("discord", "bot_token", "Discord",
     lambda r, K: base64.b64encode(digits(r, r.choice([18, 19])).encode()).decode().rstrip("=") + "." + rs(r, 6, B64URL) + "." + rs(r, 38, B64URL),
     [("discord", "bot", "token"), ("discord", "token")],
     req=lambda K: R("GET", "https://discord.com/api/v10/users/@me", [("Authorization", "Bot " + MARK)]),
     ph=["<BOT_TOKEN>", "your-bot-token-goes-here", "MTA...."],
     pub=[(("discord", "application", "id"), lambda r, K: digits(r, 19)), (("discord", "public", "key"), lambda r, K: rs(r, 64, HEX)),
          (("discord", "guild", "id"), lambda r, K: digits(r, 18))], op="Get current user")
spec("discord", "webhook", "Discord", lambda r, K: "https://discord.com/api/webhooks/%s/%s" % (digits(r, 19), rs(r, 68, B64URL)),
     [("discord", "webhook", "url")],
     req=lambda K: R("POST", MARK, [JSONCT], body={"content": "Build #%d of %s passed" % (r_int(K), K["proj"]), "username": "ci"}),
     ph=["https://discord.com/api/webhooks/<id>/<token>", "https://discord.com/api/webhooks/..."], prefix="https://discord.com/api/webhooks/",
     op="Execute webhook")
spec("telegram", "bot_token", "Telegram", lambda r, K: digits(r, r.choice([9, 10])) + ":AA" + rs(r, 33, B64URL),
     [("telegram", "bot", "token"), ("telegram", "token")],
     req=lambda K: R("POST", "https://api.telegram.org/bot" + MARK + "/sendMessage", [JSONCT], body={"chat_id": K["chat"], "text": "Nightly backup OK"}),
     ph=["<BOT_TOKEN>", "YOUR_BOT_TOKEN"], ex=["123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"],
     pub=[(("telegram", "chat", "id"), lambda r, K: K["chat"])], op="sendMessage")

GH_PUB = [(("github", "client", "id"), lambda r, K: K["gh_client"]), (("github", "app", "id"), lambda r, K: str(r.randint(100000, 999999))),
          (("github", "installation", "id"), lambda r, K: digits(r, 8))]
GH_PH = ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<YOUR-TOKEN>", "ghp_...", "$GITHUB_TOKEN", "YOUR_GITHUB_TOKEN"]
for pre, kind, url, op in [("ghp_", "classic_pat", "https://api.github.com/user/repos?per_page=100", "List repositories"),
                           ("gho_", "oauth_token", "https://api.github.com/user", "Get authenticated user"),
                           ("ghu_", "user_to_server_token", "https://api.github.com/user/installations", "List installations"),
                           ("ghs_", "installation_token", "https://api.github.com/installation/repositories", "List installation repos"),
                           ]:
    spec("github", kind, "GitHub", (lambda p: lambda r, K: gh_token(r, p))(pre), [("github", "token"), ("gh", "token")],
         req=(lambda u: lambda K: R("GET", u, [("Authorization", r_choice_auth(K, MARK)), ("Accept", "application/vnd.github+json"),
                                                ("X-GitHub-Api-Version", "2022-11-28")]))(url),
         ph=GH_PH, pub=GH_PUB, prefix=pre, gql="https://api.github.com/graphql", op=op)
spec("github", "refresh_token", "GitHub", lambda r, K: gh_token(r, "ghr_"), [("github", "refresh", "token")],
     req=lambda K: R("POST", "https://github.com/login/oauth/access_token", [ACC, JSONCT],
                     body={"client_id": K["gh_client"], "grant_type": "refresh_token", "refresh_token": MARK}),
     ph=["ghr_...", "<refresh_token>"], pub=GH_PUB, prefix="ghr_", op="Refresh user token")
spec("github", "fine_grained_pat", "GitHub", lambda r, K: "github_pat_11" + rs(r, 20, UP_ + DG_) + "_" + rs(r, 59),
     [("github", "token"), ("github", "pat")],
     req=lambda K: R("GET", "https://api.github.com/repos/%s/%s/issues?state=open" % (K["ghorg"], K["repo"]),
                     BEARER + [("Accept", "application/vnd.github+json")]),
     ph=["github_pat_...", "github_pat_XXXXXXXXXXXXXXXXXXXXXX_XXXX"], pub=GH_PUB, prefix="github_pat_", gql="https://api.github.com/graphql",
     op="List issues")
spec("npm", "access_token", "npm", lambda r, K: gh_token(r, "npm_"), [("npm", "token")],
     req=lambda K: R("GET", "https://registry.npmjs.org/-/whoami", BEARER),
     sdk_sh=["npm config set //registry.npmjs.org/:_authToken \"{V}\"", "npm publish --access public"],
     ph=["npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "${NPM_TOKEN}", "<npm-token>"], prefix="npm_", op="whoami")
GL_PUB = [(("gitlab", "project", "id"), lambda r, K: K["gl_proj"]), (("gitlab", "application", "id"), lambda r, K: rs(r, 64, HEX))]
spec("gitlab", "personal_access_token", "GitLab", lambda r, K: "glpat-" + rs(r, 20, B64URL), [("gitlab", "token"), ("gitlab", "private", "token")],
     req=lambda K: R("GET", "https://gitlab.com/api/v4/projects?membership=true&per_page=50", [("PRIVATE-TOKEN", MARK)]),
     ph=["glpat-xxxxxxxxxxxxxxxxxxxx", "<your_access_token>", "glpat-..."], pub=GL_PUB, prefix="glpat-",
     gql="https://gitlab.com/api/graphql", op="List projects")
spec("gitlab", "pipeline_trigger_token", "GitLab", lambda r, K: "glptt-" + rs(r, 40, HEX), [("gitlab", "trigger", "token")],
     req=lambda K: R("POST", "https://gitlab.com/api/v4/projects/%s/trigger/pipeline" % K["gl_proj"], [JSONCT],
                     body={"token": MARK, "ref": "main"}),
     ph=["glptt-...", "<TRIGGER_TOKEN>"], pub=GL_PUB, prefix="glptt-", op="Trigger pipeline")
spec("gitlab", "runner_token", "GitLab", lambda r, K: "glrt-" + rs(r, 20, B64URL), [("runner", "token"), ("gitlab", "runner", "token")],
     env=lambda K: [(None, MARK), (("ci", "server", "url"), "https://gitlab.com")],
     sdk_sh=["gitlab-runner register --non-interactive --url https://gitlab.com --token \"{V}\" --executor docker --docker-image alpine:3.19"],
     ph=["glrt-...", "$RUNNER_TOKEN"], prefix="glrt-")
spec("gitlab", "deploy_token", "GitLab", lambda r, K: "gldt-" + rs(r, 20, B64URL), [("deploy", "token"), ("gitlab", "deploy", "token")],
     env=lambda K: [(("deploy", "token", "user"), "gitlab+deploy-token-%d" % r_int(K)), (None, MARK)],
     sdk_sh=["echo \"{V}\" | docker login registry.gitlab.com -u \"$DEPLOY_TOKEN_USER\" --password-stdin"],
     ph=["gldt-...", "<deploy-token>"], prefix="gldt-")
SHOP_PUB = [(("shopify", "storefront", "token"), lambda r, K: rs(r, 32, HEX)), (("shopify", "api", "key"), lambda r, K: rs(r, 32, HEX)),
            (("shopify", "shop", "domain"), lambda r, K: K["shop"] + ".myshopify.com")]
for pre, kind in [("shpat_", "admin_api_token"), ("shpca_", "custom_app_token"), ("shppa_", "private_app_password")]:
    spec("shopify", kind, "Shopify", (lambda p: lambda r, K: p + rs(r, 32, HEX))(pre),
         [("shopify", "access", "token"), ("shopify", "admin", "token")],
         req=lambda K: R("GET", "https://%s.myshopify.com/admin/api/2024-07/products.json?limit=50" % K["shop"],
                         [("X-Shopify-Access-Token", MARK), ACC]),
         ph=[pre + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<ACCESS_TOKEN>", pre + "..."], pub=SHOP_PUB, prefix=pre,
         gql="https://{shop}.myshopify.com/admin/api/2024-07/graphql.json", op="List products")
spec("shopify", "shared_secret", "Shopify", lambda r, K: "shpss_" + rs(r, 32, HEX), [("shopify", "api", "secret")],
     env=lambda K: [(("shopify", "shop"), K["shop"] + ".myshopify.com"), (None, MARK)],
     sdk_py=["import hmac, hashlib, base64", "", "def verify_webhook(data: bytes, hmac_header: str) -> bool:",
             "    digest = hmac.new({V}.encode(), data, hashlib.sha256).digest()",
             "    return hmac.compare_digest(base64.b64encode(digest).decode(), hmac_header)"],
     ph=["shpss_...", "<API_SECRET_KEY>"], pub=SHOP_PUB, prefix="shpss_")
spec("hubspot", "private_app_token", "HubSpot", lambda r, K: "pat-" + r.choice(["na1", "na1", "eu1"]) + "-" + uuid4(r),
     [("hubspot", "access", "token"), ("hubspot", "token")],
     req=lambda K: R("GET", "https://api.hubapi.com/crm/v3/objects/contacts?limit=10&properties=email", BEARER + [JSONCT]),
     ph=["pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", "YOUR_ACCESS_TOKEN", "pat-na1-..."], prefix="pat-na1-",
     pub=[(("hubspot", "portal", "id"), lambda r, K: str(r.randint(1000000, 49999999)))], op="List contacts")
NOTION_PUB = [(("notion", "database", "id"), lambda r, K: K["dbid"]), (("notion", "page", "id"), lambda r, K: uuid4(r))]
spec("notion", "integration_token", "Notion", lambda r, K: "ntn_" + rs(r, 46), [("notion", "token"), ("notion", "api", "key")],
     req=lambda K: R("POST", "https://api.notion.com/v1/databases/%s/query" % K["dbid"],
                     BEARER + [("Notion-Version", "2022-06-28"), JSONCT], body={"page_size": 20}),
     ph=["ntn_...", "secret_...", "<NOTION_TOKEN>", "ntn_your_internal_integration_token_here"], pub=NOTION_PUB, prefix="ntn_",
     op="Query database")
spec("notion", "legacy_integration_secret", "Notion", lambda r, K: "secret_" + rs(r, 43), [("notion", "token"), ("notion", "secret")],
     req=lambda K: R("GET", "https://api.notion.com/v1/users", BEARER + [("Notion-Version", "2022-06-28")]),
     ph=["secret_...", "secret_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"], pub=NOTION_PUB, prefix="secret_", op="List users")
spec("airtable", "personal_access_token", "Airtable", lambda r, K: "pat" + rs(r, 14) + "." + rs(r, 64, HEX),
     [("airtable", "token"), ("airtable", "pat")],
     req=lambda K: R("GET", "https://api.airtable.com/v0/%s/%s?maxRecords=3&view=Grid%%20view" % (K["base"], K["table"]), BEARER),
     ph=["patXXXXXXXXXXXXXX.XXXXXXXX", "YOUR_TOKEN", "pat..."], prefix="pat",
     pub=[(("airtable", "base", "id"), lambda r, K: K["base"]), (("airtable", "table", "id"), lambda r, K: "tbl" + rs(r, 14))],
     op="List records")
spec("linear", "api_key", "Linear", lambda r, K: "lin_api_" + rs(r, 40), [("linear", "api", "key")],
     req=lambda K: R("POST", "https://api.linear.app/graphql", [("Authorization", MARK), JSONCT],
                     body={"query": "{ viewer { id name email } }"}),
     ph=["lin_api_...", "<LINEAR_API_KEY>"], prefix="lin_api_", gql="https://api.linear.app/graphql",
     pub=[(("linear", "team", "id"), lambda r, K: uuid4(r))], op="Viewer query")
spec("asana", "personal_access_token", "Asana", lambda r, K: "2/" + digits(r, 16) + "/" + digits(r, 16) + ":" + rs(r, 32, HEX),
     [("asana", "token"), ("asana", "pat")],
     req=lambda K: R("GET", "https://app.asana.com/api/1.0/users/me", BEARER + [ACC]),
     ph=["<PERSONAL_ACCESS_TOKEN>", "0/xxxxxxxxxxxxxxxx"], pub=[(("asana", "workspace", "gid"), lambda r, K: digits(r, 16))],
     op="Get current user")
spec("atlassian", "api_token", "Atlassian", lambda r, K: "ATATT3xFfGF0" + rs(r, 171, B64URL) + "=" + rs(r, 8, HEXU),
     [("jira", "api", "token"), ("atlassian", "api", "token"), ("confluence", "token")],
     req=lambda K: R("GET", "https://%s.atlassian.net/rest/api/3/search?jql=project%%3DOPS%%20AND%%20status%%3DOpen" % K["site"],
                     [ACC], basic=(K["email"], MARK)),
     ph=["<api_token>", "ATATT3xFfGF0...", "your-api-token"], prefix="ATATT3xFfGF0",
     pub=[(("atlassian", "cloud", "id"), lambda r, K: uuid4(r))], op="Search issues")
spec("zendesk", "api_token", "Zendesk", lambda r, K: rs(r, 40), [("zendesk", "api", "token")],
     req=lambda K: R("GET", "https://%s.zendesk.com/api/v2/tickets.json?per_page=25" % K["sub"], basic=(K["email"] + "/token", MARK)),
     ph=["{api_token}", "<ZENDESK_API_TOKEN>"], ex=["6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv"],
     pub=[(("zendesk", "ticket", "id"), lambda r, K: str(r.randint(10000, 999999)))], op="List tickets")
spec("intercom", "access_token", "Intercom",
     lambda r, K: base64.b64encode(("tok:" + uuid4(r).replace("-", "_") + ":1:0").encode()).decode(),
     [("intercom", "access", "token"), ("intercom", "token")],
     req=lambda K: R("GET", "https://api.intercom.io/contacts?per_page=50", BEARER + [ACC, ("Intercom-Version", "2.11")]),
     ph=["<YOUR_ACCESS_TOKEN>", "dG9rOj..."], prefix="dG9rOj",
     pub=[(("intercom", "app", "id"), lambda r, K: rs(r, 8, LO_ + DG_))], op="List contacts")


def mapbox_tok(r, K, pre):
    return pre + "." + b64u({"u": K["mapuser"], "a": "cl" + rs(r, 23, LO_ + DG_)}) + "." + rs(r, 22, B64URL)


spec("mapbox", "secret_token", "Mapbox", lambda r, K: mapbox_tok(r, K, "sk"), [("mapbox", "secret", "token"), ("mapbox", "access", "token")],
     req=lambda K: R("GET", "https://api.mapbox.com/uploads/v1/%s?access_token=%s" % (K["mapuser"], MARK)),
     ph=["sk.eyJ1...", "<MAPBOX_SECRET_TOKEN>", "YOUR_MAPBOX_ACCESS_TOKEN"], prefix="sk.eyJ1",
     pub=[(("mapbox", "public", "token"), lambda r, K: mapbox_tok(r, K, "pk"))], op="List uploads")
spec("algolia", "admin_api_key", "Algolia", lambda r, K: rs(r, 32, HEX), [("algolia", "admin", "key"), ("algolia", "api", "key")],
     req=lambda K: R("GET", "https://%s-dsn.algolia.net/1/keys" % K["algolia_app"],
                     [("X-Algolia-API-Key", MARK), ("X-Algolia-Application-Id", K["algolia_app"])]),
     ph=["YourAdminAPIKey", "<ADMIN_API_KEY>", "ALGOLIA_ADMIN_KEY"],
     pub=[(("algolia", "search", "key"), lambda r, K: rs(r, 32, HEX)), (("algolia", "app", "id"), lambda r, K: K["algolia_app"])],
     op="List API keys")
spec("google", "api_key", "Google Cloud", lambda r, K: "AIzaSy" + rs(r, 33, B64URL), [("google", "api", "key"), ("gcp", "api", "key"), ("maps", "api", "key")],
     req=lambda K: R("GET", "https://maps.googleapis.com/maps/api/geocode/json?address=1600+Amphitheatre+Parkway&key=" + MARK),
     ph=["YOUR_API_KEY", "AIza...", "<GOOGLE_API_KEY>"], prefix="AIza",
     pub=[(("firebase", "api", "key"), lambda r, K: "AIzaSy" + rs(r, 33, B64URL)), (("gcp", "project", "id"), lambda r, K: K["org"] + "-prod-" + digits(r, 6))],
     op="Geocode address")
spec("google", "oauth_client_secret", "Google OAuth", lambda r, K: "GOCSPX-" + rs(r, 28, B64URL), [("google", "client", "secret")],
     req=lambda K: R("POST", "https://oauth2.googleapis.com/token", [JSONCT],
                     body={"client_id": K["gclient"], "client_secret": MARK, "code": "<authorization-code>",
                           "grant_type": "authorization_code", "redirect_uri": "http://localhost:8080/callback"}),
     ph=["GOCSPX-...", "<CLIENT_SECRET>"], prefix="GOCSPX-",
     pub=[(("google", "client", "id"), lambda r, K: K["gclient"])], op="Exchange code")
AWS_EX = [("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", {"akid": "AKIAIOSFODNN7EXAMPLE"}),
          ("je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY", {"akid": "AKIAI44QH8DHBEXAMPLE"})]
spec("aws", "secret_access_key", "AWS", lambda r, K: rs(r, 40, B64), [("aws", "secret", "access", "key")],
     env=lambda K: [(("aws", "access", "key", "id"), K["akid"]), (None, MARK), (("aws", "default", "region"), K["region"])],
     sdk_py=["import boto3", "", "s3 = boto3.client(", "    \"s3\",", "    aws_access_key_id=AWS_ACCESS_KEY_ID,",
             "    aws_secret_access_key={V},", "    region_name=AWS_DEFAULT_REGION,", ")",
             "for obj in s3.list_objects_v2(Bucket=\"{org}-exports\").get(\"Contents\", []):", "    print(obj[\"Key\"])"],
     sdk_sh=["aws sts get-caller-identity", "aws s3 ls s3://{org}-exports/"],
     ph=["<your-secret-access-key>", "YOUR_SECRET_KEY", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"], ex=AWS_EX,
     pub=[(("aws", "account", "id"), lambda r, K: digits(r, 12)), (("aws", "role", "arn"), lambda r, K: "arn:aws:iam::%s:role/%s-deployer" % (digits(r, 12), K["org"]))])
AZURITE = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
spec("azure", "storage_account_key", "Azure Storage", lambda r, K: base64.b64encode(rbytes(r, 64)).decode(),
     [("azure", "storage", "connection", "string")],
     env=lambda K: [(None, "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (K["acct"], MARK))],
     sdk_py=["from azure.storage.blob import BlobServiceClient", "", "svc = BlobServiceClient.from_connection_string({V})",
             "for c in svc.list_containers():", "    print(c.name)"],
     sdk_sh=["az storage container list --connection-string \"{V}\" -o table"],
     ph=["<account-key>", "your_storage_account_key"], ex=[(AZURITE, {"acct": "devstoreaccount1"})],
     pub=[(("azure", "storage", "account"), lambda r, K: K["acct"]), (("azure", "tenant", "id"), lambda r, K: uuid4(r))])
spec("azure", "openai_api_key", "Azure OpenAI", lambda r, K: rs(r, 32, HEX), [("azure", "openai", "api", "key"), ("azure", "openai", "key")],
     req=lambda K: R("POST", "https://%s.openai.azure.com/openai/deployments/%s/chat/completions?api-version=2024-02-01" % (K["res"], K["dep"]),
                     [("api-key", MARK), JSONCT], body={"messages": [{"role": "user", "content": "ping"}], "max_tokens": 16}),
     ph=["<your-api-key>", "YOUR_AZURE_OPENAI_KEY"], pub=[(("azure", "client", "id"), lambda r, K: uuid4(r))], op="Chat completion")


def sas_sig(r, K):
    s = base64.b64encode(rbytes(r, 32)).decode()
    return s.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")


spec("azure", "sas_signature", "Azure Storage", sas_sig, [("azure", "sas", "signature"), ("blob", "sas", "sig")],
     req=lambda K: R("GET", "https://%s.blob.core.windows.net/backups/db-2024-06-01.tar.gz?sv=2022-11-02&ss=b&srt=o&sp=r"
                     "&se=2026-01-31T00:00:00Z&st=2024-06-01T00:00:00Z&spr=https&sig=%s" % (K["acct"], MARK)),
     ph=["<sas-token>", "...&sig=REDACTED"], op="Download backup")
spec("azure", "devops_pat", "Azure DevOps", lambda r, K: rs(r, 52, LO_ + "234567"), [("azure", "devops", "pat"), ("ado", "pat")],
     req=lambda K: R("GET", "https://dev.azure.com/%s/_apis/projects?api-version=7.0" % K["azorg"], basic=("", MARK)),
     ph=["<PAT>", "your-personal-access-token"], op="List projects")
spec("digitalocean", "personal_access_token", "DigitalOcean", lambda r, K: "dop_v1_" + rs(r, 64, HEX), [("digitalocean", "token"), ("do", "token")],
     req=lambda K: R("GET", "https://api.digitalocean.com/v2/droplets?per_page=50", BEARER + [JSONCT]),
     ph=["dop_v1_...", "$DIGITALOCEAN_TOKEN", "<your-token>"], prefix="dop_v1_", op="List droplets")
spec("digitalocean", "oauth_token", "DigitalOcean", lambda r, K: "doo_v1_" + rs(r, 64, HEX), [("digitalocean", "access", "token")],
     req=lambda K: R("GET", "https://api.digitalocean.com/v2/account", BEARER), ph=["doo_v1_..."], prefix="doo_v1_", op="Get account")
HEROKU_REQ = lambda K: R("GET", "https://api.heroku.com/apps", BEARER + [("Accept", "application/vnd.heroku+json; version=3")])
spec("heroku", "api_key", "Heroku", lambda r, K: uuid4(r), [("heroku", "api", "key")], req=HEROKU_REQ,
     ph=["<HEROKU_API_KEY>", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"],
     pub=[(("heroku", "app", "id"), lambda r, K: uuid4(r))], op="List apps")
spec("heroku", "platform_token", "Heroku", lambda r, K: "HRKU-AA" + rs(r, 58, B64URL), [("heroku", "api", "key"), ("heroku", "token")],
     req=HEROKU_REQ, ph=["HRKU-...", "<token>"], prefix="HRKU-", op="List apps")
CF_PUB = [(("cloudflare", "zone", "id"), lambda r, K: rs(r, 32, HEX)), (("cloudflare", "account", "id"), lambda r, K: rs(r, 32, HEX))]
spec("cloudflare", "api_token", "Cloudflare", lambda r, K: rs(r, 40, B64URL), [("cloudflare", "api", "token"), ("cf", "api", "token")],
     req=lambda K: R("GET", "https://api.cloudflare.com/client/v4/user/tokens/verify", BEARER + [JSONCT]),
     ph=["<API_TOKEN>", "YOUR_CLOUDFLARE_TOKEN"], pub=CF_PUB, op="Verify token")
spec("cloudflare", "global_api_key", "Cloudflare", lambda r, K: rs(r, 37, HEX), [("cloudflare", "api", "key")],
     req=lambda K: R("GET", "https://api.cloudflare.com/client/v4/zones?per_page=50",
                     [("X-Auth-Email", K["email"]), ("X-Auth-Key", MARK), JSONCT]),
     ph=["<global-api-key>", "your-global-api-key"], pub=CF_PUB, op="List zones")
spec("datadog", "api_key", "Datadog", lambda r, K: rs(r, 32, HEX), [("datadog", "api", "key"), ("dd", "api", "key")],
     req=lambda K: R("GET", "https://api.datadoghq.com/api/v1/validate", [("DD-API-KEY", MARK), ACC]),
     ph=["<DATADOG_API_KEY>", "${DD_API_KEY}"], pub=[(("datadog", "client", "token"), lambda r, K: "pub" + rs(r, 32, HEX)),
                                                 (("datadog", "application", "id"), lambda r, K: uuid4(r))], op="Validate key")
NR_PUB = [(("new", "relic", "account", "id"), lambda r, K: str(r.randint(1000000, 4999999))),
          (("new", "relic", "browser", "key"), lambda r, K: "NRJS-" + rs(r, 19, HEX))]
spec("newrelic", "user_api_key", "New Relic", lambda r, K: "NRAK-" + rs(r, 27, UP_ + DG_), [("new", "relic", "api", "key"), ("newrelic", "api", "key")],
     req=lambda K: R("POST", "https://api.newrelic.com/graphql", [("API-Key", MARK), JSONCT],
                     body={"query": "{ actor { user { name email } } }"}),
     ph=["NRAK-...", "<YOUR_USER_KEY>"], pub=NR_PUB, prefix="NRAK-", gql="https://api.newrelic.com/graphql", op="NerdGraph user")
spec("newrelic", "license_key", "New Relic", lambda r, K: rs(r, 36, HEX) + "NRAL", [("new", "relic", "license", "key")],
     req=lambda K: R("POST", "https://log-api.newrelic.com/log/v1", [("Api-Key", MARK), JSONCT],
                     body={"message": "deploy finished", "service": K["proj"]}),
     ph=["<license-key>", "YOUR_LICENSE_KEY"], pub=NR_PUB, op="Send log")
SENTRY_PUB = [(("sentry", "dsn"), lambda r, K: "https://%s@o%s.ingest.sentry.io/%s" % (rs(r, 32, HEX), digits(r, 6), digits(r, 7)))]


def sentry_org(r, K):
    claims = {"iat": round(r.uniform(1.70e9, 1.76e9), 6), "url": "https://sentry.io", "region_url": "https://us.sentry.io", "org": K["org"]}
    return "sntrys_" + base64.b64encode(json.dumps(claims, separators=(",", ":")).encode()).decode().rstrip("=") + "_" + rs(r, 43, AN + "+/")


spec("sentry", "user_auth_token", "Sentry", lambda r, K: "sntryu_" + rs(r, 64, HEX), [("sentry", "auth", "token")],
     req=lambda K: R("GET", "https://sentry.io/api/0/organizations/%s/projects/" % K["org"], BEARER),
     ph=["sntryu_...", "{TOKEN}", "<auth_token>"], pub=SENTRY_PUB, prefix="sntryu_", op="List projects")
spec("sentry", "org_auth_token", "Sentry", sentry_org, [("sentry", "auth", "token")],
     req=lambda K: R("GET", "https://sentry.io/api/0/organizations/%s/releases/" % K["org"], BEARER),
     sdk_sh=["sentry-cli releases new \"$VERSION\"", "sentry-cli sourcemaps upload --org {org} ./dist"],
     ph=["sntrys_...", "<org-auth-token>"], pub=SENTRY_PUB, prefix="sntrys_", op="List releases")
spec("pagerduty", "rest_api_key", "PagerDuty", lambda r, K: rs(r, 20, AN + "_+-"), [("pagerduty", "api", "key"), ("pd", "api", "token")],
     req=lambda K: R("GET", "https://api.pagerduty.com/incidents?statuses[]=triggered",
                     [("Authorization", "Token token=" + MARK), ("Accept", "application/vnd.pagerduty+json;version=2")]),
     ph=["<API_KEY>", "$PAGERDUTY_TOKEN"], ex=["y_NbAkKc66ryYTWUXYEu"], pub=[(("pagerduty", "service", "id"), lambda r, K: "P" + rs(r, 6, UP_ + DG_))],
     op="List incidents")
spec("pagerduty", "routing_key", "PagerDuty", lambda r, K: rs(r, 32, HEX), [("pagerduty", "routing", "key"), ("pd", "integration", "key")],
     req=lambda K: R("POST", "https://events.pagerduty.com/v2/enqueue", [JSONCT],
                     body={"routing_key": MARK, "event_action": "trigger",
                           "payload": {"summary": "Disk usage above 90%% on db-%d" % r_int(K), "source": "monitoring", "severity": "critical"}}),
     ph=["<integration-key>", "YOUR_ROUTING_KEY"], pub=[(("pagerduty", "service", "id"), lambda r, K: "P" + rs(r, 6, UP_ + DG_))],
     op="Trigger event")
spec("postman", "api_key", "Postman", lambda r, K: "PMAK-" + rs(r, 24, HEX) + "-" + rs(r, 34, HEX), [("postman", "api", "key")],
     req=lambda K: R("GET", "https://api.getpostman.com/collections", [("X-Api-Key", MARK)]),
     ph=["PMAK-...", "{{postman_api_key}}", "<your-postman-api-key>"], prefix="PMAK-",
     pub=[(("postman", "collection", "uid"), lambda r, K: digits(r, 8) + "-" + uuid4(r))], op="List collections")
spec("okta", "api_token", "Okta", lambda r, K: "00" + rs(r, 40, B64URL), [("okta", "api", "token"), ("okta", "token")],
     req=lambda K: R("GET", "https://%s.okta.com/api/v1/users?limit=25" % K["okta"], [("Authorization", "SSWS " + MARK), ACC]),
     ph=["${api_token}", "{apiKey}", "<OKTA_API_TOKEN>"], pub=[(("okta", "client", "id"), lambda r, K: "0oa" + rs(r, 17))], op="List users")
spec("basic_auth", "password_in_url", "HTTP basic auth", lambda r, K: human_password(r), [("registry", "password"), ("service", "password")],
     req=lambda K: R("GET", "https://%s:%s@%s/api/v1/status" % (K["user"], MARK, K["host"])),
     ph=["<password>", "PASSWORD", "****"], op="Health check")
spec("basic_auth", "curl_user_password", "HTTP basic auth", lambda r, K: human_password(r), [("admin", "password"), ("api", "password")],
     req=lambda K: R("GET", "https://%s/api/v1/users?page=1" % K["host"], [ACC], basic=(K["user"], MARK)),
     ph=["<password>", "changeme", "$PASSWORD"], op="List users")
spec("jwt", "bearer_token", "JWT", gen_jwt, [("access", "token"), ("auth", "token")],
     req=lambda K: R("GET", "https://api.%s.io/v1/orders?status=open" % K["org"].replace("-", ""), BEARER + [ACC]),
     ph=["<jwt>", "eyJ...", "eyJhbGciOi..."], ex=[JWT_IO, JWT_HDR], prefix="eyJ", op="List orders")
spec("square", "access_token", "Square", lambda r, K: "EAAA" + rs(r, 60, B64URL), [("square", "access", "token")],
     req=lambda K: R("GET", "https://connect.squareup.com/v2/locations", BEARER + [("Square-Version", "2024-06-04")]),
     ph=["<ACCESS_TOKEN>", "EAAA..."], prefix="EAAA", pub=[(("square", "application", "id"), lambda r, K: "sq0idp-" + rs(r, 22, B64URL))],
     op="List locations")
spec("brevo", "api_key", "Brevo", lambda r, K: "xkeysib-" + rs(r, 64, HEX) + "-" + rs(r, 16), [("brevo", "api", "key"), ("sendinblue", "api", "key")],
     req=lambda K: R("GET", "https://api.brevo.com/v3/account", [("api-key", MARK), ACC]), ph=["xkeysib-...", "YOUR_API_KEY"],
     prefix="xkeysib-", op="Get account")
spec("mailchimp", "api_key", "Mailchimp", lambda r, K: rs(r, 32, HEX) + "-" + K["dc"], [("mailchimp", "api", "key")],
     req=lambda K: R("GET", "https://%s.api.mailchimp.com/3.0/lists" % K["dc"], basic=("anystring", MARK)),
     ph=["<dc>-xxxx", "YOUR_API_KEY-us6"], pub=[(("mailchimp", "list", "id"), lambda r, K: rs(r, 10, HEX))], op="Get lists")
spec("huggingface", "access_token", "Hugging Face", lambda r, K: "hf_" + rs(r, 34, UP_ + LO_), [("hf", "token"), ("huggingface", "token")],
     req=lambda K: R("GET", "https://huggingface.co/api/whoami-v2", BEARER), ph=["hf_...", "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
     prefix="hf_", op="whoami")
spec("replicate", "api_token", "Replicate", lambda r, K: "r8_" + rs(r, 37), [("replicate", "api", "token")],
     req=lambda K: R("GET", "https://api.replicate.com/v1/predictions", BEARER), ph=["r8_...", "<paste-your-token-here>"], prefix="r8_",
     op="List predictions")
spec("groq", "api_key", "Groq", lambda r, K: "gsk_" + rs(r, 52), [("groq", "api", "key")],
     req=lambda K: R("POST", "https://api.groq.com/openai/v1/chat/completions", BEARER + [JSONCT],
                     body={"model": "llama-3.1-8b-instant", "messages": [{"role": "user", "content": "Explain HTTP 429 briefly."}]}),
     ph=["gsk_...", "<GROQ_API_KEY>"], prefix="gsk_", op="Chat completion")
spec("dynatrace", "api_token", "Dynatrace", lambda r, K: "dt0c01." + rs(r, 24, UP_ + DG_) + "." + rs(r, 64, UP_ + DG_), [("dynatrace", "api", "token"), ("dt", "api", "token")],
     req=lambda K: R("GET", "https://%s.live.dynatrace.com/api/v2/metrics?pageSize=50" % K["dtenv"], [("Authorization", "Api-Token " + MARK)]),
     ph=["dt0c01.XXXX", "<API_TOKEN>"], prefix="dt0c01.", op="List metrics")
spec("databricks", "personal_access_token", "Databricks", lambda r, K: "dapi" + rs(r, 32, HEX), [("databricks", "token")],
     req=lambda K: R("GET", "https://%s.cloud.databricks.com/api/2.0/clusters/list" % K["ws"], BEARER),
     ph=["dapi...", "<personal-access-token>"], prefix="dapi", op="List clusters")
spec("docker", "hub_pat", "Docker Hub", lambda r, K: "dckr_pat_" + rs(r, 27, B64URL), [("docker", "hub", "token"), ("dockerhub", "token")],
     env=lambda K: [(("docker", "hub", "username"), K["user"]), (None, MARK)],
     sdk_sh=["echo \"{V}\" | docker login -u \"$DOCKER_HUB_USERNAME\" --password-stdin", "docker push {org}/{proj}:latest"],
     ph=["dckr_pat_...", "<access-token>"], prefix="dckr_pat_")
spec("pypi", "api_token", "PyPI", lambda r, K: "pypi-AgEIcHlwaS5vcmc" + rs(r, r.randint(140, 180), B64URL), [("pypi", "token"), ("twine", "password")],
     env=lambda K: [(("twine", "username"), "__token__"), (None, MARK)],
     sdk_sh=["python -m build", "twine upload -u __token__ -p \"{V}\" dist/*"], ph=["pypi-...", "<your-pypi-token>"], prefix="pypi-")
spec("rubygems", "api_key", "RubyGems", lambda r, K: "rubygems_" + rs(r, 48, HEX), [("gem", "host", "api", "key"), ("rubygems", "api", "key")],
     req=lambda K: R("GET", "https://rubygems.org/api/v1/dependencies?gems=rails", [("Authorization", MARK)]),
     ph=["rubygems_...", "<api_key>"], prefix="rubygems_", op="Dependencies")
spec("terraform", "api_token", "Terraform Cloud", lambda r, K: rs(r, 14) + ".atlasv1." + rs(r, 67), [("tfe", "token"), ("terraform", "token")],
     req=lambda K: R("GET", "https://app.terraform.io/api/v2/organizations/%s/workspaces" % K["org"], BEARER + [("Content-Type", "application/vnd.api+json")]),
     ph=["<TFC_TOKEN>", "xxxxxxxxxxxxxx.atlasv1.xxxx"], op="List workspaces")
spec("doppler", "personal_token", "Doppler", lambda r, K: "dp.pt." + rs(r, 43), [("doppler", "token")],
     req=lambda K: R("GET", "https://api.doppler.com/v3/me", BEARER), ph=["dp.pt.xxxx", "<DOPPLER_TOKEN>"], prefix="dp.pt.", op="Me")
spec("pulumi", "access_token", "Pulumi", lambda r, K: "pul-" + rs(r, 40, HEX), [("pulumi", "access", "token")],
     req=lambda K: R("GET", "https://api.pulumi.com/api/user", [("Authorization", "token " + MARK), ("Accept", "application/vnd.pulumi+8")]),
     ph=["pul-...", "<PULUMI_ACCESS_TOKEN>"], prefix="pul-", op="Get user")
spec("contentful", "management_token", "Contentful", lambda r, K: "CFPAT-" + rs(r, 43, B64URL), [("contentful", "management", "token")],
     req=lambda K: R("GET", "https://api.contentful.com/spaces", BEARER), ph=["CFPAT-...", "<cma_token>"], prefix="CFPAT-",
     pub=[(("contentful", "delivery", "token"), lambda r, K: rs(r, 43, B64URL)), (("contentful", "space", "id"), lambda r, K: rs(r, 12, LO_ + DG_))],
     op="List spaces")
spec("supabase", "access_token", "Supabase", lambda r, K: "sbp_" + rs(r, 40, HEX), [("supabase", "access", "token")],
     req=lambda K: R("GET", "https://api.supabase.com/v1/projects", BEARER), ph=["sbp_...", "<SUPABASE_ACCESS_TOKEN>"], prefix="sbp_",
     pub=[(("supabase", "anon", "key"), lambda r, K: b64u({"alg": "HS256", "typ": "JWT"}) + "." +
           b64u({"iss": "supabase", "ref": rs(r, 20, LO_), "role": "anon", "iat": 1700000000, "exp": 2015000000}) + "." + rs(r, 43, B64URL)),
          (("supabase", "project", "ref"), lambda r, K: rs(r, 20, LO_))], op="List projects")
spec("circleci", "personal_api_token", "CircleCI", lambda r, K: "CCIPAT_" + rs(r, 22) + "_" + rs(r, 40, HEX), [("circle", "token"), ("circleci", "token")],
     req=lambda K: R("GET", "https://circleci.com/api/v2/me", [("Circle-Token", MARK)]), ph=["CCIPAT_...", "<CIRCLE_TOKEN>"],
     prefix="CCIPAT_", op="Me")
spec("buildkite", "api_token", "Buildkite", lambda r, K: "bkua_" + rs(r, 40, HEX), [("buildkite", "api", "token")],
     req=lambda K: R("GET", "https://api.buildkite.com/v2/user", BEARER), ph=["bkua_...", "$TOKEN"], prefix="bkua_", op="Get user")


def grafana_sa(r, K):
    body = "glsa_" + rs(r, 32)
    return body + "_" + format(zlib.crc32(body.encode()) & 0xFFFFFFFF, "08x")


spec("grafana", "service_account_token", "Grafana", grafana_sa, [("grafana", "token"), ("grafana", "api", "key")],
     req=lambda K: R("GET", "https://%s.grafana.net/api/search?type=dash-db" % K["stack"], BEARER),
     ph=["glsa_...", "<service account token>"], prefix="glsa_", op="Search dashboards")
spec("vault", "service_token", "HashiCorp Vault", lambda r, K: "hvs." + rs(r, 24), [("vault", "token")],
     req=lambda K: R("GET", "https://vault.%s.internal:8200/v1/secret/data/%s" % (K["org"].replace("-", ""), K["proj"]), [("X-Vault-Token", MARK)]),
     ph=["hvs.xxxxxxxx", "<VAULT_TOKEN>", "s.XXXXXXXX"], prefix="hvs.", op="Read secret")


CFG_OPS = {("stripe", "webhook_secret"): "Verify webhook signatures", ("slack", "signing_secret"): "Verify Slack requests",
           ("gitlab", "runner_token"): "Register a runner", ("gitlab", "deploy_token"): "Pull from the registry",
           ("shopify", "shared_secret"): "Verify webhook HMAC", ("aws", "secret_access_key"): "List exported objects",
           ("azure", "storage_account_key"): "List blob containers", ("docker", "hub_pat"): "Push the image",
           ("pypi", "api_token"): "Publish a release"}
for _s in SPECS:
    if (_s["p"], _s["k"]) in CFG_OPS:
        _s["op"] = CFG_OPS[(_s["p"], _s["k"])]


def r_int(K):
    # deterministic small int derived from companions (used inside request bodies)
    return (zlib.crc32(K["proj"].encode() + K["org"].encode()) % 900) + 100


def r_choice_auth(K, m):
    return ("token " if zlib.crc32(K["email"].encode()) % 2 else "Bearer ") + m


# ------------------------------------------------------------- naming helpers
def UP(w):
    return "_".join(x.upper() for x in w)


def SN(w):
    return "_".join(w)


def CA(w):
    return w[0] + "".join(x.capitalize() for x in w[1:])


GENERIC_NAMES = [("token",), ("api", "key"), ("auth",), ("access", "token"), ("secret",), ("key",), ("bearer", "token"),
                 ("auth", "token"), ("api", "token"), ("credentials",)]


class V:
    """A value sitting in the secret slot. kind: lit | ref | cmd."""

    def __init__(self, kind, text=""):
        self.kind, self.text = kind, text


class Ctx:
    pass


# ------------------------------------------------------------- value renderers
def q(lang, s):
    if lang == "ps":
        return "'" + s.replace("'", "''") + "'"
    return json.dumps(s, ensure_ascii=False)


def env_lookup(lang, name):
    return {"python": 'os.environ["%s"]' % name, "js": "process.env.%s" % name, "ts": "process.env.%s" % name,
            "go": 'os.Getenv("%s")' % name, "ruby": 'ENV.fetch("%s")' % name, "php": 'getenv("%s")' % name,
            "java": 'System.getenv("%s")' % name, "cs": 'Environment.GetEnvironmentVariable("%s")' % name,
            "ps": "$env:%s" % name, "scala": 'sys.env("%s")' % name}[lang]


def code_val(c, lang, template=MARK):
    """Expression for a variable holding `template` with the slot value substituted."""
    if c.v.kind == "lit":
        return q(lang, template.replace(MARK, c.v.text))
    return env_lookup(lang, c.env)


def esc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def interp(c, lang, s, var):
    if MARK not in s:
        return q(lang, s)
    if c.inline and c.v.kind == "lit":
        return q(lang, s.replace(MARK, c.v.text))
    pre, post = s.split(MARK, 1)
    if not pre and not post:
        return var
    if lang == "python":
        f = lambda t: esc(t).replace("{", "{{").replace("}", "}}")
        return 'f"' + f(pre) + "{" + var + "}" + f(post) + '"'
    if lang in ("js", "ts"):
        return "`" + pre.replace("`", "\\`") + "${" + var + "}" + post.replace("`", "\\`") + "`"
    if lang == "ruby":
        return '"' + esc(pre) + "#{" + var + "}" + esc(post) + '"'
    if lang == "php":
        return '"' + esc(pre).replace("$", "\\$") + "{" + var + "}" + esc(post).replace("$", "\\$") + '"'
    if lang == "ps":
        return '"' + pre.replace("$", "`$") + "$(" + var + ")" + post.replace("$", "`$") + '"'
    parts = []
    if pre:
        parts.append(q(lang, pre))
    parts.append(var)
    if post:
        parts.append(q(lang, post))
    return " + ".join(parts)


def sh_slot(c):
    if c.v.kind == "lit":
        return c.v.text
    if c.v.kind == "cmd":
        return "$(" + c.v.text + ")"
    return "${" + c.env + "}"


def tool_slot(c, fmt="{{%s}}", name=None):
    if c.v.kind == "lit":
        return c.v.text
    return fmt % (name or c.tvar)


def lit_or_placeholder(c):
    """For formats that cannot reference variables: refs degrade to a doc placeholder."""
    if c.v.kind == "lit":
        return c.v.text
    return c.r.choice(["<%s>" % c.env.lower().replace("_", "-"), "YOUR_" + c.env, "${%s}" % c.env, "{{%s}}" % c.tvar])


def obj_lit(o, lang, var, ind=0):
    pad = "    " * (ind + 1)
    end = "    " * ind
    if isinstance(o, dict):
        if not o:
            return "{}" if lang != "php" else "[]"
        items = []
        for k, v in o.items():
            vv = obj_lit(v, lang, var, ind + 1)
            if lang == "python":
                items.append("%s%s: %s" % (pad, json.dumps(k), vv))
            elif lang in ("js", "ts"):
                kk = k if k.replace("_", "").isalnum() and not k[0].isdigit() else json.dumps(k)
                items.append("%s%s: %s" % (pad, kk, vv))
            else:
                items.append("%s%s => %s" % (pad, json.dumps(k), vv))
        o1, o2 = ("[", "]") if lang == "php" else ("{", "}")
        return o1 + "\n" + ",\n".join(items) + ",\n" + end + o2
    if isinstance(o, list):
        return "[" + ", ".join(obj_lit(x, lang, var, ind) for x in o) + "]"
    if isinstance(o, str):
        if o == MARK:
            return var
        return json.dumps(o, ensure_ascii=False)
    return str(o)


# ------------------------------------------------------------- code snippets
def needs_os(c):
    return c.v.kind != "lit"


def decl(c, lang, var, template=MARK):
    val = code_val(c, lang, template)
    return {"python": "%s = %s" % (var, val), "js": "const %s = %s;" % (var, val), "ts": "const %s = %s;" % (var, val),
            "go": "\t%s := %s" % (var, val), "ruby": "%s = %s" % (var, val), "php": "%s = %s;" % (var, val),
            "java": "        String %s = %s;" % (var, val), "cs": "var %s = %s;" % (var, val), "ps": "%s = %s" % (var, val)}[lang]


def varname(c, lang):
    w = c.words
    if lang == "python":
        return UP(w) if c.r.random() < 0.5 else SN(w)
    if lang == "ruby":
        return SN(w)
    if lang in ("php", "ps"):
        return "$" + CA(w)
    return CA(w)


def extras_lines(c, lang):
    out = []
    for w, val in c.extras:
        if lang == "python":
            out.append("%s = %s" % (UP(w), json.dumps(val)))
        elif lang in ("js", "ts"):
            out.append("const %s = %s;" % (CA(w), json.dumps(val)))
        elif lang == "go":
            out.append("\t%s := %s" % (CA(w), json.dumps(val)))
            out.append("\t_ = %s" % CA(w))
        elif lang == "ruby":
            out.append("%s = %s" % (UP(w), json.dumps(val)))
        elif lang == "php":
            out.append("$%s = %s;" % (CA(w), json.dumps(val)))
        elif lang == "java":
            out.append("        String %s = %s;" % (CA(w), json.dumps(val)))
        elif lang == "cs":
            out.append("var %s = %s;" % (CA(w), json.dumps(val)))
        elif lang == "ps":
            out.append("$%s = '%s'" % (CA(w), val))
        elif lang in ("bash", "sh"):
            out.append('export %s="%s"' % (UP(w), val))
    return out


def code_snippet(c, lang):
    """Return list of lines for an HTTP request in `lang` (c.spec has req)."""
    req = c.req
    var = varname(c, lang)
    use_var = not (c.inline and c.v.kind == "lit")
    url, method = req["url"], req["method"]
    hdrs = req["headers"]
    body = req["body"]
    basic = req["basic"]
    L = []
    if lang == "python":
        L.append("import os" if needs_os(c) else "")
        L.append("import requests")
        L.append("")
        L += extras_lines(c, lang)
        if use_var:
            L.append(decl(c, lang, var))
        L.append("")
        L.append("resp = requests.%s(" % method.lower())
        L.append("    %s," % interp(c, lang, url, var))
        if hdrs:
            L.append("    headers={")
            for k, v in hdrs:
                L.append("        %s: %s," % (json.dumps(k), interp(c, lang, v, var)))
            L.append("    },")
        if basic:
            L.append("    auth=(%s, %s)," % (interp(c, lang, basic[0], var), interp(c, lang, basic[1], var)))
        if body is not None:
            bv = var if use_var else q(lang, c.v.text)
            L.append("    json=%s," % obj_lit(body, "python", bv, 1))
        L.append("    timeout=30,")
        L.append(")")
        L.append("resp.raise_for_status()")
        L.append("print(resp.json())")
        L = [x for i, x in enumerate(L) if not (i == 0 and x == "")]
    elif lang in ("js", "ts"):
        L += extras_lines(c, lang)
        if use_var:
            L.append(decl(c, lang, var))
            L.append("")
        L.append("const res = await fetch(%s, {" % interp(c, lang, url, var))
        L.append('  method: "%s",' % method)
        hl = [(k, interp(c, lang, v, var)) for k, v in hdrs]
        if basic:
            pair = interp(c, lang, basic[0] + ":" + basic[1], var)
            hl.append(("Authorization", '"Basic " + Buffer.from(%s).toString("base64")' % pair))
        if hl:
            L.append("  headers: {")
            for k, v in hl:
                L.append("    %s: %s," % (json.dumps(k), v))
            L.append("  },")
        if body is not None:
            bv = var if use_var else q(lang, c.v.text)
            L.append("  body: JSON.stringify(%s)," % obj_lit(body, "js", bv, 1))
        L.append("});")
        L.append("if (!res.ok) throw new Error(`HTTP ${res.status}`);")
        L.append("console.log(await res.json());")
    elif lang == "go":
        L += ["package main", "", "import (", '\t"fmt"', '\t"io"', '\t"net/http"']
        if needs_os(c):
            L.append('\t"os"')
        if body is not None:
            L.append('\t"strings"')
        L += [")", "", "func main() {"]
        L += extras_lines(c, lang)
        if use_var:
            L.append(decl(c, lang, var))
        bexpr = "nil"
        if body is not None:
            js = json.dumps(body, ensure_ascii=False)
            if MARK in js:
                L.append("\tpayload := " + interp(c, lang, js, var))
                bexpr = "strings.NewReader(payload)"
            else:
                bexpr = "strings.NewReader(`%s`)" % js
        L.append('\treq, err := http.NewRequest("%s", %s, %s)' % (method, interp(c, lang, url, var), bexpr))
        L += ["\tif err != nil {", "\t\tpanic(err)", "\t}"]
        for k, v in hdrs:
            L.append('\treq.Header.Set("%s", %s)' % (k, interp(c, lang, v, var)))
        if basic:
            L.append("\treq.SetBasicAuth(%s, %s)" % (interp(c, lang, basic[0], var), interp(c, lang, basic[1], var)))
        L += ["\tresp, err := http.DefaultClient.Do(req)", "\tif err != nil {", "\t\tpanic(err)", "\t}",
              "\tdefer resp.Body.Close()", "\tout, _ := io.ReadAll(resp.Body)", '\tfmt.Println(resp.Status, string(out))', "}"]
    elif lang == "ruby":
        L += ['require "net/http"', 'require "json"', ""]
        L += extras_lines(c, lang)
        if use_var:
            L.append(decl(c, lang, var))
        L.append("uri = URI(%s)" % interp(c, lang, url, var))
        L.append("req = Net::HTTP::%s.new(uri)" % method.capitalize())
        for k, v in hdrs:
            L.append('req["%s"] = %s' % (k, interp(c, lang, v, var)))
        if basic:
            L.append("req.basic_auth %s, %s" % (interp(c, lang, basic[0], var), interp(c, lang, basic[1], var)))
        if body is not None:
            bv = var if use_var else q(lang, c.v.text)
            L.append("req.body = JSON.generate(%s)" % obj_lit(body, "ruby", bv, 0))
        L += ["", "res = Net::HTTP.start(uri.hostname, uri.port, use_ssl: true) { |http| http.request(req) }",
              "puts res.code", "puts JSON.pretty_generate(JSON.parse(res.body))"]
    elif lang == "php":
        L += ["<?php", ""]
        L += extras_lines(c, lang)
        if use_var:
            L.append(decl(c, lang, var))
        L.append("$ch = curl_init(%s);" % interp(c, lang, url, var))
        L.append("curl_setopt_array($ch, [")
        L.append("    CURLOPT_RETURNTRANSFER => true,")
        if method != "GET":
            L.append('    CURLOPT_CUSTOMREQUEST => "%s",' % method)
        if hdrs:
            L.append("    CURLOPT_HTTPHEADER => [")
            for k, v in hdrs:
                L.append("        %s," % interp(c, lang, k + ": " + v, var))
            L.append("    ],")
        if basic:
            L.append("    CURLOPT_USERPWD => %s," % interp(c, lang, basic[0] + ":" + basic[1], var))
        if body is not None:
            bv = var if use_var else q(lang, c.v.text)
            L.append("    CURLOPT_POSTFIELDS => json_encode(%s)," % obj_lit(body, "php", bv, 1))
        L += ["]);", "$response = curl_exec($ch);", "curl_close($ch);", "", "echo $response;"]
    elif lang == "java":
        L += ["import java.net.URI;", "import java.net.http.HttpClient;", "import java.net.http.HttpRequest;",
              "import java.net.http.HttpResponse;"]
        if basic:
            L.append("import java.util.Base64;")
        L += ["", "public class Quickstart {", "    public static void main(String[] args) throws Exception {"]
        L += extras_lines(c, lang)
        if use_var:
            L.append(decl(c, lang, var))
        L.append("        HttpRequest request = HttpRequest.newBuilder()")
        L.append("            .uri(URI.create(%s))" % interp(c, lang, url, var))
        for k, v in hdrs:
            L.append('            .header("%s", %s)' % (k, interp(c, lang, v, var)))
        if basic:
            pair = interp(c, lang, basic[0] + ":" + basic[1], var)
            L.append('            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((%s).getBytes()))' % pair)
        if body is not None:
            L.append('            .method("%s", HttpRequest.BodyPublishers.ofString(%s))' % (method, interp(c, lang, json.dumps(body), var)))
        else:
            L.append("            .%s()" % ("GET" if method == "GET" else "POST(HttpRequest.BodyPublishers.noBody())"[:0] or method))
        L += ["            .build();", "", "        HttpResponse<String> response = HttpClient.newHttpClient()",
              "            .send(request, HttpResponse.BodyHandlers.ofString());",
              '        System.out.println(response.statusCode() + " " + response.body());', "    }", "}"]
        L = [x.replace(".POST()", ".POST(HttpRequest.BodyPublishers.noBody())") for x in L]
    elif lang == "cs":
        L += ["using System.Net.Http;", "using System.Net.Http.Headers;", "using System.Text;", ""]
        L += extras_lines(c, lang)
        if use_var:
            L.append(decl(c, lang, var))
        L.append("using var client = new HttpClient();")
        L.append("var request = new HttpRequestMessage(HttpMethod.%s, %s);" % (method.capitalize(), interp(c, lang, url, var)))
        for k, v in hdrs:
            if k.lower() == "content-type":
                continue
            L.append('request.Headers.TryAddWithoutValidation("%s", %s);' % (k, interp(c, lang, v, var)))
        if basic:
            pair = interp(c, lang, basic[0] + ":" + basic[1], var)
            L.append('request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(%s)));' % pair)
        if body is not None:
            L.append('request.Content = new StringContent(%s, Encoding.UTF8, "application/json");' % interp(c, lang, json.dumps(body), var))
        L += ["", "var response = await client.SendAsync(request);", "response.EnsureSuccessStatusCode();",
              "Console.WriteLine(await response.Content.ReadAsStringAsync());"]
    elif lang == "ps":
        L += extras_lines(c, lang)
        if use_var:
            L.append(decl(c, lang, var))
        hl = [(k, interp(c, lang, v, var)) for k, v in hdrs if k.lower() != "content-type"]
        if basic:
            L.append("$pair = %s" % interp(c, lang, basic[0] + ":" + basic[1], var))
            hl.append(("Authorization", '"Basic " + [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($pair))'))
        L.append("$headers = @{")
        for k, v in hl:
            L.append('    "%s" = %s' % (k, v))
        L.append("}")
        cmd = "$response = Invoke-RestMethod -Method %s -Uri %s -Headers $headers" % (method.capitalize(), interp(c, lang, url, var))
        if body is not None:
            L.append("$body = %s" % interp(c, lang, json.dumps(body), var))
            cmd += ' -Body $body -ContentType "application/json"'
        L.append(cmd)
        L.append("$response | ConvertTo-Json -Depth 5")
    return [y for x in L for y in x.split("\n")]


def curl_lines(c, cont="\\", env_style=None):
    """curl command lines. env_style: None (inline/ref) or 'var' (uses ${ENV} defined earlier)."""
    req = c.req
    val = sh_slot(c) if env_style is None else ("${" + c.env + "}")
    S = lambda s: s.replace(MARK, val)
    parts = ["curl -sS"]
    if req["method"] != "GET" or req["body"] is not None:
        parts[0] += " -X " + req["method"]
    parts[0] += ' "%s"' % S(req["url"])
    for k, v in req["headers"]:
        parts.append('-H "%s: %s"' % (k, S(v)))
    if req["basic"]:
        parts.append('-u "%s:%s"' % (S(req["basic"][0]), S(req["basic"][1])))
    if req["body"] is not None:
        js = json.dumps(req["body"], ensure_ascii=False)
        if MARK in js:
            parts.append('-d "%s"' % S(js.replace('"', '\\"')))
        else:
            parts.append("-d '%s'" % js.replace("'", "'\\''"))
    out = [parts[0] + " " + cont]
    for i, p in enumerate(parts[1:]):
        out.append("  " + p + (" " + cont if i < len(parts) - 2 else ""))
    if len(parts) == 1:
        out = [parts[0]]
    return out


def httpie_lines(c):
    req = c.req
    val = sh_slot(c)
    S = lambda s: s.replace(MARK, val)
    cmd = ["http"]
    if req["basic"]:
        cmd.append('-a "%s:%s"' % (S(req["basic"][0]), S(req["basic"][1])))
    cmd.append(req["method"])
    cmd.append('"%s"' % S(req["url"]))
    first = " ".join(cmd)
    rest = ['%s:"%s"' % (k, S(v)) for k, v in req["headers"] if k.lower() != "content-type"]
    if req["body"] is not None:
        js = json.dumps(req["body"], ensure_ascii=False)
        if MARK in js:
            rest.append('--raw "%s"' % S(js.replace('"', '\\"')))
        else:
            rest.append("--raw '%s'" % js)
    if not rest:
        return [first]
    out = [first + " \\"]
    for i, p in enumerate(rest):
        out.append("  " + p + (" \\" if i < len(rest) - 1 else ""))
    return out


def wget_lines(c):
    req = c.req
    val = sh_slot(c)
    S = lambda s: s.replace(MARK, val)
    parts = ["wget -qO-"]
    for k, v in req["headers"]:
        parts.append('--header="%s: %s"' % (k, S(v)))
    if req["basic"]:
        parts.append('--user="%s" --password="%s"' % (S(req["basic"][0]), S(req["basic"][1])))
    if req["body"] is not None:
        js = json.dumps(req["body"], ensure_ascii=False)
        if MARK in js:
            parts.append('--post-data="%s"' % S(js.replace('"', '\\"')))
        else:
            parts.append("--post-data='%s'" % js)
    parts.append('"%s"' % S(req["url"]))
    out = []
    for i, p in enumerate(parts):
        out.append(("  " if i else "") + p + (" \\" if i < len(parts) - 1 else ""))
    return out


def env_assign_lines(c, style="export"):
    """Lines assigning the env pairs (config-only specs) or the main var."""
    out = []
    for w, val in c.envpairs:
        name = UP(w) if w else c.env
        if MARK in val:
            if c.v.kind == "lit":
                vv = val.replace(MARK, c.v.text)
            elif c.v.kind == "cmd":
                vv = "$(" + c.v.text + ")" if style == "export" else ""
            else:
                vv = "" if style != "export" else None
            if vv is None:
                out.append("# %s is read from your shell / secret manager" % name)
                continue
        else:
            vv = val
        if style == "export":
            out.append('export %s="%s"' % (name, vv))
        else:
            out.append("%s=%s" % (name, vv))
    for w, val in c.extras:
        out.append(('export %s="%s"' if style == "export" else "%s=%s") % (UP(w), val))
    return out


def cfg_python_lines(c):
    L = ["import os", ""]
    for w, val in c.envpairs:
        name = UP(w) if w else c.env
        if MARK in val:
            L.append("%s = %s" % (name, code_val(c, "python", val)))
        else:
            L.append("%s = %s" % (name, json.dumps(val)))
    for w, val in c.extras:
        L.append("%s = %s" % (UP(w), json.dumps(val)))
    if c.spec["sdk_py"]:
        L.append("")
        for line in c.spec["sdk_py"]:
            L.append(line.replace("{V}", c.env).replace("{org}", c.K["org"]).replace("{proj}", c.K["proj"]))
    return L


def cfg_shell_lines(c):
    L = env_assign_lines(c, "export")
    if c.spec["sdk_sh"]:
        L.append("")
        for line in c.spec["sdk_sh"]:
            L.append(line.replace("{V}", "${%s}" % c.env).replace("{org}", c.K["org"]).replace("{proj}", c.K["proj"]))
    return L


def snippet(c, lang):
    """(fence, lines) for docs. lang in bash-curl, httpie, wget, python, js, go, ruby, php, java, cs, ps, env."""
    if lang == "env":
        return ("bash" if c.r.random() < 0.5 else "dotenv"), env_assign_lines(c, "dotenv")
    if c.req is None:
        if lang == "python":
            return "python", cfg_python_lines(c)
        return "bash", cfg_shell_lines(c)
    pre_x = extras_lines(c, "bash")
    if pre_x:
        pre_x = pre_x + [""]
    if lang == "bash-curl":
        L = list(pre_x)
        if c.v.kind == "lit" and not c.inline:
            L += ['export %s="%s"' % (c.env, c.v.text), ""]
            return "bash", L + curl_lines(c, env_style="var")
        if c.v.kind == "ref" and c.r.random() < 0.5:
            L += ["# export %s first (see .env.example)" % c.env]
        return "bash", L + curl_lines(c)
    if lang == "httpie":
        return "bash", pre_x + httpie_lines(c)
    if lang == "wget":
        return "bash", pre_x + wget_lines(c)
    fence = {"python": "python", "js": "javascript", "go": "go", "ruby": "ruby", "php": "php", "java": "java",
             "cs": "csharp", "ps": "powershell"}[lang]
    return fence, code_snippet(c, lang)


DOC_LANGS_HTTP = ["bash-curl", "bash-curl", "bash-curl", "httpie", "wget", "python", "python", "js", "js", "go", "ruby",
                  "php", "java", "cs", "ps", "env"]
DOC_LANGS_CFG = ["python", "bash", "env"]


def pick_lang(c):
    if getattr(c, "force_lang", None) and c.req:
        return c.force_lang
    return c.r.choice(DOC_LANGS_HTTP if c.req else DOC_LANGS_CFG)


def lang_label(fence):
    return {"bash": "Shell", "dotenv": ".env", "python": "Python", "javascript": "Node.js", "go": "Go", "ruby": "Ruby",
            "php": "PHP", "java": "Java", "csharp": "C#", "powershell": "PowerShell"}.get(fence, fence)


# ------------------------------------------------------------- doc wrappers
def intro_sentence(c):
    n = note_line(c)
    return _intro(c) + ((" " + n) if n else "")


def _intro(c):
    d = c.spec["disp"]
    return c.r.choice([
        "The service talks to the %s API. Once you have credentials, a first request looks like this:" % d,
        "Below is the exact call we use to check that the %s integration works end to end." % d,
        "To try it locally, run the snippet below (tested against the %s API on %s)." % (d, c.date),
        "Quick sanity check for the %s credentials used by `%s`:" % (d, c.K["proj"]),
        "Copy-paste this to reproduce the request our worker sends to %s:" % d,
    ])


def fence_block(fence, lines):
    return ["```" + fence] + lines + ["```"]


def md_readme(c):
    fence, L = snippet(c, pick_lang(c))
    K = c.K
    out = ["# %s" % K["proj"], "",
           c.r.choice(["Small service that syncs data between our backend and %s.", "Internal tooling around the %s API.",
                       "Glue code for %s webhooks and jobs."]) % c.spec["disp"], "",
           "## Requirements", "", "- " + c.r.choice(["Python 3.11+", "Node.js 20+", "Go 1.22+", "Docker"]),
           "- %s %s account with API access" % ("An" if c.spec["disp"][0] in "AEIOU" else "A", c.spec["disp"]), "", "## Quick start", "", intro_sentence(c), ""]
    out += fence_block(fence, L)
    out += ["", "## Development", "", "```bash", "make install", "make test", "```", "", "## License", "",
            c.r.choice(["MIT", "Apache-2.0", "Proprietary - internal use only."])]
    return "README.md", "\n".join(out) + "\n", "markdown-readme"


def md_docs(c):
    fence, L = snippet(c, pick_lang(c))
    slug = c.r.choice(["quickstart", "getting-started", "authentication", "api-usage", "integration-%s" % c.spec["p"],
                       "local-setup", "testing-the-api"])
    out = ["# %s" % slug.replace("-", " ").capitalize(), "", "> Last updated %s by @%s" % (c.date, c.K["first"]), "",
           "## Prerequisites", "", "* access to the %s workspace" % c.spec["disp"], "* `curl` or the SDK for your language", "",
           "## %s (%s)" % (c.spec["op"], lang_label(fence)), "", intro_sentence(c), ""]
    out += fence_block(fence, L)
    out += ["", "Expected result: HTTP 200 and a JSON body. A 401 means the credential is wrong or revoked.", "",
            "## Next steps", "", "- [Error handling](./errors.md)", "- [Rate limits](./rate-limits.md)"]
    return "docs/%s.md" % slug, "\n".join(out) + "\n", "markdown-docs"


def mdx_docs(c):
    fence, L = snippet(c, pick_lang(c))
    slug = c.r.choice(["quickstart", "authentication", "first-request", "%s-setup" % c.spec["p"]])
    out = ["---", "id: %s" % slug, "title: %s" % c.spec["op"], "sidebar_position: %d" % c.r.randint(1, 9), "---", "",
           "import Tabs from '@theme/Tabs';", "import TabItem from '@theme/TabItem';", "", intro_sentence(c), "",
           "<Tabs>", '  <TabItem value="%s" label="%s">' % (fence, lang_label(fence)), ""]
    out += fence_block(fence, L)
    out += ["", "  </TabItem>", "</Tabs>", "", ":::tip", "Responses are JSON; pipe through `jq` for readability.", ":::"]
    return "docs/%s.mdx" % slug, "\n".join(out) + "\n", "mdx-docusaurus"


def rst_docs(c):
    fence, L = snippet(c, pick_lang(c))
    title = c.r.choice(["Quickstart", "Authentication", "Using the %s API" % c.spec["disp"]])
    out = [title, "=" * len(title), "", intro_sentence(c), "", ".. code-block:: %s" % fence, ""]
    out += [("   " + x) if x else "" for x in L]
    out += ["", ".. note::", "", "   The request above is rate limited to 10 calls per second.", ""]
    return "docs/source/%s.rst" % title.lower().split()[0], "\n".join(out) + "\n", "restructuredtext"


def adoc_docs(c):
    fence, L = snippet(c, pick_lang(c))
    out = ["= %s integration" % c.spec["disp"], ":toc:", ":icons: font", "", "== %s" % c.spec["op"], "", intro_sentence(c), "",
           "[source,%s]" % fence, "----"] + L + ["----", "", "TIP: Add `-v` to see response headers.", ""]
    return "docs/modules/ROOT/pages/%s.adoc" % c.spec["p"], "\n".join(out) + "\n", "asciidoc"


def blog_post(c):
    fence, L = snippet(c, pick_lang(c))
    slug = "%s-%s" % (c.date, c.r.choice(["integrating-%s" % c.spec["p"], "our-%s-setup" % c.spec["p"], "automating-with-%s" % c.spec["p"]]))
    out = ["---", 'title: "How we wired %s into %s"' % (c.spec["disp"], c.K["proj"]), "date: %s" % c.date,
           "author: %s %s" % (c.K["first"].capitalize(), c.K["last"].capitalize()),
           "tags: [%s, api, engineering]" % c.spec["p"], "draft: false", "---", "",
           "Last sprint we finally automated the %s part of our workflow. Here is what the core request looks like." % c.spec["disp"], ""]
    out += fence_block(fence, L)
    out += ["", "It is not glamorous, but it removed a manual step from every release.", "",
            "## What is next", "", "We will move this into a scheduled job and add retries."]
    return "content/blog/%s.md" % slug, "\n".join(out) + "\n", "blog-post"


def changelog(c):
    fence, L = snippet(c, pick_lang(c))
    v = (c.r.randint(0, 3), c.r.randint(0, 20), c.r.randint(0, 9))
    out = ["# Changelog", "", "All notable changes to this project are documented here.", "",
           "## [%d.%d.%d] - %s" % (v[0], v[1], v[2] + 1, c.date), "", "### Added", "",
           "- %s support via the %s API (#%d)." % (c.spec["op"], c.spec["disp"], c.r.randint(100, 999)),
           "  Example request used during QA:", ""]
    out += ["  " + x if x else "" for x in fence_block(fence, L)]
    out += ["", "### Fixed", "", "- Retry on HTTP 429 with exponential backoff.", "",
            "## [%d.%d.%d] - 2023-%02d-%02d" % (v[0], v[1], v[2], c.r.randint(1, 12), c.r.randint(1, 28)), "",
            "- Initial release."]
    return "CHANGELOG.md", "\n".join(out) + "\n", "changelog"


def issue_template(c):
    fence, L = snippet(c, pick_lang(c))
    out = ["---", "name: Bug report", "about: Report a problem with the %s integration" % c.spec["disp"],
           'title: "[bug] "', "labels: bug, triage", "assignees: %s" % c.K["first"], "---", "", "**Describe the bug**",
           "A clear description of what the bug is.", "", "**To reproduce**", "",
           "Example of a request that reproduces the problem (from our staging setup):", ""]
    out += fence_block(fence, L)
    out += ["", "**Expected behavior**", "", "A 200 response with the resource list.", "", "**Environment**", "",
            "- OS: [e.g. macOS 14]", "- Version: [e.g. 1.4.2]"]
    return ".github/ISSUE_TEMPLATE/bug_report.md", "\n".join(out) + "\n", "issue-template"


def bot_docs(c):
    fence, L = snippet(c, pick_lang(c))
    kind = c.r.choice(["Slack bot", "Discord bot", "Telegram bot", "ChatOps bot"])
    out = ["# %s setup" % kind, "", "This bot posts deploy and incident notifications and calls %s when someone runs `/%s`." % (
        c.spec["disp"], c.r.choice(["status", "deploy", "oncall", "ticket"])), "", "## Configuration", "",
           "1. Create the app and invite it to the channel.", "2. Configure credentials.", "3. Run the snippet below to check connectivity.", ""]
    out += fence_block(fence, L)
    out += ["", "## Commands", "", "| Command | Description |", "|---|---|", "| `/status` | Show service health |",
            "| `/deploy <svc>` | Trigger a deploy |"]
    return "docs/bots/%s.md" % kind.lower().replace(" ", "-"), "\n".join(out) + "\n", "bot-docs"


PIP = {"aws": "boto3", "azure": "azure-storage-blob", "stripe": "stripe", "slack": "slack_bolt", "shopify": "requests",
       "gitlab": "python-gitlab", "docker": "docker", "pypi": "build twine"}


def notebook(c):
    if c.v.kind == "lit" and c.r.random() < 0.4:
        # classic notebook pattern: os.environ["X"] = "..." then the code reads the env var
        real = c.v
        c.v = V("ref")
        L = cfg_python_lines(c) if c.req is None else code_snippet(c, "python")
        c.v = real
        L = [x for x in L if x != "import os"]
        L = ["import os", 'os.environ["%s"] = "%s"' % (c.env, real.text), ""] + L
    elif c.req is not None:
        L = code_snippet(c, "python")
    else:
        L = cfg_python_lines(c)
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# %s walkthrough\n" % c.spec["disp"], "\n",
                                                             "This notebook shows how to call the %s API from Python." % c.spec["disp"]]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": ["%%pip install -q %s" % PIP.get(c.spec["p"], "requests")]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
         "source": [x + "\n" for x in L[:-1]] + [L[-1]]},
        {"cell_type": "markdown", "metadata": {}, "source": ["Inspect the response above; a `401` means the key is wrong."]},
    ]
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5}
    name = c.r.choice(["quickstart", "tutorial", "%s_demo" % c.spec["p"], "01_getting_started"])
    return "notebooks/%s.ipynb" % name, json.dumps(nb, indent=1, ensure_ascii=False) + "\n", "jupyter-notebook"


# ------------------------------------------------------------- tool templates (need req)
def slug(s):
    return "".join(ch if ch.isalnum() else "-" for ch in s.lower()).strip("-")


def shell_script(c):
    L = ["#!/usr/bin/env bash", "# Smoke test for the %s integration." % c.spec["disp"], "set -euo pipefail", ""]
    if c.v.kind == "lit" and not c.inline:
        L += ['%s="%s"' % (c.env, c.v.text), ""]
        body = curl_lines(c, env_style="var")
    else:
        if c.v.kind == "ref":
            L += [': "${%s:?set %s in your environment}"' % (c.env, c.env), ""]
        body = curl_lines(c)
    L += extras_lines(c, "bash")
    L += ['echo "==> %s"' % c.spec["op"]]
    L += body
    L += ["", 'echo', 'echo "done"']
    return "scripts/%s.sh" % c.r.choice(["smoke-test", "check-api", slug(c.spec["op"]), "try-%s" % c.spec["p"]]), "\n".join(L) + "\n", "shell-script"


def makefile(c):
    tgt = slug(c.spec["op"])
    L = ["%s ?= %s" % (UP(w), x) for w, x in c.extras] + ([""] if c.extras else [])
    L += [".PHONY: install test %s" % tgt, "", "install:", "\tpip install -r requirements.txt", "", "test:", "\tpytest -q", ""]
    if c.v.kind == "lit" and not c.inline:
        L = ["%s ?= %s" % (c.env, c.v.text), ""] + L
        val = "$(%s)" % c.env
    elif c.v.kind == "lit":
        val = c.v.text
    else:
        val = "$$" + c.env
    S = lambda s: s.replace(MARK, val)
    req = c.req
    cmd = '\tcurl -sS %s"%s"' % ("-X %s " % req["method"] if req["method"] != "GET" else "", S(req["url"]))
    L.append("%s:" % tgt)
    L.append(cmd + " \\")
    rest = ['-H "%s: %s"' % (k, S(v)) for k, v in req["headers"]]
    if req["basic"]:
        rest.append('-u "%s:%s"' % (S(req["basic"][0]), S(req["basic"][1])))
    if req["body"] is not None:
        js = json.dumps(req["body"], ensure_ascii=False).replace("$", "$$")
        if MARK in js:
            rest.append('-d "%s"' % S(js.replace('"', '\\"')))
        else:
            rest.append("-d '%s'" % js)
    rest.append("| jq .")
    for i, p in enumerate(rest):
        L.append("\t  " + p + (" \\" if i < len(rest) - 1 else ""))
    return "Makefile", "\n".join(L) + "\n", "makefile"


def http_file(c, ext):
    req = c.req
    L = []
    name = CA(c.words)
    if c.v.kind == "lit":
        if c.inline:
            val = c.v.text
        else:
            L.append("@%s = %s" % (name, c.v.text))
            val = "{{%s}}" % name
    else:
        val = c.r.choice(["{{$dotenv %s}}" % c.env, "{{$processEnv %s}}" % c.env, "{{%s}}" % name])
    for w, x in c.extras:
        L.append("@%s = %s" % (CA(w), x))
    S = lambda s: s.replace(MARK, val)
    L += ["", "### %s" % c.spec["op"], "%s %s" % (req["method"], S(req["url"]))]
    for k, v in req["headers"]:
        L.append("%s: %s" % (k, S(v)))
    if req["basic"]:
        L.append("Authorization: Basic %s %s" % (S(req["basic"][0]) or "''", S(req["basic"][1]) or "''"))
    if req["body"] is not None:
        L += ["", S(json.dumps(req["body"], indent=2, ensure_ascii=False))]
    L += ["", "###", ""]
    L = ["# REST Client requests for %s (%s)" % (c.K["proj"], c.spec["disp"])] + L
    d = "requests" if ext == "http" else "api"
    return "%s/%s.%s" % (d, c.spec["p"], ext), "\n".join(L) + "\n", "http-client" if ext == "http" else "rest-client"


def hurl_file(c):
    req = c.req
    L = ["# %s" % c.spec["op"]]
    S = lambda s: s.replace(MARK, tool_slot(c, "{{%s}}", SN(c.words)))
    L.append("%s %s" % (req["method"], S(req["url"])))
    for k, v in req["headers"]:
        L.append("%s: %s" % (k, S(v)))
    if req["basic"]:
        L += ["[BasicAuth]", "%s: %s" % (S(req["basic"][0]), S(req["basic"][1]))]
    if req["body"] is not None:
        L.append(S(json.dumps(req["body"], indent=2, ensure_ascii=False)))
    L += ["HTTP 200", "[Asserts]", 'header "Content-Type" contains "json"', ""]
    return "tests/hurl/%s.hurl" % slug(c.spec["op"]), "\n".join(L) + "\n", "hurl"


def pm_url(url):
    if url.startswith("{{") or "://" not in url:
        return {"raw": url}
    scheme, rest = url.split("://", 1)
    path = rest.split("?", 1)
    hostpart, _, p = path[0].partition("/")
    out = {"raw": url, "protocol": scheme, "host": hostpart.split("."), "path": [x for x in p.split("/") if x]}
    if len(path) > 1:
        out["query"] = [{"key": kv.split("=", 1)[0], "value": kv.split("=", 1)[1] if "=" in kv else ""} for kv in path[1].split("&")]
    return out


def postman_collection(c):
    req = c.req
    val = tool_slot(c, "{{%s}}")
    S = lambda s: s.replace(MARK, val)
    variables = []
    if c.v.kind == "lit" and not c.inline and c.r.random() < 0.5:
        variables.append({"key": c.tvar, "value": c.v.text, "type": "string"})
        S = lambda s: s.replace(MARK, "{{%s}}" % c.tvar)
    for w, x in c.extras:
        variables.append({"key": CA(w), "value": x, "type": "string"})
    item = {"name": c.spec["op"], "request": {"method": req["method"], "header": [], "url": None}}
    auth = None
    hdrs = list(req["headers"])
    if hdrs and hdrs[0][0] == "Authorization" and hdrs[0][1] == "Bearer " + MARK and c.r.random() < 0.7:
        auth = {"type": "bearer", "bearer": [{"key": "token", "value": S(MARK), "type": "string"}]}
        hdrs = hdrs[1:]
    elif req["basic"]:
        auth = {"type": "basic", "basic": [{"key": "password", "value": S(req["basic"][1]), "type": "string"},
                                           {"key": "username", "value": S(req["basic"][0]), "type": "string"}]}
    elif hdrs and hdrs[0][1] == MARK and c.r.random() < 0.6:
        auth = {"type": "apikey", "apikey": [{"key": "value", "value": S(MARK), "type": "string"},
                                             {"key": "key", "value": hdrs[0][0], "type": "string"},
                                             {"key": "in", "value": "header", "type": "string"}]}
        hdrs = hdrs[1:]
    if auth:
        item["request"]["auth"] = auth
    item["request"]["header"] = [{"key": k, "value": S(v), "type": "text"} for k, v in hdrs]
    if req["body"] is not None:
        item["request"]["body"] = {"mode": "raw", "raw": S(json.dumps(req["body"], indent=2, ensure_ascii=False)),
                                   "options": {"raw": {"language": "json"}}}
    item["request"]["url"] = pm_url(S(req["url"]))
    item["response"] = []
    coll = {"info": {"_postman_id": uuid4(c.r), "name": "%s - %s" % (c.K["proj"], c.spec["disp"]),
                     "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json", "_exporter_id": digits(c.r, 8)},
            "item": [item]}
    if variables:
        coll["variable"] = variables
    name = c.spec["disp"].replace(" ", "_")
    return "postman/%s.postman_collection.json" % name, json.dumps(coll, indent="\t", ensure_ascii=False) + "\n", "postman-collection"


def env_value_for_tools(c):
    """Value stored in env-file style tools (Postman env, Bruno env...)."""
    if c.v.kind == "lit":
        return c.v.text
    if not hasattr(c, "_envph"):
        c._envph = c.r.choice(["", "", "<set-locally>", "<%s>" % c.env.lower().replace("_", "-")] + c.spec["ph"][:2])
    return c._envph


CFG_BASE = {"aws": "https://s3.{region}.amazonaws.com", "azure": "https://{acct}.blob.core.windows.net", "stripe": "https://api.stripe.com",
            "slack": "https://slack.com/api", "gitlab": "https://gitlab.com", "shopify": "https://{shop}.myshopify.com",
            "docker": "https://hub.docker.com", "pypi": "https://upload.pypi.org/legacy/"}


def base_url(c):
    if c.req is None:
        return CFG_BASE.get(c.spec["p"], "https://api.{org}.io").format(**c.K)
    u = c.req["url"]
    if u == MARK or "://" not in u:
        return "https://api.%s.io" % c.K["org"].replace("-", "")
    s, rest = u.split("://", 1)
    host = rest.split("/", 1)[0]
    if MARK in host:
        host = host.split("@")[-1]
    return s + "://" + host


def env_kv(c):
    """(name, value) pairs for env-style tool files; main var name is c.tvar."""
    kv = [("baseUrl", base_url(c))]
    for w, val in c.envpairs:
        if w is None:
            name = c.tvar
            vv = env_value_for_tools(c)
            if MARK in val and c.v.kind == "lit":
                vv = val.replace(MARK, c.v.text)
            kv.append((name, vv))
        else:
            kv.append((CA(w), val))
    for w, x in c.extras:
        kv.append((CA(w), x))
    return kv


def postman_env(c):
    kv = env_kv(c)
    vals = []
    for k, v in kv:
        t = "secret" if k == c.tvar and c.r.random() < 0.5 else "default"
        vals.append({"key": k, "value": v, "type": t, "enabled": True})
    envname = c.r.choice(["Local", "Staging", "Dev", "Production", "Sandbox"])
    doc = {"id": uuid4(c.r), "name": "%s %s" % (c.K["proj"], envname), "values": vals, "_postman_variable_scope": "environment",
           "_postman_exported_at": "%sT%02d:%02d:%02d.%03dZ" % (c.date, c.r.randint(0, 23), c.r.randint(0, 59), c.r.randint(0, 59), c.r.randint(0, 999)),
           "_postman_exported_using": "Postman/10.%d.%d" % (c.r.randint(10, 24), c.r.randint(0, 9))}
    return "postman/%s.postman_environment.json" % envname.lower(), json.dumps(doc, indent="\t", ensure_ascii=False) + "\n", "postman-environment"


def bruno_req(c):
    req = c.req
    val = tool_slot(c, "{{%s}}")
    S = lambda s: s.replace(MARK, val)
    m = req["method"].lower()
    hdrs = list(req["headers"])
    auth = "none"
    authblock = []
    if hdrs and hdrs[0] == ("Authorization", "Bearer " + MARK):
        auth = "bearer"
        authblock = ["auth:bearer {", "  token: %s" % S(MARK), "}", ""]
        hdrs = hdrs[1:]
    elif req["basic"]:
        auth = "basic"
        authblock = ["auth:basic {", "  username: %s" % S(req["basic"][0]), "  password: %s" % S(req["basic"][1]), "}", ""]
    L = ["meta {", "  name: %s" % c.spec["op"], "  type: http", "  seq: %d" % c.r.randint(1, 6), "}", "",
         "%s {" % m, "  url: %s" % S(req["url"]), "  body: %s" % ("json" if req["body"] is not None else "none"), "  auth: %s" % auth, "}", ""]
    if hdrs:
        L += ["headers {"] + ["  %s: %s" % (k, S(v)) for k, v in hdrs] + ["}", ""]
    L += authblock
    if req["body"] is not None:
        L += ["body:json {"] + ["  " + x for x in S(json.dumps(req["body"], indent=2, ensure_ascii=False)).split("\n")] + ["}", ""]
    L += ["tests {", '  test("status is 200", function() {', "    expect(res.getStatus()).to.equal(200);", "  });", "}"]
    return "bruno/%s/%s.bru" % (c.K["proj"], c.spec["op"]), "\n".join(L) + "\n", "bruno-request"


def bruno_env(c):
    kv = env_kv(c)
    L = ["vars {"]
    secret = []
    for k, v in kv:
        if k == c.tvar and c.v.kind != "lit":
            secret.append(k)
            continue
        L.append("  %s: %s" % (k, v))
    L.append("}")
    if secret:
        L += ["vars:secret ["] + ["  %s" % s for s in secret] + ["]"]
    envname = c.r.choice(["Local", "Staging", "Dev"])
    return "bruno/%s/environments/%s.bru" % (c.K["proj"], envname), "\n".join(L) + "\n", "bruno-environment"


def insomnia(c):
    req = c.req
    val = tool_slot(c, "{{ _.%s }}")
    S = lambda s: s.replace(MARK, val)
    wrk = "wrk_" + rs(c.r, 32, HEX)
    ts = c.r.randint(1_690_000_000_000, 1_730_000_000_000)
    hdrs = list(req["headers"])
    auth = {}
    if hdrs and hdrs[0] == ("Authorization", "Bearer " + MARK):
        auth = {"type": "bearer", "token": S(MARK)}
        hdrs = hdrs[1:]
    elif req["basic"]:
        auth = {"type": "basic", "username": S(req["basic"][0]), "password": S(req["basic"][1])}
    r1 = {"_id": "req_" + rs(c.r, 32, HEX), "parentId": wrk, "modified": ts, "created": ts - 86400000, "url": S(req["url"]),
          "name": c.spec["op"], "description": "", "method": req["method"],
          "body": {"mimeType": "application/json", "text": json.dumps(req["body"], indent=2)} if req["body"] is not None else {},
          "parameters": [], "headers": [{"name": k, "value": S(v)} for k, v in hdrs], "authentication": auth,
          "metaSortKey": -ts, "isPrivate": False, "_type": "request"}
    envdata = {"base_url": base_url(c)}
    for w, x in c.extras:
        envdata[SN(w)] = x
    res = [{"_id": wrk, "parentId": None, "modified": ts, "created": ts - 86400000, "name": c.K["proj"], "description": "",
            "scope": "collection", "_type": "workspace"}, r1,
           {"_id": "env_" + rs(c.r, 32, HEX), "parentId": wrk, "modified": ts, "created": ts, "name": "Base Environment",
            "data": envdata, "dataPropertyOrder": None, "color": None, "isPrivate": False, "metaSortKey": 1, "_type": "environment"}]
    doc = {"_type": "export", "__export_format": 4, "__export_date": "%sT10:%02d:00.000Z" % (c.date, c.r.randint(0, 59)),
           "__export_source": "insomnia.desktop.app:v2023.5.8", "resources": res}
    return "insomnia/%s.json" % c.r.choice(["Insomnia_export", c.K["proj"], "api-workspace"]), json.dumps(doc, indent=2, ensure_ascii=False) + "\n", "insomnia-export"


def hoppscotch(c):
    req = c.req
    val = tool_slot(c, "<<%s>>")
    S = lambda s: s.replace(MARK, val)
    hdrs = list(req["headers"])
    auth = {"authType": "none", "authActive": True}
    if hdrs and hdrs[0] == ("Authorization", "Bearer " + MARK):
        auth = {"authType": "bearer", "authActive": True, "token": S(MARK)}
        hdrs = hdrs[1:]
    elif req["basic"]:
        auth = {"authType": "basic", "authActive": True, "username": S(req["basic"][0]), "password": S(req["basic"][1])}
    rq = {"v": "4", "endpoint": S(req["url"]), "name": c.spec["op"], "params": [],
          "headers": [{"key": k, "value": S(v), "active": True} for k, v in hdrs], "method": req["method"], "auth": auth,
          "preRequestScript": "", "testScript": "pw.test(\"Status code is 200\", ()=> { pw.expect(pw.response.status).toBe(200); });",
          "body": {"contentType": "application/json" if req["body"] is not None else None,
                   "body": json.dumps(req["body"], indent=2) if req["body"] is not None else None}}
    doc = [{"v": 2, "name": c.K["proj"], "folders": [], "requests": [rq], "auth": {"authType": "inherit", "authActive": True}, "headers": []}]
    return "hoppscotch/%s.json" % c.K["proj"], json.dumps(doc, indent=2, ensure_ascii=False) + "\n", "hoppscotch-collection"


def thunder(c):
    req = c.req
    val = tool_slot(c, "{{%s}}")
    S = lambda s: s.replace(MARK, val)
    hdrs = list(req["headers"])
    auth = {"type": "none"}
    if hdrs and hdrs[0] == ("Authorization", "Bearer " + MARK):
        auth = {"type": "bearer", "bearer": S(MARK)}
        hdrs = hdrs[1:]
    elif req["basic"]:
        auth = {"type": "basic", "basic": {"username": S(req["basic"][0]), "password": S(req["basic"][1])}}
    ts = "%sT%02d:%02d:11.412Z" % (c.date, c.r.randint(0, 23), c.r.randint(0, 59))
    doc = [{"_id": uuid4(c.r), "colId": uuid4(c.r), "containerId": "", "name": c.spec["op"], "url": S(req["url"]),
            "method": req["method"], "sortNum": 10000, "created": ts, "modified": ts,
            "headers": [{"name": k, "value": S(v)} for k, v in hdrs], "params": [],
            "body": {"type": "json", "raw": json.dumps(req["body"], indent=2), "form": []} if req["body"] is not None else {"type": "none"},
            "auth": auth, "tests": [{"type": "res-code", "custom": "", "action": "equal", "value": "200"}]}]
    return "thunder-tests/thunderclient.json", json.dumps(doc, indent=2, ensure_ascii=False) + "\n", "thunder-client"


def thunder_env(c):
    doc = [{"_id": uuid4(c.r), "name": c.r.choice(["(Local Env)", "dev", "staging"]), "default": False, "sortNum": 10000,
            "created": "%sT09:12:44.120Z" % c.date, "modified": "%sT09:40:02.981Z" % c.date,
            "data": [{"name": k, "value": v} for k, v in env_kv(c)]}]
    return "thunder-tests/thunderEnvironment.json", json.dumps(doc, indent=2, ensure_ascii=False) + "\n", "thunder-environment"


def httpie_session(c):
    req = c.req
    v = lit_or_placeholder(c)
    S = lambda s: s.replace(MARK, v)
    doc = {"__meta__": {"about": "HTTPie session file", "help": "https://httpie.io/docs#sessions", "httpie": "3.2.2"},
           "auth": {"password": None, "type": None, "username": None}, "cookies": [], "headers": []}
    if req["basic"]:
        doc["auth"] = {"password": S(req["basic"][1]), "type": "basic", "username": S(req["basic"][0])}
    for k, val in req["headers"]:
        doc["headers"].append({"name": k, "value": S(val)})
    doc["headers"].append({"name": "User-Agent", "value": "HTTPie/3.2.2"})
    host = base_url(c).split("://")[1]
    return ".httpie/sessions/%s/%s.json" % (host.replace(":", "_"), c.r.choice(["dev", "default", "me", "staging"])), \
        json.dumps(doc, indent=4, ensure_ascii=False) + "\n", "httpie-session"


def jetbrains_env(c):
    kv = env_kv(c)
    envname = c.r.choice(["dev", "local", "staging"])
    doc = {envname: {k: v for k, v in kv}}
    if c.r.random() < 0.5:
        doc["prod"] = {"baseUrl": kv[0][1]}
    fname = c.r.choice(["http-client.env.json", "http-client.private.env.json"])
    return "http/" + fname, json.dumps(doc, indent=2, ensure_ascii=False) + "\n", "jetbrains-http-env"


def vscode_settings(c):
    kv = env_kv(c)
    doc = {"editor.formatOnSave": True, "files.eol": "\n",
           "rest-client.environmentVariables": {"$shared": {"version": "v1"}, c.r.choice(["local", "dev", "staging"]): {k: v for k, v in kv}},
           "rest-client.defaultHeaders": {"User-Agent": "vscode-restclient"}}
    return ".vscode/settings.json", json.dumps(doc, indent=4, ensure_ascii=False) + "\n", "vscode-settings"


def cypress_env(c):
    kv = env_kv(c)
    p = c.spec["p"]
    if c.r.random() < 0.5:
        doc = {"baseUrl": "http://localhost:3000", p: {k if k != c.tvar else c.r.choice(["apiKey", "token", CA(c.words)]): v for k, v in kv[1:]},
               "apiUrl": kv[0][1]}
        return "cypress.env.json", json.dumps(doc, indent=2, ensure_ascii=False) + "\n", "cypress-env"
    doc = {"user": {"email": c.K["email"], "name": c.K["first"].capitalize()}, "api": {k: v for k, v in kv}}
    return "cypress/fixtures/%s.json" % c.r.choice(["api", "auth", "session", p]), json.dumps(doc, indent=2, ensure_ascii=False) + "\n", "cypress-fixture"


def yaml_str(s):
    return json.dumps(s, ensure_ascii=False)


def openapi_yaml(c):
    req = c.req
    v = lit_or_placeholder(c)
    bu = base_url(c)
    path = req["url"].split(bu, 1)[-1] if req["url"].startswith(bu) else "/"
    path_only, _, query = path.partition("?")
    L = ["openapi: 3.0.3", "info:", "  title: %s API" % c.K["proj"], "  version: %d.%d.0" % (c.r.randint(0, 3), c.r.randint(0, 12)),
         "  description: Thin wrapper documenting the %s endpoints we depend on." % c.spec["disp"], "servers:"]
    placed = False
    if MARK in bu or req["url"] == MARK:
        L.append("  - url: %s" % yaml_str(req["url"].replace(MARK, v)))
        path_only, query = "/", ""
        placed = True
    else:
        L.append("  - url: %s" % bu)
    L += ["paths:", "  %s:" % (path_only.replace(MARK, "{token}") or "/"), "    %s:" % req["method"].lower(), "      summary: %s" % c.spec["op"],
          "      parameters:"]
    params = []
    sec = []
    for qkv in (query.split("&") if query else []):
        k, _, qv = qkv.partition("=")
        if MARK in qv:
            params += ["        - name: %s" % k, "          in: query", "          required: true", "          schema:", "            type: string",
                       "          example: %s" % yaml_str(qv.replace(MARK, v))]
            placed = True
        else:
            params += ["        - name: %s" % k, "          in: query", "          schema:", "            type: string",
                       "          example: %s" % yaml_str(qv)]
    if MARK in path_only:
        params += ["        - name: token", "          in: path", "          required: true", "          schema:", "            type: string",
                   "          example: %s" % yaml_str(v)]
        placed = True
    for k, hv in req["headers"]:
        if MARK in hv and not placed:
            if k == "Authorization" and hv == "Bearer " + MARK and c.r.random() < 0.5:
                sec = ["components:", "  securitySchemes:", "    bearerAuth:", "      type: http", "      scheme: bearer",
                       "      x-example: %s" % yaml_str(v), "security:", "  - bearerAuth: []"]
            else:
                params += ["        - name: %s" % k, "          in: header", "          required: true", "          schema:",
                           "            type: string", "          example: %s" % yaml_str(hv.replace(MARK, v))]
            placed = True
    if req["body"] is not None:
        bj = json.dumps(req["body"], ensure_ascii=False).replace(MARK, v)
        if MARK in json.dumps(req["body"]):
            placed = True
        body = ["      requestBody:", "        required: true", "        content:", "          application/json:", "            example: %s" % bj]
    else:
        body = []
    if not params:
        L[-1] = "      parameters: []"
    L += params + body + ["      responses:", "        '200':", "          description: OK", "        '401':", "          description: Unauthorized"]
    L += sec
    return c.r.choice(["openapi.yaml", "api/openapi.yml", "docs/api/openapi.yaml"]), "\n".join(L) + "\n", "openapi-yaml"


def swagger_json(c):
    req = c.req
    v = lit_or_placeholder(c)
    bu = base_url(c)
    host = bu.split("://")[1]
    path = req["url"].split(bu, 1)[-1] if req["url"].startswith(bu) else "/"
    path_only, _, query = path.partition("?")
    params = []
    secdefs = {}
    for qkv in (query.split("&") if query else []):
        k, _, qv = qkv.partition("=")
        p = {"name": k, "in": "query", "type": "string", "required": MARK in qv}
        p["x-example"] = qv.replace(MARK, v)
        params.append(p)
        if MARK in qv:
            secdefs["api_key"] = {"type": "apiKey", "name": k, "in": "query"}
    for k, hv in req["headers"]:
        p = {"name": k, "in": "header", "type": "string", "required": True, "x-example": hv.replace(MARK, v)}
        params.append(p)
        if MARK in hv:
            secdefs["api_key"] = {"type": "apiKey", "name": k, "in": "header"}
    if MARK in path_only:
        params.append({"name": "token", "in": "path", "type": "string", "required": True, "x-example": v})
        path_only = path_only.replace(MARK, "{token}")
    op = {"summary": c.spec["op"], "operationId": CA(c.spec["op"].lower().split()), "produces": ["application/json"],
          "parameters": params, "responses": {"200": {"description": "OK"}, "401": {"description": "Unauthorized"}}}
    if req["body"] is not None:
        op["parameters"].append({"in": "body", "name": "body", "required": True, "schema": {"type": "object"},
                                 "x-example": json.loads(json.dumps(req["body"]).replace(MARK, v))})
    doc = {"swagger": "2.0", "info": {"title": "%s proxy" % c.spec["disp"], "version": "1.0.%d" % c.r.randint(0, 30)},
           "host": host, "basePath": "/", "schemes": ["https"], "paths": {path_only or "/": {req["method"].lower(): op}}}
    if secdefs:
        doc["securityDefinitions"] = secdefs
    return c.r.choice(["swagger.json", "api/swagger.json"]), json.dumps(doc, indent=2, ensure_ascii=False) + "\n", "swagger-json"


def apib(c):
    req = c.req
    v = lit_or_placeholder(c)
    bu = base_url(c)
    path = req["url"].split(bu, 1)[-1] if req["url"].startswith(bu) else "/"
    L = ["FORMAT: 1A", "HOST: %s" % bu, "", "# %s API" % c.K["proj"], "", "Notes on the %s endpoints used by the service." % c.spec["disp"], "",
         "## %s [%s]" % (c.spec["op"], path.split("?")[0] or "/"), "", "### %s [%s]" % (c.spec["op"], req["method"]), "",
         "+ Request (application/json)", "", "    + Headers", ""]
    for k, hv in req["headers"]:
        if k.lower() == "content-type":
            continue
        L.append("            %s: %s" % (k, hv.replace(MARK, v)))
    if req["body"] is not None:
        L += ["", "    + Body", ""] + ["            " + x for x in json.dumps(req["body"], indent=4).split("\n")]
    L += ["", "+ Response 200 (application/json)", "", "        {", '            "ok": true', "        }", ""]
    return "apiary.apib", "\n".join(L) + "\n", "api-blueprint"


def raml(c):
    req = c.req
    v = lit_or_placeholder(c)
    bu = base_url(c)
    path = req["url"].split(bu, 1)[-1] if req["url"].startswith(bu) else "/"
    L = ["#%RAML 1.0", "title: %s API" % c.K["proj"], "version: v1", "baseUri: %s" % bu, "mediaType: application/json", "",
         "%s:" % (path.split("?")[0] or "/"), "  %s:" % req["method"].lower(), "    description: %s" % c.spec["op"], "    headers:"]
    for k, hv in req["headers"]:
        L += ["      %s:" % k, "        type: string", "        example: %s" % yaml_str(hv.replace(MARK, v))]
    L += ["    responses:", "      200:", "        body:", "          application/json:", "            example: |", '              {"ok": true}']
    return "api.raml", "\n".join(L) + "\n", "raml"


def k6_script(c):
    req = c.req
    L = ["import http from 'k6/http';", "import { check, sleep } from 'k6';", "", "export const options = {",
         "  vus: %d," % c.r.choice([5, 10, 20, 50]), "  duration: '%ds'," % c.r.choice([30, 60, 120]), "};", ""]
    var = UP(c.words) if c.r.random() < 0.5 else CA(c.words)
    if c.v.kind == "lit" and not c.inline:
        L.append("const %s = '%s';" % (var, c.v.text))
        expr = "${%s}" % var
    elif c.v.kind == "lit":
        expr = c.v.text
    else:
        expr = "${__ENV.%s}" % c.env
    L += ["const %s = '%s';" % (CA(w), x) for w, x in c.extras]
    S = lambda s: s.replace(MARK, expr)
    L += ["", "export default function () {", "  const params = {", "    headers: {"]
    for k, v in req["headers"]:
        L.append("      '%s': `%s`," % (k, S(v)))
    L += ["    },"]
    if req["basic"]:
        L.append("    auth: 'basic',")
    L += ["  };"]
    url = S(req["url"])
    if req["basic"]:
        scheme, rest = url.split("://", 1)
        url = "%s://%s:%s@%s" % (scheme, S(req["basic"][0]), S(req["basic"][1]), rest)
    if req["body"] is not None:
        L.append("  const payload = JSON.stringify(%s);" % json.dumps(req["body"]).replace('"%s"' % MARK, "`%s`" % expr))
        L.append("  const res = http.%s(`%s`, payload, params);" % (req["method"].lower(), url))
    else:
        L.append("  const res = http.%s(`%s`, params);" % ("get" if req["method"] == "GET" else req["method"].lower(), url))
    L += ["  check(res, { 'status is 200': (r) => r.status === 200 });", "  sleep(1);", "}"]
    return "load/k6-%s.js" % slug(c.spec["op"]), "\n".join(L) + "\n", "k6-script"


def locust(c):
    req = c.req
    var = UP(c.words)
    L = ["import os", "", "from locust import HttpUser, between, task", ""]
    if c.v.kind == "lit" and not c.inline:
        L.append('%s = "%s"' % (var, c.v.text))
    elif c.v.kind != "lit":
        L.append('%s = os.environ["%s"]' % (var, c.env))
    L += ["%s = %s" % (UP(w), json.dumps(x)) for w, x in c.extras]
    bu = base_url(c)
    L += ["", "", "class ApiUser(HttpUser):", '    host = "%s"' % bu, "    wait_time = between(1, 3)", "", "    def on_start(self):"]
    c2 = c
    for k, v in req["headers"]:
        L.append('        self.client.headers[%s] = %s' % (json.dumps(k), interp(c2, "python", v, var)))
    if req["basic"]:
        L.append("        self.client.auth = (%s, %s)" % (interp(c2, "python", req["basic"][0], var), interp(c2, "python", req["basic"][1], var)))
    if not req["headers"] and not req["basic"]:
        L.append("        pass")
    path = req["url"][len(bu):] if req["url"].startswith(bu) else req["url"]
    L += ["", "    @task", "    def %s(self):" % "_".join(slug(c.spec["op"]).split("-"))]
    if req["body"] is not None:
        bv = var if not (c.inline and c.v.kind == "lit") else q("python", c.v.text)
        L.append('        self.client.%s(%s, json=%s, name="%s")' % (req["method"].lower(), interp(c2, "python", path, var),
                                                                      obj_lit(req["body"], "python", bv, 2), c.spec["op"]))
    else:
        L.append('        self.client.%s(%s, name="%s")' % (req["method"].lower(), interp(c2, "python", path, var), c.spec["op"]))
    return "locustfile.py", "\n".join(L) + "\n", "locust"


def gatling(c):
    req = c.req
    bu = base_url(c)
    path = req["url"][len(bu):] if req["url"].startswith(bu) else req["url"]
    if c.v.kind == "lit" and not c.inline:
        decl_ = '  val token = "%s"' % c.v.text
        expr = "$token"
        pre = "s"
    elif c.v.kind == "lit":
        decl_ = None
        expr = c.v.text
        pre = ""
    else:
        decl_ = '  val token = sys.env.getOrElse("%s", "")' % c.env
        expr = "$token"
        pre = "s"
    S = lambda s: pre + json.dumps(s.replace(MARK, expr)) if MARK in s else json.dumps(s)
    cls = "".join(x.capitalize() for x in slug(c.spec["op"]).split("-")) + "Simulation"
    L = ["package simulations", "", "import io.gatling.core.Predef._", "import io.gatling.http.Predef._", "import scala.concurrent.duration._", "",
         "class %s extends Simulation {" % cls, ""]
    if decl_:
        L.append(decl_)
    L += ['  val %s = "%s"' % (CA(w), x) for w, x in c.extras]
    L += ["  val httpProtocol = http", '    .baseUrl("%s")' % bu, '    .acceptHeader("application/json")']
    for k, v in req["headers"]:
        L.append('    .header("%s", %s)' % (k, S(v)))
    if req["basic"]:
        L.append("    .basicAuth(%s, %s)" % (S(req["basic"][0]), S(req["basic"][1])))
    L += ["", '  val scn = scenario("%s")' % c.spec["op"], '    .exec(http("%s").%s(%s)' % (c.spec["op"], req["method"].lower(), S(path))]
    if req["body"] is not None:
        L.append('      .body(StringBody("""%s""")).asJson' % json.dumps(req["body"]).replace(MARK, expr if not pre else "${token}"))
    L += ["      .check(status.is(200)))", "", "  setUp(scn.inject(rampUsers(%d).during(30.seconds))).protocols(httpProtocol)" % c.r.choice([10, 25, 50]), "}"]
    return "src/test/scala/simulations/%s.scala" % cls, "\n".join(L) + "\n", "gatling-scala"


def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def jmeter(c):
    req = c.req
    if c.v.kind == "lit":
        val = c.v.text
    else:
        val = "${__env(%s)}" % c.env if c.r.random() < 0.5 else "${__P(%s)}" % SN(c.words)
    S = lambda s: xml_esc(s.replace(MARK, val))
    bu = base_url(c)
    host = bu.split("://")[1]
    path = req["url"][len(bu):] if req["url"].startswith(bu) else req["url"]
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">', "  <hashTree>",
         '    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="%s load test">' % xml_esc(c.K["proj"]),
         '      <boolProp name="TestPlan.functional_mode">false</boolProp>', "    </TestPlan>", "    <hashTree>",
         '      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Users">',
         '        <stringProp name="ThreadGroup.num_threads">%d</stringProp>' % c.r.choice([10, 20, 50]),
         '        <stringProp name="ThreadGroup.ramp_time">30</stringProp>', "      </ThreadGroup>", "      <hashTree>",
         '        <HeaderManager guiclass="HeaderPanel" testclass="HeaderManager" testname="HTTP Header Manager">',
         '          <collectionProp name="HeaderManager.headers">']
    for k, v in req["headers"]:
        L += ['            <elementProp name="" elementType="Header">', '              <stringProp name="Header.name">%s</stringProp>' % xml_esc(k),
              '              <stringProp name="Header.value">%s</stringProp>' % S(v), "            </elementProp>"]
    L += ["          </collectionProp>", "        </HeaderManager>", "        <hashTree/>"]
    if req["basic"]:
        L += ['        <AuthManager guiclass="AuthPanel" testclass="AuthManager" testname="HTTP Authorization Manager">',
              '          <collectionProp name="AuthManager.auth_list">', '            <elementProp name="" elementType="Authorization">',
              '              <stringProp name="Authorization.url">%s</stringProp>' % xml_esc(bu),
              '              <stringProp name="Authorization.username">%s</stringProp>' % S(req["basic"][0]),
              '              <stringProp name="Authorization.password">%s</stringProp>' % S(req["basic"][1]),
              "            </elementProp>", "          </collectionProp>", "        </AuthManager>", "        <hashTree/>"]
    L += ['        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="%s">' % xml_esc(c.spec["op"]),
          '          <stringProp name="HTTPSampler.domain">%s</stringProp>' % xml_esc(host.split("@")[-1]),
          '          <stringProp name="HTTPSampler.protocol">https</stringProp>',
          '          <stringProp name="HTTPSampler.path">%s</stringProp>' % S(path),
          '          <stringProp name="HTTPSampler.method">%s</stringProp>' % req["method"]]
    if req["body"] is not None:
        L += ['          <boolProp name="HTTPSampler.postBodyRaw">true</boolProp>',
              '          <stringProp name="Argument.value">%s</stringProp>' % S(json.dumps(req["body"]))]
    L += ["        </HTTPSamplerProxy>", "        <hashTree/>", "      </hashTree>", "    </hashTree>", "  </hashTree>", "</jmeterTestPlan>"]
    return "perf/%s.jmx" % slug(c.spec["op"]), "\n".join(L) + "\n", "jmeter-jmx"


def artillery(c):
    req = c.req
    if c.v.kind == "lit":
        val = c.v.text
    else:
        val = "{{ $processEnvironment.%s }}" % c.env
    S = lambda s: s.replace(MARK, val)
    bu = base_url(c)
    path = req["url"][len(bu):] if req["url"].startswith(bu) else req["url"]
    L = ["config:", '  target: "%s"' % bu, "  phases:", "    - duration: %d" % c.r.choice([60, 120]), "      arrivalRate: %d" % c.r.choice([2, 5, 10]),
         "  defaults:", "    headers:"]
    for k, v in req["headers"]:
        L.append('      %s: "%s"' % (k, S(v)))
    if not req["headers"]:
        L.append('      Accept: "application/json"')
    L += ["scenarios:", '  - name: "%s"' % c.spec["op"], "    flow:", "      - %s:" % req["method"].lower(), '          url: "%s"' % S(path)]
    if req["basic"]:
        L += ["          auth:", '            user: "%s"' % S(req["basic"][0]), '            pass: "%s"' % S(req["basic"][1])]
    if req["body"] is not None:
        L.append("          json: %s" % S(json.dumps(req["body"], ensure_ascii=False)))
    return "load/artillery.yml", "\n".join(L) + "\n", "artillery-yaml"


def playwright(c):
    req = c.req
    if c.v.kind == "lit" and not c.inline:
        top = ["const %s = '%s';" % (UP(c.words), c.v.text)]
        expr = "${%s}" % UP(c.words)
    elif c.v.kind == "lit":
        top, expr = [], c.v.text
    else:
        top, expr = [], "${process.env.%s}" % c.env
    S = lambda s: s.replace(MARK, expr)
    top = top + ["const %s = '%s';" % (UP(w), x) for w, x in c.extras]
    L = ["import { test, expect } from '@playwright/test';", ""] + top + ["" if top else None]
    L = [x for x in L if x is not None]
    L += ["test('%s returns 200', async ({ request }) => {" % c.spec["op"]]
    opts = []
    hdr = ["      '%s': `%s`," % (k, S(v)) for k, v in req["headers"]]
    if req["basic"]:
        hdr.append("      Authorization: 'Basic ' + Buffer.from(`%s:%s`).toString('base64')," % (S(req["basic"][0]), S(req["basic"][1])))
    if hdr:
        opts += ["    headers: {"] + hdr + ["    },"]
    if req["body"] is not None:
        opts.append("    data: %s," % json.dumps(req["body"]).replace('"%s"' % MARK, "`%s`" % expr))
    L.append("  const res = await request.%s(`%s`, {" % (req["method"].lower(), S(req["url"])))
    L += opts + ["  });", "  expect(res.status()).toBe(200);", "  const body = await res.json();", "  expect(body).toBeTruthy();", "});"]
    return "tests/api/%s.spec.ts" % slug(c.spec["op"]), "\n".join(L) + "\n", "playwright-spec"


def wiremock(c):
    req = c.req
    bu = base_url(c)
    v = tool_slot(c, "{{systemValue type='ENVIRONMENT' key='%s'}}", c.env)
    S = lambda s: s.replace(MARK, v)
    path = req["url"][len(bu):] if req["url"].startswith(bu) else "/"
    doc = {"priority": 5, "request": {"method": req["method"], "urlPathPattern": path.split("?")[0].replace(MARK, "[^/]+")},
           "response": {"proxyBaseUrl": bu if MARK not in bu else "https://api.%s.io" % c.K["org"], "additionalProxyRequestHeaders": {}}}
    for k, hv in req["headers"]:
        doc["response"]["additionalProxyRequestHeaders"][k] = S(hv)
    if req["basic"]:
        doc["response"]["additionalProxyRequestHeaders"]["Authorization"] = "Basic {{base64 '%s:%s'}}" % (S(req["basic"][0]), S(req["basic"][1]))
        doc["response"]["transformers"] = ["response-template"]
    if MARK in path:
        doc["response"]["proxyUrlPrefixToRemove"] = ""
        doc["metadata"] = {"upstreamPath": S(path)}
    doc = {"mappings": [doc]} if c.r.random() < 0.4 else doc
    return "wiremock/mappings/%s.json" % slug(c.spec["op"]), json.dumps(doc, indent=2, ensure_ascii=False) + "\n", "wiremock-mapping"


def graphql_cfg(c):
    url = c.spec["gql"].replace("{shop}", c.K["shop"])
    hdr = [(k, v) for k, v in c.req["headers"] if MARK in v] or [("Authorization", "Bearer " + MARK)]
    k, hv = hdr[0]
    if c.r.random() < 0.5:
        v = c.v.text if c.v.kind == "lit" else "${env:%s}" % c.env
        L = ["schema: %s" % json.dumps(url), "documents: 'src/**/*.graphql'", "extensions:", "  endpoints:", "    default:",
             "      url: %s" % json.dumps(url), "      headers:", '        %s: "%s"' % (k, hv.replace(MARK, v)),
             "      introspect: true"]
        return "graphql.config.yml", "\n".join(L) + "\n", "graphql-config"
    v = lit_or_placeholder(c)
    doc = {"editor.theme": "dark", "editor.reuseHeaders": True, "request.credentials": "omit", "tracing.hideTracingResponse": True,
           "tabs": [{"name": c.spec["op"], "endpoint": url, "query": "query {\n  viewer {\n    id\n  }\n}",
                     "headers": {k: hv.replace(MARK, v)}}]}
    return "playground/%s.json" % c.r.choice(["settings", "tabs", c.spec["p"]]), json.dumps(doc, indent=2, ensure_ascii=False) + "\n", "graphql-playground"


# ------------------------------------------------------------- registry
def has_req(s):
    return s["req"] is not None


def header_only(s, K):
    if s["req"] is None:
        return False
    rq = s["req"](K)
    return rq["basic"] is None and MARK not in rq["url"] and (rq["body"] is None or MARK not in json.dumps(rq["body"]))


TEMPLATES = [
    # (fn, applicability, weight)
    (md_readme, lambda s, K: True, 5), (md_docs, lambda s, K: True, 6), (mdx_docs, lambda s, K: True, 3),
    (rst_docs, lambda s, K: True, 2), (adoc_docs, lambda s, K: True, 2), (blog_post, lambda s, K: True, 2),
    (changelog, lambda s, K: True, 2), (issue_template, lambda s, K: True, 2), (bot_docs, lambda s, K: s["p"] in ("slack", "discord", "telegram", "pagerduty", "github", "linear", "jwt", "openai", "anthropic"), 2),
    (notebook, lambda s, K: True, 3),
    (shell_script, lambda s, K: has_req(s), 3), (makefile, lambda s, K: has_req(s), 2),
    (lambda c: http_file(c, "http"), lambda s, K: has_req(s), 3), (lambda c: http_file(c, "rest"), lambda s, K: has_req(s), 2),
    (hurl_file, lambda s, K: has_req(s), 1),
    (postman_collection, lambda s, K: has_req(s), 4), (postman_env, lambda s, K: True, 3),
    (bruno_req, lambda s, K: has_req(s), 2), (bruno_env, lambda s, K: True, 2), (insomnia, lambda s, K: has_req(s), 2),
    (hoppscotch, lambda s, K: has_req(s), 1), (thunder, lambda s, K: has_req(s), 1), (thunder_env, lambda s, K: True, 1),
    (httpie_session, lambda s, K: has_req(s) and MARK not in s["req"](K)["url"], 1),
    (jetbrains_env, lambda s, K: True, 2), (vscode_settings, lambda s, K: True, 1), (cypress_env, lambda s, K: True, 2),
    (openapi_yaml, lambda s, K: has_req(s) and s["req"](K)["basic"] is None, 3),
    (swagger_json, lambda s, K: has_req(s) and s["req"](K)["basic"] is None and not s["req"](K)["url"].startswith(MARK)
     and "@" + MARK not in s["req"](K)["url"] and ":" + MARK + "@" not in s["req"](K)["url"], 1),
    (apib, header_only, 1), (raml, header_only, 1),
    (k6_script, lambda s, K: has_req(s), 2), (locust, lambda s, K: has_req(s), 1), (gatling, lambda s, K: has_req(s), 1),
    (jmeter, lambda s, K: has_req(s) and not s["req"](K)["url"].startswith(MARK) and ":" + MARK + "@" not in s["req"](K)["url"], 1),
    (artillery, lambda s, K: has_req(s), 1), (playwright, lambda s, K: has_req(s), 2),
    (wiremock, lambda s, K: has_req(s) and not s["req"](K)["url"].startswith(MARK) and ":" + MARK + "@" not in s["req"](K)["url"], 1),
    (graphql_cfg, lambda s, K: bool(s["gql"]), 2),
]


# ------------------------------------------------------------- context building
def make_ctx(r, spec_, K, pos):
    c = Ctx()
    c.r, c.spec, c.K, c.pos = r, spec_, K, pos
    c.date = "20%02d-%02d-%02d" % (r.randint(22, 25), r.randint(1, 12), r.randint(1, 28))
    generic = r.random() < 0.34
    c.words = r.choice(GENERIC_NAMES) if generic else r.choice(spec_["names"])
    c.generic_name = generic
    c.inline = r.random() < 0.3
    c.extras = []
    c.ncat = None
    return c


def finish_ctx(c):
    c.env = UP(c.words)
    c.tvar = CA(c.words)
    c.req = c.spec["req"](c.K) if c.spec["req"] else None
    if c.spec["env"]:
        c.envpairs = c.spec["env"](c.K)
    else:
        c.envpairs = [(None, MARK)]


def mask(r, spec_, val):
    pre = spec_["prefix"] if spec_["prefix"] and val.startswith(spec_["prefix"]) else ""
    tail = val[-4:]
    style = r.randrange(5)
    if style == 0:
        return pre + "…" + tail
    if style == 1:
        return pre + "*" * r.choice([8, 12, 20]) + tail
    if style == 2:
        return (pre or "") + "••••••••" + tail
    if style == 3:
        return pre + "*" * (len(val) - len(pre)) if len(val) - len(pre) < 60 else pre + "*" * 24
    return pre + "[REDACTED]"


NEG_IDS = [(("request", "id"), lambda r: "req_" + rs(r, 24)), (("trace", "id"), lambda r: rs(r, 32, HEX)),
           (("idempotency", "key"), lambda r: uuid4(r)), (("commit", "sha"), lambda r: rs(r, 40, HEX)),
           (("image", "digest"), lambda r: "sha256:" + rs(r, 64, HEX)), (("checksum", "sha256"), lambda r: rs(r, 64, HEX)),
           (("correlation", "id"), lambda r: uuid4(r)), (("span", "id"), lambda r: rs(r, 16, HEX))]

CMD_SOURCES = ["cat ~/.config/{p}/token", "op read 'op://Engineering/{P}/credential'", "pass show api/{p}",
               "security find-generic-password -s {p} -w", "aws secretsmanager get-secret-value --secret-id {p}/api --query SecretString --output text",
               "vault kv get -field=token secret/{p}", "gcloud secrets versions access latest --secret={p}-api-key", "cat .secrets/{p}.key"]


def negative_value(r, c, force=None):
    s = c.spec
    cats = ["placeholder", "placeholder", "env_ref", "env_ref", "masked", "masked", "truncated", "id"]
    if s["ex"]:
        cats += ["doc_example"] * 4
    if s["pub"]:
        cats += ["public_or_id"] * 3
    if c.req is not None:
        cats += ["cmd_ref"] * 2
    cat = force or r.choice(cats)
    if cat == "truncated" and not s["prefix"]:
        cat = "placeholder"
    if cat == "placeholder":
        pool = s["ph"] + GEN_PH[:6]
        return V("lit", r.choice(pool)), "placeholder"
    if cat == "env_ref":
        return V("ref"), "env_ref"
    if cat == "cmd_ref":
        c.force_lang = r.choice(["bash-curl", "bash-curl", "httpie", "wget"])
        return V("cmd", r.choice(CMD_SOURCES).format(p=s["p"], P=s["disp"])), "cmd_ref"
    if cat == "masked":
        real = s["gen"](r, c.K)
        return V("lit", mask(r, s, real)), "masked"
    if cat == "truncated":
        return V("lit", s["prefix"] + r.choice(["...", "…", "<rest-of-key>", "XXXX"])), "truncated"
    if cat == "doc_example":
        ex = r.choice(s["ex"])
        if isinstance(ex, tuple):
            c.K.update(ex[1])
            ex = ex[0]
        return V("lit", ex), "doc_example"
    if cat == "public_or_id":
        w, g = r.choice(s["pub"])
        c.extras.append((w, g(r, c.K)))
        return V("ref") if r.random() < 0.6 else V("lit", r.choice(s["ph"] or GEN_PH)), \
            ("public_key" if any(x in w for x in ("publishable", "public", "search", "storefront", "client", "anon", "delivery", "browser", "firebase", "dsn")) else "id")
    w, g = r.choice(NEG_IDS)
    c.extras.append((w, g(r)))
    return (V("ref") if r.random() < 0.6 else V("lit", r.choice(GEN_PH))), "id"


def sanitize_neg_companions(r, c):
    """Companion values that are half of a credential must not be random in negatives."""
    if c.spec["p"] == "aws" and c.K["akid"] not in ("AKIAIOSFODNN7EXAMPLE", "AKIAI44QH8DHBEXAMPLE"):
        c.K["akid"] = r.choice(["<your-access-key-id>", "AKIAXXXXXXXXXXXXXXXX", "YOUR_ACCESS_KEY_ID", "AKIA****************"])


_PCOUNT = Counter(x["p"] for x in SPECS)
SPEC_W = [1.0 / (_PCOUNT[x["p"]] ** 0.45) for x in SPECS]


def note_line(c):
    """A sentence placed next to the snippet in prose documents."""
    s = c.spec
    pre = s["prefix"] if s["prefix"] and not s["prefix"].startswith("http") else ""
    cat = c.ncat
    if cat == "doc_example":
        return c.r.choice(["The key below is the example value from the %s documentation; it does not work against the live API." % s["disp"],
                           "(Example credentials from the official docs - replace them with your own.)"])
    if cat == "masked":
        return c.r.choice(["The key is masked in this page; copy the full value from the dashboard.", "Only the last four characters are shown."])
    if cat == "truncated" and pre:
        return "%s keys start with `%s`; paste the full value into your local environment, never into this file." % (s["disp"], pre)
    if cat in ("env_ref", "cmd_ref"):
        return c.r.choice(["Credentials are read from the environment (`%s`)." % c.env, "Do not hardcode the key; export it in your shell first."])
    if cat == "placeholder":
        return "Replace the placeholder with your own key."
    if cat == "public_key":
        return c.r.choice(["Publishable/public identifiers are safe to ship in client code; the secret stays in the environment.",
                           "Only the public key is shown here; the secret is injected at deploy time."])
    if cat == "id":
        return c.r.choice(["Include the ID when contacting support.", "IDs are not secret; the credential comes from the environment."])
    if not c.pos:
        return ""
    if pre and c.r.random() < 0.3:
        return "%s keys start with `%s`." % (s["disp"], pre)
    return c.r.choice(["", "", "Rotate the key in the dashboard if it is ever exposed.", "Tested on %s." % c.date])


def build(r, pos, s0=None, force=None):
    for _ in range(200):
        s = s0 or r.choices(SPECS, weights=SPEC_W)[0]
        K = companions(r)
        tpls = [(f, w) for f, ok, w in TEMPLATES if ok(s, K)]
        fn = r.choices([f for f, _ in tpls], weights=[w for _, w in tpls])[0]
        c = make_ctx(r, s, K, pos)
        if pos:
            secret = s["gen"](r, K)
            c.v = V("lit", secret)
            kind = s["k"]
            if s["pub"] and r.random() < 0.25:
                w, g = r.choice(s["pub"])
                c.extras.append((w, g(r, K)))
        else:
            finish_ctx(c)
            c.v, kind = negative_value(r, c, force)
            c.ncat = kind
            sanitize_neg_companions(r, c)
        finish_ctx(c)
        path, text, ft = fn(c)
        nlines = text.count("\n")
        if not (5 <= nlines <= 80):
            continue
        if pos:
            idx = text.find(secret)
            if idx < 0:
                continue
            line = text.count("\n", 0, idx) + 1
            return dict(path=path, text=text, provider=s["p"], kind=kind, ft=ft, needle=secret, line=line)
        if kind in ("public_key", "id") and not any(x in text for _, x in c.extras):
            kind = {"lit": "placeholder", "ref": "env_ref", "cmd": "cmd_ref"}[c.v.kind]
        if kind == "cmd_ref" and c.v.text not in text:
            kind = "env_ref"
        if kind == "env_ref" and c.env not in text and c.tvar not in text and SN(c.words) not in text:
            kind = "placeholder"
        return dict(path=path, text=text, provider=s["p"], kind=kind, ft=ft)
    raise RuntimeError("could not build sample")


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("USAGE")[1].split("NEEDLE")[0].strip())
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    pos_items, neg_items = [], []
    # positives: every provider/kind at least twice, the rest weighted towards multi-kind providers
    plan = SPECS * 2 + r.choices(SPECS, weights=SPEC_W, k=500 - 2 * len(SPECS))
    r.shuffle(plan)
    for i in range(500):
        it = build(r, True, plan[i])
        it["file"] = "pos/p%04d/%s" % (i, it["path"])
        pos_items.append(it)
    # negatives: a guaranteed share of published doc examples and public keys / ids, the rest mixed
    with_ex = [x for x in SPECS if x["ex"]]
    with_pub = [x for x in SPECS if x["pub"]]
    nplan = [(r.choice(with_ex), "doc_example") for _ in range(70)] + [(r.choice(with_pub), "public_or_id") for _ in range(70)]
    nplan += [(None, None)] * (500 - len(nplan))
    r.shuffle(nplan)
    for i in range(500):
        it = build(r, False, nplan[i][0], nplan[i][1])
        it["file"] = "neg/n%04d/%s" % (i, it["path"])
        neg_items.append(it)
    for it in pos_items + neg_items:
        fp = os.path.join(out, it["file"])
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8", newline="\n") as f:
            f.write(it["text"])
        lab = "pos" if it in pos_items else "neg"
        manifest.append({"file": it["file"], "label": "positive" if lab == "pos" else "negative", "provider": it["provider"],
                         "kind": it["kind"], "filetype": it["ft"]})
        if lab == "pos":
            secrets.append({"file": it["file"], "needle": it["needle"], "line": it["line"]})
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for s_ in secrets:
            f.write(json.dumps(s_, ensure_ascii=False) + "\n")
    self_check(out, manifest, secrets)


def self_check(out, manifest, secrets):
    errors = 0
    needles = [s["needle"] for s in secrets]
    for s in secrets:
        with open(os.path.join(out, s["file"]), encoding="utf-8") as f:
            lines = f.read().split("\n")
        if s["needle"] not in lines[s["line"] - 1]:
            print("SELF-CHECK FAIL needle not on line:", s["file"], s["line"])
            errors += 1
    if len(set(needles)) != len(needles):
        print("SELF-CHECK FAIL duplicate needles")
        errors += 1
    for m in manifest:
        with open(os.path.join(out, m["file"]), encoding="utf-8") as f:
            text = f.read()
        n = text.count("\n")
        if not 5 <= n <= 80:
            print("SELF-CHECK FAIL line count", m["file"], n)
            errors += 1
        if m["label"] == "negative":
            for nd in needles:
                if nd in text:
                    print("SELF-CHECK FAIL negative contains a positive needle:", m["file"])
                    errors += 1
    pos = [m for m in manifest if m["label"] == "positive"]
    neg = [m for m in manifest if m["label"] == "negative"]
    print("positives: %d  negatives: %d  errors: %d" % (len(pos), len(neg), errors))
    print("provider/kind pairs (positives): %d, providers: %d" % (len({(m["provider"], m["kind"]) for m in pos}), len({m["provider"] for m in pos})))
    print("file types: %d" % len({m["filetype"] for m in manifest}))
    for title, cnt in [("providers (pos)", Counter(m["provider"] for m in pos)), ("kinds (pos)", Counter(m["provider"] + "/" + m["kind"] for m in pos)),
                       ("negative kinds", Counter(m["kind"] for m in neg)), ("file types (all)", Counter(m["filetype"] for m in manifest))]:
        print("== %s ==" % title)
        print("  " + ", ".join("%s:%d" % kv for kv in sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0]))))
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
