#!/usr/bin/env python3
"""Blind evaluation-set generator "gj": PHP CMS and shop configuration files.

EMPHASIS
    Secrets that live in the configuration of PHP content-management systems and
    shops: WordPress wp-config.php (DB_PASSWORD, the eight AUTH_KEY / *_SALT
    constants of 64 printable characters), WooCommerce REST keys (ck_/cs_),
    Magento app/etc/env.php and Magento 1 local.xml (crypt key, db password),
    Drupal settings.php (hash_salt, $databases password), Joomla
    configuration.php ($secret, $password, $smtppass), PrestaShop
    parameters.php / settings.inc.php (cookie_key, cookie_iv, secret,
    new_cookie_key, database_password, api_private_key), OpenCart config.php,
    Craft CMS (CRAFT_SECURITY_KEY / securityKey), Laravel (APP_KEY base64:),
    Symfony (APP_SECRET, parameters.yml), TYPO3 (encryptionKey, DB password),
    MediaWiki ($wgSecretKey, $wgUpgradeKey, $wgDBpassword), phpBB ($dbpasswd),
    MODX ($database_password), Shopware 5/6 (db password, APP_SECRET, JWT key).
    Kinds: salts/keys, crypt keys, database passwords, app secrets, REST
    consumer secrets, private keys.
    File types: PHP config arrays, define() calls and class properties, dotenv
    style files, YAML (Symfony parameters, docker-compose, Ansible, Trellis,
    Kubernetes), XML (Magento 1 local.xml, phpunit.xml), .htaccess, Dockerfile,
    SQL dumps (wp_options, wp_users, api key tables), Markdown install notes,
    shell deploy scripts, JS/Python API clients, JSON, TOML, INI/cnf,
    .properties, CSV inventories, deploy logs, Terraform, PEM files.

USAGE
    python3 -B gen_gj.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl
    (one line per file: file, label, provider, kind, filetype) and
    OUTDIR/secrets.jsonl (one line per positive: file, needle, line).
    All randomness comes from one random.Random(SEED); output is byte-identical
    for a given SEED.

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as written, without the quotes,
      CDATA wrapper or "KEY=" around it.
    * Laravel keys keep their "base64:" prefix, new Magento keys their "base64"
      prefix, WooCommerce secrets their "cs_" prefix, PrestaShop new_cookie_key
      its "def00000" header: the prefix is part of the stored value.
    * Key pairs (WooCommerce ck_/cs_): the needle is the consumer secret (cs_...);
      the consumer key (ck_...) is the paired identifier and may appear in the
      same file (often on another line, sometimes the same line as "ck:cs").
    * Passwords inside URLs (mysql://user:PASS@host/db, drush --db-url): the
      needle is only the password part.
    * Headers / basic-auth (curl -u ck:cs): the needle is the cs_ secret.
    * Multi-line PEM private keys: the needle is the first base64 body line
      (the line after -----BEGIN ... PRIVATE KEY-----).
    * WordPress salts: a file holds one literal salt; the other seven come from
      the environment or another file, so each positive has exactly one secret.
    * Line numbers are 1-based and give the line of the first occurrence; the
      program asserts the needle is on that line.

NEGATIVES
    Half (250) re-use the positive templates with the secret slot holding a
    non-secret: placeholders ('put your unique phrase here', 'password_here',
    'generateme', '<your-db-password>', 'changeme', 'xxxx...'), empty values,
    masked values ('********', '[REDACTED]'), environment / secret-manager
    references (getenv(), env(), $_ENV[], %env()%, ${VAR}, process.env,
    os.environ, var.x, op://, vault: paths), template expressions ({{ }}, __X__,
    @X@, #{X}#) and documented example values (ThisTokenIsNotSoSecretChangeIt,
    !ChangeMe!, SomeRandomString, cs_1234567890abcdef). Other credential-like
    fields of those files are references in both positives and negatives.
    Negative files never use blocked dotenv names (.env, .env.local, ...);
    .env.example / .env.sample / *.env are used instead.
    The other half (250) are look-alikes from the same projects: password
    hashes in SQL dumps ($P$B phpass, $wp$2y$, $2y$ bcrypt, Drupal $S$, Magento
    hash:salt:version, argon2), WordPress nonces, table prefixes and db names,
    composer.lock references and content-hash, WordPress core checksums, Joomla
    update-server sha256/sha512, SRI and CSP hashes, Drupal default_config_hash
    and config_sync_directory names, UUIDs (Drupal, Craft project config,
    Shopware ids), public keys (PEM, ssh-ed25519), Symfony secrets-vault public
    key and ciphertexts, Ansible-vault ciphertext, Docker image digests,
    WooCommerce order keys and cart hashes, Stripe publishable keys, reCAPTCHA
    site keys, analytics ids, sample config files (wp-config-sample.php,
    configuration.php-dist, default.settings.php, local.xml.template).

FORMATS CHECKED (search tool, docs/pages/code corpora)
    * WordPress: developer.wordpress.org wp_generate_password(): salts are
      wp_generate_password(64, true, true), alphabet a-zA-Z0-9 + !@#$%^&*() +
      -_ []{}<>~`+=,.;:/?| ; setup-config.php / api.wordpress.org secret-key
      service give 8 keys of 64 chars; wp-config-sample uses 'put your unique
      phrase here' and 'password_here'.
    * WooCommerce: developer.woocommerce.com REST API auth docs (Consumer Key /
      Consumer Secret pair, basic auth over HTTPS); real code shows
      'ck_' . wc_rand_hash() and 'cs_' . wc_rand_hash() (40 hex) and the DB
      stores wc_api_hash(ck) plus truncated_key (last 7 chars).
    * Magento: Adobe Commerce encryption-key docs (app/etc/env.php crypt/key,
      256-bit key); a 2.4.7 write-up: old key = md5 hex (32 chars), new key =
      'base64' + base64(32 random bytes).
    * Drupal: real settings.php files show hash_salt as 74 chars base64url
      (Crypt::randomBytesBase64(55)); config_sync_directory names of the same
      shape.
    * Joomla: configuration.php-dist and real files: $secret 16 alphanumerics.
    * PrestaShop 1.7/8 parameters.php: secret 64 alnum, cookie_key 64 (56 in
      1.6 _COOKIE_KEY_), cookie_iv 32 (8 in 1.6), new_cookie_key 'def00000'+hex
      (defuse/php-encryption ASCII-safe key with SHA-256 checksum, 136 hex).
    * TYPO3: LocalConfiguration samples show encryptionKey as 96 hex (older 32).
    * MediaWiki manual: $wgSecretKey = MWCryptRand::generateHex(64);
      $wgUpgradeKey a random 16-character string (hex in the installer).
    * Shopware docs (env var table): APP_SECRET "can be generated with
      openssl rand -hex 32" (64 hex).
    * Laravel APP_KEY 'base64:' + base64(32 bytes); Symfony APP_SECRET 32 hex.

DOUBTS
    * Craft CMS security key: not confirmed in the docs found; generated as 32
      chars of [A-Za-z0-9_-] (Yii generateRandomString default).
    * Joomla 4/5 may generate a longer $secret than 16; 16 is used.
    * Magento 2 admin password hash layout (hash:salt:version) is from memory;
      it is only used in negatives.
    * Laravel/Symfony key formats come from framework knowledge, not from a
      page found in this session.
    * WordPress 6.8 '$wp$2y$10$' bcrypt prefix is from memory (negatives only).
    * Private keys are structurally plausible DER (random integers), not valid
      RSA keys.
    * Whether a scanner should treat the WooCommerce ck_ alone as a secret is
      debatable; negatives therefore never contain a real-looking ck_.
"""
import base64
import hashlib
import json
import os
import random
import re
import string
import sys

# ---------------------------------------------------------------------------
# random helpers
# ---------------------------------------------------------------------------
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
ITOA64 = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
BCRYPT64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
WP_CHARS = ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            "!@#$%^&*()" "-_ []{}<>~`+=,.;:/?|")
# WordPress alphabet without characters that need escaping in unquoted,
# double-quoted, XML or shell contexts.
WP_SAFE = "".join(ch for ch in WP_CHARS if ch not in "$`\\'\" #&<>;")
URL_SAFE = ALNUM + "-_.~"
PW_SYMS = "!@%^*-_=+.,:?"


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(r, n):
    return rs(r, HEX, n)


def b64(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def b64url_nopad(r, n):
    return base64.urlsafe_b64encode(rbytes(r, n)).decode().rstrip("=")


def b64_nopad(r, n):
    return base64.b64encode(rbytes(r, n)).decode().rstrip("=")


def uuid4(r):
    h = list(hexs(r, 32))
    h[12] = "4"
    h[16] = r.choice("89ab")
    h = "".join(h)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def mixed_ok(s):
    return (any(c.isupper() for c in s) and any(c.islower() for c in s)
            and any(c.isdigit() for c in s))


# ---------------------------------------------------------------------------
# secret generators (ctx decides which characters are safe)
# ---------------------------------------------------------------------------
SQ_CTX = ("php", "php_prop", "sq", "sh", "sql", "js", "yaml_sq", "md")


def gen_wp_salt(r, ctx):
    if ctx in SQ_CTX:
        while True:
            s = rs(r, WP_CHARS, 64)
            if not s.startswith(" ") and not s.endswith(" ") and "  " not in s:
                return s
    if ctx == "cdata":
        while True:
            s = rs(r, WP_CHARS, 64)
            if "]]>" not in s and s.strip() == s:
                return s
    return rs(r, WP_SAFE, 64)


def gen_password(r, ctx):
    if ctx == "url":
        while True:
            s = rs(r, URL_SAFE, r.randint(14, 28))
            if mixed_ok(s):
                return s
    style = r.randint(0, 3)
    while True:
        if style == 0:
            s = rs(r, ALNUM, r.randint(16, 32))
        elif style == 1:
            s = rs(r, ALNUM + PW_SYMS, r.randint(14, 24))
            if not any(c in PW_SYMS for c in s):
                continue
        elif style == 2:
            # hosting-panel style: letters, digits and a couple of symbols
            s = rs(r, ALNUM, 6) + r.choice("!@%^*") + rs(r, ALNUM, 5) + r.choice("-_.") + rs(r, ALNUM, 4)
        else:
            s = rs(r, ALNUM + "-_", r.randint(20, 40))
        if mixed_ok(s) and s[0] not in "-=+.,:?!@%*":
            return s


def gen_woo_cs(r, ctx):
    return "cs_" + hexs(r, 40)


def gen_woo_ck(r):
    return "ck_" + hexs(r, 40)


def gen_magento_old(r, ctx):
    return hexs(r, 32)


def gen_magento_new(r, ctx):
    return "base64" + b64(r, 32)


def gen_drupal_salt(r, ctx):
    return b64url_nopad(r, 55)


def gen_joomla_secret(r, ctx):
    return rs(r, ALNUM, 16)


def gen_ps_cookie64(r, ctx):
    return rs(r, ALNUM, 64)


def gen_ps_cookie56(r, ctx):
    return rs(r, ALNUM, 56)


def gen_ps_defuse(r, ctx):
    header = b"\xde\xf0\x00\x00"
    key = rbytes(r, 32)
    chk = hashlib.sha256(header + key).digest()
    return (header + key + chk).hex()


def gen_craft_key(r, ctx):
    return rs(r, ALNUM + "_-", 32)


def gen_laravel_key(r, ctx):
    return "base64:" + b64(r, 32)


def gen_hex32(r, ctx):
    return hexs(r, 32)


def gen_hex64(r, ctx):
    return hexs(r, 64)


def gen_hex96(r, ctx):
    return hexs(r, 96)


def gen_hex16(r, ctx):
    return hexs(r, 16)


GEN = {
    "wp_salt": gen_wp_salt, "password": gen_password, "woo_cs": gen_woo_cs,
    "magento_old": gen_magento_old, "magento_new": gen_magento_new,
    "drupal_salt": gen_drupal_salt, "joomla_secret": gen_joomla_secret,
    "ps64": gen_ps_cookie64, "ps56": gen_ps_cookie56, "ps_defuse": gen_ps_defuse,
    "craft": gen_craft_key, "laravel": gen_laravel_key, "hex32": gen_hex32,
    "hex64": gen_hex64, "hex96": gen_hex96, "hex16": gen_hex16,
}

# ---------------------------------------------------------------------------
# DER / PEM helpers (structurally plausible keys)
# ---------------------------------------------------------------------------


def der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int_bytes(r, nbytes):
    b = bytearray(rbytes(r, nbytes))
    b[0] |= 0x80
    return der(0x02, b"\x00" + bytes(b))


RSA_OID = der(0x30, der(0x06, bytes.fromhex("2a864886f70d010101")) + b"\x05\x00")


def rsa_private_der(r):
    body = (der(0x02, b"\x00") + der_int_bytes(r, 256) + der(0x02, b"\x01\x00\x01")
            + der_int_bytes(r, 256) + der_int_bytes(r, 128) + der_int_bytes(r, 128)
            + der_int_bytes(r, 128) + der_int_bytes(r, 128) + der_int_bytes(r, 128))
    rsakey = der(0x30, body)
    return der(0x30, der(0x02, b"\x00") + RSA_OID + der(0x04, rsakey))


def rsa_public_der(r):
    inner = der(0x30, der_int_bytes(r, 256) + der(0x02, b"\x01\x00\x01"))
    return der(0x30, RSA_OID + der(0x03, b"\x00" + inner))


def pem(label, data):
    s = base64.b64encode(data).decode()
    lines = [s[i:i + 64] for i in range(0, len(s), 64)]
    return ["-----BEGIN %s-----" % label] + lines + ["-----END %s-----" % label]


def ssh_ed25519(r, comment):
    blob = b"\x00\x00\x00\x0bssh-ed25519" + b"\x00\x00\x00\x20" + rbytes(r, 32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode() + " " + comment


def phpass(r):
    return "$P$B" + rs(r, ITOA64, 31)


def bcrypt(r, cost=10):
    return "$2y$%02d$" % cost + rs(r, BCRYPT64, 53)


def drupal_hash(r):
    return "$S$" + r.choice("DE") + rs(r, ITOA64, 51)


def argon2(r):
    return "$argon2i$v=19$m=65536,t=16,p=1$" + b64_nopad(r, 16) + "$" + b64_nopad(r, 32)

# ---------------------------------------------------------------------------
# realistic filler
# ---------------------------------------------------------------------------
BRANDS = ["northwind", "bluefern", "acmeoutdoor", "kettleandco", "riverside-books",
          "oakline", "papercrane", "harborcoffee", "mosaicstudio", "tinylamp",
          "greenleaf", "velostore", "brightpath", "alpinegear", "lumenlab",
          "saltmarsh", "copperpot", "urbanroots", "fieldnotes", "silverbirch"]
TLDS = ["com", "de", "co.uk", "nl", "fr", "io", "shop", "org", "eu", "ch"]
HOSTS = ["127.0.0.1", "localhost", "db", "mysql", "mariadb", "database",
         "db.internal", "10.0.2.15", "rds-prod.cluster-c9x.eu-west-1.rds.amazonaws.com",
         "mysql-primary.svc.cluster.local", "172.18.0.3"]
FIRST = ["anna", "ben", "clara", "david", "elif", "farid", "greta", "hugo", "ines",
         "jonas", "kim", "lena", "marco", "nora", "oskar", "paula", "rafael", "sofia"]
LAST = ["meyer", "novak", "schmidt", "rossi", "dubois", "jansen", "kowalski",
        "garcia", "nielsen", "fischer", "moreau", "silva", "weber", "costa"]
CITIES = ["Berlin", "Lyon", "Utrecht", "Leeds", "Porto", "Graz", "Basel", "Gent"]


def brand(r):
    return r.choice(BRANDS)


def domain(r, b=None):
    return "%s.%s" % (b or brand(r), r.choice(TLDS))


def dbname(r, b, prefix=""):
    return (prefix + b.replace("-", "_"))[:16] + r.choice(["", "_prod", "_live", "_wp", "_db", "_shop"])


def dbuser(r, b):
    return r.choice([b.replace("-", "")[:10] + "_usr", "wp_" + b.replace("-", "")[:8], "app",
                     b.replace("-", "")[:12], "shop_rw", "cms_" + rs(r, LOWER_ALNUM, 4)])


def host(r):
    return r.choice(HOSTS)


def person(r):
    return "%s.%s" % (r.choice(FIRST), r.choice(LAST))


def email(r, b=None):
    return "%s@%s" % (person(r), domain(r, b))


def date(r, y0=2019, y1=2025):
    return "%04d-%02d-%02d" % (r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def ts(r):
    return "%s %02d:%02d:%02d" % (date(r), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def version(r, major=None):
    return "%d.%d.%d" % (major if major is not None else r.randint(1, 8), r.randint(0, 9), r.randint(0, 20))


def sitename(r, b):
    return " ".join(w.capitalize() for w in b.replace("-", " ").split())


def php_head(r, title=None):
    lines = ["<?php"]
    if r.random() < 0.5:
        lines += ["/**", " * %s" % (title or "Configuration"), " *",
                  " * Managed by the ops team - do not edit on the server.", " */"]
    return lines


def env_name_lower(n):
    return n.lower()

# ---------------------------------------------------------------------------
# slot rendering: literal values and non-secret references per context
# ---------------------------------------------------------------------------
YAML_PLAIN_RE = re.compile(r"[A-Za-z0-9_./+=-][A-Za-z0-9_./+=:@-]*$")


def render_lit(ctx, v):
    if ctx in ("php", "php_prop", "sq", "sh", "sql", "js", "yaml_sq"):
        return "'%s'" % v
    if ctx in ("dq", "php_dq", "py", "json", "tf", "toml", "yaml_dq", "htaccess", "xml_attr"):
        return '"%s"' % v
    if ctx == "cdata":
        return "<![CDATA[%s]]>" % v
    if ctx == "env":
        if v == "":
            return ""
        if not re.match(r"[A-Za-z0-9_./:+=@,-]*$", v):
            return "'%s'" % v
        return v
    if ctx in ("ini", "docker"):
        if v == "" or re.search(r"[\s#;$\"'`\\]", v):
            return '"%s"' % v
        return v
    if ctx in ("yaml", "yaml_compose", "yaml_ans", "yaml_sf"):
        if YAML_PLAIN_RE.match(v):
            return v
        return "'%s'" % v
    if ctx == "csv":
        if "," in v or '"' in v:
            return '"%s"' % v.replace('"', '""')
        return v
    return v  # props, url, log, bare


NO_REF_CTX = ("cdata", "sql", "csv", "htaccess", "log", "xml_attr", "php_prop")


def env_var_name(name):
    return re.sub(r"[^A-Za-z0-9]+", "_", name).strip("_").upper()


def render_ref(r, ctx, name):
    n = env_var_name(name)
    nl = n.lower()
    if ctx in ("php", "php_dq"):
        return r.choice(["getenv('%s')" % n, "$_ENV['%s']" % n, "$_SERVER['%s'] ?? ''" % n,
                         "getenv('%s') ?: ''" % n])
    if ctx == "php_env":
        return "env('%s')" % n
    if ctx == "js":
        return "process.env.%s" % n
    if ctx == "py":
        return r.choice(['os.environ["%s"]' % n, 'os.environ.get("%s", "")' % n, 'os.getenv("%s")' % n])
    if ctx == "sh":
        return r.choice(['"${%s}"' % n, '"$%s"' % n, '"${%s:?not set}"' % n, '"$(cat /run/secrets/%s)"' % nl])
    if ctx == "env":
        return r.choice(["${PROD_%s}" % n, "${VAULT_%s}" % n, "${%s_FROM_CI}" % n])
    if ctx == "yaml_sf":
        return "'%%env(%s)%%'" % n
    if ctx == "yaml_ans":
        return '"{{ vault_%s }}"' % nl
    if ctx in ("yaml", "yaml_sq", "yaml_dq", "yaml_compose"):
        return r.choice(['"${%s}"' % n, '"${%s:?err}"' % n])
    if ctx == "json":
        return '"%%env(%s)%%"' % n
    if ctx == "tf":
        return "var.%s" % nl
    if ctx in ("dq", "toml"):
        return '"${%s}"' % n
    if ctx in ("ini", "docker", "props", "url", "bare"):
        return "${%s}" % n
    return None


def supports_ref(ctx):
    return ctx not in NO_REF_CTX


PH_COMMON = ["changeme", "CHANGE_ME", "change-me", "<your-secret>", "YOUR_SECRET_HERE",
             "replace-me", "TODO-set-in-vault", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<set-me>"]
PH_BY_GEN = {
    "password": ["password_here", "<db-password>", "YOUR_DB_PASSWORD", "your_password",
                 "<password>", "db_password_goes_here", "CHANGE_ME_DB_PASS", "changeme"],
    "wp_salt": ["put your unique phrase here", "generateme", "<salt>", "put your unique phrase here"],
    "woo_cs": ["cs_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "cs_your_consumer_secret",
               "cs_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<consumer_secret>", "YOUR_CONSUMER_SECRET"],
    "laravel": ["base64:<your-app-key>", "base64:GENERATE_WITH_ARTISAN", "<run php artisan key:generate>"],
    "magento_old": ["<crypt-key>", "YOUR_ENCRYPTION_KEY", "00000000000000000000000000000000"],
    "magento_new": ["base64<your-key>", "<crypt-key>"],
    "drupal_salt": ["<hash-salt>", "CHANGE_THIS_HASH_SALT", "__replace_this_hash_salt_value__"],
    "joomla_secret": ["<joomla-secret>", "CHANGE_ME_SECRET"],
    "ps64": ["<cookie-key>", "COOKIE_KEY_HERE"], "ps56": ["<cookie-key>", "_COOKIE_KEY_"],
    "ps_defuse": ["def00000<generated-key>", "<new-cookie-key>"],
    "craft": ["<security-key>", "CRAFT_SECURITY_KEY_HERE"],
    "hex32": ["<app-secret>", "your_app_secret"], "hex64": ["<app-secret>", "your_app_secret"],
    "hex96": ["<encryption-key>", "ENCRYPTION_KEY_HERE"], "hex16": ["<upgrade-key>", "UPGRADEKEY"],
}
EXAMPLE_BY_GEN = {
    "hex32": ["ThisTokenIsNotSoSecretChangeIt", "!ChangeMe!"],
    "laravel": ["SomeRandomString"],
    "woo_cs": ["cs_1234567890abcdef", "cs_1a2b3c4d5e6f7g8h9i"],
    "password": ["!ChangeMe!", "password_here"],
    "wp_salt": ["put your unique phrase here"],
    "hex64": ["ThisTokenIsNotSoSecretChangeIt"],
}
MASKED = ["********", "****************", "[REDACTED]", "<redacted>", "***", "xxxxxx (masked)"]


def neg_value(r, cat, gen, ctx, name):
    """A non-secret literal for the slot (or None when cat is a reference)."""
    name = env_var_name(name)
    nl = name.lower()
    if cat == "placeholder":
        v = r.choice(PH_BY_GEN.get(gen, []) + PH_COMMON[:4])
    elif cat == "doc_example":
        v = r.choice(EXAMPLE_BY_GEN.get(gen, ["put your unique phrase here" if gen == "wp_salt" else "changeme"]))
    elif cat == "empty":
        v = ""
    elif cat == "masked":
        v = r.choice(MASKED + (["cs_" + "*" * 40] if gen == "woo_cs" else []))
    elif cat == "template_expr":
        if ctx == "cdata":
            v = "{{%s}}" % ("key" if "KEY" in name else "db_pass")
        else:
            v = r.choice(["{{ %s }}" % nl, "__%s__" % name, "@%s@" % name, "#{%s}#" % name,
                          "%%%s%%" % name, "{{ .Values.%s }}" % re.sub(r"_(.)", lambda m: m.group(1).upper(), nl)])
    elif cat == "secret_ref":
        proj = brand(r)
        v = r.choice(["op://%s/%s/credential" % (proj.capitalize(), nl.replace("_", "-")),
                      "vault:secret/data/%s#%s" % (proj, nl),
                      "arn:aws:secretsmanager:eu-west-1:%d:secret:%s/%s" % (r.randint(10 ** 11, 10 ** 12 - 1), proj, nl),
                      "projects/%s-prod/secrets/%s/versions/latest" % (proj, nl.replace("_", "-")),
                      "ssm:/%s/prod/%s" % (proj, nl)])
    else:
        return None
    if ctx == "url":
        v = v.replace(" ", "-").replace("{{-", "__").replace("-}}", "__")
        v = re.sub(r"[{}<>#/ ]", "", v) or "changeme"
    return v


NEG_CATS = [("placeholder", 26), ("env_ref", 24), ("empty", 10), ("masked", 10),
            ("template_expr", 12), ("secret_ref", 8), ("doc_example", 10)]


def pick_cat(r, ctx, gen):
    while True:
        tot = sum(w for _, w in NEG_CATS)
        x = r.uniform(0, tot)
        for cat, w in NEG_CATS:
            x -= w
            if x <= 0:
                break
        if cat == "env_ref" and not supports_ref(ctx):
            continue
        if cat == "doc_example" and gen not in EXAMPLE_BY_GEN:
            continue
        return cat


class Ctx:
    """Passed to templates: rendered slot, mode and helpers."""

    def __init__(self, r, neg, slot_text, gen_state, cat=None):
        self.r = r
        self.neg = neg
        self.S = slot_text
        self.cat = cat
        self.gs = gen_state

    def slot_for(self, ctx, name):
        """The slot, with an env reference re-targeted to the given name."""
        if self.neg and self.cat == "env_ref":
            return render_ref(self.r, ctx, name)
        return self.S

    def ref(self, ctx, name):
        """Reference for the *other* credential fields (never a secret)."""
        return render_ref(self.r, ctx, name)

    def ck(self, ctx):
        """Paired WooCommerce consumer key (identifier half of the pair)."""
        if not self.neg:
            return gen_woo_ck(self.r)
        return r_choice(self.r, ["ck_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ck_your_consumer_key",
                                 "<consumer_key>", "ck_1234567890abcdef"])

    def ck_ref(self, ctx, name):
        if self.neg and self.cat == "env_ref" and supports_ref(ctx):
            return render_ref(self.r, ctx, name)
        return render_lit(ctx, self.ck(ctx))

    def envpath(self, neutral, dirs=("",)):
        """Path for a dotenv-style file; blocked names only for a few positives."""
        r = self.r
        d = r.choice(dirs)
        if self.neg:
            name = r.choice([".env.example", ".env.sample", "example.env", ".env.example", "env.sample"])
            if r.random() < 0.3:
                return r.choice(neutral)
            return d + name
        if self.gs["envfiles"] < self.gs["envcap"] and r.random() < 0.35:
            self.gs["envfiles"] += 1
            return d + r.choice([".env", ".env.local", ".env.production", ".env.prod"])
        return r.choice(neutral)


def r_choice(r, xs):
    return r.choice(xs)


POS = []


def tpl(provider, kind, gen, ctx, name, conv):
    def deco(fn):
        POS.append(dict(fn=fn, id=fn.__name__, provider=provider, kind=kind, gen=gen,
                        ctx=ctx, name=name, conv=conv))
        return fn
    return deco


def J(lines):
    return "\n".join(lines) + "\n"

# ---------------------------------------------------------------------------
# positive templates (each also re-used for negatives with a non-secret slot)
# ---------------------------------------------------------------------------
WP_SALT_NAMES = ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY",
                 "AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT"]


def wp_prefix(r):
    return r.choice(["wp_", "wp_", "wp_%s_" % rs(r, LOWER_ALNUM, 4), "wpx_", "blog_"])


def wp_tail(r):
    L = ["", "/**", " * WordPress database table prefix.", " */",
         "$table_prefix = '%s';" % wp_prefix(r), "",
         "define( 'WP_DEBUG', %s );" % r.choice(["false", "false", "true"]),
         "define( 'WP_ENVIRONMENT_TYPE', '%s' );" % r.choice(["production", "staging"]),
         "define( 'DISALLOW_FILE_EDIT', true );",
         "define( 'WP_MEMORY_LIMIT', '%dM' );" % r.choice([128, 256, 512])]
    if r.random() < 0.5:
        L.append("define( 'WP_POST_REVISIONS', %d );" % r.randint(3, 10))
    L += ["", "/* That's all, stop editing! Happy publishing. */", "",
          "/** Absolute path to the WordPress directory. */",
          "if ( ! defined( 'ABSPATH' ) ) {", "\tdefine( 'ABSPATH', __DIR__ . '/' );", "}", "",
          "/** Sets up WordPress vars and included files. */",
          "require_once ABSPATH . 'wp-settings.php';"]
    return L


@tpl("wordpress", "db_password", "password", "php", "DB_PASSWORD", True)
def wp_config_db(r, c):
    b = brand(r)
    L = ["<?php", "/**", " * The base configuration for WordPress", " *",
         " * @link https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", " *",
         " * @package WordPress", " */", "",
         "// ** Database settings - You can get this info from your web host ** //",
         "/** The name of the database for WordPress */",
         "define( 'DB_NAME', '%s' );" % dbname(r, b), "",
         "/** Database username */", "define( 'DB_USER', '%s' );" % dbuser(r, b), "",
         "/** Database password */", "define( 'DB_PASSWORD', %s );" % c.S, "",
         "/** Database hostname */", "define( 'DB_HOST', '%s' );" % host(r), "",
         "/** Database charset to use in creating database tables. */",
         "define( 'DB_CHARSET', 'utf8mb4' );", "",
         "/** The database collate type. Don't change this if in doubt. */",
         "define( 'DB_COLLATE', '' );", "",
         "/**#@+", " * Authentication unique keys and salts.",
         " * Kept outside the repository, see deploy/README.md.", " */",
         "require_once __DIR__ . '/%s';" % r.choice(["../private/wp-salts.php", "wp-salts.php", "../shared/salts.php"]),
         "/**#@-*/"] + wp_tail(r)
    return r.choice(["wp-config.php", "public/wp-config.php", "htdocs/wp-config.php", "web/wp-config.php"]), J(L)


@tpl("wordpress", "salt", "wp_salt", "php", "NONCE_SALT", True)
def wp_config_one_salt(r, c):
    b = brand(r)
    lit = r.choice(WP_SALT_NAMES)
    others = [n for n in WP_SALT_NAMES if n != lit]
    L = ["<?php", "// %s - production configuration" % domain(r, b), "",
         "define( 'DB_NAME', getenv( 'WORDPRESS_DB_NAME' ) );",
         "define( 'DB_USER', getenv( 'WORDPRESS_DB_USER' ) );",
         "define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) );",
         "define( 'DB_HOST', getenv( 'WORDPRESS_DB_HOST' ) ?: '%s' );" % host(r),
         "define( 'DB_CHARSET', 'utf8mb4' );", "define( 'DB_COLLATE', '' );", "",
         "$wp_salt_names = array( %s );" % ", ".join("'%s'" % n for n in others),
         "foreach ( $wp_salt_names as $wp_salt_name ) {",
         "\tdefine( $wp_salt_name, getenv( 'WORDPRESS_' . $wp_salt_name ) );", "}", "",
         "// %s is not in the container env yet (ticket OPS-%d)" % (lit, r.randint(100, 999)),
         "define( '%s', %s );" % (lit, c.slot_for("php", "WORDPRESS_" + lit))] + wp_tail(r)
    return r.choice(["wp-config.php", "config/wp-config.php", "public/wp-config.php"]), J(L)


@tpl("wordpress", "salt", "wp_salt", "php", "AUTH_KEY", False)
def wp_salts_array(r, c):
    lit = r.choice(WP_SALT_NAMES)
    L = ["<?php", "/**", " * Salt overrides for the multisite network.", " */", "",
         "$network_salts = [",
         "\t'%s' => %s," % (lit, c.slot_for("php", "NETWORK_" + lit)), "];", "",
         "foreach ( $network_salts as $const => $value ) {",
         "\tif ( ! defined( $const ) ) {", "\t\tdefine( $const, $value );", "\t}", "}"]
    return r.choice(["wp-content/mu-plugins/network-salts.php", "config/salts-override.php"]), J(L)


@tpl("wordpress", "salt", "wp_salt", "env", "AUTH_SALT", True)
def bedrock_env_salt(r, c):
    b = brand(r)
    lit = r.choice(WP_SALT_NAMES)
    L = ["DB_NAME='%s'" % dbname(r, b), "DB_USER='%s'" % dbuser(r, b), "DB_PASSWORD=${PROD_DB_PASSWORD}",
         "DB_HOST='%s'" % host(r), "", "WP_ENV='production'", "WP_HOME='https://%s'" % domain(r, b),
         "WP_SITEURL=\"${WP_HOME}/wp\"", "",
         "# Generate your keys here: https://roots.io/salts.html"]
    for n in WP_SALT_NAMES:
        if n == lit:
            L.append("%s=%s" % (n, c.slot_for("env", n)))
        else:
            L.append("%s=${PROD_%s}" % (n, n))
    return c.envpath(["deploy/production.env", "config/env/production.env", "ops/bedrock.env"]), J(L)


@tpl("wordpress", "db_password", "password", "yaml_ans", "vault_mysql_password", False)
def trellis_vault(r, c):
    d = domain(r)
    L = ["# Documentation: https://roots.io/trellis/docs/vault/",
         "vault_mysql_root_password: \"{{ lookup('env', 'MYSQL_ROOT_PASSWORD') }}\"", "",
         "vault_users:", "  - name: \"{{ admin_user }}\"", "    password: \"{{ lookup('env', 'ADMIN_PASSWORD') }}\"",
         "    salt: \"{{ lookup('env', 'ADMIN_SALT') }}\"", "",
         "vault_wordpress_sites:", "  %s:" % d, "    env:", "      db_password: %s" % c.S,
         "      auth_key: \"{{ lookup('env', 'WP_AUTH_KEY') }}\"",
         "      secure_auth_key: \"{{ lookup('env', 'WP_SECURE_AUTH_KEY') }}\""]
    return r.choice(["trellis/group_vars/production/vault.yml", "group_vars/staging/vault.yml"]), J(L)


@tpl("wordpress", "db_password", "password", "yaml_compose", "WORDPRESS_DB_PASSWORD", True)
def compose_wp_db(r, c):
    b = brand(r)
    L = ["services:", "  wordpress:", "    image: wordpress:%s-php8.%d-apache" % (r.choice(["6.4", "6.5", "6.6", "6.7"]), r.randint(1, 3)),
         "    restart: unless-stopped", "    ports:", "      - \"%d:80\"" % r.choice([8080, 8000, 80]),
         "    environment:", "      WORDPRESS_DB_HOST: db", "      WORDPRESS_DB_USER: %s" % dbuser(r, b),
         "      WORDPRESS_DB_PASSWORD: %s" % c.S, "      WORDPRESS_DB_NAME: %s" % dbname(r, b),
         "      WORDPRESS_TABLE_PREFIX: %s" % wp_prefix(r), "    volumes:", "      - wp_data:/var/www/html",
         "  db:", "    image: mariadb:%s" % r.choice(["10.11", "11.4"]), "    environment:",
         "      MARIADB_DATABASE: %s" % dbname(r, b), "      MARIADB_RANDOM_ROOT_PASSWORD: \"1\"",
         "    volumes:", "      - db_data:/var/lib/mysql", "", "volumes:", "  wp_data:", "  db_data:"]
    return r.choice(["docker-compose.yml", "compose.yaml", "docker/docker-compose.prod.yml"]), J(L)


@tpl("wordpress", "salt", "wp_salt", "yaml_compose", "WORDPRESS_LOGGED_IN_KEY", True)
def compose_wp_salt(r, c):
    lit = r.choice(WP_SALT_NAMES)
    L = ["version: \"3.8\"", "services:", "  web:", "    build: .", "    env_file: ./docker/wordpress.env",
         "    environment:", "      WORDPRESS_CONFIG_EXTRA: |", "        define('WP_REDIS_HOST', 'redis');",
         "      WORDPRESS_%s: %s" % (lit, c.slot_for("yaml_compose", "WORDPRESS_" + lit)), "    depends_on:", "      - redis", "  redis:",
         "    image: redis:7-alpine"]
    return r.choice(["docker-compose.override.yml", "docker-compose.yml"]), J(L)


@tpl("wordpress", "db_password", "password", "docker", "WORDPRESS_DB_PASSWORD", True)
def dockerfile_wp(r, c):
    L = ["FROM wordpress:%s-fpm" % r.choice(["6.5", "6.6", "6.7"]), "",
         "RUN apt-get update && apt-get install -y --no-install-recommends less mariadb-client \\",
         "    && rm -rf /var/lib/apt/lists/*", "",
         "ENV WORDPRESS_DB_HOST=%s" % host(r), "ENV WORDPRESS_DB_USER=%s" % dbuser(r, brand(r)),
         "ENV WORDPRESS_DB_PASSWORD=%s" % c.S, "ENV WORDPRESS_DB_NAME=wordpress", "",
         "COPY wp-content/themes/ /var/www/html/wp-content/themes/",
         "COPY --chown=www-data:www-data uploads.ini /usr/local/etc/php/conf.d/uploads.ini"]
    return r.choice(["Dockerfile", "docker/wordpress/Dockerfile"]), J(L)


@tpl("wordpress", "salt", "wp_salt", "sql", "auth_salt", False)
def sql_wp_options_salt(r, c):
    d = domain(r)
    opt = r.choice(["auth_salt", "secure_auth_salt", "logged_in_salt", "nonce_salt"])
    rows = [(1, "siteurl", "https://%s" % d, "yes"), (2, "home", "https://%s" % d, "yes"),
            (3, "blogname", sitename(r, d.split(".")[0]), "yes"),
            (4, "blogdescription", "Just another WordPress site", "yes"),
            (6, "admin_email", email(r), "yes"), (r.randint(100, 300), opt, None, "no"),
            (r.randint(301, 400), "db_version", str(r.choice([55853, 56657, 57155, 58975])), "yes")]
    L = ["-- MySQL dump 10.13  Distrib 8.0.%d, for Linux (x86_64)" % r.randint(30, 39), "--",
         "-- Host: %s    Database: %s" % (host(r), dbname(r, brand(r))),
         "-- ------------------------------------------------------", "",
         "LOCK TABLES `wp_options` WRITE;", "/*!40000 ALTER TABLE `wp_options` DISABLE KEYS */;",
         "INSERT INTO `wp_options` (`option_id`, `option_name`, `option_value`, `autoload`) VALUES"]
    for i, (oid, n, v, a) in enumerate(rows):
        val = c.S if v is None else "'%s'" % v
        L.append("(%d,'%s',%s,'%s')%s" % (oid, n, val, a, ";" if i == len(rows) - 1 else ","))
    L += ["/*!40000 ALTER TABLE `wp_options` ENABLE KEYS */;", "UNLOCK TABLES;"]
    return r.choice(["db/dump.sql", "backups/wp_options.sql", "sql/%s.sql" % date(r)]), J(L)


@tpl("wordpress", "db_password", "password", "sh", "dbpass", False)
def sh_wp_config_create(r, c):
    b = brand(r)
    L = ["#!/usr/bin/env bash", "set -euo pipefail", "", "SITE_DIR=/var/www/%s" % b, "cd \"$SITE_DIR\"", "",
         "wp core download --locale=%s --skip-content" % r.choice(["en_US", "de_DE", "nl_NL", "fr_FR"]),
         "wp config create \\", "  --dbname=%s \\" % dbname(r, b), "  --dbuser=%s \\" % dbuser(r, b),
         "  --dbpass=%s \\" % c.S, "  --dbhost=%s \\" % host(r), "  --dbprefix=%s \\" % wp_prefix(r),
         "  --skip-check", "wp core install --url=https://%s --title=\"%s\" --admin_user=admin --admin_email=%s --skip-email"
         % (domain(r, b), sitename(r, b), email(r, b)),
         "wp rewrite structure '/%postname%/'"]
    return r.choice(["bin/provision.sh", "scripts/install-wp.sh", "deploy/bootstrap.sh"]), J(L)


@tpl("wordpress", "salt", "wp_salt", "sh", "SECURE_AUTH_KEY", False)
def sh_wp_config_set_salt(r, c):
    lit = r.choice(WP_SALT_NAMES)
    L = ["#!/bin/sh", "# rotate one salt after the staging copy was shared", "set -e", "",
         "wp config set %s %s --type=constant --path=/srv/www/current/web/wp" % (lit, c.slot_for("sh", "WORDPRESS_" + lit)),
         "wp cache flush", "echo \"salt rotated, all sessions for %s are now invalid\"" % lit]
    return r.choice(["scripts/rotate-salt.sh", "ops/rotate_salt.sh"]), J(L)


@tpl("wordpress", "db_password", "password", "php", "DB_PASSWORD", True)
def md_wp_install_notes(r, c):
    b = brand(r)
    d = domain(r, b)
    L = ["# %s - server notes" % sitename(r, b), "",
         "Production runs on the shared host, WordPress %s." % version(r, 6), "",
         "## Database", "", "| setting | value |", "|---|---|",
         "| host | `%s` |" % host(r), "| database | `%s` |" % dbname(r, b), "| user | `%s` |" % dbuser(r, b),
         "", "Set the password in `wp-config.php`:", "", "```php",
         "define( 'DB_PASSWORD', %s );" % c.S, "```", "",
         "## Deploy", "", "1. `git pull` on the server", "2. `wp core update-db`",
         "3. Purge the cache in the admin bar", "", "Staging: https://staging.%s" % d]
    return r.choice(["docs/server.md", "README.md", "docs/INSTALL.md", "notes/hosting.md"]), J(L)


@tpl("wordpress", "db_password", "password", "htaccess", "DB_PASSWORD", True)
def htaccess_setenv(r, c):
    L = ["# BEGIN environment", "SetEnv WP_ENVIRONMENT_TYPE production", "SetEnv DB_NAME %s" % dbname(r, brand(r)),
         "SetEnv DB_PASSWORD %s" % c.S, "# END environment", "",
         "# BEGIN WordPress", "<IfModule mod_rewrite.c>", "RewriteEngine On", "RewriteBase /",
         "RewriteRule ^index\\.php$ - [L]", "RewriteCond %{REQUEST_FILENAME} !-f",
         "RewriteCond %{REQUEST_FILENAME} !-d", "RewriteRule . /index.php [L]", "</IfModule>", "# END WordPress"]
    return r.choice([".htaccess", "public/.htaccess", "htdocs/.htaccess"]), J(L)


@tpl("mysql", "db_password", "password", "yaml_ans", "password", False)
def ansible_mysql_user(r, c):
    b = brand(r)
    L = ["---", "- name: Create the %s database" % b, "  community.mysql.mysql_db:",
         "    name: %s" % dbname(r, b), "    state: present", "",
         "- name: Create the application user", "  community.mysql.mysql_user:",
         "    name: %s" % dbuser(r, b), "    host: \"%\"", "    password: %s" % c.S,
         "    priv: \"%s.*:ALL\"" % dbname(r, b), "    state: present", "  no_log: true"]
    return r.choice(["roles/mysql/tasks/main.yml", "ansible/roles/db/tasks/users.yml"]), J(L)


@tpl("wordpress", "db_password", "password", "tf", "wordpress_db_password", True)
def tf_wp_db(r, c):
    b = brand(r)
    L = ['variable "region" {', '  default = "eu-west-1"', "}", "",
         'variable "wordpress_db_password" {', '  type      = string',
         '  sensitive = true', "  default   = %s" % c.S, "}", "",
         'resource "aws_db_instance" "wordpress" {', '  identifier        = "%s-wp"' % b,
         '  engine            = "mariadb"', '  instance_class    = "db.t4g.micro"', "  allocated_storage = 20",
         '  username          = "wpadmin"', "  password          = var.wordpress_db_password",
         "  skip_final_snapshot = true", "}"]
    return r.choice(["infra/rds.tf", "terraform/wordpress/variables.tf", "main.tf"]), J(L)


@tpl("wordpress", "db_password", "password", "yaml", "WORDPRESS_DB_PASSWORD", True)
def k8s_secret_stringdata(r, c):
    b = brand(r)
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-wordpress" % b,
         "  namespace: %s" % r.choice(["web", "wordpress", b]), "type: Opaque", "stringData:",
         "  WORDPRESS_DB_USER: %s" % dbuser(r, b), "  WORDPRESS_DB_PASSWORD: %s" % c.S,
         "  WORDPRESS_DB_NAME: %s" % dbname(r, b)]
    return r.choice(["k8s/wordpress-secret.yaml", "deploy/k8s/secret.yaml", "charts/site/templates/secret.yaml"]), J(L)


@tpl("wordpress", "db_password", "password", "yaml", "dbpass", False)
def wp_cli_yml(r, c):
    b = brand(r)
    L = ["path: web/wp", "url: https://%s" % domain(r, b), "", "config create:",
         "  dbname: %s" % dbname(r, b), "  dbuser: %s" % dbuser(r, b), "  dbpass: %s" % c.S,
         "  dbhost: %s" % host(r), "  extra-php: |", "    define( 'WP_DEBUG', false );", "",
         "apache_modules:", "  - mod_rewrite"]
    return "wp-cli.yml", J(L)


# ---- WooCommerce ----------------------------------------------------------
@tpl("woocommerce", "rest_consumer_secret", "woo_cs", "php", "WC_CONSUMER_SECRET", False)
def woo_php_client(r, c):
    d = domain(r)
    L = ["<?php", "", "require __DIR__ . '/vendor/autoload.php';", "", "use Automattic\\WooCommerce\\Client;", "",
         "$woocommerce = new Client(", "    'https://%s'," % d, "    %s," % c.ck_ref("php", "WC_CONSUMER_KEY"),
         "    %s," % c.S, "    [", "        'version' => 'wc/v3',", "        'timeout' => %d," % r.choice([15, 30, 60]),
         "    ]", ");", "", "$orders = $woocommerce->get('orders', ['status' => 'processing', 'per_page' => 50]);",
         "foreach ($orders as $order) {", "    printf(\"%d %s\\n\", $order->id, $order->billing->email);", "}"]
    return r.choice(["sync/export-orders.php", "scripts/woo_orders.php", "src/Sync/OrderExport.php"]), J(L)


@tpl("woocommerce", "rest_consumer_secret", "woo_cs", "js", "WOOCOMMERCE_CONSUMER_SECRET", False)
def woo_js_client(r, c):
    d = domain(r)
    L = ['import WooCommerceRestApi from "@woocommerce/woocommerce-rest-api";', "",
         "export const api = new WooCommerceRestApi({", "  url: 'https://%s'," % d,
         "  consumerKey: %s," % (c.ck_ref("js", "WOOCOMMERCE_CONSUMER_KEY")),
         "  consumerSecret: %s," % c.S, "  version: 'wc/v3',", "  queryStringAuth: %s," % r.choice(["true", "false"]),
         "});", "", "export async function fetchProducts(page = 1) {",
         "  const { data } = await api.get('products', { per_page: 100, page });", "  return data;", "}"]
    return r.choice(["src/lib/woocommerce.js", "lib/wc.ts", "services/shop.js"]), J(L)


@tpl("woocommerce", "rest_consumer_secret", "woo_cs", "py", "WC_CONSUMER_SECRET", False)
def woo_py_client(r, c):
    d = domain(r)
    L = ["from woocommerce import API", "", "", "def client():", "    return API(",
         '        url="https://%s",' % d, "        consumer_key=%s," % c.ck_ref("py", "WC_CONSUMER_KEY"),
         "        consumer_secret=%s," % c.S, '        version="wc/v3",', "        timeout=%d," % r.choice([20, 30]),
         "    )", "", "", "if __name__ == \"__main__\":",
         '    for p in client().get("products", params={"per_page": 20}).json():',
         '        print(p["id"], p["sku"], p["stock_quantity"])']
    return r.choice(["tools/woo_stock.py", "sync/woo_client.py", "scripts/stock_report.py"]), J(L)


@tpl("woocommerce", "rest_consumer_secret", "woo_cs", "env", "WOOCOMMERCE_CONSUMER_SECRET", True)
def woo_env(r, c):
    d = domain(r)
    L = ["NEXT_PUBLIC_SITE_URL=https://%s" % d, "WOOCOMMERCE_URL=https://%s" % d,
         "WOOCOMMERCE_CONSUMER_KEY=%s" % (c.ck("env") if not (c.neg and c.cat == "env_ref") else "${PROD_WOOCOMMERCE_CONSUMER_KEY}"),
         "WOOCOMMERCE_CONSUMER_SECRET=%s" % c.S, "REVALIDATE_SECONDS=%d" % r.choice([60, 300, 3600])]
    return c.envpath(["frontend/production.env", "deploy/storefront.env"]), J(L)


@tpl("woocommerce", "rest_consumer_secret", "woo_cs", "sh", "consumer_secret", False)
def woo_curl(r, c):
    d = domain(r)
    ck = c.ck("sh")
    if c.neg and c.cat == "env_ref":
        auth = '-u "${WC_KEY}:${WC_SECRET}"'
        c_S = None
    else:
        raw = c.S[1:-1] if c.S.startswith("'") else c.S
        auth = "-u '%s:%s'" % (ck, raw)
    L = ["#!/usr/bin/env bash", "# nightly: mark stale pending orders as cancelled", "set -eu", "",
         "curl -sS -X PUT https://%s/wp-json/wc/v3/orders/batch \\" % d, "  %s \\" % auth,
         "  -H 'Content-Type: application/json' \\", "  --data @stale-orders.json"]
    return r.choice(["cron/cancel-stale-orders.sh", "bin/woo-batch.sh"]), J(L)


@tpl("woocommerce", "rest_consumer_secret", "woo_cs", "json", "consumer_secret", True)
def woo_json(r, c):
    d = domain(r)
    L = ["{", '  "shop": {', '    "url": "https://%s",' % d, '    "api_version": "wc/v3",',
         '    "consumer_key": %s,' % c.ck_ref("json", "WC_CONSUMER_KEY"), '    "consumer_secret": %s,' % c.S,
         '    "verify_ssl": true', "  },", '  "sync": {', '    "interval_minutes": %d,' % r.choice([5, 15, 30]),
         '    "warehouse": "%s"' % r.choice(CITIES).lower(), "  }", "}"]
    return r.choice(["config/shop.json", "settings/woocommerce.json", "connector.config.json"]), J(L)


@tpl("woocommerce", "rest_consumer_secret", "woo_cs", "props", "woocommerce.api.secret", False)
def woo_props(r, c):
    d = domain(r)
    L = ["# ERP connector", "woocommerce.base-url=https://%s/wp-json/wc/v3" % d,
         "woocommerce.api.key=%s" % (c.ck("props") if not (c.neg and c.cat == "env_ref") else "${WC_KEY}"),
         "woocommerce.api.secret=%s" % c.S, "woocommerce.page-size=100", "erp.poll.cron=0 */10 * * * *"]
    return r.choice(["src/main/resources/application.properties", "connector/woo.properties"]), J(L)


@tpl("woocommerce", "rest_consumer_secret", "woo_cs", "url", "consumer_secret", False)
def woo_url_log(r, c):
    d = domain(r)
    ck = c.ck("url")
    L = []
    for i in range(r.randint(2, 4)):
        L.append("[%s] INFO sync: GET /wp-json/wc/v3/products?page=%d 200 %dms" % (ts(r), i + 1, r.randint(80, 900)))
    L.append("[%s] DEBUG http: GET https://%s/wp-json/wc/v3/orders?consumer_key=%s&consumer_secret=%s&status=processing"
             % (ts(r), d, ck, c.S))
    L.append("[%s] INFO sync: %d orders imported" % (ts(r), r.randint(1, 80)))
    return r.choice(["logs/sync.log", "var/log/woo-import.log"]), J(L)


@tpl("woocommerce", "rest_consumer_secret", "woo_cs", "sql", "consumer_secret", False)
def woo_sql_keys(r, c):
    ck_hash = hexs(r, 64)
    L = ["-- Dumping data for table `wp_woocommerce_api_keys`", "--", "",
         "INSERT INTO `wp_woocommerce_api_keys` (`key_id`, `user_id`, `description`, `permissions`, `consumer_key`, `consumer_secret`, `nonces`, `truncated_key`, `last_access`) VALUES",
         "(%d, 1, '%s', 'read_write', '%s', %s, NULL, '%s', '%s');" % (
             r.randint(1, 40), r.choice(["ERP sync", "Zapier", "Mobile app", "Fulfilment"]), ck_hash, c.S,
             hexs(r, 7), ts(r))]
    return r.choice(["db/woocommerce_api_keys.sql", "backup/wc_keys.sql"]), J(L)


@tpl("woocommerce", "rest_consumer_secret", "woo_cs", "toml", "consumer_secret", True)
def woo_toml(r, c):
    d = domain(r)
    L = ["[shop]", 'base_url = "https://%s"' % d, 'consumer_key = %s' % render_lit("toml", c.ck("toml")),
         "consumer_secret = %s" % c.S, "", "[export]", 'format = "csv"', 'target = "s3://%s-exports/orders/"' % brand(r)]
    return r.choice(["exporter.toml", "config/woo-export.toml"]), J(L)


# ---- Magento ---------------------------------------------------------------
def magento_env(r, c, crypt, dbpw):
    b = brand(r)
    L = ["<?php", "return [", "    'backend' => [", "        'frontName' => 'admin_%s'" % rs(r, LOWER_ALNUM, 6), "    ],",
         "    'remote_storage' => [", "        'driver' => 'file'", "    ],", "    'queue' => [",
         "        'consumers_wait_for_messages' => 1", "    ],", "    'crypt' => [", "        'key' => %s" % crypt, "    ],",
         "    'db' => [", "        'table_prefix' => '',", "        'connection' => [", "            'default' => [",
         "                'host' => '%s'," % host(r), "                'dbname' => '%s'," % dbname(r, b, "mage_"),
         "                'username' => '%s'," % dbuser(r, b), "                'password' => %s," % dbpw,
         "                'model' => 'mysql4',", "                'engine' => 'innodb',",
         "                'initStatements' => 'SET NAMES utf8;',", "                'active' => '1',",
         "                'driver_options' => [", "                    1014 => false", "                ]",
         "            ]", "        ]", "    ],", "    'resource' => [", "        'default_setup' => [",
         "            'connection' => 'default'", "        ]", "    ],", "    'x-frame-options' => 'SAMEORIGIN',",
         "    'MAGE_MODE' => '%s'," % r.choice(["production", "developer", "default"]),
         "    'session' => [", "        'save' => '%s'" % r.choice(["files", "redis", "db"]), "    ],",
         "    'cache' => [", "        'frontend' => [", "            'default' => [",
         "                'id_prefix' => '%s_'" % hexs(r, 3), "            ],", "            'page_cache' => [",
         "                'id_prefix' => '%s_'" % hexs(r, 3), "            ]", "        ],",
         "        'allow_parallel_generation' => false", "    ],", "    'lock' => [", "        'provider' => 'db'", "    ],",
         "    'install' => [", "        'date' => '%s'" % r.choice(["Mon, 04 Mar 2024 10:12:44 +0000", "Tue, 17 Oct 2023 08:01:09 +0000",
                                                                    "Fri, 12 Jan 2024 15:40:31 +0000"]), "    ]", "];"]
    return r.choice(["app/etc/env.php", "magento/app/etc/env.php"]), J(L)


@tpl("magento", "crypt_key", "magento_old", "php", "CRYPT_KEY", True)
def magento_env_crypt_old(r, c):
    return magento_env(r, c, c.S, c.ref("php", "MAGENTO_DB_PASSWORD"))


@tpl("magento", "crypt_key", "magento_new", "php", "CRYPT_KEY", True)
def magento_env_crypt_new(r, c):
    return magento_env(r, c, c.S, c.ref("php", "MAGENTO_DB_PASSWORD"))


@tpl("magento", "db_password", "password", "php", "MAGENTO_DB_PASSWORD", True)
def magento_env_db(r, c):
    return magento_env(r, c, c.ref("php", "MAGENTO_CRYPT_KEY"), c.S)


def magento1_local_xml(r, key, pw):
    b = brand(r)
    L = ['<?xml version="1.0"?>', "<config>", "    <global>", "        <install>",
         "            <date><![CDATA[%s]]></date>" % r.choice(["Wed, 12 Jun 2013 09:11:02 +0000", "Thu, 03 Apr 2014 14:21:55 +0000"]),
         "        </install>", "        <crypt>", "            <key>%s</key>" % key, "        </crypt>",
         "        <disable_local_modules>false</disable_local_modules>", "        <resources>",
         "            <db>", "                <table_prefix><![CDATA[]]></table_prefix>", "            </db>",
         "            <default_setup>", "                <connection>",
         "                    <host><![CDATA[%s]]></host>" % host(r),
         "                    <username><![CDATA[%s]]></username>" % dbuser(r, b),
         "                    <password>%s</password>" % pw,
         "                    <dbname><![CDATA[%s]]></dbname>" % dbname(r, b, "mage_"),
         "                    <initStatements><![CDATA[SET NAMES utf8]]></initStatements>",
         "                    <model><![CDATA[mysql4]]></model>", "                    <type><![CDATA[pdo_mysql]]></type>",
         "                    <active>1</active>", "                </connection>", "            </default_setup>",
         "        </resources>", "        <session_save><![CDATA[files]]></session_save>", "    </global>",
         "    <admin>", "        <routers>", "            <adminhtml>", "                <args>",
         "                    <frontName><![CDATA[admin]]></frontName>", "                </args>",
         "            </adminhtml>", "        </routers>", "    </admin>", "</config>"]
    return r.choice(["app/etc/local.xml", "magento/app/etc/local.xml"]), J(L)


@tpl("magento", "crypt_key", "magento_old", "cdata", "KEY", False)
def magento1_key(r, c):
    return magento1_local_xml(r, c.S, "<![CDATA[{{db_pass}}]]>")


@tpl("magento", "db_password", "password", "cdata", "DB_PASS", False)
def magento1_pw(r, c):
    return magento1_local_xml(r, "<![CDATA[{{key}}]]>", c.S)


@tpl("magento", "db_password", "password", "sh", "db-password", False)
def magento_setup_install_db(r, c):
    b = brand(r)
    d = domain(r, b)
    L = ["#!/bin/bash", "set -e", "cd /var/www/magento", "", "bin/magento setup:install \\",
         "  --base-url=https://%s/ \\" % d, "  --db-host=%s \\" % host(r), "  --db-name=%s \\" % dbname(r, b, "mage_"),
         "  --db-user=%s \\" % dbuser(r, b), "  --db-password=%s \\" % c.S,
         "  --admin-firstname=Admin --admin-lastname=User \\", "  --admin-email=%s \\" % email(r, b),
         "  --admin-user=admin --admin-password=\"$ADMIN_PASSWORD\" \\",
         "  --language=%s --currency=EUR --timezone=Europe/Berlin \\" % r.choice(["en_US", "de_DE", "nl_NL"]),
         "  --use-rewrites=1 --search-engine=opensearch --opensearch-host=opensearch", "",
         "bin/magento deploy:mode:set production"]
    return r.choice(["bin/install-magento.sh", "docker/magento/install.sh"]), J(L)


@tpl("magento", "crypt_key", "magento_old", "sh", "key", False)
def magento_setup_install_key(r, c):
    L = ["#!/bin/bash", "# restore staging from the production backup; the crypt key must match", "set -euo pipefail", "",
         "bin/magento setup:config:set \\", "  --db-host=\"$DB_HOST\" --db-name=\"$DB_NAME\" \\",
         "  --db-user=\"$DB_USER\" --db-password=\"$DB_PASSWORD\" \\", "  --key=%s \\" % c.S,
         "  --backend-frontname=admin_%s -n" % rs(r, LOWER_ALNUM, 5), "bin/magento setup:upgrade --keep-generated",
         "bin/magento cache:flush"]
    return r.choice(["scripts/restore-staging.sh", "ops/magento-config.sh"]), J(L)


@tpl("magento", "db_password", "password", "yaml_compose", "MAGENTO_DATABASE_PASSWORD", True)
def compose_magento(r, c):
    b = brand(r)
    L = ["services:", "  magento:", "    image: bitnami/magento:2", "    ports:", "      - '80:8080'",
         "    environment:", "      - MAGENTO_HOST=%s" % domain(r, b), "      - MAGENTO_DATABASE_HOST=mariadb",
         "      - MAGENTO_DATABASE_PORT_NUMBER=3306", "      - MAGENTO_DATABASE_USER=%s" % dbuser(r, b),
         "      - MAGENTO_DATABASE_NAME=%s" % dbname(r, b, "mage_"),
         "      - MAGENTO_DATABASE_PASSWORD=%s" % (c.S.strip('"') if not c.S.startswith("'") else c.S[1:-1]),
         "      - ELASTICSEARCH_HOST=elasticsearch", "    depends_on:", "      - mariadb", "      - elasticsearch"]
    return r.choice(["docker-compose.yml", "magento/docker-compose.yml"]), J(L)


@tpl("magento", "crypt_key", "magento_new", "yaml_ans", "magento_crypt_key", True)
def ansible_magento(r, c):
    b = brand(r)
    L = ["---", "magento_base_url: https://%s/" % domain(r, b), "magento_mode: production",
         "magento_db_name: %s" % dbname(r, b, "mage_"), "magento_db_user: %s" % dbuser(r, b),
         "magento_db_password: \"{{ vault_magento_db_password }}\"", "magento_crypt_key: %s" % c.S,
         "magento_admin_frontname: admin_%s" % rs(r, LOWER_ALNUM, 6), "php_version: \"8.%d\"" % r.randint(1, 3)]
    return r.choice(["group_vars/magento_prod.yml", "inventories/production/group_vars/web.yml"]), J(L)


# ---- Drupal ----------------------------------------------------------------
def drupal_settings(r, salt, pw, d7=False):
    b = brand(r)
    L = ["<?php", "", "// phpcs:ignoreFile", ""]
    L += ["$databases['default']['default'] = [", "  'database' => '%s'," % dbname(r, b, "drupal_"),
          "  'username' => '%s'," % dbuser(r, b), "  'password' => %s," % pw, "  'prefix' => '',",
          "  'host' => '%s'," % host(r), "  'port' => '3306',",
          "  'isolation_level' => 'READ COMMITTED',", "  'driver' => 'mysql',",
          "  'namespace' => 'Drupal\\\\mysql\\\\Driver\\\\Database\\\\mysql',",
          "  'autoload' => 'core/modules/mysql/src/Driver/Database/mysql/',", "];", "",
          "/**", " * Salt for one-time login links, cancel links, form tokens, etc.", " */",
          "$settings['hash_salt'] = %s;" % salt, "",
          "$settings['update_free_access'] = FALSE;",
          "$settings['config_sync_directory'] = '../config/sync';",
          "$settings['trusted_host_patterns'] = ['^%s$'];" % domain(r, b).replace(".", "\\."),
          "$settings['file_private_path'] = '../private';",
          "$settings['container_yamls'][] = $app_root . '/' . $site_path . '/services.yml';", "",
          "if (file_exists($app_root . '/' . $site_path . '/settings.local.php')) {",
          "  include $app_root . '/' . $site_path . '/settings.local.php';", "}"]
    return r.choice(["web/sites/default/settings.php", "docroot/sites/default/settings.php", "sites/default/settings.php"]), J(L)


@tpl("drupal", "hash_salt", "drupal_salt", "php", "DRUPAL_HASH_SALT", True)
def drupal_hash_salt(r, c):
    return drupal_settings(r, c.S, c.ref("php", "DRUPAL_DB_PASSWORD"))


@tpl("drupal", "db_password", "password", "php", "DRUPAL_DB_PASSWORD", True)
def drupal_db(r, c):
    return drupal_settings(r, c.ref("php", "DRUPAL_HASH_SALT"), c.S)


@tpl("drupal", "hash_salt", "drupal_salt", "php", "drupal_hash_salt", True)
def drupal7_salt(r, c):
    b = brand(r)
    L = ["<?php", "", "$databases = array(", "  'default' => array(", "    'default' => array(",
         "      'database' => '%s'," % dbname(r, b, "d7_"), "      'username' => '%s'," % dbuser(r, b),
         "      'password' => getenv('D7_DB_PASS'),", "      'host' => '%s'," % host(r), "      'port' => '',",
         "      'driver' => 'mysql',", "      'prefix' => '',", "    ),", "  ),", ");", "",
         "$update_free_access = FALSE;", "", "/**", " * Salt for one-time login links and cancel links, form tokens, etc.",
         " */", "$drupal_hash_salt = %s;" % c.S, "", "ini_set('session.gc_probability', 1);",
         "ini_set('session.gc_divisor', 100);", "ini_set('session.gc_maxlifetime', 200000);",
         "ini_set('session.cookie_lifetime', 2000000);", "", "$conf['404_fast_paths_exclude'] = '/\\/(?:styles)|(?:system\\/files)\\//';"]
    return r.choice(["sites/default/settings.php", "htdocs/sites/default/settings.php"]), J(L)


@tpl("drupal", "db_password", "password", "url", "DB_PASSWORD", False)
def drush_site_install(r, c):
    b = brand(r)
    L = ["#!/usr/bin/env bash", "set -e", "", "vendor/bin/drush site:install standard \\",
         "  --db-url=mysql://%s:%s@%s:3306/%s \\" % (dbuser(r, b), c.S, host(r), dbname(r, b, "drupal_")),
         "  --site-name=\"%s\" \\" % sitename(r, b), "  --account-name=admin \\",
         "  --account-mail=%s \\" % email(r, b), "  --locale=%s -y" % r.choice(["en", "de", "nl", "fr"]),
         "vendor/bin/drush cr"]
    return r.choice(["scripts/site-install.sh", "bin/reinstall.sh"]), J(L)


@tpl("drupal", "hash_salt", "drupal_salt", "yaml_ans", "drupal_hash_salt", True)
def ansible_drupal(r, c):
    b = brand(r)
    L = ["---", "drupal_domain: %s" % domain(r, b), "drupal_core_path: \"/var/www/%s/web\"" % b,
         "drupal_db_name: %s" % dbname(r, b, "drupal_"), "drupal_db_user: %s" % dbuser(r, b),
         "drupal_db_password: \"{{ vault_drupal_db_password }}\"", "drupal_hash_salt: %s" % c.S,
         "drupal_install_profile: standard", "drupal_enable_modules: [admin_toolbar, pathauto, redirect]"]
    return r.choice(["provisioning/vars/prod.yml", "host_vars/web1.yml"]), J(L)


# ---- Joomla ----------------------------------------------------------------
def joomla_conf(r, secret, pw, smtp):
    b = brand(r)
    L = ["<?php", "class JConfig {", "\tpublic $offline = false;",
         "\tpublic $offline_message = 'This site is down for maintenance.<br>Please check back again soon.';",
         "\tpublic $display_offline_message = 1;", "\tpublic $sitename = '%s';" % sitename(r, b),
         "\tpublic $editor = 'tinymce';", "\tpublic $captcha = '0';", "\tpublic $list_limit = 20;",
         "\tpublic $access = 1;", "\tpublic $debug = false;", "\tpublic $dbtype = 'mysqli';",
         "\tpublic $host = '%s';" % host(r), "\tpublic $user = '%s';" % dbuser(r, b),
         "\tpublic $password = %s;" % pw, "\tpublic $db = '%s';" % dbname(r, b, "joomla_"),
         "\tpublic $dbprefix = '%s_';" % rs(r, string.ascii_lowercase + string.digits, 5),
         "\tpublic $dbencryption = 0;", "\tpublic $secret = %s;" % secret, "\tpublic $gzip = false;",
         "\tpublic $error_reporting = 'default';",
         "\tpublic $helpurl = 'https://help.joomla.org/proxy?keyref=Help{major}{minor}:{keyref}&lang={langcode}';",
         "\tpublic $tmp_path = '/var/www/%s/tmp';" % b, "\tpublic $log_path = '/var/www/%s/administrator/logs';" % b,
         "\tpublic $live_site = '';", "\tpublic $force_ssl = 2;", "\tpublic $offset = 'Europe/Berlin';",
         "\tpublic $mailonline = true;", "\tpublic $mailer = 'smtp';", "\tpublic $mailfrom = 'shop@%s';" % domain(r, b),
         "\tpublic $fromname = '%s';" % sitename(r, b), "\tpublic $smtpauth = true;",
         "\tpublic $smtpuser = 'noreply@%s';" % domain(r, b), "\tpublic $smtppass = %s;" % smtp,
         "\tpublic $smtphost = 'smtp.%s';" % domain(r, b), "\tpublic $smtpsecure = 'tls';", "\tpublic $smtpport = 587;",
         "\tpublic $caching = 0;", "\tpublic $cache_handler = 'file';", "\tpublic $cachetime = 15;",
         "\tpublic $lifetime = 15;", "\tpublic $session_handler = 'database';", "\tpublic $shared_session = false;", "}"]
    return r.choice(["configuration.php", "public_html/configuration.php"]), J(L)


@tpl("joomla", "app_secret", "joomla_secret", "php_prop", "JOOMLA_SECRET", True)
def joomla_secret(r, c):
    return joomla_conf(r, c.S, "''", "''")


@tpl("joomla", "db_password", "password", "php_prop", "JOOMLA_DB_PASSWORD", True)
def joomla_db(r, c):
    return joomla_conf(r, "''", c.S, "''")


@tpl("joomla", "smtp_password", "password", "php_prop", "JOOMLA_SMTP_PASS", True)
def joomla_smtp(r, c):
    return joomla_conf(r, "''", "''", c.S)


# ---- PrestaShop --------------------------------------------------------------
def ps_params(r, c, slot_key, S, pem_lines=None):
    b = brand(r)
    vals = {"database_password": c.ref("php", "PS_DB_PASSWORD"), "secret": c.ref("php", "PS_SECRET"),
            "cookie_key": c.ref("php", "PS_COOKIE_KEY"), "cookie_iv": c.ref("php", "PS_COOKIE_IV"),
            "new_cookie_key": c.ref("php", "PS_NEW_COOKIE_KEY")}
    vals[slot_key] = S
    L = ["<?php return array (", "  'parameters' => ", "  array (", "    'database_host' => '%s'," % host(r),
         "    'database_port' => '',", "    'database_name' => '%s'," % dbname(r, b, "ps_"),
         "    'database_user' => '%s'," % dbuser(r, b), "    'database_password' => %s," % vals["database_password"],
         "    'database_prefix' => 'ps_',", "    'database_engine' => 'InnoDB',", "    'mailer_transport' => 'smtp',",
         "    'mailer_host' => '127.0.0.1',", "    'mailer_user' => NULL,", "    'mailer_password' => NULL,",
         "    'secret' => %s," % vals["secret"], "    'ps_caching' => 'CacheMemcache',", "    'ps_cache_enable' => false,",
         "    'ps_creation_date' => '%s'," % date(r), "    'locale' => '%s'," % r.choice(["en-US", "fr-FR", "de-DE", "es-ES"]),
         "    'use_debug_toolbar' => false,", "    'cookie_key' => %s," % vals["cookie_key"],
         "    'cookie_iv' => %s," % vals["cookie_iv"], "    'new_cookie_key' => %s," % vals["new_cookie_key"]]
    if pem_lines is not None:
        L += ["    'api_private_key' => '" + pem_lines[0]] + pem_lines[1:-1] + [pem_lines[-1] + "\n',"]
    L += ["  ),", ");"]
    return r.choice(["app/config/parameters.php", "shop/app/config/parameters.php"]), J(L)


@tpl("prestashop", "cookie_key", "ps64", "php", "PS_COOKIE_KEY", True)
def ps_cookie_key(r, c):
    return ps_params(r, c, "cookie_key", c.S)


@tpl("prestashop", "db_password", "password", "php", "PS_DB_PASSWORD", True)
def ps_db(r, c):
    return ps_params(r, c, "database_password", c.S)


@tpl("prestashop", "crypt_key", "ps_defuse", "php", "PS_NEW_COOKIE_KEY", True)
def ps_new_cookie(r, c):
    return ps_params(r, c, "new_cookie_key", c.S)


@tpl("prestashop", "app_secret", "ps64", "php", "PS_SECRET", True)
def ps_secret(r, c):
    return ps_params(r, c, "secret", c.S)


@tpl("prestashop", "cookie_key", "ps56", "php", "_COOKIE_KEY_", True)
def ps16_settings(r, c):
    b = brand(r)
    L = ["<?php", "define('_DB_SERVER_', '%s');" % host(r), "define('_DB_NAME_', '%s');" % dbname(r, b, "ps_"),
         "define('_DB_USER_', '%s');" % dbuser(r, b), "define('_DB_PASSWD_', getenv('PS_DB_PASSWD'));",
         "define('_DB_PREFIX_', 'ps_');", "define('_MYSQL_ENGINE_', 'InnoDB');", "define('_PS_CACHING_SYSTEM_', 'CacheMemcache');",
         "define('_PS_CACHE_ENABLED_', '0');", "define('_COOKIE_KEY_', %s);" % c.S,
         "define('_COOKIE_IV_', getenv('PS_COOKIE_IV'));", "define('_PS_CREATION_DATE_', '%s');" % date(r, 2015, 2019),
         "if (!defined('_PS_VERSION_'))", "\tdefine('_PS_VERSION_', '1.6.1.%d');" % r.randint(10, 24),
         "define('_RIJNDAEL_KEY_', getenv('PS_RIJNDAEL_KEY'));", "define('_RIJNDAEL_IV_', getenv('PS_RIJNDAEL_IV'));"]
    return r.choice(["config/settings.inc.php", "shop/config/settings.inc.php"]), J(L)


@tpl("prestashop", "private_key", "pem_rsa", "php", "PS_API_PRIVATE_KEY", False)
def ps_api_private_key(r, c):
    b = brand(r)
    if c.neg:
        path, text = ps_params(r, c, "secret", c.ref("php", "PS_SECRET"))
        text = text.replace("  ),\n);", "    'api_private_key' => %s,\n  ),\n);" % c.S)
        return path, text
    return ps_params(r, c, "secret", c.ref("php", "PS_SECRET"), pem_lines=c.S.split("\n"))


# ---- OpenCart --------------------------------------------------------------
@tpl("opencart", "db_password", "password", "php", "DB_PASSWORD", True)
def opencart_config(r, c):
    b = brand(r)
    d = domain(r, b)
    admin = r.random() < 0.4
    base = "/var/www/%s/" % b
    L = ["<?php", "// APPLICATION", "define('APPLICATION', '%s');" % ("Admin" if admin else "Catalog"), "",
         "// HTTP", "define('HTTP_SERVER', 'https://%s/%s');" % (d, "admin/" if admin else ""),
         "", "// DIR", "define('DIR_OPENCART', '%s');" % base, "define('DIR_APPLICATION', DIR_OPENCART . '%s/');" % ("admin" if admin else "catalog"),
         "define('DIR_EXTENSION', DIR_OPENCART . 'extension/');", "define('DIR_IMAGE', DIR_OPENCART . 'image/');",
         "define('DIR_STORAGE', '/var/www/storage/');", "", "// DB", "define('DB_DRIVER', 'mysqli');",
         "define('DB_HOSTNAME', '%s');" % host(r), "define('DB_USERNAME', '%s');" % dbuser(r, b),
         "define('DB_PASSWORD', %s);" % c.S, "define('DB_DATABASE', '%s');" % dbname(r, b, "oc_"),
         "define('DB_PORT', 3306);", "define('DB_PREFIX', 'oc_');", "", "// OpenCart API",
         "define('OPENCART_SERVER', 'https://www.opencart.com/');"]
    return ("admin/config.php" if admin else r.choice(["config.php", "upload/config.php"])), J(L)


@tpl("opencart", "db_password", "password", "sh", "db_password", False)
def opencart_cli_install(r, c):
    b = brand(r)
    L = ["#!/bin/sh", "cd /var/www/html/install", "php cli_install.php install \\", "  --username admin \\",
         "  --email %s \\" % email(r, b), "  --password \"$OC_ADMIN_PASSWORD\" \\", "  --http_server https://%s/ \\" % domain(r, b),
         "  --db_driver mysqli \\", "  --db_hostname %s \\" % host(r), "  --db_username %s \\" % dbuser(r, b),
         "  --db_password %s \\" % c.S, "  --db_database %s \\" % dbname(r, b, "oc_"), "  --db_port 3306 \\",
         "  --db_prefix oc_", "rm -rf /var/www/html/install"]
    return r.choice(["docker/opencart/entrypoint.sh", "scripts/oc-install.sh"]), J(L)


# ---- Craft CMS ---------------------------------------------------------------
@tpl("craft", "app_secret", "craft", "env", "CRAFT_SECURITY_KEY", True)
def craft_env(r, c):
    b = brand(r)
    L = ["# Craft general settings", "CRAFT_APP_ID=CraftCMS--%s" % uuid4(r), "CRAFT_ENVIRONMENT=production",
         "CRAFT_SECURITY_KEY=%s" % c.S, "", "# Database", "CRAFT_DB_DRIVER=mysql", "CRAFT_DB_SERVER=%s" % host(r),
         "CRAFT_DB_PORT=3306", "CRAFT_DB_DATABASE=%s" % dbname(r, b, "craft_"), "CRAFT_DB_USER=%s" % dbuser(r, b),
         "CRAFT_DB_PASSWORD=${PROD_CRAFT_DB_PASSWORD}", "CRAFT_DB_SCHEMA=public", "CRAFT_DB_TABLE_PREFIX=",
         "", "PRIMARY_SITE_URL=https://%s" % domain(r, b), "CRAFT_DEV_MODE=false", "CRAFT_ALLOW_ADMIN_CHANGES=false"]
    return c.envpath(["deploy/craft.env", "config/production.env", "ops/env/craft-prod.env"]), J(L)


@tpl("craft", "app_secret", "craft", "php", "SECURITY_KEY", False)
def craft_general(r, c):
    L = ["<?php", "/**", " * General Configuration", " *", " * @see \\craft\\config\\GeneralConfig", " */", "",
         "return [", "    '*' => [", "        'defaultWeekStartDay' => 1,", "        'omitScriptNameInUrls' => true,",
         "        'cpTrigger' => '%s'," % r.choice(["admin", "cms", "backend"]),
         "        'securityKey' => %s," % c.S, "        'enableCsrfProtection' => true,", "    ],",
         "    'dev' => [", "        'devMode' => true,", "    ],", "    'production' => [",
         "        'siteUrl' => 'https://%s'," % domain(r), "    ],", "];"]
    return "config/general.php", J(L)


# ---- Laravel -------------------------------------------------------------------
@tpl("laravel", "app_key", "laravel", "env", "APP_KEY", True)
def laravel_env(r, c):
    b = brand(r)
    L = ["APP_NAME=\"%s\"" % sitename(r, b), "APP_ENV=production", "APP_KEY=%s" % c.S, "APP_DEBUG=false",
         "APP_URL=https://%s" % domain(r, b), "", "LOG_CHANNEL=stack", "LOG_LEVEL=warning", "",
         "DB_CONNECTION=mysql", "DB_HOST=%s" % host(r), "DB_PORT=3306", "DB_DATABASE=%s" % dbname(r, b),
         "DB_USERNAME=%s" % dbuser(r, b), "DB_PASSWORD=${PROD_DB_PASSWORD}", "",
         "CACHE_STORE=redis", "QUEUE_CONNECTION=redis", "SESSION_DRIVER=redis", "REDIS_HOST=redis"]
    return c.envpath(["deploy/production.env", "docker/app.env", ".deploy/prod.env"]), J(L)


@tpl("laravel", "app_key", "laravel", "php", "APP_KEY", False)
def laravel_app_php(r, c):
    L = ["<?php", "", "return [", "", "    'name' => env('APP_NAME', '%s')," % sitename(r, brand(r)), "",
         "    'env' => env('APP_ENV', 'production'),", "", "    'debug' => (bool) env('APP_DEBUG', false),", "",
         "    'url' => env('APP_URL', 'http://localhost'),", "", "    'timezone' => 'UTC',", "",
         "    'locale' => env('APP_LOCALE', 'en'),", "", "    'cipher' => 'AES-256-CBC',", "",
         "    // fallback so queue workers on the old boxes keep decrypting",
         "    'key' => env('APP_KEY', %s)," % c.S, "", "    'previous_keys' => [", "        ...array_filter(",
         "            explode(',', env('APP_PREVIOUS_KEYS', ''))", "        ),", "    ],", "", "];"]
    return "config/app.php", J(L)


@tpl("laravel", "app_key", "laravel", "xml_attr", "APP_KEY", True)
def laravel_phpunit(r, c):
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<phpunit xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
         '         xsi:noNamespaceSchemaLocation="vendor/phpunit/phpunit/phpunit.xsd"',
         '         bootstrap="vendor/autoload.php"', '         colors="true">', "    <testsuites>",
         '        <testsuite name="Feature">', "            <directory>tests/Feature</directory>", "        </testsuite>",
         "    </testsuites>", "    <php>", '        <env name="APP_ENV" value="testing"/>',
         '        <env name="APP_KEY" value=%s/>' % c.S, '        <env name="BCRYPT_ROUNDS" value="4"/>',
         '        <env name="CACHE_STORE" value="array"/>', '        <env name="DB_CONNECTION" value="sqlite"/>',
         '        <env name="DB_DATABASE" value=":memory:"/>', '        <env name="MAIL_MAILER" value="array"/>',
         "    </php>", "</phpunit>"]
    return r.choice(["phpunit.xml", "phpunit.xml.dist"]), J(L)


@tpl("laravel", "db_password", "password", "php", "DB_PASSWORD", True)
def laravel_database_php(r, c):
    b = brand(r)
    L = ["<?php", "", "use Illuminate\\Support\\Str;", "", "return [", "    'default' => env('DB_CONNECTION', 'mysql'),", "",
         "    'connections' => [", "        'mysql' => [", "            'driver' => 'mysql',",
         "            'host' => env('DB_HOST', '%s')," % host(r), "            'port' => env('DB_PORT', '3306'),",
         "            'database' => env('DB_DATABASE', '%s')," % dbname(r, b), "            'username' => env('DB_USERNAME', '%s')," % dbuser(r, b),
         "            'password' => env('DB_PASSWORD', %s)," % c.S, "            'unix_socket' => env('DB_SOCKET', ''),",
         "            'charset' => 'utf8mb4',", "            'collation' => 'utf8mb4_unicode_ci',", "            'prefix' => '',",
         "            'strict' => true,", "        ],", "    ],", "", "    'migrations' => 'migrations',", "];"]
    return "config/database.php", J(L)


@tpl("laravel", "private_key", "pem_rsa", "bare", "PASSPORT_PRIVATE_KEY", False)
def passport_private_key(r, c):
    if c.neg:
        return r.choice(["deploy/passport.env.example", "docs/passport-keys.md"]), J(
            ["# Passport keys are injected at deploy time", "PASSPORT_PRIVATE_KEY=%s" % c.S,
             "PASSPORT_PUBLIC_KEY=${PASSPORT_PUBLIC_KEY}"])
    return r.choice(["storage/oauth-private.key", "storage/keys/oauth-private.key"]), c.S + "\n"


# ---- Symfony -------------------------------------------------------------------
@tpl("symfony", "app_secret", "hex32", "env", "APP_SECRET", True)
def symfony_env(r, c):
    b = brand(r)
    L = ["# In all environments, the following files are loaded if they exist,",
         "# the latter taking precedence over the former:", "#", "#  * .env                contains default values for the environment variables needed by the app",
         "#  * .env.local          uncommitted file with local overrides", "", "###> symfony/framework-bundle ###",
         "APP_ENV=prod", "APP_SECRET=%s" % c.S, "###< symfony/framework-bundle ###", "",
         "###> doctrine/doctrine-bundle ###",
         "DATABASE_URL=\"mysql://%s:${DB_PASSWORD}@%s:3306/%s?serverVersion=8.0.32&charset=utf8mb4\"" % (dbuser(r, b), host(r), dbname(r, b)),
         "###< doctrine/doctrine-bundle ###", "", "###> symfony/messenger ###",
         "MESSENGER_TRANSPORT_DSN=doctrine://default?auto_setup=0", "###< symfony/messenger ###"]
    return c.envpath(["deploy/prod.env", "docker/php/app.env"]), J(L)


@tpl("symfony", "app_secret", "hex32", "yaml_sf", "APP_SECRET", False)
def symfony_framework_yaml(r, c):
    L = ["framework:", "    secret: %s" % c.S, "    http_method_override: false", "    handle_all_throwables: true", "",
         "    session:", "        handler_id: null", "        cookie_secure: auto", "        cookie_samesite: lax", "",
         "    php_errors:", "        log: true", "", "when@test:", "    framework:", "        test: true",
         "        session:", "            storage_factory_id: session.storage.factory.mock_file"]
    return "config/packages/framework.yaml", J(L)


@tpl("symfony", "db_password", "password", "yaml_sf", "DATABASE_PASSWORD", True)
def symfony_parameters_yml(r, c):
    b = brand(r)
    L = ["# This file is auto-generated during the composer install", "parameters:",
         "    database_host: %s" % host(r), "    database_port: 3306", "    database_name: %s" % dbname(r, b),
         "    database_user: %s" % dbuser(r, b), "    database_password: %s" % c.S,
         "    mailer_transport: smtp", "    mailer_host: 127.0.0.1", "    mailer_user: null", "    mailer_password: null",
         "    secret: '%env(APP_SECRET)%'", "    locale: %s" % r.choice(["en", "de", "fr"])]
    return r.choice(["app/config/parameters.yml", "config/parameters.yml"]), J(L)


@tpl("symfony", "db_password", "password", "url", "DB_PASSWORD", False)
def symfony_database_url(r, c):
    b = brand(r)
    L = ["###> symfony/framework-bundle ###", "APP_ENV=prod", "APP_SECRET=${PROD_APP_SECRET}",
         "###< symfony/framework-bundle ###", "", "###> doctrine/doctrine-bundle ###",
         "DATABASE_URL=\"mysql://%s:%s@%s:3306/%s?serverVersion=%s&charset=utf8mb4\"" % (
             dbuser(r, b), c.S, host(r), dbname(r, b), r.choice(["8.0.32", "10.11.2-MariaDB"])),
         "###< doctrine/doctrine-bundle ###", "", "###> symfony/mailer ###", "MAILER_DSN=null://null", "###< symfony/mailer ###"]
    return c.envpath(["deploy/symfony.env", "docker/app.prod.env"]), J(L)


# ---- TYPO3 -----------------------------------------------------------------------
@tpl("typo3", "encryption_key", "hex96", "php", "TYPO3_ENCRYPTION_KEY", True)
def typo3_settings(r, c):
    b = brand(r)
    L = ["<?php", "return [", "    'BE' => [", "        'debug' => false,",
         "        'installToolPassword' => '%s'," % argon2(r), "        'passwordHashing' => [",
         "            'className' => 'TYPO3\\\\CMS\\\\Core\\\\Crypto\\\\PasswordHashing\\\\Argon2iPasswordHash',",
         "            'options' => [],", "        ],", "    ],", "    'DB' => [", "        'Connections' => [",
         "            'Default' => [", "                'charset' => 'utf8mb4',", "                'dbname' => '%s'," % dbname(r, b, "t3_"),
         "                'driver' => 'mysqli',", "                'host' => '%s'," % host(r),
         "                'password' => getenv('TYPO3_DB_PASSWORD'),", "                'port' => 3306,",
         "                'user' => '%s'," % dbuser(r, b), "            ],", "        ],", "    ],",
         "    'SYS' => [", "        'encryptionKey' => %s," % c.S, "        'sitename' => '%s'," % sitename(r, b),
         "        'trustedHostsPattern' => '.*\\\\.%s'," % domain(r, b).split(".")[0],
         "        'UTF8filesystem' => true,", "    ],", "];"]
    return r.choice(["config/system/settings.php", "public/typo3conf/LocalConfiguration.php"]), J(L)


@tpl("typo3", "db_password", "password", "php", "TYPO3_DB_PASSWORD", True)
def typo3_additional(r, c):
    b = brand(r)
    L = ["<?php", "", "defined('TYPO3') or die();", "",
         "$GLOBALS['TYPO3_CONF_VARS']['DB']['Connections']['Default']['host'] = '%s';" % host(r),
         "$GLOBALS['TYPO3_CONF_VARS']['DB']['Connections']['Default']['dbname'] = '%s';" % dbname(r, b, "t3_"),
         "$GLOBALS['TYPO3_CONF_VARS']['DB']['Connections']['Default']['user'] = '%s';" % dbuser(r, b),
         "$GLOBALS['TYPO3_CONF_VARS']['DB']['Connections']['Default']['password'] = %s;" % c.S, "",
         "$GLOBALS['TYPO3_CONF_VARS']['SYS']['displayErrors'] = 0;",
         "$GLOBALS['TYPO3_CONF_VARS']['MAIL']['transport'] = 'smtp';",
         "$GLOBALS['TYPO3_CONF_VARS']['MAIL']['transport_smtp_server'] = 'mail.%s:587';" % domain(r, b)]
    return r.choice(["config/system/additional.php", "public/typo3conf/AdditionalConfiguration.php"]), J(L)


# ---- MediaWiki ---------------------------------------------------------------------
def mw_local(r, c, slot):
    b = brand(r)
    vals = {"wgDBpassword": "getenv('MW_DB_PASSWORD')", "wgSecretKey": "getenv('MW_SECRET_KEY')",
            "wgUpgradeKey": "getenv('MW_UPGRADE_KEY')"}
    vals[slot] = c.S
    L = ["<?php", "# This file was automatically generated by the MediaWiki %s" % version(r, 1).replace("1.", "1.4", 1),
         "# installer. If you make manual changes, please keep track in case you", "# need to recreate them later.", "",
         "if ( !defined( 'MEDIAWIKI' ) ) {", "\texit;", "}", "",
         "$wgSitename = \"%s Wiki\";" % sitename(r, b), "$wgMetaNamespace = \"%s_Wiki\";" % sitename(r, b).replace(" ", "_"), "",
         "$wgScriptPath = \"\";", "$wgServer = \"https://wiki.%s\";" % domain(r, b), "$wgResourceBasePath = $wgScriptPath;", "",
         "$wgLogos = [", "\t'1x' => \"$wgResourceBasePath/resources/assets/logo.png\",", "];", "",
         "$wgEnableEmail = true;", "$wgEmergencyContact = \"%s\";" % email(r, b), "",
         "## Database settings", "$wgDBtype = \"mysql\";", "$wgDBserver = \"%s\";" % host(r),
         "$wgDBname = \"%s\";" % dbname(r, b, "wiki_"), "$wgDBuser = \"%s\";" % dbuser(r, b),
         "$wgDBpassword = %s;" % vals["wgDBpassword"], "", "$wgDBprefix = \"\";",
         "$wgDBTableOptions = \"ENGINE=InnoDB, DEFAULT CHARSET=binary\";", "",
         "$wgMainCacheType = CACHE_ACCEL;", "$wgEnableUploads = true;", "$wgUseInstantCommons = false;", "",
         "$wgLanguageCode = \"%s\";" % r.choice(["en", "de", "nl"]), "$wgLocaltimezone = \"UTC\";", "",
         "$wgSecretKey = %s;" % vals["wgSecretKey"], "", "# Changing this will log out all existing sessions.",
         "$wgAuthenticationTokenVersion = \"1\";", "", "# Site upgrade key. Must be set to a string (default provided) to turn on the",
         "# web installer while LocalSettings.php is in place", "$wgUpgradeKey = %s;" % vals["wgUpgradeKey"], "",
         "wfLoadSkin( 'Vector' );", "wfLoadExtension( 'ParserFunctions' );", "wfLoadExtension( 'VisualEditor' );"]
    return r.choice(["LocalSettings.php", "wiki/LocalSettings.php"]), J(L)


@tpl("mediawiki", "app_secret", "hex64", "php_dq", "MW_SECRET_KEY", True)
def mw_secret(r, c):
    return mw_local(r, c, "wgSecretKey")


@tpl("mediawiki", "upgrade_key", "hex16", "php_dq", "MW_UPGRADE_KEY", True)
def mw_upgrade(r, c):
    return mw_local(r, c, "wgUpgradeKey")


@tpl("mediawiki", "db_password", "password", "php_dq", "MW_DB_PASSWORD", True)
def mw_db(r, c):
    return mw_local(r, c, "wgDBpassword")


# ---- phpBB / MODX / Shopware -------------------------------------------------
@tpl("phpbb", "db_password", "password", "php", "PHPBB_DB_PASSWORD", True)
def phpbb_config(r, c):
    b = brand(r)
    L = ["<?php", "// phpBB 3.3.x auto-generated configuration file", "// Do not change anything in this file!",
         "$dbms = 'phpbb\\\\db\\\\driver\\\\mysqli';", "$dbhost = '%s';" % host(r), "$dbport = '';",
         "$dbname = '%s';" % dbname(r, b, "forum_"), "$dbuser = '%s';" % dbuser(r, b), "$dbpasswd = %s;" % c.S,
         "$table_prefix = 'phpbb_';", "$phpbb_adm_relative_path = 'adm/';",
         "$acm_type = 'phpbb\\\\cache\\\\driver\\\\file';", "", "@define('PHPBB_INSTALLED', true);",
         "@define('PHPBB_ENVIRONMENT', 'production');", "// @define('DEBUG_CONTAINER', true);"]
    return r.choice(["config.php", "forum/config.php", "community/config.php"]), J(L)


@tpl("modx", "db_password", "password", "php", "MODX_DB_PASSWORD", True)
def modx_config(r, c):
    b = brand(r)
    root = "/var/www/%s/" % b
    L = ["<?php", "/**", " *  MODX Configuration file", " */",
         "$database_type = 'mysql';", "$database_server = '%s';" % host(r), "$database_user = '%s';" % dbuser(r, b),
         "$database_password = %s;" % c.S, "$database_connection_charset = 'utf8mb4';",
         "$dbase = '%s';" % dbname(r, b, "modx_"), "$table_prefix = 'modx_';",
         "$database_dsn = 'mysql:host=%s;dbname=%s;charset=utf8mb4';" % (host(r), dbname(r, b, "modx_")),
         "$config_options = array (", ");", "$driver_options = array (", ");", "",
         "$lastInstallTime = %d;" % r.randint(1600000000, 1730000000), "",
         "$site_sessionname = 'SN%s';" % hexs(r, 13), "$https_port = '443';", "$uuid = '%s';" % uuid4(r), "",
         "if (!defined('MODX_CORE_PATH')) {", "    $modx_core_path= '%score/';" % root,
         "    define('MODX_CORE_PATH', $modx_core_path);", "}"]
    return r.choice(["core/config/config.inc.php", "core_x7/config/config.inc.php"]), J(L)


@tpl("shopware", "db_password", "password", "php", "SW_DB_PASSWORD", True)
def shopware5_config(r, c):
    b = brand(r)
    L = ["<?php", "return [", "    'db' => [", "        'username' => '%s'," % dbuser(r, b), "        'password' => %s," % c.S,
         "        'dbname' => '%s'," % dbname(r, b, "sw_"), "        'host' => '%s'," % host(r), "        'port' => '3306',",
         "    ],", "    'front' => [", "        'showException' => false,", "    ],", "    'httpcache' => [",
         "        'enabled' => true,", "        'debug' => false,", "    ],", "    'csrfProtection' => [",
         "        'frontend' => true,", "        'backend' => true,", "    ],", "];"]
    return r.choice(["config.php", "shopware/config.php"]), J(L)


@tpl("shopware", "app_secret", "hex64", "env", "APP_SECRET", True)
def shopware6_env(r, c):
    b = brand(r)
    L = ["APP_ENV=prod", "APP_URL=https://%s" % domain(r, b), "APP_SECRET=%s" % c.S,
         "INSTANCE_ID=%s" % hexs(r, 32), "BLUE_GREEN_DEPLOYMENT=0",
         "DATABASE_URL=mysql://%s:${SW_DB_PASSWORD}@%s:3306/%s" % (dbuser(r, b), host(r), dbname(r, b, "sw6_")),
         "COMPOSER_HOME=/var/www/html/var/cache/composer", "SHOPWARE_HTTP_CACHE_ENABLED=1",
         "SHOPWARE_HTTP_DEFAULT_TTL=7200", "OPENSEARCH_URL=http://opensearch:9200", "SHOPWARE_ES_ENABLED=0"]
    return c.envpath(["deploy/shopware.env", "docker/shop.env"]), J(L)


@tpl("shopware", "db_password", "password", "url", "SW_DB_PASSWORD", False)
def shopware6_compose_url(r, c):
    b = brand(r)
    L = ["services:", "  shop:", "    image: ghcr.io/shopware/docker-base:8.%d" % r.randint(2, 3), "    environment:",
         "      APP_ENV: prod", "      APP_URL: https://%s" % domain(r, b),
         "      DATABASE_URL: \"mysql://%s:%s@database:3306/%s\"" % (dbuser(r, b), c.S, dbname(r, b, "sw6_")),
         "      APP_SECRET: ${APP_SECRET}", "      OPENSEARCH_URL: http://opensearch:9200",
         "    depends_on:", "      - database", "  database:", "    image: mysql:8.0", "    environment:",
         "      MYSQL_DATABASE: %s" % dbname(r, b, "sw6_"), "      MYSQL_RANDOM_ROOT_PASSWORD: \"yes\""]
    return r.choice(["docker-compose.yml", "compose.prod.yaml"]), J(L)


@tpl("shopware", "private_key", "pem_rsa", "bare", "JWT_PRIVATE_KEY", False)
def shopware_jwt_private(r, c):
    if c.neg:
        return "config/jwt/README.md", J(["# JWT keys", "", "Generated on the server with `bin/console system:generate-jwt-secret`.",
                                          "The deploy pipeline sets:", "", "```", "JWT_PRIVATE_KEY=%s" % c.S,
                                          "JWT_PUBLIC_KEY=${JWT_PUBLIC_KEY}", "```"])
    return r.choice(["config/jwt/private.pem", "shopware/config/jwt/private.pem"]), c.S + "\n"


# ---- generic / cross-CMS ---------------------------------------------------------------
@tpl("mysql", "db_password", "password", "sql", "password", False)
def sql_create_user(r, c):
    b = brand(r)
    db = dbname(r, b)
    u = dbuser(r, b)
    L = ["-- initial database for %s" % sitename(r, b), "CREATE DATABASE IF NOT EXISTS `%s` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;" % db,
         "CREATE USER IF NOT EXISTS '%s'@'%%' IDENTIFIED BY %s;" % (u, c.S),
         "GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, DROP ON `%s`.* TO '%s'@'%%';" % (db, u),
         "FLUSH PRIVILEGES;"]
    return r.choice(["docker/mysql/init/01-users.sql", "db/init.sql", "provision/create_db.sql"]), J(L)


@tpl("mysql", "db_password", "password", "ini", "password", True)
def mysql_client_cnf(r, c):
    b = brand(r)
    L = ["# used by the nightly backup job (mysqldump --defaults-extra-file)", "[client]", "user=%s" % dbuser(r, b),
         "password=%s" % c.S, "host=%s" % host(r), "", "[mysqldump]", "single-transaction", "quick", "max_allowed_packet=512M"]
    return r.choice(["backup/my.cnf", "ops/backup/client.cnf", "deploy/mysql-backup.cnf"]), J(L)


@tpl("mysql", "db_password", "password", "csv", "db_password", False)
def csv_sites(r, c):
    L = ["site,cms,db_host,db_name,db_user,db_password,php"]
    n = r.randint(3, 7)
    k = r.randrange(n)
    for i in range(n):
        b = BRANDS[(BRANDS.index(brand(r)) + i) % len(BRANDS)]
        cms = r.choice(["wordpress", "joomla", "drupal", "prestashop", "magento"])
        pw = c.S if i == k else "see-vault"
        L.append("%s,%s,%s,%s,%s,%s,8.%d" % (domain(r, b), cms, host(r), dbname(r, b), dbuser(r, b), pw, r.randint(1, 3)))
    return r.choice(["inventory/sites.csv", "docs/hosting-inventory.csv"]), J(L)


@tpl("mysql", "db_password", "password", "log", "dbpass", False)
def deploy_log(r, c):
    b = brand(r)
    L = ["%s INFO  deploy: release %s for %s" % (ts(r), hexs(r, 7), domain(r, b)),
         "%s INFO  deploy: composer install --no-dev --optimize-autoloader" % ts(r),
         "%s DEBUG exec: wp config create --dbname=%s --dbuser=%s --dbpass=%s --dbhost=%s --force" % (
             ts(r), dbname(r, b), dbuser(r, b), c.S, host(r)),
         "%s INFO  deploy: Success: Generated 'wp-config.php' file." % ts(r),
         "%s INFO  deploy: symlink current -> releases/%s" % (ts(r), r.randint(20240101000000, 20241231235959)),
         "%s INFO  deploy: done in %ds" % (ts(r), r.randint(20, 300))]
    return r.choice(["logs/deploy.log", "var/log/deploy-%s.log" % date(r)]), J(L)


@tpl("wordpress", "salt", "wp_salt", "php", "LOGGED_IN_SALT", True)
def md_salt_snippet(r, c):
    lit = r.choice(WP_SALT_NAMES)
    L = ["## Migrating the staging site", "", "After copying the database, paste this into the staging",
         "`wp-config.php` so that existing cookies keep working:", "", "```php",
         "define( '%s', %s );" % (lit, c.slot_for("php", "WORDPRESS_" + lit)), "```", "", "The other keys are read from the server environment."]
    return r.choice(["docs/staging.md", "MIGRATION.md", "docs/runbooks/staging-copy.md"]), J(L)


@tpl("magento", "crypt_key", "magento_old", "php", "MAGENTO_CRYPT_KEY", False)
def md_magento_key(r, c):
    L = ["# Restore notes", "", "When restoring a backup on a new host, `app/etc/env.php` needs the original crypt key,",
         "otherwise saved payment credentials cannot be decrypted.", "", "```php", "'crypt' => [",
         "    'key' => %s" % c.S, "],", "```", "", "Then run `bin/magento cache:flush`."]
    return r.choice(["docs/restore.md", "RESTORE.md"]), J(L)


@tpl("joomla", "app_secret", "joomla_secret", "sh", "secret", False)
def joomla_cli_set(r, c):
    L = ["#!/bin/bash", "# Joomla 5: apply the shared secret after cloning the site", "set -e", "",
         "php cli/joomla.php config:set secret=%s" % c.S, "php cli/joomla.php cache:clean",
         "echo \"secret updated on $(hostname)\""]
    return r.choice(["scripts/joomla-post-clone.sh", "bin/post-clone.sh"]), J(L)


@tpl("drupal", "hash_salt", "drupal_salt", "docker", "DRUPAL_HASH_SALT", True)
def dockerfile_drupal(r, c):
    L = ["FROM drupal:10-php8.%d-apache" % r.randint(1, 3), "", "ENV DRUPAL_HASH_SALT=%s" % c.S,
         "ENV DRUPAL_TRUSTED_HOSTS=^www\\.%s$" % domain(r).replace(".", "\\."), "",
         "COPY composer.json composer.lock /opt/drupal/", "RUN composer install --no-dev --no-interaction",
         "COPY web/modules/custom /opt/drupal/web/modules/custom", "COPY config /opt/drupal/config"]
    return r.choice(["Dockerfile", "docker/drupal/Dockerfile"]), J(L)


@tpl("prestashop", "db_password", "password", "yaml_compose", "DB_PASSWD", True)
def compose_prestashop(r, c):
    b = brand(r)
    L = ["services:", "  prestashop:", "    image: prestashop/prestashop:8.%d" % r.randint(1, 2), "    environment:",
         "      DB_SERVER: mysql", "      DB_NAME: %s" % dbname(r, b, "ps_"), "      DB_USER: %s" % dbuser(r, b),
         "      DB_PASSWD: %s" % c.S, "      PS_DOMAIN: %s" % domain(r, b), "      PS_INSTALL_AUTO: \"0\"",
         "      PS_FOLDER_ADMIN: admin%s" % rs(r, LOWER_ALNUM, 6), "    ports:", "      - \"8080:80\""]
    return r.choice(["docker-compose.yml", "prestashop/docker-compose.yml"]), J(L)



@tpl("mysql", "db_password", "password", "php", "LEGACY_DB_PASS", False)
def php_pdo_positional(r, c):
    b = brand(r)
    L = ["<?php", "// legacy stock import, runs from cron every 15 minutes", "declare(strict_types=1);", "",
         "$pdo = new PDO(", "    'mysql:host=%s;dbname=%s;charset=utf8mb4'," % (host(r), dbname(r, b)),
         "    '%s'," % dbuser(r, b), "    %s," % c.S, "    [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]", ");", "",
         "$stmt = $pdo->prepare('UPDATE ps_stock_available SET quantity = ? WHERE id_product = ?');",
         "foreach (array_map('str_getcsv', file(__DIR__ . '/stock.csv')) as [$id, $qty]) {",
         "    $stmt->execute([(int) $qty, (int) $id]);", "}"]
    return r.choice(["cron/import_stock.php", "tools/stock-sync.php"]), J(L)


@tpl("mysql", "db_password", "password", "php", "DB_PASS", False)
def php_mysqli_connect(r, c):
    b = brand(r)
    L = ["<?php", "$link = mysqli_connect('%s', '%s', %s, '%s');" % (host(r), dbuser(r, b), c.S, dbname(r, b)),
         "if (!$link) {", "    die('Connect error: ' . mysqli_connect_error());", "}",
         "$res = mysqli_query($link, \"SELECT option_value FROM wp_options WHERE option_name = 'siteurl'\");",
         "echo mysqli_fetch_row($res)[0], PHP_EOL;"]
    return r.choice(["tools/check-db.php", "public/healthcheck.php", "scripts/siteurl.php"]), J(L)


@tpl("mysql", "db_password", "password", "py", "DB_PASS", False)
def py_pymysql(r, c):
    b = brand(r)
    L = ["import pymysql", "", "", "def orders_since(day):", "    conn = pymysql.connect(",
         '        host="%s",' % host(r), '        user="%s",' % dbuser(r, b), "        passwd=%s," % c.S,
         '        db="%s",' % dbname(r, b), "    )", "    with conn.cursor() as cur:",
         '        cur.execute("SELECT ID, post_date FROM wp_posts WHERE post_type = \'shop_order\' AND post_date >= %s", (day,))',
         "        return cur.fetchall()"]
    return r.choice(["reports/orders.py", "scripts/export_orders.py"]), J(L)


@tpl("mysql", "db_password", "password", "sh", "MYSQL_PWD", False)
def sh_mysqldump(r, c):
    b = brand(r)
    pw = c.S
    L = ["#!/bin/bash", "# nightly backup of the shop database", "set -euo pipefail", "STAMP=$(date +%F)", "",
         "mysqldump -h %s -u %s -p%s --single-transaction --routines %s \\" % (host(r), dbuser(r, b), pw, dbname(r, b)),
         "  | gzip > /backup/%s-$STAMP.sql.gz" % b, "find /backup -name '%s-*.sql.gz' -mtime +14 -delete" % b]
    return r.choice(["cron/backup-db.sh", "ops/backup.sh"]), J(L)


@tpl("woocommerce", "rest_consumer_secret", "woo_cs", "php", "WC_CONSUMER_SECRET", False)
def woo_basic_header(r, c):
    d = domain(r)
    ck = c.ck("php")
    L = ["<?php", "function northwind_push_tracking( $order_id, $tracking ) {",
         "\t$response = wp_remote_post( 'https://%s/wp-json/wc/v3/orders/' . $order_id . '/notes', array(" % d,
         "\t\t'headers' => array(",
         "\t\t\t'Authorization' => 'Basic ' . base64_encode( '%s:' . %s )," % (ck, c.S),
         "\t\t\t'Content-Type'  => 'application/json',", "\t\t),",
         "\t\t'body' => wp_json_encode( array( 'note' => 'Tracking: ' . $tracking ) ),", "\t) );",
         "\treturn ! is_wp_error( $response );", "}"]
    return r.choice(["wp-content/plugins/%s-fulfilment/includes/api.php" % brand(r), "inc/fulfilment.php"]), J(L)


@tpl("magento", "crypt_key", "magento_old", "php", "OLD_KEY", False)
def magento_key_migration(r, c):
    L = ["<?php", "declare(strict_types=1);", "", "namespace %s\\KeyRotation\\Console;" % sitename(r, brand(r)).replace(" ", ""), "",
         "use Magento\\Framework\\Encryption\\EncryptorInterface;", "", "class ReencryptLegacy", "{",
         "    public function __construct(private EncryptorInterface $encryptor) {}", "",
         "    public function execute(): void", "    {", "        // key of the M1 shop, needed once to decrypt old payment data",
         "        $legacy = new \\Magento\\Framework\\Encryption\\Crypt(%s, MCRYPT_BLOWFISH, MCRYPT_MODE_ECB);" % c.S,
         "        // ...", "    }", "}"]
    return r.choice(["app/code/Acme/KeyRotation/Console/ReencryptLegacy.php", "src/Migration/ReencryptLegacy.php"]), J(L)

# ---------------------------------------------------------------------------
# look-alike negative templates (no credential at all)
# ---------------------------------------------------------------------------
NEGL = []


def neg(provider, kind):
    def deco(fn):
        NEGL.append(dict(fn=fn, id=fn.__name__, provider=provider, kind=kind))
        return fn
    return deco


def sql_head(r, table):
    return ["-- MySQL dump 10.13  Distrib 8.0.%d, for Linux (x86_64)" % r.randint(30, 39), "--",
            "-- Host: %s    Database: %s" % (host(r), dbname(r, brand(r))), "-- ------------------------------------------------------",
            "", "LOCK TABLES `%s` WRITE;" % table]


@neg("wordpress", "password_hash")
def n_wp_users_phpass(r):
    b = brand(r)
    L = sql_head(r, "wp_users") + ["INSERT INTO `wp_users` (`ID`, `user_login`, `user_pass`, `user_nicename`, `user_email`, `user_url`, `user_registered`, `user_activation_key`, `user_status`, `display_name`) VALUES"]
    n = r.randint(2, 6)
    for i in range(n):
        p = person(r)
        h = phpass(r) if r.random() < 0.6 else "$wp" + bcrypt(r)
        L.append("(%d,'%s','%s','%s','%s@%s','','%s','',0,'%s')%s" % (
            i + 1, p.split(".")[0], h, p.replace(".", "-"), p, domain(r, b), ts(r), p.replace(".", " ").title(),
            ";" if i == n - 1 else ","))
    L.append("UNLOCK TABLES;")
    return r.choice(["db/wp_users.sql", "backups/users-%s.sql" % date(r)]), J(L)


@neg("laravel", "password_hash")
def n_users_bcrypt(r):
    L = sql_head(r, "users") + ["INSERT INTO `users` (`id`, `name`, `email`, `email_verified_at`, `password`, `remember_token`, `created_at`, `updated_at`) VALUES"]
    n = r.randint(2, 5)
    for i in range(n):
        p = person(r)
        L.append("(%d,'%s','%s@%s','%s','%s',NULL,'%s','%s')%s" % (
            i + 1, p.replace(".", " ").title(), p, domain(r), ts(r), bcrypt(r, r.choice([10, 12])), ts(r), ts(r),
            ";" if i == n - 1 else ","))
    L.append("UNLOCK TABLES;")
    return r.choice(["database/dumps/users.sql", "storage/app/backup/users.sql"]), J(L)


@neg("drupal", "password_hash")
def n_drupal_users(r):
    L = sql_head(r, "users_field_data") + ["INSERT INTO `users_field_data` (`uid`, `langcode`, `preferred_langcode`, `name`, `pass`, `mail`, `timezone`, `status`, `created`, `changed`) VALUES"]
    n = r.randint(2, 5)
    for i in range(n):
        p = person(r)
        L.append("(%d,'en','en','%s','%s','%s@%s','Europe/Berlin',1,%d,%d)%s" % (
            i + 1, p, drupal_hash(r) if r.random() < 0.6 else bcrypt(r), p, domain(r), r.randint(1500000000, 1700000000),
            r.randint(1700000000, 1730000000), ";" if i == n - 1 else ","))
    L.append("UNLOCK TABLES;")
    return "db/drupal-users.sql", J(L)


@neg("joomla", "password_hash")
def n_joomla_users(r):
    pre = rs(r, string.ascii_lowercase + string.digits, 5)
    L = ["INSERT INTO `%s_users` (`id`, `name`, `username`, `email`, `password`, `block`, `sendEmail`, `registerDate`, `lastvisitDate`, `activation`, `params`) VALUES" % pre]
    n = r.randint(2, 4)
    for i in range(n):
        p = person(r)
        L.append("(%d, '%s', '%s', '%s@%s', '%s', 0, %d, '%s', '%s', '', '{}')%s" % (
            r.randint(100, 999), p.replace(".", " ").title(), p.split(".")[0], p, domain(r), bcrypt(r), i == 0, ts(r), ts(r),
            ";" if i == n - 1 else ","))
    return r.choice(["installation/sql/demo-users.sql", "backup/joomla-users.sql"]), J(L)


@neg("prestashop", "password_hash")
def n_ps_employee(r):
    L = ["-- PrestaShop employees (anonymised export)",
         "INSERT INTO `ps_employee` (`id_employee`, `id_profile`, `id_lang`, `lastname`, `firstname`, `email`, `passwd`, `last_passwd_gen`, `active`) VALUES"]
    n = r.randint(2, 4)
    for i in range(n):
        p = person(r)
        L.append("(%d, %d, 1, '%s', '%s', '%s@%s', '%s', '%s', 1)%s" % (
            i + 1, r.choice([1, 2, 3]), p.split(".")[1].title(), p.split(".")[0].title(), p, domain(r), bcrypt(r), ts(r),
            ";" if i == n - 1 else ","))
    return "sql/ps_employee.sql", J(L)


@neg("magento", "password_hash")
def n_magento_admin(r):
    L = ["-- admin users copied from production (hashes only)",
         "INSERT INTO `admin_user` (`user_id`, `firstname`, `lastname`, `email`, `username`, `password`, `created`, `is_active`) VALUES"]
    n = r.randint(2, 4)
    for i in range(n):
        p = person(r)
        h = "%s:%s:%d" % (hexs(r, 64), rs(r, ALNUM, 32), r.choice([1, 2]))
        L.append("(%d, '%s', '%s', '%s@%s', '%s', '%s', '%s', 1)%s" % (
            i + 1, p.split(".")[0].title(), p.split(".")[1].title(), p, domain(r), p.split(".")[0], h, ts(r),
            ";" if i == n - 1 else ","))
    return "dev/db/admin_user.sql", J(L)


@neg("wordpress", "nonce")
def n_wp_nonce_form(r):
    action = r.choice(["save_settings", "export_orders", "delete_post", "update_profile"])
    nonce = hexs(r, 10)
    L = ["<form method=\"post\" action=\"/wp-admin/admin-post.php\">",
         "  <input type=\"hidden\" name=\"action\" value=\"%s\" />" % action,
         "  <input type=\"hidden\" id=\"_wpnonce\" name=\"_wpnonce\" value=\"%s\" />" % nonce,
         "  <input type=\"hidden\" name=\"_wp_http_referer\" value=\"/wp-admin/options-general.php?page=%s\" />" % brand(r),
         "  <p><label>Items per page <input type=\"number\" name=\"per_page\" value=\"%d\" /></label></p>" % r.choice([10, 20, 50]),
         "  <p><button class=\"button button-primary\">Save</button></p>", "</form>", "",
         "<script>", "var wpApiSettings = {\"root\":\"https:\\/\\/%s\\/wp-json\\/\",\"nonce\":\"%s\",\"versionString\":\"wp\\/v2\\/\"};" % (domain(r), hexs(r, 10)),
         "</script>"]
    return r.choice(["tests/fixtures/settings-page.html", "snapshots/admin-form.html"]), J(L)


@neg("wordpress", "serialized_option")
def n_wp_options_misc(r):
    d = domain(r)
    L = sql_head(r, "wp_options") + ["INSERT INTO `wp_options` (`option_id`, `option_name`, `option_value`, `autoload`) VALUES",
                                     "(1,'siteurl','https://%s','yes')," % d, "(2,'home','https://%s','yes')," % d,
                                     "(%d,'_transient_timeout_feed_%s','%d','no')," % (r.randint(500, 900), hexs(r, 32), r.randint(1700000000, 1730000000)),
                                     "(%d,'_site_transient_update_core','O:8:\"stdClass\":4:{s:7:\"updates\";a:0:{}s:15:\"version_checked\";s:5:\"%s\";s:12:\"last_checked\";i:%d;}','no')," % (
                                         r.randint(900, 1200), r.choice(["6.5.3", "6.6.2", "6.7.1"]), r.randint(1700000000, 1730000000)),
                                     "(%d,'recently_activated','a:0:{}','yes')," % r.randint(1200, 1300),
                                     "(%d,'theme_mods_%s','a:2:{s:18:\"custom_css_post_id\";i:-1;s:16:\"sidebars_widgets\";a:0:{}}','yes');" % (r.randint(1300, 1400), brand(r)),
                                     "UNLOCK TABLES;"]
    return r.choice(["db/options.sql", "backups/wp_options-%s.sql" % date(r)]), J(L)


@neg("composer", "checksum")
def n_composer_lock(r):
    pk = r.choice([("wpackagist-plugin/woocommerce", "9.%d.%d" % (r.randint(0, 5), r.randint(0, 3))),
                   ("drupal/core", "10.%d.%d" % (r.randint(1, 3), r.randint(0, 9))),
                   ("magento/framework", "103.0.%d" % r.randint(5, 7)), ("symfony/http-kernel", "v6.4.%d" % r.randint(1, 12)),
                   ("laravel/framework", "v11.%d.%d" % (r.randint(0, 30), r.randint(0, 9)))])
    L = ["{", '    "_readme": [', '        "This file locks the dependencies of your project to a known state",',
         '        "This file is @generated automatically"', "    ],", '    "content-hash": "%s",' % hexs(r, 32),
         '    "packages": [', "        {", '            "name": "%s",' % pk[0], '            "version": "%s",' % pk[1],
         '            "source": {', '                "type": "git",', '                "url": "https://github.com/%s.git",' % pk[0],
         '                "reference": "%s"' % hexs(r, 40), "            },", '            "dist": {', '                "type": "zip",',
         '                "url": "https://api.github.com/repos/%s/zipball/%s",' % (pk[0], hexs(r, 40)),
         '                "reference": "%s",' % hexs(r, 40), '                "shasum": ""', "            },",
         '            "time": "%sT%02d:%02d:%02d+00:00"' % (date(r), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
         "        }", "    ],", '    "plugin-api-version": "2.6.0"', "}"]
    return "composer.lock", J(L)


@neg("drupal", "config_hash")
def n_drupal_config_yaml(r):
    L = ["uuid: %s" % uuid4(r), "name: '%s'" % sitename(r, brand(r)), "mail: info@%s" % domain(r), "slogan: ''",
         "page:", "  403: ''", "  404: ''", "  front: /node", "admin_compact_mode: false", "weight_select_max: 100",
         "default_langcode: en", "mail_notification: ''", "_core:", "  default_config_hash: %s" % b64url_nopad(r, 32)]
    return r.choice(["config/sync/system.site.yml", "config/default/system.site.yml"]), J(L)


@neg("drupal", "config_directory")
def n_drupal_config_dir(r):
    L = ["<?php", "", "// Drupal 8.0 generated a random name for the config directory.",
         "$settings['config_sync_directory'] = 'sites/default/files/config_%s/sync';" % b64url_nopad(r, 55),
         "$settings['hash_salt'] = file_get_contents('/var/www/private/salt.txt');",
         "$settings['deployment_identifier'] = \\Drupal::VERSION;",
         "$settings['file_scan_ignore_directories'] = ['node_modules', 'bower_components'];",
         "$settings['entity_update_batch_size'] = 50;"]
    return r.choice(["web/sites/default/settings.shared.php", "sites/default/settings.common.php"]), J(L)


@neg("joomla", "checksum")
def n_joomla_update_xml(r):
    v = "5.%d.%d" % (r.randint(0, 2), r.randint(0, 5))
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<updates>", "  <update>", "    <name>%s Module</name>" % sitename(r, brand(r)),
         "    <element>mod_%s</element>" % brand(r).replace("-", ""), "    <type>module</type>", "    <client>site</client>",
         "    <version>%s</version>" % v, "    <downloads>",
         "      <downloadurl type=\"full\" format=\"zip\">https://downloads.%s/mod_%s-%s.zip</downloadurl>" % (domain(r), brand(r), v),
         "    </downloads>", "    <sha256>%s</sha256>" % hexs(r, 64), "    <sha384>%s</sha384>" % hexs(r, 96),
         "    <sha512>%s</sha512>" % hexs(r, 128), "    <targetplatform name=\"joomla\" version=\"5.*\"/>", "  </update>", "</updates>"]
    return r.choice(["update/updates.xml", "dist/update.xml"]), J(L)


@neg("wordpress", "checksum")
def n_wp_checksums(r):
    files = ["wp-login.php", "wp-settings.php", "wp-includes/version.php", "wp-admin/index.php", "xmlrpc.php",
             "wp-includes/pluggable.php", "wp-cron.php", "index.php"]
    L = ["{", '  "checksums": {']
    sel = files[:r.randint(4, len(files))]
    for i, f in enumerate(sel):
        L.append('    "%s": "%s"%s' % (f, hexs(r, 32), "," if i < len(sel) - 1 else ""))
    L += ["  }", "}"]
    return r.choice(["tests/fixtures/core-checksums.json", "ops/checksums-%s.json" % version(r, 6)]), J(L)


@neg("wordpress", "sri_hash")
def n_sri(r):
    L = ["<?php", "/**", " * Header template", " */", "?><!doctype html>", "<html <?php language_attributes(); ?>>", "<head>",
         "<meta charset=\"<?php bloginfo( 'charset' ); ?>\">",
         "<link rel=\"stylesheet\" href=\"https://cdn.jsdelivr.net/npm/bootstrap@5.3.%d/dist/css/bootstrap.min.css\" integrity=\"sha384-%s\" crossorigin=\"anonymous\">" % (r.randint(0, 3), b64(r, 48)),
         "<script src=\"https://cdn.jsdelivr.net/npm/alpinejs@3.14.%d/dist/cdn.min.js\" integrity=\"sha256-%s\" crossorigin=\"anonymous\" defer></script>" % (r.randint(0, 8), b64(r, 32)),
         "<?php wp_head(); ?>", "</head>", "<body <?php body_class(); ?>>"]
    return r.choice(["wp-content/themes/%s/header.php" % brand(r), "themes/%s/header.php" % brand(r)]), J(L)


@neg("apache", "csp_hash")
def n_htaccess_csp(r):
    L = ["<IfModule mod_headers.c>",
         "  Header always set Content-Security-Policy \"default-src 'self'; script-src 'self' 'sha256-%s' 'sha256-%s'; object-src 'none'\"" % (b64(r, 32), b64(r, 32)),
         "  Header always set Strict-Transport-Security \"max-age=31536000; includeSubDomains\"",
         "  Header always set X-Content-Type-Options \"nosniff\"", "</IfModule>", "",
         "<FilesMatch \"^(wp-config\\.php|xmlrpc\\.php|readme\\.html)$\">", "  Require all denied", "</FilesMatch>", "",
         "# ETag %s" % hexs(r, 16), "Options -Indexes"]
    return r.choice([".htaccess", "public/.htaccess"]), J(L)


@neg("shopware", "public_key")
def n_public_pem(r):
    return r.choice(["config/jwt/public.pem", "storage/oauth-public.key", "keys/license-public.pem"]), J(pem("PUBLIC KEY", rsa_public_der(r)))


@neg("symfony", "vault_public_key")
def n_symfony_vault_pub(r):
    raw = rbytes(r, 32)
    esc = "".join("\\x%02x" % x for x in raw)
    return "config/secrets/prod/prod.encrypt.public.php", "<?php\n\nreturn \"%s\";\n" % esc


@neg("symfony", "encrypted_value")
def n_symfony_vault_value(r):
    name = r.choice(["DATABASE_PASSWORD", "APP_SECRET", "MAILER_DSN", "STRIPE_SECRET_KEY"])
    raw = rbytes(r, r.randint(60, 110))
    esc = "".join("\\x%02x" % x for x in raw)
    return "config/secrets/prod/prod.%s.%s.php" % (name, hexs(r, 6)), "<?php // prod.%s.%s on %s\n\nreturn \"%s\";\n" % (
        name, hexs(r, 6), date(r), esc)


@neg("ansible", "encrypted_value")
def n_ansible_vault(r):
    blob = hexs(r, r.randint(600, 1100))
    lines = [blob[i:i + 80] for i in range(0, len(blob), 80)]
    return r.choice(["group_vars/production/vault.yml", "inventories/prod/group_vars/all/vault.yml"]), J(["$ANSIBLE_VAULT;1.1;AES256"] + lines)


@neg("magento", "module_list")
def n_magento_config(r):
    mods = ["Magento_Store", "Magento_Directory", "Magento_Theme", "Magento_Eav", "Magento_Customer", "Magento_Catalog",
            "Magento_Sales", "Magento_Checkout", "Magento_Paypal", "Magento_TwoFactorAuth", "Magento_Securitytxt"]
    L = ["<?php", "return [", "    'modules' => ["]
    for m in mods[:r.randint(6, len(mods))]:
        L.append("        '%s' => %d," % (m, 0 if m == "Magento_TwoFactorAuth" and r.random() < 0.5 else 1))
    L += ["    ],", "    'scopes' => [", "        'websites' => [", "            'base' => [", "                'website_id' => '1',",
          "                'code' => 'base',", "            ],", "        ],", "    ],", "];"]
    return "app/etc/config.php", J(L)


@neg("woocommerce", "order_key")
def n_woo_order_json(r):
    oid = r.randint(1000, 99999)
    L = ["{", '  "id": %d,' % oid, '  "status": "processing",', '  "currency": "EUR",',
         '  "order_key": "wc_order_%s",' % rs(r, ALNUM, 13), '  "cart_hash": "%s",' % hexs(r, 32),
         '  "transaction_id": "%s",' % ("pi_" + rs(r, ALNUM, 24) if r.random() < 0.5 else "%dPX%d" % (r.randint(10, 99), r.randint(10 ** 9, 10 ** 10))),
         '  "customer_ip_address": "203.0.113.%d",' % r.randint(1, 254), '  "total": "%d.%02d",' % (r.randint(10, 400), r.randint(0, 99)),
         '  "billing": { "first_name": "%s", "city": "%s" },' % (r.choice(FIRST).title(), r.choice(CITIES)),
         '  "meta_data": [ { "id": %d, "key": "_wc_order_attribution_source_type", "value": "organic" } ]' % r.randint(1000, 9999), "}"]
    return r.choice(["tests/fixtures/order-%d.json" % oid, "docs/examples/order.json"]), J(L)


@neg("stripe", "public_value")
def n_stripe_pk(r):
    mode = r.choice(["live", "test"])
    L = ["<?php", "// WooCommerce Stripe gateway defaults for the theme's express checkout",
         "add_filter( 'wc_stripe_params', function ( $params ) {",
         "\t$params['key'] = 'pk_%s_%s';" % (mode, rs(r, ALNUM, 99)),
         "\t$params['locale'] = get_locale();", "\treturn $params;", "} );"]
    return r.choice(["wp-content/themes/%s/inc/stripe.php" % brand(r), "wp-content/mu-plugins/stripe-express.php"]), J(L)


@neg("google", "public_value")
def n_recaptcha_site(r):
    key = "6L" + rs(r, ALNUM + "_-", 38)
    L = ["{", '  "captcha": {', '    "provider": "recaptcha_v3",', '    "site_key": "%s",' % key,
         '    "secret_key": "",', '    "score_threshold": 0.5', "  },", '  "forms": ["contact", "newsletter"]', "}"]
    return r.choice(["config/forms.json", "wp-content/plugins/%s-forms/config.json" % brand(r)]), J(L)


@neg("google", "public_value")
def n_analytics_ids(r):
    L = ["<?php", "// Marketing tags (public ids)", "define( 'GA_MEASUREMENT_ID', 'G-%s' );" % rs(r, string.ascii_uppercase + string.digits, 10),
         "define( 'GTM_CONTAINER_ID', 'GTM-%s' );" % rs(r, string.ascii_uppercase + string.digits, 7),
         "define( 'META_PIXEL_ID', '%d' );" % r.randint(10 ** 14, 10 ** 15),
         "", "add_action( 'wp_head', function () {", "\tprintf( '<!-- gtm %s -->', esc_html( GTM_CONTAINER_ID ) );", "} );"]
    return r.choice(["wp-content/themes/%s/inc/tracking.php" % brand(r), "inc/analytics.php"]), J(L)


@neg("docker", "image_digest")
def n_dockerfile_digest(r):
    L = ["FROM wordpress:6.%d-php8.2-fpm@sha256:%s" % (r.randint(4, 7), hexs(r, 64)), "",
         "ENV WOOCOMMERCE_VERSION %s" % version(r, 9), "ENV WOOCOMMERCE_SHA1 %s" % hexs(r, 40), "",
         "RUN set -eux; \\", "    curl -o woocommerce.zip -fL \"https://downloads.wordpress.org/plugin/woocommerce.${WOOCOMMERCE_VERSION}.zip\"; \\",
         "    echo \"$WOOCOMMERCE_SHA1 *woocommerce.zip\" | sha1sum -c -; \\",
         "    unzip -q woocommerce.zip -d /usr/src/wordpress/wp-content/plugins/; \\", "    rm woocommerce.zip"]
    return r.choice(["Dockerfile", "docker/php/Dockerfile"]), J(L)


@neg("drupal", "checksum")
def n_sh_sha256(r):
    v = "10.%d.%d" % (r.randint(1, 3), r.randint(0, 9))
    L = ["#!/usr/bin/env bash", "set -euo pipefail", "VERSION=%s" % v, "SHA256=%s" % hexs(r, 64), "",
         "curl -fsSLo drupal.tar.gz \"https://ftp.drupal.org/files/projects/drupal-${VERSION}.tar.gz\"",
         "echo \"${SHA256}  drupal.tar.gz\" | sha256sum -c -", "tar -xzf drupal.tar.gz --strip-components=1 -C /var/www/html"]
    return r.choice(["scripts/fetch-core.sh", "docker/fetch-drupal.sh"]), J(L)


@neg("aws", "resource_id")
def n_tf_ids(r):
    L = ['resource "random_password" "wp_db" {', "  length  = 32", "  special = false", "}", "",
         'resource "aws_instance" "web" {', '  ami           = "ami-%s"' % hexs(r, 17), '  instance_type = "t3.small"',
         '  subnet_id     = "subnet-%s"' % hexs(r, 17), '  vpc_security_group_ids = ["sg-%s"]' % hexs(r, 17),
         "  tags = {", '    Name = "%s-web"' % brand(r), "  }", "}", "",
         'resource "aws_ssm_parameter" "db_password" {', '  name  = "/%s/prod/db_password"' % brand(r),
         '  type  = "SecureString"', "  value = random_password.wp_db.result", "}"]
    return r.choice(["infra/web.tf", "terraform/main.tf"]), J(L)


@neg("shopware", "uuid")
def n_shopware_ids(r):
    L = ["<?php declare(strict_types=1);", "", "namespace %s\\Migration;" % sitename(r, brand(r)).replace(" ", ""), "",
         "use Doctrine\\DBAL\\Connection;", "use Shopware\\Core\\Framework\\Migration\\MigrationStep;",
         "use Shopware\\Core\\Framework\\Uuid\\Uuid;", "", "class Migration%d extends MigrationStep" % r.randint(1690000000, 1730000000), "{",
         "    private const SALES_CHANNEL_ID = '%s';" % hexs(r, 32), "    private const PAYMENT_METHOD_ID = '%s';" % hexs(r, 32), "",
         "    public function update(Connection $connection): void", "    {",
         "        $connection->update('sales_channel', ['payment_method_id' => Uuid::fromHexToBytes(self::PAYMENT_METHOD_ID)],",
         "            ['id' => Uuid::fromHexToBytes(self::SALES_CHANNEL_ID)]);", "    }", "}"]
    return "src/Migration/Migration%d.php" % r.randint(1690000000, 1730000000), J(L)


@neg("craft", "uuid")
def n_craft_project(r):
    L = ["dateModified: %d" % r.randint(1690000000, 1730000000), "email:", "  fromEmail: '$SYSTEM_EMAIL'",
         "  fromName: '%s'" % sitename(r, brand(r)), "  transportType: craft\\mail\\transportadapters\\Sendmail",
         "meta:", "  __names__:"]
    for nm in ["Blog", "News", "Pages", "Homepage"][:r.randint(2, 4)]:
        L.append("    %s: %s # %s" % (uuid4(r), nm, nm))
    L += ["system:", "  edition: pro", "  live: true", "  name: '%s'" % sitename(r, brand(r)), "  schemaVersion: 4.5.3.0",
          "  timeZone: Europe/Amsterdam", "users:", "  allowPublicRegistration: false", "  defaultGroup: null",
          "  photoVolumeUid: %s" % uuid4(r), "  requireEmailVerification: true"]
    return "config/project/project.yaml", J(L)


@neg("laravel", "asset_hash")
def n_mix_manifest(r):
    L = ["{", '    "/js/app.js": "/js/app.js?id=%s",' % hexs(r, 32), '    "/css/app.css": "/css/app.css?id=%s",' % hexs(r, 32),
         '    "/js/vendor.js": "/js/vendor.js?id=%s"' % hexs(r, 20), "}"]
    return "public/mix-manifest.json", J(L)


@neg("wordpress", "encoded_data")
def n_css_datauri(r):
    L = [".site-logo {", "  width: 160px;", "  height: 40px;",
         "  background-image: url(\"data:image/png;base64,%s\");" % b64(r, r.randint(90, 200)), "}", "",
         ".icon-cart {", "  background: url(\"data:image/svg+xml;base64,%s\") no-repeat;" % b64(r, r.randint(60, 120)), "}"]
    return r.choice(["wp-content/themes/%s/assets/css/header.css" % brand(r), "assets/css/icons.css"]), J(L)


@neg("wordpress", "serialized_meta")
def n_postmeta(r):
    w, h = r.choice([(1920, 1080), (1200, 800), (800, 600)])
    f = "%d/%02d/%s-%s.jpg" % (r.randint(2019, 2025), r.randint(1, 12), brand(r), hexs(r, 6))
    meta = 'a:4:{s:5:"width";i:%d;s:6:"height";i:%d;s:4:"file";s:%d:"%s";s:8:"filesize";i:%d;}' % (w, h, len(f), f, r.randint(20000, 900000))
    L = sql_head(r, "wp_postmeta") + ["INSERT INTO `wp_postmeta` (`meta_id`, `post_id`, `meta_key`, `meta_value`) VALUES",
                                      "(%d,%d,'_wp_attached_file','%s')," % (r.randint(100, 999), r.randint(10, 999), f),
                                      "(%d,%d,'_wp_attachment_metadata','%s')," % (r.randint(1000, 1999), r.randint(10, 999), meta),
                                      "(%d,%d,'_edit_lock','%d:1');" % (r.randint(2000, 2999), r.randint(10, 999), r.randint(1700000000, 1730000000)),
                                      "UNLOCK TABLES;"]
    return "db/postmeta.sql", J(L)


@neg("wordpress", "sample_config")
def n_wp_config_sample(r):
    L = ["<?php", "/**", " * The base configuration for WordPress", " *",
         " * This file is used by the wp-config.php creation script during the installation.",
         " * You don't have to use the website, you can copy this file to \"wp-config.php\"", " * and fill in the values.", " *",
         " * @package WordPress", " */", "", "define( 'DB_NAME', 'database_name_here' );", "define( 'DB_USER', 'username_here' );",
         "define( 'DB_PASSWORD', 'password_here' );", "define( 'DB_HOST', 'localhost' );", "define( 'DB_CHARSET', 'utf8' );",
         "define( 'DB_COLLATE', '' );", "", "/**#@+", " * Authentication unique keys and salts.", " *",
         " * Change these to different unique phrases! You can generate these using", " * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.", " */"]
    for n in WP_SALT_NAMES:
        L.append("define( '%s',%s'put your unique phrase here' );" % (n, " " * (17 - len(n))))
    L += ["/**#@-*/", "", "$table_prefix = 'wp_';", "", "define( 'WP_DEBUG', false );", "", "if ( ! defined( 'ABSPATH' ) ) {",
          "\tdefine( 'ABSPATH', __DIR__ . '/' );", "}", "", "require_once ABSPATH . 'wp-settings.php';"]
    return r.choice(["wp-config-sample.php", "public/wp-config-sample.php"]), J(L)


@neg("joomla", "sample_config")
def n_joomla_dist(r):
    L = ["<?php", "/**", " * THIS SHOULD ONLY BE USED AS A LAST RESORT WHEN THE WEB INSTALLER FAILS", " */", "class JConfig", "{",
         "\t/* Database Settings */", "\tpublic $dbtype = 'mysqli';               // Normally mysqli",
         "\tpublic $host = 'localhost';              // This is normally set to localhost",
         "\tpublic $user = '';                       // Database username", "\tpublic $password = '';                   // Database password",
         "\tpublic $db = '';                         // Database name", "\tpublic $dbprefix = 'jos_';               // Any random string ending with _",
         "", "\t/* Server Settings */", "\tpublic $secret = '';     // Use something very secure.",
         "\tpublic $gzip = false;", "\tpublic $error_reporting = 'default';", "}"]
    return r.choice(["installation/configuration.php-dist", "configuration.php-dist"]), J(L)


@neg("drupal", "sample_config")
def n_drupal_default_settings(r):
    L = ["<?php", "", "/**", " * Salt for one-time login links, cancel links, form tokens, etc.", " *",
         " * This variable will be set to a random value by the installer. All one-time", " * login links will be invalidated if the value is changed.",
         " *", " * For enhanced security, you may set this variable to the contents of a file", " * outside your document root, and vary the value across environments:", " *",
         " * @code", " *   $settings['hash_salt'] = file_get_contents('/home/example/salt.txt');", " * @endcode", " */",
         "$settings['hash_salt'] = '';", "", "$settings['update_free_access'] = FALSE;",
         "# $settings['file_private_path'] = '';", "$settings['entity_update_backup'] = TRUE;"]
    return "web/sites/default/default.settings.php", J(L)


@neg("magento", "sample_config")
def n_magento_local_template(r):
    L = ['<?xml version="1.0"?>', "<config>", "    <global>", "        <install>", "            <date>{{date}}</date>",
         "        </install>", "        <crypt>", "            <key>{{key}}</key>", "        </crypt>", "        <resources>",
         "            <default_setup>", "                <connection>", "                    <host>{{db_host}}</host>",
         "                    <username>{{db_user}}</username>", "                    <password>{{db_pass}}</password>",
         "                    <dbname>{{db_name}}</dbname>", "                    <active>1</active>", "                </connection>",
         "            </default_setup>", "        </resources>", "    </global>", "</config>"]
    return "app/etc/local.xml.template", J(L)


@neg("wordpress", "docs")
def n_md_salts_howto(r):
    L = ["# Rotating WordPress salts", "", "1. Fetch fresh values:", "", "   ```sh", "   curl -s https://api.wordpress.org/secret-key/1.1/salt/ > /tmp/salts.php",
         "   ```", "2. Store each value in the vault under `wordpress/%s/<NAME>`." % brand(r),
         "3. Redeploy; `wp-config.php` reads them with `getenv()`.", "", "Never commit the output. In git, the file only contains:", "",
         "```php", "define( 'AUTH_KEY', getenv( 'WORDPRESS_AUTH_KEY' ) );", "define( 'NONCE_SALT', getenv( 'WORDPRESS_NONCE_SALT' ) );", "```"]
    return r.choice(["docs/salts.md", "docs/runbooks/rotate-salts.md"]), J(L)


@neg("nginx", "access_log")
def n_access_log(r):
    L = []
    for _ in range(r.randint(5, 10)):
        ip = "203.0.113.%d" % r.randint(1, 254)
        path = r.choice(["/wp-admin/admin-ajax.php?action=heartbeat&_wpnonce=%s" % hexs(r, 10),
                         "/checkout/order-received/%d/?key=wc_order_%s" % (r.randint(1000, 9999), rs(r, ALNUM, 13)),
                         "/wp-content/themes/%s/assets/app.%s.js" % (brand(r), hexs(r, 8)),
                         "/?wc-ajax=get_refreshed_fragments", "/wp-json/wp/v2/posts?per_page=10",
                         "/media/catalog/product/cache/%s/a/b/ab%d.jpg" % (hexs(r, 32), r.randint(100, 999))])
        L.append('%s - - [%02d/Oct/2024:%02d:%02d:%02d +0000] "GET %s HTTP/2.0" 200 %d "-" "Mozilla/5.0" req_id=%s' % (
            ip, r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), path, r.randint(200, 90000), hexs(r, 32)))
    return r.choice(["logs/access.log", "var/log/nginx/access.log"]), J(L)


@neg("prestashop", "product_export")
def n_csv_products(r):
    L = ["id;reference;ean13;name;price;image_md5"]
    for i in range(r.randint(4, 9)):
        ean = "".join(r.choice(string.digits) for _ in range(13))
        L.append("%d;%s-%03d;%s;%s %s;%d.%02d;%s" % (i + 1, brand(r)[:4].upper(), r.randint(1, 999), ean, r.choice(["Mug", "Tee", "Cap", "Tote"]),
                                                  r.choice(["Blue", "Black", "Sand"]), r.randint(5, 60), r.randint(0, 99), hexs(r, 32)))
    return r.choice(["import/products.csv", "var/export/catalog.csv"]), J(L)


@neg("typo3", "password_hash")
def n_typo3_installtool(r):
    L = ["<?php", "return [", "    'BE' => [", "        'installToolPassword' => '%s'," % argon2(r), "        'lockSSL' => true,", "    ],",
         "    'SYS' => [", "        'encryptionKey' => getenv('TYPO3_ENCRYPTION_KEY'),", "        'sitename' => '%s'," % sitename(r, brand(r)), "    ],", "];"]
    return r.choice(["config/system/settings.php", "public/typo3conf/LocalConfiguration.php"]), J(L)


@neg("ansible", "public_key")
def n_ssh_pubkey(r):
    L = ["---", "- name: Deploy keys for the web team", "  ansible.posix.authorized_key:", "    user: deploy", "    state: present",
         "    key: \"{{ item }}\"", "  loop:"]
    for _ in range(r.randint(2, 4)):
        L.append("    - \"%s\"" % ssh_ed25519(r, "%s@%s" % (person(r), r.choice(["laptop", "ci", "mbp"]))))
    return r.choice(["roles/users/tasks/keys.yml", "playbooks/authorized_keys.yml"]), J(L)


@neg("woocommerce", "password_hash")
def n_woo_session_tokens(r):
    tok = 'a:1:{s:64:"%s";a:4:{s:10:"expiration";i:%d;s:2:"ip";s:12:"203.0.113.%d";s:2:"ua";s:11:"Mozilla/5.0";s:5:"login";i:%d;}}' % (
        hexs(r, 64), r.randint(1730000000, 1740000000), r.randint(10, 99), r.randint(1700000000, 1730000000))
    L = sql_head(r, "wp_usermeta") + ["INSERT INTO `wp_usermeta` (`umeta_id`, `user_id`, `meta_key`, `meta_value`) VALUES",
                                      "(%d,1,'session_tokens','%s')," % (r.randint(10, 99), tok),
                                      "(%d,1,'wp_user_level','10');" % r.randint(100, 200), "UNLOCK TABLES;"]
    return "db/usermeta.sql", J(L)


@neg("wordpress", "table_prefix")
def n_wp_prefix_env(r):
    b = brand(r)
    L = ["# Non-secret settings shared by all environments", "WP_ENV=production", "WP_HOME=https://%s" % domain(r, b),
         "WP_SITEURL=${WP_HOME}/wp", "DB_NAME=%s" % dbname(r, b), "DB_USER=%s" % dbuser(r, b), "DB_PREFIX=%s" % wp_prefix(r),
         "DB_HOST=%s" % host(r), "WP_CACHE_KEY_SALT=%s:" % b, "DISABLE_WP_CRON=true"]
    return r.choice(["config/environments/shared.env.example", "deploy/common.env.sample"]), J(L)


@neg("php", "ini_settings")
def n_fpm_pool(r):
    L = ["[www]", "user = www-data", "group = www-data", "listen = /run/php/php8.%d-fpm.sock" % r.randint(1, 3), "pm = dynamic",
         "pm.max_children = %d" % r.choice([10, 20, 40]), "", "; secrets come from the unit's EnvironmentFile",
         "env[DB_PASSWORD] = $DB_PASSWORD", "env[WORDPRESS_AUTH_KEY] = $WORDPRESS_AUTH_KEY",
         "php_admin_value[session.save_path] = /var/lib/php/sessions/%s" % brand(r),
         "php_admin_value[opcache.validate_timestamps] = 0"]
    return r.choice(["deploy/php-fpm/www.conf", "docker/php/pool.d/www.conf"]), J(L)


@neg("sonar", "commit_id")
def n_props_sonar(r):
    L = ["sonar.projectKey=%s_%s" % (brand(r), r.choice(["shop", "site", "theme"])), "sonar.organization=%s" % brand(r),
         "sonar.sources=src,wp-content/themes/%s" % brand(r), "sonar.php.coverage.reportPaths=build/coverage.xml",
         "sonar.scm.revision=%s" % hexs(r, 40), "sonar.projectVersion=%s" % version(r)]
    return "sonar-project.properties", J(L)


@neg("mediawiki", "checksum")
def n_mw_extension_json(r):
    name = r.choice(["Cite", "ParserFunctions", "SyntaxHighlight", "TemplateData"])
    L = ["{", '  "name": "%s",' % name, '  "version": "%s",' % version(r), '  "license-name": "GPL-2.0-or-later",',
         '  "requires": { "MediaWiki": ">= 1.41.0" },', '  "manifest_version": 2,',
         '  "ResourceFileModulePaths": { "localBasePath": "modules" },',
         '  "_build": { "commit": "%s", "tarball_sha256": "%s" }' % (hexs(r, 40), hexs(r, 64)), "}"]
    return "extensions/%s/extension.json" % name, J(L)


@neg("magento", "cache_prefix")
def n_magento_cache_cfg(r):
    L = ["<?php", "// merged into env.php by the deploy tool (no credentials here)", "return [", "    'cache' => [",
         "        'frontend' => [", "            'default' => [", "                'id_prefix' => '%s_'," % hexs(r, 3),
         "                'backend' => 'Magento\\\\Framework\\\\Cache\\\\Backend\\\\Redis',",
         "                'backend_options' => ['server' => 'redis', 'database' => '0', 'port' => '6379'],", "            ],",
         "        ],", "    ],",
         "    'cache_types' => ['config' => 1, 'layout' => 1, 'block_html' => 1, 'full_page' => 1],", "];"]
    return "app/etc/env.cache.php", J(L)


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
N_POS = 500
N_NEG = 500
BLOCKED_ENV_RE = re.compile(r"^\.env(\.(local|production|prod|development|dev|staging|test)(\.local)?)?$")


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if re.search(r"(^|\.)env(\.|$)", base):
        return "env"
    if base.startswith("Dockerfile"):
        return "dockerfile"
    if base == ".htaccess":
        return "htaccess"
    if base.endswith(".php-dist"):
        return "php"
    if "." not in base:
        return base.lower()
    return base.rsplit(".", 1)[-1].lower()


def needle_line(text, needle):
    idx = text.index(needle)
    line = text.count("\n", 0, idx) + 1
    assert needle in text.split("\n")[line - 1]
    return line


def cycle_order(r, n_items, total):
    out = []
    while len(out) < total:
        block = list(range(n_items))
        r.shuffle(block)
        out.extend(block)
    return out[:total]


def make_positive(r, t, gs):
    ctx, gen = t["ctx"], t["gen"]
    if gen == "pem_rsa":
        label = r.choice(["PRIVATE KEY", "PRIVATE KEY", "RSA PRIVATE KEY"])
        lines = pem(label, rsa_private_der(r))
        slot = "\n".join(lines)
        needle = lines[1]
    else:
        raw = GEN[gen](r, ctx)
        slot = render_lit(ctx, raw)
        needle = raw
    c = Ctx(r, False, slot, gs)
    path, text = t["fn"](r, c)
    return path, text, needle


def make_negative_reuse(r, t, gs):
    ctx, gen, name = t["ctx"], t["gen"], t["name"]
    cat = pick_cat(r, ctx, gen)
    if cat == "env_ref":
        slot = render_ref(r, ctx, name)
        if t["id"] in ("laravel_app_php", "laravel_database_php"):
            slot = "null"
    else:
        slot = render_lit(ctx, neg_value(r, cat, gen, ctx, name))
    c = Ctx(r, True, slot, gs, cat)
    path, text = t["fn"](r, c)
    return path, text, cat


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_gj.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    for sub in ("pos", "neg"):
        if os.path.exists(os.path.join(outdir, sub)):
            sys.stderr.write("refusing to write into existing %s/%s\n" % (outdir, sub))
            return 1
    r = random.Random(seed)
    gs = {"envfiles": 0, "envcap": N_POS // 25}
    manifest, secrets = [], []

    for i, ti in enumerate(cycle_order(r, len(POS), N_POS)):
        t = POS[ti]
        path, text, needle = make_positive(r, t, gs)
        rel = "pos/p%04d/%s" % (i, path)
        line = needle_line(text, needle)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"], "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": line})

    n_reuse = N_NEG // 2
    kinds = ["reuse"] * n_reuse + ["lookalike"] * (N_NEG - n_reuse)
    r.shuffle(kinds)
    reuse_order = cycle_order(r, len(POS), n_reuse)
    look_order = cycle_order(r, len(NEGL), N_NEG - n_reuse)
    ri = li = 0
    for i, k in enumerate(kinds):
        if k == "reuse":
            t = POS[reuse_order[ri]]
            ri += 1
            path, text, cat = make_negative_reuse(r, t, gs)
            provider, kind = t["provider"], cat
        else:
            t = NEGL[look_order[li]]
            li += 1
            path, text = t["fn"](r)
            provider, kind = t["provider"], t["kind"]
        assert not BLOCKED_ENV_RE.match(path.rsplit("/", 1)[-1]), path
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind, "filetype": filetype(path)})

    # verify what was written
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s["file"]
    assert gs["envfiles"] <= N_POS // 20

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, sort_keys=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
