#!/usr/bin/env python3
"""gen_fx.py - blind evaluation set for secret scanners (print-on-demand, photo,
stock media and design tooling).

EMPHASIS
    Domain: print-on-demand shops, photo/CDN pipelines, stock-media search and
    design tooling, as found in Shopify/WooCommerce apps, Next.js storefronts,
    Figma plugins, mobile apps and CI pipelines.
    Providers: Printful, Printify, Gelato, Lulu, Prodigi, Cloudinary, imgix,
    ImageKit, Shutterstock, Getty Images, Unsplash, Pexels, Pixabay, Adobe
    (Firefly / Developer Console), Canva Connect, Figma, remove.bg, Photoroom,
    Bannerbear, Placid, Uploadcare, Filestack.
    Kinds: API keys, secret keys, access tokens (opaque and JWT), OAuth client
    secrets, signing secrets (imgix secure URL token, Filestack app secret,
    Cloudinary API secret), URLs with embedded credentials (cloudinary://),
    base64 Basic credentials (Lulu), "public:secret" auth headers (Uploadcare).
    File types: Node/TypeScript, Python, PHP, Ruby, Go, Swift, Kotlin, YAML,
    JSON, TOML, INI, properties, XML, .env, Liquid, Markdown, Figma plugin
    manifests and plugin code, Dockerfile, GitHub Actions, Helm values,
    Terraform, shell, SQL, CSV order exports, logs, HTML.

USAGE
    python3 gen_fx.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one
    line per positive: file, needle, 1-based line of the needle's first
    occurrence). All randomness comes from one random.Random(SEED); output is
    byte-identical for a given SEED. Standard library only.

NEEDLE CONVENTIONS
    * The needle is the secret exactly as written, without surrounding quotes.
    * Prefixed tokens include their prefix (figd_..., cnvca..., p8e-...,
      bb_pr_..., private_..., sandbox_..., v2/...).
    * Headers: only the credential value, never "Bearer " / "Client-ID " or the
      header name. For "Uploadcare.Simple PUB:SECRET" the needle is SECRET; the
      public key before the colon is an identifier, not the needle.
    * cloudinary:// URLs: the needle is the whole URL from "cloudinary://" to
      the end of the cloud name (key:secret@cloud), because the URL as a whole
      is the credential that SDKs read from CLOUDINARY_URL.
    * Query-string keys (Pixabay ?key=, Unsplash ?client_id=): the value only.
    * Lulu Basic credentials: the base64 string (base64 of client_key:secret).
    * JWTs (Printify personal access tokens): the full header.payload.signature.
    * No multi-line secrets are generated in this domain (no private keys), so
      every needle sits on one line.

NEGATIVES
    Half of the negatives re-use the positive templates with the secret slot
    holding a non-secret: placeholders (<your-key>, YOUR_API_KEY_HERE, xxxx...),
    empty values, masked values (****, [REDACTED], partly masked tokens),
    environment references (${VAR}, os.environ[...], process.env.X, ENV.fetch,
    getenv, System.getenv, ${{ secrets.X }}, {{ .Values.x }}, var.x), secret
    manager references (op://, vault:, AWS Secrets Manager ARNs), template
    expressions (Liquid {{ settings.x }}, ERB, Jinja), and documented example
    values (Photoroom "sandbox_xxxxxxxxxxxxxxxx", imgix "example-token",
    Cloudinary "cloudinary://API_KEY:API_SECRET@CLOUD_NAME", Prodigi
    "your-api-key", Filestack "<YOUR_APP_SECRET>"...).
    The other half are look-alikes of the domain: Cloudinary public ids, asset
    ids, upload-response signatures and etags, signed delivery URLs (imgix s=,
    Cloudinary s--...--), ImageKit public keys, Uploadcare public keys and file
    UUIDs, Filestack API keys and handles (documented as not secret), Canva and
    Adobe client ids, blurhash strings, Unsplash/Pexels/Pixabay API responses,
    image digests, Docker digests, EXIF/XMP dumps, colour hex codes and design
    tokens, Figma file keys and node ids, SKU/variant ids, CSV order exports,
    SRI/lockfile hashes, go.sum lines, git-lfs pointers, public keys.
    No negative is written to a .env / .env.local / .env.production file.

FORMATS CHECKED (provider documentation and public project code, via search)
    * Figma: PAT passed in X-Figma-Token; third-party setup guide states tokens
      start with "figd_" followed by a long string (shown as figd_ + 40 x).
    * Cloudinary: CLOUDINARY_URL=cloudinary://API_KEY:API_SECRET@CLOUD_NAME; API
      key 15 digits, API secret 27 chars [A-Za-z0-9_-] (seen in public configs);
      Cloudinary support says the API key "can be included in front end code",
      the API secret never.
    * Printify: personal access tokens are JWTs ("a long string starting with
      eyJ"), sent as Authorization: Bearer.
    * Printful: private (OAuth) tokens, Authorization: Bearer; legacy keys
      disabled since 2022-09-30.
    * Gelato: X-API-KEY header; GelatoConnect uses "key:secret" in X-API-KEY.
    * Lulu: client key + client secret (UUID-shaped in the SDK README), OAuth
      client_credentials at /auth/realms/glasstree/protocol/openid-connect/token
      with a base64 "key:secret" Basic value.
    * Prodigi: X-API-Key header, sandbox host api.sandbox.prodigi.com, docs
      example value "your-api-key".
    * ImageKit: private key is the Basic-auth username; the public key "is not
      meant to be a secret"; urlEndpoint https://ik.imagekit.io/<id>.
    * Uploadcare: Uploadcare.Simple scheme "public_key:secret_key"; production
      scheme signs with the secret; public key identifies the project.
    * Filestack: API key is not a secret (Filestack blog); app secret signs
      policies with HMAC-SHA256; docs use '<YOUR_APP_SECRET>'.
    * imgix: secure URL token signs URLs, s = md5(token + path + query) hex;
      docs use "example-token".
    * Unsplash: Authorization: Client-ID <access key>; unsplash-js and
      integrations proxy requests to keep the access key off the client.
    * Pexels: Authorization: <key> on api.pexels.com/v1. Pixabay: ?key=
      (format digits-hex25 seen in public docs/code).
    * remove.bg: X-Api-Key on api.remove.bg/v1.0/removebg.
    * Photoroom: x-api-key; sandbox mode prepends "sandbox_" to the API key
      (docs example sandbox_xxxxxxxxxxxxxxxx).
    * Bannerbear: Authorization: Bearer <Project API Key>; Master API keys.
    * Placid: REST API base https://api.placid.app/api/rest, Bearer token.
    * Canva Connect: client id + client secret, Basic auth to the token
      endpoint; public code shows ids "OC-" + 12 chars, secrets "cnvca...".
    * Adobe Firefly/Developer Console: OAuth Server-to-Server client id and
      client secret exchanged at ims-na1.adobelogin.com/ims/token/v3.
    * Getty Images: Api-Key header + client_credentials at /oauth2/token.
    * Shutterstock: consumer key/secret (Basic) or OAuth token (Bearer).

DOUBTS
    * Lengths/alphabets NOT confirmed by provider docs (taken from public
      project code or memory): Printful token (40 alnum), Gelato key
      (uuid-uuid:uuid), Prodigi key (UUID), imgix token (16 alnum), ImageKit
      private key (private_ + 28 base64 chars ending "="), Shutterstock access
      token ("v2/" + long base64, length chosen 180-400), Shutterstock
      consumer secret (16 alnum), Getty secret (45 alnum), Pexels (56 alnum),
      remove.bg (24 alnum), Photoroom (40 hex), Bannerbear ("bb_pr_"/"bb_ma_" +
      30 hex), Placid (48 alnum, no prefix), Adobe client secret ("p8e-" + 32),
      Canva secret ("cnvca" + 43 base64url + 8 hex), Filestack app secret (26
      base32 upper), Figma PAT body length (40-44 base64url), Unsplash keys (43
      base64url; older apps have 64 hex).
    * Printify JWT claims (aud/jti/sub/scopes) are plausible, not verified.
    * Several providers (Placid, Printful, remove.bg, Prodigi) have no prefix, so
      some positives are only recognisable from context.
    * A search result for Shutterstock surfaced a rule file of a secret scanner
      (kingfisher); it was disregarded and not used for any format. Searches
      also returned GitGuardian detector pages (Cloudinary, Canva) that show
      only metadata; they were not used either.
"""
import base64
import hashlib
import json
import os
import random
import sys
import textwrap

# ---------------------------------------------------------------- helpers --
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DI = "0123456789"
HEX = "0123456789abcdef"
ALNUM = UP + LO + DI
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"
B32 = UP + "234567"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(r, alphabet, n):
    """random string that contains upper, lower and digit when possible"""
    while True:
        s = rs(r, alphabet, n)
        if n < 8:
            return s
        ok = any(c in UP for c in s) + any(c in LO for c in s) + any(c in DI for c in s)
        if ok >= 3 or alphabet in (HEX, DI, B32, LO + DI):
            return s


def hexs(r, n):
    return rs(r, HEX, n)


def uuid4(r):
    h = hexs(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def S(t, **kw):
    """dedent a template and substitute «name» markers"""
    t = textwrap.dedent(t).lstrip("\n")
    for k, v in kw.items():
        t = t.replace("\u00ab" + k + "\u00bb", str(v))
    return t


def pick(r, seq):
    return seq[r.randrange(len(seq))]


# ------------------------------------------------------------ word pools --
SHOPS = ["inkwell-tees", "paperfox-prints", "northwall-posters", "mugshot-co", "lumen-canvas",
         "tinyhouse-press", "saltmarsh-studio", "brightpeak-merch", "odd-otter-goods",
         "harbor-and-hue", "pixel-pantry", "folkframe", "ridge-print-lab", "maple-mockups"]
CLOUDS = ["acme-prints", "paperfox", "northwall-media", "lumen-assets", "inkwell", "folkframe-prod",
          "studio-harbor", "brightpeak", "odd-otter", "saltmarsh"]
PEOPLE = ["Ada Park", "Jonas Weber", "Mira Lind", "Tomas Ruiz", "Priya Nair", "Lena Ostrova",
          "Sam Okafor", "Hugo Marchetti", "Yuki Tanaka", "Ines Duarte"]
CITIES = [("Portland", "OR", "97205", "US"), ("Leeds", "", "LS1 4AP", "GB"), ("Berlin", "", "10115", "DE"),
          ("Austin", "TX", "78701", "US"), ("Lyon", "", "69002", "FR"), ("Toronto", "ON", "M5V 2T6", "CA")]
PRODUCTS = ["Unisex Staple T-Shirt", "Enhanced Matte Paper Poster", "White Glossy Mug 11oz",
            "Canvas (in) 16x20", "Hardcover Photo Book", "Tote Bag", "Framed Poster 12x16",
            "Sticker Sheet A5", "Premium Hoodie", "Greeting Card 5x7"]
TOPICS = ["mountain", "coffee", "city night", "forest", "ocean", "minimal desk", "botanical",
          "retro car", "abstract texture", "portrait"]
COLORS = ["#1F2937", "#F59E0B", "#10B981", "#3B82F6", "#EF4444", "#FAFAF9", "#111827", "#E5E7EB",
          "#7C3AED", "#0EA5E9", "#F43F5E", "#84CC16"]


def shop(r):
    return pick(r, SHOPS)


def cloud(r):
    if r.random() < 0.5:
        return pick(r, CLOUDS)
    return "d" + rs(r, LO + DI, 8)


def fid(r):
    """Figma file key (public identifier in share links)"""
    return rs(r, ALNUM, 22)


def cld_public_id(r):
    return "%s/%s_%s" % (pick(r, ["products", "mockups", "banners", "avatars", "uploads"]),
                         pick(r, ["tee", "poster", "mug", "canvas", "hero", "card"]),
                         rs(r, LO + DI, 20))


# ------------------------------------------------------- secret generators --
def g_printful(r):
    return mixed(r, ALNUM, 40)


def g_printify(r):
    hdr = b64u(json.dumps({"typ": "JWT", "alg": "RS256"}, separators=(",", ":")).encode())
    iat = 1690000000 + r.randrange(60000000)
    body = {"aud": hexs(r, 32), "jti": hexs(r, 80), "iat": iat + r.random() * 0.9,
            "nbf": iat, "exp": iat + 31536000, "sub": str(r.randrange(10000000, 29999999)),
            "scopes": ["shops.manage", "shops.read", "catalog.read", "orders.read", "orders.write",
                       "products.read", "products.write", "webhooks.read", "webhooks.write",
                       "uploads.read", "uploads.write", "print_providers.read"]}
    pay = b64u(json.dumps(body, separators=(",", ":")).encode())
    return hdr + "." + pay + "." + b64u(rbytes(r, 256))


def g_gelato(r):
    return "%s-%s:%s" % (uuid4(r), uuid4(r), uuid4(r))


def g_uuid(r):
    return uuid4(r)


def g_lulu_basic(r):
    return base64.b64encode(("%s:%s" % (uuid4(r), uuid4(r))).encode()).decode()


def cld_key(r):
    return str(r.randrange(100000000000000, 999999999999999))


def g_cld_secret(r):
    return mixed(r, B64URL, 27)


def g_cld_url(r):
    return "cloudinary://%s:%s@%s" % (cld_key(r), g_cld_secret(r), cloud(r))


def g_imgix(r):
    return mixed(r, ALNUM, 16)


def g_imagekit(r):
    return "private_" + mixed(r, B64, 27) + "="


def g_sstk_secret(r):
    return mixed(r, ALNUM, 16)


def g_sstk_token(r):
    return "v2/" + mixed(r, ALNUM, r.randrange(180, 400))


def g_getty(r):
    return mixed(r, ALNUM, 45)


def g_unsplash(r):
    if r.random() < 0.25:
        return hexs(r, 64)
    return mixed(r, B64URL, 43)


def g_pexels(r):
    return mixed(r, ALNUM, 56)


def g_pixabay(r):
    return "%d-%s" % (r.randrange(10000000, 52999999), hexs(r, 25))


def g_adobe(r):
    return "p8e-" + mixed(r, B64URL, 32)


def g_canva(r):
    return "cnvca" + mixed(r, B64URL, 43) + hexs(r, 8)


def g_figma(r):
    return "figd_" + mixed(r, B64URL, r.randrange(40, 45))


def g_removebg(r):
    return mixed(r, ALNUM, 24)


def g_photoroom(r):
    k = hexs(r, 40)
    return ("sandbox_" + k) if r.random() < 0.3 else k


def g_bannerbear(r):
    return pick(r, ["bb_pr_", "bb_pr_", "bb_ma_"]) + hexs(r, 30)


def g_placid(r):
    return mixed(r, ALNUM, 48)


def g_uploadcare(r):
    return hexs(r, 20)


def g_filestack(r):
    return rs(r, B32, 26)


# --------------------------------------------------------------- providers --
# key: provider, kind, gen, env (conventional variable), docs (documented example
# values, used only in negatives), wrap (how a non-secret inner value is shown in
# slots whose needle has structure)
P = {
    "printful": dict(provider="Printful", kind="api_token", gen=g_printful, env="PRINTFUL_API_TOKEN",
                     docs=["PRINTFUL_API_TOKEN", "YOUR STORE TOKEN"]),
    "printify": dict(provider="Printify", kind="personal_access_token", gen=g_printify,
                     env="PRINTIFY_API_TOKEN", docs=["<your-token>", "your-api-token"]),
    "gelato": dict(provider="Gelato", kind="api_key", gen=g_gelato, env="GELATO_API_KEY",
                   docs=["your-api-key:your-api-secret", "{{apiKey}}"]),
    "lulu": dict(provider="Lulu", kind="client_secret", gen=g_uuid, env="LULU_CLIENT_SECRET",
                 docs=["YOUR_CLIENT_SECRET", "<client secret>"]),
    "lulu_basic": dict(provider="Lulu", kind="basic_credentials", gen=g_lulu_basic,
                       env="LULU_BASE64_KEY_SECRET", docs=["<base64 of client_key:client_secret>"]),
    "prodigi": dict(provider="Prodigi", kind="api_key", gen=g_uuid, env="PRODIGI_API_KEY",
                    docs=["your-api-key", "00000000-0000-0000-0000-000000000000"]),
    "cld_url": dict(provider="Cloudinary", kind="url_with_credentials", gen=g_cld_url, env="CLOUDINARY_URL",
                    docs=["cloudinary://API_KEY:API_SECRET@CLOUD_NAME",
                          "cloudinary://<your_api_key>:<your_api_secret>@<your_cloud_name>",
                          "cloudinary://apiKey:apiSecret@cloudName"],
                    wrap=lambda r, inner: "cloudinary://%s:%s@%s" % (cld_key(r), inner, cloud(r))),
    "cld_secret": dict(provider="Cloudinary", kind="api_secret", gen=g_cld_secret, env="CLOUDINARY_API_SECRET",
                       docs=["your_api_secret", "YOUR_API_SECRET_HERE", "<your_api_secret>"]),
    "imgix": dict(provider="imgix", kind="secure_url_token", gen=g_imgix, env="IMGIX_SECURE_URL_TOKEN",
                  docs=["example-token", "<SECURE TOKEN>"]),
    "imagekit": dict(provider="ImageKit", kind="private_key", gen=g_imagekit, env="IMAGEKIT_PRIVATE_KEY",
                     docs=["your_private_api_key", "your_private_key", "private_xxxxxxxxxxxxxxxxxxxxxxxxxxx="]),
    "sstk_secret": dict(provider="Shutterstock", kind="consumer_secret", gen=g_sstk_secret,
                        env="SHUTTERSTOCK_SECRET", docs=["YOUR_SECRET", "<enter-your-client-secret>"]),
    "sstk_token": dict(provider="Shutterstock", kind="access_token", gen=g_sstk_token,
                       env="SHUTTERSTOCK_API_TOKEN", docs=["v2/YOUR_OAUTH_TOKEN", "YOUR_ACCESS_TOKEN"]),
    "getty": dict(provider="Getty Images", kind="api_secret", gen=g_getty, env="GETTY_API_SECRET",
                  docs=["your_api_secret", "API-SECRET"]),
    "unsplash_access": dict(provider="Unsplash", kind="access_key", gen=g_unsplash, env="UNSPLASH_ACCESS_KEY",
                            docs=["YOUR ACCESS KEY", "MY_ACCESS_KEY", "YOUR_UNSPLASH_ACCESS_KEY"]),
    "unsplash_secret": dict(provider="Unsplash", kind="secret_key", gen=g_unsplash, env="UNSPLASH_SECRET_KEY",
                            docs=["YOUR APPLICATION SECRET", "your_secret_key"]),
    "pexels": dict(provider="Pexels", kind="api_key", gen=g_pexels, env="PEXELS_API_KEY",
                   docs=["YOUR-PEXELS-API-KEY", "YOUR_API_KEY"]),
    "pixabay": dict(provider="Pixabay", kind="api_key", gen=g_pixabay, env="PIXABAY_API_KEY",
                    docs=["YOUR_API_KEY", "<your pixabay key>"]),
    "adobe": dict(provider="Adobe", kind="client_secret", gen=g_adobe, env="ADOBE_CLIENT_SECRET",
                  docs=["<your_Client_Secret>", "your_adobe_client_secret_here", "{CLIENT_SECRET}"]),
    "canva": dict(provider="Canva", kind="client_secret", gen=g_canva, env="CANVA_CLIENT_SECRET",
                  docs=["YOUR_CANVA_CLIENT_SECRET_HERE", "your-oauth-secret"]),
    "figma": dict(provider="Figma", kind="personal_access_token", gen=g_figma, env="FIGMA_ACCESS_TOKEN",
                  docs=["figd_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "figd_your-personal-access-token",
                        "YOUR_ACCESS_TOKEN_GOES_HERE"]),
    "removebg": dict(provider="remove.bg", kind="api_key", gen=g_removebg, env="REMOVE_BG_API_KEY",
                     docs=["INSERT_YOUR_API_KEY_HERE", "YOUR REMOVE.BG API KEY"]),
    "photoroom": dict(provider="Photoroom", kind="api_key", gen=g_photoroom, env="PHOTOROOM_API_KEY",
                      docs=["sandbox_xxxxxxxxxxxxxxxx", "YOUR_API_KEY_HERE"]),
    "bannerbear": dict(provider="Bannerbear", kind="api_key", gen=g_bannerbear, env="BANNERBEAR_API_KEY",
                       docs=["API_KEY", "Project_API_Key"]),
    "placid": dict(provider="Placid", kind="api_token", gen=g_placid, env="PLACID_API_TOKEN",
                   docs=["YOUR_PLACID_TOKEN", "<api-token>"]),
    "uploadcare": dict(provider="Uploadcare", kind="secret_key", gen=g_uploadcare, env="UPLOADCARE_SECRET_KEY",
                       docs=["your_secret_key", "YOUR_SECRET_KEY"]),
    "filestack": dict(provider="Filestack", kind="app_secret", gen=g_filestack, env="FILESTACK_APP_SECRET",
                      docs=["<YOUR_APP_SECRET>", "YOUR_SECRET", "APP_SECRET"]),
}

# ------------------------------------------------------------- slot values --
LANG_ENV = {
    "py": ['os.environ["%s"]', 'os.getenv("%s")', 'os.environ.get("%s", "")', 'env("%s")'],
    "js": ["process.env.%s", "process.env.%s ?? ''", "process.env['%s']"],
    "ts": ["process.env.%s!", "process.env.%s ?? ''", "import.meta.env.%s"],
    "php": ["getenv('%s')", "$_ENV['%s']", "env('%s')"],
    "rb": ['ENV.fetch("%s")', 'ENV["%s"]', "Rails.application.credentials.dig(:%s)"],
    "go": ['os.Getenv("%s")'],
    "swift": ['ProcessInfo.processInfo.environment["%s"] ?? ""', 'Bundle.main.object(forInfoDictionaryKey: "%s") as? String ?? ""'],
    "kt": ['System.getenv("%s")', 'BuildConfig.%s'],
    "tf": ["var.%s"],
}
SECRET_MGR_RAW = ["op://Design-Ops/%s/credential", "vault:secret/data/media/%s#value",
                  "arn:aws:secretsmanager:eu-west-1:412398765012:secret:prod/%s",
                  "projects/print-shop-prod/secrets/%s/versions/latest", "sm://%s"]
SECRET_MGR_CODE = {
    "py": 'secrets.get("%s")', "js": 'await secrets.get("%s")', "ts": 'await getSecret("%s")',
    "php": "$vault->read('%s')", "rb": 'Vault.logical.read("%s")', "go": 'mustSecret(ctx, "%s")',
    "swift": 'Secrets.value(for: "%s")', "kt": 'secretStore.get("%s")', "tf": "data.aws_secretsmanager_secret_version.%s.secret_string",
}
GENERIC_PLACEHOLDERS = ["<your-key>", "YOUR_API_KEY_HERE", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxx",
                        "<REPLACE_ME>", "TODO", "your_key_here", "...", "<secret>", "replace-with-real-key",
                        "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "insert-token"]
MASKS = ["****", "********************", "[REDACTED]", "<redacted>", "******** (hidden)", "•••••••••••••••"]


class Val(object):
    """value placed in a template slot (a secret for positives)"""

    def __init__(self, s, env=None, mode="lit", sm=None):
        self.s = s          # raw text (for raw contexts) / literal content
        self.env = env      # env var name for env/sm modes
        self.mode = mode    # lit | env | sm
        self.sm = sm
        self.r = None

    def L(self, lang, q='"'):
        """code literal (quoted) or, for references, a code expression"""
        if self.mode == "env" and lang in LANG_ENV:
            return pick(self.r, LANG_ENV[lang]) % self.env
        if self.mode == "sm" and lang in SECRET_MGR_CODE:
            return SECRET_MGR_CODE[lang] % self.sm
        return q + self.s + q

    def R(self, ctx="plain"):
        """raw text for configs, headers, URLs, docs"""
        if self.mode == "env":
            e = self.env
            if ctx == "sh":
                return pick(self.r, ["$%s", "${%s}"]) % e
            if ctx == "gha":
                return "${{ secrets.%s }}" % e
            if ctx == "helm":
                return "{{ .Values.%s }}" % (e.lower().replace("_", ""))
            if ctx == "liquid":
                return "{{ settings.%s }}" % e.lower()
            if ctx == "erb":
                return "<%%= ENV['%s'] %%>" % e
            return pick(self.r, ["${%s}", "${%s}", "%%(%s)s", "{{ %s }}"]) % e
        if self.mode == "sm":
            return self.s
        return self.s


def neg_val(r, key, ctx):
    """non-secret slot value for a negative built from a positive template"""
    spec = P[key]
    env = spec["env"]
    modes = ["placeholder", "empty", "masked", "env", "env", "sm", "docs", "docs", "template"]
    mode = pick(r, modes)
    if mode == "empty" and key in ("cld_url",):
        mode = "docs"
    v = None
    if mode == "placeholder":
        inner = pick(r, GENERIC_PLACEHOLDERS + ["<%s>" % env, "YOUR_%s" % env, "${%s}" % env.lower()])
        v = Val(spec["wrap"](r, inner) if "wrap" in spec else inner)
    elif mode == "empty":
        v = Val("")
    elif mode == "masked":
        real = spec["gen"](r)
        m = pick(r, MASKS)
        if r.random() < 0.4 and len(real) > 12:
            # partly masked: first 4 visible, like dashboards show
            inner = real[:4] + "*" * 12
        else:
            inner = m
        if "wrap" in spec:
            inner = spec["wrap"](r, "*" * 10)
        v = Val(inner)
    elif mode == "env":
        v = Val("${%s}" % env, env=env, mode="env")
    elif mode == "sm":
        name = env.lower().replace("_", "-")
        v = Val(pick(r, SECRET_MGR_RAW) % name, mode="sm", sm=name)
    elif mode == "docs":
        v = Val(pick(r, spec["docs"]))
    else:  # template expressions
        lname = env.lower()
        v = Val(pick(r, ["{{ %s }}" % lname, "{{ .Values.media.%s }}" % lname.replace("_", ""),
                         "<%%= ENV['%s'] %%>" % env, "{{ settings.%s }}" % lname, "${{ secrets.%s }}" % env,
                         "@@%s@@" % env, "#{%s}" % env]))
    v.r = r
    v.negmode = mode
    return v


# ============================================================ templates ====
POS = []     # (name, keys, fn)  fn(r, v, k) -> (relpath, text)
ALLKEYS = sorted(P.keys())


def tpl(*keys):
    def deco(fn):
        POS.append((fn.__name__, list(keys) if keys else ALLKEYS, fn))
        return fn
    return deco


def slug(k):
    return P[k]["provider"].lower().replace(" ", "").replace(".", "")


def camel(env):
    parts = env.lower().split("_")
    return parts[0] + "".join(p.title() for p in parts[1:])


# ---- generic, conventional variable names --------------------------------
@tpl()
def py_settings(r, v, k):
    e = P[k]["env"]
    return "config/settings.py", S('''
        """Django settings for the «shop» storefront."""
        import os
        from pathlib import Path

        BASE_DIR = Path(__file__).resolve().parent.parent
        DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
        ALLOWED_HOSTS = ["«shop».com", "www.«shop».com"]

        MEDIA_URL = "/media/"
        STATIC_URL = "/static/"
        DEFAULT_FILE_STORAGE = "storages.backends.s3boto3.S3Boto3Storage"

        # «prov» integration
        «env» = «lit»
        «prov_up»_TIMEOUT = 20

        LOGGING = {"version": 1, "disable_existing_loggers": False}
        ''', shop=shop(r), env=e, lit=v.L("py"), prov=P[k]["provider"],
        prov_up=slug(k).upper())


@tpl()
def js_config_module(r, v, k):
    e = P[k]["env"]
    return "src/config/%s.js" % slug(k), S('''
        'use strict';

        // Shared configuration for the «prov» client.
        module.exports = {
          baseUrl: '«url»',
          timeoutMs: 15000,
          retries: 3,
          «name»: «lit»,
          userAgent: '«shop»-worker/2.4.1',
        };
        ''', prov=P[k]["provider"], url="https://api.%s.com" % slug(k), name=camel(e),
        lit=v.L("js", "'"), shop=shop(r))


@tpl()
def ts_env_fallback(r, v, k):
    e = P[k]["env"]
    return "src/lib/env.ts", S('''
        import { z } from 'zod';

        const schema = z.object({
          NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
          SHOP_DOMAIN: z.string().default('«shop».myshopify.com'),
          «env»: z.string().min(1),
        });

        export const env = schema.parse({
          NODE_ENV: process.env.NODE_ENV,
          SHOP_DOMAIN: process.env.SHOP_DOMAIN,
          «env»: process.env.«env» || «lit»,
        });
        ''', env=e, lit=v.L("ts", "'"), shop=shop(r))


@tpl()
def php_define(r, v, k):
    e = P[k]["env"]
    plug = "%s-for-woocommerce" % slug(k)
    return "wp-content/plugins/%s/includes/config.php" % plug, S('''
        <?php
        /**
         * «prov» for WooCommerce - static configuration.
         *
         * @package «pkg»
         */

        defined( 'ABSPATH' ) || exit;

        define( '«env»', «lit» );
        define( '«up»_API_BASE', 'https://api.«sl».com' );
        define( '«up»_PLUGIN_VERSION', '1.8.3' );
        ''', prov=P[k]["provider"], pkg=plug.title().replace("-", "_"), env=e,
        lit=v.L("php", "'"), up=slug(k).upper(), sl=slug(k))


@tpl()
def rb_initializer(r, v, k):
    e = P[k]["env"]
    return "config/initializers/%s.rb" % slug(k), S('''
        # frozen_string_literal: true

        # Loaded at boot; see docs/integrations.md
        Rails.application.config.x.«sl».tap do |c|
          c.«low» = «lit»
          c.open_timeout = 5
          c.read_timeout = 30
        end
        ''', sl=slug(k), low=e.lower(), lit=v.L("rb"))


@tpl()
def yaml_app_config(r, v, k):
    e = P[k]["env"]
    return pick(r, ["config/app.yml", "config/production.yml", "config/settings.yaml"]), S('''
        app:
          name: «shop»
          locale: en-US
          currency: USD
        media:
          cdn_host: cdn.«shop».com
          max_upload_mb: 25
        integrations:
          «sl»:
            enabled: true
            «low»: "«raw»"
          analytics:
            enabled: false
        ''', shop=shop(r), sl=slug(k), low=e.lower(), raw=v.R("yaml"))


@tpl()
def dotenv(r, v, k):
    e = P[k]["env"]
    name = pick(r, [".env", ".env.local", ".env.production"])
    return name, S('''
        NODE_ENV=production
        PORT=3000
        SHOP_NAME=«shop»
        PUBLIC_BASE_URL=https://«shop».com
        «env»=«raw»
        LOG_LEVEL=info
        ''', shop=shop(r), env=e, raw=v.R("env"))


@tpl()
def compose_env(r, v, k):
    e = P[k]["env"]
    return "docker-compose.yml", S('''
        services:
          web:
            build: .
            ports:
              - "3000:3000"
            environment:
              NODE_ENV: production
              REDIS_URL: redis://cache:6379/0
              «env»: "«raw»"
            depends_on:
              - cache
          cache:
            image: redis:7-alpine
        ''', env=e, raw=v.R("yaml"))


@tpl()
def gha_env(r, v, k):
    e = P[k]["env"]
    return ".github/workflows/%s.yml" % pick(r, ["deploy", "sync-catalog", "nightly-mockups"]), S('''
        name: Sync catalog
        on:
          schedule:
            - cron: "17 3 * * *"
          workflow_dispatch:

        jobs:
          sync:
            runs-on: ubuntu-latest
            env:
              «env»: «raw»
              CATALOG_BUCKET: «shop»-catalog
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-node@v4
                with:
                  node-version: 20
              - run: npm ci
              - run: npm run sync:catalog
        ''', env=e, raw=v.R("gha"), shop=shop(r))


@tpl()
def k8s_secret(r, v, k):
    e = P[k]["env"]
    return "deploy/k8s/%s-secret.yaml" % slug(k), S('''
        apiVersion: v1
        kind: Secret
        metadata:
          name: «sl»-credentials
          namespace: storefront
          labels:
            app.kubernetes.io/part-of: «shop»
        type: Opaque
        stringData:
          «env»: "«raw»"
        ''', sl=slug(k), shop=shop(r), env=e, raw=v.R("yaml"))


@tpl()
def helm_values(r, v, k):
    return "deploy/helm/values.yaml", S('''
        replicaCount: 2
        image:
          repository: ghcr.io/«shop»/storefront
          tag: "2024.11.3"
          pullPolicy: IfNotPresent
        service:
          type: ClusterIP
          port: 80
        media:
          provider: «sl»
          apiKey: "«raw»"
          cacheTtlSeconds: 86400
        resources:
          limits:
            memory: 512Mi
        ''', shop=shop(r), sl=slug(k), raw=v.R("helm"))


@tpl()
def tf_variable(r, v, k):
    e = P[k]["env"].lower()
    if v.mode == "lit":
        body = 'default   = "%s"' % v.s
    else:
        body = 'default   = %s' % (v.L("tf") if v.mode in ("env", "sm") else '"%s"' % v.s)
    return "infra/variables.tf", S('''
        variable "region" {
          type    = string
          default = "eu-west-1"
        }

        variable "«e»" {
          type      = string
          sensitive = true
          «body»
        }

        variable "catalog_bucket" {
          type    = string
          default = "«shop»-catalog"
        }
        ''', e=e, body=body, shop=shop(r))


@tpl()
def toml_netlify(r, v, k):
    e = P[k]["env"]
    return "netlify.toml", S('''
        [build]
          command = "npm run build"
          publish = ".next"

        [build.environment]
          NODE_VERSION = "20"
          «env» = "«raw»"

        [[redirects]]
          from = "/shop/*"
          to = "/products/:splat"
          status = 301
        ''', env=e, raw=v.R("toml"))


@tpl()
def ini_config(r, v, k):
    return "config/services.ini", S('''
        [general]
        store = «shop»
        timezone = Europe/Berlin

        [«sl»]
        endpoint = https://api.«sl».com
        «key» = «raw»
        timeout = 30

        [mockups]
        output_dir = /var/lib/mockups
        ''', shop=shop(r), sl=slug(k), key=pick(r, ["api_key", "secret", "token", "key"]), raw=v.R("ini"))


@tpl()
def spring_props(r, v, k):
    return "src/main/resources/application.properties", S('''
        spring.application.name=media-service
        server.port=8081
        spring.servlet.multipart.max-file-size=25MB
        «sl».base-url=https://api.«sl».com
        «sl».api-key=«raw»
        management.endpoints.web.exposure.include=health,info
        ''', sl=slug(k), raw=v.R("props"))


@tpl()
def dockerfile_env(r, v, k):
    e = P[k]["env"]
    return pick(r, ["Dockerfile", "docker/worker.Dockerfile"]), S('''
        FROM node:20-bookworm-slim
        WORKDIR /app
        COPY package*.json ./
        RUN npm ci --omit=dev
        COPY . .
        ENV NODE_ENV=production \\
            «env»=«raw»
        EXPOSE 3000
        CMD ["node", "server.js"]
        ''', env=e, raw=v.R("docker"))


@tpl()
def android_strings(r, v, k):
    return "app/src/main/res/values/keys.xml", S('''
        <?xml version="1.0" encoding="utf-8"?>
        <resources>
            <string name="app_name">«shop»</string>
            <string name="«sl»_base_url">https://api.«sl».com</string>
            <string name="«sl»_key" translatable="false">«raw»</string>
            <color name="brand_primary">«col»</color>
        </resources>
        ''', shop=shop(r), sl=slug(k), raw=v.R("xml"), col=pick(r, COLORS))


@tpl()
def sql_seed(r, v, k):
    return "db/seeds/002_integrations.sql", S('''
        -- integration rows for staging
        INSERT INTO shops (id, handle, currency) VALUES (41, '«shop»', 'USD');

        INSERT INTO integrations (shop_id, provider, api_key, enabled, created_at)
        VALUES (41, '«sl»', '«raw»', TRUE, '2024-05-02 10:14:00');

        INSERT INTO integrations (shop_id, provider, api_key, enabled, created_at)
        VALUES (41, 'mailer', NULL, FALSE, '2024-05-02 10:14:00');
        ''', shop=shop(r), sl=slug(k), raw=v.R("sql"))


# ---- provider specific: neutral names, headers, constructors, URLs --------
@tpl("printful")
def js_printful_axios(r, v, k):
    return "src/services/printful.js", S('''
        import axios from 'axios';

        const client = axios.create({
          baseURL: 'https://api.printful.com',
          headers: {
            Authorization: `Bearer ${«lit»}`,
            'X-PF-Store-Id': '«store»',
          },
        });

        export async function listSyncProducts(offset = 0) {
          const { data } = await client.get('/store/products', { params: { offset, limit: 50 } });
          return data.result;
        }
        ''', lit=v.L("js", "'"), store=r.randrange(1000000, 9999999))


@tpl("printful", "printify", "gelato", "prodigi")
def php_wp_remote(r, v, k):
    hosts = {"printful": ("https://api.printful.com/orders", "Authorization", "Bearer "),
             "printify": ("https://api.printify.com/v1/shops/%d/orders.json" % r.randrange(1000000, 9999999), "Authorization", "Bearer "),
             "gelato": ("https://order.gelatoapis.com/v4/orders", "X-API-KEY", ""),
             "prodigi": ("https://api.prodigi.com/v4.0/Orders", "X-API-Key", "")}
    url, h, pre = hosts[k]
    lit = v.L("php", "'")
    val = ("'%s' . %s" % (pre, lit)) if pre else lit
    return "includes/class-fulfillment-client.php", S('''
        <?php
        class Fulfillment_Client {
            private $endpoint = '«url»';

            public function push_order( WC_Order $order ) {
                $payload = $this->map_order( $order );
                $response = wp_remote_post( $this->endpoint, array(
                    'timeout' => 30,
                    'headers' => array(
                        'Content-Type' => 'application/json',
                        '«h»' => «val»,
                    ),
                    'body'    => wp_json_encode( $payload ),
                ) );
                return json_decode( wp_remote_retrieve_body( $response ), true );
            }
        }
        ''', url=url, h=h, val=val)


@tpl("printify")
def py_printify_shops(r, v, k):
    return "scripts/printify_shops.py", S('''
        #!/usr/bin/env python3
        """List Printify shops and their sales channels."""
        import requests

        API = "https://api.printify.com/v1"
        session = requests.Session()
        session.headers.update({
            "Authorization": "Bearer " + «lit»,
            "User-Agent": "«shop»-tools",
        })

        for s in session.get(f"{API}/shops.json", timeout=20).json():
            print(s["id"], s["title"], s["sales_channel"])
        ''', lit=v.L("py"), shop=shop(r))


@tpl("printify", "printful", "bannerbear", "placid")
def ts_client_ctor(r, v, k):
    cls = {"printify": "PrintifyClient", "printful": "PrintfulClient", "bannerbear": "Bannerbear",
           "placid": "PlacidClient"}[k]
    mod = {"printify": "@/lib/printify", "printful": "printful-request", "bannerbear": "bannerbear",
           "placid": "@/lib/placid"}[k]
    return "src/server/%s.ts" % slug(k), S('''
        import { «cls» } from '«mod»';

        // one client per process, reused by all route handlers
        export const «var» = new «cls»(«lit»);

        export type ClientType = typeof «var»;
        ''', cls=cls, mod=mod, var=slug(k), lit=v.L("ts", "'"))


@tpl("gelato", "prodigi", "removebg", "photoroom")
def md_curl_header(r, v, k):
    d = {"gelato": ("https://order.gelatoapis.com/v4/orders/%s" % uuid4(r), "X-API-KEY", "Gelato"),
         "prodigi": ("https://api.sandbox.prodigi.com/v4.0/Orders/ord_%d" % r.randrange(100000, 999999), "X-API-Key", "Prodigi"),
         "removebg": ("https://api.remove.bg/v1.0/account", "X-Api-Key", "remove.bg"),
         "photoroom": ("https://image-api.photoroom.com/v2/edit?background.color=FFFFFF", "x-api-key", "Photoroom")}
    url, h, name = d[k]
    return pick(r, ["docs/setup.md", "README.md", "docs/integrations/%s.md" % slug(k)]), S('''
        # «name» integration

        The worker calls «name» when an order is paid. To check connectivity from
        your machine:

        ```bash
        curl -s "«url»" \\
          -H "«h»: «raw»" \\
          -H "Accept: application/json"
        ```

        A `200` means the key works; `401` means it was revoked.
        ''', name=name, url=url, h=h, raw=v.R("md"))


@tpl("lulu_basic")
def py_lulu_token(r, v, k):
    return "lulu/auth.py", S('''
        import requests

        TOKEN_URL = "https://api.lulu.com/auth/realms/glasstree/protocol/openid-connect/token"


        def fetch_token():
            resp = requests.post(
                TOKEN_URL,
                data={"grant_type": "client_credentials"},
                headers={
                    "Content-Type": "application/x-www-form-urlencoded",
                    "Authorization": "Basic " + «lit»,
                },
                timeout=15,
            )
            resp.raise_for_status()
            return resp.json()["access_token"]
        ''', lit=v.L("py"))


@tpl("lulu")
def js_lulu_service(r, v, k):
    return "src/print/lulu.js", S('''
        import { LuluService } from '@ntegral/lulu';

        const lulu = new LuluService({
          client_key: '«ck»',
          client_secret: «lit»,
          environment: 'production',
        });

        export async function shippingOptions(country) {
          await lulu.init();
          return lulu.shippingOptions.list({ page: 1, page_size: 100, iso_country_code: country });
        }
        ''', ck=uuid4(r), lit=v.L("js", "'"))


@tpl("prodigi", "gelato")
def rb_net_http(r, v, k):
    url, h = {"prodigi": ("https://api.prodigi.com/v4.0/quotes", "X-API-Key"),
              "gelato": ("https://order.gelatoapis.com/v4/orders:quote", "X-API-KEY")}[k]
    return "app/services/print_quote.rb", S('''
        require "net/http"
        require "json"

        class PrintQuote
          ENDPOINT = URI("«url»")

          def call(items, country)
            req = Net::HTTP::Post.new(ENDPOINT, "Content-Type" => "application/json")
            req["«h»"] = «lit»
            req.body = { shippingMethod: "Standard", destinationCountryCode: country, items: items }.to_json
            res = Net::HTTP.start(ENDPOINT.host, ENDPOINT.port, use_ssl: true) { |http| http.request(req) }
            JSON.parse(res.body)
          end
        end
        ''', url=url, h=h, lit=v.L("rb"))


@tpl("cld_url")
def py_cloudinary_url(r, v, k):
    return "media/storage.py", S('''
        import cloudinary
        import cloudinary.uploader

        cloudinary.config(cloudinary_url=«lit», secure=True)


        def upload_mockup(path, product_id):
            return cloudinary.uploader.upload(
                path,
                folder=f"mockups/{product_id}",
                overwrite=True,
                resource_type="image",
            )
        ''', lit=v.L("py"))


@tpl("cld_url")
def heroku_app_json(r, v, k):
    raw = v.R("json")
    return "app.json", S('''
        {
          "name": "«shop»-storefront",
          "stack": "heroku-22",
          "env": {
            "RAILS_ENV": { "value": "production" },
            "CLOUDINARY_URL": { "value": "«raw»" },
            "WEB_CONCURRENCY": { "value": "2" }
          },
          "addons": ["heroku-postgresql:essential-0"]
        }
        ''', shop=shop(r), raw=raw)


@tpl("cld_secret")
def js_cloudinary_config(r, v, k):
    return pick(r, ["src/lib/cloudinary.js", "server/config/cloudinary.js"]), S('''
        const cloudinary = require('cloudinary').v2;

        cloudinary.config({
          cloud_name: '«cloud»',
          api_key: '«key»',
          api_secret: «lit»,
          secure: true,
        });

        module.exports = cloudinary;
        ''', cloud=cloud(r), key=cld_key(r), lit=v.L("js", "'"))


@tpl("cld_secret")
def rails_cloudinary_yml(r, v, k):
    return "config/cloudinary.yml", S('''
        development:
          cloud_name: «cloud»
          api_key: "«key»"
          api_secret: "«raw»"
          enhance_image_tag: true
          static_file_support: false
        production:
          cloud_name: «cloud»
          api_key: "«key»"
          api_secret: "«raw»"
          secure: true
        ''', cloud=cloud(r), key=cld_key(r), raw=v.R("yaml"))


@tpl("cld_secret")
def go_cloudinary(r, v, k):
    return "internal/media/cloudinary.go", S('''
        package media

        import (
        	"github.com/cloudinary/cloudinary-go/v2"
        )

        // New returns a configured Cloudinary client for the mockup pipeline.
        func New() (*cloudinary.Cloudinary, error) {
        	return cloudinary.NewFromParams("«cloud»", "«key»", «lit»)
        }
        ''', cloud=cloud(r), key=cld_key(r), lit=v.L("go"))


@tpl("imgix")
def js_imgix_client(r, v, k):
    return "lib/imgix.js", S('''
        import ImgixClient from '@imgix/js-core';

        const client = new ImgixClient({
          domain: '«dom».imgix.net',
          secureURLToken: «lit»,
          includeLibraryParam: false,
        });

        export const productImage = (path, w) =>
          client.buildURL(path, { w, auto: 'format,compress', fit: 'crop' });
        ''', dom=shop(r), lit=v.L("js", "'"))


@tpl("imgix")
def php_imager_imgix(r, v, k):
    return "config/imager-x.php", S('''
        <?php

        return [
            'transformer' => 'imgix',
            'imgixConfig' => [
                'default' => [
                    'domain' => '«dom».imgix.net',
                    'useHttps' => true,
                    'signKey' => «lit»,
                    'sourceIsWebProxy' => false,
                    'defaultParams' => ['auto' => 'compress,format', 'q' => 70],
                ],
            ],
        ];
        ''', dom=shop(r), lit=v.L("php", "'"))


@tpl("imgix")
def rb_imgix(r, v, k):
    return "app/helpers/image_helper.rb", S('''
        module ImageHelper
          IMGIX = Imgix::Client.new(
            domain: "«dom».imgix.net",
            secure_url_token: «lit»,
            include_library_param: false
          )

          def product_src(path, width: 800)
            IMGIX.path(path).to_url(w: width, auto: "format,compress")
          end
        end
        ''', dom=shop(r), lit=v.L("rb"))


@tpl("imagekit")
def js_imagekit(r, v, k):
    return "server/imagekit.js", S('''
        import ImageKit from 'imagekit';

        export const imagekit = new ImageKit({
          publicKey: 'public_«pub»',
          privateKey: «lit»,
          urlEndpoint: 'https://ik.imagekit.io/«id»',
        });
        ''', pub=mixed(r, B64, 27) + "=", lit=v.L("js", "'"), id=rs(r, LO + DI, 9))


@tpl("imagekit")
def py_imagekit(r, v, k):
    return "app/media.py", S('''
        from imagekitio import ImageKit

        imagekit = ImageKit(
            «lit»,
            public_key="public_«pub»",
            url_endpoint="https://ik.imagekit.io/«id»/",
        )
        ''', pub=mixed(r, B64, 27) + "=", lit="private_key=" + v.L("py") if r.random() < 0.5 else v.L("py"),
        id=rs(r, LO + DI, 9))


@tpl("imagekit")
def sh_imagekit_curl(r, v, k):
    return "scripts/purge-cache.sh", S('''
        #!/usr/bin/env bash
        set -euo pipefail
        # purge the CDN cache for a product image after re-upload
        url="$1"
        curl -sS -X POST https://api.imagekit.io/v1/files/purge \\
          -u «raw»: \\
          -H 'Content-Type: application/json' \\
          -d "{\\"url\\": \\"${url}\\"}"
        ''', raw=v.R("sh"))


@tpl("sstk_secret")
def py_shutterstock_basic(r, v, k):
    return "stock/shutterstock.py", S('''
        import os
        import requests

        API = "https://api.shutterstock.com/v2"
        AUTH = (os.environ["SHUTTERSTOCK_KEY"], «lit»)


        def search(query, per_page=20):
            r = requests.get(f"{API}/images/search", params={"query": query, "per_page": per_page},
                             auth=AUTH, timeout=20)
            r.raise_for_status()
            return r.json()["data"]
        ''', lit=v.L("py"))


@tpl("sstk_token")
def js_shutterstock_sdk(r, v, k):
    return "scripts/license-images.js", S('''
        const sstk = require('shutterstock-api');

        sstk.setAccessToken(«lit»);
        const images = new sstk.ImagesApi();

        images.searchImages({ query: '«q»', image_type: 'photo', per_page: 5 })
          .then(({ data }) => data.forEach((img) => console.log(img.id, img.description)))
          .catch(console.error);
        ''', lit=v.L("js", "'"), q=pick(r, TOPICS))


@tpl("sstk_token", "figma", "placid", "bannerbear", "printful")
def kt_okhttp_bearer(r, v, k):
    host = {"sstk_token": "api.shutterstock.com", "figma": "api.figma.com", "placid": "api.placid.app",
            "bannerbear": "api.bannerbear.com", "printful": "api.printful.com"}[k]
    hdr = "X-Figma-Token" if k == "figma" else "Authorization"
    pre = "" if k == "figma" else "Bearer "
    lit = v.L("kt")
    val = ('"%s" + %s' % (pre, lit)) if pre else lit
    return "app/src/main/java/com/%s/net/AuthInterceptor.kt" % shop(r).replace("-", ""), S('''
        package com.example.net

        import okhttp3.Interceptor
        import okhttp3.Response

        class AuthInterceptor : Interceptor {
            override fun intercept(chain: Interceptor.Chain): Response {
                val req = chain.request()
                if (req.url.host != "«host»") return chain.proceed(req)
                return chain.proceed(
                    req.newBuilder()
                        .header("«hdr»", «val»)
                        .build()
                )
            }
        }
        ''', host=host, hdr=hdr, val=val)


@tpl("getty")
def py_getty_token(r, v, k):
    return "integrations/getty.py", S('''
        import os

        import requests

        GETTY_API_KEY = os.environ["GETTY_API_KEY"]


        def access_token():
            resp = requests.post(
                "https://api.gettyimages.com/oauth2/token",
                data={
                    "grant_type": "client_credentials",
                    "client_id": GETTY_API_KEY,
                    "client_secret": «lit»,
                },
                timeout=15,
            )
            return resp.json()["access_token"]
        ''', lit=v.L("py"))


@tpl("unsplash_access")
def js_unsplash_headers(r, v, k):
    return pick(r, ["src/api/unsplash.js", "server/routes/photos.js"]), S('''
        const UNSPLASH = 'https://api.unsplash.com';

        async function searchPhotos(query, page = 1) {
          const res = await fetch(`${UNSPLASH}/search/photos?query=${encodeURIComponent(query)}&page=${page}`, {
            headers: {
              'Accept-Version': 'v1',
              Authorization: 'Client-ID ' + «lit»,
            },
          });
          return res.json();
        }

        module.exports = { searchPhotos };
        ''', lit=v.L("js", "'"))


@tpl("unsplash_access", "pixabay")
def swift_query_key(r, v, k):
    if k == "pixabay":
        base, param = "https://pixabay.com/api/", "key"
    else:
        base, param = "https://api.unsplash.com/photos/random", "client_id"
    return "Sources/Gallery/StockService.swift", S('''
        import Foundation

        struct StockService {
            private let base = URL(string: "«base»")!

            func random(query: String) async throws -> Data {
                var comps = URLComponents(url: base, resolvingAgainstBaseURL: false)!
                comps.queryItems = [
                    URLQueryItem(name: "«param»", value: «lit»),
                    URLQueryItem(name: "q", value: query),
                ]
                let (data, _) = try await URLSession.shared.data(from: comps.url!)
                return data
            }
        }
        ''', base=base, param=param, lit=v.L("swift"))


@tpl("unsplash_secret")
def rb_unsplash_configure(r, v, k):
    return "config/initializers/unsplash.rb", S('''
        Unsplash.configure do |config|
          config.application_access_key = ENV.fetch("UNSPLASH_ACCESS_KEY")
          config.application_secret = «lit»
          config.application_redirect_uri = "https://«shop».com/oauth/unsplash/callback"
          config.utm_source = "«shop»_moodboards"
        end
        ''', lit=v.L("rb"), shop=shop(r).replace("-", "_") if False else shop(r))


@tpl("pexels")
def py_pexels(r, v, k):
    return "tools/fetch_backgrounds.py", S('''
        """Download curated Pexels photos used as mockup backgrounds."""
        import pathlib
        import requests

        HEADERS = {"Authorization": «lit»}
        OUT = pathlib.Path("assets/backgrounds")


        def curated(n=15):
            r = requests.get("https://api.pexels.com/v1/curated", params={"per_page": n},
                             headers=HEADERS, timeout=20)
            for photo in r.json()["photos"]:
                yield photo["id"], photo["src"]["large2x"], photo["avg_color"]
        ''', lit=v.L("py"))


@tpl("pexels", "removebg", "photoroom")
def swift_urlrequest(r, v, k):
    url, h = {"pexels": ("https://api.pexels.com/v1/search?query=texture", "Authorization"),
              "removebg": ("https://api.remove.bg/v1.0/removebg", "X-Api-Key"),
              "photoroom": ("https://sdk.photoroom.com/v1/segment", "x-api-key")}[k]
    return "Sources/Editor/Networking/%sAPI.swift" % P[k]["provider"].replace(".", ""), S('''
        import Foundation

        enum «cls»API {
            static let endpoint = URL(string: "«url»")!

            static func request(body: Data? = nil) -> URLRequest {
                var req = URLRequest(url: endpoint)
                req.httpMethod = body == nil ? "GET" : "POST"
                req.setValue(«lit», forHTTPHeaderField: "«h»")
                req.httpBody = body
                return req
            }
        }
        ''', cls=P[k]["provider"].replace(".", ""), url=url, lit=v.L("swift"), h=h)


@tpl("pixabay")
def js_pixabay_url(r, v, k):
    raw = v.R("url")
    return "src/js/api-service.js", S('''
        const BASE_URL = 'https://pixabay.com/api/';

        export default class ApiService {
          constructor() {
            this.page = 1;
            this.query = '';
          }

          async fetchImages() {
            const url = `${BASE_URL}?key=«raw»&q=${this.query}&image_type=photo&orientation=horizontal&page=${this.page}&per_page=12`;
            const response = await fetch(url);
            this.page += 1;
            return response.json();
          }
        }
        ''', raw=raw)


@tpl("pixabay", "pexels", "removebg")
def go_client(r, v, k):
    return "internal/stock/%s.go" % slug(k), S('''
        package stock

        import (
        	"net/http"
        	"time"
        )

        var httpClient = &http.Client{Timeout: 20 * time.Second}

        // apiKey is sent with every request to «prov».
        var apiKey = «lit»

        func newRequest(url string) (*http.Request, error) {
        	req, err := http.NewRequest(http.MethodGet, url, nil)
        	if err != nil {
        		return nil, err
        	}
        	req.Header.Set("«h»", apiKey)
        	return req, nil
        }
        ''', prov=P[k]["provider"], lit=v.L("go"),
        h={"pixabay": "X-Pixabay-Key", "pexels": "Authorization", "removebg": "X-Api-Key"}[k])


@tpl("adobe")
def py_adobe_ims(r, v, k):
    return "firefly/auth.py", S('''
        import requests

        IMS = "https://ims-na1.adobelogin.com/ims/token/v3"
        CLIENT_ID = "«cid»"


        def get_token():
            r = requests.post(IMS, data={
                "grant_type": "client_credentials",
                "client_id": CLIENT_ID,
                "client_secret": «lit»,
                "scope": "openid,AdobeID,session,additional_info,read_organizations,firefly_api,ff_apis",
            }, timeout=20)
            r.raise_for_status()
            return r.json()["access_token"]
        ''', cid=hexs(r, 32), lit=v.L("py"))


@tpl("adobe")
def js_adobe_firefly(r, v, k):
    return "services/firefly/token.mjs", S('''
        const form = new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: '«cid»',
          client_secret: «lit»,
          scope: 'openid,AdobeID,firefly_api,ff_apis',
        });

        export async function imsToken() {
          const res = await fetch('https://ims-na1.adobelogin.com/ims/token/v3', { method: 'POST', body: form });
          if (!res.ok) throw new Error(`IMS ${res.status}`);
          return (await res.json()).access_token;
        }
        ''', cid=hexs(r, 32), lit=v.L("js", "'"))


@tpl("canva")
def ts_canva_basic(r, v, k):
    return "src/app/api/canva/callback/route.ts", S('''
        import { NextRequest, NextResponse } from 'next/server';

        const CLIENT_ID = 'OC-«cid»';
        const secret = «lit»;

        export async function GET(req: NextRequest) {
          const code = req.nextUrl.searchParams.get('code') ?? '';
          const verifier = req.cookies.get('canva_pkce')?.value ?? '';
          const basic = Buffer.from(`${CLIENT_ID}:${secret}`).toString('base64');
          const res = await fetch('https://api.canva.com/rest/v1/oauth/token', {
            method: 'POST',
            headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({ grant_type: 'authorization_code', code, code_verifier: verifier }),
          });
          return NextResponse.json(await res.json());
        }
        ''', cid=mixed(r, B64URL, 12), lit=v.L("ts", "'"))


@tpl("canva", "adobe", "getty")
def yaml_oauth_clients(r, v, k):
    return "config/oauth_providers.yml", S('''
        providers:
          - name: «prov»
            client_id: «cid»
            client_secret: «raw»
            redirect_uri: https://«shop».com/auth/«sl»/callback
            scopes: [«scopes»]
        ''', prov=P[k]["provider"], sl=slug(k), shop=shop(r), raw=v.R("yaml"),
        cid={"canva": "OC-" + mixed(r, B64URL, 12), "adobe": hexs(r, 32), "getty": "${GETTY_API_KEY}"}[k],
        scopes={"canva": "design:content:read, asset:write", "adobe": "openid, AdobeID, firefly_api",
                "getty": "read"}[k])


@tpl("figma")
def figma_plugin_code(r, v, k):
    return "plugin/src/code.ts", S('''
        // Figma plugin: sync colour styles with the storefront theme
        const FILE_KEY = '«fk»';
        const token = «lit»;

        figma.showUI(__html__, { width: 320, height: 420 });

        figma.ui.onmessage = async (msg: { type: string }) => {
          if (msg.type !== 'sync') return;
          const res = await fetch(`https://api.figma.com/v1/files/${FILE_KEY}/styles`, {
            headers: { 'X-Figma-Token': token },
          });
          const { meta } = await res.json();
          figma.ui.postMessage({ type: 'styles', count: meta.styles.length });
        };
        ''', fk=fid(r), lit=v.L("ts", "'"))


@tpl("figma")
def py_figma_export(r, v, k):
    return "design-tokens/export_tokens.py", S('''
        """Export Figma variables to tokens.json for the theme build."""
        import json
        import urllib.request

        FILE = "«fk»"
        req = urllib.request.Request(
            f"https://api.figma.com/v1/files/{FILE}/variables/local",
            headers={"X-Figma-Token": «lit»},
        )
        with urllib.request.urlopen(req) as resp:
            data = json.load(resp)
        json.dump(data["meta"]["variables"], open("tokens.json", "w"), indent=2)
        ''', fk=fid(r), lit=v.L("py"))


@tpl("figma", "bannerbear", "placid", "photoroom")
def gha_step_header(r, v, k):
    url, h = {"figma": ("https://api.figma.com/v1/files/%s/images?ids=1:2&format=png" % fid(r), "X-Figma-Token"),
              "bannerbear": ("https://api.bannerbear.com/v2/images", "Authorization: Bearer"),
              "placid": ("https://api.placid.app/api/rest/images", "Authorization: Bearer"),
              "photoroom": ("https://image-api.photoroom.com/v2/edit", "x-api-key")}[k]
    if ":" in h:
        hline = "%s %s" % (h, v.R("gha"))
    else:
        hline = "%s: %s" % (h, v.R("gha"))
    return ".github/workflows/og-images.yml", S('''
        name: Render social images
        on:
          push:
            branches: [main]
            paths: ["content/products/**"]

        jobs:
          render:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - name: Render preview
                run: |
                  curl -sf "«url»" \\
                    -H "«hline»" \\
                    -o preview.json
              - uses: actions/upload-artifact@v4
                with:
                  name: preview
                  path: preview.json
        ''', url=url, hline=hline)


@tpl("removebg")
def py_removebg(r, v, k):
    return "pipeline/cutout.py", S('''
        import requests


        def remove_background(src_path, dst_path):
            with open(src_path, "rb") as fh:
                resp = requests.post(
                    "https://api.remove.bg/v1.0/removebg",
                    files={"image_file": fh},
                    data={"size": "auto", "type": "product"},
                    headers={"X-Api-Key": «lit»},
                    timeout=60,
                )
            resp.raise_for_status()
            with open(dst_path, "wb") as out:
                out.write(resp.content)
        ''', lit=v.L("py"))


@tpl("removebg", "photoroom", "pexels")
def php_curl_header(r, v, k):
    url, h = {"removebg": ("https://api.remove.bg/v1.0/removebg", "X-Api-Key"),
              "photoroom": ("https://sdk.photoroom.com/v1/segment", "x-api-key"),
              "pexels": ("https://api.pexels.com/v1/search?query=paper", "Authorization")}[k]
    return "app/Http/Controllers/ImageToolsController.php", S('''
        <?php

        namespace App\\Http\\Controllers;

        use Illuminate\\Http\\Request;

        class ImageToolsController extends Controller
        {
            public function process(Request $request)
            {
                $ch = curl_init('«url»');
                curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
                curl_setopt($ch, CURLOPT_HTTPHEADER, ['«h»: ' . «lit»]);
                $body = curl_exec($ch);
                curl_close($ch);
                return response($body)->header('Content-Type', 'image/png');
            }
        }
        ''', url=url, h=h, lit=v.L("php", "'"))


@tpl("photoroom")
def js_photoroom(r, v, k):
    return "src/lib/photoroom.ts", S('''
        export async function whiteBackground(file: Blob): Promise<Blob> {
          const form = new FormData();
          form.append('imageFile', file);
          form.append('background.color', 'FFFFFF');
          form.append('padding', '0.1');
          const res = await fetch('https://image-api.photoroom.com/v2/edit', {
            method: 'POST',
            headers: { 'x-api-key': «lit» },
            body: form,
          });
          if (!res.ok) throw new Error(`photoroom ${res.status}`);
          return res.blob();
        }
        ''', lit=v.L("ts", "'"))


@tpl("bannerbear")
def rb_bannerbear(r, v, k):
    return "lib/tasks/og_images.rake", S('''
        namespace :og do
          desc "Generate Open Graph images for new products"
          task generate: :environment do
            bb = Bannerbear::Client.new(«lit»)
            Product.where(og_image_url: nil).find_each do |p|
              bb.create_image("«tid»", modifications: [{ name: "title", text: p.title }], synchronous: true)
            end
          end
        end
        ''', lit=v.L("rb"), tid=rs(r, ALNUM, 16))


@tpl("placid")
def php_placid(r, v, k):
    return "app/Services/PlacidService.php", S('''
        <?php

        namespace App\\Services;

        use Illuminate\\Support\\Facades\\Http;

        class PlacidService
        {
            public function render(string $template, array $layers): array
            {
                return Http::withToken(«lit»)
                    ->post('https://api.placid.app/api/rest/images', [
                        'template_uuid' => $template,
                        'layers' => $layers,
                    ])->json();
            }
        }
        ''', lit=v.L("php", "'"))


@tpl("placid", "bannerbear")
def py_bearer_session(r, v, k):
    base = {"placid": "https://api.placid.app/api/rest", "bannerbear": "https://api.bannerbear.com/v2"}[k]
    return "marketing/render_banners.py", S('''
        import requests

        BASE = "«base»"
        s = requests.Session()
        s.headers["Authorization"] = "Bearer " + «lit»


        def render(template_id, title, image_url):
            payload = {"template": template_id, "modifications": [
                {"name": "title", "text": title}, {"name": "photo", "image_url": image_url}]}
            return s.post(f"{BASE}/images", json=payload, timeout=30).json()
        ''', base=base, lit=v.L("py"))


@tpl("uploadcare")
def django_uploadcare(r, v, k):
    return "project/settings/base.py", S('''
        INSTALLED_APPS += ["pyuploadcare.dj"]

        UPLOADCARE = {
            "pub_key": "«pub»",
            "secret": «lit»,
            "use_legacy_widget": False,
        }

        CDN_BASE = "https://ucarecdn.com/"
        ''', pub=hexs(r, 20), lit=v.L("py"))


@tpl("uploadcare")
def sh_uploadcare_simple(r, v, k):
    pub = hexs(r, 20)
    return "scripts/store-files.sh", S('''
        #!/bin/sh
        # mark uploaded proof files as stored so they are not deleted after 24h
        for uuid in "$@"; do
          curl -s -X PUT "https://api.uploadcare.com/files/${uuid}/storage/" \\
            -H "Accept: application/vnd.uploadcare-v0.7+json" \\
            -H "Authorization: Uploadcare.Simple «pub»:«raw»"
        done
        ''', pub=pub, raw=v.R("sh"))


@tpl("uploadcare", "filestack")
def js_ctor_two_keys(r, v, k):
    if k == "uploadcare":
        return "server/uploadcare.js", S('''
            const { UploadcareSimpleAuthSchema } = require('@uploadcare/rest-client');

            const authSchema = new UploadcareSimpleAuthSchema({
              publicKey: '«pub»',
              secretKey: «lit»,
            });

            module.exports = { authSchema };
            ''', pub=hexs(r, 20), lit=v.L("js", "'"))
    return "server/filestack-policy.js", S('''
        import * as filestack from 'filestack-js';

        const APP_SECRET = «lit»;

        export function policyFor(handle) {
          const expiry = Math.floor(Date.now() / 1000) + 300;
          return filestack.getSecurity({ expiry, call: ['read', 'convert'], handle }, APP_SECRET);
        }
        ''', lit=v.L("js", "'"))


@tpl("filestack")
def py_filestack(r, v, k):
    return "uploads/filestack_utils.py", S('''
        from filestack import Client, Security

        API_KEY = "A«apikey»"
        policy = {"expiry": 1893456000, "call": ["pick", "read", "store"]}
        security = Security(policy, «lit»)
        client = Client(API_KEY, security=security)
        ''', apikey=mixed(r, ALNUM, 21), lit=v.L("py"))


@tpl("filestack", "imgix")
def rb_security(r, v, k):
    if k == "filestack":
        return "app/models/concerns/filestack_signing.rb", S('''
            module FilestackSigning
              extend ActiveSupport::Concern

              def signed_url(handle)
                security = FilestackSecurity.new(«lit», options: { call: %w[read], handle: handle })
                "https://cdn.filestackcontent.com/security=p:#{security.policy},s:#{security.signature}/#{handle}"
              end
            end
            ''', lit=v.L("rb"))
    return "lib/imgix_signer.rb", S('''
        require "digest/md5"

        # signs proxied imgix URLs for the mockup preview service
        class ImgixSigner
          TOKEN = «lit»

          def self.sign(path, query)
            sig = Digest::MD5.hexdigest(TOKEN + path + "?" + query)
            "#{path}?#{query}&s=#{sig}"
          end
        end
        ''', lit=v.L("rb"))


# ---- logs, exports, themes, docs, mobile ----------------------------------
LOG_HDR = {"printful": ("Authorization", "Bearer ", "api.printful.com", "/orders"),
           "printify": ("Authorization", "Bearer ", "api.printify.com", "/v1/shops.json"),
           "gelato": ("X-API-KEY", "", "order.gelatoapis.com", "/v4/orders"),
           "prodigi": ("X-API-Key", "", "api.prodigi.com", "/v4.0/Orders"),
           "pexels": ("Authorization", "", "api.pexels.com", "/v1/search?query=linen"),
           "removebg": ("X-Api-Key", "", "api.remove.bg", "/v1.0/removebg"),
           "photoroom": ("x-api-key", "", "image-api.photoroom.com", "/v2/edit"),
           "bannerbear": ("Authorization", "Bearer ", "api.bannerbear.com", "/v2/images"),
           "placid": ("Authorization", "Bearer ", "api.placid.app", "/api/rest/images"),
           "figma": ("X-Figma-Token", "", "api.figma.com", "/v1/me"),
           "unsplash_access": ("Authorization", "Client-ID ", "api.unsplash.com", "/photos/random"),
           "sstk_token": ("Authorization", "Bearer ", "api.shutterstock.com", "/v2/images/search")}


@tpl(*sorted(LOG_HDR))
def log_request_dump(r, v, k):
    h, pre, host, path = LOG_HDR[k]
    rid = uuid4(r)
    ts = "2024-%02d-%02dT%02d:%02d:%02d" % (r.randrange(1, 13), r.randrange(1, 28), r.randrange(24), r.randrange(60), r.randrange(60))
    return pick(r, ["logs/worker.log", "var/log/fulfillment-debug.log", "tmp/debug-%s.log" % slug(k)]), S('''
        «ts».112Z INFO  worker started pid=«pid» queue=fulfillment
        «ts».305Z DEBUG http request id=«rid» method=POST host=«host» path=«path»
        «ts».305Z DEBUG   header Content-Type: application/json
        «ts».305Z DEBUG   header «h»: «pre»«raw»
        «ts».306Z DEBUG   header User-Agent: fulfillment-worker/3.2.0
        «ts».871Z INFO  http response id=«rid» status=200 duration_ms=565
        «ts».902Z INFO  job done order=#«order» items=2
        ''', ts=ts, pid=r.randrange(1000, 60000), rid=rid, host=host, path=path, h=h, pre=pre,
        raw=v.R("log"), order=r.randrange(1000, 99999))


@tpl("printful", "printify", "gelato", "prodigi", "pexels", "pixabay", "removebg", "photoroom", "placid",
     "bannerbear", "figma")
def csv_store_export(r, v, k):
    rows = []
    target = r.randrange(1, 4)
    for i in range(4):
        sname = SHOPS[(i * 3 + r.randrange(3)) % len(SHOPS)]
        if i == target:
            rows.append("%d,%s,%s,%s,active,2024-0%d-1%d" % (200 + i, sname, slug(k), v.R("csv"), i + 2, i))
        else:
            rows.append("%d,%s,%s,,disconnected,2023-1%d-0%d" % (200 + i, sname, slug(k), i % 3, i + 1))
    return pick(r, ["exports/store_connections.csv", "data/integrations_backup.csv"]), \
        "id,store,provider,api_key,status,connected_at\n" + "\n".join(rows) + "\n"


@tpl("pixabay", "unsplash_access", "pexels")
def liquid_section(r, v, k):
    if k == "pixabay":
        url = "https://pixabay.com/api/?key=%s&q={{ section.settings.query | url_encode }}&per_page=6" % v.R("liquid")
        hdr = ""
    elif k == "unsplash_access":
        url = "https://api.unsplash.com/search/photos?client_id=%s&query={{ section.settings.query | url_encode }}" % v.R("liquid")
        hdr = ""
    else:
        url = "https://api.pexels.com/v1/search?query={{ section.settings.query | url_encode }}&per_page=6"
        hdr = "{ headers: { Authorization: '%s' } }" % v.R("liquid")
    return "sections/inspiration-gallery.liquid", S('''
        <div class="inspiration-gallery" data-section-id="{{ section.id }}">
          <h2>{{ section.settings.heading | escape }}</h2>
          <div class="inspiration-gallery__grid" id="grid-{{ section.id }}"></div>
        </div>

        <script>
          fetch("«url»"«comma»«hdr»)
            .then((r) => r.json())
            .then((d) => window.renderInspiration("grid-{{ section.id }}", d));
        </script>

        {% schema %}
        {
          "name": "Inspiration gallery",
          "settings": [
            { "type": "text", "id": "heading", "label": "Heading", "default": "Get inspired" },
            { "type": "text", "id": "query", "label": "Search", "default": "«topic»" }
          ]
        }
        {% endschema %}
        ''', url=url, comma=", " if hdr else "", hdr=hdr, topic=pick(r, TOPICS))


@tpl("pexels", "pixabay", "unsplash_access", "removebg", "figma", "photoroom")
def swift_config_enum(r, v, k):
    return pick(r, ["App/Config/Secrets.swift", "Sources/App/AppConfig.swift"]), S('''
        import Foundation

        enum AppConfig {
            static let apiBase = URL(string: "https://api.«host»")!
            static let thumbnailSize = CGSize(width: 360, height: 360)
            static let «name»: String = «lit»
            static let accentHex = "«col»"
        }
        ''', host={"pexels": "pexels.com", "pixabay": "pixabay.com", "unsplash_access": "unsplash.com",
                   "removebg": "remove.bg", "figma": "figma.com", "photoroom": "photoroom.com"}[k],
        name=pick(r, ["apiKey", "serviceKey", "key", "stockKey"]), lit=v.L("swift"), col=pick(r, COLORS))


@tpl("pexels", "pixabay", "removebg", "printful", "placid", "getty")
def kt_object_const(r, v, k):
    return "app/src/main/java/com/%s/data/Keys.kt" % shop(r).replace("-", ""), S('''
        package com.example.data

        object Keys {
            const val BASE_URL = "https://api.«sl».com/"
            const val PAGE_SIZE = 30
            val «name»: String = «lit»
        }
        ''', sl=slug(k), name=pick(r, ["API_KEY", "token", "credential", "serviceKey"]), lit=v.L("kt"))


@tpl("gelato", "prodigi", "printful", "lulu", "sstk_secret", "getty", "unsplash_secret", "adobe", "canva",
     "uploadcare", "filestack", "imgix", "cld_secret", "imagekit")
def md_troubleshoot(r, v, k):
    return pick(r, ["docs/troubleshooting.md", "NOTES.md", "docs/runbook.md"]), S('''
        ## «prov» returns 401 after deploy

        Checked on staging on 2024-06-12. The worker was still reading the old value,
        so we pinned it in the deploy config until the secret store is wired up:

        ```
        «env»=«raw»
        ```

        After the restart the sync job ran fine (order #«order» went through).
        TODO: move this back into the secret store.
        ''', prov=P[k]["provider"], env=P[k]["env"], raw=v.R("md"), order=r.randrange(1000, 99999))


@tpl("sstk_token", "printify", "figma", "cld_url")
def json_local_settings(r, v, k):
    return pick(r, ["config/local.json", "appsettings.Development.json"]), S('''
        {
          "Logging": { "LogLevel": { "Default": "Information" } },
          "Storefront": {
            "ShopDomain": "«shop».myshopify.com",
            "Currency": "EUR"
          },
          "«prov»": {
            "BaseUrl": "https://api.«sl».com",
            "«field»": "«raw»"
          }
        }
        ''', shop=shop(r), prov=P[k]["provider"], sl=slug(k), raw=v.R("json"),
        field={"sstk_token": "AccessToken", "printify": "Token", "figma": "PersonalToken", "cld_url": "Url"}[k])


@tpl("getty", "sstk_secret", "lulu", "unsplash_secret")
def go_flag_default(r, v, k):
    return "cmd/stock-sync/main.go", S('''
        package main

        import (
        	"flag"
        	"log"
        	"os"
        )

        func main() {
        	clientID := flag.String("client-id", os.Getenv("«cidenv»"), "«prov» client id")
        	clientSecret := flag.String("client-secret", «lit», "«prov» client secret")
        	dry := flag.Bool("dry-run", false, "do not write")
        	flag.Parse()
        	if err := run(*clientID, *clientSecret, *dry); err != nil {
        		log.Fatal(err)
        	}
        }
        ''', cidenv={"getty": "GETTY_API_KEY", "sstk_secret": "SHUTTERSTOCK_KEY", "lulu": "LULU_CLIENT_KEY",
                     "unsplash_secret": "UNSPLASH_ACCESS_KEY"}[k], prov=P[k]["provider"], lit=v.L("go"))


# ============================================== look-alike negatives ======
NEGL = []    # (name, provider, kind, fn)  fn(r) -> (relpath, text)


def neg(provider, kind):
    def deco(fn):
        NEGL.append((fn.__name__, provider, kind, fn))
        return fn
    return deco


B83 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~"


def blurhash(r):
    return rs(r, B83, r.choice([28, 30, 34, 36]))


def sha256(r):
    return hexs(r, 64)


def ts_iso(r):
    return "2024-%02d-%02dT%02d:%02d:%02dZ" % (r.randrange(1, 13), r.randrange(1, 28), r.randrange(24),
                                              r.randrange(60), r.randrange(60))


@neg("Cloudinary", "upload_response")
def cld_upload_response(r):
    c = cloud(r)
    pid = cld_public_id(r)
    ver = r.randrange(1600000000, 1730000000)
    return "test/fixtures/cloudinary-upload.json", json.dumps({
        "asset_id": hexs(r, 32), "public_id": pid, "version": ver, "version_id": hexs(r, 32),
        "signature": hexs(r, 40), "width": 2400, "height": 3000, "format": "jpg",
        "resource_type": "image", "created_at": ts_iso(r), "bytes": r.randrange(200000, 4000000),
        "type": "upload", "etag": hexs(r, 32), "placeholder": False,
        "url": "http://res.cloudinary.com/%s/image/upload/v%d/%s.jpg" % (c, ver, pid),
        "secure_url": "https://res.cloudinary.com/%s/image/upload/v%d/%s.jpg" % (c, ver, pid),
        "folder": pid.split("/")[0], "original_filename": "IMG_%04d" % r.randrange(10000),
        "api_key": cld_key(r)}, indent=2) + "\n"


@neg("Cloudinary", "signed_delivery_url")
def cld_signed_urls(r):
    c = cloud(r)
    lines = []
    for i in range(5):
        sig = mixed(r, B64URL, 8)
        lines.append('  <img src="https://res.cloudinary.com/%s/image/authenticated/s--%s--/c_fill,w_%d/v%d/%s.jpg" alt="%s">'
                     % (c, sig, pick(r, [400, 600, 800]), r.randrange(1600000000, 1730000000),
                        cld_public_id(r), pick(r, PRODUCTS)))
    return "templates/partials/gallery.html", "<div class=\"gallery\">\n" + "\n".join(lines) + "\n</div>\n"


@neg("Cloudinary", "public_config")
def cld_widget_public(r):
    return "src/components/UploadButton.tsx", S('''
        import { CldUploadWidget } from 'next-cloudinary';

        // cloud name and API key are public; the signature comes from /api/sign-cloudinary
        export function UploadButton({ onDone }: { onDone: (id: string) => void }) {
          return (
            <CldUploadWidget
              config={{ cloud: { cloudName: '«cloud»', apiKey: '«key»' } }}
              signatureEndpoint="/api/sign-cloudinary"
              options={{ folder: 'customer-uploads', maxFileSize: 20000000 }}
              onSuccess={(res: any) => onDone(res.info.public_id)}
            >
              {({ open }) => <button onClick={() => open()}>Upload artwork</button>}
            </CldUploadWidget>
          );
        }
        ''', cloud=cloud(r), key=cld_key(r))


@neg("imgix", "signed_url")
def imgix_srcset(r):
    dom = shop(r)
    path = "/products/%s.jpg" % rs(r, LO + DI, 12)
    parts = ["https://%s.imgix.net%s?w=%d&auto=format&s=%s %dw" % (dom, path, w, hexs(r, 32), w)
             for w in (320, 640, 960, 1280)]
    return "components/ProductImage.jsx", S('''
        export default function ProductImage({ alt }) {
          return (
            <img
              alt={alt}
              sizes="(min-width: 768px) 50vw, 100vw"
              srcSet="«srcset»"
              src="«src»"
            />
          );
        }
        ''', srcset=", ".join(parts), src=parts[1].rsplit(" ", 1)[0])


@neg("ImageKit", "public_key")
def imagekit_public(r):
    return "src/imagekit-config.js", S('''
        // Client-side ImageKit configuration. The public key is not a secret;
        // uploads are authorised by /api/imagekit-auth (token, expire, signature).
        export const imagekitConfig = {
          publicKey: 'public_«pub»',
          urlEndpoint: 'https://ik.imagekit.io/«id»',
          authenticationEndpoint: '/api/imagekit-auth',
        };
        ''', pub=mixed(r, B64, 27) + "=", id=rs(r, LO + DI, 9))


@neg("ImageKit", "auth_params_fixture")
def imagekit_auth_fixture(r):
    return "tests/fixtures/imagekit_auth.json", json.dumps({
        "token": uuid4(r), "expire": r.randrange(1700000000, 1800000000), "signature": hexs(r, 40)}, indent=2) + "\n"


@neg("Uploadcare", "public_key")
def uploadcare_public(r):
    uuids = [uuid4(r) for _ in range(3)]
    return "src/components/ProofUploader.vue", S('''
        <template>
          <uc-config ctx-name="proofs" pubkey="«pub»" multiple="false" img-only="true"></uc-config>
          <uc-file-uploader-regular ctx-name="proofs"></uc-file-uploader-regular>
          <ul>
            <li v-for="id in samples" :key="id"><img :src="`https://ucarecdn.com/${id}/-/preview/300x300/`" /></li>
          </ul>
        </template>

        <script setup>
        const samples = ['«u0»', '«u1»', '«u2»'];
        </script>
        ''', pub=hexs(r, 20), u0=uuids[0], u1=uuids[1], u2=uuids[2])


@neg("Filestack", "api_key_public")
def filestack_picker(r):
    return "static/js/picker.js", S('''
        // Filestack API keys identify the app and are meant to be public; uploads
        // are signed server-side with a policy (see /api/filestack/policy).
        const client = filestack.init('A«key»', { security: window.__FS_SECURITY__ });

        client.picker({
          accept: ['image/*', '.pdf'],
          maxFiles: 5,
          fromSources: ['local_file_system', 'url', 'googledrive'],
          onUploadDone: (res) => res.filesUploaded.forEach((f) => addProof(f.handle, f.url)),
        }).open();
        // sample handle for docs: «handle»
        ''', key=mixed(r, ALNUM, 21), handle=mixed(r, ALNUM, 20))


@neg("Unsplash", "api_response")
def unsplash_response(r):
    pid = mixed(r, B64URL, 11)
    ixid = base64.urlsafe_b64encode(("M3w%dfDB8MXxzZWFyY2h8" % r.randrange(100000, 999999)).encode()).decode().rstrip("=")
    return "test/fixtures/unsplash-photo.json", json.dumps({
        "id": pid, "slug": "%s-%s" % (pick(r, TOPICS).replace(" ", "-"), pid), "created_at": ts_iso(r),
        "width": 4000, "height": 6000, "color": pick(r, COLORS).lower(), "blur_hash": blurhash(r),
        "urls": {"raw": "https://images.unsplash.com/photo-%d-%s?ixid=%s&ixlib=rb-4.0.3" % (
            r.randrange(1500000000000, 1720000000000), hexs(r, 12), ixid),
            "small": "https://images.unsplash.com/photo-%d-%s?w=400&fm=jpg" % (r.randrange(1500000000000, 1720000000000), hexs(r, 12))},
        "links": {"download_location": "https://api.unsplash.com/photos/%s/download?ixid=%s" % (pid, ixid)},
        "user": {"id": mixed(r, B64URL, 11), "username": pick(PEOPLE, []) if False else "studio_%s" % rs(r, LO, 6)}},
        indent=2) + "\n"


@neg("Pexels", "api_response")
def pexels_response(r):
    pid = r.randrange(1000000, 30000000)
    return "tests/data/pexels_search.json", json.dumps({
        "page": 1, "per_page": 1, "total_results": r.randrange(100, 9000),
        "photos": [{"id": pid, "width": 5472, "height": 3648, "url": "https://www.pexels.com/photo/%d/" % pid,
                    "photographer": pick(r, PEOPLE), "photographer_id": r.randrange(100000, 9000000),
                    "avg_color": pick(r, COLORS),
                    "src": {"original": "https://images.pexels.com/photos/%d/pexels-photo-%d.jpeg" % (pid, pid),
                            "large2x": "https://images.pexels.com/photos/%d/pexels-photo-%d.jpeg?auto=compress&cs=tinysrgb&dpr=2&h=650&w=940" % (pid, pid)},
                    "alt": "%s on a table" % pick(r, PRODUCTS)}],
        "next_page": "https://api.pexels.com/v1/search/?page=2&per_page=1&query=%s" % pick(r, TOPICS).replace(" ", "+")},
        indent=2) + "\n"


@neg("Pixabay", "api_response")
def pixabay_response(r):
    iid = r.randrange(1000000, 9000000)
    h = hexs(r, 56)
    return "docs/pixabay-sample.md", S('''
        # Pixabay hit (trimmed)

        ```json
        {
          "id": «iid»,
          "pageURL": "https://pixabay.com/photos/«slug»-«iid»/",
          "type": "photo",
          "tags": "«tags»",
          "previewURL": "https://cdn.pixabay.com/photo/2023/0«m»/1«d»/10/24/«slug»-«iid»_150.jpg",
          "webformatURL": "https://pixabay.com/get/«h»_640.jpg",
          "imageWidth": 6000,
          "imageHeight": 4000,
          "user_id": «uid»
        }
        ```

        The `webformatURL` hash is a temporary, per-request link; do not store it.
        ''', iid=iid, slug=pick(r, TOPICS).replace(" ", "-"), tags=", ".join(r.sample(TOPICS, 3)),
        m=r.randrange(1, 10), d=r.randrange(0, 10), h=h, uid=r.randrange(100000, 9000000))


@neg("Unsplash", "blurhash")
def blurhash_constants(r):
    rows = "\n".join("  { id: '%s', color: '%s', blurhash: '%s' }," % (mixed(r, B64URL, 11), pick(r, COLORS), blurhash(r))
                     for _ in range(6))
    return "src/data/heroPlaceholders.ts", "// placeholders rendered while hero photos load\nexport const HERO_PLACEHOLDERS = [\n" + rows + "\n];\n"


@neg("Cloudinary", "asset_table")
def sql_assets(r):
    rows = []
    for i in range(5):
        rows.append("  (%d, '%s', '%s', '%s', '%s', %d)" % (
            i + 1, cld_public_id(r), hexs(r, 32), sha256(r), blurhash(r), r.randrange(100000, 5000000)))
    return "db/migrations/20240611_backfill_assets.sql", (
        "-- backfill media assets imported from the old CDN\n"
        "INSERT INTO media_assets (id, public_id, asset_id, sha256, blurhash, bytes) VALUES\n"
        + ",\n".join(rows) + ";\n")


@neg("Generic", "exif_dump")
def exif_dump(r):
    return "docs/samples/exif-IMG_%04d.txt" % r.randrange(10000), S('''
        ExifTool Version Number         : 12.76
        File Name                       : IMG_«n».CR3
        Make                            : Canon
        Camera Model Name               : Canon EOS R6
        Serial Number                   : «serial»
        Lens Model                      : RF24-105mm F4 L IS USM
        Lens Serial Number              : «lserial»
        Image Unique ID                 : «uid»
        Date/Time Original              : 2024:0«m»:1«d» 14:22:05
        Exposure Time                   : 1/200
        F Number                        : 5.6
        ISO                             : 400
        Document ID                     : xmp.did:«did»
        Instance ID                     : xmp.iid:«iid»
        Original Document ID            : «odid»
        Color Space                     : sRGB
        GPS Position                    : 52 deg 31' 12.00" N, 13 deg 24' 18.00" E
        ''', n=r.randrange(10000), serial=r.randrange(10 ** 11, 10 ** 12), lserial=hexs(r, 10).upper(),
        uid=hexs(r, 32), m=r.randrange(1, 10), d=r.randrange(10), did=uuid4(r), iid=uuid4(r),
        odid=hexs(r, 32).upper())


@neg("Generic", "xmp_sidecar")
def xmp_sidecar(r):
    return "assets/raw/IMG_%04d.xmp" % r.randrange(10000), S('''
        <x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="Adobe XMP Core 7.0-c000">
         <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
          <rdf:Description rdf:about=""
            xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
            xmlns:crs="http://ns.adobe.com/camera-raw-settings/1.0/"
           xmpMM:DocumentID="xmp.did:«a»"
           xmpMM:OriginalDocumentID="«b»"
           xmpMM:InstanceID="xmp.iid:«c»"
           crs:RawFileName="IMG_«n».CR3"
           crs:Exposure2012="+0.35"
           crs:WhiteBalance="As Shot"
           crs:LensProfileDigest="«dig»"/>
         </rdf:RDF>
        </x:xmpmeta>
        ''', a=uuid4(r), b=hexs(r, 32).upper(), c=uuid4(r), n=r.randrange(10000), dig=hexs(r, 32).upper())


@neg("Docker", "image_digest")
def dockerfile_digest(r):
    return pick(r, ["Dockerfile", "services/thumbnailer/Dockerfile"]), S('''
        # pinned by digest for reproducible thumbnails
        FROM node:20.11.1-bookworm-slim@sha256:«d1» AS build
        WORKDIR /src
        COPY package.json package-lock.json ./
        RUN npm ci
        COPY . .
        RUN npm run build

        FROM gcr.io/distroless/nodejs20-debian12@sha256:«d2»
        COPY --from=build /src/dist /app
        ENV SHARP_CONCURRENCY=2
        CMD ["/app/server.js"]
        ''', d1=sha256(r), d2=sha256(r))


@neg("Kubernetes", "image_digest")
def k8s_deploy_digest(r):
    return "deploy/k8s/thumbnailer.yaml", S('''
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: thumbnailer
          annotations:
            checksum/config: «c»
        spec:
          replicas: 3
          selector:
            matchLabels: { app: thumbnailer }
          template:
            metadata:
              labels: { app: thumbnailer }
            spec:
              containers:
                - name: thumbnailer
                  image: ghcr.io/«shop»/thumbnailer@sha256:«d»
                  env:
                    - name: CLOUDINARY_URL
                      valueFrom:
                        secretKeyRef: { name: cloudinary, key: url }
                    - name: MAX_WIDTH
                      value: "2400"
        ''', c=sha256(r), shop=shop(r), d=sha256(r))


@neg("Figma", "design_tokens")
def figma_tokens(r):
    toks = {}
    for name in ["primary", "secondary", "accent", "surface", "ink", "muted"]:
        toks[name] = {"$type": "color", "$value": pick(r, COLORS),
                      "$extensions": {"com.figma": {"variableId": "VariableID:%d:%d" % (r.randrange(1, 9999), r.randrange(1, 999)),
                                                    "fileKey": None}}}
    fk = fid(r)
    for t in toks.values():
        t["$extensions"]["com.figma"]["fileKey"] = fk
    return "design-tokens/tokens.json", json.dumps({"color": toks}, indent=2) + "\n"


@neg("Figma", "plugin_manifest")
def figma_manifest(r):
    return "plugin/manifest.json", json.dumps({
        "name": "%s Mockup Sync" % shop(r).split("-")[0].title(), "id": str(r.randrange(10 ** 18, 10 ** 19)),
        "api": "1.0.0", "main": "dist/code.js", "ui": "dist/ui.html", "editorType": ["figma"],
        "documentAccess": "dynamic-page",
        "networkAccess": {"allowedDomains": ["https://api.%s.com" % shop(r), "https://res.cloudinary.com"],
                          "reasoning": "Uploads exported frames to the storefront media library"},
        "permissions": ["currentuser"]}, indent=2) + "\n"


@neg("Figma", "file_links")
def figma_links_md(r):
    lines = []
    for name in ["Product cards", "Poster templates", "Mug wrap 11oz", "Email header"]:
        lines.append("| %s | https://www.figma.com/design/%s/%s?node-id=%d-%d | %s |" % (
            name, fid(r), name.replace(" ", "-"), r.randrange(1, 900), r.randrange(1, 9000), pick(r, PEOPLE)))
    return "docs/design-files.md", "# Design sources\n\n| Asset | Figma | Owner |\n|---|---|---|\n" + "\n".join(lines) + \
        "\n\nAsk #design for edit access; links are view-only.\n"


@neg("Printful", "order_export")
def csv_orders(r):
    rows = ["order_id,external_id,created,sku,variant_id,qty,unit_price,currency,tracking_number,carrier"]
    for i in range(8):
        rows.append("%d,%s,%s,%d_%d,%d,%d,%.2f,USD,%s,%s" % (
            r.randrange(90000000, 99999999), uuid4(r), ts_iso(r)[:10], r.randrange(1000000, 9999999),
            r.randrange(1000, 9999), r.randrange(4000, 20000), r.randrange(1, 4), r.randrange(800, 4500) / 100.0,
            "9400" + rs(r, DI, 18), pick(r, ["USPS", "DHL", "UPS"])))
    return pick(r, ["exports/orders-2024-06.csv", "reports/fulfilled_orders.csv"]), "\n".join(rows) + "\n"


@neg("Printful", "catalog_variants")
def yaml_variants(r):
    out = ["# synced from catalog API; ids are public catalog identifiers", "product: %s" % pick(r, PRODUCTS),
           "catalog_product_id: %d" % r.randrange(10, 900), "variants:"]
    for size in ["S", "M", "L", "XL"]:
        out += ["  - variant_id: %d" % r.randrange(4000, 20000), "    size: %s" % size,
                "    color: %s" % pick(r, ["Black", "White", "Navy", "Heather Grey"]),
                "    color_code: \"%s\"" % pick(r, COLORS), "    sku: %s-%s-%s" % (rs(r, UP, 3), size, rs(r, DI + UP, 6))]
    return "catalog/variants.yml", "\n".join(out) + "\n"


@neg("Gelato", "product_uids")
def gelato_products(r):
    return "src/catalog/gelato-products.ts", S('''
        // Gelato product UIDs are public catalogue identifiers.
        export const PRODUCTS = {
          poster_a3: 'flat_product_pf_a3_pt_200-gsm-poster-paper_cl_4-0_ver',
          card_a6: 'cards_pf_a6_pt_350-gsm-coated-silk_cl_4-4_ver',
          mug_11oz: 'mug_product_msz_11-oz_mmat_ceramic-white_cl_4-0',
        };

        export const DEMO_ORDER_ID = '«u»';
        export const DEMO_ITEM_REFERENCE = 'item-«n»';
        ''', u=uuid4(r), n=r.randrange(1000, 9999))


@neg("Prodigi", "skus")
def prodigi_skus(r):
    return "config/prodigi_skus.toml", S('''
        # Prodigi SKU mapping (public catalogue codes)
        [poster]
        sku = "GLOBAL-FAP-16X24"
        sizing = "fillPrintArea"

        [canvas]
        sku = "GLOBAL-CAN-10X10"
        wrap = "MirrorWrap"

        [sample_order]
        id = "ord_«o»"
        merchant_reference = "«shop»-«n»"
        idempotency_key = "«u»"
        ''', o=r.randrange(100000, 999999), shop=shop(r), n=r.randrange(1000, 9999), u=uuid4(r))


@neg("Lulu", "print_job")
def lulu_job(r):
    return "tests/fixtures/lulu_print_job.json", json.dumps({
        "id": r.randrange(100000, 999999), "external_id": uuid4(r), "status": {"name": "CREATED"},
        "line_items": [{"id": r.randrange(100000, 999999), "pod_package_id": "0600X0900BWSTDPB060UW444MXX",
                        "quantity": 1, "title": "Field Notes %d" % r.randrange(2019, 2025),
                        "printable_normalization": {"cover": {"job_id": r.randrange(1000000, 9999999),
                                                              "source_md5_sum": hexs(r, 32)}}}],
        "shipping_level": "MAIL"}, indent=2) + "\n"


@neg("npm", "lockfile_integrity")
def package_lock(r):
    pk = {}
    for name, ver in [("sharp", "0.33.4"), ("cloudinary", "2.2.0"), ("imagekit", "5.0.1"), ("blurhash", "2.0.5"),
                      ("@uploadcare/upload-client", "6.14.1")]:
        pk["node_modules/" + name] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (
            name, name.split("/")[-1], ver), "integrity": "sha512-" + base64.b64encode(rbytes(r, 64)).decode()}
    return "package-lock.json", json.dumps({"name": shop(r), "lockfileVersion": 3, "requires": True,
                                            "packages": pk}, indent=2) + "\n"


@neg("Go", "go_sum")
def go_sum(r):
    mods = [("github.com/cloudinary/cloudinary-go/v2", "v2.7.0"), ("github.com/disintegration/imaging", "v1.6.2"),
            ("golang.org/x/image", "v0.18.0"), ("github.com/buckket/go-blurhash", "v1.1.0")]
    lines = []
    for m, vv in mods:
        lines.append("%s %s h1:%s=" % (m, vv, base64.b64encode(rbytes(r, 32)).decode()[:43]))
        lines.append("%s %s/go.mod h1:%s=" % (m, vv, base64.b64encode(rbytes(r, 32)).decode()[:43]))
    return "go.sum", "\n".join(lines) + "\n"


@neg("Generic", "processing_log")
def processing_log(r):
    lines = []
    for i in range(7):
        lines.append("%s INFO thumbnailer request_id=%s trace=%s src=%s etag=\"%s\" out=%dx%d took=%dms" % (
            ts_iso(r), uuid4(r), hexs(r, 32), cld_public_id(r), hexs(r, 32), pick(r, [320, 640, 1280]),
            pick(r, [320, 640, 1280]), r.randrange(20, 900)))
    return pick(r, ["logs/thumbnailer.log", "var/log/media/resize.log"]), "\n".join(lines) + "\n"


@neg("Generic", "webhook_verifier")
def webhook_verifier(r):
    return "src/webhooks/verify.ts", S('''
        import { createHmac, timingSafeEqual } from 'node:crypto';

        const secret = process.env.WEBHOOK_SIGNING_SECRET ?? '';

        export function verify(rawBody: Buffer, header: string): boolean {
          const expected = createHmac('sha256', secret).update(rawBody).digest('hex');
          return timingSafeEqual(Buffer.from(expected), Buffer.from(header));
        }

        // test vector from our own fixtures (secret "test", body "{}")
        export const FIXTURE_SIGNATURE = '«sig»';
        ''', sig=hexs(r, 64))


@neg("Generic", "data_uri")
def css_data_uri(r):
    return "assets/css/placeholders.css", S('''
        .product-card__img--loading {
          background-color: «c»;
          background-image: url("data:image/png;base64,«b»");
          background-size: cover;
        }
        .swatch--brand { background: «c2»; }
        ''', c=pick(r, COLORS), b=base64.b64encode(b"\x89PNG\r\n\x1a\n" + rbytes(r, 90)).decode(), c2=pick(r, COLORS))


@neg("Generic", "public_key_pem")
def public_key(r):
    body = base64.b64encode(bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") +
                            rbytes(r, 256) + bytes.fromhex("0203010001")).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "config/keys/webhook-public.pem", "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----\n"


@neg("git-lfs", "lfs_pointer")
def lfs_pointer(r):
    return "design/source/%s.psd" % pick(r, ["poster-master", "mug-wrap", "tee-front", "banner-spring"]), \
        "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (sha256(r), r.randrange(10 ** 6, 10 ** 9))


@neg("Generic", "sri_hashes")
def html_sri(r):
    return "public/upload.html", S('''
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Upload your artwork</title>
          <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/@uploadcare/file-uploader@1/web/uc-file-uploader-regular.min.css"
                integrity="sha384-«a»" crossorigin="anonymous">
          <script type="module" src="https://cdn.jsdelivr.net/npm/@uploadcare/file-uploader@1/web/file-uploader.min.js"
                  integrity="sha384-«b»" crossorigin="anonymous"></script>
        </head>
        <body>
          <uc-config ctx-name="art" pubkey="«pub»"></uc-config>
          <uc-file-uploader-regular ctx-name="art"></uc-file-uploader-regular>
        </body>
        </html>
        ''', a=base64.b64encode(rbytes(r, 48)).decode(), b=base64.b64encode(rbytes(r, 48)).decode(), pub=hexs(r, 20))


@neg("GitHub Actions", "pinned_actions")
def gha_pinned(r):
    return ".github/workflows/images.yml", S('''
        name: Optimise images
        on: [pull_request]
        jobs:
          optimise:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@«a» # v4.1.7
              - uses: calibreapp/image-actions@«b» # 1.1.0
                with:
                  githubToken: ${{ secrets.GITHUB_TOKEN }}
                  jpegQuality: "82"
              - name: Upload to Cloudinary
                env:
                  CLOUDINARY_URL: ${{ secrets.CLOUDINARY_URL }}
                run: npx cld-sync ./public/img
        ''', a=hexs(r, 40), b=hexs(r, 40))


@neg("Terraform", "resource_ids")
def tf_ids(r):
    return "infra/cdn.tf", S('''
        resource "aws_cloudfront_distribution" "media" {
          enabled         = true
          price_class     = "PriceClass_100"
          web_acl_id      = "arn:aws:wafv2:us-east-1:«acct»:global/webacl/media/«u»"
          aliases         = ["media.«shop».com"]

          origin {
            domain_name = "«shop».imgix.net"
            origin_id   = "imgix-«o»"
          }

          viewer_certificate {
            acm_certificate_arn = "arn:aws:acm:us-east-1:«acct»:certificate/«u2»"
            ssl_support_method  = "sni-only"
          }
        }

        variable "imgix_token" {
          type      = string
          sensitive = true
        }
        ''', acct=rs(r, DI, 12), u=uuid4(r), shop=shop(r), o=hexs(r, 8), u2=uuid4(r))


@neg("Generic", "image_hashes")
def py_phash_test(r):
    return "tests/test_dedupe.py", S('''
        from media.dedupe import phash, md5_file

        KNOWN = {
            "fixtures/poster_a.jpg": ("«p1»", "«m1»"),
            "fixtures/poster_b.jpg": ("«p2»", "«m2»"),
        }


        def test_hashes():
            for path, (ph, md5) in KNOWN.items():
                assert phash(path) == ph
                assert md5_file(path) == md5
        ''', p1=hexs(r, 16), m1=hexs(r, 32), p2=hexs(r, 16), m2=hexs(r, 32))


@neg("Generic", "cache_manifest")
def workbox_manifest(r):
    items = ",\n".join('  {"url": "/img/%s.webp", "revision": "%s"}' % (rs(r, LO, 8), hexs(r, 32)) for _ in range(6))
    return "public/precache-manifest.js", "self.__WB_MANIFEST = [\n" + items + "\n];\n"


@neg("Canva", "client_id")
def canva_public(r):
    return "src/canva/config.ts", S('''
        // Client IDs are public identifiers; the client secret lives in the
        // server's secret store and is read by /api/canva/token only.
        export const CANVA = {
          clientId: 'OC-«cid»',
          authorizeUrl: 'https://www.canva.com/api/oauth/authorize',
          scopes: ['design:content:read', 'design:meta:read', 'asset:write'],
          appId: 'AAG«app»',
        };
        ''', cid=mixed(r, B64URL, 12), app=mixed(r, B64URL, 8))


@neg("Adobe", "client_id")
def adobe_ids(r):
    return "config/adobe.example.yml", S('''
        # Adobe Developer Console project "storefront-firefly"
        # client id (x-api-key) and org id are identifiers; the client secret is
        # injected at runtime from the secret store.
        client_id: «cid»
        org_id: «org»@AdobeOrg
        technical_account_id: «ta»@techacct.adobe.com
        client_secret: ${ADOBE_CLIENT_SECRET}
        scopes: [openid, AdobeID, firefly_api, ff_apis]
        ''', cid=hexs(r, 32), org=hexs(r, 24).upper(), ta=hexs(r, 24).upper())


@neg("Generic", "env_example")
def env_example(r):
    return pick(r, [".env.example", ".env.sample", ".env.template"]), S('''
        # copy to .env and fill in
        NODE_ENV=development
        SHOP_DOMAIN=«shop».myshopify.com
        CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@<cloud_name>
        PRINTFUL_API_TOKEN=
        FIGMA_ACCESS_TOKEN=figd_...
        PEXELS_API_KEY=your-pexels-key
        UPLOADCARE_PUBLIC_KEY=demopublickey
        UPLOADCARE_SECRET_KEY=
        PHOTOROOM_API_KEY=sandbox_xxxxxxxxxxxxxxxx
        ''', shop=shop(r))


@neg("Shutterstock", "license_response")
def sstk_licenses(r):
    return "tests/fixtures/shutterstock_licenses.json", json.dumps({"data": [
        {"image_id": str(r.randrange(100000000, 2500000000)), "download": {"url": "https://download.shutterstock.com/gatekeeper/%s/shutterstock_%d.jpg" % (
            mixed(r, B64URL, 40), r.randrange(100000000, 2500000000))},
         "allotment_charge": 1, "license_id": "e" + hexs(r, 32)} for _ in range(2)]}, indent=2) + "\n"


@neg("Getty Images", "asset_ids")
def getty_ids(r):
    return "src/editorial/featured.py", S('''
        # Getty Images asset ids used on the editorial landing page (public ids)
        FEATURED = [
            {"id": "«a»", "caption": "Print workshop, Leeds", "collection_code": "EPL"},
            {"id": "«b»", "caption": "Poster wall", "collection_code": "GYI"},
        ]
        EMBED_URL = "https://embed.gettyimages.com/embed/«a»?et=«et»&viewMoreLink=off&sig=«sig»"
        ''', a=r.randrange(100000000, 2100000000), b=r.randrange(100000000, 2100000000), et=mixed(r, B64URL, 22),
        sig=base64.urlsafe_b64encode(rbytes(r, 32)).decode())


@neg("Shopify", "liquid_ids")
def liquid_product(r):
    return "snippets/product-media.liquid", S('''
        {%- comment -%} variant image switcher; ids are Shopify object ids {%- endcomment -%}
        {%- assign featured = product.selected_or_first_available_variant.featured_media -%}
        <div class="product-media" data-product-id="{{ product.id }}" data-fallback-id="«pid»">
          {{ featured | image_url: width: 1200 | image_tag: loading: 'lazy', widths: '400, 800, 1200' }}
          <img src="//«shop».com/cdn/shop/files/«f».jpg?v=«v»&width=800" alt="{{ product.title | escape }}">
        </div>
        <script type="application/json" id="variant-media-map">
          {"«vid1»": "gid://shopify/MediaImage/«m1»", "«vid2»": "gid://shopify/MediaImage/«m2»"}
        </script>
        ''', pid=r.randrange(10 ** 12, 10 ** 13), shop=shop(r), f=uuid4(r), v=r.randrange(1700000000, 1730000000),
        vid1=r.randrange(10 ** 13, 10 ** 14), vid2=r.randrange(10 ** 13, 10 ** 14), m1=r.randrange(10 ** 13, 10 ** 14),
        m2=r.randrange(10 ** 13, 10 ** 14))


@neg("Generic", "color_palette")
def scss_palette(r):
    lines = ["// brand palette exported from Figma (%s)" % fid(r)]
    for n in ["ink", "paper", "accent", "accent-dark", "success", "warning", "danger", "muted"]:
        lines.append("$color-%s: %s;" % (n, pick(r, COLORS)))
    lines.append("$shadow-card: 0 1px 2px rgba(17, 24, 39, 0.08);")
    return "src/styles/_palette.scss", "\n".join(lines) + "\n"


@neg("Generic", "swift_cache_keys")
def swift_cache(r):
    return "Sources/Gallery/ImageCache.swift", S('''
        import CryptoKit
        import Foundation

        final class ImageCache {
            /// cache file name = sha256(url)
            static func key(for url: URL) -> String {
                SHA256.hash(data: Data(url.absoluteString.utf8)).map { String(format: "%02x", $0) }.joined()
            }

            // known-good value used by ImageCacheTests
            static let sampleKey = "«k»"
            static let placeholderTint = "«c»"
        }
        ''', k=sha256(r), c=pick(r, COLORS))


@neg("Generic", "kotlin_md5_test")
def kt_md5(r):
    return "app/src/test/java/com/example/ChecksumTest.kt", S('''
        package com.example

        import org.junit.Assert.assertEquals
        import org.junit.Test

        class ChecksumTest {
            @Test fun printFileChecksum() {
                val md5 = Checksum.md5(javaClass.getResourceAsStream("/poster.pdf")!!)
                assertEquals("«m»", md5)
            }

            @Test fun proofUploadId() {
                assertEquals("«u»", ProofIds.fromOrder(«o»))
            }
        }
        ''', m=hexs(r, 32), u=uuid4(r), o=r.randrange(10000, 99999))


# ==================================================================== main ==
N_POS = 500
N_NEG = 500
MAX_DOTENV_POS = 20            # well under 1 in 20
ALLOWED_NEG_ENV = (".env.example", ".env.sample", ".env.template", ".env.dist")
RAW_ONLY_TEMPLATES = ("log_request_dump", "csv_store_export")

FT = {".py": "py", ".js": "js", ".mjs": "js", ".jsx": "jsx", ".ts": "ts", ".tsx": "tsx", ".php": "php",
      ".rb": "rb", ".rake": "rb", ".go": "go", ".swift": "swift", ".kt": "kt", ".yml": "yml", ".yaml": "yaml",
      ".json": "json", ".toml": "toml", ".ini": "ini", ".properties": "properties", ".xml": "xml",
      ".xmp": "xml", ".sql": "sql", ".csv": "csv", ".log": "log", ".md": "md", ".liquid": "liquid",
      ".sh": "sh", ".tf": "tf", ".html": "html", ".vue": "vue", ".scss": "scss", ".css": "css",
      ".pem": "pem", ".psd": "lfs-pointer", ".txt": "txt", ".sum": "gosum"}


def is_dotenv(path):
    b = os.path.basename(path)
    return b == ".env" or (b.startswith(".env.") and b not in ALLOWED_NEG_ENV)


def filetype(path):
    b = os.path.basename(path)
    if b.startswith(".env"):
        return "env"
    if b == "Dockerfile" or b.endswith(".Dockerfile"):
        return "dockerfile"
    ext = os.path.splitext(b)[1]
    return FT.get(ext, ext.lstrip(".") or b)


def needle_line(text, needle):
    idx = text.index(needle)
    line = text.count("\n", 0, idx) + 1
    assert needle in text.split("\n")[line - 1]
    return line


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def pick_template(r):
    """provider first (uniform), then one of its kinds, then a template"""
    provs = sorted(set(P[k]["provider"] for k in P))
    prov = provs[r.randrange(len(provs))]
    keys = [k for k in ALLKEYS if P[k]["provider"] == prov]
    k = keys[r.randrange(len(keys))]
    spec = [(n, f) for (n, ks, f) in POS if k in ks and len(ks) < len(ALLKEYS)]
    gen = [(n, f) for (n, ks, f) in POS if len(ks) == len(ALLKEYS)]
    cands = spec if (spec and r.random() < 0.6) else gen
    name, fn = cands[r.randrange(len(cands))]
    return name, k, fn


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_fx.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], argv[2]
    r = random.Random(int(seed) if seed.lstrip("-").isdigit() else seed)
    manifest, secrets = [], []
    seen = set()
    dotenv_pos = 0

    # ---------------------------------------------------------- positives --
    i = 0
    while i < N_POS:
        name, k, fn = pick_template(r)
        secret = P[k]["gen"](r)
        if secret in seen:
            continue
        v = Val(secret)
        v.r = r
        rel, text = fn(r, v, k)
        if is_dotenv(rel):
            if dotenv_pos >= MAX_DOTENV_POS:
                continue
            dotenv_pos += 1
        assert secret in text, (name, k)
        assert len(secret) >= 16, (name, k)
        line = needle_line(text, secret)
        seen.add(secret)
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "pos", "provider": P[k]["provider"], "kind": P[k]["kind"],
                         "filetype": filetype(rel)})
        secrets.append({"file": f, "needle": secret, "line": line})
        i += 1

    # ---------------------------------------------------------- negatives --
    negs = []
    for j in range(N_NEG // 2):
        name, k, fn = pick_template(r)
        v = neg_val(r, k, None)
        if name in RAW_ONLY_TEMPLATES and v.mode != "lit":
            v = Val(pick(r, MASKS + P[k]["docs"] + [""]))
            v.r = r
            v.negmode = "masked"
        rel, text = fn(r, v, k)
        if is_dotenv(rel):
            rel = os.path.join(os.path.dirname(rel), pick(r, [".env.example", ".env.sample"]))
        negs.append((rel, text, P[k]["provider"], "template_" + v.negmode))
    for j in range(N_NEG - N_NEG // 2):
        name, prov, kind, fn = NEGL[j % len(NEGL)] if j < len(NEGL) else NEGL[r.randrange(len(NEGL))]
        rel, text = fn(r)
        assert not is_dotenv(rel), name
        negs.append((rel, text, prov, kind))
    r.shuffle(negs)
    for j, (rel, text, prov, kind) in enumerate(negs):
        f = "neg/n%04d/%s" % (j, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": prov, "kind": kind, "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")

    # re-read and verify what was written
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s["file"]
    assert sum(1 for m in manifest if m["label"] == "pos") == N_POS
    assert sum(1 for m in manifest if m["label"] == "neg") == N_NEG
    assert not any(is_dotenv(m["file"]) for m in manifest if m["label"] == "neg")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
