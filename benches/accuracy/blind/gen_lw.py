#!/usr/bin/env python3
"""Blind evaluation-set generator "lw" for secret scanners.

EMPHASIS
    Southeast Asia, Australia and New Zealand ecosystems (ID, MY, SG, PH, TH, VN,
    AU, NZ), written by local developers: identifiers and comments partly in Bahasa
    Indonesia / Malay, Tagalog, Thai and Vietnamese.
    Providers / kinds: Xendit secret keys (xnd_production_/xnd_development_) and
    callback verification tokens, Midtrans server keys (Mid-server-/SB-Mid-server-),
    DOKU secret keys, Duitku merchant keys, iPaymu API keys, PayMongo sk_live_/sk_test_,
    Maya (PayMaya) sk- keys, DragonPay merchant passwords, Omise skey_, 2C2P secret
    keys, GB Prime Pay secret keys, ZaloPay key1/key2, MoMo secret keys, VNPay hash
    secrets, Stripe (AU) secret/restricted keys, Afterpay/Clearpay secret keys, Zip
    API keys, eWAY API keys and API passwords, Westpac PayWay secret keys, Windcave
    REST API keys, POLi authentication codes, Xero OAuth client secrets, MYOB API
    secrets, Australia Post / StarTrack API passwords, NZ Post client secrets, Sendle
    API keys, Grab partner/client secrets, Shopee Open Platform partner keys, Lazada
    app secrets, Tokopedia client secrets, LINE channel secrets and channel access
    tokens, Zalo OA secret keys, SingPass/MyInfo signing private keys (PEM),
    Telegram bot tokens.
    File types: PHP (Laravel config/services.php, CodeIgniter config, WooCommerce /
    wp-config), Node/TS, Python, Go, Java, Kotlin, Dart/Flutter, React Native, YAML
    (k8s, Helm, compose, GitHub Actions, GitLab CI, Ansible, serverless), JSON,
    XML (Android, web.config, Maven settings), .properties, shell, Dockerfile,
    Terraform, Postman, Markdown (id/ms/tl/th/vi), SQL, logs, INI, TOML, systemd,
    a few .env files (< 5% of positives).

USAGE
    python3 -B gen_lw.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Deterministic for a seed.

NEEDLE CONVENTIONS
    The secret value without quotes; prefixed keys keep their prefix (xnd_...,
    SB-Mid-server-..., sk_live_..., skey_..., shpk..., T12345_SEC_...); for HTTP
    headers only the token value; for curl -u "key:" the key; for passwords the
    password itself; for PEM private keys the first base64 line of the body;
    Telegram bot tokens are the whole "<bot id>:<secret>" string.

NEGATIVES
    250 re-use the positive templates with the secret slot holding: placeholders
    (English and local-language: isi_server_key_disini, ilagay-dito..., <ใส่คีย์>,
    nhap-khoa-bi-mat...), prefix-plus-X placeholders, empty values, masked values,
    env / secret-manager / Helm / GitHub Actions / Terraform references, documented
    provider sandbox values (Stripe docs key, ZaloPay demo app 2553 keys, MoMo
    public sandbox keys), and public values (xnd_public_, Mid-client-, pkey_, pk_,
    pk-, PayWay _PUB_ keys, client ids, merchant ids).  250 are domain look-alikes:
    ABNs (mod-89 valid), NZBNs (GS1 check digit), NRIC/FIN-like ids (valid check
    letter), NPWP numbers, QRIS payloads (CRC16), VNPay vnp_SecureHash, Midtrans
    signature_key, ZaloPay mac, MoMo signatures, Xendit webhook payloads, LINE user
    ids, Telegram file_ids, UUIDs, SHA digests (lockfiles, go.sum, image digests),
    public keys / certificates, SOPS ciphertext, hashed API keys, tracking numbers,
    order/invoice ids.  No negative is written to a .env/.env.<stage> file.

FORMATS CHECKED
    From provider documentation / public SDK code seen via the search tool and
    general knowledge: Xendit keys "xnd_development_"/"xnd_production_" + base64
    body (docs.xendit.co API key pages; dashboard examples ~56 chars incl. "=="),
    Basic auth with key as username; Shopee v2 partner keys "shpk" + 60 hex (seen
    in public integration code); Midtrans "SB-Mid-server-"/"Mid-server-" + 24
    [A-Za-z0-9_-] and "Mid-client-" 16; PayMongo sk_/pk_ (live|test) + 24;
    Stripe sk_live_/rk_live_; Omise skey_/pkey_ (+ test_) + 19 lowercase alnum
    starting with 5; VNPay vnp_HashSecret 32 A-Z and vnp_TmnCode 8; Telegram
    "<id>:AA" + 33; LINE channel secret 32 hex; EC/RSA PKCS#8 DER layouts.

DOUBTS
    Guessed lengths/alphabets: Xendit callback token (48 alnum), DOKU secret
    ("SK-" + 20 alnum), iPaymu (SANDBOX+UUID / UUID), Maya sk- (+43), 2C2P (64 hex
    upper), GB Prime Pay (32 alnum), ZaloPay/MoMo secrets (32 alnum), Afterpay
    (128 hex), Zip (44 base64), eWAY API key (~72 base64-ish), PayWay
    ("Q/T"+5 digits+"_SEC_"+48 lowercase alnum), Windcave (64 hex), Xero secret
    (48 [A-Za-z0-9_-]), MYOB (24 alnum), NZ Post (32 hex), Sendle (24 alnum), Grab
    (32 base64url), Lazada (32 alnum), Tokopedia (32 hex), Zalo (20 alnum), LINE
    channel access token (~172 base64 + "=").  Remembered sandbox example values
    (ZaloPay 2553, MoMo) may be slightly off but are labelled as documented demo
    values in comments.
"""
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
HEXU = "0123456789ABCDEF"
B64 = UP + LOW + DIG + "+/"
B64URL = UP + LOW + DIG + "-_"


# ----------------------------------------------------------------- primitives
def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def b64enc(data):
    import base64
    return base64.b64encode(data).decode()


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def uuid4(r, upper=False):
    h = rs(r, HEXL, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


def digits(r, n, first_nonzero=True):
    s = rs(r, DIG, n)
    if first_nonzero and s[0] == "0":
        s = r.choice("123456789") + s[1:]
    return s


WORDS = ["Jakarta", "Surabaya", "Bandung", "Merdeka", "Kopi", "Nasi", "Rendang", "Sate",
         "Mabuhay", "Pinoy", "Adobo", "Cebu", "Davao", "Manila", "Sawasdee", "Chiang",
         "Tomyum", "Hanoi", "Saigon", "PhoBo", "Penang", "Kuching", "Laksa", "Merlion",
         "Bondi", "Kiwi", "Tui", "Pavlova", "Wombat", "Koala", "Aroha", "Kia", "Durian",
         "Garuda", "Borneo", "Bali", "Lombok", "Mekong", "Halong", "Boracay", "Tasman"]
SYM = "!@#%^*-_.+=~"


def password(r):
    style = r.randrange(4)
    if style == 0:
        w = r.choice(WORDS) + r.choice(WORDS).lower()
        return w + r.choice(SYM) + digits(r, r.choice([2, 3, 4]), False)
    if style == 1:
        w = r.choice(WORDS)
        w = w.replace("a", "4", 1).replace("e", "3", 1).replace("o", "0", 1)
        return w + r.choice(SYM) + r.choice(WORDS) + digits(r, 2, False)
    if style == 2:
        n = r.randint(14, 22)
        s = list(rs(r, ALNUM, n))
        for _ in range(r.randint(1, 3)):
            s[r.randrange(n)] = r.choice(SYM)
        s[0] = r.choice(UP)
        s[-1] = r.choice(DIG)
        return "".join(s)
    return rs(r, UP, 1) + rs(r, LOW, 4) + digits(r, 4, False) + r.choice(SYM) + rs(r, ALNUM, 5)


# ------------------------------------------------------------- secret makers
def g_xendit(r):
    env = r.choice(["production", "development", "production"])
    if r.random() < 0.8:
        return "xnd_%s_%s" % (env, b64enc(rbytes(r, 40)))
    return "xnd_%s_%s" % (env, rs(r, ALNUM, 60))


def g_midtrans(r):
    pre = r.choice(["SB-Mid-server-", "Mid-server-", "Mid-server-"])
    return pre + rs(r, ALNUM + "-_", 24)


def pem_ec_pkcs8(r):
    der = bytes.fromhex("308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420")
    der += rbytes(r, 32) + bytes.fromhex("a14403420004") + rbytes(r, 64)
    return "PRIVATE KEY", der


def pem_ec_sec1(r):
    der = bytes.fromhex("307702010104") + bytes([0x20]) + rbytes(r, 32)
    der += bytes.fromhex("a00a06082a8648ce3d030107a14403420004") + rbytes(r, 64)
    return "EC PRIVATE KEY", der


def pem_rsa(r):
    if r.random() < 0.5:
        head = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100")
        body = head + bytes([0xc0 | r.getrandbits(6)]) + rbytes(r, 255) + bytes.fromhex("0203010001")
        body += rbytes(r, 1217 - len(body))
        return "PRIVATE KEY", body
    head = bytes.fromhex("308204a40201000282010100")
    body = head + bytes([0xc0 | r.getrandbits(6)]) + rbytes(r, 255) + bytes.fromhex("0203010001")
    body += rbytes(r, 1192 - len(body))
    return "RSA PRIVATE KEY", body


def make_pem(r):
    label, der = r.choice([pem_ec_pkcs8, pem_ec_sec1, pem_rsa, pem_ec_pkcs8])(r)
    b = b64enc(der)
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    text = "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)
    return text, lines[0]


class Kind:
    def __init__(self, key, provider, kind, group, field, gen, comps=None, pub=None,
                 example=None, tags=("kv",), hdr=None, xprefix=None):
        self.key, self.provider, self.kind = key, provider, kind
        self.group, self.field, self.gen = group, field, gen
        self.comps = comps or (lambda r: [])
        self.pub = pub          # (field, gen) public look-alike value
        self.example = example  # list of documented demo values
        self.tags = set(tags)
        self.hdr = hdr          # ("user", None) | ("user2", usernamefield) | ("header", "Authorization: Bearer ")
        self.xprefix = xprefix  # placeholder prefix e.g. "xnd_development_"


def K(*a, **kw):
    return Kind(*a, **kw)


KINDS = [
    K("xendit", "Xendit", "secret_key", "xendit", "secret_key", g_xendit,
      comps=lambda r: [("business_id", rs(r, HEXL, 24))],
      pub=("public_key", lambda r: "xnd_public_%s_%s" % (r.choice(["production", "development"]), b64enc(rbytes(r, 40)))),
      hdr=("user", None), xprefix="xnd_development_", tags=("kv", "hdr", "xendit")),
    K("xendit_cb", "Xendit", "callback_token", "xendit", "callback_token", lambda r: rs(r, ALNUM, 48),
      hdr=("header", "X-CALLBACK-TOKEN: "), tags=("kv", "hdr", "xendit_cb")),
    K("midtrans", "Midtrans", "server_key", "midtrans", "server_key", g_midtrans,
      comps=lambda r: [("merchant_id", "G" + digits(r, 9))],
      pub=("client_key", lambda r: r.choice(["SB-Mid-client-", "Mid-client-"]) + rs(r, ALNUM + "-_", 16)),
      hdr=("user", None), xprefix="SB-Mid-server-", tags=("kv", "hdr", "midtrans")),
    K("doku", "DOKU", "secret_key", "doku", "secret_key", lambda r: "SK-" + rs(r, ALNUM, 20) + r.choice(["", "_1", ""]),
      comps=lambda r: [("client_id", "BRN-%s-%s" % (digits(r, 4), digits(r, 13)))],
      pub=("client_id", lambda r: "BRN-%s-%s" % (digits(r, 4), digits(r, 13))), xprefix="SK-"),
    K("duitku", "Duitku", "merchant_key", "duitku", "merchant_key",
      lambda r: rs(r, r.choice([HEXL, HEXU]), 32),
      comps=lambda r: [("merchant_code", "D" + digits(r, 4, False))],
      pub=("merchant_code", lambda r: "DS" + digits(r, 5, False))),
    K("ipaymu", "iPaymu", "api_key", "ipaymu", "api_key",
      lambda r: r.choice(["SANDBOX", ""]) + uuid4(r, True),
      comps=lambda r: [("va", "0000" + digits(r, 12, False))],
      pub=("va", lambda r: "0000" + digits(r, 12, False))),
    K("paymongo", "PayMongo", "secret_key", "paymongo", "secret_key",
      lambda r: r.choice(["sk_live_", "sk_test_", "sk_live_"]) + rs(r, ALNUM, 24),
      pub=("public_key", lambda r: r.choice(["pk_live_", "pk_test_"]) + rs(r, ALNUM, 24)),
      hdr=("user", None), xprefix="sk_live_", tags=("kv", "hdr", "paymongo")),
    K("maya", "Maya", "secret_key", "paymaya", "secret_key", lambda r: "sk-" + rs(r, ALNUM, 43),
      pub=("public_key", lambda r: "pk-" + rs(r, ALNUM, 43)), xprefix="sk-"),
    K("dragonpay", "DragonPay", "merchant_password", "dragonpay", "password", password,
      comps=lambda r: [("merchant_id", r.choice(["SARISARI", "TINDAHAN", "PINOYSHOP", "KAINAN", "BAYADKO"]) + digits(r, 2, False))],
      pub=("merchant_id", lambda r: "MERCH" + digits(r, 3))),
    K("omise", "Omise", "secret_key", "omise", "secret_key",
      lambda r: "skey_" + r.choice(["", "test_", ""]) + "5" + rs(r, LOW + DIG, 18),
      pub=("public_key", lambda r: "pkey_" + r.choice(["", "test_"]) + "5" + rs(r, LOW + DIG, 18)),
      hdr=("user", None), xprefix="skey_test_", tags=("kv", "hdr", "omise")),
    K("2c2p", "2C2P", "secret_key", "pgw", "secret_key", lambda r: rs(r, HEXU, 64),
      comps=lambda r: [("merchant_id", "7647" + digits(r, 11, False))],
      pub=("merchant_id", lambda r: "7647" + digits(r, 11, False))),
    K("gbprimepay", "GB Prime Pay", "secret_key", "gbprimepay", "secret_key", lambda r: rs(r, ALNUM, 32),
      pub=("public_key", lambda r: rs(r, ALNUM, 32))),
    K("zalopay", "ZaloPay", "key1", "zalopay", "key1", lambda r: rs(r, ALNUM, 32),
      comps=lambda r: [("app_id", digits(r, 4))],
      pub=("app_id", lambda r: digits(r, 4)),
      example=["PcY4iZIKFCIdgZvA6ueMcMHHUbRLYjPL", "kLtgPl8HHhfvMuDHPwKfgfsY4Ydm9eIz"],
      tags=("kv", "zalopay")),
    K("zalopay2", "ZaloPay", "key2", "zalopay", "key2", lambda r: rs(r, ALNUM, 32),
      comps=lambda r: [("app_id", digits(r, 4))],
      pub=("app_id", lambda r: digits(r, 4)),
      example=["kLtgPl8HHhfvMuDHPwKfgfsY4Ydm9eIz"]),
    K("momo", "MoMo", "secret_key", "momo", "secret_key", lambda r: rs(r, ALNUM, 32),
      comps=lambda r: [("partner_code", "MOMO" + rs(r, UP + DIG, 8)), ("access_key", rs(r, ALNUM, 16))],
      pub=("partner_code", lambda r: "MOMO" + rs(r, UP + DIG, 8)),
      example=["K951B6PE1waDMi640xX08PD3vg6EkVlz"], tags=("kv", "momo")),
    K("vnpay", "VNPay", "hash_secret", "vnp", "hash_secret", lambda r: rs(r, UP, 32),
      comps=lambda r: [("tmn_code", rs(r, UP + DIG, 8))],
      pub=("tmn_code", lambda r: rs(r, UP + DIG, 8)), tags=("kv", "vnpay")),
    K("stripe", "Stripe", "secret_key", "stripe", "secret_key",
      lambda r: r.choice(["sk_live_", "rk_live_", "sk_live_"]) + r.choice(["51", ""]) + rs(r, ALNUM, r.choice([24, 97])),
      pub=("publishable_key", lambda r: "pk_live_51" + rs(r, ALNUM, 97)),
      example=["sk_test_4eC39HqLyjWDarjtT1zdp7dc"],
      hdr=("header", "Authorization: Bearer "), xprefix="sk_live_", tags=("kv", "hdr")),
    K("afterpay", "Afterpay", "secret_key", "afterpay", "secret_key", lambda r: rs(r, HEXL, 128),
      comps=lambda r: [("merchant_id", digits(r, 5))],
      pub=("merchant_id", lambda r: digits(r, 5))),
    K("zip", "Zip", "api_key", "zip", "api_key", lambda r: b64enc(rbytes(r, 33)),
      hdr=("header", "Authorization: Bearer "), tags=("kv", "hdr")),
    K("eway_key", "eWAY", "api_key", "eway", "api_key", lambda r: rs(r, ALNUM, 2) + b64enc(rbytes(r, 51)).rstrip("="),
      comps=lambda r: [("customer_id", digits(r, 5))]),
    K("eway_pw", "eWAY", "api_password", "eway", "api_password", password,
      comps=lambda r: [("customer_id", digits(r, 5))]),
    K("payway", "Westpac PayWay", "secret_key", "payway", "secret_api_key",
      lambda r: "%s%s_SEC_%s" % (r.choice("QT"), digits(r, 5), rs(r, LOW + DIG, 48)),
      comps=lambda r: [("merchant_id", digits(r, 8))],
      pub=("publishable_api_key", lambda r: "%s%s_PUB_%s" % (r.choice("QT"), digits(r, 5), rs(r, LOW + DIG, 48))),
      hdr=("user", None), tags=("kv", "hdr")),
    K("windcave", "Windcave", "api_key", "windcave", "api_key", lambda r: rs(r, HEXL, 64),
      comps=lambda r: [("username", r.choice(["Kiwimart", "AotearoaShop", "TuiTraders", "BondiBrew"]) + "_REST" + r.choice(["", "_Dev"]))],
      hdr=("user2", "username"), tags=("kv", "hdr")),
    K("poli", "POLi", "authentication_code", "poli", "auth_code", password,
      comps=lambda r: [("merchant_code", "S61" + digits(r, 5, False))],
      pub=("merchant_code", lambda r: "S61" + digits(r, 5, False))),
    K("xero", "Xero", "client_secret", "xero", "client_secret", lambda r: rs(r, ALNUM + "-_", 48),
      comps=lambda r: [("client_id", rs(r, HEXU, 32))],
      pub=("client_id", lambda r: rs(r, HEXU, 32))),
    K("myob", "MYOB", "api_secret", "myob", "api_secret", lambda r: rs(r, ALNUM, 24),
      comps=lambda r: [("api_key", rs(r, LOW + DIG, 24))],
      pub=("api_key", lambda r: rs(r, LOW + DIG, 24))),
    K("auspost", "Australia Post", "api_password", "auspost", "api_password",
      lambda r: rs(r, ALNUM, 20),
      comps=lambda r: [("account_number", "0" + digits(r, 9)), ("api_key", uuid4(r))],
      pub=("account_number", lambda r: "0" + digits(r, 9)), hdr=("user2", "api_key"), tags=("kv", "hdr")),
    K("startrack", "StarTrack", "api_password", "startrack", "password", password,
      comps=lambda r: [("account_no", digits(r, 8)), ("username", r.choice(["warehouse", "ops", "dispatch"]) + digits(r, 2, False))]),
    K("nzpost", "NZ Post", "client_secret", "nzpost", "client_secret", lambda r: rs(r, HEXL, 32),
      comps=lambda r: [("client_id", rs(r, HEXL, 32))],
      pub=("client_id", lambda r: rs(r, HEXL, 32))),
    K("sendle", "Sendle", "api_key", "sendle", "api_key", lambda r: rs(r, ALNUM, 24),
      comps=lambda r: [("sendle_id", r.choice(["kiwi", "bondi", "tasman", "koala"]) + "_" + rs(r, LOW, 4) + digits(r, 2))],
      pub=("sendle_id", lambda r: "shop_" + rs(r, LOW, 6)), hdr=("user2", "sendle_id"), tags=("kv", "hdr")),
    K("grab", "Grab", "partner_secret", "grabpay", "partner_secret", lambda r: rs(r, B64URL, 32),
      comps=lambda r: [("partner_id", uuid4(r)), ("merchant_id", uuid4(r))],
      pub=("merchant_id", lambda r: uuid4(r))),
    K("shopee", "Shopee", "partner_key", "shopee", "partner_key",
      lambda r: r.choice(["shpk" + rs(r, HEXL, 60), "shpk" + rs(r, HEXL, 60), rs(r, HEXL, 64)]),
      comps=lambda r: [("partner_id", digits(r, r.choice([6, 7])))],
      pub=("partner_id", lambda r: digits(r, 7)), tags=("kv", "shopee")),
    K("lazada", "Lazada", "app_secret", "lazada", "app_secret", lambda r: rs(r, ALNUM, 32),
      comps=lambda r: [("app_key", digits(r, 6))],
      pub=("app_key", lambda r: digits(r, 6)), tags=("kv", "lazada")),
    K("tokopedia", "Tokopedia", "client_secret", "tokopedia", "client_secret", lambda r: rs(r, HEXL, 32),
      comps=lambda r: [("client_id", rs(r, HEXL, 32)), ("fs_id", digits(r, 5))],
      pub=("fs_id", lambda r: digits(r, 5))),
    K("line_secret", "LINE", "channel_secret", "line", "channel_secret", lambda r: rs(r, HEXL, 32),
      comps=lambda r: [("channel_id", "16" + digits(r, 8, False))],
      pub=("channel_id", lambda r: "16" + digits(r, 8, False)), tags=("kv", "line")),
    K("line_token", "LINE", "channel_access_token", "line", "channel_access_token",
      lambda r: b64enc(rbytes(r, 127)).rstrip("=")[:171] + "=",
      hdr=("header", "Authorization: Bearer "), tags=("kv", "hdr")),
    K("zalo", "Zalo", "oa_secret_key", "zalo", "secret_key", lambda r: rs(r, ALNUM, 20),
      comps=lambda r: [("app_id", digits(r, 19))],
      pub=("app_id", lambda r: digits(r, 19))),
    K("telegram", "Telegram", "bot_token", "telegram", "bot_token",
      lambda r: "%s:AA%s" % (digits(r, r.choice([9, 10])), rs(r, ALNUM + "-_", 33)),
      comps=lambda r: [("chat_id", "-100" + digits(r, 10))],
      pub=("chat_id", lambda r: "-100" + digits(r, 10)), tags=("kv", "telegram")),
    K("singpass", "SingPass/MyInfo", "private_key", "myinfo", "private_key", None,
      comps=lambda r: [("client_id", rs(r, UP + DIG, 10) + "-" + r.choice(["MYINFO", "SINGPASS"]))],
      tags=("pem",)),
]
KBY = {k.key: k for k in KINDS}


# ---------------------------------------------------------------- naming
def camel(s):
    p = s.split("_")
    return p[0].lower() + "".join(x[:1].upper() + x[1:] for x in p[1:])


def pascal(s):
    return "".join(x[:1].upper() + x[1:] for x in s.split("_"))


LOCAL_CMT = {
    "id": ["konfigurasi payment gateway", "jangan di-commit ke repo publik ya", "TODO: pindahkan ke vault",
           "kunci untuk production, hati-hati", "dipakai oleh service pembayaran", "ganti sebelum go-live"],
    "ms": ["tetapan gerbang pembayaran", "kunci untuk pelayan produksi", "jangan kongsi dengan orang luar"],
    "tl": ["ayusin mamaya", "para sa production ito", "huwag galawin ito pls", "galing kay kuya sa ops"],
    "th": ["ตั้งค่าการชำระเงิน", "คีย์สำหรับระบบจริง", "อย่าแก้ไขถ้าไม่จำเป็น"],
    "vi": ["cấu hình cổng thanh toán", "khóa dùng cho môi trường thật", "đừng sửa nếu không cần"],
    "en": ["payment gateway config", "rotate every quarter", "owned by the payments squad", "used by the checkout worker",
           "see runbook in confluence", "prod values"],
}


def cmt_text(r):
    lang = r.choice(list(LOCAL_CMT))
    return r.choice(LOCAL_CMT[lang])


REGIONS = ["ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "asia-southeast1", "australia-southeast1"]
APPS = ["warung-online", "tokobaju", "kedai-kopi", "sari-sari-pos", "tiketku", "pasar-api", "kiwi-shop",
        "bondi-bookings", "laku-checkout", "giaohang-api", "ranmai-order", "checkout-svc", "billing-worker",
        "payment-gateway", "orders-api", "jualbeli", "bayarin", "cuahang-backend"]
CURR = ["IDR", "PHP", "THB", "VND", "AUD", "NZD", "MYR", "SGD"]


RISKY_NEG_COMPS = {("auspost", "api_key"), ("momo", "access_key"), ("myob", "api_key"), ("tokopedia", "client_id"),
                   ("grab", "partner_id")}


class Ctx:
    """Rendering context for one file."""

    def __init__(self, r, k, val, mode="pos", neg=None):
        self.r, self.k, self.val, self.mode = r, k, val, mode
        self.neg = neg  # None | ("lit", v) | ("env",) | ("pub",)
        self.field = k.field
        if neg and neg[0] == "pub":
            self.field = k.pub[0]
        self.group = k.group
        self.comps = k.comps(r)
        if neg:
            # drop companions that some reviewers would treat as credentials
            self.comps = [c for c in self.comps if (k.key, c[0]) not in RISKY_NEG_COMPS]
        if neg and neg[0] == "pub":
            self.comps = [c for c in self.comps if c[0] != self.field]
        self.app = r.choice(APPS)
        self.cur = r.choice(CURR)
        self.region = r.choice(REGIONS)
        self.host = r.choice(["api", "pay", "checkout", "backend"]) + "." + self.app.replace("-", "") + r.choice([".co.id", ".com.au", ".co.nz", ".ph", ".vn", ".co.th", ".my", ".sg"])

    # names
    @property
    def env(self):
        return ("%s_%s" % (self.group, self.field)).upper()

    @property
    def snake(self):
        return "%s_%s" % (self.group, self.field)

    @property
    def camel(self):
        return camel(self.snake)

    @property
    def fcamel(self):
        return camel(self.field)

    def S(self, lang, q='"'):
        if self.neg and self.neg[0] == "env":
            return envexpr(self.r, lang, self.env, self.snake, q)
        return q + self.val + q

    def comp_kv(self):
        return list(self.comps)


def envexpr(r, lang, env, snake, q):
    opts = {
        "py": ['os.environ["%s"]' % env, 'os.getenv("%s")' % env, 'config("%s")' % env],
        "js": ["process.env.%s" % env, "process.env['%s']" % env],
        "php": ["env('%s')" % env, "getenv('%s')" % env, "$_ENV['%s']" % env],
        "go": ['os.Getenv("%s")' % env],
        "java": ['System.getenv("%s")' % env],
        "kt": ['System.getenv("%s")' % env],
        "dart": ["dotenv.env['%s'] ?? ''" % env, "const String.fromEnvironment('%s')" % env],
        "yaml": [q + "${%s}" % env + q, q + "{{ .Values.secrets.%s }}" % camel(snake) + q,
                 q + "{{ vault_%s }}" % snake + q],
        "gha": ["${{ secrets.%s }}" % env],
        "props": ["${%s}" % env, "${%s:}" % env],
        "tf": ["var.%s" % snake],
        "json": [q + "${%s}" % env + q, q + "{{%s}}" % snake + q],
        "sh": ['"${%s:?missing}"' % env, '"$(aws secretsmanager get-secret-value --secret-id prod/%s --query SecretString --output text)"' % snake.replace("_", "-")],
        "docker": ["${%s}" % env],
        "ini": ["${%s}" % env],
        "toml": [q + "${%s}" % env + q],
    }
    if lang in opts:
        return r.choice(opts[lang])
    return q + "${%s}" % env + q


# -------------------------------------------------------------- fillers
def filler_pairs(r, c, n):
    pool = [("timeout", str(r.choice([10, 15, 30, 60]))), ("currency", c.cur), ("region", c.region),
            ("log_level", r.choice(["info", "debug", "warn"])), ("base_url", "https://" + c.host),
            ("retry_count", str(r.randint(1, 5))), ("environment", r.choice(["production", "staging", "sandbox"])),
            ("callback_url", "https://%s/webhooks/%s" % (c.host, c.group)), ("app_name", c.app),
            ("locale", r.choice(["id_ID", "en_AU", "th_TH", "vi_VN", "fil_PH", "ms_MY", "en_NZ"])),
            ("max_amount", str(r.choice([5000000, 10000000, 20000, 50000]))),
            ("is_production", r.choice(["true", "false"]))]
    r.shuffle(pool)
    return pool[:n]


# -------------------------------------------------------------- templates
# each returns (relpath, text).  Tags: which kinds they accept.
TEMPLATES = []


def tpl(req="kv", env_file=False, ft=None):
    def deco(f):
        TEMPLATES.append((f.__name__, req, env_file, ft, f))
        return f
    return deco


@tpl(ft="dotenv", env_file=True)
def t_dotenv(r, c):
    lines = ["APP_NAME=%s" % c.app, "APP_ENV=production", "APP_URL=https://%s" % c.host, ""]
    lines.append("# " + cmt_text(r))
    for f, v in c.comps:
        lines.append("%s_%s=%s" % (c.group.upper(), f.upper(), v))
    lines.append("%s=%s" % (c.env, c.S("dotenv", r.choice(["", '"']))))
    lines += ["", "LOG_CHANNEL=stack", "QUEUE_CONNECTION=redis"]
    return r.choice([".env", ".env.production", ".env.local"]), "\n".join(lines) + "\n"


@tpl(ft="yaml")
def t_k8s_secret(r, c):
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-%s" % (c.app, c.group),
             "  namespace: %s" % r.choice(["payments", "default", "prod", "checkout"]),
             "type: Opaque", "stringData:"]
    items = [("%s" % (c.group.upper() + "_" + f.upper()), '"%s"' % v) for f, v in c.comps]
    items.insert(r.randint(0, len(items)), (c.env, c.S("yaml")))
    for a, b in items:
        lines.append("  %s: %s" % (a, b))
    return "deploy/k8s/%s-secret.yaml" % c.group, "\n".join(lines) + "\n"


@tpl(ft="yaml")
def t_helm_values(r, c):
    lines = ["replicaCount: %d" % r.randint(1, 4), "image:", "  repository: %s.dkr.ecr.%s.amazonaws.com/%s" % (digits(r, 12), c.region, c.app),
             "  tag: \"%d.%d.%d\"" % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 9)), "", "# " + cmt_text(r),
             "%s:" % camel(c.group)]
    for f, v in c.comps:
        lines.append("  %s: \"%s\"" % (camel(f), v))
    lines.append("  %s: %s" % (c.fcamel, c.S("yaml")))
    lines += ["", "resources:", "  limits:", "    memory: 512Mi"]
    return "charts/%s/values-prod.yaml" % c.app, "\n".join(lines) + "\n"


@tpl(ft="yaml")
def t_compose(r, c):
    lines = ["version: \"3.8\"", "services:", "  %s:" % c.app, "    build: .", "    ports:", "      - \"8080:8080\"",
             "    environment:"]
    env = ["      - TZ=%s" % r.choice(["Asia/Jakarta", "Asia/Manila", "Asia/Bangkok", "Asia/Ho_Chi_Minh", "Australia/Sydney", "Pacific/Auckland"])]
    for f, v in c.comps:
        env.append("      - %s_%s=%s" % (c.group.upper(), f.upper(), v))
    env.insert(r.randint(0, len(env)), "      - %s=%s" % (c.env, c.S("yaml", "")))
    lines += env
    lines += ["    depends_on:", "      - postgres", "  postgres:", "    image: postgres:15-alpine"]
    return "docker-compose.yml", "\n".join(lines) + "\n"


@tpl(ft="dockerfile")
def t_dockerfile(r, c):
    lines = ["FROM node:20-alpine", "WORKDIR /app", "COPY package*.json ./", "RUN npm ci --omit=dev", "COPY . .",
             "# " + cmt_text(r)]
    for f, v in c.comps:
        lines.append("ENV %s_%s=%s" % (c.group.upper(), f.upper(), v))
    lines.append("ENV %s=%s" % (c.env, c.S("docker", r.choice(["", '"']))))
    lines += ["EXPOSE 3000", 'CMD ["node", "server.js"]']
    return r.choice(["Dockerfile", "docker/Dockerfile.prod"]), "\n".join(lines) + "\n"


@tpl(ft="shell")
def t_shell_export(r, c):
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "# " + cmt_text(r), ""]
    for f, v in c.comps:
        lines.append('export %s_%s="%s"' % (c.group.upper(), f.upper(), v))
    lines.append("export %s=%s" % (c.env, c.S("sh")))
    lines += ["", "cd /srv/%s" % c.app, "pm2 restart ecosystem.config.js --env production"]
    return r.choice(["scripts/deploy.sh", "bin/start-prod.sh", "ops/env.sh"]), "\n".join(lines) + "\n"


@tpl(ft="terraform")
def t_tfvars(r, c):
    lines = ['project     = "%s"' % c.app, 'region      = "%s"' % c.region, ""]
    for f, v in c.comps:
        lines.append('%s_%s = "%s"' % (c.group, f, v))
    lines.append('%s = %s' % (c.snake, c.S("tfvars")))
    return r.choice(["infra/prod.auto.tfvars", "terraform/envs/prod/terraform.tfvars"]), "\n".join(lines) + "\n"


@tpl(ft="terraform")
def t_tf_secret(r, c):
    lines = ['resource "aws_secretsmanager_secret" "%s" {' % c.group, '  name = "%s/%s"' % (c.app, c.group), "}", "",
             'resource "aws_secretsmanager_secret_version" "%s" {' % c.group,
             "  secret_id = aws_secretsmanager_secret.%s.id" % c.group,
             "  secret_string = jsonencode({"]
    for f, v in c.comps:
        lines.append('    %s = "%s"' % (f, v))
    lines.append("    %s = %s" % (c.field, c.S("tf")))
    lines += ["  })", "}"]
    return "infra/secrets_%s.tf" % c.group, "\n".join(lines) + "\n"


@tpl(ft="properties")
def t_properties(r, c):
    lines = ["spring.application.name=%s" % c.app, "server.port=8080", "# " + cmt_text(r)]
    for f, v in c.comps:
        lines.append("%s.%s=%s" % (c.group, f.replace("_", "-"), v))
    lines.append("%s.%s=%s" % (c.group, c.field.replace("_", "-"), c.S("props", "")))
    for a, b in filler_pairs(r, c, r.randint(1, 3)):
        lines.append("%s.%s=%s" % (c.group, a.replace("_", "-"), b))
    return "src/main/resources/application-prod.properties", "\n".join(lines) + "\n"


@tpl(ft="yaml")
def t_spring_yaml(r, c):
    lines = ["spring:", "  profiles: prod", "", "payment:", "  %s:" % c.group.replace("_", "-")]
    items = [("    %s: %s" % (f.replace("_", "-"), v)) for f, v in c.comps]
    items += ["    %s: %s" % (a.replace("_", "-"), b) for a, b in filler_pairs(r, c, 2)]
    items.insert(r.randint(0, len(items)), "    %s: %s" % (c.field.replace("_", "-"), c.S("yaml", r.choice(["", '"']))))
    lines += items
    return "src/main/resources/application.yml", "\n".join(lines) + "\n"


@tpl(ft="json")
def t_node_json_cfg(r, c):
    d = {"port": 3000, "currency": c.cur}
    sec = {camel(f): v for f, v in c.comps}
    d[camel(c.group)] = sec
    txt = json.dumps(d, indent=2, ensure_ascii=False)
    slot = "@@SLOT@@"
    sec2 = dict(sec)
    sec2[c.fcamel] = slot
    d[camel(c.group)] = sec2
    txt = json.dumps(d, indent=2, ensure_ascii=False).replace('"%s"' % slot, c.S("json"))
    return r.choice(["config/production.json", "config/default.json"]), txt + "\n"


@tpl(ft="python")
def t_django_settings(r, c):
    lines = ["import os", "from pathlib import Path", "", "BASE_DIR = Path(__file__).resolve().parent.parent", "DEBUG = False",
             "ALLOWED_HOSTS = [\"%s\"]" % c.host, "", "# " + cmt_text(r)]
    for f, v in c.comps:
        lines.append('%s_%s = "%s"' % (c.group.upper(), f.upper(), v))
    lines.append("%s = %s" % (c.env, c.S("py")))
    lines += ["", 'TIME_ZONE = "%s"' % r.choice(["Asia/Jakarta", "Asia/Manila", "Australia/Melbourne"]), "USE_TZ = True"]
    return r.choice(["config/settings/production.py", "%s/settings.py" % c.app.replace("-", "_")]), "\n".join(lines) + "\n"


@tpl(ft="go")
def t_go_const(r, c):
    lines = ["package config", "", "// %s" % cmt_text(r), "const ("]
    for f, v in c.comps:
        lines.append('\t%s%s = "%s"' % (pascal(c.group), pascal(f), v))
    if c.neg and c.neg[0] == "env":
        lines.append(")")
        lines += ["", "var %s%s = %s" % (pascal(c.group), pascal(c.field), c.S("go"))]
    else:
        lines.append("\t%s%s = %s" % (pascal(c.group), pascal(c.field), c.S("go")))
        lines.append(")")
    return "internal/config/%s.go" % c.group, "\n".join(lines) + "\n"


@tpl(ft="go")
def t_go_client(r, c):
    lines = ["package %s" % c.group, "", "import (", '\t"net/http"', '\t"time"', ")", "",
             "type Client struct {", "\tsecret string", "\thttp   *http.Client", "}", "",
             "func NewDefault() *Client {", "\t// %s" % cmt_text(r),
             "\treturn &Client{", "\t\tsecret: %s," % c.S("go"), "\t\thttp:   &http.Client{Timeout: 30 * time.Second},", "\t}", "}"]
    return "pkg/%s/client.go" % c.group, "\n".join(lines) + "\n"


@tpl(ft="java")
def t_java_const(r, c):
    lines = ["package com.%s.payment;" % c.app.replace("-", ""), "", "public final class %sConfig {" % pascal(c.group), ""]
    for f, v in c.comps:
        lines.append('    public static final String %s = "%s";' % (f.upper(), v))
    lines.append("    // %s" % cmt_text(r))
    lines.append("    public static final String %s = %s;" % (c.field.upper(), c.S("java")))
    lines += ["", "    private %sConfig() {}" % pascal(c.group), "}"]
    return "src/main/java/com/%s/payment/%sConfig.java" % (c.app.replace("-", ""), pascal(c.group)), "\n".join(lines) + "\n"


@tpl(ft="kotlin")
def t_kotlin_obj(r, c):
    lines = ["package id.%s.data.remote" % c.app.replace("-", ""), "", "object %sKeys {" % pascal(c.group)]
    for f, v in c.comps:
        lines.append('    const val %s = "%s"' % (f.upper(), v))
    kw = "val" if (c.neg and c.neg[0] == "env") else "const val"
    lines.append("    %s %s = %s" % (kw, c.field.upper(), c.S("kt")))
    lines.append("}")
    return "app/src/main/java/id/%s/data/remote/%sKeys.kt" % (c.app.replace("-", ""), pascal(c.group)), "\n".join(lines) + "\n"


@tpl(ft="dart")
def t_dart_const(r, c):
    lines = ["// ignore_for_file: constant_identifier_names", "// " + cmt_text(r), "", "class %sConfig {" % pascal(c.group)]
    for f, v in c.comps:
        lines.append("  static const String %s = '%s';" % (camel(f), v))
    kw = "static final String" if (c.neg and c.neg[0] == "env" ) else "static const String"
    lines.append("  %s %s = %s;" % (kw, c.fcamel, c.S("dart", "'")))
    lines += ["  static const bool isProduction = %s;" % r.choice(["true", "false"]), "}"]
    return "lib/core/config/%s_config.dart" % c.group, "\n".join(lines) + "\n"


@tpl(ft="javascript")
def t_rn_config(r, c):
    lines = ["// src/config/payment.js", "// " + cmt_text(r), "const config = {"]
    for f, v in c.comps:
        lines.append("  %s: '%s'," % (camel(f), v))
    lines.append("  %s: %s," % (c.fcamel, c.S("js", "'")))
    lines += ["  timeout: %d," % r.choice([15000, 30000]), "};", "", "export default config;"]
    return "src/config/payment.js", "\n".join(lines) + "\n"


@tpl(ft="typescript")
def t_ts_config(r, c):
    lines = ["import { registerAs } from '@nestjs/config';", "", "export default registerAs('%s', () => ({" % camel(c.group)]
    items = ["  %s: '%s'," % (camel(f), v) for f, v in c.comps]
    items.insert(r.randint(0, len(items)), "  %s: %s," % (c.fcamel, c.S("js", "'")))
    items.append("  isProduction: process.env.NODE_ENV === 'production',")
    lines += items + ["}));"]
    return "src/config/%s.config.ts" % c.group, "\n".join(lines) + "\n"


@tpl(ft="php")
def t_laravel_services(r, c):
    lines = ["<?php", "", "return [", "", "    'mailgun' => [", "        'domain' => env('MAILGUN_DOMAIN'),",
             "        'secret' => env('MAILGUN_SECRET'),", "    ],", "", "    // " + cmt_text(r), "    '%s' => [" % c.group]
    for f, v in c.comps:
        lines.append("        '%s' => '%s'," % (f, v))
    lines.append("        '%s' => %s," % (c.field, c.S("php", "'")))
    lines.append("        'is_production' => %s," % r.choice(["true", "false", "env('%s_IS_PRODUCTION', false)" % c.group.upper()]))
    lines += ["    ],", "", "];"]
    return "config/services.php", "\n".join(lines) + "\n"


@tpl(ft="php")
def t_codeigniter(r, c):
    lines = ["<?php", "defined('BASEPATH') OR exit('No direct script access allowed');", "", "/*", "| " + cmt_text(r), "*/"]
    for f, v in c.comps:
        lines.append("$config['%s_%s'] = '%s';" % (c.group, f, v))
    lines.append("$config['%s'] = %s;" % (c.snake, c.S("php", "'")))
    lines.append("$config['%s_sandbox'] = %s;" % (c.group, r.choice(["TRUE", "FALSE"])))
    return "application/config/%s.php" % c.group, "\n".join(lines) + "\n"


@tpl(ft="php")
def t_wpconfig(r, c):
    lines = ["<?php", "define( 'DB_NAME', 'wp_%s' );" % c.app.replace("-", "_"), "define( 'DB_USER', 'wpuser' );",
             "define( 'DB_PASSWORD', getenv('WP_DB_PASSWORD') );", "define( 'DB_HOST', 'localhost' );", "",
             "/* %s */" % cmt_text(r)]
    for f, v in c.comps:
        lines.append("define( 'WC_%s_%s', '%s' );" % (c.group.upper(), f.upper(), v))
    lines.append("define( 'WC_%s', %s );" % (c.env, c.S("php", "'")))
    lines += ["", "$table_prefix = 'wp_';", "define( 'WP_DEBUG', false );"]
    return "wp-config.php", "\n".join(lines) + "\n"


@tpl(ft="json")
def t_postman_env(r, c):
    vals = [{"key": "baseUrl", "value": "https://" + c.host, "enabled": True}]
    for f, v in c.comps:
        vals.append({"key": camel(f), "value": v, "enabled": True})
    vals.append({"key": c.camel, "value": "@@SLOT@@", "type": "secret", "enabled": True})
    d = {"id": uuid4(r), "name": "%s - %s" % (c.k.provider, r.choice(["Production", "Sandbox", "Staging"])),
         "values": vals, "_postman_variable_scope": "environment"}
    txt = json.dumps(d, indent=2, ensure_ascii=False).replace('"@@SLOT@@"', c.S("json"))
    return "postman/%s.postman_environment.json" % c.group, txt + "\n"


@tpl(ft="markdown")
def t_md_id(r, c):
    lines = ["# Integrasi %s" % c.k.provider, "", "Dokumentasi singkat untuk tim backend.", "", "## Kredensial", "",
             "Pakai kredensial berikut untuk environment %s:" % r.choice(["staging", "production", "UAT"]), "", "```"]
    for f, v in c.comps:
        lines.append("%s: %s" % (f.upper(), v))
    lines.append("%s: %s" % (c.field.upper(), c.S("md", "")))
    lines += ["```", "", "## Catatan", "", "- Callback URL: https://%s/callback" % c.host, "- Hubungi %s kalau ada error." % r.choice(["Budi", "Siti", "Agus", "Rina"])]
    return r.choice(["docs/integrasi-%s.md" % c.group, "README.md", "docs/CATATAN.md"]), "\n".join(lines) + "\n"


@tpl(ft="markdown")
def t_md_tl(r, c):
    lines = ["## Setup ng %s" % c.k.provider, "", "Mga kailangan bago mag-deploy:", "", "1. Kunin ang credentials sa dashboard",
             "2. Ilagay sa config:", "", "| Pangalan | Value |", "|---|---|"]
    for f, v in c.comps:
        lines.append("| %s | `%s` |" % (f, v))
    lines.append("| %s | `%s` |" % (c.field, c.S("md", "")))
    lines += ["", "Salamat po! - %s" % r.choice(["Juan", "Maria", "Jomar", "Kristine"])]
    return "docs/SETUP-%s.md" % c.group.upper(), "\n".join(lines) + "\n"


@tpl(ft="markdown")
def t_md_vi_th(r, c):
    if r.random() < 0.5:
        lines = ["# Hướng dẫn tích hợp %s" % c.k.provider, "", "Thông tin cấu hình cho môi trường thật:", ""]
        lines += ["- `%s`: `%s`" % (f, v) for f, v in c.comps]
        lines.append("- `%s`: `%s`" % (c.field, c.S("md", "")))
        lines += ["", "Liên hệ anh %s nếu có lỗi." % r.choice(["Tuấn", "Minh", "Hùng"])]
        return "docs/huong-dan-%s.md" % c.group, "\n".join(lines) + "\n"
    lines = ["# การตั้งค่า %s" % c.k.provider, "", "ใช้ค่าต่อไปนี้ในระบบจริง:", "", "```yaml"]
    lines += ["%s: %s" % (f, v) for f, v in c.comps]
    lines.append("%s: %s" % (c.field, c.S("md", "")))
    lines += ["```", "", "ติดต่อคุณ%s หากมีปัญหา" % r.choice(["สมชาย", "มานี", "ปิติ"])]
    return "docs/setup-%s.th.md" % c.group, "\n".join(lines) + "\n"


@tpl(ft="sql")
def t_sql_settings(r, c):
    lines = ["-- seed payment settings (%s)" % cmt_text(r),
             "INSERT INTO payment_settings (provider, setting_key, setting_value, created_at) VALUES"]
    rows = ["('%s', '%s', '%s', NOW())" % (c.group, f, v) for f, v in c.comps]
    rows.insert(r.randint(0, len(rows)), "('%s', '%s', %s, NOW())" % (c.group, c.field, c.S("sql", "'")))
    rows.append("('%s', 'currency', '%s', NOW())" % (c.group, c.cur))
    lines.append(",\n".join(rows) + ";")
    return "database/seeds/%s_settings.sql" % c.group, "\n".join(lines) + "\n"


@tpl(ft="log")
def t_log_dump(r, c):
    lines = []
    ts = "2024-%02d-%02dT%02d:%02d:" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))
    n = r.randint(2, 6)
    for i in range(n):
        lines.append("%s%02d.%03dZ INFO  [%s] request handled status=200 latency=%dms" % (ts, i, r.randint(0, 999), c.app, r.randint(5, 900)))
    cfg = ", ".join("%s=%s" % (f, v) for f, v in c.comps)
    lines.append("%s%02d.%03dZ DEBUG [%s] loaded %s config: {%s%s%s=%s}" % (ts, n, r.randint(0, 999), c.app, c.k.provider, cfg, ", " if cfg else "", c.field, c.S("log", "")))
    for i in range(r.randint(1, 4)):
        lines.append("%s%02d.%03dZ INFO  [%s] worker ready" % (ts, n + 1 + i, r.randint(0, 999), c.app))
    return r.choice(["logs/app-debug.log", "storage/logs/laravel.log", "var/log/%s.log" % c.app]), "\n".join(lines) + "\n"


@tpl(ft="xml")
def t_android_strings(r, c):
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<resources>", '    <string name="app_name">%s</string>' % c.app.replace("-", " ").title(),
             "    <!-- %s -->" % cmt_text(r)]
    for f, v in c.comps:
        lines.append('    <string name="%s_%s">%s</string>' % (c.group, f, v))
    lines.append('    <string name="%s" translatable="false">%s</string>' % (c.snake, c.S("xml", "")))
    lines.append("</resources>")
    return "app/src/main/res/values/secrets.xml", "\n".join(lines) + "\n"


@tpl(ft="xml")
def t_webconfig(r, c):
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>"]
    for f, v in c.comps:
        lines.append('    <add key="%s:%s" value="%s" />' % (pascal(c.group), pascal(f), v))
    lines.append('    <add key="%s:%s" value="%s" />' % (pascal(c.group), pascal(c.field), c.S("xml", "")))
    lines += ["  </appSettings>", '  <system.web><compilation debug="false" /></system.web>', "</configuration>"]
    return "Web.config", "\n".join(lines) + "\n"


@tpl(ft="yaml")
def t_gha(r, c):
    lines = ["name: deploy", "on:", "  push:", "    branches: [main]", "jobs:", "  deploy:", "    runs-on: ubuntu-latest",
             "    env:"]
    for f, v in c.comps:
        lines.append("      %s_%s: %s" % (c.group.upper(), f.upper(), v))
    lines.append("      %s: %s" % (c.env, c.S("gha", r.choice(["", '"']))))
    lines += ["    steps:", "      - uses: actions/checkout@v4", "      - run: npm ci && npm run deploy"]
    return ".github/workflows/deploy.yml", "\n".join(lines) + "\n"


@tpl(ft="yaml")
def t_gitlab(r, c):
    lines = ["stages:", "  - test", "  - deploy", "", "variables:", '  NODE_ENV: "production"']
    for f, v in c.comps:
        lines.append('  %s_%s: "%s"' % (c.group.upper(), f.upper(), v))
    lines.append("  %s: %s" % (c.env, c.S("yaml")))
    lines += ["", "deploy_prod:", "  stage: deploy", "  script:", "    - ./scripts/deploy.sh", "  only:", "    - main"]
    return ".gitlab-ci.yml", "\n".join(lines) + "\n"


@tpl(ft="yaml")
def t_ansible(r, c):
    lines = ["---", "# group_vars/%s.yml - %s" % (r.choice(["prod", "all", "payments"]), cmt_text(r)),
             "app_user: deploy", "app_dir: /opt/%s" % c.app]
    for f, v in c.comps:
        lines.append('%s_%s: "%s"' % (c.group, f, v))
    lines.append("%s: %s" % (c.snake, c.S("yaml")))
    return "ansible/group_vars/%s.yml" % r.choice(["prod", "all", "payments"]), "\n".join(lines) + "\n"


@tpl(ft="yaml")
def t_serverless(r, c):
    lines = ["service: %s" % c.app, "provider:", "  name: aws", "  runtime: nodejs18.x", "  region: %s" % r.choice(["ap-southeast-1", "ap-southeast-2", "ap-southeast-3"]),
             "  environment:"]
    for f, v in c.comps:
        lines.append("    %s_%s: %s" % (c.group.upper(), f.upper(), v))
    lines.append("    %s: %s" % (c.env, c.S("yaml", r.choice(["", "'"]))))
    lines += ["functions:", "  webhook:", "    handler: src/handler.webhook", "    events:", "      - httpApi: 'POST /webhook/%s'" % c.group]
    return "serverless.yml", "\n".join(lines) + "\n"


@tpl(ft="ini")
def t_ini(r, c):
    lines = ["; %s" % cmt_text(r), "[app]", "name = %s" % c.app, "debug = false", "", "[%s]" % c.group]
    for f, v in c.comps:
        lines.append("%s = %s" % (f, v))
    lines.append("%s = %s" % (c.field, c.S("ini", "")))
    return r.choice(["config/config.ini", "settings.ini"]), "\n".join(lines) + "\n"


@tpl(ft="toml")
def t_toml(r, c):
    lines = ["[server]", 'addr = ":8080"', "", "[%s]" % c.group]
    items = ['%s = "%s"' % (f, v) for f, v in c.comps]
    items += ['%s = "%s"' % (a, b) for a, b in filler_pairs(r, c, 2)]
    items.insert(r.randint(0, len(items)), "%s = %s" % (c.field, c.S("toml")))
    return "config/config.toml", "\n".join(lines + items) + "\n"


@tpl(ft="systemd")
def t_systemd(r, c):
    lines = ["[Unit]", "Description=%s service" % c.app, "After=network.target", "", "[Service]", "User=www-data",
             "WorkingDirectory=/opt/%s" % c.app]
    for f, v in c.comps:
        lines.append("Environment=%s_%s=%s" % (c.group.upper(), f.upper(), v))
    lines.append('Environment="%s=%s"' % (c.env, c.S("systemd", "")))
    lines += ["ExecStart=/opt/%s/bin/server" % c.app, "Restart=always", "", "[Install]", "WantedBy=multi-user.target"]
    return "deploy/%s.service" % c.app, "\n".join(lines) + "\n"


@tpl(ft="python")
def t_py_script(r, c):
    lines = ['"""%s"""' % r.choice(["Sinkronisasi status pembayaran", "Cek saldo harian", "Reconcile settlement", "Xuất báo cáo giao dịch"]),
             "import requests", "import logging", "", "log = logging.getLogger(__name__)", ""]
    for f, v in c.comps:
        lines.append('%s = "%s"' % (f.upper(), v))
    lines.append("%s = %s  # %s" % (c.field.upper(), c.S("py"), cmt_text(r)))
    lines += ["", "", "def main():", '    resp = requests.get("https://%s/health", timeout=10)' % c.host, "    log.info(resp.status_code)",
              "", "", 'if __name__ == "__main__":', "    main()"]
    return "scripts/%s_sync.py" % c.group, "\n".join(lines) + "\n"


@tpl(ft="python")
def t_py_conftest(r, c):
    lines = ["import pytest", "", "", "@pytest.fixture(scope='session')", "def %s_credentials():" % c.group, "    return {"]
    for f, v in c.comps:
        lines.append("        '%s': '%s'," % (f, v))
    lines.append("        '%s': %s," % (c.field, c.S("py", "'")))
    lines += ["    }"]
    return "tests/conftest.py", "\n".join(lines) + "\n"


@tpl(ft="javascript")
def t_express_webhook(r, c):
    lines = ["const express = require('express');", "const router = express.Router();", "",
             "// %s" % cmt_text(r), "const %s = %s;" % (c.env, c.S("js", "'")), ""]
    for f, v in c.comps:
        lines.append("const %s_%s = '%s';" % (c.group.upper(), f.upper(), v))
    lines += ["", "router.post('/webhook/%s', (req, res) => {" % c.group, "  // TODO verifikasi signature",
              "  console.log('notif masuk', req.body.order_id);", "  res.sendStatus(200);", "});", "", "module.exports = router;"]
    return "routes/webhook.js", "\n".join(lines) + "\n"


@tpl(ft="json")
def t_appsettings(r, c):
    inner = {pascal(f): v for f, v in c.comps}
    inner[pascal(c.field)] = "@@SLOT@@"
    d = {"Logging": {"LogLevel": {"Default": "Information"}}, pascal(c.group): inner, "AllowedHosts": "*"}
    txt = json.dumps(d, indent=2).replace('"@@SLOT@@"', c.S("json"))
    return "appsettings.Production.json", txt + "\n"


@tpl(ft="xml")
def t_maven_settings(r, c):
    lines = ["<settings>", "  <profiles>", "    <profile>", "      <id>prod</id>", "      <properties>"]
    for f, v in c.comps:
        lines.append("        <%s.%s>%s</%s.%s>" % (c.group, camel(f), v, c.group, camel(f)))
    lines.append("        <%s.%s>%s</%s.%s>" % (c.group, c.fcamel, c.S("xml", ""), c.group, c.fcamel))
    lines += ["      </properties>", "    </profile>", "  </profiles>", "</settings>"]
    return "settings.xml", "\n".join(lines) + "\n"


@tpl(ft="dotenv-example")
def t_env_example(r, c):
    lines = ["# Salin file ini ke .env / copy to .env", "APP_ENV=local", "DB_HOST=127.0.0.1"]
    for f, v in c.comps:
        lines.append("%s_%s=%s" % (c.group.upper(), f.upper(), v))
    lines.append("%s=%s" % (c.env, c.S("dotenv", "")))
    return ".env.example", "\n".join(lines) + "\n"


# ---- header / curl style
def hdr_use(c, lang):
    kind, extra = c.k.hdr
    if kind == "user":
        return ("-u", c.S(lang, "") + ":")
    if kind == "user2":
        u = dict(c.comps).get(extra, "user")
        return ("-u", "%s:%s" % (u, c.S(lang, "")))
    return ("-H", extra + c.S(lang, ""))


@tpl(req="hdr", ft="shell")
def t_curl(r, c):
    flag, v = hdr_use(c, "md")
    lines = ["#!/bin/sh", "# %s" % cmt_text(r), "curl -sS -X %s https://api.%s/v2/%s \\" % (r.choice(["GET", "POST"]), r.choice(["example-gateway.com", "partner-api.io"]), r.choice(["balance", "invoices", "payments", "orders"])),
             "  %s '%s' \\" % (flag, v), "  -H 'Content-Type: application/json'"]
    return r.choice(["scripts/test_api.sh", "tools/cek_saldo.sh", "curl/examples.sh"]), "\n".join(lines) + "\n"


@tpl(req="hdr", ft="markdown")
def t_md_curl(r, c):
    flag, v = hdr_use(c, "md")
    lines = ["### Contoh request", "", "```bash", "curl https://%s/api/v1/ping \\" % c.host, "  %s \"%s\"" % (flag, v), "```", "",
             "Response `200 OK` artinya kredensial valid."]
    return "docs/api-examples.md", "\n".join(lines) + "\n"


@tpl(req="hdr", ft="http")
def t_http_file(r, c):
    kind, extra = c.k.hdr
    lines = ["### %s" % cmt_text(r), "GET https://%s/v1/transactions?limit=20" % c.host]
    if kind == "header":
        lines.append(extra + c.S("md", ""))
    else:
        lines.append("# auth: basic")
        flag, v = hdr_use(c, "md")
        lines.append("Authorization: Basic %s" % v)
    lines.append("Accept: application/json")
    return "requests/%s.http" % c.group, "\n".join(lines) + "\n"


# ---- provider specific
@tpl(req="xendit", ft="javascript")
def t_xendit_node(r, c):
    lines = ["const Xendit = require('xendit-node');", "", "// %s" % cmt_text(r), "const x = new Xendit({", "  secretKey: %s," % c.S("js", "'"), "});",
             "", "const { Invoice } = x;", "const invoiceSpecificOptions = {};", "const i = new Invoice(invoiceSpecificOptions);", "", "module.exports = i;"]
    return "src/lib/xendit.js", "\n".join(lines) + "\n"


@tpl(req="xendit", ft="php")
def t_xendit_php(r, c):
    lines = ["<?php", "", "namespace App\\Services;", "", "use Xendit\\Xendit;", "", "class XenditService", "{",
             "    public function __construct()", "    {", "        // %s" % cmt_text(r), "        Xendit::setApiKey(%s);" % c.S("php", "'"), "    }", "}"]
    return "app/Services/XenditService.php", "\n".join(lines) + "\n"


@tpl(req="xendit_cb", ft="typescript")
def t_xendit_cb_ts(r, c):
    lines = ["import { Request, Response, NextFunction } from 'express';", "",
             "const CALLBACK_TOKEN = %s;" % c.S("js", "'"), "",
             "export function verifyXenditCallback(req: Request, res: Response, next: NextFunction) {",
             "  if (req.header('x-callback-token') !== CALLBACK_TOKEN) {", "    return res.status(403).json({ message: 'token tidak valid' });", "  }",
             "  next();", "}"]
    return "src/middleware/xenditCallback.ts", "\n".join(lines) + "\n"


@tpl(req="midtrans", ft="php")
def t_midtrans_php(r, c):
    lines = ["<?php", "require_once dirname(__FILE__) . '/vendor/autoload.php';", "", "// " + cmt_text(r),
             "\\Midtrans\\Config::$serverKey = %s;" % c.S("php", "'"), "\\Midtrans\\Config::$isProduction = %s;" % r.choice(["true", "false"]),
             "\\Midtrans\\Config::$isSanitized = true;", "\\Midtrans\\Config::$is3ds = true;", "",
             "$params = array('transaction_details' => array('order_id' => 'ORD-' . time(), 'gross_amount' => 150000));",
             "$snapToken = \\Midtrans\\Snap::getSnapToken($params);"]
    return r.choice(["checkout.php", "app/Libraries/Midtrans.php"]), "\n".join(lines) + "\n"


@tpl(req="midtrans", ft="python")
def t_midtrans_py(r, c):
    lines = ["import midtransclient", "", "snap = midtransclient.Snap(", "    is_production=%s," % r.choice(["True", "False"]),
             "    server_key=%s," % c.S("py"), "    client_key=\"%s\"," % (r.choice(["SB-Mid-client-", "Mid-client-"]) + rs(r, ALNUM, 16)), ")"]
    return "payments/midtrans.py", "\n".join(lines) + "\n"


@tpl(req="omise", ft="javascript")
def t_omise_node(r, c):
    lines = ["const omise = require('omise')({", "  publicKey: '%s'," % ("pkey_" + r.choice(["", "test_"]) + "5" + rs(r, LOW + DIG, 18)),
             "  secretKey: %s," % c.S("js", "'"), "  omiseVersion: '2019-05-29',", "});", "", "// %s" % cmt_text(r), "module.exports = omise;"]
    return "lib/omise.js", "\n".join(lines) + "\n"


@tpl(req="paymongo", ft="php")
def t_paymongo_laravel(r, c):
    lines = ["<?php", "", "namespace App\\Http\\Controllers;", "", "use Illuminate\\Support\\Facades\\Http;", "",
             "class GcashController extends Controller", "{", "    public function createSource()", "    {",
             "        // %s" % cmt_text(r),
             "        $res = Http::withBasicAuth(%s, '')" % c.S("php", "'"),
             "            ->post('https://api.paymongo.com/v1/sources', ['data' => ['attributes' => [",
             "                'amount' => 10000, 'currency' => 'PHP', 'type' => 'gcash',", "            ]]]);",
             "        return $res->json();", "    }", "}"]
    return "app/Http/Controllers/GcashController.php", "\n".join(lines) + "\n"


@tpl(req="zalopay", ft="json")
def t_zalopay_json(r, c):
    appid = dict(c.comps).get("app_id", digits(r, 4))
    txt = ('{\n  "app_id": %s,\n  "key1": %s,\n  "key2": "@@K2@@",\n  "endpoint": "https://sb-openapi.zalopay.vn/v2/create"\n}\n'
           % (appid, c.S("json")))
    # key2 comes from env in this variant
    txt = txt.replace('"@@K2@@"', '"${ZALOPAY_KEY2}"')
    return "config/zalopay.json", txt


@tpl(req="momo", ft="javascript")
def t_momo_node(r, c):
    comps = dict(c.comps)
    lines = ["// Cấu hình MoMo - %s" % cmt_text(r), "const crypto = require('crypto');", "",
             "const partnerCode = '%s';" % comps.get("partner_code", "MOMO"),
             ("const accessKey = '%s';" % comps["access_key"]) if "access_key" in comps else "const accessKey = process.env.MOMO_ACCESS_KEY;",
             "const secretKey = %s;" % c.S("js", "'"), "const redirectUrl = 'https://%s/momo/return';" % c.host,
             "", "function sign(raw) {", "  return crypto.createHmac('sha256', secretKey).update(raw).digest('hex');", "}",
             "", "module.exports = { partnerCode, accessKey, sign };"]
    return "services/momo.js", "\n".join(lines) + "\n"


@tpl(req="vnpay", ft="php")
def t_vnpay_php(r, c):
    comps = dict(c.comps)
    lines = ["<?php", "date_default_timezone_set('Asia/Ho_Chi_Minh');", "", "$vnp_TmnCode = \"%s\"; // Mã website tại VNPAY" % comps.get("tmn_code", "ABCDEFGH"),
             "$vnp_HashSecret = %s; // Chuỗi bí mật" % c.S("php"), "$vnp_Url = \"https://sandbox.vnpayment.vn/paymentv2/vpcpay.html\";",
             "$vnp_Returnurl = \"https://%s/vnpay_return.php\";" % c.host]
    return "vnpay_php/config.php", "\n".join(lines) + "\n"


@tpl(req="telegram", ft="python")
def t_telegram_py(r, c):
    lines = ["from telegram.ext import ApplicationBuilder, CommandHandler", "", "# %s" % cmt_text(r),
             "TOKEN = %s" % c.S("py"), "", "", "async def start(update, context):",
             "    await update.message.reply_text(%s)" % repr(r.choice(["Halo! Ada yang bisa dibantu?", "Kumusta!", "สวัสดีครับ", "Xin chào!"])),
             "", "", "app = ApplicationBuilder().token(TOKEN).build()", "app.add_handler(CommandHandler('start', start))", "app.run_polling()"]
    return "bot/main.py", "\n".join(lines) + "\n"


@tpl(req="telegram", ft="shell")
def t_telegram_sh(r, c):
    chat = dict(c.comps).get("chat_id", "-100" + digits(r, 10))
    lines = ["#!/bin/bash", "# notif deploy ke grup", "BOT=%s" % c.S("sh", ""), "CHAT_ID=%s" % chat,
             'curl -s "https://api.telegram.org/bot${BOT}/sendMessage" -d chat_id=$CHAT_ID -d text="Deploy %s selesai ✅"' % c.app]
    return "scripts/notify.sh", "\n".join(lines) + "\n"


@tpl(req="line", ft="python")
def t_line_py(r, c):
    lines = ["from flask import Flask, request, abort", "from linebot import LineBotApi, WebhookHandler", "", "app = Flask(__name__)",
             "line_bot_api = LineBotApi(os.environ['LINE_CHANNEL_ACCESS_TOKEN'])", "handler = WebhookHandler(%s)  # %s" % (c.S("py", "'"), cmt_text(r)), "",
             "@app.route('/callback', methods=['POST'])", "def callback():", "    signature = request.headers['X-Line-Signature']",
             "    handler.handle(request.get_data(as_text=True), signature)", "    return 'OK'"]
    return "linebot/app.py", "import os\n" + "\n".join(lines) + "\n"


@tpl(req="shopee", ft="python")
def t_shopee_py(r, c):
    pid = dict(c.comps).get("partner_id", digits(r, 7))
    lines = ["import hashlib", "import hmac", "import time", "", "PARTNER_ID = %s" % pid, "PARTNER_KEY = %s" % c.S("py"), "HOST = 'https://partner.shopeemobile.com'", "",
             "", "def sign(path, ts, access_token='', shop_id=''):", "    base = f'{PARTNER_ID}{path}{ts}{access_token}{shop_id}'",
             "    return hmac.new(PARTNER_KEY.encode(), base.encode(), hashlib.sha256).hexdigest()"]
    return "marketplace/shopee/auth.py", "\n".join(lines) + "\n"


@tpl(req="lazada", ft="java")
def t_lazada_java(r, c):
    appkey = dict(c.comps).get("app_key", digits(r, 6))
    lines = ["import com.lazada.lazop.api.LazopClient;", "", "public class LazadaFactory {",
             '    private static final String URL = "https://api.lazada.co.id/rest";', '    private static final String APP_KEY = "%s";' % appkey,
             "    private static final String APP_SECRET = %s;" % c.S("java"), "",
             "    public static LazopClient create() {", "        return new LazopClient(URL, APP_KEY, APP_SECRET);", "    }", "}"]
    return "src/main/java/id/toko/lazada/LazadaFactory.java", "\n".join(lines) + "\n"


# ---- PEM
@tpl(req="pem", ft="pem")
def t_pem_file(r, c):
    return r.choice(["keys/myinfo-signing.pem", "certs/singpass_private.pem", "secrets/myinfo_app_key.pem"]), c.S("pem", "") + "\n"


@tpl(req="pem", ft="yaml")
def t_pem_k8s(r, c):
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: myinfo-keys", "type: Opaque", "stringData:",
             "  MYINFO_CLIENT_ID: %s" % dict(c.comps).get("client_id", "X"), "  private.pem: |"]
    body = c.S("pem", "")
    lines += ["    " + ln for ln in body.split("\n")]
    return "k8s/myinfo-secret.yaml", "\n".join(lines) + "\n"


@tpl(req="pem", ft="json")
def t_pem_json(r, c):
    d = {"clientId": dict(c.comps).get("client_id", "X"), "redirectUri": "https://%s/callback" % c.host, "privateKey": "@@SLOT@@",
         "environment": r.choice(["sandbox", "test", "prod"])}
    txt = json.dumps(d, indent=2).replace('"@@SLOT@@"', json.dumps(c.S("pem", "")))
    return "config/singpass.json", txt + "\n"


@tpl(req="pem", ft="javascript")
def t_pem_js(r, c):
    lines = ["// MyInfo v4 - %s" % cmt_text(r), "module.exports = {", "  CLIENT_ID: '%s'," % dict(c.comps).get("client_id", "X"),
             "  APP_PRIVATE_KEY: `" + c.S("pem", "") + "`,", "};"]
    return "src/config/myinfo.js", "\n".join(lines) + "\n"


# ================================================================ look-alike negatives
def abn(r):
    w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(10)]
        dd = [d[0] - 1] + d[1:]
        if sum(a * b for a, b in zip(dd, w)) % 89 == 0:
            s = "".join(map(str, d))
            return "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])


def gs1(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        tot += int(ch) * (3 if i % 2 == 0 else 1)
    return body + str((10 - tot % 10) % 10)


def nzbn(r):
    return gs1("94290" + digits(r, 7, False))


def nric(r):
    p = r.choice("ST")
    d = [r.randint(0, 9) for _ in range(7)]
    s = sum(a * b for a, b in zip(d, [2, 7, 6, 5, 4, 3, 2])) + (4 if p == "T" else 0)
    return p + "".join(map(str, d)) + "JZIHGFEDCBA"[s % 11]


def npwp(r):
    d = digits(r, 15, False)
    return "%s.%s.%s.%s-%s.%s" % (d[:2], d[2:5], d[5:8], d[8], d[9:12], d[12:])


def crc16(s):
    crc = 0xFFFF
    for ch in s.encode():
        crc ^= ch << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return "%04X" % crc


def tlv(t, v):
    return "%s%02d%s" % (t, len(v), v)


def qris(r):
    merch = r.choice(["WARUNG BU SRI", "KOPI KENANGAN", "TOKO MAJU JAYA", "BAKSO PAK DE"])
    s = tlv("00", "01") + tlv("01", "12") + tlv("26", tlv("00", "ID.CO.QRIS.WWW") + tlv("01", "93600914" + digits(r, 10)) + tlv("02", "ID" + digits(r, 13)))
    s += tlv("52", "5812") + tlv("53", "360") + tlv("54", str(r.randint(10, 500) * 1000)) + tlv("58", "ID") + tlv("59", merch) + tlv("60", r.choice(["JAKARTA", "BANDUNG", "SURABAYA"]))
    s += "6304"
    return s + crc16(s)


def sha(r, n=64):
    return rs(r, HEXL, n)


LOOK = []


def look(provider, kind, ft):
    def deco(f):
        LOOK.append((f.__name__, provider, kind, ft, f))
        return f
    return deco


@look("ATO", "abn", "csv")
def l_abn_csv(r):
    lines = ["supplier_name,abn,state,gst_registered"]
    for _ in range(r.randint(4, 12)):
        lines.append("%s Pty Ltd,%s,%s,%s" % (r.choice(WORDS), abn(r), r.choice(["NSW", "VIC", "QLD", "WA", "SA"]), r.choice(["Y", "N"])))
    return "data/suppliers_au.csv", "\n".join(lines) + "\n"


@look("ATO", "abn", "python")
def l_abn_py(r):
    a = abn(r).replace(" ", "")
    lines = ["WEIGHTS = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]", "", "", "def valid_abn(abn: str) -> bool:",
             "    d = [int(c) for c in abn if c.isdigit()]", "    if len(d) != 11:", "        return False", "    d[0] -= 1",
             "    return sum(x * w for x, w in zip(d, WEIGHTS)) % 89 == 0", "", "", "def test_known_abn():", "    assert valid_abn(%r)" % a]
    return "tests/test_abn.py", "\n".join(lines) + "\n"


@look("NZBN", "nzbn", "json")
def l_nzbn(r):
    d = [{"entityName": "%s Limited" % r.choice(WORDS), "nzbn": nzbn(r), "gstNumber": "%s-%s-%s" % (digits(r, 3), digits(r, 3), digits(r, 3))} for _ in range(r.randint(2, 6))]
    return "fixtures/nz_entities.json", json.dumps(d, indent=2) + "\n"


@look("SG", "nric_like", "python")
def l_nric(r):
    lines = ["import pytest", "from app.validators import is_valid_nric", "", "", "@pytest.mark.parametrize('nric', ["]
    lines += ["    '%s'," % nric(r) for _ in range(r.randint(3, 7))]
    lines += ["])", "def test_valid_nric(nric):", "    assert is_valid_nric(nric)"]
    return "tests/test_nric.py", "\n".join(lines) + "\n"


@look("DJP", "npwp", "php")
def l_npwp(r):
    lines = ["<?php", "// data dummy faktur pajak", "return ["]
    for _ in range(r.randint(2, 5)):
        lines.append("    ['nama' => 'PT %s %s', 'npwp' => '%s', 'no_faktur' => '010.%s-%s.%s']," % (r.choice(WORDS), r.choice(["Abadi", "Sejahtera", "Makmur"]), npwp(r), digits(r, 3, False), digits(r, 2, False), digits(r, 8, False)))
    lines.append("];")
    return "database/fixtures/faktur.php", "\n".join(lines) + "\n"


@look("QRIS", "qris_payload", "dart")
def l_qris(r):
    lines = ["// contoh payload QRIS statis untuk widget test", "const kQrisSample =", "    '%s';" % qris(r), "",
             "void main() {", "  // parse & tampilkan", "}"]
    return "test/fixtures/qris_sample.dart", "\n".join(lines) + "\n"


@look("VNPay", "secure_hash", "log")
def l_vnpay_log(r):
    lines = []
    for _ in range(r.randint(2, 5)):
        q = "vnp_Amount=%d00&vnp_BankCode=NCB&vnp_OrderInfo=Thanh+toan+don+hang&vnp_ResponseCode=00&vnp_TmnCode=%s&vnp_TransactionNo=%s&vnp_TxnRef=%s&vnp_SecureHash=%s" % (
            r.randint(10000, 900000), rs(r, UP + DIG, 8), digits(r, 8), digits(r, 6), sha(r, 128))
        lines.append("[%s] GET /vnpay_return?%s 200" % ("2024-05-%02d 10:%02d:%02d" % (r.randint(1, 28), r.randint(0, 59), r.randint(0, 59)), q))
    return "logs/vnpay_return.log", "\n".join(lines) + "\n"


@look("Midtrans", "notification_signature", "json")
def l_midtrans_notif(r):
    d = {"transaction_time": "2024-03-%02d 11:%02d:05" % (r.randint(1, 28), r.randint(0, 59)), "transaction_status": "settlement",
         "transaction_id": uuid4(r), "status_message": "midtrans payment notification", "status_code": "200",
         "signature_key": sha(r, 128), "payment_type": r.choice(["bank_transfer", "gopay", "qris"]), "order_id": "ORD-%s" % digits(r, 8),
         "merchant_id": "G" + digits(r, 9), "gross_amount": "%d.00" % (r.randint(10, 999) * 1000), "fraud_status": "accept", "currency": "IDR"}
    return "tests/fixtures/midtrans_notification.json", json.dumps(d, indent=2) + "\n"


@look("Midtrans", "client_key", "html")
def l_snap_html(r):
    ck = r.choice(["SB-Mid-client-", "Mid-client-"]) + rs(r, ALNUM + "-_", 16)
    lines = ["<!DOCTYPE html>", "<html lang=\"id\">", "<head>", "  <script type=\"text/javascript\" src=\"https://app.sandbox.midtrans.com/snap/snap.js\"",
             "          data-client-key=\"%s\"></script>" % ck, "</head>", "<body>", "  <button id=\"pay-button\">Bayar Sekarang</button>", "</body>", "</html>"]
    return "public/checkout.html", "\n".join(lines) + "\n"


@look("Xendit", "public_key", "javascript")
def l_xendit_pub(r):
    pk = "xnd_public_%s_%s" % (r.choice(["production", "development"]), b64enc(rbytes(r, 40)))
    lines = ["// public key aman untuk frontend (hanya untuk tokenisasi kartu)", "Xendit.setPublishableKey('%s');" % pk, "",
             "Xendit.card.createToken({ amount: 75000, card_number: form.cc.value, is_multiple_use: false }, handleToken);"]
    return "public/js/card-form.js", "\n".join(lines) + "\n"


@look("Xendit", "webhook_payload", "json")
def l_xendit_webhook(r):
    d = {"id": rs(r, HEXL, 24), "external_id": "invoice-%s" % digits(r, 10), "user_id": rs(r, HEXL, 24), "is_high": False,
         "payment_method": "BANK_TRANSFER", "status": "PAID", "merchant_name": r.choice(WORDS) + " Store", "amount": r.randint(10, 900) * 1000,
         "paid_amount": r.randint(10, 900) * 1000, "bank_code": r.choice(["BCA", "BNI", "MANDIRI", "BRI"]), "payment_id": uuid4(r),
         "paid_at": "2024-06-01T09:12:33.000Z", "currency": "IDR", "payment_channel": "BCA", "payment_destination": digits(r, 12)}
    return "tests/fixtures/xendit_invoice_paid.json", json.dumps(d, indent=2) + "\n"


@look("Omise", "public_key", "html")
def l_omise_pub(r):
    pk = "pkey_" + r.choice(["", "test_"]) + "5" + rs(r, LOW + DIG, 18)
    lines = ["<form id=\"checkoutForm\" method=\"POST\" action=\"/charge\">", "  <script type=\"text/javascript\" src=\"https://cdn.omise.co/omise.js\"",
             "    data-key=\"%s\"" % pk, "    data-amount=\"%d\"" % (r.randint(1, 99) * 1000), "    data-currency=\"THB\"", "    data-default-payment-method=\"credit_card\">",
             "  </script>", "</form>"]
    return "views/checkout.html", "\n".join(lines) + "\n"


@look("PayMongo", "public_key", "javascript")
def l_paymongo_pub(r):
    pk = r.choice(["pk_live_", "pk_test_"]) + rs(r, ALNUM, 24)
    lines = ["// publishable key lang ito, safe sa client", "export const PAYMONGO_PUBLIC_KEY = '%s';" % pk, "",
             "export const createPaymentMethod = (details) =>", "  fetch('https://api.paymongo.com/v1/payment_methods', {",
             "    method: 'POST',", "    headers: { Authorization: `Basic ${btoa(PAYMONGO_PUBLIC_KEY + ':')}` },", "    body: JSON.stringify(details),", "  });"]
    return "src/api/paymongo.js", "\n".join(lines) + "\n"


@look("npm", "integrity_hash", "json")
def l_pkglock(r):
    pk = {}
    for name in r.sample(["xendit-node", "midtrans-client", "omise", "axios", "express", "dayjs", "zod", "uuid", "crypto-js"], 4):
        pk["node_modules/" + name] = {"version": "%d.%d.%d" % (r.randint(0, 5), r.randint(0, 20), r.randint(0, 9)),
                                      "resolved": "https://registry.npmjs.org/%s/-/%s.tgz" % (name, name),
                                      "integrity": "sha512-" + b64enc(rbytes(r, 64))}
    d = {"name": r.choice(APPS), "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", json.dumps(d, indent=2) + "\n"


@look("pub.dev", "sha256", "yaml")
def l_pubspec_lock(r):
    lines = ["packages:"]
    for name in r.sample(["http", "dio", "provider", "flutter_dotenv", "midtrans_sdk", "intl", "shared_preferences"], 4):
        lines += ["  %s:" % name, "    dependency: \"direct main\"", "    description:", "      name: %s" % name,
                  "      sha256: \"%s\"" % sha(r), "      url: \"https://pub.dev\"", "    source: hosted", "    version: \"%d.%d.%d\"" % (r.randint(0, 5), r.randint(0, 20), r.randint(0, 9))]
    lines += ["sdks:", "  dart: \">=3.0.0 <4.0.0\""]
    return "pubspec.lock", "\n".join(lines) + "\n"


@look("Go", "go_sum", "gosum")
def l_gosum(r):
    lines = []
    for m in ["github.com/xendit/xendit-go/v4", "github.com/veritrans/go-midtrans", "github.com/gin-gonic/gin", "github.com/google/uuid"]:
        v = "v%d.%d.%d" % (r.randint(0, 4), r.randint(0, 12), r.randint(0, 9))
        lines.append("%s %s h1:%s" % (m, v, b64enc(rbytes(r, 32))))
        lines.append("%s %s/go.mod h1:%s" % (m, v, b64enc(rbytes(r, 32))))
    return "go.sum", "\n".join(lines) + "\n"


@look("Docker", "image_digest", "dockerfile")
def l_docker_digest(r):
    lines = ["FROM golang:1.22-alpine@sha256:%s AS build" % sha(r), "WORKDIR /src", "COPY . .", "RUN go build -o /out/app ./cmd/api",
             "", "FROM gcr.io/distroless/static@sha256:%s" % sha(r), "COPY --from=build /out/app /app", "ENV TZ=Asia/Jakarta", "ENTRYPOINT [\"/app\"]"]
    return "Dockerfile", "\n".join(lines) + "\n"


@look("git", "commit_sha", "markdown")
def l_changelog(r):
    lines = ["# Changelog", ""]
    for i in range(r.randint(3, 7)):
        lines.append("- %s %s (%s)" % (r.choice(["fix:", "feat:", "chore:"]), r.choice(["perbaiki callback Xendit", "tambah metode bayar GCash", "update VNPay return url", "migrate to Midtrans Snap v2", "ayusin ang refund flow", "sửa lỗi làm tròn VND"]), sha(r, 40)))
    return "CHANGELOG.md", "\n".join(lines) + "\n"


@look("App", "order_uuid", "sql")
def l_sql_orders(r):
    lines = ["INSERT INTO orders (id, invoice_no, customer_id, amount, currency, status) VALUES"]
    rows = []
    for _ in range(r.randint(3, 8)):
        rows.append("('%s', 'INV/%d/%02d/%s', %d, %d, '%s', 'PAID')" % (uuid4(r), r.randint(2022, 2025), r.randint(1, 12), digits(r, 5), r.randint(100, 99999), r.randint(10, 900) * 1000, r.choice(CURR)))
    return "database/seeds/orders.sql", lines[0] + "\n" + ",\n".join(rows) + ";\n"


@look("SingPass/MyInfo", "public_jwks", "json")
def l_jwks(r):
    import base64
    def u(n):
        return base64.urlsafe_b64encode(rbytes(r, n)).decode().rstrip("=")
    d = {"keys": [{"kty": "EC", "use": r.choice(["sig", "enc"]), "crv": "P-256", "kid": "%s-%s" % (r.choice(["sig", "enc"]), digits(r, 10)),
                   "x": u(32), "y": u(32), "alg": r.choice(["ES256", "ECDH-ES+A256KW"])} for _ in range(2)]}
    return "public/.well-known/jwks.json", json.dumps(d, indent=2) + "\n"


@look("SingPass/MyInfo", "public_key_pem", "pem")
def l_pubkey(r):
    der = bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d03010703420004") + rbytes(r, 64)
    b = b64enc(der)
    body = "\n".join(b[i:i + 64] for i in range(0, len(b), 64))
    return "certs/myinfo_public.pem", "-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----\n" % body


@look("TLS", "certificate", "pem")
def l_cert(r):
    b = b64enc(bytes.fromhex("308203") + rbytes(r, r.randint(700, 900)))
    body = "\n".join(b[i:i + 64] for i in range(0, len(b), 64))
    return r.choice(["certs/ca-bundle.crt", "nginx/ssl/fullchain.pem"]), "-----BEGIN CERTIFICATE-----\n%s\n-----END CERTIFICATE-----\n" % body


@look("Shopee", "order_sn", "json")
def l_shopee_orders(r):
    d = {"request_id": rs(r, HEXL, 32), "error": "", "message": "", "response": {"more": False, "order_list": [
        {"order_sn": "%s%s" % ("24%02d%02d" % (r.randint(1, 12), r.randint(1, 28)), rs(r, UP + DIG, 8)), "order_status": r.choice(["READY_TO_SHIP", "COMPLETED"])} for _ in range(r.randint(2, 6))]}}
    return "tests/fixtures/shopee_get_order_list.json", json.dumps(d, indent=2) + "\n"


@look("Shopee", "api_sign", "log")
def l_shopee_sign_log(r):
    lines = []
    for _ in range(r.randint(2, 5)):
        lines.append("INFO shopee call path=/api/v2/order/get_order_list partner_id=%s shop_id=%s timestamp=%d sign=%s status=200" % (digits(r, 7), digits(r, 9), 1700000000 + r.randint(0, 9999999), sha(r)))
    return "logs/shopee-sync.log", "\n".join(lines) + "\n"


@look("Australia Post", "tracking_number", "csv")
def l_tracking(r):
    lines = ["order_ref,carrier,tracking_id,postcode"]
    for _ in range(r.randint(3, 9)):
        car = r.choice(["AusPost", "StarTrack", "NZPost", "Sendle"])
        tid = {"AusPost": rs(r, UP + DIG, 3) + digits(r, 10, False) + "01", "StarTrack": rs(r, UP, 3) + digits(r, 8), "NZPost": "00" + digits(r, 18, False), "Sendle": "S" + rs(r, UP + DIG, 6)}[car]
        lines.append("ORD-%s,%s,%s,%s" % (digits(r, 6), car, tid, digits(r, 4)))
    return "exports/shipments.csv", "\n".join(lines) + "\n"


@look("LINE", "webhook_event", "json")
def l_line_event(r):
    d = {"destination": "U" + rs(r, HEXL, 32), "events": [{"type": "message", "mode": "active", "timestamp": 1700000000000 + r.randint(0, 10 ** 9),
                                                          "source": {"type": "user", "userId": "U" + rs(r, HEXL, 32)}, "webhookEventId": "01H" + rs(r, UP + DIG, 23),
                                                          "message": {"id": digits(r, 18), "type": "text", "text": r.choice(["สวัสดีค่ะ", "สั่งของค่ะ", "ขอบคุณครับ"])}}]}
    return "tests/fixtures/line_webhook.json", json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@look("ZaloPay", "callback_mac", "json")
def l_zalopay_cb(r):
    data = json.dumps({"app_id": int(digits(r, 4)), "app_trans_id": "%s_%s" % ("24%02d%02d" % (r.randint(1, 12), r.randint(1, 28)), digits(r, 6)), "amount": r.randint(10, 900) * 1000, "zp_trans_id": int(digits(r, 12))})
    d = {"data": data, "mac": sha(r), "type": 1}
    return "tests/fixtures/zalopay_callback.json", json.dumps(d, indent=2) + "\n"


@look("MoMo", "ipn_signature", "json")
def l_momo_ipn(r):
    d = {"partnerCode": "MOMO" + rs(r, UP + DIG, 8), "orderId": "MM" + digits(r, 13), "requestId": uuid4(r), "amount": r.randint(10, 900) * 1000,
         "orderInfo": "Thanh toán qua MoMo", "orderType": "momo_wallet", "transId": int(digits(r, 10)), "resultCode": 0, "message": "Thành công.",
         "payType": "qr", "responseTime": 1700000000000 + r.randint(0, 10 ** 9), "extraData": "", "signature": sha(r)}
    return "tests/fixtures/momo_ipn.json", json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@look("Telegram", "file_id", "json")
def l_tg_update(r):
    import base64
    fid = base64.urlsafe_b64encode(rbytes(r, 60)).decode().rstrip("=")
    d = {"update_id": int(digits(r, 9)), "message": {"message_id": r.randint(1, 9999), "from": {"id": int(digits(r, 10)), "is_bot": False, "first_name": r.choice(["Budi", "Juan", "Somchai", "Linh"])},
         "chat": {"id": int(digits(r, 10)), "type": "private"}, "date": 1700000000 + r.randint(0, 10 ** 7),
         "photo": [{"file_id": "AgACAgUAAxkBAAI" + fid, "file_unique_id": "AQAD" + rs(r, ALNUM, 12), "file_size": r.randint(1000, 90000), "width": 320, "height": 240}]}}
    return "tests/fixtures/telegram_update.json", json.dumps(d, indent=2) + "\n"


@look("SOPS", "ciphertext", "yaml")
def l_sops(r):
    lines = ["%s: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (k, b64enc(rbytes(r, r.randint(20, 50))), b64enc(rbytes(r, 32)), b64enc(rbytes(r, 16)))
             for k in ["xendit_secret_key", "midtrans_server_key", "db_password"]]
    lines += ["sops:", "    kms:", "        - arn: arn:aws:kms:ap-southeast-1:%s:key/%s" % (digits(r, 12), uuid4(r)),
              "          created_at: \"2024-02-01T03:11:22Z\"", "          enc: %s" % b64enc(rbytes(r, 150)),
              "    lastmodified: \"2024-02-01T03:11:23Z\"", "    mac: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64enc(rbytes(r, 32)), b64enc(rbytes(r, 32)), b64enc(rbytes(r, 16))),
              "    version: 3.8.1"]
    return "secrets/prod.enc.yaml", "\n".join(lines) + "\n"


@look("App", "hashed_api_key", "sql")
def l_hashed_keys(r):
    rows = []
    for _ in range(r.randint(2, 5)):
        rows.append("(%d, '%s', 'sk_live_%s', '%s', NOW())" % (r.randint(1, 999), r.choice(["mobile-app", "pos-kasir", "partner-api"]), rs(r, ALNUM, 4), sha(r)))
    return "database/seeds/api_keys.sql", "-- hanya hash yang disimpan, bukan key aslinya\nINSERT INTO api_keys (merchant_id, label, key_prefix, key_sha256, created_at) VALUES\n" + ",\n".join(rows) + ";\n"


@look("App", "data_uri_image", "dart")
def l_data_uri(r):
    b = b64enc(bytes.fromhex("89504e470d0a1a0a0000000d49484452") + rbytes(r, r.randint(60, 120)))
    return "lib/assets/logo_bank.dart", "// logo bank (base64)\nconst String kLogoBca = 'data:image/png;base64,%s';\n" % b


@look("Windcave", "transaction_id", "log")
def l_windcave_log(r):
    lines = []
    for _ in range(r.randint(3, 6)):
        lines.append("%s windcave session=%s txnRef=%s dpsTxnRef=%s authCode=%s status=APPROVED amount=%d.%02d NZD" % (
            "2024-07-%02d" % r.randint(1, 28), rs(r, HEXL, 32), "TXN" + digits(r, 8), digits(r, 16), digits(r, 6), r.randint(1, 500), r.randint(0, 99)))
    return "logs/windcave.log", "\n".join(lines) + "\n"


@look("Gradle", "version_strings", "kotlin")
def l_gradle(r):
    lines = ["android {", "    namespace = \"id.%s.app\"" % r.choice(APPS).replace("-", ""), "    defaultConfig {", "        versionCode = %d" % r.randint(10, 999),
             "        versionName = \"%d.%d.%d-build.%s\"" % (r.randint(1, 5), r.randint(0, 20), r.randint(0, 9), rs(r, HEXL, 7)), "    }", "}", "",
             "dependencies {", "    implementation(\"com.midtrans:uikit:2.0.0-SANDBOX\")", "    implementation(\"co.xendit:xendit-android:%d.%d.%d\")" % (r.randint(1, 4), r.randint(0, 9), r.randint(0, 9)), "}"]
    return "app/build.gradle.kts", "\n".join(lines) + "\n"


@look("Xero", "tenant_ids", "json")
def l_xero_tenants(r):
    d = [{"id": uuid4(r), "authEventId": uuid4(r), "tenantId": uuid4(r), "tenantType": "ORGANISATION", "tenantName": "%s Pty Ltd" % r.choice(WORDS),
          "createdDateUtc": "2024-01-%02dT00:00:00.0000000" % r.randint(1, 28)} for _ in range(r.randint(1, 3))]
    return "tests/fixtures/xero_connections.json", json.dumps(d, indent=2) + "\n"


@look("GrabPay", "hmac_signature", "log")
def l_grab_log(r):
    lines = []
    for _ in range(r.randint(2, 5)):
        lines.append("DEBUG grabpay request partnerTxID=%s groupTxID=%s date=\"Mon, 0%d Jul 2024 10:00:00 GMT\" x-gid-aux-pop=%s" % (rs(r, HEXL, 32), rs(r, HEXL, 32), r.randint(1, 9), b64enc(rbytes(r, 32))))
    return "logs/grabpay.log", "\n".join(lines) + "\n"


@look("App", "idempotency_keys", "typescript")
def l_idem(r):
    lines = ["// contoh idempotency key untuk test", "export const SAMPLE_REQUESTS = ["]
    for _ in range(r.randint(2, 5)):
        lines.append("  { idempotencyKey: '%s', externalId: 'INV-%s', amount: %d }," % (uuid4(r), digits(r, 8), r.randint(10, 900) * 1000))
    lines.append("];")
    return "test/fixtures/requests.ts", "\n".join(lines) + "\n"


# ================================================================ negative values for template reuse
LOCAL_PH = ["isi_server_key_disini", "MASUKKAN_SECRET_KEY_ANDA", "<kunci-rahsia-anda>", "ganti-dengan-key-kamu", "ilagay-dito-ang-secret-key",
            "<ILAGAY_ANG_KEY>", "<ใส่_secret_key_ที่นี่>", "ใส่คีย์ของคุณ", "nhap-khoa-bi-mat-vao-day", "<KHOA_BI_MAT>", "ISI_NANTI",
            "minta-ke-tim-finance", "TANYA_MAS_BUDI"]
GEN_PH = ["<your-key>", "YOUR_API_KEY", "YOUR_SECRET_KEY", "xxxx", "xxxxxxxxxxxxxxxx", "changeme", "CHANGE_ME", "TODO", "<secret>",
          "replace-me", "your_secret_here", "dummy", "<SECRET_KEY>"]
MASKED = ["****", "********", "[REDACTED]", "<redacted>", "••••••••", "***masked***"]


def neg_value(r, k, kv_only=True):
    """returns (neg tuple, value, subtype)"""
    opts = ["ph_local", "ph_gen", "empty", "masked", "env", "env"]
    if k.xprefix:
        opts.append("ph_prefix")
    if k.pub and kv_only:
        opts += ["pub", "pub"]
    if k.example:
        opts.append("example")
    if "pem" in k.tags:
        opts = ["ph_pem", "env", "ph_local"]
    o = r.choice(opts)
    if o == "ph_local":
        return ("lit",), r.choice(LOCAL_PH), o
    if o == "ph_gen":
        return ("lit",), r.choice(GEN_PH), o
    if o == "empty":
        return ("lit",), "", o
    if o == "masked":
        return ("lit",), r.choice(MASKED), o
    if o == "env":
        return ("env",), None, o
    if o == "ph_prefix":
        return ("lit",), k.xprefix + r.choice(["X", "x", "*"]) * r.choice([8, 16, 24]), o
    if o == "pub":
        return ("pub",), k.pub[1](r), o
    if o == "example":
        return ("lit",), r.choice(k.example), o
    if o == "ph_pem":
        return ("lit",), "-----BEGIN PRIVATE KEY-----\n<isi dengan private key dari portal MyInfo>\n-----END PRIVATE KEY-----", o
    raise AssertionError(o)


# ================================================================ driver
def ext_ft(path, ft):
    return ft or os.path.splitext(path)[1].lstrip(".")


def compatible(tname_req, k):
    return tname_req in k.tags


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    files = []  # (relfile, text)

    # ---- positives
    env_budget = 18
    used_needles = set()
    plan = []
    tnames = list(TEMPLATES)
    # coverage: each template at least once
    order = tnames[:]
    r.shuffle(order)
    while len(plan) < N_POS:
        if order:
            t = order.pop()
        else:
            t = r.choice(tnames)
        if t[2] and env_budget <= 0:
            continue
        ks = [k for k in KINDS if compatible(t[1], k)]
        if t[1] == "kv":
            ks = [k for k in ks if "pem" not in k.tags]
        k = r.choice(ks)
        if t[2]:
            env_budget -= 1
        plan.append((t, k))
    # make sure every kind appears
    for i, k in enumerate(KINDS):
        if not any(p[1] is k for p in plan):
            tt = [t for t in TEMPLATES if compatible(t[1], k) and not t[2]]
            plan[r.randrange(N_POS)] = (r.choice(tt), k)
    r.shuffle(plan)
    for i, (t, k) in enumerate(plan):
        name, req, envf, ft, fn = t
        for _ in range(50):
            if k.key == "singpass":
                val, needle = make_pem(r)
            else:
                val = k.gen(r)
                needle = val
            if needle not in used_needles:
                break
        used_needles.add(needle)
        c = Ctx(r, k, val)
        rel, text = fn(r, c)
        ln = None
        for j, line in enumerate(text.split("\n")):
            if needle in line:
                ln = j + 1
                break
        assert ln is not None, (name, k.key)
        f = "pos/p%04d/%s" % (i, rel)
        files.append((f, text))
        manifest.append({"file": f, "label": "pos", "provider": k.provider, "kind": k.kind, "filetype": ext_ft(rel, ft), "template": name})
        secrets.append({"file": f, "needle": needle, "line": ln})

    # ---- negatives
    n_reuse = N_NEG // 2
    negs = []
    order = [t for t in TEMPLATES if not t[2]]
    r.shuffle(order)
    for i in range(n_reuse):
        t = order.pop() if order else r.choice([t for t in TEMPLATES if not t[2]])
        ks = [k for k in KINDS if compatible(t[1], k)]
        if t[1] == "kv":
            ks = [k for k in ks if "pem" not in k.tags]
        k = r.choice(ks)
        negt, val, sub = neg_value(r, k, t[1] == "kv")
        c = Ctx(r, k, val if val is not None else "", "neg", negt)
        rel, text = t[4](r, c)
        negs.append((rel, text, {"label": "neg", "provider": k.provider, "kind": k.kind + ":" + sub, "filetype": ext_ft(rel, t[3]), "template": t[0]}))
    lorder = list(LOOK)
    r.shuffle(lorder)
    for i in range(N_NEG - n_reuse):
        lt = lorder.pop() if lorder else r.choice(LOOK)
        name, prov, kind, ft, fn = lt
        rel, text = fn(r)
        negs.append((rel, text, {"label": "neg", "provider": prov, "kind": kind, "filetype": ft, "template": name}))
    r.shuffle(negs)
    for i, (rel, text, meta) in enumerate(negs):
        base = os.path.basename(rel)
        assert not (base == ".env" or (base.startswith(".env.") and base not in (".env.example", ".env.sample"))), rel
        f = "neg/n%04d/%s" % (i, rel)
        files.append((f, text))
        m = {"file": f}
        m.update(meta)
        manifest.append(m)

    # ---- sanity checks
    needles = [s["needle"] for s in secrets]
    assert len(set(needles)) == len(needles), "duplicate needle"
    for f, text in files:
        if f.startswith("neg/"):
            for nd in needles:
                assert nd not in text, (f, nd)
    # ---- write
    for f, text in files:
        p = os.path.join(out, f)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    tx = dict(files)
    for s in secrets:
        lines = tx[s["file"]].split("\n")
        assert s["needle"] in lines[s["line"] - 1]
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
