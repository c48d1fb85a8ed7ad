#!/usr/bin/env python3
"""Blind evaluation-set generator "mo": South Asia (beyond India) and Central Asia payments.

EMPHASIS
  Payment gateways, couriers and SMS gateways of Pakistan (JazzCash password / integrity salt,
  Easypaisa hash key, PayFast PK secured key, Safepay secret, HBL Pay / UBL EMS passwords,
  Leopards and TCS courier credentials), Bangladesh (bKash app key / app secret / password,
  Nagad merchant RSA private key, SSLCommerz store password, ShurjoPay, aamarPay signature key,
  Pathao / Steadfast courier keys, SSL Wireless and BulkSMSBD SMS tokens), Nepal (Khalti
  live_secret_key_, eSewa secret, Fonepay secret, connectIPS password), Sri Lanka (PayHere
  merchant secret, Ideamart app password, Dialog eSMS), Kazakhstan (Kaspi shop token,
  CloudPayments API secret, Halyk epay client secret, FreedomPay/PayBox secret), Uzbekistan
  (Payme cash-desk key, Click secret key, Uzum API key, Eskiz SMS password), Kyrgyzstan
  (Elsom), Mongolia (QPay, SocialPay), Maldives (BML Connect), Afghanistan (HesabPay), plus
  database / SMTP passwords of the same apps.
  File types: PHP (Laravel config, CodeIgniter, WordPress/WooCommerce plugins, plain services),
  Python/Django/Flask, Node/Express/NestJS/TypeScript, Spring properties/YAML, Java, Kotlin,
  Gradle, Flutter/Dart, .NET appsettings/Web.config/C#, Go, TOML/INI/JSON, .env, docker-compose,
  Kubernetes, Helm, GitHub Actions, Ansible, Terraform, Dockerfile, systemd, supervisor,
  Postman collections/environments, .http files, shell+curl, SQL settings tables, Laravel
  seeders, PEM files, Markdown READMEs in English, Urdu, Bengali, Nepali, Sinhala, Russian,
  Kazakh, Uzbek.

USAGE
  python3 -B gen_mo.py OUTDIR SEED
  -> OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
     OUTDIR/manifest.jsonl, OUTDIR/secrets.jsonl.  Deterministic for a given SEED.

NEEDLE CONVENTIONS
  The secret value without quotes; prefixed keys keep their prefix (live_secret_key_...);
  header values: only the token (e.g. Khalti "Key live_secret_key_..." -> the key only);
  URLs with credentials: the password only; multi-line PEM private keys: the first base64
  line of the body; single-line (header-less) base64 private keys as used by Nagad SDKs:
  the whole base64 value; passwords: the password itself.  Exactly one secret per positive;
  the other secret fields of the same provider are env / secret-manager references.

NEGATIVES
  250 re-use positive templates with the secret slot holding: English and local-language
  placeholders (Urdu, Bengali, Nepali, Sinhala, Russian, Kazakh, Uzbek), empty values, masked
  values, env / vault / Helm / GitHub-Actions / Ansible / Octopus references, providers'
  published sandbox values (bKash tokenized sandbox app key/secret/user/password, SSLCommerz
  testbox/qwerty, ShurjoPay sp_sandbox, aamarPay sandbox signature key, eSewa UAT secret,
  Khalti docs example key, Halyk test secret), and public values (Khalti public key,
  CloudPayments public id, Payme merchant id, Nagad PG public key).
  250 look-alikes: payment callbacks/logs with transaction ids, pidx, trxID, hash outputs
  (pp_SecureHash, md5sig, verify_sign, eSewa signature), UUIDs, MSISDNs, NTN/TIN/BIN/PAN ids,
  courier tracking numbers, public keys and certificates, lockfile integrity hashes, go.sum,
  SHA256SUMS, Laravel-encrypted payloads, ansible-vault ciphertext, base64 callback data,
  git SHAs, version strings.  No negative is written to a .env/.env.<stage> file.

FORMATS CHECKED
  - bKash tokenized checkout: header username/password, body app_key/app_secret, token/grant
    URL, sandbox values (26-char app key, 50-char app secret) - public code corpus (several
    repos quoting the bKash sandbox).
  - Khalti KPG-2: "Authorization: Key <secret>", initiate/lookup URLs, pidx - docs.khalti.com.
  - JazzCash: pp_* fields, HMAC-SHA256 with integrity salt, merchant id MC..., 10-char
    lowercase alphanumeric password and salt - public code corpus.
  - Payme: login "Paycom", 24-hex merchant id, 36-char cash-desk key with # % ? & @ symbols,
    password.paycom file - PaycomUZ template README and public configs.
  - PayHere: merchant secret is base64 of a ~39-digit number; md5sig = MD5(... MD5(secret))
    - public PHP samples.
DOUBTS
  Guessed lengths/alphabets: Easypaisa hash key (16 upper alnum), PayFast PK secured key,
  Safepay secret (64 hex), Leopards api key (32 upper hex), SSLCommerz live store password
  (upper hex + "@ssl"), Steadfast keys, SSL Wireless token, BulkSMSBD key, eSewa live secret,
  Fonepay secret, Kaspi token, CloudPayments public id length, Halyk secret, FreedomPay,
  Click secret, Uzum key, SocialPay key, BML Connect key, HesabPay key.  The documented
  sandbox values of aamarPay, ShurjoPay, eSewa, Halyk and the Khalti docs example key are
  from memory.
"""
import base64
import hashlib
import json
import os
import random
import string
import sys

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
LD = LOW + DIG
UD = UP + DIG
ALNUM = LOW + UP + DIG
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = ALNUM + "+/"
SYM = "!@#%^&*_-+="


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def mixed(r, alpha, n, classes):
    while True:
        s = rs(r, alpha, n)
        if all(any(c in cl for c in s) for cl in classes):
            return s


def uuid4(r):
    h = "%032x" % r.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


CITY = ["Dhaka", "Karachi", "Lahore", "Kathmandu", "Colombo", "Almaty", "Tashkent", "Bishkek",
        "Ulaanbaatar", "Sylhet", "Pokhara", "Kandy", "Samarkand", "Chittagong", "Multan",
        "Astana", "Khulna", "Faisalabad", "Lalitpur", "Galle", "Bukhara", "Osh", "Male",
        "Rajshahi", "Peshawar", "Shymkent", "Namangan", "Darkhan"]
WORDS = ["shop", "bazar", "dokan", "pay", "store", "admin", "merchant", "cart", "mart",
         "bikri", "savdo", "dukan", "kasse", "rupee", "taka"]


def password(r, urlsafe=False):
    st = r.randrange(4)
    syms = "-_.!*" if urlsafe else SYM
    if st == 0:
        return mixed(r, ALNUM + syms, r.randint(12, 20), [LOW, UP, DIG, syms])
    if st == 1:
        w = r.choice(CITY + [x.capitalize() for x in WORDS])
        return w + r.choice(syms) + str(r.randint(10, 9999)) + rs(r, ALNUM, r.randint(2, 4))
    if st == 2:
        leet = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"}
        w = r.choice(CITY).lower()
        w = "".join(leet.get(c, c) if r.random() < 0.5 else c.upper() if r.random() < 0.2 else c
                    for c in w)
        return w.capitalize() + r.choice(syms) + rs(r, DIG, 2) + r.choice(syms) + rs(r, ALNUM, 3)
    return "-".join(mixed(r, ALNUM, 4, [DIG]) for _ in range(r.randint(3, 4)))


def pem_body_lines(r):
    ext = r.choice([0, 1, 2, 3])
    total = 0x4bc + ext
    inner = total - 22
    seq = inner - 4
    head = bytes([0x30, 0x82, total >> 8, total & 255, 2, 1, 0, 0x30, 0x0d, 6, 9, 0x2a, 0x86,
                  0x48, 0x86, 0xf7, 0x0d, 1, 1, 1, 5, 0, 4, 0x82, inner >> 8, inner & 255,
                  0x30, 0x82, seq >> 8, seq & 255, 2, 1, 0, 2, 0x82, 1, 1, 0, 0x80 | r.getrandbits(7)])
    body = head + bytes(r.getrandbits(8) for _ in range(total + 4 - len(head)))
    b = base64.b64encode(body).decode()
    return [b[i:i + 64] for i in range(0, len(b), 64)]


def pub_pem_lines(r):
    head = bytes([0x30, 0x82, 1, 0x22, 0x30, 0x0d, 6, 9, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 1,
                  1, 1, 5, 0, 3, 0x82, 1, 0x0f, 0, 0x30, 0x82, 1, 0x0a, 2, 0x82, 1, 1, 0,
                  0x80 | r.getrandbits(7)])
    body = head + bytes(r.getrandbits(8) for _ in range(255)) + bytes([2, 3, 1, 0, 1])
    b = base64.b64encode(body).decode()
    return [b[i:i + 64] for i in range(0, len(b), 64)]


def cert_pem_lines(r):
    body = bytes([0x30, 0x82, 3, 0x5d, 0x30, 0x82, 2, 0x45, 0xa0, 3, 2, 1, 2, 2, 0x14]) + \
        bytes(r.getrandbits(8) for _ in range(850))
    b = base64.b64encode(body).decode()
    return [b[i:i + 64] for i in range(0, len(b), 64)]


# ---------------------------------------------------------------- provider specs
def S(pid, provider, country, kind, words, gen, comps=(), others=(), docvals=(), pub=None,
      section=None):
    return dict(pid=pid, provider=provider, country=country, kind=kind, words=list(words),
                gen=gen, comps=list(comps), others=[list(o) for o in others],
                docvals=list(docvals), pub=pub, section=section or words[0])


def g_url(host):
    return lambda r: "https://%s/%s" % (r.choice(["shop", "www", "api", "pay"]) + "." + host,
                                        r.choice(["payment/callback", "checkout/return",
                                                  "api/payments/notify", "order/success"]))


def shopname(r):
    return r.choice(WORDS) + r.choice(["bd", "pk", "np", "lk", "kz", "uz", "mn", "kg"]) + \
        str(r.randint(1, 99))


def email(r):
    return "%s.%s@%s" % (r.choice(["accounts", "finance", "dev", "ops", "rakib", "ayesha",
                                   "bilal", "sajid", "nurlan", "aziz", "bat", "sunil"]),
                         r.choice(WORDS), r.choice(["gmail.com", "outlook.com", "yandex.ru",
                                                    "mail.ru", "company.com.bd"]))


def php_b64secret(r):
    return base64.b64encode(str(r.randint(10 ** 37, 10 ** 40)).encode()).decode()


def payme_key(r):
    return mixed(r, ALNUM + "#%?&@", 36, [LOW, UP, DIG, "#%?&@"])


def esewa_secret(r):
    return mixed(r, ALNUM + "/:&.!", r.randint(15, 18), [LOW, UP, DIG, "/:&.!"])


SPECS = [
    # Pakistan
    S("jazzcash_salt", "JazzCash", "PK", "integrity_salt", ["jazzcash", "integrity", "salt"],
      lambda r: mixed(r, LD, 10, [LOW, DIG]),
      comps=[(["jazzcash", "merchant", "id"], lambda r: "MC" + rs(r, DIG, r.choice([5, 6]))),
             (["jazzcash", "return", "url"], g_url("example.pk"))],
      others=[["jazzcash", "password"]]),
    S("jazzcash_password", "JazzCash", "PK", "merchant_password", ["jazzcash", "password"],
      lambda r: mixed(r, LD, 10, [LOW, DIG]),
      comps=[(["jazzcash", "merchant", "id"], lambda r: "MC" + rs(r, DIG, r.choice([5, 6])))],
      others=[["jazzcash", "integrity", "salt"]]),
    S("easypaisa_hash", "Easypaisa", "PK", "hash_key", ["easypaisa", "hash", "key"],
      lambda r: mixed(r, UD, 16, [UP, DIG]),
      comps=[(["easypaisa", "store", "id"], lambda r: str(r.randint(10000, 999999)))]),
    S("payfast_pk", "PayFast PK", "PK", "secured_key", ["payfast", "secured", "key"],
      lambda r: mixed(r, ALNUM, r.randint(20, 26), [LOW, UP, DIG]),
      comps=[(["payfast", "merchant", "id"], lambda r: str(r.randint(10000, 99999)))]),
    S("safepay_secret", "Safepay", "PK", "webhook_secret", ["safepay", "secret", "key"],
      lambda r: rs(r, HEXL, 64),
      comps=[(["safepay", "environment"], lambda r: "production")],
      others=[["safepay", "api", "key"]]),
    S("hbl_password", "HBL Pay", "PK", "gateway_password", ["hbl", "pay", "password"], password,
      comps=[(["hbl", "pay", "user", "id"], lambda r: shopname(r).upper() + "_HBL"),
             (["hbl", "channel"], lambda r: "HBLPay_" + rs(r, UP, 4))]),
    S("ubl_password", "UBL EMS", "PK", "gateway_password", ["ubl", "password"], password,
      comps=[(["ubl", "username"], lambda r: "ems_" + shopname(r)),
             (["ubl", "customer", "id"], lambda r: "UBL" + rs(r, DIG, 6))]),
    S("leopards_key", "Leopards Courier", "PK", "api_key", ["leopards", "api", "key"],
      lambda r: rs(r, HEXU, 32), others=[["leopards", "api", "password"]]),
    S("leopards_password", "Leopards Courier", "PK", "api_password",
      ["leopards", "api", "password"], password, others=[["leopards", "api", "key"]]),
    S("tcs_password", "TCS Courier", "PK", "api_password", ["tcs", "password"], password,
      comps=[(["tcs", "username"], lambda r: shopname(r)),
             (["tcs", "cost", "center", "code"], lambda r: rs(r, DIG, 2))]),
    # Bangladesh
    S("bkash_app_secret", "bKash", "BD", "app_secret", ["bkash", "app", "secret"],
      lambda r: mixed(r, LD, 50, [LOW, DIG]),
      comps=[(["bkash", "base", "url"], lambda r: "https://tokenized.pay.bka.sh/v1.2.0-beta")],
      others=[["bkash", "app", "key"], ["bkash", "password"]],
      docvals=["2is7hdktrekvrbljjh44ll3d9l1dtjo4pasmjvs5vl5qr3fug4b"]),
    S("bkash_app_key", "bKash", "BD", "app_key", ["bkash", "app", "key"],
      lambda r: mixed(r, LD, 26, [LOW, DIG]),
      comps=[(["bkash", "base", "url"], lambda r: "https://tokenized.pay.bka.sh/v1.2.0-beta")],
      others=[["bkash", "app", "secret"]], docvals=["4f6o0cjiki2rfm34kfdadl1eqq"]),
    S("bkash_password", "bKash", "BD", "merchant_password", ["bkash", "password"], password,
      comps=[(["bkash", "username"], lambda r: "01" + r.choice("3456789") + rs(r, DIG, 8))],
      others=[["bkash", "app", "secret"]], docvals=["sandboxTokenizedUser02@12345"]),
    S("nagad_key", "Nagad", "BD", "private_key", ["nagad", "merchant", "private", "key"], None,
      comps=[(["nagad", "merchant", "id"], lambda r: "6830" + rs(r, DIG, 11)),
             (["nagad", "merchant", "number"], lambda r: "01" + r.choice("3789") + rs(r, DIG, 8))],
      pub="nagad_pub"),
    S("sslcz_pass", "SSLCommerz", "BD", "store_password", ["sslcz", "store", "password"],
      lambda r: rs(r, HEXU, r.choice([13, 14, 16])) + "@ssl",
      comps=[(["sslcz", "store", "id"], lambda r: shopname(r) + rs(r, HEXL, 12))],
      docvals=["qwerty"]),
    S("shurjopay_pass", "ShurjoPay", "BD", "merchant_password", ["shurjopay", "password"],
      password, comps=[(["shurjopay", "username"], lambda r: shopname(r)),
                       (["shurjopay", "prefix"], lambda r: rs(r, UP, 3))],
      docvals=["pyyk97hu&6u6"]),
    S("aamarpay_sig", "aamarPay", "BD", "signature_key", ["aamarpay", "signature", "key"],
      lambda r: rs(r, HEXL, 32), comps=[(["aamarpay", "store", "id"], shopname)],
      docvals=["dbb74894e82415a2f7ff0ec3a97e4183"]),
    S("pathao_secret", "Pathao Courier", "BD", "client_secret",
      ["pathao", "client", "secret"], lambda r: mixed(r, ALNUM, 40, [LOW, UP, DIG]),
      comps=[(["pathao", "client", "id"], lambda r: str(r.randint(100, 9999))),
             (["pathao", "username"], email)], others=[["pathao", "password"]]),
    S("steadfast_secret", "Steadfast Courier", "BD", "secret_key",
      ["steadfast", "secret", "key"], lambda r: mixed(r, LD, 24, [LOW, DIG]),
      others=[["steadfast", "api", "key"]]),
    S("steadfast_key", "Steadfast Courier", "BD", "api_key", ["steadfast", "api", "key"],
      lambda r: mixed(r, LD, 32, [LOW, DIG]), others=[["steadfast", "secret", "key"]]),
    S("sslwireless_token", "SSL Wireless SMS", "BD", "sms_token", ["sms", "api", "token"],
      lambda r: "-".join(mixed(r, LD, 8, [LOW, DIG]) for _ in range(4)),
      comps=[(["sms", "sid"], lambda r: shopname(r).upper() + "NONAPI")]),
    S("bulksmsbd_key", "BulkSMSBD", "BD", "sms_api_key", ["bulksms", "api", "key"],
      lambda r: mixed(r, ALNUM, 20, [LOW, UP, DIG]),
      comps=[(["bulksms", "sender", "id"], lambda r: "8809" + rs(r, DIG, 9))]),
    # Nepal
    S("khalti_secret", "Khalti", "NP", "secret_key", ["khalti", "secret", "key"],
      lambda r: "live_secret_key_" + rs(r, HEXL, 32),
      comps=[(["khalti", "website", "url"], lambda r: "https://" + shopname(r) + ".com.np")],
      docvals=["live_secret_key_68791341fdd94846a146f0457ff7b455"], pub="khalti_pub"),
    S("esewa_secret", "eSewa", "NP", "secret_key", ["esewa", "secret", "key"], esewa_secret,
      comps=[(["esewa", "product", "code"], lambda r: "NP-ES-" + rs(r, UP, 6))],
      docvals=["8gBm/:&EnhH.1/q"]),
    S("fonepay_secret", "Fonepay", "NP", "secret_key", ["fonepay", "secret", "key"],
      lambda r: rs(r, HEXL, 32),
      comps=[(["fonepay", "merchant", "code"], lambda r: "NBQM" + rs(r, DIG, 6)),
             (["fonepay", "username"], lambda r: rs(r, DIG, 10))]),
    S("connectips_pass", "connectIPS", "NP", "app_password", ["connectips", "app", "password"],
      password, comps=[(["connectips", "merchant", "id"], lambda r: str(r.randint(100, 9999))),
                       (["connectips", "app", "id"], lambda r: "MER-%d-APP-1" % r.randint(100, 999))]),
    # Sri Lanka
    S("payhere_secret", "PayHere", "LK", "merchant_secret", ["payhere", "merchant", "secret"],
      php_b64secret, comps=[(["payhere", "merchant", "id"], lambda r: "12" + rs(r, DIG, 5))]),
    S("ideamart_pass", "Dialog Ideamart", "LK", "app_password", ["ideamart", "password"],
      lambda r: rs(r, HEXL, 32),
      comps=[(["ideamart", "app", "id"], lambda r: "APP_0" + rs(r, DIG, 5))]),
    S("dialog_esms", "Dialog eSMS", "LK", "sms_password", ["esms", "password"], password,
      comps=[(["esms", "username"], lambda r: shopname(r)),
             (["esms", "mask"], lambda r: rs(r, UP, 6))]),
    # Kazakhstan
    S("kaspi_token", "Kaspi.kz", "KZ", "api_token", ["kaspi", "api", "token"],
      lambda r: mixed(r, B64, 43, [LOW, UP, DIG]) + "=",
      comps=[(["kaspi", "merchant", "id"], lambda r: str(r.randint(10000, 99999)))]),
    S("cloudpayments_secret", "CloudPayments", "KZ", "api_secret",
      ["cloudpayments", "api", "secret"], lambda r: rs(r, HEXL, 32),
      comps=[(["cloudpayments", "public", "id"], lambda r: "pk_" + rs(r, HEXL, 29))],
      pub="cp_pub"),
    S("halyk_secret", "Halyk epay", "KZ", "client_secret", ["epay", "client", "secret"],
      lambda r: mixed(r, ALNUM, 36, [LOW, UP, DIG]),
      comps=[(["epay", "client", "id"], lambda r: shopname(r).upper()),
             (["epay", "terminal", "id"], uuid4)],
      docvals=["yF587AV9Ms94qN2QShFzVR3vFnWkhjbAK3sG"]),
    S("freedompay_secret", "FreedomPay", "KZ", "secret_key", ["freedompay", "secret", "key"],
      lambda r: mixed(r, ALNUM, 16, [LOW, UP, DIG]),
      comps=[(["freedompay", "merchant", "id"], lambda r: str(r.randint(500000, 560000)))]),
    # Uzbekistan
    S("payme_key", "Payme", "UZ", "merchant_key", ["payme", "key"], payme_key,
      comps=[(["payme", "merchant", "id"], lambda r: rs(r, HEXL, 24)),
             (["payme", "login"], lambda r: "Paycom")], pub="payme_mid"),
    S("click_secret", "Click.uz", "UZ", "secret_key", ["click", "secret", "key"],
      lambda r: mixed(r, ALNUM, r.randint(12, 16), [LOW, UP, DIG]),
      comps=[(["click", "service", "id"], lambda r: str(r.randint(10000, 99999))),
             (["click", "merchant", "id"], lambda r: str(r.randint(10000, 99999))),
             (["click", "merchant", "user", "id"], lambda r: str(r.randint(10000, 99999)))]),
    S("uzum_key", "Uzum Bank", "UZ", "api_key", ["uzum", "api", "key"],
      lambda r: mixed(r, ALNUM, 32, [LOW, UP, DIG]),
      comps=[(["uzum", "terminal", "id"], uuid4)]),
    S("eskiz_pass", "Eskiz SMS", "UZ", "sms_password", ["eskiz", "password"], password,
      comps=[(["eskiz", "email"], email), (["eskiz", "from"], lambda r: "4546")]),
    # Kyrgyzstan / Mongolia / Maldives / Afghanistan
    S("elsom_pass", "Elsom", "KG", "partner_password", ["elsom", "partner", "password"], password,
      comps=[(["elsom", "partner", "code"], lambda r: str(r.randint(1000, 9999)))]),
    S("qpay_pass", "QPay", "MN", "client_password", ["qpay", "password"], password,
      comps=[(["qpay", "username"], lambda r: shopname(r).upper()),
             (["qpay", "invoice", "code"], lambda r: shopname(r).upper() + "_INVOICE")]),
    S("socialpay_key", "SocialPay", "MN", "checksum_key", ["socialpay", "checksum", "key"],
      lambda r: mixed(r, ALNUM, 32, [LOW, UP, DIG]),
      comps=[(["socialpay", "terminal"], lambda r: rs(r, DIG, 8))]),
    S("bml_key", "BML Connect", "MV", "api_key", ["bml", "api", "key"],
      lambda r: mixed(r, ALNUM, 64, [LOW, UP, DIG]),
      comps=[(["bml", "app", "id"], uuid4)]),
    S("hesabpay_key", "HesabPay", "AF", "api_key", ["hesabpay", "api", "key"],
      lambda r: mixed(r, ALNUM, 40, [LOW, UP, DIG])),
    # same apps: database / SMTP
    S("db_pass", "MySQL/PostgreSQL", "*", "db_password", ["db", "password"], password,
      comps=[(["db", "host"], lambda r: r.choice(["127.0.0.1", "db", "mysql",
                                                  "10.0.%d.%d" % (r.randint(0, 9), r.randint(2, 250))])),
             (["db", "username"], lambda r: shopname(r) + "_app")]),
    S("smtp_pass", "SMTP", "*", "smtp_password", ["mail", "password"], password,
      comps=[(["mail", "host"], lambda r: r.choice(["smtp.gmail.com", "smtp.yandex.ru",
                                                    "mail.company.com.bd", "smtp.zoho.in"])),
             (["mail", "username"], email)]),
]
SPEC_BY = {s["pid"]: s for s in SPECS}


# ---------------------------------------------------------------- naming / values
def nm(words, style):
    if style == "U":
        return "_".join(w.upper() for w in words)
    if style == "s":
        return "_".join(words)
    if style == "c":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "P":
        return "".join(w.capitalize() for w in words)
    if style == "k":
        return "-".join(words)
    return ".".join(words)


def short(words):
    return words[1:] if len(words) > 1 else words


PLACEHOLDERS = ["<your-secret-key>", "YOUR_SECRET_KEY", "xxxxxxxxxxxxxxxx", "changeme",
                "your_key_here", "CHANGE_ME", "<SECRET>", "REPLACE_ME", "TODO", "your-password",
                "********", "[REDACTED]", "xxxx-xxxx-xxxx", "<paste here>", "dummy", "secret",
                "**hidden**", "<merchant secret>", "insert_key_here", "null"]
LOCAL_PH = ["آپ_کی_خفیہ_کلید", "یہاں_پاس_ورڈ_لکھیں", "আপনার_সিক্রেট_কী", "এখানে_পাসওয়ার্ড",
            "तपाईंको_गोप्य_कुञ्जी", "यहाँ_राख्नुहोस्", "ඔබේ_රහස්_යතුර", "ваш_секретный_ключ",
            "ВСТАВЬТЕ_КЛЮЧ", "сіздің_құпия_кілтіңіз", "maxfiy_kalitingiz", "PAROLNI_KIRITING",
            "<ключ_из_кабинета>", "<কী_এখানে>"]
MASKED = ["****************", "••••••••", "[REDACTED]", "<hidden>", "***", "xxxxxxxx",
          "****MASKED****"]


def ref_expr(r, lang, env, helmkey=None):
    opts = {
        "php": ["env('%s')" % env, "getenv('%s')" % env, "$_ENV['%s']" % env],
        "py": ["os.environ['%s']" % env, "os.getenv('%s')" % env, "env('%s')" % env,
               "config('%s')" % env],
        "js": ["process.env.%s" % env, "process.env['%s']" % env,
               "configService.get('%s')" % env],
        "props": ["${%s}" % env, "${%s:}" % env, "${vault.%s}" % env.lower()],
        "yaml": ["${%s}" % env, "${{ secrets.%s }}" % env,
                 "{{ .Values.%s }}" % (helmkey or env.lower()),
                 "{{ vault_%s }}" % env.lower(), "((%s))" % env.lower()],
        "cs": ['Environment.GetEnvironmentVariable("%s")' % env],
        "json": ["#{%s}#" % env, "${%s}" % env, "__%s__" % env],
        "go": ['os.Getenv("%s")' % env],
        "kt": ['System.getenv("%s")' % env, "BuildConfig.%s" % env],
        "dart": ["const String.fromEnvironment('%s')" % env, "dotenv.env['%s']!" % env],
        "sh": ["${%s}" % env, "$%s" % env, "${%s:?missing}" % env],
        "toml": ["${%s}" % env],
        "java": ['System.getenv("%s")' % env],
        "rb": ["ENV['%s']" % env, "ENV.fetch('%s')" % env],
    }
    return r.choice(opts.get(lang, ["${%s}" % env]))


def is_code_lang(lang):
    return lang in ("php", "py", "js", "cs", "go", "kt", "dart", "java", "rb")


def q(lang, v, isref=False):
    """literal (quoted) or reference expression for a value."""
    if isref:
        if is_code_lang(lang):
            return v
        if lang in ("yaml", "json", "toml"):
            return '"%s"' % v
        return v
    if lang in ("php", "dart", "rb", "sql"):
        return "'%s'" % v
    if lang in ("py",):
        return "'%s'" % v if "'" not in v else '"%s"' % v
    if lang in ("props", "ini", "sh", "md"):
        return v
    return '"%s"' % v


# ---------------------------------------------------------------- context
class Ctx:
    def __init__(self, r, spec, slot, slot_ref, neg):
        self.r = r
        self.spec = spec
        self.slot = slot          # secret or negative value
        self.slot_ref = slot_ref  # None or env name -> reference instead of literal
        self.neg = neg
        self.comps = [(w, g(r)) for (w, g) in spec["comps"]]
        self.others = spec["others"]
        self.words = spec["words"]

    def entries(self, lang, env_prefix=""):
        """list of (words, rendered_value) for key/value configs."""
        r = self.r
        out = [(w, q(lang, v)) for w, v in self.comps]
        for o in self.others:
            out.append((o, q(lang, ref_expr(r, lang, nm(o, "U")), True)))
        if self.slot_ref:
            sv = q(lang, ref_expr(r, lang, self.slot_ref, nm(self.words, "c")), True)
        else:
            sv = q(lang, self.slot)
        pos = r.randint(0, len(out))
        out.insert(pos, (self.words, sv))
        return out

    def val(self, lang):
        if self.slot_ref:
            return q(lang, ref_expr(self.r, lang, self.slot_ref, nm(self.words, "c")), True)
        return q(lang, self.slot)

    def raw(self):
        """raw slot text (for places where expressions are not possible)."""
        return self.slot if not self.slot_ref else "${%s}" % self.slot_ref


def comment(r, lang, spec):
    c = r.choice([
        "%s credentials (prod)" % spec["provider"],
        "TODO: move to vault before go-live",
        "%s gateway settings" % spec["provider"],
        "Настройки %s" % spec["provider"],
        "%s সেটিংস" % spec["provider"],
        "%s کی ترتیبات" % spec["provider"],
        "%s सेटिङ" % spec["provider"],
        "given by %s support on onboarding" % spec["provider"],
        "%s sozlamalari" % spec["provider"],
        "live keys - do not commit?",
        "merchant panel -> settings -> API",
    ])
    pre = {"php": "//", "py": "#", "js": "//", "props": "#", "yaml": "#", "cs": "//", "go": "//",
           "kt": "//", "dart": "//", "sh": "#", "toml": "#", "ini": ";", "java": "//", "rb": "#",
           "sql": "--", "md": ">"}[lang]
    return "%s %s" % (pre, c)


def app_name(r):
    return r.choice(["bazaar", "dokan", "shopnest", "paybridge", "easyshop", "kinbo",
                     "savdo", "bazar-api", "chaldal-clone", "daraz-lite", "ecom-backend",
                     "pos-server", "billing", "checkout-svc", "merchant-portal"])


# ---------------------------------------------------------------- generic templates
def t_laravel_services(c):
    r = c.r
    sec = c.spec["section"]
    lines = ["<?php", "", "return [", ""]
    lines += ["    'mailgun' => [", "        'domain' => env('MAILGUN_DOMAIN'),",
              "        'secret' => env('MAILGUN_SECRET'),", "    ],", ""]
    lines.append("    " + comment(r, "php", c.spec))
    lines.append("    '%s' => [" % sec)
    for w, v in c.entries("php"):
        k = nm(short(w), "s")
        if v.startswith("'") and r.random() < 0.6:
            v = "env('%s', %s)" % (nm(w, "U"), v)
        lines.append("        '%s' => %s," % (k, v))
    lines += ["        'sandbox' => env('%s_SANDBOX', false)," % sec.upper(), "    ],", "", "];", ""]
    return "config/services.php", "\n".join(lines)


def t_laravel_pkg_config(c):
    r = c.r
    sec = c.spec["section"]
    lines = ["<?php", "", "/*", " * %s configuration" % c.spec["provider"],
             " * published by vendor:publish --tag=%s-config" % sec, " */", "", "return ["]
    lines.append("    'sandbox_mode' => %s," % r.choice(["false", "env('APP_ENV') !== 'production'"]))
    for w, v in c.entries("php"):
        lines.append("    '%s' => %s," % (nm(short(w), "s"), v))
    lines += ["    'callback_url' => '/%s/callback'," % sec, "];", ""]
    return "config/%s.php" % sec, "\n".join(lines)


def t_codeigniter(c):
    r = c.r
    lines = ["<?php", "defined('BASEPATH') OR exit('No direct script access allowed');", "",
             comment(r, "php", c.spec)]
    for w, v in c.entries("php"):
        lines.append("$config['%s'] = %s;" % (nm(w, "s"), v))
    lines += ["$config['%s_live'] = TRUE;" % c.spec["section"], ""]
    return "application/config/%s.php" % c.spec["section"], "\n".join(lines)


def t_wp_gateway(c):
    r = c.r
    sec = c.spec["section"]
    cls = "WC_Gateway_%s" % sec.capitalize()
    lines = ["<?php", "/**", " * Plugin Name: WooCommerce %s Gateway" % c.spec["provider"],
             " * Version: %d.%d.%d" % (r.randint(1, 3), r.randint(0, 9), r.randint(0, 20)),
             " */", "", "if ( ! defined( 'ABSPATH' ) ) {", "    exit;", "}", "",
             "class %s extends WC_Payment_Gateway {" % cls, "",
             "    public function __construct() {",
             "        $this->id                 = '%s';" % sec,
             "        $this->method_title       = __( '%s', 'woocommerce' );" % c.spec["provider"],
             "        $this->has_fields         = false;", "        $this->init_form_fields();",
             "        $this->init_settings();"]
    for w, v in c.entries("php"):
        k = nm(short(w), "s")
        if v.startswith("'"):
            lines.append("        $this->%s = $this->get_option( '%s', %s );" % (k, k, v))
        else:
            lines.append("        $this->%s = %s;" % (k, v))
    lines += ["        add_action( 'woocommerce_api_%s', array( $this, 'check_response' ) );" % sec,
              "    }", "}", ""]
    return "wp-content/plugins/woo-%s/includes/class-wc-gateway-%s.php" % (sec, sec), "\n".join(lines)


def t_wp_config(c):
    r = c.r
    lines = ["<?php", "/** The base configuration for WordPress */", "",
             "define( 'DB_NAME', '%s_wp' );" % app_name(r).replace("-", "_"),
             "define( 'DB_CHARSET', 'utf8mb4' );", "", comment(r, "php", c.spec)]
    for w, v in c.entries("php"):
        lines.append("define( '%s', %s );" % (nm(w, "U"), v))
    lines += ["", "$table_prefix = 'wp_';", "define( 'WP_DEBUG', false );", "",
              "if ( ! defined( 'ABSPATH' ) ) {", "    define( 'ABSPATH', __DIR__ . '/' );", "}",
              "require_once ABSPATH . 'wp-settings.php';", ""]
    return "wp-config.php", "\n".join(lines)


def t_php_service(c):
    r = c.r
    cls = c.spec["section"].capitalize() + "Service"
    lines = ["<?php", "", "namespace App\\Services;", "", "use Illuminate\\Support\\Facades\\Http;",
             "", "class %s" % cls, "{"]
    for w, v in c.entries("php"):
        lines.append("    private $%s = %s;" % (nm(short(w), "c"), v if v.startswith("'") else "null"))
    lines += ["", "    public function __construct()", "    {"]
    lines += ["        $this->client = Http::timeout(%d);" % r.choice([15, 30, 60]), "    }", "",
              "    public function headers(): array", "    {",
              "        return ['Content-Type' => 'application/json'];", "    }", "}", ""]
    # entries with refs must be kept: re-render refs into constructor
    txt = "\n".join(lines)
    if c.slot_ref:
        txt = txt.replace("private $%s = null;" % nm(short(c.words), "c"),
                          "private $%s; // set from %s" % (nm(short(c.words), "c"), c.slot_ref))
    return "app/Services/%s.php" % cls, txt


def t_django_settings(c):
    r = c.r
    lines = ['"""', "Django settings for %s project (production)." % app_name(r).replace("-", "_"),
             '"""', "import os", "from .base import *  # noqa", "", "DEBUG = False",
             "ALLOWED_HOSTS = ['%s.com', 'www.%s.com']" % ((app_name(r),) * 2), "",
             comment(r, "py", c.spec)]
    for w, v in c.entries("py"):
        lines.append("%s = %s" % (nm(w, "U"), v))
    lines += ["", "SECURE_SSL_REDIRECT = True", "SESSION_COOKIE_SECURE = True", ""]
    return "%s/settings/production.py" % app_name(r).replace("-", "_"), "\n".join(lines)


def t_py_client(c):
    r = c.r
    sec = c.spec["section"]
    cls = sec.capitalize() + "Client"
    lines = ["import hashlib", "import hmac", "import logging", "", "import requests", "",
             "log = logging.getLogger(__name__)", "", ""]
    for w, v in c.entries("py"):
        lines.append("%s = %s" % (nm(w, "U"), v))
    lines += ["", "", "class %s:" % cls, "    timeout = %d" % r.choice([10, 20, 30]), "",
              "    def __init__(self, session=None):",
              "        self.session = session or requests.Session()", "",
              "    def sign(self, payload: str) -> str:",
              "        key = str(%s).encode()" % nm(c.words, "U"),
              "        return hmac.new(key, payload.encode(), hashlib.sha256).hexdigest()", ""]
    return "payments/%s_client.py" % sec, "\n".join(lines)


def t_py_dict(c):
    r = c.r
    lines = ["# -*- coding: utf-8 -*-", comment(r, "py", c.spec), "import os", "",
             "%s_CONFIG = {" % c.spec["section"].upper()]
    for w, v in c.entries("py"):
        lines.append("    '%s': %s," % (nm(short(w), "s"), v))
    lines += ["    'timeout': %d," % r.choice([15, 30]), "}", ""]
    return r.choice(["config.py", "app/config.py", "core/gateways.py"]), "\n".join(lines)


def t_flask_config(c):
    r = c.r
    lines = ["import os", "", "", "class Config:", "    SQLALCHEMY_TRACK_MODIFICATIONS = False",
             "", "", "class ProductionConfig(Config):", "    DEBUG = False"]
    for w, v in c.entries("py"):
        lines.append("    %s = %s" % (nm(w, "U"), v))
    lines += ["", "", "config = {'production': ProductionConfig}", ""]
    return "instance/config.py", "\n".join(lines)


def t_node_config(c):
    r = c.r
    lines = ["'use strict';", "", comment(r, "js", c.spec), "module.exports = {",
             "  env: process.env.NODE_ENV || 'production',", "  %s: {" % c.spec["section"]]
    for w, v in c.entries("js"):
        if not v.startswith("process") and not v.startswith("config") and r.random() < 0.4:
            v = "process.env.%s || %s" % (nm(w, "U"), v)
        lines.append("    %s: %s," % (nm(short(w), "c"), v))
    lines += ["  },", "};", ""]
    return "config/%s.js" % r.choice(["default", "production", "payment"]), "\n".join(lines)


def t_express_route(c):
    r = c.r
    sec = c.spec["section"]
    lines = ["const express = require('express');", "const axios = require('axios');",
             "const crypto = require('crypto');", "", "const router = express.Router();", ""]
    for w, v in c.entries("js"):
        lines.append("const %s = %s;" % (nm(w, "U"), v))
    lines += ["", "router.post('/%s/init', async (req, res) => {" % sec,
              "  try {", "    const { orderId, amount } = req.body;",
              "    const sig = crypto.createHmac('sha256', String(%s))" % nm(c.words, "U"),
              "      .update(`${orderId}|${amount}`).digest('hex');",
              "    res.json({ orderId, sig });", "  } catch (err) {",
              "    console.error('%s init failed', err.message);" % sec,
              "    res.status(500).json({ error: 'payment_init_failed' });", "  }", "});", "",
              "module.exports = router;", ""]
    return "routes/%s.js" % sec, "\n".join(lines)


def t_ts_const(c):
    r = c.r
    lines = ["// src/lib/%s.ts" % c.spec["section"], comment(r, "js", c.spec), ""]
    for w, v in c.entries("js"):
        lines.append("export const %s = %s;" % (nm(w, "U"), v))
    lines += ["", "export const %s_TIMEOUT_MS = %d;" % (c.spec["section"].upper(), r.choice([8000, 15000])), ""]
    return "src/lib/%s.ts" % c.spec["section"], "\n".join(lines)


def t_nest_config(c):
    r = c.r
    sec = c.spec["section"]
    lines = ["import { registerAs } from '@nestjs/config';", "",
             "export default registerAs('%s', () => ({" % sec]
    for w, v in c.entries("js"):
        if v.startswith("configService"):
            v = "process.env.%s" % nm(w, "U")
        lines.append("  %s: %s," % (nm(short(w), "c"), v))
    lines += ["  isLive: process.env.NODE_ENV === 'production',", "}));", ""]
    return "src/config/%s.config.ts" % sec, "\n".join(lines)


def t_spring_props(c):
    r = c.r
    lines = ["spring.application.name=%s" % app_name(r), "server.port=%d" % r.choice([8080, 8081, 9090]),
             "spring.jpa.hibernate.ddl-auto=validate", "", comment(r, "props", c.spec)]
    for w, v in c.entries("props"):
        lines.append("%s=%s" % (nm(w, "d"), v))
    lines += ["", "logging.level.root=INFO", ""]
    return "src/main/resources/application-%s.properties" % r.choice(["prod", "production", "live"]), "\n".join(lines)


def t_spring_yaml(c):
    r = c.r
    lines = ["spring:", "  application:", "    name: %s" % app_name(r), "server:",
             "  port: %d" % r.choice([8080, 8443]), "", comment(r, "yaml", c.spec),
             "%s:" % c.spec["section"]]
    for w, v in c.entries("yaml"):
        lines.append("  %s: %s" % (nm(short(w), "k"), v))
    lines += ["  timeout: %ds" % r.choice([10, 30]), ""]
    return "src/main/resources/application.yml", "\n".join(lines)


def t_java_const(c):
    r = c.r
    pkg = "com.%s.payment" % app_name(r).replace("-", "")
    lines = ["package %s;" % pkg, "", "public final class %sConstants {" % c.spec["section"].capitalize(),
             "", "    private %sConstants() {}" % c.spec["section"].capitalize(), ""]
    for w, v in c.entries("java"):
        lines.append("    public static final String %s = %s;" % (nm(w, "U"), v))
    lines += ["}", ""]
    return "src/main/java/%s/%sConstants.java" % (pkg.replace(".", "/"), c.spec["section"].capitalize()), "\n".join(lines)


def t_kotlin_obj(c):
    r = c.r
    pkg = "bd.com.%s.data" % app_name(r).replace("-", "")
    lines = ["package %s" % pkg, "", "object %sConfig {" % c.spec["section"].capitalize()]
    for w, v in c.entries("kt"):
        kw = "const val" if v.startswith('"') else "val"
        lines.append("    %s %s = %s" % (kw, nm(w, "U"), v))
    lines += ["    const val TIMEOUT_SECONDS = 30L", "}", ""]
    return "app/src/main/java/%s/%sConfig.kt" % (pkg.replace(".", "/"), c.spec["section"].capitalize()), "\n".join(lines)


def t_gradle(c):
    r = c.r
    lines = ["plugins {", "    id 'com.android.application'", "    id 'kotlin-android'", "}", "",
             "android {", "    compileSdk 34", "    defaultConfig {",
             "        applicationId \"com.%s.app\"" % app_name(r).replace("-", ""),
             "        minSdk 23", "        targetSdk 34", "        versionCode %d" % r.randint(10, 300),
             "        versionName \"%d.%d.%d\"" % (r.randint(1, 4), r.randint(0, 9), r.randint(0, 9))]
    for w, v in c.entries("kt"):
        if v.startswith('"'):
            lines.append("        buildConfigField \"String\", \"%s\", '\\%s\\\"'" % (nm(w, "U"), v[:-1]))
        else:
            lines.append("        buildConfigField \"String\", \"%s\", \"\\\"\" + %s + \"\\\"\"" % (nm(w, "U"), "System.getenv('%s')" % nm(w, "U")))
    lines += ["    }", "}", ""]
    return "app/build.gradle", "\n".join(lines)


def t_dart(c):
    r = c.r
    lines = ["// ignore_for_file: constant_identifier_names", "", "class %sConfig {" % c.spec["section"].capitalize(),
             "  %sConfig._();" % c.spec["section"].capitalize(), ""]
    for w, v in c.entries("dart"):
        kw = "static const String" if v.startswith("'") or v.startswith("const") else "static final String"
        v2 = v[6:] if v.startswith("const ") else v
        lines.append("  %s %s = %s;" % (kw, nm(w, "c"), v2))
    lines += ["  static const bool isProduction = true;", "}", ""]
    return "lib/config/%s_config.dart" % c.spec["section"], "\n".join(lines)


def t_appsettings(c):
    r = c.r
    sec = c.spec["section"].capitalize()
    lines = ["{", '  "Logging": {', '    "LogLevel": {', '      "Default": "Information",',
             '      "Microsoft.AspNetCore": "Warning"', "    }", "  },",
             '  "AllowedHosts": "*",', '  "%s": {' % sec]
    ents = c.entries("json")
    for i, (w, v) in enumerate(ents):
        lines.append('    "%s": %s%s' % (nm(short(w), "P"), v, "," if i < len(ents) - 1 else ""))
    lines += ["  }", "}", ""]
    return "src/%s.Api/appsettings.%s.json" % (app_name(r).replace("-", "").capitalize(), r.choice(["Production", "Staging"])), "\n".join(lines)


def t_csharp(c):
    r = c.r
    ns = app_name(r).replace("-", "").capitalize()
    sec = c.spec["section"].capitalize()
    lines = ["using System;", "", "namespace %s.Payments" % ns, "{",
             "    public static class %sSettings" % sec, "    {"]
    for w, v in c.entries("cs"):
        kw = "public const string" if v.startswith('"') else "public static readonly string"
        lines.append("        %s %s = %s;" % (kw, nm(short(w), "P"), v))
    lines += ["    }", "}", ""]
    return "%s/Payments/%sSettings.cs" % (ns, sec), "\n".join(lines)


def t_webconfig(c):
    r = c.r
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>",
             '    <add key="webpages:Version" value="3.0.0.0" />']
    for w, v in c.entries("props"):
        lines.append('    <add key="%s" value="%s" />' % (nm(w, "P"), v))
    lines += ["  </appSettings>", "  <system.web>", '    <compilation debug="false" targetFramework="4.8" />',
              "  </system.web>", "</configuration>", ""]
    return "Web.config", "\n".join(lines)


def t_go_const(c):
    r = c.r
    sec = c.spec["section"]
    lines = ["package %s" % sec, "", 'import "os"', "", "// %s" % c.spec["provider"], "const ("]
    vars_ = []
    for w, v in c.entries("go"):
        if v.startswith('"'):
            lines.append("\t%s = %s" % (nm(w, "c"), v))
        else:
            vars_.append("\t%s = %s" % (nm(w, "c"), v))
    lines.append(")")
    if vars_:
        lines += ["", "var ("] + vars_ + [")"]
    lines += ["", "func baseURL() string {", '\tif os.Getenv("APP_ENV") == "production" {',
              '\t\treturn "https://api.%s.com"' % sec, "\t}", '\treturn "https://sandbox.%s.com"' % sec, "}", ""]
    return "internal/%s/config.go" % sec, "\n".join(lines)


def t_toml(c):
    r = c.r
    lines = ['title = "%s"' % app_name(r), "", "[server]", 'addr = ":8080"', "",
             comment(r, "toml", c.spec), "[%s]" % c.spec["section"]]
    for w, v in c.entries("toml"):
        lines.append("%s = %s" % (nm(short(w), "s"), v))
    lines.append("")
    return "config/%s.toml" % r.choice(["config", "prod", "app"]), "\n".join(lines)


def t_ini(c):
    r = c.r
    lines = ["[app]", "name = %s" % app_name(r), "debug = false", "",
             comment(r, "ini", c.spec), "[%s]" % c.spec["section"]]
    for w, v in c.entries("ini"):
        lines.append("%s = %s" % (nm(short(w), "s"), v))
    lines.append("")
    return "config/%s.ini" % r.choice(["app", "settings", "payment"]), "\n".join(lines)


def t_json_cfg(c):
    r = c.r
    ents = c.entries("json")
    lines = ["{", '  "port": %d,' % r.choice([3000, 8000]), '  "%s": {' % c.spec["section"]]
    for i, (w, v) in enumerate(ents):
        lines.append('    "%s": %s%s' % (nm(short(w), "c"), v, "," if i < len(ents) - 1 else ""))
    lines += ["  }", "}", ""]
    return "config/%s.json" % r.choice(["production", "default", "live"]), "\n".join(lines)


def t_dotenv(c):
    r = c.r
    lines = ["APP_NAME=%s" % app_name(r), "APP_ENV=production", "APP_DEBUG=false", ""]
    for w, v in c.entries("sh"):
        if v.startswith("$"):
            continue
        lines.append("%s=%s" % (nm(w, "U"), v if r.random() < 0.5 else '"%s"' % v))
    lines.append("")
    return r.choice([".env", ".env.production", ".env.local"]), "\n".join(lines)


def t_env_example(c):
    # negative-only variant of dotenv
    r = c.r
    lines = ["# copy to .env and fill in", "APP_ENV=local", ""]
    for w, v in c.entries("sh"):
        if v.startswith("$"):
            v = ""
        lines.append("%s=%s" % (nm(w, "U"), v))
    lines.append("")
    return r.choice([".env.example", ".env.sample"]), "\n".join(lines)


def t_compose(c):
    r = c.r
    lines = ["version: '3.8'", "services:", "  app:", "    image: %s/%s:%d.%d" % (
        app_name(r), app_name(r), r.randint(1, 3), r.randint(0, 20)),
             "    restart: unless-stopped", "    ports:", '      - "8000:8000"', "    environment:"]
    for w, v in c.entries("yaml"):
        lines.append("      %s: %s" % (nm(w, "U"), v))
    lines += ["    depends_on:", "      - db", "  db:", "    image: mysql:8.0", ""]
    return "docker-compose.%s" % r.choice(["yml", "prod.yml"]), "\n".join(lines)


def t_k8s_secret(c):
    r = c.r
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-%s" % (app_name(r), c.spec["section"]),
             "  namespace: %s" % r.choice(["prod", "payments", "default"]), "type: Opaque", "stringData:"]
    for w, v in c.entries("yaml"):
        lines.append("  %s: %s" % (nm(w, "U"), v))
    lines.append("")
    return "k8s/%s-secret.yaml" % c.spec["section"], "\n".join(lines)


def t_helm(c):
    r = c.r
    lines = ["replicaCount: %d" % r.randint(1, 4), "image:", "  repository: registry.example.com/%s" % app_name(r),
             "  tag: \"%d.%d.%d\"" % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 9)), "",
             "%s:" % c.spec["section"]]
    for w, v in c.entries("yaml"):
        lines.append("  %s: %s" % (nm(short(w), "c"), v))
    lines += ["", "resources:", "  limits:", "    memory: 512Mi", ""]
    return "charts/%s/values-prod.yaml" % app_name(r), "\n".join(lines)


def t_gha(c):
    r = c.r
    lines = ["name: deploy", "on:", "  push:", "    branches: [main]", "", "jobs:", "  deploy:",
             "    runs-on: ubuntu-latest", "    env:"]
    for w, v in c.entries("yaml"):
        lines.append("      %s: %s" % (nm(w, "U"), v))
    lines += ["    steps:", "      - uses: actions/checkout@v4", "      - run: ./scripts/deploy.sh", ""]
    return ".github/workflows/deploy.yml", "\n".join(lines)


def t_ansible(c):
    r = c.r
    lines = ["---", "app_user: deploy", "app_dir: /var/www/%s" % app_name(r), ""]
    for w, v in c.entries("yaml"):
        lines.append("%s: %s" % (nm(w, "s"), v))
    lines.append("")
    return "ansible/group_vars/%s.yml" % r.choice(["production", "prod", "all"]), "\n".join(lines)


def t_tfvars(c):
    r = c.r
    lines = ['region = "ap-south-1"', 'environment = "prod"', ""]
    for w, v in c.entries("toml"):
        lines.append("%s = %s" % (nm(w, "s"), v))
    lines.append("")
    return "terraform/%s.tfvars" % r.choice(["prod", "production"]), "\n".join(lines)


def t_dockerfile(c):
    r = c.r
    lines = ["FROM %s" % r.choice(["php:8.2-fpm-alpine", "node:20-alpine", "python:3.11-slim"]),
             "WORKDIR /app", "COPY . ."]
    for w, v in c.entries("sh"):
        lines.append("ENV %s=%s" % (nm(w, "U"), '"%s"' % v if " " in v else v))
    lines += ["EXPOSE 8000", 'CMD ["./start.sh"]', ""]
    return "Dockerfile", "\n".join(lines)


def t_systemd(c):
    r = c.r
    lines = ["[Unit]", "Description=%s service" % app_name(r), "After=network.target", "",
             "[Service]", "User=www-data", "WorkingDirectory=/srv/%s" % app_name(r)]
    for w, v in c.entries("sh"):
        lines.append('Environment="%s=%s"' % (nm(w, "U"), v))
    lines += ["ExecStart=/srv/app/venv/bin/gunicorn app.wsgi -b 127.0.0.1:8000", "Restart=always",
              "", "[Install]", "WantedBy=multi-user.target", ""]
    return "deploy/%s.service" % app_name(r), "\n".join(lines)


def t_supervisor(c):
    r = c.r
    env = ",".join('%s="%s"' % (nm(w, "U"), v) for w, v in c.entries("sh"))
    lines = ["[program:%s-worker]" % app_name(r), "command=php /var/www/app/artisan queue:work",
             "autostart=true", "autorestart=true", "environment=" + env,
             "stdout_logfile=/var/log/supervisor/worker.log", ""]
    return "deploy/supervisor/worker.conf", "\n".join(lines)


def t_postman_env(c):
    r = c.r
    vals = []
    for w, v in c.entries("json"):
        vals.append('    {\n      "key": "%s",\n      "value": %s,\n      "type": "%s",\n      "enabled": true\n    }'
                    % (nm(w, "c"), v, "secret" if w == c.words else "default"))
    txt = '{\n  "id": "%s",\n  "name": "%s production",\n  "values": [\n%s\n  ],\n  "_postman_variable_scope": "environment"\n}\n' % (
        uuid4(r), c.spec["provider"], ",\n".join(vals))
    return "postman/%s.postman_environment.json" % c.spec["section"], txt


def t_http_file(c):
    r = c.r
    lines = ["### %s" % c.spec["provider"]]
    for w, v in c.entries("ini"):
        lines.append("@%s = %s" % (nm(w, "c"), v))
    lines += ["", "POST https://api.%s.com/v1/token" % c.spec["section"], "Content-Type: application/json", "",
              "{", '  "key": "{{%s}}"' % nm(c.words, "c"), "}", ""]
    return "http/%s.http" % c.spec["section"], "\n".join(lines)


def t_sql_settings(c):
    r = c.r
    lines = ["-- settings seed for %s" % app_name(r), "INSERT INTO `settings` (`key`, `value`, `created_at`) VALUES"]
    rows = []
    for w, v in c.entries("sql"):
        rows.append("('%s', %s, NOW())" % (nm(w, "s"), v if v.startswith("'") else "''"))
    lines.append(",\n".join(rows) + ";")
    lines.append("")
    return "database/%s_settings.sql" % c.spec["section"], "\n".join(lines)


def t_laravel_seeder(c):
    r = c.r
    sec = c.spec["section"]
    lines = ["<?php", "", "namespace Database\\Seeders;", "", "use Illuminate\\Database\\Seeder;",
             "use Illuminate\\Support\\Facades\\DB;", "", "class PaymentGatewaySeeder extends Seeder", "{",
             "    public function run(): void", "    {", "        DB::table('payment_gateways')->insert([",
             "            'name' => '%s'," % c.spec["provider"], "            'slug' => '%s'," % sec,
             "            'credentials' => json_encode(["]
    for w, v in c.entries("php"):
        lines.append("                '%s' => %s," % (nm(short(w), "s"), v))
    lines += ["            ]),", "            'status' => 1,", "        ]);", "    }", "}", ""]
    return "database/seeders/PaymentGatewaySeeder.php", "\n".join(lines)


def t_rb_init(c):
    r = c.r
    lines = ["# frozen_string_literal: true", "", "Rails.application.config.%s = {" % c.spec["section"]]
    for w, v in c.entries("rb"):
        lines.append("  %s: %s," % (nm(short(w), "s"), v))
    lines += ["}", ""]
    return "config/initializers/%s.rb" % c.spec["section"], "\n".join(lines)


MD_TEXT = {
    "en": ("Payment integration", "Credentials", "Live credentials from the merchant panel:",
           "Do not share these outside the team."),
    "ur": ("ادائیگی کا انضمام", "اسناد", "مرچنٹ پینل سے لائیو اسناد:", "یہ معلومات ٹیم سے باہر شیئر نہ کریں۔"),
    "bn": ("পেমেন্ট ইন্টিগ্রেশন", "ক্রেডেনশিয়াল", "মার্চেন্ট প্যানেল থেকে লাইভ ক্রেডেনশিয়াল:",
           "এগুলো টিমের বাইরে শেয়ার করবেন না।"),
    "ne": ("भुक्तानी एकीकरण", "प्रमाणपत्रहरू", "मर्चेन्ट प्यानलबाट लाइभ विवरण:", "यो टोली बाहिर साझा नगर्नुहोस्।"),
    "si": ("ගෙවීම් ඒකාබද්ධ කිරීම", "අක්තපත්‍ර", "වෙළෙන්දා පැනලයෙන් සජීවී විස්තර:", "මේවා කණ්ඩායමෙන් පිටත බෙදා නොගන්න."),
    "ru": ("Интеграция платежей", "Доступы", "Боевые доступы из личного кабинета:", "Не передавайте за пределы команды."),
    "kk": ("Төлем интеграциясы", "Кіру деректері", "Жеке кабинеттен алынған деректер:", "Командадан тыс бөліспеңіз."),
    "uz": ("To'lov integratsiyasi", "Kirish ma'lumotlari", "Kabinetdan olingan jonli ma'lumotlar:",
           "Jamoadan tashqariga bermang."),
}
COUNTRY_LANG = {"PK": ["en", "ur"], "BD": ["en", "bn"], "NP": ["en", "ne"], "LK": ["en", "si"],
                "KZ": ["ru", "kk", "en"], "UZ": ["ru", "uz", "en"], "KG": ["ru", "en"],
                "MN": ["en", "ru"], "MV": ["en"], "AF": ["en"], "*": ["en", "ru", "bn", "ur"]}


def t_readme(c):
    r = c.r
    lang = r.choice(COUNTRY_LANG[c.spec["country"]])
    t1, t2, t3, t4 = MD_TEXT[lang]
    lines = ["# %s — %s" % (t1, c.spec["provider"]), "", "## %s" % t2, "", t3, ""]
    if r.random() < 0.5:
        lines += ["| Key | Value |", "|-----|-------|"]
        for w, v in c.entries("md"):
            lines.append("| %s | `%s` |" % (nm(w, "U"), v))
    else:
        lines.append("```")
        for w, v in c.entries("md"):
            lines.append("%s=%s" % (nm(w, "U"), v))
        lines.append("```")
    lines += ["", t4, ""]
    fn = r.choice(["README.md", "docs/%s.md" % c.spec["section"], "docs/payment-setup.%s.md" % lang,
                   "NOTES.md"])
    return fn, "\n".join(lines)


def t_curl(c):
    r = c.r
    sec = c.spec["section"]
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "# quick smoke test for %s" % c.spec["provider"], ""]
    for w, v in c.entries("sh"):
        if v.startswith("$"):
            lines.append('%s="%s"' % (nm(w, "U"), v))
        else:
            lines.append("%s='%s'" % (nm(w, "U"), v))
    lines += ["", 'curl -sS -X POST "https://api.%s.com/v1/check" \\' % sec,
              '  -H "Content-Type: application/json" \\',
              '  -d "{\\"key\\": \\"${%s}\\"}" | jq .' % nm(c.words, "U"), ""]
    return "scripts/test_%s.sh" % sec, "\n".join(lines)


GENERIC = [
    ("laravel_services", t_laravel_services, "php", ""),
    ("laravel_pkg_config", t_laravel_pkg_config, "php", ""),
    ("codeigniter_config", t_codeigniter, "php", ""),
    ("wp_gateway", t_wp_gateway, "php", ""),
    ("wp_config", t_wp_config, "php", ""),
    ("php_service", t_php_service, "php", ""),
    ("django_settings", t_django_settings, "python", ""),
    ("py_client", t_py_client, "python", ""),
    ("py_dict", t_py_dict, "python", ""),
    ("flask_config", t_flask_config, "python", ""),
    ("node_config", t_node_config, "javascript", ""),
    ("express_route", t_express_route, "javascript", ""),
    ("ts_const", t_ts_const, "typescript", ""),
    ("nest_config", t_nest_config, "typescript", ""),
    ("spring_props", t_spring_props, "properties", ""),
    ("spring_yaml", t_spring_yaml, "yaml", ""),
    ("java_const", t_java_const, "java", ""),
    ("kotlin_obj", t_kotlin_obj, "kotlin", ""),
    ("gradle_buildconfig", t_gradle, "gradle", "'\\"),
    ("dart_config", t_dart, "dart", ""),
    ("appsettings", t_appsettings, "json", ""),
    ("csharp_settings", t_csharp, "csharp", ""),
    ("web_config", t_webconfig, "xml", "&<>\""),
    ("go_const", t_go_const, "go", ""),
    ("toml_cfg", t_toml, "toml", ""),
    ("ini_cfg", t_ini, "ini", ";#"),
    ("json_cfg", t_json_cfg, "json", ""),
    ("dotenv", t_dotenv, "dotenv", "#"),
    ("compose", t_compose, "yaml", ""),
    ("k8s_secret", t_k8s_secret, "yaml", ""),
    ("helm_values", t_helm, "yaml", ""),
    ("gha_workflow", t_gha, "yaml", ""),
    ("ansible_vars", t_ansible, "yaml", ""),
    ("tfvars", t_tfvars, "hcl", ""),
    ("dockerfile", t_dockerfile, "dockerfile", "&#!*"),
    ("systemd_unit", t_systemd, "systemd", "%"),
    ("supervisor_conf", t_supervisor, "ini", "%,"),
    ("postman_env", t_postman_env, "json", ""),
    ("http_file", t_http_file, "http", ""),
    ("sql_settings", t_sql_settings, "sql", ""),
    ("laravel_seeder", t_laravel_seeder, "php", ""),
    ("rails_initializer", t_rb_init, "ruby", ""),
    ("readme", t_readme, "markdown", ""),
    ("curl_script", t_curl, "shell", ""),
]


# ---------------------------------------------------------------- provider-specific templates
def s_jazzcash_hash(c):
    r = c.r
    mid = "MC" + rs(r, DIG, 5)
    lines = ["<?php", "", "class JazzcashController extends Controller", "{",
             "    protected $merchantId = '%s';" % mid]
    if c.spec["pid"] == "jazzcash_salt":
        lines += ["    protected $password = env('JAZZCASH_PASSWORD');",
                  "    protected $integritySalt = %s;" % c.val("php")]
    else:
        lines += ["    protected $password = %s;" % c.val("php"),
                  "    protected $integritySalt = env('JAZZCASH_INTEGRITY_SALT');"]
    lines += ["", "    private function secureHash(array $data): string", "    {",
              "        ksort($data);", "        $str = $this->integritySalt;",
              "        foreach ($data as $k => $v) {", "            if ($v !== '' && strpos($k, 'pp_') === 0) {",
              "                $str .= '&' . $v;", "            }", "        }",
              "        return strtoupper(hash_hmac('sha256', $str, $this->integritySalt));", "    }", "",
              "    public function checkout(Request $request)", "    {",
              "        $data = [", "            'pp_Version' => '1.1',", "            'pp_TxnType' => 'MWALLET',",
              "            'pp_Language' => 'EN',", "            'pp_MerchantID' => $this->merchantId,",
              "            'pp_Password' => $this->password,",
              "            'pp_TxnRefNo' => 'T' . date('YmdHis'),",
              "            'pp_Amount' => $request->amount * 100,", "            'pp_TxnCurrency' => 'PKR',",
              "        ];", "        $data['pp_SecureHash'] = $this->secureHash($data);",
              "        return view('jazzcash.redirect', compact('data'));", "    }", "}", ""]
    return "app/Http/Controllers/JazzcashController.php", "\n".join(lines)


def s_payhere_notify(c):
    r = c.r
    lines = ["<?php", "", "$merchant_id      = $_POST['merchant_id'];", "$order_id         = $_POST['order_id'];",
             "$payhere_amount   = $_POST['payhere_amount'];", "$payhere_currency = $_POST['payhere_currency'];",
             "$status_code      = $_POST['status_code'];", "$md5sig           = $_POST['md5sig'];", "",
             "$merchant_secret = %s; // %s" % (c.val("php"), r.choice(["from PayHere settings", "live",
                                                                        "App -> Settings -> Domains & Credentials"])),
             "", "$local_md5sig = strtoupper(md5($merchant_id . $order_id . $payhere_amount . $payhere_currency . $status_code . strtoupper(md5($merchant_secret))));",
             "", "if ($local_md5sig === $md5sig && $status_code == 2) {",
             "    mark_order_paid($order_id);", "}", ""]
    return r.choice(["payhere/notify.php", "public/payhere_notify.php", "api/payhere/notify.php"]), "\n".join(lines)


def s_bkash_grant_curl(c):
    r = c.r
    pid = c.spec["pid"]
    v = c.raw()
    user = "01" + r.choice("3789") + rs(r, DIG, 8)
    hdr_pw = v if pid == "bkash_password" else "$BKASH_PASSWORD"
    ak = v if pid == "bkash_app_key" else "${BKASH_APP_KEY}"
    asec = v if pid == "bkash_app_secret" else "${BKASH_APP_SECRET}"
    lines = ["#!/bin/sh", "# bKash tokenized grant token", "",
             "curl -X POST 'https://tokenized.pay.bka.sh/v1.2.0-beta/tokenized/checkout/token/grant' \\",
             "  -H 'Accept: application/json' \\", "  -H 'Content-Type: application/json' \\",
             "  -H \"username: %s\" \\" % user, "  -H \"password: %s\" \\" % hdr_pw,
             "  -d \"{\\\"app_key\\\": \\\"%s\\\", \\\"app_secret\\\": \\\"%s\\\"}\"" % (ak, asec), ""]
    return "scripts/bkash_token.sh", "\n".join(lines)


def s_bkash_postman(c):
    r = c.r
    pid = c.spec["pid"]
    v = c.raw()
    hdr = [{"key": "username", "value": "{{bkash_username}}"},
           {"key": "password", "value": v if pid == "bkash_password" else "{{bkash_password}}"}]
    body = {"app_key": v if pid == "bkash_app_key" else "{{app_key}}",
            "app_secret": v if pid == "bkash_app_secret" else "{{app_secret}}"}
    col = {"info": {"_postman_id": uuid4(r), "name": "bKash Tokenized %s" % r.choice(["Live", "Prod", "Checkout"]),
                    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "item": [{"name": "Grant Token", "request": {
               "method": "POST", "header": hdr + [{"key": "Content-Type", "value": "application/json"}],
               "body": {"mode": "raw", "raw": json.dumps(body, indent=2)},
               "url": {"raw": "{{base_url}}/tokenized/checkout/token/grant",
                       "host": ["{{base_url}}"], "path": ["tokenized", "checkout", "token", "grant"]}}}],
           "variable": [{"key": "base_url", "value": "https://tokenized.pay.bka.sh/v1.2.0-beta"},
                        {"key": "bkash_username", "value": "01" + r.choice("3789") + rs(r, DIG, 8)}]}
    return "postman/bkash.postman_collection.json", json.dumps(col, indent=2, ensure_ascii=False) + "\n"


def s_nagad_pem(c):
    r = c.r
    if c.neg:
        return None
    lines = ["-----BEGIN PRIVATE KEY-----"] + c.pem + ["-----END PRIVATE KEY-----", ""]
    return r.choice(["storage/app/nagad/merchant_private.pem", "keys/nagad_private_key.pem",
                     "config/nagad/private.pem"]), "\n".join(lines)


def s_nagad_php(c):
    r = c.r
    mid = "6830" + rs(r, DIG, 11)
    if c.neg:
        keyblock = "    'merchant_private_key' => %s," % c.val("php")
    elif r.random() < 0.5:
        keyblock = "    'merchant_private_key' => '%s'," % "".join(c.pem)
    else:
        keyblock = "    'merchant_private_key' => <<<EOD\n-----BEGIN PRIVATE KEY-----\n%s\n-----END PRIVATE KEY-----\nEOD," % "\n".join(c.pem)
    pg = "".join(pub_pem_lines(r))
    lines = ["<?php", "", "return [", "    'sandbox' => false,", "    'merchant_id' => '%s'," % mid,
             "    'merchant_number' => '01%s'," % rs(r, DIG, 9),
             "    'callback_url' => env('APP_URL') . '/nagad/callback',",
             "    'pg_public_key' => '%s'," % pg, keyblock, "];", ""]
    return "config/nagad.php", "\n".join(lines)


def s_payme_file(c):
    r = c.r
    if r.random() < 0.5 and not c.neg:
        return "password.paycom", c.slot + "\n"
    lines = ["<?php", "return [", "    'merchant_id' => '%s'," % rs(r, HEXL, 24), "    'login'       => 'Paycom',",
             "    'key'         => %s," % c.val("php"), "    'db'          => [",
             "        'host'     => 'localhost',", "        'database' => 'db_shop',",
             "        'username' => 'db_shop_admin',", "        'password' => getenv('DB_PASSWORD'),",
             "    ],", "];", ""]
    return "paycom.config.php", "\n".join(lines)


def s_khalti_py(c):
    r = c.r
    lines = ["import requests", "from django.conf import settings", "",
             "KHALTI_INITIATE = 'https://khalti.com/api/v2/epayment/initiate/'",
             "KHALTI_LOOKUP = 'https://khalti.com/api/v2/epayment/lookup/'", ""]
    if c.neg and c.slot_ref:
        lines.append("HEADERS = {'Authorization': f\"Key {settings.KHALTI_SECRET_KEY}\"}")
    else:
        lines.append("HEADERS = {'Authorization': 'Key %s'}" % c.slot)
    lines += ["", "", "def initiate(order, return_url):", "    payload = {",
              "        'return_url': return_url,", "        'website_url': 'https://%s.com.np'," % shopname(r),
              "        'amount': int(order.total * 100),", "        'purchase_order_id': str(order.pk),",
              "        'purchase_order_name': order.title,", "    }",
              "    res = requests.post(KHALTI_INITIATE, json=payload, headers=HEADERS, timeout=15)",
              "    res.raise_for_status()", "    return res.json()['payment_url']", "", "",
              "def lookup(pidx):",
              "    return requests.post(KHALTI_LOOKUP, json={'pidx': pidx}, headers=HEADERS, timeout=15).json()", ""]
    return "payments/khalti.py", "\n".join(lines)


def s_khalti_curl(c):
    r = c.r
    lines = ["# Khalti lookup", "curl --location 'https://khalti.com/api/v2/epayment/lookup/' \\",
             "--header 'Authorization: Key %s' \\" % c.raw(),
             "--header 'Content-Type: application/json' \\",
             "--data '{\"pidx\": \"%s\"}'" % rs(r, ALNUM, 22), ""]
    return "docs/khalti-lookup.sh", "\n".join(lines)


def s_click_py(c):
    r = c.r
    lines = ["import hashlib", "", "from django.http import JsonResponse", "",
             "CLICK_SERVICE_ID = %d" % r.randint(10000, 99999), "CLICK_SECRET_KEY = %s" % c.val("py"), "", "",
             "def check_sign(p):",
             "    raw = f\"{p['click_trans_id']}{CLICK_SERVICE_ID}{CLICK_SECRET_KEY}{p['merchant_trans_id']}\" \\",
             "          f\"{p.get('merchant_prepare_id', '')}{p['amount']}{p['action']}{p['sign_time']}\"",
             "    return hashlib.md5(raw.encode()).hexdigest() == p['sign_string']", "", "",
             "def prepare(request):", "    p = request.POST", "    if not check_sign(p):",
             "        return JsonResponse({'error': -1, 'error_note': 'SIGN CHECK FAILED!'})",
             "    return JsonResponse({'error': 0, 'error_note': 'Success'})", ""]
    return "click/views.py", "\n".join(lines)


def s_esewa_py(c):
    r = c.r
    lines = ["import base64", "import hashlib", "import hmac", "", "ESEWA_PRODUCT_CODE = 'NP-ES-%s'" % rs(r, UP, 6),
             "ESEWA_SECRET_KEY = %s" % c.val("py"), "", "",
             "def sign(total_amount, transaction_uuid):",
             "    msg = f'total_amount={total_amount},transaction_uuid={transaction_uuid},product_code={ESEWA_PRODUCT_CODE}'",
             "    digest = hmac.new(ESEWA_SECRET_KEY.encode(), msg.encode(), hashlib.sha256).digest()",
             "    return base64.b64encode(digest).decode()", ""]
    return "payments/esewa.py", "\n".join(lines)


def s_sms_php(c):
    r = c.r
    lines = ["<?php", "", "function send_sms($msisdn, $text) {", "    $params = [",
             "        'api_token' => %s," % c.val("php"), "        'sid' => '%sNONAPI'," % shopname(r).upper(),
             "        'msisdn' => $msisdn,", "        'sms' => $text,", "        'csms_id' => uniqid(),", "    ];",
             "    $ch = curl_init('https://smsplus.sslwireless.com/api/v3/send-sms');",
             "    curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($params));",
             "    curl_setopt($ch, CURLOPT_HTTPHEADER, ['Content-Type: application/json']);",
             "    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);", "    return curl_exec($ch);", "}", ""]
    return "app/Helpers/sms_helper.php", "\n".join(lines)


def s_ideamart(c):
    r = c.r
    lines = ["<?php", "// Ideamart SMS sender", "$appId = 'APP_0%s';" % rs(r, DIG, 5),
             "$password = %s;" % c.val("php"), "",
             "$payload = json_encode([", "    'applicationId' => $appId,", "    'password' => $password,",
             "    'message' => $msg,", "    'destinationAddresses' => ['tel:94%s']," % rs(r, DIG, 9), "]);",
             "$ctx = stream_context_create(['http' => ['method' => 'POST', 'header' => 'Content-Type: application/json', 'content' => $payload]]);",
             "file_get_contents('https://api.dialog.lk/sms/send', false, $ctx);", ""]
    return "ideamart/sms_send.php", "\n".join(lines)


def s_cloudpayments(c):
    r = c.r
    lines = ["const axios = require('axios');", "",
             "const PUBLIC_ID = 'pk_%s';" % rs(r, HEXL, 29), "const API_SECRET = %s;" % c.val("js"), "",
             "async function refund(transactionId, amount) {",
             "  const { data } = await axios.post('https://api.cloudpayments.kz/payments/refund',",
             "    { TransactionId: transactionId, Amount: amount },",
             "    { auth: { username: PUBLIC_ID, password: API_SECRET } });", "  return data;", "}", "",
             "module.exports = { refund };", ""]
    return "services/cloudpayments.js", "\n".join(lines)


def s_halyk(c):
    r = c.r
    lines = ["import requests", "", "TOKEN_URL = 'https://epay-oauth.homebank.kz/oauth2/token'", "",
             "def get_token(invoice_id, amount):", "    data = {",
             "        'grant_type': 'client_credentials',",
             "        'scope': 'webapi usermanagement email_send verification statement statistics payment',",
             "        'client_id': '%s'," % ("test" if c.slot in c.spec["docvals"] else shopname(r).upper()),
             "        'client_secret': %s," % c.val("py"),
             "        'invoiceID': invoice_id,", "        'amount': amount,", "        'currency': 'KZT',",
             "        'terminal': '%s'," % uuid4(r), "    }",
             "    return requests.post(TOKEN_URL, data=data, timeout=20).json()['access_token']", ""]
    return "kz/halyk_epay.py", "\n".join(lines)


def s_qpay_go(c):
    r = c.r
    lines = ["package qpay", "", "import (", '\t"net/http"', '\t"strings"', ")", "",
             "const (", '\tbaseURL  = "https://merchant.qpay.mn/v2"',
             '\tusername = "%s"' % shopname(r).upper()]
    if c.slot_ref:
        lines += [")", "", "var password = %s" % ref_expr(r, "go", c.slot_ref)]
    else:
        lines += ['\tpassword = "%s"' % c.slot, ")"]
    lines += ["", "func tokenRequest() (*http.Request, error) {",
              '\treq, err := http.NewRequest("POST", baseURL+"/auth/token", strings.NewReader(""))',
              "\tif err != nil {", "\t\treturn nil, err", "\t}", "\treq.SetBasicAuth(username, password)",
              "\treturn req, nil", "}", ""]
    txt = "\n".join(lines).replace('import (\n\t"net/http"', 'import (\n\t"net/http"\n\t"os"' if c.slot_ref else 'import (\n\t"net/http"')
    return "internal/qpay/client.go", txt


def s_courier_php(c):
    r = c.r
    pid = c.spec["pid"]
    if pid.startswith("leopards"):
        k = c.val("php") if pid == "leopards_key" else "env('LEOPARDS_API_KEY')"
        p = c.val("php") if pid == "leopards_password" else "env('LEOPARDS_API_PASSWORD')"
        lines = ["<?php", "", "$post = [", "    'api_key' => %s," % k, "    'api_password' => %s," % p,
                 "    'booked_packet_weight' => 500,", "    'origin_city' => 'self',",
                 "    'destination_city' => %d," % r.randint(1, 800), "];",
                 "$ch = curl_init('https://merchantapi.leopardscourier.com/api/bookPacket/format/json/');",
                 "curl_setopt($ch, CURLOPT_POST, 1);", "curl_setopt($ch, CURLOPT_POSTFIELDS, $post);",
                 "curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);", "$res = json_decode(curl_exec($ch), true);", ""]
        return "app/Couriers/leopards_book.php", "\n".join(lines)
    k = c.val("js") if pid == "steadfast_key" else "process.env.STEADFAST_API_KEY"
    s_ = c.val("js") if pid == "steadfast_secret" else "process.env.STEADFAST_SECRET_KEY"
    lines = ["import axios from 'axios';", "",
             "export const steadfast = axios.create({", "  baseURL: 'https://portal.packzy.com/api/v1',",
             "  headers: {", "    'Api-Key': %s," % k, "    'Secret-Key': %s," % s_,
             "    'Content-Type': 'application/json',", "  },", "});", "",
             "export const createOrder = (o) => steadfast.post('/create_order', o);", ""]
    return "src/couriers/steadfast.ts", "\n".join(lines)


def s_pathao_json(c):
    r = c.r
    body = {"client_id": str(r.randint(100, 9999)), "client_secret": c.raw(),
            "grant_type": "password", "username": email(r), "password": "{{pathao_password}}"}
    return "docs/pathao/issue-token.json", json.dumps(body, indent=4) + "\n"


def s_db_url(c):
    r = c.r
    user = shopname(r) + "_app"
    host = r.choice(["db", "127.0.0.1", "mysql.internal", "%s.cluster-xyz.ap-south-1.rds.amazonaws.com" % app_name(r)])
    pw = c.raw()
    scheme, port = r.choice([("mysql", 3306), ("postgresql", 5432), ("postgres", 5432)])
    url = "%s://%s:%s@%s:%d/%s" % (scheme, user, pw, host, port, shopname(r))
    style = r.randrange(3)
    if style == 0:
        lines = ["import dj_database_url", "", "DATABASES = {",
                 "    'default': dj_database_url.parse('%s', conn_max_age=600)" % url, "}", ""]
        return "%s/settings/prod.py" % app_name(r).replace("-", "_"), "\n".join(lines)
    if style == 1:
        lines = ["production:", "  adapter: %s" % ("mysql2" if scheme == "mysql" else "postgresql"),
                 "  url: \"%s\"" % url, "  pool: 10", ""]
        return "config/database.yml", "\n".join(lines)
    lines = ["spring.datasource.url=jdbc:%s://%s:%d/%s" % ("mysql" if scheme == "mysql" else "postgresql", host, port, shopname(r)),
             "spring.datasource.username=%s" % user, "spring.datasource.password=%s" % pw,
             "spring.jpa.open-in-view=false", ""]
    return "src/main/resources/application-prod.properties", "\n".join(lines)


def s_laravel_db(c):
    r = c.r
    lines = ["<?php", "", "return [", "    'default' => env('DB_CONNECTION', 'mysql'),", "    'connections' => [",
             "        'mysql' => [", "            'driver' => 'mysql',",
             "            'host' => env('DB_HOST', '%s')," % r.choice(["127.0.0.1", "localhost"]),
             "            'port' => env('DB_PORT', '3306'),",
             "            'database' => env('DB_DATABASE', '%s')," % shopname(r),
             "            'username' => env('DB_USERNAME', '%s')," % (shopname(r) + "_app"),
             "            'password' => env('DB_PASSWORD', %s)," % c.val("php"),
             "            'charset' => 'utf8mb4',", "        ],", "    ],", "];", ""]
    return "config/database.php", "\n".join(lines)


def s_django_email(c):
    r = c.r
    lines = ["# email", "EMAIL_BACKEND = 'django.core.mail.backends.smtp.EmailBackend'",
             "EMAIL_HOST = '%s'" % r.choice(["smtp.gmail.com", "smtp.yandex.ru", "smtp.zoho.in"]),
             "EMAIL_PORT = 587", "EMAIL_USE_TLS = True", "EMAIL_HOST_USER = '%s'" % email(r),
             "EMAIL_HOST_PASSWORD = %s" % c.val("py"), "DEFAULT_FROM_EMAIL = EMAIL_HOST_USER", ""]
    return "%s/settings/mail.py" % app_name(r).replace("-", "_"), "\n".join(lines)


def s_nodemailer(c):
    r = c.r
    lines = ["const nodemailer = require('nodemailer');", "",
             "const transporter = nodemailer.createTransport({",
             "  host: '%s'," % r.choice(["smtp.gmail.com", "mail.company.com.bd", "smtp.mail.ru"]),
             "  port: 465,", "  secure: true,", "  auth: {", "    user: '%s'," % email(r),
             "    pass: %s," % c.val("js"), "  },", "});", "", "module.exports = transporter;", ""]
    return "utils/mailer.js", "\n".join(lines)


def s_sslcz_laravel(c):
    r = c.r
    lines = ["<?php", "", "// SSLCommerz", "$apiDomain = env('SSLCZ_TESTMODE') ? 'https://sandbox.sslcommerz.com' : 'https://securepay.sslcommerz.com';",
             "return [", "    'apiCredentials' => [",
             "        'store_id' => '%s'," % (shopname(r) + rs(r, HEXL, 12)),
             "        'store_password' => %s," % c.val("php"), "    ],",
             "    'apiUrl' => [", "        'make_payment' => '/gwprocess/v4/api.php',",
             "        'order_validate' => '/validator/api/validationserverAPI.php',", "    ],",
             "    'apiDomain' => $apiDomain,", "    'connect_from_localhost' => false,", "];", ""]
    return "config/sslcommerz.php", "\n".join(lines)


def s_payme_kt(c):
    r = c.r
    lines = ["package uz.%s.payme" % app_name(r).replace("-", ""), "", "import java.util.Base64", "",
             "object PaymeAuth {", "    private const val LOGIN = \"Paycom\"",
             "    private val KEY = %s" % c.val("kt"), "",
             "    fun header(): String =", "        \"Basic \" + Base64.getEncoder().encodeToString(\"$LOGIN:$KEY\".toByteArray())",
             "}", ""]
    return "src/main/kotlin/payme/PaymeAuth.kt", "\n".join(lines)


SPECIFIC = [
    ("jazzcash_hash_php", s_jazzcash_hash, "php", ["jazzcash_salt", "jazzcash_password"], ""),
    ("payhere_notify_php", s_payhere_notify, "php", ["payhere_secret"], ""),
    ("bkash_grant_curl", s_bkash_grant_curl, "shell", ["bkash_app_secret", "bkash_app_key", "bkash_password"], "\"\\"),
    ("bkash_postman", s_bkash_postman, "json", ["bkash_app_secret", "bkash_app_key", "bkash_password"], ""),
    ("nagad_pem_file", s_nagad_pem, "pem", ["nagad_key"], ""),
    ("nagad_php_config", s_nagad_php, "php", ["nagad_key"], ""),
    ("payme_config", s_payme_file, "php", ["payme_key"], ""),
    ("payme_kotlin", s_payme_kt, "kotlin", ["payme_key"], ""),
    ("khalti_django", s_khalti_py, "python", ["khalti_secret"], ""),
    ("khalti_curl", s_khalti_curl, "shell", ["khalti_secret"], ""),
    ("click_prepare_py", s_click_py, "python", ["click_secret"], ""),
    ("esewa_sign_py", s_esewa_py, "python", ["esewa_secret"], ""),
    ("sslwireless_php", s_sms_php, "php", ["sslwireless_token"], ""),
    ("ideamart_php", s_ideamart, "php", ["ideamart_pass"], ""),
    ("cloudpayments_node", s_cloudpayments, "javascript", ["cloudpayments_secret"], ""),
    ("halyk_token_py", s_halyk, "python", ["halyk_secret"], ""),
    ("qpay_go", s_qpay_go, "go", ["qpay_pass"], ""),
    ("courier_client", s_courier_php, "php/ts", ["leopards_key", "leopards_password", "steadfast_key", "steadfast_secret"], ""),
    ("pathao_token_json", s_pathao_json, "json", ["pathao_secret"], ""),
    ("db_url", s_db_url, "mixed", ["db_pass"], "@:/?#%&"),
    ("laravel_database", s_laravel_db, "php", ["db_pass"], ""),
    ("django_email", s_django_email, "python", ["smtp_pass"], ""),
    ("nodemailer", s_nodemailer, "javascript", ["smtp_pass"], ""),
    ("sslcz_laravel", s_sslcz_laravel, "php", ["sslcz_pass"], ""),
]


# ---------------------------------------------------------------- look-alike negatives
def L(name, ft):
    def deco(f):
        LOOKALIKES.append((name, f, ft))
        return f
    return deco


LOOKALIKES = []


def trx_bkash(r):
    return rs(r, UD, 10)


@L("bkash_callback_log", "log")
def la_bkash_log(r):
    lines = []
    for _ in range(r.randint(4, 10)):
        lines.append("[%d-%02d-%02d %02d:%02d:%02d] production.INFO: bKash execute {\"paymentID\":\"TR0011%s\",\"trxID\":\"%s\",\"transactionStatus\":\"Completed\",\"amount\":\"%d\",\"currency\":\"BDT\",\"payerReference\":\"01%s\",\"merchantInvoiceNumber\":\"INV-%d\"}" % (
            r.randint(2023, 2025), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59),
            rs(r, ALNUM, 18), trx_bkash(r), r.randint(50, 9000), rs(r, DIG, 9), r.randint(100000, 999999)))
    return "storage/logs/laravel-%d.log" % r.randint(1, 28), "\n".join(lines) + "\n"


@L("jazzcash_response_log", "log")
def la_jazz(r):
    lines = []
    for _ in range(r.randint(3, 8)):
        lines.append("%s pp_ResponseCode=000 pp_TxnRefNo=T%s pp_RetreivalReferenceNo=%s pp_SecureHash=%s" % (
            "2024-%02d-%02dT10:%02d:11Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 59)),
            rs(r, DIG, 14), rs(r, DIG, 12), rs(r, HEXU, 64)))
    return "logs/jazzcash-callback.log", "\n".join(lines) + "\n"


@L("payhere_ipn_dump", "json")
def la_payhere(r):
    d = {"merchant_id": "12" + rs(r, DIG, 5), "order_id": "ORD%d" % r.randint(1000, 99999),
         "payment_id": rs(r, DIG, 12), "payhere_amount": "%d.00" % r.randint(100, 50000),
         "payhere_currency": "LKR", "status_code": "2", "md5sig": rs(r, HEXU, 32),
         "method": r.choice(["VISA", "MASTER", "GENIE"]), "card_no": "************%s" % rs(r, DIG, 4)}
    return "tests/fixtures/payhere_notify.json", json.dumps(d, indent=2) + "\n"


@L("sslcz_ipn_fixture", "json")
def la_sslcz(r):
    d = {"tran_id": "SSLCZ_%s" % rs(r, UD, 10), "val_id": "%s%s" % (r.randint(2300000000, 2599999999), rs(r, ALNUM, 6)),
         "amount": "%d.00" % r.randint(100, 9000), "card_type": "BKASH-BKash", "store_amount": "%d.50" % r.randint(90, 8800),
         "bank_tran_id": rs(r, DIG, 18), "status": "VALID", "currency": "BDT",
         "verify_sign": rs(r, HEXL, 32), "verify_sign_sha2": rs(r, HEXL, 64),
         "verify_key": "amount,bank_tran_id,base_fair,card_type,currency,status,store_amount,tran_id,val_id"}
    return "tests/fixtures/sslcommerz_ipn.json", json.dumps(d, indent=2) + "\n"


@L("khalti_lookup_response", "json")
def la_khalti(r):
    d = {"pidx": rs(r, ALNUM, 22), "total_amount": r.randint(1000, 900000), "status": "Completed",
         "transaction_id": rs(r, ALNUM, 22), "fee": 0, "refunded": False}
    return "docs/examples/khalti_lookup.json", json.dumps(d, indent=2) + "\n"


@L("khalti_public_key_frontend", "javascript")
def la_khalti_pub(r):
    lines = ["import KhaltiCheckout from 'khalti-checkout-web';", "",
             "const config = {", "  publicKey: 'live_public_key_%s'," % rs(r, HEXL, 32),
             "  productIdentity: '%d'," % r.randint(1000, 9999), "  productName: 'Order',",
             "  paymentPreference: ['KHALTI', 'EBANKING', 'MOBILE_BANKING'],", "};", "",
             "export const checkout = new KhaltiCheckout(config);", ""]
    return "src/components/khalti.js", "\n".join(lines)


@L("esewa_success_payload", "python")
def la_esewa(r):
    d = {"transaction_code": rs(r, UD, 7), "status": "COMPLETE", "total_amount": "%d.0" % r.randint(10, 5000),
         "transaction_uuid": "%d-%d" % (r.randint(100000, 999999), r.randint(100, 999)),
         "product_code": "NP-ES-" + rs(r, UP, 6), "signed_field_names": "transaction_code,status,total_amount,transaction_uuid,product_code,signed_field_names",
         "signature": base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()}
    data = base64.b64encode(json.dumps(d).encode()).decode()
    lines = ["# sample callback captured from UAT, used in unit test", "SAMPLE_DATA = (",
             "    '%s'" % data, ")", "", "def test_decode():", "    import base64, json",
             "    d = json.loads(base64.b64decode(SAMPLE_DATA))", "    assert d['status'] == 'COMPLETE'", ""]
    return "tests/test_esewa_callback.py", "\n".join(lines)


@L("nagad_pg_public_key", "php")
def la_nagad_pub(r):
    lines = ["<?php", "// Nagad PG public key (public - used to encrypt sensitive data)", "return [",
             "    'merchant_id' => '6830%s'," % rs(r, DIG, 11),
             "    'pg_public_key' => '%s'," % "".join(pub_pem_lines(r)),
             "    'merchant_private_key' => env('NAGAD_MERCHANT_PRIVATE_KEY'),", "];", ""]
    return "config/nagad.php", "\n".join(lines)


@L("public_key_pem", "pem")
def la_pubpem(r):
    lines = ["-----BEGIN PUBLIC KEY-----"] + pub_pem_lines(r) + ["-----END PUBLIC KEY-----", ""]
    return r.choice(["keys/nagad_pg_public.pem", "storage/keys/hbl_public.pem", "certs/gateway_pub.pem"]), "\n".join(lines)


@L("certificate_pem", "pem")
def la_cert(r):
    lines = ["-----BEGIN CERTIFICATE-----"] + cert_pem_lines(r) + ["-----END CERTIFICATE-----", ""]
    return r.choice(["certs/connectips_ca.crt", "docker/nginx/ssl/server.crt", "certs/epay_root.pem"]), "\n".join(lines)


@L("payme_checkout_form", "html")
def la_payme(r):
    mid = rs(r, HEXL, 24)
    params = base64.b64encode(("m=%s;ac.order_id=%d;a=%d" % (mid, r.randint(1, 99999), r.randint(1000, 900000) * 100)).encode()).decode()
    lines = ["<form method=\"POST\" action=\"https://checkout.paycom.uz\">",
             "  <input type=\"hidden\" name=\"merchant\" value=\"%s\"/>" % mid,
             "  <input type=\"hidden\" name=\"amount\" value=\"%d\"/>" % (r.randint(1000, 900000) * 100),
             "  <input type=\"hidden\" name=\"account[order_id]\" value=\"%d\"/>" % r.randint(1, 99999),
             "  <button type=\"submit\">Payme orqali to'lash</button>", "</form>",
             "<a href=\"https://checkout.paycom.uz/%s\">Pay</a>" % params, ""]
    return "resources/views/payme/button.blade.php", "\n".join(lines)


@L("cloudpayments_widget", "javascript")
def la_cp(r):
    lines = ["var widget = new cp.CloudPayments({ language: 'ru-RU' });", "widget.pay('charge', {",
             "  publicId: 'pk_%s'," % rs(r, HEXL, 29), "  description: 'Оплата заказа',",
             "  amount: %d," % r.randint(1000, 90000), "  currency: 'KZT',", "  invoiceId: '%d'," % r.randint(1000, 99999),
             "  accountId: '%s'," % email(r), "  skin: 'mini'", "}, { onSuccess: function () { location.reload(); } });", ""]
    return "public/js/cloudpayments-widget.js", "\n".join(lines)


@L("migration_uuids", "sql")
def la_sql(r):
    lines = ["INSERT INTO payment_gateways (id, code, merchant_id, country, created_at) VALUES"]
    rows = []
    for _ in range(r.randint(4, 9)):
        rows.append("('%s', '%s', '%s', '%s', '2024-0%d-1%d')" % (uuid4(r), r.choice(["bkash", "nagad", "khalti", "payme", "click", "qpay"]),
                                                               rs(r, DIG, r.choice([6, 10, 15])), r.choice(["BD", "NP", "UZ", "MN"]), r.randint(1, 9), r.randint(0, 9)))
    return "database/seeds/gateways.sql", "\n".join(lines) + "\n" + ",\n".join(rows) + ";\n"


@L("customers_fixture_ids", "csv")
def la_ids(r):
    lines = ["name,msisdn,ntn,cnic,city"]
    for _ in range(r.randint(6, 15)):
        lines.append("%s,03%s,%s-%s,%s-%s-%s,%s" % (r.choice(["Ali Raza", "Ayesha Khan", "Bilal Ahmed", "Hina Shah"]),
                                                     rs(r, DIG, 9), rs(r, DIG, 7), r.randint(0, 9), rs(r, DIG, 5), rs(r, DIG, 7), r.randint(1, 9), r.choice(CITY[:3])))
    return "tests/fixtures/customers_pk.csv", "\n".join(lines) + "\n"


@L("bd_vat_ids", "json")
def la_bd(r):
    d = [{"company": r.choice(["Shwapno", "Agora", "Chaldal", "Othoba"]) + " Ltd", "bin": rs(r, DIG, 13),
          "tin": rs(r, DIG, 12), "trade_license": "TRAD/DNCC/%s/%d" % (rs(r, DIG, 6), r.randint(2019, 2024)),
          "phone": "+8801%s" % rs(r, DIG, 9)} for _ in range(r.randint(2, 5))]
    return "data/merchants_bd.json", json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@L("courier_tracking", "json")
def la_track(r):
    d = {"status": 200, "data": [{"consignment_id": r.randint(10 ** 7, 10 ** 8), "tracking_code": rs(r, UD, 8),
                                  "invoice": "INV-%d" % r.randint(1000, 99999), "cn_number": "LE%s" % rs(r, DIG, 9),
                                  "status": r.choice(["delivered", "in_review", "pending"])} for _ in range(r.randint(2, 5))]}
    return "tests/fixtures/courier_status.json", json.dumps(d, indent=2) + "\n"


@L("package_lock", "json")
def la_lock(r):
    pk = {}
    for n in ["axios", "crypto-js", "express", "dotenv", "jsonwebtoken", "bkash-payment"]:
        v = "%d.%d.%d" % (r.randint(0, 9), r.randint(0, 20), r.randint(0, 20))
        pk["node_modules/" + n] = {"version": v, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (n, n, v),
                                   "integrity": "sha512-" + base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()}
    d = {"name": app_name(r), "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", json.dumps(d, indent=2) + "\n"


@L("go_sum", "go")
def la_gosum(r):
    lines = []
    for m in ["github.com/gin-gonic/gin", "github.com/joho/godotenv", "golang.org/x/crypto", "github.com/google/uuid"]:
        v = "v%d.%d.%d" % (r.randint(0, 1), r.randint(1, 20), r.randint(0, 9))
        lines.append("%s %s h1:%s" % (m, v, base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()))
        lines.append("%s %s/go.mod h1:%s" % (m, v, base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()))
    return "go.sum", "\n".join(lines) + "\n"


@L("sha256sums", "text")
def la_sums(r):
    lines = ["%s  %s" % (rs(r, HEXL, 64), f) for f in ["pos-agent-%d.%d.apk" % (r.randint(1, 5), r.randint(0, 9)),
                                                       "merchant-sdk.aar", "release.zip", "checksums.txt"]]
    return "release/SHA256SUMS", "\n".join(lines) + "\n"


@L("composer_lock", "json")
def la_composer(r):
    pk = []
    for n in ["karim007/laravel-bkash-tokenize", "guzzlehttp/guzzle", "laravel/framework", "shurjomukhi/shurjopay-plugin"]:
        pk.append({"name": n, "version": "v%d.%d.%d" % (r.randint(1, 10), r.randint(0, 9), r.randint(0, 9)),
                   "source": {"type": "git", "url": "https://github.com/%s.git" % n, "reference": rs(r, HEXL, 40)},
                   "dist": {"type": "zip", "shasum": ""}})
    d = {"_readme": ["This file locks the dependencies of your project to a known state"],
         "content-hash": rs(r, HEXL, 32), "packages": pk}
    return "composer.lock", json.dumps(d, indent=4) + "\n"


@L("laravel_encrypted_payload", "php")
def la_enc(r):
    iv = base64.b64encode(bytes(r.getrandbits(8) for _ in range(16))).decode()
    val = base64.b64encode(bytes(r.getrandbits(8) for _ in range(48))).decode()
    payload = base64.b64encode(json.dumps({"iv": iv, "value": val, "mac": rs(r, HEXL, 64), "tag": ""}).encode()).decode()
    lines = ["<?php", "", "// encrypted with Crypt::encryptString(); decrypted at runtime with APP_KEY from env",
             "return [", "    'bkash_app_secret_encrypted' => '%s'," % payload, "];", ""]
    return "config/encrypted_gateways.php", "\n".join(lines)


@L("ansible_vault_blob", "yaml")
def la_vault(r):
    hexs = rs(r, HEXL, 80 * r.randint(5, 9))
    body = "\n".join("          " + hexs[i:i + 80] for i in range(0, len(hexs), 80))
    lines = ["---", "esewa_product_code: NP-ES-%s" % rs(r, UP, 6), "esewa_secret_key: !vault |",
             "          $ANSIBLE_VAULT;1.1;AES256", body, ""]
    return "ansible/group_vars/prod/vault.yml", "\n".join(lines)


@L("changelog_shas", "markdown")
def la_changelog(r):
    lines = ["# Changelog", ""]
    for i in range(r.randint(4, 8)):
        lines.append("## %d.%d.%d" % (r.randint(1, 3), r.randint(0, 9), i))
        lines.append("- %s (%s)" % (r.choice(["fix bKash refund status", "add Nagad callback verification",
                                              "Payme CheckPerformTransaction edge case", "Khalti KPG-2 migration"]), rs(r, HEXL, r.choice([7, 40]))))
        lines.append("")
    return "CHANGELOG.md", "\n".join(lines)


@L("android_signing_report", "text")
def la_signing(r):
    def fp(n):
        return ":".join(rs(r, HEXU, 2) for _ in range(n))
    lines = ["Variant: release", "Config: release", "Store: /home/ci/keystore.jks", "Alias: upload",
             "MD5: %s" % fp(16), "SHA1: %s" % fp(20), "SHA-256: %s" % fp(32), "Valid until: %d" % r.randint(2040, 2050), ""]
    return "docs/signing-report.txt", "\n".join(lines)


@L("image_data_uri", "css")
def la_img(r):
    data = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(r.getrandbits(8) for _ in range(r.randint(120, 300)))).decode()
    return "public/css/gateways.css", ".bkash-logo {\n  background-image: url(data:image/png;base64,%s);\n}\n" % data


@L("hash_test_vectors", "python")
def la_vectors(r):
    lines = ["# expected HMAC outputs used by the signature unit tests (inputs are test-only)",
             "VECTORS = ["]
    for _ in range(r.randint(3, 6)):
        lines.append("    ('%s', '%s')," % ("T%s" % rs(r, DIG, 14), rs(r, HEXL, 64)))
    lines += ["]", ""]
    return "tests/test_signature_vectors.py", "\n".join(lines)


@L("click_callback_fixture", "json")
def la_click(r):
    d = {"click_trans_id": r.randint(10 ** 9, 10 ** 10), "service_id": r.randint(10000, 99999),
         "click_paydoc_id": r.randint(10 ** 9, 10 ** 10), "merchant_trans_id": str(r.randint(1, 99999)),
         "amount": r.randint(1000, 900000), "action": 0, "error": 0, "error_note": "Success",
         "sign_time": "2024-%02d-%02d 12:00:00" % (r.randint(1, 12), r.randint(1, 28)), "sign_string": rs(r, HEXL, 32)}
    return "tests/fixtures/click_prepare.json", json.dumps(d, indent=2) + "\n"


@L("qpay_invoice_response", "json")
def la_qpay(r):
    d = {"invoice_id": uuid4(r), "qr_text": "0002010102121531" + rs(r, DIG, 40),
         "qPay_shortUrl": "https://s.qpay.mn/%s" % rs(r, ALNUM, 10),
         "urls": [{"name": "Khan bank", "link": "khanbank://q?qPay_QRcode=0002010102%s" % rs(r, DIG, 30)}]}
    return "docs/qpay/invoice_response.json", json.dumps(d, indent=2) + "\n"


@L("version_manifest", "yaml")
def la_versions(r):
    lines = ["sdk_versions:"]
    for n in ["bkash", "nagad", "khalti", "esewa", "payhere", "payme", "click"]:
        lines.append("  %s: \"%d.%d.%d-build.%s\"" % (n, r.randint(1, 5), r.randint(0, 20), r.randint(0, 20), rs(r, HEXL, 8)))
    lines.append("build_id: %s" % uuid4(r))
    return "sdk-versions.yaml", "\n".join(lines) + "\n"


@L("kaspi_orders_export", "csv")
def la_kaspi(r):
    lines = ["order_code,kaspi_id,phone,iin,total"]
    for _ in range(r.randint(5, 12)):
        lines.append("%s,%s,+77%s,%s,%d" % (rs(r, DIG, 9), base64.b64encode(rs(r, DIG, 9).encode()).decode(), rs(r, DIG, 9), rs(r, DIG, 12), r.randint(1000, 200000)))
    return "exports/kaspi_orders.csv", "\n".join(lines) + "\n"


@L("nepal_pan_fixture", "json")
def la_np(r):
    d = [{"merchant": r.choice(["Bhatbhateni", "Sastodeal", "Daraz NP"]), "pan": rs(r, DIG, 9),
          "vat_no": rs(r, DIG, 9), "khalti_id": "98%s" % rs(r, DIG, 8), "esewa_id": "98%s" % rs(r, DIG, 8)} for _ in range(3)]
    return "fixtures/np_merchants.json", json.dumps(d, indent=2) + "\n"


@L("webhook_signature_sample", "markdown")
def la_sigdoc(r):
    lines = ["## Webhook verification", "", "Every callback contains an `X-Signature` header:", "", "```",
             "X-Signature: sha256=%s" % rs(r, HEXL, 64), "X-Request-Id: %s" % uuid4(r), "```", "",
             "Compute HMAC-SHA256 of the raw body with the secret from `SAFEPAY_SECRET_KEY` (env) and compare.", ""]
    return "docs/webhooks.md", "\n".join(lines)


# ---------------------------------------------------------------- main generation
def neg_slot(r, c_spec, lang_hint):
    """returns (value, ref_env) for a non-secret slot."""
    opts = ["ph", "local", "empty", "mask", "ref", "ref"]
    if c_spec["docvals"]:
        opts += ["doc", "doc"]
    if c_spec["pub"]:
        opts += ["pub", "pub"]
    m = r.choice(opts)
    if m == "ph":
        return r.choice(PLACEHOLDERS + ["YOUR_%s" % nm(c_spec["words"], "U"), "<%s>" % nm(c_spec["words"], "k")]), None, m
    if m == "local":
        return r.choice(LOCAL_PH), None, m
    if m == "empty":
        return "", None, m
    if m == "mask":
        return r.choice(MASKED), None, m
    if m == "ref":
        return None, nm(c_spec["words"], "U"), m
    if m == "doc":
        return r.choice(c_spec["docvals"]), None, m
    p = c_spec["pub"]
    if p == "khalti_pub":
        return "live_public_key_" + rs(r, HEXL, 32), None, m
    if p == "cp_pub":
        return "pk_" + rs(r, HEXL, 29), None, m
    if p == "payme_mid":
        return rs(r, HEXL, 24), None, m
    if p == "nagad_pub":
        return "".join(pub_pem_lines(r)), None, m
    return r.choice(["%d" % r.randint(1000, 99999), uuid4(r)]), None, m


def templates_for(spec):
    out = []
    for name, f, ft, bad in GENERIC:
        out.append((name, f, ft, bad))
    spec_t = [(name, f, ft, bad) for name, f, ft, pids, bad in SPECIFIC if spec["pid"] in pids]
    if spec_t:
        w = max(4, len(GENERIC) // (2 * len(spec_t)))
        for t in spec_t:
            out += [t] * w
    return out


def line_of(text, needle):
    i = text.index(needle)
    return text.count("\n", 0, i) + 1


def main():
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    used = set()
    files = []
    env_count = 0
    pos_needles = []

    def newsecret(spec):
        while True:
            if spec["pid"] == "nagad_key":
                pem = pem_body_lines(r)
                s = "".join(pem)
                if pem[0] in used:
                    continue
                used.add(pem[0])
            else:
                pem = None
                s = spec["gen"](r)
            if s not in used:
                used.add(s)
                return s, pem

    spec_cycle = []
    while len(spec_cycle) < 500:
        sl = list(SPECS)
        r.shuffle(sl)
        spec_cycle += sl
    spec_cycle = spec_cycle[:500]
    tpl_used = {}
    for i, spec in enumerate(spec_cycle):
        for attempt in range(200):
            secret, pem = newsecret(spec)
            tlist = templates_for(spec)
            name, f, ft, bad = r.choice(tlist)
            if any(ch in secret for ch in bad):
                continue
            if name == "dotenv" and env_count >= 18:
                continue
            if spec["pid"] == "nagad_key" and name not in ("nagad_pem_file", "nagad_php_config") and r.random() < 0.5:
                continue
            c = Ctx(r, spec, secret, None, False)
            c.pem = pem
            res = f(c)
            if res is None:
                continue
            path, text = res
            needle = secret
            if pem and needle not in text:
                needle = pem[0]
            if needle not in text:
                continue
            if name == "dotenv":
                env_count += 1
            break
        else:
            raise SystemExit("could not build positive %d" % i)
        if needle != secret:
            used.add(needle)
        ln = line_of(text, needle)
        assert needle in text.split("\n")[ln - 1]
        rel = "pos/p%04d/%s" % (i, path)
        files.append((rel, text))
        pos_needles.append(needle)
        manifest.append({"file": rel, "label": "pos", "provider": spec["provider"], "kind": spec["kind"],
                         "filetype": ft, "template": name})
        secrets.append({"file": rel, "needle": needle, "line": ln})
        tpl_used[name] = tpl_used.get(name, 0) + 1

    # negatives
    neg_specs = []
    while len(neg_specs) < 250:
        sl = list(SPECS)
        r.shuffle(sl)
        neg_specs += sl
    neg_specs = neg_specs[:250]
    nidx = 0
    for spec in neg_specs:
        for attempt in range(200):
            val, refenv, mode = neg_slot(r, spec, None)
            tlist = templates_for(spec) + [("env_example", t_env_example, "dotenv-example", "")] * 2
            name, f, ft, bad = r.choice(tlist)
            if name == "dotenv":
                continue
            if name == "nagad_pem_file":
                continue
            if val and any(ch in val for ch in bad):
                continue
            if refenv and name in ("bkash_postman", "pathao_token_json", "db_url", "bkash_grant_curl", "khalti_curl"):
                continue
            c = Ctx(r, spec, val if val is not None else "", refenv, True)
            res = f(c)
            if res is None:
                continue
            path, text = res
            break
        else:
            raise SystemExit("could not build negative")
        rel = "neg/n%04d/%s" % (nidx, path)
        files.append((rel, text))
        manifest.append({"file": rel, "label": "neg", "provider": spec["provider"], "kind": "%s:%s" % (spec["kind"], mode),
                         "filetype": ft, "template": name})
        nidx += 1
    while nidx < 500:
        name, f, ft = r.choice(LOOKALIKES)
        path, text = f(r)
        rel = "neg/n%04d/%s" % (nidx, path)
        files.append((rel, text))
        manifest.append({"file": rel, "label": "neg", "provider": "lookalike", "kind": name,
                         "filetype": ft, "template": "la_" + name})
        nidx += 1

    # checks
    assert len(set(pos_needles)) == 500
    for rel, text in files:
        if rel.startswith("neg/"):
            base = rel.rsplit("/", 1)[-1]
            assert not (base == ".env" or (base.startswith(".env.") and base not in (".env.example", ".env.sample"))), rel
            for nd in pos_needles:
                assert nd not in text, (rel, nd)

    for rel, text in files:
        p = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_mo.py OUTDIR SEED\n")
        sys.exit(2)
    main()
