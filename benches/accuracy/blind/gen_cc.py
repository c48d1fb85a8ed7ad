#!/usr/bin/env python3
"""Blind evaluation-set generator "cc" for the keyhook secret scanner.

EMPHASIS
    Headless CMS, Jamstack and static-site projects.  Content-delivery keys that
    the vendors document as safe for browsers (Contentful CDA tokens, Storyblok
    public tokens, Algolia search-only keys, Mapbox pk. tokens, Builder.io public
    API keys, Ghost Content API keys, Tina client ids, Sanity project ids ...)
    sit beside management / preview / write credentials that are secret:
    Contentful CMA personal access tokens (CFPAT-) and preview tokens, Sanity
    write/editor tokens (sk...), Storyblok personal access tokens, Prismic
    permanent access tokens and webhook secrets, DatoCMS full-access tokens,
    Hygraph permanent auth tokens (JWT), Strapi API tokens and admin JWT
    secrets, Directus static tokens / SECRET, Builder.io private keys (bpk-),
    Ghost Admin API keys (id:secret), Netlify personal access tokens (nfp_) and
    build hooks, Formspree deploy keys, Algolia admin keys, Cloudinary API
    secrets, Mapbox sk. tokens, Next.js/Nuxt/Astro preview and revalidation
    secrets, TinaCloud tokens, Decap CMS OAuth client secrets, Webflow site
    tokens and a few CMS admin / database passwords.
    File types: Next.js / Nuxt / Astro / Gatsby / Eleventy / Hugo / Jekyll /
    SvelteKit configs and code, .env files, netlify.toml, vercel.json,
    wrangler.toml, docker-compose, GitHub Actions / GitLab CI, package.json
    scripts, Markdown / MDX content with front matter, JSON content exports,
    Python / Ruby / Go / PHP / shell helper scripts, .http files, Postman
    environments, Dockerfiles, Makefiles, Java properties.

USAGE
    python3 gen_cc.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Deterministic per SEED:
    every random choice comes from random.Random(SEED); no clock, no urandom,
    no set iteration.

NEEDLE CONVENTIONS
    needle = the secret exactly as written in the file, on one line.
    * Ghost Admin API key "id:secret": needle is the 64-hex secret half.
    * Cloudinary: needle is the API secret (the 15-digit API key and cloud
      name may sit next to it, also inside cloudinary://key:secret@cloud).
    * Netlify build hook: needle is the 24-hex hook id inside the
      https://api.netlify.com/build_hooks/<id> URL.
    * Algolia: needle is the admin key (the app id, and sometimes the public
      search-only key, may sit next to it).
    * Decap CMS OAuth: needle is the GitHub OAuth client secret (client id
      next to it).
    * Hygraph: the whole JWT.  Mapbox: the whole sk.<payload>.<sig> token.
    * Strapi admin JWT secret: the base64 string including "==".
    * passwords: the password text only.
    line = 1-based line of the first occurrence of the needle.

NEGATIVES
    About half re-use the positive templates with the secret slot filled by:
    env / framework references (process.env.X, import.meta.env.X, ${X},
    ${{ secrets.X }}, os.environ, ENV.fetch, getenv, {{var}}, @vercel-secret),
    secret-manager references (op://, vault:, AWS Secrets Manager ARNs, GCP
    secret paths), placeholders (<...>, your-..., CHANGEME, tobemodified,
    xxxx, prefix + x's), masked / redacted / truncated values, empty values.
    The other half are domain look-alikes: Contentful delivery (CDA) tokens in
    browser code, space ids, environment names, entry/asset ids and
    images.ctfassets.net URLs with 32-hex path hashes, Sanity project ids,
    datasets and image asset ids (image-<40hex>-WxH-ext), Storyblok public
    tokens, Prismic repository refs and image URLs, DatoCMS asset URLs,
    Hygraph endpoints and asset handles, Builder.io public API keys, Ghost
    Content API keys, Algolia app ids and search-only keys, Mapbox pk. tokens,
    Tina client ids, Netlify site ids / deploy ids / deploy-preview URLs,
    Formspree and Basin form endpoints, Cloudinary signed delivery URLs
    (s--xxxxxxxx--) and unsigned upload presets, imgix signed URLs, Webflow
    site / collection ids, git SHAs, SRI / lockfile integrity hashes, CSP
    hashes, webhook HMAC signatures of sample payloads, sops ciphertext,
    vendor documentation examples, the jwt.io sample token, i18n strings.

DOUBTS
    Formats written from memory or only partly confirmed:
    * Sanity tokens: "sk" + ~180 alphanumerics (docs show the sk prefix; the
      exact length is from memory).
    * Storyblok personal access token "<22 alnum>tt-<user id>-<20 chars>" and
      public tokens "<~22 alnum>tt": from memory / one docs example.
    * Prismic permanent access token "MC5<base64url>.<base64url of bytes with
      U+FFFD>": from memory of real tokens; not documented.
    * DatoCMS API tokens as 30 hex chars: from memory, uncertain.
    * Strapi API tokens as 256 hex chars: from memory (randomBytes(128)).
    * Directus static tokens as 32 url-safe chars: from memory.
    * Builder.io private key "bpk-" + 32 hex: from memory (public key format
      and example bb209db71e62412dbe0114bdae18fd15 are from the docs).
    * Netlify "nfp_" tokens: prefix and 40-char total confirmed by Netlify's
      announcement; alphabet (alphanumerics) is assumed.
    * Formspree deploy key as 32 hex: uncertain.
    * TinaCloud read-only / search tokens as 40 hex: from the docs example.
    * Cloudinary API secret 27 url-safe chars, API key 15 digits: memory.
    * Mapbox sk./pk. payload {"u":user,"a":25-char id} + 22-char signature:
      structure per Mapbox docs (JWT-like), lengths from memory.
    * Hygraph permanent auth tokens as RS256 JWTs with the listed claims:
      from memory.
    * Algolia "latency" demo search key 6be0576ff61c053d5f9a3225e2a90f76 and
      Ghost demo Content API key 22444f78447824223cefc48062: remembered as
      vendor-published examples.
    Labels a reviewer might dispute:
    * Contentful CDA tokens in frontend code are labelled negative (read-only,
      published content, vendor intends them for client apps); Contentful
      PREVIEW tokens are labelled positive (unpublished content).
    * DatoCMS read-only CDA tokens under NEXT_PUBLIC_* are labelled negative
      (few files); full-access / CMA tokens positive.
    * TinaCloud read-only tokens are labelled positive (they read private
      repos); Tina client ids negative.
    * Cloudinary API key (15 digits) with an unsigned upload preset and no
      secret is labelled negative.
    * Netlify build-hook URLs are labelled positive (anyone holding one can
      trigger builds); hook-less webhook URLs negative.
    * Preview / revalidation secrets are random strings with no vendor format;
      they are positives by name and use only.
    * Algolia admin and search-only keys share one format (32 hex); positives
      always carry an admin / indexing / write name or indexing usage, and
      negatives a search-only name or frontend InstantSearch / DocSearch use.
    * Storyblok PUBLIC tokens are negatives; Storyblok preview tokens are not
      used at all (a reviewer could go either way on them).
    * Masked negatives keep the first 4-6 characters (e.g. a real prefix) of a
      throw-away value; truncated ones end in "..." / an ellipsis.
    * Negatives whose slot holds the prefix plus x's (CFPAT-xxxx..., nfp_xxxx...,
      bpk-xxxx...) are placeholders; a strict prefix rule will flag them.

SEARCHES
    search tool (docs/pages corpora): Contentful personal access tokens and
    Preview API docs; Builder.io API key docs (public key example, public-is-
    safe note); Storyblok access-token concepts (public / preview / personal
    tokens, example token); Ghost Content API ("safe for use in browsers");
    Netlify token-format announcement (nfp_/nfc_/nfo_/nfu_/nfb_, 40 chars);
    Prismic access-token docs; Sanity HTTP auth docs (sk... example); DatoCMS
    API token docs; Strapi API token / env docs; TinaCloud read-only token
    docs; Mapbox token docs (pk/sk/tk, JWT-like format); Hygraph PAT docs;
    Directus static token docs; Webflow site token docs; Algolia API key docs.
    Scanner-related material shown: GitLab DAST check pages "798.23" and
    "798.133" (Contentful delivery / preview token exposure checks) appeared in
    a Contentful search; they were ignored (no pattern taken from them).
"""
import base64
import json
import os
import random
import string
import sys

# ---------------------------------------------------------------------------
# primitive generators
# ---------------------------------------------------------------------------
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = string.ascii_letters + string.digits
LOWNUM = LOWER + DIGITS
UPNUM = UPPER + DIGITS
B64URL = ALNUM + "-_"
HEX = "0123456789abcdef"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def rb(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def b64(data):
    return base64.b64encode(data).decode()


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def cuid(r):
    return "c" + rs(r, LOWNUM, 24)


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def chance(r, p):
    return r.random() < p


# --- human-ish data -------------------------------------------------------
WORDS = ["harbor", "maple", "copper", "lantern", "orchid", "falcon", "meadow",
         "cobalt", "willow", "summit", "pepper", "juniper", "marble", "otter",
         "saffron", "thistle", "ember", "glacier", "quartz", "tundra",
         "violet", "cedar", "pixel", "rocket", "walnut", "zephyr", "bramble",
         "sparrow", "canyon", "ripple"]
ORGS = ["acme", "northwind", "bluefin", "orbital", "papertrail", "hollis",
        "greenleaf", "kestrel", "lumen", "brightside", "tidewater", "fjord",
        "oakridge", "quill", "redwood", "sundial", "vantage", "wildflower"]
SITES = ["blog", "docs", "marketing", "shop", "www", "journal", "studio",
         "press", "help", "careers", "landing", "magazine"]
TLDS = ["com", "io", "dev", "co", "org", "net", "app", "studio"]
PEOPLE = ["maria", "jonas", "priya", "tomasz", "aiko", "liam", "fatima",
          "diego", "sven", "chloe", "ravi", "hannah", "kofi", "elena"]
MODELS = ["post", "article", "page", "author", "category", "landingPage",
          "product", "event", "recipe", "caseStudy", "jobOpening", "faq"]
INDEXES = ["posts", "articles", "docs", "products", "pages", "recipes",
           "kb_articles", "site_search", "prod_posts", "dev_articles"]


def human_password(r):
    style = r.randrange(6)
    w1, w2 = pick(r, WORDS), pick(r, WORDS)
    if style == 0:
        return w1.capitalize() + pick(r, "!#$%&*@") + w2.capitalize() + str(r.randint(10, 9999))
    if style == 1:
        return "%s-%s-%s-%d" % (w1, w2.capitalize(), pick(r, WORDS), r.randint(10, 999))
    if style == 2:
        return rs(r, ALNUM, 4) + pick(r, "!#%&*") + rs(r, ALNUM, 5) + pick(r, "!#%&*@") + rs(r, ALNUM, 3)
    if style == 3:
        return w1.capitalize() + str(r.randint(1970, 2024)) + pick(r, "!?#") + w2
    if style == 4:
        return pick(r, PEOPLE).capitalize() + "_" + w1 + str(r.randint(100, 99999)) + pick(r, "!$")
    return rs(r, ALNUM + "!@#%^*", r.randint(14, 22))


def domain(r):
    return "%s.%s" % (pick(r, ORGS), pick(r, TLDS))


def site_url(r):
    return "https://%s.%s" % (pick(r, SITES), domain(r))


def date_str(r):
    return "%d-%02d-%02d" % (r.randint(2021, 2025), r.randint(1, 12), r.randint(1, 28))


def iso_ts(r):
    return "%sT%02d:%02d:%02d.%03dZ" % (date_str(r), r.randint(0, 23), r.randint(0, 59),
                                        r.randint(0, 59), r.randint(0, 999))


# --- naming styles ----------------------------------------------------------
def nm(words, st):
    words = [w for w in words if w]
    if st == "SCREAM":
        return "_".join(w.upper() for w in words)
    if st == "snake":
        return "_".join(w.lower() for w in words)
    if st == "kebab":
        return "-".join(w.lower() for w in words)
    if st == "dot":
        return ".".join(w.lower() for w in words)
    if st == "pascal":
        return "".join(w[:1].upper() + w[1:].lower() for w in words)
    # camel
    return words[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in words[1:])


# ---------------------------------------------------------------------------
# the value placed in a slot
# ---------------------------------------------------------------------------
class Slot(object):
    """text written in the secret slot; raw=True means an expression that must
    not be quoted (process.env.X, ${{ secrets.X }} ...)."""

    def __init__(self, text, raw=False):
        self.text = text
        self.raw = raw


YAML_SPECIAL = set("*&!%@`{[>|#'\"")


def qv(slot, lang, quote=None):
    """render a slot value for a language"""
    if isinstance(slot, str):
        slot = Slot(slot)
    t = slot.text
    if slot.raw:
        return t
    if lang in ("json",):
        return json.dumps(t)
    if lang in ("yaml", "ghyaml"):
        if quote == "none" and t and t[0] not in YAML_SPECIAL and ": " not in t and " #" not in t \
                and t.lower() not in ("yes", "no", "true", "false", "null", "on", "off") \
                and not t.isdigit():
            return t
        if quote == "single":
            return "'" + t + "'"
        return '"' + t + '"'
    if lang in ("env", "docker"):
        if quote == "none" and t and " " not in t and "#" not in t:
            return t
        if quote == "single":
            return "'" + t + "'"
        return '"' + t + '"'
    if lang in ("py", "rb", "php", "js", "sh"):
        if quote == "double":
            return '"' + t + '"'
        return "'" + t + "'"
    if lang in ("props", "make", "http", "md"):
        return t
    return '"' + t + '"'


# ---------------------------------------------------------------------------
# secret kinds (positives)
# ---------------------------------------------------------------------------
def g_contentful_cma(r):
    return "CFPAT-" + rs(r, B64URL, 43)


def g_b64tok43(r):
    return rs(r, B64URL, 43)


def g_sanity(r):
    return "sk" + rs(r, ALNUM, r.randint(176, 182))


def g_storyblok_pat(r):
    return rs(r, ALNUM, 22) + "tt-" + str(r.randint(10000, 399999)) + "-" + rs(r, B64URL, 20)


def g_storyblok_public(r):
    return rs(r, ALNUM, 22) + "tt"


def g_prismic(r):
    first = b64u(("0." + rs(r, B64URL, 16)).encode())
    raw = rb(r, 32).decode("utf-8", "replace").encode("utf-8")
    return first + "." + b64u(raw)


def g_random_secret(r):
    s = r.randrange(5)
    if s == 0:
        return rs(r, HEX, 32)
    if s == 1:
        return rs(r, HEX, 64)
    if s == 2:
        return rs(r, B64URL, r.choice([32, 40, 43]))
    if s == 3:
        return rs(r, ALNUM, r.randint(24, 48))
    return b64(rb(r, 32))


def g_strapi_b64(r):
    return b64(rb(r, 16))


def mapbox_token(r, prefix, user):
    payload = json.dumps({"u": user, "a": rs(r, LOWNUM, 25)}, separators=(",", ":"))
    return prefix + "." + b64u(payload.encode()) + "." + rs(r, B64URL, 22)


def hygraph_jwt(r, region, pid):
    hdr = {"alg": "RS256", "kid": "gcms-main-production", "typ": "JWT"}
    iat = r.randint(1640000000, 1735000000)
    pl = {"version": 3, "iat": iat,
          "aud": ["https://api-%s.hygraph.com/v2/%s/master" % (region, pid),
                  "mgmt-api", "mgmt-api-%s" % region,
                  "https://management-next.graphcms.com"],
          "iss": "https://management-%s.hygraph.com/" % region,
          "sub": uuid4(r), "jti": cuid(r)}
    return (b64u(json.dumps(hdr, separators=(",", ":")).encode()) + "." +
            b64u(json.dumps(pl, separators=(",", ":")).encode()) + "." +
            b64u(rb(r, 256)))


class Kind(object):
    def __init__(self, key, provider, kind, weight, obv, neu, usage, fw=None):
        self.key = key
        self.provider = provider
        self.kind = kind
        self.weight = weight
        self.obv = obv
        self.neu = neu
        self.usage = usage          # bearer / query / xhdr / basic / hook / verify / config
        if fw is None and (key.startswith("strapi") or key.startswith("directus")):
            fw = ["backend"]
        self.fw = fw or ["next", "nuxt", "astro", "gatsby", "eleventy", "sveltekit", "hugo", "jekyll"]

    # --- per-file project data --------------------------------------------
    def project(self, r):
        p = {"site": site_url(r), "org": pick(r, ORGS), "model": pick(r, MODELS)}
        k = self.key
        if k.startswith("contentful"):
            p["space"] = rs(r, LOWNUM, 12)
            p["env"] = pick(r, ["master", "master", "staging", "dev", "production", "qa"])
        elif k == "sanity":
            p["pid"] = rs(r, LOWNUM, 8)
            p["dataset"] = pick(r, ["production", "production", "staging", "development"])
            p["apiv"] = date_str(r)
        elif k == "storyblok":
            p["space_id"] = str(r.randint(100000, 299999))
        elif k.startswith("prismic"):
            p["repo"] = "%s-%s" % (p["org"], pick(r, SITES))
        elif k == "datocms":
            p["env"] = pick(r, ["main", "main", "sandbox-%s" % date_str(r)])
        elif k == "hygraph":
            p["region"] = pick(r, ["eu-central-1", "us-west-2", "ap-south-1", "us-east-1"])
            p["hpid"] = "cl" + rs(r, LOWNUM, 23)
        elif k.startswith("strapi"):
            p["cms"] = "https://cms.%s" % domain(r)
        elif k.startswith("directus"):
            p["cms"] = "https://%s.%s" % (pick(r, ["directus", "admin", "content", "api"]), domain(r))
        elif k == "ghost":
            p["ghost"] = "https://%s.ghost.io" % p["org"] if chance(r, 0.5) else "https://admin.%s" % domain(r)
            p["gid"] = rs(r, HEX, 24)
        elif k.startswith("netlify"):
            p["site_id"] = uuid4(r)
            p["site_name"] = "%s-%s" % (p["org"], pick(r, SITES))
        elif k == "formspree":
            p["form"] = rs(r, LOWER, 8)
        elif k == "algolia":
            p["app"] = rs(r, UPNUM, 10)
            p["index"] = pick(r, INDEXES)
            p["search_key"] = rs(r, HEX, 32)
        elif k == "cloudinary":
            p["cloud"] = pick(r, ["%s-media" % p["org"], "dx%s" % rs(r, LOWNUM, 6), p["org"], "%s%d" % (p["org"], r.randint(1, 99))])
            p["api_key"] = str(r.randint(100000000000000, 999999999999999))
        elif k == "mapbox":
            p["user"] = pick(r, PEOPLE) + pick(r, ["", "-maps", str(r.randint(1, 99))])
        elif k == "tina":
            p["client_id"] = uuid4(r)
            p["branch"] = pick(r, ["main", "main", "master", "content"])
        elif k == "decap":
            p["client_id"] = pick(r, ["Ov23li" + rs(r, ALNUM, 14), "Iv1." + rs(r, HEX, 16), rs(r, HEX, 20)])
            p["repo"] = "%s/%s-site" % (p["org"], pick(r, SITES))
        elif k == "webflow":
            p["site_id"] = rs(r, HEX, 24)
            p["coll"] = rs(r, HEX, 24)
        elif k == "builder":
            p["pub"] = rs(r, HEX, 32)
        return p

    # --- the secret --------------------------------------------------------
    def make(self, r, p):
        """returns (needle, written)"""
        k, kd = self.key, self.kind
        if k == "contentful_cma":
            s = g_contentful_cma(r)
        elif k == "contentful_preview":
            s = g_b64tok43(r)
        elif k == "sanity":
            s = g_sanity(r)
        elif k == "storyblok":
            s = g_storyblok_pat(r)
        elif k == "prismic":
            s = g_prismic(r)
        elif k == "prismic_hook":
            s = g_random_secret(r) if chance(r, 0.7) else human_password(r)
        elif k == "datocms":
            s = rs(r, HEX, 30)
        elif k == "hygraph":
            s = hygraph_jwt(r, p["region"], p["hpid"])
        elif k == "strapi_api":
            s = rs(r, HEX, 256)
        elif k == "strapi_jwt":
            s = g_strapi_b64(r)
        elif k == "directus_token":
            s = rs(r, B64URL, 32)
        elif k == "directus_secret":
            s = pick(r, [rs(r, ALNUM, 32), rs(r, B64URL, 43), rs(r, HEX, 64)])
        elif k == "builder":
            s = "bpk-" + rs(r, HEX, 32)
        elif k == "ghost":
            s = rs(r, HEX, 64)
            return s, p["gid"] + ":" + s
        elif k == "netlify_pat":
            s = "nfp_" + rs(r, ALNUM, 36)
        elif k == "netlify_hook":
            s = rs(r, HEX, 24)
            return s, "https://api.netlify.com/build_hooks/" + s
        elif k == "formspree":
            s = rs(r, HEX, 32)
        elif k == "algolia":
            s = rs(r, HEX, 32)
        elif k == "cloudinary":
            s = rs(r, B64URL, 27)
        elif k == "mapbox":
            s = mapbox_token(r, "sk", p["user"])
        elif k in ("preview", "revalidate"):
            s = g_random_secret(r)
        elif k == "tina":
            s = rs(r, HEX, 40)
        elif k == "decap":
            s = rs(r, HEX, 40)
        elif k == "webflow":
            s = rs(r, HEX, 64)
        elif k in ("directus_pw", "strapi_dbpw"):
            s = human_password(r)
        else:
            raise ValueError(k)
        return s, s

    # --- innocent settings next to it ---------------------------------------
    def ctx(self, r, p):
        k = self.key
        c = []
        if k.startswith("contentful"):
            c = [(["contentful", "space", "id"], p["space"]), (["contentful", "environment"], p["env"])]
        elif k == "sanity":
            c = [(["sanity", "project", "id"], p["pid"]), (["sanity", "dataset"], p["dataset"]),
                 (["sanity", "api", "version"], p["apiv"])]
        elif k == "storyblok":
            c = [(["storyblok", "space", "id"], p["space_id"]), (["storyblok", "region"], pick(r, ["eu", "us", "ap"]))]
        elif k.startswith("prismic"):
            c = [(["prismic", "repository", "name"], p["repo"])]
        elif k == "datocms":
            c = [(["datocms", "environment"], p["env"])]
        elif k == "hygraph":
            c = [(["hygraph", "endpoint"], "https://api-%s.hygraph.com/v2/%s/master" % (p["region"], p["hpid"]))]
        elif k.startswith("strapi"):
            c = [(["strapi", "url"], p["cms"]), (["host"], "0.0.0.0"), (["port"], "1337")]
        elif k.startswith("directus"):
            c = [(["public", "url"], p["cms"]), (["key"], uuid4(r))]
        elif k == "ghost":
            c = [(["ghost", "api", "url"], p["ghost"]), (["ghost", "api", "version"], pick(r, ["v5.0", "v5.0", "v4.0"]))]
        elif k.startswith("netlify"):
            c = [(["netlify", "site", "id"], p["site_id"])]
        elif k == "formspree":
            c = [(["formspree", "form", "id"], p["form"])]
        elif k == "algolia":
            c = [(["algolia", "app", "id"], p["app"]), (["algolia", "index", "name"], p["index"])]
            if chance(r, 0.4):
                c.append((["algolia", "search", "only", "api", "key"], p["search_key"]))
        elif k == "cloudinary":
            c = [(["cloudinary", "cloud", "name"], p["cloud"]), (["cloudinary", "api", "key"], p["api_key"])]
        elif k == "mapbox":
            c = [(["mapbox", "username"], p["user"])]
        elif k == "tina":
            c = [(["tina", "client", "id"], p["client_id"]), (["tina", "branch"], p["branch"])]
        elif k == "decap":
            c = [(["oauth", "client", "id"], p["client_id"]), (["origin"], p["site"].replace("https://", ""))]
        elif k == "webflow":
            c = [(["webflow", "site", "id"], p["site_id"]), (["webflow", "collection", "id"], p["coll"])]
        elif k == "builder":
            c = [(["builder", "public", "api", "key"], p["pub"])]
        elif k == "directus_pw":
            c = [(["admin", "email"], "%s@%s" % (pick(r, PEOPLE), domain(r)))]
        elif k == "strapi_dbpw":
            c = [(["database", "client"], "postgres"), (["database", "host"], pick(r, ["db", "localhost", "postgres"])),
                 (["database", "name"], "strapi"), (["database", "username"], "strapi")]
        return c

    # --- how an HTTP client uses it -----------------------------------------
    def api(self, r, p):
        k = self.key
        if k == "contentful_cma":
            return ("GET", "https://api.contentful.com/spaces/%s/environments/%s/entries" % (p["space"], p["env"]), "bearer")
        if k == "contentful_preview":
            return ("GET", "https://preview.contentful.com/spaces/%s/environments/%s/entries" % (p["space"], p["env"]), "bearer")
        if k == "sanity":
            return ("POST", "https://%s.api.sanity.io/v%s/data/mutate/%s" % (p["pid"], p["apiv"], p["dataset"]), "bearer")
        if k == "storyblok":
            return ("GET", "https://mapi.storyblok.com/v1/spaces/%s/stories" % p["space_id"], "plain")
        if k == "prismic":
            return ("GET", "https://%s.cdn.prismic.io/api/v2" % p["repo"], "query:access_token")
        if k == "datocms":
            return ("GET", "https://site-api.datocms.com/items", "bearer")
        if k == "hygraph":
            return ("POST", "https://api-%s.hygraph.com/v2/%s/master" % (p["region"], p["hpid"]), "bearer")
        if k == "strapi_api":
            return ("GET", "%s/api/%ss" % (p["cms"], p["model"].lower()), "bearer")
        if k == "directus_token":
            return ("GET", "%s/items/%ss" % (p["cms"], p["model"].lower()), "bearer")
        if k == "builder":
            return ("POST", "https://builder.io/api/v1/write/page", "bearer")
        if k == "netlify_pat":
            return ("GET", "https://api.netlify.com/api/v1/sites/%s/deploys" % p["site_id"], "bearer")
        if k == "algolia":
            return ("POST", "https://%s.algolia.net/1/indexes/%s/batch" % (p["app"], p["index"]), "xhdr:X-Algolia-API-Key")
        if k == "cloudinary":
            return ("GET", "https://api.cloudinary.com/v1_1/%s/resources/image" % p["cloud"], "basic")
        if k == "mapbox":
            return ("GET", "https://api.mapbox.com/uploads/v1/%s" % p["user"], "query:access_token")
        if k == "webflow":
            return ("GET", "https://api.webflow.com/v2/collections/%s/items" % p["coll"], "bearer")
        if k == "tina":
            return ("POST", "https://content.tinajs.io/1.5/content/%s/github/%s" % (p["client_id"], p["branch"]), "xhdr:X-API-KEY")
        return None


KINDS = [
    Kind("contentful_cma", "contentful", "cma_personal_access_token", 30,
         [["contentful", "management", "token"], ["contentful", "cma", "token"], ["cma", "token"],
          ["contentful", "management", "access", "token"]],
         [["contentful", "mgmt"], ["cf", "write"], ["contentful", "admin"], ["cf", "migrate"]], "bearer"),
    Kind("contentful_preview", "contentful", "preview_api_token", 18,
         [["contentful", "preview", "access", "token"], ["contentful", "preview", "token"], ["cpa", "token"]],
         [["contentful", "preview"], ["cf", "draft"], ["contentful", "draft", "mode"]], "bearer"),
    Kind("sanity", "sanity", "write_token", 28,
         [["sanity", "api", "write", "token"], ["sanity", "write", "token"], ["sanity", "api", "token"],
          ["sanity", "editor", "token"]],
         [["sanity", "write"], ["sanity", "auth"], ["studio", "robot"], ["sanity", "migrate"]], "bearer"),
    Kind("storyblok", "storyblok", "personal_access_token", 18,
         [["storyblok", "management", "token"], ["storyblok", "personal", "access", "token"], ["storyblok", "oauth", "token"]],
         [["storyblok", "mapi"], ["sb", "mgmt"], ["storyblok", "cli", "auth"]], "plain"),
    Kind("prismic", "prismic", "permanent_access_token", 18,
         [["prismic", "access", "token"], ["prismic", "permanent", "token"], ["prismic", "token"]],
         [["prismic", "auth"], ["prismic", "repo", "auth"], ["prismic", "master", "releases"]], "query"),
    Kind("prismic_hook", "prismic", "webhook_secret", 12,
         [["prismic", "webhook", "secret"], ["webhook", "secret"]],
         [["prismic", "hook"], ["prismic", "shared"], ["hook", "check"]], "verify"),
    Kind("datocms", "datocms", "full_access_token", 20,
         [["datocms", "full", "access", "token"], ["datocms", "api", "token"], ["datocms", "cma", "token"]],
         [["dato", "full"], ["dato", "admin"], ["datocms", "write"]], "bearer"),
    Kind("hygraph", "hygraph", "permanent_auth_token", 18,
         [["hygraph", "token"], ["hygraph", "permanent", "auth", "token"], ["graphcms", "token"],
          ["hygraph", "mutation", "token"]],
         [["hygraph", "auth"], ["graphcms", "auth"], ["cms", "bearer"]], "bearer"),
    Kind("strapi_api", "strapi", "api_token", 20,
         [["strapi", "api", "token"], ["strapi", "token"], ["strapi", "full", "access", "token"]],
         [["strapi", "auth"], ["strapi", "bearer"], ["cms", "auth"]], "bearer"),
    Kind("strapi_jwt", "strapi", "admin_jwt_secret", 14,
         [["admin", "jwt", "secret"], ["jwt", "secret"]],
         [["admin", "auth"], ["strapi", "admin", "signing"]], "config"),
    Kind("strapi_dbpw", "strapi", "database_password", 6,
         [["database", "password"], ["db", "password"]],
         [["database", "pass"], ["db", "pw"]], "config"),
    Kind("directus_token", "directus", "static_token", 16,
         [["directus", "token"], ["directus", "static", "token"], ["directus", "admin", "token"]],
         [["directus", "auth"], ["directus", "bearer"], ["cms", "static"]], "bearer"),
    Kind("directus_secret", "directus", "secret", 8,
         [["secret"], ["directus", "secret"]],
         [["directus", "signing"], ["directus", "auth", "key"]], "config"),
    Kind("directus_pw", "directus", "admin_password", 7,
         [["admin", "password"], ["directus", "admin", "password"]],
         [["admin", "pass"], ["initial", "login"]], "config"),
    Kind("builder", "builder", "private_key", 14,
         [["builder", "private", "key"], ["builder", "private", "api", "key"]],
         [["builder", "write"], ["builder", "admin"]], "bearer"),
    Kind("ghost", "ghost", "admin_api_key", 20,
         [["ghost", "admin", "api", "key"], ["ghost", "admin", "key"]],
         [["ghost", "admin"], ["ghost", "integration"], ["ghost", "publisher"]], "config"),
    Kind("netlify_pat", "netlify", "personal_access_token", 18,
         [["netlify", "auth", "token"], ["netlify", "access", "token"], ["netlify", "token"]],
         [["netlify", "cli"], ["netlify", "deploy"], ["nf", "auth"]], "bearer"),
    Kind("netlify_hook", "netlify", "build_hook", 16,
         [["netlify", "build", "hook"], ["build", "hook", "url"]],
         [["rebuild", "url"], ["deploy", "trigger"], ["netlify", "rebuild"]], "hook"),
    Kind("formspree", "formspree", "deploy_key", 8,
         [["formspree", "deploy", "key"], ["formspree", "api", "key"]],
         [["formspree", "cli"], ["forms", "deploy"]], "config"),
    Kind("algolia", "algolia", "admin_api_key", 26,
         [["algolia", "admin", "api", "key"], ["algolia", "admin", "key"], ["algolia", "write", "key"]],
         [["algolia", "indexing"], ["search", "write"], ["algolia", "ingest"], ["algolia", "sync", "key"]], "xhdr"),
    Kind("cloudinary", "cloudinary", "api_secret", 22,
         [["cloudinary", "api", "secret"], ["cloudinary", "secret"]],
         [["cloudinary", "signing"], ["cld", "private"], ["cloudinary", "auth"]], "basic"),
    Kind("mapbox", "mapbox", "secret_token", 18,
         [["mapbox", "secret", "token"], ["mapbox", "sk", "token"], ["mapbox", "upload", "token"]],
         [["mapbox", "upload"], ["tiles", "auth"], ["mapbox", "styles", "write"]], "query"),
    Kind("preview", "nextjs", "preview_secret", 18,
         [["preview", "secret"], ["draft", "mode", "secret"], ["sanity", "preview", "secret"],
          ["contentful", "preview", "secret"]],
         [["draft", "bypass"], ["preview", "shared"], ["editor", "preview"]], "verify"),
    Kind("revalidate", "nextjs", "revalidation_secret", 18,
         [["revalidation", "secret"], ["revalidate", "secret"], ["isr", "secret"]],
         [["revalidate", "key"], ["isr", "bypass"], ["on", "demand"]], "verify"),
    Kind("tina", "tinacms", "tinacloud_token", 14,
         [["tina", "token"], ["tina", "read", "only", "token"], ["tina", "search", "token"]],
         [["tina", "key"], ["tina", "content"]], "xhdr"),
    Kind("decap", "decap", "oauth_client_secret", 12,
         [["oauth", "client", "secret"], ["github", "client", "secret"], ["decap", "oauth", "secret"]],
         [["oauth", "github"], ["cms", "auth", "app"]], "config"),
    Kind("webflow", "webflow", "site_api_token", 16,
         [["webflow", "api", "token"], ["webflow", "site", "token"], ["webflow", "token"]],
         [["webflow", "auth"], ["wf", "bearer"]], "bearer"),
]
KIND_BY_KEY = dict((k.key, k) for k in KINDS)


# ---------------------------------------------------------------------------
# negative fillers for a re-used template's secret slot
# ---------------------------------------------------------------------------
PLACEHOLDER_PREFIX = {
    "contentful_cma": ["CFPAT-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "CFPAT-<your-token>", "CFPAT-..."],
    "sanity": ["sk...", "skXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<sanity-write-token>"],
    "storyblok": ["<personal-access-token>", "YOUR_MANAGEMENT_TOKEN"],
    "prismic": ["MC5...", "<permanent-access-token>"],
    "hygraph": ["eyJhbGciOiJSUzI1NiIs...", "<PERMANENT_AUTH_TOKEN>"],
    "strapi_jwt": ["tobemodified", "toBeModified1", "tobemodified=="],
    "strapi_api": ["<full-access-api-token>", "your-strapi-api-token"],
    "strapi_dbpw": ["CHANGE_ME", "<db-password>"],
    "directus_secret": ["replace-with-secure-random-value", "<random-string>"],
    "directus_pw": ["CHANGE_ME", "<set-a-strong-password>"],
    "builder": ["bpk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "bpk-YOUR_PRIVATE_KEY"],
    "ghost": ["<admin-key-id>:<admin-key-secret>", "YOUR_ADMIN_API_KEY", "0000000000000000:0000000000000000"],
    "netlify_pat": ["nfp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<netlify-personal-access-token>"],
    "netlify_hook": ["https://api.netlify.com/build_hooks/<hook-id>",
                     "https://api.netlify.com/build_hooks/YOUR_BUILD_HOOK_ID",
                     "https://api.netlify.com/build_hooks/xxxxxxxxxxxxxxxxxxxxxxxx"],
    "algolia": ["YourAdminAPIKey", "<ALGOLIA_ADMIN_KEY>", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
    "cloudinary": ["<api_secret>", "your_api_secret", "**********"],
    "mapbox": ["sk.YOUR_SECRET_TOKEN", "sk.eyJ1IjoiZXhhbXBsZSIsImEiOiJ4eHh4eHh4In0.xxxxxxxxxxxxxxxxxxxxxx",
               "<mapbox-secret-token>"],
    "tina": ["<Your Read Only Token>", "<TINA_TOKEN>"],
    "decap": ["<github-oauth-client-secret>", "your_client_secret"],
    "webflow": ["<site-api-token>", "YOUR_WEBFLOW_TOKEN"],
    "datocms": ["<YOUR-API-TOKEN>", "your-full-access-token"],
    "preview": ["<preview-secret>", "MY_SECRET_TOKEN", "replace-me"],
    "revalidate": ["<revalidation-secret>", "MY_SECRET_TOKEN", "some-long-random-string"],
    "contentful_preview": ["<preview-access-token>", "your_preview_token"],
    "prismic_hook": ["<webhook-secret>", "set-in-prismic-dashboard"],
    "directus_token": ["<static-token>", "your-static-token"],
    "formspree": ["<deploy-key>", "your_deploy_key"],
}
GENERIC_PLACEHOLDERS = ["CHANGEME", "changeme", "TODO", "xxxxxxxx", "REPLACE_ME", "<token>",
                        "your-token-here", "...", "<redacted>", "[REDACTED]", "********", "null"]


def ref_expr(r, lang, var):
    """an environment / framework reference in the given language, or None"""
    if lang == "env":
        return Slot("${%s}" % var, raw=True)
    if lang == "sh":
        return Slot(pick(r, ['"${%s}"', '"$%s"', '"${%s:?missing}"']) % var, raw=True)
    if lang == "docker":
        return Slot("${%s}" % var, raw=True)
    if lang == "yaml":
        return Slot(pick(r, ["${%s}", "${%s:?err}"]) % var, raw=True)
    if lang == "ghyaml":
        return Slot("${{ secrets.%s }}" % var, raw=True)
    if lang == "vercel":
        return Slot('"@%s"' % var.lower().replace("_", "-"), raw=True)
    if lang == "postman":
        return Slot('"{{%s}}"' % nm(var.lower().split("_"), "camel"), raw=True)
    if lang == "js":
        return Slot(pick(r, ["process.env.%s", "process.env.%s", "process.env['%s']"]) % var, raw=True)
    if lang == "ts":
        return Slot(pick(r, ["process.env.%s!", "process.env.%s ?? ''", "process.env.%s as string"]) % var, raw=True)
    if lang == "vite":
        return Slot("import.meta.env.%s" % var, raw=True)
    if lang == "py":
        return Slot(pick(r, ['os.environ["%s"]', 'os.getenv("%s")', "os.environ.get('%s', '')"]) % var, raw=True)
    if lang == "rb":
        return Slot(pick(r, ['ENV["%s"]', 'ENV.fetch("%s")', "ENV.fetch('%s', nil)"]) % var, raw=True)
    if lang == "go":
        return Slot('os.Getenv("%s")' % var, raw=True)
    if lang == "php":
        return Slot(pick(r, ["getenv('%s')", "$_ENV['%s']", "env('%s')"]) % var, raw=True)
    if lang == "props":
        return Slot("${%s}" % var, raw=True)
    if lang == "make":
        return Slot("$(%s)" % var, raw=True)
    if lang == "http":
        return Slot(pick(r, ["{{%s}}" % var.lower(), "{{$dotenv %s}}" % var]), raw=True)
    if lang == "md":
        return Slot("$%s" % var, raw=True)
    return None


def masked_from(r, real):
    keep = r.choice([4, 6])
    tail = r.choice([0, 4])
    stars = pick(r, ["*", "*", "x", "\u2022"]) * max(6, min(24, len(real) - keep - tail))
    return real[:keep] + stars + (real[-tail:] if tail else "")


def secret_manager_ref(r, K):
    slug = K.provider + "-" + K.kind.replace("_", "-")
    s = r.randrange(5)
    if s == 0:
        return "op://%s/%s/credential" % (pick(r, ["Web", "Jamstack", "Shared", "Production"]), slug)
    if s == 1:
        return "vault:secret/data/%s/%s#value" % (pick(r, ORGS), slug)
    if s == 2:
        return "arn:aws:secretsmanager:%s:%d:secret:%s-%s" % (
            pick(r, ["eu-west-1", "us-east-1", "eu-central-1"]), r.randint(100000000000, 999999999999), slug, rs(r, ALNUM, 6))
    if s == 3:
        return "projects/%s-%d/secrets/%s/versions/latest" % (pick(r, ORGS), r.randint(100, 999), slug)
    return "doppler://%s/prd/%s" % (pick(r, ORGS), slug.upper().replace("-", "_"))


def neg_fill(r, K, lang, var, inline=False):
    """returns (Slot, subtype) for a negative re-use of a positive template"""
    opts = ["placeholder", "placeholder", "masked", "secret_manager_ref", "empty", "redacted"]
    if not inline and ref_expr(r, lang, var) is not None:
        opts += ["env_reference"] * 4
    s = pick(r, opts)
    if s == "env_reference":
        return ref_expr(r, lang, var), s
    if s == "placeholder":
        pool = PLACEHOLDER_PREFIX.get(K.key, []) + GENERIC_PLACEHOLDERS[:7]
        if chance(r, 0.3):
            pool = ["<%s>" % var, "YOUR_%s" % var, "your-%s" % var.lower().replace("_", "-")]
        return Slot(pick(r, pool)), s
    if s == "masked":
        fake_p = K.project(r)
        real = K.make(r, fake_p)[1]
        if K.key == "netlify_hook":
            return Slot("https://api.netlify.com/build_hooks/" + masked_from(r, real.rsplit("/", 1)[1])), s
        if chance(r, 0.3):
            return Slot(real[:r.choice([5, 6, 8])] + pick(r, ["...", "\u2026"])), "truncated"
        return Slot(masked_from(r, real)), s
    if s == "secret_manager_ref":
        return Slot(secret_manager_ref(r, K)), s
    if s == "empty":
        return Slot(""), s
    return Slot(pick(r, ["[REDACTED]", "<redacted>", "REDACTED", "***", "[hidden]", "<removed>"])), s


# ---------------------------------------------------------------------------
# template context
# ---------------------------------------------------------------------------
PUBLIC_PREFIX = {"next": "NEXT_PUBLIC_", "nuxt": "NUXT_PUBLIC_", "astro": "PUBLIC_", "gatsby": "GATSBY_",
                 "sveltekit": "PUBLIC_", "eleventy": "", "hugo": "HUGO_PARAMS_", "jekyll": "", "backend": ""}


class C(object):
    def __init__(self, r, K, p, obv, fillfn):
        self.r = r
        self.K = K
        self.p = p
        self.obv = obv
        self.words = pick(r, K.obv if obv else K.neu)
        self.VAR = nm(self.words, "SCREAM")
        self.fillfn = fillfn
        self.ctx = K.ctx(r, p)
        self.fw = pick(r, K.fw)

    def fill(self, lang, inline=False, var=None):
        return self.fillfn(lang, var or self.VAR, inline)

    def name(self, st):
        return nm(self.words, st)


def noise_env(c, n):
    r, p = c.r, c.p
    pre = PUBLIC_PREFIX.get(c.fw, "")
    pool = [
        (pre + "SITE_URL", p["site"]),
        ("NODE_ENV", pick(r, ["development", "production"])),
        (pre + "GA_MEASUREMENT_ID", "G-" + rs(r, UPNUM, 10)),
        ("LOG_LEVEL", pick(r, ["info", "debug", "warn"])),
        ("PORT", str(pick(r, [3000, 4321, 8080, 1313, 4000, 8000]))),
        (pre + "DEFAULT_LOCALE", pick(r, ["en", "en-US", "de", "fr", "nl"])),
        ("NEXT_TELEMETRY_DISABLED", "1"),
        ("CACHE_TTL", str(pick(r, [60, 300, 3600]))),
        (pre + "PLAUSIBLE_DOMAIN", p["site"].replace("https://", "")),
        ("IMAGE_DOMAINS", pick(r, ["images.ctfassets.net", "cdn.sanity.io", "a.storyblok.com",
                                   "images.prismic.io", "www.datocms-assets.com", "res.cloudinary.com"])),
        ("SENTRY_ENVIRONMENT", pick(r, ["production", "preview", "staging"])),
        ("BUILD_DRAFTS", pick(r, ["false", "true"])),
    ]
    r.shuffle(pool)
    return pool[:n]


def ctx_pairs(c, st):
    return [(nm(w, st), v) for (w, v) in c.ctx]


def env_block(c, lang, st, quote, extra_noise):
    """list of 'NAME=value' style pairs including the slot; returns list of (name, slot_or_str)"""
    items = [(k, v) for (k, v) in ctx_pairs(c, st)]
    items += [(nm(k.lower().split("_"), st) if st != "SCREAM" else k, v) for (k, v) in noise_env(c, extra_noise)]
    c.r.shuffle(items)
    pos = c.r.randint(0, len(items))
    items.insert(pos, (c.name(st), c.fill(lang)))
    return items


HEAD_COMMENTS = ["Local development settings", "Copy of the team settings for the preview build",
                 "CMS + search configuration", "Used by scripts/ and the build", "Production build env",
                 "Environment for the content sync job", "Do not reorder - read by the deploy script",
                 "Settings for the headless CMS integration", "Build-time variables"]


# ---------------------------------------------------------------------------
# positive-capable templates: (function, kinds-or-None, usages-or-None)
# every template returns (relpath, filetype, lines)
# ---------------------------------------------------------------------------
def t_dotenv(c):
    r = c.r
    path = pick(r, [".env", ".env.local", ".env.production", ".env.development.local", "apps/web/.env",
                    ".env.staging", "site/.env", "packages/cms/.env", "frontend/.env.local"])
    q = pick(r, ["none", "none", "double", "single"])
    lines = []
    if chance(r, 0.7):
        lines.append("# " + pick(r, HEAD_COMMENTS))
    for k, v in env_block(c, "env", "SCREAM", q, r.randint(3, 8)):
        if isinstance(v, Slot):
            if chance(r, 0.3):
                lines.append("# %s" % pick(r, ["server only, never expose to the browser", "rotated quarterly",
                                               "see docs/cms.md", "used by the import script", "needed for drafts"]))
            lines.append("%s=%s" % (k, qv(v, "env", q)))
        else:
            lines.append("%s=%s" % (k, qv(v, "env", q)))
        if chance(r, 0.15):
            lines.append("")
    return path, "env", lines


def t_compose(c):
    r, p = c.r, c.p
    svc = pick(r, ["web", "site", "frontend", "cms", "app", "worker", "sync"])
    img = pick(r, ["node:20-alpine", "node:18-bullseye", "directus/directus:10.10", "strapi/strapi:4",
                   "ghcr.io/%s/site:latest" % p["org"], "node:22-slim"])
    mapstyle = chance(r, 0.5)
    lines = ["services:", "  %s:" % svc, "    image: %s" % img]
    if chance(r, 0.5):
        lines += ["    build:", "      context: .", "      dockerfile: Dockerfile"]
    lines += ["    ports:", '      - "%d:%d"' % ((pick(r, [3000, 8055, 1337, 4321]),) * 2)]
    lines.append("    environment:")
    for k, v in env_block(c, "docker" if not mapstyle else "yaml", "SCREAM", "none", r.randint(2, 5)):
        if mapstyle:
            lines.append("      %s: %s" % (k, qv(v, "yaml", pick(r, ["none", "double"]))))
        else:
            t = v.text if isinstance(v, Slot) else v
            if isinstance(v, Slot) and v.raw:
                lines.append("      - %s=%s" % (k, t))
            else:
                lines.append("      - %s=%s" % (k, t) if t else "      - %s=" % k)
    if chance(r, 0.6):
        lines += ["    depends_on:", "      - db", "  db:", "    image: postgres:16-alpine",
                  "    volumes:", "      - db-data:/var/lib/postgresql/data", "volumes:", "  db-data:"]
    return pick(r, ["docker-compose.yml", "docker-compose.override.yml", "compose.yaml", "deploy/docker-compose.prod.yml"]), "yaml", lines


def t_gh_actions(c):
    r, p = c.r, c.p
    name = pick(r, ["deploy", "build", "content-sync", "nightly-rebuild", "preview", "publish"])
    lines = ["name: %s" % name.replace("-", " ").title(), "", "on:"]
    if chance(r, 0.5):
        lines += ["  push:", "    branches: [main]"]
    if chance(r, 0.6):
        lines += ["  schedule:", "    - cron: '%d %d * * *'" % (r.randint(0, 59), r.randint(0, 23))]
    lines += ["  workflow_dispatch:", "", "env:"]
    for k, v in env_block(c, "ghyaml", "SCREAM", "none", r.randint(1, 3)):
        lines.append("  %s: %s" % (k, qv(v, "ghyaml", pick(r, ["none", "single", "double"]))))
    lines += ["", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:",
              "      - uses: actions/checkout@v4", "      - uses: actions/setup-node@v4", "        with:",
              "          node-version: %d" % pick(r, [18, 20, 22]), "          cache: npm",
              "      - run: npm ci", "      - run: npm run %s" % pick(r, ["build", "sync", "export", "index"])]
    if chance(r, 0.5):
        lines += ["      - name: Deploy", "        run: npx netlify-cli deploy --prod --dir=%s" % pick(r, ["public", "dist", "out", "_site"])]
    return ".github/workflows/%s.yml" % name, "yaml", lines


def t_netlify_toml(c):
    r = c.r
    pub = pick(r, ["public", "dist", "out", "_site", ".next"])
    lines = ["[build]", '  command = "%s"' % pick(r, ["npm run build", "hugo --gc --minify", "npx @11ty/eleventy",
                                                     "gatsby build", "astro build", "bundle exec jekyll build"]),
             '  publish = "%s"' % pub, ""]
    sect = pick(r, ["[build.environment]", "[context.production.environment]", "[context.deploy-preview.environment]"])
    lines.append(sect)
    for k, v in env_block(c, "toml", "SCREAM", "double", r.randint(1, 3)):
        lines.append('  %s = %s' % (k, qv(v, "toml")))
    lines += ["", "[[plugins]]", '  package = "%s"' % pick(r, ["@netlify/plugin-nextjs", "netlify-plugin-cache",
                                                                "@netlify/plugin-lighthouse"]), "",
              "[[redirects]]", '  from = "/blog/*"', '  to = "/posts/:splat"', "  status = 301"]
    return "netlify.toml", "toml", lines


def t_vercel_json(c):
    r = c.r
    pairs = env_block(c, "vercel", "SCREAM", None, r.randint(1, 3))
    body = ["{", '  "$schema": "https://openapi.vercel.sh/vercel.json",',
            '  "framework": "%s",' % pick(r, ["nextjs", "astro", "nuxtjs", "gatsby", "eleventy", "hugo"]),
            '  "buildCommand": "%s",' % pick(r, ["npm run build", "pnpm build", "yarn build"]),
            '  "%s": {' % pick(r, ["env", "build\": {\n    \"env"])]
    nested = body[-1].count("{") > 1
    ind = "      " if nested else "    "
    for i, (k, v) in enumerate(pairs):
        comma = "," if i < len(pairs) - 1 else ""
        body.append('%s"%s": %s%s' % (ind, k, qv(v, "json") if not (isinstance(v, Slot) and v.raw) else v.text, comma))
    if nested:
        body += ["    }", "  },"]
    else:
        body.append("  },")
    body += ['  "crons": [{ "path": "/api/revalidate-all", "schedule": "0 %d * * *" }],' % r.randint(0, 23),
             '  "headers": [', '    { "source": "/(.*)", "headers": [{ "key": "X-Frame-Options", "value": "DENY" }] }',
             "  ]", "}"]
    return "vercel.json", "json", body


def t_package_json(c):
    r, p = c.r, c.p
    slot = c.fill("sh", inline=True)
    val = slot.text if slot.raw else slot.text
    k = c.K.key
    if k == "contentful_cma" and chance(r, 0.6):
        cmd = "contentful space export --space-id %s --management-token %s --content-file content/export.json" % (p["space"], val)
    elif k == "sanity" and chance(r, 0.5):
        cmd = "SANITY_AUTH_TOKEN=%s sanity dataset export %s backups/%s.tar.gz" % (val, p["dataset"], p["dataset"])
    elif k == "netlify_hook":
        cmd = "curl -X POST -d {} %s" % val
    elif k == "netlify_pat":
        cmd = "netlify deploy --prod --auth %s --site %s" % (val, p["site_id"])
    elif k == "formspree":
        cmd = "formspree deploy -k %s" % val
    else:
        cmd = "%s=%s node scripts/%s.mjs" % (c.VAR, val, pick(r, ["sync-content", "import", "migrate", "reindex", "purge"]))
    name = pick(r, ["%s-site" % p["org"], "@%s/web" % p["org"], "%s-blog" % p["org"]])
    lines = ["{", '  "name": "%s",' % name, '  "version": "%d.%d.%d",' % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 9)),
             '  "private": true,', '  "scripts": {', '    "dev": "%s",' % pick(r, ["next dev", "astro dev", "nuxt dev", "gatsby develop", "eleventy --serve"]),
             '    "build": "%s",' % pick(r, ["next build", "astro build", "nuxt build", "gatsby build", "eleventy"]),
             '    "%s": %s,' % (pick(r, ["content:export", "sync", "rebuild", "deploy:prod", "cms:backup", "index"]), json.dumps(cmd)),
             '    "lint": "eslint ."', "  },", '  "dependencies": {']
    deps = [("next", "14.2.%d" % r.randint(0, 20)), ("react", "18.3.1"), ("astro", "4.%d.0" % r.randint(0, 15)),
            ("contentful", "10.%d.0" % r.randint(0, 12)), ("@sanity/client", "6.%d.0" % r.randint(0, 20)),
            ("algoliasearch", "4.%d.0" % r.randint(10, 24)), ("@storyblok/js", "3.%d.0" % r.randint(0, 9))]
    r.shuffle(deps)
    deps = deps[:r.randint(2, 5)]
    for i, (d, v) in enumerate(deps):
        lines.append('    "%s": "^%s"%s' % (d, v, "," if i < len(deps) - 1 else ""))
    lines += ["  }", "}"]
    return "package.json", "json", lines


def t_shell(c):
    r, p = c.r, c.p
    api = c.K.api(r, p)
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "",
             "# %s" % pick(r, ["Pull the latest entries before a local build", "Trigger a content rebuild",
                               "Nightly backup of CMS content", "Quick API smoke test"])]
    for k, v in ctx_pairs(c, "SCREAM"):
        lines.append('%s="%s"' % (k, v))
    slot = c.fill("sh")
    if c.K.usage == "hook":
        lines.append("%s=%s" % (c.VAR, qv(slot, "sh", "double")))
        lines += ["", 'curl -fsS -X POST -d "{}" "$%s"' % c.VAR, 'echo "rebuild triggered"']
        return pick(r, ["scripts/rebuild.sh", "bin/trigger-deploy.sh"]), "shell", lines
    lines.append("%s%s=%s" % (pick(r, ["", "export "]), c.VAR, qv(slot, "sh", pick(r, ["double", "single"]))))
    out = pick(r, ["tmp/entries.json", "backup/$(date +%F).json", "/dev/null"])
    if api:
        meth, url, auth = api
        lines.append("")
        if auth == "bearer":
            lines += ['curl -fsS -X %s "%s" \\' % (meth, url), '  -H "Authorization: Bearer ${%s}" \\' % c.VAR]
        elif auth == "plain":
            lines += ['curl -fsS "%s" \\' % url, '  -H "Authorization: ${%s}" \\' % c.VAR]
        elif auth.startswith("query:"):
            lines += ['curl -fsS "%s?%s=${%s}" \\' % (url, auth.split(":")[1], c.VAR)]
        elif auth.startswith("xhdr:"):
            lines += ['curl -fsS -X %s "%s" \\' % (meth, url), '  -H "%s: ${%s}" \\' % (auth.split(":")[1], c.VAR)]
        elif auth == "basic":
            lines += ['curl -fsS -u "%s:${%s}" "%s" \\' % (c.p.get("api_key", "api"), c.VAR, url)]
        lines += ['  -H "Content-Type: application/json" \\', '  -o %s' % out]
    else:
        lines += ["", "npm run %s" % pick(r, ["build", "start", "sync"])]
    lines.append('echo "done"')
    return pick(r, ["scripts/sync-content.sh", "scripts/backup-cms.sh", "bin/fetch-entries.sh", "tools/smoke.sh"]), "shell", lines


def t_dockerfile(c):
    r = c.r
    base = pick(r, ["node:20-alpine", "node:18-slim", "klakegg/hugo:ext-alpine", "ruby:3.2-slim", "node:22-alpine"])
    lines = ["FROM %s AS build" % base, "WORKDIR /app", "COPY package*.json ./", "RUN npm ci", "COPY . ."]
    for k, v in ctx_pairs(c, "SCREAM")[:2]:
        lines.append("ENV %s=%s" % (k, v))
    slot = c.fill("docker")
    if slot.raw:
        lines.insert(1, "ARG %s" % c.VAR)
    lines.append("ENV %s=%s" % (c.VAR, qv(slot, "docker", pick(r, ["none", "double"]))))
    lines += ["RUN npm run build", "", "FROM nginx:1.27-alpine", "COPY --from=build /app/%s /usr/share/nginx/html" % pick(r, ["dist", "public", "out"]),
              "EXPOSE 80"]
    return pick(r, ["Dockerfile", "docker/web.Dockerfile", "Dockerfile.preview"]), "dockerfile", lines


def t_makefile(c):
    r = c.r
    slot = c.fill("make")
    lines = ["# %s" % pick(r, ["Content helpers", "Build + deploy shortcuts", "Local tooling"]), ""]
    for k, v in ctx_pairs(c, "SCREAM")[:2]:
        lines.append("%s ?= %s" % (k, v))
    lines.append("%s %s %s" % (c.VAR, pick(r, ["?=", ":=", "="]), qv(slot, "make")))
    lines += ["", ".PHONY: build sync deploy", "", "build:", "\tnpm run build", "", "sync:",
              "\t%s=$(%s) node scripts/sync.mjs" % (c.VAR, c.VAR), "", "deploy: build",
              "\tnpx netlify-cli deploy --prod --dir=%s" % pick(r, ["public", "dist", "_site"])]
    return "Makefile", "makefile", lines


def t_gitlab_ci(c):
    r = c.r
    lines = ["image: node:%d" % pick(r, [18, 20, 22]), "", "stages:", "  - build", "  - deploy", "", "variables:"]
    for k, v in env_block(c, "yaml", "SCREAM", "none", r.randint(1, 3)):
        lines.append("  %s: %s" % (k, qv(v, "yaml", pick(r, ["none", "double"]))))
    lines += ["", "build:", "  stage: build", "  script:", "    - npm ci", "    - npm run build", "  artifacts:",
              "    paths:", "      - %s/" % pick(r, ["public", "dist"]), "", "pages:", "  stage: deploy", "  script:",
              "    - echo deploying", "  only:", "    - main"]
    return ".gitlab-ci.yml", "yaml", lines


def t_properties(c):
    r = c.r
    lines = ["# %s" % pick(r, ["Content service", "CMS bridge configuration", "Headless CMS client"]),
             "server.port=%d" % pick(r, [8080, 8081, 9000]), "spring.application.name=%s-content" % c.p["org"]]
    for k, v in ctx_pairs(c, "dot"):
        lines.append("cms.%s=%s" % (k, v))
    lines.append("cms.%s=%s" % (c.name("kebab").replace("_", "-"), qv(c.fill("props"), "props")))
    lines += ["cms.timeout-ms=%d" % pick(r, [2000, 5000, 10000]), "logging.level.root=INFO"]
    return "src/main/resources/application.properties", "properties", lines


def t_wrangler(c):
    r = c.r
    if chance(r, 0.5):
        lines = ["# Cloudflare Pages local vars", "# (wrangler pages dev reads this file)"]
        for k, v in env_block(c, "env", "SCREAM", "double", r.randint(2, 4)):
            lines.append("%s=%s" % (k, qv(v, "env", "double")))
        return ".dev.vars", "env", lines
    lines = ['name = "%s-site"' % c.p["org"], 'compatibility_date = "%s"' % date_str(r),
             'pages_build_output_dir = "./dist"', "", "[vars]"]
    for k, v in env_block(c, "toml", "SCREAM", "double", r.randint(1, 3)):
        lines.append('%s = %s' % (k, qv(v, "toml")))
    return "wrangler.toml", "toml", lines


def t_yaml_config(c):
    r = c.r
    st = pick(r, ["snake", "camel", "kebab"])
    top = c.K.provider
    lines = ["# %s" % pick(r, HEAD_COMMENTS), "%s:" % top]
    items = [(nm(w[1:] if len(w) > 1 else w, st), v) for (w, v) in c.ctx]
    words = c.words[1:] if len(c.words) > 1 and c.words[0] == top else c.words
    r.shuffle(items)
    items.insert(r.randint(0, len(items)), (nm(words, st), c.fill("yaml")))
    for k, v in items:
        lines.append("  %s: %s" % (k, qv(v, "yaml", pick(r, ["none", "double", "single"]))))
    lines += ["cache:", "  ttl: %d" % pick(r, [60, 600, 3600]), "  dir: .cache/%s" % top, "locales:", "  - en", "  - %s" % pick(r, ["de", "fr", "es", "nl"])]
    return pick(r, ["config/cms.yml", "config/%s.yaml" % top, "_data/cms.yml", "settings/integrations.yml"]), "yaml", lines


def t_postman(c):
    r = c.r
    vals = [(nm(w, "camel"), v) for (w, v) in c.ctx] + [("baseUrl", c.p["site"])]
    vals.insert(r.randint(0, len(vals)), (c.name("camel"), c.fill("postman")))
    lines = ["{", '  "id": "%s",' % uuid4(r), '  "name": "%s %s",' % (c.K.provider.title(), pick(r, ["prod", "staging", "local"])),
             '  "values": [']
    for i, (k, v) in enumerate(vals):
        t = v.text if isinstance(v, Slot) and v.raw else json.dumps(v.text if isinstance(v, Slot) else v)
        lines.append('    { "key": "%s", "value": %s, "type": "%s", "enabled": true }%s' % (
            k, t, "secret" if isinstance(v, Slot) else "default", "," if i < len(vals) - 1 else ""))
    lines += ["  ],", '  "_postman_variable_scope": "environment"', "}"]
    return "postman/%s.postman_environment.json" % c.K.provider, "json", lines


def t_php(c):
    r = c.r
    lines = ["<?php", "", "// %s" % pick(r, ["Headless CMS bridge for the legacy theme", "Config for the content importer"]),
             "return ["]
    for k, v in ctx_pairs(c, "snake"):
        lines.append("    '%s' => '%s'," % (k, v))
    lines.append("    '%s' => %s," % (c.name("snake"), qv(c.fill("php"), "php")))
    lines += ["    'timeout' => %d," % pick(r, [5, 10, 30]), "    'cache' => true,", "];"]
    return pick(r, ["config/cms.php", "wp-content/themes/%s/inc/cms-config.php" % c.p["org"]]), "php", lines


def t_settings_py(c):
    r = c.r
    lines = ['"""%s"""' % pick(r, ["Settings for the content pipeline.", "Static site builder settings.",
                                     "Django settings fragment for the CMS integration."]), "import os", "",
             "DEBUG = %s" % pick(r, ["False", "True", 'os.getenv("DEBUG") == "1"']),
             'SITE_URL = "%s"' % c.p["site"]]
    for k, v in ctx_pairs(c, "SCREAM"):
        lines.append('%s = "%s"' % (k, v))
    lines.append("%s = %s" % (c.VAR, qv(c.fill("py"), "py", pick(r, ["double", "single"]))))
    lines += ["", "CACHE_SECONDS = %d" % pick(r, [60, 300, 900]), "OUTPUT_DIR = \"%s\"" % pick(r, ["public", "build", "_site"])]
    return pick(r, ["config/settings.py", "pipeline/settings.py", "site/settings.py"]), "python", lines


def t_python_script(c):
    r, p = c.r, c.p
    api = c.K.api(r, p)
    v = c.name("snake") if chance(r, 0.5) else c.VAR
    lines = ["#!/usr/bin/env python3", '"""%s"""' % pick(r, ["Export entries to JSON for the static build.",
                                                            "One-off migration: backfill slugs.", "Re-index content."]),
             "import json", "import sys", "", "import requests", ""]
    for k, val in ctx_pairs(c, "SCREAM"):
        lines.append('%s = "%s"' % (k, val))
    lines.append("%s = %s" % (v, qv(c.fill("py"), "py", pick(r, ["double", "single"]))))
    lines.append("")
    meth, url, auth = api
    lines.append("def fetch():")
    if auth == "bearer":
        lines.append('    headers = {"Authorization": f"Bearer {%s}"}' % v)
        lines.append('    resp = requests.%s("%s", headers=headers, timeout=30)' % (meth.lower(), url))
    elif auth == "plain":
        lines.append('    resp = requests.get("%s", headers={"Authorization": %s}, timeout=30)' % (url, v))
    elif auth.startswith("query:"):
        lines.append('    resp = requests.get("%s", params={"%s": %s}, timeout=30)' % (url, auth.split(":")[1], v))
    elif auth.startswith("xhdr:"):
        lines.append('    resp = requests.%s("%s", headers={"%s": %s}, timeout=30)' % (meth.lower(), url, auth.split(":")[1], v))
    else:
        lines.append('    resp = requests.get("%s", auth=("%s", %s), timeout=30)' % (url, p.get("api_key", "key"), v))
    lines += ["    resp.raise_for_status()", "    return resp.json()", "", "", 'if __name__ == "__main__":',
              "    data = fetch()", "    json.dump(data, sys.stdout, indent=2)"]
    return pick(r, ["scripts/export_content.py", "scripts/backfill_slugs.py", "tools/cms_dump.py"]), "python", lines


def t_ruby(c):
    r, p = c.r, c.p
    api = c.K.api(r, p)
    meth, url, auth = api
    lines = ["# frozen_string_literal: true", "", "require 'net/http'", "require 'json'", "",
             "# %s" % pick(r, ["Jekyll generator that pulls CMS entries into site.data", "Fetch remote content at build time"]),
             "module CmsFetch", "  class Generator < Jekyll::Generator", "    safe true", ""]
    for k, v in ctx_pairs(c, "SCREAM"):
        lines.append("    %s = '%s'" % (k, v))
    lines.append("    %s = %s" % (c.VAR, qv(c.fill("rb"), "rb", pick(r, ["single", "double"]))))
    lines += ["", "    def generate(site)", "      uri = URI('%s')" % url]
    if auth.startswith("query:"):
        lines.append("      uri.query = URI.encode_www_form('%s' => %s)" % (auth.split(":")[1], c.VAR))
        lines.append("      req = Net::HTTP::Get.new(uri)")
    else:
        lines.append("      req = Net::HTTP::%s.new(uri)" % meth.title())
        if auth == "bearer":
            lines.append("      req['Authorization'] = \"Bearer #{%s}\"" % c.VAR)
        elif auth == "plain":
            lines.append("      req['Authorization'] = %s" % c.VAR)
        elif auth.startswith("xhdr:"):
            lines.append("      req['%s'] = %s" % (auth.split(":")[1], c.VAR))
        else:
            lines.append("      req.basic_auth('%s', %s)" % (p.get("api_key", "key"), c.VAR))
    lines += ["      res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }",
              "      site.data['cms'] = JSON.parse(res.body)", "    end", "  end", "end"]
    return "_plugins/cms_fetch.rb", "ruby", lines


def t_node_script(c):
    r, p = c.r, c.p
    api = c.K.api(r, p)
    meth, url, auth = api
    v = c.name("camel") if chance(r, 0.6) else c.VAR
    slot = c.fill("js")
    lines = ["// %s" % pick(r, ["Usage: node scripts/sync.mjs", "Pulls entries and writes src/data/cms.json",
                                "Ad-hoc script used during the migration"]),
             "import { writeFile } from 'node:fs/promises';", ""]
    for k, val in ctx_pairs(c, "camel"):
        lines.append("const %s = '%s';" % (k, val))
    lines.append("const %s = %s;" % (v, qv(slot, "js", pick(r, ["single", "double"]))))
    lines.append("")
    hdr = {"bearer": "Authorization: `Bearer ${%s}`" % v, "plain": "Authorization: %s" % v,
           "basic": "Authorization: 'Basic ' + Buffer.from(`%s:${%s}`).toString('base64')" % (p.get("api_key", "key"), v)}
    if auth.startswith("query:"):
        lines.append("const res = await fetch(`%s?%s=${%s}`);" % (url, auth.split(":")[1], v))
    else:
        h = hdr.get(auth) or "'%s': %s" % (auth.split(":")[1], v)
        lines += ["const res = await fetch('%s', {" % url, "  method: '%s'," % meth, "  headers: { %s, 'Content-Type': 'application/json' }," % h, "});"]
    lines += ["if (!res.ok) throw new Error(`request failed: ${res.status}`);",
              "await writeFile('%s', JSON.stringify(await res.json(), null, 2));" % pick(r, ["src/data/cms.json", "_data/remote.json", "tmp/export.json"])]
    return pick(r, ["scripts/sync.mjs", "scripts/fetch-content.mjs", "tools/migrate.mjs"]), "javascript", lines


def t_go(c):
    r, p = c.r, c.p
    meth, url, auth = c.K.api(r, p)
    v = c.name("camel")
    lines = ["package main", "", "import (", '\t"fmt"', '\t"io"', '\t"net/http"', '\t"os"', ")", "",
             "// %s" % pick(r, ["content-sync pulls CMS entries for the Hugo build", "small helper used by the cron job"]), "const ("]
    for k, val in ctx_pairs(c, "camel"):
        lines.append('\t%s = "%s"' % (k, val))
    lines.append(")")
    lines.append("")
    slot = c.fill("go")
    lines.append("var %s = %s" % (v, qv(slot, "go")))
    lines += ["", "func main() {"]
    if auth.startswith("query:"):
        lines.append('\treq, _ := http.NewRequest("%s", "%s?%s="+%s, nil)' % (meth, url, auth.split(":")[1], v))
    else:
        lines.append('\treq, _ := http.NewRequest("%s", "%s", nil)' % (meth, url))
        if auth == "bearer":
            lines.append('\treq.Header.Set("Authorization", "Bearer "+%s)' % v)
        elif auth == "plain":
            lines.append('\treq.Header.Set("Authorization", %s)' % v)
        elif auth == "basic":
            lines.append('\treq.SetBasicAuth("%s", %s)' % (p.get("api_key", "key"), v))
        else:
            lines.append('\treq.Header.Set("%s", %s)' % (auth.split(":")[1], v))
    lines += ["\tres, err := http.DefaultClient.Do(req)", "\tif err != nil {", "\t\tfmt.Fprintln(os.Stderr, err)",
              "\t\tos.Exit(1)", "\t}", "\tdefer res.Body.Close()", "\tio.Copy(os.Stdout, res.Body)", "}"]
    return pick(r, ["cmd/content-sync/main.go", "tools/fetch/main.go"]), "go", lines


def t_http_file(c):
    r, p = c.r, c.p
    meth, url, auth = c.K.api(r, p)
    slot = c.fill("http", inline=False)
    var = c.name("snake")
    lines = ["@%s = %s" % (var, qv(slot, "http")), "@base = %s" % url.split("/v")[0].split("/api")[0], "",
             "### %s" % pick(r, ["list entries", "smoke test", "fetch drafts"])]
    if auth.startswith("query:"):
        lines.append("%s %s?%s={{%s}}" % (meth, url, auth.split(":")[1], var))
    else:
        lines.append("%s %s" % (meth, url))
        if auth == "bearer":
            lines.append("Authorization: Bearer {{%s}}" % var)
        elif auth == "plain":
            lines.append("Authorization: {{%s}}" % var)
        elif auth == "basic":
            lines.append("Authorization: Basic %s {{%s}}" % (p.get("api_key", "key"), var))
        else:
            lines.append("%s: {{%s}}" % (auth.split(":")[1], var))
    lines += ["Content-Type: application/json", ""]
    if meth == "POST":
        lines += ["{", '  "query": "{ __typename }"', "}"]
    return pick(r, ["requests/cms.http", "api/%s.http" % c.K.provider, "rest/smoke.http"]), "http", lines


def t_md_runbook(c):
    r, p = c.r, c.p
    api = c.K.api(r, p)
    slot = c.fill("md", inline=True)
    t = slot.text
    lines = ["# %s" % pick(r, ["Runbook: content sync", "Deploy notes", "CMS access cheatsheet", "Preview environment"]), "",
             "_Last updated %s by %s_" % (date_str(r), pick(r, PEOPLE)), "",
             "## %s" % pick(r, ["Setup", "Credentials", "Local setup"]), "",
             pick(r, ["The build needs the following values:", "Export these before running the sync:",
                      "Paste into your shell:"]), "", "```bash"]
    for k, v in ctx_pairs(c, "SCREAM"):
        lines.append("export %s=%s" % (k, v))
    if api:
        meth, url, auth = api
        if auth == "bearer":
            lines += ["```", "", "Quick check:", "", "```bash",
                      'curl -H "Authorization: Bearer %s" %s' % (t, url)]
        elif auth.startswith("query:"):
            lines += ["```", "", "Quick check:", "", "```bash", 'curl "%s?%s=%s"' % (url, auth.split(":")[1], t)]
        else:
            lines.append("export %s=%s" % (c.VAR, t))
    elif c.K.usage == "hook":
        lines += ["```", "", "Rebuild the site manually:", "", "```bash", "curl -X POST -d '{}' %s" % t]
    else:
        lines.append("export %s=%s" % (c.VAR, t))
    lines += ["```", "", "## Troubleshooting", "",
              "- 401: the token was rotated, ask %s." % pick(r, PEOPLE),
              "- 429: wait a minute, the API is rate limited.", "- Build cache lives in `.cache/`."]
    return pick(r, ["notes/runbook.md", "docs/cms.md", "docs/deploy.md", "RUNBOOK.md", "notes/onboarding.md"]), "markdown", lines


# --- framework / provider specific positive templates -----------------------
def t_next_config(c):
    r = c.r
    lines = ["/** @type {import('next').NextConfig} */", "const nextConfig = {", "  reactStrictMode: true,",
             "  images: {", "    remotePatterns: [{ protocol: 'https', hostname: '%s' }]," % pick(
                 r, ["images.ctfassets.net", "cdn.sanity.io", "res.cloudinary.com", "a.storyblok.com", "media.graphassets.com"]),
             "  },", "  env: {"]
    items = [(k, "'%s'" % v) for k, v in ctx_pairs(c, "SCREAM")]
    items.insert(r.randint(0, len(items)), (c.VAR, qv(c.fill("js"), "js")))
    for k, v in items:
        lines.append("    %s: %s," % (k, v))
    lines += ["  },", "  async redirects() {", "    return [{ source: '/feed', destination: '/rss.xml', permanent: true }];",
              "  },", "};", "", "module.exports = nextConfig;"]
    return pick(r, ["next.config.js", "apps/web/next.config.js"]), "javascript", lines


def t_nuxt_config(c):
    r = c.r
    lines = ["// https://nuxt.com/docs/api/configuration/nuxt-config", "export default defineNuxtConfig({",
             "  devtools: { enabled: %s }," % pick(r, ["true", "false"]),
             "  modules: [%s]," % ", ".join("'%s'" % m for m in r.sample(["@nuxt/image", "@nuxtjs/i18n", "@nuxt/content", "@pinia/nuxt"], 2)),
             "  runtimeConfig: {", "    // server-only"]
    lines.append("    %s: %s," % (c.name("camel"), qv(c.fill("ts"), "js")))
    lines.append("    public: {")
    for k, v in ctx_pairs(c, "camel"):
        lines.append("      %s: '%s'," % (k, v))
    lines += ["      siteUrl: '%s'," % c.p["site"], "    },", "  },", "  nitro: { preset: '%s' }," % pick(r, ["netlify", "vercel", "cloudflare-pages"]), "});"]
    return "nuxt.config.ts", "typescript", lines


def t_astro_page(c):
    r, p = c.r, c.p
    meth, url, auth = c.K.api(r, p)
    slot = c.fill("vite")
    lines = ["---", "import Layout from '../layouts/Base.astro';", ""]
    lines.append("const %s = %s;" % (c.VAR, qv(slot, "js")))
    if auth.startswith("query:"):
        lines.append("const res = await fetch(`%s?%s=${%s}`);" % (url, auth.split(":")[1], c.VAR))
    else:
        h = {"bearer": "Authorization: `Bearer ${%s}`" % c.VAR, "plain": "Authorization: %s" % c.VAR,
             "basic": "Authorization: `Basic ${btoa('%s:' + %s)}`" % (p.get("api_key", "k"), c.VAR)}.get(auth) or "'%s': %s" % (auth.split(":")[1], c.VAR)
        lines.append("const res = await fetch('%s', { method: '%s', headers: { %s } });" % (url, meth, h))
    lines += ["const data = await res.json();", "const items = data.items ?? data.data ?? [];", "---", "",
              "<Layout title=\"%s\">" % pick(r, ["Latest posts", "Blog", "Updates"]), "  <ul>",
              "    {items.map((item) => <li>{item.title ?? item.fields?.title}</li>)}", "  </ul>", "</Layout>"]
    return pick(r, ["src/pages/blog/index.astro", "src/pages/index.astro", "src/pages/news.astro"]), "astro", lines


def t_svelte_server(c):
    r, p = c.r, c.p
    meth, url, auth = c.K.api(r, p)
    slot = c.fill("ts")
    v = c.name("camel")
    lines = ["import type { PageServerLoad } from './$types';", "", "const %s = %s;" % (v, qv(slot, "js")), "",
             "export const load: PageServerLoad = async ({ fetch }) => {"]
    if auth.startswith("query:"):
        lines.append("  const res = await fetch(`%s?%s=${%s}`);" % (url, auth.split(":")[1], v))
    else:
        h = {"bearer": "Authorization: `Bearer ${%s}`" % v, "plain": "Authorization: %s" % v,
             "basic": "Authorization: `Basic ${btoa('%s:' + %s)}`" % (p.get("api_key", "k"), v)}.get(auth) or "'%s': %s" % (auth.split(":")[1], v)
        lines.append("  const res = await fetch('%s', {" % url)
        lines.append("    method: '%s'," % meth)
        lines.append("    headers: { %s }" % h)
        lines.append("  });")
    lines += ["  if (!res.ok) return { items: [] };", "  return { items: await res.json() };", "};"]
    return pick(r, ["src/routes/blog/+page.server.ts", "src/routes/+page.server.ts"]), "typescript", lines


def t_eleventy_data(c):
    r, p = c.r, c.p
    meth, url, auth = c.K.api(r, p)
    v = c.name("camel")
    lines = ['const EleventyFetch = require("@11ty/eleventy-fetch");', ""]
    lines.append("const %s = %s;" % (v, qv(c.fill("js"), "js", "double")))
    lines += ["", "module.exports = async function () {"]
    if auth.startswith("query:"):
        lines.append('  const url = `%s?%s=${%s}`;' % (url, auth.split(":")[1], v))
        lines.append('  return EleventyFetch(url, { duration: "1h", type: "json" });')
    else:
        h = {"bearer": "Authorization: `Bearer ${%s}`" % v, "plain": "Authorization: %s" % v,
             "basic": "Authorization: \"Basic \" + Buffer.from(\"%s:\" + %s).toString(\"base64\")" % (p.get("api_key", "k"), v)}.get(auth) or '"%s": %s' % (auth.split(":")[1], v)
        lines += ['  return EleventyFetch("%s", {' % url, '    duration: "1h",', '    type: "json",',
                  "    fetchOptions: { method: \"%s\", headers: { %s } }," % (meth, h), "  });"]
    lines.append("};")
    return pick(r, ["_data/posts.js", "src/_data/cms.js", "_data/entries.js"]), "javascript", lines


def t_blog_post(c):
    r, p = c.r, c.p
    slot = c.fill("md", inline=True)
    mdx = chance(r, 0.4)
    title = pick(r, ["How we moved the blog to a headless CMS", "Scripting content migrations",
                     "Rebuilding the site on publish", "Search that actually works", "Notes from the CMS migration"])
    lines = ["---", 'title: "%s"' % title, "date: %s" % date_str(r), "author: %s" % pick(r, PEOPLE),
             "tags: [%s]" % ", ".join(r.sample(["jamstack", "cms", "devops", "search", "tooling", "migration"], 2)),
             "draft: %s" % pick(r, ["false", "true"]), "---", ""]
    if mdx:
        lines += ["import Callout from '../../components/Callout.astro';", ""]
    lines += ["We %s. Here is the snippet we ended up with:" % pick(r, ["finally automated this last sprint",
                                                                       "wrote a small script for it", "got this working on Friday"]), ""]
    k = c.K
    if k.api(r, p):
        meth, url, auth = k.api(r, p)
        lines += ["```js", "const res = await fetch('%s', {" % url]
        if auth == "bearer":
            lines.append("  headers: { Authorization: 'Bearer %s' }," % slot.text)
        elif auth.startswith("xhdr:"):
            lines.append("  headers: { '%s': '%s' }," % (auth.split(":")[1], slot.text))
        else:
            lines.append("  headers: { Authorization: '%s' }," % slot.text)
        lines += ["});", "```"]
    elif k.usage == "hook":
        lines += ["```sh", "curl -X POST -d '{}' %s" % slot.text, "```"]
    else:
        lines += ["```sh", "%s=%s npm run build" % (c.VAR, slot.text), "```"]
    lines += [""]
    if mdx:
        lines += ["<Callout type=\"info\">", "  Remember to run the script from the repo root.", "</Callout>", ""]
    lines += ["The rest of the pipeline stayed the same; builds take about %d seconds now." % r.randint(40, 300)]
    return "content/posts/%s.%s" % (title.lower().replace(" ", "-")[:40].strip("-"), "mdx" if mdx else "md"), "mdx" if mdx else "markdown", lines


def t_contentfulrc(c):
    r, p = c.r, c.p
    lines = ["{", '  "managementToken": %s,' % qv(c.fill("json"), "json"), '  "activeSpaceId": "%s",' % p["space"],
             '  "activeEnvironmentId": "%s",' % p["env"], '  "host": "api.contentful.com"', "}"]
    return pick(r, [".contentfulrc.json", "contentful/.contentfulrc.json"]), "json", lines


def t_contentful_migration(c):
    r, p = c.r, c.p
    v = c.name("camel")
    lines = ["const contentful = require('contentful-management');", "",
             "const %s = %s;" % (v, qv(c.fill("js"), "js")), "",
             "async function main() {", "  const client = contentful.createClient({ accessToken: %s });" % v,
             "  const space = await client.getSpace('%s');" % p["space"],
             "  const env = await space.getEnvironment('%s');" % p["env"],
             "  const entries = await env.getEntries({ content_type: '%s', limit: 100 });" % p["model"],
             "  for (const entry of entries.items) {", "    if (!entry.fields.slug) {",
             "      entry.fields.slug = { 'en-US': entry.sys.id };", "      await (await entry.update()).publish();",
             "    }", "  }", "}", "", "main().catch((err) => {", "  console.error(err);", "  process.exit(1);", "});"]
    return pick(r, ["migrations/backfill-slugs.js", "scripts/contentful/backfill.js"]), "javascript", lines


def t_gatsby_config(c):
    r, p = c.r, c.p
    k = c.K.key
    slot = qv(c.fill("js"), "js")
    opts = {
        "contentful_preview": ("gatsby-source-contentful", [("spaceId", "'%s'" % p.get("space", "")), ("accessToken", slot),
                                                            ("host", "'preview.contentful.com'"), ("environment", "'%s'" % p.get("env", "master"))]),
        "sanity": ("gatsby-source-sanity", [("projectId", "'%s'" % p.get("pid", "")), ("dataset", "'%s'" % p.get("dataset", "")),
                                            ("token", slot), ("watchMode", "true"), ("overlayDrafts", "true")]),
        "datocms": ("gatsby-source-datocms", [("apiToken", slot), ("environment", "'%s'" % p.get("env", "main")), ("previewMode", "false")]),
        "prismic": ("gatsby-source-prismic", [("repositoryName", "'%s'" % p.get("repo", "")), ("accessToken", slot)]),
        "hygraph": ("gatsby-source-graphcms", [("endpoint", "'https://api-%s.hygraph.com/v2/%s/master'" % (p.get("region", ""), p.get("hpid", ""))),
                                               ("token", slot), ("stages", "['PUBLISHED', 'DRAFT']")]),
        "strapi_api": ("gatsby-source-strapi", [("apiURL", "'%s'" % p.get("cms", "")), ("accessToken", slot),
                                                ("collectionTypes", "['%s']" % p["model"].lower())]),
        "algolia": ("gatsby-plugin-algolia", [("appId", "'%s'" % p.get("app", "")), ("apiKey", slot),
                                              ("indexName", "'%s'" % p.get("index", "")), ("queries", "require('./src/utils/algolia-queries')")]),
        "cloudinary": ("gatsby-source-cloudinary", [("cloudName", "'%s'" % p.get("cloud", "")), ("apiKey", "'%s'" % p.get("api_key", "")),
                                                    ("apiSecret", slot), ("resourceType", "'image'")]),
    }[k]
    plug, kv = opts
    lines = ["/**", " * @type {import('gatsby').GatsbyConfig}", " */", "module.exports = {", "  siteMetadata: {",
             "    title: '%s %s'," % (p["org"].title(), pick(r, ["Blog", "Journal", "Docs"])), "    siteUrl: '%s'," % p["site"], "  },",
             "  plugins: [", "    'gatsby-plugin-image',", "    'gatsby-plugin-sharp',", "    {", "      resolve: '%s'," % plug, "      options: {"]
    for a, b in kv:
        lines.append("        %s: %s," % (a, b))
    lines += ["      },", "    },", "  ],", "};"]
    return "gatsby-config.js", "javascript", lines


def t_sanity_client(c):
    r, p = c.r, c.p
    lines = ["import { createClient } from '@sanity/client';", "",
             "export const %s = createClient({" % pick(r, ["writeClient", "client", "serverClient"]),
             "  projectId: '%s'," % p["pid"], "  dataset: '%s'," % p["dataset"], "  apiVersion: '%s'," % p["apiv"],
             "  useCdn: false,", "  token: %s," % qv(c.fill("ts"), "js"), "});"]
    if chance(r, 0.5):
        lines += ["", "export async function setFeatured(id: string, featured: boolean) {",
                  "  return writeClient.patch(id).set({ featured }).commit();", "}"]
    return pick(r, ["src/lib/sanity.server.ts", "sanity/lib/write-client.ts", "lib/sanity.ts"]), "typescript", lines


def t_storyblok_mgmt(c):
    r, p = c.r, c.p
    lines = ["import StoryblokClient from 'storyblok-js-client';", "import fs from 'node:fs';", "",
             "const Storyblok = new StoryblokClient({", "  oauthToken: %s," % qv(c.fill("js"), "js"),
             "  region: '%s'," % pick(r, ["eu", "us"]), "});", "", "const SPACE_ID = %s;" % p["space_id"], "",
             "const { data } = await Storyblok.get(`spaces/${SPACE_ID}/stories`, { per_page: 100 });",
             "fs.writeFileSync('backup/stories-%s.json', JSON.stringify(data.stories, null, 2));" % date_str(r),
             "console.log(`saved ${data.stories.length} stories`);"]
    return pick(r, ["scripts/storyblok-backup.mjs", "tools/storyblok/export.mjs"]), "javascript", lines


def t_prismic_client(c):
    r, p = c.r, c.p
    lines = ["import * as prismic from '@prismicio/client';", "import * as prismicNext from '@prismicio/next';",
             "import config from '../slicemachine.config.json';", "", "export const repositoryName = config.repositoryName;", "",
             "export const createClient = (cfg: prismicNext.CreateClientConfig = {}) => {",
             "  const client = prismic.createClient(repositoryName, {",
             "    accessToken: %s," % qv(c.fill("ts"), "js"),
             "    routes: [{ type: 'page', path: '/:uid' }, { type: '%s', path: '/blog/:uid' }]," % p["model"].lower(),
             "    ...cfg,", "  });", "  prismicNext.enableAutoPreviews({ client });", "  return client;", "};"]
    return pick(r, ["prismicio.ts", "src/prismicio.ts"]), "typescript", lines


def t_datocms_client(c):
    r, p = c.r, c.p
    lines = ["import { buildClient } from '@datocms/cma-client-node';", "",
             "const client = buildClient({", "  apiToken: %s," % qv(c.fill("js"), "js"), "  environment: '%s'," % p["env"], "});", "",
             "const records = await client.items.list({ filter: { type: '%s' } });" % p["model"].lower(),
             "for (const record of records) {", "  if (!record.seo) {",
             "    await client.items.update(record.id, { seo: { title: record.title, description: '' } });",
             "  }", "}", "console.log('updated', records.length);"]
    return pick(r, ["scripts/dato-backfill-seo.mjs", "migrations/dato/seo.mjs"]), "javascript", lines


def t_strapi_config(c):
    r, p = c.r, c.p
    k = c.K.key
    slot = qv(c.fill("js"), "js")
    if k == "strapi_jwt":
        lines = ["module.exports = ({ env }) => ({", "  auth: {",
                 "    secret: env('ADMIN_JWT_SECRET', %s)," % slot if c.obv else "    secret: %s," % slot,
                 "  },", "  apiToken: {", "    salt: env('API_TOKEN_SALT'),", "  },", "  transfer: {", "    token: {",
                 "      salt: env('TRANSFER_TOKEN_SALT'),", "    },", "  },", "  flags: {", "    nps: env.bool('FLAG_NPS', true),", "  },", "});"]
        return "config/admin.js", "javascript", lines
    lines = ["module.exports = ({ env }) => ({", "  connection: {", "    client: 'postgres',", "    connection: {",
             "      host: env('DATABASE_HOST', '%s')," % pick(r, ["127.0.0.1", "db", "postgres"]),
             "      port: env.int('DATABASE_PORT', 5432),", "      database: env('DATABASE_NAME', 'strapi'),",
             "      user: env('DATABASE_USERNAME', 'strapi'),",
             "      password: env('DATABASE_PASSWORD', %s)," % slot if c.obv else "      password: %s," % slot,
             "      ssl: env.bool('DATABASE_SSL', false),", "    },", "    pool: { min: 2, max: 10 },", "  },", "});"]
    return "config/database.js", "javascript", lines


def t_directus_sdk(c):
    r, p = c.r, c.p
    lines = ["import { createDirectus, rest, staticToken, readItems } from '@directus/sdk';", "",
             "const client = createDirectus('%s')" % p["cms"], "  .with(staticToken(%s))" % qv(c.fill("ts"), "js"), "  .with(rest());", "",
             "export async function getPosts() {",
             "  return client.request(readItems('%ss', { filter: { status: { _eq: 'published' } }, limit: 20 }));" % p["model"].lower(),
             "}"]
    return pick(r, ["src/lib/directus.ts", "lib/directus.ts", "utils/directus.ts"]), "typescript", lines


def t_ghost_admin(c):
    r, p = c.r, c.p
    if chance(r, 0.5):
        lines = ["const GhostAdminAPI = require('@tryghost/admin-api');", "",
                 "const api = new GhostAdminAPI({", "  url: '%s'," % p["ghost"], "  key: %s," % qv(c.fill("js"), "js"),
                 "  version: 'v5.0',", "});", "", "async function publish(post) {",
                 "  return api.posts.add({ title: post.title, html: post.html, status: 'draft' }, { source: 'html' });",
                 "}", "", "module.exports = { publish };"]
        return pick(r, ["scripts/ghost-publish.js", "lib/ghost-admin.js"]), "javascript", lines
    lines = ["name: Deploy Theme", "on:", "  push:", "    branches:", "      - main", "jobs:", "  deploy:",
             "    runs-on: ubuntu-22.04", "    steps:", "      - uses: actions/checkout@v4", "      - name: Deploy Ghost Theme",
             "        uses: TryGhost/action-deploy-theme@v1", "        with:", "          api-url: %s" % p["ghost"],
             "          api-key: %s" % qv(c.fill("ghyaml"), "ghyaml", "none")]
    return ".github/workflows/deploy-theme.yml", "yaml", lines


def t_hook_workflow(c):
    r, p = c.r, c.p
    slot = c.fill("ghyaml", inline=False)
    lines = ["name: Scheduled rebuild", "", "on:", "  schedule:", "    - cron: '0 %d * * *'" % r.randint(0, 23),
             "  workflow_dispatch:", "", "jobs:", "  rebuild:", "    runs-on: ubuntu-latest", "    steps:",
             "      - name: Trigger Netlify build hook"]
    if chance(r, 0.5):
        lines.append("        run: curl -fsS -X POST -d '{}' %s" % (slot.text if slot.raw else slot.text))
    else:
        lines += ["        env:", "          %s: %s" % (c.VAR, qv(slot, "ghyaml", "none")),
                  '        run: curl -fsS -X POST -d \'{}\' "$%s"' % c.VAR]
    return ".github/workflows/%s.yml" % pick(r, ["scheduled-rebuild", "nightly", "rebuild"]), "yaml", lines


def t_webhooks_json(c):
    r, p = c.r, c.p
    k = c.K.key
    slot = c.fill("json")
    v = qv(slot, "json") if not slot.raw else slot.text
    if k == "netlify_hook":
        lines = ["[", "  {", '    "name": "Netlify rebuild on publish",', '    "url": %s,' % v,
                 '    "topics": ["Entry.publish", "Entry.unpublish", "Asset.publish"],', '    "httpBasicUsername": null,',
                 '    "headers": [],', '    "active": true', "  }", "]"]
        return pick(r, ["contentful/webhooks.json", "cms/webhooks.json"]), "json", lines
    lines = ["{", '  "name": "%s",' % pick(r, ["Revalidate on publish", "Preview sync", "Prismic -> site"]),
             '  "url": "%s/api/%s",' % (p["site"], pick(r, ["revalidate", "webhooks/cms", "preview"])),
             '  "dataset": "%s",' % pick(r, ["production", "*"]), '  "httpMethod": "POST",',
             '  "apiVersion": "v2021-03-25",', '  "filter": "_type in [\\"post\\", \\"page\\"]",',
             '  "secret": %s,' % v, '  "includeDrafts": false', "}"]
    return pick(r, ["sanity/webhooks/revalidate.json", "config/webhooks/publish.json"]), "json", lines


def t_verify_route(c):
    r, p = c.r, c.p
    slot = c.fill("ts")
    v = c.name("SCREAM")
    style = r.randrange(4)
    if style == 0:
        lines = ["import { revalidatePath } from 'next/cache';", "import { NextRequest, NextResponse } from 'next/server';", "",
                 "const %s = %s;" % (v, qv(slot, "js")), "", "export async function POST(req: NextRequest) {",
                 "  const secret = req.nextUrl.searchParams.get('secret');", "  if (secret !== %s) {" % v,
                 "    return NextResponse.json({ message: 'Invalid secret' }, { status: 401 });", "  }",
                 "  const body = await req.json();", "  revalidatePath(`/blog/${body.slug ?? ''}`);",
                 "  return NextResponse.json({ revalidated: true, now: Date.now() });", "}"]
        return pick(r, ["app/api/revalidate/route.ts", "src/app/api/revalidate/route.ts"]), "typescript", lines
    if style == 1:
        lines = ["import { draftMode } from 'next/headers';", "import { redirect } from 'next/navigation';", "",
                 "export async function GET(request: Request) {", "  const { searchParams } = new URL(request.url);",
                 "  const slug = searchParams.get('slug');", "  if (searchParams.get('secret') !== %s || !slug) {" % qv(slot, "js"),
                 "    return new Response('Invalid token', { status: 401 });", "  }", "  draftMode().enable();",
                 "  redirect(`/posts/${slug}`);", "}"]
        return pick(r, ["app/api/draft/route.ts", "app/api/preview/route.ts"]), "typescript", lines
    if style == 2:
        lines = ["export default defineEventHandler(async (event) => {", "  const query = getQuery(event);",
                 "  if (query.secret !== %s) {" % qv(slot, "js"),
                 "    throw createError({ statusCode: 401, statusMessage: 'Invalid secret' });", "  }",
                 "  setCookie(event, 'preview', 'true', { httpOnly: true, sameSite: 'none', secure: true });",
                 "  return sendRedirect(event, (query.redirect as string) || '/');", "});"]
        return "server/api/preview.get.ts", "typescript", lines
    pslot = c.fill("py")
    lines = ["import hmac", "from flask import Flask, request, abort", "", "app = Flask(__name__)",
             "%s = %s" % (v, qv(pslot, "py", "double")), "", "", '@app.post("/hooks/cms")', "def cms_hook():",
             "    payload = request.get_json(force=True)",
             '    if not hmac.compare_digest(payload.get("secret", ""), %s):' % v, "        abort(401)",
             '    # trigger a rebuild of the affected pages', '    return {"ok": True}']
    return pick(r, ["hooks/app.py", "webhook_receiver/app.py"]), "python", lines


def t_tina_config(c):
    r, p = c.r, c.p
    slot = qv(c.fill("ts"), "js")
    search = "tina" in c.words and "search" in c.words
    lines = ["import { defineConfig } from 'tinacms';", "",
             "const branch = process.env.GITHUB_BRANCH || process.env.VERCEL_GIT_COMMIT_REF || process.env.HEAD || '%s';" % p["branch"], "",
             "export default defineConfig({", "  branch,", "  clientId: '%s'," % p["client_id"]]
    if search:
        lines += ["  token: process.env.TINA_TOKEN,", "  search: {", "    tina: {", "      indexerToken: %s," % slot,
                  "      stopwordLanguages: ['eng'],", "    },", "  },"]
    else:
        lines.append("  token: %s," % slot)
    lines += ["  build: { outputFolder: 'admin', publicFolder: 'public' },",
              "  media: { tina: { mediaRoot: 'uploads', publicFolder: 'public' } },", "  schema: {", "    collections: [",
              "      {", "        name: 'post',", "        label: 'Posts',", "        path: 'content/posts',",
              "        fields: [{ type: 'string', name: 'title', label: 'Title', isTitle: true, required: true }],",
              "      },", "    ],", "  },", "});"]
    return pick(r, ["tina/config.ts", ".tina/config.ts"]), "typescript", lines


def t_decap_oauth(c):
    r, p = c.r, c.p
    slot = qv(c.fill("js"), "js")
    lines = ["// OAuth callback for Decap CMS (GitHub backend)", "const CLIENT_ID = '%s';" % p["client_id"],
             "const %s = %s;" % (c.VAR if c.obv else "GH_APP", slot), "",
             "exports.handler = async (event) => {", "  const code = event.queryStringParameters.code;",
             "  const res = await fetch('https://github.com/login/oauth/access_token', {", "    method: 'POST',",
             "    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },",
             "    body: JSON.stringify({ client_id: CLIENT_ID, client_secret: %s, code })," % (c.VAR if c.obv else "GH_APP"),
             "  });", "  const { access_token } = await res.json();",
             "  const msg = `authorization:github:success:${JSON.stringify({ token: access_token, provider: 'github' })}`;",
             "  return {", "    statusCode: 200,", "    headers: { 'Content-Type': 'text/html' },",
             "    body: `<script>window.opener.postMessage(${JSON.stringify(msg)}, '*');window.close();</script>`,", "  };", "};"]
    return pick(r, ["netlify/functions/callback.js", "functions/oauth-callback.js"]), "javascript", lines


def t_cloudinary_cfg(c):
    r, p = c.r, c.p
    if chance(r, 0.45):
        slot = c.fill("env", inline=True)
        lines = ["# Cloudinary", "CLOUDINARY_URL=cloudinary://%s:%s@%s" % (p["api_key"], slot.text, p["cloud"]),
                 "NEXT_PUBLIC_CLOUDINARY_CLOUD_NAME=%s" % p["cloud"], "NEXT_PUBLIC_CLOUDINARY_UPLOAD_PRESET=%s" % pick(r, ["ml_default", "blog_unsigned", "avatars"]),
                 "IMAGE_FOLDER=%s/%s" % (p["org"], pick(r, ["blog", "uploads", "media"]))]
        return pick(r, [".env", ".env.local", ".env.production"]), "env", lines
    lines = ["const cloudinary = require('cloudinary').v2;", "", "cloudinary.config({", "  cloud_name: '%s'," % p["cloud"],
             "  api_key: '%s'," % p["api_key"], "  api_secret: %s," % qv(c.fill("js"), "js"), "  secure: true,", "});", "",
             "module.exports.upload = (file, folder = '%s') =>" % pick(r, ["blog", "uploads"]),
             "  cloudinary.uploader.upload(file, { folder, use_filename: true, unique_filename: false });"]
    return pick(r, ["lib/cloudinary.js", "scripts/upload-images.js", "src/utils/cloudinary.js"]), "javascript", lines


def t_algolia_index(c):
    r, p = c.r, c.p
    slot = qv(c.fill("js"), "js")
    lines = ["const algoliasearch = require('algoliasearch');", "const posts = require('../public/search-index.json');", "",
             "const client = algoliasearch('%s', %s);" % (p["app"], slot),
             "const index = client.initIndex('%s');" % p["index"], "",
             "index", "  .replaceAllObjects(posts, { autoGenerateObjectIDIfNotExist: true })",
             "  .then(({ objectIDs }) => console.log(`indexed ${objectIDs.length} records`))",
             "  .catch((err) => {", "    console.error(err);", "    process.exit(1);", "  });"]
    return pick(r, ["scripts/algolia-index.js", "scripts/index-search.js"]), "javascript", lines


def t_hugo_params(c):
    r, p = c.r, c.p
    k = c.K.key
    slot = c.fill("toml")
    lines = ['baseURL = "%s/"' % p["site"], 'languageCode = "en-us"', 'title = "%s"' % p["org"].title(),
             'theme = "%s"' % pick(r, ["PaperMod", "ananke", "docsy", "hugo-book"]), "", "[params]",
             '  description = "%s"' % pick(r, ["Notes and updates", "Product documentation", "Engineering blog"])]
    if k == "algolia":
        lines += ["", "[params.algolia]", '  # also read by "npm run index" (atomic-algolia) to push the index',
                  '  appId = "%s"' % p["app"], '  indexName = "%s"' % p["index"],
                  "  %s = %s" % (c.name("camel") if c.obv else "apiKey", qv(slot, "toml"))]
    elif k == "mapbox":
        lines += ["", "[params.mapbox]", "  %s = %s" % (c.name("camel") if c.obv else "accessToken", qv(slot, "toml")),
                  '  style = "mapbox://styles/%s/%s"' % (p["user"], rs(r, LOWNUM, 25))]
    else:
        lines += ["", "[params.cloudinary]", '  cloudName = "%s"' % p["cloud"], '  apiKey = "%s"' % p["api_key"],
                  "  %s = %s" % (c.name("camel") if c.obv else "apiSecretValue", qv(slot, "toml"))]
    lines += ["", "[markup.goldmark.renderer]", "  unsafe = true"]
    return pick(r, ["hugo.toml", "config.toml", "config/_default/hugo.toml"]), "toml", lines


def t_jekyll_config(c):
    r, p = c.r, c.p
    k = c.K.key
    slot = c.fill("yaml")
    lines = ["title: %s" % p["org"].title(), "url: \"%s\"" % p["site"], "baseurl: \"\"",
             "markdown: kramdown", "plugins:", "  - jekyll-feed", "  - jekyll-seo-tag"]
    if k == "algolia":
        lines += ["  - jekyll-algolia", "", "algolia:", "  application_id: %s" % p["app"], "  index_name: %s" % p["index"],
                  "  %s: %s" % (c.name("snake") if c.obv else "api_key", qv(slot, "yaml", "none")),
                  "  files_to_exclude:", "    - index.html"]
    elif k == "mapbox":
        lines += ["", "mapbox:", "  %s: %s" % (c.name("snake") if c.obv else "access_token", qv(slot, "yaml", "none")),
                  "  style: mapbox://styles/mapbox/outdoors-v12"]
    else:
        lines += ["  - jekyll-cloudinary", "", "cloudinary:", "  cloud_name: %s" % p["cloud"],
                  "  api_key: \"%s\"" % p["api_key"], "  %s: %s" % (c.name("snake") if c.obv else "api_secret", qv(slot, "yaml", "none")),
                  "  presets:", "    default:", "      min_width: 320", "      max_width: 1600"]
    lines += ["", "exclude:", "  - node_modules", "  - vendor"]
    return "_config.yml", "yaml", lines


def t_map_component(c):
    r, p = c.r, c.p
    slot = c.fill("vite")
    style = r.randrange(3)
    if style == 0:
        lines = ["<script>", "  import mapboxgl from 'mapbox-gl';", "  import { onMount } from 'svelte';", "",
                 "  let container;", "", "  onMount(() => {", "    mapboxgl.accessToken = %s;" % qv(slot, "js"),
                 "    new mapboxgl.Map({", "      container,", "      style: 'mapbox://styles/mapbox/streets-v12',",
                 "      center: [%.4f, %.4f]," % (r.uniform(-120, 30), r.uniform(-40, 60)), "      zoom: %d" % r.randint(3, 14), "    });",
                 "  });", "</script>", "", "<div bind:this={container} class=\"map\"></div>"]
        return "src/lib/components/Map.svelte", "svelte", lines
    if style == 1:
        lines = ["<template>", "  <div ref=\"map\" class=\"h-96 w-full\" />", "</template>", "", "<script setup>",
                 "import mapboxgl from 'mapbox-gl'", "const map = ref(null)", "onMounted(() => {",
                 "  mapboxgl.accessToken = %s" % qv(slot, "js"),
                 "  new mapboxgl.Map({ container: map.value, style: 'mapbox://styles/%s/%s' })" % (p["user"], rs(r, LOWNUM, 25)),
                 "})", "</script>"]
        return "components/StoreMap.vue", "vue", lines
    lines = ["---", 'title: "%s"' % pick(r, ["Our stores", "Trail report", "Where we work"]), "date: %s" % date_str(r), "---", "",
             "import Map from '../../components/Map';", "", "Here is where we %s:" % pick(r, ["are", "hiked", "met"]), "",
             "<Map", "  accessToken=\"%s\"" % (slot.text if not slot.raw else "{" + slot.text + "}"),
             "  center={[%.3f, %.3f]}" % (r.uniform(-120, 30), r.uniform(-40, 60)), "  zoom={%d}" % r.randint(4, 12), "/>", "",
             "More photos soon."]
    return "content/posts/%s.mdx" % pick(r, ["stores", "trail-report", "offsites"]), "mdx", lines


def t_search_vue(c):
    r, p = c.r, c.p
    slot = c.fill("vite")
    lines = ["<template>", "  <ais-instant-search :search-client=\"searchClient\" index-name=\"%s\">" % p["index"],
             "    <ais-search-box />", "    <ais-hits />", "  </ais-instant-search>", "</template>", "", "<script setup>",
             "import algoliasearch from 'algoliasearch/lite'", "",
             "// TODO: %s" % pick(r, ["also used by the reindex button below", "move indexing to the server"]),
             "const %s = %s" % (c.name("camel"), qv(slot, "js")),
             "const searchClient = algoliasearch('%s', %s)" % (p["app"], c.name("camel")),
             "const reindex = () => searchClient.initIndex('%s').clearObjects()" % p["index"], "</script>"]
    return pick(r, ["components/SiteSearch.vue", "src/components/Search.vue"]), "vue", lines


def t_html_snippet(c):
    r, p = c.r, c.p
    slot = c.fill("html", inline=True)
    if c.K.key == "algolia":
        body = ["<script src=\"https://cdn.jsdelivr.net/npm/algoliasearch@4/dist/algoliasearch-lite.umd.js\"></script>",
                "<script>", "  const %s = '%s'; // indexing key, remove before launch" % (c.name("SCREAM"), slot.text),
                "  const client = algoliasearch('%s', %s);" % (p["app"], c.name("SCREAM")),
                "  const index = client.initIndex('%s');" % p["index"], "  document.querySelector('#q').addEventListener('input', async (e) => {",
                "    const { hits } = await index.search(e.target.value);",
                "    document.querySelector('#results').innerHTML = hits.map((h) => `<li>${h.title}</li>`).join('');",
                "  });", "</script>"]
    else:
        body = ["<script src=\"https://api.mapbox.com/mapbox-gl-js/v3.4.0/mapbox-gl.js\"></script>", "<script>",
                "  mapboxgl.accessToken = '%s';" % slot.text,
                "  new mapboxgl.Map({ container: 'map', style: 'mapbox://styles/mapbox/light-v11', center: [%.2f, %.2f], zoom: 9 });" % (r.uniform(-120, 30), r.uniform(-40, 60)),
                "</script>"]
    lines = ["<!doctype html>", "<html lang=\"en\">", "<head>", "  <meta charset=\"utf-8\">",
             "  <title>%s</title>" % pick(r, ["Search", "Find a store", "Map"]), "</head>", "<body>",
             "  <input id=\"q\" type=\"search\" placeholder=\"Search...\">", "  <ul id=\"results\"></ul>", "  <div id=\"map\"></div>"]
    lines += ["  " + b for b in body] + ["</body>", "</html>"]
    return pick(r, ["static/search.html", "public/index.html", "src/search.html"]), "html", lines


# ---------------------------------------------------------------------------
# registry of positive-capable templates
# ---------------------------------------------------------------------------
API_USAGES = ("bearer", "plain", "query", "xhdr", "basic")
PW_KINDS = ("directus_pw", "strapi_dbpw")


def any_kind(K):
    return True


def api_kind(K):
    return K.usage in API_USAGES


def not_pw(K):
    return K.key not in PW_KINDS


def only(*keys):
    return lambda K: K.key in keys


TEMPLATES = [
    ("dotenv", t_dotenv, any_kind, False),
    ("compose", t_compose, any_kind, False),
    ("gh_actions_env", t_gh_actions, not_pw, False),
    ("netlify_toml", t_netlify_toml, not_pw, False),
    ("vercel_json", t_vercel_json, not_pw, False),
    ("package_json", t_package_json, not_pw, False),
    ("shell", t_shell, not_pw, False),
    ("dockerfile", t_dockerfile, any_kind, False),
    ("makefile", t_makefile, not_pw, False),
    ("gitlab_ci", t_gitlab_ci, any_kind, False),
    ("properties", t_properties, not_pw, False),
    ("wrangler", t_wrangler, not_pw, False),
    ("yaml_config", t_yaml_config, any_kind, False),
    ("postman", t_postman, api_kind, False),
    ("php_config", t_php, not_pw, False),
    ("settings_py", t_settings_py, not_pw, False),
    ("python_script", t_python_script, api_kind, False),
    ("ruby_jekyll_plugin", t_ruby, api_kind, False),
    ("node_script", t_node_script, api_kind, False),
    ("go_tool", t_go, api_kind, False),
    ("http_file", t_http_file, api_kind, False),
    ("md_runbook", t_md_runbook, any_kind, False),
    ("next_config", t_next_config, not_pw, False),
    ("nuxt_config", t_nuxt_config, not_pw, False),
    ("astro_page", t_astro_page, api_kind, False),
    ("sveltekit_load", t_svelte_server, api_kind, False),
    ("eleventy_data", t_eleventy_data, api_kind, False),
    ("blog_post", t_blog_post, not_pw, False),
    ("contentfulrc", t_contentfulrc, only("contentful_cma"), True),
    ("contentful_migration", t_contentful_migration, only("contentful_cma"), True),
    ("gatsby_config", t_gatsby_config, only("contentful_preview", "sanity", "datocms", "prismic", "hygraph",
                                            "strapi_api", "algolia", "cloudinary"), True),
    ("sanity_client", t_sanity_client, only("sanity"), True),
    ("storyblok_mgmt", t_storyblok_mgmt, only("storyblok"), True),
    ("prismic_client", t_prismic_client, only("prismic"), True),
    ("datocms_client", t_datocms_client, only("datocms"), True),
    ("strapi_config", t_strapi_config, only("strapi_jwt", "strapi_dbpw"), True),
    ("directus_sdk", t_directus_sdk, only("directus_token"), True),
    ("ghost_admin", t_ghost_admin, only("ghost"), True),
    ("hook_workflow", t_hook_workflow, only("netlify_hook"), True),
    ("webhooks_json", t_webhooks_json, only("netlify_hook", "preview", "revalidate", "prismic_hook"), True),
    ("verify_route", t_verify_route, only("preview", "revalidate", "prismic_hook"), True),
    ("tina_config", t_tina_config, only("tina"), True),
    ("decap_oauth", t_decap_oauth, only("decap"), True),
    ("cloudinary_cfg", t_cloudinary_cfg, only("cloudinary"), True),
    ("algolia_index", t_algolia_index, only("algolia"), True),
    ("hugo_params", t_hugo_params, only("algolia", "mapbox", "cloudinary"), True),
    ("jekyll_config", t_jekyll_config, only("algolia", "mapbox", "cloudinary"), True),
    ("map_component", t_map_component, only("mapbox"), True),
    ("search_vue", t_search_vue, only("algolia"), True),
    ("html_snippet", t_html_snippet, only("algolia", "mapbox"), True),
]


SPEC_WEIGHT = {"gatsby_config": 0.35, "webhooks_json": 0.7}
GENERIC_WEIGHT = {"dotenv": 5, "compose": 2, "gh_actions_env": 2, "md_runbook": 1.5, "blog_post": 1.5, "netlify_toml": 1.5}


def weighted(r, items, weights):
    x = r.random() * sum(weights)
    for it, w in zip(items, weights):
        x -= w
        if x < 0:
            return it
    return items[-1]


def choose_template(r, K):
    spec = [t for t in TEMPLATES if t[3] and t[2](K)]
    gen = [t for t in TEMPLATES if not t[3] and t[2](K)]
    sw = [SPEC_WEIGHT.get(t[0], 1) for t in spec]
    if spec and chance(r, 0.45 * min(1.0, sum(sw))):
        return weighted(r, spec, sw)
    return weighted(r, gen, [GENERIC_WEIGHT.get(t[0], 1) for t in gen])


# ---------------------------------------------------------------------------
# negative domain look-alike templates
# each returns (relpath, filetype, lines, provider, kind)
# ---------------------------------------------------------------------------
def opt(r, line, p=0.5):
    return [line] if chance(r, p) else []


def cda_token(r):
    return rs(r, B64URL, 43)


def n_contentful_cda(r):
    sp, env = rs(r, LOWNUM, 12), pick(r, ["master", "production"])
    tok = cda_token(r)
    lines = ["import { createClient } from 'contentful';", "",
             *opt(r, "// Delivery API (published content only, read-only) - fine to ship to the browser"),
             "export const client = createClient({", "  space: '%s'," % sp, "  environment: '%s'," % env,
             "  accessToken: '%s'," % tok, "});", "",
             "export async function getPosts(locale = 'en-US') {",
             "  const res = await client.getEntries({ content_type: '%s', locale, order: ['-sys.createdAt'] });" % pick(r, MODELS),
             "  return res.items;", "}"]
    return pick(r, ["src/lib/contentful.js", "src/client/contentful.ts", "assets/js/contentful.js"]), "javascript", lines, "contentful", "delivery_token_public"


def n_gatsby_refs(r):
    lines = ["require('dotenv').config({ path: `.env.${process.env.NODE_ENV}` });", "", "module.exports = {",
             "  siteMetadata: { title: '%s', siteUrl: '%s' }," % (pick(r, ORGS).title(), site_url(r)), "  plugins: [", "    {",
             "      resolve: 'gatsby-source-contentful',", "      options: {", "        spaceId: '%s'," % rs(r, LOWNUM, 12),
             "        accessToken: process.env.CONTENTFUL_ACCESS_TOKEN,",
             "        host: process.env.CONTENTFUL_HOST || 'cdn.contentful.com',",
             "        environment: process.env.CONTENTFUL_ENVIRONMENT || 'master',", "      },", "    },", "    {",
             "      resolve: 'gatsby-plugin-algolia',", "      options: {", "        appId: process.env.GATSBY_ALGOLIA_APP_ID,",
             "        apiKey: process.env.ALGOLIA_ADMIN_KEY,", "        queries: require('./src/utils/algolia-queries'),",
             "      },", "    },", "  ],", "};"]
    return "gatsby-config.js", "javascript", lines, "contentful", "env_reference"


def sanity_asset(r):
    return rs(r, HEX, 40), pick(r, ["1200x800", "2400x1600", "800x800", "1920x1080", "640x427"]), pick(r, ["jpg", "png", "webp"])


def n_sanity_public(r):
    pid, ds = rs(r, LOWNUM, 8), pick(r, ["production", "staging"])
    h, dim, ext = sanity_asset(r)
    h2, dim2, ext2 = sanity_asset(r)
    lines = ["import { defineConfig } from 'sanity';", "import { structureTool } from 'sanity/structure';",
             "import { visionTool } from '@sanity/vision';", "import { schemaTypes } from './schemas';", "",
             "export default defineConfig({", "  name: 'default',", "  title: '%s Studio'," % pick(r, ORGS).title(),
             "  projectId: '%s'," % pid, "  dataset: '%s'," % ds, "  plugins: [structureTool(), visionTool()],",
             "  schema: { types: schemaTypes },", "});", "",
             "// placeholder images used by the seed script",
             "export const FALLBACK_IMAGE = 'https://cdn.sanity.io/images/%s/%s/%s-%s.%s';" % (pid, ds, h, dim, ext),
             "export const OG_IMAGE_REF = 'image-%s-%s-%s';" % (h2, dim2, ext2)]
    return pick(r, ["sanity.config.ts", "studio/sanity.config.ts"]), "typescript", lines, "sanity", "project_id_and_asset_hash"


def n_storyblok_public(r):
    tok = g_storyblok_public(r)
    lines = ["import { defineConfig } from 'astro/config';", "import { storyblok } from '@storyblok/astro';", "",
             "export default defineConfig({", "  integrations: [", "    storyblok({",
             *opt(r, "      // public token: published content only"), "      accessToken: '%s'," % tok,
             "      apiOptions: { region: '%s' }," % pick(r, ["eu", "us"]), "      components: {", "        page: 'storyblok/Page',",
             "        feature: 'storyblok/Feature',", "        grid: 'storyblok/Grid',", "      },", "    }),", "  ],", "});"]
    return "astro.config.mjs", "javascript", lines, "storyblok", "public_token"


def prismic_ref(r):
    return rs(r, ALNUM, 14) + pick(r, ["AA", "AB", "AC"])


def n_prismic_refs(r):
    repo = "%s-%s" % (pick(r, ORGS), pick(r, SITES))
    refs = [prismic_ref(r) for _ in range(3)]
    lines = ["{", '  "refs": [', '    { "id": "master", "ref": "%s", "label": "Master", "isMasterRef": true },' % refs[0],
             '    { "id": "%s", "ref": "%s~%s", "label": "Spring campaign", "scheduledAt": %d }' % (refs[1], refs[2], refs[1], r.randint(1690000000, 1760000000) * 1000),
             "  ],", '  "types": { "page": "Page", "blog_post": "Blog post" },', '  "languages": [{ "id": "en-us", "name": "English - United States" }],',
             '  "oauth_initiate": "https://%s.prismic.io/auth",' % repo, '  "oauth_token": "https://%s.prismic.io/auth/token",' % repo,
             '  "sample_image": "https://images.prismic.io/%s/%s_hero.jpg?auto=compress,format",' % (repo, uuid4(r)),
             '  "version": "%s"' % rs(r, HEX, 7), "}"]
    return pick(r, ["tests/fixtures/prismic-repo.json", "fixtures/prismic/api.json"]), "json", lines, "prismic", "repository_refs"


def n_datocms_readonly(r):
    lines = ["# DatoCMS - read-only CDA token (published records only)", "NEXT_PUBLIC_DATOCMS_API_TOKEN=%s" % rs(r, HEX, 30),
             "NEXT_PUBLIC_DATOCMS_ENVIRONMENT=main", "NEXT_PUBLIC_SITE_URL=%s" % site_url(r),
             "DATOCMS_FULL_ACCESS_TOKEN=", "# full-access token lives in the Vercel dashboard only",
             "SEO_FALLBACK_IMAGE=https://www.datocms-assets.com/%d/%d-og-default.png" % (r.randint(10000, 150000), r.randint(1600000000, 1750000000))]
    return pick(r, [".env.local.example", ".env.example"]), "env", lines, "datocms", "readonly_token_public"


def n_hygraph_public(r):
    region, pid = pick(r, ["eu-central-1", "us-west-2"]), "cl" + rs(r, LOWNUM, 23)
    handles = [rs(r, ALNUM, 20) for _ in range(2)]
    lines = ["import { GraphQLClient, gql } from 'graphql-request';", "",
             *opt(r, "// public Content API (read: PUBLISHED stage is open, no token)"),
             "const endpoint = 'https://%s.cdn.hygraph.com/content/%s/master';" % (region, pid),
             "export const hygraph = new GraphQLClient(endpoint);", "",
             "export const FALLBACK_ASSETS = [", "  'https://media.graphassets.com/%s'," % handles[0],
             "  'https://%s.graphassets.com/%s/%s'," % (region, "A" + rs(r, ALNUM, 21), handles[1]), "];", "",
             "export const POSTS = gql`", "  query Posts {", "    posts(orderBy: publishedAt_DESC, first: 20) { id title slug }", "  }", "`;"]
    return pick(r, ["lib/hygraph.ts", "src/lib/hygraph.js"]), "typescript", lines, "hygraph", "public_endpoint"


def n_builder_public(r):
    key = rs(r, HEX, 32) if chance(r, 0.8) else "bb209db71e62412dbe0114bdae18fd15"
    lines = ["'use client';", "import { builder, Builder } from '@builder.io/react';", "import Hero from './components/Hero';", "",
             *opt(r, "// Public API key - safe to expose (see Builder docs)"), "builder.init('%s');" % key, "",
             "Builder.registerComponent(Hero, {", "  name: 'Hero',", "  inputs: [", "    { name: 'title', type: 'string' },",
             "    { name: 'image', type: 'file', allowedFileTypes: ['jpeg', 'png'] },", "  ],", "});"]
    return pick(r, ["builder-registry.ts", "src/builder-registry.tsx"]), "typescript", lines, "builder", "public_api_key"


def n_ghost_content(r):
    key = rs(r, HEX, 26)
    url = pick(r, ["https://%s.ghost.io" % pick(r, ORGS), "https://blog.%s" % domain(r)])
    if chance(r, 0.2):
        key, url = "22444f78447824223cefc48062", "https://demo.ghost.io"
    lines = ["import GhostContentAPI from '@tryghost/content-api';", "",
             *opt(r, "// Content API key: read-only, public data only"), "const api = new GhostContentAPI({", "  url: '%s'," % url,
             "  key: '%s'," % key, "  version: 'v5.0',", "});", "",
             "export async function getPosts() {", "  return api.posts.browse({ limit: 'all', include: 'tags,authors' });", "}"]
    return pick(r, ["src/lib/ghost.js", "lib/posts.js", "utils/ghost.js"]), "javascript", lines, "ghost", "content_api_key"


def n_netlify_ids(r):
    sid = uuid4(r)
    name = "%s-%s" % (pick(r, ORGS), pick(r, SITES))
    if chance(r, 0.5):
        lines = ["{", '  "siteId": "%s",' % sid, '  "siteName": "%s",' % name, '  "accountSlug": "%s"' % pick(r, ORGS), "}"]
        return ".netlify/state.json", "json", lines, "netlify", "site_id"
    deploys = [rs(r, HEX, 24) for _ in range(3)]
    lines = ["## Preview links", "", "| PR | Deploy preview | Deploy id |", "|----|----------------|-----------|"]
    for i, d in enumerate(deploys):
        lines.append("| #%d | https://deploy-preview-%d--%s.netlify.app | `%s` |" % (r.randint(10, 400), r.randint(10, 400), name, d))
    lines += ["", "Site id: `%s`" % sid, "", "Permalinks: `https://%s--%s.netlify.app`" % (deploys[0], name),
              "", "Build hooks are configured in the Netlify UI (Site configuration > Build hooks); the URL is not kept in the repo."]
    return pick(r, ["docs/previews.md", "notes/netlify.md"]), "markdown", lines, "netlify", "deploy_ids"


def n_forms(r):
    if chance(r, 0.5):
        action, prov = "https://formspree.io/f/%s" % rs(r, LOWER, 8), "formspree"
    else:
        action, prov = "https://usebasin.com/f/%s" % rs(r, HEX, 12), "basin"
    lines = ["---", "title: Contact", "layout: page", "---", "",
             "<form action=\"%s\" method=\"POST\" class=\"contact\">" % action,
             "  <label>Your email <input type=\"email\" name=\"email\" required></label>",
             "  <label>Message <textarea name=\"message\" rows=\"6\"></textarea></label>",
             "  <input type=\"text\" name=\"_gotcha\" style=\"display:none\">",
             "  <button type=\"submit\">Send</button>", "</form>"]
    return pick(r, ["contact.html", "src/pages/contact.md", "content/contact.md", "_pages/contact.html"]), "html", lines, prov, "form_endpoint"


def n_algolia_search(r):
    app, key, idx = rs(r, UPNUM, 10), rs(r, HEX, 32), pick(r, INDEXES)
    if chance(r, 0.15):
        app, key, idx = "latency", "6be0576ff61c053d5f9a3225e2a90f76", "instant_search"
    if chance(r, 0.5):
        lines = ["// @ts-check", "/** @type {import('@docusaurus/types').Config} */", "const config = {",
                 "  title: '%s Docs'," % pick(r, ORGS).title(), "  url: '%s'," % site_url(r), "  themeConfig: {", "    algolia: {",
                 "      appId: '%s'," % app, *opt(r, "      // Public search-only key"), "      apiKey: '%s'," % key,
                 "      indexName: '%s'," % idx, "      contextualSearch: true,", "    },", "  },", "};", "", "module.exports = config;"]
        return "docusaurus.config.js", "javascript", lines, "algolia", "search_only_key"
    lines = ["import { liteClient as algoliasearch } from 'algoliasearch/lite';", "import instantsearch from 'instantsearch.js';",
             "import { searchBox, hits } from 'instantsearch.js/es/widgets';", "",
             "const searchClient = algoliasearch('%s', '%s'); // search-only key" % (app, key), "",
             "const search = instantsearch({ indexName: '%s', searchClient });" % idx,
             "search.addWidgets([searchBox({ container: '#searchbox' }), hits({ container: '#hits' })]);", "search.start();"]
    return pick(r, ["src/scripts/search.js", "assets/js/search.js"]), "javascript", lines, "algolia", "search_only_key"


def cld_signed(r, cloud):
    return "https://res.cloudinary.com/%s/image/upload/s--%s--/c_fill,w_%d/v%d/%s/%s.jpg" % (
        cloud, rs(r, B64URL, 8), pick(r, [400, 800, 1200]), r.randint(1600000000, 1750000000), pick(r, ["blog", "team", "products"]),
        pick(r, WORDS) + "-" + rs(r, LOWNUM, 6))


def n_cloudinary(r):
    cloud = pick(r, ORGS) + pick(r, ["", "-media", str(r.randint(1, 99))])
    if chance(r, 0.5):
        lines = ["---", 'title: "%s"' % pick(r, ["Team offsite", "New office", "Product shots"]), "date: %s" % date_str(r),
                 "cover: %s" % cld_signed(r, cloud), "---", "", "Some photos from the week:", ""]
        for _ in range(r.randint(2, 4)):
            lines.append("![%s](%s)" % (pick(r, WORDS), cld_signed(r, cloud)))
        return "content/posts/%s.md" % pick(r, ["offsite", "office", "launch"]), "markdown", lines, "cloudinary", "signed_delivery_url"
    lines = ["<script src=\"https://upload-widget.cloudinary.com/global/all.js\"></script>", "<script>",
             *opt(r, "  // unsigned preset, no secret needed"), "  const widget = cloudinary.createUploadWidget({",
             "    cloudName: '%s'," % cloud, "    uploadPreset: '%s'," % pick(r, ["unsigned_blog", "ml_default", "avatars"]),
             "    apiKey: '%s'," % str(r.randint(100000000000000, 999999999999999)), "    sources: ['local', 'url'],",
             "  }, (err, result) => { if (!err && result.event === 'success') console.log(result.info.secure_url); });",
             "  document.getElementById('upload').addEventListener('click', () => widget.open());", "</script>"]
    return pick(r, ["_includes/upload-widget.html", "layouts/partials/upload.html"]), "html", lines, "cloudinary", "unsigned_upload_config"


def n_mapbox_pk(r):
    user = pick(r, PEOPLE) + pick(r, ["", "-maps"])
    tok = mapbox_token(r, "pk", user)
    lines = ["import mapboxgl from 'mapbox-gl';", "import 'mapbox-gl/dist/mapbox-gl.css';", "",
             *opt(r, "// public token, URL-restricted to %s" % domain(r)), "mapboxgl.accessToken = '%s';" % tok, "",
             "export function mountMap(el) {", "  return new mapboxgl.Map({", "    container: el,",
             "    style: 'mapbox://styles/%s/%s'," % (user, rs(r, LOWNUM, 25)), "    center: [%.4f, %.4f]," % (r.uniform(-120, 30), r.uniform(-40, 60)),
             "    zoom: %d," % r.randint(3, 13), "  });", "}"]
    return pick(r, ["src/lib/map.js", "assets/js/map.js", "src/components/map.ts"]), "javascript", lines, "mapbox", "public_token"


def n_tina_clientid(r):
    lines = ["import { defineConfig } from 'tinacms';", "", "export default defineConfig({", "  branch: process.env.HEAD || 'main',",
             "  clientId: '%s'," % uuid4(r), "  token: process.env.TINA_TOKEN,", "  build: { outputFolder: 'admin', publicFolder: 'static' },",
             "  media: { tina: { mediaRoot: 'images', publicFolder: 'static' } },", "  schema: {", "    collections: [",
             "      { name: 'post', label: 'Posts', path: 'content/posts', format: 'md',",
             "        fields: [{ type: 'string', name: 'title', isTitle: true, required: true }] },", "    ],", "  },", "});"]
    return "tina/config.ts", "typescript", lines, "tinacms", "client_id"


def n_webflow_ids(r):
    site, coll = rs(r, HEX, 24), rs(r, HEX, 24)
    lines = ["import os", "import requests", "", "SITE_ID = \"%s\"" % site, "BLOG_COLLECTION_ID = \"%s\"" % coll,
             "TOKEN = os.environ[\"WEBFLOW_TOKEN\"]", "", "", "def list_items():",
             "    url = f\"https://api.webflow.com/v2/collections/{BLOG_COLLECTION_ID}/items\"",
             "    r = requests.get(url, headers={\"Authorization\": f\"Bearer {TOKEN}\"}, timeout=20)",
             "    r.raise_for_status()", "    return r.json()[\"items\"]", "", "", "if __name__ == \"__main__\":",
             "    for item in list_items():", "        print(item[\"id\"], item[\"fieldData\"][\"slug\"])"]
    return pick(r, ["scripts/webflow_items.py", "tools/webflow_export.py"]), "python", lines, "webflow", "site_and_collection_ids"


def n_lockfile(r):
    pk = [("contentful", "10.%d.%d" % (r.randint(0, 12), r.randint(0, 9))), ("@sanity/client", "6.%d.%d" % (r.randint(0, 20), r.randint(0, 9))),
          ("algoliasearch", "4.%d.%d" % (r.randint(10, 24), r.randint(0, 9)))]
    lines = ["{", '  "name": "%s-site",' % pick(r, ORGS), '  "lockfileVersion": 3,', '  "requires": true,', '  "packages": {']
    for i, (n, v) in enumerate(pk):
        lines += ['    "node_modules/%s": {' % n, '      "version": "%s",' % v,
                  '      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",' % (n, n.split("/")[-1], v),
                  '      "integrity": "sha512-%s==",' % b64(rb(r, 64))[:86], '      "license": "MIT"', "    }%s" % ("," if i < 2 else "")]
    lines += ["  }", "}"]
    return "package-lock.json", "json", lines, "npm", "integrity_hash"


def n_i18n(r):
    lang = pick(r, ["en", "de", "fr", "nl"])
    s = {"en": ["Management token", "Paste your API key", "Secret", "Your preview link has expired", "Invalid token"],
         "de": ["Verwaltungs-Token", "API-Schlüssel einfügen", "Geheimnis", "Dein Vorschau-Link ist abgelaufen", "Ungültiges Token"],
         "fr": ["Jeton de gestion", "Collez votre clé API", "Secret", "Votre lien d'aperçu a expiré", "Jeton invalide"],
         "nl": ["Beheertoken", "Plak je API-sleutel", "Geheim", "Je previewlink is verlopen", "Ongeldig token"]}[lang]
    lines = ["{", '  "settings": {', '    "cms": {', '      "managementToken": "%s",' % s[0], '      "apiKeyPlaceholder": "%s",' % s[1],
             '      "secretLabel": "%s",' % s[2], '      "tokenHint": "sk\u2026 / CFPAT-\u2026"', "    }", "  },", '  "preview": {',
             '    "expired": "%s",' % s[3], '    "invalidToken": "%s"' % s[4], "  }", "}"]
    return "locales/%s.json" % lang, "json", lines, "i18n", "i18n_string"


def n_contentful_export(r):
    sp = rs(r, LOWNUM, 12)
    lines = ["{", '  "entries": [']
    n = r.randint(2, 3)
    for i in range(n):
        eid = rs(r, ALNUM, 22)
        lines += ["    {", '      "sys": { "id": "%s", "type": "Entry", "revision": %d, "createdAt": "%s",' % (eid, r.randint(1, 40), iso_ts(r)),
                  '        "contentType": { "sys": { "type": "Link", "linkType": "ContentType", "id": "%s" } } },' % pick(r, MODELS),
                  '      "fields": { "title": { "en-US": "%s %s" }, "slug": { "en-US": "%s-%s" } }' % (pick(r, WORDS).title(), pick(r, WORDS), pick(r, WORDS), pick(r, WORDS)),
                  "    }%s" % ("," if i < n - 1 else "")]
    aid = rs(r, ALNUM, 22)
    lines += ["  ],", '  "assets": [', "    {", '      "sys": { "id": "%s", "type": "Asset" },' % aid,
              '      "fields": { "file": { "en-US": { "url": "//images.ctfassets.net/%s/%s/%s/%s.jpg", "contentType": "image/jpeg" } } }' % (sp, aid, rs(r, HEX, 32), pick(r, WORDS)),
              "    }", "  ]", "}"]
    return pick(r, ["content/export.json", "contentful/export/content.json", "data/contentful-export.json"]), "json", lines, "contentful", "entry_ids_and_asset_hash"


def n_changelog(r):
    lines = ["# Changelog", ""]
    for _ in range(r.randint(2, 4)):
        lines += ["## %d.%d.%d - %s" % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 9), date_str(r)), ""]
        for _ in range(r.randint(2, 4)):
            lines.append("- %s (%s) ([#%d](https://github.com/%s/site/pull/%d))" % (
                pick(r, ["Rotate CMS tokens via secret manager", "Switch Algolia to search-only key in the browser",
                         "Fix preview cookie", "Bump contentful to v10", "Move build hook to Netlify UI",
                         "Add sitemap", "Use Sanity CDN for published content"]), rs(r, HEX, 7), r.randint(10, 900), pick(r, ORGS), r.randint(10, 900)))
        lines.append("")
    lines.append("Full diff: https://github.com/%s/site/compare/%s...%s" % (pick(r, ORGS), rs(r, HEX, 40), rs(r, HEX, 40)))
    return "CHANGELOG.md", "markdown", lines, "git", "git_sha"


def n_rotation_doc(r):
    cfp = "CFPAT-" + "x" * 43
    lines = ["# Rotating CMS credentials", "", "All write / management tokens live in %s; the repo only holds references." % pick(
        r, ["1Password (vault *Web*)", "Vercel project settings", "Netlify environment variables", "Doppler"]), "",
             "| Variable | Where | Example value |", "|---|---|---|",
             "| `CONTENTFUL_MANAGEMENT_TOKEN` | server / CI | `%s` |" % cfp,
             "| `SANITY_API_WRITE_TOKEN` | server | `sk\u2026` (starts with `sk`) |",
             "| `ALGOLIA_ADMIN_KEY` | CI only | `<32 hex chars>` |",
             "| `NETLIFY_AUTH_TOKEN` | CI only | `nfp_\u2026` |",
             "| `MAPBOX_SECRET_TOKEN` | CI only | `sk.eyJ1Ijoi\u2026` |", "",
             "Steps:", "", "1. Create the new token in the vendor UI.", "2. Update the secret store entry (`%s`)." % secret_manager_ref(r, KIND_BY_KEY["contentful_cma"]),
             "3. Redeploy; check the build log shows `%s`." % ("CFPAT-" + "*" * 12), "4. Revoke the old token.", "",
             "Never paste real values in this file or in PR descriptions."]
    return pick(r, ["docs/secrets.md", "SECURITY.md", "notes/token-rotation.md"]), "markdown", lines, "mixed", "placeholder_doc"


def n_vercel_csp(r):
    hs = ["'sha256-%s'" % b64(rb(r, 32)) for _ in range(r.randint(2, 3))]
    lines = ["{", '  "cleanUrls": true,', '  "trailingSlash": false,', '  "headers": [', "    {", '      "source": "/(.*)",', '      "headers": [',
             '        { "key": "Content-Security-Policy", "value": "default-src \'self\'; script-src \'self\' %s; img-src \'self\' https://images.ctfassets.net https://cdn.sanity.io" },' % " ".join(hs),
             '        { "key": "Strict-Transport-Security", "value": "max-age=63072000; includeSubDomains; preload" }', "      ]", "    }", "  ],",
             '  "redirects": [{ "source": "/old-blog/:slug", "destination": "/blog/:slug", "permanent": true }]', "}"]
    return "vercel.json", "json", lines, "vercel", "csp_hash"


def n_gh_refs(r):
    co, sn = rs(r, HEX, 40), rs(r, HEX, 40)
    lines = ["name: Deploy", "on:", "  push:", "    branches: [main]", "  repository_dispatch:", "    types: [contentful-publish, sanity-publish]", "",
             "permissions:", "  contents: read", "", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    env:",
             "      CONTENTFUL_SPACE_ID: %s" % rs(r, LOWNUM, 12), "      CONTENTFUL_MANAGEMENT_TOKEN: ${{ secrets.CONTENTFUL_MANAGEMENT_TOKEN }}",
             "      SANITY_API_WRITE_TOKEN: ${{ secrets.SANITY_API_WRITE_TOKEN }}", "      NETLIFY_AUTH_TOKEN: ${{ secrets.NETLIFY_AUTH_TOKEN }}",
             "      NETLIFY_SITE_ID: %s" % uuid4(r), "    steps:", "      - uses: actions/checkout@%s # v4" % co,
             "      - uses: actions/setup-node@%s # v4" % sn, "        with:", "          node-version: 20", "      - run: npm ci && npm run build",
             "      - run: npx netlify-cli deploy --prod --dir=dist"]
    return ".github/workflows/deploy.yml", "yaml", lines, "github", "secret_reference_and_pinned_sha"


def n_strapi_env_example(r):
    lines = ["HOST=0.0.0.0", "PORT=1337", "APP_KEYS=\"toBeModified1,toBeModified2\"", "API_TOKEN_SALT=tobemodified",
             "ADMIN_JWT_SECRET=tobemodified", "TRANSFER_TOKEN_SALT=tobemodified", "JWT_SECRET=tobemodified", "",
             "DATABASE_CLIENT=sqlite", "DATABASE_FILENAME=.tmp/data.db", "",
             "# media examples (hash = file hash, not a secret)",
             "EXAMPLE_MEDIA=/uploads/large_hero_%s.jpg" % rs(r, HEX, 10), "EXAMPLE_THUMB=/uploads/thumbnail_hero_%s.jpg" % rs(r, HEX, 10)]
    return pick(r, [".env.example", "cms/.env.example", "backend/.env.example"]), "env", lines, "strapi", "placeholder"


def n_directus_snapshot(r):
    lines = ["version: 1", "directus: %d.%d.%d" % (r.randint(9, 11), r.randint(0, 12), r.randint(0, 3)), "vendor: postgres", "collections:"]
    for m in r.sample(MODELS, 2):
        lines += ["  - collection: %ss" % m.lower(), "    meta:", "      icon: article", "      sort_field: sort",
                  "      translations: null", "    schema:", "      name: %ss" % m.lower()]
    lines += ["fields:", "  - collection: posts", "    field: id", "    type: uuid", "    meta:", "      special:", "        - uuid",
              "  - collection: posts", "    field: cover", "    type: uuid", "    schema:", "      default_value: %s" % uuid4(r),
              "presets:", "  - id: %d" % r.randint(1, 30), "    bookmark: null", "    user: %s" % uuid4(r), "    role: %s" % uuid4(r)]
    return pick(r, ["snapshots/snapshot.yaml", "directus/schema.yaml"]), "yaml", lines, "directus", "uuid_ids"


def n_webhook_fixture(r):
    body = '{"sys":{"id":"%s","type":"Entry"},"fields":{"slug":{"en-US":"%s"}}}' % (rs(r, ALNUM, 22), pick(r, WORDS))
    lines = ["{", '  "description": "recorded %s webhook delivery (payload + signature, for tests)",' % pick(r, ["Contentful", "Sanity", "Storyblok"]),
             '  "headers": {', '    "content-type": "application/vnd.contentful.management.v1+json",',
             '    "x-contentful-topic": "ContentManagement.Entry.publish",',
             '    "x-contentful-signature": "%s",' % rs(r, HEX, 64), '    "x-contentful-timestamp": "%d",' % (r.randint(1690000000, 1750000000) * 1000),
             '    "x-request-id": "%s"' % uuid4(r), "  },", '  "body": %s' % json.dumps(body), "}"]
    return pick(r, ["tests/fixtures/webhook-publish.json", "__fixtures__/contentful-webhook.json"]), "json", lines, "contentful", "hmac_signature"


def n_jwt_example(r):
    jwtio = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
    lines = ["import { describe, it, expect } from 'vitest';", "import { decodeToken } from '../src/lib/auth';", "",
             "// sample token from jwt.io - used only to test decoding", "const SAMPLE = '%s';" % jwtio, "",
             "describe('decodeToken', () => {", "  it('reads the subject', () => {", "    expect(decodeToken(SAMPLE).sub).toBe('1234567890');",
             "  });", "  it('rejects garbage', () => {", "    expect(() => decodeToken('not-a-jwt')).toThrow();", "  });", "});"]
    return pick(r, ["tests/auth.test.ts", "src/lib/auth.test.ts"]), "typescript", lines, "jwt", "doc_example_jwt"


def n_sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rb(r, n)), b64(rb(r, 32)), b64(rb(r, 16)))
    lines = ["contentful:", "    space_id: %s" % rs(r, LOWNUM, 12), "    management_token: %s" % enc(37),
             "algolia:", "    app_id: %s" % rs(r, UPNUM, 10), "    admin_key: %s" % enc(24), "sops:", "    kms: []", "    age:",
             "        - recipient: age1%s" % rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), "          enc: |",
             "            -----BEGIN AGE ENCRYPTED FILE-----", "            %s" % b64(rb(r, 48)), "            %s" % b64(rb(r, 36)),
             "            -----END AGE ENCRYPTED FILE-----", '    lastmodified: "%sZ"' % iso_ts(r)[:19],
             "    mac: %s" % enc(32), "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
    return pick(r, ["secrets/cms.enc.yaml", "deploy/secrets.sops.yaml"]), "yaml", lines, "sops", "ciphertext"


def n_hugo_public(r):
    user = pick(r, PEOPLE)
    lines = ['baseURL = "%s/"' % site_url(r), 'title = "%s"' % pick(r, ORGS).title(), 'theme = "%s"' % pick(r, ["PaperMod", "ananke", "blowfish"]), "",
             "[services.googleAnalytics]", '  ID = "G-%s"' % rs(r, UPNUM, 10), "", "[params]",
             '  disqusShortname = "%s-blog"' % pick(r, ORGS), "", "[params.mapbox]", '  # public token, restricted to our domain',
             '  accessToken = "%s"' % mapbox_token(r, "pk", user), "", "[params.search]",
             '  algoliaAppId = "%s"' % rs(r, UPNUM, 10), '  algoliaSearchOnlyKey = "%s"' % rs(r, HEX, 32), '  algoliaIndex = "%s"' % pick(r, INDEXES)]
    return pick(r, ["hugo.toml", "config/_default/hugo.toml"]), "toml", lines, "mixed", "public_keys"


def n_site_json(r):
    lines = ["{", '  "title": "%s",' % pick(r, ORGS).title(), '  "url": "%s",' % site_url(r), '  "analytics": { "plausible": "%s" },' % domain(r),
             '  "forms": { "newsletter": "https://formspree.io/f/%s" },' % rs(r, LOWER, 8),
             '  "search": { "appId": "%s", "searchKey": "%s", "index": "%s" },' % (rs(r, UPNUM, 10), rs(r, HEX, 32), pick(r, INDEXES)),
             '  "cms": { "spaceId": "%s", "environment": "master", "deliveryToken": "%s" },' % (rs(r, LOWNUM, 12), cda_token(r)),
             '  "social": { "mastodon": "https://hachyderm.io/@%s" }' % pick(r, ORGS), "}"]
    return pick(r, ["_data/site.json", "src/_data/metadata.json"]), "json", lines, "mixed", "public_keys"


def n_docs_examples(r):
    lines = ["# Connecting to the CMS", "", "The vendors' docs use these sample values; they work only against the vendors' demo data:", "",
             "```js", "// Contentful docs example space", "const client = contentful.createClient({", "  space: 'cfexampleapi',",
             "  accessToken: 'b4c0n73n7fu1',", "});", "```", "", "```js", "// Builder.io docs example public key",
             "builder.init('bb209db71e62412dbe0114bdae18fd15');", "```", "", "```js", "// Ghost demo site",
             "new GhostContentAPI({ url: 'https://demo.ghost.io', key: '22444f78447824223cefc48062', version: 'v5.0' });", "```", "",
             "For our own space use the values from the team vault (see `docs/secrets.md`)."]
    return pick(r, ["docs/cms-setup.md", "CONTRIBUTING.md"]), "markdown", lines, "mixed", "vendor_doc_example"


def n_imgix(r):
    host = "%s.imgix.net" % pick(r, ORGS)
    lines = ["import Image from 'next/image';", "", "const photos = ["]
    for _ in range(r.randint(2, 4)):
        lines.append("  'https://%s/%s/%s.jpg?w=1200&auto=format&s=%s'," % (host, pick(r, ["blog", "team"]), pick(r, WORDS), rs(r, HEX, 32)))
    lines += ["];", "", "export default function Gallery() {", "  return (", "    <div className=\"grid\">",
              "      {photos.map((src) => <Image key={src} src={src} alt=\"\" width={600} height={400} />)}", "    </div>", "  );", "}"]
    return pick(r, ["components/Gallery.tsx", "src/components/Gallery.jsx"]), "typescript", lines, "imgix", "signed_url"


def n_sanity_ndjson(r):
    lines = []
    for _ in range(r.randint(5, 8)):
        h, dim, ext = sanity_asset(r)
        doc = {"_id": pick(r, ["", "drafts."]) + uuid4(r), "_type": pick(r, ["post", "author", "category"]), "_rev": rs(r, ALNUM, 22),
               "_createdAt": iso_ts(r)[:19] + "Z", "title": "%s %s" % (pick(r, WORDS).title(), pick(r, WORDS)),
               "mainImage": {"_type": "image", "asset": {"_ref": "image-%s-%s-%s" % (h, dim, ext), "_type": "reference"}}}
        lines.append(json.dumps(doc, separators=(",", ":")))
    return pick(r, ["data/production.ndjson", "seed/documents.ndjson"]), "ndjson", lines, "sanity", "document_ids"


def n_nuxt_public(r):
    user = pick(r, PEOPLE)
    lines = ["export default defineNuxtConfig({", "  modules: ['@storyblok/nuxt', '@nuxtjs/algolia'],", "  storyblok: {",
             "    accessToken: '%s', // public token" % g_storyblok_public(r), "  },", "  algolia: {",
             "    applicationId: '%s'," % rs(r, UPNUM, 10), "    apiKey: '%s', // search-only" % rs(r, HEX, 32), "  },", "  runtimeConfig: {",
             "    storyblokManagementToken: '', // set NUXT_STORYBLOK_MANAGEMENT_TOKEN", "    algoliaAdminKey: '', // set NUXT_ALGOLIA_ADMIN_KEY",
             "    public: {", "      mapboxToken: '%s'," % mapbox_token(r, "pk", user), "    },", "  },", "});"]
    return "nuxt.config.ts", "typescript", lines, "mixed", "public_keys"


NEG_TEMPLATES = [
    (n_contentful_cda, 4), (n_gatsby_refs, 2), (n_sanity_public, 3), (n_storyblok_public, 3), (n_prismic_refs, 2),
    (n_datocms_readonly, 1), (n_hygraph_public, 2), (n_builder_public, 3), (n_ghost_content, 3), (n_netlify_ids, 3),
    (n_forms, 3), (n_algolia_search, 4), (n_cloudinary, 3), (n_mapbox_pk, 4), (n_tina_clientid, 2), (n_webflow_ids, 2),
    (n_lockfile, 2), (n_i18n, 2), (n_contentful_export, 3), (n_changelog, 2), (n_rotation_doc, 2), (n_vercel_csp, 2),
    (n_gh_refs, 3), (n_strapi_env_example, 2), (n_directus_snapshot, 2), (n_webhook_fixture, 2), (n_jwt_example, 1),
    (n_sops, 2), (n_hugo_public, 2), (n_site_json, 2), (n_docs_examples, 1), (n_imgix, 2), (n_sanity_ndjson, 2),
    (n_nuxt_public, 2),
]


# ---------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------
N_POS = 500
N_NEG = 500


def allocate(weights, total):
    s = float(sum(weights))
    raw = [w * total / s for w in weights]
    base = [int(x) for x in raw]
    rest = total - sum(base)
    order = sorted(range(len(weights)), key=lambda i: (-(raw[i] - base[i]), i))
    for i in order[:rest]:
        base[i] += 1
    return base


def render(lines):
    return "\n".join(lines) + "\n"


def write_file(root, rel, text):
    path = os.path.join(root, rel)
    d = os.path.dirname(path)
    if not os.path.isdir(d):
        os.makedirs(d)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def build(outdir, seed):
    r = random.Random(seed)
    manifest, secrets = [], []

    # ---- positives ----
    counts = allocate([k.weight for k in KINDS], N_POS)
    plan = []
    for k, n in zip(KINDS, counts):
        plan += [k] * n
    r.shuffle(plan)
    for i, K in enumerate(plan):
        for attempt in range(20):
            p = K.project(r)
            needle, written = K.make(r, p)
            obv = chance(r, 0.5)
            tname, fn, ok, spec = choose_template(r, K)
            c = C(r, K, p, obv, lambda lang, var, inline, w=written: Slot(w))
            rel, ftype, lines = fn(c)
            text = render(lines)
            if needle in text:
                break
        else:
            raise RuntimeError("needle not placed for %s" % K.key)
        line = text[:text.index(needle)].count("\n") + 1
        fid = "pos/p%04d/%s" % (i, rel)
        write_file(outdir, fid, text)
        manifest.append({"file": fid, "label": "pos", "provider": K.provider, "kind": K.kind, "filetype": ftype})
        secrets.append({"file": fid, "needle": needle, "line": line})

    # ---- negatives ----
    modes = ["reuse"] * (N_NEG // 2) + ["domain"] * (N_NEG - N_NEG // 2)
    r.shuffle(modes)
    ncounts = allocate([k.weight for k in KINDS], modes.count("reuse"))
    nplan = []
    for k, n in zip(KINDS, ncounts):
        nplan += [k] * n
    r.shuffle(nplan)
    dcounts = allocate([w for (_, w) in NEG_TEMPLATES], modes.count("domain"))
    dplan = []
    for (fn, _), n in zip(NEG_TEMPLATES, dcounts):
        dplan += [fn] * n
    r.shuffle(dplan)
    for i, mode in enumerate(modes):
        if mode == "reuse":
            K = nplan.pop()
            p = K.project(r)
            obv = chance(r, 0.5)
            tname, fn, ok, spec = choose_template(r, K)
            used = []

            def fillfn(lang, var, inline, K=K, used=used):
                slot, sub = neg_fill(r, K, lang, var, inline)
                used.append(sub)
                return slot
            c = C(r, K, p, obv, fillfn)
            rel, ftype, lines = fn(c)
            provider, kind = K.provider, (used[0] if used else "placeholder")
        else:
            fn = dplan.pop()
            rel, ftype, lines, provider, kind = fn(r)
        text = render(lines)
        fid = "neg/n%04d/%s" % (i, rel)
        write_file(outdir, fid, text)
        manifest.append({"file": fid, "label": "neg", "provider": provider, "kind": kind, "filetype": ftype})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_cc.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    if not os.path.isdir(outdir):
        os.makedirs(outdir)
    build(outdir, seed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
