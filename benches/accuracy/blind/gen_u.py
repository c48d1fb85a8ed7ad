#!/usr/bin/env python3
"""Blind evaluation-set generator "u" for a git pre-commit secret scanner.

EMPHASIS
    CMS, e-commerce and classic web hosting: the PHP/LAMP world and the sites
    built on it.  Secrets sit in long configuration files that a web agency
    commits: wp-config.php, Drupal settings.php, Magento app/etc/env.php,
    Joomla configuration.php, MediaWiki LocalSettings.php, PrestaShop
    parameters.php, Laravel/Symfony/Craft/Statamic .env files, Strapi/Ghost/
    Directus/Payload configs, Shopify/BigCommerce app configs, payment and
    newsletter plugin option dumps (serialized PHP inside SQL dumps), SFTP/FTP
    deploy configs, Ansible/Chef/Compose files for LAMP stacks, README notes.

USAGE
    python3 gen_u.py OUTDIR SEED

    Deterministic per SEED: the only randomness is random.Random(SEED).
    Writes
        OUTDIR/pos/pNNNN/<realistic relative path>   500 files, one credential each
        OUTDIR/neg/nNNNN/<realistic relative path>   500 files, innocent look-alikes
        OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
        OUTDIR/secrets.jsonl   {"file","needle","line"}   (positives only)
    and finally runs a self-check (needle on stated line, no positive needle in
    any negative) and prints counts of providers, kinds and file types.

NEEDLE CONVENTIONS
    * needle = the secret value exactly as written in the file, without the
      surrounding quotes, without the variable name, without "base64:"-style
      wrappers only when the wrapper is not part of the value the app reads
      (Laravel APP_KEY keeps its "base64:" prefix because the app needs it;
      CodeIgniter 4 "hex2bin:" is kept too for the same reason).
    * For passwords inside URLs/DSNs (mysql://user:PASS@host) the needle is PASS.
    * Strapi APP_KEYS: the needle is the whole comma-separated list (one setting).
    * WordPress application passwords: the needle includes the spaces, exactly
      as WordPress displays them ("xxxx xxxx xxxx xxxx xxxx xxxx").
    * Serialized PHP (s:N:"...") inside SQL dumps: the needle is the inner
      string only; the N byte lengths are computed correctly.
    * line = 1-based line of the first character of the needle.  Every needle
      occurs exactly once in its file.
    * About a third of positives use names that do not name the provider
      (token, apiKey, AUTH, secret, pass, a positional argument, ...).

DECISIONS
    * .htpasswd: plaintext entries only work on Windows/NetWare/TPF builds of
      Apache, so .htpasswd files here always contain HASHES ($apr1$, $2y$,
      {SHA}) and are NEGATIVES.  The positive "basic-auth password" kind is
      the plaintext password passed to `htpasswd -b` in provisioning scripts,
      Makefiles and README notes, which is where agencies really leak it.
    * Public keys documented as safe to expose are NEGATIVES: reCAPTCHA site
      keys, hCaptcha site keys, Stripe pk_ keys, PayPal client-id in the JS SDK
      URL, Algolia *search-only* keys in front-end code (Algolia documents
      them as meant for the browser), Ghost *Content* API keys (Ghost documents
      them as safe for browsers), Mollie profile ids (pfl_), Shopify app
      API keys/client ids, Cloudflare zone/account ids, Mailchimp embed-form
      u=/id= values, SendGrid template ids.
    * Provider-published test vectors are NEGATIVES: Google's reCAPTCHA test
      key pair, hCaptcha's 0x000..0 test secret, Stripe's documentation
      sample key pair.
    * Directus `KEY` is documented as a project identifier (UUID); a Directus
      .env with only KEY=<uuid> and SECRET taken from the environment is a
      NEGATIVE.  Directus `SECRET` is a positive.
    * WooCommerce `consumer_key` column in wp_woocommerce_api_keys is an HMAC
      sha256 (negative); ck_/cs_ values in code/config are positives.  A ck_
      and its cs_ never appear in the same positive file (one credential per
      file); the other half is read from the environment.
    * Ciphertext (SOPS, sealed-secrets, ansible-vault), password hashes
      ($P$, $wp$2y$, $S$, $argon2id$, Magento sha256 hash:salt:ver) and
      digests are negatives.

DOUBTS (formats I am not sure of)
    * BigCommerce API-account access tokens: I generate 31 lowercase
      alphanumerics; I have no documentation of the exact length/alphabet.
    * PrestaShop parameters.php: cookie_key 56 alnum, cookie_iv 32 alnum,
      secret 64 alnum -- lengths vary between 1.6/1.7/8.x; new_cookie_key is a
      defuse/php-encryption ASCII-safe key (def00000 + key + sha256 checksum,
      136 hex, checksum computed correctly); Shopware 6 APP_SECRET uses the
      same defuse format (I am fairly, not fully, sure of that).
    * Magento crypt key: 32 hex (<=2.4.6) or "base64" + base64(32 bytes)
      (2.4.7+ installer); both are generated.
    * Stripe secret keys: both the legacy 24-char body and the newer long
      "51..." body (~99 chars) are generated; the exact new length is a guess.
    * PayPal REST client secret: 80 chars [A-Za-z0-9_-] starting with "E";
      client id 80 chars starting with "A" -- from memory, not documentation.
    * hCaptcha secrets: legacy "0x" + 40 hex; newer "ES_" + 32 hex form is
      unconfirmed, so only the 0x form is generated.
    * Plesk secret keys: older docs show 32 hex, Obsidian docs show a
      UUID-shaped value (8-4-4-4-12 hex, not a v4 UUID); both generated.
    * cPanel API tokens: 32 uppercase alphanumerics (from memory).
    * Font Awesome Pro npm package tokens: UUID-shaped (from memory).
    * Payload CMS PAYLOAD_SECRET: 24 hex (create-payload-app) -- guess.
    * Directus SECRET: 32 alnum (no fixed documented format).
    * Strapi full-access API tokens: 256 hex (crypto.randomBytes(128)) -- from
      memory.  Strapi salts/JWT secrets: base64 of 16 random bytes.
    * Braintree tokenization keys (negative, client-side) "production_xxxxxxxx_
      yyyyyyyyyyyyyyyy": shape from memory.
    * Provider test vectors are quoted from memory: Google reCAPTCHA test pair
      (6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI / 6LeIxAcTAAAAAGG-vFI1TnRWxMZ
      NFuojJ4WifJWe), hCaptcha 10000000-ffff-ffff-ffff-000000000001 / 0x00..0,
      Stripe docs pk_test_TYooMQauvdEDq54NiTphI7jx / sk_test_4eC39HqLyjWDarjt
      T1zdp7dc.  If one is misremembered it is still a documented sample.
    * reCAPTCHA keys: "6L" + [c-f] + 5 chars + "AAAAA" + 27 chars (40 total),
      shape inferred from keys seen in the wild, not from documentation.
    * WordPress application passwords: 24 alphanumerics shown in groups of 4.
    * Laravel MAIL_PASSWORD sometimes uses the Mailgun-style
      hex32-hex8-hex8 shape; provider stays "laravel" (the slot owner).
    * GitHub/npm checksum: CRC32 of the 30-char random part, base62
      (0-9A-Za-z) encoded, left-padded with '0' to 6 chars, as the brief says.
"""
import base64
import collections
import hashlib
import json
import os
import string
import sys
import zlib
import random

# ---------------------------------------------------------------------------
# alphabets and random primitives
# ---------------------------------------------------------------------------
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"
# characters used by https://api.wordpress.org/secret-key/1.1/salt/
WP_SALT_CHARS = ALNUM + "!@#$%^&*()-_ []{}<>~`+=,.;:/?|"

BANNED = ("pass", "test", "admin", "secret", "demo", "fake", "dummy", "sample",
          "example", "token", "abcd", "bcde", "cdef", "1234", "2345", "3456",
          "4567", "5678", "6789", "qwer", "asdf", "dead", "beef", "cafe",
          "babe", "fuck", "shit", "key", "pwd", "xxx")


def _ok(s):
    low = s.lower()
    for b in BANNED:
        if b in low:
            return False
    for i in range(len(s) - 3):
        if s[i] == s[i + 1] == s[i + 2] == s[i + 3]:
            return False
    return True


def rnd(r, alpha, n):
    while True:
        s = "".join(r.choice(alpha) for _ in range(n))
        if _ok(s):
            return s


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(r, n):
    while True:
        s = base64.b64encode(rbytes(r, n)).decode()
        if _ok(s):
            return s


def b64url_nopad(r, n):
    while True:
        s = base64.urlsafe_b64encode(rbytes(r, n)).decode().rstrip("=")
        if _ok(s):
            return s


def hexs(r, n):
    return rnd(r, HEX, n)


def uuid4(r):
    h = list(hexs(r, 32))
    h[12] = "4"
    h[16] = "89ab"[int(h[16], 16) % 4]
    h = "".join(h)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def uuid_shape(r, upper=False):
    h = hexs(r, 32)
    if upper:
        h = h.upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def b62enc(n, width=6):
    s = ""
    while n:
        n, rem = divmod(n, 62)
        s = B62[rem] + s
    return s.rjust(width, "0")


def checksum_token(r, prefix):
    body = rnd(r, ALNUM, 30)
    return prefix + body + b62enc(zlib.crc32(body.encode()) & 0xFFFFFFFF)


def defuse_key(r):
    hdr = bytes.fromhex("def00000")
    key = rbytes(r, 32)
    chk = hashlib.sha256(hdr + key).digest()
    return (hdr + key + chk).hex()


def wp_salt(r):
    return rnd(r, WP_SALT_CHARS, 64)


# ---------------------------------------------------------------------------
# provider formats
# ---------------------------------------------------------------------------
def stripe_sk(r, mode=None, kind="sk"):
    mode = mode or r.choice(["live", "live", "test"])
    if r.random() < 0.5:
        return f"{kind}_{mode}_" + rnd(r, ALNUM, 24)
    return f"{kind}_{mode}_51" + rnd(r, ALNUM, 97)


def stripe_pk(r, mode=None):
    mode = mode or r.choice(["live", "test"])
    if r.random() < 0.5:
        return f"pk_{mode}_" + rnd(r, ALNUM, 24)
    return f"pk_{mode}_51" + rnd(r, ALNUM, 97)


def recaptcha_key(r):
    return "6L" + r.choice("cdef") + rnd(r, B64URL, 5) + "AAAAA" + rnd(r, B64URL, 27)


def paypal_secret(r):
    return "E" + rnd(r, B64URL, 79)


def paypal_client_id(r):
    return "A" + rnd(r, B64URL, 79)


def mailchimp_key(r):
    return hexs(r, 32) + "-us" + str(r.randint(1, 21))


def sendgrid_key(r):
    return "SG." + rnd(r, B64URL, 22) + "." + rnd(r, B64URL, 43)


def shopify_tok(r, prefix):
    return prefix + hexs(r, 32)


def laravel_key(r):
    return "base64:" + b64(r, 32)


def google_api_key(r):
    return "AIza" + rnd(r, B64URL, 35)


def wp_app_password(r):
    raw = rnd(r, ALNUM, 24)
    return " ".join(raw[i:i + 4] for i in range(0, 24, 4))


# ---------------------------------------------------------------------------
# human passwords and panel-generated passwords
# ---------------------------------------------------------------------------
FIRST = ["Marek", "Kasia", "Jens", "Lotte", "Tomas", "Aylin", "Pieter", "Sanne",
         "Mateo", "Giulia", "Henrik", "Ines", "Bartek", "Noor", "Lukas", "Elif",
         "Rafael", "Ingrid", "Dorota", "Matteo", "Freya", "Oskar", "Zeynep",
         "Julien", "Amelie", "Vincent", "Bogdan", "Mirela", "Kees", "Astrid"]
WORDS = ["winter", "harbor", "falcon", "orchard", "lantern", "pepper", "meadow",
         "copper", "tulip", "otter", "granite", "sparrow", "maple", "juniper",
         "saffron", "kestrel", "walnut", "ember", "lagoon", "thistle", "badger",
         "cobalt", "clover", "heron", "fjord", "marmot", "quince", "birch"]
CITIES = ["Gdansk", "Utrecht", "Malmo", "Porto", "Bergen", "Leipzig", "Bilbao",
          "Krakow", "Ghent", "Tampere", "Graz", "Lyon", "Brno", "Cork", "Turin"]
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"}


def leet(r, w):
    return "".join(LEET[c] if c in LEET and r.random() < 0.5 else c for c in w)


def human_pw(r, url_safe=False):
    syms = "!.-_*+" if url_safe else "!.-_*+#&%?"
    p = r.randrange(7)
    yr = str(r.randint(1961, 2009))
    if p == 0:
        s = f"{r.choice(FIRST)}{r.choice('._-')}{yr}{r.choice(WORDS)}"
    elif p == 1:
        s = f"{r.choice(WORDS).capitalize()}{r.choice(syms)}{r.choice(CITIES)}{r.randint(10, 99)}"
    elif p == 2:
        s = f"{leet(r, r.choice(WORDS)).capitalize()}{r.choice(syms)}{r.randint(2, 9)}{r.choice(WORDS)}"
    elif p == 3:
        s = f"{r.choice(WORDS)}{r.choice(WORDS).capitalize()}{r.randint(10, 999)}{r.choice(syms)}"
    elif p == 4:
        s = f"{r.choice(CITIES)}{yr[2:]}{r.choice(syms)}{r.choice(FIRST).lower()}"
    elif p == 5:
        s = f"{r.choice(FIRST)}{r.choice(syms)}{leet(r, r.choice(WORDS))}{r.randint(1, 9)}{r.choice(syms)}"
    else:
        s = f"{r.choice(WORDS).capitalize()}{r.choice(WORDS).capitalize()}{r.choice(syms)}{yr}"
    return s


def gen_pw(r, n=None, url_safe=False):
    n = n or r.randint(12, 24)
    syms = "!-_.*~" if url_safe else "!-_.*~@%^+=:?"
    alpha = ALNUM + syms
    while True:
        s = rnd(r, alpha, n)
        if (any(c.isupper() for c in s) and any(c.islower() for c in s)
                and any(c.isdigit() for c in s) and any(c in syms for c in s)
                and s[0] not in "-*!@%?:,"):
            return s


def db_pw(r, url_safe=False):
    return human_pw(r, url_safe) if r.random() < 0.45 else gen_pw(r, url_safe=url_safe)


# ---------------------------------------------------------------------------
# realistic surroundings
# ---------------------------------------------------------------------------
CLIENTS = [("kaffeehaus-mueller", "de"), ("nordlicht-moebel", "de"), ("bakkerij-devries", "nl"),
           ("hotel-alpenrose", "at"), ("fietsen-jansen", "nl"), ("ortopedia-sanz", "es"),
           ("blueharbor-yachts", "com"), ("lavanda-cosmetici", "it"), ("brightside-dental", "co.uk"),
           ("papeterie-lemaire", "fr"), ("sklep-rowerowy", "pl"), ("mountainpixel", "com"),
           ("greenleaf-tea", "co.uk"), ("vinoteca-rossi", "it"), ("kotimaan-kala", "fi"),
           ("elbe-immobilien", "de"), ("studio-zuidas", "nl"), ("olive-and-thyme", "com"),
           ("fjordkajakk", "no"), ("atelier-brun", "fr"), ("ceramica-lisboa", "pt"),
           ("harbourside-physio", "ie"), ("kinderhaus-sonne", "de"), ("tuinmeubel-online", "nl"),
           ("pivovar-kolar", "cz"), ("skidshop-are", "se"), ("dogwood-outfitters", "com"),
           ("salon-margot", "be"), ("weingut-hahn", "de"), ("casa-verde-rentals", "es")]
AGENCIES = ["Pixelwerk GmbH", "Studio Kade", "Northwind Digital", "Blauwe Vos Webbureau",
            "Kraft & Kode", "Agencja Orbita", "Lumen Interactive", "Hexagon Web Ltd",
            "Atelier Numérique", "Sitebakers"]
DEVS = ["marta", "jonas", "pieter", "ola", "kevin", "sanne", "tomek", "lea", "ruben", "ines"]


class Site:
    def __init__(self, r):
        slug, tld = r.choice(CLIENTS)
        self.slug = slug
        self.domain = f"{slug}.{tld}"
        parts = slug.split("-")
        short = (parts[0][:6] + (parts[1][:4] if len(parts) > 1 else "")).replace("-", "")
        self.short = short
        self.db = r.choice([f"{short}_wp", f"{short}_prod", f"wp_{short}", f"{short}", f"db{r.randint(100, 999)}_{short}"])
        self.dbuser = r.choice([f"{short}_usr", f"{short}", f"u{r.randint(1000, 9999)}_{short[:5]}", "wp_user", f"{short}_app"])
        self.dbhost = r.choice(["localhost", "127.0.0.1", "db", "mysql", f"mysql{r.randint(1, 9)}.webhosting.internal",
                                f"{short}-db.cluster-internal.eu-central-1.rds.amazonaws.com", "10.0.12.%d" % r.randint(2, 250)])
        self.ip = "%d.%d.%d.%d" % (r.choice([37, 46, 78, 85, 91, 136, 159, 185, 188, 212]), r.randint(1, 254), r.randint(1, 254), r.randint(2, 254))
        self.agency = r.choice(AGENCIES)
        self.dev = r.choice(DEVS)
        self.prefix = r.choice(["wp_", "wp_", f"{short[:3]}_", "wp%d_" % r.randint(1, 9)])
        self.year = r.randint(2019, 2024)
        self.date = "%d-%02d-%02d" % (self.year, r.randint(1, 12), r.randint(1, 28))
        self.sshuser = r.choice(["deploy", short, f"{short}web", "web%d" % r.randint(1, 99), "ftp_" + short[:6]])
        self.webroot = r.choice([f"/var/www/{self.domain}/htdocs", f"/home/{short}/public_html", f"/srv/www/{short}/current/web",
                                 f"/var/www/vhosts/{self.domain}/httpdocs", f"/home/{short}/www"])


def pick(r, provider_named, generic, p_generic=0.34):
    """Choose a variable name: ~1/3 of the time one that does not name the provider."""
    return r.choice(generic) if r.random() < p_generic else r.choice(provider_named)


def q(r):
    return r.choice(["'", '"'])


def php_ser(v):
    if isinstance(v, bool):
        return f"b:{int(v)};"
    if isinstance(v, int):
        return f"i:{v};"
    if v is None:
        return "N;"
    if isinstance(v, str):
        return f's:{len(v.encode())}:"{v}";'
    if isinstance(v, list):
        v = dict(enumerate(v))
    if isinstance(v, dict):
        return f"a:{len(v)}:{{" + "".join(php_ser(k) + php_ser(x) for k, x in v.items()) + "}"
    raise TypeError(v)


def sql_str(s, mysqldump=True):
    if mysqldump:
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace('"', '\\"') + "'"
    return "'" + s.replace("'", "''") + "'"


def dump_header(site, r, table):
    host = r.choice(["localhost", "127.0.0.1", site.dbhost])
    if r.random() < 0.5:
        return [f"-- MySQL dump 10.13  Distrib 8.0.{r.randint(28, 36)}, for Linux (x86_64)",
                "--",
                f"-- Host: {host}    Database: {site.db}",
                "-- ------------------------------------------------------",
                f"-- Server version\t8.0.{r.randint(28, 36)}",
                "",
                "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;",
                "/*!40101 SET NAMES utf8mb4 */;",
                "/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;",
                "",
                "--",
                f"-- Dumping data for table `{table}`",
                "--",
                "",
                f"LOCK TABLES `{table}` WRITE;",
                f"/*!40000 ALTER TABLE `{table}` DISABLE KEYS */;"], True
    return [f"-- phpMyAdmin SQL Dump",
            f"-- version 5.2.{r.randint(0, 1)}",
            "-- https://www.phpmyadmin.net/",
            "--",
            f"-- Host: {host}",
            f"-- Generation Time: {site.date} at {r.randint(1, 23):02d}:{r.randint(0, 59):02d}",
            f"-- Server version: 10.{r.randint(3, 11)}.{r.randint(2, 20)}-MariaDB",
            f"-- PHP Version: 8.{r.randint(0, 3)}.{r.randint(1, 28)}",
            "",
            'SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";',
            "START TRANSACTION;",
            'SET time_zone = "+00:00";',
            "",
            "--",
            f"-- Dumping data for table `{table}`",
            "--",
            ""], False


def dump_footer(mysqldump, table):
    if mysqldump:
        return [f"/*!40000 ALTER TABLE `{table}` ENABLE KEYS */;", "UNLOCK TABLES;", ""]
    return ["COMMIT;", ""]


def wp_options_rows(site, r, special, mysqldump):
    """special: list of (option_name, php-value) to place among filler rows."""
    filler = [
        ("siteurl", f"https://{site.domain}"), ("home", f"https://www.{site.domain}"),
        ("blogname", site.slug.replace("-", " ").title()), ("blogdescription", "Just another WordPress site"),
        ("users_can_register", "0"), ("admin_email", f"info@{site.domain}"), ("start_of_week", "1"),
        ("use_balanceTags", "0"), ("mailserver_url", "mail.example.com"), ("posts_per_page", "10"),
        ("date_format", "j. F Y"), ("time_format", "H:i"), ("permalink_structure", "/%postname%/"),
        ("template", r.choice(["astra", "generatepress", "kadence", "hello-elementor", "storefront"])),
        ("stylesheet", r.choice(["astra-child", "generatepress_child", "kadence-child", f"{site.short}-theme"])),
        ("widget_block", php_ser({2: {"content": "<!-- wp:search /-->"}, 3: {"content": "<!-- wp:group --><div class=\"wp-block-group\"></div><!-- /wp:group -->"}, "_multiwidget": 1})),
        ("active_plugins", php_ser(["akismet/akismet.php", "woocommerce/woocommerce.php", "wordpress-seo/wp-seo.php", "contact-form-7/wp-contact-form-7.php"])),
        ("timezone_string", r.choice(["Europe/Berlin", "Europe/Amsterdam", "Europe/Warsaw", "Europe/London", "Europe/Madrid"])),
        ("WPLANG", r.choice(["de_DE", "nl_NL", "pl_PL", "", "es_ES", "fr_FR"])),
        ("db_version", str(r.choice([53496, 55853, 56657, 57155]))),
    ]
    r.shuffle(filler)
    n = r.randint(6, 14)
    rows = filler[:n]
    for sp in special:
        rows.insert(r.randint(0, len(rows)), sp)
    oid = r.randint(100, 4000)
    out = []
    ids = []
    for _ in rows:
        oid += r.randint(1, 9)
        ids.append(oid)
    pairs = sorted(zip(ids, rows)) if r.random() < 0.7 else list(zip(ids, rows))
    for oid, (k, v) in pairs:
        out.append(f"({oid},{sql_str(k, mysqldump)},{sql_str(v, mysqldump)},'{r.choice(['yes', 'yes', 'no', 'auto'])}')")
    return out


def wp_options_dump(site, r, special):
    table = f"{site.prefix}options"
    head, md = dump_header(site, r, table)
    rows = wp_options_rows(site, r, special, md)
    lines = list(head)
    lines.append(f"INSERT INTO `{table}` (`option_id`, `option_name`, `option_value`, `autoload`) VALUES")
    for i, row in enumerate(rows):
        lines.append(row + ("," if i < len(rows) - 1 else ";"))
    lines.append("")
    lines += dump_footer(md, table)
    return "\n".join(lines)


def wp_config_head(site, r):
    return ["<?php",
            "/**",
            " * The base configuration for WordPress",
            " *",
            " * The wp-config.php creation script uses this file during the installation.",
            " * You don't have to use the website, you can copy this file to \"wp-config.php\"",
            " * and fill in the values.",
            " *",
            " * @link https://wordpress.org/documentation/article/editing-wp-config-php/",
            " *",
            " * @package WordPress",
            " */",
            ""]


def wp_config_tail(site, r):
    out = ["",
           "/**#@+",
           " * WordPress database table prefix.",
           " */",
           f"$table_prefix = '{site.prefix}';",
           "",
           f"define( 'WP_DEBUG', {r.choice(['false', 'false', 'true'])} );",
           f"define( 'WP_DEBUG_LOG', {r.choice(['false', 'true'])} );",
           f"define( 'DISALLOW_FILE_EDIT', true );",
           f"define( 'WP_MEMORY_LIMIT', '{r.choice(['256M', '512M', '128M'])}' );"]
    if r.random() < 0.5:
        out.append(f"define( 'WP_ENVIRONMENT_TYPE', '{r.choice(['production', 'staging'])}' );")
    if r.random() < 0.4:
        out.append(f"define( 'WP_HOME', 'https://{site.domain}' );")
        out.append(f"define( 'WP_SITEURL', 'https://{site.domain}' );")
    out += ["",
            "/* That's all, stop editing! Happy publishing. */",
            "",
            "/** Absolute path to the WordPress directory. */",
            "if ( ! defined( 'ABSPATH' ) ) {",
            "\tdefine( 'ABSPATH', __DIR__ . '/' );",
            "}",
            "",
            "/** Sets up WordPress vars and included files. */",
            "require_once ABSPATH . 'wp-settings.php';",
            ""]
    return out


SALT_NAMES = ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY",
              "AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT"]


def wp_db_block(site, r, pw_expr):
    return ["// ** Database settings - You can get this info from your web host ** //",
            "/** The name of the database for WordPress */",
            f"define( 'DB_NAME', '{site.db}' );",
            "",
            "/** Database username */",
            f"define( 'DB_USER', '{site.dbuser}' );",
            "",
            "/** Database password */",
            f"define( 'DB_PASSWORD', {pw_expr} );",
            "",
            "/** Database hostname */",
            f"define( 'DB_HOST', '{site.dbhost}' );",
            "",
            "/** Database charset to use in creating database tables. */",
            "define( 'DB_CHARSET', 'utf8mb4' );",
            "",
            "/** The database collate type. Don't change this if in doubt. */",
            "define( 'DB_COLLATE', '' );"]


def wp_salts_env_block(r, skip=None):
    names = [n for n in SALT_NAMES if n != skip]
    style = r.randrange(3)
    if style == 0:
        return ["/**#@+ Authentication unique keys and salts, injected by the host (see README). */",
                "foreach ( array( " + ", ".join(f"'{n}'" for n in names) + " ) as $wp_salt_name ) {",
                "\tdefine( $wp_salt_name, getenv( 'WP_' . $wp_salt_name ) );",
                "}"]
    if style == 1:
        return ["/**#@+ Authentication unique keys and salts. */"] + \
               [f"define( '{n}', getenv( '{n}' ) );" for n in names]
    return ["/**#@+ Authentication unique keys and salts (from the server environment). */"] + \
           [f"define( '{n}', $_SERVER['{n}'] ?? '' );" for n in names]


def P(path, text, needle, provider, kind, filetype):
    if isinstance(text, list):
        text = "\n".join(text)
    if not text.endswith("\n"):
        text += "\n"
    return {"path": path, "text": text, "needle": needle, "provider": provider, "kind": kind, "filetype": filetype}


N = P  # negatives use the same record without a needle


# ===========================================================================
# POSITIVES
# ===========================================================================

def pos_wp_db_password(r):
    s = Site(r)
    pw = db_pw(r)
    v = r.randrange(4)
    if v == 0:
        lines = wp_config_head(s, r) + wp_db_block(s, r, f"'{pw}'") + [""] + wp_salts_env_block(r) + wp_config_tail(s, r)
        return P(r.choice(["wp-config.php", "public_html/wp-config.php", "web/wp-config.php"]), lines, pw, "wordpress", "db_password", "wp-config.php")
    if v == 1:
        pw = db_pw(r, url_safe=True).replace("$", "")
        name = pick(r, ["WORDPRESS_DB_PASSWORD"], ["WORDPRESS_DB_PASSWORD"])
        lines = ["services:",
                 "  wordpress:",
                 f"    image: wordpress:{r.choice(['6.4-php8.2-apache', '6.5-php8.3-apache', '6.3.2-php8.1-fpm', 'latest'])}",
                 "    restart: unless-stopped",
                 "    ports:",
                 f"      - \"{r.choice(['8080', '8000', '80'])}:80\"",
                 "    environment:",
                 f"      WORDPRESS_DB_HOST: {s.dbhost}:3306",
                 f"      WORDPRESS_DB_USER: {s.dbuser}",
                 f"      {name}: '{pw}'",
                 f"      WORDPRESS_DB_NAME: {s.db}",
                 f"      WORDPRESS_TABLE_PREFIX: {s.prefix}",
                 "      WORDPRESS_CONFIG_EXTRA: |",
                 "        define('WP_MEMORY_LIMIT', '256M');",
                 "        define('DISALLOW_FILE_EDIT', true);",
                 "    volumes:",
                 "      - ./wp-content:/var/www/html/wp-content",
                 "      - ./uploads.ini:/usr/local/etc/php/conf.d/uploads.ini:ro",
                 "    networks:",
                 "      - backend",
                 "",
                 "networks:",
                 "  backend:",
                 "    external: true",
                 f"    name: {s.short}_backend"]
        return P(r.choice(["docker-compose.yml", "compose.yaml", "docker/docker-compose.prod.yml"]), lines, pw, "wordpress", "db_password", "docker-compose")
    if v == 2:
        key = r.choice(["dbpass", "dbpass"])
        lines = ["# WP-CLI configuration for " + s.domain,
                 "path: web/wp",
                 f"url: https://{s.domain}",
                 "",
                 "core download:",
                 f"  locale: {r.choice(['de_DE', 'nl_NL', 'en_GB', 'pl_PL'])}",
                 "  skip-content: true",
                 "",
                 "config create:",
                 f"  dbname: {s.db}",
                 f"  dbuser: {s.dbuser}",
                 f"  {key}: '{pw}'",
                 f"  dbhost: {s.dbhost}",
                 f"  dbprefix: {s.prefix}",
                 "  extra-php: |",
                 "    define( 'WP_DEBUG', false );",
                 "    define( 'DISABLE_WP_CRON', true );",
                 "",
                 "@staging:",
                 f"  ssh: {s.sshuser}@staging.{s.domain}/var/www/staging/web/wp",
                 "@production:",
                 f"  ssh: {s.sshuser}@{s.ip}{s.webroot}"]
        return P("wp-cli.yml", lines, pw, "wordpress", "db_password", "wp-cli.yml")
    name = pick(r, ["wordpress_db_password", "wp_db_password"], ["db_pass", "mysql_app_password", "site_db_password"])
    lines = ["---",
             f"# group_vars for {s.domain} ({s.agency})",
             f"wordpress_domain: {s.domain}",
             f"wordpress_path: {s.webroot}",
             f"wordpress_version: \"{r.choice(['6.4.3', '6.5.2', '6.3.1', '6.6.1'])}\"",
             "wordpress_locale: de_DE",
             "",
             f"wp_db_name: {s.db}",
             f"wp_db_user: {s.dbuser}",
             f"{name}: \"{pw}\"",
             f"wp_db_host: {s.dbhost}",
             "",
             "php_version: \"8.2\"",
             "php_memory_limit: 256M",
             "php_upload_max_filesize: 64M",
             "",
             "apache_vhosts:",
             f"  - servername: {s.domain}",
             f"    serveralias: www.{s.domain}",
             f"    documentroot: {s.webroot}",
             "",
             "certbot_admin_email: ops@" + s.domain]
    return P(r.choice(["ansible/group_vars/production.yml", "provisioning/host_vars/web1.yml", "roles/wordpress/defaults/main.yml"]), lines, pw, "wordpress", "db_password", "ansible-yaml")


def pos_wp_salt(r):
    s = Site(r)
    salt = wp_salt(r)
    name = r.choice(SALT_NAMES)
    lines = wp_config_head(s, r) + wp_db_block(s, r, "getenv( 'DB_PASSWORD' )") + [""]
    env = wp_salts_env_block(r, skip=name)
    env.insert(1, f"define( '{name}', '{salt}' ); // rotated {s.date} after the staging leak, TODO move to env")
    lines += env + wp_config_tail(s, r)
    return P(r.choice(["wp-config.php", "public/wp-config.php"]), lines, salt, "wordpress", "auth_salt", "wp-config.php")


def pos_wp_jwt_secret(r):
    s = Site(r)
    salt = wp_salt(r)
    if r.random() < 0.6:
        name = r.choice(["JWT_AUTH_SECRET_KEY", "GRAPHQL_JWT_AUTH_SECRET_KEY", "JWT_AUTH_SECRET_KEY"])
        lines = wp_config_head(s, r) + wp_db_block(s, r, "getenv( 'DB_PASSWORD' )") + [""] + wp_salts_env_block(r) + [
            "",
            "/** Headless frontend (Next.js) authenticates against the REST API */",
            f"define( '{name}', '{salt}' );",
            "define( 'JWT_AUTH_CORS_ENABLE', true );"] + wp_config_tail(s, r)
        return P("wp-config.php", lines, salt, "wordpress-plugin", "jwt_secret", "wp-config.php")
    var = pick(r, ["jwt_secret"], ["secret", "signing_key"])
    lines = ["<?php",
             "/**",
             f" * Plugin Name: {s.short.title()} Headless Auth",
             " * Description: Issues tokens for the mobile app. Must-use plugin.",
             f" * Author: {s.agency}",
             " */",
             "",
             "defined( 'ABSPATH' ) || exit;",
             "",
             f"${var} = '{salt}';",
             "",
             "add_filter( 'jwt_auth_secret_key', function () use ( $" + var + " ) {",
             f"\treturn ${var};",
             "} );",
             "",
             "add_filter( 'jwt_auth_expire', function ( $expire, $issued_at ) {",
             "\treturn $issued_at + DAY_IN_SECONDS * 7;",
             "}, 10, 2 );"]
    return P(f"wp-content/mu-plugins/{s.short}-headless-auth.php", lines, salt, "wordpress-plugin", "jwt_secret", "php")


def pos_wp_app_password(r):
    s = Site(r)
    ap = wp_app_password(r)
    v = r.randrange(2)
    user = r.choice(["deploy-bot", "api", s.dev, "n8n", "zapier"])
    if v == 0:
        lines = ["#!/usr/bin/env bash",
                 "# Push the generated price list to the WP media library after each export.",
                 "set -euo pipefail",
                 "",
                 f"SITE=\"https://{s.domain}\"",
                 f"WP_USER=\"{user}\"",
                 f"APP_PASS=\"{ap}\"",
                 "FILE=\"${1:-export/preisliste.pdf}\"",
                 "",
                 "curl -fsS -X POST \"$SITE/wp-json/wp/v2/media\" \\",
                 "  --user \"$WP_USER:$APP_PASS\" \\",
                 "  -H \"Content-Disposition: attachment; filename=$(basename \"$FILE\")\" \\",
                 "  -H \"Content-Type: application/pdf\" \\",
                 "  --data-binary @\"$FILE\" | jq '.id, .source_url'"]
        return P("scripts/upload-pricelist.sh", lines, ap, "wordpress", "application_password", "shell")
    lines = ["import requests",
             "",
             f"BASE = \"https://{s.domain}/wp-json/wp/v2\"",
             f"AUTH = (\"{user}\", \"{ap}\")",
             "",
             "",
             "def publish_draft(title, html):",
             "    resp = requests.post(f\"{BASE}/posts\", auth=AUTH, json={",
             "        \"title\": title,",
             "        \"content\": html,",
             "        \"status\": \"draft\",",
             "    }, timeout=30)",
             "    resp.raise_for_status()",
             "    return resp.json()[\"id\"]"]
    return P("tools/wp_publish.py", lines, ap, "wordpress", "application_password", "python")


def pos_woo_key(r, which):
    s = Site(r)
    ck = "ck_" + hexs(r, 40)
    cs = "cs_" + hexs(r, 40)
    val = ck if which == "consumer_key" else cs
    v = r.randrange(3)
    if v == 0:
        kvar = pick(r, ["WC_CONSUMER_KEY", "WOO_CONSUMER_KEY"], ["SHOP_API_USER", "API_KEY"])
        svar = pick(r, ["WC_CONSUMER_SECRET", "WOO_CONSUMER_SECRET"], ["SHOP_API_PASS", "API_SECRET"])
        lines = [f"# .env.local - {s.slug} storefront (Next.js)",
                 f"NEXT_PUBLIC_SITE_URL=https://shop.{s.domain}",
                 f"WORDPRESS_URL=https://cms.{s.domain}",
                 "NEXT_PUBLIC_CURRENCY=EUR",
                 ""]
        if which == "consumer_key":
            lines += [f"{kvar}={ck}", f"# {svar} is injected by Vercel, never commit it"]
        else:
            lines += [f"# {kvar} is injected by Vercel", f"{svar}={cs}"]
        lines += ["", "REVALIDATE_SECONDS=300", "NEXT_PUBLIC_GA_ID=G-" + rnd(r, UPPER_ALNUM, 10)]
        return P(".env.local", lines, val, "woocommerce", which, "dotenv")
    if v == 1:
        kexpr = f"'{ck}'" if which == "consumer_key" else "getenv('WC_CONSUMER_KEY')"
        sexpr = f"'{cs}'" if which == "consumer_secret" else "getenv('WC_CONSUMER_SECRET')"
        lines = ["<?php",
                 "",
                 "require __DIR__ . '/vendor/autoload.php';",
                 "",
                 "use Automattic\\WooCommerce\\Client;",
                 "",
                 "// Nightly stock sync from the ERP CSV export",
                 "$woocommerce = new Client(",
                 f"    'https://{s.domain}',",
                 f"    {kexpr},",
                 f"    {sexpr},",
                 "    [",
                 "        'version' => 'wc/v3',",
                 "        'timeout' => 60,",
                 "    ]",
                 ");",
                 "",
                 "$rows = array_map('str_getcsv', file(__DIR__ . '/import/stock.csv'));",
                 "foreach (array_slice($rows, 1) as [$sku, $qty]) {",
                 "    $found = $woocommerce->get('products', ['sku' => $sku]);",
                 "    if ($found) {",
                 "        $woocommerce->put('products/' . $found[0]->id, ['stock_quantity' => (int) $qty]);",
                 "    }",
                 "}"]
        return P("erp-sync/sync-stock.php", lines, val, "woocommerce", which, "php")
    kname = pick(r, ["consumer_key"], ["key", "user"])
    sname = pick(r, ["consumer_secret"], ["secret", "pass"])
    body = [f"  \"{kname}\": \"{ck}\"," if which == "consumer_key" else f"  \"{kname}\": null,",
            f"  \"{sname}\": \"{cs}\"," if which == "consumer_secret" else f"  \"{sname}\": null,"]
    lines = ["{",
             f"  \"store_url\": \"https://{s.domain}\",",
             "  \"api_version\": \"wc/v3\","] + body + [
             "  \"verify_ssl\": true,",
             "  \"query_string_auth\": false,",
             "  \"order_status_filter\": [\"processing\", \"on-hold\"],",
             f"  \"warehouse_id\": {r.randint(2, 40)}",
             "}"]
    return P("config/woocommerce.json", lines, val, "woocommerce", which, "json")


def drupal_settings(s, r, pw_expr, salt_expr):
    return ["<?php",
            "",
            "// @codingStandardsIgnoreFile",
            "",
            "/**",
            " * @file",
            f" * Drupal site-specific configuration file for {s.domain}.",
            " */",
            "",
            "$databases['default']['default'] = [",
            f"  'database' => '{s.db}',",
            f"  'username' => '{s.dbuser}',",
            f"  'password' => {pw_expr},",
            "  'prefix' => '',",
            f"  'host' => '{s.dbhost}',",
            "  'port' => '3306',",
            "  'isolation_level' => 'READ COMMITTED',",
            "  'driver' => 'mysql',",
            "  'namespace' => 'Drupal\\\\mysql\\\\Driver\\\\Database\\\\mysql',",
            "  'autoload' => 'core/modules/mysql/src/Driver/Database/mysql/',",
            "];",
            "",
            "/**",
            " * Salt for one-time login links, cancel links, form tokens, etc.",
            " */",
            f"$settings['hash_salt'] = {salt_expr};",
            "",
            "$settings['update_free_access'] = FALSE;",
            "$settings['config_sync_directory'] = '../config/sync';",
            "$settings['file_private_path'] = '../private';",
            "$settings['trusted_host_patterns'] = [",
            "  '^" + s.domain.replace(".", "\\.") + "$',",
            "  '^www\\." + s.domain.replace(".", "\\.") + "$',",
            "];",
            "$settings['file_scan_ignore_directories'] = ['node_modules', 'bower_components'];",
            "$settings['entity_update_batch_size'] = 50;",
            "",
            "if (file_exists($app_root . '/' . $site_path . '/settings.local.php')) {",
            "  include $app_root . '/' . $site_path . '/settings.local.php';",
            "}"]


def pos_drupal(r, kind):
    s = Site(r)
    if kind == "db_password":
        pw = db_pw(r)
        lines = drupal_settings(s, r, f"'{pw}'", "file_get_contents('/var/lib/drupal/salt.txt')")
        return P("web/sites/default/settings.php", lines, pw, "drupal", kind, "drupal-settings.php")
    salt = b64url_nopad(r, 55)
    lines = drupal_settings(s, r, "getenv('DRUPAL_DB_PASSWORD')", f"'{salt}'")
    return P(r.choice(["web/sites/default/settings.php", "docroot/sites/default/settings.php"]), lines, salt, "drupal", kind, "drupal-settings.php")


def magento_env(s, r, secret_kind, secret):
    def lit(k, env):
        return f"'{secret}'" if k == secret_kind else f"getenv('{env}')"
    front = r.choice(["admin_" + rnd(r, LOWER_ALNUM, 6), "backend", "control_" + s.short[:4]])
    lines = ["<?php",
             "return [",
             "    'backend' => [",
             f"        'frontName' => '{front}'",
             "    ],",
             "    'remote_storage' => [",
             "        'driver' => 'file'",
             "    ],",
             "    'queue' => [",
             "        'consumers_wait_for_messages' => 1,",
             "        'amqp' => [",
             "            'host' => 'rabbitmq',",
             "            'port' => '5672',",
             f"            'user' => '{s.short}_mq',",
             f"            'password' => {lit('amqp_password', 'MAGENTO_AMQP_PASSWORD')},",
             "            'virtualhost' => '/'",
             "        ]",
             "    ],",
             "    'crypt' => [",
             f"        'key' => {lit('crypt_key', 'MAGENTO_CRYPT_KEY')}",
             "    ],",
             "    'db' => [",
             "        'table_prefix' => '',",
             "        'connection' => [",
             "            'default' => [",
             f"                'host' => '{s.dbhost}',",
             f"                'dbname' => '{s.short}_magento',",
             f"                'username' => '{s.dbuser}',",
             f"                'password' => {lit('db_password', 'MAGENTO_DB_PASSWORD')},",
             "                'model' => 'mysql4',",
             "                'engine' => 'innodb',",
             "                'initStatements' => 'SET NAMES utf8;',",
             "                'active' => '1',",
             "                'driver_options' => [",
             "                    1014 => false",
             "                ]",
             "            ]",
             "        ]",
             "    ],",
             "    'resource' => [",
             "        'default_setup' => [",
             "            'connection' => 'default'",
             "        ]",
             "    ],",
             "    'x-frame-options' => 'SAMEORIGIN',",
             "    'MAGE_MODE' => 'production',",
             "    'session' => [",
             "        'save' => 'files'",
             "    ],",
             "    'cache' => [",
             "        'frontend' => [",
             "            'default' => [",
             f"                'id_prefix' => '{hexs(r, 3)}_',",
             "                'backend' => 'Magento\\\\Framework\\\\Cache\\\\Backend\\\\Redis',",
             "                'backend_options' => [",
             "                    'server' => 'redis',",
             "                    'database' => '0',",
             "                    'port' => '6379',",
             f"                    'password' => {lit('redis_password', 'MAGENTO_REDIS_PASSWORD')},",
             "                    'compress_data' => '1'",
             "                ]",
             "            ]",
             "        ],",
             "        'allow_parallel_generation' => false",
             "    ],",
             "    'directories' => [",
             "        'document_root_is_pub' => true",
             "    ],",
             "    'cache_types' => [",
             "        'config' => 1,",
             "        'layout' => 1,",
             "        'block_html' => 1,",
             "        'full_page' => 1",
             "    ],",
             "    'install' => [",
             f"        'date' => '{r.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, {r.randint(1, 28):02d} {r.choice(['Jan', 'Mar', 'Jun', 'Sep', 'Nov'])} {s.year} {r.randint(8, 19):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0000'",
             "    ]",
             "];"]
    return lines


def pos_magento_env(r, kind):
    s = Site(r)
    if kind == "crypt_key":
        val = hexs(r, 32) if r.random() < 0.5 else "base64" + b64(r, 32)
    elif kind == "db_password":
        val = db_pw(r)
    else:
        val = rnd(r, ALNUM, r.choice([24, 32])) if r.random() < 0.6 else gen_pw(r)
    return P("app/etc/env.php", magento_env(s, r, kind, val), val, "magento", kind, "magento-env.php")


def pos_magento_integration(r):
    s = Site(r)
    tok = rnd(r, LOWER_ALNUM, 32)
    v = r.randrange(2)
    if v == 0:
        name = pick(r, ["MAGENTO_ACCESS_TOKEN", "MAGENTO_INTEGRATION_TOKEN"], ["SHOP_TOKEN", "AUTH", "API_TOKEN"])
        lines = ["# PIM -> Magento export worker",
                 f"MAGENTO_BASE_URL=https://{s.domain}/rest/default/V1",
                 f"{name}={tok}",
                 "MAGENTO_STORE_CODE=default",
                 "EXPORT_BATCH_SIZE=200",
                 "EXPORT_CRON=\"*/15 * * * *\"",
                 "LOG_LEVEL=info"]
        return P("pim-export/.env", lines, tok, "magento", "integration_token", "dotenv")
    var = pick(r, ["magentoToken"], ["token", "bearer"])
    lines = ["<?php",
             "",
             "namespace Acme\\ErpBridge\\Http;",
             "",
             "use GuzzleHttp\\Client;",
             "",
             "final class MagentoClient",
             "{",
             "    private Client $http;",
             "",
             "    public function __construct()",
             "    {",
             f"        ${var} = '{tok}';",
             "        $this->http = new Client([",
             f"            'base_uri' => 'https://{s.domain}/rest/V1/',",
             "            'headers'  => ['Authorization' => 'Bearer ' . $" + var + "],",
             "            'timeout'  => 20,",
             "        ]);",
             "    }",
             "",
             "    public function orders(int $page = 1): array",
             "    {",
             "        $res = $this->http->get('orders', ['query' => [",
             "            'searchCriteria[currentPage]' => $page,",
             "            'searchCriteria[pageSize]' => 50,",
             "        ]]);",
             "        return json_decode((string) $res->getBody(), true);",
             "    }",
             "}"]
    return P("src/Http/MagentoClient.php", lines, tok, "magento", "integration_token", "php")


def pos_composer_auth(r, kind):
    s = Site(r)
    if kind == "marketplace_private_key":
        pub = hexs(r, 32)
        priv = hexs(r, 32)
        lines = ["{",
                 "    \"http-basic\": {",
                 "        \"repo.magento.com\": {",
                 f"            \"username\": \"{pub}\",",
                 f"            \"password\": \"{priv}\"",
                 "        }",
                 "    }",
                 "}"]
        return P("auth.json", lines, priv, "magento", kind, "composer-auth.json")
    tok = checksum_token(r, r.choice(["ghp_", "ghp_", "gho_"]))
    lines = ["{",
             "    \"github-oauth\": {",
             f"        \"github.com\": \"{tok}\"",
             "    },",
             "    \"http-basic\": {",
             "        \"connect.advancedcustomfields.com\": {",
             "            \"username\": \"%s\"," % ("env:ACF_PRO_KEY"),
             f"            \"password\": \"https://{s.domain}\"",
             "        }",
             "    }",
             "}"]
    return P("auth.json", lines, tok, "github", "oauth_token", "composer-auth.json")


def joomla_config(s, r, kind, val):
    def lit(k, default):
        return f"'{val}'" if k == kind else default
    return ["<?php",
            "class JConfig {",
            "\tpublic $offline = false;",
            "\tpublic $offline_message = 'This site is down for maintenance.<br>Please check back again soon.';",
            "\tpublic $display_offline_message = 1;",
            f"\tpublic $sitename = '{s.slug.replace('-', ' ').title()}';",
            "\tpublic $editor = 'tinymce';",
            "\tpublic $captcha = '0';",
            "\tpublic $list_limit = 20;",
            "\tpublic $access = 1;",
            "\tpublic $debug = false;",
            "\tpublic $debug_lang = false;",
            "\tpublic $dbtype = 'mysqli';",
            f"\tpublic $host = '{s.dbhost}';",
            f"\tpublic $user = '{s.dbuser}';",
            "\tpublic $password = " + lit('db_password', "''") + ";",
            f"\tpublic $db = '{s.db}';",
            f"\tpublic $dbprefix = '{rnd(r, string.ascii_lowercase, 5)}_';",
            "\tpublic $dbencryption = 0;",
            "\tpublic $live_site = '';",
            "\tpublic $secret = " + lit('secret', "''") + ";",
            "\tpublic $gzip = false;",
            "\tpublic $error_reporting = 'default';",
            "\tpublic $helpurl = 'https://help.joomla.org/proxy?keyref=Help{major}{minor}:{keyref}&lang={langcode}';",
            f"\tpublic $tmp_path = '{s.webroot}/tmp';",
            f"\tpublic $log_path = '{s.webroot}/administrator/logs';",
            "\tpublic $lifetime = 15;",
            "\tpublic $session_handler = 'database';",
            "\tpublic $shared_session = false;",
            "\tpublic $mailonline = true;",
            "\tpublic $mailer = 'smtp';",
            f"\tpublic $mailfrom = 'noreply@{s.domain}';",
            f"\tpublic $fromname = '{s.slug.replace('-', ' ').title()}';",
            "\tpublic $sendmail = '/usr/sbin/sendmail';",
            "\tpublic $smtpauth = true;",
            f"\tpublic $smtpuser = 'noreply@{s.domain}';",
            "\tpublic $smtppass = " + lit('smtp_password', "''") + ";",
            f"\tpublic $smtphost = '{r.choice(['smtp.office365.com', 'smtp.strato.de', 'mail.' + s.domain, 'smtp.ionos.de'])}';",
            "\tpublic $smtpsecure = 'tls';",
            "\tpublic $smtpport = 587;",
            "\tpublic $caching = 0;",
            "\tpublic $cache_handler = 'file';",
            "\tpublic $cachetime = 15;",
            "\tpublic $MetaDesc = '';",
            "\tpublic $MetaAuthor = true;",
            "\tpublic $robots = '';",
            "\tpublic $sef = true;",
            "\tpublic $sef_rewrite = true;",
            "\tpublic $offset = 'Europe/Berlin';",
            "\tpublic $cookie_domain = '';",
            "\tpublic $cookie_path = '';",
            "\tpublic $asset_id = 1;",
            "}"]


def pos_joomla(r, kind):
    s = Site(r)
    if kind == "secret":
        val = rnd(r, ALNUM, r.choice([16, 16, 32]))
    else:
        val = db_pw(r)
    return P("configuration.php", joomla_config(s, r, kind, val), val, "joomla", kind, "joomla-configuration.php")


def pos_mediawiki(r, kind):
    s = Site(r)
    val = {"secret_key": hexs(r, 64), "upgrade_key": hexs(r, 16), "db_password": db_pw(r)}[kind]
    def lit(k, env):
        return f'"{val}"' if k == kind else f'getenv( "{env}" )'
    lines = ["<?php",
             "# This file was automatically generated by the MediaWiki 1.41.0",
             "# installer. If you make manual changes, please keep track in case you",
             "# need to recreate them later.",
             "#",
             "# See includes/MainConfigSchema.php for all configurable settings",
             "# and their default values, but don't forget to make changes in _this_",
             "# file, not there.",
             "",
             "# Protect against web entry",
             "if ( !defined( 'MEDIAWIKI' ) ) {",
             "\texit;",
             "}",
             "",
             f'$wgSitename = "{s.slug.replace("-", " ").title()} Wiki";',
             '$wgMetaNamespace = "Project";',
             '$wgScriptPath = "/w";',
             f'$wgServer = "https://wiki.{s.domain}";',
             '$wgResourceBasePath = $wgScriptPath;',
             '$wgLogos = [',
             "\t'1x' => \"$wgResourceBasePath/resources/assets/change-your-logo.svg\",",
             "\t'icon' => \"$wgResourceBasePath/resources/assets/change-your-logo-icon.svg\",",
             '];',
             '$wgEnableEmail = true;',
             '$wgEnableUserEmail = true;',
             f'$wgEmergencyContact = "wiki@{s.domain}";',
             f'$wgPasswordSender = "wiki@{s.domain}";',
             '',
             '## Database settings',
             '$wgDBtype = "mysql";',
             f'$wgDBserver = "{s.dbhost}";',
             f'$wgDBname = "{s.short}_wiki";',
             f'$wgDBuser = "{s.dbuser}";',
             f'$wgDBpassword = {lit("db_password", "WIKI_DB_PASSWORD")};',
             '',
             '# MySQL specific settings',
             '$wgDBprefix = "";',
             '$wgDBTableOptions = "ENGINE=InnoDB, DEFAULT CHARSET=binary";',
             '',
             '## Shared memory settings',
             '$wgMainCacheType = CACHE_ACCEL;',
             '$wgMemCachedServers = [];',
             '',
             '$wgEnableUploads = true;',
             '$wgUseImageMagick = true;',
             '$wgImageMagickConvertCommand = "/usr/bin/convert";',
             '',
             '$wgLanguageCode = "de";',
             '$wgLocaltimezone = "Europe/Berlin";',
             '',
             f'$wgSecretKey = {lit("secret_key", "WIKI_SECRET_KEY")};',
             '',
             '# Changing this will log out all existing sessions.',
             '$wgAuthenticationTokenVersion = "1";',
             '',
             '# Site upgrade key. Must be set to a string (default provided) to turn on the',
             '# web installer while LocalSettings.php is in place',
             f'$wgUpgradeKey = {lit("upgrade_key", "WIKI_UPGRADE_KEY")};',
             '',
             '$wgRightsPage = "";',
             '$wgRightsUrl = "";',
             '$wgDiff3 = "/usr/bin/diff3";',
             '',
             "$wgGroupPermissions['*']['edit'] = false;",
             "$wgGroupPermissions['*']['createaccount'] = false;",
             '',
             "wfLoadSkin( 'Vector' );",
             "wfLoadExtension( 'VisualEditor' );",
             "wfLoadExtension( 'ParserFunctions' );"]
    return P("LocalSettings.php", lines, val, "mediawiki", kind, "mediawiki-LocalSettings.php")


def pos_prestashop(r, kind):
    s = Site(r)
    vals = {"cookie_key": rnd(r, ALNUM, 56), "secret": rnd(r, ALNUM, 64), "db_password": db_pw(r),
            "new_cookie_key": defuse_key(r)}
    val = vals[kind]
    def lit(k, env):
        return f"'{val}'" if k == kind else f"getenv('{env}')"
    if r.random() < 0.75:
        lines = ["<?php return array (",
                 "  'parameters' => ",
                 "  array (",
                 f"    'database_host' => '{s.dbhost}',",
                 "    'database_port' => '',",
                 f"    'database_name' => '{s.short}_presta',",
                 f"    'database_user' => '{s.dbuser}',",
                 f"    'database_password' => {lit('db_password', 'PS_DB_PASSWORD')},",
                 "    'database_prefix' => 'ps_',",
                 "    'database_engine' => 'InnoDB',",
                 "    'mailer_transport' => 'smtp',",
                 f"    'mailer_host' => '{r.choice(['127.0.0.1', 'smtp.' + s.domain])}',",
                 "    'mailer_user' => NULL,",
                 "    'mailer_password' => NULL,",
                 f"    'secret' => {lit('secret', 'PS_SECRET')},",
                 "    'ps_caching' => 'CacheMemcache',",
                 "    'ps_cache_enable' => false,",
                 f"    'ps_creation_date' => '{s.date}',",
                 "    'locale' => 'de-DE',",
                 "    'use_debug_toolbar' => true,",
                 f"    'cookie_key' => {lit('cookie_key', 'PS_COOKIE_KEY')},",
                 "    'cookie_iv' => getenv('PS_COOKIE_IV'),",
                 f"    'new_cookie_key' => {lit('new_cookie_key', 'PS_NEW_COOKIE_KEY')},",
                 "    'api_public_key' => file_get_contents(__DIR__ . '/../keys/public.pem'),",
                 "    'api_private_key' => file_get_contents(__DIR__ . '/../keys/private.pem'),",
                 "  ),",
                 ");"]
        return P("app/config/parameters.php", lines, val, "prestashop", kind, "prestashop-parameters.php")
    def ylit(k, env):
        return f"'{val}'" if k == kind else f"'%env({env})%'"
    lines = ["# This file is auto-generated during the composer install",
             "parameters:",
             f"    database_host: {s.dbhost}",
             "    database_port: ~",
             f"    database_name: {s.short}_presta",
             f"    database_user: {s.dbuser}",
             f"    database_password: {ylit('db_password', 'PS_DB_PASSWORD')}",
             "    database_prefix: ps_",
             "    database_engine: InnoDB",
             "    mailer_transport: smtp",
             "    mailer_host: 127.0.0.1",
             "    mailer_user: ~",
             "    mailer_password: ~",
             f"    secret: {ylit('secret', 'PS_SECRET')}",
             "    ps_caching: CacheMemcache",
             "    ps_cache_enable: false",
             f"    cookie_key: {ylit('cookie_key', 'PS_COOKIE_KEY')}",
             "    cookie_iv: '%env(PS_COOKIE_IV)%'",
             f"    new_cookie_key: {ylit('new_cookie_key', 'PS_NEW_COOKIE_KEY')}"]
    return P("app/config/parameters.yml", lines, val, "prestashop", kind, "parameters.yml")


def pos_shopware(r, kind):
    s = Site(r)
    if kind == "app_secret":
        val = defuse_key(r)
        dburl = f"mysql://{s.dbuser}:${{DB_PASSWORD}}@{s.dbhost}:3306/{s.short}_shopware"
    else:
        val = db_pw(r, url_safe=True)
        dburl = f"mysql://{s.dbuser}:{val}@{s.dbhost}:3306/{s.short}_shopware"
    lines = ["###> symfony/framework-bundle ###",
             "APP_ENV=prod",
             ("APP_SECRET=" + val) if kind == "app_secret" else "# APP_SECRET comes from the host (.env.local on the server)",
             "###< symfony/framework-bundle ###",
             "",
             "###> shopware/core ###",
             f"APP_URL=https://{s.domain}",
             "SHOPWARE_HTTP_CACHE_ENABLED=1",
             "SHOPWARE_HTTP_DEFAULT_TTL=7200",
             "BLUE_GREEN_DEPLOYMENT=0",
             "JWT_PRIVATE_KEY=file://%kernel.project_dir%/config/jwt/private.pem",
             "JWT_PUBLIC_KEY=file://%kernel.project_dir%/config/jwt/public.pem",
             "###< shopware/core ###",
             "",
             "###> doctrine/doctrine-bundle ###",
             f"DATABASE_URL={dburl}",
             "###< doctrine/doctrine-bundle ###",
             "",
             "###> symfony/messenger ###",
             "MESSENGER_TRANSPORT_DSN=doctrine://default?auto_setup=0",
             "###< symfony/messenger ###",
             "",
             "###> shopware/elasticsearch ###",
             "OPENSEARCH_URL=http://opensearch:9200",
             "SHOPWARE_ES_ENABLED=0",
             "###< shopware/elasticsearch ###",
             "",
             "COMPOSER_HOME=/tmp/composer-tmp",
             "LOCK_DSN=flock"]
    return P(r.choice([".env", ".env.local", ".env.prod"]), lines, val, "shopware", kind, "dotenv")


def pos_opencart(r):
    s = Site(r)
    pw = db_pw(r)
    admin = r.random() < 0.4
    base = f"https://{s.domain}/" + ("admin/" if admin else "")
    root = s.webroot + "/"
    lines = ["<?php",
             "// APPLICATION",
             f"define('APPLICATION', '{'Admin' if admin else 'Catalog'}');",
             "",
             "// HTTP",
             f"define('HTTP_SERVER', '{base}');",
             "",
             "// DIR",
             f"define('DIR_OPENCART', '{root}');",
             f"define('DIR_APPLICATION', DIR_OPENCART . '{'admin/' if admin else 'catalog/'}');",
             "define('DIR_EXTENSION', DIR_OPENCART . 'extension/');",
             "define('DIR_IMAGE', DIR_OPENCART . 'image/');",
             "define('DIR_SYSTEM', DIR_OPENCART . 'system/');",
             f"define('DIR_STORAGE', '/home/{s.short}/storage/');",
             "define('DIR_LANGUAGE', DIR_APPLICATION . 'language/');",
             "define('DIR_TEMPLATE', DIR_APPLICATION . 'view/template/');",
             "define('DIR_CONFIG', DIR_SYSTEM . 'config/');",
             "define('DIR_CACHE', DIR_STORAGE . 'cache/');",
             "define('DIR_DOWNLOAD', DIR_STORAGE . 'download/');",
             "define('DIR_LOGS', DIR_STORAGE . 'logs/');",
             "define('DIR_SESSION', DIR_STORAGE . 'session/');",
             "define('DIR_UPLOAD', DIR_STORAGE . 'upload/');",
             "",
             "// DB",
             "define('DB_DRIVER', 'mysqli');",
             f"define('DB_HOSTNAME', '{s.dbhost}');",
             f"define('DB_USERNAME', '{s.dbuser}');",
             f"define('DB_PASSWORD', '{pw}');",
             f"define('DB_DATABASE', '{s.short}_oc');",
             "define('DB_PORT', '3306');",
             "define('DB_PREFIX', 'oc_');"]
    return P("admin/config.php" if admin else "config.php", lines, pw, "opencart", "db_password", "opencart-config.php")


def pos_oscommerce(r):
    s = Site(r)
    pw = db_pw(r)
    lines = ["<?php",
             "/*",
             "  osCommerce, Open Source E-Commerce Solutions",
             "  http://www.oscommerce.com",
             "",
             "  Released under the GNU General Public License",
             "*/",
             "",
             f"  define('HTTP_SERVER', 'https://{s.domain}');",
             f"  define('HTTPS_SERVER', 'https://{s.domain}');",
             "  define('ENABLE_SSL', true);",
             f"  define('HTTP_COOKIE_DOMAIN', '{s.domain}');",
             "  define('HTTP_COOKIE_PATH', '/catalog/');",
             "  define('DIR_WS_HTTP_CATALOG', '/catalog/');",
             "  define('DIR_WS_IMAGES', 'images/');",
             f"  define('DIR_FS_CATALOG', '{s.webroot}/catalog/');",
             "  define('DIR_FS_DOWNLOAD', DIR_FS_CATALOG . 'download/');",
             "",
             "// define our database connection",
             f"  define('DB_SERVER', '{s.dbhost}');",
             f"  define('DB_SERVER_USERNAME', '{s.dbuser}');",
             f"  define('DB_SERVER_PASSWORD', '{pw}');",
             f"  define('DB_DATABASE', '{s.short}_osc');",
             "  define('USE_PCONNECT', 'false');",
             "  define('STORE_SESSIONS', 'mysql');",
             "  define('CFG_TIME_ZONE', 'Europe/London');",
             "?>"]
    return P("catalog/includes/configure.php", lines, pw, "oscommerce", "db_password", "oscommerce-configure.php")


def laravel_env(s, r, fill, example=False):
    """fill: dict of env-name -> literal value for exactly one slot.

    Unfilled secret slots are empty/null (example files) or references that
    the hosting panel / CI resolves (phpdotenv supports ${VAR} nesting)."""
    ref_style = r.randrange(3)

    def g(name, default=""):
        if name in fill:
            return f"{name}={fill[name]}"
        if example or ref_style == 0:
            return f"{name}={default}"
        if ref_style == 1:
            return f"{name}=${{{name}_FROM_ENV}}" if name != "APP_KEY" else "APP_KEY=${LARAVEL_APP_KEY}"
        return f"# {name} is set in Forge > Environment" if name != "REDIS_PASSWORD" else f"{name}={default}"
    app = s.slug.replace("-", "_")
    return [f"APP_NAME=\"{s.slug.replace('-', ' ').title()}\"",
            "APP_ENV=production",
            g("APP_KEY"),
            "APP_DEBUG=false",
            "APP_TIMEZONE=Europe/Berlin",
            f"APP_URL=https://{s.domain}",
            "",
            "APP_LOCALE=de",
            "APP_FALLBACK_LOCALE=en",
            "",
            "LOG_CHANNEL=stack",
            "LOG_STACK=single,slack",
            "LOG_LEVEL=warning",
            "",
            "DB_CONNECTION=mysql",
            f"DB_HOST={s.dbhost}",
            "DB_PORT=3306",
            f"DB_DATABASE={app}",
            f"DB_USERNAME={s.dbuser}",
            g("DB_PASSWORD"),
            "",
            "SESSION_DRIVER=redis",
            "SESSION_LIFETIME=120",
            "",
            "BROADCAST_CONNECTION=log",
            "FILESYSTEM_DISK=local",
            "QUEUE_CONNECTION=redis",
            "CACHE_STORE=redis",
            "",
            "REDIS_CLIENT=phpredis",
            "REDIS_HOST=127.0.0.1",
            g("REDIS_PASSWORD", "null"),
            "REDIS_PORT=6379",
            "",
            "MAIL_MAILER=smtp",
            f"MAIL_HOST={r.choice(['smtp.mailgun.org', 'smtp.postmarkapp.com', 'smtp-relay.brevo.com', 'email-smtp.eu-central-1.amazonaws.com'])}",
            "MAIL_PORT=587",
            f"MAIL_USERNAME=postmaster@mg.{s.domain}",
            g("MAIL_PASSWORD", "null"),
            "MAIL_ENCRYPTION=tls",
            f"MAIL_FROM_ADDRESS=\"hello@{s.domain}\"",
            "MAIL_FROM_NAME=\"${APP_NAME}\"",
            "",
            "VITE_APP_NAME=\"${APP_NAME}\""]


def pos_laravel(r, kind):
    s = Site(r)
    if kind == "app_key":
        val = laravel_key(r)
        if r.random() < 0.65:
            return P(r.choice([".env", ".env.production", "deploy/.env.prod"]), laravel_env(s, r, {"APP_KEY": val}), val, "laravel", kind, "dotenv")
        lines = ["<?php",
                 "",
                 "use Illuminate\\Support\\Facades\\Facade;",
                 "",
                 "return [",
                 "",
                 f"    'name' => env('APP_NAME', '{s.slug}'),",
                 "    'env' => env('APP_ENV', 'production'),",
                 "    'debug' => (bool) env('APP_DEBUG', false),",
                 f"    'url' => env('APP_URL', 'https://{s.domain}'),",
                 "    'asset_url' => env('ASSET_URL'),",
                 "    'timezone' => 'Europe/Berlin',",
                 "    'locale' => 'de',",
                 "    'fallback_locale' => 'en',",
                 "    'faker_locale' => 'de_DE',",
                 "",
                 "    /*",
                 "    |--------------------------------------------------------------------------",
                 "    | Encryption Key",
                 "    |--------------------------------------------------------------------------",
                 "    |",
                 "    | This key is used by the Illuminate encrypter service and should be set",
                 "    | to a random, 32 character string, otherwise these encrypted strings",
                 "    | will not be safe. Please do this before deploying an application!",
                 "    |",
                 "    */",
                 "",
                 f"    'key' => env('APP_KEY', '{val}'),",
                 "",
                 "    'cipher' => 'AES-256-CBC',",
                 "",
                 "    'maintenance' => [",
                 "        'driver' => 'file',",
                 "    ],",
                 "",
                 "    'aliases' => Facade::defaultAliases()->merge([",
                 "        // 'Example' => App\\Facades\\Example::class,",
                 "    ])->toArray(),",
                 "",
                 "];"]
        return P("config/app.php", lines, val, "laravel", kind, "laravel-config.php")
    if kind == "db_password":
        val = db_pw(r)
        if r.random() < 0.5:
            return P(".env", laravel_env(s, r, {"DB_PASSWORD": val}), val, "laravel", kind, "dotenv")
        lines = ["<?php",
                 "",
                 "use Illuminate\\Support\\Str;",
                 "",
                 "return [",
                 "",
                 "    'default' => env('DB_CONNECTION', 'mysql'),",
                 "",
                 "    'connections' => [",
                 "",
                 "        'sqlite' => [",
                 "            'driver' => 'sqlite',",
                 "            'database' => env('DB_DATABASE', database_path('database.sqlite')),",
                 "            'prefix' => '',",
                 "        ],",
                 "",
                 "        'mysql' => [",
                 "            'driver' => 'mysql',",
                 "            'url' => env('DB_URL'),",
                 f"            'host' => env('DB_HOST', '{s.dbhost}'),",
                 "            'port' => env('DB_PORT', '3306'),",
                 f"            'database' => env('DB_DATABASE', '{s.db}'),",
                 f"            'username' => env('DB_USERNAME', '{s.dbuser}'),",
                 f"            'password' => env('DB_PASSWORD', '{val}'),",
                 "            'unix_socket' => env('DB_SOCKET', ''),",
                 "            'charset' => env('DB_CHARSET', 'utf8mb4'),",
                 "            'collation' => env('DB_COLLATION', 'utf8mb4_unicode_ci'),",
                 "            'prefix' => '',",
                 "            'strict' => true,",
                 "            'engine' => null,",
                 "        ],",
                 "    ],",
                 "",
                 "    'migrations' => [",
                 "        'table' => 'migrations',",
                 "        'update_date_on_publish' => true,",
                 "    ],",
                 "];"]
        return P("config/database.php", lines, val, "laravel", kind, "laravel-config.php")
    val = gen_pw(r, url_safe=True) if r.random() < 0.5 else rnd(r, HEX, 32) + "-" + hexs(r, 8) + "-" + hexs(r, 8)
    return P(".env", laravel_env(s, r, {"MAIL_PASSWORD": val}), val, "laravel", "mail_password", "dotenv")


def pos_symfony(r):
    s = Site(r)
    val = hexs(r, 32)
    v = r.randrange(2)
    if v == 0:
        lines = ["# In all environments, the following files are loaded if they exist,",
                 "# the latter taking precedence over the former:",
                 "#",
                 "#  * .env                contains default values for the environment variables needed by the app",
                 "#  * .env.local          uncommitted file with local overrides",
                 "#  * .env.$APP_ENV       committed environment-specific defaults",
                 "#  * .env.$APP_ENV.local uncommitted environment-specific overrides",
                 "#",
                 "# Real environment variables win over .env files.",
                 "",
                 "###> symfony/framework-bundle ###",
                 "APP_ENV=prod",
                 f"APP_SECRET={val}",
                 "###< symfony/framework-bundle ###",
                 "",
                 "###> doctrine/doctrine-bundle ###",
                 f"DATABASE_URL=\"mysql://{s.dbuser}:${{DB_PASSWORD}}@{s.dbhost}:3306/{s.short}?serverVersion=8.0.32&charset=utf8mb4\"",
                 "###< doctrine/doctrine-bundle ###",
                 "",
                 "###> symfony/mailer ###",
                 "MAILER_DSN=smtp://localhost:25",
                 "###< symfony/mailer ###",
                 "",
                 "###> symfony/messenger ###",
                 "MESSENGER_TRANSPORT_DSN=doctrine://default?auto_setup=0",
                 "###< symfony/messenger ###"]
        return P(r.choice([".env", ".env.prod"]), lines, val, "symfony", "app_secret", "dotenv")
    lines = ["<?php",
             "",
             "// This file was generated by running \"composer dump-env prod\"",
             "",
             "return array (",
             "  'APP_ENV' => 'prod',",
             f"  'APP_SECRET' => '{val}',",
             f"  'DATABASE_URL' => 'mysql://{s.dbuser}:%env(DB_PASSWORD)%@{s.dbhost}:3306/{s.short}?serverVersion=mariadb-10.11.6',",
             "  'MAILER_DSN' => 'native://default',",
             "  'MESSENGER_TRANSPORT_DSN' => 'doctrine://default?auto_setup=0',",
             "  'CORS_ALLOW_ORIGIN' => '^https?://(www\\\\.)?" + s.domain.replace('.', '\\\\.') + "$',",
             "  'LOCK_DSN' => 'flock',",
             ");"]
    return P(".env.local.php", lines, val, "symfony", "app_secret", ".env.local.php")


def pos_codeigniter(r):
    s = Site(r)
    if r.random() < 0.6:
        val = "hex2bin:" + hexs(r, 64)
        lines = ["#--------------------------------------------------------------------",
                 "# ENVIRONMENT",
                 "#--------------------------------------------------------------------",
                 "",
                 "CI_ENVIRONMENT = production",
                 "",
                 "#--------------------------------------------------------------------",
                 "# APP",
                 "#--------------------------------------------------------------------",
                 "",
                 f"app.baseURL = 'https://{s.domain}/'",
                 "app.forceGlobalSecureRequests = true",
                 "app.CSPEnabled = false",
                 "",
                 "#--------------------------------------------------------------------",
                 "# DATABASE",
                 "#--------------------------------------------------------------------",
                 "",
                 f"database.default.hostname = {s.dbhost}",
                 f"database.default.database = {s.db}",
                 f"database.default.username = {s.dbuser}",
                 "# database.default.password is set in the vhost (SetEnv)",
                 "database.default.DBDriver = MySQLi",
                 "database.default.DBPrefix =",
                 "database.default.port = 3306",
                 "",
                 "#--------------------------------------------------------------------",
                 "# ENCRYPTION",
                 "#--------------------------------------------------------------------",
                 "",
                 f"encryption.key = {val}",
                 "",
                 "#--------------------------------------------------------------------",
                 "# SESSION",
                 "#--------------------------------------------------------------------",
                 "",
                 "session.driver = 'CodeIgniter\\Session\\Handlers\\DatabaseHandler'",
                 "session.savePath = 'ci_sessions'"]
        return P(".env", lines, val, "codeigniter", "encryption_key", "dotenv")
    val = rnd(r, ALNUM, 32)
    lines = ["<?php",
             "defined('BASEPATH') OR exit('No direct script access allowed');",
             "",
             f"$config['base_url'] = 'https://{s.domain}/';",
             "$config['index_page'] = '';",
             "$config['uri_protocol']\t= 'REQUEST_URI';",
             "$config['url_suffix'] = '';",
             "$config['language']\t= 'english';",
             "$config['charset'] = 'UTF-8';",
             "$config['enable_hooks'] = FALSE;",
             "$config['subclass_prefix'] = 'MY_';",
             "$config['composer_autoload'] = FCPATH . 'vendor/autoload.php';",
             "$config['log_threshold'] = 1;",
             "",
             "/*",
             "|--------------------------------------------------------------------------",
             "| Encryption Key",
             "|--------------------------------------------------------------------------",
             "|",
             "| If you use the Encryption class, you must set an encryption key.",
             "| See the user guide for more info.",
             "|",
             "| https://codeigniter.com/userguide3/libraries/encryption.html",
             "|",
             "*/",
             f"$config['encryption_key'] = '{val}';",
             "",
             "$config['sess_driver'] = 'files';",
             "$config['sess_cookie_name'] = 'ci_session';",
             "$config['sess_expiration'] = 7200;",
             "$config['sess_save_path'] = APPPATH . 'cache/sessions';",
             "$config['cookie_secure']\t= TRUE;",
             "$config['cookie_httponly'] \t= TRUE;",
             "$config['csrf_protection'] = TRUE;",
             "$config['csrf_token_name'] = 'csrf_test_name';"]
    return P("application/config/config.php", lines, val, "codeigniter", "encryption_key", "php")


def pos_cakephp(r):
    s = Site(r)
    val = hexs(r, 64)
    lines = ["<?php",
             "/*",
             " * Local configuration file to provide any overrides to your app.php configuration.",
             " * Copy and save this file as app_local.php and make changes as required.",
             " * Note: It is not recommended to commit files with credentials such as app_local.php",
             " * into source code version control.",
             " */",
             "return [",
             "    'debug' => filter_var(env('DEBUG', false), FILTER_VALIDATE_BOOLEAN),",
             "",
             "    'Security' => [",
             f"        'salt' => env('SECURITY_SALT', '{val}'),",
             "    ],",
             "",
             "    'Datasources' => [",
             "        'default' => [",
             f"            'host' => '{s.dbhost}',",
             f"            'username' => '{s.dbuser}',",
             "            'password' => env('DB_PASSWORD'),",
             f"            'database' => '{s.db}',",
             "            'url' => env('DATABASE_URL', null),",
             "        ],",
             "        'test' => [",
             "            'host' => 'localhost',",
             "            'username' => 'my_app',",
             "            'password' => 'secret',",
             "            'database' => 'test_myapp',",
             "            'url' => env('DATABASE_TEST_URL', 'sqlite://127.0.0.1/tmp/tests.sqlite'),",
             "        ],",
             "    ],",
             "",
             "    'EmailTransport' => [",
             "        'default' => [",
             "            'host' => 'localhost',",
             "            'port' => 25,",
             "            'username' => null,",
             "            'password' => null,",
             "            'client' => null,",
             "            'url' => env('EMAIL_TRANSPORT_DEFAULT_URL', null),",
             "        ],",
             "    ],",
             "];"]
    return P("config/app_local.php", lines, val, "cakephp", "security_salt", "php")


def pos_craft(r):
    s = Site(r)
    val = rnd(r, B64URL, 32)
    if r.random() < 0.6:
        name = pick(r, ["CRAFT_SECURITY_KEY", "SECURITY_KEY"], ["CRAFT_SECURITY_KEY"])
        lines = ["# Read about configuration, here:",
                 "# https://craftcms.com/docs/4.x/config/",
                 "",
                 "# The application ID used to to uniquely store session and cache data, mutex locks, and more",
                 f"CRAFT_APP_ID=CraftCMS--{uuid4(r)}",
                 "",
                 "# The environment Craft is currently running in (dev, staging, production, etc.)",
                 "CRAFT_ENVIRONMENT=production",
                 "",
                 "# The secure key Craft will use for hashing and encrypting data",
                 f"{name}={val}",
                 "",
                 "# Database connection settings",
                 "CRAFT_DB_DRIVER=mysql",
                 f"CRAFT_DB_SERVER={s.dbhost}",
                 "CRAFT_DB_PORT=3306",
                 f"CRAFT_DB_DATABASE={s.short}_craft",
                 f"CRAFT_DB_USER={s.dbuser}",
                 "CRAFT_DB_PASSWORD=",
                 "CRAFT_DB_SCHEMA=public",
                 "CRAFT_DB_TABLE_PREFIX=",
                 "",
                 "# General settings (see config/general.php)",
                 "DEV_MODE=false",
                 "ALLOW_ADMIN_CHANGES=false",
                 "DISALLOW_ROBOTS=false",
                 f"PRIMARY_SITE_URL=https://{s.domain}/"]
        return P(".env", lines, val, "craftcms", "security_key", "dotenv")
    lines = ["<?php",
             "/**",
             " * General Configuration",
             " *",
             " * All of your system's general configuration settings go in here. You can see a",
             " * list of the available settings in vendor/craftcms/cms/src/config/GeneralConfig.php.",
             " */",
             "",
             "use craft\\config\\GeneralConfig;",
             "use craft\\helpers\\App;",
             "",
             "return GeneralConfig::create()",
             "    ->defaultWeekStartDay(1)",
             "    ->omitScriptNameInUrls()",
             "    ->devMode(App::env('DEV_MODE') ?? false)",
             "    ->allowAdminChanges(App::env('ALLOW_ADMIN_CHANGES') ?? false)",
             "    ->disallowRobots(App::env('DISALLOW_ROBOTS') ?? false)",
             "    ->preloadSingles()",
             "    ->preventUserEnumeration()",
             f"    ->securityKey(App::env('CRAFT_SECURITY_KEY') ?: '{val}')",
             "    ->aliases([",
             "        '@webroot' => dirname(__DIR__) . '/web',",
             f"        '@web' => 'https://{s.domain}',",
             "    ]);"]
    return P("config/general.php", lines, val, "craftcms", "security_key", "php")


def pos_statamic(r):
    s = Site(r)
    val = laravel_key(r)
    lines = [f"APP_NAME=\"{s.slug.replace('-', ' ').title()}\"",
             "APP_ENV=production",
             f"APP_KEY={val}",
             "APP_DEBUG=false",
             f"APP_URL=https://{s.domain}",
             "",
             "DEBUGBAR_ENABLED=false",
             "LOG_CHANNEL=stack",
             "",
             "BROADCAST_DRIVER=log",
             "CACHE_DRIVER=file",
             "QUEUE_CONNECTION=sync",
             "SESSION_DRIVER=file",
             "",
             "STATAMIC_LICENSE_KEY=",
             "STATAMIC_PRO_ENABLED=true",
             "STATAMIC_STACHE_WATCHER=false",
             "STATAMIC_STATIC_CACHING_STRATEGY=full",
             "STATAMIC_REVISIONS_ENABLED=false",
             "STATAMIC_GRAPHQL_ENABLED=false",
             "STATAMIC_API_ENABLED=false",
             "STATAMIC_GIT_ENABLED=true",
             "STATAMIC_GIT_PUSH=true",
             "STATAMIC_GIT_DISPATCH_DELAY=5",
             "",
             "IMAGE_MANIPULATION_DRIVER=imagick",
             "",
             "MAIL_MAILER=smtp",
             "MAIL_HOST=smtp.postmarkapp.com",
             "MAIL_PORT=587",
             "MAIL_USERNAME=null",
             "MAIL_PASSWORD=null",
             f"MAIL_FROM_ADDRESS=\"web@{s.domain}\""]
    return P(".env", lines, val, "statamic", "app_key", "dotenv")


def ghost_config(s, r, kind, val):
    db = {"client": "mysql", "connection": {"host": s.dbhost, "port": 3306, "user": s.dbuser,
                                              "password": val if kind == "db_password" else "${GHOST_DB_PASSWORD}",
                                              "database": f"ghost_{s.short}"}}
    cfg = {"url": f"https://blog.{s.domain}",
           "server": {"port": 2368, "host": "127.0.0.1"},
           "database": db,
           "mail": {"transport": "SMTP", "from": f"'{s.slug.title()}' <noreply@{s.domain}>",
                    "options": {"service": "Mailgun", "host": "smtp.eu.mailgun.org", "port": 465, "secure": True,
                                "auth": {"user": f"postmaster@mg.{s.domain}",
                                         "pass": val if kind == "smtp_password" else ""}}},
           "logging": {"transports": ["file", "stdout"]},
           "process": "systemd",
           "paths": {"contentPath": f"/var/www/ghost/{s.short}/content"}}
    if kind == "db_password":
        del cfg["mail"]["options"]["auth"]
    return json.dumps(cfg, indent=2)


def pos_ghost(r, kind):
    s = Site(r)
    if kind == "admin_api_key":
        val = hexs(r, 24) + ":" + hexs(r, 64)
        if r.random() < 0.5:
            var = pick(r, ["GHOST_ADMIN_API_KEY"], ["key", "ADMIN_KEY"])
            lines = ["const GhostAdminAPI = require('@tryghost/admin-api');",
                     "const path = require('path');",
                     "",
                     "// upload the freshly built theme zip",
                     "const api = new GhostAdminAPI({",
                     f"    url: 'https://blog.{s.domain}',",
                     f"    key: '{val}',",
                     "    version: 'v5.0'",
                     "});",
                     "",
                     "(async () => {",
                     "    const zip = path.join(__dirname, '..', 'dist', 'theme.zip');",
                     "    const res = await api.themes.upload({file: zip});",
                     "    await api.themes.activate(res.name);",
                     "    console.log('activated', res.name);",
                     "})().catch((err) => { console.error(err); process.exit(1); });"]
            return P("scripts/deploy-theme.js", lines, val, "ghost", kind, "javascript")
        lines = ["name: Deploy Ghost theme",
                 "on:",
                 "  push:",
                 "    branches: [main]",
                 "jobs:",
                 "  deploy:",
                 "    runs-on: ubuntu-latest",
                 "    steps:",
                 "      - uses: actions/checkout@v4",
                 "      - uses: TryGhost/action-deploy-theme@v1",
                 "        with:",
                 f"          api-url: https://blog.{s.domain}",
                 f"          api-key: {val}"]
        return P(".github/workflows/deploy-theme.yml", lines, val, "ghost", kind, "github-actions-yaml")
    val = db_pw(r) if kind == "db_password" else gen_pw(r, n=r.choice([20, 32]))
    return P("config.production.json", ghost_config(s, r, kind, val), val, "ghost", kind, "ghost-config.json")


def strapi_env(s, fill):
    def g(n, default):
        return f"{n}={fill[n]}" if n in fill else f"{n}={default}"
    return ["HOST=0.0.0.0",
            "PORT=1337",
            g("APP_KEYS", ""),
            g("API_TOKEN_SALT", ""),
            g("ADMIN_JWT_SECRET", ""),
            g("TRANSFER_TOKEN_SALT", ""),
            g("JWT_SECRET", ""),
            "",
            "# Database",
            "DATABASE_CLIENT=mysql",
            f"DATABASE_HOST={s.dbhost}",
            "DATABASE_PORT=3306",
            f"DATABASE_NAME={s.short}_strapi",
            f"DATABASE_USERNAME={s.dbuser}",
            g("DATABASE_PASSWORD", ""),
            "DATABASE_SSL=false",
            "",
            f"PUBLIC_URL=https://cms.{s.domain}"]


def pos_strapi(r, kind):
    s = Site(r)
    if kind == "app_keys":
        val = ",".join(b64(r, 16) for _ in range(4))
        lines = strapi_env(s, {"APP_KEYS": val})
        return P(".env", lines, val, "strapi", kind, "dotenv")
    if kind in ("api_token_salt", "admin_jwt_secret", "jwt_secret", "transfer_token_salt"):
        val = b64(r, 16)
        env = {"api_token_salt": "API_TOKEN_SALT", "admin_jwt_secret": "ADMIN_JWT_SECRET",
               "jwt_secret": "JWT_SECRET", "transfer_token_salt": "TRANSFER_TOKEN_SALT"}[kind]
        if r.random() < 0.5:
            return P(r.choice([".env", ".env.production"]), strapi_env(s, {env: val}), val, "strapi", kind, "dotenv")
        ts = r.random() < 0.5
        if kind == "jwt_secret":
            lines = (["export default ({ env }) => ({"] if ts else ["module.exports = ({ env }) => ({"]) + [
                     "  'users-permissions': {",
                     "    config: {",
                     f"      jwtSecret: env('JWT_SECRET', '{val}'),",
                     "      jwt: { expiresIn: '7d' },",
                     "    },",
                     "  },",
                     "  upload: {",
                     "    config: {",
                     "      sizeLimit: 250 * 1024 * 1024,",
                     "    },",
                     "  },",
                     "});"]
            return P("config/plugins." + ("ts" if ts else "js"), lines, val, "strapi", kind, "strapi-config-" + ("ts" if ts else "js"))
        lines = (["export default ({ env }) => ({"] if ts else ["module.exports = ({ env }) => ({"]) + [
                 "  auth: {",
                 (f"    secret: env('ADMIN_JWT_SECRET', '{val}')," if kind == "admin_jwt_secret" else "    secret: env('ADMIN_JWT_SECRET'),"),
                 "  },",
                 "  apiToken: {",
                 (f"    salt: env('API_TOKEN_SALT', '{val}')," if kind == "api_token_salt" else "    salt: env('API_TOKEN_SALT'),"),
                 "  },",
                 "  transfer: {",
                 "    token: {",
                 (f"      salt: env('TRANSFER_TOKEN_SALT', '{val}')," if kind == "transfer_token_salt" else "      salt: env('TRANSFER_TOKEN_SALT'),"),
                 "    },",
                 "  },",
                 "  flags: {",
                 "    nps: env.bool('FLAG_NPS', false),",
                 "    promoteEE: env.bool('FLAG_PROMOTE_EE', false),",
                 "  },",
                 "});"]
        return P("config/admin." + ("ts" if ts else "js"), lines, val, "strapi", kind, "strapi-config-" + ("ts" if ts else "js"))
    # api_token
    val = hexs(r, 256)
    name = pick(r, ["STRAPI_API_TOKEN", "STRAPI_TOKEN"], ["CMS_TOKEN", "API_TOKEN", "CONTENT_API_KEY"])
    lines = [f"NEXT_PUBLIC_STRAPI_URL=https://cms.{s.domain}",
             f"{name}={val}",
             "NEXT_PUBLIC_PAGE_LIMIT=12",
             "PREVIEW_SECRET=${VERCEL_PREVIEW_SECRET}",
             "NEXT_PUBLIC_DEFAULT_LOCALE=de"]
    return P(r.choice([".env.local", "frontend/.env.production"]), lines, val, "strapi", kind, "dotenv")


def pos_directus(r):
    s = Site(r)
    val = rnd(r, ALNUM, 32) if r.random() < 0.6 else b64url_nopad(r, 32)
    lines = ["####################################################################################################",
             "## General",
             "",
             "HOST=\"0.0.0.0\"",
             "PORT=8055",
             f"PUBLIC_URL=\"https://data.{s.domain}\"",
             "LOG_LEVEL=\"info\"",
             "",
             "####################################################################################################",
             "## Database",
             "",
             "DB_CLIENT=\"mysql\"",
             f"DB_HOST=\"{s.dbhost}\"",
             "DB_PORT=\"3306\"",
             f"DB_DATABASE=\"{s.short}_directus\"",
             f"DB_USER=\"{s.dbuser}\"",
             "# DB_PASSWORD is provided by docker secrets",
             "",
             "####################################################################################################",
             "## Security",
             "",
             f"KEY=\"{uuid4(r)}\"",
             f"SECRET=\"{val}\"",
             "ACCESS_TOKEN_TTL=\"15m\"",
             "REFRESH_TOKEN_TTL=\"7d\"",
             "REFRESH_TOKEN_COOKIE_SECURE=true",
             "REFRESH_TOKEN_COOKIE_SAME_SITE=\"lax\"",
             "",
             "CORS_ENABLED=true",
             f"CORS_ORIGIN=\"https://{s.domain}\"",
             "",
             "STORAGE_LOCATIONS=\"local\"",
             "STORAGE_LOCAL_ROOT=\"./uploads\""]
    return P(".env", lines, val, "directus", "secret", "dotenv")


def pos_payload(r):
    s = Site(r)
    val = hexs(r, 24)
    if r.random() < 0.5:
        lines = [f"DATABASE_URI=mongodb://127.0.0.1/{s.short}-payload",
                 f"PAYLOAD_SECRET={val}",
                 f"PAYLOAD_PUBLIC_SERVER_URL=https://{s.domain}",
                 f"NEXT_PUBLIC_SERVER_URL=https://{s.domain}",
                 "PAYLOAD_PUBLIC_DRAFT_SECRET=${PREVIEW_SECRET}",
                 "PORT=3000"]
        return P(".env", lines, val, "payload", "secret", "dotenv")
    lines = ["import { buildConfig } from 'payload'",
             "import { mongooseAdapter } from '@payloadcms/db-mongodb'",
             "import { lexicalEditor } from '@payloadcms/richtext-lexical'",
             "import path from 'path'",
             "import { fileURLToPath } from 'url'",
             "",
             "import { Users } from './collections/Users'",
             "import { Media } from './collections/Media'",
             "import { Pages } from './collections/Pages'",
             "",
             "const filename = fileURLToPath(import.meta.url)",
             "const dirname = path.dirname(filename)",
             "",
             "export default buildConfig({",
             "  admin: { user: Users.slug },",
             "  collections: [Users, Media, Pages],",
             "  editor: lexicalEditor(),",
             f"  secret: process.env.PAYLOAD_SECRET || '{val}',",
             "  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },",
             "  db: mongooseAdapter({ url: process.env.DATABASE_URI || '' }),",
             "})"]
    return P("src/payload.config.ts", lines, val, "payload", "secret", "typescript")


def pos_shopify(r, kind):
    s = Site(r)
    store = s.short.replace("_", "-") + r.choice(["", "-shop", "-store"])
    if kind == "app_secret":
        val = shopify_tok(r, "shpss_")
        name = pick(r, ["SHOPIFY_API_SECRET", "SHOPIFY_CLIENT_SECRET"], ["CLIENT_SECRET", "APP_SECRET"])
        lines = [f"SHOPIFY_API_KEY={hexs(r, 32)}",
                 f"{name}={val}",
                 "SCOPES=read_products,write_products,read_orders",
                 f"HOST=https://{s.short}-app.fly.dev",
                 "SHOPIFY_APP_URL=${HOST}",
                 "DATABASE_URL=file:dev.sqlite",
                 "NODE_ENV=production"]
        return P(r.choice([".env", "web/.env"]), lines, val, "shopify", kind, "dotenv")
    if kind == "private_app_password":
        val = shopify_tok(r, "shppa_")
        lines = ["# Theme Kit configuration",
                 "development:",
                 f"  password: {val}",
                 f"  theme_id: \"{r.randint(120000000000, 139999999999)}\"",
                 f"  store: {store}.myshopify.com",
                 "  ignore_files:",
                 "    - config/settings_data.json",
                 "    - \"*.png\"",
                 "  timeout: 60s"]
        return P("config.yml", lines, val, "shopify", kind, "themekit-config.yml")
    prefix = "shpat_" if kind == "admin_access_token" else "shpca_"
    val = shopify_tok(r, prefix)
    v = r.randrange(3)
    if v == 0:
        lines = ["<?php",
                 "",
                 "return [",
                 "",
                 "    /*",
                 "    | Shopify store used by the order export job",
                 "    */",
                 f"    'shop_domain' => env('SHOPIFY_SHOP', '{store}.myshopify.com'),",
                 "    'api_version' => '2024-04',",
                 f"    'access_token' => env('SHOPIFY_ACCESS_TOKEN', '{val}'),",
                 "    'webhook_secret' => env('SHOPIFY_WEBHOOK_SECRET'),",
                 "    'sync' => [",
                 "        'chunk' => 100,",
                 "        'queue' => 'shopify',",
                 "    ],",
                 "];"]
        return P("config/shopify.php", lines, val, "shopify", kind, "laravel-config.php")
    if v == 1:
        var = pick(r, ["SHOPIFY_TOKEN"], ["TOKEN", "AUTH"])
        lines = ["#!/usr/bin/env bash",
                 "# bulk-update metafields from CSV; usage: ./metafields.sh file.csv",
                 "set -eu",
                 f"SHOP={store}.myshopify.com",
                 f"{var}={val}",
                 "",
                 "while IFS=, read -r id ns key value; do",
                 "  curl -s -X POST \"https://$SHOP/admin/api/2024-01/products/$id/metafields.json\" \\",
                 f"    -H \"X-Shopify-Access-Token: ${var}\" \\",
                 "    -H 'Content-Type: application/json' \\",
                 "    -d \"{\\\"metafield\\\":{\\\"namespace\\\":\\\"$ns\\\",\\\"key\\\":\\\"$key\\\",\\\"value\\\":\\\"$value\\\",\\\"type\\\":\\\"single_line_text_field\\\"}}\"",
                 "done < \"$1\""]
        return P("bin/metafields.sh", lines, val, "shopify", kind, "shell")
    lines = ["import '@shopify/shopify-api/adapters/node';",
             "import { shopifyApi, ApiVersion, Session } from '@shopify/shopify-api';",
             "",
             "const shopify = shopifyApi({",
             "  apiSecretKey: process.env.SHOPIFY_API_SECRET,",
             "  apiVersion: ApiVersion.April24,",
             "  isCustomStoreApp: true,",
             f"  adminApiAccessToken: '{val}',",
             "  isEmbeddedApp: false,",
             f"  hostName: '{s.short}-sync.internal',",
             "});",
             "",
             f"const session = shopify.session.customAppSession('{store}.myshopify.com');",
             "export const client = new shopify.clients.Graphql({ session });"]
    return P("src/shopify.ts", lines, val, "shopify", kind, "typescript")


def pos_bigcommerce(r):
    s = Site(r)
    val = rnd(r, LOWER_ALNUM, 31)
    if r.random() < 0.5:
        cfg = {"normalStoreUrl": f"https://{s.domain}", "accessToken": val, "port": 3000,
               "customLayouts": {"brand": {}, "category": {}, "page": {"landing.html": "/landing"}, "product": {}}}
        return P(".stencil", json.dumps(cfg, indent=2), val, "bigcommerce", "access_token", "json")
    name = pick(r, ["BIGCOMMERCE_ACCESS_TOKEN", "BC_ACCESS_TOKEN"], ["X_AUTH_TOKEN", "STORE_TOKEN"])
    lines = [f"BIGCOMMERCE_STORE_HASH={rnd(r, LOWER_ALNUM, 10)}",
             f"{name}={val}",
             f"BIGCOMMERCE_CHANNEL_ID=1",
             f"NEXT_PUBLIC_SITE_URL=https://{s.domain}",
             "ENABLE_ADMIN_ROUTE=false"]
    return P(".env.local", lines, val, "bigcommerce", "access_token", "dotenv")


def pos_stripe(r, kind):
    s = Site(r)
    if kind == "secret_key":
        val = stripe_sk(r)
    elif kind == "restricted_key":
        val = stripe_sk(r, kind="rk")
    else:
        val = "whsec_" + rnd(r, ALNUM, 32)
    v = r.randrange(3)
    if kind == "secret_key" and v == 0:
        mode = "test" if "_test_" in val else "live"
        settings = {"enabled": "yes", "title": "Kreditkarte", "description": "Bezahlen Sie sicher mit Ihrer Kreditkarte.",
                    "api_credentials": "", "testmode": "yes" if mode == "test" else "no",
                    "test_publishable_key": stripe_pk(r, "test") if mode == "test" else "",
                    "test_secret_key": val if mode == "test" else "",
                    "publishable_key": stripe_pk(r, "live") if mode == "live" else "",
                    "secret_key": val if mode == "live" else "",
                    "webhook": "", "test_webhook_secret": "", "webhook_secret": "",
                    "inline_cc_form": "no", "statement_descriptor": s.short.upper()[:10],
                    "capture": "yes", "payment_request": "yes", "payment_request_button_type": "buy",
                    "saved_cards": "yes", "logging": "no", "upe_checkout_experience_enabled": "disabled"}
        text = wp_options_dump(s, r, [("woocommerce_stripe_settings", php_ser(settings))])
        return P(r.choice(["db/backup.sql", f"sql/{s.short}_{s.date}.sql", "dump.sql"]), text, val, "stripe", kind, "sql-dump")
    if v <= 1:
        env = {"secret_key": ["STRIPE_SECRET", "STRIPE_SECRET_KEY"], "restricted_key": ["STRIPE_RESTRICTED_KEY", "STRIPE_SECRET"],
               "webhook_secret": ["STRIPE_WEBHOOK_SECRET", "STRIPE_ENDPOINT_SECRET"]}[kind]
        gen = {"secret_key": ["PAYMENT_KEY", "PSP_SECRET"], "restricted_key": ["BILLING_READONLY_KEY", "REPORTING_KEY"],
               "webhook_secret": ["WEBHOOK_SIGNING_SECRET", "ENDPOINT_SECRET"]}[kind]
        name = pick(r, env, gen)
        lines = laravel_env(s, r, {})
        lines += ["", f"STRIPE_KEY={stripe_pk(r)}" if kind == "secret_key" else "STRIPE_KEY=${STRIPE_PUBLIC_KEY}",
                  f"{name}={val}", "CASHIER_CURRENCY=eur", "CASHIER_CURRENCY_LOCALE=de_DE"]
        return P(".env", lines, val, "stripe", kind, "dotenv")
    lines = ["<?php",
             "",
             "return [",
             "",
             "    'mailgun' => [",
             "        'domain' => env('MAILGUN_DOMAIN'),",
             "        'secret' => env('MAILGUN_SECRET'),",
             "        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),",
             "        'scheme' => 'https',",
             "    ],",
             "",
             "    'stripe' => [",
             "        'model' => App\\Models\\User::class,",
             "        'key' => env('STRIPE_KEY'),",
             (f"        'secret' => env('STRIPE_SECRET', '{val}')," if kind != "webhook_secret" else "        'secret' => env('STRIPE_SECRET'),"),
             "        'webhook' => [",
             (f"            'secret' => env('STRIPE_WEBHOOK_SECRET', '{val}')," if kind == "webhook_secret" else "            'secret' => env('STRIPE_WEBHOOK_SECRET'),"),
             "            'tolerance' => env('STRIPE_WEBHOOK_TOLERANCE', 300),",
             "        ],",
             "    ],",
             "",
             "];"]
    return P("config/services.php", lines, val, "stripe", kind, "laravel-config.php")


def pos_paypal(r):
    s = Site(r)
    val = paypal_secret(r)
    v = r.randrange(2)
    if v == 0:
        lines = ["<?php",
                 "/**",
                 " * PayPal Setting & API Credentials",
                 " * Created by Raza Mehdi <srmk@outlook.com>.",
                 " */",
                 "",
                 "return [",
                 "    'mode'    => env('PAYPAL_MODE', 'live'),",
                 "    'sandbox' => [",
                 "        'client_id'         => env('PAYPAL_SANDBOX_CLIENT_ID', ''),",
                 "        'client_secret'     => env('PAYPAL_SANDBOX_CLIENT_SECRET', ''),",
                 "        'app_id'            => 'APP-80W284485P519543T',",
                 "    ],",
                 "    'live' => [",
                 f"        'client_id'         => env('PAYPAL_LIVE_CLIENT_ID', '{paypal_client_id(r)}'),",
                 f"        'client_secret'     => env('PAYPAL_LIVE_CLIENT_SECRET', '{val}'),",
                 "        'app_id'            => env('PAYPAL_LIVE_APP_ID', ''),",
                 "    ],",
                 "",
                 "    'payment_action' => env('PAYPAL_PAYMENT_ACTION', 'Sale'),",
                 "    'currency'       => env('PAYPAL_CURRENCY', 'EUR'),",
                 f"    'notify_url'     => env('PAYPAL_NOTIFY_URL', 'https://{s.domain}/paypal/ipn'),",
                 "    'locale'         => env('PAYPAL_LOCALE', 'de_DE'),",
                 "    'validate_ssl'   => env('PAYPAL_VALIDATE_SSL', true),",
                 "];"]
        return P("config/paypal.php", lines, val, "paypal", "client_secret", "laravel-config.php")
    settings = {"enabled": True, "client_id_production": paypal_client_id(r), "client_secret_production": val,
                "merchant_id_production": rnd(r, UPPER_ALNUM, 13), "merchant_email_production": f"shop@{s.domain}",
                "sandbox_on": False, "client_id_sandbox": "", "client_secret_sandbox": "",
                "intent": "capture", "brand_name": s.slug.title(), "landing_page": "LOGIN", "vault_enabled": False}
    text = wp_options_dump(s, r, [("woocommerce-ppcp-settings", php_ser(settings))])
    return P(r.choice(["backup/db.sql", "migrate/wp_options.sql"]), text, val, "paypal", "client_secret", "sql-dump")


def pos_mollie(r):
    s = Site(r)
    mode = r.choice(["live", "live", "test"])
    val = f"{mode}_" + rnd(r, ALNUM, 30)
    v = r.randrange(3)
    if v == 0:
        var = pick(r, ["mollieApiKey"], ["apiKey", "key"])
        lines = ["<?php",
                 "/*",
                 " * Create a payment for the donation form",
                 " */",
                 "require_once __DIR__ . '/../vendor/autoload.php';",
                 "",
                 f"${var} = \"{val}\";",
                 "$mollie = new \\Mollie\\Api\\MollieApiClient();",
                 f"$mollie->setApiKey(${var});",
                 "",
                 "$orderId = time();",
                 "$payment = $mollie->payments->create([",
                 "    'amount' => ['currency' => 'EUR', 'value' => number_format((float) $_POST['amount'], 2, '.', '')],",
                 "    'description' => \"Spende #{$orderId}\",",
                 f"    'redirectUrl' => 'https://{s.domain}/danke?order=' . $orderId,",
                 f"    'webhookUrl' => 'https://{s.domain}/mollie/webhook.php',",
                 "    'metadata' => ['order_id' => $orderId],",
                 "]);",
                 "",
                 "header('Location: ' . $payment->getCheckoutUrl(), true, 303);"]
        return P("donate/create-payment.php", lines, val, "mollie", "api_key", "php")
    if v == 1:
        name = pick(r, ["MOLLIE_KEY", "MOLLIE_API_KEY"], ["PAYMENT_API_KEY", "PSP_KEY"])
        lines = laravel_env(s, r, {}) + ["", f"{name}={val}"]
        return P(".env", lines, val, "mollie", "api_key", "dotenv")
    opt = f"mollie-payments-for-woocommerce_{mode}_api_key"
    text = wp_options_dump(s, r, [(opt, val), ("mollie-payments-for-woocommerce_test_mode_enabled", "yes" if mode == "test" else "no"),
                                 ("mollie-payments-for-woocommerce_profile_id", "pfl_" + rnd(r, ALNUM, 10))])
    return P("db/dump.sql", text, val, "mollie", "api_key", "sql-dump")


def pos_braintree(r):
    s = Site(r)
    val = hexs(r, 32)
    if r.random() < 0.5:
        lines = ["<?php",
                 "",
                 "namespace App\\Payment;",
                 "",
                 "use Braintree\\Gateway;",
                 "",
                 "class GatewayFactory",
                 "{",
                 "    public static function make(): Gateway",
                 "    {",
                 "        return new Gateway([",
                 "            'environment' => 'production',",
                 f"            'merchantId' => '{rnd(r, LOWER_ALNUM, 16)}',",
                 f"            'publicKey' => '{rnd(r, LOWER_ALNUM, 16)}',",
                 f"            'privateKey' => '{val}',",
                 "        ]);",
                 "    }",
                 "}"]
        return P("src/Payment/GatewayFactory.php", lines, val, "braintree", "private_key", "php")
    name = pick(r, ["BRAINTREE_PRIVATE_KEY", "BT_PRIVATE_KEY"], ["PAYMENT_PRIVATE_KEY", "GATEWAY_SECRET"])
    lines = ["BRAINTREE_ENV=production",
             f"BRAINTREE_MERCHANT_ID={rnd(r, LOWER_ALNUM, 16)}",
             f"BRAINTREE_PUBLIC_KEY={rnd(r, LOWER_ALNUM, 16)}",
             f"{name}={val}",
             "BRAINTREE_MERCHANT_ACCOUNT_EUR=" + s.short + "EUR"]
    return P(".env.production", lines, val, "braintree", "private_key", "dotenv")


def pos_smtp(r):
    s = Site(r)
    val = human_pw(r) if r.random() < 0.5 else gen_pw(r)
    v = r.randrange(3)
    host = r.choice(["smtp.office365.com", "smtp.strato.de", "mail." + s.domain, "smtp.ionos.de", "smtp.gmail.com", "w0123456.kasserver.com"])
    if v == 0:
        lines = wp_config_head(s, r) + wp_db_block(s, r, "getenv( 'DB_PASSWORD' )") + [""] + wp_salts_env_block(r) + [
            "",
            "/* WP Mail SMTP */",
            "define( 'WPMS_ON', true );",
            "define( 'WPMS_MAILER', 'smtp' );",
            f"define( 'WPMS_SMTP_HOST', '{host}' );",
            "define( 'WPMS_SMTP_PORT', 587 );",
            "define( 'WPMS_SSL', 'tls' );",
            "define( 'WPMS_SMTP_AUTH', true );",
            f"define( 'WPMS_SMTP_USER', 'noreply@{s.domain}' );",
            f"define( 'WPMS_SMTP_PASS', '{val}' );",
            "define( 'WPMS_SMTP_AUTOTLS', true );"] + wp_config_tail(s, r)
        return P("wp-config.php", lines, val, "smtp", "password", "wp-config.php")
    if v == 1:
        lines = ["<?php",
                 "use PHPMailer\\PHPMailer\\PHPMailer;",
                 "use PHPMailer\\PHPMailer\\Exception;",
                 "",
                 "require 'vendor/autoload.php';",
                 "",
                 "if ($_SERVER['REQUEST_METHOD'] !== 'POST') { http_response_code(405); exit; }",
                 "",
                 "$mail = new PHPMailer(true);",
                 "try {",
                 "    $mail->isSMTP();",
                 f"    $mail->Host       = '{host}';",
                 "    $mail->SMTPAuth   = true;",
                 f"    $mail->Username   = 'kontakt@{s.domain}';",
                 f"    $mail->Password   = '{val}';",
                 "    $mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;",
                 "    $mail->Port       = 587;",
                 "    $mail->CharSet    = 'UTF-8';",
                 "",
                 f"    $mail->setFrom('kontakt@{s.domain}', 'Kontaktformular');",
                 f"    $mail->addAddress('info@{s.domain}');",
                 "    $mail->addReplyTo(filter_var($_POST['email'], FILTER_SANITIZE_EMAIL));",
                 "    $mail->Subject = 'Neue Anfrage von ' . htmlspecialchars($_POST['name']);",
                 "    $mail->Body    = htmlspecialchars($_POST['message']);",
                 "    $mail->send();",
                 "    header('Location: /danke.html');",
                 "} catch (Exception $e) {",
                 "    error_log('Mailer Error: ' . $mail->ErrorInfo);",
                 "    header('Location: /fehler.html');",
                 "}"]
        return P(r.choice(["kontakt/send.php", "includes/mailer.php", "contact.php"]), lines, val, "smtp", "password", "php")
    opts = {"mail": {"from_email": f"noreply@{s.domain}", "from_name": s.slug.title(), "mailer": "smtp",
                     "return_path": False, "from_email_force": True, "from_name_force": False},
            "smtp": {"autotls": True, "auth": True, "host": host, "encryption": "tls", "port": 587,
                     "user": f"noreply@{s.domain}", "pass": val},
            "general": {"summary_report_email_disabled": False}}
    text = wp_options_dump(s, r, [("wp_mail_smtp", php_ser(opts)), ("wp_mail_smtp_version", "4.0.1")])
    return P("database/wp_options.sql", text, val, "smtp", "password", "sql-dump")


def pos_sendgrid(r):
    s = Site(r)
    val = sendgrid_key(r)
    v = r.randrange(3)
    if v == 0:
        lines = wp_config_head(s, r) + wp_db_block(s, r, "getenv( 'DB_PASSWORD' )") + [""] + wp_salts_env_block(r) + [
            "",
            f"define( '{pick(r, ['SENDGRID_API_KEY'], ['MAIL_API_KEY', 'SMTP_PASS'])}', '{val}' );",
            "define( 'SENDGRID_SEND_METHOD', 'api' );",
            f"define( 'SENDGRID_FROM_EMAIL', 'noreply@{s.domain}' );"] + wp_config_tail(s, r)
        return P("wp-config.php", lines, val, "sendgrid", "api_key", "wp-config.php")
    if v == 1:
        lines = laravel_env(s, r, {})
        i = lines.index("MAIL_MAILER=smtp")
        lines[i:i + 7] = ["MAIL_MAILER=smtp", "MAIL_HOST=smtp.sendgrid.net", "MAIL_PORT=587", "MAIL_USERNAME=apikey",
                          f"MAIL_PASSWORD={val}", "MAIL_ENCRYPTION=tls", f"MAIL_FROM_ADDRESS=\"hello@{s.domain}\""]
        return P(".env", lines, val, "sendgrid", "api_key", "dotenv")
    opts = {"api_key": val, "from_email": f"newsletter@{s.domain}", "from_name": s.slug.title(), "list_id": "",
            "categories": "newsletter", "stats_categories": "", "content_type": "html"}
    text = wp_options_dump(s, r, [("sendgrid_settings", php_ser(opts))])
    return P("backups/wp_options.sql", text, val, "sendgrid", "api_key", "sql-dump")


def pos_mailchimp(r):
    s = Site(r)
    val = mailchimp_key(r)
    if r.random() < 0.55:
        opts = {"api_key": val, "allow_usage_tracking": 0, "debug_log_level": "warning"}
        text = wp_options_dump(s, r, [("mc4wp", php_ser(opts)), ("mc4wp_version", "4.9.11")])
        return P(r.choice(["db/staging.sql", "sql/wp_options.sql"]), text, val, "mailchimp", "api_key", "sql-dump")
    var = pick(r, ["mailchimpKey"], ["apiKey", "key"])
    lines = ["<?php",
             "",
             "use DrewM\\MailChimp\\MailChimp;",
             "",
             "add_action( 'woocommerce_checkout_order_processed', function ( $order_id ) {",
             "\tif ( empty( $_POST['newsletter_optin'] ) ) {",
             "\t\treturn;",
             "\t}",
             "\t$order = wc_get_order( $order_id );",
             f"\t${var} = '{val}';",
             f"\t$mc = new MailChimp( ${var} );",
             f"\t$list_id = '{hexs(r, 10)}';",
             "\t$mc->post( \"lists/$list_id/members\", [",
             "\t\t'email_address' => $order->get_billing_email(),",
             "\t\t'status'        => 'pending',",
             "\t\t'merge_fields'  => [ 'FNAME' => $order->get_billing_first_name() ],",
             "\t] );",
             "} );"]
    return P(f"wp-content/themes/{s.short}-child/inc/newsletter.php", lines, val, "mailchimp", "api_key", "php")


def pos_recaptcha(r):
    s = Site(r)
    site_key = recaptcha_key(r)
    val = recaptcha_key(r)
    v = r.randrange(4)
    if v == 0:
        opts = {"recaptcha": {site_key: val}}
        text = wp_options_dump(s, r, [("wpcf7", php_ser(opts))])
        return P("db/backup.sql", text, val, "recaptcha", "secret_key", "sql-dump")
    if v == 1:
        lines = laravel_env(s, r, {}) + ["", f"NOCAPTCHA_SITEKEY={site_key}", f"{pick(r, ['NOCAPTCHA_SECRET', 'RECAPTCHA_SECRET_KEY'], ['CAPTCHA_SECRET'])}={val}"]
        return P(".env", lines, val, "recaptcha", "secret_key", "dotenv")
    if v == 2:
        var = pick(r, ["recaptcha_secret"], ["secret", "captcha_key"])
        lines = ["<?php",
                 "function verify_captcha(string $token): bool",
                 "{",
                 f"    ${var} = '{val}';",
                 "    $ch = curl_init('https://www.google.com/recaptcha/api/siteverify');",
                 "    curl_setopt_array($ch, [",
                 "        CURLOPT_POST => true,",
                 "        CURLOPT_RETURNTRANSFER => true,",
                 "        CURLOPT_POSTFIELDS => http_build_query([",
                 f"            'secret' => ${var},",
                 "            'response' => $token,",
                 "            'remoteip' => $_SERVER['REMOTE_ADDR'] ?? '',",
                 "        ]),",
                 "    ]);",
                 "    $res = json_decode(curl_exec($ch), true);",
                 "    curl_close($ch);",
                 "    return !empty($res['success']) && ($res['score'] ?? 1) >= 0.5;",
                 "}"]
        return P("inc/captcha.php", lines, val, "recaptcha", "secret_key", "php")
    lines = ["{% extends '_layouts/site' %}",
             "",
             "{% block content %}",
             "  {% if craft.app.request.isPost %}",
             "    {% set token = craft.app.request.getBodyParam('g-recaptcha-response') %}",
             f"    {{% set ok = craft.captcha.verify(token, '{val}') %}}",
             "    {% if not ok %}",
             "      <p class=\"error\">{{ 'Bitte bestätigen Sie, dass Sie kein Roboter sind.'|t }}</p>",
             "    {% endif %}",
             "  {% endif %}",
             "  <form method=\"post\">",
             "    {{ csrfInput() }}",
             "    <input type=\"email\" name=\"email\" required>",
             f"    <div class=\"g-recaptcha\" data-sitekey=\"{site_key}\"></div>",
             "    <button type=\"submit\">{{ 'Senden'|t }}</button>",
             "  </form>",
             "  <script src=\"https://www.google.com/recaptcha/api.js\" async defer></script>",
             "{% endblock %}"]
    return P("templates/contact/index.twig", lines, val, "recaptcha", "secret_key", "twig")


def pos_hcaptcha(r):
    s = Site(r)
    val = "0x" + hexs(r, 40)
    site_key = uuid4(r)
    if r.random() < 0.5:
        lines = laravel_env(s, r, {}) + ["", f"HCAPTCHA_SITEKEY={site_key}", f"{pick(r, ['HCAPTCHA_SECRET'], ['CAPTCHA_SECRET', 'BOT_CHECK_SECRET'])}={val}"]
        return P(".env", lines, val, "hcaptcha", "secret_key", "dotenv")
    text = wp_options_dump(s, r, [("hcaptcha_settings", php_ser({"site_key": site_key, "secret_key": val, "theme": "light", "size": "normal", "wp_status": ["lost_pass", "password_protected"]}))])
    return P("db/backup.sql", text, val, "hcaptcha", "secret_key", "sql-dump")


def pos_algolia(r):
    s = Site(r)
    val = hexs(r, 32)
    app = rnd(r, UPPER_ALNUM, 10)
    v = r.randrange(3)
    if v == 0:
        text = wp_options_dump(s, r, [("algolia_application_id", app), ("algolia_api_key", val),
                                     ("algolia_search_api_key", hexs(r, 32)), ("algolia_index_name_prefix", "wp_")])
        return P("db/backup.sql", text, val, "algolia", "admin_api_key", "sql-dump")
    if v == 1:
        name = pick(r, ["ALGOLIA_SECRET", "ALGOLIA_ADMIN_KEY"], ["SEARCH_ADMIN_KEY", "INDEXER_KEY"])
        lines = laravel_env(s, r, {}) + ["", "SCOUT_DRIVER=algolia", f"ALGOLIA_APP_ID={app}", f"{name}={val}"]
        return P(".env", lines, val, "algolia", "admin_api_key", "dotenv")
    lines = ["@extends('layouts.app')",
             "",
             "@section('content')",
             "<div id=\"searchbox\"></div>",
             "<div id=\"hits\"></div>",
             "@endsection",
             "",
             "@push('scripts')",
             "<script>",
             "  // TODO: switch to the search-only key before launch",
             f"  const searchClient = algoliasearch('{app}', '{val}');",
             "  const search = instantsearch({ indexName: 'products', searchClient });",
             "  search.addWidgets([",
             "    instantsearch.widgets.searchBox({ container: '#searchbox' }),",
             "    instantsearch.widgets.hits({ container: '#hits' }),",
             "  ]);",
             "  search.start();",
             "</script>",
             "@endpush"]
    return P("resources/views/search.blade.php", lines, val, "algolia", "admin_api_key", "blade")


def pos_cloudflare(r, kind):
    s = Site(r)
    zone = hexs(r, 32)
    if kind == "api_token":
        val = rnd(r, B64URL, 40)
        v = r.randrange(2)
        if v == 0:
            name = pick(r, ["CF_API_TOKEN", "CLOUDFLARE_API_TOKEN"], ["PURGE_TOKEN", "CDN_TOKEN"])
            lines = ["#!/usr/bin/env bash",
                     "# purge the Cloudflare cache after deploy (called from deploy.php)",
                     f"ZONE_ID=\"{zone}\"",
                     f"{name}=\"{val}\"",
                     "",
                     "curl -sS -X POST \"https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/purge_cache\" \\",
                     f"  -H \"Authorization: Bearer ${{{name}}}\" \\",
                     "  -H \"Content-Type: application/json\" \\",
                     "  --data '{\"purge_everything\":true}' | jq -r '.success'"]
            return P("bin/purge-cf.sh", lines, val, "cloudflare", kind, "shell")
        opts = {"cf_auth_mode": 1, "cf_email": "", "cf_apitoken": val, "cf_apitoken_domain": s.domain, "cf_zoneid": zone,
                "cf_cache_enabled": 1, "cf_maxage": 31536000, "cf_browser_maxage": 60, "cf_purge_on_update": 1}
        text = wp_options_dump(s, r, [("swcfpc_config", php_ser(opts))])
        return P("db/backup.sql", text, val, "cloudflare", kind, "sql-dump")
    val = hexs(r, 37)
    lines = wp_config_head(s, r) + wp_db_block(s, r, "getenv( 'DB_PASSWORD' )") + [""] + wp_salts_env_block(r) + [
        "",
        "/* Cloudflare plugin */",
        f"define( 'CLOUDFLARE_EMAIL', 'it@{s.domain}' );",
        f"define( 'CLOUDFLARE_API_KEY', '{val}' );",
        f"define( 'CLOUDFLARE_DOMAIN_NAME', '{s.domain}' );"] + wp_config_tail(s, r)
    return P("wp-config.php", lines, val, "cloudflare", kind, "wp-config.php")


def pos_cpanel(r):
    s = Site(r)
    val = rnd(r, UPPER_ALNUM, 32)
    user = s.short[:8]
    host = r.choice([f"server{r.randint(10, 300)}.hostingfirma.de", f"cp.{s.domain}", f"s{r.randint(1, 99)}.webhost.co.uk"])
    if r.random() < 0.5:
        lines = ["name: deploy",
                 "on:",
                 "  push:",
                 "    branches: [ main ]",
                 "jobs:",
                 "  deploy:",
                 "    runs-on: ubuntu-latest",
                 "    steps:",
                 "      - name: Trigger cPanel Git deployment",
                 "        run: |",
                 f"          curl -sf -H \"Authorization: cpanel {user}:{val}\" \\",
                 f"            \"https://{host}:2083/execute/VersionControlDeployment/create?repository_root=/home/{user}/repositories/site\""]
        return P(".github/workflows/deploy.yml", lines, val, "cpanel", "api_token", "github-actions-yaml")
    var = pick(r, ["CPANEL_TOKEN"], ["TOKEN", "API_TOKEN"])
    lines = ["#!/bin/bash",
             "# create a mailbox for a new employee: ./mailbox.sh vorname.nachname",
             f"HOST={host}",
             f"CPUSER={user}",
             f"{var}={val}",
             "PASS=$(openssl rand -base64 18)",
             "",
             f"curl -s -H \"Authorization: cpanel $CPUSER:${var}\" \\",
             f"  \"https://$HOST:2083/execute/Email/add_pop?email=$1&domain={s.domain}&password=$PASS&quota=2048\"",
             "echo \"Initial password: $PASS (send via 1Password)\""]
    return P("tools/mailbox.sh", lines, val, "cpanel", "api_token", "shell")


def pos_plesk(r):
    s = Site(r)
    val = uuid_shape(r) if r.random() < 0.6 else hexs(r, 32)
    host = f"plesk{r.randint(1, 20)}.{r.choice(['hostingpartner.nl', 'webcluster.de', s.domain])}"
    var = pick(r, ["PLESK_API_KEY", "PLESK_SECRET_KEY"], ["KEY", "X_API_KEY"])
    lines = ["#!/usr/bin/env bash",
             "# Renew Let's Encrypt for all subscriptions (cron: monthly)",
             f"PLESK=https://{host}:8443",
             f"{var}='{val}'",
             "",
             f"for d in $(curl -sk -H \"X-API-Key: ${var}\" \"$PLESK/api/v2/domains\" | jq -r '.[].name'); do",
             f"  curl -sk -X POST -H \"X-API-Key: ${var}\" -H 'Content-Type: application/json' \\",
             "    \"$PLESK/api/v2/cli/extension/call\" \\",
             "    -d \"{\\\"params\\\":[\\\"--exec\\\",\\\"letsencrypt\\\",\\\"cli.php\\\",\\\"-d\\\",\\\"$d\\\"]}\"",
             "done"]
    return P("ops/renew-certs.sh", lines, val, "plesk", "api_key", "shell")


def pos_deploy(r, kind):
    s = Site(r)
    pw = db_pw(r)
    if kind == "sublime_sftp":
        lines = ["{",
                 "    // The tab key will cycle through the settings when first created",
                 "    // Visit https://codexns.io/products/sftp_for_subime/settings for help",
                 "",
                 "    // sftp, ftp or ftps",
                 "    \"type\": \"sftp\",",
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
                 f"    \"host\": \"{s.ip}\",",
                 f"    \"user\": \"{s.sshuser}\",",
                 f"    \"password\": \"{pw}\",",
                 "    \"port\": \"22\",",
                 "",
                 f"    \"remote_path\": \"{s.webroot}/\",",
                 "    \"ignore_regexes\": [",
                 "        \"\\\\.sublime-(project|workspace)\", \"sftp-config(-alt\\\\d?)?\\\\.json\",",
                 "        \"sftp-settings\\\\.json\", \"/venv/\", \"\\\\.svn/\", \"\\\\.hg/\", \"\\\\.git/\",",
                 "        \"\\\\.bzr\", \"_darcs\", \"CVS\", \"\\\\.DS_Store\", \"Thumbs\\\\.db\", \"desktop\\\\.ini\"",
                 "    ],",
                 "    //\"file_permissions\": \"664\",",
                 "    //\"dir_permissions\": \"775\",",
                 "",
                 "    \"connect_timeout\": 30,",
                 "    //\"keepalive\": 120,",
                 "}"]
        return P("sftp-config.json", lines, pw, "sftp", "password", "sftp-config.json")
    if kind == "vscode_sftp":
        cfg = {"name": f"{s.domain} live", "host": s.ip, "protocol": "sftp", "port": 22, "username": s.sshuser,
               "password": pw, "remotePath": s.webroot, "uploadOnSave": True, "useTempFile": False,
               "openSsh": False, "ignore": [".vscode", ".git", ".DS_Store", "node_modules"]}
        return P(".vscode/sftp.json", json.dumps(cfg, indent=4), pw, "sftp", "password", "vscode-sftp.json")
    if kind == "ftpconfig":
        cfg = {"protocol": "ftp", "host": f"ftp.{s.domain}", "port": 21, "user": s.sshuser, "pass": pw,
               "promptForPass": False, "remote": "/public_html", "local": "", "secure": False,
               "secureOptions": None, "connTimeout": 10000, "pasvTimeout": 10000, "keepalive": 10000,
               "watch": [], "watchTimeout": 500}
        return P(".ftpconfig", json.dumps(cfg, indent=4), pw, "ftp", "password", "ftpconfig")
    if kind == "capistrano":
        lines = ["# config valid for current version and patch releases of Capistrano",
                 "lock \"~> 3.18.0\"",
                 "",
                 f"set :application, \"{s.slug}\"",
                 f"set :repo_url, \"git@bitbucket.org:{s.agency.split()[0].lower()}/{s.slug}.git\"",
                 f"set :deploy_to, \"{s.webroot.rsplit('/', 1)[0]}\"",
                 "set :keep_releases, 5",
                 "set :linked_files, fetch(:linked_files, []).push('.env', 'web/.htaccess')",
                 "set :linked_dirs, fetch(:linked_dirs, []).push('web/app/uploads')",
                 "",
                 f"server \"{s.ip}\", user: \"{s.sshuser}\", roles: %w{{app db web}}",
                 "",
                 "set :ssh_options, {",
                 f"  user: \"{s.sshuser}\",",
                 "  auth_methods: %w(password),",
                 f"  password: \"{pw}\",",
                 "  forward_agent: false",
                 "}",
                 "",
                 "namespace :deploy do",
                 "  after :finished, 'wpcli:cache_flush'",
                 "end"]
        return P("config/deploy.rb", lines, pw, "capistrano", "ssh_password", "ruby")
    # deployer
    lines = ["<?php",
             "namespace Deployer;",
             "",
             "require 'recipe/wordpress.php';",
             "",
             f"set('application', '{s.slug}');",
             f"set('repository', 'git@github.com:{s.agency.split()[0].lower()}/{s.slug}.git');",
             "set('keep_releases', 3);",
             "add('shared_files', ['wp-config.php', '.htaccess']);",
             "add('shared_dirs', ['wp-content/uploads']);",
             "add('writable_dirs', ['wp-content/uploads']);",
             "",
             f"host('{s.domain}')",
             f"    ->set('remote_user', '{s.sshuser}')",
             f"    ->set('deploy_path', '{s.webroot.rsplit('/', 1)[0]}');",
             "",
             "// used by the db:pull task below",
             f"set('db_name', '{s.db}');",
             f"set('db_user', '{s.dbuser}');",
             f"set('{pick(r, ['db_password'], ['db_pass', 'mysql_pass'])}', '{pw}');",
             "",
             "task('db:pull', function () {",
             "    run('mysqldump -u{{db_user}} -p{{db_password}} {{db_name}} | gzip > /tmp/db.sql.gz');",
             "    download('/tmp/db.sql.gz', 'var/db.sql.gz');",
             "});",
             "",
             "after('deploy:failed', 'deploy:unlock');"]
    return P("deploy.php", lines, pw, "deployer", "db_password", "deployer-php")


def pos_phpmyadmin(r, kind):
    s = Site(r)
    if kind == "blowfish_secret":
        if r.random() < 0.5:
            val = rnd(r, ALNUM + "!#%&()*+,-./:;<=>?@[]^_{|}~", 32)
            bf = f"$cfg['blowfish_secret'] = '{val}'; /* YOU MUST FILL IN THIS FOR COOKIE AUTH! */"
        else:
            val = hexs(r, 64)
            bf = f"$cfg['blowfish_secret'] = sodium_hex2bin('{val}');"
        ctl = "// $cfg['Servers'][$i]['controlpass'] = '';"
    else:
        val = db_pw(r)
        bf = "$cfg['blowfish_secret'] = getenv('PMA_BLOWFISH_SECRET');"
        ctl = f"$cfg['Servers'][$i]['controlpass'] = '{val}';"
    lines = ["<?php",
             "/**",
             " * phpMyAdmin sample configuration, you can use it as base for",
             " * manual configuration. For easier setup you can use setup/",
             " *",
             " * All directives are explained in documentation in the doc/ folder",
             " * or at <https://docs.phpmyadmin.net/>.",
             " */",
             "",
             "declare(strict_types=1);",
             "",
             "/**",
             " * This is needed for cookie based authentication to encrypt the cookie.",
             " * Needs to be a 32-bytes long string of random bytes. See FAQ 2.10.",
             " */",
             bf,
             "",
             "/**",
             " * Servers configuration",
             " */",
             "$i = 0;",
             "",
             "/**",
             " * First server",
             " */",
             "$i++;",
             "/* Authentication type */",
             "$cfg['Servers'][$i]['auth_type'] = 'cookie';",
             "/* Server parameters */",
             f"$cfg['Servers'][$i]['host'] = '{s.dbhost}';",
             "$cfg['Servers'][$i]['compress'] = false;",
             "$cfg['Servers'][$i]['AllowNoPassword'] = false;",
             "",
             "/**",
             " * phpMyAdmin configuration storage settings.",
             " */",
             "",
             "/* User used to manipulate with storage */",
             "$cfg['Servers'][$i]['controlhost'] = '';",
             "$cfg['Servers'][$i]['controlport'] = '';",
             "$cfg['Servers'][$i]['controluser'] = 'pma';",
             ctl,
             "",
             "/* Storage database and tables */",
             "$cfg['Servers'][$i]['pmadb'] = 'phpmyadmin';",
             "$cfg['Servers'][$i]['bookmarktable'] = 'pma__bookmark';",
             "$cfg['Servers'][$i]['relation'] = 'pma__relation';",
             "",
             "$cfg['UploadDir'] = '';",
             "$cfg['SaveDir'] = '';",
             "$cfg['TempDir'] = '/tmp/phpmyadmin';"]
    return P(r.choice(["config.inc.php", "phpmyadmin/config.inc.php"]), lines, val, "phpmyadmin", kind, "phpmyadmin-config.inc.php")


def pos_basic_auth(r):
    s = Site(r)
    pw = human_pw(r, url_safe=True)
    user = r.choice(["kunde", "client", "preview", s.short, "staging"])
    v = r.randrange(3)
    if v == 0:
        lines = [f"# {s.slug.replace('-', ' ').title()} - Relaunch {s.year}",
                 "",
                 f"WordPress build by {s.agency}. Theme lives in `wp-content/themes/{s.short}`.",
                 "",
                 "## Local setup",
                 "",
                 "```bash",
                 "composer install",
                 "npm ci && npm run build",
                 "wp server --port=8080",
                 "```",
                 "",
                 "## Staging",
                 "",
                 f"Staging is at https://staging.{s.domain} and protected with basic auth so Google",
                 "does not index it. The client has the same login:",
                 "",
                 "```bash",
                 f"htpasswd -cb /etc/apache2/.htpasswd-staging {user} '{pw}'",
                 "```",
                 "",
                 "## Deploy",
                 "",
                 "Merges to `main` deploy automatically via Bitbucket Pipelines."]
        return P("README.md", lines, pw, "apache", "basic_auth_password", "markdown")
    if v == 1:
        lines = [".PHONY: install build staging-auth",
                 "",
                 "install:",
                 "\tcomposer install --no-dev --optimize-autoloader",
                 "\tnpm ci",
                 "",
                 "build:",
                 "\tnpm run build",
                 "",
                 "staging-auth:",
                 f"\tssh {s.sshuser}@{s.ip} \"htpasswd -b -c /etc/nginx/.htpasswd {user} '{pw}'\"",
                 "\tssh " + f"{s.sshuser}@{s.ip}" + " 'sudo systemctl reload nginx'"]
        return P("Makefile", lines, pw, "apache", "basic_auth_password", "makefile")
    lines = ["- name: Install apache2-utils",
             "  apt:",
             "    name: apache2-utils",
             "    state: present",
             "",
             "- name: Protect staging with basic auth",
             "  community.general.htpasswd:",
             f"    path: /etc/apache2/.htpasswd-{s.short}",
             f"    name: {user}",
             f"    password: \"{pw}\"",
             "    owner: root",
             "    group: www-data",
             "    mode: \"0640\""]
    return P("roles/staging/tasks/auth.yml", lines, pw, "apache", "basic_auth_password", "ansible-yaml")


def pos_npm(r, kind):
    s = Site(r)
    if kind == "access_token":
        val = checksum_token(r, "npm_")
        lines = ["# used by the theme build (private @scope packages)",
                 f"//registry.npmjs.org/:_authToken={val}",
                 f"@{s.agency.split()[0].lower()}:registry=https://registry.npmjs.org/",
                 "save-exact=true",
                 "fund=false",
                 "audit-level=high"]
        return P(r.choice([".npmrc", f"wp-content/themes/{s.short}/.npmrc"]), lines, val, "npm", kind, "npmrc")
    val = uuid_shape(r, upper=True)
    lines = ["# Font Awesome Pro (agency licence)",
             "@fortawesome:registry=https://npm.fontawesome.com/",
             f"//npm.fontawesome.com/:_authToken={val}",
             "engine-strict=true",
             "save-exact=true"]
    return P(f"wp-content/themes/{s.short}/.npmrc", lines, val, "fontawesome", "npm_package_token", "npmrc")


def pos_mysql_root(r):
    s = Site(r)
    pw = db_pw(r, url_safe=True)
    v = r.randrange(3)
    if v == 0:
        lines = ["version: \"3.8\"",
                 "services:",
                 "  db:",
                 "    image: mariadb:10.11",
                 "    restart: always",
                 "    command: --max_allowed_packet=256M --innodb-buffer-pool-size=512M",
                 "    environment:",
                 f"      MARIADB_ROOT_PASSWORD: \"{pw}\"",
                 f"      MARIADB_DATABASE: {s.short}_magento",
                 f"      MARIADB_USER: {s.dbuser}",
                 "      MARIADB_PASSWORD_FILE: /run/secrets/db_password",
                 "    volumes:",
                 "      - dbdata:/var/lib/mysql",
                 "    secrets:",
                 "      - db_password",
                 "  opensearch:",
                 "    image: opensearchproject/opensearch:2.11.1",
                 "    environment:",
                 "      - discovery.type=single-node",
                 "      - DISABLE_SECURITY_PLUGIN=true",
                 "",
                 "volumes:",
                 "  dbdata:",
                 "secrets:",
                 "  db_password:",
                 "    file: ./secrets/db_password.txt"]
        return P("docker-compose.yml", lines, pw, "mysql", "root_password", "docker-compose")
    if v == 1:
        name = pick(r, ["mysql_root_password"], ["db_root_pass", "mariadb_root_password"])
        lines = ["---",
                 "mysql_bind_address: 127.0.0.1",
                 "mysql_max_connections: 200",
                 f"{name}: \"{pw}\"",
                 "mysql_databases:",
                 f"  - name: {s.db}",
                 "    encoding: utf8mb4",
                 "    collation: utf8mb4_unicode_ci",
                 "mysql_users:",
                 f"  - name: {s.dbuser}",
                 "    host: localhost",
                 "    password: \"{{ vault_wp_db_password }}\"",
                 f"    priv: \"{s.db}.*:ALL\""]
        return P("group_vars/webservers.yml", lines, pw, "mysql", "root_password", "ansible-yaml")
    lines = [f"# attributes for the {s.slug} LAMP node",
             "default['lamp']['php']['version'] = '8.2'",
             f"default['lamp']['vhost']['server_name'] = '{s.domain}'",
             f"default['lamp']['vhost']['docroot'] = '{s.webroot}'",
             "",
             "default['mysql']['version'] = '8.0'",
             f"default['mysql']['server_root_password'] = '{pw}'",
             "default['mysql']['bind_address'] = '127.0.0.1'",
             "",
             f"default['wordpress']['db']['name'] = '{s.db}'",
             f"default['wordpress']['db']['user'] = '{s.dbuser}'",
             "default['wordpress']['db']['pass'] = data_bag_item('secrets', 'wordpress')['db_pass']"]
    return P("cookbooks/lamp/attributes/default.rb", lines, pw, "mysql", "root_password", "chef-ruby")


def pos_google_maps(r):
    s = Site(r)
    val = google_api_key(r)
    var = pick(r, ["GOOGLE_MAPS_SERVER_KEY", "GMAPS_GEOCODE_KEY"], ["GEOCODER_KEY", "API_KEY"])
    lines = ["<?php",
             "/**",
             f" * {s.short.title()} child theme functions",
             " */",
             "",
             "add_action( 'wp_enqueue_scripts', function () {",
             "\twp_enqueue_style( 'parent-style', get_template_directory_uri() . '/style.css' );",
             "\twp_enqueue_style( 'child-style', get_stylesheet_uri(), [ 'parent-style' ], wp_get_theme()->get( 'Version' ) );",
             "} );",
             "",
             "// Server-side geocoding for the store locator (IP-restricted key)",
             f"define( '{var}', '{val}' );",
             "",
             "function child_geocode_store( $post_id ) {",
             "\tif ( get_post_type( $post_id ) !== 'store' ) {",
             "\t\treturn;",
             "\t}",
             "\t$address = get_post_meta( $post_id, 'address', true );",
             "\t$url     = add_query_arg( [",
             "\t\t'address' => rawurlencode( $address ),",
             f"\t\t'key'     => {var},",
             "\t], 'https://maps.googleapis.com/maps/api/geocode/json' );",
             "\t$res = json_decode( wp_remote_retrieve_body( wp_remote_get( $url ) ), true );",
             "\tif ( ! empty( $res['results'][0]['geometry']['location'] ) ) {",
             "\t\tupdate_post_meta( $post_id, 'lat', $res['results'][0]['geometry']['location']['lat'] );",
             "\t\tupdate_post_meta( $post_id, 'lng', $res['results'][0]['geometry']['location']['lng'] );",
             "\t}",
             "}",
             "add_action( 'save_post', 'child_geocode_store' );"]
    return P(f"wp-content/themes/{s.short}-child/functions.php", lines, val, "google", "maps_api_key", "functions.php")


def pos_webserver_env(r):
    """DB password or app key passed via SetEnv / fastcgi_param."""
    s = Site(r)
    v = r.randrange(3)
    if v == 0:
        pw = db_pw(r).replace('"', "")
        lines = ["# BEGIN WordPress",
                 "<IfModule mod_rewrite.c>",
                 "RewriteEngine On",
                 "RewriteRule .* - [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}]",
                 "RewriteBase /",
                 "RewriteRule ^index\\.php$ - [L]",
                 "RewriteCond %{REQUEST_FILENAME} !-f",
                 "RewriteCond %{REQUEST_FILENAME} !-d",
                 "RewriteRule . /index.php [L]",
                 "</IfModule>",
                 "# END WordPress",
                 "",
                 "# credentials for wp-config.php getenv()",
                 f"SetEnv DB_NAME {s.db}",
                 f"SetEnv DB_USER {s.dbuser}",
                 f"SetEnv DB_PASSWORD \"{pw}\"",
                 f"SetEnv DB_HOST {s.dbhost}",
                 "",
                 "<FilesMatch \"^(wp-config\\.php|\\.env)$\">",
                 "  Require all denied",
                 "</FilesMatch>"]
        return P(r.choice([".htaccess", "public_html/.htaccess"]), lines, pw, "mysql", "db_password", "htaccess")
    if v == 1:
        pw = db_pw(r).replace('"', "")
        lines = ["server {",
                 "    listen 443 ssl http2;",
                 f"    server_name {s.domain} www.{s.domain};",
                 f"    root {s.webroot};",
                 "    index index.php;",
                 "",
                 f"    ssl_certificate /etc/letsencrypt/live/{s.domain}/fullchain.pem;",
                 f"    ssl_certificate_key /etc/letsencrypt/live/{s.domain}/privkey.pem;",
                 "",
                 "    location / {",
                 "        try_files $uri $uri/ /index.php?$args;",
                 "    }",
                 "",
                 "    location ~ \\.php$ {",
                 "        include snippets/fastcgi-php.conf;",
                 "        fastcgi_pass unix:/run/php/php8.2-fpm.sock;",
                 "        fastcgi_param APP_ENV production;",
                 f"        fastcgi_param DB_HOST {s.dbhost};",
                 f"        fastcgi_param DB_USER {s.dbuser};",
                 f"        fastcgi_param DB_PASSWORD \"{pw}\";",
                 "    }",
                 "",
                 "    location ~* \\.(css|js|png|jpg|jpeg|gif|svg|woff2)$ {",
                 "        expires 30d;",
                 "        access_log off;",
                 "    }",
                 "}"]
        return P(f"deploy/nginx/{s.domain}.conf", lines, pw, "mysql", "db_password", "nginx-conf")
    val = laravel_key(r)
    lines = [f"<VirtualHost *:443>",
             f"    ServerName {s.domain}",
             f"    ServerAlias www.{s.domain}",
             f"    DocumentRoot {s.webroot}/public",
             "",
             f"    <Directory {s.webroot}/public>",
             "        AllowOverride All",
             "        Require all granted",
             "    </Directory>",
             "",
             "    SetEnv APP_ENV production",
             f"    SetEnv APP_KEY {val}",
             "    PassEnv DB_PASSWORD",
             "",
             "    SSLEngine on",
             f"    SSLCertificateFile /etc/letsencrypt/live/{s.domain}/fullchain.pem",
             f"    SSLCertificateKeyFile /etc/letsencrypt/live/{s.domain}/privkey.pem",
             f"    ErrorLog ${{APACHE_LOG_DIR}}/{s.short}_error.log",
             f"    CustomLog ${{APACHE_LOG_DIR}}/{s.short}_access.log combined",
             "</VirtualHost>"]
    return P(f"apache/sites-available/{s.domain}.conf", lines, val, "laravel", "app_key", "apache-vhost")


# ===========================================================================
# NEGATIVES
# ===========================================================================

def neg_wp_sample(r):
    s = Site(r)
    lines = wp_config_head(s, r) + wp_db_block(s, r, "'password_here'")
    lines[lines.index(f"define( 'DB_NAME', '{s.db}' );")] = "define( 'DB_NAME', 'database_name_here' );"
    lines[lines.index(f"define( 'DB_USER', '{s.dbuser}' );")] = "define( 'DB_USER', 'username_here' );"
    lines[lines.index(f"define( 'DB_HOST', '{s.dbhost}' );")] = "define( 'DB_HOST', 'localhost' );"
    lines += ["",
              "/**#@+",
              " * Authentication unique keys and salts.",
              " *",
              " * Change these to different unique phrases! You can generate these using",
              " * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.",
              " *",
              " * You can change these at any point in time to invalidate all existing cookies.",
              " * This will force all users to have to log in again.",
              " *",
              " * @since 2.6.0",
              " */"]
    lines += [f"define( '{n}',{' ' * (17 - len(n))}'put your unique phrase here' );" for n in SALT_NAMES]
    lines += ["", "/**#@-*/"] + wp_config_tail(s, r)
    return N(r.choice(["wp-config-sample.php", "wp-config.php", "public/wp-config-sample.php"]), lines, None, "wordpress", "shipped_sample_placeholders", "wp-config.php")


def neg_wp_env(r):
    s = Site(r)
    style = r.randrange(3)
    pw = {0: "getenv( 'DB_PASSWORD' )", 1: "$_ENV['WORDPRESS_DB_PASSWORD'] ?? ''", 2: "$_SERVER['DB_PASSWORD']"}[style]
    lines = wp_config_head(s, r) + wp_db_block(s, r, pw) + [""]
    if r.random() < 0.5:
        lines += ["/**",
                  " * Salts are generated on the server during provisioning:",
                  " *   curl -s https://api.wordpress.org/secret-key/1.1/salt/ > /etc/wordpress/salts.php",
                  " * and are never committed.",
                  " */",
                  "require_once '/etc/wordpress/salts.php';"]
    else:
        lines += ["/**#@+ Keys and salts come from the environment; fall back to the sample text on dev boxes. */"]
        lines += [f"define( '{n}', getenv( '{n}' ) ?: 'put your unique phrase here' );" for n in SALT_NAMES]
    if r.random() < 0.5:
        lines += ["", "/** Object cache: keep keys of staging and live apart (not a secret). */",
                  f"define( 'WP_CACHE_KEY_SALT', '{s.domain}:' );",
                  "define( 'WP_REDIS_PASSWORD', getenv( 'REDIS_PASSWORD' ) );"]
    lines += wp_config_tail(s, r)
    return N("wp-config.php", lines, None, "wordpress", "env_lookup", "wp-config.php")


def neg_bedrock_app(r):
    s = Site(r)
    lines = ["<?php",
             "/**",
             " * Your base production configuration goes in this file. Environment-specific",
             " * overrides go in their respective config/environments/{{WP_ENV}}.php file.",
             " */",
             "",
             "use Roots\\WPConfig\\Config;",
             "use function Env\\env;",
             "",
             "$root_dir = dirname(__DIR__);",
             "$webroot_dir = $root_dir . '/web';",
             "",
             "if (file_exists($root_dir . '/.env')) {",
             "    $dotenv = Dotenv\\Dotenv::createUnsafeImmutable($root_dir, ['.env', '.env.local'], false);",
             "    $dotenv->load();",
             "    $dotenv->required(['WP_HOME', 'WP_SITEURL']);",
             "    if (!env('DATABASE_URL')) {",
             "        $dotenv->required(['DB_NAME', 'DB_USER', 'DB_PASSWORD']);",
             "    }",
             "}",
             "",
             "define('WP_ENV', env('WP_ENV') ?: 'production');",
             "",
             "Config::define('WP_HOME', env('WP_HOME'));",
             "Config::define('WP_SITEURL', env('WP_SITEURL'));",
             "Config::define('DB_NAME', env('DB_NAME'));",
             "Config::define('DB_USER', env('DB_USER'));",
             "Config::define('DB_PASSWORD', env('DB_PASSWORD'));",
             "Config::define('DB_HOST', env('DB_HOST') ?: 'localhost');",
             "Config::define('DB_CHARSET', 'utf8mb4');",
             "Config::define('DB_COLLATE', '');",
             "$table_prefix = env('DB_PREFIX') ?: 'wp_';",
             "",
             "/**",
             " * Authentication Unique Keys and Salts",
             " */"]
    lines += [f"Config::define('{n}', env('{n}'));" for n in SALT_NAMES]
    lines += ["",
              "Config::define('AUTOMATIC_UPDATER_DISABLED', true);",
              "Config::define('DISABLE_WP_CRON', env('DISABLE_WP_CRON') ?: false);",
              "Config::define('DISALLOW_FILE_EDIT', true);",
              "Config::define('DISALLOW_FILE_MODS', true);",
              "",
              "Config::apply();"]
    return N("config/application.php", lines, None, "wordpress", "env_lookup", "php")


def neg_bedrock_env_example(r):
    s = Site(r)
    lines = ["DB_NAME='database_name'",
             "DB_USER='database_user'",
             "DB_PASSWORD='database_password'",
             "",
             "# Optionally, you can use a data source name (DSN)",
             "# When using a DSN, you can remove the DB_NAME, DB_USER, DB_PASSWORD, and DB_HOST variables",
             "# DATABASE_URL='mysql://database_user:database_password@database_host:database_port/database_name'",
             "",
             "# Optional database variables",
             "# DB_HOST='localhost'",
             "# DB_PREFIX='wp_'",
             "",
             "WP_ENV='development'",
             f"WP_HOME='https://{s.short}.test'",
             "WP_SITEURL=\"${WP_HOME}/wp\"",
             "",
             "# Specify optional debug.log path",
             "# WP_DEBUG_LOG='/path/to/debug.log'",
             "",
             "# Generate your keys here: https://roots.io/salts.html"]
    lines += [f"{n}='generateme'" for n in SALT_NAMES]
    return N(".env.example", lines, None, "wordpress", "placeholder", "dotenv")


def neg_laravel_env_example(r):
    s = Site(r)
    lines = laravel_env(s, r, {"DB_PASSWORD": "", "MAIL_PASSWORD": "null"}, example=True)
    extra = r.choice([["STRIPE_KEY=pk_test_...", "STRIPE_SECRET=sk_test_...", "STRIPE_WEBHOOK_SECRET=whsec_..."],
                      ["MOLLIE_KEY=test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
                      ["ALGOLIA_APP_ID=", "ALGOLIA_SECRET=YOUR_ADMIN_API_KEY"],
                      ["NOCAPTCHA_SECRET=<recaptcha-secret>", "NOCAPTCHA_SITEKEY=<recaptcha-site-key>"],
                      ["MAILCHIMP_APIKEY=your-api-key-us1", "MAILCHIMP_LIST_ID=changeme"]])
    lines += [""] + extra
    return N(r.choice([".env.example", ".env.dist"]), lines, None, "laravel", "placeholder", "dotenv")


def neg_laravel_config(r):
    s = Site(r)
    lines = ["<?php",
             "",
             "return [",
             "",
             "    'postmark' => [",
             "        'token' => env('POSTMARK_TOKEN'),",
             "    ],",
             "",
             "    'ses' => [",
             "        'key' => env('AWS_ACCESS_KEY_ID'),",
             "        'secret' => env('AWS_SECRET_ACCESS_KEY'),",
             "        'region' => env('AWS_DEFAULT_REGION', 'eu-central-1'),",
             "    ],",
             "",
             "    'stripe' => [",
             "        'key' => env('STRIPE_KEY'),",
             "        'secret' => env('STRIPE_SECRET'),",
             "        'webhook' => [",
             "            'secret' => env('STRIPE_WEBHOOK_SECRET'),",
             "        ],",
             "    ],",
             "",
             "    'mollie' => [",
             "        'key' => env('MOLLIE_KEY', 'test_'),",
             "    ],",
             "",
             "    'recaptcha' => [",
             "        'site_key' => env('RECAPTCHA_SITE_KEY'),",
             "        'secret_key' => env('RECAPTCHA_SECRET_KEY'),",
             "        'score' => 0.5,",
             "    ],",
             "",
             "    'shopify' => [",
             f"        'shop' => env('SHOPIFY_SHOP', '{s.short}.myshopify.com'),",
             "        'access_token' => env('SHOPIFY_ACCESS_TOKEN', ''),",
             "    ],",
             "",
             "];"]
    return N("config/services.php", lines, None, "laravel", "env_lookup", "laravel-config.php")


def neg_laravel_factory(r):
    lines = ["<?php",
             "",
             "namespace Database\\Factories;",
             "",
             "use Illuminate\\Database\\Eloquent\\Factories\\Factory;",
             "use Illuminate\\Support\\Facades\\Hash;",
             "use Illuminate\\Support\\Str;",
             "",
             "/**",
             " * @extends \\Illuminate\\Database\\Eloquent\\Factories\\Factory<\\App\\Models\\User>",
             " */",
             "class UserFactory extends Factory",
             "{",
             "    /**",
             "     * The current password being used by the factory.",
             "     */",
             "    protected static ?string $password;",
             "",
             "    public function definition(): array",
             "    {",
             "        return [",
             "            'name' => fake()->name(),",
             "            'email' => fake()->unique()->safeEmail(),",
             "            'email_verified_at' => now(),",
             "            'password' => static::$password ??= Hash::make('password'),",
             "            'remember_token' => Str::random(10),",
             "        ];",
             "    }",
             "",
             "    public function unverified(): static",
             "    {",
             "        return $this->state(fn (array $attributes) => [",
             "            'email_verified_at' => null,",
             "        ]);",
             "    }",
             "}"]
    return N("database/factories/UserFactory.php", lines, None, "laravel", "test_fixture", "php")


def neg_symfony(r):
    s = Site(r)
    if r.random() < 0.5:
        lines = ["###> symfony/framework-bundle ###",
                 "APP_ENV=dev",
                 "APP_SECRET=",
                 "###< symfony/framework-bundle ###",
                 "",
                 "###> doctrine/doctrine-bundle ###",
                 "# Format described at https://www.doctrine-project.org/projects/doctrine-dbal/en/latest/reference/configuration.html#connecting-using-a-url",
                 "# IMPORTANT: You MUST configure your server version, either here or in config/packages/doctrine.yaml",
                 "#",
                 "# DATABASE_URL=\"sqlite:///%kernel.project_dir%/var/data.db\"",
                 "# DATABASE_URL=\"mysql://app:!ChangeMe!@127.0.0.1:3306/app?serverVersion=8.0.32&charset=utf8mb4\"",
                 "DATABASE_URL=\"postgresql://app:!ChangeMe!@127.0.0.1:5432/app?serverVersion=16&charset=utf8\"",
                 "###< doctrine/doctrine-bundle ###",
                 "",
                 "###> symfony/messenger ###",
                 "MESSENGER_TRANSPORT_DSN=doctrine://default?auto_setup=0",
                 "###< symfony/messenger ###",
                 "",
                 "###> symfony/mailer ###",
                 "MAILER_DSN=null://null",
                 "###< symfony/mailer ###"]
        return N(".env", lines, None, "symfony", "shipped_sample_placeholders", "dotenv")
    lines = ["framework:",
             "    secret: '%env(APP_SECRET)%'",
             "    #csrf_protection: true",
             "    http_method_override: false",
             "    handle_all_throwables: true",
             "",
             "    session:",
             "        handler_id: null",
             "        cookie_secure: auto",
             "        cookie_samesite: lax",
             "        storage_factory_id: session.storage.factory.native",
             "",
             "    php_errors:",
             "        log: true",
             "",
             "when@test:",
             "    framework:",
             "        test: true",
             "        session:",
             "            storage_factory_id: session.storage.factory.mock_file"]
    return N("config/packages/framework.yaml", lines, None, "symfony", "env_lookup", "yaml")


def neg_drupal(r):
    s = Site(r)
    if r.random() < 0.5:
        lines = drupal_settings(s, r, "getenv('DRUPAL_DB_PASSWORD')", "file_get_contents('/var/www/private/salt.txt')")
        return N("web/sites/default/settings.php", lines, None, "drupal", "env_lookup", "drupal-settings.php")
    lines = ["<?php",
             "",
             "/**",
             " * Database settings:",
             " *",
             " * The $databases array specifies the database connection or",
             " * connections that Drupal may use. For example:",
             " * @code",
             " * $databases['default']['default'] = [",
             " *   'database' => 'databasename',",
             " *   'username' => 'sqlusername',",
             " *   'password' => 'sqlpassword',",
             " *   'host' => 'localhost',",
             " *   'port' => '3306',",
             " *   'driver' => 'mysql',",
             " *   'prefix' => '',",
             " *   'collation' => 'utf8mb4_general_ci',",
             " * ];",
             " * @endcode",
             " */",
             "$databases = [];",
             "",
             "/**",
             " * Salt for one-time login links, cancel links, form tokens, etc.",
             " *",
             " * This variable will be set to a random value by the installer. All one-time",
             " * login links will be invalidated if the value is changed.",
             " *",
             " * For enhanced security, you may set this variable to the contents of a file",
             " * outside your document root; you should also ensure that this file is not",
             " * stored with backups of your database.",
             " *",
             " * Example:",
             " * @code",
             " *   $settings['hash_salt'] = file_get_contents('/home/example/salt.txt');",
             " * @endcode",
             " */",
             "$settings['hash_salt'] = '';",
             "",
             "$settings['update_free_access'] = FALSE;",
             "$settings['container_yamls'][] = $app_root . '/' . $site_path . '/services.yml';"]
    return N("web/sites/default/default.settings.php", lines, None, "drupal", "shipped_sample_placeholders", "drupal-settings.php")


def drupal7_hash(r):
    return "$S$" + r.choice("CDE") + rnd(r, "./" + ALNUM, 52)


def phpass_hash(r):
    return "$P$B" + rnd(r, "./" + ALNUM, 30)


def bcrypt_hash(r, prefix="$2y$10$"):
    return prefix + rnd(r, "./" + ALNUM, 53)


def neg_password_hash_dump(r):
    s = Site(r)
    v = r.randrange(3)
    names = [("admin", "Administrator"), (s.dev, s.dev.title()), ("redaktion", "Redaktion"), ("shopmanager", "Shop Manager"), ("kunde" + str(r.randint(10, 99)), "Kunde")]
    if v == 0:
        table = f"{s.prefix}users"
        head, md = dump_header(s, r, table)
        rows = []
        for i, (login, disp) in enumerate(names[:r.randint(3, 5)]):
            h = phpass_hash(r) if r.random() < 0.5 else "$wp" + bcrypt_hash(r)
            rows.append(f"({i + 1},{sql_str(login, md)},{sql_str(h, md)},{sql_str(login, md)},'{login}@{s.domain}','','{s.date} 09:{r.randint(10, 59)}:{r.randint(10, 59)}','',0,{sql_str(disp, md)})")
        lines = head + [f"INSERT INTO `{table}` (`ID`, `user_login`, `user_pass`, `user_nicename`, `user_email`, `user_url`, `user_registered`, `user_activation_key`, `user_status`, `display_name`) VALUES"]
        lines += [row + ("," if i < len(rows) - 1 else ";") for i, row in enumerate(rows)] + [""] + dump_footer(md, table)
        return N(r.choice(["db/wp_users.sql", "backup/users.sql"]), lines, None, "wordpress", "password_hash", "sql-dump")
    if v == 1:
        table = "users_field_data"
        head, md = dump_header(s, r, table)
        rows = []
        for i, (login, disp) in enumerate(names[:r.randint(3, 5)]):
            h = drupal7_hash(r) if r.random() < 0.5 else bcrypt_hash(r)
            rows.append(f"({i + 1},'de','de','de',{sql_str(login, md)},{sql_str(h, md)},'{login}@{s.domain}','Europe/Berlin',1,{r.randint(1600000000, 1700000000)},{r.randint(1700000000, 1710000000)},0,0,NULL,1)")
        lines = head + [f"INSERT INTO `{table}` VALUES"] + [row + ("," if i < len(rows) - 1 else ";") for i, row in enumerate(rows)] + [""] + dump_footer(md, table)
        return N("db/drupal-users.sql", lines, None, "drupal", "password_hash", "sql-dump")
    table = "customer_entity"
    head, md = dump_header(s, r, table)
    rows = []
    for i in range(r.randint(3, 6)):
        if r.random() < 0.5:
            h = hexs(r, 64) + ":" + rnd(r, ALNUM, 32) + ":1"
        else:
            h = hexs(r, 64) + ":" + rnd(r, ALNUM, 32) + ":3_32_2_67108864"
        fn = r.choice(FIRST)
        rows.append(f"({i + 1},1,{sql_str(fn.lower() + '@' + r.choice(['gmail.com', 'web.de', 'outlook.com', 'gmx.net']), md)},1,NULL,1,'{s.date} 10:00:00','{s.date} 10:00:00',1,0,'Default Store View',NULL,{sql_str(fn, md)},NULL,{sql_str(r.choice(['Kowalski', 'Jansen', 'Schmidt', 'Rossi']), md)},NULL,NULL,NULL,{sql_str(h, md)},NULL,NULL,NULL,NULL,NULL,0,NULL,NULL)")
    lines = head + [f"INSERT INTO `{table}` VALUES"] + [row + ("," if i < len(rows) - 1 else ";") for i, row in enumerate(rows)] + [""] + dump_footer(md, table)
    return N("var/backups/customers.sql", lines, None, "magento", "password_hash", "sql-dump")


def neg_woo_key_hash(r):
    s = Site(r)
    rows = []
    for i in range(r.randint(2, 4)):
        rows.append((i + r.randint(1, 9), r.choice(["ERP sync", "Zapier", "Mobile app", "Lagerverwaltung", "Marketplace sync"]),
                     r.choice(["read", "read_write", "write"]), hexs(r, 64), hexs(r, 7)))
    lines = [f"mysql> SELECT key_id, description, permissions, consumer_key, truncated_key FROM {s.prefix}woocommerce_api_keys;",
             "+--------+----------------------+-------------+------------------------------------------------------------------+---------------+",
             "| key_id | description          | permissions | consumer_key                                                     | truncated_key |",
             "+--------+----------------------+-------------+------------------------------------------------------------------+---------------+"]
    for k, d, p, h, t in rows:
        lines.append(f"| {k:>6} | {d:<20} | {p:<11} | {h} | {t:<13} |")
    lines += ["+--------+----------------------+-------------+------------------------------------------------------------------+---------------+",
              f"{len(rows)} rows in set (0.00 sec)",
              "",
              "consumer_key is stored as hash_hmac('sha256', $key, 'wc-api'); the truncated_key column is the",
              "last 7 chars shown in WooCommerce > Settings > Advanced > REST API (\"ck_...%s\")." % rows[0][4]]
    return N(r.choice(["docs/woocommerce-api-keys.txt", "notes/support-ticket-4711.md"]), lines, None, "woocommerce", "consumer_key_hash", "text")


def neg_magento_env(r):
    s = Site(r)
    lines = magento_env(s, r, None, None)
    lines = [l.replace("'key' => getenv('MAGENTO_CRYPT_KEY')", "'key' => getenv('MAGENTO_CRYPT_KEY') ?: ''") for l in lines]
    return N("app/etc/env.php", lines, None, "magento", "env_lookup", "magento-env.php")


def neg_magento_auth_sample(r):
    lines = ["{",
             "    \"http-basic\": {",
             "        \"repo.magento.com\": {",
             "            \"username\": \"<public-key>\",",
             "            \"password\": \"<private-key>\"",
             "        }",
             "    }",
             "}"]
    return N(r.choice(["auth.json.sample", "auth.json.dist"]), lines, None, "magento", "shipped_sample_placeholders", "composer-auth.json")


def neg_joomla(r):
    s = Site(r)
    lines = joomla_config(s, r, None, None)
    return N(r.choice(["installation/configuration.php-dist", "configuration.php"]), lines, None, "joomla", "empty_values", "joomla-configuration.php")


def neg_mediawiki(r):
    s = Site(r)
    lines = ["<?php",
             "# Values that differ per environment are read from the container environment.",
             "if ( !defined( 'MEDIAWIKI' ) ) {",
             "\texit;",
             "}",
             "",
             f'$wgSitename = "{s.slug.replace("-", " ").title()} Wiki";',
             f'$wgServer = "https://wiki.{s.domain}";',
             '$wgScriptPath = "/w";',
             '',
             '$wgDBtype = "mysql";',
             '$wgDBserver = getenv( "MW_DB_HOST" ) ?: "db";',
             '$wgDBname = getenv( "MW_DB_NAME" );',
             '$wgDBuser = getenv( "MW_DB_USER" );',
             '$wgDBpassword = getenv( "MW_DB_PASSWORD" );',
             '',
             '$wgSecretKey = getenv( "MW_SECRET_KEY" );',
             '$wgUpgradeKey = getenv( "MW_UPGRADE_KEY" );',
             '$wgAuthenticationTokenVersion = "1";',
             '',
             '$wgMainCacheType = CACHE_ACCEL;',
             '$wgEnableUploads = true;',
             '$wgLanguageCode = "de";',
             "wfLoadSkin( 'Vector' );"]
    return N("LocalSettings.php", lines, None, "mediawiki", "env_lookup", "mediawiki-LocalSettings.php")


def neg_prestashop(r):
    s = Site(r)
    lines = ["parameters:",
             "    database_host:     127.0.0.1",
             "    database_port:     ~",
             "    database_name:     prestashop",
             "    database_user:     root",
             "    database_password: ~",
             "    database_prefix:   ps_",
             "    database_engine:   InnoDB",
             "",
             "    mailer_transport:  smtp",
             "    mailer_host:       127.0.0.1",
             "    mailer_user:       ~",
             "    mailer_password:   ~",
             "",
             "    # A secret key that's used to generate certain security-related tokens",
             "    secret:            ThisTokenIsNotSoSecretChangeIt",
             "",
             "    ps_caching:        CacheMemcache",
             "    ps_cache_enable:   false",
             "    ps_creation_date:  ~",
             "    locale:            en-US",
             "    cookie_key:        ~",
             "    cookie_iv:         ~",
             "    new_cookie_key:    ~"]
    return N("app/config/parameters.yml.dist", lines, None, "prestashop", "shipped_sample_placeholders", "parameters.yml")


def neg_shopware(r):
    s = Site(r)
    lines = ["###> symfony/framework-bundle ###",
             "APP_ENV=dev",
             "APP_SECRET=",
             "###< symfony/framework-bundle ###",
             "",
             "###> shopware/core ###",
             "APP_URL=http://127.0.0.1:8000",
             "LOCK_DSN=flock",
             "###< shopware/core ###",
             "",
             "###> doctrine/doctrine-bundle ###",
             "DATABASE_URL=mysql://root:root@localhost/shopware",
             "###< doctrine/doctrine-bundle ###",
             "",
             "###> shopware/elasticsearch ###",
             "OPENSEARCH_URL=http://localhost:9200",
             "SHOPWARE_ES_ENABLED=0",
             "SHOPWARE_ES_INDEXING_ENABLED=0",
             "SHOPWARE_ES_INDEX_PREFIX=sw",
             "###< shopware/elasticsearch ###"]
    return N(".env", lines, None, "shopware", "shipped_sample_placeholders", "dotenv")


def neg_recaptcha_sitekey(r):
    s = Site(r)
    sk = recaptcha_key(r)
    if r.random() < 0.5:
        lines = ["<form id=\"contact\" action=\"/kontakt/send.php\" method=\"post\">",
                 "  <label for=\"name\">Name</label>",
                 "  <input type=\"text\" id=\"name\" name=\"name\" required>",
                 "  <label for=\"email\">E-Mail</label>",
                 "  <input type=\"email\" id=\"email\" name=\"email\" required>",
                 "  <label for=\"message\">Nachricht</label>",
                 "  <textarea id=\"message\" name=\"message\" rows=\"6\"></textarea>",
                 f"  <div class=\"g-recaptcha\" data-sitekey=\"{sk}\"></div>",
                 "  <button type=\"submit\">Absenden</button>",
                 "</form>",
                 "<script src=\"https://www.google.com/recaptcha/api.js\" async defer></script>"]
        return N(r.choice(["kontakt.html", "templates/partials/contact-form.html"]), lines, None, "recaptcha", "site_key_public", "html")
    lines = ["<?php",
             "add_action( 'wp_enqueue_scripts', function () {",
             "\tif ( ! is_page( 'kontakt' ) ) {",
             "\t\treturn;",
             "\t}",
             "\t// site key is public by design, the secret lives in the CF7 settings",
             f"\t$site_key = '{sk}';",
             "\twp_enqueue_script( 'recaptcha', 'https://www.google.com/recaptcha/api.js?render=' . $site_key, [], null, true );",
             "\twp_add_inline_script( 'recaptcha', 'window.RECAPTCHA_SITE_KEY = ' . wp_json_encode( $site_key ) . ';' );",
             "} );"]
    return N(f"wp-content/themes/{s.short}/inc/recaptcha.php", lines, None, "recaptcha", "site_key_public", "functions.php")


def neg_captcha_test_keys(r):
    if r.random() < 0.5:
        lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                 "<phpunit bootstrap=\"vendor/autoload.php\" colors=\"true\">",
                 "    <testsuites>",
                 "        <testsuite name=\"Feature\">",
                 "            <directory>tests/Feature</directory>",
                 "        </testsuite>",
                 "    </testsuites>",
                 "    <php>",
                 "        <env name=\"APP_ENV\" value=\"testing\"/>",
                 "        <env name=\"DB_CONNECTION\" value=\"sqlite\"/>",
                 "        <env name=\"DB_DATABASE\" value=\":memory:\"/>",
                 "        <!-- Google's published reCAPTCHA v2 test keys: always pass verification -->",
                 "        <env name=\"NOCAPTCHA_SITEKEY\" value=\"6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI\"/>",
                 "        <env name=\"NOCAPTCHA_SECRET\" value=\"6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe\"/>",
                 "    </php>",
                 "</phpunit>"]
        return N("phpunit.xml", lines, None, "recaptcha", "provider_test_key", "xml")
    lines = ["# hCaptcha integration test keys (https://docs.hcaptcha.com/#integration-testing-test-keys)",
             "HCAPTCHA_SITEKEY=10000000-ffff-ffff-ffff-000000000001",
             "HCAPTCHA_SECRET=0x0000000000000000000000000000000000000000",
             "APP_ENV=testing",
             "MAIL_MAILER=array"]
    return N(".env.testing", lines, None, "hcaptcha", "provider_test_key", "dotenv")


def neg_stripe_public(r):
    s = Site(r)
    pk = stripe_pk(r)
    v = r.randrange(3)
    if v == 0:
        lines = ["import { loadStripe } from '@stripe/stripe-js';",
                 "",
                 "// publishable key - safe to ship to the browser",
                 f"const stripePromise = loadStripe('{pk}', {{ locale: 'de' }});",
                 "",
                 "export async function mountCard(el) {",
                 "  const stripe = await stripePromise;",
                 "  const elements = stripe.elements({ mode: 'payment', amount: 1099, currency: 'eur' });",
                 "  const payment = elements.create('payment');",
                 "  payment.mount(el);",
                 "  return { stripe, elements };",
                 "}"]
        return N("assets/js/checkout.js", lines, None, "stripe", "publishable_key", "javascript")
    if v == 1:
        lines = ["{% block javascripts %}",
                 "  {{ parent() }}",
                 "  <script src=\"https://js.stripe.com/v3/\"></script>",
                 "  <script>",
                 f"    const stripe = Stripe('{pk}');",
                 "    const elements = stripe.elements();",
                 "    elements.create('card', { hidePostalCode: true }).mount('#card-element');",
                 "  </script>",
                 "{% endblock %}"]
        return N("templates/checkout/payment.html.twig", lines, None, "stripe", "publishable_key", "twig")
    lines = ["# Payments",
             "",
             "Local development uses the sample keys from the Stripe API reference, they only",
             "work against Stripe's public test data and are not tied to our account:",
             "",
             "```",
             "STRIPE_KEY=pk_test_TYooMQauvdEDq54NiTphI7jx",
             "STRIPE_SECRET=sk_test_4eC39HqLyjWDarjtT1zdp7dc",
             "```",
             "",
             "For staging ask in #ops for the restricted test keys (`rk_test_...`)."]
    return N("docs/payments.md", lines, None, "stripe", "provider_docs_sample_key", "markdown")


def neg_paypal_client_id(r):
    s = Site(r)
    cid = paypal_client_id(r)
    lines = ["<div id=\"paypal-button-container\"></div>",
             f"<script src=\"https://www.paypal.com/sdk/js?client-id={cid}&currency=EUR&intent=capture\" data-namespace=\"paypal_sdk\"></script>",
             "<script>",
             "  paypal_sdk.Buttons({",
             "    createOrder: () => fetch('/api/paypal/order', { method: 'POST' }).then(r => r.json()).then(o => o.id),",
             "    onApprove: (data) => fetch(`/api/paypal/order/${data.orderID}/capture`, { method: 'POST' })",
             "      .then(() => window.location.assign('/danke')),",
             "  }).render('#paypal-button-container');",
             "</script>"]
    return N(r.choice(["resources/views/checkout/paypal.blade.php", "templates/paypal-button.html"]), lines, None, "paypal", "client_id_public", "blade" if r.random() < 0.5 else "html")


def neg_algolia_search_key(r):
    s = Site(r)
    app = rnd(r, UPPER_ALNUM, 10)
    key = hexs(r, 32)
    name = r.choice(["searchOnlyApiKey", "searchKey", "ALGOLIA_SEARCH_ONLY_KEY"])
    lines = ["import algoliasearch from 'algoliasearch/lite';",
             "import instantsearch from 'instantsearch.js';",
             "import { searchBox, hits, pagination } from 'instantsearch.js/es/widgets';",
             "",
             "// Search-only API key: public, can only query the products index.",
             f"const {name} = '{key}';",
             f"const searchClient = algoliasearch('{app}', {name});",
             "",
             "const search = instantsearch({",
             f"  indexName: '{s.short}_products',",
             "  searchClient,",
             "  routing: true,",
             "});",
             "",
             "search.addWidgets([",
             "  searchBox({ container: '#searchbox', placeholder: 'Produkt suchen…' }),",
             "  hits({ container: '#hits' }),",
             "  pagination({ container: '#pagination' }),",
             "]);",
             "",
             "search.start();"]
    return N("assets/js/search.js", lines, None, "algolia", "search_only_key_public", "javascript")


def neg_ghost_content_key(r):
    s = Site(r)
    key = hexs(r, 26)
    lines = ["import GhostContentAPI from '@tryghost/content-api';",
             "",
             "// Content API keys are safe for use in browsers (read-only, public content).",
             "export const ghost = new GhostContentAPI({",
             f"  url: 'https://blog.{s.domain}',",
             f"  key: '{key}',",
             "  version: 'v5.0',",
             "});",
             "",
             "export const latestPosts = (limit = 3) =>",
             "  ghost.posts.browse({ limit, include: 'tags,authors', fields: 'title,slug,feature_image,published_at' });"]
    return N("src/lib/ghost.js", lines, None, "ghost", "content_api_key_public", "javascript")


def neg_shopify_toml(r):
    s = Site(r)
    lines = ["# Learn more about configuring your app at https://shopify.dev/docs/apps/tools/cli/configuration",
             "",
             f"client_id = \"{hexs(r, 32)}\"",
             f"name = \"{s.short}-sync\"",
             f"handle = \"{s.short}-sync\"",
             f"application_url = \"https://{s.short}-sync.fly.dev\"",
             "embedded = true",
             "",
             "[build]",
             "automatically_update_urls_on_dev = true",
             f"dev_store_url = \"{s.short}-dev.myshopify.com\"",
             "include_config_on_deploy = true",
             "",
             "[access_scopes]",
             "scopes = \"read_products,write_products,read_orders\"",
             "",
             "[auth]",
             f"redirect_urls = [ \"https://{s.short}-sync.fly.dev/auth/callback\" ]",
             "",
             "[webhooks]",
             "api_version = \"2024-07\""]
    return N("shopify.app.toml", lines, None, "shopify", "client_id_public", "toml")


def neg_mollie_profile(r):
    s = Site(r)
    pfl = "pfl_" + rnd(r, ALNUM, 10)
    lines = ["<script src=\"https://js.mollie.com/v1/mollie.js\"></script>",
             "<script>",
             "  // Mollie Components need the (public) profile id, never the API key",
             f"  const mollie = Mollie('{pfl}', {{ locale: 'de_DE', testmode: false }});",
             "  const cardHolder = mollie.createComponent('cardHolder');",
             "  cardHolder.mount('#card-holder');",
             "  const cardNumber = mollie.createComponent('cardNumber');",
             "  cardNumber.mount('#card-number');",
             "  document.querySelector('#pay').addEventListener('submit', async (e) => {",
             "    e.preventDefault();",
             "    const { token, error } = await mollie.createToken();",
             "    if (error) { return; }",
             "    e.target.cardToken.value = token;",
             "    e.target.submit();",
             "  });",
             "</script>"]
    return N("templates/checkout/card.html", lines, None, "mollie", "profile_id_public", "html")


def neg_wp_nonce_html(r):
    s = Site(r)
    nonce = hexs(r, 10)
    rest_nonce = hexs(r, 10)
    lines = ["<!DOCTYPE html>",
             "<html lang=\"de-DE\">",
             "<head>",
             "<meta charset=\"UTF-8\">",
             f"<title>Profil bearbeiten &lsaquo; {s.slug.title()} &#8212; WordPress</title>",
             f"<link rel='stylesheet' id='dashicons-css' href='https://{s.domain}/wp-includes/css/dashicons.min.css?ver=6.4.{r.randint(1, 3)}' media='all' />",
             f"<script id=\"wp-api-fetch-js-after\">wp.apiFetch.use( wp.apiFetch.createNonceMiddleware( \"{rest_nonce}\" ) );</script>",
             "</head>",
             "<body class=\"wp-admin profile-php\">",
             "<form id=\"your-profile\" action=\"profile.php\" method=\"post\" novalidate=\"novalidate\">",
             f"<input type=\"hidden\" id=\"_wpnonce\" name=\"_wpnonce\" value=\"{nonce}\" /><input type=\"hidden\" name=\"_wp_http_referer\" value=\"/wp-admin/profile.php\" />",
             "<table class=\"form-table\" role=\"presentation\">",
             "<tr class=\"user-pass1-wrap\">",
             "  <th><label for=\"pass1\">Neues Passwort</label></th>",
             "  <td><input type=\"password\" name=\"pass1\" id=\"pass1\" class=\"regular-text\" value=\"\" autocomplete=\"new-password\" /></td>",
             "</tr>",
             "</table>",
             f"<a href=\"https://{s.domain}/wp-login.php?action=logout&amp;_wpnonce={hexs(r, 10)}\">Abmelden</a>",
             "</form>",
             "</body>",
             "</html>"]
    return N("tests/fixtures/profile-page.html", lines, None, "wordpress", "nonce", "html")


def neg_asset_hashes(r):
    s = Site(r)
    if r.random() < 0.5:
        m = {f"/js/{n}.js": f"/js/{n}.js?id={hexs(r, 32)}" for n in ["app", "checkout", "vendor"]}
        m.update({f"/css/{n}.css": f"/css/{n}.css?id={hexs(r, 32)}" for n in ["app", "editor-style"]})
        return N("public/mix-manifest.json", json.dumps(m, indent=4), None, "laravel", "asset_hash", "json")
    files = {}
    for n in ["main", "admin", "blocks"]:
        files[f"assets/src/{n}.js"] = {"file": f"assets/{n}-{rnd(r, B64URL, 8)}.js", "src": f"assets/src/{n}.js", "isEntry": True,
                                       "css": [f"assets/{n}-{rnd(r, B64URL, 8)}.css"]}
    text = json.dumps(files, indent=2)
    lines = [f"<link rel='stylesheet' href='https://{s.domain}/wp-includes/css/dist/block-library/style.min.css?ver=6.4.{r.randint(1, 3)}' />"]
    return N(f"wp-content/themes/{s.short}/dist/.vite/manifest.json", text, None, "wordpress", "asset_hash", "json")


def neg_gravatar(r):
    s = Site(r)
    lines = ["<ol class=\"comment-list\">"]
    for _ in range(r.randint(2, 4)):
        md5 = hexs(r, 32)
        name = r.choice(FIRST)
        lines += ["  <li class=\"comment even thread-even depth-1\">",
                  "    <article class=\"comment-body\">",
                  f"      <img alt='' src='https://secure.gravatar.com/avatar/{md5}?s=64&#038;d=mm&#038;r=g' srcset='https://secure.gravatar.com/avatar/{md5}?s=128&#038;d=mm&#038;r=g 2x' class='avatar avatar-64 photo' height='64' width='64' loading='lazy' decoding='async'/>",
                  f"      <b class=\"fn\">{name}</b> <span class=\"says\">sagt:</span>",
                  f"      <p>{r.choice(['Tolles Rezept, danke!', 'Super Service, gerne wieder.', 'Wann gibt es das wieder?', 'Hat perfekt geklappt.'])}</p>",
                  "    </article>",
                  "  </li>"]
    lines.append("</ol>")
    return N("tests/fixtures/comments.html", lines, None, "wordpress", "gravatar_md5", "html")


def neg_options_dump(r):
    s = Site(r)
    special = [("theme_mods_" + s.short, php_ser({"custom_logo": r.randint(5, 900), "nav_menu_locations": {"primary": 2, "footer": 3},
                                                  "header_textcolor": "blank", "custom_css_post_id": -1})),
               ("cron", php_ser({r.randint(1700000000, 1710000000): {"wp_version_check": {"40cd750bba9870f18aada2478b24840a": {"schedule": "twicedaily", "args": [], "interval": 43200}}},
                                 "version": 2})),
               (f"_transient_timeout_feed_{hexs(r, 32)}", str(r.randint(1700000000, 1710000000))),
               ("woocommerce_stripe_settings", php_ser({"enabled": "no", "title": "Kreditkarte", "testmode": "yes", "test_publishable_key": "", "test_secret_key": "", "publishable_key": "", "secret_key": "", "webhook_secret": ""}))]
    r.shuffle(special)
    text = wp_options_dump(s, r, special[:r.randint(2, 4)])
    return N(r.choice(["db/seed.sql", "sql/wp_options.sql"]), text, None, "wordpress", "serialized_options_nonsecret", "sql-dump")


def neg_gateway_form_fields(r):
    td = r.choice(["acme-pay", "kasse-connect", "shop-payments", "agency-stripe"])
    lines = ["<?php",
             "defined( 'ABSPATH' ) || exit;",
             "",
             "return apply_filters( 'TDOM_settings', [",
             "\t'enabled'         => [",
             "\t\t'title'   => __( 'Enable/Disable', 'TDOM' ),",
             "\t\t'type'    => 'checkbox',",
             "\t\t'label'   => __( 'Enable Acme Pay', 'TDOM' ),",
             "\t\t'default' => 'no',",
             "\t],",
             "\t'publishable_key' => [",
             "\t\t'title'       => __( 'Live Publishable Key', 'TDOM' ),",
             "\t\t'type'        => 'text',",
             "\t\t'description' => __( 'Get your API keys from your Stripe account. Invalid values will be rejected.', 'TDOM' ),",
             "\t\t'default'     => '',",
             "\t\t'desc_tip'    => true,",
             "\t],",
             "\t'secret_key'      => [",
             "\t\t'title'       => __( 'Live Secret Key', 'TDOM' ),",
             "\t\t'type'        => 'password',",
             "\t\t'placeholder' => 'sk_live_…',",
             "\t\t'default'     => '',",
             "\t\t'desc_tip'    => true,",
             "\t],",
             "\t'webhook_secret'  => [",
             "\t\t'title'       => __( 'Webhook Secret', 'TDOM' ),",
             "\t\t'type'        => 'password',",
             "\t\t'placeholder' => 'whsec_…',",
             "\t\t'default'     => '',",
             "\t],",
             "] );"]
    lines = [l.replace("TDOM", td) for l in lines]
    return N(f"wp-content/plugins/{td}/includes/admin/settings.php", lines, None, "stripe", "settings_form_definition", "php")


def neg_po_file(r):
    slug = r.choice(["acme-newsletter", "mc-signup-pro", "shop-connector", "kundenportal", "easy-smtp-relay", "pay-bridge"])
    loc = r.choice(["de_DE", "nl_NL", "de_AT", "pl_PL"])
    lines = [f"# Translation of Plugins - {slug.replace('-', ' ').title()} in {loc}",
             "msgid \"\"",
             "msgstr \"\"",
             "\"Content-Type: text/plain; charset=UTF-8\\n\"",
             "\"Language: de\\n\"",
             "",
             f"#: includes/admin/class-settings.php:{r.randint(40, 99)}",
             "msgid \"API Key\"",
             "msgstr \"API-Schlüssel\"",
             "",
             "#: includes/admin/class-settings.php:92",
             "msgid \"Your Mailchimp API key, e.g. 0123…-us21\"",
             "msgstr \"Dein Mailchimp-API-Schlüssel, z. B. 0123…-us21\"",
             "",
             "#: includes/admin/class-settings.php:120",
             "msgid \"Secret Key\"",
             "msgstr \"Geheimer Schlüssel\"",
             "",
             "#: includes/class-login.php:41",
             "msgid \"Password\"",
             "msgstr \"Passwort\"",
             "",
             "#: includes/class-login.php:57",
             "msgid \"The password you entered is incorrect.\"",
             "msgstr \"Das eingegebene Passwort ist falsch.\""]
    return N(r.choice([f"languages/{slug}-{loc}.po", f"wp-content/languages/plugins/{slug}-{loc}.po"]), lines, None, "wordpress", "translation_strings", "po")


def neg_login_template(r):
    s = Site(r)
    if r.random() < 0.5:
        lines = ["@extends('layouts.guest')",
                 "",
                 "@section('content')",
                 "<form method=\"POST\" action=\"{{ route('login') }}\">",
                 "    @csrf",
                 "    <label for=\"email\">{{ __('Email') }}</label>",
                 "    <input id=\"email\" type=\"email\" name=\"email\" value=\"{{ old('email') }}\" required autofocus>",
                 "    <label for=\"password\">{{ __('Password') }}</label>",
                 "    <input id=\"password\" type=\"password\" name=\"password\" required autocomplete=\"current-password\">",
                 "    @error('password') <span class=\"error\">{{ $message }}</span> @enderror",
                 "    <label><input type=\"checkbox\" name=\"remember\"> {{ __('Remember me') }}</label>",
                 "    <button type=\"submit\">{{ __('Log in') }}</button>",
                 "</form>",
                 "@endsection"]
        return N("resources/views/auth/login.blade.php", lines, None, "laravel", "form_field_names", "blade")
    lines = ["<?php",
             "/* Template Name: Kundenlogin */",
             "get_header(); ?>",
             "<form name=\"loginform\" id=\"loginform\" action=\"<?php echo esc_url( site_url( 'wp-login.php', 'login_post' ) ); ?>\" method=\"post\">",
             "\t<label for=\"user_login\"><?php esc_html_e( 'Username or Email Address', 'kadence-child' ); ?></label>",
             "\t<input type=\"text\" name=\"log\" id=\"user_login\" autocomplete=\"username\">",
             "\t<label for=\"user_pass\"><?php esc_html_e( 'Password', 'kadence-child' ); ?></label>",
             "\t<input type=\"password\" name=\"pwd\" id=\"user_pass\" autocomplete=\"current-password\">",
             "\t<?php wp_nonce_field( 'kundenlogin', 'kundenlogin_nonce' ); ?>",
             "\t<input type=\"submit\" name=\"wp-submit\" value=\"<?php esc_attr_e( 'Log In' ); ?>\">",
             "</form>",
             "<?php get_footer();"]
    return N(f"wp-content/themes/{s.short}/page-login.php", lines, None, "wordpress", "form_field_names", "php")


def sops_enc(r, plain_len, typ="str"):
    return f"ENC[AES256_GCM,data:{b64(r, max(plain_len, 4))},iv:{b64(r, 32)},tag:{b64(r, 16)},type:{typ}]"


def neg_sops(r):
    s = Site(r)
    age = "age1" + rnd(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)
    if r.random() < 0.5:
        lines = [f"DB_NAME={sops_enc(r, 8)}",
                 f"DB_USER={sops_enc(r, 8)}",
                 f"DB_PASSWORD={sops_enc(r, 18)}",
                 f"AUTH_KEY={sops_enc(r, 64)}",
                 f"STRIPE_SECRET={sops_enc(r, 32)}",
                 f"sops_age__list_0__map_enc=-----BEGIN AGE ENCRYPTED FILE-----\\n{b64(r, 45)}\\n{b64(r, 45)}\\n-----END AGE ENCRYPTED FILE-----\\n",
                 f"sops_age__list_0__map_recipient={age}",
                 f"sops_lastmodified={s.date}T1{r.randint(0, 9)}:{r.randint(10, 59)}:{r.randint(10, 59)}Z",
                 f"sops_mac={sops_enc(r, 32)}",
                 "sops_unencrypted_suffix=_unencrypted",
                 "sops_version=3.8.1"]
        return N(".env.production.enc", lines, None, "sops", "ciphertext", "dotenv")
    lines = ["wordpress:",
             f"    db_password: {sops_enc(r, 20)}",
             f"    auth_key: {sops_enc(r, 64)}",
             "magento:",
             f"    crypt_key: {sops_enc(r, 32)}",
             "sops:",
             "    kms: []",
             "    gcp_kms: []",
             "    azure_kv: []",
             "    hc_vault: []",
             "    age:",
             f"        - recipient: {age}",
             "          enc: |",
             "            -----BEGIN AGE ENCRYPTED FILE-----",
             f"            {b64(r, 45)}",
             f"            {b64(r, 45)}",
             "            -----END AGE ENCRYPTED FILE-----",
             f"    lastmodified: \"{s.date}T08:{r.randint(10, 59)}:{r.randint(10, 59)}Z\"",
             f"    mac: {sops_enc(r, 32)}",
             "    pgp: []",
             "    unencrypted_suffix: _unencrypted",
             "    version: 3.8.1"]
    return N("secrets/production.enc.yaml", lines, None, "sops", "ciphertext", "yaml")


def neg_sealed_secret(r):
    s = Site(r)
    lines = ["apiVersion: bitnami.com/v1alpha1",
             "kind: SealedSecret",
             "metadata:",
             f"  name: {s.short}-wordpress",
             "  namespace: web",
             "spec:",
             "  encryptedData:",
             f"    WORDPRESS_DB_PASSWORD: Ag{b64(r, 370)}",
             f"    WORDPRESS_AUTH_KEY: Ag{b64(r, 400)}",
             "  template:",
             "    metadata:",
             f"      name: {s.short}-wordpress",
             "      namespace: web",
             "    type: Opaque"]
    return N("k8s/wordpress-sealedsecret.yaml", lines, None, "sealed-secrets", "ciphertext", "yaml")


def neg_ansible_vault(r):
    s = Site(r)
    if r.random() < 0.5:
        hx = hexs(r, 80 * r.randint(6, 12))
        lines = ["$ANSIBLE_VAULT;1.1;AES256"] + [hx[i:i + 80] for i in range(0, len(hx), 80)]
        return N("group_vars/production/vault.yml", lines, None, "ansible-vault", "ciphertext", "ansible-yaml")
    lines = ["---",
             f"wordpress_domain: {s.domain}",
             f"wp_db_name: {s.db}",
             f"wp_db_user: {s.dbuser}",
             "wp_db_password: \"{{ vault_wp_db_password }}\"",
             "mysql_root_password: \"{{ lookup('community.general.passwordstore', 'servers/" + s.short + "/mysql-root') }}\"",
             "smtp_password: \"{{ lookup('env', 'SMTP_PASSWORD') }}\"",
             "wp_salts: \"{{ lookup('url', 'https://api.wordpress.org/secret-key/1.1/salt/', split_lines=False) }}\"",
             "cloudflare_api_token: \"{{ vault_cloudflare_api_token }}\"",
             "",
             "php_version: \"8.2\"",
             "php_fpm_pm_max_children: 20"]
    return N("group_vars/production/vars.yml", lines, None, "ansible", "vault_reference", "ansible-yaml")


def neg_htpasswd(r):
    lines = []
    for u in r.sample(["kunde", "preview", "staging", "marta", "jonas", "agentur", "client", "redaktion", "seo", "fotograf"], r.randint(5, 8)):
        kind = r.randrange(3)
        if kind == 0:
            h = "$apr1$" + rnd(r, "./" + ALNUM, 8) + "$" + rnd(r, "./" + ALNUM, 22)
        elif kind == 1:
            h = bcrypt_hash(r, "$2y$05$")
        else:
            h = "{SHA}" + b64(r, 20)
        lines.append(f"{u}:{h}")
    return N(r.choice([".htpasswd", "deploy/staging/.htpasswd"]), lines, None, "apache", "htpasswd_hash", "htpasswd")


def neg_composer_lock(r):
    pkgs = [("wpackagist-plugin/woocommerce", "8.5.2"), ("wpackagist-plugin/wordpress-seo", "22.0"),
            ("roots/wordpress-no-content", "6.4.3"), ("vlucas/phpdotenv", "v5.6.0"), ("symfony/polyfill-mbstring", "v1.29.0")]
    out = []
    for name, ver in r.sample(pkgs, 3):
        src = {"type": "git", "url": f"https://github.com/{name}.git", "reference": hexs(r, 40)}
        out.append({"name": name, "version": ver, "source": src,
                    "dist": {"type": "zip", "url": f"https://api.github.com/repos/{name}/zipball/{src['reference']}",
                             "reference": src["reference"], "shasum": ""},
                    "type": "library"})
    doc = {"_readme": ["This file locks the dependencies of your project to a known state",
                       "Read more about it at https://getcomposer.org/doc/01-basic-usage.md#installing-dependencies",
                       "This file is @generated automatically"],
           "content-hash": hexs(r, 32), "packages": out, "packages-dev": [], "aliases": [], "minimum-stability": "stable"}
    return N("composer.lock", json.dumps(doc, indent=4), None, "composer", "git_sha_digest", "json")


def neg_compose_env(r):
    s = Site(r)
    lines = ["services:",
             "  db:",
             "    image: mysql:8.0",
             "    environment:",
             f"      MYSQL_DATABASE: {s.db}",
             f"      MYSQL_USER: {s.dbuser}",
             "      MYSQL_PASSWORD: ${MYSQL_PASSWORD:?set MYSQL_PASSWORD in .env}",
             "      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root",
             "    secrets: [mysql_root]",
             "    volumes: [db:/var/lib/mysql]",
             "  wordpress:",
             "    image: wordpress:6.4-php8.2-apache",
             "    depends_on: [db]",
             "    environment:",
             "      WORDPRESS_DB_HOST: db",
             f"      WORDPRESS_DB_USER: {s.dbuser}",
             "      WORDPRESS_DB_PASSWORD: ${MYSQL_PASSWORD}",
             f"      WORDPRESS_DB_NAME: {s.db}",
             "      WORDPRESS_AUTH_KEY: ${WP_AUTH_KEY:-}",
             "      WORDPRESS_SECURE_AUTH_KEY: ${WP_SECURE_AUTH_KEY:-}",
             "    ports: [\"8080:80\"]",
             "secrets:",
             "  mysql_root:",
             "    file: ./secrets/mysql_root.txt",
             "volumes:",
             "  db: {}"]
    return N("docker-compose.yml", lines, None, "wordpress", "env_interpolation", "docker-compose")


def neg_webserver(r):
    s = Site(r)
    if r.random() < 0.5:
        lines = ["# BEGIN WordPress",
                 "<IfModule mod_rewrite.c>",
                 "RewriteEngine On",
                 "RewriteBase /",
                 "RewriteRule ^index\\.php$ - [L]",
                 "RewriteCond %{REQUEST_FILENAME} !-f",
                 "RewriteCond %{REQUEST_FILENAME} !-d",
                 "RewriteRule . /index.php [L]",
                 "</IfModule>",
                 "# END WordPress",
                 "",
                 "SetEnv WP_ENV production",
                 "# DB_PASSWORD / AUTH_KEY are set in the vhost by the hoster and passed through:",
                 "PassEnv DB_PASSWORD",
                 "PassEnv AUTH_KEY",
                 "",
                 "<Files wp-config.php>",
                 "  Require all denied",
                 "</Files>",
                 "",
                 "AuthType Basic",
                 "AuthName \"Staging\"",
                 f"AuthUserFile /home/{s.short}/.htpasswd",
                 "Require valid-user"]
        return N(".htaccess", lines, None, "apache", "env_passthrough", "htaccess")
    lines = ["server {",
             "    listen 443 ssl http2;",
             f"    server_name {s.domain};",
             f"    root {s.webroot};",
             "    index index.php;",
             "",
             "    location ~ \\.php$ {",
             "        include snippets/fastcgi-php.conf;",
             "        fastcgi_pass unix:/run/php/php8.2-fpm.sock;",
             "        fastcgi_param APP_ENV production;",
             "        # DB_PASSWORD etc. live in a root-only file rendered by Ansible",
             f"        include /etc/nginx/secrets/{s.short}.conf;",
             "    }",
             "",
             "    location ~ /\\.(?!well-known) {",
             "        deny all;",
             "    }",
             "}"]
    return N(f"deploy/nginx/{s.domain}.conf", lines, None, "nginx", "include_reference", "nginx-conf")


def neg_deploy_configs(r):
    s = Site(r)
    v = r.randrange(4)
    if v == 0:
        lines = ["{",
                 "    \"type\": \"sftp\",",
                 "    \"save_before_upload\": true,",
                 "    \"upload_on_save\": false,",
                 "    \"sync_down_on_open\": false,",
                 f"    \"host\": \"{s.ip}\",",
                 f"    \"user\": \"{s.sshuser}\",",
                 "    //\"password\": \"password\",",
                 "    \"port\": \"22\",",
                 f"    \"remote_path\": \"{s.webroot}/\",",
                 "    \"ignore_regexes\": [\"\\\\.git/\", \"node_modules/\"],",
                 "    \"ssh_key_file\": \"~/.ssh/id_ed25519\",",
                 "    \"connect_timeout\": 30",
                 "}"]
        return N("sftp-config.json", lines, None, "sftp", "key_file_reference", "sftp-config.json")
    if v == 1:
        cfg = {"name": f"{s.domain} staging", "host": s.ip, "protocol": "sftp", "port": 22, "username": s.sshuser,
               "privateKeyPath": "~/.ssh/id_ed25519", "passphrase": True, "remotePath": s.webroot, "uploadOnSave": False}
        return N(".vscode/sftp.json", json.dumps(cfg, indent=4), None, "sftp", "key_file_reference", "vscode-sftp.json")
    if v == 2:
        cfg = {"protocol": "ftp", "host": f"ftp.{s.domain}", "port": 21, "user": s.sshuser, "pass": "",
               "promptForPass": True, "remote": "/public_html", "secure": True, "connTimeout": 10000}
        return N(".ftpconfig", json.dumps(cfg, indent=4), None, "ftp", "prompt_for_password", "ftpconfig")
    lines = ["<?php",
             "namespace Deployer;",
             "",
             "require 'recipe/wordpress.php';",
             "",
             f"set('application', '{s.slug}');",
             f"set('repository', 'git@github.com:{s.agency.split()[0].lower()}/{s.slug}.git');",
             f"host('{s.domain}')->set('remote_user', '{s.sshuser}')->set('deploy_path', '~/sites/{s.short}');",
             "",
             f"set('db_name', '{s.db}');",
             "set('db_password', function () {",
             "    return getenv('DEPLOY_DB_PASSWORD') ?: askHiddenResponse('MySQL password:');",
             "});",
             "",
             "after('deploy:failed', 'deploy:unlock');"]
    return N("deploy.php", lines, None, "deployer", "env_lookup", "deployer-php")


def neg_masked(r):
    s = Site(r)
    ex = [f"- Stripe live key rotated, old key was `sk_live_••••••••••••{rnd(r, ALNUM, 4)}` (revoked in dashboard)",
          f"- Shopify Admin token for {s.short}.myshopify.com regenerated (`shpat_…{hexs(r, 4)}`)",
          f"- WooCommerce REST key \"ERP\" revoked: Consumer key ending in …{hexs(r, 7)}",
          f"- SendGrid key `SG.{rnd(r, B64URL, 4)}…` deleted, new one stored in 1Password vault \"{s.slug}\"",
          f"- Mollie: switched from `test_` to `live_` key (value in Plesk env, not in git)",
          f"- GitHub token for composer (`ghp_****************************{rnd(r, ALNUM, 4)}`) replaced by a fine-grained token",
          f"- Algolia admin key regenerated; search-only key unchanged",
          f"- DB password changed in Plesk, wp-config reads it from getenv('DB_PASSWORD') now"]
    r.shuffle(ex)
    lines = [f"# Incident {s.date}: credentials in public staging backup",
             "",
             f"A full-site backup of {s.domain} (incl. wp-config.php) was downloadable from",
             f"`/wp-content/backups/` for ~3 days. Nothing suspicious in the access logs.",
             "",
             "## Rotated"] + ex[:r.randint(4, 7)] + ["", "## Follow-up", "", "- block `/wp-content/backups/` in .htaccess", "- move backups to S3 with lifecycle rule"]
    return N(r.choice(["docs/incidents/" + s.date + "-backup-leak.md", "SECURITY-NOTES.md"]), lines, None, "multi", "masked_redacted", "markdown")


def neg_readme_placeholders(r):
    s = Site(r)
    lines = [f"# {s.slug.replace('-', ' ').title()}",
             "",
             "## Installation",
             "",
             "1. Copy `wp-config-sample.php` to `wp-config.php` and fill in:",
             "",
             "```php",
             "define( 'DB_NAME', 'your_db_name' );",
             "define( 'DB_USER', 'your_db_user' );",
             "define( 'DB_PASSWORD', '<your-db-password>' );",
             "```",
             "",
             "2. Generate salts: `wp config shuffle-salts`",
             "",
             "3. Plugin keys go into `.env` (never commit it):",
             "",
             "```",
             "STRIPE_SECRET_KEY=sk_live_...",
             "MAILCHIMP_API_KEY=YOUR_API_KEY-us1",
             "RECAPTCHA_SECRET=<recaptcha-secret>",
             "CLOUDFLARE_API_TOKEN=changeme",
             "WC_CONSUMER_KEY=ck_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
             "WC_CONSUMER_SECRET=cs_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
             "```",
             "",
             "4. Staging basic auth: user `preview`, password is in 1Password (\"" + s.slug + " staging\")."]
    return N("README.md", lines, None, "multi", "placeholder", "markdown")


def neg_cloudflare_ids(r):
    s = Site(r)
    lines = ["<?php",
             "return [",
             "    'cloudflare' => [",
             f"        'zone_id'    => '{hexs(r, 32)}',",
             f"        'account_id' => '{hexs(r, 32)}',",
             "        'api_token'  => getenv('CF_API_TOKEN'),",
             "        'purge_on'   => ['save_post', 'woocommerce_product_set_stock'],",
             "    ],",
             "];"]
    return N("config/cache.php", lines, None, "cloudflare", "zone_account_id", "php")


def neg_mailchimp_embed(r):
    s = Site(r)
    u, i = hexs(r, 25), hexs(r, 10)
    dc = "us" + str(r.randint(1, 21))
    lines = ["<!-- Begin Mailchimp Signup Form -->",
             "<div id=\"mc_embed_signup\">",
             f"<form action=\"https://{s.short}.{dc}.list-manage.com/subscribe/post?u={u}&amp;id={i}&amp;f_id=00{hexs(r, 4)}e1f0\" method=\"post\" id=\"mc-embedded-subscribe-form\" name=\"mc-embedded-subscribe-form\" class=\"validate\" target=\"_blank\">",
             "  <label for=\"mce-EMAIL\">E-Mail-Adresse</label>",
             "  <input type=\"email\" name=\"EMAIL\" class=\"required email\" id=\"mce-EMAIL\" required>",
             f"  <div style=\"position: absolute; left: -5000px;\" aria-hidden=\"true\"><input type=\"text\" name=\"b_{u}_{i}\" tabindex=\"-1\" value=\"\"></div>",
             "  <input type=\"submit\" value=\"Anmelden\" name=\"subscribe\" id=\"mc-embedded-subscribe\" class=\"button\">",
             "</form>",
             "</div>",
             "<!--End mc_embed_signup-->"]
    return N(f"wp-content/themes/{s.short}/template-parts/newsletter.php", lines, None, "mailchimp", "embed_form_ids", "php")


def neg_sendgrid_templates(r):
    lines = ["<?php",
             "return [",
             "    'api_key' => env('SENDGRID_API_KEY'),",
             "    'templates' => [",
             f"        'order_confirmation' => 'd-{hexs(r, 32)}',",
             f"        'password_reset'     => 'd-{hexs(r, 32)}',",
             f"        'newsletter_optin'   => 'd-{hexs(r, 32)}',",
             "    ],",
             f"    'asm_group_id' => {r.randint(10000, 99999)},",
             "];"]
    return N("config/sendgrid.php", lines, None, "sendgrid", "template_id", "php")


def neg_stripe_ids(r):
    lines = ["<?php",
             "// Stripe catalogue ids (not secrets) - synced from the dashboard",
             "return [",
             "    'plans' => [",
             f"        'basic'   => ['product' => 'prod_{rnd(r, ALNUM, 14)}', 'monthly' => 'price_1{rnd(r, ALNUM, 23)}', 'yearly' => 'price_1{rnd(r, ALNUM, 23)}'],",
             f"        'pro'     => ['product' => 'prod_{rnd(r, ALNUM, 14)}', 'monthly' => 'price_1{rnd(r, ALNUM, 23)}', 'yearly' => 'price_1{rnd(r, ALNUM, 23)}'],",
             "    ],",
             f"    'tax_rate' => 'txr_1{rnd(r, ALNUM, 23)}',",
             f"    'coupon_launch' => '{rnd(r, UPPER_ALNUM, 8)}',",
             "];"]
    return N("config/plans.php", lines, None, "stripe", "object_ids", "php")


def neg_uuids(r):
    s = Site(r)
    if r.random() < 0.5:
        pkg = {"name": f"{s.short}-cms", "private": True, "version": "0.1.0",
               "scripts": {"develop": "strapi develop", "start": "strapi start", "build": "strapi build"},
               "dependencies": {"@strapi/strapi": "4.20.1", "@strapi/plugin-users-permissions": "4.20.1", "mysql2": "3.9.1"},
               "strapi": {"uuid": uuid4(r)}, "engines": {"node": ">=18.0.0 <=20.x.x", "npm": ">=6.0.0"}, "license": "MIT"}
        return N("package.json", json.dumps(pkg, indent=2), None, "strapi", "telemetry_uuid", "json")
    lines = ["dateModified: %d" % r.randint(1700000000, 1710000000),
             "email:",
             "  fromEmail: $SYSTEM_EMAIL",
             "  fromName: " + s.slug.title(),
             "  transportType: craft\\mail\\transportadapters\\Smtp",
             "  transportSettings:",
             "    host: $SMTP_HOST",
             "    password: $SMTP_PASSWORD",
             "    port: '587'",
             "    useAuthentication: '1'",
             "    username: $SMTP_USER",
             "fieldGroups:",
             f"  {uuid4(r)}:",
             "    name: Common",
             "meta:",
             "  __names__:",
             f"    {uuid4(r)}: Common # Common",
             f"    {uuid4(r)}: Default # Default",
             "sites:",
             f"  {uuid4(r)}:",
             "    baseUrl: $PRIMARY_SITE_URL",
             "    handle: default",
             "    hasUrls: true",
             "    language: de-DE",
             "    primary: true",
             "system:",
             "  edition: pro",
             "  live: true",
             "  schemaVersion: 4.5.3.0"]
    return N("config/project/project.yaml", lines, None, "craftcms", "project_uuids_env_refs", "yaml")


def neg_directus_key(r):
    s = Site(r)
    lines = ["services:",
             "  directus:",
             "    image: directus/directus:10.10.4",
             "    ports:",
             "      - 8055:8055",
             "    environment:",
             f"      KEY: \"{uuid4(r)}\"",
             "      SECRET: \"${DIRECTUS_SECRET}\"",
             "      DB_CLIENT: \"mysql\"",
             "      DB_HOST: \"db\"",
             f"      DB_DATABASE: \"{s.short}_directus\"",
             "      DB_USER: \"${DB_USER}\"",
             "      DB_PASSWORD: \"${DB_PASSWORD}\"",
             "      ADMIN_EMAIL: \"${ADMIN_EMAIL}\"",
             "      ADMIN_PASSWORD: \"${ADMIN_PASSWORD}\"",
             f"      PUBLIC_URL: \"https://data.{s.domain}\""]
    return N("docker-compose.yml", lines, None, "directus", "project_key_identifier", "docker-compose")


def neg_strapi_example(r):
    lines = ["HOST=0.0.0.0",
             "PORT=1337",
             "APP_KEYS=\"toBeModified1,toBeModified2\"",
             "API_TOKEN_SALT=tobemodified",
             "ADMIN_JWT_SECRET=tobemodified",
             "TRANSFER_TOKEN_SALT=tobemodified",
             "JWT_SECRET=tobemodified"]
    if r.random() < 0.5:
        return N(".env.example", lines, None, "strapi", "shipped_sample_placeholders", "dotenv")
    ts = r.random() < 0.5
    lines = (["export default ({ env }) => ({"] if ts else ["module.exports = ({ env }) => ({"]) + [
             "  host: env('HOST', '0.0.0.0'),",
             "  port: env.int('PORT', 1337),",
             "  app: {",
             "    keys: env.array('APP_KEYS'),",
             "  },",
             "  webhooks: {",
             "    populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false),",
             "  },",
             "});"]
    return N("config/server." + ("ts" if ts else "js"), lines, None, "strapi", "env_lookup", "strapi-config-" + ("ts" if ts else "js"))


def neg_craft(r):
    s = Site(r)
    lines = ["# Read about configuration, here:",
             "# https://craftcms.com/docs/4.x/config/",
             "",
             "CRAFT_APP_ID=",
             "CRAFT_ENVIRONMENT=dev",
             "CRAFT_SECURITY_KEY=",
             "CRAFT_DB_DRIVER=mysql",
             "CRAFT_DB_SERVER=127.0.0.1",
             "CRAFT_DB_PORT=3306",
             "CRAFT_DB_DATABASE=",
             "CRAFT_DB_USER=root",
             "CRAFT_DB_PASSWORD=",
             "CRAFT_DB_SCHEMA=public",
             "CRAFT_DB_TABLE_PREFIX=",
             "DEV_MODE=true",
             "ALLOW_ADMIN_CHANGES=true",
             "DISALLOW_ROBOTS=true",
             f"PRIMARY_SITE_URL=https://{s.short}.ddev.site/"]
    return N(".env.example.dev", lines, None, "craftcms", "empty_values", "dotenv")


def neg_cakephp(r):
    lines = ["<?php",
             "return [",
             "    'debug' => filter_var(env('DEBUG', true), FILTER_VALIDATE_BOOLEAN),",
             "",
             "    'Security' => [",
             "        'salt' => env('SECURITY_SALT', '__SALT__'),",
             "    ],",
             "",
             "    'Datasources' => [",
             "        'default' => [",
             "            'host' => 'localhost',",
             "            'username' => 'my_app',",
             "            'password' => 'secret',",
             "            'database' => 'my_app',",
             "            'url' => env('DATABASE_URL', null),",
             "        ],",
             "    ],",
             "];"]
    return N("config/app_local.example.php", lines, None, "cakephp", "shipped_sample_placeholders", "php")


def neg_phpmyadmin_sample(r):
    lines = ["<?php",
             "/**",
             " * phpMyAdmin sample configuration, you can use it as base for",
             " * manual configuration. For easier setup you can use setup/",
             " */",
             "",
             "declare(strict_types=1);",
             "",
             "/**",
             " * This is needed for cookie based authentication to encrypt the cookie.",
             " * Needs to be a 32-bytes long string of random bytes. See FAQ 2.10.",
             " */",
             "$cfg['blowfish_secret'] = ''; /* YOU MUST FILL IN THIS FOR COOKIE AUTH! */",
             "",
             "$i = 0;",
             "$i++;",
             "$cfg['Servers'][$i]['auth_type'] = 'cookie';",
             "$cfg['Servers'][$i]['host'] = 'localhost';",
             "$cfg['Servers'][$i]['compress'] = false;",
             "$cfg['Servers'][$i]['AllowNoPassword'] = false;",
             "",
             "/* User used to manipulate with storage */",
             "// $cfg['Servers'][$i]['controlhost'] = '';",
             "// $cfg['Servers'][$i]['controlport'] = '';",
             "// $cfg['Servers'][$i]['controluser'] = 'pma';",
             "// $cfg['Servers'][$i]['controlpass'] = 'pmapass';",
             "",
             "$cfg['UploadDir'] = '';",
             "$cfg['SaveDir'] = '';"]
    return N(r.choice(["config.sample.inc.php", "phpmyadmin/config.inc.php"]), lines, None, "phpmyadmin", "shipped_sample_placeholders", "phpmyadmin-config.inc.php")


def neg_wpcli(r):
    s = Site(r)
    lines = ["path: web/wp",
             f"url: https://{s.short}.test",
             "",
             "config create:",
             f"  dbname: {s.short}_local",
             "  dbuser: root",
             "  prompt: dbpass",
             "",
             "@production:",
             f"  ssh: {s.sshuser}@{s.ip}{s.webroot}",
             "@staging:",
             f"  ssh: {s.sshuser}@staging.{s.domain}/var/www/staging/web/wp"]
    return N("wp-cli.yml", lines, None, "wordpress", "prompt_for_password", "wp-cli.yml")


def neg_ghost_dev(r):
    s = Site(r)
    cfg = {"url": "http://localhost:2368",
           "server": {"port": 2368, "host": "127.0.0.1"},
           "database": {"client": "sqlite3", "connection": {"filename": "content/data/ghost-local.db"}},
           "mail": {"transport": "SMTP", "options": {"host": "localhost", "port": 1025, "secure": False,
                                                     "auth": {"user": "<mailgun-smtp-user>", "pass": "<mailgun-smtp-password>"}}},
           "logging": {"transports": ["stdout"]},
           "process": "local",
           "paths": {"contentPath": "/var/lib/ghost/content"}}
    return N("config.development.json", json.dumps(cfg, indent=2), None, "ghost", "placeholder", "ghost-config.json")


def neg_checksums(r):
    s = Site(r)
    lines = [f"{hexs(r, 64)}  {s.short}-theme-{r.randint(1, 3)}.{r.randint(0, 9)}.{r.randint(0, 9)}.zip",
             f"{hexs(r, 64)}  {s.short}-child-1.{r.randint(0, 9)}.0.zip",
             f"{hexs(r, 64)}  {s.short}-core-plugin-2.{r.randint(0, 9)}.{r.randint(0, 9)}.zip",
             f"{hexs(r, 64)}  languages-de_DE.zip",
             f"{hexs(r, 64)}  db-migrations.sql.gz"]
    if r.random() < 0.5:
        lines = ["{{-- third-party assets pinned with SRI --}}",
                 "<meta name=\"csrf-token\" content=\"{{ csrf_token() }}\">",
                 "@vite(['resources/css/app.css', 'resources/js/app.js'])",
                 f"<script src=\"https://cdn.jsdelivr.net/npm/alpinejs@3.13.5/dist/cdn.min.js\" integrity=\"sha384-{b64(r, 48)}\" crossorigin=\"anonymous\" defer></script>",
                 f"<link rel=\"stylesheet\" href=\"https://cdn.jsdelivr.net/npm/swiper@11/swiper-bundle.min.css\" integrity=\"sha384-{b64(r, 48)}\" crossorigin=\"anonymous\">"]
        return N("resources/views/partials/head-cdn.blade.php", lines, None, "web", "sri_digest", "blade")
    return N("release/SHA256SUMS", lines, None, "release", "sha256_digest", "text")


def neg_cap_revisions(r):
    s = Site(r)
    lines = []
    for i in range(r.randint(5, 9)):
        lines.append(f"Branch main (at {hexs(r, 40)}) deployed as release {s.year}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d} by {s.dev}")
    return N("shared/revisions.log", lines, None, "capistrano", "git_sha", "log")


def neg_public_key(r):
    body = b64(r, 294)
    lines = ["-----BEGIN PUBLIC KEY-----"] + [body[i:i + 64] for i in range(0, len(body), 64)] + ["-----END PUBLIC KEY-----"]
    return N(r.choice(["config/jwt/public.pem", "app/etc/jwt/public.pem"]), lines, None, "shopware", "public_key_pem", "pem")


def neg_cpanel_yml(r):
    s = Site(r)
    lines = ["---",
             "deployment:",
             "  tasks:",
             f"    - export DEPLOYPATH=/home/{s.short[:8]}/public_html/",
             "    - /bin/cp -R wp-content/themes/" + s.short + " $DEPLOYPATH/wp-content/themes/",
             "    - /bin/cp -R wp-content/plugins/" + s.short + "-core $DEPLOYPATH/wp-content/plugins/",
             "    - /bin/find $DEPLOYPATH -type f -name '*.php' -exec chmod 644 {} \\;"]
    return N(".cpanel.yml", lines, None, "cpanel", "deploy_config_nosecret", "yaml")


def neg_webhook_test(r):
    lines = ["<?php",
             "",
             "namespace Tests\\Feature;",
             "",
             "use Tests\\TestCase;",
             "",
             "class StripeWebhookTest extends TestCase",
             "{",
             "    public function test_rejects_bad_signature(): void",
             "    {",
             "        config(['services.stripe.webhook.secret' => '" + r.choice(['whsec_test_secret', 'whsec_dummy', 'whsec_xxx', 'whsec_placeholder']) + "']);",
             "        $payload = json_encode(['id' => 'evt_test_webhook', 'type' => 'checkout.session.completed']);",
             "        $this->postJson('/stripe/webhook', json_decode($payload, true), [",
             "            'Stripe-Signature' => 't=1700000000,v1=invalid',",
             "        ])->assertStatus(400);",
             "    }",
             "}"]
    return N("tests/Feature/StripeWebhookTest.php", lines, None, "stripe", "test_placeholder", "php")


def neg_wp_config_template(r):
    s = Site(r)
    if r.random() < 0.5:
        lines = ["<?php",
                 "/**",
                 " * {{ ansible_managed }}",
                 " */",
                 "define( 'DB_NAME', '{{ wp_db_name }}' );",
                 "define( 'DB_USER', '{{ wp_db_user }}' );",
                 "define( 'DB_PASSWORD', '{{ wp_db_password }}' );",
                 "define( 'DB_HOST', '{{ wp_db_host | default(\"localhost\") }}' );",
                 "define( 'DB_CHARSET', 'utf8mb4' );",
                 "define( 'DB_COLLATE', '' );",
                 ""]
        lines += [f"define( '{n}', '{{{{ lookup(\"password\", \"/srv/salts/{s.short}/{n.lower()} length=64\") }}}}' );" for n in SALT_NAMES]
        lines += ["", f"$table_prefix = '{{{{ wp_table_prefix | default(\"{s.prefix}\") }}}}';", "",
                  "define( 'WP_DEBUG', {{ wp_debug | default(false) | lower }} );",
                  "define( 'WP_CACHE_KEY_SALT', '{{ wordpress_domain }}:' );",
                  "", "if ( ! defined( 'ABSPATH' ) ) {", "\tdefine( 'ABSPATH', __DIR__ . '/' );", "}",
                  "require_once ABSPATH . 'wp-settings.php';"]
        return N("roles/wordpress/templates/wp-config.php.j2", lines, None, "wordpress", "template_variables", "jinja-php")
    lines = ["<?php",
             "/**",
             " * One-off installer: writes wp-config.php with fresh salts on the server.",
             " * Run: php bin/make-config.php > web/wp-config.php",
             " */",
             "require __DIR__ . '/../web/wp/wp-includes/pluggable.php';",
             "",
             "$salts = '';",
             "foreach ( ['" + "', '".join(SALT_NAMES) + "'] as $name ) {",
             "    $salts .= sprintf( \"define( '%s', '%s' );\\n\", $name, wp_generate_password( 64, true, true ) );",
             "}",
             "",
             "$db_password = getenv( 'DB_PASSWORD' ) ?: bin2hex( random_bytes( 16 ) );",
             "",
             "echo \"<?php\\n\";",
             f"echo \"define( 'DB_NAME', '{s.db}' );\\n\";",
             f"echo \"define( 'DB_USER', '{s.dbuser}' );\\n\";",
             "echo \"define( 'DB_PASSWORD', '\" . addslashes( $db_password ) . \"' );\\n\";",
             "echo $salts;",
             f"echo '$table_prefix = \\'{s.prefix}\\';' . PHP_EOL;",
             "echo \"require_once ABSPATH . 'wp-settings.php';\\n\";"]
    return N("bin/make-config.php", lines, None, "wordpress", "secret_generation_code", "php")


def neg_docker_sample(r):
    s = Site(r)
    lines = ["# from the docker-library wordpress README, local development only",
             "services:",
             "",
             "  wordpress:",
             "    image: wordpress",
             "    restart: always",
             "    ports:",
             "      - 8080:80",
             "    environment:",
             "      WORDPRESS_DB_HOST: db",
             "      WORDPRESS_DB_USER: exampleuser",
             "      WORDPRESS_DB_PASSWORD: examplepass",
             "      WORDPRESS_DB_NAME: exampledb",
             "    volumes:",
             "      - wordpress:/var/www/html",
             "",
             "  db:",
             "    image: mysql:8.0",
             "    restart: always",
             "    environment:",
             "      MYSQL_DATABASE: exampledb",
             "      MYSQL_USER: exampleuser",
             "      MYSQL_PASSWORD: examplepass",
             "      MYSQL_RANDOM_ROOT_PASSWORD: '1'",
             "    volumes:",
             "      - db:/var/lib/mysql",
             "",
             "volumes:",
             "  wordpress:",
             "  db:"]
    return N(r.choice(["docker-compose.yml", "docker-compose.dev.yml"]), lines, None, "wordpress", "shipped_sample_placeholders", "docker-compose")


def neg_themekit_env(r):
    s = Site(r)
    store = s.short.replace("_", "-")
    lines = ["# Theme Kit reads ${VARS} from the environment / variables file",
             "development:",
             "  password: ${SHOPIFY_DEV_PASSWORD}",
             f"  theme_id: \"{r.randint(120000000000, 139999999999)}\"",
             f"  store: {store}-dev.myshopify.com",
             "",
             "production:",
             "  password: ${SHOPIFY_PROD_PASSWORD}",
             f"  theme_id: \"{r.randint(120000000000, 139999999999)}\"",
             f"  store: {store}.myshopify.com",
             "  ignore_files:",
             "    - config/settings_data.json"]
    return N("config.yml", lines, None, "shopify", "env_interpolation", "themekit-config.yml")


def neg_magento_install(r):
    s = Site(r)
    lines = ["#!/usr/bin/env bash",
             "# provision a fresh Magento 2.4 instance (CI + review apps)",
             "set -euo pipefail",
             ": \"${DB_PASSWORD:?}\" \"${ADMIN_PASSWORD:?}\" \"${AMQP_PASSWORD:?}\"",
             "",
             "bin/magento setup:install \\",
             f"  --base-url=\"https://${{REVIEW_HOST:-{s.domain}}}/\" \\",
             f"  --db-host=\"{s.dbhost}\" --db-name=\"{s.short}_magento\" --db-user=\"{s.dbuser}\" \\",
             "  --db-password=\"$DB_PASSWORD\" \\",
             "  --admin-firstname=Admin --admin-lastname=Agency \\",
             f"  --admin-email=\"dev@{s.domain}\" --admin-user=\"agency_admin\" \\",
             "  --admin-password=\"$ADMIN_PASSWORD\" \\",
             "  --language=de_DE --currency=EUR --timezone=Europe/Berlin \\",
             "  --amqp-host=rabbitmq --amqp-port=5672 --amqp-user=magento --amqp-password=\"$AMQP_PASSWORD\" \\",
             "  --search-engine=opensearch --opensearch-host=opensearch \\",
             "  --cleanup-database",
             "",
             "bin/magento deploy:mode:set production --skip-compilation",
             "bin/magento setup:di:compile",
             "bin/magento cache:flush"]
    return N("bin/provision.sh", lines, None, "magento", "env_interpolation", "shell")


def neg_twig_env(r):
    s = Site(r)
    lines = ["{% extends '_layouts/site' %}",
             "",
             "{% block content %}",
             "  <form method=\"post\" id=\"newsletter\">",
             "    {{ csrfInput() }}",
             "    {{ actionInput('newsletter/subscribe') }}",
             "    <input type=\"email\" name=\"email\" required>",
             "    <div class=\"g-recaptcha\" data-sitekey=\"{{ getenv('RECAPTCHA_SITE_KEY') }}\"></div>",
             "    <button type=\"submit\">{{ 'Anmelden'|t }}</button>",
             "  </form>",
             "  {# secret key is read server-side by the plugin: $RECAPTCHA_SECRET_KEY #}",
             "{% endblock %}",
             "",
             "{% block scripts %}",
             "  <script src=\"https://js.stripe.com/v3/\"></script>",
             "  <script>window.stripeKey = '{{ craft.app.config.custom.stripePublishableKey }}';</script>",
             "{% endblock %}"]
    return N("templates/newsletter/_form.twig", lines, None, "craftcms", "template_variables", "twig")


def neg_ghost_compose(r):
    s = Site(r)
    lines = ["services:",
             "  ghost:",
             "    image: ghost:5-alpine",
             "    restart: always",
             "    ports:",
             "      - 2368:2368",
             "    environment:",
             "      database__client: mysql",
             "      database__connection__host: db",
             "      database__connection__user: ghost",
             "      database__connection__password: ${GHOST_DB_PASSWORD:?}",
             "      database__connection__database: ghost",
             f"      url: https://blog.{s.domain}",
             "      mail__transport: SMTP",
             "      mail__options__service: Mailgun",
             f"      mail__options__auth__user: postmaster@mg.{s.domain}",
             "      mail__options__auth__pass: ${MAILGUN_SMTP_PASSWORD}",
             "    volumes:",
             "      - ghost:/var/lib/ghost/content",
             "volumes:",
             "  ghost:"]
    return N("docker-compose.yml", lines, None, "ghost", "env_interpolation", "docker-compose")


def neg_app_password_docs(r):
    s = Site(r)
    lines = ["## Publishing from the PIM",
             "",
             "The PIM pushes product texts through the WordPress REST API using an",
             "*Application Password* (Users > Profile > Application Passwords).",
             "",
             "```bash",
             f"export WP_URL=https://{s.domain}",
             "export WP_USER=pim-bot",
             "export WP_APP_PASSWORD='xxxx xxxx xxxx xxxx xxxx xxxx'   # paste the generated one here",
             "curl --user \"$WP_USER:$WP_APP_PASSWORD\" \"$WP_URL/wp-json/wp/v2/users/me\"",
             "```",
             "",
             "The generated password is shown once; store it in the PIM credentials vault, not here."]
    return N("docs/pim-integration.md", lines, None, "wordpress", "placeholder", "markdown")


# ---------------------------------------------------------------------------
# registries
# ---------------------------------------------------------------------------
POS = [
    (pos_wp_db_password, 14), (pos_wp_salt, 8), (pos_wp_jwt_secret, 6), (pos_wp_app_password, 6),
    (lambda r: pos_woo_key(r, "consumer_key"), 7), (lambda r: pos_woo_key(r, "consumer_secret"), 8),
    (lambda r: pos_drupal(r, "db_password"), 7), (lambda r: pos_drupal(r, "hash_salt"), 7),
    (lambda r: pos_magento_env(r, "crypt_key"), 8), (lambda r: pos_magento_env(r, "db_password"), 7),
    (lambda r: pos_magento_env(r, "amqp_password"), 5), (lambda r: pos_magento_env(r, "redis_password"), 5),
    (pos_magento_integration, 6), (lambda r: pos_composer_auth(r, "marketplace_private_key"), 6),
    (lambda r: pos_composer_auth(r, "oauth_token"), 5),
    (lambda r: pos_joomla(r, "db_password"), 6), (lambda r: pos_joomla(r, "secret"), 6), (lambda r: pos_joomla(r, "smtp_password"), 4),
    (lambda r: pos_mediawiki(r, "secret_key"), 6), (lambda r: pos_mediawiki(r, "upgrade_key"), 4), (lambda r: pos_mediawiki(r, "db_password"), 5),
    (lambda r: pos_prestashop(r, "cookie_key"), 5), (lambda r: pos_prestashop(r, "secret"), 5),
    (lambda r: pos_prestashop(r, "db_password"), 4), (lambda r: pos_prestashop(r, "new_cookie_key"), 4),
    (lambda r: pos_shopware(r, "app_secret"), 6), (lambda r: pos_shopware(r, "db_password"), 4),
    (pos_opencart, 6), (pos_oscommerce, 4),
    (lambda r: pos_laravel(r, "app_key"), 10), (lambda r: pos_laravel(r, "db_password"), 6), (lambda r: pos_laravel(r, "mail_password"), 5),
    (pos_symfony, 8), (pos_codeigniter, 6), (pos_cakephp, 5), (pos_craft, 6), (pos_statamic, 4),
    (lambda r: pos_ghost(r, "db_password"), 4), (lambda r: pos_ghost(r, "smtp_password"), 4), (lambda r: pos_ghost(r, "admin_api_key"), 5),
    (lambda r: pos_strapi(r, "app_keys"), 4), (lambda r: pos_strapi(r, "api_token_salt"), 4), (lambda r: pos_strapi(r, "admin_jwt_secret"), 4),
    (lambda r: pos_strapi(r, "jwt_secret"), 4), (lambda r: pos_strapi(r, "transfer_token_salt"), 3), (lambda r: pos_strapi(r, "api_token"), 4),
    (pos_directus, 5), (pos_payload, 4),
    (lambda r: pos_shopify(r, "app_secret"), 5), (lambda r: pos_shopify(r, "admin_access_token"), 6),
    (lambda r: pos_shopify(r, "custom_app_token"), 5), (lambda r: pos_shopify(r, "private_app_password"), 5),
    (pos_bigcommerce, 5),
    (lambda r: pos_stripe(r, "secret_key"), 10), (lambda r: pos_stripe(r, "restricted_key"), 4), (lambda r: pos_stripe(r, "webhook_secret"), 5),
    (pos_paypal, 7), (pos_mollie, 7), (pos_braintree, 5),
    (pos_smtp, 9), (pos_sendgrid, 7), (pos_mailchimp, 7), (pos_recaptcha, 8), (pos_hcaptcha, 5), (pos_algolia, 7),
    (lambda r: pos_cloudflare(r, "api_token"), 6), (lambda r: pos_cloudflare(r, "global_api_key"), 4),
    (pos_cpanel, 5), (pos_plesk, 5),
    (lambda r: pos_deploy(r, "sublime_sftp"), 5), (lambda r: pos_deploy(r, "vscode_sftp"), 5), (lambda r: pos_deploy(r, "ftpconfig"), 5),
    (lambda r: pos_deploy(r, "capistrano"), 4), (lambda r: pos_deploy(r, "deployer"), 4),
    (lambda r: pos_phpmyadmin(r, "blowfish_secret"), 6), (lambda r: pos_phpmyadmin(r, "controlpass"), 3),
    (pos_basic_auth, 6), (lambda r: pos_npm(r, "access_token"), 4), (lambda r: pos_npm(r, "fontawesome"), 4),
    (pos_mysql_root, 7), (pos_google_maps, 4), (pos_webserver_env, 8),
]

NEG = [
    (neg_wp_sample, 14), (neg_wp_env, 14), (neg_bedrock_app, 8), (neg_bedrock_env_example, 8),
    (neg_laravel_env_example, 12), (neg_laravel_config, 9), (neg_laravel_factory, 3), (neg_symfony, 9),
    (neg_drupal, 12), (neg_password_hash_dump, 16), (neg_woo_key_hash, 9), (neg_magento_env, 10),
    (neg_magento_auth_sample, 5), (neg_joomla, 8), (neg_mediawiki, 8), (neg_prestashop, 7), (neg_shopware, 6),
    (neg_recaptcha_sitekey, 12), (neg_captcha_test_keys, 9), (neg_stripe_public, 13), (neg_paypal_client_id, 8),
    (neg_algolia_search_key, 9), (neg_ghost_content_key, 7), (neg_shopify_toml, 7), (neg_mollie_profile, 6),
    (neg_wp_nonce_html, 9), (neg_asset_hashes, 9), (neg_gravatar, 7), (neg_options_dump, 12),
    (neg_gateway_form_fields, 8), (neg_po_file, 6), (neg_login_template, 8), (neg_sops, 11), (neg_sealed_secret, 7),
    (neg_ansible_vault, 10), (neg_htpasswd, 10), (neg_composer_lock, 8), (neg_compose_env, 9), (neg_webserver, 10),
    (neg_deploy_configs, 14), (neg_masked, 12), (neg_readme_placeholders, 10), (neg_cloudflare_ids, 8),
    (neg_mailchimp_embed, 8), (neg_sendgrid_templates, 6), (neg_stripe_ids, 7), (neg_uuids, 9), (neg_directus_key, 6),
    (neg_strapi_example, 9), (neg_craft, 6), (neg_cakephp, 5), (neg_phpmyadmin_sample, 7), (neg_wpcli, 6),
    (neg_ghost_dev, 5), (neg_checksums, 8), (neg_cap_revisions, 5), (neg_public_key, 6), (neg_cpanel_yml, 5),
    (neg_webhook_test, 5), (neg_wp_config_template, 10), (neg_docker_sample, 7), (neg_themekit_env, 6),
    (neg_magento_install, 6), (neg_twig_env, 6), (neg_ghost_compose, 5), (neg_app_password_docs, 5),
]


def weighted_schedule(r, table, n):
    """Deterministic, near-proportional allocation, then shuffled."""
    total = sum(w for _, w in table)
    counts = [max(1, int(n * w / total)) for _, w in table]
    i = 0
    order = sorted(range(len(table)), key=lambda k: -table[k][1])
    while sum(counts) < n:
        counts[order[i % len(order)]] += 1
        i += 1
    while sum(counts) > n:
        k = order[i % len(order)]
        if counts[k] > 1:
            counts[k] -= 1
        i += 1
    sched = [fn for (fn, _), c in zip(table, counts) for _ in range(c)]
    r.shuffle(sched)
    return sched


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("USAGE")[1].split("NEEDLE")[0])
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    pos_records = []
    for i, fn in enumerate(weighted_schedule(r, POS, 500)):
        for _attempt in range(20):
            rec = fn(r)
            if rec["text"].count(rec["needle"]) == 1:
                break
        rel = f"pos/p{i:04d}/{rec['path']}"
        pos_records.append((rel, rec))
    neg_records = []
    for i, fn in enumerate(weighted_schedule(r, NEG, 500)):
        rec = fn(r)
        neg_records.append((f"neg/n{i:04d}/{rec['path']}", rec))

    for rel, rec in pos_records + neg_records:
        full = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="") as f:
            f.write(rec["text"])
        label = "pos" if rel.startswith("pos/") else "neg"
        manifest.append({"file": rel, "label": label, "provider": rec["provider"], "kind": rec["kind"], "filetype": rec["filetype"]})
        if label == "pos":
            idx = rec["text"].index(rec["needle"])
            line = rec["text"].count("\n", 0, idx) + 1
            secrets.append({"file": rel, "needle": rec["needle"], "line": line})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for s_ in secrets:
            f.write(json.dumps(s_, ensure_ascii=False) + "\n")
    self_check(outdir, manifest, secrets)


def self_check(outdir, manifest, secrets):
    errors = []
    for s_ in secrets:
        with open(os.path.join(outdir, s_["file"]), encoding="utf-8") as f:
            text = f.read()
        lines = text.split("\n")
        if s_["needle"] not in lines[s_["line"] - 1]:
            errors.append(f"needle not on stated line: {s_['file']}:{s_['line']}")
        if text.count(s_["needle"]) != 1:
            errors.append(f"needle occurs {text.count(s_['needle'])}x: {s_['file']}")
        nlines = len(lines) - (1 if lines and lines[-1] == "" else 0)
        if not (5 <= nlines <= 80) and "\n" in text:
            errors.append(f"positive has {nlines} lines: {s_['file']}")
    for m in manifest:
        if m["label"] == "neg":
            with open(os.path.join(outdir, m["file"]), encoding="utf-8") as f:
                nl = f.read().count("\n")
            if not (5 <= nl <= 80):
                errors.append(f"negative has {nl} lines: {m['file']}")
    needles = [s_["needle"] for s_ in secrets]
    for m in manifest:
        if m["label"] != "neg":
            continue
        with open(os.path.join(outdir, m["file"]), encoding="utf-8") as f:
            text = f.read()
        for nd in needles:
            if nd in text:
                errors.append(f"negative {m['file']} contains a positive needle")
    for label in ("pos", "neg"):
        rows = [m for m in manifest if m["label"] == label]
        print(f"== {label}: {len(rows)} files")
        for field in ("provider", "kind", "filetype"):
            c = collections.Counter(m[field] for m in rows)
            print(f"  {field}s ({len(c)}): " + ", ".join(f"{k}={v}" for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))))
    pairs = collections.Counter((m["provider"], m["kind"]) for m in manifest if m["label"] == "pos")
    print(f"== positive provider/kind pairs: {len(pairs)}")
    if errors:
        print(f"SELF-CHECK FAILED ({len(errors)} problems)")
        for e in errors[:50]:
            print("  " + e)
        sys.exit(1)
    print("SELF-CHECK OK")


if __name__ == "__main__":
    main()
