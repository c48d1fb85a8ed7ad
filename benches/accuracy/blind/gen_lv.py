#!/usr/bin/env python3
"""Blind evaluation-set generator "lv": Sub-Saharan African fintech / SMS / KYC developer ecosystem.

EMPHASIS
  Domain: code and config written by developers in Kenya, Nigeria, Ghana, South Africa, Uganda,
  Tanzania, Rwanda, Cote d'Ivoire, Senegal and Cameroon (names/comments partly in Swahili, French,
  Pidgin, Afrikaans, Yoruba/Hausa loanwords).
  Providers/kinds: Safaricom M-Pesa Daraja (consumer secret, Lipa na M-Pesa passkey, initiator
  security credential, initiator password, OAuth Basic credential), MTN MoMo (Ocp-Apim
  subscription key, API key), Airtel Money client secret, Orange Money authorization header,
  Wave API key, Moov Money key, Paystack sk_live_/sk_test_, Flutterwave FLWSECK-...-X and
  encryption key, Interswitch client secret, Remita secret key, Monnify secret key, OPay private
  key, Kuda API key, Paga hash key, PayFast merchant key and passphrase, Ozow private/API keys,
  Yoco sk_live_, Peach Payments access token, DPO company token, Pesapal consumer secret,
  Cellulant/Tingg client secret, Africa's Talking API key, Termii, Hubtel, Arkesel, BulkSMS
  Nigeria, Smile ID API key, Mono/Okra/Stitch secrets, Youverify, Dojah, Sendchamp, Korapay,
  Squad, Zeepay.
  File types: PHP (Laravel config, WordPress/WooCommerce plugins), Python (Django/Flask/scripts),
  Node/Express/NestJS/TypeScript, Java/Spring (.properties, application.yml), Kotlin Android +
  Gradle, Flutter/Dart, Go, C# (.cs, appsettings.json), YAML (GitHub Actions, compose, k8s,
  Helm), JSON, shell/curl, Postman collections/environments, Markdown, WhatsApp-bot scripts,
  SQL seeds, INI/TOML, a few .env files (<= 1 in 20 positives).

USAGE
  python3 -B gen_lv.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Standard library only; all randomness from
  random.Random(SEED).

NEEDLE CONVENTIONS
  The secret exactly as written, without quotes; prefixed keys keep their prefix (sk_live_,
  FLWSECK-, atsk_, wave_sn_prod_, OPAYPRV, sendchamp_live_ ...); header values give the token
  only (no "Bearer "/"Basic "); Basic-auth headers give the base64 blob; passwords the password.
  "line" is the 1-based line of the first occurrence (asserted by the program).

NEGATIVES
  ~50%: the positive templates with the slot holding placeholders (English, Swahili, French,
  Pidgin, Afrikaans), empty values, masks, env / secret-manager / template references of the
  file's tool (os.environ, env(), process.env, ${{ secrets.X }}, {{ .Values.x }}, ${X}, {{var}}),
  documented sandbox values (Daraja sandbox passkey, Safaricom999!*!, PayFast 10000100 /
  46f0cd694581a, Remita demo 1946, FLWSECK_TEST-SANDBOXDEMOKEY-X) and public values (Paystack
  pk_, FLWPUBK, Yoco pk_, Mono/Dojah public keys, client ids, Peach entity ids).
  ~50%: domain look-alikes: M-Pesa callback payloads (receipt codes, CheckoutRequestID,
  MerchantRequestID, MSISDNs), sandbox STK push scripts, MoMo X-Reference-Id logs, webhook
  signature fixtures (sha512/md5/HMAC), lockfile integrity hashes, image digests, commit SHAs,
  public certificates, Flutterwave 3DES ciphertext, Smile ID signatures, till/paybill tables,
  Mongo ObjectIds, USSD session ids, base64 images, APK checksums, i18n files.
  No negative is written to a .env/.env.<stage> file.

FORMATS CHECKED (from memory of providers' docs/SDKs unless noted)
  Wave: "Authorization: Bearer wave_sn_prod_..." (docs.wave.com/checkout, via search tool).
  Africa's Talking: 64 lowercase hex API keys (seen in a public repo via search); "atsk_"+64 hex
  newer keys from memory. Paystack sk_/pk_ live|test + 40 hex; Flutterwave v3
  FLWSECK-<32 hex>-X / FLWSECK_TEST-<32hex>-X, encryption key FLWSECK_TEST+12 hex or 24 hex;
  Daraja passkey 64 hex, sandbox passkey bfb279f9...c919 & shortcode 174379; MoMo subscription
  key & API key 32 hex, API user UUIDv4; Interswitch client id IKIA+40 hex, secret base64(32B);
  Monnify MK_PROD_/MK_TEST_ + 10, secret 32 upper alnum; PayFast merchant_key 13 lower alnum;
  Mono live_sk_/test_sk_ + 20; Dojah prod_sk_/test_sk_; Squad sk_/sandbox_sk_ + hex.

DOUBTS (guessed lengths/alphabets)
  Daraja consumer key/secret (48/64 alnum on new portal, 32/16 older); Airtel client secret (32
  lower alnum); Orange client secret (16-24 alnum); Moov key (40 alnum); OPay OPAYPRV+digits;
  Kuda API key (20 alnum); Paga hash key (64-96 hex); Yoco sk_live_ body (28 alnum); Peach
  token = base64("<32hex>|<pwd>"); DPO company token = upper UUID; Pesapal secret 28 base64;
  Cellulant/Zeepay (40 alnum); Termii "TL"+58 alnum; Hubtel 8-char ids and secrets; Arkesel
  base64; BulkSMS Nigeria 60 alnum; Smile ID api key (UUID); Okra token (JWT); Stitch (base64url
  64); Youverify (32 alnum); Sendchamp "sendchamp_live_$2a$10$"+53; Korapay sk_live_+40 alnum;
  Remita secret as base64 blob; Wave key body 60 base64url chars.
"""
import base64
import hashlib
import json
import os
import random
import string
import sys

N_POS = 500
N_NEG = 500

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
HEXL = "0123456789abcdef"
B64URL = ALNUM + "-_"


# ----------------------------------------------------------------------------------------------
# random helpers
# ----------------------------------------------------------------------------------------------
def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def mixed(r, alpha, n):
    # ensure a realistic mix (at least one digit and one letter where alphabet allows)
    while True:
        s = rs(r, alpha, n)
        ok = True
        if any(c in DIG for c in alpha) and not any(c in DIG for c in s):
            ok = False
        if any(c in LOW for c in alpha) and not any(c in LOW for c in s):
            ok = False
        if any(c in UP for c in alpha) and not any(c in UP for c in s):
            ok = False
        if ok:
            return s


def hexl(r, n):
    return mixed(r, HEXL, n)


def hexu(r, n):
    return hexl(r, n).upper()


def b64b(r, nbytes):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()


def b64u(r, nbytes):
    return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode().rstrip("=")


def uuid4(r):
    h = "".join(r.choice(HEXL) for _ in range(32))
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def digits(r, n):
    return r.choice("123456789") + rs(r, DIG, n - 1)


def msisdn(r):
    return r.choice(["2547", "2541", "2348", "2349", "23324", "23354", "25677", "25578", "25078",
                     "2782", "27721", "22507", "22177", "23767"]) + rs(r, DIG, 8)


def receipt(r):
    return r.choice("NOPQRS") + r.choice(UP) + r.choice(UP) + rs(r, DIG + UP, 7)


def password(r):
    words = ["Nairobi", "Mombasa", "Kisumu", "Lagos", "Ikeja", "Abuja", "Accra", "Kumasi", "Kampala",
             "Jinja", "Dodoma", "Arusha", "Kigali", "Abidjan", "Dakar", "Douala", "Soweto", "Durban",
             "Simba", "Tembo", "Jollof", "Ugali", "Naija", "Harambee", "Ubuntu", "Sawa", "Wahala",
             "Ekene", "Kwame", "Akosua", "Wanjiku", "Otieno", "Chinedu", "Thabo", "Lekker", "Mzansi",
             "Ndovu", "Pesa", "Biashara", "Teranga", "Yaounde", "Kilimanjaro", "Tusker", "Baba"]
    sym = "!@#$%&*?_-."
    style = r.randrange(4)
    if style == 0:
        return r.choice(words) + r.choice(sym) + digits(r, r.choice([4, 4, 3, 6])) + rs(r, UP + LOW, 2)
    if style == 1:
        return r.choice(words).lower() + r.choice(sym) + r.choice(words) + digits(r, 2) + r.choice(sym)
    if style == 2:
        return mixed(r, ALNUM, 10) + r.choice(sym) + mixed(r, ALNUM, 5)
    return r.choice(words)[:4] + r.choice(sym) + mixed(r, ALNUM, 8) + r.choice(sym) + digits(r, 2)


def jwt(r):
    hdr = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = json.dumps({"id": hexl(r, 24), "env": "live", "iat": 1690000000 + r.randrange(9 ** 8)},
                      separators=(",", ":")).encode()
    return hdr + "." + base64.urlsafe_b64encode(body).decode().rstrip("=") + "." + b64u(r, 32)


# ----------------------------------------------------------------------------------------------
# secret kinds
# ----------------------------------------------------------------------------------------------
class Kind:
    def __init__(self, provider, slug, kind, gen, envs, shorts, comps=None, pub=None, examples=(),
                 header=("Authorization", "Bearer "), base="", tags=(), label=None):
        self.provider = provider
        self.slug = slug
        self.kind = kind
        self.gen = gen
        self.envs = envs
        self.shorts = shorts
        self.comps = comps or (lambda r: [])
        self.pub = pub          # (env name, short name, generator)
        self.examples = list(examples)
        self.header = header
        self.base = base
        self.tags = set(tags)
        self.label = label or kind


def c_daraja(r):
    return [("shortcode", digits(r, r.choice([6, 7]))), ("env", r.choice(["production", "live"]))]


KINDS = [
    Kind("safaricom-mpesa", "mpesa", "daraja_consumer_secret", lambda r: mixed(r, ALNUM, r.choice([64, 64, 16])),
         ["MPESA_CONSUMER_SECRET", "DARAJA_CONSUMER_SECRET", "MPESA_SECRET", "SAF_CONSUMER_SECRET"],
         ["consumer_secret", "consumerSecret", "secret"],
         comps=lambda r: c_daraja(r), base="https://api.safaricom.co.ke",
         tags={"mpesa", "secretpair"}, label="Daraja consumer secret"),
    Kind("safaricom-mpesa", "mpesa", "lnm_passkey", lambda r: hexl(r, 64),
         ["MPESA_PASSKEY", "LNM_PASSKEY", "MPESA_ONLINE_PASSKEY", "DARAJA_PASSKEY", "STK_PASSKEY"],
         ["passkey", "passKey", "lnm_passkey", "pass_key"],
         comps=c_daraja, base="https://api.safaricom.co.ke",
         examples=["bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919"],
         tags={"mpesa", "passkey"}, label="Lipa na M-Pesa passkey"),
    Kind("safaricom-mpesa", "mpesa", "initiator_security_credential", lambda r: b64b(r, 256),
         ["MPESA_SECURITY_CREDENTIAL", "B2C_SECURITY_CREDENTIAL", "MPESA_INITIATOR_CREDENTIAL"],
         ["security_credential", "securityCredential", "SecurityCredential"],
         comps=lambda r: [("initiator_name", r.choice(["apiop", "b2c_api", "mwangi_api", "payoutsop"]) + digits(r, 2)),
                          ("shortcode", digits(r, 6))], base="https://api.safaricom.co.ke",
         tags={"mpesa"}, label="M-Pesa initiator security credential"),
    Kind("safaricom-mpesa", "mpesa", "initiator_password", password,
         ["MPESA_INITIATOR_PASSWORD", "B2C_INITIATOR_PASSWORD", "INITIATOR_PASS"],
         ["initiator_password", "initiatorPassword", "initiator_pass"],
         comps=lambda r: [("initiator_name", r.choice(["apiop", "b2cuser", "kamau_api"]) + digits(r, 2))],
         examples=["Safaricom999!*!", "Safaricom123!!"], tags={"mpesa", "password"},
         label="M-Pesa initiator password"),
    Kind("mtn-momo", "momo", "subscription_key", lambda r: hexl(r, 32),
         ["MOMO_SUBSCRIPTION_KEY", "MTN_MOMO_PRIMARY_KEY", "MOMO_COLLECTION_SUBSCRIPTION_KEY", "OCP_APIM_KEY"],
         ["subscription_key", "subscriptionKey", "primary_key", "ocp_apim_subscription_key"],
         comps=lambda r: list(zip(("target_environment", "currency"), r.choice([("mtnuganda", "UGX"), ("mtnghana", "GHS"),
                          ("mtncameroon", "XAF"), ("mtnivorycoast", "XOF"), ("mtnrwanda", "RWF")]))),
         header=("Ocp-Apim-Subscription-Key", ""), base="https://proxy.momoapi.mtn.com",
         tags={"momo"}, label="MTN MoMo subscription key"),
    Kind("mtn-momo", "momo", "api_key", lambda r: hexl(r, 32),
         ["MOMO_API_KEY", "MTN_MOMO_API_KEY", "MOMO_COLLECTION_API_KEY"],
         ["api_key", "apiKey", "momo_api_key"],
         comps=lambda r: [("api_user", uuid4(r)), ("target_environment", r.choice(["mtnuganda", "mtnghana", "mtnzambia"]))],
         header=("Authorization", "Basic* "), base="https://proxy.momoapi.mtn.com",
         tags={"momo"}, label="MTN MoMo API key"),
    Kind("airtel-money", "airtel", "client_secret", lambda r: mixed(r, LOW + DIG, 32),
         ["AIRTEL_CLIENT_SECRET", "AIRTEL_MONEY_CLIENT_SECRET", "AIRTEL_SECRET"],
         ["client_secret", "clientSecret"],
         comps=lambda r: [("client_id", uuid4(r)), ("country", r.choice(["KE", "UG", "TZ", "RW", "NG", "ZM"]))],
         base="https://openapi.airtel.africa", tags={"oauth"}, label="Airtel Money client secret"),
    Kind("orange-money", "orange", "authorization_header",
         lambda r: base64.b64encode((mixed(r, ALNUM, 32) + ":" + mixed(r, ALNUM, r.choice([16, 20, 24]))).encode()).decode(),
         ["ORANGE_AUTH_HEADER", "ORANGE_MONEY_AUTHORIZATION", "OM_AUTH_BASIC"],
         ["authorization_header", "authHeader", "basic_auth"],
         comps=lambda r: [("merchant_country", r.choice(["ci", "sn", "cm", "ml", "bf"]))],
         header=("Authorization", "Basic "), base="https://api.orange.com", label="Orange Money Basic credential"),
    Kind("wave", "wave", "api_key",
         lambda r: "wave_%s_prod_%s" % (r.choice(["sn", "ci", "ml", "bf", "ug", "gm"]), mixed(r, B64URL, 60)),
         ["WAVE_API_KEY", "WAVE_SECRET_KEY", "WAVE_CHECKOUT_KEY"], ["api_key", "apiKey", "cle_api"],
         base="https://api.wave.com", label="Wave Business API key"),
    Kind("moov-money", "moov", "api_secret", lambda r: mixed(r, ALNUM, 40),
         ["MOOV_API_SECRET", "FLOOZ_API_SECRET", "MOOV_MONEY_SECRET"], ["api_secret", "secret"],
         comps=lambda r: [("merchant_id", digits(r, 8))], base="https://api.moov-africa.tg/flooz",
         label="Moov Money API secret"),
    Kind("paystack", "paystack", "secret_key",
         lambda r: r.choice(["sk_live_", "sk_live_", "sk_test_"]) + hexl(r, 40),
         ["PAYSTACK_SECRET_KEY", "PAYSTACK_SK", "PAYSTACK_SECRET", "PSTK_SECRET_KEY"],
         ["secret_key", "secretKey", "sk", "secret"],
         pub=("PAYSTACK_PUBLIC_KEY", "public_key", lambda r: r.choice(["pk_live_", "pk_test_"]) + hexl(r, 40)),
         base="https://api.paystack.co", tags={"skpk"}, label="Paystack secret key"),
    Kind("flutterwave", "flutterwave", "secret_key",
         lambda r: r.choice(["FLWSECK-", "FLWSECK-", "FLWSECK_TEST-"]) + hexl(r, 32) + "-X",
         ["FLW_SECRET_KEY", "FLUTTERWAVE_SECRET_KEY", "RAVE_SECRET_KEY", "FLW_SECKEY"],
         ["secret_key", "secretKey", "seckey"],
         pub=("FLW_PUBLIC_KEY", "public_key", lambda r: r.choice(["FLWPUBK-", "FLWPUBK_TEST-"]) + hexl(r, 32) + "-X"),
         examples=["FLWSECK_TEST-SANDBOXDEMOKEY-X"], base="https://api.flutterwave.com/v3",
         tags={"skpk"}, label="Flutterwave secret key"),
    Kind("flutterwave", "flutterwave", "encryption_key",
         lambda r: r.choice(["FLWSECK_TEST" + hexl(r, 12), hexl(r, 24)]),
         ["FLW_ENCRYPTION_KEY", "FLUTTERWAVE_ENCRYPTION_KEY", "RAVE_ENC_KEY"],
         ["encryption_key", "encryptionKey", "enc_key"],
         label="Flutterwave encryption key"),
    Kind("interswitch", "interswitch", "client_secret", lambda r: b64b(r, 32),
         ["ISW_CLIENT_SECRET", "INTERSWITCH_CLIENT_SECRET", "QUICKTELLER_SECRET"],
         ["client_secret", "clientSecret", "secret_key"],
         comps=lambda r: [("client_id", "IKIA" + hexu(r, 40)), ("terminal_id", "3" + rs(r, UP + DIG, 7))],
         base="https://passport.interswitchng.com", tags={"oauth"}, label="Interswitch client secret"),
    Kind("remita", "remita", "secret_key",
         lambda r: base64.b64encode((rs(r, UP, 4) + digits(r, 6) + "|" + mixed(r, ALNUM, 24)).encode()).decode(),
         ["REMITA_SECRET_KEY", "REMITA_API_KEY", "REMITA_SK"], ["secret_key", "apiKey", "api_key"],
         comps=lambda r: [("merchant_id", digits(r, 10)), ("service_type_id", digits(r, 10))],
         examples=["1946"], label="Remita API/secret key"),
    Kind("monnify", "monnify", "secret_key", lambda r: mixed(r, UP + DIG, 32),
         ["MONNIFY_SECRET_KEY", "MONNIFY_SECRET", "MNFY_SECRET_KEY"], ["secret_key", "secretKey"],
         comps=lambda r: [("contract_code", digits(r, 10))], base="https://api.monnify.com",
         pub=("MONNIFY_CONTRACT_CODE", "contract_code", lambda r: digits(r, 10)), label="Monnify secret key"),
    Kind("opay", "opay", "private_key",
         lambda r: "OPAYPRV" + digits(r, 13) + "0." + rs(r, DIG, r.choice([16, 17])),
         ["OPAY_SECRET_KEY", "OPAY_PRIVATE_KEY", "OPAY_PRV_KEY"], ["secret_key", "privateKey"],
         comps=lambda r: [("merchant_id", "2562" + digits(r, 11))],
         pub=("OPAY_PUBLIC_KEY", "public_key", lambda r: "OPAYPUB" + digits(r, 13) + "0." + rs(r, DIG, 16)),
         label="OPay secret key"),
    Kind("kuda", "kuda", "api_key", lambda r: mixed(r, ALNUM, 20),
         ["KUDA_API_KEY", "KUDA_OPEN_API_KEY"], ["api_key", "apiKey"],
         comps=lambda r: [("email", r.choice(["dev", "tech", "ops"]) + "@" + r.choice(["owopay", "kobomart", "ajoplus"]) + ".ng")],
         label="Kuda Open API key"),
    Kind("paga", "paga", "hash_key", lambda r: hexl(r, r.choice([64, 96])),
         ["PAGA_HASH_KEY", "PAGA_HMAC", "PAGA_API_HASH"], ["hash_key", "hashKey", "hmac"],
         comps=lambda r: [("principal", uuid4(r).upper())], label="Paga hash key"),
    Kind("payfast", "payfast", "merchant_key", lambda r: mixed(r, LOW + DIG, 13),
         ["PAYFAST_MERCHANT_KEY", "PF_MERCHANT_KEY"], ["merchant_key", "merchantKey"],
         comps=lambda r: [("merchant_id", digits(r, 8))], examples=["46f0cd694581a"],
         label="PayFast merchant key"),
    Kind("payfast", "payfast", "passphrase", password,
         ["PAYFAST_PASSPHRASE", "PF_PASSPHRASE", "PAYFAST_SALT_PASSPHRASE"], ["passphrase", "passPhrase", "salt_passphrase"],
         comps=lambda r: [("merchant_id", digits(r, 8))], examples=["jt7NOE43FZPn"], tags={"password"},
         label="PayFast passphrase"),
    Kind("ozow", "ozow", "private_key", lambda r: mixed(r, ALNUM, 32),
         ["OZOW_PRIVATE_KEY", "OZOW_PRIVATEKEY", "I_PAY_PRIVATE_KEY"], ["private_key", "privateKey"],
         comps=lambda r: [("site_code", rs(r, UP, 3) + "-" + rs(r, UP, 3) + "-" + digits(r, 3))], label="Ozow private key"),
    Kind("ozow", "ozow", "api_key", lambda r: mixed(r, ALNUM, 32),
         ["OZOW_API_KEY", "OZOW_APIKEY"], ["api_key", "apiKey"],
         comps=lambda r: [("site_code", rs(r, UP, 3) + "-" + rs(r, UP, 3) + "-" + digits(r, 3))],
         header=("ApiKey", ""), base="https://api.ozow.com", label="Ozow API key"),
    Kind("yoco", "yoco", "secret_key", lambda r: "sk_live_" + mixed(r, ALNUM, 28),
         ["YOCO_SECRET_KEY", "YOCO_SK", "YOCO_LIVE_SECRET"], ["secret_key", "secretKey"],
         pub=("YOCO_PUBLIC_KEY", "public_key", lambda r: "pk_live_" + mixed(r, ALNUM, 20)),
         base="https://payments.yoco.com/api", tags={"skpk"}, label="Yoco secret key"),
    Kind("peach-payments", "peach", "access_token",
         lambda r: base64.b64encode((hexl(r, 32) + "|" + mixed(r, ALNUM, 10)).encode()).decode(),
         ["PEACH_ACCESS_TOKEN", "PEACH_AUTH_TOKEN", "OPPWA_TOKEN"], ["access_token", "accessToken", "bearer"],
         comps=lambda r: [("entity_id", "8ac" + hexl(r, 29))], base="https://eu-prod.oppwa.com",
         pub=("PEACH_ENTITY_ID", "entity_id", lambda r: "8ac" + hexl(r, 29)), label="Peach Payments access token"),
    Kind("dpo", "dpo", "company_token", lambda r: uuid4(r).upper(),
         ["DPO_COMPANY_TOKEN", "DPO_TOKEN", "DPO_3G_COMPANY_TOKEN"], ["company_token", "companyToken"],
         comps=lambda r: [("service_type", digits(r, 4))], examples=["9F416C11-127B-4DE2-AC7F-D5710E4C5E0A"],
         label="DPO company token"),
    Kind("pesapal", "pesapal", "consumer_secret", lambda r: b64b(r, 20),
         ["PESAPAL_CONSUMER_SECRET", "PESAPAL_SECRET"], ["consumer_secret", "consumerSecret"],
         comps=lambda r: [("ipn_id", uuid4(r))],
         base="https://pay.pesapal.com/v3", label="Pesapal consumer secret"),
    Kind("cellulant", "tingg", "client_secret", lambda r: mixed(r, ALNUM, 40),
         ["TINGG_CLIENT_SECRET", "CELLULANT_CLIENT_SECRET", "TINGG_SECRET"], ["client_secret", "clientSecret"],
         comps=lambda r: [("service_code", rs(r, UP, 6) + "ONLINE"), ("client_id", rs(r, LOW, 6) + "-" + digits(r, 4))],
         base="https://api.tingg.africa", tags={"oauth"}, label="Cellulant Tingg client secret"),
    Kind("africastalking", "at", "api_key", lambda r: r.choice(["", "atsk_"]) + hexl(r, 64),
         ["AT_API_KEY", "AFRICASTALKING_API_KEY", "AFRICAS_TALKING_KEY"], ["api_key", "apiKey"],
         comps=lambda r: [("username", r.choice(["mamamboga", "shambapay", "kilimo_sms", "jamiiapp", "bodaboda"]))],
         header=("apiKey", ""), base="https://api.africastalking.com/version1", tags={"at"},
         label="Africa's Talking API key"),
    Kind("termii", "termii", "api_key", lambda r: "TL" + mixed(r, ALNUM, 58),
         ["TERMII_API_KEY", "TERMII_KEY"], ["api_key", "apiKey"],
         comps=lambda r: [("sender_id", r.choice(["N-Alert", "Owambe", "Kobo", "Talert"]))],
         header=None, base="https://api.ng.termii.com", tags={"bodykey"}, label="Termii API key"),
    Kind("hubtel", "hubtel", "client_secret", lambda r: mixed(r, LOW + DIG, r.choice([8, 10, 12])),
         ["HUBTEL_CLIENT_SECRET", "HUBTEL_API_SECRET", "HUBTEL_SECRET"], ["client_secret", "clientSecret"],
         comps=lambda r: [("client_id", mixed(r, LOW + DIG, 8)), ("merchant_account", digits(r, 7))],
         base="https://api.hubtel.com", label="Hubtel client secret"),
    Kind("arkesel", "arkesel", "api_key", lambda r: base64.b64encode(mixed(r, ALNUM, 24).encode()).decode(),
         ["ARKESEL_API_KEY", "ARKESEL_SMS_KEY"], ["api_key", "apiKey"],
         comps=lambda r: [("sender", r.choice(["MoMoShop", "ChaleApp", "Akwaaba"]))],
         header=("api-key", ""), base="https://sms.arkesel.com/api/v2", label="Arkesel API key"),
    Kind("bulksmsnigeria", "bulksms", "api_token", lambda r: mixed(r, ALNUM, 60),
         ["BULKSMS_API_TOKEN", "BULKSMSNG_TOKEN"], ["api_token", "apiToken"],
         comps=lambda r: [("from", r.choice(["OgaShop", "EkoMart", "KanoPay"]))],
         base="https://www.bulksmsnigeria.com/api/v2", label="BulkSMS Nigeria API token"),
    Kind("smile-id", "smileid", "api_key", lambda r: uuid4(r),
         ["SMILE_ID_API_KEY", "SMILEID_API_KEY", "SMILE_API_KEY"], ["api_key", "apiKey"],
         comps=lambda r: [("partner_id", digits(r, r.choice([3, 4]))), ("sid_server", r.choice(["0", "1"]))],
         label="Smile ID API key"),
    Kind("mono", "mono", "secret_key", lambda r: r.choice(["live_sk_", "live_sk_", "test_sk_"]) + mixed(r, LOW + DIG, 20),
         ["MONO_SECRET_KEY", "MONO_SK"], ["secret_key", "secretKey"],
         pub=("MONO_PUBLIC_KEY", "public_key", lambda r: "live_pk_" + mixed(r, LOW + DIG, 20)),
         header=("mono-sec-key", ""), base="https://api.withmono.com", label="Mono secret key"),
    Kind("okra", "okra", "secret_token", jwt, ["OKRA_TOKEN", "OKRA_SECRET_TOKEN"], ["token", "secretToken"],
         comps=lambda r: [("client_id", hexl(r, 24))], base="https://api.okra.ng/v2", label="Okra API token"),
    Kind("stitch", "stitch", "client_secret", lambda r: mixed(r, B64URL, 64),
         ["STITCH_CLIENT_SECRET", "STITCH_SECRET"], ["client_secret", "clientSecret"],
         comps=lambda r: [("client_id", "test-" + uuid4(r))],
         base="https://secure.stitch.money", tags={"oauth"}, label="Stitch client secret"),
    Kind("youverify", "youverify", "api_token", lambda r: mixed(r, ALNUM, 32),
         ["YOUVERIFY_TOKEN", "YV_API_TOKEN"], ["token", "apiToken"], header=("token", ""),
         base="https://api.youverify.co/v2", label="Youverify API token"),
    Kind("dojah", "dojah", "secret_key", lambda r: r.choice(["prod_sk_", "test_sk_"]) + mixed(r, ALNUM, 24),
         ["DOJAH_SECRET_KEY", "DOJAH_API_KEY"], ["secret_key", "secretKey"],
         comps=lambda r: [("app_id", hexl(r, 24))],
         pub=("DOJAH_PUBLIC_KEY", "public_key", lambda r: "prod_pk_" + mixed(r, ALNUM, 24)),
         header=("Authorization", ""), base="https://api.dojah.io", label="Dojah secret key"),
    Kind("sendchamp", "sendchamp", "access_key",
         lambda r: "sendchamp_live_$2a$10$" + mixed(r, ALNUM + "./", 53),
         ["SENDCHAMP_ACCESS_KEY", "SENDCHAMP_API_KEY"], ["access_key", "accessKey"],
         base="https://api.sendchamp.com/api/v1", label="Sendchamp access key"),
    Kind("korapay", "korapay", "secret_key", lambda r: "sk_live_" + mixed(r, ALNUM, 40),
         ["KORAPAY_SECRET_KEY", "KORA_SECRET_KEY"], ["secret_key", "secretKey"],
         pub=("KORAPAY_PUBLIC_KEY", "public_key", lambda r: "pk_live_" + mixed(r, ALNUM, 40)),
         base="https://api.korapay.com/merchant/api/v1", tags={"skpk"}, label="Korapay secret key"),
    Kind("squad", "squad", "secret_key", lambda r: r.choice(["sk_", "sandbox_sk_"]) + hexl(r, 48),
         ["SQUAD_SECRET_KEY", "SQUADCO_SECRET_KEY", "GTCO_SQUAD_SK"], ["secret_key", "secretKey"],
         pub=("SQUAD_PUBLIC_KEY", "public_key", lambda r: "pk_" + hexl(r, 48)),
         base="https://api-d.squadco.com", label="Squad secret key"),
    Kind("zeepay", "zeepay", "client_secret", lambda r: mixed(r, ALNUM, 40),
         ["ZEEPAY_CLIENT_SECRET", "ZEEPAY_SECRET"], ["client_secret", "clientSecret"],
         comps=lambda r: [("client_id", digits(r, 4))], tags={"oauth"}, label="Zeepay client secret"),
]
KIND_WEIGHTS = {"paystack": 8, "flutterwave": 4, "safaricom-mpesa": 3, "mtn-momo": 3, "africastalking": 3}

# ----------------------------------------------------------------------------------------------
# naming helpers
# ----------------------------------------------------------------------------------------------
LOCAL_SHORT = {"secret": ["siri", "cle_secrete", "geheim"], "key": ["ufunguo", "cle", "sleutel"]}


def camel(s):
    p = s.split("_")
    return p[0].lower() + "".join(x[:1].upper() + x[1:].lower() for x in p[1:])


def kebab(s):
    out = ""
    for ch in s:
        out += ("-" + ch.lower()) if ch.isupper() else ch
    return out.replace("_", "-").lstrip("-")


def snake(s):
    return kebab(s).replace("-", "_")


def pascal(s):
    return "".join(x[:1].upper() + x[1:].lower() for x in s.split("_"))


PLACEHOLDERS = [
    "<your-secret-key>", "YOUR_API_KEY", "YOUR_SECRET_KEY_HERE", "xxxxxxxxxxxxxxxxxxxxxxxx", "changeme",
    "weka_ufunguo_wako_hapa", "ingiza-siri-yako", "mettez_votre_cle_ici", "VOTRE_CLE_SECRETE",
    "put_your_key_here_abeg", "abeg-put-am-here", "sit_jou_sleutel_hier", "TODO", "replace-me",
    "<weka-siri>", "<cle-secrete>", "your-key-goes-here", "REPLACE_WITH_LIVE_KEY", "test", "dummy",
    "****", "********", "[REDACTED]", "<redacted>", "", "XXXX-XXXX-XXXX", "<<SECRET>>", "none",
]


def placeholder_for(r, k):
    p = r.choice(PLACEHOLDERS)
    if r.random() < 0.25 and k.tags & {"skpk"}:
        p = r.choice(["sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "sk_test_" + "x" * 40,
                      "sk_live_<weka_key_yako>", "sk_test_****************************************"])
    if r.random() < 0.2 and k.slug == "flutterwave":
        p = "FLWSECK-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X"
    return p


class Ctx:
    """Carries names, companions and the slot value for one rendered file."""

    def __init__(self, r, k, value, mode="lit", neg_kind=None):
        self.r = r
        self.k = k
        self.v = value
        self.mode = mode          # 'lit' or 'env'
        self.neg_kind = neg_kind
        self.is_neg = False
        self.ENV = r.choice(k.envs)
        short = r.choice(k.shorts)
        if r.random() < 0.12:
            base = short.replace("Key", "_key").replace("Secret", "_secret").lower()
            for w, alts in LOCAL_SHORT.items():
                if w in base:
                    base = base.replace(w, r.choice(alts))
                    break
            short = base
        self.short = short.lower() if "_" in short else short
        self.snake = (self.k.slug + "_" + self.ENV.split("_", 1)[1].lower()) if "_" in self.ENV else self.ENV.lower()
        self.camel = camel(self.snake)
        self.pascal = pascal(self.snake)
        self.shortcamel = camel(self.short) if "_" in self.short else self.short
        self.comps = k.comps(r)
        self.prov = {"mpesa": "M-Pesa", "momo": "MoMo", "at": "AfricasTalking", "tingg": "Tingg"}.get(k.slug, k.slug.capitalize())
        self.url = k.base or ("https://api.%s.com" % k.slug)

    def rename_public(self, envname, short):
        self.ENV = envname
        self.short = short
        self.snake = envname.lower()
        self.camel = camel(self.snake)
        self.pascal = pascal(self.snake)
        self.shortcamel = camel(short)

    # slot expression in a given language
    def q(self, lang, quote='"'):
        if self.mode == "env":
            E = self.ENV
            r = self.r
            if lang == "py":
                return r.choice(['os.environ["%s"]' % E, 'os.getenv("%s")' % E, 'config("%s")' % E, 'env("%s")' % E])
            if lang == "php":
                return r.choice(["env('%s')" % E, "getenv('%s')" % E, "$_ENV['%s']" % E])
            if lang in ("js", "ts"):
                return r.choice(["process.env.%s" % E, "process.env['%s']" % E, "configService.get('%s')" % E])
            if lang == "java":
                return 'System.getenv("%s")' % E
            if lang == "kt":
                return r.choice(['System.getenv("%s")' % E, "BuildConfig.%s" % E])
            if lang == "dart":
                return r.choice(["const String.fromEnvironment('%s')" % E, "dotenv.env['%s']!" % E])
            if lang == "go":
                return 'os.Getenv("%s")' % E
            if lang == "cs":
                return r.choice(['Environment.GetEnvironmentVariable("%s")' % E, '_config["%s:%s"]' % (self.prov, pascal(self.short))])
            if lang == "sh":
                return '"${%s}"' % E
            # fall through: literal
        return quote + self.v + quote

    def raw(self, lang):
        """Unquoted slot for yaml/properties/ini/markdown/json-string contents."""
        if self.mode == "env":
            E = self.ENV
            r = self.r
            if lang == "gha":
                return "${{ secrets.%s }}" % E
            if lang == "helm":
                return "{{ .Values.%s.%s }}" % (self.k.slug, self.shortcamel)
            if lang == "compose":
                return "${%s}" % E
            if lang == "props":
                return "${%s}" % E
            if lang == "spring":
                return "${%s:}" % E
            if lang == "postman":
                return "{{%s}}" % self.shortcamel
            if lang == "md":
                return "$" + E
            if lang == "json":
                return r.choice(["${%s}" % E, "env:%s" % E, "{{ %s }}" % E])
            if lang == "k8s":
                return "$(%s)" % E
            if lang == "ini":
                return "%%(%s)s" % E.lower() if r.random() < 0.5 else "${%s}" % E
            if lang == "toml":
                return "${%s}" % E
            if lang == "sql":
                return "CHANGE_ME"
        return self.v

    def comp_lines(self, fmt, sep="\n"):
        return sep.join(fmt.format(n=n, v=v, N=n.upper(), c=camel(n)) for n, v in self.comps)


# ----------------------------------------------------------------------------------------------
# header helper
# ----------------------------------------------------------------------------------------------
def hdr(c):
    h = c.k.header or ("Authorization", "Bearer ")
    name, pre = h
    if pre == "Basic* ":
        pre = "Bearer "
    return name, pre


# ----------------------------------------------------------------------------------------------
# generic templates: each returns (relpath, text). c.q()/c.raw() produce the slot.
# ----------------------------------------------------------------------------------------------
COMMENTS = {
    "sw": ["# TODO: hamisha hii kwenye vault kabla ya production", "# Usiguse hii bila kuuliza Otieno",
           "# ufunguo wa live - tumeupata kutoka portal", "# Mipangilio ya malipo"],
    "fr": ["# Configuration des paiements", "# cle de production - a ne pas partager", "# A deplacer dans le coffre plus tard"],
    "pcm": ["# abeg no change am o", "# oga say make we use live key for now", "# na this one dey work for prod"],
    "af": ["# moenie hierdie verander nie", "# Betalings instellings", "# tydelik - sal later skuif"],
    "en": ["# payments config", "# quick fix for demo on Friday", "# TODO move to secrets manager", "# production credentials"],
}


def cmt(r, style="#"):
    lang = r.choice(list(COMMENTS))
    s = r.choice(COMMENTS[lang])
    return s.replace("#", style, 1)


def pick_app(r):
    return r.choice(["duka", "sokoni", "mama_mboga", "bodapay", "jijenge", "owo", "alaje", "kobo_market",
                     "akwaaba_shop", "chale_pay", "malipo", "tuma", "ubuntu_pay", "lekker_eats", "teranga",
                     "kigali_ride", "jumia_clone", "ajo", "esusu", "harambee_api", "sacco_core", "chama_app"])


def t_django_settings(r, c):
    app = pick_app(r)
    comps = c.comp_lines(c.k.slug.upper() + "_{N} = \"{v}\"")
    body = '''"""
Django settings for {app} project.
"""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = os.getenv("DEBUG", "0") == "1"
ALLOWED_HOSTS = ["{app}.co.ke", "api.{app}.co.ke", "localhost"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "rest_framework",
    "payments",
]

TIME_ZONE = "Africa/Nairobi"
LANGUAGE_CODE = "en-us"

{cm}
{comps}
{ENV} = {q}
{K}_CALLBACK_URL = "https://api.{app}.co.ke/payments/{slug}/callback/"

STATIC_URL = "/static/"
'''.format(app=app, cm=cmt(r), comps=comps, ENV=c.ENV, q=c.q("py"), K=c.k.slug.upper(), slug=c.k.slug)
    return "%s/settings.py" % app, body


def t_flask_config(r, c):
    body = '''import os


class Config:
    SECRET_KEY_FALLBACK = None
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///dev.db")
    {cm}
    {comps}
    {ENV} = {q}
    {K}_BASE_URL = "{url}"


class ProductionConfig(Config):
    DEBUG = False


class DevelopmentConfig(Config):
    DEBUG = True
'''.format(cm=cmt(r), comps=c.comp_lines(c.k.slug.upper() + "_{N} = '{v}'", "\n    "), ENV=c.ENV,
           q=c.q("py", "'"), K=c.k.slug.upper(), url=c.url)
    return r.choice(["config.py", "app/config.py", "instance/config.py"]), body


def t_py_decouple(r, c):
    body = '''from decouple import config

{cm}
{snake_up} = config("{ENV}", default={q})
{extra}
DEBUG = config("DEBUG", default=False, cast=bool)
'''.format(cm=cmt(r), snake_up=c.ENV, ENV=c.ENV, q=c.q("py"),
           extra=c.comp_lines("{N} = config('{N}', default='{v}')"))
    return r.choice(["core/settings/base.py", "backend/settings/prod.py", "src/config/settings.py"]), body


def t_py_client(r, c):
    h, pre = hdr(c)
    body = '''import logging

import requests

log = logging.getLogger(__name__)

BASE_URL = "{url}"
{short_up} = {q}  {cm}


class {P}Client:
    def __init__(self, timeout=30):
        self.session = requests.Session()
        self.session.headers.update({{
            "{h}": "{pre}" + {short_up},
            "Content-Type": "application/json",
        }})
        self.timeout = timeout

    def post(self, path, payload):
        resp = self.session.post(BASE_URL + path, json=payload, timeout=self.timeout)
        log.info("%s %s -> %s", "{prov}", path, resp.status_code)
        resp.raise_for_status()
        return resp.json()
'''.format(url=c.url, short_up=snake(c.short).upper(), q=c.q("py"), cm=cmt(r), P=pascal(c.k.slug), h=h, pre=pre, prov=c.prov)
    return "%s/%s_client.py" % (r.choice(["payments", "services", "integrations", "utils"]), c.k.slug), body


def t_py_script(r, c):
    body = '''#!/usr/bin/env python3
# quick script ya kutest {prov} - run: python scripts/test_{slug}.py
import json
import sys
import urllib.request

{comps}
{short} = {q}

def main():
    req = urllib.request.Request("{url}/ping", headers={{"Accept": "application/json"}})
    req.add_header("X-Client", "{slug}-smoke")
    print("using key ending", {short}[-4:])
    with urllib.request.urlopen(req, timeout=20) as r:
        print(json.dumps(json.load(r), indent=2))

if __name__ == "__main__":
    sys.exit(main())
'''.format(prov=c.prov, slug=c.k.slug, comps=c.comp_lines("{n} = '{v}'"), short=snake(c.short).lower(), q=c.q("py", "'"), url=c.url)
    return "scripts/test_%s.py" % c.k.slug, body


def t_laravel_services(r, c):
    others = r.sample([("mailgun", "'domain' => env('MAILGUN_DOMAIN'),\n        'secret' => env('MAILGUN_SECRET'),"),
                       ("ses", "'key' => env('AWS_ACCESS_KEY_ID'),\n        'region' => env('AWS_DEFAULT_REGION', 'af-south-1'),"),
                       ("termii_sender", "'sender' => env('SMS_SENDER', 'Alert'),")], 2)
    mine = "    '%s' => [\n" % c.k.slug
    mine += "".join("        '%s' => '%s',\n" % (n, v) for n, v in c.comps)
    if c.mode == "env":
        mine += "        '%s' => env('%s'),\n" % (snake(c.short).lower(), c.ENV)
    else:
        mine += "        '%s' => env('%s', %s),\n" % (snake(c.short).lower(), c.ENV, c.q("php", "'"))
    mine += "        'base_url' => '%s',\n    ],\n" % c.url
    parts = ["    '%s' => [\n        %s\n    ],\n" % o for o in others]
    parts.insert(r.randrange(3), mine)
    body = "<?php\n\nreturn [\n\n    /*\n    |--------------------------------------------------------------------------\n    | Third Party Services\n    |--------------------------------------------------------------------------\n    */\n\n" + "\n".join(parts) + "\n];\n"
    return "config/services.php", body


def t_laravel_custom_config(r, c):
    body = "<?php\n\n%s\nreturn [\n" % cmt(r, "//")
    body += "    'env' => env('%s_ENV', 'live'),\n" % c.k.slug.upper()
    for n, v in c.comps:
        body += "    '%s' => '%s',\n" % (camel(n), v)
    body += "    '%s' => %s,\n" % (c.shortcamel, c.q("php", "'"))
    body += "    'callback_url' => env('APP_URL') . '/api/%s/callback',\n    'timeout' => 60,\n];\n" % c.k.slug
    return "config/%s.php" % c.k.slug, body


def t_wp_define(r, c):
    plug = r.choice(["woo-mpesa-lipa", "naija-pay-gateway", "wc-momo-checkout", "paystack-for-duka", "jumla-payments"])
    body = '''<?php
/**
 * Plugin Name: {title}
 * Description: Accept {prov} payments on WooCommerce.
 * Version: 1.{minor}.{patch}
 * Author: {author}
 */

if ( ! defined( 'ABSPATH' ) ) {{
    exit;
}}

{cm}
{comps}
define( '{ENV}', {q} );

add_action( 'plugins_loaded', '{fn}_init', 11 );

function {fn}_init() {{
    if ( ! class_exists( 'WC_Payment_Gateway' ) ) {{
        return;
    }}
    require_once __DIR__ . '/includes/class-wc-gateway-{slug}.php';
}}
'''.format(title=plug.replace("-", " ").title(), prov=c.prov, minor=r.randrange(9), patch=r.randrange(20),
           author=r.choice(["Kamau Njoroge", "Adebayo Ogunlesi", "Kofi Mensah", "Thabo Nkosi", "Aminata Diallo"]),
           cm=cmt(r, "//"), comps="\n".join("define( '%s_%s', '%s' );" % (c.k.slug.upper(), n.upper(), v) for n, v in c.comps),
           ENV=c.ENV, q=c.q("php", "'"), fn=plug.replace("-", "_"), slug=c.k.slug)
    return "wp-content/plugins/%s/%s.php" % (plug, plug), body


def t_wc_gateway(r, c):
    body = '''<?php

class WC_Gateway_{P} extends WC_Payment_Gateway {{

    public function __construct() {{
        $this->id                 = '{slug}';
        $this->method_title       = __( '{prov}', 'woocommerce' );
        $this->method_description = __( 'Lipa kwa {prov}', 'woocommerce' );
        $this->has_fields         = false;
        $this->init_form_fields();
        $this->init_settings();
        $this->{sc} = $this->get_option( '{sl}' );
    }}

    public function init_form_fields() {{
        $this->form_fields = array(
            'enabled' => array(
                'title'   => 'Enable/Disable',
                'type'    => 'checkbox',
                'default' => 'yes',
            ),
            '{sl}' => array(
                'title'   => '{label}',
                'type'    => 'password',
                'default' => {q},
            ),
            'testmode' => array(
                'title'   => 'Test mode',
                'type'    => 'checkbox',
                'default' => 'no',
            ),
        );
    }}
}}
'''.format(P=pascal(c.k.slug), slug=c.k.slug, prov=c.prov, sc=c.shortcamel, sl=snake(c.short).lower(), label=c.k.label,
           q=c.q("php", "'"))
    return "includes/class-wc-gateway-%s.php" % c.k.slug, body


def t_php_plain(r, c):
    body = '''<?php
// {cm}
require_once 'vendor/autoload.php';

${sc} = {q};
{comps}
$ch = curl_init('{url}');
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
curl_setopt($ch, CURLOPT_HTTPHEADER, [
    'Content-Type: application/json',
]);
$res = curl_exec($ch);
echo $res;
'''.format(cm=cmt(r, "")[1:].strip(), sc=c.shortcamel, q=c.q("php", "'"),
           comps=c.comp_lines("${c} = '{v}';"), url=c.url)
    return r.choice(["api/%s.php" % c.k.slug, "inc/pay.php", "public/checkout/process.php"]), body


def t_node_config(r, c):
    body = '''// config/{slug}.js
{cm}
module.exports = {{
  baseUrl: '{url}',
{comps}
  {sc}: {q},
{cur}}};
'''.format(slug=c.k.slug, cm=cmt(r, "//"), url=c.url,
           comps="".join("  %s: '%s',\n" % (camel(n), v) for n, v in c.comps), sc=c.shortcamel, q=c.q("js", "'"),
           cur="" if "currency" in dict(c.comps) else "  currency: '%s',\n" % r.choice(["KES", "NGN", "GHS", "UGX", "ZAR", "XOF", "TZS", "RWF"]))
    return "config/%s.js" % c.k.slug, body


def t_express_route(r, c):
    h, pre = hdr(c)
    body = '''const express = require('express');
const axios = require('axios');

const router = express.Router();
const {CONST} = {q}; {cm}

router.post('/pay', async (req, res) => {{
  try {{
    const {{ amount, phone }} = req.body;
    const {{ data }} = await axios.post('{url}/transactions', {{ amount, phone }}, {{
      headers: {{ '{h}': `{pre}${{{CONST}}}` }},
    }});
    res.json(data);
  }} catch (err) {{
    console.error('wahala dey:', err.message);
    res.status(500).json({{ message: 'Payment failed' }});
  }}
}});

module.exports = router;
'''.format(CONST=c.ENV, q=c.q("js", "'"), cm=cmt(r, "//"), url=c.url, h=h, pre=pre)
    return "routes/%s.js" % c.k.slug, body


def t_ts_service(r, c):
    h, pre = hdr(c)
    body = '''import {{ Injectable, Logger }} from '@nestjs/common';
import {{ HttpService }} from '@nestjs/axios';
import {{ firstValueFrom }} from 'rxjs';

{comps}
const {CONST}: string = {q};

@Injectable()
export class {P}Service {{
  private readonly logger = new Logger({P}Service.name);
  constructor(private readonly http: HttpService) {{}}

  async verify(reference: string) {{
    const res = await firstValueFrom(
      this.http.get(`{url}/verify/${{reference}}`, {{
        headers: {{ '{h}': `{pre}${{{CONST}}}` }},
      }}),
    );
    this.logger.log(`verified ${{reference}}`);
    return res.data;
  }}
}}
'''.format(comps=c.comp_lines("const {N}: string = '{v}';"), CONST=c.ENV, q=c.q("ts", "'"), P=pascal(c.k.slug), url=c.url, h=h, pre=pre)
    return "src/%s/%s.service.ts" % (c.k.slug, c.k.slug), body


def t_ts_env_object(r, c):
    body = '''// src/environments/environment.prod.ts
export const environment = {{
  production: true,
  apiUrl: 'https://api.{app}.com',
  {slug}: {{
{comps}    {sc}: {q},
  }},
}};
'''.format(app=pick_app(r).replace("_", ""), slug=c.k.slug, comps="".join("    %s: '%s',\n" % (camel(n), v) for n, v in c.comps),
           sc=c.shortcamel, q=c.q("ts", "'"))
    return "src/environments/environment.prod.ts", body


def t_whatsapp_bot(r, c):
    body = '''const {{ Client, LocalAuth }} = require('whatsapp-web.js');
const qrcode = require('qrcode-terminal');
const axios = require('axios');

// bot ya kuuza - inajibu "lipa" na link ya malipo
const {CONST} = {q};
{comps}
const client = new Client({{ authStrategy: new LocalAuth() }});

client.on('qr', (qr) => qrcode.generate(qr, {{ small: true }}));
client.on('ready', () => console.log('Bot iko tayari!'));

client.on('message', async (msg) => {{
  const text = msg.body.trim().toLowerCase();
  if (text === 'lipa' || text === 'pay') {{
    const {{ data }} = await axios.post('{url}/payments', {{ phone: msg.from.replace('@c.us', ''), amount: 500 }},
      {{ headers: {{ Authorization: 'Bearer ' + {CONST} }} }});
    await msg.reply('Asante! Bonyeza hapa kulipa: ' + (data.link || data.checkout_url));
  }} else if (text === 'menu') {{
    await msg.reply('1. Lipa\\n2. Salio\\n3. Msaada');
  }}
}});

client.initialize();
'''.format(CONST=c.ENV, q=c.q("js", "'"), comps=c.comp_lines("const {N} = '{v}';"), url=c.url)
    return r.choice(["bot/index.js", "whatsapp-bot/bot.js", "src/bot.js"]), body


def t_java_props(r, c):
    lines = ["# %s" % c.k.label + " config", "server.port=8080", "spring.application.name=%s" % pick_app(r).replace("_", "-"),
             "spring.datasource.url=jdbc:postgresql://db:5432/payments", "spring.datasource.username=payments"]
    mine = ["%s.%s=%s" % (c.k.slug, n.replace("_", "-"), v) for n, v in c.comps]
    mine.append("%s.%s=%s" % (c.k.slug, c.short.replace("_", "-").lower(), c.raw("props")))
    pos = r.randrange(2, len(lines) + 1)
    lines[pos:pos] = mine
    lines += ["logging.level.root=INFO", "management.endpoints.web.exposure.include=health,info"]
    return "src/main/resources/application%s.properties" % r.choice(["", "-prod", "-staging"]), "\n".join(lines) + "\n"


def t_spring_yaml(r, c):
    comps = "".join("  %s: %s\n" % (n.replace("_", "-"), v) for n, v in c.comps)
    val = c.raw("spring") if c.mode == "env" else '"%s"' % c.v
    body = '''spring:
  application:
    name: {app}
  jpa:
    hibernate:
      ddl-auto: validate
{slug}:
  base-url: {url}
{comps}  {key}: {val}
  timeout-seconds: 30
server:
  port: 8081
'''.format(app=pick_app(r).replace("_", "-"), slug=c.k.slug, url=c.url, comps=comps,
           key=kebab(c.short), val=val)
    return "src/main/resources/application%s.yml" % r.choice(["", "-prod"]), body


def t_java_const(r, c):
    pkg = r.choice(["com.duka.payments", "ng.owo.core", "co.ke.malipo.api", "za.co.lekker.billing", "gh.chale.pay"])
    body = '''package {pkg}.config;

public final class {P}Constants {{

    private {P}Constants() {{}}

    public static final String BASE_URL = "{url}";
{comps}    // {cm}
    public static final String {C} = {q};
}}
'''.format(pkg=pkg, P=pascal(c.k.slug), url=c.url, comps="".join('    public static final String %s = "%s";\n' % (n.upper(), v) for n, v in c.comps),
           cm=cmt(r, "")[1:].strip(), C=snake(c.short).upper(), q=c.q("java"))
    return "src/main/java/%s/config/%sConstants.java" % (pkg.replace(".", "/"), pascal(c.k.slug)), body


def t_kotlin_object(r, c):
    app = pick_app(r)
    body = '''package com.{app}.android.data

object {P}Config {{
    const val BASE_URL = "{url}/"
{comps}    // {cm}
    {decl} {C} = {q}
}}
'''.format(app=app, P=pascal(c.k.slug), url=c.url, comps="".join('    const val %s = "%s"\n' % (n.upper(), v) for n, v in c.comps),
           cm=cmt(r, "")[1:].strip(), C=snake(c.short).upper(), q=c.q("kt"), decl="val" if c.mode == "env" else "const val")
    return "app/src/main/java/com/%s/data/%sConfig.kt" % (app, pascal(c.k.slug)), body


def t_gradle_buildconfig(r, c):
    val = c.v if c.mode == "lit" else "${project.findProperty('%s') ?: ''}" % c.ENV
    body = '''plugins {{
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}}

android {{
    namespace = "com.{app}.android"
    compileSdk = 34

    defaultConfig {{
        applicationId = "com.{app}.android"
        minSdk = 23
        targetSdk = 34
        versionCode = {vc}
        versionName = "2.{vc}.0"
        buildConfigField("String", "{C}", "\\"{val}\\"")
    }}

    buildFeatures {{
        buildConfig = true
        compose = true
    }}
}}
'''.format(app=pick_app(r), vc=r.randrange(2, 90), C=c.ENV, val=val)
    return "app/build.gradle.kts", body


def t_dart_const(r, c):
    qv = c.q("dart", "'")
    cst = "" if "dotenv" in qv else "const "
    qv = qv.replace("const String.fromEnvironment", "String.fromEnvironment")
    body = '''// lib/core/constants/{slug}_keys.dart
{cm}
class {P}Keys {{
  static const String baseUrl = '{url}';
{comps}  static {cst}String {sc} = {q};
}}
'''.format(slug=c.k.slug, cm=cmt(r, "//"), P=pascal(c.k.slug), url=c.url,
           comps="".join("  static const String %s = '%s';\n" % (camel(n), v) for n, v in c.comps),
           cst=cst, sc=c.shortcamel, q=qv)
    return "lib/core/constants/%s_keys.dart" % c.k.slug, body


def t_dart_dio(r, c):
    h, pre = hdr(c)
    body = '''import 'package:dio/dio.dart';

final _key = {q};

Dio build{P}Client() {{
  final dio = Dio(BaseOptions(
    baseUrl: '{url}',
    connectTimeout: const Duration(seconds: 20),
    headers: {{
      '{h}': '{pre}$_key',
      'Accept': 'application/json',
    }},
  ));
  dio.interceptors.add(LogInterceptor(responseBody: false));
  return dio;
}}
'''.format(q=c.q("dart", "'"), P=pascal(c.k.slug), url=c.url, h=h, pre=pre)
    return "lib/services/%s_client.dart" % c.k.slug, body


def t_go_const(r, c):
    body = '''package {pkg}

import (
	"net/http"
	"os"
	"time"
)

// {cm}
const baseURL = "{url}"

var (
	{sc} = {q}
{comps}	httpClient = &http.Client{{Timeout: 30 * time.Second}}
	_ = os.Getenv
)
'''.format(pkg=c.k.slug, cm=cmt(r, "")[1:].strip(), url=c.url, sc=c.shortcamel, q=c.q("go"),
           comps="".join('\t%s = "%s"\n' % (camel(n), v) for n, v in c.comps))
    return "internal/%s/client.go" % c.k.slug, body


def t_go_struct(r, c):
    body = '''package main

import (
	"log"
	"net/http"
)

type {P}Config struct {{
	BaseURL string
	Key     string
	Extra   map[string]string
}}

func main() {{
	cfg := {P}Config{{
		BaseURL: "{url}",
		Key:     {q},
		Extra:   map[string]string{{{comps}}},
	}}
	http.HandleFunc("/webhook/{slug}", webhookHandler(cfg))
	log.Println("listening on :8080")
	log.Fatal(http.ListenAndServe(":8080", nil))
}}
'''.format(P=pascal(c.k.slug), url=c.url, q=c.q("go"), comps=", ".join('"%s": "%s"' % (n, v) for n, v in c.comps), slug=c.k.slug)
    return "cmd/%s-webhook/main.go" % c.k.slug, body


def t_cs_appsettings(r, c):
    sect = {n: v for n, v in c.comps}
    sect[pascal(c.short)] = c.raw("json")
    doc = {"Logging": {"LogLevel": {"Default": "Information"}}, "AllowedHosts": "*",
           "ConnectionStrings": {"Default": "Server=db;Database=Payments;Trusted_Connection=True;"}}
    doc[c.prov.replace("-", "").replace("'", "")] = {pascal(k) if "_" in k else k: v for k, v in sect.items()}
    return "src/Api/appsettings.%sjson" % r.choice(["", "Production.", "Staging."]), json.dumps(doc, indent=2) + "\n"


def t_cs_class(r, c):
    body = '''using System.Net.Http;
using System.Net.Http.Headers;

namespace {ns}.Payments
{{
    public class {P}Gateway
    {{
        private const string BaseUrl = "{url}";
        private readonly string _key = {q};
        private readonly HttpClient _http;

        public {P}Gateway(HttpClient http)
        {{
            _http = http;
            _http.BaseAddress = new System.Uri(BaseUrl);
        }}
    }}
}}
'''.format(ns=r.choice(["Malipo", "Chale.Shop", "Lekker.Eats", "Teranga.Api"]), P=pascal(c.k.slug), url=c.url, q=c.q("cs"))
    return "src/Payments/%sGateway.cs" % pascal(c.k.slug), body


def t_gha(r, c):
    body = '''name: deploy-{env}

on:
  push:
    branches: [ main ]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      NODE_ENV: production
{comps}      {ENV}: {v}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - run: npm run build
      - run: npx serverless deploy --stage {env}
'''.format(env=r.choice(["prod", "staging", "live"]), comps="".join("      %s_%s: \"%s\"\n" % (c.k.slug.upper(), n.upper(), v) for n, v in c.comps),
           ENV=c.ENV, v=c.raw("gha"))
    return ".github/workflows/deploy.yml", body


def t_compose(r, c):
    body = '''version: "3.8"
services:
  api:
    build: .
    ports:
      - "8000:8000"
    environment:
      - DATABASE_URL=postgres://app:app@db:5432/app
{comps}      - {ENV}={v}
    depends_on:
      - db
  db:
    image: postgres:15
    environment:
      POSTGRES_USER: app
      POSTGRES_DB: app
'''.format(comps="".join("      - %s_%s=%s\n" % (c.k.slug.upper(), n.upper(), v) for n, v in c.comps), ENV=c.ENV, v=c.raw("compose"))
    return r.choice(["docker-compose.yml", "docker-compose.prod.yml", "deploy/docker-compose.yml"]), body


def t_k8s_secret(r, c):
    if c.mode == "env":
        c.mode = "lit"
        c.v = r.choice(["REPLACE_ME", "<set-by-sealed-secrets>", ""])
    body = '''apiVersion: v1
kind: Secret
metadata:
  name: {slug}-credentials
  namespace: {ns}
type: Opaque
stringData:
{comps}  {ENV}: "{v}"
'''.format(slug=c.k.slug, ns=r.choice(["payments", "prod", "fintech", "default"]),
           comps="".join("  %s_%s: \"%s\"\n" % (c.k.slug.upper(), n.upper(), v) for n, v in c.comps), ENV=c.ENV, v=c.v)
    return "k8s/%s-secret.yaml" % c.k.slug, body


def t_k8s_deploy(r, c):
    body = '''apiVersion: apps/v1
kind: Deployment
metadata:
  name: payments-api
spec:
  replicas: 2
  selector:
    matchLabels:
      app: payments-api
  template:
    metadata:
      labels:
        app: payments-api
    spec:
      containers:
        - name: api
          image: registry.gitlab.com/{org}/payments-api:{tag}
          env:
{comps}            - name: {ENV}
              value: "{v}"
'''.format(org=pick_app(r), tag="v1.%d.%d" % (r.randrange(20), r.randrange(20)),
           comps="".join("            - name: %s_%s\n              value: \"%s\"\n" % (c.k.slug.upper(), n.upper(), v) for n, v in c.comps),
           ENV=c.ENV, v=c.raw("k8s"))
    return "k8s/deployment.yaml", body


def t_helm_values(r, c):
    body = '''replicaCount: 2
image:
  repository: ghcr.io/{org}/api
  tag: "{tag}"
ingress:
  enabled: true
  host: api.{org}.africa
{slug}:
{comps}  {sc}: "{v}"
resources:
  limits:
    memory: 512Mi
'''.format(org=pick_app(r).replace("_", ""), tag="%d.%d.%d" % (r.randrange(4), r.randrange(30), r.randrange(10)), slug=c.k.slug,
           comps="".join("  %s: \"%s\"\n" % (camel(n), v) for n, v in c.comps), sc=c.shortcamel, v=c.raw("helm") if c.mode == "env" else c.v)
    return r.choice(["helm/values-prod.yaml", "charts/api/values.yaml"]), body


def t_json_config(r, c):
    d = {"app": pick_app(r), "port": 3000, "logLevel": "info"}
    sec = {camel(n): v for n, v in c.comps}
    sec[c.shortcamel] = c.raw("json")
    sec["baseUrl"] = c.url
    d[c.k.slug] = sec
    return r.choice(["config/production.json", "config/default.json", "src/config.json"]), json.dumps(d, indent=2) + "\n"


def t_runtimeconfig(r, c):
    d = {c.k.slug: {snake(c.short).lower(): c.raw("json")}}
    for n, v in c.comps:
        d[c.k.slug][n] = v
    return "functions/.runtimeconfig.json", json.dumps(d, indent=2) + "\n"


def t_props_plain(r, c):
    lines = ["# %s" % cmt(r)[2:], "app.name=%s" % pick_app(r)]
    lines += ["%s.%s=%s" % (c.k.slug, camel(n), v) for n, v in c.comps]
    lines.insert(r.randrange(1, len(lines) + 1), "%s.%s=%s" % (c.k.slug, c.shortcamel, c.raw("props")))
    lines.append("sms.sender=%s" % r.choice(["ALERT", "DUKA", "OWO"]))
    return r.choice(["gradle.properties", "config/app.properties", "local.properties"]), "\n".join(lines) + "\n"


def t_curl_sh(r, c):
    h, pre = hdr(c)
    val = c.q("sh")
    if c.mode != "env":
        val = val.strip('"')
    body = '''#!/usr/bin/env bash
# {cm}
set -euo pipefail

curl -sS -X POST "{url}/transaction/initialize" \\
  -H "{h}: {pre}{val}" \\
  -H "Content-Type: application/json" \\
  -d '{{"amount": {amt}, "email": "{email}"}}' | jq .
'''.format(cm=cmt(r)[2:], url=c.url, h=h, pre=pre, val=val.strip('"'), amt=r.randrange(100, 900000),
           email=r.choice(["ada@example.com", "wanjiru@example.co.ke", "kojo@example.com"]))
    return r.choice(["scripts/test_payment.sh", "bin/smoke.sh", "tools/curl-%s.sh" % c.k.slug]), body


def t_export_sh(r, c):
    v = c.q("sh")
    body = '''#!/bin/sh
# deploy helper - tumia kwa staging/prod
export NODE_ENV=production
{comps}export {ENV}={v}
pm2 restart ecosystem.config.js --update-env
'''.format(comps=c.comp_lines("export {N}={v}") + ("\n" if c.comps else ""), ENV=c.ENV, v=v)
    return r.choice(["deploy.sh", "scripts/start-prod.sh", "ops/run.sh"]), body


def t_postman_collection(r, c):
    h, pre = hdr(c)
    coll = {
        "info": {"_postman_id": uuid4(r), "name": "%s API" % c.prov,
                 "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{"name": "Initiate payment", "request": {
            "method": "POST",
            "header": [{"key": h, "value": pre + c.raw("postman"), "type": "text"},
                       {"key": "Content-Type", "value": "application/json"}],
            "url": {"raw": "{{baseUrl}}/payments", "host": ["{{baseUrl}}"], "path": ["payments"]},
            "body": {"mode": "raw", "raw": json.dumps({"amount": r.randrange(10, 5000), "currency": "KES"})}}}],
        "variable": [{"key": "baseUrl", "value": c.url}],
    }
    return "postman/%s.postman_collection.json" % c.k.slug, json.dumps(coll, indent=2) + "\n"


def t_postman_env(r, c):
    vals = [{"key": "baseUrl", "value": c.url, "enabled": True}]
    vals += [{"key": camel(n), "value": v, "enabled": True} for n, v in c.comps]
    vals.append({"key": c.shortcamel, "value": c.v if c.mode == "lit" else "", "type": "secret", "enabled": True})
    d = {"id": uuid4(r), "name": "%s %s" % (c.prov, r.choice(["Prod", "Live", "Staging"])), "values": vals,
         "_postman_variable_scope": "environment"}
    return "postman/%s-prod.postman_environment.json" % c.k.slug, json.dumps(d, indent=2) + "\n"


def t_readme(r, c):
    h, pre = hdr(c)
    body = '''# {app}

Backend ya {prov} integration (Nairobi / Lagos team).

## Setup

```bash
npm install
npm run dev
```

## Kutest haraka

```bash
curl -X GET "{url}/balance" \\
  -H "{h}: {pre}{v}"
```

{comps}
> NB: usisahau kubadilisha callback URL kwenye dashboard.
'''.format(app=pick_app(r), prov=c.prov, url=c.url, h=h, pre=pre, v=c.raw("md"),
           comps=c.comp_lines("- {n}: `{v}`"))
    return "README.md", body


def t_notes_md(r, c):
    body = '''# Deployment notes ({date})

- server: `ubuntu@{ip}`
- pm2 app: `payments`
- {label}: `{v}`
{comps}
TODO: rotate after launch.
'''.format(date="2024-%02d-%02d" % (r.randrange(1, 13), r.randrange(1, 28)), ip="102.%d.%d.%d" % (r.randrange(255), r.randrange(255), r.randrange(255)),
           label=c.k.label, v=c.raw("md"), comps=c.comp_lines("- {n}: `{v}`"))
    return r.choice(["docs/DEPLOY.md", "NOTES.md", "docs/handover.md"]), body


def t_sql_seed(r, c):
    v = c.raw("sql") if c.mode == "env" else c.v
    rows = [("'%s_env'" % c.k.slug, "'live'")] + [("'%s_%s'" % (c.k.slug, n), "'%s'" % x) for n, x in c.comps]
    rows.insert(r.randrange(len(rows) + 1), ("'%s_%s'" % (c.k.slug, snake(c.short).lower()), "'%s'" % v))
    body = "-- seed payment settings\nINSERT INTO settings (`key`, `value`, created_at) VALUES\n"
    body += ",\n".join("  (%s, %s, NOW())" % rw for rw in rows) + ";\n"
    return r.choice(["database/seeds/settings.sql", "db/seed.sql", "sql/002_payment_settings.sql"]), body


def t_ini(r, c):
    body = '''[app]
name = {app}
debug = false

[{slug}]
{comps}{short} = {v}
timeout = 30
'''.format(app=pick_app(r), slug=c.k.slug, comps=c.comp_lines("{n} = {v}") + ("\n" if c.comps else ""),
           short=snake(c.short).lower(), v=c.raw("ini"))
    return r.choice(["config.ini", "settings.ini", "conf/app.cfg"]), body


def t_toml(r, c):
    body = '''[server]
addr = ":8080"

[{slug}]
base_url = "{url}"
{comps}{short} = "{v}"
'''.format(slug=c.k.slug, url=c.url, comps=c.comp_lines('{n} = "{v}"') + ("\n" if c.comps else ""), short=snake(c.short).lower(), v=c.raw("toml"))
    return r.choice(["config.toml", "configs/prod.toml"]), body


def t_dotenv(r, c):
    lines = ["APP_NAME=%s" % pick_app(r), "APP_ENV=production", "DB_HOST=127.0.0.1"]
    lines += ["%s_%s=%s" % (c.k.slug.upper(), n.upper(), v) for n, v in c.comps]
    lines.insert(r.randrange(1, len(lines) + 1), "%s=%s" % (c.ENV, c.v))
    return r.choice([".env", ".env.production", ".env.local"]), "\n".join(lines) + "\n"


def t_env_example(r, c):
    # used only for negatives (placeholder/empty)
    lines = ["APP_NAME=%s" % pick_app(r), "APP_ENV=local"]
    lines += ["%s_%s=%s" % (c.k.slug.upper(), n.upper(), v) for n, v in c.comps]
    lines.append("%s=%s" % (c.ENV, c.v))
    return r.choice([".env.example", ".env.sample"]), "\n".join(lines) + "\n"


# ----------------------------------------------------------------------------------------------
# provider-specific templates
# ----------------------------------------------------------------------------------------------
def t_mpesa_stk_py(r, c):
    sc = dict(c.comps).get("shortcode", "174379")
    body = '''import base64
from datetime import datetime

import requests
from django.conf import settings

BUSINESS_SHORT_CODE = "{sc}"
PASSKEY = {q}  # {cm}


def lipa_na_mpesa(phone, amount, account_ref):
    timestamp = datetime.now().strftime("%Y%m%d%H%M%S")
    password = base64.b64encode((BUSINESS_SHORT_CODE + PASSKEY + timestamp).encode()).decode()
    payload = {{
        "BusinessShortCode": BUSINESS_SHORT_CODE,
        "Password": password,
        "Timestamp": timestamp,
        "TransactionType": "CustomerPayBillOnline",
        "Amount": amount,
        "PartyA": phone,
        "PartyB": BUSINESS_SHORT_CODE,
        "PhoneNumber": phone,
        "CallBackURL": settings.MPESA_CALLBACK_URL,
        "AccountReference": account_ref,
        "TransactionDesc": "Malipo ya bidhaa",
    }}
    token = get_access_token()
    r = requests.post("https://api.safaricom.co.ke/mpesa/stkpush/v1/processrequest",
                      json=payload, headers={{"Authorization": "Bearer " + token}}, timeout=30)
    return r.json()
'''.format(sc=sc, q=c.q("py"), cm=cmt(r)[2:])
    return r.choice(["mpesa/stk.py", "payments/mpesa/lipa_na_mpesa.py", "apps/mpesa/utils.py"]), body


def t_mpesa_stk_php(r, c):
    sc = dict(c.comps).get("shortcode", "174379")
    body = '''<?php

namespace App\\Services;

use Illuminate\\Support\\Facades\\Http;

class MpesaService
{{
    protected $shortcode = '{sc}';
    protected $passkey = {q};

    public function stkPush($phone, $amount, $reference)
    {{
        $timestamp = now()->format('YmdHis');
        $password = base64_encode($this->shortcode . $this->passkey . $timestamp);

        return Http::withToken($this->token())->post('https://api.safaricom.co.ke/mpesa/stkpush/v1/processrequest', [
            'BusinessShortCode' => $this->shortcode,
            'Password' => $password,
            'Timestamp' => $timestamp,
            'TransactionType' => 'CustomerBuyGoodsOnline',
            'Amount' => $amount,
            'PartyA' => $phone,
            'PartyB' => $this->shortcode,
            'PhoneNumber' => $phone,
            'CallBackURL' => route('mpesa.callback'),
            'AccountReference' => $reference,
            'TransactionDesc' => 'Order payment',
        ])->json();
    }}
}}
'''.format(sc=sc, q=c.q("php", "'"))
    return "app/Services/MpesaService.php", body


def t_mpesa_stk_node(r, c):
    sc = dict(c.comps).get("shortcode", "174379")
    body = '''const axios = require('axios');
const moment = require('moment');

const shortCode = '{sc}';
const passKey = {q};

exports.stkPush = async (token, phone, amount) => {{
  const timestamp = moment().format('YYYYMMDDHHmmss');
  const password = Buffer.from(shortCode + passKey + timestamp).toString('base64');
  const {{ data }} = await axios.post(
    'https://api.safaricom.co.ke/mpesa/stkpush/v1/processrequest',
    {{
      BusinessShortCode: shortCode,
      Password: password,
      Timestamp: timestamp,
      TransactionType: 'CustomerPayBillOnline',
      Amount: amount,
      PartyA: phone,
      PartyB: shortCode,
      PhoneNumber: phone,
      CallBackURL: process.env.CALLBACK_URL,
      AccountReference: 'Duka',
      TransactionDesc: 'Lipa',
    }},
    {{ headers: {{ Authorization: `Bearer ${{token}}` }} }},
  );
  return data;
}};
'''.format(sc=sc, q=c.q("js", "'"))
    return r.choice(["controllers/mpesa.js", "src/mpesa/stk.js"]), body


def t_daraja_oauth_py(r, c):
    key = mixed(r, ALNUM, 48)
    if c.mode == "env" or c.is_neg:
        kexpr = 'os.getenv("MPESA_CONSUMER_KEY")'
    else:
        kexpr = '"%s"' % key
    body = '''import os

import requests
from requests.auth import HTTPBasicAuth

CONSUMER_KEY = {kexpr}
CONSUMER_SECRET = {q}
OAUTH_URL = "https://api.safaricom.co.ke/oauth/v1/generate?grant_type=client_credentials"


def get_access_token():
    r = requests.get(OAUTH_URL, auth=HTTPBasicAuth(CONSUMER_KEY, CONSUMER_SECRET), timeout=15)
    r.raise_for_status()
    return r.json()["access_token"]
'''.format(kexpr=kexpr, q=c.q("py"))
    return r.choice(["mpesa/auth.py", "daraja/token.py"]), body


def t_b2c_py(r, c):
    d = dict(c.comps)
    body = '''def b2c_payout(token, phone, amount, remarks="Withdrawal"):
    payload = {{
        "OriginatorConversationID": str(uuid.uuid4()),
        "InitiatorName": "{ini}",
        "SecurityCredential": {q},
        "CommandID": "BusinessPayment",
        "Amount": amount,
        "PartyA": "{sc}",
        "PartyB": phone,
        "Remarks": remarks,
        "QueueTimeOutURL": BASE + "/b2c/timeout/",
        "ResultURL": BASE + "/b2c/result/",
        "Occassion": "payout",
    }}
    return requests.post("https://api.safaricom.co.ke/mpesa/b2c/v3/paymentrequest", json=payload,
                         headers={{"Authorization": "Bearer " + token}}).json()
'''.format(ini=d.get("initiator_name", "apiop"), q=c.q("py"), sc=d.get("shortcode", "600000"))
    head = "import uuid\n\nimport requests\n\nBASE = \"https://api.%s.co.ke\"\n\n\n" % pick_app(r).replace("_", "")
    return "payouts/b2c.py", head + body


def t_momo_node(r, c):
    d = dict(c.comps)
    if c.k.kind == "subscription_key":
        sub = c.q("js", "'")
        api_user = "process.env.MOMO_API_USER"
        api_key = "process.env.MOMO_API_KEY"
    else:
        sub = "process.env.MOMO_SUBSCRIPTION_KEY"
        api_user = "'%s'" % d.get("api_user", uuid4(r))
        api_key = c.q("js", "'")
    body = '''const axios = require('axios');
const {{ v4: uuidv4 }} = require('uuid');

const BASE = 'https://proxy.momoapi.mtn.com/collection';
const SUBSCRIPTION_KEY = {sub};
const API_USER = {api_user};
const API_KEY = {api_key};
const TARGET_ENV = '{te}';

async function token() {{
  const basic = Buffer.from(`${{API_USER}}:${{API_KEY}}`).toString('base64');
  const {{ data }} = await axios.post(`${{BASE}}/token/`, null, {{
    headers: {{ Authorization: `Basic ${{basic}}`, 'Ocp-Apim-Subscription-Key': SUBSCRIPTION_KEY }},
  }});
  return data.access_token;
}}

async function requestToPay(msisdn, amount) {{
  const ref = uuidv4();
  await axios.post(`${{BASE}}/v1_0/requesttopay`, {{
    amount: String(amount), currency: '{cur}', externalId: Date.now().toString(),
    payer: {{ partyIdType: 'MSISDN', partyId: msisdn }}, payerMessage: 'Payment', payeeNote: 'Thanks',
  }}, {{ headers: {{ Authorization: `Bearer ${{await token()}}`, 'X-Reference-Id': ref,
      'X-Target-Environment': TARGET_ENV, 'Ocp-Apim-Subscription-Key': SUBSCRIPTION_KEY }} }});
  return ref;
}}

module.exports = {{ requestToPay }};
'''.format(sub=sub, api_user=api_user, api_key=api_key, te=d.get("target_environment", "mtnuganda"),
           cur=d.get("currency", "UGX"))
    return "src/momo/collection.js", body


def t_momo_py(r, c):
    d = dict(c.comps)
    if c.k.kind == "subscription_key":
        line1 = 'SUBSCRIPTION_KEY = %s' % c.q("py")
        line2 = 'API_KEY = os.environ["MOMO_API_KEY"]'
    else:
        line1 = 'SUBSCRIPTION_KEY = os.environ["MOMO_SUBSCRIPTION_KEY"]'
        line2 = 'API_KEY = %s' % c.q("py")
    body = '''import os
import uuid

import requests

{l1}
API_USER = "{au}"
{l2}

def disburse(msisdn, amount):
    tok = requests.post("https://proxy.momoapi.mtn.com/disbursement/token/", auth=(API_USER, API_KEY),
                        headers={{"Ocp-Apim-Subscription-Key": SUBSCRIPTION_KEY}}).json()["access_token"]
    ref = str(uuid.uuid4())
    requests.post("https://proxy.momoapi.mtn.com/disbursement/v1_0/transfer", json={{
        "amount": str(amount), "currency": "{cur}", "externalId": ref[:8],
        "payee": {{"partyIdType": "MSISDN", "partyId": msisdn}},
    }}, headers={{"Authorization": "Bearer " + tok, "X-Reference-Id": ref,
                 "X-Target-Environment": "{te}", "Ocp-Apim-Subscription-Key": SUBSCRIPTION_KEY}})
    return ref
'''.format(l1=line1, l2=line2, au=d.get("api_user", uuid4(r)), cur=d.get("currency", "GHS"), te=d.get("target_environment", "mtnghana"))
    return "momo/disbursement.py", body


def t_paystack_webhook(r, c):
    body = '''const crypto = require('crypto');
const express = require('express');

const app = express();
const secret = {q};

app.post('/paystack/webhook', express.json(), (req, res) => {{
  const hash = crypto.createHmac('sha512', secret).update(JSON.stringify(req.body)).digest('hex');
  if (hash !== req.headers['x-paystack-signature']) {{
    return res.sendStatus(401);
  }}
  const event = req.body;
  if (event.event === 'charge.success') {{
    // TODO: credit wallet
    console.log('payment don land:', event.data.reference);
  }}
  res.sendStatus(200);
}});

app.listen(process.env.PORT || 4000);
'''.format(q=c.q("js", "'"))
    return r.choice(["webhook.js", "src/webhooks/paystack.js"]), body


def t_flw_python(r, c):
    body = '''from rave_python import Rave, RaveExceptions

{pub}
rave = Rave(PUBLIC_KEY, {q}, production=True, usingEnv=False)


def charge_mobile_money(phone, amount, email):
    payload = {{
        "amount": amount,
        "phonenumber": phone,
        "email": email,
        "redirect_url": "https://shop.example.ng/flw/redirect",
        "IP": "",
    }}
    try:
        res = rave.GhMobile.charge(payload)
        return res
    except RaveExceptions.TransactionChargeError as e:
        print(e.err)
'''.format(pub='PUBLIC_KEY = "FLWPUBK-%s-X"' % hexl(r, 32), q=c.q("py"))
    return "payments/flutterwave.py", body


def t_flw_encrypt(r, c):
    body = '''const forge = require('node-forge');

const ENCRYPTION_KEY = {q};

// 3DES encryption for direct card charge (Flutterwave v3)
function encrypt(payload) {{
  const cipher = forge.cipher.createCipher('3DES-ECB', forge.util.createBuffer(ENCRYPTION_KEY));
  cipher.start({{ iv: '' }});
  cipher.update(forge.util.createBuffer(JSON.stringify(payload), 'utf-8'));
  cipher.finish();
  return forge.util.encode64(cipher.output.getBytes());
}}

module.exports = {{ encrypt }};
'''.format(q=c.q("js", "'"))
    return "lib/flw-encrypt.js", body


def t_payfast_php(r, c):
    d = dict(c.comps)
    if c.k.kind == "passphrase":
        mk = "getenv('PAYFAST_MERCHANT_KEY')"
        pp = c.q("php", "'")
    else:
        mk = c.q("php", "'")
        pp = "getenv('PAYFAST_PASSPHRASE')"
    body = '''<?php
// PayFast checkout - lekker simple
$data = array(
    'merchant_id' => '{mid}',
    'merchant_key' => {mk},
    'return_url' => 'https://www.{shop}.co.za/return',
    'cancel_url' => 'https://www.{shop}.co.za/cancel',
    'notify_url' => 'https://www.{shop}.co.za/notify',
    'amount' => number_format($cartTotal, 2, '.', ''),
    'item_name' => 'Order#' . $orderId,
);
$passPhrase = {pp};

function generateSignature($data, $passPhrase = null) {{
    $pfOutput = '';
    foreach ($data as $key => $val) {{
        if ($val !== '') {{
            $pfOutput .= $key . '=' . urlencode(trim($val)) . '&';
        }}
    }}
    $getString = substr($pfOutput, 0, -1);
    if ($passPhrase !== null) {{
        $getString .= '&passphrase=' . urlencode(trim($passPhrase));
    }}
    return md5($getString);
}}
$data['signature'] = generateSignature($data, $passPhrase);
'''.format(mid=d.get("merchant_id", "10000100"), mk=mk, pp=pp, shop=r.choice(["lekkereats", "braaibox", "mzansimart", "kasistore"]))
    return "checkout/payfast.php", body


def t_ozow_cs(r, c):
    d = dict(c.comps)
    body = '''using System.Security.Cryptography;
using System.Text;

public static class OzowHash
{{
    private const string SiteCode = "{sc}";
    private const string {name} = {q};

    public static string HashCheck(string transactionReference, decimal amount, string bankRef)
    {{
        var s = (SiteCode + "ZA" + "ZAR" + amount.ToString("0.00") + transactionReference + bankRef
                 + "false" + {name}).ToLowerInvariant();
        using var sha = SHA512.Create();
        var bytes = sha.ComputeHash(Encoding.UTF8.GetBytes(s));
        return string.Concat(bytes.Select(b => b.ToString("x2")));
    }}
}}
'''.format(sc=d.get("site_code", "ABC-ABC-123"), name="PrivateKey" if c.k.kind == "private_key" else "ApiKey", q=c.q("cs"))
    if c.mode == "env":
        body = body.replace("private const string %s" % ("PrivateKey" if c.k.kind == "private_key" else "ApiKey"),
                            "private static readonly string %s" % ("PrivateKey" if c.k.kind == "private_key" else "ApiKey"))
    return "src/Ozow/OzowHash.cs", body


def t_at_python(r, c):
    d = dict(c.comps)
    body = '''import africastalking

username = "{u}"
api_key = {q}
africastalking.initialize(username, api_key)
sms = africastalking.SMS


def tuma_ujumbe(numbers, message):
    """Send SMS to a list of +254 numbers."""
    try:
        return sms.send(message, numbers, sender_id="{sid}")
    except Exception as e:
        print("Imeshindikana: %s" % e)
'''.format(u=d.get("username", "sandbox"), q=c.q("py"), sid=r.choice(["AFRICASTKNG", "DUKA", "SHAMBA"]))
    return r.choice(["sms/africastalking.py", "notifications/sms.py", "ussd/sms.py"]), body


def t_at_node(r, c):
    d = dict(c.comps)
    body = '''const AfricasTalking = require('africastalking')({{
  apiKey: {q},
  username: '{u}',
}});

const sms = AfricasTalking.SMS;

// USSD menu handler
module.exports.ussd = (req, res) => {{
  const {{ sessionId, phoneNumber, text }} = req.body;
  let response = '';
  if (text === '') {{
    response = 'CON Karibu\\n1. Angalia salio\\n2. Nunua airtime';
  }} else if (text === '1') {{
    response = 'END Salio lako ni KES 1,200';
  }} else {{
    response = 'END Asante';
    sms.send({{ to: [phoneNumber], message: 'Asante kwa kutumia huduma yetu' }});
  }}
  res.set('Content-Type', 'text/plain');
  res.send(response);
}};
'''.format(q=c.q("js", "'"), u=d.get("username", "sandbox"))
    return "ussd/handler.js", body


def t_termii_dart(r, c):
    d = dict(c.comps)
    body = '''import 'dart:convert';
import 'package:http/http.dart' as http;

class OtpService {{
  static const _apiKey = {q};
  static const _base = 'https://api.ng.termii.com/api';

  Future<String?> sendOtp(String phone) async {{
    final res = await http.post(Uri.parse('$_base/sms/otp/send'),
        headers: {{'Content-Type': 'application/json'}},
        body: jsonEncode({{
          'api_key': _apiKey,
          'message_type': 'NUMERIC',
          'to': phone,
          'from': '{sid}',
          'channel': 'dnd',
          'pin_attempts': 3,
          'pin_time_to_live': 5,
          'pin_length': 6,
          'pin_placeholder': '< 1234 >',
          'message_text': 'Your {app} code na < 1234 >',
          'pin_type': 'NUMERIC',
        }}));
    return jsonDecode(res.body)['pinId'];
  }}
}}
'''.format(q=c.q("dart", "'"), sid=d.get("sender_id", "N-Alert"), app=pick_app(r))
    body = body.replace("static const _apiKey = const", "static const _apiKey =")
    body = body.replace("static const _apiKey = dotenv", "static final _apiKey = dotenv")
    return "lib/services/otp_service.dart", body


def t_hubtel_cs(r, c):
    d = dict(c.comps)
    body = '''public class HubtelSettings
{{
    public string ClientId {{ get; set; }} = "{cid}";
    public string ClientSecret {{ get; set; }} = {q};
    public string MerchantAccountNumber {{ get; set; }} = "{acct}";
    public string CallbackUrl {{ get; set; }} = "https://api.chaleshop.com.gh/hubtel/callback";
}}
'''.format(cid=d.get("client_id", "abcdefgh"), q=c.q("cs"), acct=d.get("merchant_account", "1234567"))
    return "Hubtel/HubtelSettings.cs", body


def t_smileid_py(r, c):
    d = dict(c.comps)
    body = '''from smile_id_core import Signature, WebApi

partner_id = "{pid}"
api_key = {q}
sid_server = {srv}  # 0 = sandbox, 1 = production


def verify_bvn(user_id, job_id, bvn):
    connection = WebApi(partner_id, "https://kyc.{app}.ng/smile/callback", api_key, sid_server)
    id_info = {{"country": "NG", "id_type": "BVN", "id_number": bvn}}
    partner_params = {{"job_id": job_id, "user_id": user_id, "job_type": 5}}
    return connection.submit_job(partner_params, None, id_info, {{"return_job_status": True}})
'''.format(pid=d.get("partner_id", "1234"), q=c.q("py"), srv=d.get("sid_server", "1"), app=pick_app(r))
    return "kyc/smile.py", body


def t_mono_node(r, c):
    body = '''import axios from 'axios';

const mono = axios.create({{
  baseURL: 'https://api.withmono.com',
  headers: {{ 'mono-sec-key': {q}, accept: 'application/json' }},
}});

export async function exchangeToken(code: string) {{
  const {{ data }} = await mono.post('/account/auth', {{ code }});
  return data.id;
}}

export async function statement(accountId: string) {{
  const {{ data }} = await mono.get(`/accounts/${{accountId}}/statement?period=last6months`);
  return data;
}}
'''.format(q=c.q("ts", "'"))
    return "src/lib/mono.ts", body


def t_oauth_generic(r, c):
    d = dict(c.comps)
    body = '''import requests

TOKEN_URL = "{url}/oauth2/token"
CLIENT_ID = "{cid}"
CLIENT_SECRET = {q}


def get_token():
    resp = requests.post(TOKEN_URL, data={{
        "grant_type": "client_credentials",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
    }}, timeout=20)
    resp.raise_for_status()
    return resp.json()["access_token"]
'''.format(url=c.url, cid=d.get("client_id", uuid4(r)), q=c.q("py"))
    return "%s/auth.py" % c.k.slug, body


def t_basic_header_curl(r, c):
    # Orange Money style: precomputed Authorization header from portal
    body = '''#!/bin/bash
# Obtenir un token Orange Money (Web Payment)
curl -X POST \\
  -H "Authorization: Basic {v}" \\
  -d "grant_type=client_credentials" \\
  https://api.orange.com/oauth/v3/token
'''.format(v=c.raw("md") if c.mode == "env" else c.v)
    return "scripts/orange_token.sh", body


def t_termii_php(r, c):
    body = '''<?php
// send OTP with Termii
$payload = [
    "api_key" => {q},
    "to" => $phone,
    "from" => "{sid}",
    "sms" => "Your verification code is " . $code,
    "type" => "plain",
    "channel" => "generic",
];
$response = Http::post("https://api.ng.termii.com/api/sms/send", $payload);
'''.format(q=c.q("php", '"'), sid=dict(c.comps).get("sender_id", "Talert"))
    return "app/Helpers/sms.php", body


SPECIFIC = {
    "lnm_passkey": [t_mpesa_stk_py, t_mpesa_stk_php, t_mpesa_stk_node],
    "daraja_consumer_secret": [t_daraja_oauth_py],
    "initiator_security_credential": [t_b2c_py],
    ("mtn-momo",): [t_momo_node, t_momo_py],
    ("paystack",): [t_paystack_webhook],
    ("flutterwave", "secret_key"): [t_flw_python],
    ("flutterwave", "encryption_key"): [t_flw_encrypt],
    ("payfast",): [t_payfast_php],
    ("ozow",): [t_ozow_cs],
    ("africastalking",): [t_at_python, t_at_node],
    ("termii",): [t_termii_dart, t_termii_php],
    ("hubtel",): [t_hubtel_cs],
    ("smile-id",): [t_smileid_py],
    ("mono",): [t_mono_node],
    ("orange-money",): [t_basic_header_curl],
    "oauth": [t_oauth_generic],
}

GENERIC = [t_django_settings, t_flask_config, t_py_decouple, t_py_client, t_py_script, t_laravel_services,
           t_laravel_custom_config, t_wp_define, t_wc_gateway, t_php_plain, t_node_config, t_express_route,
           t_ts_service, t_ts_env_object, t_whatsapp_bot, t_java_props, t_spring_yaml, t_java_const,
           t_kotlin_object, t_gradle_buildconfig, t_dart_const, t_dart_dio, t_go_const, t_go_struct,
           t_cs_appsettings, t_cs_class, t_gha, t_compose, t_k8s_secret, t_k8s_deploy, t_helm_values,
           t_json_config, t_runtimeconfig, t_props_plain, t_curl_sh, t_export_sh, t_postman_collection,
           t_postman_env, t_readme, t_notes_md, t_sql_seed, t_ini, t_toml]


HEADER_TEMPLATES = set()


def generic_for(k):
    if k.tags & {"mpesa", "password", "bodykey"} or (k.slug == "momo" and k.kind == "api_key"):
        return [t for t in GENERIC if t not in HEADER_TEMPLATES]
    return GENERIC


def specific_for(k):
    out = []
    for key, ts in SPECIFIC.items():
        if isinstance(key, str):
            if key == k.kind and key != "oauth":
                out += ts
            if key == "oauth" and "oauth" in k.tags:
                out += ts
        elif len(key) == 1 and key[0] == k.provider:
            out += ts
        elif len(key) == 2 and key == (k.provider, k.kind):
            out += ts
    if k.kind == "daraja_consumer_secret" and k.provider == "safaricom-mpesa":
        pass
    return out


FILETYPE = {}


def filetype_of(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    ext = base.rsplit(".", 1)[-1] if "." in base else base
    return {"py": "python", "php": "php", "js": "javascript", "ts": "typescript", "java": "java", "kt": "kotlin",
            "kts": "gradle-kotlin", "dart": "dart", "go": "go", "cs": "csharp", "json": "json", "yml": "yaml",
            "yaml": "yaml", "properties": "properties", "sh": "shell", "md": "markdown", "sql": "sql",
            "ini": "ini", "cfg": "ini", "toml": "toml", "cer": "pem", "pem": "pem", "txt": "text", "csv": "csv",
            "lock": "lockfile", "sum": "gosum", "html": "html", "xml": "xml", "log": "log"}.get(ext, ext)


# ----------------------------------------------------------------------------------------------
# negative look-alike templates (no secrets)
# ----------------------------------------------------------------------------------------------
def n_mpesa_callback(r):
    ck = "ws_CO_%s%s" % ("%02d%02d2024%02d%02d%02d" % (r.randrange(1, 28), r.randrange(1, 13), r.randrange(24), r.randrange(60), r.randrange(60)), digits(r, 9))
    d = {"Body": {"stkCallback": {
        "MerchantRequestID": "%d-%d-%d" % (r.randrange(10000, 99999), r.randrange(10 ** 7, 10 ** 8), r.randrange(1, 9)),
        "CheckoutRequestID": ck, "ResultCode": 0, "ResultDesc": "The service request is processed successfully.",
        "CallbackMetadata": {"Item": [
            {"Name": "Amount", "Value": r.randrange(1, 20000)},
            {"Name": "MpesaReceiptNumber", "Value": receipt(r)},
            {"Name": "Balance"},
            {"Name": "TransactionDate", "Value": int("2024%02d%02d%02d%02d%02d" % (r.randrange(1, 13), r.randrange(1, 28), r.randrange(24), r.randrange(60), r.randrange(60)))},
            {"Name": "PhoneNumber", "Value": int("2547" + rs(r, DIG, 8))}]}}}}
    return r.choice(["tests/fixtures/stk_callback.json", "mpesa/tests/data/callback_success.json"]), json.dumps(d, indent=2) + "\n"


def n_mpesa_sandbox(r):
    body = '''# Sandbox test (Daraja) - values from the Safaricom developer portal test credentials page
import base64
import os
from datetime import datetime

SHORTCODE = "174379"
PASSKEY = "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919"
CONSUMER_KEY = os.environ["DARAJA_CONSUMER_KEY"]
CONSUMER_SECRET = os.environ["DARAJA_CONSUMER_SECRET"]
TEST_MSISDN = "254708374149"
TILL = "{till}"

ts = datetime.now().strftime("%Y%m%d%H%M%S")
password = base64.b64encode((SHORTCODE + PASSKEY + ts).encode()).decode()
print(password)
'''.format(till=digits(r, 6))
    return "scripts/sandbox_stk.py", body


def n_paystack_inline(r):
    body = '''<form id="paymentForm">
  <input type="email" id="email-address" required />
  <input type="tel" id="amount" required />
  <button type="submit" onclick="payWithPaystack(event)">Pay</button>
</form>
<script src="https://js.paystack.co/v1/inline.js"></script>
<script>
  function payWithPaystack(e) {{
    e.preventDefault();
    let handler = PaystackPop.setup({{
      key: '{pk}',
      email: document.getElementById('email-address').value,
      amount: document.getElementById('amount').value * 100,
      ref: '{ref}',
      onClose: function () {{ alert('Window closed.'); }},
      callback: function (response) {{ window.location = '/verify?reference=' + response.reference; }},
    }});
    handler.openIframe();
  }}
</script>
'''.format(pk=r.choice(["pk_live_", "pk_test_"]) + hexl(r, 40), ref="T" + digits(r, 15))
    return r.choice(["resources/views/checkout.blade.php", "public/pay.html", "templates/checkout.html"]), body


def n_flw_inline(r):
    body = '''import {{ useFlutterwave, closePaymentModal }} from 'flutterwave-react-v3';

const config = {{
  public_key: '{pk}',
  tx_ref: '{ref}',
  amount: 2500,
  currency: 'NGN',
  payment_options: 'card,mobilemoney,ussd',
  customer: {{ email: 'user@example.com', phone_number: '0{ph}', name: 'Chiamaka' }},
  customizations: {{ title: 'Owambe Tickets', description: 'Ticket payment', logo: '/logo.png' }},
}};

export default function PayButton() {{
  const handleFlutterPayment = useFlutterwave(config);
  return <button onClick={{() => handleFlutterPayment({{ callback: () => closePaymentModal() }})}}>Pay</button>;
}}
'''.format(pk=r.choice(["FLWPUBK-", "FLWPUBK_TEST-"]) + hexl(r, 32) + "-X", ref="owambe-" + digits(r, 10), ph=digits(r, 10))
    return "src/components/PayButton.jsx", body


def n_webhook_fixture(r):
    payload = {"event": "charge.success", "data": {"id": r.randrange(10 ** 9, 10 ** 10), "reference": "ref_" + mixed(r, LOW + DIG, 12),
                                                     "amount": r.randrange(1000, 500000), "currency": "NGN", "status": "success"}}
    sig = hashlib.sha512(json.dumps(payload).encode() + str(r.random()).encode()).hexdigest()
    body = '''const request = require('supertest');
const app = require('../app');

// signature computed with the test secret from the CI secret store
const payload = {payload};
const signature = '{sig}';

describe('paystack webhook', () => {{
  it('accepts valid signature', async () => {{
    await request(app).post('/paystack/webhook').set('x-paystack-signature', signature).send(payload).expect(200);
  }});
}});
'''.format(payload=json.dumps(payload), sig=sig)
    return "test/webhook.test.js", body


def n_package_lock(r):
    pk = {}
    for name in r.sample(["axios", "paystack-api", "africastalking", "flutterwave-node-v3", "express", "uuid", "moment", "dotenv", "node-forge", "mpesa-node"], 4):
        pk["node_modules/" + name] = {"version": "%d.%d.%d" % (r.randrange(1, 9), r.randrange(20), r.randrange(20)),
                                      "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (name, name),
                                      "integrity": "sha512-" + b64b(r, 64)}
    d = {"name": pick_app(r).replace("_", "-"), "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", json.dumps(d, indent=2) + "\n"


def n_pubspec_lock(r):
    out = ["packages:"]
    for name in r.sample(["flutter_paystack", "mpesa_flutter_plugin", "dio", "http", "provider", "flutterwave_standard", "shared_preferences"], 4):
        out += ["  %s:" % name, "    dependency: \"direct main\"", "    description:", "      name: %s" % name,
                "      sha256: \"%s\"" % hexl(r, 64), "      url: \"https://pub.dev\"", "    source: hosted",
                "    version: \"%d.%d.%d\"" % (r.randrange(5), r.randrange(20), r.randrange(20))]
    out += ["sdks:", "  dart: \">=3.0.0 <4.0.0\""]
    return "pubspec.lock", "\n".join(out) + "\n"


def n_gosum(r):
    lines = []
    for m in r.sample(["github.com/gin-gonic/gin v1.9.1", "github.com/jwambugu/mpesa-golang-sdk v1.0.3", "github.com/joho/godotenv v1.5.1",
                       "github.com/rpip/paystack-go v0.0.0-20230101", "golang.org/x/crypto v0.17.0"], 3):
        lines.append("%s h1:%s" % (m, b64b(r, 32)))
        lines.append("%s/go.mod h1:%s" % (m, b64b(r, 32)))
    return "go.sum", "\n".join(lines) + "\n"


def n_k8s_digest(r):
    body = '''apiVersion: apps/v1
kind: Deployment
metadata:
  name: ussd-gateway
spec:
  template:
    spec:
      containers:
        - name: ussd
          image: ghcr.io/{org}/ussd-gateway@sha256:{d}
          env:
            - name: AT_USERNAME
              value: "{u}"
            - name: AT_API_KEY
              valueFrom:
                secretKeyRef:
                  name: africastalking
                  key: apiKey
'''.format(org=pick_app(r).replace("_", ""), d=hexl(r, 64), u=r.choice(["shambapay", "jamiiapp"]))
    return "k8s/ussd-deployment.yaml", body


def n_changelog(r):
    out = ["# Changelog", ""]
    for i in range(r.randrange(4, 8)):
        out.append("## v1.%d.%d" % (10 - i, r.randrange(9)))
        for _ in range(r.randrange(1, 4)):
            out.append("- %s (%s)" % (r.choice(["fix STK push timeout", "add Airtel Money collection", "handle MoMo 409 conflict",
                                                  "rotate paystack keys via vault", "retry AT SMS on 5xx", "upgrade flutterwave SDK"]), hexl(r, 40)[:r.choice([7, 40])]))
        out.append("")
    return "CHANGELOG.md", "\n".join(out)


def n_sql_transactions(r):
    out = ["-- sample data for local testing", "INSERT INTO mpesa_transactions (receipt, msisdn, amount, paybill, account_ref, checkout_request_id) VALUES"]
    rows = []
    for _ in range(r.randrange(3, 7)):
        rows.append("  ('%s', '%s', %d.00, '%s', '%s', 'ws_CO_%s')" % (receipt(r), "2547" + rs(r, DIG, 8), r.randrange(10, 50000),
                                                                    digits(r, 6), "INV" + digits(r, 5), digits(r, 20)))
    return "database/seeds/mpesa_transactions.sql", "\n".join(out) + "\n" + ",\n".join(rows) + ";\n"


def n_momo_log(r):
    lines = []
    for _ in range(r.randrange(4, 9)):
        lines.append("2024-%02d-%02dT%02d:%02d:%02dZ INFO requesttopay X-Reference-Id=%s status=%s financialTransactionId=%s msisdn=%s" % (
            r.randrange(1, 13), r.randrange(1, 28), r.randrange(24), r.randrange(60), r.randrange(60), uuid4(r),
            r.choice(["SUCCESSFUL", "PENDING", "FAILED"]), digits(r, 9), "2567" + rs(r, DIG, 8)))
    return "docs/samples/momo-requests.log", "\n".join(lines) + "\n"


def n_smile_response(r):
    d = {"actions": {"Verify_ID_Number": "Verified", "Return_Personal_Info": "Returned"},
         "ResultCode": "1012", "ResultText": "ID Number Validated", "SmileJobID": digits(r, 10),
         "PartnerParams": {"job_id": "job-" + uuid4(r), "user_id": "user-" + digits(r, 6), "job_type": 5},
         "signature": b64b(r, 32), "timestamp": "2024-%02d-%02dT10:%02d:11.123Z" % (r.randrange(1, 13), r.randrange(1, 28), r.randrange(60))}
    return "kyc/tests/fixtures/smile_response.json", json.dumps(d, indent=2) + "\n"


def pem_body(r, nbytes, prefix=b"\x30\x82"):
    b = base64.b64encode(prefix + bytes(r.getrandbits(8) for _ in range(nbytes))).decode()
    return "\n".join(b[i:i + 64] for i in range(0, len(b), 64))


def n_public_cert(r):
    which = r.choice(["cert", "pub"])
    if which == "cert":
        body = "-----BEGIN CERTIFICATE-----\n%s\n-----END CERTIFICATE-----\n" % pem_body(r, 900)
        return r.choice(["certs/ProductionCertificate.cer", "resources/mpesa/SandboxCertificate.cer"]), body
    body = "-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----\n" % pem_body(
        r, 270, bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100"))
    return r.choice(["keys/palmpay_public.pem", "config/keys/opay_platform_public.pem"]), body


def n_ozow_notify(r):
    d = {"SiteCode": rs(r, UP, 3) + "-" + rs(r, UP, 3) + "-" + digits(r, 3), "TransactionId": uuid4(r),
         "TransactionReference": "ORD" + digits(r, 6), "Amount": "%d.00" % r.randrange(10, 9000), "Status": "Complete",
         "CurrencyCode": "ZAR", "IsTest": "false", "StatusMessage": "", "Hash": hexl(r, 128)}
    return "tests/Fixtures/ozow_notification.json", json.dumps(d, indent=2) + "\n"


def n_payfast_itn(r):
    fields = ["m_payment_id=%s" % digits(r, 5), "pf_payment_id=%s" % digits(r, 7), "payment_status=COMPLETE",
              "item_name=Braai+Box", "amount_gross=%d.00" % r.randrange(50, 3000), "merchant_id=%s" % digits(r, 8),
              "signature=%s" % hexl(r, 32)]
    return "tests/fixtures/payfast_itn.txt", "&".join(fields) + "\n"


def n_at_response(r):
    recips = [{"statusCode": 101, "number": "+2547" + rs(r, DIG, 8), "status": "Success", "cost": "KES 0.8000",
               "messageId": "ATXid_" + hexl(r, 32)} for _ in range(r.randrange(1, 4))]
    d = {"SMSMessageData": {"Message": "Sent to %d/%d Total Cost: KES 0.8000" % (len(recips), len(recips)), "Recipients": recips}}
    return "sms/tests/at_send_response.json", json.dumps(d, indent=2) + "\n"


def n_signing_fingerprints(r):
    def fp(n):
        h = hexu(r, n)
        return ":".join(h[i:i + 2] for i in range(0, n, 2))
    body = '''# App signing certificate fingerprints (register these in Firebase / Google Sign-In)
# release keystore: upload-keystore.jks (kept offline)
SHA1: {s1}
SHA256: {s2}
# debug
SHA1: {s3}
'''.format(s1=fp(40), s2=fp(64), s3=fp(40))
    return "docs/android-signing.md", body


def n_tills(r):
    out = ["region,business,paybill,till,account_format"]
    for _ in range(r.randrange(5, 10)):
        out.append("%s,%s,%s,%s,%s" % (r.choice(["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret"]), r.choice(["Mama Mboga", "Duka Kuu", "Jiko Hub"]),
                                        digits(r, 6), digits(r, r.choice([6, 7])), "ACC-" + digits(r, 4)))
    return "data/paybills.csv", "\n".join(out) + "\n"


def n_b64_image(r):
    body = '''// inline logo for receipts (generated)
const String receiptLogo =
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHe{b}';
'''.format(b=b64b(r, 120).rstrip("="))
    return "lib/assets/logo_data.dart", body


def n_flw_ciphertext(r):
    body = '''{{
  "description": "encrypted card payload captured in sandbox for regression tests",
  "client": "{c}",
  "tx_ref": "MC-{t}",
  "flw_ref": "FLW-MOCK-{f}"
}}
'''.format(c=b64b(r, 192), t=digits(r, 13), f=hexl(r, 32))
    return "tests/fixtures/flw_charge_encrypted.json", body


def n_ussd_log(r):
    lines = ["sessionId,serviceCode,phoneNumber,text,networkCode"]
    for _ in range(r.randrange(5, 10)):
        lines.append("ATUid_%s,*384*%d#,+2547%s,%s,63902" % (hexl(r, 32), r.randrange(1000, 99999), rs(r, DIG, 8),
                                                             r.choice(["", "1", "1*2", "2*1*500"])))
    return "data/ussd_sessions.csv", "\n".join(lines) + "\n"


def n_i18n(r):
    d = {"payment": {"enter_key": r.choice(["Weka ufunguo wako wa API", "Entrez votre cle API", "Put your API key here abeg", "Voer jou API-sleutel in"]),
                     "secret_hint": r.choice(["Ufunguo wa siri hauonyeshwi", "La cle secrete est masquee", "Die geheime sleutel is versteek"]),
                     "mpesa_prompt": "Angalia simu yako kuweka PIN ya M-Pesa", "ref_example": "Mfano: " + receipt(r)},
         "build": hexl(r, 40)}
    return r.choice(["assets/i18n/sw.json", "locales/fr.json", "src/i18n/pcm.json"]), json.dumps(d, indent=2, ensure_ascii=False) + "\n"


def n_sha256sums(r):
    out = []
    for f in ["duka-app-release-%d.apk", "duka-app-release-%d.aab", "mapping-%d.txt"]:
        out.append("%s  %s" % (hexl(r, 64), f % r.randrange(100, 400)))
    return "release/SHA256SUMS", "\n".join(out) + "\n"


def n_mongo_ids(r):
    d = [{"_id": hexl(r, 24), "monoAccountId": hexl(r, 24), "okraCustomer": hexl(r, 24), "bank": r.choice(["GTBank", "Access", "Zenith", "Kuda"]),
          "nuban": digits(r, 10)} for _ in range(3)]
    return "test/fixtures/linked_accounts.json", json.dumps(d, indent=2) + "\n"


def n_idempotency_test(r):
    body = '''import uuid

import pytest

IDEMPOTENCY_KEYS = [
{keys}
]


@pytest.mark.parametrize("key", IDEMPOTENCY_KEYS)
def test_duplicate_payout_is_ignored(client, key):
    r1 = client.post("/payouts", json={{"amount": 500, "msisdn": "254712345678"}}, headers={{"Idempotency-Key": key}})
    r2 = client.post("/payouts", json={{"amount": 500, "msisdn": "254712345678"}}, headers={{"Idempotency-Key": key}})
    assert r1.json()["id"] == r2.json()["id"]
'''.format(keys="\n".join('    "%s",' % uuid4(r) for _ in range(3)))
    return "tests/test_idempotency.py", body


def n_postman_vars(r):
    d = {"info": {"name": "Daraja Sandbox", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "item": [{"name": "STK Push", "request": {"method": "POST", "header": [{"key": "Authorization", "value": "Bearer {{access_token}}"}],
                                                     "url": "https://sandbox.safaricom.co.ke/mpesa/stkpush/v1/processrequest",
                                                     "body": {"mode": "raw", "raw": json.dumps({"BusinessShortCode": 174379, "Password": "{{password}}",
                                                                                                "Timestamp": "{{timestamp}}", "PartyA": 254708374149,
                                                                                                "CallBackURL": "https://mydomain.com/path",
                                                                                                "AccountReference": "CompanyXLTD"})}}}],
         "variable": [{"key": "consumer_key", "value": ""}, {"key": "consumer_secret", "value": ""}, {"key": "access_token", "value": ""}]}
    return "postman/daraja-sandbox.postman_collection.json", json.dumps(d, indent=2) + "\n"


def n_version_strings(r):
    body = '''// generated by build script - do not edit
export const BUILD = {{
  version: '{v}',
  commit: '{c}',
  builtAt: '2024-{m:02d}-{d:02d}T08:00:00Z',
  bundleHash: '{h}',
}};
'''.format(v="3.%d.%d" % (r.randrange(20), r.randrange(30)), c=hexl(r, 40), m=r.randrange(1, 13), d=r.randrange(1, 28), h=hexl(r, 20))
    return "src/build-info.ts", body


def n_paystack_verify_resp(r):
    d = {"status": True, "message": "Verification successful", "data": {
        "id": r.randrange(10 ** 9, 10 ** 10), "domain": "live", "status": "success", "reference": mixed(r, LOW + DIG, 10),
        "amount": r.randrange(1000, 900000), "gateway_response": "Approved", "channel": "card", "currency": "NGN",
        "ip_address": "102.89.%d.%d" % (r.randrange(255), r.randrange(255)),
        "authorization": {"bin": "408408", "last4": digits(r, 4), "exp_month": "12", "exp_year": "2030", "card_type": "visa",
                          "bank": "TEST BANK", "signature": "SIG_" + mixed(r, ALNUM, 20), "reusable": True},
        "customer": {"id": r.randrange(10 ** 7, 10 ** 8), "email": "tunde@example.com", "customer_code": "CUS_" + mixed(r, LOW + DIG, 15)}}}
    return "tests/fixtures/paystack_verify.json", json.dumps(d, indent=2) + "\n"


def n_env_example_full(r):
    lines = ["# Copy to .env and fill in - usiweke siri halisi hapa!", "APP_ENV=local",
             "MPESA_CONSUMER_KEY=", "MPESA_CONSUMER_SECRET=", "MPESA_SHORTCODE=174379",
             "MPESA_PASSKEY=bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919",
             "PAYSTACK_PUBLIC_KEY=pk_test_" + hexl(r, 40), "PAYSTACK_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
             "FLW_SECRET_KEY=FLWSECK_TEST-SANDBOXDEMOKEY-X", "AT_USERNAME=sandbox", "AT_API_KEY=<weka-api-key-hapa>"]
    return r.choice([".env.example", ".env.sample"]), "\n".join(lines) + "\n"


LOOKALIKES = [n_mpesa_callback, n_mpesa_sandbox, n_paystack_inline, n_flw_inline, n_webhook_fixture, n_package_lock,
              n_pubspec_lock, n_gosum, n_k8s_digest, n_changelog, n_sql_transactions, n_momo_log, n_smile_response,
              n_public_cert, n_ozow_notify, n_payfast_itn, n_at_response, n_signing_fingerprints, n_tills, n_b64_image,
              n_flw_ciphertext, n_ussd_log, n_i18n, n_sha256sums, n_mongo_ids, n_idempotency_test, n_postman_vars,
              n_version_strings, n_paystack_verify_resp, n_env_example_full]

HEADER_TEMPLATES.update({t_py_client, t_express_route, t_ts_service, t_dart_dio, t_curl_sh, t_postman_collection,
                         t_readme, t_whatsapp_bot})
RAW_LANG_TEMPLATES = {t_gha, t_compose, t_k8s_deploy, t_helm_values, t_json_config, t_runtimeconfig, t_props_plain,
                      t_java_props, t_spring_yaml, t_postman_collection, t_readme, t_notes_md, t_ini, t_toml,
                      t_cs_appsettings}


# ----------------------------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------------------------
def pick_kind(r):
    pool = []
    for k in KINDS:
        pool += [k] * KIND_WEIGHTS.get(k.provider, 2)
    return r.choice(pool)


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("USAGE")[1].split("NEEDLE")[0])
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    needles = set()
    env_budget = N_POS // 20
    env_used = 0

    # ---------------- positives
    # round-robin over templates so every template is used; kinds chosen per file
    all_templates = []
    first = list(GENERIC)
    for k in KINDS:
        for t in specific_for(k):
            if t not in first:
                first.append(t)
    r.shuffle(first)
    i = 0
    while i < N_POS:
        k = pick_kind(r)
        spec = specific_for(k)
        if i < len(first):
            t = first[i]
            if t not in GENERIC:
                k = r.choice([kk for kk in KINDS if t in specific_for(kk)])
            elif t not in generic_for(k):
                k = r.choice([kk for kk in KINDS if t in generic_for(kk)])
        elif spec and r.random() < 0.45:
            t = r.choice(spec)
        else:
            t = r.choice(generic_for(k))
            if env_used < env_budget and r.random() < 0.045:
                t = t_dotenv
        if t is t_dotenv:
            env_used += 1
        val = k.gen(r)
        if val in needles:
            continue
        c = Ctx(r, k, val)
        rel, text = t(r, c)
        if val not in text:
            continue
        lines = text.split("\n")
        ln = next(j for j, L in enumerate(lines) if val in L) + 1
        assert val in lines[ln - 1]
        assert not os.path.basename(rel).startswith(".env") or t is t_dotenv
        needles.add(val)
        fid = "pos/p%04d/%s" % (i, rel)
        write(outdir, fid, text)
        manifest.append({"file": fid, "label": "pos", "provider": k.provider, "kind": k.kind,
                         "filetype": filetype_of(rel), "template": t.__name__})
        secrets.append({"file": fid, "needle": val, "line": ln})
        all_templates.append(t.__name__)
        i += 1

    # ---------------- negatives
    neg_texts = []
    i = 0
    while i < N_NEG:
        if i % 2 == 0:
            k = pick_kind(r)
            spec = specific_for(k)
            t = r.choice(spec) if spec and r.random() < 0.45 else r.choice(generic_for(k) + [t_env_example])
            mode = r.choices(["placeholder", "env", "example", "public"], [4, 4, 1, 3])[0]
            if mode == "example" and not k.examples:
                mode = "placeholder"
            if mode == "public" and (not k.pub or t not in GENERIC):
                mode = "env"
            if t is t_env_example and mode == "env":
                mode = "placeholder"
            c = Ctx(r, k, "")
            c.is_neg = True
            if mode == "placeholder":
                c.v = placeholder_for(r, k)
                nk = "placeholder"
            elif mode == "env":
                c.mode = "env"
                c.v = placeholder_for(r, k)   # fallback for languages without env syntax
                nk = "env_reference"
            elif mode == "example":
                c.v = r.choice(k.examples)
                nk = "documented_example"
            else:
                envn, short, g = k.pub
                c.rename_public(envn, short)
                c.v = g(r)
                nk = "public_value"
            # companions that could be semi-secret never appear (only public ids are generated)
            rel, text = t(r, c)
            provider, kind, tname = k.provider, nk, t.__name__
        else:
            t = r.choice(LOOKALIKES)
            rel, text = t(r)
            provider, kind, tname = "lookalike", t.__name__[2:], t.__name__
        base = os.path.basename(rel)
        if base == ".env" or (base.startswith(".env.") and base not in (".env.example", ".env.sample")):
            continue
        fid = "neg/n%04d/%s" % (i, rel)
        write(outdir, fid, text)
        neg_texts.append(text)
        manifest.append({"file": fid, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype_of(rel), "template": tname})
        i += 1

    # self-checks
    for t in neg_texts:
        for nd in needles:
            assert nd not in t, "needle leaked into negative"
    assert len(needles) == N_POS

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
