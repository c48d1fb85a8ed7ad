#!/usr/bin/env python3
"""Blind evaluation-set generator "oc": headless CMS and static-site projects.

EMPHASIS
  Headless CMS / Jamstack repositories: Contentful (CFPAT- management PATs, Delivery and
  Preview tokens, space ids), Sanity (sk... API tokens, project ids), Storyblok (preview vs
  public vs personal access tokens), Prismic (permanent access tokens), DatoCMS (full-access
  and read-only API tokens), Hygraph/GraphCMS permanent auth tokens (RS256 JWT), Builder.io
  private keys (bpk-) vs public API keys, Directus (SECRET, static tokens, admin password),
  Strapi (API tokens, APP_KEYS, JWT secrets, salts), Payload CMS PAYLOAD_SECRET, Ghost Admin
  API keys (id:secret) vs Content API keys, TinaCMS tokens, Decap CMS OAuth client secrets,
  Keystatic secrets, Kontent.ai management / preview keys, Agility CMS fetch / preview keys,
  Umbraco Heartcore API keys, WordPress application passwords (also base64 inside a Basic
  header), Algolia admin keys vs search-only keys, Netlify PATs and build hooks, Vercel deploy
  hooks, preview / draft-mode / revalidation / webhook secrets.
  File types: .env.local (positives only), .env.example (negatives), TS/JS/MJS (Next.js,
  Nuxt, Astro, SvelteKit, Gatsby, Docusaurus configs and API routes), JSON (vercel.json,
  package.json, .contentfulrc.json, appsettings.json, slicemachine), YAML (GitHub Actions,
  docker-compose, Kubernetes Secret, Jekyll _config.yml, Decap config.yml), TOML (hugo.toml,
  netlify.toml), shell scripts, Makefile, Python, PHP, Markdown, NDJSON/SQL exports.

USAGE
  python3 -B gen_oc.py OUTDIR SEED
  56 positive templates (reused for ~250 negatives) + 33 look-alike negative templates.
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Deterministic for a given SEED
  (random.Random(SEED) only, no time, no str hash()).

NEEDLE CONVENTIONS
  The needle is the credential exactly as it appears in the file, without quotes:
  - whole token including vendor prefixes (CFPAT-, sk, bpk-, defaultlive., nfp_);
  - Ghost Admin key: the full "id:secret" string;
  - Strapi APP_KEYS: the whole comma separated list (one setting = one credential);
  - WordPress application password: the 24 chars with their spaces ("abcd EFGH ...");
    when embedded in a Basic header the needle is the base64 text of "user:password";
  - Kubernetes Secret `data:` values: the base64 text as written;
  - passwords inside URL userinfo (sync configs): the percent-encoded text as written;
  - deploy hooks (Netlify/Vercel): the full hook URL (the URL itself is the credential);
  - JWT-shaped keys (Hygraph, Kontent.ai): the whole three-part token.
  line = 1-based line of the first occurrence of the needle.

NEGATIVES
  ~50% template reuse: the same positive templates with the value replaced by a placeholder
  (<YOUR_...>, your-token-here, xxxx, CFPAT-xxxx...), environment reads (process.env.X,
  import.meta.env.X, os.environ, ${X}), CI secret references (${{ secrets.X }}), 1Password
  op:// references, empty values, masked values (********), "changeme".  Such files named
  .env.local are renamed .env.example.
  ~50% domain look-alikes: Contentful space/entry/asset ids and ctfassets URLs, Sanity project
  ids, asset refs (image-<sha1>-WxH-jpg) and document _rev ids, Storyblok PUBLIC tokens (the
  vendor documents them for production frontends), Algolia search-only keys in DocSearch
  configs (documented public), Ghost Content API keys (documented browser-safe), Builder.io
  public API keys (documented public), Hygraph public content endpoints, Tina client ids,
  Kontent.ai environment ids, Agility GUIDs, Keystatic GitHub App client ids, .vercel/
  project.json and .netlify/state.json ids, lockfile integrity hashes, SRI hashes, Gatsby /
  Next.js build hashes, Strapi stored (HMAC-SHA512 hashed) API token digests, Ghost bcrypt
  user hashes in exports, WordPress hashed application passwords in SQL dumps, Prismic
  document ids, Algolia queryIDs, git SHAs in changelogs, locale lists.
  DECISION on "public" tokens: Storyblok public tokens, Algolia search-only keys, Ghost Content
  API keys, Builder.io public keys, Tina client ids -> NEGATIVE (documented as safe to
  expose).  Contentful Delivery tokens and DatoCMS read-only tokens -> POSITIVE: they are
  bearer credentials to a private space, revocable, and the vendors tell you to keep them in
  env vars; Contentful Preview tokens / Storyblok preview tokens expose drafts -> POSITIVE.

FORMATS CHECKED
  - Storyblok token types (public / preview / personal access token; PAT sent without
    Bearer): storyblok.com/docs/concepts/access-tokens and management authentication docs
    (search tool, docs corpus).
  - DatoCMS: two default tokens (read-only, full-access), Bearer header, X-Api-Version: 3,
    site-api.datocms.com / graphql.datocms.com: datocms.com CMA authentication docs.
  - Ghost Admin API key = "{24-hex id}:{64-hex secret}", JWT HS256 with kid: docs.rs
    ghost-io-api auth module docs and Ghost's admin.js (HS256, 5m) seen on unpkg.
  - Contentful PAT creation endpoint (api.contentful.com/users/me/access_tokens): docs.
  - Everything else is from my own knowledge of the products (see DOUBTS).

DOUBTS
  - Lengths guessed from memory: Contentful tokens (43 chars base64url, CFPAT- + 43), Sanity
    (sk + ~180 alnum), Storyblok preview (22 alnum + "tt"), Storyblok PAT shape
    (xxxxtt-<digits>-<alnum>), DatoCMS (30 hex), Tina (40 hex), Netlify PAT (nfp_ + 40
    alnum), Umbraco Heartcore (random 32-40 alnum), Agility (defaultlive./defaultpreview. +
    64 hex), Kontent.ai (JWT with CRLF-pretty JSON header), Prismic ("MC5..." base64 of
    "0.<docid>" + "." + base64url of bytes with U+FFFD), Hygraph JWT claims, Vercel hook path.
  - A docs search for the Netlify PAT format returned a GitGuardian detector page (Netlify
    Token v2); I ignored it (it showed no format details anyway) and used my own knowledge.
  - Contentful CDA tokens labelled positive although some teams ship them to browsers.
"""
import base64
import hashlib
import json
import os
import random
import string
import sys
import textwrap

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"
BANNED = ("test", "example", "dummy", "fake", "sample", "xxxx", "demo", "placeholder")

WORDS = ("amber", "harbor", "lantern", "meadow", "copper", "falcon", "juniper", "orbit",
         "pepper", "quartz", "rocket", "saffron", "tundra", "velvet", "walnut", "willow",
         "cobalt", "ember", "fjord", "glacier", "hollow", "indigo", "kestrel", "lagoon",
         "marble", "nectar", "oyster", "pebble", "raven", "sierra", "thistle", "umber",
         "violet", "zephyr", "birch", "canyon", "dune", "fern", "granite", "heron")
SITES = ("northwind", "bluefin", "acorn", "tidewater", "kitestring", "lumen", "paperplane",
         "redwood", "sunbeam", "brightside", "oakridge", "greenhouse", "atlas", "parcel",
         "mosaic", "halcyon", "cinder", "fieldnotes", "waypoint", "meridian")
SUFFIX = ("blog", "docs", "site", "web", "marketing", "www", "journal", "store", "studio", "hub")
TLDS = (".com", ".io", ".dev", ".co", ".org", ".net", ".studio", ".app")
LOCALES = ("en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "pt-BR", "ja-JP", "sv-SE")


# ----------------------------------------------------------------------------- helpers
def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def clean(r, fn):
    for _ in range(50):
        v = fn()
        lv = v.lower()
        if not any(b in lv for b in BANNED):
            return v
    return v


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def cuid(r):
    return "cl" + rs(r, LOWER_ALNUM, 23)


def site(r):
    return r.choice(SITES) + "-" + r.choice(SUFFIX)


def domain(r):
    return r.choice(SITES) + r.choice(TLDS)


def ver(r):
    return "%d.%d.%d" % (r.randint(1, 14), r.randint(0, 30), r.randint(0, 20))


def space_id(r):
    return rs(r, LOWER_ALNUM, 12)


def sanity_pid(r):
    return rs(r, LOWER_ALNUM, 8)


def entry_id(r):
    return rs(r, ALNUM, 22)


def ts(r):
    return r.randint(1640995200, 1735689600)


def date(r):
    return "%d-%02d-%02d" % (r.randint(2021, 2025), r.randint(1, 12), r.randint(1, 28))


def human_pw(r):
    s = r.randrange(4)
    if s == 0:
        return r.choice(WORDS).capitalize() + r.choice("!#$%&*@?") + r.choice(WORDS).capitalize() + str(r.randint(10, 9999))
    if s == 1:
        return rs(r, ALNUM + "!#%&*+-=?@^_", r.randint(16, 32))
    if s == 2:
        return "-".join(r.sample(WORDS, r.randint(3, 5))) + "-" + str(r.randint(2, 99))
    return r.choice(WORDS).capitalize() + str(r.randint(1960, 2024)) + r.choice(WORDS) + r.choice("!.$#")


def rand_secret_str(r):
    s = r.randrange(5)
    if s == 0:
        return rs(r, HEX, r.choice([32, 40, 64]))
    if s == 1:
        return b64u(rbytes(r, r.choice([24, 32, 48])))
    if s == 2:
        return base64.b64encode(rbytes(r, 32)).decode()
    if s == 3:
        return rs(r, ALNUM, r.randint(24, 40))
    return human_pw(r)


def jwt(header, payload, sigbytes):
    return b64u(json.dumps(header, separators=(",", ":")).encode()) + "." + \
        b64u(json.dumps(payload, separators=(",", ":")).encode()) + "." + b64u(sigbytes)


# ----------------------------------------------------------------------------- secrets
def gen_secret(r, kind):
    k = kind
    if k == "cma_pat":
        return "CFPAT-" + rs(r, B64URL, 43)
    if k in ("cda_token", "cpa_token"):
        return rs(r, B64URL, 43)
    if k in ("sanity_token",):
        return "sk" + rs(r, ALNUM, r.choice([178, 180, 182]))
    if k in ("preview_token", "storyblok_preview"):
        return rs(r, ALNUM, 22) + "tt"
    if k == "storyblok_pat":
        return rs(r, ALNUM, 22) + "tt-" + str(r.randint(100000, 999999)) + "-" + rs(r, ALNUM + "-_", 20)
    if k == "prismic_token":
        docid = r.choice("XYZab") + rs(r, ALNUM, 15)
        p1 = base64.b64encode(("0." + docid).encode()).decode().rstrip("=")
        raw = b""
        for _ in range(r.randint(20, 30)):
            raw += b"\xef\xbf\xbd" if r.random() < 0.5 else bytes([r.choice(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_=@")])
        return p1 + "." + b64u(raw)
    if k in ("datocms_full", "datocms_readonly"):
        return rs(r, HEX, 30)
    if k == "hygraph_pat":
        region = r.choice(["eu-central-1", "us-east-1", "us-west-2", "ap-northeast-1", "eu-west-2"])
        pid = cuid(r)
        t = ts(r)
        payload = {"version": 3, "iat": t,
                   "aud": ["https://api-%s.hygraph.com/v2/%s/master" % (region, pid),
                           "mgmt-api.hygraph.com"],
                   "iss": "https://management-%s.hygraph.com/" % region.split("-")[0],
                   "sub": uuid4(r), "jti": cuid(r)}
        return jwt({"alg": "RS256", "typ": "JWT", "kid": "gcms-main-production"}, payload, rbytes(r, 256))
    if k == "builder_private":
        return "bpk-" + rs(r, HEX, 32)
    if k == "directus_token":
        return rs(r, ALNUM + "-_", 32)
    if k in ("directus_secret", "payload_secret", "preview_secret", "revalidate_secret",
             "webhook_secret", "keystatic_secret", "draft_secret"):
        if k == "payload_secret" and r.random() < 0.6:
            return rs(r, HEX, r.choice([24, 48]))
        if k == "keystatic_secret" and r.random() < 0.6:
            return rs(r, HEX, 64)
        return rand_secret_str(r)
    if k == "admin_password":
        return human_pw(r)
    if k == "strapi_api_token":
        return rs(r, HEX, 256)
    if k == "strapi_app_keys":
        return ",".join(base64.b64encode(rbytes(r, 16)).decode() for _ in range(4))
    if k in ("strapi_jwt_secret", "strapi_salt"):
        return base64.b64encode(rbytes(r, 16)).decode()
    if k == "ghost_admin_key":
        return rs(r, HEX, 24) + ":" + rs(r, HEX, 64)
    if k == "tina_token":
        return rs(r, HEX, 40)
    if k == "github_oauth_secret":
        return rs(r, HEX, 40)
    if k == "netlify_pat":
        return "nfp_" + rs(r, ALNUM, 40)
    if k == "netlify_build_hook":
        return "https://api.netlify.com/build_hooks/" + rs(r, HEX, 24)
    if k == "vercel_deploy_hook":
        return "https://api.vercel.com/v1/integrations/deploy/prj_" + rs(r, ALNUM, 28) + "/" + rs(r, ALNUM, 10)
    if k in ("kontent_management", "kontent_preview"):
        hdr = base64.b64encode(b'{\r\n  "alg": "HS256",\r\n  "typ": "JWT"\r\n}').decode().rstrip("=")
        t = ts(r)
        if k == "kontent_management":
            body = '{\r\n  "jti": "%s",\r\n  "iat": "%d",\r\n  "exp": "%d",\r\n  "ver": "3.0.0",\r\n  "scheme_version": "2",\r\n  "uid": "usr_0v%s",\r\n  "aud": "manage.kenticocloud.com"\r\n}' % (rs(r, HEX, 32), t, t + 31536000 * 3, rs(r, ALNUM, 20))
        else:
            body = '{\r\n  "jti": "%s",\r\n  "iat": "%d",\r\n  "exp": "%d",\r\n  "ver": "2.1.0",\r\n  "project_id": "%s",\r\n  "aud": "preview.delivery.kenticocloud.com"\r\n}' % (rs(r, HEX, 32), t, t + 31536000 * 3, rs(r, HEX, 32))
        return hdr + "." + base64.b64encode(body.encode()).decode().rstrip("=") + "." + b64u(rbytes(r, 32))
    if k == "agility_fetch":
        return "defaultlive." + rs(r, HEX, 64)
    if k == "agility_preview":
        return "defaultpreview." + rs(r, HEX, 64)
    if k == "umbraco_api_key":
        return rs(r, ALNUM, r.choice([32, 36, 40]))
    if k == "wp_app_password":
        return " ".join(rs(r, ALNUM, 4) for _ in range(6))
    if k == "algolia_admin":
        return rs(r, HEX, 32)
    raise KeyError(k)


PROVIDER_OF = {
    "cma_pat": "contentful", "cda_token": "contentful", "cpa_token": "contentful",
    "sanity_token": "sanity", "storyblok_preview": "storyblok", "storyblok_pat": "storyblok",
    "prismic_token": "prismic", "datocms_full": "datocms", "datocms_readonly": "datocms",
    "hygraph_pat": "hygraph", "builder_private": "builder.io", "directus_token": "directus",
    "directus_secret": "directus", "payload_secret": "payload", "strapi_api_token": "strapi",
    "strapi_app_keys": "strapi", "strapi_jwt_secret": "strapi", "strapi_salt": "strapi",
    "ghost_admin_key": "ghost", "tina_token": "tinacms", "github_oauth_secret": "decap-cms",
    "netlify_pat": "netlify", "netlify_build_hook": "netlify", "vercel_deploy_hook": "vercel",
    "kontent_management": "kontent.ai", "kontent_preview": "kontent.ai",
    "agility_fetch": "agility", "agility_preview": "agility", "umbraco_api_key": "umbraco-heartcore",
    "wp_app_password": "wordpress", "algolia_admin": "algolia", "keystatic_secret": "keystatic",
    "preview_secret": "nextjs", "revalidate_secret": "nextjs", "draft_secret": "nextjs",
    "webhook_secret": "cms-webhook", "admin_password": "directus",
}

PH = {
    "cma_pat": ["CFPAT-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<contentful-management-token>", "YOUR_CMA_TOKEN"],
    "cda_token": ["<delivery-access-token>", "your_contentful_access_token", "YOUR_CDA_TOKEN"],
    "cpa_token": ["<preview-access-token>", "your_contentful_preview_token"],
    "sanity_token": ["sk...", "<sanity-api-token>", "your-sanity-read-token"],
    "storyblok_preview": ["<your-preview-token>", "YOUR_PREVIEW_TOKEN"],
    "storyblok_pat": ["<personal-access-token>", "YOUR_OAUTH_TOKEN"],
    "prismic_token": ["<your-access-token>", "MC5...", "YOUR_PRISMIC_TOKEN"],
    "datocms_full": ["<YOUR-API-TOKEN>", "your-full-access-token"],
    "datocms_readonly": ["<YOUR-API-TOKEN>", "your-read-only-api-token"],
    "hygraph_pat": ["<permanent-auth-token>", "eyJ...", "YOUR_HYGRAPH_TOKEN"],
    "builder_private": ["bpk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<builder-private-key>"],
    "ghost_admin_key": ["<id>:<secret>", "YOUR_ADMIN_API_KEY", "1234:abcd"],
    "wp_app_password": ["xxxx xxxx xxxx xxxx xxxx xxxx", "<application-password>"],
    "netlify_build_hook": ["https://api.netlify.com/build_hooks/<hook-id>", "https://api.netlify.com/build_hooks/YOUR_HOOK_ID"],
    "vercel_deploy_hook": ["https://api.vercel.com/v1/integrations/deploy/<project-id>/<hook-id>", "YOUR_DEPLOY_HOOK_URL"],
    "strapi_app_keys": ["toBeModified1,toBeModified2", "key1,key2,key3,key4"],
    "strapi_jwt_secret": ["tobemodified", "replace-with-a-random-string"],
    "strapi_salt": ["tobemodified", "replace-with-a-random-string"],
    "agility_fetch": ["defaultlive.<your-key>", "YOUR_FETCH_API_KEY"],
    "agility_preview": ["defaultpreview.<your-key>", "YOUR_PREVIEW_API_KEY"],
    "netlify_pat": ["nfp_...", "<netlify-personal-access-token>"],
}
GENERIC_PH = ["<YOUR_TOKEN>", "your-token-here", "REPLACE_ME", "TODO", "<secret>",
              "insert-your-key-here", "generate-with-openssl-rand-hex-32", "__SET_IN_VERCEL__"]


class Val(object):
    """Value for the template's single credential slot."""

    def __init__(self, r, kind, pos):
        self.r, self.kind, self.pos = r, kind, pos
        self.provider = PROVIDER_OF[kind]
        self.secret = clean(r, lambda: gen_secret(r, kind)) if pos else None
        self.needle = self.secret
        self.mode = None if pos else r.choice(["placeholder", "placeholder", "envref", "envref",
                                               "secretref", "empty", "masked", "changeme"])
        self.ph = r.choice(PH.get(kind, []) + GENERIC_PH[:3]) if not pos else None

    def neg_raw(self, lang, name):
        m = self.mode
        if m == "placeholder":
            return self.ph, True
        if m == "changeme":
            return self.r.choice(["changeme", "change-me", "CHANGE_ME"]), True
        if m == "masked":
            return self.r.choice(["********", "****************", "[REDACTED]", "<redacted>"]), True
        if m == "empty":
            return "", True
        if m == "envref":
            if lang in ("js", "ts"):
                return "process.env." + name, False
            if lang == "vite":
                return "import.meta.env." + name, False
            if lang == "py":
                return 'os.environ["%s"]' % name, False
            if lang == "php":
                return "getenv('%s')" % name, False
            if lang in ("yaml", "sh", "compose", "toml", "env"):
                return "${%s}" % name, True
            if lang == "gha":
                return "${{ secrets.%s }}" % name, True
            return self.ph, True
        if m == "secretref":
            if lang == "gha":
                return "${{ secrets.%s }}" % name, True
            if lang in ("sh", "env"):
                return "op://Web/%s/credential" % name.lower().replace("_", "-"), True
            if lang in ("yaml", "compose"):
                return "{{ .Values.cms.%s }}" % name.lower(), True
            if lang in ("js", "ts"):
                return "await getSecret('%s')" % name.lower().replace("_", "-"), False
            return "${%s}" % name, True
        return self.ph, True

    def __call__(self, lang, name, q='"'):
        """Render the value for `lang`; q is the quote the template would use for a literal."""
        if self.pos:
            return q + self.secret + q
        v, quoted = self.neg_raw(lang, name)
        if quoted:
            return q + v + q
        return v

    def raw(self, lang, name):
        """Unquoted text form (env files, URLs, CLI args)."""
        if self.pos:
            return self.secret
        v, quoted = self.neg_raw(lang, name)
        return v if quoted else "${%s}" % name

    def urlenc(self):
        from urllib.parse import quote
        if self.pos:
            enc = quote(self.secret, safe="")
            self.needle = enc
            return enc
        return quote(self.ph or "changeme", safe="")

    def b64(self, prefix=""):
        if self.pos:
            enc = base64.b64encode((prefix + self.secret).encode()).decode()
            self.needle = enc
            return enc
        return base64.b64encode((prefix + (self.ph or "changeme")).encode()).decode()


def D(s, **kw):
    s = textwrap.dedent(s).lstrip("\n")
    for k, v in kw.items():
        s = s.replace("{%" + k + "%}", str(v))
    return s


def env_pad(r, lines):
    """Add innocent settings around an env file body (analytics ids, urls, flags)."""
    extra = [
        ["", "# Analytics", "NEXT_PUBLIC_GA_MEASUREMENT_ID=G-" + rs(r, string.ascii_uppercase + string.digits, 10)],
        ["", "# Site", "SITE_URL=https://www." + domain(r), "NEXT_PUBLIC_DEFAULT_LOCALE=" + r.choice(LOCALES)],
        ["NODE_OPTIONS=--max-old-space-size=%d" % r.choice([2048, 4096])],
        ["", "# Feature flags", "ENABLE_SEARCH=%s" % r.choice(["true", "false"]), "ENABLE_NEWSLETTER=%s" % r.choice(["true", "false"])],
        ["IMAGE_DOMAINS=" + ",".join(r.sample(["images.ctfassets.net", "cdn.sanity.io", "a.storyblok.com", "images.prismic.io", "www.datocms-assets.com"], 2))],
        ["", "# Cache", "REVALIDATE_SECONDS=%d" % r.choice([60, 300, 900, 3600])],
        ["NEXT_PUBLIC_SENTRY_ENVIRONMENT=" + r.choice(["development", "preview", "local"])],
    ]
    r.shuffle(extra)
    k = r.randint(0, 4)
    head = [l for blk in extra[:k // 2] for l in blk]
    tail = [l for blk in extra[k // 2:k] for l in blk]
    return head + lines + tail


def env_path(r, sub=""):
    return sub + r.choice([".env.local", ".env.local", ".env.local", ".env.development.local"])


def reindent(r, text):
    if r.random() < 0.3:
        out = []
        for line in text.split("\n"):
            n = len(line) - len(line.lstrip(" "))
            out.append(" " * (n * 2) + line[n:])
        return "\n".join(out)
    return text


# ----------------------------------------------------------------------------- positive templates
TEMPLATES = []


def T(name, kinds):
    def deco(fn):
        TEMPLATES.append((name, kinds, fn))
        return fn
    return deco


@T("env_local_contentful", ["cma_pat", "cda_token", "cpa_token"])
def t_env_contentful(r, V):
    sid = space_id(r)
    var = {"cma_pat": r.choice(["CONTENTFUL_MANAGEMENT_TOKEN", "CONTENTFUL_CMA_TOKEN", "CMA_TOKEN"]),
           "cda_token": r.choice(["CONTENTFUL_ACCESS_TOKEN", "CONTENTFUL_DELIVERY_TOKEN", "CTF_CDA_ACCESS_TOKEN"]),
           "cpa_token": r.choice(["CONTENTFUL_PREVIEW_ACCESS_TOKEN", "CTF_PREVIEW_TOKEN", "CONTENTFUL_PREVIEW_TOKEN"])}[V.kind]
    lines = ["# Contentful", "CONTENTFUL_SPACE_ID=" + sid,
             "CONTENTFUL_ENVIRONMENT=" + r.choice(["master", "staging", "dev"]),
             "%s=%s" % (var, V.raw("env", var))]
    if r.random() < 0.6:
        lines += ["", "# Next.js", "NEXT_PUBLIC_SITE_URL=https://www." + domain(r),
                  "NEXT_PUBLIC_DEFAULT_LOCALE=" + r.choice(LOCALES)]
    if r.random() < 0.5:
        lines += ["CONTENTFUL_PREVIEW_SECRET=${PREVIEW_SECRET}" if V.kind != "cpa_token" else "CONTENTFUL_HOST=preview.contentful.com"]
    lines += ["NEXT_TELEMETRY_DISABLED=1", "REVALIDATE_SECONDS=%d" % r.choice([60, 300, 3600])]
    return env_path(r), "env", "\n".join(env_pad(r, lines)) + "\n"


@T("contentful_migration_script", ["cma_pat"])
def t_ctf_migration(r, V):
    q = r.choice(["'", '"'])
    sid = space_id(r)
    ct = r.choice(["blogPost", "landingPage", "author", "productTeaser", "faqItem"])
    txt = D("""
    // scripts/migrations/run.js
    // Applies the migrations in ./migrations against the target environment.
    const path = require({q}path{q});
    const { runMigration } = require({q}contentful-migration{q});

    const SPACE_ID = {q}{%sid%}{q};
    const ENVIRONMENT_ID = process.env.CONTENTFUL_ENVIRONMENT || {q}{%env%}{q};
    const accessToken = {%val%};

    async function main() {
      const file = process.argv[2] || {q}{%file%}{q};
      const options = {
        filePath: path.resolve(__dirname, {q}migrations{q}, file),
        spaceId: SPACE_ID,
        environmentId: ENVIRONMENT_ID,
        accessToken,
        yes: true,
      };
      console.log(`Running ${file} on ${SPACE_ID}/${ENVIRONMENT_ID}`);
      await runMigration(options);
      console.log({q}Migration done ({%ct%}){q});
    }

    main().catch((err) => {
      console.error(err);
      process.exit(1);
    });
    """, sid=sid, env=r.choice(["staging", "dev", "master"]), file="%03d-add-%s.js" % (r.randint(1, 40), ct.lower()),
           ct=ct, val=V("js", "CONTENTFUL_MANAGEMENT_TOKEN", q)).replace("{q}", q)
    return "scripts/migrations/run.js", "js", reindent(r, txt)


@T("gatsby_config_contentful", ["cda_token", "cpa_token"])
def t_gatsby_ctf(r, V):
    q = r.choice(["'", '"', '`'])
    sid = space_id(r)
    s = site(r)
    key = "accessToken"
    host = "\n        host: 'preview.contentful.com'," if V.kind == "cpa_token" else ""
    txt = D("""
    require("dotenv").config({
      path: `.env.${process.env.NODE_ENV}`,
    });

    module.exports = {
      siteMetadata: {
        title: `{%title%}`,
        siteUrl: `https://www.{%dom%}`,
        description: `Stories and updates from the {%title%} team`,
      },
      plugins: [
        `gatsby-plugin-image`,
        `gatsby-plugin-sharp`,
        `gatsby-transformer-sharp`,
        {
          resolve: `gatsby-source-contentful`,
          options: {
            spaceId: `{%sid%}`,
            {%key%}: {%val%},{%host%}
            environment: `{%env%}`,
            downloadLocal: {%dl%},
          },
        },
        {
          resolve: `gatsby-plugin-manifest`,
          options: {
            name: `{%title%}`,
            short_name: `{%short%}`,
            start_url: `/`,
            background_color: `#ffffff`,
            theme_color: `{%color%}`,
            display: `minimal-ui`,
            icon: `src/images/icon.png`,
          },
        },
      ],
    };
    """, title=s.replace("-", " ").title(), dom=domain(r), sid=sid, key=key,
           val=V("js", "CONTENTFUL_ACCESS_TOKEN", q), host=host, env=r.choice(["master", "production"]),
           dl=r.choice(["true", "false"]), short=s.split("-")[0], color="#%06x" % r.randrange(16 ** 6))
    return "gatsby-config.js", "js", reindent(r, txt)


@T("contentfulrc_json", ["cma_pat"])
def t_ctfrc(r, V):
    d = {"managementToken": "@@", "activeSpaceId": space_id(r), "activeEnvironmentId": r.choice(["master", "staging"]),
         "host": "api.contentful.com"}
    if r.random() < 0.5:
        d["proxy"] = None
    txt = json.dumps(d, indent=r.choice([2, 4])).replace('"@@"', V("json", "CONTENTFUL_MANAGEMENT_TOKEN"))
    return r.choice([".contentfulrc.json", "contentful/.contentfulrc.json"]), "json", txt + "\n"


@T("contentful_import_config", ["cma_pat"])
def t_ctf_import(r, V):
    d = {"spaceId": space_id(r), "environmentId": r.choice(["master", "staging", "qa"]),
         "managementToken": "@@", "contentFile": "./export/contentful-export-%s.json" % date(r),
         "skipContentPublishing": r.choice([True, False]), "uploadAssets": True,
         "assetsDirectory": "./export/assets"}
    txt = json.dumps(d, indent=2).replace('"@@"', V("json", "CONTENTFUL_MANAGEMENT_TOKEN"))
    return r.choice(["contentful/import-config.json", "scripts/contentful-import.json"]), "json", txt + "\n"


@T("package_json_cli", ["cma_pat", "netlify_pat"])
def t_pkg_json(r, V):
    s = site(r)
    if V.kind == "cma_pat":
        cmd = "contentful space migration --space-id %s --environment-id staging --management-token %s --yes" % (
            space_id(r), V.raw("sh", "CONTENTFUL_MANAGEMENT_TOKEN"))
        key = "migrate"
        deps = {"contentful": "^10.%d.0" % r.randint(0, 12), "contentful-cli": "^3.%d.0" % r.randint(0, 5)}
    else:
        cmd = "netlify deploy --prod --dir=out --site %s --auth %s" % (uuid4(r), V.raw("sh", "NETLIFY_AUTH_TOKEN"))
        key = "deploy:prod"
        deps = {"netlify-cli": "^17.%d.0" % r.randint(0, 30)}
    d = {"name": s, "version": "0.%d.%d" % (r.randint(1, 9), r.randint(0, 20)), "private": True,
         "scripts": {"dev": "next dev", "build": "next build", "start": "next start", "lint": "next lint", key: cmd},
         "dependencies": {"next": "14.%d.%d" % (r.randint(0, 2), r.randint(0, 20)), "react": "^18.2.0", "react-dom": "^18.2.0"},
         "devDependencies": deps}
    txt = json.dumps(d, indent=2)
    return "package.json", "json", txt + "\n"


@T("gha_workflow_env", ["cma_pat", "sanity_token", "netlify_pat", "algolia_admin", "datocms_full", "strapi_api_token"])
def t_gha(r, V):
    var = {"cma_pat": "CONTENTFUL_MANAGEMENT_TOKEN", "sanity_token": "SANITY_AUTH_TOKEN",
           "netlify_pat": "NETLIFY_AUTH_TOKEN", "algolia_admin": "ALGOLIA_ADMIN_KEY",
           "datocms_full": "DATOCMS_API_TOKEN", "strapi_api_token": "STRAPI_TOKEN"}[V.kind]
    step = {"cma_pat": "npx contentful-migrate up --all",
            "sanity_token": "npx sanity dataset export production backup.tar.gz",
            "netlify_pat": "npx netlify deploy --prod --dir=public",
            "algolia_admin": "npm run index:algolia",
            "datocms_full": "npx datocms migrations:run --destination=feature-%s" % r.choice(WORDS),
            "strapi_api_token": "node scripts/sync-content.mjs"}[V.kind]
    txt = D("""
    name: {%name%}

    on:
      push:
        branches: [{%branch%}]
      workflow_dispatch:

    jobs:
      run:
        runs-on: ubuntu-latest
        env:
          {%var%}: {%val%}
          NODE_ENV: production
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-node@v4
            with:
              node-version: {%node%}
              cache: npm
          - run: npm ci
          - name: {%stepname%}
            run: {%step%}
    """, name=r.choice(["Content sync", "CMS migrations", "Deploy", "Search index"]), branch=r.choice(["main", "master", "production"]),
           var=var, val=V("gha", var, r.choice(["", '"', "'"])), node=r.choice(["18", "20", "'20.x'", "22"]),
           stepname=r.choice(["Run", "Sync", "Execute task"]), step=step)
    return ".github/workflows/%s.yml" % r.choice(["content", "deploy", "cms", "nightly"]), "yaml", txt


@T("sanity_client_ts", ["sanity_token"])
def t_sanity_client(r, V):
    q = r.choice(["'", '"'])
    pid = sanity_pid(r)
    txt = D("""
    import { createClient } from {q}@sanity/client{q}
    import imageUrlBuilder from {q}@sanity/image-url{q}

    export const projectId = {q}{%pid%}{q}
    export const dataset = process.env.SANITY_DATASET || {q}production{q}
    export const apiVersion = {q}{%apiv%}{q}

    export const client = createClient({
      projectId,
      dataset,
      apiVersion,
      useCdn: false,
      token: {%val%},
      perspective: {q}previewDrafts{q},
    })

    const builder = imageUrlBuilder(client)

    export function urlFor(source) {
      return builder.image(source).auto({q}format{q}).fit({q}max{q})
    }
    """, pid=pid, apiv=date(r), val=V("ts", "SANITY_API_READ_TOKEN", q)).replace("{q}", q)
    return r.choice(["src/lib/sanity.client.ts", "lib/sanity.ts", "sanity/lib/client.ts"]), "ts", reindent(r, txt)


@T("env_local_sanity", ["sanity_token", "preview_secret", "webhook_secret"])
def t_env_sanity(r, V):
    pid = sanity_pid(r)
    var = {"sanity_token": r.choice(["SANITY_API_READ_TOKEN", "SANITY_API_WRITE_TOKEN", "SANITY_TOKEN"]),
           "preview_secret": r.choice(["SANITY_PREVIEW_SECRET", "SANITY_STUDIO_PREVIEW_SECRET"]),
           "webhook_secret": "SANITY_REVALIDATE_SECRET"}[V.kind]
    lines = ["NEXT_PUBLIC_SANITY_PROJECT_ID=" + pid, "NEXT_PUBLIC_SANITY_DATASET=" + r.choice(["production", "development"]),
             "NEXT_PUBLIC_SANITY_API_VERSION=" + date(r)]
    if r.random() < 0.5:
        lines.append("")
        lines.append("# server only")
    lines.append("%s=%s" % (var, V.raw("env", var)))
    if r.random() < 0.5:
        lines.append("NEXT_PUBLIC_SANITY_STUDIO_URL=/studio")
    return env_path(r), "env", "\n".join(env_pad(r, lines)) + "\n"


@T("sanity_import_script", ["sanity_token"])
def t_sanity_import(r, V):
    pid = sanity_pid(r)
    txt = D("""
    #!/usr/bin/env node
    // One-off import of legacy WordPress posts into the Sanity dataset.
    import { createClient } from '@sanity/client'
    import fs from 'node:fs/promises'

    const client = createClient({
      projectId: '{%pid%}',
      dataset: '{%ds%}',
      apiVersion: '2023-05-03',
      token: {%val%},
      useCdn: false,
    })

    const raw = JSON.parse(await fs.readFile('./data/wp-posts.json', 'utf8'))
    let tx = client.transaction()
    for (const post of raw) {
      tx = tx.createOrReplace({
        _id: `imported-post-${post.id}`,
        _type: 'post',
        title: post.title.rendered,
        slug: { _type: 'slug', current: post.slug },
        publishedAt: post.date_gmt + 'Z',
      })
    }
    const res = await tx.commit()
    console.log(`imported ${res.results.length} documents`)
    """, pid=pid, ds=r.choice(["production", "staging"]), val=V("js", "SANITY_WRITE_TOKEN", "'"))
    return r.choice(["scripts/import-wp.mjs", "migrations/import.mjs"]), "js", txt


@T("next_draft_route", ["preview_secret", "draft_secret", "cpa_token"])
def t_draft_route(r, V):
    if V.kind == "cpa_token":
        line = "const PREVIEW_TOKEN = %s" % V("ts", "CONTENTFUL_PREVIEW_ACCESS_TOKEN", "'")
        check = "if (secret !== process.env.DRAFT_SECRET || !slug) {"
    else:
        name = r.choice(["DRAFT_MODE_SECRET", "PREVIEW_SECRET", "SANITY_PREVIEW_SECRET"])
        line = "const %s = %s" % (r.choice(["EXPECTED", "DRAFT_TOKEN", "previewKey"]), V("ts", name, "'"))
        check = "if (secret !== %s || !slug) {" % line.split()[1]
    txt = D("""
    // app/api/draft/route.ts
    import { draftMode } from 'next/headers'
    import { redirect } from 'next/navigation'

    {%line%}

    export async function GET(request: Request) {
      const { searchParams } = new URL(request.url)
      const secret = searchParams.get('secret')
      const slug = searchParams.get('slug')

      {%check%}
        return new Response('Invalid token', { status: 401 })
      }

      draftMode().enable()
      redirect(`/${slug}`)
    }
    """, line=line, check=check)
    return "app/api/draft/route.ts", "ts", txt


@T("revalidate_api", ["revalidate_secret", "webhook_secret"])
def t_revalidate(r, V):
    txt = D("""
    import type { NextApiRequest, NextApiResponse } from 'next'

    // Called by the CMS webhook after publish/unpublish.
    const WEBHOOK_KEY = {%val%}

    export default async function handler(req: NextApiRequest, res: NextApiResponse) {
      if (req.method !== 'POST') {
        return res.status(405).json({ message: 'Method not allowed' })
      }
      if (req.query.secret !== WEBHOOK_KEY) {
        return res.status(401).json({ message: 'Invalid token' })
      }
      const paths: string[] = req.body?.paths ?? ['/']
      try {
        await Promise.all(paths.map((p) => res.revalidate(p)))
        return res.json({ revalidated: true, paths, at: Date.now() })
      } catch (err) {
        return res.status(500).send('Error revalidating')
      }
    }
    """, val=V("ts", "REVALIDATE_SECRET", r.choice(["'", '"'])))
    return r.choice(["pages/api/revalidate.ts", "src/pages/api/revalidate.ts"]), "ts", txt


@T("nuxt_storyblok", ["storyblok_preview", "preview_secret"])
def t_nuxt_sb(r, V):
    if V.kind == "storyblok_preview":
        mod = "accessToken: %s," % V("ts", "STORYBLOK_TOKEN", "'")
        rc = "previewSecret: process.env.NUXT_PREVIEW_SECRET,"
    else:
        mod = "accessToken: process.env.STORYBLOK_TOKEN,"
        rc = "previewSecret: %s," % V("ts", "NUXT_PREVIEW_SECRET", "'")
    txt = D("""
    // https://nuxt.com/docs/api/configuration/nuxt-config
    export default defineNuxtConfig({
      devtools: { enabled: true },
      modules: [
        ['@storyblok/nuxt', {
          {%mod%}
          apiOptions: { region: '{%region%}' },
        }],
        '@nuxtjs/tailwindcss',
      ],
      runtimeConfig: {
        {%rc%}
        public: {
          siteUrl: 'https://{%dom%}',
          defaultLocale: '{%loc%}',
        },
      },
      app: {
        head: { titleTemplate: '%s | {%title%}' },
      },
    })
    """, mod=mod, rc=rc, region=r.choice(["eu", "us", "ap", "ca"]), dom=domain(r), loc=r.choice(LOCALES)[:2],
           title=site(r).replace("-", " ").title())
    return "nuxt.config.ts", "ts", reindent(r, txt)


@T("astro_storyblok", ["storyblok_preview"])
def t_astro_sb(r, V):
    txt = D("""
    import { defineConfig } from 'astro/config';
    import storyblok from '@storyblok/astro';
    import tailwind from '@astrojs/tailwind';
    import vercel from '@astrojs/vercel/serverless';

    export default defineConfig({
      site: 'https://{%dom%}',
      output: 'server',
      adapter: vercel(),
      integrations: [
        storyblok({
          accessToken: {%val%},
          bridge: true,
          apiOptions: { region: '{%region%}' },
          components: {
            page: 'storyblok/Page',
            feature: 'storyblok/Feature',
            grid: 'storyblok/Grid',
            teaser: 'storyblok/Teaser',
          },
        }),
        tailwind(),
      ],
    });
    """, dom=domain(r), val=V("vite", "STORYBLOK_TOKEN", "'"), region=r.choice(["eu", "us"]))
    return r.choice(["astro.config.mjs", "astro.config.ts"]), "js", reindent(r, txt)


@T("storyblok_mapi_script", ["storyblok_pat"])
def t_sb_mapi(r, V):
    sp = r.randint(100000, 299999)
    txt = D("""
    // scripts/sync-components.js  -- push component schemas to the staging space
    const StoryblokClient = require('storyblok-js-client')

    const SPACE_ID = {%sp%}
    const Storyblok = new StoryblokClient({
      oauthToken: {%val%},
      region: '{%region%}',
    })

    async function run() {
      const { data } = await Storyblok.get(`spaces/${SPACE_ID}/components/`)
      const existing = new Map(data.components.map((c) => [c.name, c.id]))
      for (const schema of require('../components.{%sp%}.json').components) {
        if (existing.has(schema.name)) {
          await Storyblok.put(`spaces/${SPACE_ID}/components/${existing.get(schema.name)}`, { component: schema })
        } else {
          await Storyblok.post(`spaces/${SPACE_ID}/components/`, { component: schema })
        }
        console.log('synced', schema.name)
      }
    }

    run().catch((e) => { console.error(e.message); process.exit(1) })
    """, sp=sp, val=V("js", "STORYBLOK_OAUTH_TOKEN", "'"), region=r.choice(["eu", "us"]))
    return "scripts/sync-components.js", "js", txt


@T("prismic_config", ["prismic_token"])
def t_prismic(r, V):
    repo = site(r)
    txt = D("""
    import * as prismic from "@prismicio/client";
    import * as prismicNext from "@prismicio/next";
    import config from "../slicemachine.config.json";

    export const repositoryName = config.repositoryName; // "{%repo%}"

    const routes: prismic.ClientConfig["routes"] = [
      { type: "homepage", path: "/" },
      { type: "page", path: "/:uid" },
      { type: "blog_post", path: "/blog/:uid" },
    ];

    export const createClient = (cfg: prismicNext.CreateClientConfig = {}) => {
      const client = prismic.createClient(repositoryName, {
        routes,
        accessToken: {%val%},
        fetchOptions:
          process.env.NODE_ENV === "production"
            ? { next: { tags: ["prismic"] }, cache: "force-cache" }
            : { next: { revalidate: 5 } },
        ...cfg,
      });
      prismicNext.enableAutoPreviews({ client, previewData: cfg.previewData, req: cfg.req });
      return client;
    };
    """, repo=repo, val=V("ts", "PRISMIC_ACCESS_TOKEN", '"'))
    return r.choice(["src/prismicio.ts", "prismicio.ts"]), "ts", txt


@T("datocms_request", ["datocms_full", "datocms_readonly"])
def t_dato(r, V):
    txt = D("""
    import { cache } from 'react';

    const DATOCMS_ENDPOINT = 'https://graphql.datocms.com/';
    const {%name%} = {%val%};

    type Opts = { query: string; variables?: Record<string, unknown>; includeDrafts?: boolean };

    export const performRequest = cache(async ({ query, variables = {}, includeDrafts = false }: Opts) => {
      const response = await fetch(DATOCMS_ENDPOINT, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${{%name%}}`,
          'X-Exclude-Invalid': 'true',
          ...(includeDrafts ? { 'X-Include-Drafts': 'true' } : {}),
        },
        body: JSON.stringify({ query, variables }),
        next: { tags: ['datocms'] },
      });
      const json = await response.json();
      if (!response.ok || json.errors) {
        throw new Error(`DatoCMS ${response.status}: ${JSON.stringify(json.errors)}`);
      }
      return json.data;
    });
    """, name=r.choice(["API_TOKEN", "token", "DATO_TOKEN", "cmsKey"]), val=V("ts", "DATOCMS_API_TOKEN", "'"))
    return r.choice(["lib/datocms.ts", "src/lib/datocms.ts"]), "ts", txt


@T("gatsby_config_dato", ["datocms_readonly", "datocms_full"])
def t_gatsby_dato(r, V):
    txt = D("""
    module.exports = {
      siteMetadata: {
        siteUrl: 'https://www.{%dom%}',
      },
      plugins: [
        'gatsby-plugin-react-helmet',
        'gatsby-plugin-sass',
        {
          resolve: 'gatsby-source-datocms',
          options: {
            apiToken: {%val%},
            preview: {%prev%},
            disableLiveReload: false,
            environment: '{%env%}',
          },
        },
        'gatsby-plugin-sitemap',
      ],
    }
    """, dom=domain(r), val=V("js", "DATO_API_TOKEN", "'"), prev=r.choice(["false", "true"]), env=r.choice(["main", "sandbox-%s" % r.choice(WORDS)]))
    return "gatsby-config.js", "js", reindent(r, txt)


@T("hygraph_client", ["hygraph_pat"])
def t_hygraph(r, V):
    region = r.choice(["eu-central-1", "us-east-1", "ap-south-1"])
    txt = D("""
    import { GraphQLClient } from 'graphql-request'

    const endpoint = 'https://{%region%}.cdn.hygraph.com/content/{%pid%}/master'

    export const hygraph = new GraphQLClient(endpoint, {
      headers: {
        Authorization: 'Bearer ' + {%val%},
      },
    })

    export async function getPosts(stage = 'PUBLISHED') {
      const { posts } = await hygraph.request(
        `query Posts($stage: Stage!) {
          posts(stage: $stage, orderBy: publishedAt_DESC, first: 20) {
            id
            slug
            title
            excerpt
            coverImage { url width height }
          }
        }`,
        { stage }
      )
      return posts
    }
    """, region=region, pid=cuid(r), val=V("js", "HYGRAPH_TOKEN", "'"))
    return r.choice(["lib/hygraph.js", "src/lib/graphcms.js", "lib/hygraph.ts"]), "js", txt


@T("builder_admin_script", ["builder_private"])
def t_builder(r, V):
    pub = rs(r, HEX, 32)
    txt = D("""
    // Bulk-update model entries with the Builder Write API.
    const PUBLIC_KEY = '{%pub%}'
    const PRIVATE_KEY = {%val%}

    async function updateEntry(model, id, data) {
      const res = await fetch(`https://builder.io/api/v1/write/${model}/${id}`, {
        method: 'PATCH',
        headers: {
          Authorization: `Bearer ${PRIVATE_KEY}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ data }),
      })
      if (!res.ok) throw new Error(`${res.status} ${await res.text()}`)
      return res.json()
    }

    const list = await fetch(`https://cdn.builder.io/api/v3/content/{%model%}?apiKey=${PUBLIC_KEY}&limit=100`).then((r) => r.json())
    for (const item of list.results) {
      await updateEntry('{%model%}', item.id, { ...item.data, locale: '{%loc%}' })
    }
    """, pub=pub, val=V("js", "BUILDER_PRIVATE_KEY", "'"), model=r.choice(["page", "section", "announcement-bar", "blog-article"]),
           loc=r.choice(LOCALES))
    return r.choice(["scripts/builder-bulk-update.mjs", "tools/builder-migrate.mjs"]), "js", txt


@T("directus_compose", ["directus_secret", "admin_password"])
def t_directus_compose(r, V):
    sec = V("compose", "DIRECTUS_SECRET", r.choice(["", '"'])) if V.kind == "directus_secret" else "${DIRECTUS_SECRET}"
    pw = V("compose", "ADMIN_PASSWORD", r.choice(["", '"', "'"])) if V.kind == "admin_password" else "${ADMIN_PASSWORD}"
    txt = D("""
    version: "3"
    services:
      database:
        image: postgis/postgis:13-master
        volumes:
          - ./data/database:/var/lib/postgresql/data
        environment:
          POSTGRES_USER: directus
          POSTGRES_PASSWORD: ${DB_PASSWORD}
          POSTGRES_DB: directus

      cache:
        image: redis:6

      directus:
        image: directus/directus:{%ver%}
        ports:
          - 8055:8055
        volumes:
          - ./uploads:/directus/uploads
          - ./extensions:/directus/extensions
        depends_on:
          - cache
          - database
        environment:
          KEY: "{%key%}"
          SECRET: {%sec%}
          DB_CLIENT: "pg"
          DB_HOST: "database"
          DB_PORT: "5432"
          DB_DATABASE: "directus"
          DB_USER: "directus"
          DB_PASSWORD: ${DB_PASSWORD}
          CACHE_ENABLED: "true"
          CACHE_STORE: "redis"
          REDIS: "redis://cache:6379"
          ADMIN_EMAIL: "{%email%}"
          ADMIN_PASSWORD: {%pw%}
          PUBLIC_URL: "https://cms.{%dom%}"
    """, ver=r.choice(["10.8.3", "10.10.4", "11.1.0", "latest"]), key=uuid4(r), sec=sec, pw=pw,
           email="%s@%s" % (r.choice(["admin", "ops", "web"]), domain(r)), dom=domain(r))
    return r.choice(["docker-compose.yml", "cms/docker-compose.yml"]), "yaml", txt


@T("directus_sdk", ["directus_token"])
def t_directus_sdk(r, V):
    txt = D("""
    import { createDirectus, rest, staticToken, readItems } from '@directus/sdk';

    const DIRECTUS_URL = 'https://cms.{%dom%}';

    export const directus = createDirectus(DIRECTUS_URL)
      .with(staticToken({%val%}))
      .with(rest());

    export async function getArticles(locale = '{%loc%}') {
      return directus.request(
        readItems('articles', {
          fields: ['id', 'slug', 'title', 'summary', { translations: ['*'] }],
          filter: { status: { _eq: 'published' } },
          deep: { translations: { _filter: { languages_code: { _eq: locale } } } },
          sort: ['-date_published'],
          limit: 24,
        })
      );
    }
    """, dom=domain(r), val=V("ts", "DIRECTUS_TOKEN", r.choice(["'", '"'])), loc=r.choice(LOCALES))
    return r.choice(["src/lib/directus.ts", "lib/directus.js", "src/lib/server/directus.ts"]), "ts", txt


@T("strapi_env_local", ["strapi_app_keys", "strapi_jwt_secret", "strapi_salt"])
def t_strapi_env(r, V):
    names = ["APP_KEYS", "API_TOKEN_SALT", "ADMIN_JWT_SECRET", "TRANSFER_TOKEN_SALT", "JWT_SECRET"]
    mine = {"strapi_app_keys": "APP_KEYS", "strapi_jwt_secret": r.choice(["ADMIN_JWT_SECRET", "JWT_SECRET"]),
            "strapi_salt": r.choice(["API_TOKEN_SALT", "TRANSFER_TOKEN_SALT"])}[V.kind]
    lines = ["HOST=0.0.0.0", "PORT=1337"]
    for n in names:
        if n == mine:
            lines.append("%s=%s" % (n, V.raw("env", n)))
        else:
            lines.append("%s=${%s}" % (n, "STRAPI_" + n) if r.random() < 0.5 else "# %s is injected by the platform" % n)
    lines += ["", "# Database", "DATABASE_CLIENT=" + r.choice(["postgres", "sqlite", "mysql"]),
              "DATABASE_HOST=127.0.0.1", "DATABASE_NAME=strapi", "DATABASE_USERNAME=strapi",
              "DATABASE_PASSWORD=${DATABASE_PASSWORD}", "DATABASE_FILENAME=.tmp/data.db"]
    return env_path(r, r.choice(["", "backend/"])), "env", "\n".join(env_pad(r, lines)) + "\n"


@T("strapi_admin_config", ["strapi_jwt_secret", "strapi_salt"])
def t_strapi_admin(r, V):
    if V.kind == "strapi_jwt_secret":
        a = "env('ADMIN_JWT_SECRET', %s)" % V("js", "ADMIN_JWT_SECRET", "'")
        b = "env('API_TOKEN_SALT')"
    else:
        a = "env('ADMIN_JWT_SECRET')"
        b = "env('API_TOKEN_SALT', %s)" % V("js", "API_TOKEN_SALT", "'")
    txt = D("""
    module.exports = ({ env }) => ({
      auth: {
        secret: {%a%},
      },
      apiToken: {
        salt: {%b%},
      },
      transfer: {
        token: {
          salt: env('TRANSFER_TOKEN_SALT'),
        },
      },
      flags: {
        nps: env.bool('FLAG_NPS', true),
        promoteEE: env.bool('FLAG_PROMOTE_EE', false),
      },
      url: env('ADMIN_URL', '/admin'),
    });
    """, a=a, b=b)
    return "config/admin.js", "js", txt


@T("strapi_fetch_token", ["strapi_api_token"])
def t_strapi_fetch(r, V):
    txt = D("""
    import qs from "qs";

    const STRAPI_URL = process.env.NEXT_PUBLIC_STRAPI_URL ?? "https://api.{%dom%}";
    const token = {%val%};

    export async function fetchAPI(path: string, params: Record<string, unknown> = {}) {
      const query = qs.stringify(params, { encodeValuesOnly: true });
      const res = await fetch(`${STRAPI_URL}/api${path}${query ? `?${query}` : ""}`, {
        headers: {
          "Content-Type": "application/json",
          Authorization: `Bearer ${token}`,
        },
        next: { revalidate: {%rv%} },
      });
      if (!res.ok) {
        console.error(res.statusText);
        throw new Error("An error occurred please try again");
      }
      return res.json();
    }
    """, dom=domain(r), val=V("ts", "STRAPI_API_TOKEN", '"'), rv=r.choice([60, 120, 3600]))
    return r.choice(["src/app/[lang]/utils/fetch-api.ts", "lib/strapi.ts", "frontend/src/lib/api.ts"]), "ts", txt


@T("payload_config", ["payload_secret"])
def t_payload(r, V):
    txt = D("""
    import { buildConfig } from 'payload/config'
    import { mongooseAdapter } from '@payloadcms/db-mongodb'
    import { lexicalEditor } from '@payloadcms/richtext-lexical'
    import path from 'path'
    import Users from './collections/Users'
    import Pages from './collections/Pages'
    import Media from './collections/Media'

    export default buildConfig({
      serverURL: process.env.PAYLOAD_PUBLIC_SERVER_URL || 'http://localhost:3000',
      secret: process.env.PAYLOAD_SECRET || {%val%},
      admin: {
        user: Users.slug,
        meta: { titleSuffix: '- {%title%}' },
      },
      editor: lexicalEditor({}),
      collections: [Users, Pages, Media],
      localization: {
        locales: [{%locs%}],
        defaultLocale: '{%loc%}',
      },
      typescript: {
        outputFile: path.resolve(__dirname, 'payload-types.ts'),
      },
      db: mongooseAdapter({
        url: process.env.DATABASE_URI,
      }),
    })
    """, val=V("ts", "PAYLOAD_SECRET", "'"), title=site(r).replace("-", " ").title(),
           locs=", ".join("'%s'" % l[:2] for l in r.sample(LOCALES, 3)), loc="en")
    return r.choice(["src/payload.config.ts", "payload.config.ts"]), "ts", reindent(r, txt)


@T("ghost_admin_script", ["ghost_admin_key"])
def t_ghost_admin(r, V):
    q = r.choice(["'", '"'])
    txt = D("""
    const GhostAdminAPI = require('@tryghost/admin-api');
    const fs = require('fs');

    const api = new GhostAdminAPI({
      url: 'https://{%dom%}',
      key: {%val%},
      version: '{%v%}',
    });

    (async () => {
      const posts = JSON.parse(fs.readFileSync('./drafts.json', 'utf8'));
      for (const p of posts) {
        const res = await api.posts.add(
          { title: p.title, html: p.html, status: 'draft', tags: p.tags },
          { source: 'html' }
        );
        console.log('created', res.id, res.slug);
      }
    })();
    """, dom=domain(r), val=V("js", "GHOST_ADMIN_API_KEY", q), v=r.choice(["v5.0", "v4.0", "v3"]))
    return r.choice(["scripts/import-drafts.js", "tools/ghost-publish.js"]), "js", txt


@T("ghost_theme_deploy", ["ghost_admin_key"])
def t_ghost_theme(r, V):
    txt = D("""
    name: Deploy Theme
    on:
      push:
        branches:
          - main
    jobs:
      deploy:
        runs-on: ubuntu-22.04
        steps:
          - uses: actions/checkout@v4
          - name: Deploy Ghost Theme
            uses: TryGhost/action-deploy-theme@v1
            with:
              api-url: https://{%dom%}
              api-key: {%val%}
              theme-name: {%theme%}
    """, dom=domain(r), val=V("gha", "GHOST_ADMIN_API_KEY", r.choice(["", '"'])), theme=r.choice(["casper-custom", "source-fork", "edition"]))
    return ".github/workflows/deploy-theme.yml", "yaml", txt


@T("tina_config", ["tina_token"])
def t_tina(r, V):
    txt = D("""
    import { defineConfig } from "tinacms";

    const branch =
      process.env.GITHUB_BRANCH ||
      process.env.VERCEL_GIT_COMMIT_REF ||
      process.env.HEAD ||
      "main";

    export default defineConfig({
      branch,
      clientId: "{%cid%}",
      token: {%val%},
      build: {
        outputFolder: "admin",
        publicFolder: "public",
      },
      media: {
        tina: { mediaRoot: "uploads", publicFolder: "public" },
      },
      schema: {
        collections: [
          {
            name: "post",
            label: "Posts",
            path: "content/posts",
            format: "mdx",
            fields: [
              { type: "string", name: "title", label: "Title", isTitle: true, required: true },
              { type: "datetime", name: "date", label: "Date" },
              { type: "rich-text", name: "body", label: "Body", isBody: true },
            ],
          },
        ],
      },
    });
    """, cid=uuid4(r), val=V("ts", "TINA_TOKEN", '"'))
    return r.choice(["tina/config.ts", "tina/config.js"]), "ts", txt


@T("decap_oauth_provider", ["github_oauth_secret"])
def t_decap(r, V):
    cid = "Ov23li" + rs(r, ALNUM, 14) if r.random() < 0.5 else rs(r, HEX, 20)
    txt = D("""
    # netlify-cms-oauth-provider for the Decap CMS GitHub backend
    [build]
      command = "npm run build"
      publish = "dist"
      functions = "netlify/functions"

    [build.environment]
      NODE_VERSION = "20"
      OAUTH_CLIENT_ID = "{%cid%}"
      OAUTH_CLIENT_SECRET = {%val%}
      REDIRECT_URL = "https://auth.{%dom%}/callback"
      GIT_HOSTNAME = "https://github.com"

    [[redirects]]
      from = "/auth"
      to = "/.netlify/functions/auth"
      status = 200

    [[redirects]]
      from = "/callback"
      to = "/.netlify/functions/callback"
      status = 200
    """, cid=cid, val=V("toml", "OAUTH_CLIENT_SECRET", '"'), dom=domain(r))
    return "netlify.toml", "toml", txt


@T("netlify_toml_env", ["sanity_token", "cda_token", "datocms_readonly", "algolia_admin", "tina_token"])
def t_netlify_env(r, V):
    var = {"sanity_token": "SANITY_TOKEN", "cda_token": "CONTENTFUL_ACCESS_TOKEN", "datocms_readonly": "DATOCMS_READONLY_TOKEN",
           "algolia_admin": "ALGOLIA_ADMIN_KEY", "tina_token": "TINA_TOKEN"}[V.kind]
    txt = D("""
    [build]
      command = "{%cmd%}"
      publish = "{%pub%}"

    [build.environment]
      NODE_VERSION = "{%node%}"
      HUGO_VERSION = "0.{%hv%}.0"
      {%var%} = {%val%}

    [context.deploy-preview]
      command = "{%cmd%} -- --buildDrafts"

    [[plugins]]
      package = "@netlify/plugin-lighthouse"

    [[headers]]
      for = "/*"
      [headers.values]
        X-Frame-Options = "DENY"
        Referrer-Policy = "strict-origin-when-cross-origin"
    """, cmd=r.choice(["npm run build", "hugo --gc --minify", "gatsby build"]), pub=r.choice(["public", "dist", "out"]),
           node=r.choice(["18", "20"]), hv=r.randint(110, 135), var=var, val=V("toml", var, '"'))
    return "netlify.toml", "toml", txt


@T("vercel_json_env", ["cpa_token", "sanity_token", "storyblok_preview", "agility_fetch", "datocms_readonly"])
def t_vercel_json(r, V):
    var = {"cpa_token": "CONTENTFUL_PREVIEW_TOKEN", "sanity_token": "SANITY_API_TOKEN", "storyblok_preview": "STORYBLOK_PREVIEW_TOKEN",
           "agility_fetch": "AGILITY_API_FETCH_KEY", "datocms_readonly": "DATOCMS_API_TOKEN"}[V.kind]
    d = {"$schema": "https://openapi.vercel.sh/vercel.json", "framework": r.choice(["nextjs", "nuxtjs", "astro"]),
         "build": {"env": {"NEXT_PUBLIC_SITE_URL": "https://" + domain(r), var: "@@"}},
         "crons": [{"path": "/api/rebuild-sitemap", "schedule": "0 %d * * *" % r.randint(0, 23)}],
         "headers": [{"source": "/(.*)", "headers": [{"key": "X-Content-Type-Options", "value": "nosniff"}]}]}
    txt = json.dumps(d, indent=2).replace('"@@"', V("json", var))
    return "vercel.json", "json", txt + "\n"


@T("keystatic_env", ["keystatic_secret", "github_oauth_secret"])
def t_keystatic(r, V):
    var = "KEYSTATIC_SECRET" if V.kind == "keystatic_secret" else "KEYSTATIC_GITHUB_CLIENT_SECRET"
    lines = ["# Keystatic GitHub mode", "KEYSTATIC_GITHUB_CLIENT_ID=Iv1." + rs(r, HEX, 16)]
    V.provider = "keystatic"
    if var == "KEYSTATIC_GITHUB_CLIENT_SECRET":
        lines.append("%s=%s" % (var, V.raw("env", var)))
        lines.append("KEYSTATIC_SECRET=${KEYSTATIC_SECRET}")
    else:
        lines.append("KEYSTATIC_GITHUB_CLIENT_SECRET=${GH_APP_CLIENT_SECRET}")
        lines.append("%s=%s" % (var, V.raw("env", var)))
    lines.append("NEXT_PUBLIC_KEYSTATIC_GITHUB_APP_SLUG=%s-keystatic" % site(r))
    return env_path(r), "env", "\n".join(env_pad(r, lines)) + "\n"


@T("kontent_env", ["kontent_management", "kontent_preview"])
def t_kontent(r, V):
    var = "KONTENT_MANAGEMENT_API_KEY" if V.kind == "kontent_management" else "KONTENT_PREVIEW_API_KEY"
    lines = ["KONTENT_ENVIRONMENT_ID=" + uuid4(r), "%s=%s" % (var, V.raw("env", var)),
             "KONTENT_COLLECTION_CODENAME=default", "KONTENT_LANGUAGE_CODENAME=" + r.choice(["default", "en-US", "de-DE"]),
             "NEXT_PUBLIC_BASE_URL=https://" + domain(r)]
    if r.random() < 0.5:
        lines.insert(0, "# Kontent.ai - see https://app.kontent.ai -> Project settings -> API keys")
    return env_path(r, r.choice(["", "apps/web/"])), "env", "\n".join(env_pad(r, lines)) + "\n"


@T("kontent_migration_js", ["kontent_management"])
def t_kontent_js(r, V):
    txt = D("""
    import { ManagementClient } from '@kontent-ai/management-sdk';

    export const client = new ManagementClient({
      environmentId: '{%eid%}',
      apiKey: {%val%},
    });

    const types = await client.listContentTypes().toAllPromise();
    for (const t of types.data.items) {
      console.log(t.codename.padEnd(32), t.elements.length);
    }
    """, eid=uuid4(r), val=V("js", "KONTENT_MANAGEMENT_API_KEY", "'"))
    return "scripts/list-types.mjs", "js", txt


@T("agility_config", ["agility_fetch", "agility_preview"])
def t_agility(r, V):
    guid = rs(r, HEX, 8) + "-" + r.choice(["u", "d", "c"])
    var = "AGILITY_API_FETCH_KEY" if V.kind == "agility_fetch" else "AGILITY_API_PREVIEW_KEY"
    lines = ["# Agility CMS", "AGILITY_GUID=" + guid, "%s=%s" % (var, V.raw("env", var)),
             "AGILITY_LOCALES=" + ",".join(r.sample(LOCALES, 2)), "AGILITY_SITEMAP=website",
             "AGILITY_SECURITY_KEY=${AGILITY_SECURITY_KEY}"]
    return env_path(r), "env", "\n".join(env_pad(r, lines)) + "\n"


@T("umbraco_appsettings", ["umbraco_api_key"])
def t_umbraco(r, V):
    d = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
         "AllowedHosts": "*",
         "Umbraco": {"Headless": {"ProjectAlias": site(r), "ApiKey": "@@", "UsePreview": r.choice([True, False])}},
         "Site": {"BaseUrl": "https://" + domain(r), "DefaultCulture": r.choice(LOCALES)}}
    txt = json.dumps(d, indent=2).replace('"@@"', V("json", "UMBRACO_API_KEY"))
    return r.choice(["appsettings.json", "src/Web/appsettings.Development.json"]), "json", txt + "\n"


@T("wp_basic_auth", ["wp_app_password"])
def t_wp_basic(r, V):
    user = r.choice(["editor", "headless", "api-user", "deploy", "ci-bot"])
    enc = V.b64(user + ":")
    txt = D("""
    // Fetch drafts from the headless WordPress install for preview builds.
    const WP_URL = 'https://wp.{%dom%}/wp-json/wp/v2';

    export async function getDraft(id: number) {
      const res = await fetch(`${WP_URL}/posts/${id}?context=edit`, {
        headers: {
          Authorization: 'Basic {%enc%}',
        },
        cache: 'no-store',
      });
      if (!res.ok) throw new Error(`WordPress returned ${res.status}`);
      return res.json();
    }
    """, dom=domain(r), enc=enc)
    return r.choice(["lib/wordpress.ts", "src/lib/wp-preview.ts"]), "ts", txt


@T("wp_app_password_php", ["wp_app_password"])
def t_wp_php(r, V):
    txt = D("""
    <?php
    /**
     * Pushes product updates from the ERP into the headless WordPress site.
     */
    $wp_base  = 'https://{%dom%}/wp-json/wp/v2';
    $wp_user  = '{%user%}';
    $wp_pass  = {%val%};

    function wp_request($method, $path, $body = null) {
        global $wp_base, $wp_user, $wp_pass;
        $ch = curl_init($wp_base . $path);
        curl_setopt($ch, CURLOPT_CUSTOMREQUEST, $method);
        curl_setopt($ch, CURLOPT_USERPWD, $wp_user . ':' . $wp_pass);
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        if ($body !== null) {
            curl_setopt($ch, CURLOPT_HTTPHEADER, ['Content-Type: application/json']);
            curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($body));
        }
        $out = curl_exec($ch);
        curl_close($ch);
        return json_decode($out, true);
    }
    """, dom=domain(r), user=r.choice(["sync", "erp-bridge", "editor"]), val=V("php", "WP_APP_PASSWORD", "'"))
    return r.choice(["sync/push-products.php", "bin/wp-sync.php"]), "php", txt


@T("wp_env_local", ["wp_app_password"])
def t_wp_env(r, V):
    lines = ["WORDPRESS_API_URL=https://%s/graphql" % domain(r), "WORDPRESS_AUTH_USER=" + r.choice(["nextjs", "preview", "admin"]),
             "WORDPRESS_APPLICATION_PASSWORD=\"%s\"" % V.raw("env", "WP_APP_PASSWORD"),
             "WORDPRESS_PREVIEW_SECRET=${PREVIEW_SECRET}", "IMAGES_DOMAIN=" + domain(r)]
    return env_path(r), "env", "\n".join(env_pad(r, lines)) + "\n"


@T("wp_url_userinfo", ["wp_app_password", "admin_password"])
def t_wp_url(r, V):
    user = r.choice(["deploy", "headless", "ci", "content-sync"])
    pw = V.urlenc()
    host = "wp." + domain(r) if V.kind == "wp_app_password" else "cms." + domain(r)
    if V.kind == "admin_password":
        V.provider = "directus"
    txt = D("""
    # content-sync job
    source:
      type: {%typ%}
      url: https://{%user%}:{%pw%}@{%host%}/{%path%}
      per_page: 100
      include_drafts: {%dr%}
    target:
      type: markdown
      dir: content/{%dir%}
      front_matter: yaml
    schedule: "*/{%m%} * * * *"
    """, typ="wordpress" if V.kind == "wp_app_password" else "directus", user=user, pw=pw, host=host,
           path="wp-json/wp/v2" if V.kind == "wp_app_password" else "items", dr=r.choice(["true", "false"]),
           dir=r.choice(["posts", "blog", "news"]), m=r.choice([5, 10, 15, 30]))
    return r.choice(["sync.config.yml", "config/content-sync.yaml"]), "yaml", txt


@T("algolia_index_script", ["algolia_admin"])
def t_algolia_script(r, V):
    app = rs(r, string.ascii_uppercase + string.digits, 10)
    txt = D("""
    // Rebuild the Algolia index from the generated search.json
    const algoliasearch = require('algoliasearch');
    const records = require('../public/search.json');

    const client = algoliasearch('{%app%}', {%val%});
    const index = client.initIndex('{%idx%}');

    index
      .replaceAllObjects(records, { autoGenerateObjectIDIfNotExist: true })
      .then(({ objectIDs }) => console.log(`indexed ${objectIDs.length} records`))
      .catch((e) => {
        console.error(e);
        process.exit(1);
      });
    """, app=app, val=V("js", "ALGOLIA_ADMIN_KEY", "'"), idx=r.choice(["prod_posts", "docs", "site_pages", "%s_en" % r.choice(SITES)]))
    return r.choice(["scripts/algolia.js", "tools/index-search.js"]), "js", txt


@T("jekyll_algolia_config", ["algolia_admin"])
def t_jekyll(r, V):
    txt = D("""
    title: {%title%}
    description: >-
      Notes on design, code and the web.
    baseurl: ""
    url: "https://{%dom%}"
    twitter_username: {%tw%}
    github_username: {%tw%}
    markdown: kramdown
    theme: minima
    plugins:
      - jekyll-feed
      - jekyll-seo-tag
      - jekyll-algolia

    algolia:
      application_id: {%app%}
      index_name: {%idx%}
      search_only_api_key: {%search%}
      admin_api_key: {%val%}
      files_to_exclude:
        - index.html
        - 404.html

    exclude:
      - Gemfile
      - Gemfile.lock
      - node_modules
      - vendor
    """, title=site(r).replace("-", " ").title(), dom=domain(r), tw=r.choice(SITES), app=rs(r, string.ascii_uppercase + string.digits, 10),
           idx=r.choice(["jekyll_posts", "blog"]), search=rs(r, HEX, 32), val=V("yaml", "ALGOLIA_ADMIN_KEY", r.choice(["", '"'])))
    return "_config.yml", "yaml", txt


@T("hugo_toml_algolia", ["algolia_admin"])
def t_hugo(r, V):
    txt = D("""
    baseURL = "https://{%dom%}/"
    languageCode = "{%loc%}"
    title = "{%title%}"
    theme = "{%theme%}"
    paginate = 10

    [params]
      description = "Field notes and release logs"
      mainSections = ["posts"]

    [params.algolia]
      appId = "{%app%}"
      indexName = "{%idx%}"
      apiKey = {%val%}
      vars = ["title", "summary", "date", "permalink"]

    [outputs]
      home = ["HTML", "RSS", "JSON"]

    [markup.goldmark.renderer]
      unsafe = true
    """, dom=domain(r), loc=r.choice(LOCALES).lower(), title=site(r).replace("-", " ").title(), theme=r.choice(["PaperMod", "ananke", "congo"]),
           app=rs(r, string.ascii_uppercase + string.digits, 10), idx=r.choice(["hugo", "site"]), val=V("toml", "ALGOLIA_ADMIN_KEY", '"'))
    return r.choice(["hugo.toml", "config.toml"]), "toml", txt


@T("deploy_hook_gha", ["netlify_build_hook", "vercel_deploy_hook"])
def t_hook_gha(r, V):
    txt = D("""
    name: Scheduled rebuild
    on:
      schedule:
        - cron: "{%m%} {%h%} * * *"
      workflow_dispatch:
    jobs:
      trigger:
        runs-on: ubuntu-latest
        steps:
          - name: Trigger build hook
            run: curl -fsS -X POST -d '{}' {%val%}
    """, m=r.randint(0, 59), h=r.randint(0, 23), val=V("gha", "BUILD_HOOK_URL", r.choice(["", '"'])))
    return ".github/workflows/%s.yml" % r.choice(["scheduled-rebuild", "nightly-build", "cron"]), "yaml", txt


@T("deploy_hook_sh", ["netlify_build_hook", "vercel_deploy_hook", "netlify_pat"])
def t_hook_sh(r, V):
    if V.kind == "netlify_pat":
        body = 'curl -fsS -H "Authorization: Bearer %s" \\\n  "https://api.netlify.com/api/v1/sites/$SITE_ID/builds" -X POST' % V.raw("sh", "NETLIFY_AUTH_TOKEN")
        pre = 'SITE_ID="%s"' % uuid4(r)
    else:
        body = 'curl -fsS -X POST "%s"' % V.raw("sh", "DEPLOY_HOOK")
        pre = 'BRANCH="${1:-main}"'
    txt = D("""
    #!/usr/bin/env bash
    # Rebuild the static site after the content export finished.
    set -euo pipefail

    {%pre%}
    echo "[$(date -u +%FT%TZ)] triggering rebuild"
    {%body%}
    echo
    echo "done"
    """, pre=pre, body=body)
    return r.choice(["scripts/rebuild.sh", "bin/trigger-deploy.sh", "ops/redeploy.sh"]), "sh", txt


@T("makefile_hook", ["netlify_build_hook", "vercel_deploy_hook", "cma_pat"])
def t_makefile(r, V):
    if V.kind == "cma_pat":
        line = "CMA_TOKEN ?= %s" % V.raw("sh", "CMA_TOKEN")
        tgt = "export:\n\tnpx contentful space export --space-id $(SPACE) --management-token $(CMA_TOKEN) --export-dir ./backup"
        extra = "SPACE ?= %s" % space_id(r)
    else:
        line = "HOOK := %s" % V.raw("sh", "BUILD_HOOK")
        tgt = "rebuild:\n\tcurl -X POST -d {} $(HOOK)"
        extra = "SITE := %s" % site(r)
    txt = D("""
    .PHONY: install dev build lint rebuild export

    {%extra%}
    {%line%}

    install:
    \tnpm ci

    dev:
    \tnpm run dev

    build:
    \tnpm run build

    lint:
    \tnpm run lint && npx prettier --check .

    {%tgt%}
    """, extra=extra, line=line, tgt=tgt)
    return "Makefile", "makefile", txt


@T("k8s_secret_b64", ["strapi_api_token", "directus_secret", "payload_secret", "sanity_token"])
def t_k8s(r, V):
    var = {"strapi_api_token": "STRAPI_API_TOKEN", "directus_secret": "SECRET", "payload_secret": "PAYLOAD_SECRET",
           "sanity_token": "SANITY_API_TOKEN"}[V.kind]
    enc = V.b64()
    txt = D("""
    apiVersion: v1
    kind: Secret
    metadata:
      name: {%name%}
      namespace: {%ns%}
      labels:
        app.kubernetes.io/name: {%name%}
        app.kubernetes.io/part-of: cms
    type: Opaque
    data:
      {%var%}: {%enc%}
    """, name=r.choice(["cms-secrets", "web-env", "payload-env"]), ns=r.choice(["web", "cms", "prod"]), var=var, enc=enc)
    return r.choice(["k8s/secret.yaml", "deploy/cms-secret.yaml"]), "yaml", txt


@T("python_export", ["cma_pat", "datocms_full", "sanity_token"])
def t_py(r, V):
    if V.kind == "cma_pat":
        imp = "import contentful_management"
        setup = "client = contentful_management.Client(%s)\nspace = client.spaces().find(%r)" % (V("py", "CONTENTFUL_MANAGEMENT_TOKEN"), space_id(r))
        body = "for entry in space.environments().find('master').entries().all({'content_type': 'article'}):\n        rows.append((entry.id, entry.fields().get('title'), entry.sys['updated_at']))"
    else:
        imp = "import requests"
        if V.kind == "datocms_full":
            setup = "TOKEN = %s\nHEADERS = {'Authorization': f'Bearer {TOKEN}', 'Accept': 'application/json', 'X-Api-Version': '3'}" % V("py", "DATOCMS_API_TOKEN")
            body = "resp = requests.get('https://site-api.datocms.com/items', headers=HEADERS, params={'page[limit]': 100})\n    for item in resp.json()['data']:\n        rows.append((item['id'], item['attributes'].get('title'), item['meta']['updated_at']))"
        else:
            setup = "TOKEN = %s\nURL = 'https://%s.api.sanity.io/v2021-10-21/data/query/production'" % (V("py", "SANITY_TOKEN"), sanity_pid(r))
            body = "resp = requests.get(URL, params={'query': '*[_type == \"post\"]{_id, title, _updatedAt}'}, headers={'Authorization': f'Bearer {TOKEN}'})\n    for d in resp.json()['result']:\n        rows.append((d['_id'], d.get('title'), d['_updatedAt']))"
    txt = D("""
    #!/usr/bin/env python3
    \"\"\"Dump CMS entries to CSV for the editorial audit.\"\"\"
    import csv
    import os
    import sys
    {%imp%}

    {%setup%}


    def main(path="audit.csv"):
        rows = []
        {%body%}
        with open(path, "w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["id", "title", "updated"])
            w.writerows(rows)
        print(f"wrote {len(rows)} rows to {path}", file=sys.stderr)


    if __name__ == "__main__":
        main(*sys.argv[1:])
    """, imp=imp, setup=setup, body=body)
    return r.choice(["scripts/export_audit.py", "tools/cms_audit.py"]), "py", txt


@T("readme_setup", ["cda_token", "storyblok_preview", "datocms_readonly", "prismic_token", "tina_token"])
def t_readme(r, V):
    var = {"cda_token": "CONTENTFUL_ACCESS_TOKEN", "storyblok_preview": "STORYBLOK_TOKEN", "datocms_readonly": "DATOCMS_API_TOKEN",
           "prismic_token": "PRISMIC_ACCESS_TOKEN", "tina_token": "TINA_TOKEN"}[V.kind]
    other = {"cda_token": "CONTENTFUL_SPACE_ID=" + space_id(r), "storyblok_preview": "STORYBLOK_REGION=eu",
             "datocms_readonly": "DATOCMS_ENVIRONMENT=main", "prismic_token": "PRISMIC_REPOSITORY=" + site(r),
             "tina_token": "NEXT_PUBLIC_TINA_CLIENT_ID=" + uuid4(r)}[V.kind]
    txt = D("""
    # {%title%}

    Marketing site built with Next.js and a headless CMS.

    ## Getting started

    1. Install dependencies: `npm install`
    2. Create `.env.local` with:

    ```
    {%other%}
    {%var%}={%val%}
    ```

    3. Run `npm run dev` and open http://localhost:3000

    ## Deployment

    Pushes to `main` deploy to production on Vercel. Preview deployments are created for
    every pull request.

    ## Content model

    | Type | Notes |
    |------|-------|
    | page | Landing pages, slug based |
    | post | Blog posts, localized ({%locs%}) |
    | author | Referenced from posts |
    """, title=site(r).replace("-", " ").title(), other=other, var=var, val=V.raw("md", var),
           locs=", ".join(r.sample(LOCALES, 3)))
    return r.choice(["README.md", "docs/SETUP.md", "CONTRIBUTING.md"]), "md", txt


@T("sveltekit_server", ["cda_token", "hygraph_pat", "strapi_api_token", "directus_token", "umbraco_api_key"])
def t_svelte(r, V):
    url, hdr = {"cda_token": ("https://cdn.contentful.com/spaces/%s/environments/master/entries" % space_id(r), "Authorization: `Bearer ${TOKEN}`"),
                "hygraph_pat": ("https://api-eu-central-1.hygraph.com/v2/%s/master" % cuid(r), "Authorization: `Bearer ${TOKEN}`"),
                "strapi_api_token": ("https://api.%s/api/articles" % domain(r), "Authorization: `Bearer ${TOKEN}`"),
                "directus_token": ("https://cms.%s/items/articles" % domain(r), "Authorization: `Bearer ${TOKEN}`"),
                "umbraco_api_key": ("https://cdn.umbraco.io/content", "'Api-Key': TOKEN, 'Umb-Project-Alias': '%s'" % site(r))}[V.kind]
    txt = D("""
    import { error } from '@sveltejs/kit';
    import type { PageServerLoad } from './$types';

    const TOKEN = {%val%};

    export const load: PageServerLoad = async ({ fetch, params, setHeaders }) => {
      const res = await fetch('{%url%}', {
        headers: { {%hdr%}, Accept: 'application/json' },
      });
      if (!res.ok) throw error(res.status, 'CMS request failed');
      const data = await res.json();
      setHeaders({ 'cache-control': 'public, max-age={%age%}' });
      return { items: data.items ?? data.data ?? data, slug: params.slug };
    };
    """, val=V("vite", "CMS_TOKEN", "'"), url=url, hdr=hdr, age=r.choice([60, 300, 600]))
    return r.choice(["src/routes/blog/[slug]/+page.server.ts", "src/routes/+page.server.ts"]), "ts", txt


@T("docusaurus_algolia_admin", ["algolia_admin"])
def t_docusaurus(r, V):
    txt = D("""
    // scripts/docsearch-push.js -- run after `docusaurus build` in CI
    const { execSync } = require('child_process');

    const config = {
      appId: '{%app%}',
      apiKey: {%val%}, // needs addObject/deleteIndex ACL
      indexName: '{%idx%}',
      sitemap: 'https://docs.{%dom%}/sitemap.xml',
    };

    execSync(
      `docker run -e APPLICATION_ID=${config.appId} -e API_KEY=${config.apiKey} ` +
        `-e CONFIG='${JSON.stringify({ index_name: config.indexName, start_urls: [config.sitemap] })}' algolia/docsearch-scraper`,
      { stdio: 'inherit' }
    );
    """, app=rs(r, string.ascii_uppercase + string.digits, 10), val=V("js", "ALGOLIA_ADMIN_KEY", "'"), idx=r.choice(["docs", "%s-docs" % r.choice(SITES)]),
           dom=domain(r))
    return "scripts/docsearch-push.js", "js", txt


@T("nuxt_runtime_secret", ["cda_token", "kontent_preview", "storyblok_pat", "builder_private"])
def t_nuxt_rc(r, V):
    key = {"cda_token": "contentfulToken", "kontent_preview": "kontentPreviewKey", "storyblok_pat": "storyblokManagementToken",
           "builder_private": "builderPrivateKey"}[V.kind]
    txt = D("""
    export default defineNuxtConfig({
      ssr: true,
      nitro: { preset: '{%preset%}' },
      runtimeConfig: {
        {%key%}: {%val%},
        public: {
          siteName: '{%title%}',
          gtmId: 'GTM-{%gtm%}',
        },
      },
      i18n: {
        locales: [{%locs%}],
        defaultLocale: 'en',
      },
      modules: ['@nuxtjs/i18n', '@nuxt/image'],
    })
    """, preset=r.choice(["netlify", "vercel", "node-server"]), key=key, val=V("ts", key.upper(), "'"),
           title=site(r).replace("-", " ").title(), gtm=rs(r, string.ascii_uppercase + string.digits, 7),
           locs=", ".join("'%s'" % l[:2] for l in r.sample(LOCALES, 3)))
    return "nuxt.config.ts", "ts", txt


@T("next_config_env", ["cda_token", "sanity_token", "prismic_token", "preview_secret"])
def t_next_config(r, V):
    var = {"cda_token": "CONTENTFUL_ACCESS_TOKEN", "sanity_token": "SANITY_READ_TOKEN", "prismic_token": "PRISMIC_TOKEN",
           "preview_secret": r.choice(["PREVIEW_SECRET", "DRAFT_MODE_SECRET"])}[V.kind]
    txt = D("""
    /** @type {import('next').NextConfig} */
    const nextConfig = {
      reactStrictMode: true,
      env: {
        {%var%}: {%val%},
      },
      images: {
        remotePatterns: [
          { protocol: 'https', hostname: '{%img%}' },
        ],
      },
      i18n: {
        locales: [{%locs%}],
        defaultLocale: 'en-US',
      },
    }

    module.exports = nextConfig
    """, var=var, val=V("js", var, "'"), img=r.choice(["images.ctfassets.net", "cdn.sanity.io", "images.prismic.io", "a.storyblok.com"]),
           locs=", ".join("'%s'" % l for l in ["en-US"] + r.sample(LOCALES[1:], 2)))
    return r.choice(["next.config.js", "apps/web/next.config.js"]), "js", reindent(r, txt)


@T("decap_git_gateway_readme", ["netlify_pat"])
def t_decap_readme(r, V):
    txt = D("""
    ## CMS access (Decap CMS + Git Gateway)

    Editors log in at https://{%dom%}/admin/ with Netlify Identity. Git Gateway commits on
    their behalf to `{%repo%}`.

    If Identity/Git Gateway needs to be re-enabled from the CLI:

        export NETLIFY_AUTH_TOKEN={%val%}
        netlify api enableIdentity --data '{ "site_id": "{%sid%}" }'

    `static/admin/config.yml` uses:

    ```yaml
    backend:
      name: git-gateway
      branch: main
    media_folder: static/img
    public_folder: /img
    ```
    """, dom=domain(r), repo="%s/%s" % (r.choice(SITES), site(r)), val=V.raw("sh", "NETLIFY_AUTH_TOKEN"), sid=uuid4(r))
    return r.choice(["docs/cms.md", "README.md"]), "md", txt


@T("ghost_content_plus_admin_env", ["ghost_admin_key"])
def t_ghost_env(r, V):
    lines = ["GHOST_API_URL=https://%s" % domain(r), "GHOST_CONTENT_API_KEY=" + rs(r, HEX, 26),
             "GHOST_ADMIN_API_KEY=" + V.raw("env", "GHOST_ADMIN_API_KEY"), "SITE_URL=https://www.%s" % domain(r)]
    return env_path(r), "env", "\n".join(env_pad(r, lines)) + "\n"


# ----------------------------------------------------------------------------- look-alike negatives
LOOK = []


def L(name, provider, kind):
    def deco(fn):
        LOOK.append((name, provider, kind, fn))
        return fn
    return deco


@L("ctf_asset_urls", "contentful", "asset_url")
def l_ctf_assets(r):
    sid = space_id(r)
    items = []
    for _ in range(r.randint(3, 8)):
        items.append({"sys": {"id": entry_id(r), "type": "Asset", "revision": r.randint(1, 9)},
                      "fields": {"title": r.choice(WORDS).title() + " hero",
                                 "file": {"url": "//images.ctfassets.net/%s/%s/%s/%s.jpg" % (sid, entry_id(r), rs(r, HEX, 32), r.choice(WORDS)),
                                          "contentType": "image/jpeg",
                                          "details": {"size": r.randint(20000, 900000), "image": {"width": 1600, "height": 900}}}}})
    d = {"sys": {"type": "Array"}, "total": len(items), "skip": 0, "limit": 100, "items": items}
    return r.choice(["__fixtures__/contentful-assets.json", "test-data/assets.json", "src/mocks/assets.json"]), "json", json.dumps(d, indent=2) + "\n"


@L("ctf_space_ids_env_example", "contentful", "space_id")
def l_ctf_env(r):
    lines = ["# Copy to .env.local and fill in the tokens from Settings -> API keys",
             "CONTENTFUL_SPACE_ID=" + space_id(r), "CONTENTFUL_ENVIRONMENT=master",
             "CONTENTFUL_ACCESS_TOKEN=", "CONTENTFUL_PREVIEW_ACCESS_TOKEN=",
             "CONTENTFUL_MANAGEMENT_TOKEN=", "NEXT_PUBLIC_SITE_URL=http://localhost:3000"]
    return ".env.example", "env", "\n".join(lines) + "\n"


@L("ctf_migration_ids", "contentful", "entry_id")
def l_ctf_mig(r):
    ids = [entry_id(r) for _ in range(r.randint(4, 9))]
    txt = "module.exports = function (migration) {\n  // Re-link featured entries after the merge\n  const ids = [\n"
    txt += "".join("    '%s',\n" % i for i in ids)
    txt += "  ];\n  const post = migration.editContentType('blogPost');\n  post.createField('featured').name('Featured').type('Boolean');\n  migration.transformEntries({\n    contentType: 'blogPost',\n    from: ['slug'],\n    to: ['featured'],\n    transformEntryForLocale: (fields, locale, { id }) => ({ featured: ids.includes(id) }),\n  });\n};\n"
    return "migrations/%03d-featured-flag.js" % r.randint(1, 60), "js", txt


@L("sanity_config_ids", "sanity", "project_id")
def l_sanity_cfg(r):
    pid = sanity_pid(r)
    txt = D("""
    import { defineConfig } from 'sanity'
    import { structureTool } from 'sanity/structure'
    import { visionTool } from '@sanity/vision'
    import { schemaTypes } from './schemas'

    export default defineConfig({
      name: 'default',
      title: '{%title%}',
      projectId: '{%pid%}',
      dataset: '{%ds%}',
      plugins: [structureTool(), visionTool({ defaultApiVersion: '{%d%}' })],
      schema: { types: schemaTypes },
    })
    """, title=site(r).replace("-", " ").title(), pid=pid, ds=r.choice(["production", "staging"]), d=date(r))
    return r.choice(["sanity.config.ts", "studio/sanity.config.ts"]), "ts", txt


@L("sanity_ndjson_export", "sanity", "asset_ref")
def l_sanity_ndjson(r):
    lines = []
    for _ in range(r.randint(4, 10)):
        sha = rs(r, HEX, 40)
        w, h = r.choice([(1200, 800), (1920, 1080), (800, 800), (2400, 1600)])
        doc = {"_id": uuid4(r) if r.random() < 0.5 else rs(r, ALNUM, 22), "_type": "post", "_rev": rs(r, ALNUM, 22),
               "_createdAt": date(r) + "T10:%02d:00Z" % r.randint(0, 59), "title": " ".join(r.sample(WORDS, 3)).title(),
               "mainImage": {"_type": "image", "asset": {"_ref": "image-%s-%dx%d-jpg" % (sha, w, h), "_type": "reference"}}}
        lines.append(json.dumps(doc, separators=(",", ":")))
    return r.choice(["data/production.ndjson", "seed/posts.ndjson"]), "ndjson", "\n".join(lines) + "\n"


@L("storyblok_public_token", "storyblok", "public_token")
def l_sb_public(r):
    tok = rs(r, ALNUM, 22) + "tt"
    txt = D("""
    // Public access token: read-only, published content only (Settings -> Access Tokens -> public).
    // Safe to ship to the browser; previews use the server-side preview token instead.
    import { storyblokInit, apiPlugin } from '@storyblok/react'
    import Page from './components/Page'
    import Teaser from './components/Teaser'

    storyblokInit({
      accessToken: '{%tok%}',
      use: [apiPlugin],
      apiOptions: { region: '{%region%}', cache: { type: 'memory' } },
      components: { page: Page, teaser: Teaser },
    })
    """, tok=tok, region=r.choice(["eu", "us"]))
    return r.choice(["src/lib/storyblok.public.js", "src/storyblok.js"]), "js", txt


@L("docusaurus_docsearch", "algolia", "search_only_key")
def l_docusaurus(r):
    txt = D("""
    // @ts-check
    const {themes} = require('prism-react-renderer');

    /** @type {import('@docusaurus/types').Config} */
    const config = {
      title: '{%title%}',
      url: 'https://docs.{%dom%}',
      baseUrl: '/',
      onBrokenLinks: 'throw',
      favicon: 'img/favicon.ico',
      i18n: { defaultLocale: 'en', locales: ['en', '{%l%}'] },
      presets: [['classic', { docs: { sidebarPath: require.resolve('./sidebars.js') } }]],
      themeConfig: {
        // DocSearch: the search-only API key is public by design.
        algolia: {
          appId: '{%app%}',
          apiKey: '{%key%}',
          indexName: '{%idx%}',
          contextualSearch: true,
        },
        prism: { theme: themes.github, darkTheme: themes.dracula },
      },
    };

    module.exports = config;
    """, title=site(r).replace("-", " ").title(), dom=domain(r), l=r.choice(LOCALES)[:2], app=rs(r, string.ascii_uppercase + string.digits, 10),
           key=rs(r, HEX, 32), idx=r.choice(["docs", "%s" % r.choice(SITES)]))
    return "docusaurus.config.js", "js", txt


@L("ghost_content_key", "ghost", "content_api_key")
def l_ghost_content(r):
    txt = D("""
    import GhostContentAPI from '@tryghost/content-api'

    // Content API keys are safe to use in browsers (public, read-only, published content).
    const api = new GhostContentAPI({
      url: 'https://{%dom%}',
      key: '{%key%}',
      version: 'v5.0',
    })

    export async function getPosts() {
      return api.posts.browse({ limit: 'all', include: 'tags,authors' })
    }
    """, dom=domain(r), key=rs(r, HEX, 26))
    return r.choice(["lib/ghost.js", "src/api/ghost.js"]), "js", txt


@L("builder_public_key", "builder.io", "public_api_key")
def l_builder_pub(r):
    txt = D("""
    'use client'
    import { builder, Builder } from '@builder.io/react'
    import { Hero } from './components/Hero'

    // Public API key (Account settings -> Public API Key); used in the browser.
    builder.init('{%key%}')

    Builder.registerComponent(Hero, {
      name: 'Hero',
      inputs: [
        { name: 'title', type: 'string', defaultValue: '{%t%}' },
        { name: 'image', type: 'file', allowedFileTypes: ['jpeg', 'png', 'webp'] },
      ],
    })
    """, key=rs(r, HEX, 32), t=" ".join(r.sample(WORDS, 2)).title())
    return r.choice(["builder-registry.ts", "src/builder.ts"]), "ts", txt


@L("hygraph_public_endpoint", "hygraph", "public_endpoint")
def l_hygraph_pub(r):
    lines = ["# Public content API (Public Content API permissions enabled, no token needed)",
             "NEXT_PUBLIC_HYGRAPH_ENDPOINT=https://%s.cdn.hygraph.com/content/%s/master" % (r.choice(["eu-central-1-shared-euc1-02", "us-east-1-shared-usea1-02"]), cuid(r)),
             "HYGRAPH_TOKEN=", "NEXT_PUBLIC_DEFAULT_STAGE=PUBLISHED"]
    return ".env.example", "env", "\n".join(lines) + "\n"


@L("vercel_project_json", "vercel", "project_id")
def l_vercel_proj(r):
    d = {"projectId": "prj_" + rs(r, ALNUM, 28), "orgId": "team_" + rs(r, ALNUM, 24)}
    return ".vercel/project.json", "json", json.dumps(d) + "\n"


@L("netlify_state", "netlify", "site_id")
def l_netlify_state(r):
    d = {"siteId": uuid4(r)}
    return ".netlify/state.json", "json", json.dumps(d, indent=2) + "\n"


@L("lockfile_integrity", "npm", "integrity_hash")
def l_lock(r):
    pk = {"name": site(r), "version": "0.1.0", "lockfileVersion": 3, "requires": True, "packages": {}}
    for name in r.sample(["@sanity/client", "contentful", "@storyblok/js", "@prismicio/client", "@datocms/cma-client-node",
                          "@tryghost/content-api", "algoliasearch", "graphql-request", "@directus/sdk", "tinacms",
                          "@kontent-ai/delivery-sdk", "@builder.io/react"], 6):
        v = ver(r)
        pk["packages"]["node_modules/" + name] = {"version": v, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name.split("/")[-1], v),
                                                  "integrity": "sha512-" + base64.b64encode(rbytes(r, 64)).decode(), "license": "MIT"}
    return "package-lock.json", "json", json.dumps(pk, indent=2) + "\n"


@L("sri_layout", "static-site", "sri_hash")
def l_sri(r):
    h1 = "sha384-" + base64.b64encode(rbytes(r, 48)).decode()
    h2 = "sha384-" + base64.b64encode(rbytes(r, 48)).decode()
    txt = D("""
    <!DOCTYPE html>
    <html lang="{{ site.lang | default: "en" }}">
      <head>
        <meta charset="utf-8">
        <title>{{ page.title }} | {{ site.title }}</title>
        <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/@docsearch/css@3" integrity="{%h1%}" crossorigin="anonymous">
        <script src="https://cdn.jsdelivr.net/npm/@docsearch/js@3" integrity="{%h2%}" crossorigin="anonymous" defer></script>
      </head>
      <body>
        {{ content }}
      </body>
    </html>
    """, h1=h1, h2=h2)
    return "_layouts/default.html", "html", txt


@L("gatsby_page_data", "gatsby", "build_hash")
def l_gatsby(r):
    d = {"componentChunkName": "component---src-templates-blog-post-js", "path": "/blog/%s/" % "-".join(r.sample(WORDS, 3)),
         "result": {"pageContext": {"id": uuid4(r), "slug": r.choice(WORDS)}},
         "staticQueryHashes": [str(r.randint(10 ** 8, 10 ** 10)) for _ in range(3)],
         "webpackCompilationHash": rs(r, HEX, 20), "slicesMap": {}}
    return "public/page-data/blog/page-data.json", "json", json.dumps(d) + "\n"


@L("strapi_hashed_token_dump", "strapi", "hashed_api_token")
def l_strapi_hash(r):
    rows = []
    for i in range(1, r.randint(3, 6)):
        rows.append("(%d, '%s', '', '%s', '%s', NULL, '%s 10:00:00', '%s 10:00:00')" % (
            i, r.choice(["frontend", "import", "preview", "search-sync"]), r.choice(["read-only", "full-access", "custom"]),
            rs(r, HEX, 128), date(r), date(r)))
    txt = "-- strapi api_tokens (access_key is stored as HMAC-SHA512 hash with API_TOKEN_SALT)\n"
    txt += "INSERT INTO strapi_api_tokens (id, name, description, type, access_key, last_used_at, created_at, updated_at) VALUES\n"
    txt += ",\n".join(rows) + ";\n"
    return r.choice(["db/seed/api_tokens.sql", "backups/strapi_api_tokens.sql"]), "sql", txt


@L("ghost_export_bcrypt", "ghost", "password_hash")
def l_ghost_export(r):
    users = []
    for _ in range(r.randint(2, 4)):
        users.append({"id": rs(r, HEX, 24), "name": r.choice(WORDS).title(), "slug": r.choice(WORDS),
                      "password": "$2a$10$" + rs(r, "./" + ALNUM, 53), "email": "%s@%s" % (r.choice(WORDS), domain(r)),
                      "status": "active", "created_at": date(r) + "T09:00:00.000Z"})
    d = {"db": [{"meta": {"exported_on": r.randint(1600000000000, 1730000000000), "version": "5.%d.0" % r.randint(0, 90)},
                 "data": {"users": users}}]}
    return r.choice(["content/data/ghost-export.json", "backup/ghost.json"]), "json", json.dumps(d, indent=2) + "\n"


@L("wp_hashed_app_password", "wordpress", "hashed_app_password")
def l_wp_hash(r):
    entries = []
    for _ in range(r.randint(1, 3)):
        h = "$P$B" + rs(r, "./" + ALNUM, 30) if r.random() < 0.5 else "$wp$2y$10$" + rs(r, "./" + ALNUM, 53)
        entries.append('a:6:{s:4:"uuid";s:36:"%s";s:6:"app_id";s:0:"";s:4:"name";s:7:"nextjs1";s:8:"password";s:%d:"%s";s:7:"created";i:%d;s:9:"last_used";N;}' % (uuid4(r), len(h), h, ts(r)))
    txt = "-- wp_usermeta excerpt (application passwords are stored hashed)\n"
    txt += "INSERT INTO `wp_usermeta` (`umeta_id`, `user_id`, `meta_key`, `meta_value`) VALUES\n"
    txt += "(%d, 1, '_application_passwords', 'a:%d:{%s}');\n" % (r.randint(100, 999), len(entries), "".join("i:%d;%s" % (i, e) for i, e in enumerate(entries)))
    return r.choice(["db/wp_usermeta.sql", "sql/dump-usermeta.sql"]), "sql", txt


@L("prismic_doc_ids", "prismic", "document_id")
def l_prismic(r):
    res = []
    for _ in range(r.randint(2, 5)):
        res.append({"id": rs(r, ALNUM, 16), "uid": "-".join(r.sample(WORDS, 2)), "type": "page", "lang": r.choice(LOCALES).lower(),
                    "first_publication_date": date(r) + "T08:00:00+0000",
                    "data": {"image": {"url": "https://images.prismic.io/%s/%s_%s.jpeg?auto=format,compress" % (site(r), uuid4(r), r.choice(WORDS))}}})
    d = {"page": 1, "results_per_page": 20, "total_results_size": len(res), "results": res,
         "version": rs(r, HEX, 7), "license": "All Rights Reserved"}
    return r.choice(["__mocks__/prismic-pages.json", "fixtures/prismic.json"]), "json", json.dumps(d, indent=2) + "\n"


@L("tina_client_id", "tinacms", "client_id")
def l_tina(r):
    lines = ["# Tina Cloud", "NEXT_PUBLIC_TINA_CLIENT_ID=" + uuid4(r), "TINA_TOKEN=", "NEXT_PUBLIC_TINA_BRANCH=main",
             "TINA_SEARCH_TOKEN="]
    return ".env.example", "env", "\n".join(lines) + "\n"


@L("kontent_env_ids", "kontent.ai", "environment_id")
def l_kontent(r):
    txt = D("""
    import { createDeliveryClient } from '@kontent-ai/delivery-sdk';

    // Delivery API is public for this environment (secure access disabled)
    export const deliveryClient = createDeliveryClient({
      environmentId: '{%eid%}',
      defaultLanguage: '{%loc%}',
      previewApiKey: process.env.KONTENT_PREVIEW_API_KEY,
    });
    """, eid=uuid4(r), loc=r.choice(LOCALES))
    return "src/lib/kontent.ts", "ts", txt


@L("keystatic_config", "keystatic", "github_app_client_id")
def l_keystatic(r):
    txt = D("""
    import { config, fields, collection } from '@keystatic/core';

    export default config({
      storage: {
        kind: 'github',
        repo: { owner: '{%owner%}', name: '{%repo%}' },
      },
      // GitHub App: {%slug%} (client id {%cid%}); secrets live in the hosting env
      collections: {
        posts: collection({
          label: 'Posts',
          slugField: 'title',
          path: 'src/content/posts/*',
          format: { contentField: 'content' },
          schema: {
            title: fields.slug({ name: { label: 'Title' } }),
            content: fields.markdoc({ label: 'Content' }),
          },
        }),
      },
    });
    """, owner=r.choice(SITES), repo=site(r), slug=site(r) + "-keystatic", cid="Iv1." + rs(r, HEX, 16))
    return "keystatic.config.ts", "ts", txt


@L("changelog_shas", "static-site", "git_sha")
def l_changelog(r):
    lines = ["# Changelog", ""]
    for _ in range(r.randint(3, 6)):
        lines.append("## [%s] - %s" % (ver(r), date(r)))
        for _ in range(r.randint(1, 4)):
            lines.append("- %s %s ([%s](https://github.com/%s/%s/commit/%s))" % (
                r.choice(["Fix", "Add", "Update", "Remove"]), " ".join(r.sample(WORDS, 3)), rs(r, HEX, 7),
                r.choice(SITES), site(r), rs(r, HEX, 40)))
        lines.append("")
    return "CHANGELOG.md", "md", "\n".join(lines)


@L("algolia_query_ids", "algolia", "query_id")
def l_algolia_q(r):
    hits = [{"objectID": str(r.randint(1000, 99999)), "title": " ".join(r.sample(WORDS, 3)).title(),
             "_highlightResult": {"title": {"matchLevel": "partial"}}} for _ in range(r.randint(2, 5))]
    d = {"hits": hits, "nbHits": len(hits), "page": 0, "hitsPerPage": 20, "processingTimeMS": r.randint(1, 9),
         "query": r.choice(WORDS), "params": "query=%s&hitsPerPage=20&clickAnalytics=true" % r.choice(WORDS),
         "queryID": rs(r, HEX, 32), "index": "prod_posts"}
    return r.choice(["src/__fixtures__/algolia-response.json", "mocks/search.json"]), "json", json.dumps(d, indent=2) + "\n"


@L("dato_upload_urls", "datocms", "upload_url")
def l_dato(r):
    pid = r.randint(10000, 99999)
    lines = ["---", "title: \"%s\"" % " ".join(r.sample(WORDS, 3)).title(), "date: %s" % date(r),
             "cover: https://www.datocms-assets.com/%d/%d-%s.jpg" % (pid, r.randint(1600000000, 1730000000), r.choice(WORDS)),
             "dato_id: \"%d\"" % r.randint(10 ** 8, 10 ** 9), "locale: %s" % r.choice(LOCALES), "---", "",
             "Body imported from DatoCMS record. Image credits in the media library.", ""]
    return "content/posts/%s.md" % "-".join(r.sample(WORDS, 2)), "md", "\n".join(lines)


@L("agility_guid_config", "agility", "instance_guid")
def l_agility(r):
    d = {"guid": rs(r, HEX, 8) + "-u", "locales": r.sample(LOCALES, 2), "channel": "website",
         "isPreview": False, "apiKey": "${AGILITY_API_FETCH_KEY}"}
    return "agility.config.json", "json", json.dumps(d, indent=2) + "\n"


@L("decap_config_yml", "decap-cms", "git_gateway_config")
def l_decap(r):
    txt = D("""
    backend:
      name: git-gateway
      branch: {%br%}
      commit_messages:
        create: 'Create {{collection}} “{{slug}}”'
        update: 'Update {{collection}} “{{slug}}”'
    local_backend: true
    media_folder: static/images/uploads
    public_folder: /images/uploads
    site_url: https://{%dom%}
    collections:
      - name: blog
        label: Blog
        folder: content/blog
        create: true
        slug: '{{year}}-{{month}}-{{day}}-{{slug}}'
        fields:
          - { label: Title, name: title, widget: string }
          - { label: Publish Date, name: date, widget: datetime }
          - { label: Body, name: body, widget: markdown }
    """, br=r.choice(["main", "master"]), dom=domain(r))
    return "static/admin/config.yml", "yaml", txt


@L("hugo_go_sum", "hugo", "module_hash")
def l_gosum(r):
    lines = []
    for m in r.sample(["github.com/adityatelange/hugo-PaperMod", "github.com/theNewDynamic/gohugo-theme-ananke/v2",
                       "github.com/jpanther/congo/v2", "github.com/gohugoio/hugo-mod-jslibs-dist/alpinejs/v3",
                       "github.com/hugomods/icons/vendors/bootstrap", "github.com/imfing/hextra"], 3):
        v = "v" + ver(r)
        lines.append("%s %s h1:%s" % (m, v, base64.b64encode(rbytes(r, 32)).decode()))
        lines.append("%s %s/go.mod h1:%s" % (m, v, base64.b64encode(rbytes(r, 32)).decode()))
    return "go.sum", "gosum", "\n".join(lines) + "\n"


@L("umbraco_public_settings", "umbraco-heartcore", "project_alias")
def l_umbraco(r):
    d = {"Umbraco": {"Headless": {"ProjectAlias": site(r), "ApiKey": "", "UsePreview": False}},
         "Cdn": {"Host": "https://cdn.umbraco.io", "MediaHost": "https://media.umbraco.io/%s" % site(r)},
         "Build": {"Commit": rs(r, HEX, 40), "Version": ver(r)}}
    return "appsettings.json", "json", json.dumps(d, indent=2) + "\n"


@L("next_build_manifest", "nextjs", "build_id")
def l_next(r):
    bid = rs(r, B64URL, 21)
    d = {"polyfillFiles": ["static/chunks/polyfills-%s.js" % rs(r, HEX, 16)], "devFiles": [], "ampDevFiles": [],
         "lowPriorityFiles": ["static/%s/_buildManifest.js" % bid, "static/%s/_ssgManifest.js" % bid],
         "rootMainFiles": ["static/chunks/webpack-%s.js" % rs(r, HEX, 16), "static/chunks/main-app-%s.js" % rs(r, HEX, 16)],
         "pages": {"/_app": ["static/chunks/pages/_app-%s.js" % rs(r, HEX, 16)]}}
    return ".next/build-manifest.json", "json", json.dumps(d, indent=2) + "\n"


@L("i18n_locales", "static-site", "locale_codes")
def l_i18n(r):
    locs = r.sample(LOCALES, 5)
    txt = "export const i18n = {\n  defaultLocale: '%s',\n  locales: [%s],\n} as const\n\nexport type Locale = (typeof i18n)['locales'][number]\n" % (
        locs[0], ", ".join("'%s'" % l for l in locs))
    txt += "\nexport const contentfulLocaleMap: Record<Locale, string> = {\n" + "".join("  '%s': '%s',\n" % (l, l) for l in locs) + "}\n"
    return "i18n-config.ts", "ts", txt


@L("storyblok_webhook_payload", "storyblok", "space_ids")
def l_sb_hook(r):
    d = {"text": "The user %s published the Story %s" % (r.choice(WORDS), r.choice(WORDS)), "action": "published",
         "space_id": r.randint(100000, 299999), "story_id": r.randint(10 ** 8, 10 ** 9), "full_slug": "blog/" + r.choice(WORDS),
         "uuid": uuid4(r)}
    return "test/fixtures/storyblok-webhook.json", "json", json.dumps(d, indent=2) + "\n"


@L("contentful_webhook_sig_fixture", "contentful", "signature_digest")
def l_ctf_sig(r):
    txt = D("""
    # Sample request recorded from the Contentful webhook (signature headers are per-request
    # HMAC digests, not the signing secret).
    POST /api/revalidate HTTP/1.1
    Host: www.{%dom%}
    Content-Type: application/vnd.contentful.management.v1+json
    X-Contentful-Topic: ContentManagement.Entry.publish
    X-Contentful-Webhook-Name: Revalidate
    x-contentful-signature: {%sig%}
    x-contentful-signed-headers: x-contentful-timestamp,x-contentful-topic
    x-contentful-timestamp: {%ts%}000
    x-contentful-crn: crn:contentful:::content:spaces/{%sid%}/environments/master/entries/{%eid%}
    """, dom=domain(r), sig=rs(r, HEX, 64), ts=ts(r), sid=space_id(r), eid=entry_id(r))
    return "docs/webhook-request.http", "http", txt


# ----------------------------------------------------------------------------- driver
def line_of(text, needle):
    i = text.find(needle)
    if i < 0:
        return None
    return text.count("\n", 0, i) + 1


def neg_path(path):
    base = os.path.basename(path)
    if base.startswith(".env") and "example" not in base and "sample" not in base:
        return os.path.join(os.path.dirname(path), ".env.example")
    return path


def ftype_of(ft):
    return ft


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_oc.py OUTDIR SEED\n")
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    all_needles = []

    def write(rel, text):
        p = os.path.join(out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)

    order = []
    while len(order) < 500:
        idx = list(range(len(TEMPLATES)))
        r.shuffle(idx)
        order += idx
    for i in range(500):
        name, kinds, fn = TEMPLATES[order[i]]
        for attempt in range(20):
            kind = r.choice(kinds)
            V = Val(r, kind, True)
            path, ft, text = fn(r, V)
            ln = line_of(text, V.needle)
            if ln is not None:
                break
        else:
            raise RuntimeError("needle not found in %s" % name)
        rel = "pos/p%04d/%s" % (i, path)
        write(rel, text)
        all_needles.append(V.needle)
        manifest.append({"file": rel, "label": "pos", "provider": V.provider, "kind": kind, "filetype": ft, "template": name})
        secrets.append({"file": rel, "needle": V.needle, "line": ln})

    negs = []
    # half: template reuse; half: look-alikes
    order = []
    while len(order) < 250:
        idx = list(range(len(TEMPLATES)))
        r.shuffle(idx)
        order += idx
    lorder = []
    while len(lorder) < 250:
        idx = list(range(len(LOOK)))
        r.shuffle(idx)
        lorder += idx
    slots = ["t"] * 250 + ["l"] * 250
    r.shuffle(slots)
    ti = li = 0
    for i, s in enumerate(slots):
        if s == "t":
            name, kinds, fn = TEMPLATES[order[ti]]
            ti += 1
            kind = r.choice(kinds)
            V = Val(r, kind, False)
            path, ft, text = fn(r, V)
            path = neg_path(path)
            m = {"label": "neg", "provider": V.provider, "kind": kind + ":" + V.mode, "filetype": ft, "template": name}
        else:
            name, prov, kind, fn = LOOK[lorder[li]]
            li += 1
            path, ft, text = fn(r)
            path = neg_path(path)
            m = {"label": "neg", "provider": prov, "kind": kind, "filetype": ft, "template": "look_" + name}
        rel = "neg/n%04d/%s" % (i, path)
        write(rel, text)
        m = dict([("file", rel)] + list(m.items()))
        manifest.append(m)

    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
