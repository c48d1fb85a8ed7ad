#!/usr/bin/env python3
"""Blind evaluation-set generator "ga": e-commerce marketplace sellers and multichannel tools.

EMPHASIS
    Domain: code and configuration of marketplace sellers, listing/repricing tools and
    multichannel order/inventory sync services.  Providers: Amazon Selling Partner API
    (Login with Amazon client secrets and refresh tokens), eBay (Cert ID / client secret,
    OAuth user and refresh tokens, Auth'n'Auth tokens), Etsy (keystring + shared secret,
    OAuth refresh tokens), Walmart Marketplace (client id/secret, legacy private key),
    Mercado Libre (client secret, APP_USR access tokens, TG- refresh tokens), Shopee
    (partner key, shop access token), Lazada (app secret, access token), Zalando zDirect,
    bol.com, Allegro, Rakuten RMS (serviceSecret / licenseKey, ESA header), Wayfair,
    Target Plus, Newegg, Best Buy (Mirakl shop API key), Shopify (shpat_/shpca_/shppa_
    tokens, shpss_ app secret), WooCommerce (ck_/cs_ keys, WordPress DB password),
    ShipStation, Linnworks, ChannelAdvisor, Sellbrite.
    Kinds: client_secret, refresh_token, user_token (OAuth/user/access tokens),
    partner_key, consumer_secret, api_password, api_key (secret API keys),
    private_key, db_password, basic_auth (Base64 id:secret blobs).
    File types: Python, JavaScript/TypeScript, PHP, Java, C#, Go, Google Apps Script (.gs),
    YAML, JSON (incl. n8n and Make exports), TOML, INI, XML, .properties, shell, Dockerfile,
    Terraform, Markdown, SQL, CSV, logs, .http request files, .env (positives only, <= 1/20).

USAGE
    python3 gen_ga.py OUTDIR SEED
    Writes OUTDIR/pos/p0000..p0499/<relpath>, OUTDIR/neg/n0000..n0499/<relpath>,
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line per
    positive).  Standard library only; all randomness comes from one random.Random(SEED);
    output is byte-identical for equal SEEDs.  Manifest "kind" is the credential kind for
    positives; for negatives it is "neg_<category>" (re-used positive template with a
    placeholder/empty/masked/envref/template/secretmgr/doc slot) or the look-alike's kind.
    78 positive templates, 49 look-alike negative templates (+ the 78 re-used ones).

NEEDLE CONVENTIONS
    - The needle is the secret exactly as written in the file, without surrounding quotes.
    - Key/secret pairs: only the secret half is the needle (client secret, shared secret,
      consumer secret cs_..., SecretKey, ApplicationSecret, app secret, partner key); public
      halves (client ids, App IDs, keystrings, app keys, partner ids) stay in the file as
      ordinary public identifiers, or come from the environment.
    - Headers: the header value without the scheme word: for "Authorization: Bearer X"
      the needle is X; for "Authorization: Basic B" / "Authorization: ESA B" the needle is
      the Base64 blob B (it encodes id:secret); for "x-api-key: keystring:secret" (Etsy)
      the needle is the whole "keystring:secret" value; for "SecretKey: X" it is X.
    - URLs: the secret query value or the password part of user:password@host only.
    - Connection strings / DB configs: the password only.
    - Single-line Base64 private keys (Walmart legacy PKCS#8): the whole Base64 string.
    - Multi-line PEM private keys (not used by this generator) would use the first body
      line; none are generated here.
    - "line" is the 1-based line of the needle's first occurrence; the program asserts it.

NEGATIVES
    Half re-use the positive templates with the secret slot holding a non-secret:
    placeholders (<your-client-secret>, YOUR_..._HERE, changeme, prefix + xxxx...), empty
    values, masked values (****, [REDACTED], first4****last4), environment references in
    the file's own language (os.environ[...], process.env.X, getenv(), System.getenv(),
    Environment.GetEnvironmentVariable, PropertiesService, ${VAR}), template expressions
    (Helm, Jinja, ERB, Terraform var., GitHub ${{ secrets.X }}), secret-manager references
    (vault:, op://, AWS Secrets Manager ARNs, GCP secret paths) and the providers' own
    documented example values (Etsy exJeyZtXODeekHfX8VRgMQ:a1b2c3d4e5, Newegg
    727ddc06.../1B6B1383-..., Linnworks sample GUIDs, ShipStation ShipStation:Rocks,
    Sellbrite Aladdin:OpenSesame, Lazada "helloworld", LWA "Atzr|example-...",
    Mercado Libre APP_USR-12345678-031820-X-12345678, WooCommerce ck_/cs_1234567890abcdef,
    the eBay KB sample authorization code, Rakuten ESA YWFhOmJiYg==).  The other half are
    domain look-alikes: ASINs, FNSKUs, SKUs, UPC/EAN with check digits, seller/merchant ids,
    marketplace ids (ATVPDKIKX0DER ...), order ids of every channel, listing/item ids,
    LWA client ids (public), amzn1.sp.solution / amzn1.application ids, report document ids,
    tracking numbers, request/correlation ids, HMAC request signatures in logs (Shopee,
    Lazada, Shopify webhooks), SQS receipt handles, lockfile integrity hashes, go.sum
    hashes, image digests, SHA256SUMS, git SHAs, PEM/SSH public keys, Google Sheet ids,
    n8n/Make exports that reference credentials by id, workflows using ${{ secrets.X }}.
    No negative is written to a .env / .env.local / .env.production style file.

FORMATS CHECKED (search tool, providers' documentation and public project files)
    - Amazon SP-API / LWA docs: token endpoint https://api.amazon.com/auth/o2/token,
      client_id/client_secret/refresh_token; documentation example response
      "Atza|example-..." / "Atzr|example-..."; client secrets must be rotated (180 days,
      rotateApplicationClientSecret).  Public projects show client ids
      amzn1.application-oa2-client.<32 hex> and legacy secrets of 64 lowercase hex.
    - eBay docs: App ID (Client ID) is shareable, Cert ID (Client Secret) is confidential,
      Dev ID identifies the developer.  eBay KB 5075 shows an authorization code
      "v^1.1#i^1#r^1#p^3#I^3#f^0#t^Ul4x..." whose t^ part is Base64 of
      "R^1_<32 hex>_2_1#E^1284".  Public projects show App IDs Name-App-PRD-<9hex>-<8hex>,
      Cert IDs PRD-<12hex>-<4>-<4>-<4>-<4> (SBX- in sandbox), user tokens
      v^1.1#i^1#...#t^H4sIAAAAAAAA/+<Base64 gzip> and Auth'n'Auth "AgAAAA**AQAAAA**aAAAAA**...".
    - Etsy Open API v3 docs: header x-api-key "<keystring>:<shared secret>", Bearer
      "<numeric user id>.<token>"; examples exJeyZtXODeekHfX8VRgMQ / a1b2c3d4e5.
    - Walmart Marketplace docs: Client ID / Client Secret, Basic Base64(id:secret) to the
      token API, WM_SEC.ACCESS_TOKEN header, 15-minute tokens; legacy Consumer ID + Private Key.
    - Mercado Libre / Mercado Pago docs: access token APP_USR-<client id>-<MMddHH>-<hash>-<user
      id>, refresh token TG-..., public_key APP_USR-<uuid>; Bearer header.
    - Shopee Open Platform: HMAC-SHA256 sign of partner_id+path+timestamp(+access_token+
      shop_id) keyed with the partner key; public code shows live partner keys "shpk" + 60
      hex chars (hex of ASCII letters) and older 64-hex keys; doc example access_token 32 hex.
    - Lazada Open Platform docs: app_key (numeric), app_secret, sign_method sha256, upper-case
      hex sign; documentation example secret "helloworld", app_key 123456.
    - WooCommerce docs: Consumer Key / Consumer Secret from Settings > Advanced > REST API;
      ck_ / cs_ prefixes (Basic auth or query string).
    - Shopify changelog (2020-04): access tokens grew from 32 to 38 characters with static
      prefixes shpat_, shpca_, shppa_; Shopify community: shpss_ (app shared secret).
    - Newegg Marketplace docs: "Authorization: <32 hex API key>", "SecretKey: <GUID>".
    - Linnworks docs: AuthorizeByApplication with ApplicationId, ApplicationSecret, Token (GUIDs).
    - ShipStation V1 docs: Basic Base64(API Key:API Secret), example ShipStation:Rocks.
    - Sellbrite docs: Basic Base64(account token:secret key), example Aladdin:OpenSesame.
    - Rakuten RMS: Authorization "ESA " + Base64(serviceSecret:licenseKey); licenseKey
      renewed every 90 days.
    - Mirakl (Best Buy Canada) seller API key: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx in the
      Authorization header.
    - Zalando zDirect docs: client id + client secret, Basic auth to /auth/token; the docs'
      JWT example carries a 32-hex client id.
    - bol.com Retailer API docs: client credentials to https://login.bol.com/token.
    - ChannelAdvisor docs: application id + shared secret, refresh token from the developer
      console; SOAP DeveloperKey (GUID) + Password; AccountID GUID, ProfileID 8 digits.
    - Allegro, Wayfair, Target Plus docs: client_id/client_secret (Allegro, Wayfair) and
      x-api-key / x-seller-id / x-seller-token headers (Target Plus) - names only.

DOUBTS
    - "amzn1.oa2-cs.v1." + 64 hex for new LWA client secrets comes from the brief and public
      code, not from an Amazon page I could read; LWA refresh tokens are generated as
      "Atzr|IwEBI" + ~300-400 chars of [A-Za-z0-9-_] (length and alphabet not documented).
    - eBay user/refresh token bodies and the Auth'n'Auth token layout are approximated from
      public projects; the t^ payload is random Base64, not a real gzip/R^1 structure.
    - Etsy refresh tokens ("<user id>.<token>") body length guessed (~43-54 chars).
    - Walmart client secrets (86 chars [A-Za-z0-9-_]), bol.com secrets (86 chars),
      Allegro secret (64 alnum), Zalando secret (64 alnum), Wayfair secret (64 Base64url),
      Target Plus seller token (32 hex), ChannelAdvisor shared secret (22) / refresh token
      (43 Base64url), Sellbrite and ShipStation keys (32 hex), Lazada access token ("50000" +
      alnum) and Rakuten serviceSecret/licenseKey ("SP"/"SL" + shop digits + "_" + 16 alnum):
      formats not confirmed by documentation.
    - WooCommerce ck_/cs_ bodies as 40 lowercase hex and Shopify token bodies as 32 hex are
      from project knowledge (the docs confirm prefixes and total length only).
    - A search result page that turned out to be a secret scanner's detector description
      (GitGuardian, Shopify private app token) was seen and not used.
"""

import base64
import json
import os
import random
import sys

# --------------------------------------------------------------------------------------
# random helpers (all draw from the single Random passed around as r)
# --------------------------------------------------------------------------------------
HEX = "0123456789abcdef"
DIG = "0123456789"
LOW = "abcdefghijklmnopqrstuvwxyz"
UPP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALNUM = LOW + UPP + DIG
B64 = UPP + LOW + DIG + "+/"
B64U = UPP + LOW + DIG + "-_"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(r, n):
    return rs(r, HEX, n)


def digits(r, n, lead_nonzero=True):
    s = rs(r, DIG, n)
    if lead_nonzero and s[0] == "0":
        s = r.choice("123456789") + s[1:]
    return s


def uuid4(r, upper=False):
    h = hexs(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


def b64std(r, n):
    return rs(r, B64, n)


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def chance(r, p):
    return r.random() < p


def password(r, lo=14, hi=22):
    n = r.randint(lo, hi)
    sym = "!#%^*-_=+.~@"
    base = [r.choice(LOW), r.choice(UPP), r.choice(DIG), r.choice(sym)]
    base += [r.choice(ALNUM + sym) for _ in range(n - 4)]
    r.shuffle(base)
    if base[0] in sym:
        base[0] = r.choice(UPP)
    return "".join(base)


def b64enc(s):
    return base64.b64encode(s.encode()).decode()


def fill(tpl, **kw):
    out = tpl
    for k, v in kw.items():
        out = out.replace("@@" + k + "@@", str(v))
    if "@@" in out:
        raise AssertionError("unfilled marker in template: " + out[out.index("@@"):][:40])
    if out.startswith("\n"):
        out = out[1:]
    if not out.endswith("\n"):
        out += "\n"
    return out


# --------------------------------------------------------------------------------------
# pools of innocent, realistic context
# --------------------------------------------------------------------------------------
COMPANIES = ["Northwind Goods", "Bluebird Outfitters", "Cedar and Pine Home", "Kestrel Supply",
             "Luma Kitchenware", "Orchard Lane Toys", "Harbor Tack", "Maple Ridge Apparel",
             "Sunfield Pet Co", "Copperleaf Garden", "Granite Peak Gear", "Velvet Fern Beauty",
             "Atlas Auto Parts", "Little Otter Baby", "Brightwick Candles", "Nordhaus Tools",
             "Casa Aurora", "Tienda Colibri", "Kirschbaum Moebel", "Sakura Stationery"]
PEOPLE = ["jmartin", "a.okafor", "lchen", "mgarcia", "p.novak", "skumar", "rbecker", "tnguyen",
          "e.silva", "kwilliams", "hsato", "dlopez", "o.johansson", "fmoreau"]
CITIES = ["Austin", "Leeds", "Lyon", "Leipzig", "Monterrey", "Curitiba", "Osaka", "Krakow",
          "Utrecht", "Manila", "Bangkok", "Madrid"]
PRODUCT_WORDS = ["Bamboo Cutting Board", "Stainless Water Bottle 750ml", "Dog Harness Large",
                 "LED Desk Lamp", "Ceramic Planter Set", "Yoga Mat 6mm", "Wireless Earbuds Case",
                 "Cast Iron Skillet 10in", "Kids Rain Boots", "Linen Throw Pillow",
                 "Bike Phone Mount", "Silicone Baking Mats", "Hiking Daypack 22L",
                 "Scented Soy Candle", "Torque Wrench 1/2in", "Organic Cotton Onesie"]
AMZ_MARKETPLACES = [("US", "ATVPDKIKX0DER", "na"), ("CA", "A2EUQ1WTGCTBG2", "na"),
                    ("MX", "A1AM78C64UM0Y8", "na"), ("BR", "A2Q3Y263D00KWC", "na"),
                    ("UK", "A1F83G8C2ARO7P", "eu"), ("DE", "A1PA6795UKMFR9", "eu"),
                    ("FR", "A13V1IB3VIYZZH", "eu"), ("IT", "APJ6JRA9NG5V4", "eu"),
                    ("ES", "A1RKKUPIHCS9HS", "eu"), ("NL", "A1805IZSGTT6HS", "eu"),
                    ("SE", "A2NODRKZP88ZB9", "eu"), ("PL", "A1C3SOZRARQ6R3", "eu"),
                    ("JP", "A1VC38T7YXB528", "fe"), ("AU", "A39IBJ37TRP1C6", "fe"),
                    ("SG", "A19VAU5U5O7RUS", "fe"), ("IN", "A21TJRUUN4KGV", "eu")]
SHOPEE_HOSTS = ["https://partner.shopeemobile.com", "https://partner.test-stable.shopeemobile.com"]
LAZADA_HOSTS = ["https://api.lazada.com.my/rest", "https://api.lazada.co.th/rest",
                "https://api.lazada.vn/rest", "https://api.lazada.com.ph/rest",
                "https://api.lazada.sg/rest", "https://api.lazada.co.id/rest"]
MELI_SITES = [("MLA", "mercadolibre.com.ar"), ("MLB", "mercadolivre.com.br"),
              ("MLM", "mercadolibre.com.mx"), ("MLC", "mercadolibre.cl"), ("MCO", "mercadolibre.com.co")]


def company(r):
    return pick(r, COMPANIES)


def slug(name):
    out = []
    for ch in name.lower():
        out.append(ch if ch.isalnum() else "-")
    s = "".join(out)
    while "--" in s:
        s = s.replace("--", "-")
    return s.strip("-")


def amz_mp(r):
    return pick(r, AMZ_MARKETPLACES)


def seller_id(r):
    return "A" + rs(r, UPP + DIG, r.choice([12, 13]))


def asin(r):
    return "B0" + rs(r, UPP + DIG, 8)


def fnsku(r):
    return "X00" + rs(r, UPP + DIG, 7)


def sku(r):
    return "%s-%s-%s" % (rs(r, UPP, 3), digits(r, 4), pick(r, ["BLK", "WHT", "RED", "L", "M", "S", "XL", "NAT", "GRY"]))


def gtin_check(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        tot += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - tot % 10) % 10)


def upc(r):
    b = digits(r, 11, lead_nonzero=False)
    return b + gtin_check(b)


def ean(r):
    b = pick(r, ["40", "42", "50", "76", "84", "87", "590", "789"]) 
    b = b + digits(r, 12 - len(b), lead_nonzero=False)
    return b + gtin_check(b)


def amz_order(r):
    return "%s-%s-%s" % (pick(r, ["111", "112", "113", "114", "171", "202", "203", "204", "205", "028", "302", "303", "405", "503"]), digits(r, 7, False), digits(r, 7, False))


def ebay_order(r):
    return "%s-%s-%s" % (digits(r, 2), digits(r, 5, False), digits(r, 5, False))


def lwa_client_id(r):
    return "amzn1.application-oa2-client." + hexs(r, 32)


def sp_solution_id(r):
    return "amzn1.sp.solution." + uuid4(r)


def ebay_app_id(r, env="PRD", h=None):
    first = pick(r, ["JohnDoe", "AcmeCorp", "Maria", "Kestrel", "Northwin", "Bluebird", "Sunfield", "Granite", "Lumaknow", "Harbor"])
    app = pick(r, ["Lister", "SyncTool", "Repricer", "OrderHub", "Inventor", "listings", "salestra", "ChanSync"])
    h = h or hexs(r, 21)
    return "%s-%s-%s-%s-%s" % (first[:8], app[:8], env, h[:9], hexs(r, 8))


def upper_tracking_ups(r):
    return "1Z" + rs(r, UPP + DIG, 6) + digits(r, 2, False) + digits(r, 8, False)


# --------------------------------------------------------------------------------------
# secret generators: name -> (function(r) -> secret, fixed prefix)
# --------------------------------------------------------------------------------------
def g_lwa_secret(r):
    return "amzn1.oa2-cs.v1." + hexs(r, 64)


def g_lwa_secret_legacy(r):
    return hexs(r, 64)


def g_lwa_refresh(r):
    return "Atzr|IwEBI" + rs(r, B64U, r.randint(290, 390))


def g_lwa_access(r):
    return "Atza|IwEBI" + rs(r, B64U, r.randint(280, 360))


def g_ebay_cert(r, env="PRD"):
    return "%s-%s-%s-%s-%s-%s" % (env, hexs(r, 12), hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 4))


def g_ebay_user_token(r):
    flags = pick(r, ["i^1#p^3#I^3#f^0#r^1", "i^1#I^3#r^0#f^0#p^3", "i^1#f^0#r^1#p^3#I^3", "i^1#p^1#I^3#r^1#f^0"])
    body = b64std(r, 4 * r.randint(220, 330))
    if chance(r, 0.5):
        body = body[:-2] + "=="
    return "v^1.1#" + flags + "#t^H4sIAAAAAAAA/+" + body


def g_ebay_refresh(r):
    inner = "R^1_%s_%s_1#E^%s" % (hexs(r, 32).upper(), r.choice("12"), digits(r, 4))
    return "v^1.1#i^1#p^3#r^1#I^3#f^0#t^" + b64enc(inner + rs(r, ALNUM, r.randint(0, 6)))


def g_ebay_authnauth(r):
    return ("AgAAAA**AQAAAA**aAAAAA**" + b64std(r, 6) + "**" + b64std(r, 60) + "**" + b64std(r, 6)
            + "**AAMAAA**" + b64std(r, 4 * r.randint(150, 190)))


def g_etsy_secret(r):
    return rs(r, LOW + DIG, 10)


def g_etsy_refresh(r):
    return digits(r, r.choice([8, 9])) + "." + rs(r, B64U, r.randint(43, 54))


def g_walmart_secret(r):
    return rs(r, ALNUM + "-_", 86)


def g_walmart_pk(r):
    return "MIICdwIBADANBgkqhkiG9w0BAQEFAASCAmEwggJdAgEAAoGBA" + b64std(r, 800) + "=="


def g_meli_secret(r):
    return rs(r, ALNUM, 32)


def g_meli_access(r):
    return "APP_USR-%s-%02d%02d%02d-%s-%s" % (digits(r, 16), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), hexs(r, 32), digits(r, 9))


def g_meli_refresh(r):
    return "TG-%s-%s" % (hexs(r, 24), digits(r, 9))


def g_shopee_key(r):
    return "shpk" + rs(r, ALNUM, 30).encode().hex()


def g_shopee_key_legacy(r):
    return rs(r, ALNUM, 32).encode().hex()


def g_shopee_access(r):
    return rs(r, ALNUM, 16).encode().hex()


def g_lazada_secret(r):
    return rs(r, ALNUM, 32)


def g_lazada_access(r):
    return "50000" + rs(r, DIG + LOW, 10) + rs(r, ALNUM, 45)


def g_alnum64(r):
    return rs(r, ALNUM, 64)


def g_b64u64(r):
    return rs(r, B64U, 64)


def g_bol_secret(r):
    return rs(r, ALNUM + "-_", 86)


def g_rakuten_ss(r):
    return "SP" + digits(r, 6) + "_" + rs(r, ALNUM, 16)


def g_rakuten_lk(r):
    return "SL" + digits(r, 6) + "_" + rs(r, ALNUM, 16)


def g_hex32(r):
    return hexs(r, 32)


def g_uuid(r):
    return uuid4(r)


def g_uuid_upper(r):
    return uuid4(r, upper=True)


def g_shpat(r):
    return "shpat_" + hexs(r, 32)


def g_shpca(r):
    return "shpca_" + hexs(r, 32)


def g_shppa(r):
    return "shppa_" + hexs(r, 32)


def g_shpss(r):
    return "shpss_" + hexs(r, 32)


def g_woo_cs(r):
    return "cs_" + hexs(r, 40)


def g_ca_secret(r):
    return rs(r, B64U, 22)


def g_ca_refresh(r):
    return rs(r, B64U, 43)


def g_password(r):
    return password(r)


GENS = {
    "lwa_secret": (g_lwa_secret, "amzn1.oa2-cs.v1."),
    "lwa_secret_legacy": (g_lwa_secret_legacy, ""),
    "lwa_refresh": (g_lwa_refresh, "Atzr|"),
    "lwa_access": (g_lwa_access, "Atza|"),
    "ebay_cert": (g_ebay_cert, "PRD-"),
    "ebay_user_token": (g_ebay_user_token, "v^1.1#"),
    "ebay_refresh": (g_ebay_refresh, "v^1.1#"),
    "ebay_authnauth": (g_ebay_authnauth, "AgAAAA**"),
    "etsy_secret": (g_etsy_secret, ""),
    "etsy_refresh": (g_etsy_refresh, ""),
    "walmart_secret": (g_walmart_secret, ""),
    "walmart_pk": (g_walmart_pk, "MIICdwIBADANBgkqhkiG9w0BAQEFAASC"),
    "meli_secret": (g_meli_secret, ""),
    "meli_access": (g_meli_access, "APP_USR-"),
    "meli_refresh": (g_meli_refresh, "TG-"),
    "shopee_key": (g_shopee_key, "shpk"),
    "shopee_key_legacy": (g_shopee_key_legacy, ""),
    "shopee_access": (g_shopee_access, ""),
    "lazada_secret": (g_lazada_secret, ""),
    "lazada_access": (g_lazada_access, "50000"),
    "alnum64": (g_alnum64, ""),
    "b64u64": (g_b64u64, ""),
    "bol_secret": (g_bol_secret, ""),
    "rakuten_ss": (g_rakuten_ss, "SP"),
    "rakuten_lk": (g_rakuten_lk, "SL"),
    "hex32": (g_hex32, ""),
    "uuid": (g_uuid, ""),
    "uuid_upper": (g_uuid_upper, ""),
    "shpat": (g_shpat, "shpat_"),
    "shpca": (g_shpca, "shpca_"),
    "shppa": (g_shppa, "shppa_"),
    "shpss": (g_shpss, "shpss_"),
    "woo_cs": (g_woo_cs, "cs_"),
    "ca_secret": (g_ca_secret, ""),
    "ca_refresh": (g_ca_refresh, ""),
    "password": (g_password, ""),
}

# documented example values (published by the providers) usable in a slot of that shape
DOC_EXAMPLES = {
    "lwa_refresh": ["Atzr|example-tpJX2DeX"],
    "lwa_access": ["Atza|example-Dme37rR6CuUpSR"],
    "ebay_refresh": ["v^1.1#i^1#r^1#p^3#I^3#f^0#t^Ul4xXzE0QzJGQ0I2RDA2NENDMUY4MDkwRjQ3NDE3MzdENzU2XzJfMSNFXjEyODQ="],
    "ebay_user_token": ["v^1.1#i^1#r^1#p^3#I^3#f^0#t^Ul4xXzE0QzJGQ0I2RDA2NENDMUY4MDkwRjQ3NDE3MzdENzU2XzJfMSNFXjEyODQ="],
    "etsy_secret": ["a1b2c3d4e5"],
    "etsy_refresh": ["12345678.VJTv9qyjwJbYlARxdFmEEQ"],
    "meli_access": ["APP_USR-12345678-031820-X-12345678", "APP_USR-4934588586838432-XXXXXXXX-241983636"],
    "meli_refresh": ["TG-XXXXXXXX-241983636"],
    "lazada_secret": ["helloworld"],
    "lazada_access": ["test"],
    "shopee_access": ["367a0a8eb9d1837cbf7c43b587a0faa4"],
    "uuid_upper": ["1B6B1383-01D1-4A1E-BA53-05DECE9BD765", "21EC2020-3AEA-1069-A2DD-08002B30309D"],
    "uuid": ["344ef882-043e-40c9-b2ab-e5be49226c68", "eda49e47-ea27-40fe-a760-03433040e56a"],
    "woo_cs": ["cs_1234567890abcdef", "cs_1a2b3c4d5e6f7g8h9i"],
    "hex32": ["727ddc067f4d115bd544aff46bc15634"],
    "bol_secret": ["aQHPOnmYkPZNgeRziPnQyyOJYytUbcFBVJBvbMKoDdpPqaZbaOiLUTWzPAkpPsZFZbJHrcoltdgpZolyNcgvvBaKcmkqFjucFzXhDONTsPAtHHyccQlLUZpkOuywMiOycDWcCySFsgpDiyGnCWCZJkNTtVdPxbSUTWVIFQiUxaPDYDXRQAVVTbSVZArAZkaLDLOoOvPzxSdhnkkJWzlQDkqsXNKfAIgAldrmyfROSyCGMCfvzdQdUQEaYZTPEoA"],
    "basic:shipstation": ["U2hpcFN0YXRpb246Um9ja3M="],
    "basic:sellbrite": ["QWxhZGRpbjpPcGVuU2VzYW1l"],
    "basic:rakuten": ["YWFhOmJiYg=="],
    "etsy_header": ["exJeyZtXODeekHfX8VRgMQ:a1b2c3d4e5"],
}


# --------------------------------------------------------------------------------------
# slot context: one per generated file; decides what goes into the secret slot
# --------------------------------------------------------------------------------------
CODE_LANGS = ("py", "js", "ts", "php", "java", "cs", "go", "gs", "sh", "tf")
NEG_CATS = [("placeholder", 22), ("empty", 7), ("masked", 13), ("envref", 22),
            ("template", 10), ("secretmgr", 12), ("doc", 14)]
GENERIC_PLACEHOLDERS = ["<your-client-secret>", "YOUR_CLIENT_SECRET_HERE", "changeme", "CHANGE_ME",
                        "REPLACE_ME", "TODO", "<secret>", "your-secret-here", "insert-key-here",
                        "<paste from seller central>", "dummy", "not-a-real-secret", "xxxxxxxx",
                        "placeholder"]


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Ctx:
    def __init__(self, r, pos, gen, cat=None):
        self.r = r
        self.pos = pos
        self.gen = gen
        fn, prefix = GENS[gen]
        self.prefix = prefix
        self.needle = None
        self._cache = {}
        if pos:
            self.secret = fn(r)
        else:
            self.sample = fn(r)
            if cat == "doc" and gen not in DOC_EXAMPLES:
                cat = "placeholder"
            self.cat = cat
            self.style = r.randrange(1000)

    # ---- negative value for a literal/string context -------------------------------
    def neg_value(self, env):
        if env in self._cache:
            return self._cache[env]
        r, cat, s = self.r, self.cat, self.style
        if cat == "placeholder":
            body = self.sample[len(self.prefix):]
            shaped = self.prefix + "".join("x" if ch.isalnum() else ch for ch in body[:64])
            opts = GENERIC_PLACEHOLDERS + [shaped, shaped, "YOUR_" + env.upper() + "_HERE",
                                           "<" + env.lower().replace("_", "-") + ">",
                                           "your_" + env.lower()]
            v = opts[s % len(opts)]
        elif cat == "empty":
            v = ""
        elif cat == "masked":
            opts = ["****", "********", "[REDACTED]", "<redacted>", "[FILTERED]", "***hidden***"]
            if len(self.sample) >= 24 and s % 3 == 0:
                v = self.sample[:4] + "*" * 12 + self.sample[-4:]
            else:
                v = opts[s % len(opts)]
        elif cat == "envref":
            opts = ["${" + env + "}", "$" + env, "${" + env + ":?missing}", "%" + env + "%",
                    "env:" + env, "${env:" + env + "}"]
            v = opts[s % len(opts)]
        elif cat == "template":
            low = env.lower()
            camel = low.split("_")[0] + "".join(w.capitalize() for w in low.split("_")[1:])
            opts = ["{{ .Values.secrets." + camel + " }}", "{{ " + low + " }}",
                    "<%= ENV['" + env + "'] %>", "${{ secrets." + env + " }}",
                    "#{" + env + "}#", "@@" .replace("@@", "__") + env + "__",
                    "{{ vault_" + low + " }}", "${var." + low + "}"]
            v = opts[s % len(opts)]
        elif cat == "secretmgr":
            low = env.lower().replace("_", "-")
            opts = ["vault:secret/data/marketplaces#" + env.lower(),
                    "op://Ecommerce/" + low + "/credential",
                    "arn:aws:secretsmanager:us-east-1:" + "4" + "0" * 3 + "12345678" + ":secret:channels/" + low + "-Qm3xZa",
                    "projects/shop-sync-prod/secrets/" + low + "/versions/latest",
                    "azurekeyvault://kv-channels/secrets/" + low,
                    "sm://" + low, "ssm:/prod/channels/" + low]
            v = opts[s % len(opts)]
        elif cat == "doc":
            ex = DOC_EXAMPLES[self.gen]
            v = ex[s % len(ex)]
        else:
            raise AssertionError(cat)
        self._cache[env] = v
        return v

    # ---- code expression or quoted literal ------------------------------------------
    def v(self, lang, env, q='"'):
        if self.pos:
            self.needle = self.needle or self.secret
            val = xesc(self.secret) if lang == "xml" else self.secret
            return q + val + q
        if self.cat == "envref" and lang in CODE_LANGS:
            s = self.style
            if lang == "py":
                return pick_s(s, ['os.environ["%s"]', 'os.getenv("%s")', 'os.environ.get("%s", "")']) % env
            if lang in ("js", "ts"):
                return pick_s(s, ["process.env.%s", "process.env['%s']", "process.env.%s ?? ''"]) % env
            if lang == "php":
                return pick_s(s, ["getenv('%s')", "$_ENV['%s']", "env('%s')"]) % env
            if lang == "java":
                return 'System.getenv("%s")' % env
            if lang == "cs":
                return 'Environment.GetEnvironmentVariable("%s")' % env
            if lang == "go":
                return 'os.Getenv("%s")' % env
            if lang == "gs":
                return "PropertiesService.getScriptProperties().getProperty('%s')" % env
            if lang == "sh":
                return '"${%s}"' % env
            if lang == "tf":
                return "var.%s" % env.lower()
        val = self.neg_value(env)
        if lang == "xml":
            val = xesc(val)
        return q + val + q

    def raw(self, env, lang="yaml"):
        return self.v(lang, env, q="")

    # ---- Base64 id:secret blob for Basic / ESA headers -------------------------------
    def blob(self, user, env, kind):
        if self.pos:
            b = b64enc(user + ":" + self.secret)
            self.needle = b
            return b
        if self.cat == "doc" and ("basic:" + kind) in DOC_EXAMPLES:
            ex = DOC_EXAMPLES["basic:" + kind]
            return ex[self.style % len(ex)]
        if self.cat in ("envref", "template", "secretmgr"):
            return "${" + env + "}"
        if self.cat == "empty":
            return ""
        if self.cat == "masked":
            return "****"
        return pick_s(self.style, ["<base64(api_key:api_secret)>", "BASE64_ENCODED_CREDENTIALS",
                                   "<base64 of id:secret>", "xxxxxxxxxxxxxxxxxxxxxxxx"])

    def set_needle(self, n):
        if self.pos:
            self.needle = n


def pick_s(s, opts):
    return opts[s % len(opts)]


def nm(r, conv, neutral):
    """conventional variable name about half of the time, otherwise a neutral/unusual one"""
    return pick(r, conv) if chance(r, 0.5) else pick(r, neutral)


POS_TEMPLATES = []
NEG_TEMPLATES = []


def ptpl(provider, kind, gen):
    def deco(fn):
        POS_TEMPLATES.append({"name": fn.__name__, "provider": provider, "kind": kind, "gen": gen, "fn": fn})
        return fn
    return deco


def ntpl(provider, kind):
    def deco(fn):
        NEG_TEMPLATES.append({"name": fn.__name__, "provider": provider, "kind": kind, "fn": fn})
        return fn
    return deco


# ======================================================================================
# POSITIVE TEMPLATES (each also re-used by negatives with a non-secret slot)
# ======================================================================================

# ---------------------------------------------------------------- Amazon SP-API -------
@ptpl("amazon-sp-api", "client_secret", "lwa_secret")
def p_py_spapi_credentials(r, C):
    cc, mp, reg = amz_mp(r)
    var = nm(r, ["LWA_CLIENT_SECRET", "SP_API_CLIENT_SECRET"], ["APP_PW", "_lwa_sec", "AMZ_KEY_B", "k2"])
    text = fill('''
"""Selling Partner API credentials for the @@co@@ repricer.

Refresh tokens are stored per seller account in the database; this module only
holds the application (LWA) side of the credentials.
"""
import os

from sp_api.base import Marketplaces

MARKETPLACE = Marketplaces.@@cc@@
MARKETPLACE_ID = "@@mpid@@"
@@var@@ = @@sec@@

credentials = dict(
    refresh_token=os.environ.get("SP_API_REFRESH_TOKEN"),
    lwa_app_id="@@cid@@",
    lwa_client_secret=@@var@@,
)

# requests per second allowed by getCompetitivePricing (burst 20)
PRICING_RATE = 0.5
REPRICE_INTERVAL_MIN = @@iv@@
''', co=company(r), cc=cc, mpid=mp, cid=lwa_client_id(r), var=var,
        sec=C.v("py", "LWA_CLIENT_SECRET"), iv=r.choice([5, 10, 15, 30]))
    path = pick(r, ["repricer/sp_credentials.py", "app/amazon/credentials.py", "config/sp_api.py", "src/channels/amazon_creds.py"])
    return path, text


@ptpl("amazon-sp-api", "client_secret", "lwa_secret")
def p_env_spapi(r, C):
    cc, mp, reg = amz_mp(r)
    text = fill('''
# Amazon SP-API (@@cc@@ store)
SP_API_REGION=@@reg@@
SP_API_MARKETPLACE_ID=@@mp@@
SP_API_SELLER_ID=@@sid@@
LWA_CLIENT_ID=@@cid@@
LWA_CLIENT_SECRET=@@sec@@
LWA_REFRESH_TOKEN=

# app
PORT=8080
LOG_LEVEL=info
REDIS_URL=redis://localhost:6379/2
''', cc=cc, reg=reg, mp=mp, sid=seller_id(r), cid=lwa_client_id(r), sec=C.raw("LWA_CLIENT_SECRET", "env"))
    return pick(r, [".env", ".env.local", "services/orders/.env"]), text


@ptpl("amazon-sp-api", "refresh_token", "lwa_refresh")
def p_yaml_spapi_refresh_helm(r, C):
    cc, mp, reg = amz_mp(r)
    key = nm(r, ["refreshToken", "lwaRefreshToken"], ["sellerGrant", "tokenA", "authBlob"])
    text = fill('''
replicaCount: 2
image:
  repository: ghcr.io/@@org@@/amazon-order-sync
  tag: "@@tag@@"
  pullPolicy: IfNotPresent

resources:
  limits:
    cpu: 500m
    memory: 512Mi

amazon:
  region: @@reg@@
  endpoint: https://sellingpartnerapi-@@reg@@.amazon.com
  marketplaceIds:
    - @@mp@@
  clientId: @@cid@@
  clientSecret: ${LWA_CLIENT_SECRET}
  @@key@@: "@@tok@@"

schedule:
  orders: "*/10 * * * *"
  inventory: "0 * * * *"
''', org=slug(company(r)), tag="1.%d.%d" % (r.randint(0, 9), r.randint(0, 30)), reg=reg, mp=mp,
        cid=lwa_client_id(r), key=key, tok=C.raw("LWA_REFRESH_TOKEN"))
    return pick(r, ["deploy/values.yaml", "charts/order-sync/values-prod.yaml", "helm/values.production.yaml"]), text


@ptpl("amazon-sp-api", "refresh_token", "lwa_refresh")
def p_js_spapi_client(r, C):
    cc, mp, reg = amz_mp(r)
    text = fill('''
'use strict';
const SellingPartnerAPI = require('amazon-sp-api');

// Seller: @@co@@ (@@cc@@)
async function buildClient() {
  const sp = new SellingPartnerAPI({
    region: '@@reg@@',
    refresh_token: @@tok@@,
    credentials: {
      SELLING_PARTNER_APP_CLIENT_ID: '@@cid@@',
      SELLING_PARTNER_APP_CLIENT_SECRET: process.env.SELLING_PARTNER_APP_CLIENT_SECRET,
    },
    options: { auto_request_tokens: true, auto_request_throttled: true },
  });
  return sp;
}

async function listOrders(createdAfter) {
  const sp = await buildClient();
  return sp.callAPI({
    operation: 'getOrders',
    endpoint: 'orders',
    query: { MarketplaceIds: ['@@mp@@'], CreatedAfter: createdAfter },
  });
}

module.exports = { buildClient, listOrders };
''', co=company(r), cc=cc, reg=reg, tok=C.v("js", "SP_REFRESH_TOKEN", "'"), cid=lwa_client_id(r), mp=mp)
    return pick(r, ["src/amazon/client.js", "lib/sp.js", "jobs/amazon/orders.js"]), text


@ptpl("amazon-sp-api", "client_secret", "lwa_secret_legacy")
def p_java_spapi_lwa(r, C):
    cc, mp, reg = amz_mp(r)
    pkg = slug(company(r)).replace("-", "")
    text = fill('''
package com.@@pkg@@.channels.amazon;

import com.amazon.SellingPartnerAPIAA.LWAAuthorizationCredentials;

public final class LwaConfig {

    private LwaConfig() {}

    // Marketplace @@cc@@ = @@mp@@
    public static LWAAuthorizationCredentials credentials() {
        return LWAAuthorizationCredentials.builder()
                .clientId("@@cid@@")
                .clientSecret(@@sec@@)
                .refreshToken(System.getenv("SPAPI_REFRESH_TOKEN"))
                .endpoint("https://api.amazon.com/auth/o2/token")
                .build();
    }
}
''', pkg=pkg, cc=cc, mp=mp, cid=lwa_client_id(r), sec=C.v("java", "LWA_CLIENT_SECRET"))
    return "src/main/java/com/%s/channels/amazon/LwaConfig.java" % pkg, text


@ptpl("amazon-sp-api", "client_secret", "lwa_secret")
def p_cs_spapi(r, C):
    cc, mp, reg = amz_mp(r)
    prop = nm(r, ["ClientSecret"], ["ClientSecret"])
    text = fill('''
using FikaAmazonAPI;
using FikaAmazonAPI.Utils;

namespace @@ns@@.Amazon
{
    public static class AmazonConnectionFactory
    {
        public static AmazonConnection Create()
        {
            return new AmazonConnection(new AmazonCredential
            {
                ClientId = "@@cid@@",
                @@prop@@ = @@sec@@,
                RefreshToken = Environment.GetEnvironmentVariable("AMZ_REFRESH_TOKEN"),
                MarketPlaceID = "@@mp@@",
                SellerID = "@@sid@@",
                IsDebugMode = false
            });
        }
    }
}
''', ns=slug(company(r)).replace("-", " ").title().replace(" ", ""), cid=lwa_client_id(r), prop=prop,
        sec=C.v("cs", "AMZ_CLIENT_SECRET"), mp=mp, sid=seller_id(r))
    return pick(r, ["src/Integrations/Amazon/AmazonConnectionFactory.cs", "Channels/AmazonConnectionFactory.cs"]), text


@ptpl("amazon-sp-api", "refresh_token", "lwa_refresh")
def p_php_spapi(r, C):
    cc, mp, reg = amz_mp(r)
    text = fill('''
<?php

use SellingPartnerApi\\SellingPartnerApi;
use SellingPartnerApi\\Enums\\Endpoint;

require __DIR__ . '/../vendor/autoload.php';

// @@co@@ - @@cc@@ marketplace (@@mp@@)
$connector = SellingPartnerApi::seller(
    clientId: getenv('LWA_CLIENT_ID'),
    clientSecret: getenv('LWA_CLIENT_SECRET'),
    refreshToken: @@tok@@,
    endpoint: Endpoint::@@ep@@,
);

$ordersApi = $connector->ordersV0();
$response = $ordersApi->getOrders(
    createdAfter: new DateTime('-2 days'),
    marketplaceIds: ['@@mp@@'],
);

foreach ($response->json('payload.Orders') as $order) {
    echo $order['AmazonOrderId'] . PHP_EOL;
}
''', co=company(r), cc=cc, mp=mp, tok=C.v("php", "LWA_REFRESH_TOKEN", "'"), ep=reg.upper())
    return pick(r, ["scripts/pull_orders.php", "app/Amazon/pull-orders.php", "cron/amazon_orders.php"]), text


@ptpl("amazon-sp-api", "refresh_token", "lwa_refresh")
def p_sh_lwa_curl(r, C):
    text = fill('''
#!/usr/bin/env bash
# Exchange the LWA refresh token for a 1h access token and call getOrders.
set -euo pipefail

CLIENT_ID="@@cid@@"
ENDPOINT="https://sellingpartnerapi-@@reg@@.amazon.com"

ACCESS_TOKEN=$(curl -s -X POST https://api.amazon.com/auth/o2/token \\
  -H "Content-Type: application/x-www-form-urlencoded;charset=UTF-8" \\
  --data-urlencode "grant_type=refresh_token" \\
  --data-urlencode "refresh_token=@@tok@@" \\
  --data-urlencode "client_id=${CLIENT_ID}" \\
  --data-urlencode "client_secret=${LWA_CLIENT_SECRET}" | jq -r .access_token)

curl -s "${ENDPOINT}/orders/v0/orders?MarketplaceIds=@@mp@@&CreatedAfter=$(date -u -d '-1 day' +%Y-%m-%dT%H:%M:%SZ)" \\
  -H "x-amz-access-token: ${ACCESS_TOKEN}" | jq '.payload.Orders | length'
''', cid=lwa_client_id(r), reg=amz_mp(r)[2], tok=C.raw("LWA_REFRESH_TOKEN", "shraw"), mp=amz_mp(r)[1])
    return pick(r, ["scripts/amazon_orders.sh", "bin/spapi-smoke.sh", "tools/get_orders.sh"]), text


@ptpl("amazon-sp-api", "refresh_token", "lwa_refresh")
def p_log_lwa(r, C):
    lines = []
    day = "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))
    t = r.randint(0, 20000)

    def ts():
        nonlocal t
        t += r.randint(1, 90)
        return "%sT%02d:%02d:%02d.%03dZ" % (day, (t // 3600) % 24, (t // 60) % 60, t % 60, r.randint(0, 999))
    for _ in range(r.randint(3, 6)):
        lines.append("%s INFO  scheduler  job=inventory-sync seller=%s status=started" % (ts(), seller_id(r)))
    lines.append("%s DEBUG lwa.client POST https://api.amazon.com/auth/o2/token body={\"grant_type\":\"refresh_token\",\"refresh_token\":\"%s\",\"client_id\":\"%s\"}" % (ts(), C.raw("LWA_REFRESH_TOKEN"), lwa_client_id(r)))
    lines.append("%s DEBUG lwa.client 200 OK expires_in=3600" % ts())
    for _ in range(r.randint(3, 7)):
        lines.append("%s INFO  sp-api GET /fba/inventory/v1/summaries 200 x-amzn-RequestId=%s rate=%s" % (ts(), uuid4(r), pick(r, ["2.0", "5.0", "0.5"])))
    lines.append("%s WARN  sp-api 429 QuotaExceeded retry_in=2s" % ts())
    lines.append("%s INFO  scheduler  job=inventory-sync status=finished items=%d" % (ts(), r.randint(40, 900)))
    return pick(r, ["logs/sync-%s.log" % day, "var/log/inventory-sync.log", "logs/worker.log"]), "\n".join(lines) + "\n"


@ptpl("amazon-sp-api", "client_secret", "lwa_secret")
def p_json_n8n_amazon(r, C):
    wid = rs(r, ALNUM, 16)
    text = fill('''
{
  "name": "Amazon orders to Google Sheets",
  "nodes": [
    {
      "parameters": {
        "rule": { "interval": [ { "field": "minutes", "minutesInterval": 30 } ] }
      },
      "id": "@@u1@@",
      "name": "Every 30 min",
      "type": "n8n-nodes-base.scheduleTrigger",
      "typeVersion": 1.2,
      "position": [ 240, 300 ]
    },
    {
      "parameters": {
        "method": "POST",
        "url": "https://api.amazon.com/auth/o2/token",
        "sendBody": true,
        "contentType": "form-urlencoded",
        "bodyParameters": {
          "parameters": [
            { "name": "grant_type", "value": "refresh_token" },
            { "name": "refresh_token", "value": "={{ $env.SPAPI_REFRESH_TOKEN }}" },
            { "name": "client_id", "value": "@@cid@@" },
            { "name": "client_secret", "value": @@sec@@ }
          ]
        },
        "options": {}
      },
      "id": "@@u2@@",
      "name": "LWA token",
      "type": "n8n-nodes-base.httpRequest",
      "typeVersion": 4.2,
      "position": [ 460, 300 ]
    }
  ],
  "connections": {
    "Every 30 min": { "main": [ [ { "node": "LWA token", "type": "main", "index": 0 } ] ] }
  },
  "active": false,
  "settings": { "executionOrder": "v1" },
  "id": "@@wid@@",
  "tags": []
}
''', u1=uuid4(r), u2=uuid4(r), cid=lwa_client_id(r), sec=C.v("json", "LWA_CLIENT_SECRET"), wid=wid)
    return pick(r, ["n8n/workflows/amazon-orders.json", "automation/n8n-amazon-orders.json", "exports/workflow_amazon_orders.json"]), text


@ptpl("amazon-sp-api", "refresh_token", "lwa_refresh")
def p_gs_amazon(r, C):
    var = nm(r, ["LWA_REFRESH_TOKEN", "REFRESH_TOKEN"], ["SELLER_GRANT", "TOKEN_DE", "AMZ_RT"])
    text = fill('''
/**
 * Pulls FBA inventory into the "Stock" sheet every hour.
 * Owner: @@who@@
 */
const SHEET_ID = '@@sheet@@';
const LWA_CLIENT_ID = '@@cid@@';
const @@var@@ = @@tok@@;

function getAccessToken_() {
  const res = UrlFetchApp.fetch('https://api.amazon.com/auth/o2/token', {
    method: 'post',
    payload: {
      grant_type: 'refresh_token',
      refresh_token: @@var@@,
      client_id: LWA_CLIENT_ID,
      client_secret: PropertiesService.getScriptProperties().getProperty('LWA_CLIENT_SECRET'),
    },
  });
  return JSON.parse(res.getContentText()).access_token;
}

function syncInventory() {
  const token = getAccessToken_();
  const url = 'https://sellingpartnerapi-@@reg@@.amazon.com/fba/inventory/v1/summaries'
    + '?granularityType=Marketplace&granularityId=@@mp@@&marketplaceIds=@@mp@@';
  const res = UrlFetchApp.fetch(url, { headers: { 'x-amz-access-token': token } });
  const rows = JSON.parse(res.getContentText()).payload.inventorySummaries
    .map(s => [s.sellerSku, s.asin, s.fnSku, s.totalQuantity]);
  SpreadsheetApp.openById(SHEET_ID).getSheetByName('Stock').getRange(2, 1, rows.length, 4).setValues(rows);
}
''', who=pick(r, PEOPLE), sheet=rs(r, B64U, 44), cid=lwa_client_id(r), var=var,
        tok=C.v("gs", "LWA_REFRESH_TOKEN", "'"), reg=amz_mp(r)[2], mp=amz_mp(r)[1])
    return pick(r, ["apps-script/Inventory.gs", "gas/Code.gs", "sheets/amazon_stock.gs"]), text


@ptpl("amazon-sp-api", "refresh_token", "lwa_refresh")
def p_tf_amazon(r, C):
    text = fill('''
resource "aws_secretsmanager_secret" "spapi" {
  name        = "prod/channels/amazon-spapi"
  description = "SP-API credentials for the order router"
}

resource "aws_secretsmanager_secret_version" "spapi" {
  secret_id = aws_secretsmanager_secret.spapi.id
  secret_string = jsonencode({
    client_id     = "@@cid@@"
    client_secret = var.lwa_client_secret
    refresh_token = @@tok@@
    marketplace   = "@@mp@@"
  })
}

variable "lwa_client_secret" {
  type      = string
  sensitive = true
}
''', cid=lwa_client_id(r), tok=C.v("tf", "LWA_REFRESH_TOKEN"), mp=amz_mp(r)[1])
    return pick(r, ["infra/secrets.tf", "terraform/amazon_spapi.tf", "infra/modules/channels/main.tf"]), text


# ---------------------------------------------------------------- eBay ----------------
@ptpl("ebay", "client_secret", "ebay_cert")
def p_yaml_ebaysdk(r, C):
    h = hexs(r, 21)
    text = fill('''
name: ebay_api_config

# Trading API - https://developer.ebay.com/devzone/xml/docs/reference/ebay/
api.ebay.com:
    compatability: 1271
    appid: @@app@@
    certid: @@cert@@
    devid: @@dev@@
    siteid: @@site@@

# Finding API - production
svcs.ebay.com:
    appid: @@app@@
    version: 1.13.0

# Shopping API
open.api.ebay.com:
    appid: @@app@@
    version: 1199
''', app=ebay_app_id(r, "PRD", h), cert=C.raw("EBAY_CERT_ID"), dev=uuid4(r), site=pick(r, ["0", "3", "77", "71", "101"]))
    return pick(r, ["ebay.yaml", "config/ebay.yaml", "listing_tool/ebay.yaml"]), text


@ptpl("ebay", "user_token", "ebay_user_token")
def p_py_ebay_token(r, C):
    var = nm(r, ["EBAY_USER_TOKEN", "EBAY_ACCESS_TOKEN"], ["TOKEN", "bearer", "_t1"])
    text = fill('''
import requests

API = "https://api.ebay.com/sell/fulfillment/v1/order"
@@var@@ = @@tok@@


def fetch_orders(days=3, limit=50):
    headers = {
        "Authorization": "Bearer " + @@var@@,
        "Content-Type": "application/json",
        "X-EBAY-C-MARKETPLACE-ID": "@@mkt@@",
    }
    params = {"filter": "creationdate:[%sT00:00:00.000Z..]" % since(days), "limit": limit}
    resp = requests.get(API, headers=headers, params=params, timeout=30)
    resp.raise_for_status()
    return resp.json().get("orders", [])


def since(days):
    import datetime as dt
    return (dt.date.today() - dt.timedelta(days=days)).isoformat()


if __name__ == "__main__":
    for o in fetch_orders():
        print(o["orderId"], o["orderFulfillmentStatus"], o["pricingSummary"]["total"]["value"])
''', var=var, tok=C.v("py", "EBAY_USER_TOKEN"), mkt=pick(r, ["EBAY_US", "EBAY_GB", "EBAY_DE", "EBAY_AU", "EBAY_IT"]))
    return pick(r, ["ebay/orders.py", "scripts/ebay_pull_orders.py", "sync/ebay_fulfillment.py"]), text


@ptpl("ebay", "client_secret", "ebay_cert")
def p_js_ebay_api(r, C):
    h = hexs(r, 21)
    text = fill('''
import eBayApi from 'ebay-api';

// keyset "@@co@@ listing tool" (production)
export const ebay = new eBayApi({
  appId: '@@app@@',
  certId: @@cert@@,
  sandbox: false,
  siteId: eBayApi.SiteId.@@site@@,
  marketplaceId: eBayApi.MarketplaceId.@@mkt@@,
  ruName: process.env.EBAY_RU_NAME,
  acceptLanguage: eBayApi.Locale.en_US,
});

export async function activeListings() {
  return ebay.sell.inventory.getInventoryItems({ limit: 100 });
}
''', co=company(r), app=ebay_app_id(r, "PRD", h), cert=C.v("js", "EBAY_CERT_ID", "'"),
        site=pick(r, ["EBAY_US", "EBAY_GB", "EBAY_DE"]), mkt=pick(r, ["EBAY_US", "EBAY_GB", "EBAY_DE"]))
    return pick(r, ["src/ebay/client.mjs", "src/lib/ebay.js", "server/ebay.js"]), text


@ptpl("ebay", "user_token", "ebay_authnauth")
def p_xml_ebay_trading(r, C):
    text = fill('''
<?xml version="1.0" encoding="utf-8"?>
<!-- saved request used to reproduce ticket @@tk@@ (GetOrders returned duplicates) -->
<GetOrdersRequest xmlns="urn:ebay:apis:eBLBaseComponents">
  <RequesterCredentials>
    <eBayAuthToken>@@tok@@</eBayAuthToken>
  </RequesterCredentials>
  <ErrorLanguage>en_US</ErrorLanguage>
  <WarningLevel>High</WarningLevel>
  <CreateTimeFrom>2024-0@@m@@-01T00:00:00.000Z</CreateTimeFrom>
  <CreateTimeTo>2024-0@@m@@-15T00:00:00.000Z</CreateTimeTo>
  <OrderRole>Seller</OrderRole>
  <OrderStatus>Completed</OrderStatus>
  <Pagination>
    <EntriesPerPage>100</EntriesPerPage>
    <PageNumber>1</PageNumber>
  </Pagination>
</GetOrdersRequest>
''', tk="OPS-%d" % r.randint(100, 4999), tok=C.v("xml", "EBAY_AUTH_TOKEN", ""), m=r.randint(1, 9))
    return pick(r, ["tests/fixtures/ebay/GetOrders.xml", "requests/trading/GetOrders.xml", "debug/ebay_getorders_request.xml"]), text


@ptpl("ebay", "client_secret", "ebay_cert")
def p_properties_ebay(r, C):
    key = nm(r, ["ebay.oauth.client-secret", "ebay.cert-id"], ["ebay.keyset.pw", "channels.ebay.k2"])
    text = fill('''
spring.application.name=listing-service
server.port=8085

# eBay production keyset
ebay.environment=PRODUCTION
ebay.oauth.client-id=@@app@@
@@key@@=@@cert@@
ebay.oauth.ru-name=@@ru@@
ebay.oauth.scopes=https://api.ebay.com/oauth/api_scope/sell.inventory https://api.ebay.com/oauth/api_scope/sell.fulfillment

spring.datasource.url=jdbc:postgresql://db:5432/listings
spring.datasource.username=listings
spring.datasource.password=${DB_PASSWORD}
''', app=ebay_app_id(r), key=key, cert=C.raw("EBAY_CERT_ID", "properties"),
        ru="%s-%s-%s-%s" % (pick(r, ["Acme_Corp", "Kestrel_Supply", "Northwind_Ltd"]), pick(r, ["AcmeCorp", "Kestrel", "Northwin"]), pick(r, ["Lister", "SyncTo", "OrderH"]), rs(r, LOW, 5)))
    return pick(r, ["src/main/resources/application.properties", "listing-service/src/main/resources/application-prod.properties"]), text


@ptpl("ebay", "refresh_token", "ebay_refresh")
def p_log_ebay_refresh(r, C):
    day = "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))
    lines = []
    for i in range(r.randint(3, 5)):
        lines.append("[%s %02d:%02d:%02d] ebay-sync.INFO: listing revised item_id=%s sku=%s qty=%d" % (day, 9, i, r.randint(0, 59), "1" + digits(r, 11, False), sku(r), r.randint(0, 40)))
    lines.append("[%s 09:1%d:%02d] ebay-sync.DEBUG: oauth refresh request {\"grant_type\":\"refresh_token\",\"refresh_token\":\"%s\",\"scope\":\"https://api.ebay.com/oauth/api_scope/sell.inventory\"}" % (day, r.randint(0, 9), r.randint(0, 59), C.raw("EBAY_REFRESH_TOKEN")))
    lines.append("[%s 09:2%d:%02d] ebay-sync.INFO: oauth token refreshed expires_in=7200" % (day, r.randint(0, 9), r.randint(0, 59)))
    for i in range(r.randint(2, 5)):
        lines.append("[%s 09:3%d:%02d] ebay-sync.WARNING: offer %s price below floor, skipped" % (day, i, r.randint(0, 59), digits(r, 11)))
    return pick(r, ["storage/logs/ebay-sync-%s.log" % day, "logs/ebay.log"]), "\n".join(lines) + "\n"


@ptpl("ebay", "client_secret", "ebay_cert")
def p_go_ebay(r, C):
    text = fill('''
package ebay

import (
	"context"
	"net/http"

	"golang.org/x/oauth2/clientcredentials"
)

const tokenURL = "https://api.ebay.com/identity/v1/oauth2/token"

// NewHTTPClient returns a client that attaches an application token.
func NewHTTPClient(ctx context.Context) *http.Client {
	cfg := clientcredentials.Config{
		ClientID:     "@@app@@",
		ClientSecret: @@cert@@,
		TokenURL:     tokenURL,
		Scopes:       []string{"https://api.ebay.com/oauth/api_scope"},
	}
	return cfg.Client(ctx)
}
''', app=ebay_app_id(r), cert=C.v("go", "EBAY_CLIENT_SECRET"))
    return pick(r, ["internal/ebay/client.go", "pkg/channels/ebay/auth.go"]), text


# ---------------------------------------------------------------- Etsy ----------------
@ptpl("etsy", "api_key", "etsy_secret")
def p_py_etsy_header(r, C):
    ks = rs(r, LOW + DIG, 24)
    if C.pos:
        hv = ks + ":" + C.secret
        C.set_needle(hv)
        hdr = '"' + hv + '"'
    elif C.cat == "doc":
        hdr = '"' + DOC_EXAMPLES["etsy_header"][0] + '"'
    elif C.cat == "envref":
        hdr = 'f"{KEYSTRING}:{os.environ[\'ETSY_SHARED_SECRET\']}"'
    else:
        hdr = '"' + ks + ":" + C.neg_value("ETSY_SHARED_SECRET") + '"'
    text = fill('''
import os

import requests

KEYSTRING = "@@ks@@"
SHOP_ID = @@shop@@

session = requests.Session()
session.headers.update({
    "x-api-key": @@hdr@@,
    "Accept": "application/json",
    "Authorization": "Bearer " + os.environ.get("ETSY_OAUTH_TOKEN", ""),
})


def active_listings(limit=100, offset=0):
    url = f"https://api.etsy.com/v3/application/shops/{SHOP_ID}/listings/active"
    r = session.get(url, params={"limit": limit, "offset": offset}, timeout=20)
    r.raise_for_status()
    return r.json()["results"]
''', ks=ks, shop=digits(r, 8), hdr=hdr)
    return pick(r, ["etsy/client.py", "channels/etsy_api.py", "tools/etsy_listings.py"]), text


@ptpl("etsy", "api_key", "etsy_secret")
def p_toml_etsy(r, C):
    key = nm(r, ["shared_secret"], ["secret", "s2"])
    text = fill('''
[app]
name = "etsy-sync"
poll_minutes = @@pm@@

[etsy]
keystring = "@@ks@@"
@@key@@ = @@ss@@
shop_id = @@shop@@
redirect_uri = "https://@@dom@@/oauth/etsy/callback"
scopes = ["listings_r", "listings_w", "transactions_r"]

[sheets]
inventory_tab = "Etsy"
''', pm=r.choice([10, 15, 30]), ks=rs(r, LOW + DIG, 24), key=key, ss=C.v("toml", "ETSY_SHARED_SECRET"),
        shop=digits(r, 8), dom="app." + slug(company(r)) + ".com")
    return pick(r, ["config/etsy.toml", "etsy-sync/config.toml", "settings.toml"]), text


@ptpl("etsy", "refresh_token", "etsy_refresh")
def p_ts_etsy_oauth(r, C):
    text = fill('''
import { z } from 'zod';

const TokenResponse = z.object({
  access_token: z.string(),
  refresh_token: z.string(),
  expires_in: z.number(),
});

// seller "@@co@@" - re-authorised @@d@@
const SELLER_REFRESH = @@tok@@;

export async function etsyAccessToken(): Promise<string> {
  const body = new URLSearchParams({
    grant_type: 'refresh_token',
    client_id: process.env.ETSY_KEYSTRING ?? '',
    refresh_token: SELLER_REFRESH,
  });
  const res = await fetch('https://api.etsy.com/v3/public/oauth/token', { method: 'POST', body });
  if (!res.ok) throw new Error(`etsy token ${res.status}`);
  return TokenResponse.parse(await res.json()).access_token;
}
''', co=company(r), d="2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28)), tok=C.v("ts", "ETSY_REFRESH_TOKEN", "'"))
    return pick(r, ["src/etsy/auth.ts", "packages/etsy/src/token.ts"]), text


@ptpl("etsy", "api_key", "etsy_secret")
def p_gs_etsy(r, C):
    var = nm(r, ["ETSY_SHARED_SECRET"], ["SS", "ETSY_S"])
    text = fill('''
// Etsy -> Sheets order export (runs on a daily trigger)
var ETSY_KEYSTRING = '@@ks@@';
var @@var@@ = @@ss@@;
var SHOP_ID = '@@shop@@';

function exportReceipts() {
  var token = PropertiesService.getUserProperties().getProperty('ETSY_OAUTH_TOKEN');
  var url = 'https://api.etsy.com/v3/application/shops/' + SHOP_ID + '/receipts?limit=50';
  var res = UrlFetchApp.fetch(url, {
    headers: {
      'x-api-key': ETSY_KEYSTRING + ':' + @@var@@,
      'Authorization': 'Bearer ' + token
    },
    muteHttpExceptions: true
  });
  var receipts = JSON.parse(res.getContentText()).results || [];
  var sheet = SpreadsheetApp.getActive().getSheetByName('Orders');
  receipts.forEach(function (rc) {
    sheet.appendRow([rc.receipt_id, rc.name, rc.grandtotal.amount / rc.grandtotal.divisor, rc.status]);
  });
}
''', ks=rs(r, LOW + DIG, 24), var=var, ss=C.v("gs", "ETSY_SHARED_SECRET", "'"), shop=digits(r, 8))
    return pick(r, ["apps-script/EtsyOrders.gs", "Code.gs"]), text


# ---------------------------------------------------------------- Walmart -------------
@ptpl("walmart", "client_secret", "walmart_secret")
def p_py_walmart(r, C):
    cid = uuid4(r)
    var = nm(r, ["WALMART_CLIENT_SECRET", "CLIENT_SECRET"], ["WM_S", "wm_pw", "_k"])
    text = fill('''
import base64
import uuid

import requests

CLIENT_ID = "@@cid@@"
@@var@@ = @@sec@@
TOKEN_URL = "https://marketplace.walmartapis.com/v3/token"


def access_token():
    basic = base64.b64encode(f"{CLIENT_ID}:{@@var@@}".encode()).decode()
    headers = {
        "Authorization": "Basic " + basic,
        "WM_SVC.NAME": "Walmart Marketplace",
        "WM_QOS.CORRELATION_ID": str(uuid.uuid4()),
        "Accept": "application/json",
        "Content-Type": "application/x-www-form-urlencoded",
    }
    r = requests.post(TOKEN_URL, headers=headers, data={"grant_type": "client_credentials"}, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]
''', cid=cid, var=var, sec=C.v("py", "WALMART_CLIENT_SECRET"))
    return pick(r, ["walmart/auth.py", "integrations/walmart_token.py", "src/wm/token.py"]), text


@ptpl("walmart", "client_secret", "walmart_secret")
def p_cs_walmart_appsettings(r, C):
    text = fill('''
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "ConnectionStrings": {
    "Orders": "Server=sql01;Database=Orders;Integrated Security=true;TrustServerCertificate=true"
  },
  "Walmart": {
    "BaseUrl": "https://marketplace.walmartapis.com/v3/",
    "ClientId": "@@cid@@",
    "ClientSecret": @@sec@@,
    "ChannelType": "@@ct@@",
    "PollMinutes": @@pm@@
  },
  "AllowedHosts": "*"
}
''', cid=uuid4(r), sec=C.v("json", "WALMART_CLIENT_SECRET"), ct=uuid4(r), pm=r.choice([5, 10, 15]))
    return pick(r, ["src/OrderRouter/appsettings.Production.json", "appsettings.json", "OrderRouter.Api/appsettings.json"]), text


@ptpl("walmart", "client_secret", "walmart_secret")
def p_properties_walmart(r, C):
    key = nm(r, ["walmart.client-secret", "walmart.api.client-secret"], ["wm.k", "marketplace.w.pw"])
    text = fill('''
# Walmart Marketplace connector
walmart.base-url=https://marketplace.walmartapis.com
walmart.client-id=@@cid@@
@@key@@=@@sec@@
walmart.svc-name=Walmart Marketplace
walmart.feed.poll-seconds=@@ps@@

management.endpoints.web.exposure.include=health,info
logging.level.com.@@pkg@@.walmart=DEBUG
''', cid=uuid4(r), key=key, sec=C.raw("WALMART_CLIENT_SECRET", "properties"), ps=r.choice([30, 60, 120]), pkg=slug(company(r)).split("-")[0])
    return pick(r, ["connector-walmart/src/main/resources/application.properties", "config/walmart.properties"]), text


@ptpl("walmart", "private_key", "walmart_pk")
def p_sh_walmart_pk(r, C):
    text = fill('''
#!/bin/sh
# Legacy (signature based) Walmart auth - still used by the DSV drop-ship feed job.
export WALMART_CONSUMER_ID="@@cons@@"
export WALMART_CHANNEL_TYPE="@@ct@@"
export WALMART_PRIVATE_KEY=@@pk@@

exec python -m feeds.walmart_dsv --mode inventory --batch 500
''', cons=uuid4(r), ct=uuid4(r), pk=C.v("sh", "WALMART_PRIVATE_KEY"))
    return pick(r, ["deploy/walmart_dsv_env.sh", "jobs/walmart-dsv.sh"]), text


# ---------------------------------------------------------------- Mercado Libre -------
@ptpl("mercadolibre", "client_secret", "meli_secret")
def p_py_meli(r, C):
    site, dom = pick(r, MELI_SITES)
    var = nm(r, ["MELI_CLIENT_SECRET", "CLIENT_SECRET"], ["ML_KEY", "secret_ml"])
    text = fill('''
"""Mercado Libre OAuth callback (Flask)."""
from flask import Flask, request, redirect
import requests

app = Flask(__name__)

APP_ID = "@@appid@@"
@@var@@ = @@sec@@
REDIRECT_URI = "https://@@host@@/meli/callback"


@app.route("/meli/login")
def login():
    return redirect(f"https://auth.@@dom@@/authorization?response_type=code&client_id={APP_ID}&redirect_uri={REDIRECT_URI}")


@app.route("/meli/callback")
def callback():
    data = {
        "grant_type": "authorization_code",
        "client_id": APP_ID,
        "client_secret": @@var@@,
        "code": request.args["code"],
        "redirect_uri": REDIRECT_URI,
    }
    tokens = requests.post("https://api.mercadolibre.com/oauth/token", data=data, timeout=20).json()
    save_tokens(tokens["user_id"], tokens)
    return "ok"


def save_tokens(user_id, tokens):
    ...
''', appid=digits(r, 16), var=var, sec=C.v("py", "MELI_CLIENT_SECRET"), host="sync." + slug(company(r)) + ".com", dom=dom)
    return pick(r, ["meli/oauth.py", "app/routes/mercadolibre.py"]), text


@ptpl("mercadolibre", "user_token", "meli_access")
def p_js_meli_bearer(r, C):
    site, dom = pick(r, MELI_SITES)
    text = fill('''
const axios = require('axios');

const api = axios.create({
  baseURL: 'https://api.mercadolibre.com',
  headers: { Authorization: @@tok@@ },
  timeout: 15000,
});

// update stock for one item (@@site@@)
async function setStock(itemId, qty) {
  const { data } = await api.put(`/items/${itemId}`, { available_quantity: qty });
  return data.available_quantity;
}

module.exports = { setStock };
''', tok=("`Bearer ${process.env.MELI_ACCESS_TOKEN}`" if (not C.pos and C.cat == "envref") else "'Bearer " + C.raw("MELI_ACCESS_TOKEN", "jsraw") + "'"), site=site)
    return pick(r, ["src/meli/stock.js", "workers/meli-stock.js"]), text


@ptpl("mercadolibre", "refresh_token", "meli_refresh")
def p_json_meli_cfg(r, C):
    site, dom = pick(r, MELI_SITES)
    text = fill('''
{
  "site_id": "@@site@@",
  "app_id": "@@appid@@",
  "redirect_uri": "https://@@host@@/oauth/meli",
  "seller": {
    "user_id": @@uid@@,
    "nickname": "@@nick@@",
    "refresh_token": @@tok@@
  },
  "sync": { "stock": true, "prices": true, "questions": false }
}
''', site=site, appid=digits(r, 16), host="hub." + slug(company(r)) + ".com", uid=digits(r, 9),
        nick=slug(company(r)).upper().replace("-", "")[:14], tok=C.v("json", "MELI_REFRESH_TOKEN"))
    return pick(r, ["config/meli.json", "accounts/mercadolibre.json"]), text


@ptpl("mercadolibre", "client_secret", "meli_secret")
def p_php_meli(r, C):
    text = fill('''
<?php
// Mercado Libre connector settings (Laravel config)
return [
    'app_id'        => '@@appid@@',
    'client_secret' => @@sec@@,
    'redirect_uri'  => env('APP_URL') . '/mercadolibre/callback',
    'site'          => '@@site@@',
    'timeout'       => 20,
];
''', appid=digits(r, 16), sec=C.v("php", "MELI_CLIENT_SECRET", "'"), site=pick(r, MELI_SITES)[0])
    return pick(r, ["config/mercadolibre.php", "config/services/meli.php"]), text


# ---------------------------------------------------------------- Shopee --------------
@ptpl("shopee", "partner_key", "shopee_key")
def p_py_shopee(r, C):
    var = nm(r, ["PARTNER_KEY", "SHOPEE_PARTNER_KEY"], ["KEY", "pk_live", "SIGN_KEY"])
    text = fill('''
import hashlib
import hmac
import time

import requests

HOST = "@@host@@"
PARTNER_ID = @@pid@@
@@var@@ = @@key@@


def sign(path, ts, access_token="", shop_id=""):
    base = f"{PARTNER_ID}{path}{ts}{access_token}{shop_id}"
    return hmac.new(@@var@@.encode(), base.encode(), hashlib.sha256).hexdigest()


def get_item_list(access_token, shop_id, offset=0):
    path = "/api/v2/product/get_item_list"
    ts = int(time.time())
    params = {
        "partner_id": PARTNER_ID, "timestamp": ts, "access_token": access_token,
        "shop_id": shop_id, "sign": sign(path, ts, access_token, shop_id),
        "offset": offset, "page_size": 100, "item_status": "NORMAL",
    }
    return requests.get(HOST + path, params=params, timeout=20).json()
''', host=pick(r, SHOPEE_HOSTS), pid=digits(r, 7), var=var, key=C.v("py", "SHOPEE_PARTNER_KEY"))
    return pick(r, ["shopee/api.py", "channels/shopee/sign.py", "sea/shopee_client.py"]), text


@ptpl("shopee", "partner_key", "shopee_key")
def p_go_shopee(r, C):
    text = fill('''
package shopee

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
)

var (
	partnerID  = @@pid@@
	partnerKey = @@key@@
	host       = "@@host@@"
)

func sign(path string, ts int64, accessToken string, shopID int64) string {
	base := fmt.Sprintf("%d%s%d%s%d", partnerID, path, ts, accessToken, shopID)
	m := hmac.New(sha256.New, []byte(partnerKey))
	m.Write([]byte(base))
	return hex.EncodeToString(m.Sum(nil))
}
''', pid=digits(r, 7), key=C.v("go", "SHOPEE_PARTNER_KEY"), host=pick(r, SHOPEE_HOSTS))
    return pick(r, ["internal/shopee/sign.go", "shopee/sign.go"]), text


@ptpl("shopee", "partner_key", "shopee_key_legacy")
def p_yaml_shopee(r, C):
    text = fill('''
shopee:
  live:
    host: https://partner.shopeemobile.com
    partner_id: @@pid@@
    partner_key: "@@key@@"
    redirect: https://@@dom@@/shopee/auth
  regions: [SG, MY, TH, PH, VN]
  shops:
    - shop_id: @@shop1@@
      region: @@reg1@@
    - shop_id: @@shop2@@
      region: @@reg2@@
''', pid=digits(r, 7), key=C.raw("SHOPEE_PARTNER_KEY"), dom="erp." + slug(company(r)) + ".com",
        shop1=digits(r, 9), reg1=pick(r, ["SG", "MY", "TH"]), shop2=digits(r, 9), reg2=pick(r, ["PH", "VN", "ID"]))
    return pick(r, ["config/shopee.yml", "channels/shopee.yaml"]), text


@ptpl("shopee", "user_token", "shopee_access")
def p_log_shopee_token(r, C):
    day = "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))
    shop = digits(r, 9)
    lines = ["%s 10:00:%02d [shopee] refresh_access_token shop_id=%s" % (day, r.randint(0, 59), shop),
             "%s 10:00:%02d [shopee] token response: {\"access_token\":\"%s\",\"expire_in\":14400,\"request_id\":\"%s\",\"error\":\"\"}" % (day, r.randint(0, 59), C.raw("SHOPEE_ACCESS_TOKEN"), hexs(r, 32)),
             ]
    for k in range(r.randint(3, 6)):
        lines.append("%s 10:%02d:%02d [shopee] get_order_list shop_id=%s count=%d more=false" % (day, 2 + 5 * k, r.randint(0, 59), shop, r.randint(0, 60)))
    return pick(r, ["logs/shopee-%s.log" % day, "runtime/log/shopee.log"]), "\n".join(lines) + "\n"


# ---------------------------------------------------------------- Lazada --------------
@ptpl("lazada", "client_secret", "lazada_secret")
def p_java_lazada(r, C):
    text = fill('''
package com.@@pkg@@.lazada;

import com.lazada.lazop.api.LazopClient;
import com.lazada.lazop.api.LazopRequest;
import com.lazada.lazop.api.LazopResponse;

public class LazadaOrders {

    private static final String URL = "@@host@@";
    private final LazopClient client = new LazopClient(URL, "@@appkey@@", @@sec@@);

    public String recentOrders(String accessToken) throws Exception {
        LazopRequest request = new LazopRequest();
        request.setApiName("/orders/get");
        request.setHttpMethod("GET");
        request.addApiParameter("created_after", "2024-01-01T00:00:00+08:00");
        request.addApiParameter("status", "pending");
        LazopResponse response = client.execute(request, accessToken);
        return response.getBody();
    }
}
''', pkg=slug(company(r)).split("-")[0], host=pick(r, LAZADA_HOSTS), appkey=digits(r, 6), sec=C.v("java", "LAZADA_APP_SECRET"))
    return pick(r, ["src/main/java/com/shop/lazada/LazadaOrders.java", "lazada/src/main/java/LazadaOrders.java"]), text


@ptpl("lazada", "client_secret", "lazada_secret")
def p_py_lazada(r, C):
    text = fill('''
import lazop

# Lazada @@cc@@ seller center app "@@co@@ ERP"
client = lazop.LazopClient("@@host@@", "@@appkey@@", @@sec@@)


def get_products(access_token, offset=0):
    request = lazop.LazopRequest("/products/get", "GET")
    request.add_api_param("filter", "live")
    request.add_api_param("offset", str(offset))
    request.add_api_param("limit", "50")
    response = client.execute(request, access_token)
    return response.body
''', cc=pick(r, ["MY", "TH", "PH", "SG", "VN", "ID"]), co=company(r), host=pick(r, LAZADA_HOSTS), appkey=digits(r, 6),
        sec=C.v("py", "LAZADA_APP_SECRET"))
    return pick(r, ["lazada/products.py", "sea/lazada_products.py"]), text


@ptpl("lazada", "user_token", "lazada_access")
def p_php_lazada(r, C):
    text = fill('''
<?php
require_once 'lazop/LazopSdk.php';

$c = new LazopClient('@@host@@', getenv('LAZADA_APP_KEY'), getenv('LAZADA_APP_SECRET'));
$request = new LazopRequest('/order/items/get', 'GET');
$request->addApiParam('order_id', '@@oid@@');

// TODO move token to the shops table after the migration
var_dump($c->execute($request, @@tok@@));
''', host=pick(r, LAZADA_HOSTS), oid=digits(r, 15), tok=C.v("php", "LAZADA_ACCESS_TOKEN", "'"))
    return pick(r, ["scripts/lazada_order_items.php", "debug/lazada.php"]), text


# ---------------------------------------------------------------- Zalando -------------
@ptpl("zalando", "client_secret", "alnum64")
def p_sh_zalando(r, C):
    text = fill('''
#!/usr/bin/env bash
# zDirect: fetch an access token and print our merchant ids (sandbox first, then prod)
set -e
BASE=${BASE:-https://api-sandbox.merchants.zalando.com}
ZDIRECT_CLIENT_ID=@@cid@@
ZDIRECT_CLIENT_SECRET=@@sec@@

TOKEN=$(http --ignore-stdin -a "$ZDIRECT_CLIENT_ID:$ZDIRECT_CLIENT_SECRET" --form POST "$BASE/auth/token" \\
  grant_type=client_credentials scope=access_token_only | jq -r .access_token)

http --ignore-stdin "$BASE/auth/me" "Authorization:Bearer $TOKEN" | jq '.bpids'
''', cid=hexs(r, 32), sec=C.v("sh", "ZDIRECT_CLIENT_SECRET", "'"))
    return pick(r, ["scripts/zdirect_whoami.sh", "tools/zalando-token.sh"]), text


@ptpl("zalando", "client_secret", "alnum64")
def p_yaml_k8s_zalando(r, C):
    key = nm(r, ["ZALANDO_CLIENT_SECRET", "ZDIRECT_CLIENT_SECRET"], ["ZL_SECRET_2", "CRED_Z"])
    text = fill('''
apiVersion: v1
kind: Secret
metadata:
  name: zalando-connector
  namespace: channels
  labels:
    app.kubernetes.io/name: zalando-connector
type: Opaque
stringData:
  ZALANDO_CLIENT_ID: "@@cid@@"
  @@key@@: "@@sec@@"
  ZALANDO_MERCHANT_ID: "@@mid@@"
''', cid=hexs(r, 32), key=key, sec=C.raw("ZALANDO_CLIENT_SECRET"), mid=uuid4(r))
    return pick(r, ["k8s/channels/zalando-secret.yaml", "deploy/zalando/secret.yml"]), text


# ---------------------------------------------------------------- bol.com -------------
@ptpl("bol.com", "client_secret", "bol_secret")
def p_cs_bol(r, C):
    text = fill('''
using System.Net.Http.Headers;
using System.Text;

namespace Channels.Bol;

public sealed class BolTokenClient
{
    private readonly HttpClient _http;
    private readonly string _clientId;
    private readonly string _clientSecret;

    public BolTokenClient(HttpClient http, string clientId, string clientSecret)
    {
        _http = http; _clientId = clientId; _clientSecret = clientSecret;
    }

    public async Task<string> GetTokenAsync()
    {
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_clientId}:{_clientSecret}"));
        var req = new HttpRequestMessage(HttpMethod.Post, "https://login.bol.com/token?grant_type=client_credentials");
        req.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
        var res = await _http.SendAsync(req);
        res.EnsureSuccessStatusCode();
        return await res.Content.ReadAsStringAsync();
    }
}

public static class BolSetup
{
    public static BolTokenClient Default(HttpClient http) =>
        new BolTokenClient(http, "@@cid@@", @@sec@@);
}
''', cid=uuid4(r), sec=C.v("cs", "BOL_CLIENT_SECRET"))
    return pick(r, ["src/Channels/Bol/BolTokenClient.cs", "Bol/BolTokenClient.cs"]), text


@ptpl("bol.com", "client_secret", "bol_secret")
def p_ini_bol(r, C):
    key = nm(r, ["client_secret"], ["secret", "pw"])
    text = fill('''
[general]
company = @@co@@
timezone = Europe/Amsterdam
dry_run = false

[bol]
api_base = https://api.bol.com/retailer
client_id = @@cid@@
@@key@@ = @@sec@@
fulfilment = FBR
poll_minutes = 15

[database]
path = data/orders.sqlite
''', co=company(r), cid=uuid4(r), key=key, sec=C.raw("BOL_CLIENT_SECRET", "ini"))
    return pick(r, ["settings.ini", "config/bol.ini", "conf/channels.ini"]), text


# ---------------------------------------------------------------- Allegro -------------
@ptpl("allegro", "client_secret", "alnum64")
def p_py_allegro(r, C):
    text = fill('''
import requests

CLIENT_ID = "@@cid@@"
TOKEN_URL = "https://allegro.pl/auth/oauth/token"


def app_token():
    resp = requests.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials"},
        auth=(CLIENT_ID, @@sec@@),
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def categories(token, parent=None):
    params = {"parent.id": parent} if parent else {}
    return requests.get(
        "https://api.allegro.pl/sale/categories",
        headers={"Authorization": f"Bearer {token}", "Accept": "application/vnd.allegro.public.v1+json"},
        params=params, timeout=15,
    ).json()
''', cid=hexs(r, 32), sec=C.v("py", "ALLEGRO_CLIENT_SECRET"))
    return pick(r, ["allegro/auth.py", "pl/allegro_client.py"]), text


@ptpl("allegro", "client_secret", "alnum64")
def p_properties_allegro(r, C):
    key = nm(r, ["allegro.client.secret"], ["allegro.app.k", "pl.marketplace.secret2"])
    text = fill('''
allegro.api.url=https://api.allegro.pl
allegro.auth.url=https://allegro.pl/auth/oauth
allegro.client.id=@@cid@@
@@key@@=@@sec@@
allegro.redirect-uri=https://@@dom@@/allegro/callback
allegro.offers.page-size=100
''', cid=hexs(r, 32), key=key, sec=C.raw("ALLEGRO_CLIENT_SECRET", "properties"), dom="panel." + slug(company(r)) + ".pl")
    return pick(r, ["src/main/resources/allegro.properties", "config/allegro.properties"]), text


# ---------------------------------------------------------------- Rakuten -------------
@ptpl("rakuten", "api_key", "rakuten_ss")
def p_php_rakuten_esa(r, C):
    lk_env = "RMS_LICENSE_KEY"
    if C.pos:
        blob = b64enc(C.secret + ":" + g_rakuten_lk(r))
        C.set_needle(blob)
    else:
        blob = C.blob("x", "RMS_ESA_AUTH", "rakuten")
    text = fill('''
<?php
// RMS WEB SERVICE - order search (rpay.order.searchOrder)
$endpoint = 'https://api.rms.rakuten.co.jp/es/2.0/order/searchOrder/';
$headers = [
    'Authorization: ESA @@blob@@',
    'Content-Type: application/json; charset=utf-8',
];
$body = json_encode([
    'dateType' => 1,
    'startDatetime' => date('Y-m-d\\TH:i:sO', strtotime('-1 day')),
    'endDatetime' => date('Y-m-d\\TH:i:sO'),
    'PaginationRequestModel' => ['requestRecordsAmount' => 100, 'requestPage' => 1],
]);
$ch = curl_init($endpoint);
curl_setopt_array($ch, [CURLOPT_POST => true, CURLOPT_HTTPHEADER => $headers,
    CURLOPT_POSTFIELDS => $body, CURLOPT_RETURNTRANSFER => true]);
echo curl_exec($ch);
''', blob=blob)
    _ = lk_env
    return pick(r, ["rms/search_order.php", "batch/rakuten_orders.php"]), text


@ptpl("rakuten", "api_key", "rakuten_lk")
def p_py_rakuten(r, C):
    var = nm(r, ["RMS_LICENSE_KEY", "RAKUTEN_LICENSE_KEY"], ["LK", "rms_key_current"])
    text = fill('''
import base64
import os

# licenseKey expires every 90 days - renewed @@d@@ by @@who@@
RMS_SERVICE_SECRET = os.environ["RMS_SERVICE_SECRET"]
@@var@@ = @@lk@@


def esa_header():
    raw = f"{RMS_SERVICE_SECRET}:{@@var@@}".encode()
    return {"Authorization": "ESA " + base64.b64encode(raw).decode()}
''', d="2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28)), who=pick(r, PEOPLE), var=var, lk=C.v("py", "RMS_LICENSE_KEY"))
    return pick(r, ["rakuten/auth.py", "jp/rms_auth.py"]), text


# ---------------------------------------------------------------- Wayfair -------------
@ptpl("wayfair", "client_secret", "b64u64")
def p_js_wayfair(r, C):
    text = fill('''
// Wayfair supplier API - dropship purchase orders
const AUTH_URL = 'https://sso.auth.wayfair.com/oauth/token';
const GRAPHQL = 'https://api.wayfair.com/v1/graphql';

async function wayfairToken() {
  const res = await fetch(AUTH_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      grant_type: 'client_credentials',
      client_id: '@@cid@@',
      client_secret: @@sec@@,
      audience: 'https://api.wayfair.com/',
    }),
  });
  return (await res.json()).access_token;
}

export async function openOrders() {
  const token = await wayfairToken();
  const query = 'query { getDropshipPurchaseOrders(limit: 50, filters: [{field: open, equals: "true"}]) { poNumber poDate } }';
  const res = await fetch(GRAPHQL, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return res.json();
}
''', cid=rs(r, ALNUM, 32), sec=C.v("js", "WAYFAIR_CLIENT_SECRET", "'"))
    return pick(r, ["src/wayfair/orders.js", "integrations/wayfair.mjs"]), text


@ptpl("wayfair", "client_secret", "b64u64")
def p_json_make_wayfair(r, C):
    text = fill('''
{
  "name": "Wayfair PO -> ShipStation",
  "flow": [
    {
      "id": 1,
      "module": "http:ActionSendData",
      "version": 3,
      "parameters": { "handleErrors": true, "useNewZLibDeCompress": true },
      "mapper": {
        "url": "https://sso.auth.wayfair.com/oauth/token",
        "method": "post",
        "bodyType": "raw",
        "contentType": "application/json",
        "data": "{\\"grant_type\\":\\"client_credentials\\",\\"client_id\\":\\"@@cid@@\\",\\"client_secret\\":\\"@@sec@@\\",\\"audience\\":\\"https://api.wayfair.com/\\"}",
        "parseResponse": true
      },
      "metadata": { "designer": { "x": 0, "y": 0 } }
    },
    {
      "id": 2,
      "module": "http:ActionSendData",
      "version": 3,
      "parameters": { "handleErrors": false },
      "mapper": {
        "url": "https://api.wayfair.com/v1/graphql",
        "method": "post",
        "headers": [ { "name": "Authorization", "value": "Bearer {{1.data.access_token}}" } ]
      },
      "metadata": { "designer": { "x": 300, "y": 0 } }
    }
  ],
  "metadata": { "version": 1, "scenario": { "roundtrips": 1, "maxErrors": 3, "autoCommit": true } }
}
''', cid=rs(r, ALNUM, 32), sec=C.raw("WAYFAIR_CLIENT_SECRET", "jsonraw"))
    return pick(r, ["make/wayfair-to-shipstation.blueprint.json", "automation/make_wayfair.json"]), text


# ---------------------------------------------------------------- Target Plus ---------
@ptpl("target-plus", "user_token", "hex32")
def p_py_targetplus(r, C):
    text = fill('''
import os
import requests

BASE = "https://api.target.com/sellers/v1"
SELLER_ID = "@@sid@@"

HEADERS = {
    "x-api-key": os.environ["TARGET_PLUS_API_KEY"],
    "x-seller-id": SELLER_ID,
    "x-seller-token": @@tok@@,
    "Accept": "application/json",
}


def products(page=1):
    url = f"{BASE}/sellers/{SELLER_ID}/products_catalog"
    return requests.get(url, headers=HEADERS, params={"page": page, "per_page": 100}, timeout=30).json()
''', sid=hexs(r, 24), tok=C.v("py", "TARGET_PLUS_SELLER_TOKEN"))
    return pick(r, ["targetplus/catalog.py", "channels/target_plus.py"]), text


# ---------------------------------------------------------------- Newegg --------------
@ptpl("newegg", "api_key", "uuid_upper")
def p_sh_newegg(r, C):
    sid = rs(r, UPP + DIG, 4)
    text = fill('''
#!/usr/bin/env bash
# Newegg: push inventory for one seller part number
SELLER=@@sid@@
curl -s -X PUT "https://api.newegg.com/marketplace/contentmgmt/item/inventory?sellerid=${SELLER}" \\
  -H "Authorization: ${NEWEGG_API_KEY}" \\
  -H "SecretKey: @@sec@@" \\
  -H "Content-Type: application/json" -H "Accept: application/json" \\
  -d '{"Type":"1","Value":"@@spn@@","Inventory":"@@qty@@"}'
''', sid=sid, sec=C.raw("NEWEGG_SECRET_KEY", "shraw"), spn=sku(r), qty=r.randint(0, 99))
    return pick(r, ["scripts/newegg_inventory.sh", "bin/newegg-push.sh"]), text


@ptpl("newegg", "api_key", "uuid_upper")
def p_cs_newegg(r, C):
    var = nm(r, ["NeweggSecretKey", "SecretKey"], ["Sk", "NgPass"])
    text = fill('''
namespace Channels.Newegg
{
    internal static class NeweggSettings
    {
        public const string BaseUrl = "https://api.newegg.com/marketplace/";
        public const string SellerId = "@@sid@@";
        public static readonly string @@var@@ = @@sec@@;
        public static readonly string ApiKey = Environment.GetEnvironmentVariable("NEWEGG_API_KEY");
    }
}
''', sid=rs(r, UPP + DIG, 4), var=var, sec=C.v("cs", "NEWEGG_SECRET_KEY"))
    return pick(r, ["src/Channels/Newegg/NeweggSettings.cs", "Newegg/Settings.cs"]), text


# ---------------------------------------------------------------- Best Buy / Mirakl ---
@ptpl("bestbuy-mirakl", "api_key", "uuid")
def p_py_mirakl(r, C):
    text = fill('''
import requests

MIRAKL_URL = "https://marketplace.bestbuy.ca/api"
SHOP_ID = @@shop@@


def list_orders(states=("WAITING_ACCEPTANCE", "SHIPPING")):
    resp = requests.get(
        f"{MIRAKL_URL}/orders",
        headers={"Authorization": @@key@@, "Accept": "application/json"},
        params={"order_state_codes": ",".join(states), "shop_id": SHOP_ID, "max": 100},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["orders"]
''', shop=digits(r, 4), key=C.v("py", "MIRAKL_API_KEY"))
    return pick(r, ["bestbuy/orders.py", "channels/mirakl_bestbuy.py"]), text


@ptpl("bestbuy-mirakl", "api_key", "uuid")
def p_yaml_compose_mirakl(r, C):
    key = nm(r, ["MIRAKL_API_KEY", "BESTBUY_API_KEY"], ["BBY_TOKEN_2", "MK_AUTH"])
    text = fill('''
services:
  sync:
    image: @@org@@/channel-sync:latest
    restart: unless-stopped
    environment:
      TZ: America/Toronto
      MIRAKL_URL: https://marketplace.bestbuy.ca
      @@key@@: @@val@@
      DATABASE_URL: postgres://sync@db:5432/sync
    depends_on: [db]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: sync
      POSTGRES_HOST_AUTH_METHOD: trust
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata: {}
''', org=slug(company(r)), key=key, val=C.raw("MIRAKL_API_KEY"))
    return pick(r, ["docker-compose.yml", "deploy/docker-compose.prod.yml"]), text


# ---------------------------------------------------------------- Shopify -------------
@ptpl("shopify", "user_token", "shpat")
def p_py_shopify(r, C):
    shop = slug(company(r)) + ".myshopify.com"
    text = fill('''
import shopify

SHOP_URL = "@@shop@@"
API_VERSION = "2024-04"


def open_session():
    session = shopify.Session(SHOP_URL, API_VERSION, @@tok@@)
    shopify.ShopifyResource.activate_session(session)
    return session


def low_stock(threshold=5):
    open_session()
    out = []
    for level in shopify.InventoryLevel.find(location_ids="@@loc@@"):
        if level.available is not None and level.available < threshold:
            out.append(level.inventory_item_id)
    return out
''', shop=shop, tok=C.v("py", "SHOPIFY_ADMIN_TOKEN"), loc=digits(r, 11))
    return pick(r, ["shopify/inventory.py", "sync/shopify_stock.py"]), text


@ptpl("shopify", "user_token", "shpca")
def p_toml_shopify(r, C):
    key = nm(r, ["admin_api_access_token", "access_token"], ["token", "k"])
    text = fill('''
# multichannel sync - storefront side
[shopify]
store = "@@shop@@"
api_version = "2024-07"
@@key@@ = @@tok@@
location_id = @@loc@@

[amazon]
marketplace_id = "@@mp@@"
seller_id = "@@sid@@"
''', shop=slug(company(r)) + ".myshopify.com", key=key, tok=C.v("toml", "SHOPIFY_ACCESS_TOKEN"), loc=digits(r, 11),
        mp=amz_mp(r)[1], sid=seller_id(r))
    return pick(r, ["config/shopify.toml", "sync.toml"]), text


@ptpl("shopify", "client_secret", "shpss")
def p_php_shopify_webhook(r, C):
    text = fill('''
<?php
// Verifies Shopify webhooks before the order is queued for the WMS
function verify_webhook(string $data, string $hmacHeader): bool
{
    $calculated = base64_encode(hash_hmac('sha256', $data, @@sec@@, true));
    return hash_equals($calculated, $hmacHeader);
}

$hmac = $_SERVER['HTTP_X_SHOPIFY_HMAC_SHA256'] ?? '';
$data = file_get_contents('php://input');
if (!verify_webhook($data, $hmac)) {
    http_response_code(401);
    exit;
}
file_put_contents(__DIR__ . '/queue/' . uniqid('order_', true) . '.json', $data);
''', sec=C.v("php", "SHOPIFY_API_SECRET", "'"))
    return pick(r, ["public/webhooks/shopify.php", "webhook/orders-create.php"]), text


@ptpl("shopify", "user_token", "shpat")
def p_gs_shopify(r, C):
    text = fill('''
function pullShopifyOrders() {
  var shop = '@@shop@@';
  var url = 'https://' + shop + '/admin/api/2024-04/orders.json?status=open&limit=250';
  var res = UrlFetchApp.fetch(url, {
    headers: { 'X-Shopify-Access-Token': @@tok@@ },
    muteHttpExceptions: true
  });
  var orders = JSON.parse(res.getContentText()).orders;
  var sh = SpreadsheetApp.getActive().getSheetByName('Shopify');
  orders.forEach(function (o) { sh.appendRow([o.name, o.created_at, o.total_price, o.financial_status]); });
}
''', shop=slug(company(r)) + ".myshopify.com", tok=C.v("gs", "SHOPIFY_TOKEN", "'"))
    return pick(r, ["apps-script/Shopify.gs", "gas/shopify_orders.gs"]), text


@ptpl("shopify", "api_password", "shppa")
def p_md_shopify_readme(r, C):
    shop = slug(company(r)) + ".myshopify.com"
    text = fill('''
# Shopify stock bridge

Small service that mirrors warehouse stock into the Shopify store.

## Quick check

The private app is already installed on the store; this call should list locations:

```bash
curl -s https://@@shop@@/admin/api/2024-01/locations.json \\
  -H "X-Shopify-Access-Token: @@tok@@"
```

## Running

```bash
pip install -r requirements.txt
python -m bridge --dry-run
```

Stock is pushed every 10 minutes; see `bridge/schedule.py`.
''', shop=shop, tok=C.raw("SHOPIFY_PASSWORD", "md"))
    return pick(r, ["README.md", "docs/setup.md", "docs/shopify.md"]), text


# ---------------------------------------------------------------- WooCommerce ---------
@ptpl("woocommerce", "consumer_secret", "woo_cs")
def p_js_woo(r, C):
    text = fill('''
import WooCommerceRestApi from '@woocommerce/woocommerce-rest-api';

export const woo = new WooCommerceRestApi({
  url: 'https://@@dom@@',
  consumerKey: process.env.WC_CONSUMER_KEY,
  consumerSecret: @@cs@@,
  version: 'wc/v3',
  queryStringAuth: true,
});

export async function updateStock(productId, qty) {
  return woo.put(`products/${productId}`, { stock_quantity: qty, manage_stock: true });
}
''', dom="shop." + slug(company(r)) + ".com", cs=C.v("js", "WC_CONSUMER_SECRET", "'"))
    return pick(r, ["src/woo.js", "lib/woocommerce.mjs"]), text


@ptpl("woocommerce", "consumer_secret", "woo_cs")
def p_php_woo(r, C):
    text = fill('''
<?php
require __DIR__ . '/vendor/autoload.php';

use Automattic\\WooCommerce\\Client;

$woocommerce = new Client(
    'https://@@dom@@',
    getenv('WC_KEY'),
    @@cs@@,
    ['version' => 'wc/v3', 'timeout' => 30]
);

$orders = $woocommerce->get('orders', ['status' => 'processing', 'per_page' => 50]);
foreach ($orders as $order) {
    printf("%d %s %s\\n", $order->id, $order->date_created, $order->total);
}
''', dom="www." + slug(company(r)) + ".com", cs=C.v("php", "WC_SECRET", "'"))
    return pick(r, ["bin/woo_orders.php", "scripts/export-processing.php"]), text


@ptpl("woocommerce", "consumer_secret", "woo_cs")
def p_log_woo_url(r, C):
    ck = "ck_" + hexs(r, 40) if C.pos else "ck_" + "x" * 40
    day = "%02d/%s/2024" % (r.randint(1, 28), pick(r, ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]))
    lines = []
    for _ in range(r.randint(2, 4)):
        lines.append('%d.%d.%d.%d - - [%s:1%d:%02d:%02d +0000] "GET /wp-json/wc/v3/orders?status=processing&page=1 HTTP/1.1" 401 92 "-" "%s"' % (10, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254), day, r.randint(0, 9), r.randint(0, 59), r.randint(0, 59), "WooCommerce API Client-Node.js/1.0.1"))
    lines.append('%d.%d.%d.%d - - [%s:1%d:%02d:%02d +0000] "GET /wp-json/wc/v3/products?per_page=100&consumer_key=%s&consumer_secret=%s HTTP/1.1" 200 48211 "-" "channel-sync/2.3"' % (10, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254), day, r.randint(0, 9), r.randint(0, 59), r.randint(0, 59), ck, C.raw("WC_CONSUMER_SECRET", "url")))
    for _ in range(r.randint(2, 4)):
        lines.append('%d.%d.%d.%d - - [%s:1%d:%02d:%02d +0000] "POST /wp-json/wc/v3/products/batch HTTP/1.1" 200 %d "-" "channel-sync/2.3"' % (10, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254), day, r.randint(0, 9), r.randint(0, 59), r.randint(0, 59), r.randint(800, 9000)))
    lines.sort(key=lambda ln: ln.split("[", 1)[1][:26])
    return pick(r, ["logs/access.log", "var/log/nginx/shop_access.log"]), "\n".join(lines) + "\n"


@ptpl("woocommerce", "db_password", "password")
def p_php_wpconfig(r, C):
    text = fill('''
<?php
/**
 * The base configuration for WordPress (staging copy of the shop)
 */
define( 'DB_NAME', 'wp_@@db@@' );
define( 'DB_USER', 'wp_@@db@@' );
define( 'DB_PASSWORD', @@pw@@ );
define( 'DB_HOST', 'mysql.internal:3306' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'wp_';

define( 'WP_DEBUG', false );
define( 'WC_LOG_HANDLER', 'WC_Log_Handler_DB' );

if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', db=slug(company(r)).split("-")[0][:8], pw=C.v("php", "WORDPRESS_DB_PASSWORD", "'"))
    return pick(r, ["wp-config.php", "staging/wp-config.php"]), text


@ptpl("woocommerce", "consumer_secret", "woo_cs")
def p_dockerfile_woo(r, C):
    text = fill('''
FROM python:3.12-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

ENV WC_URL=https://@@dom@@ \\
    WC_CONSUMER_KEY_FILE=/run/secrets/wc_key \\
    WC_CONSUMER_SECRET=@@cs@@ \\
    SYNC_INTERVAL=600

USER 1000
CMD ["python", "-m", "stocksync"]
''', dom="shop." + slug(company(r)) + ".com", cs=C.raw("WC_CONSUMER_SECRET", "docker"))
    return pick(r, ["Dockerfile", "docker/stocksync/Dockerfile"]), text


# ---------------------------------------------------------------- ShipStation ---------
@ptpl("shipstation", "api_key", "hex32")
def p_py_shipstation(r, C):
    text = fill('''
import os

import requests
from requests.auth import HTTPBasicAuth

SS = "https://ssapi.shipstation.com"
AUTH = HTTPBasicAuth(os.environ["SHIPSTATION_API_KEY"], @@sec@@)


def awaiting_shipment(store_id=None):
    params = {"orderStatus": "awaiting_shipment", "pageSize": 500}
    if store_id:
        params["storeId"] = store_id
    return requests.get(f"{SS}/orders", auth=AUTH, params=params, timeout=30).json()["orders"]
''', sec=C.v("py", "SHIPSTATION_API_SECRET"))
    return pick(r, ["shipping/shipstation.py", "fulfilment/ss_client.py"]), text


@ptpl("shipstation", "basic_auth", "hex32")
def p_http_shipstation(r, C):
    blob = C.blob(hexs(r, 32), "SHIPSTATION_BASIC", "shipstation")
    text = fill('''
### ShipStation - list stores
GET https://ssapi.shipstation.com/stores?showInactive=false
Authorization: Basic @@blob@@

### ShipStation - orders awaiting shipment
GET https://ssapi.shipstation.com/orders?orderStatus=awaiting_shipment&pageSize=100
Authorization: Basic @@blob@@
''', blob=blob)
    return pick(r, ["http/shipstation.http", "requests/shipstation.http"]), text


# ---------------------------------------------------------------- Linnworks -----------
@ptpl("linnworks", "client_secret", "uuid")
def p_cs_linnworks(r, C):
    text = fill('''
using LinnworksAPI;

namespace Warehouse.Linnworks
{
    public class LinnworksSession
    {
        private static readonly Guid ApplicationId = new Guid("@@app@@");
        private static readonly Guid ApplicationSecret = new Guid(@@sec@@);

        public BaseSession Authorize(Guid installToken)
        {
            var auth = new AuthController(new ApiContext("https://api.linnworks.net"));
            return auth.AuthorizeByApplication(new AuthorizeByApplicationRequest
            {
                ApplicationId = ApplicationId,
                ApplicationSecret = ApplicationSecret,
                Token = installToken
            });
        }
    }
}
''', app=uuid4(r), sec=C.v("cs", "LINNWORKS_APP_SECRET"))
    return pick(r, ["src/Warehouse/Linnworks/LinnworksSession.cs", "Linnworks/Session.cs"]), text


@ptpl("linnworks", "user_token", "uuid")
def p_json_linnworks(r, C):
    text = fill('''
{
  "Linnworks": {
    "ApplicationId": "@@app@@",
    "ApplicationSecret": "${LINNWORKS_APP_SECRET}",
    "Token": @@tok@@,
    "DefaultLocation": "@@loc@@"
  },
  "Sync": { "StockEveryMinutes": 15, "OrdersEveryMinutes": 5 }
}
''', app=uuid4(r), tok=C.v("json", "LINNWORKS_TOKEN"), loc=uuid4(r))
    return pick(r, ["config/linnworks.json", "appsettings.Linnworks.json"]), text


# ---------------------------------------------------------------- ChannelAdvisor ------
@ptpl("channeladvisor", "refresh_token", "ca_refresh")
def p_py_channeladvisor(r, C):
    var = nm(r, ["CA_REFRESH_TOKEN", "REFRESH_TOKEN"], ["CA_GRANT", "tok_ca"])
    text = fill('''
import base64
import os

import requests

APPLICATION_ID = "@@app@@"
SHARED_SECRET = os.environ["CA_SHARED_SECRET"]
@@var@@ = @@tok@@
PROFILE_ID = @@prof@@


def access_token():
    basic = base64.b64encode(f"{APPLICATION_ID}:{SHARED_SECRET}".encode()).decode()
    r = requests.post(
        "https://api.channeladvisor.com/oauth2/token",
        headers={"Authorization": f"Basic {basic}"},
        data={"grant_type": "refresh_token", "refresh_token": @@var@@},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["access_token"]
''', app=rs(r, LOW + DIG, 32), var=var, tok=C.v("py", "CA_REFRESH_TOKEN"), prof=digits(r, 8))
    return pick(r, ["channeladvisor/auth.py", "ca/token.py"]), text


@ptpl("channeladvisor", "api_password", "password")
def p_xml_channeladvisor_soap(r, C):
    text = fill('''
<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:web="http://api.channeladvisor.com/webservices/">
  <soap:Header>
    <web:APICredentials>
      <web:DeveloperKey>@@dev@@</web:DeveloperKey>
      <web:Password>@@pw@@</web:Password>
    </web:APICredentials>
  </soap:Header>
  <soap:Body>
    <web:GetOrderList>
      <web:accountID>@@acct@@</web:accountID>
      <web:orderCriteria>
        <web:StatusUpdateFilterBeginTimeGMT>2024-03-01T00:00:00</web:StatusUpdateFilterBeginTimeGMT>
        <web:DetailLevel>Complete</web:DetailLevel>
        <web:PageNumberFilter>1</web:PageNumberFilter>
        <web:PageSize>50</web:PageSize>
      </web:orderCriteria>
    </web:GetOrderList>
  </soap:Body>
</soap:Envelope>
''', dev=uuid4(r), pw=C.v("xml", "CA_DEV_PASSWORD", ""), acct=uuid4(r))
    return pick(r, ["soap/GetOrderList.xml", "tests/fixtures/ca_getorderlist.xml"]), text


# ---------------------------------------------------------------- Sellbrite -----------
@ptpl("sellbrite", "api_key", "hex32")
def p_sql_sellbrite(r, C):
    text = fill('''
-- 2024_0@@m@@_12_add_sellbrite_channel.sql
BEGIN;

INSERT INTO channels (code, name, enabled, poll_minutes)
VALUES ('sellbrite', 'Sellbrite', true, 15)
ON CONFLICT (code) DO NOTHING;

UPDATE channel_credentials
   SET api_user = '@@tokacct@@',
       api_secret = @@sec@@,
       updated_at = now()
 WHERE channel_code = 'sellbrite'
   AND account_id = @@acct@@;

COMMIT;
''', m=r.randint(1, 9), tokacct=uuid4(r), sec=C.v("sql", "SELLBRITE_SECRET_KEY", "'"), acct=r.randint(2, 90))
    return pick(r, ["db/migrations/2024_add_sellbrite_channel.sql", "migrations/0042_sellbrite.sql"]), text


@ptpl("sellbrite", "basic_auth", "hex32")
def p_md_sellbrite(r, C):
    blob = C.blob(uuid4(r), "SELLBRITE_BASIC", "sellbrite")
    text = fill('''
# Sellbrite integration notes

* Sellbrite uses Basic auth (account token + secret key).
* Rate limit: 40 calls/min, 2/s - the importer sleeps 600 ms between pages.

Working request from the support ticket:

```
GET https://api.sellbrite.com/v1/inventory?page=1&limit=100
Authorization: Basic @@blob@@
```

Warehouses are mapped in `config/warehouses.yml`.
''', blob=blob)
    return pick(r, ["docs/sellbrite.md", "notes/sellbrite-integration.md"]), text


# ---------------------------------------------------------------- CSV / misc ----------
@ptpl("multichannel", "client_secret", "meli_secret")
def p_csv_channel_accounts(r, C):
    rows = ["channel,account_name,client_id,client_secret,status,last_sync"]
    n = r.randint(3, 6)
    slot_row = r.randrange(n)
    for i in range(n):
        if i == slot_row:
            rows.append("mercadolibre,%s,%s,%s,active,2024-0%d-1%d 08:00" % (slug(company(r)), digits(r, 16), C.raw("MELI_CLIENT_SECRET", "csv"), r.randint(1, 9), r.randint(0, 9)))
        else:
            ch = pick(r, ["amazon", "ebay", "etsy", "walmart", "shopify", "bol"])
            cid = {"amazon": lwa_client_id(r), "ebay": ebay_app_id(r), "etsy": rs(r, LOW + DIG, 24), "walmart": uuid4(r),
                   "shopify": slug(company(r)) + ".myshopify.com", "bol": uuid4(r)}[ch]
            rows.append("%s,%s,%s,,%s,2024-0%d-1%d 08:00" % (ch, slug(company(r)), cid, pick(r, ["active", "paused", "error"]), r.randint(1, 9), r.randint(0, 9)))
    return pick(r, ["exports/channel_accounts.csv", "data/accounts_export.csv"]), "\n".join(rows) + "\n"


@ptpl("amazon-sp-api", "client_secret", "lwa_secret")
def p_ts_spapi_config(r, C):
    text = fill('''
import type { SellingPartnerConfig } from './types';

export const spConfig: SellingPartnerConfig = {
  region: '@@reg@@',
  marketplaceIds: ['@@mp@@'],
  lwa: {
    clientId: '@@cid@@',
    clientSecret: @@sec@@,
  },
  sandbox: false,
  retry: { attempts: 5, backoffMs: 800 },
};
''', reg=amz_mp(r)[2], mp=amz_mp(r)[1], cid=lwa_client_id(r), sec=C.v("ts", "LWA_CLIENT_SECRET", "'"))
    return pick(r, ["src/config/sp.ts", "packages/amazon/src/config.ts"]), text


@ptpl("ebay", "user_token", "ebay_authnauth")
def p_php_ebay_trading(r, C):
    text = fill('''
<?php
return [
    'sandbox' => false,
    'siteId' => @@site@@,
    'credentials' => [
        'devId' => '@@dev@@',
        'appId' => '@@app@@',
        'certId' => getenv('EBAY_CERT_ID'),
    ],
    'authToken' => @@tok@@,
    'compatibilityVersion' => 1271,
];
''', site=pick(r, ["0", "3", "77"]), dev=uuid4(r), app=ebay_app_id(r), tok=C.v("php", "EBAY_AUTH_TOKEN", "'"))
    return pick(r, ["config/ebay.php", "app/config/ebay_trading.php"]), text


@ptpl("walmart", "client_secret", "walmart_secret")
def p_go_walmart(r, C):
    text = fill('''
package walmart

import (
	"encoding/base64"
	"net/http"
	"net/url"
	"strings"
)

var (
	clientID     = "@@cid@@"
	clientSecret = @@sec@@
)

func tokenRequest(correlationID string) (*http.Request, error) {
	form := url.Values{"grant_type": {"client_credentials"}}
	req, err := http.NewRequest("POST", "https://marketplace.walmartapis.com/v3/token", strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(clientID+":"+clientSecret)))
	req.Header.Set("WM_SVC.NAME", "Walmart Marketplace")
	req.Header.Set("WM_QOS.CORRELATION_ID", correlationID)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return req, nil
}
''', cid=uuid4(r), sec=C.v("go", "WALMART_CLIENT_SECRET"))
    return pick(r, ["internal/walmart/token.go", "walmart/auth.go"]), text


@ptpl("etsy", "refresh_token", "etsy_refresh")
def p_sql_etsy_seed(r, C):
    text = fill('''
-- local dev seed: one connected Etsy shop
INSERT INTO shops (id, channel, external_shop_id, name, currency)
VALUES (1, 'etsy', '@@shop@@', '@@name@@', 'USD');

INSERT INTO oauth_tokens (shop_id, provider, refresh_token, scopes, created_at)
VALUES (1, 'etsy', @@tok@@, 'listings_r listings_w transactions_r', '2024-0@@m@@-0@@d@@');
''', shop=digits(r, 8), name=company(r), tok=C.v("sql", "ETSY_REFRESH_TOKEN", "'"), m=r.randint(1, 9), d=r.randint(1, 9))
    return pick(r, ["db/seed.sql", "dev/seed_shops.sql"]), text


@ptpl("mercadolibre", "user_token", "meli_access")
def p_yaml_gha_meli(r, C):
    text = fill('''
name: nightly-price-sync
on:
  schedule:
    - cron: "15 3 * * *"
  workflow_dispatch: {}

jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      MELI_SITE: @@site@@
      MELI_ACCESS_TOKEN: @@tok@@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements.txt
      - run: python -m pricesync --channel mercadolibre
''', site=pick(r, MELI_SITES)[0], tok=C.raw("MELI_ACCESS_TOKEN"))
    return pick(r, [".github/workflows/price-sync.yml", ".github/workflows/nightly.yml"]), text


@ptpl("shopee", "partner_key", "shopee_key")
def p_ts_shopee(r, C):
    text = fill('''
import { createHmac } from 'node:crypto';

const PARTNER_ID = @@pid@@;
const KEY = @@key@@;

export function shopeeSign(path: string, ts: number, accessToken = '', shopId = ''): string {
  return createHmac('sha256', KEY)
    .update(`${PARTNER_ID}${path}${ts}${accessToken}${shopId}`)
    .digest('hex');
}
''', pid=digits(r, 7), key=C.v("ts", "SHOPEE_PARTNER_KEY", "'"))
    return pick(r, ["src/shopee/sign.ts", "libs/shopee/sign.ts"]), text


# ======================================================================================
# NEGATIVE LOOK-ALIKE TEMPLATES (no credential at all)
# ======================================================================================
def _date(r):
    return "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))


def _ts(r):
    return "%sT%02d:%02d:%02dZ" % (_date(r), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


@ntpl("amazon-sp-api", "inventory_export")
def n_csv_fba_inventory(r):
    rows = ["sku,fnsku,asin,product-name,condition,your-price,mfn-listing-exists,afn-fulfillable-quantity,afn-reserved-quantity,upc"]
    for _ in range(r.randint(8, 25)):
        rows.append("%s,%s,%s,%s,New,%d.%02d,No,%d,%d,%s" % (sku(r), fnsku(r), asin(r), pick(r, PRODUCT_WORDS), r.randint(5, 120), r.randint(0, 99), r.randint(0, 400), r.randint(0, 20), upc(r)))
    return pick(r, ["exports/fba_inventory_%s.csv" % _date(r), "data/amazon/manage_fba_inventory.csv"]), "\n".join(rows) + "\n"


@ntpl("amazon-sp-api", "orders_export")
def n_tsv_amazon_orders(r):
    mpname = pick(r, ["Amazon.com", "Amazon.de", "Amazon.co.uk", "Amazon.fr", "Amazon.ca"])
    rows = ["amazon-order-id\tmerchant-order-id\tpurchase-date\torder-status\tsales-channel\tsku\tasin\tquantity\titem-price\tship-postal-code"]
    for _ in range(r.randint(6, 20)):
        rows.append("\t".join([amz_order(r), "", _ts(r), pick(r, ["Shipped", "Pending", "Unshipped"]), mpname, sku(r), asin(r), str(r.randint(1, 3)), "%d.%02d" % (r.randint(5, 200), r.randint(0, 99)), digits(r, 5, False)]))
    return pick(r, ["reports/all_orders_%s.txt" % _date(r), "data/GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL.tsv"]), "\n".join(rows) + "\n"


@ntpl("amazon-sp-api", "marketplace_ids")
def n_py_marketplaces(r):
    sel = list(AMZ_MARKETPLACES)
    r.shuffle(sel)
    sel = sel[:r.randint(5, 12)]
    lines = ['"""Amazon marketplace ids and SP-API endpoints (public values from the SP-API docs)."""', "",
             "ENDPOINTS = {", '    "na": "https://sellingpartnerapi-na.amazon.com",',
             '    "eu": "https://sellingpartnerapi-eu.amazon.com",', '    "fe": "https://sellingpartnerapi-fe.amazon.com",', "}", "",
             "MARKETPLACES = {"]
    for cc, mp, reg in sel:
        lines.append('    "%s": {"id": "%s", "region": "%s"},' % (cc, mp, reg))
    lines += ["}", "", "", "def region_of(country):", "    return MARKETPLACES[country][\"region\"]", ""]
    return pick(r, ["amazon/marketplaces.py", "channels/amazon/constants.py"]), "\n".join(lines)


@ntpl("amazon-sp-api", "api_response")
def n_json_getorders(r):
    orders = []
    for _ in range(r.randint(2, 4)):
        cc, mp, reg = amz_mp(r)
        orders.append(fill('''
      {
        "AmazonOrderId": "@@oid@@",
        "SellerOrderId": "@@oid@@",
        "PurchaseDate": "@@ts@@",
        "OrderStatus": "@@st@@",
        "FulfillmentChannel": "@@fc@@",
        "MarketplaceId": "@@mp@@",
        "OrderTotal": { "CurrencyCode": "@@cur@@", "Amount": "@@amt@@" },
        "NumberOfItemsShipped": @@n@@,
        "BuyerInfo": { "BuyerEmail": "@@be@@@marketplace.amazon.com" }
      }''', oid=amz_order(r), ts=_ts(r), st=pick(r, ["Shipped", "Unshipped", "Canceled"]), fc=pick(r, ["AFN", "MFN"]), mp=mp,
            cur=pick(r, ["USD", "EUR", "GBP", "CAD"]), amt="%d.%02d" % (r.randint(5, 300), r.randint(0, 99)), n=r.randint(0, 3),
            be=rs(r, LOW + DIG, 16)).rstrip("\n"))
    text = '{\n  "payload": {\n    "Orders": [\n' + ",\n".join(orders) + '\n    ],\n    "CreatedBefore": "' + _ts(r) + '"\n  }\n}\n'
    return pick(r, ["tests/fixtures/getOrders_response.json", "mocks/sp-api/orders.json"]), text


@ntpl("amazon-sp-api", "report_document")
def n_json_report_document(r):
    rid = digits(r, 11)
    doc = "amzn1.tortuga.4.%s.%s.T%s" % (pick(r, ["na", "eu", "fe"]), uuid4(r), rs(r, UPP + DIG, 13))
    text = fill('''
{
  "reportId": "@@rid@@",
  "reportType": "GET_MERCHANT_LISTINGS_ALL_DATA",
  "processingStatus": "DONE",
  "marketplaceIds": ["@@mp@@"],
  "reportDocumentId": "@@doc@@",
  "createdTime": "@@ts@@",
  "processingStartTime": "@@ts@@",
  "dataStartTime": "@@ts2@@"
}
''', rid=rid, mp=amz_mp(r)[1], doc=doc, ts=_ts(r), ts2=_ts(r))
    return pick(r, ["tests/fixtures/report_done.json", "samples/report_status.json"]), text


@ntpl("amazon-sp-api", "notification")
def n_json_sqs_notification(r):
    text = fill('''
{
  "MessageId": "@@mid@@",
  "ReceiptHandle": "@@rh@@",
  "MD5OfBody": "@@md5@@",
  "Body": {
    "NotificationVersion": "1.0",
    "NotificationType": "ANY_OFFER_CHANGED",
    "PayloadVersion": "1.0",
    "EventTime": "@@ts@@",
    "Payload": {
      "AnyOfferChangedNotification": {
        "SellerId": "@@sid@@",
        "OfferChangeTrigger": { "MarketplaceId": "@@mp@@", "ASIN": "@@asin@@", "ItemCondition": "new" }
      }
    },
    "NotificationMetadata": {
      "ApplicationId": "amzn1.sellerapps.app.@@app@@",
      "SubscriptionId": "@@sub@@",
      "PublishTime": "@@ts@@",
      "NotificationId": "@@nid@@"
    }
  }
}
''', mid=uuid4(r), rh="AQEB" + rs(r, B64, r.randint(300, 380)) + "==", md5=hexs(r, 32), ts=_ts(r), sid=seller_id(r),
        mp=amz_mp(r)[1], asin=asin(r), app=uuid4(r), sub=uuid4(r), nid=uuid4(r))
    return pick(r, ["tests/fixtures/sqs_any_offer_changed.json", "events/sample_notification.json"]), text


@ntpl("amazon-sp-api", "app_config_ids")
def n_yaml_spapi_ids(r):
    cc, mp, reg = amz_mp(r)
    text = fill('''
# public identifiers only - secrets come from the vault injector
amazon:
  application_id: amzn1.sp.solution.@@sol@@
  app_id_legacy: amzn1.application.@@aid@@
  lwa_client_id: @@cid@@
  seller_id: @@sid@@
  marketplace_id: @@mp@@
  region: @@reg@@
  destination_id: @@dest@@
  subscription_ids:
    ANY_OFFER_CHANGED: @@s1@@
    ORDER_CHANGE: @@s2@@
  lwa_client_secret: ${LWA_CLIENT_SECRET}
  refresh_token: ${LWA_REFRESH_TOKEN}
''', sol=uuid4(r), aid=hexs(r, 32), cid=lwa_client_id(r), sid=seller_id(r), mp=mp, reg=reg, dest=uuid4(r), s1=uuid4(r), s2=uuid4(r))
    return pick(r, ["config/amazon.yml", "deploy/config/amazon-ids.yaml"]), text


@ntpl("amazon-sp-api", "feed_xml")
def n_xml_amazon_feed(r):
    msgs = []
    for i in range(r.randint(2, 5)):
        msgs.append(fill('''
  <Message>
    <MessageID>@@i@@</MessageID>
    <OperationType>Update</OperationType>
    <Inventory>
      <SKU>@@sku@@</SKU>
      <Quantity>@@q@@</Quantity>
      <FulfillmentLatency>@@l@@</FulfillmentLatency>
    </Inventory>
  </Message>''', i=i + 1, sku=sku(r), q=r.randint(0, 80), l=r.randint(1, 3)).rstrip("\n"))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<AmazonEnvelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="amzn-envelope.xsd">\n'
            '  <Header>\n    <DocumentVersion>1.01</DocumentVersion>\n    <MerchantIdentifier>' + seller_id(r) + '</MerchantIdentifier>\n  </Header>\n'
            '  <MessageType>Inventory</MessageType>\n' + "\n".join(msgs) + '\n</AmazonEnvelope>\n')
    return pick(r, ["feeds/inventory_feed.xml", "tests/fixtures/POST_INVENTORY_AVAILABILITY_DATA.xml"]), text


@ntpl("amazon-sp-api", "java_constants")
def n_java_asin_util(r):
    text = fill('''
package com.@@pkg@@.catalog;

import java.util.regex.Pattern;

public final class AmazonIds {
    public static final Pattern ASIN = Pattern.compile("^B0[0-9A-Z]{8}$");
    public static final Pattern ORDER_ID = Pattern.compile("^\\\\d{3}-\\\\d{7}-\\\\d{7}$");
    public static final String US = "ATVPDKIKX0DER";
    public static final String DE = "A1PA6795UKMFR9";
    public static final String SAMPLE_ASIN = "@@asin@@";
    public static final String SAMPLE_ORDER = "@@oid@@";
    public static final String SAMPLE_FNSKU = "@@fn@@";

    private AmazonIds() {}
}
''', pkg=slug(company(r)).split("-")[0], asin=asin(r), oid=amz_order(r), fn=fnsku(r))
    return "src/main/java/com/shop/catalog/AmazonIds.java", text


@ntpl("ebay", "api_response")
def n_json_ebay_orders(r):
    items = []
    for _ in range(r.randint(2, 4)):
        items.append(fill('''
    {
      "orderId": "@@oid@@",
      "legacyOrderId": "@@leg@@",
      "creationDate": "@@ts@@",
      "orderFulfillmentStatus": "@@st@@",
      "sellerId": "@@seller@@",
      "buyer": { "username": "@@buyer@@" },
      "lineItems": [ { "lineItemId": "@@li@@", "legacyItemId": "@@item@@", "sku": "@@sku@@", "quantity": @@q@@ } ]
    }''', oid=ebay_order(r), leg="%s-%s" % ("1" + digits(r, 11, False), digits(r, 13)), ts=_ts(r), st=pick(r, ["FULFILLED", "NOT_STARTED", "IN_PROGRESS"]),
            seller=slug(company(r)).replace("-", "_"), buyer=pick(r, ["jdoe", "m.rossi", "kat_88", "buyer" + digits(r, 4)]),
            li=digits(r, 14), item="1" + digits(r, 11, False), sku=sku(r), q=r.randint(1, 3)).rstrip("\n"))
    text = '{\n  "href": "https://api.ebay.com/sell/fulfillment/v1/order?limit=50&offset=0",\n  "total": %d,\n  "orders": [\n%s\n  ]\n}\n' % (len(items), ",\n".join(items))
    return pick(r, ["tests/fixtures/ebay_orders.json", "mocks/ebay/getOrders.json"]), text


@ntpl("ebay", "public_ids")
def n_py_ebay_public(r):
    text = fill('''
"""eBay keyset identifiers that are safe to commit (client id, RuName, dev id).

The Cert ID (client secret) is read from the secret store at runtime.
"""
import os

EBAY_APP_ID = "@@app@@"          # App ID / Client ID - public
EBAY_RUNAME = "@@ru@@"
EBAY_CERT_ID = os.environ.get("EBAY_CERT_ID")

STORE_CATEGORY_IDS = [@@c1@@, @@c2@@, @@c3@@]
WATCHED_ITEMS = ["@@i1@@", "@@i2@@"]
''', app=ebay_app_id(r), ru="%s-%s-%s-%s" % (pick(r, ["Kestrel_Supply", "Acme_Corp", "Harbor_Tack"]), pick(r, ["KestrelS", "AcmeCorp", "HarborTa"]), pick(r, ["Lister", "SyncTo"]), rs(r, LOW, 5)),
        c1=digits(r, 10), c2=digits(r, 10), c3=digits(r, 10), i1="1" + digits(r, 11, False), i2="2" + digits(r, 11, False))
    return pick(r, ["ebay/keyset.py", "config/ebay_public.py"]), text


@ntpl("etsy", "listings_export")
def n_csv_etsy_listings(r):
    rows = ["listing_id,title,state,quantity,price,sku,image_url,last_modified"]
    for _ in range(r.randint(6, 15)):
        rows.append("%s,%s,%s,%d,%d.%02d,%s,https://i.etsystatic.com/%s/r/il/%s/%s/il_fullxfull.%s_%s.jpg,%s" % (
            digits(r, 10), pick(r, PRODUCT_WORDS), pick(r, ["active", "inactive", "draft"]), r.randint(0, 30), r.randint(8, 90), r.randint(0, 99),
            sku(r), digits(r, 8), hexs(r, 6), digits(r, 10), digits(r, 10), rs(r, LOW + DIG, 4), _date(r)))
    return pick(r, ["exports/etsy_listings.csv", "data/etsy/listings_%s.csv" % _date(r)]), "\n".join(rows) + "\n"


@ntpl("walmart", "api_log")
def n_log_walmart(r):
    lines = []
    for _ in range(r.randint(5, 10)):
        lines.append("%s INFO walmart.client GET /v3/orders?createdStartDate=%s limit=100 WM_QOS.CORRELATION_ID=%s WM_SEC.ACCESS_TOKEN=<masked> status=200 purchaseOrderIds=[%s,%s]" % (
            _ts(r), _date(r), uuid4(r), digits(r, 13), digits(r, 13)))
    lines.append("%s WARN walmart.client feed %s status=PROCESSED itemsFailed=%d" % (_ts(r), rs(r, UPP + DIG, 32) + "@" + rs(r, ALNUM, 24), r.randint(0, 5)))
    return pick(r, ["logs/walmart.log", "var/log/walmart-orders.log"]), "\n".join(lines) + "\n"


@ntpl("walmart", "api_response")
def n_json_walmart_po(r):
    text = fill('''
{
  "list": {
    "meta": { "totalCount": 1, "limit": 100, "nextCursor": null },
    "elements": {
      "order": [
        {
          "purchaseOrderId": "@@po@@",
          "customerOrderId": "@@co@@",
          "customerEmailId": "@@em@@@relay.walmart.com",
          "orderDate": @@od@@,
          "shippingInfo": { "phone": "5550100@@ph@@", "methodCode": "Standard" },
          "orderLines": { "orderLine": [ { "lineNumber": "1", "item": { "productName": "@@pn@@", "sku": "@@sku@@" },
            "orderLineQuantity": { "unitOfMeasurement": "EACH", "amount": "1" } } ] }
        }
      ]
    }
  }
}
''', po=digits(r, 13), co=digits(r, 13), em=hexs(r, 32).upper(), od=digits(r, 13), ph=digits(r, 3, False), pn=pick(r, PRODUCT_WORDS), sku=sku(r))
    return pick(r, ["tests/fixtures/walmart_orders.json", "mocks/walmart/po.json"]), text


@ntpl("mercadolibre", "api_response")
def n_json_meli_item(r):
    site, dom = pick(r, MELI_SITES)
    iid = site + digits(r, 10)
    text = fill('''
{
  "id": "@@iid@@",
  "site_id": "@@site@@",
  "title": "@@title@@",
  "seller_id": @@sid@@,
  "category_id": "@@site@@@@cat@@",
  "price": @@price@@,
  "currency_id": "@@cur@@",
  "available_quantity": @@q@@,
  "permalink": "https://articulo.@@dom@@/@@perm@@",
  "pictures": [
    { "id": "@@pic@@-@@site@@@@pn@@_@@pd@@", "url": "http://http2.mlstatic.com/D_NQ_NP_@@pic@@-@@site@@@@pn@@_@@pd@@-O.jpg" }
  ],
  "catalog_product_id": "@@site@@@@cp@@",
  "status": "active"
}
''', iid=iid, site=site, title=pick(r, PRODUCT_WORDS), sid=digits(r, 9), cat=digits(r, 4), price=r.randint(1000, 90000),
        cur=pick(r, ["ARS", "BRL", "MXN", "CLP", "COP"]), q=r.randint(0, 50), dom=dom, perm=iid[:3] + "-" + iid[3:] + "-" + slug(pick(r, PRODUCT_WORDS)) + "-_JM",
        pic=digits(r, 6), pn=digits(r, 11), pd="%02d2024" % r.randint(1, 12), cp=digits(r, 8))
    return pick(r, ["tests/fixtures/meli_item.json", "samples/mercadolibre_item.json"]), text


@ntpl("shopee", "signed_request_log")
def n_log_shopee_sign(r):
    pid = digits(r, 7)
    shop = digits(r, 9)
    lines = []
    for _ in range(r.randint(5, 10)):
        path = pick(r, ["/api/v2/order/get_order_list", "/api/v2/product/get_item_list", "/api/v2/logistics/get_tracking_number", "/api/v2/order/get_order_detail"])
        lines.append("%s DEBUG shopee GET %s%s?partner_id=%s&timestamp=%d&access_token=****&shop_id=%s&sign=%s -> 200 request_id=%s" % (
            _ts(r), pick(r, SHOPEE_HOSTS), path, pid, r.randint(1700000000, 1730000000), shop, hexs(r, 64), hexs(r, 32)))
    lines.append("%s INFO shopee order_sn=%s status=READY_TO_SHIP" % (_ts(r), "24%02d%02d%s" % (r.randint(1, 12), r.randint(1, 28), rs(r, UPP + DIG, 8))))
    return pick(r, ["logs/shopee-requests.log", "var/log/shopee/api.log"]), "\n".join(lines) + "\n"


@ntpl("lazada", "signed_request_log")
def n_log_lazada_sign(r):
    appkey = digits(r, 6)
    lines = []
    for _ in range(r.randint(5, 10)):
        lines.append("[%s] lazada.request GET %s/orders/get?app_key=%s&timestamp=%d&sign_method=sha256&created_after=%sT00:00:00%%2B08:00&sign=%s status=200 code=0 request_id=%s" % (
            _ts(r), pick(r, LAZADA_HOSTS), appkey, r.randint(1700000000000, 1730000000000), _date(r), hexs(r, 64).upper(), rs(r, LOW + DIG, 13)))
    return pick(r, ["logs/lazada.log", "storage/logs/lazada-api.log"]), "\n".join(lines) + "\n"


@ntpl("shopify", "webhook_log")
def n_log_shopify_webhooks(r):
    shop = slug(company(r)) + ".myshopify.com"
    lines = []
    for _ in range(r.randint(4, 9)):
        lines.append("%s webhook topic=%s shop=%s X-Shopify-Webhook-Id=%s X-Shopify-Hmac-Sha256=%s verified=true order_id=%s" % (
            _ts(r), pick(r, ["orders/create", "orders/paid", "inventory_levels/update", "products/update"]), shop, uuid4(r), b64std(r, 43) + "=", digits(r, 13)))
    return pick(r, ["logs/webhooks.log", "var/log/shopify-webhooks.log"]), "\n".join(lines) + "\n"


@ntpl("shopify", "graphql_ids")
def n_ts_shopify_ids(r):
    text = fill('''
// Location and publication ids of the @@co@@ store (admin GraphQL global ids)
export const LOCATIONS = {
  warehouse: 'gid://shopify/Location/@@l1@@',
  retail: 'gid://shopify/Location/@@l2@@',
} as const;

export const ONLINE_STORE_PUBLICATION = 'gid://shopify/Publication/@@pub@@';
export const STOREFRONT_DOMAIN = '@@shop@@';
export const APP_CLIENT_ID = '@@api@@'; // public "API key" of the custom app

export function variantGid(id: number | string): string {
  return `gid://shopify/ProductVariant/${id}`;
}

export const webhookSecret = (): string => process.env.SHOPIFY_API_SECRET ?? '';
''', co=company(r), l1=digits(r, 11), l2=digits(r, 11), pub=digits(r, 11), shop=slug(company(r)) + ".myshopify.com", api=hexs(r, 32))
    return pick(r, ["src/shopify/ids.ts", "packages/shopify/src/constants.ts"]), text


@ntpl("multichannel", "tracking_export")
def n_csv_tracking(r):
    rows = ["order_id,channel,carrier,tracking_number,shipped_at"]
    for _ in range(r.randint(6, 15)):
        car = pick(r, ["UPS", "USPS", "FedEx", "DHL"])
        tn = {"UPS": upper_tracking_ups(r), "USPS": "94" + digits(r, 20, False), "FedEx": digits(r, 12), "DHL": digits(r, 10)}[car]
        ch = pick(r, ["amazon", "ebay", "walmart", "etsy", "shopify"])
        oid = {"amazon": amz_order(r), "ebay": ebay_order(r), "walmart": digits(r, 13), "etsy": digits(r, 10), "shopify": "#" + digits(r, 4)}[ch]
        rows.append("%s,%s,%s,%s,%s" % (oid, ch, car, tn, _ts(r)))
    return pick(r, ["exports/shipments.csv", "data/tracking_upload.csv"]), "\n".join(rows) + "\n"


@ntpl("multichannel", "schema")
def n_sql_schema(r):
    text = fill('''
-- channel credentials are stored encrypted (pgcrypto); this migration creates the tables only
CREATE TABLE channel_accounts (
    id              BIGSERIAL PRIMARY KEY,
    channel         TEXT NOT NULL,               -- amazon, ebay, etsy, walmart, shopee ...
    external_id     TEXT NOT NULL,               -- seller id / shop id / user id
    marketplace_id  TEXT,
    client_id       TEXT,
    client_secret_enc BYTEA,
    refresh_token_enc BYTEA,
    token_expires_at TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX channel_accounts_ext ON channel_accounts (channel, external_id);

INSERT INTO channel_accounts (channel, external_id, marketplace_id, client_id)
VALUES ('amazon', '@@sid@@', '@@mp@@', '@@cid@@'),
       ('etsy', '@@shop@@', NULL, NULL),
       ('shopee', '@@sshop@@', 'SG', '@@pid@@');
''', sid=seller_id(r), mp=amz_mp(r)[1], cid=lwa_client_id(r), shop=digits(r, 8), sshop=digits(r, 9), pid=digits(r, 7))
    return pick(r, ["db/migrations/001_channel_accounts.sql", "migrations/0001_init.sql"]), text


@ntpl("multichannel", "orders_sql")
def n_sql_orders(r):
    vals = []
    for i in range(r.randint(4, 9)):
        ch = pick(r, ["amazon", "ebay", "walmart", "mercadolibre", "bol", "allegro"])
        ext = {"amazon": amz_order(r), "ebay": ebay_order(r), "walmart": digits(r, 13), "mercadolibre": "2000" + digits(r, 12, False),
               "bol": digits(r, 10), "allegro": uuid4(r)}[ch]
        vals.append("  ('%s', '%s', '%s', %d.%02d, '%s')" % (uuid4(r), ch, ext, r.randint(5, 300), r.randint(0, 99), _ts(r)))
    text = "INSERT INTO orders (id, channel, external_order_id, total, created_at) VALUES\n" + ",\n".join(vals) + ";\n"
    return pick(r, ["db/fixtures/orders.sql", "tests/sql/orders_fixture.sql"]), text


@ntpl("npm", "lockfile")
def n_json_package_lock(r):
    pkgs = ["amazon-sp-api", "ebay-api", "@woocommerce/woocommerce-rest-api", "axios", "zod", "dayjs", "p-retry", "xml2js"]
    r.shuffle(pkgs)
    ents = []
    for name in pkgs[:r.randint(3, 6)]:
        ver = "%d.%d.%d" % (r.randint(0, 9), r.randint(0, 20), r.randint(0, 20))
        base = name.split("/")[-1]
        ents.append('    "node_modules/%s": {\n      "version": "%s",\n      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",\n      "integrity": "sha512-%s==",\n      "license": "MIT"\n    }' % (name, ver, name, base, ver, b64std(r, 86)))
    text = '{\n  "name": "channel-sync",\n  "version": "2.3.0",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n' + ",\n".join(ents) + "\n  }\n}\n"
    return "package-lock.json", text


@ntpl("go", "go_sum")
def n_go_sum(r):
    mods = ["golang.org/x/oauth2", "github.com/go-resty/resty/v2", "github.com/google/uuid", "github.com/shopspring/decimal", "github.com/rs/zerolog"]
    lines = []
    for m in mods[:r.randint(3, 5)]:
        v = "v%d.%d.%d" % (r.randint(0, 2), r.randint(0, 30), r.randint(0, 9))
        lines.append("%s %s h1:%s=" % (m, v, b64std(r, 43)))
        lines.append("%s %s/go.mod h1:%s=" % (m, v, b64std(r, 43)))
    return "go.sum", "\n".join(lines) + "\n"


@ntpl("docker", "image_digests")
def n_dockerfile_digest(r):
    text = fill('''
# pinned by digest (renovate)
FROM python:3.12-slim@sha256:@@d1@@ AS build
WORKDIR /src
COPY pyproject.toml poetry.lock ./
RUN pip install --no-cache-dir poetry==1.8.3 && poetry export -o requirements.txt

FROM gcr.io/distroless/python3-debian12@sha256:@@d2@@
COPY --from=build /src/requirements.txt /app/
ARG GIT_SHA=@@sha@@
LABEL org.opencontainers.image.revision=$GIT_SHA
ENV LWA_CLIENT_SECRET_FILE=/run/secrets/lwa_client_secret
CMD ["/app/main.py"]
''', d1=hexs(r, 64), d2=hexs(r, 64), sha=hexs(r, 40))
    return pick(r, ["Dockerfile", "build/Dockerfile.worker"]), text


@ntpl("release", "checksums")
def n_sha256sums(r):
    lines = []
    for f in ["channel-sync_linux_amd64.tar.gz", "channel-sync_linux_arm64.tar.gz", "channel-sync_darwin_arm64.tar.gz", "channel-sync_windows_amd64.zip"]:
        lines.append("%s  %s" % (hexs(r, 64), f))
    return pick(r, ["dist/SHA256SUMS", "release/checksums.txt"]), "\n".join(lines) + "\n"


@ntpl("github", "workflow_secrets_refs")
def n_gha_secrets(r):
    text = fill('''
name: deploy
on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@@@sha@@ # v4
      - name: Deploy worker
        env:
          LWA_CLIENT_SECRET: ${{ secrets.LWA_CLIENT_SECRET }}
          LWA_REFRESH_TOKEN: ${{ secrets.LWA_REFRESH_TOKEN }}
          EBAY_CERT_ID: ${{ secrets.EBAY_CERT_ID }}
          SHOPEE_PARTNER_KEY: ${{ secrets.SHOPEE_PARTNER_KEY }}
          WC_CONSUMER_SECRET: ${{ secrets.WC_CONSUMER_SECRET }}
          SELLER_ID: @@sid@@
        run: ./scripts/deploy.sh --env production --region @@reg@@
''', sha=hexs(r, 40), sid=seller_id(r), reg=pick(r, ["us-east-1", "eu-west-1", "eu-central-1"]))
    return pick(r, [".github/workflows/deploy.yml", ".github/workflows/release.yaml"]), text


@ntpl("k8s", "external_secret")
def n_yaml_external_secret(r):
    entries = [("LWA_CLIENT_SECRET", "amazon/lwa", "client_secret"), ("LWA_REFRESH_TOKEN", "amazon/lwa", "refresh_token"),
               ("EBAY_CERT_ID", "ebay/keyset", "cert_id"), ("WALMART_CLIENT_SECRET", "walmart/api", "client_secret"),
               ("BOL_CLIENT_SECRET", "bol/api", "client_secret"), ("SHOPEE_PARTNER_KEY", "shopee/app", "partner_key")]
    r.shuffle(entries)
    body = "\n".join("    - secretKey: %s\n      remoteRef:\n        key: channels/%s\n        property: %s" % e for e in entries[:r.randint(3, 6)])
    text = ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: channel-credentials\n  namespace: channels\nspec:\n"
            "  refreshInterval: 1h\n  secretStoreRef:\n    name: vault-backend\n    kind: ClusterSecretStore\n  target:\n    name: channel-credentials\n  data:\n" + body + "\n")
    return pick(r, ["k8s/channels/external-secret.yaml", "deploy/external-secrets.yml"]), text


@ntpl("terraform", "variables")
def n_tf_variables(r):
    text = fill('''
variable "lwa_client_secret" {
  description = "LWA client secret of the SP-API app (set in TFC workspace)"
  type        = string
  sensitive   = true
}

variable "ebay_cert_id" {
  type      = string
  sensitive = true
}

variable "seller_id" {
  type    = string
  default = "@@sid@@"
}

resource "aws_ssm_parameter" "lwa" {
  name  = "/channels/amazon/lwa_client_secret"
  type  = "SecureString"
  value = var.lwa_client_secret
}

resource "aws_sqs_queue" "notifications" {
  name                      = "sp-api-notifications-@@env@@"
  message_retention_seconds = 345600
}
''', sid=seller_id(r), env=pick(r, ["prod", "staging"]))
    return pick(r, ["infra/variables.tf", "terraform/channels.tf"]), text


@ntpl("ebay", "public_key")
def n_pem_public_key(r):
    body = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + b64std(r, 88 - 36)
    text = ("-----BEGIN PUBLIC KEY-----\n" + body[:64] + "\n" + body[64:] + "\n-----END PUBLIC KEY-----\n")
    return pick(r, ["keys/ebay_notification_pub.pem", "config/webhook_verify.pub.pem"]), text


@ntpl("sftp", "known_hosts")
def n_known_hosts(r):
    lines = ["# SFTP endpoints for retailer feeds (host keys, public)"]
    for h in ["sftp.target.com", "sftp.walmart.com", "ftp.channeladvisor.com", "sftp.wayfair.com"][:r.randint(2, 4)]:
        lines.append("%s ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s" % (h, b64std(r, 43)))
    lines.append("# deploy key used by the feed uploader (public half)")
    lines.append("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s feeds@%s" % (b64std(r, 43), slug(company(r))))
    return pick(r, ["deploy/sftp/known_hosts", "ops/ssh/known_hosts"]), "\n".join(lines) + "\n"


@ntpl("n8n", "credential_refs")
def n_json_n8n_refs(r):
    text = fill('''
{
  "name": "ShipStation tracking back to eBay",
  "nodes": [
    {
      "parameters": { "url": "https://ssapi.shipstation.com/shipments?shipDateStart={{ $today.minus({days: 1}).toISODate() }}", "authentication": "genericCredentialType", "genericAuthType": "httpBasicAuth", "options": {} },
      "id": "@@u1@@",
      "name": "Shipments",
      "type": "n8n-nodes-base.httpRequest",
      "typeVersion": 4.2,
      "position": [ 420, 240 ],
      "credentials": { "httpBasicAuth": { "id": "@@c1@@", "name": "ShipStation API" } }
    },
    {
      "parameters": { "resource": "order", "operation": "update" },
      "id": "@@u2@@",
      "name": "eBay fulfillment",
      "type": "n8n-nodes-base.httpRequest",
      "typeVersion": 4.2,
      "position": [ 680, 240 ],
      "credentials": { "oAuth2Api": { "id": "@@c2@@", "name": "eBay production" } }
    }
  ],
  "pinData": {},
  "versionId": "@@ver@@",
  "id": "@@wid@@"
}
''', u1=uuid4(r), c1=rs(r, ALNUM, 16), u2=uuid4(r), c2=rs(r, ALNUM, 16), ver=uuid4(r), wid=rs(r, ALNUM, 16))
    return pick(r, ["n8n/shipstation-to-ebay.json", "workflows/tracking_sync.json"]), text


@ntpl("make", "connection_refs")
def n_json_make_refs(r):
    text = fill('''
{
  "name": "Etsy orders -> Google Sheets",
  "flow": [
    { "id": 1, "module": "etsy:watchReceipts", "version": 2, "parameters": { "__IMTCONN__": @@c1@@, "shop_id": "@@shop@@", "limit": 10 } },
    { "id": 2, "module": "google-sheets:addRow", "version": 2,
      "parameters": { "__IMTCONN__": @@c2@@, "spreadsheetId": "/@@sheet@@", "sheetId": "Orders", "includesHeaders": true },
      "mapper": { "values": { "0": "{{1.receipt_id}}", "1": "{{1.name}}", "2": "{{1.grandtotal.amount}}" } } }
  ],
  "metadata": { "instant": false, "version": 1, "scenario": { "roundtrips": 1, "maxErrors": 3 } }
}
''', c1=digits(r, 7), shop=digits(r, 8), c2=digits(r, 7), sheet=rs(r, B64U, 44))
    return pick(r, ["make/etsy-orders.blueprint.json", "scenarios/etsy_sheets.json"]), text


@ntpl("apps-script", "properties_refs")
def n_gs_properties(r):
    text = fill('''
// Reads all credentials from Script Properties; ids below are public.
var SPREADSHEET_ID = '@@sheet@@';
var FOLDER_ID = '@@folder@@';
var MARKETPLACE_ID = '@@mp@@';

function creds_() {
  var p = PropertiesService.getScriptProperties();
  return {
    clientId: p.getProperty('LWA_CLIENT_ID'),
    clientSecret: p.getProperty('LWA_CLIENT_SECRET'),
    refreshToken: p.getProperty('LWA_REFRESH_TOKEN')
  };
}

function archiveReport(csv) {
  DriveApp.getFolderById(FOLDER_ID).createFile('settlement-' + new Date().toISOString() + '.csv', csv);
}
''', sheet=rs(r, B64U, 44), folder="1" + rs(r, B64U, 32), mp=amz_mp(r)[1])
    return pick(r, ["apps-script/Config.gs", "gas/config.gs"]), text


@ntpl("multichannel", "docs_placeholders")
def n_md_credentials_doc(r):
    text = fill('''
# Connecting sales channels

Every channel needs its own credentials. Never paste real values into this repo;
put them into the vault (`vault kv put channels/<name> ...`) and reference them.

| Channel | What you need | Looks like |
|---------|---------------|------------|
| Amazon SP-API | LWA client id, client secret, refresh token | `amzn1.application-oa2-client.<hex>`, `<client-secret>`, `Atzr|...` |
| eBay | App ID, Cert ID, RuName | `Name-App-PRD-xxxxxxxxx-xxxxxxxx`, `PRD-xxxxxxxxxxxx-xxxx-...` |
| Etsy | keystring + shared secret | `x-api-key: <keystring>:<shared secret>` |
| Newegg | API key + secret key | `Authorization: <api key>`, `SecretKey: <guid>` |
| Shopify | Admin API token | `shpat_<32 hex>` |

The Etsy documentation uses `exJeyZtXODeekHfX8VRgMQ:a1b2c3d4e5` as the example
x-api-key value, and Newegg's guide shows `Authorization: 727ddc067f4d115bd544aff46bc15634`
with `SecretKey: 1B6B1383-01D1-4A1E-BA53-05DECE9BD765`; both are sample values.

Marketplace ids are public: US `ATVPDKIKX0DER`, UK `A1F83G8C2ARO7P`, DE `A1PA6795UKMFR9`.
Our seller id in the @@cc@@ store is `@@sid@@` (not secret).
''', cc=amz_mp(r)[0], sid=seller_id(r))
    return pick(r, ["docs/credentials.md", "docs/channels.md", "CONTRIBUTING-channels.md"]), text


@ntpl("bol.com", "api_response")
def n_json_bol_orders(r):
    items = []
    for _ in range(r.randint(2, 4)):
        items.append('    { "orderId": "%s", "orderPlacedDateTime": "%s", "orderItems": [ { "orderItemId": "%s", "ean": "%s", "quantity": %d } ] }' % (
            rs(r, UPP + DIG, 10), _ts(r), digits(r, 10), ean(r), r.randint(1, 3)))
    text = '{\n  "orders": [\n' + ",\n".join(items) + "\n  ]\n}\n"
    return pick(r, ["tests/fixtures/bol_orders.json", "mocks/bol/orders.json"]), text


@ntpl("allegro", "offer_commands")
def n_py_allegro_commands(r):
    text = fill('''
import uuid

OFFERS = {
    "@@o1@@": {"sku": "@@s1@@", "category": "@@c1@@"},
    "@@o2@@": {"sku": "@@s2@@", "category": "@@c2@@"},
}


def price_change_command(offer_id, amount):
    command_id = str(uuid.uuid4())  # e.g. @@cmd@@
    return (f"/sale/offer-price-change-commands/{command_id}",
            {"modification": {"type": "FIXED_PRICE", "price": {"amount": str(amount), "currency": "PLN"}},
             "offerCriteria": [{"offers": [{"id": offer_id}], "type": "CONTAINS_OFFERS"}]})
''', o1=digits(r, 11), s1=sku(r), c1=digits(r, 6), o2=digits(r, 11), s2=sku(r), c2=digits(r, 6), cmd=uuid4(r))
    return pick(r, ["allegro/commands.py", "pl/allegro_prices.py"]), text


@ntpl("zalando", "merchant_ids")
def n_properties_zalando(r):
    text = fill('''
# zDirect identifiers (not secret)
zalando.merchant-id=@@mid@@
zalando.sales-channel.de=@@sc1@@
zalando.sales-channel.fr=@@sc2@@
zalando.business-partner-id=@@bp@@
zalando.test-ean=@@ean@@
zalando.client-secret=${ZALANDO_CLIENT_SECRET}
''', mid=uuid4(r), sc1=uuid4(r), sc2=uuid4(r), bp=uuid4(r), ean=ean(r))
    return pick(r, ["config/zalando.properties", "src/main/resources/zalando.properties"]), text


@ntpl("channeladvisor", "account_ids")
def n_yaml_ca_linnworks_ids(r):
    text = fill('''
channeladvisor:
  profile_id: @@prof@@
  account_id: @@acct@@          # GUID, useless without an authorised developer key
  application_id: @@app@@
  shared_secret: !vault channels/channeladvisor#shared_secret
linnworks:
  server: https://eu-ext.linnworks.net
  locations:
    default: @@l1@@
    returns: @@l2@@
  application_secret: !vault channels/linnworks#application_secret
''', prof=digits(r, 8), acct=uuid4(r), app=rs(r, LOW + DIG, 32), l1=uuid4(r), l2=uuid4(r))
    return pick(r, ["config/integrations.yml", "deploy/integrations.yaml"]), text


@ntpl("linnworks", "guid_constants")
def n_cs_linnworks_ids(r):
    text = fill('''
namespace Warehouse.Linnworks
{
    public static class KnownIds
    {
        public static readonly Guid DefaultLocation = Guid.Parse("@@l1@@");
        public static readonly Guid ReturnsLocation = Guid.Parse("@@l2@@");
        public static readonly Guid AmazonChannelSource = Guid.Parse("@@l3@@");
        public const string SampleOrderId = "@@oid@@";
        public const int PostalServiceIdFallback = @@ps@@;
    }
}
''', l1=uuid4(r), l2=uuid4(r), l3=uuid4(r), oid=uuid4(r), ps=r.randint(1, 40))
    return pick(r, ["src/Warehouse/Linnworks/KnownIds.cs", "Linnworks/KnownIds.cs"]), text


@ntpl("rakuten", "order_numbers")
def n_php_rakuten_items(r):
    shop = digits(r, 6)
    rows = []
    for _ in range(r.randint(3, 6)):
        rows.append("    ['orderNumber' => '%s-%s-%s', 'manageNumber' => '%s-%s', 'itemNumber' => '%s']," % (
            shop, "2024%02d%02d" % (r.randint(1, 12), r.randint(1, 28)), digits(r, 10, False), rs(r, LOW, 4), digits(r, 4), digits(r, 13)))
    text = "<?php\n// fixture: rpay.order.getOrder sample rows\nreturn [\n" + "\n".join(rows) + "\n];\n"
    return pick(r, ["tests/fixtures/rakuten_orders.php", "fixtures/rms_orders.php"]), text


@ntpl("amazon-sp-api", "request_log")
def n_log_spapi(r):
    lines = []
    for _ in range(r.randint(6, 12)):
        lines.append("%s INFO  sp-api %s %s status=%d x-amzn-RequestId=%s x-amzn-RateLimit-Limit=%s x-amz-access-token=Atza|**** " % (
            _ts(r), pick(r, ["GET", "GET", "POST", "PATCH"]), pick(r, ["/orders/v0/orders", "/listings/2021-08-01/items/" + seller_id(r) + "/" + sku(r), "/catalog/2022-04-01/items/" + asin(r), "/reports/2021-06-30/reports"]),
            pick(r, [200, 200, 200, 429, 403]), uuid4(r), pick(r, ["0.0167", "5.0", "2.0", "0.5"])))
    return pick(r, ["logs/spapi.log", "var/log/sp-api.log"]), "\n".join(lines) + "\n"


@ntpl("git", "changelog")
def n_md_changelog(r):
    out = ["# Changelog", ""]
    for v in range(r.randint(3, 6), 0, -1):
        out.append("## 2.%d.0 - %s" % (v, _date(r)))
        for _ in range(r.randint(2, 4)):
            out.append("- %s (%s)" % (pick(r, ["Fix eBay pagination when total > 10000", "Retry SP-API 429 with jitter", "Map Walmart shipping methods",
                                                 "Support Shopee multi-warehouse stock", "Add bol.com returns import", "Rotate LWA secret via Application Management API"]), hexs(r, 7)))
        out.append("")
    out.append("Full history: https://github.com/%s/channel-sync/compare/%s...%s" % (slug(company(r)), hexs(r, 40), hexs(r, 40)))
    return "CHANGELOG.md", "\n".join(out) + "\n"


@ntpl("multichannel", "env_example")
def n_env_example(r):
    text = fill('''
# Copy to .env and fill in. Never commit the real file.
LWA_CLIENT_ID=amzn1.application-oa2-client.<your-app-id>
LWA_CLIENT_SECRET=
LWA_REFRESH_TOKEN=Atzr|...
EBAY_APP_ID=
EBAY_CERT_ID=PRD-xxxxxxxxxxxx-xxxx-xxxx-xxxx-xxxx
ETSY_KEYSTRING=
ETSY_SHARED_SECRET=
SHOPEE_PARTNER_ID=@@pid@@
SHOPEE_PARTNER_KEY=shpk...
WC_CONSUMER_KEY=ck_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
WC_CONSUMER_SECRET=cs_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
SHOPIFY_ADMIN_TOKEN=shpat_<token>
DATABASE_URL=postgres://sync:<password>@localhost:5432/sync
''', pid=digits(r, 7))
    return pick(r, [".env.example", ".env.sample", "config/.env.template"]), text


@ntpl("multichannel", "http_doc_examples")
def n_http_doc_examples(r):
    text = fill('''
### Examples copied from the vendors' API guides (sample credentials only)

### ShipStation V1 - docs example (ShipStation:Rocks)
GET https://ssapi.shipstation.com/carriers
Authorization: Basic U2hpcFN0YXRpb246Um9ja3M=

### Sellbrite - docs example (Aladdin:OpenSesame)
GET https://api.sellbrite.com/v1/orders/7777
Authorization: Basic QWxhZGRpbjpPcGVuU2VzYW1l

### Newegg - docs example
PUT https://api.newegg.com/marketplace/contentmgmt/item/inventory?sellerid=A006
Authorization: 727ddc067f4d115bd544aff46bc15634
SecretKey: 1B6B1383-01D1-4A1E-BA53-05DECE9BD765
Content-Type: application/json

{"Type":"1","Value":"@@spn@@","Inventory":"@@q@@"}
''', spn=sku(r), q=r.randint(0, 50))
    return pick(r, ["http/vendor-examples.http", "docs/examples.http"]), text


@ntpl("multichannel", "catalog_gtin")
def n_csv_catalog(r):
    rows = ["sku,gtin,mpn,brand,title,image_md5,weight_g"]
    for _ in range(r.randint(8, 20)):
        rows.append("%s,%s,%s,%s,%s,%s,%d" % (sku(r), pick(r, [upc(r), ean(r)]), rs(r, UPP + DIG, 8), company(r).split()[0], pick(r, PRODUCT_WORDS), hexs(r, 32), r.randint(50, 5000)))
    return pick(r, ["data/catalog.csv", "exports/catalog_master.csv"]), "\n".join(rows) + "\n"


@ntpl("lazada", "doc_example_test")
def n_py_test_lazada_sign(r):
    text = fill('''
from lazada.sign import sign_request


def test_sign_matches_documentation_example():
    # values from the Lazada Open Platform "HTTP request sample" page
    params = {
        "app_key": "123456",
        "access_token": "test",
        "timestamp": "1517820392000",
        "sign_method": "sha256",
        "order_id": "1234",
    }
    assert sign_request("/order/get", params, "helloworld") == (
        "4190D32361CFB9581350222F345CB77F3B19F0E31D162316848A2C1FFD5FAB4A"
    )


def test_sign_is_uppercase_hex():
    out = sign_request("/products/get", {"app_key": "@@ak@@", "timestamp": "@@ts@@"}, "dummy-secret")
    assert out == out.upper() and len(out) == 64
''', ak=digits(r, 6), ts=r.randint(1700000000000, 1730000000000))
    return pick(r, ["tests/test_lazada_sign.py", "lazada/tests/test_sign.py"]), text


@ntpl("ebay", "xml_response")
def n_xml_ebay_response(r):
    text = fill('''
<?xml version="1.0" encoding="UTF-8"?>
<GetOrdersResponse xmlns="urn:ebay:apis:eBLBaseComponents">
  <Timestamp>@@ts@@</Timestamp>
  <Ack>Success</Ack>
  <CorrelationID>@@corr@@</CorrelationID>
  <Version>1271</Version>
  <Build>E1271_CORE_APIXO_@@b@@_R1</Build>
  <OrderArray>
    <Order>
      <OrderID>@@oid@@</OrderID>
      <OrderStatus>Completed</OrderStatus>
      <SellerUserID>@@seller@@</SellerUserID>
      <TransactionArray>
        <Transaction>
          <Item><ItemID>@@item@@</ItemID><SKU>@@sku@@</SKU></Item>
          <TransactionID>@@tid@@</TransactionID>
          <QuantityPurchased>1</QuantityPurchased>
        </Transaction>
      </TransactionArray>
      <ExtendedOrderID>@@oid@@!@@ext@@</ExtendedOrderID>
    </Order>
  </OrderArray>
</GetOrdersResponse>
''', ts=_ts(r), corr=digits(r, 10), b=digits(r, 8), oid=ebay_order(r), seller=slug(company(r)).replace("-", "_"),
        item="1" + digits(r, 11, False), sku=sku(r), tid=digits(r, 13), ext=digits(r, 13))
    return pick(r, ["tests/fixtures/GetOrdersResponse.xml", "mocks/ebay/trading_getorders.xml"]), text


@ntpl("mercadolibre", "public_key")
def n_js_mercadopago_public(r):
    text = fill('''
// Checkout bricks on the storefront - the public key is meant to be shipped to browsers
const mp = new MercadoPago('APP_USR-@@uuid@@', { locale: '@@loc@@' });

export function renderCardBrick(amount) {
  return mp.bricks().create('cardPayment', 'cardPaymentBrick_container', {
    initialization: { amount },
    callbacks: { onSubmit: (data) => fetch('/api/pay', { method: 'POST', body: JSON.stringify(data) }) },
  });
}
''', uuid=uuid4(r), loc=pick(r, ["es-AR", "pt-BR", "es-MX"]))
    return pick(r, ["storefront/src/checkout.js", "web/js/mp-bricks.js"]), text


# ======================================================================================
# driver
# ======================================================================================
N_POS = 500
N_NEG = 500
ENV_OK_SUFFIXES = ("example", "sample", "template", "dist", "defaults")


def env_blocked(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base == ".env":
        return True
    if base.startswith(".env."):
        return base[5:] not in ENV_OK_SUFFIXES
    return False


def filetype_of(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base == "Dockerfile" or base.startswith("Dockerfile."):
        return "dockerfile"
    if "." not in base.lstrip("."):
        return "text"
    return base.rsplit(".", 1)[-1].lower()


def cycle_order(r, n_items, n_total):
    out = []
    while len(out) < n_total:
        perm = list(range(n_items))
        r.shuffle(perm)
        out.extend(perm)
    return out[:n_total]


def weighted(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.uniform(0, tot)
    acc = 0.0
    for name, w in pairs:
        acc += w
        if x <= acc:
            return name
    return pairs[-1][0]


def write_file(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def needle_line(text, needle):
    idx = text.find(needle)
    if idx < 0:
        return None
    return text.count("\n", 0, idx) + 1


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_ga.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    for sub in ("pos", "neg"):
        d = os.path.join(outdir, sub)
        if os.path.isdir(d) and os.listdir(d):
            sys.stderr.write("refusing to write into non-empty %s\n" % d)
            return 2
    r = random.Random(seed)
    assert len(POS_TEMPLATES) >= 60 and len(POS_TEMPLATES) + len(NEG_TEMPLATES) >= 60

    manifest = []
    secrets = []
    env_files = 0

    # ---------------- positives ----------------
    for i, ti in enumerate(cycle_order(r, len(POS_TEMPLATES), N_POS)):
        t = POS_TEMPLATES[ti]
        C = Ctx(r, True, t["gen"])
        relpath, text = t["fn"](r, C)
        if env_blocked(relpath):
            env_files += 1
        needle = C.needle
        assert needle, t["name"]
        line = needle_line(text, needle)
        assert line is not None, (t["name"], needle)
        assert needle in text.split("\n")[line - 1], t["name"]
        rel = "pos/p%04d/%s" % (i, relpath)
        full = os.path.join(outdir, rel)
        write_file(full, text)
        with open(full, encoding="utf-8", newline="") as fh:
            written = fh.read().split("\n")
        assert needle in written[line - 1], (rel, line)
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"], "filetype": filetype_of(relpath)})
        secrets.append({"file": rel, "needle": needle, "line": line})
    assert env_files * 20 <= N_POS, env_files

    # ---------------- negatives ----------------
    jobs = []
    n_reuse = N_NEG // 2
    for ti in cycle_order(r, len(POS_TEMPLATES), n_reuse):
        jobs.append(("reuse", ti, weighted(r, NEG_CATS)))
    for ti in cycle_order(r, len(NEG_TEMPLATES), N_NEG - n_reuse):
        jobs.append(("look", ti, None))
    r.shuffle(jobs)
    for i, (mode, ti, cat) in enumerate(jobs):
        if mode == "reuse":
            t = POS_TEMPLATES[ti]
            C = Ctx(r, False, t["gen"], cat)
            relpath, text = t["fn"](r, C)
            provider, kind = t["provider"], "neg_" + C.cat
        else:
            t = NEG_TEMPLATES[ti]
            relpath, text = t["fn"](r)
            provider, kind = t["provider"], t["kind"]
        if env_blocked(relpath):
            relpath = (relpath.rsplit("/", 1)[0] + "/" if "/" in relpath else "") + ".env.example"
        assert not env_blocked(relpath)
        rel = "neg/n%04d/%s" % (i, relpath)
        write_file(os.path.join(outdir, rel), text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind, "filetype": filetype_of(relpath)})

    # no positive secret may leak into any negative (paranoia check)
    neg_blob = []
    for m in manifest:
        if m["label"] == "neg":
            with open(os.path.join(outdir, m["file"]), encoding="utf-8") as fh:
                neg_blob.append(fh.read())
    neg_all = "\n".join(neg_blob)
    for s in secrets:
        assert s["needle"] not in neg_all, s["file"]

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, sort_keys=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
