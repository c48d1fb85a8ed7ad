#!/usr/bin/env python3
"""Blind evaluation-set generator: payment gateways of Latin America and Africa.

EMPHASIS
    Hard-coded credentials of regional payment gateways as they show up in real
    merchant projects: Mercado Pago (APP_USR- access tokens, client secrets,
    webhook secrets), PagSeguro/PagBank tokens, Conekta private keys (key_...),
    Openpay (sk_ private keys), Culqi (sk_live_/sk_test_), Wompi (prv_prod_,
    prod_events_, prod_integrity_), Kushki (Private-Merchant-Id), dLocal
    (X-Trans-Key, secret key), EBANX integration keys, Paystack (sk_live_),
    Flutterwave (FLWSECK-, encryption key), M-Pesa Daraja (consumer secret,
    passkey, Basic auth blob), Yoco (sk_live_, webhook whsec_), Ozow (private
    key, API key), PayFast (merchant key, passphrase), Peach Payments (access
    token, secret token), Paymob (egy_sk_, legacy API key, HMAC secret), Fawry
    (security key), plus a client TLS private key for a gateway's mTLS.
    Kinds: secret keys, access tokens, passkeys, passphrases, encryption keys,
    HMAC / webhook secrets, private key (PEM).
    File types: PHP (Laravel, WooCommerce plugins), Python (Django), Node/TS,
    Java/Spring (yml, properties), Kotlin/Android (kt, gradle.kts), C#
    (cs, appsettings.json, web.config), Go, Dart/Flutter, .env, YAML, JSON,
    TOML, INI, XML, Terraform, shell, Dockerfile, Markdown (pt/es/en), SQL,
    CSV, logs, Postman collections/environments, PEM, HTML.

USAGE
    python3 gen_gg.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500) and OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line
    per positive).  Deterministic per SEED (one random.Random(SEED)); standard
    library only.

NEEDLE CONVENTIONS
    * The needle is the credential value exactly as written, without quotes.
    * Headers ("Authorization: Bearer X", "Token X", "Private-Merchant-Id: X",
      "X-Trans-Key: X"): the needle is X only, not the scheme word.
    * HTTP Basic auth (Daraja "Authorization: Basic B64"): the needle is the
      base64 blob (it encodes consumer_key:consumer_secret).
    * URL/userinfo (curl -u "sk_...:" for Openpay, ?token=... for PagSeguro):
      the needle is the key alone.
    * Key pairs (public + secret in one file): the public half is innocent;
      the needle is the secret half only.  Every positive holds exactly one
      credential; other credentials of the same integration are env refs.
    * Multi-line PEM private key: the needle is the first base64 body line
      (the line right after -----BEGIN PRIVATE KEY-----); "line" is its line.
    * line = 1-based line of the needle's first occurrence (asserted).

NEGATIVES
    Half re-use the positive templates with the secret's slot holding a
    non-secret: placeholder (<your-secret-key>, YOUR_..._HERE, changeme,
    prefix+xxxx), empty, masked (****, [REDACTED]), environment reference in the
    file's own language (os.environ[...], process.env.X, env('X'),
    System.getenv, os.Getenv, ${VAR}), secret-manager reference (vault:, op://,
    AWS/GCP/Azure secret ids), template expression ({{ .Values.x }},
    ${{ secrets.X }}, jinja), or a provider's published documentation example
    (Wompi doc keys, Daraja sandbox passkey 174379/bfb279..., PayFast sandbox
    merchant 10000100/46f0cd694581a, Peach docs sandbox bearer, Mercado Pago
    doc tokens with X placeholders).  The other half are look-alikes: public
    keys (pk_live_, pub_prod_, FLWPUBK-, APP_USR-<uuid> public keys, Conekta
    public key_, Kushki public merchant id, egy_pk_), merchant ids, order ids,
    transaction references, webhook/callback signatures and HMACs in logs,
    hashes (sha256/sha512/md5), lockfile integrity hashes, go.sum, image
    digests, UUIDs, base64 receipts, public PEM keys/certificates, ssh public
    keys, git SHAs.  No negative lives in a .env / .env.<stage> file.

FORMATS CHECKED (search tool; docs/pages corpora)
    * Mercado Pago: access token "APP_USR-<client id>-<MMddHH>-<hash>-<user id>"
      (OAuth reference; TEST- prefix for sandbox); public key shown as
      APP_USR-<uuid-like>; Public Key vs Access Token vs Client ID/Secret.
    * Flutterwave: FLWPUBK_TEST-32193bba8dab84e3d9c4525c85ea7a12-X (docs),
      secret has FLWSECK- prefix; v2 docs: encryption key = first 12 chars of
      the secret without FLWSECK- + last 12 hex of md5(secret).
    * Paystack (pub.dev docs): sk_live_/sk_test_ and pk_live_/pk_test_.
    * Culqi docs: pk_(test|live)_XXXX public, sk_(test|live)_XXXX private.
    * Wompi docs: pub_/prv_ + test|prod, test_events_/prod_events_,
      test_integrity_/prod_integrity_, 32-char bodies; docs' example keys.
    * Daraja: sandbox shortcode 174379 and passkey bfb279f9...c919, password =
      base64(shortcode+passkey+timestamp); consumer key/secret to get token.
    * PayFast: sandbox merchant 10000100 / key 46f0cd694581a, passphrase up
      to 32 chars of letters, digits and .,-_/ ; MD5 signature.
    * dLocal: X-Login, X-Trans-Key, secret key; V2-HMAC-SHA256 signature.
    * EBANX: integration key vs public integration key (test vs live).
    * Paymob: secret key in "Authorization: Token ..."; egy_sk_test_/
      egy_pk_test_ prefixes (pypi paymobx); HMAC secret (SHA512 callbacks);
      legacy API key.
    * Yoco: "Authorization: Bearer sk_test_.../sk_live_...".
    * Kushki: public key, private key (Private-Merchant-Id), webhook signature.
    * Openpay: merchant id "mXXXXXXXXXXXXXXXXXXX", sk_ + 32, pk_ + 32.
    * PagSeguro v1: ?email=...&token=... ; PagBank: Authorization Bearer token.
    * Peach: entityId 32 hex; Bearer token is base64("<user id>|<password>")
      (docs sample OGE4Mjk0MTc0... decodes that way).
    * Ozow: SiteCode, PrivateKey, ApiKey, SHA512 HashCheck.
    * Fawry: merchantCode + securityKey, SHA-256 signature over fields.

DOUBTS
    * Lengths not confirmed by docs: Paystack body (40 hex assumed), Culqi body
      (16 alnum assumed), Conekta body (20-27 alnum), Openpay (32 hex), Mercado
      Pago hash part (32 hex) and client secret (32 alnum), MP webhook secret
      (64 hex), PagSeguro token (32 upper-hex, legacy format; newer PagBank
      tokens are longer and were not generated), EBANX (live_ik_ + 22 chars is
      a guess), dLocal secret (40 alnum) and trans key (10 alnum), Kushki
      (32 hex), Yoco body, Ozow keys (32 alnum), Fawry security key (hex32 or
      UUID), Paymob secret body (64 hex) and HMAC secret (32 upper-hex),
      Daraja consumer secret (64 or 16 alnum).
    * Mercado Pago TEST- access tokens are sandbox secrets; they are used
      neither as positives nor as negatives.  TEST-<uuid> public keys are
      negatives.
    * Conekta public and private keys share the key_ prefix: only the name
      tells them apart (public ones are negatives).
    * One search result was a secret scanner's detector page (GitGuardian,
      Paymob); it was not used.
"""
import base64
import hashlib
import json
import os
import random
import sys

HEX = '0123456789abcdef'
UHEX = '0123456789ABCDEF'
LOW = 'abcdefghijklmnopqrstuvwxyz'
UP = LOW.upper()
DIG = '0123456789'
ALNUM = LOW + UP + DIG
LOWNUM = LOW + DIG
B64U = ALNUM + '-_'


def rs(r, n, a=ALNUM):
    return ''.join(r.choice(a) for _ in range(n))


def hx(r, n):
    return rs(r, n, HEX)


def uid(r):
    h = hx(r, 32)
    h = h[:12] + '4' + h[13:16] + r.choice('89ab') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def T(text, **kw):
    """Replace «name» markers; strip the leading newline of triple-quoted text."""
    if text.startswith('\n'):
        text = text[1:]
    for k in sorted(kw):
        text = text.replace('\u00ab' + k + '\u00bb', str(kw[k]))
    assert '\u00ab' not in text, text[:200]
    return text


def pick(r, seq):
    return seq[r.randrange(len(seq))]


# --------------------------------------------------------------- realism bits
SHOPS = ['lojadamaria', 'tiendaverde', 'dukalangu', 'mercadito', 'bazarsol',
         'shopkaro', 'casamoda', 'kiosko', 'sokoni', 'farmaciaviva', 'libreriaandes',
         'cafeterrazul', 'nairobimart', 'lagosbooks', 'capeoutdoor', 'cairocrafts']
TLDS = ['com.br', 'com.mx', 'co', 'com.pe', 'co.ke', 'com.ng', 'co.za', 'com.eg',
        'com.ar', 'cl', 'com.gh']
FIRST = ['Ana', 'João', 'Lucía', 'Mateo', 'Wanjiru', 'Chinedu', 'Thabo', 'Aisha',
         'Camila', 'Diego', 'Kofi', 'Nomvula', 'Omar', 'Valentina', 'Baraka']
LAST = ['Silva', 'García', 'Otieno', 'Okafor', 'Nkosi', 'Hassan', 'Rodríguez',
        'Mensah', 'Souza', 'Mwangi', 'Fernández', 'Dlamini']
WORDS = ['jacaranda', 'baobab', 'condor', 'kilimanjaro', 'pampas', 'savanna',
         'mango', 'tortuga', 'zebra', 'llama', 'acacia', 'nilo', 'copper', 'harbor']


def shop(r):
    return pick(r, SHOPS)


def domain(r):
    return '%s.%s' % (shop(r), pick(r, TLDS))


def person(r):
    return '%s %s' % (pick(r, FIRST), pick(r, LAST))


def amount(r):
    return '%d.%02d' % (r.randint(5, 9000), r.randint(0, 99))


def phone_ke(r):
    return '2547' + rs(r, 8, DIG)


def date(r):
    return '2024-%02d-%02d' % (r.randint(1, 12), r.randint(1, 28))


def ts(r):
    return '%sT%02d:%02d:%02d.%03dZ' % (date(r), r.randint(0, 23), r.randint(0, 59),
                                       r.randint(0, 59), r.randint(0, 999))


def ref(r, p='ORD'):
    return '%s-%s' % (p, rs(r, 8, UP + DIG))


def b64(s):
    return base64.b64encode(s.encode()).decode()


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def sha256(r):
    return hashlib.sha256(rbytes(r, 32)).hexdigest()


def sha512(r):
    return hashlib.sha512(rbytes(r, 32)).hexdigest()


def md5(r):
    return hashlib.md5(rbytes(r, 16)).hexdigest()


# ------------------------------------------------------------ secret formats
def g_mp_access(r):
    return 'APP_USR-%d-%02d%02d%02d-%s-%d' % (
        r.randint(10 ** 15, 10 ** 16 - 1), r.randint(1, 12), r.randint(1, 28),
        r.randint(0, 23), hx(r, 32), r.randint(10 ** 8, 2 * 10 ** 9))


def g_mp_public(r, test=False):
    return ('TEST-' if test else 'APP_USR-') + uid(r)


def g_peach_token(r):
    user = pick(r, ['8ac7a4c', '8ac9a4c', '8a82941']) + hx(r, 25)
    pwd = rs(r, r.randint(10, 16), ALNUM + '#=?+@!%')
    return b64(user + '|' + pwd)


def g_paymob_api(r):
    head = b64url(b'{"alg":"HS512","typ":"JWT"}')
    body = b64url(json.dumps({'class': 'Merchant', 'profile_pk': r.randint(100000, 999999),
                              'name': pick(r, ['initial', str(r.randint(10 ** 9, 10 ** 10))])},
                             separators=(',', ':')).encode())
    jwt = head + '.' + body + '.' + b64url(rbytes(r, 64))
    return base64.b64encode(jwt.encode()).decode()


def g_daraja_basic(r):
    return b64(rs(r, 48) + ':' + rs(r, 64))


def g_payfast_pass(r):
    if r.random() < 0.5:
        return rs(r, r.randint(16, 32), ALNUM + '.-_/')
    w = [pick(r, WORDS).capitalize() for _ in range(r.randint(2, 3))]
    return pick(r, ['-', '_', '.', '/']).join(w) + str(r.randint(10, 9999))


def g_fawry(r):
    return uid(r) if r.random() < 0.5 else hx(r, 32)


def g_flw_enc(r):
    return ('FLWSECK_TEST' + hx(r, 12)) if r.random() < 0.2 else hx(r, 24)


def _lm(live, test, p=0.2):
    return lambda r: (test if r.random() < p else live)


def g_pem(r):
    der = bytes.fromhex('308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100') \
        + rbytes(r, 1193)
    body = base64.b64encode(der).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return '-----BEGIN PRIVATE KEY-----\n' + '\n'.join(lines) + '\n-----END PRIVATE KEY-----\n', lines[0]


class Gen(object):
    def __init__(self, name, provider, kind, fn, prefix, env, docs=()):
        self.name, self.provider, self.kind, self.fn = name, provider, kind, fn
        self.prefix, self.env, self.docs = prefix, env, list(docs)

    def make(self, r):
        v = self.fn(r)
        return v if isinstance(v, tuple) else (v, v)


GENS = {}


def gen(name, provider, kind, fn, prefix, env, docs=()):
    GENS[name] = Gen(name, provider, kind, fn, prefix, env, docs)


gen('mp_access', 'mercadopago', 'access_token', g_mp_access, 'APP_USR-', 'MERCADOPAGO_ACCESS_TOKEN',
    ['APP_USR-12345678-031820-X-12345678', 'APP_USR-1585551492-030918-25######3458-2880736',
     'APP_USR-4934588586838432-XXXXXXXX-241983636'])
gen('mp_client_secret', 'mercadopago', 'client_secret', lambda r: rs(r, 32), '', 'MP_CLIENT_SECRET')
gen('mp_webhook', 'mercadopago', 'webhook_secret', lambda r: hx(r, 64), '', 'MP_WEBHOOK_SECRET')
gen('pagseguro', 'pagseguro', 'access_token', lambda r: rs(r, 32, UHEX), '', 'PAGSEGURO_TOKEN')
gen('conekta', 'conekta', 'secret_key', lambda r: 'key_' + rs(r, pick(r, [20, 24, 27])), 'key_',
    'CONEKTA_PRIVATE_KEY', ['key_xxxxxxxx'])
gen('openpay', 'openpay', 'secret_key', lambda r: 'sk_' + hx(r, 32), 'sk_', 'OPENPAY_PRIVATE_KEY')
gen('culqi', 'culqi', 'secret_key', lambda r: _lm('sk_live_', 'sk_test_')(r) + rs(r, 16), 'sk_live_',
    'CULQI_SECRET_KEY', ['sk_test_xxxxxxxxx'])
gen('wompi_prv', 'wompi', 'secret_key', lambda r: _lm('prv_prod_', 'prv_test_')(r) + rs(r, 32), 'prv_prod_',
    'WOMPI_PRIVATE_KEY', ['prv_prod_434092Xa65F54dd6a181D1f87DFa03CzS'])
gen('wompi_events', 'wompi', 'webhook_secret', lambda r: _lm('prod_events_', 'test_events_')(r) + rs(r, 32),
    'prod_events_', 'WOMPI_EVENTS_SECRET', ['prod_events_Y49rL5FGw4vTeiUaZaJ957hlpezdPQ0r'])
gen('wompi_integrity', 'wompi', 'hmac_secret',
    lambda r: _lm('prod_integrity_', 'test_integrity_')(r) + rs(r, 32), 'prod_integrity_',
    'WOMPI_INTEGRITY_SECRET', ['prod_integrity_ep4b3kSYJg2bWHwL7ulhPCDvaiyGDW7V'])
gen('kushki', 'kushki', 'secret_key', lambda r: hx(r, 32), '', 'KUSHKI_PRIVATE_MERCHANT_ID')
gen('dlocal_secret', 'dlocal', 'secret_key', lambda r: rs(r, 40), '', 'DLOCAL_SECRET_KEY')
gen('dlocal_trans', 'dlocal', 'secret_key', lambda r: rs(r, 10), '', 'DLOCAL_X_TRANS_KEY')
gen('ebanx', 'ebanx', 'secret_key', lambda r: 'live_ik_' + rs(r, 22, B64U), 'live_ik_', 'EBANX_INTEGRATION_KEY')
gen('paystack', 'paystack', 'secret_key', lambda r: _lm('sk_live_', 'sk_test_')(r) + hx(r, 40), 'sk_live_',
    'PAYSTACK_SECRET_KEY')
gen('flw_secret', 'flutterwave', 'secret_key',
    lambda r: _lm('FLWSECK-', 'FLWSECK_TEST-')(r) + hx(r, 32) + '-X', 'FLWSECK-', 'FLW_SECRET_KEY')
gen('flw_enc', 'flutterwave', 'encryption_key', g_flw_enc, '', 'FLW_ENCRYPTION_KEY')
gen('daraja_secret', 'mpesa', 'client_secret', lambda r: rs(r, 64 if r.random() < 0.7 else 16), '',
    'MPESA_CONSUMER_SECRET')
gen('daraja_passkey', 'mpesa', 'passkey', lambda r: hx(r, 64), '', 'MPESA_PASSKEY',
    ['bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919'])
gen('daraja_basic', 'mpesa', 'basic_auth', g_daraja_basic, '', 'MPESA_BASIC_AUTH')
gen('yoco', 'yoco', 'secret_key', lambda r: _lm('sk_live_', 'sk_test_')(r) + hx(r, 8) + rs(r, 20), 'sk_live_',
    'YOCO_SECRET_KEY')
gen('yoco_whsec', 'yoco', 'webhook_secret', lambda r: 'whsec_' + base64.b64encode(rbytes(r, 24)).decode(),
    'whsec_', 'YOCO_WEBHOOK_SECRET')
gen('ozow_private', 'ozow', 'secret_key', lambda r: rs(r, 32), '', 'OZOW_PRIVATE_KEY')
gen('ozow_api', 'ozow', 'api_key', lambda r: rs(r, 32), '', 'OZOW_API_KEY')
gen('payfast_key', 'payfast', 'secret_key', lambda r: rs(r, 13, LOWNUM), '', 'PAYFAST_MERCHANT_KEY',
    ['46f0cd694581a'])
gen('payfast_pass', 'payfast', 'passphrase', g_payfast_pass, '', 'PAYFAST_PASSPHRASE')
gen('peach_token', 'peach', 'access_token', g_peach_token, '', 'PEACH_ACCESS_TOKEN',
    ['OGE4Mjk0MTc0ZTczNWQwYzAxNGU3OGNmMjY2YjE3OTR8SFV3I3JGQTQ9bWpxaWYrPz9OWVQ='])
gen('peach_secret', 'peach', 'hmac_secret', lambda r: hx(r, 32), '', 'PEACH_SECRET_TOKEN')
gen('paymob_sk', 'paymob', 'secret_key',
    lambda r: _lm('egy_sk_live_', 'egy_sk_test_')(r) + hx(r, 64), 'egy_sk_live_', 'PAYMOB_SECRET_KEY')
gen('paymob_api', 'paymob', 'api_key', g_paymob_api, '', 'PAYMOB_API_KEY')
gen('paymob_hmac', 'paymob', 'hmac_secret', lambda r: rs(r, 32, UHEX), '', 'PAYMOB_HMAC_SECRET')
gen('fawry', 'fawry', 'secret_key', g_fawry, '', 'FAWRY_SECURITY_KEY')
gen('pem', 'dlocal', 'private_key', g_pem, '', 'DLOCAL_CLIENT_KEY')


# ------------------------------------------------------------------ the slot
ENVX = {
    'py': lambda e: 'os.environ["%s"]' % e,
    'pyget': lambda e: 'os.getenv("%s")' % e,
    'js': lambda e: 'process.env.%s' % e,
    'php': lambda e: "env('%s')" % e,
    'phpget': lambda e: "getenv('%s')" % e,
    'java': lambda e: 'System.getenv("%s")' % e,
    'kt': lambda e: 'System.getenv("%s")' % e,
    'cs': lambda e: 'Environment.GetEnvironmentVariable("%s")' % e,
    'go': lambda e: 'os.Getenv("%s")' % e,
    'dart': lambda e: "const String.fromEnvironment('%s')" % e,
}

PLACEHOLDERS = ['<your-secret-key>', 'YOUR_SECRET_KEY_HERE', 'changeme', 'REPLACE_ME',
                'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'TU_LLAVE_PRIVADA', 'SUA_CHAVE_AQUI',
                '<insert key here>', 'your_key_here', 'TODO', 'dummy-value', '<SECRET>',
                'PONER_AQUI_TU_TOKEN', 'coloque-seu-token', 'placeholder', '...']
MASKS = ['********', '[REDACTED]', '****************', '<redacted>', 'REDACTED',
         '\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022', '[FILTERED]', '***hidden***']


def neg_value(r, g, mode):
    f = g.env.lower()
    prov = g.provider
    if mode == 'placeholder':
        if g.prefix and r.random() < 0.4:
            return g.prefix + pick(r, ['x' * 24, 'X' * 32, '<secret>', 'YOUR_KEY', '...'])
        return pick(r, PLACEHOLDERS)
    if mode == 'masked':
        if g.prefix and r.random() < 0.4:
            return g.prefix + '*' * r.randint(8, 24) + (hx(r, 4) if r.random() < 0.5 else '')
        return pick(r, MASKS)
    if mode == 'empty':
        return ''
    if mode == 'secret_manager':
        return pick(r, [
            'vault:secret/data/payments/%s#%s' % (prov, f),
            'op://Payments/%s/%s' % (prov.capitalize(), f),
            'arn:aws:secretsmanager:%s:%s:secret:prod/%s/%s-%s' % (
                pick(r, ['us-east-1', 'sa-east-1', 'af-south-1', 'eu-west-1']), rs(r, 12, DIG),
                prov, f.replace('_', '-'), rs(r, 6)),
            'projects/%s-prod/secrets/%s/versions/latest' % (shop(r), f.replace('_', '-')),
            '@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/%s/)' % (
                shop(r), f.replace('_', '-')),
            'sm://%s/%s' % (prov, f)])
    if mode == 'template':
        return pick(r, ['{{ .Values.%s.%s }}' % (prov, f), '${{ secrets.%s }}' % g.env,
                        '{{ %s }}' % f, '#{%s}#' % g.env, '<%%= ENV["%s"] %%>' % g.env,
                        '{{ vault "%s" }}' % f])
    if mode == 'doc_example':
        return pick(r, g.docs)
    raise ValueError(mode)


class Slot(object):
    def __init__(self, r, g, neg):
        self.g, self.neg, self.r = g, neg, r
        if not neg:
            self.mode = 'secret'
            self.value, self.needle = g.make(r)
        else:
            modes = ['placeholder', 'placeholder', 'env', 'env', 'env', 'masked', 'empty',
                     'secret_manager', 'template']
            if g.docs:
                modes += ['doc_example', 'doc_example']
            self.mode = pick(r, modes)
            self.value = '' if self.mode == 'env' else neg_value(r, g, self.mode)
            self.needle = None

    def v(self, env=None):
        """Raw value (configs, headers inside a string)."""
        if self.mode == 'env':
            return '${%s}' % (env or self.g.env)
        return self.value

    def q(self, lang, env=None, qc='"'):
        """A quoted literal in language lang, or that language's env lookup."""
        if self.mode == 'env':
            return ENVX[lang](env or self.g.env)
        return qc + self.value + qc

    def envfile(self, stage=None):
        if self.neg:
            return pick(self.r, ['.env.example', '.env.sample', 'env.template'])
        return stage or pick(self.r, ['.env', '.env.production', '.env.local'])

    @property
    def kind(self):
        return self.g.kind if not self.neg else self.mode


# ========================================================= positive templates
# A template is fn(r, S) -> (relpath, text); S is the Slot (secret or filler).
POS = []


def P(genname, conv):
    def deco(fn):
        POS.append((fn.__name__, genname, conv, fn))
        return fn
    return deco


# ---------------------------------------------------------------- PHP
@P('paystack', True)
def php_laravel_services(r, S):
    return 'config/services.php', T('''
<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Third Party Services
    |--------------------------------------------------------------------------
    */

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
    ],

    'paystack' => [
        'public_key' => env('PAYSTACK_PUBLIC_KEY'),
        'secret_key' => env('PAYSTACK_SECRET_KEY', '«V»'),
        'payment_url' => env('PAYSTACK_PAYMENT_URL', 'https://api.paystack.co'),
        'merchant_email' => env('MERCHANT_EMAIL', 'pagamentos@«D»'),
    ],

];
''', V=S.v('PAYSTACK_SECRET_KEY_FALLBACK') if S.mode == 'env' else S.value, D=domain(r))


@P('wompi_prv', False)
def php_woo_wompi(r, S):
    return 'wp-content/plugins/wompi-gateway/includes/class-wc-gateway-wompi.php', T('''
<?php
/**
 * Wompi Payment Gateway for WooCommerce.
 *
 * @package Wompi_Gateway
 */

defined( 'ABSPATH' ) || exit;

class WC_Gateway_Wompi extends WC_Payment_Gateway {

	const SANDBOX_URL    = 'https://sandbox.wompi.co/v1';
	const PRODUCTION_URL = 'https://production.wompi.co/v1';

	public function __construct() {
		$this->id                 = 'wompi';
		$this->method_title       = __( 'Wompi', 'wompi-gateway' );
		$this->method_description = __( 'Paga con tarjeta, PSE o Nequi.', 'wompi-gateway' );
		$this->has_fields         = false;

		$this->init_form_fields();
		$this->init_settings();

		$this->public_key  = $this->get_option( 'public_key' );
		// TODO: mover a los ajustes antes del release «VER»
		$this->private_key = «Q»;
		$this->testmode    = 'yes' === $this->get_option( 'testmode' );

		add_action( 'woocommerce_update_options_payment_gateways_' . $this->id, array( $this, 'process_admin_options' ) );
	}

	private function api_url() {
		return $this->testmode ? self::SANDBOX_URL : self::PRODUCTION_URL;
	}
}
''', Q=S.q('phpget', qc="'"), VER='%d.%d.%d' % (r.randint(1, 3), r.randint(0, 9), r.randint(0, 20)))


@P('paystack', False)
def php_guzzle_paystack(r, S):
    return 'app/Services/PaystackClient.php', T('''
<?php

namespace App\\Services;

use GuzzleHttp\\Client;
use Illuminate\\Support\\Facades\\Log;

class PaystackClient
{
    private Client $http;

    public function __construct()
    {
        $this->http = new Client([
            'base_uri' => 'https://api.paystack.co/',
            'timeout'  => «TO»,
            'headers'  => [
                'Authorization' => 'Bearer «V»',
                'Content-Type'  => 'application/json',
                'Cache-Control' => 'no-cache',
            ],
        ]);
    }

    public function verify(string $reference): array
    {
        $res = $this->http->get('transaction/verify/' . rawurlencode($reference));
        Log::info('paystack verify', ['reference' => $reference, 'status' => $res->getStatusCode()]);
        return json_decode((string) $res->getBody(), true);
    }
}
''', V=S.v(), TO=r.choice([10, 15, 30]))


@P('payfast_pass', False)
def php_woo_payfast(r, S):
    mid = str(r.randint(10000000, 19999999))
    return 'wp-content/themes/%s/inc/payfast-settings.php' % shop(r), T('''
<?php
// PayFast settings used by the custom checkout page.
$payfast_settings = array(
	'merchant_id'  => '«MID»',
	'merchant_key' => get_option( 'payfast_merchant_key' ),
	'passphrase'   => «Q»,
	'return_url'   => home_url( '/checkout/thank-you/' ),
	'cancel_url'   => home_url( '/checkout/cancelled/' ),
	'notify_url'   => home_url( '/wp-json/payfast/v1/itn' ),
	'sandbox'      => false,
);

function shop_payfast_signature( array $data, $passphrase ) {
	$out = '';
	foreach ( $data as $key => $val ) {
		if ( '' !== $val ) {
			$out .= $key . '=' . urlencode( trim( $val ) ) . '&';
		}
	}
	$out = substr( $out, 0, -1 ) . '&passphrase=' . urlencode( trim( $passphrase ) );
	return md5( $out );
}
''', MID=mid, Q=S.q('phpget', qc="'"))


@P('conekta', False)
def php_conekta_setkey(r, S):
    return 'src/Payments/ConektaGateway.php', T('''
<?php

declare(strict_types=1);

namespace Shop\\Payments;

use Conekta\\Conekta;
use Conekta\\Order;

final class ConektaGateway implements GatewayInterface
{
    public function __construct(private string $locale = 'es')
    {
        Conekta::setApiKey(«Q»);
        Conekta::setApiVersion('2.0.0');
        Conekta::setLocale($this->locale);
    }

    public function charge(Cart $cart, Customer $customer): Order
    {
        return Order::create([
            'currency' => 'MXN',
            'customer_info' => ['name' => $customer->name, 'email' => $customer->email],
            'line_items' => $cart->toConektaItems(),
            'charges' => [['payment_method' => ['type' => 'oxxo_cash']]],
        ]);
    }
}
''', Q=S.q('phpget'))


@P('openpay', False)
def php_openpay_instance(r, S):
    mid = 'm' + rs(r, 19, LOWNUM)
    return 'app/Http/Controllers/OpenpayController.php', T('''
<?php

namespace App\\Http\\Controllers;

use Illuminate\\Http\\Request;
use Openpay\\Data\\Openpay;

class OpenpayController extends Controller
{
    public function charge(Request $request)
    {
        Openpay::setProductionMode(true);
        $openpay = Openpay::getInstance('«MID»', «Q», 'MX', $request->ip());

        $charge = $openpay->charges->create([
            'method' => 'card',
            'source_id' => $request->input('token_id'),
            'amount' => (float) $request->input('amount'),
            'currency' => 'MXN',
            'description' => 'Pedido ' . $request->input('order_id'),
            'device_session_id' => $request->input('device_session_id'),
        ]);

        return response()->json(['id' => $charge->id, 'status' => $charge->status]);
    }
}
''', MID=mid, Q=S.q('php', qc="'"))


@P('daraja_passkey', True)
def php_define_passkey(r, S):
    sc = str(r.randint(100000, 999999))
    return 'includes/mpesa-config.php', T('''
<?php
/* M-Pesa Express (STK push) configuration */
define('MPESA_ENV', 'production');
define('MPESA_SHORTCODE', '«SC»');
define('MPESA_PASSKEY', «Q»);
define('MPESA_CALLBACK_URL', 'https://«D»/api/mpesa/callback');
define('MPESA_CONSUMER_KEY', getenv('MPESA_CONSUMER_KEY'));
define('MPESA_CONSUMER_SECRET', getenv('MPESA_CONSUMER_SECRET'));

function mpesa_password($timestamp) {
    return base64_encode(MPESA_SHORTCODE . MPESA_PASSKEY . $timestamp);
}
''', SC=sc, Q=S.q('phpget', qc="'"), D=domain(r))


@P('peach_secret', False)
def php_peach_checkout(r, S):
    ent = '8ac' + hx(r, 29)
    return 'config/peach.php', T('''
<?php

return [
    'entity_id' => '«E»',
    'secret_token' => «Q»,
    'checkout_endpoint' => 'https://secure.peachpayments.com/checkout',
    'currency' => 'ZAR',
    'webhook_path' => '/webhooks/peach',
];
''', E=ent, Q=S.q('php', qc="'"))


# ---------------------------------------------------------------- Python
@P('paystack', True)
def py_django_paystack(r, S):
    return '%s/settings/production.py' % shop(r), T('''
from .base import *  # noqa: F401,F403
import os

DEBUG = False
ALLOWED_HOSTS = ["«D»", "www.«D»"]

DATABASES["default"]["CONN_MAX_AGE"] = 60

# Payments
PAYSTACK_PUBLIC_KEY = os.environ.get("PAYSTACK_PUBLIC_KEY", "")
PAYSTACK_SECRET_KEY = «Q»
PAYSTACK_CALLBACK_URL = "https://«D»/checkout/paystack/callback/"
DEFAULT_CURRENCY = "NGN"

SECURE_HSTS_SECONDS = 31536000
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
''', D=domain(r), Q=S.q('py'))


@P('mp_access', True)
def py_django_mp(r, S):
    return 'config/settings.py', T('''
"""Django settings for «N» project."""
from pathlib import Path
import os

BASE_DIR = Path(__file__).resolve().parent.parent

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "orders",
    "payments",
]

LANGUAGE_CODE = "es-ar"
TIME_ZONE = "America/Argentina/Buenos_Aires"

MERCADOPAGO_PUBLIC_KEY = os.getenv("MERCADOPAGO_PUBLIC_KEY")
MERCADOPAGO_ACCESS_TOKEN = «Q»
MERCADOPAGO_NOTIFICATION_URL = "https://«D»/payments/mp/webhook/"
''', N=shop(r), Q=S.q('pyget'), D=domain(r))


@P('mp_access', False)
def py_mp_sdk(r, S):
    return 'payments/mercadopago_client.py', T('''
import logging

import mercadopago

log = logging.getLogger(__name__)

sdk = mercadopago.SDK(«Q»)


def create_preference(order):
    data = {
        "items": [
            {"title": item.name, "quantity": item.qty, "unit_price": float(item.price)}
            for item in order.items.all()
        ],
        "external_reference": str(order.pk),
        "back_urls": {"success": "https://«D»/ok", "failure": "https://«D»/fail"},
        "auto_return": "approved",
    }
    resp = sdk.preference().create(data)
    log.info("preference %s status=%s", resp["response"].get("id"), resp["status"])
    return resp["response"]
''', Q=S.q('py'), D=domain(r))


@P('flw_secret', False)
def py_requests_flw(r, S):
    return 'services/flutterwave.py', T('''
import requests

BASE_URL = "https://api.flutterwave.com/v3"
HEADERS = {
    "Authorization": "Bearer «V»",
    "Content-Type": "application/json",
}


def verify_transaction(transaction_id: int) -> dict:
    url = f"{BASE_URL}/transactions/{transaction_id}/verify"
    resp = requests.get(url, headers=HEADERS, timeout=20)
    resp.raise_for_status()
    return resp.json()["data"]


def initiate_transfer(account_bank: str, account_number: str, amount: float, ref: str) -> dict:
    payload = {"account_bank": account_bank, "account_number": account_number,
               "amount": amount, "currency": "NGN", "reference": ref}
    return requests.post(f"{BASE_URL}/transfers", json=payload, headers=HEADERS, timeout=20).json()
''', V=S.v())


@P('daraja_secret', False)
def py_daraja_token(r, S):
    return 'mpesa/auth.py', T('''
import os
from functools import lru_cache

import requests
from requests.auth import HTTPBasicAuth

OAUTH_URL = "https://api.safaricom.co.ke/oauth/v1/generate?grant_type=client_credentials"


@lru_cache(maxsize=1)
def access_token() -> str:
    r = requests.get(
        OAUTH_URL,
        auth=HTTPBasicAuth(os.environ["MPESA_CONSUMER_KEY"], «Q»),
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["access_token"]
''', Q=S.q('py'))


@P('culqi', False)
def py_culqi_client(r, S):
    return 'pagos/culqi_service.py', T('''
import os

from culqi2.client import Culqi
from culqi2.resources import Charge

culqi = Culqi(
    public_key=os.environ.get("CULQI_PUBLIC_KEY"),
    private_key=«Q»,
)
charge = Charge(client=culqi)


def cobrar(token_id: str, monto_centimos: int, email: str) -> dict:
    body = {
        "amount": monto_centimos,
        "currency_code": "PEN",
        "email": email,
        "source_id": token_id,
    }
    return charge.create(data=body)["data"]
''', Q=S.q('py'))


@P('wompi_events', False)
def py_django_dict_wompi(r, S):
    return 'core/settings/payments.py', T('''
PAYMENT_GATEWAYS = {
    "wompi": {
        "api_url": "https://production.wompi.co/v1",
        "public_key": "pub_prod_«PUB»",
        "events_secret": «Q»,
        "redirect_url": "https://«D»/pago/resultado",
    },
    "pse": {"enabled": True, "min_amount": 150000},
}

PAYMENT_DEFAULT = "wompi"
''', PUB=rs(r, 32), Q=S.q('py'), D=domain(r))


@P('daraja_passkey', True)
def py_stk_push(r, S):
    return 'mpesa/stk.py', T('''
import base64
import os
from datetime import datetime

import requests

from .auth import access_token

MPESA_SHORTCODE = "«SC»"
MPESA_PASSKEY = «Q»
STK_URL = "https://api.safaricom.co.ke/mpesa/stkpush/v1/processrequest"


def stk_push(phone: str, amount: int, account_ref: str) -> dict:
    ts = datetime.now().strftime("%Y%m%d%H%M%S")
    password = base64.b64encode(f"{MPESA_SHORTCODE}{MPESA_PASSKEY}{ts}".encode()).decode()
    payload = {
        "BusinessShortCode": MPESA_SHORTCODE,
        "Password": password,
        "Timestamp": ts,
        "TransactionType": "CustomerPayBillOnline",
        "Amount": amount,
        "PartyA": phone,
        "PartyB": MPESA_SHORTCODE,
        "PhoneNumber": phone,
        "CallBackURL": os.environ.get("MPESA_CALLBACK_URL"),
        "AccountReference": account_ref,
        "TransactionDesc": "Payment",
    }
    headers = {"Authorization": f"Bearer {access_token()}"}
    return requests.post(STK_URL, json=payload, headers=headers, timeout=30).json()
''', SC=str(r.randint(100000, 999999)), Q=S.q('py'))


@P('ozow_private', True)
def py_ozow_hash(r, S):
    return 'checkout/ozow.py', T('''
import hashlib
import os

OZOW_SITE_CODE = "«SC»"
OZOW_PRIVATE_KEY = «Q»
OZOW_API_KEY = os.environ.get("OZOW_API_KEY", "")

FIELDS = ("SiteCode", "CountryCode", "CurrencyCode", "Amount", "TransactionReference",
          "BankReference", "CancelUrl", "ErrorUrl", "SuccessUrl", "NotifyUrl", "IsTest")


def hash_check(post: dict) -> str:
    raw = "".join(str(post.get(f, "")) for f in FIELDS) + OZOW_PRIVATE_KEY
    return hashlib.sha512(raw.lower().encode()).hexdigest()
''', SC='%s-%s-%03d' % (rs(r, 3, UP), rs(r, 3, UP), r.randint(1, 99)), Q=S.q('pyget'))


# ---------------------------------------------------------------- Node / TS
@P('paystack', True)
def ts_config_paystack(r, S):
    return 'src/config/payments.ts', T('''
export const PAYSTACK_BASE_URL = 'https://api.paystack.co';
export const PAYSTACK_SECRET_KEY = «Q»;
export const PAYSTACK_CURRENCY = 'GHS';

export const paymentChannels = ['card', 'mobile_money', 'bank'] as const;

export function toPesewas(amount: number): number {
  return Math.round(amount * 100);
}
''', Q=S.q('js', qc="'"))


@P('mp_access', False)
def ts_axios_mp(r, S):
    return 'src/lib/mercadopago.ts', T('''
import axios from 'axios';

export const mp = axios.create({
  baseURL: 'https://api.mercadopago.com',
  timeout: 10000,
  headers: {
    Authorization: 'Bearer «V»',
    'Content-Type': 'application/json',
  },
});

export async function getPayment(id: string) {
  const { data } = await mp.get(`/v1/payments/${id}`);
  return data;
}
''', V=S.v())


@P('flw_secret', False)
def js_flw_ctor(r, S):
    return 'server/flutterwave.js', T('''
const Flutterwave = require('flutterwave-node-v3');

// public key is safe to ship, the second argument is not
const flw = new Flutterwave('FLWPUBK-«PUB»-X', «Q»);

async function verify(txId) {
  const response = await flw.Transaction.verify({ id: String(txId) });
  return response.data;
}

module.exports = { flw, verify };
''', PUB=hx(r, 32), Q=S.q('js', qc="'"))


@P('mp_access', False)
def ts_mp_config(r, S):
    return 'src/payments/mp.service.ts', T('''
import { MercadoPagoConfig, Preference } from 'mercadopago';
import { Injectable } from '@nestjs/common';

const client = new MercadoPagoConfig({
  accessToken: «Q»,
  options: { timeout: 5000, idempotencyKey: 'checkout' },
});

@Injectable()
export class MpService {
  private readonly preference = new Preference(client);

  async create(items: { title: string; quantity: number; unit_price: number }[]) {
    return this.preference.create({ body: { items, auto_return: 'approved' } });
  }
}
''', Q=S.q('js', qc="'"))


@P('wompi_events', True)
def ts_wompi_webhook(r, S):
    return 'api/webhooks/wompi.ts', T('''
import crypto from 'node:crypto';
import type { Request, Response } from 'express';

const WOMPI_EVENTS_SECRET = «Q»;

export function wompiWebhook(req: Request, res: Response) {
  const { signature, timestamp, data } = req.body;
  const concat = signature.properties
    .map((p: string) => p.split('.').reduce((o: any, k: string) => o[k], data))
    .join('');
  const checksum = crypto
    .createHash('sha256')
    .update(`${concat}${timestamp}${WOMPI_EVENTS_SECRET}`)
    .digest('hex');
  if (checksum !== signature.checksum) return res.status(401).end();
  return res.sendStatus(200);
}
''', Q=S.q('js', qc="'"))


@P('paystack', False)
def js_paystack_hmac(r, S):
    return 'routes/webhooks.js', T('''
const crypto = require('crypto');
const express = require('express');
const router = express.Router();

router.post('/paystack', express.json(), (req, res) => {
  const hash = crypto
    .createHmac('sha512', «Q»)
    .update(JSON.stringify(req.body))
    .digest('hex');
  if (hash !== req.headers['x-paystack-signature']) {
    return res.sendStatus(401);
  }
  // TODO: enqueue req.body.event
  res.sendStatus(200);
});

module.exports = router;
''', Q=S.q('js', qc="'"))


@P('yoco', False)
def ts_yoco_fetch(r, S):
    return 'app/api/checkout/route.ts', T('''
import { NextResponse } from 'next/server';

export async function POST(req: Request) {
  const { amountInCents } = await req.json();
  const res = await fetch('https://payments.yoco.com/api/checkouts', {
    method: 'POST',
    headers: {
      Authorization: `Bearer «V»`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ amount: amountInCents, currency: 'ZAR' }),
  });
  const checkout = await res.json();
  return NextResponse.json({ redirectUrl: checkout.redirectUrl });
}
''', V=S.v())


@P('paymob_sk', False)
def ts_paymob_intention(r, S):
    return 'src/paymob/intention.ts', T('''
const PAYMOB_URL = 'https://accept.paymob.com/v1/intention/';

export async function createIntention(amountCents: number, integrationId: number) {
  const res = await fetch(PAYMOB_URL, {
    method: 'POST',
    headers: {
      Authorization: 'Token «V»',
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({
      amount: amountCents,
      currency: 'EGP',
      payment_methods: [integrationId],
      items: [],
      billing_data: { first_name: '«FN»', last_name: '«LN»', phone_number: '+20100«PH»' },
    }),
  });
  return res.json();
}
''', V=S.v(), FN=pick(r, FIRST), LN=pick(r, LAST), PH=rs(r, 7, DIG))


@P('dlocal_secret', False)
def ts_nest_dlocal(r, S):
    return 'src/config/configuration.ts', T('''
export default () => ({
  port: parseInt(process.env.PORT ?? '3000', 10),
  database: { url: process.env.DATABASE_URL },
  dlocal: {
    baseUrl: 'https://api.dlocal.com',
    xLogin: process.env.DLOCAL_X_LOGIN,
    xTransKey: process.env.DLOCAL_X_TRANS_KEY,
    secretKey: «Q»,
    version: '2.1',
  },
});
''', Q=S.q('js', qc="'"))


@P('flw_enc', False)
def js_flw_encrypt(r, S):
    return 'lib/flw-encrypt.js', T('''
const forge = require('node-forge');

const encryptionKey = «Q»;

function encrypt(payload) {
  const cipher = forge.cipher.createCipher('3DES-ECB', forge.util.createBuffer(encryptionKey));
  cipher.start({ iv: '' });
  cipher.update(forge.util.createBuffer(JSON.stringify(payload), 'utf-8'));
  cipher.finish();
  return forge.util.encode64(cipher.output.getBytes());
}

module.exports = { encrypt };
''', Q=S.q('js', qc="'"))


# ---------------------------------------------------------------- Java / Spring
@P('mp_access', True)
def yml_spring_mp(r, S):
    return 'src/main/resources/application-prod.yml', T('''
server:
  port: 8080
spring:
  datasource:
    url: jdbc:postgresql://db:5432/«N»
    username: «N»_app
    password: ${DB_PASSWORD}
  jpa:
    open-in-view: false

mercadopago:
  access-token: «V»
  public-key: ${MP_PUBLIC_KEY}
  notification-url: https://«D»/api/webhooks/mercadopago

logging:
  level:
    com.mercadopago: INFO
''', N=shop(r), V=S.v(), D=domain(r))


@P('kushki', True)
def props_kushki(r, S):
    return 'src/main/resources/application.properties', T('''
spring.application.name=checkout-service
server.servlet.context-path=/api
kushki.base-url=https://api.kushkipagos.com
kushki.public-merchant-id=«PUB»
kushki.private-merchant-id=«V»
kushki.currency=USD
management.endpoints.web.exposure.include=health,info
''', PUB=hx(r, 32), V=S.v())


@P('mp_access', False)
def java_mp_config(r, S):
    return 'src/main/java/com/%s/payments/MercadoPagoSetup.java' % shop(r), T('''
package com.«N».payments;

import com.mercadopago.MercadoPagoConfig;
import jakarta.annotation.PostConstruct;
import org.springframework.context.annotation.Configuration;

@Configuration
public class MercadoPagoSetup {

    @PostConstruct
    public void init() {
        MercadoPagoConfig.setAccessToken(«Q»);
        MercadoPagoConfig.setConnectionTimeout(5000);
        MercadoPagoConfig.setMaxConnections(20);
    }
}
''', N=shop(r), Q=S.q('java'))


@P('kushki', False)
def java_kushki_header(r, S):
    return 'src/main/java/com/%s/kushki/KushkiClient.java' % shop(r), T('''
package com.«N».kushki;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

public class KushkiClient {

    private final WebClient client = WebClient.builder()
            .baseUrl("https://api.kushkipagos.com")
            .defaultHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
            .defaultHeader("Private-Merchant-Id", «Q»)
            .build();

    public ChargeResponse charge(String token, long amount) {
        var body = new ChargeRequest(token, new Amount(amount, 0, 0, 0, "USD"));
        return client.post().uri("/card/v1/charges").bodyValue(body)
                .retrieve().bodyToMono(ChargeResponse.class).block();
    }
}
''', N=shop(r), Q=S.q('java'))


@P('dlocal_trans', False)
def java_dlocal_trans(r, S):
    return 'src/main/java/com/%s/dlocal/DLocalSigner.java' % shop(r), T('''
package com.«N».dlocal;

import java.net.http.HttpRequest;
import java.time.Instant;

final class DLocalSigner {
    private static final String X_LOGIN = System.getenv("DLOCAL_X_LOGIN");

    static HttpRequest.Builder sign(HttpRequest.Builder b, String body, String signature) {
        return b.header("X-Date", Instant.now().toString())
                .header("X-Login", X_LOGIN)
                .header("X-Trans-Key", «Q»)
                .header("X-Version", "2.1")
                .header("Authorization", "V2-HMAC-SHA256, Signature: " + signature);
    }
}
''', N=shop(r), Q=S.q('java'))


@P('ebanx', True)
def props_ebanx(r, S):
    return 'config/ebanx.properties', T('''
# EBANX Direct API
ebanx.api.url=https://api.ebanx.com/ws/
ebanx.integration-key=«V»
ebanx.public-integration-key=${EBANX_PUBLIC_KEY}
ebanx.country=br
ebanx.notification.url=https://«D»/ebanx/notify
''', V=S.v(), D=domain(r))


@P('pagseguro', True)
def props_pagseguro(r, S):
    return 'src/main/resources/pagseguro.properties', T('''
pagseguro.environment=production
pagseguro.email=financeiro@«D»
pagseguro.token=«V»
pagseguro.charset=UTF-8
pagseguro.notification.url=https://«D»/notificacoes/pagseguro
''', V=S.v(), D=domain(r))


@P('mp_webhook', True)
def props_mp_webhook(r, S):
    return 'src/main/resources/application-prod.properties', T('''
mercadopago.public-key=APP_USR-«PUB»
mercadopago.webhook.secret=«V»
mercadopago.webhook.path=/webhooks/mp
spring.jackson.property-naming-strategy=SNAKE_CASE
''', PUB=uid(r), V=S.v())


# ---------------------------------------------------------------- Kotlin / Android
@P('paystack', True)
def kts_buildconfig(r, S):
    return 'app/build.gradle.kts', T('''
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "com.«N».app"
    compileSdk = 34

    defaultConfig {
        applicationId = "com.«N».app"
        minSdk = 24
        targetSdk = 34
        versionCode = «VC»
        versionName = "1.«VC».0"
        buildConfigField("String", "PAYSTACK_PUBLIC_KEY", "\\"pk_live_«PK»\\"")
        buildConfigField("String", "PAYSTACK_SECRET_KEY", "\\"«V»\\"")
    }
    buildFeatures { buildConfig = true }
}

dependencies {
    implementation("co.paystack.android:paystack:3.1.3")
    implementation("androidx.appcompat:appcompat:1.6.1")
}
''', N=shop(r), VC=r.randint(2, 90), PK=hx(r, 40), V=S.v())


@P('flw_secret', True)
def kt_object(r, S):
    return 'app/src/main/java/com/%s/pay/PaymentConfig.kt' % shop(r), T('''
package com.«N».pay

object PaymentConfig {
    const val FLW_PUBLIC_KEY = "FLWPUBK-«PUB»-X"
    const val FLW_SECRET_KEY = «Q»
    const val CURRENCY = "KES"
    const val REDIRECT_URL = "https://«D»/pay/done"
}
''', N=shop(r), PUB=hx(r, 32), Q=S.q('kt'), D=domain(r))


@P('yoco', False)
def kt_interceptor(r, S):
    return 'app/src/main/java/com/%s/net/AuthInterceptor.kt' % shop(r), T('''
package com.«N».net

import okhttp3.Interceptor
import okhttp3.Response

class AuthInterceptor : Interceptor {
    override fun intercept(chain: Interceptor.Chain): Response {
        val request = chain.request().newBuilder()
            .addHeader("Authorization", "Bearer «V»")
            .addHeader("Accept", "application/json")
            .build()
        return chain.proceed(request)
    }
}
''', N=shop(r), V=S.v())


@P('paymob_api', True)
def gradle_props_paymob(r, S):
    return 'gradle.properties', T('''
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
android.nonTransitiveRClass=true
PAYMOB_API_KEY=«V»
PAYMOB_INTEGRATION_ID=«IID»
''', V=S.v(), IID=r.randint(100000, 4999999))


# ---------------------------------------------------------------- C#
@P('paystack', True)
def cs_appsettings(r, S):
    return 'src/%s.Api/appsettings.Production.json' % shop(r).capitalize(), T('''
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "AllowedHosts": "*",
  "Paystack": {
    "BaseUrl": "https://api.paystack.co",
    "SecretKey": "«V»",
    "CallbackUrl": "https://«D»/payments/callback"
  }
}
''', V=S.v(), D=domain(r))


@P('flw_secret', False)
def cs_auth_header(r, S):
    return 'Services/FlutterwaveService.cs', T('''
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace «N».Services
{
    public class FlutterwaveService
    {
        private readonly HttpClient _client;

        public FlutterwaveService(HttpClient client)
        {
            _client = client;
            _client.BaseAddress = new System.Uri("https://api.flutterwave.com/v3/");
            _client.DefaultRequestHeaders.Authorization =
                new AuthenticationHeaderValue("Bearer", «Q»);
        }

        public Task<string> VerifyAsync(long id) =>
            _client.GetStringAsync($"transactions/{id}/verify");
    }
}
''', N=shop(r).capitalize(), Q=S.q('cs'))


@P('ozow_private', False)
def cs_ozow(r, S):
    return 'Payments/Ozow/OzowRequestBuilder.cs', T('''
using System.Security.Cryptography;
using System.Text;

namespace Checkout.Payments.Ozow
{
    internal static class OzowRequestBuilder
    {
        private const string SiteCode = "«SC»";
        private static readonly string PrivateKey = «Q»;

        public static string HashCheck(string concatenated)
        {
            using var sha = SHA512.Create();
            var bytes = sha.ComputeHash(Encoding.UTF8.GetBytes((concatenated + PrivateKey).ToLowerInvariant()));
            return System.Convert.ToHexString(bytes).ToLowerInvariant();
        }
    }
}
''', SC='%s-%s-%03d' % (rs(r, 3, UP), rs(r, 3, UP), r.randint(1, 99)), Q=S.q('cs'))


@P('daraja_passkey', False)
def cs_mpesa(r, S):
    return 'MpesaGateway/StkPushService.cs', T('''
using System;
using System.Text;

namespace MpesaGateway
{
    public class StkPushService
    {
        public string BuildPassword(string shortCode)
        {
            var passkey = «Q»;
            var timestamp = DateTime.UtcNow.AddHours(3).ToString("yyyyMMddHHmmss");
            return Convert.ToBase64String(Encoding.UTF8.GetBytes(shortCode + passkey + timestamp));
        }
    }
}
''', Q=S.q('cs'))


@P('paymob_hmac', True)
def cs_paymob_hmac(r, S):
    return 'appsettings.json', T('''
{
  "ConnectionStrings": {
    "Default": "Server=db;Database=«N»;User Id=app;Password=${DB_PASSWORD};"
  },
  "Paymob": {
    "PublicKey": "egy_pk_live_«PK»",
    "HmacSecret": "«V»",
    "IntegrationIds": [ «I1», «I2» ]
  }
}
''', N=shop(r), PK=rs(r, 32), V=S.v(), I1=r.randint(100000, 4999999), I2=r.randint(100000, 4999999))


# ---------------------------------------------------------------- Go
@P('paystack', True)
def go_const(r, S):
    return 'internal/payments/paystack.go', T('''
package payments

import (
	"net/http"
	"time"
)

const paystackSecretKey = «Q»

var httpClient = &http.Client{Timeout: 15 * time.Second}

func newRequest(method, path string) (*http.Request, error) {
	req, err := http.NewRequest(method, "https://api.paystack.co"+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+paystackSecretKey)
	return req, nil
}
''', Q=S.q('go'))


@P('mp_access', False)
def go_header(r, S):
    return 'pkg/mercadopago/client.go', T('''
package mercadopago

import (
	"context"
	"fmt"
	"net/http"
)

func GetPayment(ctx context.Context, id int64) (*http.Response, error) {
	url := fmt.Sprintf("https://api.mercadopago.com/v1/payments/%d", id)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer «V»")
	return http.DefaultClient.Do(req)
}
''', V=S.v())


@P('wompi_prv', False)
def go_wompi_client(r, S):
    return 'cmd/reconcile/main.go', T('''
package main

import (
	"log"
	"os"

	"github.com/«N»/payments/wompi"
)

func main() {
	client := wompi.NewClient(«Q», wompi.Production)
	since := os.Getenv("SINCE")
	txs, err := client.ListTransactions(since)
	if err != nil {
		log.Fatalf("wompi: %v", err)
	}
	log.Printf("reconciled %d transactions", len(txs))
}
''', N=shop(r), Q=S.q('go'))


@P('fawry', False)
def go_fawry(r, S):
    return 'internal/fawry/signature.go', T('''
package fawry

import (
	"crypto/sha256"
	"encoding/hex"
)

const merchantCode = "«MC»"

func ChargeSignature(ref, customerID, returnURL, items string) string {
	securityKey := «Q»
	sum := sha256.Sum256([]byte(merchantCode + ref + customerID + returnURL + items + securityKey))
	return hex.EncodeToString(sum[:])
}
''', MC=base64.b64encode(rbytes(r, 16)).decode(), Q=S.q('go'))


@P('ozow_api', False)
def go_ozow_api(r, S):
    return 'internal/ozow/status.go', T('''
package ozow

import "net/http"

func statusRequest(siteCode, ref string) (*http.Request, error) {
	req, err := http.NewRequest("GET", "https://api.ozow.com/GetTransactionByReference?siteCode="+siteCode+"&transactionReference="+ref, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("ApiKey", «Q»)
	req.Header.Set("Accept", "application/json")
	return req, nil
}
''', Q=S.q('go'))


# ---------------------------------------------------------------- .env
@P('paystack', True)
def dotenv_paystack(r, S):
    return S.envfile(), T('''
APP_NAME=«N»
APP_ENV=production
APP_URL=https://«D»
LOG_CHANNEL=stack
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=«N»
PAYSTACK_PUBLIC_KEY=pk_live_«PK»
PAYSTACK_SECRET_KEY=«V»
MERCHANT_EMAIL=admin@«D»
''', N=shop(r), D=domain(r), PK=hx(r, 40), V=S.v())


@P('mp_access', True)
def dotenv_mp(r, S):
    return S.envfile('.env.production'), T('''
NODE_ENV=production
PORT=3000
NEXT_PUBLIC_MP_PUBLIC_KEY=APP_USR-«PUB»
MERCADOPAGO_ACCESS_TOKEN=«V»
NEXT_PUBLIC_SITE_URL=https://«D»
''', PUB=uid(r), V=S.v(), D=domain(r))


# ---------------------------------------------------------------- YAML / JSON / Terraform
@P('flw_secret', True)
def compose_flw(r, S):
    return 'docker-compose.prod.yml', T('''
version: "3.9"
services:
  api:
    image: ghcr.io/«N»/api:«TAG»
    restart: unless-stopped
    ports:
      - "8000:8000"
    environment:
      DATABASE_URL: postgres://app@db:5432/«N»
      FLW_PUBLIC_KEY: FLWPUBK-«PUB»-X
      FLW_SECRET_KEY: «V»
      REDIS_URL: redis://redis:6379/0
    depends_on: [db, redis]
  redis:
    image: redis:7-alpine
''', N=shop(r), TAG='v%d.%d.%d' % (r.randint(1, 4), r.randint(0, 20), r.randint(0, 9)),
             PUB=hx(r, 32), V=S.v())


@P('daraja_secret', True)
def k8s_env(r, S):
    return 'k8s/mpesa-worker/deployment.yaml', T('''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: mpesa-worker
  labels: {app: mpesa-worker}
spec:
  replicas: 2
  selector:
    matchLabels: {app: mpesa-worker}
  template:
    metadata:
      labels: {app: mpesa-worker}
    spec:
      containers:
        - name: worker
          image: registry.«D»/mpesa-worker:«TAG»
          env:
            - name: MPESA_ENV
              value: production
            - name: MPESA_CONSUMER_KEY
              valueFrom: {secretKeyRef: {name: mpesa, key: consumer-key}}
            - name: MPESA_CONSUMER_SECRET
              value: "«V»"
''', D=domain(r), TAG=hx(r, 7), V=S.v())


@P('conekta', False)
def helm_values(r, S):
    return 'deploy/helm/checkout/values.yaml', T('''
replicaCount: 3
image:
  repository: registry.«D»/checkout
  tag: "«TAG»"
ingress:
  enabled: true
  hosts: [«D»]
payments:
  provider: conekta
  conekta:
    apiVersion: "2.1.0"
    publicKey: key_«PUB»
    privateKey: «V»
resources:
  limits: {cpu: 500m, memory: 512Mi}
''', D=domain(r), TAG=hx(r, 7), PUB=rs(r, 20), V=S.v())


@P('ebanx', False)
def json_gateways(r, S):
    return 'config/gateways.json', T('''
{
  "default": "ebanx",
  "ebanx": {
    "sandbox": false,
    "integrationKey": "«V»",
    "countries": ["br", "mx", "co", "cl"],
    "maxInstalments": 12
  },
  "pix": { "expiresInMinutes": 30 }
}
''', V=S.v())


@P('openpay', True)
def gha_openpay(r, S):
    return '.github/workflows/deploy.yml', T('''
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      OPENPAY_MERCHANT_ID: m«MID»
      OPENPAY_PRIVATE_KEY: «V»
      OPENPAY_PRODUCTION: "true"
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: {node-version: 20}
      - run: npm ci && npm run build
      - run: ./scripts/deploy.sh
''', MID=rs(r, 19, LOWNUM), V=S.v())


@P('culqi', False)
def tf_ssm(r, S):
    return 'infra/payments.tf', T('''
resource "aws_ssm_parameter" "culqi_public_key" {
  name  = "/«N»/prod/culqi/public_key"
  type  = "String"
  value = "pk_live_«PK»"
}

resource "aws_ssm_parameter" "culqi_private" {
  name  = "/«N»/prod/culqi/private_key"
  type  = "SecureString"
  value = "«V»"
}
''', N=shop(r), PK=rs(r, 16), V=S.v())


@P('flw_secret', False)
def tf_vars(r, S):
    return 'terraform/variables.tf', T('''
variable "region" {
  type    = string
  default = "af-south-1"
}

variable "flutterwave_key" {
  description = "Flutterwave API key used by the payouts lambda"
  type        = string
  default     = "«V»"
}
''', V=S.v())


# ---------------------------------------------------------------- Dart / Flutter
@P('paystack', True)
def dart_const(r, S):
    return 'lib/config/keys.dart', T('''
// Payment configuration
const String paystackPublicKey = 'pk_live_«PK»';
const String paystackSecretKey = «Q»;
const String backendUrl = 'https://api.«D»';
''', PK=hx(r, 40), Q=S.q('dart', qc="'"), D=domain(r))


@P('yoco', False)
def dart_http(r, S):
    return 'lib/services/yoco_service.dart', T('''
import 'dart:convert';
import 'package:http/http.dart' as http;

class YocoService {
  Future<String> createCheckout(int cents) async {
    final res = await http.post(
      Uri.parse('https://payments.yoco.com/api/checkouts'),
      headers: {
        'Authorization': 'Bearer «V»',
        'Content-Type': 'application/json',
      },
      body: jsonEncode({'amount': cents, 'currency': 'ZAR'}),
    );
    return jsonDecode(res.body)['redirectUrl'] as String;
  }
}
''', V=S.v())


@P('daraja_secret', False)
def dart_mpesa(r, S):
    return 'lib/main.dart', T('''
import 'package:flutter/material.dart';
import 'package:mpesa_flutter_plugin/mpesa_flutter_plugin.dart';

void main() {
  MpesaFlutterPlugin.setConsumerKey(const String.fromEnvironment('MPESA_KEY'));
  MpesaFlutterPlugin.setConsumerSecret(«Q»);
  runApp(const ShopApp());
}

class ShopApp extends StatelessWidget {
  const ShopApp({super.key});

  @override
  Widget build(BuildContext context) =>
      const MaterialApp(title: '«N»', home: Scaffold(body: Center(child: Text('Karibu'))));
}
''', Q=S.q('dart', qc="'"), N=shop(r))


# ---------------------------------------------------------------- Markdown
@P('pagseguro', False)
def md_pagseguro_pt(r, S):
    return 'docs/integracao-pagseguro.md', T('''
# Integração PagSeguro

Para consultar uma transação em produção usamos a API v3:

```bash
curl "https://ws.pagseguro.uol.com.br/v3/transactions/«TX»?email=financeiro@«D»&token=«V»"
```

A notificação chega em `/notificacoes/pagseguro` e é processada pelo job `ConsultarTransacao`.

## Ambiente de testes

Use o sandbox (`ws.sandbox.pagseguro.uol.com.br`) com o token de sandbox do painel.
''', TX=rs(r, 8, UHEX) + '-' + rs(r, 4, UHEX) + '-' + rs(r, 4, UHEX) + '-' + rs(r, 4, UHEX) + '-' + rs(r, 12, UHEX),
             D=domain(r), V=S.v())


@P('mp_access', False)
def md_mp_es(r, S):
    return 'docs/pagos/mercadopago.md', T('''
## Probar la API de pagos

Consultar el usuario dueño de las credenciales de producción:

```
curl -H 'Authorization: Bearer «V»' \\
     https://api.mercadopago.com/users/me
```

> Las notificaciones llegan a `https://«D»/webhooks/mp` (configurado en el panel).
''', V=S.v(), D=domain(r))


@P('daraja_passkey', False)
def md_daraja_en(r, S):
    return 'docs/mpesa-go-live.md', T('''
# M-Pesa go-live checklist

1. Shortcode (Paybill): **«SC»**
2. Passkey received from Safaricom on «DT»: `«V»`
3. Callback URL registered: `https://«D»/mpesa/callback`
4. Switch `MPESA_ENV` to `production` and restart the workers.
''', SC=r.randint(100000, 999999), DT=date(r), V=S.v(), D=domain(r))


# ---------------------------------------------------------------- SQL
@P('paystack', False)
def sql_gateways(r, S):
    return 'database/seeds/002_payment_gateways.sql', T('''
-- Seed payment gateway configuration
INSERT INTO payment_gateways (code, name, public_key, secret_key, currency, active, created_at)
VALUES
  ('paystack', 'Paystack', 'pk_live_«PK»', '«V»', 'NGN', TRUE, NOW());

INSERT INTO payment_gateways (code, name, public_key, secret_key, currency, active, created_at)
VALUES
  ('bank_transfer', 'Bank transfer', NULL, NULL, 'NGN', TRUE, NOW());
''', PK=hx(r, 40), V=S.v())


@P('payfast_pass', False)
def sql_settings(r, S):
    return 'migrations/2024_%02d_payfast.sql' % r.randint(1, 12), T('''
UPDATE wp_options SET option_value = '«MID»' WHERE option_name = 'payfast_merchant_id';
UPDATE wp_options SET option_value = '«V»' WHERE option_name = 'payfast_passphrase';
UPDATE wp_options SET option_value = 'no' WHERE option_name = 'payfast_sandbox';
''', MID=r.randint(10000000, 19999999), V=S.v())


# ---------------------------------------------------------------- logs
@P('flw_secret', False)
def log_headers(r, S):
    return 'logs/payments-%s.log' % date(r), T('''
«T1» INFO  [payments] POST /api/checkout order=«O» amount=«A» NGN
«T1» DEBUG [http] -> POST https://api.flutterwave.com/v3/payments headers={'Content-Type': 'application/json', 'Authorization': 'Bearer «V»'}
«T2» DEBUG [http] <- 200 OK (412 ms)
«T2» INFO  [payments] redirect customer to hosted checkout tx_ref=«O»
''', T1=ts(r), T2=ts(r), O=ref(r), A=amount(r), V=S.v())


@P('paymob_sk', False)
def log_paymob(r, S):
    return 'var/log/app.log', T('''
[«T1»] production.INFO: Paymob client booted {"region":"EGY","secret":"«V»"}
[«T1»] production.INFO: intention created {"order":"«O»","amount_cents":«AC»}
[«T2»] production.WARNING: callback retry {"order":"«O»","attempt":2}
''', T1=ts(r), T2=ts(r), O=ref(r), AC=r.randint(1000, 900000), V=S.v())


# ---------------------------------------------------------------- Postman
@P('paystack', False)
def postman_collection(r, S):
    col = {
        'info': {'_postman_id': uid(r), 'name': 'Paystack - %s' % shop(r),
                 'schema': 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json'},
        'auth': {'type': 'bearer', 'bearer': [{'key': 'token', 'value': '@@V@@', 'type': 'string'}]},
        'item': [{'name': 'Verify transaction', 'request': {
            'method': 'GET', 'url': {'raw': 'https://api.paystack.co/transaction/verify/{{reference}}',
                                     'protocol': 'https', 'host': ['api', 'paystack', 'co'],
                                     'path': ['transaction', 'verify', '{{reference}}']}}}],
        'variable': [{'key': 'reference', 'value': ref(r, 'T')}]}
    return 'postman/paystack.postman_collection.json', json.dumps(col, indent=2).replace('@@V@@', S.v()) + '\n'


@P('mp_access', False)
def postman_env(r, S):
    env = {'id': uid(r), 'name': 'MercadoPago PROD', 'values': [
        {'key': 'base_url', 'value': 'https://api.mercadopago.com', 'enabled': True},
        {'key': 'mp_token', 'value': '@@V@@', 'type': 'secret', 'enabled': True},
        {'key': 'collector_id', 'value': str(r.randint(10 ** 8, 2 * 10 ** 9)), 'enabled': True}],
        '_postman_variable_scope': 'environment'}
    return 'postman/mercadopago.postman_environment.json', json.dumps(env, indent=2).replace('@@V@@', S.v()) + '\n'


# ---------------------------------------------------------------- INI / TOML / XML / shell / PEM
@P('peach_token', True)
def ini_peach(r, S):
    return 'config/payments.ini', T('''
[general]
currency = ZAR
country = ZA

[peach]
endpoint = https://eu-prod.oppwa.com
entity_id = 8ac«E»
access_token = «V»
''', E=hx(r, 29), V=S.v())


@P('dlocal_secret', False)
def toml_dlocal(r, S):
    return 'config/prod.toml', T('''
[server]
host = "0.0.0.0"
port = 8080

[payments.dlocal]
base_url = "https://api.dlocal.com"
x_login = "${DLOCAL_X_LOGIN}"
secret_key = "«V»"
notification_url = "https://«D»/dlocal/notify"
''', V=S.v(), D=domain(r))


@P('ozow_api', True)
def xml_webconfig(r, S):
    return 'Web.config', T('''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="OzowSiteCode" value="«SC»" />
    <add key="OzowApiKey" value="«V»" />
    <add key="OzowIsTest" value="false" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
''', SC='%s-%s-%03d' % (rs(r, 3, UP), rs(r, 3, UP), r.randint(1, 99)), V=S.v())


@P('openpay', False)
def sh_openpay_curl(r, S):
    return 'scripts/list-charges.sh', T('''
#!/usr/bin/env bash
set -euo pipefail
MERCHANT_ID="m«MID»"
# list today's charges
curl -s "https://api.openpay.mx/v1/${MERCHANT_ID}/charges?creation[gte]=$(date +%F)" \\
  -u "«V»:" \\
  -H 'Content-Type: application/json' | jq '.[] | {id, amount, status}'
''', MID=rs(r, 19, LOWNUM), V=S.v())


@P('wompi_integrity', True)
def sh_export(r, S):
    return 'scripts/env-prod.sh', T('''
#!/bin/sh
export WOMPI_PUBLIC_KEY=pub_prod_«PUB»
export WOMPI_INTEGRITY_SECRET=«V»
export WOMPI_REDIRECT_URL=https://«D»/pago/resultado
exec node dist/server.js
''', PUB=rs(r, 32), V=S.v(), D=domain(r))


@P('daraja_basic', False)
def sh_daraja_basic(r, S):
    return 'scripts/mpesa-token.sh', T('''
#!/usr/bin/env bash
# fetch an OAuth token for the production app
curl -s -X GET 'https://api.safaricom.co.ke/oauth/v1/generate?grant_type=client_credentials' \\
  -H 'Authorization: Basic «V»' | jq -r .access_token
''', V=S.v())


@P('yoco_whsec', True)
def dockerfile_env(r, S):
    return 'Dockerfile', T('''
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
ENV NODE_ENV=production \\
    YOCO_WEBHOOK_SECRET=«V»
COPY --from=build /app/dist ./dist
COPY --from=build /app/node_modules ./node_modules
CMD ["node", "dist/index.js"]
''', V=S.v())


@P('fawry', True)
def yaml_fawry(r, S):
    return 'config/fawry.yaml', T('''
fawry:
  base_url: https://www.atfawry.com
  merchant_code: "«MC»"
  security_key: "«V»"
  payment_expiry_hours: 24
  return_url: https://«D»/orders/complete
''', MC=base64.b64encode(rbytes(r, 16)).decode(), V=S.v(), D=domain(r))


@P('payfast_key', True)
def env_payfast_yaml(r, S):
    return 'ansible/group_vars/prod/payfast.yml', T('''
payfast_merchant_id: "«MID»"
payfast_merchant_key: "«V»"
payfast_sandbox: false
payfast_notify_url: "https://«D»/payfast/itn"
''', MID=r.randint(10000000, 19999999), V=S.v(), D=domain(r))


@P('peach_token', False)
def php_peach_curl(r, S):
    return 'lib/peach/copyandpay.php', T('''
<?php
function peach_prepare_checkout($amount) {
	$url = "https://eu-prod.oppwa.com/v1/checkouts";
	$data = "entityId=8ac«E»" .
		"&amount=" . number_format($amount, 2, '.', '') .
		"&currency=ZAR" .
		"&paymentType=DB";

	$ch = curl_init();
	curl_setopt($ch, CURLOPT_URL, $url);
	curl_setopt($ch, CURLOPT_HTTPHEADER, array('Authorization:Bearer «V»'));
	curl_setopt($ch, CURLOPT_POST, 1);
	curl_setopt($ch, CURLOPT_POSTFIELDS, $data);
	curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
	$responseData = curl_exec($ch);
	curl_close($ch);
	return json_decode($responseData, true);
}
''', E=hx(r, 29), V=S.v())


@P('mp_client_secret', True)
def env_mp_client_secret(r, S):
    return 'config/mercadopago.yml', T('''
production:
  client_id: "«CID»"
  client_secret: "«V»"
  redirect_uri: https://«D»/oauth/mercadopago/callback
  marketplace_fee_percent: 4.5
''', CID=r.randint(10 ** 15, 10 ** 16 - 1), V=S.v(), D=domain(r))


@P('pem', False)
def pem_key(r, S):
    if S.neg:
        raise RuntimeError('pem template is positive only')
    return 'certs/dlocal-mtls-client.key', S.value


PEM_ONLY = {'pem_key'}


# ======================================================== look-alike negatives
# fn(r) -> (relpath, text); registered with provider and kind.
LOOK = []


def L(provider, kind):
    def deco(fn):
        LOOK.append((fn.__name__, provider, kind, fn))
        return fn
    return deco


def pem_block(r, label, nbytes, prefix_hex=''):
    der = (bytes.fromhex(prefix_hex) if prefix_hex else b'') + rbytes(r, nbytes)
    body = base64.b64encode(der).decode()
    return '-----BEGIN %s-----\n%s\n-----END %s-----\n' % (
        label, '\n'.join(body[i:i + 64] for i in range(0, len(body), 64)), label)


@L('paystack', 'public_key')
def lk_paystack_inline(r):
    return 'resources/js/checkout.js', T('''
import PaystackPop from '@paystack/inline-js';

const PAYSTACK_PUBLIC_KEY = 'pk_live_«PK»';

export function payWithPaystack(email, amountKobo, reference) {
  const popup = new PaystackPop();
  popup.newTransaction({
    key: PAYSTACK_PUBLIC_KEY,
    email,
    amount: amountKobo,
    ref: reference,
    onSuccess: (tx) => window.location.assign(`/orders/verify?reference=${tx.reference}`),
    onCancel: () => console.warn('payment window closed'),
  });
}
''', PK=hx(r, 40))


@L('flutterwave', 'public_key')
def lk_flw_inline(r):
    return 'templates/checkout.html', T('''
<form>
  <script src="https://checkout.flutterwave.com/v3.js"></script>
  <button type="button" onclick="makePayment()">Pay Now</button>
</form>
<script>
  function makePayment() {
    FlutterwaveCheckout({
      public_key: "FLWPUBK-«PUB»-X",
      tx_ref: "«REF»",
      amount: «A»,
      currency: "NGN",
      payment_options: "card, banktransfer, ussd",
      customer: { email: "«EM»", name: "«NM»" },
      customizations: { title: "«SH»", logo: "https://«D»/logo.png" },
    });
  }
</script>
''', PUB=hx(r, 32), REF=ref(r, 'tx'), A=r.randint(100, 90000), EM='%s@%s' % (pick(r, FIRST).lower(), domain(r)),
             NM=person(r), SH=shop(r), D=domain(r))


@L('mercadopago', 'public_key')
def lk_mp_brick(r):
    test = r.random() < 0.4
    return 'src/components/CardPayment.tsx', T('''
import { initMercadoPago, CardPayment } from '@mercadopago/sdk-react';

initMercadoPago('«PK»', { locale: '«LOC»' });

export default function Checkout({ amount }: { amount: number }) {
  return (
    <CardPayment
      initialization={{ amount }}
      onSubmit={async (formData) => {
        await fetch('/api/process_payment', { method: 'POST', body: JSON.stringify(formData) });
      }}
    />
  );
}
''', PK=g_mp_public(r, test), LOC=pick(r, ['es-AR', 'pt-BR', 'es-MX', 'es-CO']))


@L('wompi', 'public_key')
def lk_wompi_widget(r):
    return 'templates/pago.html', T('''
<form action="https://checkout.wompi.co/p/" method="GET">
  <input type="hidden" name="public-key" value="pub_prod_«PUB»" />
  <input type="hidden" name="currency" value="COP" />
  <input type="hidden" name="amount-in-cents" value="«AC»" />
  <input type="hidden" name="reference" value="«REF»" />
  <input type="hidden" name="signature:integrity" value="«SIG»" />
  <input type="hidden" name="redirect-url" value="https://«D»/pago/resultado" />
  <button type="submit">Pagar con Wompi</button>
</form>
''', PUB=rs(r, 32), AC=r.randint(100, 9000) * 100, REF=ref(r), SIG=sha256(r), D=domain(r))


@L('culqi', 'public_key')
def lk_culqi_js(r):
    rsa = pem_block(r, 'PUBLIC KEY', 270, '30820122300d06092a864886f70d01010105000382010f00')
    return 'public/js/culqi-config.js', T('''
// Culqi Checkout v4 - llave pública y llave RSA pública (no son secretas)
Culqi.publicKey = 'pk_live_«PK»';
Culqi.settings({
  title: '«SH»',
  currency: 'PEN',
  amount: «A»,
  order: '«ORD»',
  xculqirsaid: '«RSAID»',
  rsapublickey: `«RSA»`,
});
''', PK=rs(r, 16), SH=shop(r), A=r.randint(100, 99999), ORD='ord_live_' + rs(r, 16), RSAID=uid(r),
             RSA=rsa.strip())


@L('conekta', 'public_key')
def lk_conekta_tokenizer(r):
    return 'assets/js/conekta-tokenize.js', T('''
Conekta.setPublicKey('key_«PUB»');
Conekta.setLanguage('es');

function tokenize(form) {
  Conekta.Token.create(form,
    (token) => { document.getElementById('conektaTokenId').value = token.id; form.submit(); },
    (err) => { alert(err.message_to_purchaser); });
}
''', PUB=rs(r, 20))


@L('kushki', 'public_key')
def lk_kushki_js(r):
    return 'src/payments/kushki.ts', T('''
import { Kushki } from '@kushki/js';

export const kushki = new Kushki({
  merchantId: '«MID»', // public merchant id
  inTestEnvironment: false,
  regional: false,
});

export function requestToken(card: { name: string; number: string; cvc: string; expiryMonth: string; expiryYear: string }, totalAmount: number) {
  return new Promise((resolve, reject) =>
    kushki.requestToken({ amount: totalAmount, currency: 'USD', card }, (r: any) => (r.token ? resolve(r.token) : reject(r))));
}
''', MID=hx(r, 32))


@L('paymob', 'public_key')
def lk_paymob_url(r):
    return 'src/paymob/checkout-url.ts', T('''
const PAYMOB_PUBLIC_KEY = 'egy_pk_live_«PK»';

export function unifiedCheckoutUrl(clientSecret: string): string {
  const qs = new URLSearchParams({ publicKey: PAYMOB_PUBLIC_KEY, clientSecret });
  return `https://accept.paymob.com/unifiedcheckout/?${qs.toString()}`;
}
''', PK=rs(r, 32))


@L('yoco', 'public_key')
def lk_yoco_popup(r):
    return 'web/js/yoco.js', T('''
var yoco = new window.YocoSDK({
  publicKey: 'pk_live_«PK»'
});
document.querySelector('#pay').addEventListener('click', function () {
  yoco.showPopup({
    amountInCents: «AC»,
    currency: 'ZAR',
    name: '«SH»',
    callback: function (result) { if (result.error) { alert(result.error.message); } }
  });
});
''', PK=hx(r, 8) + rs(r, 12), AC=r.randint(500, 99999), SH=shop(r))


@L('paystack', 'signature')
def lk_log_paystack_sig(r):
    lines = []
    for _ in range(r.randint(3, 6)):
        lines.append('%s INFO webhook.paystack event=charge.success reference=%s x-paystack-signature=%s verified=true' % (
            ts(r), ref(r, 'T'), sha512(r)))
    return 'storage/logs/webhooks-%s.log' % date(r), '\n'.join(lines) + '\n'


@L('paymob', 'signature')
def lk_log_paymob_hmac(r):
    lines = []
    for _ in range(r.randint(3, 5)):
        lines.append('%s [access] GET /api/paymob/callback?id=%d&success=true&order=%d&amount_cents=%d&hmac=%s 200' % (
            ts(r), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 8, 10 ** 9), r.randint(1000, 100000), sha512(r)))
    return 'logs/access.log', '\n'.join(lines) + '\n'


@L('wompi', 'signature')
def lk_wompi_event(r):
    ev = {'event': 'transaction.updated', 'data': {'transaction': {
        'id': '%d-%d-%d' % (r.randint(10000, 99999), r.randint(10 ** 9, 10 ** 10), r.randint(10000, 99999)),
        'amount_in_cents': r.randint(100, 9000) * 100, 'reference': ref(r), 'customer_email': '%s@%s' % (
            pick(r, FIRST).lower(), domain(r)), 'currency': 'COP', 'payment_method_type': pick(r, ['CARD', 'NEQUI', 'PSE']),
        'status': 'APPROVED'}}, 'environment': 'prod',
        'signature': {'properties': ['transaction.id', 'transaction.status', 'transaction.amount_in_cents'],
                      'checksum': sha256(r).upper()}, 'timestamp': r.randint(1700000000, 1730000000),
        'sent_at': ts(r)}
    return 'tests/fixtures/wompi/transaction_updated.json', json.dumps(ev, indent=2, ensure_ascii=False) + '\n'


@L('mpesa', 'transaction_reference')
def lk_daraja_callback(r):
    cb = {'Body': {'stkCallback': {
        'MerchantRequestID': '%d-%d-%d' % (r.randint(1000, 99999), r.randint(10 ** 6, 10 ** 8), r.randint(1, 9)),
        'CheckoutRequestID': 'ws_CO_%s%s' % (rs(r, 14, DIG), rs(r, 12, DIG)),
        'ResultCode': 0, 'ResultDesc': 'The service request is processed successfully.',
        'CallbackMetadata': {'Item': [
            {'Name': 'Amount', 'Value': r.randint(1, 5000)},
            {'Name': 'MpesaReceiptNumber', 'Value': rs(r, 10, UP + DIG)},
            {'Name': 'TransactionDate', 'Value': int('2024%02d%02d%02d%02d%02d' % (
                r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)))},
            {'Name': 'PhoneNumber', 'Value': int(phone_ke(r))}]}}}}
    return 'tests/fixtures/mpesa/stk_callback_success.json', json.dumps(cb, indent=2) + '\n'


@L('paystack', 'transaction_reference')
def lk_csv_export(r):
    rows = ['date,reference,order_id,customer,channel,amount,currency,status,authorization_fingerprint']
    for _ in range(r.randint(6, 14)):
        rows.append('%s,%s,%s,%s,%s,%s,%s,%s,%s' % (
            date(r), 'T' + rs(r, 15, DIG), ref(r), person(r), pick(r, ['card', 'bank', 'ussd', 'mobile_money']),
            amount(r), pick(r, ['NGN', 'GHS', 'KES', 'ZAR']), pick(r, ['success', 'failed', 'abandoned']), md5(r)))
    return 'exports/transactions_%s.csv' % date(r), '\n'.join(rows) + '\n'


@L('generic', 'hash')
def lk_sql_payments(r):
    lines = ['-- backfill payments from gateway export', 'INSERT INTO payments (id, order_ref, gateway, gateway_ref, amount, currency, payload_sha256) VALUES']
    vals = []
    for _ in range(r.randint(4, 9)):
        vals.append("  ('%s', '%s', '%s', '%s', %s, '%s', '%s')" % (
            uid(r), ref(r), pick(r, ['mercadopago', 'ebanx', 'dlocal', 'paystack']),
            str(r.randint(10 ** 10, 10 ** 11)), amount(r), pick(r, ['BRL', 'MXN', 'COP', 'NGN']), sha256(r)))
    return 'db/migrations/%s_backfill_payments.sql' % rs(r, 14, DIG), '\n'.join(lines) + '\n' + ',\n'.join(vals) + ';\n'


@L('flutterwave', 'transaction_reference')
def lk_flw_verify_fixture(r):
    d = {'status': 'success', 'message': 'Transaction fetched successfully', 'data': {
        'id': r.randint(10 ** 6, 10 ** 7), 'tx_ref': ref(r, 'tx'), 'flw_ref': 'FLW%s%s' % (rs(r, 10, UP), rs(r, 12, DIG)),
        'device_fingerprint': md5(r), 'amount': r.randint(100, 50000), 'currency': 'NGN', 'charged_amount': r.randint(100, 50000),
        'app_fee': round(r.random() * 100, 2), 'processor_response': 'Approved by Financial Institution',
        'auth_model': 'PIN', 'ip': '%d.%d.%d.%d' % (r.randint(1, 223), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
        'narration': 'CARD Transaction ', 'status': 'successful', 'payment_type': 'card', 'created_at': ts(r),
        'card': {'first_6digits': '553188', 'last_4digits': rs(r, 4, DIG), 'issuer': 'MASTERCARD  CREDIT',
                 'country': 'NG', 'type': 'MASTERCARD', 'token': 'flw-t1nf-%s-m03k' % hx(r, 32), 'expiry': '09/32'}}}
    return 'test/fixtures/flutterwave/verify_success.json', json.dumps(d, indent=2) + '\n'


@L('mercadopago', 'id')
def lk_mp_payment_json(r):
    d = {'id': r.randint(10 ** 10, 10 ** 11), 'date_created': ts(r), 'status': 'approved', 'status_detail': 'accredited',
         'currency_id': pick(r, ['ARS', 'BRL', 'MXN']), 'transaction_amount': float(amount(r)),
         'collector_id': r.randint(10 ** 8, 2 * 10 ** 9), 'external_reference': ref(r),
         'payer': {'id': str(r.randint(10 ** 8, 2 * 10 ** 9)), 'email': 'test_user_%d@testuser.com' % r.randint(10 ** 7, 10 ** 8)},
         'payment_method_id': pick(r, ['pix', 'visa', 'master', 'account_money']),
         'point_of_interaction': {'transaction_data': {'qr_code_base64': base64.b64encode(rbytes(r, 120)).decode()}}}
    return 'tests/fixtures/mp/payment_approved.json', json.dumps(d, indent=2) + '\n'


@L('pagseguro', 'placeholder')
def lk_md_pagseguro_pt(r):
    return 'README.md', T('''
# «SH» – loja virtual

## Configuração do PagSeguro

1. Crie uma conta vendedor e gere o token em **Minha conta > Preferências > Integrações**.
2. Copie `.env.example` para `.env` e preencha:

```
PAGSEGURO_EMAIL=seu-email@exemplo.com
PAGSEGURO_TOKEN=SEU_TOKEN_AQUI
PAGSEGURO_SANDBOX=true
```

3. Rode `php artisan migrate --seed`.

> Nunca faça commit do token de produção.
''', SH=shop(r))


@L('wompi', 'doc_example')
def lk_md_wompi_es(r):
    return 'docs/wompi.md', T('''
# Llaves de Wompi

Wompi entrega cuatro valores por ambiente. Los de la documentación oficial se ven así
(son ejemplos, no funcionan):

| Tipo | Ejemplo |
|------|---------|
| Llave pública | `pub_prod_Kw4aC0rZVgLZQn209NbEKPuXLzBD28Zx` |
| Llave privada | `prv_prod_434092Xa65F54dd6a181D1f87DFa03CzS` |
| Secreto de eventos | `prod_events_Y49rL5FGw4vTeiUaZaJ957hlpezdPQ0r` |
| Secreto de integridad | `prod_integrity_ep4b3kSYJg2bWHwL7ulhPCDvaiyGDW7V` |

Las reales van en el gestor de secretos (`vault kv get secret/wompi`).
''')


@L('mpesa', 'doc_example')
def lk_md_daraja_sandbox(r):
    return 'docs/mpesa-sandbox.md', T('''
## Testing M-Pesa Express in the sandbox

Safaricom publishes shared test values for the sandbox:

- Business short code: `174379`
- Passkey: `bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919`
- Test MSISDN: `254708374149`

Create your own sandbox app on developer.safaricom.co.ke for the consumer key/secret and
export them as `MPESA_CONSUMER_KEY` / `MPESA_CONSUMER_SECRET`.
''')


@L('payfast', 'doc_example')
def lk_payfast_sandbox_test(r):
    return 'tests/Feature/PayfastItnTest.php', T('''
<?php

namespace Tests\\Feature;

use Tests\\TestCase;

class PayfastItnTest extends TestCase
{
    // PayFast's public sandbox merchant (from the PayFast developer docs)
    private const SANDBOX_MERCHANT_ID = '10000100';
    private const SANDBOX_MERCHANT_KEY = '46f0cd694581a';

    public function test_itn_is_accepted_from_sandbox(): void
    {
        config(['payfast.merchant_id' => self::SANDBOX_MERCHANT_ID, 'payfast.merchant_key' => self::SANDBOX_MERCHANT_KEY, 'payfast.sandbox' => true]);
        $this->post('/payfast/itn', ['m_payment_id' => '«REF»', 'pf_payment_id' => '«PF»', 'payment_status' => 'COMPLETE', 'amount_gross' => '«A»'])
            ->assertOk();
    }
}
''', REF=ref(r), PF=r.randint(10 ** 6, 10 ** 7), A=amount(r))


@L('peach', 'doc_example')
def lk_peach_docs_postman(r):
    col = {'info': {'name': 'Peach COPYandPAY (sandbox, docs credentials)',
                    'schema': 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json'},
           'item': [{'name': 'Prepare checkout', 'request': {
               'method': 'POST',
               'header': [{'key': 'Authorization', 'value': 'Bearer OGE4Mjk0MTc0ZTczNWQwYzAxNGU3OGNmMjY2YjE3OTR8SFV3I3JGQTQ9bWpxaWYrPz9OWVQ='}],
               'body': {'mode': 'urlencoded', 'urlencoded': [
                   {'key': 'entityId', 'value': '8a8294174e735d0c014e78cf26461790'},
                   {'key': 'amount', 'value': amount(r)}, {'key': 'currency', 'value': 'ZAR'},
                   {'key': 'paymentType', 'value': 'DB'}]},
               'url': 'https://sandbox-card.peachpayments.com/v1/checkouts'}}]}
    return 'postman/peach-sandbox.postman_collection.json', json.dumps(col, indent=2) + '\n'


@L('generic', 'template')
def lk_postman_vars(r):
    col = {'info': {'name': '%s payments' % shop(r), 'schema': 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json'},
           'auth': {'type': 'bearer', 'bearer': [{'key': 'token', 'value': '{{secret_key}}', 'type': 'string'}]},
           'item': [{'name': 'Initialize', 'request': {'method': 'POST', 'url': '{{base_url}}/transaction/initialize',
                                                      'body': {'mode': 'raw', 'raw': '{"email":"{{email}}","amount":{{amount}}}'}}}],
           'variable': [{'key': 'base_url', 'value': 'https://api.paystack.co'}, {'key': 'secret_key', 'value': ''},
                        {'key': 'email', 'value': 'customer@example.com'}, {'key': 'amount', 'value': '500000'}]}
    return 'postman/payments.postman_collection.json', json.dumps(col, indent=2) + '\n'


@L('generic', 'hash')
def lk_package_lock(r):
    pk = {'name': shop(r), 'version': '1.0.0', 'lockfileVersion': 3, 'requires': True, 'packages': {}}
    for name, ver in [('mercadopago', '2.0.%d' % r.randint(0, 15)), ('flutterwave-node-v3', '1.1.%d' % r.randint(0, 9)),
                      ('paystack-api', '2.0.%d' % r.randint(0, 6)), ('axios', '1.6.%d' % r.randint(0, 8))]:
        pk['packages']['node_modules/' + name] = {
            'version': ver, 'resolved': 'https://registry.npmjs.org/%s/-/%s-%s.tgz' % (name, name, ver),
            'integrity': 'sha512-' + base64.b64encode(hashlib.sha512(rbytes(r, 16)).digest()).decode()}
    return 'package-lock.json', json.dumps(pk, indent=2) + '\n'


@L('generic', 'hash')
def lk_go_sum(r):
    lines = []
    for mod in ['github.com/stripe/stripe-go/v76', 'github.com/go-resty/resty/v2', 'golang.org/x/crypto',
                'github.com/google/uuid', 'github.com/joho/godotenv']:
        v = 'v%d.%d.%d' % (r.randint(0, 2), r.randint(0, 30), r.randint(0, 9))
        lines.append('%s %s h1:%s' % (mod, v, base64.b64encode(hashlib.sha256(rbytes(r, 8)).digest()).decode()))
        lines.append('%s %s/go.mod h1:%s' % (mod, v, base64.b64encode(hashlib.sha256(rbytes(r, 8)).digest()).decode()))
    return 'go.sum', '\n'.join(lines) + '\n'


@L('generic', 'hash')
def lk_composer_lock(r):
    d = {'content-hash': md5(r), 'packages': [
        {'name': n, 'version': v, 'source': {'type': 'git', 'url': 'https://github.com/%s.git' % n,
                                             'reference': hashlib.sha1(rbytes(r, 8)).hexdigest()},
         'dist': {'type': 'zip', 'url': 'https://api.github.com/repos/%s/zipball/x' % n,
                  'shasum': ''}} for n, v in [('yabacon/paystack-php', 'v2.2.0'), ('mercadopago/dx-php', '3.0.%d' % r.randint(0, 9)),
                                             ('conekta/conekta-php', 'v6.0.%d' % r.randint(0, 5))]]}
    return 'composer.lock', json.dumps(d, indent=4) + '\n'


@L('generic', 'digest')
def lk_dockerfile_digest(r):
    return 'Dockerfile', T('''
FROM python:3.12-slim@sha256:«D1» AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
# PAYSTACK_SECRET_KEY and MPESA_* are injected at runtime by the orchestrator
CMD ["gunicorn", "config.wsgi:application", "--bind", "0.0.0.0:8000"]
''', D1=sha256(r))


@L('generic', 'secret_manager')
def lk_external_secret(r):
    return 'k8s/payments/external-secret.yaml', T('''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: payments-gateways
spec:
  refreshInterval: 1h
  secretStoreRef: {name: aws-secrets, kind: ClusterSecretStore}
  target: {name: payments-gateways}
  data:
    - secretKey: PAYSTACK_SECRET_KEY
      remoteRef: {key: prod/payments/paystack, property: secret_key}
    - secretKey: FLW_SECRET_KEY
      remoteRef: {key: prod/payments/flutterwave, property: secret_key}
    - secretKey: MPESA_PASSKEY
      remoteRef: {key: prod/payments/mpesa, property: passkey}
''')


@L('generic', 'secret_manager')
def lk_tf_secrets(r):
    return 'infra/secrets.tf', T('''
resource "aws_secretsmanager_secret" "mercadopago" {
  name        = "«N»/prod/mercadopago"
  description = "Mercado Pago access token (set manually in the console)"
  kms_key_id  = aws_kms_key.payments.arn
}

data "aws_secretsmanager_secret_version" "mercadopago" {
  secret_id = aws_secretsmanager_secret.mercadopago.id
}

resource "random_password" "webhook_path_token" {
  length  = 32
  special = false
}
''', N=shop(r))


@L('generic', 'env_ref')
def lk_gha_secrets(r):
    return '.github/workflows/e2e.yml', T('''
name: e2e
on: [pull_request]
jobs:
  e2e:
    runs-on: ubuntu-latest
    env:
      PAYSTACK_SECRET_KEY: ${{ secrets.PAYSTACK_TEST_SECRET_KEY }}
      FLW_SECRET_KEY: ${{ secrets.FLW_TEST_SECRET_KEY }}
      MERCADOPAGO_ACCESS_TOKEN: ${{ secrets.MP_TEST_ACCESS_TOKEN }}
      WOMPI_PUBLIC_KEY: pub_test_«PUB»
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run test:e2e
''', PUB=rs(r, 32))


@L('generic', 'public_key')
def lk_android_strings(r):
    return 'app/src/main/res/values/payment_keys.xml', T('''
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!-- publishable keys only; secrets stay on the backend -->
    <string name="paystack_public_key" translatable="false">pk_live_«PK»</string>
    <string name="flutterwave_public_key" translatable="false">FLWPUBK-«FP»-X</string>
    <string name="mp_public_key" translatable="false">«MP»</string>
    <string name="backend_url" translatable="false">https://api.«D»</string>
</resources>
''', PK=hx(r, 40), FP=hx(r, 32), MP=g_mp_public(r), D=domain(r))


@L('paystack', 'public_key')
def lk_dart_paystack_pk(r):
    return 'lib/payment/paystack_init.dart', T('''
import 'package:flutter_paystack/flutter_paystack.dart';

final plugin = PaystackPlugin();

Future<void> initPaystack() async {
  await plugin.initialize(publicKey: 'pk_«M»_«PK»');
}
''', M=pick(r, ['live', 'test']), PK=hx(r, 40))


@L('generic', 'uuid')
def lk_java_idempotency(r):
    return 'src/main/java/com/%s/payments/IdempotencyFilter.java' % shop(r), T('''
package com.«N».payments;

import java.util.UUID;

public final class IdempotencyKeys {
    // fixed keys used by the contract tests
    public static final String CONTRACT_TEST_KEY = "«U1»";
    public static final String REFUND_TEST_KEY = "«U2»";

    public static String next() {
        return UUID.randomUUID().toString();
    }
}
''', N=shop(r), U1=uid(r), U2=uid(r))


@L('ozow', 'signature')
def lk_ozow_form(r):
    return 'docs/ozow-post-example.html', T('''
<!-- Example post generated by the staging environment -->
<form method="post" action="https://pay.ozow.com">
  <input type="hidden" name="SiteCode" value="«SC»" />
  <input type="hidden" name="CountryCode" value="ZA" />
  <input type="hidden" name="CurrencyCode" value="ZAR" />
  <input type="hidden" name="Amount" value="«A»" />
  <input type="hidden" name="TransactionReference" value="«REF»" />
  <input type="hidden" name="BankReference" value="«BR»" />
  <input type="hidden" name="IsTest" value="true" />
  <input type="hidden" name="HashCheck" value="«H»" />
</form>
''', SC='%s-%s-%03d' % (rs(r, 3, UP), rs(r, 3, UP), r.randint(1, 99)), A=amount(r), REF=ref(r),
             BR=rs(r, 10, UP + DIG), H=sha512(r))


@L('payfast', 'signature')
def lk_payfast_itn_log(r):
    lines = []
    for _ in range(r.randint(3, 5)):
        lines.append('%s payfast.ITN m_payment_id=%s pf_payment_id=%d payment_status=COMPLETE amount_gross=%s merchant_id=%d signature=%s valid=1' % (
            ts(r), ref(r), r.randint(10 ** 6, 10 ** 7), amount(r), r.randint(10000000, 19999999), md5(r)))
    return 'logs/payfast-itn.log', '\n'.join(lines) + '\n'


@L('generic', 'encoded_data')
def lk_base64_receipt(r):
    d = {'receipt_id': ref(r, 'RCPT'), 'mime': 'application/pdf',
         'content_base64': base64.b64encode(b'%PDF-1.4\n' + rbytes(r, 300)).decode(),
         'sha256': sha256(r)}
    return 'tests/fixtures/receipt.json', json.dumps(d, indent=2) + '\n'


@L('dlocal', 'signature')
def lk_dlocal_log(r):
    lines = []
    for _ in range(r.randint(3, 5)):
        lines.append('%s DEBUG dlocal -> POST /secure_payments X-Date=%s X-Login=*** Authorization="V2-HMAC-SHA256, Signature: %s" order_id=%s' % (
            ts(r), ts(r), sha256(r), ref(r)))
    return 'logs/dlocal-client.log', '\n'.join(lines) + '\n'


@L('ebanx', 'transaction_reference')
def lk_ebanx_response(r):
    d = {'payment': {'hash': hx(r, 40) + hx(r, 2) + '_' + hx(r, 8), 'pin': str(r.randint(10 ** 8, 10 ** 9)),
                     'merchant_payment_code': ref(r), 'status': 'CO', 'amount_br': amount(r),
                     'currency_ext': 'BRL', 'payment_type_code': pick(r, ['pix', 'boleto', 'creditcard']),
                     'pix': {'qr_code_value': '00020101021226%s' % rs(r, 60, DIG)}},
         'status': 'SUCCESS'}
    return 'spec/fixtures/ebanx/payment_query.json', json.dumps(d, indent=2) + '\n'


@L('mercadopago', 'signature')
def lk_mp_webhook_log(r):
    lines = []
    for _ in range(r.randint(3, 5)):
        lines.append('%s INFO mp.webhook topic=payment data.id=%d x-request-id=%s x-signature="ts=%d,v1=%s" ok' % (
            ts(r), r.randint(10 ** 10, 10 ** 11), uid(r), r.randint(1700000000, 1730000000), sha256(r)))
    return 'logs/webhooks.log', '\n'.join(lines) + '\n'


@L('fawry', 'signature')
def lk_fawry_request(r):
    d = {'merchantCode': base64.b64encode(rbytes(r, 16)).decode(), 'merchantRefNum': str(r.randint(10 ** 6, 10 ** 9)),
         'customerMobile': '010%s' % rs(r, 8, DIG), 'paymentMethod': 'PayAtFawry', 'amount': float(amount(r)),
         'currencyCode': 'EGP', 'description': 'Order payment', 'paymentExpiry': r.randint(1700000000000, 1730000000000),
         'chargeItems': [{'itemId': hx(r, 8), 'price': float(amount(r)), 'quantity': 1}],
         'signature': sha256(r)}
    return 'docs/examples/fawry-charge-request.json', json.dumps(d, indent=2) + '\n'


@L('generic', 'public_key')
def lk_ssh_authorized(r):
    keys = []
    for _ in range(r.randint(2, 4)):
        keys.append('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s' % (
            base64.b64encode(rbytes(r, 32)).decode()[:43], pick(r, FIRST).lower(), shop(r)))
    return 'deploy/authorized_keys', '\n'.join(keys) + '\n'


@L('mpesa', 'certificate')
def lk_cert(r):
    return 'certs/ProductionCertificate.cer', pem_block(r, 'CERTIFICATE', 900, '308203')


@L('generic', 'commit_sha')
def lk_changelog(r):
    lines = ['# Changelog', '']
    for i in range(r.randint(4, 8)):
        lines.append('- %s %s (%s)' % (hashlib.sha1(rbytes(r, 8)).hexdigest()[:pick(r, [7, 12, 40])],
                                        pick(r, ['fix paystack webhook retry', 'add Nequi to Wompi checkout',
                                                 'bump mercadopago sdk', 'handle M-Pesa timeout callbacks',
                                                 'PayFast ITN signature check', 'Fawry reference expiry']),
                                        date(r)))
    return 'CHANGELOG.md', '\n'.join(lines) + '\n'


@L('kushki', 'signature')
def lk_kushki_webhook_log(r):
    lines = []
    for _ in range(r.randint(3, 5)):
        lines.append('%s INFO kushki webhook ticketNumber=%s transactionReference=%s X-Kushki-Id=%s X-Kushki-Signature=%s accepted' % (
            ts(r), rs(r, 18, DIG), uid(r), hx(r, 32), sha256(r)))
    return 'logs/kushki-webhooks.log', '\n'.join(lines) + '\n'


@L('openpay', 'id')
def lk_openpay_public(r):
    return 'public/js/openpay-init.js', T('''
OpenPay.setId('m«MID»');
OpenPay.setApiKey('pk_«PK»');
OpenPay.setSandboxMode(false);
var deviceSessionId = OpenPay.deviceData.setup('payment-form', 'device_session_id');
''', MID=rs(r, 19, LOWNUM), PK=hx(r, 32))


@L('generic', 'placeholder')
def lk_env_example(r):
    return pick(r, ['.env.example', '.env.sample']), T('''
# Copy to .env and fill in. Never commit real keys.
APP_URL=http://localhost:8000
PAYSTACK_PUBLIC_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
PAYSTACK_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
FLW_SECRET_KEY=FLWSECK_TEST-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X
MPESA_CONSUMER_KEY=
MPESA_CONSUMER_SECRET=
MPESA_PASSKEY=
MERCADOPAGO_ACCESS_TOKEN=<your-access-token>
''')


@L('payfast', 'id')
def lk_payfast_form(r):
    return 'resources/views/checkout/payfast.blade.php', T('''
<form action="https://www.payfast.co.za/eng/process" method="post">
    <input type="hidden" name="merchant_id" value="{{ config('payfast.merchant_id') }}">
    <input type="hidden" name="merchant_key" value="{{ config('payfast.merchant_key') }}">
    <input type="hidden" name="m_payment_id" value="{{ $order->reference }}">
    <input type="hidden" name="amount" value="{{ number_format($order->total, 2, '.', '') }}">
    <input type="hidden" name="item_name" value="Order {{ $order->reference }}">
    <input type="hidden" name="signature" value="{{ $signature }}">
    <button type="submit">Pay with PayFast</button>
</form>
''')


# ==================================================================== driver
N_POS = 500
N_NEG = 500


def blocked_env(path):
    base = path.rsplit('/', 1)[-1]
    if base == '.env':
        return True
    if base.startswith('.env.'):
        return base[5:] not in ('example', 'sample')
    return False


def ftype(path):
    base = path.rsplit('/', 1)[-1]
    if base == '.env' or base.startswith('.env.'):
        return 'env'
    if base == 'Dockerfile':
        return 'dockerfile'
    if base == 'authorized_keys':
        return 'ssh'
    if base == 'go.sum':
        return 'gosum'
    if base.endswith('.postman_collection.json') or base.endswith('.postman_environment.json'):
        return 'postman'
    if base.endswith('.blade.php'):
        return 'php'
    if '.' not in base:
        return base.lower()
    ext = base.rsplit('.', 1)[1].lower()
    return {'yaml': 'yml', 'kts': 'gradle.kts', 'cer': 'pem', 'key': 'pem', 'template': 'env-template'}.get(ext, ext)


def cycler(r, items):
    """Round-robin over items, reshuffled on every pass (deterministic)."""
    pool = []
    while True:
        if not pool:
            pool = list(items)
            r.shuffle(pool)
        yield pool.pop()


def write(root, rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write('usage: gen_gg.py OUTDIR SEED\n')
        return 2
    out, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []

    conv = [t for t in POS if t[2]]
    nonconv = [t for t in POS if not t[2]]
    assert len(POS) >= 60 and len(LOOK) >= 30
    cyc = {True: cycler(r, conv), False: cycler(r, nonconv)}
    n_env = 0
    seen_needles = []
    for i in range(N_POS):
        want_conv = (i % 2 == 0)
        while True:
            name, gname, is_conv, fn = next(cyc[want_conv])
            S = Slot(r, GENS[gname], neg=False)
            rel, text = fn(r, S)
            if blocked_env(rel) and n_env + 1 > N_POS // 20:
                continue
            break
        if blocked_env(rel):
            n_env += 1
        needle = S.needle
        lines = text.split('\n')
        line = next((k + 1 for k, ln in enumerate(lines) if needle in ln), None)
        assert line is not None, (name, needle)
        assert needle in lines[line - 1]
        assert needle not in seen_needles[-50:]
        seen_needles.append(needle)
        frel = 'pos/p%04d/%s' % (i, rel)
        write(out, frel, text)
        with open(os.path.join(out, frel), encoding='utf-8') as f:
            check = f.read().split('\n')
        assert needle in check[line - 1], frel
        manifest.append({'file': frel, 'label': 'pos', 'provider': S.g.provider, 'kind': S.g.kind,
                         'filetype': ftype(rel), 'template': name,
                         'naming': 'conventional' if is_conv else 'other'})
        secrets.append({'file': frel, 'needle': needle, 'line': line})

    slot_tpls = [t for t in POS if t[0] not in PEM_ONLY]
    jobs = ['slot'] * (N_NEG // 2) + ['look'] * (N_NEG - N_NEG // 2)
    r.shuffle(jobs)
    cs, cl = cycler(r, slot_tpls), cycler(r, LOOK)
    for i, job in enumerate(jobs):
        if job == 'slot':
            name, gname, is_conv, fn = next(cs)
            S = Slot(r, GENS[gname], neg=True)
            rel, text = fn(r, S)
            provider, kind = S.g.provider, ('env_ref' if S.mode == 'env' else S.mode)
        else:
            name, provider, kind, fn = next(cl)
            rel, text = fn(r)
        assert not blocked_env(rel), rel
        frel = 'neg/n%04d/%s' % (i, rel)
        write(out, frel, text)
        manifest.append({'file': frel, 'label': 'neg', 'provider': provider, 'kind': kind,
                         'filetype': ftype(rel), 'template': name})

    with open(os.path.join(out, 'manifest.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + '\n')
    with open(os.path.join(out, 'secrets.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for s in secrets:
            f.write(json.dumps(s, ensure_ascii=False) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
