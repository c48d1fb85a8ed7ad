#!/usr/bin/env python3
"""Blind evaluation-set generator "ik": classic and legacy PHP applications' configuration files.

EMPHASIS
    Hard-coded credentials in the configuration files of classic / legacy PHP applications, written
    the way those projects' installers and sample configs write them:
      * define() constants: osCommerce / Zen Cart configure.php (DB_SERVER_PASSWORD), OpenCart
        config.php (DB_PASSWORD), WordPress wp-config.php, XOOPS, PrestaShop 1.6 settings.inc.php
        (_COOKIE_KEY_), payment modules (PAYPAL_API_SIGNATURE, AUTHORIZENET_TRANSACTION_KEY).
      * plain variables / arrays: phpBB $dbpasswd, CubeCart $glob['dbpassword'], Piwigo
        $conf['db_password'], Dolibarr conf.php, CodeIgniter database.php / config.php
        (encryption_key, also CI3 hex2bin()), MediaWiki LocalSettings.php ($wgDBpassword,
        $wgSecretKey, $wgUpgradeKey), Moodle $CFG->dbpass / passwordsaltmain, SuiteCRM / SugarCRM
        $sugar_config, vtiger $dbconfig / $application_unique_key, PrestaShop 1.7 parameters.php
        (database_password, cookie_key, new_cookie_key), Laravel 4 / Lumen, Yii 1 / Yii 2,
        CakePHP 2 / 3 Security.salt, SMF, MyBB, GLPI, Drupal 7, phpMyAdmin, Roundcube.
      * class properties: Joomla configuration.php (public/var $password, $secret, $smtppass).
      * Symfony 2 parameters.yml, Magento 1 app/etc/local.xml (CDATA).
      * mail: PHPMailer $mail->Password (plain SMTP, Gmail app password, SendGrid API key),
        CodeIgniter email.php, Symfony mailer_password.
      * payment gateways: PayPal NVP (API password, API signature), Authorize.Net (transaction
        key, signature key), Stripe legacy secret key in shop SQL dumps, Braintree private key.
      * connections: mysqli_connect(), mysql_connect(), new mysqli(), new PDO(), DSN URLs,
        ftp_login(), lftp / mysqldump in shell scripts, sftp-config.json, .ftpconfig.
    Kinds: database passwords (human-chosen and generated), application secret keys / salts,
    SMTP passwords, payment-gateway API credentials, FTP passwords, admin passwords, one PEM key.
    File types: PHP (PHP 4 "var" era up to PHP 7 short arrays), .inc, .ini, .xml, .yml, .htaccess,
    .sql, .sh, .md, .txt (INSTALL.txt), .log, .json, .env (positives only, at most 1 in 20),
    docker-compose.yml, .html, .csv, .lock.

USAGE
    python3 -B gen_ik.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (p0000..p0499) and OUTDIR/neg/nNNNN/<relpath>
    (n0000..n0499), OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line
    per positive: file, needle, 1-based line).  All randomness comes from one random.Random(SEED);
    the output is byte-identical for one SEED.  Standard library only.

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as written, without the surrounding quotes, CDATA
      markers or the "KEY=" part.  Laravel keys keep their "base64:" prefix (it is part of the
      value as written).  CI3 keys written as hex2bin('...') have the hex string as needle.
    * DSN / connection URLs (mysql://user:PASS@host/db): the needle is only the password part.
    * Positional / constructor arguments (mysqli_connect, new PDO, ftp_login, lftp -u user,PASS,
      mysqldump -pPASS): the needle is the password argument only.
    * Key pairs (PayPal API username + password / signature, Authorize.Net login id +
      transaction key, Braintree merchant id + public key + private key): only the secret half is
      the needle; the username / login id / public key are treated as identifiers.
    * Multi-line PEM private key (PrestaShop api_private_key): the needle is the first base64 body
      line after the BEGIN line.
    * Gmail app passwords written in four groups ("abcd efgh ijkl mnop"): the needle includes the
      spaces, as written.
    * "line" is the 1-based line of the needle's first occurrence; the program asserts it.

NEGATIVES
    n0000..n0499.  Half re-use the positive templates with the secret slot holding something that
    is not a secret: empty strings, install-wizard placeholders ('your_password', 'put your unique
    phrase here', '_DBC_PASS_', '__SALT__', '{{ db_password }}'), masked values ('********',
    '[REDACTED]'), environment / secret-manager references (getenv(), $_ENV[], $_SERVER[], env(),
    %env()%, ${VAR}, $(cat /run/secrets/..), op://, vault paths), documented sample values
    (Joomla's configuration.php-dist secret, CakePHP's default Security.salt, Symfony's
    ThisTokenIsNotSoSecretChangeIt, PayPal's sdk-three sandbox credentials, Authorize.Net's help
    page examples, Laravel 4's 'YourSecretKey!!!') and values documented as public (Stripe
    publishable keys, PayPal client ids, reCAPTCHA site keys).  The other half are look-alikes:
    md5 / phpass / bcrypt password hashes in SQL dumps, version constants, DB_CHARSET, table
    prefixes, paths, checksums, commit hashes, SRI digests, UUIDs, IPN / relay-response logs with
    signatures and transaction ids, public keys and certificates, language strings about
    passwords, password_hash() code, base64 data URIs.  No negative lives in a file named .env*
    (except .env.example / .env.sample / .env.dist).

FORMATS CHECKED (search tool, docs / pages / code corpora)
    * MediaWiki manual: $wgSecretKey is set by the installer to MWCryptRand::generateHex(64)
      (64 hex chars); $wgUpgradeKey is "a random 16-character password" (installer output seen
      as 16 hex chars).
    * Authorize.Net support articles: API Login ID "at least eight characters" (letters, digits);
      Transaction Key "a 16-character alphanumeric value"; Signature Key used with HMAC-SHA512
      (generated here as 128 hex chars).  The help pages' examples (89MX0gtp247Q,
      77K3W9BhdJ51c0sK) are used only in negatives.
    * PayPal NVP/SOAP docs: credentials are API username + API password + API signature (or
      certificate).  Public projects show usernames "name_api1.domain.tld", 16-char upper-case
      alphanumeric passwords and 56-char signatures beginning with "A" (letters, digits, "-",
      "."); the sdk-three sandbox set is a published example -> negatives only.
    * PrestaShop 1.7 parameters.php (public projects): secret / cookie_key 56 or 64 alphanumerics,
      cookie_iv 8 or 32, new_cookie_key "def00000" + hex = Defuse Key::saveToAsciiSafeString
      (4-byte header DEF00000, 32-byte key, SHA-256 checksum of header+key; 136 hex chars in
      all).  The checksum was verified on a public sample and is computed here.
    * Joomla configuration.php: $secret is 16 alphanumerics; the dist file ships 'FBVtggIk5lAzEU9H'.
    * CakePHP: default Security.salt 'DYhG93b0qyJfIxfs2guVoUubWwvniR2G0FgaC9mi' and cipherSeed
      '76859309657453542496749683645' (2.x); 3.x installer replaces __SALT__ with a SHA-256 hex.
    * CodeIgniter user guide (2.x): encryption key should be 32 characters, random letters and
      digits.  CI3 uses hex2bin() of random bytes.
    * Symfony 2 parameters.yml template: secret ThisTokenIsNotSoSecretChangeIt; real installs
      hold a 40-hex value.  Dolibarr conf.php: $dolibarr_main_cookie_cryptkey 64 hex.
    * Magento 1 local.xml: <crypt><key><![CDATA[32 hex]]></key></crypt>, connection password in
      CDATA (Magento 2 env.php shows the same 32-hex crypt key).
    No scanner rule files were read.  Search results that were scanner rule code: none seen.

DOUBTS
    * Moodle $CFG->passwordsaltmain: length and alphabet not confirmed (generated here as 32-40
      printable characters without quotes, backslash or "$").
    * Drupal 7 $drupal_hash_salt as 43 base64url chars, phpMyAdmin blowfish_secret as 32 chars,
      Roundcube des_key as 24 chars, Yii 2 cookieValidationKey as 32 base64url chars: from memory
      of installer output, not confirmed in documentation here.
    * Authorize.Net Signature Key upper-case hex: length follows HMAC-SHA512 key use; the case is
      not confirmed.  Stripe keys use the legacy 24-char body (sk_live_ + 24 alphanumerics).
    * Braintree private key as 32 hex chars and SendGrid "SG." + 22 + "." + 43 base64url: from
      public code, not re-checked in the providers' docs here.
    * Laravel 4 default key 'YourSecretKey!!!' is from memory of the 4.x skeleton.
"""
import base64
import hashlib
import json
import os
import random
import re
import sys

N_POS = 500
N_NEG = 500

UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz"
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"

# ---------------------------------------------------------------------------------------------
# shared vocabulary
# ---------------------------------------------------------------------------------------------
WORDS = ["Marlin", "tulip", "Kestrel", "orange", "Bergamo", "falcon", "Sunflower", "granite",
         "Hamster", "velvet", "Pioneer", "copper", "Lighthouse", "mango", "Zeppelin", "walnut",
         "Rainbow", "cobalt", "Harbor", "biscuit", "Juniper", "nimbus", "Tornado", "pepper",
         "Dolphin", "quartz", "Saturn", "maple", "Avalon", "cricket", "Bluebird", "lantern",
         "Tiramisu", "meadow", "Gondola", "paprika", "Snowdrop", "thistle", "Voyager", "cactus",
         "Oregano", "pelican", "Starling", "nutmeg", "Everest", "sprocket", "Kingfisher", "mosaic"]
FIRST = ["anna", "marco", "jdoe", "pieter", "sofia", "tomasz", "lucia", "kevin", "ingrid",
         "rafael", "nadia", "oliver", "chen", "fatima", "lars", "elena", "mehmet", "claire"]
SHOPS = ["northwind", "bergfeld", "casaverde", "kleinmoebel", "bluecrate", "oakridge", "lumenart",
         "tidewater", "pixelforge", "greenleaf", "harborview", "sunvalley", "redkite", "alpenhof",
         "stoneware", "fjordline", "copperpot", "mapleleaf", "brightpath", "silverfern"]
TLDS = ["com", "de", "nl", "co.uk", "fr", "it", "es", "pl", "net", "org", "com.au", "ca"]
HOSTS = ["localhost", "127.0.0.1", "db", "mysql", "mariadb", "db.internal", "10.0.0.12",
         "192.168.1.20", "sql.hosting-provider.net", "mysql5.webhost.de", "172.17.0.2",
         "dbserver01", "mysql.cluster.local"]
SMTP_HOSTS = ["smtp.gmail.com", "smtp.office365.com", "mail.{d}", "smtp.{d}", "smtp.mailgun.org",
              "smtp.sendgrid.net", "smtp.ionos.de", "email-smtp.eu-west-1.amazonaws.com",
              "smtp.strato.de", "mail.gandi.net"]


def domain(r):
    return r.choice(SHOPS) + "." + r.choice(TLDS)


def dbname(r, app):
    base = r.choice(SHOPS)
    return r.choice([app, base, base + "_" + app, app + "_" + r.choice(["prod", "live", "db", "01"]),
                     "u%d_%s" % (r.randint(1000, 99999), app), "web%d_db%d" % (r.randint(1, 400), r.randint(1, 9))])


def dbuser(r, app):
    base = r.choice(SHOPS)
    return r.choice([app, app + "_user", base, base[:8] + "_" + app[:4], "u%d" % r.randint(10000, 999999),
                     "web%d" % r.randint(1, 400), app + "admin", "dbo" + str(r.randint(100000, 999999))])


def host(r):
    return r.choice(HOSTS)


def rstr(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(r, n):
    return rstr(r, HEX, n)


def uuid4(r):
    h = hexs(r, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])


def date(r, y0=2009, y1=2021):
    return "%04d-%02d-%02d" % (r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def stamp(r, y0=2012, y1=2021):
    return "%s %02d:%02d:%02d" % (date(r, y0, y1), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def email(r, d=None):
    return "%s@%s" % (r.choice(FIRST + ["info", "shop", "noreply", "webmaster", "admin", "sales"]), d or domain(r))


def lines(*ls):
    return "\n".join(ls) + "\n"


# ---------------------------------------------------------------------------------------------
# secret generators (positives)
# ---------------------------------------------------------------------------------------------
SYM_ANY = "!#*-_.+="
SYM_URL = "-_."


def human_password(r, style):
    syms = SYM_URL if style == "url" else "!#*-_.+@"
    w1 = r.choice(WORDS)
    w2 = r.choice(WORDS)
    num = r.choice([str(r.randint(1, 99)), str(r.randint(1970, 2021)), str(r.randint(100, 9999))])
    sym = r.choice(syms)
    pat = r.randint(0, 6)
    if pat == 0:
        pw = w1 + num + sym
    elif pat == 1:
        pw = w1.capitalize() + sym + w2.lower() + num
    elif pat == 2:
        pw = w1.lower() + num
    elif pat == 3:
        leet = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"}
        pw = "".join(leet.get(c, c) if r.random() < 0.6 else c for c in w1.lower()) + sym + num
    elif pat == 4:
        pw = w1.capitalize() + w2.capitalize() + num
    elif pat == 5:
        pw = sym.join([w1.lower(), w2.lower(), r.choice(WORDS).lower()])
    else:
        pw = num + w1.lower() + sym + w2.capitalize()
    if len(pw) < 8:
        pw += str(r.randint(10, 99))
    return pw


def gen_password(r, style, n=None):
    n = n or r.randint(12, 24)
    syms = SYM_URL if style == "url" else SYM_ANY
    mode = r.randint(0, 3)
    if mode == 0:
        s = rstr(r, ALNUM, n)
    elif mode == 1:
        s = rstr(r, ALNUM + syms, n)
    elif mode == 2 and style != "url":
        s = base64.b64encode(bytes(r.randint(0, 255) for _ in range(r.choice([12, 15, 18, 24])))).decode()
    else:
        s = rstr(r, LOWER + DIGITS, n)
    # make sure there is at least one digit and one letter
    if not any(c.isdigit() for c in s):
        s = s[:-1] + r.choice(DIGITS)
    if not any(c.isalpha() for c in s):
        s = r.choice(LOWER) + s[1:]
    return s


def pw_any(r, style):
    return human_password(r, style) if r.random() < 0.5 else gen_password(r, style)


def defuse_key(r):
    header = bytes.fromhex("def00000")
    key = bytes(r.randint(0, 255) for _ in range(32))
    return (header + key + hashlib.sha256(header + key).digest()).hex()


def paypal_signature(r):
    return "A" + "".join(r.choice(ALNUM) if r.random() < 0.95 else r.choice("-.") for _ in range(55))


def moodle_salt(r):
    return rstr(r, ALNUM + "!#%&()*+,-./:;<=>?@[]^_{|}~", r.randint(32, 40))


PEM_HEADS = ["MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ",
             "MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQ",
             "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ"]


def pem_body(r):
    first = r.choice(PEM_HEADS) + rstr(r, B64, 14)
    body = [first] + [rstr(r, B64, 64) for _ in range(24)] + [rstr(r, B64, r.randint(20, 60)) + "=" * r.randint(0, 1)]
    return body


def gen_secret(kind, style, r):
    """Return (value_as_written, needle) for a positive."""
    if kind in ("db_human", "admin"):
        v = human_password(r, style)
    elif kind in ("db_gen",):
        v = gen_password(r, style)
    elif kind in ("db", "smtp", "ftp"):
        v = pw_any(r, style)
    elif kind == "gapp":
        g = rstr(r, LOWER, 16)
        v = " ".join(g[i:i + 4] for i in range(0, 16, 4)) if r.random() < 0.5 else g
    elif kind == "sendgrid":
        v = "SG." + rstr(r, B64URL, 22) + "." + rstr(r, B64URL, 43)
    elif re.fullmatch(r"hex\d+", kind):
        v = hexs(r, int(kind[3:]))
    elif kind == "HEX128":
        v = hexs(r, 128).upper()
    elif re.fullmatch(r"an\d+", kind):
        v = rstr(r, ALNUM, int(kind[2:]))
    elif kind == "b64url32":
        v = rstr(r, B64URL, 32)
    elif kind == "b64url43":
        v = rstr(r, B64URL, 43)
    elif kind == "laravel_b64":
        v = "base64:" + base64.b64encode(bytes(r.randint(0, 255) for _ in range(32))).decode()
    elif kind == "defuse":
        v = defuse_key(r)
    elif kind == "paypal_sig":
        v = paypal_signature(r)
    elif kind == "paypal_pwd":
        v = rstr(r, UPPER + DIGITS, 16)
    elif kind == "authnet_txn":
        v = rstr(r, ALNUM, 16)
    elif kind == "stripe_sk":
        v = "sk_live_" + rstr(r, ALNUM, 24)
    elif kind == "moodle_salt":
        v = moodle_salt(r)
    elif kind == "pma":
        v = rstr(r, ALNUM + "-_.:;,", 32)
    elif kind == "rcdes":
        v = rstr(r, ALNUM + "-_", 24)
    elif kind in ("joomla",):
        v = rstr(r, ALNUM, 16)
    elif kind in ("cake_salt", ):
        v = rstr(r, ALNUM, 40)
    elif kind in ("cake_salt3", "mw_secret", "doli_crypt"):
        v = hexs(r, 64)
    elif kind in ("sf_secret", ):
        v = hexs(r, 40)
    elif kind in ("l4_key", "ci_key"):
        v = rstr(r, ALNUM, 32)
    elif kind in ("mw_upgrade", ):
        v = hexs(r, 16)
    elif kind in ("m1_crypt", "vt_key", "braintree_pk"):
        v = hexs(r, 32)
    elif kind == "ps_cookie":
        v = rstr(r, ALNUM, r.choice([56, 64]))
    else:
        raise ValueError(kind)
    return v


# ---------------------------------------------------------------------------------------------
# quoting and the secret slot
# ---------------------------------------------------------------------------------------------
SAFE_BARE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.\-]*$")
YAML_WORDS = {"yes", "no", "true", "false", "on", "off", "null", "y", "n"}


def quote(v, style):
    if style in ("php1", "php1c", "sql", "sh1"):
        return "'" + v + "'"
    if style in ("php2", "php2c", "ini", "json", "sh2"):
        return '"' + v + '"'
    if style == "yaml":
        if v and SAFE_BARE.match(v) and not v.isdigit() and v.lower() not in YAML_WORDS:
            return v
        return "'" + v + "'"
    if style in ("env", "htaccess"):
        if v and SAFE_BARE.match(v):
            return v
        return '"' + v + '"'
    return v  # xml (inside CDATA), url, raw, md, log


PH_PW = ["your_password", "YOUR_DB_PASSWORD", "<your-password>", "changeme", "CHANGE_ME",
         "password_here", "your-password-here", "REPLACE_ME", "enter_password_here",
         "xxxxxxxx", "XXXXXXXXXXXXXXXX", "<db_password>", "PUT_PASSWORD_HERE", "change-me"]
PH_KEY = ["put your unique phrase here", "REPLACE_WITH_RANDOM_STRING", "change-this-to-a-random-string",
          "YOUR_SECRET_KEY", "<generate-a-random-key>", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
          "your_encryption_key_here", "CHANGE_THIS_SECRET", "<insert-key-here>"]
MASKED = ["********", "**********", "[REDACTED]", "<redacted>", "(hidden)", "****", "xxxx-removed-xxxx",
          "[FILTERED]"]
TEMPLATED = ["{{ db_password }}", "{{ vault_db_password }}", "<%= @db_password %>", "__DB_PASSWORD__",
             "@@DB_PASS@@", "_DBC_PASS_", "{{DB_PASSWORD}}", "[[db_pass]]", "${DB_PASSWORD}"]
TEMPLATED_KEY = ["{{ app_secret }}", "__SALT__", "@@SECRET_KEY@@", "{{ crypt_key }}", "${APP_SECRET}",
                 "<%= @secret_key %>"]
SECRET_MGR = ["op://Infrastructure/shop-db/password", "op://Web/{n}/credential",
              "vault:secret/data/shop/{n}#value", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop/{n}",
              "secret://prod/{n}", "ssm:/shop/prod/{n}"]
DOCUMENTED = {
    "joomla": ["FBVtggIk5lAzEU9H"],
    "cake_salt": ["DYhG93b0qyJfIxfs2guVoUubWwvniR2G0FgaC9mi"],
    "cake_salt3": ["__SALT__", "DYhG93b0qyJfIxfs2guVoUubWwvniR2G0FgaC9mi"],
    "sf_secret": ["ThisTokenIsNotSoSecretChangeIt", "ThisTokenIsNotSoSecretChangeIt"],
    "l4_key": ["YourSecretKey!!!"],
    "paypal_sig": ["A-IzJhZZjhg29XQ2qnhapuwxIDzyAZQ92FRP5dqBzVesOkzbdUONzmOU"],
    "paypal_pwd": ["QFZCWN5HZM8VBG7Q"],
    "authnet_txn": ["77K3W9BhdJ51c0sK", "89MX0gtp247Q"],
}
KEYISH = {"joomla", "cake_salt", "cake_salt3", "sf_secret", "l4_key", "ci_key", "mw_secret", "mw_upgrade",
          "m1_crypt", "vt_key", "doli_crypt", "laravel_b64", "defuse", "ps_cookie", "b64url32", "b64url43",
          "moodle_salt", "pma", "rcdes", "hex16", "hex32", "hex40", "hex64", "an16", "an32", "an40",
          "an56", "an64", "HEX128", "braintree_pk", "stripe_sk", "paypal_sig", "authnet_txn"}


def public_value(kind, r):
    if kind == "stripe_sk":
        return "pk_live_" + rstr(r, ALNUM, 24)
    return None


def neg_fill(r, kind, style, name):
    """Something that is not a secret, written as it would be in this slot.  -> (text, category)"""
    keyish = kind in KEYISH
    ph = PH_KEY if keyish else PH_PW
    tpl = TEMPLATED_KEY if keyish else TEMPLATED
    low = name.lower()
    cats = ["placeholder"] * 4 + ["empty"] * 2 + ["masked"] * 2 + ["template"] * 2 + ["secret-manager"]
    if kind in DOCUMENTED:
        cats += ["documented-example"] * 4
    if public_value(kind, r):
        cats += ["public-value"] * 3
    if style in ("php1", "php2", "yaml", "ini", "sh1", "sh2", "json", "url", "xml"):
        cats += ["env-reference"] * 5
    cat = r.choice(cats)
    lit = None
    if cat == "placeholder":
        lit = r.choice(ph)
    elif cat == "empty":
        lit = ""
    elif cat == "masked":
        lit = r.choice(MASKED)
    elif cat == "template":
        lit = r.choice(tpl)
    elif cat == "secret-manager":
        lit = r.choice(SECRET_MGR).replace("{n}", low.replace("_", "-"))
    elif cat == "documented-example":
        lit = r.choice(DOCUMENTED[kind])
    elif cat == "public-value":
        lit = public_value(kind, r)
    if lit is not None:
        if style in ("yaml", "url", "sh1", "sh2", "htaccess", "env", "ini") and "%" in lit:
            lit = lit.replace("%", "")
        if style == "url":
            lit = lit.replace(" ", "-") if lit else lit
        if style in ("yaml",) and lit == "":
            return r.choice(["~", "null", "''"]), cat
        if style in ("env", "htaccess") and lit == "":
            return ('""' if style == "htaccess" else ""), cat
        return quote(lit, style), cat
    # environment references
    if style in ("php1", "php2"):
        q = "'" if style == "php1" else '"'
        opts = ["getenv({q}{n}{q})", "$_ENV[{q}{n}{q}]", "$_SERVER[{q}{n}{q}]", "getenv({q}{n}{q}) ?: {q}{q}",
                "isset($_ENV[{q}{n}{q}]) ? $_ENV[{q}{n}{q}] : {q}{q}",
                "trim(file_get_contents({q}/run/secrets/{l}{q}))", "$secrets[{q}{l}{q}]"]
        return r.choice(opts).format(q=q, n=name, l=low), cat
    if style == "yaml":
        return r.choice(["'%env({n})%'", "'%env(resolve:{n})%'", "'%env(file:{n}_FILE)%'",
                         '"%env({n})%"']).format(n=name), cat
    if style == "ini":
        return '"${%s}"' % name, cat
    if style in ("sh1", "sh2"):
        return r.choice(['"${n}"', '"${{{n}}}"', '"${{{n}:?{n} is not set}}"',
                         '"$(cat /run/secrets/{l})"', '"$(op read op://Deploy/{l}/password)"',
                         '"$(vault kv get -field=value secret/shop/{l})"']).format(n=name, l=low), cat
    if style == "json":
        return '"${%s}"' % name, cat
    if style == "url":
        return "${%s}" % name, cat
    if style == "xml":
        return "${%s}" % name, cat
    return quote(r.choice(ph), style), "placeholder"


class Slot:
    """The single secret slot of a template.  Positive: a generated secret.  Negative: a filler."""

    def __init__(self, r, positive):
        self.r = r
        self.positive = positive
        self.needle = None
        self.kind = None
        self.calls = 0

    def __call__(self, kind, style, name="DB_PASSWORD"):
        self.calls += 1
        assert self.calls == 1, "template used its slot twice"
        r = self.r
        if kind == "pem":
            if self.positive:
                body = pem_body(r)
                self.needle = body[0]
                self.kind = "private-key"
                return "'-----BEGIN PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END PRIVATE KEY-----\n'"
            self.kind = r.choice(["env-reference", "empty"])
            return "getenv('%s')" % name if self.kind == "env-reference" else "''"
        if self.positive:
            v = gen_secret(kind, style, r)
            self.needle = v
            self.kind = kind
            return quote(v, style)
        text, cat = neg_fill(r, kind, style, name)
        self.kind = cat
        return text


# ---------------------------------------------------------------------------------------------
# positive templates: f(r, S) -> (relpath, text); S(kind, style, envname) fills the one slot
# ---------------------------------------------------------------------------------------------
POS = []


def pos(provider, kind):
    def deco(f):
        POS.append((f.__name__, provider, kind, f))
        return f
    return deco


def php_head(r, title):
    return r.choice([
        "<?php\n/*\n  %s\n*/\n" % title,
        "<?php\n// %s\n" % title,
        "<?php\n/**\n * %s\n */\n" % title,
        "<?php\n",
    ])


@pos("oscommerce", "db-password")
def p_oscommerce_configure(r, S):
    d = domain(r)
    sub = r.choice(["catalog/", "", "shop/"])
    admin = r.random() < 0.3
    path = sub + ("admin/" if admin else "") + "includes/configure.php"
    ws = "/" + sub if sub else "/"
    return path, lines(
        "<?php",
        "/*",
        "  osCommerce, Open Source E-Commerce Solutions",
        "  http://www.oscommerce.com",
        "",
        "  Copyright (c) 2008 osCommerce",
        "",
        "  Released under the GNU General Public License",
        "*/",
        "",
        "// Define the webserver and path parameters",
        "// * DIR_FS_* = Filesystem directories (local/physical)",
        "// * DIR_WS_* = Webserver directories (virtual/URL)",
        "  define('HTTP_SERVER', 'http://www.%s');" % d,
        "  define('HTTPS_SERVER', 'https://www.%s');" % d,
        "  define('ENABLE_SSL', %s);" % r.choice(["true", "false"]),
        "  define('HTTP_COOKIE_DOMAIN', 'www.%s');" % d,
        "  define('HTTPS_COOKIE_DOMAIN', 'www.%s');" % d,
        "  define('HTTP_COOKIE_PATH', '%s');" % ws,
        "  define('DIR_WS_HTTP_CATALOG', '%s');" % ws,
        "  define('DIR_WS_IMAGES', 'images/');",
        "  define('DIR_WS_ICONS', DIR_WS_IMAGES . 'icons/');",
        "  define('DIR_WS_INCLUDES', 'includes/');",
        "  define('DIR_FS_CATALOG', '/home/%s/public_html%s');" % (r.choice(SHOPS), ws),
        "",
        "// define our database connection",
        "  define('DB_SERVER', '%s');" % host(r),
        "  define('DB_SERVER_USERNAME', '%s');" % dbuser(r, "osc"),
        "  define('DB_SERVER_PASSWORD', %s);" % S("db", "php1", "DB_SERVER_PASSWORD"),
        "  define('DB_DATABASE', '%s');" % dbname(r, "oscommerce"),
        "  define('USE_PCONNECT', 'false');",
        "  define('STORE_SESSIONS', 'mysql');",
        "?>",
    )


@pos("zencart", "db-password")
def p_zencart_configure(r, S):
    d = domain(r)
    user = r.choice(SHOPS)
    return r.choice(["includes/configure.php", "admin/includes/configure.php", "store/includes/configure.php"]), lines(
        "<?php",
        "/**",
        " * @package Configuration Settings circa 1.5.%d" % r.randint(1, 7),
        " * @copyright Copyright 2003-2016 Zen Cart Development Team",
        " * @license http://www.zen-cart.com/license/2_0.txt GNU Public License V2.0",
        " * File Built by zc_install on %s" % stamp(r, 2014, 2019),
        " */",
        "",
        "/*************** NOTE: This file is similar, but DIFFERENT from the \"admin\" version of configure.php. ***********/",
        "",
        "// Define the webserver and path parameters",
        "  define('HTTP_SERVER', 'https://%s');" % d,
        "  define('HTTPS_SERVER', 'https://%s');" % d,
        "  define('ENABLE_SSL', 'true');",
        "  define('DIR_WS_CATALOG', '/');",
        "  define('DIR_WS_HTTPS_CATALOG', '/');",
        "  define('DIR_FS_CATALOG', '/home/%s/public_html/');" % user,
        "",
        "// define our database connection",
        "  define('DB_TYPE', 'mysql');",
        "  define('DB_PREFIX', '%s');" % r.choice(["zen_", "", "zc_"]),
        "  define('DB_CHARSET', '%s');" % r.choice(["utf8", "utf8mb4"]),
        "  define('DB_SERVER', '%s');" % host(r),
        "  define('DB_SERVER_USERNAME', '%s');" % dbuser(r, "zencart"),
        "  define('DB_SERVER_PASSWORD', %s);" % S("db_gen", "php1", "DB_SERVER_PASSWORD"),
        "  define('DB_DATABASE', '%s');" % dbname(r, "zencart"),
        "",
        "  define('SQL_CACHE_METHOD', 'none');",
        "  define('DIR_FS_SQL_CACHE', '/home/%s/public_html/cache');" % user,
        "",
        "// EOF",
    )


@pos("phpbb", "db-password")
def p_phpbb_config(r, S):
    v = r.choice(["3.0", "3.1", "3.2", "3.3"])
    return r.choice(["config.php", "forum/config.php", "community/config.php"]), lines(
        "<?php",
        "// phpBB %s.x auto-generated configuration file" % v,
        "// Do not change anything in this file!",
        "$dbms = '%s';" % ("mysqli" if v == "3.0" else "phpbb\\\\db\\\\driver\\\\mysqli"),
        "$dbhost = '%s';" % host(r),
        "$dbport = '';",
        "$dbname = '%s';" % dbname(r, "phpbb"),
        "$dbuser = '%s';" % dbuser(r, "phpbb"),
        "$dbpasswd = %s;" % S("db", "php1", "PHPBB_DB_PASSWORD"),
        "$table_prefix = 'phpbb_';",
        "$phpbb_adm_relative_path = 'adm/';",
        "$acm_type = '%s';" % ("file" if v == "3.0" else "phpbb\\\\cache\\\\driver\\\\file"),
        "",
        "@define('PHPBB_INSTALLED', true);",
        "// @define('PHPBB_DISPLAY_LOAD_TIME', true);",
        "@define('PHPBB_ENVIRONMENT', 'production');",
        "// @define('DEBUG_CONTAINER', true);",
    )


@pos("cubecart", "db-password")
def p_cubecart_global(r, S):
    d = domain(r)
    return "includes/global.inc.php", lines(
        "<?php",
        "$glob['adminFile'] = 'admin_%s.php';" % rstr(r, LOWER + DIGITS, 6),
        "$glob['adminFolder'] = 'admin_%s';" % rstr(r, LOWER + DIGITS, 6),
        "$glob['dbdatabase'] = '%s';" % dbname(r, "cubecart"),
        "$glob['dbhost'] = '%s';" % host(r),
        "$glob['dbpassword'] = %s;" % S("db", "php1", "CC_DB_PASSWORD"),
        "$glob['dbprefix'] = 'CubeCart_';",
        "$glob['dbusername'] = '%s';" % dbuser(r, "cubecart"),
        "$glob['installed'] = '1';",
        "$glob['encoder'] = 'ioncube';",
        "$glob['storeURL'] = 'https://%s';" % d,
        "$glob['rootRel'] = '/';",
        "?>",
    )


@pos("piwigo", "db-password")
def p_piwigo_database(r, S):
    return "local/config/database.inc.php", lines(
        "<?php",
        "$conf['dblayer'] = 'mysqli';",
        "$conf['db_base'] = '%s';" % dbname(r, "piwigo"),
        "$conf['db_user'] = '%s';" % dbuser(r, "piwigo"),
        "$conf['db_password'] = %s;" % S("db", "php1", "PIWIGO_DB_PASSWORD"),
        "$conf['db_host'] = '%s';" % host(r),
        "",
        "$prefixeTable = '%s';" % r.choice(["piwigo_", "pwg_", "gallery_"]),
        "",
        "define('PHPWG_INSTALLED', true);",
        "define('PWG_CHARSET', 'utf-8');",
        "define('DB_CHARSET', 'utf8');",
        "define('DB_COLLATE', '');",
        "",
        "?>",
    )


def _dolibarr(r, pw_line, key_line):
    d = domain(r)
    return "htdocs/conf/conf.php", lines(
        "<?php",
        "//",
        "// File generated by Dolibarr installer %d.0.%d on %s" % (r.randint(9, 16), r.randint(0, 5), date(r, 2018, 2022)),
        "//",
        "// Take a look at conf.php.example file for an example of conf.php file",
        "// and explanations for all possibles parameters.",
        "//",
        "$dolibarr_main_url_root='https://erp.%s';" % d,
        "$dolibarr_main_document_root='/var/www/dolibarr/htdocs';",
        "$dolibarr_main_url_root_alt='/custom';",
        "$dolibarr_main_document_root_alt='/var/www/dolibarr/htdocs/custom';",
        "$dolibarr_main_data_root='/var/lib/dolibarr/documents';",
        "$dolibarr_main_db_host='%s';" % host(r),
        "$dolibarr_main_db_port='3306';",
        "$dolibarr_main_db_name='%s';" % dbname(r, "dolibarr"),
        "$dolibarr_main_db_prefix='llx_';",
        "$dolibarr_main_db_user='%s';" % dbuser(r, "dolibarr"),
        pw_line,
        "$dolibarr_main_db_type='mysqli';",
        "$dolibarr_main_db_character_set='utf8';",
        "$dolibarr_main_db_collation='utf8_unicode_ci';",
        "// Authentication settings",
        "$dolibarr_main_authentication='dolibarr';",
        "",
        "// Security settings",
        "$dolibarr_main_prod='1';",
        "$dolibarr_main_force_https='1';",
        "$dolibarr_main_restrict_os_commands='mysqldump, mysql, pg_dump, pgrestore';",
        "$dolibarr_nocsrfcheck='0';",
        key_line,
        "$dolibarr_mailing_limit_sendbyweb='0';",
    )


@pos("dolibarr", "db-password")
def p_dolibarr_dbpass(r, S):
    return _dolibarr(r, "$dolibarr_main_db_pass=%s;" % S("db", "php1", "DOLI_DB_PASSWORD"),
                     "// cookie key is set through DOLI_INSTANCE_UNIQUE_ID in the container env")


@pos("dolibarr", "app-secret")
def p_dolibarr_cryptkey(r, S):
    return _dolibarr(r, "$dolibarr_main_db_pass='';",
                     "$dolibarr_main_cookie_cryptkey=%s;" % S("doli_crypt", "php1", "DOLI_COOKIE_CRYPTKEY"))


@pos("codeigniter", "db-password")
def p_ci2_database(r, S):
    return "application/config/database.php", lines(
        "<?php  if ( ! defined('BASEPATH')) exit('No direct script access allowed');",
        "/*",
        "| -------------------------------------------------------------------",
        "| DATABASE CONNECTIVITY SETTINGS",
        "| -------------------------------------------------------------------",
        "| This file will contain the settings needed to access your database.",
        "|",
        "| For complete instructions please consult the 'Database Connection'",
        "| page of the User Guide.",
        "*/",
        "",
        "$active_group = 'default';",
        "$active_record = TRUE;",
        "",
        "$db['default']['hostname'] = '%s';" % host(r),
        "$db['default']['username'] = '%s';" % dbuser(r, "ci"),
        "$db['default']['password'] = %s;" % S("db", "php1", "DB_PASSWORD"),
        "$db['default']['database'] = '%s';" % dbname(r, "app"),
        "$db['default']['dbdriver'] = 'mysql';",
        "$db['default']['dbprefix'] = '';",
        "$db['default']['pconnect'] = TRUE;",
        "$db['default']['db_debug'] = TRUE;",
        "$db['default']['cache_on'] = FALSE;",
        "$db['default']['cachedir'] = '';",
        "$db['default']['char_set'] = 'utf8';",
        "$db['default']['dbcollat'] = 'utf8_general_ci';",
        "$db['default']['swap_pre'] = '';",
        "$db['default']['autoinit'] = TRUE;",
        "$db['default']['stricton'] = FALSE;",
        "",
        "",
        "/* End of file database.php */",
        "/* Location: ./application/config/database.php */",
    )


@pos("codeigniter", "db-password")
def p_ci3_database(r, S):
    return "application/config/database.php", lines(
        "<?php",
        "defined('BASEPATH') OR exit('No direct script access allowed');",
        "",
        "$active_group = 'default';",
        "$query_builder = TRUE;",
        "",
        "$db['default'] = array(",
        "\t'dsn'\t=> '',",
        "\t'hostname' => '%s'," % host(r),
        "\t'username' => '%s'," % dbuser(r, "ci"),
        "\t'password' => %s," % S("db", "php1", "DB_PASSWORD"),
        "\t'database' => '%s'," % dbname(r, "app"),
        "\t'dbdriver' => 'mysqli',",
        "\t'dbprefix' => '',",
        "\t'pconnect' => FALSE,",
        "\t'db_debug' => (ENVIRONMENT !== 'production'),",
        "\t'cache_on' => FALSE,",
        "\t'cachedir' => '',",
        "\t'char_set' => 'utf8',",
        "\t'dbcollat' => 'utf8_general_ci',",
        "\t'swap_pre' => '',",
        "\t'encrypt' => FALSE,",
        "\t'compress' => FALSE,",
        "\t'stricton' => FALSE,",
        "\t'failover' => array(),",
        "\t'save_queries' => TRUE",
        ");",
    )


@pos("codeigniter", "app-secret")
def p_ci2_encryption_key(r, S):
    d = domain(r)
    return "application/config/config.php", lines(
        "<?php  if ( ! defined('BASEPATH')) exit('No direct script access allowed');",
        "",
        "$config['base_url']\t= 'http://%s/';" % d,
        "$config['index_page'] = '';",
        "$config['uri_protocol']\t= 'AUTO';",
        "$config['url_suffix'] = '';",
        "$config['language']\t= 'english';",
        "$config['charset'] = 'UTF-8';",
        "$config['enable_hooks'] = FALSE;",
        "$config['subclass_prefix'] = 'MY_';",
        "",
        "/*",
        "|--------------------------------------------------------------------------",
        "| Encryption Key",
        "|--------------------------------------------------------------------------",
        "|",
        "| If you use the Encryption class or the Session class you",
        "| MUST set an encryption key.  See the user guide for info.",
        "|",
        "*/",
        "$config['encryption_key'] = %s;" % S("ci_key", "php1", "CI_ENCRYPTION_KEY"),
        "",
        "$config['sess_cookie_name']\t\t= 'ci_session';",
        "$config['sess_expiration']\t\t= 7200;",
        "$config['sess_expire_on_close']\t= FALSE;",
        "$config['sess_encrypt_cookie']\t= TRUE;",
        "$config['sess_use_database']\t= FALSE;",
        "$config['sess_table_name']\t\t= 'ci_sessions';",
    )


@pos("codeigniter", "app-secret")
def p_ci3_hex2bin(r, S):
    return "application/config/config.php", lines(
        "<?php",
        "defined('BASEPATH') OR exit('No direct script access allowed');",
        "",
        "$config['base_url'] = '';",
        "$config['index_page'] = 'index.php';",
        "$config['log_threshold'] = %d;" % r.randint(0, 2),
        "$config['cache_path'] = '';",
        "",
        "/*",
        "|--------------------------------------------------------------------------",
        "| Encryption Key",
        "|--------------------------------------------------------------------------",
        "| If you use the Encryption class, you must set an encryption key.",
        "*/",
        "$config['encryption_key'] = hex2bin(%s);" % S(r.choice(["hex32", "hex64"]), "php1", "CI_ENCRYPTION_KEY"),
        "",
        "$config['sess_driver'] = 'files';",
        "$config['sess_cookie_name'] = 'ci_session';",
        "$config['sess_expiration'] = 7200;",
        "$config['sess_save_path'] = NULL;",
        "$config['sess_match_ip'] = FALSE;",
        "$config['csrf_protection'] = TRUE;",
        "$config['csrf_token_name'] = 'csrf_test_name';",
    )


@pos("codeigniter", "smtp-password")
def p_ci_email(r, S):
    d = domain(r)
    return "application/config/email.php", lines(
        "<?php defined('BASEPATH') OR exit('No direct script access allowed');",
        "",
        "$config['protocol'] = 'smtp';",
        "$config['smtp_host'] = '%s';" % r.choice(SMTP_HOSTS).format(d=d),
        "$config['smtp_port'] = %d;" % r.choice([25, 465, 587]),
        "$config['smtp_user'] = '%s';" % email(r, d),
        "$config['smtp_pass'] = %s;" % S("smtp", "php1", "SMTP_PASS"),
        "$config['smtp_crypto'] = 'tls';",
        "$config['mailtype'] = 'html';",
        "$config['charset'] = 'utf-8';",
        "$config['newline'] = \"\\r\\n\";",
        "$config['wordwrap'] = TRUE;",
    )


@pos("opencart", "db-password")
def p_opencart_config(r, S):
    d = domain(r)
    admin = r.random() < 0.4
    root = "/var/www/%s/" % r.choice(SHOPS)
    pre = "admin/" if admin else ""
    return r.choice(["", "upload/"]) + pre + "config.php", lines(
        "<?php",
        "// HTTP",
        "define('HTTP_SERVER', 'http://%s/%s');" % (d, pre),
        "" if not admin else "define('HTTP_CATALOG', 'http://%s/');" % d,
        "",
        "// HTTPS",
        "define('HTTPS_SERVER', 'https://%s/%s');" % (d, pre),
        "",
        "// DIR",
        "define('DIR_APPLICATION', '%s%s');" % (root, "admin/" if admin else "catalog/"),
        "define('DIR_SYSTEM', '%ssystem/');" % root,
        "define('DIR_IMAGE', '%simage/');" % root,
        "define('DIR_STORAGE', '/var/storage/');",
        "define('DIR_LANGUAGE', DIR_APPLICATION . 'language/');",
        "define('DIR_TEMPLATE', DIR_APPLICATION . 'view/theme/');",
        "define('DIR_CONFIG', DIR_SYSTEM . 'config/');",
        "define('DIR_CACHE', DIR_STORAGE . 'cache/');",
        "",
        "// DB",
        "define('DB_DRIVER', 'mysqli');",
        "define('DB_HOSTNAME', '%s');" % host(r),
        "define('DB_USERNAME', '%s');" % dbuser(r, "opencart"),
        "define('DB_PASSWORD', %s);" % S("db", "php1", "DB_PASSWORD"),
        "define('DB_DATABASE', '%s');" % dbname(r, "opencart"),
        "define('DB_PORT', '3306');",
        "define('DB_PREFIX', 'oc_');",
        "",
        "// OpenCart API",
        "define('OPENCART_SERVER', 'https://www.opencart.com/');",
    )


def _joomla(r, pw, secret, smtppass, smtpuser=""):
    d = domain(r)
    j15 = r.random() < 0.35
    kw = "var" if j15 else "public"
    site = r.choice(SHOPS).capitalize()
    return "configuration.php", lines(
        "<?php",
        "class JConfig {",
        "\t%s $offline = '0';" % kw,
        "\t%s $offline_message = 'This site is down for maintenance.<br />Please check back again soon.';" % kw,
        "\t%s $sitename = '%s';" % (kw, site),
        "\t%s $editor = '%s';" % (kw, r.choice(["tinymce", "jce", "codemirror"])),
        "\t%s $list_limit = '20';" % kw,
        "\t%s $dbtype = '%s';" % (kw, "mysql" if j15 else "mysqli"),
        "\t%s $host = '%s';" % (kw, host(r)),
        "\t%s $user = '%s';" % (kw, dbuser(r, "joomla")),
        "\t%s $password = %s;" % (kw, pw),
        "\t%s $db = '%s';" % (kw, dbname(r, "joomla")),
        "\t%s $dbprefix = '%s';" % (kw, "jos_" if j15 else rstr(r, LOWER, 5) + "_"),
        "\t%s $live_site = '';" % kw,
        "\t%s $secret = %s;" % (kw, secret),
        "\t%s $gzip = '0';" % kw,
        "\t%s $error_reporting = 'default';" % kw,
        "\t%s $ftp_host = '127.0.0.1';" % kw,
        "\t%s $ftp_port = '21';" % kw,
        "\t%s $ftp_user = '';" % kw,
        "\t%s $ftp_pass = '';" % kw,
        "\t%s $ftp_root = '';" % kw,
        "\t%s $ftp_enable = '0';" % kw,
        "\t%s $offset = 'UTC';" % kw,
        "\t%s $mailer = '%s';" % (kw, "smtp" if smtpuser else "mail"),
        "\t%s $mailfrom = '%s';" % (kw, email(r, d)),
        "\t%s $fromname = '%s';" % (kw, site),
        "\t%s $sendmail = '/usr/sbin/sendmail';" % kw,
        "\t%s $smtpauth = '%s';" % (kw, "1" if smtpuser else "0"),
        "\t%s $smtpuser = '%s';" % (kw, smtpuser),
        "\t%s $smtppass = %s;" % (kw, smtppass),
        "\t%s $smtphost = '%s';" % (kw, r.choice(SMTP_HOSTS).format(d=d) if smtpuser else "localhost"),
        "\t%s $smtpsecure = '%s';" % (kw, "tls" if smtpuser else "none"),
        "\t%s $smtpport = '%s';" % (kw, "587" if smtpuser else "25"),
        "\t%s $caching = '0';" % kw,
        "\t%s $cache_handler = 'file';" % kw,
        "\t%s $cachetime = '15';" % kw,
        "\t%s $lifetime = '15';" % kw,
        "\t%s $session_handler = 'database';" % kw,
        "\t%s $log_path = '/var/www/%s/logs';" % (kw, r.choice(SHOPS)),
        "\t%s $tmp_path = '/var/www/%s/tmp';" % (kw, r.choice(SHOPS)),
        "}",
    )


@pos("joomla", "db-password")
def p_joomla_password(r, S):
    return _joomla(r, S("db", "php1c", "JOOMLA_DB_PASSWORD"), "'FBVtggIk5lAzEU9H'", "''")


@pos("joomla", "app-secret")
def p_joomla_secret(r, S):
    return _joomla(r, "''", S("joomla", "php1c", "JOOMLA_SECRET"), "''")


@pos("joomla", "smtp-password")
def p_joomla_smtp(r, S):
    d = domain(r)
    return _joomla(r, "''", "'FBVtggIk5lAzEU9H'", S("smtp", "php1c", "JOOMLA_SMTP_PASS"), email(r, d))


@pos("mediawiki", "db-password")
def p_mw_dbpassword(r, S):
    d = domain(r)
    name = r.choice(SHOPS).capitalize() + "Wiki"
    return "LocalSettings.php", lines(
        "<?php",
        "# This file was automatically generated by the MediaWiki 1.%d.%d" % (r.randint(27, 39), r.randint(0, 5)),
        "# installer. If you make manual changes, please keep track in case you",
        "# need to recreate them later.",
        "#",
        "# See includes/DefaultSettings.php for all configurable settings",
        "# and their default values, but don't forget to make changes in _this_",
        "# file, not there.",
        "",
        "# Protect against web entry",
        "if ( !defined( 'MEDIAWIKI' ) ) {",
        "\texit;",
        "}",
        "",
        "$wgSitename = \"%s\";" % name,
        "$wgMetaNamespace = \"%s\";" % name,
        "$wgScriptPath = \"/w\";",
        "$wgServer = \"https://wiki.%s\";" % d,
        "$wgResourceBasePath = $wgScriptPath;",
        "",
        "## Database settings",
        "$wgDBtype = \"mysql\";",
        "$wgDBserver = \"%s\";" % host(r),
        "$wgDBname = \"%s\";" % dbname(r, "wikidb"),
        "$wgDBuser = \"%s\";" % dbuser(r, "wikiuser"),
        "$wgDBpassword = %s;" % S("db", "php2", "MW_DB_PASSWORD"),
        "",
        "# MySQL specific settings",
        "$wgDBprefix = \"\";",
        "$wgDBTableOptions = \"ENGINE=InnoDB, DEFAULT CHARSET=binary\";",
        "",
        "## Shared memory settings",
        "$wgMainCacheType = CACHE_ACCEL;",
        "$wgMemCachedServers = [];",
        "",
        "# $wgSecretKey and $wgUpgradeKey are kept outside the web root",
        "require_once \"/etc/mediawiki/PrivateSettings.php\";",
        "",
        "$wgLanguageCode = \"en\";",
        "wfLoadSkin( 'Vector' );",
        "wfLoadExtension( 'ParserFunctions' );",
    )


@pos("mediawiki", "app-secret")
def p_mw_secretkey(r, S):
    return r.choice(["PrivateSettings.php", "private/PrivateSettings.php", "config/mediawiki/PrivateSettings.php"]), lines(
        "<?php",
        "# Private settings for the wiki, included from LocalSettings.php.",
        "# Keep this file mode 0640, owner root:www-data.",
        "",
        "if ( !defined( 'MEDIAWIKI' ) ) {",
        "\texit;",
        "}",
        "",
        "$wgSecretKey = %s;" % S("mw_secret", "php2", "MW_SECRET_KEY"),
        "",
        "# Changing this will log out all existing sessions.",
        "$wgAuthenticationTokenVersion = \"1\";",
        "",
        "$wgEnableEmail = true;",
        "$wgEmergencyContact = \"%s\";" % email(r),
    )


@pos("mediawiki", "admin-password")
def p_mw_upgradekey(r, S):
    return "LocalSettings.php", lines(
        "<?php",
        "# Fragment appended by the web updater, see mw-config/index.php",
        "if ( !defined( 'MEDIAWIKI' ) ) {",
        "\texit;",
        "}",
        "",
        "## Uploads",
        "$wgEnableUploads = true;",
        "$wgUseImageMagick = true;",
        "$wgImageMagickConvertCommand = \"/usr/bin/convert\";",
        "",
        "# Site upgrade key. Must be set to a string (default provided) to turn on the",
        "# web installer while LocalSettings.php is in place",
        "$wgUpgradeKey = %s;" % S("mw_upgrade", "php2", "MW_UPGRADE_KEY"),
        "",
        "## Default skin: you can change the default skin.",
        "$wgDefaultSkin = \"vector\";",
    )


def _moodle(r, dbpass, extra):
    d = domain(r)
    return "config.php", lines(
        "<?php  // Moodle configuration file",
        "",
        "unset($CFG);",
        "global $CFG;",
        "$CFG = new stdClass();",
        "",
        "$CFG->dbtype    = '%s';" % r.choice(["mysqli", "mariadb", "pgsql"]),
        "$CFG->dblibrary = 'native';",
        "$CFG->dbhost    = '%s';" % host(r),
        "$CFG->dbname    = '%s';" % dbname(r, "moodle"),
        "$CFG->dbuser    = '%s';" % dbuser(r, "moodle"),
        "$CFG->dbpass    = %s;" % dbpass,
        "$CFG->prefix    = 'mdl_';",
        "$CFG->dboptions = array (",
        "  'dbpersist' => 0,",
        "  'dbport' => '',",
        "  'dbsocket' => '',",
        "  'dbcollation' => 'utf8mb4_unicode_ci',",
        ");",
        "",
        "$CFG->wwwroot   = 'https://moodle.%s';" % d,
        "$CFG->dataroot  = '/var/moodledata';",
        "$CFG->admin     = 'admin';",
        "",
        "$CFG->directorypermissions = 0777;",
        extra,
        "",
        "require_once(__DIR__ . '/lib/setup.php');",
        "",
        "// There is no php closing tag in this file,",
        "// it is intentional because it prevents trailing whitespace problems!",
    )


@pos("moodle", "db-password")
def p_moodle_dbpass(r, S):
    return _moodle(r, S("db", "php1", "MOODLE_DB_PASSWORD"), "")


@pos("moodle", "app-secret")
def p_moodle_salt(r, S):
    return _moodle(r, "''", "$CFG->passwordsaltmain = %s;" % S("moodle_salt", "php1", "MOODLE_SALT"))


@pos("suitecrm", "db-password")
def p_suitecrm_config(r, S):
    d = domain(r)
    return "config.php", lines(
        "<?php",
        "$sugar_config = array (",
        "  'admin_export_only' => false,",
        "  'cache_dir' => 'cache/',",
        "  'calculate_response_time' => true,",
        "  'dbconfig' => ",
        "  array (",
        "    'db_host_name' => '%s'," % host(r),
        "    'db_host_instance' => 'SQLEXPRESS',",
        "    'db_user_name' => '%s'," % dbuser(r, "suitecrm"),
        "    'db_password' => %s," % S("db", "php1", "SUITECRM_DB_PASSWORD"),
        "    'db_name' => '%s'," % dbname(r, "suitecrm"),
        "    'db_type' => 'mysql',",
        "    'db_port' => '',",
        "    'db_manager' => 'MysqliManager',",
        "  ),",
        "  'dbconfigoption' => ",
        "  array (",
        "    'persistent' => true,",
        "    'autofree' => false,",
        "    'debug' => 0,",
        "    'ssl' => false,",
        "  ),",
        "  'default_currency_iso4217' => '%s'," % r.choice(["USD", "EUR", "GBP"]),
        "  'default_date_format' => 'm/d/Y',",
        "  'default_language' => 'en_us',",
        "  'host_name' => 'crm.%s'," % d,
        "  'site_url' => 'https://crm.%s'," % d,
        "  'suitecrm_version' => '7.%d.%d'," % (r.randint(8, 12), r.randint(0, 20)),
        "  'upload_dir' => 'upload/',",
        ");",
    )


@pos("sugarcrm", "db-password")
def p_sugar_override(r, S):
    return "config_override.php", lines(
        "<?php",
        "/***CONFIGURATOR***/",
        "$sugar_config['disable_persistent_connections'] = false;",
        "$sugar_config['default_module_favicon'] = false;",
        "$sugar_config['dashlet_auto_refresh_min'] = '30';",
        "$sugar_config['stack_trace_errors'] = false;",
        "$sugar_config['developerMode'] = false;",
        "/***CONFIGURATOR***/",
        "",
        "// read replica used by the reports module",
        "$sugar_config['db']['reports'] = array(",
        "    'db_host_name' => '%s'," % r.choice(["replica01", "10.0.2.15", "db-ro.internal"]),
        "    'db_user_name' => '%s'," % dbuser(r, "reports"),
        "    'db_password' => %s," % S("db_gen", "php1", "SUGAR_REPORTS_DB_PASSWORD"),
        "    'db_name' => '%s'," % dbname(r, "sugarcrm"),
        "    'db_type' => 'mysql',",
        "    'db_manager' => 'MysqliManager',",
        ");",
    )


def _vtiger(r, pw, key):
    d = domain(r)
    return "config.inc.php", lines(
        "<?php",
        "/*********************************************************************************",
        " * The contents of this file are subject to the SugarCRM Public License Version 1.1.2",
        " * (\"License\"); You may not use this file except in compliance with the",
        " * License. You may obtain a copy of the License at http://www.sugarcrm.com/SPL",
        " ********************************************************************************/",
        "",
        "include('vtigerversion.php');",
        "",
        "// more than 8MB memory needed for graphics",
        "ini_set('memory_limit','256M');",
        "",
        "/* database configuration",
        "      db_server",
        "      db_port",
        "      db_hostname",
        "      db_username",
        "      db_password",
        "      db_name",
        "*/",
        "$dbconfig['db_server'] = '%s';" % host(r),
        "$dbconfig['db_port'] = ':3306';",
        "$dbconfig['db_username'] = '%s';" % dbuser(r, "vtiger"),
        "$dbconfig['db_password'] = %s;" % pw,
        "$dbconfig['db_name'] = '%s';" % dbname(r, "vtigercrm"),
        "$dbconfig['db_type'] = 'mysqli';",
        "$dbconfig['db_status'] = 'true';",
        "",
        "$dbconfig['db_hostname'] = $dbconfig['db_server'].$dbconfig['db_port'];",
        "",
        "// log_sql default value = false",
        "$dbconfig['log_sql'] = false;",
        "",
        "$site_URL = 'https://crm.%s/';" % d,
        "$root_directory = '/var/www/vtigercrm/';",
        "$cache_dir = 'cache/';",
        "$tmp_dir = 'cache/images/';",
        "$import_dir = 'cache/import/';",
        "$upload_dir = 'cache/upload/';",
        "",
        "// Generating Unique Application Key",
        "$application_unique_key = %s;" % key,
        "",
        "$default_timezone = 'UTC';",
        "$default_language = 'en_us';",
    )


@pos("vtiger", "db-password")
def p_vtiger_dbpass(r, S):
    return _vtiger(r, S("db", "php1", "VTIGER_DB_PASSWORD"), "getenv('VT_APP_KEY')")


@pos("vtiger", "app-secret")
def p_vtiger_appkey(r, S):
    return _vtiger(r, "''", S("vt_key", "php1", "VT_APP_KEY"))


def _ps17(r, slot_key, slot_text):
    d = domain(r)
    vals = {
        "database_password": "getenv('PS_DB_PASSWD')",
        "secret": "getenv('PS_SECRET')",
        "cookie_key": "getenv('PS_COOKIE_KEY')",
        "cookie_iv": "getenv('PS_COOKIE_IV')",
        "new_cookie_key": "getenv('PS_NEW_COOKIE_KEY')",
    }
    vals[slot_key] = slot_text
    out = ["<?php return array (",
           "  'parameters' => ",
           "  array (",
           "    'database_host' => '%s'," % host(r),
           "    'database_port' => '',",
           "    'database_name' => '%s'," % dbname(r, "prestashop"),
           "    'database_user' => '%s'," % dbuser(r, "prestashop"),
           "    'database_password' => %s," % vals["database_password"],
           "    'database_prefix' => 'ps_',",
           "    'database_engine' => 'InnoDB',",
           "    'mailer_transport' => 'smtp',",
           "    'mailer_host' => '127.0.0.1',",
           "    'mailer_user' => NULL,",
           "    'mailer_password' => NULL,",
           "    'secret' => %s," % vals["secret"],
           "    'ps_caching' => 'CacheMemcache',",
           "    'ps_cache_enable' => false,",
           "    'ps_creation_date' => '%s'," % date(r, 2017, 2022),
           "    'locale' => '%s'," % r.choice(["en-US", "fr-FR", "de-DE", "it-IT", "es-ES", "pl-PL"]),
           "    'use_debug_toolbar' => true,",
           "    'cookie_key' => %s," % vals["cookie_key"],
           "    'cookie_iv' => %s," % vals["cookie_iv"],
           "    'new_cookie_key' => %s," % vals["new_cookie_key"]]
    if slot_key == "api_private_key":
        out.append("    'api_private_key' => %s," % slot_text)
    out += ["  ),", ");"]
    return r.choice(["app/config/parameters.php", "shop/app/config/parameters.php"]), lines(*out)


@pos("prestashop", "db-password")
def p_ps17_dbpass(r, S):
    return _ps17(r, "database_password", S("db", "php1", "PS_DB_PASSWD"))


@pos("prestashop", "app-secret")
def p_ps17_cookie_key(r, S):
    return _ps17(r, "cookie_key", S("ps_cookie", "php1", "PS_COOKIE_KEY"))


@pos("prestashop", "app-secret")
def p_ps17_new_cookie_key(r, S):
    return _ps17(r, "new_cookie_key", S("defuse", "php1", "PS_NEW_COOKIE_KEY"))


@pos("prestashop", "app-secret")
def p_ps17_secret(r, S):
    return _ps17(r, "secret", S("ps_cookie", "php1", "PS_SECRET"))


@pos("prestashop", "private-key")
def p_ps17_api_private_key(r, S):
    return _ps17(r, "api_private_key", S("pem", "pem", "PS_API_PRIVATE_KEY"))


@pos("prestashop", "app-secret")
def p_ps16_settings(r, S):
    return "config/settings.inc.php", lines(
        "<?php",
        "define('_DB_SERVER_', '%s');" % host(r),
        "define('_DB_NAME_', '%s');" % dbname(r, "prestashop"),
        "define('_DB_USER_', '%s');" % dbuser(r, "prestashop"),
        "define('_DB_PASSWD_', '');",
        "define('_DB_PREFIX_', 'ps_');",
        "define('_MYSQL_ENGINE_', 'InnoDB');",
        "define('_PS_CACHING_SYSTEM_', 'CacheMemcache');",
        "define('_PS_CACHE_ENABLED_', '0');",
        "define('_MEDIA_SERVER_1_', '');",
        "define('_MEDIA_SERVER_2_', '');",
        "define('_MEDIA_SERVER_3_', '');",
        "define('_COOKIE_KEY_', %s);" % S("an56", "php1", "PS_COOKIE_KEY"),
        "define('_PS_CREATION_DATE_', '%s');" % date(r, 2012, 2018),
        "if (!defined('_PS_VERSION_'))",
        "\tdefine('_PS_VERSION_', '1.6.1.%d');" % r.randint(4, 24),
        "define('_PS_DIRECTORY_', '/');",
    )


@pos("laravel", "app-secret")
def p_laravel4_app_key(r, S):
    d = domain(r)
    return "app/config/app.php", lines(
        "<?php",
        "",
        "return array(",
        "",
        "\t'debug' => false,",
        "",
        "\t'url' => 'http://%s'," % d,
        "",
        "\t'timezone' => '%s'," % r.choice(["UTC", "Europe/Berlin", "Europe/Amsterdam", "America/New_York"]),
        "",
        "\t'locale' => 'en',",
        "",
        "\t'fallback_locale' => 'en',",
        "",
        "\t/*",
        "\t|--------------------------------------------------------------------------",
        "\t| Encryption Key",
        "\t|--------------------------------------------------------------------------",
        "\t|",
        "\t| This key is used by the Illuminate encrypter service and should be set",
        "\t| to a random, 32 character string, otherwise these encrypted strings",
        "\t| will not be safe. Please do this before deploying an application!",
        "\t|",
        "\t*/",
        "",
        "\t'key' => %s," % S("l4_key", "php1", "APP_KEY"),
        "",
        "\t'cipher' => MCRYPT_RIJNDAEL_128,",
        "",
        "\t'providers' => array(",
        "\t\t'Illuminate\\Foundation\\Providers\\ArtisanServiceProvider',",
        "\t\t'Illuminate\\Auth\\AuthServiceProvider',",
        "\t\t'Illuminate\\Cache\\CacheServiceProvider',",
        "\t),",
        ");",
    )


@pos("laravel", "db-password")
def p_laravel4_database(r, S):
    return r.choice(["app/config/database.php", "app/config/production/database.php"]), lines(
        "<?php",
        "",
        "return array(",
        "",
        "\t'fetch' => PDO::FETCH_CLASS,",
        "",
        "\t'default' => 'mysql',",
        "",
        "\t'connections' => array(",
        "",
        "\t\t'mysql' => array(",
        "\t\t\t'driver'    => 'mysql',",
        "\t\t\t'host'      => '%s'," % host(r),
        "\t\t\t'database'  => '%s'," % dbname(r, "laravel"),
        "\t\t\t'username'  => '%s'," % dbuser(r, "laravel"),
        "\t\t\t'password'  => %s," % S("db", "php1", "DB_PASSWORD"),
        "\t\t\t'charset'   => 'utf8',",
        "\t\t\t'collation' => 'utf8_unicode_ci',",
        "\t\t\t'prefix'    => '',",
        "\t\t),",
        "",
        "\t),",
        "",
        "\t'migrations' => 'migrations',",
        "",
        ");",
    )


@pos("laravel", "smtp-password")
def p_laravel_mail_fallback(r, S):
    d = domain(r)
    return "config/mail.php", lines(
        "<?php",
        "",
        "return [",
        "    'driver' => env('MAIL_DRIVER', 'smtp'),",
        "    'host' => env('MAIL_HOST', '%s')," % r.choice(SMTP_HOSTS).format(d=d),
        "    'port' => env('MAIL_PORT', 587),",
        "    'from' => [",
        "        'address' => env('MAIL_FROM_ADDRESS', '%s')," % email(r, d),
        "        'name' => env('MAIL_FROM_NAME', '%s')," % r.choice(SHOPS).capitalize(),
        "    ],",
        "    'encryption' => env('MAIL_ENCRYPTION', 'tls'),",
        "    'username' => env('MAIL_USERNAME', '%s')," % email(r, d),
        "    'password' => env('MAIL_PASSWORD', %s)," % S("smtp", "php1c", "MAIL_PASSWORD"),
        "    'sendmail' => '/usr/sbin/sendmail -bs',",
        "    'pretend' => false,",
        "];",
    )


@pos("lumen", "app-secret")
def p_lumen_env(r, S):
    d = domain(r)
    return ".env", lines(
        "APP_ENV=production",
        "APP_DEBUG=false",
        "APP_KEY=%s" % S(r.choice(["l4_key", "laravel_b64"]), "env", "APP_KEY"),
        "APP_URL=https://api.%s" % d,
        "APP_TIMEZONE=UTC",
        "",
        "LOG_CHANNEL=stack",
        "LOG_SLACK_WEBHOOK_URL=",
        "",
        "DB_CONNECTION=mysql",
        "DB_HOST=%s" % host(r),
        "DB_PORT=3306",
        "DB_DATABASE=%s" % dbname(r, "lumen"),
        "DB_USERNAME=%s" % dbuser(r, "lumen"),
        "DB_PASSWORD=",
        "",
        "CACHE_DRIVER=file",
        "QUEUE_CONNECTION=sync",
    )


@pos("yii", "db-password")
def p_yii1_main(r, S):
    d = domain(r)
    return "protected/config/main.php", lines(
        "<?php",
        "",
        "// uncomment the following to define a path alias",
        "// Yii::setPathOfAlias('local','path/to/local-folder');",
        "",
        "// This is the main Web application configuration. Any writable",
        "// CWebApplication properties can be configured here.",
        "return array(",
        "\t'basePath'=>dirname(__FILE__).DIRECTORY_SEPARATOR.'..',",
        "\t'name'=>'%s'," % r.choice(SHOPS).capitalize(),
        "",
        "\t// preloading 'log' component",
        "\t'preload'=>array('log'),",
        "",
        "\t'import'=>array(",
        "\t\t'application.models.*',",
        "\t\t'application.components.*',",
        "\t),",
        "",
        "\t'components'=>array(",
        "\t\t'user'=>array(",
        "\t\t\t'allowAutoLogin'=>true,",
        "\t\t),",
        "\t\t'db'=>array(",
        "\t\t\t'connectionString' => 'mysql:host=%s;dbname=%s'," % (host(r), dbname(r, "yii")),
        "\t\t\t'emulatePrepare' => true,",
        "\t\t\t'username' => '%s'," % dbuser(r, "yii"),
        "\t\t\t'password' => %s," % S("db", "php1", "YII_DB_PASSWORD"),
        "\t\t\t'charset' => 'utf8',",
        "\t\t\t'tablePrefix' => 'tbl_',",
        "\t\t),",
        "\t\t'errorHandler'=>array(",
        "\t\t\t'errorAction'=>'site/error',",
        "\t\t),",
        "\t),",
        "",
        "\t'params'=>array(",
        "\t\t'adminEmail'=>'%s'," % email(r, d),
        "\t),",
        ");",
    )


@pos("yii", "app-secret")
def p_yii2_cvk(r, S):
    return "config/web.php", lines(
        "<?php",
        "",
        "$params = require __DIR__ . '/params.php';",
        "$db = require __DIR__ . '/db.php';",
        "",
        "$config = [",
        "    'id' => 'basic',",
        "    'basePath' => dirname(__DIR__),",
        "    'bootstrap' => ['log'],",
        "    'aliases' => [",
        "        '@bower' => '@vendor/bower-asset',",
        "        '@npm'   => '@vendor/npm-asset',",
        "    ],",
        "    'components' => [",
        "        'request' => [",
        "            // !!! insert a secret key in the following (if it is empty) - this is required by cookie validation",
        "            'cookieValidationKey' => %s," % S("b64url32", "php1", "COOKIE_VALIDATION_KEY"),
        "        ],",
        "        'cache' => [",
        "            'class' => 'yii\\caching\\FileCache',",
        "        ],",
        "        'user' => [",
        "            'identityClass' => 'app\\models\\User',",
        "            'enableAutoLogin' => true,",
        "        ],",
        "        'db' => $db,",
        "    ],",
        "    'params' => $params,",
        "];",
        "",
        "return $config;",
    )


@pos("yii", "db-password")
def p_yii2_db(r, S):
    return "config/db.php", lines(
        "<?php",
        "",
        "return [",
        "    'class' => 'yii\\db\\Connection',",
        "    'dsn' => 'mysql:host=%s;dbname=%s'," % (host(r), dbname(r, "yii2")),
        "    'username' => '%s'," % dbuser(r, "yii2"),
        "    'password' => %s," % S("db", "php1", "DB_PASSWORD"),
        "    'charset' => 'utf8',",
        "",
        "    // Schema cache options (for production environment)",
        "    'enableSchemaCache' => true,",
        "    'schemaCacheDuration' => 60,",
        "    'schemaCache' => 'cache',",
        "];",
    )


@pos("cakephp", "app-secret")
def p_cake2_core(r, S):
    return "app/Config/core.php", lines(
        "<?php",
        "/**",
        " * This is core configuration file.",
        " *",
        " * Use it to configure core behavior of Cake.",
        " */",
        "",
        "\tConfigure::write('debug', 0);",
        "",
        "\tConfigure::write('Error', array(",
        "\t\t'handler' => 'ErrorHandler::handleError',",
        "\t\t'level' => E_ALL & ~E_DEPRECATED,",
        "\t\t'trace' => true",
        "\t));",
        "",
        "\tConfigure::write('App.encoding', 'UTF-8');",
        "",
        "\tConfigure::write('Session', array(",
        "\t\t'defaults' => 'php'",
        "\t));",
        "",
        "/**",
        " * A random string used in security hashing methods.",
        " */",
        "\tConfigure::write('Security.salt', %s);" % S("cake_salt", "php1", "SECURITY_SALT"),
        "",
        "/**",
        " * A random numeric string (digits only) used to encrypt/decrypt strings.",
        " */",
        "\tConfigure::write('Security.cipherSeed', '76859309657453542496749683645');",
        "",
        "\tConfigure::write('Acl.classname', 'DbAcl');",
        "\tConfigure::write('Acl.database', 'default');",
    )


@pos("cakephp", "app-secret")
def p_cake3_app(r, S):
    return r.choice(["config/app.php", "config/app_local.php"]), lines(
        "<?php",
        "",
        "return [",
        "    'debug' => filter_var(env('DEBUG', false), FILTER_VALIDATE_BOOLEAN),",
        "",
        "    /*",
        "     * Security and encryption configuration",
        "     *",
        "     * - salt - A random string used in security hashing methods.",
        "     *   The salt value is also used as the encryption key.",
        "     *   You should treat it as extremely sensitive data.",
        "     */",
        "    'Security' => [",
        "        'salt' => env('SECURITY_SALT', %s)," % S("cake_salt3", "php1c", "SECURITY_SALT"),
        "    ],",
        "",
        "    'Datasources' => [",
        "        'default' => [",
        "            'host' => 'localhost',",
        "            'username' => 'my_app',",
        "            'password' => env('DB_PASSWORD'),",
        "            'database' => 'my_app',",
        "            'url' => env('DATABASE_URL', null),",
        "        ],",
        "    ],",
        "];",
    )


@pos("cakephp", "db-password")
def p_cake2_database(r, S):
    return "app/Config/database.php", lines(
        "<?php",
        "class DATABASE_CONFIG {",
        "",
        "\tpublic $default = array(",
        "\t\t'datasource' => 'Database/Mysql',",
        "\t\t'persistent' => false,",
        "\t\t'host' => '%s'," % host(r),
        "\t\t'login' => '%s'," % dbuser(r, "cake"),
        "\t\t'password' => %s," % S("db", "php1c", "CAKE_DB_PASSWORD"),
        "\t\t'database' => '%s'," % dbname(r, "cake"),
        "\t\t'prefix' => '',",
        "\t\t'encoding' => 'utf8',",
        "\t);",
        "",
        "\tpublic $test = array(",
        "\t\t'datasource' => 'Database/Mysql',",
        "\t\t'persistent' => false,",
        "\t\t'host' => 'localhost',",
        "\t\t'login' => 'user',",
        "\t\t'password' => '',",
        "\t\t'database' => 'test_database_name',",
        "\t\t'prefix' => '',",
        "\t);",
        "}",
    )


def _sf_params(r, which, slot):
    d = domain(r)
    vals = {"database_password": "null", "mailer_password": "null", "secret": "ThisTokenIsNotSoSecretChangeIt"}
    vals[which] = slot
    return r.choice(["app/config/parameters.yml", "app/config/parameters_prod.yml"]), lines(
        "# This file is auto-generated during the composer install",
        "parameters:",
        "    database_driver: pdo_mysql",
        "    database_host: %s" % host(r),
        "    database_port: %s" % r.choice(["null", "3306"]),
        "    database_name: %s" % dbname(r, "symfony"),
        "    database_user: %s" % dbuser(r, "symfony"),
        "    database_password: %s" % vals["database_password"],
        "    mailer_transport: smtp",
        "    mailer_host: %s" % r.choice(SMTP_HOSTS).format(d=d),
        "    mailer_user: %s" % (email(r, d) if which == "mailer_password" else "null"),
        "    mailer_password: %s" % vals["mailer_password"],
        "    locale: %s" % r.choice(["en", "de", "fr", "nl"]),
        "    secret: %s" % vals["secret"],
        "    debug_toolbar: false",
        "    debug_redirects: false",
        "    use_assetic_controller: false",
    )


@pos("symfony", "db-password")
def p_sf_dbpass(r, S):
    return _sf_params(r, "database_password", S("db", "yaml", "DATABASE_PASSWORD"))


@pos("symfony", "app-secret")
def p_sf_secret(r, S):
    return _sf_params(r, "secret", S("sf_secret", "yaml", "APP_SECRET"))


@pos("symfony", "smtp-password")
def p_sf_mailer(r, S):
    return _sf_params(r, "mailer_password", S("smtp", "yaml", "MAILER_PASSWORD"))


def _m1_local(r, pw, key):
    return "app/etc/local.xml", lines(
        "<?xml version=\"1.0\"?>",
        "<!--",
        "/**",
        " * Magento",
        " *",
        " * NOTICE OF LICENSE",
        " *",
        " * This source file is subject to the Academic Free License (AFL 3.0)",
        " * @category   Mage",
        " * @package    Mage_Core",
        " * @license    http://opensource.org/licenses/afl-3.0.php  Academic Free License (AFL 3.0)",
        " */",
        "-->",
        "<config>",
        "    <global>",
        "        <install>",
        "            <date><![CDATA[%s]]></date>" % r.choice(["Mon, 03 Mar 2014 10:12:55 +0000", "Thu, 17 Sep 2015 08:41:02 +0000",
                                                           "Wed, 02 Nov 2016 14:20:31 +0000", "Tue, 12 Jun 2018 19:05:44 +0000"]),
        "        </install>",
        "        <crypt>",
        "            <key><![CDATA[%s]]></key>" % key,
        "        </crypt>",
        "        <disable_local_modules>false</disable_local_modules>",
        "        <resources>",
        "            <db>",
        "                <table_prefix><![CDATA[]]></table_prefix>",
        "            </db>",
        "            <default_setup>",
        "                <connection>",
        "                    <host><![CDATA[%s]]></host>" % host(r),
        "                    <username><![CDATA[%s]]></username>" % dbuser(r, "magento"),
        "                    <password><![CDATA[%s]]></password>" % pw,
        "                    <dbname><![CDATA[%s]]></dbname>" % dbname(r, "magento"),
        "                    <initStatements><![CDATA[SET NAMES utf8]]></initStatements>",
        "                    <model><![CDATA[mysql4]]></model>",
        "                    <type><![CDATA[pdo_mysql]]></type>",
        "                    <pdoType><![CDATA[]]></pdoType>",
        "                    <active>1</active>",
        "                </connection>",
        "            </default_setup>",
        "        </resources>",
        "        <session_save><![CDATA[files]]></session_save>",
        "    </global>",
        "    <admin>",
        "        <routers>",
        "            <adminhtml>",
        "                <args>",
        "                    <frontName><![CDATA[%s]]></frontName>" % r.choice(["admin", "backend", "shopadmin", "manage"]),
        "                </args>",
        "            </adminhtml>",
        "        </routers>",
        "    </admin>",
        "</config>",
    )


@pos("magento1", "app-secret")
def p_m1_cryptkey(r, S):
    return _m1_local(r, "", S("m1_crypt", "xml", "MAGE_CRYPT_KEY"))


@pos("magento1", "db-password")
def p_m1_dbpass(r, S):
    # crypt key kept in a separate, untracked local.xml.key include by this shop's deploy
    return _m1_local(r, S("db", "xml", "MAGE_DB_PASSWORD"), "")


@pos("magento1", "db-password")
def p_m1_install_sh(r, S):
    d = domain(r)
    return r.choice(["bin/install-magento.sh", "scripts/install.sh", "deploy/magento-install.sh"]), lines(
        "#!/bin/bash",
        "# Unattended Magento 1.9 install for the staging box",
        "set -e",
        "",
        "cd /var/www/%s" % r.choice(SHOPS),
        "read -s -p \"Admin password: \" ADMIN_PASS",
        "echo",
        "",
        "php -f install.php -- \\",
        "  --license_agreement_accepted \"yes\" \\",
        "  --locale \"en_US\" \\",
        "  --timezone \"Europe/London\" \\",
        "  --default_currency \"GBP\" \\",
        "  --db_host \"%s\" \\" % host(r),
        "  --db_name \"%s\" \\" % dbname(r, "magento"),
        "  --db_user \"%s\" \\" % dbuser(r, "magento"),
        "  --db_pass %s \\" % S("db", "sh1", "MAGENTO_DB_PASS"),
        "  --url \"https://staging.%s/\" \\" % d,
        "  --use_rewrites \"yes\" \\",
        "  --use_secure \"yes\" \\",
        "  --secure_base_url \"https://staging.%s/\" \\" % d,
        "  --use_secure_admin \"yes\" \\",
        "  --skip_url_validation \"yes\" \\",
        "  --admin_firstname \"Store\" \\",
        "  --admin_lastname \"Owner\" \\",
        "  --admin_email \"%s\" \\" % email(r, d),
        "  --admin_username \"admin\" \\",
        "  --admin_password \"$ADMIN_PASS\"",
    )


@pos("phpmailer", "smtp-password")
def p_phpmailer(r, S):
    d = domain(r)
    gmail = r.random() < 0.4
    return r.choice(["includes/mailer.php", "lib/send_mail.php", "contact/send.php", "inc/functions/mail.inc.php"]), lines(
        "<?php",
        "use PHPMailer\\PHPMailer\\PHPMailer;",
        "use PHPMailer\\PHPMailer\\Exception;",
        "",
        "require 'vendor/autoload.php';",
        "",
        "function send_contact_mail($to, $subject, $body)",
        "{",
        "    $mail = new PHPMailer(true);",
        "    try {",
        "        $mail->isSMTP();",
        "        $mail->Host       = '%s';" % ("smtp.gmail.com" if gmail else r.choice(SMTP_HOSTS).format(d=d)),
        "        $mail->SMTPAuth   = true;",
        "        $mail->Username   = '%s';" % (r.choice(FIRST) + "." + r.choice(SHOPS) + "@gmail.com" if gmail else email(r, d)),
        "        $mail->Password   = %s;" % S("gapp" if gmail else "smtp", "php1", "SMTP_PASSWORD"),
        "        $mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;",
        "        $mail->Port       = 587;",
        "",
        "        $mail->setFrom('%s', '%s');" % (email(r, d), r.choice(SHOPS).capitalize()),
        "        $mail->addAddress($to);",
        "        $mail->isHTML(true);",
        "        $mail->Subject = $subject;",
        "        $mail->Body    = $body;",
        "        $mail->send();",
        "        return true;",
        "    } catch (Exception $e) {",
        "        error_log('Mailer Error: ' . $mail->ErrorInfo);",
        "        return false;",
        "    }",
        "}",
    )


@pos("sendgrid", "smtp-password")
def p_phpmailer_sendgrid(r, S):
    d = domain(r)
    return r.choice(["includes/class.mailer.php", "lib/Mailer.php"]), lines(
        "<?php",
        "require_once dirname(__FILE__) . '/phpmailer/class.phpmailer.php';",
        "require_once dirname(__FILE__) . '/phpmailer/class.smtp.php';",
        "",
        "class ShopMailer extends PHPMailer",
        "{",
        "    public function __construct()",
        "    {",
        "        parent::__construct(true);",
        "        $this->IsSMTP();",
        "        $this->Host = 'smtp.sendgrid.net';",
        "        $this->Port = 587;",
        "        $this->SMTPAuth = true;",
        "        $this->Username = 'apikey';",
        "        $this->Password = %s;" % S("sendgrid", "php1", "SENDGRID_API_KEY"),
        "        $this->CharSet = 'UTF-8';",
        "        $this->From = '%s';" % email(r, d),
        "        $this->FromName = '%s';" % r.choice(SHOPS).capitalize(),
        "    }",
        "}",
    )


@pos("paypal", "payment-credential")
def p_paypal_define_sig(r, S):
    d = domain(r)
    user = "%s_api1.%s" % (r.choice(FIRST + ["payments", "billing", "shop"]), d)
    return r.choice(["includes/paypal_config.php", "paypal/config.php", "lib/paypal/constants.php"]), lines(
        "<?php",
        "/****************************************************",
        "constants.php",
        "",
        "This is the configuration file for the samples.This file",
        "defines the parameters needed to make an API call.",
        "****************************************************/",
        "",
        "define('API_USERNAME', '%s');" % user,
        "define('API_PASSWORD', getenv('PAYPAL_API_PASSWORD'));",
        "define('API_SIGNATURE', %s);" % S("paypal_sig", "php1", "PAYPAL_API_SIGNATURE"),
        "",
        "/* Endpoint: this is the server URL which you have to connect for submitting your API request. */",
        "define('API_ENDPOINT', 'https://api-3t.paypal.com/nvp');",
        "define('USE_PROXY', FALSE);",
        "define('PROXY_HOST', '127.0.0.1');",
        "define('PROXY_PORT', '808');",
        "define('PAYPAL_URL', 'https://www.paypal.com/webscr&cmd=_express-checkout&token=');",
        "define('VERSION', '%s');" % r.choice(["65.1", "84.0", "95.0", "109.0", "124"]),
        "define('ACK_SUCCESS', 'SUCCESS');",
        "define('ACK_SUCCESS_WITH_WARNING', 'SUCCESSWITHWARNING');",
    )


@pos("paypal", "payment-credential")
def p_paypal_nvp_array(r, S):
    d = domain(r)
    return r.choice(["classes/PaypalExpress.php", "modules/payment/paypal_nvp.php", "app/Payments/PaypalNvp.php"]), lines(
        "<?php",
        "",
        "class PaypalExpress",
        "{",
        "    const ENDPOINT = 'https://api-3t.paypal.com/nvp';",
        "",
        "    protected function call($method, array $fields)",
        "    {",
        "        $nvp = array_merge(array(",
        "            'METHOD'    => $method,",
        "            'VERSION'   => '204.0',",
        "            'USER'      => '%s_api1.%s'," % (r.choice(FIRST + ["merchant", "sales"]), d),
        "            'PWD'       => %s," % S("paypal_pwd", "php1", "PAYPAL_API_PASSWORD"),
        "            'SIGNATURE' => PAYPAL_SIGNATURE,",
        "        ), $fields);",
        "",
        "        $ch = curl_init(self::ENDPOINT);",
        "        curl_setopt($ch, CURLOPT_POST, true);",
        "        curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query($nvp));",
        "        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);",
        "        $response = curl_exec($ch);",
        "        curl_close($ch);",
        "        parse_str($response, $result);",
        "        return $result;",
        "    }",
        "}",
    )


@pos("paypal", "payment-credential")
def p_oscommerce_paypal_sql(r, S):
    return r.choice(["install/oscommerce_live.sql", "backups/db_osc_%s.sql" % date(r).replace("-", "")]), lines(
        "-- MySQL dump 10.13  Distrib 5.%d.%d, for debian-linux-gnu (x86_64)" % (r.randint(5, 7), r.randint(10, 60)),
        "--",
        "-- Host: localhost    Database: %s" % dbname(r, "oscommerce"),
        "-- ------------------------------------------------------",
        "",
        "LOCK TABLES `configuration` WRITE;",
        "/*!40000 ALTER TABLE `configuration` DISABLE KEYS */;",
        "INSERT INTO `configuration` VALUES (%d,'Enable PayPal Express Checkout','MODULE_PAYMENT_PAYPAL_EXPRESS_STATUS','True','Do you want to accept PayPal Express Checkout payments?',6,1,NULL,'%s',NULL,'tep_cfg_select_option(array(\\'True\\', \\'False\\'), ');" % (r.randint(300, 900), stamp(r)),
        "INSERT INTO `configuration` VALUES (%d,'API Username','MODULE_PAYMENT_PAYPAL_EXPRESS_API_USERNAME','%s_api1.%s','The username to use for the PayPal API service',6,0,NULL,'%s',NULL,NULL);" % (r.randint(300, 900), r.choice(FIRST), domain(r), stamp(r)),
        "INSERT INTO `configuration` VALUES (%d,'API Password','MODULE_PAYMENT_PAYPAL_EXPRESS_API_PASSWORD','','The password to use for the PayPal API service',6,0,NULL,'%s',NULL,NULL);" % (r.randint(300, 900), stamp(r)),
        "INSERT INTO `configuration` VALUES (%d,'API Signature','MODULE_PAYMENT_PAYPAL_EXPRESS_API_SIGNATURE',%s,'The signature to use for the PayPal API service',6,0,NULL,'%s',NULL,NULL);" % (r.randint(300, 900), S("paypal_sig", "sql", "PAYPAL_API_SIGNATURE"), stamp(r)),
        "INSERT INTO `configuration` VALUES (%d,'Transaction Server','MODULE_PAYMENT_PAYPAL_EXPRESS_TRANSACTION_SERVER','Live','Use the live or testing (sandbox) gateway server to process transactions?',6,0,NULL,'%s',NULL,'tep_cfg_select_option(array(\\'Live\\', \\'Sandbox\\'), ');" % (r.randint(300, 900), stamp(r)),
        "/*!40000 ALTER TABLE `configuration` ENABLE KEYS */;",
        "UNLOCK TABLES;",
    )


@pos("authorizenet", "payment-credential")
def p_authnet_define(r, S):
    login = rstr(r, ALNUM, r.choice([8, 9, 10, 12]))
    return r.choice(["config/authorizenet.php", "includes/anet_config.php", "payment/constants.php"]), lines(
        "<?php",
        "// Authorize.Net AIM / API credentials (production account)",
        "define('AUTHORIZENET_API_LOGIN_ID', '%s');" % login,
        "define('AUTHORIZENET_TRANSACTION_KEY', %s);" % S("authnet_txn", "php1", "AUTHORIZENET_TRANSACTION_KEY"),
        "define('AUTHORIZENET_SANDBOX', false);",
        "define('AUTHORIZENET_LOG_FILE', dirname(__FILE__) . '/../logs/anet.log');",
        "",
        "require_once dirname(__FILE__) . '/../vendor/autoload.php';",
        "use net\\authorize\\api\\contract\\v1 as AnetAPI;",
        "",
        "function anet_auth()",
        "{",
        "    $merchantAuthentication = new AnetAPI\\MerchantAuthenticationType();",
        "    $merchantAuthentication->setName(AUTHORIZENET_API_LOGIN_ID);",
        "    $merchantAuthentication->setTransactionKey(AUTHORIZENET_TRANSACTION_KEY);",
        "    return $merchantAuthentication;",
        "}",
    )


@pos("authorizenet", "payment-credential")
def p_authnet_aim_legacy(r, S):
    login = rstr(r, ALNUM, r.choice([8, 10]))
    return r.choice(["checkout/process_payment.php", "aim_charge.php", "includes/modules/payment/authnet_process.php"]), lines(
        "<?php",
        "// By default, this sample code is designed to post to our test server for",
        "// developer accounts: https://test.authorize.net/gateway/transact.dll",
        "// for real accounts (even in test mode), please make sure that you are",
        "// posting to: https://secure.authorize.net/gateway/transact.dll",
        "$post_url = \"https://secure.authorize.net/gateway/transact.dll\";",
        "",
        "$auth_net_login_id = \"%s\";" % login,
        "$auth_net_tran_key = %s;" % S("authnet_txn", "php2", "ANET_TRAN_KEY"),
        "",
        "$post_values = array(",
        "\t\"x_login\"\t\t\t=> $auth_net_login_id,",
        "\t\"x_tran_key\"\t\t=> $auth_net_tran_key,",
        "\t\"x_version\"\t\t\t=> \"3.1\",",
        "\t\"x_delim_data\"\t\t=> \"TRUE\",",
        "\t\"x_delim_char\"\t\t=> \"|\",",
        "\t\"x_relay_response\"\t=> \"FALSE\",",
        "\t\"x_type\"\t\t\t=> \"AUTH_CAPTURE\",",
        "\t\"x_method\"\t\t\t=> \"CC\",",
        "\t\"x_card_num\"\t\t=> $_POST['cc_number'],",
        "\t\"x_exp_date\"\t\t=> $_POST['cc_exp'],",
        "\t\"x_amount\"\t\t\t=> $order_total,",
        "\t\"x_description\"\t\t=> \"Online order #\" . $order_id,",
        ");",
        "",
        "$post_string = \"\";",
        "foreach( $post_values as $key => $value )",
        "\t{ $post_string .= \"$key=\" . urlencode( $value ) . \"&\"; }",
        "$post_string = rtrim( $post_string, \"& \" );",
    )


@pos("authorizenet", "signing-secret")
def p_authnet_signature_key(r, S):
    return r.choice(["webhooks/authorizenet.php", "public/anet-webhook.php", "app/Http/anet_webhook.php"]), lines(
        "<?php",
        "// Verifies X-ANET-Signature on incoming Authorize.Net webhooks",
        "$payload = file_get_contents('php://input');",
        "$header  = isset($_SERVER['HTTP_X_ANET_SIGNATURE']) ? $_SERVER['HTTP_X_ANET_SIGNATURE'] : '';",
        "",
        "$signatureKey = %s;" % S("HEX128", "php1", "ANET_SIGNATURE_KEY"),
        "$expected = 'sha512=' . strtoupper(hash_hmac('sha512', $payload, hex2bin($signatureKey)));",
        "",
        "if (!hash_equals($expected, strtoupper($header))) {",
        "    http_response_code(401);",
        "    exit('bad signature');",
        "}",
        "",
        "$event = json_decode($payload, true);",
        "error_log('anet webhook: ' . $event['eventType'] . ' ' . $event['payload']['id']);",
        "http_response_code(200);",
    )


@pos("authorizenet", "payment-credential")
def p_opencart_authnet_sql(r, S):
    return r.choice(["install/opencart_settings.sql", "db/dump_oc_setting.sql"]), lines(
        "-- OpenCart settings export, store_id 0",
        "SET NAMES utf8mb4;",
        "",
        "INSERT INTO `oc_setting` (`store_id`, `code`, `key`, `value`, `serialized`) VALUES",
        "(0, 'payment_authorizenet_aim', 'payment_authorizenet_aim_login', '%s', 0)," % rstr(r, ALNUM, 10),
        "(0, 'payment_authorizenet_aim', 'payment_authorizenet_aim_key', %s, 0)," % S("authnet_txn", "sql", "ANET_TRAN_KEY"),
        "(0, 'payment_authorizenet_aim', 'payment_authorizenet_aim_hash', '', 0),",
        "(0, 'payment_authorizenet_aim', 'payment_authorizenet_aim_server', 'live', 0),",
        "(0, 'payment_authorizenet_aim', 'payment_authorizenet_aim_mode', 'live', 0),",
        "(0, 'payment_authorizenet_aim', 'payment_authorizenet_aim_method', 'capture', 0),",
        "(0, 'payment_authorizenet_aim', 'payment_authorizenet_aim_total', '0.01', 0),",
        "(0, 'payment_authorizenet_aim', 'payment_authorizenet_aim_order_status_id', '2', 0),",
        "(0, 'payment_authorizenet_aim', 'payment_authorizenet_aim_status', '1', 0),",
        "(0, 'payment_authorizenet_aim', 'payment_authorizenet_aim_sort_order', '3', 0);",
    )


@pos("stripe", "payment-credential")
def p_stripe_zen_sql(r, S):
    return r.choice(["sql/zencart_stripe_module.sql", "backup/configuration.sql"]), lines(
        "# Stripe payment module settings, exported from phpMyAdmin",
        "# Generation Time: %s" % stamp(r, 2015, 2019),
        "",
        "INSERT INTO configuration (configuration_title, configuration_key, configuration_value, configuration_description, configuration_group_id, sort_order, date_added) VALUES",
        "('Enable Stripe Module', 'MODULE_PAYMENT_STRIPE_STATUS', 'True', 'Do you want to accept Stripe payments?', 6, 0, now()),",
        "('Publishable Key', 'MODULE_PAYMENT_STRIPE_PUBLISHABLE_KEY', 'pk_live_%s', 'Your Stripe publishable key', 6, 1, now())," % rstr(r, ALNUM, 24),
        "('Secret Key', 'MODULE_PAYMENT_STRIPE_SECRET_KEY', %s, 'Your Stripe secret key', 6, 2, now())," % S("stripe_sk", "sql", "STRIPE_SECRET_KEY"),
        "('Sort order of display.', 'MODULE_PAYMENT_STRIPE_SORT_ORDER', '0', 'Lowest is displayed first.', 6, 3, now());",
    )


@pos("braintree", "payment-credential")
def p_braintree_legacy(r, S):
    return r.choice(["lib/braintree_init.php", "includes/payment/braintree.php"]), lines(
        "<?php",
        "require_once 'vendor/braintree/braintree_php/lib/Braintree.php';",
        "",
        "Braintree_Configuration::environment('production');",
        "Braintree_Configuration::merchantId('%s');" % rstr(r, LOWER + DIGITS, 16),
        "Braintree_Configuration::publicKey('%s');" % rstr(r, LOWER + DIGITS, 16),
        "Braintree_Configuration::privateKey(%s);" % S("braintree_pk", "php1", "BRAINTREE_PRIVATE_KEY"),
        "",
        "function bt_client_token()",
        "{",
        "    return Braintree_ClientToken::generate();",
        "}",
    )


@pos("mysql", "db-password")
def p_mysqli_connect(r, S):
    db = dbname(r, "shop")
    return r.choice(["includes/db_connect.php", "connect.php", "inc/dbconn.inc.php", "admin/includes/connection.php"]), lines(
        "<?php",
        "// database connection",
        "$link = mysqli_connect('%s', '%s', %s, '%s');" % (host(r), dbuser(r, "shop"), S("db", "php1", "DB_PASS"), db),
        "",
        "if (!$link) {",
        "    die('Connect Error (' . mysqli_connect_errno() . ') ' . mysqli_connect_error());",
        "}",
        "mysqli_set_charset($link, 'utf8');",
        "date_default_timezone_set('%s');" % r.choice(["Europe/London", "Europe/Paris", "Asia/Kolkata", "America/Chicago"]),
        "?>",
    )


@pos("mysql", "db-password")
def p_mysql_connect_legacy(r, S):
    return r.choice(["include/config.inc", "includes/dbconnect.inc", "lib/db.inc"]), lines(
        "<?",
        "/* legacy connection include - PHP 4 */",
        "$conn = mysql_connect(\"%s\", \"%s\", %s) or die(\"Could not connect: \" . mysql_error());" % (
            host(r), dbuser(r, "web"), S("db_human", "php2", "DB_PASS")),
        "mysql_select_db(\"%s\", $conn) or die(\"Could not select database\");" % dbname(r, "site"),
        "",
        "$site_title = \"%s\";" % r.choice(SHOPS).capitalize(),
        "$items_per_page = %d;" % r.choice([10, 20, 25]),
        "?>",
    )


@pos("pdo", "db-password")
def p_new_pdo(r, S):
    h = host(r)
    db = dbname(r, "app")
    return r.choice(["src/Database.php", "lib/Db.php", "classes/class.database.php"]), lines(
        "<?php",
        "",
        "class Database",
        "{",
        "    private static $instance = null;",
        "",
        "    public static function get()",
        "    {",
        "        if (self::$instance === null) {",
        "            $dsn = 'mysql:host=%s;dbname=%s;charset=utf8mb4';" % (h, db),
        "            self::$instance = new PDO($dsn, '%s', %s, array(" % (dbuser(r, "app"), S("db", "php1", "DB_PASSWORD")),
        "                PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,",
        "                PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC,",
        "            ));",
        "        }",
        "        return self::$instance;",
        "    }",
        "}",
    )


@pos("mysql", "db-password")
def p_new_mysqli(r, S):
    return r.choice(["classes/DB.class.php", "core/database.php"]), lines(
        "<?php",
        "class DB extends mysqli",
        "{",
        "    public function __construct()",
        "    {",
        "        parent::__construct(\"%s\", \"%s\", %s, \"%s\");" % (host(r), dbuser(r, "cms"), S("db", "php2", "DB_PASS"), dbname(r, "cms")),
        "        if ($this->connect_error) {",
        "            throw new RuntimeException('DB connect failed: ' . $this->connect_error);",
        "        }",
        "        $this->set_charset('utf8mb4');",
        "    }",
        "}",
    )


@pos("mysql", "db-password")
def p_dsn_url(r, S):
    u = dbuser(r, "app")
    h = host(r)
    db = dbname(r, "app")
    pw = S("db", "url", "DB_PASSWORD")
    v = r.randint(0, 2)
    if v == 0:
        return "config/config.inc.php", lines(
            "<?php",
            "/* Roundcube local config */",
            "$config = array();",
            "",
            "// Database connection string (DSN) for read+write operations",
            "$config['db_dsnw'] = 'mysql://%s:%s@%s/%s';" % (u, pw, h, db),
            "",
            "$config['default_host'] = 'ssl://imap.%s';" % domain(r),
            "$config['smtp_server'] = 'tls://smtp.%s';" % domain(r),
            "$config['smtp_port'] = 587;",
            "$config['support_url'] = '';",
            "$config['product_name'] = 'Webmail';",
            "$config['plugins'] = array('archive', 'zipdownload');",
        )
    if v == 1:
        return "app/config/config.php", lines(
            "<?php",
            "// Doctrine DBAL url",
            "$container->setParameter('database_url', 'mysql://%s:%s@%s:3306/%s?serverVersion=5.7');" % (u, pw, h, db),
            "$container->setParameter('locale', 'en');",
        )
    return "include/settings.php", lines(
        "<?php",
        "require_once 'MDB2.php';",
        "$dsn = 'mysqli://%s:%s@%s/%s';" % (u, pw, h, db),
        "$mdb2 =& MDB2::factory($dsn);",
        "if (PEAR::isError($mdb2)) {",
        "    die($mdb2->getMessage());",
        "}",
        "$mdb2->setFetchMode(MDB2_FETCHMODE_ASSOC);",
    )


@pos("ftp", "ftp-password")
def p_ftp_login(r, S):
    d = domain(r)
    return r.choice(["cron/upload_feed.php", "scripts/ftp_export.php", "admin/export_to_ftp.php"]), lines(
        "<?php",
        "// uploads the nightly product feed to the marketplace FTP",
        "$local_file  = dirname(__FILE__) . '/../feeds/products.csv';",
        "$remote_file = 'incoming/products_' . date('Ymd') . '.csv';",
        "",
        "$conn_id = ftp_connect('ftp.%s');" % d,
        "$login_result = ftp_login($conn_id, '%s', %s);" % (r.choice(SHOPS) + str(r.randint(1, 99)), S("ftp", "php1", "FTP_PASS")),
        "ftp_pasv($conn_id, true);",
        "",
        "if (ftp_put($conn_id, $remote_file, $local_file, FTP_ASCII)) {",
        "    echo \"successfully uploaded $local_file\\n\";",
        "} else {",
        "    echo \"There was a problem while uploading $local_file\\n\";",
        "}",
        "ftp_close($conn_id);",
    )


@pos("ftp", "ftp-password")
def p_sftp_config_json(r, S):
    d = domain(r)
    return "sftp-config.json", lines(
        "{",
        "    // The tab key will cycle through the settings when first created",
        "    // Visit https://codexns.io/products/sftp_for_subime/settings for help",
        "",
        "    // sftp, ftp or ftps",
        "    \"type\": \"%s\"," % r.choice(["ftp", "sftp", "ftps"]),
        "",
        "    \"save_before_upload\": true,",
        "    \"upload_on_save\": true,",
        "    \"sync_down_on_open\": false,",
        "    \"sync_skip_deletes\": false,",
        "    \"sync_same_age\": true,",
        "    \"confirm_downloads\": false,",
        "    \"confirm_sync\": true,",
        "    \"confirm_overwrite_newer\": false,",
        "",
        "    \"host\": \"ftp.%s\"," % d,
        "    \"user\": \"%s\"," % (r.choice(SHOPS) + r.choice(["", "_web", str(r.randint(1, 9))])),
        "    \"password\": %s," % S("ftp", "json", "FTP_PASSWORD"),
        "    //\"port\": \"22\",",
        "",
        "    \"remote_path\": \"/public_html/\",",
        "    \"ignore_regexes\": [",
        "        \"\\\\.sublime-(project|workspace)\", \"sftp-config(-alt\\\\d?)?\\\\.json\",",
        "        \"sftp-settings\\\\.json\", \"/venv/\", \"\\\\.svn/\", \"\\\\.hg/\", \"\\\\.git/\",",
        "        \"\\\\.bzr\", \"_darcs\", \"CVS\", \"\\\\.DS_Store\", \"Thumbs\\\\.db\", \"desktop\\\\.ini\"",
        "    ],",
        "    \"connect_timeout\": 30,",
        "}",
    )


@pos("ftp", "ftp-password")
def p_ftpconfig(r, S):
    d = domain(r)
    return ".ftpconfig", lines(
        "{",
        "    \"protocol\": \"ftp\",",
        "    \"host\": \"ftp.%s\"," % d,
        "    \"port\": 21,",
        "    \"user\": \"%s\"," % (r.choice(FIRST) + "@" + d),
        "    \"pass\": %s," % S("ftp", "json", "FTP_PASS"),
        "    \"promptForPass\": false,",
        "    \"remote\": \"/httpdocs\",",
        "    \"local\": \"\",",
        "    \"secure\": false,",
        "    \"connTimeout\": 10000,",
        "    \"pasvTimeout\": 10000,",
        "    \"keepalive\": 10000,",
        "    \"watch\": [],",
        "    \"watchTimeout\": 500",
        "}",
    )


@pos("ftp", "ftp-password")
def p_lftp_deploy(r, S):
    d = domain(r)
    return r.choice(["deploy.sh", "bin/deploy-ftp.sh", "tools/upload.sh"]), lines(
        "#!/bin/sh",
        "# Mirror the built site to the shared host (no ssh there, ftp only)",
        "set -e",
        "",
        "HOST=ftp.%s" % d,
        "REMOTE_DIR=/htdocs",
        "",
        "lftp -u %s,%s \"$HOST\" -e \"set ftp:ssl-allow no; mirror -R --delete --verbose ./public $REMOTE_DIR; quit\"" % (
            r.choice(SHOPS), S("ftp", "sh1", "FTP_PASS")),
        "",
        "echo \"deployed to $HOST\"",
    )


@pos("generic-php", "admin-password")
def p_install_sql_admin_md5(r, S):
    d = domain(r)
    return r.choice(["install/install.sql", "sql/install_data.sql", "setup/data.sql"]), lines(
        "-- Initial data for a fresh install",
        "SET NAMES utf8;",
        "",
        "INSERT INTO `admin_users` (`id`, `username`, `email`, `password`, `created`) VALUES",
        "(1, 'admin', '%s', MD5(%s), NOW());" % (email(r, d), S("admin", "sql", "ADMIN_PASSWORD")),
        "",
        "INSERT INTO `settings` (`name`, `value`) VALUES",
        "('site_name', '%s')," % r.choice(SHOPS).capitalize(),
        "('items_per_page', '20'),",
        "('date_format', 'd.m.Y'),",
        "('maintenance', '0');",
    )


@pos("opencart", "admin-password")
def p_opencart_cli_install(r, S):
    d = domain(r)
    return r.choice(["docker/install.sh", "scripts/oc_install.sh"]), lines(
        "#!/usr/bin/env bash",
        "set -euo pipefail",
        "",
        ": \"${DB_PASSWORD:?set DB_PASSWORD}\"",
        "",
        "php upload/install/cli_install.php install \\",
        "    --db_hostname %s \\" % host(r),
        "    --db_username %s \\" % dbuser(r, "opencart"),
        "    --db_password \"$DB_PASSWORD\" \\",
        "    --db_database %s \\" % dbname(r, "opencart"),
        "    --db_driver mysqli \\",
        "    --db_port 3306 \\",
        "    --username admin \\",
        "    --password %s \\" % S("admin", "sh1", "OC_ADMIN_PASSWORD"),
        "    --email %s \\" % email(r, d),
        "    --http_server https://%s/" % d,
    )


@pos("generic-php", "db-password")
def p_htaccess_setenv(r, S):
    return r.choice([".htaccess", "public/.htaccess", "web/.htaccess"]), lines(
        "# BEGIN app",
        "<IfModule mod_rewrite.c>",
        "RewriteEngine On",
        "RewriteBase /",
        "RewriteRule ^index\\.php$ - [L]",
        "RewriteCond %{REQUEST_FILENAME} !-f",
        "RewriteCond %{REQUEST_FILENAME} !-d",
        "RewriteRule . /index.php [L]",
        "</IfModule>",
        "# END app",
        "",
        "SetEnv APP_ENV production",
        "SetEnv DB_HOST %s" % host(r),
        "SetEnv DB_NAME %s" % dbname(r, "app"),
        "SetEnv DB_USER %s" % dbuser(r, "app"),
        "SetEnv DB_PASS %s" % S("db", "htaccess", "DB_PASS"),
        "",
        "php_value upload_max_filesize 32M",
        "php_value post_max_size 32M",
        "Options -Indexes",
    )


@pos("generic-php", "db-password")
def p_app_ini(r, S):
    return r.choice(["config/app.ini", "application/configs/application.ini", "conf/settings.ini"]), lines(
        "; Application settings, read with parse_ini_file(..., true)",
        "[production]",
        "phpSettings.display_startup_errors = 0",
        "phpSettings.display_errors = 0",
        "resources.frontController.controllerDirectory = APPLICATION_PATH \"/controllers\"",
        "",
        "resources.db.adapter = \"PDO_MYSQL\"",
        "resources.db.params.host = \"%s\"" % host(r),
        "resources.db.params.username = \"%s\"" % dbuser(r, "zf"),
        "resources.db.params.password = %s" % S("db", "ini", "DB_PASSWORD"),
        "resources.db.params.dbname = \"%s\"" % dbname(r, "zf"),
        "resources.db.params.charset = \"utf8\"",
        "",
        "[staging : production]",
        "",
        "[development : production]",
        "phpSettings.display_startup_errors = 1",
        "phpSettings.display_errors = 1",
    )


@pos("generic-php", "smtp-password")
def p_mail_ini(r, S):
    d = domain(r)
    return r.choice(["config/mail.ini", "conf/mailer.ini"]), lines(
        "[smtp]",
        "host = \"%s\"" % r.choice(SMTP_HOSTS).format(d=d),
        "port = 587",
        "secure = \"tls\"",
        "auth = On",
        "username = \"%s\"" % email(r, d),
        "password = %s" % S("smtp", "ini", "SMTP_PASSWORD"),
        "",
        "[sender]",
        "from = \"%s\"" % email(r, d),
        "name = \"%s\"" % r.choice(SHOPS).capitalize(),
    )


@pos("generic-php", "db-password")
def p_inc_vars(r, S):
    return r.choice(["includes/config.inc", "inc/settings.inc", "config/db.inc"]), lines(
        "<?php",
        "/***********************************************",
        " * site settings - edit for your server",
        " ***********************************************/",
        "$dbhost = \"%s\";" % host(r),
        "$dbuser = \"%s\";" % dbuser(r, "site"),
        "$dbpass = %s;" % S("db", "php2", "DB_PASS"),
        "$dbname = \"%s\";" % dbname(r, "site"),
        "",
        "$sitename = \"%s\";" % r.choice(SHOPS).capitalize(),
        "$admin_email = \"%s\";" % email(r),
        "$upload_dir = \"/var/www/uploads/\";",
        "?>",
    )


@pos("generic-php", "db-password")
def p_install_md(r, S):
    db = dbname(r, "shop")
    u = dbuser(r, "shop")
    name = r.choice(["INSTALL.md", "docs/INSTALL.md", "README.md", "docs/server-setup.md"])
    return name, lines(
        "# Installing on the production box",
        "",
        "1. Upload the files to `/var/www/%s`." % r.choice(SHOPS),
        "2. Create the database and user:",
        "",
        "```sql",
        "CREATE DATABASE %s CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;" % db,
        "CREATE USER '%s'@'localhost' IDENTIFIED BY %s;" % (u, S("db", "sql", "DB_PASSWORD")),
        "GRANT ALL PRIVILEGES ON %s.* TO '%s'@'localhost';" % (db, u),
        "FLUSH PRIVILEGES;",
        "```",
        "",
        "3. Import the schema: `mysql -u %s -p %s < install/schema.sql`" % (u, db),
        "4. Copy `includes/configure.dist.php` to `includes/configure.php` and fill in the values above.",
        "5. Remove the `install/` directory.",
    )


@pos("generic-php", "db-password")
def p_install_txt(r, S):
    u = dbuser(r, "cms")
    return r.choice(["INSTALL.txt", "docs/INSTALL.txt", "NOTES.txt"]), lines(
        "INSTALLATION NOTES (staging server)",
        "===================================",
        "",
        "Server   : %s" % r.choice(["vps-%d.%s" % (r.randint(10, 999), domain(r)), "web%02d" % r.randint(1, 20)]),
        "Docroot  : /home/%s/public_html" % r.choice(SHOPS),
        "PHP      : %s" % r.choice(["5.6", "7.0", "7.2", "7.4"]),
        "",
        "MySQL",
        "  host     localhost",
        "  database %s" % dbname(r, "cms"),
        "  user     %s" % u,
        "  password %s" % S("db", "raw", "DB_PASSWORD"),
        "",
        "After install, delete install.php and chmod 444 config.php.",
    )


@pos("generic-php", "smtp-password")
def p_install_log(r, S):
    d = domain(r)
    t = stamp(r, 2015, 2021)
    return r.choice(["logs/install.log", "var/log/installer.log", "install/install.log"]), lines(
        "[%s] INFO  installer: starting step 'database'" % t,
        "[%s] INFO  installer: connected to mysql %s" % (t, host(r)),
        "[%s] INFO  installer: created 84 tables" % t,
        "[%s] INFO  installer: starting step 'mail'" % t,
        "[%s] DEBUG installer: mail settings host=%s port=587 user=%s pass=%s" % (
            t, r.choice(SMTP_HOSTS).format(d=d), email(r, d), S("smtp", "log", "SMTP_PASSWORD")),
        "[%s] INFO  installer: test mail sent to %s" % (t, email(r, d)),
        "[%s] INFO  installer: done in %d.%02ds" % (t, r.randint(3, 40), r.randint(0, 99)),
    )


@pos("phpmyadmin", "app-secret")
def p_pma_blowfish(r, S):
    return "config.inc.php", lines(
        "<?php",
        "/**",
        " * phpMyAdmin sample configuration, you can use it as base for",
        " * manual configuration. For easier setup you can use setup/",
        " */",
        "",
        "/**",
        " * This is needed for cookie based authentication to encrypt password in",
        " * cookie. Needs to be 32 chars long.",
        " */",
        "$cfg['blowfish_secret'] = %s; /* YOU MUST FILL IN THIS FOR COOKIE AUTH! */" % S("pma", "php1", "PMA_BLOWFISH_SECRET"),
        "",
        "$i = 0;",
        "$i++;",
        "$cfg['Servers'][$i]['auth_type'] = 'cookie';",
        "$cfg['Servers'][$i]['host'] = '%s';" % host(r),
        "$cfg['Servers'][$i]['compress'] = false;",
        "$cfg['Servers'][$i]['AllowNoPassword'] = false;",
        "",
        "$cfg['UploadDir'] = '';",
        "$cfg['SaveDir'] = '';",
    )


@pos("phpmyadmin", "db-password")
def p_pma_config_auth(r, S):
    return "config.inc.php", lines(
        "<?php",
        "$i = 0;",
        "$i++;",
        "/* Authentication type */",
        "$cfg['Servers'][$i]['auth_type'] = 'config';",
        "$cfg['Servers'][$i]['host'] = '%s';" % host(r),
        "$cfg['Servers'][$i]['user'] = '%s';" % r.choice(["root", "pma", "admin", dbuser(r, "pma")]),
        "$cfg['Servers'][$i]['password'] = %s;" % S("db", "php1", "PMA_PASSWORD"),
        "$cfg['Servers'][$i]['compress'] = false;",
        "$cfg['Servers'][$i]['AllowNoPassword'] = false;",
        "",
        "$cfg['DefaultLang'] = 'en';",
        "$cfg['ServerDefault'] = 1;",
    )


@pos("wordpress", "db-password")
def p_wp_config(r, S):
    salts = ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "SECURE_AUTH_SALT",
             "LOGGED_IN_SALT", "NONCE_SALT"]
    out = ["<?php",
           "/**",
           " * The base configuration for WordPress",
           " *",
           " * @package WordPress",
           " */",
           "",
           "// ** MySQL settings - You can get this info from your web host ** //",
           "/** The name of the database for WordPress */",
           "define( 'DB_NAME', '%s' );" % dbname(r, "wordpress"),
           "",
           "/** MySQL database username */",
           "define( 'DB_USER', '%s' );" % dbuser(r, "wp"),
           "",
           "/** MySQL database password */",
           "define( 'DB_PASSWORD', %s );" % S("db", "php1", "WORDPRESS_DB_PASSWORD"),
           "",
           "/** MySQL hostname */",
           "define( 'DB_HOST', '%s' );" % host(r),
           "",
           "/** Database Charset to use in creating database tables. */",
           "define( 'DB_CHARSET', 'utf8mb4' );",
           "",
           "/** The Database Collate type. Don't change this if in doubt. */",
           "define( 'DB_COLLATE', '' );",
           "",
           "/**#@+",
           " * Authentication Unique Keys and Salts.",
           " */"]
    out += ["define( '%s', %s'put your unique phrase here' );" % (s, " " * (16 - len(s))) for s in salts]
    out += ["",
            "$table_prefix = '%s';" % r.choice(["wp_", "wp%d_" % r.randint(1, 9), rstr(r, LOWER, 4) + "_"]),
            "",
            "define( 'WP_DEBUG', false );",
            "",
            "if ( ! defined( 'ABSPATH' ) ) {",
            "\tdefine( 'ABSPATH', __DIR__ . '/' );",
            "}",
            "require_once ABSPATH . 'wp-settings.php';"]
    return "wp-config.php", lines(*out)


@pos("drupal7", "db-password")
def p_drupal7_db(r, S):
    return r.choice(["sites/default/settings.php", "sites/default/settings.local.php"]), lines(
        "<?php",
        "",
        "/**",
        " * @file",
        " * Drupal site-specific configuration file.",
        " */",
        "$databases = array (",
        "  'default' => ",
        "  array (",
        "    'default' => ",
        "    array (",
        "      'database' => '%s'," % dbname(r, "drupal"),
        "      'username' => '%s'," % dbuser(r, "drupal"),
        "      'password' => %s," % S("db", "php1", "DRUPAL_DB_PASSWORD"),
        "      'host' => '%s'," % host(r),
        "      'port' => '',",
        "      'driver' => 'mysql',",
        "      'prefix' => '',",
        "    ),",
        "  ),",
        ");",
        "",
        "$update_free_access = FALSE;",
        "$drupal_hash_salt = '';",
        "",
        "ini_set('session.gc_probability', 1);",
        "ini_set('session.gc_divisor', 100);",
        "ini_set('session.gc_maxlifetime', 200000);",
        "ini_set('session.cookie_lifetime', 2000000);",
    )


@pos("drupal7", "app-secret")
def p_drupal7_salt(r, S):
    return "sites/default/settings.php", lines(
        "<?php",
        "",
        "// Database credentials live in settings.local.php (not in version control).",
        "if (file_exists(__DIR__ . '/settings.local.php')) {",
        "  include __DIR__ . '/settings.local.php';",
        "}",
        "",
        "/**",
        " * Salt for one-time login links and cancel links, form tokens, etc.",
        " */",
        "$drupal_hash_salt = %s;" % S("b64url43", "php1", "DRUPAL_HASH_SALT"),
        "",
        "$conf['404_fast_paths_exclude'] = '/\\/(?:styles)|(?:system\\/files)\\//';",
        "$conf['404_fast_paths'] = '/\\.(?:txt|png|gif|jpe?g|css|js|ico|swf|flv|cgi|bat|pl|dll|exe|asp)$/i';",
        "$conf['404_fast_html'] = '<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>';",
    )


@pos("smf", "db-password")
def p_smf_settings(r, S):
    d = domain(r)
    return "Settings.php", lines(
        "<?php",
        "",
        "/**",
        " * The settings file contains all of the basic settings that need to be present when a database/cache is not available.",
        " *",
        " * Simple Machines Forum (SMF)",
        " */",
        "",
        "########## Maintenance ##########",
        "$maintenance = 0;",
        "$mtitle = 'Maintenance Mode';",
        "$mmessage = 'Okay faithful users...we\\'re attempting to restore an older backup of the database...';",
        "",
        "########## Forum Info ##########",
        "$mbname = '%s Community';" % r.choice(SHOPS).capitalize(),
        "$language = 'english';",
        "$boardurl = 'https://forum.%s';" % d,
        "$webmaster_email = '%s';" % email(r, d),
        "$cookiename = 'SMFCookie%d';" % r.randint(10, 999),
        "",
        "########## Database Info ##########",
        "$db_type = 'mysql';",
        "$db_server = '%s';" % host(r),
        "$db_name = '%s';" % dbname(r, "smf"),
        "$db_user = '%s';" % dbuser(r, "smf"),
        "$db_passwd = %s;" % S("db", "php1", "SMF_DB_PASSWD"),
        "$ssi_db_user = '';",
        "$ssi_db_passwd = '';",
        "$db_prefix = 'smf_';",
        "$db_persist = 0;",
        "$db_error_send = 0;",
    )


@pos("mybb", "db-password")
def p_mybb_config(r, S):
    return "inc/config.php", lines(
        "<?php",
        "/**",
        " * Database configuration",
        " *",
        " * Please see the MyBB Docs for advanced",
        " * database configuration for larger installations",
        " * https://docs.mybb.com/",
        " */",
        "",
        "$config['database']['type'] = 'mysqli';",
        "$config['database']['database'] = '%s';" % dbname(r, "mybb"),
        "$config['database']['table_prefix'] = 'mybb_';",
        "",
        "$config['database']['hostname'] = '%s';" % host(r),
        "$config['database']['username'] = '%s';" % dbuser(r, "mybb"),
        "$config['database']['password'] = %s;" % S("db", "php1", "MYBB_DB_PASSWORD"),
        "",
        "$config['admin_dir'] = 'admin';",
        "$config['hide_admin_links'] = 0;",
        "$config['cache_store'] = 'db';",
        "$config['super_admins'] = '1';",
        "$config['database']['encoding'] = 'utf8';",
    )


@pos("xoops", "db-password")
def p_xoops_secure(r, S):
    return r.choice(["xoops_data/data/secure.php", "data/secure.php"]), lines(
        "<?php",
        "/**",
        " * XOOPS secure file",
        " * You may not change or alter any portion of this comment or credits",
        " * of supporting developers from this source code or any supporting source code",
        " */",
        "",
        "// Database",
        "// Choose the database to be used",
        "define('XOOPS_DB_TYPE', 'mysql');",
        "",
        "// Set the database charset if applicable",
        "if (defined('XOOPS_DB_CHARSET')) die('Restricted Access');",
        "define('XOOPS_DB_CHARSET', 'utf8');",
        "",
        "// Table Prefix",
        "define('XOOPS_DB_PREFIX', '%s');" % rstr(r, LOWER, 4),
        "",
        "// Database Hostname",
        "define('XOOPS_DB_HOST', '%s');" % host(r),
        "",
        "// Database Username",
        "define('XOOPS_DB_USER', '%s');" % dbuser(r, "xoops"),
        "",
        "// Database Password",
        "define('XOOPS_DB_PASS', %s);" % S("db", "php1", "XOOPS_DB_PASS"),
        "",
        "// Database Name",
        "define('XOOPS_DB_NAME', '%s');" % dbname(r, "xoops"),
    )


@pos("roundcube", "app-secret")
def p_roundcube_des_key(r, S):
    return "config/config.inc.php", lines(
        "<?php",
        "",
        "/* Local configuration for Roundcube Webmail */",
        "",
        "$config['db_dsnw'] = 'sqlite:////var/lib/roundcube/db/sqlite.db?mode=0646';",
        "$config['default_host'] = 'localhost';",
        "$config['smtp_server'] = 'localhost';",
        "$config['smtp_port'] = 25;",
        "$config['smtp_user'] = '%u';",
        "$config['smtp_pass'] = '%p';",
        "$config['support_url'] = '';",
        "$config['product_name'] = '%s Mail';" % r.choice(SHOPS).capitalize(),
        "",
        "// This key is used to encrypt the users imap password which is stored",
        "// in the session record. For the default cipher method it must be",
        "// exactly 24 characters long.",
        "$config['des_key'] = %s;" % S("rcdes", "php1", "ROUNDCUBE_DES_KEY"),
        "",
        "$config['plugins'] = array('archive', 'zipdownload', 'managesieve');",
        "$config['skin'] = 'elastic';",
    )


@pos("glpi", "db-password")
def p_glpi_config_db(r, S):
    return "config/config_db.php", lines(
        "<?php",
        "class DB extends DBmysql {",
        "   public $dbhost = '%s';" % host(r),
        "   public $dbuser = '%s';" % dbuser(r, "glpi"),
        "   public $dbpassword = %s;" % S("db", "php1c", "GLPI_DB_PASSWORD"),
        "   public $dbdefault = '%s';" % dbname(r, "glpi"),
        "   public $use_utf8mb4 = true;",
        "   public $allow_myisam = false;",
        "   public $allow_datetime = false;",
        "   public $allow_signed_keys = false;",
        "}",
    )


@pos("zencart", "smtp-password")
def p_zencart_smtp_sql(r, S):
    d = domain(r)
    return r.choice(["sql/update_email_settings.sql", "zc_install/sql/local_overrides.sql"]), lines(
        "# Switch outgoing mail to authenticated SMTP",
        "UPDATE configuration SET configuration_value = 'smtpauth' WHERE configuration_key = 'EMAIL_TRANSPORT';",
        "UPDATE configuration SET configuration_value = '%s' WHERE configuration_key = 'EMAIL_SMTPAUTH_MAIL_SERVER';" % r.choice(SMTP_HOSTS).format(d=d),
        "UPDATE configuration SET configuration_value = '587' WHERE configuration_key = 'EMAIL_SMTPAUTH_MAIL_SERVER_PORT';",
        "UPDATE configuration SET configuration_value = '%s' WHERE configuration_key = 'EMAIL_SMTPAUTH_MAILBOX';" % email(r, d),
        "UPDATE configuration SET configuration_value = %s WHERE configuration_key = 'EMAIL_SMTPAUTH_PASSWORD';" % S("smtp", "sql", "SMTP_PASSWORD"),
        "UPDATE configuration SET configuration_value = 'LF' WHERE configuration_key = 'EMAIL_LINEFEED';",
    )


@pos("mysql", "db-password")
def p_backup_mysqldump(r, S):
    db = dbname(r, "shop")
    v = r.randint(0, 1)
    pw = S("db", "sh1", "MYSQL_BACKUP_PASSWORD")
    cmd = ("mysqldump -u %s -p%s --single-transaction %s | gzip > \"$DEST/%s-$(date +%%F).sql.gz\"" % (dbuser(r, "backup"), pw, db, db)
           if v == 0 else
           "MYSQL_PWD=%s mysqldump -h %s -u %s --routines %s > \"$DEST/%s.sql\"" % (pw, host(r), dbuser(r, "backup"), db, db))
    return r.choice(["bin/backup.sh", "cron/db_backup.sh", "scripts/nightly-backup.sh"]), lines(
        "#!/bin/bash",
        "# nightly database backup, run from root's crontab at 03:15",
        "DEST=/var/backups/mysql",
        "mkdir -p \"$DEST\"",
        "",
        cmd,
        "",
        "# keep 14 days",
        "find \"$DEST\" -name '*.sql*' -mtime +14 -delete",
    )


@pos("mysql", "db-password")
def p_compose_mysql(r, S):
    return r.choice(["docker-compose.yml", "docker/docker-compose.yml"]), lines(
        "version: '3'",
        "services:",
        "  web:",
        "    image: php:%s-apache" % r.choice(["5.6", "7.0", "7.2", "7.4"]),
        "    ports:",
        "      - \"8080:80\"",
        "    volumes:",
        "      - ./:/var/www/html",
        "    depends_on:",
        "      - db",
        "  db:",
        "    image: mysql:5.7",
        "    environment:",
        "      MYSQL_DATABASE: %s" % dbname(r, "shop"),
        "      MYSQL_USER: %s" % dbuser(r, "shop"),
        "      MYSQL_PASSWORD: %s" % S("db", "yaml", "MYSQL_PASSWORD"),
        "      MYSQL_RANDOM_ROOT_PASSWORD: \"yes\"",
        "    volumes:",
        "      - dbdata:/var/lib/mysql",
        "volumes:",
        "  dbdata:",
    )


@pos("textpattern", "db-password")
def p_textpattern(r, S):
    return r.choice(["textpattern/config.php", "config.php"]), lines(
        "<?php",
        "$txpcfg['db'] = '%s';" % dbname(r, "textpattern"),
        "$txpcfg['user'] = '%s';" % dbuser(r, "txp"),
        "$txpcfg['pass'] = %s;" % S("db", "php1", "TXP_DB_PASS"),
        "$txpcfg['host'] = '%s';" % host(r),
        "$txpcfg['table_prefix'] = '';",
        "$txpcfg['txpath'] = '/var/www/%s/textpattern';" % r.choice(SHOPS),
        "$txpcfg['dbcharset'] = 'utf8mb4';",
        "// For more customization options, please consult config-dist.php file.",
    )


# ---------------------------------------------------------------------------------------------
# look-alike negatives: f(r) -> (relpath, text, kind)
# ---------------------------------------------------------------------------------------------
NEG = []


def neg(provider):
    def deco(f):
        NEG.append((f.__name__, provider, f))
        return f
    return deco


def md5hex(r):
    return hexs(r, 32)


def bcrypt(r, pfx="$2y$10$"):
    return pfx + rstr(r, ALNUM + "./", 53)


def phpass(r, pfx="$P$B"):
    return pfx + rstr(r, ALNUM + "./", 30)


@neg("oscommerce")
def n_osc_customers_sql(r):
    rows = []
    for i in range(r.randint(4, 9)):
        rows.append("(%d,'%s','%s','%s','%s:%s',%d)," % (i + 1, r.choice(["m", "f"]), r.choice(FIRST).capitalize(),
                                                         email(r), md5hex(r), hexs(r, 2), r.randint(0, 1)))
    rows[-1] = rows[-1][:-1] + ";"
    return "backups/customers.sql", lines(
        "-- customers table, passwords are tep_encrypt_password() hashes (md5 + 2 char salt)",
        "INSERT INTO `customers` (`customers_id`,`customers_gender`,`customers_firstname`,`customers_email_address`,`customers_password`,`customers_newsletter`) VALUES",
        *rows), "password-hash"


@neg("laravel")
def n_users_bcrypt_sql(r):
    rows = ["(%d, '%s', '%s', '%s', '%s', '%s')," % (i + 1, r.choice(FIRST).capitalize(), email(r), bcrypt(r),
                                                     stamp(r), stamp(r)) for i in range(r.randint(3, 8))]
    rows[-1] = rows[-1][:-1] + ";"
    return r.choice(["database/seeds/users.sql", "db/dump_users.sql"]), lines(
        "-- Dumping data for table `users`",
        "INSERT INTO `users` (`id`, `name`, `email`, `password`, `created_at`, `updated_at`) VALUES",
        *rows), "password-hash"


@neg("wordpress")
def n_wp_users_phpass(r):
    rows = ["(%d, '%s', '%s', '%s', '%s', '%s', 0, '%s')," % (i + 1, u, phpass(r), u, email(r), stamp(r), u.capitalize())
            for i, u in enumerate(r.sample(FIRST, r.randint(3, 7)))]
    rows[-1] = rows[-1][:-1] + ";"
    return "sql/wp_users.sql", lines(
        "LOCK TABLES `wp_users` WRITE;",
        "INSERT INTO `wp_users` (`ID`, `user_login`, `user_pass`, `user_nicename`, `user_email`, `user_registered`, `user_status`, `display_name`) VALUES",
        *rows,
        "UNLOCK TABLES;"), "password-hash"


@neg("phpbb")
def n_phpbb_users(r):
    rows = ["(%d, 0, '%s', '%s', '%s', %d)," % (i + 2, u, r.choice([phpass(r, "$H$9"), bcrypt(r, "$2y$10$")]), email(r), r.randint(1300000000, 1600000000))
            for i, u in enumerate(r.sample(FIRST, r.randint(3, 6)))]
    rows[-1] = rows[-1][:-1] + ";"
    return "install/phpbb_users_export.sql", lines(
        "INSERT INTO phpbb_users (user_id, user_type, username, user_password, user_email, user_regdate) VALUES",
        *rows), "password-hash"


@neg("joomla")
def n_joomla_users(r):
    rows = ["(%d, '%s', '%s', '%s', '%s', 0)," % (r.randint(400, 999), u.capitalize(), u, email(r),
                                                 r.choice([bcrypt(r), md5hex(r) + ":" + rstr(r, ALNUM, 32)]))
            for u in r.sample(FIRST, r.randint(2, 5))]
    rows[-1] = rows[-1][:-1] + ";"
    return "sql/jos_users.sql", lines(
        "-- Joomla users (passwords hashed by JUserHelper)",
        "INSERT INTO `jos_users` (`id`, `name`, `username`, `email`, `password`, `block`) VALUES",
        *rows), "password-hash"


@neg("mysql")
def n_mysql_user_hashes(r):
    return "docs/mysql_users.md", lines(
        "# MySQL accounts on db01",
        "",
        "Output of `SELECT user, host, authentication_string FROM mysql.user;` (hashes only):",
        "",
        "```",
        "+------------------+-----------+-------------------------------------------+",
        "| user             | host      | authentication_string                     |",
        "+------------------+-----------+-------------------------------------------+",
        *["| %-16s | %-9s | *%s |" % (u, "localhost", hexs(r, 40).upper()) for u in [dbuser(r, "shop"), "backup", "monitor"]],
        "+------------------+-----------+-------------------------------------------+",
        "```",
    ), "password-hash"


@neg("generic-php")
def n_define_constants(r):
    return r.choice(["includes/constants.php", "config/defines.php", "inc/constants.inc.php"]), lines(
        "<?php",
        "define('PROJECT_VERSION', '%d.%d.%d');" % (r.randint(1, 4), r.randint(0, 9), r.randint(0, 20)),
        "define('DB_CHARSET', 'utf8mb4');",
        "define('DB_COLLATE', 'utf8mb4_unicode_ci');",
        "define('DB_PREFIX', '%s');" % r.choice(["shop_", "app_", "cms_", "tbl_"]),
        "define('TABLE_PASSWORD_RESETS', DB_PREFIX . 'password_resets');",
        "define('PASSWORD_MIN_LENGTH', %d);" % r.choice([6, 8, 10]),
        "define('SESSION_NAME', 'SID%s');" % rstr(r, UPPER, 3),
        "define('DIR_FS_CACHE', '/var/www/%s/cache/');" % r.choice(SHOPS),
        "define('CACHE_KEY_PREFIX', '%s');" % r.choice(SHOPS),
        "define('MAX_LOGIN_ATTEMPTS', 5);",
        "define('CSRF_TOKEN_NAME', 'securityToken');",
    ), "constants"


@neg("zencart")
def n_zencart_version(r):
    return "includes/version.php", lines(
        "<?php",
        "/**",
        " * File contains just application version and date info",
        " *",
        " * @package utilities",
        " * @copyright Copyright 2003-2016 Zen Cart Development Team",
        " */",
        "define('PROJECT_VERSION_NAME', 'Zen Cart');",
        "define('PROJECT_VERSION_MAJOR', '1');",
        "define('PROJECT_VERSION_MINOR', '5.%d');" % r.randint(1, 7),
        "define('PROJECT_VERSION_PATCH1', '');",
        "define('PROJECT_VERSION_PATCH2', '');",
        "define('PROJECT_VERSION_PATCH1_SOURCE', '');",
        "define('PROJECT_VERSION_PATCH2_SOURCE', '');",
        "define('PROJECT_DATABASE_VERSION_MAJOR','1');",
        "define('PROJECT_DATABASE_VERSION_MINOR','5.%d');" % r.randint(1, 7),
        "define('PROJECT_VERSION_DATE', '%s');" % date(r),
    ), "version"


@neg("moodle")
def n_moodle_version(r):
    y = r.randint(2016, 2021)
    return "version.php", lines(
        "<?php",
        "defined('MOODLE_INTERNAL') || die();",
        "",
        "$version  = %d%02d%02d00.%02d;              // YYYYMMDD      = weekly release date of this DEV branch." % (y, r.randint(1, 12), r.randint(1, 28), r.randint(0, 10)),
        "$release  = '3.%d.%d+ (Build: %d%02d%02d)'; // Human-friendly version name" % (r.randint(1, 11), r.randint(0, 9), y, r.randint(1, 12), r.randint(1, 28)),
        "$branch   = '3%d';                       // This version's branch." % r.randint(1, 11),
        "$maturity = MATURITY_STABLE;             // This version's maturity level.",
    ), "version"


@neg("composer")
def n_composer_lock(r):
    pk = []
    for name in r.sample(["phpmailer/phpmailer", "monolog/monolog", "guzzlehttp/guzzle", "twig/twig",
                          "symfony/yaml", "vlucas/phpdotenv", "paypal/rest-api-sdk-php", "authorizenet/authorizenet"], 3):
        sha = hexs(r, 40)
        pk += ["        {",
               "            \"name\": \"%s\"," % name,
               "            \"version\": \"v%d.%d.%d\"," % (r.randint(1, 6), r.randint(0, 9), r.randint(0, 30)),
               "            \"source\": {",
               "                \"type\": \"git\",",
               "                \"url\": \"https://github.com/%s.git\"," % name,
               "                \"reference\": \"%s\"" % sha,
               "            },",
               "            \"dist\": {",
               "                \"type\": \"zip\",",
               "                \"url\": \"https://api.github.com/repos/%s/zipball/%s\"," % (name, sha),
               "                \"reference\": \"%s\"," % sha,
               "                \"shasum\": \"\"",
               "            },",
               "            \"time\": \"%sT%02d:%02d:%02d+00:00\"" % (date(r), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
               "        },"]
    pk[-1] = "        }"
    return "composer.lock", lines(
        "{",
        "    \"_readme\": [",
        "        \"This file locks the dependencies of your project to a known state\",",
        "        \"This file is @generated automatically\"",
        "    ],",
        "    \"content-hash\": \"%s\"," % md5hex(r),
        "    \"packages\": [",
        *pk,
        "    ]",
        "}"), "commit-hash"


@neg("release")
def n_checksums(r):
    app = r.choice(["oscommerce", "zencart", "opencart", "prestashop", "dolibarr", "piwigo", "moodle"])
    ver = "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 9))
    algo = r.choice(["md5", "sha1", "sha256"])
    n = {"md5": 32, "sha1": 40, "sha256": 64}[algo]
    return "release/%sSUMS" % algo.upper(), lines(
        *["%s  %s-%s%s" % (hexs(r, n), app, ver, ext) for ext in [".zip", ".tar.gz", ".tar.bz2", "-upgrade.zip"]]), "checksum"


@neg("html")
def n_sri(r):
    return r.choice(["templates/header.tpl.php", "includes/templates/default/common/html_header.php"]), lines(
        "<!DOCTYPE html>",
        "<html lang=\"<?php echo $lang; ?>\">",
        "<head>",
        "<meta charset=\"utf-8\">",
        "<title><?php echo htmlspecialchars($page_title); ?></title>",
        "<link rel=\"stylesheet\" href=\"https://cdn.jsdelivr.net/npm/bootstrap@4.%d.%d/dist/css/bootstrap.min.css\" integrity=\"sha384-%s\" crossorigin=\"anonymous\">" % (
            r.randint(0, 6), r.randint(0, 2), rstr(r, B64, 64)),
        "<script src=\"https://code.jquery.com/jquery-3.%d.%d.min.js\" integrity=\"sha256-%s=\" crossorigin=\"anonymous\"></script>" % (
            r.randint(1, 6), r.randint(0, 1), rstr(r, B64, 43)),
        "</head>",
        "<body class=\"<?php echo $body_class; ?>\">",
    ), "integrity-hash"


@neg("logs")
def n_access_log(r):
    ip = "%d.%d.%d.%d" % (r.randint(11, 220), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    out = []
    for _ in range(r.randint(6, 12)):
        path = r.choice(["/index.php?main_page=product_info&products_id=%d" % r.randint(1, 900),
                         "/includes/templates/css/stylesheet.css?v=%s" % hexs(r, 8),
                         "/images/cache/%s.jpg" % md5hex(r),
                         "/checkout_success.php?order_id=%d" % r.randint(1000, 99999),
                         "/api/orders/%s" % uuid4(r)])
        out.append('%s - - [%02d/Mar/2019:%02d:%02d:%02d +0100] "GET %s HTTP/1.1" 200 %d "-" "Mozilla/5.0"' % (
            ip, r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), path, r.randint(200, 90000)))
    return r.choice(["logs/access.log", "var/log/access_log.1"]), lines(*out), "log-ids"


@neg("apache")
def n_htaccess_plain(r):
    return r.choice([".htaccess", "public_html/.htaccess"]), lines(
        "Options -Indexes +FollowSymLinks",
        "DirectoryIndex index.php",
        "",
        "SetEnv APP_ENV production",
        "SetEnv TZ %s" % r.choice(["Europe/Berlin", "UTC", "Europe/Madrid"]),
        "",
        "<FilesMatch \"(^\\.|\\.(sql|log|ini|inc|bak)$)\">",
        "    Require all denied",
        "</FilesMatch>",
        "",
        "<IfModule mod_rewrite.c>",
        "  RewriteEngine On",
        "  RewriteCond %{HTTPS} off",
        "  RewriteRule ^(.*)$ https://%{HTTP_HOST}%{REQUEST_URI} [L,R=301]",
        "</IfModule>",
        "",
        "<IfModule mod_expires.c>",
        "  ExpiresActive On",
        "  ExpiresByType image/jpeg \"access plus 1 month\"",
        "</IfModule>",
    ), "server-config"


@neg("php")
def n_php_ini(r):
    return r.choice(["php.ini", "docker/php/php.ini", ".user.ini"]), lines(
        "[PHP]",
        "memory_limit = %dM" % r.choice([128, 256, 512]),
        "upload_max_filesize = 32M",
        "post_max_size = 32M",
        "max_execution_time = 60",
        "display_errors = Off",
        "log_errors = On",
        "error_log = /var/log/php/error.log",
        "",
        "[Session]",
        "session.save_handler = files",
        "session.save_path = \"/var/lib/php/sessions\"",
        "session.use_strict_mode = 1",
        "session.cookie_httponly = 1",
        "session.sid_length = 48",
        "session.sid_bits_per_character = 6",
        "session.hash_function = sha256",
        "",
        "[Date]",
        "date.timezone = %s" % r.choice(["Europe/Berlin", "UTC", "America/New_York"]),
    ), "server-config"


@neg("oscommerce")
def n_lang_file(r):
    return r.choice(["includes/languages/english/login.php", "includes/languages/english/account_password.php"]), lines(
        "<?php",
        "define('NAVBAR_TITLE', 'Login');",
        "define('HEADING_TITLE', 'Welcome, Please Sign In');",
        "define('ENTRY_PASSWORD', 'Password:');",
        "define('ENTRY_PASSWORD_CONFIRMATION', 'Password Confirmation:');",
        "define('ENTRY_PASSWORD_CURRENT', 'Current Password:');",
        "define('ENTRY_PASSWORD_ERROR', 'Your Password must contain a minimum of ' . ENTRY_PASSWORD_MIN_LENGTH . ' characters.');",
        "define('TEXT_PASSWORD_FORGOTTEN', 'Password forgotten? Click here.');",
        "define('TEXT_LOGIN_ERROR', 'Error: No match for E-Mail Address and/or Password.');",
        "define('SUCCESS_PASSWORD_UPDATED', 'Your password has been successfully updated.');",
        "?>",
    ), "ui-strings"


@neg("generic-php")
def n_login_handler(r):
    return r.choice(["login.php", "admin/login.php", "src/Auth/LoginController.php"]), lines(
        "<?php",
        "require 'includes/application_top.php';",
        "",
        "if ($_SERVER['REQUEST_METHOD'] === 'POST') {",
        "    $email = trim($_POST['email']);",
        "    $password = $_POST['password'];",
        "",
        "    $stmt = $db->prepare('SELECT id, password_hash FROM users WHERE email = ?');",
        "    $stmt->execute(array($email));",
        "    $row = $stmt->fetch();",
        "",
        "    if ($row && password_verify($password, $row['password_hash'])) {",
        "        if (password_needs_rehash($row['password_hash'], PASSWORD_DEFAULT)) {",
        "            $newHash = password_hash($password, PASSWORD_DEFAULT);",
        "            $db->prepare('UPDATE users SET password_hash = ? WHERE id = ?')->execute(array($newHash, $row['id']));",
        "        }",
        "        session_regenerate_id(true);",
        "        $_SESSION['user_id'] = $row['id'];",
        "        header('Location: account.php');",
        "        exit;",
        "    }",
        "    $error = 'Invalid email or password';",
        "}",
    ), "auth-code"


@neg("oscommerce")
def n_password_funcs(r):
    return "includes/functions/password_funcs.php", lines(
        "<?php",
        "// This function validates a plain text password with an",
        "// encrpyted password",
        "  function tep_validate_password($plain, $encrypted) {",
        "    if (tep_not_null($plain) && tep_not_null($encrypted)) {",
        "// split apart the hash / salt",
        "      $stack = explode(':', $encrypted);",
        "",
        "      if (sizeof($stack) != 2) return false;",
        "",
        "      if (md5($stack[1] . $plain) == $stack[0]) {",
        "        return true;",
        "      }",
        "    }",
        "",
        "    return false;",
        "  }",
        "",
        "// This function makes a new password from a plaintext password.",
        "  function tep_encrypt_password($plain) {",
        "    $password = '';",
        "",
        "    for ($i=0; $i<10; $i++) {",
        "      $password .= tep_rand();",
        "    }",
        "",
        "    $salt = substr(md5($password), 0, 2);",
        "",
        "    $password = md5($salt . $plain) . ':' . $salt;",
        "",
        "    return $password;",
        "  }",
        "?>",
    ), "auth-code"


@neg("deploy")
def n_ssh_pubkey(r):
    key = "AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + rstr(r, B64, 342)
    ed = "AAAAC3NzaC1lZDI1NTE5AAAAI" + rstr(r, B64, 43)
    return r.choice(["docs/deploy.md", "DEPLOY.md"]), lines(
        "# Deploying",
        "",
        "Add the CI deploy key to `~/.ssh/authorized_keys` on the web server:",
        "",
        "```",
        "ssh-rsa %s deploy@ci" % key,
        "ssh-ed25519 %s %s@laptop" % (ed, r.choice(FIRST)),
        "```",
        "",
        "Then run `./bin/deploy.sh production`.",
    ), "public-key"


@neg("security")
def n_pgp_pubkey(r):
    body = [rstr(r, B64, 64) for _ in range(12)] + [rstr(r, B64, 20) + "=", "=" + rstr(r, B64, 4)]
    return r.choice(["SECURITY.md", "docs/security.md"]), lines(
        "# Security policy",
        "",
        "Please report vulnerabilities to security@%s, encrypted with this key:" % domain(r),
        "",
        "```",
        "-----BEGIN PGP PUBLIC KEY BLOCK-----",
        "",
        "mQENBF" + rstr(r, B64, 58),
        *body,
        "-----END PGP PUBLIC KEY BLOCK-----",
        "```",
        "",
        "Fingerprint: %s" % " ".join(hexs(r, 4).upper() for _ in range(10)),
    ), "public-key"


@neg("paypal")
def n_paypal_cert(r):
    body = [rstr(r, B64, 64) for _ in range(16)] + [rstr(r, B64, 40) + "=="]
    return r.choice(["includes/modules/payment/paypal/paypal_cert.pem", "certs/paypal_cert_pem.txt"]), lines(
        "-----BEGIN CERTIFICATE-----",
        "MIIDgzCCAuygAwIBAgIBADANBgkqhkiG9w0BAQUFADCBjjELMAkGA1UEBhMCVVMx",
        *body,
        "-----END CERTIFICATE-----",
    ), "certificate"


@neg("paypal")
def n_ipn_log(r):
    out = []
    for _ in range(r.randint(2, 4)):
        out.append("[%s] IPN VERIFIED: mc_gross=%d.%02d&protection_eligibility=Eligible&payer_id=%s&payment_date=%s&payment_status=Completed&charset=windows-1252&mc_fee=%d.%02d&notify_version=3.9&custom=%d&payer_status=verified&verify_sign=%s&txn_id=%s&payment_type=instant&receiver_id=%s&txn_type=web_accept&mc_currency=EUR&ipn_track_id=%s" % (
            stamp(r), r.randint(5, 400), r.randint(0, 99), rstr(r, UPPER + DIGITS, 13), "10%%3A%02d%%3A%02d+Mar+%02d%%2C+2019+PDT" % (r.randint(0, 59), r.randint(0, 59), r.randint(1, 28)),
            r.randint(0, 9), r.randint(0, 99), r.randint(1000, 99999), "A" + rstr(r, ALNUM + ".-", 55), rstr(r, UPPER + DIGITS, 17),
            rstr(r, UPPER + DIGITS, 13), hexs(r, 13)))
    return r.choice(["logs/paypal_ipn.log", "ext/modules/payment/paypal/ipn.log"]), lines(*out), "signature"


@neg("authorizenet")
def n_authnet_relay_log(r):
    out = []
    for _ in range(r.randint(3, 6)):
        out.append("%s relay x_response_code=1 x_auth_code=%s x_trans_id=%d x_invoice_num=%d x_amount=%d.%02d x_MD5_Hash=%s x_SHA2_Hash=%s" % (
            stamp(r), rstr(r, UPPER + DIGITS, 6), r.randint(40000000000, 69999999999), r.randint(10000, 99999),
            r.randint(5, 900), r.randint(0, 99), hexs(r, 32).upper(), hexs(r, 128).upper()))
    return r.choice(["logs/anet_relay.log", "var/log/authorizenet.log"]), lines(*out), "signature"


@neg("suitecrm")
def n_suitecrm_uuids(r):
    rows = ["('%s','%s','%s',0,'%s','1')," % (uuid4(r), r.choice(SHOPS).capitalize() + " " + r.choice(["GmbH", "Ltd", "BV", "SARL", "Inc"]),
                                                stamp(r), uuid4(r)) for _ in range(r.randint(4, 8))]
    rows[-1] = rows[-1][:-1] + ";"
    return "sql/accounts_import.sql", lines(
        "INSERT INTO accounts (id, name, date_entered, deleted, assigned_user_id, created_by) VALUES", *rows), "uuid"


@neg("magento1")
def n_m1_module_config(r):
    mod = r.choice(["Acme_Shipping", "Northwind_Feed", "Bluecrate_Checkout", "Oak_Export"])
    return "app/code/local/%s/etc/config.xml" % mod.replace("_", "/"), lines(
        "<?xml version=\"1.0\"?>",
        "<config>",
        "    <modules>",
        "        <%s>" % mod,
        "            <version>%d.%d.%d</version>" % (r.randint(0, 2), r.randint(0, 9), r.randint(0, 9)),
        "        </%s>" % mod,
        "    </modules>",
        "    <global>",
        "        <models>",
        "            <%s>" % mod.lower(),
        "                <class>%s_Model</class>" % mod,
        "            </%s>" % mod.lower(),
        "        </models>",
        "        <cache>",
        "            <id_prefix><![CDATA[%s_]]></id_prefix>" % hexs(r, 3),
        "        </cache>",
        "    </global>",
        "    <default>",
        "        <carriers>",
        "            <acme>",
        "                <active>1</active>",
        "                <title>Express</title>",
        "                <api_key backend_model=\"adminhtml/system_config_backend_encrypted\"/>",
        "            </acme>",
        "        </carriers>",
        "    </default>",
        "</config>",
    ), "module-config"


@neg("symfony")
def n_sf_services(r):
    return "app/config/config.yml", lines(
        "imports:",
        "    - { resource: parameters.yml }",
        "    - { resource: security.yml }",
        "    - { resource: services.yml }",
        "",
        "framework:",
        "    secret: '%secret%'",
        "    router:",
        "        resource: '%kernel.project_dir%/app/config/routing.yml'",
        "    session:",
        "        handler_id: session.handler.native_file",
        "        save_path: '%kernel.project_dir%/var/sessions/%kernel.environment%'",
        "",
        "doctrine:",
        "    dbal:",
        "        driver: pdo_mysql",
        "        host: '%database_host%'",
        "        port: '%database_port%'",
        "        dbname: '%database_name%'",
        "        user: '%database_user%'",
        "        password: '%database_password%'",
        "        charset: UTF8",
        "",
        "swiftmailer:",
        "    transport: '%mailer_transport%'",
        "    host: '%mailer_host%'",
        "    username: '%mailer_user%'",
        "    password: '%mailer_password%'",
    ), "parameter-reference"


@neg("codeigniter")
def n_ci_migration(r):
    ts = "%d%02d%02d%02d%02d%02d" % (r.randint(2014, 2020), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
    return "application/migrations/%s_add_password_resets.php" % ts, lines(
        "<?php",
        "defined('BASEPATH') OR exit('No direct script access allowed');",
        "",
        "class Migration_Add_password_resets extends CI_Migration {",
        "",
        "    public function up()",
        "    {",
        "        $this->dbforge->add_field(array(",
        "            'id' => array('type' => 'INT', 'constraint' => 11, 'auto_increment' => TRUE),",
        "            'email' => array('type' => 'VARCHAR', 'constraint' => 191),",
        "            'token_hash' => array('type' => 'CHAR', 'constraint' => 64),",
        "            'expires_at' => array('type' => 'DATETIME'),",
        "        ));",
        "        $this->dbforge->add_key('id', TRUE);",
        "        $this->dbforge->create_table('password_resets');",
        "    }",
        "",
        "    public function down()",
        "    {",
        "        $this->dbforge->drop_table('password_resets');",
        "    }",
        "}",
    ), "schema"


@neg("css")
def n_data_uri(r):
    return r.choice(["includes/templates/classic/css/stylesheet.css", "assets/css/icons.css"]), lines(
        ".icon-cart {",
        "  background-image: url(\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA%s\");" % rstr(r, B64, r.randint(120, 300)),
        "  width: 16px;",
        "  height: 16px;",
        "}",
        ".icon-lock {",
        "  background-image: url(\"data:image/gif;base64,R0lGODlhEAAQAPcAAA%s=\");" % rstr(r, B64, r.randint(80, 200)),
        "}",
    ), "encoded-data"


@neg("php")
def n_session_file(r):
    return "tmp/sessions/sess_%s" % rstr(r, LOWER + DIGITS, 26), lines(
        'language|s:7:"english";languages_id|s:1:"1";currency|s:3:"EUR";navigation|O:17:"navigationHistory":2:{s:4:"path";a:1:{i:0;a:4:{s:4:"page";s:9:"index.php";s:4:"mode";s:6:"NONSSL";s:3:"get";a:0:{}s:4:"post";a:0:{}}}s:8:"snapshot";a:0:{}}cart|O:12:"shoppingCart":4:{s:8:"contents";a:0:{}s:5:"total";i:0;s:6:"weight";i:0;s:12:"content_type";b:0;}customer_id|i:%d;' % r.randint(1, 9999),
    ), "session-data"


@neg("changelog")
def n_changelog(r):
    out = ["# Changelog", ""]
    for _ in range(r.randint(3, 6)):
        out.append("## %d.%d.%d - %s" % (r.randint(1, 4), r.randint(0, 9), r.randint(0, 20), date(r)))
        for _ in range(r.randint(1, 3)):
            out.append("- %s (%s)" % (r.choice(["Fix session fixation in admin login", "Hash password reset tokens",
                                                 "Move DB credentials to environment", "Upgrade PHPMailer",
                                                 "Rotate PayPal IPN certificate", "Drop md5 password hashes"]), hexs(r, 7)))
        out.append("")
    return "CHANGELOG.md", lines(*out), "commit-hash"


@neg("docker")
def n_dockerfile_digest(r):
    return "Dockerfile", lines(
        "FROM php:%s-apache@sha256:%s" % (r.choice(["7.2", "7.4", "5.6"]), hexs(r, 64)),
        "",
        "RUN apt-get update && apt-get install -y libpng-dev libjpeg-dev libzip-dev \\",
        " && docker-php-ext-install mysqli pdo_mysql gd zip \\",
        " && rm -rf /var/lib/apt/lists/*",
        "",
        "ENV APACHE_DOCUMENT_ROOT /var/www/html/public",
        "ENV DB_HOST db",
        "ENV DB_NAME shop",
        "COPY . /var/www/html/",
        "RUN chown -R www-data:www-data /var/www/html/cache /var/www/html/images",
    ), "image-digest"


@neg("google")
def n_recaptcha_sitekey(r):
    return r.choice(["includes/templates/contact_form.tpl.php", "templates/contact.php"]), lines(
        "<form method=\"post\" action=\"contact.php\">",
        "  <input type=\"text\" name=\"name\" required>",
        "  <input type=\"email\" name=\"email\" required>",
        "  <textarea name=\"message\"></textarea>",
        "  <!-- site key is public, the secret key is in includes/configure.php -->",
        "  <div class=\"g-recaptcha\" data-sitekey=\"6L%s\"></div>" % rstr(r, ALNUM + "_-", 38),
        "  <button type=\"submit\">Send</button>",
        "</form>",
        "<script src=\"https://www.google.com/recaptcha/api.js\" async defer></script>",
    ), "public-value"


@neg("stripe")
def n_stripe_publishable(r):
    return r.choice(["js/checkout.js", "includes/modules/payment/stripe/checkout.js"]), lines(
        "// Stripe.js v2 checkout form",
        "Stripe.setPublishableKey('pk_live_%s');" % rstr(r, ALNUM, 24),
        "",
        "$('#payment-form').submit(function (event) {",
        "  var $form = $(this);",
        "  $form.find('button').prop('disabled', true);",
        "  Stripe.card.createToken($form, stripeResponseHandler);",
        "  return false;",
        "});",
    ), "public-value"


@neg("paypal")
def n_paypal_client_id(r):
    return r.choice(["templates/checkout/paypal_button.php", "views/checkout.html"]), lines(
        "<div id=\"paypal-button-container\"></div>",
        "<script src=\"https://www.paypal.com/sdk/js?client-id=A%s&currency=EUR\"></script>" % rstr(r, ALNUM + "-_", 79),
        "<script>",
        "  paypal.Buttons({",
        "    createOrder: function (data, actions) {",
        "      return actions.order.create({ purchase_units: [{ amount: { value: '<?php echo $total; ?>' } }] });",
        "    }",
        "  }).render('#paypal-button-container');",
        "</script>",
    ), "public-value"


@neg("authorizenet")
def n_acceptjs_clientkey(r):
    return r.choice(["js/accept-form.js", "views/payment_form.php"]), lines(
        "// Accept.js: the public client key is meant to be embedded in the page",
        "var authData = {",
        "  clientKey: \"%s\"," % rstr(r, ALNUM, 64),
        "  apiLoginID: \"%s\"" % rstr(r, ALNUM, 10),
        "};",
        "var secureData = { authData: authData, cardData: cardData };",
        "Accept.dispatchData(secureData, responseHandler);",
    ), "public-value"


@neg("generic-php")
def n_schema_sql(r):
    return r.choice(["install/schema.sql", "sql/structure.sql"]), lines(
        "CREATE TABLE IF NOT EXISTS `admin` (",
        "  `admin_id` int(11) NOT NULL AUTO_INCREMENT,",
        "  `admin_username` varchar(32) NOT NULL,",
        "  `admin_password` varchar(255) NOT NULL COMMENT 'password_hash()',",
        "  `api_key_hash` char(64) DEFAULT NULL,",
        "  `totp_secret_enc` varbinary(255) DEFAULT NULL,",
        "  `last_login` datetime DEFAULT NULL,",
        "  PRIMARY KEY (`admin_id`),",
        "  UNIQUE KEY `admin_username` (`admin_username`)",
        ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;",
    ), "schema"


@neg("generic-php")
def n_install_wizard(r):
    return r.choice(["install/step2.php", "install/index.php"]), lines(
        "<?php",
        "$defaults = array(",
        "    'db_host' => 'localhost',",
        "    'db_name' => '',",
        "    'db_user' => '',",
        "    'db_pass' => '',",
        "    'db_prefix' => 'shop_',",
        ");",
        "?>",
        "<h2>Step 2: Database</h2>",
        "<form method=\"post\">",
        "  <label>Database password <input type=\"password\" name=\"db_pass\" value=\"\" autocomplete=\"new-password\"></label>",
        "  <label>Table prefix <input type=\"text\" name=\"db_prefix\" value=\"<?php echo htmlspecialchars($defaults['db_prefix']); ?>\"></label>",
        "  <p class=\"help\">Leave the password empty if your MySQL user has none (local installs only).</p>",
        "  <button type=\"submit\">Next</button>",
        "</form>",
    ), "form"


@neg("tests")
def n_hash_unittest(r):
    return "tests/PasswordHelperTest.php", lines(
        "<?php",
        "use PHPUnit\\Framework\\TestCase;",
        "",
        "class PasswordHelperTest extends TestCase",
        "{",
        "    public function testLegacyMd5IsRecognised()",
        "    {",
        "        $this->assertTrue(PasswordHelper::isLegacy('%s:%s'));" % (md5hex(r), hexs(r, 2)),
        "    }",
        "",
        "    public function testBcryptIsNotLegacy()",
        "    {",
        "        $this->assertFalse(PasswordHelper::isLegacy('%s'));" % bcrypt(r),
        "    }",
        "",
        "    public function testSha1Length()",
        "    {",
        "        $this->assertSame(40, strlen(sha1('abc')));",
        "    }",
        "}",
    ), "password-hash"


@neg("shop")
def n_orders_csv(r):
    out = ["order_id,invoice_no,date,customer_email,total,currency,payment_txn_id,tracking"]
    for _ in range(r.randint(5, 12)):
        out.append("%d,INV-%d-%05d,%s,%s,%d.%02d,EUR,%s,%s" % (r.randint(10000, 99999), r.randint(2015, 2021), r.randint(1, 99999), date(r),
                                                               email(r), r.randint(5, 900), r.randint(0, 99), rstr(r, UPPER + DIGITS, 17),
                                                               "1Z" + rstr(r, UPPER + DIGITS, 16)))
    return r.choice(["exports/orders.csv", "var/export/orders_%s.csv" % date(r).replace("-", "")]), lines(*out), "ids"


@neg("php")
def n_php_error_log(r):
    t = "%02d-Mar-2020 %02d:%02d:%02d UTC" % (r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
    return r.choice(["logs/php_error.log", "var/log/php-errors.log"]), lines(
        "[%s] PHP Deprecated:  Function create_function() is deprecated in /var/www/html/includes/functions/general.php on line 1204" % t,
        "[%s] PHP Warning:  mysqli_connect(): (HY000/1045): Access denied for user '%s'@'localhost' (using password: YES) in /var/www/html/includes/db.php on line 7" % (t, dbuser(r, "shop")),
        "[%s] PHP Notice:  Undefined index: cPath in /var/www/html/index.php on line 31" % t,
        "[%s] PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/html/admin/includes/classes/upload.php on line 88" % t,
    ), "log"


@neg("mediawiki")
def n_mw_settings_plain(r):
    return "LocalSettings.php", lines(
        "<?php",
        "if ( !defined( 'MEDIAWIKI' ) ) {",
        "\texit;",
        "}",
        "$wgLogos = [ '1x' => \"$wgResourceBasePath/resources/assets/wiki.png\" ];",
        "$wgRightsPage = \"\";",
        "$wgRightsUrl = \"https://creativecommons.org/licenses/by-sa/4.0/\";",
        "$wgRightsText = \"Creative Commons Attribution-ShareAlike\";",
        "$wgDiff3 = \"/usr/bin/diff3\";",
        "$wgCacheEpoch = \"%d%02d%02d%02d%02d%02d\";" % (r.randint(2015, 2021), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
        "$wgAuthenticationTokenVersion = \"1\";",
        "$wgPasswordPolicy['policies']['default']['MinimalPasswordLength'] = 10;",
        "$wgPasswordDefault = 'pbkdf2';",
        "wfLoadExtension( 'ConfirmEdit' );",
        "wfLoadExtension( 'Cite' );",
    ), "settings"


@neg("joomla")
def n_joomla_update_xml(r):
    return r.choice(["administrator/manifests/files/joomla.xml", "updates/extension.xml"]), lines(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
        "<updates>",
        "  <update>",
        "    <name>%s Gallery</name>" % r.choice(SHOPS).capitalize(),
        "    <element>com_gallery</element>",
        "    <type>component</type>",
        "    <version>%d.%d.%d</version>" % (r.randint(1, 4), r.randint(0, 9), r.randint(0, 9)),
        "    <downloads>",
        "      <downloadurl type=\"full\" format=\"zip\">https://downloads.%s/com_gallery.zip</downloadurl>" % domain(r),
        "    </downloads>",
        "    <sha256>%s</sha256>" % hexs(r, 64),
        "    <sha384>%s</sha384>" % hexs(r, 96),
        "    <targetplatform name=\"joomla\" version=\"3.[789]\"/>",
        "  </update>",
        "</updates>",
    ), "checksum"


@neg("git")
def n_gitmodules_status(r):
    return "docs/vendor-versions.txt", lines(
        "Third-party code pinned in this repository (git submodule status):",
        "",
        *[" %s vendor/%s (v%d.%d.%d)" % (hexs(r, 40), n, r.randint(1, 5), r.randint(0, 9), r.randint(0, 9))
          for n in r.sample(["phpmailer", "tcpdf", "htmlpurifier", "smarty", "adodb", "phpexcel"], 4)],
    ), "commit-hash"


@neg("generic-php")
def n_cache_keys(r):
    return r.choice(["includes/classes/cache.php", "lib/Cache.php"]), lines(
        "<?php",
        "class Cache",
        "{",
        "    const VERSION = '%s';" % hexs(r, 8),
        "",
        "    public static function key($name, array $params = array())",
        "    {",
        "        return 'c_' . self::VERSION . '_' . md5($name . serialize($params));",
        "    }",
        "",
        "    // e.g. c_%s_%s" % (hexs(r, 8), md5hex(r)),
        "    public static function path($key)",
        "    {",
        "        return DIR_FS_CACHE . substr($key, 0, 2) . '/' . $key . '.cache';",
        "    }",
        "}",
    ), "hash"


@neg("prestashop")
def n_ps_module_xml(r):
    return "modules/%s/config.xml" % r.choice(["ps_shipping", "blockreassurance", "ps_emailalerts"]), lines(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>",
        "<module>",
        "    <name>ps_emailalerts</name>",
        "    <displayName><![CDATA[Mail alerts]]></displayName>",
        "    <version><![CDATA[%d.%d.%d]]></version>" % (r.randint(1, 2), r.randint(0, 9), r.randint(0, 9)),
        "    <description><![CDATA[Sends e-mail notifications to customers and merchants.]]></description>",
        "    <author><![CDATA[PrestaShop]]></author>",
        "    <tab><![CDATA[administration]]></tab>",
        "    <is_configurable>1</is_configurable>",
        "    <need_instance>0</need_instance>",
        "    <limited_countries></limited_countries>",
        "</module>",
    ), "module-config"


@neg("generic-php")
def n_uuid_config(r):
    return r.choice(["config/instance.php", "includes/site_ids.php"]), lines(
        "<?php",
        "// Public identifiers for this installation (safe to share with support)",
        "return array(",
        "    'installation_id' => '%s'," % uuid4(r),
        "    'site_id'         => %d," % r.randint(1, 999),
        "    'analytics_id'    => 'UA-%d-%d'," % (r.randint(1000000, 99999999), r.randint(1, 9)),
        "    'gtm_container'   => 'GTM-%s'," % rstr(r, UPPER + DIGITS, 7),
        "    'build'           => '%s'," % hexs(r, 12),
        ");",
    ), "uuid"


@neg("shell")
def n_install_script_noauth(r):
    return r.choice(["bin/setup.sh", "scripts/bootstrap.sh"]), lines(
        "#!/bin/bash",
        "set -euo pipefail",
        "",
        "# Credentials come from the environment (see docs/secrets.md); nothing is stored here.",
        ": \"${DB_PASSWORD:?DB_PASSWORD must be set}\"",
        "",
        "composer install --no-dev --optimize-autoloader",
        "php bin/console cache:clear --env=prod",
        "echo \"release %s\" > public/version.txt" % hexs(r, 7),
        "sha256sum public/build/*.js > public/build/SHA256SUMS",
        "chown -R www-data:www-data var/",
    ), "script"


@neg("generic-php")
def n_token_generator(r):
    return r.choice(["includes/functions/security.php", "lib/Token.php"]), lines(
        "<?php",
        "/**",
        " * Generates the random values the installer writes into configure.php",
        " * (e.g. 32 hex chars for the cookie key, 16 for the upgrade key).",
        " */",
        "function generate_secret_key($bytes = 32)",
        "{",
        "    if (function_exists('random_bytes')) {",
        "        return bin2hex(random_bytes($bytes));",
        "    }",
        "    return bin2hex(openssl_random_pseudo_bytes($bytes));",
        "}",
        "",
        "function csrf_token()",
        "{",
        "    if (empty($_SESSION['csrf'])) {",
        "        $_SESSION['csrf'] = generate_secret_key(16);",
        "    }",
        "    return $_SESSION['csrf'];",
        "}",
    ), "auth-code"


@neg("generic-php")
def n_secrets_doc(r):
    return r.choice(["docs/secrets.md", "docs/configuration.md"]), lines(
        "# Where the secrets are",
        "",
        "| setting | source |",
        "|---|---|",
        "| `DB_PASSWORD` | 1Password item `Shop / MySQL` |",
        "| `SMTP_PASS` | `/run/secrets/smtp_pass` on the host |",
        "| `AUTHORIZENET_TRANSACTION_KEY` | Authorize.Net merchant interface, Account > API Credentials |",
        "| `PAYPAL_API_SIGNATURE` | PayPal > Account Settings > API access |",
        "",
        "Never paste the values into `includes/configure.php`; the file reads them with `getenv()`.",
        "Rotate after staff changes (last rotation: %s)." % date(r, 2018, 2022),
    ), "documentation"


@neg("paypal")
def n_paypal_txn_sql(r):
    rows = ["(%d, '%s', '%s', 'Completed', %d.%02d, 'EUR', '%s')," % (r.randint(1000, 99999), rstr(r, UPPER + DIGITS, 17), rstr(r, UPPER + DIGITS, 13),
                                                                    r.randint(5, 900), r.randint(0, 99), stamp(r)) for _ in range(r.randint(3, 7))]
    rows[-1] = rows[-1][:-1] + ";"
    return "sql/paypal_transactions.sql", lines(
        "INSERT INTO `paypal` (`order_id`, `txn_id`, `payer_id`, `payment_status`, `mc_gross`, `mc_currency`, `date_added`) VALUES", *rows), "ids"


@neg("dolibarr")
def n_doli_conf_example(r):
    return "htdocs/conf/conf.php.example", lines(
        "<?php",
        "// Example configuration. Copy to conf.php and run the installer.",
        "$dolibarr_main_url_root='http://localhost';",
        "$dolibarr_main_document_root='/var/www/dolibarr/htdocs';",
        "$dolibarr_main_data_root='/var/lib/dolibarr/documents';",
        "$dolibarr_main_db_host='localhost';",
        "$dolibarr_main_db_port='3306';",
        "$dolibarr_main_db_name='dolibarr';",
        "$dolibarr_main_db_prefix='llx_';",
        "$dolibarr_main_db_user='dolibarr';",
        "$dolibarr_main_db_pass='';",
        "$dolibarr_main_db_type='mysqli';",
        "$dolibarr_main_authentication='dolibarr';",
        "$dolibarr_main_prod='0';",
    ), "sample-config"


@neg("cakephp")
def n_cake_routes(r):
    return "config/routes.php", lines(
        "<?php",
        "use Cake\\Routing\\RouteBuilder;",
        "use Cake\\Routing\\Router;",
        "",
        "Router::defaultRouteClass('DashedRoute');",
        "",
        "Router::scope('/', function (RouteBuilder $routes) {",
        "    $routes->connect('/', ['controller' => 'Pages', 'action' => 'display', 'home']);",
        "    $routes->connect('/password/reset/:token', ['controller' => 'Users', 'action' => 'resetPassword'],",
        "        ['pass' => ['token'], 'token' => '[a-f0-9]{64}']);",
        "    $routes->fallbacks('DashedRoute');",
        "});",
    ), "routes"


@neg("vtiger")
def n_vtiger_version(r):
    return "vtigerversion.php", lines(
        "<?php",
        "$patch_version = '';",
        "$modified_database = '';",
        "$vtiger_current_version = '%d.%d.%d';" % (r.randint(6, 7), r.randint(0, 5), r.randint(0, 3)),
        "$_SESSION['vtiger_version'] = $vtiger_current_version;",
        "?>",
    ), "version"


@neg("yii")
def n_yii_params(r):
    d = domain(r)
    return "config/params.php", lines(
        "<?php",
        "",
        "return [",
        "    'adminEmail' => '%s'," % email(r, d),
        "    'senderEmail' => 'noreply@%s'," % d,
        "    'senderName' => '%s mailer'," % r.choice(SHOPS).capitalize(),
        "    'user.passwordResetTokenExpire' => 3600,",
        "    'user.passwordMinLength' => 8,",
        "    'bsVersion' => '4.x',",
        "];",
    ), "settings"


@neg("laravel")
def n_laravel_hashing(r):
    return "config/hashing.php", lines(
        "<?php",
        "",
        "return [",
        "    'driver' => 'bcrypt',",
        "    'bcrypt' => [",
        "        'rounds' => env('BCRYPT_ROUNDS', %d)," % r.choice([10, 12]),
        "    ],",
        "    'argon' => [",
        "        'memory' => 1024,",
        "        'threads' => 2,",
        "        'time' => 2,",
        "    ],",
        "];",
    ), "settings"


@neg("magento1")
def n_m1_local_redis(r):
    return "app/etc/local.xml.additional", lines(
        "<config>",
        "    <global>",
        "        <cache>",
        "            <backend>Cm_Cache_Backend_Redis</backend>",
        "            <backend_options>",
        "                <server>127.0.0.1</server>",
        "                <port>6379</port>",
        "                <database>%d</database>" % r.randint(0, 3),
        "                <password></password>",
        "                <force_standalone>0</force_standalone>",
        "                <compress_data>1</compress_data>",
        "                <compression_lib>gzip</compression_lib>",
        "            </backend_options>",
        "        </cache>",
        "    </global>",
        "</config>",
    ), "settings"


@neg("generic-php")
def n_md5_filelist(r):
    files = ["index.php", "includes/application_top.php", "includes/configure.php", "admin/index.php",
             "includes/functions/general.php", "checkout_process.php"]
    return r.choice(["admin/includes/integrity.json", "var/integrity.json"]), lines(
        "{",
        "  \"generated\": \"%s\"," % stamp(r),
        "  \"files\": {",
        ",\n".join("    \"%s\": \"%s\"" % (f, md5hex(r)) for f in files),
        "  }",
        "}",
    ), "checksum"


@neg("ftp")
def n_ftp_transfer_log(r):
    d = domain(r)
    t = stamp(r)
    return r.choice(["logs/ftp_upload.log", "var/log/feed_ftp.log"]), lines(
        "%s Status: Connecting to ftp.%s:21..." % (t, d),
        "%s Response: 220 ProFTPD Server ready." % t,
        "%s Command: USER %s" % (t, r.choice(SHOPS)),
        "%s Response: 331 Password required" % t,
        "%s Command: PASS ********" % t,
        "%s Response: 230 User logged in" % t,
        "%s Command: STOR products_%s.csv" % (t, date(r).replace("-", "")),
        "%s Response: 226 Transfer complete (md5 %s)" % (t, md5hex(r)),
    ), "log"


@neg("wordpress")
def n_wp_config_sample(r):
    salts = ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "SECURE_AUTH_SALT",
             "LOGGED_IN_SALT", "NONCE_SALT"]
    return "wp-config-sample.php", lines(
        "<?php",
        "define( 'DB_NAME', 'database_name_here' );",
        "define( 'DB_USER', 'username_here' );",
        "define( 'DB_PASSWORD', 'password_here' );",
        "define( 'DB_HOST', 'localhost' );",
        "define( 'DB_CHARSET', 'utf8' );",
        "define( 'DB_COLLATE', '' );",
        "",
        *["define( '%s', %s'put your unique phrase here' );" % (s, " " * (16 - len(s))) for s in salts],
        "",
        "$table_prefix = 'wp_';",
        "define( 'WP_DEBUG', false );",
    ), "sample-config"


@neg("apache")
def n_htpasswd_script(r):
    users = r.sample(FIRST, 3)
    return r.choice(["bin/make-htpasswd.sh", "tools/protect-admin.sh"]), lines(
        "#!/bin/sh",
        "# Builds admin/.htpasswd from the users listed in admin_users.txt.",
        "# Passwords are typed interactively; only bcrypt hashes end up on disk, e.g.:",
        *["#   %s:%s" % (u, r.choice([bcrypt(r, "$2y$05$"), "$apr1$" + rstr(r, ALNUM, 8) + "$" + rstr(r, ALNUM + "./", 22)])) for u in users],
        "set -e",
        "OUT=admin/.htpasswd",
        ": > \"$OUT\"",
        "while read -r user; do",
        "  htpasswd -B \"$OUT\" \"$user\"",
        "done < admin_users.txt",
    ), "password-hash"


# ---------------------------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------------------------
# templates where the secret is not behind its conventional variable name: positional or
# constructor arguments, URLs, SQL rows, command lines, logs, unusual keys / helpers
UNUSUAL = {"p_mysqli_connect", "p_mysql_connect_legacy", "p_new_pdo", "p_new_mysqli", "p_dsn_url", "p_ftp_login",
           "p_lftp_deploy", "p_backup_mysqldump", "p_install_sql_admin_md5", "p_install_txt", "p_install_log",
           "p_oscommerce_paypal_sql", "p_opencart_authnet_sql", "p_stripe_zen_sql", "p_zencart_smtp_sql",
           "p_ci3_hex2bin", "p_cake3_app", "p_laravel_mail_fallback", "p_authnet_signature_key",
           "p_paypal_nvp_array", "p_braintree_legacy", "p_m1_install_sh", "p_opencart_cli_install", "p_m1_dbpass",
           "p_m1_cryptkey", "p_install_md", "p_mw_upgradekey", "p_roundcube_des_key", "p_phpmailer_sendgrid",
           "p_yii2_cvk", "p_pma_blowfish", "p_ftpconfig", "p_authnet_aim_legacy", "p_drupal7_salt"}
ENV_OK = (".env.example", ".env.sample", ".env.dist", ".env.template")


def is_env_file(relpath):
    b = os.path.basename(relpath)
    return b == ".env" or (b.startswith(".env.") and b not in ENV_OK)


def filetype(relpath):
    b = os.path.basename(relpath)
    if b == "Dockerfile":
        return "dockerfile"
    if b.startswith(".env"):
        return "env"
    if b in (".htaccess", ".ftpconfig"):
        return b[1:]
    if b.startswith("sess_"):
        return "session"
    if b.endswith("SUMS"):
        return "checksums"
    if "." not in b.lstrip("."):
        return "txt"
    ext = b.rsplit(".", 1)[1].lower()
    return {"yaml": "yml"}.get(ext, ext)


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def needle_line(text, needle):
    idx = text.find(needle)
    assert idx >= 0
    return text.count("\n", 0, idx) + 1


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_ik.py OUTDIR SEED\n")
        return 2
    outdir = argv[1]
    seed = int(argv[2])
    r = random.Random(seed)
    os.makedirs(outdir, exist_ok=True)
    manifest = []
    secrets = []

    # positives: every template at least once, then a shuffled fill
    order = list(range(len(POS)))
    unusual = [i for i, t in enumerate(POS) if t[0] in UNUSUAL]
    while len(order) < N_POS:
        order.append(r.choice(unusual) if r.random() < 0.3 else r.randrange(len(POS)))
    order = order[:N_POS]
    r.shuffle(order)
    env_files = 0
    for i, ti in enumerate(order):
        while True:
            name, provider, kind, f = POS[ti]
            S = Slot(r, True)
            rel, text = f(r, S)
            if is_env_file(rel) and env_files >= N_POS // 20 - 1:
                ti = r.randrange(len(POS))
                continue
            break
        if is_env_file(rel):
            env_files += 1
        assert S.calls == 1 and S.needle, name
        assert text.count(S.needle) >= 1
        ln = needle_line(text, S.needle)
        assert S.needle in text.split("\n")[ln - 1], (name, ln)
        folder = "pos/p%04d/" % i
        write(outdir, folder + rel, text)
        # read back and check the needle really is on that line of the written file
        with open(os.path.join(outdir, folder + rel), encoding="utf-8") as fh:
            back = fh.read().split("\n")
        assert S.needle in back[ln - 1], (name, ln)
        manifest.append({"file": folder + rel, "label": "pos", "provider": provider, "kind": kind,
                         "filetype": filetype(rel)})
        secrets.append({"file": folder + rel, "needle": S.needle, "line": ln})

    # negatives: half re-used positive templates with a non-secret in the slot, half look-alikes
    n_reuse = N_NEG // 2
    items = [("reuse", i % len(POS)) for i in range(n_reuse)] + \
            [("alike", i % len(NEG)) for i in range(N_NEG - n_reuse)]
    r.shuffle(items)
    for i, (mode, ti) in enumerate(items):
        if mode == "reuse":
            name, provider, _kind, f = POS[ti]
            S = Slot(r, False)
            rel, text = f(r, S)
            assert S.calls == 1, name
            kind = S.kind
            if is_env_file(rel):
                rel = os.path.join(os.path.dirname(rel), r.choice(ENV_OK))
        else:
            name, provider, f = NEG[ti]
            rel, text, kind = f(r)
        assert not is_env_file(rel), rel
        folder = "neg/n%04d/" % i
        write(outdir, folder + rel, text)
        manifest.append({"file": folder + rel, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, sort_keys=False) + "\n")
    assert len(manifest) == N_POS + N_NEG and len(secrets) == N_POS
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
