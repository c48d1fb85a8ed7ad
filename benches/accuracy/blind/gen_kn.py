#!/usr/bin/env python3
"""gen_kn.py - blind evaluation set for secret scanners: Laravel and Symfony PHP projects.

EMPHASIS
    The secrets that live in Laravel and Symfony code bases.
    Laravel: config/*.php with literal fallbacks in env('X', '...'), config/services.php,
    config/database.php, config/broadcasting.php (Pusher), config/reverb.php, config/mail.php,
    config/logging.php, config/passport.php, storage/oauth-private.key, APP_KEY=base64:...,
    Sanctum personal access tokens, Passport client secrets, Forge/Envoyer/Vapor deploy
    scripts and workflows, Laravel Sail docker-compose, Envoy, a few .env files (< 1 in 20).
    Symfony: legacy app/config/parameters.yml, config/packages/*.yaml, config/services.yaml,
    APP_SECRET, the secrets vault (config/secrets/prod/prod.decrypt.private.php and the
    SYMFONY_DECRYPTION_SECRET variable), Lexik JWT passphrase and config/jwt/private.pem,
    Messenger DSNs (amqp://, redis://, sqs://), Mailer DSNs (smtp://user:pass@,
    ses+api://KEY:SECRET@default, sendgrid+api://KEY@default, mailgun+api://, mailjet+api://,
    brevo+api://, postmark+api://), Notifier DSNs (slack://, telegram://), Doctrine
    DATABASE_URL, PHPUnit phpunit.xml(.dist) <env>/<server> values, Deployer deploy.php.
    Composer: auth.json (github-oauth, gitlab-token, http-basic for nova.laravel.com /
    spark.laravel.com licence keys, bearer for Private Packagist), COMPOSER_AUTH in CI.
    Third-party keys found in these projects: Stripe (Cashier), Mailgun, Postmark, SES/AWS,
    SendGrid, Mailjet, Brevo, Slack, Discord, Telegram, GitHub/Google OAuth (Socialite),
    Twilio, Mailchimp, Algolia, Meilisearch, Bugsnag, OpenAI, GitLab, Private Packagist.
    File types: PHP, Blade, Twig, YAML, XML (phpunit.xml.dist), .env*, JSON (auth.json,
    composer.json, composer.lock), shell, Dockerfile, docker-compose, GitHub workflows,
    GitLab CI, Markdown, SQL, CSV, logs, PEM/key files, INI/conf.

USAGE
    python3 -B gen_kn.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (p0000..p0499), OUTDIR/neg/nNNNN/<relpath>
    (n0000..n0499), OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one
    line per positive).  Everything is drawn from one random.Random(SEED); the same SEED gives
    byte-identical output.  Standard library only.

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as written, without surrounding quotes.
    * Key pairs (AWS access key id + secret, Mailjet public + private, Pusher key + secret,
      OAuth client id + secret, Nova e-mail + licence key): the needle is the secret half.
    * DSNs and connection strings (mysql://, postgresql://, redis://, amqp://, smtp://):
      the needle is the password only; for API-key DSNs (sendgrid+api://KEY@default,
      postmark+api://KEY@default, brevo+api://KEY@default) the key; for
      ses+api://ID:SECRET@default and mailjet+api://PUB:PRIV@default the secret half; for
      mailgun+api://KEY:DOMAIN@default the key; for notifier DSNs (slack://TOKEN@default,
      telegram://TOKEN@default) the token.
    * Webhook URLs whose path is the secret (Slack incoming webhooks, Discord webhooks,
      Envoyer deploy hooks): the needle is the whole URL.  Forge deploy trigger URLs
      (...?token=X): the needle is the token value only.
    * Headers: the needle is the credential after "Bearer " / "Basic " / "api-key: ",
      not the header name or the scheme word.
    * Laravel APP_KEY: the needle includes the "base64:" prefix.  Sanctum tokens: the whole
      "ID|TOKEN" string.
    * Multi-line PEM private keys (oauth-private.key, config/jwt/private.pem,
      PASSPORT_PRIVATE_KEY, heredocs): the needle is the "-----BEGIN ... PRIVATE KEY-----"
      line (the line where the key starts), also when the key is written on one line with
      literal "\\n" escapes.
    * Symfony vault decryption key (prod.decrypt.private.php): the needle is the escaped
      string between the quotes of `return "...";`.  SYMFONY_DECRYPTION_SECRET: the base64
      value.
    * line is 1-based, the line of the needle's first occurrence; the program asserts it.

NEGATIVES
    Half (250) re-use positive templates with the secret slot holding something that is not
    a secret: placeholders (<your-key>, YOUR_API_KEY_HERE, changeme, xxxx..., !ChangeMe!,
    ThisTokenIsNotSoSecretChangeIt), empty values, null, masked values (****, [REDACTED]),
    environment / vault references (${VAR}, %env(VAR)%, op://..., vault paths), template
    expressions ({{ ... }}, ${{ secrets.X }}, #{X}#), providers' documented example keys
    (AWS AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, Stripe's docs test
    key), the PEM "..." elision, and Laravel Sail / docker defaults (password, secret).
    The other half are look-alikes: Symfony vault *encrypted* values (prod.NAME.xxxxxx.php
    holding sealed ciphertext), prod.encrypt.public.php, prod.list.php, env('X') without
    fallback, %env(X)%, 'secret' => null, composer.lock reference/shasum/content-hash,
    symfony.lock recipe refs, package-lock integrity, Vite/Mix manifests, migration names,
    route names, CSRF token ids and @csrf forms, Laravel lang files, public keys
    (oauth-public.key, jwt public.pem, ssh-ed25519 deploy keys), public ids (Pusher/Reverb app
    key, Stripe pk_, reCAPTCHA site key, Algolia search-only key, Google client id), bcrypt
    hashes, sha256-hashed token columns, signed-URL signatures, Stripe-Signature headers,
    encrypted Laravel payloads (eyJpdiI6...), UUIDs/ULIDs, image digests, commit SHAs.
    No negative is written to a file named .env / .env.local / .env.production / .env.testing;
    negatives use .env.example, .env.sample and other names.

FORMATS CHECKED (search tool, docs/pages/code corpora)
    * Symfony SodiumVault source (symfony/symfony FrameworkBundle/Secrets/SodiumVault.php):
      keys from sodium_crypto_box_keypair() (64 bytes private, 32 bytes public), values sealed
      with sodium_crypto_box_seal (48 bytes overhead), files named NAME.<md5(NAME)[0:6]>.php,
      written as `<?php // NAME on DATE\\n\\nreturn "...";` with rawurlencode() and % -> \\x;
      list.php holds `return [NAME => null, ...]`.  Docs: dev/prod .encrypt.public.php can be
      committed, prod.decrypt.private.php must never be.
    * Symfony Mailer docs / bridge READMEs: smtp://user:pass@host:port, ses+api://
      ACCESS_KEY:SECRET_KEY@default, sendgrid+api://KEY@default, mailgun+api://KEY:DOMAIN@
      default, mailjet+api://PUBLIC:PRIVATE@default, mailersend+api://KEY@default; URL-encode
      special characters.
    * Laravel Reverb docs: REVERB_APP_ID / REVERB_APP_KEY / REVERB_APP_SECRET; public examples
      show 20-char lowercase alphanumeric key/secret and a 6-digit id.
    * Pusher glossary: app_id, app_key (public, client side), app_secret (server signing).
    * Laravel Passport docs: passport:keys writes storage/oauth-private.key and
      oauth-public.key; PASSPORT_PRIVATE_KEY="-----BEGIN RSA PRIVATE KEY-----..." in .env.
    * Laravel Sanctum source: plain-text token is "<id>|<random>" (older: 80 random chars;
      newer: optional token_prefix + 40 random + crc32b hex).
    * Lexik JWT bundle docs: lexik:jwt:generate-keypair writes config/jwt/private.pem and
      public.pem; JWT_SECRET_KEY / JWT_PUBLIC_KEY paths, JWT_PASSPHRASE.
    * Nova docs: Composer http-basic with the Nova account e-mail as username and the licence
      key as password; repository https://nova.laravel.com.
    * Private Packagist docs: token = prefix (packagist_ort_, packagist_out_, packagist_uut_,
      ...) + 60 hex + 8 hex checksum.
    * Composer auth.json shapes: http-basic, bearer, github-oauth, gitlab-token.

DOUBTS
    * Nova and Spark licence keys: format not documented; written as 40 alphanumerics.
    * Private Packagist checksum algorithm not documented; crc32 of the random part is used.
    * Forge deploy-trigger token, Envoyer deploy-hook token: length/alphabet not confirmed
      (40 alphanumerics used).  Vapor/Forge API tokens: assumed to be Passport JWTs (RS256).
    * Stripe new-style keys (sk_live_51...) length approximated at ~107 characters.
    * Mailgun newer private keys (32hex-8hex-8hex), Brevo xkeysib-<64hex>-<16 alnum>,
      OpenAI sk-proj-... with the T3BlbkFJ marker, Telegram bot tokens, GitHub OAuth app
      client ids (Ov23li...): from general knowledge, not re-confirmed in this session.
    * GitHub ghp_ checksum (crc32 of the 30-char body, base62, 6 chars) from GitHub's blog,
      not re-confirmed here.
    * Symfony APP_SECRET / JWT_PASSPHRASE generated by Flex as 32 hex chars (not re-checked).
    * PEM bodies are random base64 behind a correct ASN.1 prefix; they do not parse as keys.
"""
import base64
import hashlib
import json
import os
import random
import string
import sys
import zlib

HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
DIG = string.digits
LOW = string.ascii_lowercase
UP = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits
LALNUM = LOW + DIG
B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
B64U = string.ascii_uppercase + string.ascii_lowercase + string.digits + "-_"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase

R = None  # the one random.Random(SEED), set in main()


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(n):
    return base64.b64encode(rbytes(n)).decode()


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def pick(seq):
    return R.choice(seq)


def uuid4():
    h = rs(HEX, 32)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def ulid():
    return "01" + rs("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 24)


def base62(n, width):
    s = ""
    while n:
        n, m = divmod(n, 62)
        s = B62[m] + s
    return s.rjust(width, "0")


# ---------------------------------------------------------------- secret generators
def g_app_key():
    return "base64:" + b64(32)


def g_sf_secret():
    return rs(HEX, 32)


def g_jwt_pass():
    return pick([lambda: rs(HEX, 32), lambda: rs(HEX, 64), lambda: rs(ALNUM, 24),
                 lambda: "-".join(pick(WORDS) for _ in range(4)) + str(R.randint(10, 99))])()


def g_password():
    return pick([lambda: rs(ALNUM, R.randint(16, 28)),
                 lambda: rs(ALNUM + "-_~", R.randint(18, 32)),
                 lambda: pick(WORDS).capitalize() + "-" + pick(WORDS) + "-" + str(R.randint(1000, 9999)),
                 lambda: rs(HEX, 32)])()


def g_stripe_sk():
    mode = pick(["live", "live", "test"])
    if R.random() < 0.4:
        return "sk_%s_%s" % (mode, rs(ALNUM, 24))
    return "sk_%s_51%s" % (mode, rs(ALNUM, 97))


def g_stripe_rk():
    return "rk_live_51" + rs(ALNUM, 97)


def g_whsec():
    return "whsec_" + rs(ALNUM, 32)


def g_mailgun():
    if R.random() < 0.5:
        return "key-" + rs(HEX, 32)
    return "%s-%s-%s" % (rs(HEX, 32), rs(HEX, 8), rs(HEX, 8))


def g_uuid():
    return uuid4()


NEGMODE = [False]  # True while a positive template is re-used for a negative


def g_aws_id():
    if NEGMODE[0]:
        return pick(["AKIAIOSFODNN7EXAMPLE", "${AWS_ACCESS_KEY_ID}", "AKIAXXXXXXXXXXXXXXXX"])
    return pick(["AKIA", "AKIA", "ASIA"]) + rs(UP + "234567", 16)


def g_aws_secret():
    return rs(ALNUM + "+/", 40)


def g_sendgrid():
    return "SG." + rs(B64U, 22) + "." + rs(B64U, 43)


def g_slack_hook():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(UP + DIG, R.choice([8, 10])), rs(UP + DIG, R.choice([8, 10])), rs(ALNUM, 24))


def g_slack_bot():
    return "xoxb-%s-%s-%s" % (rs(DIG, 12), rs(DIG, 13), rs(ALNUM, 24))


def g_discord_hook():
    return "https://discord.com/api/webhooks/%s/%s" % (
        str(R.randint(10 ** 17, 10 ** 19 - 1)), rs(B64U, 68))


def g_hex40():
    return rs(HEX, 40)


def g_hex32():
    return rs(HEX, 32)


def g_hex20():
    return rs(HEX, 20)


def g_google_secret():
    return "GOCSPX-" + rs(B64U, 28)


def g_reverb():
    return rs(LALNUM, 20)


def g_twilio():
    return rs(HEX, 32)


def g_openai():
    return "sk-proj-" + rs(B64U, 74) + "T3BlbkFJ" + rs(B64U, 74)


def g_mailchimp():
    return rs(HEX, 32) + "-us" + str(R.randint(1, 21))


def g_telegram():
    return "%d:AA%s" % (R.randint(10 ** 8, 10 ** 10 - 1), rs(B64U, 33))


def g_meili():
    return rs(B64U, R.choice([32, 43]))


def g_brevo():
    return "xkeysib-" + rs(HEX, 64) + "-" + rs(ALNUM, 16)


def g_github_pat():
    body = rs(ALNUM, 30)
    return "ghp_" + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def g_gho():
    body = rs(ALNUM, 30)
    return "gho_" + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def g_glpat():
    return "glpat-" + rs(B64U, 20)


def g_packagist():
    body = rs(HEX, 60)
    return pick(["packagist_ort_", "packagist_out_", "packagist_uut_"]) + body + "%08x" % (zlib.crc32(body.encode()) & 0xFFFFFFFF)


def g_licence():
    return rs(ALNUM, 40)


def g_passport_secret():
    return rs(ALNUM, 40)


def g_sanctum():
    tid = R.randint(1, 4000)
    if R.random() < 0.3:
        return "%d|%s" % (tid, rs(ALNUM, 80))
    e = rs(ALNUM, 40)
    return "%d|%s%08x" % (tid, e, zlib.crc32(e.encode()) & 0xFFFFFFFF)


def g_jwt_token():
    hdr = b64url_nopad(json.dumps({"typ": "JWT", "alg": "RS256"}, separators=(",", ":")).encode())
    now = R.randint(1690000000, 1760000000)
    body = {"aud": str(R.randint(1, 9)), "jti": rs(HEX, 80), "iat": now, "nbf": now,
            "exp": now + 31536000, "sub": str(R.randint(1000, 99999)), "scopes": []}
    return hdr + "." + b64url_nopad(json.dumps(body, separators=(",", ":")).encode()) + "." + b64url_nopad(rbytes(256))


def g_deploy_token():
    return rs(ALNUM, 40)


def g_envoyer_hook():
    return "https://envoyer.io/deploy/" + rs(ALNUM, 40)


def g_vault_decrypt():
    raw = rbytes(64)
    return vault_escape(raw)


def g_sf_decrypt_b64():
    return b64(64)


def g_algolia_admin():
    return rs(HEX, 32)


def vault_escape(raw):
    out = []
    for byte in raw:
        ch = chr(byte)
        if ch in ALNUM or ch in "-_.~":
            out.append(ch)
        else:
            out.append("\\x%02X" % byte)
    return "".join(out)


PEM_PREFIX = {
    "RSA PRIVATE KEY": ["MIIEowIBAAKCAQEA", "MIIEpAIBAAKCAQEA", "MIIJKAIBAAKCAgEA", "MIIJKQIBAAKCAgEA"],
    "PRIVATE KEY": ["MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ",
                    "MIIJQgIBADANBgkqhkiG9w0BAQEFAASCCSwwggkoAgEAAoICAQ"],
    "ENCRYPTED PRIVATE KEY": ["MIIFLTBXBgkqhkiG9w0BBQ0wSjApBgkqhkiG9w0BBQwwHAQI", "MIIJrTBXBgkqhkiG9w0BBQ0wSjApBgkqhkiG9w0BBQwwHAQI"],
}


def pem_private(label=None):
    label = label or pick(["RSA PRIVATE KEY", "PRIVATE KEY"])
    pre = pick(PEM_PREFIX[label])
    total = 1588 if "IJ" not in pre[:4] else 3164
    if label == "ENCRYPTED PRIVATE KEY":
        total = 1752 if pre.startswith("MIIFL") else 3336
    body = pre + rs(B64, total - len(pre) - 4) + rs(B64, 3) + "="
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def pem_public():
    pre = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"
    body = pre + rs(B64, 392 - len(pre) - 8) + "IDAQAB"
    body = body[:392]
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----" % "\n".join(lines)


def pem_begin(pem):
    return pem.split("\n", 1)[0]


WORDS = ["maple", "harbor", "copper", "violet", "granite", "meadow", "orbit", "falcon", "cedar",
         "lantern", "quartz", "river", "summit", "tundra", "willow", "ember", "saffron", "pixel",
         "nimbus", "delta", "atlas", "breeze", "cobalt", "dune", "fjord", "garnet", "hollow"]
APPS = ["acme-shop", "bookings", "crm", "helpdesk", "invoicer", "kitchen-api", "ledger",
        "marketplace", "newsroom", "payroll", "portal", "roster", "storefront", "ticketing",
        "tracker", "warehouse", "academy", "clinic", "events", "fleet"]
DOMAINS = ["example.com", "acme.test", "shop.example.org", "internal.example.net", "app.example.io"]
REGIONS = ["eu-west-1", "eu-central-1", "us-east-1", "us-west-2", "ap-southeast-2"]
CLUSTERS = ["eu", "mt1", "us2", "us3", "ap1", "ap2"]
NAMES = ["ana", "ben", "chloe", "dmitri", "elif", "farah", "goran", "hana", "ivan", "jules"]


def app():
    return pick(APPS)


def dom():
    return pick(DOMAINS)


def email():
    return "%s@%s" % (pick(NAMES), pick(["example.com", "acme.test", "example.org"]))


def php_date():
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return "%s, %02d %s %d %02d:%02d:%02d +0000" % (pick(days), R.randint(1, 28), pick(mons),
                                                   R.randint(2020, 2025), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def ts():
    return "%d-%02d-%02d %02d:%02d:%02d" % (R.randint(2022, 2025), R.randint(1, 12), R.randint(1, 28),
                                            R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def php_header():
    return "<?php\n\n"


# ---------------------------------------------------------------- template registry
POS = []   # positive templates (also re-used for half the negatives)
LOOK = []  # look-alike negative templates


def pos(provider, kind, gen, var, slot="str", reuse=True, env=False, ex=None):
    def deco(fn):
        POS.append({"fn": fn, "provider": provider, "kind": kind, "gen": gen, "var": var,
                    "slot": slot, "reuse": reuse, "env": env, "ex": ex, "name": fn.__name__})
        return fn
    return deco


def look(provider, kind):
    def deco(fn):
        LOOK.append({"fn": fn, "provider": provider, "kind": kind, "name": fn.__name__})
        return fn
    return deco


def banner(title):
    return ("    /*\n    |--------------------------------------------------------------------------\n"
            "    | %s\n    |--------------------------------------------------------------------------\n"
            "    |\n    | %s\n    |\n    */\n" % (title, pick([
                "Here you may configure the settings used by this part of the application.",
                "These values are read from the environment; the fallbacks are for local work.",
                "Most of these options can be overridden per environment via the .env file."])))


# ---------------------------------------------------------------- Laravel config/*.php
@pos("laravel", "app_key", g_app_key, "APP_KEY", ex="appkey")
def p_app_php(v):
    name = app()
    return "config/app.php", php_header() + """use Illuminate\\Support\\Facades\\Facade;

return [

%s
    'name' => env('APP_NAME', '%s'),

    'env' => env('APP_ENV', 'production'),

    'debug' => (bool) env('APP_DEBUG', false),

    'url' => env('APP_URL', 'https://%s'),

    'timezone' => '%s',

    'locale' => env('APP_LOCALE', 'en'),

    'fallback_locale' => env('APP_FALLBACK_LOCALE', 'en'),

    'cipher' => 'AES-256-CBC',

    'key' => env('APP_KEY', '%s'),

    'previous_keys' => [
        ...array_filter(
            explode(',', (string) env('APP_PREVIOUS_KEYS', ''))
        ),
    ],

    'maintenance' => [
        'driver' => env('APP_MAINTENANCE_DRIVER', 'file'),
        'store' => env('APP_MAINTENANCE_STORE', 'database'),
    ],

    'aliases' => Facade::defaultAliases()->merge([
        // 'Example' => App\\Facades\\Example::class,
    ])->toArray(),

];
""" % (banner("Application Name"), name.replace("-", " ").title(), dom(), pick(["UTC", "Europe/Berlin", "America/New_York"]), v)


def services_php(entries, lead=""):
    base = [
        "    'postmark' => [\n        'token' => env('POSTMARK_TOKEN'),\n    ],\n",
        "    'resend' => [\n        'key' => env('RESEND_KEY'),\n    ],\n",
        "    'slack' => [\n        'notifications' => [\n            'bot_user_oauth_token' => env('SLACK_BOT_USER_OAUTH_TOKEN'),\n            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL'),\n        ],\n    ],\n",
        "    'ses' => [\n        'key' => env('AWS_ACCESS_KEY_ID'),\n        'secret' => env('AWS_SECRET_ACCESS_KEY'),\n        'region' => env('AWS_DEFAULT_REGION', 'us-east-1'),\n    ],\n",
        "    'mailgun' => [\n        'domain' => env('MAILGUN_DOMAIN'),\n        'secret' => env('MAILGUN_SECRET'),\n        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),\n        'scheme' => 'https',\n    ],\n",
    ]
    R.shuffle(base)
    parts = base[:R.randint(1, 3)] + entries
    R.shuffle(parts)
    return "config/services.php", php_header() + "return [\n\n" + lead + \
        "    /*\n    |--------------------------------------------------------------------------\n    | Third Party Services\n    |--------------------------------------------------------------------------\n    |\n    | This file is for storing the credentials for third party services such\n    | as Mailgun, Postmark, AWS and more.\n    |\n    */\n\n" + \
        "\n".join(parts) + "\n];\n"


@pos("stripe", "api_key", g_stripe_sk, "STRIPE_SECRET", ex="stripe")
def p_services_stripe(v):
    return services_php(["    'stripe' => [\n        'model' => App\\Models\\User::class,\n        'key' => env('STRIPE_KEY', 'pk_live_%s'),\n        'secret' => env('STRIPE_SECRET', '%s'),\n        'webhook' => [\n            'tolerance' => env('STRIPE_WEBHOOK_TOLERANCE', 300),\n        ],\n    ],\n" % (rs(ALNUM, 24), v)])


@pos("mailgun", "api_key", g_mailgun, "MAILGUN_SECRET")
def p_services_mailgun(v):
    d = "mg." + dom()
    return services_php(["    'mailgun' => [\n        'domain' => env('MAILGUN_DOMAIN', '%s'),\n        'secret' => env('MAILGUN_SECRET', '%s'),\n        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),\n        'scheme' => 'https',\n    ],\n" % (d, v)])


@pos("postmark", "server_token", g_uuid, "POSTMARK_TOKEN")
def p_services_postmark(v):
    return services_php(["    'postmark' => [\n        'token' => env('POSTMARK_TOKEN', '%s'),\n        'message_stream_id' => env('POSTMARK_MESSAGE_STREAM_ID', 'outbound'),\n    ],\n" % v])


@pos("aws", "secret_access_key", g_aws_secret, "AWS_SECRET_ACCESS_KEY", ex="aws")
def p_services_ses(v):
    return services_php(["    'ses' => [\n        'key' => '%s',\n        'secret' => '%s',\n        'region' => '%s',\n    ],\n" % (g_aws_id(), v, pick(REGIONS))])


@pos("slack", "webhook_url", g_slack_hook, "SLACK_WEBHOOK_URL", slot="url", ex="slackhook")
def p_services_slack(v):
    return services_php(["    'slack' => [\n        'alerts_webhook' => env('SLACK_ALERTS_WEBHOOK', '%s'),\n        'channel' => '#%s',\n    ],\n" % (v, pick(["ops", "alerts", "deploys"]))])


@pos("github", "oauth_client_secret", g_hex40, "GITHUB_CLIENT_SECRET")
def p_services_github(v):
    cid = pick(["Ov23li" + rs(ALNUM, 14), rs(HEX, 20)])
    return services_php(["    'github' => [\n        'client_id' => env('GITHUB_CLIENT_ID', '%s'),\n        'client_secret' => env('GITHUB_CLIENT_SECRET', '%s'),\n        'redirect' => env('APP_URL').'/auth/github/callback',\n    ],\n" % (cid, v)])


@pos("google", "oauth_client_secret", g_google_secret, "GOOGLE_CLIENT_SECRET")
def p_services_google(v):
    cid = "%s-%s.apps.googleusercontent.com" % (rs(DIG, 12), rs(LALNUM, 32))
    return services_php(["    'google' => [\n        'client_id' => '%s',\n        'client_secret' => '%s',\n        'redirect' => '/login/google/callback',\n    ],\n" % (cid, v)])


@pos("twilio", "auth_token", g_twilio, "TWILIO_AUTH_TOKEN")
def p_services_twilio(v):
    return services_php(["    'twilio' => [\n        'sid' => env('TWILIO_SID', 'AC%s'),\n        'token' => env('TWILIO_AUTH_TOKEN', '%s'),\n        'from' => env('TWILIO_FROM', '+1415555%04d'),\n    ],\n" % (rs(HEX, 32), v, R.randint(0, 9999))])


@pos("openai", "api_key", g_openai, "OPENAI_API_KEY")
def p_services_openai(v):
    return services_php(["    'openai' => [\n        'api_key' => env('OPENAI_API_KEY', '%s'),\n        'organization' => env('OPENAI_ORGANIZATION', 'org-%s'),\n        'request_timeout' => 30,\n    ],\n" % (v, rs(ALNUM, 24))])


@pos("mailchimp", "api_key", g_mailchimp, "MAILCHIMP_APIKEY")
def p_services_mailchimp(v):
    return services_php(["    'mailchimp' => [\n        'apikey' => '%s',\n        'list_id' => '%s',\n    ],\n" % (v, rs(HEX, 10))])


@pos("telegram", "bot_token", g_telegram, "TELEGRAM_BOT_TOKEN")
def p_services_telegram(v):
    return services_php(["    'telegram-bot-api' => [\n        'token' => env('TELEGRAM_BOT_TOKEN', '%s'),\n    ],\n" % v])


@pos("bugsnag", "api_key", g_hex32, "BUGSNAG_API_KEY")
def p_bugsnag(v):
    return "config/bugsnag.php", php_header() + """return [

    /*
    |--------------------------------------------------------------------------
    | API Key
    |--------------------------------------------------------------------------
    |
    | You can find your API key on your Bugsnag dashboard.
    |
    */

    'api_key' => env('BUGSNAG_API_KEY', '%s'),

    'app_type' => env('BUGSNAG_APP_TYPE'),

    'app_version' => env('BUGSNAG_APP_VERSION'),

    'batch_sending' => env('BUGSNAG_BATCH_SENDING'),

    'notify_release_stages' => ['production', 'staging'],

    'send_code' => env('BUGSNAG_SEND_CODE', true),

];
""" % v


@pos("pusher", "app_secret", g_hex20, "PUSHER_APP_SECRET")
def p_broadcasting(v):
    return "config/broadcasting.php", php_header() + """return [

    'default' => env('BROADCAST_CONNECTION', 'pusher'),

    'connections' => [

        'pusher' => [
            'driver' => 'pusher',
            'key' => env('PUSHER_APP_KEY', '%s'),
            'secret' => env('PUSHER_APP_SECRET', '%s'),
            'app_id' => env('PUSHER_APP_ID', '%d'),
            'options' => [
                'cluster' => env('PUSHER_APP_CLUSTER', '%s'),
                'host' => env('PUSHER_HOST') ?: 'api-'.env('PUSHER_APP_CLUSTER', 'mt1').'.pusher.com',
                'port' => env('PUSHER_PORT', 443),
                'scheme' => env('PUSHER_SCHEME', 'https'),
                'encrypted' => true,
                'useTLS' => env('PUSHER_SCHEME', 'https') === 'https',
            ],
            'client_options' => [
                // Guzzle client options: https://docs.guzzlephp.org/en/stable/request-options.html
            ],
        ],

        'log' => [
            'driver' => 'log',
        ],

        'null' => [
            'driver' => 'null',
        ],

    ],

];
""" % (rs(HEX, 20), v, R.randint(100000, 1999999), pick(CLUSTERS))


@pos("reverb", "app_secret", g_reverb, "REVERB_APP_SECRET")
def p_reverb(v):
    return "config/reverb.php", php_header() + """return [

    'default' => env('REVERB_SERVER', 'reverb'),

    'servers' => [
        'reverb' => [
            'host' => env('REVERB_SERVER_HOST', '0.0.0.0'),
            'port' => env('REVERB_SERVER_PORT', 8080),
            'hostname' => env('REVERB_HOST'),
            'options' => [
                'tls' => [],
            ],
            'max_request_size' => env('REVERB_MAX_REQUEST_SIZE', 10_000),
            'scaling' => [
                'enabled' => env('REVERB_SCALING_ENABLED', false),
                'channel' => env('REVERB_SCALING_CHANNEL', 'reverb'),
            ],
        ],
    ],

    'apps' => [
        'provider' => 'config',
        'apps' => [
            [
                'key' => env('REVERB_APP_KEY', '%s'),
                'secret' => env('REVERB_APP_SECRET', '%s'),
                'app_id' => env('REVERB_APP_ID', '%d'),
                'options' => [
                    'host' => env('REVERB_HOST', 'ws.%s'),
                    'port' => env('REVERB_PORT', 443),
                    'scheme' => env('REVERB_SCHEME', 'https'),
                    'useTLS' => env('REVERB_SCHEME', 'https') === 'https',
                ],
                'allowed_origins' => ['*'],
                'ping_interval' => env('REVERB_APP_PING_INTERVAL', 60),
                'max_message_size' => env('REVERB_APP_MAX_MESSAGE_SIZE', 10_000),
            ],
        ],
    ],

];
""" % (rs(LALNUM, 20), v, R.randint(100000, 999999), dom())


def database_php(mysql_pw="env('DB_PASSWORD', '')", redis_pw="env('REDIS_PASSWORD')", url="env('DB_URL')"):
    return "config/database.php", php_header() + """use Illuminate\\Support\\Str;

return [

    'default' => env('DB_CONNECTION', 'mysql'),

    'connections' => [

        'sqlite' => [
            'driver' => 'sqlite',
            'url' => env('DB_URL'),
            'database' => env('DB_DATABASE', database_path('database.sqlite')),
            'prefix' => '',
            'foreign_key_constraints' => env('DB_FOREIGN_KEYS', true),
        ],

        'mysql' => [
            'driver' => 'mysql',
            'url' => %s,
            'host' => env('DB_HOST', '%s'),
            'port' => env('DB_PORT', '3306'),
            'database' => env('DB_DATABASE', '%s'),
            'username' => env('DB_USERNAME', '%s'),
            'password' => %s,
            'unix_socket' => env('DB_SOCKET', ''),
            'charset' => env('DB_CHARSET', 'utf8mb4'),
            'collation' => env('DB_COLLATION', 'utf8mb4_unicode_ci'),
            'prefix' => '',
            'prefix_indexes' => true,
            'strict' => true,
            'engine' => null,
        ],

    ],

    'migrations' => [
        'table' => 'migrations',
        'update_date_on_publish' => true,
    ],

    'redis' => [

        'client' => env('REDIS_CLIENT', 'phpredis'),

        'options' => [
            'cluster' => env('REDIS_CLUSTER', 'redis'),
            'prefix' => env('REDIS_PREFIX', Str::slug(env('APP_NAME', 'laravel'), '_').'_database_'),
        ],

        'default' => [
            'url' => env('REDIS_URL'),
            'host' => env('REDIS_HOST', '127.0.0.1'),
            'username' => env('REDIS_USERNAME'),
            'password' => %s,
            'port' => env('REDIS_PORT', '6379'),
            'database' => env('REDIS_DB', '0'),
        ],

    ],

];
""" % (url, pick(["127.0.0.1", "mysql", "db.internal", "10.0.3.12"]), app().replace("-", "_"),
       pick(["forge", "laravel", "app", "root"]), mysql_pw, redis_pw)


@pos("mysql", "db_password", g_password, "DB_PASSWORD")
def p_db_mysql(v):
    return database_php(mysql_pw="env('DB_PASSWORD', '%s')" % v)


@pos("redis", "db_password", g_password, "REDIS_PASSWORD")
def p_db_redis(v):
    return database_php(redis_pw="env('REDIS_PASSWORD', '%s')" % v)


@pos("mysql", "dsn_password", g_password, "DB_PASSWORD", slot="dsnpw")
def p_db_url(v):
    return database_php(url="env('DB_URL', 'mysql://%s:%s@%s:3306/%s')" % (
        pick(["forge", "app"]), v, pick(["db.internal", "10.0.4.7"]), app().replace("-", "_")))


@pos("smtp", "smtp_password", g_password, "MAIL_PASSWORD")
def p_mail_php(v):
    return "config/mail.php", php_header() + """return [

    'default' => env('MAIL_MAILER', 'smtp'),

    'mailers' => [

        'smtp' => [
            'transport' => 'smtp',
            'scheme' => env('MAIL_SCHEME'),
            'url' => env('MAIL_URL'),
            'host' => env('MAIL_HOST', '%s'),
            'port' => env('MAIL_PORT', 587),
            'username' => env('MAIL_USERNAME', '%s'),
            'password' => env('MAIL_PASSWORD', '%s'),
            'timeout' => null,
            'local_domain' => env('MAIL_EHLO_DOMAIN', parse_url(env('APP_URL', 'http://localhost'), PHP_URL_HOST)),
        ],

        'ses' => [
            'transport' => 'ses',
        ],

        'log' => [
            'transport' => 'log',
            'channel' => env('MAIL_LOG_CHANNEL'),
        ],

        'array' => [
            'transport' => 'array',
        ],

    ],

    'from' => [
        'address' => env('MAIL_FROM_ADDRESS', 'hello@%s'),
        'name' => env('MAIL_FROM_NAME', 'Example'),
    ],

];
""" % (pick(["smtp.mailgun.org", "smtp.postmarkapp.com", "email-smtp.eu-west-1.amazonaws.com", "smtp.office365.com"]),
       email(), v, dom())


@pos("aws", "secret_access_key", g_aws_secret, "AWS_SECRET_ACCESS_KEY", ex="aws")
def p_filesystems(v):
    return "config/filesystems.php", php_header() + """return [

    'default' => env('FILESYSTEM_DISK', 'local'),

    'disks' => [

        'local' => [
            'driver' => 'local',
            'root' => storage_path('app/private'),
            'serve' => true,
            'throw' => false,
        ],

        'public' => [
            'driver' => 'local',
            'root' => storage_path('app/public'),
            'url' => env('APP_URL').'/storage',
            'visibility' => 'public',
            'throw' => false,
        ],

        's3' => [
            'driver' => 's3',
            'key' => env('AWS_ACCESS_KEY_ID', '%s'),
            'secret' => env('AWS_SECRET_ACCESS_KEY', '%s'),
            'region' => env('AWS_DEFAULT_REGION', '%s'),
            'bucket' => env('AWS_BUCKET', '%s-uploads'),
            'url' => env('AWS_URL'),
            'endpoint' => env('AWS_ENDPOINT'),
            'use_path_style_endpoint' => env('AWS_USE_PATH_STYLE_ENDPOINT', false),
            'throw' => false,
        ],

    ],

    'links' => [
        public_path('storage') => storage_path('app/public'),
    ],

];
""" % (g_aws_id(), v, pick(REGIONS), app())


@pos("aws", "secret_access_key", g_aws_secret, "SQS_SECRET", ex="aws")
def p_queue_sqs(v):
    return "config/queue.php", php_header() + """return [

    'default' => env('QUEUE_CONNECTION', 'sqs'),

    'connections' => [

        'sync' => [
            'driver' => 'sync',
        ],

        'database' => [
            'driver' => 'database',
            'connection' => env('DB_QUEUE_CONNECTION'),
            'table' => env('DB_QUEUE_TABLE', 'jobs'),
            'queue' => env('DB_QUEUE', 'default'),
            'retry_after' => (int) env('DB_QUEUE_RETRY_AFTER', 90),
            'after_commit' => false,
        ],

        'sqs' => [
            'driver' => 'sqs',
            'key' => '%s',
            'secret' => '%s',
            'prefix' => 'https://sqs.%s.amazonaws.com/%s',
            'queue' => env('SQS_QUEUE', 'default'),
            'suffix' => env('SQS_SUFFIX'),
            'region' => '%s',
            'after_commit' => false,
        ],

    ],

    'failed' => [
        'driver' => env('QUEUE_FAILED_DRIVER', 'database-uuids'),
        'database' => env('DB_CONNECTION', 'sqlite'),
        'table' => 'failed_jobs',
    ],

];
""" % (g_aws_id(), v, pick(REGIONS), rs(DIG, 12), pick(REGIONS))


@pos("slack", "webhook_url", g_slack_hook, "LOG_SLACK_WEBHOOK_URL", slot="url", ex="slackhook")
def p_logging(v):
    return "config/logging.php", php_header() + """use Monolog\\Handler\\NullHandler;
use Monolog\\Handler\\StreamHandler;

return [

    'default' => env('LOG_CHANNEL', 'stack'),

    'channels' => [

        'stack' => [
            'driver' => 'stack',
            'channels' => explode(',', env('LOG_STACK', 'single,slack')),
            'ignore_exceptions' => false,
        ],

        'single' => [
            'driver' => 'single',
            'path' => storage_path('logs/laravel.log'),
            'level' => env('LOG_LEVEL', 'debug'),
            'replace_placeholders' => true,
        ],

        'slack' => [
            'driver' => 'slack',
            'url' => env('LOG_SLACK_WEBHOOK_URL', '%s'),
            'username' => env('LOG_SLACK_USERNAME', 'Laravel Log'),
            'emoji' => env('LOG_SLACK_EMOJI', ':boom:'),
            'level' => env('LOG_LEVEL', 'critical'),
            'replace_placeholders' => true,
        ],

        'stderr' => [
            'driver' => 'monolog',
            'level' => env('LOG_LEVEL', 'debug'),
            'handler' => StreamHandler::class,
            'with' => [
                'stream' => 'php://stderr',
            ],
        ],

        'null' => [
            'driver' => 'monolog',
            'handler' => NullHandler::class,
        ],

    ],

];
""" % v


@pos("stripe", "webhook_secret", g_whsec, "STRIPE_WEBHOOK_SECRET")
def p_cashier(v):
    return "config/cashier.php", php_header() + """return [

    'key' => env('STRIPE_KEY'),

    'secret' => env('STRIPE_SECRET'),

    'path' => env('CASHIER_PATH', 'stripe'),

    'webhook' => [
        'secret' => env('STRIPE_WEBHOOK_SECRET', '%s'),
        'tolerance' => env('STRIPE_WEBHOOK_TOLERANCE', 300),
        'events' => \\Laravel\\Cashier\\Http\\Controllers\\WebhookController::class,
    ],

    'currency' => env('CASHIER_CURRENCY', '%s'),

    'currency_locale' => env('CASHIER_CURRENCY_LOCALE', 'en'),

    'payment_notification' => env('CASHIER_PAYMENT_NOTIFICATION'),

    'invoices' => [
        'renderer' => env('CASHIER_INVOICE_RENDERER', \\Laravel\\Cashier\\Invoices\\DompdfInvoiceRenderer::class),
        'options' => [
            'paper' => env('CASHIER_PAPER', 'letter'),
        ],
    ],

    'logger' => env('CASHIER_LOGGER'),

];
""" % (v, pick(["usd", "eur", "gbp"]))


@pos("algolia", "admin_api_key", g_algolia_admin, "ALGOLIA_SECRET")
def p_scout(v):
    return "config/scout.php", php_header() + """return [

    'driver' => env('SCOUT_DRIVER', 'algolia'),

    'prefix' => env('SCOUT_PREFIX', ''),

    'queue' => env('SCOUT_QUEUE', true),

    'after_commit' => false,

    'chunk' => [
        'searchable' => 500,
        'unsearchable' => 500,
    ],

    'soft_delete' => false,

    'algolia' => [
        'id' => env('ALGOLIA_APP_ID', '%s'),
        'secret' => env('ALGOLIA_SECRET', '%s'),
    ],

    'meilisearch' => [
        'host' => env('MEILISEARCH_HOST', 'http://localhost:7700'),
        'key' => env('MEILISEARCH_KEY'),
    ],

];
""" % (rs(UP + DIG, 10), v)


@pos("meilisearch", "master_key", g_meili, "MEILISEARCH_KEY")
def p_scout_meili(v):
    return "config/scout.php", php_header() + """return [

    'driver' => env('SCOUT_DRIVER', 'meilisearch'),

    'prefix' => env('SCOUT_PREFIX', ''),

    'queue' => true,

    'identify' => env('SCOUT_IDENTIFY', false),

    'meilisearch' => [
        'host' => env('MEILISEARCH_HOST', 'https://search.%s'),
        'key' => env('MEILISEARCH_KEY', '%s'),
        'index-settings' => [
            // 'users' => ['filterableAttributes' => ['id', 'name', 'email']],
        ],
    ],

];
""" % (dom(), v)


@pos("laravel-passport", "private_key", lambda: pem_private("RSA PRIVATE KEY"), "PASSPORT_PRIVATE_KEY", slot="pem")
def p_passport_cfg(v):
    return "config/passport.php", php_header() + """return [

    'guard' => 'web',

    /*
    |--------------------------------------------------------------------------
    | Encryption Keys
    |--------------------------------------------------------------------------
    |
    | Passport uses encryption keys while generating secure access tokens for
    | your application. By default, the keys are stored as local files but
    | can be set via environment variables when that is more convenient.
    |
    */

    'private_key' => env('PASSPORT_PRIVATE_KEY', <<<'KEY'
%s
KEY),

    'public_key' => env('PASSPORT_PUBLIC_KEY'),

    'connection' => env('PASSPORT_CONNECTION'),

];
""" % v


@pos("laravel-passport", "private_key", lambda: pem_private(pick(["RSA PRIVATE KEY", "PRIVATE KEY"])), "PASSPORT_PRIVATE_KEY", slot="pem", reuse=False)
def p_oauth_private_key(v):
    return pick(["storage/oauth-private.key", "storage/oauth/oauth-private.key", "secrets/oauth/oauth-private.key"]), v + "\n"


@pos("laravel-passport", "client_secret", g_passport_secret, "PASSPORT_PASSWORD_CLIENT_SECRET")
def p_passport_sql(v):
    return pick(["database/dumps/oauth_clients.sql", "database/seed/oauth_clients.sql"]), """-- oauth_clients seed exported from staging on %s
-- run after `php artisan migrate`

INSERT INTO `oauth_clients` (`id`, `user_id`, `name`, `secret`, `provider`, `redirect`, `personal_access_client`, `password_client`, `revoked`, `created_at`, `updated_at`)
VALUES
  (%d, NULL, 'Laravel Password Grant Client', '%s', 'users', 'http://localhost', 0, 1, 0, '%s', '%s');

INSERT INTO `oauth_personal_access_clients` (`id`, `client_id`, `created_at`, `updated_at`)
VALUES (1, %d, '%s', '%s');
""" % (ts(), R.randint(2, 9), v, ts(), ts(), R.randint(10, 19), ts(), ts())


# ---------------------------------------------------------------- .env files (positives only, capped)
def laravel_env(overrides):
    n = app()
    lines = [
        ("APP_NAME", '"%s"' % n.replace("-", " ").title()), ("APP_ENV", "production"),
        ("APP_KEY", "base64:" + b64(32)), ("APP_DEBUG", "false"), ("APP_URL", "https://" + dom()),
        ("", ""), ("LOG_CHANNEL", "stack"), ("LOG_LEVEL", "error"), ("", ""),
        ("DB_CONNECTION", "mysql"), ("DB_HOST", "127.0.0.1"), ("DB_PORT", "3306"),
        ("DB_DATABASE", n.replace("-", "_")), ("DB_USERNAME", "forge"), ("DB_PASSWORD", g_password()),
        ("", ""), ("BROADCAST_CONNECTION", "log"), ("CACHE_STORE", "redis"), ("QUEUE_CONNECTION", "redis"),
        ("SESSION_DRIVER", "redis"), ("SESSION_LIFETIME", "120"), ("", ""),
        ("REDIS_HOST", "127.0.0.1"), ("REDIS_PASSWORD", "null"), ("REDIS_PORT", "6379"), ("", ""),
        ("MAIL_MAILER", "smtp"), ("MAIL_HOST", "smtp.mailgun.org"), ("MAIL_PORT", "587"),
        ("MAIL_USERNAME", "null"), ("MAIL_PASSWORD", "null"), ('MAIL_FROM_ADDRESS', '"hello@%s"' % dom()),
    ]
    # one credential only: everything that would be a second credential is neutralised
    out = []
    for k, val in lines:
        if k in ("APP_KEY", "DB_PASSWORD") and k not in overrides:
            val = ""
        if k in overrides:
            val = overrides.pop(k)
        out.append("%s=%s" % (k, val) if k else "")
    for k, val in overrides.items():
        out.append("%s=%s" % (k, val))
    return "\n".join(out) + "\n"


@pos("laravel", "app_key", g_app_key, "APP_KEY", env=True, reuse=False)
def p_env_appkey(v):
    return pick([".env", ".env.production"]), laravel_env({"APP_KEY": v})


@pos("stripe", "api_key", g_stripe_sk, "STRIPE_SECRET", env=True, reuse=False)
def p_env_stripe(v):
    return ".env", laravel_env({"STRIPE_KEY": "pk_live_" + rs(ALNUM, 24), "STRIPE_SECRET": v})


@pos("symfony", "app_secret", g_sf_secret, "APP_SECRET", env=True, reuse=False)
def p_env_symfony(v):
    return pick([".env.local", ".env.prod.local"]), """###> symfony/framework-bundle ###
APP_ENV=prod
APP_SECRET=%s
###< symfony/framework-bundle ###

###> doctrine/doctrine-bundle ###
DATABASE_URL="postgresql://app:${POSTGRES_PASSWORD}@127.0.0.1:5432/app?serverVersion=16&charset=utf8"
###< doctrine/doctrine-bundle ###

###> symfony/messenger ###
MESSENGER_TRANSPORT_DSN=doctrine://default?auto_setup=0
###< symfony/messenger ###
""" % v


@pos("laravel-passport", "private_key", lambda: pem_private("RSA PRIVATE KEY"), "PASSPORT_PRIVATE_KEY", slot="pem", env=True, reuse=False)
def p_env_passport(v):
    return ".env", laravel_env({"PASSPORT_PRIVATE_KEY": '"%s"' % v, "PASSPORT_PUBLIC_KEY": '"%s"' % pem_public()})


# ---------------------------------------------------------------- Symfony
@pos("symfony", "app_secret", g_sf_secret, "APP_SECRET", ex="sfsecret")
def p_sf_framework(v):
    return "config/packages/framework.yaml", """# see https://symfony.com/doc/current/reference/configuration/framework.html
framework:
    secret: '%s'
    #csrf_protection: true

    # Note that the session will be started ONLY if you read or write from it.
    session:
        handler_id: null
        cookie_secure: auto
        cookie_samesite: lax

    #esi: true
    #fragments: true
    http_method_override: false
    handle_all_throwables: true
    php_errors:
        log: true

when@test:
    framework:
        test: true
        session:
            storage_factory_id: session.storage.factory.mock_file
""" % v


@pos("symfony", "app_secret", g_sf_secret, "secret", ex="sfsecret")
def p_sf_parameters_secret(v):
    return pick(["app/config/parameters.yml", "app/config/parameters.yml.prod"]), """# This file is auto-generated during the composer install
parameters:
    database_host: %s
    database_port: null
    database_name: %s
    database_user: %s
    database_password: null
    mailer_transport: smtp
    mailer_host: 127.0.0.1
    mailer_user: null
    mailer_password: null
    secret: '%s'
    locale: en
""" % (pick(["127.0.0.1", "db", "mysql.internal"]), app().replace("-", "_"), pick(["root", "symfony"]), v)


@pos("mysql", "db_password", g_password, "database_password")
def p_sf_parameters_db(v):
    return "app/config/parameters.yml", """# This file is auto-generated during the composer install
parameters:
    database_driver: pdo_mysql
    database_host: %s
    database_port: 3306
    database_name: %s
    database_user: %s
    database_password: '%s'
    mailer_transport: smtp
    mailer_host: 127.0.0.1
    mailer_user: null
    mailer_password: null
    secret: '%%env(APP_SECRET)%%'
    jms_serializer.cache_dir: '%%kernel.cache_dir%%/jms'
""" % (pick(["10.1.0.5", "db.prod.internal", "mysql"]), app().replace("-", "_"), pick(["app", "sf_app"]), v)


@pos("smtp", "smtp_password", g_password, "mailer_password")
def p_sf_parameters_mail(v):
    return "app/config/parameters.yml.dist", """parameters:
    database_host: 127.0.0.1
    database_port: ~
    database_name: symfony
    database_user: root
    database_password: ~
    mailer_transport: smtp
    mailer_host: %s
    mailer_port: 587
    mailer_encryption: tls
    mailer_user: '%s'
    mailer_password: '%s'
    secret: '%%env(APP_SECRET)%%'
""" % (pick(["smtp.sendgrid.net", "smtp.mailgun.org", "smtp.office365.com"]), email(), v)


@pos("rabbitmq", "dsn_password", lambda: rs(ALNUM, R.randint(16, 24)), "MESSENGER_TRANSPORT_DSN", slot="dsnpw")
def p_sf_messenger_amqp(v):
    return "config/packages/messenger.yaml", """framework:
    messenger:
        failure_transport: failed

        transports:
            # https://symfony.com/doc/current/messenger.html#transport-configuration
            async:
                dsn: 'amqp://%s:%s@%s:5672/%%2f/messages'
                options:
                    exchange:
                        name: %s
                        type: direct
                retry_strategy:
                    max_retries: 3
                    multiplier: 2
            failed: 'doctrine://default?queue_name=failed'
            sync: 'sync://'

        routing:
            Symfony\\Component\\Mailer\\Messenger\\SendEmailMessage: async
            App\\Message\\GenerateInvoice: async
""" % (pick(["app", "messenger", "orders"]), v, pick(["rabbitmq", "rabbit.internal", "mq.%s" % dom()]), app())


@pos("redis", "dsn_password", lambda: rs(ALNUM, R.randint(20, 32)), "MESSENGER_TRANSPORT_DSN", slot="dsnpw")
def p_sf_messenger_redis(v):
    return "config/packages/messenger.yaml", """framework:
    messenger:
        transports:
            async:
                dsn: 'redis://:%s@%s:6379/messages'
                options:
                    stream: %s_messages
                    group: workers
                    auto_setup: true
            failed: 'doctrine://default?queue_name=failed'

        routing:
            App\\Message\\SyncCatalogue: async
            App\\Message\\SendNewsletter: async
""" % (v, pick(["redis", "cache.internal", "10.0.2.15"]), app().replace("-", "_"))


@pos("aws", "secret_access_key", g_aws_secret, "MAILER_DSN", ex="aws")
def p_sf_mailer_ses(v):
    return "config/packages/mailer.yaml", """framework:
    mailer:
        dsn: 'ses+api://%s:%s@default?region=%s'
        envelope:
            sender: 'no-reply@%s'
        headers:
            From: 'Support <support@%s>'
""" % (g_aws_id(), v, pick(REGIONS), dom(), dom())


@pos("sendgrid", "api_key", g_sendgrid, "MAILER_DSN")
def p_sf_mailer_sendgrid(v):
    return pick(["config/packages/prod/mailer.yaml", "config/packages/mailer.yaml"]), """framework:
    mailer:
        transports:
            main: 'sendgrid+api://%s@default'
            fallback: 'smtp://localhost:1025'
        envelope:
            recipients: ['%s']
""" % (v, email())


@pos("mailjet", "private_key", g_hex32, "MAILER_DSN")
def p_sf_mailer_mailjet(v):
    return "config/packages/mailer.yaml", """framework:
    mailer:
        dsn: 'mailjet+api://%s:%s@default'
""" % (rs(HEX, 32), v)


@pos("brevo", "api_key", g_brevo, "MAILER_DSN")
def p_sf_mailer_brevo(v):
    return "config/packages/mailer.yaml", """# Brevo (ex-Sendinblue) transport, composer require symfony/brevo-mailer
framework:
    mailer:
        dsn: 'brevo+api://%s@default'
        headers:
            Reply-To: 'support@%s'
""" % (v, dom())


@pos("mailgun", "api_key", g_mailgun, "MAILER_DSN")
def p_sf_mailer_mailgun(v):
    return "config/packages/mailer.yaml", """framework:
    mailer:
        dsn: 'mailgun+api://%s:mg.%s@default?region=eu'
""" % (v, dom())


@pos("smtp", "smtp_password", lambda: rs(ALNUM + "-_", R.randint(16, 24)), "MAILER_DSN", slot="dsnpw")
def p_sf_mailer_smtp(v):
    return "config/packages/mailer.yaml", """framework:
    mailer:
        dsn: 'smtp://%s:%s@%s:587'
        envelope:
            sender: 'bounces@%s'
""" % (pick(["apikey", "postmaster%40" + dom(), g_aws_id()]), v,
       pick(["smtp.sendgrid.net", "smtp.mailgun.org", "email-smtp.us-east-1.amazonaws.com"]), dom())


@pos("slack", "bot_token", g_slack_bot, "SLACK_DSN")
def p_sf_notifier_slack(v):
    return "config/packages/notifier.yaml", """framework:
    notifier:
        chatter_transports:
            slack: 'slack://%s@default?channel=%s'
        texter_transports:
        channel_policy:
            # use chat/slack, chat/telegram, sms/twilio or sms/nexmo
            urgent: ['chat/slack']
            high: ['chat/slack']
            medium: ['email']
            low: ['email']
        admin_recipients:
            - { email: admin@%s }
""" % (v, pick(["ops", "alerts", "C0" + rs(UP + DIG, 9)]), dom())


@pos("telegram", "bot_token", g_telegram, "TELEGRAM_DSN")
def p_sf_notifier_telegram(v):
    return "config/packages/notifier.yaml", """framework:
    notifier:
        chatter_transports:
            telegram: 'telegram://%s@default?channel=%s'
        channel_policy:
            urgent: ['chat/telegram']
            high: ['email']
""" % (v, "-100" + rs(DIG, 10))


@pos("slack", "webhook_url", g_slack_hook, "webhook_url", slot="url", ex="slackhook")
def p_sf_monolog(v):
    return "config/packages/prod/monolog.yaml", """monolog:
    handlers:
        main:
            type: fingers_crossed
            action_level: error
            handler: nested
            excluded_http_codes: [404, 405]
            buffer_size: 50
        nested:
            type: stream
            path: php://stderr
            level: debug
            formatter: monolog.formatter.json
        slack:
            type: slackwebhook
            webhook_url: '%s'
            channel: '#%s'
            level: critical
            include_extra: true
        console:
            type: console
            process_psr_3_messages: false
            channels: ["!event", "!doctrine"]
""" % (v, pick(["prod-errors", "alerts"]))


@pos("lexik-jwt", "jwt_passphrase", g_jwt_pass, "JWT_PASSPHRASE")
def p_sf_lexik(v):
    return "config/packages/lexik_jwt_authentication.yaml", """lexik_jwt_authentication:
    secret_key: '%%kernel.project_dir%%/config/jwt/private.pem'
    public_key: '%%kernel.project_dir%%/config/jwt/public.pem'
    pass_phrase: '%s'
    token_ttl: %d
    user_id_claim: email
""" % (v, pick([3600, 900, 86400]))


@pos("lexik-jwt", "private_key", lambda: pem_private("ENCRYPTED PRIVATE KEY"), "JWT_SECRET_KEY", slot="pem", reuse=False)
def p_sf_jwt_pem(v):
    return "config/jwt/private.pem", v + "\n"


@pos("symfony-vault", "decryption_key", g_vault_decrypt, "decrypt.private", reuse=False)
def p_sf_vault_private(v):
    env = pick(["prod", "prod", "staging"])
    return "config/secrets/%s/%s.decrypt.private.php" % (env, env), "<?php // %s.decrypt.private on %s\n\nreturn \"%s\";\n" % (env, php_date(), v)


@pos("symfony-vault", "decryption_key", g_sf_decrypt_b64, "SYMFONY_DECRYPTION_SECRET")
def p_sf_decrypt_env_workflow(v):
    return ".github/workflows/deploy.yml", """name: deploy

on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      APP_ENV: prod
      SYMFONY_DECRYPTION_SECRET: '%s'
    steps:
      - uses: actions/checkout@v4
      - uses: shivammathur/setup-php@v2
        with:
          php-version: '8.3'
          extensions: sodium, intl, pdo_pgsql
      - run: composer install --no-dev --optimize-autoloader --no-interaction
      - run: php bin/console secrets:decrypt-to-local --force --env=prod
      - run: composer dump-env prod
      - run: ./bin/deploy.sh
""" % v


@pos("stripe", "api_key", g_stripe_sk, "$stripeSecretKey", ex="stripe")
def p_sf_services_yaml(v):
    return "config/services.yaml", """# This file is the entry point to configure your own services.
parameters:
    app.supported_locales: ['en', 'fr', 'de']

services:
    _defaults:
        autowire: true
        autoconfigure: true

    App\\:
        resource: '../src/'
        exclude:
            - '../src/DependencyInjection/'
            - '../src/Entity/'
            - '../src/Kernel.php'

    App\\Payment\\StripeGateway:
        arguments:
            $stripeSecretKey: '%s'
            $currency: '%s'

    Stripe\\StripeClient:
        factory: ['@App\\Payment\\StripeGateway', 'client']
""" % (v, pick(["eur", "usd"]))


@pos("sendgrid", "api_key", g_sendgrid, "sendgrid_api_key")
def p_sf_services_param(v):
    return "config/services.yaml", """parameters:
    sendgrid_api_key: '%s'
    newsletter.sender: 'news@%s'

services:
    _defaults:
        autowire: true
        autoconfigure: true
        bind:
            string $sendgridApiKey: '%%sendgrid_api_key%%'

    App\\:
        resource: '../src/'
        exclude:
            - '../src/Entity/'
            - '../src/Kernel.php'
""" % (v, dom())


@pos("postgres", "dsn_password", lambda: rs(ALNUM, R.randint(18, 30)), "DATABASE_URL", slot="dsnpw")
def p_sf_doctrine(v):
    return "config/packages/doctrine.yaml", """doctrine:
    dbal:
        url: 'postgresql://%s:%s@%s:5432/%s?serverVersion=16&charset=utf8'
        profiling_collect_backtrace: '%%kernel.debug%%'
        use_savepoints: true
    orm:
        auto_generate_proxy_classes: true
        enable_lazy_ghost_objects: true
        report_fields_where_declared: true
        validate_xml_mapping: true
        naming_strategy: doctrine.orm.naming_strategy.underscore_number_aware
        auto_mapping: true
        mappings:
            App:
                type: attribute
                is_bundle: false
                dir: '%%kernel.project_dir%%/src/Entity'
                prefix: 'App\\Entity'
                alias: App
""" % (pick(["app", "symfony", "main"]), v, pick(["db.internal", "10.0.1.20", "postgres"]), app().replace("-", "_"))


@pos("redis", "dsn_password", lambda: rs(ALNUM, R.randint(20, 32)), "REDIS_URL", slot="dsnpw")
def p_sf_cache(v):
    return "config/packages/cache.yaml", """framework:
    cache:
        prefix_seed: %s
        app: cache.adapter.redis
        default_redis_provider: 'redis://%s@%s:6379/2'
        pools:
            cache.rate_limiter:
                adapter: cache.adapter.redis
""" % (app(), v, pick(["redis", "cache.internal"]))


@pos("github", "oauth_client_secret", g_hex40, "client_secret")
def p_sf_knpu(v):
    return "config/packages/knpu_oauth2_client.yaml", """knpu_oauth2_client:
    clients:
        github:
            type: github
            client_id: '%s'
            client_secret: '%s'
            redirect_route: connect_github_check
            redirect_params: {}
""" % (pick(["Ov23li" + rs(ALNUM, 14), rs(HEX, 20)]), v)


@pos("google", "oauth_client_secret", g_google_secret, "client_secret")
def p_sf_hwi(v):
    return "config/packages/hwi_oauth.yaml", """hwi_oauth:
    resource_owners:
        google:
            type: google
            client_id: '%s-%s.apps.googleusercontent.com'
            client_secret: '%s'
            scope: 'email profile'
            options:
                access_type: offline
""" % (rs(DIG, 12), rs(LALNUM, 32), v)


# ---------------------------------------------------------------- PHPUnit
def phpunit_xml(extra, laravel=True):
    if laravel:
        envs = ['        <env name="APP_ENV" value="testing"/>', '        <env name="BCRYPT_ROUNDS" value="4"/>',
                '        <env name="CACHE_STORE" value="array"/>', '        <env name="DB_CONNECTION" value="sqlite"/>',
                '        <env name="DB_DATABASE" value=":memory:"/>', '        <env name="MAIL_MAILER" value="array"/>',
                '        <env name="QUEUE_CONNECTION" value="sync"/>', '        <env name="SESSION_DRIVER" value="array"/>']
    else:
        envs = ['        <ini name="display_errors" value="1" />', '        <ini name="error_reporting" value="-1" />',
                '        <server name="APP_ENV" value="test" force="true" />', '        <server name="SHELL_VERBOSITY" value="-1" />',
                '        <server name="SYMFONY_PHPUNIT_REMOVE" value="" />', '        <server name="SYMFONY_PHPUNIT_VERSION" value="9.6" />']
    envs.insert(R.randint(1, len(envs)), extra)
    boot = "vendor/autoload.php" if laravel else "tests/bootstrap.php"
    return """<?xml version="1.0" encoding="UTF-8"?>
<phpunit xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:noNamespaceSchemaLocation="vendor/phpunit/phpunit/phpunit.xsd"
         bootstrap="%s"
         colors="true"
>
    <testsuites>
        <testsuite name="Unit">
            <directory>tests/Unit</directory>
        </testsuite>
        <testsuite name="Feature">
            <directory>tests/Feature</directory>
        </testsuite>
    </testsuites>
    <source>
        <include>
            <directory>app</directory>
        </include>
    </source>
    <php>
%s
    </php>
</phpunit>
""" % (boot, "\n".join(envs))


@pos("laravel", "app_key", g_app_key, "APP_KEY", ex="appkey")
def p_phpunit_appkey(v):
    return pick(["phpunit.xml", "phpunit.xml.dist"]), phpunit_xml('        <env name="APP_KEY" value="%s"/>' % v)


@pos("stripe", "api_key", g_stripe_sk, "STRIPE_SECRET", ex="stripe")
def p_phpunit_stripe(v):
    return "phpunit.xml.dist", phpunit_xml('        <env name="STRIPE_SECRET" value="%s"/>' % v)


@pos("symfony", "app_secret", g_sf_secret, "APP_SECRET", ex="sfsecret")
def p_phpunit_sf(v):
    return "phpunit.xml.dist", phpunit_xml('        <server name="APP_SECRET" value="%s" force="true" />' % v, laravel=False)


@pos("postgres", "dsn_password", lambda: rs(ALNUM, 20), "DATABASE_URL", slot="dsnpw")
def p_phpunit_dburl(v):
    return "phpunit.xml.dist", phpunit_xml('        <env name="DATABASE_URL" value="postgresql://ci:%s@ci-db.%s:5432/app_test?serverVersion=15" force="true" />' % (v, dom()), laravel=False)


# ---------------------------------------------------------------- Composer
@pos("github", "personal_access_token", g_github_pat, "github-oauth")
def p_auth_github(v):
    return "auth.json", json.dumps({"github-oauth": {"github.com": v}}, indent=4) + "\n"


@pos("laravel-nova", "licence_key", g_licence, "nova-license")
def p_auth_nova(v):
    d = {"http-basic": {"nova.laravel.com": {"username": email(), "password": v}}}
    if R.random() < 0.5:
        d["http-basic"]["satis.spatie.be"] = {"username": email(), "password": "${SPATIE_LICENSE}"}
    return "auth.json", json.dumps(d, indent=4) + "\n"


@pos("laravel-spark", "licence_key", g_licence, "spark-license")
def p_auth_spark(v):
    return pick(["auth.json", "deploy/auth.json"]), json.dumps({"http-basic": {"spark.laravel.com": {"username": email(), "password": v}}}, indent=2) + "\n"


@pos("gitlab", "personal_access_token", g_glpat, "gitlab-token")
def p_auth_gitlab(v):
    return "auth.json", json.dumps({"gitlab-domains": ["gitlab.%s" % dom()], "gitlab-token": {"gitlab.%s" % dom(): v}}, indent=4) + "\n"


@pos("private-packagist", "auth_token", g_packagist, "bearer")
def p_auth_packagist(v):
    return "auth.json", json.dumps({"http-basic": {"repo.packagist.com": {"username": "token", "password": v}}}, indent=4) + "\n"


@pos("github", "personal_access_token", g_github_pat, "github-oauth")
def p_composer_json(v):
    d = {"name": "%s/%s" % (pick(["acme", "studio", "agency"]), app()), "type": "project",
         "description": "The skeleton application for the Laravel framework.", "license": "proprietary",
         "require": {"php": "^8.2", "laravel/framework": "^11.0", "laravel/horizon": "^5.24", "laravel/sanctum": "^4.0"},
         "require-dev": {"fakerphp/faker": "^1.23", "laravel/pint": "^1.13", "phpunit/phpunit": "^11.0"},
         "repositories": [{"type": "vcs", "url": "https://github.com/%s/%s-theme" % (pick(["acme", "studio"]), app())}],
         "autoload": {"psr-4": {"App\\": "app/", "Database\\Factories\\": "database/factories/"}},
         "config": {"optimize-autoloader": True, "preferred-install": "dist", "sort-packages": True,
                    "github-oauth": {"github.com": v}},
         "minimum-stability": "stable", "prefer-stable": True}
    return "composer.json", json.dumps(d, indent=4) + "\n"


@pos("laravel-nova", "licence_key", g_licence, "NOVA_LICENSE_KEY")
def p_composer_sh(v):
    return pick(["scripts/composer-auth.sh", "bin/setup.sh"]), """#!/usr/bin/env bash
set -euo pipefail

# Configure private repositories before composer install on a fresh box.
cd "$(dirname "$0")/.."

composer config repositories.nova '{"type": "composer", "url": "https://nova.laravel.com"}' --file composer.json
composer config http-basic.nova.laravel.com %s %s

composer install --prefer-dist --no-interaction
php artisan nova:publish
""" % (email(), v)


@pos("laravel-nova", "licence_key", g_licence, "COMPOSER_AUTH")
def p_workflow_composer_auth(v):
    return ".github/workflows/tests.yml", """name: tests

on:
  push:
    branches: [main, develop]
  pull_request:

jobs:
  phpunit:
    runs-on: ubuntu-latest
    services:
      mysql:
        image: mysql:8.0
        env:
          MYSQL_ALLOW_EMPTY_PASSWORD: yes
          MYSQL_DATABASE: testing
        ports: ['3306:3306']
    env:
      COMPOSER_AUTH: '{"http-basic": {"nova.laravel.com": {"username": "%s", "password": "%s"}}}'
    steps:
      - uses: actions/checkout@v4
      - uses: shivammathur/setup-php@v2
        with:
          php-version: '8.3'
          coverage: none
      - run: composer install --no-progress --prefer-dist
      - run: cp .env.example .env && php artisan key:generate
      - run: php artisan test --parallel
""" % (email(), v)


@pos("private-packagist", "auth_token", g_packagist, "COMPOSER_AUTH")
def p_dockerfile_composer(v):
    return "Dockerfile", """FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer config --global --auth http-basic.repo.packagist.com token %s \\
 && composer install --no-dev --no-scripts --prefer-dist --no-interaction

FROM php:8.3-fpm-alpine
RUN apk add --no-cache icu-dev libzip-dev \\
 && docker-php-ext-install intl pdo_mysql zip opcache
WORKDIR /var/www/html
COPY --from=vendor /app/vendor ./vendor
COPY . .
RUN php artisan config:cache && php artisan route:cache
USER www-data
CMD ["php-fpm"]
""" % v


@pos("github", "personal_access_token", g_gho, "COMPOSER_AUTH")
def p_dockerfile_github(v):
    return "docker/php/Dockerfile", """FROM php:8.2-fpm

ARG COMPOSER_AUTH='{"github-oauth":{"github.com":"%s"}}'
ENV COMPOSER_ALLOW_SUPERUSER=1

RUN apt-get update && apt-get install -y git unzip libpq-dev libicu-dev \\
    && docker-php-ext-install pdo_pgsql intl opcache \\
    && rm -rf /var/lib/apt/lists/*

COPY --from=composer:2 /usr/bin/composer /usr/bin/composer
WORKDIR /srv/app
COPY . .
RUN composer install --no-dev --optimize-autoloader
""" % v


# ---------------------------------------------------------------- deploy: Deployer, Forge, Envoyer, Vapor, Envoy
@pos("slack", "webhook_url", g_slack_hook, "slack_webhook", slot="url", ex="slackhook")
def p_deployer_slack(v):
    return "deploy.php", php_header() + """namespace Deployer;

require 'recipe/laravel.php';
require 'contrib/slack.php';

set('application', '%s');
set('repository', 'git@github.com:%s/%s.git');
set('keep_releases', 5);
set('slack_webhook', '%s');

add('shared_files', ['.env']);
add('shared_dirs', ['storage']);
add('writable_dirs', ['bootstrap/cache', 'storage']);

host('%s')
    ->set('remote_user', 'deployer')
    ->set('deploy_path', '/var/www/%s');

after('deploy:success', 'slack:notify:success');
after('deploy:failed', 'slack:notify:failure');
after('deploy:failed', 'deploy:unlock');
""" % (app(), pick(["acme", "studio"]), app(), v, "prod." + dom(), app())


@pos("discord", "webhook_url", g_discord_hook, "discord_webhook", slot="url")
def p_deployer_discord(v):
    return "deploy.php", php_header() + """namespace Deployer;

require 'recipe/symfony.php';
require 'contrib/discord.php';

set('repository', 'git@gitlab.com:%s/%s.git');
set('discord_webhook', '%s');
set('composer_options', '--verbose --prefer-dist --no-progress --no-interaction --no-dev --optimize-autoloader');

host('%s')
    ->set('remote_user', 'www-data')
    ->set('deploy_path', '~/%s');

before('deploy', 'discord:notify');
after('deploy:success', 'discord:notify:success');
after('deploy:failed', 'deploy:unlock');
""" % (pick(["acme", "studio"]), app(), v, "web1." + dom(), app())


@pos("mysql", "db_password", g_password, "db_password")
def p_deployer_db(v):
    return "deploy.php", php_header() + """namespace Deployer;

require 'recipe/laravel.php';

set('repository', 'git@github.com:%s/%s.git');

host('staging')
    ->set('hostname', 'staging.%s')
    ->set('deploy_path', '/home/forge/staging')
    ->set('db_password', '%s');

task('db:backup', function () {
    run('mysqldump -u forge -p{{db_password}} staging | gzip > ~/backups/{{release_name}}.sql.gz');
});

before('deploy:migrate', 'db:backup');
""" % (pick(["acme", "studio"]), app(), dom(), v)


@pos("laravel-forge", "deploy_trigger_token", g_deploy_token, "FORGE_DEPLOY_TOKEN")
def p_forge_trigger(v):
    return pick([".github/workflows/deploy.yml", ".github/workflows/forge.yml"]), """name: Deploy to Forge

on:
  workflow_run:
    workflows: [tests]
    types: [completed]
    branches: [main]

jobs:
  deploy:
    if: ${{ github.event.workflow_run.conclusion == 'success' }}
    runs-on: ubuntu-latest
    steps:
      - name: Trigger Forge deployment
        run: curl -fsS -X POST "https://forge.laravel.com/servers/%d/sites/%d/deploy/http?token=%s"
""" % (R.randint(100000, 999999), R.randint(1000000, 2999999), v)


@pos("laravel-envoyer", "deploy_hook_url", g_envoyer_hook, "ENVOYER_HOOK", slot="url")
def p_envoyer_hook(v):
    return pick(["bin/release.sh", "scripts/deploy.sh"]), """#!/bin/sh
# Kick off a zero-downtime deployment on Envoyer after the release tag is pushed.
set -e

TAG="$(git describe --tags --abbrev=0)"
echo "Deploying ${TAG} via Envoyer"
curl -s "%s?sha=$(git rev-parse HEAD)"
""" % v


@pos("laravel-vapor", "api_token", g_jwt_token, "VAPOR_API_TOKEN")
def p_vapor_workflow(v):
    return ".github/workflows/vapor.yml", """name: Vapor deploy

on:
  push:
    branches: [production]

jobs:
  vapor:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: shivammathur/setup-php@v2
        with:
          php-version: 8.3
          tools: composer:v2
      - run: composer require laravel/vapor-cli --update-with-dependencies
      - run: vendor/bin/vapor deploy production --commit="${GITHUB_SHA}"
        env:
          VAPOR_API_TOKEN: %s
""" % v


@pos("laravel-forge", "api_token", g_jwt_token, "FORGE_API_TOKEN")
def p_forge_api(v):
    return pick(["app/Console/Commands/ForgeRestartWorkers.php"]), php_header() + """namespace App\\Console\\Commands;

use Illuminate\\Console\\Command;
use Illuminate\\Support\\Facades\\Http;

class ForgeRestartWorkers extends Command
{
    protected $signature = 'forge:restart-workers {server} {site}';

    protected $description = 'Restart the queue workers of a Forge site';

    public function handle(): int
    {
        $response = Http::withToken('%s')
            ->acceptJson()
            ->post(sprintf('https://forge.laravel.com/api/v1/servers/%%d/sites/%%d/workers/restart',
                $this->argument('server'), $this->argument('site')));

        $this->info($response->successful() ? 'Workers restarted.' : 'Forge said: '.$response->status());

        return self::SUCCESS;
    }
}
""" % v


@pos("slack", "webhook_url", g_slack_hook, "$slack", slot="url", ex="slackhook")
def p_envoy(v):
    return "Envoy.blade.php", """@servers(['web' => ['deployer@%s']])

@setup
    $repository = 'git@github.com:%s/%s.git';
    $releases_dir = '/var/www/app/releases';
    $app_dir = '/var/www/app';
    $release = date('YmdHis');
    $new_release_dir = $releases_dir .'/'. $release;
    $slack = '%s';
@endsetup

@story('deploy')
    clone_repository
    run_composer
    update_symlinks
@endstory

@task('clone_repository')
    echo 'Cloning repository'
    [ -d {{ $releases_dir }} ] || mkdir {{ $releases_dir }}
    git clone --depth 1 {{ $repository }} {{ $new_release_dir }}
@endtask

@task('run_composer')
    cd {{ $new_release_dir }}
    composer install --prefer-dist --no-scripts -q -o
@endtask

@task('update_symlinks')
    ln -nfs {{ $app_dir }}/.env {{ $new_release_dir }}/.env
    ln -nfs {{ $new_release_dir }} {{ $app_dir }}/current
@endtask

@finished
    @slack($slack, '#deployments')
@endfinished
""" % ("10.0.0." + str(R.randint(2, 250)), pick(["acme", "studio"]), app(), v)


@pos("mysql", "db_password", g_password, "DB_PASSWORD")
def p_forge_deploy_script(v):
    return "forge/deploy.sh", """cd /home/forge/%s
git pull origin $FORGE_SITE_BRANCH

$FORGE_COMPOSER install --no-dev --no-interaction --prefer-dist --optimize-autoloader

( flock -w 10 9 || exit 1
    echo 'Restarting FPM...'; sudo -S service $FORGE_PHP_FPM reload ) 9>/tmp/fpmlock

if [ -f artisan ]; then
    mysqldump --single-transaction -u forge -p'%s' %s > ~/backups/pre-deploy.sql
    $FORGE_PHP artisan migrate --force
    $FORGE_PHP artisan horizon:terminate
fi
""" % (dom(), v, app().replace("-", "_"))


# ---------------------------------------------------------------- Sail / docker-compose
@pos("mysql", "db_password", g_password, "MYSQL_ROOT_PASSWORD")
def p_compose_mysql(v):
    return pick(["docker-compose.yml", "compose.yaml", "docker-compose.prod.yml"]), """services:
    laravel.test:
        build:
            context: ./vendor/laravel/sail/runtimes/8.3
            dockerfile: Dockerfile
            args:
                WWWGROUP: '${WWWGROUP}'
        image: sail-8.3/app
        extra_hosts:
            - 'host.docker.internal:host-gateway'
        ports:
            - '${APP_PORT:-80}:80'
        environment:
            WWWUSER: '${WWWUSER}'
            LARAVEL_SAIL: 1
        volumes:
            - '.:/var/www/html'
        networks:
            - sail
        depends_on:
            - mysql
    mysql:
        image: 'mysql/mysql-server:8.0'
        ports:
            - '${FORWARD_DB_PORT:-3306}:3306'
        environment:
            MYSQL_ROOT_PASSWORD: '%s'
            MYSQL_ROOT_HOST: '%%'
            MYSQL_DATABASE: '%s'
            MYSQL_USER: '%s'
            MYSQL_ALLOW_EMPTY_PASSWORD: 0
        volumes:
            - 'sail-mysql:/var/lib/mysql'
        networks:
            - sail
networks:
    sail:
        driver: bridge
volumes:
    sail-mysql:
        driver: local
""" % (v, app().replace("-", "_"), pick(["sail", "app"]))


@pos("redis", "db_password", lambda: rs(ALNUM, 24), "requirepass")
def p_compose_redis(v):
    return "docker-compose.prod.yml", """services:
    horizon:
        image: registry.%s/%s:latest
        command: php artisan horizon
        restart: unless-stopped
        environment:
            REDIS_HOST: redis
            QUEUE_CONNECTION: redis
        depends_on: [redis]
    redis:
        image: redis:7-alpine
        command: ["redis-server", "--appendonly", "yes", "--requirepass", "%s"]
        volumes:
            - redis-data:/data
volumes:
    redis-data:
""" % (dom(), app(), v)


@pos("rabbitmq", "db_password", lambda: rs(ALNUM, 20), "RABBITMQ_DEFAULT_PASS")
def p_compose_rabbit(v):
    return "compose.yaml", """services:
  php:
    build: .
    environment:
      MESSENGER_TRANSPORT_DSN: amqp://app:${RABBITMQ_PASSWORD}@rabbitmq:5672/%%2f/messages
  rabbitmq:
    image: rabbitmq:3-management
    environment:
      RABBITMQ_DEFAULT_USER: app
      RABBITMQ_DEFAULT_PASS: %s
    ports:
      - "15672:15672"
""" % v


# ---------------------------------------------------------------- CI, docs, code, logs
@pos("smtp", "smtp_password", lambda: rs(ALNUM, 20), "MAILER_DSN", slot="dsnpw")
def p_workflow_mailer(v):
    return ".github/workflows/e2e.yml", """name: e2e

on: [pull_request]

jobs:
  panther:
    runs-on: ubuntu-latest
    env:
      APP_ENV: test
      MAILER_DSN: smtp://%s:%s@sandbox.smtp.mailtrap.io:2525
      DATABASE_URL: sqlite:///%%kernel.project_dir%%/var/test.db
    steps:
      - uses: actions/checkout@v4
      - uses: shivammathur/setup-php@v2
        with:
          php-version: '8.2'
      - run: composer install --no-progress
      - run: php bin/console doctrine:schema:create --env=test
      - run: vendor/bin/phpunit --testsuite e2e
""" % (rs(HEX, 14), v)


@pos("gitlab", "personal_access_token", g_glpat, "COMPOSER_AUTH")
def p_gitlab_ci(v):
    return ".gitlab-ci.yml", """stages: [test, deploy]

variables:
  MYSQL_DATABASE: testing
  MYSQL_ROOT_PASSWORD: root
  COMPOSER_AUTH: '{"gitlab-token": {"gitlab.%s": "%s"}}'

phpunit:
  stage: test
  image: lorisleiva/laravel-docker:8.3
  services: [mysql:8.0]
  script:
    - composer install --prefer-dist --no-ansi --no-interaction
    - cp .env.example .env
    - php artisan key:generate
    - php artisan test

deploy_production:
  stage: deploy
  script:
    - dep deploy production
  only: [main]
""" % (dom(), v)


@pos("sendgrid", "api_key", g_sendgrid, "MAILER_DSN")
def p_doc_deploy(v):
    return pick(["docs/deployment.md", "docs/ops/mail.md"]), """# Production mail setup

We send transactional mail through SendGrid using the Symfony Mailer bridge.

```bash
composer require symfony/sendgrid-mailer
```

Set the DSN on the production box (this is the key the team uses for the `%s` account):

```dotenv
MAILER_DSN=sendgrid+api://%s@default
```

Then clear the cache:

```bash
php bin/console cache:clear --env=prod
```

Bounces are forwarded to `bounces@%s`.
""" % (app(), v, dom())


@pos("pusher", "app_secret", g_hex20, "PUSHER_APP_SECRET")
def p_readme_pusher(v):
    return "README.md", """# %s

Internal dashboard built with Laravel %d, Livewire and Pusher.

## Local setup

```bash
composer install
npm ci && npm run build
cp .env.example .env
php artisan key:generate
php artisan migrate --seed
```

Broadcasting uses the shared staging Pusher app:

```
BROADCAST_CONNECTION=pusher
PUSHER_APP_ID=%d
PUSHER_APP_KEY=%s
PUSHER_APP_SECRET=%s
PUSHER_APP_CLUSTER=%s
```

## Tests

```bash
php artisan test
```
""" % (app().replace("-", " ").title(), pick([10, 11, 12]), R.randint(100000, 1999999), rs(HEX, 20), v, pick(CLUSTERS))


@pos("laravel-sanctum", "personal_access_token", g_sanctum, "Authorization")
def p_doc_api(v):
    return pick(["docs/api.md", "API.md"]), """# API quick start

All endpoints live under `https://api.%s/v1` and expect a Sanctum personal access token.

```bash
curl -H "Accept: application/json" \\
     -H "Authorization: Bearer %s" \\
     https://api.%s/v1/orders?status=open
```

Tokens are issued from **Settings > API tokens** and can be revoked there.
""" % (dom(), v, dom())


@pos("laravel-sanctum", "personal_access_token", g_sanctum, "$token")
def p_http_test(v):
    return "tests/Feature/Api/OrderSyncTest.php", php_header() + """namespace Tests\\Feature\\Api;

use Illuminate\\Support\\Facades\\Http;
use Tests\\TestCase;

class OrderSyncTest extends TestCase
{
    /** Runs against the shared staging API, skipped on CI. */
    public function test_remote_orders_are_listed(): void
    {
        if (getenv('CI')) {
            $this->markTestSkipped('needs staging');
        }

        $token = '%s';

        $response = Http::withToken($token)->get('https://staging.%s/api/orders');

        $this->assertTrue($response->successful());
    }
}
""" % (v, dom())


@pos("stripe", "api_key", g_stripe_sk, "StripeClient", ex="stripe")
def p_stripe_client(v):
    return "app/Console/Commands/ReconcilePayouts.php", php_header() + """namespace App\\Console\\Commands;

use Illuminate\\Console\\Command;
use Stripe\\StripeClient;

class ReconcilePayouts extends Command
{
    protected $signature = 'payouts:reconcile {--days=7}';

    protected $description = 'Compare Stripe payouts with the ledger';

    public function handle(): int
    {
        $stripe = new StripeClient('%s');

        $payouts = $stripe->payouts->all([
            'limit' => 100,
            'created' => ['gte' => now()->subDays((int) $this->option('days'))->timestamp],
        ]);

        foreach ($payouts->autoPagingIterator() as $payout) {
            $this->line(sprintf('%%s %%s %%d', $payout->id, $payout->status, $payout->amount));
        }

        return self::SUCCESS;
    }
}
""" % v


@pos("pusher", "app_secret", g_hex20, "new Pusher")
def p_pusher_ctor(v):
    return "app/Providers/BroadcastServiceProvider.php", php_header() + """namespace App\\Providers;

use Illuminate\\Support\\Facades\\Broadcast;
use Illuminate\\Support\\ServiceProvider;
use Pusher\\Pusher;

class BroadcastServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(Pusher::class, fn () => new Pusher(
            '%s',
            '%s',
            '%d',
            ['cluster' => '%s', 'useTLS' => true]
        ));
    }

    public function boot(): void
    {
        Broadcast::routes(['middleware' => ['auth:sanctum']]);

        require base_path('routes/channels.php');
    }
}
""" % (rs(HEX, 20), v, R.randint(100000, 1999999), pick(CLUSTERS))


@pos("brevo", "api_key", g_brevo, "api-key")
def p_brevo_client(v):
    return "src/Newsletter/BrevoClient.php", php_header() + """namespace App\\Newsletter;

use Symfony\\Contracts\\HttpClient\\HttpClientInterface;

final class BrevoClient
{
    public function __construct(private HttpClientInterface $http)
    {
        $this->http = $http->withOptions([
            'base_uri' => 'https://api.brevo.com/v3/',
            'headers' => [
                'accept' => 'application/json',
                'api-key' => '%s',
            ],
        ]);
    }

    public function subscribe(string $email, int $listId): void
    {
        $this->http->request('POST', 'contacts', [
            'json' => ['email' => $email, 'listIds' => [$listId], 'updateEnabled' => true],
        ]);
    }
}
""" % v


@pos("mailgun", "api_key", g_mailgun, "Authorization: Basic")
def p_mailgun_basic(v):
    return "app/Services/MailgunSuppressions.php", php_header() + """namespace App\\Services;

use GuzzleHttp\\Client;

class MailgunSuppressions
{
    private Client $client;

    public function __construct()
    {
        $this->client = new Client([
            'base_uri' => 'https://api.eu.mailgun.net/v3/mg.%s/',
            'auth' => ['api', '%s'],
            'timeout' => 10,
        ]);
    }

    public function bounces(): array
    {
        return json_decode((string) $this->client->get('bounces')->getBody(), true)['items'] ?? [];
    }
}
""" % (dom(), v)


@pos("stripe", "api_key", g_stripe_sk, "Authorization", ex="stripe")
def p_laravel_log(v):
    rid = uuid4()
    return pick(["storage/logs/laravel.log", "storage/logs/laravel-2024-06-11.log"]), """[%s] production.INFO: Checkout started {"user_id":%d,"cart":"%s"}
[%s] production.DEBUG: Outgoing request {"method":"POST","uri":"https://api.stripe.com/v1/payment_intents","headers":{"Authorization":["Bearer %s"],"Stripe-Version":["2024-06-20"],"Idempotency-Key":["%s"]}}
[%s] production.ERROR: Stripe\\Exception\\CardException: Your card was declined. {"exception":"[object] (Stripe\\\\Exception\\\\CardException(code: 0): Your card was declined. at /home/forge/%s/vendor/stripe/stripe-php/lib/Exception/ApiErrorException.php:38)"}
[%s] production.INFO: Checkout finished {"user_id":%d,"request_id":"%s"}
""" % (ts(), R.randint(1, 9999), ulid(), ts(), v, uuid4(), ts(), dom(), ts(), R.randint(1, 9999), rid)


@pos("twilio", "auth_token", g_twilio, "TWILIO_AUTH_TOKEN")
def p_tinker_csv(v):
    return "storage/app/integrations.csv", """provider,account,credential_type,value,owner,rotated_at
twilio,AC%s,auth_token,%s,%s,%s
sentry,%s,dsn_project,%d,%s,%s
""" % (rs(HEX, 32), v, email(), ts()[:10], app(), R.randint(1000000, 4999999), email(), ts()[:10])


@pos("laravel", "app_key", g_app_key, "APP_KEY", ex="appkey")
def p_supervisor(v):
    return pick(["docker/supervisord.conf", "deploy/supervisor/horizon.conf"]), """[program:horizon]
process_name=%%(program_name)s
command=php /var/www/html/artisan horizon
autostart=true
autorestart=true
user=www-data
redirect_stderr=true
stdout_logfile=/var/www/html/storage/logs/horizon.log
stopwaitsecs=3600
environment=APP_ENV="production",APP_KEY="%s",LOG_CHANNEL="stderr"
""" % v


@pos("symfony", "app_secret", g_sf_secret, "APP_SECRET", ex="sfsecret")
def p_sf_dockerfile(v):
    return "Dockerfile", """FROM dunglas/frankenphp:1-php8.3 AS base
WORKDIR /app
RUN install-php-extensions apcu intl opcache zip pdo_pgsql

FROM base AS prod
ENV APP_ENV=prod
ENV APP_SECRET=%s
COPY --link composer.* symfony.* ./
RUN composer install --no-cache --prefer-dist --no-dev --no-autoloader --no-scripts --no-progress
COPY --link . ./
RUN composer dump-autoload --classmap-authoritative --no-dev \\
 && composer dump-env prod \\
 && php bin/console cache:warmup
""" % v


@pos("laravel-passport", "client_secret", g_passport_secret, "client_secret")
def p_passport_js(v):
    return "resources/js/api/auth.js", """import axios from 'axios';

// password grant used by the legacy mobile wrapper
const CLIENT_ID = %d;
const CLIENT_SECRET = '%s';

export async function login(username, password) {
    const { data } = await axios.post('/oauth/token', {
        grant_type: 'password',
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        username,
        password,
        scope: '',
    });
    localStorage.setItem('token', data.access_token);
    return data;
}
""" % (R.randint(2, 9), v)


@pos("aws", "secret_access_key", g_aws_secret, "aws_secret_access_key", ex="aws")
def p_vapor_sh(v):
    return "bin/backup-to-s3.sh", """#!/usr/bin/env bash
# nightly dump of the production database to S3 (runs from Forge scheduler)
set -euo pipefail

export AWS_ACCESS_KEY_ID=%s
export AWS_SECRET_ACCESS_KEY=%s
export AWS_DEFAULT_REGION=%s

STAMP=$(date +%%Y%%m%%d-%%H%%M)
mysqldump --single-transaction forge | gzip > /tmp/db-$STAMP.sql.gz
aws s3 cp /tmp/db-$STAMP.sql.gz s3://%s-backups/mysql/
rm -f /tmp/db-$STAMP.sql.gz
""" % (g_aws_id(), v, pick(REGIONS), app())


@pos("lexik-jwt", "jwt_passphrase", g_jwt_pass, "JWT_PASSPHRASE")
def p_sf_jwt_makefile(v):
    return "Makefile", """.PHONY: install jwt test

install:
\tcomposer install
\tphp bin/console doctrine:migrations:migrate -n

jwt:
\tmkdir -p config/jwt
\topenssl genpkey -out config/jwt/private.pem -aes256 -algorithm rsa -pkeyopt rsa_keygen_bits:4096 -pass pass:%s
\topenssl pkey -in config/jwt/private.pem -passin pass:%s -out config/jwt/public.pem -pubout

test:
\tphp bin/phpunit
""" % (v, v)


@pos("laravel", "app_key", g_app_key, "APP_KEY", ex="appkey")
def p_k8s_values(v):
    return pick(["deploy/values.yaml", "deploy/helm/values.prod.yaml"]), """replicaCount: 2

image:
  repository: registry.%s/%s
  tag: "%s"

env:
  APP_ENV: production
  APP_DEBUG: "false"
  APP_KEY: "%s"
  LOG_CHANNEL: stderr
  CACHE_STORE: redis
  QUEUE_CONNECTION: redis

horizon:
  enabled: true
  replicas: 1

resources:
  requests:
    cpu: 250m
    memory: 256Mi
""" % (dom(), app(), "1.%d.%d" % (R.randint(0, 30), R.randint(0, 9)), v)


# ---------------------------------------------------------------- look-alike negatives
@look("symfony-vault", "encrypted_value")
def n_vault_value(r=None):
    env = pick(["prod", "prod", "staging", "dev"])
    name = pick(["DATABASE_URL", "MAILER_DSN", "APP_SECRET", "STRIPE_SECRET_KEY", "JWT_PASSPHRASE", "MESSENGER_TRANSPORT_DSN", "SENTRY_DSN"])
    suffix = hashlib.md5(name.encode()).hexdigest()[:6]
    ct = vault_escape(rbytes(48 + R.randint(24, 120)))
    return "config/secrets/%s/%s.%s.%s.php" % (env, env, name, suffix), "<?php // %s.%s.%s on %s\n\nreturn \"%s\";\n" % (env, name, suffix, php_date(), ct)


@look("symfony-vault", "encrypt_public_key")
def n_vault_public():
    env = pick(["prod", "dev", "staging"])
    return "config/secrets/%s/%s.encrypt.public.php" % (env, env), "<?php // %s.encrypt.public on %s\n\nreturn \"%s\";\n" % (env, php_date(), vault_escape(rbytes(32)))


@look("symfony-vault", "list")
def n_vault_list():
    env = pick(["prod", "staging"])
    names = ["APP_SECRET", "DATABASE_URL", "MAILER_DSN", "STRIPE_SECRET_KEY", "JWT_PASSPHRASE", "OAUTH_GOOGLE_CLIENT_SECRET"]
    R.shuffle(names)
    body = "".join("    '%s' => null,\n" % n for n in sorted(names[:R.randint(2, 6)]))
    return "config/secrets/%s/%s.list.php" % (env, env), "<?php\n\nreturn [\n%s];\n" % body


@look("laravel", "env_no_fallback")
def n_app_php():
    return "config/app.php", php_header() + """return [

    'name' => env('APP_NAME', 'Laravel'),

    'env' => env('APP_ENV', 'production'),

    'debug' => (bool) env('APP_DEBUG', false),

    'url' => env('APP_URL', 'http://localhost'),

    'cipher' => 'AES-256-CBC',

    'key' => env('APP_KEY'),

    'previous_keys' => [
        ...array_filter(
            explode(',', env('APP_PREVIOUS_KEYS', ''))
        ),
    ],

];
"""


@look("laravel", "services_null")
def n_services_null():
    return "config/services.php", php_header() + """return [

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'ses' => [
        'key' => env('AWS_ACCESS_KEY_ID'),
        'secret' => env('AWS_SECRET_ACCESS_KEY'),
        'region' => env('AWS_DEFAULT_REGION', 'us-east-1'),
    ],

    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => null,
        'webhook_secret' => env('STRIPE_WEBHOOK_SECRET', null),
    ],

    'github' => [
        'client_id' => env('GITHUB_CLIENT_ID'),
        'client_secret' => env('GITHUB_CLIENT_SECRET'),
        'redirect' => '/auth/github/callback',
    ],

    'recaptcha' => [
        'site_key' => '6L%s',
        'secret_key' => env('RECAPTCHA_SECRET_KEY'),
    ],

];
""" % rs(B64U, 38)


@look("symfony", "env_processor")
def n_sf_env_refs():
    return pick(["config/packages/framework.yaml", "config/packages/security.yaml"]), """framework:
    secret: '%env(APP_SECRET)%'
    mailer:
        dsn: '%env(MAILER_DSN)%'
    messenger:
        transports:
            async: '%env(MESSENGER_TRANSPORT_DSN)%'

lexik_jwt_authentication:
    secret_key: '%env(resolve:JWT_SECRET_KEY)%'
    public_key: '%env(resolve:JWT_PUBLIC_KEY)%'
    pass_phrase: '%env(JWT_PASSPHRASE)%'

parameters:
    env(STRIPE_SECRET_KEY): ''
    app.stripe_secret: '%env(STRIPE_SECRET_KEY)%'
"""


def lock_pkg(name, ver):
    ref = rs(HEX, 40)
    return {"name": name, "version": ver,
            "source": {"type": "git", "url": "https://github.com/%s.git" % name, "reference": ref},
            "dist": {"type": "zip", "url": "https://api.github.com/repos/%s/zipball/%s" % (name, ref), "reference": ref,
                     "shasum": pick(["", rs(HEX, 40)])},
            "require": {"php": "^8.2"}, "type": "library", "license": ["MIT"],
            "time": "%sT%s+00:00" % (ts()[:10], ts()[11:])}


@look("composer", "lock_hashes")
def n_composer_lock():
    pk = [("laravel/framework", "v11.%d.%d"), ("laravel/sanctum", "v4.0.%d%d"), ("laravel/horizon", "v5.%d.%d"),
          ("symfony/mailer", "v7.1.%d%d"), ("guzzlehttp/guzzle", "7.%d.%d"), ("stripe/stripe-php", "v15.%d.%d"),
          ("pusher/pusher-php-server", "7.2.%d%d"), ("lcobucci/jwt", "5.%d.%d")]
    R.shuffle(pk)
    pkgs = [lock_pkg(n, v % (R.randint(0, 9), R.randint(0, 9))) for n, v in pk[:R.randint(2, 4)]]
    d = {"_readme": ["This file locks the dependencies of your project to a known state",
                     "Read more about it at https://getcomposer.org/doc/01-basic-usage.md#installing-dependencies",
                     "This file is @generated automatically"],
         "content-hash": rs(HEX, 32), "packages": pkgs, "packages-dev": [], "aliases": [],
         "minimum-stability": "stable", "stability-flags": [], "prefer-stable": True, "prefer-lowest": False,
         "platform": {"php": "^8.2"}, "platform-dev": [], "plugin-api-version": "2.6.0"}
    return "composer.lock", json.dumps(d, indent=4) + "\n"


@look("symfony", "symfony_lock")
def n_symfony_lock():
    d = {}
    for name, ver in [("doctrine/doctrine-bundle", "2.12"), ("lexik/jwt-authentication-bundle", "2.5"),
                      ("symfony/framework-bundle", "7.1"), ("symfony/mailer", "4.3"), ("symfony/messenger", "6.0")]:
        d[name] = {"version": ver + ".0", "recipe": {"repo": "github.com/symfony/recipes", "branch": "main",
                                                     "version": ver, "ref": rs(HEX, 40)},
                   "files": ["config/packages/%s.yaml" % name.split("/")[1].replace("-bundle", "").replace("-", "_")]}
    return "symfony.lock", json.dumps(d, indent=4) + "\n"


@look("npm", "integrity")
def n_package_lock():
    pk = {}
    for n, v in [("axios", "1.7.2"), ("laravel-echo", "1.16.1"), ("pusher-js", "8.4.0"), ("vite", "5.3.1"), ("laravel-vite-plugin", "1.0.4")]:
        pk["node_modules/" + n] = {"version": v, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (n, n, v),
                                   "integrity": "sha512-" + b64(64), "dev": True}
    d = {"name": app(), "lockfileVersion": 3, "requires": True, "packages": {"": {"devDependencies": {"vite": "^5.0"}}}}
    d["packages"].update(pk)
    return "package-lock.json", json.dumps(d, indent=2) + "\n"


@look("laravel", "migration")
def n_migration():
    stamp = "2019_12_14_000001"
    return "database/migrations/%s_create_personal_access_tokens_table.php" % stamp, php_header() + """use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('personal_access_tokens', function (Blueprint $table) {
            $table->id();
            $table->morphs('tokenable');
            $table->string('name');
            $table->string('token', 64)->unique();
            $table->text('abilities')->nullable();
            $table->timestamp('last_used_at')->nullable();
            $table->timestamp('expires_at')->nullable();
            $table->timestamps();
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('personal_access_tokens');
    }
};
"""


@look("laravel", "migration_names")
def n_migration_status():
    rows = ["0001_01_01_000000_create_users_table", "0001_01_01_000001_create_cache_table",
            "0001_01_01_000002_create_jobs_table", "2016_06_01_000001_create_oauth_auth_codes_table",
            "2016_06_01_000002_create_oauth_access_tokens_table", "2016_06_01_000003_create_oauth_refresh_tokens_table",
            "2016_06_01_000004_create_oauth_clients_table", "2019_12_14_000001_create_personal_access_tokens_table",
            "%d_%02d_%02d_%06d_add_two_factor_secret_to_users_table" % (R.randint(2021, 2025), R.randint(1, 12), R.randint(1, 28), R.randint(0, 235959))]
    out = "  Migration name %s Batch / Status\n" % ("." * 60)
    for i, r0 in enumerate(rows):
        out += "  %s %s [%d] Ran\n" % (r0, "." * max(3, 70 - len(r0)), 1 if i < 7 else 2)
    return pick(["docs/migrate-status.txt", "storage/logs/migrate-status.log"]), out


@look("laravel", "route_names")
def n_routes():
    return "routes/web.php", php_header() + """use App\\Http\\Controllers\\Auth\\NewPasswordController;
use App\\Http\\Controllers\\Auth\\PasswordResetLinkController;
use App\\Http\\Controllers\\ApiTokenController;
use Illuminate\\Support\\Facades\\Route;

Route::middleware('guest')->group(function () {
    Route::get('forgot-password', [PasswordResetLinkController::class, 'create'])->name('password.request');
    Route::post('forgot-password', [PasswordResetLinkController::class, 'store'])->name('password.email');
    Route::get('reset-password/{token}', [NewPasswordController::class, 'create'])->name('password.reset');
    Route::post('reset-password', [NewPasswordController::class, 'store'])->name('password.store');
});

Route::middleware(['auth', 'verified'])->group(function () {
    Route::get('/user/api-tokens', [ApiTokenController::class, 'index'])->name('api-tokens.index');
    Route::post('/user/api-tokens', [ApiTokenController::class, 'store'])->name('api-tokens.store');
    Route::delete('/user/api-tokens/{token}', [ApiTokenController::class, 'destroy'])->name('api-tokens.destroy');
    Route::get('/unsubscribe/{user}', fn () => 'ok')->name('unsubscribe')->middleware('signed');
});
"""


@look("symfony", "csrf_token_id")
def n_sf_security():
    return "config/packages/security.yaml", """security:
    password_hashers:
        Symfony\\Component\\Security\\Core\\User\\PasswordAuthenticatedUserInterface: 'auto'
    providers:
        app_user_provider:
            entity:
                class: App\\Entity\\User
                property: email
    firewalls:
        dev:
            pattern: ^/(_(profiler|wdt)|css|images|js)/
            security: false
        api:
            pattern: ^/api
            stateless: true
            jwt: ~
        main:
            lazy: true
            provider: app_user_provider
            form_login:
                login_path: app_login
                check_path: app_login
                enable_csrf: true
                csrf_token_id: authenticate
            logout:
                path: app_logout
            remember_me:
                secret: '%kernel.secret%'
                lifetime: 604800
    access_control:
        - { path: ^/api/login, roles: PUBLIC_ACCESS }
        - { path: ^/admin, roles: ROLE_ADMIN }
"""


@look("symfony", "twig_csrf")
def n_twig_login():
    return "templates/security/login.html.twig", """{% extends 'base.html.twig' %}

{% block title %}Log in{% endblock %}

{% block body %}
<form method="post">
    {% if error %}
        <div class="alert alert-danger">{{ error.messageKey|trans(error.messageData, 'security') }}</div>
    {% endif %}

    <label for="username">Email</label>
    <input type="email" value="{{ last_username }}" name="_username" id="username" autocomplete="email" required autofocus>
    <label for="password">Password</label>
    <input type="password" name="_password" id="password" autocomplete="current-password" required>

    <input type="hidden" name="_csrf_token" value="{{ csrf_token('authenticate') }}">

    <button class="btn btn-lg btn-primary" type="submit">Sign in</button>
</form>
{% endblock %}
"""


@look("laravel", "blade_csrf")
def n_blade_layout():
    return "resources/views/layouts/app.blade.php", """<!DOCTYPE html>
<html lang="{{ str_replace('_', '-', app()->getLocale()) }}">
    <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="csrf-token" content="{{ csrf_token() }}">
        <title>{{ config('app.name', 'Laravel') }}</title>
        <link rel="preconnect" href="https://fonts.bunny.net">
        <script src="https://js.stripe.com/v3/" integrity="sha384-%s" crossorigin="anonymous"></script>
        @vite(['resources/css/app.css', 'resources/js/app.js'])
    </head>
    <body class="font-sans antialiased">
        <form method="POST" action="{{ route('logout') }}">
            @csrf
            <button type="submit">Log out</button>
        </form>
        {{ $slot }}
    </body>
</html>
""" % b64(48)


@look("laravel", "env_example")
def n_env_example():
    return pick([".env.example", ".env.sample"]), """APP_NAME=Laravel
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_TIMEZONE=UTC
APP_URL=http://localhost

LOG_CHANNEL=stack
LOG_LEVEL=debug

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=laravel
DB_USERNAME=root
DB_PASSWORD=

REDIS_HOST=127.0.0.1
REDIS_PASSWORD=null
REDIS_PORT=6379

MAIL_MAILER=log
MAIL_HOST=127.0.0.1
MAIL_PORT=2525
MAIL_USERNAME=null
MAIL_PASSWORD=null

AWS_ACCESS_KEY_ID=
AWS_SECRET_ACCESS_KEY=
AWS_DEFAULT_REGION=us-east-1

PUSHER_APP_ID=
PUSHER_APP_KEY=
PUSHER_APP_SECRET=
PUSHER_APP_CLUSTER=mt1

VITE_APP_NAME="${APP_NAME}"
VITE_PUSHER_APP_KEY="${PUSHER_APP_KEY}"
"""


@look("symfony", "env_example")
def n_sf_env_example():
    return pick([".env.example", ".env.sample"]), """# In all environments, the following files are loaded if they exist,
# the latter taking precedence over the former:
#
#  * .env                contains default values for the environment variables needed by the app
#  * .env.local          uncommitted file with local overrides
#  * .env.$APP_ENV       committed environment-specific defaults
#  * .env.$APP_ENV.local uncommitted environment-specific overrides
#
# Real environment variables win over .env files.
#
# DO NOT DEFINE PRODUCTION SECRETS IN THIS FILE NOR IN ANY OTHER COMMITTED FILES.

###> symfony/framework-bundle ###
APP_ENV=dev
APP_SECRET=
###< symfony/framework-bundle ###

###> doctrine/doctrine-bundle ###
DATABASE_URL="postgresql://app:!ChangeMe!@127.0.0.1:5432/app?serverVersion=16&charset=utf8"
###< doctrine/doctrine-bundle ###

###> symfony/messenger ###
MESSENGER_TRANSPORT_DSN=doctrine://default?auto_setup=0
# MESSENGER_TRANSPORT_DSN=amqp://guest:guest@localhost:5672/%2f/messages
# MESSENGER_TRANSPORT_DSN=redis://localhost:6379/messages
###< symfony/messenger ###

###> symfony/mailer ###
MAILER_DSN=null://null
###< symfony/mailer ###

###> lexik/jwt-authentication-bundle ###
JWT_SECRET_KEY=%kernel.project_dir%/config/jwt/private.pem
JWT_PUBLIC_KEY=%kernel.project_dir%/config/jwt/public.pem
JWT_PASSPHRASE=
###< lexik/jwt-authentication-bundle ###
"""


@look("vite", "manifest")
def n_vite_manifest():
    d = {}
    for src in ["resources/js/app.js", "resources/css/app.css", "resources/js/echo.js"]:
        base = src.split("/")[-1].split(".")[0]
        ext = src.rsplit(".", 1)[1]
        d[src] = {"file": "assets/%s-%s.%s" % (base, rs(B64U, 8), ext), "src": src, "isEntry": True}
    return "public/build/manifest.json", json.dumps(d, indent=2) + "\n"


@look("laravel-mix", "manifest")
def n_mix_manifest():
    d = {"/js/app.js": "/js/app.js?id=" + rs(HEX, 32), "/css/app.css": "/css/app.css?id=" + rs(HEX, 32),
         "/js/vendor.js": "/js/vendor.js?id=" + rs(HEX, 20)}
    return "public/mix-manifest.json", json.dumps(d, indent=4) + "\n"


@look("laravel-passport", "public_key")
def n_oauth_public():
    return pick(["storage/oauth-public.key", "config/jwt/public.pem"]), pem_public() + "\n"


@look("laravel", "encrypted_payload")
def n_encrypted_payload():
    payload = {"iv": b64(16), "value": b64(R.choice([32, 48, 64])), "mac": rs(HEX, 64), "tag": ""}
    enc = base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode()
    return "tests/Unit/EncryptedCastTest.php", php_header() + """namespace Tests\\Unit;

use App\\Models\\Integration;
use Tests\\TestCase;

class EncryptedCastTest extends TestCase
{
    public function test_raw_column_is_ciphertext(): void
    {
        // payload captured from the dev database; useless without that APP_KEY
        $raw = '%s';

        $this->assertStringStartsWith('eyJpdiI6', $raw);
        $this->assertArrayHasKey('mac', json_decode(base64_decode($raw), true));
    }
}
""" % enc


@look("laravel", "bcrypt_seed")
def n_user_seeder():
    h = "$2y$12$" + rs("./" + ALNUM, 53)
    return "database/seeders/UserSeeder.php", php_header() + """namespace Database\\Seeders;

use App\\Models\\User;
use Illuminate\\Database\\Seeder;

class UserSeeder extends Seeder
{
    public function run(): void
    {
        User::factory()->create([
            'name' => 'Test User',
            'email' => 'test@example.com',
            // bcrypt of the literal string "password" (cost 12)
            'password' => '%s',
            'remember_token' => null,
        ]);

        User::factory(25)->create();
    }
}
""" % h


@look("laravel-sanctum", "hashed_tokens")
def n_token_dump():
    rows = []
    for i in range(R.randint(3, 6)):
        rows.append("(%d, 'App\\\\Models\\\\User', %d, '%s', '%s', '[\"*\"]', NULL, NULL, '%s', '%s')" % (
            i + 1, R.randint(1, 50), pick(["cli", "zapier", "mobile", "ci"]), hashlib.sha256(rbytes(40)).hexdigest(), ts(), ts()))
    return "database/dumps/personal_access_tokens.sql", """-- Tokens are stored as sha256(plain text); the plain-text value is only shown once.
INSERT INTO `personal_access_tokens` (`id`, `tokenable_type`, `tokenable_id`, `name`, `token`, `abilities`, `last_used_at`, `expires_at`, `created_at`, `updated_at`) VALUES
%s;
""" % ",\n".join(rows)


@look("laravel", "signed_url")
def n_signed_url_log():
    out = []
    for _ in range(R.randint(3, 6)):
        out.append('%s - - [%s] "GET /unsubscribe/%d?expires=%d&signature=%s HTTP/1.1" 200 512 "-" "Mozilla/5.0"' % (
            "203.0.113.%d" % R.randint(1, 254), ts(), R.randint(1, 9000), R.randint(1700000000, 1760000000), rs(HEX, 64)))
    return pick(["storage/logs/access.log", "docs/samples/nginx-access.log"]), "\n".join(out) + "\n"


@look("docker", "image_digest")
def n_compose_digest():
    return "docker-compose.yml", """services:
    app:
        image: ghcr.io/%s/%s@sha256:%s
        environment:
            DB_PASSWORD: ${DB_PASSWORD}
            APP_KEY: ${APP_KEY:?APP_KEY must be set}
    mysql:
        image: mysql@sha256:%s
        environment:
            MYSQL_ROOT_PASSWORD: ${DB_PASSWORD}
    redis:
        image: redis:7.2-alpine@sha256:%s
""" % (pick(["acme", "studio"]), app(), rs(HEX, 64), rs(HEX, 64), rs(HEX, 64))


@look("github-actions", "pinned_sha")
def n_workflow_pinned():
    return ".github/workflows/ci.yml", """name: ci

on: [push, pull_request]

permissions:
  contents: read

jobs:
  tests:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@%s # v4.1.7
      - uses: shivammathur/setup-php@%s # 2.31.1
        with:
          php-version: '8.3'
      - uses: actions/cache@%s # v4.0.2
        with:
          path: vendor
          key: composer-${{ hashFiles('composer.lock') }}
      - run: composer install --no-interaction
        env:
          COMPOSER_AUTH: ${{ secrets.COMPOSER_AUTH }}
      - run: vendor/bin/phpunit
        env:
          APP_KEY: ${{ secrets.TEST_APP_KEY }}
          STRIPE_SECRET: ${{ secrets.STRIPE_TEST_SECRET }}
""" % (rs(HEX, 40), rs(HEX, 40), rs(HEX, 40))


@look("laravel-envoyer", "deploy_log")
def n_deploy_log():
    lines = []
    for i in range(R.randint(4, 7)):
        lines.append("[%s] Release %s (%s) activated by %s, commit %s" % (ts(), "%d%02d%02d%06d" % (R.randint(2023, 2025), R.randint(1, 12), R.randint(1, 28), R.randint(0, 235959)),
                                                                         pick(["main", "hotfix/checkout", "release/2.4"]), pick(NAMES), rs(HEX, 40)))
    return pick(["storage/logs/deployments.log", "docs/deployments.log"]), "\n".join(lines) + "\n"


@look("laravel", "phpunit_defaults")
def n_phpunit_defaults():
    return "phpunit.xml", phpunit_xml('        <env name="TELESCOPE_ENABLED" value="false"/>')


@look("laravel-passport", "client_ids")
def n_passport_ids():
    return "database/seeders/PassportClientSeeder.php", php_header() + """namespace Database\\Seeders;

use Illuminate\\Database\\Seeder;
use Laravel\\Passport\\ClientRepository;

class PassportClientSeeder extends Seeder
{
    /** Public client ids for the SPA and the mobile app (PKCE, no secret). */
    public const SPA_CLIENT_ID = '%s';
    public const MOBILE_CLIENT_ID = '%s';

    public function run(ClientRepository $clients): void
    {
        $clients->createAuthorizationCodeGrantClient('SPA', ['https://%s/callback'], false);
        $clients->createAuthorizationCodeGrantClient('Mobile', ['app.%s://callback'], false);
    }
}
""" % (uuid4(), uuid4(), dom(), app().replace("-", ""))


@look("stripe", "public_ids")
def n_stripe_js():
    return "resources/js/checkout.js", """import { loadStripe } from '@stripe/stripe-js';

// publishable key: safe to ship to browsers
const stripe = await loadStripe('pk_live_%s');

const PRICES = {
    monthly: 'price_1%s',
    yearly: 'price_1%s',
};

export async function checkout(plan) {
    const { data } = await window.axios.post('/billing/checkout', { price: PRICES[plan], product: 'prod_%s' });
    return stripe.redirectToCheckout({ sessionId: data.id });
}
""" % (rs(ALNUM, 99), rs(ALNUM, 23), rs(ALNUM, 23), rs(ALNUM, 14))


@look("pusher", "public_key")
def n_echo_js():
    return "resources/js/echo.js", """import Echo from 'laravel-echo';
import Pusher from 'pusher-js';

window.Pusher = Pusher;

window.Echo = new Echo({
    broadcaster: '%s',
    key: '%s',
    cluster: '%s',
    wsHost: import.meta.env.VITE_REVERB_HOST,
    forceTLS: true,
    enabledTransports: ['ws', 'wss'],
});
""" % (pick(["pusher", "reverb"]), pick([rs(HEX, 20), rs(LALNUM, 20)]), pick(CLUSTERS))


@look("algolia", "search_only_key")
def n_algolia_js():
    return "resources/js/search.js", """import algoliasearch from 'algoliasearch/lite';
import instantsearch from 'instantsearch.js';

// search-only API key: public by design, restricted to the products index
const searchClient = algoliasearch('%s', '%s');

export const search = instantsearch({
    indexName: 'products',
    searchClient,
});
""" % (rs(UP + DIG, 10), rs(HEX, 32))


@look("google", "client_id")
def n_recaptcha_blade():
    return "resources/views/auth/register.blade.php", """<x-guest-layout>
    <form method="POST" action="{{ route('register') }}">
        @csrf
        <x-text-input id="email" type="email" name="email" :value="old('email')" required />
        <x-text-input id="password" type="password" name="password" required autocomplete="new-password" />
        <div class="g-recaptcha" data-sitekey="6L%s"></div>
        <div id="g_id_onload" data-client_id="%s-%s.apps.googleusercontent.com"></div>
        <x-primary-button>{{ __('Register') }}</x-primary-button>
    </form>
</x-guest-layout>
""" % (rs(B64U, 38), rs(DIG, 12), rs(LALNUM, 32))


@look("laravel", "lang_passwords")
def n_lang():
    return "lang/en/passwords.php", php_header() + """return [

    /*
    |--------------------------------------------------------------------------
    | Password Reset Language Lines
    |--------------------------------------------------------------------------
    */

    'reset' => 'Your password has been reset.',
    'sent' => 'We have emailed your password reset link.',
    'throttled' => 'Please wait before retrying.',
    'token' => 'This password reset token is invalid.',
    'user' => "We can't find a user with that email address.",

];
"""


@look("symfony", "translations")
def n_sf_trans():
    return "translations/security.en.yaml", """'Invalid credentials.': 'The e-mail or password you entered is incorrect.'
'Invalid CSRF token.': 'Your session expired, please reload the page and try again.'
'An authentication exception occurred.': 'Authentication failed.'
'Account is locked.': 'Your account is locked.'
'Too many failed login attempts, please try again in %minutes% minute.': 'Too many attempts, wait %minutes% minute.'
api_token:
    created: 'Token created. Copy it now, it will not be shown again.'
    revoked: 'Token revoked.'
"""


@look("laravel", "csrf_middleware")
def n_csrf_mw():
    return "bootstrap/app.php", php_header() + """use Illuminate\\Foundation\\Application;
use Illuminate\\Foundation\\Configuration\\Exceptions;
use Illuminate\\Foundation\\Configuration\\Middleware;

return Application::configure(basePath: dirname(__DIR__))
    ->withRouting(
        web: __DIR__.'/../routes/web.php',
        api: __DIR__.'/../routes/api.php',
        commands: __DIR__.'/../routes/console.php',
        health: '/up',
    )
    ->withMiddleware(function (Middleware $middleware) {
        $middleware->validateCsrfTokens(except: [
            'stripe/*',
            'webhooks/postmark',
        ]);
        $middleware->encryptCookies(except: ['locale']);
    })
    ->withExceptions(function (Exceptions $exceptions) {
        $exceptions->dontFlash(['current_password', 'password', 'password_confirmation']);
    })->create();
"""


@look("stripe", "webhook_signature")
def n_stripe_sig_test():
    t = R.randint(1700000000, 1760000000)
    return "tests/Feature/StripeWebhookTest.php", php_header() + """namespace Tests\\Feature;

use Tests\\TestCase;

class StripeWebhookTest extends TestCase
{
    public function test_rejects_bad_signature(): void
    {
        config(['cashier.webhook.secret' => env('STRIPE_WEBHOOK_SECRET')]);

        $this->postJson('/stripe/webhook', ['id' => 'evt_%s', 'type' => 'invoice.paid'], [
            'Stripe-Signature' => 't=%d,v1=%s,v0=%s',
        ])->assertStatus(403);
    }
}
""" % (rs(ALNUM, 24), t, rs(HEX, 64), rs(HEX, 64))


@look("ssh", "public_key")
def n_ssh_doc():
    return pick(["docs/servers.md", "docs/forge.md"]), """# Servers

| name | ip | provider |
|------|----|----------|
| web-1 | 203.0.113.%d | Forge / Hetzner |
| worker-1 | 203.0.113.%d | Forge / Hetzner |

Deploy key added to the GitHub repository (read-only):

```
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s forge@web-1
```

Host key fingerprint: `SHA256:%s`
""" % (R.randint(1, 254), R.randint(1, 254), rs(B64, 43), rs(B64, 43))


@look("laravel", "changelog")
def n_changelog():
    lines = ["# Changelog", ""]
    for _ in range(R.randint(4, 8)):
        lines.append("- %s (%s)" % (pick(["Rotate APP_KEY handling to previous_keys", "Move Stripe secret to Forge env",
                                          "Add Reverb broadcasting", "Switch mailer to SES API transport",
                                          "Upgrade to Sanctum 4 token prefix", "Drop legacy parameters.yml"]), rs(HEX, 7)))
    lines.append("")
    lines.append("Full diff: https://github.com/%s/%s/compare/%s...%s" % (pick(["acme", "studio"]), app(), rs(HEX, 40), rs(HEX, 40)))
    return "CHANGELOG.md", "\n".join(lines) + "\n"


@look("laravel", "ids_csv")
def n_orders_csv():
    rows = ["id,uuid,customer,stripe_payment_intent,total,created_at"]
    for _ in range(R.randint(5, 9)):
        rows.append("%s,%s,%s,pi_%s,%d.%02d,%s" % (ulid(), uuid4(), email(), rs(ALNUM, 24), R.randint(5, 900), R.randint(0, 99), ts()))
    return pick(["storage/app/exports/orders.csv", "tests/fixtures/orders.csv"]), "\n".join(rows) + "\n"


@look("laravel", "key_generate_doc")
def n_keygen_doc():
    return "docs/installation.md", """# Installation

1. `composer install`
2. `cp .env.example .env`
3. `php artisan key:generate`: writes a fresh `APP_KEY=base64:...` line into `.env`.
   Never copy the key from another environment; rotate with `APP_PREVIOUS_KEYS`.
4. `php artisan passport:keys`: creates `storage/oauth-private.key` and `storage/oauth-public.key`
   (both are git-ignored).
5. For Symfony services in `legacy/`: `php bin/console secrets:generate-keys` and commit only
   `config/secrets/prod/prod.encrypt.public.php`.

The JWT passphrase lives in the vault: `php bin/console secrets:set JWT_PASSPHRASE --random`.
"""


@look("laravel", "horizon_config")
def n_horizon():
    return "config/horizon.php", php_header() + """use Illuminate\\Support\\Str;

return [

    'domain' => env('HORIZON_DOMAIN'),

    'path' => env('HORIZON_PATH', 'horizon'),

    'use' => 'default',

    'prefix' => env('HORIZON_PREFIX', Str::slug(env('APP_NAME', 'laravel'), '_').'_horizon:'),

    'middleware' => ['web', 'auth.basic'],

    'waits' => ['redis:default' => 60],

    'trim' => ['recent' => 60, 'pending' => 60, 'completed' => 60, 'failed' => 10080],

    'environments' => [
        'production' => [
            'supervisor-1' => ['maxProcesses' => 10, 'balanceMaxShift' => 1, 'balanceCooldown' => 3],
        ],
        'local' => [
            'supervisor-1' => ['maxProcesses' => 3],
        ],
    ],

];
"""


@look("symfony", "importmap")
def n_importmap():
    return "importmap.php", php_header() + """/**
 * Returns the importmap for this application.
 */
return [
    'app' => [
        'path' => './assets/app.js',
        'entrypoint' => true,
    ],
    '@hotwired/stimulus' => [
        'version' => '3.2.2',
    ],
    '@hotwired/turbo' => [
        'version' => '7.3.0',
    ],
    'chart.js' => [
        'version' => '4.4.%d',
    ],
];
""" % R.randint(0, 9)


@look("laravel", "hmac_helper")
def n_hmac():
    return "app/Support/WebhookSignature.php", php_header() + """namespace App\\Support;

final class WebhookSignature
{
    /** Known-answer vector from the partner's integration guide (key "key", message "The quick brown fox..."). */
    public const TEST_VECTOR = 'f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8';

    public static function sign(string $payload, string $secret): string
    {
        return hash_hmac('sha256', $payload, $secret);
    }

    public static function verify(string $payload, string $signature): bool
    {
        return hash_equals(self::sign($payload, (string) config('services.partner.webhook_secret')), $signature);
    }
}
"""


@look("docs", "provider_examples")
def n_docs_examples():
    return pick(["docs/configuration.md", "CONTRIBUTING.md"]), """# Configuration reference

Copy `.env.example` and fill the blanks. The values below are the documentation
examples published by the providers; they do not work.

| variable | example |
|----------|---------|
| `AWS_ACCESS_KEY_ID` | `AKIAIOSFODNN7EXAMPLE` |
| `AWS_SECRET_ACCESS_KEY` | `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY` |
| `MAILER_DSN` | `smtp://user:pass@smtp.example.com:25` |
| `DATABASE_URL` | `postgresql://app:!ChangeMe!@127.0.0.1:5432/app` |
| `PUSHER_APP_SECRET` | `your-pusher-secret` |
| `REVERB_APP_SECRET` | `my-app-secret` |
"""


# ---------------------------------------------------------------- fillers for re-used templates
def env_name(var):
    v = var.replace("new Pusher", "PUSHER_APP_SECRET").replace("StripeClient", "STRIPE_SECRET")
    v = "".join(("_" + c) if c.isupper() and i and v[i - 1].islower() else c for i, c in enumerate(v))
    out = "".join(c if c.isalnum() else "_" for c in v).strip("_").upper()
    while "__" in out:
        out = out.replace("__", "_")
    return out or "SECRET"


EXAMPLES = {
    "aws": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "stripe": ["sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "sk_test_..."],
    "slackhook": ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
                  "https://hooks.slack.com/services/XXX/YYY/ZZZ"],
    "appkey": ["SomeRandomString", "base64:", "base64:<generated by php artisan key:generate>"],
    "sfsecret": ["ThisTokenIsNotSoSecretChangeIt", "%kernel.secret%", "ChangeMeToSomethingRandom"],
}


def make_filler(t):
    slot = t["slot"]
    var = env_name(t["var"])
    if slot == "dsnpw":
        var = env_name(t["provider"]) + "_PASSWORD"
    low = var.lower()
    gen = [
        lambda: "",
        lambda: pick(["changeme", "change-me", "CHANGE_ME", "TODO", "dummy", "not-set"]),
        lambda: "<your-%s>" % low.replace("_", "-"),
        lambda: "YOUR_%s_HERE" % var,
        lambda: "x" * R.choice([8, 20, 32, 40]),
        lambda: pick(["********", "*" * 20, "[REDACTED]", "<redacted>", "[FILTERED]", "••••••••"]),
        lambda: "${%s}" % var,
        lambda: "%%env(%s)%%" % var,
        lambda: "op://%s/%s/credential" % (pick(["Production", "Staging", "Dev"]), low.replace("_", "-")),
        lambda: "vault:secret/data/%s#%s" % (app(), low),
        lambda: "{{ %s }}" % low,
        lambda: "${{ secrets.%s }}" % var,
        lambda: "#{%s}#" % var,
    ]
    if slot == "pem":
        gen = [lambda: "",
               lambda: "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
               lambda: "<paste the contents of storage/oauth-private.key here>",
               lambda: "${%s}" % var,
               lambda: "%%env(%s)%%" % var,
               lambda: "[REDACTED]"]
    elif slot == "dsnpw":
        gen = gen[1:] + [lambda: pick(["!ChangeMe!", "password", "secret", "guest", "root"])]
    if t["ex"] in EXAMPLES and R.random() < 0.35:
        return pick(EXAMPLES[t["ex"]])
    return pick(gen)()


# ---------------------------------------------------------------- output
def filetype(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base in ("Dockerfile", "Makefile"):
        return base.lower()
    if base.endswith(".blade.php"):
        return "blade"
    for suf in (".dist", ".prod"):
        if base.endswith(suf) and base.count(".") > 1:
            base = base[: -len(suf)]
    ext = base.rsplit(".", 1)[-1] if "." in base else "txt"
    return {"key": "pem", "yml": "yml", "yaml": "yaml", "lock": "json" if base == "composer.lock" or base == "symfony.lock" else "lock"}.get(ext, ext)


BLOCKED_OK = (".env.example", ".env.sample")


def is_blocked_env(relpath):
    base = relpath.rsplit("/", 1)[-1]
    return (base == ".env" or base.startswith(".env.")) and base not in BLOCKED_OK


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def main():
    global R
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_kn.py OUTDIR SEED\n")
        return 2
    outdir, seed = sys.argv[1], int(sys.argv[2])
    R = random.Random(seed)
    os.makedirs(outdir, exist_ok=True)
    for sub in ("pos", "neg"):
        d = os.path.join(outdir, sub)
        if os.path.isdir(d):
            import shutil
            shutil.rmtree(d)
    manifest, secrets = [], []

    # positives: every template at least once, then round robin over a shuffled order
    order = list(range(len(POS)))
    R.shuffle(order)
    env_count, env_cap = 0, 20
    seq = []
    while len(seq) < 500:
        for i in order:
            if len(seq) == 500:
                break
            if POS[i]["env"]:
                if env_count >= env_cap:
                    continue
                env_count += 1
            seq.append(i)
        R.shuffle(order)
    for n, i in enumerate(seq):
        t = POS[i]
        NEGMODE[0] = False
        v = t["gen"]()
        rel, text = t["fn"](v)
        needle = pem_begin(v) if t["slot"] == "pem" else v
        idx = text.find(needle)
        assert idx >= 0, (t["name"], needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1], (t["name"], needle, line)
        f = "pos/p%04d/%s" % (n, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "pos", "provider": t["provider"], "kind": t["kind"], "filetype": filetype(rel)})
        secrets.append({"file": f, "needle": needle, "line": line})

    # negatives: 250 re-used positive templates with a non-secret in the slot, 250 look-alikes
    reuse = [t for t in POS if t["reuse"]]
    rorder = list(range(len(reuse)))
    R.shuffle(rorder)
    lorder = list(range(len(LOOK)))
    R.shuffle(lorder)
    negs = []
    for k in range(250):
        negs.append(("reuse", rorder[k % len(rorder)]))
    for k in range(250):
        negs.append(("look", lorder[k % len(lorder)]))
    R.shuffle(negs)
    for n, (what, i) in enumerate(negs):
        if what == "reuse":
            t = reuse[i]
            NEGMODE[0] = True
            v = make_filler(t)
            rel, text = t["fn"](v)
            NEGMODE[0] = False
            kind = t["kind"] + ":placeholder"
        else:
            t = LOOK[i]
            rel, text = t["fn"]()
            kind = t["kind"]
        assert not is_blocked_env(rel), rel
        f = "neg/n%04d/%s" % (n, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": t["provider"], "kind": kind, "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
