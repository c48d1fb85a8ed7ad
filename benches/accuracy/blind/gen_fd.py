#!/usr/bin/env python3
"""gen_fd.py - blind evaluation-set generator for secret scanners (set "fd").

EMPHASIS
    Churches, nonprofits and fundraising, as a volunteer-run IT team commits them.
    Providers: Planning Center (personal access tokens = application id + secret,
    OAuth client secrets, webhook secrets), Blackbaud SKY API (subscription keys,
    OAuth application secrets), Bloomerang, Donorbox, Givebutter, Classy,
    Salesforce NPSP, Church Community Builder, Breeze ChMS, Tithe.ly, Pushpay,
    Subsplash, SignUpGenius (volunteer scheduling), Mailchimp / Mandrill,
    Constant Contact, PayPal (Giving Fund / checkout), Stripe, Square, livestream
    keys (YouTube, Facebook Live, Twitch, Vimeo), and the hosting / database /
    mail credentials of a small team: WordPress wp-config, MySQL, Postgres,
    MongoDB, SMTP (Gmail app passwords, Office 365), SendGrid, Mailgun, Postmark,
    Twilio, AWS, DigitalOcean, GitHub, Slack and Discord webhooks, Cloudinary,
    Google service accounts, reCAPTCHA secrets, SSH deploy keys.
    File types: PHP (wp-config, plugins), Python, Node/JS, Google Apps Script
    (.gs), PowerShell, Ruby, C#, YAML (compose, workflows, k8s, Ansible), JSON
    (OBS service.json, appsettings), INI, TOML, XML (web.config), properties,
    shell, Dockerfile, Terraform, Markdown how-tos, SQL, CSV exports, logs,
    nginx-rtmp conf, HTML.

USAGE
    python3 gen_fd.py OUTDIR SEED
    Writes OUTDIR/pos/p0000..p0499/<relpath>, OUTDIR/neg/n0000..n0499/<relpath>,
    OUTDIR/manifest.jsonl (file, label, provider, kind, filetype) and
    OUTDIR/secrets.jsonl (file, needle, line).  All randomness comes from one
    random.Random(SEED); output is byte-identical for the same SEED.

NEEDLE CONVENTIONS
    * The needle is the secret exactly as written in the file, on one line.
    * Id/secret pairs (Planning Center PAT, OAuth client id + secret, AWS key id
      + secret, Twilio SID + token, PayPal client id + secret): the needle is the
      secret half only; the id stays in the file as ordinary content.
    * Connection strings and URLs with userinfo (postgres://u:PASS@h,
      mongodb+srv://, curl --user email:KEY, Cloudinary URL): the needle is the
      password / key part only.
    * Webhook URLs whose path is the secret (Slack, Discord): the needle is the
      whole URL.  Stream ingest URLs (rtmp://.../live2/KEY): the needle is the key.
    * Headers (Bb-Api-Subscription-Key: K, Authorization: Bearer K, X-API-KEY):
      the needle is the value without the scheme word "Bearer"/"Basic".
    * Multi-line private keys (PEM files, JSON "private_key" strings): the needle
      is the first 64-character base64 body chunk after the BEGIN line.
    * Salesforce "password+security token" in build.properties: the needle is the
      whole concatenated value.  Gmail app passwords written with spaces keep them.

NEGATIVES
    n0000..n0499 hold no credential.  About half re-use a positive template with
    the secret's slot holding: a placeholder (<your-key>, YOUR_API_KEY_HERE,
    changeme, xxxx...), an empty value, a masked value (****, [REDACTED],
    sk_live_...), an environment / secret-manager reference (${VAR},
    os.environ[...], process.env.X, getenv(), $env:X, PropertiesService,
    op://, vault:, GCP/AWS secret names), a template expression
    ({{ secrets.X }}, {{ .Values.x }}, <%= ENV[...] %>), a provider's published
    documentation example, or a value documented as public (Stripe publishable
    key, PayPal client id, reCAPTCHA / Turnstile site key, Blackbaud application
    id, Constant Contact API key = client id).  The other half are look-alikes:
    donor / household / constituent ids, campaign codes, fund ids, check numbers,
    fake EINs, Stripe object ids, Salesforce record ids, UUIDs, SHA/MD5 digests,
    lockfile integrity hashes, image digests, commit ids, webhook signatures,
    SSH/PGP public keys, base64 images, Mailchimp embed ids, YouTube ids, sheet
    ids, bcrypt hashes of test fixtures.  No negative is written to a file named
    .env, .env.* or *.env.

FORMATS CHECKED (search tool, docs/pages/code/issues corpora)
    * Planning Center: PATs are an "Application ID" + "Secret" used with HTTP
      basic auth (planningcenter/developers README).  Real sync code tests
      secret.startsWith('pco_pat_'); a PCO notice says OAuth access tokens carry
      the pco_tok_ prefix and up to 80 characters.
    * Blackbaud SKY API: developer subscription key in the Bb-Api-Subscription-Key
      header plus an OAuth access token; applications have an id and a secret.
    * Bloomerang: private REST API v2 key sent in X-API-KEY; a separate public
      key is for Bloomerang.js (so it is a negative here).
    * Donorbox: basic auth, login e-mail as user and API key as password.
    * Givebutter: Authorization: Bearer <API key>.
    * Breeze ChMS: per-account API key (a 32-character example shown in a
      third-party how-to) plus the subdomain; sent as Api-Key header.
    * Church Community Builder: API user + password over HTTP basic auth; the
      password may hold only letters and digits and needs a digit.  CCB v2 is
      OAuth (client id + secret).  Pushpay: OAuth2 client_id + client_secret at
      auth.pushpay.com.  Tithe.ly: public + private (secret) API keys.
    * Mailchimp: 32 hex characters, '-', data-center (usNN).
    * Constant Contact v3: API key == client_id, plus a generated client secret.
    * PayPal: client ID + client secret exchanged at /v1/oauth2/token.
    * Stripe: pk_/sk_/rk_ + test/live prefixes; webhook signing secrets separate.
    * YouTube ingest rtmp://a.rtmp.youtube.com/live2 + stream key; Facebook
      rtmps://live-api-s.facebook.com:443/rtmp/ + key.
    * WordPress: eight AUTH/SECURE_AUTH/LOGGED_IN/NONCE key+salt constants of 64
      random printable characters.  reCAPTCHA: site key (public) + secret key.
    * One search hit was a secret scanner vendor's detector page (GitGuardian,
      Mailchimp); it was not opened further or used.

TEMPLATES
    84 positive templates; negatives: 53 look-alike templates plus the 83
    positive templates re-used with a non-secret slot (the .env one excluded).

DOUBTS
    * Exact body length / alphabet after the pco_pat_ prefix is not documented;
      64 hex is assumed.  Legacy PCO ids/secrets assumed to be 64 hex.
      Planning Center webhook authenticity secrets assumed 64 hex.
    * Blackbaud subscription key assumed 32 hex (Azure API Management style);
      application secret assumed 44-char base64.
    * No public format for Bloomerang, Donorbox, Classy, Tithe.ly, Pushpay,
      Subsplash, SignUpGenius or Constant Contact secrets was found; lengths and
      alphabets here are guesses.  Givebutter keys are modelled as Laravel
      Sanctum "id|40 chars" tokens (an inference, not documented).
    * Facebook persistent stream key length after "FB-<id>-0-Ab" is a guess.
    * Mandrill "md-" keys, Salesforce token layout (00D...!AQ...), PayPal
      80-character credentials and Square EAAA tokens come from memory, not
      from pages seen in this session.
    * The documentation examples used as negatives (Stripe docs test keys, AWS
      EXAMPLE keys, Google reCAPTCHA test keys, jwt.io token, Slack placeholder
      webhook) were written from memory of those public pages.
"""

import json
import os
import sys
import random
import base64
import hashlib
import zlib

DIG = '0123456789'
HEX = '0123456789abcdef'
UHEX = '0123456789ABCDEF'
LOW = 'abcdefghijklmnopqrstuvwxyz'
UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ALNUM = DIG + UP + LOW
LOWALNUM = DIG + LOW
UPALNUM = DIG + UP
B64URL = ALNUM + '-_'
B64 = ALNUM + '+/'
B32 = UP + '234567'
# printable set used by the WordPress secret-key service, minus quote/backslash
WPCHARS = ALNUM + '!#$%&()*+,-./:;<=>?@[]^_`{|}~ '
PWSYM = '!#%^*-_=+.?~'


def rs(r, n, alpha):
    return ''.join(r.choice(alpha) for _ in range(n))


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def b62(num, width):
    out = ''
    while num:
        num, d = divmod(num, 62)
        out = ALNUM[d] + out
    return out.rjust(width, '0')


def uuid4(r):
    h = rs(r, 32, HEX)
    h = h[:12] + '4' + h[13:16] + r.choice('89ab') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def fill(tpl, **kw):
    for k, v in kw.items():
        tpl = tpl.replace('@@' + k + '@@', str(v))
    assert '@@' not in tpl, tpl[:200]
    return tpl.lstrip('\n')


class Raw(str):
    """A code expression (env lookup) that must not be quoted."""


def Q(v, q='"'):
    if isinstance(v, Raw):
        return str(v)
    return q + v + q


def pick(r, seq):
    return seq[r.randrange(len(seq))]


# ---------------------------------------------------------------- secrets ----
def g_pco_id(r): return rs(r, 64, HEX)
def g_pco_secret(r): return rs(r, 64, HEX)
def g_pco_pat(r): return 'pco_pat_' + rs(r, 64, HEX)
def g_pco_tok(r): return 'pco_tok_' + rs(r, 72, ALNUM)
def g_hex32(r): return rs(r, 32, HEX)
def g_hex40(r): return rs(r, 40, HEX)
def g_hex64(r): return rs(r, 64, HEX)
def g_bb_secret(r): return base64.b64encode(rbytes(r, 32)).decode()
def g_givebutter(r): return '%d|%s' % (r.randint(1000, 99999), rs(r, 40, ALNUM))
def g_donorbox(r): return rs(r, 24, ALNUM)
def g_classy_secret(r): return rs(r, 40, ALNUM)
def g_tithely_secret(r): return rs(r, 40, ALNUM)
def g_pushpay_secret(r): return rs(r, 43, B64URL)
def g_ctct_secret(r): return rs(r, 22, B64URL)
def g_subsplash(r): return rs(r, 48, B64URL)
def g_sug(r): return rs(r, 32, ALNUM)
def g_mailchimp(r): return rs(r, 32, HEX) + '-us' + str(r.randint(1, 21))
def g_mandrill(r): return 'md-' + rs(r, 22, B64URL)
def g_paypal_id(r): return 'A' + rs(r, 79, B64URL)
def g_paypal_secret(r): return 'E' + rs(r, 79, B64URL)
def g_stripe_sk(r): return 'sk_live_' + (rs(r, 24, ALNUM) if r.random() < 0.3 else '51' + rs(r, 97, ALNUM))
def g_stripe_rk(r): return 'rk_live_51' + rs(r, 97, ALNUM)
def g_whsec(r): return 'whsec_' + rs(r, 32, ALNUM)
def g_square(r): return 'EAAA' + rs(r, 60, B64URL)
def g_yt(r): return '-'.join(rs(r, 4, LOWALNUM) for _ in range(5))
def g_fb(r): return 'FB-%s-0-Ab%s' % (rs(r, 1, '123456789') + rs(r, 14, DIG), rs(r, 34, B64URL))
def g_twitch(r): return 'live_%s_%s' % (rs(r, 1, '123456789') + rs(r, 8, DIG), rs(r, 30, ALNUM))
def g_sendgrid(r): return 'SG.' + rs(r, 22, B64URL) + '.' + rs(r, 43, B64URL)
def g_mailgun(r): return 'key-' + rs(r, 32, HEX)
def g_google_key(r): return 'AIza' + rs(r, 35, B64URL)
def g_recaptcha(r): return '6L' + r.choice('cdef') + rs(r, 5, ALNUM) + 'AAAAA' + rs(r, 27, B64URL)
def g_aws_id(r): return 'AKIA' + rs(r, 16, B32)
def g_aws_secret(r): return rs(r, 40, B64)
def g_do(r): return 'dop_v1_' + rs(r, 64, HEX)
def g_sf_token(r): return '00D' + rs(r, 12, ALNUM) + '!AQ' + rs(r, 94, ALNUM + '._')
def g_sf_secret(r): return rs(r, 64, UHEX)
def g_sf_key(r): return '3MVG9' + rs(r, 80, ALNUM + '._')
def g_twilio_sid(r): return 'AC' + rs(r, 32, HEX)
def g_session(r): return base64.b64encode(rbytes(r, 36)).decode()
def g_wp_salt(r): return rs(r, 64, WPCHARS.replace(' ', '')) if r.random() < 0.5 else rs(r, 64, WPCHARS)
def g_cloudinary(r): return rs(r, 27, B64URL)


def g_ghp(r):
    body = rs(r, 30, ALNUM)
    return 'ghp_' + body + b62(zlib.crc32(body.encode()) & 0xffffffff, 6)


WORDS = ['psalm', 'cedar', 'harvest', 'lantern', 'bethel', 'shepherd', 'manna',
         'olive', 'jordan', 'anchor', 'mercy', 'trumpet', 'canaan', 'hosanna',
         'vine', 'ember', 'meadow', 'pilgrim', 'zion', 'sparrow', 'chapel']


def g_password(r):
    style = r.randrange(4)
    if style == 0:
        return rs(r, r.randint(16, 24), ALNUM + PWSYM)
    if style == 1:
        w = [pick(r, WORDS).capitalize() for _ in range(3)]
        return pick(r, ['-', '.', '_', '']).join(w) + str(r.randint(10, 999)) + pick(r, PWSYM)
    if style == 2:
        return rs(r, 12, ALNUM) + rs(r, 2, PWSYM) + rs(r, 6, ALNUM)
    return pick(r, WORDS).capitalize() + str(r.randint(1900, 2030)) + pick(r, PWSYM) + rs(r, 5, ALNUM)


def g_alnum_pw(r):   # CCB rule: letters and digits only, at least one digit
    p = rs(r, r.randint(10, 15), ALNUM)
    return p + rs(r, 1, DIG)


def g_gmail_app(r, spaced=False):
    p = rs(r, 16, LOW)
    return ' '.join([p[0:4], p[4:8], p[8:12], p[12:16]]) if spaced else p


def g_rsa_chunks(r, nlines=25):
    body = 'MIIEpAIBAAKCAQEA' + base64.b64encode(rbytes(r, 1180)).decode()
    lines = [body[i:i + 64] for i in range(0, 64 * nlines, 64)]
    return lines + [rs(r, 40, B64) + '==']


def g_pkcs8_chunks(r, nlines=25):
    body = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ' + base64.b64encode(rbytes(r, 1200)).decode()
    return [body[i:i + 64] for i in range(0, 64 * nlines, 64)] + [rs(r, 28, B64) + '=']


def g_openssh_chunks(r):
    body = 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW' + \
        'QyNTUxOQAAACA' + base64.b64encode(rbytes(r, 250)).decode()
    return [body[i:i + 70] for i in range(0, 70 * 5, 70)]


# ------------------------------------------------------- innocent content ----
CHURCHES = ['Grace Community Church', 'First Baptist Riverside', 'St. Mark Lutheran',
            'Hope Fellowship', 'Cornerstone Chapel', 'New Life Assembly',
            'Redeemer Presbyterian', 'Trinity United Methodist', 'Calvary Bible Church',
            'Harvest Christian Center', 'Riverbend Food Bank', 'Open Door Shelter',
            'Lakeside Youth Mentoring', 'St. Brigid Parish', 'Living Waters Church',
            'Good Shepherd Episcopal', 'Mosaic Church', 'Second Chance Animal Rescue',
            'Northside Community Pantry', 'Bethany Covenant Church']
FUNDS = ['General Fund', 'Building Fund', 'Missions', 'Benevolence', 'Youth Camp',
         'Food Pantry', 'Capital Campaign', 'Worship Arts', 'Backpack Program',
         'Christmas Offering', 'Scholarships', 'Disaster Relief']
FIRST = ['Mary', 'James', 'Linda', 'Robert', 'Grace', 'Samuel', 'Ruth', 'Daniel',
         'Esther', 'Joseph', 'Hannah', 'David', 'Naomi', 'Carlos', 'Mei', 'Tunde',
         'Priya', 'Olga', 'Kwame', 'Sofia']
LAST = ['Johnson', 'Okafor', 'Nguyen', 'Schmidt', 'Garcia', 'Williams', 'Patel',
        'Miller', 'Anderson', 'Kowalski', 'Brown', 'Mensah', 'Larsen', 'Rivera',
        'Chen', 'Thompson', 'Hughes', 'Adeyemi', 'Fischer', 'Moore']
CITIES = ['Springfield', 'Riverside', 'Fairview', 'Madison', 'Georgetown', 'Salem',
          'Franklin', 'Clinton', 'Greenville', 'Bristol', 'Dover', 'Ashland']


def church(r): return pick(r, CHURCHES)


def slug(s):
    out = ''.join(c.lower() if c.isalnum() else '-' for c in s)
    while '--' in out:
        out = out.replace('--', '-')
    return out.strip('-')


def domain(r, ch=None):
    ch = ch or church(r)
    base = slug(ch).replace('-church', '').replace('-', '')[:18]
    return base + pick(r, ['.org', '.church', 'church.org', '.net'])


def person(r): return pick(r, FIRST) + ' ' + pick(r, LAST)


def email(r, dom=None):
    return '%s.%s@%s' % (pick(r, FIRST).lower(), pick(r, LAST).lower(), dom or domain(r))


def role_email(r, dom=None):
    return pick(r, ['office', 'it', 'finance', 'giving', 'media', 'admin', 'webmaster']) + '@' + (dom or domain(r))


def date(r, y0=2022, y1=2025):
    return '%04d-%02d-%02d' % (r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def ts(r):
    return '%sT%02d:%02d:%02dZ' % (date(r), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def amount(r):
    return '%d.%02d' % (pick(r, [10, 20, 25, 40, 50, 75, 100, 150, 250, 500, 1000]) + r.randint(0, 9) * r.randint(0, 1), pick(r, [0, 0, 0, 50, 25]))


def nm(r, conv, neutral):
    """Pick a variable name: conventional or neutral (returns name, is_conv)."""
    if r.random() < 0.5:
        return pick(r, conv), True
    return pick(r, neutral), False


# ------------------------------------------------------------ templates ------
# render(r, S, neg) -> (relpath, text, conventional_name?)
POS = []

STRIPE_DOC_SK = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc'          # Stripe docs example
STRIPE_DOC_PK = 'pk_test_TYooMQauvdEDq54NiTphI7jx'          # Stripe docs example
AWS_DOC_ID = 'AKIAIOSFODNN7EXAMPLE'
AWS_DOC_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
RECAPTCHA_TEST_SITE = '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI'  # Google test key
RECAPTCHA_TEST_SECRET = '6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe'
SLACK_DOC_HOOK = 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'
JWT_DOC = ('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4g'
           'RG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c')


def g_pk_live(r): return 'pk_live_51' + rs(r, 97, ALNUM)


def ptpl(name, provider, kind, lang, q, gen, env, pub=None):
    def deco(fn):
        POS.append(dict(name=name, provider=provider, kind=kind, lang=lang, q=q,
                        gen=gen, env=env, pub=pub or [], render=fn))
        return fn
    return deco


# --- WordPress / PHP ---------------------------------------------------------
@ptpl('wp_config_db', 'wordpress', 'db_password', 'php', True, g_password, 'WORDPRESS_DB_PASSWORD')
def _(r, S, neg):
    ch = church(r)
    db = slug(ch).replace('-', '_')[:12] + '_wp'
    t = fill('''
<?php
/**
 * The base configuration for WordPress - @@ch@@ website
 *
 * Hosting: shared cPanel account, migrated by the media team in @@year@@.
 * @package WordPress
 */

// ** Database settings - You can get this info from your web host ** //
/** The name of the database for WordPress */
define( 'DB_NAME', '@@db@@' );

/** Database username */
define( 'DB_USER', '@@user@@' );

/** Database password */
define( 'DB_PASSWORD', @@S@@ );

/** Database hostname */
define( 'DB_HOST', 'localhost' );

/** Database charset to use in creating database tables. */
define( 'DB_CHARSET', 'utf8mb4' );

/** The database collate type. Don't change this if in doubt. */
define( 'DB_COLLATE', '' );

$table_prefix = 'wp@@n@@_';

define( 'WP_DEBUG', false );
define( 'WP_POST_REVISIONS', 5 );
define( 'DISALLOW_FILE_EDIT', true );

/* That's all, stop editing! Happy publishing. */
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', ch=ch, db=db, user=db[:10] + '_usr', S=Q(S, "'"), n=r.randint(1, 9), year=r.randint(2018, 2024))
    return pick(r, ['wp-config.php', 'public_html/wp-config.php', 'site/wp-config.php']), t, True


@ptpl('wp_jwt_secret', 'wordpress', 'signing_secret', 'php', True, g_wp_salt, 'JWT_AUTH_SECRET_KEY')
def _(r, S, neg):
    t = fill('''
<?php
/**
 * Local overrides loaded from wp-config.php (kept out of the theme repo... mostly).
 * Used by the mobile app (Subsplash custom tab) to call the REST API.
 */
define( 'WP_ENVIRONMENT_TYPE', 'production' );
define( 'WP_MEMORY_LIMIT', '256M' );

// JWT Authentication for WP REST API
define( 'JWT_AUTH_SECRET_KEY', @@S@@ );
define( 'JWT_AUTH_CORS_ENABLE', true );

define( 'WP_HOME', 'https://@@dom@@' );
define( 'WP_SITEURL', 'https://@@dom@@' );
''', S=Q(S, "'"), dom=domain(r))
    return pick(r, ['wp-config-local.php', 'config/wp-config-production.php']), t, True


@ptpl('wp_plugin_stripe', 'stripe', 'api_key', 'php', True, g_stripe_sk, 'STRIPE_SECRET_KEY',
      pub=[lambda r: STRIPE_DOC_SK, g_pk_live])
def _(r, S, neg):
    ch = church(r)
    t = fill('''
<?php
/**
 * Plugin Name: @@ch@@ Online Giving
 * Description: Simple Stripe Checkout button for tithes and offerings.
 * Version: 1.4.2
 * Author: @@who@@ (volunteer)
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

require_once __DIR__ . '/vendor/autoload.php';

add_action( 'rest_api_init', function () {
	register_rest_route( 'giving/v1', '/checkout', array(
		'methods'             => 'POST',
		'callback'            => 'gcg_create_checkout',
		'permission_callback' => '__return_true',
	) );
} );

function gcg_create_checkout( WP_REST_Request $req ) {
	\\Stripe\\Stripe::setApiKey( @@S@@ );
	$fund   = sanitize_text_field( $req->get_param( 'fund' ) );
	$amount = absint( $req->get_param( 'amount' ) );
	$session = \\Stripe\\Checkout\\Session::create( array(
		'mode'        => 'payment',
		'line_items'  => array( array(
			'price_data' => array(
				'currency'     => 'usd',
				'unit_amount'  => $amount * 100,
				'product_data' => array( 'name' => 'Gift to ' . $fund ),
			),
			'quantity'   => 1,
		) ),
		'success_url' => home_url( '/give/thank-you' ),
		'cancel_url'  => home_url( '/give' ),
	) );
	return array( 'url' => $session->url );
}
''', ch=ch, who=person(r), S=Q(S, "'"))
    return 'wp-content/plugins/%s-giving/%s-giving.php' % (slug(ch)[:14], slug(ch)[:14]), t, False


@ptpl('wp_plugin_mailchimp', 'mailchimp', 'api_key', 'php', True, g_mailchimp, 'MAILCHIMP_API_KEY')
def _(r, S, neg):
    key, conv = nm(r, ['mailchimp_api_key', 'api_key'], ['mc_token', 'newsletter_auth', 'list_sync_key'])
    t = fill('''
<?php
// Defaults for the weekly-newsletter signup widget.
// Audience "Sunday Bulletin" - list id is visible in the signup form anyway.

function bulletin_signup_defaults() {
	return array(
		'@@key@@'      => @@S@@,
		'list_id'      => '@@lid@@',
		'double_optin' => true,
		'tags'         => array( 'website', 'bulletin' ),
		'success_msg'  => __( 'Thanks! Check your inbox to confirm.', 'bulletin' ),
	);
}

function bulletin_subscribe( $email ) {
	$o   = bulletin_signup_defaults();
	$dc  = substr( strrchr( $o['@@key@@'], '-' ), 1 );
	$url = "https://{$dc}.api.mailchimp.com/3.0/lists/{$o['list_id']}/members";
	return wp_remote_post( $url, array(
		'headers' => array( 'Authorization' => 'apikey ' . $o['@@key@@'] ),
		'body'    => wp_json_encode( array( 'email_address' => $email, 'status' => 'pending' ) ),
	) );
}
''', key=key, S=Q(S, "'"), lid=rs(r, 10, HEX))
    return 'wp-content/plugins/bulletin-signup/includes/defaults.php', t, conv


@ptpl('php_recaptcha', 'google-recaptcha', 'api_key', 'php', True, g_recaptcha, 'RECAPTCHA_SECRET_KEY',
      pub=[lambda r: RECAPTCHA_TEST_SECRET])
def _(r, S, neg):
    key, conv = nm(r, ['$recaptcha_secret', '$RECAPTCHA_SECRET_KEY'], ['$verify_key', '$cap'])
    t = fill('''
<?php
// prayer-request.php - handles the "Submit a prayer request" form
require __DIR__ . '/inc/db.php';

@@key@@ = @@S@@;

if ( $_SERVER['REQUEST_METHOD'] === 'POST' ) {
    $resp = file_get_contents( 'https://www.google.com/recaptcha/api/siteverify?' . http_build_query( [
        'secret'   => @@key@@,
        'response' => $_POST['g-recaptcha-response'] ?? '',
        'remoteip' => $_SERVER['REMOTE_ADDR'],
    ] ) );
    $ok = json_decode( $resp, true )['success'] ?? false;
    if ( ! $ok ) {
        http_response_code( 400 );
        exit( 'Please tick the box so we know you are not a robot.' );
    }
    save_prayer_request( $_POST['name'], $_POST['request'], isset( $_POST['confidential'] ) );
    header( 'Location: /prayer/thank-you' );
}
''', key=key, S=Q(S, "'"))
    return 'site/prayer-request.php', t, conv


@ptpl('php_ccb', 'church-community-builder', 'password', 'php', True, g_alnum_pw, 'CCB_API_PASSWORD')
def _(r, S, neg):
    sub = slug(church(r)).split('-')[0]
    t = fill('''
<?php
/**
 * Small groups finder - pulls public groups from Church Community Builder.
 */
class Groups_Finder_CCB {
	const API_URL  = 'https://@@sub@@.ccbchurch.com/api.php';
	const API_USER = 'groupsfinder';
	const API_PASS = @@S@@;

	public function fetch_groups() {
		$res = wp_remote_get( self::API_URL . '?srv=group_profiles&include_participants=false', array(
			'headers' => array(
				'Authorization' => 'Basic ' . base64_encode( self::API_USER . ':' . self::API_PASS ),
			),
			'timeout' => 20,
		) );
		if ( is_wp_error( $res ) ) {
			return array();
		}
		return simplexml_load_string( wp_remote_retrieve_body( $res ) );
	}
}
''', sub=sub, S=Q(S, "'"))
    return 'wp-content/plugins/groups-finder/class-groups-finder-ccb.php', t, True


@ptpl('php_breeze', 'breeze-chms', 'api_key', 'php', True, g_hex32, 'BREEZE_API_KEY')
def _(r, S, neg):
    sub = slug(church(r)).split('-')[0]
    t = fill('''
<?php
// cron/breeze-events.php - caches this week's events from Breeze for the homepage.
$subdomain = '@@sub@@';
$ch = curl_init( "https://{$subdomain}.breezechms.com/api/events?start=" . date( 'Y-m-d' ) );
curl_setopt_array( $ch, [
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_HTTPHEADER     => [ 'Api-Key: ' . @@S@@ ],
] );
$events = json_decode( curl_exec( $ch ), true );
curl_close( $ch );
file_put_contents( __DIR__ . '/../cache/events.json', json_encode( $events ) );
echo count( $events ) . " events cached\\n";
''', sub=sub, S=Q(S, "'"))
    return 'cron/breeze-events.php', t, False


@ptpl('php_classy', 'classy', 'oauth_client_secret', 'php', True, g_classy_secret, 'CLASSY_CLIENT_SECRET')
def _(r, S, neg):
    t = fill('''
<?php
// config/classy.php - GoFundMe Pro (Classy) API credentials for the gala sync
return [
    'base_uri'      => 'https://api.classy.org/2.0/',
    'token_uri'     => 'https://api.classy.org/oauth2/auth',
    'organization'  => @@org@@,
    'client_id'     => '@@cid@@',
    'client_secret' => @@S@@,
    'campaigns'     => [@@c1@@, @@c2@@],
];
''', org=r.randint(10000, 99999), cid=rs(r, 16, ALNUM), S=Q(S, "'"),
        c1=r.randint(100000, 599999), c2=r.randint(100000, 599999))
    return 'config/classy.php', t, True


@ptpl('php_paypal', 'paypal', 'oauth_client_secret', 'php', True, g_paypal_secret, 'PAYPAL_CLIENT_SECRET',
      pub=[g_paypal_id])
def _(r, S, neg):
    key, conv = nm(r, ['client_secret', 'secret'], ['app_key2', 'pp_s'])
    t = fill('''
<?php
/* PayPal settings for the missions-trip deposit form */
$paypal = array(
    'mode'          => 'live',
    'client_id'     => '@@cid@@',
    '@@key@@' => @@S@@,
    'currency'      => 'USD',
    'return_url'    => 'https://@@dom@@/missions/deposit/complete',
);
''', cid=g_paypal_id(r), key=key, S=Q(S, "'"), dom=domain(r))
    return 'missions/includes/paypal-config.php', t, conv


@ptpl('php_fb_app', 'facebook', 'oauth_client_secret', 'php', True, g_hex32, 'FACEBOOK_APP_SECRET')
def _(r, S, neg):
    t = fill('''
<?php
// Auto-post sermon videos to the church Facebook page after upload.
$fb = new \\Facebook\\Facebook( [
    'app_id'                => '@@aid@@',
    'app_secret'            => @@S@@,
    'default_graph_version' => 'v18.0',
] );
$pageId = '@@pid@@';
''', aid=rs(r, 1, '123456789') + rs(r, 15, DIG), S=Q(S, "'"), pid=rs(r, 15, DIG))
    return 'sermons/autopost.php', t, True


@ptpl('php_mailer', 'smtp', 'smtp_password', 'php', True, lambda r: g_gmail_app(r), 'SMTP_PASSWORD')
def _(r, S, neg):
    dom = domain(r)
    t = fill('''
<?php
use PHPMailer\\PHPMailer\\PHPMailer;
require 'vendor/autoload.php';

// Sends giving statements (PDF) to donors in January.
function statement_mailer() {
    $mail = new PHPMailer( true );
    $mail->isSMTP();
    $mail->Host       = 'smtp.gmail.com';
    $mail->SMTPAuth   = true;
    $mail->Username   = '@@user@@';
    $mail->Password   = @@S@@;
    $mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
    $mail->Port       = 587;
    $mail->setFrom( '@@user@@', 'Finance Office' );
    return $mail;
}
''', user=role_email(r, dom), S=Q(S, "'"))
    return 'statements/mailer.php', t, True


# --- Planning Center ---------------------------------------------------------
@ptpl('py_pco_sync', 'planning-center', 'pat_secret', 'py', True, g_pco_secret, 'PCO_SECRET')
def _(r, S, neg):
    t = fill('''
#!/usr/bin/env python3
"""Nightly sync: Planning Center People -> attendance spreadsheet."""
import csv
import requests

BASE = "https://api.planningcenteronline.com"
AUTH = ("@@aid@@", @@S@@)


def people(list_id):
    url = f"{BASE}/people/v2/lists/{list_id}/people?per_page=100"
    while url:
        resp = requests.get(url, auth=AUTH, timeout=30)
        resp.raise_for_status()
        body = resp.json()
        yield from body["data"]
        url = body.get("links", {}).get("next")


if __name__ == "__main__":
    with open("members.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "name", "membership"])
        for p in people(@@lid@@):
            a = p["attributes"]
            w.writerow([p["id"], a["name"], a.get("membership")])
''', aid=g_pco_id(r), S=Q(S), lid=r.randint(100000, 999999))
    return pick(r, ['scripts/pco_sync.py', 'sync/people_export.py']), t, False


@ptpl('py_pco_settings', 'planning-center', 'pat_secret', 'py', True, g_pco_pat, 'PCO_SECRET')
def _(r, S, neg):
    a, conv = nm(r, ['PCO_SECRET', 'PLANNING_CENTER_SECRET'], ['PC_PASS', 'SERVICES_TOKEN_B'])
    t = fill('''
# settings.py - checkin kiosk (Django)
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False
ALLOWED_HOSTS = ["checkin.@@dom@@", "localhost"]
TIME_ZONE = "America/Chicago"

# Planning Center personal access token (Check-Ins + People read)
PCO_APPLICATION_ID = "@@aid@@"
@@a@@ = @@S@@
PCO_EVENT_ID = @@ev@@

STATIC_URL = "/static/"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
''', dom=domain(r), aid=g_pco_id(r), a=a, S=Q(S), ev=r.randint(100000, 999999))
    return 'kiosk/kiosk/settings.py', t, conv


@ptpl('js_pco_node', 'planning-center', 'pat_secret', 'js', True, g_pco_secret, 'PCO_SECRET')
def _(r, S, neg):
    a, conv = nm(r, ['PCO_SECRET', 'pcoSecret'], ['secret', 'pw'])
    t = fill('''
// services-rota.js - posts next Sunday's band rota to the team chat
const fetch = require('node-fetch');

const appId = '@@aid@@';
const @@a@@ = @@S@@;
const auth = 'Basic ' + Buffer.from(`${appId}:${@@a@@}`).toString('base64');

async function nextPlan(serviceTypeId) {
  const url = `https://api.planningcenteronline.com/services/v2/service_types/${serviceTypeId}/plans?filter=future&per_page=1`;
  const res = await fetch(url, { headers: { Authorization: auth } });
  if (!res.ok) throw new Error(`PCO ${res.status}`);
  const { data } = await res.json();
  return data[0];
}

nextPlan(@@st@@).then((p) => console.log(p.attributes.dates)).catch(console.error);
''', aid=g_pco_id(r), a=a, S=Q(S, "'"), st=r.randint(100000, 999999))
    return 'tools/services-rota.js', t, conv


@ptpl('gs_pco_sheets', 'planning-center', 'pat_secret', 'gs', True, g_pco_pat, 'PCO_SECRET')
def _(r, S, neg):
    a, conv = nm(r, ['PCO_SECRET'], ['TOKEN_PART_2', 'pcoPw'])
    t = fill('''
/**
 * Google Apps Script bound to the "Volunteer Roster" sheet.
 * Pulls scheduled team members from Planning Center Services every Monday.
 */
var PCO_APP_ID = '@@aid@@';
var @@a@@ = @@S@@;

function pullRoster() {
  var headers = {
    Authorization: 'Basic ' + Utilities.base64Encode(PCO_APP_ID + ':' + @@a@@)
  };
  var url = 'https://api.planningcenteronline.com/services/v2/service_types/@@st@@/plans?filter=future&per_page=4';
  var res = UrlFetchApp.fetch(url, { headers: headers, muteHttpExceptions: true });
  var plans = JSON.parse(res.getContentText()).data;
  var sheet = SpreadsheetApp.getActive().getSheetByName('Roster');
  plans.forEach(function (p, i) {
    sheet.getRange(i + 2, 1).setValue(p.attributes.sort_date);
  });
}
''', aid=g_pco_id(r), a=a, S=Q(S, "'"), st=r.randint(100000, 999999))
    return 'apps-script/Roster.gs', t, conv


@ptpl('ps1_pco', 'planning-center', 'pat_secret', 'ps1', True, g_pco_secret, 'PCO_SECRET')
def _(r, S, neg):
    a, conv = nm(r, ['$PcoSecret', '$PCO_SECRET'], ['$Secret', '$p2'])
    t = fill('''
# Export-Giving.ps1 - month-end export of Planning Center Giving donations for the treasurer
param(
    [string]$Month = (Get-Date).AddMonths(-1).ToString('yyyy-MM')
)

$AppId  = '@@aid@@'
@@a@@ = @@S@@
$pair   = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("${AppId}:$(@@a@@)"))
$hdrs   = @{ Authorization = "Basic $pair" }

$uri = "https://api.planningcenteronline.com/giving/v2/donations?where[received_at][gte]=$Month-01&per_page=100"
$out = @()
while ($uri) {
    $page = Invoke-RestMethod -Uri $uri -Headers $hdrs
    $out += $page.data | ForEach-Object { [pscustomobject]@{ Id = $_.id; Amount = $_.attributes.amount_cents / 100 } }
    $uri = $page.links.next
}
$out | Export-Csv -NoTypeInformation "\\\\fileserver\\Finance\\Giving\\donations-$Month.csv"
''', aid=g_pco_id(r), a=a, S=Q(S, "'"))
    return 'finance/Export-Giving.ps1', t, conv


@ptpl('py_pco_webhook', 'planning-center', 'webhook_secret', 'py', True, g_hex64, 'PCO_WEBHOOK_SECRET')
def _(r, S, neg):
    a, conv = nm(r, ['PCO_WEBHOOK_SECRET', 'WEBHOOK_SECRET'], ['authenticity', 'HOOK_KEY'])
    t = fill('''
import hashlib
import hmac

from flask import Flask, abort, request

app = Flask(__name__)
@@a@@ = @@S@@


@app.post("/hooks/pco/people")
def people_changed():
    sig = request.headers.get("X-PCO-Webhooks-Authenticity", "")
    digest = hmac.new(@@a@@.encode(), request.data, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, digest):
        abort(401)
    event = request.get_json()
    app.logger.info("person %s changed", event["data"][0]["id"])
    return "", 204
''', a=a, S=Q(S))
    return 'hooks/app.py', t, conv


@ptpl('log_pco_tok', 'planning-center', 'access_token', 'log', False, g_pco_tok, 'PCO_ACCESS_TOKEN')
def _(r, S, neg):
    lines = []
    for i in range(r.randint(3, 6)):
        lines.append('%s INFO  sync.people  fetched page %d (100 records)' % (ts(r), i + 1))
    lines.append('%s DEBUG http  GET https://api.planningcenteronline.com/people/v2/me headers={"Authorization": "Bearer %s", "User-Agent": "roster-sync/0.3"}' % (ts(r), S))
    for i in range(r.randint(2, 5)):
        lines.append('%s WARN  sync.people  household %d has no primary contact' % (ts(r), r.randint(1000000, 9999999)))
    lines.append('%s INFO  sync.people  done in %ds' % (ts(r), r.randint(20, 300)))
    return 'logs/roster-sync-%s.log' % date(r), '\n'.join(lines) + '\n', False


# --- Blackbaud / Bloomerang / Donorbox / Givebutter / Classy / Salesforce ---
@ptpl('py_bb_sub', 'blackbaud', 'subscription_key', 'py', True, g_hex32, 'BB_SUBSCRIPTION_KEY')
def _(r, S, neg):
    a, conv = nm(r, ['BB_SUBSCRIPTION_KEY', 'SKY_SUBSCRIPTION_KEY'], ['SKY_K', 'dev_key'])
    t = fill('''
"""Pull yesterday's gifts from Raiser's Edge NXT (SKY API) into the finance DB."""
import datetime as dt
import requests

from tokens import load_access_token   # refresh-token flow lives in tokens.py

SKY = "https://api.sky.blackbaud.com"
@@a@@ = @@S@@


def gifts_since(day):
    headers = {
        "Bb-Api-Subscription-Key": @@a@@,
        "Authorization": "Bearer " + load_access_token(),
    }
    params = {"date_added": day.isoformat(), "limit": 500}
    r = requests.get(f"{SKY}/gift/v1/gifts", headers=headers, params=params, timeout=60)
    r.raise_for_status()
    return r.json()["value"]


if __name__ == "__main__":
    for g in gifts_since(dt.date.today() - dt.timedelta(days=1)):
        print(g["id"], g["amount"]["value"], g.get("constituent_id"))
''', a=a, S=Q(S))
    return 'etl/re_nxt_gifts.py', t, conv


@ptpl('json_bb_app', 'blackbaud', 'oauth_client_secret', 'json', False, g_bb_secret, 'BB_APPLICATION_SECRET',
      pub=[uuid4])
def _(r, S, neg):
    t = fill('''
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "AllowedHosts": "*",
  "Blackbaud": {
    "AuthBaseUri": "https://oauth2.sky.blackbaud.com/",
    "SkyApiBaseUri": "https://api.sky.blackbaud.com/",
    "ApplicationId": "@@aid@@",
    "ApplicationSecret": "@@S@@",
    "SubscriptionKey": "",
    "RedirectUri": "https://localhost:5001/auth/callback"
  },
  "ConnectionStrings": {
    "Cache": "Data Source=cache.db"
  }
}
''', aid=uuid4(r), S=S)
    return 'src/DonorPortal/appsettings.Production.json', t, True


@ptpl('cs_bb_sub', 'blackbaud', 'subscription_key', 'cs', True, g_hex32, 'BB_SUBSCRIPTION_KEY')
def _(r, S, neg):
    t = fill('''
using System.Net.Http;
using System.Net.Http.Headers;

namespace StewardshipTools.Sky
{
    public static class SkyClientFactory
    {
        public static HttpClient Create(string accessToken)
        {
            var http = new HttpClient { BaseAddress = new System.Uri("https://api.sky.blackbaud.com/") };
            http.DefaultRequestHeaders.Add("Bb-Api-Subscription-Key", @@S@@);
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            return http;
        }
    }
}
''', S=Q(S))
    return 'StewardshipTools/Sky/SkyClientFactory.cs', t, False


@ptpl('yaml_bb_compose', 'blackbaud', 'oauth_client_secret', 'yaml', False, g_bb_secret, 'AUTH_CLIENT_SECRET')
def _(r, S, neg):
    t = fill('''
version: "3.8"
services:
  sky-sync:
    build: .
    restart: unless-stopped
    environment:
      AUTH_CLIENT_ID: "@@aid@@"
      AUTH_CLIENT_SECRET: "@@S@@"
      AUTH_REDIRECT_URI: "https://sync.@@dom@@/auth/callback"
      SKY_API_SUBSCRIPTION_KEY_FILE: /run/secrets/sky_sub
      TZ: America/New_York
    secrets:
      - sky_sub
    volumes:
      - ./data:/app/data
secrets:
  sky_sub:
    file: ./secrets/sky_sub.txt
''', aid=uuid4(r), S=S, dom=domain(r))
    return 'docker-compose.yml', t, True


@ptpl('py_bloomerang', 'bloomerang', 'api_key', 'py', True, g_hex32, 'BLOOMERANG_API_KEY')
def _(r, S, neg):
    a, conv = nm(r, ['BLOOMERANG_API_KEY', 'BLOOMERANG_PRIVATE_KEY'], ['crm_key', 'BLM'])
    t = fill('''
"""Push event registrations from the website into Bloomerang as interactions."""
import json
import sys
import urllib.request

@@a@@ = @@S@@
API = "https://api.bloomerang.co/v2"


def post(path, payload):
    req = urllib.request.Request(API + path, data=json.dumps(payload).encode(), method="POST")
    req.add_header("X-API-KEY", @@a@@)
    req.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(req) as resp:
        return json.load(resp)


if __name__ == "__main__":
    for row in json.load(open(sys.argv[1])):
        post("/interaction", {"AccountId": row["account"], "Channel": "Website", "Purpose": "Event"})
''', a=a, S=Q(S))
    return 'integrations/bloomerang_push.py', t, conv


@ptpl('gs_bloomerang', 'bloomerang', 'api_key', 'gs', True, g_hex32, 'BLOOMERANG_API_KEY')
def _(r, S, neg):
    t = fill('''
// Lookup.gs - "Find donor" sidebar for the development team's Google Sheet
function findConstituent(search) {
  var resp = UrlFetchApp.fetch(
    'https://api.bloomerang.co/v2/constituents/search?search=' + encodeURIComponent(search),
    { headers: { 'X-API-Key': @@S@@ }, muteHttpExceptions: true }
  );
  return JSON.parse(resp.getContentText()).Results || [];
}

function onOpen() {
  SpreadsheetApp.getUi().createMenu('Donors').addItem('Find donor', 'showSidebar').addToUi();
}
''', S=Q(S, "'"))
    return 'apps-script/Lookup.gs', t, False


@ptpl('rb_donorbox', 'donorbox', 'api_key', 'rb', True, g_donorbox, 'DONORBOX_API_KEY')
def _(r, S, neg):
    t = fill('''
# frozen_string_literal: true
# lib/tasks/donorbox.rake - import recurring donors for the thank-you calls list
require 'net/http'
require 'json'

namespace :donorbox do
  task import: :environment do
    uri = URI('https://donorbox.org/api/v1/plans?per_page=100')
    req = Net::HTTP::Get.new(uri)
    req.basic_auth('@@mail@@', @@S@@)
    res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }
    JSON.parse(res.body).each do |plan|
      Donor.upsert_from_donorbox(plan['donor'], plan['amount'])
    end
  end
end
''', mail=role_email(r), S=Q(S, "'"))
    return 'lib/tasks/donorbox.rake', t, False


@ptpl('sh_donorbox', 'donorbox', 'api_key', 'sh', False, g_donorbox, 'DONORBOX_API_KEY')
def _(r, S, neg):
    t = fill('''
#!/usr/bin/env bash
# weekly: dump Donorbox donations to CSV for the bookkeeper
set -euo pipefail
OUT="exports/donorbox-$(date +%F).json"
mkdir -p exports
curl -sS --user "@@mail@@:@@S@@" \\
  "https://donorbox.org/api/v1/donations?date_from=$(date -d '7 days ago' +%F)&per_page=100" \\
  -o "$OUT"
jq -r '.[] | [.id, .donation_date, .amount, .campaign.name] | @csv' "$OUT" > "${OUT%.json}.csv"
echo "wrote ${OUT%.json}.csv"
''', mail=role_email(r), S=S)
    return 'scripts/donorbox-weekly.sh', t, False


@ptpl('py_givebutter', 'givebutter', 'api_key', 'py', True, g_givebutter, 'GIVEBUTTER_API_KEY')
def _(r, S, neg):
    a, conv = nm(r, ['GIVEBUTTER_API_KEY'], ['gb', 'token'])
    t = fill('''
import requests

@@a@@ = @@S@@
session = requests.Session()
session.headers.update({"Authorization": f"Bearer {@@a@@}", "Accept": "application/json"})


def campaign_totals():
    r = session.get("https://api.givebutter.com/v1/campaigns", timeout=20)
    r.raise_for_status()
    return {c["title"]: c["raised"] for c in r.json()["data"]}


if __name__ == "__main__":
    for title, raised in campaign_totals().items():
        print(f"{title:40} ${raised:>10,.2f}")
''', a=a, S=Q(S))
    return 'reports/givebutter_totals.py', t, conv


@ptpl('yaml_givebutter_wf', 'givebutter', 'api_key', 'yaml', False, g_givebutter, 'GIVEBUTTER_API_KEY')
def _(r, S, neg):
    t = fill('''
name: thermometer
on:
  schedule:
    - cron: "*/30 * * * *"
  workflow_dispatch:

jobs:
  update:
    runs-on: ubuntu-latest
    env:
      GIVEBUTTER_API_KEY: "@@S@@"
      CAMPAIGN_CODE: "@@code@@"
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - run: node scripts/update-thermometer.js
      - run: |
          git config user.name "thermometer-bot"
          git config user.email "bot@@@dom@@"
          git commit -am "Update giving thermometer" || true
          git push
''', S=S, code=rs(r, 6, UPALNUM), dom=domain(r))
    return '.github/workflows/thermometer.yml', t, True


@ptpl('json_sf_app', 'salesforce', 'oauth_client_secret', 'json', False, g_sf_secret, 'SF_CONSUMER_SECRET',
      pub=[g_sf_key])
def _(r, S, neg):
    t = fill('''
{
  "instanceUrl": "https://@@org@@.my.salesforce.com",
  "loginUrl": "https://login.salesforce.com",
  "apiVersion": "59.0",
  "connectedApp": {
    "consumerKey": "@@ck@@",
    "consumerSecret": "@@S@@",
    "callbackUrl": "http://localhost:1717/OauthRedirect"
  },
  "npsp": {
    "defaultRecordType": "Donation",
    "householdAccountModel": true
  }
}
''', org=slug(church(r)).replace('-', '')[:16], ck=g_sf_key(r), S=S)
    return 'sfdx/npsp-sync.config.json', t, True


@ptpl('py_sf_session', 'salesforce', 'access_token', 'py', True, g_sf_token, 'SF_ACCESS_TOKEN')
def _(r, S, neg):
    t = fill('''
from simple_salesforce import Salesforce

# quick one-off: fix gift designations imported with the wrong GAU
sf = Salesforce(instance_url="https://@@org@@.my.salesforce.com",
                session_id=@@S@@)

rows = sf.query_all("SELECT Id, npsp__General_Accounting_Unit__c FROM npsp__Allocation__c WHERE CreatedDate = LAST_N_DAYS:7")
for rec in rows["records"]:
    if rec["npsp__General_Accounting_Unit__c"] == "@@gau@@":
        sf.npsp__Allocation__c.update(rec["Id"], {"npsp__General_Accounting_Unit__c": "@@gau2@@"})
''', org=slug(church(r)).replace('-', '')[:16], S=Q(S), gau='a0B' + rs(r, 15, ALNUM), gau2='a0B' + rs(r, 15, ALNUM))
    return 'scripts/fix_gau.py', t, False


@ptpl('props_sf_ant', 'salesforce', 'password', 'properties', False,
      lambda r: g_password(r).replace('=', '').replace(':', '') + rs(r, 24, ALNUM), 'SF_PASSWORD')
def _(r, S, neg):
    t = fill('''
# build.properties - Salesforce Ant Migration Tool (NPSP customisations)
# sf.password is the password with the security token appended
sf.username = @@user@@
sf.password = @@S@@
sf.serverurl = https://login.salesforce.com
sf.maxPoll = 200
sf.pollWaitMillis = 10000
''', user='admin@' + domain(r), S=S)
    return 'salesforce/build.properties', t, True


# --- ChMS / giving platforms -------------------------------------------------
@ptpl('py_ccb', 'church-community-builder', 'password', 'py', True, g_alnum_pw, 'CCB_API_PASSWORD')
def _(r, S, neg):
    sub = slug(church(r)).split('-')[0]
    t = fill('''
"""Export small-group attendance from CCB for the pastoral care report."""
import xml.etree.ElementTree as ET
import requests

CCB_URL = "https://@@sub@@.ccbchurch.com/api.php"


def attendance(group_id, start, end):
    resp = requests.get(
        CCB_URL,
        params={"srv": "attendance_profiles", "start_date": start, "end_date": end},
        auth=("carereport", @@S@@),
        timeout=60,
    )
    resp.raise_for_status()
    root = ET.fromstring(resp.content)
    return [e.findtext("occurrence") for e in root.iter("event") if e.get("group_id") == str(group_id)]
''', sub=sub, S=Q(S))
    return 'care/ccb_attendance.py', t, False


@ptpl('py_breeze', 'breeze-chms', 'api_key', 'py', True, g_hex32, 'BREEZE_API_KEY')
def _(r, S, neg):
    sub = slug(church(r)).split('-')[0]
    t = fill('''
from breeze import breeze

# birthdays.py - emails the pastor a list of this week's birthdays
api = breeze.BreezeApi(
    breeze_url="https://@@sub@@.breezechms.com",
    api_key=@@S@@,
)

people = api.get_people(details=True)
for p in people:
    bday = p.get("details", {}).get("birthdate")
    if bday:
        print(p["first_name"], p["last_name"], bday)
''', sub=sub, S=Q(S))
    return 'pastoral/birthdays.py', t, False


@ptpl('json_tithely', 'tithely', 'api_key', 'json', False, g_tithely_secret, 'TITHELY_SECRET_KEY')
def _(r, S, neg):
    a, conv = nm(r, ['secret_key', 'private_key'], ['key2', 'tly_auth'])
    t = fill('''
{
  "organization_id": "@@oid@@",
  "environment": "live",
  "public_key": "@@pk@@",
  "@@a@@": "@@S@@",
  "funds": {
    "tithe": "@@f1@@",
    "missions": "@@f2@@",
    "building": "@@f3@@"
  },
  "sync_to": "breeze"
}
''', oid=r.randint(100000, 999999), pk=rs(r, 40, ALNUM), a=a, S=S,
        f1=r.randint(1000, 9999), f2=r.randint(1000, 9999), f3=r.randint(1000, 9999))
    return 'config/tithely.json', t, conv


@ptpl('js_pushpay', 'pushpay', 'oauth_client_secret', 'js', True, g_pushpay_secret, 'PUSHPAY_CLIENT_SECRET')
def _(r, S, neg):
    a, conv = nm(r, ['PUSHPAY_CLIENT_SECRET', 'clientSecret'], ['ppSecret', 'k2'])
    t = fill('''
// pushpay-token.js - client-credentials token for the recurring-gift report
const axios = require('axios');

const CLIENT_ID = '@@cid@@';
const @@a@@ = @@S@@;

async function getToken() {
  const body = new URLSearchParams({ grant_type: 'client_credentials', scope: 'read' });
  const res = await axios.post('https://auth.pushpay.com/pushpay/oauth/token', body, {
    auth: { username: CLIENT_ID, password: @@a@@ },
  });
  return res.data.access_token;
}

module.exports = { getToken };
''', cid=slug(church(r))[:16] + '-reports', a=a, S=Q(S, "'"))
    return 'src/pushpay-token.js', t, conv


@ptpl('yaml_pushpay_k8s', 'pushpay', 'oauth_client_secret', 'yaml', False, g_pushpay_secret, 'PUSHPAY_CLIENT_SECRET')
def _(r, S, neg):
    t = fill('''
apiVersion: v1
kind: Secret
metadata:
  name: giving-sync
  namespace: church-apps
type: Opaque
stringData:
  PUSHPAY_CLIENT_ID: "@@cid@@"
  PUSHPAY_CLIENT_SECRET: "@@S@@"
  PUSHPAY_CAMPUS: "@@mk@@"
''', cid=slug(church(r))[:14] + '-sync', S=S, mk=pick(r, ['North', 'Downtown', 'Online', 'Main']))
    return 'k8s/giving-sync-secret.yaml', t, True


@ptpl('py_subsplash', 'subsplash', 'api_key', 'py', True, g_subsplash, 'SUBSPLASH_API_TOKEN')
def _(r, S, neg):
    t = fill('''
# media_push.py - publish the sermon audio to the church app after editing
import requests

APP_KEY = "@@ak@@"
headers = {"Authorization": "Bearer " + @@S@@}

def publish(title, mp3_url, speaker):
    payload = {"app_key": APP_KEY, "title": title, "audio_url": mp3_url, "speaker": speaker}
    r = requests.post("https://core.subsplash.com/media/v1/media-items", json=payload, headers=headers)
    r.raise_for_status()
    return r.json()["id"]
''', ak=rs(r, 6, UPALNUM), S=Q(S))
    return 'media/media_push.py', t, False


@ptpl('py_signupgenius', 'signupgenius', 'api_key', 'py', True, g_sug, 'SIGNUPGENIUS_USER_KEY')
def _(r, S, neg):
    a, conv = nm(r, ['SIGNUPGENIUS_USER_KEY', 'SUG_API_KEY'], ['volunteer_key', 'sk'])
    t = fill('''
"""Copy VBS volunteer slots from SignUpGenius into the check-in roster."""
import requests

@@a@@ = @@S@@
BASE = "https://api.signupgenius.com/v2/k"


def signups():
    r = requests.get(f"{BASE}/signups/created/active/", params={"user_key": @@a@@}, timeout=30)
    r.raise_for_status()
    return r.json()["data"]


for s in signups():
    print(s["signupid"], s["title"])
''', a=a, S=Q(S))
    return 'vbs/signupgenius_sync.py', t, conv


# --- mail / marketing --------------------------------------------------------
@ptpl('py_mailchimp', 'mailchimp', 'api_key', 'py', True, g_mailchimp, 'MAILCHIMP_API_KEY')
def _(r, S, neg):
    t = fill('''
import mailchimp_marketing as MailchimpMarketing
from mailchimp_marketing.api_client import ApiClientError

client = MailchimpMarketing.Client()
client.set_config({
    "api_key": @@S@@,
    "server": "us@@dc@@",
})

AUDIENCE = "@@lid@@"   # "Parish News"


def add_member(email, first, last):
    try:
        client.lists.add_list_member(AUDIENCE, {
            "email_address": email, "status": "subscribed",
            "merge_fields": {"FNAME": first, "LNAME": last},
        })
    except ApiClientError as e:
        print("mailchimp:", e.text)
''', S=Q(S), dc=r.randint(1, 21), lid=rs(r, 10, HEX))
    return 'newsletter/mc_add.py', t, False


@ptpl('ini_mailchimp', 'mailchimp', 'api_key', 'ini', False, g_mailchimp, 'MAILCHIMP_API_KEY')
def _(r, S, neg):
    a, conv = nm(r, ['apikey', 'api_key'], ['token', 'auth'])
    t = fill('''
; sync.ini - ChMS -> newsletter audience sync
[general]
log_file = logs/sync.log
dry_run = false

[chms]
provider = breeze
subdomain = @@sub@@

[mailchimp]
@@a@@ = @@S@@
audience_id = @@lid@@
tag_members = Members
tag_visitors = First-time guests
''', sub=slug(church(r)).split('-')[0], a=a, S=S, lid=rs(r, 10, HEX))
    return 'sync/sync.ini', t, conv


@ptpl('js_mandrill', 'mailchimp', 'api_key', 'js', True, g_mandrill, 'MANDRILL_API_KEY')
def _(r, S, neg):
    t = fill('''
// receipts.js - immediate donation receipt through Mailchimp Transactional
const mailchimpTx = require('@mailchimp/mailchimp_transactional')(@@S@@);

async function sendReceipt(donor, gift) {
  return mailchimpTx.messages.sendTemplate({
    template_name: 'donation-receipt',
    template_content: [],
    message: {
      to: [{ email: donor.email, name: donor.name }],
      global_merge_vars: [
        { name: 'AMOUNT', content: gift.amount },
        { name: 'FUND', content: gift.fund },
      ],
    },
  });
}
module.exports = { sendReceipt };
''', S=Q(S, "'"))
    return 'lib/receipts.js', t, False


@ptpl('py_ctct', 'constant-contact', 'oauth_client_secret', 'py', True, g_ctct_secret, 'CTCT_CLIENT_SECRET',
      pub=[uuid4])
def _(r, S, neg):
    a, conv = nm(r, ['CTCT_CLIENT_SECRET', 'CLIENT_SECRET'], ['cc_s', 'app_pw'])
    t = fill('''
import base64
import requests

CTCT_API_KEY = "@@cid@@"          # = client_id
@@a@@ = @@S@@
REFRESH_FILE = ".ctct_refresh"


def refresh():
    basic = base64.b64encode(f"{CTCT_API_KEY}:{@@a@@}".encode()).decode()
    rt = open(REFRESH_FILE).read().strip()
    r = requests.post(
        "https://authz.constantcontact.com/oauth2/default/v1/token",
        headers={"Authorization": "Basic " + basic},
        data={"grant_type": "refresh_token", "refresh_token": rt},
    )
    r.raise_for_status()
    open(REFRESH_FILE, "w").write(r.json()["refresh_token"])
    return r.json()["access_token"]
''', cid=uuid4(r), a=a, S=Q(S))
    return 'email/ctct_auth.py', t, conv


@ptpl('py_sendgrid', 'sendgrid', 'api_key', 'py', True, g_sendgrid, 'SENDGRID_API_KEY')
def _(r, S, neg):
    t = fill('''
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient(@@S@@)


def volunteer_reminder(to_email, name, role, when):
    msg = Mail(
        from_email="@@frm@@",
        to_emails=to_email,
        subject=f"Reminder: you're serving as {role} on {when}",
        html_content=f"<p>Hi {name}, thank you for serving! Please arrive 20 minutes early.</p>",
    )
    return sg.send(msg).status_code
''', S=Q(S), frm=role_email(r))
    return 'reminders/send.py', t, False


@ptpl('yaml_smtp', 'smtp', 'smtp_password', 'yaml', False, g_password, 'SMTP_PASSWORD')
def _(r, S, neg):
    a, conv = nm(r, ['smtp_password', 'password'], ['secret', 'pw'])
    dom = domain(r)
    t = fill('''
# config/mail.yml - outgoing mail for the food pantry scheduler
default: &default
  delivery_method: smtp
  smtp:
    address: smtp.office365.com
    port: 587
    user_name: "@@user@@"
    @@a@@: "@@S@@"
    authentication: login
    enable_starttls_auto: true
  from: "Pantry Scheduling <@@user@@>"

production:
  <<: *default
''', user=role_email(r, dom), a=a, S=S)
    return 'config/mail.yml', t, conv


@ptpl('json_gmail_app', 'google', 'smtp_password', 'json', False, lambda r: g_gmail_app(r, True), 'GMAIL_APP_PASSWORD')
def _(r, S, neg):
    t = fill('''
{
  "transport": {
    "service": "gmail",
    "auth": {
      "user": "@@user@@",
      "pass": "@@S@@"
    }
  },
  "defaults": {
    "from": "\\"Youth Ministry\\" <@@user@@>",
    "replyTo": "@@reply@@"
  },
  "permissionSlipReminderDays": [7, 2]
}
''', user=role_email(r), S=S, reply=email(r))
    return 'youth-forms/mailer.json', t, False


@ptpl('rb_postmark', 'postmark', 'api_key', 'rb', True, uuid4, 'POSTMARK_API_TOKEN')
def _(r, S, neg):
    t = fill('''
# config/initializers/postmark.rb
Rails.application.configure do
  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = {
    api_token: @@S@@
  }
  config.action_mailer.default_url_options = { host: 'serve.@@dom@@', protocol: 'https' }
end
''', S=Q(S, "'"), dom=domain(r))
    return 'config/initializers/postmark.rb', t, True


@ptpl('sh_mailgun', 'mailgun', 'api_key', 'sh', False, g_mailgun, 'MAILGUN_API_KEY')
def _(r, S, neg):
    dom = domain(r)
    t = fill('''
#!/bin/sh
# prayer-chain.sh - send tonight's prayer chain email to the list
MG_DOMAIN="mg.@@dom@@"
curl -s --user "api:@@S@@" \\
  "https://api.mailgun.net/v3/$MG_DOMAIN/messages" \\
  -F from="Prayer Chain <prayer@$MG_DOMAIN>" \\
  -F to="prayerchain@$MG_DOMAIN" \\
  -F subject="Prayer requests for $(date +%A)" \\
  -F text=@/var/lib/prayer/tonight.txt
''', dom=dom, S=S)
    return 'bin/prayer-chain.sh', t, False


# --- payments ----------------------------------------------------------------
@ptpl('js_paypal', 'paypal', 'oauth_client_secret', 'js', True, g_paypal_secret, 'PAYPAL_CLIENT_SECRET',
      pub=[g_paypal_id])
def _(r, S, neg):
    a, conv = nm(r, ['PAYPAL_CLIENT_SECRET', 'clientSecret'], ['appSecret', 'ppKey'])
    t = fill('''
// server/paypal.js - Orders v2 for the camp-registration deposit
const PAYPAL_API = 'https://api-m.paypal.com';
const clientId = '@@cid@@';
const @@a@@ = @@S@@;

async function accessToken() {
  const auth = Buffer.from(clientId + ':' + @@a@@).toString('base64');
  const res = await fetch(`${PAYPAL_API}/v1/oauth2/token`, {
    method: 'POST',
    body: 'grant_type=client_credentials',
    headers: { Authorization: `Basic ${auth}` },
  });
  return (await res.json()).access_token;
}

module.exports = { accessToken };
''', cid=g_paypal_id(r), a=a, S=Q(S, "'"))
    return 'server/paypal.js', t, conv


@ptpl('toml_paypal', 'paypal', 'oauth_client_secret', 'toml', False, g_paypal_secret, 'PAYPAL_CLIENT_SECRET')
def _(r, S, neg):
    a, conv = nm(r, ['client_secret'], ['token_b', 'pw'])
    t = fill('''
# gala.toml - auction checkout
[event]
name = "Spring Gala @@y@@"
tables = @@tb@@

[paypal]
mode = "live"
client_id = "@@cid@@"
@@a@@ = "@@S@@"
webhook_id = "@@wh@@"
''', y=r.randint(2023, 2026), tb=r.randint(12, 40), cid=g_paypal_id(r), a=a, S=S, wh=rs(r, 17, UPALNUM))
    return 'gala/gala.toml', t, conv


@ptpl('py_stripe', 'stripe', 'api_key', 'py', True, g_stripe_sk, 'STRIPE_SECRET_KEY',
      pub=[lambda r: STRIPE_DOC_SK, g_pk_live])
def _(r, S, neg):
    t = fill('''
import stripe

stripe.api_key = @@S@@

FUND_PRICES = {
    "general": "price_@@p1@@",
    "missions": "price_@@p2@@",
}


def monthly_gift(customer_id, fund, cents):
    return stripe.Subscription.create(
        customer=customer_id,
        items=[{"price_data": {"currency": "usd", "unit_amount": cents,
                               "recurring": {"interval": "month"},
                               "product": "prod_@@prod@@"}}],
        metadata={"fund": fund},
    )
''', S=Q(S), p1=rs(r, 24, ALNUM), p2=rs(r, 24, ALNUM), prod=rs(r, 14, ALNUM))
    return 'giving/recurring.py', t, True


@ptpl('compose_stripe', 'stripe', 'api_key', 'yaml', False, g_stripe_sk, 'STRIPE_SECRET_KEY',
      pub=[lambda r: STRIPE_DOC_SK])
def _(r, S, neg):
    t = fill('''
services:
  web:
    image: ghcr.io/@@org@@/giving-site:latest
    ports:
      - "8080:8080"
    environment:
      - NODE_ENV=production
      - STRIPE_PUBLISHABLE_KEY=@@pk@@
      - STRIPE_SECRET_KEY=@@S@@
      - DATABASE_URL=postgres://giving@db:5432/giving
    depends_on:
      - db
  db:
    image: postgres:16
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata:
''', org=slug(church(r))[:16], pk=g_pk_live(r), S=S)
    return pick(r, ['docker-compose.prod.yml', 'deploy/compose.yaml']), t, True


@ptpl('js_stripe_whsec', 'stripe', 'webhook_secret', 'js', True, g_whsec, 'STRIPE_WEBHOOK_SECRET')
def _(r, S, neg):
    t = fill('''
const express = require('express');
const stripe = require('stripe')(process.env.STRIPE_KEY);
const app = express();

// This is your Stripe CLI webhook secret for testing your endpoint locally.
const endpointSecret = @@S@@;

app.post('/webhook', express.raw({ type: 'application/json' }), (request, response) => {
  const sig = request.headers['stripe-signature'];
  let event;
  try {
    event = stripe.webhooks.constructEvent(request.body, sig, endpointSecret);
  } catch (err) {
    response.status(400).send(`Webhook Error: ${err.message}`);
    return;
  }
  if (event.type === 'checkout.session.completed') {
    recordGift(event.data.object);
  }
  response.send();
});

app.listen(4242, () => console.log('Running on port 4242'));
''', S=Q(S, "'"))
    return 'webhooks/server.js', t, True


@ptpl('tf_stripe', 'stripe', 'api_key', 'tf', True, g_stripe_rk, 'STRIPE_API_KEY')
def _(r, S, neg):
    t = fill('''
terraform {
  required_providers {
    stripe = {
      source  = "lukasaron/stripe"
      version = "~> 1.9"
    }
  }
}

provider "stripe" {
  api_key = @@S@@
}

resource "stripe_product" "gala_ticket" {
  name        = "Spring Gala Ticket"
  description = "Dinner and auction"
}

resource "stripe_price" "gala_ticket" {
  product     = stripe_product.gala_ticket.id
  currency    = "usd"
  unit_amount = @@amt@@
}
''', S=Q(S), amt=r.randint(50, 250) * 100)
    return 'infra/stripe/main.tf', t, False


@ptpl('json_square', 'square', 'access_token', 'json', False, g_square, 'SQUARE_ACCESS_TOKEN')
def _(r, S, neg):
    a, conv = nm(r, ['accessToken', 'square_access_token'], ['posToken', 'token'])
    t = fill('''
{
  "store": "Fellowship Hall Cafe & Bookstore",
  "square": {
    "environment": "production",
    "applicationId": "sq0idp-@@app@@",
    "locationId": "@@loc@@",
    "@@a@@": "@@S@@"
  },
  "exportFolder": "G:/Shared drives/Finance/Cafe",
  "categories": ["Coffee", "Books", "Fundraiser"]
}
''', app=rs(r, 22, B64URL), loc=rs(r, 13, UPALNUM), a=a, S=S)
    return 'cafe-sync/config.json', t, conv


# --- livestream ----------------------------------------------------------------
@ptpl('obs_yt_service', 'youtube', 'stream_key', 'json', False, g_yt, 'YOUTUBE_STREAM_KEY')
def _(r, S, neg):
    t = fill('''
{
    "settings": {
        "bwtest": false,
        "key": "@@S@@",
        "server": "rtmp://a.rtmp.youtube.com/live2",
        "service": "YouTube - RTMPS"
    },
    "type": "rtmp_common"
}
''', S=S)
    return 'obs/basic/profiles/Sunday_Service/service.json', t, False


@ptpl('obs_fb_service', 'facebook', 'stream_key', 'json', False, g_fb, 'FACEBOOK_STREAM_KEY')
def _(r, S, neg):
    t = fill('''
{
    "settings": {
        "bwtest": false,
        "key": "@@S@@",
        "server": "rtmps://live-api-s.facebook.com:443/rtmp/",
        "service": "Facebook Live",
        "use_auth": false
    },
    "type": "rtmp_common"
}
''', S=S)
    return 'obs-backup/profiles/Facebook_Backup/service.json', t, False


@ptpl('md_stream_howto', 'youtube', 'stream_key', 'md', False, g_yt, 'YOUTUBE_STREAM_KEY')
def _(r, S, neg):
    t = fill('''
# Sunday livestream checklist (media booth)

1. Turn on the ATEM, then the streaming PC. Log in as **media**.
2. Open OBS -> Profile **Sunday Service**, Scene Collection **Main Sanctuary**.
3. If OBS lost its settings: Settings -> Stream
   - Service: YouTube - RTMPS
   - Server: Primary YouTube ingest server
   - Stream key: `@@S@@`
4. Audio: make sure "Board Feed" peaks around -12 dB during the opening song.
5. Start streaming at **@@tm@@**. Start recording too (for the podcast).
6. After the benediction, stop streaming and upload the recording to the shared drive.

Questions -> @@who@@ (@@mail@@)
''', S=S, tm=pick(r, ['9:25', '10:20', '10:50', '8:55']), who=person(r), mail=email(r))
    return 'docs/media/livestream-checklist.md', t, False


@ptpl('sh_ffmpeg_yt', 'youtube', 'stream_key', 'sh', False, g_yt, 'YOUTUBE_STREAM_KEY')
def _(r, S, neg):
    t = fill('''
#!/usr/bin/env bash
# Restream the overflow-room camera (RTSP) to YouTube when OBS is not available.
CAM="rtsp://192.168.@@n@@.40:554/stream1"
ffmpeg -rtsp_transport tcp -i "$CAM" \\
  -c:v libx264 -preset veryfast -b:v 4500k -maxrate 4500k -bufsize 9000k -g 60 \\
  -c:a aac -b:a 128k -ar 44100 \\
  -f flv "rtmp://a.rtmp.youtube.com/live2/@@S@@"
''', n=r.randint(0, 9), S=S)
    return 'scripts/overflow-stream.sh', t, False


@ptpl('nginx_twitch', 'twitch', 'stream_key', 'conf', False, g_twitch, 'TWITCH_STREAM_KEY')
def _(r, S, neg):
    t = fill('''
# /etc/nginx/nginx.conf (rtmp block) - fan out the youth-night stream
rtmp {
    server {
        listen 1935;
        chunk_size 4096;
        application live {
            live on;
            record off;
            allow publish 10.0.0.0/8;
            deny publish all;
            push rtmp://live.twitch.tv/app/@@S@@;
            push rtmp://127.0.0.1/archive;
        }
    }
}
''', S=S)
    return 'streaming/nginx-rtmp.conf', t, False


@ptpl('yaml_vimeo', 'vimeo', 'access_token', 'yaml', False, g_hex32, 'VIMEO_ACCESS_TOKEN')
def _(r, S, neg):
    a, conv = nm(r, ['vimeo_access_token', 'access_token'], ['upload_auth', 'vt'])
    t = fill('''
# sermon-uploader config
watch_folder: "D:/Recordings/Sunday"
rename_pattern: "{date} - {series} - {speaker}"
vimeo:
  @@a@@: "@@S@@"
  folder_id: @@fid@@
  privacy: unlisted
  embed_domains:
    - @@dom@@
podcast:
  feed: https://@@dom@@/podcast.xml
''', a=a, S=S, fid=r.randint(1000000, 19999999), dom=domain(r))
    return 'uploader/config.yaml', t, conv


@ptpl('gs_youtube_key', 'google', 'api_key', 'gs', True, g_google_key, 'YOUTUBE_API_KEY')
def _(r, S, neg):
    a, conv = nm(r, ['YOUTUBE_API_KEY', 'API_KEY'], ['KEY', 'ytk'])
    t = fill('''
// Live.gs - updates the "Watch live" link on the website sheet every Sunday morning
var @@a@@ = @@S@@;
var CHANNEL_ID = 'UC@@ch@@';

function findLiveVideo() {
  var url = 'https://www.googleapis.com/youtube/v3/search?part=id&eventType=live&type=video' +
            '&channelId=' + CHANNEL_ID + '&key=' + @@a@@;
  var items = JSON.parse(UrlFetchApp.fetch(url).getContentText()).items;
  if (items.length) {
    SpreadsheetApp.getActive().getRange('Web!B2').setValue('https://youtu.be/' + items[0].id.videoId);
  }
}
''', a=a, S=Q(S, "'"), ch=rs(r, 22, B64URL))
    return 'apps-script/Live.gs', t, conv


# --- hosting / databases -----------------------------------------------------
@ptpl('yaml_db_url', 'postgres', 'db_password', 'yaml', False,
      lambda r: rs(r, r.randint(16, 28), ALNUM), 'DATABASE_URL')
def _(r, S, neg):
    t = fill('''
services:
  - type: web
    name: volunteer-scheduler
    env: python
    plan: starter
    buildCommand: pip install -r requirements.txt
    startCommand: gunicorn scheduler.wsgi
    envVars:
      - key: DJANGO_SETTINGS_MODULE
        value: scheduler.settings.prod
      - key: DATABASE_URL
        value: postgres://scheduler:@@S@@@dpg-@@h@@-a.oregon-postgres.render.com/scheduler
      - key: TIME_ZONE
        value: America/Denver
''', S=S, h=rs(r, 20, LOWALNUM))
    return 'render.yaml', t, True


@ptpl('js_mongo', 'mongodb', 'db_password', 'js', False,
      lambda r: rs(r, r.randint(12, 24), ALNUM), 'MONGODB_URI')
def _(r, S, neg):
    t = fill('''
// db.js - attendance counts for the kids ministry dashboard
const mongoose = require('mongoose');

const uri = 'mongodb+srv://kidsdash:@@S@@@cluster0.@@h@@.mongodb.net/attendance?retryWrites=true&w=majority';

mongoose.connect(uri).then(() => console.log('connected')).catch((e) => {
  console.error('mongo connection failed', e.message);
  process.exit(1);
});

module.exports = mongoose;
''', S=S, h=rs(r, 5, LOWALNUM))
    return 'dashboard/db.js', t, False


@ptpl('sql_user', 'mysql', 'db_password', 'sql', False, g_password, 'DB_PASSWORD')
def _(r, S, neg):
    t = fill('''
-- 004_reporting_user.sql
-- Read-only account for the treasurer's Power BI report.
CREATE USER IF NOT EXISTS 'reporting'@'10.20.%' IDENTIFIED BY '@@S@@';
GRANT SELECT ON giving.donations TO 'reporting'@'10.20.%';
GRANT SELECT ON giving.funds TO 'reporting'@'10.20.%';
GRANT SELECT ON giving.households TO 'reporting'@'10.20.%';
FLUSH PRIVILEGES;
''', S=S.replace("'", ''))
    return 'db/migrations/004_reporting_user.sql', t, False


@ptpl('xml_webconfig', 'mssql', 'db_password', 'xml', False, g_password, 'DB_PASSWORD')
def _(r, S, neg):
    t = fill('''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="SiteName" value="@@ch@@" />
    <add key="EnableOnlineRegistration" value="true" />
  </appSettings>
  <connectionStrings>
    <add name="ChurchDb"
         connectionString="Server=sql01\\SQLEXPRESS;Database=ChurchDb;User Id=webapp;Password=@@S@@;TrustServerCertificate=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
''', ch=church(r).replace('&', 'and'), S=S.replace(';', '').replace('&', '').replace('"', '').replace('<', ''))
    return 'Website/Web.config', t, False


@ptpl('ps1_sql', 'mssql', 'db_password', 'ps1', True, g_password, 'SQL_PASSWORD')
def _(r, S, neg):
    t = fill('''
# Backup-ChurchDb.ps1  (Task Scheduler, Sundays 23:00)
Import-Module SqlServer
$server = 'sql01\\SQLEXPRESS'
$stamp  = Get-Date -Format 'yyyyMMdd'
Backup-SqlDatabase -ServerInstance $server -Database 'ChurchDb' -BackupFile "E:\\Backups\\ChurchDb-$stamp.bak"
Invoke-Sqlcmd -ServerInstance $server -Username 'backupsvc' -Password @@S@@ `
    -Query "DELETE FROM dbo.AuditLog WHERE LoggedAt < DATEADD(year, -2, GETDATE())"
''', S=Q(S.replace("'", ''), "'"))
    return 'it/Backup-ChurchDb.ps1', t, False


@ptpl('ansible_vars', 'mysql', 'db_password', 'yaml', False, g_password, 'MYSQL_ROOT_PASSWORD')
def _(r, S, neg):
    a, conv = nm(r, ['mysql_root_password', 'wordpress_db_password'], ['db_admin_pw', 'sql_pw'])
    t = fill('''
---
# group_vars/webservers.yml
nginx_server_name: "@@dom@@ www.@@dom@@"
php_version: "8.2"
wordpress_db_name: wordpress
wordpress_db_user: wp
@@a@@: "@@S@@"
certbot_email: @@mail@@
backup_bucket: s3://@@bk@@-backups
''', dom=domain(r), a=a, S=S.replace('"', ''), mail=role_email(r), bk=slug(church(r))[:16])
    return 'ansible/group_vars/webservers.yml', t, conv


@ptpl('docker_env', 'mysql', 'db_password', 'dockerfile', False, g_password, 'MYSQL_PASSWORD')
def _(r, S, neg):
    t = fill('''
FROM wordpress:6.4-php8.2-apache

ENV WORDPRESS_DB_HOST=db:3306 \\
    WORDPRESS_DB_USER=wordpress \\
    WORDPRESS_DB_PASSWORD="@@S@@" \\
    WORDPRESS_DB_NAME=wordpress

COPY wp-content/themes/@@theme@@ /var/www/html/wp-content/themes/@@theme@@
COPY uploads.ini /usr/local/etc/php/conf.d/uploads.ini
EXPOSE 80
''', S=S.replace('"', '').replace('\\', ''), theme=slug(church(r))[:12] + '-theme')
    return 'Dockerfile', t, True


@ptpl('session_secret', 'express', 'session_secret', 'js', True, g_session, 'SESSION_SECRET')
def _(r, S, neg):
    a, conv = nm(r, ['SESSION_SECRET', 'sessionSecret'], ['cookieKey', 'sigKey'])
    t = fill('''
// app.js - volunteer portal
const express = require('express');
const session = require('express-session');
const app = express();

const @@a@@ = @@S@@;

app.use(session({
  secret: @@a@@,
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, maxAge: 1000 * 60 * 60 * 8 },
}));

app.use('/serve', require('./routes/serve'));
app.listen(process.env.PORT || 3000);
''', a=a, S=Q(S, "'"))
    return 'portal/app.js', t, conv


# --- webhooks / cloud / git --------------------------------------------------
def g_slack_hook(r):
    return 'https://hooks.slack.com/services/T%s/B%s/%s' % (rs(r, r.randint(8, 10), UPALNUM), rs(r, r.randint(8, 10), UPALNUM), rs(r, 24, ALNUM))


def g_discord_hook(r):
    return 'https://discord.com/api/webhooks/%s/%s' % (rs(r, 1, '1') + rs(r, 18, DIG), rs(r, 68, B64URL))


@ptpl('gs_slack', 'slack', 'webhook_url', 'gs', True, g_slack_hook, 'SLACK_WEBHOOK_URL',
      pub=[lambda r: SLACK_DOC_HOOK])
def _(r, S, neg):
    t = fill('''
// FormAlerts.gs - ping #care-team when someone submits the "Request a visit" Google Form
function onFormSubmit(e) {
  var answers = e.namedValues;
  var text = ':pray: New visit request from ' + answers['Name'][0] + ' (' + answers['Best time'][0] + ')';
  UrlFetchApp.fetch(@@S@@, {
    method: 'post',
    contentType: 'application/json',
    payload: JSON.stringify({ text: text })
  });
}
''', S=Q(S, "'"))
    return 'apps-script/FormAlerts.gs', t, False


@ptpl('py_discord', 'discord', 'webhook_url', 'py', True, g_discord_hook, 'DISCORD_WEBHOOK_URL')
def _(r, S, neg):
    a, conv = nm(r, ['DISCORD_WEBHOOK_URL', 'WEBHOOK_URL'], ['CHANNEL', 'youth_room'])
    t = fill('''
"""Post the weekly youth-group schedule to the Discord server."""
import datetime
import requests

@@a@@ = @@S@@

events = [
    ("Wednesday", "7:00 PM", "Youth night - Gym"),
    ("Saturday", "9:00 AM", "Serve day at the pantry"),
]

lines = [f"**{d} {t}** - {what}" for d, t, what in events]
requests.post(@@a@@, json={"content": "This week:\\n" + "\\n".join(lines)}, timeout=10)
print("posted", datetime.date.today())
''', a=a, S=Q(S))
    return 'youth/discord_post.py', t, conv


@ptpl('ini_aws', 'aws', 'cloud_access_key', 'ini', False, g_aws_secret, 'AWS_SECRET_ACCESS_KEY',
      pub=[lambda r: AWS_DOC_SECRET])
def _(r, S, neg):
    t = fill('''
# rclone/duplicati helper credentials for the sermon-archive bucket
[default]
region = us-east-2
output = json

[sermon-archive]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@S@@
region = us-east-2
''', kid=g_aws_id(r), S=S)
    return 'backup/aws-credentials.ini', t, True


@ptpl('sh_github_pat', 'github', 'access_token', 'sh', False, g_ghp, 'GITHUB_TOKEN')
def _(r, S, neg):
    org = slug(church(r))[:18]
    t = fill('''
#!/usr/bin/env bash
# deploy.sh - pull the latest site theme on the web server
set -e
cd /var/www/@@org@@
git remote set-url origin https://@@S@@@github.com/@@org@@/website-theme.git
git fetch origin main
git reset --hard origin/main
sudo systemctl reload php8.2-fpm
echo "deployed $(git rev-parse --short HEAD)"
''', org=org, S=S)
    return 'ops/deploy.sh', t, False


@ptpl('tf_digitalocean', 'digitalocean', 'access_token', 'tf', True, g_do, 'DIGITALOCEAN_TOKEN')
def _(r, S, neg):
    t = fill('''
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.34"
    }
  }
}

variable "do_token" {
  default = @@S@@
}

provider "digitalocean" {
  token = var.do_token
}

resource "digitalocean_droplet" "web" {
  name   = "church-web-01"
  region = "nyc3"
  size   = "s-1vcpu-2gb"
  image  = "ubuntu-22-04-x64"
}
''', S=Q(S))
    return 'infra/do/main.tf', t, True


@ptpl('json_gsa', 'google', 'private_key', 'json', False, None, 'GOOGLE_SERVICE_ACCOUNT')
def _(r, S, neg):
    proj = slug(church(r))[:18] + '-sheets'
    if neg:
        pk = S
    else:
        ch = S
        pk = '-----BEGIN PRIVATE KEY-----\\n' + '\\n'.join(ch) + '\\n-----END PRIVATE KEY-----\\n'
    t = fill('''
{
  "type": "service_account",
  "project_id": "@@proj@@",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "sheets-sync@@@proj@@.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/sheets-sync%40@@proj@@.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
''', proj=proj, kid=rs(r, 40, HEX), pk=pk, cid=rs(r, 21, DIG))
    return 'credentials/service-account.json', t, True


@ptpl('pem_deploy_key', 'ssh', 'private_key', 'pem', False, None, 'SSH_PRIVATE_KEY')
def _(r, S, neg):
    if neg:
        return 'deploy/keys/README.txt', 'Deploy key lives in the IT vault: %s\n' % S, False
    return pick(r, ['deploy/id_rsa', 'ops/keys/webserver_deploy.pem']), \
        '-----BEGIN RSA PRIVATE KEY-----\n' + '\n'.join(S) + '\n-----END RSA PRIVATE KEY-----\n', False


@ptpl('py_cloudinary', 'cloudinary', 'api_key', 'py', False, g_cloudinary, 'CLOUDINARY_URL')
def _(r, S, neg):
    t = fill('''
# settings/production.py (excerpt)
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["@@dom@@"]
CLOUDINARY_URL = "cloudinary://@@k@@:@@S@@@@@cn@@"
DEFAULT_FILE_STORAGE = "cloudinary_storage.storage.MediaCloudinaryStorage"
SERMON_ART_FOLDER = "sermon-series"
''', dom=domain(r), k=rs(r, 15, DIG), S=S, cn=slug(church(r))[:14])
    return 'site/settings/production.py', t, True


@ptpl('py_twilio', 'twilio', 'access_token', 'py', True, g_hex32, 'TWILIO_AUTH_TOKEN')
def _(r, S, neg):
    t = fill('''
from twilio.rest import Client

# text-the-prayer-team: sends an SMS to everyone on the prayer chain list
client = Client("@@sid@@", @@S@@)

def notify(numbers, body):
    for n in numbers:
        client.messages.create(to=n, from_="+1@@ph@@", body=body)
''', sid=g_twilio_sid(r), S=Q(S), ph=rs(r, 10, DIG))
    return 'sms/prayer_chain.py', t, False


@ptpl('csv_credentials', 'misc', 'password', 'csv', False, g_password, 'PASSWORD')
def _(r, S, neg):
    sub = slug(church(r)).split('-')[0]
    rows = ['system,url,username,password,owner,notes',
            'Planning Center,https://login.planningcenteronline.com,%s,see 1Password,%s,SSO via Google' % (role_email(r), person(r)),
            'Breeze,https://%s.breezechms.com,%s,%s,%s,shared admin login (rotate after staff change)' % (sub, role_email(r), S.replace(',', ''), person(r)),
            'YouTube,https://studio.youtube.com,%s,(Google account),%s,brand account' % (role_email(r), person(r)),
            'Router,http://192.168.1.1,admin,on sticker in closet,%s,' % person(r)]
    return 'it/inventory/logins-export.csv', '\n'.join(rows) + '\n', False


ENV_CHOICES = [
    ('STRIPE_SECRET_KEY', 'stripe', 'api_key', g_stripe_sk),
    ('SENDGRID_API_KEY', 'sendgrid', 'api_key', g_sendgrid),
    ('PCO_SECRET', 'planning-center', 'pat_secret', g_pco_pat),
    ('MAILCHIMP_API_KEY', 'mailchimp', 'api_key', g_mailchimp),
    ('BLOOMERANG_API_KEY', 'bloomerang', 'api_key', g_hex32),
]


@ptpl('dotenv', 'misc', 'api_key', 'env', False, None, 'API_KEY')
def _(r, S, neg):
    # S is (name, value); only used for positives (never for negatives, see NEG_SKIP)
    name, val = S
    body = fill('''
# local settings for the giving dashboard
NODE_ENV=production
PORT=3000
APP_URL=https://give.@@dom@@
LOG_LEVEL=info
@@name@@=@@val@@
CHURCH_TIMEZONE=America/Chicago
''', dom=domain(r), name=name, val=val)
    return pick(r, ['.env', '.env.production', 'dashboard/.env', '.env.local']), body, True


@ptpl('http_rest_client', 'givebutter', 'api_key', 'http', False, g_givebutter, 'GIVEBUTTER_API_KEY')
def _(r, S, neg):
    t = fill('''
### Givebutter - list transactions (VS Code REST Client)
GET https://api.givebutter.com/v1/transactions?page=1
Authorization: Bearer @@S@@
Accept: application/json

### single campaign
GET https://api.givebutter.com/v1/campaigns/@@cid@@
Authorization: Bearer @@S@@
''', S=S, cid=r.randint(100000, 999999))
    return 'api-tests/givebutter.http', t, False


@ptpl('md_pco_readme', 'planning-center', 'pat_secret', 'md', False, g_pco_secret, 'PCO_SECRET')
def _(r, S, neg):
    t = fill('''
# Check-in label printer bridge

Prints name tags from Planning Center Check-Ins to the Brother printers in the kids wing.

## Setup

```bash
pip install -r requirements.txt
export PCO_APP_ID=@@aid@@
export PCO_SECRET=@@S@@
python bridge.py --station "Kids Wing 1"
```

The token belongs to the *checkin-bridge* user (Check-Ins: viewer). Ask @@who@@ before changing it.
''', aid=g_pco_id(r), S=S, who=person(r))
    return 'checkin-bridge/README.md', t, True


@ptpl('ps1_bloomerang', 'bloomerang', 'api_key', 'ps1', True, g_hex32, 'BLOOMERANG_API_KEY')
def _(r, S, neg):
    t = fill('''
# Import-EventGuests.ps1 - adds gala guests to Bloomerang as constituents
$csv = Import-Csv -Path .\\gala-guests.csv
$headers = @{ 'X-API-KEY' = @@S@@; 'Content-Type' = 'application/json' }
foreach ($g in $csv) {
    $body = @{ Type = 'Individual'; FirstName = $g.First; LastName = $g.Last;
               PrimaryEmail = @{ Value = $g.Email } } | ConvertTo-Json -Depth 4
    Invoke-RestMethod -Method Post -Uri 'https://api.bloomerang.co/v2/constituent' -Headers $headers -Body $body
}
''', S=Q(S, "'"))
    return 'gala/Import-EventGuests.ps1', t, False


@ptpl('log_smtp_debug', 'smtp', 'smtp_password', 'log', False, g_password, 'SMTP_PASSWORD')
def _(r, S, neg):
    user = role_email(r)
    lines = ['%s [mailer] connecting to smtp.office365.com:587' % ts(r),
             '%s [mailer] STARTTLS ok' % ts(r),
             '%s [mailer] config: {"host": "smtp.office365.com", "port": 587, "user": "%s", "pass": "%s", "secure": false}' % (ts(r), user, S),
             '%s [mailer] 235 2.7.0 Authentication successful' % ts(r),
             '%s [mailer] queued receipt for gift #%d' % (ts(r), r.randint(10000, 99999)),
             '%s [mailer] queued receipt for gift #%d' % (ts(r), r.randint(10000, 99999))]
    return 'logs/receipts-mailer.log', '\n'.join(lines) + '\n', False


# special generators / needle rules
for _t in POS:
    _t['needle_of'] = None
    if _t['name'] == 'json_gsa':
        _t['gen'] = g_pkcs8_chunks
        _t['needle_of'] = lambda S: S[0]
    elif _t['name'] == 'pem_deploy_key':
        _t['gen'] = g_rsa_chunks
        _t['needle_of'] = lambda S: S[0]
    elif _t['name'] == 'dotenv':
        _t['needle_of'] = lambda S: S[1]

NEG_SKIP = ('dotenv',)      # never reuse the .env template for negatives


# ----------------------------------------------------- negative slot fillers --
PLACEHOLDERS = ['<your-key>', 'YOUR_API_KEY_HERE', 'changeme', 'xxxxxxxxxxxxxxxxxxxxxxxx',
                '<PASTE_SECRET_HERE>', 'your-secret-here', 'REPLACE_ME', 'TODO',
                'XXXX-XXXX-XXXX-XXXX-XXXX', 'insert-key', '<stream key>', 'secret',
                'password', 'dummy', 'test', 'example', '...', 'put your unique phrase here']
MASKED = ['****', '********************************', '[REDACTED]', '<redacted>',
          '••••••••••••', '[hidden]', '(removed)', '*** see vault ***']


def env_refs(lang, env):
    low = env.lower()
    if lang == 'py':
        return [Raw('os.environ["%s"]' % env), Raw('os.getenv("%s")' % env), Raw('settings.%s' % env)]
    if lang == 'js':
        return [Raw('process.env.%s' % env), Raw("process.env['%s']" % env), Raw('config.get(\'%s\')' % low)]
    if lang == 'gs':
        return [Raw("PropertiesService.getScriptProperties().getProperty('%s')" % env)]
    if lang == 'php':
        return [Raw("getenv( '%s' )" % env), Raw("$_ENV['%s']" % env), Raw("get_option( '%s' )" % low)]
    if lang == 'ps1':
        return [Raw('$env:%s' % env), Raw("(Get-Secret -Name '%s' -AsPlainText)" % env)]
    if lang == 'rb':
        return [Raw("ENV['%s']" % env), Raw("ENV.fetch('%s')" % env), Raw('Rails.application.credentials.%s' % low)]
    if lang == 'cs':
        return [Raw('Environment.GetEnvironmentVariable("%s")' % env), Raw('config["%s"]' % env)]
    if lang == 'tf':
        return [Raw('var.%s' % low)]
    return []


def text_refs(env):
    low = env.lower()
    return ['${%s}' % env, '$%s' % env, '${{ secrets.%s }}' % env, '{{ .Values.%s }}' % low.replace('_', ''),
            '{{ %s }}' % low, '<%%= ENV["%s"] %%>' % env, '%%(%s)s' % low, '#{%s}' % env,
            'op://Church IT/%s/credential' % env.split('_')[0].title(),
            'vault:secret/data/church/%s#value' % low,
            'projects/church-it/secrets/%s/versions/latest' % low.replace('_', '-'),
            'arn:aws:secretsmanager:us-east-1:000000000000:secret:%s' % low.replace('_', '-')]


DOC_VALUES = (STRIPE_DOC_SK, STRIPE_DOC_PK, AWS_DOC_ID, AWS_DOC_SECRET, RECAPTCHA_TEST_SITE,
              RECAPTCHA_TEST_SECRET, SLACK_DOC_HOOK, JWT_DOC)
FILL_CATS = ['placeholder', 'empty', 'masked', 'env_ref', 'secret_manager', 'template_expr', 'public_or_doc']


def neg_filler(r, t, cat):
    """Return (value, kind) for template t's secret slot."""
    env = t['env']
    if cat == 'public_or_doc' and t['pub']:
        v = pick(r, t['pub'])(r)
        return v, ('doc_example' if v in DOC_VALUES else 'public_value')
    if cat == 'public_or_doc':
        cat = 'placeholder'
    if cat == 'empty':
        return '', 'empty'
    if cat == 'masked':
        v = pick(r, MASKED)
        if t['provider'] == 'stripe' and r.random() < 0.5:
            v = 'sk_live_' + '*' * 24
        return v, 'masked'
    if cat == 'env_ref':
        refs = env_refs(t['lang'], env) if t['q'] else []
        if refs and r.random() < 0.8:
            return pick(r, refs), 'env_ref'
        return pick(r, text_refs(env)[:2]), 'env_ref'
    if cat == 'secret_manager':
        return pick(r, text_refs(env)[8:]), 'secret_manager_ref'
    if cat == 'template_expr':
        return pick(r, text_refs(env)[2:8]), 'template_expr'
    return pick(r, PLACEHOLDERS), 'placeholder'


# ------------------------------------------------------ look-alike negatives --
LOOK = []


def ntpl(provider, kind):
    def deco(fn):
        LOOK.append(dict(provider=provider, kind=kind, render=fn, name=fn.__name__))
        return fn
    return deco


def fake_ein(r): return '%02d-%07d' % (r.randint(10, 99), r.randint(1000000, 9999999))
def sha256h(r): return hashlib.sha256(rbytes(r, 32)).hexdigest()
def sha1h(r): return hashlib.sha1(rbytes(r, 20)).hexdigest()
def md5h(r): return hashlib.md5(rbytes(r, 16)).hexdigest()
def sf_id(r, pfx): return pfx + '5' + rs(r, 11, ALNUM) + rs(r, 3, UPALNUM)


@ntpl('chms', 'donor_id')
def n_donor_csv(r):
    rows = ['donor_id,household_id,first_name,last_name,fund,amount,method,check_no,date,batch']
    for _ in range(r.randint(8, 20)):
        m = pick(r, ['check', 'card', 'ach', 'cash'])
        rows.append('%d,HH-%06d,%s,%s,%s,%s,%s,%s,%s,B%s-%02d' % (
            r.randint(100000, 999999), r.randint(1, 999999), pick(r, FIRST), pick(r, LAST),
            pick(r, FUNDS), amount(r), m, r.randint(1000, 9999) if m == 'check' else '',
            date(r), date(r).replace('-', '')[:6], r.randint(1, 9)))
    return 'exports/contributions-%s.csv' % date(r), '\n'.join(rows) + '\n'


@ntpl('stripe', 'object_id')
def n_stripe_payouts(r):
    rows = ['id,type,amount,fee,net,currency,created,source,customer,description']
    for _ in range(r.randint(6, 14)):
        rows.append('txn_%s,charge,%s,%.2f,%s,usd,%s,ch_%s,cus_%s,Gift - %s' % (
            rs(r, 24, ALNUM), amount(r), r.random() * 5, amount(r), ts(r),
            rs(r, 24, ALNUM), rs(r, 14, ALNUM), pick(r, FUNDS)))
    return 'finance/stripe/balance-history-%s.csv' % date(r)[:7], '\n'.join(rows) + '\n'


@ntpl('stripe', 'publishable_key')
def n_stripe_pk(r):
    t = fill('''
<script src="https://js.stripe.com/v3/"></script>
<script>
  // publishable key: safe to ship to the browser
  const stripe = Stripe('@@pk@@');
  const elements = stripe.elements({ appearance: { theme: 'stripe' } });
  document.querySelector('#give-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const res = await fetch('/api/checkout', { method: 'POST', body: new FormData(ev.target) });
    const { url } = await res.json();
    window.location = url;
  });
</script>
<!-- buy button for Youth Camp: price_@@price@@ -->
''', pk=g_pk_live(r), price=rs(r, 24, ALNUM))
    return 'themes/%s/partials/give.html' % slug(church(r))[:12], t


@ntpl('paypal', 'client_id')
def n_paypal_sdk(r):
    t = fill('''
<div id="paypal-button-container"></div>
<script src="https://www.paypal.com/sdk/js?client-id=@@cid@@&currency=USD&enable-funding=venmo"></script>
<script>
  paypal.Buttons({
    createOrder: () => fetch('/api/orders', { method: 'POST' }).then((r) => r.json()).then((o) => o.id),
    onApprove: (data) => fetch(`/api/orders/${data.orderID}/capture`, { method: 'POST' }),
  }).render('#paypal-button-container');
</script>
''', cid=g_paypal_id(r))
    return 'site/give/paypal.html', t


@ntpl('google-recaptcha', 'site_key')
def n_recaptcha_site(r):
    t = fill('''
<form action="/connect-card" method="post">
  <label>Name <input name="name" required></label>
  <label>Email <input type="email" name="email"></label>
  <label>How can we pray for you? <textarea name="prayer"></textarea></label>
  <div class="g-recaptcha" data-sitekey="@@sk@@"></div>
  <button type="submit">Send</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
''', sk=g_recaptcha(r))
    return 'templates/connect-card.html', t


@ntpl('cloudflare', 'site_key')
def n_turnstile(r):
    t = fill('''
{% extends "base.html" %}
{% block content %}
<form method="post" action="{{ url_for('volunteer_signup') }}">
  {{ form.csrf_token }}
  {{ form.name.label }} {{ form.name() }}
  {{ form.team.label }} {{ form.team() }}
  <div class="cf-turnstile" data-sitekey="0x4AAAAAAA@@sk@@"></div>
  <button>Sign me up</button>
</form>
{% endblock %}
''', sk=rs(r, 14, B64URL))
    return 'app/templates/volunteer_signup.html', t


@ntpl('mailchimp', 'embed_id')
def n_mc_embed(r):
    t = fill('''
<!-- Begin Mailchimp Signup Form -->
<div id="mc_embed_signup">
<form action="https://@@slug@@.us@@dc@@.list-manage.com/subscribe/post?u=@@u@@&amp;id=@@id@@&amp;f_id=00@@f@@" method="post" id="mc-embedded-subscribe-form" target="_blank">
  <h2>Get the weekly bulletin</h2>
  <input type="email" name="EMAIL" class="required email" id="mce-EMAIL" required>
  <div style="position: absolute; left: -5000px;" aria-hidden="true"><input type="text" name="b_@@u@@_@@id@@" tabindex="-1" value=""></div>
  <input type="submit" value="Subscribe" name="subscribe" id="mc-embedded-subscribe" class="button">
</form>
</div>
<!--End mc_embed_signup-->
''', slug=slug(church(r)).replace('-', '')[:14], dc=r.randint(1, 21), u=rs(r, 25, HEX), id=rs(r, 10, HEX), f=rs(r, 6, HEX))
    return 'wp-content/themes/parish/parts/newsletter-signup.html', t


@ntpl('youtube', 'public_id')
def n_youtube_embed(r):
    vids = [rs(r, 11, B64URL) for _ in range(4)]
    t = fill('''
---
layout: page
title: Sermons
permalink: /sermons/
youtube_channel: UC@@ch@@
live_url: https://www.youtube.com/channel/UC@@ch@@/live
playlist: PL@@pl@@
---

## Latest

<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/@@v0@@" title="Sunday service" frameborder="0" allowfullscreen></iframe>

- [The Good Shepherd](https://youtu.be/@@v1@@)
- [Bread of Life](https://youtu.be/@@v2@@)
- [Light of the World](https://youtu.be/@@v3@@)
''', ch=rs(r, 22, B64URL), pl=rs(r, 32, B64URL), v0=vids[0], v1=vids[1], v2=vids[2], v3=vids[3])
    return '_pages/sermons.md', t


@ntpl('resi', 'public_id')
def n_resi_embed(r):
    t = fill('''
<!-- Resi web player: embed id is public, copied from the Resi Studio "Embed Code" tab -->
<div id="resi-video-player" data-embed-id="@@u@@"></div>
<script type="application/javascript" src="https://control.resi.io/webplayer/loader.min.js"></script>
<p>Can't see the stream? <a href="https://@@dom@@/watch">Open it in a new window</a>.</p>
''', u=uuid4(r), dom=domain(r))
    return 'site/watch-live.html', t


@ntpl('google-analytics', 'public_id')
def n_ga(r):
    t = fill('''
<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-@@g@@"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-@@g@@');
</script>
<!-- Meta Pixel -->
<script>
  !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};}(window, document,'script');
  fbq('init', '@@px@@');
  fbq('track', 'PageView');
</script>
''', g=rs(r, 10, UPALNUM), px=rs(r, 15, DIG))
    return 'wp-content/themes/parish/header-scripts.php', t


@ntpl('npm', 'integrity_hash')
def n_package_lock(r):
    pk = []
    for name in r.sample(['axios', 'express', 'stripe', 'dotenv', 'mongoose', 'node-fetch', 'dayjs', 'ms', 'debug', 'cookie'], 5):
        ver = '%d.%d.%d' % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9))
        integ = 'sha512-' + base64.b64encode(rbytes(r, 64)).decode()
        pk.append('    "node_modules/%s": {\n      "version": "%s",\n      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",\n      "integrity": "%s"\n    }' % (name, ver, name, name, ver, integ))
    body = '{\n  "name": "giving-dashboard",\n  "version": "1.2.0",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n' + ',\n'.join(pk) + '\n  }\n}\n'
    return 'dashboard/package-lock.json', body


@ntpl('composer', 'commit_hash')
def n_composer_lock(r):
    pk = []
    for name in ['stripe/stripe-php', 'phpmailer/phpmailer', 'guzzlehttp/guzzle'][:r.randint(2, 3)]:
        pk.append('        {\n            "name": "%s",\n            "version": "v%d.%d.%d",\n            "source": {\n                "type": "git",\n                "url": "https://github.com/%s.git",\n                "reference": "%s"\n            },\n            "dist": {\n                "type": "zip",\n                "shasum": ""\n            }\n        }' % (name, r.randint(1, 13), r.randint(0, 9), r.randint(0, 9), name, sha1h(r)))
    body = '{\n    "_readme": [\n        "This file locks the dependencies of your project to a known state"\n    ],\n    "content-hash": "%s",\n    "packages": [\n%s\n    ]\n}\n' % (md5h(r), ',\n'.join(pk))
    return 'wp-content/plugins/parish-giving/composer.lock', body


@ntpl('media', 'sha256_digest')
def n_sha256sums(r):
    rows = []
    for _ in range(r.randint(5, 12)):
        rows.append('%s  %s-%s.mp3' % (sha256h(r), date(r), slug(pick(r, ['Hope in the storm', 'Psalm 23', 'Advent week 2', 'Good Friday', 'The prodigal son', 'Easter Sunday', 'Baptism Sunday'])) ))
    return 'podcast/SHA256SUMS', '\n'.join(rows) + '\n'


@ntpl('git', 'commit_hash')
def n_changelog(r):
    out = ['# Changelog', '']
    for v in range(r.randint(3, 6), 0, -1):
        out.append('## v1.%d.0 - %s' % (v, date(r)))
        for _ in range(r.randint(1, 3)):
            out.append('- %s (%s)' % (pick(r, ['Fix rounding in giving statements', 'Add fund filter to export', 'Update Stripe SDK', 'Handle empty households', 'Retry on PCO rate limit', 'New Christmas Eve service times']), sha1h(r)[:r.choice([7, 40])]))
        out.append('')
    return 'CHANGELOG.md', '\n'.join(out)


@ntpl('docker', 'image_digest')
def n_dockerfile_digest(r):
    t = fill('''
FROM python:3.12-slim@sha256:@@d1@@ AS build
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

FROM gcr.io/distroless/python3-debian12@sha256:@@d2@@
COPY --from=build /app /app
ENV PYTHONUNBUFFERED=1 STRIPE_SECRET_KEY_FILE=/run/secrets/stripe
CMD ["/app/main.py"]
''', d1=sha256h(r), d2=sha256h(r))
    return 'sync-service/Dockerfile', t


@ntpl('ssh', 'public_key')
def n_authorized_keys(r):
    rows = []
    for _ in range(r.randint(2, 5)):
        if r.random() < 0.5:
            rows.append('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s' % (base64.b64encode(rbytes(r, 32)).decode()[:43], pick(r, FIRST).lower(), pick(r, ['laptop', 'media-pc', 'office-imac'])))
        else:
            rows.append('ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ%s %s@church' % (base64.b64encode(rbytes(r, 256)).decode()[:340], pick(r, FIRST).lower()))
    return 'ansible/files/authorized_keys', '# volunteers with shell access to web01\n' + '\n'.join(rows) + '\n'


@ntpl('pgp', 'public_key')
def n_pgp(r):
    body = base64.b64encode(rbytes(r, 660)).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    t = '# Reporting a security problem\n\nEmail security@%s. Encrypt with our public key:\n\n```\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n%s\n=%s\n-----END PGP PUBLIC KEY BLOCK-----\n```\n' % (domain(r), '\n'.join(lines), rs(r, 4, B64))
    return 'SECURITY.md', t


@ntpl('irs', 'ein')
def n_receipt_template(r):
    ch = church(r)
    t = fill('''
{# templates/receipt.txt.j2 - year-end giving statement #}
@@ch@@
@@addr@@ Main Street, @@city@@
Tax ID (EIN): @@ein@@

Dear {{ donor.first_name }},

Thank you for your faithful giving in {{ year }}. Our records show contributions of
${{ "%.2f"|format(total) }} (statement no. {{ statement_no }}, donor id {{ donor.id }}).

No goods or services were provided in exchange for these contributions other than
intangible religious benefits.

Confirmation: @@conf@@
''', ch=ch, addr=r.randint(100, 9999), city=pick(r, CITIES), ein=fake_ein(r), conf=rs(r, 12, UPALNUM))
    return 'templates/receipt.txt.j2', t


@ntpl('planning-center', 'uuid_ids')
def n_pco_payload(r):
    t = fill('''
{
  "data": [
    {
      "id": "@@u1@@",
      "type": "EventDelivery",
      "attributes": {
        "name": "people.v2.events.person.updated",
        "attempt": 1,
        "payload": "{\\"data\\":{\\"type\\":\\"Person\\",\\"id\\":\\"@@pid@@\\",\\"attributes\\":{\\"first_name\\":\\"@@fn@@\\",\\"membership\\":\\"Member\\"}}}"
      },
      "relationships": {
        "organization": { "data": { "type": "Organization", "id": "@@oid@@" } }
      }
    }
  ],
  "meta": { "request_id": "@@u2@@" }
}
''', u1=uuid4(r), pid=r.randint(10000000, 199999999), fn=pick(r, FIRST), oid=r.randint(10000, 999999), u2=uuid4(r))
    return 'hooks/tests/fixtures/person_updated.json', t


@ntpl('salesforce', 'record_id')
def n_sf_mapping(r):
    rows = ['Legacy_Donor_ID__c,AccountId,npsp__Primary_Contact__c,Campaign,GAU,Amount,CloseDate']
    for _ in range(r.randint(6, 14)):
        rows.append('%d,%s,%s,%s,%s,%s,%s' % (r.randint(10000, 99999), sf_id(r, '001'), sf_id(r, '003'),
                                                sf_id(r, '701'), sf_id(r, 'a0B'), amount(r), date(r)))
    return 'salesforce/dataloader/opportunities_insert.csv', '\n'.join(rows) + '\n'


@ntpl('blackbaud', 'constituent_id')
def n_bb_report(r):
    t = fill('''
# reports/lybunt.yml - "last year but unfortunately not this year" list
environment_id: p-@@env@@
list_id: @@lid@@
constituent_code_filter: [Donor, Board Member]
exclude_constituents:
  - @@c1@@   # deceased
  - @@c2@@   # requested no contact
fund_ids: [@@f1@@, @@f2@@, @@f3@@]
appeal: APPEAL-@@y@@-SPRING
campaign: CAP-@@y2@@
output: "LYBUNT {{ today }}.xlsx"
''', env=rs(r, 22, B64URL), lid=uuid4(r), c1=r.randint(100, 99999), c2=r.randint(100, 99999),
        f1=r.randint(1, 400), f2=r.randint(1, 400), f3=r.randint(1, 400), y=r.randint(2022, 2025), y2=r.randint(2020, 2025))
    return 'reports/lybunt.yml', t


@ntpl('sync', 'request_id')
def n_sync_log(r):
    lines = []
    for _ in range(r.randint(8, 16)):
        lines.append('%s INFO request_id=%s trace=%s status=200 path=/people/v2/people/%d etag="W/%s" ms=%d' % (
            ts(r), uuid4(r), rs(r, 32, HEX), r.randint(1000000, 99999999), md5h(r), r.randint(40, 900)))
    return 'logs/pco-sync-%s.log' % date(r), '\n'.join(lines) + '\n'


@ntpl('cdn', 'sri_hash')
def n_sri(r):
    t = '<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.%d/dist/css/bootstrap.min.css" integrity="sha384-%s" crossorigin="anonymous">\n<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.%d/dist/js/bootstrap.bundle.min.js" integrity="sha384-%s" crossorigin="anonymous"></script>\n<script src="https://kit.fontawesome.com/%s.js" crossorigin="anonymous"></script>\n' % (
        r.randint(0, 3), base64.b64encode(rbytes(r, 48)).decode(), r.randint(0, 3), base64.b64encode(rbytes(r, 48)).decode(), rs(r, 10, HEX))
    return 'site/_includes/head.html', t


@ntpl('email', 'base64_image')
def n_data_uri(r):
    png = base64.b64encode(b'\x89PNG\r\n\x1a\n' + rbytes(r, 420)).decode()
    t = '<table role="presentation" width="100%%"><tr><td align="center">\n<img alt="%s" width="180" src="data:image/png;base64,%s">\n<h1>Thank you for your gift!</h1>\n<p>Your generosity keeps the pantry shelves full.</p>\n</td></tr></table>\n' % (church(r), png)
    return 'email-templates/thank-you.html', t


@ntpl('jwt', 'doc_example')
def n_jwt_doc(r):
    t = fill('''
## Authenticating to the volunteer API

Send the token you get from `/auth/login` in the `Authorization` header.
Example (this is the well-known sample token from jwt.io, it is **not** valid here):

```http
GET /api/shifts HTTP/1.1
Host: serve.@@dom@@
Authorization: Bearer @@jwt@@
```
''', dom=domain(r), jwt=JWT_DOC)
    return 'docs/api/auth.md', t


@ntpl('aws', 'doc_example')
def n_aws_doc(r):
    t = fill('''
# Offsite backups

We copy the nightly database dump to S3 with the AWS CLI. Configure it like the AWS docs show,
but with the keys from the IT vault (the values below are AWS's own documentation examples):

```ini
[default]
aws_access_key_id = @@id@@
aws_secret_access_key = @@sk@@
region = us-east-2
```

Then: `aws s3 cp dump.sql.gz s3://@@bk@@-backups/db/`
''', id=AWS_DOC_ID, sk=AWS_DOC_SECRET, bk=slug(church(r))[:16])
    return 'docs/backups.md', t


@ntpl('stripe', 'doc_example')
def n_stripe_test_fixture(r):
    t = fill('''
import pytest
import stripe

# Stripe's public documentation test keys - only work against the docs sandbox.
TEST_SK = "@@sk@@"
TEST_PK = "@@pk@@"


@pytest.fixture(autouse=True)
def stripe_test_mode(monkeypatch):
    monkeypatch.setattr(stripe, "api_key", TEST_SK)


def test_card_number_masked():
    assert mask("4242424242424242") == "************4242"
''', sk=STRIPE_DOC_SK, pk=STRIPE_DOC_PK)
    return 'tests/test_giving.py', t


@ntpl('meta', 'hashed_pii')
def n_hashed_emails(r):
    rows = ['email_sha256,zip_sha256,country']
    for _ in range(r.randint(8, 20)):
        rows.append('%s,%s,us' % (sha256h(r), sha256h(r)))
    return 'marketing/lapsed-donors-audience.csv', '\n'.join(rows) + '\n'


@ntpl('fixtures', 'password_hash')
def n_bcrypt(r):
    rows = []
    for i in range(r.randint(3, 6)):
        h = '$2b$12$' + rs(r, 53, ALNUM + './')
        rows.append("  (%d, '%s', '%s', 'volunteer')" % (i + 1, email(r, 'example.org'), h))
    return 'db/seeds/dev_users.sql', '-- dev seed users (bcrypt hashes only)\nINSERT INTO users (id, email, password_hash, role) VALUES\n' + ',\n'.join(rows) + ';\n'


@ntpl('wordpress', 'nonce')
def n_wp_nonce(r):
    t = '<form method="post" action="/wp-admin/admin-post.php">\n  <input type="hidden" name="action" value="rsvp_submit">\n  <input type="hidden" id="_wpnonce" name="_wpnonce" value="%s">\n  <input type="hidden" name="_wp_http_referer" value="/events/%s/">\n  <input type="hidden" name="event_id" value="%d">\n  <button>RSVP</button>\n</form>\n' % (rs(r, 10, HEX), slug(pick(r, ['Men\'s breakfast', 'Womens retreat', 'Trunk or treat', 'VBS'])), r.randint(100, 9999))
    return 'tests/fixtures/rsvp-form.html', t


@ntpl('ccli', 'license_number')
def n_setlist(r):
    rows = ['song,ccli_song_number,key,bpm']
    for _ in range(r.randint(4, 8)):
        rows.append('%s,%d,%s,%d' % (pick(r, ['Amazing Grace', 'Cornerstone', 'Great Is Thy Faithfulness', '10,000 Reasons'.replace(',', ''), 'Way Maker', 'Build My Life', 'Doxology', 'Be Thou My Vision']), r.randint(1000, 7999999), pick(r, ['C', 'D', 'E', 'G', 'A', 'Bb']), r.randint(60, 140)))
    return 'worship/setlists/%s.csv' % date(r), '# CCLI license %d, streaming license CSPL%d\n' % (r.randint(100000, 9999999), r.randint(100000, 999999)) + '\n'.join(rows) + '\n'


@ntpl('bank', 'check_number')
def n_check_scan(r):
    lines = []
    for _ in range(r.randint(6, 12)):
        lines.append('%s scanner=RDM-%s item=%d micr="T%s T %s U%d" amount=%s batch=%d' % (
            ts(r), rs(r, 6, UPALNUM), r.randint(1, 300), pick(r, ['021000021', '011000138', '111000025', '122105155']),
            rs(r, r.randint(8, 12), DIG), r.randint(1000, 9999), amount(r), r.randint(100, 999)))
    return 'finance/deposits/scan-%s.log' % date(r), '\n'.join(lines) + '\n'


@ntpl('obs', 'config')
def n_obs_basic(r):
    t = fill('''
[General]
Name=Sunday Service

[Output]
Mode=Advanced

[AdvOut]
Encoder=obs_x264
RecFilePath=D:/Recordings/Sunday
RecFormat2=mkv
Track1Bitrate=160

[Video]
BaseCX=1920
BaseCY=1080
OutputCX=1280
OutputCY=720
FPSCommon=30

[Stream1]
IgnoreRecommended=false

[Audio]
SampleRate=48000
ChannelSetup=Stereo
MonitoringDeviceId=@@dev@@
''', dev='{0.0.0.00000000}.{%s}' % uuid4(r))
    return 'obs/basic/profiles/Sunday_Service/basic.ini', t


@ntpl('obs', 'uuid_ids')
def n_obs_scenes(r):
    items = []
    for name in ['Pre-service Countdown', 'Wide Shot', 'Pulpit', 'Lyrics Overlay', 'Announcements'][:r.randint(3, 5)]:
        items.append('        {\n            "name": "%s",\n            "uuid": "%s",\n            "id": "scene",\n            "settings": { "id_counter": %d, "custom_size": false }\n        }' % (name, uuid4(r), r.randint(1, 30)))
    return 'obs/basic/scenes/Main_Sanctuary.json', '{\n    "current_scene": "Wide Shot",\n    "name": "Main Sanctuary",\n    "sources": [\n' + ',\n'.join(items) + '\n    ]\n}\n'


@ntpl('terraform', 'resource_id')
def n_tf_outputs(r):
    t = fill('''
# outputs recorded after `terraform apply` on @@d@@ (no secrets in here)
web_droplet_id    = "@@did@@"
web_ipv4          = "203.0.113.@@ip@@"
spaces_bucket     = "@@bk@@-media"
spaces_endpoint   = "nyc3.digitaloceanspaces.com"
cdn_endpoint_id   = "@@cdn@@"
firewall_id       = "@@fw@@"
ssh_fingerprint   = "@@fp@@"
''', d=date(r), did=r.randint(100000000, 499999999), ip=r.randint(2, 250), bk=slug(church(r))[:16],
        cdn=uuid4(r), fw=uuid4(r), fp=':'.join(rs(r, 2, HEX) for _ in range(16)))
    return 'infra/do/outputs.txt', t


@ntpl('kubernetes', 'config')
def n_k8s_configmap(r):
    t = fill('''
apiVersion: v1
kind: ConfigMap
metadata:
  name: giving-sync-config
  namespace: church-apps
data:
  PCO_ORGANIZATION_ID: "@@oid@@"
  STRIPE_ACCOUNT: "acct_@@acct@@"
  FUND_MAP: '{"General":"@@f1@@","Missions":"@@f2@@"}'
  SCHEDULE: "*/15 * * * *"
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: giving-sync
spec:
  template:
    spec:
      containers:
        - name: sync
          image: ghcr.io/@@org@@/giving-sync@sha256:@@dg@@
          envFrom:
            - configMapRef: { name: giving-sync-config }
            - secretRef: { name: giving-sync }
''', oid=r.randint(10000, 999999), acct=rs(r, 16, ALNUM), f1=r.randint(100000, 999999), f2=r.randint(100000, 999999),
        org=slug(church(r))[:16], dg=sha256h(r))
    return 'k8s/giving-sync.yaml', t


@ntpl('mailchimp', 'list_id')
def n_mc_yaml(r):
    t = fill('''
# newsletter.yml - which ChMS lists feed which Mailchimp audiences / tags
mailchimp:
  api_key_env: MAILCHIMP_API_KEY
  server: us@@dc@@
audiences:
  parish_news:
    id: "@@a1@@"
    tags: [members, regular-attenders]
  youth_parents:
    id: "@@a2@@"
    interest_category: "@@ic@@"
campaign_folder: "@@cf@@"
template_id: @@tid@@
''', dc=r.randint(1, 21), a1=rs(r, 10, HEX), a2=rs(r, 10, HEX), ic=rs(r, 10, HEX), cf=rs(r, 10, HEX), tid=r.randint(10000, 999999))
    return 'newsletter/newsletter.yml', t


@ntpl('google-apps-script', 'script_id')
def n_clasp(r):
    t = '{\n  "scriptId": "1%s",\n  "rootDir": "src",\n  "projectId": "%s-%d"\n}\n' % (rs(r, 56, B64URL), slug(church(r))[:14], r.randint(100000, 999999))
    return '.clasp.json', t


@ntpl('google-sheets', 'sheet_id')
def n_sheet_ids(r):
    t = fill('''
// Config.gs - ids of the spreadsheets the attendance scripts write to (ids are not secret;
// sharing settings control access)
var CONFIG = {
  attendanceSheetId: '1@@s1@@',
  volunteerRosterId: '1@@s2@@',
  driveFolderId: '1@@fd@@',
  calendarId: '@@cal@@@group.calendar.google.com',
  timezone: 'America/Chicago'
};
''', s1=rs(r, 43, B64URL), s2=rs(r, 43, B64URL), fd=rs(r, 32, B64URL), cal=rs(r, 26, LOWALNUM))
    return 'apps-script/Config.gs', t


@ntpl('hcaptcha', 'site_key')
def n_hcaptcha(r):
    t = '<?php // food-pantry appointment form\n?>\n<form method="post">\n  <input name="household_size" type="number" min="1">\n  <div class="h-captcha" data-sitekey="%s"></div>\n  <button>Book a time</button>\n</form>\n<script src="https://js.hcaptcha.com/1/api.js" async defer></script>\n' % uuid4(r)
    return 'pantry/book.php', t


@ntpl('stripe', 'payment_link')
def n_payment_links(r):
    rows = []
    for f in r.sample(FUNDS, 4):
        rows.append('| %s | https://buy.stripe.com/%s | `plink_%s` |' % (f, rs(r, 14, ALNUM) + '00' + rs(r, 4, ALNUM), rs(r, 24, ALNUM)))
    return 'docs/giving/payment-links.md', '# Payment links (public)\n\nConnected account: `acct_%s`\n\n| Fund | Link | Id |\n|---|---|---|\n%s\n' % (rs(r, 16, ALNUM), '\n'.join(rows))


@ntpl('givebutter', 'campaign_code')
def n_givebutter_embed(r):
    code = rs(r, 6, UPALNUM)
    t = '<!-- Givebutter widget for the %s campaign -->\n<script async src="https://widgets.givebutter.com/latest.umd.cjs?acct=%s&p=other"></script>\n<givebutter-widget id="%s"></givebutter-widget>\n<a href="https://givebutter.com/%s">Give online</a>\n' % (pick(r, FUNDS), rs(r, 16, ALNUM), rs(r, 6, ALNUM), code)
    return 'site/campaigns/%s.html' % slug(pick(r, FUNDS)), t


@ntpl('donorbox', 'campaign_code')
def n_donorbox_embed(r):
    slugv = slug(pick(r, FUNDS)) + '-' + str(r.randint(2023, 2026))
    t = '<script src="https://donorbox.org/widget.js" paypalExpress="false"></script>\n<iframe src="https://donorbox.org/embed/%s?default_interval=m&amount=%d" name="donorbox" allowpaymentrequest="allowpaymentrequest" seamless="seamless" frameborder="0" scrolling="no" height="900px" width="100%%"></iframe>\n' % (slugv, pick(r, [25, 50, 100]))
    return 'wp-content/themes/parish/page-donate.php', t


@ntpl('bank', 'statement')
def n_bank_csv(r):
    rows = ['Date,Description,Reference,Debit,Credit,Balance']
    bal = r.randint(5000, 90000)
    for _ in range(r.randint(8, 16)):
        cr = r.random() < 0.6
        amt = r.randint(20, 5000)
        bal += amt if cr else -amt
        rows.append('%s,%s,%s,%s,%s,%d.00' % (date(r), pick(r, ['STRIPE TRANSFER', 'PAYPAL TRANSFER', 'DEPOSIT BRANCH 014', 'ACH PUSHPAY', 'CHECK', 'DUKE ENERGY', 'PAYROLL']),
                                            rs(r, 15, UPALNUM), '' if cr else '%d.00' % amt, '%d.00' % amt if cr else '', bal))
    return 'finance/bank/operating-%s.csv' % date(r)[:7], '\n'.join(rows) + '\n'


@ntpl('git-lfs', 'sha256_digest')
def n_lfs_pointer(r):
    return 'media/bumpers/%s-intro.mp4' % slug(pick(r, ['advent', 'easter', 'summer', 'fall-kickoff'])), \
        'version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n' % (sha256h(r), r.randint(1000000, 400000000))


@ntpl('stripe', 'webhook_signature')
def n_sig_log(r):
    lines = []
    for _ in range(r.randint(4, 9)):
        lines.append('%s webhook evt_%s type=%s stripe-signature="t=%d,v1=%s" verified=true' % (
            ts(r), rs(r, 24, ALNUM), pick(r, ['checkout.session.completed', 'invoice.paid', 'charge.refunded']),
            r.randint(1690000000, 1760000000), rs(r, 64, HEX)))
    return 'logs/webhooks-%s.log' % date(r), '\n'.join(lines) + '\n'


@ntpl('oauth', 'encoded_state')
def n_oauth_state(r):
    st = base64.urlsafe_b64encode(json.dumps({'return_to': '/admin/giving', 'nonce': rs(r, 16, HEX)}).encode()).decode()
    lines = ['%s INFO oauth.redirect url=https://app.blackbaud.com/oauth/authorize?client_id=%s&response_type=code&redirect_uri=https%%3A%%2F%%2Flocalhost%%3A5001%%2Fauth%%2Fcallback&state=%s' % (ts(r), uuid4(r), st),
             '%s INFO oauth.callback code_received=true state_ok=true' % ts(r),
             '%s INFO sky.request GET /constituent/v1/constituents?limit=50 status=200 request_id=%s' % (ts(r), uuid4(r))]
    return 'logs/donor-portal.log', '\n'.join(lines) + '\n'


@ntpl('pushpay', 'public_id')
def n_pushpay_links(r):
    t = '# Ways to give\n\n* Online / app: https://pushpay.com/g/%s?src=hpp\n* Text **%s** to %d-%d\n* Merchant handle: `%s`\n* By mail: checks payable to "%s", memo with your envelope number (e.g. %d)\n' % (
        slug(church(r)).replace('-', ''), pick(r, ['GIVE', 'TITHE', 'GRACE']), r.randint(200, 999), r.randint(1000, 9999), rs(r, 22, B64URL), church(r), r.randint(100, 2000))
    return 'docs/ways-to-give.md', t


@ntpl('tithely', 'public_key')
def n_tithely_js(r):
    t = "// giving widget: only the PUBLIC key belongs in the browser\nwindow.tithelyConfig = {\n  publicKey: 'pub_%s',\n  organizationId: %d,\n  defaultFund: %d\n};\n" % (rs(r, 32, ALNUM), r.randint(100000, 999999), r.randint(1000, 9999))
    return 'site/js/tithely-config.js', t


@ntpl('bloomerang', 'public_key')
def n_bloomerang_js(r):
    t = '<script src="https://crm.bloomerang.co/Content/Scripts/Api/Bloomerang-v2.js?nocache=%s"></script>\n<script>\n  Bloomerang.Util.requireJQueryValidation(function () {\n    Bloomerang.useKey("pub_%s");\n  });\n</script>\n' % (date(r), rs(r, 8, HEX) + '-' + rs(r, 4, HEX) + '-' + rs(r, 4, HEX) + '-' + rs(r, 4, HEX) + '-' + rs(r, 12, HEX))
    return 'site/events/bloomerang-form.html', t


@ntpl('yarn', 'integrity_hash')
def n_yarn_lock(r):
    out = ['# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.', '# yarn lockfile v1', '']
    for name in r.sample(['dayjs', 'lodash', 'qs', 'ms', 'uuid', 'chalk', 'commander'], 4):
        ver = '%d.%d.%d' % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9))
        out += ['%s@^%s:' % (name, ver), '  version "%s"' % ver,
                '  resolved "https://registry.yarnpkg.com/%s/-/%s-%s.tgz#%s"' % (name, name, ver, sha1h(r)),
                '  integrity sha512-%s' % base64.b64encode(rbytes(r, 64)).decode(), '']
    return 'kiosk-ui/yarn.lock', '\n'.join(out)


@ntpl('uuid', 'uuid_ids')
def n_household_json(r):
    hh = []
    for _ in range(r.randint(2, 4)):
        hh.append('  {"household_uuid": "%s", "envelope": %d, "campus": "%s", "members": ["%s", "%s"]}' % (
            uuid4(r), r.randint(100, 3000), pick(r, ['North', 'Downtown', 'Online']), uuid4(r), uuid4(r)))
    return 'migration/households-sample.json', '[\n' + ',\n'.join(hh) + '\n]\n'


@ntpl('giftaid', 'reference_number')
def n_giftaid(r):
    rows = ['declaration_ref,donor_ref,postcode_hash,claim_batch,amount']
    for _ in range(r.randint(6, 12)):
        rows.append('GAD-%06d,D%07d,%s,CB%s%02d,%s' % (r.randint(1, 999999), r.randint(1, 9999999), md5h(r)[:12], date(r)[:4], r.randint(1, 12), amount(r)))
    return 'uk-branch/gift-aid-claim.csv', '\n'.join(rows) + '\n'


# ------------------------------------------------------------------- main ----
PASSWORD_KINDS = ('db_password', 'smtp_password', 'password')
STRICT_PH = ['<your-db-password>', 'CHANGE_ME', 'changeme', '<password>', 'REPLACE_WITH_PASSWORD',
             'xxxxxxxx', '__SET_IN_VAULT__']
SPECIAL_NAMES = {'Dockerfile': 'dockerfile', 'SHA256SUMS': 'txt', 'authorized_keys': 'txt',
                 'id_rsa': 'pem', 'CHANGELOG.md': 'md'}


def filetype(path):
    base = path.rsplit('/', 1)[-1]
    if base.startswith('.env'):
        return 'env'
    if base in SPECIAL_NAMES:
        return SPECIAL_NAMES[base]
    if '.' in base.lstrip('.'):
        return base.rsplit('.', 1)[-1].lower()
    return 'txt'


def is_env_name(path):
    base = path.rsplit('/', 1)[-1]
    return base == '.env' or base.startswith('.env.') or base.endswith('.env')


def schedule(r, n_items, total, skip=None):
    out = []
    while len(out) < total:
        perm = list(range(n_items))
        r.shuffle(perm)
        for i in perm:
            if skip and skip(i, out):
                continue
            out.append(i)
            if len(out) == total:
                break
    return out


def slot_value(r, t, cat):
    for _ in range(20):
        val, kind = neg_filler(r, t, cat)
        if t['kind'] in PASSWORD_KINDS and kind == 'placeholder':
            val = pick(r, STRICT_PH)
        if t['name'] == 'csv_credentials' and kind in ('placeholder', 'empty', 'env_ref', 'template_expr'):
            val, kind = pick(r, ['see 1Password', 'in Bitwarden (IT collection)', '(ask office manager)',
                                 '********']), 'secret_manager_ref'
        if isinstance(val, Raw):
            return val, kind
        if t['q'] and ('"' in val or "'" in val):
            cat = 'placeholder'
            continue
        if t['lang'] == 'json':
            val = val.replace('"', '\\"')
        elif '"' in val:
            cat = 'placeholder'
            continue
        return val, kind
    return 'changeme', 'placeholder'


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w', encoding='utf-8', newline='') as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write('usage: gen_fd.py OUTDIR SEED\n')
        return 2
    outdir, seed = argv[1], int(argv[2])
    import shutil
    for sub in ('pos', 'neg'):
        if os.path.isdir(os.path.join(outdir, sub)):
            shutil.rmtree(os.path.join(outdir, sub))
    os.makedirs(outdir, exist_ok=True)
    r = random.Random(seed)
    manifest, secrets = [], []
    conv_count = 0
    env_files = [0]
    dot_idx = [i for i, t in enumerate(POS) if t['name'] == 'dotenv'][0]

    def skip_env(i, out):
        if i != dot_idx:
            return False
        if env_files[0] >= 24:
            return True
        env_files[0] += 1
        return False

    # ---- positives
    for k, ti in enumerate(schedule(r, len(POS), 500, skip_env)):
        t = POS[ti]
        provider, kind = t['provider'], t['kind']
        if t['name'] == 'dotenv':
            name, provider, kind, gen = pick(r, ENV_CHOICES)
            S = (name, gen(r))
        else:
            S = t['gen'](r)
        needle = t['needle_of'](S) if t['needle_of'] else S
        path, text, conv = t['render'](r, S, False)
        conv_count += 1 if conv else 0
        assert needle and '\n' not in needle, (t['name'], needle)
        idx = text.find(needle)
        assert idx >= 0, (t['name'], needle)
        line = text.count('\n', 0, idx) + 1
        assert needle in text.split('\n')[line - 1]
        rel = 'pos/p%04d/%s' % (k, path)
        write(outdir, rel, text)
        manifest.append({'file': rel, 'label': 'pos', 'provider': provider, 'kind': kind,
                         'filetype': filetype(path)})
        secrets.append({'file': rel, 'needle': needle, 'line': line})

    # ---- negatives
    reuse = [i for i, t in enumerate(POS) if t['name'] not in NEG_SKIP]
    jobs = [('reuse', reuse[i]) for i in schedule(r, len(reuse), 250)] + \
           [('look', j) for j in schedule(r, len(LOOK), 250)]
    r.shuffle(jobs)
    cats = []
    for k, (what, ti) in enumerate(jobs):
        if what == 'reuse':
            t = POS[ti]
            if not cats:
                cats = list(FILL_CATS)
                r.shuffle(cats)
            val, nkind = slot_value(r, t, cats.pop())
            path, text, _ = t['render'](r, val, True)
            provider = t['provider']
        else:
            L = LOOK[ti]
            path, text = L['render'](r)
            provider, nkind = L['provider'], L['kind']
        assert not is_env_name(path), path
        rel = 'neg/n%04d/%s' % (k, path)
        write(outdir, rel, text)
        manifest.append({'file': rel, 'label': 'neg', 'provider': provider, 'kind': nkind,
                         'filetype': filetype(path)})

    with open(os.path.join(outdir, 'manifest.jsonl'), 'w', encoding='utf-8', newline='') as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + '\n')
    with open(os.path.join(outdir, 'secrets.jsonl'), 'w', encoding='utf-8', newline='') as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + '\n')

    # ---- self-check: every needle is on its line in the written file
    for s in secrets:
        with open(os.path.join(outdir, s['file']), encoding='utf-8', newline='') as fh:
            lines = fh.read().split('\n')
        assert s['needle'] in lines[s['line'] - 1], s
    sys.stderr.write('gen_fd: %d positive templates, %d look-alike templates (+%d reused), '
                     '%d pos / %d neg, conventional names %d/500, .env files %d\n' % (
                         len(POS), len(LOOK), len(reuse), len(secrets), len(manifest) - len(secrets),
                         conv_count, env_files[0]))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
