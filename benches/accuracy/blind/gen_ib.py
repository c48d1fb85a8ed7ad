#!/usr/bin/env python3
"""gen_ib.py - blind evaluation set: load-testing, performance and synthetic-monitoring code.

EMPHASIS
    Credentials as performance/QA teams commit them next to their load tests and synthetic
    monitors.  Providers / tools: Grafana Cloud k6 (K6_CLOUD_TOKEN, `k6 cloud login --token`,
    k6 cloud.json), Grafana Cloud (service-account tokens `glsa_`, access-policy tokens `glc_`
    used as the Prometheus remote-write password of the k6 output), Gatling (Scala / Java /
    Kotlin simulations with basicAuth, headers, OAuth form params; Gatling Enterprise API token
    in pom.xml / Jenkinsfile), BlazeMeter + Taurus (`bzt` YAML `modules.blazemeter.token`
    id:secret, ~/.bzt-rc, curl --user id:secret), Locust (locustfile.py logins, headers, auth
    tuples, locust.conf), Artillery (YAML headers/variables/auth, JS processors), JMeter (.jmx
    Authorization Manager, Header Manager, User Defined Variables, JDBC config, user.properties,
    CSV data set files), LoadRunner VuGen (Action.c web_set_user / web_add_header /
    web_submit_data, globals.h), NeoLoad (CLI login, as-code YAML), Azure Load Testing (YAML
    config, Azure Pipelines task), Loader.io (API key in `loaderio-auth` header), Apache Bench
    (-A user:pass, -H Authorization), wrk Lua scripts, vegeta targets files, Checkly (`cu_` user
    API keys: GitHub Actions, Terraform, .env), Datadog Synthetics (datadog-ci.json,
    test.synthetics.json basicAuth, Terraform provider app_key, --apiKey flag), Playwright and
    Cypress configs, plus seed SQL, Markdown runbooks, HTML reports, k6 http-debug logs,
    Helm values, Postman environments, Makefiles, Dockerfiles.
    Kinds: API keys/tokens, basic-auth passwords, bearer tokens (opaque and JWT), OAuth client
    secrets, test users' passwords, DB passwords, one EC private key (k6 tlsAuth).
    File types: js, ts, py, scala, java, kt, groovy (Jenkinsfile), rb, c, h, lua, xml/jmx, yml,
    json, HOCON .conf, ini-style .conf, properties, csv, sh, Dockerfile, Makefile, tf,
    md, sql, html, log, txt, .env (positives only, < 1 in 20).

USAGE
    python3 -B gen_ib.py OUTDIR SEED
    Writes OUTDIR/pos/p0000..p0499/<relpath>, OUTDIR/neg/n0000..n0499/<relpath>,
    OUTDIR/manifest.jsonl (file, label, provider, kind, filetype) and OUTDIR/secrets.jsonl
    (file, needle, line) for positives.  All randomness comes from one random.Random(SEED).
    The program asserts that every needle is on its recorded (1-based) line, that it is the
    first occurrence, that no negative sits in a .env / .env.<stage> file, and that at most
    1 in 20 positives is a .env-style file.

NEEDLE CONVENTIONS
    * The needle is the secret value only, never the variable name, quotes or `Bearer `.
    * Authorization headers: `Bearer <tok>` -> <tok>; `Basic <b64>` -> the base64 blob.
    * URLs with userinfo (https://user:pass@host) -> the password only.
    * ab -A user:pass, curl --user id:secret, Taurus `token: id:secret`, web_set_user(user,
      pass, host), auth tuples -> the password / secret half only (user name and BlazeMeter
      key id are not secrets).
    * Key pairs where one half is public (BlazeMeter key id + secret, Prometheus numeric
      user + glc_ token) -> the secret half.
    * JWTs -> the whole three-part token.  glc_ tokens -> the whole glc_... string incl. '='.
    * Multi-line PEM private key -> the first base64 body line after the BEGIN line.
    * If the same secret is repeated in a file, `line` is its first occurrence.

NEGATIVES
    500 negatives.  Half re-use the positive templates with the secret's slot holding:
    placeholders (<your-token>, YOUR_API_KEY_HERE, changeme, xxxx...), empty values, masked
    values (****, [REDACTED]), environment / secret-manager references in the file's own
    syntax (__ENV.X, process.env.X, os.environ[...], sys.env(...), System.getenv(...),
    ${{ secrets.X }}, ${X}, ${__P(x)}, lr_eval_string/lr_decrypt, os.getenv, var.x, vault:/
    op:// / Key Vault URIs), template expressions ({{ .Values.x }}, {{API_KEY}}), providers'
    documented example keys (k6 REST doc token, BlazeMeter doc id:secret, Checkly doc
    cu_1234567890abcdef, loader.io doc verification tokens) and values the provider documents
    as public (Datadog RUM client tokens, loader.io verification tokens, OAuth client ids,
    numeric Grafana Cloud instance ids).  A .env template is
    moved to .env.example for negatives.  The other half are look-alikes: loader.io
    verification files / routes, k6/Gatling/Locust/JMeter/Artillery result files and logs,
    run ids, correlation ids, image digests, lockfile integrity hashes, go.sum, SHA256SUMS,
    git SHAs, public SSH keys, CA certificates, JWKS, base64 fixtures, response hashes,
    HMAC signatures computed from env secrets, lr_decrypt strings, CSVs of usernames only,
    runtime-generated fake passwords with obvious patterns, documented examples in READMEs.

FORMATS CHECKED (search over providers' docs and real project files)
    * Grafana Cloud k6 docs: personal / stack API tokens, `Authorization: Bearer` + X-Stack-Id;
      the REST doc example token is 32 hex (56c1668...) while tokens seen in real projects'
      `k6 login cloud --token` are 64 hex -> positives use 64 lowercase hex; the doc example
      is a negative.  k6 cloud.json holds {"token","stackID","defaultProjectID"}.
    * k6 Prometheus remote-write docs: username = numeric instance id, password = Grafana Cloud
      access policy token (glc_ + base64 JSON {"o","n","k","m":{"r"}}, padding kept).
    * Grafana source (satokengen): service-account token = "glsa_" + 32 [A-Za-z0-9] + "_" +
      8 hex = CRC32-IEEE of "glsa_<secret>" as little-endian bytes -> implemented exactly.
    * Checkly docs: Bearer API key + X-Checkly-Account UUID; user keys `cu_`, service keys
      `sv_` (changelog); real project files show cu_ + 32 hex.
    * BlazeMeter docs: API key = id:secret used as basic auth; doc example id is 24 hex and
      secret 72 hex (f817e22f...:76412519...) -> generated with those lengths; doc pair is a
      negative.  Taurus `modules.blazemeter.token: id:secret`, ~/.bzt-rc per-user config.
    * Loader.io support docs: verification token `loaderio-` + 32 hex, served as
      loaderio-<hex>.txt at the web root; API key sent as `loaderio-auth` header (32 hex).
    * Datadog docs: API key 32 hex, application key 40 hex; datadog-ci.json apiKey/appKey,
      DATADOG_API_KEY / DD_API_KEY env, synthetics public ids like abc-d3f-ghi.
    * Gatling docs: GATLING_ENTERPRISE_API_TOKEN env, permissions, Authorization header.
    * Azure Load Testing docs: YAML config `secrets` (Key Vault secret URIs) and `env`,
      AzureLoadTest@1 task `secrets`/`env` inputs (JSON arrays of name/value).
    * NeoLoad CLI docs: `neoload login $NLW_TOKEN`.

DOUBTS
    * Gatling Enterprise API token alphabet/length is not documented: generated as 43 chars
      of [A-Za-z0-9] (base62-looking) - unverified.
    * NeoLoad Web access token format not found: generated as 48 lowercase hex - unverified.
    * k6 token length: 64 hex assumed (doc example shows 32 hex); Grafana "stack" tokens may
      nowadays be glsa_ service-account tokens, which are also represented.
    * Checkly cu_ suffix length (32 hex) comes from project files, not from Checkly's docs.
    * glc_ JSON field order / "n" naming and the 24-char "k" come from real configs seen in
      search results, not from a Grafana spec.
    * OAuth client secrets (Keycloak-like 32 alnum, Auth0-like 64 base64url) and opaque
      bearer tokens are generic; no specific IdP format is claimed.
    * Artillery `auth: {user, pass}` and `$processEnvironment` / `$env` syntax were written from
      memory of Artillery docs, not re-checked.
    * Two search hits were secret-scanner material (GitGuardian detector pages for Grafana /
      NeoLoad, and one scanner rule file for Grafana tokens); they were not used.
"""
import base64
import json
import os
import random
import re
import sys
import textwrap
import zlib

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIG = "0123456789"
ALNUM = UPPER + LOWER + DIG
HEXC = DIG + "abcdef"
B64URL = ALNUM + "-_"
PWSYM = "!#%*-_.+=^~"

COMPANIES = ["acme", "northwind", "globex", "initech", "umbrella", "hooli", "vandelay",
             "stark", "tyrell", "soylent", "cyberdyne", "contoso", "fabrikam", "wonka",
             "blueharbor", "redkite", "lumen", "parcelly", "tidewater", "quillpay"]
TLDS = ["io", "dev", "com", "net", "cloud", "app"]
ENVS = ["staging", "perf", "preprod", "qa", "uat", "loadtest"]
ENDPOINTS = ["/api/v1/orders", "/api/v2/catalog/items", "/api/v1/cart", "/checkout",
             "/api/v1/search?q=shoes", "/api/v3/accounts/me", "/api/v1/payments/intents",
             "/graphql", "/api/v1/inventory/sku", "/api/v2/quotes", "/health", "/api/v1/tickets"]
WORDS = ["copper", "lantern", "maple", "orbit", "falcon", "harbor", "quartz", "meadow",
         "cobalt", "ember", "willow", "summit", "pixel", "tundra", "velvet", "juniper",
         "saffron", "glacier", "rivet", "nimbus", "basalt", "otter", "prism", "canyon"]
USERS = ["perf.bot", "loadtest01", "svc-perf", "k6-runner", "synthetic.monitor",
         "qa-automation", "gatling.user", "load.user07", "perf-admin", "checkout.tester",
         "soak-runner", "jmeter.svc"]
REGIONS = ["prod-us-east-0", "prod-eu-west-2", "prod-us-central-0", "prod-ap-southeast-1",
           "prod-eu-west-0", "prod-gb-south-0"]
LOADZONES = ["amazon:us:ashburn", "amazon:de:frankfurt", "amazon:gb:london",
             "amazon:ie:dublin", "amazon:us:portland", "amazon:sg:singapore"]


class Expr(str):
    """A code expression (not a string literal) placed in a secret's slot by negatives."""


def L(v, q='"'):
    """Render a slot value as a quoted literal, or raw when it is an expression."""
    return str(v) if isinstance(v, Expr) else q + str(v) + q


def D(text, **kw):
    """Dedent a template and replace «name» markers."""
    text = textwrap.dedent(text).lstrip("\n")

    def rep(m):
        return str(kw[m.group(1)])
    return re.sub(r"«(\w+)»", rep, text)


class Gen:
    def __init__(self, r):
        self.r = r

    # ---- primitives -------------------------------------------------------
    def ch(self, seq):
        return self.r.choice(seq)

    def rs(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n):
        return self.rs(HEXC, n)

    def alnum(self, n):
        return self.rs(ALNUM, n)

    def num(self, a, b):
        return self.r.randint(a, b)

    def rbytes(self, n):
        return bytes(self.r.randrange(256) for _ in range(n))

    def b64u(self, nbytes):
        return base64.urlsafe_b64encode(self.rbytes(nbytes)).decode().rstrip("=")

    def uuid(self):
        h = list(self.hex(32))
        h[12] = "4"
        h[16] = self.ch("89ab")
        h = "".join(h)
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def sha(self, n=64):
        return self.hex(n)

    # ---- innocent context ------------------------------------------------
    def company(self):
        return self.ch(COMPANIES)

    def host(self):
        return "%s.%s.%s.%s" % (self.ch(["api", "shop", "gateway", "app", "edge", "svc"]),
                                self.ch(ENVS), self.company(), self.ch(TLDS))

    def ep(self):
        return self.ch(ENDPOINTS)

    def user(self):
        return self.ch(USERS)

    def email(self):
        return "%s@%s.%s" % (self.ch(USERS).replace("-", "."), self.company(), self.ch(["com", "io"]))

    def vus(self):
        return self.ch([10, 20, 25, 50, 75, 100, 200, 500])

    def dur(self):
        return self.ch(["30s", "1m", "2m", "5m", "10m", "15m", "30m"])

    def word(self):
        return self.ch(WORDS)

    # ---- secrets -----------------------------------------------------------
    def k6_token(self):
        return self.hex(64)

    def glsa(self):
        key = "glsa_" + self.alnum(32)
        crc = zlib.crc32(key.encode()) & 0xFFFFFFFF
        return key + "_" + crc.to_bytes(4, "little").hex()

    def glc(self, org=None, region=None):
        stack = self.company() + self.ch(["perf", "loadtest", "k6", "qa", ""])
        obj = {"o": str(org or self.num(100000, 1999999)),
               "n": "%s-%s-%s" % (stack, self.ch(["k6-rw", "metrics-write", "perf-push", "prom-rw"]),
                                  self.ch(["ci", "runner", "token1", "gha", "local"])),
               "k": self.alnum(24),
               "m": {"r": region or self.ch(REGIONS)}}
        return "glc_" + base64.b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode()

    def checkly(self):
        return "cu_" + self.hex(32)

    def checkly_sv(self):
        return "sv_" + self.hex(32)

    def bzm_id(self):
        return self.hex(24)

    def bzm_secret(self):
        return self.hex(72)

    def dd_api(self):
        return self.hex(32)

    def dd_app(self):
        return self.hex(40)

    def loaderio_key(self):
        return self.hex(32)

    def neoload_token(self):
        return self.hex(48)

    def gatling_token(self):
        return self.alnum(43)

    def password(self):
        s = self.r.randrange(5)
        if s == 0:
            return "%s-%s-%d%s" % (self.word().capitalize(), self.word().capitalize(),
                                   self.num(10, 99), self.ch("!#%*+="))
        if s == 1:
            core = [self.ch(UPPER), self.ch(LOWER), self.ch(DIG), self.ch(PWSYM)]
            core += [self.ch(ALNUM + PWSYM) for _ in range(self.num(10, 16))]
            self.r.shuffle(core)
            return self.ch(LOWER + UPPER) + "".join(core)
        if s == 2:
            return "%s%d%s%s" % (self.word(), self.num(1, 9), self.ch("!#%*"), self.word().capitalize())
        if s == 3:
            return self.alnum(self.num(20, 28))
        return "%s%s%s%d" % (self.ch(UPPER), self.rs(LOWER + DIG, self.num(7, 10)),
                             self.ch("!#%*^~"), self.num(100, 9999))

    def password_url(self):
        """URL-userinfo-safe password."""
        core = [self.ch(UPPER), self.ch(LOWER), self.ch(DIG)]
        core += [self.ch(ALNUM + "-._~") for _ in range(self.num(12, 18))]
        self.r.shuffle(core)
        return self.ch(LOWER) + "".join(core)

    def opaque(self):
        s = self.r.randrange(3)
        if s == 0:
            return self.alnum(self.num(36, 48))
        if s == 1:
            return self.b64u(32)
        return self.hex(40)

    def oauth_secret(self):
        return self.alnum(32) if self.r.random() < 0.5 else self.rs(B64URL, 64)

    def jwt(self, iss=None, aud=None):
        alg = self.ch(["HS256", "RS256", "ES256"])
        hdr = {"alg": alg, "typ": "JWT"}
        if alg != "HS256":
            hdr["kid"] = self.hex(16)
        iat = 1700000000 + self.num(0, 60000000)
        pl = {"iss": iss or "https://auth.%s.%s/" % (self.company(), self.ch(TLDS)),
              "sub": self.ch([self.uuid(), "auth0|" + self.hex(24), str(self.num(10000, 999999))]),
              "aud": aud or self.ch(["perf-api", "orders-service", "https://api.internal"]),
              "iat": iat, "exp": iat + self.ch([3600, 86400, 604800, 2592000, 31536000]),
              "scope": self.ch(["read:orders write:orders", "openid profile", "api:full", "loadtest"])}
        enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        sig = self.b64u({"HS256": 32, "RS256": 256, "ES256": 64}[alg])
        return enc(hdr) + "." + enc(pl) + "." + sig

    def ec_key_pem(self):
        der = (bytes.fromhex("30770201010420") + self.rbytes(32) +
               bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + self.rbytes(64))
        b = base64.b64encode(der).decode()
        lines = [b[i:i + 64] for i in range(0, len(b), 64)]
        return "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END EC PRIVATE KEY-----", lines[0]

    def basic_b64(self, user, pw):
        return base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()

    # ---- innocent look-alike material ------------------------------------
    def cert_pem(self):
        der = bytes.fromhex("308203") + self.rbytes(1) + bytes.fromhex("308202") + self.rbytes(700)
        b = base64.b64encode(der).decode()
        return "-----BEGIN CERTIFICATE-----\n" + "\n".join(b[i:i + 64] for i in range(0, len(b), 64)) + "\n-----END CERTIFICATE-----"

    def ssh_pub(self):
        blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + self.rbytes(32)
        return "ssh-ed25519 " + base64.b64encode(blob).decode()

    def sha512_integrity(self):
        return "sha512-" + base64.b64encode(self.rbytes(64)).decode()


POS = []   # positive templates
LOOK = []  # negative look-alike templates


PROVIDER_VARS = {"grafana-k6": "K6_CLOUD_TOKEN", "grafana-cloud": "GRAFANA_CLOUD_TOKEN",
                 "checkly": "CHECKLY_API_KEY", "blazemeter": "BZM_API_KEY_SECRET",
                 "datadog": "DATADOG_API_KEY", "loaderio": "LOADERIO_API_KEY", "neoload": "NLW_TOKEN",
                 "gatling": "GATLING_ENTERPRISE_API_TOKEN"}
KIND_VARS = {"test_user_password": "TEST_USER_PASSWORD", "basic_auth_password": "BASIC_AUTH_PASSWORD",
             "db_password": "DB_PASSWORD", "client_secret": "OAUTH_CLIENT_SECRET", "jwt": "ACCESS_TOKEN",
             "bearer_token": "ACCESS_TOKEN", "api_key": "API_KEY", "api_token": "API_TOKEN",
             "private_key": "CLIENT_KEY_PEM"}


def pos(provider, kind, lang, gen, conv, ex=False, var=None, ftype=None):
    def deco(fn):
        dv = var or PROVIDER_VARS.get(provider) or KIND_VARS.get(kind, "API_TOKEN")
        POS.append({"name": fn.__name__, "provider": provider, "kind": kind, "lang": lang,
                    "gen": gen, "conv": conv, "ex": ex, "var": dv,
                    "ftype": ftype, "render": fn})
        return fn
    return deco


def look(provider, kind, ftype=None):
    def deco(fn):
        LOOK.append({"name": fn.__name__, "provider": provider, "kind": kind, "ftype": ftype,
                     "render": fn})
        return fn
    return deco


# =============================================================================
# Positive templates, part A: k6 / Grafana Cloud
# =============================================================================

@pos("grafana-k6", "api_token", "sh", lambda g: g.k6_token(), False)
def p_k6_cloud_login_sh(g, v):
    path = g.ch(["scripts/run-cloud-test.sh", "perf/bin/k6-cloud.sh", "ci/load/cloud-run.sh"])
    pid = g.num(3000000, 3999999)
    return path, D('''
        #!/usr/bin/env bash
        # Runs the checkout scenario on Grafana Cloud k6 from the perf runner box.
        set -euo pipefail

        SCRIPT="${1:-tests/checkout.js}"
        PROJECT_ID=«pid»

        if ! command -v k6 >/dev/null; then
          echo "k6 not installed" >&2
          exit 1
        fi

        k6 cloud login --token «v»
        K6_CLOUD_PROJECT_ID="$PROJECT_ID" k6 cloud run \\
          --tag team=«team» --tag commit="$(git rev-parse --short HEAD)" \\
          "$SCRIPT"
        ''', v=v, pid=pid, team=g.ch(["payments", "storefront", "platform", "search"]))


@pos("target-api", "bearer_token", "js", lambda g: g.opaque(), True, ex=True, var="API_TOKEN")
def p_k6_const_token(g, v):
    host = g.host()
    path = g.ch(["load/k6/orders.js", "tests/perf/api-smoke.js", "k6/scenarios/browse.js"])
    return path, D('''
        import http from 'k6/http';
        import { check, sleep } from 'k6';

        const BASE_URL = 'https://«host»';
        const API_TOKEN = «tok»;

        export const options = {
          vus: «vus»,
          duration: '«dur»',
          thresholds: {
            http_req_failed: ['rate<0.01'],
            http_req_duration: ['p(95)<«p95»'],
          },
        };

        export default function () {
          const res = http.get(`${BASE_URL}«ep»`, {
            headers: { Authorization: `Bearer ${API_TOKEN}`, Accept: 'application/json' },
            tags: { name: 'list' },
          });
          check(res, { 'status is 200': (r) => r.status === 200 });
          sleep(1);
        }
        ''', host=host, tok=L(v, "'"), vus=g.vus(), dur=g.dur(), p95=g.ch([300, 500, 800]), ep=g.ep())


@pos("target-api", "jwt", "js", lambda g: g.jwt(), False, ex=True, var="ACCESS_TOKEN")
def p_k6_inline_jwt(g, v):
    path = g.ch(["k6/checkout-flow.js", "perf/k6/cart.js", "load-tests/spike.js"])
    return path, D('''
        import http from 'k6/http';
        import { check, group } from 'k6';

        export const options = {
          scenarios: {
            spike: {
              executor: 'ramping-arrival-rate',
              startRate: 5,
              timeUnit: '1s',
              preAllocatedVUs: «vus»,
              stages: [
                { target: 50, duration: '1m' },
                { target: 300, duration: '30s' },
                { target: 5, duration: '1m' },
              ],
            },
          },
        };

        const params = {
          headers: {
            'Content-Type': 'application/json',
            Authorization: 'Bearer ' + «tok»,
          },
        };

        export default function () {
          group('add to cart', () => {
            const body = JSON.stringify({ sku: 'SKU-' + (__VU % 40), qty: 1 });
            const res = http.post('https://«host»/api/v1/cart/items', body, params);
            check(res, { created: (r) => r.status === 201 });
          });
        }
        ''', vus=g.vus(), tok=L(v, "'"), host=g.host())


@pos("target-api", "basic_auth_password", "js", lambda g: g.password_url(), False)
def p_k6_url_userinfo(g, v):
    u = g.user()
    return g.ch(["k6/admin-endpoints.js", "tests/load/basic-auth.js"]), D('''
        import http from 'k6/http';
        import { check } from 'k6';

        export const options = { vus: «vus», iterations: «it» };

        // admin API is behind basic auth on the perf environment
        const ADMIN = 'https://«u»:«v»@«host»';

        export default function () {
          const res = http.get(`${ADMIN}/admin/api/reports?from=${Date.now() - 3600000}`);
          check(res, { ok: (r) => r.status === 200 });
        }
        ''', vus=g.vus(), it=g.ch([100, 500, 1000]), u=u, v=v, host=g.host())


@pos("target-api", "test_user_password", "js", lambda g: g.password(), True, ex=True, var="TEST_USER_PASSWORD")
def p_k6_setup_login(g, v):
    email = g.email()
    return g.ch(["k6/login-soak.js", "perf/k6/auth.js", "load/login.js"]), D('''
        import http from 'k6/http';
        import { check, fail } from 'k6';

        const BASE = 'https://«host»';

        export const options = {
          stages: [
            { duration: '2m', target: «vus» },
            { duration: '«dur»', target: «vus» },
            { duration: '1m', target: 0 },
          ],
        };

        export function setup() {
          const res = http.post(`${BASE}/api/v1/auth/login`, JSON.stringify({
            email: '«email»',
            password: «pw»,
          }), { headers: { 'Content-Type': 'application/json' } });
          if (res.status !== 200) fail(`login failed: ${res.status}`);
          return { token: res.json('access_token') };
        }

        export default function (data) {
          const r = http.get(`${BASE}/api/v3/accounts/me`, {
            headers: { Authorization: `Bearer ${data.token}` },
          });
          check(r, { 'profile 200': (x) => x.status === 200 });
        }
        ''', host=g.host(), vus=g.vus(), dur=g.dur(), email=email, pw=L(v, "'"))


@pos("grafana-k6", "api_token", "json", lambda g: g.k6_token(), True)
def p_k6_cloud_json(g, v):
    return g.ch(["config/k6/cloud.json", ".k6/cloud.json", "perf/k6-config/cloud.json"]), json.dumps(
        {"token": v, "stackID": g.num(100000, 999999), "defaultProjectID": g.num(3000000, 3999999)},
        indent=2) + "\n"


@pos("grafana-cloud", "api_token", "sh", lambda g: g.glc(), True)
def p_k6_prom_rw_sh(g, v):
    inst = g.num(400000, 2999999)
    return g.ch(["scripts/k6-prom.sh", "perf/run-with-metrics.sh", "tools/k6-remote-write.sh"]), D('''
        #!/bin/sh
        # Stream k6 metrics to the Grafana Cloud Prometheus instance of the perf stack.
        export K6_PROMETHEUS_RW_SERVER_URL=https://prometheus-«reg».grafana.net/api/prom/push
        export K6_PROMETHEUS_RW_USERNAME=«inst»
        export K6_PROMETHEUS_RW_PASSWORD=«v»
        export K6_PROMETHEUS_RW_TREND_STATS="p(95),p(99),min,max"

        k6 run -o experimental-prometheus-rw --tag testid="$(date +%Y%m%d-%H%M)" "$@"
        ''', reg=g.ch(["prod-10-prod-us-central-0", "prod-13-prod-us-east-0", "prod-01-eu-west-0"]),
        inst=inst, v=v)


@pos("grafana-cloud", "api_token", "yml", lambda g: g.glc(), True)
def p_k6_compose_rw(g, v):
    return g.ch(["docker-compose.perf.yml", "perf/docker-compose.yml", "load/compose.yaml"]), D('''
        services:
          k6:
            image: grafana/k6:«ver»
            command: run -o experimental-prometheus-rw /scripts/«script»
            volumes:
              - ./scripts:/scripts:ro
            environment:
              K6_PROMETHEUS_RW_SERVER_URL: https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push
              K6_PROMETHEUS_RW_USERNAME: "«inst»"
              K6_PROMETHEUS_RW_PASSWORD: "«v»"
              BASE_URL: https://«host»
          mock:
            image: wiremock/wiremock:3.3.1
            ports:
              - "8089:8080"
        ''', ver=g.ch(["0.49.0", "0.52.0", "0.54.0", "latest"]), script=g.ch(["smoke.js", "load.js", "soak.js"]),
        inst=g.num(400000, 2999999), v=v, host=g.host())


@pos("grafana-k6", "api_token", "yml", lambda g: g.k6_token(), True)
def p_k6_gha_env(g, v):
    return g.ch([".github/workflows/load-test.yml", ".github/workflows/k6.yml", ".github/workflows/perf-nightly.yml"]), D('''
        name: Nightly load test
        on:
          schedule:
            - cron: "«m» 2 * * *"
          workflow_dispatch: {}

        jobs:
          k6:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: grafana/setup-k6-action@v1
              - uses: grafana/run-k6-action@v1
                env:
                  K6_CLOUD_TOKEN: «v»
                  K6_CLOUD_PROJECT_ID: "«pid»"
                with:
                  path: ./tests/perf/*.js
                  cloud-run-locally: false
        ''', m=g.num(0, 59), v=v, pid=g.num(3000000, 3999999))


@pos("grafana-k6", "api_token", "yml", lambda g: g.k6_token(), False)
def p_k6_operator_secret(g, v):
    name = g.ch(["k6-cloud", "grafana-k6-token", "perf-cloud-credentials"])
    return g.ch(["deploy/k6/testrun.yaml", "k8s/perf/k6-testrun.yaml", "infra/k6-operator/run.yaml"]), D('''
        apiVersion: v1
        kind: Secret
        metadata:
          name: «name»
          namespace: k6-operator-system
        type: Opaque
        stringData:
          token: «v»
        ---
        apiVersion: k6.io/v1alpha1
        kind: TestRun
        metadata:
          name: «run»
        spec:
          parallelism: «par»
          script:
            configMap:
              name: «run»-script
              file: test.js
          arguments: --out cloud
          runner:
            env:
              - name: K6_CLOUD_PROJECT_ID
                value: "«pid»"
        ''', name=name, v=v, run=g.ch(["checkout-load", "catalog-soak", "api-stress"]),
        par=g.ch([2, 4, 8]), pid=g.num(3000000, 3999999))


@pos("grafana-k6", "api_token", "dockerfile", lambda g: g.k6_token(), True, ftype="dockerfile")
def p_k6_dockerfile(g, v):
    return g.ch(["perf/Dockerfile", "docker/k6.Dockerfile", "load/Dockerfile"]), D('''
        FROM grafana/xk6:«x» AS build
        RUN xk6 build --with github.com/grafana/xk6-sql@latest --output /tmp/k6

        FROM alpine:3.19
        RUN apk add --no-cache ca-certificates tzdata
        COPY --from=build /tmp/k6 /usr/bin/k6
        COPY scripts/ /scripts/
        ENV K6_CLOUD_TOKEN=«v» \\
            K6_CLOUD_PROJECT_ID=«pid»
        WORKDIR /scripts
        ENTRYPOINT ["k6"]
        CMD ["cloud", "run", "--local-execution", "main.js"]
        ''', x=g.ch(["0.11.0", "0.13.0", "latest"]), v=v, pid=g.num(3000000, 3999999))


def _ec(g):
    pem, first = g.ec_key_pem()
    return (pem, first)


@pos("target-api", "private_key", "ts", _ec, False)
def p_k6_tlsauth_key(g, v):
    return g.ch(["k6/mtls-partner.ts", "perf/k6/mtls.ts"]), D('''
        import http from 'k6/http';
        import { check } from 'k6';
        import { Options } from 'k6/options';

        const CLIENT_CERT = open('./certs/partner-client.crt');

        const CLIENT_KEY = `«v»`;

        export const options: Options = {
          vus: «vus»,
          duration: '«dur»',
          tlsAuth: [{ domains: ['«host»'], cert: CLIENT_CERT, key: CLIENT_KEY }],
        };

        export default function () {
          const res = http.get('https://«host»/partner/v1/settlements');
          check(res, { 'mtls ok': (r) => r.status === 200 });
        }
        ''', v=v, vus=g.vus(), dur=g.dur(), host=g.host())


@pos("target-api", "bearer_token", "js", lambda g: g.opaque(), False, ex=True, var="GRPC_TOKEN")
def p_k6_grpc_meta(g, v):
    return g.ch(["k6/grpc/pricing.js", "load/grpc-quotes.js"]), D('''
        import grpc from 'k6/net/grpc';
        import { check, sleep } from 'k6';

        const client = new grpc.Client();
        client.load(['../proto'], 'pricing/v1/pricing.proto');

        export default () => {
          client.connect('«host»:443', { timeout: '5s' });
          const res = client.invoke('pricing.v1.PricingService/Quote', { sku: 'A-«n»', qty: 2 }, {
            metadata: { authorization: 'Bearer ' + «tok» },
          });
          check(res, { 'status OK': (r) => r && r.status === grpc.StatusOK });
          client.close();
          sleep(0.5);
        };
        ''', host=g.host(), n=g.num(100, 999), tok=L(v, "'"))


@pos("target-api", "api_token", "js", lambda g: g.rs(B64URL, 40), False)
def p_k6_ws_query(g, v):
    return g.ch(["k6/ws-prices.js", "load/websocket-feed.js"]), D('''
        import ws from 'k6/ws';
        import { check } from 'k6';

        export const options = { vus: «vus», duration: '«dur»' };

        export default function () {
          const url = 'wss://«host»/stream/prices?access_token=«v»&channel=eurusd';
          const res = ws.connect(url, {}, function (socket) {
            socket.on('open', () => socket.send(JSON.stringify({ op: 'subscribe' })));
            socket.setTimeout(() => socket.close(), 30000);
          });
          check(res, { 'upgraded': (r) => r && r.status === 101 });
        }
        ''', vus=g.vus(), dur=g.dur(), host=g.host(), v=v)


@pos("target-api", "jwt", "log", lambda g: g.jwt(), False)
def p_k6_debug_log(g, v):
    host = g.host()
    lines = [
        "time=\"2024-0%d-1%dT0%d:%02d:%02dZ\" level=info msg=\"Request:\\nGET %s HTTP/1.1\\r\\nHost: %s\\r\\nUser-Agent: k6/0.%d.0 (https://k6.io/)\\r\\nAuthorization: Bearer %s\\r\\nAccept-Encoding: gzip\\r\\n\\r\\n\" group= iter=0 request_id=%s scenario=default source=http-debug vu=1"
        % (g.num(1, 9), g.num(0, 9), g.num(0, 9), g.num(0, 59), g.num(0, 59), g.ep(), host, g.num(45, 54), v, g.uuid()),
        "time=\"2024-01-10T08:12:44Z\" level=info msg=\"Response:\\nHTTP/2.0 200 OK\\r\\nContent-Type: application/json\\r\\nX-Request-Id: %s\\r\\n\\r\\n\" group= iter=0 scenario=default source=http-debug vu=1" % g.uuid(),
        "     checks.........................: 100.00%% \u2713 %d      \u2717 0" % g.num(100, 900),
        "     http_req_duration..............: avg=%dms min=%dms med=%dms max=%dms p(90)=%dms p(95)=%dms" % (g.num(80, 200), g.num(20, 60), g.num(70, 150), g.num(400, 900), g.num(200, 300), g.num(250, 400)),
    ]
    head = ["", "          /\\      |\u203e\u203e| /\u203e\u203e/   /\u203e\u203e/", "     /\\  /  \\     |  |/  /   /  /",
            "", "     execution: local", "        script: tests/smoke.js", "        output: -", ""]
    return g.ch(["logs/k6-http-debug.log", "perf/results/debug-run.log", "artifacts/k6/run.log"]), "\n".join(head + lines) + "\n"


@pos("target-api", "test_user_password", "ts", lambda g: g.password(), False, ex=True, var="E2E_PASSWORD")
def p_k6_browser_fill(g, v):
    return g.ch(["k6/browser/login.ts", "synthetics/k6-browser-checkout.ts"]), D('''
        import { browser } from 'k6/browser';
        import { check } from 'k6';

        export const options = {
          scenarios: {
            ui: {
              executor: 'shared-iterations',
              options: { browser: { type: 'chromium' } },
            },
          },
        };

        export default async function () {
          const page = await browser.newPage();
          try {
            await page.goto('https://«host»/login');
            await page.locator('#email').type('«email»');
            await page.locator('#password').type(«pw»);
            await Promise.all([page.waitForNavigation(), page.locator('button[type=submit]').click()]);
            check(await page.locator('h1').textContent(), { 'dashboard': (t) => t.includes('Dashboard') });
          } finally {
            await page.close();
          }
        }
        ''', host=g.host(), email=g.email(), pw=L(v, "'"))


@pos("grafana-cloud", "api_token", "tf", lambda g: g.glsa(), False, ex=True, var="grafana_auth")
def p_grafana_tf(g, v):
    stack = g.company() + g.ch(["perf", "loadtest", ""])
    return g.ch(["infra/grafana/main.tf", "terraform/observability/grafana.tf"]), D('''
        terraform {
          required_providers {
            grafana = {
              source  = "grafana/grafana"
              version = ">= 3.0.0"
            }
          }
        }

        provider "grafana" {
          url  = "https://«stack».grafana.net"
          auth = «tok»
        }

        resource "grafana_folder" "perf" {
          title = "Performance testing"
        }

        resource "grafana_dashboard" "k6_results" {
          folder      = grafana_folder.perf.id
          config_json = file("${path.module}/dashboards/k6-prometheus.json")
        }
        ''', stack=stack, tok=L(v))


@pos("grafana-cloud", "api_token", "yml", lambda g: g.glc(), True)
def p_grafana_ds_provision(g, v):
    return g.ch(["grafana/provisioning/datasources/k6.yaml", "ops/grafana/datasources.yml"]), D('''
        apiVersion: 1

        datasources:
          - name: k6-cloud-prometheus
            type: prometheus
            access: proxy
            url: https://prometheus-prod-13-prod-us-east-0.grafana.net/api/prom
            basicAuth: true
            basicAuthUser: "«inst»"
            isDefault: false
            jsonData:
              httpMethod: POST
              timeInterval: 5s
            secureJsonData:
              basicAuthPassword: «v»
        ''', inst=g.num(400000, 2999999), v=v)


@pos("grafana-k6", "api_token", "makefile", lambda g: g.k6_token(), True, ftype="makefile")
def p_k6_makefile(g, v):
    return g.ch(["Makefile", "perf/Makefile"]), D('''
        K6 ?= k6
        SCRIPTS := $(wildcard tests/perf/*.js)
        K6_CLOUD_TOKEN ?= «v»
        K6_CLOUD_PROJECT_ID ?= «pid»

        .PHONY: smoke load cloud lint

        smoke:
        \t$(K6) run --vus 1 --iterations 5 tests/perf/smoke.js

        load:
        \t$(K6) run tests/perf/load.js

        cloud:
        \tK6_CLOUD_TOKEN=$(K6_CLOUD_TOKEN) K6_CLOUD_PROJECT_ID=$(K6_CLOUD_PROJECT_ID) $(K6) cloud run tests/perf/load.js

        lint:
        \tnpx eslint $(SCRIPTS)
        ''', v=v, pid=g.num(3000000, 3999999)).replace("\\t", "\t")


# =============================================================================
# Positive templates, part B: Gatling, BlazeMeter/Taurus, Locust, Artillery
# =============================================================================

@pos("target-api", "basic_auth_password", "scala", lambda g: g.password(), False, ex=True, var="PERF_PASSWORD")
def p_gatling_scala_basic(g, v):
    cls = g.ch(["BackofficeSimulation", "ReportsSimulation", "AdminApiSimulation"])
    return "src/test/scala/perf/%s.scala" % cls, D('''
        package perf

        import scala.concurrent.duration._

        import io.gatling.core.Predef._
        import io.gatling.http.Predef._

        class «cls» extends Simulation {

          val httpProtocol = http
            .baseUrl("https://«host»")
            .acceptHeader("application/json")
            .basicAuth("«u»", «pw»)
            .userAgentHeader("gatling-perf/«ver»")

          val scn = scenario("back office reports")
            .exec(http("list reports").get("/admin/api/reports").check(status.is(200)))
            .pause(1.second, 3.seconds)
            .exec(http("export csv").get("/admin/api/reports/export?format=csv"))

          setUp(
            scn.inject(rampUsers(«vus»).during(«ramp».minutes))
          ).protocols(httpProtocol)
            .assertions(global.responseTime.percentile3.lt(«p»))
        }
        ''', cls=cls, host=g.host(), u=g.user(), pw=L(v), ver=g.ch(["3.9", "3.10", "3.11"]),
        vus=g.vus(), ramp=g.num(1, 10), p=g.ch([800, 1200, 2000]))


@pos("target-api", "bearer_token", "java", lambda g: g.opaque(), False, ex=True, var="API_TOKEN")
def p_gatling_java_header(g, v):
    cls = g.ch(["CatalogSimulation", "SearchSimulation", "InventorySimulation"])
    return "src/test/java/com/%s/perf/%s.java" % (g.company(), cls), D('''
        package com.perf;

        import static io.gatling.javaapi.core.CoreDsl.*;
        import static io.gatling.javaapi.http.HttpDsl.*;

        import io.gatling.javaapi.core.*;
        import io.gatling.javaapi.http.*;
        import java.time.Duration;

        public class «cls» extends Simulation {

          HttpProtocolBuilder httpProtocol = http.baseUrl("https://«host»")
              .header("Authorization", "Bearer " + «tok»)
              .acceptHeader("application/json");

          FeederBuilder<String> skus = csv("data/skus.csv").random();

          ScenarioBuilder browse = scenario("browse catalog")
              .feed(skus)
              .exec(http("item").get("/api/v2/catalog/items/#{sku}").check(status().is(200)))
              .pause(Duration.ofMillis(«ms»));

          {
            setUp(browse.injectOpen(constantUsersPerSec(«rate»).during(Duration.ofMinutes(«min»))))
                .protocols(httpProtocol);
          }
        }
        ''', cls=cls, host=g.host(), tok=L(v), ms=g.ch([250, 500, 1000]), rate=g.ch([5, 10, 20, 50]),
        min=g.ch([5, 10, 20]))


@pos("target-api", "api_key", "kt", lambda g: g.rs(ALNUM, 40), True, ex=True, var="PARTNER_API_KEY")
def p_gatling_kotlin_apikey(g, v):
    return "src/test/kotlin/perf/PartnerApiSimulation.kt", D('''
        package perf

        import io.gatling.javaapi.core.CoreDsl.*
        import io.gatling.javaapi.http.HttpDsl.*
        import io.gatling.javaapi.core.Simulation
        import java.time.Duration

        class PartnerApiSimulation : Simulation() {

            private val apiKey = «tok»

            private val protocol = http.baseUrl("https://«host»")
                .header("X-API-Key", apiKey)
                .contentTypeHeader("application/json")

            private val scn = scenario("partner quotes")
                .exec(
                    http("create quote")
                        .post("/api/v2/quotes")
                        .body(StringBody("""{"origin":"AMS","destination":"JFK","pax":«pax»}"""))
                        .check(status().shouldBe(201), jsonPath("$.id").saveAs("quoteId"))
                )
                .exec(http("get quote").get("/api/v2/quotes/#{quoteId}"))

            init {
                setUp(scn.injectOpen(rampUsersPerSec(1.0).to(«rate».0).during(Duration.ofMinutes(«min»))))
                    .protocols(protocol)
            }
        }
        ''', tok=L(v), host=g.host(), pax=g.num(1, 4), rate=g.ch([10, 20, 40]), min=g.ch([3, 5, 10]))


@pos("gatling", "api_token", "xml", lambda g: g.gatling_token(), True)
def p_gatling_pom(g, v):
    return g.ch(["pom.xml", "perf/pom.xml", "gatling-tests/pom.xml"]), D('''
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0"
                 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                 xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.«co».perf</groupId>
          <artifactId>gatling-load-tests</artifactId>
          <version>1.0.0-SNAPSHOT</version>

          <properties>
            <maven.compiler.release>17</maven.compiler.release>
            <gatling.version>3.«minor».«patch»</gatling.version>
          </properties>

          <dependencies>
            <dependency>
              <groupId>io.gatling.highcharts</groupId>
              <artifactId>gatling-charts-highcharts</artifactId>
              <version>${gatling.version}</version>
              <scope>test</scope>
            </dependency>
          </dependencies>

          <build>
            <plugins>
              <plugin>
                <groupId>io.gatling</groupId>
                <artifactId>gatling-maven-plugin</artifactId>
                <version>4.«pm».0</version>
                <configuration>
                  <simulationClass>perf.CheckoutSimulation</simulationClass>
                  <apiToken>«v»</apiToken>
                  <simulationId>«sim»</simulationId>
                </configuration>
              </plugin>
            </plugins>
          </build>
        </project>
        ''', co=g.company(), minor=g.num(9, 13), patch=g.num(0, 5), pm=g.num(8, 12), v=v, sim=g.uuid())


@pos("gatling", "api_token", "groovy", lambda g: g.gatling_token(), True, ex=True, var="GATLING_ENTERPRISE_API_TOKEN", ftype="groovy")
def p_gatling_jenkinsfile(g, v):
    return g.ch(["Jenkinsfile", "perf/Jenkinsfile", "ci/Jenkinsfile.perf"]), D('''
        pipeline {
          agent { label 'maven' }
          environment {
            GATLING_ENTERPRISE_API_TOKEN = «tok»
            SIMULATION_ID = '«sim»'
          }
          options { timeout(time: 90, unit: 'MINUTES') }
          stages {
            stage('Package') {
              steps { sh './mvnw -q -DskipTests gatling:enterprisePackage' }
            }
            stage('Run on Gatling Enterprise') {
              steps { sh './mvnw gatling:enterpriseStart -Dgatling.enterprise.simulationId=$SIMULATION_ID -Dgatling.enterprise.waitForRunEnd=true' }
            }
          }
          post {
            always { archiveArtifacts artifacts: 'target/gatling/**', allowEmptyArchive: true }
          }
        }
        ''', tok=L(v, "'"), sim=g.uuid())


@pos("target-api", "client_secret", "conf", lambda g: g.oauth_secret(), True)
def p_gatling_hocon(g, v):
    return g.ch(["src/test/resources/application.conf", "src/gatling/resources/perf.conf"]), D('''
        perf {
          baseUrl = "https://«host»"
          users = «vus»
          rampSeconds = «ramp»

          oauth {
            tokenUrl = "https://auth.«co».«tld»/oauth/token"
            clientId = "«cid»"
            clientSecret = "«v»"
            audience = "https://api.«co».«tld»"
          }

          feeders {
            customers = "data/customers.csv"
          }
        }
        ''', host=g.host(), vus=g.vus(), ramp=g.ch([30, 60, 120]), co=g.company(), tld=g.ch(TLDS),
        cid=g.alnum(32), v=v)


@pos("target-api", "client_secret", "kt", lambda g: g.oauth_secret(), True, ex=True, var="OAUTH_CLIENT_SECRET")
def p_gatling_kotlin_oauth(g, v):
    return "src/gatling/kotlin/perf/TokenSimulation.kt", D('''
        package perf

        import io.gatling.javaapi.core.CoreDsl.*
        import io.gatling.javaapi.http.HttpDsl.*
        import io.gatling.javaapi.core.Simulation

        class TokenSimulation : Simulation() {

            private val auth = exec(
                http("client credentials")
                    .post("https://login.«co».«tld»/oauth2/token")
                    .formParam("grant_type", "client_credentials")
                    .formParam("client_id", "«cid»")
                    .formParam("client_secret", «tok»)
                    .check(jsonPath("$.access_token").saveAs("token"))
            )

            private val scn = scenario("orders with token")
                .exec(auth)
                .repeat(«n»).on(
                    exec(http("orders").get("https://«host»/api/v1/orders").header("Authorization", "Bearer #{token}"))
                )

            init {
                setUp(scn.injectOpen(atOnceUsers(«vus»)))
            }
        }
        ''', co=g.company(), tld=g.ch(TLDS), cid=g.uuid(), tok=L(v), n=g.ch([10, 20, 50]), host=g.host(), vus=g.vus())


@pos("blazemeter", "api_key", "yml", lambda g: g.bzm_secret(), True)
def p_taurus_token(g, v):
    kid = g.bzm_id()
    return g.ch(["perf/taurus.yml", "bzt/load.yml", "tests/perf/bzt-config.yml"]), D('''
        execution:
        - executor: jmeter
          concurrency: «vus»
          ramp-up: 2m
          hold-for: «dur»
          scenario: checkout

        scenarios:
          checkout:
            script: jmeter/checkout.jmx
            variables:
              host: «host»

        modules:
          blazemeter:
            token: «kid»:«v»
            report-name: Checkout nightly
            test: Checkout load
            project: Storefront

        reporting:
        - module: final-stats
        - module: blazemeter
        ''', vus=g.vus(), dur=g.dur(), host=g.host(), kid=kid, v=v)


@pos("blazemeter", "api_key", "yml", lambda g: g.bzm_secret(), True)
def p_bzt_rc(g, v):
    return g.ch(["ci/.bzt-rc", "perf/config/.bzt-rc", "tools/bzt-rc.yml"]), D('''
        # per-user Taurus settings for the CI agent
        settings:
          artifacts-dir: /tmp/bzt/%Y-%m-%d_%H-%M-%S.%f
          check-updates: false
        modules:
          blazemeter:
            token: "«kid»:«v»"
            public-report: false
            upload-artifacts: true
          jmeter:
            version: 5.6.3
        ''', kid=g.bzm_id(), v=v)


@pos("blazemeter", "api_key", "sh", lambda g: g.bzm_secret(), False)
def p_bzm_curl(g, v):
    return g.ch(["scripts/blazemeter-start.sh", "ci/bzm-trigger.sh"]), D('''
        #!/usr/bin/env bash
        # Start the BlazeMeter test and poll until the master finishes.
        set -euo pipefail
        TEST_ID="${BLAZEMETER_TEST_ID:-«tid»}"
        API=https://a.blazemeter.com/api/v4

        master=$(curl -sf -X POST "$API/tests/$TEST_ID/start" \\
          -H 'Content-Type: application/json' \\
          --user '«kid»:«v»' | jq -r '.result.id')

        echo "started master $master"
        while :; do
          status=$(curl -sf "$API/masters/$master/status" --user '«kid»:«v»' | jq -r '.result.status')
          [ "$status" = "ENDED" ] && break
          sleep 30
        done
        ''', tid=g.num(10000000, 13999999), kid=g.bzm_id(), v=v)


@pos("blazemeter", "api_key", "py", lambda g: g.bzm_secret(), False, ex=True, var="BZM_API_SECRET")
def p_bzm_python(g, v):
    return g.ch(["tools/bzm_report.py", "perf/scripts/fetch_bzm_summary.py"]), D('''
        """Pull the aggregate report of the last BlazeMeter run into a CSV for the weekly review."""
        import csv
        import sys

        import requests

        API = "https://a.blazemeter.com/api/v4"
        SESSION = requests.Session()
        SESSION.auth = ("«kid»", «tok»)


        def last_master(test_id: int) -> int:
            r = SESSION.get(f"{API}/masters", params={"testId": test_id, "limit": 1})
            r.raise_for_status()
            return r.json()["result"][0]["id"]


        def main(test_id: int) -> None:
            master = last_master(test_id)
            rows = SESSION.get(f"{API}/masters/{master}/reports/aggregatereport/data").json()["result"]
            w = csv.writer(sys.stdout)
            w.writerow(["label", "samples", "avg", "p90", "errors"])
            for row in rows:
                w.writerow([row["labelName"], row["samples"], row["avgResponseTime"], row["90line"], row["errorsCount"]])


        if __name__ == "__main__":
            main(int(sys.argv[1]) if len(sys.argv) > 1 else «tid»)
        ''', kid=g.bzm_id(), tok=L(v), tid=g.num(10000000, 13999999))


@pos("target-api", "test_user_password", "py", lambda g: g.password(), True, ex=True, var="LOCUST_PASSWORD")
def p_locust_login(g, v):
    return g.ch(["locustfile.py", "perf/locust/locustfile.py", "load/locustfile.py"]), D('''
        from locust import HttpUser, between, task


        class ShopperUser(HttpUser):
            wait_time = between(1, 3)
            host = "https://«host»"

            def on_start(self):
                resp = self.client.post("/api/v1/auth/login", json={
                    "username": "«u»",
                    "password": «pw»,
                })
                resp.raise_for_status()
                self.client.headers["Authorization"] = "Bearer " + resp.json()["access_token"]

            @task(3)
            def browse(self):
                self.client.get("/api/v2/catalog/items?page=1", name="catalog")

            @task(1)
            def cart(self):
                self.client.post("/api/v1/cart/items", json={"sku": "SKU-«n»", "qty": 1}, name="add-to-cart")
        ''', host=g.host(), u=g.email(), pw=L(v), n=g.num(100, 999))


@pos("target-api", "api_key", "py", lambda g: g.rs(ALNUM, 32), False, ex=True, var="X_API_KEY")
def p_locust_header(g, v):
    return g.ch(["perf/locust/search_load.py", "locust/search.py"]), D('''
        import random

        from locust import FastHttpUser, constant_pacing, task

        TERMS = ["boots", "raincoat", "tent", "headlamp", "stove", "gaiters"]


        class SearchUser(FastHttpUser):
            host = "https://«host»"
            wait_time = constant_pacing(«pace»)

            def on_start(self):
                self.client.headers.update({
                    "X-Api-Key": «tok»,
                    "Accept": "application/json",
                })

            @task
            def search(self):
                q = random.choice(TERMS)
                with self.client.get(f"/api/v1/search?q={q}", name="/search", catch_response=True) as r:
                    if r.status_code != 200 or not r.json().get("hits"):
                        r.failure("no hits")
        ''', host=g.host(), pace=g.ch([1, 2, 5]), tok=L(v))


@pos("target-api", "api_token", "ini", lambda g: g.opaque(), True, ftype="conf")
def p_locust_conf(g, v):
    return g.ch(["locust.conf", "perf/locust.conf"]), D('''
        # locust.conf - picked up automatically by `locust`
        locustfile = perf/locust/locustfile.py
        host = https://«host»
        users = «vus»
        spawn-rate = «sr»
        run-time = «dur»
        headless = true
        csv = results/run
        # custom argument registered in locustfile (events.init_command_line_parser)
        api-token = «v»
        tenant = «co»
        ''', host=g.host(), vus=g.vus(), sr=g.ch([1, 5, 10]), dur=g.dur(), v=v, co=g.company())


@pos("target-api", "basic_auth_password", "py", lambda g: g.password(), False, ex=True, var="SVC_PASSWORD")
def p_locust_auth_tuple(g, v):
    return g.ch(["perf/locust/reports_user.py", "locust/admin_user.py"]), D('''
        from locust import HttpUser, task, tag, between


        class ReportingUser(HttpUser):
            """Exercises the reporting API, which only supports HTTP basic auth."""
            wait_time = between(2, 5)

            def on_start(self):
                self.client.auth = ("«u»", «tok»)
                self.client.verify = False

            @tag("reports")
            @task
            def daily(self):
                self.client.get("/reports/daily?tz=UTC", name="daily report")

            @tag("reports")
            @task
            def export(self):
                self.client.get("/reports/export?format=csv", name="export")
        ''', u=g.user(), tok=L(v))


@pos("target-api", "bearer_token", "yml", lambda g: g.jwt(), False)
def p_artillery_header(g, v):
    return g.ch(["artillery/checkout.yml", "perf/artillery/load.yaml", "load/artillery.yml"]), D('''
        config:
          target: "https://«host»"
          phases:
            - duration: 60
              arrivalRate: 5
              name: warm up
            - duration: 300
              arrivalRate: «rate»
              name: sustained
          plugins:
            ensure: {}
            metrics-by-endpoint: {}
          ensure:
            thresholds:
              - http.response_time.p95: «p95»

        scenarios:
          - name: checkout
            flow:
              - get:
                  url: "/api/v1/cart"
                  headers:
                    authorization: "Bearer «v»"
              - post:
                  url: "/checkout"
                  headers:
                    authorization: "Bearer «v»"
                  json:
                    paymentMethod: "test-card"
        ''', host=g.host(), rate=g.ch([10, 20, 50]), p95=g.ch([400, 600, 900]), v=v)


@pos("target-api", "api_key", "yml", lambda g: g.rs(ALNUM, 36), True)
def p_artillery_vars(g, v):
    return g.ch(["artillery/search.yml", "tests/load/search-artillery.yml"]), D('''
        config:
          target: https://«host»
          phases:
            - duration: «d»
              arrivalRate: «rate»
          variables:
            apiKey: "«v»"
            term:
              - "jacket"
              - "sneakers"
              - "backpack"
          http:
            timeout: 10

        scenarios:
          - flow:
              - get:
                  url: "/api/v1/search?q={{ term }}"
                  headers:
                    x-api-key: "{{ apiKey }}"
                  expect:
                    - statusCode: 200
        ''', host=g.host(), d=g.ch([120, 300, 600]), rate=g.ch([5, 10, 25]), v=v)


@pos("target-api", "client_secret", "js", lambda g: g.oauth_secret(), True, ex=True, var="CLIENT_SECRET")
def p_artillery_processor(g, v):
    return g.ch(["artillery/processor.js", "perf/artillery/helpers.js"]), D('''
        'use strict';

        const crypto = require('crypto');

        const CLIENT_ID = '«cid»';
        const CLIENT_SECRET = «tok»;

        module.exports = { fetchToken, setRequestId };

        async function fetchToken(context, events) {
          const res = await fetch('https://auth.«co».«tld»/oauth/token', {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({
              grant_type: 'client_credentials',
              client_id: CLIENT_ID,
              client_secret: CLIENT_SECRET,
            }),
          });
          context.vars.token = (await res.json()).access_token;
        }

        function setRequestId(req, context, ee, next) {
          req.headers['x-request-id'] = crypto.randomUUID();
          return next();
        }
        ''', cid=g.alnum(32), tok=L(v, "'"), co=g.company(), tld=g.ch(TLDS))


@pos("target-api", "basic_auth_password", "yml", lambda g: g.password(), False)
def p_artillery_auth(g, v):
    return g.ch(["artillery/admin.yml", "perf/artillery/backoffice.yml"]), D('''
        config:
          target: "https://«host»"
          phases:
            - duration: 120
              arrivalRate: 2
              rampTo: «rate»
        scenarios:
          - name: back office
            flow:
              - get:
                  url: "/admin/api/orders?status=pending"
                  auth:
                    user: «u»
                    pass: "«v»"
              - think: 2
        ''', host=g.host(), rate=g.ch([10, 20]), u=g.user(), v=v)


# =============================================================================
# Positive templates, part C: JMeter, LoadRunner, NeoLoad, Azure, loader.io, CLIs
# =============================================================================

def X(v):
    return str(v).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def jmx(g, title, config_xml, sampler_path=None, host=None):
    host = host or g.host()
    inner = textwrap.indent(textwrap.dedent(config_xml).strip("\n"), "      ")
    return D('''
        <?xml version="1.0" encoding="UTF-8"?>
        <jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
          <hashTree>
            <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="«title»">
              <boolProp name="TestPlan.functional_mode">false</boolProp>
              <boolProp name="TestPlan.serialize_threadgroups">false</boolProp>
              <elementProp name="TestPlan.user_defined_variables" elementType="Arguments" guiclass="ArgumentsPanel" testclass="Arguments" testname="User Defined Variables">
                <collectionProp name="Arguments.arguments"/>
              </elementProp>
            </TestPlan>
            <hashTree>
        «inner»
              <hashTree/>
              <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="«tg»">
                <intProp name="ThreadGroup.num_threads">«vus»</intProp>
                <intProp name="ThreadGroup.ramp_time">«ramp»</intProp>
                <boolProp name="ThreadGroup.same_user_on_next_iteration">true</boolProp>
                <stringProp name="ThreadGroup.on_sample_error">continue</stringProp>
                <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller">
                  <stringProp name="LoopController.loops">«loops»</stringProp>
                  <boolProp name="LoopController.continue_forever">false</boolProp>
                </elementProp>
              </ThreadGroup>
              <hashTree>
                <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="«sname»">
                  <stringProp name="HTTPSampler.domain">«host»</stringProp>
                  <stringProp name="HTTPSampler.protocol">https</stringProp>
                  <stringProp name="HTTPSampler.path">«path»</stringProp>
                  <stringProp name="HTTPSampler.method">GET</stringProp>
                  <boolProp name="HTTPSampler.follow_redirects">true</boolProp>
                  <boolProp name="HTTPSampler.use_keepalive">true</boolProp>
                </HTTPSamplerProxy>
                <hashTree>
                  <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200">
                    <collectionProp name="Asserion.test_strings">
                      <stringProp name="49586">200</stringProp>
                    </collectionProp>
                    <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
                    <intProp name="Assertion.test_type">8</intProp>
                  </ResponseAssertion>
                  <hashTree/>
                </hashTree>
              </hashTree>
            </hashTree>
          </hashTree>
        </jmeterTestPlan>
        ''', title=title, inner=inner, tg=g.ch(["Shoppers", "API users", "Checkout TG", "Soak"]),
             vus=g.vus(), ramp=g.ch([30, 60, 120, 300]), loops=g.ch(["-1", "10", "100"]),
             sname=g.ch(["GET orders", "List catalog", "Account profile"]), host=host,
             path=sampler_path or g.ep().split("?")[0])


@pos("jmeter", "basic_auth_password", "xml", lambda g: g.password(), True, ftype="jmx")
def p_jmx_authmanager(g, v):
    cfg = '''
        <AuthManager guiclass="AuthPanel" testclass="AuthManager" testname="HTTP Authorization Manager">
          <collectionProp name="AuthManager.auth_list">
            <elementProp name="" elementType="Authorization">
              <stringProp name="Authorization.url">https://«host»/</stringProp>
              <stringProp name="Authorization.username">«u»</stringProp>
              <stringProp name="Authorization.password">«v»</stringProp>
              <stringProp name="Authorization.domain"></stringProp>
              <stringProp name="Authorization.realm"></stringProp>
            </elementProp>
          </collectionProp>
          <boolProp name="AuthManager.controlledByThreadGroup">false</boolProp>
        </AuthManager>'''
    host = g.host()
    cfg = cfg.replace("«host»", host).replace("«u»", g.user()).replace("«v»", X(v))
    return g.ch(["jmeter/backoffice.jmx", "perf/jmeter/admin-api.jmx", "tests/jmeter/reports.jmx"]), jmx(g, "Back office", cfg, host=host)


@pos("jmeter", "bearer_token", "xml", lambda g: g.jwt(), False, ftype="jmx")
def p_jmx_header(g, v):
    cfg = '''
        <HeaderManager guiclass="HeaderPanel" testclass="HeaderManager" testname="HTTP Header Manager">
          <collectionProp name="HeaderManager.headers">
            <elementProp name="" elementType="Header">
              <stringProp name="Header.name">Content-Type</stringProp>
              <stringProp name="Header.value">application/json</stringProp>
            </elementProp>
            <elementProp name="" elementType="Header">
              <stringProp name="Header.name">Authorization</stringProp>
              <stringProp name="Header.value">Bearer «v»</stringProp>
            </elementProp>
          </collectionProp>
        </HeaderManager>'''.replace("«v»", X(v))
    return g.ch(["jmeter/orders.jmx", "perf/jmeter/checkout.jmx", "load/jmeter/api.jmx"]), jmx(g, "Orders API", cfg)


@pos("jmeter", "api_key", "xml", lambda g: g.rs(ALNUM, 32), True, ftype="jmx")
def p_jmx_udv(g, v):
    cfg = '''
        <Arguments guiclass="ArgumentsPanel" testclass="Arguments" testname="Env variables">
          <collectionProp name="Arguments.arguments">
            <elementProp name="BASE_HOST" elementType="Argument">
              <stringProp name="Argument.name">BASE_HOST</stringProp>
              <stringProp name="Argument.value">«host»</stringProp>
              <stringProp name="Argument.metadata">=</stringProp>
            </elementProp>
            <elementProp name="API_KEY" elementType="Argument">
              <stringProp name="Argument.name">API_KEY</stringProp>
              <stringProp name="Argument.value">«v»</stringProp>
              <stringProp name="Argument.metadata">=</stringProp>
            </elementProp>
          </collectionProp>
        </Arguments>'''.replace("«host»", g.host()).replace("«v»", X(v))
    return g.ch(["jmeter/search.jmx", "perf/jmeter/partner-api.jmx"]), jmx(g, "Partner API", cfg)


@pos("jmeter", "db_password", "xml", lambda g: g.password(), True, ftype="jmx")
def p_jmx_jdbc(g, v):
    cfg = '''
        <JDBCDataSource guiclass="TestBeanGUI" testclass="JDBCDataSource" testname="JDBC Connection Configuration">
          <stringProp name="dataSource">seedPool</stringProp>
          <stringProp name="dbUrl">jdbc:postgresql://db.«env».«co».internal:5432/shop</stringProp>
          <stringProp name="driver">org.postgresql.Driver</stringProp>
          <stringProp name="username">perf_seed</stringProp>
          <stringProp name="password">«v»</stringProp>
          <stringProp name="poolMax">10</stringProp>
          <stringProp name="timeout">10000</stringProp>
          <boolProp name="autocommit">true</boolProp>
          <stringProp name="checkQuery">SELECT 1</stringProp>
        </JDBCDataSource>'''.replace("«env»", g.ch(ENVS)).replace("«co»", g.company()).replace("«v»", X(v))
    return g.ch(["jmeter/seed-and-load.jmx", "perf/jmeter/db-prep.jmx"]), jmx(g, "Seed + load", cfg)


@pos("jmeter", "api_key", "properties", lambda g: g.rs(ALNUM, 40), True)
def p_jmeter_props(g, v):
    return g.ch(["jmeter/user.properties", "perf/jmeter/env-staging.properties"]), D('''
        # Loaded with: jmeter -q perf/jmeter/env-staging.properties -n -t checkout.jmx
        target.host=«host»
        target.port=443
        target.protocol=https
        threads=«vus»
        rampup=«ramp»
        duration=«d»
        partner.api.key=«v»
        summariser.interval=30
        jmeter.save.saveservice.output_format=csv
        ''', host=g.host(), vus=g.vus(), ramp=g.ch([60, 120]), d=g.ch([600, 1800, 3600]), v=v)


@pos("jmeter", "test_user_password", "csv", lambda g: g.password(), False)
def p_csv_dataset(g, v):
    return g.ch(["jmeter/data/admin-user.csv", "perf/data/service-account.csv", "data/login-admin.csv"]), D('''
        username,password,tenant,role
        «u»,«v»,«co»,admin
        ''', u=g.email(), v=v, co=g.company())


@pos("loadrunner", "basic_auth_password", "c", lambda g: g.password(), False, ex=True, var="pPassword")
def p_lr_set_user(g, v):
    host = g.host()
    return g.ch(["loadrunner/Reports/Action.c", "vugen/BackOffice/Action.c"]), D('''
        Action()
        {
        	web_set_sockets_option("SSL_VERSION", "AUTO");

        	web_set_user("«u»",
        		«tok»,
        		"«host»:443");

        	lr_start_transaction("T01_Reports");

        	web_url("reports",
        		"URL=https://«host»/admin/reports",
        		"TargetFrame=",
        		"Resource=0",
        		"RecContentType=text/html",
        		"Mode=HTML",
        		LAST);

        	lr_end_transaction("T01_Reports", LR_AUTO);

        	lr_think_time(«tt»);
        	return 0;
        }
        ''', u=g.user(), tok=L(v), host=host, tt=g.num(2, 8))


@pos("loadrunner", "api_key", "c", lambda g: g.hex(32), False, ex=True, var="pApiKey")
def p_lr_header(g, v):
    return g.ch(["loadrunner/PartnerApi/Action.c", "vugen/Quotes/Action.c"]), D('''
        Action()
        {
        	web_add_header("X-API-Key", «tok»);
        	web_add_header("Accept", "application/json");

        	lr_start_transaction("T02_CreateQuote");

        	web_custom_request("quotes",
        		"URL=https://«host»/api/v2/quotes",
        		"Method=POST",
        		"Resource=0",
        		"EncType=application/json",
        		"Body={\\"origin\\":\\"{pOrigin}\\",\\"destination\\":\\"{pDest}\\"}",
        		LAST);

        	lr_end_transaction("T02_CreateQuote", LR_AUTO);
        	return 0;
        }
        ''', tok=L(v), host=g.host())


@pos("loadrunner", "test_user_password", "c", lambda g: g.password(), True)
def p_lr_submit(g, v):
    host = g.host()
    return g.ch(["loadrunner/Login/Action.c", "vugen/WebShop/Action.c"]), D('''
        Action()
        {
        	lr_start_transaction("T01_Login");

        	web_reg_find("Text=My account", LAST);

        	web_submit_data("login",
        		"Action=https://«host»/account/login",
        		"Method=POST",
        		"TargetFrame=",
        		"RecContentType=text/html",
        		"Referer=https://«host»/account/login",
        		"Mode=HTML",
        		ITEMDATA,
        		"Name=username", "Value=«u»", ENDITEM,
        		"Name=password", "Value=«v»", ENDITEM,
        		"Name=rememberMe", "Value=false", ENDITEM,
        		LAST);

        	lr_end_transaction("T01_Login", LR_AUTO);
        	return 0;
        }
        ''', host=host, u=g.user(), v=v)


@pos("loadrunner", "api_token", "h", lambda g: g.opaque(), True, ex=True, var="pToken")
def p_lr_globals(g, v):
    return g.ch(["loadrunner/OrdersApi/globals.h", "vugen/Orders/globals.h"]), D('''
        #ifndef _GLOBALS_H
        #define _GLOBALS_H

        //--------------------------------------------------------------------
        // Include Files
        #include "lrun.h"
        #include "web_api.h"
        #include "lrw_custom_body.h"

        //--------------------------------------------------------------------
        // Global Variables
        #define BASE_URL "https://«host»"
        #define API_TOKEN «tok»
        #define THINK_MIN 1
        #define THINK_MAX «tmax»

        #endif // _GLOBALS_H
        ''', host=g.host(), tok=L(v), tmax=g.num(3, 9))


@pos("neoload", "api_token", "sh", lambda g: g.neoload_token(), False)
def p_neoload_login(g, v):
    return g.ch(["ci/neoload-run.sh", "perf/neoload/run.sh"]), D('''
        #!/usr/bin/env bash
        set -euo pipefail
        pip3 install --quiet neoload

        neoload login --url https://neoload-api.saas.neotys.com/ «v»
        neoload test-settings --zone «zone» --lgs «lgs» --scenario «sc» createorpatch "«test»"
        neoload project --path perf/neoload upload "«test»"
        neoload run --name "ci-${CI_PIPELINE_ID:-local}" --as-code default.yaml "«test»"
        neoload report --template builtin:transactions-csv > results/transactions.csv
        ''', v=v, zone=g.ch(["defaultzone", "eu-dynamic", "us-east-1"]), lgs=g.num(1, 5),
        sc=g.ch(["sanityScenario", "loadScenario", "peak"]), test=g.ch(["checkout-ci", "catalog-nightly"]))


@pos("neoload", "api_key", "yml", lambda g: g.rs(ALNUM, 32), True)
def p_neoload_ascode(g, v):
    return g.ch(["perf/neoload/default.yaml", "neoload/as-code.yaml"]), D('''
        name: catalog
        variables:
        - constant:
            name: api_key
            value: «v»
        servers:
        - name: shop
          host: «host»
          scheme: https
          port: 443
        user_paths:
        - name: browse
          actions:
            steps:
            - request:
                url: /api/v2/catalog/items?page=1
                server: shop
                headers:
                - X-Api-Key: ${api_key}
            - think_time: 2s
        populations:
        - name: shoppers
          user_paths:
          - name: browse
        scenarios:
        - name: sanityScenario
          populations:
          - name: shoppers
            constant_load:
              users: «vus»
              duration: «dur»
        ''', v=v, host=g.host(), vus=g.ch([5, 10, 25]), dur=g.ch(["2m", "5m", "10m"]))


@pos("azure-load-testing", "test_user_password", "yml", lambda g: g.password(), True)
def p_alt_config_env(g, v):
    return g.ch(["perf/alt/config.yaml", "loadtest/azure-load-test.yaml", ".azure/loadtest.yaml"]), D('''
        version: v0.1
        testId: «tid»
        displayName: «disp»
        testPlan: checkout.jmx
        description: Checkout path at 2x Black Friday peak
        engineInstances: «eng»
        configurationFiles:
          - data/skus.csv
        failureCriteria:
          - avg(response_time_ms) > «avg»
          - percentage(error) > 5
        env:
          - name: webapp
            value: «host»
          - name: login_user
            value: «u»
          - name: login_password
            value: «v»
        secrets:
          - name: appToken
            value: https://kv-«co»-perf.vault.azure.net/secrets/app-token/
        ''', tid=g.ch(["checkout-load", "catalog-peak", "api-soak"]), disp=g.ch(["Checkout load", "Catalog peak"]),
        eng=g.num(1, 4), avg=g.ch([500, 800, 1200]), host=g.host(), u=g.email(), v=v, co=g.company())


@pos("azure-load-testing", "api_token", "yml", lambda g: g.opaque(), False)
def p_alt_pipeline_secrets(g, v):
    return g.ch(["azure-pipelines.yml", "pipelines/loadtest.yml", ".azure-pipelines/perf.yml"]), D('''
        trigger: none
        schedules:
          - cron: "0 3 * * 1-5"
            branches:
              include: [ main ]

        pool:
          vmImage: ubuntu-latest

        steps:
          - checkout: self
          - task: AzureLoadTest@1
            inputs:
              azureSubscription: $(serviceConnection)
              loadTestConfigFile: 'perf/alt/config.yaml'
              resourceGroup: 'rg-«co»-perf'
              loadTestResource: 'alt-«co»'
              secrets: |
                [
                  { "name": "appToken", "value": "«v»" }
                ]
              env: |
                [
                  { "name": "webapp", "value": "«host»" }
                ]
          - publish: $(System.DefaultWorkingDirectory)/loadTest
            artifact: results
        ''', co=g.company(), v=v, host=g.host())


@pos("loaderio", "api_key", "py", lambda g: g.loaderio_key(), False, ex=True, var="LOADERIO_API_KEY")
def p_loaderio_py(g, v):
    return g.ch(["tools/loaderio_run.py", "scripts/trigger_loaderio.py"]), D('''
        #!/usr/bin/env python3
        """Kick off the loader.io smoke test after each deploy to staging."""
        import sys
        import time

        import requests

        TEST_ID = "«tid»"
        HEADERS = {"loaderio-auth": «tok», "Content-Type": "application/json"}


        def run():
            r = requests.put(f"https://api.loader.io/v2/tests/{TEST_ID}/run", headers=HEADERS, timeout=30)
            r.raise_for_status()
            result_id = r.json()["result_id"]
            for _ in range(60):
                res = requests.get(f"https://api.loader.io/v2/tests/{TEST_ID}/results/{result_id}", headers=HEADERS).json()
                if res["status"] == "ready":
                    print(res["avg_response_time"], res["avg_error_rate"])
                    return res["avg_error_rate"] < 0.01
                time.sleep(10)
            return False


        if __name__ == "__main__":
            sys.exit(0 if run() else 1)
        ''', tid=g.hex(32), tok=L(v))


@pos("loaderio", "api_key", "rb", lambda g: g.loaderio_key(), True, ex=True, var="LOADERIO_API_KEY", ftype="rb")
def p_loaderio_rb(g, v):
    return g.ch(["lib/tasks/loadtest.rake", "config/initializers/loaderio.rb"]), D('''
        require "loaderio"

        Loaderio::Configuration.api_key = «tok»

        namespace :loadtest do
          desc "Run the loader.io smoke test against staging"
          task smoke: :environment do
            test = Loaderio::Test.find("«tid»")
            Loaderio::Test.run(test.test_id)
            puts "started #{test.name}"
          end
        end
        ''', tok=L(v), tid=g.hex(32))


@pos("apache-bench", "basic_auth_password", "sh", lambda g: g.password(), False)
def p_ab_basic(g, v):
    return g.ch(["scripts/ab-admin.sh", "bench/ab.sh", "tools/quick-bench.sh"]), D('''
        #!/bin/sh
        # quick sanity benchmark of the admin endpoints before a release
        N=${N:-«n»}
        C=${C:-«c»}
        ab -n "$N" -c "$C" -k -A «u»:'«v»' -H 'Accept: application/json' https://«host»/admin/api/health
        ab -n "$N" -c "$C" -k -A «u»:'«v»' https://«host»/admin/api/reports?limit=50
        ''', n=g.ch([1000, 5000, 10000]), c=g.ch([10, 50, 100]), u=g.user(), v=v, host=g.host())


@pos("apache-bench", "bearer_token", "sh", lambda g: g.opaque(), False)
def p_ab_header(g, v):
    return g.ch(["bench/ab-orders.sh", "perf/ab/orders.sh"]), D('''
        #!/usr/bin/env bash
        set -e
        URL="https://«host»/api/v1/orders?limit=20"
        for c in 10 25 50; do
          echo "== concurrency $c"
          ab -n 2000 -c "$c" -H "Authorization: Bearer «v»" -H "Accept: application/json" "$URL" \\
            | grep -E "Requests per second|Time per request|Failed requests"
        done
        ''', host=g.host(), v=v)


@pos("wrk", "basic_auth_password", "lua", lambda g: g.basic_b64(g.user(), g.password()), False, ex=True, var="WRK_AUTH")
def p_wrk_basic(g, v):
    return g.ch(["bench/wrk/auth.lua", "perf/wrk/basic.lua"]), D('''
        -- usage: wrk -t4 -c64 -d60s -s bench/wrk/auth.lua https://«host»
        wrk.method = "GET"
        wrk.headers["Accept"] = "application/json"
        wrk.headers["Authorization"] = "Basic " .. «tok»

        local paths = { "/admin/api/orders", "/admin/api/customers", "/admin/api/reports" }
        local i = 0

        request = function()
          i = i % #paths + 1
          return wrk.format(nil, paths[i])
        end
        ''', host=g.host(), tok=L(v))


@pos("wrk", "api_key", "lua", lambda g: g.rs(ALNUM, 32), False, ex=True, var="API_KEY")
def p_wrk_apikey(g, v):
    return g.ch(["bench/wrk/search.lua", "perf/wrk/post-quote.lua"]), D('''
        wrk.method = "POST"
        wrk.body   = '{"origin":"AMS","destination":"LHR","pax":1}'
        wrk.headers["Content-Type"] = "application/json"
        wrk.headers["X-Api-Key"] = «tok»

        done = function(summary, latency, requests)
          io.write(string.format("p50=%dus p99=%dus errors=%d\\n",
            latency:percentile(50), latency:percentile(99), summary.errors.status))
        end
        ''', tok=L(v))


@pos("vegeta", "jwt", "txt", lambda g: g.jwt(), False)
def p_vegeta_targets(g, v):
    host = g.host()
    return g.ch(["bench/vegeta/targets.txt", "perf/vegeta/orders.targets", "load/targets.http"]), D('''
        GET https://«host»/api/v1/orders?limit=20
        Authorization: Bearer «v»
        Accept: application/json

        POST https://«host»/api/v1/cart/items
        Authorization: Bearer «v»
        Content-Type: application/json
        @bodies/cart-item.json

        GET https://«host»/api/v3/accounts/me
        Authorization: Bearer «v»
        ''', host=host, v=v)


# =============================================================================
# Positive templates, part D: Checkly, Datadog, Playwright, Cypress, misc
# =============================================================================

@pos("checkly", "api_key", "yml", lambda g: g.checkly(), True)
def p_checkly_gha(g, v):
    return g.ch([".github/workflows/checkly.yml", ".github/workflows/synthetics.yml"]), D('''
        name: checkly
        on:
          deployment_status:
        jobs:
          e2e:
            if: github.event.deployment_status.state == 'success'
            runs-on: ubuntu-latest
            env:
              CHECKLY_API_KEY: «v»
              CHECKLY_ACCOUNT_ID: «acct»
              ENVIRONMENT_URL: ${{ github.event.deployment_status.environment_url }}
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-node@v4
                with:
                  node-version: 20
              - run: npm ci
              - run: npx checkly test -e ENVIRONMENT_URL=${{ env.ENVIRONMENT_URL }} --reporter=github --record
              - run: npx checkly deploy --force
                if: github.ref == 'refs/heads/main'
        ''', v=v, acct=g.uuid())


@pos("checkly", "api_key", "tf", lambda g: g.checkly(), True, ex=True, var="checkly_api_key")
def p_checkly_tf(g, v):
    return g.ch(["infra/checkly/main.tf", "monitoring/checkly.tf"]), D('''
        terraform {
          required_providers {
            checkly = {
              source  = "checkly/checkly"
              version = "~> 1.0"
            }
          }
        }

        provider "checkly" {
          api_key    = «tok»
          account_id = "«acct»"
        }

        resource "checkly_check" "homepage" {
          name      = "Homepage"
          type      = "API"
          activated = true
          frequency = «freq»
          locations = ["eu-west-1", "us-east-1"]

          request {
            url              = "https://«host»/"
            follow_redirects = true
            assertion {
              source     = "STATUS_CODE"
              comparison = "EQUALS"
              target     = "200"
            }
          }
        }
        ''', tok=L(v), acct=g.uuid(), freq=g.ch([1, 5, 10]), host=g.host())


@pos("checkly", "api_key", "env", lambda g: g.checkly(), True, ftype="env")
def p_checkly_dotenv(g, v):
    return g.ch([".env", ".env.local"]), D('''
        # local overrides for `npx checkly test`
        CHECKLY_API_KEY=«v»
        CHECKLY_ACCOUNT_ID=«acct»
        ENVIRONMENT_URL=https://«host»
        CHECKLY_REPORTER=list
        ''', v=v, acct=g.uuid(), host=g.host())


@pos("checkly", "api_key", "yml", lambda g: g.checkly_sv(), True)
def p_checkly_gitlab(g, v):
    return ".gitlab-ci.yml", D('''
        stages: [build, deploy, e2e]

        variables:
          CHECKLY_API_KEY: "«v»"
          CHECKLY_ACCOUNT_ID: "«acct»"
          NODE_VERSION: "20"

        checkly-e2e:
          stage: e2e
          image: node:20-bookworm
          script:
            - npm ci
            - npx checkly test --record -e ENVIRONMENT_URL=$CI_ENVIRONMENT_URL
          rules:
            - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
        ''', v=v, acct=g.uuid())


@pos("target-api", "bearer_token", "ts", lambda g: g.opaque(), False, ex=True, var="API_TOKEN")
def p_checkly_apicheck(g, v):
    return g.ch(["__checks__/orders.check.ts", "checks/api/orders.check.ts"]), D('''
        import { ApiCheck, AssertionBuilder, Frequency } from 'checkly/constructs'

        new ApiCheck('orders-api-check', {
          name: 'Orders API',
          frequency: Frequency.EVERY_«f»M,
          locations: ['eu-central-1', 'us-east-1'],
          degradedResponseTime: «deg»,
          maxResponseTime: «max»,
          request: {
            method: 'GET',
            url: 'https://«host»/api/v1/orders?limit=1',
            headers: [
              { key: 'Authorization', value: 'Bearer ' + «tok» },
              { key: 'Accept', value: 'application/json' },
            ],
            assertions: [
              AssertionBuilder.statusCode().equals(200),
              AssertionBuilder.jsonBody('$.items').isNotEmpty(),
            ],
          },
        })
        ''', f=g.ch([1, 5, 10]), deg=g.ch([1000, 2000]), max=g.ch([5000, 10000]), host=g.host(), tok=L(v, "'"))


@pos("datadog", "api_key", "json", lambda g: g.dd_api(), True)
def p_dd_ci_json(g, v):
    return g.ch(["datadog-ci.json", "synthetics/datadog-ci.json", "ci/datadog-ci.json"]), json.dumps({
        "apiKey": v,
        "datadogSite": g.ch(["datadoghq.com", "datadoghq.eu", "us5.datadoghq.com"]),
        "failOnCriticalErrors": True,
        "failOnTimeout": True,
        "files": ["{,!(node_modules)/**/}*.synthetics.json"],
        "defaultTestOverrides": {"startUrl": "https://%s{{PATHNAME}}" % g.host(), "retry": {"count": 1, "interval": 300}},
        "batchTimeout": 1800000,
    }, indent=2) + "\n"


@pos("datadog", "basic_auth_password", "json", lambda g: g.password(), False)
def p_dd_synth_json(g, v):
    return g.ch(["e2e/checkout.synthetics.json", "synthetics/login.synthetics.json"]), json.dumps({
        "tests": [{
            "id": "%s-%s-%s" % (g.rs(LOWER + DIG, 3), g.rs(LOWER + DIG, 3), g.rs(LOWER + DIG, 3)),
            "testOverrides": {
                "startUrl": "https://%s/" % g.host(),
                "basicAuth": {"username": g.user(), "password": v},
                "deviceIds": ["chrome.laptop_large"],
                "retry": {"count": 2, "interval": 300},
            },
        }]
    }, indent=2) + "\n"


@pos("datadog", "api_key", "tf", lambda g: g.dd_app(), True, ex=True, var="datadog_app_key")
def p_dd_tf(g, v):
    return g.ch(["infra/datadog/providers.tf", "terraform/synthetics/main.tf"]), D('''
        provider "datadog" {
          api_key = var.datadog_api_key
          app_key = «tok»
          api_url = "https://api.«site»/"
        }

        resource "datadog_synthetics_test" "checkout" {
          name      = "Checkout API"
          type      = "api"
          subtype   = "http"
          status    = "live"
          locations = ["aws:eu-central-1", "aws:us-east-2"]
          tags      = ["team:«team»", "env:«env»"]

          request_definition {
            method = "GET"
            url    = "https://«host»/health"
          }

          assertion {
            type     = "statusCode"
            operator = "is"
            target   = "200"
          }

          options_list {
            tick_every = «tick»
          }
        }
        ''', tok=L(v), site=g.ch(["datadoghq.com", "datadoghq.eu"]), team=g.ch(["payments", "storefront"]),
        env=g.ch(ENVS), host=g.host(), tick=g.ch([60, 300, 900]))


@pos("datadog", "api_key", "yml", lambda g: g.dd_api(), False)
def p_dd_gitlab_flag(g, v):
    return g.ch([".gitlab-ci.yml", "ci/synthetics.gitlab-ci.yml"]), D('''
        synthetics:
          stage: test
          image: node:20-alpine
          needs: [deploy-staging]
          script:
            - npm install -g @datadog/datadog-ci
            - datadog-ci synthetics run-tests --apiKey «v» --appKey "$DD_APP_KEY" --public-id «pid» --failOnTimeout
          allow_failure: false
        ''', v=v, pid="%s-%s-%s" % (g.rs(LOWER + DIG, 3), g.rs(LOWER + DIG, 3), g.rs(LOWER + DIG, 3)))


@pos("playwright", "basic_auth_password", "ts", lambda g: g.password(), False, ex=True, var="BASIC_AUTH_PASSWORD")
def p_pw_httpcreds(g, v):
    return g.ch(["playwright.config.ts", "e2e/playwright.config.ts", "synthetics/playwright.config.ts"]), D('''
        import { defineConfig, devices } from '@playwright/test';

        export default defineConfig({
          testDir: './tests',
          timeout: 30_000,
          retries: process.env.CI ? 2 : 0,
          workers: process.env.CI ? «w» : undefined,
          reporter: [['html', { open: 'never' }], ['junit', { outputFile: 'results/junit.xml' }]],
          use: {
            baseURL: 'https://«host»',
            httpCredentials: {
              username: '«u»',
              password: «tok»,
            },
            trace: 'on-first-retry',
          },
          projects: [
            { name: 'chromium', use: { ...devices['Desktop Chrome'] } },
            { name: 'mobile', use: { ...devices['Pixel 7'] } },
          ],
        });
        ''', w=g.ch([2, 4]), host=g.host(), u=g.user(), tok=L(v, "'"))


@pos("playwright", "api_key", "ts", lambda g: g.rs(ALNUM, 40), False, ex=True, var="API_KEY")
def p_pw_headers(g, v):
    return g.ch(["tests/api/playwright.config.ts", "api-tests/playwright.config.ts"]), D('''
        import { defineConfig } from '@playwright/test';

        export default defineConfig({
          testMatch: /.*\\.api\\.spec\\.ts/,
          use: {
            baseURL: 'https://«host»',
            extraHTTPHeaders: {
              'Accept': 'application/json',
              'x-api-key': «tok»,
            },
          },
        });
        ''', host=g.host(), tok=L(v, "'"))


@pos("cypress", "api_token", "js", lambda g: g.opaque(), True, ex=True, var="CYPRESS_API_TOKEN")
def p_cypress_config(g, v):
    return g.ch(["cypress.config.js", "e2e/cypress.config.js"]), D('''
        const { defineConfig } = require('cypress');

        module.exports = defineConfig({
          e2e: {
            baseUrl: 'https://«host»',
            specPattern: 'cypress/e2e/**/*.cy.{js,ts}',
            video: false,
            retries: { runMode: 2, openMode: 0 },
          },
          env: {
            apiUrl: 'https://«host»/api',
            apiToken: «tok»,
            featureFlags: 'checkout-v2',
          },
        });
        ''', host=g.host(), tok=L(v, "'"))


@pos("cypress", "test_user_password", "json", lambda g: g.password(), True)
def p_cypress_envjson(g, v):
    return g.ch(["cypress.env.json", "e2e/cypress.env.json"]), json.dumps({
        "ADMIN_EMAIL": g.email(), "ADMIN_PASSWORD": v, "TENANT": g.company(), "LOCALE": "en-GB"}, indent=2) + "\n"


@pos("target-api", "db_password", "sql", lambda g: g.password(), False)
def p_sql_seed(g, v):
    return g.ch(["perf/sql/001_seed_perf_env.sql", "db/perf/seed.sql"]), D('''
        -- Seed data for the perf environment; run once after a refresh.
        BEGIN;

        CREATE ROLE perf_reader LOGIN PASSWORD '«v»';
        GRANT CONNECT ON DATABASE shop TO perf_reader;
        GRANT USAGE ON SCHEMA public TO perf_reader;
        GRANT SELECT ON ALL TABLES IN SCHEMA public TO perf_reader;

        INSERT INTO customers (id, email, tier, created_at)
        SELECT g, 'loaduser' || g || '@perf.invalid', CASE WHEN g % 10 = 0 THEN 'gold' ELSE 'basic' END, now()
        FROM generate_series(1, «n») AS g;

        COMMIT;
        ''', v=v, n=g.ch([10000, 50000, 200000]))


@pos("grafana-k6", "api_token", "md", lambda g: g.k6_token(), False)
def p_md_runbook(g, v):
    return g.ch(["docs/perf/RUNBOOK.md", "perf/README.md", "docs/load-testing.md"]), D('''
        # Load testing runbook

        ## Prerequisites

        * k6 >= 0.49 (`brew install k6`)
        * access to the «co» perf stack

        ## Running in Grafana Cloud

        ```bash
        k6 cloud login --token «v»
        k6 cloud run tests/perf/checkout.js
        ```

        Results show up under the *Checkout* project (id «pid»).

        ## Thresholds

        | metric | limit |
        |---|---|
        | http_req_duration p95 | < «p95» ms |
        | http_req_failed | < 1% |
        ''', co=g.company(), v=v, pid=g.num(3000000, 3999999), p95=g.ch([300, 500, 800]))


@pos("target-api", "basic_auth_password", "html", lambda g: g.basic_b64(g.user(), g.password()), False)
def p_html_report(g, v):
    host = g.host()
    return g.ch(["reports/latest/index.html", "perf/results/summary.html"]), D('''
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Load test report - «date»</title>
        <style>table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px}</style></head>
        <body>
        <h1>Back office load test</h1>
        <p>Run <code>«run»</code>, «vus» VUs, duration «dur»</p>
        <table>
          <tr><th>Request</th><th>Samples</th><th>p95 (ms)</th><th>Errors</th></tr>
          <tr><td>GET /admin/api/orders</td><td>«s1»</td><td>«p1»</td><td>0</td></tr>
          <tr><td>GET /admin/api/reports</td><td>«s2»</td><td>«p2»</td><td>2</td></tr>
        </table>
        <h2>Sample failing request</h2>
        <pre>
        GET /admin/api/reports HTTP/1.1
        Host: «host»
        Authorization: Basic «v»
        X-Request-Id: «rid»
        </pre>
        </body>
        </html>
        ''', date="2024-%02d-%02d" % (g.num(1, 12), g.num(1, 28)), run=g.uuid(), vus=g.vus(), dur=g.dur(),
        s1=g.num(1000, 90000), p1=g.num(100, 900), s2=g.num(1000, 90000), p2=g.num(100, 900), host=host, v=v, rid=g.uuid())


@pos("grafana-k6", "api_token", "yml", lambda g: g.k6_token(), True)
def p_helm_values(g, v):
    return g.ch(["deploy/helm/k6-tests/values.yaml", "charts/perf-runner/values.yaml"]), D('''
        image:
          repository: grafana/k6
          tag: "«tag»"

        testRun:
          parallelism: «par»
          script: checkout.js
          arguments: "--out cloud --tag env=«env»"

        cloud:
          projectId: «pid»
          cloudToken: «v»

        resources:
          limits:
            cpu: "1"
            memory: 1Gi
        ''', tag=g.ch(["0.52.0", "0.54.0"]), par=g.ch([2, 4]), env=g.ch(ENVS), pid=g.num(3000000, 3999999), v=v)


@pos("target-api", "client_secret", "json", lambda g: g.oauth_secret(), True)
def p_postman_env(g, v):
    return g.ch(["postman/perf.postman_environment.json", "monitors/staging.postman_environment.json"]), json.dumps({
        "id": g.uuid(), "name": "perf", "_postman_variable_scope": "environment",
        "values": [
            {"key": "baseUrl", "value": "https://" + g.host(), "type": "default", "enabled": True},
            {"key": "client_id", "value": g.alnum(32), "type": "default", "enabled": True},
            {"key": "client_secret", "value": v, "type": "default", "enabled": True},
            {"key": "audience", "value": "https://api.internal", "type": "default", "enabled": True},
        ]}, indent=2) + "\n"


@pos("target-api", "api_token", "csv", lambda g: g.opaque(), False)
def p_csv_endpoints(g, v):
    host = g.host()
    rows = ["scenario,method,url,auth_header,expected_status"]
    for ep in [g.ep() for _ in range(4)]:
        rows.append("%s,GET,https://%s%s,Bearer %s,200" % (g.ch(["browse", "search", "account", "orders"]), host, ep.replace(",", ""), v))
    return g.ch(["perf/data/endpoints.csv", "jmeter/data/requests.csv"]), "\n".join(rows) + "\n"


@pos("target-api", "test_user_password", "ts", lambda g: g.password(), True, ex=True, var="CHECKLY_USER_PASSWORD")
def p_checkly_browser(g, v):
    return g.ch(["__checks__/login.spec.ts", "checks/browser/login.spec.ts"]), D('''
        import { test, expect } from '@playwright/test'

        const USER = '«email»'
        const PASSWORD = «tok»

        test('login and see orders', async ({ page }) => {
          await page.goto('https://«host»/login')
          await page.getByLabel('Email').fill(USER)
          await page.getByLabel('Password').fill(PASSWORD)
          await page.getByRole('button', { name: 'Sign in' }).click()
          await expect(page.getByRole('heading', { name: 'Your orders' })).toBeVisible()
        })
        ''', email=g.email(), tok=L(v, "'"), host=g.host())


# =============================================================================
# Negative look-alike templates (no credential at all)
# =============================================================================

def _pubid(g):
    return "%s-%s-%s" % (g.rs(LOWER + DIG, 3), g.rs(LOWER + DIG, 3), g.rs(LOWER + DIG, 3))


@look("loaderio", "verification_token", ftype="txt")
def n_loaderio_file(g):
    tok = "loaderio-" + g.hex(32)
    return g.ch(["public/%s.txt", "static/%s.txt", "web/root/%s.html"]) % tok, tok + "\n"


@look("loaderio", "verification_token", ftype="conf")
def n_loaderio_nginx(g):
    tok = "loaderio-" + g.hex(32)
    return g.ch(["deploy/nginx/conf.d/loaderio.conf", "nginx/sites-available/perf-target.conf"]), D('''
        server {
            listen 443 ssl http2;
            server_name «host»;

            # loader.io target host verification (public, required before each test run)
            location = /«tok».txt {
                default_type text/plain;
                return 200 "«tok»";
            }

            location / {
                proxy_pass http://app_upstream;
                proxy_set_header X-Request-Id $request_id;
            }
        }
        ''', host=g.host(), tok=tok)


@look("loaderio", "verification_token", ftype="js")
def n_loaderio_express(g):
    tok = "loaderio-" + g.hex(32)
    return g.ch(["src/routes/loaderio.js", "server/verification.js"]), D('''
        const express = require('express');

        const router = express.Router();

        // loader.io asks for /<token>.txt to prove we own the target host; the token is public.
        const LOADERIO_VERIFICATION = '«tok»';

        router.get(`/${LOADERIO_VERIFICATION}.txt`, (req, res) => {
          res.type('text/plain').send(LOADERIO_VERIFICATION);
        });

        module.exports = router;
        ''', tok=tok)


@look("grafana-k6", "env_reference", ftype="js")
def n_k6_env(g):
    return g.ch(["k6/env-driven.js", "tests/perf/smoke.js"]), D('''
        import http from 'k6/http';
        import { check } from 'k6';

        // token and host come from the CI environment: k6 run -e API_TOKEN=... -e BASE_URL=...
        const BASE_URL = __ENV.BASE_URL || 'https://«host»';
        const TOKEN = __ENV.API_TOKEN;

        export const options = {
          cloud: { projectID: «pid», name: 'smoke «n»' },
          tags: { testid: '«tid»' },
        };

        export default function () {
          const res = http.get(`${BASE_URL}/health`, { headers: { Authorization: `Bearer ${TOKEN}` } });
          check(res, { up: (r) => r.status === 200 });
        }
        ''', host=g.host(), pid=g.num(3000000, 3999999), n=g.num(1, 99), tid=g.uuid())


@look("grafana-k6", "result_summary", ftype="json")
def n_k6_summary(g):
    def trend():
        a = g.num(40, 200)
        return {"avg": a + g.r.random(), "min": g.num(5, 30) + g.r.random(), "med": a - 5 + g.r.random(),
                "max": g.num(800, 3000) + g.r.random(), "p(90)": a + 80 + g.r.random(), "p(95)": a + 140 + g.r.random()}
    data = {"root_group": {"name": "", "path": "", "id": g.hex(32), "groups": [], "checks": [
        {"name": "status is 200", "path": "::status is 200", "id": g.hex(32), "passes": g.num(1000, 90000), "fails": g.num(0, 5)}]},
        "options": {"summaryTrendStats": ["avg", "min", "med", "max", "p(90)", "p(95)"], "noColor": False},
        "state": {"isStdOutTTY": False, "testRunDurationMs": g.num(60000, 900000) + g.r.random()},
        "metrics": {"http_req_duration": {"type": "trend", "contains": "time", "values": trend()},
                    "http_reqs": {"type": "counter", "contains": "default", "values": {"count": g.num(1000, 90000), "rate": g.num(10, 300) + g.r.random()}},
                    "vus_max": {"type": "gauge", "contains": "default", "values": {"value": g.vus(), "min": 1, "max": g.vus()}}}}
    return g.ch(["results/summary.json", "perf/out/k6-summary.json"]), json.dumps(data, indent=2) + "\n"


@look("jmeter", "property_reference", ftype="jmx")
def n_jmx_props(g):
    cfg = '''
        <AuthManager guiclass="AuthPanel" testclass="AuthManager" testname="HTTP Authorization Manager">
          <collectionProp name="AuthManager.auth_list">
            <elementProp name="" elementType="Authorization">
              <stringProp name="Authorization.url">https://${__P(host,«host»)}/</stringProp>
              <stringProp name="Authorization.username">${__P(user)}</stringProp>
              <stringProp name="Authorization.password">${__P(password)}</stringProp>
              <stringProp name="Authorization.domain"></stringProp>
              <stringProp name="Authorization.realm"></stringProp>
            </elementProp>
          </collectionProp>
        </AuthManager>
        <hashTree/>
        <HeaderManager guiclass="HeaderPanel" testclass="HeaderManager" testname="HTTP Header Manager">
          <collectionProp name="HeaderManager.headers">
            <elementProp name="" elementType="Header">
              <stringProp name="Header.name">X-Api-Key</stringProp>
              <stringProp name="Header.value">${__property(api.key,,)}</stringProp>
            </elementProp>
          </collectionProp>
        </HeaderManager>'''.replace("«host»", g.host())
    return g.ch(["jmeter/parametrised.jmx", "perf/jmeter/ci-plan.jmx"]), jmx(g, "CI plan", cfg, host="${__P(host)}")


@look("jmeter", "results_file", ftype="jtl")
def n_jtl(g):
    rows = ["timeStamp,elapsed,label,responseCode,responseMessage,threadName,dataType,success,failureMessage,bytes,sentBytes,grpThreads,allThreads,URL,Latency,IdleTime,Connect"]
    ts = 1710000000000 + g.num(0, 10 ** 9)
    host = g.host()
    for i in range(g.num(8, 14)):
        ts += g.num(20, 900)
        lab = g.ch(["GET orders", "List catalog", "Account profile", "Add to cart"])
        rows.append("%d,%d,%s,200,OK,Shoppers 1-%d,text,true,,%d,%d,%d,%d,https://%s%s,%d,0,%d" % (
            ts, g.num(30, 700), lab, g.num(1, 50), g.num(500, 9000), g.num(200, 800), g.num(10, 50), g.num(10, 50),
            host, g.ep().split("?")[0], g.num(20, 500), g.num(0, 40)))
    return g.ch(["results/run-%d.jtl" % g.num(1, 99), "perf/jmeter/results/last.jtl"]), "\n".join(rows) + "\n"


@look("loadrunner", "lr_decrypt", ftype="c")
def n_lr_decrypt(g):
    enc = g.hex(g.ch([24, 32, 40])) + g.hex(2)
    return g.ch(["loadrunner/Login/Action.c", "vugen/Portal/Action.c"]), D('''
        Action()
        {
        	lr_start_transaction("T01_Login");

        	web_submit_data("login",
        		"Action=https://«host»/account/login",
        		"Method=POST",
        		"Mode=HTML",
        		ITEMDATA,
        		"Name=username", "Value={pUser}", ENDITEM,
        		"Name=password", "Value={pPassword}", ENDITEM,
        		LAST);

        	web_set_user("{pUser}", lr_decrypt("«enc»"), "«host»:443");

        	lr_end_transaction("T01_Login", LR_AUTO);
        	return 0;
        }
        ''', host=g.host(), enc=enc)


@look("loadrunner", "usernames_only", ftype="dat")
def n_lr_users_dat(g):
    rows = ["pUser,pRegion"]
    for i in range(g.num(8, 20)):
        rows.append("loaduser%04d,%s" % (g.num(1, 9999), g.ch(["EU", "US", "APAC"])))
    return g.ch(["loadrunner/Login/pUser.dat", "vugen/WebShop/users.dat"]), "\n".join(rows) + "\n"


@look("gatling", "env_reference", ftype="scala")
def n_gatling_env(g):
    return "src/test/scala/perf/EnvSimulation.scala", D('''
        package perf

        import io.gatling.core.Predef._
        import io.gatling.http.Predef._
        import scala.concurrent.duration._

        class EnvSimulation extends Simulation {
          private val baseUrl = sys.env.getOrElse("BASE_URL", "https://«host»")
          private val token = sys.env("API_TOKEN")

          private val users = csv("data/users.csv").circular

          val httpProtocol = http.baseUrl(baseUrl).authorizationHeader(s"Bearer $token")

          val scn = scenario("orders").feed(users)
            .exec(http("orders").get("/api/v1/orders?customer=#{customerId}"))

          setUp(scn.inject(constantUsersPerSec(«r»).during(«m».minutes))).protocols(httpProtocol)
        }
        ''', host=g.host(), r=g.ch([5, 10]), m=g.ch([5, 10]))


@look("gatling", "simulation_log", ftype="log")
def n_gatling_log(g):
    start = 1712000000000 + g.num(0, 10 ** 9)
    lines = ["RUN\tperf.CheckoutSimulation\tcheckoutsimulation\t%d\t \t3.%d.%d" % (start, g.num(9, 11), g.num(0, 5))]
    t = start
    for u in range(1, g.num(6, 12)):
        t += g.num(10, 400)
        lines.append("USER\tcheckout\tSTART\t%d" % t)
        lines.append("REQUEST\t\tadd to cart\t%d\t%d\tOK\t " % (t + 3, t + 3 + g.num(20, 600)))
    lines.append("USER\tcheckout\tEND\t%d" % (t + 900))
    return g.ch(["target/gatling/checkoutsimulation-%d/simulation.log" % start, "perf/results/simulation.log"]), "\n".join(lines) + "\n"


@look("locust", "env_reference", ftype="py")
def n_locust_env(g):
    return g.ch(["locustfile.py", "perf/locust/env_user.py"]), D('''
        import os

        from locust import HttpUser, between, task

        API_KEY = os.environ["PERF_API_KEY"]
        PASSWORD = os.getenv("PERF_USER_PASSWORD", "")


        class ApiUser(HttpUser):
            wait_time = between(1, 2)
            host = os.getenv("TARGET_HOST", "https://«host»")

            def on_start(self):
                self.client.headers["X-Api-Key"] = API_KEY
                self.client.post("/api/v1/auth/login", json={"username": os.environ["PERF_USER"], "password": PASSWORD})

            @task
            def orders(self):
                self.client.get("/api/v1/orders", name="orders")
        ''', host=g.host())


@look("locust", "results_file", ftype="csv")
def n_locust_stats(g):
    rows = ["Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,Min Response Time,Max Response Time,Average Content Size,Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%"]
    for name in ["/api/v1/auth/login", "catalog", "add-to-cart", "/search"]:
        m = g.num(40, 300)
        rows.append("%s,%s,%d,%d,%d,%.2f,%d,%d,%d,%.2f,%.2f,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d" % (
            g.ch(["GET", "POST"]), name, g.num(1000, 50000), g.num(0, 20), m, m + g.r.random() * 30, g.num(5, 30),
            g.num(900, 4000), g.num(200, 9000), g.r.random() * 90, g.r.random(), m, m + 10, m + 20, m + 30, m + 60,
            m + 100, m + 200, m + 300, m + 600, m + 900, m + 1200))
    return g.ch(["results/run_stats.csv", "perf/locust/out/stats.csv"]), "\n".join(rows) + "\n"


@look("artillery", "result_summary", ftype="json")
def n_artillery_report(g):
    data = {"aggregate": {"counters": {"http.codes.200": g.num(1000, 90000), "http.requests": g.num(1000, 90000),
                                       "vusers.created": g.num(100, 9000), "vusers.completed": g.num(100, 9000)},
                          "rates": {"http.request_rate": g.num(10, 200)},
                          "summaries": {"http.response_time": {"min": g.num(5, 30), "max": g.num(800, 3000), "mean": g.num(50, 200) + 0.5,
                                                                 "p50": g.num(40, 150), "p95": g.num(200, 600), "p99": g.num(400, 900)}},
                          "firstCounterAt": 1712000000000 + g.num(0, 10 ** 8), "period": 1712000000000},
            "intermediate": [], "testId": g.ch(["t", "tx"]) + g.rs(LOWER + DIG, 4) + "_" + g.rs(LOWER + DIG, 27)}
    return g.ch(["artillery/report.json", "perf/results/artillery-run.json"]), json.dumps(data, indent=2) + "\n"


@look("artillery", "env_reference", ftype="yml")
def n_artillery_env(g):
    return g.ch(["artillery/env.yml", "perf/artillery/ci.yml"]), D('''
        config:
          target: "{{ $processEnvironment.TARGET_URL }}"
          phases:
            - duration: 300
              arrivalRate: «r»
          variables:
            apiKey: "{{ $processEnvironment.API_KEY }}"
          processor: "./processor.js"
        scenarios:
          - flow:
              - function: fetchToken
              - get:
                  url: "/api/v1/orders"
                  headers:
                    authorization: "Bearer {{ token }}"
                    x-api-key: "{{ apiKey }}"
                    x-correlation-id: "«cid»"
        ''', r=g.ch([5, 10, 20]), cid=g.uuid())


@look("blazemeter", "env_reference", ftype="yml")
def n_taurus_env(g):
    return g.ch(["perf/taurus-ci.yml", "bzt/ci.yml"]), D('''
        settings:
          env:
            BASE_HOST: «host»
        execution:
        - executor: locust
          concurrency: «vus»
          ramp-up: 1m
          hold-for: «dur»
          scenario: shop
        scenarios:
          shop:
            script: locustfile.py
            default-address: https://${BASE_HOST}
        modules:
          blazemeter:
            token: ${BZM_API_KEY_ID}:${BZM_API_KEY_SECRET}
            test: «test»
            project: «proj»
        ''', host=g.host(), vus=g.vus(), dur=g.dur(), test=g.ch(["Shop smoke", "Nightly"]), proj=g.num(100000, 999999))


@look("azure-load-testing", "keyvault_reference", ftype="yml")
def n_alt_kv(g):
    co = g.company()
    return g.ch(["perf/alt/config.yaml", "loadtest/alt.yaml"]), D('''
        version: v0.1
        testId: «tid»
        displayName: «tid»
        testPlan: «plan»
        engineInstances: «e»
        keyVaultReferenceIdentity: /subscriptions/«sub»/resourceGroups/rg-«co»-perf/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-alt
        secrets:
          - name: appToken
            value: https://kv-«co»-perf.vault.azure.net/secrets/app-token/
          - name: loginPassword
            value: https://kv-«co»-perf.vault.azure.net/secrets/perf-user-password/«ver»
        env:
          - name: webapp
            value: «host»
        failureCriteria:
          - p90(response_time_ms) > 900
        ''', tid=g.ch(["checkout", "catalog-peak", "api-soak"]), plan=g.ch(["checkout.jmx", "locustfile.py"]),
        e=g.num(1, 4), sub=g.uuid(), co=co, ver=g.hex(32), host=g.host())


@look("github-actions", "secret_reference", ftype="yml")
def n_gha_secrets(g):
    return g.ch([".github/workflows/perf.yml", ".github/workflows/load.yml"]), D('''
        name: «wname»
        on:
          workflow_dispatch:
          schedule:
            - cron: "«m» «h» * * 1-5"
        permissions:
          contents: read
          id-token: write
        jobs:
          load:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: grafana/setup-k6-action@v1
              - uses: grafana/run-k6-action@v1
                env:
                  K6_CLOUD_TOKEN: ${{ secrets.K6_CLOUD_TOKEN }}
                  K6_CLOUD_PROJECT_ID: ${{ vars.K6_CLOUD_PROJECT_ID }}
                  CHECKLY_API_KEY: ${{ secrets.CHECKLY_API_KEY }}
                with:
                  path: «glob»
              - uses: actions/upload-artifact@v4
                with:
                  name: k6-summary-${{ github.run_id }}
                  path: results/
        ''', wname=g.ch(["perf", "load tests", "nightly k6"]), m=g.num(0, 59), h=g.num(0, 6),
               glob=g.ch(["tests/perf/*.js", "k6/scenarios/*.js", "load/**/*.test.js"]))


@look("checkly", "account_id", ftype="ts")
def n_checkly_cfg(g):
    return g.ch(["checkly.config.ts", "monitoring/checkly.config.ts"]), D('''
        import { defineConfig } from 'checkly'
        import { Frequency } from 'checkly/constructs'

        // API key comes from CHECKLY_API_KEY in CI; account id is not a secret.
        export default defineConfig({
          projectName: '«co» storefront',
          logicalId: '«co»-storefront',
          repoUrl: 'https://github.com/«co»/storefront',
          checks: {
            activated: true,
            frequency: Frequency.EVERY_10M,
            locations: ['eu-west-1', 'us-east-1'],
            tags: ['website', 'api'],
            checkMatch: '**/__checks__/**/*.check.ts',
            browserChecks: { testMatch: '**/__checks__/**/*.spec.ts' },
          },
          cli: {
            runLocation: 'eu-west-1',
            reporters: ['list'],
          },
        })
        // account: «acct»
        ''', co=g.company(), acct=g.uuid())


@look("datadog", "public_id", ftype="json")
def n_dd_synth(g):
    data = {"tests": [{"id": _pubid(g), "testOverrides": {
        "startUrl": "https://%s/" % g.host(), "variables": {"USER_EMAIL": "{{ PERF_USER_EMAIL }}", "PASSWORD": "{{ PERF_USER_PASSWORD }}"},
        "headers": {"X-Correlation-Id": g.uuid()}}} for _ in range(g.num(1, 3))]}
    return g.ch(["e2e/smoke.synthetics.json", "synthetics/api.synthetics.json"]), json.dumps(data, indent=2) + "\n"


@look("datadog", "public_client_token", ftype="ts")
def n_dd_rum(g):
    return g.ch(["src/observability/rum.ts", "web/src/datadog.ts"]), D('''
        import { datadogRum } from '@datadog/browser-rum';

        // Client tokens and application ids are meant to ship in browser bundles.
        datadogRum.init({
          applicationId: '«app»',
          clientToken: 'pub«tok»',
          site: 'datadoghq.eu',
          service: '«co»-storefront',
          env: '«env»',
          version: '«ver»',
          sessionSampleRate: 100,
          sessionReplaySampleRate: 20,
          trackUserInteractions: true,
          allowedTracingUrls: ['https://«host»'],
        });
        ''', app=g.uuid(), tok=g.hex(32), co=g.company(), env=g.ch(ENVS), ver="1.%d.%d" % (g.num(0, 40), g.num(0, 9)), host=g.host())


@look("grafana", "dashboard_uids", ftype="json")
def n_grafana_dash(g):
    data = {"uid": g.rs(LOWER + DIG, 14), "title": "k6 Prometheus", "version": g.num(1, 40),
            "templating": {"list": [{"name": "testid", "type": "query", "datasource": {"type": "prometheus", "uid": g.rs(ALNUM, 9)},
                                     "query": "label_values(k6_http_reqs_total, testid)"}]},
            "panels": [{"id": i, "type": "timeseries", "title": t,
                        "datasource": {"type": "prometheus", "uid": g.rs(ALNUM, 9)},
                        "targets": [{"expr": e, "refId": "A"}]} for i, (t, e) in enumerate([
                            ("RPS", 'sum(irate(k6_http_reqs_total{testid=~"$testid"}[1m]))'),
                            ("p95", 'histogram_quantile(0.95, sum(rate(k6_http_req_duration_seconds{testid=~"$testid"}[1m])) by (le))')], 1)]}
    return g.ch(["grafana/dashboards/k6-prometheus.json", "ops/dashboards/load.json"]), json.dumps(data, indent=2) + "\n"


@look("grafana-k6", "run_ids", ftype="log")
def n_k6_cloud_console(g):
    rid = g.num(2000000, 4999999)
    return g.ch(["logs/k6-cloud-run.log", "artifacts/cloud-run.txt"]), D('''
             execution: cloud
                script: tests/perf/checkout.js
                output: https://«stack».grafana.net/a/k6-app/runs/«rid»

             scenarios: (100.00%) 1 scenario, «vus» max VUs, 10m30s max duration (incl. graceful stop):
                      * default: Up to «vus» looping VUs for 10m0s over 3 stages

        Run    [======================================] Finished
        test run id: «rid», project id: «pid», load zone: «lz»
        trace id of last failing request: «trace»
        ''', stack=g.company(), rid=rid, vus=g.vus(), pid=g.num(3000000, 3999999), lz=g.ch(LOADZONES), trace=g.hex(32))


@look("docker", "image_digest", ftype="yml")
def n_compose_digest(g):
    return g.ch(["docker-compose.perf.yml", "perf/compose.yml"]), D('''
        services:
          k6:
            image: grafana/k6:0.«m».0@sha256:«d1»
            command: run /scripts/load.js
            volumes: ["./scripts:/scripts:ro"]
          influxdb:
            image: influxdb:1.8@sha256:«d2»
            environment:
              INFLUXDB_DB: k6
          grafana:
            image: grafana/grafana:10.«gm».0@sha256:«d3»
            environment:
              GF_AUTH_ANONYMOUS_ENABLED: "true"
              GF_AUTH_ANONYMOUS_ORG_ROLE: Viewer
        ''', m=g.num(45, 54), d1=g.sha(), d2=g.sha(), d3=g.sha(), gm=g.num(0, 4))


@look("npm", "lockfile_integrity", ftype="json")
def n_lockfile(g):
    pk = {"": {"name": "perf-tests", "version": "1.0.0", "devDependencies": {"@types/k6": "^0.%d.0" % g.num(45, 54), "artillery": "^2.0.%d" % g.num(0, 20)}}}
    for name in ["node_modules/@types/k6", "node_modules/artillery", "node_modules/checkly", "node_modules/@datadog/datadog-ci"]:
        pk[name] = {"version": "%d.%d.%d" % (g.num(0, 4), g.num(0, 60), g.num(0, 20)),
                    "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (name[13:], name.split("/")[-1]),
                    "integrity": g.sha512_integrity(), "dev": True}
    return g.ch(["package-lock.json", "perf/package-lock.json"]), json.dumps({"name": "perf-tests", "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": pk}, indent=2) + "\n"


@look("go", "module_checksums", ftype="sum")
def n_gosum(g):
    mods = ["github.com/grafana/xk6-sql v0.4.%d" % g.num(0, 3), "github.com/grafana/xk6-output-prometheus-remote v0.3.%d" % g.num(0, 9),
            "go.k6.io/k6 v0.%d.0" % g.num(45, 54), "github.com/mstoykov/atlas v0.0.0-20220811071828-388f114305dd"]
    lines = []
    for m in mods:
        lines.append("%s h1:%s=" % (m, base64.b64encode(g.rbytes(32)).decode()[:-1]))
        lines.append("%s/go.mod h1:%s=" % (m, base64.b64encode(g.rbytes(32)).decode()[:-1]))
    return g.ch(["xk6/go.sum", "tools/k6-ext/go.sum"]), "\n".join(lines) + "\n"


@look("har", "correlation_ids", ftype="har")
def n_har(g):
    host = g.host()
    ent = []
    for _ in range(g.num(2, 4)):
        ent.append({"startedDateTime": "2024-03-%02dT10:%02d:%02d.%03dZ" % (g.num(1, 28), g.num(0, 59), g.num(0, 59), g.num(0, 999)),
                    "time": g.num(20, 900),
                    "request": {"method": "GET", "url": "https://%s%s" % (host, g.ep()), "httpVersion": "h2",
                                "headers": [{"name": "accept", "value": "application/json"},
                                            {"name": "x-request-id", "value": g.uuid()}], "cookies": []},
                    "response": {"status": 200, "statusText": "OK", "httpVersion": "h2",
                                 "headers": [{"name": "etag", "value": 'W/"%s"' % g.hex(40)}, {"name": "x-trace-id", "value": g.hex(32)}],
                                 "content": {"size": g.num(200, 9000), "mimeType": "application/json"}},
                    "timings": {"send": 0, "wait": g.num(20, 800), "receive": g.num(1, 20)}})
    return g.ch(["recordings/checkout.har", "perf/har/browse.har"]), json.dumps({"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "entries": ent}}, indent=2) + "\n"


@look("report", "correlation_ids", ftype="html")
def n_html_corr(g):
    rows = "\n".join("  <tr><td>%s</td><td>%s</td><td>%d</td><td>%d ms</td></tr>" % (g.uuid(), g.ch(["GET /api/v1/orders", "POST /checkout", "GET /api/v1/cart"]), g.ch([500, 502, 504]), g.num(1000, 30000)) for _ in range(g.num(3, 6)))
    return g.ch(["reports/errors.html", "perf/results/failed-requests.html"]), D('''
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Failed requests</title></head>
        <body>
        <h2>Failed requests (correlation ids for the backend team)</h2>
        <table>
          <tr><th>x-correlation-id</th><th>request</th><th>status</th><th>duration</th></tr>
        «rows»
        </table>
        <p>build «sha» &middot; run «run»</p>
        </body></html>
        ''', rows=rows, sha=g.hex(40), run=g.num(1000, 99999))


@look("k6", "release_checksums", ftype="txt")
def n_sha256sums(g):
    ver = "v0.%d.%d" % (g.num(45, 54), g.num(0, 2))
    lines = ["%s  k6-%s-%s" % (g.sha(), ver, p) for p in ["linux-amd64.tar.gz", "linux-arm64.tar.gz", "macos-arm64.zip", "windows-amd64.zip"]]
    return g.ch(["tools/k6/SHA256SUMS", "vendor/k6/%s-checksums.txt" % ver]), "\n".join(lines) + "\n"


@look("wrk", "random_ids", ftype="lua")
def n_wrk_random(g):
    return g.ch(["bench/wrk/random-ids.lua", "perf/wrk/orders.lua"]), D('''
        math.randomseed(os.time())

        local function hex(n)
          local t = {}
          for i = 1, n do t[i] = string.format("%x", math.random(0, 15)) end
          return table.concat(t)
        end

        request = function()
          local id = hex(8) .. "-" .. hex(4) .. "-4" .. hex(3) .. "-a" .. hex(3) .. "-" .. hex(12)
          wrk.headers["X-Request-Id"] = id
          wrk.headers["Idempotency-Key"] = hex(32)
          return wrk.format("GET", "/api/v1/orders/" .. math.random(1, «max»))
        end
        ''', max=g.ch([10000, 50000]))


@look("vegeta", "correlation_ids", ftype="txt")
def n_vegeta_ids(g):
    host = g.host()
    out = []
    for _ in range(g.num(2, 4)):
        out += ["POST https://%s/api/v1/payments/intents" % host, "Content-Type: application/json",
                "Idempotency-Key: %s" % g.uuid(), "X-Request-Id: %s" % g.uuid(), "@bodies/intent-%d.json" % g.num(1, 9), ""]
    return g.ch(["bench/vegeta/payments.targets", "perf/vegeta/intents.txt"]), "\n".join(out)


@look("apache-bench", "correlation_ids", ftype="sh")
def n_ab_payload(g):
    return g.ch(["bench/ab-post.sh", "scripts/ab-quote.sh"]), D('''
        #!/bin/sh
        # POST benchmark; the payload is a fixture, the ids are only for tracing in the logs.
        ab -n «n» -c «c» -p fixtures/quote.json -T application/json \\
          -H 'X-Correlation-Id: «cid»' \\
          -H 'X-Test-Run: «run»' \\
          https://«host»/api/v2/quotes
        ''', n=g.ch([1000, 5000]), c=g.ch([20, 50]), cid=g.uuid(), run=g.hex(12), host=g.host())


@look("terraform", "public_key", ftype="tf")
def n_tf_pubkey(g):
    return g.ch(["infra/load-generators/main.tf", "terraform/perf/lg.tf"]), D('''
        resource "aws_key_pair" "load_generators" {
          key_name   = "perf-lg"
          public_key = "«pub» perf@«co»"
        }

        resource "aws_instance" "lg" {
          count         = «n»
          ami           = "ami-«ami»"
          instance_type = "c6i.2xlarge"
          key_name      = aws_key_pair.load_generators.key_name
          tags = {
            Name = "perf-lg-${count.index}"
          }
        }
        ''', pub=g.ssh_pub(), co=g.company(), n=g.ch([2, 4, 8]), ami=g.hex(17))


@look("target-api", "ca_certificate", ftype="pem")
def n_ca_pem(g):
    return g.ch(["k6/certs/perf-ca.pem", "perf/certs/target-ca.crt"]), g.cert_pem() + "\n"


@look("target-api", "jwks_public", ftype="json")
def n_jwks(g):
    keys = [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": g.hex(16),
             "n": base64.urlsafe_b64encode(g.rbytes(256)).decode().rstrip("="), "e": "AQAB"} for _ in range(2)]
    return g.ch(["mocks/auth/jwks.json", "wiremock/__files/jwks.json"]), json.dumps({"keys": keys}, indent=2) + "\n"


@look("target-api", "fake_data_pattern", ftype="py")
def n_fake_users(g):
    return g.ch(["perf/tools/make_users.py", "scripts/gen_test_users.py"]), D('''
        """Generate throwaway perf users; passwords follow an obvious pattern on purpose and
        only exist on the perf environment, which is wiped nightly."""
        import csv
        import sys


        def main(n: int) -> None:
            w = csv.writer(sys.stdout)
            w.writerow(["email", "password"])
            for i in range(1, n + 1):
                w.writerow([f"loaduser{i:05d}@perf.invalid", f"LoadUser-{i:05d}"])


        if __name__ == "__main__":
            main(int(sys.argv[1]) if len(sys.argv) > 1 else «n»)
        ''', n=g.ch([100, 1000, 5000]))


@look("target-api", "usernames_only", ftype="csv")
def n_users_csv(g):
    rows = ["username,region,tier"]
    for _ in range(g.num(8, 20)):
        rows.append("%s.%s%02d@perf.invalid,%s,%s" % (g.word(), g.word(), g.num(0, 99), g.ch(["eu", "us", "ap"]), g.ch(["basic", "gold"])))
    return g.ch(["jmeter/data/users.csv", "perf/data/customers.csv", "data/usernames.csv"]), "\n".join(rows) + "\n"


@look("git", "commit_shas", ftype="md")
def n_changelog(g):
    out = ["# Changelog (perf suite)", ""]
    for i in range(g.num(4, 7)):
        out.append("- %s %s (%s)" % (g.hex(7), g.ch(["raise p95 threshold for search", "add soak scenario", "switch to ramping-arrival-rate",
                                                       "bump k6 to 0.%d" % g.num(45, 54), "fix CSV feeder path", "tag runs with commit"]), g.hex(40)))
    return g.ch(["perf/CHANGELOG.md", "CHANGELOG.md"]), "\n".join(out) + "\n"


@look("grafana-k6", "secret_reference", ftype="yml")
def n_k6_operator_ref(g):
    return g.ch(["deploy/k6/testrun.yaml", "k8s/perf/run.yaml"]), D('''
        apiVersion: k6.io/v1alpha1
        kind: TestRun
        metadata:
          name: «name»
        spec:
          parallelism: «p»
          script:
            configMap:
              name: «name»-script
              file: test.js
          arguments: --out cloud --tag testid=«tid»
          runner:
            env:
              - name: K6_CLOUD_TOKEN
                valueFrom:
                  secretKeyRef:
                    name: k6-cloud
                    key: token
              - name: K6_CLOUD_PROJECT_ID
                value: "«pid»"
        ''', name=g.ch(["catalog-soak", "api-stress"]), p=g.ch([2, 4]), tid=g.hex(12), pid=g.num(3000000, 3999999))


@look("grafana-k6", "project_ids", ftype="json")
def n_k6_projects(g):
    data = {"stackId": g.num(100000, 999999), "projects": [
        {"id": g.num(3000000, 3999999), "name": n, "loadZones": [g.ch(LOADZONES)], "lastRun": g.num(2000000, 4999999)}
        for n in ["checkout", "catalog", "search"]], "orgId": g.num(10000, 99999)}
    return g.ch(["perf/k6-projects.json", "config/k6/projects.json"]), json.dumps(data, indent=2) + "\n"


@look("grafana-cloud", "password_file", ftype="yml")
def n_prom_rw_file(g):
    return g.ch(["ops/prometheus/remote-write.yml", "monitoring/prometheus.yml"]), D('''
        global:
          scrape_interval: 15s
        remote_write:
          - url: https://prometheus-«reg».grafana.net/api/prom/push
            basic_auth:
              username: «inst»
              password_file: /run/secrets/grafana_cloud_token
            write_relabel_configs:
              - source_labels: [__name__]
                regex: "k6_.*"
                action: keep
        ''', reg=g.ch(["prod-13-prod-us-east-0", "prod-24-prod-eu-west-2"]), inst=g.num(400000, 2999999))


@look("blazemeter", "documented_example", ftype="md")
def n_bzm_doc(g):
    return g.ch(["docs/blazemeter.md", "perf/BLAZEMETER.md"]), D('''
        # Triggering BlazeMeter from CI («co»)

        Test «tid» («name») runs after every merge to main. BlazeMeter API keys are an id/secret pair used as basic auth. The vendor docs show
        the format with this example pair:

            f817e22f1526b048799f75da:7641251982b983cfd92b5a25fa97cd3ee9e21920f21d8b14cd705831826935723f3033f0

        Our real key lives in the CI secret store as `BZM_API_KEY_ID` / `BZM_API_KEY_SECRET`.

        ```bash
        curl -X POST "https://a.blazemeter.com/api/v4/tests/$TEST_ID/start" --user "$BZM_API_KEY_ID:$BZM_API_KEY_SECRET"
        ```
        ''', co=g.company(), tid=g.num(10000000, 13999999), name=g.ch(["Checkout nightly", "Search soak", "API peak"]))


@look("checkly", "documented_example", ftype="md")
def n_checkly_loader_doc(g):
    return g.ch(["docs/synthetics.md", "docs/monitoring/README.md"]), D('''
        # Synthetic monitoring setup for «co»

        Owner: «team» team. Checks run every «f» minutes from «loc».

        1. Create a Checkly API key (user settings) - it looks like `cu_1234567890abcdef` in the
           Checkly docs. Store it as the `CHECKLY_API_KEY` CI secret, never in the repo.
        2. Account id: Settings -> Account -> General (a UUID, not secret).
        3. loader.io host verification: upload a file named like
           `loaderio-28016b04fdb0ed4ea066ecec5a19c1ad.txt` (example token from loader.io support)
           to the web root of the target host.

        ```bash
        export CHECKLY_API_KEY=<your-checkly-api-key>
        export CHECKLY_ACCOUNT_ID=<your-account-id>
        npx checkly test --record
        ```
        ''', co=g.company(), team=g.ch(["platform", "sre", "storefront", "qa"]), f=g.ch([1, 5, 10]),
               loc=g.ch(["eu-west-1 and us-east-1", "eu-central-1", "three regions"]))


@look("target-api", "base64_fixture", ftype="json")
def n_b64_fixture(g):
    bodies = []
    for _ in range(g.num(2, 4)):
        body = json.dumps({"sku": "SKU-%d" % g.num(100, 999), "qty": g.num(1, 5), "note": g.ch(["gift", "", "leave at door"])})
        bodies.append({"name": "cart-%d" % g.num(1, 99), "contentType": "application/json", "bodyBase64": base64.b64encode(body.encode()).decode()})
    return g.ch(["perf/fixtures/bodies.json", "k6/fixtures/requests.json"]), json.dumps({"bodies": bodies}, indent=2) + "\n"


@look("target-api", "response_hash", ftype="js")
def n_k6_hash_check(g):
    return g.ch(["k6/static-assets.js", "tests/perf/cdn.js"]), D('''
        import http from 'k6/http';
        import crypto from 'k6/crypto';
        import { check } from 'k6';

        // expected digests of the immutable bundles published by release «rel»
        const EXPECTED = {
          '/static/js/main.js': '«h1»',
          '/static/css/app.css': '«h2»',
        };

        export default function () {
          for (const [path, sha] of Object.entries(EXPECTED)) {
            const res = http.get(`https://«host»${path}`, { responseType: 'binary' });
            check(res, { [`${path} digest`]: (r) => crypto.sha256(r.body, 'hex') === sha });
          }
        }
        ''', rel="2024.%d.%d" % (g.num(1, 12), g.num(1, 9)), h1=g.sha(), h2=g.sha(), host=g.host())


@look("target-api", "hmac_signature", ftype="js")
def n_k6_hmac(g):
    return g.ch(["k6/webhooks.js", "tests/perf/webhook-load.js"]), D('''
        import http from 'k6/http';
        import crypto from 'k6/crypto';

        const SIGNING_KEY = __ENV.WEBHOOK_SIGNING_KEY;
        const body = open('./fixtures/order-created.json');

        // signature of the fixture with the *test* key, kept to detect fixture drift
        const FIXTURE_SIGNATURE = 'sha256=«sig»';

        export default function () {
          const sig = 'sha256=' + crypto.hmac('sha256', SIGNING_KEY, body, 'hex');
          http.post('https://«host»/webhooks/orders', body, {
            headers: { 'Content-Type': 'application/json', 'X-Signature': sig, 'X-Fixture-Signature': FIXTURE_SIGNATURE },
          });
        }
        ''', sig=g.sha(), host=g.host())


@look("neoload", "variable_reference", ftype="yml")
def n_neoload_vars(g):
    return g.ch(["perf/neoload/default.yaml", "neoload/project.yaml"]), D('''
        name: orders
        variables:
        - constant:
            name: api_token
            value: ${env.NL_API_TOKEN}
        - file:
            name: customers
            path: data/customers.csv
            start_from_line: 2
            delimiter: ","
            is_first_line_column_names: false
            column_names: ["email", "region"]
        servers:
        - name: api
          host: «host»
          scheme: https
        user_paths:
        - name: orders
          actions:
            steps:
            - request:
                url: /api/v1/orders?customer=${customers.email}
                server: api
                headers:
                - Authorization: Bearer ${api_token}
        ''', host=g.host())


@look("gatling", "run_ids", ftype="yml")
def n_gatling_ci_ids(g):
    return g.ch([".github/workflows/gatling.yml", ".github/workflows/gatling-enterprise.yml"]), D('''
        name: gatling enterprise
        on:
          workflow_dispatch:
        jobs:
          run:
            runs-on: ubuntu-latest
            steps:
              - uses: gatling/enterprise-action@v1
                with:
                  api_token: ${{ secrets.GATLING_ENTERPRISE_API_TOKEN }}
                  simulation_id: «sim»
                  extra_system_properties: '{"perf.env": "«env»", "perf.runTag": "«tag»"}'
        ''', sim=g.uuid(), env=g.ch(ENVS), tag=g.hex(10))


@look("blazemeter", "run_ids", ftype="json")
def n_bzm_ids(g):
    data = {"result": {"id": g.num(50000000, 59999999), "testId": g.num(10000000, 13999999), "projectId": g.num(900000, 999999),
                       "sessionsId": ["r-v4-%s" % g.hex(13) for _ in range(2)], "publicTokenUrl": None,
                       "reportStatus": "pass", "created": 1712000000 + g.num(0, 10 ** 7)}, "error": None, "api_version": 4}
    return g.ch(["perf/results/bzm-master.json", "artifacts/blazemeter-run.json"]), json.dumps(data, indent=2) + "\n"


@look("loadrunner", "script_metadata", ftype="usr")
def n_lr_usr(g):
    return g.ch(["loadrunner/Login/Login.usr", "vugen/WebShop/WebShop.usr"]), D('''
        [General]
        Type=Multi
        RecordedProtocol=QTWeb
        DefaultCfg=default.cfg
        AppName=
        BuildTarget=
        ParamRightBrace=}
        ParamLeftBrace={
        NewFunctionHeader=1
        MajorVersion=«maj»
        MinorVersion=0
        DevelopmentTool=Vugen
        ScriptGUID={«g1»}
        [Actions]
        vuser_init=vuser_init.c
        Action=Action.c
        vuser_end=vuser_end.c
        [Recorded Actions]
        vuser_init=0
        Action=1
        vuser_end=0
        ''', maj=g.ch([2021, 2022, 2023, 24]), g1=g.uuid().upper())


@look("cypress", "env_reference", ftype="js")
def n_cypress_env(g):
    return g.ch(["cypress/e2e/login.cy.js", "e2e/cypress/e2e/checkout.cy.js"]), D('''
        describe('login', () => {
          beforeEach(() => {
            cy.fixture('profile.json').as('profile');
          });

          it('signs in the perf user', function () {
            cy.visit('/login');
            cy.get('#email').type(Cypress.env('PERF_USER'));
            cy.get('#password').type(Cypress.env('PERF_PASSWORD'), { log: false });
            cy.get('button[type=submit]').click();
            cy.contains(this.profile.displayName).should('be.visible');
            cy.request({ url: '/api/v3/accounts/me', headers: { 'x-request-id': '«rid»' } });
          });
        });
        ''', rid=g.uuid())


@look("target-api", "masked_log", ftype="log")
def n_masked_log(g):
    host = g.host()
    lines = []
    for _ in range(g.num(4, 8)):
        lines.append("%s INFO  [perf-runner] %s %s -> %d in %dms req_id=%s auth=Bearer ****%s" % (
            "2024-%02d-%02dT%02d:%02d:%02dZ" % (g.num(1, 12), g.num(1, 28), g.num(0, 23), g.num(0, 59), g.num(0, 59)),
            g.ch(["GET", "POST"]), g.ep(), g.ch([200, 201, 429]), g.num(10, 900), g.uuid(), g.rs(ALNUM, 4)))
    lines.append("INFO  [perf-runner] target=%s token=[REDACTED] client_secret=[REDACTED]" % host)
    return g.ch(["logs/perf-runner.log", "artifacts/runner.log"]), "\n".join(lines) + "\n"


# =============================================================================
# Negative slot values for re-used positive templates
# =============================================================================

PLACEHOLDERS = ["<your-token>", "<YOUR_API_KEY>", "YOUR_API_KEY_HERE", "changeme", "CHANGE_ME",
                "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "XXXXXXXXXXXXXXXXXXXX", "REPLACE_ME", "<password>",
                "your-secret-here", "TODO-set-in-ci", "dummy", "<insert token>", "placeholder"]
MASKED = ["****", "********************************", "[REDACTED]", "<redacted>", "***hidden***",
          "[FILTERED]", "REDACTED"]
SECRET_MGR = ["vault:secret/data/perf/%s#value", "op://Perf/%s/credential",
              "https://kv-perf-shared.vault.azure.net/secrets/%s/",
              "arn:aws:secretsmanager:eu-west-1:111122223333:secret:perf/%s",
              "projects/perf-platform/secrets/%s/versions/latest", "sm://perf/%s"]
TEMPLATE_EXPR = ["{{ .Values.%s }}", "{{ %s }}", "#{%s}#", "@%s@", "%%%s%%", "{{%s}}", "$(%s)"]
DOC_EXAMPLES = {
    "grafana-k6": ["56c166885f9a7fc1e579a1b3cb66f6dd"],
    "blazemeter": ["7641251982b983cfd92b5a25fa97cd3ee9e21920f21d8b14cd705831826935723f3033f0"],
    "checkly": ["cu_1234567890abcdef"],
    "grafana-cloud": ["glsa_xxxxxxxxxxxx"],
    "datadog": ["<DATADOG_API_KEY>", "<APPLICATION_KEY>"],
    "loaderio": ["loaderio-28016b04fdb0ed4ea066ecec5a19c1ad", "loaderio-6f96e0b06a1326723958b1646a111311"],
}


def public_value(g, t):
    p = t["provider"]
    if p == "datadog":
        return "pub" + g.hex(32)
    if p == "loaderio":
        return "loaderio-" + g.hex(32)
    if p == "grafana-cloud":
        return str(g.num(100000, 2999999))
    if t["kind"] == "client_secret":
        return g.uuid()
    return None


def env_ref(g, t, path):
    var = t["var"]
    lang = t["lang"]
    if t["ex"]:
        if lang in ("js", "ts"):
            if "k6" in t["name"]:
                return Expr("__ENV." + var)
            return Expr("process.env." + var)
        if lang == "py":
            return Expr(g.ch(['os.environ["%s"]', 'os.getenv("%s", "")', 'os.environ.get("%s")']) % var)
        if lang == "scala":
            return Expr('sys.env("%s")' % var)
        if lang in ("java", "kt"):
            return Expr('System.getenv("%s")' % var)
        if lang in ("c", "h"):
            if g.r.random() < 0.5:
                return Expr('lr_decrypt("%s")' % (g.hex(g.ch([24, 32])) + g.hex(2)))
            return Expr('lr_eval_string("{%s}")' % var)
        if lang == "lua":
            return Expr('os.getenv("%s")' % var)
        if lang == "tf":
            return Expr("var." + var.lower())
        if lang == "groovy":
            return Expr("credentials('%s')" % var.lower().replace("_", "-"))
        if lang == "rb":
            return Expr('ENV.fetch("%s")' % var)
    up = var.upper()
    if lang == "yml" and (path.startswith(".github/") or "github" in path):
        return "${{ secrets.%s }}" % up
    if lang == "yml" and ("pipelines" in path or "azure" in path):
        return "$(%s)" % up
    if lang == "xml" or (t["ftype"] == "jmx"):
        return g.ch(["${__P(%s)}" % var.lower(), "${__property(%s)}" % var.lower(), "${%s}" % up])
    if lang == "makefile":
        return "$(shell op read op://perf/k6/token)"
    if lang == "c":
        return "{p%s}" % var.strip("p").capitalize()
    if lang in ("csv", "html", "log", "md", "txt", "json", "sql", "env"):
        return g.ch(PLACEHOLDERS)
    return g.ch(["${%s}", "$%s", "${%s:?not set}"]) % up


def neg_value(g, t, path):
    cats = ["placeholder"] * 25 + ["env_reference"] * 20 + ["secret_manager"] * 10 + \
           ["template_expr"] * 10 + ["masked"] * 10 + ["empty"] * 7 + ["documented_example"] * 9 + \
           ["public_value"] * 9
    cat = g.ch(cats)
    name = t["var"].lower().replace("_", "-")
    if cat == "documented_example" and t["provider"] in DOC_EXAMPLES:
        return cat, g.ch(DOC_EXAMPLES[t["provider"]])
    if cat == "public_value":
        pv = public_value(g, t)
        if pv is not None:
            return cat, pv
    if cat == "env_reference":
        return cat, env_ref(g, t, path)
    if cat == "secret_manager" and t["lang"] not in ("csv", "html", "log", "md", "sql"):
        return cat, g.ch(SECRET_MGR) % name
    if cat == "template_expr" and t["lang"] in ("yml", "json", "ini", "conf", "properties", "xml", "sh",
                                                 "tf", "dockerfile", "makefile", "txt"):
        return cat, g.ch(TEMPLATE_EXPR) % t["var"].replace("-", "_")
    if cat == "masked":
        return cat, g.ch(MASKED)
    if cat == "empty" and t["lang"] not in ("csv", "html", "log"):
        return cat, ""
    return "placeholder", g.ch(PLACEHOLDERS)


# =============================================================================
# Driver
# =============================================================================

ENV_BLOCKED = re.compile(r"^\.env(\.[A-Za-z0-9_-]+)?$")
ENV_OK_SUFFIX = ("example", "sample", "template", "dist", "defaults")


def is_blocked_env(path):
    base = path.rsplit("/", 1)[-1]
    if not ENV_BLOCKED.match(base):
        return False
    return not base.endswith(ENV_OK_SUFFIX)


def filetype(t, path):
    if t.get("ftype"):
        return t["ftype"]
    base = path.rsplit("/", 1)[-1]
    stem = base.lstrip(".")
    if "." in stem:
        ext = stem.rsplit(".", 1)[-1].lower()
        return {"yaml": "yml"}.get(ext, ext)
    return t.get("lang", "txt")


def write_file(outdir, rel_file, content):
    full = os.path.join(outdir, rel_file)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(content)


def cycle_order(r, n_templates, total):
    out = []
    while len(out) < total:
        lst = list(range(n_templates))
        r.shuffle(lst)
        out.extend(lst)
    return out[:total]


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: python3 -B gen_ib.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], argv[2]
    r = random.Random(int(seed) if seed.lstrip("-").isdigit() else seed)
    g = Gen(r)
    n_pos = n_neg = 500
    manifest, secrets = [], []
    needles = []

    # ---- positives --------------------------------------------------------
    env_files = 0
    conv = 0
    for i, ti in enumerate(cycle_order(r, len(POS), n_pos)):
        t = POS[ti]
        sec = t["gen"](g)
        val, needle = sec if isinstance(sec, tuple) else (sec, sec)
        rel, content = t["render"](g, val)
        assert needle and needle in content, (t["name"], needle)
        idx = content.index(needle)
        line = content.count("\n", 0, idx) + 1
        assert needle in content.split("\n")[line - 1], (t["name"], line)
        assert content.find(needle) == idx
        rel_file = "pos/p%04d/%s" % (i, rel)
        write_file(outdir, rel_file, content)
        if ENV_BLOCKED.match(rel.rsplit("/", 1)[-1]):
            env_files += 1
        conv += 1 if t["conv"] else 0
        manifest.append({"file": rel_file, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(t, rel)})
        secrets.append({"file": rel_file, "needle": needle, "line": line})
        needles.append(needle)
    assert env_files * 20 <= n_pos, env_files

    # ---- negatives ----------------------------------------------------------
    half = n_neg // 2
    plan = [("reuse", POS[k]) for k in cycle_order(r, len(POS), half)]
    plan += [("look", LOOK[k]) for k in cycle_order(r, len(LOOK), n_neg - half)]
    r.shuffle(plan)
    for i, (mode, t) in enumerate(plan):
        if mode == "reuse":
            probe_path = t["render"](Gen(random.Random(i)), "x")[0]
            cat, val = neg_value(g, t, probe_path)
            rel, content = t["render"](g, val)
            kind = "%s:%s" % (cat, t["kind"])
        else:
            rel, content = t["render"](g)
            kind = t["kind"]
        if is_blocked_env(rel):
            rel = rel.rsplit("/", 1)[0] + "/.env.example" if "/" in rel else ".env.example"
        assert not is_blocked_env(rel), rel
        for nd in needles:
            assert nd not in content, (t["name"], nd)
        rel_file = "neg/n%04d/%s" % (i, rel)
        write_file(outdir, rel_file, content)
        manifest.append({"file": rel_file, "label": "neg", "provider": t["provider"], "kind": kind,
                         "filetype": filetype(t, rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s, sort_keys=False) + "\n")

    # ---- re-read and verify what was written ------------------------------
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s["file"]
        assert all(s["needle"] not in ln for ln in lines[:s["line"] - 1]), s["file"]
    sys.stderr.write("gen_ib: %d positive templates, %d look-alike templates; %d pos (%d conventional names, %d .env), %d neg -> %s\n"
                     % (len(POS), len(LOOK), n_pos, conv, env_files, n_neg, outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
