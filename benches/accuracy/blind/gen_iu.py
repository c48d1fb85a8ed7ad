#!/usr/bin/env python3
"""gen_iu.py - blind evaluation set: credentials inside end-to-end / UI test suites.

EMPHASIS
    Test suites that log in with real accounts. Frameworks: Cypress (cy.login,
    cypress.env.json, cypress.config.ts `env:`), Playwright (page.fill, storageState
    JSON, playwright.config.ts httpCredentials; TS, Python, C#, Java bindings),
    Selenium (Java, Python, C#, Ruby/Capybara/Watir), WebdriverIO, TestCafe,
    Puppeteer, Robot Framework (.robot variables tables, Input Password), Cucumber /
    Gherkin .feature files with Java/TS step definitions, Behave and pytest-bdd,
    Katalon (Groovy setText, profile .glbl XML), Appium (Java/Python), Detox, k6
    browser and k6 http, plain .http request files, test-data CSV/JSON/YAML, CI
    files (GitHub Actions, GitLab CI, Jenkinsfile, Azure Pipelines, docker-compose)
    and Markdown test plans.  BrowserStack / Sauce Labs / Cypress Cloud
    credentials appear only in passing.
    Kinds: test-account passwords (human-chosen, generated, passphrases), API
    tokens used by API tests (app JWTs, opaque app tokens, GitHub / GitLab
    personal access tokens), session cookies in Playwright storage-state files and
    cookie-setting code (Django, Express, Rails, Laravel, ASP.NET Core, Tomcat,
    PHP), HTTP basic-auth credentials for staging (config, URL userinfo,
    Authorization: Basic header, curl -u), TOTP seeds of test users (base32,
    otpauth:// URIs), cloud-grid access keys, Cypress Cloud record keys.
    File types: js, ts, py, java, cs, rb, groovy, robot, feature, json, yml/yaml,
    csv, properties, md, sh, http, xml (.glbl), toml, ini, Jenkinsfile, .env.test
    (positives only, well under 1 in 20).

USAGE
    python3 -B gen_iu.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line
    per positive).  All randomness comes from one random.Random(SEED); output is
    byte-identical for one SEED.  Standard library only.

NEEDLE CONVENTIONS
    * The needle is the secret exactly as written, without surrounding quotes.
    * Passwords: the password only (never the user name).
    * Basic auth in a URL (https://user:PASS@host): the password part only.
    * Authorization: Basic <b64>: the base64 blob (it encodes user:password).
    * Bearer / token headers: the token only (no "Bearer " / "token " prefix).
    * Cookies: the cookie value exactly as stored (URL-encoded where the framework
      stores it URL-encoded, e.g. connect.sid "s%3A...", Rails "...%3D%3D--...").
    * JWTs: the whole header.payload.signature string.
    * TOTP seeds: the base32 secret as written (inside an otpauth:// URI only the
      value of the secret= parameter; the grouped lower-case form keeps its spaces).
    * Access keys (BrowserStack, Sauce Labs, Cypress record key): the key only.
    * No multi-line secrets are used in this set.

NEGATIVES
    Half (250) re-use the positive templates with the secret's slot filled by a
    non-secret: placeholders (<your-password>, YOUR_PASSWORD_HERE, changeme,
    xxxx...), empty values, masked values (********, [REDACTED]), environment and
    secret-manager references (process.env.X, Cypress.env('x'), os.environ[...],
    System.getenv, ENV.fetch, %{ENV} in Robot, ${{ secrets.X }}, op://...,
    vault:...), template expressions (<password> in Scenario Outlines,
    {{ password }}), documented example values (JBSWY3DPEHPK3PXP from the Google
    Authenticator key-URI wiki).  The other half (250) come from dedicated
    look-alike templates: invalid-login tests ('wrong-password', 'invalid'),
    validation tests ('a'.repeat(129), 'short'), password-strength tables
    ('password123' expected weak), faker-generated passwords, data-testid
    selectors, Katalon setEncryptedText ciphertext, Robot CryptoLibrary crypt:
    values, storage-state files holding only consent/locale/_ga cookies, Jest
    snapshots, lockfile integrity hashes, docker image digests, pinned action SHAs,
    WebDriver session ids, Sauce job ids, iOS UDIDs, Allure/JUnit reports with
    UUIDs, bcrypt hashes in seed SQL, JWKS public keys and PEM public keys,
    webhook signatures in fixtures, RFC 6238/4226 test vectors, the jwt.io example
    token, reCAPTCHA / hCaptcha / Turnstile documented always-pass test keys,
    Stripe publishable keys and test card numbers, Cypress projectId (public),
    LaunchDarkly client-side ids.  No negative is written to a .env / .env.<x> file
    (.env.example / .env.sample are used).

FORMATS CHECKED (search tool, providers' docs and real project files)
    * Playwright storageState: {"cookies": [...name, value, domain, path, expires,
      httpOnly, secure, sameSite], "origins": [{"origin", "localStorage": [{name,
      value}]}]} (Playwright API docs, playwright-rs / dotnet StorageState types).
    * Playwright httpCredentials {username, password, origin?} (playwright docs).
    * Cypress: cypress.env.json, `env` key of cypress.config.*, Cypress.env(name),
      newer cy.env([...]); projectId is a 6-character string meant to be
      committed; the record key authenticates recording and is secret
      (docs.cypress.io Cloud "Projects" page).
    * Robot Framework: ${SCALAR} @{LIST} &{DICT} and %{ENV_VAR} environment
      variables (RF user guide / RFCP syllabus).
    * Katalon: WebUI.setEncryptedText(findTestObject(...), '<base64 ciphertext>')
      as seen in real Katalon projects (24-char base64 for short passwords).
    * Google Authenticator key URI: otpauth://TYPE/LABEL?secret=BASE32&issuer=..,
      base32 per RFC 3548 without padding; documented examples
      JBSWY3DPEHPK3PXP and HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ (used as negatives).
    * GitHub tokens: ghp_/gho_/ghu_/ghs_/ghr_ prefixes, charset [A-Za-z0-9_]
      (GitHub changelog 2021-03); 36-char payload whose last 6 chars are a
      checksum (third-party token library description).
    * GitLab PAT prefix glpat- (GitLab issue 342327), 20 chars [A-Za-z0-9_-].
    * BrowserStack: BROWSERSTACK_USERNAME / BROWSERSTACK_ACCESS_KEY, browserstack.key
      capability; keys seen in public files are 20 alphanumerics.
    * Sauce Labs: SAUCE_USERNAME / SAUCE_ACCESS_KEY (docs.saucelabs.com); keys seen
      in public files are lower-case UUIDs.
    * Django session key: 32 chars from ascii_lowercase+digits (django source).
    * express-session cookie: 's:' + sid + '.' + base64 HMAC-SHA256 without '=',
      stored URL-encoded as s%3A...; sid from uid-safe(24) = 32 base64url chars.
    * Rails 5.2+ encrypted cookies: AES-256-GCM, base64(data)--base64(iv)--
      base64(auth_tag), URL-encoded.
    * reCAPTCHA v2 test keys (6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI /
      6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe), Cloudflare Turnstile dummy keys
      (1x00000000000000000000AA / 1x0000000000000000000000000000000AA), hCaptcha
      test keys (10000000-ffff-ffff-ffff-000000000001 / 0x000...0): documented as
      always-pass test keys, used as negatives.

DOUBTS
    * GitHub checksum: implemented as CRC32 of the 30 random chars, base62
      (0-9A-Za-z) left-padded to 6; the exact input and alphabet order are not
      confirmed by GitHub's own docs.  Fine-grained github_pat_ layout (22 + '_' +
      59) is from memory, not confirmed.
    * BrowserStack (20 alnum) and Sauce Labs (UUID) key shapes come from public
      sample files, not from a format specification.  Cypress record keys are
      generated as UUIDs (not confirmed in the docs found).
    * ASP.NET Core cookie (CfDJ8 prefix + base64url), Laravel session cookie
      (base64 JSON iv/value/mac/tag), PHPSESSID (26 chars 0-9a-v) and Tomcat
      JSESSIONID (32 upper-case hex) are from general knowledge, not re-checked.
    * Katalon ciphertext length for longer passwords is assumed (base64 of
      16/32/48 bytes).
    * Whether a scanner should treat a bcrypt hash or a Katalon/CryptoLibrary
      ciphertext as a secret is a policy question; here they are negatives, as
      the brief asks.
    * Search results from GitGuardian detector pages and a ripsecrets issue came
      up; they were not used for any format.
"""
import base64
import hashlib
import json
import os
import random
import re
import string
import sys
import zlib

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = string.ascii_letters + string.digits
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
HEX = "0123456789abcdef"
SAFE_SYM = "!@*-_.+?^~"
URL_SYM = "-_.~"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

WORDS = ["maple", "harbor", "copper", "violet", "tundra", "falcon", "orbit", "lantern",
         "cedar", "saffron", "glacier", "meadow", "quartz", "ember", "willow", "cobalt",
         "thistle", "marble", "pepper", "canyon", "aurora", "juniper", "pebble", "rocket",
         "velvet", "summit", "breeze", "walnut", "prairie", "nebula", "otter", "ginger",
         "indigo", "fjord", "basil", "comet", "mosaic", "raven", "sierra", "bramble",
         "lagoon", "cactus", "harpoon", "tangelo", "mistral", "obsidian", "paprika"]
SEASONS = ["Spring", "Summer", "Autumn", "Winter", "January", "October", "March"]
ORGS = ["acme", "northwind", "bluefin", "orbitly", "lumenhq", "harborline", "kestrel",
        "quillpay", "tidepool", "brightpath", "cobaltbank", "fernway", "junipr",
        "atlasfreight", "pinecrest", "redwoodhealth", "sparrowmail", "vantagecrm",
        "zephyrtravel", "meridianlabs", "corvid", "halcyon", "parcelpoint", "shopwell"]
TLDS = ["io", "app", "com", "dev", "cloud", "co"]
ENVS = ["staging", "qa", "uat", "preview", "stg", "e2e", "int"]
FIRST = ["anna", "ben", "chloe", "dmitri", "elif", "farah", "goran", "hana", "ivan",
         "jules", "kofi", "lena", "marta", "nils", "oona", "priya", "quentin", "rosa",
         "sven", "tariq", "uma", "viktor", "wen", "yusuf", "zoe"]
LAST = ["berg", "costa", "dalton", "eriksen", "fischer", "garcia", "haddad", "ito",
        "jansen", "kowalski", "lindqvist", "moreau", "novak", "okafor", "petrov",
        "quinn", "rossi", "santos", "tanaka", "urban", "vidal", "weber", "yilmaz"]
ROLES = ["admin", "editor", "viewer", "support", "billing", "manager", "customer", "auditor"]


# ----------------------------------------------------------------------------- helpers
def T(_tpl, **kw):
    """Fill @@name@@ markers (avoids brace escaping in JS/JSON/YAML text)."""
    seen = set()

    def sub(m):
        seen.add(m.group(1))
        return kw[m.group(1)]
    s = re.sub(r"@@(\w+)@@", sub, _tpl)
    assert seen == set(kw), (sorted(seen), sorted(kw))
    return s


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(r, n):
    return rs(r, HEX, n)


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(r, n, pad=True):
    s = base64.b64encode(rbytes(r, n)).decode()
    return s if pad else s.rstrip("=")


def b64url(r, n):
    return base64.urlsafe_b64encode(rbytes(r, n)).decode().rstrip("=")


def b64url_json(obj):
    raw = json.dumps(obj, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def uuid4(r):
    h = "%032x" % r.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def cap(w):
    return w[:1].upper() + w[1:]


def org(r):
    return r.choice(ORGS)


def domain(r, o=None):
    return "%s.%s" % (o or org(r), r.choice(TLDS))


def host(r, o=None):
    return "%s.%s" % (r.choice(ENVS), domain(r, o))


def person(r):
    return r.choice(FIRST), r.choice(LAST)


def email(r, o=None, role=None):
    d = domain(r, o)
    f, l = person(r)
    style = r.randint(0, 4)
    if style == 0:
        return "%s.%s@%s" % (f, l, d)
    if style == 1:
        return "qa+%s@%s" % (role or r.choice(ROLES), d)
    if style == 2:
        return "e2e-%s@%s" % (role or r.choice(ROLES), d)
    if style == 3:
        return "%s.%s+e2e@%s" % (f, l, d)
    return "test.automation.%s@%s" % (role or r.choice(ROLES), d)


def username(r):
    f, l = person(r)
    return r.choice(["%s.%s" % (f, l), "qa_%s" % r.choice(ROLES), "%s%s" % (f[0], l),
                     "e2e-%s" % r.choice(ROLES), "svc-uitest", "%s_%d" % (f, r.randint(1, 99))])


def ver(r, a=1, b=9):
    return "%d.%d.%d" % (r.randint(a, b), r.randint(0, 40), r.randint(0, 20))


def ts_iso(r):
    return "20%02d-%02d-%02dT%02d:%02d:%02dZ" % (r.randint(22, 25), r.randint(1, 12), r.randint(1, 28),
                                                r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def epoch(r):
    return r.randint(1700000000, 1790000000)


def pick_path(r, *options):
    return r.choice(options)


def sha256_of(r):
    return hashlib.sha256(rbytes(r, 32)).hexdigest()


# ----------------------------------------------------------------------- secret makers
def pw_human(r):
    w1, w2 = r.sample(WORDS, 2)
    k = r.randint(0, 5)
    if k == 0:
        s = cap(w1) + cap(w2) + str(r.randint(10, 99)) + r.choice("!@*?.")
    elif k == 1:
        s = cap(w1) + r.choice("!@*-.") + cap(w2) + str(r.randint(1, 999))
    elif k == 2:
        leet = cap(w1).replace("o", "0").replace("e", "3").replace("a", "4").replace("i", "1")
        s = leet + str(r.randint(1990, 2026)) + r.choice("!*?^")
    elif k == 3:
        s = r.choice(SEASONS) + str(r.randint(2019, 2026)) + r.choice("!@*.") + cap(w1)[:3]
    elif k == 4:
        s = cap(w1) + str(r.randint(100, 9999)) + r.choice("!@*") + w2
    else:
        s = w1 + r.choice("_.") + cap(w2) + r.choice("!@") + str(r.randint(10, 99))
    return s


def pw_generated(r, alphabet_sym=SAFE_SYM):
    n = r.randint(14, 24)
    body = [r.choice(string.ascii_letters)]
    body += [r.choice(LOWER), r.choice(UPPER), r.choice(DIGITS), r.choice(alphabet_sym)]
    pool = ALNUM * 2 + alphabet_sym
    body += [r.choice(pool) for _ in range(n - len(body))]
    rest = body[1:]
    r.shuffle(rest)
    return body[0] + "".join(rest)


def pw_phrase(r):
    ws = r.sample(WORDS, r.randint(3, 4))
    sep = r.choice(["-", ".", "_"])
    return sep.join(ws) + sep + str(r.randint(10, 999))


def pw_any(r):
    k = r.random()
    if k < 0.45:
        return pw_human(r)
    if k < 0.85:
        return pw_generated(r)
    return pw_phrase(r)


def pw_url(r):
    k = r.random()
    if k < 0.5:
        return pw_generated(r, URL_SYM)
    w1, w2 = r.sample(WORDS, 2)
    return cap(w1) + r.choice("-_.") + cap(w2) + str(r.randint(10, 9999))


def base62_int(n, width):
    out = ""
    while n:
        n, m = divmod(n, 62)
        out = B62[m] + out
    return out.rjust(width, "0")


def github_classic(r, prefix="ghp_"):
    body = rs(r, ALNUM, 30)
    return prefix + body + base62_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def github_fine(r):
    return "github_pat_" + rs(r, ALNUM, 22) + "_" + rs(r, ALNUM, 59)


def github_any(r):
    return github_fine(r) if r.random() < 0.3 else github_classic(r)


def gitlab_pat(r):
    return "glpat-" + rs(r, ALNUM + "_-", 20)


def bstack_key(r):
    return rs(r, ALNUM, 20)


def sauce_key(r):
    return uuid4(r)


def opaque_token(r):
    k = r.randint(0, 3)
    if k == 0:
        return hexs(r, 40)
    if k == 1:
        return rs(r, ALNUM, 32)
    if k == 2:
        return b64url(r, 32)
    return hexs(r, 64)


def jwt(r, iss=None):
    alg = r.choice(["HS256", "RS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        hdr["kid"] = b64url(r, 12)
    now = epoch(r)
    o = org(r)
    payload = {
        "sub": r.choice([uuid4(r), str(r.randint(1000, 999999)), "auth0|" + hexs(r, 24)]),
        "email": email(r, o),
        "iss": iss or "https://auth.%s/" % domain(r, o),
        "aud": r.choice(["web-app", "https://api.%s" % domain(r, o), "e2e-client"]),
        "iat": now, "exp": now + r.choice([3600, 86400, 604800, 2592000]),
    }
    if r.random() < 0.5:
        payload["roles"] = r.sample(ROLES, r.randint(1, 2))
    sig_len = {"HS256": 32, "RS256": 256, "ES256": 64}[alg]
    return b64url_json(hdr) + "." + b64url_json(payload) + "." + b64url(r, sig_len)


def app_token(r):
    return jwt(r) if r.random() < 0.55 else opaque_token(r)


def basic_b64(r):
    user = r.choice(["preview", "staging", "qa", "e2e", "reviewer", username(r)])
    return base64.b64encode(("%s:%s" % (user, pw_any(r))).encode()).decode()


def otp_seed(r):
    n = r.choice([10, 20, 20, 16])
    s = base64.b32encode(rbytes(r, n)).decode().rstrip("=")
    return s


def otp_seed_grouped(r):
    s = otp_seed(r).lower()
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def cookie_django(r):
    return rs(r, LOWER + DIGITS, 32)


def cookie_express(r):
    sid = b64url(r, 24)
    sig = b64(r, 32, pad=False)
    return "s%3A" + sid + "." + sig.replace("+", "%2B").replace("/", "%2F")


def cookie_rails(r):
    def enc(n):
        return b64(r, n).replace("=", "%3D").replace("+", "%2B").replace("/", "%2F")
    return enc(r.randint(60, 180)) + "--" + enc(12) + "--" + enc(16)


def cookie_laravel(r):
    obj = {"iv": b64(r, 16), "value": b64(r, r.choice([48, 64, 96])), "mac": hexs(r, 64), "tag": ""}
    raw = base64.b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode()
    return raw.replace("=", "%3D")


def cookie_aspnet(r):
    return "CfDJ8" + rs(r, ALNUM + "-_", r.randint(300, 420))


def cookie_jsession(r):
    return rs(r, "0123456789ABCDEF", 32)


def cookie_php(r):
    return rs(r, DIGITS + "abcdefghijklmnopqrstuv", 26)


COOKIE_KINDS = [
    ("sessionid", cookie_django, "django"),
    ("connect.sid", cookie_express, "express"),
    ("_%s_session", cookie_rails, "rails"),
    ("laravel_session", cookie_laravel, "laravel"),
    (".AspNetCore.Cookies", cookie_aspnet, "aspnetcore"),
    ("JSESSIONID", cookie_jsession, "tomcat"),
    ("PHPSESSID", cookie_php, "php"),
]


# -------------------------------------------------------------------- slot machinery
CODE_LANGS = ("js", "ts", "py", "java", "cs", "rb", "groovy", "sh", "k6")


class PosSlot:
    """Renders the secret in a template; records that it was used exactly once."""

    def __init__(self, secret, meta):
        self.secret = secret
        self.meta = meta
        self.calls = 0
        self.label = "pos"

    def __call__(self, lang, q='"', env="E2E_PASSWORD", kind=None):
        self.calls += 1
        return q + self.secret + q


PLACEHOLDERS = {
    "password": ["<your-password>", "YOUR_PASSWORD_HERE", "changeme", "xxxxxxxx", "<password>",
                 "REPLACE_ME", "TODO-set-in-ci", "your_password", "<PASSWORD>", "ChangeMe"],
    "token": ["<your-api-token>", "YOUR_API_TOKEN", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
              "<token>", "REPLACE_WITH_TOKEN", "your-token-here"],
    "github": ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<github-token>", "YOUR_GITHUB_TOKEN"],
    "otp": ["<base32-secret>", "XXXXXXXXXXXXXXXX", "YOUR_TOTP_SECRET", "<totp-seed>"],
    "cookie": ["<session-cookie-value>", "PASTE_SESSION_COOKIE_HERE", "<sid>"],
    "key": ["<access-key>", "YOUR_ACCESS_KEY", "xxxxxxxxxxxxxxxxxxxx", "<record-key>"],
    "basic": ["<base64 user:password>", "BASE64_CREDENTIALS", "<credentials>"],
}
MASKED = ["********", "[REDACTED]", "***", "••••••••", "<redacted>", "****************", "[MASKED]"]
DOC_EXAMPLES = {
    "otp": ["JBSWY3DPEHPK3PXP", "HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ"],
}


def env_expr(lang, env, r):
    low = env.lower()
    camel = low.split("_")[0] + "".join(cap(p) for p in low.split("_")[1:])
    if lang in ("js", "ts"):
        return r.choice(["process.env.%s" % env, "Cypress.env('%s')" % low,
                         "process.env.%s ?? ''" % env, "process.env['%s']!" % env if lang == "ts"
                         else "process.env['%s']" % env])
    if lang == "k6":
        return "__ENV.%s" % env
    if lang == "py":
        return r.choice(['os.environ["%s"]' % env, 'os.getenv("%s")' % env,
                         'os.environ.get("%s", "")' % env])
    if lang == "java":
        return r.choice(['System.getenv("%s")' % env, 'System.getProperty("%s")' % low.replace("_", "."),
                         'config.get("%s")' % low.replace("_", ".")])
    if lang == "cs":
        return r.choice(['Environment.GetEnvironmentVariable("%s")' % env,
                         'TestContext.Parameters["%s"]' % camel,
                         '_config["E2E:%s"]' % cap(camel)])
    if lang == "rb":
        return r.choice(['ENV.fetch("%s")' % env, "ENV['%s']" % env,
                         "Rails.application.credentials.dig(:e2e, :%s)" % low])
    if lang == "groovy":
        return r.choice(["GlobalVariable.%s" % camel, 'System.getenv("%s")' % env])
    if lang == "sh":
        return r.choice(['"$%s"' % env, '"${%s}"' % env, '"${%s:?missing}"' % env])
    return None


def in_string_ref(lang, env, r):
    """A reference written inside a string / data value (not an expression)."""
    low = env.lower()
    opts = ["${%s}" % env, "op://qa-vault/%s/password" % low.replace("_", "-"),
            "vault:secret/data/e2e#%s" % low, "{{ %s }}" % low]
    if lang == "robot":
        opts += ["%%{%s}" % env, "${%s}" % env]
    if lang in ("yaml", "ci"):
        opts += ["${{ secrets.%s }}" % env, "$%s" % env]
    if lang == "feature":
        opts = ["<password>", "<%s>" % low, "${%s}" % env]
    if lang == "props":
        opts += ["${env:%s}" % env, "${%s}" % env]
    if lang == "url":
        opts = ["${%s}" % env, "$%s" % env, "%%%s%%" % env]
    return r.choice(opts)


class NegSlot:
    """Fills the secret slot with something that is not a secret."""

    def __init__(self, r, kind, meta):
        self.r = r
        self.kind = kind
        self.meta = meta
        self.calls = 0
        self.label = None

    def __call__(self, lang, q='"', env="E2E_PASSWORD", kind=None):
        self.calls += 1
        kind = kind or self.kind
        r = self.r
        choices = ["placeholder", "masked", "empty", "ref"]
        w = [4, 2, 1, 4]
        if lang in CODE_LANGS and q:
            choices.append("expr")
            w.append(6)
        if kind in DOC_EXAMPLES:
            choices.append("doc-example")
            w.append(3)
        c = r.choices(choices, weights=w)[0]
        if lang == "url" and c in ("masked", "empty"):
            c = "placeholder"
        self.label = {"ref": "template-or-vault-ref", "expr": "env-reference",
                      "doc-example": "documented-example"}.get(c, c)
        if c == "expr":
            return env_expr(lang, env, r)
        if c == "placeholder":
            v = r.choice(PLACEHOLDERS.get(kind, PLACEHOLDERS["password"]))
            if lang == "url":
                v = r.choice(["PASSWORD", "changeme", "xxxx", "password"])
        elif c == "masked":
            v = r.choice(MASKED)
        elif c == "empty":
            v = ""
        elif c == "doc-example":
            v = r.choice(DOC_EXAMPLES[kind])
        else:
            v = in_string_ref(lang, env, r)
        if lang == "robot" and v == "":
            v = "${EMPTY}"
        return q + v + q


# ------------------------------------------------------------------------- registry
POS = []   # (fn, kind, provider, gen, slotkind)
NEG = []   # (fn, kind, provider)


def G(fn):
    return lambda r: (fn(r), {})


def gen_cookie(r):
    name, fn, fw = r.choice(COOKIE_KINDS)
    if "%s" in name:
        name = name % r.choice(["shop", "portal", "app", "admin", "storefront", org(r)])
    return fn(r), {"cookie": name, "fw": fw}


def pos(kind, provider, gen, slotkind="password"):
    def deco(f):
        POS.append((f, kind, provider, gen, slotkind))
        return f
    return deco


def neg(kind, provider):
    def deco(f):
        NEG.append((f, kind, provider))
        return f
    return deco


def jq(r):
    return r.choice(["'", '"'])


# =========================================================== POSITIVE TEMPLATES
# ---------------------------------------------------------------- Cypress
@pos("test-account-password", "cypress", G(pw_any))
def p_cy_envjson(r, S):
    o = org(r)
    h = host(r, o)
    return "cypress.env.json", T('''{
  "apiUrl": "https://api.@@h@@/v2",
  "username": "@@user@@",
  "password": @@pw@@,
  "tenant": "@@o@@-eu",
  "featureFlags": {
    "newCheckout": true,
    "darkMode": false
  },
  "retryOnNetworkFailure": true
}
''', h=h, user=email(r, o, "admin"), pw=S("json", '"', "CYPRESS_PASSWORD"), o=o)


@pos("test-account-password", "cypress", G(pw_any))
def p_cy_config_env(r, S):
    o = org(r)
    q = jq(r)
    ext = r.choice(["ts", "js"])
    head = "import { defineConfig } from 'cypress'\n\nexport default defineConfig({" if ext == "ts" else \
        "const { defineConfig } = require('cypress')\n\nmodule.exports = defineConfig({"
    return "cypress.config." + ext, T(head + '''
  projectId: '@@pid@@',
  viewportWidth: 1440,
  viewportHeight: 900,
  defaultCommandTimeout: 10000,
  e2e: {
    baseUrl: 'https://@@h@@',
    specPattern: 'cypress/e2e/**/*.cy.{js,ts}',
    setupNodeEvents(on, config) {
      return config
    },
  },
  env: {
    E2E_USER: @@q@@@@user@@@@q@@,
    E2E_PASSWORD: @@pw@@,
    grepFilterSpecs: true,
  },
})
''', pid=rs(r, LOWER + DIGITS, 6), h=host(r, o), q=q, user=email(r, o), pw=S(ext, q, "E2E_PASSWORD"))


@pos("test-account-password", "cypress", G(pw_any))
def p_cy_login_spec(r, S):
    o = org(r)
    q = jq(r)
    page = r.choice(["dashboard", "orders", "invoices", "settings", "reports"])
    return pick_path(r, "cypress/e2e/%s.cy.js" % page, "cypress/e2e/smoke/%s.cy.ts" % page), T('''describe('@@page@@', () => {
  beforeEach(() => {
    cy.login(@@q@@@@user@@@@q@@, @@pw@@)
    cy.visit('/@@page@@')
  })

  it('renders the @@page@@ table', () => {
    cy.get('[data-cy=@@page@@-table]').should('be.visible')
    cy.get('[data-cy=row]').should('have.length.greaterThan', 0)
  })

  it('filters by status', () => {
    cy.get('[data-cy=status-filter]').select('Open')
    cy.url().should('include', 'status=open')
  })
})
''', page=page, q=q, user=email(r, o), pw=S("js", q, "E2E_PASSWORD"))


@pos("test-account-password", "cypress", G(pw_any))
def p_cy_commands(r, S):
    o = org(r)
    q = jq(r)
    return pick_path(r, "cypress/support/commands.js", "cypress/support/commands.ts", "e2e/support/auth.js"), T('''// Custom commands for the admin area.
// https://on.cypress.io/custom-commands

Cypress.Commands.add('loginAsAdmin', () => {
  cy.session('admin', () => {
    cy.visit('/login')
    cy.get('input[name=email]').type('@@user@@')
    cy.get('input[name=password]').type(@@pw@@, { log: false })
    cy.get('button[type=submit]').click()
    cy.location('pathname').should('eq', '/admin')
  })
})

Cypress.Commands.add('dataCy', (value) => cy.get(`[data-cy=${value}]`))
''', user=email(r, o, "admin"), pw=S("js", q, "ADMIN_PASSWORD"))


@pos("api-token", "cypress", G(app_token), "token")
def p_cy_api_token(r, S):
    o = org(r)
    q = jq(r)
    res = r.choice(["orders", "customers", "shipments", "projects"])
    return "cypress/e2e/api/%s.cy.ts" % res, T('''const apiToken = @@tok@@

describe('API /@@res@@', () => {
  it('lists @@res@@', () => {
    cy.request({
      method: 'GET',
      url: 'https://api.@@h@@/v1/@@res@@?limit=20',
      headers: { Authorization: `Bearer ${apiToken}` },
    }).then((resp) => {
      expect(resp.status).to.eq(200)
      expect(resp.body.items).to.be.an('array')
    })
  })
})
''', tok=S("ts", q, "API_TOKEN", "token"), res=res, h=host(r, o))


@pos("test-account-password", "cypress", G(pw_any))
def p_cy_fixture_users(r, S):
    o = org(r)
    return pick_path(r, "cypress/fixtures/users.json", "cypress/fixtures/admin.json"), T('''{
  "admin": {
    "email": "@@user@@",
    "password": @@pw@@,
    "displayName": "@@dn@@",
    "roles": ["admin", "billing"],
    "locale": "en-GB"
  },
  "invitedUser": {
    "email": "@@inv@@",
    "displayName": "Invited Person",
    "roles": ["viewer"]
  }
}
''', user=email(r, o, "admin"), pw=S("json", '"', "ADMIN_PASSWORD"), dn=" ".join(cap(x) for x in person(r)),
        inv=email(r, o, "viewer"))


@pos("session-cookie", "cypress", gen_cookie, "cookie")
def p_cy_setcookie(r, S):
    o = org(r)
    return pick_path(r, "cypress/support/session.js", "cypress/e2e/checkout/checkout.cy.js"), T('''// Reuse the session captured from the staging login to skip the SSO redirect.
before(() => {
  cy.setCookie('@@name@@', @@val@@, {
    domain: '@@h@@',
    httpOnly: true,
    secure: true,
  })
})

it('opens the cart', () => {
  cy.visit('/cart')
  cy.contains('h1', 'Your cart')
})
''', name=S.meta["cookie"], val=S("js", "'", "SESSION_COOKIE"), h=host(r, o))


@pos("record-key", "cypress-cloud", G(uuid4), "key")
def p_cy_record_key(r, S):
    o = org(r)
    return "package.json", T('''{
  "name": "@@o@@-e2e",
  "version": "@@v@@",
  "private": true,
  "scripts": {
    "cy:open": "cypress open",
    "cy:run": "cypress run --browser chrome",
    "cy:record": "cypress run --record --key @@key@@ --parallel",
    "lint": "eslint cypress --ext .js,.ts"
  },
  "devDependencies": {
    "cypress": "^13.6.0",
    "@cypress/grep": "^4.0.1",
    "eslint-plugin-cypress": "^2.15.1"
  }
}
''', o=o, v=ver(r, 0, 3), key=S("json", "", "CYPRESS_RECORD_KEY", "key"))


@pos("otp-seed", "cypress", G(otp_seed), "otp")
def p_cy_env_mfa(r, S):
    o = org(r)
    return pick_path(r, "cypress.env.json", "cypress/config/staging.json"), T('''{
  "baseUrl": "https://@@h@@",
  "mfaUser": "@@user@@",
  "MFA_SECRET": @@otp@@,
  "otpDigits": 6,
  "otpPeriod": 30
}
''', h=host(r, o), user=email(r, o), otp=S("json", '"', "MFA_SECRET", "otp"))


# ---------------------------------------------------------------- Playwright
@pos("basic-auth", "playwright", G(pw_any))
def p_pw_httpcreds(r, S):
    o = org(r)
    q = jq(r)
    return "playwright.config.ts", T('''import { defineConfig, devices } from '@playwright/test';

export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  retries: process.env.CI ? 2 : 0,
  reporter: [['html', { open: 'never' }], ['list']],
  use: {
    baseURL: 'https://@@h@@',
    trace: 'on-first-retry',
    httpCredentials: {
      username: @@q@@@@u@@@@q@@,
      password: @@pw@@,
    },
  },
  projects: [
    { name: 'setup', testMatch: /.*\\.setup\\.ts/ },
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, dependencies: ['setup'] },
    { name: 'webkit', use: { ...devices['Desktop Safari'] }, dependencies: ['setup'] },
  ],
});
''', h=host(r, o), q=q, u=r.choice(["preview", "staging", "qa", o]), pw=S("ts", q, "BASIC_AUTH_PASSWORD"))


@pos("test-account-password", "playwright", G(pw_any))
def p_pw_auth_setup(r, S):
    o = org(r)
    q = jq(r)
    return pick_path(r, "tests/auth.setup.ts", "e2e/auth.setup.ts", "playwright/auth.setup.ts"), T('''import { test as setup, expect } from '@playwright/test';

const authFile = 'playwright/.auth/user.json';

setup('authenticate', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill(@@q@@@@user@@@@q@@);
  await page.fill('#password', @@pw@@);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/home');
  await expect(page.getByRole('navigation')).toBeVisible();
  await page.context().storageState({ path: authFile });
});
''', q=q, user=email(r, o), pw=S("ts", q, "E2E_PASSWORD"))


def storage_state(r, h, cookies, origins=None):
    return json.dumps({"cookies": cookies, "origins": origins or []}, indent=2) + "\n"


def aux_cookies(r, h):
    out = [{"name": "cookie_consent", "value": r.choice(["all", "necessary", "analytics"]), "domain": h,
            "path": "/", "expires": epoch(r), "httpOnly": False, "secure": True, "sameSite": "Lax"}]
    if r.random() < 0.6:
        out.append({"name": "_ga", "value": "GA1.1.%d.%d" % (r.randint(10 ** 8, 10 ** 9), epoch(r)),
                    "domain": "." + h.split(".", 1)[1], "path": "/", "expires": epoch(r),
                    "httpOnly": False, "secure": False, "sameSite": "Lax"})
    if r.random() < 0.5:
        out.append({"name": "locale", "value": r.choice(["en-GB", "de-DE", "fr-FR", "en-US"]), "domain": h,
                    "path": "/", "expires": -1, "httpOnly": False, "secure": True, "sameSite": "Lax"})
    return out


MARK = "__SLOT_MARK_7f3a__"


@pos("session-cookie", "playwright", gen_cookie, "cookie")
def p_pw_storage_cookie(r, S):
    o = org(r)
    h = host(r, o)
    cookies = aux_cookies(r, h)
    sess = {"name": S.meta["cookie"], "value": MARK, "domain": h, "path": "/", "expires": epoch(r),
            "httpOnly": True, "secure": True, "sameSite": r.choice(["Lax", "Strict", "None"])}
    cookies.insert(r.randint(0, len(cookies)), sess)
    txt = storage_state(r, h, cookies)
    txt = txt.replace('"' + MARK + '"', S("json", '"', "SESSION_COOKIE"))
    return pick_path(r, "playwright/.auth/user.json", "tests/.auth/admin.json", "e2e/storage/%s.json" % r.choice(ROLES)), txt


@pos("api-token", "playwright", G(jwt), "token")
def p_pw_storage_jwt(r, S):
    o = org(r)
    h = host(r, o)
    origins = [{"origin": "https://" + h, "localStorage": [
        {"name": "theme", "value": r.choice(["dark", "light"])},
        {"name": "auth.accessToken", "value": MARK},
        {"name": "lastVisitedProject", "value": str(r.randint(100, 9999))},
    ]}]
    txt = storage_state(r, h, aux_cookies(r, h), origins)
    txt = txt.replace('"' + MARK + '"', S("json", '"', "ACCESS_TOKEN", "token"))
    return pick_path(r, "playwright/.auth/user.json", "storage-state/%s.json" % r.choice(ROLES)), txt


@pos("test-account-password", "playwright", G(pw_any))
def p_pw_python(r, S):
    o = org(r)
    return pick_path(r, "tests/e2e/test_login.py", "tests/ui/test_checkout.py"), T('''import re

from playwright.sync_api import Page, expect

BASE_URL = "https://@@h@@"


def test_user_can_sign_in(page: Page) -> None:
    page.goto(f"{BASE_URL}/login")
    page.get_by_label("Email").fill("@@user@@")
    page.get_by_label("Password").fill(@@pw@@)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r".*/dashboard"))
    expect(page.get_by_test_id("welcome-banner")).to_be_visible()
''', h=host(r, o), user=email(r, o), pw=S("py", '"', "E2E_PASSWORD"))


@pos("test-account-password", "playwright", G(pw_any))
def p_pw_csharp(r, S):
    o = org(r)
    return pick_path(r, "tests/E2E/LoginTests.cs", "src/Acme.UiTests/Auth/SignInTests.cs"), T('''using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Microsoft.Playwright.NUnit;
using NUnit.Framework;

namespace @@ns@@.UiTests;

[Parallelizable(ParallelScope.Self)]
public class LoginTests : PageTest
{
    [Test]
    public async Task SupervisorCanSignIn()
    {
        await Page.GotoAsync("https://@@h@@/account/login");
        await Page.GetByLabel("Email").FillAsync("@@user@@");
        await Page.GetByLabel("Password").FillAsync(@@pw@@);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(".*/overview"));
    }
}
''', ns=cap(o), h=host(r, o), user=email(r, o, "manager"), pw=S("cs", '"', "SUPERVISOR_PASSWORD"))


@pos("test-account-password", "playwright", G(pw_any))
def p_pw_java(r, S):
    o = org(r)
    return "src/test/java/com/%s/e2e/LoginIT.java" % o, T('''package com.@@o@@.e2e;

import com.microsoft.playwright.*;
import org.junit.jupiter.api.*;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class LoginIT {
    static Playwright playwright;
    static Browser browser;

    @BeforeAll
    static void launch() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch();
    }

    @Test
    void agentCanLogIn() {
        Page page = browser.newPage();
        page.navigate("https://@@h@@/login");
        page.locator("#username").fill("@@u@@");
        page.locator("#password").fill(@@pw@@);
        page.locator("button[type=submit]").click();
        assertThat(page.locator(".user-menu")).isVisible();
    }

    @AfterAll
    static void close() {
        playwright.close();
    }
}
''', o=o, h=host(r, o), u=username(r), pw=S("java", '"', "AGENT_PASSWORD"))


@pos("api-token", "github", G(github_any), "github")
def p_pw_api_github(r, S):
    o = org(r)
    q = jq(r)
    return pick_path(r, "tests/api/github-status.spec.ts", "e2e/api/releases.spec.ts"), T('''import { test, expect, request } from '@playwright/test';

const REPO = '@@o@@/@@repo@@';
const GH_TOKEN = @@tok@@;

test.describe('release checks', () => {
  test('latest release has assets', async () => {
    const api = await request.newContext({
      baseURL: 'https://api.github.com',
      extraHTTPHeaders: {
        Accept: 'application/vnd.github+json',
        Authorization: `token ${GH_TOKEN}`,
      },
    });
    const res = await api.get(`/repos/${REPO}/releases/latest`);
    expect(res.ok()).toBeTruthy();
    const body = await res.json();
    expect(body.assets.length).toBeGreaterThan(0);
  });
});
''', o=o, repo=r.choice(["web", "storefront", "mobile-app", "platform"]), tok=S("ts", q, "GITHUB_TOKEN", "github"))


@pos("test-account-password", "playwright", G(pw_any))
def p_pw_global_setup(r, S):
    o = org(r)
    q = jq(r)
    return pick_path(r, "tests/global-setup.ts", "e2e/global.setup.ts"), T('''import { request, FullConfig } from '@playwright/test';

async function globalSetup(config: FullConfig) {
  const { baseURL } = config.projects[0].use;
  const ctx = await request.newContext({ baseURL });
  const res = await ctx.post('/api/auth/login', {
    data: { email: @@q@@@@user@@@@q@@, password: @@pw@@ },
  });
  if (!res.ok()) throw new Error(`login failed: ${res.status()}`);
  await ctx.storageState({ path: 'storage/state.json' });
  await ctx.dispose();
}

export default globalSetup;
''', q=q, user=email(r, o), pw=S("ts", q, "E2E_PASSWORD"))


@pos("basic-auth", "playwright", G(basic_b64), "basic")
def p_pw_extra_headers(r, S):
    o = org(r)
    return pick_path(r, "playwright.staging.config.ts", "config/playwright.preview.ts"), T('''import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The preview environment sits behind nginx basic auth.
export default defineConfig({
  ...base,
  use: {
    ...base.use,
    baseURL: 'https://@@h@@',
    extraHTTPHeaders: {
      Authorization: 'Basic @@b@@',
    },
  },
});
''', h=host(r, o), b=S("ts", "", "BASIC_AUTH_B64", "basic"))


# ---------------------------------------------------------------- Selenium
@pos("test-account-password", "selenium", G(pw_any))
def p_sel_java(r, S):
    o = org(r)
    return "src/test/java/com/%s/ui/LoginTest.java" % o, T('''package com.@@o@@.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.testng.Assert;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

public class LoginTest {
    private WebDriver driver;

    @BeforeMethod
    public void setUp() {
        driver = new ChromeDriver();
        driver.get("https://@@h@@/signin");
    }

    @Test
    public void validLogin() {
        driver.findElement(By.id("username")).sendKeys("@@u@@");
        driver.findElement(By.id("password")).sendKeys(@@pw@@);
        driver.findElement(By.cssSelector("button.login")).click();
        Assert.assertTrue(driver.getCurrentUrl().contains("/home"));
    }

    @AfterMethod
    public void tearDown() {
        driver.quit();
    }
}
''', o=o, h=host(r, o), u=username(r), pw=S("java", '"', "QA_PASSWORD"))


@pos("test-account-password", "selenium", G(pw_any))
def p_sel_python(r, S):
    o = org(r)
    return pick_path(r, "tests/ui/test_login.py", "ui_tests/test_smoke.py"), T('''import pytest
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait


@pytest.fixture
def driver():
    d = webdriver.Chrome()
    yield d
    d.quit()


def test_login(driver):
    driver.get("https://@@h@@/login")
    driver.find_element(By.NAME, "email").send_keys("@@user@@")
    driver.find_element(By.NAME, "password").send_keys(@@pw@@)
    driver.find_element(By.CSS_SELECTOR, "button[type='submit']").click()
    WebDriverWait(driver, 10).until(EC.url_contains("/dashboard"))
''', h=host(r, o), user=email(r, o), pw=S("py", r.choice(['"', "'"]), "QA_PASSWORD"))


@pos("test-account-password", "selenium", G(pw_any))
def p_sel_csharp(r, S):
    o = org(r)
    return "tests/%s.Ui.Tests/LoginPageTests.cs" % cap(o), T('''using NUnit.Framework;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace @@O@@.Ui.Tests
{
    public class LoginPageTests
    {
        private IWebDriver _driver;

        [SetUp]
        public void Setup()
        {
            _driver = new ChromeDriver();
            _driver.Navigate().GoToUrl("https://@@h@@/Account/Login");
        }

        [Test]
        public void ClerkCanLogIn()
        {
            _driver.FindElement(By.Id("Email")).SendKeys("@@user@@");
            _driver.FindElement(By.Id("Password")).SendKeys(@@pw@@);
            _driver.FindElement(By.CssSelector("form button")).Click();
            Assert.That(_driver.Title, Does.Contain("Dashboard"));
        }

        [TearDown]
        public void TearDown() => _driver.Quit();
    }
}
''', O=cap(o), h=host(r, o), user=email(r, o), pw=S("cs", '"', "CLERK_PASSWORD"))


@pos("test-account-password", "selenium", G(pw_any))
def p_sel_properties(r, S):
    o = org(r)
    return pick_path(r, "src/test/resources/config.properties", "src/test/resources/env/staging.properties"), T('''# UI test configuration - staging
base.url=https://@@h@@
browser=chrome
headless=true
implicit.wait.seconds=5
page.load.timeout.seconds=30
qa.username=@@u@@
qa.password=@@pw@@
screenshots.dir=target/screenshots
''', h=host(r, o), u=username(r), pw=S("props", "", "QA_PASSWORD"))


@pos("basic-auth", "selenium", G(pw_any))
def p_sel_conftest(r, S):
    o = org(r)
    return pick_path(r, "tests/conftest.py", "ui/conftest.py"), T('''import pytest
from selenium import webdriver

STAGING_HOST = "@@h@@"
STAGING_USER = "@@u@@"
STAGING_PASSWORD = @@pw@@


@pytest.fixture(scope="session")
def base_url():
    return f"https://{STAGING_HOST}"


@pytest.fixture
def browser(base_url):
    options = webdriver.ChromeOptions()
    options.add_argument("--headless=new")
    drv = webdriver.Chrome(options=options)
    drv.get(f"https://{STAGING_USER}:{STAGING_PASSWORD}@{STAGING_HOST}/")
    yield drv
    drv.quit()
''', h=host(r, o), u=r.choice(["preview", "staging", "qa"]), pw=S("py", '"', "STAGING_PASSWORD"))


@pos("test-account-password", "capybara", G(pw_any))
def p_capybara(r, S):
    o = org(r)
    return pick_path(r, "spec/features/sign_in_spec.rb", "spec/system/checkout_spec.rb"), T('''require "rails_helper"

RSpec.describe "Signing in", type: :system do
  before { driven_by(:selenium_chrome_headless) }

  it "lets a merchant reach the dashboard" do
    visit "https://@@h@@/users/sign_in"
    fill_in "Email", with: "@@user@@"
    fill_in "Password", with: @@pw@@
    click_button "Log in"
    expect(page).to have_content("Signed in successfully")
  end
end
''', h=host(r, o), user=email(r, o), pw=S("rb", '"', "MERCHANT_PASSWORD"))


@pos("test-account-password", "watir", G(pw_any))
def p_watir(r, S):
    o = org(r)
    return pick_path(r, "features/support/pages/login_page.rb", "lib/pages/login.rb"), T('''require "watir"

class LoginPage
  URL = "https://@@h@@/login".freeze

  def initialize(browser)
    @browser = browser
  end

  def open
    @browser.goto URL
    self
  end

  def sign_in_as_support
    @browser.text_field(id: "user").set "@@u@@"
    @browser.text_field(id: "password").set @@pw@@
    @browser.button(text: "Sign in").click
  end
end
''', h=host(r, o), u=username(r), pw=S("rb", r.choice(['"', "'"]), "SUPPORT_PASSWORD"))


@pos("access-key", "saucelabs", G(sauce_key), "key")
def p_sel_sauce(r, S):
    o = org(r)
    return "src/test/java/com/%s/grid/SauceDriverFactory.java" % o, T('''package com.@@o@@.grid;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.RemoteWebDriver;

public final class SauceDriverFactory {
    private static final String SAUCE_USER = "@@u@@";

    public static WebDriver create(String testName) throws Exception {
        ChromeOptions browserOptions = new ChromeOptions();
        browserOptions.setPlatformName("Windows 11");
        browserOptions.setBrowserVersion("latest");
        Map<String, Object> sauceOptions = new HashMap<>();
        sauceOptions.put("username", SAUCE_USER);
        sauceOptions.put("accessKey", @@key@@);
        sauceOptions.put("name", testName);
        sauceOptions.put("build", "nightly-ui");
        browserOptions.setCapability("sauce:options", sauceOptions);
        return new RemoteWebDriver(new URL("https://ondemand.eu-central-1.saucelabs.com/wd/hub"), browserOptions);
    }
}
''', o=o, u="%s-qa" % o, key=S("java", '"', "SAUCE_ACCESS_KEY", "key"))


# ---------------------------------------------------------------- WebdriverIO
@pos("test-account-password", "webdriverio", G(pw_any))
def p_wdio_spec(r, S):
    o = org(r)
    q = jq(r)
    return pick_path(r, "test/specs/login.e2e.js", "test/specs/account.e2e.ts"), T('''import { expect, browser, $ } from '@wdio/globals'

describe('account area', () => {
  it('signs in with the QA account', async () => {
    await browser.url('/login')
    await $('#email').setValue(@@q@@@@user@@@@q@@)
    await $('#password').setValue(@@pw@@)
    await $('button[type="submit"]').click()
    await expect($('.account-header')).toBeDisplayed()
  })
})
''', q=q, user=email(r, o), pw=S("js", q, "WDIO_PASSWORD"))


@pos("access-key", "browserstack", G(bstack_key), "key")
def p_wdio_bstack(r, S):
    o = org(r)
    q = jq(r)
    return pick_path(r, "wdio.browserstack.conf.js", "config/wdio.bs.conf.ts"), T('''exports.config = {
  user: @@q@@@@u@@@@q@@,
  key: @@key@@,
  hostname: 'hub.browserstack.com',
  services: [['browserstack', { browserstackLocal: true }]],
  specs: ['./test/specs/**/*.js'],
  maxInstances: 5,
  capabilities: [{
    browserName: 'chrome',
    'bstack:options': { os: 'Windows', osVersion: '11', buildName: '@@o@@-web-nightly' },
  }],
  framework: 'mocha',
  mochaOpts: { timeout: 60000 },
}
''', q=q, u="%s%s_%s" % (r.choice(FIRST), r.choice(LAST)[:3], rs(r, ALNUM, 6)), key=S("js", q, "BROWSERSTACK_ACCESS_KEY", "key"), o=o)


# ---------------------------------------------------------------- TestCafe
@pos("test-account-password", "testcafe", G(pw_any))
def p_testcafe(r, S):
    o = org(r)
    q = jq(r)
    return pick_path(r, "tests/login.test.js", "testcafe/smoke.js"), T('''import { Selector } from 'testcafe';

fixture('Login')
  .page('https://@@h@@/login');

test('operator signs in', async t => {
  await t
    .typeText('#email', @@q@@@@user@@@@q@@)
    .typeText('#password', @@pw@@, { replace: true })
    .click(Selector('button').withText('Sign in'))
    .expect(Selector('.navbar .user').innerText).contains('Operator');
});
''', h=host(r, o), q=q, user=email(r, o), pw=S("js", q, "OPERATOR_PASSWORD"))


@pos("test-account-password", "testcafe", G(pw_any))
def p_testcafe_role(r, S):
    o = org(r)
    q = jq(r)
    return pick_path(r, "tests/roles.js", "testcafe/helpers/roles.ts"), T('''import { Role, Selector } from 'testcafe';

const emailInput = Selector('input[name="email"]');
const passwordInput = Selector('input[name="password"]');
const submit = Selector('[data-test="login-submit"]');

export const adminRole = Role('https://@@h@@/login', async t => {
  await t
    .typeText(emailInput, @@q@@@@user@@@@q@@)
    .typeText(passwordInput, @@pw@@)
    .click(submit);
}, { preserveUrl: true });

export const guest = Role.anonymous();
''', h=host(r, o), q=q, user=email(r, o, "admin"), pw=S("js", q, "ADMIN_PASSWORD"))


# ---------------------------------------------------------------- Puppeteer
@pos("test-account-password", "puppeteer", G(pw_any))
def p_puppeteer(r, S):
    o = org(r)
    q = jq(r)
    return pick_path(r, "scripts/smoke-login.js", "e2e/puppeteer/login.test.js"), T('''const puppeteer = require('puppeteer');

(async () => {
  const browser = await puppeteer.launch({ headless: 'new' });
  const page = await browser.newPage();
  await page.goto('https://@@h@@/login', { waitUntil: 'networkidle2' });
  await page.type('input[name=email]', @@q@@@@user@@@@q@@);
  await page.type('input[name=password]', @@pw@@, { delay: 20 });
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  console.log('landed on', page.url());
  await browser.close();
})();
''', h=host(r, o), q=q, user=email(r, o), pw=S("js", q, "SMOKE_PASSWORD"))


@pos("basic-auth", "puppeteer", G(pw_any))
def p_puppeteer_auth(r, S):
    o = org(r)
    q = jq(r)
    return pick_path(r, "scripts/visual-snapshots.js", "tools/screens/capture.js"), T('''const puppeteer = require('puppeteer');
const pages = ['/', '/pricing', '/docs', '/blog'];

async function capture() {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.authenticate({ username: @@q@@@@u@@@@q@@, password: @@pw@@ });
  for (const p of pages) {
    await page.goto(`https://@@h@@${p}`);
    await page.screenshot({ path: `screens${p === '/' ? '/home' : p}.png`, fullPage: true });
  }
  await browser.close();
}

capture();
''', q=q, u=r.choice(["preview", "staging", "review"]), pw=S("js", q, "PREVIEW_PASSWORD"), h=host(r, o))


@pos("session-cookie", "puppeteer", gen_cookie, "cookie")
def p_puppeteer_cookie(r, S):
    o = org(r)
    return pick_path(r, "scripts/pdf-export-check.js", "e2e/puppeteer/export.test.js"), T('''const puppeteer = require('puppeteer');

const HOST = '@@h@@';

(async () => {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  await page.setCookie({
    name: '@@name@@',
    value: @@val@@,
    domain: HOST,
    path: '/',
    httpOnly: true,
    secure: true,
  });
  await page.goto(`https://${HOST}/reports/quarterly`);
  await page.pdf({ path: 'out/quarterly.pdf', format: 'A4' });
  await browser.close();
})();
''', h=host(r, o), name=S.meta["cookie"], val=S("js", "'", "SESSION_COOKIE", "cookie"))


# ---------------------------------------------------------------- Robot Framework
@pos("test-account-password", "robotframework", G(pw_any))
def p_robot_vars(r, S):
    o = org(r)
    return pick_path(r, "tests/login.robot", "robot/suites/01_login.robot", "atest/authentication.robot"), T('''*** Settings ***
Documentation     Login smoke tests against staging.
Library           SeleniumLibrary
Suite Setup       Open Browser    ${LOGIN URL}    ${BROWSER}
Suite Teardown    Close All Browsers

*** Variables ***
${LOGIN URL}      https://@@h@@/login
${BROWSER}        headlesschrome
${USERNAME}       @@u@@
${PASSWORD}       @@pw@@

*** Test Cases ***
Valid Login
    Input Text        id=username    ${USERNAME}
    Input Password    id=password    ${PASSWORD}
    Click Button      id=login
    Wait Until Page Contains    Welcome

*** Keywords ***
Logout
    Click Link    Log out
''', h=host(r, o), u=username(r), pw=S("robot", "", "ROBOT_PASSWORD"))


@pos("test-account-password", "robotframework", G(pw_any))
def p_robot_inline(r, S):
    o = org(r)
    return pick_path(r, "resources/common.resource", "robot/resources/auth_keywords.robot"), T('''*** Settings ***
Library    SeleniumLibrary

*** Keywords ***
Log In As Warehouse Operator
    Go To    https://@@h@@/wms/login
    Input Text        id=user    @@u@@
    Input Password    id=pw    @@pw@@
    Click Element     css=button.primary
    Wait Until Element Is Visible    css=.picklist

Open Picklist
    [Arguments]    ${number}
    Click Link    ${number}
''', h=host(r, o), u=username(r), pw=S("robot", "", "OPERATOR_PASSWORD"))


@pos("test-account-password", "robotframework", G(pw_any))
def p_robot_browser(r, S):
    o = org(r)
    return pick_path(r, "tests/browser/checkout.robot", "robot/web/checkout.robot"), T('''*** Settings ***
Library    Browser

*** Test Cases ***
Customer Can Check Out
    New Browser    chromium    headless=True
    New Page    https://@@h@@/shop
    Fill Text    css=#login-email    @@user@@
    Fill Text    css=#login-password    @@pw@@
    Click    text=Sign in
    Click    [data-test=add-to-cart] >> nth=0
    Click    text=Checkout
    Get Text    h1    ==    Order summary
''', h=host(r, o), user=email(r, o, "customer"), pw=S("robot", "", "CUSTOMER_PASSWORD"))


@pos("test-account-password", "robotframework", G(pw_any))
def p_robot_pyvars(r, S):
    o = org(r)
    return pick_path(r, "resources/variables.py", "robot/variables/staging.py"), T('''"""Variables for the staging run: robot --variablefile resources/variables.py"""

BROWSER = "chrome"
BASE_URL = "https://@@h@@"
TIMEOUT = "15s"
ADMIN_USER = "@@u@@"
ADMIN_PASSWORD = @@pw@@
LANGUAGES = ["en", "de", "fi"]
''', h=host(r, o), u=username(r), pw=S("py", '"', "ADMIN_PASSWORD"))


@pos("api-token", "robotframework", G(app_token), "token")
def p_robot_requests(r, S):
    o = org(r)
    return pick_path(r, "tests/api/orders_api.robot", "robot/api/customers.robot"), T('''*** Settings ***
Library    RequestsLibrary
Library    Collections

*** Variables ***
${API}    https://api.@@h@@

*** Test Cases ***
List Open Orders
    &{headers}=    Create Dictionary    Authorization=Bearer @@tok@@    Accept=application/json
    Create Session    api    ${API}    headers=${headers}
    ${resp}=    GET On Session    api    /v1/orders    params=status=open
    Status Should Be    200    ${resp}
    Dictionary Should Contain Key    ${resp.json()}    items
''', h=host(r, o), tok=S("robot", "", "API_TOKEN", "token"))


@pos("otp-seed", "robotframework", G(otp_seed), "otp")
def p_robot_otp(r, S):
    o = org(r)
    return pick_path(r, "tests/mfa_login.robot", "robot/suites/mfa.robot"), T('''*** Settings ***
Library    SeleniumLibrary
Library    OTPLibrary

*** Variables ***
${MFA USER}      @@user@@
${OTP SECRET}    @@otp@@

*** Test Cases ***
Login With Second Factor
    Open Browser    https://@@h@@/login    chrome
    Input Text    id=email    ${MFA USER}
    Click Button    Continue
    ${otp}=    Get OTP    ${OTP SECRET}
    Input Text    id=otp    ${otp}
    Click Button    Verify
    Page Should Contain    Dashboard
''', user=email(r, o), otp=S("robot", "", "OTP_SECRET", "otp"), h=host(r, o))


# ---------------------------------------------------------------- Cucumber / Gherkin
@pos("test-account-password", "cucumber", G(pw_any))
def p_feature_login(r, S):
    o = org(r)
    return pick_path(r, "features/login.feature", "src/test/resources/features/auth/login.feature"), T('''Feature: Sign in
  As a returning customer
  I want to sign in
  So that I can see my orders

  Background:
    Given I am on the "@@h@@" sign-in page

  Scenario: Successful sign in
    When I log in as "@@user@@" with password @@pw@@
    Then I should see the "My orders" heading
    And the basket badge shows "0"

  Scenario: Sign out
    Given I am signed in
    When I click "Sign out"
    Then I should be on the home page
''', h=host(r, o), user=email(r, o), pw=S("feature", '"', "CUSTOMER_PASSWORD")) 


@pos("test-account-password", "cucumber", G(pw_any))
def p_feature_table(r, S):
    o = org(r)
    return pick_path(r, "features/admin/users.feature", "e2e/features/permissions.feature"), T('''@admin @regression
Feature: User administration

  Scenario: Admin deactivates a user
    Given the following account exists:
      | email        | password | role  |
      | @@user@@ | @@pw@@ | admin |
    And I am logged in with that account
    When I open the user "@@other@@"
    And I press "Deactivate"
    Then the user status should be "Inactive"
''', user=email(r, o, "admin"), pw=S("feature", "", "ADMIN_PASSWORD"), other=email(r, o, "viewer"))


@pos("test-account-password", "cucumber", G(pw_any))
def p_cuke_java_steps(r, S):
    o = org(r)
    return "src/test/java/com/%s/steps/LoginSteps.java" % o, T('''package com.@@o@@.steps;

import com.@@o@@.pages.LoginPage;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;

import static org.assertj.core.api.Assertions.assertThat;

public class LoginSteps {
    private final LoginPage loginPage;

    public LoginSteps(LoginPage loginPage) {
        this.loginPage = loginPage;
    }

    @Given("I am logged in as a dispatcher")
    public void iAmLoggedInAsDispatcher() {
        loginPage.open();
        loginPage.login("@@u@@", @@pw@@);
    }

    @Then("I see the dispatch board")
    public void iSeeTheDispatchBoard() {
        assertThat(loginPage.currentPath()).isEqualTo("/dispatch");
    }
}
''', o=o, u=username(r), pw=S("java", '"', "DISPATCHER_PASSWORD"))


@pos("test-account-password", "behave", G(pw_any))
def p_behave_steps(r, S):
    o = org(r)
    return pick_path(r, "features/steps/login_steps.py", "tests/bdd/steps/auth.py"), T('''from behave import given, then, when
from selenium.webdriver.common.by import By


@given("I am signed in as the finance user")
def step_signed_in(context):
    context.browser.get(context.base_url + "/login")
    context.browser.find_element(By.ID, "email").send_keys("@@user@@")
    context.browser.find_element(By.ID, "password").send_keys(@@pw@@)
    context.browser.find_element(By.ID, "submit").click()


@when('I open the "{name}" report')
def step_open_report(context, name):
    context.browser.find_element(By.LINK_TEXT, name).click()


@then("the report is shown")
def step_report_shown(context):
    assert "report" in context.browser.current_url
''', user=email(r, o, "billing"), pw=S("py", '"', "FINANCE_PASSWORD"))


@pos("test-account-password", "pytest-bdd", G(pw_any))
def p_pytest_bdd(r, S):
    o = org(r)
    return pick_path(r, "tests/functional/test_cart.py", "tests/bdd/test_account.py"), T('''from pytest_bdd import given, parsers, scenarios, then

scenarios("../features/cart.feature")

SHOPPER = {"email": "@@user@@", "password": @@pw@@}


@given("a signed-in shopper", target_fixture="session")
def signed_in(page, base_url):
    page.goto(f"{base_url}/login")
    page.fill("#email", SHOPPER["email"])
    page.fill("#password", SHOPPER["password"])
    page.click("text=Sign in")
    return page


@then(parsers.parse("the cart shows {count:d} items"))
def cart_count(session, count):
    assert session.inner_text("#cart-count") == str(count)
''', user=email(r, o, "customer"), pw=S("py", '"', "SHOPPER_PASSWORD"))


@pos("test-account-password", "cucumber-js", G(pw_any))
def p_cucumber_js(r, S):
    o = org(r)
    q = jq(r)
    return pick_path(r, "features/step_definitions/auth.steps.ts", "test/steps/login.ts"), T('''import { Given, Then } from '@cucumber/cucumber';
import { expect } from '@playwright/test';
import { CustomWorld } from '../support/world';

Given('I am logged in as an editor', async function (this: CustomWorld) {
  await this.page.goto(`${this.baseUrl}/login`);
  await this.page.fill('#email', @@q@@@@user@@@@q@@);
  await this.page.fill('#password', @@pw@@);
  await this.page.click('button:has-text("Log in")');
});

Then('I can publish the draft', async function (this: CustomWorld) {
  await expect(this.page.getByRole('button', { name: 'Publish' })).toBeEnabled();
});
''', q=q, user=email(r, o, "editor"), pw=S("ts", q, "EDITOR_PASSWORD"))


# ---------------------------------------------------------------- Katalon
@pos("test-account-password", "katalon", G(pw_any))
def p_katalon_settext(r, S):
    name = r.choice(["TC01_Login", "Login_Valid", "TC_Checkout_Happy"])
    return "Scripts/%s/Script%d.groovy" % (name, r.randint(1600000000000, 1700000000000)), T('''import static com.kms.katalon.core.testobject.ObjectRepository.findTestObject
import com.kms.katalon.core.webui.keyword.WebUiBuiltInKeywords as WebUI
import internal.GlobalVariable as GlobalVariable

WebUI.openBrowser('')

WebUI.navigateToUrl(GlobalVariable.baseUrl)

WebUI.setText(findTestObject('Object Repository/Page_Login/input_username'), '@@u@@')

WebUI.setText(findTestObject('Object Repository/Page_Login/input_password'), @@pw@@)

WebUI.click(findTestObject('Object Repository/Page_Login/button_Login'))

WebUI.verifyElementPresent(findTestObject('Object Repository/Page_Home/h1_Welcome'), 10)

WebUI.closeBrowser()
''', u=username(r), pw=S("groovy", "'", "KATALON_PASSWORD"))


@pos("test-account-password", "katalon", G(pw_any))
def p_katalon_profile(r, S):
    o = org(r)
    return "Profiles/%s.glbl" % r.choice(["default", "staging", "qa"]), T('''<?xml version="1.0" encoding="UTF-8"?>
<GlobalVariableEntities>
   <description></description>
   <name>staging</name>
   <tag></tag>
   <defaultProfile>false</defaultProfile>
   <GlobalVariableEntity>
      <description></description>
      <initValue>'https://@@h@@'</initValue>
      <name>baseUrl</name>
   </GlobalVariableEntity>
   <GlobalVariableEntity>
      <description></description>
      <initValue>'@@u@@'</initValue>
      <name>username</name>
   </GlobalVariableEntity>
   <GlobalVariableEntity>
      <description></description>
      <initValue>@@pw@@</initValue>
      <name>password</name>
   </GlobalVariableEntity>
</GlobalVariableEntities>
''', h=host(r, o), u=username(r), pw=S("xml", "'", "KATALON_PASSWORD"))


# ---------------------------------------------------------------- Appium / Detox
@pos("test-account-password", "appium", G(pw_any))
def p_appium_java(r, S):
    o = org(r)
    return "src/test/java/com/%s/mobile/LoginMobileTest.java" % o, T('''package com.@@o@@.mobile;

import io.appium.java_client.AppiumBy;
import io.appium.java_client.android.AndroidDriver;
import io.appium.java_client.android.options.UiAutomator2Options;
import java.net.URL;
import org.junit.jupiter.api.Test;

class LoginMobileTest {
    @Test
    void courierLogsIn() throws Exception {
        UiAutomator2Options options = new UiAutomator2Options()
            .setDeviceName("Pixel_7_API_34")
            .setAppPackage("com.@@o@@.courier")
            .setAppActivity(".MainActivity");
        AndroidDriver driver = new AndroidDriver(new URL("http://127.0.0.1:4723"), options);
        driver.findElement(AppiumBy.accessibilityId("email")).sendKeys("@@user@@");
        driver.findElement(AppiumBy.accessibilityId("password")).sendKeys(@@pw@@);
        driver.findElement(AppiumBy.accessibilityId("login-button")).click();
        driver.quit();
    }
}
''', o=o, user=email(r, o), pw=S("java", '"', "COURIER_PASSWORD"))


@pos("test-account-password", "appium", G(pw_any))
def p_appium_py(r, S):
    o = org(r)
    return pick_path(r, "mobile/tests/test_ios_login.py", "appium/tests/test_login.py"), T('''from appium import webdriver
from appium.options.ios import XCUITestOptions
from appium.webdriver.common.appiumby import AppiumBy


def test_ios_login():
    options = XCUITestOptions()
    options.platform_version = "17.2"
    options.device_name = "iPhone 15"
    options.bundle_id = "com.@@o@@.wallet"
    driver = webdriver.Remote("http://127.0.0.1:4723", options=options)
    try:
        driver.find_element(AppiumBy.ACCESSIBILITY_ID, "emailField").send_keys("@@user@@")
        pw = driver.find_element(AppiumBy.ACCESSIBILITY_ID, "passwordField")
        pw.send_keys(@@pw@@)
        driver.find_element(AppiumBy.ACCESSIBILITY_ID, "signInButton").click()
        assert driver.find_element(AppiumBy.ACCESSIBILITY_ID, "balanceLabel").is_displayed()
    finally:
        driver.quit()
''', o=o, user=email(r, o), pw=S("py", "'", "WALLET_PASSWORD"))


@pos("test-account-password", "detox", G(pw_any))
def p_detox(r, S):
    o = org(r)
    q = jq(r)
    return pick_path(r, "e2e/login.test.js", "e2e/onboarding.e2e.ts"), T('''describe('Login flow', () => {
  beforeAll(async () => {
    await device.launchApp({ newInstance: true });
  });

  it('logs in with the beta tester account', async () => {
    await element(by.id('email-input')).typeText(@@q@@@@user@@@@q@@);
    await element(by.id('password-input')).typeText(@@pw@@);
    await element(by.id('login-button')).tap();
    await expect(element(by.text('Home'))).toBeVisible();
  });
});
''', q=q, user=email(r, o), pw=S("js", q, "DETOX_PASSWORD"))


# ---------------------------------------------------------------- k6
@pos("test-account-password", "k6", G(pw_any))
def p_k6_browser(r, S):
    o = org(r)
    q = jq(r)
    return pick_path(r, "k6/browser-login.js", "load/scenarios/login-browser.js"), T('''import { browser } from 'k6/browser';
import { check } from 'k6';

export const options = {
  scenarios: {
    ui: {
      executor: 'shared-iterations',
      options: { browser: { type: 'chromium' } },
    },
  },
  thresholds: { checks: ['rate==1.0'] },
};

export default async function () {
  const page = await browser.newPage();
  try {
    await page.goto('https://@@h@@/login');
    await page.locator('input[name="login"]').type(@@q@@@@u@@@@q@@);
    await page.locator('input[name="password"]').type(@@pw@@);
    await Promise.all([page.waitForNavigation(), page.locator('input[type="submit"]').click()]);
    const header = await page.locator('h2').textContent();
    check(header, { header: (h) => h === 'Welcome' });
  } finally {
    await page.close();
  }
}
''', h=host(r, o), q=q, u=username(r), pw=S("k6", q, "K6_PASSWORD"))


@pos("basic-auth", "k6", G(pw_url))
def p_k6_url(r, S):
    o = org(r)
    return pick_path(r, "k6/smoke.js", "load/health.js"), T('''import http from 'k6/http';
import { check, sleep } from 'k6';

export const options = { vus: 5, duration: '30s' };

export default function () {
  const res = http.get('https://@@u@@:@@pw@@@@@h@@/api/health');
  check(res, { 'status is 200': (r) => r.status === 200 });
  sleep(1);
}
''', u=r.choice(["preview", "staging", "loadtest"]), pw=S("url", "", "STAGING_PASS"), h=host(r, o))


# ---------------------------------------------------------------- test data files
@pos("test-account-password", "test-data", G(pw_any))
def p_csv_accounts(r, S):
    o = org(r)
    rows = []
    n = r.randint(4, 8)
    k = r.randrange(n)
    for i in range(n):
        role = r.choice(ROLES)
        f, l = person(r)
        sso = "true" if i != k else "false"
        pwv = MARK if i == k else ""
        rows.append("%s.%s@%s,%s %s,%s,%s,%s,%s" % (f, l, domain(r, o), cap(f), cap(l), role,
                                                    r.choice(["en", "de", "fr", "sv"]), sso, pwv))
    txt = "email,display_name,role,locale,sso,password\n" + "\n".join(rows) + "\n"
    txt = txt.replace(MARK, S("csv", "", "LOCAL_ADMIN_PASSWORD"))
    return pick_path(r, "test-data/users.csv", "cypress/fixtures/accounts.csv", "src/test/resources/data/users.csv"), txt


@pos("test-account-password", "test-data", G(pw_any))
def p_yaml_accounts(r, S):
    o = org(r)
    return pick_path(r, "test-data/accounts.yml", "e2e/data/personas.yaml"), T('''# Personas used by the e2e suite (staging only)
personas:
  admin:
    email: @@user@@
    password: @@pw@@
    mfa: false
  viewer:
    email: @@viewer@@
    login: magic-link
    mfa: false
  auditor:
    email: @@aud@@
    login: sso
    idp: okta
''', user=email(r, o, "admin"), pw=S("yaml", r.choice(['"', "'"]), "ADMIN_PASSWORD"),
        viewer=email(r, o, "viewer"), aud=email(r, o, "auditor"))


@pos("api-token", "test-data", G(app_token), "token")
def p_json_token_fixture(r, S):
    o = org(r)
    return pick_path(r, "cypress/fixtures/auth.json", "tests/fixtures/session.json"), T('''{
  "tokenType": "Bearer",
  "expiresIn": 3600,
  "scope": "orders:read orders:write",
  "accessToken": @@tok@@,
  "user": {
    "id": "@@id@@",
    "email": "@@user@@"
  }
}
''', tok=S("json", '"', "ACCESS_TOKEN", "token"), id=uuid4(r), user=email(r, o))


@pos("otp-seed", "test-data", G(otp_seed), "otp")
def p_json_otpauth(r, S):
    o = org(r)
    e = email(r, o)
    return pick_path(r, "test-data/mfa-users.json", "e2e/fixtures/mfa.json"), T('''{
  "users": [
    {
      "email": "@@e@@",
      "totpUri": "otpauth://totp/@@O@@:@@e@@?secret=@@s@@&issuer=@@O@@&algorithm=SHA1&digits=6&period=30",
      "backupCodesRemaining": 8
    }
  ]
}
''', e=e, O=cap(o), s=S("json", "", "TOTP_SECRET", "otp"))


# ---------------------------------------------------------------- CI configuration
@pos("test-account-password", "github-actions", G(pw_any))
def p_gha_env(r, S):
    o = org(r)
    return pick_path(r, ".github/workflows/e2e.yml", ".github/workflows/playwright.yml"), T('''name: e2e

on:
  pull_request:
  schedule:
    - cron: "0 3 * * *"

jobs:
  playwright:
    runs-on: ubuntu-latest
    timeout-minutes: 30
    env:
      BASE_URL: https://@@h@@
      E2E_USER: @@user@@
      E2E_PASSWORD: @@pw@@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npx playwright install --with-deps chromium
      - run: npx playwright test --project=chromium
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: playwright-report
          path: playwright-report/
''', h=host(r, o), user=email(r, o), pw=S("yaml", r.choice(['"', "'", ""]), "E2E_PASSWORD"))


@pos("test-account-password", "gitlab-ci", G(pw_any))
def p_gitlab_ci(r, S):
    o = org(r)
    return ".gitlab-ci.yml", T('''stages:
  - build
  - e2e

variables:
  CYPRESS_baseUrl: "https://@@h@@"
  CYPRESS_username: "@@user@@"
  CYPRESS_password: @@pw@@
  npm_config_cache: "$CI_PROJECT_DIR/.npm"

e2e:chrome:
  stage: e2e
  image: cypress/browsers:node-20.11.0-chrome-121.0.6167.85-1-ff-120.0-edge-121.0.2277.83-1
  script:
    - npm ci
    - npx cypress run --browser chrome
  artifacts:
    when: on_failure
    paths:
      - cypress/screenshots
''', h=host(r, o), user=email(r, o), pw=S("yaml", '"', "CYPRESS_PASSWORD"))


@pos("test-account-password", "jenkins", G(pw_any))
def p_jenkinsfile(r, S):
    o = org(r)
    return "Jenkinsfile", T('''pipeline {
    agent { label 'docker' }
    environment {
        BASE_URL = 'https://@@h@@'
        QA_USER  = '@@u@@'
        QA_PASS  = @@pw@@
    }
    stages {
        stage('UI tests') {
            steps {
                sh 'mvn -B -Dbrowser=chrome -Dheadless=true test'
            }
        }
    }
    post {
        always {
            junit 'target/surefire-reports/*.xml'
        }
    }
}
''', h=host(r, o), u=username(r), pw=S("groovy", "'", "QA_PASS"))


@pos("basic-auth", "azure-pipelines", G(pw_any))
def p_azure(r, S):
    o = org(r)
    return "azure-pipelines.yml", T('''trigger:
  branches:
    include: [main]

pool:
  vmImage: ubuntu-latest

steps:
  - task: NodeTool@0
    inputs:
      versionSpec: '20.x'
  - script: npm ci
    displayName: Install
  - script: npx playwright test
    displayName: Playwright against preview
    env:
      PREVIEW_URL: https://@@h@@
      BASIC_AUTH_USER: preview
      BASIC_AUTH_PASS: @@pw@@
  - task: PublishTestResults@2
    condition: always()
    inputs:
      testResultsFiles: 'test-results/junit.xml'
''', h=host(r, o), pw=S("yaml", r.choice(['"', "'"]), "BASIC_AUTH_PASS"))


@pos("basic-auth", "shell", G(pw_any))
def p_sh_curl(r, S):
    o = org(r)
    return pick_path(r, "scripts/wait-for-staging.sh", "ci/smoke.sh"), T('''#!/usr/bin/env bash
set -euo pipefail

URL="https://@@h@@/healthz"
for i in $(seq 1 30); do
  if curl -fsS -u @@u@@:@@pw@@ "$URL" > /dev/null; then
    echo "staging is up"
    exit 0
  fi
  echo "waiting for staging ($i)"
  sleep 10
done
echo "staging did not come up" >&2
exit 1
''', h=host(r, o), u=r.choice(["preview", "staging", "qa"]), pw=S("sh", "'", "STAGING_PASS"))


@pos("test-account-password", "docker-compose", G(pw_any))
def p_compose(r, S):
    o = org(r)
    return pick_path(r, "docker-compose.e2e.yml", "e2e/docker-compose.yml"), T('''services:
  e2e:
    image: mcr.microsoft.com/playwright:v1.42.1-jammy
    working_dir: /work
    volumes:
      - ./:/work
    environment:
      - BASE_URL=https://@@h@@
      - E2E_ADMIN_EMAIL=@@user@@
      - E2E_ADMIN_PASSWORD=@@pw@@
      - CI=true
    command: npx playwright test --reporter=line
''', h=host(r, o), user=email(r, o, "admin"), pw=S("yaml", "", "E2E_ADMIN_PASSWORD"))


@pos("test-account-password", "dotenv", G(pw_any))
def p_dotenv(r, S):
    o = org(r)
    return pick_path(r, ".env.test", ".env.e2e"), T('''BASE_URL=https://@@h@@
E2E_USERNAME=@@user@@
E2E_PASSWORD=@@pw@@
HEADLESS=true
SLOW_MO=0
''', h=host(r, o), user=email(r, o), pw=S("props", "", "E2E_PASSWORD"))


# ---------------------------------------------------------------- Markdown / docs
@pos("test-account-password", "markdown", G(pw_any))
def p_md_testplan(r, S):
    o = org(r)
    return pick_path(r, "docs/test-plan.md", "qa/TEST_PLAN.md", "e2e/README.md"), T('''# Regression test plan - release @@v@@

## Environments

| Environment | URL | Notes |
|-------------|-----|-------|
| Staging | https://@@h@@ | refreshed nightly from anonymised prod |
| Local | http://localhost:3000 | `npm run dev` |

## Test accounts

The shared QA lead account is `@@user@@` / `@@pw@@` (full admin, do not change the password).

## Scope

1. Sign-in, sign-out, password reset e-mail
2. Checkout with saved card
3. Invoice PDF export
''', v=ver(r), h=host(r, o), user=email(r, o, "admin"), pw=S("md", "", "QA_LEAD_PASSWORD"))


@pos("basic-auth", "markdown", G(pw_any))
def p_md_readme(r, S):
    o = org(r)
    return pick_path(r, "e2e/README.md", "tests/README.md", "docs/e2e.md"), T('''# End-to-end tests

Run the suite locally:

```bash
npm ci
npx playwright install
npm run e2e
```

The preview deployments are protected by basic auth. Use user **preview** and
password **@@pw@@** when the browser prompts, or set them in
`playwright.config.ts` (`use.httpCredentials`).

Reports are uploaded to the `e2e-reports` bucket after each CI run.
''', pw=S("md", "", "PREVIEW_PASSWORD"))


# ---------------------------------------------------------------- OTP in code
@pos("otp-seed", "otplib", G(otp_seed), "otp")
def p_otplib(r, S):
    o = org(r)
    q = jq(r)
    return pick_path(r, "tests/helpers/mfa.ts", "cypress/support/otp.js"), T('''import { authenticator } from 'otplib';

// TOTP seed of the e2e MFA user (enrolled on staging)
const seed = @@s@@;

export function currentCode(): string {
  return authenticator.generate(seed);
}

export async function completeMfa(page) {
  await page.fill('input[autocomplete="one-time-code"]', currentCode());
  await page.click('button:has-text("Verify")');
}
''', s=S("ts", q, "MFA_SEED", "otp"))


@pos("otp-seed", "pyotp", G(otp_seed), "otp")
def p_pyotp(r, S):
    o = org(r)
    return pick_path(r, "tests/e2e/test_mfa.py", "tests/ui/helpers/otp.py"), T('''import pyotp
from playwright.sync_api import Page

MFA_EMAIL = "@@user@@"
totp = pyotp.TOTP(@@s@@)


def test_mfa_challenge(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/login")
    page.fill("#email", MFA_EMAIL)
    page.click("text=Continue with passkey or code")
    page.fill("#otp", totp.now())
    page.click("text=Verify")
    assert page.url.endswith("/home")
''', user=email(r, o), s=S("py", '"', "MFA_SEED", "otp"))


@pos("otp-seed", "java-totp", G(otp_seed_grouped), "otp")
def p_java_totp(r, S):
    o = org(r)
    return "src/test/java/com/%s/support/MfaHelper.java" % o, T('''package com.@@o@@.support;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.time.SystemTimeProvider;

public final class MfaHelper {
    // Key shown by the authenticator enrolment page for the QA approver account
    private static final String APPROVER_KEY = @@s@@;

    public static String code() throws Exception {
        long bucket = new SystemTimeProvider().getTime() / 30;
        String secret = APPROVER_KEY.replace(" ", "").toUpperCase();
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, bucket);
    }
}
''', o=o, s=S("java", '"', "APPROVER_TOTP_KEY", "otp"))


# ---------------------------------------------------------------- API tokens in API tests
@pos("basic-auth", "http-file", G(basic_b64), "basic")
def p_http_basic(r, S):
    o = org(r)
    return pick_path(r, "tests/http/staging.http", "api-tests/smoke.http"), T('''### Health
GET https://@@h@@/api/health
Accept: application/json

### Current user
GET https://@@h@@/api/me
Authorization: Basic @@b@@
Accept: application/json

### Search products
GET https://@@h@@/api/products?q=lamp&limit=5
Accept: application/json
''', h=host(r, o), b=S("http", "", "BASIC_AUTH", "basic"))


@pos("api-token", "gitlab", G(gitlab_pat), "token")
def p_gitlab_api_test(r, S):
    o = org(r)
    return pick_path(r, "tests/api/test_pipelines.py", "tests/integration/test_gitlab_status.py"), T('''import requests

GITLAB = "https://gitlab.@@d@@/api/v4"
PROJECT_ID = @@pid@@
HEADERS = {"PRIVATE-TOKEN": @@tok@@}


def test_default_branch_pipeline_is_green():
    resp = requests.get(f"{GITLAB}/projects/{PROJECT_ID}/pipelines", headers=HEADERS,
                        params={"ref": "main", "per_page": 1}, timeout=20)
    resp.raise_for_status()
    assert resp.json()[0]["status"] == "success"
''', d=domain(r), pid=str(r.randint(100, 99999)), tok=S("py", '"', "GITLAB_TOKEN", "token"))


@pos("api-token", "rspec", G(opaque_token), "token")
def p_rspec_api(r, S):
    o = org(r)
    return pick_path(r, "spec/requests/api/v1/orders_spec.rb", "spec/api/shipments_spec.rb"), T('''require "rails_helper"

RSpec.describe "Staging API smoke", type: :request do
  let(:base) { "https://api.@@h@@" }
  let(:token) { @@tok@@ }

  it "returns recent orders" do
    response = Faraday.get("#{base}/v1/orders", { limit: 5 }, { "Authorization" => "Token #{token}" })
    expect(response.status).to eq(200)
    expect(JSON.parse(response.body)["orders"].size).to be <= 5
  end
end
''', h=host(r, o), tok=S("rb", '"', "API_TOKEN", "token"))


@pos("api-token", "dotnet", G(opaque_token), "token")
def p_appsettings(r, S):
    o = org(r)
    return pick_path(r, "tests/%s.E2E/appsettings.Test.json" % cap(o), "tests/UiTests/appsettings.json"), T('''{
  "Logging": {
    "LogLevel": { "Default": "Information" }
  },
  "E2E": {
    "BaseUrl": "https://@@h@@",
    "Headless": true,
    "SlowMo": 0,
    "ApiKey": @@tok@@
  }
}
''', h=host(r, o), tok=S("json", '"', "E2E_API_KEY", "token"))


@pos("api-token", "playwright", G(app_token), "token")
def p_pw_py_apictx(r, S):
    o = org(r)
    return pick_path(r, "tests/api/conftest.py", "tests/e2e/api/conftest.py"), T('''import pytest
from playwright.sync_api import Playwright, APIRequestContext


@pytest.fixture(scope="session")
def api(playwright: Playwright) -> APIRequestContext:
    ctx = playwright.request.new_context(
        base_url="https://api.@@h@@",
        extra_http_headers={
            "Accept": "application/json",
            "Authorization": "Bearer " + @@tok@@,
        },
    )
    yield ctx
    ctx.dispose()
''', h=host(r, o), tok=S("py", '"', "API_TOKEN", "token"))


@pos("session-cookie", "selenium", gen_cookie, "cookie")
def p_sel_addcookie(r, S):
    o = org(r)
    return pick_path(r, "tests/ui/test_reports.py", "ui_tests/test_admin_reports.py"), T('''from selenium import webdriver
from selenium.webdriver.common.by import By


def test_reports_page_loads():
    driver = webdriver.Chrome()
    driver.get("https://@@h@@/404")
    driver.add_cookie({"name": "@@name@@", "value": @@val@@, "path": "/", "secure": True})
    driver.get("https://@@h@@/admin/reports")
    assert driver.find_element(By.CSS_SELECTOR, "h1").text == "Reports"
    driver.quit()
''', h=host(r, o), name=S.meta["cookie"], val=S("py", '"', "SESSION_COOKIE", "cookie"))


@pos("test-account-password", "toml", G(pw_any))
def p_toml(r, S):
    o = org(r)
    return pick_path(r, "tests/e2e/settings.toml", "e2e.toml"), T('''[browser]
name = "chromium"
headless = true
slow_mo = 0

[target]
base_url = "https://@@h@@"
timeout_ms = 15000

[accounts.reviewer]
email = "@@user@@"
password = @@pw@@
''', h=host(r, o), user=email(r, o), pw=S("toml", '"', "REVIEWER_PASSWORD"))


@pos("test-account-password", "ini", G(pw_any))
def p_pytest_ini(r, S):
    o = org(r)
    return pick_path(r, "pytest.ini", "tests/pytest.ini"), T('''[pytest]
addopts = --browser chromium --tracing retain-on-failure
base_url = https://@@h@@
markers =
    smoke: quick checks
    slow: long running
env =
    E2E_USER=@@u@@
    E2E_PASSWORD=@@pw@@
''', h=host(r, o), u=username(r), pw=S("props", "", "E2E_PASSWORD"))


@pos("test-account-password", "selenium", G(pw_any))
def p_sel_java_pageobj(r, S):
    o = org(r)
    return "src/test/java/com/%s/pages/AccountFixtures.java" % o, T('''package com.@@o@@.pages;

public final class AccountFixtures {
    private AccountFixtures() {}

    public static final String BASE_URL = "https://@@h@@";
    public static final String MANAGER_EMAIL = "@@user@@";
    public static final String MANAGER_SECRET = @@pw@@;
    public static final int DEFAULT_TIMEOUT_SECONDS = 15;
}
''', o=o, h=host(r, o), user=email(r, o, "manager"), pw=S("java", '"', "MANAGER_PASSWORD"))


@pos("test-account-password", "playwright", G(pw_any))
def p_pw_fixture_ts(r, S):
    o = org(r)
    q = jq(r)
    return pick_path(r, "tests/fixtures.ts", "e2e/fixtures/accounts.ts"), T('''import { test as base } from '@playwright/test';
import { LoginPage } from './pages/login-page';

type Fixtures = { loginPage: LoginPage };

export const test = base.extend<Fixtures>({
  loginPage: async ({ page }, use) => {
    const loginPage = new LoginPage(page);
    await loginPage.goto();
    await loginPage.signIn(@@q@@@@user@@@@q@@, @@pw@@);
    await use(loginPage);
  },
});

export { expect } from '@playwright/test';
''', q=q, user=email(r, o), pw=S("ts", q, "E2E_PASSWORD"))


# =========================================================== NEGATIVE TEMPLATES
@neg("env-reference", "cypress")
def n_cy_env_login(r):
    page = r.choice(["orders", "billing", "team", "profile"])
    return "cypress/e2e/%s.cy.js" % page, T('''describe('@@page@@', () => {
  beforeEach(() => {
    cy.login(Cypress.env('USERNAME'), Cypress.env('PASSWORD'))
    cy.visit('/@@page@@')
  })

  it('shows the header', () => {
    cy.get('[data-cy=page-title]').should('contain', '@@Page@@')
  })
})
''', page=page, Page=cap(page))


@neg("env-reference", "cypress")
def n_cy_config_env(r):
    o = org(r)
    return "cypress.config.ts", T('''import { defineConfig } from 'cypress'

export default defineConfig({
  projectId: '@@pid@@',
  e2e: {
    baseUrl: process.env.BASE_URL ?? 'https://@@h@@',
    setupNodeEvents(on, config) {
      config.env.username = process.env.E2E_USERNAME
      config.env.password = process.env.E2E_PASSWORD
      return config
    },
  },
})
''', pid=rs(r, LOWER + DIGITS, 6), h=host(r, o))


@neg("env-reference", "playwright")
def n_pw_httpcreds_env(r):
    o = org(r)
    return "playwright.config.ts", T('''import { defineConfig } from '@playwright/test';
import 'dotenv/config';

export default defineConfig({
  testDir: './e2e',
  use: {
    baseURL: process.env.BASE_URL || 'https://@@h@@',
    httpCredentials: {
      username: process.env.BASIC_AUTH_USER!,
      password: process.env.BASIC_AUTH_PASSWORD!,
    },
    trace: 'retain-on-failure',
  },
  workers: process.env.CI ? 2 : undefined,
});
''', h=host(r, o))


@neg("env-reference", "robotframework")
def n_robot_env(r):
    o = org(r)
    return pick_path(r, "tests/login.robot", "robot/suites/login.robot"), T('''*** Settings ***
Library    SeleniumLibrary

*** Variables ***
${LOGIN URL}    https://@@h@@/login
${USERNAME}     %{E2E_USERNAME}
${PASSWORD}     %{E2E_PASSWORD}

*** Test Cases ***
Valid Login
    Open Browser    ${LOGIN URL}    headlesschrome
    Input Text        id=username    ${USERNAME}
    Input Password    id=password    ${PASSWORD}
    Click Button      id=login
    Page Should Contain    Welcome
    [Teardown]    Close Browser
''', h=host(r, o))


@neg("encrypted-value", "katalon")
def n_katalon_encrypted(r):
    return "Scripts/TC_Login/Script%d.groovy" % r.randint(1600000000000, 1700000000000), T('''import static com.kms.katalon.core.testobject.ObjectRepository.findTestObject
import com.kms.katalon.core.webui.keyword.WebUiBuiltInKeywords as WebUI
import internal.GlobalVariable as GlobalVariable

WebUI.openBrowser('')

WebUI.navigateToUrl(GlobalVariable.baseUrl)

WebUI.setText(findTestObject('Object Repository/Page_Login/input_username'), GlobalVariable.username)

WebUI.setEncryptedText(findTestObject('Object Repository/Page_Login/input_password'), '@@enc@@')

WebUI.click(findTestObject('Object Repository/Page_Login/button_Login'))

WebUI.closeBrowser()
''', enc=b64(r, r.choice([16, 16, 32, 48])))


@neg("invalid-password-test", "cypress")
def n_cy_invalid_login(r):
    o = org(r)
    bad = r.choice(["wrong-password", "invalid", "not-my-password", "incorrect"])
    return pick_path(r, "cypress/e2e/login-errors.cy.js", "cypress/e2e/auth/negative.cy.ts"), T('''describe('login errors', () => {
  it('rejects a wrong password', () => {
    cy.visit('/login')
    cy.get('#email').type('@@user@@')
    cy.get('#password').type('@@bad@@')
    cy.get('form').submit()
    cy.get('[role=alert]').should('contain', 'Invalid email or password')
  })

  it('requires a password', () => {
    cy.visit('/login')
    cy.get('#email').type('@@user@@')
    cy.get('form').submit()
    cy.get('#password:invalid').should('exist')
  })
})
''', user=email(r, o), bad=bad)


@neg("validation-test", "playwright")
def n_pw_validation(r):
    return pick_path(r, "tests/signup-validation.spec.ts", "e2e/register.spec.ts"), T('''import { test, expect } from '@playwright/test';

const cases = [
  { name: 'too short', value: 'short', message: 'At least 12 characters' },
  { name: 'too long', value: 'a'.repeat(129), message: 'At most 128 characters' },
  { name: 'no digit', value: 'abcdefghijklmnop', message: 'Add a number' },
  { name: 'blank', value: '', message: 'Password is required' },
];

for (const c of cases) {
  test(`signup rejects password: ${c.name}`, async ({ page }) => {
    await page.goto('/signup');
    await page.getByLabel('Password', { exact: true }).fill(c.value);
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByTestId('password-error')).toHaveText(c.message);
  });
}
''')


@neg("strength-table", "jest")
def n_strength_table(r):
    return pick_path(r, "src/utils/__tests__/passwordStrength.test.ts", "tests/unit/strength.spec.js"), '''import { scorePassword } from '../passwordStrength';

describe('scorePassword', () => {
  it.each([
    ['password123', 'weak'],
    ['qwerty', 'weak'],
    ['12345678', 'weak'],
    ['letmein', 'weak'],
    ['Password1', 'fair'],
    ['correcthorsebatterystaple', 'strong'],
  ])('%s is %s', (input, expected) => {
    expect(scorePassword(input).label).toBe(expected);
  });
});
'''


@neg("generated-at-runtime", "faker")
def n_faker(r):
    return pick_path(r, "cypress/support/factories.js", "tests/factories/user.ts"), T('''import { faker } from '@faker-js/faker'

export function buildUser(overrides = {}) {
  return {
    firstName: faker.person.firstName(),
    lastName: faker.person.lastName(),
    email: faker.internet.email({ provider: '@@d@@' }),
    password: faker.internet.password({ length: 20, memorable: false }),
    phone: faker.phone.number(),
    ...overrides,
  }
}
''', d=domain(r))


@neg("selector", "page-object")
def n_selectors(r):
    return pick_path(r, "e2e/pages/login.page.ts", "tests/pages/LoginPage.ts"), '''import { Page } from '@playwright/test';

export class LoginPage {
  readonly emailInput = '[data-testid="email-input"]';
  readonly passwordInput = '[data-testid="password-input"]';
  readonly showPasswordToggle = '[data-testid="password-visibility-toggle"]';
  readonly forgotPasswordLink = 'a[href="/forgot-password"]';
  readonly submit = 'button[data-testid="login-submit"]';

  constructor(private readonly page: Page) {}

  async signIn(email: string, password: string) {
    await this.page.fill(this.emailInput, email);
    await this.page.fill(this.passwordInput, password);
    await this.page.click(this.submit);
  }
}
'''


@neg("snapshot-hash", "jest")
def n_jest_snapshot(r):
    cls = lambda: "css-" + rs(r, LOWER + DIGITS, 6)
    return "src/components/__snapshots__/LoginForm.test.tsx.snap", T('''// Jest Snapshot v1, https://goo.gl/fbAQLP

exports[`LoginForm renders 1`] = `
<form
  class="@@c1@@"
  data-testid="login-form"
>
  <input
    autocomplete="current-password"
    class="@@c2@@"
    data-testid="password-input"
    name="password"
    type="password"
    value=""
  />
  <img
    alt="logo"
    src="/static/media/logo.@@h8@@.svg"
  />
  <span>build @@sha@@</span>
</form>
`;
''', c1=cls(), c2=cls(), h8=hexs(r, 8), sha=hexs(r, 40))


@neg("non-auth-cookies", "playwright")
def n_storage_nonauth(r):
    o = org(r)
    h = host(r, o)
    cookies = aux_cookies(r, h)
    cookies.append({"name": "_gid", "value": "GA1.2.%d.%d" % (r.randint(10 ** 8, 10 ** 9), epoch(r)),
                    "domain": "." + h.split(".", 1)[1], "path": "/", "expires": epoch(r),
                    "httpOnly": False, "secure": False, "sameSite": "Lax"})
    origins = [{"origin": "https://" + h, "localStorage": [
        {"name": "theme", "value": r.choice(["dark", "light", "system"])},
        {"name": "onboardingDismissed", "value": "true"},
        {"name": "tableDensity", "value": r.choice(["compact", "comfortable"])}]}]
    return pick_path(r, "playwright/.auth/anonymous.json", "tests/state/consent-only.json"), storage_state(r, h, cookies, origins)


@neg("integrity-hash", "npm")
def n_package_lock(r):
    def pkg(name, v):
        return T('''    "node_modules/@@n@@": {
      "version": "@@v@@",
      "resolved": "https://registry.npmjs.org/@@n@@/-/@@b@@-@@v@@.tgz",
      "integrity": "sha512-@@i@@",
      "dev": true
    }''', n=name, v=v, b=name.split("/")[-1], i=b64(r, 64))
    names = r.sample(["cypress", "@playwright/test", "playwright-core", "otplib", "dotenv", "wait-on",
                      "start-server-and-test", "@faker-js/faker", "eslint-plugin-cypress"], 4)
    body = ",\n".join(pkg(n, ver(r, 1, 13)) for n in names)
    return "package-lock.json", T('''{
  "name": "e2e",
  "version": "1.0.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
@@body@@
  }
}
''', body=body)


@neg("outline-placeholder", "cucumber")
def n_feature_outline(r):
    return pick_path(r, "features/login_validation.feature", "src/test/resources/features/login_errors.feature"), '''Feature: Login validation

  Scenario Outline: Rejected credentials
    Given I am on the sign-in page
    When I log in as "<email>" with password "<password>"
    Then I should see the error "<message>"

    Examples:
      | email               | password       | message                     |
      | unknown@nowhere.invalid | anything   | Invalid email or password   |
      | qa@shop.invalid     | wrong-password | Invalid email or password   |
      | qa@shop.invalid     |                | Password is required        |
      | not-an-email        | ********       | Enter a valid email address |
'''


@neg("uuid", "junit")
def n_junit(r):
    o = org(r)
    cases = "\n".join('    <testcase classname="com.%s.ui.%s" name="%s" time="%.3f"/>' % (
        o, r.choice(["LoginTest", "CheckoutTest", "ProfileTest"]),
        r.choice(["validLogin", "rejectsWrongPassword", "passwordResetEmailSent", "lockedAccountMessage",
                  "rememberMeKeepsSession"]), r.random() * 9) for _ in range(r.randint(4, 7)))
    return pick_path(r, "reports/junit/TEST-ui.xml", "test-results/junit.xml"), T('''<?xml version="1.0" encoding="UTF-8"?>
<testsuite name="ui" tests="6" failures="0" errors="0" skipped="0" timestamp="@@ts@@" hostname="runner-@@hx@@">
  <properties>
    <property name="run.id" value="@@id@@"/>
    <property name="git.commit" value="@@sha@@"/>
  </properties>
@@cases@@
</testsuite>
''', ts=ts_iso(r)[:-1], hx=hexs(r, 8), id=uuid4(r), sha=hexs(r, 40), cases=cases)


@neg("uuid", "allure")
def n_allure(r):
    return "allure-results/%s-result.json" % uuid4(r), json.dumps({
        "uuid": uuid4(r), "historyId": hexs(r, 32), "testCaseId": hexs(r, 32),
        "fullName": "tests/login.spec.ts#user sees an error for an invalid password",
        "name": "user sees an error for an invalid password", "status": "passed",
        "stage": "finished", "start": epoch(r) * 1000, "stop": epoch(r) * 1000 + 5321,
        "labels": [{"name": "suite", "value": "auth"}, {"name": "host", "value": "runner-" + hexs(r, 6)},
                   {"name": "thread", "value": "pid-%d-worker-0" % r.randint(1000, 9999)}],
        "attachments": [{"name": "trace", "source": "%s-attachment.zip" % uuid4(r), "type": "application/zip"}],
    }, indent=2) + "\n"


@neg("device-id", "appium")
def n_appium_caps(r):
    o = org(r)
    return pick_path(r, "config/devices.json", "mobile/capabilities/ios.json"), json.dumps({
        "platformName": "iOS", "appium:automationName": "XCUITest",
        "appium:deviceName": "iPhone 14 Pro", "appium:platformVersion": "17.4",
        "appium:udid": hexs(r, 8) + "-" + hexs(r, 16).upper(),
        "appium:bundleId": "com.%s.app" % o, "appium:xcodeOrgId": rs(r, UPPER + DIGITS, 10),
        "appium:xcodeSigningId": "iPhone Developer", "appium:wdaLocalPort": 8100,
        "appium:app": "builds/%s-%s.ipa" % (o, ver(r)),
        "androidFallback": {"appium:udid": rs(r, UPPER + DIGITS, 14), "appium:appPackage": "com.%s.app" % o},
    }, indent=2) + "\n"


@neg("image-digest", "docker")
def n_docker_digest(r):
    return pick_path(r, "e2e/Dockerfile", "docker/e2e.Dockerfile"), T('''FROM mcr.microsoft.com/playwright:v1.44.0-jammy@sha256:@@d1@@

WORKDIR /e2e
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY . .

# selenium grid node used for the legacy Java suite
# selenium/node-chrome@sha256:@@d2@@
ENV CI=true
CMD ["npx", "playwright", "test", "--reporter=dot"]
''', d1=sha256_of(r), d2=sha256_of(r))


@neg("pinned-sha", "github-actions")
def n_gha_pinned(r):
    o = org(r)
    return ".github/workflows/cypress.yml", T('''name: cypress

on: [push]

jobs:
  cypress-run:
    runs-on: ubuntu-22.04
    steps:
      - uses: actions/checkout@@@s1@@ # v4.1.1
      - uses: cypress-io/github-action@@@s2@@ # v6.6.1
        with:
          browser: chrome
          record: true
        env:
          CYPRESS_RECORD_KEY: ${{ secrets.CYPRESS_RECORD_KEY }}
          CYPRESS_PROJECT_ID: @@pid@@
          CYPRESS_password: ${{ secrets.E2E_PASSWORD }}
          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}
''', s1=hexs(r, 40), s2=hexs(r, 40), pid=rs(r, LOWER + DIGITS, 6))


@neg("public-id", "cypress-cloud")
def n_cy_projectid(r):
    return "cypress.config.js", T('''const { defineConfig } = require('cypress')

module.exports = defineConfig({
  // projectId is safe to commit; the record key lives in CI secrets
  projectId: '@@pid@@',
  video: false,
  retries: { runMode: 2, openMode: 0 },
  e2e: {
    baseUrl: 'http://localhost:@@port@@',
  },
})
''', pid=rs(r, LOWER + DIGITS, 6), port=str(r.choice([3000, 4200, 5173, 8080])))


@neg("env-reference", "browserstack")
def n_bstack_env(r):
    o = org(r)
    return pick_path(r, "browserstack.yml", "config/browserstack.yml"), T('''userName: ${BROWSERSTACK_USERNAME}
accessKey: ${BROWSERSTACK_ACCESS_KEY}
projectName: @@O@@ Web
buildName: nightly
buildIdentifier: '#${BUILD_NUMBER}'
platforms:
  - os: Windows
    osVersion: 11
    browserName: Chrome
    browserVersion: latest
  - os: OS X
    osVersion: Sonoma
    browserName: Safari
    browserVersion: 17.3
parallelsPerPlatform: 2
browserstackLocal: true
debug: false
networkLogs: true
''', O=cap(o))


@neg("job-id", "saucelabs")
def n_sauce_log(r):
    lines = []
    for _ in range(r.randint(4, 8)):
        lines.append("%s INFO  SauceReporter - %s finished: https://app.saucelabs.com/tests/%s" % (
            ts_iso(r), r.choice(["LoginTest.validLogin", "CartTest.addItem", "SearchTest.filters"]), hexs(r, 32)))
    return pick_path(r, "logs/sauce-run.log", "build/reports/sauce.log"), "\n".join(lines) + "\n"


@neg("session-id", "selenium")
def n_webdriver_log(r):
    sid = hexs(r, 32)
    return pick_path(r, "logs/chromedriver.log", "test-output/webdriver.log"), T('''[@@t@@][INFO]: Starting ChromeDriver 122.0.6261.94 on port 9515
[@@t@@][INFO]: [@@sid@@] COMMAND InitSession {
   "capabilities": {
      "firstMatch": [ {  } ],
      "alwaysMatch": { "browserName": "chrome", "goog:chromeOptions": { "args": [ "--headless=new" ] } }
   }
}
[@@t@@][INFO]: [@@sid@@] RESPONSE InitSession {
   "capabilities": { "browserVersion": "122.0.6261.94", "goog:chromeOptions": { "debuggerAddress": "localhost:@@port@@" } },
   "sessionId": "@@sid@@"
}
[@@t@@][INFO]: [@@sid@@] COMMAND FindElement { "using": "css selector", "value": "#password" }
[@@t@@][INFO]: [@@sid@@] RESPONSE FindElement { "element-6066-11e4-a52e-4f735466cecf": "@@el@@" }
''', t="%d.%03d" % (r.randint(1, 999), r.randint(0, 999)), sid=sid, port=str(r.randint(40000, 60000)),
             el="f.%s.d.%s.e.%d" % (hexs(r, 32).upper(), hexs(r, 32).upper(), r.randint(1, 99)))


@neg("screenshot-hash", "visual-regression")
def n_visual_manifest(r):
    shots = {}
    for name in r.sample(["login", "login-error", "dashboard", "settings", "checkout", "profile", "signup"], 5):
        shots["%s-chromium.png" % name] = {"sha256": sha256_of(r), "width": 1280, "height": r.choice([720, 800, 1024])}
    return pick_path(r, "tests/__screenshots__/manifest.json", ".visual/baseline.json"), json.dumps(
        {"version": 2, "baselineCommit": hexs(r, 40), "screenshots": shots}, indent=2) + "\n"


@neg("masked", "test-data")
def n_csv_masked(r):
    o = org(r)
    rows = []
    for _ in range(r.randint(4, 8)):
        f, l = person(r)
        rows.append("%s.%s@%s,%s,%s" % (f, l, domain(r, o), r.choice(ROLES), r.choice(["********", "[REDACTED]", "(vault)", ""])))
    return pick_path(r, "test-data/users.csv", "docs/accounts-export.csv"), "email,role,password\n" + "\n".join(rows) + "\n"


@neg("secret-manager-ref", "test-data")
def n_yaml_vault(r):
    o = org(r)
    return pick_path(r, "test-data/accounts.yml", "e2e/personas.yaml"), T('''# Credentials are resolved at runtime by scripts/resolve-secrets.ts
personas:
  admin:
    email: @@a@@
    password: vault:secret/data/e2e/admin#password
  support:
    email: @@s@@
    password: op://QA Shared/e2e-support/password
  viewer:
    email: @@v@@
    password: ${VIEWER_PASSWORD}
''', a=email(r, o, "admin"), s=email(r, o, "support"), v=email(r, o, "viewer"))


@neg("secret-manager-ref", "1password")
def n_env_example_op(r):
    o = org(r)
    return pick_path(r, ".env.example", "e2e/.env.sample"), T('''# Copy to .env and run with: op run --env-file=.env -- npm run e2e
BASE_URL=https://@@h@@
E2E_USERNAME=op://QA/e2e-admin/username
E2E_PASSWORD=op://QA/e2e-admin/password
E2E_TOTP_SECRET=op://QA/e2e-admin/one-time password?attribute=totp
BROWSERSTACK_USERNAME=
BROWSERSTACK_ACCESS_KEY=
''', h=host(r, o))


@neg("empty", "dotenv")
def n_env_example_empty(r):
    return pick_path(r, ".env.example", ".env.sample", "tests/.env.example"), '''# Playwright e2e settings
BASE_URL=http://localhost:3000
E2E_USER=
E2E_PASSWORD=
STAGING_BASIC_AUTH_USER=
STAGING_BASIC_AUTH_PASSWORD=
HEADLESS=true
'''


@neg("secret-manager-ref", "markdown")
def n_md_vault(r):
    o = org(r)
    return pick_path(r, "docs/test-accounts.md", "qa/ACCOUNTS.md"), T('''# Test accounts

| Persona | Login | Password |
|---------|-------|----------|
| Admin | @@a@@ | Vault `secret/e2e/admin` |
| Support | @@s@@ | Vault `secret/e2e/support` |
| Viewer | @@v@@ | SSO (Okta), no password |

Passwords rotate every 30 days; never paste them into tickets. The rotation job
is `rotate-e2e-credentials` in the ops pipeline.
''', a=email(r, o, "admin"), s=email(r, o, "support"), v=email(r, o, "viewer"))


@neg("env-reference", "selenium")
def n_sel_java_env(r):
    o = org(r)
    return "src/test/java/com/%s/ui/BaseTest.java" % o, T('''package com.@@o@@.ui;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

public abstract class BaseTest {
    protected static final String BASE_URL = System.getProperty("base.url", "https://@@h@@");
    protected static final String USER = System.getenv("QA_USERNAME");
    protected static final String PASSWORD = System.getenv("QA_PASSWORD");
    protected WebDriver driver;

    protected void start() {
        if (PASSWORD == null || PASSWORD.isBlank()) {
            throw new IllegalStateException("QA_PASSWORD is not set");
        }
        driver = new ChromeDriver();
    }
}
''', o=o, h=host(r, o))


@neg("env-reference", "selenium")
def n_cs_params(r):
    o = org(r)
    return "tests/%s.Ui.Tests/TestSettings.cs" % cap(o), T('''using NUnit.Framework;

namespace @@O@@.Ui.Tests
{
    public static class TestSettings
    {
        public static string BaseUrl => TestContext.Parameters.Get("baseUrl", "https://@@h@@");
        public static string UserName => TestContext.Parameters["userName"];
        public static string Password => TestContext.Parameters["password"];
        public static bool Headless => bool.Parse(TestContext.Parameters.Get("headless", "true"));
    }
}
''', O=cap(o), h=host(r, o))


@neg("env-reference", "pytest")
def n_py_option(r):
    return pick_path(r, "tests/conftest.py", "ui/conftest.py"), '''import os

import pytest


def pytest_addoption(parser):
    parser.addoption("--e2e-user", default=os.getenv("E2E_USER"))
    parser.addoption("--e2e-password", default=os.getenv("E2E_PASSWORD"))


@pytest.fixture(scope="session")
def credentials(request):
    user = request.config.getoption("--e2e-user")
    password = request.config.getoption("--e2e-password")
    if not password:
        pytest.skip("E2E_PASSWORD not configured")
    return user, password
'''


@neg("env-reference", "capybara")
def n_rb_env(r):
    return pick_path(r, "spec/support/login_helpers.rb", "spec/support/auth.rb"), '''module LoginHelpers
  def sign_in_as_merchant
    visit new_user_session_path
    fill_in "Email", with: ENV.fetch("MERCHANT_EMAIL")
    fill_in "Password", with: ENV.fetch("MERCHANT_PASSWORD")
    click_button "Log in"
  end
end

RSpec.configure do |config|
  config.include LoginHelpers, type: :system
end
'''


@neg("encrypted-value", "robotframework")
def n_robot_crypto(r):
    return pick_path(r, "tests/secure_login.robot", "robot/suites/secure.robot"), T('''*** Settings ***
Library    SeleniumLibrary
Library    CryptoLibrary    variable_decryption=True

*** Variables ***
${USER}        qa_operator
${PASSWORD}    crypt:@@c@@

*** Test Cases ***
Login With Encrypted Password
    Open Browser    ${URL}    chrome
    Input Text        id=user    ${USER}
    Input Password    id=pw    ${PASSWORD}
    Click Button    Login
''', c=b64(r, r.choice([72, 88, 104])))


@neg("documented-example", "rfc6238")
def n_totp_vectors(r):
    return pick_path(r, "tests/unit/test_totp.py", "tests/otp_vectors_test.py"), '''import pyotp

# RFC 6238 appendix B: ASCII "12345678901234567890" as the SHA1 seed
RFC_SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
VECTORS = [(59, "94287082"), (1111111109, "07081804"), (1111111111, "14050471"),
           (1234567890, "89005924"), (2000000000, "69279037")]


def test_rfc6238_vectors():
    totp = pyotp.TOTP(RFC_SEED, digits=8)
    for ts, expected in VECTORS:
        assert totp.at(ts) == expected
'''


@neg("documented-example", "google-authenticator")
def n_otp_docs_example(r):
    return pick_path(r, "tests/helpers/otp.spec.ts", "src/mfa/__tests__/uri.test.ts"), '''import { parseOtpauthUri } from '../uri';

describe('parseOtpauthUri', () => {
  it('parses the example from the Key Uri Format wiki', () => {
    const uri = 'otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example';
    expect(parseOtpauthUri(uri)).toEqual({
      type: 'totp',
      issuer: 'Example',
      account: 'alice@google.com',
      secret: 'JBSWY3DPEHPK3PXP',
      digits: 6,
      period: 30,
    });
  });
});
'''


@neg("documented-example", "jwt.io")
def n_jwt_example(r):
    return pick_path(r, "src/auth/__tests__/decode.test.js", "tests/unit/jwt-decode.spec.ts"), '''import { decodeClaims } from '../decode';

// The example token shown on jwt.io (HS256, secret "your-256-bit-secret")
const SAMPLE =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

test('decodes the payload without verifying', () => {
  expect(decodeClaims(SAMPLE)).toEqual({ sub: '1234567890', name: 'John Doe', iat: 1516239022 });
});
'''


@neg("public-key", "jwks")
def n_jwks(r):
    keys = []
    for _ in range(r.randint(1, 2)):
        keys.append({"kty": "RSA", "use": "sig", "alg": "RS256", "kid": b64url(r, 16),
                     "n": b64url(r, 256), "e": "AQAB"})
    return pick_path(r, "tests/fixtures/jwks.json", "cypress/fixtures/.well-known/jwks.json"), json.dumps({"keys": keys}, indent=2) + "\n"


@neg("public-key", "pem")
def n_pem_public(r):
    body = base64.b64encode(bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") +
                            rbytes(r, 256) + bytes.fromhex("0203010001")).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return pick_path(r, "tests/fixtures/token-verify.pub.pem", "e2e/keys/mock-idp-public.pem"), \
        "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----\n"


@neg("signature", "webhook-fixture")
def n_webhook_fixture(r):
    o = org(r)
    return pick_path(r, "cypress/fixtures/webhooks/order-paid.json", "tests/fixtures/webhook_event.json"), json.dumps({
        "headers": {"Content-Type": "application/json",
                    "X-Signature-256": "sha256=" + hexs(r, 64),
                    "X-Delivery-Id": uuid4(r)},
        "body": {"event": "order.paid", "orderId": "ord_%s" % rs(r, ALNUM, 14),
                 "amount": r.randint(100, 99999), "currency": r.choice(["EUR", "USD", "GBP"]),
                 "customer": email(r, o)},
    }, indent=2) + "\n"


@neg("mock-token", "msw")
def n_msw_handlers(r):
    return pick_path(r, "src/mocks/handlers.ts", "tests/mocks/auth.handlers.ts"), '''import { http, HttpResponse } from 'msw';

export const handlers = [
  http.post('/api/auth/login', async ({ request }) => {
    const { password } = (await request.json()) as { password: string };
    if (password === 'wrong-password') {
      return HttpResponse.json({ error: 'invalid_credentials' }, { status: 401 });
    }
    return HttpResponse.json({ accessToken: 'mock-access-token', expiresIn: 3600 });
  }),
  http.get('/api/me', () => HttpResponse.json({ id: 'user-1', name: 'Mock User' })),
];
'''


@neg("mock-token", "cypress")
def n_cy_intercept(r):
    return pick_path(r, "cypress/e2e/profile-stubbed.cy.ts", "cypress/e2e/stubbed/profile.cy.js"), '''describe('profile (stubbed backend)', () => {
  beforeEach(() => {
    cy.intercept('GET', '/api/me', { fixture: 'me.json' }).as('me')
    window.localStorage.setItem('auth.accessToken', 'fake-jwt-for-tests')
  })

  it('shows the profile name', () => {
    cy.visit('/profile')
    cy.wait('@me').its('request.headers.authorization').should('eq', 'Bearer fake-jwt-for-tests')
    cy.contains('h1', 'Mock User')
  })
})
'''


@neg("checksum", "app-build")
def n_appium_build(r):
    o = org(r)
    return pick_path(r, "mobile/builds.yml", "e2e/mobile/apps.yaml"), T('''# App binaries used by the Appium suite
android:
  file: builds/@@o@@-@@v@@-release.apk
  versionCode: @@vc@@
  sha256: @@s1@@
ios:
  file: builds/@@O@@-@@v@@.ipa
  buildNumber: "@@bn@@"
  sha256: @@s2@@
  teamId: @@team@@
''', o=o, O=cap(o), v=ver(r), vc=str(r.randint(100, 9999)), s1=sha256_of(r), s2=sha256_of(r),
             bn=str(r.randint(1000, 99999)), team=rs(r, UPPER + DIGITS, 10))


@neg("env-reference", "k6")
def n_k6_env(r):
    return pick_path(r, "k6/login-load.js", "load/login.js"), '''import http from 'k6/http';
import { check } from 'k6';

export const options = { vus: 20, duration: '2m', thresholds: { http_req_duration: ['p(95)<800'] } };

export default function () {
  const res = http.post(`${__ENV.BASE_URL}/api/auth/login`, JSON.stringify({
    email: __ENV.LOAD_USER,
    password: __ENV.LOAD_PASSWORD,
  }), { headers: { 'Content-Type': 'application/json' } });
  check(res, { 'logged in': (r) => r.status === 200 });
}
'''


@neg("policy-test", "cucumber")
def n_feature_policy(r):
    return pick_path(r, "features/password_policy.feature", "e2e/features/signup_policy.feature"), '''Feature: Password policy on sign-up

  Scenario Outline: Weak passwords are refused
    Given I am on the sign-up page
    When I choose the password "<candidate>"
    Then I should see "<feedback>"

    Examples:
      | candidate   | feedback                         |
      | abc         | Use at least 12 characters       |
      | password123 | This password is too common      |
      | 11111111111 | Use letters as well as numbers   |
      | qwertyuiop  | This password is too common      |
'''


@neg("config-key-names", "properties")
def n_props_keys(r):
    return pick_path(r, "src/test/resources/locators.properties", "src/test/resources/ui.properties"), '''# Locators and validation rules for the login page
login.username.selector=#username
login.password.selector=#password
login.password.toggle=button[aria-label='Show password']
login.password.minLength=12
login.password.maxLength=128
login.error.selector=.alert-danger
login.submit.selector=button[type=submit]
'''


@neg("i18n", "locales")
def n_i18n(r):
    return pick_path(r, "src/locales/en/auth.json", "public/locales/en/login.json"), '''{
  "login": {
    "title": "Sign in",
    "email": "Email address",
    "password": "Password",
    "showPassword": "Show password",
    "forgotPassword": "Forgot your password?",
    "errors": {
      "invalidCredentials": "Invalid email or password",
      "passwordRequired": "Password is required",
      "locked": "Too many attempts. Try again in {{minutes}} minutes."
    }
  }
}
'''


@neg("html-fixture", "fixtures")
def n_html_fixture(r):
    return pick_path(r, "tests/fixtures/login.html", "cypress/fixtures/login-page.html"), T('''<!doctype html>
<html lang="en">
  <body>
    <form id="login" method="post" action="/session">
      <label for="email">Email</label>
      <input id="email" name="email" type="email" autocomplete="username" data-testid="email-input">
      <label for="password">Password</label>
      <input id="password" name="password" type="password" autocomplete="current-password"
             minlength="12" data-testid="password-input">
      <button type="submit" data-testid="login-submit">Sign in</button>
    </form>
    <script src="/assets/app.@@h@@.js" integrity="sha384-@@i@@" crossorigin="anonymous"></script>
  </body>
</html>
''', h=hexs(r, 10), i=b64(r, 48))


@neg("selector", "page-object")
def n_java_findby(r):
    o = org(r)
    return "src/test/java/com/%s/pages/LoginPage.java" % o, T('''package com.@@o@@.pages;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;

public class LoginPage {
    @FindBy(id = "username") private WebElement usernameField;
    @FindBy(id = "password") private WebElement passwordField;
    @FindBy(css = "[data-test='password-strength']") private WebElement strengthMeter;
    @FindBy(css = "button[type=submit]") private WebElement submit;

    public LoginPage(WebDriver driver) {
        PageFactory.initElements(driver, this);
    }

    public void login(String user, String password) {
        usernameField.sendKeys(user);
        passwordField.sendKeys(password);
        submit.click();
    }
}
''', o=o)


@neg("uuid", "markdown")
def n_md_run_report(r):
    rows = "\n".join("| %s | %s | %s | %d |" % (uuid4(r)[:8], hexs(r, 7), r.choice(["passed", "passed", "flaky"]),
                                               r.randint(120, 900)) for _ in range(r.randint(4, 7)))
    return pick_path(r, "docs/e2e-runs.md", "qa/reports/weekly.md"), T('''# E2E run summary (week @@w@@)

| Run | Commit | Result | Duration (s) |
|-----|--------|--------|--------------|
@@rows@@

Full reports: https://reports.@@d@@/e2e/@@id@@
''', w=str(r.randint(1, 52)), rows=rows, d=domain(r), id=uuid4(r))


@neg("password-hash", "sql")
def n_sql_bcrypt(r):
    o = org(r)
    alpha = "./" + ALNUM
    rows = []
    for role in r.sample(ROLES, 3):
        rows.append("  ('%s', '%s', '$2b$12$%s')" % (email(r, o, role), role, rs(r, alpha, 53)))
    return pick_path(r, "db/seeds/e2e_users.sql", "tests/sql/seed_users.sql"), T('''-- Seed users for the e2e database. Password hashes only; plaintexts live in Vault.
INSERT INTO users (email, role, password_hash) VALUES
@@rows@@;

UPDATE users SET confirmed_at = now() WHERE email LIKE '%@@@d@@';
''', rows=",\n".join(rows), d=domain(r, o))


@neg("checksum", "cypress")
def n_cy_download_checksum(r):
    return pick_path(r, "cypress/e2e/export.cy.js", "cypress/e2e/downloads.cy.ts"), T('''describe('invoice export', () => {
  it('downloads the expected PDF', () => {
    cy.visit('/invoices/INV-@@n@@')
    cy.get('[data-cy=download-pdf]').click()
    cy.readFile('cypress/downloads/INV-@@n@@.pdf', 'binary').then((pdf) => {
      cy.task('sha256', pdf).should('eq', '@@sha@@')
    })
  })
})
''', n=str(r.randint(10000, 99999)), sha=sha256_of(r))


@neg("public-id", "launchdarkly")
def n_ld_client(r):
    o = org(r)
    return pick_path(r, "cypress/support/flags.ts", "e2e/support/feature-flags.ts"), T('''// The client-side ID is public (it ships in the browser bundle).
export const LD_CLIENT_SIDE_ID = '@@id@@';

export function forceFlags(flags: Record<string, boolean>) {
  cy.intercept('GET', `https://clientsdk.launchdarkly.com/sdk/evalx/${LD_CLIENT_SIDE_ID}/**`, {
    body: Object.fromEntries(Object.entries(flags).map(([k, v]) => [k, { value: v, version: 1 }])),
  });
}
''', id=hexs(r, 24))


@neg("documented-test-key", "recaptcha")
def n_recaptcha(r):
    return pick_path(r, "config/environments/test.rb", "config/recaptcha_test.rb"), '''# Google's documented reCAPTCHA v2 test keys: every verification passes.
Recaptcha.configure do |config|
  config.site_key   = "6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"
  config.secret_key = "6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe"
end
'''


@neg("documented-test-key", "turnstile")
def n_turnstile(r):
    return pick_path(r, "playwright/setup/captcha.ts", "e2e/support/turnstile.ts"), '''// Cloudflare Turnstile dummy keys for automated tests
// https://developers.cloudflare.com/turnstile/troubleshooting/testing/
export const TURNSTILE = {
  alwaysPassesSitekey: '1x00000000000000000000AA',
  alwaysFailsSitekey: '2x00000000000000000000AB',
  alwaysPassesSecret: '1x0000000000000000000000000000000AA',
  alwaysFailsSecret: '2x0000000000000000000000000000000AA',
};
'''


@neg("documented-test-key", "hcaptcha")
def n_hcaptcha(r):
    return pick_path(r, "tests/settings_test.py", "app/settings/e2e.py"), '''from .base import *  # noqa: F401,F403

DEBUG = False
# hCaptcha integration-test keys (always pass)
HCAPTCHA_SITEKEY = "10000000-ffff-ffff-ffff-000000000001"
HCAPTCHA_SECRET = "0x0000000000000000000000000000000000000000"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
'''


@neg("public-key", "stripe")
def n_stripe_checkout(r):
    return pick_path(r, "cypress/e2e/checkout/card.cy.js", "tests/checkout/card.spec.ts"), T('''// Stripe test mode: publishable key (public) and documented test cards
const STRIPE_PK = 'pk_test_@@pk@@'

describe('card checkout', () => {
  it('pays with a test Visa', () => {
    cy.visit('/checkout', { onBeforeLoad(win) { win.STRIPE_PK = STRIPE_PK } })
    cy.fillCard({ number: '4242 4242 4242 4242', exp: '12/34', cvc: '123', zip: '10115' })
    cy.contains('button', 'Pay').click()
    cy.contains('Payment succeeded')
  })

  it('shows a decline', () => {
    cy.fillCard({ number: '4000 0000 0000 0002', exp: '12/34', cvc: '123', zip: '10115' })
    cy.contains('button', 'Pay').click()
    cy.contains('Your card was declined')
  })
})
''', pk=rs(r, ALNUM, 99))


@neg("env-reference", "testcafe")
def n_testcafe_env(r):
    return pick_path(r, "tests/roles.js", "testcafe/roles.js"), '''import { Role, Selector } from 'testcafe';

export const admin = Role(`${process.env.BASE_URL}/login`, async t => {
  await t
    .typeText(Selector('#email'), process.env.ADMIN_EMAIL)
    .typeText(Selector('#password'), process.env.ADMIN_PASSWORD, { paste: true })
    .click(Selector('button[type=submit]'));
});
'''


@neg("env-reference", "webdriverio")
def n_wdio_env(r):
    return pick_path(r, "wdio.conf.js", "config/wdio.sauce.conf.js"), '''export const config = {
  user: process.env.SAUCE_USERNAME,
  key: process.env.SAUCE_ACCESS_KEY,
  region: 'eu',
  services: ['sauce'],
  specs: ['./test/specs/**/*.e2e.js'],
  capabilities: [{ browserName: 'chrome', browserVersion: 'latest', platformName: 'Windows 11' }],
  logLevel: 'warn',
  framework: 'mocha',
}
'''


@neg("env-reference", "puppeteer")
def n_puppeteer_env(r):
    return pick_path(r, "scripts/screens.js", "tools/capture.js"), '''const puppeteer = require('puppeteer');

(async () => {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  await page.authenticate({
    username: process.env.PREVIEW_USER,
    password: process.env.PREVIEW_PASSWORD,
  });
  await page.goto(process.env.PREVIEW_URL);
  await page.screenshot({ path: 'home.png' });
  await browser.close();
})();
'''


@neg("session-id", "selenium-grid")
def n_grid_status(r):
    nodes = []
    for _ in range(r.randint(1, 3)):
        nodes.append({"id": uuid4(r), "uri": "http://10.%d.%d.%d:5555" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                      "slots": [{"id": {"hostId": uuid4(r), "id": uuid4(r)},
                                 "session": {"sessionId": hexs(r, 32), "start": ts_iso(r),
                                             "stereotype": {"browserName": "chrome"}}}]})
    return pick_path(r, "grid/status-snapshot.json", "logs/grid-status.json"), json.dumps(
        {"value": {"ready": True, "message": "Selenium Grid ready.", "nodes": nodes}}, indent=2) + "\n"


@neg("commit-sha", "changelog")
def n_changelog(r):
    items = "\n".join("- %s %s (%s)" % (r.choice(["fix(e2e):", "feat(e2e):", "chore(ci):", "test:"]),
                                        r.choice(["stabilise login spec", "retry flaky checkout test",
                                                  "move credentials to vault", "add password reset flow",
                                                  "pin playwright image", "record runs to cloud"]),
                                        hexs(r, 7)) for _ in range(r.randint(4, 8)))
    return pick_path(r, "e2e/CHANGELOG.md", "tests/CHANGELOG.md"), T('''# Changelog

## @@v@@ (@@d@@)

@@items@@

Full diff: https://github.com/@@o@@/web/compare/@@a@@...@@b@@
''', v=ver(r), d=ts_iso(r)[:10], items=items, o=org(r), a=hexs(r, 40), b=hexs(r, 40))


@neg("encoded-data", "fixtures")
def n_base64_image(r):
    return pick_path(r, "cypress/fixtures/avatar.json", "tests/fixtures/upload.json"), json.dumps({
        "fileName": "avatar.png", "mimeType": "image/png",
        "contents": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHe" + b64(r, 240),
        "checksum": "md5:" + hexs(r, 32)}, indent=2) + "\n"


@neg("uuid", "test-data")
def n_orders_fixture(r):
    o = org(r)
    orders = [{"id": uuid4(r), "idempotencyKey": uuid4(r), "number": "SO-%06d" % r.randint(1, 999999),
               "customerId": "cus_%s" % rs(r, ALNUM, 14), "total": round(r.random() * 500, 2)} for _ in range(3)]
    return pick_path(r, "cypress/fixtures/orders.json", "tests/fixtures/orders.json"), json.dumps(
        {"tenant": o, "orders": orders}, indent=2) + "\n"


@neg("mfa-test", "playwright")
def n_mfa_mailbox(r):
    return pick_path(r, "tests/mfa.spec.ts", "e2e/mfa-email.spec.ts"), '''import { test, expect } from '@playwright/test';
import { latestCode } from './helpers/mailbox';

test('email one-time code', async ({ page }) => {
  await page.goto('/login');
  await page.fill('#email', process.env.MFA_EMAIL!);
  await page.click('text=Email me a code');
  const code = await latestCode(process.env.MFA_EMAIL!);
  expect(code).toMatch(/^\\d{6}$/);
  await page.fill('#otp', code);
  await page.click('text=Verify');
  await expect(page).toHaveURL(/home/);
});
'''


@neg("lockfile-hash", "yarn")
def n_yarn_lock(r):
    entries = []
    for name in r.sample(["cypress", "otplib", "dotenv", "wait-on", "ci-info", "playwright"], 3):
        v = ver(r)
        entries.append('"%s@npm:^%s":\n  version: %s\n  resolution: "%s@npm:%s"\n  checksum: %s\n  languageName: node\n  linkType: hard'
                       % (name, v, v, name, v, hexs(r, 128)))
    return "yarn.lock", "# This file is generated by running \"yarn install\" inside your project.\n\n__metadata:\n  version: 6\n  cacheKey: 8\n\n" + "\n\n".join(entries) + "\n"


@neg("locked-account-test", "selenium")
def n_py_lockout(r):
    return pick_path(r, "tests/ui/test_lockout.py", "ui_tests/test_account_lock.py"), '''import pytest
from selenium.webdriver.common.by import By

BAD_ATTEMPTS = ["invalid", "wrong-password", "123456", "letmein", "password"]


@pytest.mark.parametrize("attempt", BAD_ATTEMPTS)
def test_bad_password_is_rejected(driver, base_url, attempt):
    driver.get(base_url + "/login")
    driver.find_element(By.ID, "email").send_keys("lockout-probe@shop.invalid")
    driver.find_element(By.ID, "password").send_keys(attempt)
    driver.find_element(By.ID, "submit").click()
    assert "Invalid email or password" in driver.page_source
'''


@neg("robot-keyword", "robotframework")
def n_robot_vault(r):
    return pick_path(r, "resources/secrets.resource", "robot/resources/vault.resource"), '''*** Settings ***
Library    RPA.Robocorp.Vault

*** Keywords ***
Get Test Account
    [Arguments]    ${name}
    ${secret}=    Get Secret    ${name}
    RETURN    ${secret}[username]    ${secret}[password]

Log In With Vault Account
    [Arguments]    ${name}
    ${user}    ${pw}=    Get Test Account    ${name}
    Input Text        id=username    ${user}
    Input Password    id=password    ${pw}
    Click Button      id=login
'''


@neg("feature-persona", "cucumber")
def n_feature_persona(r):
    return pick_path(r, "features/returns.feature", "e2e/features/refunds.feature"), '''@persona
Feature: Returns

  # Credentials for personas are resolved from the secret store by the hooks.
  Scenario: Support agent approves a return
    Given I am logged in as the "support agent" persona
    And an order "SO-104233" with a pending return exists
    When I approve the return
    Then the customer is notified by email
'''


@neg("gherkin-env", "detox")
def n_detox_env(r):
    return pick_path(r, "e2e/login.test.js", "e2e/auth.e2e.js"), '''const { E2E_EMAIL, E2E_PASSWORD } = require('./env');

describe('login', () => {
  beforeAll(async () => {
    await device.launchApp({ delete: true, permissions: { notifications: 'YES' } });
  });

  it('signs in', async () => {
    await element(by.id('email-input')).typeText(E2E_EMAIL);
    await element(by.id('password-input')).typeText(E2E_PASSWORD);
    await element(by.id('login-button')).tap();
    await expect(element(by.id('home-screen'))).toBeVisible();
  });
});
'''


# ===================================================================== driver
N_POS = 500
N_NEG = 500


def filetype(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base in ("Jenkinsfile", "Dockerfile"):
        return base
    if "." in base.lstrip("."):
        return base.rsplit(".", 1)[-1]
    return base


def is_blocked_env_name(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base == ".env":
        return True
    if base.startswith(".env."):
        return base.split(".")[-1] not in ("example", "sample")
    return False


def needle_line(text, needle):
    idx = text.find(needle)
    assert idx >= 0, "needle missing"
    return text.count("\n", 0, idx) + 1


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    return full


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_iu.py OUTDIR SEED\n")
        return 2
    outdir = argv[1]
    seed = int(argv[2])
    r = random.Random(seed)
    manifest = []
    secrets = []

    # ---- positives
    order = list(range(len(POS)))
    r.shuffle(order)
    for i in range(N_POS):
        f, kind, provider, gen, slotkind = POS[order[i % len(order)]]
        secret, meta = gen(r)
        S = PosSlot(secret, meta)
        rel, text = f(r, S)
        assert S.calls == 1, f.__name__
        assert len(secret) >= 8, (f.__name__, secret)
        assert text.count(secret) == 1, (f.__name__, "secret must appear once")
        rel = "pos/p%04d/%s" % (i, rel)
        full = write(outdir, rel, text)
        line = needle_line(text, secret)
        with open(full, encoding="utf-8", newline="\n") as fh:
            lines = fh.read().split("\n")
        assert secret in lines[line - 1], (rel, line)
        manifest.append({"file": rel, "label": "pos", "provider": provider, "kind": kind,
                         "filetype": filetype(rel)})
        secrets.append({"file": rel, "needle": secret, "line": line})

    # ---- negatives
    reuse = [t for t in POS if t[0] is not p_dotenv]
    plan = ["reuse"] * (N_NEG // 2) + ["look"] * (N_NEG - N_NEG // 2)
    r.shuffle(plan)
    rorder = list(range(len(reuse)))
    r.shuffle(rorder)
    lorder = list(range(len(NEG)))
    r.shuffle(lorder)
    ri = li = 0
    for i, what in enumerate(plan):
        if what == "reuse":
            f, _kind, provider, gen, slotkind = reuse[rorder[ri % len(rorder)]]
            ri += 1
            secret, meta = gen(r)
            S = NegSlot(r, slotkind, meta)
            rel, text = f(r, S)
            assert S.calls == 1, f.__name__
            assert secret not in text, f.__name__
            kind = S.label
        else:
            f, kind, provider = NEG[lorder[li % len(lorder)]]
            li += 1
            rel, text = f(r)
        assert not is_blocked_env_name(rel), rel
        rel = "neg/n%04d/%s" % (i, rel)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
