#!/usr/bin/env python3
"""gen_ju.py - blind evaluation set: self-hosted wikis, knowledge bases, documentation servers.

EMPHASIS
    Credentials that leak from the configuration of self-hosted wikis and docs sites:
    MediaWiki LocalSettings.php ($wgSecretKey, $wgUpgradeKey, $wgDBpassword, $wgSMTP,
    ConfirmEdit reCAPTCHA/hCaptcha secrets, $wgOAuth2Client, PluggableAuth OIDC,
    $wgShellboxSecretKey, bot passwords), DokuWiki conf/local.php (SMTP, LDAP bind, authpdo),
    BookStack (Laravel APP_KEY, DB/mail passwords, API token id:secret), Wiki.js config.yml
    and GraphQL API keys (RS256 JWTs), Outline (SECRET_KEY, UTILS_SECRET, Slack, OIDC, API
    keys), XWiki xwiki.cfg / hibernate.cfg.xml, Confluence Data Center confluence.cfg.xml and
    personal access tokens, Foswiki/TWiki LocalSite.cfg, Docusaurus/MkDocs Algolia admin keys
    (DocSearch crawler, indexing scripts), Read the Docs API tokens and webhook tokens,
    GitBook and Notion sync tokens, Trilium ETAPI tokens, Docmost, HedgeDoc/CodiMD
    config.json, TiddlyWiki server credentials, Kiwix behind an nginx proxy.
    File types: PHP, YAML (compose, Helm values, k8s, GitHub Actions), JSON, XML, INI,
    properties, .cfg, shell, Dockerfile, Markdown, nginx conf, Python, JavaScript, SQL,
    Terraform, systemd units, CSV, logs, htpasswd.

USAGE
    python3 -B gen_ju.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one per positive).
    All randomness comes from one random.Random(SEED); output is byte-identical per SEED.

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as written, without surrounding quotes.
    * Connection URLs (postgres://user:PASS@host/db): the needle is the password only.
    * Headers: "Authorization: Token <id>:<secret>" (BookStack) -> needle is <secret>;
      "Authorization: Bearer <jwt>" -> the whole JWT; "Basic <b64>" -> the base64 blob.
    * Webhook URLs with ?token= or -d token=...: the needle is the token value.
    * Laravel APP_KEY: the full value including the "base64:" prefix.
    * Key/ID pairs (Algolia app id + admin key, OAuth client id + secret, BookStack token
      id + secret): only the secret half is the needle; the id is public context.
    * No multi-line secrets are used in this set (private keys are out of the domain).

NEGATIVES
    Half re-use the positive templates with the secret slot holding a non-secret: empty
    values, placeholders (changeme, <your-secret-key>, YOUR_API_KEY_HERE, xxxx...), masked
    values (********, [REDACTED]), environment references (${VAR}, getenv-style), secret
    manager references (op://..., vault:...), template expressions ({{ ... }}), and
    documented examples (Google reCAPTCHA test secret, hCaptcha 0x000... test secret,
    Wiki.js sample password "wikijsrocks", XWiki default toto/titi keys, BookStack API docs
    example token). These files never use a blocked dotenv name (.env, .env.local, ...).
    The other half are domain look-alikes: DokuWiki users.auth.php bcrypt/md5crypt hashes,
    MediaWiki :pbkdf2:/:B: hashes, Foswiki htpasswd apr1 hashes, reCAPTCHA/hCaptcha site
    keys, Algolia search-only keys and app ids, Docusaurus/VitePress search config,
    $wgCacheEpoch and getenv() based LocalSettings, page/revision ids, sha1 digests,
    webpack/asset hashes, package-lock integrity, SRI, ETags, git SHAs, image digests,
    sha256sums of ZIM files, SSH/PGP/PEM public material, JWKS, UUIDs, Notion/GitBook/
    Trilium/HedgeDoc ids, Confluence server ids, base64 images.

FORMATS CHECKED (search tool, docs/pages/code corpora)
    * mediawiki.org Manual:$wgSecretKey: installer sets a 64-char hex via
      MWCryptRand::generateHex(64); Manual:$wgUpgradeKey: random 16-character value.
    * Google reCAPTCHA docs: keys are 40-char case-sensitive strings (example shape
      6Lcm3XXX...5mfX); documented test site/secret keys (6LeIxAcTAAAAA...) -> negatives.
    * hCaptcha: test sitekey 10000000-ffff-ffff-ffff-000000000001 and test secret
      0x0000000000000000000000000000000000000000 (documented; negatives).
    * BookStack API docs: "Authorization: Token <token_id>:<token_secret>", both 32-char
      alphanumeric (doc example C6mdvEQT...:NOvD3Vlz... -> negative only).
    * Trilium docs: ETAPI token sent raw in Authorization (or Bearer / Basic etapi:token);
      the user-facing token is "<id>_<token>" (doc example begins z1vA4fkGxjOR_...).
    * GitBook API docs: personal access tokens sent as Bearer.
    * Notion: internal integration tokens use ntn_ (current) or secret_ (legacy) prefix.
    * Wiki.js config.sample.yml: db.host/port/user/pass/db/ssl, sample pass wikijsrocks.
    * XWiki Security guide: xwiki.authentication.validationKey / encryptionKey in
      WEB-INF/xwiki.cfg ship with default values that must be changed;
      xwiki.superadminpassword.
    * Docusaurus/DocSearch: appId + search-only apiKey are "safe to commit" (public);
      Algolia keys are 32 hex chars, app ids 10 upper-case alphanumerics.
    * Outline: SECRET_KEY / UTILS_SECRET are hex strings (openssl rand -hex 32); OIDC_*.
    * HedgeDoc: config.json db/dialect, github clientID/clientSecret, CMD_DB_URL.

DOUBTS
    * Wiki.js API-key JWT claims (api, grp, aud/iss urn:wiki.js) are from memory, not docs.
    * Trilium token body length (here 44 base64 chars after "<12 chars>_") is inferred
      from a truncated documentation example.
    * GitBook "gb_api_" prefix and Outline "ol_api_" prefix were not confirmed in docs.
    * Notion ntn_ body length/shape (11 digits + 35 alphanumerics) is an estimate.
    * Confluence DC personal access token shape (base64 of "<12 digits>:<20 bytes>",
      44 chars) is from memory.
    * MediaWiki bot password (32 lowercase alphanumerics) and Read the Docs token length
      (40 hex, Django REST framework style) are unconfirmed.
    * reCAPTCHA secret internal layout ("6L" + [c-f] + 5 + "AAAAA" + 27) mimics the public
      test keys; only "40 chars" is documented. hCaptcha newer secret formats not covered.
    * DokuWiki recaptcha plugin option names are approximate.
"""
import base64
import hashlib
import json
import os
import random
import string
import sys

HEX = '0123456789abcdef'
UHEX = '0123456789ABCDEF'
LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
AN = string.ascii_letters + string.digits
LAN = LOW + DIG
B64U = AN + '-_'


def rs(R, alpha, n):
    return ''.join(R.choice(alpha) for _ in range(n))


def hexs(R, n):
    return rs(R, HEX, n)


def rbytes(R, n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(R, n):
    return base64.b64encode(rbytes(R, n)).decode()


def b64u(R, n):
    return base64.urlsafe_b64encode(rbytes(R, n)).decode().rstrip('=')


def b64u_json(obj):
    raw = json.dumps(obj, separators=(',', ':')).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip('=')


def fill(text, **kw):
    for k, v in kw.items():
        text = text.replace('@' + k + '@', str(v))
    assert '@V@' not in text, text[:200]
    return text


def pick(R, seq):
    return seq[R.randrange(len(seq))]


WORDS = ['glacier', 'harbor', 'copper', 'meadow', 'falcon', 'quartz', 'lantern', 'orchid',
         'summit', 'willow', 'ember', 'canyon', 'pebble', 'violet', 'thistle', 'anchor',
         'cobalt', 'saffron', 'tundra', 'juniper', 'marble', 'nimbus', 'raven', 'sequoia']


def pw(R, url=False):
    """Random human/admin-chosen password. url=True keeps it URL-safe."""
    if R.random() < 0.3:
        w = [pick(R, WORDS).capitalize() for _ in range(R.randint(2, 3))]
        sep = pick(R, ['-', '.', '_']) if url else pick(R, ['-', '.', '_', '!', '#'])
        return sep.join(w) + sep + str(R.randint(10, 9999))
    n = R.randint(14, 26)
    extra = '-_.~' if url else '-_.!#%+=^*~'
    alpha = AN + extra
    while True:
        s = R.choice(AN) + rs(R, alpha, n - 1)
        if (any(c in LOW for c in s) and any(c in UP for c in s) and any(c in DIG for c in s)):
            return s


def recaptcha_secret(R):
    return '6L' + R.choice('cdef') + rs(R, AN, 5) + 'AAAAA' + rs(R, B64U, 27)


def recaptcha_site(R):
    return '6L' + R.choice('cdef') + rs(R, AN, 5) + 'AAAAA' + rs(R, B64U, 27)


def hcaptcha_secret(R):
    return '0x' + hexs(R, 40)


def uuid4(R):
    h = hexs(R, 32)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], R.choice('89ab'), h[17:20], h[20:32])


def algolia_app(R):
    return rs(R, UP + DIG, 10)


def wikijs_jwt(R):
    iat = R.randint(1640000000, 1735000000)
    exp = iat + pick(R, [31536000, 63072000, 94608000, 15768000])
    h = b64u_json({'alg': 'RS256', 'typ': 'JWT'})
    p = b64u_json({'api': R.randint(1, 30), 'grp': 1, 'iat': iat, 'exp': exp,
                   'aud': 'urn:wiki.js', 'iss': 'urn:wiki.js'})
    return h + '.' + p + '.' + b64u(R, 256)


def trilium_token(R):
    return rs(R, AN, 12) + '_' + b64(R, 32)


def confluence_pat(R):
    raw = str(R.randint(10 ** 11, 10 ** 12 - 1)).encode() + b':' + rbytes(R, 20)
    return base64.b64encode(raw).decode()


def notion_token(R):
    if R.random() < 0.6:
        return 'ntn_' + rs(R, DIG, 11) + rs(R, AN, 35)
    return 'secret_' + rs(R, AN, 43)


def sendgrid_key(R):
    return 'SG.' + rs(R, B64U, 22) + '.' + rs(R, B64U, 43)


def google_secret(R):
    return 'GOCSPX-' + rs(R, B64U, 28)


def laravel_key(R):
    return 'base64:' + b64(R, 32)


def basic_b64(R, user):
    return base64.b64encode((user + ':' + pw(R)).encode()).decode()


HOSTS = ['wiki.example.org', 'docs.example.com', 'kb.internal.example.net', 'wiki.corp.example',
         'handbook.example.io', 'notes.example.dev', 'intranet.example.org', 'help.example.com']
TEAMS = ['platform', 'infra', 'docs', 'it-ops', 'sre', 'handbook', 'knowledge']
USERS = ['alice', 'bob', 'carol', 'dmitri', 'esme', 'farid', 'greta', 'hiro', 'ines', 'jonas']
ORGS = ['Acme Research', 'Northwind Labs', 'Contoso Library', 'Fabrikam Docs', 'Globex Wiki']
DBHOSTS = ['db', 'postgres', 'mariadb', 'db.internal', '10.20.0.15', 'wiki-db.default.svc',
           'pg-primary.example.net', 'localhost']


def host(R):
    return pick(R, HOSTS)


def pfx(R, opts):
    return pick(R, opts)


def ts_date(R):
    return '%04d-%02d-%02d' % (R.randint(2021, 2025), R.randint(1, 12), R.randint(1, 28))


# ---------------------------------------------------------------------------
# Positive templates: render(R, v) -> (relpath, text); v is the secret slot.
# ph = placeholder family used when the template is re-used as a negative.
# ---------------------------------------------------------------------------
POS = []


def P(name, provider, kind, ph, ev, gen):
    def deco(fn):
        POS.append({'name': name, 'provider': provider, 'kind': kind, 'ph': ph, 'ev': ev,
                    'gen': gen, 'render': fn})
        return fn
    return deco


MW_HEAD = """<?php
# This file was automatically generated by the MediaWiki @VER@ installer.
# If you make manual changes, please keep track in case you need to
# recreate them later.
#
# See includes/MainConfigSchema.php for all configurable settings
# and their default values, but don't forget to make changes in _this_
# file, not there.
#
# Further documentation for configuration settings may be found at:
# https://www.mediawiki.org/wiki/Manual:Configuration_settings

# Protect against web entry
if ( !defined( 'MEDIAWIKI' ) ) {
	exit;
}

## Uncomment this to disable output compression
# $wgDisableOutputCompression = true;

$wgSitename = "@SITE@";
$wgMetaNamespace = "@META@";

## The URL base path to the directory containing the wiki;
## defaults for all runtime URL paths are based off of this.
$wgScriptPath = "";

## The protocol and server name to use in fully-qualified URLs
$wgServer = "https://@HOST@";

## The URL path to static resources (images, scripts, etc.)
$wgResourceBasePath = $wgScriptPath;

$wgEnableEmail = true;
$wgEnableUserEmail = true;
$wgEmergencyContact = "wiki-admin@@MAILDOM@";
$wgPasswordSender = "no-reply@@MAILDOM@";
$wgEnotifUserTalk = false;
$wgEnotifWatchlist = false;
$wgEmailAuthentication = true;

## Database settings
$wgDBtype = "mysql";
$wgDBserver = "@DBHOST@";
$wgDBname = "@DBNAME@";
$wgDBuser = "wikiuser";
"""


def mw_ctx(R):
    site = pick(R, ['Team Wiki', 'Engineering Handbook', 'Lab Notebook', 'Field Guide', 'OpsWiki'])
    h = host(R)
    return dict(VER=pick(R, ['1.39.6', '1.40.1', '1.41.0', '1.42.3', '1.43.0']), SITE=site,
                META=site.replace(' ', '_'), HOST=h, MAILDOM=h.split('.', 1)[1],
                DBHOST=pick(R, DBHOSTS), DBNAME=pick(R, ['my_wiki', 'wikidb', 'mediawiki']),
                EPOCH='%d%02d%02d%02d%02d%02d' % (R.randint(2021, 2025), R.randint(1, 12),
                                                 R.randint(1, 28), R.randint(0, 23),
                                                 R.randint(0, 59), R.randint(0, 59)))


@P('mw_secretkey', 'mediawiki', 'secret_key', 'hex', 'MW_SECRET_KEY', lambda R: hexs(R, 64))
def _(R, v):
    c = mw_ctx(R)
    t = MW_HEAD + """$wgDBpassword = getenv( 'MW_DB_PASSWORD' );

# MySQL specific settings
$wgDBprefix = "";
$wgDBTableOptions = "ENGINE=InnoDB, DEFAULT CHARSET=binary";

## Shared memory settings
$wgMainCacheType = CACHE_ACCEL;
$wgMemCachedServers = [];

$wgEnableUploads = true;
$wgUseImageMagick = true;
$wgImageMagickConvertCommand = "/usr/bin/convert";

$wgLanguageCode = "en";
$wgLocaltimezone = "UTC";

$wgSecretKey = "@V@";

# Changing this will log out all existing sessions.
$wgAuthenticationTokenVersion = "1";

## For attaching licensing metadata to pages
$wgRightsPage = "";
$wgRightsUrl = "https://creativecommons.org/licenses/by-sa/4.0/";
$wgRightsText = "Creative Commons Attribution-ShareAlike";

$wgDiff3 = "/usr/bin/diff3";

wfLoadSkin( 'Vector' );
wfLoadExtension( 'ParserFunctions' );
wfLoadExtension( 'SyntaxHighlight_GeSHi' );
"""
    return pick(R, ['LocalSettings.php', 'wiki/LocalSettings.php', 'mediawiki/LocalSettings.php']), fill(t, V=v, **c)


@P('mw_upgradekey', 'mediawiki', 'upgrade_key', 'hex', 'MW_UPGRADE_KEY', lambda R: hexs(R, 16))
def _(R, v):
    c = mw_ctx(R)
    t = MW_HEAD + """$wgDBpassword = file_get_contents( '/run/secrets/mw_db_password' );

$wgMainCacheType = CACHE_NONE;
$wgParserCacheType = CACHE_DB;

$wgCacheEpoch = "@EPOCH@";

# Site upgrade key. Must be set to a string (default provided) to turn on the
# web installer while LocalSettings.php is in place
$wgUpgradeKey = "@V@";

$wgDefaultSkin = "vector-2022";
wfLoadSkin( 'Vector' );
wfLoadSkin( 'MinervaNeue' );
wfLoadExtension( 'Cite' );
wfLoadExtension( 'VisualEditor' );
"""
    return pick(R, ['LocalSettings.php', 'deploy/mediawiki/LocalSettings.php']), fill(t, V=v, **c)


@P('mw_dbpassword', 'mediawiki', 'db_password', 'pw', 'MW_DB_PASSWORD', pw)
def _(R, v):
    c = mw_ctx(R)
    t = MW_HEAD + """$wgDBpassword = '@V@';

# MySQL specific settings
$wgDBprefix = "mw_";
$wgDBssl = false;

$wgSecretKey = getenv( 'MW_SECRET_KEY' );
$wgUpgradeKey = getenv( 'MW_UPGRADE_KEY' );

$wgGroupPermissions['*']['createaccount'] = false;
$wgGroupPermissions['*']['edit'] = false;
"""
    return pick(R, ['LocalSettings.php', 'config/LocalSettings.php']), fill(t, V=v, **c)


@P('mw_smtp', 'mediawiki', 'smtp_password', 'pw', 'SMTP_PASSWORD', pw)
def _(R, v):
    h = host(R)
    t = """<?php
/**
 * Outgoing mail for the wiki. Included from LocalSettings.php.
 * Requires the PEAR Mail and Net_SMTP packages (composer.local.json).
 */
$wgSMTP = [
	'host'      => 'ssl://@SMTP@',
	'IDHost'    => '@DOM@',
	'localhost' => '@DOM@',
	'port'      => 465,
	'auth'      => true,
	'username'  => 'wiki@@DOM@',
	'password'  => '@V@',
];

$wgPasswordSender = 'wiki@@DOM@';
$wgNoReplyAddress = 'no-reply@@DOM@';
"""
    return pick(R, ['LocalSettings.d/smtp.php', 'settings/mail.php', 'conf.d/20-mail.php']), fill(
        t, V=v, SMTP=pick(R, ['smtp.mailgun.org', 'smtp.office365.com', 'mail.' + h.split('.', 1)[1],
                                 'email-smtp.eu-west-1.amazonaws.com']), DOM=h.split('.', 1)[1])


@P('mw_recaptcha', 'recaptcha', 'captcha_secret', 'captcha_re', 'RECAPTCHA_SECRET', recaptcha_secret)
def _(R, v):
    t = """<?php
# ConfirmEdit with Google reCAPTCHA (NoCaptcha)
wfLoadExtensions( [ 'ConfirmEdit', 'ConfirmEdit/ReCaptchaNoCaptcha' ] );
$wgCaptchaClass = 'ReCaptchaNoCaptcha';
$wgReCaptchaSiteKey = '@SITE@';
$wgReCaptchaSecretKey = '@V@';
$wgReCaptchaSendRemoteIP = false;

$wgCaptchaTriggers['edit']          = false;
$wgCaptchaTriggers['create']        = true;
$wgCaptchaTriggers['createtalk']    = true;
$wgCaptchaTriggers['addurl']        = true;
$wgCaptchaTriggers['createaccount'] = true;
$wgCaptchaTriggers['badlogin']      = true;

$wgGroupPermissions['autoconfirmed']['skipcaptcha'] = true;
"""
    return pick(R, ['extensions-config/ConfirmEdit.php', 'LocalSettings.d/captcha.php']), fill(
        t, V=v, SITE=recaptcha_site(R))


@P('mw_hcaptcha', 'hcaptcha', 'captcha_secret', 'captcha_h', 'HCAPTCHA_SECRET', hcaptcha_secret)
def _(R, v):
    t = """<?php
// Spam protection: hCaptcha via ConfirmEdit
wfLoadExtensions( [ 'ConfirmEdit', 'ConfirmEdit/hCaptcha' ] );
$wgCaptchaClass = 'MediaWiki\\\\Extension\\\\ConfirmEdit\\\\hCaptcha\\\\HCaptcha';
$wgHCaptchaSiteKey = '@SITE@';
$wgHCaptchaSecretKey = '@V@';
$wgHCaptchaSendRemoteIP = false;
$wgCaptchaTriggers['createaccount'] = true;
$wgCaptchaTriggers['addurl'] = true;
"""
    return pick(R, ['LocalSettings.d/hcaptcha.php', 'config/spam.php']), fill(t, V=v, SITE=uuid4(R))


@P('mw_oauth2client', 'mediawiki', 'oauth_client_secret', 'token', 'OAUTH_CLIENT_SECRET',
   lambda R: rs(R, AN, 40))
def _(R, v):
    h = host(R)
    t = """<?php
wfLoadExtension( 'MW-OAuth2Client' );

$wgOAuth2Client['client']['id']     = '@CID@';
$wgOAuth2Client['client']['secret'] = '@V@';

$wgOAuth2Client['configuration']['authorize_endpoint']     = 'https://gitlab.@DOM@/oauth/authorize';
$wgOAuth2Client['configuration']['access_token_endpoint']  = 'https://gitlab.@DOM@/oauth/token';
$wgOAuth2Client['configuration']['api_endpoint']           = 'https://gitlab.@DOM@/api/v4/user';
$wgOAuth2Client['configuration']['redirect_uri']           = 'https://@HOST@/index.php/Special:OAuth2Client/callback';
$wgOAuth2Client['configuration']['username'] = 'username';
$wgOAuth2Client['configuration']['email'] = 'email';
$wgOAuth2Client['configuration']['scopes'] = 'read_user openid email';
$wgOAuth2Client['configuration']['service_name'] = 'GitLab';
$wgOAuth2Client['configuration']['service_login_link_text'] = 'Sign in with GitLab';
"""
    return pick(R, ['LocalSettings.d/oauth.php', 'settings/sso.php']), fill(
        t, V=v, CID=hexs(R, 64), DOM=h.split('.', 1)[1], HOST=h)


@P('mw_pluggableauth', 'mediawiki', 'oauth_client_secret', 'token', 'OIDC_CLIENT_SECRET',
   lambda R: rs(R, AN, 32))
def _(R, v):
    t = """<?php
wfLoadExtension( 'PluggableAuth' );
wfLoadExtension( 'OpenIDConnect' );

$wgPluggableAuth_EnableAutoLogin = false;
$wgPluggableAuth_EnableLocalLogin = true;
$wgPluggableAuth_Config['Keycloak'] = [
    'plugin' => 'OpenIDConnect',
    'data' => [
        'providerURL' => 'https://sso.@DOM@/realms/@REALM@',
        'clientID' => 'mediawiki',
        'clientsecret' => '@V@',
        'scope' => [ 'openid', 'profile', 'email' ],
    ],
    'buttonLabelMessage' => 'openidconnect-login-button',
];
$wgOpenIDConnect_MigrateUsersByEmail = true;
"""
    return pick(R, ['LocalSettings.d/openid.php', 'extensions-config/PluggableAuth.php']), fill(
        t, V=v, DOM=host(R).split('.', 1)[1], REALM=pick(R, TEAMS))


@P('mw_shellbox', 'mediawiki', 'secret_key', 'hex', 'SHELLBOX_SECRET_KEY', lambda R: b64(R, 48))
def _(R, v):
    t = """<?php
// Remote command execution via Shellbox (Score, SyntaxHighlight, timeline)
$wgShellboxUrls = [
	'default' => 'http://shellbox.@NS@.svc.cluster.local:8080',
];
$wgShellboxShell = '/bin/bash';
$wgShellboxSecretKey = '@V@';
$wgShellRestrictionMethod = false;
"""
    return pick(R, ['LocalSettings.d/shellbox.php', 'config/shellbox.php']), fill(t, V=v, NS=pick(R, TEAMS))


@P('mw_helm', 'mediawiki', 'secret_key', 'hex', 'wikiSecretKey', lambda R: hexs(R, 64))
def _(R, v):
    t = """# Helm values for the in-house mediawiki chart
replicaCount: 2
image:
  repository: registry.example.com/wiki/mediawiki
  tag: "@TAG@"
  pullPolicy: IfNotPresent

mediawiki:
  siteName: "@SITE@"
  server: https://@HOST@
  language: en
  wikiSecretKey: @V@
  uploads:
    enabled: true
    maxSize: 100M

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: @HOST@
      paths: ["/"]

mariadb:
  enabled: false
externalDatabase:
  host: @DBHOST@
  existingSecret: mediawiki-db
"""
    return pick(R, ['deploy/values.yaml', 'charts/mediawiki/values-prod.yaml', 'helm/wiki/values.yaml']), fill(
        t, V=v, TAG=pick(R, ['1.41.1', '1.42.3-fpm', '1.43']), SITE=pick(R, ORGS), HOST=host(R),
        DBHOST=pick(R, DBHOSTS))


@P('mw_install_sh', 'mediawiki', 'db_password', 'pw', 'DB_PASS', lambda R: pw(R, url=True))
def _(R, v):
    t = """#!/usr/bin/env bash
# Bootstraps a fresh MediaWiki in the container on first start.
set -euo pipefail

cd /var/www/html
if [ ! -f LocalSettings.php ]; then
  php maintenance/run.php install \\
    --dbtype mysql \\
    --dbserver @DBHOST@ \\
    --dbname wikidb \\
    --dbuser wikiuser \\
    --dbpass '@V@' \\
    --server "https://@HOST@" \\
    --scriptpath "" \\
    --lang en \\
    --passfile /run/secrets/wiki_admin_password \\
    "@SITE@" "Admin"
fi
php maintenance/run.php update --quick
exec apache2-foreground
"""
    return pick(R, ['docker/entrypoint.sh', 'scripts/install-wiki.sh']), fill(
        t, V=v, DBHOST=pick(R, DBHOSTS), HOST=host(R), SITE=pick(R, ORGS))


@P('mw_botpassword', 'mediawiki', 'bot_password', 'token', 'BOT_PASSWORD', lambda R: rs(R, LAN, 32))
def _(R, v):
    t = """; pywikibot-style settings for the nightly import bot
[wiki]
api = https://@HOST@/api.php
user = ImportBot@@APP@
password = @V@
throttle = 2
maxlag = 5

[import]
source_dir = /srv/exports/confluence
namespace = 3000
summary = Automated import from legacy space
"""
    return pick(R, ['bots/import-bot.ini', 'tools/wikibot/config.ini']), fill(
        t, V=v, HOST=host(R), APP=pick(R, ['nightly-import', 'sync', 'bulkedit']))


# ---------------------------- DokuWiki ------------------------------------
DW_HEAD = """<?php
/*
 * Dokuwiki's Main Configuration File - Local Settings
 * Auto-generated by config plugin
 * Run for user: @USER@
 * Date: @DATE@
 */
$conf['title'] = '@TITLE@';
$conf['lang'] = 'en';
$conf['license'] = 'cc-by-sa';
$conf['useacl'] = 1;
$conf['superuser'] = '@admin';
$conf['manager'] = '@manager';
$conf['disableactions'] = 'register';
$conf['userewrite'] = '1';
$conf['useslash'] = 1;
"""


def dw_ctx(R):
    return dict(USER=pick(R, USERS), DATE='Mon, %02d Mar 2024 1%d:%02d:%02d +0000' % (
        R.randint(1, 28), R.randint(0, 9), R.randint(0, 59), R.randint(0, 59)),
        TITLE=pick(R, ['Lab Wiki', 'Homelab Notes', 'Team Docs', 'Projektwiki']))


@P('dw_smtp', 'dokuwiki', 'smtp_password', 'pw', 'SMTP_PASS', pw)
def _(R, v):
    t = DW_HEAD + """$conf['mailfrom'] = 'wiki@@DOM@';
$conf['plugin']['smtp']['smtp_host'] = 'smtp.@DOM@';
$conf['plugin']['smtp']['smtp_port'] = 587;
$conf['plugin']['smtp']['smtp_ssl'] = 'tls';
$conf['plugin']['smtp']['auth_user'] = 'wiki@@DOM@';
$conf['plugin']['smtp']['auth_pass'] = '@V@';

// end auto-generated content
"""
    return pick(R, ['conf/local.php', 'dokuwiki/conf/local.php']), fill(t, V=v, DOM=host(R).split('.', 1)[1], **dw_ctx(R))


@P('dw_ldap', 'dokuwiki', 'ldap_password', 'pw', 'LDAP_BIND_PW', pw)
def _(R, v):
    t = DW_HEAD + """$conf['authtype'] = 'authldap';
$conf['plugin']['authldap']['server'] = 'ldaps://ldap.@DOM@';
$conf['plugin']['authldap']['port'] = 636;
$conf['plugin']['authldap']['usertree'] = 'ou=people,dc=example,dc=org';
$conf['plugin']['authldap']['grouptree'] = 'ou=groups,dc=example,dc=org';
$conf['plugin']['authldap']['userfilter'] = '(&(uid=%{user})(objectClass=posixAccount))';
$conf['plugin']['authldap']['groupfilter'] = '(&(objectClass=posixGroup)(memberUID=%{user}))';
$conf['plugin']['authldap']['version'] = 3;
$conf['plugin']['authldap']['binddn'] = 'cn=dokuwiki,ou=services,dc=example,dc=org';
$conf['plugin']['authldap']['bindpw'] = '@V@';
"""
    return pick(R, ['conf/local.protected.php', 'conf/local.php']), fill(t, V=v, DOM=host(R).split('.', 1)[1], **dw_ctx(R))


@P('dw_authpdo', 'dokuwiki', 'db_password', 'pw', 'DW_DB_PASS', pw)
def _(R, v):
    t = """<?php
/**
 * authpdo backend against the shared user database
 */
$conf['plugin']['authpdo']['debug'] = 0;
$conf['plugin']['authpdo']['dsn'] = 'mysql:host=@DBHOST@;dbname=wikiusers;charset=utf8mb4';
$conf['plugin']['authpdo']['user'] = 'dokuwiki';
$conf['plugin']['authpdo']['pass'] = '@V@';
$conf['plugin']['authpdo']['select-user'] = 'SELECT uid, login AS user, name, mail FROM user WHERE login = :user';
$conf['plugin']['authpdo']['select-user-groups'] = 'SELECT * FROM member AS m, `group` AS g WHERE m.gid = g.gid AND m.uid = :uid';
"""
    return pick(R, ['conf/authpdo.local.php', 'dokuwiki/conf/local.protected.php']), fill(t, V=v, DBHOST=pick(R, DBHOSTS))


@P('dw_recaptcha', 'recaptcha', 'captcha_secret', 'captcha_re', 'RECAPTCHA_PRIVATE', recaptcha_secret)
def _(R, v):
    t = DW_HEAD + """$conf['plugin']['recaptcha']['publickey'] = '@SITE@';
$conf['plugin']['recaptcha']['privatekey'] = '@V@';
$conf['plugin']['recaptcha']['theme'] = 'light';
$conf['plugin']['recaptcha']['forusers'] = 0;
$conf['plugin']['recaptcha']['regprotect'] = 1;
"""
    return 'conf/local.php', fill(t, V=v, SITE=recaptcha_site(R), **dw_ctx(R))


# ---------------------------- BookStack -----------------------------------
@P('bs_env_appkey', 'bookstack', 'secret_key', 'b64', 'APP_KEY', laravel_key)
def _(R, v):
    h = host(R)
    t = """# BookStack environment configuration
APP_URL=https://@HOST@
APP_KEY=@V@
APP_LANG=en
APP_TIMEZONE=UTC

DB_HOST=@DBHOST@
DB_PORT=3306
DB_DATABASE=bookstackapp
DB_USERNAME=bookstack
DB_PASSWORD=${BOOKSTACK_DB_PASSWORD}

MAIL_DRIVER=smtp
MAIL_FROM_NAME="@ORG@"
MAIL_FROM=bookstack@@DOM@
MAIL_HOST=smtp.@DOM@
MAIL_PORT=587
MAIL_ENCRYPTION=tls

STORAGE_TYPE=local
SESSION_SECURE_COOKIE=true
"""
    return pick(R, ['.env', 'bookstack/.env']), fill(t, V=v, HOST=h, DOM=h.split('.', 1)[1],
                                                      DBHOST=pick(R, DBHOSTS), ORG=pick(R, ORGS))


@P('bs_compose_db', 'bookstack', 'db_password', 'pw', 'DB_PASS', lambda R: pw(R, url=True))
def _(R, v):
    t = """services:
  bookstack:
    image: lscr.io/linuxserver/bookstack:@TAG@
    container_name: bookstack
    environment:
      - PUID=1000
      - PGID=1000
      - TZ=Etc/UTC
      - APP_URL=https://@HOST@
      - APP_KEY_FILE=/run/secrets/bookstack_app_key
      - DB_HOST=bookstack_db
      - DB_PORT=3306
      - DB_USERNAME=bookstack
      - DB_PASSWORD=@V@
      - DB_DATABASE=bookstackapp
    volumes:
      - ./bookstack_app_data:/config
    ports:
      - 6875:80
    restart: unless-stopped
    depends_on:
      - bookstack_db

  bookstack_db:
    image: lscr.io/linuxserver/mariadb:11.4.4
    container_name: bookstack_db
    environment:
      - PUID=1000
      - PGID=1000
      - TZ=Etc/UTC
      - MYSQL_ROOT_PASSWORD_FILE=/run/secrets/mysql_root
      - MYSQL_DATABASE=bookstackapp
      - MYSQL_USER=bookstack
    volumes:
      - ./bookstack_db_data:/config
    restart: unless-stopped
"""
    return pick(R, ['docker-compose.yml', 'bookstack/docker-compose.yaml', 'compose.yaml']), fill(
        t, V=v, TAG=pick(R, ['24.12.1', 'v24.10.2-ls181', 'latest']), HOST=host(R))


def bs_pair(R):
    return rs(R, AN, 32)


@P('bs_api_curl', 'bookstack', 'api_token', 'bookstack', 'BOOKSTACK_TOKEN_SECRET', bs_pair)
def _(R, v):
    t = """#!/bin/sh
# Nightly export of all books as PDF into the backup bucket.
BASE=https://@HOST@
AUTH="Authorization: Token @TID@:@V@"

curl -s -H "$AUTH" "$BASE/api/books?count=500" | jq -r '.data[].id' | while read -r id; do
  curl -s -H "$AUTH" -o "/backup/books/book-$id.pdf" "$BASE/api/books/$id/export/pdf"
done
"""
    return pick(R, ['scripts/export-books.sh', 'cron/bookstack-export.sh']), fill(t, V=v, TID=rs(R, AN, 32), HOST=host(R))


@P('bs_api_python', 'bookstack', 'api_token', 'bookstack', 'token_secret', bs_pair)
def _(R, v):
    t = """import requests

from docsync.render import to_markdown

BOOKSTACK_URL = "https://@HOST@"


def client():
    s = requests.Session()
    s.headers["Authorization"] = "Token {}:{}".format(
        "@TID@",
        "@V@",
    )
    s.headers["Accept"] = "application/json"
    return s


def pages(session, book_id):
    r = session.get(f"{BOOKSTACK_URL}/api/pages", params={"filter[book_id]": book_id, "count": 100})
    r.raise_for_status()
    return r.json()["data"]
"""
    return pick(R, ['docsync/bookstack.py', 'tools/bs_sync/client.py']), fill(t, V=v, TID=rs(R, AN, 32), HOST=host(R))


@P('bs_mail_sendgrid', 'sendgrid', 'smtp_password', 'token', 'MAIL_PASSWORD', sendgrid_key)
def _(R, v):
    h = host(R)
    t = """# Included by systemd (EnvironmentFile=) for the bookstack php-fpm pool
MAIL_DRIVER=smtp
MAIL_HOST=smtp.sendgrid.net
MAIL_PORT=587
MAIL_ENCRYPTION=tls
MAIL_USERNAME=apikey
MAIL_PASSWORD=@V@
MAIL_FROM=bookstack@@DOM@
MAIL_FROM_NAME="Knowledge Base"
"""
    return pick(R, ['deploy/bookstack-mail.env', 'etc/bookstack/mail.conf']), fill(t, V=v, DOM=h.split('.', 1)[1])


@P('bs_helm_oidc', 'bookstack', 'oauth_client_secret', 'token', 'OIDC_CLIENT_SECRET', lambda R: rs(R, AN, 32))
def _(R, v):
    t = """bookstack:
  appUrl: https://@HOST@
  env:
    - name: AUTH_METHOD
      value: oidc
    - name: OIDC_NAME
      value: "Company SSO"
    - name: OIDC_DISPLAY_NAME_CLAIMS
      value: name
    - name: OIDC_CLIENT_ID
      value: bookstack
    - name: OIDC_CLIENT_SECRET
      value: "@V@"
    - name: OIDC_ISSUER
      value: https://sso.@DOM@/realms/@REALM@
    - name: OIDC_ISSUER_DISCOVER
      value: "true"
persistence:
  uploads:
    size: 10Gi
"""
    h = host(R)
    return pick(R, ['deploy/bookstack/values.yaml', 'k8s/bookstack-values.yaml']), fill(
        t, V=v, HOST=h, DOM=h.split('.', 1)[1], REALM=pick(R, TEAMS))


# ---------------------------- Wiki.js -------------------------------------
@P('wikijs_config_yml', 'wikijs', 'db_password', 'wikijs_db', 'DB_PASS', pw)
def _(R, v):
    t = """#######################################################################
# Wiki.js - CONFIGURATION                                             #
#######################################################################
# Full documentation + examples:
# https://docs.requarks.io/install

port: 3000

db:
  type: postgres
  host: @DBHOST@
  port: 5432
  user: wikijs
  pass: '@V@'
  db: wiki
  ssl: false
  sslOptions:
    auto: true
  schema: public

ssl:
  enabled: false

pool:
  min: 2
  max: 10

bindIP: 0.0.0.0
logLevel: info
logFormat: default
offline: false
ha: false
dataPath: ./data
bodyParserLimit: 5mb
"""
    return pick(R, ['config.yml', 'wikijs/config.yml', 'wiki/config.yml']), fill(t, V=v, DBHOST=pick(R, DBHOSTS))


@P('wikijs_compose', 'wikijs', 'db_password', 'pw', 'DB_PASS', lambda R: pw(R, url=True))
def _(R, v):
    t = """version: "3"
services:
  db:
    image: postgres:15-alpine
    environment:
      POSTGRES_DB: wiki
      POSTGRES_USER: wikijs
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    logging:
      driver: none
    restart: unless-stopped
    volumes:
      - db-data:/var/lib/postgresql/data

  wiki:
    image: ghcr.io/requarks/wiki:2
    depends_on:
      - db
    environment:
      DB_TYPE: postgres
      DB_HOST: db
      DB_PORT: 5432
      DB_USER: wikijs
      DB_PASS: "@V@"
      DB_NAME: wiki
    restart: unless-stopped
    ports:
      - "80:3000"

volumes:
  db-data:
"""
    return pick(R, ['docker-compose.yml', 'wikijs/docker-compose.yml']), fill(t, V=v)


@P('wikijs_graphql_js', 'wikijs', 'api_token_jwt', 'jwt', 'WIKI_API_KEY', wikijs_jwt)
def _(R, v):
    t = """// Publishes generated API reference pages to the team wiki.
import { readFile } from 'node:fs/promises';
import { GraphQLClient, gql } from 'graphql-request';

const client = new GraphQLClient('https://@HOST@/graphql', {
  headers: {
    Authorization: 'Bearer @V@',
  },
});

const UPDATE = gql`
  mutation ($id: Int!, $content: String!) {
    pages {
      update(id: $id, content: $content, isPublished: true) {
        responseResult { succeeded message }
      }
    }
  }
`;

export async function publish(id, file) {
  const content = await readFile(file, 'utf8');
  return client.request(UPDATE, { id, content });
}
"""
    return pick(R, ['scripts/publish-wiki.mjs', 'tools/wiki/publish.js']), fill(t, V=v, HOST=host(R))


@P('wikijs_python', 'wikijs', 'api_token_jwt', 'jwt', 'WIKI_TOKEN', wikijs_jwt)
def _(R, v):
    t = """\"\"\"Mirror runbooks from git into Wiki.js pages.\"\"\"
import json
import pathlib

import requests

ENDPOINT = "https://@HOST@/graphql"
wiki = "@V@"

QUERY = \"\"\"
query { pages { list(orderBy: TITLE) { id path title updatedAt } } }
\"\"\"


def list_pages():
    resp = requests.post(ENDPOINT, json={"query": QUERY},
                         headers={"Authorization": "Bearer " + wiki}, timeout=30)
    resp.raise_for_status()
    return resp.json()["data"]["pages"]["list"]


if __name__ == "__main__":
    for p in list_pages():
        print(p["id"], p["path"])
"""
    return pick(R, ['tools/mirror_runbooks.py', 'sync/wikijs_sync.py']), fill(t, V=v, HOST=host(R))


@P('wikijs_gha', 'wikijs', 'api_token_jwt', 'jwt', 'WIKIJS_TOKEN', wikijs_jwt)
def _(R, v):
    t = """name: Publish docs to Wiki.js
on:
  push:
    branches: [main]
    paths: ['docs/**']

jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      WIKIJS_URL: https://@HOST@/graphql
      WIKIJS_TOKEN: @V@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - run: node scripts/publish-wiki.mjs docs/
"""
    return pick(R, ['.github/workflows/wiki-publish.yml', '.github/workflows/docs.yml']), fill(t, V=v, HOST=host(R))


@P('wikijs_helm_pg', 'wikijs', 'db_password', 'pw', 'postgresqlPassword', lambda R: pw(R, url=True))
def _(R, v):
    t = """# values for requarks/wiki chart
replicaCount: 1
ingress:
  enabled: true
  hosts:
    - host: @HOST@
      paths:
        - path: "/"
          pathType: Prefix
postgresql:
  enabled: true
  postgresqlUser: wikijs
  postgresqlDatabase: wiki
  postgresqlPassword: @V@
  persistence:
    enabled: true
    size: 8Gi
resources:
  requests:
    cpu: 100m
    memory: 256Mi
"""
    return pick(R, ['deploy/values.yaml', 'charts/wiki/values.prod.yaml']), fill(t, V=v, HOST=host(R))


# ---------------------------- Outline -------------------------------------
OUTLINE_REST = """URL=https://@HOST@
PORT=3000
REDIS_URL=redis://redis:6379
PGSSLMODE=disable
FILE_STORAGE=local
FILE_STORAGE_LOCAL_ROOT_DIR=/var/lib/outline/data
FILE_STORAGE_UPLOAD_MAX_SIZE=262144000
FORCE_HTTPS=true
ENABLE_UPDATES=false
WEB_CONCURRENCY=1
LOG_LEVEL=info
DEFAULT_LANGUAGE=en_US
"""


@P('outline_compose_secret', 'outline', 'secret_key', 'hex', 'SECRET_KEY', lambda R: hexs(R, 64))
def _(R, v):
    t = """services:
  outline:
    image: docker.getoutline.com/outlinewiki/outline:@TAG@
    env_file: ./docker.env
    environment:
      NODE_ENV: production
      SECRET_KEY: @V@
      UTILS_SECRET: ${OUTLINE_UTILS_SECRET}
      DATABASE_URL: ${OUTLINE_DATABASE_URL}
    ports:
      - "3000:3000"
    volumes:
      - storage-data:/var/lib/outline/data
    depends_on:
      - postgres
      - redis
  redis:
    image: redis:7
  postgres:
    image: postgres:16
volumes:
  storage-data:
"""
    return pick(R, ['outline/docker-compose.yml', 'docker-compose.yml']), fill(t, V=v, TAG=pick(R, ['0.80.2', '0.81.1', 'latest']))


@P('outline_dockerenv_utils', 'outline', 'secret_key', 'hex', 'UTILS_SECRET', lambda R: hexs(R, 64))
def _(R, v):
    t = """# –––––––––––––––– REQUIRED ––––––––––––––––
NODE_ENV=production
SECRET_KEY=${SECRET_KEY}
UTILS_SECRET=@V@
DATABASE_URL=postgres://outline@postgres:5432/outline
""" + OUTLINE_REST
    return pick(R, ['docker.env', 'outline/docker.env', 'deploy/outline.env']), fill(t, V=v, HOST=host(R))


@P('outline_slack', 'slack', 'oauth_client_secret', 'hex', 'SLACK_CLIENT_SECRET', lambda R: hexs(R, 32))
def _(R, v):
    t = """apiVersion: v1
kind: Secret
metadata:
  name: outline-slack
  namespace: @NS@
type: Opaque
stringData:
  SLACK_CLIENT_ID: "@CID@"
  SLACK_CLIENT_SECRET: "@V@"
  SLACK_APP_ID: "@APP@"
  SLACK_MESSAGE_ACTIONS: "true"
"""
    cid = '%d.%d' % (R.randint(10 ** 10, 10 ** 11), R.randint(10 ** 12, 10 ** 13))
    return pick(R, ['k8s/outline/slack-secret.yaml', 'manifests/outline-slack.yaml']), fill(
        t, V=v, NS=pick(R, TEAMS), CID=cid, APP='A0' + rs(R, UP + DIG, 9))


@P('outline_oidc', 'outline', 'oauth_client_secret', 'token', 'OIDC_CLIENT_SECRET', lambda R: rs(R, AN, 64))
def _(R, v):
    h = host(R)
    t = """outline:
  url: https://@HOST@
  auth:
    oidc:
      enabled: true
      clientId: outline
      clientSecret: @V@
      authUri: https://auth.@DOM@/application/o/authorize/
      tokenUri: https://auth.@DOM@/application/o/token/
      userInfoUri: https://auth.@DOM@/application/o/userinfo/
      usernameClaim: preferred_username
      displayName: Authentik
      scopes: "openid profile email"
"""
    return pick(R, ['helm/outline/values.yaml', 'deploy/outline-values.yaml']), fill(t, V=v, HOST=h, DOM=h.split('.', 1)[1])


@P('outline_google', 'google', 'oauth_client_secret', 'token', 'GOOGLE_CLIENT_SECRET', google_secret)
def _(R, v):
    t = """# Terraform: Outline on the shared ECS cluster
resource "aws_ecs_task_definition" "outline" {
  family                   = "outline"
  requires_compatibilities = ["FARGATE"]
  cpu                      = 512
  memory                   = 1024
  container_definitions = jsonencode([{
    name  = "outline"
    image = "outlinewiki/outline:@TAG@"
    environment = [
      { name = "URL", value = "https://@HOST@" },
      { name = "GOOGLE_CLIENT_ID", value = "@GID@.apps.googleusercontent.com" },
      { name = "GOOGLE_CLIENT_SECRET", value = "@V@" },
      { name = "FORCE_HTTPS", value = "true" },
    ]
    portMappings = [{ containerPort = 3000 }]
  }])
}
"""
    return pick(R, ['infra/outline.tf', 'terraform/ecs_outline.tf']), fill(
        t, V=v, TAG=pick(R, ['0.79.1', '0.80.2']), HOST=host(R),
        GID=str(R.randint(10 ** 11, 10 ** 12)) + '-' + rs(R, LAN, 32))


@P('outline_api_sh', 'outline', 'api_token', 'token', 'OUTLINE_API_KEY', lambda R: 'ol_api_' + rs(R, AN, 38))
def _(R, v):
    t = """#!/usr/bin/env bash
# Export a collection from Outline as markdown zip
set -e
COLLECTION_ID="@CID@"
curl -sS -X POST "https://@HOST@/api/collections.export" \\
  -H "Content-Type: application/json" \\
  -H "Authorization: Bearer @V@" \\
  -d "{\\"id\\": \\"$COLLECTION_ID\\", \\"format\\": \\"outline-markdown\\"}"
"""
    return pick(R, ['scripts/outline-export.sh', 'bin/export-collection']), fill(t, V=v, CID=uuid4(R), HOST=host(R))


@P('outline_slack_verif', 'slack', 'verification_token', 'token', 'SLACK_VERIFICATION_TOKEN', lambda R: rs(R, AN, 24))
def _(R, v):
    t = """[Unit]
Description=Outline knowledge base
After=network.target postgresql.service redis.service

[Service]
Type=simple
User=outline
WorkingDirectory=/opt/outline
EnvironmentFile=/etc/outline/outline.conf
Environment=NODE_ENV=production
Environment=SLACK_VERIFICATION_TOKEN=@V@
ExecStart=/usr/bin/node build/server/index.js
Restart=on-failure

[Install]
WantedBy=multi-user.target
"""
    return pick(R, ['deploy/systemd/outline.service', 'ops/outline.service']), fill(t, V=v)


# ---------------------------- XWiki ---------------------------------------
XWIKI_CFG = """#---------------------------------------------------------------------------
# See the NOTICE file distributed with this work for additional
# information regarding copyright ownership.
#---------------------------------------------------------------------------
# This is the main XWiki configuration file (old style).

xwiki.encoding=UTF-8
xwiki.store.class=com.xpn.xwiki.store.XWikiHibernateStore
xwiki.store.hibernate.path=/WEB-INF/hibernate.cfg.xml
xwiki.store.cache=1
xwiki.store.cache.capacity=500

#-# Virtual wikis (farm)
xwiki.virtual.usepath=1

xwiki.authentication=form
xwiki.authentication.cookiedomains=@DOM@
"""


@P('xwiki_validation', 'xwiki', 'secret_key', 'token', 'validationKey', lambda R: rs(R, AN, 32))
def _(R, v):
    t = XWIKI_CFG + """
#-# Cookie encryption keys. You SHOULD replace these values with any random string,
#-# as long as the length is the same.
xwiki.authentication.validationKey=@V@
xwiki.authentication.encryptionKey=${XWIKI_COOKIE_ENC_KEY}

xwiki.defaultskin=flamingo
xwiki.plugin.image.cache.capacity=30
"""
    return pick(R, ['WEB-INF/xwiki.cfg', 'xwiki/WEB-INF/xwiki.cfg', 'docker/xwiki/xwiki.cfg']), fill(t, V=v, DOM=host(R).split('.', 1)[1])


@P('xwiki_encryption', 'xwiki', 'secret_key', 'token', 'encryptionKey', lambda R: rs(R, AN, 32))
def _(R, v):
    t = XWIKI_CFG + """
#-# Cookie encryption keys
# xwiki.authentication.validationKey is injected by the entrypoint
xwiki.authentication.encryptionKey=@V@

xwiki.authentication.unauthorized_code=200
xwiki.section.edit=1
"""
    return pick(R, ['WEB-INF/xwiki.cfg', 'config/xwiki.cfg']), fill(t, V=v, DOM=host(R).split('.', 1)[1])


@P('xwiki_superadmin', 'xwiki', 'admin_password', 'pw', 'superadminpassword', pw)
def _(R, v):
    t = XWIKI_CFG + """
#-# Enable to allow superadmin. It is disabled by default as this could be a
#-# security breach if it were set and you forgot about it.
xwiki.superadminpassword=@V@
"""
    return pick(R, ['WEB-INF/xwiki.cfg', 'xwiki/xwiki.cfg']), fill(t, V=v, DOM=host(R).split('.', 1)[1])


@P('xwiki_hibernate', 'xwiki', 'db_password', 'pw', 'DB_PASSWORD', lambda R: pw(R, url=True))
def _(R, v):
    t = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE hibernate-configuration PUBLIC
  "-//Hibernate/Hibernate Configuration DTD//EN"
  "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
<hibernate-configuration>
  <session-factory>
    <property name="show_sql">false</property>
    <property name="use_outer_join">true</property>
    <property name="jdbc.use_scrollable_resultset">false</property>
    <property name="dbcp.defaultAutoCommit">false</property>
    <property name="dbcp.maxTotal">50</property>

    <!-- PostgreSQL configuration -->
    <property name="hibernate.connection.url">jdbc:postgresql://@DBHOST@:5432/xwiki</property>
    <property name="hibernate.connection.username">xwiki</property>
    <property name="hibernate.connection.password">@V@</property>
    <property name="hibernate.connection.driver_class">org.postgresql.Driver</property>
    <property name="jdbc.use_streams_for_binary">false</property>
    <property name="xwiki.virtual_mode">schema</property>
    <mapping resource="xwiki.postgresql.hbm.xml"/>
    <mapping resource="feeds.hbm.xml"/>
    <mapping resource="instance.hbm.xml"/>
  </session-factory>
</hibernate-configuration>
"""
    return pick(R, ['WEB-INF/hibernate.cfg.xml', 'xwiki/hibernate.cfg.xml']), fill(t, V=v, DBHOST=pick(R, DBHOSTS))


# ---------------------------- Confluence ----------------------------------
@P('conf_cfg_xml', 'confluence', 'db_password', 'pw', 'hibernate.connection.password', lambda R: pw(R, url=True))
def _(R, v):
    t = """<?xml version="1.0" encoding="UTF-8"?>

<confluence-configuration>
  <setupStep>complete</setupStep>
  <setupType>custom</setupType>
  <buildNumber>@BUILD@</buildNumber>
  <properties>
    <property name="admin.ui.allow.daily.backup.custom.location">false</property>
    <property name="atlassian.license.message">${CONFLUENCE_LICENSE_REF}</property>
    <property name="attachments.dir">${confluenceHome}/attachments</property>
    <property name="confluence.setup.server.id">@SID@</property>
    <property name="confluence.webapp.context.path"></property>
    <property name="hibernate.c3p0.max_size">60</property>
    <property name="hibernate.connection.driver_class">org.postgresql.Driver</property>
    <property name="hibernate.connection.isolation">2</property>
    <property name="hibernate.connection.password">@V@</property>
    <property name="hibernate.connection.url">jdbc:postgresql://@DBHOST@:5432/confluence</property>
    <property name="hibernate.connection.username">confluenceuser</property>
    <property name="hibernate.database.lower_non_ascii_supported">true</property>
    <property name="hibernate.dialect">com.atlassian.confluence.impl.hibernate.dialect.PostgreSQLDialect</property>
    <property name="lucene.index.dir">${localHome}/index</property>
    <property name="webwork.multipart.saveDir">${localHome}/temp</property>
  </properties>
</confluence-configuration>
"""
    sid = '-'.join(rs(R, UP + DIG, 4) for _ in range(4))
    return pick(R, ['confluence-home/confluence.cfg.xml', 'confluence.cfg.xml', 'ansible/files/confluence.cfg.xml']), fill(
        t, V=v, BUILD=pick(R, ['8703', '9012', '9103']), SID=sid, DBHOST=pick(R, DBHOSTS))


@P('conf_compose', 'confluence', 'db_password', 'pw', 'ATL_JDBC_PASSWORD', pw)
def _(R, v):
    t = """services:
  confluence:
    image: atlassian/confluence:@TAG@
    ports:
      - "8090:8090"
      - "8091:8091"
    environment:
      - JVM_MINIMUM_MEMORY=2048m
      - JVM_MAXIMUM_MEMORY=4096m
      - ATL_PROXY_NAME=@HOST@
      - ATL_PROXY_PORT=443
      - ATL_TOMCAT_SCHEME=https
      - ATL_TOMCAT_SECURE=true
      - ATL_JDBC_URL=jdbc:postgresql://confluence-db:5432/confluence
      - ATL_JDBC_USER=confluence
      - ATL_JDBC_PASSWORD=@V@
      - ATL_DB_TYPE=postgresql
    volumes:
      - confluence-home:/var/atlassian/application-data/confluence
volumes:
  confluence-home:
"""
    return pick(R, ['confluence/docker-compose.yml', 'docker-compose.confluence.yml']), fill(
        t, V=v, TAG=pick(R, ['8.5.14', '9.2.1-jdk17', 'lts']), HOST=host(R))


@P('conf_pat_python', 'confluence', 'api_token', 'token', 'CONFLUENCE_PAT', confluence_pat)
def _(R, v):
    t = """#!/usr/bin/env python3
\"\"\"Copy release notes from the repo into the Confluence space ENG.\"\"\"
import sys

from atlassian import Confluence

confluence = Confluence(
    url="https://confluence.@DOM@",
    token="@V@",
)

SPACE = "ENG"
PARENT_ID = @PID@


def main(path):
    with open(path, encoding="utf-8") as fh:
        body = fh.read()
    confluence.update_or_create(PARENT_ID, "Release notes", body, representation="wiki")


if __name__ == "__main__":
    main(sys.argv[1])
"""
    return pick(R, ['scripts/push_release_notes.py', 'tools/confluence_publish.py']), fill(
        t, V=v, DOM=host(R).split('.', 1)[1], PID=R.randint(10 ** 7, 10 ** 9))


# ---------------------------- Foswiki / TWiki -----------------------------
@P('foswiki_smtp', 'foswiki', 'smtp_password', 'pw', 'SMTP_PASSWORD', pw)
def _(R, v):
    h = host(R)
    t = """# Local site settings for Foswiki. This file is managed by the 'configure'
# CGI script, though you can also make (careful!) manual changes with a
# text editor.
$Foswiki::cfg{DefaultUrlHost} = 'https://@HOST@';
$Foswiki::cfg{ScriptUrlPath} = '/bin';
$Foswiki::cfg{PubUrlPath} = '/pub';
$Foswiki::cfg{DataDir} = '/var/www/foswiki/data';
$Foswiki::cfg{PubDir} = '/var/www/foswiki/pub';
$Foswiki::cfg{WorkingDir} = '/var/www/foswiki/working';
$Foswiki::cfg{ToolsDir} = '/var/www/foswiki/tools';
$Foswiki::cfg{TemplateDir} = '/var/www/foswiki/templates';
$Foswiki::cfg{LocalesDir} = '/var/www/foswiki/locale';
$Foswiki::cfg{Site}{Locale} = 'en_US.utf-8';
$Foswiki::cfg{WebMasterEmail} = 'webmaster@@DOM@';
$Foswiki::cfg{Email}{MailMethod} = 'Net::SMTP::TLS';
$Foswiki::cfg{SMTP}{MAILHOST} = 'smtp.@DOM@:587';
$Foswiki::cfg{SMTP}{Username} = 'foswiki@@DOM@';
$Foswiki::cfg{SMTP}{Password} = '@V@';
$Foswiki::cfg{Plugins}{SolrPlugin}{Enabled} = 0;
1;
"""
    return pick(R, ['lib/LocalSite.cfg', 'foswiki/lib/LocalSite.cfg']), fill(t, V=v, HOST=h, DOM=h.split('.', 1)[1])


@P('twiki_ldap', 'twiki', 'ldap_password', 'pw', 'BindPassword', pw)
def _(R, v):
    t = """# TWiki LocalSite.cfg - site specific settings
$TWiki::cfg{DefaultUrlHost} = 'http://@HOST@';
$TWiki::cfg{ScriptUrlPath} = '/twiki/bin';
$TWiki::cfg{PubUrlPath} = '/twiki/pub';
$TWiki::cfg{PassordManager} = 'none';
$TWiki::cfg{UserMappingManager} = 'TWiki::Users::LdapUserMapping';
$TWiki::cfg{Ldap}{Host} = 'ldap.corp.example';
$TWiki::cfg{Ldap}{Port} = 389;
$TWiki::cfg{Ldap}{Base} = 'dc=corp,dc=example';
$TWiki::cfg{Ldap}{BindDN} = 'cn=twiki,ou=svc,dc=corp,dc=example';
$TWiki::cfg{Ldap}{BindPassword} = '@V@';
$TWiki::cfg{Ldap}{UserBase} = ['ou=people,dc=corp,dc=example'];
1;
"""
    return pick(R, ['twiki/lib/LocalSite.cfg', 'lib/LocalSite.cfg']), fill(t, V=v, HOST=host(R))


# ---------------------------- Algolia / docs sites ------------------------
@P('algolia_docsearch_gha', 'algolia', 'algolia_admin_key', 'algolia', 'API_KEY', lambda R: hexs(R, 32))
def _(R, v):
    t = """name: docsearch-scraper
on:
  workflow_dispatch:
  schedule:
    - cron: "0 4 * * 1"

jobs:
  scrape:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Run DocSearch scraper
        env:
          APPLICATION_ID: @APP@
          API_KEY: @V@
        run: |
          docker run \\
            -e APPLICATION_ID -e API_KEY \\
            -e "CONFIG=$(cat docsearch.json | jq -r tostring)" \\
            algolia/docsearch-scraper
"""
    return pick(R, ['.github/workflows/docsearch.yml', '.github/workflows/search-index.yml']), fill(t, V=v, APP=algolia_app(R))


@P('algolia_index_js', 'algolia', 'algolia_admin_key', 'algolia', 'ALGOLIA_ADMIN_KEY', lambda R: hexs(R, 32))
def _(R, v):
    t = """// Push the generated search records for the handbook into Algolia.
const algoliasearch = require('algoliasearch');
const records = require('../build/search-records.json');

const client = algoliasearch('@APP@', '@V@');
const index = client.initIndex('@IDX@');

index
  .replaceAllObjects(records, { autoGenerateObjectIDIfNotExist: true })
  .then(({ objectIDs }) => console.log(`indexed ${objectIDs.length} records`))
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
"""
    return pick(R, ['scripts/algolia-index.js', 'website/scripts/push-index.js']), fill(
        t, V=v, APP=algolia_app(R), IDX=pick(R, ['handbook', 'docs', 'kb_prod']))


@P('algolia_mkdocs_py', 'algolia', 'algolia_admin_key', 'algolia', 'write_key', lambda R: hexs(R, 32))
def _(R, v):
    t = """\"\"\"MkDocs post-build hook: upload search_index.json to Algolia.\"\"\"
import json
import os

from algoliasearch.search_client import SearchClient

APP_ID = "@APP@"
write_key = "@V@"


def on_post_build(config, **kwargs):
    path = os.path.join(config["site_dir"], "search", "search_index.json")
    with open(path, encoding="utf-8") as fh:
        docs = json.load(fh)["docs"]
    client = SearchClient.create(APP_ID, write_key)
    index = client.init_index("@IDX@")
    index.replace_all_objects(
        [{"objectID": d["location"], "title": d["title"], "text": d["text"][:5000]} for d in docs]
    )
"""
    return pick(R, ['hooks/algolia.py', 'docs/hooks/search_upload.py']), fill(
        t, V=v, APP=algolia_app(R), IDX=pick(R, ['mkdocs', 'handbook']))


@P('algolia_reindex_sh', 'algolia', 'algolia_admin_key', 'algolia', 'ALGOLIA_ADMIN_KEY', lambda R: hexs(R, 32))
def _(R, v):
    t = """#!/usr/bin/env bash
# Rebuild the docs and reindex (run from CI on release tags)
set -euo pipefail
export ALGOLIA_APP_ID=@APP@
export ALGOLIA_ADMIN_KEY=@V@
export ALGOLIA_INDEX_NAME=@IDX@

npm run build
npx @docsearch/crawler-cli --config ./docsearch.config.json
"""
    return pick(R, ['scripts/reindex.sh', 'website/reindex.sh']), fill(
        t, V=v, APP=algolia_app(R), IDX=pick(R, ['docs', 'website', 'handbook-v2']))


# ---------------------------- Read the Docs -------------------------------
@P('rtd_api_token', 'readthedocs', 'api_token', 'hex', 'RTD_TOKEN', lambda R: hexs(R, 40))
def _(R, v):
    t = """#!/bin/sh
# Activate the new version on Read the Docs after tagging.
VERSION="$1"
curl -sf -X PATCH \\
  -H "Authorization: Token @V@" \\
  -H "Content-Type: application/json" \\
  -d '{"active": true, "hidden": false}' \\
  "https://readthedocs.org/api/v3/projects/@PROJ@/versions/${VERSION}/"
"""
    return pick(R, ['scripts/rtd-activate.sh', 'release/activate-docs.sh']), fill(t, V=v, PROJ=pick(R, ['acme-sdk', 'wikitools', 'northwind-docs']))


@P('rtd_webhook', 'readthedocs', 'webhook_token', 'hex', 'RTD_WEBHOOK_TOKEN', lambda R: hexs(R, 40))
def _(R, v):
    t = """name: trigger-docs
on:
  push:
    branches: [main, "release/**"]
jobs:
  rtd:
    runs-on: ubuntu-latest
    steps:
      - name: Trigger Read the Docs build
        run: >
          curl -X POST
          -d "branches=${GITHUB_REF_NAME}"
          -d "token=@V@"
          https://readthedocs.org/api/v2/webhook/@PROJ@/@HID@/
"""
    return pick(R, ['.github/workflows/rtd.yml', '.github/workflows/trigger-docs.yml']), fill(
        t, V=v, PROJ=pick(R, ['acme-sdk', 'wikitools']), HID=R.randint(100000, 299999))


@P('rtd_webhook_receiver', 'readthedocs', 'webhook_secret', 'token', 'RTD_WEBHOOK_SECRET', lambda R: b64u(R, 24))
def _(R, v):
    t = """import hashlib
import hmac

from flask import Flask, abort, request

app = Flask(__name__)
SIGNING = b"@V@"


@app.post("/hooks/readthedocs")
def rtd_hook():
    sig = request.headers.get("X-Hub-Signature", "")
    digest = hmac.new(SIGNING, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, digest):
        abort(403)
    event = request.get_json()
    app.logger.info("docs build %s for %s", event.get("event"), event.get("name"))
    return "", 204
"""
    return pick(R, ['hooks/app.py', 'services/docs-notifier/app.py']), fill(t, V=v)


# ---------------------------- Notion / GitBook ----------------------------
@P('notion_py', 'notion', 'api_token', 'token', 'NOTION_TOKEN', notion_token)
def _(R, v):
    t = """from notion_client import Client

from sync.markdown import blocks_to_markdown

notion = Client(auth="@V@")
DATABASE_ID = "@DBID@"


def export_pages(outdir):
    cursor = None
    while True:
        resp = notion.databases.query(database_id=DATABASE_ID, start_cursor=cursor)
        for page in resp["results"]:
            blocks = notion.blocks.children.list(block_id=page["id"])["results"]
            (outdir / f"{page['id']}.md").write_text(blocks_to_markdown(blocks))
        if not resp.get("has_more"):
            break
        cursor = resp["next_cursor"]
"""
    return pick(R, ['sync/notion_export.py', 'scripts/notion2docs.py']), fill(t, V=v, DBID=hexs(R, 32))


@P('notion_gha', 'notion', 'api_token', 'token', 'NOTION_TOKEN', notion_token)
def _(R, v):
    t = """name: notion-to-docusaurus
on:
  schedule:
    - cron: "30 */6 * * *"
jobs:
  pull:
    runs-on: ubuntu-latest
    env:
      NOTION_TOKEN: @V@
      NOTION_ROOT_PAGE: @ROOT@
    steps:
      - uses: actions/checkout@v4
      - run: npx docu-notion -n "$NOTION_TOKEN" -r "$NOTION_ROOT_PAGE"
      - uses: peter-evans/create-pull-request@v6
        with:
          title: "docs: sync from Notion"
"""
    return pick(R, ['.github/workflows/notion-sync.yml']), fill(t, V=v, ROOT=hexs(R, 32))


@P('notion_js', 'notion', 'api_token', 'token', 'auth', notion_token)
def _(R, v):
    t = """import { Client } from '@notionhq/client';
import { NotionToMarkdown } from 'notion-to-md';

const notion = new Client({ auth: '@V@' });
const n2m = new NotionToMarkdown({ notionClient: notion });

export async function pageToMarkdown(pageId) {
  const blocks = await n2m.pageToMarkdown(pageId);
  return n2m.toMarkdownString(blocks).parent;
}
"""
    return pick(R, ['src/lib/notion.mjs', 'website/plugins/notion-source.js']), fill(t, V=v)


@P('gitbook_sh', 'gitbook', 'api_token', 'token', 'GITBOOK_TOKEN', lambda R: 'gb_api_' + rs(R, AN, 40))
def _(R, v):
    t = """#!/usr/bin/env bash
# List spaces of the docs org so the import job knows where to push.
ORG_ID=@ORG@
curl -s https://api.gitbook.com/v1/orgs/$ORG_ID/spaces \\
  -H 'Authorization: Bearer @V@' | jq '.items[] | {id, title}'
"""
    return pick(R, ['scripts/gitbook-spaces.sh', 'tools/gitbook/list.sh']), fill(t, V=v, ORG=rs(R, AN, 20))


# ---------------------------- Trilium -------------------------------------
@P('trilium_py', 'trilium', 'api_token', 'token', 'ETAPI_TOKEN', trilium_token)
def _(R, v):
    t = """from trilium_py.client import ETAPI

server_url = "http://@HOST@:8080"
ea = ETAPI(server_url, "@V@")

today = ea.inbox("@DATE@")
ea.create_note(
    parentNoteId=today["noteId"],
    title="Daily standup",
    type="text",
    content="<p>Notes imported from the chat export.</p>",
)
"""
    return pick(R, ['scripts/trilium_daily.py', 'automation/trilium/daily_note.py']), fill(
        t, V=v, HOST=pick(R, ['trilium.lan', '192.168.1.40', 'notes.home.arpa']), DATE=ts_date(R))


@P('trilium_sh', 'trilium', 'api_token', 'token', 'TOKEN', trilium_token)
def _(R, v):
    t = """#!/usr/bin/env bash

# Configuration
TOKEN='@V@'
SERVER=https://@HOST@

# Fetch the HTML content of a note
NOTE_ID="$1"
curl -s -H "Authorization: $TOKEN" "$SERVER/etapi/notes/$NOTE_ID/content"
"""
    return pick(R, ['bin/trilium-get-note.sh', 'scripts/note-content.sh']), fill(t, V=v, HOST=pick(R, ['trilium.lan', 'notes.example.org']))


# ---------------------------- Docmost -------------------------------------
@P('docmost_secret', 'docmost', 'secret_key', 'hex', 'APP_SECRET', lambda R: hexs(R, 64))
def _(R, v):
    t = """services:
  docmost:
    image: docmost/docmost:@TAG@
    depends_on:
      - db
      - redis
    environment:
      APP_URL: "https://@HOST@"
      APP_SECRET: "@V@"
      DATABASE_URL: "postgresql://docmost:${POSTGRES_PASSWORD}@db:5432/docmost?schema=public"
      REDIS_URL: "redis://redis:6379"
    ports:
      - "3000:3000"
    restart: unless-stopped
    volumes:
      - docmost:/app/data/storage
  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_DB: docmost
      POSTGRES_USER: docmost
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
  redis:
    image: redis:7.2-alpine
volumes:
  docmost:
"""
    return pick(R, ['docmost/docker-compose.yml', 'docker-compose.yml']), fill(t, V=v, TAG=pick(R, ['0.6.2', 'latest']), HOST=host(R))


@P('docmost_dburl', 'docmost', 'db_password', 'url_pw', 'POSTGRES_PASSWORD', lambda R: pw(R, url=True))
def _(R, v):
    t = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: docmost
spec:
  replicas: 1
  selector:
    matchLabels: {app: docmost}
  template:
    metadata:
      labels: {app: docmost}
    spec:
      containers:
        - name: docmost
          image: docmost/docmost:0.6.2
          env:
            - name: APP_URL
              value: https://@HOST@
            - name: APP_SECRET
              valueFrom:
                secretKeyRef: {name: docmost, key: app-secret}
            - name: DATABASE_URL
              value: postgresql://docmost:@V@@@DBHOST@:5432/docmost?schema=public
          ports:
            - containerPort: 3000
"""
    return pick(R, ['k8s/docmost/deployment.yaml', 'manifests/docmost.yaml']), fill(t, V=v, HOST=host(R), DBHOST=pick(R, DBHOSTS))


# ---------------------------- HedgeDoc / CodiMD ---------------------------
HD_JSON = """{
  "production": {
    "domain": "@HOST@",
    "protocolUseSSL": true,
    "urlAddPort": false,
    "allowAnonymous": false,
    "allowAnonymousEdits": true,
    "allowFreeURL": false,
    "defaultPermission": "limited",
    "email": true,
    "allowEmailRegister": false,
    "imageUploadType": "filesystem",
    "csp": {
      "enable": true,
      "addDefaults": true,
      "upgradeInsecureRequests": "auto"
    },
@BODY@
  }
}
"""


@P('hedgedoc_session', 'hedgedoc', 'session_secret', 'b64', 'sessionSecret', lambda R: b64(R, 32))
def _(R, v):
    body = """    "dbURL": "postgres://hedgedoc@@DBHOST@:5432/hedgedoc",
    "sessionSecret": "@V@",
    "sessionLife": 1209600000"""
    return pick(R, ['config.json', 'hedgedoc/config.json']), fill(HD_JSON.replace('@BODY@', body), V=v, HOST=host(R), DBHOST=pick(R, DBHOSTS))


@P('hedgedoc_dburl', 'hedgedoc', 'db_password', 'url_pw', 'dbURL', lambda R: pw(R, url=True))
def _(R, v):
    body = """    "db": {
      "dialect": "postgres",
      "username": "hedgedoc",
      "password": "@V@",
      "database": "hedgedoc",
      "host": "@DBHOST@",
      "port": "5432"
    },
    "sessionSecret": "$CMD_SESSION_SECRET\""""
    return pick(R, ['config.json', 'codimd/config.json']), fill(HD_JSON.replace('@BODY@', body), V=v, HOST=host(R), DBHOST=pick(R, DBHOSTS))


@P('hedgedoc_github', 'github', 'oauth_client_secret', 'hex', 'clientSecret', lambda R: hexs(R, 40))
def _(R, v):
    body = """    "db": {
      "dialect": "sqlite",
      "storage": "./db.hedgedoc.sqlite"
    },
    "github": {
      "clientID": "Ov23li@CID@",
      "clientSecret": "@V@"
    }"""
    return pick(R, ['config.json', 'hedgedoc/config.json']), fill(HD_JSON.replace('@BODY@', body), V=v, HOST=host(R), CID=rs(R, AN, 14))


@P('hedgedoc_compose', 'hedgedoc', 'db_password', 'url_pw', 'CMD_DB_URL', lambda R: pw(R, url=True))
def _(R, v):
    t = """services:
  hedgedoc:
    image: quay.io/hedgedoc/hedgedoc:@TAG@
    environment:
      - CMD_DB_URL=postgres://hedgedoc:@V@@database:5432/hedgedoc
      - CMD_DOMAIN=@HOST@
      - CMD_PROTOCOL_USESSL=true
      - CMD_URL_ADDPORT=false
      - CMD_ALLOW_ANONYMOUS=false
    volumes:
      - uploads:/hedgedoc/public/uploads
    ports:
      - "3000:3000"
    restart: always
    depends_on:
      - database
  database:
    image: postgres:13.4-alpine
    volumes:
      - database:/var/lib/postgresql/data
volumes:
  database:
  uploads:
"""
    return pick(R, ['hedgedoc/docker-compose.yml', 'docker-compose.yml']), fill(t, V=v, TAG=pick(R, ['1.10.0', '1.9.9']), HOST=host(R))


@P('codimd_systemd', 'hedgedoc', 'session_secret', 'hex', 'CMD_SESSION_SECRET', lambda R: hexs(R, 48))
def _(R, v):
    t = """[Unit]
Description=CodiMD collaborative markdown notes
After=network.target

[Service]
Type=simple
User=codimd
WorkingDirectory=/opt/codimd
Environment=NODE_ENV=production
Environment=CMD_DOMAIN=@HOST@
Environment=CMD_SESSION_SECRET=@V@
Environment=CMD_DB_URL=sqlite:///var/lib/codimd/db.sqlite
ExecStart=/usr/bin/node app.js
Restart=always

[Install]
WantedBy=multi-user.target
"""
    return pick(R, ['deploy/codimd.service', 'systemd/hedgedoc.service']), fill(t, V=v, HOST=host(R))


# ---------------------------- TiddlyWiki ----------------------------------
@P('tiddlywiki_sh', 'tiddlywiki', 'server_password', 'pw', 'TW_PASSWORD', lambda R: pw(R, url=True))
def _(R, v):
    t = """#!/bin/sh
# Serve the family wiki on the LAN (started from rc.local)
cd /srv/tiddlywiki
exec tiddlywiki ./family --listen \\
  host=0.0.0.0 port=8080 \\
  username=@USER@ password=@V@ \\
  readers=(anon) writers=@USER@
"""
    return pick(R, ['serve.sh', 'tiddlywiki/start.sh']), fill(t, V=v, USER=pick(R, USERS))


@P('tiddlywiki_docker', 'tiddlywiki', 'server_password', 'pw', 'password', lambda R: pw(R, url=True))
def _(R, v):
    t = """FROM node:20-alpine
RUN npm install -g tiddlywiki@@TWVER@
WORKDIR /var/lib/tiddlywiki
COPY wiki/ ./wiki/
EXPOSE 8080
CMD ["tiddlywiki", "wiki", "--listen", "host=0.0.0.0", "port=8080", "username=@USER@", "password=@V@"]
"""
    return pick(R, ['Dockerfile', 'tiddlywiki/Dockerfile']), fill(t, V=v, TWVER=pick(R, ['5.3.3', '5.3.5']), USER=pick(R, USERS))


# ---------------------------- Kiwix / nginx -------------------------------
@P('kiwix_nginx_basic', 'kiwix', 'basic_auth', 'b64', 'Authorization', lambda R: basic_b64(R, 'kiwix'))
def _(R, v):
    t = """# Offline Wikipedia mirror, upstream kiwix-serve sits behind the library proxy
upstream kiwix {
    server 10.0.4.12:8080;
}

server {
    listen 443 ssl http2;
    server_name @HOST@;

    ssl_certificate     /etc/letsencrypt/live/@HOST@/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/@HOST@/privkey.pem;

    location / {
        proxy_pass http://kiwix;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header Authorization "Basic @V@";
        proxy_read_timeout 120s;
    }
}
"""
    return pick(R, ['nginx/sites-available/kiwix.conf', 'deploy/nginx/kiwix.conf']), fill(t, V=v, HOST=pick(R, ['wikipedia.lan', 'offline.example.org']))


@P('nginx_bookstack_token', 'bookstack', 'api_token', 'bookstack', 'token_secret', bs_pair)
def _(R, v):
    t = """# Read-only public mirror of selected BookStack shelves.
server {
    listen 80;
    server_name public-@HOST@;

    location /api/ {
        limit_except GET { deny all; }
        proxy_pass https://@HOST@/api/;
        proxy_set_header Authorization "Token @TID@:@V@";
        proxy_ssl_server_name on;
    }
}
"""
    return pick(R, ['nginx/conf.d/bookstack-mirror.conf', 'ops/nginx/mirror.conf']), fill(t, V=v, HOST=host(R), TID=rs(R, AN, 32))


# ---------------------------- Markdown / misc -----------------------------
@P('md_runbook_smtp', 'mediawiki', 'smtp_password', 'pw', 'SMTP password', pw)
def _(R, v):
    h = host(R)
    t = """# Wiki server runbook

## Overview

The wiki runs on `@HOST@` (MediaWiki @VER@, PHP 8.2, MariaDB 10.11).
Backups run nightly at 02:00 via `/etc/cron.d/wiki-backup`.

## Mail relay

Outgoing mail (password resets, watchlist notifications) goes through the
relay. If users report missing emails, check `/var/log/mail.log` first.

| Setting  | Value |
|----------|-------|
| Host     | smtp.@DOM@ |
| Port     | 587 (STARTTLS) |
| User     | wiki-mailer |
| Password | `@V@` |

## Updating

```
cd /var/www/wiki
git pull
php maintenance/run.php update --quick
```
"""
    return pick(R, ['docs/runbook.md', 'ops/wiki/README.md', 'docs/setup.md']), fill(
        t, V=v, HOST=h, DOM=h.split('.', 1)[1], VER=pick(R, ['1.41', '1.42', '1.43']))


@P('md_wikijs_token', 'wikijs', 'api_token_jwt', 'jwt', 'API key', wikijs_jwt)
def _(R, v):
    t = """## Wiki.js API access (internal)

The migration tooling talks to the Wiki.js GraphQL endpoint at
`https://@HOST@/graphql`. The key below was created in *Administration -> API
Access* with full access and expires next year.

```bash
export WIKI_KEY=@V@
node tools/migrate.js --from confluence-export/ --to /migrated
```

Rotate it after the migration is finished.
"""
    return pick(R, ['docs/migration.md', 'MIGRATION.md']), fill(t, V=v, HOST=host(R))


@P('properties_sync', 'confluence', 'db_password', 'pw', 'confluence.password', pw)
def _(R, v):
    t = """# confluence-to-wiki sync job
confluence.baseUrl=https://confluence.@DOM@
confluence.username=svc-wiki-sync
confluence.password=@V@
confluence.spaces=ENG,OPS,HR
target.type=bookstack
target.baseUrl=https://@HOST@
sync.cron=0 15 2 * * ?
sync.attachments=true
"""
    h = host(R)
    return pick(R, ['src/main/resources/sync.properties', 'config/application.properties']), fill(t, V=v, HOST=h, DOM=h.split('.', 1)[1])


@P('sql_wikijs_user', 'wikijs', 'db_password', 'pw', 'PASSWORD', lambda R: pw(R, url=True))
def _(R, v):
    t = """-- Bootstrap the Wiki.js database (run once as postgres)
CREATE DATABASE wiki ENCODING 'UTF8';
CREATE USER wikijs WITH PASSWORD '@V@';
GRANT ALL PRIVILEGES ON DATABASE wiki TO wikijs;
\\connect wiki
ALTER SCHEMA public OWNER TO wikijs;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
"""
    return pick(R, ['db/init/01-wikijs.sql', 'sql/bootstrap.sql']), fill(t, V=v)


@P('tf_outline_secret', 'outline', 'secret_key', 'hex', 'SECRET_KEY', lambda R: hexs(R, 64))
def _(R, v):
    t = """resource "kubernetes_secret" "outline" {
  metadata {
    name      = "outline-env"
    namespace = kubernetes_namespace.wiki.metadata[0].name
  }

  data = {
    SECRET_KEY   = "@V@"
    UTILS_SECRET = var.outline_utils_secret
    DATABASE_URL = "postgres://outline@${module.db.endpoint}/outline"
  }
}
"""
    return pick(R, ['terraform/outline.tf', 'infra/k8s/outline_secret.tf']), fill(t, V=v)


@P('dockerfile_mw', 'mediawiki', 'secret_key', 'hex', 'MW_SECRET_KEY', lambda R: hexs(R, 64))
def _(R, v):
    t = """FROM mediawiki:@TAG@

RUN apt-get update \\
 && apt-get install -y --no-install-recommends imagemagick librsvg2-bin \\
 && rm -rf /var/lib/apt/lists/*

COPY LocalSettings.php /var/www/html/LocalSettings.php
COPY extensions/ /var/www/html/extensions/

ENV MW_SITE_SERVER=https://@HOST@ \\
    MW_SECRET_KEY=@V@ \\
    PHP_MEMORY_LIMIT=256M
"""
    return pick(R, ['Dockerfile', 'docker/mediawiki/Dockerfile']), fill(t, V=v, TAG=pick(R, ['1.41', '1.42-fpm', '1.43']), HOST=host(R))


@P('ini_trilium_sync', 'trilium', 'db_password', 'pw', 'syncServerPassword', pw)
def _(R, v):
    t = """[General]
instanceName=workstation
noAuthentication=false
noBackup=false

[Network]
host=0.0.0.0
port=8080
https=false

[Sync]
syncServerHost=https://@HOST@
syncServerTimeout=120000
syncProxy=
# used only by the provisioning script on first run
setupPassword=@V@
"""
    return pick(R, ['trilium-data/config.ini', 'config/trilium.ini']), fill(t, V=v, HOST=pick(R, ['trilium.example.org', 'notes.example.net']))


@P('csv_wiki_accounts', 'mediawiki', 'admin_password', 'pw', 'password', lambda R: pw(R, url=True))
def _(R, v):
    t = "username,email,groups,initial_password,created\n"
    rows = []
    k = R.randint(2, 5)
    for i in range(6):
        u = USERS[(i + k) % len(USERS)]
        p = '@V@' if i == k % 6 else ''
        rows.append('%s,%s@example.org,%s,%s,%s' % (u.capitalize(), u, pick(R, ['user', 'sysop', 'bureaucrat;sysop']), p, ts_date(R)))
    return pick(R, ['ops/onboarding/wiki-accounts.csv', 'data/new_accounts.csv']), fill(t + '\n'.join(rows) + '\n', V=v)


@P('log_mw_install', 'mediawiki', 'upgrade_key', 'hex', 'upgrade key', lambda R: hexs(R, 16))
def _(R, v):
    t = """[@D@ 10:14:02] Including extension.json/skin.json files...
[@D@ 10:14:03] Setting up database...
[@D@ 10:14:05] Creating tables... done
[@D@ 10:14:06] Creating database user... done
[@D@ 10:14:06] Populating default interwiki table... done
[@D@ 10:14:07] Generating secret keys...
[@D@ 10:14:07]   upgrade key: @V@
[@D@ 10:14:07] Prevent running unneeded updates... done
[@D@ 10:14:08] Creating main page with default content... done
[@D@ 10:14:08] MediaWiki has been successfully installed.
"""
    return pick(R, ['logs/install.log', 'var/log/mediawiki-install.log']), fill(t, V=v, D=ts_date(R))


# ---------------------------------------------------------------------------
# Placeholder values for re-used templates (negatives, first half)
# ---------------------------------------------------------------------------
DOC_EXAMPLES = {
    'captcha_re': ['6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe'],
    'captcha_h': ['0x0000000000000000000000000000000000000000'],
    'wikijs_db': ['wikijsrocks'],
    'bookstack': ['NOvD3VlzuSVuBPNaf1xWHmy7nIRlaj22'],
}
XWIKI_DEFAULTS = ['totototototototototototototototo', 'titititititititititititititititi']


def env_name(ev):
    out = []
    for i, ch in enumerate(ev):
        if ch.isupper() and i and ev[i - 1].islower():
            out.append('_')
        out.append(ch if ch.isalnum() else '_')
    return ''.join(out).upper().strip('_')


def placeholder(R, t):
    en = env_name(t['ev'])
    low = en.lower()
    url_safe = t['ph'] == 'url_pw'
    opts = [('empty', ''), ('placeholder', 'changeme'), ('placeholder', 'CHANGE_ME'),
            ('placeholder', 'REPLACE_ME'), ('env-ref', '${' + en + '}'),
            ('masked', '********'), ('placeholder', '<password>')]
    if not url_safe:
        opts += [('placeholder', '<your-' + low.replace('_', '-') + '>'),
                 ('placeholder', 'YOUR_API_KEY_HERE'),
                 ('placeholder', 'x' * pick(R, [16, 24, 32, 40])),
                 ('masked', '[REDACTED]'), ('masked', '<redacted>'),
                 ('secret-manager', 'op://Infrastructure/' + t['provider'] + '/' + low),
                 ('secret-manager', 'vault:secret/data/wiki/' + t['provider'] + '#' + low),
                 ('template', '{{ ' + low + ' }}'),
                 ('template', '{{ .Values.secrets.' + low + ' }}'),
                 ('placeholder', 'TODO-set-in-vault')]
    ex = list(DOC_EXAMPLES.get(t['ph'], []))
    if t['name'].startswith('xwiki_') and t['ph'] == 'token':
        ex += XWIKI_DEFAULTS
    if ex and R.random() < 0.45:
        return 'doc-example', pick(R, ex)
    return pick(R, opts)


# ---------------------------------------------------------------------------
# Look-alike negative templates: fn(R) -> (relpath, text)
# ---------------------------------------------------------------------------
NEG = []


def N(name, provider, kind):
    def deco(fn):
        NEG.append({'name': name, 'provider': provider, 'kind': kind, 'render': fn})
        return fn
    return deco


BCRYPT = './' + UP + LOW + DIG


def bcrypt_hash(R):
    return '$2y$' + pick(R, ['10', '12']) + '$' + rs(R, BCRYPT, 53)


def md5crypt(R, tag='1'):
    return '$' + tag + '$' + rs(R, BCRYPT, 8) + '$' + rs(R, BCRYPT, 22)


def mw_pbkdf2(R):
    return ':pbkdf2:sha512:30000:64:' + b64(R, 16) + ':' + b64(R, 64)


def base36(R, n):
    return rs(R, DIG + LOW, n)


@N('dw_users_bcrypt', 'dokuwiki', 'password_hash')
def _(R):
    lines = ["# users.auth.php", "# <?php exit()?>", "# Don't modify the lines above", "#",
             "# Userfile", "#", "# Auto-generated by install script", "# Date: " + ts_date(R), "#",
             "# Format:", "# login:passwordhash:Real Name:email:groups,comma,separated", ""]
    for u in USERS[:R.randint(4, 9)]:
        lines.append('%s:%s:%s %s:%s@example.org:%s' % (u, bcrypt_hash(R), u.capitalize(),
                     pick(R, ['Meyer', 'Okafor', 'Tanaka', 'Silva', 'Novak']), u, pick(R, ['admin,user', 'user', 'user,editors'])))
    return pick(R, ['conf/users.auth.php', 'dokuwiki/conf/users.auth.php']), '\n'.join(lines) + '\n'


@N('dw_users_md5', 'dokuwiki', 'password_hash')
def _(R):
    lines = ["# users.auth.php", "# <?php exit()?>", "# Don't modify the lines above", "#",
             "# Format:", "# login:passwordhash:Real Name:email:groups,comma,separated", ""]
    for u in USERS[:R.randint(3, 7)]:
        hsh = pick(R, [md5crypt(R), '$apr1$' + rs(R, BCRYPT, 8) + '$' + rs(R, BCRYPT, 22), hexs(R, 32)])
        lines.append('%s:%s:%s:%s@lab.example:user' % (u, hsh, u.capitalize(), u))
    return 'conf/users.auth.php.dist' if R.random() < 0.3 else 'conf/users.auth.php', '\n'.join(lines) + '\n'


@N('mw_user_sql', 'mediawiki', 'password_hash')
def _(R):
    rows = []
    for i, u in enumerate(USERS[:R.randint(3, 6)]):
        rows.append("(%d,'%s','','%s','','%s@example.org',NULL,'%s',NULL,NULL,'%s',%d)" % (
            i + 1, u.capitalize(), mw_pbkdf2(R), u, '2024%010d' % R.randint(0, 10 ** 10 - 1),
            hexs(R, 32), R.randint(0, 900)))
    t = """-- MariaDB dump 10.19  Distrib 10.11.6-MariaDB
-- Host: localhost    Database: wikidb
LOCK TABLES `user` WRITE;
/*!40000 ALTER TABLE `user` DISABLE KEYS */;
INSERT INTO `user` (user_id,user_name,user_real_name,user_password,user_newpassword,user_email,user_touched,user_registration,user_email_authenticated,user_email_token,user_token,user_editcount) VALUES
""" + ',\n'.join(rows) + """;
/*!40000 ALTER TABLE `user` ENABLE KEYS */;
UNLOCK TABLES;
"""
    return pick(R, ['backups/schema/user-table.sql', 'test/fixtures/wiki_users.sql']), t


@N('mw_B_hash_md', 'mediawiki', 'password_hash')
def _(R):
    t = """# Legacy password hashes

Accounts imported from the 2012 wiki still carry old-style salted MD5 hashes:

```
@A@
@B@
```

New hashes look like this after the user logs in once (PBKDF2, 30000 rounds):

```
@C@
```

Run `php maintenance/run.php wrapOldPasswords --type=pbkdf2-legacyB --update`
to wrap the remaining ones without waiting for logins.
"""
    return pick(R, ['docs/password-migration.md', 'NOTES.md']), fill(
        t, A=':B:%s:%s' % (hexs(R, 8), hexs(R, 32)), B=':B:%s:%s' % (hexs(R, 8), hexs(R, 32)), C=mw_pbkdf2(R))


@N('mw_recaptcha_site_getenv', 'recaptcha', 'public_site_key')
def _(R):
    t = """<?php
wfLoadExtensions( [ 'ConfirmEdit', 'ConfirmEdit/ReCaptchaNoCaptcha' ] );
$wgCaptchaClass = 'ReCaptchaNoCaptcha';
// The site key is public (it is rendered into every edit page).
$wgReCaptchaSiteKey = '@SITE@';
// The secret key comes from the environment, see deploy/README.md
$wgReCaptchaSecretKey = getenv( 'RECAPTCHA_SECRET_KEY' );
$wgCaptchaTriggers['createaccount'] = true;
"""
    return pick(R, ['extensions-config/ConfirmEdit.php', 'LocalSettings.d/captcha.php']), fill(t, SITE=recaptcha_site(R))


@N('hcaptcha_site_html', 'hcaptcha', 'public_site_key')
def _(R):
    t = """{% extends "base.html" %}
{% block content %}
<form method="post" action="/request-access">
  <label>Email <input type="email" name="email" required></label>
  <label>Why do you need wiki access? <textarea name="reason"></textarea></label>
  <div class="h-captcha" data-sitekey="@SK@"></div>
  <button type="submit">Request access</button>
</form>
<script src="https://js.hcaptcha.com/1/api.js" async defer></script>
{% endblock %}
"""
    return pick(R, ['templates/request_access.html', 'web/templates/signup.html.j2']), fill(t, SK=uuid4(R))


@N('docusaurus_algolia', 'algolia', 'public_search_key')
def _(R):
    t = """// @ts-check
const {themes: prismThemes} = require('prism-react-renderer');

/** @type {import('@docusaurus/types').Config} */
const config = {
  title: '@ORG@ Handbook',
  url: 'https://@HOST@',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  favicon: 'img/favicon.ico',
  presets: [['classic', {docs: {sidebarPath: './sidebars.js'}}]],
  themeConfig: {
    algolia: {
      // The application ID provided by Algolia
      appId: '@APP@',
      // Public API key: it is safe to commit it
      apiKey: '@KEY@',
      indexName: '@IDX@',
      contextualSearch: true,
    },
    prism: {theme: prismThemes.github, darkTheme: prismThemes.dracula},
  },
};

module.exports = config;
"""
    return pick(R, ['docusaurus.config.js', 'website/docusaurus.config.js']), fill(
        t, ORG=pick(R, ORGS), HOST=host(R), APP=algolia_app(R), KEY=hexs(R, 32), IDX=pick(R, ['handbook', 'docs']))


@N('vitepress_algolia', 'algolia', 'public_search_key')
def _(R):
    t = """import { defineConfig } from 'vitepress'

export default defineConfig({
  title: '@ORG@ Docs',
  lastUpdated: true,
  themeConfig: {
    search: {
      provider: 'algolia',
      options: {
        appId: '@APP@',
        apiKey: '@KEY@', // search-only key
        indexName: '@IDX@'
      }
    },
    socialLinks: [{ icon: 'github', link: 'https://github.com/example/docs' }]
  }
})
"""
    return pick(R, ['docs/.vitepress/config.ts', '.vitepress/config.mts']), fill(
        t, ORG=pick(R, ORGS), APP=algolia_app(R), KEY=hexs(R, 32), IDX=pick(R, ['docs', 'kb']))


@N('mw_cacheepoch_getenv', 'mediawiki', 'env_reference')
def _(R):
    c = mw_ctx(R)
    t = MW_HEAD + """$wgDBpassword = getenv( 'MW_DB_PASSWORD' );

$wgMainCacheType = CACHE_ACCEL;
$wgCacheEpoch = '@EPOCH@';
$wgResourceLoaderMaxage = [ 'versioned' => 30 * 24 * 3600, 'unversioned' => 300 ];

$wgSecretKey = getenv( 'MW_SECRET_KEY' );
$wgUpgradeKey = getenv( 'MW_UPGRADE_KEY' ) ?: false;
$wgAuthenticationTokenVersion = '3';
$wgCookiePrefix = '@META@';

wfLoadSkin( 'Vector' );
"""
    return pick(R, ['LocalSettings.php', 'config/LocalSettings.php']), fill(t, **c)


@N('mw_api_json', 'mediawiki', 'revision_ids')
def _(R):
    pages = {}
    for _ in range(R.randint(2, 4)):
        pid = R.randint(1000, 900000)
        pages[str(pid)] = {'pageid': pid, 'ns': 0, 'title': pick(R, ['Main Page', 'Onboarding', 'VPN setup', 'On-call rota', 'Release process']),
                           'revisions': [{'revid': R.randint(10 ** 5, 10 ** 7), 'parentid': R.randint(10 ** 5, 10 ** 7),
                                          'timestamp': ts_date(R) + 'T09:12:44Z', 'sha1': hexs(R, 40), 'size': R.randint(200, 90000)}]}
    obj = {'batchcomplete': '', 'query': {'pages': pages}}
    return pick(R, ['tests/fixtures/api_revisions.json', 'fixtures/mw/query-revisions.json']), json.dumps(obj, indent=2) + '\n'


@N('webpack_manifest', 'docs-site', 'asset_hashes')
def _(R):
    obj = {}
    for name in ['main', 'runtime~main', 'vendors', 'styles', 'search']:
        h = hexs(R, pick(R, [8, 20]))
        obj[name + '.js'] = '/assets/js/%s.%s.js' % (name.replace('~', '-'), h)
    obj['styles.css'] = '/assets/css/styles.%s.css' % hexs(R, 8)
    return pick(R, ['build/asset-manifest.json', 'website/build/manifest.json']), json.dumps(obj, indent=2) + '\n'


@N('package_lock', 'docs-site', 'integrity_hashes')
def _(R):
    pk = {}
    for n, v in [('@docusaurus/core', '3.5.2'), ('@docsearch/react', '3.6.1'), ('algoliasearch', '4.24.0'),
                 ('prism-react-renderer', '2.4.0'), ('clsx', '2.1.1')]:
        pk['node_modules/' + n] = {'version': v, 'resolved': 'https://registry.npmjs.org/%s/-/%s-%s.tgz' % (n, n.split('/')[-1], v),
                                   'integrity': 'sha512-' + b64(R, 64), 'license': 'MIT'}
    obj = {'name': 'handbook', 'version': '0.0.0', 'lockfileVersion': 3, 'requires': True, 'packages': pk}
    return pick(R, ['website/package-lock.json', 'package-lock.json']), json.dumps(obj, indent=2) + '\n'


@N('etag_md', 'nginx', 'etags')
def _(R):
    t = """# Why are wiki pages cached after edits?

Check the headers returned by the edge:

```
$ curl -sI https://@HOST@/wiki/Main_Page
HTTP/2 200
content-type: text/html; charset=UTF-8
etag: W/"@E1@-@E2@"
last-modified: Tue, 05 Mar 2024 09:14:22 GMT
x-request-id: @RID@
x-cache: HIT
cf-ray: @RAY@-FRA
```

If `x-cache` stays `HIT` after an edit, purge with `php maintenance/run.php purgeList --all`.
"""
    return pick(R, ['docs/troubleshooting/caching.md', 'docs/faq.md']), fill(
        t, HOST=host(R), E1=hexs(R, 4), E2=hexs(R, 16), RID=hexs(R, 32), RAY=hexs(R, 16))


@N('changelog_shas', 'git', 'commit_shas')
def _(R):
    lines = ['# Changelog', '', '## [%d.%d.0] - %s' % (R.randint(1, 4), R.randint(0, 20), ts_date(R)), '']
    for msg in ['Fix search index rebuild on MediaWiki 1.42', 'Add hCaptcha support to signup form',
                'Rotate wiki secrets via Vault agent', 'Bump docusaurus to 3.5', 'Drop legacy :B: hashes',
                'Document Algolia search-only key usage']:
        if R.random() < 0.75:
            sha = hexs(R, 40)
            lines.append('- %s ([%s](https://github.com/example/wiki-infra/commit/%s))' % (msg, sha[:7], sha))
    return 'CHANGELOG.md', '\n'.join(lines) + '\n'


@N('dockerfile_digest', 'docker', 'image_digest')
def _(R):
    t = """# syntax=docker/dockerfile:1
FROM node:20-alpine@sha256:@D1@ AS build
WORKDIR /src
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine@sha256:@D2@
COPY --from=build /src/build /usr/share/nginx/html
COPY nginx/default.conf /etc/nginx/conf.d/default.conf
"""
    return pick(R, ['Dockerfile', 'website/Dockerfile']), fill(t, D1=hexs(R, 64), D2=hexs(R, 64))


@N('kiwix_sha256sums', 'kiwix', 'checksums')
def _(R):
    lines = []
    for z in ['wikipedia_en_all_maxi_2024-01.zim', 'wiktionary_en_all_nopic_2024-06.zim',
              'stackoverflow.com_en_all_2023-11.zim', 'ifixit_en_all_2024-07.zim', 'gutenberg_en_all_2023-08.zim']:
        if R.random() < 0.8:
            lines.append('%s  %s' % (hexs(R, 64), z))
    return pick(R, ['zim/SHA256SUMS', 'library/checksums.sha256']), '\n'.join(lines) + '\n'


@N('ssh_authorized', 'ssh', 'public_keys')
def _(R):
    t = "# ansible: users allowed to log into the wiki hosts\nwiki_admins:\n"
    for u in USERS[:R.randint(2, 5)]:
        key = base64.b64encode(b'\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 ' + rbytes(R, 32)).decode()
        t += "  - name: %s\n    key: \"ssh-ed25519 %s %s@laptop\"\n" % (u, key, u)
    return pick(R, ['ansible/group_vars/wiki.yml', 'inventory/group_vars/wikiservers.yml']), t


def wrap(s, n=64):
    return '\n'.join(s[i:i + n] for i in range(0, len(s), n))


@N('pgp_pubkey', 'pgp', 'public_key')
def _(R):
    t = """# Reporting security issues

Please report vulnerabilities in the wiki platform to security@example.org.
Encrypt sensitive reports with our public key:

```
-----BEGIN PGP PUBLIC KEY BLOCK-----

@BODY@
=@CRC@
-----END PGP PUBLIC KEY BLOCK-----
```

Fingerprint: `@FP@`
"""
    fp = ' '.join(hexs(R, 4).upper() for _ in range(10))
    return pick(R, ['SECURITY.md', 'docs/security.md']), fill(t, BODY=wrap(base64.b64encode(b'\x99\x01\x0d\x04' + rbytes(R, 420)).decode()),
                                                            CRC=b64(R, 3), FP=fp)


@N('jwks_json', 'wikijs', 'public_key')
def _(R):
    keys = []
    for _ in range(R.randint(1, 2)):
        keys.append({'kty': 'RSA', 'use': 'sig', 'alg': 'RS256', 'kid': b64u(R, 16),
                     'n': b64u(R, 256), 'e': 'AQAB'})
    return pick(R, ['public/.well-known/jwks.json', 'config/jwks.public.json']), json.dumps({'keys': keys}, indent=2) + '\n'


@N('saml_cert', 'wikijs', 'public_certificate')
def _(R):
    t = """# Wiki.js SAML strategy (exported from admin UI, values are public IdP metadata)
strategyKey: saml
displayName: Corporate SSO
config:
  entryPoint: https://idp.@DOM@/saml2/sso
  issuer: https://@HOST@
  audience: https://@HOST@
  cert: |
    -----BEGIN CERTIFICATE-----
@CERT@
    -----END CERTIFICATE-----
  signatureAlgorithm: sha256
  wantAssertionsSigned: true
"""
    h = host(R)
    cert = '\n'.join('    ' + l for l in wrap(base64.b64encode(b'\x30\x82\x03' + rbytes(R, 700)).decode()).split('\n'))
    return pick(R, ['auth/saml-strategy.yml', 'wikijs/auth/saml.yaml']), fill(t, DOM=h.split('.', 1)[1], HOST=h, CERT=cert)


@N('outline_api_example', 'outline', 'uuids')
def _(R):
    docs = [{'id': uuid4(R), 'urlId': rs(R, AN, 10), 'title': pick(R, ['Onboarding', 'Incident template', 'Style guide', 'Roadmap']),
             'collectionId': uuid4(R), 'parentDocumentId': None, 'revision': R.randint(1, 80),
             'updatedAt': ts_date(R) + 'T11:20:31.044Z'} for _ in range(R.randint(2, 4))]
    obj = {'pagination': {'limit': 25, 'offset': 0}, 'data': docs, 'status': 200, 'ok': True}
    return pick(R, ['tests/fixtures/outline_documents_list.json', 'fixtures/outline/documents.json']), json.dumps(obj, indent=2) + '\n'


@N('notion_ids_yaml', 'notion', 'ids')
def _(R):
    t = """# docu-notion sync: which Notion databases map to which docs folders
notion:
  token_env: NOTION_TOKEN          # provided by the CI secret store
  root_page: @ROOT@
mappings:
  - database_id: @D1@
    output: docs/guides
  - database_id: @D2@
    output: docs/reference
  - page_id: @P1@
    output: docs/intro.md
"""
    return pick(R, ['notion-sync.yml', 'config/notion.yml']), fill(t, ROOT=hexs(R, 32), D1=hexs(R, 32), D2=uuid4(R), P1=hexs(R, 32))


@N('confluence_csv', 'confluence', 'page_ids')
def _(R):
    rows = ['page_id,space_key,title,version,last_modified,content_sha1']
    for _ in range(R.randint(4, 9)):
        rows.append('%d,%s,"%s",%d,%s,%s' % (R.randint(10 ** 7, 10 ** 9), pick(R, ['ENG', 'OPS', 'HR', 'DOC']),
                    pick(R, ['Home', 'Architecture overview', 'Release checklist', 'Meeting notes', 'VPN how-to']),
                    R.randint(1, 40), ts_date(R), hexs(R, 40)))
    return pick(R, ['migration/confluence_pages.csv', 'data/export/pages.csv']), '\n'.join(rows) + '\n'


@N('bookstack_api_response', 'bookstack', 'ids')
def _(R):
    data = [{'id': R.randint(1, 900), 'name': pick(R, ['Runbooks', 'HR Policies', 'Onboarding', 'Networking']),
             'slug': pick(R, ['runbooks', 'hr-policies', 'onboarding', 'networking']),
             'created_at': ts_date(R) + 'T10:00:00.000000Z', 'owned_by': R.randint(1, 20),
             'cover': {'id': R.randint(1, 300), 'path': '/uploads/images/cover_book/%s/%s.png' % (ts_date(R)[:7], rs(R, AN, 16))}}
            for _ in range(R.randint(2, 4))]
    return pick(R, ['tests/fixtures/books.json', 'fixtures/bookstack/books_list.json']), json.dumps({'data': data, 'total': len(data)}, indent=2) + '\n'


@N('xwiki_properties', 'xwiki', 'config_no_secret')
def _(R):
    t = """# XWiki configuration (xwiki.properties). Secrets live in xwiki.cfg, which is
# rendered by the entrypoint from Vault and never committed.
environment.permanentDirectory=/usr/local/xwiki/data
rendering.linkLabelFormat=%p
rendering.macroCategories=toc:Navigation
extension.repositories=maven-xwiki:maven:https://nexus.xwiki.org/nexus/content/groups/public/
extension.repositories=store.xwiki.com:xwiki:https://store.xwiki.com/xwiki/rest/
distribution.job.interactive=false
model.reference.default.wiki=xwiki
store.file.encoding=UTF-8
edit.document.inPlaceEditing=true
# instance id shown in Administration > Instance
instance.id=@IID@
"""
    return pick(R, ['WEB-INF/xwiki.properties', 'xwiki/xwiki.properties']), fill(t, IID=uuid4(R))


@N('tiddler_b64_image', 'tiddlywiki', 'encoded_data')
def _(R):
    body = base64.b64encode(b'\x89PNG\r\n\x1a\n' + rbytes(R, R.randint(300, 700))).decode()
    t = """created: @C@
modified: @C@
tags: $:/tags/Image
title: logo.png
type: image/png

@BODY@
"""
    return pick(R, ['wiki/tiddlers/logo.png.tid', 'tiddlers/logo.tid']), fill(t, C='2024%010d' % R.randint(0, 10 ** 10 - 1), BODY=body)


@N('trilium_meta', 'trilium', 'ids')
def _(R):
    files = [{'isClone': False, 'noteId': rs(R, AN, 12), 'notePath': ['root', rs(R, AN, 12)], 'title': pick(R, ['Journal', 'Recipes', 'Projects', 'Reading list']),
              'notePosition': 10 * (i + 1), 'prefix': None, 'isExpanded': False, 'type': 'text', 'mime': 'text/html',
              'attributes': [], 'format': 'markdown', 'dataFileName': 'note%d.md' % i} for i in range(R.randint(2, 4))]
    obj = {'formatVersion': 2, 'appVersion': '0.63.7', 'files': files}
    return pick(R, ['export/!!!meta.json', 'trilium-export/!!!meta.json']), json.dumps(obj, indent=2) + '\n'


@N('hedgedoc_links', 'hedgedoc', 'ids')
def _(R):
    lines = ['# Meeting notes index', '']
    for i in range(R.randint(3, 7)):
        lines.append('- %s weekly sync: https://%s/%s' % (ts_date(R), pick(R, ['md.example.org', 'pad.example.net']), b64u(R, 16)))
    lines += ['', 'Published snapshot: https://md.example.org/s/' + rs(R, AN, 10)]
    return pick(R, ['docs/meetings.md', 'README.md']), '\n'.join(lines) + '\n'


@N('gitbook_yaml', 'gitbook', 'ids')
def _(R):
    t = """root: ./docs/

structure:
  readme: README.md
  summary: SUMMARY.md

redirects:
  previous/page: new-folder/page.md

# GitBook space: https://app.gitbook.com/o/@ORG@/s/@SPACE@/
"""
    return '.gitbook.yaml', fill(t, ORG=rs(R, AN, 20), SPACE=rs(R, AN, 20))


@N('gha_pinned', 'github', 'commit_shas')
def _(R):
    t = """name: deploy-docs
on:
  push:
    branches: [main]
permissions:
  contents: read
  pages: write
  id-token: write
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@@S1@ # v4.1.7
      - uses: actions/setup-python@@S2@ # v5.1.1
        with:
          python-version: "3.12"
      - run: pip install -r requirements-docs.txt && mkdocs build --strict
      - uses: actions/upload-pages-artifact@@S3@ # v3.0.1
        with:
          path: site
      - uses: actions/deploy-pages@@S4@ # v4.0.5
        env:
          ALGOLIA_ADMIN_KEY: ${{ secrets.ALGOLIA_ADMIN_KEY }}
"""
    return pick(R, ['.github/workflows/deploy-docs.yml', '.github/workflows/pages.yml']), fill(
        t, S1=hexs(R, 40), S2=hexs(R, 40), S3=hexs(R, 40), S4=hexs(R, 40))


@N('sri_html', 'docs-site', 'sri_hashes')
def _(R):
    t = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>@ORG@ Knowledge Base</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/@docsearch/css@3"
        integrity="sha384-@H1@" crossorigin="anonymous">
  <script src="https://cdn.jsdelivr.net/npm/@docsearch/js@3"
          integrity="sha384-@H2@" crossorigin="anonymous"></script>
  <meta name="google-site-verification" content="@GSV@">
</head>
<body>
  <div id="docsearch"></div>
</body>
</html>
"""
    return pick(R, ['static/index.html', 'overrides/main.html']), fill(t, ORG=pick(R, ORGS), H1=b64(R, 48), H2=b64(R, 48), GSV=b64u(R, 32))


@N('foswiki_htpasswd', 'foswiki', 'password_hash')
def _(R):
    lines = []
    for u in ['AdminUser'] + [x.capitalize() for x in USERS[:R.randint(2, 5)]]:
        lines.append('%s:%s:%s@example.org' % (u, md5crypt(R, 'apr1'), u.lower()))
    return pick(R, ['data/.htpasswd', 'foswiki/data/.htpasswd']), '\n'.join(lines) + '\n'


@N('rtd_build_log', 'readthedocs', 'build_ids')
def _(R):
    sha = hexs(R, 40)
    t = """Read the Docs build information
Build id: @BID@
Project: @PROJ@
Version: latest
Commit: @SHA@
Date: @D@T08:21:19.662Z
State: finished
Success: True

[rtd-command-info] start-time: @D@T08:21:22 end-time: @D@T08:21:24 exit-code: 0
git clone --depth 1 https://github.com/example/@PROJ@.git .
git fetch origin --force --prune --prune-tags --depth 50 refs/heads/main:refs/remotes/origin/main
git checkout --force @SHA@
python -m sphinx -T -b html -d _build/doctrees -D language=en . $READTHEDOCS_OUTPUT/html
build succeeded, 3 warnings.
"""
    return pick(R, ['logs/rtd-build.log', 'ci/artifacts/docs-build.log']), fill(t, BID=R.randint(2 * 10 ** 7, 3 * 10 ** 7), PROJ=pick(R, ['acme-sdk', 'wikitools']), SHA=sha, D=ts_date(R))


@N('mw_image_sha1_csv', 'mediawiki', 'digests')
def _(R):
    rows = ['img_name,img_size,img_width,img_height,img_media_type,img_sha1,img_timestamp']
    for _ in range(R.randint(4, 8)):
        rows.append('%s.%s,%d,%d,%d,BITMAP,%s,2024%010d' % (pick(R, ['Logo', 'Network_diagram', 'Floorplan', 'Org_chart', 'Screenshot_login']),
                    pick(R, ['png', 'jpg', 'svg']), R.randint(2000, 900000), R.randint(100, 4000), R.randint(100, 3000), base36(R, 31), R.randint(0, 10 ** 10 - 1)))
    return pick(R, ['reports/image_table.csv', 'data/mw_images.csv']), '\n'.join(rows) + '\n'


@N('composer_lock', 'mediawiki', 'commit_shas')
def _(R):
    pkgs = []
    for n, v in [('mediawiki/semantic-media-wiki', '4.2.0'), ('mediawiki/chameleon-skin', '4.3.0'), ('pear/mail', 'v2.0.0'), ('pear/net_smtp', '1.12.1')]:
        ref = hexs(R, 40)
        pkgs.append({'name': n, 'version': v,
                     'source': {'type': 'git', 'url': 'https://github.com/%s.git' % n, 'reference': ref},
                     'dist': {'type': 'zip', 'url': 'https://api.github.com/repos/%s/zipball/%s' % (n, ref), 'reference': ref, 'shasum': ''},
                     'type': 'library'})
    obj = {'_readme': ['This file locks the dependencies of your project to a known state'],
           'content-hash': hexs(R, 32), 'packages': pkgs, 'packages-dev': [], 'minimum-stability': 'stable'}
    return pick(R, ['composer.lock', 'mediawiki/composer.local.lock']), json.dumps(obj, indent=4) + '\n'


@N('k8s_uids', 'kubernetes', 'uuids')
def _(R):
    t = """apiVersion: v1
kind: ConfigMap
metadata:
  name: wikijs-config
  namespace: @NS@
  uid: @UID@
  resourceVersion: "@RV@"
  creationTimestamp: "@D@T07:44:10Z"
  annotations:
    checksum/config: @CS@
    kubectl.kubernetes.io/last-applied-configuration-hash: @LH@
data:
  DB_TYPE: postgres
  DB_HOST: wikijs-postgresql
  DB_PORT: "5432"
  DB_NAME: wiki
  DB_USER: wikijs
  HA_ACTIVE: "false"
"""
    return pick(R, ['k8s/wikijs/configmap.yaml', 'manifests/wikijs-config.yaml']), fill(
        t, NS=pick(R, TEAMS), UID=uuid4(R), RV=R.randint(10 ** 6, 10 ** 8), D=ts_date(R), CS=hexs(R, 64), LH=hexs(R, 40))


@N('configmap_binary', 'kubernetes', 'encoded_data')
def _(R):
    t = """apiVersion: v1
kind: ConfigMap
metadata:
  name: wiki-branding
binaryData:
  favicon.ico: @B1@
  logo.png: @B2@
data:
  custom.css: |
    #p-logo a { background-size: contain; }
"""
    return pick(R, ['k8s/branding.yaml', 'deploy/wiki-branding-cm.yaml']), fill(t, B1=b64(R, 180), B2=b64(R, 360))


@N('algolia_env_example', 'algolia', 'public_search_key')
def _(R):
    t = """# Copy to .env.local and fill in. The search-only key and app id are public
# (they ship to the browser); the admin key must never be committed.
ALGOLIA_APP_ID=@APP@
ALGOLIA_SEARCH_API_KEY=@KEY@
ALGOLIA_INDEX_NAME=@IDX@
ALGOLIA_ADMIN_KEY=
"""
    return pick(R, ['.env.example', 'website/.env.sample']), fill(t, APP=algolia_app(R), KEY=hexs(R, 32), IDX=pick(R, ['docs', 'handbook']))


@N('recaptcha_react', 'recaptcha', 'public_site_key')
def _(R):
    t = """import { useEffect } from 'react';

const RECAPTCHA_SITE_KEY = '@SK@';

export default function FeedbackWidget({ pageId }) {
  useEffect(() => {
    const s = document.createElement('script');
    s.src = `https://www.google.com/recaptcha/api.js?render=${RECAPTCHA_SITE_KEY}`;
    document.body.appendChild(s);
  }, []);

  async function submit(helpful) {
    const token = await window.grecaptcha.execute(RECAPTCHA_SITE_KEY, { action: 'feedback' });
    await fetch('/api/feedback', { method: 'POST', body: JSON.stringify({ pageId, helpful, token }) });
  }

  return (
    <div className="feedback">
      Was this page helpful?
      <button onClick={() => submit(true)}>Yes</button>
      <button onClick={() => submit(false)}>No</button>
    </div>
  );
}
"""
    return pick(R, ['src/components/FeedbackWidget.jsx', 'website/src/theme/Feedback.js']), fill(t, SK=recaptcha_site(R))


@N('memcached_log', 'mediawiki', 'cache_keys')
def _(R):
    lines = []
    for _ in range(R.randint(6, 12)):
        lines.append('%sT%02d:%02d:%02d [objectcache] DEBUG: MemcachedPeclBagOStuff::doGet "wikidb:pcache:idhash:%d-0!canonical" reqId=%s hash=%s' % (
            ts_date(R), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(1, 90000), b64u(R, 18), hexs(R, 32)))
    return pick(R, ['logs/debug-objectcache.log', 'var/log/mediawiki/cache.log']), '\n'.join(lines) + '\n'


@N('confluence_server_id_md', 'confluence', 'server_id')
def _(R):
    sid = '-'.join(rs(R, UP + DIG, 4) for _ in range(4))
    t = """# Confluence licence renewal

* Server ID: `@SID@`
* Support entitlement number: `SEN-@SEN@`
* Licensed users: 500
* Renewal date: @D@

The licence key itself is stored in the password manager under
"Confluence DC licence"; paste it in *General Configuration -> License Details*.
"""
    return pick(R, ['docs/confluence/licence.md', 'ops/confluence/README.md']), fill(t, SID=sid, SEN=R.randint(10 ** 7, 10 ** 8), D=ts_date(R))


@N('mkdocs_yml', 'mkdocs', 'public_ids')
def _(R):
    t = """site_name: @ORG@ Handbook
site_url: https://@HOST@/
repo_url: https://github.com/example/handbook
edit_uri: edit/main/docs/
theme:
  name: material
  features:
    - navigation.instant
    - search.suggest
extra:
  analytics:
    provider: google
    property: G-@GA@
  consent:
    title: Cookie consent
plugins:
  - search
  - git-revision-date-localized:
      enable_creation_date: true
hooks:
  - hooks/algolia.py
"""
    return pick(R, ['mkdocs.yml', 'handbook/mkdocs.yml']), fill(t, ORG=pick(R, ORGS), HOST=host(R), GA=rs(R, UP + DIG, 10))


@N('mw_hcaptcha_getenv', 'hcaptcha', 'env_reference')
def _(R):
    t = """<?php
wfLoadExtensions( [ 'ConfirmEdit', 'ConfirmEdit/hCaptcha' ] );
$wgHCaptchaSiteKey = '@SK@';
$wgHCaptchaSecretKey = $_ENV['HCAPTCHA_SECRET'] ?? '';
$wgCaptchaTriggers['createaccount'] = true;
"""
    return pick(R, ['LocalSettings.d/hcaptcha.php', 'config/spam.php']), fill(t, SK=uuid4(R))


@N('wikijs_navigation', 'wikijs', 'uuids')
def _(R):
    items = [{'id': uuid4(R), 'kind': 'link', 'label': lab, 'icon': 'mdi-' + ic, 'targetType': 'page',
              'target': '/' + lab.lower().replace(' ', '-'), 'visibilityMode': 'all', 'visibilityGroups': None}
             for lab, ic in [('Home', 'home'), ('Runbooks', 'book'), ('On call', 'phone'), ('Policies', 'gavel')]]
    return pick(R, ['wikijs/navigation.json', 'backup/navigation-tree.json']), json.dumps({'navigation': [{'locale': 'en', 'items': items}]}, indent=2) + '\n'


@N('drf_token_hash_sql', 'readthedocs', 'password_hash')
def _(R):
    rows = []
    for u in USERS[:R.randint(3, 6)]:
        rows.append("('%s', 'pbkdf2_sha256$720000$%s$%s', '%s@example.org')" % (u, rs(R, AN, 22), b64(R, 32), u))
    t = "-- fixture for docs-portal (Django) auth_user\nINSERT INTO auth_user (username, password, email) VALUES\n" + ',\n'.join(rows) + ';\n'
    return pick(R, ['fixtures/auth_user.sql', 'portal/fixtures/users.sql']), t


@N('bs_settings_audit', 'bookstack', 'log_ids')
def _(R):
    lines = ['id,type,detail,user_id,ip,created_at']
    for _ in range(R.randint(5, 10)):
        lines.append('%d,%s,"%s",%d,%s,%s 1%d:%02d:00' % (R.randint(1000, 99999), pick(R, ['api_token_create', 'auth_login', 'page_update', 'user_update']),
                     pick(R, ['(%d) nightly export' % R.randint(1, 40), 'Onboarding', 'session ' + hexs(R, 40)]), R.randint(1, 50),
                     '10.0.%d.%d' % (R.randint(0, 9), R.randint(1, 254)), ts_date(R), R.randint(0, 9), R.randint(0, 59)))
    return pick(R, ['reports/audit_log.csv', 'exports/bookstack-audit.csv']), '\n'.join(lines) + '\n'


@N('sphinx_conf', 'readthedocs', 'public_ids')
def _(R):
    t = """# Configuration file for the Sphinx documentation builder.
import os

project = "@PROJ@"
author = "@ORG@"
release = "@VER@"
extensions = ["sphinx.ext.autodoc", "sphinx.ext.intersphinx", "sphinx_copybutton"]
html_theme = "furo"
html_baseurl = os.environ.get("READTHEDOCS_CANONICAL_URL", "")
html_context = {"READTHEDOCS": os.environ.get("READTHEDOCS") == "True"}
# Analytics id (public, rendered into every page)
html_theme_options = {"analytics_id": "G-@GA@"}
intersphinx_mapping = {"python": ("https://docs.python.org/3", None)}
"""
    return pick(R, ['docs/conf.py', 'doc/source/conf.py']), fill(t, PROJ=pick(R, ['wikitools', 'acme-sdk']), ORG=pick(R, ORGS),
                                                             VER='%d.%d.%d' % (R.randint(0, 5), R.randint(0, 30), R.randint(0, 9)), GA=rs(R, UP + DIG, 10))


@N('outline_compose_refs', 'outline', 'env_reference')
def _(R):
    t = """services:
  outline:
    image: docker.getoutline.com/outlinewiki/outline:0.81.1
    environment:
      SECRET_KEY: ${OUTLINE_SECRET_KEY:?set in the host environment}
      UTILS_SECRET: ${OUTLINE_UTILS_SECRET:?}
      DATABASE_URL: postgres://outline:${POSTGRES_PASSWORD}@postgres:5432/outline
      SLACK_CLIENT_ID: "@CID@"
      SLACK_CLIENT_SECRET: ${SLACK_CLIENT_SECRET}
      URL: https://@HOST@
"""
    cid = '%d.%d' % (R.randint(10 ** 10, 10 ** 11), R.randint(10 ** 12, 10 ** 13))
    return pick(R, ['outline/compose.yaml', 'docker-compose.outline.yml']), fill(t, CID=cid, HOST=host(R))


@N('dw_acl', 'dokuwiki', 'config_no_secret')
def _(R):
    t = """# acl.auth.php
# <?php exit()?>
# Don't modify the lines above
#
# Access Control Lists
#
# Auto-generated by install script
# Date: @D@
*               @ALL        1
*               @user       8
private:*       @ALL        0
private:*       @admin      16
playground:*    @ALL        2
"""
    return pick(R, ['conf/acl.auth.php', 'dokuwiki/conf/acl.auth.php']), fill(t, D=ts_date(R))


@N('hedgedoc_config_refs', 'hedgedoc', 'env_reference')
def _(R):
    obj = {'production': {'domain': host(R), 'protocolUseSSL': True, 'db': {'dialect': 'postgres', 'host': pick(R, DBHOSTS), 'database': 'hedgedoc',
                                                                             'username': 'hedgedoc', 'password': '$CMD_DB_PASSWORD'},
                          'sessionSecret': '$CMD_SESSION_SECRET', 'github': {'clientID': 'Ov23li' + rs(R, AN, 14), 'clientSecret': '$CMD_GITHUB_CLIENTSECRET'},
                          'documentMaxLength': 100000}}
    return pick(R, ['config.json', 'hedgedoc/config.json']), json.dumps(obj, indent=2) + '\n'


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------
EXAMPLE_SUFFIXES = ('example', 'sample', 'template', 'dist', 'defaults')


def is_blocked_env(path):
    b = path.rsplit('/', 1)[-1]
    if b == '.env':
        return True
    if b.startswith('.env.'):
        return b[5:].split('.')[0] not in EXAMPLE_SUFFIXES
    return False


def filetype(path):
    b = path.rsplit('/', 1)[-1]
    if b.startswith('Dockerfile'):
        return 'dockerfile'
    if b.startswith('.env') or b.endswith('.env'):
        return 'env'
    if b in ('SHA256SUMS',):
        return 'checksums'
    if b == '.htpasswd':
        return 'htpasswd'
    if b.endswith('.php.dist'):
        return 'php'
    if '.' not in b.lstrip('.'):
        return 'shell' if path.startswith('bin/') else 'none'
    ext = b.rsplit('.', 1)[-1].lower()
    return {'yaml': 'yml', 'mjs': 'js', 'mts': 'ts', 'jsx': 'js', 'j2': 'jinja', 'sh': 'shell',
            'sha256': 'checksums'}.get(ext, ext)


def line_of(text, needle):
    idx = text.index(needle)
    n = text.count('\n', 0, idx) + 1
    assert needle in text.split('\n')[n - 1]
    return n


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write('usage: gen_ju.py OUTDIR SEED\n')
        return 2
    outdir, seed = argv[1], int(argv[2])
    R = random.Random(seed)
    manifest, secrets = [], []
    npos = nneg = 500
    max_env = npos // 20 - 1

    order = [POS[i % len(POS)] for i in range(npos)]
    R.shuffle(order)
    env_used = 0
    seen = []
    for i, t in enumerate(order):
        for _attempt in range(20):
            v = t['gen'](R)
            path, text = t['render'](R, v)
            if is_blocked_env(path) and env_used >= max_env:
                path = path[:-len('.env')] + 'bookstack.env' if path.endswith('.env') else path + '.conf'
            if text.count(v) >= 1 and v not in seen:
                break
        assert v and len(v) >= 8, (t['name'], v)
        if is_blocked_env(path):
            env_used += 1
        seen.append(v)
        rel = 'pos/p%04d/%s' % (i, path)
        write(outdir, rel, text)
        ln = line_of(text, v)
        # re-read to make sure what is on disk matches
        with open(os.path.join(outdir, rel), encoding='utf-8') as fh:
            disk = fh.read().split('\n')
        assert v in disk[ln - 1], (rel, ln)
        manifest.append({'file': rel, 'label': 'pos', 'provider': t['provider'], 'kind': t['kind'],
                         'filetype': filetype(path)})
        secrets.append({'file': rel, 'needle': v, 'line': ln})
    assert env_used <= npos // 20

    n_reuse = nneg // 2
    reuse = [POS[i % len(POS)] for i in range(n_reuse)]
    R.shuffle(reuse)
    look = [NEG[i % len(NEG)] for i in range(nneg - n_reuse)]
    R.shuffle(look)
    jobs = [('reuse', t) for t in reuse] + [('look', t) for t in look]
    R.shuffle(jobs)
    for i, (mode, t) in enumerate(jobs):
        if mode == 'reuse':
            ptype, v = placeholder(R, t)
            path, text = t['render'](R, v)
            kind = 'placeholder:' + ptype
        else:
            path, text = t['render'](R)
            kind = 'lookalike:' + t['kind']
        if is_blocked_env(path):
            path = path.rsplit('/', 1)[0] + '/.env.example' if '/' in path else '.env.example'
        assert not is_blocked_env(path)
        rel = 'neg/n%04d/%s' % (i, path)
        write(outdir, rel, text)
        manifest.append({'file': rel, 'label': 'neg', 'provider': t['provider'], 'kind': kind,
                         'filetype': filetype(path)})

    with open(os.path.join(outdir, 'manifest.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + '\n')
    with open(os.path.join(outdir, 'secrets.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        for s in secrets:
            fh.write(json.dumps(s) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
