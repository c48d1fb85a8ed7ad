#!/usr/bin/env python3
"""Blind evaluation-set generator gx: reviews, UGC and customer-feedback platforms.

EMPHASIS
    Domain: product reviews, user-generated content, surveys and customer
    feedback, as wired into e-commerce (mostly Shopify) and support stacks.
    Providers: Trustpilot (API key + secret, refresh tokens, business unit
    ids), Yotpo (public app key vs. secret key, utoken), Bazaarvoice
    (Conversations API passkeys, Response API client secret, deployment ids),
    Okendo (API key vs. public subscriber id), Judge.me (public vs. private
    token, OAuth client secret), Stamped.io, REVIEWS.io, Feefo, Google
    Business Profile (OAuth client secret GOCSPX-..., refresh token 1//...),
    Birdeye, Podium, Delighted, Hotjar, Canny, UserVoice, Qualtrics (API token,
    datacenter ids), SurveyMonkey (access tokens), Typeform (tfp_ personal
    tokens, webhook secrets), Medallia, Gorgias, plus the Shopify admin
    tokens and review-database passwords such projects hold next to them.
    File types: Shopify liquid, shopify.app.toml, Node/TypeScript/React
    (js, ts, tsx, jsx), Python, Ruby, PHP, Go, Java, R, YAML (k8s, Helm,
    GitHub Actions, docker-compose), JSON, TOML, INI, properties, XML, .env,
    .env.example, Terraform, SQL, CSV review exports, Markdown, shell,
    Dockerfile, .http request files, logs, PEM public keys.

USAGE
    python3 -B gen_gx.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one
    line per positive: file, needle, 1-based line of first occurrence).
    Deterministic per SEED: all randomness comes from one random.Random(SEED).

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as written, without quotes and
      without surrounding syntax.
    * Headers: only the token (no "Bearer ", no header name). For a Basic
      header the needle is the whole base64 blob as written.
    * URLs: only the secret part (the passkey= / utoken= / api_token= value,
      or the password of a user:password@host connection string).
    * Key pairs (app key + secret key, client id + client secret, API key +
      API secret, public key + private key): the needle is the secret half;
      the public half is left in the file as innocent context.
    * curl -u KEY: style Basic auth: the key only.
    * No multi-line secrets are generated (no PEM private keys in this
      domain); every needle sits on one line.

NEGATIVES
    Half of the negatives re-use the positive templates (never the .env
    ones) with the secret slot holding a non-secret: placeholders
    (<your-api-key>, YOUR_API_KEY_HERE, changeme, xxxx..., prefix-shaped
    placeholders such as tfp_XXXX...), empty values, masked values (****,
    [REDACTED]), environment references (${VAR}, os.environ[...],
    process.env.X, ENV.fetch, getenv), secret-manager references (vault:,
    op://, AWS/GCP secret paths), template expressions (${{ secrets.X }},
    {{ .Values.x }}, <%= ENV[...] %>) and providers' documented example keys
    (Yotpo security page, Bazaarvoice demo passkeys, Typeform token page).
    The other half are look-alikes: public widget keys documented as public
    (Yotpo app key, Judge.me public token, Okendo subscriber id, Trustpilot
    business unit and template ids, Google OAuth client ids, Stamped public
    key, Canny app id, Podium widget token, Hotjar site id), review ids,
    SKUs, GTINs, survey/response ids (SV_, R_), Typeform response tokens,
    star ratings, hashes, digests, SRI integrity strings, lockfile hashes,
    webhook signatures, pagination cursors, UUIDs, commit SHAs, public keys.
    No negative lives in a file named .env / .env.local / .env.production.

FORMATS CHECKED (public documentation, via search)
    * Typeform: personal access token page shows "tfp_" + 40 hex as the
      example (tfp_943af478...); older page shows the bare 40-hex form;
      third-party guides say tokens "begin with tfp_"; Typeform is a GitHub
      secret-scanning partner.
    * Yotpo: security policy page: app key = public key / account id, secret
      key = secret; both 40 alphanumerics (examples i23elSptd... and
      Qcca8nS3...); uToken derived from them; API secret only for admins.
    * Bazaarvoice: Conversations API demo passkeys
      kuy3zj9pr3n7i0wxajrzj04xo (25 lower alnum, PRR) and
      caB45h2jBqXFw1OE043qoMBD1gJC8EwFNCjktzgwncXY4 (45 mixed alnum);
      passkey travels as ?passkey= or Bv-Passkey header; Response API uses
      passkeys + OAuth client id/secret.
    * Trustpilot: API key + API secret per application; public calls send
      apikey header or ?apikey=; OAuth via Basic base64(key:secret);
      business unit ids and TrustBox template ids are 24 hex.
    * Judge.me: jdgm.PUBLIC_TOKEN in storefront code (27 chars base64url);
      private API token passed as ?api_token= with shop_domain; OAuth apps
      have client id + secret.
    * Okendo: subscriber id is a UUID used in storefront/Hydrogen code;
      separate OKENDO_API_KEY for api.okendo.io.
    * Qualtrics: X-API-TOKEN header, 40-char token, datacenter ids
      (co1, iad1, ca1, fra1 ...), survey ids SV_..., response ids R_...
    * Gorgias: Basic auth base64(email:API key), per-account subdomain.
    * Google: client_secrets.json layout (web/installed, client_id,
      client_secret, auth_uri, token_uri); documented dummy secrets
      "1912308409123890" / "asdlkfjaskd".
    * Canny, Delighted, SurveyMonkey, Hotjar, Podium, Birdeye, UserVoice,
      Medallia: documentation confirms the credential kind (API key, access
      token, OAuth client secret) and how it is sent, not its shape.

DOUBTS
    * Typeform: tokens are generated here as tfp_ + 44 base58 + "_" + 14
      base58 (shape seen in the wild, not in the docs) and sometimes as
      tfp_ + 40 hex (the documented example shape).
    * Lengths/alphabets not confirmed by docs: Trustpilot key (32 alnum) and
      secret (16 alnum) and refresh token, Okendo API key, Judge.me private
      token (27 base64url like the public one) and OAuth secret (64 hex),
      Stamped keys (pubkey-/key- prefixes), REVIEWS.io key (32 hex), Feefo,
      Birdeye, Podium, Delighted, Hotjar, Canny (UUID form), UserVoice,
      Medallia, Gorgias (64 hex), SurveyMonkey access token (long
      [A-Za-z0-9-.] string), Bazaarvoice OAuth client secret.
    * Google: GOCSPX- + 28 and refresh tokens 1//0... are from common
      knowledge; the docs found only show dummy values.
    * Shopify shpat_/shpss_ + 32 hex from common knowledge, not re-checked.
    * Search results included GitGuardian detector pages for Typeform; they
      were not used for any format.
"""
import json
import os
import random
import string
import sys

R = random.Random(0)

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEXL = '0123456789abcdef'
B64URL = ALNUM + '-_'
B64 = ALNUM + '+/'
B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'


def rs(n, alpha=ALNUM):
    """Random string; for mixed alphabets insist on digits and letters."""
    while True:
        s = ''.join(R.choice(alpha) for _ in range(n))
        if n < 12:
            return s
        has_d = any(ch.isdigit() for ch in s)
        has_a = any(ch.isalpha() for ch in s)
        if alpha in (HEXL, string.digits):
            if has_d and has_a or alpha == string.digits:
                return s
            continue
        if alpha in (ALNUM, B64URL, B58, B64):
            if has_d and any(ch.islower() for ch in s) and any(ch.isupper() for ch in s):
                return s
            continue
        if has_d and has_a:
            return s


def uuid4():
    b = R.getrandbits(128)
    h = '%032x' % b
    h = h[:12] + '4' + h[13:16] + R.choice('89ab') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def digits(n):
    return str(R.randint(1, 9)) + ''.join(R.choice(string.digits) for _ in range(n - 1))


def b64_of(nbytes):
    import base64
    raw = bytes(R.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(raw).decode()


def b64url_of(nbytes):
    import base64
    raw = bytes(R.getrandbits(8) for _ in range(nbytes))
    return base64.urlsafe_b64encode(raw).decode().rstrip('=')


# ---------------------------------------------------------------- secrets
def _bv_passkey():
    if R.random() < 0.6:
        return rs(45)
    return rs(25, LOWER_ALNUM)


def _g_refresh():
    return '1//0' + R.choice('3456789abcdefgi') + rs(R.randint(94, 100), B64URL)


def _sm_token():
    parts = [rs(R.randint(30, 44), ALNUM + '-'), rs(R.randint(30, 44), ALNUM + '-')]
    if R.random() < 0.5:
        parts.append(rs(R.randint(16, 26), ALNUM))
    return '.'.join(parts) if R.random() < 0.5 else ''.join(parts).replace('.', '')


def _tf_pat():
    if R.random() < 0.8:
        return 'tfp_' + rs(44, B58) + '_' + rs(14, B58)
    return 'tfp_' + rs(40, HEXL)


def _db_password():
    while True:
        s = rs(R.randint(16, 24), ALNUM + '_-.~')
        if any(c in '_-.~' for c in s):
            return s


SECRETS = {
    'tp_key': ('trustpilot', 'api_key', lambda: rs(32)),
    'tp_secret': ('trustpilot', 'api_secret', lambda: rs(16)),
    'tp_refresh': ('trustpilot', 'oauth_refresh_token', lambda: rs(32)),
    'yotpo_secret': ('yotpo', 'secret_key', lambda: rs(40)),
    'yotpo_utoken': ('yotpo', 'access_token', lambda: rs(40)),
    'bv_passkey': ('bazaarvoice', 'api_passkey', _bv_passkey),
    'bv_client_secret': ('bazaarvoice', 'oauth_client_secret', lambda: rs(40)),
    'okendo_key': ('okendo', 'api_key', lambda: rs(32)),
    'jdgm_private': ('judgeme', 'private_token', lambda: rs(27, B64URL)),
    'jdgm_client_secret': ('judgeme', 'oauth_client_secret', lambda: rs(64, HEXL)),
    'stamped_private': ('stamped', 'private_key', lambda: 'key-' + rs(32)),
    'reviewsio_key': ('reviewsio', 'api_key', lambda: rs(32, HEXL)),
    'feefo_key': ('feefo', 'api_key', lambda: rs(32)),
    'g_client_secret': ('google_business_profile', 'oauth_client_secret',
                        lambda: 'GOCSPX-' + rs(28, B64URL)),
    'g_refresh': ('google_business_profile', 'oauth_refresh_token', _g_refresh),
    'birdeye_key': ('birdeye', 'api_key', lambda: rs(32)),
    'podium_secret': ('podium', 'oauth_client_secret', lambda: rs(64, HEXL)),
    'delighted_key': ('delighted', 'api_key', lambda: rs(32)),
    'hotjar_secret': ('hotjar', 'oauth_client_secret', lambda: rs(64)),
    'canny_key': ('canny', 'api_key', uuid4),
    'uservoice_secret': ('uservoice', 'api_secret', lambda: rs(40)),
    'qualtrics_token': ('qualtrics', 'api_token', lambda: rs(40)),
    'sm_token': ('surveymonkey', 'access_token', _sm_token),
    'typeform_pat': ('typeform', 'personal_access_token', _tf_pat),
    'typeform_whsec': ('typeform', 'webhook_secret', lambda: rs(R.choice([32, 40, 48]))),
    'medallia_secret': ('medallia', 'oauth_client_secret', lambda: rs(40)),
    'gorgias_key': ('gorgias', 'api_key', lambda: rs(64, HEXL)),
    'shopify_token': ('shopify', 'admin_access_token', lambda: 'shpat_' + rs(32, HEXL)),
    'shopify_secret': ('shopify', 'app_shared_secret', lambda: 'shpss_' + rs(32, HEXL)),
    'db_password': ('postgres', 'connection_string_password', _db_password),
}

# Documented example values (these are negatives, never positives).
DOC_EXAMPLES = {
    'yotpo': ['Qcca8nS3nhS2WbeN9bnITltBF67ZaHpSlba3Ckdd',
              'i23elSptdIyrsWX1wDwkgWjEFGtjQit0AgXdCLLz'],
    'bazaarvoice': ['kuy3zj9pr3n7i0wxajrzj04xo',
                    'caB45h2jBqXFw1OE043qoMBD1gJC8EwFNCjktzgwncXY4'],
    'typeform': ['tfp_943af478d3ff3d4d760020c11af102b79c440513',
                 '943af478d3ff3d4d760020c11af102b79c440513'],
    'google_business_profile': ['1912308409123890', 'asdlkfjaskd'],
}
PREFIX_PLACEHOLDERS = {
    'typeform': ['tfp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'tfp_...'],
    'google_business_profile': ['GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx', '1//0xxxxxxxxxxxxxxxx'],
    'shopify': ['shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'shpss_<your-app-secret>'],
    'stamped': ['key-XXXXXXXXXXXXXXXX', 'key-your-private-key'],
    'postgres': ['password', 'postgres', 'PASSWORD'],
}

# ---------------------------------------------------------------- context
BRANDS = ['northwind', 'lumen-coffee', 'harbor-goods', 'pinecrest', 'oakandfern',
          'tidewater-supply', 'brightline', 'copperkettle', 'mossy-stone', 'veloce-bikes',
          'kindred-skin', 'fieldnotes', 'saltair', 'ironbark', 'bluebell-baby',
          'granite-gear', 'solstice-tea', 'maplewood-home', 'urbanfern', 'quietpine',
          'loomwell', 'sunpeak-outdoor', 'driftwood-candle', 'petalpress']
SKU_PRE = ['TEE', 'MUG', 'BAG', 'CND', 'SKN', 'BKE', 'TEA', 'HAT', 'SOX', 'BTL', 'JKT', 'PLT']
PRODUCTS = ['Merino Crew Sock', 'Ceramic Pour-Over Set', 'Waxed Canvas Tote', 'Cedar Soy Candle',
            'Daily Hydration Serum', 'Trail Bottle 750ml', 'Earl Grey Loose Leaf', 'Linen Apron',
            'Packable Rain Shell', 'Organic Cotton Onesie', 'Cast Iron Skillet 10in', 'Wool Beanie']
FIRST = ['Ava', 'Liam', 'Noah', 'Mia', 'Zoe', 'Omar', 'Priya', 'Lena', 'Kenji', 'Sofia', 'Ravi',
         'Elena', 'Jonas', 'Chloe', 'Mateo', 'Hana', 'Tom', 'Ines']
LAST = ['K.', 'M.', 'R.', 'S.', 'T.', 'W.', 'B.', 'L.', 'D.', 'P.']
REVIEW_TEXT = ['Fits true to size and washes well.', 'Arrived quickly, lovely packaging.',
               'Colour is slightly darker than the photos.', 'Second one I have bought, still great.',
               'Handle got loose after a month.', 'Smells amazing, burns evenly.',
               'Customer service sorted my exchange in a day.', 'A bit pricey but worth it.',
               'Not waterproof in heavy rain.', 'My daughter loves it!',
               'Great value, would recommend to friends.', 'Delivery took longer than promised.']
TP_TEMPLATES = ['5419b6a8b0d04a076446a9ad', '53aa8912dec7e10d38f59f36', '539ad0ffdec7e10e686debd7',
                '56278e9abfbbba0bdcd568bc', '53aa8807dec7e10d38f59f32', '539adbd6dec7e10e686debee']
QDC = ['co1', 'iad1', 'ca1', 'fra1', 'syd1', 'sjc1', 'az1', 'gov1']
REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2']


def make_ctx():
    brand = R.choice(BRANDS)
    c = {}
    c['brand'] = brand
    c['brand_'] = brand.replace('-', '_')
    c['Brand'] = ''.join(p.capitalize() for p in brand.split('-'))
    c['BRAND'] = brand.replace('-', '_').upper()
    c['shop'] = brand + '.myshopify.com'
    c['domain'] = brand + '.com'
    c['email'] = R.choice(['ops', 'dev', 'support', 'ecom', 'cx']) + '@' + brand + '.com'
    c['sku'] = R.choice(SKU_PRE) + '-' + digits(4)
    c['sku2'] = R.choice(SKU_PRE) + '-' + digits(4)
    c['product'] = R.choice(PRODUCTS)
    c['pid'] = digits(13)
    c['pid2'] = digits(13)
    c['vid'] = digits(14)
    c['uuid'] = uuid4()
    c['uuid2'] = uuid4()
    c['bu'] = rs(24, HEXL)
    c['tpl'] = R.choice(TP_TEMPLATES)
    c['year'] = str(R.choice([2022, 2023, 2024, 2025]))
    c['mm'] = '%02d' % R.randint(1, 12)
    c['dd'] = '%02d' % R.randint(1, 28)
    c['date'] = '%s-%s-%s' % (c['year'], c['mm'], c['dd'])
    c['ts'] = '%sT%02d:%02d:%02dZ' % (c['date'], R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    c['appkey'] = rs(40)
    c['jdgm_pub'] = rs(27, B64URL)
    c['okendo_sub'] = uuid4()
    c['gcid'] = digits(12) + '-' + rs(32, LOWER_ALNUM) + '.apps.googleusercontent.com'
    c['gproject'] = brand + '-reviews-' + digits(6)
    c['dc'] = R.choice(QDC)
    c['svid'] = 'SV_' + rs(15)
    c['svid2'] = 'SV_' + rs(15)
    c['rid'] = 'R_' + rs(15)
    c['tfform'] = rs(8)
    c['bvclient'] = brand.replace('-', '')
    c['stamped_pub'] = 'pubkey-' + rs(32)
    c['store_hash'] = digits(6)
    c['tp_user'] = rs(24, HEXL)
    c['birdeye_bid'] = digits(15)
    c['podium_loc'] = uuid4()
    c['canny_app'] = rs(24, HEXL)
    c['hj_site'] = digits(7)
    c['region'] = R.choice(REGIONS)
    c['port'] = str(R.choice([3000, 4000, 5000, 8000, 8080, 9292]))
    c['n'] = str(R.randint(2, 40))
    c['ver'] = '%d.%d.%d' % (R.randint(1, 6), R.randint(0, 20), R.randint(0, 15))
    c['acct'] = digits(12)
    c['gbp_acct'] = digits(20)
    c['gbp_loc'] = digits(19)
    c['sm_survey'] = digits(9)
    c['gorgias_sub'] = brand.replace('-', '')
    c['medallia_host'] = brand.replace('-', '') + '.apis.medallia.com'
    c['uv_sub'] = brand.replace('-', '')
    c['feefo_merchant'] = brand + '-store'
    c['db_host'] = R.choice(['db', 'postgres', 'reviews-db.internal', 'pg-primary.' + brand + '.internal'])
    c['rating'] = str(R.randint(1, 5))
    c['sha'] = rs(40, HEXL)
    return c


# ---------------------------------------------------------------- rendering
CODE_LANGS = ('py', 'js', 'ts', 'tsx', 'jsx', 'rb', 'php', 'go', 'java', 'kt', 'r')


def quote(lang, s):
    if lang == 'php':
        return ('"' + s + '"') if "'" in s else ("'" + s + "'")
    if lang in ('py', 'js', 'ts', 'tsx', 'jsx', 'rb'):
        return ("'" + s + "'") if '"' in s else ('"' + s + '"')
    if lang in ('go', 'java', 'kt', 'r'):
        return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'
    return s


def env_expr(lang, name):
    if lang == 'py':
        return R.choice(['os.environ["%s"]', 'os.getenv("%s")', 'os.environ.get("%s", "")']) % name
    if lang in ('js', 'ts', 'tsx', 'jsx'):
        return R.choice(['process.env.%s', "process.env['%s']", 'process.env.%s ?? ""']) % name
    if lang == 'rb':
        return R.choice(["ENV['%s']", "ENV.fetch('%s')", 'ENV.fetch("%s", nil)']) % name
    if lang == 'php':
        return R.choice(["getenv('%s')", "$_ENV['%s']", "env('%s')"]) % name
    if lang == 'go':
        return 'os.Getenv("%s")' % name
    if lang in ('java', 'kt'):
        return 'System.getenv("%s")' % name
    if lang == 'r':
        return 'Sys.getenv("%s")' % name
    return '${%s}' % name


def render(text, ctx):
    out = []
    i = 0
    while True:
        j = text.find('@{', i)
        if j < 0:
            out.append(text[i:])
            break
        k = text.find('}', j)
        out.append(text[i:j])
        out.append(ctx[text[j + 2:k]])
        i = k + 1
    return ''.join(out)


def camel(name):
    parts = name.lower().split('_')
    return parts[0] + ''.join(p.capitalize() for p in parts[1:])


def neg_fill(prov, name, lang, ctx):
    """Return (category, raw value, code expression or None)."""
    cats = (['placeholder'] * 4 + ['empty'] + ['masked'] * 2 + ['env-reference'] * 3
            + ['secret-manager-reference'] * 2 + ['template-expression'] * 2)
    if prov in DOC_EXAMPLES:
        cats += ['documented-example'] * 3
    cat = R.choice(cats)
    slug = prov.replace('_', '-')
    expr = None
    if cat == 'placeholder':
        opts = ['<your-api-key>', 'YOUR_API_KEY_HERE', 'changeme', 'x' * R.choice([16, 32, 40]),
                'REPLACE_ME', 'your-secret-here', '<%s>' % name, 'TODO', 'dummy-value',
                'XXXXXXXXXXXXXXXXXXXXXXXX', 'insert-key-here', '<your-%s-secret>' % slug,
                'your_%s_token' % prov.split('_')[0], 'CHANGE_ME_IN_PROD', 'placeholder', '...']
        opts += PREFIX_PLACEHOLDERS.get(prov, []) * 3
        val = R.choice(opts)
    elif cat == 'empty':
        val = ''
    elif cat == 'masked':
        val = R.choice(['********', '[REDACTED]', '<redacted>', '***REDACTED***', '\u2022' * 12,
                        '****************', 'REDACTED', '****' + rs(4, LOWER_ALNUM), '[FILTERED]',
                        '<masked>'])
    elif cat == 'env-reference':
        val = R.choice(['${%s}', '$%s', '${%s:-}', '${%s:?not set}']) % name
        if lang in CODE_LANGS and R.random() < 0.85:
            expr = env_expr(lang, name)
    elif cat == 'secret-manager-reference':
        val = R.choice([
            'vault:secret/data/%s/reviews#%s' % (R.choice(['prod', 'staging']), name.lower()),
            'op://Integrations/%s/credential' % prov.replace('_', ' ').title(),
            'arn:aws:secretsmanager:%s:%s:secret:%s/%s-%s' % (ctx['region'], ctx['acct'], ctx['brand'],
                                                              name.lower().replace('_', '-'), rs(6)),
            'projects/%s/secrets/%s/versions/latest' % (ctx['gproject'], name.lower().replace('_', '-')),
            'sm://%s/%s' % (ctx['brand'], name.lower()),
            'ssm:/%s/%s' % (ctx['brand'], name.lower().replace('_', '/')),
        ])
    elif cat == 'template-expression':
        val = R.choice(['${{ secrets.%s }}' % name, '{{ .Values.%s }}' % camel(name),
                        "<%%= ENV['%s'] %%>" % name, '{{ env "%s" }}' % name,
                        '${var.%s}' % name.lower(), '#{%s}' % name, '{{ %s }}' % name.lower(),
                        '@@%s@@' % name])
    else:
        val = R.choice(DOC_EXAMPLES[prov])
    return cat, val, expr


# ---------------------------------------------------------------- templates
POS = []
LOOK = []


def P(skey, lang, style, name, paths, text, env=False):
    POS.append({'skey': skey, 'lang': lang, 'style': style, 'name': name,
                'paths': paths, 'text': text, 'env': env})


def L(provider, kind, paths, text):
    LOOK.append({'provider': provider, 'kind': kind, 'paths': paths, 'text': text})


def rows(n, fn):
    return '\n'.join(fn(i) for i in range(n))


# ================================================================ positives
# --- Trustpilot
P('tp_key', 'py', 'conv', 'TRUSTPILOT_API_KEY',
  ['config/settings.py', 'reviews/settings/base.py', 'app/config.py'],
  '''"""Settings for the review-sync service (@{brand})."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = os.getenv("DEBUG", "0") == "1"
TIME_ZONE = "UTC"

# Trustpilot business unit for @{domain} (public, shown in TrustBox embeds)
TRUSTPILOT_BUSINESS_UNIT_ID = "@{bu}"
TRUSTPILOT_API_KEY = @{q}
TRUSTPILOT_BASE_URL = "https://api.trustpilot.com/v1"

REVIEW_SYNC_PAGE_SIZE = 100
REVIEW_SYNC_MIN_STARS = 1
CACHE_TTL_SECONDS = 60 * 30
''')

P('tp_secret', 'ts', 'other', 'TRUSTPILOT_API_SECRET',
  ['src/lib/trustpilot.ts', 'server/integrations/trustpilot.ts'],
  '''import { TrustpilotApi } from "trustpilot";
import { logger } from "./logger";

const BUSINESS_UNIT_ID = "@{bu}";

// private endpoints (replies, invitations) need the OAuth flow
export async function trustpilotClient() {
  const client = await new TrustpilotApi({
    key: process.env.TP_KEY as string,
    secret: @{q},
    username: "@{email}",
    password: process.env.TP_B2B_PASSWORD as string,
    baseUrl: "https://api.trustpilot.com",
  }).authenticate();
  logger.info("trustpilot client ready", { bu: BUSINESS_UNIT_ID });
  return client;
}

export async function latestPrivateReviews(perPage = 20) {
  const client = await trustpilotClient();
  const res = await client.get(`/v1/private/business-units/${BUSINESS_UNIT_ID}/reviews`, {
    params: { perPage, orderBy: "createdat.desc" },
  });
  return res.data.reviews;
}
''')

P('tp_secret', 'yaml', 'conv', 'TRUSTPILOT_API_SECRET',
  ['deploy/values.yaml', 'charts/review-sync/values.yaml', 'helm/values-prod.yaml'],
  '''replicaCount: 2
image:
  repository: ghcr.io/@{brand}/review-sync
  tag: "@{ver}"
  pullPolicy: IfNotPresent

resources:
  requests:
    cpu: 100m
    memory: 128Mi

trustpilot:
  businessUnitId: "@{bu}"
  businessUserId: "@{tp_user}"
  apiKeyRef: trustpilot-api-key
  apiSecret: "@{v}"
  invitationSenderEmail: noreply.invitations@trustpilotmail.com
  replyAsBusiness: true

schedule: "*/15 * * * *"
''')

P('tp_secret', 'sh', 'other', 'TRUSTPILOT_API_SECRET',
  ['scripts/tp_token.sh', 'bin/trustpilot-token'],
  '''#!/usr/bin/env bash
# Fetch a business-user access token for the Trustpilot private API.
set -euo pipefail

TP_KEY="${TP_KEY:?set TP_KEY}"
TP_USER="@{email}"

curl -sS -X POST \\
  "https://api.trustpilot.com/v1/oauth/oauth-business-users-for-applications/accesstoken" \\
  -u "${TP_KEY}:@{v}" \\
  -H "Content-Type: application/x-www-form-urlencoded" \\
  --data-urlencode "grant_type=password" \\
  --data-urlencode "username=${TP_USER}" \\
  --data-urlencode "password=${TP_PASSWORD}" | jq -r .access_token
''')

P('tp_key', 'http', 'other', 'TRUSTPILOT_API_KEY',
  ['http/trustpilot.http', 'requests/trustpilot-public.http'],
  '''### Find business unit by domain
GET https://api.trustpilot.com/v1/business-units/find?name=@{domain}
apikey: @{v}
Accept: application/json

### Public reviews, newest first
GET https://api.trustpilot.com/v1/business-units/@{bu}/reviews?perPage=20&orderBy=createdat.desc
Accept: application/json

### TrustScore summary
GET https://api.trustpilot.com/v1/business-units/@{bu}
Accept: application/json
''')

P('tp_secret', 'rb', 'conv', 'TRUSTPILOT_API_SECRET',
  ['config/initializers/trustpilot.rb'],
  '''# frozen_string_literal: true

Rails.application.configure do
  config.x.trustpilot = ActiveSupport::OrderedOptions.new
  config.x.trustpilot.business_unit_id = "@{bu}"
  config.x.trustpilot.api_key = ENV.fetch("TRUSTPILOT_API_KEY")
  config.x.trustpilot.api_secret = @{q}
  config.x.trustpilot.locale = "en-US"
  config.x.trustpilot.invite_delay_days = 7
end
''')

P('tp_refresh', 'json', 'conv', 'TRUSTPILOT_REFRESH_TOKEN',
  ['config/trustpilot.credentials.json', 'secrets/trustpilot.json'],
  '''{
  "businessUnitId": "@{bu}",
  "businessUserId": "@{tp_user}",
  "tokenType": "BearerToken",
  "refresh_token": "@{v}",
  "expires_in": "359999",
  "issued_at": "@{ts}",
  "scopes": ["reviews.read", "replies.write", "invitations.write"]
}
''')

# --- Yotpo
P('yotpo_secret', 'php', 'conv', 'YOTPO_SECRET_KEY',
  ['config/yotpo.php', 'app/Config/Yotpo.php'],
  '''<?php

return [
    /*
    | Yotpo Reviews. The app key (store id) is public and also used by the
    | storefront widget; the secret key is only visible to account admins.
    */
    'app_key' => '@{appkey}',
    'secret_key' => @{q},
    'api_base' => 'https://api.yotpo.com',
    'widget_version' => 'v3',
    'sync' => [
        'batch_size' => 200,
        'queue' => 'reviews',
    ],
];
''')

P('yotpo_secret', 'rb', 'other', 'YOTPO_SECRET',
  ['lib/tasks/yotpo.rake', 'lib/yotpo_sync.rb'],
  '''require "yotpo"

Yotpo.configure do |config|
  config.app_key = "@{appkey}"
  config.secret = @{q}
  config.timeout = 30
end

namespace :yotpo do
  desc "Push fulfilled orders so Yotpo can send review requests"
  task push_orders: :environment do
    token = Yotpo.get_oauth_token(app_key: Yotpo.app_key, secret: Yotpo.secret)
    Order.fulfilled.where(review_requested: false).find_each do |order|
      Yotpo.create_purchase(app_key: Yotpo.app_key, utoken: token.body.access_token,
                            email: order.email, order_id: order.number)
    end
  end
end
''')

P('yotpo_secret', 'py', 'other', 'YOTPO_SECRET_KEY',
  ['reviews/yotpo_client.py', 'integrations/yotpo.py'],
  '''import logging

import requests

log = logging.getLogger(__name__)
APP_KEY = "@{appkey}"


def get_utoken(session: requests.Session) -> str:
    resp = session.post(
        "https://api.yotpo.com/oauth/token",
        json={
            "client_id": APP_KEY,
            "client_secret": @{q},
            "grant_type": "client_credentials",
        },
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def bottomline(session: requests.Session, product_id: str) -> dict:
    url = f"https://api.yotpo.com/products/{APP_KEY}/{product_id}/bottomline"
    return session.get(url, timeout=15).json()["response"]["bottomline"]
''')

P('yotpo_utoken', 'js', 'other', 'YOTPO_UTOKEN',
  ['scripts/export-reviews.js', 'tools/yotpo-export.mjs'],
  '''// One-off export of all reviews to CSV for the merchandising team.
import fs from "node:fs";

const APP_KEY = "@{appkey}";
const out = fs.createWriteStream("reviews-@{date}.csv");
out.write("review_id,sku,score,title\\n");

for (let page = 1; page < 200; page++) {
  const res = await fetch(`https://api.yotpo.com/v1/apps/${APP_KEY}/reviews?utoken=@{v}&count=100&page=${page}`);
  const { reviews } = await res.json();
  if (!reviews.length) break;
  for (const r of reviews) out.write(`${r.id},${r.sku},${r.score},"${r.title}"\\n`);
}
out.end();
''')

P('yotpo_secret', 'toml', 'conv', 'YOTPO_SECRET_KEY',
  ['config/integrations.toml', 'settings/reviews.toml'],
  '''[app]
name = "@{brand}-storefront-sync"
log_level = "info"

[shopify]
shop = "@{shop}"
api_version = "2024-07"

[yotpo]
app_key = "@{appkey}"
secret_key = "@{v}"
sync_interval_minutes = 30
include_site_reviews = true

[judgeme]
enabled = false
''')

P('yotpo_secret', 'env', 'conv', 'YOTPO_SECRET_KEY',
  ['.env'],
  '''NODE_ENV=development
PORT=@{port}
SHOPIFY_SHOP=@{shop}
YOTPO_APP_KEY=@{appkey}
YOTPO_SECRET_KEY=@{v}
REVIEWS_CACHE_TTL=900
''', env=True)

# --- Bazaarvoice
P('bv_passkey', 'js', 'other', 'BV_PASSKEY',
  ['src/api/bazaarvoice.js', 'lib/bv.js'],
  '''const BV_HOST = "https://api.bazaarvoice.com";
const REVIEWS_URL = `${BV_HOST}/data/reviews.json?apiversion=5.4&passkey=@{v}&Filter=ProductId:@{sku}&Include=Products&Stats=Reviews&Limit=10`;

export async function loadReviews() {
  const res = await fetch(REVIEWS_URL);
  if (!res.ok) throw new Error(`Bazaarvoice ${res.status}`);
  const body = await res.json();
  return body.Results.map((r) => ({ id: r.Id, rating: r.Rating, title: r.Title, text: r.ReviewText }));
}
''')

P('bv_passkey', 'properties', 'conv', 'BV_CONVERSATIONS_PASSKEY',
  ['src/main/resources/application.properties', 'config/bazaarvoice.properties'],
  '''server.port=@{port}
spring.application.name=reviews-gateway
logging.level.root=INFO

bazaarvoice.client-name=@{bvclient}
bazaarvoice.environment=production
bazaarvoice.locale=en_US
bazaarvoice.conversations.api-version=5.4
bazaarvoice.conversations.passkey=@{v}
bazaarvoice.conversations.base-url=https://api.bazaarvoice.com/data
bazaarvoice.cache.ttl-seconds=600
''')

P('bv_passkey', 'xml', 'conv', 'BV_PASSKEY',
  ['config/bazaarvoice.xml', 'cartridges/int_bazaarvoice/config/bv-settings.xml'],
  '''<?xml version="1.0" encoding="UTF-8"?>
<bazaarvoice-settings>
    <client-name>@{bvclient}</client-name>
    <deployment-zone>Main Site</deployment-zone>
    <environment>production</environment>
    <locale>en_US</locale>
    <api>
        <version>5.4</version>
        <passkey>@{v}</passkey>
        <host>api.bazaarvoice.com</host>
    </api>
    <feeds product-feed="true" purchase-feed="true"/>
</bazaarvoice-settings>
''')

P('bv_passkey', 'java', 'other', 'BV_PASSKEY',
  ['app/src/main/java/com/@{brand_}/shop/ShopApplication.java'],
  '''package com.@{brand_}.shop;

import android.app.Application;

import com.bazaarvoice.bvandroidsdk.BVLogLevel;
import com.bazaarvoice.bvandroidsdk.BVSDK;
import com.bazaarvoice.bvandroidsdk.BazaarEnvironment;

public class ShopApplication extends Application {

    @Override
    public void onCreate() {
        super.onCreate();
        BVSDK.builder(this, "@{bvclient}")
                .logLevel(BVLogLevel.WARNING)
                .bazaarEnvironment(BazaarEnvironment.PRODUCTION)
                .apiKeyConversations(@{q})
                .build();
    }
}
''')

P('bv_client_secret', 'py', 'conv', 'BV_RESPONSE_CLIENT_SECRET',
  ['services/bv_response/settings.py', 'bv_response/config.py'],
  '''# Bazaarvoice Response API (brand replies to reviews)
BV_RESPONSE_BASE = "https://api.bazaarvoice.com/response/v1"
BV_OAUTH_BASE = "https://api.bazaarvoice.com/oauth2/v1"
BV_RESPONSE_CLIENT_ID = "@{bvclient}-response"
BV_RESPONSE_CLIENT_SECRET = @{q}
BV_RESPONSE_REDIRECT_URI = "https://@{domain}/bv/callback"
BV_RESPONSE_DEFAULT_DEPARTMENT = "Customer Care"
''')

# --- Okendo
P('okendo_key', 'ts', 'conv', 'OKENDO_API_KEY',
  ['app/lib/okendo.server.ts', 'server/okendo.ts'],
  '''// Server-only: never import this file from a route component.
export const OKENDO_SUBSCRIBER_ID = "@{okendo_sub}"; // public, also used by the widget
const OKENDO_API_KEY = @{q};
const OKENDO_API_BASE = "https://api.okendo.io/v1";

export async function pendingReviews(limit = 50) {
  const url = `${OKENDO_API_BASE}/stores/${OKENDO_SUBSCRIBER_ID}/reviews?status=pending&limit=${limit}`;
  const res = await fetch(url, { headers: { Authorization: `Bearer ${OKENDO_API_KEY}` } });
  return (await res.json()).reviews ?? [];
}
''')

P('okendo_key', 'yaml', 'conv', 'OKENDO_API_KEY',
  ['.github/workflows/sync-reviews.yml'],
  '''name: sync-reviews
on:
  schedule:
    - cron: "0 */6 * * *"
  workflow_dispatch: {}

jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      OKENDO_SUBSCRIBER_ID: @{okendo_sub}
      OKENDO_API_KEY: @{v}
      SHOPIFY_SHOP: @{shop}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - run: node scripts/sync-okendo.js
''')

# --- Judge.me
P('jdgm_private', 'py', 'other', 'JUDGEME_PRIVATE_TOKEN',
  ['scripts/judgeme_backfill.py', 'etl/judgeme.py'],
  '''import csv
import sys

import requests

SHOP = "@{shop}"


def fetch_page(page):
    r = requests.get(
        "https://judge.me/api/v1/reviews",
        params={"api_token": "@{v}", "shop_domain": SHOP, "page": page, "per_page": 100},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["reviews"]


writer = csv.writer(sys.stdout)
writer.writerow(["id", "rating", "title", "product_external_id"])
page = 1
while batch := fetch_page(page):
    for rv in batch:
        writer.writerow([rv["id"], rv["rating"], rv["title"], rv["product_external_id"]])
    page += 1
''')

P('jdgm_private', 'rb', 'conv', 'JUDGEME_PRIVATE_TOKEN',
  ['app/services/judgeme_client.rb'],
  '''class JudgemeClient
  BASE = "https://judge.me/api/v1".freeze
  SHOP_DOMAIN = "@{shop}".freeze
  JUDGEME_PUBLIC_TOKEN = "@{jdgm_pub}".freeze
  JUDGEME_PRIVATE_TOKEN = @{q}.freeze

  def reviews(page: 1)
    get("/reviews", page: page, per_page: 50)
  end

  private

  def get(path, params)
    HTTP.get(BASE + path, params: params.merge(api_token: JUDGEME_PRIVATE_TOKEN, shop_domain: SHOP_DOMAIN)).parse
  end
end
''')

P('jdgm_private', 'liquid', 'other', 'JUDGEME_PRIVATE_TOKEN',
  ['snippets/judgeme-review-count.liquid', 'sections/reviews-carousel.liquid'],
  '''{% comment %}
  Review count badge. Loads the count client-side so cached pages stay fresh.
{% endcomment %}
<div class="review-count" data-product-id="{{ product.id }}">
  <span class="review-count__stars" aria-hidden="true">&#9733;&#9733;&#9733;&#9733;&#9733;</span>
  <span class="review-count__value">&nbsp;</span>
</div>
<script>
  fetch("https://judge.me/api/v1/reviews/count?shop_domain={{ shop.permanent_domain }}&api_token=@{v}&product_id={{ product.id }}")
    .then(function (r) { return r.json(); })
    .then(function (d) { document.querySelector('.review-count__value').textContent = d.count; });
</script>
''')

P('jdgm_client_secret', 'php', 'conv', 'JUDGEME_CLIENT_SECRET',
  ['config/services.php'],
  '''<?php

return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
    ],

    'judgeme' => [
        'client_id' => '@{sha}',
        'client_secret' => @{q},
        'redirect' => 'https://@{domain}/oauth/judgeme/callback',
        'scopes' => 'read_reviews write_reviews read_products',
    ],
];
''')

P('jdgm_private', 'sh', 'other', 'JUDGEME_PRIVATE_TOKEN',
  ['scripts/reviews-count.sh', 'ops/judgeme_smoke.sh'],
  '''#!/bin/sh
# Smoke test after theme deploy: the review count must be non-zero.
set -e
count=$(curl -fsS "https://judge.me/api/v1/reviews/count?shop_domain=@{shop}&api_token=@{v}" | jq .count)
echo "judge.me reviews: ${count}"
[ "${count}" -gt 0 ]
''')

# --- Stamped
P('stamped_private', 'js', 'other', 'STAMPED_PRIVATE_KEY',
  ['server/stamped.js', 'lib/stamped-client.js'],
  '''const axios = require("axios");

const STORE_HASH = "@{store_hash}";

const stamped = axios.create({
  baseURL: `https://stamped.io/api/v2/${STORE_HASH}`,
  auth: {
    username: "@{stamped_pub}",
    password: @{q},
  },
  timeout: 10000,
});

module.exports.getReviews = (page = 1) =>
  stamped.get("/dashboard/reviews", { params: { page, limit: 50 } }).then((r) => r.data);
''')

P('stamped_private', 'yaml', 'conv', 'STAMPED_PRIVATE_KEY',
  ['config/stamped.yml'],
  '''default: &default
  store_hash: "@{store_hash}"
  public_key: "@{stamped_pub}"
  api_base: https://stamped.io/api

production:
  <<: *default
  private_key: "@{v}"
  webhooks_enabled: true

development:
  <<: *default
  webhooks_enabled: false
''')

# --- REVIEWS.io
P('reviewsio_key', 'php', 'other', 'REVIEWSIO_API_KEY',
  ['src/Reviews/ReviewsIoFactory.php'],
  '''<?php

namespace App\\Reviews;

use GuzzleHttp\\Client;

final class ReviewsIoFactory
{
    public static function make(): ReviewsIoClient
    {
        $http = new Client(['base_uri' => 'https://api.reviews.io/', 'timeout' => 10]);

        return new ReviewsIoClient($http, '@{brand}', @{q});
    }
}
''')

P('reviewsio_key', 'json', 'conv', 'REVIEWSIO_API_KEY',
  ['config/reviewsio.json', 'settings/reviews-io.json'],
  '''{
  "store": "@{brand}",
  "apikey": "@{v}",
  "region": "uk",
  "widgets": {
    "productReviews": true,
    "ratingSnippet": true,
    "carousel": false
  },
  "inviteDelayDays": 10
}
''')

# --- Feefo
P('feefo_key', 'ini', 'conv', 'FEEFO_API_KEY',
  ['config/feefo.ini', 'etc/reviews/feefo.ini'],
  '''[feefo]
merchant_identifier = @{feefo_merchant}
api_base = https://api.feefo.com/api/20
api_key = @{v}
sales_upload = enabled

[schedule]
upload_hour = 2
retries = 3
''')

P('feefo_key', 'ts', 'other', 'FEEFO_API_KEY',
  ['src/feefo/upload.ts'],
  '''import { readFile } from "node:fs/promises";

const MERCHANT = "@{feefo_merchant}";

export async function uploadSales(path: string) {
  const body = await readFile(path, "utf8");
  const res = await fetch(`https://api.feefo.com/api/entersaleremotely?merchantidentifier=${MERCHANT}`, {
    method: "POST",
    headers: { "Content-Type": "text/csv", "X-Api-Key": "@{v}" },
    body,
  });
  if (!res.ok) throw new Error(`feefo upload failed: ${res.status}`);
}
''')

# --- Google Business Profile
P('g_client_secret', 'json', 'conv', 'GOOGLE_CLIENT_SECRET',
  ['credentials/client_secret.json', 'config/gbp_client_secret.json'],
  '''{
  "web": {
    "client_id": "@{gcid}",
    "project_id": "@{gproject}",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@{v}",
    "redirect_uris": ["https://@{domain}/oauth2/callback"]
  }
}
''')

P('g_refresh', 'py', 'other', 'GBP_REFRESH_TOKEN',
  ['gbp/reviews_reply.py', 'integrations/google_reviews.py'],
  '''from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build
import os

ACCOUNT = "accounts/@{gbp_acct}"
LOCATION = f"{ACCOUNT}/locations/@{gbp_loc}"

creds = Credentials(
    None,
    refresh_token=@{q},
    token_uri="https://oauth2.googleapis.com/token",
    client_id="@{gcid}",
    client_secret=os.environ["GBP_CLIENT_SECRET"],
    scopes=["https://www.googleapis.com/auth/business.manage"],
)


def unanswered_reviews():
    svc = build("mybusiness", "v4", credentials=creds, cache_discovery=False)
    data = svc.accounts().locations().reviews().list(parent=LOCATION).execute()
    return [r for r in data.get("reviews", []) if "reviewReply" not in r]
''')

P('g_client_secret', 'yaml', 'conv', 'GOOGLE_CLIENT_SECRET',
  ['config/google.yml', 'deploy/gbp-sync/config.yaml'],
  '''google_business_profile:
  account_id: "@{gbp_acct}"
  location_ids:
    - "@{gbp_loc}"
  oauth:
    client_id: "@{gcid}"
    client_secret: "@{v}"
    redirect_uri: "https://@{domain}/oauth2/callback"
  reply:
    enabled: true
    min_rating_for_auto_thanks: 4
''')

P('g_client_secret', 'tf', 'other', 'GOOGLE_CLIENT_SECRET',
  ['infra/secrets.tf', 'terraform/gbp.tf'],
  '''resource "google_secret_manager_secret" "gbp_oauth" {
  secret_id = "gbp-oauth-client-secret"
  project   = "@{gproject}"

  replication {
    auto {}
  }
}

resource "google_secret_manager_secret_version" "gbp_oauth" {
  secret      = google_secret_manager_secret.gbp_oauth.id
  secret_data = "@{v}"
}

output "gbp_client_id" {
  value = "@{gcid}"
}
''')

P('g_refresh', 'sh', 'other', 'GBP_REFRESH_TOKEN',
  ['scripts/gbp_access_token.sh'],
  '''#!/usr/bin/env bash
# Print a short-lived access token for the Business Profile APIs.
set -euo pipefail
curl -s https://oauth2.googleapis.com/token \\
  -d client_id=@{gcid} \\
  -d client_secret="${GBP_CLIENT_SECRET}" \\
  -d refresh_token=@{v} \\
  -d grant_type=refresh_token | jq -r .access_token
''')

P('g_refresh', 'env', 'conv', 'GBP_REFRESH_TOKEN',
  ['.env.local', '.env'],
  '''GBP_ACCOUNT_ID=@{gbp_acct}
GBP_LOCATION_ID=@{gbp_loc}
GBP_CLIENT_ID=@{gcid}
GBP_REFRESH_TOKEN=@{v}
LOG_LEVEL=debug
''', env=True)

# --- Birdeye
P('birdeye_key', 'py', 'conv', 'BIRDEYE_API_KEY',
  ['birdeye/settings.py', 'config/birdeye.py'],
  '''BIRDEYE_BASE_URL = "https://api.birdeye.com/resources/v1"
BIRDEYE_BUSINESS_ID = "@{birdeye_bid}"
BIRDEYE_API_KEY = @{q}
BIRDEYE_REVIEW_SOURCES = ["google", "facebook", "yelp"]
BIRDEYE_POLL_MINUTES = 20
''')

P('birdeye_key', 'js', 'other', 'BIRDEYE_API_KEY',
  ['src/jobs/birdeyeReviews.js'],
  '''import axios from "axios";

const BUSINESS_ID = "@{birdeye_bid}";

export async function recentReviews(days = 7) {
  const since = new Date(Date.now() - days * 864e5).toISOString().slice(0, 10);
  const { data } = await axios.post(
    `https://api.birdeye.com/resources/v1/review/businessId/${BUSINESS_ID}?sindex=0&count=100&api_key=@{v}`,
    { fromDate: since, sources: ["google", "facebook"] },
    { headers: { Accept: "application/json" } },
  );
  return data;
}
''')

# --- Podium
P('podium_secret', 'ts', 'conv', 'PODIUM_CLIENT_SECRET',
  ['src/podium/oauth.ts', 'server/podium/config.ts'],
  '''export const PODIUM_CLIENT_ID = "@{uuid}";
export const PODIUM_CLIENT_SECRET = @{q};
export const PODIUM_REDIRECT_URI = "https://@{domain}/integrations/podium/callback";
export const PODIUM_LOCATION_UID = "@{podium_loc}";
export const PODIUM_SCOPES = ["read_reviews", "read_messages", "write_messages"].join(" ");
''')

P('podium_secret', 'rb', 'other', 'PODIUM_CLIENT_SECRET',
  ['app/jobs/podium_token_refresh_job.rb'],
  '''class PodiumTokenRefreshJob < ApplicationJob
  queue_as :integrations

  def perform(integration_id)
    integration = Integration.find(integration_id)
    response = Faraday.post("https://accounts.podium.com/oauth/token", {
      client_id: "@{uuid}",
      client_secret: @{q},
      grant_type: "refresh_token",
      refresh_token: integration.refresh_token,
    })
    integration.update!(access_token: JSON.parse(response.body)["access_token"])
  end
end
''')

# --- Delighted
P('delighted_key', 'rb', 'conv', 'DELIGHTED_API_KEY',
  ['config/initializers/delighted.rb'],
  '''require "delighted"

# NPS surveys are sent 14 days after delivery.
Delighted.api_key = @{q}

DELIGHTED_SURVEY_DELAY = 14.days
DELIGHTED_PROPERTIES = %w[order_number product_sku channel].freeze
''')

P('delighted_key', 'py', 'conv', 'DELIGHTED_API_KEY',
  ['nps/send_survey.py'],
  '''import delighted

delighted.api_key = @{q}


def schedule_nps(email: str, order_number: str, sku: str) -> None:
    delighted.Person.create(
        email=email,
        delay=60 * 60 * 24 * 14,
        properties={"order_number": order_number, "product_sku": sku},
    )


if __name__ == "__main__":
    schedule_nps("customer@example.org", "#@{n}001", "@{sku}")
''')

P('delighted_key', 'sh', 'other', 'DELIGHTED_API_KEY',
  ['scripts/delighted-metrics.sh'],
  '''#!/usr/bin/env bash
# Weekly NPS metrics for the CX dashboard.
since=$(date -d '7 days ago' +%s)
curl -s https://api.delighted.com/v1/metrics.json \\
  -u @{v}: \\
  -d since="$since" | jq '{nps: .nps, responses: .response_count}'
''')

# --- Hotjar
P('hotjar_secret', 'py', 'conv', 'HOTJAR_CLIENT_SECRET',
  ['feedback/hotjar_export.py'],
  '''import requests

HOTJAR_SITE_ID = @{hj_site}
HOTJAR_CLIENT_ID = "@{sha}"
HOTJAR_CLIENT_SECRET = @{q}


def token():
    r = requests.post(
        "https://api.hotjar.io/v1/oauth/token",
        data={"grant_type": "client_credentials", "client_id": HOTJAR_CLIENT_ID,
              "client_secret": HOTJAR_CLIENT_SECRET},
        timeout=15,
    )
    return r.json()["access_token"]


def survey_responses(survey_id):
    h = {"Authorization": f"Bearer {token()}"}
    url = f"https://api.hotjar.io/v1/sites/{HOTJAR_SITE_ID}/surveys/{survey_id}/responses"
    return requests.get(url, headers=h, timeout=30).json()["results"]
''')

P('hotjar_secret', 'json', 'conv', 'HOTJAR_CLIENT_SECRET',
  ['config/feedback.json'],
  '''{
  "hotjar": {
    "siteId": @{hj_site},
    "clientId": "@{sha}",
    "clientSecret": "@{v}",
    "surveys": ["exit-intent", "post-purchase"]
  },
  "export": { "bucket": "@{brand}-feedback-exports", "format": "csv" }
}
''')

# --- Canny
P('canny_key', 'js', 'other', 'CANNY_API_KEY',
  ['scripts/canny-top-requests.js'],
  '''// Print the 20 most-voted open feature requests.
const res = await fetch("https://canny.io/api/v1/posts/list", {
  method: "POST",
  headers: { "Content-Type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams({ apiKey: "@{v}", sort: "score", status: "open", limit: "20" }),
});
const { posts } = await res.json();
for (const p of posts) console.log(`${p.score}\\t${p.title}\\t${p.url}`);
''')

P('canny_key', 'yaml', 'conv', 'CANNY_API_KEY',
  ['k8s/feedback-bot/secret.yaml'],
  '''apiVersion: v1
kind: Secret
metadata:
  name: feedback-bot
  namespace: cx
type: Opaque
stringData:
  CANNY_API_KEY: "@{v}"
  CANNY_BOARD_ID: "@{canny_app}"
''')

# --- UserVoice
P('uservoice_secret', 'rb', 'other', 'USERVOICE_API_SECRET',
  ['lib/uservoice_export.rb'],
  '''require "uservoice-ruby"

client = UserVoice::Client.new("@{uv_sub}", "@{tfform}@{n}", @{q})

suggestions = client.get_collection("/api/v1/suggestions?sort=votes", limit: 500)
CSV.open("suggestions.csv", "w") do |csv|
  csv << %w[id title votes state]
  suggestions.each { |s| csv << [s["id"], s["title"], s["vote_count"], s["state"]] }
end
''')

P('uservoice_secret', 'json', 'conv', 'USERVOICE_API_SECRET',
  ['config/uservoice.json'],
  '''{
  "subdomain": "@{uv_sub}",
  "api_key": "@{tfform}@{n}",
  "api_secret": "@{v}",
  "forum_id": @{n}0@{n},
  "sso": false
}
''')

# --- Qualtrics
P('qualtrics_token', 'py', 'conv', 'QUALTRICS_API_TOKEN',
  ['surveys/qualtrics_export.py', 'cx/qualtrics.py'],
  '''import io
import time
import zipfile

import requests

QUALTRICS_DATACENTER = "@{dc}"
QUALTRICS_API_TOKEN = @{q}
SURVEY_ID = "@{svid}"
BASE = f"https://{QUALTRICS_DATACENTER}.qualtrics.com/API/v3"
HEADERS = {"X-API-TOKEN": QUALTRICS_API_TOKEN, "Content-Type": "application/json"}


def export_responses():
    r = requests.post(f"{BASE}/surveys/{SURVEY_ID}/export-responses", json={"format": "csv"}, headers=HEADERS)
    pid = r.json()["result"]["progressId"]
    while True:
        s = requests.get(f"{BASE}/surveys/{SURVEY_ID}/export-responses/{pid}", headers=HEADERS).json()["result"]
        if s["status"] == "complete":
            break
        time.sleep(2)
    f = requests.get(f"{BASE}/surveys/{SURVEY_ID}/export-responses/{s['fileId']}/file", headers=HEADERS)
    return zipfile.ZipFile(io.BytesIO(f.content))
''')

P('qualtrics_token', 'r', 'other', 'QUALTRICS_API_KEY',
  ['analysis/load_survey.R', 'R/nps_quarterly.R'],
  '''library(qualtRics)
library(dplyr)

qualtrics_api_credentials(
  api_key = @{q},
  base_url = "@{dc}.qualtrics.com",
  install = FALSE
)

nps <- fetch_survey(surveyID = "@{svid}", verbose = FALSE) %>%
  filter(Finished == TRUE) %>%
  mutate(segment = case_when(Q1 >= 9 ~ "promoter", Q1 >= 7 ~ "passive", TRUE ~ "detractor"))

table(nps$segment)
''')

P('qualtrics_token', 'sh', 'other', 'QUALTRICS_API_TOKEN',
  ['scripts/list-surveys.sh'],
  '''#!/usr/bin/env bash
set -euo pipefail
DC="${QUALTRICS_DC:-@{dc}}"
curl -sS "https://${DC}.qualtrics.com/API/v3/surveys" \\
  -H "X-API-TOKEN: @{v}" \\
  -H "Accept: application/json" | jq -r '.result.elements[] | [.id, .name, .isActive] | @tsv'
''')

P('qualtrics_token', 'yaml', 'conv', 'QUALTRICS_API_TOKEN',
  ['airflow/connections.yaml', 'dags/config/qualtrics.yaml'],
  '''qualtrics_default:
  conn_type: http
  host: https://@{dc}.qualtrics.com
  extra:
    datacenter: @{dc}
    api_token: "@{v}"
    surveys:
      - @{svid}
      - @{svid2}
''')

# --- SurveyMonkey
P('sm_token', 'py', 'other', 'SURVEYMONKEY_ACCESS_TOKEN',
  ['surveys/surveymonkey.py'],
  '''import requests

session = requests.Session()
session.headers.update({
    "Authorization": "Bearer @{v}",
    "Content-Type": "application/json",
})


def responses(survey_id="@{sm_survey}", per_page=100):
    url = f"https://api.surveymonkey.com/v3/surveys/{survey_id}/responses/bulk"
    page = 1
    while True:
        data = session.get(url, params={"page": page, "per_page": per_page}).json()
        yield from data["data"]
        if not data.get("links", {}).get("next"):
            break
        page += 1
''')

P('sm_token', 'ini', 'conv', 'SURVEYMONKEY_ACCESS_TOKEN',
  ['config/surveymonkey.cfg', 'etc/feedback/surveymonkey.ini'],
  '''[surveymonkey]
api_base = https://api.surveymonkey.com/v3
access_token = @{v}
survey_ids = @{sm_survey}
timeout = 30

[output]
path = /var/lib/feedback/surveymonkey
''')

P('sm_token', 'js', 'conv', 'SURVEYMONKEY_ACCESS_TOKEN',
  ['functions/surveymonkey-webhook.js'],
  '''const SURVEYMONKEY_ACCESS_TOKEN = @{q};
const API = "https://api.surveymonkey.com/v3";

exports.handler = async (event) => {
  const { object_id: responseId, resources } = JSON.parse(event.body);
  const url = `${API}/surveys/${resources.survey_id}/responses/${responseId}/details`;
  const res = await fetch(url, { headers: { Authorization: `Bearer ${SURVEYMONKEY_ACCESS_TOKEN}` } });
  const details = await res.json();
  console.log("new response", responseId, details.total_time);
  return { statusCode: 200 };
};
''')

# --- Typeform
P('typeform_pat', 'js', 'other', 'TYPEFORM_TOKEN',
  ['scripts/typeform-responses.js', 'src/typeform/client.js'],
  '''const { createClient } = require("@typeform/api-client");

const typeformAPI = createClient({ token: @{q} });

async function main() {
  const { items } = await typeformAPI.responses.list({ uid: "@{tfform}", pageSize: 100 });
  for (const item of items) {
    const rating = item.answers?.find((a) => a.type === "number")?.number;
    console.log(item.submitted_at, rating);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
''')

P('typeform_pat', 'yaml', 'conv', 'TYPEFORM_TOKEN',
  ['.github/workflows/typeform-backup.yml'],
  '''name: typeform-backup
on:
  schedule:
    - cron: "30 3 * * *"

jobs:
  backup:
    runs-on: ubuntu-latest
    env:
      TYPEFORM_TOKEN: @{v}
      FORM_ID: @{tfform}
    steps:
      - uses: actions/checkout@v4
      - run: pip install requests
      - run: python scripts/backup_typeform.py --form "$FORM_ID" --out backups/
''')

P('typeform_whsec', 'py', 'conv', 'TYPEFORM_WEBHOOK_SECRET',
  ['webhooks/typeform.py', 'app/routes/typeform_webhook.py'],
  '''import base64
import hashlib
import hmac

from flask import Blueprint, abort, request

bp = Blueprint("typeform", __name__)
TYPEFORM_WEBHOOK_SECRET = @{q}


def _valid(sig_header: str, payload: bytes) -> bool:
    digest = hmac.new(TYPEFORM_WEBHOOK_SECRET.encode(), payload, hashlib.sha256).digest()
    expected = "sha256=" + base64.b64encode(digest).decode()
    return hmac.compare_digest(expected, sig_header or "")


@bp.post("/webhooks/typeform")
def receive():
    if not _valid(request.headers.get("Typeform-Signature"), request.get_data()):
        abort(401)
    answers = request.json["form_response"]["answers"]
    return {"received": len(answers)}
''')

P('typeform_pat', 'go', 'other', 'TYPEFORM_TOKEN',
  ['internal/typeform/client.go'],
  '''package typeform

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

var httpClient = &http.Client{Timeout: 20 * time.Second}

func Responses(formID string) (map[string]any, error) {
	req, err := http.NewRequest("GET", fmt.Sprintf("https://api.typeform.com/forms/%s/responses?page_size=200", formID), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer @{v}")
	resp, err := httpClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out map[string]any
	return out, json.NewDecoder(resp.Body).Decode(&out)
}
''')

P('typeform_pat', 'md', 'conv', 'TYPEFORM_TOKEN',
  ['docs/typeform-sync.md', 'docs/runbooks/feedback-forms.md'],
  '''# Typeform sync

The nightly job copies post-purchase survey answers (form `@{tfform}`) into
the warehouse table `feedback.typeform_responses`.

## Running it locally

```bash
export TYPEFORM_TOKEN=@{v}
python scripts/backup_typeform.py --form @{tfform} --since @{date}
```

Scopes needed: `responses:read`, `forms:read`.
''')

# --- Medallia
P('medallia_secret', 'yaml', 'conv', 'MEDALLIA_CLIENT_SECRET',
  ['config/medallia.yml', 'deploy/cx-export/medallia.yaml'],
  '''medallia:
  api_host: https://@{medallia_host}
  token_url: https://@{medallia_host}/oauth/@{brand_}/token
  client_id: @{brand_}_cx_export
  client_secret: "@{v}"
  program: retail-feedback
  query_page_size: 500
''')

P('medallia_secret', 'properties', 'conv', 'MEDALLIA_CLIENT_SECRET',
  ['src/main/resources/medallia.properties'],
  '''medallia.api.host=https://@{medallia_host}
medallia.oauth.token-url=https://@{medallia_host}/oauth/@{brand_}/token
medallia.oauth.client-id=@{brand_}_feedback_sync
medallia.oauth.client-secret=@{v}
medallia.query.page-size=250
''')

# --- Gorgias
P('gorgias_key', 'py', 'other', 'GORGIAS_API_KEY',
  ['support/gorgias_tags.py'],
  '''import requests

BASE = "https://@{gorgias_sub}.gorgias.com/api"
AUTH = ("@{email}", "@{v}")


def tickets_tagged(tag, limit=100):
    r = requests.get(f"{BASE}/tickets", params={"limit": limit, "order_by": "created_datetime:desc"},
                     auth=AUTH, timeout=20)
    r.raise_for_status()
    return [t for t in r.json()["data"] if any(x["name"] == tag for x in t["tags"])]


if __name__ == "__main__":
    for t in tickets_tagged("bad-review"):
        print(t["id"], t["subject"])
''')

P('gorgias_key', 'ts', 'conv', 'GORGIAS_API_KEY',
  ['src/gorgias/config.ts'],
  '''export const GORGIAS_DOMAIN = "@{gorgias_sub}.gorgias.com";
export const GORGIAS_USERNAME = "@{email}";
export const GORGIAS_API_KEY = @{q};
export const REVIEW_TICKET_TAG = "review-follow-up";
''')

# --- Shopify (review app context)
P('shopify_token', 'json', 'conv', 'SHOPIFY_ADMIN_ACCESS_TOKEN',
  ['config/shopify.json', 'apps/review-sync/shopify.config.json'],
  '''{
  "shop": "@{shop}",
  "apiVersion": "2024-10",
  "adminAccessToken": "@{v}",
  "metafieldNamespace": "reviews",
  "metafields": ["rating", "rating_count"]
}
''')

P('shopify_secret', 'tf', 'other', 'SHOPIFY_API_SECRET',
  ['infra/review-app.tf'],
  '''resource "aws_ecs_task_definition" "review_app" {
  family                   = "review-app"
  requires_compatibilities = ["FARGATE"]
  cpu                      = 256
  memory                   = 512

  container_definitions = jsonencode([{
    name  = "web"
    image = "@{acct}.dkr.ecr.@{region}.amazonaws.com/review-app:@{ver}"
    environment = [
      { name = "SHOPIFY_API_KEY", value = "@{sha}" },
      { name = "SHOPIFY_API_SECRET", value = "@{v}" },
      { name = "SCOPES", value = "read_products,write_products" },
    ]
  }])
}
''')

# --- Review database
P('db_password', 'yaml', 'other', 'DATABASE_URL',
  ['docker-compose.yml', 'compose.yaml'],
  '''services:
  web:
    build: .
    ports:
      - "@{port}:@{port}"
    environment:
      DATABASE_URL: postgres://reviews:@{v}@@{db_host}:5432/reviews
      REDIS_URL: redis://redis:6379/0
    depends_on:
      - postgres
      - redis
  postgres:
    image: postgres:16
    volumes:
      - pgdata:/var/lib/postgresql/data
  redis:
    image: redis:7

volumes:
  pgdata: {}
''')

P('db_password', 'sql', 'other', 'REVIEW_ETL_PASSWORD',
  ['db/roles.sql', 'migrations/0003_etl_role.sql'],
  '''-- Read-only role used by the review export ETL.
CREATE ROLE review_etl WITH LOGIN PASSWORD '@{v}';
GRANT CONNECT ON DATABASE reviews TO review_etl;
GRANT USAGE ON SCHEMA public TO review_etl;
GRANT SELECT ON reviews, review_media, products TO review_etl;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO review_etl;
''')

# --- logs / exports / containers
P('yotpo_utoken', 'log', 'other', 'YOTPO_UTOKEN',
  ['logs/review-sync.log', 'var/log/sync-@{date}.log'],
  '''@{ts} INFO  review-sync starting worker=3 queue=reviews
@{ts} INFO  loaded 412 products from shopify shop=@{shop}
@{ts} DEBUG GET https://api.yotpo.com/v1/apps/@{appkey}/reviews?utoken=@{v}&count=100&page=1 -> 200 (312ms)
@{ts} DEBUG GET https://api.yotpo.com/v1/apps/@{appkey}/reviews?count=100&page=2 -> 200 (287ms)
@{ts} INFO  upserted 187 reviews, 3 skipped (missing sku)
@{ts} INFO  review-sync finished in 14.2s
''')

P('typeform_pat', 'csv', 'other', 'TYPEFORM_TOKEN',
  ['exports/integrations.csv', 'ops/integration-inventory.csv'],
  '''integration,owner,kind,value,rotated
trustpilot,cx-team,business_unit_id,@{bu},@{date}
yotpo,ecom,app_key,@{appkey},@{date}
typeform,marketing,personal_token,@{v},@{date}
okendo,ecom,subscriber_id,@{okendo_sub},@{date}
''')

P('qualtrics_token', 'dockerfile', 'conv', 'QUALTRICS_API_TOKEN',
  ['Dockerfile', 'docker/exporter/Dockerfile'],
  '''FROM python:3.12-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

ENV QUALTRICS_DATACENTER=@{dc}
ENV QUALTRICS_API_TOKEN=@{v}
ENV SURVEY_IDS=@{svid},@{svid2}

CMD ["python", "-m", "exporter"]
''')

P('gorgias_key', 'http', 'other', 'GORGIAS_BASIC',
  ['http/gorgias.http'],
  '''@host = https://@{gorgias_sub}.gorgias.com/api

### account
GET {{host}}/account
Accept: application/json
Authorization: Basic @{b64auth}

### tickets tagged review
GET {{host}}/tickets?limit=30&order_by=created_datetime:desc
Accept: application/json
''')

P('tp_key', 'liquid', 'other', 'TRUSTPILOT_API_KEY',
  ['snippets/trustscore.liquid'],
  '''{%- comment -%} TrustScore pill for the header; cached by the CDN for 1h. {%- endcomment -%}
<div class="trustscore" data-bu="@{bu}"></div>
<script>
  fetch('https://api.trustpilot.com/v1/business-units/@{bu}?apikey=@{v}')
    .then(function (r) { return r.json(); })
    .then(function (bu) {
      document.querySelector('.trustscore').textContent = bu.score.trustScore + ' / 5';
    });
</script>
''')

P('yotpo_secret', 'tsx', 'other', 'YOTPO_SECRET_KEY',
  ['app/routes/api.reviews.tsx', 'pages/api/yotpo-token.ts'],
  '''import { json } from "@remix-run/node";

const APP_KEY = "@{appkey}";

export async function loader() {
  const tokenRes = await fetch("https://api.yotpo.com/oauth/token", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ client_id: APP_KEY, client_secret: @{q}, grant_type: "client_credentials" }),
  });
  const { access_token } = await tokenRes.json();
  const res = await fetch(`https://api.yotpo.com/v1/apps/${APP_KEY}/reviews?utoken=${access_token}&count=20`);
  return json(await res.json());
}
''')

P('canny_key', 'php', 'conv', 'CANNY_API_KEY',
  ['wp-content/themes/@{brand}/inc/canny.php'],
  '''<?php
/**
 * Show the roadmap count on the "Ideas" page.
 */
define( 'CANNY_API_KEY', @{q} );
define( 'CANNY_BOARD_ID', '@{canny_app}' );

function brand_canny_open_posts() {
    $res = wp_remote_post( 'https://canny.io/api/v1/posts/list', array(
        'body' => array( 'apiKey' => CANNY_API_KEY, 'boardID' => CANNY_BOARD_ID, 'status' => 'open' ),
    ) );
    return is_wp_error( $res ) ? array() : json_decode( wp_remote_retrieve_body( $res ), true )['posts'];
}
''')

P('birdeye_key', 'tf', 'conv', 'BIRDEYE_API_KEY',
  ['terraform/review-poller/main.tf'],
  '''resource "aws_lambda_function" "birdeye_poller" {
  function_name = "birdeye-review-poller"
  runtime       = "python3.12"
  handler       = "handler.main"
  filename      = "build/poller.zip"
  role          = aws_iam_role.poller.arn
  timeout       = 60

  environment {
    variables = {
      BIRDEYE_BUSINESS_ID = "@{birdeye_bid}"
      BIRDEYE_API_KEY     = "@{v}"
      SLACK_CHANNEL       = "#reviews"
    }
  }
}
''')

P('jdgm_private', 'json', 'conv', 'JUDGEME_PRIVATE_TOKEN',
  ['config/judgeme.json', 'apps/reviews/judgeme.settings.json'],
  '''{
  "shopDomain": "@{shop}",
  "platform": "shopify",
  "publicToken": "@{jdgm_pub}",
  "privateToken": "@{v}",
  "widget": { "starColor": "#f5a623", "showPhotos": true }
}
''')

P('typeform_whsec', 'ts', 'other', 'TYPEFORM_WEBHOOK_SECRET',
  ['src/routes/webhooks/typeform.ts'],
  '''import crypto from "node:crypto";
import type { Request, Response } from "express";

export function typeformWebhook(req: Request, res: Response) {
  const signature = req.header("typeform-signature") ?? "";
  const hash = crypto.createHmac("sha256", "@{v}").update(req.body).digest("base64");
  if (signature !== `sha256=${hash}`) {
    return res.status(401).send("bad signature");
  }
  const payload = JSON.parse(req.body.toString("utf8"));
  console.log("typeform response", payload.form_response.token);
  res.sendStatus(200);
}
''')

P('sm_token', 'kt', 'other', 'SURVEYMONKEY_ACCESS_TOKEN',
  ['app/src/main/kotlin/com/@{brand_}/feedback/SurveyApi.kt'],
  '''package com.@{brand_}.feedback

import okhttp3.OkHttpClient
import okhttp3.Request

object SurveyApi {
    private val client = OkHttpClient()

    fun surveyDetails(surveyId: String = "@{sm_survey}"): String? {
        val request = Request.Builder()
            .url("https://api.surveymonkey.com/v3/surveys/$surveyId/details")
            .addHeader("Authorization", "Bearer @{v}")
            .build()
        client.newCall(request).execute().use { return it.body?.string() }
    }
}
''')


# ================================================================ look-alikes
def _name():
    return R.choice(FIRST) + ' ' + R.choice(LAST)


def _csv_reviews(c):
    head = 'review_id,product_sku,product_title,rating,title,body,author,created_at,verified_buyer'

    def row(i):
        return '%s,%s,"%s",%d,"%s","%s",%s,%s,%s' % (
            digits(9), R.choice(SKU_PRE) + '-' + digits(4), R.choice(PRODUCTS), R.randint(1, 5),
            R.choice(['Love it', 'Solid', 'Meh', 'Great gift', 'Not for me', 'Five stars']),
            R.choice(REVIEW_TEXT), _name(), c['date'], R.choice(['true', 'false']))
    return head + '\n' + rows(R.randint(8, 16), row) + '\n'


L('generic', 'review-export', ['exports/reviews-@{date}.csv', 'data/reviews_export.csv'], _csv_reviews)


def _csv_tp(c):
    head = 'Review ID,Review Created (UTC),Review Stars,Review Title,Reference Id,Business Unit Id,Source'

    def row(i):
        return '%s,%s,%d,"%s",%s,%s,%s' % (rs(24, HEXL), c['ts'], R.randint(1, 5),
                                            R.choice(REVIEW_TEXT), '#' + digits(5), c['bu'],
                                            R.choice(['AFSv2', 'Organic', 'InvitationApi']))
    return head + '\n' + rows(R.randint(6, 12), row) + '\n'


L('trustpilot', 'review-ids', ['exports/trustpilot_reviews.csv'], _csv_tp)

L('yotpo', 'public-app-key', ['snippets/yotpo-reviews.liquid', 'sections/product-reviews.liquid'],
  '''{%- comment -%} Yotpo Reviews widget (v3). The app key is the public store id. {%- endcomment -%}
<script src="https://cdn-widgetsrepository.yotpo.com/v1/loader/@{appkey}" async></script>
<div class="yotpo-widget-instance"
     data-yotpo-instance-id="@{n}@{store_hash}"
     data-yotpo-product-id="{{ product.id }}"
     data-yotpo-name="{{ product.title | escape }}"
     data-yotpo-url="{{ shop.url }}{{ product.url }}"
     data-yotpo-image-url="{{ product.featured_image | img_url: 'large' }}"
     data-yotpo-price="{{ product.price | money_without_currency }}"
     data-yotpo-currency="{{ cart.currency.iso_code }}">
</div>
''')

L('judgeme', 'public-token', ['layout/theme.liquid', 'snippets/judgeme_core.liquid'],
  '''<!DOCTYPE html>
<html lang="{{ request.locale.iso_code }}">
<head>
  <meta charset="utf-8">
  <title>{{ page_title }} &ndash; {{ shop.name }}</title>
  {{ content_for_header }}
  <script>
    jdgm = window.jdgm || {};
    jdgm.SHOP_DOMAIN = '@{shop}';
    jdgm.PLATFORM = 'shopify';
    jdgm.PUBLIC_TOKEN = '@{jdgm_pub}';
  </script>
  <script data-cfasync="false" type="text/javascript" async src="https://cdnwidget.judge.me/widget_preloader.js"></script>
  {{ 'base.css' | asset_url | stylesheet_tag }}
</head>
<body>
  {{ content_for_layout }}
</body>
</html>
''')

L('okendo', 'public-subscriber-id', ['app/root.tsx', 'src/root.tsx'],
  '''import { Links, Meta, Outlet, Scripts, useLoaderData } from "@remix-run/react";
import { OkendoProvider, getOkendoProviderData } from "@okendo/shopify-hydrogen";

// Okendo subscriber id: public, rendered into the storefront widget config
const OKENDO_SUBSCRIBER_ID = "@{okendo_sub}";

export async function loader({ context }: { context: any }) {
  return {
    okendoProviderData: await getOkendoProviderData({ context, subscriberId: OKENDO_SUBSCRIBER_ID }),
  };
}

export default function App() {
  const data = useLoaderData<typeof loader>();
  return (
    <html lang="en">
      <head><Meta /><Links /></head>
      <body>
        <OkendoProvider okendoProviderData={data.okendoProviderData}>
          <Outlet />
        </OkendoProvider>
        <Scripts />
      </body>
    </html>
  );
}
''')

L('trustpilot', 'public-business-unit-id', ['src/components/TrustBox.tsx', 'components/TrustpilotWidget.jsx'],
  '''import { useEffect, useRef } from "react";

// TrustBox "Micro Review Count". Template and business unit ids are public.
export function TrustBox({ sku }: { sku?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if ((window as any).Trustpilot && ref.current) (window as any).Trustpilot.loadFromElement(ref.current, true);
  }, []);
  return (
    <div
      ref={ref}
      className="trustpilot-widget"
      data-locale="en-US"
      data-template-id="@{tpl}"
      data-businessunit-id="@{bu}"
      data-style-height="24px"
      data-style-width="100%"
      data-theme="light"
      data-sku={sku}
    >
      <a href="https://www.trustpilot.com/review/@{domain}" target="_blank" rel="noopener">Trustpilot</a>
    </div>
  );
}
''')

L('trustpilot', 'public-ids', ['src/config/trustpilot.js'],
  '''// Public TrustBox configuration. No credentials here: the widget loads
// from widget.trustpilot.com using only public ids.
export const TRUSTPILOT = {
  businessUnitId: "@{bu}",
  templates: {
    micro: "5419b6a8b0d04a076446a9ad",
    carousel: "53aa8912dec7e10d38f59f36",
    mini: "53aa8807dec7e10d38f59f32",
  },
  locale: "en-GB",
  reviewUrl: "https://uk.trustpilot.com/review/@{domain}",
};
''')


def _yotpo_json(c):
    revs = []
    for i in range(R.randint(3, 6)):
        revs.append('      {\n        "id": %s,\n        "score": %d,\n        "votes_up": %d,\n'
                    '        "content": "%s",\n        "title": "%s",\n        "sku": "%s",\n'
                    '        "created_at": "%s",\n        "verified_buyer": %s\n      }' % (
                        digits(9), R.randint(1, 5), R.randint(0, 12), R.choice(REVIEW_TEXT),
                        R.choice(['Great', 'OK', 'Loved it']), R.choice(SKU_PRE) + '-' + digits(4),
                        c['ts'], R.choice(['true', 'false'])))
    return ('{\n  "status": { "code": 200, "message": "OK" },\n  "response": {\n'
            '    "pagination": { "page": 1, "per_page": 10, "total": %d },\n'
            '    "bottomline": { "average_score": %.1f, "total_review": %d },\n    "reviews": [\n%s\n    ]\n  }\n}\n'
            % (R.randint(20, 900), R.uniform(3.5, 4.9), R.randint(20, 900), ',\n'.join(revs)))


L('yotpo', 'review-ids', ['test/fixtures/yotpo_reviews.json', 'fixtures/yotpo/product_reviews.json'], _yotpo_json)


def _bv_json(c):
    res = []
    for i in range(R.randint(2, 5)):
        res.append('    {\n      "Id": "%s",\n      "ProductId": "%s",\n      "Rating": %d,\n'
                   '      "AuthorId": "%s",\n      "SubmissionId": "%s",\n      "ContentLocale": "en_US",\n'
                   '      "IsRecommended": %s\n    }' % (
                       digits(9), R.choice(SKU_PRE) + digits(6), R.randint(1, 5), rs(32, LOWER_ALNUM),
                       'r' + digits(4) + '-en_US-' + rs(10, LOWER_ALNUM), R.choice(['true', 'false'])))
    return ('{\n  "HasErrors": false,\n  "Offset": 0,\n  "TotalResults": %d,\n  "Locale": "en_US",\n'
            '  "Results": [\n%s\n  ]\n}\n' % (R.randint(10, 400), ',\n'.join(res)))


L('bazaarvoice', 'review-ids', ['test/fixtures/bv_reviews_response.json'], _bv_json)


def _sql_reviews(c):
    vals = []
    for i in range(R.randint(5, 9)):
        vals.append("  ('%s', '%s', %s, %d, '%s', '%s')" % (
            uuid4(), R.choice(SKU_PRE) + '-' + digits(4), digits(13), R.randint(1, 5),
            R.choice(REVIEW_TEXT).replace("'", "''"), c['ts']))
    return ('CREATE TABLE IF NOT EXISTS reviews (\n  id uuid PRIMARY KEY,\n  sku text NOT NULL,\n'
            '  shopify_product_id bigint NOT NULL,\n  rating smallint CHECK (rating BETWEEN 1 AND 5),\n'
            '  body text,\n  created_at timestamptz NOT NULL DEFAULT now()\n);\n\n'
            'INSERT INTO reviews (id, sku, shopify_product_id, rating, body, created_at) VALUES\n%s;\n'
            % ',\n'.join(vals))


L('generic', 'uuid-review-ids', ['db/seeds/reviews.sql', 'db/seed_reviews.sql'], _sql_reviews)


def _qualtrics_ids(c):
    lines = ['"""Map Qualtrics surveys to internal touchpoints. Ids are not secrets."""', '',
             'QUALTRICS_DATACENTER = "%s"' % c['dc'], '', 'SURVEYS = {']
    for tp in ['post_purchase', 'support_csat', 'returns', 'onboarding']:
        lines.append('    "%s": "SV_%s",' % (tp, rs(15)))
    lines += ['}', '', '# responses we exclude from NPS (internal test submissions)', 'EXCLUDED_RESPONSES = [']
    for i in range(R.randint(3, 6)):
        lines.append('    "R_%s",' % rs(15))
    lines += [']', '']
    return '\n'.join(lines)


L('qualtrics', 'survey-ids', ['cx/surveys.py', 'surveys/qualtrics_ids.py'], _qualtrics_ids)

L('qualtrics', 'survey-ids', ['config/qualtrics-surveys.yaml'],
  '''datacenter: @{dc}
base_url: https://@{dc}.qualtrics.com/API/v3
surveys:
  - id: @{svid}
    name: Post-purchase NPS
    mailing_list: ML_@{tfform}@{n}
  - id: @{svid2}
    name: Support CSAT
    distribution: EMD_@{tfform}
directory_id: POOL_@{tfform}@{n}
''')

L('generic', 'documentation-placeholders', ['docs/reviews-integrations.md', 'docs/README.reviews.md'],
  '''# Review integrations

| Provider   | What we store in config       | Where the secret lives            |
|------------|-------------------------------|-----------------------------------|
| Trustpilot | business unit `@{bu}`  | `TRUSTPILOT_API_SECRET` in vault  |
| Yotpo      | app key (public store id)     | `YOTPO_SECRET_KEY` in vault       |
| Judge.me   | public token (widget only)    | `JUDGEME_PRIVATE_TOKEN` in vault  |
| Qualtrics  | datacenter `@{dc}`, survey ids   | `QUALTRICS_API_TOKEN` in vault    |

To run the sync locally, copy `.env.example` to `.env` and fill in:

```
TRUSTPILOT_API_KEY=<your-api-key>
TRUSTPILOT_API_SECRET=<your-api-secret>
YOTPO_SECRET_KEY=<yotpo-secret-key>
TYPEFORM_TOKEN=tfp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
```

Never commit real values; CI reads them from the secret store.
''')


def _lock(c):
    pk = ['@okendo/shopify-hydrogen', 'trustpilot', '@typeform/embed', 'axios', 'zod', 'dayjs']
    parts = ['{\n  "name": "%s-storefront",\n  "version": "%s",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {' % (c['brand'], c['ver'])]
    ents = []
    for p in R.sample(pk, 4):
        v = '%d.%d.%d' % (R.randint(0, 9), R.randint(0, 30), R.randint(0, 20))
        ents.append('    "node_modules/%s": {\n      "version": "%s",\n      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",\n      "integrity": "sha512-%s"\n    }' % (
            p, v, p, p.split('/')[-1], v, b64_of(64)))
    parts.append(',\n'.join(ents))
    parts.append('  }\n}\n')
    return '\n'.join(parts)


L('npm', 'integrity-hash', ['package-lock.json'], _lock)

L('generic', 'sri-hash', ['snippets/vendor-scripts.liquid', 'layout/partials/head-scripts.liquid'],
  lambda c: '''<script src="https://cdn.jsdelivr.net/npm/swiper@11/swiper-bundle.min.js"
        integrity="sha384-%s" crossorigin="anonymous" defer></script>
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/swiper@11/swiper-bundle.min.css"
      integrity="sha384-%s" crossorigin="anonymous">
<script src="{{ 'reviews-carousel.js' | asset_url }}" defer></script>
''' % (b64_of(48), b64_of(48)))

L('docker', 'image-digest', ['Dockerfile', 'docker/review-sync/Dockerfile'],
  lambda c: '''FROM node:20-alpine@sha256:%s AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM gcr.io/distroless/nodejs20-debian12@sha256:%s
WORKDIR /app
COPY --from=build /app/dist ./dist
COPY --from=build /app/node_modules ./node_modules
ENV NODE_ENV=production
CMD ["dist/server.js"]
''' % (rs(64, HEXL), rs(64, HEXL)))


def _tf_log(c):
    out = []
    for i in range(R.randint(4, 7)):
        out.append('%s INFO  webhook typeform event_id=%s form_id=%s token=%s signature="sha256=%s" status=200' % (
            c['ts'], rs(26, UPPER_ALNUM), c['tfform'], rs(32, LOWER_ALNUM), b64_of(32)))
    out.append('%s WARN  webhook typeform event_id=%s signature mismatch, rejected status=401' % (c['ts'], rs(26, UPPER_ALNUM)))
    return '\n'.join(out) + '\n'


L('typeform', 'webhook-signature', ['logs/webhooks.log', 'var/log/webhooks-@{date}.log'], _tf_log)


def _req_log(c):
    out = []
    for i in range(R.randint(6, 10)):
        out.append('%s method=%s path=/api/reviews/%s status=%d dur_ms=%d request_id=%s trace_id=%s span_id=%s' % (
            c['ts'], R.choice(['GET', 'GET', 'POST']), digits(9), R.choice([200, 200, 201, 304, 404]),
            R.randint(3, 900), uuid4(), rs(32, HEXL), rs(16, HEXL)))
    return '\n'.join(out) + '\n'


L('generic', 'request-ids', ['logs/api-access.log', 'logs/reviews-api.log'], _req_log)

L('google_business_profile', 'public-client-id', ['config/google-oauth.public.json'],
  '''{
  "web": {
    "client_id": "@{gcid}",
    "project_id": "@{gproject}",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "redirect_uris": ["https://@{domain}/oauth2/callback"],
    "javascript_origins": ["https://@{domain}"]
  }
}
''')

L('google_business_profile', 'location-ids', ['gbp/locations.py'],
  lambda c: '''"""Store locations on Google Business Profile (names are resource paths, not secrets)."""

ACCOUNT = "accounts/%s"

LOCATIONS = {
    "flagship": f"{ACCOUNT}/locations/%s",
    "outlet": f"{ACCOUNT}/locations/%s",
}

# Maps Place IDs for the review link buttons on the store pages
PLACE_IDS = {
    "flagship": "ChIJ%s",
    "outlet": "ChIJ%s",
}

WRITE_REVIEW_URL = "https://search.google.com/local/writereview?placeid={place_id}"
''' % (c['gbp_acct'], digits(19), digits(19), rs(23, B64URL), rs(23, B64URL)))

L('hotjar', 'public-site-id', ['snippets/hotjar.liquid', 'public/hotjar.js'],
  '''<!-- Hotjar Tracking Code for @{domain} -->
<script>
    (function(h,o,t,j,a,r){
        h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};
        h._hjSettings={hjid:@{hj_site},hjsv:6};
        a=o.getElementsByTagName('head')[0];
        r=o.createElement('script');r.async=1;
        r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;
        a.appendChild(r);
    })(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');
</script>
''')

L('canny', 'public-app-id', ['src/components/FeedbackWidget.tsx'],
  '''import { useEffect } from "react";

const CANNY_APP_ID = "@{canny_app}";
const BOARD_TOKEN = "@{uuid}";

export function FeedbackWidget({ user }: { user: { id: string; email: string; name: string } }) {
  useEffect(() => {
    const Canny = (window as any).Canny;
    Canny("identify", { appID: CANNY_APP_ID, user: { id: user.id, email: user.email, name: user.name } });
    Canny("render", { boardToken: BOARD_TOKEN, basePath: "/feedback", ssoToken: null });
  }, [user]);
  return <div data-canny />;
}
''')

L('podium', 'public-widget-token', ['snippets/podium-webchat.liquid', 'public/podium.html'],
  '''<!-- Podium webchat: the token identifies the widget, it grants no API access -->
<script defer src="https://connect.podium.com/widget.js#ORG_TOKEN=@{uuid}" id="podium-widget" data-organization-api-token="@{uuid}"></script>
''')

L('birdeye', 'public-business-id', ['snippets/birdeye-reviews.liquid'],
  '''<div class="birdeye-reviews">
  <h2>What customers say</h2>
  <script type="text/javascript" src="https://birdeye.com/embed/v6/@{birdeye_bid}/1/@{n}0@{store_hash}" async></script>
  <div id="bf-revz-widget-@{n}0@{store_hash}"></div>
</div>
''')


def _feefo_xml(c):
    items = []
    for i in range(R.randint(3, 6)):
        items.append('  <product>\n    <sku>%s</sku>\n    <gtin>%s</gtin>\n    <mpn>%s</mpn>\n    <rating>%.1f</rating>\n    <count>%d</count>\n  </product>' % (
            R.choice(SKU_PRE) + '-' + digits(4), digits(13), rs(8, UPPER_ALNUM), R.uniform(3, 5), R.randint(1, 400)))
    return '<?xml version="1.0" encoding="UTF-8"?>\n<feefo merchant="%s" generated="%s">\n%s\n</feefo>\n' % (
        c['feefo_merchant'], c['ts'], '\n'.join(items))


L('feefo', 'product-ids', ['feeds/feefo-products.xml'], _feefo_xml)

L('stamped', 'public-key', ['assets/stamped-config.json', 'config/stamped.public.json'],
  '''{
  "apiKey": "@{stamped_pub}",
  "storeHash": "@{store_hash}",
  "storeUrl": "@{shop}",
  "widget": { "type": "full-page", "starColor": "#111111" }
}
''')

L('reviewsio', 'public-store-id', ['snippets/reviewsio-widget.liquid'],
  '''<div id="ReviewsWidget"></div>
<script src="https://widget.reviews.io/polaris/build.js"></script>
<script>
  new ReviewsWidget('#ReviewsWidget', {
    store: '@{brand}',
    widget: 'polaris',
    options: {
      types: 'product_review,questions',
      per_page: 8,
      product_review: { sku: '{{ product.selected_or_first_available_variant.sku }}', hide_if_no_results: false },
    },
  });
</script>
''')

L('surveymonkey', 'survey-ids', ['lib/surveys.rb'],
  lambda c: '''module Surveys
  # SurveyMonkey ids (numeric) and public weblinks used in email footers.
  CSAT_SURVEY_ID = "%s"
  CSAT_COLLECTOR_ID = "%s"
  CSAT_WEBLINK = "https://www.surveymonkey.com/r/%s"
  NPS_WEBLINK = "https://www.surveymonkey.com/r/%s"
end
''' % (c['sm_survey'], digits(9), rs(7, UPPER_ALNUM), rs(7, UPPER_ALNUM)))

L('typeform', 'form-id', ['src/components/PostPurchaseSurvey.tsx'],
  '''import { Widget } from "@typeform/embed-react";

export function PostPurchaseSurvey({ orderId }: { orderId: string }) {
  return (
    <Widget
      id="@{tfform}"
      style={{ width: "100%", height: 520 }}
      hidden={{ order_id: orderId, source: "thank-you-page" }}
      className="survey"
    />
  );
}
''')

L('shopify', 'public-client-id', ['shopify.app.toml'],
  lambda c: '''# Learn more about configuring your app at https://shopify.dev/docs/apps/tools/cli/configuration
client_id = "%s"
name = "%s Reviews"
handle = "%s-reviews"
application_url = "https://reviews.%s"
embedded = true

[access_scopes]
scopes = "read_products,write_products,read_orders"

[auth]
redirect_urls = ["https://reviews.%s/auth/callback"]

[webhooks]
api_version = "2024-10"
''' % (rs(32, HEXL), c['Brand'], c['brand'], c['domain'], c['domain']))

L('go', 'module-hash', ['go.sum'],
  lambda c: '\n'.join('%s %s h1:%s=' % (m, v, b64_of(32)[:-1]) for m, v in [
      ('github.com/go-chi/chi/v5', 'v5.0.12'), ('github.com/go-chi/chi/v5', 'v5.0.12/go.mod'),
      ('github.com/google/uuid', 'v1.6.0'), ('github.com/google/uuid', 'v1.6.0/go.mod'),
      ('golang.org/x/oauth2', 'v0.21.0'), ('golang.org/x/oauth2', 'v0.21.0/go.mod')]) + '\n')

L('kubernetes', 'image-digest', ['k8s/review-sync/deployment.yaml'],
  lambda c: '''apiVersion: apps/v1
kind: Deployment
metadata:
  name: review-sync
  labels: {app: review-sync}
spec:
  replicas: 2
  selector:
    matchLabels: {app: review-sync}
  template:
    metadata:
      labels: {app: review-sync}
      annotations:
        checksum/config: %s
    spec:
      containers:
        - name: app
          image: ghcr.io/%s/review-sync@sha256:%s
          envFrom:
            - secretRef: {name: review-sync}
          env:
            - name: TRUSTPILOT_BUSINESS_UNIT_ID
              value: "%s"
''' % (rs(64, HEXL), c['brand'], rs(64, HEXL), c['bu']))

L('terraform', 'public-ids', ['infra/variables.tf'],
  '''variable "trustpilot_business_unit_id" {
  type        = string
  description = "Public Trustpilot business unit id (24 hex)."
  default     = "@{bu}"
}

variable "yotpo_app_key" {
  type        = string
  description = "Yotpo app key / store id. Public; the secret key comes from Secrets Manager."
  default     = "@{appkey}"
}

variable "yotpo_secret_key" {
  type      = string
  sensitive = true
}
''')

L('typeform', 'signature-verify', ['tests/test_typeform_signature.py'],
  lambda c: '''import base64
import hashlib
import hmac
import os

from webhooks.typeform import _valid

PAYLOAD = b'{"event_id":"%s","form_response":{"form_id":"%s","token":"%s"}}'


def test_signature_roundtrip(monkeypatch):
    secret = os.environ.get("TEST_WEBHOOK_SECRET", "")
    digest = hmac.new(secret.encode(), PAYLOAD, hashlib.sha256).digest()
    assert _valid("sha256=" + base64.b64encode(digest).decode(), PAYLOAD)


def test_rejects_wrong_signature():
    assert not _valid("sha256=%s", PAYLOAD)
''' % (rs(26, UPPER_ALNUM), c['tfform'], rs(32, LOWER_ALNUM), b64_of(32)))


def _delighted_json(c):
    res = []
    for i in range(R.randint(3, 6)):
        res.append('  {\n    "id": "%s",\n    "person": "%s",\n    "survey_type": "nps",\n    "score": %d,\n    "comment": "%s",\n    "created_at": %d,\n    "person_properties": { "order_number": "#%s", "product_sku": "%s" }\n  }' % (
            digits(8), digits(9), R.randint(0, 10), R.choice(REVIEW_TEXT), R.randint(1690000000, 1740000000),
            digits(5), R.choice(SKU_PRE) + '-' + digits(4)))
    return '[\n' + ',\n'.join(res) + '\n]\n'


L('delighted', 'response-ids', ['data/delighted_responses.json'], _delighted_json)


def _nps_csv(c):
    def row(i):
        return '%s,%s,%d,"%s",%s' % (digits(8), uuid4(), R.randint(0, 10), R.choice(REVIEW_TEXT), c['date'])
    return 'response_id,person_uuid,score,comment,date\n' + rows(R.randint(8, 14), row) + '\n'


L('delighted', 'nps-export', ['exports/nps_@{year}_q@{n}.csv'], _nps_csv)

L('git', 'commit-sha', ['CHANGELOG.md'],
  lambda c: '# Changelog\n\n' + '\n'.join(
      '## %d.%d.%d\n\n- %s (%s)\n- %s (%s)\n' % (R.randint(1, 3), R.randint(0, 9), R.randint(0, 9),
                                                R.choice(['Retry Trustpilot invitations on 429', 'Cache Yotpo bottomline per SKU',
                                                          'Show verified buyer badge', 'Fix star rounding for 4.75',
                                                          'Add Judge.me photo reviews to PDP']),
                                                rs(40, HEXL),
                                                R.choice(['Bump axios', 'Lint fixes', 'Update snapshots', 'Typo in README']),
                                                rs(7, HEXL)) for _ in range(3)))

L('github', 'pinned-action-sha', ['.github/workflows/ci.yml'],
  lambda c: '''name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@%s # v4.1.7
      - uses: actions/setup-node@%s # v4.0.3
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npm test -- --coverage
''' % (rs(40, HEXL), rs(40, HEXL)))


def _gorgias_json(c):
    t = []
    for i in range(R.randint(2, 4)):
        t.append('    {\n      "id": %s,\n      "channel": "email",\n      "subject": "Re: your review of %s",\n      "customer": { "id": %s, "email": "customer%d@example.org" },\n      "tags": [{ "id": %s, "name": "review-follow-up" }],\n      "created_datetime": "%s"\n    }' % (
            digits(8), R.choice(PRODUCTS), digits(9), i, digits(6), c['ts']))
    return '{\n  "data": [\n' + ',\n'.join(t) + '\n  ],\n  "meta": { "next_cursor": "%s", "prev_cursor": null }\n}\n' % b64url_of(36)


L('gorgias', 'ticket-ids', ['test/fixtures/gorgias_tickets.json'], _gorgias_json)

L('judgeme', 'public-token', ['src/Widgets/JudgemeWidget.php'],
  '''<?php

namespace App\\Widgets;

final class JudgemeWidget
{
    // Public widget token: safe in page source, only reads published reviews.
    private const PUBLIC_TOKEN = '@{jdgm_pub}';
    private const SHOP_DOMAIN = '@{shop}';

    public function render(string $externalId): string
    {
        $url = sprintf(
            'https://judge.me/api/v1/widgets/product_review?api_token=%s&shop_domain=%s&external_id=%s',
            self::PUBLIC_TOKEN,
            self::SHOP_DOMAIN,
            rawurlencode($externalId)
        );

        return file_get_contents($url) ?: '';
    }
}
''')

L('generic', 'pagination-cursor', ['test/fixtures/pagination.js', 'src/__tests__/cursor.test.js'],
  lambda c: '''import { decodeCursor } from "../src/pagination";

const FIRST_PAGE_CURSOR = "%s";
const NEXT_PAGE_CURSOR = "%s";

test("cursor decodes to offset/limit", () => {
  expect(decodeCursor(FIRST_PAGE_CURSOR)).toEqual({ offset: 0, limit: 50 });
  expect(decodeCursor(NEXT_PAGE_CURSOR).offset).toBe(50);
});
''' % (__import__('base64').b64encode(b'{"offset":0,"limit":50}').decode(),
       __import__('base64').b64encode(('{"offset":50,"limit":50,"after":"%s"}' % rs(12, HEXL)).encode()).decode()))


def _checksums(c):
    out = []
    for i in range(R.randint(5, 9)):
        out.append('%s  media/reviews/%s/%s.jpg' % (rs(64, HEXL), digits(9), rs(10, LOWER_ALNUM)))
    return '\n'.join(out) + '\n'


L('generic', 'sha256-digest', ['media/reviews/SHA256SUMS'], _checksums)

L('medallia', 'program-ids', ['config/medallia-programs.ini'],
  lambda c: '''[program:retail]
form_id = %s
survey_url = https://survey.medallia.com/?%s-retail
invitation_template = INV-%s

[program:support]
form_id = %s
survey_url = https://survey.medallia.com/?%s-support
''' % (digits(5), c['brand'], digits(4), digits(5), c['brand']))

L('bazaarvoice', 'deployment-ids', ['config/bazaarvoice.properties'],
  '''# Bazaarvoice display integration (bv.js). Client name and deployment zone are
# public: they appear in the script URL on every product page.
bv.client-name=@{bvclient}
bv.deployment-zone=main_site
bv.environment=production
bv.locale=en_US
bv.script-url=https://apps.bazaarvoice.com/deployments/@{bvclient}/main_site/production/en_US/bv.js
bv.seo.enabled=true
''')

L('bazaarvoice', 'deployment-ids', ['snippets/bv-reviews.liquid', 'templates/product/bv.html'],
  '''<script async src="https://apps.bazaarvoice.com/deployments/@{bvclient}/main_site/production/en_US/bv.js"></script>
<div data-bv-show="rating_summary" data-bv-product-id="{{ product.handle }}"></div>
<div data-bv-show="reviews" data-bv-product-id="{{ product.handle }}"></div>
<div data-bv-show="questions" data-bv-product-id="{{ product.handle }}"></div>
''')

L('generic', 'env-example', ['.env.example', '.env.sample'],
  '''# Copy to .env and fill in. Public ids may stay as they are.
SHOPIFY_SHOP=@{shop}
TRUSTPILOT_BUSINESS_UNIT_ID=@{bu}
TRUSTPILOT_API_KEY=
TRUSTPILOT_API_SECRET=
YOTPO_APP_KEY=@{appkey}
YOTPO_SECRET_KEY=
JUDGEME_PUBLIC_TOKEN=@{jdgm_pub}
JUDGEME_PRIVATE_TOKEN=
OKENDO_SUBSCRIBER_ID=@{okendo_sub}
OKENDO_API_KEY=
QUALTRICS_DATACENTER=@{dc}
QUALTRICS_API_TOKEN=
TYPEFORM_TOKEN=tfp_your_personal_token
''')

L('yotpo', 'documented-example', ['docs/yotpo.md'],
  '''# Yotpo credentials

Yotpo gives every account two keys (see the Yotpo security policy page):

| Key        | Meaning                                   | Example from the docs                      |
|------------|-------------------------------------------|--------------------------------------------|
| App key    | public key and account id (store id)      | `i23elSptdIyrsWX1wDwkgWjEFGtjQit0AgXdCLLz` |
| Secret key | admin-only, used to mint a uToken         | `Qcca8nS3nhS2WbeN9bnITltBF67ZaHpSlba3Ckdd` |

Our store's app key is `@{appkey}` (it is in the widget loader URL anyway).
The secret key is in 1Password under "Yotpo admin".
''')

L('bazaarvoice', 'documented-example', ['docs/bazaarvoice-api.md'],
  '''# Bazaarvoice Conversations API cheatsheet

The developer docs use demo passkeys on the staging host, for example:

    https://stg.api.bazaarvoice.com/data/reviews.json?apiversion=5.4&passkey=caB45h2jBqXFw1OE043qoMBD1gJC8EwFNCjktzgwncXY4&Filter=ProductId:data-gen-moppq9ekthfzbc6qff3bqokie&Limit=10

and on the PRR platform:

    https://stg.api.bazaarvoice.com/data/reviews.json?apiversion=5.4&passkey=kuy3zj9pr3n7i0wxajrzj04xo&Filter=ProductId:1000001

Our own passkeys are requested through the Bazaarvoice portal and stored as
`BV_CONVERSATIONS_PASSKEY` in the secret store (staging and production differ).
''')


def _typeform_resp(c):
    items = []
    for i in range(R.randint(2, 4)):
        items.append('    {\n      "landing_id": "%s",\n      "token": "%s",\n      "response_id": "%s",\n      "landed_at": "%s",\n      "submitted_at": "%s",\n      "metadata": { "platform": "other", "referer": "https://%s/pages/thank-you", "browser": "default" },\n      "answers": [ { "field": { "id": "%s", "type": "opinion_scale" }, "type": "number", "number": %d } ]\n    }' % (
            rs(32, LOWER_ALNUM), rs(32, LOWER_ALNUM), rs(32, LOWER_ALNUM), c['ts'], c['ts'], c['domain'],
            rs(12, ALNUM), R.randint(0, 10)))
    return '{\n  "total_items": %d,\n  "page_count": 1,\n  "items": [\n%s\n  ]\n}\n' % (len(items), ',\n'.join(items))


L('typeform', 'response-token', ['test/fixtures/typeform_responses.json'], _typeform_resp)


def _sm_resp(c):
    d = []
    for i in range(R.randint(2, 4)):
        d.append('    {\n      "id": "%s",\n      "recipient_id": "",\n      "collector_id": "%s",\n      "survey_id": "%s",\n      "ip_address": "198.51.100.%d",\n      "total_time": %d,\n      "response_status": "completed",\n      "href": "https://api.surveymonkey.com/v3/surveys/%s/responses/%s"\n    }' % (
            digits(11), digits(9), c['sm_survey'], R.randint(1, 254), R.randint(20, 600), c['sm_survey'], digits(11)))
    return '{\n  "per_page": 50,\n  "page": 1,\n  "total": %d,\n  "data": [\n%s\n  ]\n}\n' % (len(d), ',\n'.join(d))


L('surveymonkey', 'response-ids', ['test/fixtures/surveymonkey_bulk.json'], _sm_resp)


def _gmc_xml(c):
    revs = []
    for i in range(R.randint(2, 4)):
        revs.append('    <review>\n      <review_id>%s</review_id>\n      <reviewer><name>%s</name></reviewer>\n      <review_timestamp>%s</review_timestamp>\n      <content>%s</content>\n      <ratings><overall min="1" max="5">%d</overall></ratings>\n      <products><product><product_ids><gtins><gtin>%s</gtin></gtins><skus><sku>%s</sku></skus></product_ids></product></products>\n    </review>' % (
            uuid4(), _name(), c['ts'], R.choice(REVIEW_TEXT), R.randint(1, 5), digits(13), R.choice(SKU_PRE) + '-' + digits(4)))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns:vc="http://www.w3.org/2007/XMLSchema-versioning" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xsi:noNamespaceSchemaLocation="http://www.google.com/shopping/reviews/schema/product/2.3/product_reviews.xsd">\n'
            '  <version>2.3</version>\n  <publisher><name>%s</name></publisher>\n  <reviews>\n%s\n  </reviews>\n</feed>\n'
            % (c['Brand'], '\n'.join(revs)))


L('google', 'review-feed-ids', ['feeds/google_product_reviews.xml'], _gmc_xml)

L('trustpilot', 'hashed-email', ['src/invitations/buildInvitation.js'],
  lambda c: '''import crypto from "node:crypto";

// Invitation payload for the Trustpilot integration. referenceId is our order
// number; the hashed email lets us de-duplicate without storing addresses.
export function buildInvitation(order) {
  return {
    referenceNumber: order.number,
    consumerEmailHash: crypto.createHash("sha256").update(order.email.trim().toLowerCase()).digest("hex"),
    locale: "en-US",
    businessUnitId: "%s",
    templateId: "%s",
  };
}

// fixture: order #%s
export const SAMPLE = { referenceNumber: "%s", consumerEmailHash: "%s" };
''' % (c['bu'], rs(24, HEXL), digits(5), digits(5), rs(64, HEXL)))

L('generic', 'hashed-email', ['etl/dedupe_reviewers.py'],
  lambda c: '''import hashlib


def email_key(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()


KNOWN_DUPLICATES = {
    "%s",
    "%s",
    "%s",
}
''' % (rs(64, HEXL), rs(64, HEXL), rs(64, HEXL)))


def _shopify_log(c):
    out = []
    for i in range(R.randint(4, 7)):
        out.append('%s INFO webhook topic=%s shop=%s webhook_id=%s x-shopify-hmac-sha256=%s verified=true' % (
            c['ts'], R.choice(['orders/fulfilled', 'products/update', 'app/uninstalled']), c['shop'],
            uuid4(), b64_of(32)))
    return '\n'.join(out) + '\n'


L('shopify', 'webhook-signature', ['logs/shopify-webhooks.log'], _shopify_log)


def _catalog_csv(c):
    def row(i):
        return '%s,"%s",%s,%s,%s,%.2f' % (R.choice(SKU_PRE) + '-' + digits(4), R.choice(PRODUCTS), digits(13),
                                          digits(12), rs(10, UPPER_ALNUM), R.uniform(8, 180))
    return 'sku,title,ean,upc,mpn,price\n' + rows(R.randint(8, 14), row) + '\n'


L('generic', 'product-skus', ['data/catalog.csv', 'exports/products.csv'], _catalog_csv)

L('generic', 'public-jwks', ['public/.well-known/jwks.json'],
  lambda c: '{\n  "keys": [\n    {\n      "kty": "RSA",\n      "use": "sig",\n      "alg": "RS256",\n      "kid": "%s",\n      "n": "%s",\n      "e": "AQAB"\n    }\n  ]\n}\n' % (
      rs(16, HEXL), b64url_of(256)))


def _pubkey(c):
    body = b64_of(270)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return '-----BEGIN PUBLIC KEY-----\n' + '\n'.join(lines) + '\n-----END PUBLIC KEY-----\n'


L('generic', 'public-key', ['keys/review-export.pub.pem', 'config/webhook_signing_public.pem'], _pubkey)

L('renovate', 'digest-pins', ['renovate.json'],
  lambda c: '{\n  "$schema": "https://docs.renovatebot.com/renovate-schema.json",\n  "extends": ["config:recommended", "helpers:pinGitHubActionDigests"],\n  "packageRules": [\n    { "matchDatasources": ["docker"], "matchPackageNames": ["node"], "pinDigests": true }\n  ],\n  "ignoreDeps": ["@okendo/shopify-hydrogen"],\n  "labels": ["deps"],\n  "prConcurrentLimit": 3,\n  "digest": "sha256:%s"\n}\n' % rs(64, HEXL))

L('generic', 'star-ratings', ['src/components/ProductRating.tsx'],
  lambda c: '''type Props = { productId: string; average: number; count: number };

export function ProductRating({ productId, average, count }: Props) {
  const full = Math.round(average);
  return (
    <div className="rating" data-product-id={productId} aria-label={`${average} out of 5`}>
      {"\\u2605".repeat(full)}{"\\u2606".repeat(5 - full)} <span>({count})</span>
    </div>
  );
}

export const DEMO = [
  { productId: "gid://shopify/Product/%s", average: %.1f, count: %d },
  { productId: "gid://shopify/Product/%s", average: %.1f, count: %d },
];
''' % (digits(13), R.uniform(3, 5), R.randint(1, 900), digits(13), R.uniform(3, 5), R.randint(1, 900)))

L('generic', 'public-widget-keys', ['db/migrations/20240312_review_sources.sql'],
  '''-- Public identifiers per storefront; secrets live in the vault, not here.
CREATE TABLE review_sources (
  id serial PRIMARY KEY,
  provider text NOT NULL,
  public_id text NOT NULL,
  note text
);

INSERT INTO review_sources (provider, public_id, note) VALUES
  ('yotpo', '@{appkey}', 'app key / store id'),
  ('judgeme', '@{jdgm_pub}', 'widget public token'),
  ('okendo', '@{okendo_sub}', 'subscriber id'),
  ('trustpilot', '@{bu}', 'business unit id');
''')

L('okendo', 'public-subscriber-id', ['snippets/okendo-reviews.liquid'],
  '''{%- comment -%} Okendo Reviews widget; user id below is the public subscriber id. {%- endcomment -%}
<div data-oke-widget data-oke-reviews-product-id="shopify-{{ product.id }}"></div>
<script type="application/json" id="oke-reviews-settings">
  {"subscriberId":"@{okendo_sub}","locale":"en","widgetVersion":"v2"}
</script>
<script defer src="https://d3hw6dc1ow8pp2.cloudfront.net/reviews-widget-plus/js/okendo-reviews.js"></script>
''')

L('qualtrics', 'response-ids', ['exports/qualtrics_responses.csv'],
  lambda c: 'ResponseId,StartDate,EndDate,Finished,Q1_NPS,Q2_Reason,SurveyId\n' + rows(
      R.randint(6, 10), lambda i: 'R_%s,%s,%s,True,%d,"%s",%s' % (
          rs(15), c['ts'], c['ts'], R.randint(0, 10), R.choice(REVIEW_TEXT), c['svid'])) + '\n')

L('trustpilot', 'documented-placeholders', ['README.md'],
  '''# @{Brand} review sync

Pulls Trustpilot and Yotpo reviews into Postgres and pushes ratings to
Shopify metafields.

```ts
const client = await new TrustpilotApi({
  key: "YOUR-API-KEY",
  secret: "YOUR-SECRET",
  username: "YOUR-TRUSTPILOT-B2B-USERNAME",
  password: "YOUR-TRUSTPILOT-B2B-PASSWORD",
}).authenticate();
```

Business unit: `@{bu}` (public). Credentials come from the environment, see
`.env.example`.
''')

L('google_business_profile', 'documented-example', ['docs/google-oauth-setup.md'],
  '''# Google OAuth for review replies

Download the OAuth client file from the Cloud console and save it as
`credentials/client_secret.json` (git-ignored). It looks like this
(values from the Google client library docs, not ours):

```json
{
  "installed": {
    "client_id": "837647042410-75ifg...usercontent.com",
    "client_secret": "asdlkfjaskd",
    "redirect_uris": ["http://localhost"]
  }
}
```

Our client id is `@{gcid}`; it is shown on the consent screen anyway.
''')

L('generic', 'uuid-config', ['config/feature-flags.yaml'],
  lambda c: '''flags:
  - key: reviews-photo-gallery
    id: %s
    rollout: 100
  - key: reviews-ai-summary
    id: %s
    rollout: 10
  - key: trustpilot-carousel
    id: %s
    rollout: 50
environment_id: %s
''' % (uuid4(), uuid4(), uuid4(), uuid4()))

L('generic', 'base64-data', ['test/fixtures/review_photo.json'],
  lambda c: '{\n  "review_id": %s,\n  "filename": "photo_%s.png",\n  "mime": "image/png",\n  "data": "iVBORw0KGgo%s"\n}\n' % (
      digits(9), rs(6, LOWER_ALNUM), b64_of(150)))

L('uservoice', 'suggestion-ids', ['data/uservoice_suggestions.csv'],
  lambda c: 'id,forum_id,title,votes,state,created_at\n' + rows(R.randint(6, 10), lambda i: '%s,%s,"%s",%d,%s,%s' % (
      digits(8), digits(6), R.choice(['Dark mode', 'Export reviews to CSV', 'Filter by star rating',
                                      'Show verified badge', 'Reply from mobile app']),
      R.randint(1, 500), R.choice(['open', 'planned', 'completed']), c['date'])) + '\n')

L('canny', 'post-ids', ['scripts/canny_changelog.sh'],
  lambda c: '''#!/usr/bin/env bash
# Posts shipped this sprint (ids are Canny post ids, public in URLs)
POSTS=(%s %s %s)
for id in "${POSTS[@]}"; do
  echo "https://%s.canny.io/feature-requests/p/${id}"
done
''' % (rs(24, HEXL), rs(24, HEXL), rs(24, HEXL), c['brand']))

L('gorgias', 'public-chat-id', ['snippets/gorgias-chat.liquid'],
  '''<!--Gorgias Chat Widget Start-->
<script id="gorgias-chat-widget-install-v3" src="https://config.gorgias.chat/bundle-loader/@{tfform}@{n}"></script>
<script id="gorgias-chat-shopify-install">
  !function(_){_.SHOPIFY_PERMANENT_DOMAIN="{{shop.permanent_domain}}",_.SHOPIFY_CUSTOMER_ID="{{customer.id}}",_.SHOPIFY_CUSTOMER_EMAIL="{{customer.email}}"}(window||{});
</script>
<!--Gorgias Chat Widget End-->
''')


# ================================================================ driver
BLOCKED_ENV_OK = ('.env.example', '.env.sample', '.env.template', '.env.dist')


def is_blocked_env(rel):
    base = os.path.basename(rel)
    return (base == '.env' or base.startswith('.env.')) and base not in BLOCKED_ENV_OK


def filetype(rel):
    base = os.path.basename(rel)
    if base.startswith('.env'):
        return 'env'
    if base == 'Dockerfile':
        return 'dockerfile'
    if base == 'SHA256SUMS':
        return 'txt'
    if '.' not in base:
        return 'sh'  # extension-less scripts under bin/
    return base.rsplit('.', 1)[1].lower()


def cycle(items, n):
    out = []
    while len(out) < n:
        batch = list(items)
        R.shuffle(batch)
        out.extend(batch)
    return out[:n]


def _b64(s):
    import base64
    return base64.b64encode(s.encode()).decode()


def gen_pos(t):
    ctx = make_ctx()
    prov, kind, fn = SECRETS[t['skey']]
    secret = fn()
    ctx['v'] = secret
    ctx['q'] = quote(t['lang'], secret)
    needle = secret
    if '@{b64auth}' in t['text']:
        needle = _b64(ctx['email'] + ':' + secret)
        ctx['b64auth'] = needle
    text = render(t['text'], ctx)
    rel = render(R.choice(t['paths']), ctx)
    return rel, text, prov, kind, needle


def _fill_ok(text, val, lang):
    if not val:
        return True
    if lang == 'json' and ('"' in val or '\\' in val):
        return False
    i = text.find(val)
    if i < 0:
        return True  # replaced by a code expression
    before = text[i - 1] if i > 0 else ''
    if before in ('"', "'") and before in val:
        return False
    if lang in ('ini', 'properties', 'env', 'dockerfile') and ' ' in val:
        return False
    return True


def gen_neg_reuse(t):
    prov = SECRETS[t['skey']][0]
    for _ in range(50):
        ctx = make_ctx()
        cat, val, expr = neg_fill(prov, t['name'], t['lang'], ctx)
        ctx['v'] = val
        ctx['q'] = expr if expr else quote(t['lang'], val)
        if '@{b64auth}' in t['text']:
            ctx['b64auth'] = val if val else '{{gorgias_basic_auth}}'
        text = render(t['text'], ctx)
        if expr and t['lang'] == 'py' and expr.startswith('os.') and 'import os' not in text:
            text = 'import os\n' + text
        if _fill_ok(text, val, t['lang']):
            break
    rel = render(R.choice(t['paths']), ctx)
    if is_blocked_env(rel):
        rel = os.path.join(os.path.dirname(rel), '.env.example')
    return rel, text, prov, cat


def gen_look(t):
    ctx = make_ctx()
    text = t['text'](ctx) if callable(t['text']) else render(t['text'], ctx)
    rel = render(R.choice(t['paths']), ctx)
    return rel, text, t['provider'], 'lookalike-' + t['kind']


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)


def main(argv):
    global R
    if len(argv) != 3:
        sys.stderr.write('usage: gen_gx.py OUTDIR SEED\n')
        return 2
    outdir, seed = argv[1], int(argv[2])
    R = random.Random(seed)
    import shutil
    for sub in ('pos', 'neg'):
        p = os.path.join(outdir, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
    os.makedirs(outdir, exist_ok=True)

    manifest, secrets = [], []
    needles = []
    n_env_pos = 0
    for i, t in enumerate(cycle(POS, 500)):
        rel, text, prov, kind, needle = gen_pos(t)
        if not text.endswith('\n'):
            text += '\n'
        assert '@{' not in text, rel
        assert needle and needle in text, (rel, needle)
        idx = text.index(needle)
        line = text.count('\n', 0, idx) + 1
        assert needle in text.split('\n')[line - 1], (rel, line)
        if is_blocked_env(rel):
            n_env_pos += 1
        f = 'pos/p%04d/%s' % (i, rel)
        write(os.path.join(outdir, f), text)
        manifest.append({'file': f, 'label': 'pos', 'provider': prov, 'kind': kind,
                         'filetype': filetype(rel)})
        secrets.append({'file': f, 'needle': needle, 'line': line})
        needles.append(needle)
    assert n_env_pos <= 25, n_env_pos

    reuse = [t for t in POS if not t['env']]
    jobs = [('reuse', t) for t in cycle(reuse, 250)] + [('look', t) for t in cycle(LOOK, 250)]
    R.shuffle(jobs)
    for i, (how, t) in enumerate(jobs):
        if how == 'reuse':
            rel, text, prov, kind = gen_neg_reuse(t)
        else:
            rel, text, prov, kind = gen_look(t)
        if not text.endswith('\n'):
            text += '\n'
        assert '@{' not in text, rel
        assert not is_blocked_env(rel), rel
        for nd in needles:
            assert nd not in text, (rel, nd)
        f = 'neg/n%04d/%s' % (i, rel)
        write(os.path.join(outdir, f), text)
        manifest.append({'file': f, 'label': 'neg', 'provider': prov, 'kind': kind,
                         'filetype': filetype(rel)})

    with open(os.path.join(outdir, 'manifest.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + '\n')
    with open(os.path.join(outdir, 'secrets.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
