#!/usr/bin/env python3
"""gen_hs.py - blind evaluation set: headless and composable commerce backends.

EMPHASIS
    Secrets of headless / composable commerce stacks as they appear in real
    storefront and backend repositories.
    Providers: commercetools (API client id + secret, scopes), BigCommerce
    (store-level API account access tokens, app client secrets, X-Auth-Token),
    Saleor (app tokens, Django SECRET_KEY, webhook secret keys), Medusa
    (JWT_SECRET, COOKIE_SECRET, secret API keys sk_ vs publishable pk_),
    Swell (secret keys), Elastic Path Composable Commerce (client secrets),
    Vendure (superadmin passwords, cookie secrets), Shopify Hydrogen / Oxygen
    (private storefront tokens vs public tokens, deployment tokens, app
    secrets), Spree / Solidus (API keys), Sylius (APP_SECRET, JWT pass
    phrase, JWT private key), Magento 2 / Adobe Commerce (env.php crypt key,
    integration access tokens, repo.magento.com access keys), Salesforce
    Commerce Cloud (dw.json passwords, API client / SLAS secrets), fabric,
    Crystallize (access token id + secret), Nacelle (negatives only), Algolia
    admin keys in commerce search.
    Kinds: client secrets, admin API tokens, JWT/cookie secrets, crypt keys,
    private storefront tokens, passwords, signing secrets, private keys.
    File types: TypeScript / TSX / Next.js, Node (js, mjs), PHP (env.php,
    Laravel config), Python (Django / Saleor), Ruby (Spree / Solidus, rake),
    dw.json, medusa-config.js/ts, vendure-config.ts, .env files, YAML (Helm,
    Kubernetes, GitHub Actions, Symfony), JSON, TOML, INI, XML, properties,
    Terraform, docker-compose, Dockerfile, Markdown, shell, SQL, CSV, logs,
    .http request files, GraphQL, PEM.

USAGE
    python3 -B gen_hs.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one
    line per positive).  Deterministic per SEED: every random choice comes from
    one random.Random(SEED); no clock, no os.urandom, no set iteration, no
    hash() of strings.

NEEDLE CONVENTIONS
    The needle is the secret value exactly as written, without quotes and
    without its variable name.
    - Key pairs (client id + secret, access token id + secret, Magento repo
      public + private key): only the secret half is the needle; the id is
      innocent context.
    - Headers (X-Auth-Token, Authorization: Bearer, X-Shopify-Access-Token,
      X-Crystallize-Access-Token-Secret ...): the token value only, without
      the header name or the word "Bearer".
    - Basic auth on the command line (curl -u id:secret) and form bodies
      (client_secret=...): the secret part only.
    - Connection strings (postgres://user:PASS@host/db): the password only.
    - Medusa secret API keys, Shopify tokens, Swell keys, Spree keys: the whole
      token including its prefix (sk_, shpat_, shpss_ ...).
    - Magento >= 2.4.7 crypt keys: the whole value including the literal
      'base64' prefix.
    - Multi-line private keys (PEM): the needle is the BEGIN line
      ("-----BEGIN ENCRYPTED PRIVATE KEY-----"), line = that line.
    "line" is the 1-based line of the needle's first occurrence; the program
    asserts the needle is on that line.

NEGATIVES
    Half re-use the positive templates with the secret's slot holding a
    non-secret: placeholders (<your-client-secret>, YOUR_..._HERE, changeme,
    xxxx), empty values, masked values (****, [REDACTED], prefix + stars),
    environment references (${VAR}, os.environ[...], process.env.X, getenv(),
    ENV.fetch, Terraform var.x), secret-manager references (op://, vault:,
    AWS / GCP / Azure secret paths), template expressions (Helm, GitHub
    Actions, Symfony %env()%, Octopus #{}#), and documented example / default values
    (Vendure superadmin, Medusa supersecret, Swell secret-key, Elastic Path's
    example bearer token, Spree sk_xxx, Crystallize / BigCommerce bracket
    placeholders).  The other half are look-alikes: Medusa publishable keys
    (pk_), Shopify public storefront tokens, Swell public keys, Algolia
    search-only keys and query IDs, Spree publishable keys, Vendure channel
    tokens, Elastic Path implicit client ids, SLAS public client ids,
    Hydrogen customer-account client ids, BigCommerce store hashes,
    commercetools project keys / client ids without secret, product ids,
    GIDs, SKUs, EAN/UPC barcodes, cart ids (ULIDs), Magento masked cart ids,
    Saleor global ids, Crystallize tenant ids, Nacelle space ids, lockfile
    integrity hashes, image digests, git SHAs, HMAC signatures in logs,
    trace ids, public keys / JWKS, base64 images, SRI hashes.
    No negative lives in a file named .env / .env.local / .env.production ...;
    only .env.example, .env.sample and .env.template are used.

FORMATS CHECKED (search tool, providers' docs and public code)
    - commercetools docs: API client gives client_id, secret, scope, API URL,
      Auth URL; auth host https://auth.{region}.commercetools.com, scopes like
      manage_project:{projectKey}.  Public project code shows client ids of 24
      and secrets of 32 characters from [A-Za-z0-9_-].
    - BigCommerce docs: X-Auth-Token header with store-level API account access
      token, X-Auth-Client client id, store hash in
      https://api.bigcommerce.com/stores/{store_hash}/v3; Catalyst docs mark
      the store hash as non-sensitive and BIGCOMMERCE_ACCESS_TOKEN as secret.
    - Shopify changelog (April 2020): access tokens grew from 32 to 38
      characters with static prefixes shpat_, shpca_, shppa_; community
      answer adds shpss_ / shpua_.  Hydrogen docs: PUBLIC_STOREFRONT_API_TOKEN
      vs PRIVATE_STOREFRONT_API_TOKEN; Oxygen workflows read
      OXYGEN_DEPLOYMENT_TOKEN_<id> from GitHub secrets.
    - Medusa docs: x-publishable-api-key header, publishable keys client-side
      only; public code shows pk_/sk_ + 64 hex (randomBytes(32)).
    - Swell: swell.init('my-store', 'secret-key'); backend secret key server
      only, public key for swell-js.
    - Crystallize docs: access token id + secret sent as
      X-Crystallize-Access-Token-Id / X-Crystallize-Access-Token-Secret.
    - Elastic Path docs: application keys give client_id + client_secret,
      client_credentials vs implicit tokens; docs example bearer
      212LJ3k0i2382364HIUEjfeJB98yvH (used as a negative).
    - Vendure docs: superadminCredentials default superadmin/superadmin,
      channel token header vendure-token, cookieOptions.secret.
    - Saleor docs: app tokens are long-lived, only last 4 chars shown later.
    - Spree docs: X-Spree-Api-Key, secret keys sk_..., publishable keys
      spree_pk_...; legacy X-Spree-Token keys are 48 hex (public examples).
    - Magento: < 2.4.7 crypt key is 32 hex (md5 of random bytes); >= 2.4.7
      'base64' + base64(32 random bytes); key lives in app/etc/env.php
      'crypt' => ['key' => ...].
    - SFCC: dw.json with hostname, username, password, code-version,
      client-id, client-secret; Account Manager client ids are UUIDs.
    - Algolia docs: Admin API key confidential, Search-only key safe in
      front-end code.
    - fabric docs: Authorization: Bearer from a system app, x-fabric-tenant-id.

DOUBTS
    - Exact lengths / alphabets not confirmed in provider docs: BigCommerce
      access token (31 [a-z0-9] used), client id (31 [a-z0-9]), client secret
      (64 hex); Saleor app token (30 alphanumerics used); Swell secret key
      (sk_ + 32 alphanumerics used); Elastic Path client id / secret (42
      alphanumerics used); Spree 5 secret key body (32 alphanumerics used);
      Crystallize token id (20 hex) and secret (64 hex); fabric client secret
      (43 base64url used); Oxygen deployment token (opaque 48 alphanumerics
      used); Magento integration token (32 [a-z0-9]); SLAS private client
      secrets and SFCC API client passwords are user-chosen, generated here
      as strong passwords.
    - Shopify private storefront (delegate / Headless) tokens: a public
      walkthrough shows shpat_ + 32 hex; not confirmed in Shopify's docs.
    - Nacelle storefront tokens are used client-side, so Nacelle appears only
      among negatives.  BigCommerce storefront JWTs are left out entirely.
"""

import base64
import json
import os
import random
import string
import sys

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + DIG
B36 = LOW + DIG
URLSAFE = ALNUM + "-_"


class Gen:
    """Per-run context: the one Random plus small helpers."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.is_pos = True
        self.env_budget = 20          # positives in .env-named files (<= 1/20)

    # ---- primitives -------------------------------------------------
    def c(self, seq):
        return self.rng.choice(seq)

    def i(self, a, b):
        return self.rng.randint(a, b)

    def p(self, prob):
        return self.rng.random() < prob

    def rs(self, n, alpha):
        return "".join(self.rng.choice(alpha) for _ in range(n))

    def hexs(self, n):
        return self.rs(n, HEX)

    def b64(self, nbytes, url=False):
        raw = bytes(self.rng.getrandbits(8) for _ in range(nbytes))
        if url:
            return base64.urlsafe_b64encode(raw).decode().rstrip("=")
        return base64.b64encode(raw).decode()

    def uuid(self):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + self.c("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def ulid(self):
        return "01" + self.c("HJK") + self.rs(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    def sample(self, seq, k):
        return self.rng.sample(list(seq), k)

    # ---- innocent vocabulary ----------------------------------------
    def brand(self):
        return self.c(BRANDS)

    def domain(self):
        return self.brand() + self.c([".com", ".shop", ".store", ".co.uk", ".de", ".io"])

    def word(self):
        return self.c(WORDS)

    def date(self):
        return "20%02d-%02d-%02d" % (self.i(22, 25), self.i(1, 12), self.i(1, 28))

    def ts(self):
        return "%sT%02d:%02d:%02d.%03dZ" % (self.date(), self.i(0, 23), self.i(0, 59),
                                           self.i(0, 59), self.i(0, 999))

    def ts_seq(self, n):
        """n increasing timestamps on one day (for log files)."""
        day, sec, out = self.date(), self.i(0, 40000), []
        for _ in range(n):
            sec += self.i(0, 240)
            out.append("%sT%02d:%02d:%02d.%03dZ" % (day, sec // 3600 % 24, sec // 60 % 60, sec % 60,
                                                    self.i(0, 999)))
        return out

    def ct_region(self):
        return self.c(["europe-west1.gcp", "us-central1.gcp", "eu-central-1.aws",
                       "us-east-2.aws", "australia-southeast1.gcp"])

    def ct_project(self):
        return self.brand() + self.c(["-dev", "-staging", "-prod", "-uat", "", "-eu", "-us"])

    def sku(self):
        return "%s-%s-%03d" % (self.rs(3, UP), self.c(["BLK", "WHT", "NVY", "RED", "GRN", "OAK"]),
                               self.i(1, 999))

    def ipv4(self):
        return "10.%d.%d.%d" % (self.i(0, 255), self.i(0, 255), self.i(1, 254))

    # ---- paths ----------------------------------------------------------
    def envpath(self, pos_names, alt):
        """Path for a dotenv-style file.  Positives may use .env files (budget
        capped at 20 of 500); negatives never do."""
        if self.is_pos:
            if self.env_budget > 0 and self.p(0.35):
                self.env_budget -= 1
                return self.c(pos_names)
            return self.c(alt)
        return self.c([n for n in NEG_ENV_NAMES])

    def prefix_dir(self, path):
        if self.p(0.3):
            return self.c(["apps/", "services/", "packages/", "backend/", "storefront/"]) \
                + self.c(["api", "web", "shop", "store", "commerce", "admin"]) + "/" + path
        return path


NEG_ENV_NAMES = [".env.example", ".env.sample", ".env.template"]

BRANDS = ["northwind", "acme-outdoor", "bluebird", "lumen-goods", "harborline", "fernway",
          "kitecraft", "oakline", "mistral-home", "tidewater", "copperleaf", "sundial",
          "brightcart", "pinecone-supply", "velvetfox", "nordhaus", "saltmarsh", "redwing",
          "maple-and-co", "urbanloom", "hollowpeak", "seabright", "quillon", "mosaic-living"]

WORDS = ["catalog", "orders", "inventory", "pricing", "checkout", "fulfilment", "search",
         "promotions", "customers", "shipping", "returns", "loyalty", "subscriptions",
         "products", "carts", "payments", "tax", "reviews", "stock", "warehouse"]

PUNCT_SAFE = "!#%^*-_+=.~"


# ------------------------------------------------------------------------
# secret value generators (positives)
# ------------------------------------------------------------------------
def v_ct_secret(g):
    return g.rs(32, URLSAFE)


def v_ct_id(g):
    return g.rs(24, URLSAFE)


def v_bc_token(g):
    return g.rs(31, B36)


def v_bc_client_id(g):
    return g.rs(31, B36)


def v_bc_secret(g):
    return g.hexs(64)


def v_store_hash(g):
    return g.rs(10, B36)


def v_saleor_token(g):
    return g.rs(30, ALNUM)


def v_django(g):
    return g.rs(50, LOW + DIG + "!@#%^&*(-_=+)")


def v_django_safe(g):
    return g.rs(50, LOW + DIG + "-_=+")


def v_medusa_sk(g):
    return "sk_" + g.hexs(64)


def v_medusa_pk(g):
    return "pk_" + g.hexs(64)


def v_cookie(g):
    k = g.i(0, 3)
    if k == 0:
        return g.hexs(64)
    if k == 1:
        return g.b64(32)
    if k == 2:
        return g.rs(48, ALNUM)
    return g.b64(32, url=True)


def v_swell_sk(g):
    return "sk_" + g.rs(32, ALNUM)


def v_ep_secret(g):
    return g.rs(42, ALNUM)


def v_password(g):
    k = g.i(0, 2)
    if k == 0:
        n = g.i(16, 24)
        while True:
            pw = g.rs(n, ALNUM + PUNCT_SAFE)
            if any(ch in PUNCT_SAFE for ch in pw) and any(ch in DIG for ch in pw):
                return pw
    if k == 1:
        words = ["Velvet", "Harbor", "Quartz", "Meadow", "Copper", "Falcon", "Juniper",
                 "Orbit", "Tundra", "Saffron", "Cobalt", "Ember", "Lantern", "Granite"]
        return "%s-%s-%s%d%s" % (g.c(words), g.c(words).lower(), g.c(words), g.i(10, 99),
                                 g.c("!#%*+="))
    return g.rs(4, UP) + g.rs(6, LOW) + "%d" % g.i(100, 9999) + g.c("!#%*+=") + g.rs(5, ALNUM)


def v_password_url(g):
    """Password that is safe inside a URL userinfo part."""
    return g.rs(g.i(18, 28), ALNUM + "-_.~")


def v_shpat(g):
    return "shpat_" + g.hexs(32)


def v_shpss(g):
    return "shpss_" + g.hexs(32)


def v_oxygen(g):
    return g.rs(48, ALNUM)


def v_spree_key(g):
    return g.hexs(48)


def v_spree5_sk(g):
    return "sk_" + g.rs(32, ALNUM)


def v_hex32(g):
    return g.hexs(32)


def v_hex64(g):
    return g.hexs(64)


def v_magento_new(g):
    return "base64" + g.b64(32)


def v_magento_integration(g):
    return g.rs(32, B36)


def v_crys_secret(g):
    return g.hexs(64)


def v_fabric_secret(g):
    return g.b64(32, url=True)


# ------------------------------------------------------------------------
# the slot: how the secret (or its innocent replacement) is written
# ------------------------------------------------------------------------
class Slot:
    """mode 'lit': a literal string value; mode 'env': an environment reference
    rendered in the syntax of the surrounding language."""

    def __init__(self, value, var, mode="lit"):
        self.v = value
        self.var = var
        self.mode = mode

    def lit(self):
        if self.mode == "env":
            return "${%s}" % self.var
        return self.v

    def q(self, qc='"'):
        return qc + self.lit() + qc

    def py(self, qc='"'):
        if self.mode == "env":
            return 'os.environ["%s"]' % self.var
        return qc + self.v + qc

    def js(self, qc="'"):
        if self.mode == "env":
            return "process.env.%s" % self.var
        return qc + self.v + qc

    def php(self, qc="'"):
        if self.mode == "env":
            return "getenv('%s')" % self.var
        return qc + self.v + qc

    def rb(self, qc="'"):
        if self.mode == "env":
            return "ENV.fetch('%s')" % self.var
        return qc + self.v + qc

    def tf(self):
        if self.mode == "env":
            return "var.%s" % self.var.lower()
        return '"%s"' % self.v


POS = []   # registry of positive templates


def pos(provider, kind, gen, var, ex=None, modes=None, tmpl=None, reuse=True, style="conv"):
    """Register a positive template.  ex: documented example values for this
    slot; modes: negative filler modes that make sense for the file type;
    tmpl: template expressions that fit the file type."""
    def deco(fn):
        POS.append(dict(fn=fn, name=fn.__name__, provider=provider, kind=kind, gen=gen,
                        var=var, ex=ex or [], modes=modes, tmpl=tmpl or [], reuse=reuse,
                        style=style))
        return fn
    return deco


TEXT_MODES = ("placeholder", "masked", "empty", "example")


# ========================================================================
# positive templates - commercetools
# ========================================================================
@pos("commercetools", "client_secret", v_ct_secret, "CTP_CLIENT_SECRET",
     ex=["{clientSecret}"], tmpl=["{{ .Values.ctp.clientSecret }}"])
def ct_env(g, s):
    pk, rg = g.ct_project(), g.ct_region()
    path = g.envpath([".env", ".env.local"], ["config/commercetools.env", "deploy/ctp.env",
                                              "env/staging-ctp.env"])
    scopes = " ".join("%s:%s" % (x, pk) for x in g.sample(
        ["manage_products", "view_orders", "manage_customers", "view_published_products",
         "manage_my_orders", "create_anonymous_token", "view_categories"], g.i(2, 4)))
    return path, (
        "# commercetools API client: %s-backend (created %s)\n"
        "CTP_PROJECT_KEY=%s\n"
        "CTP_CLIENT_ID=%s\n"
        "CTP_CLIENT_SECRET=%s\n"
        "CTP_AUTH_URL=https://auth.%s.commercetools.com\n"
        "CTP_API_URL=https://api.%s.commercetools.com\n"
        "CTP_SCOPES=%s\n"
        "\nNEXT_PUBLIC_DEFAULT_LOCALE=en-GB\nNEXT_PUBLIC_CURRENCY=%s\n"
        % (g.brand(), g.date(), pk, v_ct_id(g), s.lit(), rg, rg, scopes, g.c(["EUR", "GBP", "USD"])))


@pos("commercetools", "client_secret", v_ct_secret, "CTP_CLIENT_SECRET", style="other")
def ct_ts_client(g, s):
    pk, rg = g.ct_project(), g.ct_region()
    return g.prefix_dir("src/lib/commercetools/client.ts"), (
        "import { ClientBuilder, type AuthMiddlewareOptions, type HttpMiddlewareOptions } from '@commercetools/ts-client';\n"
        "import { createApiBuilderFromCtpClient } from '@commercetools/platform-sdk';\n"
        "\n"
        "export const projectKey = '%s';\n"
        "\n"
        "const authMiddlewareOptions: AuthMiddlewareOptions = {\n"
        "  host: 'https://auth.%s.commercetools.com',\n"
        "  projectKey,\n"
        "  credentials: {\n"
        "    clientId: '%s',\n"
        "    clientSecret: %s,\n"
        "  },\n"
        "  scopes: [`manage_project:${projectKey}`],\n"
        "  httpClient: fetch,\n"
        "};\n"
        "\n"
        "const httpMiddlewareOptions: HttpMiddlewareOptions = {\n"
        "  host: 'https://api.%s.commercetools.com',\n"
        "  httpClient: fetch,\n"
        "};\n"
        "\n"
        "const ctpClient = new ClientBuilder()\n"
        "  .withProjectKey(projectKey)\n"
        "  .withClientCredentialsFlow(authMiddlewareOptions)\n"
        "  .withHttpMiddleware(httpMiddlewareOptions)\n"
        "  .withLoggerMiddleware()\n"
        "  .build();\n"
        "\n"
        "export const apiRoot = createApiBuilderFromCtpClient(ctpClient).withProjectKey({ projectKey });\n"
        % (pk, rg, v_ct_id(g), s.js(), rg))


@pos("commercetools", "client_secret", v_ct_secret, "CTP_CLIENT_SECRET")
def ct_tf(g, s):
    pk, rg = g.ct_project(), g.ct_region()
    return g.c(["infra/commercetools/provider.tf", "terraform/ct/main.tf", "ops/tf/commercetools.tf"]), (
        'terraform {\n'
        '  required_providers {\n'
        '    commercetools = {\n'
        '      source  = "labd/commercetools"\n'
        '      version = "~> 1.%d"\n'
        '    }\n'
        '  }\n'
        '}\n'
        '\n'
        'provider "commercetools" {\n'
        '  client_id     = "%s"\n'
        '  client_secret = %s\n'
        '  project_key   = "%s"\n'
        '  scopes        = "manage_project:%s manage_api_clients:%s"\n'
        '  api_url       = "https://api.%s.commercetools.com"\n'
        '  token_url     = "https://auth.%s.commercetools.com"\n'
        '}\n'
        '\n'
        'resource "commercetools_channel" "warehouse_%s" {\n'
        '  key   = "wh-%s"\n'
        '  roles = ["InventorySupply"]\n'
        '  name = {\n'
        '    en = "Warehouse %s"\n'
        '  }\n'
        '}\n'
        % (g.i(10, 21), v_ct_id(g), s.tf(), pk, pk, pk, rg, rg, g.c(["north", "south", "central"]),
           g.rs(4, LOW), g.c(["North", "South", "Central"])))


@pos("commercetools", "client_secret", v_ct_secret, "CTP_CLIENT_SECRET",
     tmpl=["{{ .Values.global.ctpSecret }}", "{{ required \"secret\" .Values.ctp.secret }}"])
def ct_helm(g, s):
    pk, rg = g.ct_project(), g.ct_region()
    return g.c(["deploy/values.yaml", "charts/storefront/values-prod.yaml", "helm/bff/values.yaml"]), (
        "replicaCount: %d\n"
        "image:\n"
        "  repository: ghcr.io/%s/bff\n"
        "  tag: \"%d.%d.%d\"\n"
        "  pullPolicy: IfNotPresent\n"
        "\n"
        "commercetools:\n"
        "  projectKey: %s\n"
        "  region: %s\n"
        "  clientId: %s\n"
        "  clientSecret: \"%s\"\n"
        "  scopes:\n"
        "    - view_published_products:%s\n"
        "    - manage_orders:%s\n"
        "\n"
        "resources:\n"
        "  limits:\n"
        "    cpu: 500m\n"
        "    memory: 512Mi\n"
        % (g.i(1, 4), g.brand(), g.i(1, 4), g.i(0, 20), g.i(0, 9), pk, rg, v_ct_id(g), s.lit(), pk, pk))


@pos("commercetools", "client_secret", v_ct_secret, "CTP_CLIENT_SECRET", style="other")
def ct_curl_sh(g, s):
    pk, rg = g.ct_project(), g.ct_region()
    return g.c(["scripts/get-token.sh", "bin/ct-token", "tools/ctp_auth.sh"]), (
        "#!/usr/bin/env bash\n"
        "# Fetch an access token for the import job and print it.\n"
        "set -euo pipefail\n"
        "\n"
        "PROJECT=\"%s\"\n"
        "\n"
        "curl -sS https://auth.%s.commercetools.com/oauth/token \\\n"
        "  --basic -u \"%s:%s\" \\\n"
        "  -X POST \\\n"
        "  -d \"grant_type=client_credentials&scope=manage_project:${PROJECT}\" \\\n"
        "  | jq -r .access_token\n"
        % (pk, rg, v_ct_id(g), s.lit()))


@pos("commercetools", "client_secret", v_ct_secret, "CTP_CLIENT_SECRET", style="other")
def ct_py(g, s):
    pk, rg = g.ct_project(), g.ct_region()
    return g.c(["integrations/ct_sync/client.py", "sync/commercetools_client.py", "jobs/ct/api.py"]), (
        "import os\n"
        "\n"
        "from commercetools.platform import Client\n"
        "\n"
        "REGION = \"%s\"\n"
        "\n"
        "\n"
        "def make_client():\n"
        "    return Client(\n"
        "        \"%s\",\n"
        "        %s,\n"
        "        scope=[\"manage_project:%s\"],\n"
        "        url=f\"https://api.{REGION}.commercetools.com\",\n"
        "        token_url=f\"https://auth.{REGION}.commercetools.com\",\n"
        "        project_key=\"%s\",\n"
        "    )\n"
        "\n"
        "\n"
        "def page_size():\n"
        "    return int(os.environ.get(\"CT_PAGE_SIZE\", \"500\"))\n"
        % (rg, v_ct_id(g), s.py(), pk, pk))


@pos("commercetools", "client_secret", v_ct_secret, "CTP_CLIENT_SECRET")
def ct_json(g, s):
    pk, rg = g.ct_project(), g.ct_region()
    return g.c(["config/commercetools.json", "settings/ct.production.json", "config/default.json"]), (
        "{\n"
        "  \"name\": \"%s-storefront\",\n"
        "  \"commercetools\": {\n"
        "    \"projectKey\": \"%s\",\n"
        "    \"clientId\": \"%s\",\n"
        "    \"clientSecret\": \"%s\",\n"
        "    \"authUrl\": \"https://auth.%s.commercetools.com\",\n"
        "    \"apiUrl\": \"https://api.%s.commercetools.com\",\n"
        "    \"scopes\": [\"view_products:%s\", \"manage_my_orders:%s\"]\n"
        "  },\n"
        "  \"i18n\": { \"locales\": [\"en-GB\", \"de-DE\"], \"defaultCurrency\": \"EUR\" }\n"
        "}\n" % (g.brand(), pk, v_ct_id(g), s.lit(), rg, rg, pk, pk))


@pos("commercetools", "client_secret", v_ct_secret, "CTP_CLIENT_SECRET", style="other")
def ct_md(g, s):
    pk, rg = g.ct_project(), g.ct_region()
    return g.c(["docs/setup.md", "README.md", "docs/local-development.md"]), (
        "# %s storefront\n"
        "\n"
        "## Local setup\n"
        "\n"
        "1. Install dependencies with `pnpm install`.\n"
        "2. Export the sandbox API client (shared dev project `%s`):\n"
        "\n"
        "```bash\n"
        "export CTP_PROJECT_KEY=%s\n"
        "export CTP_CLIENT_ID=%s\n"
        "export CTP_CLIENT_SECRET=%s\n"
        "export CTP_AUTH_URL=https://auth.%s.commercetools.com\n"
        "```\n"
        "\n"
        "3. Run `pnpm dev` and open http://localhost:3000.\n"
        % (g.brand().title(), pk, pk, v_ct_id(g), s.lit(), rg))


# ========================================================================
# BigCommerce
# ========================================================================
@pos("bigcommerce", "admin_api_token", v_bc_token, "BIGCOMMERCE_ACCESS_TOKEN", ex=["{access_token}"])
def bc_env(g, s):
    path = g.envpath([".env.local", ".env"], ["deploy/catalyst-prod.env", "config/bigcommerce.env"])
    return path, (
        "# The hash visible in the control panel URL: https://store-{hash}.mybigcommerce.com\n"
        "BIGCOMMERCE_STORE_HASH=%s\n"
        "BIGCOMMERCE_CHANNEL_ID=%d\n"
        "# Store-level API account (scopes: carts modify, customers login)\n"
        "BIGCOMMERCE_ACCESS_TOKEN=%s\n"
        "ENABLE_ADMIN_ROUTE=true\n"
        "DEFAULT_REVALIDATE_TARGET=3600\n"
        % (v_store_hash(g), g.i(1, 1800000), s.lit()))


@pos("bigcommerce", "admin_api_token", v_bc_token, "BIGCOMMERCE_ACCESS_TOKEN", style="other")
def bc_php(g, s):
    return g.c(["app/Services/BigCommerceClient.php", "src/Integration/BigCommerce/Client.php"]), (
        "<?php\n"
        "\n"
        "namespace App\\Services;\n"
        "\n"
        "use GuzzleHttp\\Client;\n"
        "\n"
        "class BigCommerceClient\n"
        "{\n"
        "    private Client $http;\n"
        "\n"
        "    public function __construct(string $storeHash = '%s')\n"
        "    {\n"
        "        $this->http = new Client([\n"
        "            'base_uri' => \"https://api.bigcommerce.com/stores/{$storeHash}/v3/\",\n"
        "            'headers' => [\n"
        "                'X-Auth-Token' => %s,\n"
        "                'Accept' => 'application/json',\n"
        "                'Content-Type' => 'application/json',\n"
        "            ],\n"
        "            'timeout' => 20,\n"
        "        ]);\n"
        "    }\n"
        "\n"
        "    public function products(int $page = 1): array\n"
        "    {\n"
        "        $res = $this->http->get('catalog/products', ['query' => ['page' => $page, 'limit' => 250]]);\n"
        "        return json_decode((string) $res->getBody(), true);\n"
        "    }\n"
        "}\n" % (v_store_hash(g), s.php()))


@pos("bigcommerce", "admin_api_token", v_bc_token, "BC_ACCESS_TOKEN")
def bc_rb(g, s):
    return g.c(["config/initializers/bigcommerce.rb", "lib/bc/setup.rb"]), (
        "require 'bigcommerce'\n"
        "\n"
        "Bigcommerce.configure do |config|\n"
        "  config.store_hash = '%s'\n"
        "  config.client_id = '%s'\n"
        "  config.access_token = %s\n"
        "end\n"
        "\n"
        "Rails.logger.info(\"BigCommerce store configured: #{Bigcommerce.config.store_hash}\")\n"
        % (v_store_hash(g), v_bc_client_id(g), s.rb()))


@pos("bigcommerce", "admin_api_token", v_bc_token, "BC_TOKEN", style="other", ex=["{access_token}"])
def bc_curl_md(g, s):
    h = v_store_hash(g)
    return g.c(["docs/api-notes.md", "docs/bigcommerce.md", "NOTES.md"]), (
        "## Catalog sync notes\n"
        "\n"
        "Quick check that the API account still has catalog scope:\n"
        "\n"
        "```sh\n"
        "curl -s \"https://api.bigcommerce.com/stores/%s/v3/catalog/summary\" \\\n"
        "  -H \"Accept: application/json\" \\\n"
        "  -H \"X-Auth-Token: %s\"\n"
        "```\n"
        "\n"
        "Expected: `inventory_count`, `variant_count` and `primary_category_name`.\n"
        % (h, s.lit()))


@pos("bigcommerce", "client_secret", v_bc_secret, "BC_CLIENT_SECRET")
def bc_app_json(g, s):
    return g.c(["app.config.json", "config/bc-app.json", "bigcommerce.app.json"]), (
        "{\n"
        "  \"appName\": \"%s %s\",\n"
        "  \"authCallback\": \"https://%s/api/auth\",\n"
        "  \"loadCallback\": \"https://%s/api/load\",\n"
        "  \"uninstallCallback\": \"https://%s/api/uninstall\",\n"
        "  \"clientId\": \"%s\",\n"
        "  \"clientSecret\": \"%s\",\n"
        "  \"scopes\": [\"store_v2_products_read_only\", \"store_v2_orders\"]\n"
        "}\n" % (g.brand().title(), g.word(), g.domain(), g.domain(), g.domain(), v_bc_client_id(g), s.lit()))


@pos("bigcommerce", "admin_api_token", v_bc_token, "BC_API_TOKEN", style="other")
def bc_py(g, s):
    return g.c(["etl/bigcommerce_export.py", "scripts/bc_orders.py"]), (
        "import csv\n"
        "import os\n"
        "import sys\n"
        "\n"
        "import requests\n"
        "\n"
        "STORE = \"%s\"\n"
        "tok = %s\n"
        "\n"
        "\n"
        "def fetch(path, **params):\n"
        "    r = requests.get(\n"
        "        f\"https://api.bigcommerce.com/stores/{STORE}/v2/{path}\",\n"
        "        headers={\"X-Auth-Token\": tok, \"Accept\": \"application/json\"},\n"
        "        params=params,\n"
        "        timeout=30,\n"
        "    )\n"
        "    r.raise_for_status()\n"
        "    return r.json() if r.content else []\n"
        "\n"
        "\n"
        "if __name__ == \"__main__\":\n"
        "    w = csv.writer(sys.stdout)\n"
        "    for o in fetch(\"orders\", min_date_created=os.environ.get(\"SINCE\", \"%s\")):\n"
        "        w.writerow([o[\"id\"], o[\"status\"], o[\"total_inc_tax\"]])\n"
        % (v_store_hash(g), s.py(), g.date()))


@pos("bigcommerce", "admin_api_token", v_bc_token, "BC_ACCESS_TOKEN",
     tmpl=["${{ secrets.BC_ACCESS_TOKEN }}"])
def bc_gh(g, s):
    return g.c([".github/workflows/sync-catalog.yml", ".github/workflows/nightly-import.yml"]), (
        "name: Sync catalog\n"
        "on:\n"
        "  schedule:\n"
        "    - cron: '%d 3 * * *'\n"
        "  workflow_dispatch:\n"
        "jobs:\n"
        "  sync:\n"
        "    runs-on: ubuntu-latest\n"
        "    env:\n"
        "      BC_STORE_HASH: %s\n"
        "      BC_ACCESS_TOKEN: %s\n"
        "    steps:\n"
        "      - uses: actions/checkout@v4\n"
        "      - uses: actions/setup-node@v4\n"
        "        with:\n"
        "          node-version: 20\n"
        "      - run: npm ci\n"
        "      - run: node scripts/sync-catalog.mjs --channel %d\n"
        % (g.i(0, 59), v_store_hash(g), s.lit(), g.i(1, 5)))


# ========================================================================
# Saleor
# ========================================================================
@pos("saleor", "django_secret_key", v_django, "SECRET_KEY")
def saleor_settings(g, s):
    return g.c(["saleor/settings_local.py", "config/settings/production.py", "shop/settings.py"]), (
        "from .settings import *  # noqa: F401,F403\n"
        "\n"
        "DEBUG = False\n"
        "ALLOWED_HOSTS = [\"api.%s\", \"dashboard.%s\"]\n"
        "\n"
        "SECRET_KEY = %s\n"
        "\n"
        "DEFAULT_CHANNEL_SLUG = \"%s\"\n"
        "DEFAULT_COUNTRY = \"%s\"\n"
        "DEFAULT_CURRENCY = \"%s\"\n"
        "CELERY_BROKER_URL = \"redis://redis:6379/1\"\n"
        % (g.domain(), g.domain(), s.py(), g.c(["default-channel", "uk", "eu-store"]),
           g.c(["GB", "DE", "US", "PL"]), g.c(["GBP", "EUR", "USD", "PLN"])))


@pos("saleor", "django_secret_key", v_django_safe, "SECRET_KEY", style="other")
def saleor_compose(g, s):
    return g.c(["docker-compose.yml", "docker-compose.prod.yml", "deploy/compose.yaml"]), (
        "services:\n"
        "  api:\n"
        "    image: ghcr.io/saleor/saleor:3.%d\n"
        "    ports:\n"
        "      - 8000:8000\n"
        "    environment:\n"
        "      - DATABASE_URL=postgres://saleor@db/saleor\n"
        "      - CELERY_BROKER_URL=redis://redis:6379/1\n"
        "      - DEFAULT_FROM_EMAIL=noreply@%s\n"
        "      - DJANGO_KEY=%s\n"
        "    depends_on:\n"
        "      - db\n"
        "      - redis\n"
        "  dashboard:\n"
        "    image: ghcr.io/saleor/saleor-dashboard:3.%d\n"
        "    ports:\n"
        "      - 9000:80\n"
        "  redis:\n"
        "    image: redis:7.2-alpine\n"
        % (g.i(14, 20), g.domain(), s.lit(), g.i(14, 20)))


@pos("saleor", "app_token", v_saleor_token, "SALEOR_APP_TOKEN", style="other")
def saleor_ts(g, s):
    return g.c(["apps/sync/src/saleor-client.ts", "src/lib/saleor.ts"]), (
        "import { Client, cacheExchange, fetchExchange } from '@urql/core';\n"
        "\n"
        "const SALEOR_API_URL = 'https://%s.saleor.cloud/graphql/';\n"
        "\n"
        "export const saleorClient = new Client({\n"
        "  url: SALEOR_API_URL,\n"
        "  exchanges: [cacheExchange, fetchExchange],\n"
        "  fetchOptions: () => ({\n"
        "    headers: {\n"
        "      Authorization: `Bearer %s`,\n"
        "    },\n"
        "  }),\n"
        "});\n" % (g.brand(), s.lit() if s.mode != "env" else "${process.env.SALEOR_APP_TOKEN}"))


@pos("saleor", "app_token", v_saleor_token, "SALEOR_TOKEN", style="other")
def saleor_http(g, s):
    return g.c(["requests/saleor.http", "http/products.http"]), (
        "### List products in channel\n"
        "POST https://%s.saleor.cloud/graphql/\n"
        "Content-Type: application/json\n"
        "Authorization: Bearer %s\n"
        "\n"
        "{\n"
        "  \"query\": \"query { products(first: 20, channel: \\\"%s\\\") { edges { node { id name } } } }\"\n"
        "}\n" % (g.brand(), s.lit(), g.c(["default-channel", "uk", "eu"])))


@pos("saleor", "webhook_secret", v_hex32, "WEBHOOK_SECRET", style="other")
def saleor_graphql(g, s):
    return g.c(["graphql/mutations/registerWebhook.graphql", "setup/webhooks.graphql"]), (
        "mutation RegisterOrderWebhook($app: ID!) {\n"
        "  webhookCreate(\n"
        "    input: {\n"
        "      name: \"erp-order-created\"\n"
        "      targetUrl: \"https://erp.%s/hooks/saleor\"\n"
        "      events: [ORDER_CREATED, ORDER_FULLY_PAID]\n"
        "      app: $app\n"
        "      isActive: true\n"
        "      secretKey: \"%s\"\n"
        "    }\n"
        "  ) {\n"
        "    webhook { id isActive }\n"
        "    errors { field message code }\n"
        "  }\n"
        "}\n" % (g.domain(), s.lit()))


@pos("saleor", "app_token", v_saleor_token, "SALEOR_APP_TOKEN", style="other")
def saleor_py(g, s):
    return g.c(["scripts/import_products.py", "tools/saleor_bulk.py"]), (
        "\"\"\"Bulk-create products from the PIM export.\"\"\"\n"
        "import json\n"
        "import os\n"
        "\n"
        "from gql import Client, gql\n"
        "from gql.transport.requests import RequestsHTTPTransport\n"
        "\n"
        "TOKEN = %s\n"
        "\n"
        "transport = RequestsHTTPTransport(\n"
        "    url=\"https://api.%s/graphql/\",\n"
        "    headers={\"Authorization\": f\"Bearer {TOKEN}\"},\n"
        "    retries=3,\n"
        ")\n"
        "client = Client(transport=transport, fetch_schema_from_transport=False)\n"
        % (s.py(), g.domain()))


# ========================================================================
# Medusa
# ========================================================================
@pos("medusa", "jwt_secret", v_cookie, "JWT_SECRET", ex=["supersecret"])
def medusa_config_js(g, s):
    return g.prefix_dir("medusa-config.js"), (
        "const { loadEnv, defineConfig } = require('@medusajs/framework/utils')\n"
        "\n"
        "loadEnv(process.env.NODE_ENV || 'development', process.cwd())\n"
        "\n"
        "module.exports = defineConfig({\n"
        "  projectConfig: {\n"
        "    databaseUrl: process.env.DATABASE_URL,\n"
        "    redisUrl: process.env.REDIS_URL,\n"
        "    http: {\n"
        "      storeCors: process.env.STORE_CORS,\n"
        "      adminCors: process.env.ADMIN_CORS,\n"
        "      authCors: process.env.AUTH_CORS,\n"
        "      jwtSecret: %s,\n"
        "      cookieSecret: process.env.COOKIE_SECRET,\n"
        "    },\n"
        "  },\n"
        "})\n" % s.js())


@pos("medusa", "cookie_secret", v_cookie, "COOKIE_SECRET", ex=["supersecret"])
def medusa_config_ts(g, s):
    return g.prefix_dir("medusa-config.ts"), (
        "import { loadEnv, defineConfig, Modules } from '@medusajs/framework/utils'\n"
        "\n"
        "loadEnv(process.env.NODE_ENV || 'development', process.cwd())\n"
        "\n"
        "export default defineConfig({\n"
        "  projectConfig: {\n"
        "    databaseUrl: process.env.DATABASE_URL,\n"
        "    http: {\n"
        "      storeCors: 'https://www.%s',\n"
        "      adminCors: 'https://admin.%s',\n"
        "      authCors: 'https://admin.%s,https://www.%s',\n"
        "      jwtSecret: process.env.JWT_SECRET,\n"
        "      cookieSecret: %s,\n"
        "    },\n"
        "  },\n"
        "  modules: [\n"
        "    { resolve: '@medusajs/medusa/cache-redis', options: { redisUrl: process.env.REDIS_URL } },\n"
        "  ],\n"
        "})\n" % (g.domain(), g.domain(), g.domain(), g.domain(), s.js()))


@pos("medusa", "jwt_secret", v_cookie, "JWT_SECRET", ex=["supersecret"])
def medusa_env(g, s):
    path = g.envpath([".env", ".env.production"], ["backend/medusa.env", "deploy/medusa.prod.env"])
    return path, (
        "STORE_CORS=http://localhost:8000,https://docs.medusajs.com\n"
        "ADMIN_CORS=http://localhost:5173,http://localhost:9000\n"
        "AUTH_CORS=http://localhost:5173,http://localhost:9000\n"
        "REDIS_URL=redis://localhost:6379\n"
        "JWT_SECRET=%s\n"
        "DATABASE_URL=postgres://medusa@localhost/medusa-%s\n"
        "DB_NAME=medusa-%s\n" % (s.lit(), g.brand(), g.brand()))


@pos("medusa", "secret_api_key", v_medusa_sk, "MEDUSA_ADMIN_API_KEY", style="other")
def medusa_sdk_ts(g, s):
    return g.c(["src/scripts/sync-erp.ts", "scripts/import-prices.ts"]), (
        "import Medusa from '@medusajs/js-sdk'\n"
        "\n"
        "const sdk = new Medusa({\n"
        "  baseUrl: 'https://api.%s',\n"
        "  debug: false,\n"
        "  apiKey: %s,\n"
        "})\n"
        "\n"
        "export async function syncPrices(rows: { sku: string; amount: number }[]) {\n"
        "  for (const row of rows) {\n"
        "    const { products } = await sdk.admin.product.list({ q: row.sku, limit: 1 })\n"
        "    if (!products.length) continue\n"
        "    console.log(`updating ${row.sku} -> ${row.amount}`)\n"
        "  }\n"
        "}\n" % (g.domain(), s.js()))


@pos("medusa", "secret_api_key", v_medusa_sk, "MEDUSA_API_KEY", style="other")
def medusa_curl(g, s):
    return g.c(["scripts/export-orders.sh", "ops/medusa-orders.sh"]), (
        "#!/bin/sh\n"
        "# Nightly order export for finance.\n"
        "BASE=https://api.%s\n"
        "OUT=orders-$(date +%%F).json\n"
        "\n"
        "curl -s \"$BASE/admin/orders?limit=200&fields=id,display_id,total,created_at\" \\\n"
        "  -u \"%s:\" \\\n"
        "  -o \"$OUT\"\n"
        "echo \"wrote $OUT\"\n" % (g.domain(), s.lit()))


@pos("medusa", "cookie_secret", v_cookie, "COOKIE_SECRET", style="other")
def medusa_compose(g, s):
    return g.c(["docker-compose.yml", "compose.medusa.yml"]), (
        "services:\n"
        "  medusa:\n"
        "    build: .\n"
        "    command: sh -c \"npx medusa db:migrate && npm run start\"\n"
        "    ports:\n"
        "      - \"9000:9000\"\n"
        "    environment:\n"
        "      NODE_ENV: production\n"
        "      DATABASE_URL: postgres://postgres@postgres:5432/medusa\n"
        "      REDIS_URL: redis://redis:6379\n"
        "      SESSION_SIGNING_KEY: \"%s\"\n"
        "    depends_on: [postgres, redis]\n"
        "  postgres:\n"
        "    image: postgres:16\n"
        "    environment:\n"
        "      POSTGRES_HOST_AUTH_METHOD: trust\n"
        "  redis:\n"
        "    image: redis:7\n" % s.lit())


@pos("medusa", "jwt_secret", v_cookie, "JWT_SECRET",
     tmpl=["{{ .Values.medusa.jwtSecret | b64enc }}"])
def medusa_k8s_secret(g, s):
    return g.c(["k8s/medusa-secret.yaml", "deploy/k8s/backend-secrets.yaml"]), (
        "apiVersion: v1\n"
        "kind: Secret\n"
        "metadata:\n"
        "  name: medusa-backend\n"
        "  namespace: %s\n"
        "type: Opaque\n"
        "stringData:\n"
        "  JWT_SECRET: \"%s\"\n"
        "  STORE_CORS: https://www.%s\n" % (g.c(["shop", "commerce", "prod"]), s.lit(), g.domain()))


@pos("medusa", "cookie_secret", v_cookie, "COOKIE_SECRET")
def medusa_app_json(g, s):
    return "app.json", (
        "{\n"
        "  \"name\": \"%s-medusa\",\n"
        "  \"stack\": \"heroku-22\",\n"
        "  \"env\": {\n"
        "    \"NODE_ENV\": { \"value\": \"production\" },\n"
        "    \"COOKIE_SECRET\": { \"value\": \"%s\" },\n"
        "    \"STORE_CORS\": { \"value\": \"https://www.%s\" }\n"
        "  },\n"
        "  \"addons\": [\"heroku-postgresql:essential-0\", \"heroku-redis:mini\"],\n"
        "  \"buildpacks\": [{ \"url\": \"heroku/nodejs\" }]\n"
        "}\n" % (g.brand(), s.lit(), g.domain()))


# ========================================================================
# Swell
# ========================================================================
@pos("swell", "secret_key", v_swell_sk, "SWELL_SECRET_KEY", ex=["secret-key"], style="other")
def swell_node(g, s):
    store = g.brand()
    return g.c(["server/swell.js", "api/lib/swell.js", "functions/_swell.js"]), (
        "const { swell } = require('swell-node');\n"
        "\n"
        "swell.init('%s', %s, {\n"
        "  cache: false,\n"
        "  timeout: 15000,\n"
        "});\n"
        "\n"
        "async function activeProducts(page = 1) {\n"
        "  const { data } = await swell.get('/products', { active: true, limit: 100, page });\n"
        "  return data.results;\n"
        "}\n"
        "\n"
        "module.exports = { swell, activeProducts };\n" % (store, s.js()))


@pos("swell", "secret_key", v_swell_sk, "SWELL_SECRET_KEY", ex=["secret-key"])
def swell_toml(g, s):
    return "netlify.toml", (
        "[build]\n"
        "  command = \"npm run build\"\n"
        "  publish = \".output/public\"\n"
        "\n"
        "[build.environment]\n"
        "  NODE_VERSION = \"20\"\n"
        "  SWELL_STORE_ID = \"%s\"\n"
        "  SWELL_SECRET_KEY = \"%s\"\n"
        "\n"
        "[[redirects]]\n"
        "  from = \"/shop/*\"\n"
        "  to = \"/products/:splat\"\n"
        "  status = 301\n" % (g.brand(), s.lit()))


@pos("swell", "secret_key", v_swell_sk, "SWELL_KEY", style="other")
def swell_py(g, s):
    return g.c(["jobs/swell_sync.py", "tasks/swell_inventory.py"]), (
        "import requests\n"
        "\n"
        "STORE_ID = \"%s\"\n"
        "\n"
        "session = requests.Session()\n"
        "session.auth = (STORE_ID, %s)\n"
        "\n"
        "\n"
        "def set_stock(product_id, qty):\n"
        "    r = session.post(\n"
        "        \"https://api.swell.store/products:stock\",\n"
        "        json={\"parent_id\": product_id, \"quantity\": qty, \"reason\": \"received\"},\n"
        "        timeout=20,\n"
        "    )\n"
        "    r.raise_for_status()\n"
        "    return r.json()\n" % (g.brand(), s.py()))


# ========================================================================
# Elastic Path
# ========================================================================
EP_HOSTS = ["useast.api.elasticpath.com", "euwest.api.elasticpath.com", "epcc-integration.global.ssl.fastly.net"]


@pos("elasticpath", "client_secret", v_ep_secret, "EPCC_CLIENT_SECRET",
     ex=["212LJ3k0i2382364HIUEjfeJB98yvH"], style="other")
def ep_ts(g, s):
    return g.c(["src/lib/epcc.ts", "lib/elasticpath/server-client.ts"]), (
        "import { gateway as EPCCGateway } from '@moltin/sdk';\n"
        "\n"
        "// server-side only: client_credentials grant\n"
        "export const epcc = EPCCGateway({\n"
        "  name: '%s',\n"
        "  host: '%s',\n"
        "  client_id: '%s',\n"
        "  client_secret: %s,\n"
        "  currency: '%s',\n"
        "});\n" % (g.brand(), g.c(EP_HOSTS[:2]), g.rs(42, ALNUM), s.js(), g.c(["USD", "EUR", "GBP"])))


@pos("elasticpath", "client_secret", v_ep_secret, "EP_CLIENT_SECRET", style="other")
def ep_sh(g, s):
    return g.c(["scripts/ep-token.sh", "bin/epcc-auth"]), (
        "#!/usr/bin/env bash\n"
        "set -e\n"
        "HOST=https://%s\n"
        "\n"
        "TOKEN=$(curl -s -X POST \"$HOST/oauth/access_token\" \\\n"
        "  -d \"client_id=%s\" \\\n"
        "  -d \"client_secret=%s\" \\\n"
        "  -d \"grant_type=client_credentials\" | jq -r .access_token)\n"
        "\n"
        "curl -s \"$HOST/pcm/catalogs\" -H \"Authorization: Bearer $TOKEN\" | jq '.data[].attributes.name'\n"
        % (g.c(EP_HOSTS[:2]), g.rs(42, ALNUM), s.lit()))


@pos("elasticpath", "client_secret", v_ep_secret, "EP_CLIENT_SECRET")
def ep_yaml(g, s):
    return g.c(["config/elasticpath.yml", "config/integrations.yaml"]), (
        "elasticpath:\n"
        "  host: https://%s\n"
        "  store_id: %s\n"
        "  client_id: %s\n"
        "  client_secret: %s\n"
        "  catalog_tag: %s\n"
        "  locale: en-US\n"
        "retry:\n"
        "  attempts: 3\n"
        "  backoff_ms: 400\n" % (g.c(EP_HOSTS[:2]), g.uuid(), g.rs(42, ALNUM), s.lit(), g.c(["b2c", "b2b", "outlet"])))


# ========================================================================
# Vendure
# ========================================================================
@pos("vendure", "password", v_password, "SUPERADMIN_PASSWORD", ex=["superadmin"])
def vendure_superadmin(g, s):
    return g.prefix_dir("src/vendure-config.ts"), (
        "import { VendureConfig, DefaultJobQueuePlugin, DefaultSearchPlugin } from '@vendure/core';\n"
        "import path from 'path';\n"
        "\n"
        "export const config: VendureConfig = {\n"
        "  apiOptions: {\n"
        "    port: 3000,\n"
        "    adminApiPath: 'admin-api',\n"
        "    shopApiPath: 'shop-api',\n"
        "  },\n"
        "  authOptions: {\n"
        "    tokenMethod: ['bearer', 'cookie'],\n"
        "    superadminCredentials: {\n"
        "      identifier: '%s',\n"
        "      password: %s,\n"
        "    },\n"
        "    cookieOptions: { secret: process.env.COOKIE_SECRET },\n"
        "  },\n"
        "  dbConnectionOptions: {\n"
        "    type: 'postgres',\n"
        "    synchronize: false,\n"
        "    migrations: [path.join(__dirname, './migrations/*.+(js|ts)')],\n"
        "    database: process.env.DB_NAME,\n"
        "    host: process.env.DB_HOST,\n"
        "  },\n"
        "  plugins: [DefaultJobQueuePlugin, DefaultSearchPlugin.init({ bufferUpdates: false })],\n"
        "};\n" % (g.c(["superadmin", "admin@" + g.domain(), "ops"]), s.js()))


@pos("vendure", "cookie_secret", v_cookie, "COOKIE_SECRET")
def vendure_cookie(g, s):
    return g.prefix_dir(g.c(["src/vendure-config.ts", "src/config/auth.ts"])), (
        "import { AuthOptions } from '@vendure/core';\n"
        "\n"
        "export const authOptions: AuthOptions = {\n"
        "  tokenMethod: ['bearer', 'cookie'],\n"
        "  requireVerification: true,\n"
        "  superadminCredentials: {\n"
        "    identifier: process.env.SUPERADMIN_USERNAME,\n"
        "    password: process.env.SUPERADMIN_PASSWORD,\n"
        "  },\n"
        "  cookieOptions: {\n"
        "    name: { shop: 'shop-session', admin: 'admin-session' },\n"
        "    secret: %s,\n"
        "    sameSite: 'lax',\n"
        "  },\n"
        "  sessionDuration: '30d',\n"
        "};\n" % s.js())


@pos("vendure", "password", v_password, "SUPERADMIN_PASSWORD", ex=["superadmin"])
def vendure_env(g, s):
    path = g.envpath([".env", ".env.production"], ["deploy/vendure.env", "config/server.env"])
    return path, (
        "APP_ENV=prod\n"
        "PORT=3000\n"
        "DB_HOST=postgres\n"
        "DB_PORT=5432\n"
        "DB_NAME=vendure\n"
        "DB_SCHEMA=public\n"
        "SUPERADMIN_USERNAME=superadmin\n"
        "SUPERADMIN_PASSWORD=%s\n"
        "ASSET_URL_PREFIX=https://cdn.%s/assets/\n" % (s.lit(), g.domain()))


@pos("vendure", "password", v_password_url, "DB_PASSWORD", style="other")
def vendure_compose(g, s):
    return g.c(["docker-compose.yml", "docker/docker-compose.vendure.yml"]), (
        "version: '3.9'\n"
        "services:\n"
        "  postgres_db:\n"
        "    image: postgres:16-alpine\n"
        "    volumes:\n"
        "      - postgres_data:/var/lib/postgresql/data\n"
        "    ports:\n"
        "      - '5432:5432'\n"
        "    environment:\n"
        "      POSTGRES_DB: vendure\n"
        "      POSTGRES_USER: vendure\n"
        "      POSTGRES_PASSWORD: %s\n"
        "  server:\n"
        "    build: .\n"
        "    command: node ./dist/index.js\n"
        "    depends_on: [postgres_db]\n"
        "volumes:\n"
        "  postgres_data:\n" % s.lit())


# ========================================================================
# Shopify Hydrogen / Oxygen / apps
# ========================================================================
@pos("shopify", "private_storefront_token", v_shpat, "PRIVATE_STOREFRONT_API_TOKEN")
def hydrogen_env(g, s):
    path = g.envpath([".env", ".env.local"], ["config/hydrogen.env", "deploy/oxygen-vars.env"])
    return path, (
        "SESSION_SECRET=\"${SESSION_SECRET}\"\n"
        "PUBLIC_STORE_DOMAIN=\"%s.myshopify.com\"\n"
        "PUBLIC_STOREFRONT_API_TOKEN=\"%s\"\n"
        "PRIVATE_STOREFRONT_API_TOKEN=\"%s\"\n"
        "PUBLIC_STOREFRONT_ID=\"%d\"\n"
        "PUBLIC_CHECKOUT_DOMAIN=\"checkout.%s\"\n"
        % (g.brand(), g.hexs(32), s.lit(), g.i(1000000000, 1000099999), g.domain()))


@pos("shopify", "private_storefront_token", v_shpat, "PRIVATE_STOREFRONT_API_TOKEN", style="other")
def hydrogen_server(g, s):
    return g.c(["server.ts", "app/lib/context.ts"]), (
        "import { createStorefrontClient } from '@shopify/hydrogen';\n"
        "\n"
        "export function makeStorefront(env: Env, request: Request, cache: Cache, waitUntil: ExecutionContext['waitUntil']) {\n"
        "  return createStorefrontClient({\n"
        "    cache,\n"
        "    waitUntil,\n"
        "    i18n: { language: 'EN', country: '%s' },\n"
        "    publicStorefrontToken: env.PUBLIC_STOREFRONT_API_TOKEN,\n"
        "    privateStorefrontToken: %s,\n"
        "    storeDomain: '%s.myshopify.com',\n"
        "    storefrontId: env.PUBLIC_STOREFRONT_ID,\n"
        "    storefrontHeaders: { requestGroupId: request.headers.get('request-id') },\n"
        "  });\n"
        "}\n" % (g.c(["US", "GB", "CA", "DE"]), s.js(), g.brand()))


@pos("shopify", "deployment_token", v_oxygen, "SHOPIFY_HYDROGEN_DEPLOYMENT_TOKEN", style="other")
def oxygen_deploy(g, s):
    return g.c(["scripts/deploy.sh", "bin/deploy-preview"]), (
        "#!/usr/bin/env bash\n"
        "# Manual deploy to Oxygen when CI is down.\n"
        "set -euo pipefail\n"
        "BRANCH=$(git rev-parse --abbrev-ref HEAD)\n"
        "npm run build\n"
        "npx shopify hydrogen deploy \\\n"
        "  --force \\\n"
        "  --env-branch \"$BRANCH\" \\\n"
        "  --token \"%s\"\n" % s.lit())


@pos("shopify", "admin_api_token", v_shpat, "SHOPIFY_ADMIN_TOKEN", style="other")
def shopify_rb(g, s):
    return g.c(["lib/shopify_sync.rb", "app/services/shopify_inventory.rb"]), (
        "require 'net/http'\n"
        "require 'json'\n"
        "\n"
        "class ShopifyInventory\n"
        "  SHOP = '%s.myshopify.com'.freeze\n"
        "  API_VERSION = '2024-%02d'.freeze\n"
        "\n"
        "  def levels(location_id)\n"
        "    uri = URI(\"https://#{SHOP}/admin/api/#{API_VERSION}/inventory_levels.json?location_ids=#{location_id}\")\n"
        "    req = Net::HTTP::Get.new(uri)\n"
        "    req['X-Shopify-Access-Token'] = %s\n"
        "    res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }\n"
        "    JSON.parse(res.body).fetch('inventory_levels')\n"
        "  end\n"
        "end\n" % (g.brand(), g.c([1, 4, 7, 10]), s.rb()))


@pos("shopify", "app_secret", v_shpss, "SHOPIFY_API_SECRET")
def shopify_yml(g, s):
    return g.c(["config/shopify.yml", "config/shopify_app.yml"]), (
        "default: &default\n"
        "  api_key: %s\n"
        "  api_secret_key: %s\n"
        "  scopes: read_products,write_orders,read_inventory\n"
        "  api_version: \"2024-%02d\"\n"
        "  embedded: true\n"
        "\n"
        "production:\n"
        "  <<: *default\n"
        "  host: https://apps.%s\n" % (g.hexs(32), s.lit(), g.c([1, 4, 7, 10]), g.domain()))


@pos("shopify", "session_secret", v_cookie, "SESSION_SECRET")
def hydrogen_wrangler(g, s):
    return "wrangler.toml", (
        "name = \"%s-hydrogen\"\n"
        "main = \"dist/worker/index.js\"\n"
        "compatibility_date = \"%s\"\n"
        "\n"
        "[vars]\n"
        "PUBLIC_STORE_DOMAIN = \"%s.myshopify.com\"\n"
        "SESSION_SECRET = \"%s\"\n"
        "\n"
        "[site]\n"
        "bucket = \"dist/client\"\n" % (g.brand(), g.date(), g.brand(), s.lit()))


# ========================================================================
# Spree / Solidus
# ========================================================================
@pos("spree", "api_key", v_spree_key, "SPREE_API_KEY", style="other")
def spree_rake(g, s):
    return g.c(["lib/tasks/import.rake", "lib/tasks/sync_stock.rake"]), (
        "require 'faraday'\n"
        "\n"
        "namespace :shop do\n"
        "  desc 'Push stock levels from the WMS into Spree'\n"
        "  task sync_stock: :environment do\n"
        "    conn = Faraday.new(url: 'https://%s') do |f|\n"
        "      f.request :json\n"
        "      f.headers['X-Spree-Token'] = %s\n"
        "    end\n"
        "    Wms::Stock.each_item do |sku, count|\n"
        "      conn.put(\"/api/v1/stock_locations/1/stock_items/#{sku}\", stock_item: { count_on_hand: count })\n"
        "    end\n"
        "  end\n"
        "end\n" % (g.domain(), s.rb()))


@pos("solidus", "api_key", v_spree_key, "SOLIDUS_API_KEY")
def solidus_yaml(g, s):
    return g.c(["config/storefront.yml", "config/solidus_api.yml"]), (
        "production:\n"
        "  solidus_api_url: https://%s/api\n"
        "  spree_api_key: %s\n"
        "  per_page: 50\n"
        "  default_currency: USD\n" % (g.domain(), s.lit()))


@pos("spree", "secret_api_key", v_spree5_sk, "SPREE_SECRET_KEY", ex=["sk_xxx"], style="other")
def spree5_ts(g, s):
    return g.c(["lib/spree-admin.ts", "src/server/spree.ts"]), (
        "import { createAdminClient } from '@spree/admin-sdk'\n"
        "\n"
        "export const spreeAdmin = createAdminClient({\n"
        "  baseUrl: 'https://%s',\n"
        "  secretKey: %s,\n"
        "})\n"
        "\n"
        "export async function recentOrders() {\n"
        "  const { data } = await spreeAdmin.orders.list({ sort: '-completed_at', limit: 25 })\n"
        "  return data\n"
        "}\n" % (g.domain(), s.js()))


@pos("spree", "client_secret", v_ct_secret, "SPREE_CLIENT_SECRET", style="other")
def spree_oauth_md(g, s):
    return g.c(["docs/platform-api.md", "docs/integrations/spree.md"]), (
        "# Spree Platform API access\n"
        "\n"
        "The ERP connector authenticates with the oAuth application `erp-connector`.\n"
        "\n"
        "```http\n"
        "POST /spree_oauth/token HTTP/1.1\n"
        "Host: %s\n"
        "Content-Type: application/json\n"
        "\n"
        "{\n"
        "  \"grant_type\": \"client_credentials\",\n"
        "  \"client_id\": \"%s\",\n"
        "  \"client_secret\": \"%s\",\n"
        "  \"scope\": \"admin\"\n"
        "}\n"
        "```\n" % (g.domain(), g.rs(43, URLSAFE), s.lit()))


# ========================================================================
# Sylius / Symfony
# ========================================================================
@pos("sylius", "app_secret", v_hex32, "APP_SECRET")
def sylius_env(g, s):
    path = g.envpath([".env.prod.local", ".env.local"], ["config/symfony-prod.env", "deploy/sylius.env"])
    return path, (
        "APP_ENV=prod\n"
        "APP_DEBUG=0\n"
        "APP_SECRET=%s\n"
        "DATABASE_URL=mysql://sylius@db:3306/sylius_prod?serverVersion=8.0\n"
        "MAILER_DSN=smtp://mailhog:1025\n"
        "SYLIUS_MESSENGER_TRANSPORT_MAIN_DSN=doctrine://default\n" % s.lit())


@pos("sylius", "jwt_passphrase", v_hex64, "JWT_PASSPHRASE", tmpl=["%env(JWT_PASSPHRASE)%"])
def sylius_jwt_yaml(g, s):
    return "config/packages/lexik_jwt_authentication.yaml", (
        "lexik_jwt_authentication:\n"
        "    secret_key: '%kernel.project_dir%/config/jwt/private.pem'\n"
        "    public_key: '%kernel.project_dir%/config/jwt/public.pem'\n"
        "    pass_phrase: '" + s.lit() + "'\n"
        "    token_ttl: 3600\n")


PKCS8_ENC = "MIIJrTBXBgkqhkiG9w0BBQ0wSjApBgkqhkiG9w0BBQwwHAQI"


@pos("sylius", "private_key", v_hex32, "JWT_SECRET_KEY", reuse=False, style="other")
def sylius_pem(g, s):
    body = PKCS8_ENC + g.b64(2400)
    lines = [body[i:i + 64] for i in range(0, min(len(body), 64 * 50), 64)]
    head = "-----BEGIN ENCRYPTED PRIVATE KEY-----"
    text = head + "\n" + "\n".join(lines) + "\n-----END ENCRYPTED PRIVATE KEY-----\n"
    return "config/jwt/private.pem", text, head


@pos("sylius", "connection_string_password", v_password_url, "DATABASE_PASSWORD", style="other")
def sylius_doctrine(g, s):
    return "config/packages/prod/doctrine.yaml", (
        "doctrine:\n"
        "    dbal:\n"
        "        url: 'mysql://sylius:%s@%s:3306/sylius_prod?serverVersion=8.0&charset=utf8mb4'\n"
        "    orm:\n"
        "        auto_generate_proxy_classes: false\n"
        "        metadata_cache_driver:\n"
        "            type: pool\n"
        "            pool: doctrine.system_cache_pool\n" % (s.lit(), g.c(["db.internal", "mysql-primary", g.ipv4()])))


# ========================================================================
# Magento 2 / Adobe Commerce
# ========================================================================
def _magento_env_php(g, crypt, dbpass):
    return (
        "<?php\n"
        "return [\n"
        "    'backend' => [\n"
        "        'frontName' => 'admin_%s'\n"
        "    ],\n"
        "    'crypt' => [\n"
        "        'key' => %s\n"
        "    ],\n"
        "    'db' => [\n"
        "        'table_prefix' => '',\n"
        "        'connection' => [\n"
        "            'default' => [\n"
        "                'host' => 'localhost',\n"
        "                'dbname' => 'magento',\n"
        "                'username' => 'magento',\n"
        "                'password' => %s,\n"
        "                'model' => 'mysql4',\n"
        "                'engine' => 'innodb',\n"
        "                'initStatements' => 'SET NAMES utf8;',\n"
        "                'active' => '1'\n"
        "            ]\n"
        "        ]\n"
        "    ],\n"
        "    'resource' => [\n"
        "        'default_setup' => [\n"
        "            'connection' => 'default'\n"
        "        ]\n"
        "    ],\n"
        "    'x-frame-options' => 'SAMEORIGIN',\n"
        "    'MAGE_MODE' => 'production',\n"
        "    'session' => [\n"
        "        'save' => 'files'\n"
        "    ],\n"
        "    'cache_types' => [\n"
        "        'config' => 1,\n"
        "        'layout' => 1,\n"
        "        'full_page' => 1\n"
        "    ],\n"
        "    'install' => [\n"
        "        'date' => 'Tue, %02d Mar 2024 10:%02d:11 +0000'\n"
        "    ]\n"
        "];\n" % (g.rs(6, LOW + DIG), crypt, dbpass, g.i(1, 28), g.i(0, 59)))


@pos("magento", "crypt_key", v_hex32, "MAGENTO_CRYPT_KEY")
def magento_crypt_old(g, s):
    return "app/etc/env.php", _magento_env_php(g, s.php(), "getenv('MAGENTO_DB_PASSWORD')")


@pos("magento", "crypt_key", v_magento_new, "MAGENTO_CRYPT_KEY")
def magento_crypt_new(g, s):
    return "app/etc/env.php", _magento_env_php(g, s.php(), "getenv('MAGENTO_DB_PASSWORD')")


@pos("magento", "password", v_password, "MAGENTO_DB_PASSWORD")
def magento_db(g, s):
    return "app/etc/env.php", _magento_env_php(g, "getenv('MAGENTO_CRYPT_KEY')", s.php())


@pos("magento", "integration_token", v_magento_integration, "MAGENTO_TOKEN", style="other")
def magento_integration_py(g, s):
    return g.c(["tools/magento_orders.py", "connectors/magento/export.py"]), (
        "import requests\n"
        "\n"
        "BASE = \"https://%s/rest/default/V1\"\n"
        "H = {\n"
        "    \"Authorization\": \"Bearer %s\",\n"
        "    \"Content-Type\": \"application/json\",\n"
        "}\n"
        "\n"
        "\n"
        "def pending_orders(page=1):\n"
        "    params = {\n"
        "        \"searchCriteria[filter_groups][0][filters][0][field]\": \"status\",\n"
        "        \"searchCriteria[filter_groups][0][filters][0][value]\": \"pending\",\n"
        "        \"searchCriteria[pageSize]\": 100,\n"
        "        \"searchCriteria[currentPage]\": page,\n"
        "    }\n"
        "    return requests.get(f\"{BASE}/orders\", headers=H, params=params, timeout=30).json()\n"
        % (g.domain(), s.lit()))


@pos("magento", "marketplace_private_key", v_hex32, "COMPOSER_MAGENTO_PASSWORD", style="other")
def magento_auth_json(g, s):
    return "auth.json", (
        "{\n"
        "    \"http-basic\": {\n"
        "        \"repo.magento.com\": {\n"
        "            \"username\": \"%s\",\n"
        "            \"password\": \"%s\"\n"
        "        }\n"
        "    }\n"
        "}\n" % (g.hexs(32), s.lit()))


# ========================================================================
# Salesforce Commerce Cloud (SFCC / B2C Commerce)
# ========================================================================
def _sfcc_host(g):
    realm = g.rs(4, LOW)
    return g.c(["%s-%03d.dx.commercecloud.salesforce.com" % (realm, g.i(1, 99)),
                "%s-%03d.sandbox.us01.dx.commercecloud.salesforce.com" % (realm, g.i(1, 99)),
                "dev01-eu01-%s.demandware.net" % g.brand().replace("-", "")])


@pos("sfcc", "password", v_password, "SFCC_PASSWORD", ex=["your-password", "password"])
def sfcc_dw_json(g, s):
    return "dw.json", (
        "{\n"
        "    \"hostname\": \"%s\",\n"
        "    \"username\": \"%s@%s\",\n"
        "    \"password\": \"%s\",\n"
        "    \"code-version\": \"version%d\",\n"
        "    \"cartridgesPath\": \"app_%s:plugin_wishlists:app_storefront_base\"\n"
        "}\n" % (_sfcc_host(g), g.c(["dev", "build", "ci", "jenkins"]), g.domain(), s.lit(),
                 g.i(1, 9), g.brand().replace("-", "_")))


@pos("sfcc", "client_secret", v_password, "SFCC_CLIENT_SECRET", ex=["your-client-secret"])
def sfcc_dw_json_client(g, s):
    return g.c(["dw.json", "config/dw.json"]), (
        "{\n"
        "  \"hostname\": \"%s\",\n"
        "  \"client-id\": \"%s\",\n"
        "  \"client-secret\": \"%s\",\n"
        "  \"code-version\": \"%s\",\n"
        "  \"site-id\": \"%s\"\n"
        "}\n" % (_sfcc_host(g), g.uuid(), s.lit(), g.c(["develop", "release_24_3", "main"]),
                 g.c(["RefArch", "SiteGenesis", g.brand().title().replace("-", "")])))


@pos("sfcc", "client_secret", v_password_url, "SLAS_CLIENT_SECRET", style="other")
def sfcc_slas_sh(g, s):
    return g.c(["scripts/slas-token.sh", "tools/guest-token.sh"]), (
        "#!/usr/bin/env bash\n"
        "SHORT_CODE=%s\n"
        "ORG=f_ecom_%s_%03d\n"
        "SITE=%s\n"
        "\n"
        "curl -s \"https://${SHORT_CODE}.api.commercecloud.salesforce.com/shopper/auth/v1/organizations/${ORG}/oauth2/token\" \\\n"
        "  -u \"%s:%s\" \\\n"
        "  -d \"grant_type=client_credentials&channel_id=${SITE}\"\n"
        % (g.rs(8, B36), g.rs(4, LOW), g.i(1, 99), g.c(["RefArch", "RefArchGlobal"]), g.uuid(), s.lit()))


@pos("sfcc", "password", v_password, "SFCC_PASSWORD")
def sfcc_properties(g, s):
    return g.c(["build/deploy.properties", "ci/sfcc.properties"]), (
        "# sfcc-ci deployment settings\n"
        "sfcc.instance=%s\n"
        "sfcc.user=%s@%s\n"
        "sfcc.password=%s\n"
        "sfcc.codeVersion=build_${BUILD_NUMBER}\n"
        "sfcc.cartridges=app_custom,int_payment,app_storefront_base\n"
        % (_sfcc_host(g), g.c(["build", "deploy"]), g.domain(), s.lit()))


@pos("sfcc", "client_secret", v_password_url, "SFCC_CLIENT_SECRET", style="other",
     tmpl=["${{ secrets.SFCC_CLIENT_SECRET }}"])
def sfcc_gh(g, s):
    return ".github/workflows/deploy-sfcc.yml", (
        "name: Deploy cartridges\n"
        "on:\n"
        "  push:\n"
        "    branches: [develop]\n"
        "jobs:\n"
        "  deploy:\n"
        "    runs-on: ubuntu-latest\n"
        "    steps:\n"
        "      - uses: actions/checkout@v4\n"
        "      - run: npm ci && npm run build\n"
        "      - run: npx sfcc-ci client:auth %s %s\n"
        "      - run: npx sfcc-ci code:deploy build/code.zip -i %s --activate\n"
        % (g.uuid(), s.lit(), _sfcc_host(g)))


# ========================================================================
# Crystallize
# ========================================================================
@pos("crystallize", "access_token_secret", v_crys_secret, "CRYSTALLIZE_ACCESS_TOKEN_SECRET",
     ex=["[your-crystallize-token-secret]"], style="other")
def crystallize_ts(g, s):
    return g.c(["src/crystallize.server.ts", "lib/crystallize/client.ts"]), (
        "import { createClient } from '@crystallize/js-api-client';\n"
        "\n"
        "export const apiClient = createClient({\n"
        "  tenantIdentifier: '%s',\n"
        "  tenantId: '%s',\n"
        "  accessTokenId: '%s',\n"
        "  accessTokenSecret: %s,\n"
        "});\n" % (g.brand(), g.hexs(24), g.hexs(20), s.js()))


@pos("crystallize", "access_token_secret", v_crys_secret, "CRYSTALLIZE_ACCESS_TOKEN_SECRET",
     ex=["[your-crystallize-token-secret]"], style="other")
def crystallize_curl(g, s):
    return g.c(["scripts/crystallize-export.sh", "bin/export-orders"]), (
        "#!/bin/sh\n"
        "TENANT=%s\n"
        "curl -s -X POST \\\n"
        "  -H \"Content-Type: application/json\" \\\n"
        "  -H \"X-Crystallize-Access-Token-Id: %s\" \\\n"
        "  -H \"X-Crystallize-Access-Token-Secret: %s\" \\\n"
        "  --data '{ \"query\": \"{ orders { getAll(first: 50) { edges { node { id total { gross } } } } } }\" }' \\\n"
        "  \"https://api.crystallize.com/$TENANT/orders\"\n" % (g.brand(), g.hexs(20), s.lit()))


@pos("crystallize", "access_token_secret", v_crys_secret, "CRYSTALLIZE_ACCESS_TOKEN_SECRET")
def crystallize_env(g, s):
    path = g.envpath([".env", ".env.local"], ["config/crystallize.env", "deploy/catalogue.env"])
    return path, (
        "CRYSTALLIZE_TENANT_IDENTIFIER=%s\n"
        "CRYSTALLIZE_TENANT_ID=%s\n"
        "CRYSTALLIZE_ACCESS_TOKEN_ID=%s\n"
        "CRYSTALLIZE_ACCESS_TOKEN_SECRET=%s\n"
        "STOREFRONT_URL=https://www.%s\n" % (g.brand(), g.hexs(24), g.hexs(20), s.lit(), g.domain()))


# ========================================================================
# Algolia admin keys in commerce search
# ========================================================================
@pos("algolia", "admin_api_key", v_hex32, "ALGOLIA_SECRET", ex=["ALGOLIA_API_KEY", "YourWriteAPIKey"])
def algolia_php(g, s):
    return "config/scout.php", (
        "<?php\n"
        "\n"
        "return [\n"
        "    'driver' => env('SCOUT_DRIVER', 'algolia'),\n"
        "    'prefix' => env('SCOUT_PREFIX', 'prod_'),\n"
        "    'queue' => true,\n"
        "    'chunk' => [\n"
        "        'searchable' => 500,\n"
        "        'unsearchable' => 500,\n"
        "    ],\n"
        "    'algolia' => [\n"
        "        'id' => '%s',\n"
        "        'secret' => %s,\n"
        "    ],\n"
        "];\n" % (g.rs(10, UP + DIG), s.php()))


@pos("algolia", "admin_api_key", v_hex32, "ALGOLIA_ADMIN_KEY", style="other")
def algolia_mjs(g, s):
    return g.c(["scripts/reindex-products.mjs", "scripts/push-catalog.mjs"]), (
        "import { algoliasearch } from 'algoliasearch';\n"
        "import products from '../data/export/products.json' with { type: 'json' };\n"
        "\n"
        "const client = algoliasearch('%s', %s);\n"
        "\n"
        "const records = products.map((p) => ({\n"
        "  objectID: p.sku,\n"
        "  name: p.name,\n"
        "  price: p.price,\n"
        "  categories: p.categories,\n"
        "}));\n"
        "\n"
        "await client.saveObjects({ indexName: '%s_products', objects: records });\n"
        "console.log(`indexed ${records.length} products`);\n" % (g.rs(10, UP + DIG), s.js(), g.c(["prod", "staging", "dev"])))


@pos("algolia", "admin_api_key", v_hex32, "ALGOLIA_ADMIN_API_KEY", style="other")
def algolia_py(g, s):
    return g.c(["search/indexer.py", "catalog/algolia_sync.py"]), (
        "from algoliasearch.search.client import SearchClientSync\n"
        "\n"
        "from .models import Product\n"
        "\n"
        "client = SearchClientSync(\"%s\", %s)\n"
        "\n"
        "\n"
        "def reindex():\n"
        "    objs = [p.to_algolia() for p in Product.objects.filter(is_published=True)]\n"
        "    client.replace_all_objects(\"products_%s\", objs)\n" % (g.rs(10, UP + DIG), s.py(), g.c(["en", "de", "fr"])))


# ========================================================================
# fabric
# ========================================================================
@pos("fabric", "client_secret", v_fabric_secret, "FABRIC_CLIENT_SECRET",
     tmpl=["{{ .Values.fabric.clientSecret }}"])
def fabric_yaml(g, s):
    return g.c(["deploy/fabric-values.yaml", "config/fabric.yaml"]), (
        "fabric:\n"
        "  tenantId: \"%s\"\n"
        "  channelId: 12\n"
        "  apiBase: https://api.fabric.inc/v3\n"
        "  auth:\n"
        "    clientId: %s\n"
        "    clientSecret: %s\n"
        "    tokenUrl: https://%s.login.fabric.inc/oauth2/default/v1/token\n" % (g.hexs(24), g.rs(20, ALNUM), s.lit(), g.brand()))


@pos("fabric", "client_secret", v_fabric_secret, "FABRIC_CLIENT_SECRET", style="other")
def fabric_ts(g, s):
    return g.c(["lib/fabric-auth.ts", "src/server/fabric/token.ts"]), (
        "const TOKEN_URL = 'https://%s.login.fabric.inc/oauth2/default/v1/token';\n"
        "\n"
        "export async function systemToken(): Promise<string> {\n"
        "  const body = new URLSearchParams({\n"
        "    grant_type: 'client_credentials',\n"
        "    client_id: '%s',\n"
        "    client_secret: %s,\n"
        "    scope: 's2s',\n"
        "  });\n"
        "  const res = await fetch(TOKEN_URL, { method: 'POST', body });\n"
        "  if (!res.ok) throw new Error(`fabric auth failed: ${res.status}`);\n"
        "  return (await res.json()).access_token;\n"
        "}\n" % (g.brand(), g.rs(20, ALNUM), s.js()))


# ========================================================================
# logs, SQL, CSV, INI, XML, Dockerfile (mixed providers)
# ========================================================================
@pos("commercetools", "client_secret", v_ct_secret, "CTP_CLIENT_SECRET", modes=TEXT_MODES, style="other")
def ct_log(g, s):
    rg = g.ct_region()
    lines = []
    a, b = g.i(3, 8), g.i(2, 6)
    tss = g.ts_seq(a + b + 1)
    off = g.i(0, 40) * 500
    for k in range(a):
        lines.append("%s INFO  [import-worker] processed batch offset=%d count=500\n" % (tss[k], off + 500 * k))
    lines.append("%s DEBUG [http] POST https://auth.%s.commercetools.com/oauth/token body=grant_type=client_credentials&client_id=%s&client_secret=%s\n"
                 % (tss[a], rg, v_ct_id(g), s.lit()))
    for k in range(b):
        lines.append("%s INFO  [import-worker] product %s updated version=%d\n" % (tss[a + 1 + k], g.sku(), g.i(2, 40)))
    return g.c(["logs/import-worker.log", "var/log/ct-sync.log"]), "".join(lines)


@pos("bigcommerce", "admin_api_token", v_bc_token, "BC_TOKEN", modes=TEXT_MODES, style="other")
def bc_log(g, s):
    h = v_store_hash(g)
    out = []
    a = g.i(2, 6)
    tss = g.ts_seq(a + 2)
    for k in range(a):
        out.append("[%s] app.INFO: webhook store/order/created order_id=%d\n" % (tss[k], g.i(100, 99999)))
    out.append("[%s] app.DEBUG: request GET https://api.bigcommerce.com/stores/%s/v2/orders/%d headers={\"Accept\":\"application/json\",\"X-Auth-Token\":\"%s\"}\n"
               % (tss[a], h, g.i(100, 99999), s.lit()))
    out.append("[%s] app.INFO: order synced to ERP in %dms\n" % (tss[a + 1], g.i(80, 900)))
    return g.c(["storage/logs/laravel.log", "logs/bc-webhooks.log"]), "".join(out)


@pos("commercetools", "client_secret", v_ct_secret, "CT_SECRET", modes=TEXT_MODES, style="other")
def ct_sql(g, s):
    return g.c(["db/seeds/integrations.sql", "migrations/0042_seed_credentials.sql"]), (
        "-- integration credentials for the staging tenant\n"
        "INSERT INTO integration_credentials (tenant, provider, project_key, client_id, client_secret, created_at)\n"
        "VALUES ('%s', 'commercetools', '%s', '%s', '%s', NOW());\n"
        "\n"
        "INSERT INTO feature_flags (name, enabled) VALUES ('ct_price_sync', true);\n"
        % (g.brand(), g.ct_project(), v_ct_id(g), s.lit()))


@pos("bigcommerce", "admin_api_token", v_bc_token, "BC_ACCESS_TOKEN", modes=TEXT_MODES, style="other")
def bc_csv(g, s):
    rows = ["store,store_hash,channel_id,client_id,access_token,owner"]
    rows.append("%s,%s,%d,%s,%s,%s@%s" % (g.brand(), v_store_hash(g), g.i(1, 9), v_bc_client_id(g), s.lit(),
                                           g.c(["ops", "it", "ecom"]), g.domain()))
    return g.c(["ops/api-accounts.csv", "docs/stores.csv"]), "\n".join(rows) + "\n"


@pos("magento", "password", v_password, "MAGENTO_ADMIN_PASSWORD")
def magento_ini(g, s):
    return g.c(["deploy/magento-install.ini", "ops/setup.ini"]), (
        "[install]\n"
        "base-url = https://www.%s/\n"
        "db-host = mysql\n"
        "db-name = magento\n"
        "db-user = magento\n"
        "admin-firstname = Store\n"
        "admin-lastname = Admin\n"
        "admin-email = admin@%s\n"
        "admin-user = admin_%s\n"
        "admin-password = %s\n"
        "language = en_US\n"
        "currency = %s\n"
        "timezone = Europe/London\n"
        "use-rewrites = 1\n" % (g.domain(), g.domain(), g.rs(5, LOW), s.lit(), g.c(["USD", "EUR", "GBP"])))


@pos("sfcc", "client_secret", v_password_url, "SFCC_OCAPI_SECRET")
def sfcc_xml(g, s):
    return g.c(["src/main/resources/sfcc-connector.xml", "config/connectors.xml"]), (
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<connectors>\n"
        "  <connector name=\"sfcc-orders\" enabled=\"true\">\n"
        "    <endpoint>https://%s/s/-/dw/data/v23_2</endpoint>\n"
        "    <accountManager>https://account.demandware.com/dwsso/oauth2/access_token</accountManager>\n"
        "    <clientId>%s</clientId>\n"
        "    <clientSecret>%s</clientSecret>\n"
        "    <pollIntervalSeconds>300</pollIntervalSeconds>\n"
        "  </connector>\n"
        "</connectors>\n" % (_sfcc_host(g), g.uuid(), s.lit()))


@pos("medusa", "jwt_secret", v_hex64, "JWT_SECRET", style="other")
def medusa_dockerfile(g, s):
    return g.c(["Dockerfile", "backend/Dockerfile"]), (
        "FROM node:20-alpine AS build\n"
        "WORKDIR /app\n"
        "COPY package.json package-lock.json ./\n"
        "RUN npm ci\n"
        "COPY . .\n"
        "RUN npx medusa build\n"
        "\n"
        "FROM node:20-alpine\n"
        "WORKDIR /app/.medusa/server\n"
        "COPY --from=build /app/.medusa/server ./\n"
        "RUN npm ci --omit=dev\n"
        "ENV NODE_ENV=production \\\n"
        "    PORT=9000 \\\n"
        "    JWT_SECRET=%s\n"
        "EXPOSE 9000\n"
        "CMD [\"npm\", \"run\", \"start\"]\n" % s.lit())


@pos("shopify", "admin_api_token", v_shpat, "SHOPIFY_ACCESS_TOKEN", tmpl=["var.shopify_token"])
def shopify_tf(g, s):
    return g.c(["infra/shopify/main.tf", "terraform/storefront.tf"]), (
        "resource \"vercel_project_environment_variable\" \"shopify_admin\" {\n"
        "  project_id = vercel_project.storefront.id\n"
        "  key        = \"SHOPIFY_ADMIN_ACCESS_TOKEN\"\n"
        "  value      = %s\n"
        "  target     = [\"production\", \"preview\"]\n"
        "  sensitive  = true\n"
        "}\n"
        "\n"
        "resource \"vercel_project_environment_variable\" \"store_domain\" {\n"
        "  project_id = vercel_project.storefront.id\n"
        "  key        = \"SHOPIFY_STORE_DOMAIN\"\n"
        "  value      = \"%s.myshopify.com\"\n"
        "  target     = [\"production\", \"preview\"]\n"
        "}\n" % (s.tf(), g.brand()))


@pos("saleor", "django_secret_key", v_django_safe, "SECRET_KEY", style="other")
def saleor_sh(g, s):
    return g.c(["bin/start-api.sh", "docker/entrypoint.sh"]), (
        "#!/bin/sh\n"
        "set -e\n"
        "export DJANGO_SETTINGS_MODULE=saleor.settings\n"
        "export SECRET_KEY='%s'\n"
        "python3 manage.py migrate --no-input\n"
        "python3 manage.py collectstatic --no-input\n"
        "exec gunicorn --bind :8000 --workers 4 --worker-class saleor.asgi.gunicorn_worker.UvicornWorker saleor.asgi:application\n"
        % s.lit())


@pos("vendure", "password", v_password, "SUPERADMIN_PASSWORD", ex=["superadmin"], style="other")
def vendure_json(g, s):
    return g.c(["config/vendure.production.json", "deploy/vendure-config.json"]), (
        "{\n"
        "  \"apiOptions\": { \"port\": 3000, \"adminApiPath\": \"admin-api\", \"shopApiPath\": \"shop-api\" },\n"
        "  \"authOptions\": {\n"
        "    \"tokenMethod\": \"bearer\",\n"
        "    \"superadminCredentials\": { \"identifier\": \"superadmin\", \"password\": \"%s\" }\n"
        "  },\n"
        "  \"assetOptions\": { \"assetUrlPrefix\": \"https://cdn.%s/assets/\" }\n"
        "}\n" % (s.lit(), g.domain()))


# ========================================================================
# negative look-alike templates (no credential at all)
# ========================================================================
NEG = []


def neg(provider, kind):
    def deco(fn):
        NEG.append(dict(fn=fn, name=fn.__name__, provider=provider, kind=kind))
        return fn
    return deco


def ean13(g):
    d = [g.i(0, 9) for _ in range(12)]
    d[0] = g.c([4, 5, 7, 8, 9])
    s = sum(x * (3 if i % 2 else 1) for i, x in enumerate(d))
    return "".join(map(str, d)) + str((10 - s % 10) % 10)


def upca(g):
    d = [g.i(0, 9) for _ in range(11)]
    s = sum(x * (3 if i % 2 == 0 else 1) for i, x in enumerate(d))
    return "".join(map(str, d)) + str((10 - s % 10) % 10)


@neg("medusa", "publishable_key")
def n_medusa_pk_ts(g):
    return g.c(["src/lib/config.ts", "storefront/src/lib/medusa.ts"]), (
        "import Medusa from '@medusajs/js-sdk'\n"
        "\n"
        "// Publishable API keys are scoped to sales channels and are meant for the browser.\n"
        "export const sdk = new Medusa({\n"
        "  baseUrl: process.env.NEXT_PUBLIC_MEDUSA_BACKEND_URL || 'http://localhost:9000',\n"
        "  debug: process.env.NODE_ENV === 'development',\n"
        "  publishableKey: '%s',\n"
        "})\n" % v_medusa_pk(g))


@neg("medusa", "publishable_key")
def n_medusa_pk_env_example(g):
    return g.c(["storefront/.env.template", ".env.example"]), (
        "# Your Medusa backend, should be updated to where you are hosting your server.\n"
        "MEDUSA_BACKEND_URL=http://localhost:9000\n"
        "# Publishable key of the Webshop sales channel (safe to expose)\n"
        "NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY=%s\n"
        "NEXT_PUBLIC_BASE_URL=http://localhost:8000\n"
        "NEXT_PUBLIC_DEFAULT_REGION=%s\n" % (v_medusa_pk(g), g.c(["us", "dk", "gb", "de"])))


@neg("medusa", "publishable_key_header")
def n_medusa_curl_pk(g):
    return g.c(["docs/storefront-api.md", "docs/store-routes.md"]), (
        "### Listing products from the store API\n"
        "\n"
        "```bash\n"
        "curl 'https://api.%s/store/products?limit=12' \\\n"
        "  -H 'x-publishable-api-key: %s'\n"
        "```\n"
        "\n"
        "The key belongs to the *Default Sales Channel*; it is not a secret.\n" % (g.domain(), v_medusa_pk(g)))


@neg("medusa", "entity_ids")
def n_medusa_fixture(g):
    return g.c(["integration-tests/fixtures/cart.json", "src/__fixtures__/cart.json"]), json.dumps({
        "cart": {
            "id": "cart_" + g.ulid(),
            "region_id": "reg_" + g.ulid(),
            "sales_channel_id": "sc_" + g.ulid(),
            "email": "buyer@example.com",
            "currency_code": g.c(["usd", "eur"]),
            "items": [{"id": "cali_" + g.ulid(), "variant_id": "variant_" + g.ulid(),
                       "product_id": "prod_" + g.ulid(), "quantity": g.i(1, 4),
                       "unit_price": g.i(500, 20000)} for _ in range(g.i(1, 3))],
            "payment_collection": {"id": "pay_col_" + g.ulid()},
        }}, indent=2) + "\n"


@neg("shopify", "public_storefront_token")
def n_hydrogen_public(g):
    return g.c(["app/lib/storefront.ts", "src/lib/shopify.ts"]), (
        "import { createStorefrontApiClient } from '@shopify/storefront-api-client';\n"
        "\n"
        "// Public Storefront API access token: read-only, meant for client-side use.\n"
        "export const storefront = createStorefrontApiClient({\n"
        "  storeDomain: 'https://%s.myshopify.com',\n"
        "  apiVersion: '2024-%02d',\n"
        "  publicAccessToken: '%s',\n"
        "});\n" % (g.brand(), g.c([1, 4, 7, 10]), g.hexs(32)))


@neg("shopify", "public_ids")
def n_hydrogen_env_example(g):
    return g.c([".env.example", ".env.sample"]), (
        "# Public values only - private tokens are set in the Oxygen admin\n"
        "PUBLIC_STORE_DOMAIN=\"%s.myshopify.com\"\n"
        "PUBLIC_STOREFRONT_API_TOKEN=\"%s\"\n"
        "PUBLIC_STOREFRONT_ID=\"%d\"\n"
        "PUBLIC_CUSTOMER_ACCOUNT_API_CLIENT_ID=\"shp_%s\"\n"
        "PUBLIC_CUSTOMER_ACCOUNT_API_URL=\"https://shopify.com/%d\"\n"
        "PUBLIC_CHECKOUT_DOMAIN=\"checkout.%s\"\n"
        % (g.brand(), g.hexs(32), g.i(1000000000, 1000099999), g.uuid(), g.i(10 ** 10, 10 ** 11 - 1), g.domain()))


@neg("shopify", "gids")
def n_shopify_gids(g):
    items = []
    for _ in range(g.i(3, 6)):
        items.append({"id": "gid://shopify/Product/%d" % g.i(10 ** 12, 10 ** 13 - 1),
                      "variantId": "gid://shopify/ProductVariant/%d" % g.i(10 ** 13, 10 ** 14 - 1),
                      "handle": "%s-%s" % (g.word(), g.rs(4, LOW)), "sku": g.sku()})
    return g.c(["app/data/featured.json", "content/home/featured-products.json"]), json.dumps(
        {"collection": "gid://shopify/Collection/%d" % g.i(10 ** 11, 10 ** 12 - 1), "products": items}, indent=2) + "\n"


@neg("shopify", "oxygen_workflow_secret_ref")
def n_oxygen_workflow(g):
    sid = g.i(1000000000, 1000099999)
    return ".github/workflows/oxygen-deployment-%d.yml" % sid, (
        "# Don't change the line below!\n"
        "#! oxygen_storefront_id: %d\n"
        "\n"
        "name: Storefront %d\n"
        "on: [push]\n"
        "\n"
        "permissions:\n"
        "  contents: read\n"
        "  deployments: write\n"
        "\n"
        "jobs:\n"
        "  deploy:\n"
        "    name: Deploy to Oxygen\n"
        "    timeout-minutes: 30\n"
        "    runs-on: ubuntu-latest\n"
        "    steps:\n"
        "      - uses: actions/checkout@v4\n"
        "      - uses: actions/setup-node@v4\n"
        "        with:\n"
        "          node-version: 'lts/*'\n"
        "      - run: npm ci\n"
        "      - name: Build and Publish to Oxygen\n"
        "        run: npx shopify hydrogen deploy\n"
        "        env:\n"
        "          SHOPIFY_HYDROGEN_DEPLOYMENT_TOKEN: ${{ secrets.OXYGEN_DEPLOYMENT_TOKEN_%d }}\n"
        % (sid, sid, sid))


@neg("shopify", "hmac_signature_log")
def n_shopify_webhook_log(g):
    out = []
    shop = g.brand()
    for stamp in g.ts_seq(g.i(3, 7)):
        out.append("%s webhook topic=orders/create shop=%s.myshopify.com X-Shopify-Hmac-Sha256=%s X-Shopify-Webhook-Id=%s verified=true\n"
                   % (stamp, shop, g.b64(32), g.uuid()))
    return g.c(["logs/webhooks.log", "var/log/shopify-hooks.log"]), "".join(out)


@neg("swell", "public_key")
def n_swell_js(g):
    return g.c(["plugins/swell.client.js", "src/lib/swell.js"]), (
        "import swell from 'swell-js';\n"
        "\n"
        "// Public key: storefront scope only, safe in the browser.\n"
        "swell.init('%s', 'pk_%s', {\n"
        "  useCamelCase: true,\n"
        "  currency: '%s',\n"
        "});\n"
        "\n"
        "export default swell;\n" % (g.brand(), g.rs(32, ALNUM), g.c(["USD", "EUR"])))


@neg("algolia", "search_only_key")
def n_algolia_search(g):
    return g.c(["src/components/Search.tsx", "components/search/InstantSearchProvider.tsx"]), (
        "import { liteClient as algoliasearch } from 'algoliasearch/lite';\n"
        "import { InstantSearch, SearchBox, Hits } from 'react-instantsearch';\n"
        "\n"
        "// Search-only API key: safe for front-end code.\n"
        "const searchClient = algoliasearch('%s', '%s');\n"
        "\n"
        "export function ProductSearch() {\n"
        "  return (\n"
        "    <InstantSearch searchClient={searchClient} indexName=\"prod_products\">\n"
        "      <SearchBox placeholder=\"Search products\" />\n"
        "      <Hits />\n"
        "    </InstantSearch>\n"
        "  );\n"
        "}\n" % (g.rs(10, UP + DIG), g.hexs(32)))


@neg("algolia", "insights_query_ids")
def n_algolia_events(g):
    evs = []
    for _ in range(g.i(2, 5)):
        evs.append({"eventType": "click", "eventName": "Product Clicked", "index": "prod_products",
                    "userToken": "anon-" + g.uuid(), "queryID": g.hexs(32),
                    "objectIDs": [g.sku()], "positions": [g.i(1, 20)]})
    return g.c(["analytics/fixtures/events.json", "test/fixtures/insights.json"]), json.dumps({"events": evs}, indent=2) + "\n"


@neg("bigcommerce", "store_hash")
def n_bc_store_hash(g):
    return g.c(["catalyst.config.json", "config/stores.json"]), json.dumps({
        "stores": [{"name": g.brand(), "storeHash": v_store_hash(g), "channelId": g.i(1, 1800000),
                    "canonicalDomain": "www." + g.domain(),
                    "apiBase": "https://api.bigcommerce.com/stores/%s/v3" % v_store_hash(g)}
                   for _ in range(g.i(1, 3))]}, indent=2) + "\n"


@neg("bigcommerce", "catalog_export")
def n_bc_products(g):
    out = {"data": [{"id": g.i(100, 9999), "name": "%s %s" % (g.word().title(), g.c(["Jacket", "Mug", "Lamp", "Tee"])),
                     "sku": g.sku(), "upc": upca(g), "gtin": ean13(g), "price": g.i(5, 300) + 0.99,
                     "custom_url": {"url": "/%s-%s/" % (g.word(), g.rs(3, LOW)), "is_customized": False}}
                    for _ in range(g.i(2, 5))],
           "meta": {"pagination": {"total": g.i(50, 900), "count": 5, "per_page": 5, "current_page": 1}}}
    return g.c(["fixtures/bc-products.json", "test/data/products.v3.json"]), json.dumps(out, indent=2) + "\n"


@neg("bigcommerce", "webhook_hash_log")
def n_bc_webhook_log(g):
    out = []
    for _ in range(g.i(3, 6)):
        out.append(json.dumps({"created_at": g.i(1700000000, 1760000000), "store_id": str(g.i(1000000, 1999999)),
                               "producer": "stores/" + v_store_hash(g), "scope": "store/order/statusUpdated",
                               "hash": g.hexs(40), "data": {"type": "order", "id": g.i(100, 99999)}}) + "\n")
    return g.c(["logs/bc-webhooks.ndjson", "var/log/hooks.jsonl"]), "".join(out)


@neg("commercetools", "project_config_no_secret")
def n_ct_config(g):
    pk, rg = g.ct_project(), g.ct_region()
    return g.c(["src/config/commercetools.ts", "config/ct.public.ts"]), (
        "export const ctConfig = {\n"
        "  projectKey: '%s',\n"
        "  region: '%s',\n"
        "  authUrl: 'https://auth.%s.commercetools.com',\n"
        "  apiUrl: 'https://api.%s.commercetools.com',\n"
        "  // anonymous-session client used by the browser (no secret here)\n"
        "  clientId: '%s',\n"
        "  scopes: ['view_published_products:%s', 'manage_my_orders:%s', 'create_anonymous_token:%s'],\n"
        "};\n" % (pk, rg, rg, rg, v_ct_id(g), pk, pk, pk))


@neg("commercetools", "resource_ids")
def n_ct_import(g):
    items = []
    for _ in range(g.i(2, 4)):
        items.append({"key": "prod-%s" % g.rs(6, LOW + DIG), "productType": {"typeId": "product-type", "id": g.uuid()},
                      "masterVariant": {"sku": g.sku(), "prices": [{"value": {"currencyCode": "EUR", "centAmount": g.i(500, 50000)}}]},
                      "taxCategory": {"typeId": "tax-category", "id": g.uuid()}, "version": g.i(1, 30)})
    return g.c(["imports/products.json", "data/ct/product-drafts.json"]), json.dumps({"products": items}, indent=2) + "\n"


@neg("vendure", "channel_token")
def n_vendure_channel(g):
    return g.c(["src/lib/vendure-client.ts", "app/providers/vendure.ts"]), (
        "import { GraphQLClient } from 'graphql-request';\n"
        "\n"
        "// The channel token only selects the channel; it grants no permissions.\n"
        "export const shopClient = new GraphQLClient('https://api.%s/shop-api', {\n"
        "  headers: { 'vendure-token': '%s' },\n"
        "  credentials: 'include',\n"
        "});\n" % (g.domain(), g.c([g.rs(20, LOW + DIG), g.brand() + "-" + g.c(["eu", "us", "uk"]), "__default_channel__"])))


@neg("saleor", "global_ids")
def n_saleor_ids(g):
    ids = [base64.b64encode(("%s:%d" % (g.c(["Product", "ProductVariant", "Category", "Channel"]), g.i(1, 900))).encode()).decode()
           for _ in range(4)]
    return g.c(["src/queries/featured.graphql", "graphql/queries/homepage.graphql"]), (
        "# ids copied from the dashboard\n"
        "query Featured {\n"
        "  collection(id: \"%s\", channel: \"%s\") {\n"
        "    products(first: 8) { edges { node { id name thumbnail { url } } } }\n"
        "  }\n"
        "  product(id: \"%s\") { name }\n"
        "  category(id: \"%s\") { name slug }\n"
        "}\n" % (ids[0], g.c(["default-channel", "uk"]), ids[1], ids[2]))


@neg("saleor", "app_manifest")
def n_saleor_manifest(g):
    return g.c(["src/pages/api/manifest.json", "public/manifest.json"]), json.dumps({
        "id": "%s.app.%s" % (g.brand(), g.word()), "version": "1.%d.0" % g.i(0, 12), "name": "%s sync" % g.word().title(),
        "permissions": ["MANAGE_PRODUCTS", "MANAGE_ORDERS"], "appUrl": "https://apps.%s" % g.domain(),
        "tokenTargetUrl": "https://apps.%s/api/register" % g.domain(),
        "webhooks": [{"name": "order-created", "asyncEvents": ["ORDER_CREATED"],
                      "targetUrl": "https://apps.%s/api/webhooks/order-created" % g.domain(), "isActive": True}]},
        indent=2) + "\n"


@neg("elasticpath", "implicit_client_id")
def n_ep_implicit(g):
    return g.c([".env.example", "storefront/.env.sample"]), (
        "# Elastic Path implicit grant - storefront (read-only, public)\n"
        "NEXT_PUBLIC_EPCC_CLIENT_ID=%s\n"
        "NEXT_PUBLIC_EPCC_ENDPOINT_URL=%s\n"
        "NEXT_PUBLIC_COOKIE_PREFIX_KEY=_store\n"
        "NEXT_PUBLIC_DEFAULT_CURRENCY_CODE=%s\n"
        "NEXT_PUBLIC_DEFAULT_LOCALE=en\n"
        "# server-only (set in the hosting dashboard)\n"
        "EPCC_CLIENT_SECRET=\n" % (g.rs(42, ALNUM), g.c(EP_HOSTS[:2]), g.c(["USD", "EUR"])))


@neg("sfcc", "pwa_kit_public_config")
def n_sfcc_pwa(g):
    return "config/default.js", (
        "module.exports = {\n"
        "    app: {\n"
        "        url: { site: 'path', locale: 'path', showDefaults: true },\n"
        "        defaultSite: '%s',\n"
        "        commerceAPI: {\n"
        "            proxyPath: '/mobify/proxy/api',\n"
        "            parameters: {\n"
        "                clientId: '%s',\n"
        "                organizationId: 'f_ecom_%s_%03d',\n"
        "                shortCode: '%s',\n"
        "                siteId: '%s'\n"
        "            }\n"
        "        },\n"
        "        einsteinAPI: { host: 'https://api.cquotient.com', einsteinId: '%s', siteId: '%s-%s' }\n"
        "    },\n"
        "    ssrEnabled: true\n"
        "}\n" % (g.c(["RefArch", "RefArchGlobal"]), g.uuid(), g.rs(4, LOW), g.i(1, 99), g.rs(8, B36),
                 g.c(["RefArch", "RefArchGlobal"]), g.uuid(), g.rs(4, LOW), g.c(["RefArch", "RefArchGlobal"])))


@neg("sfcc", "cartridge_meta")
def n_sfcc_package(g):
    return "package.json", json.dumps({
        "name": "%s-sfra" % g.brand(), "version": "%d.%d.%d" % (g.i(1, 7), g.i(0, 9), g.i(0, 9)),
        "scripts": {"build": "sgmf-scripts --compile js && sgmf-scripts --compile css",
                    "upload": "sgmf-scripts --upload", "lint": "eslint ."},
        "paths": {"base": "../storefront-reference-architecture/cartridges/app_storefront_base/"},
        "dependencies": {"sfcc-ci": "^2.10.0"}}, indent=2) + "\n"


@neg("magento", "masked_cart_ids")
def n_magento_guest(g):
    mid = g.rs(32, ALNUM)
    dom = g.domain()
    return g.c(["tests/api/guest-cart.http", "http/guest-checkout.http"]), (
        "### create guest cart (returns masked quote id)\n"
        "POST https://%s/rest/default/V1/guest-carts\n"
        "Content-Type: application/json\n"
        "\n"
        "### add item\n"
        "POST https://%s/rest/default/V1/guest-carts/%s/items\n"
        "Content-Type: application/json\n"
        "\n"
        "{ \"cartItem\": { \"sku\": \"%s\", \"qty\": %d, \"quote_id\": \"%s\" } }\n"
        % (dom, dom, mid, g.sku(), g.i(1, 3), mid))


@neg("magento", "composer_meta")
def n_magento_composer(g):
    return "composer.json", json.dumps({
        "name": "%s/magento2" % g.brand(), "type": "project", "license": ["OSL-3.0"],
        "require": {"magento/product-community-edition": "2.4.%d" % g.i(5, 7), "hyva-themes/magento2-default-theme": "^1.3"},
        "repositories": [{"type": "composer", "url": "https://repo.magento.com/"}],
        "config": {"allow-plugins": {"magento/composer-dependency-version-audit-plugin": True}, "sort-packages": True}},
        indent=4) + "\n"


@neg("magento", "config_php_modules")
def n_magento_config_php(g):
    mods = ["Magento_Store", "Magento_Directory", "Magento_Catalog", "Magento_Sales", "Magento_Checkout",
            "Magento_Customer", "Magento_Integration", "Magento_Webapi", "Magento_GraphQl"]
    return "app/etc/config.php", "<?php\nreturn [\n    'modules' => [\n" + "".join(
        "        '%s' => %d,\n" % (m, g.c([1, 1, 1, 0])) for m in mods) + (
        "    ],\n    'system' => [\n        'default' => [\n            'general' => [\n"
        "                'locale' => ['code' => 'en_GB']\n            ]\n        ]\n    ]\n];\n")


@neg("crystallize", "tenant_ids")
def n_crystallize_cfg(g):
    return g.c(["crystallize.config.ts", "src/config/crystallize.ts"]), (
        "export const crystallizeConfig = {\n"
        "  tenantIdentifier: '%s',\n"
        "  tenantId: '%s',\n"
        "  catalogueApi: 'https://api.crystallize.com/%s/catalogue',\n"
        "  discoveryApi: 'https://api.crystallize.com/%s/discovery',\n"
        "  // Catalogue / discovery reads need no token for published items\n"
        "  language: 'en',\n"
        "};\n" % (g.brand(), g.hexs(24), g.brand(), g.brand()))


@neg("nacelle", "space_id_public")
def n_nacelle(g):
    return g.c(["nuxt.config.ts", "src/lib/nacelle.ts"]), (
        "import { StorefrontClient } from '@nacelle/storefront-sdk';\n"
        "\n"
        "export const nacelle = new StorefrontClient({\n"
        "  storefrontEndpoint: 'https://storefront.api.nacelle.com/graphql/v1/spaces/%s-%s-%s',\n"
        "  previewToken: undefined,\n"
        "  locale: 'en-US',\n"
        "});\n" % (g.c(["clever", "brave", "quiet", "swift"]), g.c(["owl", "fox", "otter", "lynx"]), g.rs(10, ALNUM)))


@neg("spree", "publishable_key")
def n_spree_pk(g):
    return g.c(["src/lib/spree.ts", "lib/spree-storefront.ts"]), (
        "import { createClient } from '@spree/sdk'\n"
        "\n"
        "// publishable key: identifies the storefront, safe client-side\n"
        "export const spree = createClient({\n"
        "  baseUrl: 'https://%s',\n"
        "  publishableKey: 'spree_pk_%s',\n"
        "})\n" % (g.domain(), g.rs(24, ALNUM)))


@neg("spree", "order_numbers")
def n_spree_orders_csv(g):
    rows = ["number,state,email,item_total,shipment_state,tracking"]
    for _ in range(g.i(4, 9)):
        rows.append("R%09d,complete,customer%d@example.com,%d.%02d,shipped,1Z%s%s" % (
            g.i(10 ** 8, 10 ** 9 - 1), g.i(1, 999), g.i(10, 400), g.i(0, 99), g.rs(6, UP + DIG), g.rs(10, DIG)))
    return g.c(["reports/orders-export.csv", "tmp/orders.csv"]), "\n".join(rows) + "\n"


@neg("sylius", "public_key")
def n_sylius_public_pem(g):
    body = "MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEA" + g.b64(500)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)][:11]
    return "config/jwt/public.pem", "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----\n"


@neg("sylius", "sri_hashes")
def n_sylius_twig(g):
    return g.c(["templates/bundles/SyliusShopBundle/layout.html.twig", "templates/base.html.twig"]), (
        "{%% extends '@!SyliusShop/layout.html.twig' %%}\n"
        "\n"
        "{%% block javascripts %%}\n"
        "    {{ parent() }}\n"
        "    <script src=\"https://cdn.jsdelivr.net/npm/alpinejs@3.%d.%d/dist/cdn.min.js\"\n"
        "            integrity=\"sha384-%s\" crossorigin=\"anonymous\" defer></script>\n"
        "{%% endblock %%}\n" % (g.i(10, 14), g.i(0, 9), g.b64(48)))


@neg("generic", "jwks_public")
def n_jwks(g):
    keys = [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": g.hexs(16), "e": "AQAB", "n": g.b64(256, url=True)}
            for _ in range(g.i(1, 2))]
    return g.c(["test/fixtures/jwks.json", "public/.well-known/jwks.json"]), json.dumps({"keys": keys}, indent=2) + "\n"


@neg("generic", "lockfile_integrity")
def n_package_lock(g):
    pk = {}
    for name in g.sample(["@commercetools/platform-sdk", "@medusajs/js-sdk", "@shopify/hydrogen", "algoliasearch",
                          "swell-js", "@vendure/core", "@saleor/app-sdk", "@crystallize/js-api-client"], 4):
        pk["node_modules/" + name] = {"version": "%d.%d.%d" % (g.i(0, 9), g.i(0, 30), g.i(0, 20)),
                                      "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (name, name.split("/")[-1]),
                                      "integrity": "sha512-" + g.b64(64), "license": "MIT"}
    return "package-lock.json", json.dumps({"name": g.brand() + "-storefront", "lockfileVersion": 3,
                                            "requires": True, "packages": pk}, indent=2) + "\n"


@neg("generic", "image_digests")
def n_kustomize(g):
    return g.c(["deploy/kustomization.yaml", "k8s/overlays/prod/kustomization.yaml"]), (
        "apiVersion: kustomize.config.k8s.io/v1beta1\n"
        "kind: Kustomization\n"
        "namespace: shop\n"
        "resources:\n"
        "  - ../../base\n"
        "images:\n"
        "  - name: ghcr.io/%s/storefront\n"
        "    digest: sha256:%s\n"
        "  - name: ghcr.io/%s/medusa\n"
        "    digest: sha256:%s\n" % (g.brand(), g.hexs(64), g.brand(), g.hexs(64)))


@neg("generic", "git_shas")
def n_changelog(g):
    out = ["# Changelog\n\n"]
    for _ in range(g.i(3, 6)):
        out.append("## %d.%d.%d (%s)\n\n" % (g.i(1, 4), g.i(0, 20), g.i(0, 9), g.date()))
        for _ in range(g.i(2, 4)):
            out.append("* %s %s ([%s](https://github.com/%s/storefront/commit/%s))\n" % (
                g.c(["fix:", "feat:", "chore:"]), g.c(["cart merge on login", "PLP facets", "checkout address form",
                                                       "price rounding", "wishlist sync"]), g.hexs(7), g.brand(), g.hexs(40)))
        out.append("\n")
    return "CHANGELOG.md", "".join(out)


@neg("generic", "terraform_lock_hashes")
def n_tf_lock(g):
    return ".terraform.lock.hcl", (
        "# This file is maintained automatically by \"terraform init\".\n"
        "\n"
        "provider \"registry.terraform.io/labd/commercetools\" {\n"
        "  version     = \"1.%d.%d\"\n"
        "  constraints = \"~> 1.%d\"\n"
        "  hashes = [\n"
        "    \"h1:%s\",\n"
        "    \"zh:%s\",\n"
        "    \"zh:%s\",\n"
        "  ]\n"
        "}\n" % (g.i(10, 21), g.i(0, 5), g.i(10, 21), g.b64(32), g.hexs(64), g.hexs(64)))


@neg("generic", "trace_ids")
def n_access_log(g):
    out = []
    for stamp in g.ts_seq(g.i(4, 9)):
        out.append('%s - - [%s] "GET /api/products/%s HTTP/1.1" 200 %d "-" "Mozilla/5.0" traceparent=00-%s-%s-01 req_id=%s\n'
                   % (g.ipv4(), stamp, g.sku(), g.i(200, 9000), g.hexs(32), g.hexs(16), g.uuid()))
    return g.c(["logs/access.log", "var/log/nginx/bff-access.log"]), "".join(out)


@neg("generic", "barcodes")
def n_products_csv(g):
    rows = ["sku,name,ean13,upc,price,stock"]
    for _ in range(g.i(5, 12)):
        rows.append("%s,%s %s,%s,%s,%d.%02d,%d" % (g.sku(), g.word().title(), g.c(["Hoodie", "Candle", "Bottle", "Cap"]),
                                                   ean13(g), upca(g), g.i(4, 200), g.i(0, 99), g.i(0, 500)))
    return g.c(["data/products.csv", "imports/pim-export.csv"]), "\n".join(rows) + "\n"


@neg("generic", "base64_image")
def n_placeholder_img(g):
    return g.c(["src/assets/placeholder.ts", "lib/images/blur.ts"]), (
        "// tiny blurred placeholder used while product images load\n"
        "export const BLUR_DATA_URL =\n"
        "  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAgAAAAI%s';\n" % g.b64(90))


@neg("generic", "gemfile_checksums")
def n_gemfile_lock(g):
    gems = ["solidus_core", "solidus_api", "solidus_backend", "spree_core", "faraday", "rails"]
    out = ["GEM\n  remote: https://rubygems.org/\n  specs:\n"]
    vers = {}
    for gm in gems:
        vers[gm] = "%d.%d.%d" % (g.i(1, 8), g.i(0, 9), g.i(0, 9))
        out.append("    %s (%s)\n" % (gm, vers[gm]))
    out.append("\nCHECKSUMS\n")
    for gm in gems:
        out.append("  %s (%s) sha256=%s\n" % (gm, vers[gm], g.hexs(64)))
    out.append("\nBUNDLED WITH\n   2.5.%d\n" % g.i(1, 20))
    return "Gemfile.lock", "".join(out)


@neg("generic", "webpack_manifest")
def n_asset_manifest(g):
    m = {}
    for name in ["app.js", "checkout.js", "vendor.js", "app.css", "product.css"]:
        base, ext = name.rsplit(".", 1)
        m["build/" + name] = "/build/%s.%s.%s" % (base, g.hexs(8), ext)
    return g.c(["public/build/manifest.json", "public/build/entrypoints.json"]), json.dumps(m, indent=2) + "\n"


@neg("generic", "analytics_ids")
def n_analytics(g):
    return g.c(["src/config/analytics.ts", "app/analytics.config.ts"]), (
        "export const analytics = {\n"
        "  gtmId: 'GTM-%s',\n"
        "  ga4MeasurementId: 'G-%s',\n"
        "  klaviyoCompanyId: '%s',\n"
        "  algoliaInsightsUserTokenCookie: '_ALGOLIA',\n"
        "  consentRequired: true,\n"
        "};\n" % (g.rs(7, UP + DIG), g.rs(10, UP + DIG), g.rs(6, ALNUM)))


@neg("generic", "uuids_yaml")
def n_warehouses(g):
    out = ["warehouses:\n"]
    for _ in range(g.i(2, 4)):
        out.append("  - id: %s\n    code: WH-%s\n    stock_location_id: sloc_%s\n    country: %s\n"
                   % (g.uuid(), g.rs(3, UP), g.ulid(), g.c(["GB", "DE", "US", "NL"])))
    return g.c(["config/warehouses.yaml", "data/stock-locations.yml"]), "".join(out)


@neg("generic", "sql_schema")
def n_sql_schema(g):
    return g.c(["db/migrations/20240311_api_keys.sql", "migrations/0007_api_credentials.sql"]), (
        "CREATE TABLE api_credentials (\n"
        "    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),\n"
        "    provider      text NOT NULL,\n"
        "    client_id     text NOT NULL,\n"
        "    secret_ref    text NOT NULL, -- path in the secret manager, never the value\n"
        "    token_last4   char(4),\n"
        "    created_at    timestamptz NOT NULL DEFAULT now()\n"
        ");\n"
        "\n"
        "INSERT INTO api_credentials (provider, client_id, secret_ref, token_last4)\n"
        "VALUES ('%s', '%s', 'projects/%s/secrets/%s-client-secret/versions/latest', '%s');\n"
        % (g.c(["commercetools", "saleor", "bigcommerce"]), v_ct_id(g), g.brand(), g.word(), g.rs(4, ALNUM)))


# ========================================================================
# negative fillers for re-used positive templates
# ========================================================================
ALL_MODES = ("placeholder", "masked", "empty", "env", "secretref", "template", "example")
MODE_KIND = {"placeholder": "placeholder", "masked": "masked", "empty": "empty",
             "env": "env_reference", "secretref": "secret_manager_ref",
             "template": "template_expression", "example": "documented_example"}
KNOWN_PREFIXES = ("shpat_", "shpss_", "sk_", "base64")


def _prefix(value):
    for p in KNOWN_PREFIXES:
        if value.startswith(p):
            return p
    return ""


def filler(g, tpl, value):
    """Return (Slot, negative kind) holding a non-secret in the secret's place."""
    var = tpl["var"]
    modes = list(tpl["modes"] or ALL_MODES)
    if not tpl["ex"] and "example" in modes:
        modes.remove("example")
    mode = g.c(modes)
    pre = _prefix(value)
    n = max(8, len(value) - len(pre))
    if mode == "env":
        return Slot("", var, "env"), MODE_KIND[mode]
    if mode == "placeholder":
        v = g.c(["<your-%s>" % var.lower().replace("_", "-"), "YOUR_%s_HERE" % var, "changeme",
                 "x" * len(value), "REPLACE_ME", "your_%s" % var.lower(), "<%s>" % var,
                 "TODO-set-in-vault", "dummy-value", pre + "x" * n, "xxxx-xxxx-xxxx-xxxx", "..."])
    elif mode == "masked":
        v = g.c(["********", "*" * len(value), "[REDACTED]", "<redacted>", "***REMOVED***",
                 pre + "*" * n, "*" * (len(value) - 4) + value[-4:], "••••••••"])
    elif mode == "empty":
        v = ""
    elif mode == "secretref":
        b = g.brand()
        key = var.lower().replace("_", "-")
        v = g.c(["op://%s/%s/credential" % (b, key),
                 "vault:secret/data/%s/prod#%s" % (b, var.lower()),
                 "arn:aws:secretsmanager:eu-west-1:%d:secret:%s/%s-%s" % (g.i(10 ** 11, 10 ** 12 - 1), b, key, g.rs(6, ALNUM)),
                 "projects/%s-prod/secrets/%s/versions/latest" % (b, key),
                 "azurekeyvault://kv-%s/secrets/%s" % (b, key),
                 "sm://%s/%s" % (b, key)])
    elif mode == "template":
        opts = list(tpl["tmpl"]) + ["{{ .Values.%s }}" % var.lower(), "{{ .Env.%s }}" % var,
                                     "%%env(%s)%%" % var, "#{%s}#" % var]
        v = g.c(opts)
    else:
        v = g.c(tpl["ex"])
    return Slot(v, var, "lit"), MODE_KIND[mode]


# ========================================================================
# driver
# ========================================================================
def filetype(relpath, text):
    base = relpath.rsplit("/", 1)[-1]
    if base.startswith(".env") or base.endswith(".env"):
        return "env"
    if base == "Dockerfile":
        return "dockerfile"
    if "." in base.lstrip("."):
        return base.rsplit(".", 1)[-1].lower()
    if text.startswith("#!"):
        return "sh"
    return "txt"


def write(outdir, rel, text):
    full = os.path.join(outdir, *rel.split("/"))
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def is_blocked_env_name(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base == ".env":
        return True
    return base.startswith(".env.") and base not in NEG_ENV_NAMES


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_hs.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    g = Gen(seed)
    manifest, secrets = [], []
    n_pos = n_neg = 500

    # ---- positives ----------------------------------------------------
    order = []
    while len(order) < n_pos:
        block = list(range(len(POS)))
        g.rng.shuffle(block)
        order.extend(block)
    order = order[:n_pos]
    env_named = 0
    for idx in range(n_pos):
        tpl = POS[order[idx]]
        g.is_pos = True
        value = tpl["gen"](g)
        res = tpl["fn"](g, Slot(value, tpl["var"]))
        rel, text = res[0], res[1]
        needle = res[2] if len(res) > 2 else value
        assert needle and "\n" not in needle, tpl["name"]
        at = text.find(needle)
        assert at >= 0, (tpl["name"], needle)
        line = text.count("\n", 0, at) + 1
        assert needle in text.split("\n")[line - 1], tpl["name"]
        if is_blocked_env_name(rel):
            env_named += 1
        f = "pos/p%04d/%s" % (idx, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "pos", "provider": tpl["provider"], "kind": tpl["kind"],
                         "filetype": filetype(rel, text)})
        secrets.append({"file": f, "needle": needle, "line": line})
    assert env_named <= n_pos // 20, env_named

    # ---- negatives ----------------------------------------------------
    reusable = [t for t in POS if t["reuse"]]
    jobs = []
    half = n_neg // 2
    r_order, l_order = [], []
    while len(r_order) < half:
        block = list(range(len(reusable)))
        g.rng.shuffle(block)
        r_order.extend(block)
    while len(l_order) < n_neg - half:
        block = list(range(len(NEG)))
        g.rng.shuffle(block)
        l_order.extend(block)
    jobs = [("r", i) for i in r_order[:half]] + [("l", i) for i in l_order[:n_neg - half]]
    g.rng.shuffle(jobs)
    for idx, (typ, ti) in enumerate(jobs):
        g.is_pos = False
        if typ == "r":
            tpl = reusable[ti]
            value = tpl["gen"](g)          # only to size placeholders; never written
            slot, kind = filler(g, tpl, value)
            res = tpl["fn"](g, slot)
            rel, text = res[0], res[1]
            assert value not in text, tpl["name"]
            provider = tpl["provider"]
        else:
            tpl = NEG[ti]
            rel, text = tpl["fn"](g)
            provider, kind = tpl["provider"], tpl["kind"]
        assert not is_blocked_env_name(rel), rel
        f = "neg/n%04d/%s" % (idx, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(rel, text)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
