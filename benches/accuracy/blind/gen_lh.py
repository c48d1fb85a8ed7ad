#!/usr/bin/env python3
"""Blind evaluation-set generator "lh" for secret scanners.

EMPHASIS
    The Turkish, Middle Eastern and North African developer ecosystem.
    Providers: iyzico (API key + secret key, live and `sandbox-` keys), PayTR
    (merchant_key / merchant_salt), Param (CLIENT_PASSWORD), Papara (API key),
    Moyasar (sk_live_/sk_test_), Tap Payments (sk_live_), PayTabs (server key),
    Checkout.com MENA (sk_ / sk_sbox_), Network International N-Genius (base64
    API key), Fawry (security key), Paymob (secret key, legacy API key, HMAC
    secret), Tabby / Tamara (secret keys, API token, notification token),
    Unifonic (AppSid), Netgsm (usercode/password), Ileti Merkezi (secret),
    Msegat (apiKey), Taqnyat (bearer token), e-Fatura / e-Arsiv integrators
    (Uyumsoft, Logo, Foriba/Sovos passwords), ZATCA e-invoicing (CSID secret,
    secp256k1 EC private keys), HyperPay/OPPWA (access token), Nafath (app key),
    Careem / Talabat / Yemeksepeti partner credentials.
    File types: PHP (Laravel), C#, Python, JavaScript/Node, Java, Kotlin, YAML,
    JSON, XML (UBL invoices, SOAP), properties, .env (few), shell, Markdown in
    Turkish/Arabic, SQL, CSV, logs, PEM, Terraform, Dockerfile-ish compose.

USAGE
    python3 -B gen_lh.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  All randomness comes from
    one random.Random(SEED); output is byte-identical for one seed.

NEEDLE CONVENTIONS
    * The needle is the secret value only, exactly as written: no quotes, no
      variable name, no "Bearer "/"Basic "/"Token " scheme word in headers.
    * Key pairs (iyzico apiKey+secretKey, PayTR id+key+salt, Ileti Merkezi
      key+secret, ZATCA binarySecurityToken+secret, HyperPay token+entityId):
      the needle is the secret half; the paired id / public half may appear.
    * URLs and query strings: the needle is the password/token parameter value.
    * Connection-style strings (user:secret): the needle is the secret part.
    * Base64 keys built from id:secret (N-Genius, HyperPay): the whole base64
      string is the needle.
    * Multi-line PEM private keys: the needle is the first base64 body line
      (the line right after -----BEGIN ...-----).  One-line key bodies
      (ZATCA SDK style) use the whole body.
    * The line is the 1-based line of the needle's first occurrence.

NEGATIVES
    Half re-use the positive templates with the secret slot holding a
    non-secret: Turkish/Arabic/English placeholders, empty strings, masks,
    ${VAR}/env()/os.environ/process.env references, vault / op:// paths,
    Helm/Jinja template expressions, documented example keys (iyzico sandbox
    keys from the SDK samples, Tap's published test keys, HyperPay/OPPWA's
    published test token, ZATCA SDK sample secret and key) and values the
    providers document as public (pk_live_ publishable keys, Paymob public
    keys, Tabby pk_, PayTabs client keys, entity / merchant / integration ids).
    The other half are look-alikes: UBL invoices with UUIDs, base64 SHA-256
    invoice hashes and QR TLV payloads, public certificates and public keys,
    TCKN lists (valid checksums), IBANs (valid mod-97), lockfile integrity
    hashes, image digests, git SHAs, logs with transaction ids, test cards,
    env/secret-manager references, schema files naming secret columns.
    No negative is written to a .env / .env.local / .env.production file.

FORMATS CHECKED (documentation and public code seen via search)
    * iyzico docs: API key and secret key; sandbox credentials come with the
      prefix "sandbox-"; sandbox pair sandbox-afXh.../sandbox-wbwp... appears
      throughout the official SDK samples (used only as negatives).
    * Moyasar docs: secret keys start sk_, publishable pk_; test sk_test_/
      pk_test_, live sk_live_/pk_live_; publishable key safe in client code.
    * Tap docs: Authorization: Bearer <secret key>; published test keys
      sk_test_ + 24 alphanumerics (used as negatives only).
    * PayTabs docs: profile_id (int) + server key in the authorization header.
    * Paymob docs: secret key (sk...live), public key (pk...live), API key (same
      for test/live), integration ids, HMAC secret; code samples show
      egy_sk_test_ + 64 hex and legacy API keys that are base64 of a JWT.
    * Tabby docs / collection: test keys pk_test / sk_test, live sk_ / pk_.
    * Unifonic docs: AppSid form parameter on /rest/SMS/messages.
    * HyperPay / OPPWA: Authorization: Bearer <access token>, entityId 32 hex;
      the published test token is base64("<32 hex>|<password>").
    * ZATCA: compliance/production CSID responses return binarySecurityToken
      (base64 of the base64 certificate, starts "TUlJ") and a 44-char base64
      secret; used as Basic user:password.  SDK keys are EC secp256k1,
      SEC1 DER "MHQCAQEEI..." bodies.
    * PayTR: merchant_id (digits), merchant_key and merchant_salt, token =
      base64(HMAC-SHA256(hash_str + salt, key)).  Netgsm: usercode/password/
      msgheader on api.netgsm.com.tr.  Msegat: userName + apiKey.  Taqnyat:
      bearer token on api.taqnyat.sa/v1/messages.

DOUBTS
    * iyzico live key length (32 alphanumerics after optional "sandbox-") is
      inferred from public samples, not stated by the docs.
    * Moyasar key body length (40 alphanumerics) is a guess; prefixes are doc'd.
    * PayTabs server key layout (S + 9 / 10 / 10 upper-alnum groups, client
      key C...) is from memory of public samples, not from the docs page seen.
    * Checkout.com NAS key body (27 chars base32 lowercase) not confirmed.
    * Paymob HMAC secret as 32 upper hex, Paymob public key body, Fawry security
      key (32 hex), Papara API key (base64), Ileti Merkezi secret (64 hex),
      Taqnyat token (32 hex), Msegat key (32 upper hex), Nafath app key,
      Tamara notification token (UUID), Tabby sk_ + UUID body, Careem /
      Talabat / Yemeksepeti credential shapes: not confirmed by documentation.
    * None of these formats documents a checksum, so none is generated.
    * Search results included GitGuardian detector pages (a scanner's docs);
      they were not used.
"""
import base64
import hashlib
import hmac
import json
import os
import random
import sys
import uuid

R = random.Random(0)

B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPAN = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B32L = "abcdefghijklmnopqrstuvwxyz234567"
DIG = "0123456789"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def rb(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(n):
    return base64.b64encode(rb(n)).decode()


def b64s(data):
    if isinstance(data, str):
        data = data.encode()
    return base64.b64encode(data).decode()


def b64url(data):
    if isinstance(data, str):
        data = data.encode()
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def digits(n, first_nonzero=True):
    s = rs(DIG, n)
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def pick(*xs):
    return R.choice(xs)


def fill(s, **kw):
    for k, v in kw.items():
        s = s.replace("\u00ab" + k + "\u00bb", str(v))
    return s


def password(n=None):
    n = n or R.randint(10, 14)
    sym = "!#.*-_+%"
    while True:
        p = rs(B62 + sym, n)
        if (any(c.isupper() for c in p) and any(c.islower() for c in p)
                and any(c.isdigit() for c in p) and any(c in sym for c in p)):
            return p


def human_password():
    w = pick("Ankara", "Izmir", "Bursa", "Konya", "Riyadh", "Jeddah", "Kahire",
             "Marmara", "Toros", "Sahra", "Nil", "Kartal", "Lale", "Zeytin")
    return w + pick("#", "!", ".", "*", "_") + digits(4) + rs(B62, R.randint(2, 4))


def jwt(header, payload, siglen):
    return b64url(json.dumps(header, separators=(",", ":"))) + "." + \
        b64url(json.dumps(payload, separators=(",", ":"))) + "." + b64url(rb(siglen))


def pem_lines(b64body):
    return [b64body[i:i + 64] for i in range(0, len(b64body), 64)]


def ec_secp256k1_der():
    return (bytes.fromhex("30740201010420") + rb(32) + bytes.fromhex("a00706052b8104000aa144034200")
            + b"\x04" + rb(64))


def tckn():
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(str(x) for x in d + [d10, d11])


def iban(country):
    bban = {"TR": lambda: digits(5, False) + "0" + digits(16, False),
            "SA": lambda: digits(2, False) + rs(UPAN, 18),
            "AE": lambda: digits(3, False) + digits(16, False),
            "EG": lambda: digits(25, False)}[country]()
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (country, chk, bban)


def vat_sa():
    return "3" + digits(13, False) + "3"


COMPANIES = ["Anadolu Market A.S.", "Kapadokya Tekstil Ltd.", "Bogazici Yazilim", "Ege Gida San.",
             "Riyadh Souq Co.", "Jeddah Electronics", "Nil Pharma SAE", "Dubai Perfumes LLC",
             "Kahire Kitap Evi", "Marmara Lojistik", "Al Noor Trading", "Medina Dates Co.",
             "Karadeniz Cay", "Atlas Maroc SARL", "Tunis Digital"]
SLUGS = ["anadolu-market", "kapadokya", "bogazici-shop", "egegida", "souq-riyadh", "jeddah-elec",
         "nilpharma", "dxb-perfumes", "kitapevi", "marmara-lojistik", "alnoor", "medina-dates",
         "karadeniz-cay", "atlas-maroc", "tunis-digital"]


def company():
    return R.choice(COMPANIES)


def slug():
    return R.choice(SLUGS)


def domain():
    return slug() + pick(".com.tr", ".sa", ".com", ".ae", ".com.eg")


def phone():
    return pick("90532" + digits(7, False), "966505" + digits(6, False), "20100" + digits(7, False))


# ---------------------------------------------------------------------------
# secret generators: each returns (value_inserted, needle)
# ---------------------------------------------------------------------------

def g_iyzico():
    v = rs(B62, 32) if R.random() < 0.7 else "sandbox-" + rs(B62, 32)
    return v, v


NEG_MODE = [False]


def g_iyzico_api_companion(secret):
    if NEG_MODE[0]:
        return pick(IYZICO_DOC_API, "", "<api-anahtari>", "${IYZICO_API_KEY}")
    return ("sandbox-" if secret.startswith("sandbox-") else "") + rs(B62, 32)


def g_ileti_key():
    if NEG_MODE[0]:
        return pick("", "<api-key>", "ILETI_MERKEZI_KEY")
    return rs(HEXL, 32)


def g16():
    v = rs(B62, 16)
    return v, v


def g_pass():
    v = password()
    return v, v


def g_human():
    v = human_password()
    return v, v


def g_papara():
    v = b64(48)
    return v, v


def g_moyasar():
    v = ("sk_live_" if R.random() < 0.8 else "sk_test_") + rs(B62, 40)
    return v, v


def g_tap():
    v = ("sk_live_" if R.random() < 0.8 else "sk_test_") + rs(B62, 24)
    return v, v


def g_paytabs():
    v = "S" + rs(UPAN, 9) + "-" + rs(UPAN, 10) + "-" + rs(UPAN, 10)
    return v, v


def g_checkout():
    v = ("sk_" if R.random() < 0.6 else "sk_sbox_") + rs(B32L, 27)
    return v, v


def g_ngenius():
    v = b64s(uid() + ":" + uid())
    return v, v


def g_hex32():
    v = rs(HEXL, 32)
    return v, v


def g_hex32u():
    v = rs(HEXU, 32)
    return v, v


def g_hex64():
    v = rs(HEXL, 64)
    return v, v


def g_paymob_sk():
    v = pick("egy", "egy", "are", "ksa", "omn") + "_sk_live_" + rs(HEXL, 64)
    return v, v


def g_paymob_api():
    tok = jwt({"alg": "HS512", "typ": "JWT"},
              {"class": "Merchant", "profile_pk": int(digits(6)), "name": "initial"}, 64)
    v = b64s(tok)
    return v, v


def g_tabby():
    v = ("sk_" if R.random() < 0.75 else "sk_test_") + uid()
    return v, v


def g_tamara_token():
    v = jwt({"alg": "RS256", "typ": "JWT"},
            {"accountId": uid(), "type": "merchant", "salt": rs(HEXL, 32),
             "roles": ["ROLE_MERCHANT"], "iat": 1700000000 + R.randint(0, 40000000),
             "iss": "Tamara"}, 256)
    return v, v


def g_uuid():
    v = uid()
    return v, v


def g_appsid():
    v = rs(B62, R.randint(28, 32))
    return v, v


def g_netgsm():
    v = rs(B62, R.randint(6, 8)) + pick(".", "!", "#", "") + digits(2, False)
    return v, v


def g_b40():
    v = rs(B62, 40)
    return v, v


def g_zatca_secret():
    v = b64(32)
    return v, v


def g_hyperpay():
    v = b64s(rs(HEXL, 32) + "|" + rs(B62 + "?#=!%+", R.randint(10, 22)))
    return v, v


def g_ec_pem():
    body = b64s(ec_secp256k1_der())
    lines = pem_lines(body)
    v = "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END EC PRIVATE KEY-----"
    return v, lines[0]


def g_ec_body():
    v = b64s(ec_secp256k1_der())
    return v, v


def zatca_bst():
    inner = "MIID" + b64(480)
    return b64s(inner)


def oppwa_entity():
    return "8ac7a4c" + rs(HEXL, 25)


# ---------------------------------------------------------------------------
# positive templates: fn(v) -> (relpath, text); v is the value for the slot
# ---------------------------------------------------------------------------
POS = []


def P(provider, kind, gen, env, lang):
    def deco(fn):
        POS.append({"name": fn.__name__, "provider": provider, "kind": kind, "gen": gen,
                    "env": env, "lang": lang, "fn": fn})
        return fn
    return deco


@P("iyzico", "secret_key", g_iyzico, "IYZICO_SECRET_KEY", "php")
def t_iyzico_laravel_services(v):
    return "config/services.php", fill("""<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Ucuncu parti servisler
    |--------------------------------------------------------------------------
    */

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
    ],

    // iyzico odeme altyapisi (3D Secure + checkout form)
    'iyzico' => [
        'base_url' => env('IYZICO_BASE_URL', '«URL»'),
        'api_key' => env('IYZICO_API_KEY'),
        'secret_key' => env('IYZICO_SECRET_KEY', '«V»'),
        'callback_url' => env('APP_URL') . '/odeme/iyzico/callback',
        'installments' => [1, 2, 3, 6, 9],
    ],

    'netgsm' => [
        'header' => env('NETGSM_HEADER', '«HDR»'),
    ],
];
""", V=v, URL=pick("https://api.iyzipay.com", "https://sandbox-api.iyzipay.com"), HDR=slug().upper()[:11])


@P("iyzico", "secret_key", g_iyzico, "IYZICO_SECRET_KEY", "cs")
def t_iyzico_cs_options(v):
    api = g_iyzico_api_companion(v)
    return "src/Odeme.Api/Services/IyzicoPaymentService.cs", fill("""using System;
using System.Threading.Tasks;
using Iyzipay;
using Iyzipay.Model;
using Iyzipay.Request;
using Microsoft.Extensions.Logging;

namespace Odeme.Api.Services
{
    // iyzico ile kart odemesi alan servis
    public class IyzicoPaymentService : IPaymentService
    {
        private readonly ILogger<IyzicoPaymentService> _logger;
        private readonly Options _options;

        public IyzicoPaymentService(ILogger<IyzicoPaymentService> logger)
        {
            _logger = logger;
            _options = new Options
            {
                ApiKey = "«API»",
                SecretKey = "«V»",
                BaseUrl = "«URL»"
            };
        }

        public async Task<Payment> ChargeAsync(CreatePaymentRequest request)
        {
            request.Locale = Locale.TR.ToString();
            request.Currency = Currency.TRY.ToString();
            var payment = await Payment.Create(request, _options);
            _logger.LogInformation("iyzico odeme sonucu: {Status} {PaymentId}", payment.Status, payment.PaymentId);
            return payment;
        }
    }
}
""", V=v, API=api, URL=pick("https://api.iyzipay.com", "https://sandbox-api.iyzipay.com"))


@P("iyzico", "secret_key", g_iyzico, "IYZICO_SECRET_KEY", "py")
def t_iyzico_django(v):
    return "shop/settings/production.py", fill('''import os

from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["«DOM»", "www.«DOM»"]

DATABASES["default"]["HOST"] = os.environ.get("DB_HOST", "db.internal")

# iyzico entegrasyonu
IYZICO = {
    "base_url": "api.iyzipay.com",
    "api_key": os.environ["IYZICO_API_KEY"],
    "secret": "«V»",
}

LANGUAGE_CODE = "tr"
TIME_ZONE = "Europe/Istanbul"
CURRENCY = "TRY"
''', V=v, DOM=domain())


@P("iyzico", "secret_key", g_iyzico, "IYZICO_SECRET_KEY", "js")
def t_iyzico_node(v):
    return "server/lib/iyzico.js", fill("""'use strict';

const Iyzipay = require('iyzipay');

// Odeme istemcisi - tek ornek olarak paylasilir
const iyzipay = new Iyzipay({
  apiKey: process.env.IYZI_KEY,
  secretKey: '«V»',
  uri: '«URL»'
});

function odemeBaslat(sepet, alici) {
  return new Promise((resolve, reject) => {
    iyzipay.checkoutFormInitialize.create({
      locale: Iyzipay.LOCALE.TR,
      conversationId: sepet.id,
      price: sepet.toplam,
      paidPrice: sepet.toplam,
      currency: Iyzipay.CURRENCY.TRY,
      basketId: sepet.id,
      callbackUrl: process.env.IYZI_CALLBACK,
      buyer: alici
    }, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

module.exports = { iyzipay, odemeBaslat };
""", V=v, URL=pick("https://api.iyzipay.com", "https://sandbox-api.iyzipay.com"))


@P("iyzico", "secret_key", g_iyzico, "IYZICO_SECRET_KEY", "java")
def t_iyzico_java(v):
    return "src/main/java/com/" + slug().replace("-", "") + "/odeme/IyzicoConfig.java", fill("""package com.magaza.odeme;

import com.iyzipay.Options;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class IyzicoConfig {

    @Bean
    public Options iyzicoOptions() {
        Options options = new Options();
        options.setApiKey(System.getenv("IYZICO_API_KEY"));
        options.setSecretKey("«V»");
        options.setBaseUrl("https://api.iyzipay.com");
        return options;
    }
}
""", V=v)


@P("iyzico", "secret_key", g_iyzico, "IYZICO_SECRET_KEY", "yaml")
def t_iyzico_spring_yaml(v):
    return "src/main/resources/application-prod.yml", fill("""server:
  port: 8080
  servlet:
    context-path: /api

spring:
  datasource:
    url: jdbc:postgresql://db:5432/magaza
    username: magaza_app
    password: ${DB_PASSWORD}
  jpa:
    open-in-view: false

iyzico:
  base-url: https://api.iyzipay.com
  api-key: ${IYZICO_API_KEY}
  secret-key: «V»
  callback-url: https://«DOM»/odeme/sonuc

logging:
  level:
    com.iyzipay: INFO
""", V=v, DOM=domain())


@P("iyzico", "secret_key", g_iyzico, "IYZICO_SECRET_KEY", "md")
def t_iyzico_md_tr(v):
    return "docs/odeme-kurulumu.md", fill("""# Odeme entegrasyonu (iyzico)

Bu dokuman canli ortama gecis adimlarini anlatir.

1. Merchant panelinde *Ayarlar > Firma Ayarlari* altindan anahtarlari alin.
2. Asagidaki degerleri sunucudaki yapilandirmaya girin.
3. Callback adresinin HTTPS oldugundan emin olun.

| Alan | Deger |
|------|-------|
| Base URL | https://api.iyzipay.com |
| Merchant ID | «MID» |
| Guvenlik anahtari | `«V»` |
| Callback | https://«DOM»/odeme/iyzico/callback |

Test kartlari icin iyzico dokumantasyonuna bakin.
""", V=v, MID=digits(6), DOM=domain())


@P("PayTR", "merchant_key", g16, "PAYTR_MERCHANT_KEY", "php")
def t_paytr_php_token(v):
    return "odeme/paytr_iframe.php", fill("""<?php
## 1. ADIM icin ornek kodlar ##

## API Entegrasyon Bilgileri - Magaza paneline giris yaparak BILGI sayfasindan alabilirsiniz.
$merchant_id   = '«MID»';
$merchant_key  = '«V»';
$merchant_salt = getenv('PAYTR_MERCHANT_SALT');

$email = $siparis['email'];
$payment_amount = (int) round($siparis['toplam'] * 100);
$merchant_oid = 'SP' . $siparis['id'] . time();
$user_basket = base64_encode(json_encode($sepet));
$no_installment = 0;
$max_installment = 0;
$currency = 'TL';
$test_mode = 0;

$hash_str = $merchant_id . $user_ip . $merchant_oid . $email . $payment_amount . $user_basket . $no_installment . $max_installment . $currency . $test_mode;
$paytr_token = base64_encode(hash_hmac('sha256', $hash_str . $merchant_salt, $merchant_key, true));
""", V=v, MID=digits(6))


@P("PayTR", "merchant_salt", g16, "PAYTR_MERCHANT_SALT", "php")
def t_paytr_php_callback(v):
    return "app/Http/Controllers/PaytrCallbackController.php", fill("""<?php

namespace App\\Http\\Controllers;

use App\\Models\\Siparis;
use Illuminate\\Http\\Request;

class PaytrCallbackController extends Controller
{
    // PayTR bildirim URL'i - sadece "OK" donmeli
    public function __invoke(Request $request)
    {
        $merchantKey = config('paytr.merchant_key');
        $merchant_salt = '«V»';

        $hash = base64_encode(hash_hmac('sha256',
            $request->merchant_oid . $merchant_salt . $request->status . $request->total_amount,
            $merchantKey, true));

        if ($hash !== $request->hash) {
            abort(400, 'PAYTR notification failed: bad hash');
        }

        $siparis = Siparis::where('oid', $request->merchant_oid)->firstOrFail();
        $siparis->update(['durum' => $request->status === 'success' ? 'odendi' : 'iptal']);

        return response('OK');
    }
}
""", V=v)


@P("PayTR", "merchant_key", g16, "PAYTR_MERCHANT_KEY", "py")
def t_paytr_python_hmac(v):
    return "payments/paytr.py", fill('''import base64
import hashlib
import hmac
import os

MERCHANT_ID = "«MID»"
SALT = os.environ.get("PAYTR_SALT", "")


def paytr_token(user_ip, merchant_oid, email, amount_kurus, basket_b64, currency="TL", test_mode="0"):
    """PayTR iFrame API icin paytr_token uretir."""
    hash_str = f"{MERCHANT_ID}{user_ip}{merchant_oid}{email}{amount_kurus}{basket_b64}00{currency}{test_mode}"
    digest = hmac.new(b"«V»", (hash_str + SALT).encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()
''', V=v, MID=digits(6))


@P("PayTR", "merchant_salt", g16, "PAYTR_MERCHANT_SALT", "js")
def t_paytr_node_tr(v):
    return "src/odeme/paytrBildirim.js", fill("""const crypto = require('crypto');
const express = require('express');

const router = express.Router();

const magazaAnahtari = process.env.PAYTR_KEY;
const magazaTuzu = '«V»';

// PayTR -> sunucu bildirimi
router.post('/paytr/bildirim', express.urlencoded({ extended: false }), (req, res) => {
  const { merchant_oid, status, total_amount, hash } = req.body;
  const beklenen = crypto
    .createHmac('sha256', magazaAnahtari)
    .update(merchant_oid + magazaTuzu + status + total_amount)
    .digest('base64');
  if (beklenen !== hash) {
    return res.status(400).send('hash uyusmadi');
  }
  // siparis guncelle ...
  return res.send('OK');
});

module.exports = router;
""", V=v)


@P("PayTR", "merchant_key", g16, "PAYTR_MERCHANT_KEY", "json")
def t_paytr_appsettings(v):
    return "src/Magaza.Web/appsettings.Production.json", fill("""{
  "Logging": {
    "LogLevel": {
      "Default": "Warning",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "Default": "Server=sql.internal;Database=Magaza;Trusted_Connection=True;TrustServerCertificate=True"
  },
  "PayTR": {
    "MerchantId": "«MID»",
    "MerchantKey": "«V»",
    "MerchantSalt": "",
    "OkUrl": "https://«DOM»/odeme/basarili",
    "FailUrl": "https://«DOM»/odeme/hata",
    "TestMode": false
  }
}
""", V=v, MID=digits(6), DOM=domain())


@P("Param", "client_password", g_pass, "PARAM_CLIENT_PASSWORD", "xml")
def t_param_soap(v):
    return "integration/param/TP_WMD_UCD.request.xml", fill("""<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Body>
    <TP_WMD_UCD xmlns="https://turkpos.com.tr/">
      <G>
        <CLIENT_CODE>«CC»</CLIENT_CODE>
        <CLIENT_USERNAME>«USER»</CLIENT_USERNAME>
        <CLIENT_PASSWORD>«V»</CLIENT_PASSWORD>
      </G>
      <GUID>«GUID»</GUID>
      <KK_Sahibi>ALI VELI</KK_Sahibi>
      <Islem_Guvenlik_Tip>3D</Islem_Guvenlik_Tip>
      <Siparis_ID>«OID»</Siparis_ID>
      <Islem_Tutar>150,00</Islem_Tutar>
      <Toplam_Tutar>150,00</Toplam_Tutar>
    </TP_WMD_UCD>
  </soap:Body>
</soap:Envelope>
""", V=v, CC=digits(5), USER=slug().split("-")[0], GUID=uid().upper(), OID=digits(8))


@P("Param", "client_password", g_pass, "PARAM_CLIENT_PASSWORD", "cs")
def t_param_cs_ctor(v):
    return "src/Tahsilat/ParamPosFactory.cs", fill("""using System;
using Tahsilat.Param;

namespace Tahsilat
{
    public static class ParamPosFactory
    {
        // Param POS istemcisi: kod, kullanici, sifre, GUID
        public static ParamPosClient Create()
        {
            return new ParamPosClient(
                "«CC»",
                "«USER»",
                "«V»",
                Guid.Parse("«GUID»"),
                new Uri("https://posws.param.com.tr/turkpos.ws/service_turkpos_prod.asmx"));
        }
    }
}
""", V=v, CC=digits(5), USER=slug().split("-")[0], GUID=uid().upper())


@P("Papara", "api_key", g_papara, "PAPARA_API_KEY", "kt")
def t_papara_kotlin(v):
    return "app/src/main/java/com/" + slug().replace("-", "") + "/payment/PaparaClient.kt", fill("""package com.magaza.payment

import okhttp3.OkHttpClient
import okhttp3.Request

private const val PAPARA_BASE_URL = "https://merchant-api.papara.com"
private const val PAPARA_API_KEY = "«V»"

class PaparaClient(private val http: OkHttpClient = OkHttpClient()) {

    fun paymentStatus(paymentId: String): String? {
        val request = Request.Builder()
            .url("$PAPARA_BASE_URL/payments?id=$paymentId")
            .header("ApiKey", PAPARA_API_KEY)
            .build()
        http.newCall(request).execute().use { return it.body?.string() }
    }
}
""", V=v)


@P("Papara", "api_key", g_papara, "PAPARA_API_KEY", "js")
def t_papara_axios(v):
    return "services/papara.ts", fill("""import axios from 'axios';

export const papara = axios.create({
  baseURL: 'https://merchant-api.papara.com',
  timeout: 10000,
  headers: {
    ApiKey: '«V»',
    'Content-Type': 'application/json',
  },
});

export async function createPayment(amount: number, referenceId: string) {
  const { data } = await papara.post('/payments', {
    amount,
    referenceId,
    orderDescription: `Siparis ${referenceId}`,
    notificationUrl: 'https://«DOM»/webhooks/papara',
    redirectUrl: 'https://«DOM»/odeme/sonuc',
  });
  return data;
}
""", V=v, DOM=domain())


@P("Moyasar", "secret_key", g_moyasar, "MOYASAR_SECRET_KEY", "php")
def t_moyasar_laravel(v):
    return "config/moyasar.php", fill("""<?php

// إعدادات بوابة الدفع ميسر
return [
    'publishable' => env('MOYASAR_PUBLISHABLE_KEY'),
    'secret' => '«V»',
    'currency' => 'SAR',
    'callback_url' => env('APP_URL') . '/payments/moyasar/callback',
    'methods' => ['creditcard', 'applepay', 'stcpay'],
];
""", V=v)


@P("Moyasar", "secret_key", g_moyasar, "MOYASAR_SECRET_KEY", "py")
def t_moyasar_requests(v):
    return "orders/moyasar_client.py", fill('''import requests

API = "https://api.moyasar.com/v1"


def fetch_payment(payment_id: str) -> dict:
    """جلب حالة الدفع من ميسر والتحقق من المبلغ."""
    resp = requests.get(f"{API}/payments/{payment_id}", auth=("«V»", ""), timeout=15)
    resp.raise_for_status()
    return resp.json()


def refund(payment_id: str, amount_halalas: int) -> dict:
    resp = requests.post(
        f"{API}/payments/{payment_id}/refund",
        data={"amount": amount_halalas},
        auth=("«V»", ""),
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()
''', V=v)


@P("Moyasar", "secret_key", g_moyasar, "MOYASAR_SECRET_KEY", "js")
def t_moyasar_node(v):
    return "src/payments/moyasar.mjs", fill("""// Moyasar server-side verification
const MOYASAR_SECRET_KEY = "«V»";
const auth = 'Basic ' + Buffer.from(MOYASAR_SECRET_KEY + ':').toString('base64');

export async function verifyPayment(id, expected) {
  const res = await fetch(`https://api.moyasar.com/v1/payments/${id}`, {
    headers: { Authorization: auth },
  });
  const p = await res.json();
  return p.status === 'paid' && p.amount === expected.amount && p.currency === 'SAR';
}
""", V=v)


@P("Moyasar", "secret_key", g_moyasar, "MOYASAR_SECRET_KEY", "sh")
def t_moyasar_curl(v):
    return "scripts/moyasar-refund.sh", fill("""#!/usr/bin/env bash
# استرجاع مبلغ عملية دفع
set -euo pipefail

PAYMENT_ID="${1:?payment id}"
AMOUNT="${2:-}"

curl -sS https://api.moyasar.com/v1/payments/${PAYMENT_ID}/refund \\
  -u «V»: \\
  ${AMOUNT:+-d amount=$AMOUNT} | jq .
""", V=v)


@P("Tap", "secret_key", g_tap, "TAP_SECRET_KEY", "js")
def t_tap_fetch(v):
    return "api/tap/charge.js", fill("""export default async function handler(req, res) {
  const { amount, currency = 'KWD', customer } = req.body;
  const r = await fetch('https://api.tap.company/v2/charges', {
    method: 'POST',
    headers: {
      Authorization: 'Bearer «V»',
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({
      amount,
      currency,
      customer,
      source: { id: 'src_all' },
      redirect: { url: 'https://«DOM»/checkout/return' },
    }),
  });
  res.status(r.status).json(await r.json());
}
""", V=v, DOM=domain())


@P("Tap", "secret_key", g_tap, "TAP_SECRET_KEY", "java")
def t_tap_java(v):
    return "src/main/java/com/shop/payments/TapConfig.java", fill("""package com.shop.payments;

public final class TapConfig {
    private TapConfig() {}

    public static final String BASE_URL = "https://api.tap.company/v2";
    public static final String MERCHANT_ID = "«MID»";
    public static final String TAP_SECRET_KEY = "«V»";
    public static final String DEFAULT_CURRENCY = "SAR";
}
""", V=v, MID=digits(6))


@P("Tap", "secret_key", g_tap, "TAP_SECRET_KEY", "yaml")
def t_tap_compose(v):
    return "docker-compose.prod.yml", fill("""version: "3.9"
services:
  api:
    image: ghcr.io/«SLUG»/api:1.14.2
    restart: unless-stopped
    ports:
      - "8080:8080"
    environment:
      NODE_ENV: production
      DATABASE_URL: ${DATABASE_URL}
      TAP_SECRET_KEY: «V»
      TAP_MERCHANT_ID: "«MID»"
      DEFAULT_CURRENCY: KWD
    depends_on:
      - redis
  redis:
    image: redis:7-alpine
""", V=v, SLUG=slug(), MID=digits(6))


@P("Tap", "secret_key", g_tap, "TAP_SECRET_KEY", "md")
def t_tap_md_ar(v):
    return "docs/ar/payments.md", fill("""# ربط بوابة الدفع Tap

هذا الملف يشرح إعداد الدفع في بيئة الإنتاج.

## المفاتيح

- معرف التاجر: `«MID»`
- المفتاح السري (الخادم فقط): `«V»`
- العملة الافتراضية: KWD

## ملاحظات

لا تستخدم المفتاح السري في تطبيق الجوال. استخدم المفتاح العام فقط في الواجهة.
""", V=v, MID=digits(6))


@P("PayTabs", "server_key", g_paytabs, "PAYTABS_SERVER_KEY", "php")
def t_paytabs_laravel(v):
    return "config/paytabs.php", fill("""<?php

return [
    'profile_id' => env('PAYTABS_PROFILE_ID', «PID»),
    'server_key' => env('PAYTABS_SERVER_KEY', '«V»'),
    'currency' => env('PAYTABS_CURRENCY', 'SAR'),
    'region' => env('PAYTABS_REGION', 'SAU'),
    'callback' => env('PAYTABS_CALLBACK_URL', 'https://«DOM»/paytabs/ipn'),
];
""", V=v, PID=digits(5), DOM=domain())


@P("PayTabs", "server_key", g_paytabs, "PAYTABS_SERVER_KEY", "py")
def t_paytabs_py(v):
    return "billing/paytabs.py", fill('''import requests

PT_URL = "https://secure.paytabs.sa/payment/request"


def create_payment_page(cart_id, amount, description):
    body = {
        "profile_id": «PID»,
        "tran_type": "sale",
        "tran_class": "ecom",
        "cart_id": cart_id,
        "cart_currency": "SAR",
        "cart_amount": amount,
        "cart_description": description,
        "callback": "https://«DOM»/paytabs/callback",
        "return": "https://«DOM»/paytabs/return",
    }
    headers = {"authorization": "«V»", "content-type": "application/json"}
    return requests.post(PT_URL, json=body, headers=headers, timeout=20).json()
''', V=v, PID=digits(5), DOM=domain())


@P("PayTabs", "server_key", g_paytabs, "PAYTABS_SERVER_KEY", "json")
def t_paytabs_appsettings(v):
    return "src/Store.Api/appsettings.json", fill("""{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "PayTabs": {
    "ProfileId": «PID»,
    "ServerKey": "«V»",
    "Region": "ARE",
    "Currency": "AED",
    "ReturnUrl": "https://«DOM»/checkout/return"
  },
  "Features": { "ApplePay": true, "Tabby": false }
}
""", V=v, PID=digits(5), DOM=domain())


@P("Checkout.com", "secret_key", g_checkout, "CKO_SECRET_KEY", "cs")
def t_checkout_cs(v):
    return "src/Payments/CheckoutApiFactory.cs", fill("""using Checkout;

namespace Payments
{
    public static class CheckoutApiFactory
    {
        public static ICheckoutApi Build(bool production)
        {
            return CheckoutSdk.Builder()
                .StaticKeys()
                .SecretKey("«V»")
                .Environment(production ? Environment.Production : Environment.Sandbox)
                .Build();
        }
    }
}
""", V=v)


@P("Checkout.com", "secret_key", g_checkout, "CKO_SECRET_KEY", "yaml")
def t_checkout_k8s_secret(v):
    return "deploy/k8s/payments-secret.yaml", fill("""apiVersion: v1
kind: Secret
metadata:
  name: payments-gateway
  namespace: «NS»
type: Opaque
stringData:
  CKO_SECRET_KEY: «V»
  CKO_PROCESSING_CHANNEL_ID: pc_«PC»
  CKO_ENVIRONMENT: production
""", V=v, NS=slug(), PC=rs(B32L, 26))


@P("N-Genius", "api_key", g_ngenius, "NGENIUS_API_KEY", "js")
def t_ngenius_node(v):
    return "src/gateways/ngenius.js", fill("""const axios = require('axios');

const IDENTITY = 'https://api-gateway.ngenius-payments.com/identity/auth/access-token';
const OUTLET = '«OUT»';

async function accessToken() {
  const { data } = await axios.post(IDENTITY, null, {
    headers: {
      Authorization: 'Basic «V»',
      'Content-Type': 'application/vnd.ni-identity.v1+json',
    },
  });
  return data.access_token;
}

module.exports = { accessToken, OUTLET };
""", V=v, OUT=uid())


@P("N-Genius", "api_key", g_ngenius, "NGENIUS_API_KEY", "php")
def t_ngenius_php(v):
    return "includes/ngenius-config.php", fill("""<?php
// Network International N-Genius
define('NGENIUS_ENV', 'live');
define('NGENIUS_OUTLET_REF', '«OUT»');
define('NGENIUS_API_KEY', '«V»');
define('NGENIUS_CURRENCY', 'AED');
""", V=v, OUT=uid())


@P("N-Genius", "api_key", g_ngenius, "NGENIUS_API_KEY", "py")
def t_ngenius_py_class(v):
    return "app/config.py", fill('''class Config:
    SQLALCHEMY_DATABASE_URI = "postgresql+psycopg://app@db/app"
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    ni_outlet = "«OUT»"
    ni_key = "«V»"
    ni_realm = "ni"
    BABEL_DEFAULT_LOCALE = "ar"
''', V=v, OUT=uid())


@P("Fawry", "security_key", g_hex32, "FAWRY_SECURITY_KEY", "java")
def t_fawry_java(v):
    return "src/main/java/eg/shop/fawry/FawrySigner.java", fill("""package eg.shop.fawry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

public class FawrySigner {
    private static final String MERCHANT_CODE = "«MC»";
    private static final String SECURITY_KEY = "«V»";

    public static String sign(String merchantRefNum, String customerProfileId, String returnUrl, String items) throws Exception {
        String raw = MERCHANT_CODE + merchantRefNum + customerProfileId + returnUrl + items + SECURITY_KEY;
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        StringBuilder sb = new StringBuilder();
        for (byte b : md.digest(raw.getBytes(StandardCharsets.UTF_8))) sb.append(String.format("%02x", b));
        return sb.toString();
    }
}
""", V=v, MC=b64(16))


@P("Fawry", "security_key", g_hex32, "FAWRY_SECURITY_KEY", "py")
def t_fawry_py_inline(v):
    return "fawry/charge.py", fill('''import hashlib

MERCHANT = "«MC»"


def charge_signature(ref, profile_id, method, amount):
    amount = "%.2f" % amount
    raw = MERCHANT + ref + profile_id + method + amount + "«V»"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()
''', V=v, MC=b64(16))


@P("Paymob", "secret_key", g_paymob_sk, "PAYMOB_SECRET_KEY", "py")
def t_paymob_settings(v):
    return "config/settings/payments.py", fill('''# Paymob (Accept) unified checkout
PAYMOB_SECRET_KEY = "«V»"
PAYMOB_PUBLIC_KEY = "egy_pk_live_«PK»"
PAYMOB_INTEGRATION_IDS = [«I1», «I2»]
PAYMOB_CURRENCY = "EGP"
PAYMOB_NOTIFICATION_URL = "https://«DOM»/paymob/webhook"
''', V=v, PK=rs(B62, 32), I1=digits(7), I2=digits(7), DOM=domain())


@P("Paymob", "secret_key", g_paymob_sk, "PAYMOB_SECRET_KEY", "js")
def t_paymob_intention(v):
    return "server/paymob/intention.ts", fill("""export async function createIntention(amountCents: number, billing: Record<string, string>) {
  const res = await fetch('https://accept.paymob.com/v1/intention/', {
    method: 'POST',
    headers: {
      Authorization: 'Token «V»',
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({
      amount: amountCents,
      currency: 'EGP',
      payment_methods: [«I1»],
      billing_data: billing,
    }),
  });
  return res.json();
}
""", V=v, I1=digits(7))


@P("Paymob", "hmac_secret", g_hex32u, "PAYMOB_HMAC_SECRET", "php")
def t_paymob_hmac_php(v):
    return "config/paymob.php", fill("""<?php

return [
    'api_key' => env('PAYMOB_API_KEY'),
    'integration_id' => env('PAYMOB_INTEGRATION_ID', «I1»),
    'iframe_id' => env('PAYMOB_IFRAME_ID', «IF»),
    'hmac' => '«V»',
    'base_url' => 'https://accept.paymob.com/api',
];
""", V=v, I1=digits(7), IF=digits(6))


@P("Paymob", "api_key", g_paymob_api, "PAYMOB_API_KEY", "kt")
def t_paymob_kotlin(v):
    return "app/src/main/java/com/store/paymob/PaymobRepository.kt", fill("""package com.store.paymob

class PaymobRepository(private val api: PaymobApi) {

    suspend fun authToken(): String =
        api.auth(AuthRequest(apiKey = "«V»")).token

    suspend fun order(token: String, cents: Long) =
        api.createOrder(OrderRequest(authToken = token, amountCents = cents, currency = "EGP", deliveryNeeded = false))
}
""", V=v)


@P("Paymob", "hmac_secret", g_hex32u, "PAYMOB_HMAC_SECRET", "cs")
def t_paymob_hmac_cs(v):
    return "src/Shop.Payments/Paymob/PaymobCallbackVerifier.cs", fill("""using System;
using System.Security.Cryptography;
using System.Text;

namespace Shop.Payments.Paymob
{
    public static class PaymobCallbackVerifier
    {
        private const string HmacSecret = "«V»";

        public static bool Verify(string concatenated, string received)
        {
            using var h = new HMACSHA512(Encoding.UTF8.GetBytes(HmacSecret));
            var hex = Convert.ToHexString(h.ComputeHash(Encoding.UTF8.GetBytes(concatenated))).ToLowerInvariant();
            return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(hex), Encoding.ASCII.GetBytes(received));
        }
    }
}
""", V=v)


@P("Tabby", "secret_key", g_tabby, "TABBY_SECRET_KEY", "py")
def t_tabby_py(v):
    return "bnpl/tabby/conf.py", fill('''TABBY_API = "https://api.tabby.«TLD»/api/v2"
TABBY_MERCHANT_CODE = "«MC»"
TABBY_SECRET_KEY = "«V»"
TABBY_CURRENCY = "«CUR»"
''', V=v, TLD=pick("ai", "sa"), MC=pick("ae", "sa", slug().replace("-", "")[:8]), CUR=pick("AED", "SAR", "KWD"))


@P("Tabby", "secret_key", g_tabby, "TABBY_SECRET_KEY", "yaml")
def t_tabby_helm(v):
    return "deploy/helm/checkout/values-prod.yaml", fill("""replicaCount: 3
image:
  repository: registry.«DOM»/checkout
  tag: "2.8.1"
ingress:
  enabled: true
  hosts:
    - host: checkout.«DOM»
bnpl:
  tabby:
    merchantCode: «MC»
    secretKey: «V»
  tamara:
    enabled: false
resources:
  limits:
    memory: 512Mi
""", V=v, DOM=domain(), MC=pick("ae", "sa"))


@P("Tabby", "secret_key", g_tabby, "TABBY_SECRET_KEY", "js")
def t_tabby_axios(v):
    return "lib/tabby.js", fill("""import axios from 'axios';

export const tabby = axios.create({
  baseURL: 'https://api.tabby.ai/api/v2',
  headers: { Authorization: `Bearer «V»` },
});

export const capture = (paymentId, amount) =>
  tabby.post(`/payments/${paymentId}/captures`, { amount: String(amount) });
""", V=v)


@P("Tamara", "api_token", g_tamara_token, "TAMARA_API_TOKEN", "php")
def t_tamara_php(v):
    return "app/Services/TamaraService.php", fill("""<?php

namespace App\\Services;

use Tamara\\Client;
use Tamara\\Configuration;

class TamaraService
{
    private Client $client;

    public function __construct()
    {
        $configuration = Configuration::create('https://api.tamara.co', '«V»');
        $this->client = Client::create($configuration);
    }

    public function client(): Client
    {
        return $this->client;
    }
}
""", V=v)


@P("Tamara", "notification_token", g_uuid, "TAMARA_NOTIFICATION_TOKEN", "json")
def t_tamara_json(v):
    return "config/bnpl.json", fill("""{
  "tamara": {
    "baseUrl": "https://api.tamara.co",
    "countryCode": "SA",
    "notificationToken": "«V»",
    "paymentTypes": ["PAY_BY_INSTALMENTS", "PAY_NOW"]
  },
  "tabby": {
    "enabled": false
  }
}
""", V=v)


@P("Unifonic", "app_sid", g_appsid, "UNIFONIC_APP_SID", "php")
def t_unifonic_laravel(v):
    return "config/unifonic.php", fill("""<?php

return [
    'app_sid' => '«V»',
    'sender_id' => env('UNIFONIC_SENDER', '«SND»'),
    'base_url' => 'https://el.cloud.unifonic.com/rest',
];
""", V=v, SND=slug().upper().replace("-", "")[:11])


@P("Unifonic", "app_sid", g_appsid, "UNIFONIC_APP_SID", "sh")
def t_unifonic_curl(v):
    return "scripts/send-otp.sh", fill("""#!/bin/sh
# إرسال رمز التحقق عبر يونيفونك
RECIPIENT="$1"
CODE="$2"

curl --location --request POST 'https://el.cloud.unifonic.com/rest/SMS/messages' \\
  --header 'Accept: application/json' \\
  --header 'Content-Type: application/x-www-form-urlencoded' \\
  --data-urlencode 'AppSid=«V»' \\
  --data-urlencode 'SenderID=«SND»' \\
  --data-urlencode "Body=رمز التحقق: ${CODE}" \\
  --data-urlencode "Recipient=${RECIPIENT}"
""", V=v, SND=slug().upper().replace("-", "")[:11])


@P("Unifonic", "app_sid", g_appsid, "UNIFONIC_APP_SID", "cs")
def t_unifonic_cs_url(v):
    return "src/Notifications/UnifonicSmsSender.cs", fill("""using System.Net.Http;
using System.Threading.Tasks;

namespace Notifications
{
    public class UnifonicSmsSender : ISmsSender
    {
        private readonly HttpClient _http;
        public UnifonicSmsSender(HttpClient http) => _http = http;

        public async Task SendAsync(string to, string body)
        {
            var url = "https://el.cloud.unifonic.com/rest/SMS/messages?AppSid=«V»&SenderID=«SND»"
                      + "&Recipient=" + to + "&Body=" + System.Uri.EscapeDataString(body);
            var res = await _http.PostAsync(url, null);
            res.EnsureSuccessStatusCode();
        }
    }
}
""", V=v, SND=slug().upper().replace("-", "")[:11])


@P("Netgsm", "sms_password", g_netgsm, "NETGSM_PASSWORD", "php")
def t_netgsm_php_ctor(v):
    return "app/Providers/SmsServiceProvider.php", fill("""<?php

namespace App\\Providers;

use App\\Sms\\Netgsm;
use Illuminate\\Support\\ServiceProvider;

class SmsServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        // Netgsm: kullanici kodu, sifre, mesaj basligi
        $this->app->singleton(Netgsm::class, fn () => new Netgsm('850«UC»', '«V»', '«HDR»'));
    }
}
""", V=v, UC=digits(7, False), HDR=slug().upper().replace("-", "")[:11])


@P("Netgsm", "sms_password", g_netgsm, "NETGSM_PASSWORD", "py")
def t_netgsm_py_url(v):
    return "bildirim/sms.py", fill('''import logging
from urllib.parse import quote

import requests

log = logging.getLogger(__name__)


def sms_gonder(telefon: str, mesaj: str) -> bool:
    url = (
        "https://api.netgsm.com.tr/sms/send/get/?usercode=850«UC»&password=«V»"
        f"&gsmno={telefon}&message={quote(mesaj)}&msgheader=«HDR»&dil=TR"
    )
    r = requests.get(url, timeout=10)
    log.info("netgsm yaniti: %s", r.text)
    return r.text.startswith("00")
''', V=v, UC=digits(7, False), HDR=slug().upper().replace("-", "")[:11])


@P("Netgsm", "sms_password", g_netgsm, "NETGSM_PASSWORD", "xml")
def t_netgsm_xml(v):
    return "resources/sms/netgsm-toplu.xml", fill("""<?xml version="1.0" encoding="UTF-8"?>
<mainbody>
   <header>
       <company dil="TR">Netgsm</company>
       <usercode>850«UC»</usercode>
       <password>«V»</password>
       <type>1:n</type>
       <msgheader>«HDR»</msgheader>
   </header>
   <body>
       <msg><![CDATA[Siparisiniz kargoya verildi. Takip: https://«DOM»/k]]></msg>
       <no>«PH»</no>
   </body>
</mainbody>
""", V=v, UC=digits(7, False), HDR=slug().upper().replace("-", "")[:11], DOM=domain(), PH="5" + digits(9, False))


@P("Ileti Merkezi", "api_secret", g_hex64, "ILETIMERKEZI_SECRET", "js")
def t_iletimerkezi_node(v):
    return "src/sms/iletimerkezi.js", fill("""const crypto = require('crypto');

const ILETI_MERKEZI_KEY = '«K»';
const ILETI_MERKEZI_SECRET = '«V»';

function authBlock() {
  const hash = crypto.createHmac('sha256', ILETI_MERKEZI_SECRET).update(ILETI_MERKEZI_KEY).digest('hex');
  return { key: ILETI_MERKEZI_KEY, hash };
}

module.exports = { authBlock };
""", V=v, K=g_ileti_key())


@P("Msegat", "api_key", g_hex32u, "MSEGAT_API_KEY", "py")
def t_msegat_py(v):
    return "notifications/msegat.py", fill('''import requests

MSEGAT_URL = "https://www.msegat.com/gw/sendsms.php"


def send_otp(number: str, code: str) -> dict:
    payload = {
        "userName": "«USER»",
        "numbers": number,
        "userSender": "«SND»",
        "apiKey": "«V»",
        "msg": f"رمز التحقق الخاص بك هو {code}",
    }
    return requests.post(MSEGAT_URL, json=payload, timeout=10).json()
''', V=v, USER=slug().split("-")[0], SND=slug().upper().replace("-", "")[:11])


@P("Msegat", "api_key", g_hex32u, "MSEGAT_API_KEY", "env")
def t_msegat_env(v):
    return ".env", fill("""APP_NAME=Zawaya
APP_ENV=production
APP_DEBUG=false
APP_URL=https://«DOM»

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=zawaya

MSEGAT_USERNAME=«USER»
MSEGAT_API_KEY=«V»
MSEGAT_SENDER_NAME=«SND»
MSEGAT_LANG=Ar
""", V=v, DOM=domain(), USER=slug().split("-")[0], SND=slug().upper().replace("-", "")[:11])


@P("Taqnyat", "bearer_token", g_hex32, "TAQNYAT_TOKEN", "json")
def t_taqnyat_appsettings(v):
    return "TaqnyatSms/appsettings.json", fill("""{
  "SmsSettings": {
    "Token": "«V»",
    "Sender": "«SND»",
    "BaseUrl": "https://api.taqnyat.sa/v1/messages"
  },
  "Serilog": { "MinimumLevel": "Information" }
}
""", V=v, SND=slug().upper().replace("-", "")[:11])


@P("Taqnyat", "bearer_token", g_hex32, "TAQNYAT_TOKEN", "js")
def t_taqnyat_ctor(v):
    return "src/otp/sender.js", fill("""const Taqnyat = require('./taqnyat');

// مرسل الرسائل النصية
const sms = new Taqnyat('«V»', '«SND»');

async function sendOtp(phone, code) {
  return sms.sendSMS(`رمز الدخول: ${code}`, [phone]);
}

module.exports = { sendOtp };
""", V=v, SND=slug().upper().replace("-", "")[:11])


@P("Uyumsoft", "efatura_password", g_human, "UYUMSOFT_PASSWORD", "cs")
def t_uyumsoft_cs(v):
    return "src/EFatura/UyumsoftEntegrasyon.cs", fill("""using System.ServiceModel;
using UyumsoftServis;

namespace EFatura
{
    public class UyumsoftEntegrasyon
    {
        public IntegrationClient IstemciOlustur()
        {
            var binding = new BasicHttpsBinding { MaxReceivedMessageSize = 20_000_000 };
            binding.Security.Message.ClientCredentialType = BasicHttpMessageCredentialType.UserName;
            var client = new IntegrationClient(binding,
                new EndpointAddress("https://efatura.uyumsoft.com.tr/Services/Integration"));
            client.ClientCredentials.UserName.UserName = "«USER»";
            client.ClientCredentials.UserName.Password = "«V»";
            return client;
        }
    }
}
""", V=v, USER=slug().replace("-", "_"))


@P("Sovos", "efatura_password", g_human, "SOVOS_PASSWORD", "props")
def t_sovos_props(v):
    return "src/main/resources/efatura.properties", fill("""# e-Fatura / e-Arsiv entegrator ayarlari (Foriba / Sovos)
efatura.entegrator=sovos
efatura.wsdl=https://efaturaws.fitbulut.com/ClientEInvoiceServices/ClientEInvoiceServicesPort.svc?wsdl
efatura.vkn=«VKN»
efatura.username=«USER»
efatura.password=«V»
efatura.gb.etiketi=urn:mail:defaultgb@«DOM»
efatura.pk.etiketi=urn:mail:defaultpk@«DOM»
earsiv.seri=EAR
""", V=v, VKN=digits(10), USER=slug().replace("-", ""), DOM=domain())


@P("Logo", "efatura_password", g_human, "LOGO_EFATURA_PASSWORD", "xml")
def t_logo_soap(v):
    return "integration/logo/LoginRequest.xml", fill("""<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:tem="http://tempuri.org/">
  <soapenv:Header>
    <wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
      <wsse:UsernameToken>
        <wsse:Username>«USER»</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">«V»</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <tem:Login>
      <tem:login>
        <tem:appStr>LogoConnect</tem:appStr>
        <tem:source>«VKN»</tem:source>
      </tem:login>
    </tem:Login>
  </soapenv:Body>
</soapenv:Envelope>
""", V=v, USER=digits(10), VKN=digits(10))


@P("Uyumsoft", "efatura_password", g_human, "EFATURA_SIFRE", "yaml")
def t_efatura_yaml_tr(v):
    return "config/entegrasyon.yml", fill("""# Muhasebe entegrasyonlari
efatura:
  entegrator: uyumsoft
  ortam: canli
  adres: https://efatura.uyumsoft.com.tr/Services/Integration
  kullanici: «USER»
  sifre: «V»
  seri: «SER»
earsiv:
  gonderim: eposta
  sablon: varsayilan.xslt
""", V=v, USER=slug().replace("-", "_"), SER=rs("ABCDEFGHIJKLMNOPRSTUVYZ", 3))


@P("ZATCA", "csid_secret", g_zatca_secret, "ZATCA_SECRET", "py")
def t_zatca_py(v):
    return "einvoice/zatca/credentials.py", fill('''from pathlib import Path

BASE = "https://gw-fatoora.zatca.gov.sa/e-invoicing/core"

# Production CSID issued for EGS unit «EGS»
BINARY_SECURITY_TOKEN = Path(__file__).with_name("pcsid.b64").read_text().strip()
ZATCA_CSID_SECRET = "«V»"


def auth():
    return (BINARY_SECURITY_TOKEN, ZATCA_CSID_SECRET)
''', V=v, EGS="1-" + slug() + "|2-POS|3-" + uid())


@P("ZATCA", "csid_secret", g_zatca_secret, "ZATCA_SECRET", "cs")
def t_zatca_cs_basic(v):
    return "src/EInvoicing/Zatca/ZatcaHttpClient.cs", fill("""using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace EInvoicing.Zatca
{
    public class ZatcaHttpClient
    {
        private readonly HttpClient _http;

        public ZatcaHttpClient(HttpClient http, string binarySecurityToken)
        {
            _http = http;
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{binarySecurityToken}:«V»"));
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
            _http.DefaultRequestHeaders.Add("Accept-Version", "V2");
            _http.DefaultRequestHeaders.Add("Accept-Language", "ar");
        }
    }
}
""", V=v)


@P("ZATCA", "ec_private_key", g_ec_pem, None, "pem")
def t_zatca_pem(v):
    return "certs/zatca/" + pick("ec-secp256k1-priv-key.pem", "egs-private.pem", "privateKey.pem"), v + "\n"


@P("ZATCA", "csid_secret", g_zatca_secret, "ZATCA_SECRET", "json")
def t_zatca_onboarding_json(v):
    return "onboarding_data/" + slug() + "/pcsid-response.json", fill("""{
  "requestID": «RID»,
  "tokenType": "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-x509-token-profile-1.0#X509v3",
  "dispositionMessage": "ISSUED",
  "binarySecurityToken": "«BST»",
  "secret": "«V»",
  "errors": null
}
""", V=v, RID=digits(13), BST=zatca_bst())


@P("ZATCA", "ec_private_key", g_ec_body, "ZATCA_PRIVATE_KEY", "py")
def t_zatca_key_body(v):
    return "einvoice/zatca/signing.py", fill('''import base64

from cryptography.hazmat.primitives import serialization

# EGS signing key (secp256k1), SDK-style body without PEM armour
PRIVATE_KEY_B64 = "«V»"


def load_key():
    der = base64.b64decode(PRIVATE_KEY_B64)
    return serialization.load_der_private_key(der, password=None)
''', V=v)


@P("HyperPay", "access_token", g_hyperpay, "HYPERPAY_ACCESS_TOKEN", "php")
def t_hyperpay_php(v):
    return "app/Payment/HyperPay.php", fill("""<?php

namespace App\\Payment;

class HyperPay
{
    private string $url = 'https://eu-prod.oppwa.com/v1/checkouts';

    public function checkout(float $amount, string $brand = 'VISA MASTER'): array
    {
        $entity = $brand === 'MADA' ? '«E1»' : '«E2»';
        $data = 'entityId=' . $entity . '&amount=' . number_format($amount, 2, '.', '') . '&currency=SAR&paymentType=DB';

        $ch = curl_init();
        curl_setopt($ch, CURLOPT_URL, $this->url);
        curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization:Bearer «V»']);
        curl_setopt($ch, CURLOPT_POST, 1);
        curl_setopt($ch, CURLOPT_POSTFIELDS, $data);
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        $response = curl_exec($ch);
        curl_close($ch);
        return json_decode($response, true);
    }
}
""", V=v, E1=oppwa_entity(), E2=oppwa_entity())


@P("HyperPay", "access_token", g_hyperpay, "HYPERPAY_ACCESS_TOKEN", "kt")
def t_hyperpay_kotlin(v):
    return "backend/src/main/kotlin/sa/store/pay/HyperPayModule.kt", fill("""package sa.store.pay

import org.koin.dsl.module

val hyperPayModule = module {
    single {
        HyperPayConfig(
            baseUrl = "https://eu-prod.oppwa.com",
            accessToken = "«V»",
            entityId = "«E1»",
            madaEntityId = "«E2»",
        )
    }
    single { HyperPayClient(get()) }
}
""", V=v, E1=oppwa_entity(), E2=oppwa_entity())


@P("Careem", "client_secret", g_b40, "CAREEM_CLIENT_SECRET", "js")
def t_careem_oauth(v):
    return "integrations/careem/auth.js", fill("""const qs = require('querystring');
const axios = require('axios');

async function careemToken() {
  const body = qs.stringify({
    grant_type: 'client_credentials',
    client_id: '«CID»',
    client_secret: '«V»',
    scope: 'deliveries',
  });
  const { data } = await axios.post('https://identity.careem.com/token', body);
  return data.access_token;
}

module.exports = careemToken;
""", V=v, CID=uid())


@P("Yemeksepeti", "partner_password", g_pass, "YS_PLUGIN_PASSWORD", "py")
def t_yemeksepeti_py(v):
    return "entegrasyon/yemeksepeti.py", fill('''import requests

YS_BASE = "https://integration-middleware.eu.restaurant-partners.com"
YS_CHAIN = "«CHAIN»"


def token_al():
    r = requests.post(
        f"{YS_BASE}/v2/login",
        data={"username": "«USER»", "password": "«V»", "grant_type": "client_credentials"},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["access_token"]
''', V=v, CHAIN=rs(B62, 10), USER=slug().replace("-", "_") + "_pos")


@P("Talabat", "partner_api_key", g_hex64, "TALABAT_API_KEY", "yaml")
def t_talabat_yaml(v):
    return "config/partners.yaml", fill("""partners:
  talabat:
    vendor_id: «VID»
    chain_code: «CC»
    api_key: «V»
    webhook_path: /hooks/talabat/orders
  careem:
    enabled: false
""", V=v, VID=digits(6), CC=rs("abcdefghijklmnopqrstuvwxyz", 4))


@P("Nafath", "app_key", g_hex32, "NAFATH_APP_KEY", "json")
def t_nafath_json(v):
    return "src/Identity.Api/appsettings.Production.json", fill("""{
  "Nafath": {
    "BaseUrl": "https://nafath.api.elm.sa/api/v1/mfa",
    "AppId": "«AID»",
    "AppKey": "«V»",
    "Service": "DigitalServiceEnrollmentWithoutBio"
  },
  "AllowedHosts": "*"
}
""", V=v, AID=rs(HEXL, 8))


@P("Nafath", "app_key", g_hex32, "NAFATH_APP_KEY", "env")
def t_nafath_env(v):
    return ".env.production", fill("""NODE_ENV=production
PORT=3000
PUBLIC_BASE_URL=https://«DOM»
NAFATH_BASE_URL=https://nafath.api.elm.sa/api/v1/mfa
NAFATH_APP_ID=«AID»
NAFATH_APP_KEY=«V»
LOG_LEVEL=info
""", V=v, DOM=domain(), AID=rs(HEXL, 8))


# ---------------------------------------------------------------------------
# negative slot values for re-used positive templates
# ---------------------------------------------------------------------------
ZATCA_SDK_SECRET = "Xlj15LyMCgSC66ObnEO/qVPfhSbs3kDTjWnGheYhfSs="
ZATCA_SDK_KEY = ("MHQCAQEEIDyLDaWIn/1/g3PGLrwupV4nTiiLKM59UEqUch1vDfhpoAcGBSuBBAAKoUQDQgAEYYMMoOaFYAhMO/steotf"
                 "Zyavr6p11SSlwsK9azmsLY7b1b+FLhqMArhB2dqHKboxqKNfvkKDePhpqjui5hcn0Q==")
IYZICO_DOC_API = "sandbox-afXhZPW0MQlE4dCUUlHcEopnMBgXnAZI"
IYZICO_DOC_SECRET = "sandbox-wbwpzKIiplZxI3hh5ALI4FJyAcZKL6kq"
TAP_DOC_SK = "sk_test_XKokBfNWv6FIYuTMg5sLPjhJ"
TAP_DOC_PK = "pk_test_EtHFV4BuPQokJT6jiROls87Y"
OPPWA_DOC_TOKEN = "OGE4Mjk0MTc0YjdlY2IyODAxNGI5Njk5MjIwMDE1Y2N8c3k2S0pzVDg="
OPPWA_DOC_ENTITY = "8a8294174b7ecb28014b9699220015ca"


def public_value(provider):
    """Documented examples or values the provider documents as public."""
    table = {
        "iyzico": lambda: pick(IYZICO_DOC_SECRET, IYZICO_DOC_API),
        "Moyasar": lambda: "pk_live_" + rs(B62, 40),
        "Tap": lambda: pick(TAP_DOC_SK, TAP_DOC_PK, "pk_live_" + rs(B62, 24)),
        "PayTabs": lambda: "C" + rs(UPAN, 9) + "-" + rs(UPAN, 10) + "-" + rs(UPAN, 10),
        "Checkout.com": lambda: pick("pk_", "pk_sbox_") + rs(B32L, 27),
        "Paymob": lambda: pick("egy_pk_live_", "egy_pk_test_") + rs(B62, 32),
        "Tabby": lambda: "pk_" + uid(),
        "HyperPay": lambda: pick(OPPWA_DOC_TOKEN, OPPWA_DOC_ENTITY, oppwa_entity()),
        "ZATCA": lambda: ZATCA_SDK_SECRET,
        "N-Genius": lambda: uid(),
        "Nafath": lambda: rs(HEXL, 8),
        "Unifonic": lambda: "6v253153sxxxxxxxx",
    }
    f = table.get(provider)
    return f() if f else None


PLACEHOLDERS = ["<your-secret-key>", "YOUR_API_KEY_HERE", "changeme", "your_secret_here",
                "GIZLI_ANAHTARINIZ", "<gizli-anahtar>", "buraya_anahtari_yazin", "SIFRENIZ",
                "ضع_المفتاح_السري_هنا", "<المفتاح_السري>", "كلمة_المرور", "TODO", "REPLACE_ME",
                "<paste-key>", "test", "dummy"]
MASKS = ["****", "********", "[REDACTED]", "***gizli***", "<hidden>", "•••••••••", "[محجوب]"]


def neg_value(tpl):
    env = tpl["env"] or "ZATCA_PRIVATE_KEY"
    prov = tpl["provider"]
    if tpl["lang"] == "pem":
        c = R.randint(0, 2)
        if c == 0:
            return ("-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(pem_lines(ZATCA_SDK_KEY))
                    + "\n-----END EC PRIVATE KEY-----")
        if c == 1:
            return "-----BEGIN EC PRIVATE KEY-----\n<ozel-anahtar-icerigi / محتوى المفتاح الخاص>\n-----END EC PRIVATE KEY-----"
        return "# private key is mounted at runtime from vault: secret/data/zatca/egs#private_key"
    cat = R.randint(0, 9)
    if cat <= 2:
        p = R.choice(PLACEHOLDERS)
        if R.random() < 0.2:
            p = "x" * R.randint(16, 40)
        return p
    if cat == 3:
        return ""
    if cat == 4:
        return R.choice(MASKS)
    if cat in (5, 6):
        return R.choice([
            "${" + env + "}", "$" + env, "%" + env + "%", "{{ .Values.secrets." + env.lower() + " }}",
            "{{ " + env.lower() + " }}", "vault:secret/data/payments#" + env.lower(),
            "op://Payments/" + prov.replace(" ", "") + "/credential",
            "arn:aws:secretsmanager:me-south-1:" + digits(12) + ":secret:payments/" + env.lower(),
            "projects/" + slug() + "/secrets/" + env.lower().replace("_", "-") + "/versions/latest",
            "#{" + env + "}#", "${{ secrets." + env + " }}", "@Microsoft.KeyVault(SecretUri=https://kv-"
            + slug() + ".vault.azure.net/secrets/" + env.replace("_", "-") + "/)",
        ])
    pv = public_value(prov)
    if prov == "ZATCA" and tpl["kind"] == "ec_private_key":
        pv = ZATCA_SDK_KEY
    if pv is not None:
        return pv
    return R.choice(PLACEHOLDERS)


# ---------------------------------------------------------------------------
# look-alike negative templates: fn() -> (relpath, text)
# ---------------------------------------------------------------------------
LOOK = []


def L(provider, kind):
    def deco(fn):
        LOOK.append({"name": fn.__name__, "provider": provider, "kind": kind, "fn": fn})
        return fn
    return deco


def sha256_b64():
    return base64.b64encode(hashlib.sha256(rb(40)).digest()).decode()


def qr_tlv(seller, vat, ts, total, vat_total):
    out = b""
    for tag, val in enumerate([seller, vat, ts, total, vat_total], 1):
        b = val.encode("utf-8")
        out += bytes([tag, len(b)]) + b
    return base64.b64encode(out).decode()


def cert_pem():
    body = "MII" + pick("C", "D") + b64(R.choice([420, 470, 510]))
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(pem_lines(body)) + "\n-----END CERTIFICATE-----"


@L("ZATCA", "ubl_invoice")
def n_ubl_invoice():
    inv = uid()
    seller = pick("شركة الندى للتجارة", "مؤسسة البيان", "Riyadh Souq Co.")
    vat = vat_sa()
    ts = "2024-%02d-%02dT%02d:%02d:%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(8, 21), R.randint(0, 59), R.randint(0, 59))
    total = "%.2f" % (R.randint(1000, 90000) / 100)
    vt = "%.2f" % (float(total) * 0.15 / 1.15)
    return "samples/invoices/simplified-" + inv[:8] + ".xml", fill("""<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:ProfileID>reporting:1.0</cbc:ProfileID>
  <cbc:ID>SME«NUM»</cbc:ID>
  <cbc:UUID>«UUID»</cbc:UUID>
  <cbc:IssueDate>«D»</cbc:IssueDate>
  <cbc:InvoiceTypeCode name="0200000">388</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>SAR</cbc:DocumentCurrencyCode>
  <cac:AdditionalDocumentReference>
    <cbc:ID>ICV</cbc:ID>
    <cbc:UUID>«ICV»</cbc:UUID>
  </cac:AdditionalDocumentReference>
  <cac:AdditionalDocumentReference>
    <cbc:ID>PIH</cbc:ID>
    <cac:Attachment>
      <cbc:EmbeddedDocumentBinaryObject mimeCode="text/plain">«PIH»</cbc:EmbeddedDocumentBinaryObject>
    </cac:Attachment>
  </cac:AdditionalDocumentReference>
  <cac:AdditionalDocumentReference>
    <cbc:ID>QR</cbc:ID>
    <cac:Attachment>
      <cbc:EmbeddedDocumentBinaryObject mimeCode="text/plain">«QR»</cbc:EmbeddedDocumentBinaryObject>
    </cac:Attachment>
  </cac:AdditionalDocumentReference>
  <cac:AccountingSupplierParty>
    <cac:Party>
      <cac:PartyIdentification><cbc:ID schemeID="CRN">«CRN»</cbc:ID></cac:PartyIdentification>
      <cac:PartyTaxScheme><cbc:CompanyID>«VAT»</cbc:CompanyID></cac:PartyTaxScheme>
      <cac:PartyLegalEntity><cbc:RegistrationName>«SELLER»</cbc:RegistrationName></cac:PartyLegalEntity>
    </cac:Party>
  </cac:AccountingSupplierParty>
  <cac:LegalMonetaryTotal>
    <cbc:TaxInclusiveAmount currencyID="SAR">«TOT»</cbc:TaxInclusiveAmount>
  </cac:LegalMonetaryTotal>
</Invoice>
""", NUM=digits(5, False), UUID=inv, D=ts[:10], ICV=R.randint(1, 9999), PIH=sha256_b64(),
        QR=qr_tlv(seller, vat, ts + "Z", total, vt), CRN=digits(10), VAT=vat, SELLER=seller, TOT=total)


@L("ZATCA", "csr_config")
def n_zatca_csr_config():
    return "zatca/csr-config.properties", fill("""csr.common.name=TST-886431145-«VAT»
csr.serial.number=1-«SLUG»|2-POS-01|3-«UUID»
csr.organization.identifier=«VAT»
csr.organization.unit.name=«BRANCH»
csr.organization.name=«ORG»
csr.country.name=SA
csr.invoice.type=1100
csr.location.address=RRRD2929
csr.industry.business.category=Retail
""", VAT=vat_sa(), SLUG=slug(), UUID=uid(), BRANCH=digits(10), ORG=company())


@L("ZATCA", "public_certificate")
def n_cert_pem():
    return "certs/zatca/" + pick("cert.pem", "pcsid-cert.pem", "compliance-cert.pem"), cert_pem() + "\n"


@L("ZATCA", "public_key")
def n_ec_public():
    der = bytes.fromhex("3056301006072a8648ce3d020106052b8104000a034200") + b"\x04" + rb(64)
    body = b64s(der)
    return "certs/zatca/ec-secp256k1-pub-key.pem", ("-----BEGIN PUBLIC KEY-----\n" + "\n".join(pem_lines(body))
                                                    + "\n-----END PUBLIC KEY-----\n")


@L("identity", "tckn_list")
def n_tckn_csv():
    rows = ["tckn,ad,soyad,dogum_yili,il"]
    for _ in range(R.randint(8, 20)):
        rows.append("%s,%s,%s,%d,%s" % (tckn(), pick("Ahmet", "Ayse", "Mehmet", "Zeynep", "Emre", "Elif"),
                                        pick("Yilmaz", "Kaya", "Demir", "Sahin", "Celik"), R.randint(1950, 2005),
                                        pick("Ankara", "Istanbul", "Izmir", "Bursa", "Konya")))
    return "tests/fixtures/musteriler.csv", "\n".join(rows) + "\n"


@L("banking", "iban_list")
def n_iban_yaml():
    lines = ["# Havale / EFT hesaplari - حسابات التحويل البنكي", "accounts:"]
    for c in ["TR", "TR", "SA", "AE", "EG"]:
        lines += ["  - bank: " + pick("Ziraat", "Garanti BBVA", "Al Rajhi", "Emirates NBD", "CIB", "Akbank"),
                  "    currency: " + {"TR": "TRY", "SA": "SAR", "AE": "AED", "EG": "EGP"}[c],
                  "    iban: " + iban(c)]
    return "config/bank-accounts.yml", "\n".join(lines) + "\n"


@L("ZATCA", "invoice_hash_sql")
def n_sql_invoices():
    rows = []
    for i in range(R.randint(5, 10)):
        rows.append("  ('%s', %d, '%s', '%s', 'REPORTED')" % (uid(), i + 1, sha256_b64(), sha256_b64()))
    return "database/seeds/2024_05_invoices.sql", ("-- Ornek faturalar / فواتير تجريبية\n"
        "INSERT INTO zatca_invoices (uuid, icv, invoice_hash, previous_hash, status) VALUES\n"
        + ",\n".join(rows) + ";\n")


@L("iyzico", "payment_log")
def n_payment_log():
    lines = []
    for _ in range(R.randint(8, 16)):
        lines.append("2024-0%d-%02d %02d:%02d:%02d INFO  [odeme] provider=iyzico paymentId=%s conversationId=%s "
                     "basketId=SPT%s status=success fraudStatus=1 itemTransactionId=%s hash=%s" % (
                         R.randint(1, 9), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59),
                         digits(8), uid(), digits(6), digits(8), rs(HEXL, 40)))
    return "logs/odeme-" + digits(3) + ".log", "\n".join(lines) + "\n"


@L("npm", "lockfile_integrity")
def n_package_lock():
    pk = ["iyzipay", "axios", "express", "moyasar", "qrcode", "xmlbuilder2"]
    parts = []
    for p in pk:
        parts.append('    "node_modules/%s": {\n      "version": "%d.%d.%d",\n      "resolved": "https://registry.npmjs.org/%s/-/%s-%d.%d.%d.tgz",\n'
                     '      "integrity": "sha512-%s"\n    }' % (p, 1, R.randint(0, 9), R.randint(0, 20), p, p, 1, 2, 3,
                                                            base64.b64encode(rb(64)).decode()))
    return "package-lock.json", ('{\n  "name": "%s",\n  "version": "1.0.0",\n  "lockfileVersion": 3,\n  "packages": {\n'
                                 % slug() + ",\n".join(parts) + "\n  }\n}\n")


@L("composer", "lockfile_shasum")
def n_composer_lock():
    pk = ["iyzico/iyzipay-php", "tamara-solution/php-sdk", "laravel/framework", "guzzlehttp/guzzle"]
    parts = []
    for p in pk:
        ref = rs(HEXL, 40)
        parts.append('        {\n            "name": "%s",\n            "version": "v%d.%d.%d",\n            "source": {\n'
                     '                "type": "git",\n                "url": "https://github.com/%s.git",\n'
                     '                "reference": "%s"\n            },\n            "dist": {\n                "type": "zip",\n'
                     '                "reference": "%s",\n                "shasum": ""\n            }\n        }'
                     % (p, R.randint(1, 11), R.randint(0, 9), R.randint(0, 40), p, ref, ref))
    return "composer.lock", ('{\n    "content-hash": "%s",\n    "packages": [\n' % rs(HEXL, 32) + ",\n".join(parts)
                             + "\n    ]\n}\n")


@L("Paymob", "webhook_test_fixture")
def n_paymob_webhook_test():
    return "tests/test_paymob_webhook.py", fill('''import hashlib
import hmac
import os

import pytest

from payments.paymob import verify_hmac

SECRET = os.environ.get("PAYMOB_HMAC_SECRET", "")


@pytest.mark.skipif(not SECRET, reason="PAYMOB_HMAC_SECRET tanimli degil")
def test_callback_signature_roundtrip():
    fields = "«AMT»2024-05-01T12:00:00.000000EGPfalsefalse«ID»«INT»falsefalsefalse«OID»truefalsefalse«PAN»cardtrue"
    sig = hmac.new(SECRET.encode(), fields.encode(), hashlib.sha512).hexdigest()
    assert verify_hmac(fields, sig)


def test_rejects_recorded_signature_from_other_merchant():
    recorded = "«SIG»"
    assert not verify_hmac("tampered", recorded)
''', AMT=R.randint(100, 99999), ID=digits(9), INT=digits(7), OID=digits(9), PAN="512345",
        SIG=rs(HEXL, 128))


@L("PayTR", "callback_fixture")
def n_paytr_callback_fixture():
    return "tests/fixtures/paytr_callback.json", fill("""{
  "merchant_oid": "SP«OID»",
  "status": "success",
  "total_amount": "«AMT»",
  "hash": "«H»",
  "payment_type": "card",
  "payment_amount": "«AMT»",
  "currency": "TL",
  "installment_count": "1",
  "merchant_id": "«MID»",
  "test_mode": "1"
}
""", OID=digits(10), AMT=R.randint(1000, 99999), H=sha256_b64(), MID=digits(6))


@L("Moyasar", "publishable_key")
def n_moyasar_frontend():
    return "resources/js/checkout.js", fill("""// نموذج الدفع من ميسر - المفتاح القابل للنشر آمن في الواجهة
Moyasar.init({
  element: '.mysr-form',
  amount: window.cart.totalHalalas,
  currency: 'SAR',
  description: 'Order #' + window.cart.id,
  publishable_api_key: '«PK»',
  callback_url: 'https://«DOM»/payments/moyasar/callback',
  methods: ['creditcard', 'applepay', 'stcpay'],
});
""", PK=pick("pk_live_", "pk_test_") + rs(B62, 40), DOM=domain())


@L("android", "strings_xml")
def n_android_strings():
    return "app/src/main/res/values-ar/strings.xml", fill("""<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">«APP»</string>
    <string name="pay_now">ادفع الآن</string>
    <string name="secret_key_hint">أدخل المفتاح السري</string>
    <string name="otp_sent">تم إرسال رمز التحقق إلى %1$s</string>
    <string name="gcm_defaultSenderId" translatable="false">«SID»</string>
    <string name="merchant_identifier" translatable="false">merchant.«REV».pay</string>
    <string name="build_hash" translatable="false">«H»</string>
</resources>
""", APP=pick("زوايا", "سوق", "نون ستور"), SID=digits(12), REV=".".join(reversed(domain().split("."))),
        H=rs(HEXL, 40))


@L("docker", "image_digests")
def n_compose_digests():
    svcs = ["api", "worker", "einvoice-signer", "redis"]
    out = ['version: "3.9"', "services:"]
    for s in svcs:
        out += ["  %s:" % s, "    image: ghcr.io/%s/%s@sha256:%s" % (slug(), s, rs(HEXL, 64)),
                "    env_file: [./deploy/%s.env]" % s, "    restart: always"]
    return "deploy/docker-compose.pinned.yml", "\n".join(out) + "\n"


@L("kubernetes", "secret_refs")
def n_k8s_secretref():
    envs = ["IYZICO_SECRET_KEY", "PAYTR_MERCHANT_KEY", "PAYTR_MERCHANT_SALT", "ZATCA_SECRET", "NETGSM_PASSWORD"]
    lines = []
    for e in envs:
        lines += ["            - name: " + e, "              valueFrom:", "                secretKeyRef:",
                  "                  name: payments", "                  key: " + e.lower().replace("_", "-")]
    return "deploy/k8s/deployment.yaml", fill("""apiVersion: apps/v1
kind: Deployment
metadata:
  name: odeme-api
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: api
          image: registry.«DOM»/odeme-api:«TAG»
          env:
            - name: TZ
              value: Europe/Istanbul
«ENVS»
""", DOM=domain(), TAG=rs(HEXL, 7), ENVS="\n".join(lines))


@L("github", "workflow_secrets")
def n_gh_workflow():
    return ".github/workflows/deploy.yml", """name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11
      - uses: actions/setup-node@60edb5dd545a775178f52524783378180af0d1f8
        with:
          node-version: 20
      - run: npm ci && npm test
      - name: Deploy
        env:
          MOYASAR_SECRET_KEY: ${{ secrets.MOYASAR_SECRET_KEY }}
          TAP_SECRET_KEY: ${{ secrets.TAP_SECRET_KEY }}
          UNIFONIC_APP_SID: ${{ secrets.UNIFONIC_APP_SID }}
        run: ./scripts/deploy.sh production
"""


@L("terraform", "sensitive_vars")
def n_terraform():
    return "infra/payments.tf", fill("""variable "paytabs_server_key" {
  type      = string
  sensitive = true
}

data "aws_secretsmanager_secret_version" "zatca" {
  secret_id = "prod/zatca/pcsid"
}

resource "aws_ssm_parameter" "paytabs_profile" {
  name  = "/«SLUG»/paytabs/profile_id"
  type  = "String"
  value = "«PID»"
}

resource "aws_lambda_function" "einvoice" {
  function_name = "einvoice-signer"
  role          = "arn:aws:iam::«ACC»:role/einvoice"
  image_uri     = "«ACC».dkr.ecr.me-south-1.amazonaws.com/einvoice@sha256:«DIG»"
  environment {
    variables = {
      PAYTABS_SERVER_KEY = var.paytabs_server_key
      ZATCA_SECRET_ARN   = data.aws_secretsmanager_secret_version.zatca.arn
    }
  }
}
""", SLUG=slug(), PID=digits(5), ACC=digits(12), DIG=rs(HEXL, 64))


@L("git", "changelog_shas")
def n_changelog():
    lines = ["# Degisiklik Gunlugu", ""]
    for v in range(R.randint(4, 8), 0, -1):
        lines.append("## [1.%d.0]" % v)
        for _ in range(R.randint(2, 4)):
            lines.append("- %s (%s)" % (pick("iyzico taksit tablosu duzeltildi", "ZATCA QR kodu UTF-8 hatasi giderildi",
                                              "PayTR bildirim zaman asimi artirildi", "Netgsm basligi eklendi",
                                              "e-Arsiv PDF sablonu guncellendi"), rs(HEXL, 40)))
        lines.append("")
    return "CHANGELOG.md", "\n".join(lines)


@L("docs", "readme_tr_placeholders")
def n_readme_tr():
    return "README.md", fill("""# «NAME»

Laravel tabanli e-ticaret altyapisi (iyzico, PayTR, Netgsm, e-Fatura).

## Kurulum

```bash
cp .env.example .env
composer install
php artisan key:generate
```

`.env` dosyasinda asagidaki degerleri doldurun:

```dotenv
IYZICO_API_KEY=<API_ANAHTARINIZ>
IYZICO_SECRET_KEY=<GUVENLIK_ANAHTARINIZ>
PAYTR_MERCHANT_ID=
PAYTR_MERCHANT_KEY=
PAYTR_MERCHANT_SALT=
NETGSM_USERCODE=850xxxxxxx
NETGSM_PASSWORD=********
```

Gercek anahtarlari asla depoya eklemeyin; uretimde Vault kullanilir.
""", NAME=company())


@L("docs", "readme_ar_placeholders")
def n_readme_ar():
    return "docs/ar/README.md", """# دليل الإعداد

## متغيرات البيئة

| المتغير | الوصف | مثال |
|---|---|---|
| `MOYASAR_SECRET_KEY` | المفتاح السري من لوحة ميسر | `sk_live_xxxxxxxxxxxxxxxx` |
| `TAP_SECRET_KEY` | مفتاح Tap السري | `ضع_المفتاح_السري_هنا` |
| `ZATCA_SECRET` | السر المرتبط بشهادة CSID | `<سر_الشهادة>` |
| `UNIFONIC_APP_SID` | معرف التطبيق | `<AppSid>` |

> لا تقم برفع القيم الحقيقية إلى المستودع. استخدم مدير الأسرار.
"""


@L("openapi", "security_schemes")
def n_openapi():
    return "api/openapi.yaml", fill("""openapi: 3.0.3
info:
  title: «NAME» Payments API
  version: 2.1.0
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
    paytabsServerKey:
      type: apiKey
      in: header
      name: authorization
  schemas:
    Charge:
      type: object
      properties:
        id:
          type: string
          example: chg_TS0«CID»
        secret_key:
          type: string
          description: Never returned by the API
          example: string
        amount:
          type: number
          example: 10.5
security:
  - bearerAuth: []
""", NAME=company(), CID=rs(B62, 20))


@L("iyzico", "test_cards")
def n_test_cards():
    return "docs/test-kartlari.md", """# Sandbox test kartlari

| Banka | Kart No | Tip |
|---|---|---|
| Akbank | 5890040000000016 | Master Card (Debit) |
| Denizbank | 4603450000000000 | Visa (Debit) |
| Garanti | 5400360000000003 | Master Card (Credit) |
| Halkbank | 5528790000000008 | Master Card (Credit) |

Son kullanma tarihi gelecekte herhangi bir tarih, CVC `123`.
Sandbox ortaminda 3D OTP kodu `123456`.
"""


@L("web", "data_uri")
def n_data_uri():
    png = b"\x89PNG\r\n\x1a\n" + rb(R.randint(90, 160))
    return "resources/views/partials/logo.blade.php", fill("""<div class="logo">
  <img alt="logo" width="120" src="data:image/png;base64,«B»">
  <span>{{ __('Guvenli Odeme') }}</span>
</div>
""", B=b64s(png))


@L("dotnet", "empty_appsettings")
def n_appsettings_dev():
    return "src/Store.Api/appsettings.Development.json", """{
  "PayTabs": {
    "ProfileId": 0,
    "ServerKey": "",
    "Region": "SAU"
  },
  "Zatca": {
    "Environment": "developer-portal",
    "BinarySecurityToken": "",
    "Secret": ""
  },
  "SmsSettings": {
    "Token": "",
    "Sender": "TEST"
  }
}
"""


@L("postman", "empty_environment")
def n_postman_env():
    vals = []
    for k in ["base_url", "secret_key", "merchant_code", "publishable_api_key", "hmac_secret"]:
        v = "https://api.tabby.ai" if k == "base_url" else ""
        vals.append('    { "key": "%s", "value": "%s", "type": "%s", "enabled": true }'
                    % (k, v, "default" if k == "base_url" else "secret"))
    return "postman/tabby.postman_environment.json", ('{\n  "id": "%s",\n  "name": "Tabby - Live",\n  "values": [\n'
                                                     % uid() + ",\n".join(vals) + "\n  ]\n}\n")


@L("nuget", "packages_lock")
def n_packages_lock():
    deps = []
    for p in ["Iyzipay", "CheckoutSdk", "Serilog", "Newtonsoft.Json", "BouncyCastle.Cryptography"]:
        deps.append('      "%s": {\n        "type": "Direct",\n        "requested": "[%d.%d.0, )",\n'
                    '        "resolved": "%d.%d.0",\n        "contentHash": "%s"\n      }'
                    % (p, 2, R.randint(0, 9), 2, R.randint(0, 9), base64.b64encode(rb(64)).decode()))
    return "src/Store.Api/packages.lock.json", ('{\n  "version": 1,\n  "dependencies": {\n    "net8.0": {\n'
                                               + ",\n".join(deps) + "\n    }\n  }\n}\n")


@L("applepay", "domain_association")
def n_applepay_assoc():
    return "public/.well-known/apple-developer-merchantid-domain-association.txt", rs(HEXL, R.randint(6000, 9000) // 2 * 2) + "\n"


@L("HyperPay", "entity_ids")
def n_hyperpay_entities():
    return "app/src/main/java/sa/store/pay/Brands.kt", fill("""package sa.store.pay

// معرفات الكيانات ليست أسرارًا؛ التوكن في الخادم فقط
enum class Brand(val entityId: String) {
    VISA_MASTER("«E1»"),
    MADA("«E2»"),
    APPLEPAY("«E3»"),
}

const val CHECKOUT_SAMPLE_ID = "«CO».uat01-vm-tx0«N»"
""", E1=oppwa_entity(), E2=oppwa_entity(), E3=oppwa_entity(), CO=rs(HEXU, 32), N=R.randint(1, 4))


@L("release", "sha256sums")
def n_sha256sums():
    files = ["einvoice-signer-linux-amd64", "einvoice-signer-darwin-arm64", "einvoice-signer-windows-amd64.exe",
             "fatoora-cli.jar"]
    return "dist/SHA256SUMS", "".join("%s  %s\n" % (rs(HEXL, 64), f) for f in files)


@L("laravel", "migration_columns")
def n_migration():
    return "database/migrations/2024_03_11_000000_create_payment_gateways_table.php", """<?php

use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;

return new class extends Migration {
    public function up(): void
    {
        Schema::create('payment_gateways', function (Blueprint $table) {
            $table->id();
            $table->string('provider'); // iyzico, paytr, moyasar, tap
            $table->text('api_key')->nullable();
            $table->text('secret_key')->nullable(); // encrypted cast
            $table->string('merchant_salt')->nullable();
            $table->boolean('sandbox')->default(true);
            $table->timestamps();
        });
    }
};
"""


@L("i18n", "labels")
def n_i18n():
    return "resources/lang/" + pick("tr", "ar") + "/odeme.json", """{
  "secret_key": "Gizli anahtar",
  "api_key": "API anahtari",
  "merchant_salt": "Magaza parola (salt)",
  "password_placeholder": "Sifrenizi girin",
  "server_key_ar": "مفتاح الخادم",
  "secret_ar": "المفتاح السري",
  "token_expired": "Oturum suresi doldu"
}
"""


@L("python", "secret_generation")
def n_secret_gen():
    return "tools/rotate_webhook_secret.py", '''"""Rotate the internal webhook signing secret and store it in Vault."""
import secrets

import hvac


def main():
    client = hvac.Client(url="https://vault.internal:8200")
    new_secret = secrets.token_urlsafe(48)
    client.secrets.kv.v2.create_or_update_secret(path="payments/webhook", secret={"signing_secret": new_secret})
    print("rotated; length", len(new_secret))


if __name__ == "__main__":
    main()
'''


@L("queue", "job_payload_log")
def n_queue_log():
    lines = []
    for _ in range(R.randint(5, 10)):
        payload = json.dumps({"job": "SendInvoiceEmail", "invoice": uid(), "locale": pick("tr", "ar", "en"),
                              "attempt": R.randint(1, 3)}, separators=(",", ":"))
        lines.append("[%s] queue.INFO: Processing job id=%s payload=%s" % (
            "2024-06-%02d %02d:%02d:00" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59)), rs(B62, 32),
            b64s(payload)))
    return "storage/logs/queue.log", "\n".join(lines) + "\n"


@L("ZATCA", "qr_test")
def n_qr_test():
    seller = pick("Bobs Records", "مكتبة جرير", "Riyadh Souq Co.")
    vat = vat_sa()
    exp = qr_tlv(seller, vat, "2022-04-25T15:30:00Z", "1000.00", "150.00")
    return "tests/Unit/QrTlvTest.php", fill("""<?php

use App\\EInvoice\\Qr\\TlvEncoder;
use PHPUnit\\Framework\\TestCase;

class QrTlvTest extends TestCase
{
    public function test_encodes_phase_one_fields(): void
    {
        $qr = TlvEncoder::encode('«S»', '«VAT»', '2022-04-25T15:30:00Z', '1000.00', '150.00');
        $this->assertSame('«EXP»', $qr);
    }
}
""", S=seller, VAT=vat, EXP=exp)


@L("HyperPay", "checkout_response")
def n_hyperpay_response():
    return "tests/fixtures/hyperpay/checkout-created.json", fill("""{
  "result": {
    "code": "000.200.100",
    "description": "successfully created checkout"
  },
  "buildNumber": "«BN»@2024-05-12 03:21:54 +0000",
  "timestamp": "2024-05-13 10:11:12+0000",
  "ndc": "«ID».uat01-vm-tx02",
  "id": "«ID».uat01-vm-tx02",
  "integrity": "sha384-«INT»"
}
""", BN=rs(HEXL, 40), ID=rs(HEXU, 32), INT=base64.b64encode(rb(48)).decode())


@L("Sovos", "earsiv_response")
def n_earsiv_response():
    return "tests/fixtures/earsiv-sendInvoice-response.xml", fill("""<?xml version="1.0" encoding="UTF-8"?>
<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">
  <s:Body>
    <sendInvoiceResponse xmlns="http://fitcons.com/earchive/invoice">
      <Result>
        <resultCode>AE00000</resultCode>
        <resultText>Islem basarili</resultText>
      </Result>
      <preCheckSuccessResults>
        <invoiceNumber>EAR2024«NO»</invoiceNumber>
        <UUID>«U»</UUID>
        <hash>«H»</hash>
      </preCheckSuccessResults>
    </sendInvoiceResponse>
  </s:Body>
</s:Envelope>
""", NO=digits(9, False), U=uid().upper(), H=rs(HEXL, 32))


@L("systemd", "environment_file")
def n_systemd():
    return "deploy/systemd/einvoice-worker.service", """[Unit]
Description=e-Fatura / ZATCA gonderim kuyrugu
After=network-online.target

[Service]
User=einvoice
EnvironmentFile=/etc/einvoice/secrets.env
ExecStart=/opt/einvoice/bin/worker --queue einvoice --concurrency 4
Restart=on-failure

[Install]
WantedBy=multi-user.target
"""


@L("docs", "documented_sandbox_keys")
def n_doc_sandbox_keys():
    return "docs/sandbox.md", fill("""# Sandbox / test ortami

Asagidaki anahtarlar saglayicilarin herkese acik dokumantasyon ve SDK orneklerinde yer alir;
yalnizca test icindir.

- iyzico sandbox API key: `«IA»`
- iyzico sandbox secret key: `«IS»`
- Tap test secret key: `«TS»`
- Tap test publishable key: `«TP»`
- HyperPay (OPPWA) test token: `«OT»`, entityId `«OE»`
""", IA=IYZICO_DOC_API, IS=IYZICO_DOC_SECRET, TS=TAP_DOC_SK, TP=TAP_DOC_PK, OT=OPPWA_DOC_TOKEN, OE=OPPWA_DOC_ENTITY)


@L("ZATCA", "sdk_sample_fixture")
def n_zatca_sdk_fixture():
    return "tests/Zatca/SdkSampleCredentials.cs", fill("""namespace EInvoicing.Tests.Zatca
{
    // Values shipped with the ZATCA e-invoicing SDK samples (developer portal only)
    internal static class SdkSampleCredentials
    {
        public const string Secret = "«S»";
        public const string PrivateKey = "«K»";
        public const string Vat = "399999999900003";
    }
}
""", S=ZATCA_SDK_SECRET, K=ZATCA_SDK_KEY)


@L("Tabby", "publishable_frontend")
def n_tabby_promo():
    return "resources/views/product/tabby-promo.blade.php", fill("""<div id="tabbyPromo"></div>
<script src="https://checkout.tabby.ai/tabby-promo.js"></script>
<script>
  new TabbyPromo({
    selector: '#tabbyPromo',
    currency: 'SAR',
    price: '{{ $product->price }}',
    lang: '{{ app()->getLocale() }}',
    source: 'product',
    publicKey: '«PK»',
    merchantCode: 'sa'
  });
</script>
""", PK="pk_" + uid())


@L("Paymob", "integration_ids")
def n_paymob_ids():
    return "config/paymob_integrations.yml", fill("""# Paymob entegrasyon kimlikleri (gizli degil)
integrations:
  card: «I1»
  wallet: «I2»
  kiosk: «I3»
  valu: «I4»
iframe_id: «IF»
public_key: egy_pk_live_«PK»
""", I1=digits(7), I2=digits(7), I3=digits(7), I4=digits(7), IF=digits(6), PK=rs(B62, 32))


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
ENV_BLOCKED_OK = (".env.example", ".env.sample", ".env.dist", ".env.template")


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base == "Dockerfile":
        return "dockerfile"
    if base == "SHA256SUMS":
        return "txt"
    if "." in base:
        return base.rsplit(".", 1)[-1].lower()
    return "txt"


def is_blocked_env(path):
    base = path.rsplit("/", 1)[-1]
    return base.startswith(".env") and base not in ENV_BLOCKED_OK


def cycle(items, n):
    out = []
    while len(out) < n:
        block = list(items)
        R.shuffle(block)
        out.extend(block)
    return out[:n]


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_lh.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    R.seed(seed)
    assert len(POS) >= 60 and len(LOOK) + len(POS) >= 60
    manifest, secrets_out = [], []
    env_count = 0

    for i, tpl in enumerate(cycle(POS, 500)):
        value, needle = tpl["gen"]()
        rel, text = tpl["fn"](value)
        if is_blocked_env(rel):
            env_count += 1
        name = "pos/p%04d/%s" % (i, rel)
        assert needle and needle in text, (tpl["name"], needle)
        idx = text.index(needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1], tpl["name"]
        write(outdir, name, text)
        with open(os.path.join(outdir, name), encoding="utf-8") as fh:
            assert needle in fh.read().split("\n")[line - 1]
        manifest.append({"file": name, "label": "pos", "provider": tpl["provider"], "kind": tpl["kind"],
                         "filetype": filetype(rel)})
        secrets_out.append({"file": name, "needle": needle, "line": line})
    assert env_count <= 25, env_count

    NEG_MODE[0] = True
    jobs = [("reuse", t) for t in cycle(POS, 250)] + [("look", t) for t in cycle(LOOK, 250)]
    R.shuffle(jobs)
    for i, (mode, tpl) in enumerate(jobs):
        if mode == "reuse":
            rel, text = tpl["fn"](neg_value(tpl))
            kind = "placeholder_" + tpl["kind"]
        else:
            rel, text = tpl["fn"]()
            kind = tpl["kind"]
        if is_blocked_env(rel):
            rel = rel.rsplit("/", 1)
            rel = (rel[0] + "/" if len(rel) == 2 else "") + ".env.example"
        assert not is_blocked_env(rel)
        name = "neg/n%04d/%s" % (i, rel)
        write(outdir, name, text)
        manifest.append({"file": name, "label": "neg", "provider": tpl["provider"], "kind": kind,
                         "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets_out:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
