#!/usr/bin/env python3
"""gen_hk.py -- blind evaluation set: developer portals, API documentation hosting, SDK generators.

EMPHASIS
    82 positive templates; 59 look-alike negative templates plus the 82 positive
    templates re-used with non-secret slots (141 negative templates in all).
    Credentials that live in the tooling around APIs rather than in the APIs themselves:
    Postman (PMAK- API keys, PMAT- collection access keys, environment exports), ReadMe
    (rdme_ keys, rdme CLI / GitHub Action, metrics SDK), GitBook (gb_api_ tokens), Kong
    Konnect (kpat_ / spat_ tokens, decK, Terraform, kongctl), RapidAPI (X-RapidAPI-Key),
    SwaggerHub (API key, CLI, Maven plugin), Redocly (REDOCLY_AUTHORIZATION, resolve.http
    headers), Mintlify (admin key mint_ vs public assistant key mint_dsc_), Stainless
    (stl_sk_), Speakeasy, Fern, Bump.sh, Stoplight, APIMatic, Apigee (consumer key/secret),
    Tyk (gateway secret, dashboard admin secret, dashboard user keys, HMAC jwt_source),
    Insomnia / Hoppscotch / Bruno exports, OpenAPI specs with example auth values, and
    signing keys for personalised-docs JWT auth.
    File types: OpenAPI YAML/JSON, Postman collection/environment JSON, Insomnia exports,
    Hoppscotch JSON, Bruno .bru, .http, redocly.yaml, mint.json/docs.json, GitHub Actions,
    shell, Makefile, Dockerfile, docker-compose, Helm values, Kubernetes manifests,
    Terraform, decK YAML, Tyk JSON configs, package.json, TypeScript/JavaScript, Python,
    Go, Java, C#, Ruby, PHP, Markdown/MDX, TOML, INI, .properties, XML (pom.xml), SQL,
    CSV, logs, .env (positives only, <= 1 in 20).

USAGE
    python3 -B gen_hk.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line per
    positive: file, needle, 1-based line of the needle's first occurrence, asserted).
    All randomness comes from one random.Random(SEED); output is byte-identical per SEED.

NEEDLE CONVENTIONS
    * The needle is the credential value only, exactly as written: no quotes, no
      "Bearer " / "Basic " scheme word, no header name, no variable name.
    * URLs: only the secret component (e.g. the PMAT-/PMAK- value after access_key= or
      apikey=), not the whole URL.
    * Headers: the header value without the auth scheme (X-RapidAPI-Key value, the token
      after "Bearer ", the SwaggerHub key in "Authorization: <key>").
    * Key pairs (Apigee consumer key + consumer secret, OAuth client id + secret): the
      secret half is the needle; the id half is treated as context.
    * Tyk HMAC jwt_source: the base64 string as written (it encodes the shared secret).
    * Multi-line PEM private keys: the needle is the "-----BEGIN PRIVATE KEY-----" line
      (the line a reviewer would be pointed at); the body follows on the next lines.
    * Basic-auth style "user:password" or "--user key:" : the needle is the secret part.

NEGATIVES
    Half (250) re-use the positive templates with the secret slot holding a
    non-secret: placeholders (<your-api-key>, YOUR_API_KEY_HERE, changeme, xxxx...),
    empty values, masked values (****, [REDACTED], prefix+bullets), environment and
    secret-manager references (${VAR}, ${{ secrets.X }}, {{postmanVar}}, os.environ[...],
    process.env.X, System.getenv, var.x, vault:/op:// paths, Helm template expressions)
    and documented example values (kpat_xgfT / spat_i2Ej from the Konnect docs, the Tyk
    sample gateway secret 352d20ee... and admin secret 12345, RapidAPI's
    SIGN-UP-FOR-KEY snippet value, gb_api_abc from GitBook's open repo README).
    The other half (250) are domain look-alikes: Postman collection uids and _postman_id
    UUIDs, Insomnia wrk_/req_/env_ ids, ReadMe API-definition ids (ObjectIds), GitBook
    space ids, Konnect control-plane UUIDs, Tyk api_id/org_id, Speakeasy workflow.lock
    digests and gen.lock docChecksum, Stainless .stats.yml spec hashes, npm integrity
    hashes, action pins by commit SHA, image digests, SRI hashes, go.sum lines, JWKS and
    PEM public keys, Mintlify public assistant keys (mint_dsc_), GA4 ids, trace ids,
    request ids, hashed keys in SQL, securitySchemes without values, {{apiKey}} variables.
    No negative is written to a file named .env / .env.local / .env.production etc.

FORMATS CHECKED (search tool; provider docs and public project files; no scanner rules)
    * Postman: docs say keys go in X-Api-Key; public project files show
      PMAK-<24 hex>-<34 hex> (first part ObjectId-like). Collection access keys appear as
      ?access_key=PMAT-<26 char ULID, Crockford base32, starts 01>.
    * ReadMe: rdme CLI/GitHub Action and metrics SDK usage; keys seen as
      rdme_xn8s9h<64 hex> (70 chars after rdme_).
    * GitBook: docs: Bearer personal access token; project files show gb_api_<40 alnum>.
    * Kong Konnect: docs show "Authorization: Bearer kpat_xgfT..." and "spat_i2Ej...";
      public files show kpat_<49 alnum>; env vars KONNECT_TOKEN, KONGCTL_DEFAULT_KONNECT_PAT.
    * RapidAPI: X-RapidAPI-Key / X-RapidAPI-Host headers; project files show 50 chars:
      10 hex + "msh" + 15 hex + "p1" + 5 hex + "jsn" + 12 hex.
    * SwaggerHub: docs: "Authorization: YOUR_API_KEY" for the Registry API,
      SWAGGERHUB_API_KEY for swaggerhub-cli.
    * Mintlify: docs: admin API key starts with mint_ (server-side secret); assistant
      API key starts with mint_dsc_ and is a public token usable in frontend code.
    * Stainless: project files show STAINLESS_API_KEY=stl_sk_...
    * Speakeasy: docs: SPEAKEASY_API_KEY secret for sdk-generation-action, x-api-key.
    * Fern: FERN_TOKEN env in CI for fern generate. Bump.sh: bump-sh/github-action
      with token input. Redocly: REDOCLY_AUTHORIZATION for push.
    * Apigee: docs: consumer key/secret may contain letters, digits, _ and -; forum:
      Edge defaults 32-char key / 16-char secret (X-style apps 48/64 used here too).
    * Tyk: docs: admin_secret in tyk_analytics.conf sent as admin-auth header;
      x-tyk-authorization for the gateway API; chart defaults APISecret
      352d20ee67be67f6340b4c0605b044b7 and AdminSecret 12345 (used as negatives).

DOUBTS
    * GitBook token length (40) and Konnect token length (49) come from public project
      files, not from the providers' docs.
    * ReadMe's "xn8s9h" infix is taken from public code, not from ReadMe's docs.
    * Lengths/alphabets for Mintlify admin keys (mint_ + 40), Stainless (stl_sk_ + 40),
      Speakeasy, Fern, Bump.sh, Redocly, Stoplight and APIMatic keys were not found in
      documentation; these are generated as plausible random alphanumerics and rely on
      context (variable names, CLI flags) to be recognisable.
    * SwaggerHub keys are generated as UUIDv4 from memory of the product; docs only say
      YOUR_API_KEY.
    * RapidAPI "p1" segment: seen in every sample but not documented.
    * Mintlify assistant-key length (mint_dsc_ + 24) and PostHog project keys (phc_ + 43,
      used as a public value in docs.json) are from memory, not checked.
    * The needle of the 6-ish PEM positives is the shared BEGIN line, so secrets.jsonl
      holds a few identical needles (line numbers still point at the right file line).
    * The Apigee consumer key stays next to its secret in positives (pair convention);
      in negatives the consumer key is replaced by a placeholder too.
    * Search results that were secret-scanner vendor pages (a GitGuardian detector page
      and remediation page, a RedHunt Labs "exposure" page) were seen and not used.
"""
import base64
import hashlib
import json
import os
import string
import sys
import random

HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


# ---------------------------------------------------------------- small helpers
def hexs(r, n):
    return "".join(r.choice(HEX) for _ in range(n))


def alnum(r, n):
    return "".join(r.choice(ALNUM) for _ in range(n))


def lowalnum(r, n):
    return "".join(r.choice(LOWALNUM) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def objectid(r):
    return "%08x" % r.randint(0x5E000000, 0x67FFFFFF) + hexs(r, 16)


def ulid(r):
    return "01" + "".join(r.choice("FGHJK") for _ in range(1)) + "".join(
        r.choice(CROCK) for _ in range(23))


def uuid4(r):
    h = hexs(r, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def semver(r):
    return "%d.%d.%d" % (r.randint(0, 4), r.randint(0, 19), r.randint(0, 12))


def date(r):
    return "20%d-%02d-%02d" % (r.randint(22, 25), r.randint(1, 12), r.randint(1, 28))


def ts(r):
    return "%sT%02d:%02d:%02d.%03dZ" % (date(r), r.randint(0, 23), r.randint(0, 59),
                                         r.randint(0, 59), r.randint(0, 999))


PROJECTS = ["payments-api", "ledger", "orbit", "tidepool", "harbor", "fleetops", "nimbus",
            "atlas-core", "parcel", "beacon", "quillstack", "northwind", "cobalt", "meridian",
            "lumen", "driftwood", "relay", "tessera", "kestrel", "mosaic"]
ORGS = ["acme", "globex", "initech", "umbrella-labs", "hooli", "vandelay", "stark-ind",
        "wayne-ent", "soylent", "tyrell", "cyberdyne", "wonka", "oscorp", "gringotts"]
PEOPLE = ["maria", "dmitri", "aiko", "tunde", "sofia", "liam", "priya", "jonas", "chen", "ines"]
ENVS = ["staging", "dev", "qa", "sandbox", "production", "preprod"]


def proj(r):
    return pick(r, PROJECTS)


def org(r):
    return pick(r, ORGS)


def postman_uid(r):
    return "%d-%s" % (r.randint(1000000, 39999999), uuid4(r))


def gb_id(r):
    return alnum(r, 20)


def jwt(r, iss="https://auth.example.com/"):
    hdr = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    now = r.randint(1700000000, 1760000000)
    body = {"sub": "usr_" + lowalnum(r, 12), "iss": iss, "iat": now, "exp": now + 3600 * r.choice([1, 8, 24, 720]),
            "scope": pick(r, ["read:docs", "api:read api:write", "portal:admin", "specs:publish"])}
    pl = b64u(json.dumps(body, separators=(",", ":")).encode())
    return hdr + "." + pl + "." + b64u(rbytes(r, 32))


def password(r):
    words = ["Harbor", "Quartz", "Maple", "Falcon", "Copper", "Violet", "Orbit", "Tundra", "Saffron", "Juniper"]
    s = pick(r, words) + "".join(r.choice(ALNUM) for _ in range(r.randint(5, 9)))
    s += pick(r, ["!", "#", "%", "@", "$", "&", "*"]) + str(r.randint(10, 99))
    return s


def der_len(n):
    return bytes([n]) if n < 128 else bytes([0x81, n])


def ec_private_pem(r):
    # PKCS#8 P-256 key: structure is real, numbers are random
    inner = (b"\x02\x01\x01\x04\x20" + rbytes(r, 32) + b"\xa1\x44\x03\x42\x00\x04" + rbytes(r, 64))
    ec = b"\x30" + der_len(len(inner)) + inner
    alg = bytes.fromhex("301306072a8648ce3d020106082a8648ce3d030107")
    body = b"\x02\x01\x00" + alg + b"\x04" + der_len(len(ec)) + ec
    der = b"\x30" + der_len(len(body)) + body
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"


def ec_public_pem(r):
    der = bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d030107034200") + b"\x04" + rbytes(r, 64)
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----"


# ---------------------------------------------------------------- secret generators
def g_pmak(r):
    return "PMAK-" + objectid(r) + "-" + hexs(r, 34)


def g_pmat(r):
    return "PMAT-" + ulid(r)


def g_rdme(r):
    return "rdme_xn8s9h" + hexs(r, 64)


def g_gitbook(r):
    return "gb_api_" + alnum(r, 40)


def g_kpat(r):
    return "kpat_" + alnum(r, 49)


def g_spat(r):
    return "spat_" + alnum(r, 49)


def g_rapid(r):
    return hexs(r, 10) + "msh" + hexs(r, 15) + "p1" + hexs(r, 5) + "jsn" + hexs(r, 12)


def g_mint(r):
    return "mint_" + alnum(r, 40)


def g_stainless(r):
    return "stl_sk_" + alnum(r, 40)


def g_hex32(r):
    return hexs(r, 32)


def g_hex40(r):
    return hexs(r, 40)


def g_alnum32(r):
    return alnum(r, 32)


def g_alnum40(r):
    return alnum(r, 40)


def g_apigee_key(r):
    return alnum(r, pick(r, [32, 48]))


def g_apigee_secret(r):
    return alnum(r, pick(r, [16, 64]))


def g_tyk_gwkey(r):
    return hexs(r, 24) + hexs(r, 32)


def g_hmac_b64(r):
    return base64.b64encode(rbytes(r, pick(r, [32, 48]))).decode()


def g_b64url43(r):
    return b64u(rbytes(r, 32))


GEN = {
    "pmak": g_pmak, "pmat": g_pmat, "rdme": g_rdme, "gitbook": g_gitbook, "kpat": g_kpat,
    "spat": g_spat, "rapid": g_rapid, "uuid": uuid4, "mint": g_mint, "stainless": g_stainless,
    "hex32": g_hex32, "hex40": g_hex40, "alnum32": g_alnum32, "alnum40": g_alnum40,
    "apigee_key": g_apigee_key, "apigee_secret": g_apigee_secret, "tyk_gwkey": g_tyk_gwkey,
    "hmac_b64": g_hmac_b64, "jwt": jwt, "password": password, "b64url43": g_b64url43,
    "ecpem": ec_private_pem,
}

# ---------------------------------------------------------------- non-secret slot values
PLACEHOLDERS = ["<your-api-key>", "YOUR_API_KEY_HERE", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "<token>", "REPLACE_ME", "your-token-here", "<insert key>", "TODO-add-key",
                "dummy", "test", "example-key", "<API_KEY>", "PASTE_KEY_HERE", "...",
                "your_api_key", "<redacted-before-commit>", "0000000000000000"]
PROV_PLACEHOLDERS = {
    "postman": ["PMAK-XXXXXXXXXXXXXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "PMAK-your-key", "PMAK-..."],
    "postman-collection": ["PMAT-XXXXXXXXXXXXXXXXXXXXXXXXXX", "PMAT-..."],
    "readme": ["rdme_xxxxxxxxxxxxxxxxxxxxxxxxxxxx", "rdme_...", "rdme_YOUR_KEY"],
    "gitbook": ["gb_api_xxx", "gb_api_your_token_here", "gb_api_..."],
    "kong-konnect": ["kpat_xxx...", "kpat_YOUR_PAT", "kpat_XXXXXXXXXXXXXXXXXXXXXXXX"],
    "rapidapi": ["your-rapidapi-key", "YOUR_RAPIDAPI_KEY", "<rapidapi-key>"],
    "swaggerhub": ["<SWAGGERHUB_API_KEY>", "your-swaggerhub-api-key", "00000000-0000-0000-0000-000000000000"],
    "mintlify": ["mint_YOUR_KEY", "mint_xxxxxxxx", "mint_..."],
    "stainless": ["stl_sk_xxx", "stl_sk_...", "stl_sk_YOUR_KEY"],
    "tyk": ["<gateway-secret>", "CHANGE_ME", "<your-dashboard-api-key>"],
    "apigee": ["<consumer-secret>", "YOUR_CONSUMER_SECRET", "<client-secret>"],
    "speakeasy": ["<your-speakeasy-api-key>", "your_api_key_here"],
}
DOC_EXAMPLES = {
    "kong-konnect": ["kpat_xgfT", "spat_i2Ej", "kpat_xgfT..."],
    "tyk": ["352d20ee67be67f6340b4c0605b044b7", "12345"],
    "rapidapi": ["SIGN-UP-FOR-KEY"],
    "gitbook": ["gb_api_abc"],
    "swaggerhub": ["YOUR_API_KEY"],
    "mintlify": ["mint_YOUR_KEY"],
}
MASKED = ["****************", "[REDACTED]", "********", "<redacted>", "••••••••••••", "***",
          "REDACTED", "[MASKED]", "xxxx-redacted-xxxx"]
PREFIX_MASK = {"postman": "PMAK-", "readme": "rdme_", "gitbook": "gb_api_", "kong-konnect": "kpat_",
               "mintlify": "mint_", "stainless": "stl_sk_", "postman-collection": "PMAT-"}


def camel(var):
    parts = var.lower().split("_")
    return parts[0] + "".join(p.title() for p in parts[1:])


class Slot:
    """The value a template puts where the credential goes.

    mode 'secret' holds a generated credential; every other mode holds a non-secret.
    raw(lang) is for unquoted contexts (shell, YAML, headers, URLs); lit(lang) gives a
    quoted literal or, for references, a language-specific expression.
    """

    def __init__(self, r, mode, value, var, prov):
        self.r = r
        self.mode = mode
        self.value = value
        self.var = var
        self.prov = prov
        self.refstyle = r.random()

    def ref_raw(self, lang):
        v = self.var
        st = self.refstyle
        if lang == "gha":
            return "${{ secrets.%s }}" % v
        if lang in ("postman", "http", "bru"):
            return "{{%s}}" % camel(v)
        if lang == "hopp":
            return "<<%s>>" % camel(v)
        if lang == "helm":
            return "{{ .Values.secrets.%s }}" % camel(v)
        if lang == "md":
            return "$" + v
        if lang == "xml":
            return "${env.%s}" % v
        if lang == "log":
            return "[REDACTED]"
        if lang in ("yaml", "json", "toml", "ini", "properties", "docker") and st < 0.3:
            return pick(self.r, ["vault:secret/data/%s#%s" % (self.prov, camel(v)),
                                 "op://Engineering/%s/credential" % self.prov.title(),
                                 "{vault://env/%s}" % v.lower().replace("_", "-"),
                                 "arn:aws:secretsmanager:us-east-1:123456789012:secret:%s" % v.lower()])
        return "${%s}" % v

    def raw(self, lang="sh"):
        if self.mode == "envref":
            return self.ref_raw(lang)
        if lang in ("yaml", "gha") and self.value[:1] in ("*", "&", "!", "%", "@", "`", "{"):
            return "'" + self.value + "'"
        return self.value

    def lit(self, lang, q='"'):
        if self.mode == "envref":
            v = self.var
            e = {
                "py": pick(self.r, ['os.environ["%s"]', 'os.getenv("%s")', 'os.environ.get("%s", "")']),
                "ts": pick(self.r, ["process.env.%s", "process.env.%s ?? ''", "process.env['%s']"]),
                "go": 'os.Getenv("%s")', "java": 'System.getenv("%s")', "rb": 'ENV.fetch("%s")',
                "php": "getenv('%s')", "cs": 'Environment.GetEnvironmentVariable("%s")',
            }.get(lang)
            if lang == "js":
                e = pick(self.r, ["process.env.%s", "process.env['%s']"])
            if lang == "tf":
                return "var.%s" % v.lower()
            if e:
                return e % v
            return q + self.ref_raw(lang) + q
        return q + self.value + q


def neg_slot(r, prov, var, gen):
    """Choose a non-secret for a positive template's slot."""
    modes = ["placeholder"] * 25 + ["envref"] * 33 + ["masked"] * 12 + ["empty"] * 8 + ["docex"] * 14 + ["prefixmask"] * 8
    m = pick(r, modes)
    if m == "docex" and prov not in DOC_EXAMPLES:
        m = "placeholder"
    if m == "prefixmask" and prov not in PREFIX_MASK:
        m = "masked"
    if gen == "ecpem" and m not in ("envref",):
        m = pick(r, ["envref", "placeholder"])
    if m == "placeholder":
        pool = PLACEHOLDERS + PROV_PLACEHOLDERS.get(prov, []) * 3
        v = pick(r, pool)
        if gen == "ecpem":
            v = "-----BEGIN PRIVATE KEY-----\\n<paste key here>\\n-----END PRIVATE KEY-----"
        return Slot(r, m, v, var, prov), "placeholder"
    if m == "masked":
        return Slot(r, m, pick(r, MASKED), var, prov), "masked"
    if m == "prefixmask":
        return Slot(r, m, PREFIX_MASK[prov] + pick(r, ["****", "••••••••", "***...***", "xxxxxxxx"]), var, prov), "masked"
    if m == "empty":
        return Slot(r, m, "", var, prov), "empty"
    if m == "docex":
        return Slot(r, m, pick(r, DOC_EXAMPLES[prov]), var, prov), "doc_example"
    return Slot(r, "envref", "", var, prov), "env_reference"


# ---------------------------------------------------------------- template registry
POS = []   # (name, provider, kind, gen, var, fn)


def tpl(name, provider, kind, gen, var):
    def deco(fn):
        POS.append((name, provider, kind, gen, var, fn))
        return fn
    return deco


def maybe_prefix(r, path, p=0.3):
    if r.random() < p and not path.startswith(".github/"):
        return pick(r, ["packages/api-docs/", "services/gateway/", "apps/portal/", "platform/",
                        "tools/devportal/", "sdk/"]) + path
    return path


def pyos(s):
    return "import os\n" if s.mode == "envref" else ""


def gha_head(r, name, on_push=True):
    trig = "on:\n  push:\n    branches: [main]\n    paths:\n      - 'openapi/**'\n  workflow_dispatch:\n" if on_push else \
        "on:\n  release:\n    types: [published]\n"
    if ":" in name:
        name = "'%s'" % name
    return "name: %s\n\n%s\npermissions:\n  contents: read\n\njobs:\n" % (name, trig)


def co(r):
    return "      - uses: actions/checkout@v4\n"


def setup_node(r):
    return "      - uses: actions/setup-node@v4\n        with:\n          node-version: %d\n" % pick(r, [18, 20, 22])


# ================================================================ POSITIVE TEMPLATES
# ---- Postman
@tpl("postman_env_export", "postman", "api_key", "pmak", "POSTMAN_API_KEY")
def _(r, s):
    env = pick(r, ENVS)
    vals = [("baseUrl", "https://api.%s.%s.dev" % (env, org(r)), "default"),
            ("workspaceId", uuid4(r), "default"),
            ("postman-api-key", s.raw("json"), "secret"),
            ("collectionUid", postman_uid(r), "default"),
            ("timeoutMs", str(pick(r, [5000, 10000, 30000])), "default")]
    body = {"id": uuid4(r), "name": "%s (%s)" % (proj(r), env),
            "values": [{"key": k, "value": v, "type": t, "enabled": True} for k, v, t in vals],
            "_postman_variable_scope": "environment", "_postman_exported_at": ts(r),
            "_postman_exported_using": "Postman/%s" % pick(r, ["10.24.16", "11.2.14", "11.19.0"])}
    return "postman/environments/%s.postman_environment.json" % env, json.dumps(body, indent=2) + "\n"


@tpl("postman_cli_gha", "postman", "ci_publish_token", "pmak", "POSTMAN_API_KEY")
def _(r, s):
    uid = postman_uid(r)
    t = gha_head(r, "API contract tests") + "  contract:\n    runs-on: ubuntu-latest\n    steps:\n" + co(r)
    t += "      - name: Install Postman CLI\n        run: curl -o- \"https://dl-cli.pstmn.io/install/linux64.sh\" | sh\n"
    t += "      - name: Login to Postman CLI\n        run: postman login --with-api-key " + s.raw("gha") + "\n"
    t += "      - name: Run collection\n        run: |\n          postman collection run \"%s\" \\\n            --environment \"%s\" \\\n            --reporters cli,junit --reporter-junit-export results/junit.xml\n" % (uid, postman_uid(r))
    t += "      - uses: actions/upload-artifact@v4\n        if: always()\n        with:\n          name: postman-results\n          path: results/\n"
    return ".github/workflows/api-tests.yml", t


@tpl("postman_sync_sh", "postman", "api_key", "pmak", "POSTMAN_API_KEY")
def _(r, s):
    uid = postman_uid(r)
    t = "#!/usr/bin/env bash\n# Pull the latest collection from the team workspace and commit it next to the spec.\nset -euo pipefail\n\n"
    t += "COLLECTION_UID=\"%s\"\nOUT=\"postman/collection.json\"\n\n" % uid
    t += "curl --fail --silent --show-error \\\n  -H \"X-Api-Key: %s\" \\\n  \"https://api.getpostman.com/collections/${COLLECTION_UID}\" \\\n  | jq '.collection' > \"$OUT\"\n\n" % s.raw("sh")
    t += "echo \"Saved $(jq '.item | length' \"$OUT\") folders to $OUT\"\n"
    return maybe_prefix(r, "scripts/pull-collection.sh"), t


@tpl("postman_sync_py", "postman", "api_key", "pmak", "POSTMAN_API_KEY")
def _(r, s):
    ws = uuid4(r)
    t = '"""Sync OpenAPI definitions into Postman so the collection never drifts from the spec."""\n'
    t += pyos(s) + "import json\nimport pathlib\n\nimport requests\n\nAPI = \"https://api.getpostman.com\"\nWORKSPACE_ID = \"%s\"\n\n" % ws
    t += "session = requests.Session()\nsession.headers.update({\"X-API-Key\": %s, \"Accept\": \"application/vnd.api.v10+json\"})\n\n\n" % s.lit("py")
    t += "def push_spec(path: pathlib.Path) -> str:\n    spec = path.read_text()\n    resp = session.post(\n        f\"{API}/specs\",\n        params={\"workspaceId\": WORKSPACE_ID},\n        json={\"name\": path.stem, \"type\": \"OPENAPI:3.0\", \"files\": [{\"path\": \"index.yaml\", \"content\": spec}]},\n        timeout=30,\n    )\n    resp.raise_for_status()\n    return resp.json()[\"id\"]\n\n\n"
    t += "if __name__ == \"__main__\":\n    for p in sorted(pathlib.Path(\"openapi\").glob(\"*.yaml\")):\n        print(p.name, push_spec(p))\n"
    return maybe_prefix(r, "tools/postman_sync.py"), t


@tpl("postman_ts_axios", "postman", "api_key", "pmak", "POSTMAN_API_KEY")
def _(r, s):
    t = "import axios from 'axios';\nimport { writeFile } from 'node:fs/promises';\n\n"
    t += "const postman = axios.create({\n  baseURL: 'https://api.getpostman.com',\n  headers: { 'x-api-key': %s },\n  timeout: 15_000,\n});\n\n" % s.lit("ts", "'")
    t += "export async function exportCollection(uid: string, file: string): Promise<void> {\n  const { data } = await postman.get(`/collections/${uid}`);\n  await writeFile(file, JSON.stringify(data.collection, null, 2));\n}\n\n"
    t += "if (require.main === module) {\n  exportCollection(process.argv[2] ?? '%s', 'collection.json').catch((err) => {\n    console.error(err);\n    process.exit(1);\n  });\n}\n" % postman_uid(r)
    return maybe_prefix(r, "scripts/export-collection.ts"), t


@tpl("postman_newman_pkg", "postman", "api_key", "pmak", "POSTMAN_API_KEY")
def _(r, s):
    uid = postman_uid(r)
    scripts = {
        "build": "tsc -p .",
        "lint:spec": "redocly lint openapi/openapi.yaml",
        "test": "vitest run",
        "test:api": "newman run \"https://api.getpostman.com/collections/%s?apikey=%s\" -e postman/env.staging.json" % (uid, s.raw("sh")),
        "docs:preview": "redocly preview-docs openapi/openapi.yaml",
    }
    body = {"name": "@%s/%s" % (org(r), proj(r)), "version": semver(r), "private": True, "scripts": scripts,
            "devDependencies": {"@redocly/cli": "^1.%d.0" % r.randint(10, 25), "newman": "^6.1.%d" % r.randint(0, 3),
                                "typescript": "^5.%d.2" % r.randint(2, 6), "vitest": "^1.%d.0" % r.randint(2, 6)}}
    return maybe_prefix(r, "package.json"), json.dumps(body, indent=2) + "\n"


@tpl("postman_pmat_readme", "postman-collection", "access_key_url", "pmat", "POSTMAN_ACCESS_KEY")
def _(r, s):
    uid = postman_uid(r)
    p = proj(r)
    t = "# %s\n\nInternal REST API for the %s service.\n\n## Try it\n\n" % (p, p)
    t += "Import the collection straight into Postman (read-only link for the QA team):\n\n"
    t += "```\nhttps://api.postman.com/collections/%s?access_key=%s\n```\n\n" % (uid, s.raw("md"))
    t += "## Local development\n\n```bash\nmake up\nmake seed\ncurl -s localhost:8080/healthz\n```\n\n## Spec\n\nThe OpenAPI description lives in `openapi/openapi.yaml`; run `npm run lint:spec` before pushing.\n"
    return maybe_prefix(r, "README.md"), t


@tpl("postman_makefile", "postman", "api_key", "pmak", "POSTMAN_API_KEY")
def _(r, s):
    uid = postman_uid(r)
    t = "SPEC := openapi/openapi.yaml\nCOLLECTION_UID := %s\nPOSTMAN_API_KEY ?= %s\n\n" % (uid, s.raw("sh"))
    t += ".PHONY: lint bundle collection\n\nlint:\n\tnpx @redocly/cli lint $(SPEC)\n\nbundle:\n\tnpx @redocly/cli bundle $(SPEC) -o dist/openapi.json\n\n"
    t += "collection: bundle\n\tcurl -sf -X PUT \\\n\t  -H \"X-Api-Key: $(POSTMAN_API_KEY)\" -H 'Content-Type: application/json' \\\n\t  --data @dist/collection.json \\\n\t  https://api.getpostman.com/collections/$(COLLECTION_UID)\n"
    return maybe_prefix(r, "Makefile"), t


@tpl("postman_dotenv", "postman", "api_key", "pmak", "POSTMAN_API_KEY")
def _(r, s):
    t = "# local only\nNODE_ENV=development\nPORT=%d\nPOSTMAN_WORKSPACE_ID=%s\nPOSTMAN_API_KEY=%s\nLOG_LEVEL=debug\n" % (pick(r, [3000, 4000, 8080]), uuid4(r), s.raw("sh"))
    return pick(r, [".env", ".env.local"]), t


@tpl("postman_newman_log", "postman", "api_key", "pmak", "POSTMAN_API_KEY")
def _(r, s):
    lines = []
    for i in range(r.randint(2, 4)):
        lines.append("→ %s\n  GET https://api.%s.dev/v1/%s [200 OK, %dB, %dms]\n  ✓  status is 200\n" % (
            pick(r, ["List orders", "Get invoice", "Health", "List users"]), org(r), pick(r, ["orders", "invoices", "health", "users"]),
            r.randint(200, 9000), r.randint(20, 400)))
    t = "newman\n\n%s\n\n" % proj(r) + "\n".join(lines)
    t += "\n→ Sync collection\n  PUT https://api.getpostman.com/collections/%s [200 OK, 1.2kB, 311ms]\n" % postman_uid(r)
    t += "  request headers:\n    User-Agent: PostmanRuntime/7.39.0\n    x-api-key: %s\n    Accept: */*\n" % s.raw("log")
    t += "\n┌─────────────────────────┬──────────┬──────────┐\n│                         │ executed │   failed │\n├─────────────────────────┼──────────┼──────────┤\n│              requests   │ %8d │        0 │\n└─────────────────────────┴──────────┴──────────┘\n" % (len(lines) + 1)
    return "logs/newman-%s.log" % date(r), t


# ---- ReadMe
@tpl("readme_gha_rdme", "readme", "ci_publish_token", "rdme", "README_API_KEY")
def _(r, s):
    t = gha_head(r, "Sync OpenAPI to ReadMe") + "  rdme-openapi:\n    runs-on: ubuntu-latest\n    steps:\n" + co(r)
    t += "      - name: Upload API definition\n        uses: readmeio/rdme@v%d\n        with:\n" % pick(r, [8, 9, 10])
    t += "          rdme: openapi upload openapi/openapi.yaml --key=%s --slug=%s\n" % (s.raw("gha"), proj(r))
    return ".github/workflows/readme-sync.yml", t


@tpl("readme_pkg_script", "readme", "api_key", "rdme", "README_API_KEY")
def _(r, s):
    body = {"name": "%s-docs" % proj(r), "version": semver(r), "private": True,
            "scripts": {"lint": "rdme openapi validate openapi.yaml",
                        "docs:sync": "rdme docs ./guides --key %s --version %s" % (s.raw("sh"), "v" + semver(r)[:3]),
                        "docs:check": "markdownlint guides/**/*.md"},
            "devDependencies": {"rdme": "^%d.%d.%d" % (pick(r, [8, 9, 10]), r.randint(0, 6), r.randint(0, 9)), "markdownlint-cli": "^0.39.0"}}
    return maybe_prefix(r, "package.json"), json.dumps(body, indent=2) + "\n"


@tpl("readme_metrics_express", "readme", "api_key", "rdme", "README_API_KEY")
def _(r, s):
    t = "import express from 'express';\nimport readme from 'readmeio';\nimport { router } from './routes.js';\n\nconst app = express();\napp.use(express.json());\n\n"
    t += "app.use((req, res, next) => {\n  readme.log(%s, req, res, {\n    apiKey: req.get('x-api-key'),\n    label: req.user?.name,\n    email: req.user?.email,\n  });\n  next();\n});\n\n" % s.lit("js", "'")
    t += "app.use('/v1', router);\napp.listen(process.env.PORT || %d);\n" % pick(r, [3000, 8080, 4000])
    return maybe_prefix(r, "src/server.js"), t


@tpl("readme_metrics_django", "readme", "api_key", "rdme", "README_API_KEY")
def _(r, s):
    t = "# Developer dashboard: send API logs to ReadMe Metrics\n" + pyos(s) + "from .base import *  # noqa\n\nMIDDLEWARE += [\"readme_metrics.django.MetricsMiddleware\"]\n\n"
    t += "README_METRICS_CONFIG = {\n    \"API_KEY\": %s,\n    \"GROUPING_FUNCTION\": \"%s.metrics.group_by_account\",\n    \"BUFFER_LENGTH\": %d,\n    \"DENYLIST\": [\"password\", \"card_number\"],\n}\n" % (s.lit("py"), proj(r).replace("-", "_"), pick(r, [1, 10, 25]))
    return maybe_prefix(r, "config/settings/metrics.py"), t


@tpl("readme_curl_user", "readme", "api_key", "rdme", "README_API_KEY")
def _(r, s):
    t = "#!/bin/sh\n# Re-upload the API definition to the legacy dash (v1 API uses basic auth, key as username)\nset -e\nSPEC_ID=%s\n\n" % objectid(r)
    t += "curl --request PUT \\\n  --url \"https://dash.readme.com/api/v1/api-specification/$SPEC_ID\" \\\n  --user %s: \\\n  --header 'x-readme-version: v%s' \\\n  --form spec=@openapi.json\n" % (s.raw("sh"), semver(r)[:3])
    return maybe_prefix(r, "scripts/readme-upload.sh"), t


@tpl("readme_ruby_rack", "readme", "api_key", "rdme", "README_API_KEY")
def _(r, s):
    t = "require \"readme/metrics\"\n\n# Ship request logs to the developer hub so support can see a customer's calls.\n"
    t += "Rails.application.config.middleware.use Readme::Metrics, {\n  api_key: %s,\n  development: Rails.env.development?,\n  reject_params: [\"password\", \"token\"]\n} do |env|\n  user = env[\"warden\"].user\n  { api_key: user&.api_key_id, label: user&.name, email: user&.email }\nend\n" % s.lit("rb")
    return "config/initializers/readme_metrics.rb", t


# ---- GitBook
@tpl("gitbook_gha_openapi", "gitbook", "ci_publish_token", "gitbook", "GITBOOK_TOKEN")
def _(r, s):
    t = gha_head(r, "Publish OpenAPI to GitBook") + "  publish:\n    runs-on: ubuntu-latest\n    env:\n      GITBOOK_TOKEN: %s\n    steps:\n" % s.raw("gha") + co(r) + setup_node(r)
    t += "      - run: npx -y @gitbook/cli@latest openapi publish --spec %s --organization %s openapi/openapi.yaml\n" % (proj(r), gb_id(r))
    return ".github/workflows/gitbook.yml", t


@tpl("gitbook_py_export", "gitbook", "api_key", "gitbook", "GITBOOK_TOKEN")
def _(r, s):
    t = pyos(s) + "import requests\n\nSPACE_ID = \"%s\"\nTOKEN = %s\n\n" % (gb_id(r), s.lit("py"))
    t += "def list_pages():\n    resp = requests.get(\n        f\"https://api.gitbook.com/v1/spaces/{SPACE_ID}/content\",\n        headers={\"Authorization\": f\"Bearer {TOKEN}\"},\n        timeout=20,\n    )\n    resp.raise_for_status()\n    for page in resp.json()[\"pages\"]:\n        print(page[\"id\"], page[\"title\"])\n\n\nif __name__ == \"__main__\":\n    list_pages()\n"
    return maybe_prefix(r, "scripts/gitbook_pages.py"), t


@tpl("gitbook_ts_client", "gitbook", "api_key", "gitbook", "GITBOOK_TOKEN")
def _(r, s):
    t = "import { GitBookAPI } from '@gitbook/api';\n\nconst client = new GitBookAPI({\n  authToken: %s,\n});\n\n" % s.lit("ts", "'")
    t += "export async function siteSpaces(orgId = '%s') {\n  const { data } = await client.orgs.listSpacesInOrganizationById(orgId);\n  return data.items.map((sp) => ({ id: sp.id, title: sp.title }));\n}\n" % gb_id(r)
    return maybe_prefix(r, "src/integrations/gitbook.ts"), t


@tpl("gitbook_curl_md", "gitbook", "api_key", "gitbook", "GITBOOK_TOKEN")
def _(r, s):
    t = "# Docs migration notes\n\nWe export every page as Markdown before switching the docs site over.\n\n"
    t += "```bash\ncurl -s -H \"Authorization: Bearer %s\" \\\n  https://api.gitbook.com/v1/spaces/%s/content | jq '.pages[].path'\n```\n\n" % (s.raw("md"), gb_id(r))
    t += "- [x] export pages\n- [ ] rewrite internal links\n- [ ] redirect old URLs (`/docs/*` -> `/guides/*`)\n"
    return "docs/migration/gitbook-export.md", t


@tpl("gitbook_sql_seed", "gitbook", "api_key", "gitbook", "GITBOOK_TOKEN")
def _(r, s):
    t = "-- seed data for the docs-sync worker (local dev)\nINSERT INTO integrations (id, provider, workspace, token, created_at) VALUES\n"
    t += "  (%d, 'gitbook', '%s', %s, '%s');\n\n" % (r.randint(1, 50), gb_id(r), s.lit("sql", "'"), date(r))
    t += "INSERT INTO sync_jobs (integration_id, cron, enabled) VALUES\n  (1, '*/30 * * * *', true);\n"
    return maybe_prefix(r, "db/seeds/002_integrations.sql"), t


# ---- Kong Konnect
@tpl("konnect_deck_yaml", "kong-konnect", "pat", "kpat", "KONNECT_TOKEN")
def _(r, s):
    t = "# decK defaults for the platform team\nkonnect-addr: https://%s.api.konghq.com\nkonnect-control-plane-name: %s\nkonnect-token: %s\nselect-tag:\n  - %s\nparallelism: %d\n" % (
        pick(r, ["us", "eu", "au"]), pick(r, ["production", "apiops-prod", "default"]), s.raw("yaml"), proj(r), pick(r, [5, 10]))
    return maybe_prefix(r, ".deck.yaml"), t


@tpl("konnect_tf_provider", "kong-konnect", "pat", "kpat", "KONNECT_TOKEN")
def _(r, s):
    t = "terraform {\n  required_providers {\n    konnect = {\n      source  = \"kong/konnect\"\n      version = \"~> %d.%d\"\n    }\n  }\n}\n\n" % (pick(r, [2, 3]), r.randint(0, 9))
    t += "provider \"konnect\" {\n  personal_access_token = %s\n  server_url            = \"https://%s.api.konghq.com\"\n}\n\n" % (s.lit("tf"), pick(r, ["us", "eu"]))
    t += "resource \"konnect_gateway_control_plane\" \"main\" {\n  name         = \"%s\"\n  cluster_type = \"CLUSTER_TYPE_CONTROL_PLANE\"\n  auth_type    = \"pinned_client_certs\"\n}\n" % proj(r)
    return maybe_prefix(r, "infra/konnect/main.tf"), t


@tpl("konnect_gha_deck", "kong-konnect", "ci_publish_token", "kpat", "KONNECT_TOKEN")
def _(r, s):
    t = gha_head(r, "APIOps: sync gateway config") + "  deck-sync:\n    runs-on: ubuntu-latest\n    steps:\n" + co(r)
    t += "      - uses: kong/setup-deck@v1\n        with:\n          deck-version: '1.%d.0'\n" % r.randint(35, 42)
    t += "      - run: deck gateway validate kong.yaml\n      - run: >\n          deck gateway sync kong.yaml\n          --konnect-control-plane-name %s\n          --konnect-token %s\n" % (proj(r), s.raw("gha"))
    return ".github/workflows/apiops.yml", t


@tpl("konnect_kongctl_sh", "kong-konnect", "pat", "kpat", "KONGCTL_DEFAULT_KONNECT_PAT")
def _(r, s):
    t = "#!/usr/bin/env bash\n# Apply declarative portal + API config with kongctl\nset -euo pipefail\n\n"
    t += "export KONGCTL_DEFAULT_KONNECT_PAT=\"%s\"\n\nkongctl apply -f konnect/portal.yaml -f konnect/apis.yaml --auto-approve\nkongctl get portals -o table\n" % s.raw("sh")
    return maybe_prefix(r, "scripts/apply-portal.sh"), t


@tpl("konnect_py_spat", "kong-konnect", "pat", "spat", "KONNECT_SPAT")
def _(r, s):
    t = "\"\"\"Nightly job: publish API specs to the Konnect developer portal.\"\"\"\n" + pyos(s) + "import httpx\n\nKONNECT = \"https://us.api.konghq.com\"\nPORTAL_ID = \"%s\"\n\n" % uuid4(r)
    t += "client = httpx.Client(base_url=KONNECT, headers={\"Authorization\": \"Bearer \" + %s}, timeout=30)\n\n\n" % s.lit("py")
    t += "def publish(api_id: str) -> None:\n    r = client.put(f\"/v3/portals/{PORTAL_ID}/apis/{api_id}/publications\", json={\"visibility\": \"public\"})\n    r.raise_for_status()\n"
    return maybe_prefix(r, "jobs/publish_portal.py"), t


@tpl("konnect_runbook_md", "kong-konnect", "pat", "kpat", "KONNECT_TOKEN")
def _(r, s):
    cp = uuid4(r)
    t = "## Konnect: export services before an upgrade\n\n1. Check the control plane id in the UI (`%s`).\n2. Export:\n\n" % cp
    t += "```sh\ncurl -s \"https://us.api.konghq.com/v2/control-planes/%s/core-entities/services\" \\\n  --header \"Authorization: Bearer %s\" | jq > kong_services.json\n```\n\n3. Diff against `kong.yaml` with `deck file diff`.\n" % (cp, s.raw("md"))
    return "docs/runbooks/konnect-export.md", t


@tpl("konnect_k8s_secret", "kong-konnect", "pat", "kpat", "KONNECT_TOKEN")
def _(r, s):
    helm = r.random() < 0.4
    t = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: konnect-pat\n  namespace: kong\n  labels:\n    app.kubernetes.io/part-of: %s\ntype: Opaque\nstringData:\n  token: %s\n" % (proj(r), s.raw("helm" if helm else "yaml"))
    t += "---\napiVersion: konghq.com/v1alpha1\nkind: KonnectAPIAuthConfiguration\nmetadata:\n  name: konnect-auth\n  namespace: kong\nspec:\n  type: secretRef\n  secretRef:\n    name: konnect-pat\n  serverURL: us.api.konghq.com\n"
    return maybe_prefix(r, "deploy/chart/templates/konnect-auth.yaml" if helm else "deploy/k8s/konnect-auth.yaml"), t


# ---- RapidAPI
RAPID_HOSTS = ["weatherapi-com.p.rapidapi.com", "google-translate1.p.rapidapi.com", "imdb8.p.rapidapi.com",
               "api-football-v1.p.rapidapi.com", "currency-exchange.p.rapidapi.com", "jsearch.p.rapidapi.com",
               "text-sentiment.p.rapidapi.com", "geodb-cities.p.rapidapi.com"]


@tpl("rapid_js_axios", "rapidapi", "api_key", "rapid", "RAPIDAPI_KEY")
def _(r, s):
    host = pick(r, RAPID_HOSTS)
    t = "import axios from 'axios';\n\nconst options = {\n  method: 'GET',\n  url: 'https://%s/%s',\n  params: { q: 'London', days: '3' },\n  headers: {\n    'X-RapidAPI-Key': %s,\n    'X-RapidAPI-Host': '%s',\n  },\n};\n\n" % (host, pick(r, ["forecast.json", "search", "v1/list"]), s.lit("js", "'"), host)
    t += "export async function fetchForecast() {\n  const { data } = await axios.request(options);\n  return data;\n}\n"
    return maybe_prefix(r, "src/api/%s.js" % pick(r, ["weather", "lookup", "search"])), t


@tpl("rapid_py_requests", "rapidapi", "api_key", "rapid", "RAPIDAPI_KEY")
def _(r, s):
    host = pick(r, RAPID_HOSTS)
    t = pyos(s) + "import requests\n\nURL = \"https://%s/language/translate/v2\"\n\n" % host
    t += "HEADERS = {\n    \"content-type\": \"application/x-www-form-urlencoded\",\n    \"x-rapidapi-key\": %s,\n    \"x-rapidapi-host\": \"%s\",\n}\n\n\n" % (s.lit("py"), host)
    t += "def translate(text: str, target: str = \"es\") -> str:\n    resp = requests.post(URL, data={\"q\": text, \"target\": target}, headers=HEADERS, timeout=10)\n    resp.raise_for_status()\n    return resp.json()[\"data\"][\"translations\"][0][\"translatedText\"]\n"
    return maybe_prefix(r, "app/services/translate.py"), t


@tpl("rapid_php_curl", "rapidapi", "api_key", "rapid", "RAPIDAPI_KEY")
def _(r, s):
    host = pick(r, RAPID_HOSTS)
    t = "<?php\n\nnamespace App\\Clients;\n\nclass RapidClient\n{\n    private const HOST = '%s';\n\n    public function get(string $path): array\n    {\n        $ch = curl_init('https://' . self::HOST . $path);\n" % host
    if s.mode == "envref":
        hdr = "                'x-rapidapi-key: ' . %s,\n" % s.lit("php")
    else:
        hdr = "                'x-rapidapi-key: %s',\n" % s.raw()
    t += "        curl_setopt_array($ch, [\n            CURLOPT_RETURNTRANSFER => true,\n            CURLOPT_HTTPHEADER => [\n" + hdr
    t += "                'x-rapidapi-host: ' . self::HOST,\n            ],\n        ]);\n        $body = curl_exec($ch);\n        curl_close($ch);\n        return json_decode($body, true) ?? [];\n    }\n}\n"
    return maybe_prefix(r, "app/Clients/RapidClient.php"), t


@tpl("rapid_java_okhttp", "rapidapi", "api_key", "rapid", "RAPIDAPI_KEY")
def _(r, s):
    host = pick(r, RAPID_HOSTS)
    t = "package com.%s.integrations;\n\nimport okhttp3.OkHttpClient;\nimport okhttp3.Request;\nimport okhttp3.Response;\n\npublic final class JobSearchClient {\n" % org(r).replace("-", "")
    t += "    private final OkHttpClient http = new OkHttpClient();\n\n    public String search(String query) throws java.io.IOException {\n        Request request = new Request.Builder()\n"
    t += "            .url(\"https://%s/search?query=\" + query + \"&page=1\")\n            .get()\n            .addHeader(\"X-RapidAPI-Key\", %s)\n            .addHeader(\"X-RapidAPI-Host\", \"%s\")\n            .build();\n" % (host, s.lit("java"), host)
    t += "        try (Response response = http.newCall(request).execute()) {\n            return response.body().string();\n        }\n    }\n}\n"
    return maybe_prefix(r, "src/main/java/com/acme/integrations/JobSearchClient.java"), t


@tpl("rapid_cs_httpclient", "rapidapi", "api_key", "rapid", "RAPIDAPI_KEY")
def _(r, s):
    host = pick(r, RAPID_HOSTS)
    t = "using System.Net.Http;\nusing System.Threading.Tasks;\n\nnamespace %s.Services\n{\n    public class CurrencyService\n    {\n        private static readonly HttpClient Client = new HttpClient();\n\n        static CurrencyService()\n        {\n" % proj(r).title().replace("-", "")
    t += "            Client.DefaultRequestHeaders.Add(\"X-RapidAPI-Key\", %s);\n            Client.DefaultRequestHeaders.Add(\"X-RapidAPI-Host\", \"%s\");\n        }\n\n" % (s.lit("cs"), host)
    t += "        public Task<string> RateAsync(string from, string to) =>\n            Client.GetStringAsync($\"https://%s/exchange?from={from}&to={to}\");\n    }\n}\n" % host
    return maybe_prefix(r, "src/Services/CurrencyService.cs"), t


@tpl("rapid_yaml_config", "rapidapi", "api_key", "rapid", "RAPIDAPI_KEY")
def _(r, s):
    t = "server:\n  port: %d\n\nintegrations:\n  geodb:\n    base-url: https://geodb-cities.p.rapidapi.com/v1/geo\n    host: geodb-cities.p.rapidapi.com\n    key: %s\n    timeout: 5s\n  cache:\n    ttl: 10m\n" % (pick(r, [8080, 8081, 9000]), s.raw("yaml"))
    return maybe_prefix(r, "src/main/resources/application.yml"), t


@tpl("rapid_csv_fixture", "rapidapi", "api_key", "rapid", "RAPIDAPI_KEY")
def _(r, s):
    t = "name,host,key,plan,monthly_quota\n"
    t += "sentiment,text-sentiment.p.rapidapi.com,%s,BASIC,%d\n" % (s.raw("csv"), pick(r, [500, 1000, 10000]))
    return maybe_prefix(r, "tests/fixtures/providers.csv"), t


# ---- SwaggerHub
@tpl("swaggerhub_gha", "swaggerhub", "ci_publish_token", "uuid", "SWAGGERHUB_API_KEY")
def _(r, s):
    o = org(r)
    t = gha_head(r, "Publish to SwaggerHub", on_push=False) + "  publish:\n    runs-on: ubuntu-latest\n    env:\n      SWAGGERHUB_API_KEY: %s\n    steps:\n" % s.raw("gha") + co(r) + setup_node(r)
    t += "      - run: npm i -g swaggerhub-cli\n      - run: swaggerhub api:create %s/%s/${{ github.event.release.tag_name }} -f openapi.yaml --published=publish --setdefault\n" % (o, proj(r))
    return ".github/workflows/swaggerhub.yml", t


@tpl("swaggerhub_pom", "swaggerhub", "api_key", "uuid", "SWAGGERHUB_API_KEY")
def _(r, s):
    t = "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>com.%s</groupId>\n  <artifactId>%s</artifactId>\n  <version>%s</version>\n\n  <build>\n    <plugins>\n" % (org(r).replace("-", ""), proj(r), semver(r))
    t += "      <plugin>\n        <groupId>io.swagger</groupId>\n        <artifactId>swaggerhub-maven-plugin</artifactId>\n        <version>1.0.%d</version>\n        <executions>\n          <execution>\n            <phase>deploy</phase>\n            <goals><goal>upload</goal></goals>\n            <configuration>\n" % r.randint(5, 10)
    t += "              <api>%s</api>\n              <owner>%s</owner>\n              <version>${project.version}</version>\n              <inputFile>target/openapi.json</inputFile>\n              <token>%s</token>\n" % (proj(r), org(r), s.raw("xml"))
    t += "            </configuration>\n          </execution>\n        </executions>\n      </plugin>\n    </plugins>\n  </build>\n</project>\n"
    return maybe_prefix(r, "pom.xml"), t


@tpl("swaggerhub_curl", "swaggerhub", "api_key", "uuid", "SWAGGERHUB_API_KEY")
def _(r, s):
    t = "#!/usr/bin/env bash\nset -euo pipefail\nOWNER=%s\nAPI=%s\nVERSION=\"${1:?version}\"\n\n" % (org(r), proj(r))
    t += "curl -sf -X POST \"https://api.swaggerhub.com/apis/$OWNER/$API?version=$VERSION&isPrivate=true\" \\\n  -H \"Authorization: %s\" \\\n  -H 'Content-Type: application/yaml' \\\n  --data-binary @openapi.yaml\n" % s.raw("sh")
    return maybe_prefix(r, "scripts/swaggerhub-push.sh"), t


@tpl("swaggerhub_cli_config", "swaggerhub", "api_key", "uuid", "SWAGGERHUB_API_KEY")
def _(r, s):
    body = {"SWAGGERHUB_URL": "https://api.swaggerhub.com", "SWAGGERHUB_API_KEY": s.raw("json")}
    return "tools/swaggerhub-cli/config.json", json.dumps(body, indent=2) + "\n"


# ---- Redocly
@tpl("redocly_gha_push", "redocly", "ci_publish_token", "alnum40", "REDOCLY_AUTHORIZATION")
def _(r, s):
    t = gha_head(r, "Push API to Redocly") + "  push:\n    runs-on: ubuntu-latest\n    steps:\n" + co(r) + setup_node(r)
    t += "      - name: redocly push\n        env:\n          REDOCLY_AUTHORIZATION: %s\n        run: >\n          npx @redocly/cli@latest push openapi/openapi.yaml\n          --organization %s --project %s --mount-path /apis/%s\n          --branch ${{ github.ref_name }} --author \"${{ github.actor }} <${{ github.actor }}@users.noreply.github.com>\"\n          --message \"${{ github.event.head_commit.message }}\"\n" % (s.raw("gha"), org(r), proj(r), proj(r))
    return ".github/workflows/redocly-push.yml", t


@tpl("redocly_yaml_resolve", "redocly", "bearer_token", "jwt", "SPEC_REGISTRY_TOKEN")
def _(r, s):
    o = org(r)
    t = "extends:\n  - recommended\n\napis:\n  public@v1:\n    root: openapi/public.yaml\n  internal@v1:\n    root: https://specs.internal.%s.io/internal/openapi.yaml\n\n" % o
    t += "rules:\n  operation-4xx-response: warn\n  no-server-example.com: error\n\nresolve:\n  http:\n    headers:\n      - matches: https://specs.internal.%s.io/**\n        name: Authorization\n        value: 'Bearer %s'\n" % (o, s.raw("yaml"))
    return maybe_prefix(r, "redocly.yaml"), t


@tpl("redocly_sh_push", "redocly", "api_key", "alnum40", "REDOCLY_AUTHORIZATION")
def _(r, s):
    t = "#!/usr/bin/env sh\n# manual push when CI is down\nREDOCLY_AUTHORIZATION=%s npx @redocly/cli push openapi/openapi.yaml \\\n  --organization %s --project %s --mount-path /apis --branch main \\\n  --author \"%s <%s@%s.com>\" --message \"manual push\"\n" % (s.raw("sh"), org(r), proj(r), pick(r, PEOPLE).title(), pick(r, PEOPLE), org(r))
    return maybe_prefix(r, "bin/push-docs.sh"), t


# ---- Mintlify
@tpl("mintlify_gha_update", "mintlify", "api_key", "mint", "MINTLIFY_API_KEY")
def _(r, s):
    pid = objectid(r)
    t = gha_head(r, "Rebuild docs after backend release", on_push=False) + "  trigger-docs:\n    runs-on: ubuntu-latest\n    steps:\n"
    t += "      - name: Trigger Mintlify update\n        run: |\n          curl -sf -X POST https://api.mintlify.com/v1/project/update/%s \\\n            -H \"Authorization: Bearer %s\"\n" % (pid, s.raw("gha"))
    return ".github/workflows/docs-rebuild.yml", t


@tpl("mintlify_ts_agent", "mintlify", "api_key", "mint", "MINTLIFY_API_KEY")
def _(r, s):
    pid = objectid(r)
    t = "const MINTLIFY_ADMIN_KEY = %s;\nconst PROJECT_ID = '%s';\n\n" % (s.lit("ts", "'"), pid)
    t += "export async function triggerPreview(branch: string) {\n  const res = await fetch(`https://api.mintlify.com/v1/project/preview/${PROJECT_ID}`, {\n    method: 'POST',\n    headers: { Authorization: `Bearer ${MINTLIFY_ADMIN_KEY}`, 'Content-Type': 'application/json' },\n    body: JSON.stringify({ branch }),\n  });\n  if (!res.ok) throw new Error(`preview failed: ${res.status}`);\n  return res.json();\n}\n"
    return maybe_prefix(r, "scripts/docs-preview.ts"), t


@tpl("mintlify_jwt_pem", "mintlify", "private_key", "ecpem", "DOCS_JWT_PRIVATE_KEY")
def _(r, s):
    t = "import { SignJWT, importPKCS8 } from 'jose';\n\n// Personalised docs: we sign a short-lived JWT and redirect to the docs site.\n"
    if s.mode == "secret" or s.mode == "placeholder":
        t += "const PRIVATE_KEY = `%s`;\n\n" % s.raw()
    else:
        t += "const PRIVATE_KEY = %s;\n\n" % s.lit("ts", "'")
    t += "export async function docsRedirect(user: { id: string; plan: string }) {\n  const key = await importPKCS8(PRIVATE_KEY, 'ES256');\n  const jwt = await new SignJWT({ expiresAt: Math.floor(Date.now() / 1000) + 7200, groups: [user.plan] })\n    .setProtectedHeader({ alg: 'ES256' })\n    .setExpirationTime('10s')\n    .sign(key);\n  return `https://docs.%s.com/login/jwt-callback#${jwt}`;\n}\n" % org(r)
    return maybe_prefix(r, "src/auth/docs-jwt.ts"), t


# ---- Stainless
@tpl("stainless_gha", "stainless", "ci_publish_token", "stainless", "STAINLESS_API_KEY")
def _(r, s):
    t = gha_head(r, "Upload spec to Stainless") + "  stainless:\n    runs-on: ubuntu-latest\n    steps:\n" + co(r)
    t += "      - uses: stainless-api/upload-openapi-spec-action@main\n        with:\n          stainless_api_key: %s\n          input_path: openapi/openapi.yaml\n          config_path: stainless.yml\n          project_name: %s\n" % (s.raw("gha"), proj(r))
    return ".github/workflows/stainless.yml", t


@tpl("stainless_dockerfile", "stainless", "api_key", "stainless", "STAINLESS_API_KEY")
def _(r, s):
    t = "FROM node:%d-alpine AS docs\nWORKDIR /site\nCOPY package.json pnpm-lock.yaml ./\nRUN corepack enable && pnpm install --frozen-lockfile\nCOPY . .\n" % pick(r, [18, 20, 22])
    t += "ENV STAINLESS_API_KEY=%s\nRUN pnpm astro build\n\nFROM nginx:1.27-alpine\nCOPY --from=docs /site/dist /usr/share/nginx/html\n" % s.raw("docker")
    return maybe_prefix(r, "docs/Dockerfile"), t


# ---- Speakeasy
@tpl("speakeasy_gha_inline", "speakeasy", "ci_publish_token", "b64url43", "SPEAKEASY_API_KEY")
def _(r, s):
    t = "name: Generate\npermissions:\n  checks: write\n  contents: write\n  pull-requests: write\n  statuses: write\n\"on\":\n  workflow_dispatch:\n    inputs:\n      force:\n        description: Force generation of SDKs\n        type: boolean\n        default: false\n  schedule:\n    - cron: 0 0 * * *\njobs:\n  generate:\n"
    t += "    uses: speakeasy-api/sdk-generation-action/.github/workflows/workflow-executor.yaml@v15\n    with:\n      force: ${{ github.event.inputs.force }}\n      mode: pr\n      speakeasy_version: latest\n    secrets:\n      github_access_token: ${{ secrets.GITHUB_TOKEN }}\n      npm_token: ${{ secrets.NPM_TOKEN }}\n      speakeasy_api_key: %s\n" % s.raw("gha")
    return ".github/workflows/sdk_generation.yaml", t


@tpl("speakeasy_sh", "speakeasy", "api_key", "b64url43", "SPEAKEASY_API_KEY")
def _(r, s):
    t = "#!/usr/bin/env bash\n# regenerate all SDK targets locally\nset -euo pipefail\ncd \"$(dirname \"$0\")/..\"\n\nexport SPEAKEASY_API_KEY=\"%s\"\nspeakeasy run --target all --skip-versioning\ngit status --short sdks/\n" % s.raw("sh")
    return maybe_prefix(r, "scripts/gen-sdks.sh"), t


# ---- Fern
@tpl("fern_gha", "fern", "ci_publish_token", "alnum32", "FERN_TOKEN")
def _(r, s):
    t = gha_head(r, "Release SDKs", on_push=False) + "  release:\n    runs-on: ubuntu-latest\n    steps:\n" + co(r) + setup_node(r)
    t += "      - run: npm install -g fern-api\n      - name: Generate and publish\n        env:\n          FERN_TOKEN: %s\n          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n        run: fern generate --group publish --version ${{ github.event.release.tag_name }} --log-level debug\n" % s.raw("gha")
    return ".github/workflows/fern-release.yml", t


@tpl("fern_makefile", "fern", "api_key", "alnum32", "FERN_TOKEN")
def _(r, s):
    t = "FERN ?= npx fern-api\nexport FERN_TOKEN := %s\n\n.PHONY: check docs-preview sdks\n\ncheck:\n\t$(FERN) check\n\ndocs-preview:\n\t$(FERN) generate --docs --preview\n\nsdks:\n\t$(FERN) generate --group local\n" % s.raw("sh")
    return maybe_prefix(r, "fern/Makefile"), t


# ---- Bump.sh
@tpl("bump_gha", "bump-sh", "ci_publish_token", "alnum32", "BUMP_TOKEN")
def _(r, s):
    t = gha_head(r, "Deploy API documentation") + "  deploy-doc:\n    name: Deploy API doc on Bump.sh\n    runs-on: ubuntu-latest\n    steps:\n" + co(r)
    t += "      - name: Deploy API documentation\n        uses: bump-sh/github-action@v1\n        with:\n          doc: %s\n          token: %s\n          file: openapi/openapi.yaml\n" % (proj(r), s.raw("gha"))
    return ".github/workflows/bump.yml", t


@tpl("bump_pkg", "bump-sh", "api_key", "alnum32", "BUMP_TOKEN")
def _(r, s):
    body = {"name": "%s-api" % proj(r), "version": semver(r), "private": True,
            "scripts": {"spec:bundle": "redocly bundle openapi/openapi.yaml -o dist/openapi.yaml",
                        "spec:deploy": "bump deploy dist/openapi.yaml --doc %s --token %s" % (proj(r), s.raw("sh")),
                        "spec:diff": "bump diff dist/openapi.yaml --doc %s" % proj(r)},
            "devDependencies": {"bump-cli": "^2.%d.0" % r.randint(7, 9), "@redocly/cli": "^1.%d.0" % r.randint(10, 25)}}
    return maybe_prefix(r, "package.json"), json.dumps(body, indent=2) + "\n"


# ---- Stoplight / APIMatic
@tpl("stoplight_gha", "stoplight", "ci_publish_token", "hex40", "STOPLIGHT_TOKEN")
def _(r, s):
    t = gha_head(r, "Publish to Stoplight") + "  publish:\n    runs-on: ubuntu-latest\n    steps:\n" + co(r) + setup_node(r)
    t += "      - run: npx @stoplight/cli@5 push --ci-token %s --directory docs/\n" % s.raw("gha")
    return ".github/workflows/stoplight.yml", t


@tpl("apimatic_sh", "apimatic", "api_key", "b64url43", "APIMATIC_AUTH_KEY")
def _(r, s):
    t = "#!/usr/bin/env bash\n# Build SDK portal with APIMatic\nset -e\nnpx @apimatic/cli auth:login --auth-key=%s\nnpx @apimatic/cli portal:generate --folder=./apimatic-src --destination=./portal\n" % s.raw("sh")
    return maybe_prefix(r, "scripts/build-portal.sh"), t


# ---- Apigee
def pair_id(r, s):
    """Client id / consumer key that goes with the secret: real-looking only in positives."""
    if s.mode == "secret":
        return g_apigee_key(r)
    return pick(r, ["<consumer-key>", "your-client-id", "CONSUMER_KEY", "xxxxxxxxxxxxxxxx"])


@tpl("apigee_properties", "apigee", "client_secret", "apigee_secret", "APIGEE_CONSUMER_SECRET")
def _(r, s):
    o = org(r)
    t = "# partner sandbox app (%s)\napigee.org=%s-eval\napigee.env=%s\napigee.base-url=https://%s-eval.apigee.net/v1\n" % (pick(r, PEOPLE), o, pick(r, ["test", "eval", "prod"]), o)
    t += "apigee.consumer.key=%s\napigee.consumer.secret=%s\napigee.token-path=/oauth/client_credential/accesstoken?grant_type=client_credentials\n" % (pair_id(r, s), s.raw("properties"))
    return maybe_prefix(r, "src/main/resources/apigee.properties"), t


@tpl("apigee_py_oauth", "apigee", "client_secret", "apigee_secret", "APIGEE_CLIENT_SECRET")
def _(r, s):
    t = pyos(s) + "import requests\n\nTOKEN_URL = \"https://api.%s.com/oauth/v2/token\"\nCLIENT_ID = \"%s\"\nCLIENT_SECRET = %s\n\n\n" % (org(r), pair_id(r, s), s.lit("py"))
    t += "def get_token() -> str:\n    resp = requests.post(TOKEN_URL, data={\"grant_type\": \"client_credentials\"}, auth=(CLIENT_ID, CLIENT_SECRET), timeout=10)\n    resp.raise_for_status()\n    return resp.json()[\"access_token\"]\n"
    return maybe_prefix(r, "clients/partner_auth.py"), t


@tpl("apigee_http_file", "apigee", "api_key", "apigee_key", "APIGEE_API_KEY")
def _(r, s):
    o = org(r)
    t = "### List orders (partner key)\nGET https://api.%s.com/v2/orders?limit=20\nx-apikey: %s\nAccept: application/json\n\n### Get single order\nGET https://api.%s.com/v2/orders/%d\nAccept: application/json\n" % (o, s.raw("http"), o, r.randint(10000, 99999))
    return maybe_prefix(r, "requests/orders.http"), t


@tpl("apigee_postman_env", "apigee", "client_secret", "apigee_secret", "CLIENT_SECRET")
def _(r, s):
    vals = [("host", "https://%s-test.apigee.net" % org(r), "default"),
            ("client_id", pair_id(r, s), "default"),
            ("client_secret", s.raw("postman"), "secret"),
            ("access_token", "", "default")]
    body = {"id": uuid4(r), "name": "Apigee partner (test)",
            "values": [{"key": k, "value": v, "type": t, "enabled": True} for k, v, t in vals],
            "_postman_variable_scope": "environment", "_postman_exported_at": ts(r), "_postman_exported_using": "Postman/11.%d.0" % r.randint(1, 30)}
    return "postman/apigee-partner.postman_environment.json", json.dumps(body, indent=2) + "\n"


# ---- Tyk
@tpl("tyk_gateway_conf", "tyk", "admin_secret", "hex32", "TYK_GW_SECRET")
def _(r, s):
    body = {"listen_port": 8080, "secret": s.raw("json"), "template_path": "/opt/tyk-gateway/templates",
            "use_db_app_configs": True, "db_app_conf_options": {"connection_string": "http://tyk-dashboard:3000", "node_is_segmented": False},
            "storage": {"type": "redis", "host": "tyk-redis", "port": 6379, "database": 0, "optimisation_max_idle": 2000},
            "enable_analytics": True, "analytics_config": {"type": "mongo", "ignored_ips": []},
            "policies": {"policy_source": "service", "policy_connection_string": "http://tyk-dashboard:3000"},
            "hash_keys": True, "enable_hashed_keys_listing": True}
    return maybe_prefix(r, "tyk/tyk.conf"), json.dumps(body, indent=2) + "\n"


@tpl("tyk_dashboard_conf", "tyk", "admin_secret", "alnum32", "TYK_DB_ADMINSECRET")
def _(r, s):
    body = {"listen_port": 3000, "tyk_api_config": {"Host": "http://tyk-gateway", "Port": "8080", "Secret": "${TYK_GW_SECRET}"},
            "mongo_url": "mongodb://tyk-mongo:27017/tyk_analytics", "page_size": 10,
            "admin_secret": s.raw("json"), "redis_port": 6379, "redis_host": "tyk-redis",
            "host_config": {"enable_host_names": True, "hostname": "dashboard.%s.internal" % org(r), "portal_domains": {}},
            "http_server_options": {"use_ssl": False}}
    return maybe_prefix(r, "tyk/tyk_analytics.conf"), json.dumps(body, indent=2) + "\n"


@tpl("tyk_dashboard_curl", "tyk", "api_key", "hex32", "TYK_DASHBOARD_API_KEY")
def _(r, s):
    t = "#!/usr/bin/env bash\n# Import API definitions into the Tyk dashboard\nset -euo pipefail\nDASH=http://localhost:3000\n\n"
    t += "for f in apps/*.json; do\n  curl -s -X POST \"$DASH/api/apis\" \\\n    -H \"Authorization: %s\" \\\n    -H 'Content-Type: application/json' \\\n    -d @\"$f\" | jq -r '.Meta'\ndone\n" % s.raw("sh")
    return maybe_prefix(r, "scripts/tyk-import.sh"), t


@tpl("tyk_compose_env", "tyk", "admin_secret", "hex32", "TYK_GW_SECRET")
def _(r, s):
    t = "services:\n  tyk-gateway:\n    image: tykio/tyk-gateway:v5.%d.%d\n    ports:\n      - \"8080:8080\"\n    environment:\n      - TYK_GW_SECRET=%s\n      - TYK_GW_STORAGE_HOST=tyk-redis\n    volumes:\n      - ./apps:/opt/tyk-gateway/apps\n    depends_on:\n      - tyk-redis\n  tyk-redis:\n    image: redis:7-alpine\n    ports:\n      - \"6379:6379\"\n" % (r.randint(0, 8), r.randint(0, 9), s.raw("docker"))
    return maybe_prefix(r, "docker-compose.yml"), t


@tpl("tyk_helm_values", "tyk", "admin_secret", "hex32", "APISecret")
def _(r, s):
    t = "global:\n  components:\n    dashboard: true\n    operator: false\n  secrets:\n    APISecret: %s\n    useSecretName: \"\"\n  redis:\n    addrs:\n      - tyk-redis-master.tyk.svc:6379\n\ntyk-gateway:\n  gateway:\n    replicaCount: %d\n    hostName: gw.%s.internal\n" % (s.raw("yaml"), pick(r, [2, 3]), org(r))
    return maybe_prefix(r, "deploy/tyk/values.yaml"), t


@tpl("tyk_api_hmac_jwt", "tyk", "signing_secret", "hmac_b64", "JWT_SOURCE")
def _(r, s):
    body = {"name": "%s API" % proj(r), "api_id": hexs(r, 32), "org_id": objectid(r), "use_keyless": False,
            "enable_jwt": True, "jwt_signing_method": "hmac", "jwt_source": s.raw("json"),
            "jwt_identity_base_field": "sub", "jwt_policy_field_name": "pol",
            "proxy": {"listen_path": "/%s/" % proj(r), "target_url": "http://%s.svc.cluster.local:8080" % proj(r), "strip_listen_path": True},
            "active": True}
    return maybe_prefix(r, "tyk/apps/%s.json" % proj(r)), json.dumps(body, indent=2) + "\n"


@tpl("tyk_gw_key_node", "tyk", "api_key", "tyk_gwkey", "TYK_KEY")
def _(r, s):
    t = "const fetch = require('node-fetch');\n\n// smoke test against the gateway with the QA consumer key\nconst GATEWAY = 'https://gw.%s.dev';\nconst key = %s;\n\n" % (org(r), s.lit("js", "'"))
    t += "async function main() {\n  const res = await fetch(`${GATEWAY}/%s/health`, { headers: { Authorization: key } });\n  console.log(res.status, await res.text());\n}\n\nmain();\n" % proj(r)
    return maybe_prefix(r, "scripts/smoke.js"), t


# ---- Insomnia / Hoppscotch / Bruno
@tpl("insomnia_export", "insomnia", "bearer_token", "jwt", "ACCESS_TOKEN")
def _(r, s):
    wrk = "wrk_" + hexs(r, 32)
    res = [{"_id": wrk, "_type": "workspace", "name": proj(r), "scope": "collection", "created": r.randint(1690000000000, 1740000000000)},
           {"_id": "env_" + hexs(r, 40), "_type": "environment", "parentId": wrk, "name": "Base Environment",
            "data": {"base_url": "https://api.%s.dev" % org(r), "token": s.raw("json"), "tenant": lowalnum(r, 8)}},
           {"_id": "req_" + hexs(r, 32), "_type": "request", "parentId": wrk, "name": "List projects", "method": "GET",
            "url": "{{ _.base_url }}/v1/projects", "authentication": {"type": "bearer", "token": "{{ _.token }}"}}]
    body = {"_type": "export", "__export_format": 4, "__export_date": ts(r), "__export_source": "insomnia.desktop.app:v%s" % pick(r, ["2023.5.8", "8.6.1", "9.3.2"]), "resources": res}
    return "insomnia/Insomnia_%s.json" % date(r), json.dumps(body, indent=2) + "\n"


@tpl("insomnia_gitsync_env", "insomnia", "api_key", "alnum40", "API_KEY")
def _(r, s):
    eid = "env_" + hexs(r, 32)
    t = "_id: %s\ntype: Environment\nparentId: wrk_%s\nmodified: %d\ncreated: %d\nname: %s\ndata:\n  base_url: https://sandbox.%s.io\n  api_key: %s\n  page_size: 50\ndataPropertyOrder:\n  \"&\":\n    - base_url\n    - api_key\n    - page_size\ncolor: null\nisPrivate: false\nmetaSortKey: %d\n" % (
        eid, hexs(r, 32), r.randint(1690000000000, 1740000000000), r.randint(1690000000000, 1740000000000), pick(r, ENVS), org(r), s.raw("yaml"), r.randint(1690000000000, 1740000000000))
    return ".insomnia/Environment/%s.yml" % eid, t


@tpl("hoppscotch_env", "hoppscotch", "bearer_token", "alnum40", "ACCESS_TOKEN")
def _(r, s):
    body = [{"id": "cl" + lowalnum(r, 23), "v": 1, "name": pick(r, ENVS),
             "variables": [{"key": "baseUrl", "value": "https://api.%s.dev" % org(r), "secret": False},
                           {"key": "accessToken", "value": s.raw("json"), "secret": False},
                           {"key": "orgSlug", "value": org(r), "secret": False}]}]
    return "hoppscotch/environments.json", json.dumps(body, indent=2) + "\n"


@tpl("hoppscotch_collection", "hoppscotch", "bearer_token", "jwt", "ACCESS_TOKEN")
def _(r, s):
    req = {"v": "6", "name": "Create invoice", "method": "POST", "endpoint": "<<baseUrl>>/v1/invoices",
           "params": [], "headers": [{"key": "Content-Type", "value": "application/json", "active": True}],
           "preRequestScript": "", "testScript": "pw.test(\"201\", ()=> pw.expect(pw.response.status).toBe(201));",
           "auth": {"authType": "bearer", "authActive": True, "token": s.raw("json")},
           "body": {"contentType": "application/json", "body": "{\"amount\": 1200, \"currency\": \"EUR\"}"}, "requestVariables": []}
    body = {"v": 2, "name": "%s API" % proj(r), "folders": [], "requests": [req], "auth": {"authType": "inherit", "authActive": True}, "headers": []}
    return "hoppscotch/%s-collection.json" % proj(r), json.dumps(body, indent=2) + "\n"


@tpl("bruno_request", "bruno", "bearer_token", "jwt", "ACCESS_TOKEN")
def _(r, s):
    t = "meta {\n  name: Get account\n  type: http\n  seq: %d\n}\n\nget {\n  url: {{baseUrl}}/v1/accounts/%d\n  body: none\n  auth: bearer\n}\n\nauth:bearer {\n  token: %s\n}\n\nassert {\n  res.status: eq 200\n}\n" % (r.randint(1, 9), r.randint(100, 9999), s.raw("bru"))
    return "bruno/%s/get-account.bru" % proj(r), t


# ---- OpenAPI specs with example auth values
@tpl("openapi_yaml_example_key", "openapi", "example_auth_value", "rapid", "API_KEY")
def _(r, s):
    p = proj(r)
    t = "openapi: 3.0.3\ninfo:\n  title: %s API\n  version: %s\nservers:\n  - url: https://%s.p.rapidapi.com\npaths:\n  /v1/quotes:\n    get:\n      operationId: listQuotes\n      summary: List quotes\n      parameters:\n" % (p.title(), semver(r), p)
    t += "        - name: X-RapidAPI-Key\n          in: header\n          required: true\n          schema:\n            type: string\n          example: %s\n" % s.raw("yaml")
    t += "        - name: limit\n          in: query\n          schema:\n            type: integer\n            default: 20\n      responses:\n        '200':\n          description: OK\ncomponents:\n  securitySchemes:\n    RapidApiKey:\n      type: apiKey\n      in: header\n      name: X-RapidAPI-Key\nsecurity:\n  - RapidApiKey: []\n"
    return maybe_prefix(r, "openapi/openapi.yaml"), t


@tpl("openapi_json_bearer_example", "openapi", "example_auth_value", "jwt", "ACCESS_TOKEN")
def _(r, s):
    body = {"openapi": "3.1.0", "info": {"title": "%s" % proj(r), "version": semver(r)},
            "servers": [{"url": "https://api.%s.com" % org(r)}],
            "components": {"securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}},
                           "parameters": {"Authorization": {"name": "Authorization", "in": "header", "required": True,
                                                            "schema": {"type": "string"},
                                                            "examples": {"staging": {"summary": "token from the staging IdP", "value": "Bearer " + s.raw("json")}}}}},
            "paths": {"/v1/me": {"get": {"operationId": "getMe", "parameters": [{"$ref": "#/components/parameters/Authorization"}],
                                         "responses": {"200": {"description": "Current user"}}}}},
            "security": [{"bearerAuth": []}]}
    return maybe_prefix(r, "openapi/openapi.json"), json.dumps(body, indent=2) + "\n"


@tpl("swagger2_x_example", "openapi", "example_auth_value", "hex32", "API_KEY")
def _(r, s):
    t = "swagger: '2.0'\ninfo:\n  title: %s\n  version: '%s'\nhost: api.%s.com\nbasePath: /v1\nschemes: [https]\nsecurityDefinitions:\n  api_key:\n    type: apiKey\n    name: api_key\n    in: query\npaths:\n  /reports:\n    get:\n      parameters:\n        - name: api_key\n          in: query\n          type: string\n          required: true\n          x-example: %s\n      responses:\n        200:\n          description: list of reports\n" % (proj(r), semver(r), org(r), s.raw("yaml"))
    return maybe_prefix(r, "spec/swagger.yaml"), t


@tpl("mdx_request_example", "openapi", "example_auth_value", "pmak", "POSTMAN_API_KEY")
def _(r, s):
    t = "---\ntitle: 'Authentication'\ndescription: 'How to call the workspace API'\n---\n\nEvery request needs your API key in the `X-Api-Key` header.\n\n<RequestExample>\n\n"
    t += "```bash cURL\ncurl https://api.getpostman.com/me \\\n  --header 'X-Api-Key: %s'\n```\n\n</RequestExample>\n\n<ResponseExample>\n\n```json 200\n{ \"user\": { \"id\": %d, \"username\": \"%s\" } }\n```\n\n</ResponseExample>\n" % (s.raw("md"), r.randint(1000000, 39999999), pick(r, PEOPLE))
    return "docs/api-reference/authentication.mdx", t


@tpl("ts_sdk_test", "kong-konnect", "pat", "kpat", "KONNECT_TOKEN")
def _(r, s):
    t = "import { describe, it, expect } from 'vitest';\nimport { SDK } from '../src';\n\n"
    t += "const sdk = new SDK({\n  serverURL: 'https://us.api.konghq.com',\n  security: { personalAccessToken: %s },\n});\n\n" % s.lit("ts", "'")
    t += "describe('control planes', () => {\n  it('lists control planes', async () => {\n    const res = await sdk.controlPlanes.listControlPlanes({ pageSize: 10 });\n    expect(res.listControlPlanesResponse?.data?.length).toBeGreaterThan(0);\n  });\n});\n"
    return maybe_prefix(r, "tests/controlPlanes.test.ts"), t


@tpl("py_sdk_test_readme", "readme", "api_key", "rdme", "README_API_KEY")
def _(r, s):
    t = pyos(s) + "import pytest\nimport requests\n\nBASE = \"https://api.readme.com/v2\"\nAPI_KEY = %s\n\n\n@pytest.mark.integration\ndef test_project_lookup():\n" % s.lit("py")
    t += "    resp = requests.get(f\"{BASE}/projects/me\", headers={\"Authorization\": f\"Bearer {API_KEY}\"}, timeout=10)\n    assert resp.status_code == 200\n    assert resp.json()[\"data\"][\"subdomain\"] == \"%s\"\n" % proj(r)
    return maybe_prefix(r, "tests/integration/test_readme.py"), t


# ---- miscellaneous formats
@tpl("netlify_toml_readme", "readme", "api_key", "rdme", "README_API_KEY")
def _(r, s):
    t = "[build]\n  command = \"npm run docs:build && npx rdme openapi upload dist/openapi.json\"\n  publish = \"dist\"\n\n[build.environment]\n  NODE_VERSION = \"%d\"\n  RDME_API_KEY = %s\n\n[[redirects]]\n  from = \"/docs/*\"\n  to = \"https://%s.readme.io/:splat\"\n  status = 301\n" % (pick(r, [18, 20]), s.lit("toml"), proj(r))
    return "netlify.toml", t


@tpl("ini_portal", "gitbook", "api_key", "gitbook", "GITBOOK_TOKEN")
def _(r, s):
    t = "[general]\nname = %s docs sync\nschedule = hourly\n\n[gitbook]\norganization = %s\nspace = %s\napi_token = %s\n\n[output]\ndir = ./content\nformat = markdown\n" % (proj(r), gb_id(r), gb_id(r), s.raw("ini"))
    return maybe_prefix(r, "config/docs-sync.ini"), t


@tpl("go_konnect_client", "kong-konnect", "pat", "spat", "KONNECT_SPAT")
def _(r, s):
    t = "package konnect\n\nimport (\n\t\"net/http\"\n\t\"os\"\n\t\"time\"\n)\n\n"
    if s.mode == "envref":
        t += "var token = %s\n\n" % s.lit("go")
    else:
        t += "const token = \"%s\"\n\nvar _ = os.Getenv\n\n" % s.raw()
    t += "func NewRequest(method, url string) (*http.Request, error) {\n\treq, err := http.NewRequest(method, url, nil)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treq.Header.Set(\"Authorization\", \"Bearer \"+token)\n\treturn req, nil\n}\n\nvar Client = &http.Client{Timeout: 20 * time.Second}\n"
    return maybe_prefix(r, "internal/konnect/client.go"), t


@tpl("deck_debug_log", "kong-konnect", "pat", "kpat", "KONNECT_TOKEN")
def _(r, s):
    t = ""
    day = date(r)
    clock = [r.randint(0, 80000)]
    for _ in range(5):
        clock.append(clock[-1] + r.randint(1, 900))
    stamps = ["%sT%02d:%02d:%02d.%03dZ" % (day, c // 3600 % 24, c // 60 % 60, c % 60, r.randint(0, 999)) for c in clock]
    ts = lambda _r, _it=iter(stamps): next(_it)  # noqa: E731
    for i in range(3):
        t += "%s DEBUG sync: fetched %d %s\n" % (ts(r), r.randint(1, 40), pick(r, ["services", "routes", "plugins", "consumers"]))
    t += "%s DEBUG http: GET https://us.api.konghq.com/v2/control-planes?filter[name][eq]=%s\n" % (ts(r), proj(r))
    t += "%s DEBUG http: request headers: Authorization=Bearer %s User-Agent=decK/v1.%d.0\n" % (ts(r), s.raw("log"), r.randint(35, 42))
    t += "%s INFO  summary: created=%d updated=%d deleted=0\n" % (ts(r), r.randint(0, 5), r.randint(0, 9))
    return "logs/deck-sync-%s.log" % day, t


@tpl("hopp_dotenv_production", "rapidapi", "api_key", "rapid", "RAPIDAPI_KEY")
def _(r, s):
    t = "RAPIDAPI_HOST=%s\nRAPIDAPI_KEY=%s\nCACHE_TTL=600\n" % (pick(r, RAPID_HOSTS), s.raw("sh"))
    return pick(r, [".env.production", ".env"]), t


# ================================================================ LOOK-ALIKE NEGATIVE TEMPLATES
NEG = []   # (name, provider, kind, fn) ; fn(r) -> (path, text)


def ntpl(name, provider, kind):
    def deco(fn):
        NEG.append((name, provider, kind, fn))
        return fn
    return deco


def sha256hex(r):
    return hashlib.sha256(rbytes(r, 24)).hexdigest()


def sri(r, alg="sha512", n=64):
    return alg + "-" + base64.b64encode(rbytes(r, n)).decode()


@ntpl("postman_collection_ids", "postman", "uuid_ids")
def _(r):
    items = []
    for nm in ["List orders", "Create order", "Get order"]:
        items.append({"id": uuid4(r), "name": nm, "request": {"method": "GET" if nm != "Create order" else "POST",
                      "header": [{"key": "Accept", "value": "application/json"}],
                      "url": {"raw": "{{baseUrl}}/v1/orders", "host": ["{{baseUrl}}"], "path": ["v1", "orders"]}},
                      "response": []})
    body = {"info": {"_postman_id": uuid4(r), "name": "%s API" % proj(r),
                     "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
                     "_exporter_id": str(r.randint(1000000, 39999999)), "_collection_link": "https://go.postman.co/collection/%s" % postman_uid(r)},
            "auth": {"type": "apikey", "apikey": [{"key": "value", "value": "{{apiKey}}", "type": "string"},
                                                   {"key": "key", "value": "X-Api-Key", "type": "string"}]},
            "item": items, "variable": [{"key": "baseUrl", "value": "https://api.%s.dev" % org(r)}]}
    return "postman/%s.postman_collection.json" % proj(r), json.dumps(body, indent="\t") + "\n"


@ntpl("insomnia_ids", "insomnia", "resource_ids")
def _(r):
    wrk = "wrk_" + hexs(r, 32)
    res = [{"_id": wrk, "_type": "workspace", "name": proj(r)}]
    for nm in ["Health", "List users", "Get user"]:
        res.append({"_id": "req_" + hexs(r, 32), "_type": "request", "parentId": "fld_" + hexs(r, 32), "name": nm,
                    "url": "{{ _.base_url }}/v1/users", "method": "GET", "authentication": {"type": "bearer", "token": "{{ _.token }}"},
                    "metaSortKey": -r.randint(1600000000000, 1740000000000)})
    res.append({"_id": "env_" + hexs(r, 40), "_type": "environment", "parentId": wrk, "name": "Base Environment", "data": {"base_url": "http://localhost:8080", "token": ""}})
    body = {"_type": "export", "__export_format": 4, "__export_date": ts(r), "__export_source": "insomnia.desktop.app:v8.4.5", "resources": res}
    return "insomnia/workspace.json", json.dumps(body, indent=2) + "\n"


@ntpl("package_lock_integrity", "npm", "integrity_hashes")
def _(r):
    pk = {}
    for name in ["node_modules/@redocly/cli", "node_modules/rdme", "node_modules/@stoplight/spectral-core", "node_modules/newman", "node_modules/swaggerhub-cli"]:
        pk[name] = {"version": semver(r), "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name[13:], name.split("/")[-1], semver(r)),
                    "integrity": sri(r), "dev": True}
    body = {"name": proj(r), "version": semver(r), "lockfileVersion": 3, "requires": True, "packages": pk}
    return maybe_prefix(r, "package-lock.json"), json.dumps(body, indent=2) + "\n"


@ntpl("openapi_security_schemes", "openapi", "schemes_without_values")
def _(r):
    t = "openapi: 3.1.0\ninfo:\n  title: %s API\n  version: %s\n  x-logo:\n    url: https://cdn.%s.com/logo.svg\nservers:\n  - url: https://api.%s.com/v1\n" % (proj(r), semver(r), org(r), org(r))
    t += "components:\n  securitySchemes:\n    ApiKeyAuth:\n      type: apiKey\n      in: header\n      name: X-API-Key\n      description: Create a key in the developer portal under **Settings -> API keys**.\n    OAuth2:\n      type: oauth2\n      flows:\n        clientCredentials:\n          tokenUrl: https://auth.%s.com/oauth/token\n          scopes:\n            read:orders: read orders\n            write:orders: create orders\n" % org(r)
    t += "  parameters:\n    IdempotencyKey:\n      name: Idempotency-Key\n      in: header\n      schema:\n        type: string\n        format: uuid\n      example: %s\n" % uuid4(r)
    t += "  headers:\n    ETag:\n      schema:\n        type: string\n      example: 'W/\"%s\"'\nsecurity:\n  - ApiKeyAuth: []\n  - OAuth2: [read:orders]\npaths: {}\n" % hexs(r, 32)
    return maybe_prefix(r, "openapi/openapi.yaml"), t


@ntpl("rdme_action_id", "readme", "object_id_and_env_ref")
def _(r):
    t = "name: ReadMe\non:\n  push:\n    branches: [main]\njobs:\n  sync:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@%s # v4.1.7\n" % hexs(r, 40)
    t += "      - uses: readmeio/rdme@%s # v8.6.6\n        with:\n          rdme: openapi openapi.json --key=${{ secrets.README_API_KEY }} --id=%s\n" % (hexs(r, 40), objectid(r))
    return ".github/workflows/rdme-openapi.yml", t


@ntpl("gitbook_yaml_ids", "gitbook", "space_ids")
def _(r):
    t = "root: ./docs/\n\nstructure:\n  readme: README.md\n  summary: SUMMARY.md\n\nredirects:\n  guides/old-auth: guides/authentication.md\n  api/v1: api-reference/README.md\n"
    t += "\n# space: %s   org: %s   (ids only; the sync token lives in the GitHub app)\n" % (gb_id(r), gb_id(r))
    return ".gitbook.yaml", t


@ntpl("docs_json_public_ids", "mintlify", "public_analytics_ids")
def _(r):
    body = {"$schema": "https://mintlify.com/docs.json", "theme": "mint", "name": "%s Docs" % proj(r).title(),
            "colors": {"primary": "#%s" % hexs(r, 6), "light": "#%s" % hexs(r, 6), "dark": "#%s" % hexs(r, 6)},
            "navigation": {"tabs": [{"tab": "Guides", "groups": [{"group": "Get started", "pages": ["index", "quickstart"]}]},
                                    {"tab": "API reference", "openapi": "openapi.yaml"}]},
            "integrations": {"ga4": {"measurementId": "G-%s" % "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(10))},
                             "posthog": {"apiKey": "phc_" + alnum(r, 43), "apiHost": "https://eu.i.posthog.com"}},
            "api": {"playground": {"display": "interactive"}, "examples": {"languages": ["curl", "python", "javascript"]}}}
    return "docs/docs.json", json.dumps(body, indent=2) + "\n"


@ntpl("mintlify_assistant_public", "mintlify", "public_key")
def _(r):
    t = "// Docs search widget in the marketing site. The assistant key is a public token\n// (mint_dsc_ prefix) and is meant to ship in frontend code.\n"
    t += "export const docsSearch = {\n  domain: '%s',\n  apiKey: 'mint_dsc_%s',\n  pageSize: 10,\n};\n" % (proj(r), alnum(r, 24))
    return maybe_prefix(r, "src/components/docs-search/config.ts"), t


@ntpl("konnect_tf_ids", "kong-konnect", "uuid_ids")
def _(r):
    t = "variable \"konnect_token\" {\n  type      = string\n  sensitive = true\n}\n\nprovider \"konnect\" {\n  personal_access_token = var.konnect_token\n  server_url            = \"https://eu.api.konghq.com\"\n}\n\n"
    t += "import {\n  to = konnect_gateway_control_plane.prod\n  id = \"%s\"\n}\n\nresource \"konnect_gateway_service\" \"orders\" {\n  name             = \"orders\"\n  host             = \"orders.svc\"\n  control_plane_id = \"%s\"\n}\n" % (uuid4(r), uuid4(r))
    return maybe_prefix(r, "infra/konnect/services.tf"), t


@ntpl("deck_vault_refs", "kong-konnect", "vault_references")
def _(r):
    t = "_format_version: \"3.0\"\n_konnect:\n  control_plane_name: %s\nservices:\n  - name: orders\n    id: %s\n    url: http://orders.svc:8080\n    routes:\n      - name: orders\n        paths: [/orders]\n    plugins:\n      - name: key-auth\n        config:\n          key_names: [apikey]\n          hide_credentials: true\nconsumers:\n  - username: partner-%s\n    keyauth_credentials:\n      - key: \"{vault://env/partner-api-key}\"\nvaults:\n  - name: env\n    prefix: env\n" % (proj(r), uuid4(r), pick(r, ORGS))
    return maybe_prefix(r, "kong/kong.yaml"), t


@ntpl("tyk_api_def_rsa", "tyk", "public_key_ids")
def _(r):
    pem = ec_public_pem(r)
    p = proj(r)
    body = {"name": "%s" % p, "api_id": hexs(r, 32), "org_id": objectid(r), "slug": p,
            "enable_jwt": True, "jwt_signing_method": "ecdsa", "jwt_source": base64.b64encode(pem.encode()).decode(),
            "jwt_identity_base_field": "sub", "proxy": {"listen_path": "/%s/" % p, "target_url": "http://upstream:8080"},
            "version_data": {"not_versioned": True, "versions": {"Default": {"name": "Default"}}}}
    return "tyk/apps/%s.json" % p, json.dumps(body, indent=2) + "\n"


@ntpl("tyk_policy_ids", "tyk", "hex_ids")
def _(r):
    pid = hexs(r, 24)
    body = {pid: {"id": pid, "name": "Partner gold", "org_id": objectid(r), "rate": 1000, "per": 60, "quota_max": -1,
                  "access_rights": {hexs(r, 32): {"api_id": hexs(r, 32), "api_name": proj(r), "versions": ["Default"]}},
                  "active": True, "tags": ["partner"], "key_expires_in": 0}}
    return "tyk/policies/policies.json", json.dumps(body, indent=2) + "\n"


@ntpl("tyk_default_docs", "tyk", "doc_example")
def _(r):
    t = "# Local Tyk sandbox\n\nThe compose file uses Tyk's sample values; never reuse them outside your laptop.\n\n| setting | sample value |\n|---|---|\n| gateway `secret` | `352d20ee67be67f6340b4c0605b044b7` |\n| dashboard `admin_secret` | `12345` |\n\n"
    t += "```bash\ncurl -H \"x-tyk-authorization: 352d20ee67be67f6340b4c0605b044b7\" http://localhost:8080/tyk/reload/group\n```\n\nFor staging and production the secret comes from Vault (`secret/data/tyk/gateway`).\n"
    return "docs/local/tyk-sandbox.md", t


@ntpl("speakeasy_workflow_lock", "speakeasy", "digests")
def _(r):
    p = proj(r)
    t = "speakeasyVersion: 1.%d.%d\nsources:\n  %s-OAS:\n    sourceNamespace: %s-oas\n    sourceRevisionDigest: sha256:%s\n    sourceBlobDigest: sha256:%s\n    tags:\n      - latest\n      - %s\ntargets:\n  typescript:\n    source: %s-OAS\n    sourceNamespace: %s-oas\n    sourceRevisionDigest: sha256:%s\n    sourceBlobDigest: sha256:%s\n    codeSamplesNamespace: %s-oas-typescript-code-samples\n    codeSamplesRevisionDigest: sha256:%s\n" % (
        r.randint(300, 600), r.randint(0, 20), p, p, sha256hex(r), sha256hex(r), semver(r), p, p, sha256hex(r), sha256hex(r), p, sha256hex(r))
    return ".speakeasy/workflow.lock", t


@ntpl("speakeasy_gen_lock", "speakeasy", "md5_checksum")
def _(r):
    t = "lockVersion: 2.0.0\nid: %s\nmanagement:\n  docChecksum: %s\n  docVersion: %s\n  speakeasyVersion: 1.%d.0\n  generationVersion: 2.%d.%d\n  releaseVersion: %s\n  configChecksum: %s\nfeatures:\n  typescript:\n    core: 3.%d.0\n    globalSecurity: 2.82.%d\n" % (
        uuid4(r), hexs(r, 32), semver(r), r.randint(300, 600), r.randint(400, 700), r.randint(0, 9), semver(r), hexs(r, 32), r.randint(10, 30), r.randint(0, 12))
    return ".speakeasy/gen.lock", t


@ntpl("stainless_stats", "stainless", "spec_hashes")
def _(r):
    t = "configured_endpoints: %d\nopenapi_spec_url: https://storage.googleapis.com/stainless-sdk-openapi-specs/%s%%2F%s-%s.yml\nopenapi_spec_hash: %s\nconfig_hash: %s\n" % (
        r.randint(12, 140), org(r), proj(r), sha256hex(r), hexs(r, 32), hexs(r, 32))
    return ".stats.yml", t


@ntpl("fern_generators", "fern", "env_references")
def _(r):
    t = "default-group: local\ngroups:\n  publish:\n    generators:\n      - name: fernapi/fern-typescript-sdk\n        version: 0.%d.%d\n        output:\n          location: npm\n          package-name: \"@%s/sdk\"\n          token: ${NPM_TOKEN}\n        github:\n          repository: %s/%s-node\n      - name: fernapi/fern-python-sdk\n        version: 4.%d.%d\n        output:\n          location: pypi\n          package-name: %s\n          token: ${PYPI_TOKEN}\n" % (
        r.randint(30, 49), r.randint(0, 9), org(r), org(r), proj(r), r.randint(0, 20), r.randint(0, 9), proj(r))
    return "fern/generators.yml", t


@ntpl("gha_pinned_shas", "github-actions", "commit_shas")
def _(r):
    t = "name: docs\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@%s # v4.2.2\n      - uses: actions/setup-node@%s # v4.1.0\n      - uses: bump-sh/github-action@%s # v1.2.5\n        with:\n          doc: %s\n          token: ${{ secrets.BUMP_TOKEN }}\n          file: openapi.yaml\n" % (hexs(r, 40), hexs(r, 40), hexs(r, 40), proj(r))
    return ".github/workflows/docs.yml", t


@ntpl("dockerfile_digest", "redocly", "image_digest")
def _(r):
    t = "FROM redocly/cli@sha256:%s AS build\nWORKDIR /spec\nCOPY openapi/ ./openapi/\nRUN redocly build-docs openapi/openapi.yaml -o /spec/index.html\n\nFROM nginx@sha256:%s\nCOPY --from=build /spec/index.html /usr/share/nginx/html/index.html\n" % (sha256hex(r), sha256hex(r))
    return maybe_prefix(r, "docs/Dockerfile"), t


@ntpl("go_sum", "kong-konnect", "go_sum_hashes")
def _(r):
    t = ""
    for mod in ["github.com/kong/go-kong v0.%d.0" % r.randint(50, 60), "github.com/Kong/sdk-konnect-go v0.%d.%d" % (r.randint(1, 9), r.randint(0, 9)),
                "github.com/getkin/kin-openapi v0.%d.0" % r.randint(110, 128)]:
        h = base64.b64encode(rbytes(r, 32)).decode()
        t += "%s h1:%s\n%s/go.mod h1:%s\n" % (mod, h, mod, base64.b64encode(rbytes(r, 32)).decode())
    return maybe_prefix(r, "go.sum"), t


@ntpl("jwks_public", "openapi", "public_jwks")
def _(r):
    keys = []
    for _ in range(2):
        keys.append({"kty": "RSA", "use": "sig", "alg": "RS256", "kid": hexs(r, 16), "n": b64u(rbytes(r, 256)), "e": "AQAB"})
    return maybe_prefix(r, "public/.well-known/jwks.json"), json.dumps({"keys": keys}, indent=2) + "\n"


@ntpl("webhook_public_key_md", "readme", "public_key")
def _(r):
    t = "# Verifying webhook signatures\n\nEvery webhook carries an `X-Signature` header. Verify it with our **public** key:\n\n```\n%s\n```\n\nExample signature header:\n\n```\nX-Signature: t=%d,v1=%s\n```\n" % (ec_public_pem(r), r.randint(1700000000, 1760000000), hexs(r, 64))
    return "docs/webhooks/verify.md", t


@ntpl("openapi_logo_datauri", "openapi", "base64_image")
def _(r):
    png = b"\x89PNG\r\n\x1a\n" + rbytes(r, 180)
    t = "openapi: 3.0.3\ninfo:\n  title: %s\n  version: %s\n  x-logo:\n    url: 'data:image/png;base64,%s'\n    altText: %s logo\npaths: {}\n" % (proj(r), semver(r), base64.b64encode(png).decode(), proj(r))
    return maybe_prefix(r, "openapi/info.yaml"), t


@ntpl("usage_csv_ids", "postman", "request_ids")
def _(r):
    t = "timestamp,request_id,key_id,route,status,latency_ms\n"
    for _ in range(r.randint(5, 9)):
        t += "%s,%s,key_%s,%s,%d,%d\n" % (ts(r), ulid(r), hexs(r, 12), pick(r, ["/v1/orders", "/v1/users", "/v1/invoices"]), pick(r, [200, 200, 201, 404, 429]), r.randint(8, 900))
    return "analytics/api-usage-%s.csv" % date(r), t


@ntpl("postman_fixture_me", "postman", "public_ids")
def _(r):
    body = {"user": {"id": r.randint(1000000, 39999999), "username": pick(r, PEOPLE), "email": "%s@%s.com" % (pick(r, PEOPLE), org(r)),
                     "fullName": pick(r, PEOPLE).title(), "avatar": "https://res.cloudinary.com/postman/image/upload/t_user_profile_300/v1/user/%s" % hexs(r, 32),
                     "isPublic": False, "teamId": r.randint(100000, 9999999), "teamName": org(r), "teamDomain": org(r)},
            "operations": [{"name": "api_object_usage", "limit": 3, "usage": r.randint(0, 3), "overage": 0}]}
    return maybe_prefix(r, "tests/fixtures/postman-me.json"), json.dumps(body, indent=2) + "\n"


@ntpl("newman_log_redacted", "postman", "trace_ids")
def _(r):
    t = "newman\n\n%s\n\n" % proj(r)
    for _ in range(3):
        t += "→ %s\n  GET https://api.%s.dev/v1/items [200 OK, %dB, %dms]\n  x-request-id: %s\n  traceparent: 00-%s-%s-01\n  ✓  status is 200\n\n" % (
            pick(r, ["List items", "Item detail", "Ping"]), org(r), r.randint(100, 5000), r.randint(10, 300), uuid4(r), hexs(r, 32), hexs(r, 16))
    t += "  x-api-key: [REDACTED]\n"
    return "logs/newman-%s.log" % date(r), t


@ntpl("sql_key_hashes", "developer-portal", "hashed_keys")
def _(r):
    t = "-- keys are stored hashed; the plaintext is shown once at creation\nCREATE TABLE IF NOT EXISTS api_keys (\n  id uuid PRIMARY KEY,\n  prefix text NOT NULL,\n  key_sha256 char(64) NOT NULL,\n  created_at timestamptz NOT NULL DEFAULT now()\n);\n\nINSERT INTO api_keys (id, prefix, key_sha256, created_at) VALUES\n"
    rows = []
    for _ in range(3):
        rows.append("  ('%s', 'pk_%s', '%s', '%s')" % (uuid4(r), lowalnum(r, 6), sha256hex(r), date(r)))
    return maybe_prefix(r, "db/fixtures/api_keys.sql"), t + ",\n".join(rows) + ";\n"


@ntpl("npmrc_env", "npm", "env_references")
def _(r):
    t = "@%s:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\nalways-auth=true\n" % org(r)
    return maybe_prefix(r, ".npmrc"), t


@ntpl("html_sri", "redocly", "sri_hashes")
def _(r):
    t = "<!DOCTYPE html>\n<html>\n  <head>\n    <title>%s API reference</title>\n    <meta charset=\"utf-8\"/>\n    <link rel=\"stylesheet\" href=\"https://fonts.googleapis.com/css?family=Montserrat:300,400,700\" integrity=\"%s\" crossorigin=\"anonymous\">\n  </head>\n  <body>\n    <redoc spec-url=\"openapi.yaml\"></redoc>\n    <script src=\"https://cdn.redoc.ly/redoc/v2.%d.0/bundles/redoc.standalone.js\" integrity=\"%s\" crossorigin=\"anonymous\"></script>\n  </body>\n</html>\n" % (
        proj(r), sri(r, "sha384", 48), r.randint(0, 4), sri(r, "sha384", 48))
    return maybe_prefix(r, "docs/index.html"), t


@ntpl("apigee_verify_policy", "apigee", "policy_refs")
def _(r):
    t = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<VerifyAPIKey async=\"false\" continueOnError=\"false\" enabled=\"true\" name=\"VA-verify-key\">\n  <DisplayName>VA-verify-key</DisplayName>\n  <APIKey ref=\"request.header.x-apikey\"/>\n</VerifyAPIKey>\n<!-- proxy revision %d, deployment %s -->\n" % (r.randint(1, 40), uuid4(r))
    return "apiproxy/policies/VA-verify-key.xml", t


@ntpl("apigee_products", "apigee", "uuid_ids")
def _(r):
    body = {"apiProduct": [{"name": "%s-gold" % proj(r), "displayName": "%s Gold" % proj(r).title(), "approvalType": "auto",
                            "attributes": [{"name": "access", "value": "public"}], "environments": ["prod"], "quota": "10000", "quotaInterval": "1", "quotaTimeUnit": "month",
                            "operationGroup": {"operationConfigs": [{"apiSource": proj(r), "operations": [{"resource": "/orders", "methods": ["GET"]}]}]},
                            "createdAt": str(r.randint(1600000000000, 1740000000000)), "lastModifiedBy": "%s@%s.com" % (pick(r, PEOPLE), org(r))}],
            "appIds": [uuid4(r) for _ in range(3)]}
    return "apigee/products.json", json.dumps(body, indent=2) + "\n"


@ntpl("k8s_external_secret", "kong-konnect", "secret_manager_ref")
def _(r):
    t = "apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: konnect-pat\n  namespace: kong\nspec:\n  refreshInterval: 1h\n  secretStoreRef:\n    name: vault-backend\n    kind: ClusterSecretStore\n  target:\n    name: konnect-pat\n  data:\n    - secretKey: token\n      remoteRef:\n        key: secret/data/platform/konnect\n        property: pat\n"
    return maybe_prefix(r, "deploy/k8s/konnect-external-secret.yaml"), t


@ntpl("docs_example_keys_md", "developer-portal", "doc_example")
def _(r):
    t = "# Tokens used by the docs pipeline\n\n| tool | variable | looks like |\n|---|---|---|\n| Postman | `POSTMAN_API_KEY` | `PMAK-xxxxxxxx-xxxx` |\n| ReadMe | `README_API_KEY` | `rdme_xxxxxxxx` |\n| Konnect | `KONNECT_TOKEN` | `kpat_xgfT...` |\n| GitBook | `GITBOOK_TOKEN` | `gb_api_...` |\n| Stainless | `STAINLESS_API_KEY` | `stl_sk_...` |\n\nAll of them are stored as GitHub Actions secrets; ask #platform for access.\n"
    return "docs/ci/tokens.md", t


@ntpl("hoppscotch_vars", "hoppscotch", "template_variables")
def _(r):
    req = {"v": "6", "id": "cl" + lowalnum(r, 23), "name": "List invoices", "method": "GET", "endpoint": "<<baseUrl>>/v1/invoices",
           "headers": [{"key": "X-Api-Key", "value": "<<apiKey>>", "active": True}], "params": [],
           "auth": {"authType": "bearer", "authActive": True, "token": "<<accessToken>>"}, "body": {"contentType": None, "body": None}}
    body = {"v": 2, "id": "cl" + lowalnum(r, 23), "name": "%s" % proj(r), "folders": [], "requests": [req]}
    return "hoppscotch/collection.json", json.dumps(body, indent=2) + "\n"


@ntpl("bruno_secret_vars", "bruno", "template_variables")
def _(r):
    t = "vars {\n  baseUrl: https://api.%s.dev\n  tenant: %s\n}\nvars:secret [\n  apiKey,\n  accessToken\n]\n" % (org(r), lowalnum(r, 8))
    return "bruno/%s/environments/%s.bru" % (proj(r), pick(r, ENVS)), t


@ntpl("changelog_shas", "developer-portal", "commit_shas")
def _(r):
    t = "# Changelog\n\n"
    for _ in range(4):
        v = semver(r)
        t += "## [%s](https://github.com/%s/%s/compare/v%s...v%s) (%s)\n\n### Bug Fixes\n\n* **spec:** %s ([%s](https://github.com/%s/%s/commit/%s))\n\n" % (
            v, org(r), proj(r), semver(r), v, date(r), pick(r, ["fix nullable enum", "correct pagination params", "rename operationIds", "add 429 responses"]),
            hexs(r, 7), org(r), proj(r), hexs(r, 40))
    return "CHANGELOG.md", t


@ntpl("redocly_build_log", "redocly", "build_hashes")
def _(r):
    t = "$ redocly bundle openapi/openapi.yaml -o dist/openapi.json\nbundling openapi/openapi.yaml...\n📦 Created a bundle for openapi/openapi.yaml at dist/openapi.json %dms.\n" % r.randint(80, 900)
    t += "sha256(dist/openapi.json) = %s\n$ redocly build-docs dist/openapi.json -o dist/index.html\nPrerendering docs\n🎉 bundled successfully in: dist/index.html (%d KiB) [⏱ %dms].\ncache-key: docs-%s\n" % (sha256hex(r), r.randint(300, 1500), r.randint(500, 4000), hexs(r, 16))
    return "logs/docs-build.log", t


@ntpl("gitbook_manifest", "gitbook", "env_references")
def _(r):
    t = "name: %s-sync\ntitle: %s sync\ndescription: Pull release notes into GitBook\nvisibility: private\nscript: ./src/index.ts\norganization: %s\nsummary: |\n  Syncs release notes.\nscopes:\n  - space:content:write\nsecrets:\n  API_TOKEN: ${{ env.RELEASES_API_TOKEN }}\ntarget: space\n" % (proj(r), proj(r).title(), gb_id(r))
    return "integrations/releases/gitbook-manifest.yaml", t


@ntpl("swaggerhub_list_log", "swaggerhub", "version_strings")
def _(r):
    t = "$ swaggerhub api:get %s/%s --json | jq '.info'\n" % (org(r), proj(r))
    t += json.dumps({"title": proj(r), "version": semver(r), "x-generated-id": uuid4(r), "x-etag": hexs(r, 32)}, indent=2) + "\n"
    t += "$ swaggerhub api:list %s\nNAME\tVERSION\tPUBLISHED\n" % org(r)
    for _ in range(3):
        t += "%s\t%s\t%s\n" % (proj(r), semver(r), pick(r, ["true", "false"]))
    return "logs/swaggerhub-release.log", t


@ntpl("rapid_host_only", "rapidapi", "public_host")
def _(r):
    host = pick(r, RAPID_HOSTS)
    t = "import os\n\nimport requests\n\nHOST = \"%s\"\n\n\ndef lookup(q: str) -> dict:\n    headers = {\"x-rapidapi-host\": HOST, \"x-rapidapi-key\": os.environ[\"RAPIDAPI_KEY\"]}\n    return requests.get(f\"https://{HOST}/v1/search\", params={\"q\": q}, headers=headers, timeout=10).json()\n" % host
    return maybe_prefix(r, "app/lookup.py"), t


@ntpl("konnect_portal_ids", "kong-konnect", "uuid_ids")
def _(r):
    t = "portals:\n  - ref: developer-portal\n    name: %s-portal\n    display_name: %s Developers\n    authentication_enabled: true\n    default_api_visibility: private\n    default_application_auth_strategy_id: %s\napis:\n  - ref: orders-api\n    name: Orders API\n    version: v%s\n    spec_content: !file ./openapi/orders.yaml\n    publications:\n      - portal_id: developer-portal\n        visibility: public\n" % (proj(r), proj(r).title(), uuid4(r), semver(r))
    return "konnect/portal.yaml", t


@ntpl("ulid_pmat_lookalike", "developer-portal", "ulid_ids")
def _(r):
    t = "{\n  \"exportId\": \"%s\",\n  \"jobs\": [\n" % ulid(r)
    t += ",\n".join("    {\"id\": \"%s\", \"status\": \"%s\", \"startedAt\": \"%s\"}" % (ulid(r), pick(r, ["done", "queued", "failed"]), ts(r)) for _ in range(4))
    t += "\n  ]\n}\n"
    return "tmp/export-jobs.json", t


@ntpl("pnpm_lock", "npm", "integrity_hashes")
def _(r):
    t = "lockfileVersion: '9.0'\n\nsettings:\n  autoInstallPeers: true\n\npackages:\n\n"
    for name in ["'@readme/openapi-parser@2.%d.0'" % r.randint(4, 7), "'@redocly/openapi-core@1.%d.0'" % r.randint(10, 25), "'@stoplight/yaml@4.%d.0'" % r.randint(2, 3)]:
        t += "  %s:\n    resolution: {integrity: %s}\n    engines: {node: '>=18'}\n\n" % (name, sri(r))
    return maybe_prefix(r, "pnpm-lock.yaml"), t


@ntpl("redocly_env_variable_header", "redocly", "env_references")
def _(r):
    t = "extends:\n  - recommended\napis:\n  partner@v2:\n    root: https://specs.%s.internal/partner/v2.yaml\nresolve:\n  http:\n    headers:\n      - matches: https://specs.%s.internal/**\n        name: Authorization\n        envVariable: SPEC_REGISTRY_AUTH\ntheme:\n  openapi:\n    hideDownloadButton: true\n" % (org(r), org(r))
    return maybe_prefix(r, "redocly.yaml"), t


@ntpl("kong_jwt_public_key", "kong-konnect", "public_key")
def _(r):
    pem = "\n".join("          " + ln for ln in ec_public_pem(r).split("\n"))
    t = "_format_version: \"3.0\"\nconsumers:\n  - username: mobile-app\n    jwt_secrets:\n      - key: https://auth.%s.com/\n        algorithm: ES256\n        rsa_public_key: |\n%s\n" % (org(r), pem)
    return maybe_prefix(r, "kong/consumers.yaml"), t


@ntpl("swagger_ui_pkce_public_client", "openapi", "public_client_id")
def _(r):
    t = "window.onload = () => {\n  const ui = SwaggerUIBundle({\n    url: '/openapi.yaml',\n    dom_id: '#swagger-ui',\n    persistAuthorization: true,\n    oauth2RedirectUrl: `${window.location.origin}/oauth2-redirect.html`,\n  });\n  ui.initOAuth({\n    clientId: '%s',\n    appName: '%s developer portal',\n    scopes: 'openid profile read:orders',\n    usePkceWithAuthorizationCodeGrant: true,\n  });\n};\n" % (alnum(r, 32), proj(r))
    return maybe_prefix(r, "public/swagger-initializer.js"), t


@ntpl("algolia_docsearch_public", "developer-portal", "public_search_key")
def _(r):
    t = "// DocSearch: the apiKey below is Algolia's search-only key, safe to ship to browsers.\nimport docsearch from '@docsearch/js';\n\ndocsearch({\n  container: '#docsearch',\n  appId: '%s',\n  apiKey: '%s',\n  indexName: '%s',\n});\n" % ("".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(10)), hexs(r, 32), proj(r))
    return maybe_prefix(r, "website/src/search.js"), t


@ntpl("portal_env_example", "developer-portal", "public_ids_and_empty_secrets")
def _(r):
    t = "# copy to .env.local\nNEXT_PUBLIC_AUTH0_DOMAIN=%s.eu.auth0.com\nNEXT_PUBLIC_AUTH0_CLIENT_ID=%s\nAUTH0_CLIENT_SECRET=\nREADME_API_KEY=\nPOSTMAN_API_KEY=\nNEXT_PUBLIC_POSTHOG_KEY=phc_%s\n" % (org(r), alnum(r, 32), alnum(r, 43))
    return maybe_prefix(r, "portal/.env.example"), t


@ntpl("stainless_config", "stainless", "env_references")
def _(r):
    t = "organization:\n  name: %s\n  docs: https://docs.%s.com\n  contact: dev-feedback@%s.com\ntargets:\n  node:\n    package_name: '%s'\n    production_repo: %s/%s-node\n    publish:\n      npm: true\n  python:\n    package_name: %s\n    publish:\n      pypi: true\nclient_settings:\n  opts:\n    api_key:\n      type: string\n      read_env: %s_API_KEY\n      auth:\n        security_scheme: ApiKeyAuth\n      nullable: false\nsecurity:\n  - ApiKeyAuth: []\n" % (
        org(r), org(r), org(r), proj(r), org(r), proj(r), proj(r).replace("-", "_"), proj(r).upper().replace("-", "_"))
    return "stainless.yml", t


@ntpl("stainless_generated_test", "stainless", "mock_value")
def _(r):
    t = "// File generated from our OpenAPI spec by Stainless.\n\nimport Client from '%s';\n\nconst client = new Client({\n  apiKey: 'My API Key',\n  baseURL: process.env['TEST_API_BASE_URL'] ?? 'http://127.0.0.1:4010',\n});\n\ndescribe('resource orders', () => {\n  test('list', async () => {\n    const responsePromise = client.orders.list();\n    const rawResponse = await responsePromise.asResponse();\n    expect(rawResponse).toBeInstanceOf(Response);\n  });\n});\n" % proj(r)
    return "tests/api-resources/orders.test.ts", t


@ntpl("speakeasy_gen_yaml", "speakeasy", "config_without_secrets")
def _(r):
    t = "configVersion: 2.0.0\ngeneration:\n  sdkClassName: %s\n  maintainOpenAPIOrder: true\n  usageSnippets:\n    optionalPropertyRendering: withExample\n  fixes:\n    securityFeb2025: true\n  auth:\n    oAuth2ClientCredentialsEnabled: true\ntypescript:\n  version: %s\n  author: %s\n  envVarPrefix: %s\n  flattenGlobalSecurity: true\n  packageName: '@%s/sdk'\n" % (
        proj(r).title().replace("-", ""), semver(r), org(r).title(), proj(r).upper().replace("-", "_"), org(r))
    return ".speakeasy/gen.yaml", t


@ntpl("fern_config_json", "fern", "version_strings")
def _(r):
    return "fern/fern.config.json", json.dumps({"organization": org(r), "version": "0.%d.%d" % (r.randint(30, 60), r.randint(0, 20))}, indent=2) + "\n"


@ntpl("postman_test_script", "postman", "template_variables")
def _(r):
    body = {"info": {"_postman_id": uuid4(r), "name": "%s smoke" % proj(r), "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
            "event": [{"listen": "prerequest", "script": {"type": "text/javascript", "exec": [
                "const key = pm.environment.get('apiKey');",
                "if (!key) { throw new Error('set apiKey in your environment'); }",
                "pm.request.headers.upsert({ key: 'X-Api-Key', value: key });"]}}],
            "item": [{"name": "ping", "request": {"method": "GET", "url": "{{baseUrl}}/ping"}}]}
    return "postman/smoke.postman_collection.json", json.dumps(body, indent="\t") + "\n"


@ntpl("configmap_binary_favicon", "developer-portal", "base64_data")
def _(r):
    ico = base64.b64encode(b"\x00\x00\x01\x00\x01\x00\x10\x10" + rbytes(r, 150)).decode()
    t = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: portal-assets\n  namespace: docs\ndata:\n  theme.css: |\n    :root { --brand: #%s; }\nbinaryData:\n  favicon.ico: %s\n" % (hexs(r, 6), ico)
    return maybe_prefix(r, "deploy/k8s/portal-assets.yaml"), t


@ntpl("git_lfs_pointer", "developer-portal", "lfs_oid")
def _(r):
    t = "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (sha256hex(r), r.randint(20000, 9000000))
    return "docs/assets/%s.png" % pick(r, ["architecture", "portal-screenshot", "quickstart", "auth-flow"]), t


@ntpl("openapi_placeholder_examples", "openapi", "placeholder_examples")
def _(r):
    t = "openapi: 3.0.3\ninfo:\n  title: %s\n  version: %s\npaths:\n  /v1/keys:\n    post:\n      summary: Create an API key\n      responses:\n        '201':\n          description: Created. The full key is only returned once.\n          content:\n            application/json:\n              example:\n                id: key_%s\n                name: ci\n                key: YOUR_API_KEY\n                prefix: '%s'\n                created_at: '%s'\n" % (proj(r), semver(r), hexs(r, 12), pick(r, ["pk_live_", "key_", "ak_"]), ts(r))
    return maybe_prefix(r, "openapi/paths/keys.yaml"), t


@ntpl("inso_config", "insomnia", "config_without_secrets")
def _(r):
    t = "options:\n  ci: true\n  verbose: false\n  workingDir: .insomnia\nscripts:\n  lint: inso lint spec \"%s\"\n  test-staging: inso run test \"%s suite\" --env staging --bail\n  export: inso export spec \"%s\" --output openapi.yaml\n" % (proj(r), proj(r), proj(r))
    return ".insorc.yaml", t


@ntpl("readme_frontmatter_ids", "readme", "object_ids")
def _(r):
    t = "---\ntitle: Webhooks\nexcerpt: Receive events when invoices change\ncategory: %s\nparentDoc: %s\nhidden: false\norder: %d\n---\n\nWebhooks are signed; see [verifying signatures](doc:verify-webhooks).\n\n```json\n{\n  \"event\": \"invoice.paid\",\n  \"id\": \"evt_%s\",\n  \"created\": %d\n}\n```\n" % (objectid(r), objectid(r), r.randint(1, 20), hexs(r, 24), r.randint(1700000000, 1760000000))
    return "guides/webhooks.md", t


@ntpl("spec_checksums_csv", "developer-portal", "checksums")
def _(r):
    t = "spec,version,sha256,published_at\n"
    for _ in range(r.randint(3, 6)):
        t += "%s.yaml,%s,%s,%s\n" % (proj(r), semver(r), sha256hex(r), date(r))
    return "release/spec-checksums.csv", t


# ================================================================ driver
import re  # noqa: E402

LEAK_PATTERNS = [re.compile(p) for p in [
    r"PMAK-[0-9a-f]{24}-[0-9a-f]{34}", r"PMAT-01[0-9A-Z]{24}", r"rdme_xn8s9h[0-9a-f]{64}", r"gb_api_[A-Za-z0-9]{40}",
    r"[ks]pat_[A-Za-z0-9]{49}", r"[0-9a-f]{10}msh[0-9a-f]{15}p1[0-9a-f]{5}jsn[0-9a-f]{12}", r"stl_sk_[A-Za-z0-9]{40}",
    r"mint_[A-Za-z0-9]{40}", r"BEGIN PRIVATE KEY-----\n[A-Za-z0-9+/]", r"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\.",
]]


def filetype(path):
    b = path.rsplit("/", 1)[-1]
    if b == "Dockerfile":
        return "dockerfile"
    if b == "Makefile":
        return "makefile"
    if b.startswith(".env"):
        return "env"
    if b == ".npmrc":
        return "npmrc"
    if "." in b.lstrip("."):
        return b.rsplit(".", 1)[-1]
    return b.lstrip(".")


def neg_path(path):
    b = path.rsplit("/", 1)[-1]
    if b.startswith(".env") and b not in (".env.example", ".env.sample", ".env.template"):
        d = path[: len(path) - len(b)]
        return d + pick_env_example[0]
    return path


pick_env_example = [".env.example"]


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def cycle_order(r, n, total):
    out = []
    while len(out) < total:
        idx = list(range(n))
        r.shuffle(idx)
        out.extend(idx)
    return out[:total]


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_hk.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    env_count = 0

    # ---------------- positives
    order = cycle_order(r, len(POS), 500)
    for i, ti in enumerate(order):
        name, prov, kind, gen, var, fn = POS[ti]
        while True:
            value = GEN[gen](r)
            s = Slot(r, "secret", value, var, prov)
            path, text = fn(r, s)
            if filetype(path) == "env" and env_count >= 24:
                name, prov, kind, gen, var, fn = POS[(ti + 1 + r.randrange(len(POS) - 1)) % len(POS)]
                continue
            break
        if filetype(path) == "env":
            env_count += 1
        needle = value.split("\n", 1)[0] if gen == "ecpem" else value
        assert needle and needle in text, (name, needle)
        lines = text.split("\n")
        line = next(k for k, ln in enumerate(lines, 1) if needle in ln)
        assert needle in lines[line - 1]
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        with open(os.path.join(outdir, rel), encoding="utf-8", newline="") as fh:
            back = fh.read().split("\n")
        assert needle in back[line - 1], (rel, line)
        manifest.append({"file": rel, "label": "pos", "provider": prov, "kind": kind, "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": line})

    # ---------------- negatives: 250 re-used slots + 250 look-alikes, interleaved
    plan = ["slot"] * 250 + ["look"] * 250
    r.shuffle(plan)
    slot_order = cycle_order(r, len(POS), 250)
    look_order = cycle_order(r, len(NEG), 250)
    si = li = 0
    for i, what in enumerate(plan):
        if what == "slot":
            name, prov, _kind, gen, var, fn = POS[slot_order[si]]
            si += 1
            s, kind = neg_slot(r, prov, var, gen)
            path, text = fn(r, s)
            path = neg_path(path)
        else:
            name, prov, kind, fn = NEG[look_order[li]]
            li += 1
            path, text = fn(r)
        assert filetype(path) != "env" or path.endswith((".example", ".sample", ".template")), path
        for pat in LEAK_PATTERNS:
            assert not pat.search(text), (name, pat.pattern)
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": filetype(path)})

    assert sum(1 for m in manifest if m["label"] == "pos") == 500
    assert sum(1 for m in manifest if m["label"] == "neg") == 500
    assert env_count <= 25
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for sct in secrets:
            fh.write(json.dumps(sct, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
