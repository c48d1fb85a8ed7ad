#!/usr/bin/env python3
"""Blind evaluation-set generator "bh" for a git pre-commit secret scanner.

EMPHASIS
    Regional and alternative payment gateways and commerce platforms outside
    the big US ones: India (Razorpay, Paytm, PhonePe, Cashfree, PayU India,
    CCAvenue, Instamojo), Africa (Paystack, Flutterwave, M-Pesa Daraja, Yoco,
    Ozow, PayFast, Peach Payments), Latin America (Mercado Pago, PagSeguro,
    Pagar.me/Stone, Conekta, OpenPay, Culqi, Wompi, Kushki, dLocal, EBANX,
    Efi/Gerencianet Pix), Southeast Asia (Xendit, Midtrans, PayMongo, Omise/Opn,
    2C2P, Maya, DOKU), Europe (Mollie, Adyen, Klarna, iyzico, Przelewy24,
    PayU Europe, Swish, iDEAL, Paddle, GoCardless, SumUp, Viva Wallet,
    Nets Easy, Worldline), China/Japan/Korea (Alipay, WeChat Pay, PAY.JP,
    KOMOJU, Toss Payments, KG Inicis) and the Middle East (Tap, Moyasar,
    PayTabs, Checkout.com).

USAGE
    python3 gen_bh.py OUTDIR SEED

    Writes OUTDIR/pos/pNNNN/<relative path> (500 files, one credential each)
    and OUTDIR/neg/nNNNN/<relative path> (500 innocent look-alikes), plus
    OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
    OUTDIR/secrets.jsonl   {"file","needle","line"}   (positives only)
    Deterministic per SEED: only random.Random(SEED) is used.

NEEDLE CONVENTIONS
    * needle is the secret exactly as written in the file, without quotes.
    * For key-id + secret pairs (Razorpay key id + key secret, iyzico api key
      + secret key, M-Pesa consumer key + consumer secret, Cashfree app id +
      secret key, ...) the identifier is treated as the public half; the
      needle is the secret half only and the file counts as ONE credential.
    * For Peach Payments the needle is the whole base64 bearer token.
    * For PEM private keys written as a PEM file/block (WeChat Pay
      apiclient_key.pem, Swish / iDEAL merchant keys) the needle is the whole
      block from "-----BEGIN" to the end of the "-----END ...-----" line and
      spans several lines; `line` is the line of the BEGIN marker.
    * Alipay app private keys are pasted as one single base64 line (that is
      how the Alipay SDKs want them); the needle is that line's base64 body.
    * Human-chosen passphrases (PayFast passphrase, Swish/iDEAL certificate
      passwords) are positives with kind "passphrase"; they look like real
      human passwords.

SANDBOX / TEST KEYS (decision)
    * Values copied verbatim from provider documentation (e.g. the M-Pesa
      Daraja sandbox passkey, the PayFast sandbox merchant 10000100 /
      46f0cd694581a + passphrase jt7NOE43FZPn, the KG Inicis test signkey,
      the PhonePe UAT salt, the PayU India test key/salt gtKFFx/eCwWELxi, the
      Peach Payments doc test token, Toss Payments' public docs test key,
      the Swish test certificate password "swish", Paddle's doc example key) are NEGATIVES (kind "documented_test_value").
    * Freshly random sandbox/test secrets (sk_test_..., FLWSECK_TEST-...,
      xnd_development_..., SB-Mid-server-...) are real credentials of a
      sandbox account: they are POSITIVES, but rare (~4%) and always carry a
      kind ending in "_sandbox" so they can be filtered out.
    * Publishable / client keys the provider documents as safe to expose
      (pk_live_, Mid-client-, rzp_live_ key ids, pkey_, FLWPUBK-, Mercado Pago
      APP_USR-<uuid> public keys, pub_prod_, live_ck_, Paddle client-side
      tokens, Adyen client keys, Nets checkout keys, sup_pk_, ...) are
      negatives even though random.

NEGATIVE KINDS
    env_reference (env lookups in the file type's own syntax, 1Password/Vault
    references, ExternalSecret), placeholder, masked, publishable_key (also
    HTML checkout pages initialising Razorpay/Paystack/Flutterwave/Mercado
    Pago/Omise/Culqi/Paddle/Toss/Adyen/Checkout.com/Conekta/Wompi/PAY.JP/
    Midtrans/Nets with their public keys), documented_test_value, ciphertext
    (SOPS ENC[...], SealedSecret, KMS blobs, Magento 0:3: values),
    webhook_signature_log (HMAC/RSA signature headers and Alipay sign= in
    logs), request_hash (PayU India per-request SHA-512), test_vector (HMAC
    unit tests with obviously fake secrets), transaction_ids, digest
    (package-lock integrity, go.sum), test_card_numbers (test PANs, example
    IBANs), public_key / certificate (Alipay public key, WeChat Pay platform
    certificate, Swish/iDEAL CA certs).  Client-id-like companions that some
    people consider secret (M-Pesa consumer key, iyzico api key, dLocal
    X-Login, Worldline key id, Efi Client_Id, Instamojo client id) get the same
    look-alike treatment as the secret in negatives.

NAMES
    ~12% of positives use provider-less names (PG_KEY, token, AUTH, a
    positional CLI argument, ...) and nested formats often put `apiKey` /
    `secret-key` inside a provider-named block; together about a third of
    needle lines do not name the provider.

DOUBTS (formats I am not sure about)
    * Checkout.com: the new-platform key body (sk_/pk_ + 27 lowercase base32
      chars, sk_sbox_ for sandbox) is from memory; older accounts used
      sk_test_<uuid>.
    * Flutterwave encryption key length for live accounts (24 hex here).
    * M-Pesa Daraja consumer key/secret lengths changed over time (old
      portal: 32/16, newer apps: 48/64 alnum); the newer lengths are used.
    * Yoco, KOMOJU, Tap, Moyasar, Culqi and PayMongo secret key body lengths
      are from memory of published examples (prefixes are documented).
    * Conekta private AND public keys both start with key_ (documented); the
      public one is a negative here, which is intentionally very hard.
    * Paddle notification (webhook) secret format pdl_ntfset_<ulid>_<base62>
      is a guess by analogy with pdl_live_apikey_<ulid>_<22>_<3> (the latter
      is documented on developer.paddle.com).
    * Adyen API key layout (AQE...==-<b64 hmac>-<16 printable>) is modelled on
      published examples; real keys vary in length.
    * Klarna klarna_live_api_ password body, Viva Wallet client secret,
      Worldline secret, DOKU SK-, 2C2P secret key and KG Inicis signkey
      lengths are best guesses from docs/examples.
    * PagBank's newer 100-char token is not modelled; the classic PagSeguro
      32-char uppercase hex token is used.
    * Cashfree secret keys: cfsk_ma_prod_<32 hex>_<8 hex> from memory of
      dashboard-generated keys; older secrets were 40 hex chars.
"""
import base64
import hashlib
import json
import os
import random
import string
import sys
import zlib
from collections import Counter

ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
LALNUM = LOWER + DIGITS
UALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
B32L = "abcdefghijklmnopqrstuvwxyz234567"
CROCK = "0123456789abcdefghjkmnpqrstvwxyz"

BADWORDS = ("pass", "test", "demo", "secret", "xxxx", "abcd", "1234", "qwer",
            "asdf", "fake", "dummy", "sample", "live", "prod", "key_", "0000")


def bad_sequence(s):
    low = s.lower()
    for i in range(len(low) - 3):
        a, b, c, d = (ord(ch) for ch in low[i:i + 4])
        if b - a == c - b == d - c and abs(b - a) <= 1:
            return True
    return any(w in low for w in BADWORDS)


def rs(rng, alphabet, n):
    """Random string without runs/sequences/dictionary-ish fragments."""
    while True:
        s = "".join(rng.choice(alphabet) for _ in range(n))
        if not bad_sequence(s):
            return s


def ruuid(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rulid(rng):
    return "01" + rng.choice("ghjk") + rs(rng, CROCK, 23)


def rb64(rng, nbytes):
    while True:
        s = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode()
        if not bad_sequence(s):
            return s


def rdigits(rng, n):
    return str(rng.randint(1, 9)) + rs(rng, DIGITS, n - 1)


# ---------------------------------------------------------------- PEM bodies
PKCS8_HEADS = [("MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQ", "=="),
               ("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", "="),
               ("MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", "")]
PKCS1_HEADS = [("MIIEpAIBAAKCAQEA", "==", 1592), ("MIIEowIBAAKCAQEA", "", 1588),
               ("MIIEpQIBAAKCAQEA", "=", 1592)]


def _fill_b64(rng, head, pad, total):
    n = total - len(head) - len(pad)
    body = rs(rng, B64, n)
    if pad == "==":
        body = body[:-1] + rng.choice("AQgw")
    elif pad == "=":
        body = body[:-1] + rng.choice("AEIMQUYcgkosw048")
    return head + body + pad


def rsa_pkcs8_body(rng):
    head, pad = rng.choice(PKCS8_HEADS)
    # modulus INTEGER starts with a 0x00 pad byte followed by a byte >= 0x80
    return _fill_b64(rng, head + rng.choice("CD"), pad, 1624)


def rsa_pkcs1_body(rng):
    head, pad, total = rng.choice(PKCS1_HEADS)
    return _fill_b64(rng, head + rng.choice("ghijklmnopqrstuvwxyz0123456789+/"), pad, total)


def rsa_public_body(rng):
    head = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"
    return head + rng.choice("sotuvwxyz0123456789") + rs(rng, B64, 339) + \
        rng.choice(B64) + rng.choice("AQgw") + "IDAQAB"


def cert_body(rng):
    return "MIID" + rng.choice("pqrstuvwxyz") + rs(rng, B64, 1255) + "=="


def pem_wrap(label, body):
    lines = ["-----BEGIN %s-----" % label]
    lines += [body[i:i + 64] for i in range(0, len(body), 64)]
    lines.append("-----END %s-----" % label)
    return "\n".join(lines)


# ------------------------------------------------------ human passwords
_HN = ["Marek", "Aisha", "Thabo", "Priya", "Joaquin", "Ngozi", "Somchai", "Lucia",
       "Kemal", "Yuki", "Siobhan", "Dmitri", "Farah", "Bongani", "Rafael", "Ines",
       "Oluwaseun", "Anika", "Tomasz", "Camila", "Arjun", "Zanele", "Hiroshi"]
_HW = ["winter", "mango", "Lagos", "tiger", "coffee", "Sunset", "harbor", "falcon",
       "Bafana", "river", "monsoon", "cricket", "jollof", "samba", "Durban",
       "Table", "Mountain", "Kilimanjaro", "Bogota", "biryani", "Tigres",
       "pineapple", "Orlando", "Copacabana", "Sakura", "Istanbul", "Gdansk"]
_LEET = str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"})


def human_password(rng):
    n, w = rng.choice(_HN), rng.choice(_HW)
    y = str(rng.randint(1972, 2006))
    s = rng.choice(".!@#&*_-+")
    p = rng.randrange(7)
    if p == 0:
        return "%s%s%s%s" % (n, s, y, w.lower())
    if p == 1:
        return "%s%s%s" % (w.capitalize(), s, y[2:] + n.lower()[:3])
    if p == 2:
        return "%s%s%s%d" % (w.capitalize().translate(_LEET), s, n, rng.randint(2, 99))
    if p == 3:
        return "%s%s%s%s" % (n.lower(), w.capitalize(), y, s)
    if p == 4:
        return "%s%s%s%s" % (w.capitalize(), rng.choice(_HW).capitalize(), s, y[2:])
    if p == 5:
        return "%s_%s%s%s" % (n, w.translate(_LEET), s, rng.randint(10, 99))
    return "%s%s%s%s%s" % (y[2:], w.capitalize(), s, n, rng.choice("!?#"))


# ============================================================ providers
# key: (display name, API base url, currency, docs host)
PROVIDERS = {
    "razorpay": ("Razorpay", "https://api.razorpay.com/v1", "INR"),
    "paytm": ("Paytm", "https://securegw.paytm.in", "INR"),
    "phonepe": ("PhonePe", "https://api.phonepe.com/apis/hermes", "INR"),
    "cashfree": ("Cashfree", "https://api.cashfree.com/pg", "INR"),
    "payu_india": ("PayU India", "https://secure.payu.in/_payment", "INR"),
    "ccavenue": ("CCAvenue", "https://secure.ccavenue.com/transaction/transaction.do", "INR"),
    "instamojo": ("Instamojo", "https://api.instamojo.com/v2", "INR"),
    "paystack": ("Paystack", "https://api.paystack.co", "NGN"),
    "flutterwave": ("Flutterwave", "https://api.flutterwave.com/v3", "NGN"),
    "mpesa": ("M-Pesa Daraja", "https://api.safaricom.co.ke", "KES"),
    "yoco": ("Yoco", "https://payments.yoco.com/api", "ZAR"),
    "ozow": ("Ozow", "https://api.ozow.com", "ZAR"),
    "payfast": ("PayFast", "https://www.payfast.co.za/eng/process", "ZAR"),
    "peach": ("Peach Payments", "https://eu-prod.oppwa.com/v1", "ZAR"),
    "mercadopago": ("Mercado Pago", "https://api.mercadopago.com", "BRL"),
    "pagseguro": ("PagSeguro", "https://ws.pagseguro.uol.com.br/v2", "BRL"),
    "pagarme": ("Pagar.me (Stone)", "https://api.pagar.me/core/v5", "BRL"),
    "conekta": ("Conekta", "https://api.conekta.io", "MXN"),
    "openpay": ("Openpay", "https://api.openpay.mx/v1", "MXN"),
    "culqi": ("Culqi", "https://api.culqi.com/v2", "PEN"),
    "wompi": ("Wompi", "https://production.wompi.co/v1", "COP"),
    "kushki": ("Kushki", "https://api.kushkipagos.com", "USD"),
    "dlocal": ("dLocal", "https://api.dlocal.com", "USD"),
    "ebanx": ("EBANX", "https://api.ebanxpay.com/ws", "BRL"),
    "efi_pix": ("Efi Pix", "https://pix.api.efipay.com.br", "BRL"),
    "xendit": ("Xendit", "https://api.xendit.co", "IDR"),
    "midtrans": ("Midtrans", "https://api.midtrans.com/v2", "IDR"),
    "paymongo": ("PayMongo", "https://api.paymongo.com/v1", "PHP"),
    "omise": ("Omise", "https://api.omise.co", "THB"),
    "2c2p": ("2C2P", "https://pgw.2c2p.com/payment/4.3", "THB"),
    "maya": ("Maya", "https://pg.maya.ph", "PHP"),
    "doku": ("DOKU", "https://api.doku.com", "IDR"),
    "mollie": ("Mollie", "https://api.mollie.com/v2", "EUR"),
    "adyen": ("Adyen", "https://checkout-live.adyenpayments.com/checkout/v71", "EUR"),
    "klarna": ("Klarna", "https://api.klarna.com", "EUR"),
    "iyzico": ("iyzico", "https://api.iyzipay.com", "TRY"),
    "przelewy24": ("Przelewy24", "https://secure.przelewy24.pl/api/v1", "PLN"),
    "payu_eu": ("PayU", "https://secure.payu.com/api/v2_1", "PLN"),
    "swish": ("Swish", "https://cpc.getswish.net/swish-cpcapi/api/v2", "SEK"),
    "ideal": ("iDEAL", "https://ideal.rabobank.nl/ideal/iDEALv3", "EUR"),
    "paddle": ("Paddle", "https://api.paddle.com", "USD"),
    "gocardless": ("GoCardless", "https://api.gocardless.com", "GBP"),
    "sumup": ("SumUp", "https://api.sumup.com/v0.1", "EUR"),
    "vivawallet": ("Viva Wallet", "https://api.vivapayments.com", "EUR"),
    "nets": ("Nets Easy", "https://api.dibspayment.eu/v1", "DKK"),
    "worldline": ("Worldline", "https://payment.direct.worldline-solutions.com/v2", "EUR"),
    "alipay": ("Alipay", "https://openapi.alipay.com/gateway.do", "CNY"),
    "wechatpay": ("WeChat Pay", "https://api.mch.weixin.qq.com", "CNY"),
    "payjp": ("PAY.JP", "https://api.pay.jp/v1", "JPY"),
    "komoju": ("KOMOJU", "https://komoju.com/api/v1", "JPY"),
    "toss": ("Toss Payments", "https://api.tosspayments.com/v1", "KRW"),
    "inicis": ("KG Inicis", "https://iniapi.inicis.com/api/v1", "KRW"),
    "tap": ("Tap Payments", "https://api.tap.company/v2", "KWD"),
    "moyasar": ("Moyasar", "https://api.moyasar.com/v1", "SAR"),
    "paytabs": ("PayTabs", "https://secure.paytabs.sa", "SAR"),
    "checkoutcom": ("Checkout.com", "https://api.checkout.com", "AED"),
}


class Spec:
    def __init__(self, provider, kind, gen, slot, prefix="", comps=(), pub=None,
                 docs=(), sandbox=None, generic=None, weight=1.0, human=False, ambig=False):
        self.provider, self.kind, self.gen = provider, kind, gen
        self.slot = tuple(slot.split())          # e.g. "razorpay key secret"
        self.prefix = prefix                     # documented literal prefix
        self.comps = list(comps)                 # [(words, genfn)] public halves
        self.pub = pub                           # (words, genfn) publishable key
        self.docs = list(docs)                   # documented sandbox constants
        self.sandbox = sandbox                   # genfn of random sandbox secret
        self.generic = generic                   # custom generic name pool
        self.weight = weight
        self.human = human
        self.ambig = ambig   # first companion is a client id that some treat as secret


def W(s):
    return tuple(s.split())


def sk_live(n, alpha=ALNUM, pre="sk_live_"):
    return lambda r: pre + rs(r, alpha, n)


def mp_access(r, pre="APP_USR-"):
    return "%s%s-%02d%02d%02d-%s-%s" % (pre, rdigits(r, 16), r.randint(1, 12), r.randint(1, 28),
                                      r.randint(19, 25), rs(r, HEX, 32), rdigits(r, 9))


def peach_token(r):
    raw = rs(r, HEX, 32) + "|" + rs(r, ALNUM + "#=?!", 10)
    return base64.b64encode(raw.encode()).decode()


def adyen_key(r):
    tail = rs(r, ALNUM + "!#%()*+,.:;<>?@[]^_{|}~", 16)
    return "AQE" + rs(r, ALNUM, 2) + rs(r, B64, 80) + "==-" + rb64(r, 32) + "-" + tail


def paytabs_key(r, lead="S"):
    return "%s%s-%s-%s" % (lead, rs(r, UPPER + "23456789", 9), rs(r, UPPER + "23456789", 10),
                           rs(r, UPPER + "23456789", 10))


def xendit_key(r, env="production", pub=False):
    body = base64.b64encode(bytes(r.getrandbits(8) for _ in range(41))).decode()
    while bad_sequence(body):
        body = base64.b64encode(bytes(r.getrandbits(8) for _ in range(41))).decode()
    if pub:
        body = rs(r, ALNUM, 56)
        return "xnd_public_%s_%s" % (env, body)
    return "xnd_%s_%s" % (env, body)


SPECS = [
    # ------------------------------------------------------------- India
    Spec("razorpay", "key_secret", lambda r: rs(r, ALNUM, 24), "razorpay key secret",
         comps=[(W("razorpay key id"), lambda r: "rzp_live_" + rs(r, ALNUM, 14))],
         pub=(W("razorpay key id"), lambda r: "rzp_live_" + rs(r, ALNUM, 14)), weight=2.0,
         sandbox=None),
    Spec("razorpay", "webhook_secret", lambda r: rs(r, ALNUM + "@#_", 20),
         "razorpay webhook secret"),
    Spec("paytm", "merchant_key", lambda r: rs(r, ALNUM + "#%&@_", 16), "paytm merchant key",
         comps=[(W("paytm mid"), lambda r: rs(r, UPPER, 6) + rdigits(r, 14))]),
    Spec("phonepe", "salt_key", ruuid, "phonepe salt key",
         comps=[(W("phonepe merchant id"), lambda r: "M" + rs(r, UALNUM, 13)),
                (W("phonepe salt index"), lambda r: str(r.randint(1, 2)))],
         docs=["099eb0cd-02cf-4e2a-8aca-3e6c6aff0399"]),
    Spec("cashfree", "secret_key",
         lambda r: "cfsk_ma_prod_%s_%s" % (rs(r, HEX, 32), rs(r, HEX, 8)),
         "cashfree secret key", prefix="cfsk_ma_prod_",
         comps=[(W("cashfree app id"), lambda r: rdigits(r, 7) + rs(r, HEX, 25))]),
    Spec("payu_india", "merchant_salt", lambda r: rs(r, ALNUM, 32), "payu merchant salt",
         comps=[(W("payu merchant key"), lambda r: rs(r, ALNUM, 6))],
         docs=["eCwWELxi"]),
    Spec("ccavenue", "working_key", lambda r: rs(r, UHEX, 32), "ccavenue working key",
         comps=[(W("ccavenue access code"), lambda r: "AV" + rs(r, UPPER + DIGITS, 16)),
                (W("ccavenue merchant id"), lambda r: rdigits(r, 6))]),
    Spec("instamojo", "private_salt", lambda r: rs(r, HEX, 32), "instamojo private salt"),
    Spec("instamojo", "client_secret", lambda r: rs(r, ALNUM, 128), "instamojo client secret", ambig=True,
         comps=[(W("instamojo client id"), lambda r: rs(r, ALNUM, 40))], weight=0.6),
    # ------------------------------------------------------------- Africa
    Spec("paystack", "secret_key", lambda r: "sk_live_" + rs(r, HEX, 40), "paystack secret key",
         prefix="sk_live_", pub=(W("paystack public key"), lambda r: "pk_live_" + rs(r, HEX, 40)),
         sandbox=lambda r: "sk_test_" + rs(r, HEX, 40), weight=2.0),
    Spec("flutterwave", "secret_key", lambda r: "FLWSECK-%s-X" % rs(r, HEX, 32),
         "flutterwave secret key", prefix="FLWSECK-",
         pub=(W("flutterwave public key"), lambda r: "FLWPUBK-%s-X" % rs(r, HEX, 32)),
         sandbox=lambda r: "FLWSECK_TEST-%s-X" % rs(r, HEX, 32), weight=2.0),
    Spec("flutterwave", "encryption_key", lambda r: rs(r, HEX, 24), "flutterwave encryption key",
         comps=[(W("flutterwave public key"), lambda r: "FLWPUBK-%s-X" % rs(r, HEX, 32))]),
    Spec("flutterwave", "webhook_secret_hash", lambda r: rs(r, ALNUM, 32),
         "flutterwave secret hash"),
    Spec("mpesa", "consumer_secret", lambda r: rs(r, ALNUM, 64), "mpesa consumer secret", ambig=True,
         comps=[(W("mpesa consumer key"), lambda r: rs(r, ALNUM, 48))]),
    Spec("mpesa", "passkey", lambda r: rs(r, HEX, 64), "mpesa passkey",
         comps=[(W("mpesa shortcode"), lambda r: rdigits(r, 6))],
         docs=["bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919"], weight=1.5),
    Spec("yoco", "secret_key",
         lambda r: "sk_live_%s%s%s" % (rs(r, HEX, 8), rs(r, ALNUM, 10), rs(r, HEX, 10)),
         "yoco secret key", prefix="sk_live_",
         pub=(W("yoco public key"), lambda r: "pk_live_%s%s" % (rs(r, HEX, 8), rs(r, ALNUM, 12)))),
    Spec("ozow", "private_key", lambda r: rs(r, ALNUM, 32), "ozow private key",
         comps=[(W("ozow site code"), lambda r: "%s-%s-%03d" % (rs(r, UPPER, 3), rs(r, UPPER, 3), r.randint(1, 40)))]),
    Spec("payfast", "passphrase", human_password, "payfast passphrase", human=True,
         comps=[(W("payfast merchant id"), lambda r: rdigits(r, 8)),
                (W("payfast merchant key"), lambda r: rs(r, LALNUM, 13))],
         docs=["jt7NOE43FZPn"]),
    Spec("peach", "access_token", peach_token, "peach access token",
         comps=[(W("peach entity id"), lambda r: "8ac" + rs(r, HEX, 29))],
         docs=["OGE4Mjk0MTc0YjdlY2IyODAxNGI5Njk5MjIwMDE1Y2N8c3k2S0pzVDg="]),
    # -------------------------------------------------------- Latin America
    Spec("mercadopago", "access_token", mp_access, "mercadopago access token", prefix="APP_USR-",
         pub=(W("mercadopago public key"), lambda r: "APP_USR-" + ruuid(r)),
         sandbox=lambda r: mp_access(r, "TEST-"), weight=2.0),
    Spec("mercadopago", "client_secret", lambda r: rs(r, ALNUM, 32), "mercadopago client secret",
         comps=[(W("mercadopago client id"), lambda r: rdigits(r, 16))]),
    Spec("mercadopago", "webhook_secret", lambda r: rs(r, HEX, 64), "mercadopago webhook secret"),
    Spec("pagseguro", "token", lambda r: rs(r, UHEX, 32), "pagseguro token",
         comps=[(W("pagseguro email"), lambda r: "financeiro@%s.com.br" % r.choice(
             ["lojacasaverde", "modapraia", "cafeserrano", "bikeshopbh", "eletroponto"]))]),
    Spec("pagarme", "secret_key", lambda r: "sk_" + rs(r, HEX, 32), "pagarme secret key",
         prefix="sk_", pub=(W("pagarme public key"), lambda r: "pk_" + rs(r, HEX, 32))),
    Spec("conekta", "private_key", lambda r: "key_" + rs(r, ALNUM, 24), "conekta private key",
         prefix="key_", pub=(W("conekta public key"), lambda r: "key_" + rs(r, ALNUM, 24))),
    Spec("openpay", "private_key", lambda r: "sk_" + rs(r, HEX, 32), "openpay private key",
         prefix="sk_", comps=[(W("openpay merchant id"), lambda r: "m" + rs(r, LALNUM, 19))],
         pub=(W("openpay public key"), lambda r: "pk_" + rs(r, HEX, 32))),
    Spec("culqi", "secret_key", lambda r: "sk_live_" + rs(r, ALNUM, 16), "culqi secret key",
         prefix="sk_live_", pub=(W("culqi public key"), lambda r: "pk_live_" + rs(r, ALNUM, 16))),
    Spec("wompi", "private_key", lambda r: "prv_prod_" + rs(r, ALNUM, 32), "wompi private key",
         prefix="prv_prod_", pub=(W("wompi public key"), lambda r: "pub_prod_" + rs(r, ALNUM, 32)),
         sandbox=lambda r: "prv_test_" + rs(r, ALNUM, 32)),
    Spec("wompi", "events_secret", lambda r: "prod_events_" + rs(r, ALNUM, 32),
         "wompi events secret", prefix="prod_events_"),
    Spec("wompi", "integrity_secret", lambda r: "prod_integrity_" + rs(r, ALNUM, 32),
         "wompi integrity secret", prefix="prod_integrity_"),
    Spec("kushki", "private_merchant_id", lambda r: rs(r, HEX, 32), "kushki private merchant id",
         pub=(W("kushki public merchant id"), lambda r: rs(r, HEX, 32))),
    Spec("dlocal", "secret_key", lambda r: rs(r, ALNUM, 32), "dlocal secret key", ambig=True,
         comps=[(W("dlocal x login"), lambda r: rs(r, ALNUM, 10))]),
    Spec("ebanx", "integration_key", lambda r: "live_ik_" + rs(r, B64URL, 22),
         "ebanx integration key", prefix="live_ik_",
         pub=(W("ebanx public integration key"), lambda r: "live_pk_" + rs(r, B64URL, 22))),
    Spec("efi_pix", "client_secret", lambda r: "Client_Secret_" + rs(r, HEX, 40),
         "efi client secret", prefix="Client_Secret_", ambig=True,
         comps=[(W("efi client id"), lambda r: "Client_Id_" + rs(r, HEX, 40))]),
    # ------------------------------------------------------ Southeast Asia
    Spec("xendit", "secret_key", xendit_key, "xendit secret key", prefix="xnd_production_",
         pub=(W("xendit public key"), lambda r: xendit_key(r, pub=True)),
         sandbox=lambda r: xendit_key(r, "development"), weight=1.5),
    Spec("xendit", "callback_token", lambda r: rs(r, ALNUM, 48), "xendit callback token"),
    Spec("midtrans", "server_key", lambda r: "Mid-server-" + rs(r, ALNUM + "-_", 24),
         "midtrans server key", prefix="Mid-server-",
         comps=[(W("midtrans merchant id"), lambda r: "G" + rdigits(r, 9))],
         pub=(W("midtrans client key"), lambda r: "Mid-client-" + rs(r, ALNUM + "-_", 16)),
         sandbox=lambda r: "SB-Mid-server-" + rs(r, ALNUM + "-_", 24), weight=1.5),
    Spec("paymongo", "secret_key", lambda r: "sk_live_" + rs(r, ALNUM, 24), "paymongo secret key",
         prefix="sk_live_", pub=(W("paymongo public key"), lambda r: "pk_live_" + rs(r, ALNUM, 24))),
    Spec("paymongo", "webhook_secret", lambda r: "whsk_" + rs(r, ALNUM, 24),
         "paymongo webhook secret", prefix="whsk_"),
    Spec("omise", "secret_key", lambda r: "skey_5" + rs(r, LALNUM, 18), "omise secret key",
         prefix="skey_", pub=(W("omise public key"), lambda r: "pkey_5" + rs(r, LALNUM, 18))),
    Spec("2c2p", "secret_key", lambda r: rs(r, UHEX, 64), "2c2p secret key",
         comps=[(W("2c2p merchant id"), lambda r: "7647" + rdigits(r, 11))]),
    Spec("maya", "secret_key", lambda r: "sk-" + rs(r, ALNUM, 43), "maya secret key",
         prefix="sk-", pub=(W("maya public key"), lambda r: "pk-" + rs(r, ALNUM, 43))),
    Spec("doku", "secret_key", lambda r: "SK-" + rs(r, ALNUM, 20), "doku secret key",
         prefix="SK-", comps=[(W("doku client id"), lambda r: "BRN-%04d-%s" % (
             r.randint(100, 9999), rdigits(r, 13)))]),
    # ------------------------------------------------------------- Europe
    Spec("mollie", "api_key", lambda r: "live_" + rs(r, ALNUM, 30), "mollie api key",
         prefix="live_", comps=[(W("mollie profile id"), lambda r: "pfl_" + rs(r, ALNUM, 10))],
         sandbox=lambda r: "test_" + rs(r, ALNUM, 30), weight=1.5),
    Spec("mollie", "access_token", lambda r: "access_" + rs(r, ALNUM, 40),
         "mollie access token", prefix="access_"),
    Spec("adyen", "api_key", adyen_key, "adyen api key", prefix="AQE",
         comps=[(W("adyen merchant account"), lambda r: r.choice(
             ["Kiosko", "Vinted", "Bloemen", "Fietsen", "Boulangerie", "Nordlys"]) + r.choice(
             ["ECOM", "NL", "EU", "Shop"]) + str(r.randint(1, 9)))],
         pub=(W("adyen client key"), lambda r: "live_" + rs(r, UALNUM, 32))),
    Spec("adyen", "hmac_key", lambda r: rs(r, UHEX, 64), "adyen hmac key"),
    Spec("klarna", "api_password", lambda r: "klarna_live_api_" + rs(r, B64URL, 60),
         "klarna api password", prefix="klarna_live_api_",
         comps=[(W("klarna api username"), lambda r: "%s_%s" % (rs(r, UALNUM, 8), rs(r, HEX, 12)))],
         pub=(W("klarna client id"), lambda r: "klarna_live_client_" + rs(r, B64URL, 48))),
    Spec("iyzico", "secret_key", lambda r: rs(r, ALNUM, 32), "iyzico secret key", ambig=True,
         comps=[(W("iyzico api key"), lambda r: rs(r, ALNUM, 32))],
         sandbox=lambda r: "sandbox-" + rs(r, ALNUM, 32)),
    Spec("przelewy24", "crc_key", lambda r: rs(r, HEX, 16), "przelewy24 crc",
         comps=[(W("przelewy24 merchant id"), lambda r: rdigits(r, 6))]),
    Spec("przelewy24", "api_key", lambda r: rs(r, HEX, 32), "przelewy24 api key",
         comps=[(W("przelewy24 pos id"), lambda r: rdigits(r, 6))]),
    Spec("payu_eu", "second_key", lambda r: rs(r, HEX, 32), "payu second key",
         comps=[(W("payu pos id"), lambda r: rdigits(r, 7))]),
    Spec("payu_eu", "oauth_client_secret", lambda r: rs(r, HEX, 32), "payu client secret",
         comps=[(W("payu client id"), lambda r: rdigits(r, 7))]),
    Spec("swish", "passphrase", human_password, "swish certificate password", human=True,
         comps=[(W("swish payee alias"), lambda r: "123" + rdigits(r, 7))], docs=["swish"]),
    Spec("paddle", "api_key",
         lambda r: "pdl_live_apikey_%s_%s_%s" % (rulid(r), rs(r, ALNUM, 22), rs(r, ALNUM, 3)),
         "paddle api key", prefix="pdl_live_apikey_",
         pub=(W("paddle client token"), lambda r: "live_" + rs(r, HEX, 27)),
         sandbox=lambda r: "pdl_sdbx_apikey_%s_%s_%s" % (rulid(r), rs(r, ALNUM, 22), rs(r, ALNUM, 3)),
         docs=["pdl_live_apikey_01gtgztp8f4kek3yd4g1wrksa3_q6TGTJyvoIz7LDtXT65bX7_AQO"], weight=1.5),
    Spec("paddle", "webhook_secret", lambda r: "pdl_ntfset_%s_%s" % (rulid(r), rs(r, ALNUM, 32)),
         "paddle webhook secret", prefix="pdl_ntfset_"),
    Spec("gocardless", "access_token", lambda r: "live_" + rs(r, B64URL, 40),
         "gocardless access token", prefix="live_",
         sandbox=lambda r: "sandbox_" + rs(r, B64URL, 40), weight=1.5),
    Spec("gocardless", "webhook_secret", lambda r: rs(r, ALNUM, 40), "gocardless webhook secret"),
    Spec("sumup", "api_key", lambda r: "sup_sk_" + rs(r, ALNUM, 32), "sumup api key",
         prefix="sup_sk_", pub=(W("sumup public key"), lambda r: "sup_pk_" + rs(r, ALNUM, 32))),
    Spec("vivawallet", "client_secret", lambda r: rs(r, ALNUM, 30), "viva client secret",
         comps=[(W("viva client id"), lambda r: "%s.apps.vivapayments.com" % rs(r, LALNUM, 28))]),
    Spec("nets", "secret_key", lambda r: "live-secret-key-" + rs(r, HEX, 32), "nets secret key",
         prefix="live-secret-key-",
         pub=(W("nets checkout key"), lambda r: "live-checkout-key-" + rs(r, HEX, 32))),
    Spec("worldline", "api_secret", lambda r: rb64(r, 48), "worldline api secret", ambig=True,
         comps=[(W("worldline api key id"), lambda r: rs(r, UHEX, 20))]),
    # --------------------------------------------- China / Japan / Korea
    Spec("alipay", "app_private_key", lambda r: r.choice([rsa_pkcs8_body, rsa_pkcs1_body])(r),
         "alipay app private key", prefix="MII",
         comps=[(W("alipay app id"), lambda r: "2021" + rdigits(r, 12))],
         pub=(W("alipay public key"), rsa_public_body), weight=1.5),
    Spec("wechatpay", "apiv3_key", lambda r: rs(r, ALNUM, 32), "wechatpay api v3 key",
         comps=[(W("wechatpay mch id"), lambda r: "16" + rdigits(r, 8)),
                (W("wechatpay serial no"), lambda r: rs(r, UHEX, 40))], weight=1.5),
    Spec("wechatpay", "api_key_v2", lambda r: rs(r, ALNUM, 32), "wechatpay mch key",
         comps=[(W("wechatpay mch id"), lambda r: "15" + rdigits(r, 8))]),
    Spec("payjp", "secret_key", lambda r: "sk_live_" + rs(r, HEX, 24), "payjp secret key",
         prefix="sk_live_", pub=(W("payjp public key"), lambda r: "pk_live_" + rs(r, HEX, 24))),
    Spec("komoju", "secret_key", lambda r: "sk_live_" + rs(r, LALNUM, 24), "komoju secret key",
         prefix="sk_live_", pub=(W("komoju publishable key"), lambda r: "pk_live_" + rs(r, LALNUM, 24))),
    Spec("komoju", "webhook_secret", lambda r: rs(r, ALNUM, 32), "komoju webhook secret"),
    Spec("toss", "secret_key", lambda r: "live_sk_" + rs(r, ALNUM, 28), "toss secret key",
         prefix="live_sk_", pub=(W("toss client key"), lambda r: "live_ck_" + rs(r, ALNUM, 28)),
         docs=["test_sk_zXLkKEypNArWmo50nX3lmeaxYG5R"], weight=1.5),
    Spec("toss", "widget_secret_key", lambda r: "live_gsk_" + rs(r, ALNUM, 28),
         "toss widget secret key", prefix="live_gsk_",
         pub=(W("toss widget client key"), lambda r: "live_gck_" + rs(r, ALNUM, 28))),
    Spec("inicis", "sign_key", lambda r: rb64(r, 24), "inicis sign key",
         comps=[(W("inicis mid"), lambda r: rs(r, LOWER, 6) + rdigits(r, 4))],
         docs=["SU5JTElURV9UUklQTEVERVNfS0VZU1RS"]),
    # ------------------------------------------------------- Middle East
    Spec("tap", "secret_key", lambda r: "sk_live_" + rs(r, ALNUM, 24), "tap secret key",
         prefix="sk_live_", pub=(W("tap public key"), lambda r: "pk_live_" + rs(r, ALNUM, 24))),
    Spec("moyasar", "secret_key", lambda r: "sk_live_" + rs(r, ALNUM, 40), "moyasar secret key",
         prefix="sk_live_", pub=(W("moyasar publishable key"), lambda r: "pk_live_" + rs(r, ALNUM, 40))),
    Spec("paytabs", "server_key", paytabs_key, "paytabs server key",
         comps=[(W("paytabs profile id"), lambda r: rdigits(r, 5))],
         pub=(W("paytabs client key"), lambda r: paytabs_key(r, "C"))),
    Spec("checkoutcom", "secret_key", lambda r: "sk_" + rs(r, B32L, 27), "checkout secret key",
         prefix="sk_", pub=(W("checkout public key"), lambda r: "pk_" + rs(r, B32L, 27)),
         sandbox=lambda r: "sk_sbox_" + rs(r, B32L, 27), weight=1.5),
    Spec("checkoutcom", "webhook_signature_key", ruuid, "checkout webhook signature key"),
]

# PEM-file kinds (rendered only by the PEM renderers)
PEM_SPECS = [
    Spec("wechatpay", "merchant_private_key", rsa_pkcs8_body, "wechatpay private key", weight=1.5),
    Spec("swish", "client_private_key", rsa_pkcs8_body, "swish private key"),
    Spec("ideal", "merchant_private_key", rsa_pkcs1_body, "ideal private key"),
]


# ============================================================ naming
GENERIC_SECRET = [W("api secret"), W("secret key"), W("payment secret"), W("gateway secret"),
                  W("pg key"), W("merchant secret"), W("auth"), W("token"), W("api key"),
                  W("psp secret"), W("checkout secret"), W("billing token"), W("server key"),
                  W("access token"), W("private key"), W("pay secret"), W("key")]
GENERIC_WEBHOOK = [W("webhook secret"), W("hook secret"), W("signing secret"),
                   W("callback token"), W("notify key")]
GENERIC_PASS = [W("passphrase"), W("signature passphrase"), W("cert password"),
                W("merchant passphrase"), W("keystore password")]
GENERIC_BLOCKS = ["payment", "gateway", "psp", "pg", "checkout", "billing", "payments"]

DOMAINS = ["kasi-kicks.co.za", "chaiwala.in", "lojadobairro.com.br", "tiendaluna.mx",
           "warungkopi.id", "sarisari.ph", "bakkerijvos.nl", "kitapkurdu.com.tr",
           "sklepzielony.pl", "nordicyarn.se", "souqdates.sa", "mamamboga.co.ke",
           "jollofhub.ng", "cafecolombia.co", "ramenya.jp", "hanbok-store.kr",
           "teashop.cn", "inkabags.pe", "bikeshop.cl", "khaleejperfumes.ae",
           "spicebazaar.in", "thaisilk.co.th", "fietsplus.be", "boutique-azur.fr"]
ORGS = ["acme", "kasi", "tenda", "loja", "warung", "bazaar", "nordlys", "saqr", "umoja",
        "sakura", "hanul", "pampa", "zocalo", "mabuhay", "duka", "chakra"]
APPS = ["Storefront", "Checkout", "ShopApp", "Marketplace", "Billing", "Orders", "Tickets"]


def nm(words, style):
    ws = [w.lower() for w in words]
    if style == "upper":
        return "_".join(w.upper() for w in ws)
    if style == "snake":
        return "_".join(ws)
    if style == "kebab":
        return "-".join(ws)
    if style == "camel":
        return ws[0] + "".join(w.capitalize() for w in ws[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in ws)
    raise ValueError(style)


class E:
    """A config entry: words (full name), short (inside provider block)."""

    def __init__(self, words, value, expr=False, secret=False, short=None):
        self.words, self.value, self.expr, self.secret = tuple(words), value, expr, secret
        self.short = tuple(short) if short else self.words

    def lit(self, q='"'):
        return self.value if self.expr else q + self.value + q


def needs_quote(v):
    return any(c not in ALNUM + "_./:+=-@" for c in v)


# ============================================================ renderers
# Every renderer: f(rng, c) -> (relpath, text).  `c` is a Ctx.
class Ctx:
    pass


def envline(e, style="upper"):
    v = e.value
    if not e.expr and needs_quote(v):
        v = "'" + v + "'"
    return "%s=%s" % (nm(e.words, style), v)


def r_env(rng, c):
    path = rng.choice([".env", ".env.production", "deploy/.env.prod", "services/payments/.env",
                       "backend/.env.local", "api/.env"])
    L = ["# %s" % rng.choice(["Production environment", "Runtime config - do not edit by hand",
                              "Local overrides", "app env"]),
         "APP_ENV=production", "APP_URL=https://%s" % c.domain, "LOG_LEVEL=%s" % rng.choice(["info", "warn"]),
         "DB_HOST=%s" % rng.choice(["db", "postgres", "10.0.3.12", "mysql"]), "DB_PORT=%s" % rng.choice(["5432", "3306"]),
         "DB_DATABASE=%s" % c.org, "REDIS_URL=redis://redis:6379/0", "",
         "# %s" % c.disp]
    for e in c.entries:
        L.append(envline(e))
    L += ["%s_CURRENCY=%s" % (c.block.upper(), c.cur),
          "PAYMENT_CALLBACK_URL=https://%s/payments/%s/callback" % (c.domain, c.prov), "",
          "MAIL_MAILER=smtp", "MAIL_FROM_ADDRESS=orders@%s" % c.domain, "QUEUE_CONNECTION=redis"]
    return path, "\n".join(L) + "\n"


def r_laravel_config(rng, c):
    path = rng.choice(["config/payment.php", "config/services.php", "config/gateways.php"])
    L = ["<?php", "", "return [", "",
         "    /*", "    |--------------------------------------------------------------------------",
         "    | %s" % c.disp,
         "    |--------------------------------------------------------------------------",
         "    |", "    | Credentials for the %s gateway. Values are read from the" % c.disp,
         "    | environment; the second argument is only a fallback.", "    */", "",
         "    'default' => env('PAYMENT_GATEWAY', '%s')," % c.prov, "",
         "    '%s' => [" % c.block]
    for e in c.entries:
        if e.expr:
            L.append("        '%s' => %s," % (nm(e.short, "snake"), e.value))
        else:
            L.append("        '%s' => env('%s', '%s')," % (nm(e.short, "snake"), nm(e.words, "upper"), e.value))
    L += ["        'currency' => env('%s_CURRENCY', '%s')," % (c.block.upper(), c.cur),
          "        'base_url' => '%s'," % c.base,
          "        'webhook_path' => '/webhooks/%s'," % c.prov, "    ],", "",
          "    'timeout' => %d," % rng.choice([10, 15, 30]), "", "];"]
    return path, "\n".join(L) + "\n"


def r_php_service(rng, c):
    cls = c.pascal + "Gateway"
    path = "app/Services/Payments/%s.php" % cls
    L = ["<?php", "", "namespace App\\Services\\Payments;", "",
         "use GuzzleHttp\\Client;", "use Illuminate\\Support\\Facades\\Log;", "",
         "class %s implements PaymentGatewayInterface" % cls, "{",
         "    private const BASE_URL = '%s';" % c.base, ""]
    for e in c.entries:
        if e.expr:
            L.append("    private string $%s;" % nm(e.short, "camel"))
        else:
            L.append("    private string $%s = %s;" % (nm(e.short, "camel"), e.lit("'")))
    L += ["", "    private Client $http;", "",
          "    public function __construct()", "    {"]
    for e in c.entries:
        if e.expr:
            L.append("        $this->%s = %s;" % (nm(e.short, "camel"), e.value))
    L += [
          "        $this->http = new Client(['base_uri' => self::BASE_URL, 'timeout' => %d]);" % rng.choice([10, 20]),
          "    }", "",
          "    public function charge(int $amount, string $reference): array", "    {",
          "        $response = $this->http->post('charges', [",
          "            'auth' => [$this->%s, '']," % nm(c.sec.short, "camel"),
          "            'json' => [", "                'amount' => $amount,",
          "                'currency' => '%s'," % c.cur, "                'reference' => $reference,",
          "            ],", "        ]);", "",
          "        Log::info('%s charge created', ['ref' => $reference]);" % c.disp,
          "        return json_decode((string) $response->getBody(), true);", "    }", "}"]
    return path, "\n".join(L) + "\n"


def r_wp_config(rng, c):
    path = "wp-config.php"
    L = ["<?php", "/**", " * The base configuration for WordPress", " *",
         " * @package WordPress", " */", "",
         "define( 'DB_NAME', getenv('WORDPRESS_DB_NAME') );",
         "define( 'DB_USER', getenv('WORDPRESS_DB_USER') );",
         "define( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') );",
         "define( 'DB_HOST', getenv('WORDPRESS_DB_HOST') ?: 'localhost' );",
         "define( 'DB_CHARSET', 'utf8mb4' );", "",
         "define( 'AUTH_KEY',         'put your unique phrase here' );",
         "define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );",
         "define( 'LOGGED_IN_KEY',    'put your unique phrase here' );",
         "define( 'NONCE_KEY',        'put your unique phrase here' );", "",
         "/* %s gateway (used by the custom checkout plugin) */" % c.disp]
    for e in c.entries:
        L.append("define( '%s', %s );" % (nm(e.words, "upper"), e.lit("'")))
    L += ["", "$table_prefix = 'wp_';", "", "define( 'WP_DEBUG', false );", "",
          "if ( ! defined( 'ABSPATH' ) ) {", "\tdefine( 'ABSPATH', __DIR__ . '/' );", "}", "",
          "require_once ABSPATH . 'wp-settings.php';"]
    return path, "\n".join(L) + "\n"


def r_woo_plugin(rng, c):
    path = "wp-content/plugins/wc-%s-gateway/includes/class-wc-gateway-%s.php" % (c.prov, c.prov)
    cls = "WC_Gateway_" + c.pascal
    L = ["<?php", "/**", " * %s payment gateway for WooCommerce." % c.disp, " *",
         " * @package WC_%s" % c.pascal, " */", "", "defined( 'ABSPATH' ) || exit;", "",
         "class %s extends WC_Payment_Gateway {" % cls, "",
         "\tpublic function __construct() {",
         "\t\t$this->id                 = '%s';" % c.prov,
         "\t\t$this->method_title       = __( '%s', 'wc-%s' );" % (c.disp, c.prov),
         "\t\t$this->has_fields         = false;",
         "\t\t$this->supports           = array( 'products', 'refunds' );", "",
         "\t\t$this->init_form_fields();", "\t\t$this->init_settings();", ""]
    for e in c.entries:
        key = nm(e.short, "snake")
        if e.expr:
            L.append("\t\t$this->%s = %s;" % (key, e.value))
        else:
            L.append("\t\t$this->%s = $this->get_option( '%s', '%s' );" % (key, key, e.value))
    L += ["\t\t$this->testmode = 'yes' === $this->get_option( 'testmode', 'no' );", "",
          "\t\tadd_action( 'woocommerce_update_options_payment_gateways_' . $this->id, array( $this, 'process_admin_options' ) );",
          "\t\tadd_action( 'woocommerce_api_wc_gateway_%s', array( $this, 'webhook' ) );" % c.prov,
          "\t}", "",
          "\tpublic function process_payment( $order_id ) {",
          "\t\t$order = wc_get_order( $order_id );",
          "\t\t$order->update_status( 'pending', __( 'Awaiting %s payment', 'wc-%s' ) );" % (c.disp, c.prov),
          "\t\treturn array(", "\t\t\t'result'   => 'success',",
          "\t\t\t'redirect' => $this->get_return_url( $order ),", "\t\t);", "\t}", "}"]
    return path, "\n".join(L) + "\n"


def r_magento(rng, c):
    path = "app/etc/env.php"
    L = ["<?php", "return [", "    'backend' => [", "        'frontName' => 'admin_%s'" % rs(rng, LALNUM, 6), "    ],",
         "    'db' => [", "        'connection' => [", "            'default' => [",
         "                'host' => 'mysql',", "                'dbname' => 'magento',",
         "                'username' => 'magento',",
         "                'password' => getenv('MAGENTO_DB_PASSWORD'),",
         "                'active' => '1'", "            ]", "        ]", "    ],",
         "    'MAGE_MODE' => 'production',", "    'system' => [", "        'default' => [",
         "            'payment' => [", "                '%s' => [" % c.block,
         "                    'active' => '1',",
         "                    'title' => '%s'," % c.disp]
    for e in c.entries:
        L.append("                    '%s' => %s," % (nm(e.short, "snake"), e.lit("'")))
    L += ["                    'payment_action' => 'authorize_capture',",
          "                    'currency' => '%s'" % c.cur, "                ]", "            ]",
          "        ]", "    ],", "    'cache_types' => [", "        'config' => 1,",
          "        'full_page' => 1", "    ]", "];"]
    return path, "\n".join(L) + "\n"


def r_py(rng, c):
    path = rng.choice(["payments/%s_client.py" % c.prov, "app/integrations/%s.py" % c.prov,
                       "src/%s/gateways/%s.py" % (c.org, c.prov)])
    L = ['"""Thin client for the %s API."""' % c.disp, "import hashlib", "import hmac",
         "import logging", "", "import requests", "", "log = logging.getLogger(__name__)", "",
         'BASE_URL = "%s"' % c.base]
    const = rng.random() < 0.5
    for e in c.entries:
        L.append("%s = %s" % (nm(e.words, "upper") if const else nm(e.short, "snake"), e.lit()))
    sec = nm(c.sec.words, "upper") if const else nm(c.sec.short, "snake")
    L += ["", "", "class %sClient:" % c.pascal,
          "    def __init__(self, secret=%s, timeout=%d):" % (sec, rng.choice([10, 15, 30])),
          "        self.session = requests.Session()",
          '        self.session.headers["Authorization"] = f"Bearer {secret}"',
          "        self._secret = secret", "        self.timeout = timeout", "",
          "    def create_payment(self, amount, reference):",
          '        payload = {"amount": amount, "currency": "%s", "reference": reference}' % c.cur,
          '        r = self.session.post(f"{BASE_URL}/payments", json=payload, timeout=self.timeout)',
          "        r.raise_for_status()",
          '        log.info("%s payment %%s created", reference)' % c.disp,
          "        return r.json()", "",
          "    def verify_signature(self, body: bytes, signature: str) -> bool:",
          "        digest = hmac.new(self._secret.encode(), body, hashlib.sha256).hexdigest()",
          "        return hmac.compare_digest(digest, signature)"]
    return path, "\n".join(L) + "\n"


def r_django(rng, c):
    path = rng.choice(["%s/settings/production.py" % c.org, "%s/settings.py" % c.org, "config/settings/prod.py"])
    L = ["from .base import *  # noqa", "import os", "", "DEBUG = False",
         'ALLOWED_HOSTS = ["%s", "www.%s"]' % (c.domain, c.domain),
         'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]', "", "DATABASES = {",
         '    "default": {', '        "ENGINE": "django.db.backends.postgresql",',
         '        "NAME": os.environ.get("POSTGRES_DB", "%s"),' % c.org,
         '        "HOST": os.environ.get("POSTGRES_HOST", "db"),',
         '        "PASSWORD": os.environ.get("POSTGRES_PASSWORD"),', "    }", "}", "",
         "# --- %s ---" % c.disp]
    if rng.random() < 0.5:
        for e in c.entries:
            L.append("%s = %s" % (nm(e.words, "upper"), e.lit()))
    else:
        L.append("%s = {" % ("PAYMENT_GATEWAYS" if c.generic else nm((c.block,), "upper")))
        for e in c.entries:
            L.append('    "%s": %s,' % (nm(e.short, "upper"), e.lit()))
        L.append('    "CURRENCY": "%s",' % c.cur)
        L.append("}")
    L += ["", 'STATIC_ROOT = BASE_DIR / "staticfiles"', "SECURE_SSL_REDIRECT = True",
          "SESSION_COOKIE_SECURE = True", "CSRF_COOKIE_SECURE = True"]
    return path, "\n".join(L) + "\n"


def r_js(rng, c):
    path = rng.choice(["src/lib/%s.js" % c.prov, "server/payments/%s.js" % c.prov,
                       "routes/checkout.js", "api/%s/client.js" % c.prov])
    L = ["'use strict';", "", "const express = require('express');", "const axios = require('axios');",
         "const crypto = require('crypto');", "", "const router = express.Router();", "",
         "// %s credentials" % c.disp, "const %sConfig = {" % (nm((c.block,), "camel"))]
    for e in c.entries:
        L.append("  %s: %s," % (nm(e.short, "camel"), e.lit("'")))
    sk = nm(c.sec.short, "camel")
    cfg = nm((c.block,), "camel") + "Config"
    L += ["  baseURL: '%s'," % c.base, "};", "",
          "const client = axios.create({", "  baseURL: %s.baseURL," % cfg,
          "  timeout: %d," % rng.choice([8000, 10000, 15000]),
          "  headers: { Authorization: `Bearer ${%s.%s}` }," % (cfg, sk), "});", "",
          "router.post('/checkout', async (req, res, next) => {", "  try {",
          "    const { amount, orderId } = req.body;",
          "    const { data } = await client.post('/payments', { amount, currency: '%s', reference: orderId });" % c.cur,
          "    res.json({ redirectUrl: data.redirect_url || data.checkout_url });",
          "  } catch (err) {", "    next(err);", "  }", "});", "",
          "router.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => {",
          "  const expected = crypto.createHmac('sha256', %s.%s).update(req.body).digest('hex');" % (cfg, sk),
          "  if (expected !== req.get('x-signature')) return res.sendStatus(401);",
          "  res.sendStatus(200);", "});", "", "module.exports = router;"]
    return path, "\n".join(L) + "\n"


def r_ts(rng, c):
    path = rng.choice(["src/payments/%s.service.ts" % c.prov, "lib/%s.ts" % c.prov,
                       "src/modules/billing/%s.provider.ts" % c.prov])
    L = ["import { Injectable, Logger } from '@nestjs/common';",
         "import { HttpService } from '@nestjs/axios';", "import { firstValueFrom } from 'rxjs';", "",
         "export interface %sOptions {" % c.pascal]
    for e in c.entries:
        L.append("  %s: string;" % nm(e.short, "camel"))
    L += ["  baseUrl: string;", "}", "",
          "export const %s_OPTIONS: %sOptions = {" % (nm((c.block,), "upper"), c.pascal)]
    for e in c.entries:
        L.append("  %s: %s," % (nm(e.short, "camel"), e.lit("'")))
    opt = "%s_OPTIONS" % nm((c.block,), "upper")
    L += ["  baseUrl: '%s'," % c.base, "};", "", "@Injectable()",
          "export class %sService {" % c.pascal,
          "  private readonly logger = new Logger(%sService.name);" % c.pascal, "",
          "  constructor(private readonly http: HttpService) {}", "",
          "  async createPayment(amount: number, reference: string) {",
          "    const res = await firstValueFrom(",
          "      this.http.post(`${%s.baseUrl}/payments`, { amount, currency: '%s', reference }, {" % (opt, c.cur),
          "        headers: { Authorization: `Bearer ${%s.%s}` }," % (opt, nm(c.sec.short, "camel")),
          "      }),", "    );", "    this.logger.log(`payment ${reference} -> ${res.status}`);",
          "    return res.data;", "  }", "}"]
    return path, "\n".join(L) + "\n"


def r_java(rng, c):
    path = "src/main/java/com/%s/payments/%sConfig.java" % (c.org, c.pascal)
    L = ["package com.%s.payments;" % c.org, "",
         "import org.springframework.context.annotation.Bean;",
         "import org.springframework.context.annotation.Configuration;",
         "import java.time.Duration;", "", "@Configuration",
         "public class %sConfig {" % c.pascal, ""]
    for e in c.entries:
        L.append("    private static final String %s = %s;" % (nm(e.words, "upper"), e.lit()))
    L += ["    private static final String BASE_URL = \"%s\";" % c.base, "",
          "    @Bean", "    public %sClient %sClient() {" % (c.pascal, nm((c.block,), "camel")),
          "        return %sClient.builder()" % c.pascal, "                .baseUrl(BASE_URL)"]
    for e in c.entries:
        L.append("                .%s(%s)" % (nm(e.short, "camel"), nm(e.words, "upper")))
    L += ["                .timeout(Duration.ofSeconds(%d))" % rng.choice([10, 20, 30]),
          "                .build();", "    }", "}"]
    return path, "\n".join(L) + "\n"


def r_kotlin(rng, c):
    path = "app/src/main/java/com/%s/checkout/%sCheckout.kt" % (c.org, c.pascal)
    L = ["package com.%s.checkout" % c.org, "", "import android.app.Activity",
         "import android.util.Log", "import okhttp3.OkHttpClient", "import okhttp3.Request",
         "import okhttp3.RequestBody.Companion.toRequestBody", "",
         "object %sCheckout {" % c.pascal, "    private const val TAG = \"%sCheckout\"" % c.pascal,
         "    private const val BASE_URL = \"%s\"" % c.base]
    for e in c.entries:
        if e.expr:
            L.append("    private val %s = %s" % (nm(e.words, "upper"), e.value))
        else:
            L.append("    private const val %s = %s" % (nm(e.words, "upper"), e.lit()))
    L += ["", "    private val http = OkHttpClient()", "",
          "    fun startPayment(activity: Activity, amountMinor: Long, orderId: String) {",
          "        val body = \"\"\"{\"amount\":$amountMinor,\"currency\":\"%s\",\"reference\":\"$orderId\"}\"\"\"" % c.cur,
          "        val request = Request.Builder()", "            .url(\"$BASE_URL/payments\")",
          "            .header(\"Authorization\", \"Bearer $%s\")" % nm(c.sec.words, "upper"),
          "            .post(body.toRequestBody())", "            .build()",
          "        Thread {", "            http.newCall(request).execute().use { resp ->",
          "                Log.d(TAG, \"payment $orderId -> ${resp.code}\")", "            }",
          "        }.start()", "    }", "}"]
    return path, "\n".join(L) + "\n"


def r_swift(rng, c):
    path = "%s/Payments/%sService.swift" % (rng.choice(APPS), c.pascal)
    L = ["import Foundation", "", "enum %sKeys {" % c.pascal]
    for e in c.entries:
        L.append("    static let %s = %s" % (nm(e.short, "camel"), e.lit()))
    L += ["    static let baseURL = URL(string: \"%s\")!" % c.base, "}", "",
          "final class %sService {" % c.pascal, "    private let session: URLSession", "",
          "    init(session: URLSession = .shared) {", "        self.session = session", "    }", "",
          "    func createPayment(amount: Int, reference: String) async throws -> Data {",
          "        var request = URLRequest(url: %sKeys.baseURL.appendingPathComponent(\"payments\"))" % c.pascal,
          "        request.httpMethod = \"POST\"",
          "        request.setValue(\"Bearer \\(%sKeys.%s)\", forHTTPHeaderField: \"Authorization\")" % (c.pascal, nm(c.sec.short, "camel")),
          "        request.setValue(\"application/json\", forHTTPHeaderField: \"Content-Type\")",
          "        let body: [String: Any] = [\"amount\": amount, \"currency\": \"%s\", \"reference\": reference]" % c.cur,
          "        request.httpBody = try JSONSerialization.data(withJSONObject: body)",
          "        let (data, _) = try await session.data(for: request)", "        return data", "    }", "}"]
    return path, "\n".join(L) + "\n"


def r_dart(rng, c):
    path = "lib/services/%s_service.dart" % c.prov
    L = ["import 'dart:convert';", "", "import 'package:http/http.dart' as http;", "",
         "class %sService {" % c.pascal]
    for e in c.entries:
        kw = "static final" if e.expr and "dotenv" in e.value else "static const"
        L.append("  %s String %s = %s;" % (kw, nm(e.short, "camel"), e.lit("'")))
    L += ["  static const String _baseUrl = '%s';" % c.base, "",
          "  Future<Map<String, dynamic>> initPayment(int amount, String reference) async {",
          "    final response = await http.post(", "      Uri.parse('$_baseUrl/payments'),",
          "      headers: {", "        'Authorization': 'Bearer $%s'," % nm(c.sec.short, "camel"),
          "        'Content-Type': 'application/json',", "      },",
          "      body: jsonEncode({'amount': amount, 'currency': '%s', 'reference': reference})," % c.cur,
          "    );", "    if (response.statusCode >= 400) {",
          "      throw Exception('%s error: ${response.body}');" % c.disp, "    }",
          "    return jsonDecode(response.body) as Map<String, dynamic>;", "  }", "}"]
    return path, "\n".join(L) + "\n"


def r_app_yml(rng, c):
    path = rng.choice(["src/main/resources/application-prod.yml", "src/main/resources/application.yml",
                       "config/application.yml"])
    L = ["server:", "  port: %d" % rng.choice([8080, 8081, 9000]), "", "spring:", "  application:",
         "    name: %s-service" % rng.choice(["payment", "checkout", "billing"]), "  datasource:",
         "    url: jdbc:postgresql://db:5432/%s" % c.org, "    username: ${DB_USER}",
         "    password: ${DB_PASSWORD}", "", "payment:", "  provider: %s" % c.prov,
         "  %s:" % c.block, "    base-url: %s" % c.base]
    for e in c.entries:
        L.append("    %s: %s" % (nm(e.short, "kebab"), e.lit()))
    L += ["    currency: %s" % c.cur, "    callback-url: https://%s/api/payments/callback" % c.domain,
          "", "logging:", "  level:", "    root: INFO", "    com.%s.payments: DEBUG" % c.org]
    return path, "\n".join(L) + "\n"


def r_properties(rng, c):
    path = rng.choice(["src/main/resources/application.properties",
                       "src/main/resources/application-prod.properties"])
    L = ["spring.application.name=checkout", "server.port=8080",
         "spring.datasource.url=jdbc:mysql://mysql:3306/%s" % c.org,
         "spring.datasource.username=${DB_USER}", "spring.datasource.password=${DB_PASSWORD}",
         "spring.jpa.hibernate.ddl-auto=validate", "", "# %s" % c.disp]
    for e in c.entries:
        L.append("%s.%s=%s" % (c.block, nm(e.short, "kebab"), e.value))
    L += ["%s.currency=%s" % (c.block, c.cur), "%s.base-url=%s" % (c.block, c.base), "",
          "management.endpoints.web.exposure.include=health,info"]
    return path, "\n".join(L) + "\n"


def r_appsettings(rng, c):
    path = "src/%s.Api/appsettings.%s.json" % (rng.choice(APPS), rng.choice(["Production", "Staging"]))
    L = ["{", '  "Logging": {', '    "LogLevel": {', '      "Default": "Information",',
         '      "Microsoft.AspNetCore": "Warning"', "    }", "  },", '  "AllowedHosts": "*",',
         '  "ConnectionStrings": {',
         '    "Default": "Server=sql;Database=%s;Trusted_Connection=False;User Id=app;"' % c.org,
         "  },", '  "%s": {' % nm((c.block,), "pascal")]
    for e in c.entries:
        L.append('    "%s": "%s",' % (nm(e.short, "pascal"), e.value))
    L += ['    "BaseUrl": "%s",' % c.base, '    "Currency": "%s"' % c.cur, "  }", "}"]
    return path, "\n".join(L) + "\n"


def r_woo_json(rng, c):
    path = rng.choice(["exports/woocommerce_%s_settings.json" % c.prov,
                       "backup/wc-settings-%s.json" % c.prov])
    L = ["{", '  "option_name": "woocommerce_%s_settings",' % c.prov, '  "autoload": "yes",',
         '  "option_value": {', '    "enabled": "yes",', '    "title": "%s",' % c.disp,
         '    "description": "Pay securely with %s.",' % c.disp, '    "testmode": "no",']
    for e in c.entries:
        L.append('    "%s": "%s",' % (nm(e.short, "snake"), e.value))
    L += ['    "payment_action": "capture",', '    "order_status": "processing",',
          '    "debug": "no"', "  }", "}"]
    return path, "\n".join(L) + "\n"


def php_serialize(d):
    parts = []
    for k, v in d:
        parts.append('s:%d:"%s";s:%d:"%s";' % (len(k.encode()), k, len(v.encode()), v))
    return "a:%d:{%s}" % (len(d), "".join(parts))


def r_woo_sql(rng, c):
    path = rng.choice(["db/seed/wp_options_payment.sql", "database/dumps/wp_options.sql"])
    items = [("enabled", "yes"), ("title", c.disp)]
    items += [(nm(e.short, "snake"), e.value) for e in c.entries]
    items += [("testmode", "no"), ("debug", "no")]
    oid = rng.randint(300, 9000)
    L = ["-- MySQL dump 10.13  Distrib 8.0.%d, for Linux (x86_64)" % rng.randint(30, 39), "--",
         "-- Host: localhost    Database: wordpress", "-- ------------------------------------------------------",
         "", "/*!40101 SET NAMES utf8mb4 */;", "", "LOCK TABLES `wp_options` WRITE;",
         "INSERT INTO `wp_options` (`option_id`, `option_name`, `option_value`, `autoload`) VALUES",
         "(%d,'woocommerce_currency','%s','yes')," % (oid, c.cur),
         "(%d,'woocommerce_%s_settings','%s','yes')," % (oid + 1, c.prov, php_serialize(items)),
         "(%d,'woocommerce_default_country','%s','yes');" % (oid + 2, rng.choice(["IN", "NG", "BR", "ID", "ZA", "MX"])),
         "UNLOCK TABLES;"]
    return path, "\n".join(L) + "\n"


def r_compose(rng, c):
    path = rng.choice(["docker-compose.yml", "deploy/docker-compose.prod.yml", "compose.yaml"])
    L = ["services:", "  api:", "    image: ghcr.io/%s/shop-api:%s" % (c.org, rng.choice(["1.14.2", "2.3.0", "latest"])),
         "    restart: unless-stopped", "    ports:", '      - "8080:8080"', "    depends_on:",
         "      - db", "    environment:", "      NODE_ENV: production",
         "      DATABASE_URL: postgres://shop:${POSTGRES_PASSWORD}@db:5432/shop"]
    for e in c.entries:
        v = e.value if e.expr else '"%s"' % e.value
        L.append("      %s: %s" % (nm(e.words, "upper"), v))
    L += ["      PAYMENT_CURRENCY: %s" % c.cur, "", "  db:", "    image: postgres:16-alpine",
          "    environment:", "      POSTGRES_USER: shop", "      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}",
          "    volumes:", "      - pgdata:/var/lib/postgresql/data", "", "volumes:", "  pgdata:"]
    return path, "\n".join(L) + "\n"


def r_k8s(rng, c):
    path = "k8s/%s/%s-secret.yaml" % (rng.choice(["payments", "prod", "base"]), c.prov)
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-credentials" % c.prov,
         "  namespace: %s" % rng.choice(["payments", "shop", "prod"]), "  labels:",
         "    app.kubernetes.io/name: checkout", "    app.kubernetes.io/part-of: %s" % c.org,
         "type: Opaque", "stringData:"]
    for e in c.entries:
        L.append("  %s: %s" % (nm(e.words, "upper"), e.lit()))
    return path, "\n".join(L) + "\n"


def r_tfvars(rng, c):
    path = rng.choice(["infra/envs/prod/terraform.tfvars", "terraform/prod.tfvars", "terraform.tfvars"])
    L = ['environment   = "prod"', 'region        = "%s"' % rng.choice(["ap-south-1", "af-south-1", "sa-east-1", "eu-west-1", "ap-southeast-1"]),
         'project       = "%s-shop"' % c.org, 'instance_type = "t3.medium"', "min_capacity  = 2",
         "max_capacity  = 6", "", "# %s" % c.disp]
    for e in c.entries:
        L.append('%s = "%s"' % (nm(e.words, "snake"), e.value))
    L += ['payment_currency = "%s"' % c.cur, "", "tags = {", '  team  = "payments"',
          '  owner = "platform@%s"' % c.domain, "}"]
    return path, "\n".join(L) + "\n"


def r_postman(rng, c):
    envname = rng.choice(["Sandbox", "Test"]) if c.sandbox else rng.choice(["Live", "Production", "Prod"])
    path = "postman/%s %s.postman_environment.json" % (c.disp, envname)
    vals = [("base_url", c.base, "default")]
    for e in c.entries:
        vals.append((nm(e.short, "snake"), e.value, "secret" if e.secret else "default"))
    vals.append(("currency", c.cur, "default"))
    L = ["{", '\t"id": "%s",' % ruuid(rng), '\t"name": "%s %s",' % (c.disp, envname), '\t"values": [']
    for i, (k, v, t) in enumerate(vals):
        L += ["\t\t{", '\t\t\t"key": "%s",' % k, '\t\t\t"value": "%s",' % v, '\t\t\t"type": "%s",' % t,
              '\t\t\t"enabled": true', "\t\t}" + ("," if i < len(vals) - 1 else "")]
    L += ["\t],", '\t"_postman_variable_scope": "environment",',
          '\t"_postman_exported_at": "20%d-%02d-%02dT%02d:%02d:%02d.%03dZ",' % (
              rng.randint(22, 25), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
              rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)),
          '\t"_postman_exported_using": "Postman/%d.%d.%d"' % (rng.randint(10, 11), rng.randint(0, 30), rng.randint(0, 9)),
          "}"]
    return path, "\n".join(L) + "\n"


def r_http(rng, c):
    path = rng.choice(["http/%s.http" % c.prov, "requests/%s-payments.http" % c.prov, "api.http"])
    L = ["### %s - create payment" % c.disp, "@baseUrl = %s" % c.base]
    for e in c.entries:
        L.append("@%s = %s" % (nm(e.short, "camel"), e.value))
    L += ["", "POST {{baseUrl}}/payments", "Authorization: Bearer {{%s}}" % nm(c.sec.short, "camel"),
          "Content-Type: application/json", "", "{",
          '  "amount": %d,' % rng.randint(500, 250000), '  "currency": "%s",' % c.cur,
          '  "reference": "ORD-%d",' % rng.randint(10000, 99999),
          '  "callback_url": "https://%s/payments/callback"' % c.domain, "}", "",
          "### fetch payment", "GET {{baseUrl}}/payments/{{paymentId}}",
          "Authorization: Bearer {{%s}}" % nm(c.sec.short, "camel")]
    return path, "\n".join(L) + "\n"


def r_readme(rng, c):
    path = rng.choice(["docs/integrations/%s.md" % c.prov, "README.md", "docs/payments/%s-setup.md" % c.prov])
    L = ["# %s integration" % c.disp, "",
         "This service talks to the %s API (`%s`)." % (c.disp, c.base), "", "## Configuration", "",
         "Set these variables before starting the worker:", "", "```bash"]
    for e in c.entries:
        v = e.value if e.expr else ("'%s'" % e.value if needs_quote(e.value) else e.value)
        L.append("export %s=%s" % (nm(e.words, "upper"), v))
    L += ["```", "", "## Smoke test", "", "```bash",
          "curl -s %s/payments \\" % c.base,
          '  -H "Authorization: Bearer $%s" \\' % nm(c.sec.words, "upper"),
          "  -H 'Content-Type: application/json' \\",
          "  -d '{\"amount\": 1000, \"currency\": \"%s\"}'" % c.cur, "```", "",
          "Webhooks are delivered to `https://%s/webhooks/%s`." % (c.domain, c.prov)]
    return path, "\n".join(L) + "\n"


def r_gha(rng, c):
    path = ".github/workflows/%s" % rng.choice(["deploy.yml", "release.yml", "e2e-payments.yml"])
    L = ["name: deploy", "", "on:", "  push:", "    branches: [main]", "  workflow_dispatch:", "",
         "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    env:",
         "      NODE_VERSION: '20'"]
    for e in c.entries:
        L.append("      %s: %s" % (nm(e.words, "upper"), e.value if e.expr else "'%s'" % e.value))
    L += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-node@v4",
          "        with:", "          node-version: ${{ env.NODE_VERSION }}", "      - run: npm ci",
          "      - run: npm run test:payments", "      - name: Deploy",
          "        run: ./scripts/deploy.sh production"]
    return path, "\n".join(L) + "\n"


def r_sh(rng, c):
    path = rng.choice(["scripts/%s_refund.sh" % c.prov, "bin/reconcile-%s.sh" % c.prov, "ops/settle.sh"])
    sec = c.sec
    L = ["#!/usr/bin/env bash", "# Reconcile yesterday's %s settlements" % c.disp, "set -euo pipefail", "",
         'DAY="${1:-$(date -d yesterday +%F)}"', 'OUT="reports/%s-${DAY}.json"' % c.prov, ""]
    others = [e for e in c.entries if e is not sec]
    for e in others:
        L.append('%s="%s"' % (nm(e.words, "upper"), e.value))
    v = sec.value if sec.expr else "'%s'" % sec.value
    if c.positional:
        L += ["", "mkdir -p reports",
              "python3 tools/settlements.py --provider %s --day \"$DAY\" %s > \"$OUT\"" % (c.prov, v)]
    else:
        L += ["%s=%s" % (nm(sec.words, "upper"), v), "", "mkdir -p reports",
              'curl -sf "%s/settlements?date=${DAY}" \\' % c.base,
              '  -H "Authorization: Bearer ${%s}" > "$OUT"' % nm(sec.words, "upper")]
    L += ['echo "wrote $OUT"']
    return path, "\n".join(L) + "\n"


def r_rb(rng, c):
    path = "config/initializers/%s.rb" % c.prov
    L = ["# frozen_string_literal: true", "", "Rails.application.configure do",
         "  config.x.%s = ActiveSupport::OrderedOptions.new" % c.block]
    for e in c.entries:
        L.append("  config.x.%s.%s = %s" % (c.block, nm(e.short, "snake"), e.lit()))
    L += ["  config.x.%s.base_url = \"%s\"" % (c.block, c.base),
          "  config.x.%s.currency = \"%s\"" % (c.block, c.cur), "end", "",
          "Rails.logger.info(\"[%s] gateway configured\")" % c.disp]
    return path, "\n".join(L) + "\n"


def r_go(rng, c):
    path = "internal/payments/%s/client.go" % c.prov.replace("_", "")
    pkg = c.prov.replace("_", "").lstrip("0123456789") or "gateway"
    L = ["package %s" % pkg, "", "import (", '\t"bytes"', '\t"encoding/json"', '\t"net/http"',
         '\t"os"', '\t"time"', ")", "", "const baseURL = \"%s\"" % c.base, "", "var ("]
    for e in c.entries:
        L.append("\t%s = %s" % (nm(e.short, "camel"), e.lit()))
    L += [")", "", "var _ = os.Getenv", "",
          "type Client struct {", "\thttp *http.Client", "}", "",
          "func New() *Client {", "\treturn &Client{http: &http.Client{Timeout: %d * time.Second}}" % rng.choice([10, 15]), "}", "",
          "func (c *Client) CreatePayment(amount int64, ref string) (*http.Response, error) {",
          '\tbody, _ := json.Marshal(map[string]any{"amount": amount, "currency": "%s", "reference": ref})' % c.cur,
          '\treq, err := http.NewRequest(http.MethodPost, baseURL+"/payments", bytes.NewReader(body))',
          "\tif err != nil {", "\t\treturn nil, err", "\t}",
          '\treq.Header.Set("Authorization", "Bearer "+%s)' % nm(c.sec.short, "camel"),
          '\treq.Header.Set("Content-Type", "application/json")', "\treturn c.http.Do(req)", "}"]
    return path, "\n".join(L) + "\n"


def r_helm(rng, c):
    path = rng.choice(["charts/checkout/values-prod.yaml", "helm/values.production.yaml"])
    L = ["replicaCount: %d" % rng.choice([2, 3]), "", "image:", "  repository: registry.%s/checkout" % c.domain,
         "  tag: \"%d.%d.%d\"" % (rng.randint(1, 4), rng.randint(0, 20), rng.randint(0, 9)), "", "ingress:",
         "  enabled: true", "  hosts:", "    - host: pay.%s" % c.domain, "", "payments:",
         "  %s:" % c.block, "    enabled: true"]
    for e in c.entries:
        L.append("    %s: %s" % (nm(e.short, "camel"), e.lit()))
    L += ["    currency: %s" % c.cur, "", "resources:", "  limits:", "    cpu: 500m", "    memory: 512Mi"]
    return path, "\n".join(L) + "\n"


RENDERERS = {
    "env": r_env, "laravel_config": r_laravel_config, "php": r_php_service, "wp_config": r_wp_config,
    "woocommerce_php": r_woo_plugin, "magento_env_php": r_magento, "py": r_py, "django_settings": r_django,
    "js": r_js, "ts": r_ts, "java": r_java, "kt": r_kotlin, "swift": r_swift, "dart": r_dart,
    "application_yml": r_app_yml, "properties": r_properties, "appsettings_json": r_appsettings,
    "woocommerce_json": r_woo_json, "woocommerce_sql": r_woo_sql, "docker_compose": r_compose,
    "k8s_secret": r_k8s, "tfvars": r_tfvars, "postman_env": r_postman, "http": r_http,
    "markdown": r_readme, "github_actions": r_gha, "shell": r_sh, "rb": r_rb, "go": r_go,
    "helm_values": r_helm,
}


# ============================================================ PEM / Alipay renderers
def r_pem_file(rng, c):
    prov = c.prov
    if prov == "wechatpay":
        path = rng.choice(["certs/apiclient_key.pem", "config/wechatpay/apiclient_key.pem",
                           "resources/cert/%s/apiclient_key.pem" % ("16" + rdigits(rng, 8))])
        label = "PRIVATE KEY"
    elif prov == "swish":
        path = rng.choice(["certs/swish/client.key.pem", "swish/prod/%s.pem" % ("123" + rdigits(rng, 7))])
        label = "PRIVATE KEY"
    else:
        path = rng.choice(["ideal/priv.pem", "config/ideal/merchant_private.pem"])
        label = "RSA PRIVATE KEY"
    block = pem_wrap(label, c.sec.value)
    L = []
    if prov == "swish" or rng.random() < 0.3:
        kid = " ".join(rs(rng, UHEX, 2) for _ in range(20))
        L = ["Bag Attributes", "    localKeyID: %s" % kid,
             "    friendlyName: %s" % rng.choice(["swish", "merchant", "1", "client"]),
             "Key Attributes: <No Attributes>"]
    c.needle_override = block
    return path, "\n".join(L + [block]) + "\n"


def r_pem_inline(rng, c):
    block = pem_wrap("PRIVATE KEY" if c.prov != "ideal" else "RSA PRIVATE KEY", c.sec.value)
    c.needle_override = block
    var = nm(c.sec.words, "upper")
    lang = rng.choice(["py", "js", "php"])
    if lang == "py":
        path = "payments/%s_keys.py" % c.prov
        L = ['"""%s merchant signing material."""' % c.disp, "", 'MCH_ID = "%s"' % ("16" + rdigits(rng, 8)),
             'SERIAL_NO = "%s"' % rs(rng, UHEX, 40), "", '%s = """%s' % (var, block), '"""', "",
             "", "def load_private_key():", "    from cryptography.hazmat.primitives import serialization",
             "    return serialization.load_pem_private_key(%s.encode(), password=None)" % var]
    elif lang == "js":
        path = "src/config/%sKeys.js" % nm((c.prov,), "camel")
        L = ["// %s merchant key (used for request signing)" % c.disp,
             "const %s = `%s" % (nm(c.sec.short, "camel"), block) + "`;", "",
             "module.exports = {", "  mchId: '%s'," % ("16" + rdigits(rng, 8)),
             "  serialNo: '%s'," % rs(rng, UHEX, 40), "  %s," % nm(c.sec.short, "camel"), "};"]
    else:
        path = "config/%s.php" % c.prov
        L = ["<?php", "", "return [", "    'mch_id' => '%s'," % ("16" + rdigits(rng, 8)),
             "    'serial_no' => '%s'," % rs(rng, UHEX, 40), "    'private_key' => <<<PEM", block,
             "PEM,", "    'notify_url' => 'https://%s/pay/notify'," % c.domain, "];"]
    return path, "\n".join(L) + "\n"


def r_alipay_txt(rng, c):
    path = rng.choice(["keys/alipay_private_key.txt", "config/alipay/app_private_key.txt",
                       "cert/alipay/应用私钥RSA2048.txt"])
    fmt = "PKCS8, for Java" if c.sec.value.startswith("MIIEv") else "PKCS1, for PHP/.NET"
    L = ["# 应用私钥 RSA2048 (%s)" % fmt,
         "# APPID: %s" % c.entries[0].value if c.entries and not c.entries[0].secret else "# APPID: 2021" + rdigits(rng, 12),
         "# generated with 支付宝开放平台密钥工具 on 20%d-%02d-%02d" % (rng.randint(21, 25), rng.randint(1, 12), rng.randint(1, 28)),
         "", c.sec.value, ""]
    return path, "\n".join(L) + "\n"


PEM_RENDERERS = {"pem": r_pem_file, "pem_inline": r_pem_inline}

# ============================================================ negative look-alikes
ENVREF = {
    "env": ["${{{V}}}", "op://Payments/{D}/{k}", "vault:secret/data/payments/{p}#{v}", ""],
    "laravel_config": ["env('{V}')"],
    "php": ["env('{V}')", "getenv('{V}') ?: ''", "$_ENV['{V}'] ?? ''"],
    "wp_config": ["getenv('{V}')", "$_SERVER['{V}'] ?? ''"],
    "woocommerce_php": ["getenv('{V}') ?: $this->get_option( '{v}' )"],
    "magento_env_php": ["getenv('{V}')"],
    "py": ['os.environ["{V}"]', 'os.getenv("{V}", "")', 'env("{V}")', 'config("{V}")'],
    "django_settings": ['os.environ["{V}"]', 'env.str("{V}")', 'os.environ.get("{V}")'],
    "js": ["process.env.{V}", "process.env['{V}']", "process.env.{V} || ''"],
    "ts": ["process.env.{V}!", "process.env.{V} ?? ''"],
    "java": ['System.getenv("{V}")'],
    "kt": ["BuildConfig.{V}"],
    "swift": ['ProcessInfo.processInfo.environment["{V}"] ?? ""',
              'Bundle.main.object(forInfoDictionaryKey: "{V}") as? String ?? ""'],
    "dart": ["const String.fromEnvironment('{V}')", "dotenv.env['{V}'] ?? ''"],
    "application_yml": ["${{{V}}}", "${{{V}:}}"],
    "properties": ["${{{V}}}"],
    "appsettings_json": ["#{{{V}}}#", "__{V}__"],
    "docker_compose": ["${{{V}}}", "${{{V}:?{V} must be set}}", "${{{V}:-}}"],
    "postman_env": ["{{{{vault:{k}}}}}", ""],
    "http": ["{{{{$dotenv {V}}}}}", "{{{{$processEnv {V}}}}}"],
    "markdown": ['"$(op read op://Payments/{D}/{v})"', '"$(vault kv get -field={v} secret/payments/{p})"'],
    "github_actions": ["${{{{ secrets.{V} }}}}"],
    "shell": ['"${{{V}:?missing {V}}}"',
              '"$(aws ssm get-parameter --name /prod/{p}/{v} --with-decryption --query Parameter.Value --output text)"'],
    "rb": ['ENV.fetch("{V}")', "Rails.application.credentials.dig(:{b}, :{v})"],
    "go": ['os.Getenv("{V}")'],
    "helm_values": ['""'],
}
VALUE_ONLY = {"appsettings_json", "woocommerce_json", "woocommerce_sql", "tfvars", "postman_env",
              "http", "properties"}


def envref(rng, ftype, c, e):
    opts = ENVREF.get(ftype)
    if not opts:
        return None
    t = rng.choice(opts)
    val = t.format(V=nm(e.words, "upper"), v=nm(e.short, "snake"), k=nm(e.short, "kebab"),
                   p=c.prov, D=c.disp.replace(" ", ""), b=c.block)
    if ftype in VALUE_ONLY:
        return val, False
    if ftype == "helm_values":
        return '""', True
    return val, True


def placeholder(rng, spec, e):
    body_len = max(8, len(spec.gen(rng)) - len(spec.prefix)) if not spec.human else 12
    short = e.short
    opts = ["<your-%s>" % nm(short, "kebab"), "YOUR_%s" % nm(short, "upper"),
            "your_%s_here" % nm(short, "snake"), "changeme", "CHANGE_ME", "replace-me",
            "<%s>" % nm(short, "upper"), "TODO-set-in-vault", "REPLACE_WITH_%s" % nm(short, "upper"),
            "xxxxxxxxxxxxxxxxxxxxxxxx", "%s-goes-here" % nm(short, "kebab")]
    if spec.prefix and spec.prefix != "MII":
        opts += [spec.prefix + "x" * body_len, spec.prefix + "...", spec.prefix + "XXXXXXXXXXXXXXXX",
                 spec.prefix + "<%s>" % nm(short, "snake"), spec.prefix + "your_key_here",
                 spec.prefix + "*" * min(body_len, 24)]
    if spec.kind.endswith("passphrase"):
        opts += ["your-passphrase", "<merchant-passphrase>", "changeme"]
    return rng.choice(opts)


def masked(rng, spec):
    real = spec.gen(rng)
    pre = spec.prefix if spec.prefix and spec.prefix != "MII" else ""
    body = real[len(pre):]
    style = rng.randrange(5)
    if style == 0:
        return pre + "*" * rng.choice([8, 12, 16]) + body[-4:]
    if style == 1:
        return pre + body[:4] + "\u2026" + body[-3:]
    if style == 2:
        return pre + body[:4] + "..." + body[-4:]
    if style == 3:
        return pre + "\u2022" * 10 + body[-4:]
    return pre + "[REDACTED]"


def sops_enc(rng, n):
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
        rb64(rng, max(6, n)), rb64(rng, 32), rb64(rng, 16))


def kms_blob(rng):
    return "AQICAHh" + rs(rng, B64, 37) + "AE" + rs(rng, B64, 150) + "=="


def magento_enc(rng):
    return "0:3:" + rb64(rng, rng.choice([60, 72, 84]))


SOPS_TAIL_YAML = ["sops:", "  kms:", "    - arn: arn:aws:kms:{r}:{a}:key/{u}",
                  "      created_at: \"20{y}-0{m}-1{d}T09:1{m}:2{d}Z\"", "      enc: {blob}",
                  "      aws_profile: \"\"", "  lastmodified: \"20{y}-0{m}-1{d}T09:1{m}:3{d}Z\"",
                  "  mac: {mac}", "  encrypted_regex: ^(.*(secret|key|token|salt|passphrase).*)$",
                  "  version: 3.8.1"]


# ============================================================ special negatives
def _ts(rng):
    return "20%d-%02d-%02d %02d:%02d:%02d" % (rng.randint(23, 25), rng.randint(1, 12), rng.randint(1, 28),
                                             rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def _sig(rng, prov):
    t = rng.randint(1700000000, 1760000000)
    h64 = rs(rng, HEX, 64)
    table = {
        "razorpay": ("x-razorpay-signature", h64), "paystack": ("x-paystack-signature", rs(rng, HEX, 128)),
        "mercadopago": ("x-signature", "ts=%d,v1=%s" % (t, h64)), "paddle": ("paddle-signature", "ts=%d;h1=%s" % (t, h64)),
        "checkoutcom": ("cko-signature", h64), "paymongo": ("paymongo-signature", "t=%d,te=,li=%s" % (t, h64)),
        "cashfree": ("x-webhook-signature", rb64(rng, 32)), "komoju": ("x-komoju-signature", h64),
        "gocardless": ("webhook-signature", h64), "paytabs": ("signature", h64),
        "iyzico": ("x-iyz-signature-v3", h64), "wechatpay": ("wechatpay-signature", rb64(rng, 256)),
        "tap": ("hashstring", h64), "omise": ("omise-signature", h64),
    }
    return table[prov]


SIG_PROVIDERS = ["razorpay", "paystack", "mercadopago", "paddle", "checkoutcom", "paymongo", "cashfree",
                 "komoju", "gocardless", "paytabs", "iyzico", "wechatpay", "tap", "omise"]


def _txid(rng, prov):
    if prov == "razorpay":
        return "pay_" + rs(rng, ALNUM, 14), "order_" + rs(rng, ALNUM, 14)
    if prov == "paddle":
        return "txn_" + rulid(rng), "sub_" + rulid(rng)
    if prov == "checkoutcom":
        return "pay_" + rs(rng, B32L, 26), "cus_" + rs(rng, B32L, 26)
    if prov == "mercadopago":
        return rdigits(rng, 11), rdigits(rng, 9) + "-" + ruuid(rng)
    if prov in ("paymongo",):
        return "pay_" + rs(rng, ALNUM, 24), "pi_" + rs(rng, ALNUM, 24)
    if prov == "omise":
        return "chrg_" + rs(rng, LALNUM, 19), "cust_" + rs(rng, LALNUM, 19)
    if prov == "wechatpay":
        return "42000" + rdigits(rng, 23), "WX" + rdigits(rng, 18)
    return rs(rng, LALNUM, 12), "ORD-" + rdigits(rng, 6)


def n_webhook_log(rng):
    prov = rng.choice(SIG_PROVIDERS)
    disp = PROVIDERS[prov][0]
    path = rng.choice(["storage/logs/laravel-%s.log" % _ts(rng)[:10], "logs/webhooks.log",
                       "var/log/payments/%s-webhook.log" % prov])
    L = []
    for _ in range(rng.randint(3, 6)):
        ts = _ts(rng)
        hdr, sig = _sig(rng, prov)
        pid, oid = _txid(rng, prov)
        L.append("[%s] production.INFO: %s webhook received {\"event\":\"%s\",\"id\":\"%s\",\"order\":\"%s\"}" % (
            ts, disp, rng.choice(["payment.captured", "charge.success", "payment.updated", "order.paid"]), pid, oid))
        L.append("[%s] production.DEBUG: headers {\"content-type\":\"application/json\",\"%s\":\"%s\",\"user-agent\":\"%s-Webhooks/1.0\"}" % (
            ts, hdr, sig, disp.replace(" ", "")))
        L.append("[%s] production.INFO: signature %s for %s" % (ts, rng.choice(["verified", "ok", "valid"]), oid))
    return path, "\n".join(L) + "\n", prov, "webhook_signature_log", "log"


TEST_CARDS = ["4242 4242 4242 4242", "4111 1111 1111 1111", "5555 5555 5555 4444", "4000 0000 0000 0002",
              "5031 4332 1540 6351", "4509 9535 6623 3704", "3782 822463 10005", "4000 0025 0000 3155",
              "5200 8282 8282 8210", "6011 1111 1111 1117"]
IBANS = ["NL91ABNA0417164300", "DE89370400440532013000", "GB82WEST12345698765432", "FR1420041010050500013M02606",
         "BE68539007547034", "PL61109010140000071219812874", "SE4550000000058398257466",
         "TR330006100519786457841326", "ES9121000418450200051332"]


def n_test_data(rng):
    prov = rng.choice(list(PROVIDERS))
    disp = PROVIDERS[prov][0]
    if rng.random() < 0.5:
        path = rng.choice(["docs/testing-payments.md", "docs/qa/%s-test-data.md" % prov])
        L = ["# Test data for %s checkout" % disp, "",
             "Use these only against the sandbox. They come from the provider's public test docs.", "",
             "| Card | Result | CVV | Expiry |", "|------|--------|-----|--------|"]
        for card in rng.sample(TEST_CARDS, 5):
            L.append("| `%s` | %s | %s | %02d/%d |" % (card, rng.choice(["approved", "declined", "3DS challenge"]),
                                                      rng.choice(["123", "737", "100"]), rng.randint(1, 12), rng.randint(28, 32)))
        L += ["", "## Bank accounts (SEPA examples)", ""]
        for ib in rng.sample(IBANS, 3):
            L.append("- `%s`" % ib)
        L += ["", "Customer e-mail: `buyer+%d@example.com`" % rng.randint(1, 99)]
        return path, "\n".join(L) + "\n", prov, "test_card_numbers", "markdown"
    path = "tests/fixtures/%s_cards.json" % prov
    items = []
    for card in rng.sample(TEST_CARDS, 4):
        items.append('    {"number": "%s", "cvc": "%s", "exp_month": %d, "exp_year": %d, "expect": "%s"}' % (
            card.replace(" ", ""), rng.choice(["123", "737"]), rng.randint(1, 12), rng.randint(2028, 2032),
            rng.choice(["approved", "declined"])))
    L = ["{", '  "provider": "%s",' % prov, '  "cards": ['] + [",\n".join(items)] + ["  ],",
         '  "iban": "%s",' % rng.choice(IBANS), '  "amount": %d' % rng.randint(100, 9999), "}"]
    return path, "\n".join(L) + "\n", prov, "test_card_numbers", "json"


def n_public_pem(rng):
    r = rng.random()
    if r < 0.35:
        path = rng.choice(["keys/alipay_public_key.txt", "config/alipay/alipayPublicKey_RSA2.txt"])
        L = ["# 支付宝公钥 (alipay public key, RSA2) - safe to share", "# APPID: 2021" + rdigits(rng, 12), "",
             rsa_public_body(rng), ""]
        return path, "\n".join(L) + "\n", "alipay", "public_key", "txt"
    if r < 0.75:
        serial = rs(rng, UHEX, 40)
        path = rng.choice(["certs/wechatpay_%s.pem" % serial, "certs/apiclient_cert.pem"])
        return path, pem_wrap("CERTIFICATE", cert_body(rng)) + "\n", "wechatpay", "certificate", "pem"
    path = rng.choice(["certs/swish/Swish_TLS_RootCA.pem", "ideal/ideal_v3_acquirer.cer"])
    prov = "swish" if "swish" in path else "ideal"
    return path, pem_wrap("CERTIFICATE", cert_body(rng)) + "\n", prov, "certificate", "pem"


def n_ids_fixture(rng):
    prov = rng.choice(["razorpay", "paddle", "checkoutcom", "mercadopago", "paymongo", "omise", "wechatpay",
                       "paystack", "xendit", "midtrans"])
    pid, oid = _txid(rng, prov)
    path = "tests/fixtures/%s_%s.json" % (prov, rng.choice(["webhook_payload", "payment_captured", "charge"]))
    L = ["{", '  "event": "%s",' % rng.choice(["payment.captured", "charge.success", "transaction.completed"]),
         '  "id": "%s",' % pid, '  "created_at": %d,' % rng.randint(1700000000, 1760000000),
         '  "data": {', '    "order_id": "%s",' % oid,
         '    "merchant_id": "%s",' % rdigits(rng, 10), '    "amount": %d,' % rng.randint(100, 500000),
         '    "currency": "%s",' % PROVIDERS[prov][2], '    "status": "captured",',
         '    "idempotency_key": "%s",' % ruuid(rng),
         '    "card": {"last4": "%04d", "brand": "%s"},' % (rng.randint(0, 9999), rng.choice(["visa", "mastercard"])),
         '    "email": "customer%d@example.com"' % rng.randint(1, 999), "  }", "}"]
    return path, "\n".join(L) + "\n", prov, "transaction_ids", "json"


NPM_PKGS = {"razorpay": "razorpay", "flutterwave": "flutterwave-node-v3", "mercadopago": "mercadopago",
            "xendit": "xendit-node", "midtrans": "midtrans-client", "mollie": "@mollie/api-client",
            "omise": "omise", "payjp": "payjp", "iyzico": "iyzipay", "paddle": "@paddle/paddle-node-sdk",
            "gocardless": "gocardless-nodejs", "adyen": "@adyen/api-library", "checkoutcom": "checkout-sdk-node",
            "conekta": "conekta", "alipay": "alipay-sdk", "toss": "@tosspayments/payment-sdk"}


def n_lockfile(rng):
    prov = rng.choice(list(NPM_PKGS))
    L = []
    if rng.random() < 0.6:
        path = "package-lock.json"
        L = ["{", '  "name": "%s-shop",' % rng.choice(ORGS), '  "lockfileVersion": 3,', '  "requires": true,',
             '  "packages": {']
        pk = [(NPM_PKGS[prov], "%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 9)))]
        pk += [(n, "%d.%d.%d" % (rng.randint(1, 5), rng.randint(0, 20), rng.randint(0, 9)))
               for n in rng.sample(["axios", "follow-redirects", "form-data", "qs", "uuid", "dotenv"], 3)]
        for i, (n, v) in enumerate(pk):
            L += ['    "node_modules/%s": {' % n, '      "version": "%s",' % v,
                  '      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",' % (n, n.split("/")[-1], v),
                  '      "integrity": "sha512-%s",' % rb64(rng, 64), '      "license": "MIT"',
                  "    }" + ("," if i < len(pk) - 1 else "")]
        L += ["  }", "}"]
        return path, "\n".join(L) + "\n", prov, "digest", "package_lock"
    path = "go.sum"
    mods = ["github.com/%s/%s-go" % (prov, prov), "github.com/google/uuid", "golang.org/x/crypto",
            "github.com/stretchr/testify"]
    for m in mods:
        v = "v%d.%d.%d" % (rng.randint(0, 2), rng.randint(0, 30), rng.randint(0, 9))
        L.append("%s %s h1:%s" % (m, v, rb64(rng, 32)))
        L.append("%s %s/go.mod h1:%s" % (m, v, rb64(rng, 32)))
    return path, "\n".join(L) + "\n", prov, "digest", "go_sum"


def n_sealed(rng):
    spec = rng.choice([s for s in SPECS])
    c_prov = spec.provider
    path = "k8s/%s/%s-sealedsecret.yaml" % (rng.choice(["prod", "payments"]), c_prov)
    L = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:",
         "  name: %s-credentials" % c_prov, "  namespace: payments", "spec:", "  encryptedData:",
         "    %s: %s" % (nm(spec.slot, "upper"), "AgB" + rs(rng, B64, rng.choice([490, 510, 530])) + "="),
         "  template:", "    metadata:", "      name: %s-credentials" % c_prov, "    type: Opaque"]
    return path, "\n".join(L) + "\n", c_prov, "ciphertext", "k8s_sealed_secret"


def n_external(rng):
    spec = rng.choice(SPECS)
    p = spec.provider
    path = "k8s/%s/%s-externalsecret.yaml" % (rng.choice(["prod", "payments"]), p)
    L = ["apiVersion: external-secrets.io/v1beta1", "kind: ExternalSecret", "metadata:",
         "  name: %s-credentials" % p, "spec:", "  refreshInterval: 1h", "  secretStoreRef:",
         "    name: %s" % rng.choice(["aws-secrets-manager", "vault-backend", "gcp-sm"]),
         "    kind: ClusterSecretStore", "  target:", "    name: %s-credentials" % p, "  data:",
         "    - secretKey: %s" % nm(spec.slot, "upper"), "      remoteRef:",
         "        key: prod/payments/%s" % p, "        property: %s" % nm(spec.slot[1:], "snake")]
    return path, "\n".join(L) + "\n", p, "env_reference", "k8s_external_secret"


def n_test_vector(rng):
    prov = rng.choice(["razorpay", "paystack", "mercadopago", "paddle", "checkoutcom", "komoju", "paymongo"])
    secret = rng.choice(["test-webhook-secret", "not-a-real-secret", "fixture_secret", "dummy-signing-key",
                         "unit-test-secret", "whsec_for_tests_only"])
    body = '{"event":"payment.captured","id":"%s"}' % _txid(rng, prov)[0]
    algo = hashlib.sha512 if prov == "paystack" else hashlib.sha256
    import hmac as _h
    digest = _h.new(secret.encode(), body.encode(), algo).hexdigest()
    path = "tests/test_%s_signature.py" % prov
    L = ["import hashlib", "import hmac", "", "from payments.%s import verify_signature" % prov, "",
         "# Static fixture: secret and digest are test vectors, not credentials.",
         'SECRET = "%s"' % secret, "BODY = b'%s'" % body, 'EXPECTED = "%s"' % digest, "", "",
         "def test_expected_digest():",
         "    assert hmac.new(SECRET.encode(), BODY, hashlib.%s).hexdigest() == EXPECTED" % algo().name, "", "",
         "def test_verify_signature():", "    assert verify_signature(BODY, EXPECTED, secret=SECRET)", "", "",
         "def test_rejects_tampered_body():",
         "    assert not verify_signature(BODY + b' ', EXPECTED, secret=SECRET)"]
    return path, "\n".join(L) + "\n", prov, "test_vector", "py"


def n_payu_form(rng):
    """PayU India checkout form: merchant key (public) + per-request SHA-512 hash."""
    key = rs(rng, ALNUM, 6)
    txn = "TXN" + rdigits(rng, 10)
    path = rng.choice(["resources/views/checkout/payu.blade.php", "templates/payments/payu_redirect.html"])
    amt = "%d.00" % rng.randint(99, 25000)
    L = ["<!-- auto-submitted PayU form; hash is computed server-side per transaction -->",
         '<form id="payu" action="https://secure.payu.in/_payment" method="post">',
         '  <input type="hidden" name="key" value="%s">' % key,
         '  <input type="hidden" name="txnid" value="%s">' % txn,
         '  <input type="hidden" name="amount" value="%s">' % amt,
         '  <input type="hidden" name="productinfo" value="%s">' % rng.choice(["Order", "Subscription", "Tickets"]),
         '  <input type="hidden" name="firstname" value="%s">' % rng.choice(_HN),
         '  <input type="hidden" name="email" value="buyer%d@example.com">' % rng.randint(1, 999),
         '  <input type="hidden" name="surl" value="https://%s/payu/success">' % rng.choice(DOMAINS),
         '  <input type="hidden" name="furl" value="https://%s/payu/failure">' % rng.choice(DOMAINS),
         '  <input type="hidden" name="hash" value="%s">' % rs(rng, HEX, 128),
         "</form>", "<script>document.getElementById('payu').submit();</script>"]
    return path, "\n".join(L) + "\n", "payu_india", "request_hash", "html"


def n_alipay_notify(rng):
    path = rng.choice(["logs/alipay-notify.log", "storage/logs/alipay.log"])
    L = []
    for _ in range(rng.randint(2, 4)):
        ts = _ts(rng)
        params = "gmt_create=%s&charset=UTF-8&seller_email=pay%%40%s&notify_time=%s&trade_no=2024%s&app_id=2021%s" \
                 "&out_trade_no=%s&trade_status=TRADE_SUCCESS&total_amount=%d.00&sign_type=RSA2&sign=%s" % (
                     ts.replace(" ", "+"), rng.choice(DOMAINS), ts.replace(" ", "+"), rdigits(rng, 24),
                     rdigits(rng, 12), "ORD" + rdigits(rng, 12), rng.randint(1, 9999), rb64(rng, 256))
        L.append("[%s] INFO  alipay.notify - received: %s" % (ts, params))
        L.append("[%s] INFO  alipay.notify - rsaCheckV1 passed, trade_status=TRADE_SUCCESS" % ts)
        L.append("[%s] INFO  order.service - marked paid" % ts)
    return path, "\n".join(L) + "\n", "alipay", "webhook_signature_log", "log"


FRONTEND = {
    "razorpay": ("https://checkout.razorpay.com/v1/checkout.js",
                 ["const rzp = new Razorpay({", "  key: '{K}',", "  amount: {A},", "  currency: 'INR',",
                  "  order_id: '{O}',", "  name: '{S}',", "  handler: (r) => fetch('/api/razorpay/verify', {method: 'POST', body: JSON.stringify(r)}),",
                  "});", "document.getElementById('pay').onclick = () => rzp.open();"]),
    "paystack": ("https://js.paystack.co/v1/inline.js",
                 ["const handler = PaystackPop.setup({", "  key: '{K}',", "  email: 'customer@example.com',",
                  "  amount: {A},", "  ref: '{O}',", "  callback: (res) => window.location = '/verify?ref=' + res.reference,",
                  "});", "document.getElementById('pay').onclick = () => handler.openIframe();"]),
    "flutterwave": ("https://checkout.flutterwave.com/v3.js",
                    ["function makePayment() {", "  FlutterwaveCheckout({", "    public_key: '{K}',",
                     "    tx_ref: '{O}',", "    amount: {A},", "    currency: 'NGN',",
                     "    customer: { email: 'customer@example.com' },", "  });", "}"]),
    "mercadopago": ("https://sdk.mercadopago.com/js/v2",
                    ["const mp = new MercadoPago('{K}', { locale: 'pt-BR' });",
                     "mp.bricks().create('cardPayment', 'paymentBrick_container', {",
                     "  initialization: { amount: {A} },",
                     "  callbacks: { onSubmit: (data) => fetch('/process_payment', {method: 'POST', body: JSON.stringify(data)}) },",
                     "});"]),
    "omise": ("https://cdn.omise.co/omise.js",
              ["OmiseCard.configure({", "  publicKey: '{K}',", "  currency: 'THB',", "  frameLabel: '{S}',", "});",
               "OmiseCard.open({ amount: {A}, onCreateTokenSuccess: (t) => submitToken(t) });"]),
    "culqi": ("https://checkout.culqi.com/js/v4",
              ["Culqi.publicKey = '{K}';", "Culqi.settings({ title: '{S}', currency: 'PEN', amount: {A} });",
               "function culqi() { if (Culqi.token) { sendToken(Culqi.token.id); } }"]),
    "paddle": ("https://cdn.paddle.com/paddle/v2/paddle.js",
               ["Paddle.Initialize({", "  token: '{K}',", "  eventCallback: (e) => console.log(e.name),", "});",
                "Paddle.Checkout.open({ items: [{ priceId: 'pri_{U}', quantity: 1 }] });"]),
    "toss": ("https://js.tosspayments.com/v1/payment",
             ["const tossPayments = TossPayments('{K}');",
              "tossPayments.requestPayment('카드', {", "  amount: {A},", "  orderId: '{O}',", "  orderName: '{S}',",
              "  successUrl: window.location.origin + '/success',", "  failUrl: window.location.origin + '/fail',", "});"]),
    "adyen": ("https://checkoutshopper-live.adyen.com/checkoutshopper/sdk/5.59.0/adyen.js",
              ["const checkout = await AdyenCheckout({", "  environment: 'live',", "  clientKey: '{K}',",
               "  session: { id: 'CS{U}', sessionData: window.sessionData },", "});",
               "checkout.create('dropin').mount('#dropin-container');"]),
    "checkoutcom": ("https://cdn.checkout.com/js/framesv2.min.js",
                    ["Frames.init({", "  publicKey: '{K}',", "  localization: 'EN-GB',", "});",
                     "Frames.addEventHandler(Frames.Events.CARD_TOKENIZED, (e) => submit(e.token));"]),
    "conekta": ("https://cdn.conekta.io/js/latest/conekta.js",
                ["Conekta.setPublicKey('{K}');", "Conekta.setLanguage('es');",
                 "Conekta.Token.create(document.getElementById('card-form'), onSuccess, onError);"]),
    "wompi": ("https://checkout.wompi.co/widget.js",
              ["const checkout = new WidgetCheckout({", "  currency: 'COP',", "  amountInCents: {A},",
               "  reference: '{O}',", "  publicKey: '{K}',", "});", "checkout.open((result) => console.log(result.transaction.status));"]),
    "payjp": ("https://js.pay.jp/v2/pay.js",
              ["const payjp = Payjp('{K}');", "const elements = payjp.elements();",
               "const card = elements.create('card');", "card.mount('#card');"]),
    "midtrans": ("https://app.midtrans.com/snap/snap.js",
                 ["// client key is also set as data-client-key on the script tag",
                  "window.snap.pay(snapToken, { onSuccess: (r) => location.assign('/thanks?order={O}') });",
                  "const MIDTRANS_CLIENT_KEY = '{K}';"]),
    "nets": ("https://checkout.dibspayment.eu/v1/checkout.js?v=1",
             ["const checkout = new Dibs.Checkout({", "  checkoutKey: '{K}',", "  paymentId: '{U}',",
              "  containerId: 'dibs-complete-checkout',", "  language: 'da-DK',", "});"]),
}


def n_frontend(rng):
    prov = rng.choice(list(FRONTEND))
    spec = [s for s in SPECS if s.provider == prov and s.pub][0]
    src, body = FRONTEND[prov]
    key = spec.pub[1](rng)
    shop = rng.choice(["Kasi Kicks", "Loja do Bairro", "Warung Kopi", "Tienda Luna", "Chai Wala", "Ramenya"])
    vals = {"{K}": key, "{A}": str(rng.randint(500, 900000)), "{O}": _txid(rng, "razorpay")[1],
            "{S}": shop, "{U}": rs(rng, LALNUM, 26)}
    js = []
    for ln in body:
        for k, v in vals.items():
            ln = ln.replace(k, v)
        js.append("      " + ln)
    path = rng.choice(["public/checkout.html", "resources/views/checkout.blade.php", "templates/pay.html",
                       "src/pages/checkout.html"])
    L = ["<!doctype html>", '<html lang="en">', "  <head>", '    <meta charset="utf-8">',
         "    <title>%s - checkout</title>" % shop, '    <script src="%s"></script>' % src, "  </head>", "  <body>",
         '    <button id="pay">Pay now</button>', '    <div id="dropin-container"></div>', "    <script>"]
    L += js + ["    </script>", "  </body>", "</html>"]
    return path, "\n".join(L) + "\n", prov, "publishable_key", "html"


SPECIAL_NEG = [(n_frontend, 8), (n_payu_form, 2), (n_alipay_notify, 2), (n_webhook_log, 6), (n_test_data, 5), (n_public_pem, 6), (n_ids_fixture, 5),
               (n_lockfile, 4), (n_sealed, 3), (n_external, 3), (n_test_vector, 4)]


# ============================================================ assembly
PASCAL = {"2c2p": "TwoCTwoP", "payu_india": "PayuIndia", "payu_eu": "Payu", "efi_pix": "EfiPix",
          "checkoutcom": "CheckoutCom", "mpesa": "Mpesa", "wechatpay": "WechatPay", "payjp": "Payjp",
          "vivawallet": "VivaWallet", "mercadopago": "MercadoPago", "paymongo": "PayMongo"}

# companion values that belong with documented sandbox values
DOC_COMPS = {"payfast": {("merchant", "id"): "10000100", ("merchant", "key"): "46f0cd694581a"},
             "payu_india": {("merchant", "key"): "gtKFFx"},
             "phonepe": {("merchant", "id"): "PGTESTPAYUAT", ("salt", "index"): "1"},
             "mpesa": {("shortcode",): "174379"},
             "peach": {("entity", "id"): "8a8294174b7ecb28014b9699220015ca"},
             "inicis": {("mid",): "INIpayTest"}}

SANDBOX_BASE = {"wompi": "https://sandbox.wompi.co/v1", "midtrans": "https://api.sandbox.midtrans.com/v2",
                "iyzico": "https://sandbox-api.iyzipay.com", "paddle": "https://sandbox-api.paddle.com",
                "gocardless": "https://api-sandbox.gocardless.com", "checkoutcom": "https://api.sandbox.checkout.com",
                "mpesa": "https://sandbox.safaricom.co.ke", "payfast": "https://sandbox.payfast.co.za/eng/process",
                "payu_india": "https://test.payu.in/_payment", "peach": "https://eu-test.oppwa.com/v1",
                "phonepe": "https://api-preprod.phonepe.com/apis/pg-sandbox", "inicis": "https://stginiapi.inicis.com/api/v1",
                "swish": "https://mss.cpc.getswish.net/swish-cpcapi/api/v2"}

FTYPE_WEIGHTS = {"env": 4, "php": 1.5, "laravel_config": 1.5, "py": 1.5, "js": 1.5, "ts": 1.2,
                 "docker_compose": 1.2, "application_yml": 1.2, "markdown": 1.2}


def wchoice(rng, items, weights):
    return rng.choices(items, weights=weights, k=1)[0]


def pick_ftype(rng):
    fts = list(RENDERERS)
    return wchoice(rng, fts, [FTYPE_WEIGHTS.get(f, 1.0) for f in fts])


def make_ctx(rng, spec, generic):
    c = Ctx()
    c.prov = spec.provider
    c.disp, c.base, c.cur = PROVIDERS[c.prov]
    c.pascal = PASCAL.get(c.prov) or "".join(w.capitalize() for w in c.prov.split("_"))
    c.domain, c.org = rng.choice(DOMAINS), rng.choice(ORGS)
    c.generic = generic
    c.block = rng.choice(GENERIC_BLOCKS) if generic else spec.slot[0]
    c.positional = False
    c.needle_override = None
    c.sandbox = False
    return c


def set_sandbox(c):
    c.sandbox = True
    c.base = SANDBOX_BASE.get(c.prov, c.base)


def build_entries(rng, spec, c, sec_value, sec_expr, pub_value=None, env_value=None,
                  docs=False, pub_as_main=False):
    ents, used = [], set()
    fullkeys = (not c.generic) and rng.random() < 0.45   # keys keep the provider name
    for words, g in spec.comps:
        short = words if fullkeys else words[1:]
        val = g(rng)
        if docs and spec.provider in DOC_COMPS and words[1:] in DOC_COMPS[spec.provider]:
            val = DOC_COMPS[spec.provider][words[1:]]
        full = (c.block,) + short if c.generic else words
        ents.append(E(full, val, short=short))
        used.add(short)
    pub_e = None
    if pub_value is not None:
        pw = spec.pub[0]
        if pub_as_main:
            pw = (pw[0],) + rng.choice([W("public key"), W("publishable key"), W("client key"), W("key"),
                                        W("api key")]) if c.generic is False else pw
        short = pw[1:]
        full = (c.block,) + short if c.generic else pw
        pub_e = E(full, pub_value, short=short)
        ents.append(pub_e)
        used.add(short)
    if sec_value is not None:
        if c.generic:
            k = spec.kind
            pool = GENERIC_PASS if (spec.human or "passphrase" in k) else (
                GENERIC_WEBHOOK if ("webhook" in k or "callback" in k or "events" in k) else GENERIC_SECRET)
            pool = [w for w in pool if w not in used and (c.block,) + w not in used]
            sw = rng.choice(pool)
            sec = E(sw, sec_value, expr=sec_expr, secret=True, short=sw)
        else:
            sec = E(spec.slot, sec_value, expr=sec_expr, secret=True,
                    short=spec.slot if fullkeys else spec.slot[1:])
        if rng.random() < 0.8:
            ents.append(sec)
        else:
            ents.insert(0, sec)
    else:
        sec = pub_e
    if env_value:
        ents.append(E((c.block, "environment"), env_value, short=("environment",)))
    c.entries, c.sec = ents, sec
    return c


def render(rng, ftype, c):
    if ftype in PEM_RENDERERS:
        return PEM_RENDERERS[ftype](rng, c)
    if ftype == "alipay_txt":
        return r_alipay_txt(rng, c)
    return RENDERERS[ftype](rng, c)


def locate(text, needle):
    i = text.find(needle)
    if i < 0:
        return None
    return text.count("\n", 0, i) + 1


def pick_spec(rng, specs):
    return wchoice(rng, specs, [s.weight for s in specs])


def gen_positive(rng):
    for _attempt in range(50):
        kind_suffix = ""
        if rng.random() < 0.06:
            spec = pick_spec(rng, PEM_SPECS)
            ftype = rng.choice(["pem", "pem", "pem_inline"])
        else:
            spec = pick_spec(rng, SPECS)
            if spec.provider == "alipay" and rng.random() < 0.3:
                ftype = "alipay_txt"
            else:
                ftype = pick_ftype(rng)
        positional = ftype == "shell" and rng.random() < 0.45
        generic = positional or rng.random() < 0.12
        c = make_ctx(rng, spec, generic)
        c.positional = positional
        if spec.sandbox and rng.random() < 0.22:
            secret, kind_suffix, env = spec.sandbox(rng), "_sandbox", rng.choice(["sandbox", "test"])
            set_sandbox(c)
        else:
            secret = spec.gen(rng)
            env = rng.choice([None, None, "production", "live"])
        build_entries(rng, spec, c, secret, False, env_value=env)
        path, text = render(rng, ftype, c)
        needle = c.needle_override or secret
        line = locate(text, needle)
        nlines = text.count("\n")
        if line is None or not (5 <= nlines <= 80):
            continue
        return dict(path=path, text=text, provider=spec.provider, kind=spec.kind + kind_suffix,
                    filetype=ftype, needle=needle, line=line)
    raise RuntimeError("could not build positive")


NEG_SLOT = [("env_reference", 20), ("placeholder", 14), ("masked", 10), ("publishable_key", 15),
            ("documented_test_value", 6), ("ciphertext", 8)]
CIPHER_FT = ["env", "application_yml", "helm_values", "k8s_secret", "tfvars", "magento_env_php",
             "appsettings_json"]


def gen_negative(rng):
    strategies = [s for s, _ in NEG_SLOT] + [f.__name__ for f, _ in SPECIAL_NEG]
    weights = [w for _, w in NEG_SLOT] + [w for _, w in SPECIAL_NEG]
    strat = wchoice(rng, strategies, weights)
    for f, _ in SPECIAL_NEG:
        if f.__name__ == strat:
            path, text, prov, kind, ft = f(rng)
            return dict(path=path, text=text, provider=prov, kind=kind, filetype=ft)
    for _attempt in range(50):
        if strat == "publishable_key":
            spec = pick_spec(rng, [s for s in SPECS if s.pub])
        elif strat == "documented_test_value":
            spec = pick_spec(rng, [s for s in SPECS if s.docs])
        else:
            spec = pick_spec(rng, SPECS)
        ftype = rng.choice(CIPHER_FT) if strat == "ciphertext" else pick_ftype(rng)
        if ftype == "shell" and strat == "ciphertext":
            continue
        generic = rng.random() < 0.33
        c = make_ctx(rng, spec, generic)
        env, pub_value, pub_main = None, None, False
        sec_value, sec_expr, kind = None, False, strat
        if strat == "publishable_key":
            pub_value = spec.pub[1](rng)
            pub_main = rng.random() < 0.35
        probe = E(spec.slot if not generic else (c.block,) + spec.slot[1:], "", short=spec.slot[1:])
        if strat in ("env_reference", "publishable_key") and not pub_main:
            ref = envref(rng, ftype, c, probe)
            if ref is None:
                sec_value, sec_expr = placeholder(rng, spec, probe), False
                if strat == "env_reference":
                    kind = "placeholder"
            else:
                sec_value, sec_expr = ref
        elif strat == "placeholder":
            sec_value = placeholder(rng, spec, probe)
        elif strat == "masked":
            sec_value = masked(rng, spec)
        elif strat == "documented_test_value":
            sec_value, env = rng.choice(spec.docs), rng.choice(["sandbox", "test"])
            set_sandbox(c)
        elif strat == "ciphertext":
            if ftype == "tfvars":
                sec_value = kms_blob(rng)
            elif ftype == "magento_env_php":
                sec_value = magento_enc(rng)
            else:
                sec_value = sops_enc(rng, len(spec.gen(rng)))
        build_entries(rng, spec, c, sec_value, sec_expr, pub_value=pub_value, env_value=env,
                      docs=(strat == "documented_test_value"), pub_as_main=pub_main)
        if pub_main:
            c.sec = c.entries[-1] if c.entries[-1].value == pub_value else c.sec
        if spec.ambig:
            t = spec.comps[0][0][1:]
            amb = [e for e in c.entries if not e.secret and e.words[-len(t):] == t]
            for e in amb:
                if strat == "ciphertext":
                    e.value = sec_value if ftype in ("tfvars", "magento_env_php") else sops_enc(rng, 40)
                    if ftype == "tfvars":
                        e.value = kms_blob(rng)
                    elif ftype == "magento_env_php":
                        e.value = magento_enc(rng)
                elif strat == "masked":
                    e.value = "*" * 12 + e.value[-4:]
                else:
                    ref = envref(rng, ftype, c, e) if strat in ("env_reference", "publishable_key") else None
                    if ref is None:
                        e.value, e.expr = placeholder(rng, spec, e), False
                    else:
                        e.value, e.expr = ref
        if c.sec is None:
            continue
        path, text = render(rng, ftype, c)
        if strat == "ciphertext" and ftype in ("application_yml", "helm_values", "k8s_secret"):
            text += "\n".join(SOPS_TAIL_YAML).format(
                r=rng.choice(["eu-west-1", "ap-south-1", "sa-east-1"]), a=rdigits(rng, 12), u=ruuid(rng),
                y=rng.randint(23, 25), m=rng.randint(1, 9), d=rng.randint(0, 9), blob=kms_blob(rng),
                mac=sops_enc(rng, 32)) + "\n"
        elif strat == "ciphertext" and ftype == "env":
            text += "sops_version=3.8.1\nsops_kms__list_0__map_arn=arn:aws:kms:eu-west-1:%s:alias/payments\n" \
                    "sops_mac=%s\nsops_lastmodified=20%d-0%d-1%dT08:00:00Z\n" % (
                        rdigits(rng, 12), sops_enc(rng, 32), rng.randint(23, 25), rng.randint(1, 9), rng.randint(0, 9))
        nlines = text.count("\n")
        if not (5 <= nlines <= 80):
            continue
        return dict(path=path, text=text, provider=spec.provider, kind=kind, filetype=ftype)
    raise RuntimeError("could not build negative")


# ============================================================ main
def main():
    if len(sys.argv) != 3:
        print(__doc__.split("NEEDLE")[0])
        sys.exit("usage: gen_bh.py OUTDIR SEED")
    out, seed = sys.argv[1], int(sys.argv[2])
    rng = random.Random(seed)
    man, secs, pos, neg = [], [], [], []
    for i in range(500):
        pos.append(gen_positive(rng))
    for i in range(500):
        neg.append(gen_negative(rng))
    for label, items, pfx in (("pos", pos, "p"), ("neg", neg, "n")):
        for i, it in enumerate(items):
            rel = os.path.join(label, "%s%04d" % (pfx, i), it["path"])
            full = os.path.join(out, rel)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(it["text"])
            it["file"] = rel
            man.append({"file": rel, "label": "positive" if label == "pos" else "negative",
                        "provider": it["provider"], "kind": it["kind"], "filetype": it["filetype"]})
            if label == "pos":
                secs.append({"file": rel, "needle": it["needle"], "line": it["line"]})
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in man:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secs:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    self_check(out, man, secs)


def self_check(out, man, secs):
    errors = 0
    for s in secs:
        with open(os.path.join(out, s["file"]), encoding="utf-8") as fh:
            text = fh.read()
        lines = text.split("\n")
        first = s["needle"].split("\n")[0]
        if s["needle"] not in text or first not in lines[s["line"] - 1] or locate(text, s["needle"]) != s["line"]:
            print("NEEDLE MISMATCH", s["file"])
            errors += 1
    needles = [s["needle"] for s in secs]
    for m in man:
        if m["label"] != "negative":
            continue
        with open(os.path.join(out, m["file"]), encoding="utf-8") as fh:
            text = fh.read()
        for nd in needles:
            if nd in text:
                print("NEGATIVE CONTAINS NEEDLE", m["file"])
                errors += 1
    for m in man:
        with open(os.path.join(out, m["file"]), encoding="utf-8") as fh:
            n = fh.read().count("\n")
        if not 5 <= n <= 80:
            print("LINE COUNT", n, m["file"])
            errors += 1
    for label in ("positive", "negative"):
        rows = [m for m in man if m["label"] == label]
        print("== %s: %d files" % (label, len(rows)))
        for key in ("provider", "kind", "filetype"):
            cnt = Counter(m[key] for m in rows)
            print("  %s (%d): %s" % (key, len(cnt), ", ".join("%s=%d" % kv for kv in sorted(cnt.items()))))
    pairs = Counter((m["provider"], m["kind"]) for m in man if m["label"] == "positive")
    print("== positive provider/kind pairs: %d" % len(pairs))
    print("self-check: %s (%d errors)" % ("OK" if not errors else "FAILED", errors))
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
