#!/usr/bin/env python3
"""gen_gw.py - blind evaluation set: affiliate networks, partner programs, loyalty & referral.

EMPHASIS
    Domain: affiliate networks, partner/referral programs and loyalty platforms as they show
    up in e-commerce code bases (WooCommerce/WordPress plugins, Shopify apps and themes,
    Node/TypeScript, Python, Ruby, Go back ends, data jobs that pull payout reports).
    Providers: Impact.com (Account SID + Auth Token), CJ Affiliate (personal access token),
    Rakuten Advertising (OAuth client secret / token key, legacy web-services token), Awin
    (OAuth2 bearer token), ShareASale (API token + secret key, HMAC-signed requests),
    PartnerStack (public + secret key, Basic auth), Tapfiliate (X-Api-Key), Rewardful
    (API secret, webhook signing secret), FirstPromoter (API key + ACCOUNT-ID), Refersion
    (public + secret key headers), Everflow (X-Eflow-API-Key), TUNE/HasOffers (NetworkToken),
    Smile.io (api_ key), Talon.One (Integration API key "ApiKey-v1", Management key
    "ManagementKey-v1"), Voucherify (application id + secret key), Yotpo Loyalty (API key +
    GUID), LoyaltyLion (pat_ API key; legacy token + secret), ReferralCandy (access id +
    secret key, md5-signed requests), Friendbuy (merchant API key + secret), Amazon
    Associates Product Advertising API 5.0 (access key + secret key, partner tag).
    File types: PHP, Python, JavaScript/TypeScript, Ruby, Go, Java, shopify.app.toml, Liquid,
    YAML (CI workflows, compose, Helm values, app config), JSON (config, Postman collections),
    TOML, INI, .properties, XML, .env (positives only, <= 1 in 20), .env.example, shell/curl,
    Dockerfile, Terraform, Markdown, SQL, CSV payout exports, logs.

USAGE
    python3 -B gen_gw.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl (one line per
    file) and OUTDIR/secrets.jsonl (one line per positive: file, needle, 1-based line).
    Deterministic for a given SEED: all randomness comes from one random.Random(SEED).

NEEDLE CONVENTIONS
    - The needle is the secret value only, exactly as written: never the variable name, the
      quotes, the "Bearer "/"ApiKey-v1 "/"ManagementKey-v1 " prefix or the header name.
    - Key pairs (Impact SID + Auth Token, ShareASale token + secret, Voucherify app id +
      secret, PartnerStack public + secret, Refersion pub_ + sec_, ReferralCandy access id +
      secret, Yotpo API key + GUID, LoyaltyLion token + secret, Friendbuy key + secret,
      Rakuten client id + secret, PA-API access key + secret key): the needle is the secret
      half. The public half (id, SID, access key id, token name) may appear in the same file.
    - HTTP Basic credentials written as one base64 blob (Authorization: Basic ...): the
      needle is the base64 blob (it encodes the secret).
    - URLs (TUNE NetworkToken query, webhook URLs with a key parameter): the needle is the
      secret parameter value, not the whole URL.
    - Prefixed formats keep their prefix in the needle (pat_..., api_..., sec_..., NET...).
    - No multi-line keys in this domain (no PEM material is generated).
    - line is the 1-based line of the needle's first occurrence; the generator asserts it.

NEGATIVES
    Half re-use the positive templates with the secret slot holding a non-secret:
    placeholders (<your-api-key>, YOUR_API_KEY_HERE, changeme, xxxx...), empty values,
    masked values (****, [REDACTED], last-4 masks), environment references (os.environ,
    process.env, ENV.fetch, getenv, ${VAR}), secret-manager references (vault:, op://,
    AWS Secrets Manager ARNs, ${{ secrets.X }}), template expressions (Helm, Jinja, ERB,
    Liquid settings), providers' documented example values, and values documented as public
    (Impact Account SID, Refersion pub_ key, Voucherify client-side keys, LoyaltyLion SDK
    site token). The other half are domain look-alikes: affiliate/publisher/program ids,
    click ids, tracking links with public ids, coupon codes, Account SIDs alone, HMAC
    signatures in logs, Amazon Associates tags (xxx-20), ASINs, order/transaction ids,
    UUIDs, hashes, package integrity digests, Postman variables, public JS snippet ids.
    No negative is written to a file named .env / .env.local / .env.production etc.

FORMATS CHECKED (search tool, docs/pages corpora; summaries, not copies)
    - Impact.com: Basic auth, Account SID = username (public identifier, 34 chars starting
      "IR"), Auth Token = password; base paths /Advertisers|Mediapartners|Agencies/{SID}/.
    - CJ: "Authorization: Bearer <personal access token>"; tracking.api.cj.com/graphql;
      publisher ids are 7-digit numbers (CID), property ids numeric.
    - Rakuten Advertising: OAuth2 client credentials (client id + client secret) exchanged at
      api.linksynergy.com/token; click ids are 34-character ids.
    - Awin: "Authorization: Bearer <token>" (user-level OAuth2 token); Conversion API uses
      x-api-key; base https://api.awin.com.
    - ShareASale: Token (16 mixed alnum) + API Secret (32 mixed alnum) (vendor help page
      example shapes), x-ShareASale-Date / x-ShareASale-Authentication SHA-256 signature of
      token:date:action:secret.
    - PartnerStack: public key = Basic username, secret key = Basic password.
    - Tapfiliate: X-Api-Key header, base https://api.tapfiliate.com/1.6.
    - Rewardful: webhook HMAC-SHA256 of body with endpoint Signing Secret, header
      X-Rewardful-Signature.
    - FirstPromoter v2: "Authorization: Bearer <key>" + "ACCOUNT-ID: <id>"; v1 X-API-KEY.
    - Refersion: Refersion-Public-Key (pub_...) + Refersion-Secret-Key (sec_...) headers.
    - Everflow: X-Eflow-API-Key header, https://api.eflow.team/v1.
    - TUNE/HasOffers: https://NETWORKID.api.hasoffers.com/Apiv3/json?NetworkToken=...
    - Smile.io: "Authorization: Bearer api_<16 alnum>" (merchant API key), oa2_ OAuth tokens.
    - Talon.One: "Authorization: ApiKey-v1 <64 hex>" (Integration API),
      "ManagementKey-v1 <64 hex>" (Management API key).
    - Voucherify: X-App-Id + X-App-Token, both UUID-shaped; client-side keys are public.
    - Yotpo Loyalty: API Key + GUID from General Settings (both to be kept secret).
    - LoyaltyLion: "Authorization: Bearer pat_<32 hex>"; deprecated Basic token:secret.
    - ReferralCandy: API Access ID + API Secret Key; requests carry accessID, timestamp and
      an md5 signature (secret never sent).
    - Friendbuy: account key + secret exchanged at mapi.fbot.me/v1/authorization for a JWT.
    - Amazon PA-API 5.0: Access Key + Secret Key + PartnerTag (store id like name-20).

DOUBTS
    - Exact lengths/alphabets not confirmed by the docs I could reach, generated by best
      estimate: Impact Auth Token (32 chars, alnum with occasional -._~), CJ personal access
      token (26 lowercase alnum), Rakuten client secret (32 alnum) and legacy token (64 hex),
      Awin token (UUID), PartnerStack keys (32 hex), Tapfiliate key (40 hex), Rewardful API
      secret and signing secret (32 hex), FirstPromoter v2 key (43 url-safe chars), Refersion
      sec_ length (sec_ + 32 hex), Everflow key (22 alnum), HasOffers NetworkToken
      ("NET" + 27 alnum), Smile api_ key length (16-24), Yotpo Loyalty API key and GUID (22
      alnum), ReferralCandy access id / secret (32 hex), Friendbuy key/secret (UUIDs),
      LoyaltyLion legacy token/secret (32 hex).
    - PA-API keys are modelled on AWS IAM access keys (AKIA + 16 base32, 40-char secret).
    - Scanners that key on provider prefixes will only have prefixes for Smile (api_),
      LoyaltyLion (pat_), Refersion (sec_), HasOffers (NET) and AWS-style (AKIA).
    - Public look-alike shapes are estimates too: Smile.io storefront channel key
      ("channel_" + 24 alnum), Tapfiliate account id (5 digits-6 alnum), FirstPromoter cid
      (8 lowercase alnum), Yotpo reviews store key (40 alnum), LoyaltyLion site token (32 hex).
    - Rakuten: whether the token request uses Basic or Bearer with the base64 "token key" was
      not confirmed; the generator uses Basic.
    - One search result was a secret-scanner regex list; it was not used.
"""
import base64
import hashlib
import json
import os
import random
import string
import sys

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = UP + LOW + DIG
LALNUM = LOW + DIG
HEX = "0123456789abcdef"
B32 = UP + "234567"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"

N_POS = 500
N_NEG = 500


class G(object):
    """Random helpers bound to the single Random instance."""

    def __init__(self, rng):
        self.r = rng
        self.cur_shop = None

    def new_file(self):
        self.cur_shop = self.pick(SHOPS)

    def s(self, alpha, n):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def mixed(self, alpha, n):
        # a random string that has at least one digit and one letter when alphabet allows
        while True:
            v = self.s(alpha, n)
            has_d = any(ch.isdigit() for ch in v)
            has_a = any(ch.isalpha() for ch in v)
            if (has_d or not any(ch.isdigit() for ch in alpha)) and has_a:
                if any(ch.isupper() for ch in alpha) and any(ch.islower() for ch in alpha):
                    if not (any(ch.isupper() for ch in v) and any(ch.islower() for ch in v)):
                        continue
                return v

    def hex(self, n):
        while True:
            v = self.s(HEX, n)
            if any(ch.isalpha() for ch in v) and any(ch.isdigit() for ch in v):
                return v

    def uuid(self, upper=False):
        h = self.s(HEX, 32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
        return u.upper() if upper else u

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def num(self, a, b):
        return self.r.randint(a, b)

    def digits(self, n):
        return str(self.r.randint(1, 9)) + self.s(DIG, n - 1)

    def coin(self, p=0.5):
        return self.r.random() < p

    def date(self, y0=2022, y1=2025):
        return "%04d-%02d-%02d" % (self.num(y0, y1), self.num(1, 12), self.num(1, 28))

    def ts(self):
        return "%sT%02d:%02d:%02dZ" % (self.date(), self.num(0, 23), self.num(0, 59), self.num(0, 59))

    def epoch(self):
        return self.num(1640995200, 1767225600)

    def money(self, a=5, b=900):
        return "%d.%02d" % (self.num(a, b), self.num(0, 99))

    def shuffle(self, seq):
        seq = list(seq)
        self.r.shuffle(seq)
        return seq


SHOPS = ["northwind-outfitters", "bluepeak-coffee", "lumen-skincare", "harbor-pet-supply",
         "copper-kettle-home", "atlas-running", "fernwood-botanicals", "quill-and-ink",
         "saltline-surf", "maple-hearth", "orbit-gadgets", "tidewater-apparel",
         "granite-fitness", "kindred-baby", "sundial-optics", "velvet-moth-candles"]
PEOPLE = ["Dana Whitfield", "Marco Ruiz", "Priya Natarajan", "Jonas Becker", "Aiko Tanaka",
          "Lena Kowalski", "Samir Haddad", "Grace Okafor", "Tom Lindqvist", "Elena Petrova",
          "Chris Moreau", "Hannah Schultz", "Ravi Menon", "Olivia Grant", "Diego Alvarez"]
SITES = ["deals-daily.net", "trailgearreview.com", "the-budget-nest.co.uk", "petparentpicks.com",
         "coffeecompass.blog", "runnerslab.io", "skincare-edit.com", "homebarista.guide",
         "frugalfamily.org", "gadgetsweep.com", "outdoorsy-mom.com", "wanderkit.travel"]
COUPONS = ["SPRING20", "WELCOME10", "FREESHIP", "VIP15OFF", "BFCM2024", "SUMMERSALE",
           "REFER25", "LOYAL5", "HOLIDAY30", "NEWPAW15", "BREW10", "RUNFAST20"]
CITIES = ["Austin", "Leeds", "Portland", "Munich", "Toronto", "Melbourne", "Denver", "Lyon"]


def shop(g):
    if g.cur_shop is None:
        g.new_file()
    return g.cur_shop


def person(g):
    return g.pick(PEOPLE)


def email_of(g, name=None, dom=None):
    name = name or person(g)
    dom = dom or (shop(g) + ".com")
    return name.lower().replace(" ", ".") + "@" + dom


# ---------------------------------------------------------------------------------------
# Secret generators (random; never real, never documentation examples)
# ---------------------------------------------------------------------------------------

def gen_impact_sid(g):
    return "IR" + g.mixed(ALNUM, 32)


def gen_impact_token(g):
    t = list(g.mixed(ALNUM, 32))
    if g.coin(0.35):
        for _ in range(g.num(1, 3)):
            t[g.num(1, 30)] = g.pick("-._~")
    return "".join(t)


def gen_cj(g):
    return g.mixed(LALNUM, 26)


def gen_rakuten_secret(g):
    return g.mixed(ALNUM, 32)


def gen_rakuten_legacy(g):
    return g.hex(64)


def gen_uuid(g):
    return g.uuid()


def gen_sas_token(g):
    return g.mixed(ALNUM, 16)


def gen_sas_secret(g):
    return g.mixed(ALNUM, 32)


def gen_hex32(g):
    return g.hex(32)


def gen_hex40(g):
    return g.hex(40)


def gen_hex64(g):
    return g.hex(64)


def gen_fp_key(g):
    return g.mixed(URLSAFE, 43)


def gen_refersion_secret(g):
    return "sec_" + g.hex(32)


def gen_refersion_public(g):
    return "pub_" + g.hex(32)


def gen_everflow(g):
    return g.mixed(ALNUM, 22)


def gen_tune(g):
    return "NET" + g.mixed(ALNUM, 27)


def gen_smile(g):
    return "api_" + g.mixed(ALNUM, g.pick([16, 16, 20, 24]))


def gen_yotpo(g):
    return g.mixed(ALNUM, 22)


def gen_pat(g):
    return "pat_" + g.hex(32)


def gen_akia(g):
    return "AKIA" + g.s(B32, 16)


def gen_aws_secret(g):
    while True:
        v = g.mixed(B64, 40)
        if "EXAMPLE" not in v:
            return v


def gen_partner_tag(g):
    base = g.pick(["trailgear", "coffeecompass", "petpicks", "frugalfam", "runlab", "nestdeals",
                   "gadgetsweep", "homebarista", "wanderkit"])
    return base + g.pick(["", "0", "01", "-us"]) + "-" + g.pick(["20", "20", "21", "22"])


class Prov(object):
    def __init__(self, key, label, env, gen, kind, neutral, docex=None, public=None,
                 auth=None, public_name=None):
        self.key = key
        self.label = label
        self.env = env            # conventional variable name
        self.gen = gen
        self.kind = kind
        self.neutral = neutral    # neutral / unusual names for the same value
        self.docex = docex or []  # documented example values (negatives only)
        self.public = public      # generator for a value documented as public
        self.auth = auth          # (header, prefix) when the secret is sent as a header
        self.public_name = public_name  # variable name for the public value


PROVS = [
    Prov("impact", "Impact.com", "IMPACT_AUTH_TOKEN", gen_impact_token, "auth_token",
         ["ir_token", "impact_password", "partner_api_token", "irAuth", "IR_TOKEN"],
         public=gen_impact_sid, public_name="IMPACT_ACCOUNT_SID"),
    Prov("cj", "CJ Affiliate", "CJ_PERSONAL_ACCESS_TOKEN", gen_cj, "personal_access_token",
         ["cj_pat", "commission_junction_token", "cjToken", "CJ_API_KEY", "network_token"],
         docex=["eyJhbGciOiJIUzI1NiIXVCJ9"], auth=("Authorization", "Bearer ")),
    Prov("rakuten", "Rakuten Advertising", "RAKUTEN_CLIENT_SECRET", gen_rakuten_secret,
         "oauth_client_secret", ["linksynergy_secret", "rakuten_oauth_secret", "ls_client_secret",
                                 "rakutenSecret", "LS_SECRET"]),
    Prov("awin", "Awin", "AWIN_API_TOKEN", gen_uuid, "oauth_bearer_token",
         ["awin_oauth_token", "aw_token", "awinToken", "AWIN_BEARER", "publisher_token"],
         auth=("Authorization", "Bearer ")),
    Prov("shareasale", "ShareASale", "SHAREASALE_API_SECRET", gen_sas_secret,
         "hmac_signing_secret", ["sas_secret", "shareasale_secret_key", "sasSecret",
                                 "SAS_API_SECRET", "report_signing_key"],
         docex=["AAa1aa1a1AAaaa1aAAa1aa1a1AAaaa1a"]),
    Prov("partnerstack", "PartnerStack", "PARTNERSTACK_SECRET_KEY", gen_hex32, "secret_key",
         ["ps_secret", "partnerstack_secret", "psSecretKey", "PS_SK", "vendor_secret"]),
    Prov("tapfiliate", "Tapfiliate", "TAPFILIATE_API_KEY", gen_hex40, "api_key",
         ["tap_key", "tapfiliate_key", "tapApiKey", "TAP_API_KEY", "affiliate_api_key"],
         auth=("X-Api-Key", ""), public=lambda g: g.digits(5) + "-" + g.s(LALNUM, 6),
         public_name="TAPFILIATE_ACCOUNT_ID"),
    Prov("rewardful", "Rewardful", "REWARDFUL_API_SECRET", gen_hex32, "api_secret",
         ["rewardful_secret", "rw_api_secret", "rewardfulSecret", "RW_SECRET", "referral_api_secret"]),
    Prov("rewardful_wh", "Rewardful", "REWARDFUL_SIGNING_SECRET", gen_hex32,
         "webhook_signing_secret", ["rewardful_webhook_secret", "rw_signing_secret",
                                    "webhookSecret", "RW_WEBHOOK_SECRET", "hook_secret"],
         docex=["my-rewardful-signing-secret"]),
    Prov("firstpromoter", "FirstPromoter", "FIRSTPROMOTER_API_KEY", gen_fp_key, "api_key",
         ["fp_api_key", "firstpromoter_token", "fpKey", "FP_BEARER_TOKEN", "promoter_api_key"],
         docex=["01234567890abcdef"], auth=("Authorization", "Bearer "),
         public=lambda g: g.s(LALNUM, 8), public_name="FIRSTPROMOTER_CID"),
    Prov("refersion", "Refersion", "REFERSION_SECRET_KEY", gen_refersion_secret, "secret_key",
         ["refersion_secret", "rfsn_secret", "refersionSecret", "RFSN_SECRET_KEY", "aff_secret"],
         public=gen_refersion_public, auth=("Refersion-Secret-Key", ""),
         public_name="REFERSION_PUBLIC_KEY"),
    Prov("everflow", "Everflow", "EVERFLOW_API_KEY", gen_everflow, "api_key",
         ["eflow_key", "ef_network_key", "everflowKey", "EF_API_KEY", "network_api_key"],
         auth=("X-Eflow-API-Key", "")),
    Prov("tune", "TUNE/HasOffers", "HASOFFERS_NETWORK_TOKEN", gen_tune, "network_api_key",
         ["network_token", "ho_token", "tuneNetworkToken", "TUNE_API_KEY", "hasoffers_key"]),
    Prov("smile", "Smile.io", "SMILE_API_KEY", gen_smile, "api_key",
         ["smile_private_key", "smile_token", "smileKey", "SMILE_PRIVATE_KEY", "loyalty_api_key"],
         docex=["api_cnzGMghxTmPzK1sp"], auth=("Authorization", "Bearer ")),
    Prov("talon_int", "Talon.One", "TALON_ONE_API_KEY", gen_hex64, "integration_api_key",
         ["talon_integration_key", "t1_api_key", "talonApiKey", "TALON_INTEGRATION_KEY",
          "promo_engine_key"],
         docex=["dbc644d33aa74d582bd9479c59e16f970fe13bf34a208c39d6c7fa7586968468"],
         auth=("Authorization", "ApiKey-v1 ")),
    Prov("talon_mgmt", "Talon.One", "TALON_ONE_MANAGEMENT_KEY", gen_hex64, "management_api_key",
         ["talon_mgmt_key", "t1_management_key", "managementKey", "TALON_MGMT_KEY",
          "campaign_admin_key"],
         docex=["f45f90d21dcd9bac965c45e547e9754a3196891d09948e35adbcbedc4e9e4b01"],
         auth=("Authorization", "ManagementKey-v1 ")),
    Prov("voucherify", "Voucherify", "VOUCHERIFY_SECRET_KEY", gen_uuid, "secret_key",
         ["voucherify_app_token", "vfy_secret", "clientSecretKey", "VOUCHERIFY_CLIENT_SECRET_KEY",
          "app_token"],
         docex=["7ccb680d-107e-45bd-8466-1f15048e34f4"], public=gen_uuid,
         auth=("X-App-Token", ""), public_name="VOUCHERIFY_CLIENT_APPLICATION_ID"),
    Prov("yotpo", "Yotpo Loyalty", "YOTPO_LOYALTY_API_KEY", gen_yotpo, "api_key",
         ["swell_api_key", "yotpo_key", "loyaltyApiKey", "SWELL_API_KEY", "yl_api_key"],
         auth=("x-api-key", "")),
    Prov("loyaltylion", "LoyaltyLion", "LOYALTYLION_API_KEY", gen_pat, "api_key",
         ["ll_token", "loyaltylion_pat", "lionKey", "LL_API_KEY", "points_api_key"],
         docex=["pat_e1c752f1b5cd8b743148a586e573b679"], public=gen_hex32,
         auth=("Authorization", "Bearer "), public_name="LOYALTYLION_SITE_TOKEN"),
    Prov("referralcandy", "ReferralCandy", "REFERRALCANDY_SECRET_KEY", gen_hex32,
         "hmac_signing_secret", ["rc_secret", "referralcandy_secret", "candySecret",
                                 "RC_SECRET_KEY", "signing_secret"]),
    Prov("friendbuy", "Friendbuy", "FRIENDBUY_SECRET", gen_uuid, "secret_key",
         ["fb_secret", "friendbuy_api_secret", "fbSecret", "FRIENDBUY_API_SECRET", "mapi_secret"],
         public=gen_uuid, public_name="FRIENDBUY_MERCHANT_ID"),
    Prov("amazon", "Amazon Associates PA-API", "PAAPI_SECRET_KEY", gen_aws_secret, "secret_key",
         ["amazon_secret", "paapi_secret", "secretKey", "AMAZON_SECRET_KEY", "aws_assoc_secret"],
         docex=["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]),
]
PBY = dict((p.key, p) for p in PROVS)


# ---------------------------------------------------------------------------------------
# Slot filling: positives get the secret, negatives a non-secret of a chosen category
# ---------------------------------------------------------------------------------------

PLACEHOLDERS = ["<your-api-key>", "YOUR_API_KEY_HERE", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxx",
                "REPLACE_ME", "<SECRET>", "your-secret-key", "TODO", "<insert token here>",
                "dummy", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<paste-from-dashboard>",
                "your_token_here", "secret", "placeholder", "<API_SECRET>", "set-me",
                "000000000000000000000000", "test", "none"]

NEG_REUSE_KINDS = (["placeholder"] * 5 + ["empty"] * 2 + ["masked"] * 3 + ["env_ref"] * 5 +
                   ["secret_ref"] * 2 + ["template"] * 3 + ["doc_example"] * 2 +
                   ["public_value"] * 2)

ENVX = {
    "py": ['os.environ["{E}"]', 'os.getenv("{E}")', 'os.environ.get("{E}", "")'],
    "js": ["process.env.{E}", "process.env['{E}']"],
    "ts": ["process.env.{E}", 'process.env.{E} ?? ""', "process.env.{E}!"],
    "rb": ['ENV["{E}"]', 'ENV.fetch("{E}")', 'ENV.fetch("{E}", nil)'],
    "go": ['os.Getenv("{E}")'],
    "php": ["getenv('{E}')", "$_ENV['{E}'] ?? ''", "get_option('{l}')"],
    "java": ['System.getenv("{E}")'],
}


def to_snake(name):
    out = []
    for i, ch in enumerate(name):
        if ch.isupper() and i > 0 and (name[i - 1].islower() or name[i - 1].isdigit()):
            out.append("_")
        out.append(ch.lower())
    return "".join(out)


def to_camel(name):
    parts = to_snake(name).split("_")
    return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])


def qlit(lang, s):
    if lang in ("php", "rb", "js", "ts"):
        return "'" + s + "'"
    return '"' + s + '"'


class Ctx(object):
    def __init__(self, g, prov, mode, negkind=None):
        self.g = g
        self.p = prov
        self.mode = mode
        self.nk = negkind
        self.kind = prov.kind if mode == "pos" else negkind
        self.secret = prov.gen(g) if mode == "pos" else None
        self.needle = self.secret
        self.conv = g.coin(0.5)
        nm = prov.env if self.conv else g.pick(prov.neutral)
        if mode == "neg" and negkind == "public_value" and prov.public_name:
            nm = prov.public_name
        self.E = to_snake(nm).upper()
        self.v = to_snake(nm)
        self.cm = to_camel(nm)
        self.k = prov.key
        if mode == "neg" and negkind == "doc_example" and not prov.docex:
            self.nk = self.kind = "placeholder"
        if mode == "neg" and negkind == "public_value" and not prov.public:
            self.nk = self.kind = "masked"

    # ----- filler text -------------------------------------------------------------
    def _filler(self, E, style, value_for_public=None):
        g = self.g
        nk = self.nk
        if nk == "placeholder":
            return g.pick(PLACEHOLDERS + ["<%s>" % E, "your_%s" % E.lower(), "%s_HERE" % E])
        if nk == "empty":
            return ""
        if nk == "masked":
            return g.pick(["********", "****************", "[REDACTED]", "<redacted>",
                           "************" + g.s(HEX, 4), "REDACTED", "(hidden)",
                           "xxxx-xxxx-xxxx-" + g.s(DIG, 4)])
        if nk == "doc_example":
            return g.pick(self.p.docex)
        if nk == "public_value":
            return value_for_public if value_for_public is not None else self.p.public(g)
        if nk == "secret_ref":
            return g.pick([
                "op://Affiliates/%s/credential" % self.p.label.split()[0].replace(".", ""),
                "vault:secret/data/affiliates/%s#value" % self.k,
                "arn:aws:secretsmanager:us-east-1:%s:secret:prod/affiliates/%s-%s"
                % (g.digits(12), self.k.replace("_", "-"), g.s(ALNUM, 6)),
                "projects/%s/secrets/%s/versions/latest" % (shop(g), E.lower().replace("_", "-")),
            ])
        if nk == "template":
            if style == "helm":
                return "{{ .Values.partners.%s.%s }}" % (to_camel(self.k), to_camel(E.lower()))
            if style == "gha":
                return "${{ secrets.%s }}" % E
            if style == "postman":
                return "{{%s}}" % to_camel(E.lower())
            if style == "shell":
                return "${%s:?missing}" % E
            return g.pick(["{{ %s }}" % E.lower(), '<%%= ENV["%s"] %%>' % E,
                           "{{ .Env.%s }}" % E, "{{ settings.%s }}" % E.lower(),
                           "%%(%s)s" % E.lower()])
        # env_ref
        if style == "shell":
            return g.pick(["$%s" % E, "${%s}" % E])
        if style == "gha":
            return "${{ secrets.%s }}" % E
        if style == "postman":
            return "{{%s}}" % to_camel(E.lower())
        if style == "tf":
            return "${var.%s}" % E.lower()
        return "${%s}" % E

    def raw(self, style="generic"):
        if self.mode == "pos":
            return self.secret
        return self._filler(self.E, style)

    def code(self, lang):
        if self.mode == "pos":
            return qlit(lang, self.secret)
        if self.nk in ("env_ref", "secret_ref", "template"):
            return self.g.pick(ENVX[lang]).format(E=self.E, l=self.v)
        return qlit(lang, self._filler(self.E, "generic"))

    # ----- companion values (the other half of a key pair) ------------------------
    def comp_raw(self, val, sensitive, E, style="generic"):
        if self.mode == "pos" or not sensitive:
            return val
        nk = self.nk
        if nk in ("doc_example", "public_value"):
            return self.g.pick(PLACEHOLDERS)
        return self._filler(E, style)

    def comp_code(self, lang, val, sensitive, E):
        if self.mode == "pos" or not sensitive:
            return qlit(lang, val)
        if self.nk in ("env_ref", "secret_ref", "template"):
            return self.g.pick(ENVX[lang]).format(E=E, l=E.lower())
        return qlit(lang, self.comp_raw(val, sensitive, E))

    def basic_blob(self, user, user_sensitive=False):
        """base64(user:secret) for Authorization: Basic; needle becomes the blob."""
        if self.mode == "pos":
            blob = base64.b64encode((user + ":" + self.secret).encode()).decode()
            self.needle = blob
            return blob
        nk = self.nk
        if nk in ("env_ref", "secret_ref", "template"):
            return "${%s_BASIC}" % self.E
        if nk == "masked":
            return self.g.pick(["********", "[REDACTED]", "<base64(user:secret)>"])
        if nk == "empty":
            return ""
        return base64.b64encode((user + ":" + self.g.pick(["YOUR_AUTH_TOKEN", "changeme",
                                                             "<token>", "xxxxxxxx"])).encode()).decode()


def auth_hdr(c):
    """(header name, full header value) for providers with a plain header scheme."""
    h, pre = c.p.auth
    return h, pre + c.raw("shell")


AUTH_PROVS = [p.key for p in PROVS if p.auth]
ALL_PROVS = [p.key for p in PROVS]
BASE_URL = {
    "impact": "https://api.impact.com", "cj": "https://commissions.api.cj.com",
    "rakuten": "https://api.linksynergy.com", "awin": "https://api.awin.com",
    "shareasale": "https://api.shareasale.com", "partnerstack": "https://api.partnerstack.com/api/v2",
    "tapfiliate": "https://api.tapfiliate.com/1.6", "rewardful": "https://api.getrewardful.com/v1",
    "rewardful_wh": "https://api.getrewardful.com/v1",
    "firstpromoter": "https://api.firstpromoter.com/api/v2/company",
    "refersion": "https://api.refersion.com/v2", "everflow": "https://api.eflow.team/v1",
    "tune": "https://demo.api.hasoffers.com/Apiv3/json", "smile": "https://api.smile.io/v1",
    "talon_int": "https://acme.europe-west1.talon.one/v2",
    "talon_mgmt": "https://acme.europe-west1.talon.one/v1", "voucherify": "https://api.voucherify.io/v1",
    "yotpo": "https://loyalty.yotpo.com/api/v2", "loyaltylion": "https://api.loyaltylion.com/v2",
    "referralcandy": "https://my.referralcandy.com/api/v1", "friendbuy": "https://mapi.fbot.me/v1",
    "amazon": "https://webservices.amazon.com/paapi5",
}
ENDPOINT = {
    "cj": "/query", "awin": "/publishers/%s/transactions/", "tapfiliate": "/conversions/",
    "firstpromoter": "/promoters", "refersion": "/affiliate/list", "everflow": "/networks/offers",
    "smile": "/customers", "talon_int": "/customer_sessions/%s", "talon_mgmt": "/applications",
    "voucherify": "/vouchers", "yotpo": "/customers", "loyaltylion": "/customers",
}


def endpoint(c):
    ep = ENDPOINT.get(c.k, "/status")
    if "%s" in ep:
        ep = ep % (c.g.digits(6) if c.k == "awin" else "sess-" + c.g.s(LALNUM, 10))
    return BASE_URL[c.k] + ep


def lbl(c):
    return c.p.label


# ---------------------------------------------------------------------------------------
# Templates usable for many providers (positives, and negatives with the slot swapped)
# ---------------------------------------------------------------------------------------

def t_py_settings(c):
    g = c.g
    db = g.pick(["postgres", "mysql"])
    return g.pick(["config/settings.py", "shop/settings/production.py", "app/settings/base.py"]), f'''"""Django settings for the {shop(g)} storefront back office."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = ["shop.{shop(g)}.com", "admin.{shop(g)}.com"]
TIME_ZONE = "{g.pick(["UTC", "Europe/London", "America/Chicago"])}"

DATABASES = {{
    "default": {{
        "ENGINE": "django.db.backends.{db if db == "mysql" else "postgresql"}",
        "NAME": "storefront",
        "HOST": os.environ.get("DB_HOST", "localhost"),
        "USER": os.environ.get("DB_USER", "storefront"),
        "PASSWORD": os.environ.get("DB_PASSWORD"),
    }}
}}

# --- {lbl(c)} partner program -------------------------------------------------
AFFILIATE_PROGRAM_ID = {g.digits(5)}
AFFILIATE_COOKIE_DAYS = {g.pick([30, 45, 60, 90])}
{c.E} = {c.code("py")}
AFFILIATE_SYNC_CRON = "{g.num(0, 59)} */{g.pick([2, 4, 6])} * * *"

CELERY_BROKER_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")
STATIC_URL = "/static/"
'''


def t_node_config(c):
    g = c.g
    return g.pick(["src/config/partners.js", "config/affiliates.js", "server/config/index.js"]), f''''use strict';

// Partner / affiliate integrations. Loaded once at boot by server/app.js
module.exports = {{
  env: process.env.NODE_ENV || 'development',
  port: Number(process.env.PORT) || {g.pick([3000, 8080, 4000])},
  {to_camel(c.k)}: {{
    enabled: true,
    baseUrl: '{BASE_URL[c.k]}',
    {c.cm}: {c.code("js")},
    timeoutMs: {g.pick([5000, 8000, 15000])},
    retries: {g.num(1, 4)},
  }},
  payouts: {{
    currency: '{g.pick(["USD", "EUR", "GBP"])}',
    minimum: {g.pick([25, 50, 100])},
    schedule: '{g.pick(["monthly", "net-30", "biweekly"])}',
  }},
}};
'''


def t_ts_client(c):
    g = c.g
    cls = "".join(w.capitalize() for w in c.k.split("_")) + "Client"
    if c.p.auth:
        h, pre = c.p.auth
        hdr = f"'{h}': `{pre}${{this.key}}`"
    else:
        hdr = "'Authorization': `Bearer ${this.key}`"
    return f"src/lib/{to_camel(c.k)}Client.ts", f'''import fetch from 'node-fetch';

export interface ListOptions {{
  page?: number;
  limit?: number;
}}

export class {cls} {{
  constructor(
    private readonly key: string,
    private readonly baseUrl = '{BASE_URL[c.k]}',
  ) {{}}

  private headers() {{
    return {{ {hdr}, 'Content-Type': 'application/json' }};
  }}

  async list(path: string, opts: ListOptions = {{}}) {{
    const qs = new URLSearchParams({{ page: String(opts.page ?? 1), limit: String(opts.limit ?? 50) }});
    const res = await fetch(`${{this.baseUrl}}${{path}}?${{qs}}`, {{ headers: this.headers() }});
    if (!res.ok) throw new Error(`{lbl(c)} ${{res.status}}`);
    return res.json();
  }}
}}

// shared instance used by the payout reconciliation job
export const {to_camel(c.k)} = new {cls}({c.code("ts")});
'''


def t_rb_initializer(c):
    g = c.g
    mod = "".join(w.capitalize() for w in c.k.split("_"))
    return f"config/initializers/{c.k}.rb", f'''# frozen_string_literal: true

# {lbl(c)} integration - referral attribution and payout sync
Rails.application.config.to_prepare do
  {mod}Sync.configure do |config|
    config.base_url     = "{BASE_URL[c.k]}"
    config.{c.v} = {c.code("rb")}
    config.open_timeout = {g.num(2, 5)}
    config.read_timeout = {g.num(10, 30)}
    config.logger       = Rails.logger
    config.program_id   = {g.digits(5)}
  end
end
'''


def t_go_config(c):
    g = c.g
    pkg = c.k.replace("_", "")
    return f"internal/{pkg}/config.go", f'''package {pkg}

import (
	"net/http"
	"os"
	"time"
)

// Config holds the settings for the {lbl(c)} API client.
type Config struct {{
	BaseURL    string
	APIKey     string
	HTTPClient *http.Client
}}

var defaultHTTP = &http.Client{{Timeout: {g.pick([10, 15, 30])} * time.Second}}

// DefaultConfig returns the production configuration.
func DefaultConfig() Config {{
	base := os.Getenv("{c.k.upper()}_BASE_URL")
	if base == "" {{
		base = "{BASE_URL[c.k]}"
	}}
	return Config{{
		BaseURL:    base,
		APIKey:     {c.code("go")},
		HTTPClient: defaultHTTP,
	}}
}}
'''


def t_php_define(c):
    g = c.g
    plug = shop(g) + "-affiliates"
    return f"wp-content/plugins/{plug}/{plug}.php", f'''<?php
/**
 * Plugin Name: {shop(g).replace("-", " ").title()} Affiliates
 * Description: Sends WooCommerce orders to {lbl(c)} and shows referral stats in wp-admin.
 * Version: {g.num(1, 3)}.{g.num(0, 9)}.{g.num(0, 20)}
 * Requires PHP: 7.4
 */

if ( ! defined( 'ABSPATH' ) ) {{
	exit;
}}

define( 'SAFF_VERSION', '{g.num(1, 3)}.{g.num(0, 9)}.0' );
define( 'SAFF_PLUGIN_DIR', plugin_dir_path( __FILE__ ) );
define( '{c.E}', {c.code("php")} );
define( 'SAFF_PROGRAM_ID', {g.digits(5)} );

require_once SAFF_PLUGIN_DIR . 'includes/class-saff-client.php';
require_once SAFF_PLUGIN_DIR . 'includes/class-saff-order-hooks.php';

add_action( 'plugins_loaded', array( 'Saff_Order_Hooks', 'init' ) );
'''


def t_yaml_app(c):
    g = c.g
    return g.pick(["config/affiliates.yml", "config/integrations.yaml", "app/config/partners.yml"]), f'''# Partner integrations - loaded by config/loader.py
app:
  name: {shop(g)}-storefront
  region: {g.pick(["us-east-1", "eu-west-1", "eu-central-1"])}

integrations:
  {c.k}:
    provider: {lbl(c)}
    enabled: true
    base_url: {BASE_URL[c.k]}
    {c.v}: "{c.raw()}"
    program_id: {g.digits(5)}
    sync_interval_minutes: {g.pick([15, 30, 60])}
  analytics:
    enabled: {g.pick(["true", "false"])}
    sample_rate: 0.{g.num(1, 9)}
'''


def t_json_config(c):
    g = c.g
    return g.pick(["config/partners.json", "config/production.json", "settings/integrations.json"]), f'''{{
  "service": "{shop(g)}-referrals",
  "logLevel": "{g.pick(["info", "warn", "debug"])}",
  "{to_camel(c.k)}": {{
    "baseUrl": "{BASE_URL[c.k]}",
    "{c.cm}": "{c.raw()}",
    "programId": {g.digits(5)},
    "webhookPath": "/hooks/{c.k.replace("_", "-")}"
  }},
  "payouts": {{
    "currency": "{g.pick(["USD", "EUR", "GBP"])}",
    "threshold": {g.pick([25, 50, 100])}
  }}
}}
'''


ENV_POS_FILES = [".env", ".env.local", ".env.production"]


def t_env_file(c):
    g = c.g
    if c.mode == "pos" and c.allow_dotenv and g.coin(0.5):
        path = g.pick(ENV_POS_FILES)
    else:
        path = g.pick([".env.example", ".env.sample", "deploy/app.env.example", "config/env.template"]
                      if c.mode == "neg" else
                      ["deploy/app.env", "config/partners.env", "docker/app.env", ".env.example"])
    return path, f'''# {shop(g)} storefront - runtime configuration
NODE_ENV=production
PORT={g.pick([3000, 8080])}
DATABASE_URL=postgres://app@db:5432/storefront
REDIS_URL=redis://cache:6379/1

# {lbl(c)}
{c.k.upper()}_BASE_URL={BASE_URL[c.k]}
{c.E}={c.raw("shell")}
{c.k.upper()}_PROGRAM_ID={g.digits(5)}

LOG_LEVEL={g.pick(["info", "debug"])}
'''


def t_compose(c):
    g = c.g
    return "docker-compose.yml", f'''version: "3.9"

services:
  worker:
    build: .
    command: ["python", "-m", "jobs.sync_partners"]
    environment:
      - APP_ENV=production
      - {c.k.upper()}_BASE_URL={BASE_URL[c.k]}
      - {c.E}={c.raw()}
      - SYNC_WINDOW_DAYS={g.pick([7, 14, 30])}
    depends_on:
      - db
  db:
    image: postgres:{g.pick(["14", "15", "16"])}-alpine
    environment:
      POSTGRES_DB: partners
      POSTGRES_HOST_AUTH_METHOD: trust
    volumes:
      - pgdata:/var/lib/postgresql/data

volumes:
  pgdata: {{}}
'''


def t_gha(c):
    g = c.g
    return g.pick([".github/workflows/payout-sync.yml", ".github/workflows/nightly-commissions.yml"]), f'''name: Nightly {lbl(c)} sync

on:
  schedule:
    - cron: "{g.num(0, 59)} {g.num(0, 6)} * * *"
  workflow_dispatch: {{}}

jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      {c.E}: "{c.raw("gha")}"
      {c.k.upper()}_BASE_URL: {BASE_URL[c.k]}
      DATABASE_URL: ${{{{ secrets.DATABASE_URL }}}}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements.txt
      - run: python -m jobs.sync_{c.k} --since yesterday
'''


def t_helm(c):
    g = c.g
    return g.pick(["deploy/values.yaml", f"charts/{shop(g)}/values-prod.yaml", "helm/referrals/values.yaml"]), f'''replicaCount: {g.num(1, 4)}

image:
  repository: ghcr.io/{shop(g)}/referrals-api
  tag: "{g.num(1, 4)}.{g.num(0, 20)}.{g.num(0, 9)}"
  pullPolicy: IfNotPresent

service:
  type: ClusterIP
  port: 8080

partners:
  {to_camel(c.k)}:
    baseUrl: {BASE_URL[c.k]}
    {c.cm}: "{c.raw("helm")}"
    programId: "{g.digits(5)}"

resources:
  limits:
    cpu: 500m
    memory: 512Mi
'''


def t_terraform(c):
    g = c.g
    return g.pick(["infra/partners.tf", "terraform/lambda_affiliates.tf"]), f'''resource "aws_lambda_function" "{c.k}_sync" {{
  function_name = "{shop(g)}-{c.k.replace("_", "-")}-sync"
  role          = aws_iam_role.sync.arn
  handler       = "handler.main"
  runtime       = "python3.12"
  timeout       = {g.pick([60, 120, 300])}
  filename      = "build/sync.zip"

  environment {{
    variables = {{
      {c.k.upper()}_BASE_URL = "{BASE_URL[c.k]}"
      {c.E} = "{c.raw("tf")}"
      STAGE = "prod"
    }}
  }}
}}

resource "aws_cloudwatch_event_rule" "{c.k}_hourly" {{
  name                = "{c.k}-hourly"
  schedule_expression = "rate(1 hour)"
}}
'''


def t_curl_sh(c):
    g = c.g
    h, val = auth_hdr(c)
    extra = ""
    if c.k == "firstpromoter":
        extra = f'\n  -H "ACCOUNT-ID: acc_{g.s(LALNUM, 8)}" \\'
    if c.k == "voucherify":
        extra = f'\n  -H "X-App-Id: {g.uuid()}" \\'
    if c.k == "yotpo":
        extra = f'\n  -H "x-guid: ${{YOTPO_GUID}}" \\'
    if c.k == "refersion":
        extra = f'\n  -H "Refersion-Public-Key: {gen_refersion_public(g)}" \\'
    return g.pick([f"scripts/check_{c.k}.sh", f"bin/{c.k.replace('_', '-')}-smoke.sh", "scripts/partner_ping.sh"]), f'''#!/usr/bin/env bash
# Quick smoke test for the {lbl(c)} API - run after rotating credentials.
set -euo pipefail

OUT=$(mktemp)
curl -sS --fail \\
  -H "{h}: {val}" \\{extra}
  -H "Accept: application/json" \\
  "{endpoint(c)}" -o "$OUT"

jq '. | length' "$OUT"
echo "ok: {lbl(c)} reachable"
'''


def t_markdown_doc(c):
    g = c.g
    h, val = auth_hdr(c)
    return g.pick([f"docs/integrations/{c.k}.md", "docs/setup.md", f"docs/runbooks/{c.k}-sync.md"]), f'''# {lbl(c)} integration

Owner: {person(g)} - last reviewed {g.date()}

The referral service pulls conversions from {lbl(c)} every {g.pick([15, 30, 60])} minutes and
writes them to `partner_conversions`. Payouts are approved on the {g.pick(["1st", "15th"])} of each month.

## Checking the connection

```bash
curl -s "{endpoint(c)}" \\
  -H "{h}: {val}" \\
  -H "Accept: application/json" | jq .
```

## Troubleshooting

* `401` - the key was rotated; update it in the secrets store and redeploy.
* `429` - back off; the job retries with exponential delay.
* Missing conversions - check the program id ({g.digits(5)}) and the cookie window.
'''


def t_ini(c):
    g = c.g
    return g.pick(["config/affiliate.ini", "conf/partners.ini", "settings.ini"]), f'''; {shop(g)} affiliate bridge
[general]
environment = production
log_file = /var/log/affiliate-bridge/app.log
timezone = {g.pick(["UTC", "Europe/Berlin", "America/New_York"])}

[{c.k}]
endpoint = {BASE_URL[c.k]}
{c.v} = {c.raw()}
program_id = {g.digits(5)}
page_size = {g.pick([50, 100, 250])}

[database]
host = 127.0.0.1
port = 5432
name = affiliates
'''


def t_properties(c):
    g = c.g
    return "src/main/resources/application.properties", f'''spring.application.name={shop(g)}-partner-service
server.port=8080
spring.datasource.url=jdbc:postgresql://db:5432/partners
spring.datasource.username=partners
spring.jpa.hibernate.ddl-auto=validate

# {lbl(c)}
partners.{c.k.replace("_", "-")}.base-url={BASE_URL[c.k]}
partners.{c.k.replace("_", "-")}.{to_snake(c.cm).replace("_", "-")}={c.raw()}
partners.{c.k.replace("_", "-")}.program-id={g.digits(5)}
partners.sync.cron=0 */{g.pick([10, 15, 30])} * * * *
management.endpoints.web.exposure.include=health,info
'''


def t_toml(c):
    g = c.g
    return g.pick(["config/partners.toml", "referrals.toml", "config/app.toml"]), f'''# referral worker configuration
[server]
bind = "0.0.0.0:{g.pick([8080, 9000])}"
workers = {g.num(2, 8)}

[{c.k}]
base_url = "{BASE_URL[c.k]}"
{c.v} = "{c.raw()}"
program_id = {g.digits(5)}
lookback_days = {g.pick([7, 30, 45])}

[payouts]
currency = "{g.pick(["USD", "EUR"])}"
minimum = {g.pick([20, 50])}
'''


def t_dockerfile(c):
    g = c.g
    return g.pick(["Dockerfile", "docker/worker/Dockerfile"]), f'''FROM python:3.{g.pick([11, 12])}-slim

WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1
ENV {c.k.upper()}_BASE_URL={BASE_URL[c.k]}
ENV {c.E}={c.raw("shell")}

COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

USER 10001
CMD ["python", "-m", "jobs.sync_partners"]
'''


def t_java(c):
    g = c.g
    cls = "".join(w.capitalize() for w in c.k.split("_")) + "Config"
    return f"src/main/java/com/{shop(g).split('-')[0]}/partners/{cls}.java", f'''package com.{shop(g).split('-')[0]}.partners;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

public final class {cls} {{
    public static final URI BASE_URL = URI.create("{BASE_URL[c.k]}");
    static final String {c.E} = {c.code("java")};
    static final Duration TIMEOUT = Duration.ofSeconds({g.pick([10, 20, 30])});

    private {cls}() {{}}

    public static HttpClient httpClient() {{
        return HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }}
}}
'''


def t_py_requests(c):
    g = c.g
    h, pre = c.p.auth
    val = c.code("py")
    expr = val if not pre else f'"{pre}" + {val}'
    return g.pick([f"jobs/sync_{c.k}.py", f"scripts/pull_{c.k}_report.py"]), f'''#!/usr/bin/env python3
"""Pull yesterday's conversions from {lbl(c)} and upsert them into partner_conversions."""
import datetime as dt
import os

import requests

from db import upsert_conversions

BASE = "{BASE_URL[c.k]}"
HEADERS = {{
    "{h}": {expr},
    "Accept": "application/json",
}}


def main():
    since = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    resp = requests.get(BASE + "{ENDPOINT.get(c.k, '/conversions').split('%')[0]}", headers=HEADERS,
                        params={{"since": since, "limit": {g.pick([100, 250, 500])}}}, timeout=30)
    resp.raise_for_status()
    rows = resp.json()
    upsert_conversions(rows, source="{c.k}")
    print(f"{{len(rows)}} rows synced")


if __name__ == "__main__":
    main()
'''


def t_js_fetch(c):
    g = c.g
    h, pre = c.p.auth
    val = c.code("js")
    expr = val if not pre else f"'{pre}' + {val}"
    return g.pick([f"src/api/{to_camel(c.k)}.js", f"lib/partners/{c.k}.js"]), f'''const BASE_URL = '{BASE_URL[c.k]}';

async function request(path, params = {{}}) {{
  const url = new URL(BASE_URL + path);
  Object.entries(params).forEach(([k, v]) => url.searchParams.set(k, v));
  const res = await fetch(url, {{
    headers: {{
      '{h}': {expr},
      Accept: 'application/json',
    }},
  }});
  if (res.status === 429) {{
    await new Promise((r) => setTimeout(r, {g.pick([1000, 2000, 5000])}));
    return request(path, params);
  }}
  if (!res.ok) throw new Error(`{lbl(c)} request failed: ${{res.status}}`);
  return res.json();
}}

module.exports = {{ request }};
'''


def t_postman(c):
    g = c.g
    h, pre = c.p.auth
    val = pre + c.raw("postman")
    return g.pick([f"postman/{c.k}.postman_collection.json", f"docs/api/{lbl(c).split()[0].replace('.', '')}.postman_collection.json"]), f'''{{
  "info": {{
    "_postman_id": "{g.uuid()}",
    "name": "{lbl(c)} - partner API",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  }},
  "item": [
    {{
      "name": "List records",
      "request": {{
        "method": "GET",
        "header": [
          {{ "key": "{h}", "value": "{val}", "type": "text" }},
          {{ "key": "Accept", "value": "application/json", "type": "text" }}
        ],
        "url": {{ "raw": "{endpoint(c)}?limit=25" }}
      }},
      "response": []
    }}
  ]
}}
'''


def t_sql(c):
    g = c.g
    return g.pick(["db/seeds/partner_integrations.sql", "migrations/0042_seed_integrations.sql"]), f'''-- Seed integration settings for the staging tenant
BEGIN;

INSERT INTO integration_settings (tenant_id, provider, setting_key, setting_value, updated_at)
VALUES
  ({g.num(1, 40)}, '{c.k}', 'base_url', '{BASE_URL[c.k]}', NOW()),
  ({g.num(1, 40)}, '{c.k}', '{c.v}', '{c.raw()}', NOW()),
  ({g.num(1, 40)}, '{c.k}', 'program_id', '{g.digits(5)}', NOW());

UPDATE tenants SET referrals_enabled = TRUE WHERE id = {g.num(1, 40)};

COMMIT;
'''


def t_xml(c):
    g = c.g
    return g.pick(["Web.config", "src/Partners.Api/App.config"]), f'''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Environment" value="Production" />
    <add key="{lbl(c).split()[0].replace(".", "")}:BaseUrl" value="{BASE_URL[c.k]}" />
    <add key="{lbl(c).split()[0].replace(".", "")}:{c.cm[:1].upper() + c.cm[1:]}" value="{c.raw()}" />
    <add key="Payouts:Currency" value="{g.pick(["USD", "EUR"])}" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
'''


def t_log(c):
    g = c.g
    h, val = auth_hdr(c)
    lines = []
    t0 = g.ts()
    for i in range(g.num(3, 6)):
        lines.append(f"{t0} INFO  sync.{c.k} page={i + 1} fetched={g.num(0, 250)} elapsed_ms={g.num(80, 900)}")
    pos = g.num(0, len(lines))
    lines.insert(pos, f"{t0} DEBUG http.client GET {endpoint(c)} headers={{'{h}': '{val}', 'Accept': 'application/json'}}")
    return g.pick([f"logs/sync-{g.date()}.log", "var/log/partner-sync.log"]), "\n".join(lines) + "\n"


def t_ansible(c):
    g = c.g
    return g.pick(["ansible/group_vars/production.yml", "inventory/group_vars/workers.yml"]), f'''---
app_user: deploy
app_root: /srv/referrals
python_version: "3.12"
nginx_server_name: referrals.{shop(g)}.com

partner_{c.k}_base_url: "{BASE_URL[c.k]}"
partner_{c.v}: "{c.raw()}"
partner_sync_minutes: {g.pick([15, 30])}
'''


def t_makefile(c):
    g = c.g
    return "Makefile", f'''.PHONY: test lint sync-{c.k.replace("_", "-")}

PY ?= python3
export {c.E} ?= {c.raw("shell")}

test:
\t$(PY) -m pytest -q

lint:
\truff check .

sync-{c.k.replace("_", "-")}:
\t$(PY) -m jobs.sync_{c.k} --days {g.pick([1, 3, 7])}
'''


def t_shopify_web_toml(c):
    g = c.g
    return "web/shopify.web.toml", f'''name = "backend"
roles = ["backend"]
webhooks_path = "/api/webhooks"

[commands]
dev = "{c.E}={c.raw("shell")} npm run dev"
build = "npm run build"
'''


# ---------------------------------------------------------------------------------------
# Provider-specific templates
# ---------------------------------------------------------------------------------------

def t_impact_py(c):
    g = c.g
    sid = c.comp_code("py", gen_impact_sid(g), False, "IMPACT_ACCOUNT_SID")
    return g.pick(["integrations/impact/client.py", "affiliates/impact_sync.py"]), f'''"""Impact.com partner API - pull approved actions for the payout ledger."""
import requests

ACCOUNT_SID = {sid}
AUTH_TOKEN = {c.code("py")}
BASE = f"https://api.impact.com/Mediapartners/{{ACCOUNT_SID}}"


def approved_actions(start, end, page=1):
    resp = requests.get(
        f"{{BASE}}/Actions",
        auth=(ACCOUNT_SID, AUTH_TOKEN),
        headers={{"Accept": "application/json"}},
        params={{"ActionDateStart": start, "ActionDateEnd": end, "State": "APPROVED", "Page": page}},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json().get("Actions", [])
'''


def t_impact_php(c):
    g = c.g
    sid = c.comp_code("php", gen_impact_sid(g), False, "IMPACT_ACCOUNT_SID")
    return "wp-content/plugins/wc-impact-conversions/includes/class-impact-api.php", f'''<?php
/**
 * Reports WooCommerce orders to Impact as conversions.
 */
class WC_Impact_API {{

	const CAMPAIGN_ID = {g.digits(5)};
	const EVENT_TYPE  = {g.digits(5)};

	private $account_sid = {sid};
	private $auth_token  = {c.code("php")};

	public function send_conversion( WC_Order $order, $click_id ) {{
		$body = array(
			'CampaignId'     => self::CAMPAIGN_ID,
			'ActionTrackerId'=> self::EVENT_TYPE,
			'ClickId'        => $click_id,
			'OrderId'        => $order->get_order_number(),
			'EventDate'      => $order->get_date_created()->format( DATE_ATOM ),
			'CurrencyCode'   => $order->get_currency(),
			'Amount'         => $order->get_total(),
		);
		return wp_remote_post(
			'https://api.impact.com/Advertisers/' . $this->account_sid . '/Conversions',
			array(
				'headers' => array(
					'Authorization' => 'Basic ' . base64_encode( $this->account_sid . ':' . $this->auth_token ),
					'Accept'        => 'application/json',
				),
				'body'    => $body,
				'timeout' => 20,
			)
		);
	}}
}}
'''


def t_impact_basic_curl(c):
    g = c.g
    sid = gen_impact_sid(g)
    blob = c.basic_blob(sid)
    if c.mode == "pos":
        c.kind = "basic_auth_blob"
    return g.pick(["scripts/impact_actions.sh", "tools/impact/list_actions.sh"]), f'''#!/bin/sh
# List the last {g.pick([7, 14, 30])} days of actions for the brand account.
# Account SID: {sid}
curl -s "https://api.impact.com/Advertisers/{sid}/Actions?ActionDateStart={g.date()}T00:00:00Z" \\
  -H "Authorization: Basic {blob}" \\
  -H "Accept: application/json" | jq '.Actions[] | {{Id, State, Amount}}'
'''


def t_impact_node(c):
    g = c.g
    sid = c.comp_code("js", gen_impact_sid(g), False, "IMPACT_ACCOUNT_SID")
    return "src/services/impact.js", f'''const axios = require('axios');

const accountSid = {sid};

const impact = axios.create({{
  baseURL: `https://api.impact.com/Mediapartners/${{accountSid}}`,
  auth: {{ username: accountSid, password: {c.code("js")} }},
  headers: {{ Accept: 'application/json' }},
  timeout: 20000,
}});

async function listCampaigns() {{
  const {{ data }} = await impact.get('/Campaigns');
  return data.Campaigns;
}}

async function createTrackingLink(programId, deepLink) {{
  const {{ data }} = await impact.post(`/Programs/${{programId}}/TrackingLinks`, null, {{
    params: {{ DeepLink: deepLink }},
  }});
  return data.TrackingURL;
}}

module.exports = {{ listCampaigns, createTrackingLink }};
'''


def t_cj_graphql(c):
    g = c.g
    pub = g.digits(7)
    return "src/jobs/cjCommissions.ts", f'''import fetch from 'node-fetch';

const CJ_ENDPOINT = 'https://commissions.api.cj.com/query';
const PUBLISHER_ID = '{pub}';
const CJ_TOKEN = {c.code("ts")};

const query = `{{
  publisherCommissions(forPublishers: ["${{PUBLISHER_ID}}"], sincePostingDate: "{g.date()}T00:00:00Z", beforePostingDate: "{g.date()}T00:00:00Z") {{
    count
    records {{ actionTrackerName websiteName advertiserName postingDate pubCommissionAmountUsd }}
  }}
}}`;

export async function fetchCommissions() {{
  const res = await fetch(CJ_ENDPOINT, {{
    method: 'POST',
    headers: {{
      Authorization: `Bearer ${{CJ_TOKEN}}`,
      'Content-Type': 'application/json',
    }},
    body: JSON.stringify({{ query }}),
  }});
  return (await res.json()).data.publisherCommissions.records;
}}
'''


def t_cj_py_positional(c):
    g = c.g
    return "reports/cj_weekly.py", f'''from datetime import date, timedelta

from affiliate_clients.cj import CJClient

# website (property) id and publisher CID from the CJ account page
client = CJClient({c.code("py")}, "{g.digits(7)}", website_id="{g.digits(8)}")

end = date.today()
start = end - timedelta(days=7)
for row in client.commissions(start, end):
    print(row["advertiserName"], row["pubCommissionAmountUsd"])
'''


def t_rakuten_token(c):
    g = c.g
    cid = g.mixed(ALNUM, 32)
    blob = c.basic_blob(cid)
    if c.mode == "pos":
        c.kind = "basic_auth_blob"
    return g.pick(["scripts/rakuten_token.sh", "ops/refresh_rakuten_token.sh"]), f'''#!/usr/bin/env bash
# Exchange the Rakuten Advertising client credentials for a bearer token (valid ~4h)
set -e
SID={g.digits(7)}
curl -s -X POST "https://api.linksynergy.com/token" \\
  -H "Authorization: Basic {blob}" \\
  -H "Content-Type: application/x-www-form-urlencoded" \\
  -d "grant_type=client_credentials&scope=$SID" | jq -r .access_token > .rakuten_token
'''


def t_rakuten_py(c):
    g = c.g
    cid = c.comp_code("py", g.mixed(ALNUM, 32), False, "RAKUTEN_CLIENT_ID")
    return "connectors/rakuten/auth.py", f'''import requests

TOKEN_URL = "https://api.linksynergy.com/token"
CLIENT_ID = {cid}
CLIENT_SECRET = {c.code("py")}
ACCOUNT_SID = "{g.digits(7)}"


def get_access_token():
    resp = requests.post(
        TOKEN_URL,
        auth=(CLIENT_ID, CLIENT_SECRET),
        data={{"grant_type": "client_credentials", "scope": ACCOUNT_SID}},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]
'''


def t_rakuten_legacy(c):
    g = c.g
    if c.mode == "pos":
        c.secret = gen_rakuten_legacy(g)
        c.needle = c.secret
        c.kind = "web_services_token"
    return "lib/linkshare/deeplinks.rb", f'''require "net/http"
require "uri"

module Linkshare
  # legacy LinkShare web services (deep link generator)
  TOKEN = {c.code("rb")}
  MID = {g.digits(5)}

  def self.deep_link(url)
    uri = URI("https://getdeeplink.linksynergy.com/createcustomlink.shtml")
    uri.query = URI.encode_www_form(token: TOKEN, mid: MID, murl: url)
    Net::HTTP.get(uri).strip
  end
end
'''


def t_awin_go(c):
    g = c.g
    return "internal/awin/transactions.go", f'''package awin

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const publisherID = {g.digits(6)}

var token = {c.code("go")}

func Transactions(start, end time.Time) ([]Transaction, error) {{
	url := fmt.Sprintf("https://api.awin.com/publishers/%d/transactions/?startDate=%s&endDate=%s&timezone=UTC",
		publisherID, start.Format("2006-01-02T15:04:05"), end.Format("2006-01-02T15:04:05"))
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {{
		return nil, err
	}}
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {{
		return nil, err
	}}
	defer resp.Body.Close()
	var out []Transaction
	return out, json.NewDecoder(resp.Body).Decode(&out)
}}
'''


def t_awin_py_ctor(c):
    g = c.g
    return "pipelines/awin_offers.py", f'''from awin_api import AwinClient
from pipelines.storage import write_offers

awin = AwinClient(
    publisher_id={g.digits(6)},
    api_token={c.code("py")},
    region="{g.pick(["GB", "DE", "US", "FR"])}",
)

if __name__ == "__main__":
    offers = awin.offers(membership="joined", type="voucher")
    write_offers(offers)
'''


def t_shareasale_php(c):
    g = c.g
    tok = c.comp_code("php", gen_sas_token(g), True, "SHAREASALE_API_TOKEN")
    return "includes/shareasale/activity-report.php", f'''<?php
// ShareASale affiliate activity report (API v2.9)
$myAffiliateID = '{g.digits(7)}';
$APIToken      = {tok};
$APISecretKey  = {c.code("php")};
$myTimeStamp   = gmdate( DATE_RFC1123 );
$APIVersion    = 2.9;
$actionVerb    = 'activity';

$sig     = $APIToken . ':' . $myTimeStamp . ':' . $actionVerb . ':' . $APISecretKey;
$sigHash = hash( 'sha256', $sig );

$myHeaders = array( "x-ShareASale-Date: $myTimeStamp", "x-ShareASale-Authentication: $sigHash" );

$ch = curl_init();
curl_setopt( $ch, CURLOPT_URL, "https://api.shareasale.com/x.cfm?affiliateId=$myAffiliateID&token=$APIToken&version=$APIVersion&action=$actionVerb&dateStart={g.date()}" );
curl_setopt( $ch, CURLOPT_HTTPHEADER, $myHeaders );
curl_setopt( $ch, CURLOPT_RETURNTRANSFER, true );
$returnResult = curl_exec( $ch );
curl_close( $ch );
'''


def t_shareasale_py(c):
    g = c.g
    tok = c.comp_code("py", gen_sas_token(g), True, "SHAREASALE_API_TOKEN")
    return "connectors/shareasale.py", f'''import hashlib
from email.utils import formatdate

import requests

AFFILIATE_ID = "{g.digits(7)}"
API_TOKEN = {tok}
API_SECRET = {c.code("py")}
API_VERSION = "2.9"


def call(action, **params):
    ts = formatdate(usegmt=True)
    signature = hashlib.sha256(f"{{API_TOKEN}}:{{ts}}:{{action}}:{{API_SECRET}}".encode()).hexdigest()
    query = {{"affiliateId": AFFILIATE_ID, "token": API_TOKEN, "version": API_VERSION, "action": action}}
    query.update(params)
    resp = requests.get("https://api.shareasale.com/x.cfm", params=query, headers={{
        "x-ShareASale-Date": ts,
        "x-ShareASale-Authentication": signature,
    }}, timeout=30)
    resp.raise_for_status()
    return resp.text
'''


def t_shareasale_js(c):
    g = c.g
    tok = c.comp_code("js", gen_sas_token(g), True, "SHAREASALE_API_TOKEN")
    return "src/shareasale/client.js", f'''const crypto = require('crypto');
const axios = require('axios');

const config = {{
  affiliateId: {g.digits(7)},
  apiToken: {tok},
  apiSecretKey: {c.code("js")},
  apiVersion: 2.3,
}};

function authHeaders(action) {{
  const date = new Date().toUTCString();
  const sig = `${{config.apiToken}}:${{date}}:${{action}}:${{config.apiSecretKey}}`;
  return {{
    'x-ShareASale-Date': date,
    'x-ShareASale-Authentication': crypto.createHash('sha256').update(sig).digest('hex'),
  }};
}}

async function traffic(dateStart) {{
  const params = {{ affiliateId: config.affiliateId, token: config.apiToken, version: config.apiVersion, action: 'traffic', dateStart, format: 'csv' }};
  const {{ data }} = await axios.get('https://api.shareasale.com/x.cfm', {{ params, headers: authHeaders('traffic') }});
  return data;
}}

module.exports = {{ traffic }};
'''


def t_partnerstack_py(c):
    g = c.g
    pk = c.comp_code("py", g.hex(32), True, "PARTNERSTACK_PUBLIC_KEY")
    return "billing/partnerstack.py", f'''import requests
from requests.auth import HTTPBasicAuth

PARTNERSTACK = "https://api.partnerstack.com/api/v2"
_auth = HTTPBasicAuth({pk}, {c.code("py")})


def record_transaction(customer_key, amount_cents, currency="USD", product_key=None):
    payload = {{
        "customer_key": customer_key,
        "amount": amount_cents,
        "currency": currency,
        "category_key": "{g.pick(["subscription", "upgrade", "addon"])}",
    }}
    if product_key:
        payload["product_key"] = product_key
    r = requests.post(f"{{PARTNERSTACK}}/transactions", json=payload, auth=_auth, timeout=15)
    r.raise_for_status()
    return r.json()["data"]
'''


def t_partnerstack_rb(c):
    g = c.g
    pk = c.comp_code("rb", g.hex(32), True, "PARTNERSTACK_PUBLIC_KEY")
    return "app/services/partnerstack_client.rb", f'''require "faraday"

class PartnerstackClient
  BASE = "https://api.partnerstack.com/api/v2"

  def initialize(public_key: {pk}, secret_key: {c.code("rb")})
    @conn = Faraday.new(url: BASE) do |f|
      f.request :authorization, :basic, public_key, secret_key
      f.request :json
      f.response :json
    end
  end

  def create_customer(email:, partner_key:, customer_key:)
    @conn.post("customers", {{ email: email, partner_key: partner_key, customer_key: customer_key }}).body
  end
end
'''


def t_tapfiliate_php(c):
    g = c.g
    return "wp-content/themes/storefront-child/inc/tapfiliate.php", f'''<?php
// Child theme helper: record Tapfiliate conversions from WooCommerce thank-you page.
add_action( 'woocommerce_thankyou', function ( $order_id ) {{
	$order = wc_get_order( $order_id );
	if ( ! $order || empty( $_COOKIE['tap_vid'] ) ) {{
		return;
	}}
	wp_remote_post( 'https://api.tapfiliate.com/1.6/conversions/', array(
		'headers' => array(
			'Content-Type' => 'application/json',
			'X-Api-Key'    => {c.code("php")},
		),
		'body'    => wp_json_encode( array(
			'click_id'    => sanitize_text_field( $_COOKIE['tap_vid'] ),
			'external_id' => (string) $order->get_order_number(),
			'amount'      => (float) $order->get_total(),
		) ),
		'timeout' => 15,
	) );
}} );
'''


def t_rewardful_rails(c):
    g = c.g
    return "app/controllers/webhooks/rewardful_controller.rb", f'''module Webhooks
  class RewardfulController < ApplicationController
    skip_before_action :verify_authenticity_token

    SIGNING_SECRET = {c.code("rb")}

    def create
      expected = OpenSSL::HMAC.hexdigest("sha256", SIGNING_SECRET, request.raw_post)
      unless ActiveSupport::SecurityUtils.secure_compare(expected, request.headers["X-Rewardful-Signature"].to_s)
        return head :unauthorized
      end

      event = JSON.parse(request.raw_post)
      RewardfulEventJob.perform_later(event["event"]["type"], event["object"])
      head :ok
    end
  end
end
'''


def t_rewardful_express(c):
    g = c.g
    return "src/routes/webhooks.js", f'''const express = require('express');
const crypto = require('crypto');

const router = express.Router();
const {c.cm} = {c.code("js")};

router.post('/rewardful', express.raw({{ type: 'application/json' }}), (req, res) => {{
  const signature = crypto.createHmac('sha256', {c.cm}).update(req.body).digest('hex');
  if (signature !== req.get('X-Rewardful-Signature')) {{
    return res.status(401).send('bad signature');
  }}
  const payload = JSON.parse(req.body.toString('utf8'));
  req.app.locals.queue.add('rewardful', payload);
  return res.sendStatus(200);
}});

module.exports = router;
'''


def t_rewardful_curl(c):
    g = c.g
    return "docs/rewardful.md", f'''## Rewardful API

List affiliates (API secret as the Basic auth username, empty password):

```sh
curl https://api.getrewardful.com/v1/affiliates?page=1 \\
  -u {c.raw("shell")}:
```

Create a commission adjustment from the admin panel, not from the API, when the
amount is disputed. Contact: {person(g)}.
'''


def t_firstpromoter_ts(c):
    g = c.g
    return "app/lib/firstpromoter.server.ts", f'''const FP_BASE = 'https://api.firstpromoter.com/api/v2/company';
const ACCOUNT_ID = 'acc_{g.s(LALNUM, 8)}';
const {c.E} = {c.code("ts")};

export async function trackSale(email: string, amountCents: number, eventId: string) {{
  const res = await fetch('https://api.firstpromoter.com/api/v2/track/sale', {{
    method: 'POST',
    headers: {{
      Authorization: `Bearer ${{{c.E}}}`,
      'ACCOUNT-ID': ACCOUNT_ID,
      'Content-Type': 'application/json',
    }},
    body: JSON.stringify({{ email, amount: amountCents, event_id: eventId }}),
  }});
  if (!res.ok) throw new Error(`FirstPromoter ${{res.status}}`);
  return res.json();
}}

export const promotersUrl = `${{FP_BASE}}/promoters`;
'''


def t_refersion_py(c):
    g = c.g
    pub = c.comp_code("py", gen_refersion_public(g), False, "REFERSION_PUBLIC_KEY")
    return "integrations/refersion.py", f'''import requests

REFERSION_API = "https://api.refersion.com/v2"
HEADERS = {{
    "Refersion-Public-Key": {pub},
    "Refersion-Secret-Key": {c.code("py")},
    "Content-Type": "application/json",
}}


def new_conversions(since):
    resp = requests.post(f"{{REFERSION_API}}/conversion/list", headers=HEADERS,
                         json={{"status": "PENDING", "created_from": since}}, timeout=30)
    resp.raise_for_status()
    return resp.json()["results"]
'''


def t_everflow_go(c):
    g = c.g
    return "pkg/everflow/client.go", f'''package everflow

import (
	"bytes"
	"encoding/json"
	"net/http"
)

type Client struct {{
	key  string
	http *http.Client
}}

func New() *Client {{
	return &Client{{key: {c.code("go")}, http: http.DefaultClient}}
}}

func (c *Client) Report(body any) (*http.Response, error) {{
	buf, _ := json.Marshal(body)
	req, _ := http.NewRequest("POST", "https://api.eflow.team/v1/networks/reporting/entity", bytes.NewReader(buf))
	req.Header.Set("X-Eflow-API-Key", c.key)
	req.Header.Set("Content-Type", "application/json")
	return c.http.Do(req)
}}
'''


def t_tune_url(c):
    g = c.g
    net = g.pick(["brightads", "pinnaclemedia", "clickstorm", "zenleads", "aurora-perf"])
    return g.pick(["etl/hasoffers_stats.py", "scripts/tune_export.py"]), f'''import csv
import sys

import requests

URL = ("https://{net}.api.hasoffers.com/Apiv3/json?NetworkToken={c.raw()}"
       "&Target=Report&Method=getStats&fields[]=Stat.offer_id&fields[]=Stat.conversions"
       "&fields[]=Stat.payout&data_start={g.date()}&data_end={g.date()}")

rows = requests.get(URL, timeout=60).json()["response"]["data"]["data"]
w = csv.writer(sys.stdout)
w.writerow(["offer_id", "conversions", "payout"])
for r in rows:
    s = r["Stat"]
    w.writerow([s["offer_id"], s["conversions"], s["payout"]])
'''


def t_tune_positional(c):
    g = c.g
    return "app/tasks/offers.py", f'''from celery import shared_task

from vendor.hasoffers import Brand

network = Brand("{g.pick(["brightads", "clickstorm", "zenleads"])}", {c.code("py")})


@shared_task
def refresh_offer_caps():
    for offer in network.Offer.findAll(filters={{"status": "active"}}):
        cap = offer.get("conversion_cap") or 0
        network.Offer.update(id=offer["id"], data={{"conversion_cap": int(cap * 1.1)}})
'''


def t_smile_rb(c):
    g = c.g
    return "lib/tasks/smile_points.rake", f'''namespace :smile do
  desc "Grant bonus points to VIP customers"
  task grant_bonus: :environment do
    conn = Faraday.new(url: "https://api.smile.io/v1") do |f|
      f.request :authorization, "Bearer", {c.code("rb")}
      f.request :json
      f.response :json
    end

    Customer.vip.find_each do |customer|
      conn.post("points_transactions", {{
        points_transaction: {{ customer_id: customer.smile_id, points_change: {g.pick([100, 250, 500])}, description: "VIP bonus" }}
      }})
    end
  end
end
'''


def t_talon_sdk(c):
    g = c.g
    return "src/promotions/talon.ts", f'''import * as TalonOne from 'talon_one';

const defaultClient = TalonOne.ApiClient.instance;
defaultClient.basePath = 'https://{shop(g)}.europe-west1.talon.one';

const apiKeyV1 = defaultClient.authentications['api_key_v1'];
apiKeyV1.apiKey = {c.code("ts")};
apiKeyV1.apiKeyPrefix = 'ApiKey-v1';

export const integrationApi = new TalonOne.IntegrationApi();

export async function evaluateCart(sessionId: string, cartItems: TalonOne.CartItem[]) {{
  const body = TalonOne.IntegrationRequest.constructFromObject({{
    customerSession: {{ state: 'open', cartItems }},
  }});
  return integrationApi.updateCustomerSessionV2(sessionId, body);
}}
'''


def t_talon_mgmt_py(c):
    g = c.g
    return "tools/talon_export_coupons.py", f'''"""Export coupons of a campaign via the Talon.One Management API."""
import csv
import sys

import requests

BASE = "https://{shop(g)}.europe-west1.talon.one/v1"
HEADERS = {{"Authorization": "ManagementKey-v1 " + {c.code("py")}}}

app_id, campaign_id = sys.argv[1], sys.argv[2]
r = requests.get(f"{{BASE}}/applications/{{app_id}}/campaigns/{{campaign_id}}/coupons/no_total",
                 headers=HEADERS, params={{"pageSize": 1000}}, timeout=60)
r.raise_for_status()
w = csv.writer(sys.stdout)
for coupon in r.json()["data"]:
    w.writerow([coupon["value"], coupon["usageCounter"], coupon.get("expiryDate", "")])
'''


def t_talon_go(c):
    g = c.g
    return "services/promo/talon_client.go", f'''package promo

import (
	"net/http"
	"strings"
)

const talonBase = "https://{shop(g)}.us-east4.talon.one"

func newSessionRequest(sessionID, body string) (*http.Request, error) {{
	req, err := http.NewRequest(http.MethodPut, talonBase+"/v2/customer_sessions/"+sessionID, strings.NewReader(body))
	if err != nil {{
		return nil, err
	}}
	req.Header.Set("Authorization", "ApiKey-v1 "+{c.code("go")})
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}}
'''


def t_voucherify_node(c):
    g = c.g
    app = c.comp_code("js", g.uuid(), False, "VOUCHERIFY_APP_ID")
    return "server/voucherify.js", f'''const {{ VoucherifyServerSide }} = require('@voucherify/sdk');

const client = VoucherifyServerSide({{
  applicationId: {app},
  secretKey: {c.code("js")},
  apiUrl: 'https://{g.pick(["api", "us1.api", "as1.api"])}.voucherify.io',
}});

async function validate(code, customerId, amount) {{
  return client.validations.validateVoucher(code, {{
    customer: {{ source_id: customerId }},
    order: {{ amount }},
  }});
}}

module.exports = {{ client, validate }};
'''


def t_voucherify_py(c):
    g = c.g
    app = c.comp_code("py", g.uuid(), False, "VOUCHERIFY_APP_ID")
    return "promotions/voucherify_client.py", f'''from voucherify import Client as voucherifyClient

client = voucherifyClient(
    application_id={app},
    client_secret_key={c.code("py")},
    api_endpoint="https://api.voucherify.io",
    timeout=30,
)


def redeem(code, customer_id, amount_cents):
    return client.redemptions.redeem({{
        "voucher": code,
        "customer": {{"source_id": customer_id}},
        "order": {{"amount": amount_cents}},
    }})
'''


def t_yotpo_liquid(c):
    g = c.g
    guid = c.comp_raw(g.mixed(ALNUM, 22), True, "YOTPO_LOYALTY_GUID")
    return g.pick(["snippets/loyalty-points-banner.liquid", "sections/rewards-balance.liquid"]), f'''{{% comment %}}
  Points balance banner - shown on the account page.
{{% endcomment %}}
{{% if customer %}}
<div class="points-banner" id="points-banner" data-email="{{{{ customer.email | escape }}}}">
  <span class="points-banner__label">{{{{ 'loyalty.points_label' | t }}}}</span>
  <span class="points-banner__value">&hellip;</span>
</div>
<script>
  (function () {{
    var el = document.getElementById('points-banner');
    fetch('https://loyalty.yotpo.com/api/v2/customers?customer_email=' + encodeURIComponent(el.dataset.email), {{
      headers: {{ 'x-guid': '{guid}', 'x-api-key': '{c.raw()}' }}
    }})
      .then(function (r) {{ return r.json(); }})
      .then(function (d) {{ el.querySelector('.points-banner__value').textContent = d.points_balance; }});
  }})();
</script>
{{% endif %}}
'''


def t_yotpo_php(c):
    g = c.g
    guid = c.comp_code("php", g.mixed(ALNUM, 22), True, "YOTPO_LOYALTY_GUID")
    return "app/Services/YotpoLoyalty.php", f'''<?php

namespace App\\Services;

use Illuminate\\Support\\Facades\\Http;

class YotpoLoyalty
{{
    private string $guid = {guid};
    private string $apiKey = {c.code("php")};

    public function awardPoints(string $email, int $points, string $reason): array
    {{
        return Http::withHeaders([
            'x-guid' => $this->guid,
            'x-api-key' => $this->apiKey,
        ])->post('https://loyalty.yotpo.com/api/v2/points/adjust', [
            'customer_email' => $email,
            'point_adjustment_amount' => $points,
            'apply_adjustment_to_points_earned' => true,
            'history_title' => $reason,
        ])->json();
    }}
}}
'''


def t_loyaltylion_node(c):
    g = c.g
    return "src/loyalty/loyaltylion.mjs", f'''const LL_API = 'https://api.loyaltylion.com/v2';
const API_KEY = {c.code("js")};

export async function recordActivity(customerId, name, properties = {{}}) {{
  const res = await fetch(`${{LL_API}}/activities`, {{
    method: 'POST',
    headers: {{ Authorization: `Bearer ${{API_KEY}}`, 'Content-Type': 'application/json' }},
    body: JSON.stringify({{ name, merchant_id: String(customerId), properties }}),
  }});
  if (res.status >= 400) throw new Error(`LoyaltyLion ${{res.status}}`);
}}
'''


def t_loyaltylion_legacy(c):
    g = c.g
    tok = c.comp_code("rb", g.hex(32), True, "LOYALTYLION_TOKEN")
    if c.mode == "pos":
        c.secret = gen_hex32(g)
        c.needle = c.secret
        c.kind = "api_secret"
    return "app/jobs/loyalty_sync_job.rb", f'''class LoyaltySyncJob < ApplicationJob
  queue_as :low

  LL_TOKEN  = {tok}
  LL_SECRET = {c.code("rb")}

  def perform(order_id)
    order = Order.find(order_id)
    HTTParty.post(
      "https://api.loyaltylion.com/v2/orders",
      basic_auth: {{ username: LL_TOKEN, password: LL_SECRET }},
      headers: {{ "Content-Type" => "application/json" }},
      body: {{ merchant_id: order.id.to_s, customer_id: order.customer_id.to_s,
              customer_email: order.email, total: order.total.to_s }}.to_json
    )
  end
end
'''


def t_referralcandy_php(c):
    g = c.g
    return "wp-content/plugins/rc-bridge/includes/class-rc-api.php", f'''<?php
class RC_Api {{
	private $access_id  = {c.comp_code("php", g.hex(32), True, "REFERRALCANDY_ACCESS_ID")};
	private $secret_key = {c.code("php")};

	public function purchase( array $params ) {{
		$params['accessID']  = $this->access_id;
		$params['timestamp'] = time();
		ksort( $params );
		$str = $this->secret_key;
		foreach ( $params as $k => $v ) {{
			$str .= $k . '=' . $v;
		}}
		$params['signature'] = md5( $str );
		return wp_remote_post( 'https://my.referralcandy.com/api/v1/purchase.json', array( 'body' => $params ) );
	}}
}}
'''


def t_referralcandy_py(c):
    g = c.g
    return "referrals/candy.py", f'''import hashlib
import time

import requests

ACCESS_ID = {c.comp_code("py", g.hex(32), True, "REFERRALCANDY_ACCESS_ID")}
SECRET_KEY = {c.code("py")}


def _signed(params):
    params = dict(params, accessID=ACCESS_ID, timestamp=int(time.time()))
    base = SECRET_KEY + "".join(f"{{k}}={{params[k]}}" for k in sorted(params))
    params["signature"] = hashlib.md5(base.encode()).hexdigest()
    return params


def signup(email, first_name, last_name):
    data = _signed({{"email": email, "first_name": first_name, "last_name": last_name}})
    return requests.post("https://my.referralcandy.com/api/v1/signup.json", data=data, timeout=20).json()
'''


def t_friendbuy_ts(c):
    g = c.g
    key = c.comp_code("ts", g.uuid(), True, "FRIENDBUY_KEY")
    return "src/referrals/friendbuy.ts", f'''type Token = {{ token: string; expires: string }};

let cached: Token | null = null;

export async function friendbuyToken(): Promise<string> {{
  if (cached && Date.parse(cached.expires) > Date.now() + 60_000) return cached.token;
  const res = await fetch('https://mapi.fbot.me/v1/authorization', {{
    method: 'POST',
    headers: {{ 'Content-Type': 'application/json' }},
    body: JSON.stringify({{ key: {key}, secret: {c.code("ts")} }}),
  }});
  cached = (await res.json()) as Token;
  return cached.token;
}}
'''


def t_paapi_py(c):
    g = c.g
    ak = c.comp_code("py", gen_akia(g), True, "PAAPI_ACCESS_KEY")
    return "shop/amazon/paapi.py", f'''from paapi5_python_sdk.api.default_api import DefaultApi
from paapi5_python_sdk.get_items_request import GetItemsRequest
from paapi5_python_sdk.get_items_resource import GetItemsResource
from paapi5_python_sdk.partner_type import PartnerType

access_key = {ak}
secret_key = {c.code("py")}
partner_tag = "{gen_partner_tag(g)}"
host = "webservices.amazon.com"
region = "us-east-1"

api = DefaultApi(access_key=access_key, secret_key=secret_key, host=host, region=region)


def get_items(asins):
    req = GetItemsRequest(partner_tag=partner_tag, partner_type=PartnerType.ASSOCIATES,
                          marketplace="www.amazon.com", item_ids=asins,
                          resources=[GetItemsResource.ITEMINFO_TITLE, GetItemsResource.OFFERS_LISTINGS_PRICE])
    return api.get_items(req)
'''


def t_paapi_node(c):
    g = c.g
    ak = c.comp_code("js", gen_akia(g), True, "PAAPI_ACCESS_KEY")
    return "scripts/amazon-prices.js", f'''const amazonPaapi = require('amazon-paapi');

const commonParameters = {{
  AccessKey: {ak},
  SecretKey: {c.code("js")},
  PartnerTag: '{gen_partner_tag(g)}',
  PartnerType: 'Associates',
  Marketplace: 'www.amazon.com',
}};

const requestParameters = {{
  ItemIds: process.argv.slice(2),
  Resources: ['ItemInfo.Title', 'Offers.Listings.Price'],
}};

amazonPaapi.GetItems(commonParameters, requestParameters)
  .then((data) => console.log(JSON.stringify(data.ItemsResult.Items, null, 2)))
  .catch((err) => console.error(err));
'''


def t_paapi_wp(c):
    g = c.g
    ak = c.comp_code("php", gen_akia(g), True, "PAAPI_ACCESS_KEY")
    return "wp-content/mu-plugins/amazon-boxes-config.php", f'''<?php
/* Product boxes: PA-API 5 credentials for the review site */
add_filter( 'amazon_boxes_settings', function ( $settings ) {{
	$settings['api'] = array(
		'access_key'  => {ak},
		'secret_key'  => {c.code("php")},
		'partner_tag' => '{gen_partner_tag(g)}',
		'country'     => 'com',
		'cache_hours' => {g.pick([6, 12, 24])},
	);
	return $settings;
}} );
'''


def t_wpconfig(c):
    g = c.g
    return "wp-config.php", f'''<?php
define( 'DB_NAME', 'wp_{shop(g).replace("-", "_")}' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', getenv( 'WP_DB_PASSWORD' ) );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

/* Affiliate program add-on */
define( '{c.E}', {c.code("php")} );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {{
	define( 'ABSPATH', __DIR__ . '/' );
}}
require_once ABSPATH . 'wp-settings.php';
'''


def t_csv_creds(c):
    g = c.g
    rows = []
    others = g.shuffle([p for p in PROVS if p.key != c.k])[:4]
    for p in others:
        rows.append(f"{p.label},{g.digits(6)},{g.pick(['(oauth)', '', 'see vault', 'n/a'])},{g.pick(['active', 'paused'])},{g.date()}")
    rows.insert(g.num(0, len(rows)), f"{lbl(c)},{g.digits(6)},{c.raw()},active,{g.date()}")
    return g.pick(["exports/network_accounts.csv", "data/partner_networks.csv"]), "network,account_id,api_credential,status,connected_on\n" + "\n".join(rows) + "\n"


def t_go_test(c):
    g = c.g
    pkg = c.k.replace("_", "")
    return f"internal/{pkg}/client_integration_test.go", f'''//go:build integration

package {pkg}

import "testing"

func TestLiveListing(t *testing.T) {{
	cfg := Config{{
		BaseURL: "{BASE_URL[c.k]}",
		APIKey:  {c.code("go")},
	}}
	c := NewClient(cfg)
	items, err := c.List(1, 10)
	if err != nil {{
		t.Fatalf("list: %v", err)
	}}
	if len(items) == 0 {{
		t.Skip("no data in account")
	}}
}}
'''


def t_shopify_app_webhook(c):
    g = c.g
    return "shopify.app.toml", f'''# Learn more about configuring your app at https://shopify.dev/docs/apps/tools/cli/configuration
client_id = "{g.hex(32)}"
name = "{shop(g).replace("-", " ").title()} Rewards Bridge"
application_url = "https://rewards-bridge.{shop(g)}.com"
embedded = true

[access_scopes]
scopes = "read_customers,read_orders,write_discounts"

[webhooks]
api_version = "2024-07"

  [[webhooks.subscriptions]]
  topics = [ "orders/paid" ]
  uri = "https://hooks.{shop(g)}.com/loyalty/orders?key={c.raw()}"

[auth]
redirect_urls = [ "https://rewards-bridge.{shop(g)}.com/auth/callback" ]
'''


# ---------------------------------------------------------------------------------------
# Look-alike negatives: ids, links, hashes and signatures that are not credentials
# Each returns (relpath, text, provider, kind)
# ---------------------------------------------------------------------------------------

def asin(g):
    return "B0" + g.s(UP + DIG, 8)


def click_id_impact(g):
    return g.s(ALNUM, 22)


def ran_site_id(g):
    return g.s(ALNUM, 11) + "-" + g.s(ALNUM + "._", 22)


def l_cj_links(g):
    pid, aid = g.digits(7), g.digits(8)
    items = []
    for _ in range(g.num(3, 5)):
        items.append(f"- [{g.pick(['Trail runner', 'Espresso grinder', 'Dog harness', 'Rain shell', 'Serum set'])}]"
                     f"(https://www.{g.pick(['anrdoezrs.net', 'jdoqocy.com', 'tkqlhce.com', 'dpbolvw.net'])}/click-{pid}-{g.digits(8)}?sid={g.s(LALNUM, 8)})")
    return f"content/posts/{g.date()}-gift-guide.md", f'''---
title: "Gift guide {g.num(2023, 2025)}"
affiliate_network: cj
publisher_id: {pid}
ad_id: {aid}
---

Our picks this season (we may earn a commission):

''' + "\n".join(items) + "\n", "cj", "lookalike_tracking_link"


def l_awin_feed(g):
    mid, aff = g.digits(5), g.digits(6)
    prods = []
    for _ in range(g.num(2, 4)):
        prods.append(f'''    {{
      "sku": "{g.s(UP + DIG, 8)}",
      "name": "{g.pick(['Canvas tote', 'Linen shirt', 'Cast iron pan', 'Yoga mat'])}",
      "price": {g.money(10, 200)},
      "aw_deep_link": "https://www.awin1.com/cread.php?awinmid={mid}&awinaffid={aff}&clickref={g.s(LALNUM, 10)}&ued=https%3A%2F%2Fwww.{shop(g)}.com%2Fp%2F{g.digits(6)}",
      "aw_product_id": "{g.digits(11)}"
    }}''')
    return "data/feeds/awin_products.json", '{\n  "advertiser_id": ' + mid + ',\n  "publisher_id": ' + aff + ',\n  "products": [\n' + ",\n".join(prods) + "\n  ]\n}\n", "awin", "lookalike_public_ids"


def l_shareasale_liquid(g):
    u, m = g.digits(7), g.digits(5)
    return "snippets/partner-banner.liquid", f'''{{% comment %}} ShareASale banner for the blog sidebar (public link, no credentials) {{% endcomment %}}
<a href="https://shareasale.com/r.cfm?b={g.digits(7)}&u={u}&m={m}&urllink=&afftrack={{{{ article.handle }}}}" rel="sponsored noopener" target="_blank">
  <img src="https://static.shareasale.com/image/{m}/{g.s(LALNUM, 12)}.jpg" width="300" height="250" alt="{{{{ 'blog.partner_banner_alt' | t }}}}">
</a>
''', "shareasale", "lookalike_tracking_link"


def l_rakuten_links(g):
    rid = g.s(ALNUM, 11)
    lines = []
    for _ in range(g.num(3, 5)):
        lines.append(f"https://click.linksynergy.com/deeplink?id={rid}&mid={g.digits(5)}&u1={g.s(LALNUM, 8)}&murl=https%3A%2F%2Fwww.{shop(g)}.com%2F")
    return "data/rakuten_deeplinks.txt", "# generated deep links (publisher id is public)\n" + "\n".join(lines) + "\n", "rakuten", "lookalike_tracking_link"


def l_impact_links(g):
    rows = ["date,partner,tracking_link,irclickid"]
    for _ in range(g.num(4, 8)):
        rows.append(f"{g.date()},{g.pick(SITES)},https://{shop(g)}.sjv.io/c/{g.digits(7)}/{g.digits(6)}/{g.digits(5)},{click_id_impact(g)}")
    return "exports/impact_clicks.csv", "\n".join(rows) + "\n", "impact", "lookalike_click_id"


def l_amazon_tags(g):
    tag = gen_partner_tag(g)
    items = []
    for _ in range(g.num(3, 6)):
        a = asin(g)
        items.append(f"| {g.pick(['Headlamp', 'Kettle', 'Trail socks', 'Tripod', 'Chew toy', 'Mug'])} | {a} | https://www.amazon.com/dp/{a}?tag={tag}&linkCode=ogi&th=1 |")
    return g.pick(["content/reviews/best-gear.md", "docs/amazon-links.md"]), f'''# Amazon links used on the review pages

Associates store id: `{tag}` (public, appears in every link)

| Product | ASIN | Link |
|---|---|---|
''' + "\n".join(items) + "\n", "amazon", "lookalike_associates_tag"


def l_impact_sid_alone(g):
    sid = gen_impact_sid(g)
    return "config/impact.yml", f'''# Impact.com brand account. The Account SID is an identifier (public), the Auth Token
# is injected at runtime from the secrets manager as IMPACT_AUTH_TOKEN.
impact:
  account_sid: {sid}
  campaign_id: {g.digits(5)}
  action_tracker_id: {g.digits(5)}
  base_url: https://api.impact.com/Advertisers/{sid}
''', "impact", "public_account_sid"


def l_rewardful_log(g):
    lines = []
    for _ in range(g.num(4, 8)):
        lines.append(f'{g.ts()} webhook provider=rewardful event={g.pick(["referral.converted", "commission.created", "affiliate.confirmed", "payout.paid"])} id={g.uuid()} signature={g.hex(64)} verified=true status=200')
    return "logs/webhooks.log", "\n".join(lines) + "\n", "rewardful", "lookalike_hmac_signature_log"


def l_shareasale_log(g):
    lines = []
    for _ in range(g.num(3, 6)):
        lines.append(f'[{g.ts()}] GET https://api.shareasale.com/x.cfm?action=activity&version=2.9 x-ShareASale-Date="{g.pick(["Mon", "Tue", "Wed", "Thu"])}, {g.num(1, 28):02d} Mar 2024 {g.num(0, 23):02d}:{g.num(0, 59):02d}:00 GMT" x-ShareASale-Authentication={g.hex(64).upper()} -> 200 ({g.num(1, 400)} rows)')
    return "var/log/shareasale-sync.log", "\n".join(lines) + "\n", "shareasale", "lookalike_hmac_signature_log"


def l_referralcandy_log(g):
    lines = []
    for _ in range(g.num(3, 6)):
        lines.append(f"{g.ts()} POST /api/v1/purchase.json timestamp={g.epoch()} signature={g.hex(32)} external_reference_id={g.digits(6)} -> 200")
    return "logs/referralcandy.log", "\n".join(lines) + "\n", "referralcandy", "lookalike_signature_log"


def l_payout_csv(g):
    rows = ["payout_id,partner_id,partner_email,period,commission,currency,transaction_id,status"]
    for _ in range(g.num(5, 10)):
        rows.append(f"po_{g.s(LALNUM, 14)},{g.digits(6)},{email_of(g, dom=g.pick(SITES))},{g.date()[:7]},{g.money()},{g.pick(['USD', 'EUR', 'GBP'])},{g.hex(24)},{g.pick(['paid', 'pending', 'approved'])}")
    return g.pick(["exports/payouts_2024_q3.csv", "reports/partner_payouts.csv"]), "\n".join(rows) + "\n", "partnerstack", "lookalike_payout_export"


def l_conversions_sql(g):
    rows = []
    for _ in range(g.num(3, 5)):
        rows.append(f"  ('{g.uuid()}', '{g.pick(['impact', 'cj', 'awin', 'rakuten'])}', '{click_id_impact(g)}', 'ORD-{g.digits(6)}', {g.money()}, '{g.ts()}')")
    return "db/fixtures/conversions.sql", '''CREATE TABLE IF NOT EXISTS partner_conversions (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  network TEXT NOT NULL,
  click_id TEXT,
  order_ref TEXT NOT NULL,
  amount NUMERIC(12, 2) NOT NULL,
  converted_at TIMESTAMPTZ NOT NULL
);

INSERT INTO partner_conversions (id, network, click_id, order_ref, amount, converted_at) VALUES
''' + ",\n".join(rows) + ";\n", "impact", "lookalike_ids"


def l_coupons_yaml(g):
    codes = g.shuffle(COUPONS)[:g.num(3, 6)]
    body = "\n".join(f"  - code: {cd}\n    discount_percent: {g.pick([5, 10, 15, 20, 25])}\n    expires: {g.date(2024, 2026)}\n    program_id: {g.digits(5)}" for cd in codes)
    return "config/coupons.yml", "# public promo codes shared with affiliates\ncoupons:\n" + body + "\n", "talon_int", "lookalike_coupon_codes"


def l_voucherify_client(g):
    return "assets/js/voucher-widget.js", f'''// Client-side (publishable) keys - documented as safe for the browser.
// Restricted by the domain whitelist in Project settings > Client-side Settings.
window.voucherifyClient = VoucherifyClientSide({{
  clientApplicationId: '{g.uuid()}',
  clientSecretKey: '{g.uuid()}',
  origin: 'https://www.{shop(g)}.com',
}});

document.querySelector('#apply-code').addEventListener('click', function () {{
  var code = document.querySelector('#voucher-code').value.trim();
  window.voucherifyClient.validate({{ code: code }}).then(renderResult);
}});
''', "voucherify", "public_client_side_key"


def l_refersion_pixel(g):
    return g.pick(["layout/theme.liquid", "snippets/refersion-tracking.liquid"]), f'''<!-- REFERSION TRACKING: BEGIN (public key only) -->
<script>
  ! function(e, n, t, i, o, c, s, a) {{
    s = "refersion-js", a = document.getElementById(s);
    if (a) return;
    (c = n.createElement(t)).async = 1, c.id = s, c.src = "https://cdn.refersion.com/refersion.js";
    (a = n.getElementsByTagName(t)[0]).parentNode.insertBefore(c, a);
  }}(window, document, "script");
  window.refersion_on_load = function() {{
    r.pubKey = "{gen_refersion_public(g)}";
    r.initializeXDLS().then(function() {{ r.launchDefault(); }});
  }};
</script>
<!-- REFERSION TRACKING: END -->
''', "refersion", "public_key"


def l_loyaltylion_sdk(g):
    return "snippets/loyaltylion.liquid", f'''{{% comment %}} LoyaltyLion SDK - the site token is public; the auth token below is computed server-side {{% endcomment %}}
<script>
  !function(t,n){{function o(n){{var o=t.getElementsByTagName("script")[0],i=t.createElement("script");i.src=n,i.crossOrigin="",o.parentNode.insertBefore(i,o)}}if(!n.isLoyaltyLion){{window.loyaltylion=n,void 0===window.lion&&(window.lion=n),n.version=2,n.isLoyaltyLion=!0}}o("https://sdk.loyaltylion.net/static/2/loader.js")}}(document,window.loyaltylion||[]);
  loyaltylion.init({{
    token: '{g.hex(32)}',
    {{% if customer %}}
    customer: {{ id: '{{{{ customer.id }}}}', email: '{{{{ customer.email }}}}' }},
    auth: {{ date: '{{{{ "now" | date: "%Y-%m-%dT%H:%M:%S%z" }}}}', token: '{{{{ customer.metafields.loyaltylion.auth_token }}}}' }}
    {{% endif %}}
  }});
</script>
''', "loyaltylion", "public_site_token"


def l_tapfiliate_js(g):
    acct = g.digits(5) + "-" + g.s(LALNUM, 6)
    return "src/tracking/tapfiliate.js", f'''// Tapfiliate tracking snippet; the account id is public
(function(t,a,p){{t.TapfiliateObject=a;t[a]=t[a]||function(){{(t[a].q=t[a].q||[]).push(arguments)}}}})(window,'tap');

tap('create', '{acct}', {{ integration: 'javascript' }});
tap('detect');

export function trackConversion(orderId, amount) {{
  tap('conversion', orderId, amount, {{ customer_id: window.__customerId }});
}}
''', "tapfiliate", "public_account_id"


def l_firstpromoter_js(g):
    return "public/index.html", f'''<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{shop(g).replace("-", " ").title()}</title>
  <script>(function(w){{w.fpr=w.fpr||function(){{w.fpr.q = w.fpr.q||[];w.fpr.q[arguments[0]=='set'?'unshift':'push'](arguments);}};}})(window);
  fpr("init", {{cid:"{g.s(LALNUM, 8)}"}});
  fpr("click");
  </script>
  <script src="https://cdn.firstpromoter.com/fpr.js" async></script>
</head>
<body>
  <div id="root"></div>
</body>
</html>
''', "firstpromoter", "public_account_id"


def l_rewardful_js(g):
    return "app/views/layouts/_rewardful.html.erb", f'''<%# Rewardful JS snippet - the data-rewardful value is the public API key %>
<script>(function(w,r){{w._rwq=r;w[r]=w[r]||function(){{(w[r].q=w[r].q||[]).push(arguments)}}}})(window,'rewardful');</script>
<script async src="https://r.wdfl.co/rw.js" data-rewardful="{g.s(LALNUM, 6)}"></script>
<script>
  rewardful('ready', function() {{
    if (Rewardful.referral) {{
      document.querySelector('#signup_referral').value = Rewardful.referral;
    }}
  }});
</script>
''', "rewardful", "public_key"


def l_everflow_sdk(g):
    return "src/tracking/everflow.ts", f'''declare const EF: any;

// Everflow JavaScript SDK - tracking domain and offer/affiliate ids are public
export function recordClick() {{
  EF.click({{
    offer_id: EF.urlParameter('oid') || {g.num(1, 400)},
    affiliate_id: EF.urlParameter('affid') || {g.num(1, 900)},
    sub1: EF.urlParameter('sub1'),
    uid: EF.urlParameter('uid'),
    transaction_id: EF.urlParameter('_ef_transaction_id'),
  }});
}}

export function recordConversion(orderId: string, amount: number) {{
  EF.conversion({{ offer_id: {g.num(1, 400)}, amount, order_id: orderId, tracking_domain: 'https://www.{g.s(LALNUM, 6)}trk.com' }});
}}
''', "everflow", "lookalike_public_ids"


def l_tune_postback(g):
    return "docs/postbacks.md", f'''# Postback URLs

Server postback for the network (macros are replaced by TUNE at conversion time):

```
https://{g.pick(['brightads', 'zenleads', 'clickstorm'])}.go2cloud.org/aff_lsr?offer_id={g.num(1, 900)}&transaction_id={{transaction_id}}&adv_sub={{order_id}}&amount={{sale_amount}}
```

Example of a real click we debugged (transaction id is a per-click id, not a secret):

```
transaction_id=10{g.hex(28)}&aff_id={g.num(1000, 9999)}&aff_sub={g.s(LALNUM, 10)}&offer_id={g.num(1, 900)}
```
''', "tune", "lookalike_click_id"


def l_friendbuy_js(g):
    return "src/referrals/friendbuy-widget.js", f'''// Friendbuy widget loader. merchantId is public and embedded in every storefront page.
window.friendbuyAPI = window.friendbuyAPI || [];
friendbuyAPI.merchantId = "{g.uuid()}";
friendbuyAPI.push(["loadWidget", "{g.s(LALNUM, 8)}"]);

(function (f, r, n, d, b, u, y) {{
  while ((u = n.shift())) {{
    b = f.createElement(r); b.async = 1; b.src = u;
    y = f.getElementsByTagName(r)[0]; y.parentNode.insertBefore(b, y);
  }}
}})(document, "script", ["https://static.fbot.me/friendbuy.js", "https://campaign.fbot.me/" + friendbuyAPI.merchantId + "/campaigns.js"]);
''', "friendbuy", "public_merchant_id"


def l_talon_ids(g):
    return "config/promotions.yaml", f'''talon_one:
  deployment: https://{shop(g)}.europe-west1.talon.one
  application_id: {g.num(1, 400)}
  loyalty_program_id: {g.num(1, 90)}
  campaigns:
    welcome: {g.num(1000, 9999)}
    referral: {g.num(1000, 9999)}
    birthday: {g.num(1000, 9999)}
  api_key_env: TALON_ONE_API_KEY   # read from the environment at boot
''', "talon_int", "lookalike_public_ids"


def l_yotpo_reviews(g):
    return "snippets/yotpo-reviews.liquid", f'''{{% comment %}} Yotpo reviews widget - the store (app) key is public and part of the script URL {{% endcomment %}}
<script src="https://cdn-widgetsrepository.yotpo.com/v1/loader/{g.s(ALNUM, 40)}" async></script>
<div class="yotpo-widget-instance"
     data-yotpo-instance-id="{g.digits(6)}"
     data-yotpo-product-id="{{{{ product.id }}}}"
     data-yotpo-name="{{{{ product.title | escape }}}}"
     data-yotpo-price="{{{{ product.price | money_without_currency }}}}"></div>
''', "yotpo", "public_store_key"


def l_package_lock(g):
    pk = []
    for name in g.shuffle(["@voucherify/sdk", "talon_one", "amazon-paapi", "axios", "node-fetch", "crypto-js", "@loyaltylion/sdk"])[:4]:
        pk.append(f'''    "node_modules/{name}": {{
      "version": "{g.num(1, 9)}.{g.num(0, 20)}.{g.num(0, 9)}",
      "resolved": "https://registry.npmjs.org/{name}/-/{name.split('/')[-1]}-{g.num(1, 9)}.{g.num(0, 9)}.{g.num(0, 9)}.tgz",
      "integrity": "sha512-{base64.b64encode(bytes(g.num(0, 255) for _ in range(64))).decode()}"
    }}''')
    return "package-lock.json", '{\n  "name": "referrals-api",\n  "lockfileVersion": 3,\n  "packages": {\n' + ",\n".join(pk) + "\n  }\n}\n", "voucherify", "lookalike_integrity_hash"


def l_go_sum(g):
    mods = ["github.com/talon-one/talon_go/v8", "github.com/voucherifyio/voucherify-go-sdk", "golang.org/x/oauth2", "github.com/go-resty/resty/v2"]
    lines = []
    for m in mods:
        v = f"v{g.num(0, 9)}.{g.num(0, 30)}.{g.num(0, 9)}"
        lines.append(f"{m} {v} h1:{base64.b64encode(bytes(g.num(0, 255) for _ in range(32))).decode()}")
        lines.append(f"{m} {v}/go.mod h1:{base64.b64encode(bytes(g.num(0, 255) for _ in range(32))).decode()}")
    return "go.sum", "\n".join(lines) + "\n", "talon_int", "lookalike_module_hash"


def l_changelog(g):
    out = ["# Changelog", ""]
    for _ in range(g.num(3, 6)):
        out.append(f"## {g.num(1, 3)}.{g.num(0, 20)}.{g.num(0, 9)} - {g.date()}")
        out.append(f"- {g.pick(['Fix Awin transaction paging', 'Retry CJ GraphQL on 502', 'Rotate Impact credentials via vault', 'Add Smile.io points sync', 'Handle Rewardful payout.paid events'])} ({g.hex(40)[:g.pick([7, 40])]})")
        out.append("")
    return "CHANGELOG.md", "\n".join(out), "awin", "lookalike_commit_sha"


def l_postman_env(g):
    vals = []
    for p in g.shuffle(PROVS)[:3]:
        vals.append(f'    {{ "key": "{to_camel(p.env.lower())}", "value": "", "type": "secret", "enabled": true }}')
    vals.append(f'    {{ "key": "baseUrl", "value": "https://api.{shop(g)}.com", "type": "default", "enabled": true }}')
    return "postman/partners.postman_environment.json", f'''{{
  "id": "{g.uuid()}",
  "name": "Partners - production",
  "values": [
''' + ",\n".join(vals) + f'''
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "{g.ts()}",
  "_postman_exported_using": "Postman/11.{g.num(0, 9)}.{g.num(0, 9)}"
}}
''', "awin", "empty_secret_values"


def l_webhook_fixture(g):
    return "spec/fixtures/rewardful/referral_converted.json", f'''{{
  "event": {{ "id": "{g.uuid()}", "type": "referral.converted", "created_at": "{g.ts()}" }},
  "object": {{
    "id": "{g.uuid()}",
    "link": {{ "id": "{g.uuid()}", "url": "https://www.{shop(g)}.com/?via={g.s(LALNUM, 6)}", "token": "{g.s(LALNUM, 6)}" }},
    "customer": {{ "id": "{g.uuid()}", "email": "{email_of(g)}", "stripe_customer_id": "cus_{g.s(ALNUM, 14)}" }},
    "affiliate": {{ "id": "{g.uuid()}", "first_name": "{person(g).split()[0]}" }},
    "conversion_state": "conversion"
  }}
}}
''', "rewardful", "lookalike_uuids"


def l_shopify_app_toml(g):
    return "shopify.app.toml", f'''# client_id is the app's public API key; the secret lives in the Partner Dashboard only
client_id = "{g.hex(32)}"
name = "{shop(g).replace("-", " ").title()} Loyalty"
handle = "{shop(g)}-loyalty"
application_url = "https://loyalty-app.{shop(g)}.com"
embedded = true

[build]
automatically_update_urls_on_dev = true
include_config_on_deploy = true

[access_scopes]
scopes = "read_customers,write_customers,read_orders,write_discounts"

[webhooks]
api_version = "2024-10"

  [[webhooks.subscriptions]]
  topics = [ "app/uninstalled", "orders/paid" ]
  uri = "/webhooks"

[pos]
embedded = false
''', "smile", "public_client_id"


def l_paapi_fixture(g):
    a = asin(g)
    return "tests/fixtures/paapi_get_items.json", f'''{{
  "ItemsResult": {{
    "Items": [
      {{
        "ASIN": "{a}",
        "DetailPageURL": "https://www.amazon.com/dp/{a}?tag={gen_partner_tag(g)}&linkCode=ogi&th=1&psc=1",
        "ItemInfo": {{ "Title": {{ "DisplayValue": "{g.pick(['Insulated bottle 32oz', 'Trail running vest', 'Burr grinder'])}" }} }},
        "Offers": {{ "Listings": [ {{ "Id": "{g.s(ALNUM + '%', 60)}", "Price": {{ "Amount": {g.money()}, "Currency": "USD" }} }} ] }}
      }}
    ]
  }}
}}
''', "amazon", "lookalike_associates_tag"


def l_impact_actions_csv(g):
    rows = ["ActionId,CampaignId,State,Amount,Payout,ReferringDate,ClickId,Oid"]
    for _ in range(g.num(4, 8)):
        rows.append(f"{g.digits(5)}.{g.digits(4)}.{g.digits(6)},{g.digits(5)},{g.pick(['APPROVED', 'PENDING', 'REVERSED'])},{g.money()},{g.money(1, 60)},{g.ts()},{click_id_impact(g)},{g.digits(7)}")
    return "exports/impact_actions.csv", "\n".join(rows) + "\n", "impact", "lookalike_action_ids"


def l_access_log(g):
    lines = []
    for _ in range(g.num(4, 8)):
        ip = f"{g.num(11, 220)}.{g.num(0, 255)}.{g.num(0, 255)}.{g.num(1, 254)}"
        q = g.pick([f"irclickid={click_id_impact(g)}", f"ranSiteID={ran_site_id(g)}", f"awc={g.digits(5)}_{g.epoch()}_{g.hex(32)}",
                    f"sscid={g.s(LALNUM, 2)}k{g.digits(3)}_{g.s(LALNUM, 5)}", f"cjevent={g.hex(32)}", f"_ef_transaction_id={g.hex(32)}"])
        lines.append(f'{ip} - - [{g.num(1, 28):02d}/Mar/2024:{g.num(0, 23):02d}:{g.num(0, 59):02d}:{g.num(0, 59):02d} +0000] "GET /products/{g.s(LALNUM, 8)}?{q} HTTP/1.1" 200 {g.num(2000, 90000)} "-" "Mozilla/5.0"')
    return "logs/nginx/access.log", "\n".join(lines) + "\n", "rakuten", "lookalike_click_id"


def l_csp(g):
    hashes = " ".join(f"'sha256-{base64.b64encode(bytes(g.num(0, 255) for _ in range(32))).decode()}'" for _ in range(g.num(2, 4)))
    return "config/nginx/security-headers.conf", f'''# CSP allowing the affiliate tracking snippets (inline hashes are public digests)
add_header Content-Security-Policy "default-src 'self'; script-src 'self' {hashes} https://cdn.refersion.com https://r.wdfl.co https://www.dwin1.com https://sdk.loyaltylion.net; img-src 'self' data: https:;" always;
add_header X-Content-Type-Options nosniff always;
add_header Referrer-Policy strict-origin-when-cross-origin always;
''', "refersion", "lookalike_csp_hash"


def l_sri(g):
    return "templates/base.html", f'''<!doctype html>
<html>
<head>
  <meta charset="utf-8">
  <script src="https://cdn.jsdelivr.net/npm/js-cookie@3.0.5/dist/js.cookie.min.js"
          integrity="sha384-{base64.b64encode(bytes(g.num(0, 255) for _ in range(48))).decode()}"
          crossorigin="anonymous"></script>
  <script src="https://www.dwin1.com/{g.digits(5)}.js" type="text/javascript" defer></script>
</head>
<body>{{% block content %}}{{% endblock %}}</body>
</html>
''', "awin", "lookalike_sri_hash"


def l_docker_digest(g):
    return "Dockerfile", f'''FROM node:20-alpine@sha256:{g.hex(64)} AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-alpine@sha256:{g.hex(64)}
WORKDIR /app
COPY --from=build /app/dist ./dist
COPY --from=build /app/node_modules ./node_modules
ENV NODE_ENV=production
# partner credentials are mounted at runtime from the orchestrator secrets
CMD ["node", "dist/server.js"]
''', "smile", "lookalike_image_digest"


def l_yarn_lock(g):
    out = ["# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.", "# yarn lockfile v1", ""]
    for name in ["axios", "talon_one", "amazon-paapi"]:
        v = f"{g.num(0, 9)}.{g.num(0, 20)}.{g.num(0, 9)}"
        out += [f'{name}@^{v}:', f'  version "{v}"',
                f'  resolved "https://registry.yarnpkg.com/{name}/-/{name}-{v}.tgz#{g.hex(40)}"',
                f'  integrity sha512-{base64.b64encode(bytes(g.num(0, 255) for _ in range(64))).decode()}', ""]
    return "yarn.lock", "\n".join(out), "amazon", "lookalike_integrity_hash"


def l_referral_codes(g):
    rows = []
    for _ in range(g.num(4, 7)):
        n = person(g)
        rows.append(f"  - customer_id: {g.digits(9)}\n    name: {n}\n    referral_code: {n.split()[0].upper()}-{g.s(UP + DIG, 6)}\n    share_url: https://www.{shop(g)}.com/r/{g.s(LALNUM, 8)}")
    return "spec/fixtures/referral_codes.yml", "referrals:\n" + "\n".join(rows) + "\n", "referralcandy", "lookalike_referral_codes"


def l_giftcards_csv(g):
    rows = ["card_id,last4,balance,currency,issued_at,program"]
    for _ in range(g.num(4, 8)):
        rows.append(f"gc_{g.s(LALNUM, 12)},{g.s(DIG, 4)},{g.money(5, 300)},{g.pick(['USD', 'EUR'])},{g.date()},{g.pick(['loyalty', 'referral', 'promo'])}")
    return "exports/loyalty_gift_cards.csv", "\n".join(rows) + "\n", "smile", "lookalike_masked_cards"


def l_setup_doc(g):
    return g.pick(["docs/affiliate-setup.md", "README.partners.md"]), f'''# Connecting affiliate networks

Create the credentials in each dashboard and store them in the vault; **never commit them**.

| Network | Where | Variable |
|---|---|---|
| Impact.com | Settings > API > Access tokens | `IMPACT_ACCOUNT_SID`, `IMPACT_AUTH_TOKEN` |
| CJ | developers.cj.com > Personal Access Tokens | `CJ_PERSONAL_ACCESS_TOKEN` |
| Awin | ui.awin.com/awin-api | `AWIN_API_TOKEN` |
| ShareASale | Tools > Merchant API | `SHAREASALE_API_TOKEN`, `SHAREASALE_API_SECRET` |
| Talon.One | Application > Developer settings | `TALON_ONE_API_KEY` |

Example request (replace the placeholders):

```bash
curl -H "Authorization: Bearer <CJ_PERSONAL_ACCESS_TOKEN>" https://commissions.api.cj.com/query
curl -u "<IMPACT_ACCOUNT_SID>:<IMPACT_AUTH_TOKEN>" https://api.impact.com/Mediapartners/<IMPACT_ACCOUNT_SID>/Campaigns
```

Questions: {person(g)} in #partnerships.
''', "cj", "placeholder_doc"


def l_properties_ids(g):
    return "src/main/resources/affiliates.properties", f'''affiliate.awin.advertiser-id={g.digits(5)}
affiliate.awin.mastertag=https://www.dwin1.com/{g.digits(5)}.js
affiliate.cj.enterprise-id={g.digits(7)}
affiliate.cj.action-tracker-id={g.digits(6)}
affiliate.rakuten.mid={g.digits(5)}
affiliate.impact.campaign-id={g.digits(5)}
affiliate.cookie-days={g.pick([30, 45, 60])}
affiliate.credentials.source=vault
''', "cj", "lookalike_public_ids"


def l_wc_settings_schema(g):
    return "includes/admin/class-settings-fields.php", f'''<?php
return array(
	array(
		'title'       => __( 'Account SID', 'saff' ),
		'id'          => 'saff_impact_account_sid',
		'type'        => 'text',
		'default'     => '',
		'desc_tip'    => __( 'Found under Settings > API in your Impact account.', 'saff' ),
	),
	array(
		'title'       => __( 'Auth Token', 'saff' ),
		'id'          => 'saff_impact_auth_token',
		'type'        => 'password',
		'default'     => '',
		'placeholder' => '••••••••••••',
	),
	array(
		'title'   => __( 'Campaign ID', 'saff' ),
		'id'      => 'saff_impact_campaign_id',
		'type'    => 'number',
		'default' => '{g.digits(5)}',
	),
);
''', "impact", "empty_default"


def l_py_signature_test(g):
    return "tests/test_webhook_signature.py", f'''import hashlib
import hmac
import json
import os

import pytest

from app.webhooks import verify_rewardful

SECRET = os.environ.get("REWARDFUL_SIGNING_SECRET_TEST", "")


@pytest.mark.skipif(not SECRET, reason="signing secret not configured")
def test_signature_roundtrip():
    body = json.dumps({{"event": {{"type": "referral.converted", "id": "{g.uuid()}"}}}}).encode()
    sig = hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    assert verify_rewardful(body, sig)


def test_rejects_tampered():
    assert not verify_rewardful(b"{{}}", "{g.hex(64)}")
''', "rewardful", "lookalike_signature_fixture"


def l_ini_ids(g):
    return "config/networks.ini", f'''[awin]
publisher_id = {g.digits(6)}
region = {g.pick(["GB", "DE", "US"])}

[cj]
cid = {g.digits(7)}
website_id = {g.digits(8)}

[shareasale]
affiliate_id = {g.digits(7)}

[rakuten]
site_id = {g.s(ALNUM, 11)}
; tokens are read from the environment, see docs/secrets.md
'''.replace("[awin]", "; public identifiers only\n[awin]"), "shareasale", "lookalike_public_ids"


def l_analytics_events(g):
    evs = []
    for _ in range(g.num(3, 5)):
        evs.append(f'  {{"event": "purchase", "ts": "{g.ts()}", "order_id": "{g.digits(7)}", "value": {g.money()}, "gclid": "Cj0KCQ{g.s(URLSAFE, 40)}", "irclickid": "{click_id_impact(g)}", "anon_id": "{g.uuid()}"}}')
    return "data/samples/events.jsonl", "\n".join(e.strip() for e in evs) + "\n", "impact", "lookalike_click_id"


def l_commission_sql(g):
    rows = []
    for _ in range(g.num(3, 6)):
        rows.append(f"  ({g.digits(5)}, '{g.pick(['default', 'vip', 'content', 'coupon'])}', {g.pick([3, 5, 8, 10, 12])}.{g.num(0, 9)}, '{g.date()}')")
    return "db/migrations/20240312_commission_groups.sql", '''CREATE TABLE commission_groups (
  program_id INTEGER NOT NULL,
  group_code TEXT NOT NULL,
  rate_percent NUMERIC(5, 2) NOT NULL,
  valid_from DATE NOT NULL,
  PRIMARY KEY (program_id, group_code, valid_from)
);

INSERT INTO commission_groups VALUES
''' + ",\n".join(rows) + ";\n", "awin", "lookalike_ids"


def l_tf_secret_refs(g):
    return "infra/secrets.tf", f'''# Containers only for the partner credentials; values are set out of band.
resource "aws_secretsmanager_secret" "impact" {{
  name = "prod/affiliates/impact"
}}

resource "aws_secretsmanager_secret" "cj" {{
  name = "prod/affiliates/cj-personal-access-token"
}}

data "aws_secretsmanager_secret_version" "talon" {{
  secret_id = "arn:aws:secretsmanager:us-east-1:{g.digits(12)}:secret:prod/affiliates/talon-one-{g.s(ALNUM, 6)}"
}}

output "talon_secret_arn" {{
  value = data.aws_secretsmanager_secret_version.talon.arn
}}
''', "talon_int", "secret_manager_ref"


def l_external_secret(g):
    return "deploy/k8s/external-secret.yaml", f'''apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: partner-credentials
  namespace: referrals
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: partner-credentials
  data:
    - secretKey: AWIN_API_TOKEN
      remoteRef:
        key: affiliates/awin
        property: token
    - secretKey: SMILE_API_KEY
      remoteRef:
        key: affiliates/smile
        property: api_key
    - secretKey: EVERFLOW_API_KEY
      remoteRef:
        key: affiliates/everflow
        property: network_key
''', "awin", "secret_manager_ref"


def l_env_example_blank(g):
    keys = [p.env for p in g.shuffle(PROVS)[:g.num(5, 9)]]
    return g.pick([".env.example", ".env.sample", "env.example"]), "# Copy to .env and fill in from the vault\n" + "\n".join(f"{k}=" for k in keys) + f"\nPARTNER_SYNC_MINUTES={g.pick([15, 30])}\n", "partnerstack", "empty_values"


def l_gha_secrets(g):
    envs = "\n".join(f"      {p.env}: ${{{{ secrets.{p.env} }}}}" for p in g.shuffle(PROVS)[:g.num(3, 6)])
    return ".github/workflows/partner-sync.yml", f'''name: partner-sync
on:
  schedule:
    - cron: "{g.num(0, 59)} * * * *"
jobs:
  sync:
    runs-on: ubuntu-latest
    env:
{envs}
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run sync:partners
''', "everflow", "secret_manager_ref"


def l_uuid_tf_state_ids(g):
    return "infra/imports.tf", f'''import {{
  to = aws_iam_role.partner_sync
  id = "partner-sync-{g.s(LALNUM, 8)}"
}}

import {{
  to = aws_sqs_queue.conversions
  id = "https://sqs.us-east-1.amazonaws.com/{g.digits(12)}/partner-conversions"
}}

resource "random_uuid" "webhook_path" {{}}

locals {{
  deployment_id = "{g.uuid()}"
  kms_key_id    = "{g.uuid()}"
}}
''', "everflow", "lookalike_uuids"


def l_go_hash(g):
    return "internal/attribution/fingerprint.go", f'''package attribution

import (
	"crypto/sha256"
	"encoding/hex"
)

// salt for hashing emails before sending them to partners (not a secret: the
// partners publish it so both sides compute the same digest)
const emailHashVersion = "v2"

// KnownDigest is used in tests: sha256("test@example.com")
const KnownDigest = "{g.hex(64)}"

func HashEmail(email string) string {{
	sum := sha256.Sum256([]byte(emailHashVersion + ":" + email))
	return hex.EncodeToString(sum[:])
}}
''', "friendbuy", "lookalike_digest"


def l_base64_cookie(g):
    payload = json.dumps({"ref": g.s(LALNUM, 6), "src": g.pick(["impact", "awin", "cj"]), "ts": g.epoch()})
    enc = base64.b64encode(payload.encode()).decode()
    return "tests/fixtures/cookies.txt", f'''# Netscape HTTP Cookie File - captured from the staging storefront
.{shop(g)}.com\tTRUE\t/\tTRUE\t{g.epoch()}\t_aff_ref\t{enc}
.{shop(g)}.com\tTRUE\t/\tFALSE\t{g.epoch()}\t_fprom_tid\t{g.uuid()}
.{shop(g)}.com\tTRUE\t/\tFALSE\t{g.epoch()}\trfsn_v\t{g.digits(6)}.{g.uuid()}
''', "firstpromoter", "lookalike_encoded_cookie"


def l_smile_js_public(g):
    return "assets/smile-init.js", f'''// Smile.io storefront init. The channel key is the public identifier of the store.
window.SmileUI = window.SmileUI || {{}};
SmileUI.init({{
  channel_key: 'channel_{g.s(ALNUM, 24)}',
  customer_identity_jwt: window.__SMILE_JWT__ || null,
}});
''', "smile", "public_channel_key"


def l_everflow_offer_json(g):
    return "data/everflow/offers_snapshot.json", f'''{{
  "offers": [
    {{ "network_offer_id": {g.num(1, 900)}, "name": "{shop(g)} - CPA US", "tracking_url": "https://www.{g.s(LALNUM, 6)}trk.com/{g.s(ALNUM, 7)}/{g.s(ALNUM, 7)}/", "encoded_value": "{g.s(ALNUM, 7)}", "offer_status": "active" }},
    {{ "network_offer_id": {g.num(1, 900)}, "name": "{shop(g)} - RevShare", "tracking_url": "https://www.{g.s(LALNUM, 6)}trk.com/{g.s(ALNUM, 7)}/{g.s(ALNUM, 7)}/", "encoded_value": "{g.s(ALNUM, 7)}", "offer_status": "paused" }}
  ],
  "paging": {{ "page": 1, "page_size": 50, "total_count": 2 }}
}}
''', "everflow", "lookalike_public_ids"


def l_csv_clicks_awin(g):
    rows = ["click_ref,awc,advertiser_id,publisher_id,clicked_at"]
    for _ in range(g.num(4, 8)):
        rows.append(f"{g.s(LALNUM, 10)},{g.digits(5)}_{g.epoch()}_{g.hex(32)},{g.digits(5)},{g.digits(6)},{g.ts()}")
    return "exports/awin_clicks.csv", "\n".join(rows) + "\n", "awin", "lookalike_click_id"


def l_rb_spec_masked(g):
    return "spec/services/impact_client_spec.rb", f'''require "rails_helper"

RSpec.describe ImpactClient do
  let(:client) {{ described_class.new(account_sid: "IRTEST", auth_token: "test-token") }}

  it "masks the token in #inspect" do
    expect(client.inspect).to include("auth_token=[FILTERED]")
  end

  it "builds the actions url" do
    expect(client.actions_url).to eq("https://api.impact.com/Mediapartners/IRTEST/Actions")
  end
end
''', "impact", "test_dummy_values"


def l_php_env_only(g):
    return "app/Providers/PartnerServiceProvider.php", f'''<?php

namespace App\\Providers;

use App\\Services\\Partners\\AwinClient;
use App\\Services\\Partners\\CjClient;
use Illuminate\\Support\\ServiceProvider;

class PartnerServiceProvider extends ServiceProvider
{{
    public function register(): void
    {{
        $this->app->singleton(AwinClient::class, fn () => new AwinClient(
            config('services.awin.token'),
            (int) config('services.awin.publisher_id', {g.digits(6)})
        ));
        $this->app->singleton(CjClient::class, fn () => new CjClient(
            env('CJ_PERSONAL_ACCESS_TOKEN'),
            env('CJ_PUBLISHER_ID', '{g.digits(7)}')
        ));
    }}
}}
''', "cj", "env_ref"


def l_ts_types(g):
    return "src/types/partners.d.ts", f'''export interface PartnerCredentials {{
  /** Impact.com Account SID (public identifier, starts with "IR") */
  accountSid: string;
  /** Impact.com Auth Token - never log this */
  authToken: string;
}}

export interface AwinTransaction {{
  id: number;
  advertiserId: number;
  publisherId: number;
  clickRefs?: Record<string, string>;
  commissionStatus: 'pending' | 'approved' | 'declined';
  saleAmount: {{ amount: number; currency: string }};
}}

export const EXAMPLE_TRANSACTION_ID = {g.digits(10)};
export const SAMPLE_CLICK_REF = '{g.s(LALNUM, 12)}';
''', "awin", "lookalike_types"


def l_sql_masked_audit(g):
    rows = []
    for p in g.shuffle(PROVS)[:g.num(3, 5)]:
        rows.append(f"  ('{p.key}', '{p.env.lower()}', '****{g.s(HEX, 4)}', '{email_of(g, dom=shop(g) + '.com')}', '{g.ts()}')")
    return "db/audit/credential_rotations.sql", '''-- audit trail: only the last 4 characters of rotated credentials are stored
INSERT INTO credential_rotations (provider, setting_key, masked_value, rotated_by, rotated_at) VALUES
''' + ",\n".join(rows) + ";\n", "talon_mgmt", "masked_values"


LOOKALIKES = [l_cj_links, l_awin_feed, l_shareasale_liquid, l_rakuten_links, l_impact_links,
              l_amazon_tags, l_impact_sid_alone, l_rewardful_log, l_shareasale_log,
              l_referralcandy_log, l_payout_csv, l_conversions_sql, l_coupons_yaml,
              l_voucherify_client, l_refersion_pixel, l_loyaltylion_sdk, l_tapfiliate_js,
              l_firstpromoter_js, l_rewardful_js, l_everflow_sdk, l_tune_postback,
              l_friendbuy_js, l_talon_ids, l_yotpo_reviews, l_package_lock, l_go_sum,
              l_changelog, l_postman_env, l_webhook_fixture, l_shopify_app_toml,
              l_paapi_fixture, l_impact_actions_csv, l_access_log, l_csp, l_sri,
              l_docker_digest, l_yarn_lock, l_referral_codes, l_giftcards_csv, l_setup_doc,
              l_properties_ids, l_wc_settings_schema, l_py_signature_test, l_ini_ids,
              l_analytics_events, l_commission_sql, l_tf_secret_refs, l_external_secret,
              l_env_example_blank, l_gha_secrets, l_uuid_tf_state_ids, l_go_hash,
              l_base64_cookie, l_smile_js_public, l_everflow_offer_json, l_csv_clicks_awin,
              l_rb_spec_masked, l_php_env_only, l_ts_types, l_sql_masked_audit]


# ---------------------------------------------------------------------------------------
# Registry and assembly
# ---------------------------------------------------------------------------------------

GENERIC_ANY = [t_py_settings, t_node_config, t_rb_initializer, t_go_config, t_php_define,
               t_yaml_app, t_json_config, t_env_file, t_compose, t_gha, t_helm, t_terraform,
               t_ini, t_properties, t_toml, t_dockerfile, t_java, t_sql, t_xml, t_ansible,
               t_makefile, t_shopify_web_toml, t_wpconfig, t_csv_creds, t_go_test]
GENERIC_AUTH = [t_ts_client, t_curl_sh, t_markdown_doc, t_py_requests, t_js_fetch, t_postman,
                t_log]
SPECIFIC = [
    (t_impact_py, ["impact"]), (t_impact_php, ["impact"]), (t_impact_basic_curl, ["impact"]),
    (t_impact_node, ["impact"]), (t_cj_graphql, ["cj"]), (t_cj_py_positional, ["cj"]),
    (t_rakuten_token, ["rakuten"]), (t_rakuten_py, ["rakuten"]), (t_rakuten_legacy, ["rakuten"]),
    (t_awin_go, ["awin"]), (t_awin_py_ctor, ["awin"]), (t_shareasale_php, ["shareasale"]),
    (t_shareasale_py, ["shareasale"]), (t_shareasale_js, ["shareasale"]),
    (t_partnerstack_py, ["partnerstack"]), (t_partnerstack_rb, ["partnerstack"]),
    (t_tapfiliate_php, ["tapfiliate"]), (t_rewardful_rails, ["rewardful_wh"]),
    (t_rewardful_express, ["rewardful_wh"]), (t_rewardful_curl, ["rewardful"]),
    (t_firstpromoter_ts, ["firstpromoter"]), (t_refersion_py, ["refersion"]),
    (t_everflow_go, ["everflow"]), (t_tune_url, ["tune"]), (t_tune_positional, ["tune"]),
    (t_smile_rb, ["smile"]), (t_talon_sdk, ["talon_int"]), (t_talon_mgmt_py, ["talon_mgmt"]),
    (t_talon_go, ["talon_int"]), (t_voucherify_node, ["voucherify"]),
    (t_voucherify_py, ["voucherify"]), (t_yotpo_liquid, ["yotpo"]), (t_yotpo_php, ["yotpo"]),
    (t_loyaltylion_node, ["loyaltylion"]), (t_loyaltylion_legacy, ["loyaltylion"]),
    (t_referralcandy_php, ["referralcandy"]), (t_referralcandy_py, ["referralcandy"]),
    (t_friendbuy_ts, ["friendbuy"]), (t_paapi_py, ["amazon"]), (t_paapi_node, ["amazon"]),
    (t_paapi_wp, ["amazon"]), (t_shopify_app_webhook, ["rewardful_wh"]),
]
TEMPLATES = ([(f, ALL_PROVS) for f in GENERIC_ANY] + [(f, AUTH_PROVS) for f in GENERIC_AUTH] +
             SPECIFIC)


def filetype(relpath):
    base = os.path.basename(relpath)
    if base.startswith(".env") or base.endswith(".env") or base == "env.example":
        return "env"
    if base == "Dockerfile":
        return "dockerfile"
    if base == "Makefile":
        return "makefile"
    if base.endswith(".postman_collection.json") or base.endswith(".postman_environment.json"):
        return "postman"
    if base.endswith(".example") or base.endswith(".sample") or base.endswith(".template"):
        return "env"
    if "." in base:
        return base.rsplit(".", 1)[1].lower()
    return base.lower()


def is_dotenv_name(relpath):
    base = os.path.basename(relpath)
    if not base.startswith(".env"):
        return False
    allowed = (".env.example", ".env.sample", ".env.template", ".env.dist", ".env.defaults")
    return base not in allowed


def render_pos(g, tmpl, pkeys, state):
    for _attempt in range(20):
        g.new_file()
        prov = PBY[g.pick(pkeys)]
        c = Ctx(g, prov, "pos")
        c.allow_dotenv = state["dotenv"] < N_POS // 20 - 2
        rel, text = tmpl(c)
        needle = c.needle
        if needle and needle in text:
            return rel, text, c
    raise AssertionError("template %s never placed its needle" % tmpl.__name__)


def render_neg_reuse(g, tmpl, pkeys):
    g.new_file()
    kind = g.pick(NEG_REUSE_KINDS)
    if kind == "public_value":
        # public values only where the variable name follows the value (generic templates)
        pub = [k for k in pkeys if PBY[k].public_name]
        if tmpl in GENERIC_ANY and pub:
            pkeys = pub
        else:
            kind = "masked"
    prov = PBY[g.pick(pkeys)]
    c = Ctx(g, prov, "neg", kind)
    c.allow_dotenv = False
    rel, text = tmpl(c)
    return rel, text, c


def write_file(root, rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_gw.py OUTDIR SEED\n")
        return 2
    outdir = argv[1]
    seed_s = argv[2]
    try:
        seed = int(seed_s)
    except ValueError:
        seed = seed_s
    rng = random.Random(seed)
    g = G(rng)

    manifest = []
    secrets = []
    state = {"dotenv": 0}

    # ---- positives: every template used, then spread evenly -----------------------
    order = []
    while len(order) < N_POS:
        order.extend(g.shuffle(range(len(TEMPLATES))))
    order = order[:N_POS]
    seen_needles = set()
    needle_list = []
    for i, ti in enumerate(order):
        tmpl, pkeys = TEMPLATES[ti]
        for _try in range(10):
            rel, text, c = render_pos(g, tmpl, pkeys, state)
            if c.needle not in seen_needles:
                break
        seen_needles.add(c.needle)
        needle_list.append(c.needle)
        if is_dotenv_name(rel):
            state["dotenv"] += 1
        lines = text.split("\n")
        lineno = next(n for n, ln in enumerate(lines, 1) if c.needle in ln)
        assert c.needle in lines[lineno - 1]
        assert len(c.needle) >= 16, (tmpl.__name__, c.needle)
        fid = "pos/p%04d/%s" % (i, rel)
        write_file(outdir, fid, text)
        manifest.append({"file": fid, "label": "pos", "provider": c.p.label, "kind": c.kind,
                         "filetype": filetype(rel)})
        secrets.append({"file": fid, "needle": c.needle, "line": lineno})
    assert state["dotenv"] <= N_POS // 20, state

    # ---- negatives: half re-used templates, half look-alikes -----------------------
    n_reuse = N_NEG // 2
    reuse_order = []
    while len(reuse_order) < n_reuse:
        reuse_order.extend(g.shuffle(range(len(TEMPLATES))))
    look_order = []
    while len(look_order) < N_NEG - n_reuse:
        look_order.extend(g.shuffle(range(len(LOOKALIKES))))
    jobs = [("reuse", x) for x in reuse_order[:n_reuse]] + [("look", x) for x in look_order[:N_NEG - n_reuse]]
    jobs = g.shuffle(jobs)
    for i, (what, ti) in enumerate(jobs):
        if what == "reuse":
            tmpl, pkeys = TEMPLATES[ti]
            rel, text, c = render_neg_reuse(g, tmpl, pkeys)
            prov, kind = c.p.label, c.kind
        else:
            g.new_file()
            rel, text, pk, kind = LOOKALIKES[ti](g)
            prov = PBY[pk].label
        assert not is_dotenv_name(rel), rel
        for nd in needle_list:
            assert nd not in text
        fid = "neg/n%04d/%s" % (i, rel)
        write_file(outdir, fid, text)
        manifest.append({"file": fid, "label": "neg", "provider": prov, "kind": kind,
                         "filetype": filetype(rel)})

    # ---- verify what was written ------------------------------------------------------
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s
        assert all(s["needle"] not in ln for ln in lines[:s["line"] - 1]), s

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, sort_keys=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
