#!/usr/bin/env python3
"""Blind evaluation-set generator "la": the Russian-speaking / CIS developer ecosystem.

EMPHASIS
    Domain: projects written by Russian-speaking teams (shops on 1C-Bitrix, Telegram/VK
    bots, marketplace sellers' scripts, 1C integrations, Yandex Cloud infrastructure).
    Providers: Yandex Cloud (API keys AQVN..., IAM tokens t1...., OAuth y0_..., static
    access keys YCAJ.../YC... secret half, authorized_key.json, SmartCaptcha server key),
    YandexGPT (Api-Key), VK API (community / service tokens, vk1.a. user tokens), Telegram
    Bot API, YooKassa/YooMoney (shopId + live_/test_ secret key), CloudPayments (Public ID
    + API Secret), T-Bank (Tinkoff) acquiring (TerminalKey + Password), Sber acquiring and
    GigaChat (base64 authorization key), SMS.ru / SMSC / SMS Aero, DaData (API key +
    secret), 1C (.v8i connection strings, HTTP services with basic auth, OData URLs),
    Bitrix24 inbound webhooks (/rest/<uid>/<token>/), amoCRM/Kommo long-lived JWT tokens,
    VK Cloud (ex Mail.ru Cloud Solutions) S3 keys, Selectel, Timeweb Cloud JWT tokens,
    RuStore Public API private key, Ozon Seller API, Wildberries API tokens.
    File types: PHP (Bitrix), Python, JavaScript, TypeScript, Go, 1C BSL (.bsl), .v8i,
    YAML (compose, k8s, GitHub/GitLab CI, Ansible), JSON, INI, TOML, .env (few), shell,
    Dockerfile, Terraform, Markdown in Russian, HTTP request files, logs, CSV, XML, SQL.
    Comments, names and docs are mostly in Russian.
    Templates: 88 positive templates (each also re-used for negatives with a non-secret
    in the slot) and 38 look-alike negative templates.

USAGE
    python3 -B gen_la.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Standard library only; all randomness
    comes from one random.Random(SEED); output is byte-identical for one SEED.

NEEDLE CONVENTIONS
    * The needle is the secret value only, exactly as written: no quotes, no variable name.
    * URLs: for Bitrix24 webhooks the needle is the token path segment; for Telegram
      api.telegram.org/bot<token>/ URLs the needle is the whole bot token (id:secret); for
      URLs with user:password@host (1C OData, S3, DB) the needle is the password; for
      sms.ru ?api_id= the needle is the api_id value.
    * Headers: the needle is the credential after the scheme word ("Bearer ", "Api-Key ",
      "Token ", "Basic ", "OAuth "); for "Api-Key:" / "X-Secret:" headers the value.
    * Key pairs (id + secret: YC static keys, YooKassa shopId + key, TerminalKey +
      Password, CloudPayments Public ID + API Secret, VK Cloud S3): the needle is the
      secret half; the public half is written in the file as ordinary context.
    * Multi-line / PEM keys and authorized_key.json: the needle is the first 64 characters
      of the base64 body of the private key (the line right after BEGIN PRIVATE KEY in PEM
      files; inside the JSON string in authorized_key.json, so on the "private_key" line).
      The RuStore private key is a single base64 line; the needle is its first 64 chars.
    * JWT tokens (amoCRM, Timeweb, Wildberries): the whole token.
    * line = 1-based line of the needle's first occurrence; the program asserts it.

NEGATIVES
    500 files without any credential. About half re-use the positive templates with the
    secret slot holding a non-secret: placeholders (<your-key>, YOUR_API_KEY_HERE,
    changeme, xxxx..., <секретный ключ>), empty values, masked values (****, [REDACTED],
    first chars + ellipsis), environment / secret-manager references (os.getenv,
    process.env, os.Getenv, getenv(), ${VAR}, vault:, op://, lockbox:, Helm/Ansible
    templates), documented example keys (YooKassa test_Fh8h..., TinkoffBankTest,
    Telegram 110201543:AAHdq..., Yandex Cloud docs YCchbY.../YCVdheub..., y3_Vdheub...,
    GigaChat docs Authorization example). The other half are look-alikes: folder_id and
    cloud_id b1g..., service account aje..., Yandex Metrika counters, VK app/group ids,
    TerminalKey alone, CloudPayments Public ID (documented as public), SmartCaptcha
    client key (ysc1_, public), Ozon Client-Id, WB nmID, YooKassa payment ids and
    idempotence keys, T-Bank notification Token (a SHA-256 request signature), HMAC
    headers, sha256/sha512 checksums, git SHAs, UUIDs of 1C objects, FIAS ids, Telegram
    file_ids, PEM public keys, SSH public keys, Bitrix24 portal URLs without tokens.
    No negative sits in a .env / .env.local / .env.production file.

FORMATS CHECKED (search tool, providers' docs and pages)
    * Yandex Cloud static key (yandex.cloud docs, access-key page): key ID 25 chars
      starting YC, secret 40 chars starting YC, alphabet [A-Za-z0-9_-]; docs examples
      YCchbYEDdcsYFBnxSWbcjDJDn / YCVdheub7w9bImcGAnd3dZnf08FRbvjeUFvehGvc (negatives).
    * Yandex Cloud OAuth token (docs): "y", digit 0-3, "_", then [A-Za-z0-9_-]; docs example
      y3_Vdheub7w9... (negative). Used length 58 as in the example.
    * authorized_key.json (docs): fields id, service_account_id, created_at,
      key_algorithm RSA_2048, public_key, private_key; private part starts with
      "PLEASE DO NOT REMOVE THIS LINE! Yandex.Cloud SA Key ID <id>".
    * YooKassa (yookassa.ru docs): HTTP Basic with shopId as user and secret key as
      password; the docs/SDK example pair 54401 / test_Fh8hUAVV... is widely copied
      (negative).
    * GigaChat (developers.sber.ru): authorization data = base64(Client ID:Client Secret),
      sent as "Authorization: Basic ..."; scope GIGACHAT_API_PERS/CORP; RqUID uuid4.
    * CloudPayments (cloudpayments.ru/Docs/Api): HTTP Basic, login Public ID, password
      API Secret.
    * DaData (SDK READMEs, dadata gist): "Authorization: Token <api key>" and
      "X-Secret: <secret>"; cleaner.dadata.ru / suggestions.dadata.ru endpoints.
    * Ozon Seller API: headers Client-Id (numeric) and Api-Key; host api-seller.ozon.ru.
    * SMS.ru (sms.ru/api/send): https://sms.ru/sms/send?api_id=...&to=...&msg=...&json=1.
    * Bitrix24 (dev.1c-bitrix.ru, guides): https://<portal>/rest/<user_id>/<secret>/<method>.
    * VK API (dev.vk.com): service, user and community access keys; tokens are strings of
      digits and latin letters.
    * VK Cloud S3 (cloud.vk.com docs): Access Key ID + Secret Key, endpoints
      hb.bizmrg.com / hb.vkcs.cloud / hb.ru-msk.vkcloud-storage.ru.
    * Telegram (BotFather docs, quoted by pages): token "<digits>:<35 chars>", docs example
      110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw (negative).
    * T-Bank acquiring (tbank.ru/kassa/dev): TerminalKey + password, Token = SHA-256 of the
      sorted request values with the password (a signature: used as a look-alike).

DOUBTS
    * Yandex Cloud API key: prefix AQVN and total length 40 seen only in a third-party issue
      thread, not in Yandex's own page text (the page found did not show the format).
    * IAM token t1.<payload>.<86-char signature>: length of the payload part guessed.
    * VK tokens: community token as 85 hex chars, service key as 71 hex chars and
      vk1.a.<~220 base64url> user tokens are from memory, not confirmed in docs text.
    * CloudPayments Public ID pk_ + 29 hex and API Secret 32 hex: not confirmed.
    * T-Bank password alphabet/length (16-20 chars) and TerminalKey shape (digits, DEMO
      suffix for test terminals): from memory.
    * Sber acquiring password / token (26 lowercase alnum), SMSC and SMS Aero key
      lengths, Selectel static token (<25 alnum>_<account id>), VK Cloud S3 key lengths
      (22 / 43 chars), Timeweb / Wildberries JWT claims, RuStore private key being base64
      PKCS#8 on one line, SmartCaptcha ysc1_/ysc2_ + 40 chars, sms.ru api_id as an
      uppercase UUID: none of these were confirmed in the providers' docs.
    * 1C .v8i with Usr=/Pwd= inside Connect= follows the 1C connection-string syntax;
      real .v8i files rarely store a password.
    * One search result was a third-party issue proposing detection rules for Yandex
      Cloud (gitlab issue 353039), i.e. scanner rule material; its patterns and token
      examples were not copied. The AQVN prefix comes from the task brief, the length 40
      is from memory.
"""
import base64
import hashlib
import json
import os
import sys
import random

A62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64U = A62 + "-_"
HEXL = "0123456789abcdef"
LOWN = "abcdefghijklmnopqrstuvwxyz0123456789"
UPN = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def rs(rng, n, alph=A62):
    return "".join(rng.choice(alph) for _ in range(n))


def b64u(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def uuid4(rng):
    h = rs(rng, 32, HEXL)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def jwt(rng, header, payload, sig_len):
    return "%s.%s.%s" % (b64u(json.dumps(header, separators=(",", ":")).encode()),
                         b64u(json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()),
                         b64u(rbytes(rng, sig_len)))


def ts(rng):
    return 1693000000 + rng.randrange(60000000)


# ---------------------------------------------------------------- secret generators
def g_yc_api_key(rng):
    return "AQVN" + rs(rng, 36, B64U)


def g_yc_iam(rng):
    return "t1.9euelZ" + rs(rng, rng.randrange(120, 170), B64U) + "." + rs(rng, 86, B64U) + "=="


def g_yc_oauth(rng):
    return "y%d_AgAAAA" % rng.randrange(4) + rs(rng, 49, B64U)


def g_yc_static_id(rng):
    return "YCAJ" + rs(rng, 21, B64U)


def g_yc_static_secret(rng):
    return "YC" + rs(rng, 38, B64U)


def g_yc_id(rng, prefix="aje"):
    return prefix + rs(rng, 17, "abcdefghijklmnopqrstuv0123456789")


def g_smartcaptcha_server(rng):
    return "ysc2_" + rs(rng, 40)


def g_vk_community(rng):
    return rs(rng, 85, HEXL)


def g_vk_service(rng):
    return rs(rng, 71, HEXL)


def g_vk_user(rng):
    return "vk1.a." + rs(rng, rng.randrange(200, 240), B64U)


def g_telegram(rng):
    return "%d:AA%s" % (rng.randrange(10 ** 8, 8 * 10 ** 9), rs(rng, 33, B64U))


def g_yookassa(rng):
    return rng.choice(["live_", "live_", "test_"]) + rs(rng, 43, B64U)


def g_cp_secret(rng):
    return rs(rng, 32, HEXL)


def g_cp_public(rng):
    return "pk_" + rs(rng, 29, HEXL)


def g_tbank_password(rng):
    alph = A62 + "#$%&*!"
    s = rs(rng, rng.randrange(16, 21), alph)
    return s


def g_terminal_key(rng, demo=False):
    k = "1%d" % rng.randrange(10 ** 11, 10 ** 12)
    return k + ("DEMO" if demo else "")


def g_sber_password(rng):
    return rs(rng, rng.randrange(12, 19), A62 + "!_")


def g_sber_token(rng):
    return rs(rng, 26, "abcdefghijklmnopqrstuvwxyz0123456789")


def g_gigachat(rng):
    return base64.b64encode(("%s:%s" % (uuid4(rng), uuid4(rng))).encode()).decode()


def g_smsru(rng):
    return uuid4(rng).upper()


def g_smsc_psw(rng):
    return rs(rng, rng.randrange(10, 16), A62)


def g_smsaero(rng):
    return rs(rng, 32, A62 + "_")


def g_dadata(rng):
    return rs(rng, 40, HEXL)


def g_password(rng):
    words = ["Zima", "Leto", "Sever", "Vesna", "Kedr", "Baikal", "Volga", "Ural", "Tundra", "Sokol"]
    return rng.choice(words) + rs(rng, 4, "0123456789") + rng.choice("!#$%&*") + rs(rng, rng.randrange(4, 8), A62)


def g_bitrix(rng):
    return rs(rng, 16, "abcdefghijklmnopqrstuvwxyz0123456789")


def g_amocrm(rng):
    now = ts(rng)
    hdr = {"typ": "JWT", "alg": "RS256", "jti": rs(rng, 40, HEXL)}
    pl = {"aud": uuid4(rng), "jti": hdr["jti"], "iat": now, "nbf": now, "exp": now + 5 * 365 * 86400,
          "sub": str(rng.randrange(5000000, 12000000)), "grant_type": "",
          "account_id": rng.randrange(28000000, 32999999), "base_domain": "amocrm.ru", "version": 2,
          "scopes": ["crm", "files", "files_delete", "notifications", "push_notifications"],
          "hash_uuid": uuid4(rng), "api_domain": "api-b.amocrm.ru"}
    return jwt(rng, hdr, pl, 256)


def g_timeweb(rng):
    hdr = {"alg": "RS512", "typ": "JWT", "kid": rs(rng, 16, A62 + "@#")}
    pl = {"login": rng.choice(["cj", "ck", "cv"]) + str(rng.randrange(10000, 99999)), "is_api": True,
          "api_key_id": uuid4(rng), "iat": ts(rng)}
    return jwt(rng, hdr, pl, 512)


def g_wb(rng):
    hdr = {"alg": "ES256", "kid": "2025%02d%02dv1" % (rng.randrange(1, 13), rng.randrange(1, 29)), "typ": "JWT"}
    pl = {"acc": rng.randrange(1, 5), "ent": 1, "exp": ts(rng) + 180 * 86400, "id": uuid4(rng),
          "iid": rng.randrange(10000000, 99999999), "oid": rng.randrange(100000, 4000000),
          "s": rng.choice([1073741822, 7934, 36, 1022]), "sid": uuid4(rng), "t": False,
          "uid": rng.randrange(10000000, 99999999)}
    return jwt(rng, hdr, pl, 64)


def g_ozon(rng):
    return uuid4(rng)


def g_selectel(rng):
    return rs(rng, 25, A62) + "_" + str(rng.randrange(100000, 400000))


def g_vkcs_id(rng):
    return rs(rng, 22, A62)


def g_vkcs_secret(rng):
    return rs(rng, 43, A62)


def pem_body(rng):
    der = bytes([0x30, 0x82, 0x04, rng.choice([0xbc, 0xbd, 0xbe]), 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06,
                 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04, 0x82,
                 0x04, 0xa6, 0x30, 0x82, 0x04, 0xa2, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00])
    der += rbytes(rng, 1192 - len(der))
    return base64.b64encode(der).decode()


def pem_lines(body):
    return [body[i:i + 64] for i in range(0, len(body), 64)]


def pub_pem(rng):
    der = bytes([0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d,
                 0x01, 0x01, 0x01, 0x05, 0x00, 0x03, 0x82, 0x01, 0x0f, 0x00, 0x30, 0x82, 0x01, 0x0a,
                 0x02, 0x82, 0x01, 0x01, 0x00]) + rbytes(rng, 256) + bytes([0x02, 0x03, 0x01, 0x00, 0x01])
    return pem_lines(base64.b64encode(der).decode())


def g_pem(rng):
    return pem_body(rng)


def g_rustore(rng):
    return pem_body(rng)


GEN = {
    "yc_api_key": g_yc_api_key, "yc_iam": g_yc_iam, "yc_oauth": g_yc_oauth,
    "yc_static_secret": g_yc_static_secret, "yc_sa_key": g_pem, "smartcaptcha": g_smartcaptcha_server,
    "vk_community": g_vk_community, "vk_service": g_vk_service, "vk_user": g_vk_user,
    "telegram": g_telegram, "yookassa": g_yookassa, "cp_secret": g_cp_secret,
    "tbank_password": g_tbank_password, "sber_password": g_sber_password, "sber_token": g_sber_token,
    "gigachat": g_gigachat, "smsru": g_smsru, "smsc": g_smsc_psw, "smsaero": g_smsaero,
    "dadata": g_dadata, "password": g_password, "bitrix": g_bitrix, "amocrm": g_amocrm,
    "timeweb": g_timeweb, "wb": g_wb, "ozon": g_ozon, "selectel": g_selectel,
    "vkcs_secret": g_vkcs_secret, "rustore": g_rustore,
}

# documented example / demo values: only ever used in negatives
DOC_EXAMPLES = {
    "yookassa": ["test_Fh8hUAVVBGUGbjmlzba6TB0iyUbos_lueTHE-axOwM0"],
    "tbank_password": ["TinkoffBankTest"],
    "telegram": ["110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"],
    "yc_static_secret": ["YCVdheub7w9bImcGAnd3dZnf08FRbvjeUFvehGvc"],
    "yc_oauth": ["y3_Vdheub7w9bIut67GHeL345gfb5GAnd3dZnf08FRbvjeUFvetYiohGvc"],
    "gigachat": ["ZTU2MjM2MjctYmI4Yy00MTJjLTk0Yjct232hNjk5OGU4ZWYzOjg4N2QxNWEyLWNiNGYtNDk5OC05NTkxLTViMjZkNjJkMzc1MQ=="],
}


# ---------------------------------------------------------------- value rendering
class Ref(object):
    """An environment / secret-manager reference standing where a secret would be."""

    def __init__(self, rng, name):
        self.name = name
        self.k = rng.randrange(6)
        self.low = name.lower()
        self.fid = "e6q" + rs(rng, 17, "abcdefghijklmnopqrstuv0123456789")

    def render(self, lang):
        n, k, low = self.name, self.k, self.low
        if lang == "py":
            return ['os.environ["%s"]' % n, 'os.getenv("%s")' % n, 'os.environ.get("%s", "")' % n,
                    'env.str("%s")' % n, 'os.getenv("%s")' % n, 'settings.%s' % n][k]
        if lang in ("js", "ts"):
            return ["process.env.%s" % n, "process.env['%s']" % n, "process.env.%s ?? ''" % n,
                    "process.env.%s" % n, "config.get('%s')" % low, "process.env.%s!" % n][k]
        if lang == "go":
            return 'os.Getenv("%s")' % n
        if lang == "php":
            return ["getenv('%s')" % n, "$_ENV['%s']" % n, "env('%s')" % n,
                    "\\Bitrix\\Main\\Config\\Option::get('main', '%s')" % low, "getenv('%s')" % n,
                    "$_SERVER['%s']" % n][k]
        if lang == "bsl":
            return "ПолучитьСекрет(\"%s\")" % n
        if lang == "tf":
            return "var.%s" % low
        if lang in ("yaml", "json", "toml", "sh", "md", "xml", "ini", "http"):
            opts = ["${%s}" % n, "${%s}" % n, "{{ .Values.secrets.%s }}" % low, "{{ vault_%s }}" % low,
                    "vault:secret/data/prod/app#%s" % low, "op://Production/%s/credential" % low]
            if lang in ("sh", "md", "http"):
                opts = ["${%s}" % n, "$%s" % n, "${%s:?не задан}" % n, "{{%s}}" % low,
                        "$(vault kv get -field=%s secret/app)" % low, "$(yc lockbox payload get --id %s --key %s)" % (self.fid, low)]
            if lang == "http":
                return "{{%s}}" % low
            v = opts[k]
            if lang in ("yaml", "json", "toml"):
                return '"%s"' % v
            return v
        return "${%s}" % n


def L(v, lang, q='"'):
    """literal for the secret slot in `lang`"""
    if isinstance(v, Ref):
        return v.render(lang)
    if lang in ("yaml",):
        if v == "" or any(c in v for c in ":#{}[]*&!|>'\"%@`") or v.startswith(("-", "?", " ")):
            return '"%s"' % v
        return v
    if lang in ("ini", "raw", "md"):
        return v
    if lang in ("php", "js") and q == '"':
        q = "'"
    return q + v + q


def S(v):
    """secret slot inside a bigger string (URL, header): references become placeholders"""
    if isinstance(v, Ref):
        return "${%s}" % v.name
    return v


PLACEHOLDERS = ["<your-key>", "YOUR_API_KEY_HERE", "changeme", "<секретный ключ>", "ВАШ_ТОКЕН",
                "<токен>", "your_token_here", "put-your-secret-here", "<вставьте ключ>", "TODO",
                "CHANGE_ME", "<SECRET>", "замените_на_свой", "REPLACE_ME", "insert-token", "dummy",
                "example", "<api_key>", "%SECRET_KEY%", "{{SECRET}}"]
MASKED = ["****", "********", "[REDACTED]", "<REDACTED>", "***скрыто***", "••••••••", "[скрыто]",
          "xxxxxxxx", "<hidden>"]
PREFIX = {"yc_api_key": "AQVN", "yc_iam": "t1.", "yc_oauth": "y0_", "yc_static_secret": "YC",
          "smartcaptcha": "ysc2_", "vk_user": "vk1.a.", "yookassa": "live_", "telegram": "123456789:",
          "bitrix": "", "amocrm": "eyJ", "timeweb": "eyJ", "wb": "eyJ"}


def neg_value(rng, gen, lang, envname, url=False):
    """(value, category) for the secret slot of a re-used positive template"""
    r = rng.random()
    ex = DOC_EXAMPLES.get(gen)
    if ex and r < 0.18:
        return rng.choice(ex), "doc_example"
    if not url and r < 0.48 and lang not in ("raw", "pem", "v8i"):
        return Ref(rng, envname), "reference"
    if r < 0.56:
        return ("" if not url else "<token>"), ("empty" if not url else "placeholder")
    if r < 0.68:
        m = rng.choice(MASKED)
        p = PREFIX.get(gen)
        if p and rng.random() < 0.5:
            return p + m, "masked"
        return m, "masked"
    if r < 0.8:
        p = PREFIX.get(gen, "")
        return p + rng.choice(["x", "X", "0", "*"]) * rng.randrange(8, 24), "placeholder"
    return rng.choice(PLACEHOLDERS), "placeholder"


# ---------------------------------------------------------------- filler
COMMENTS = ["Настройки интеграции", "Не менять без согласования с бэкендом", "TODO: вынести в конфиг",
            "Подключение к API", "Временно, до переезда на новый сервер", "см. задачу в трекере",
            "Боевой магазин", "Тестовый контур", "Обновлено после смены тарифа", "Конфигурация окружения",
            "Проверено на стенде", "Интеграция с CRM", "Настройки уведомлений", "Параметры подключения",
            "Работает только из внутренней сети", "Для локальной разработки", "Основные параметры",
            "Лимит запросов: 10 в секунду", "Спросить у Павла, если не работает", "Переход на v3 API"]
PROJECTS = ["shop-backend", "crm-sync", "tg-notifier", "market-bot", "b24-integration", "order-service",
            "ozon-stock", "wb-prices", "pay-gateway", "lk-api", "site-bitrix", "exchange-1c", "sms-service",
            "geo-suggest", "delivery-calc", "reports", "support-bot", "feed-export", "billing", "landing"]
CITIES = ["Москва", "Казань", "Новосибирск", "Екатеринбург", "Самара", "Пермь", "Тюмень", "Томск"]
PORTALS = ["stroymarket", "avtodom", "td-ural", "medcenter", "kvartal", "sibtorg", "fabrika-mebeli",
           "agro-resurs", "optima", "lesprom", "zoomir", "technopark"]
NAMES = ["Иванов", "Петрова", "Смирнов", "Кузнецова", "Попов", "Соколова", "Волков", "Морозова"]


def cm(rng):
    return rng.choice(COMMENTS)


def proj(rng):
    return rng.choice(PROJECTS)


def folder(rng):
    return g_yc_id(rng, "b1g")


def nm(rng, conv, neutral):
    """conventional name half of the time, a neutral/unusual one otherwise"""
    return rng.choice(conv) if rng.random() < 0.5 else rng.choice(neutral)


def shop_id(rng):
    return str(rng.randrange(100000, 999999))


def portal(rng):
    return rng.choice(PORTALS) + rng.choice([".bitrix24.ru", ".bitrix24.ru", ".bitrix24.by", ".bitrix24.kz"])


def phone(rng):
    return "79" + "".join(str(rng.randrange(10)) for _ in range(9))


def envpath(rng, neg, base=""):
    global ENV_POS_COUNT
    if neg:
        return base + rng.choice([".env.example", ".env.sample", "env.template", ".env.example"])
    if ENV_POS_COUNT < ENV_POS_MAX and rng.random() < 0.5:
        ENV_POS_COUNT += 1
        return base + rng.choice([".env", ".env.local", ".env.production"])
    return base + rng.choice(["config/app.env", "deploy/prod.env", "docker/bot.env", "env/production.env"])


ENV_POS_COUNT = 0
ENV_POS_MAX = 20

POS = []   # (provider, kind, gen, lang, url, builder)
NEG = []   # (provider, kind, builder) look-alikes


def P(provider, kind, gen, lang, url=False, env=None):
    def deco(fn):
        POS.append((provider, kind, gen, lang, url, env, fn))
        return fn
    return deco


def N(provider, kind):
    def deco(fn):
        NEG.append((provider, kind, fn))
        return fn
    return deco


def J(*lines):
    return "\n".join(lines) + "\n"


# ================================================================= Yandex Cloud
@P("yandex_cloud", "api_key", "yc_api_key", "py", env="YC_API_KEY")
def t_yc_speechkit_py(rng, v, neg):
    name = nm(rng, ["YC_API_KEY", "YANDEX_API_KEY", "SPEECHKIT_API_KEY"], ["КЛЮЧ", "stt_secret", "_k", "ya_cred"])
    return rng.choice(["app/speech/recognize.py", "services/stt.py", "voice/speechkit_client.py"]), J(
        '"""Распознавание голосовых сообщений через SpeechKit."""',
        "import os",
        "import requests",
        "",
        "# %s" % cm(rng),
        "%s = %s" % (name, L(v, "py")),
        'FOLDER_ID = "%s"' % folder(rng),
        'STT_URL = "https://stt.api.cloud.yandex.net/speech/v1/stt:recognize"',
        "",
        "",
        "def recognize(ogg_bytes: bytes, lang: str = \"ru-RU\") -> str:",
        '    headers = {"Authorization": "Api-Key " + %s}' % name,
        '    params = {"lang": lang, "folderId": FOLDER_ID, "format": "oggopus"}',
        "    resp = requests.post(STT_URL, params=params, data=ogg_bytes, headers=headers, timeout=30)",
        "    resp.raise_for_status()",
        '    return resp.json().get("result", "")')


@P("yandex_cloud", "api_key", "yc_api_key", "js", env="YANDEX_TTS_KEY")
def t_yc_tts_js(rng, v, neg):
    name = nm(rng, ["YANDEX_API_KEY", "ycApiKey"], ["voiceKey", "k1", "synthCred"])
    return rng.choice(["src/tts.js", "lib/yandex/tts.js", "server/voice.js"]), J(
        "const axios = require('axios');",
        "const qs = require('querystring');",
        "",
        "// Синтез речи (SpeechKit v1). %s" % cm(rng),
        "const %s = %s;" % (name, L(v, "js")),
        "",
        "async function synthesize(text, voice = '%s') {" % rng.choice(["alena", "filipp", "jane", "ermil"]),
        "  const res = await axios.post(",
        "    'https://tts.api.cloud.yandex.net/speech/v1/tts:synthesize',",
        "    qs.stringify({ text, voice, lang: 'ru-RU', format: 'mp3' }),",
        "    { headers: { Authorization: `Api-Key ${%s}` }, responseType: 'arraybuffer' }" % name,
        "  );",
        "  return Buffer.from(res.data);",
        "}",
        "",
        "module.exports = { synthesize };")


@P("yandexgpt", "api_key", "yc_api_key", "sh", url=True)
def t_ygpt_curl(rng, v, neg):
    f = folder(rng)
    return rng.choice(["scripts/ask_gpt.sh", "tools/yagpt.sh", "bin/completion-test.sh"]), J(
        "#!/usr/bin/env bash",
        "# Быстрая проверка YandexGPT из консоли",
        "set -euo pipefail",
        "",
        'PROMPT="${1:-Привет! Кратко опиши товар.}"',
        "",
        "curl -sS https://llm.api.cloud.yandex.net/foundationModels/v1/completion \\",
        '  -H "Content-Type: application/json" \\',
        '  -H "Authorization: Api-Key %s" \\' % S(v),
        '  -H "x-folder-id: %s" \\' % f,
        "  -d @- <<EOF | jq -r '.result.alternatives[0].message.text'",
        "{",
        '  "modelUri": "gpt://%s/yandexgpt-lite/latest",' % f,
        '  "completionOptions": {"stream": false, "temperature": 0.3, "maxTokens": "800"},',
        '  "messages": [{"role": "user", "text": "$PROMPT"}]',
        "}",
        "EOF")


@P("yandex_cloud", "api_key", "yc_api_key", "yaml", env="YC_API_KEY")
def t_yc_compose(rng, v, neg):
    name = nm(rng, ["YC_API_KEY", "YANDEX_CLOUD_API_KEY"], ["VISION_TOKEN", "OCR_AUTH"])
    return rng.choice(["docker-compose.yml", "deploy/docker-compose.prod.yml", "compose.yaml"]), J(
        'version: "3.9"',
        "services:",
        "  ocr-worker:",
        "    image: cr.yandex/%s/ocr-worker:%d.%d.%d" % (g_yc_id(rng, "crp"), rng.randrange(1, 4), rng.randrange(10), rng.randrange(20)),
        "    restart: unless-stopped",
        "    environment:",
        "      # %s" % cm(rng),
        "      YC_FOLDER_ID: %s" % folder(rng),
        "      %s: %s" % (name, L(v, "yaml")),
        "      OCR_MODEL: page",
        "      LOG_LEVEL: info",
        "    depends_on:",
        "      - redis",
        "  redis:",
        "    image: redis:7-alpine")


@P("yandexgpt", "api_key", "yc_api_key", "go", env="YANDEX_GPT_KEY")
def t_ygpt_go(rng, v, neg):
    return rng.choice(["internal/llm/client.go", "pkg/yagpt/yagpt.go", "cmd/describer/main.go"]), J(
        "package llm",
        "",
        "import (",
        '\t"bytes"',
        '\t"encoding/json"',
        '\t"net/http"',
        '\t"os"',
        ")",
        "",
        "// Client — минимальный клиент YandexGPT.",
        "type Client struct {",
        "\tapiKey   string",
        "\tfolderID string",
        "\thttp     *http.Client",
        "}",
        "",
        "func NewClient(apiKey, folderID string) *Client {",
        "\treturn &Client{apiKey: apiKey, folderID: folderID, http: &http.Client{}}",
        "}",
        "",
        "// Default — клиент для сервиса описаний товаров. %s" % cm(rng),
        "var Default = NewClient(%s, %s)" % (L(v, "go"), '"%s"' % folder(rng)),
        "",
        "func (c *Client) Complete(prompt string) (*http.Response, error) {",
        '\tbody, _ := json.Marshal(map[string]any{"modelUri": "gpt://" + c.folderID + "/yandexgpt/latest", "messages": []map[string]string{{"role": "user", "text": prompt}}})',
        '\treq, _ := http.NewRequest("POST", "https://llm.api.cloud.yandex.net/foundationModels/v1/completion", bytes.NewReader(body))',
        '\treq.Header.Set("Authorization", "Api-Key "+c.apiKey)',
        "\t_ = os.Stderr",
        "\treturn c.http.Do(req)",
        "}")


@P("yandex_cloud", "api_key", "yc_api_key", "md", url=True)
def t_yc_readme(rng, v, neg):
    return rng.choice(["README.md", "docs/local-setup.md", "docs/запуск.md"]), J(
        "# %s" % proj(rng),
        "",
        "Сервис распознаёт сканы накладных через Yandex Vision OCR.",
        "",
        "## Локальный запуск",
        "",
        "1. Установите зависимости: `poetry install`.",
        "2. Задайте переменные окружения:",
        "",
        "```bash",
        "export YC_FOLDER_ID=%s" % folder(rng),
        "export YC_API_KEY=%s" % S(v),
        "```",
        "",
        "3. Запустите: `poetry run python -m ocr.main`.",
        "",
        "> Ключ сервисного аккаунта с ролью `ai.vision.user`. %s." % cm(rng))


@P("yandex_cloud", "iam_token", "yc_iam", "sh", url=True)
def t_yc_iam_sh(rng, v, neg):
    return rng.choice(["scripts/list-vms.sh", "ops/yc-api.sh", "tools/check_quota.sh"]), J(
        "#!/bin/sh",
        "# Список ВМ в каталоге через REST API Compute",
        "# %s" % cm(rng),
        "IAM_TOKEN=%s" % ('"%s"' % S(v)),
        "FOLDER_ID=%s" % folder(rng),
        "",
        'curl -s -H "Authorization: Bearer ${IAM_TOKEN}" \\',
        '  "https://compute.api.cloud.yandex.net/compute/v1/instances?folderId=${FOLDER_ID}" \\',
        "  | jq -r '.instances[] | [.id, .name, .status] | @tsv'")


@P("yandex_cloud", "iam_token", "yc_iam", "http", url=True)
def t_yc_iam_http(rng, v, neg):
    return rng.choice(["requests/yc.http", "http/functions.http", "api/ycloud.http"]), J(
        "### Вызов облачной функции",
        "POST https://functions.yandexcloud.net/%s?integration=raw" % g_yc_id(rng, "d4e"),
        "Content-Type: application/json",
        "Authorization: Bearer %s" % S(v),
        "",
        '{"order_id": %d, "city": "%s"}' % (rng.randrange(10000, 99999), rng.choice(CITIES)),
        "",
        "### Список бакетов",
        "GET https://storage.api.cloud.yandex.net/storage/v1/buckets?folderId=%s" % folder(rng))


@P("yandex_cloud", "iam_token", "yc_iam", "py", env="YC_IAM_TOKEN")
def t_yc_iam_py(rng, v, neg):
    name = nm(rng, ["IAM_TOKEN", "YC_IAM_TOKEN"], ["tok", "bearer", "сессия"])
    return rng.choice(["notebooks/ydb_check.py", "scratch/translate.py", "tools/translate_catalog.py"]), J(
        "import requests",
        "",
        "%s = %s  # %s" % (name, L(v, "py"), cm(rng)),
        "",
        "body = {",
        '    "targetLanguageCode": "kk",',
        '    "texts": ["Доставка по городу бесплатно", "Товар в наличии"],',
        '    "folderId": "%s",' % folder(rng),
        "}",
        'r = requests.post("https://translate.api.cloud.yandex.net/translate/v2/translate",',
        '                  json=body, headers={"Authorization": f"Bearer {%s}"})' % name,
        "print(r.json())")


@P("yandex_cloud", "oauth_token", "yc_oauth", "tf", env="YC_TOKEN")
def t_yc_tf(rng, v, neg):
    return rng.choice(["terraform/providers.tf", "infra/main.tf", "terraform/prod/provider.tf"]), J(
        "terraform {",
        "  required_providers {",
        "    yandex = {",
        '      source  = "yandex-cloud/yandex"',
        '      version = ">= 0.%d"' % rng.randrange(90, 130),
        "    }",
        "  }",
        "}",
        "",
        "# %s" % cm(rng),
        'provider "yandex" {',
        "  token     = %s" % L(v, "tf"),
        '  cloud_id  = "%s"' % g_yc_id(rng, "b1g"),
        '  folder_id = "%s"' % folder(rng),
        '  zone      = "ru-central1-%s"' % rng.choice("abd"),
        "}")


@P("yandex_cloud", "oauth_token", "yc_oauth", "yaml", env="YC_TOKEN")
def t_yc_cli_cfg(rng, v, neg):
    return rng.choice(["ops/yc-config.yaml", "deploy/yc/config.yaml", ".yc/config.yaml"]), J(
        "current: default",
        "profiles:",
        "  default:",
        "    token: %s" % L(v, "yaml"),
        "    cloud-id: %s" % g_yc_id(rng, "b1g"),
        "    folder-id: %s" % folder(rng),
        "    compute-default-zone: ru-central1-a",
        "  readonly:",
        "    service-account-key: sa-readonly.json",
        "    folder-id: %s" % folder(rng))


@P("yandex", "oauth_token", "yc_oauth", "py", url=True)
def t_ya_disk_py(rng, v, neg):
    return rng.choice(["backup/upload_to_disk.py", "scripts/disk_backup.py", "jobs/yadisk.py"]), J(
        "# -*- coding: utf-8 -*-",
        '"""Ночная выгрузка бэкапов на Яндекс Диск."""',
        "import pathlib",
        "import requests",
        "",
        'API = "https://cloud-api.yandex.net/v1/disk/resources"',
        'HEADERS = {"Authorization": "OAuth %s"}' % S(v),
        "",
        "",
        "def upload(path: pathlib.Path, remote_dir: str = \"app:/backups\") -> None:",
        '    r = requests.get(API + "/upload", headers=HEADERS,',
        '                     params={"path": f"{remote_dir}/{path.name}", "overwrite": "true"})',
        "    r.raise_for_status()",
        '    with path.open("rb") as fh:',
        '        requests.put(r.json()["href"], data=fh).raise_for_status()')


@P("yandex", "oauth_token", "yc_oauth", "php", env="YA_METRIKA_TOKEN")
def t_ya_metrika_php(rng, v, neg):
    name = nm(rng, ["METRIKA_OAUTH_TOKEN", "YANDEX_OAUTH_TOKEN"], ["REPORT_KEY", "YM_AUTH"])
    return rng.choice(["local/php_interface/lib/Metrika.php", "local/modules/site.stat/lib/client.php"]), J(
        "<?php",
        "namespace Site\\Stat;",
        "",
        "// Выгрузка визитов из Метрики в отчёт для отдела маркетинга",
        "class Metrika",
        "{",
        "    const COUNTER_ID = %d;" % rng.randrange(20000000, 99999999),
        "    const %s = %s;" % (name, L(v, "php")),
        "",
        "    public static function visits(string $date1, string $date2): array",
        "    {",
        "        $ch = curl_init('https://api-metrika.yandex.net/stat/v1/data?ids=' . self::COUNTER_ID",
        "            . '&metrics=ym:s:visits&date1=' . $date1 . '&date2=' . $date2);",
        "        curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: OAuth ' . self::%s]);" % name,
        "        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);",
        "        return json_decode(curl_exec($ch), true) ?: [];",
        "    }",
        "}")


@P("yandex_cloud", "s3_secret_key", "yc_static_secret", "ini")
def t_yc_aws_creds(rng, v, neg):
    return rng.choice(["deploy/aws/credentials", "ops/.aws/credentials", "config/s3-credentials.ini"]), J(
        "# Object Storage (storage.yandexcloud.net). %s" % cm(rng),
        "[default]",
        "aws_access_key_id = %s" % g_yc_static_id(rng),
        "aws_secret_access_key = %s" % L(v, "ini"),
        "",
        "[backup-readonly]",
        "aws_access_key_id = %s" % g_yc_static_id(rng),
        "aws_secret_access_key = ${BACKUP_RO_SECRET}")


@P("yandex_cloud", "s3_secret_key", "yc_static_secret", "py", env="YC_S3_SECRET")
def t_yc_boto3(rng, v, neg):
    return rng.choice(["storage/s3.py", "app/media/storage.py", "utils/object_storage.py"]), J(
        "import boto3",
        "",
        "# Бакет с фотографиями товаров",
        'BUCKET = "%s-media"' % proj(rng),
        "",
        "session = boto3.session.Session()",
        "s3 = session.client(",
        '    service_name="s3",',
        '    endpoint_url="https://storage.yandexcloud.net",',
        '    region_name="ru-central1",',
        '    aws_access_key_id="%s",' % g_yc_static_id(rng),
        "    aws_secret_access_key=%s," % L(v, "py"),
        ")",
        "",
        "",
        "def put_photo(key: str, data: bytes) -> str:",
        '    s3.put_object(Bucket=BUCKET, Key=key, Body=data, ContentType="image/jpeg")',
        '    return f"https://storage.yandexcloud.net/{BUCKET}/{key}"')


@P("yandex_cloud", "s3_secret_key", "yc_static_secret", "yaml", env="AWS_SECRET_ACCESS_KEY")
def t_yc_gha(rng, v, neg):
    return rng.choice([".github/workflows/deploy-static.yml", ".github/workflows/frontend.yml"]), J(
        "name: Deploy static",
        "on:",
        "  push:",
        "    branches: [main]",
        "jobs:",
        "  deploy:",
        "    runs-on: ubuntu-latest",
        "    env:",
        "      AWS_ACCESS_KEY_ID: %s" % g_yc_static_id(rng),
        "      AWS_SECRET_ACCESS_KEY: %s" % L(v, "yaml"),
        "      AWS_DEFAULT_REGION: ru-central1",
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - run: npm ci && npm run build",
        "      - name: Загрузка в Object Storage",
        "        run: aws s3 sync dist/ s3://%s-site --delete --endpoint-url=https://storage.yandexcloud.net" % proj(rng))


@P("yandex_cloud", "s3_secret_key", "yc_static_secret", "tf", env="YC_S3_SECRET")
def t_yc_tf_backend(rng, v, neg):
    return rng.choice(["terraform/backend.tf", "infra/state.tf"]), J(
        "terraform {",
        '  backend "s3" {',
        "    endpoints = {",
        '      s3 = "https://storage.yandexcloud.net"',
        "    }",
        '    bucket     = "tf-state-%s"' % proj(rng),
        '    region     = "ru-central1"',
        '    key        = "prod/terraform.tfstate"',
        '    access_key = "%s"' % g_yc_static_id(rng),
        "    secret_key = %s" % ('"%s"' % S(v) if not isinstance(v, Ref) else '"%s"' % S(v)),
        "",
        "    skip_region_validation      = true",
        "    skip_credentials_validation = true",
        "    skip_requesting_account_id  = true",
        "  }",
        "}")


@P("yandex_cloud", "s3_secret_key", "yc_static_secret", "ts", env="S3_SECRET")
def t_yc_s3_ts(rng, v, neg):
    name = nm(rng, ["secretAccessKey"], ["secretAccessKey"])
    return rng.choice(["src/storage/s3.ts", "server/upload.ts"]), J(
        "import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';",
        "",
        "// Yandex Object Storage совместим с S3",
        "export const s3 = new S3Client({",
        "  region: 'ru-central1',",
        "  endpoint: 'https://storage.yandexcloud.net',",
        "  credentials: {",
        "    accessKeyId: '%s'," % g_yc_static_id(rng),
        "    %s: %s," % (name, L(v, "ts", "'")),
        "  },",
        "});",
        "",
        "export async function upload(key: string, body: Buffer) {",
        "  await s3.send(new PutObjectCommand({ Bucket: '%s-files', Key: key, Body: body }));" % proj(rng),
        "}")


@P("yandex_cloud", "s3_secret_key", "yc_static_secret", "ini")
def t_yc_rclone(rng, v, neg):
    return rng.choice(["ops/rclone.conf", "backup/rclone.conf"]), J(
        "[yandex]",
        "type = s3",
        "provider = Other",
        "env_auth = false",
        "access_key_id = %s" % g_yc_static_id(rng),
        "secret_access_key = %s" % L(v, "ini"),
        "region = ru-central1",
        "endpoint = storage.yandexcloud.net",
        "",
        "[local-backup]",
        "type = local")


def sa_private_json(keyid, body):
    return ("PLEASE DO NOT REMOVE THIS LINE! Yandex.Cloud SA Key ID <%s>\\n-----BEGIN PRIVATE KEY-----\\n" % keyid
            + "\\n".join(pem_lines(body)) + "\\n-----END PRIVATE KEY-----\\n")


def sa_public_json(rng):
    return "-----BEGIN PUBLIC KEY-----\\n" + "\\n".join(pub_pem(rng)) + "\\n-----END PUBLIC KEY-----\\n"


@P("yandex_cloud", "service_account_key", "yc_sa_key", "json")
def t_yc_authorized_key(rng, v, neg):
    kid, said = g_yc_id(rng), g_yc_id(rng)
    pk = sa_private_json(kid, v) if not neg else (v if not isinstance(v, Ref) else S(v))
    return rng.choice(["authorized_key.json", "deploy/keys/sa-deployer.json", "secrets/key.json", "ci/sa-key.json"]), (
        "{\n"
        '   "id": "%s",\n' % kid +
        '   "service_account_id": "%s",\n' % said +
        '   "created_at": "20%02d-%02d-%02dT%02d:%02d:%02d.%06dZ",\n' % (rng.randrange(21, 26), rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(24), rng.randrange(60), rng.randrange(60), rng.randrange(10 ** 6)) +
        '   "key_algorithm": "RSA_2048",\n'
        '   "public_key": "%s",\n' % sa_public_json(rng) +
        '   "private_key": "%s"\n' % pk +
        "}\n")


@P("yandex_cloud", "service_account_key", "yc_sa_key", "pem")
def t_yc_sa_pem(rng, v, neg):
    kid = g_yc_id(rng)
    if neg:
        body = [S(v)]
    else:
        body = pem_lines(v)
    return rng.choice(["keys/sa-private.pem", "deploy/secrets/private.key", "ci/yc-sa.pem"]), (
        "PLEASE DO NOT REMOVE THIS LINE! Yandex.Cloud SA Key ID <%s>\n" % kid +
        "-----BEGIN PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END PRIVATE KEY-----\n")


@P("yandex_cloud", "service_account_key", "yc_sa_key", "yaml")
def t_yc_sa_k8s(rng, v, neg):
    kid, said = g_yc_id(rng), g_yc_id(rng)
    if neg:
        pk = S(v)
    else:
        pk = "PLEASE DO NOT REMOVE THIS LINE! Yandex.Cloud SA Key ID <%s>\\n-----BEGIN PRIVATE KEY-----\\n%s\\n-----END PRIVATE KEY-----\\n" % (kid, "\\n".join(pem_lines(v)))
    return rng.choice(["k8s/secret-sa-key.yaml", "deploy/k8s/external-dns-sa.yaml"]), J(
        "apiVersion: v1",
        "kind: Secret",
        "metadata:",
        "  name: yc-sa-key",
        "  namespace: %s" % rng.choice(["external-dns", "cert-manager", "default", "ingress"]),
        "type: Opaque",
        "stringData:",
        "  # ключ сервисного аккаунта для DNS-01",
        "  key.json: |",
        "    {",
        '      "id": "%s",' % kid,
        '      "service_account_id": "%s",' % said,
        '      "key_algorithm": "RSA_2048",',
        '      "private_key": "%s"' % pk,
        "    }")


@P("yandex_cloud", "captcha_server_key", "smartcaptcha", "php", env="SMARTCAPTCHA_SERVER_KEY")
def t_smartcaptcha_php(rng, v, neg):
    name = nm(rng, ["SMARTCAPTCHA_SERVER_KEY", "CAPTCHA_SECRET"], ["CHECK_KEY", "SC_SRV"])
    return rng.choice(["local/php_interface/include/captcha.php", "local/ajax/feedback.php"]), J(
        "<?php",
        "// Проверка Yandex SmartCaptcha для формы обратной связи",
        "define('%s', %s);" % (name, L(v, "php")),
        "",
        "function checkCaptcha(string $token): bool",
        "{",
        "    $ch = curl_init('https://smartcaptcha.yandexcloud.net/validate');",
        "    curl_setopt_array($ch, [",
        "        CURLOPT_POST => true,",
        "        CURLOPT_POSTFIELDS => http_build_query(['secret' => %s, 'token' => $token, 'ip' => $_SERVER['REMOTE_ADDR']])," % name,
        "        CURLOPT_RETURNTRANSFER => true,",
        "        CURLOPT_TIMEOUT => 2,",
        "    ]);",
        "    $resp = json_decode(curl_exec($ch));",
        "    return isset($resp->status) && $resp->status === 'ok';",
        "}")


@P("yandexgpt", "api_key", "yc_api_key", "py", env="YANDEX_GPT_API_KEY")
def t_ygpt_langchain(rng, v, neg):
    return rng.choice(["bot/llm.py", "rag/chain.py", "app/assistant.py"]), J(
        "from langchain_community.llms import YandexGPT",
        "from langchain_core.prompts import PromptTemplate",
        "",
        "# Модель для ответов поддержки. %s" % cm(rng),
        "llm = YandexGPT(",
        "    api_key=%s," % L(v, "py"),
        '    folder_id="%s",' % folder(rng),
        '    model_name="yandexgpt-lite",',
        "    temperature=0.2,",
        ")",
        "",
        'prompt = PromptTemplate.from_template("Ответь клиенту вежливо: {question}")',
        "chain = prompt | llm")


# ================================================================= VK
@P("vk", "community_token", "vk_community", "py", env="VK_GROUP_TOKEN")
def t_vk_bot_py(rng, v, neg):
    name = nm(rng, ["VK_TOKEN", "GROUP_TOKEN"], ["ключ_сообщества", "t", "vk_auth"])
    gid = rng.randrange(100000000, 229999999)
    return rng.choice(["bot/vk_bot.py", "vk/longpoll.py", "main.py"]), J(
        "import vk_api",
        "from vk_api.bot_longpoll import VkBotLongPoll, VkBotEventType",
        "from vk_api.utils import get_random_id",
        "",
        "GROUP_ID = %d" % gid,
        "%s = %s  # %s" % (name, L(v, "py"), cm(rng)),
        "",
        "session = vk_api.VkApi(token=%s)" % name,
        "api = session.get_api()",
        "longpoll = VkBotLongPoll(session, GROUP_ID)",
        "",
        "for event in longpoll.listen():",
        "    if event.type == VkBotEventType.MESSAGE_NEW:",
        "        msg = event.object.message",
        '        api.messages.send(peer_id=msg["peer_id"], message="Спасибо, мы скоро ответим!",',
        "                          random_id=get_random_id())")


@P("vk", "community_token", "vk_community", "js", env="VK_TOKEN")
def t_vk_vkio(rng, v, neg):
    return rng.choice(["src/vk.js", "bot/index.js"]), J(
        "import { VK } from 'vk-io';",
        "",
        "// Бот сообщества: автоответ и пересылка заявок в CRM",
        "const vk = new VK({",
        "  token: %s," % L(v, "js"),
        "  apiVersion: '5.199',",
        "});",
        "",
        "vk.updates.on('message_new', async (ctx) => {",
        "  if (ctx.text?.toLowerCase().includes('цена')) {",
        "    await ctx.send('Прайс-лист: https://vk.com/market-%d');" % rng.randrange(100000000, 229999999),
        "  }",
        "});",
        "",
        "vk.updates.start().catch(console.error);")


@P("vk", "service_token", "vk_service", "php", env="VK_SERVICE_KEY")
def t_vk_service_php(rng, v, neg):
    name = nm(rng, ["VK_SERVICE_KEY", "VK_SERVICE_TOKEN"], ["APP_ACCESS", "VKSRV"])
    return rng.choice(["local/php_interface/lib/VkWall.php", "local/components/site/vk.wall/class.php"]), J(
        "<?php",
        "// Виджет: последние записи со стены группы (сервисный ключ приложения %d)" % rng.randrange(51000000, 53999999),
        "define('%s', %s);" % (name, L(v, "php")),
        "",
        "function vkWall(int $ownerId, int $count = 5): array",
        "{",
        "    $query = http_build_query([",
        "        'owner_id' => $ownerId,",
        "        'count' => $count,",
        "        'access_token' => %s," % name,
        "        'v' => '5.199',",
        "    ]);",
        "    $json = file_get_contents('https://api.vk.com/method/wall.get?' . $query);",
        "    return json_decode($json, true)['response']['items'] ?? [];",
        "}")


@P("vk", "user_token", "vk_user", "yaml", env="VK_USER_TOKEN")
def t_vk_user_yaml(rng, v, neg):
    return rng.choice(["config/parser.yaml", "settings/vk.yml"]), J(
        "# Парсер комментариев конкурентов",
        "vk:",
        "  api_version: \"5.199\"",
        "  access_token: %s" % L(v, "yaml"),
        "  groups:",
        "    - %d" % rng.randrange(10000000, 220000000),
        "    - %d" % rng.randrange(10000000, 220000000),
        "  request_delay: 0.35",
        "storage:",
        "  dsn: postgresql://parser@db:5432/parser",
        "  table: vk_comments")


@P("vk", "community_token", "vk_community", "go", env="VK_TOKEN")
def t_vk_go(rng, v, neg):
    return rng.choice(["cmd/vkbot/main.go", "internal/vk/bot.go"]), J(
        "package main",
        "",
        "import (",
        '\t"context"',
        '\t"log"',
        "",
        '\t"github.com/SevereCloud/vksdk/v2/api"',
        '\t"github.com/SevereCloud/vksdk/v2/events"',
        '\tlongpoll "github.com/SevereCloud/vksdk/v2/longpoll-bot"',
        ")",
        "",
        "func main() {",
        "\t// %s" % cm(rng),
        "\tvk := api.NewVK(%s)" % L(v, "go"),
        "\tgroup, err := vk.GroupsGetByID(nil)",
        "\tif err != nil {",
        "\t\tlog.Fatal(err)",
        "\t}",
        "\tlp, _ := longpoll.NewLongPoll(vk, group[0].ID)",
        "\tlp.MessageNew(func(_ context.Context, obj events.MessageNewObject) {",
        '\t\tlog.Printf("сообщение от %d: %s", obj.Message.PeerID, obj.Message.Text)',
        "\t})",
        "\tlog.Fatal(lp.Run())",
        "}")


# ================================================================= Telegram
@P("telegram", "bot_token", "telegram", "py", env="BOT_TOKEN")
def t_tg_aiogram(rng, v, neg):
    return rng.choice(["bot/__main__.py", "app/bot.py", "tgbot/main.py"]), J(
        "import asyncio",
        "import logging",
        "",
        "from aiogram import Bot, Dispatcher, F",
        "from aiogram.types import Message",
        "",
        "logging.basicConfig(level=logging.INFO)",
        "",
        "# %s" % cm(rng),
        "bot = Bot(%s)" % L(v, "py"),
        "dp = Dispatcher()",
        "",
        "",
        '@dp.message(F.text == "/start")',
        "async def start(message: Message) -> None:",
        '    await message.answer("Здравствуйте! Отправьте номер заказа, и я проверю статус.")',
        "",
        "",
        'if __name__ == "__main__":',
        "    asyncio.run(dp.start_polling(bot))")


@P("telegram", "bot_token", "telegram", "py", env="TELEGRAM_BOT_TOKEN")
def t_tg_config(rng, v, neg):
    name = nm(rng, ["BOT_TOKEN", "TELEGRAM_BOT_TOKEN", "TG_TOKEN"], ["ТОКЕН_БОТА", "API_TOKEN", "notify_cred"])
    return rng.choice(["config.py", "bot/config.py", "settings/telegram.py"]), J(
        '"""Настройки бота уведомлений."""',
        "",
        "%s = %s" % (name, L(v, "py")),
        "ADMIN_IDS = [%d, %d]" % (rng.randrange(10 ** 8, 10 ** 10), rng.randrange(10 ** 8, 10 ** 10)),
        "ORDERS_CHAT_ID = -100%d" % rng.randrange(10 ** 9, 10 ** 10),
        'TIMEZONE = "Europe/Moscow"',
        "THROTTLE_RATE = 0.5",
        'WELCOME = "Добро пожаловать в %s!"' % rng.choice(["магазин", "сервис", "клуб"]))


@P("telegram", "bot_token", "telegram", "js", env="BOT_TOKEN")
def t_tg_telegraf(rng, v, neg):
    return rng.choice(["src/bot.js", "index.js"]), J(
        "const { Telegraf } = require('telegraf');",
        "",
        "const bot = new Telegraf(%s);" % L(v, "js"),
        "",
        "bot.start((ctx) => ctx.reply('Привет! Я помогу записаться на приём.'));",
        "bot.command('help', (ctx) => ctx.reply('Напишите /zapis, чтобы выбрать время.'));",
        "bot.launch();",
        "",
        "process.once('SIGINT', () => bot.stop('SIGINT'));",
        "process.once('SIGTERM', () => bot.stop('SIGTERM'));")


@P("telegram", "bot_token", "telegram", "go", env="TG_TOKEN")
def t_tg_go(rng, v, neg):
    return rng.choice(["cmd/notifier/main.go", "internal/telegram/client.go"]), J(
        "package main",
        "",
        "import (",
        '\t"log"',
        "",
        '\ttgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"',
        ")",
        "",
        "const chatID int64 = -100%d" % rng.randrange(10 ** 9, 10 ** 10),
        "",
        "func main() {",
        "\tbot, err := tgbotapi.NewBotAPI(%s)" % L(v, "go"),
        "\tif err != nil {",
        "\t\tlog.Panic(err)",
        "\t}",
        '\tmsg := tgbotapi.NewMessage(chatID, "Сборка завершена ✅")',
        "\tif _, err := bot.Send(msg); err != nil {",
        "\t\tlog.Println(err)",
        "\t}",
        "}")


@P("telegram", "bot_token", "telegram", "sh", url=True)
def t_tg_curl(rng, v, neg):
    return rng.choice(["scripts/notify.sh", "deploy/notify-telegram.sh", "ci/tg.sh"]), J(
        "#!/usr/bin/env bash",
        "# Уведомление в чат дежурных после деплоя",
        'CHAT_ID="-100%d"' % rng.randrange(10 ** 9, 10 ** 10),
        'TEXT="Деплой ${CI_COMMIT_SHORT_SHA:-local} на $(hostname) завершён"',
        "",
        'curl -s -X POST "https://api.telegram.org/bot%s/sendMessage" \\' % S(v),
        '  -d chat_id="${CHAT_ID}" \\',
        '  --data-urlencode text="${TEXT}" > /dev/null')


@P("telegram", "bot_token", "telegram", "yaml", env="TELEGRAM_TOKEN")
def t_tg_gha(rng, v, neg):
    return rng.choice([".github/workflows/notify.yml", ".github/workflows/release.yml"]), J(
        "name: Release notify",
        "on:",
        "  release:",
        "    types: [published]",
        "jobs:",
        "  telegram:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - name: Сообщение в канал",
        "        uses: appleboy/telegram-action@master",
        "        with:",
        "          to: \"-100%d\"" % rng.randrange(10 ** 9, 10 ** 10),
        "          token: %s" % L(v, "yaml"),
        "          message: |",
        "            Вышел релиз ${{ github.event.release.tag_name }}")


@P("telegram", "bot_token", "telegram", "php", env="TG_BOT_TOKEN")
def t_tg_php(rng, v, neg):
    name = nm(rng, ["$botToken", "$telegramToken"], ["$t", "$cfgKey"])
    return rng.choice(["local/php_interface/include/tg_notify.php", "local/php_interface/events/order.php"]), J(
        "<?php",
        "// Уведомление менеджеров о новом заказе в Telegram",
        "AddEventHandler('sale', 'OnSaleOrderSaved', 'notifyTelegram');",
        "",
        "function notifyTelegram(\\Bitrix\\Main\\Event $event)",
        "{",
        "    %s = %s;" % (name, L(v, "php")),
        "    $chatId = '-100%d';" % rng.randrange(10 ** 9, 10 ** 10),
        "    $order = $event->getParameter('ENTITY');",
        "    $text = 'Новый заказ №' . $order->getId() . ' на сумму ' . $order->getPrice() . ' ₽';",
        "    file_get_contents('https://api.telegram.org/bot' . %s . '/sendMessage?' . http_build_query([" % name,
        "        'chat_id' => $chatId, 'text' => $text,",
        "    ]));",
        "}")


@P("telegram", "bot_token", "telegram", "env", env="TELEGRAM_BOT_TOKEN")
def t_tg_env(rng, v, neg):
    return envpath(rng, neg, rng.choice(["", "bot/"])), J(
        "# %s" % cm(rng),
        "TELEGRAM_BOT_TOKEN=%s" % L(v, "raw"),
        "DATABASE_URL=postgresql://bot@localhost:5432/bot",
        "REDIS_URL=redis://localhost:6379/0",
        "ADMIN_CHAT_ID=%d" % rng.randrange(10 ** 8, 10 ** 10),
        "LOG_LEVEL=INFO")


# ================================================================= YooKassa
@P("yookassa", "secret_key", "yookassa", "py", env="YOOKASSA_SECRET_KEY")
def t_yk_py(rng, v, neg):
    return rng.choice(["payments/yookassa.py", "shop/payments/gateway.py", "billing/yk.py"]), J(
        "import uuid",
        "",
        "from yookassa import Configuration, Payment",
        "",
        "# %s" % cm(rng),
        "Configuration.configure(%s, %s)" % ('"%s"' % shop_id(rng), L(v, "py")),
        "",
        "",
        "def create_payment(order_id: int, amount: str, return_url: str):",
        "    return Payment.create({",
        '        "amount": {"value": amount, "currency": "RUB"},',
        '        "confirmation": {"type": "redirect", "return_url": return_url},',
        '        "capture": True,',
        '        "description": f"Заказ №{order_id}",',
        '        "metadata": {"order_id": order_id},',
        "    }, str(uuid.uuid4()))")


@P("yookassa", "secret_key", "yookassa", "php", env="YOOKASSA_SECRET")
def t_yk_php(rng, v, neg):
    return rng.choice(["local/php_interface/lib/Payment/YooKassa.php", "local/modules/shop.pay/lib/client.php"]), J(
        "<?php",
        "use YooKassa\\Client;",
        "",
        "require_once $_SERVER['DOCUMENT_ROOT'] . '/local/vendor/autoload.php';",
        "",
        "// Идентификатор магазина и секретный ключ из ЛК ЮKassa. %s" % cm(rng),
        "$client = new Client();",
        "$client->setAuth('%s', %s);" % (shop_id(rng), L(v, "php")),
        "",
        "$payment = $client->createPayment([",
        "    'amount' => ['value' => $arResult['PRICE'], 'currency' => 'RUB'],",
        "    'confirmation' => ['type' => 'redirect', 'return_url' => 'https://%s.ru/personal/order/']," % rng.choice(PORTALS),
        "    'capture' => true,",
        "    'description' => 'Заказ №' . $arResult['ORDER_ID'],",
        "], uniqid('', true));")


@P("yookassa", "secret_key", "yookassa", "ts", env="YOOKASSA_SECRET_KEY")
def t_yk_ts(rng, v, neg):
    return rng.choice(["src/payments/yookassa.ts", "apps/api/src/billing/checkout.ts"]), J(
        "import { YooCheckout } from '@a2seven/yoo-checkout';",
        "",
        "// ЮKassa: боевой магазин",
        "export const checkout = new YooCheckout({",
        "  shopId: '%s'," % shop_id(rng),
        "  secretKey: %s," % L(v, "ts", "'"),
        "});",
        "",
        "export async function pay(orderId: string, value: string) {",
        "  return checkout.createPayment({",
        "    amount: { value, currency: 'RUB' },",
        "    confirmation: { type: 'redirect', return_url: 'https://example.shop/thanks' },",
        "    description: `Оплата заказа ${orderId}`,",
        "  }, orderId);",
        "}")


@P("yookassa", "secret_key", "yookassa", "yaml", env="YOOKASSA_SECRET_KEY")
def t_yk_yaml(rng, v, neg):
    name = nm(rng, ["secret_key"], ["key", "api_secret", "password"])
    return rng.choice(["config/payments.yaml", "config/settings.prod.yml", "deploy/values.yaml"]), J(
        "payments:",
        "  provider: yookassa",
        "  yookassa:",
        "    shop_id: \"%s\"" % shop_id(rng),
        "    %s: %s" % (name, L(v, "yaml")),
        "    return_url: https://%s.ru/order/success" % rng.choice(PORTALS),
        "    webhook_path: /api/payments/yookassa/notify",
        "  currency: RUB",
        "  vat_code: 1")


@P("yookassa", "secret_key", "yookassa", "sh", url=True)
def t_yk_curl(rng, v, neg):
    return rng.choice(["scripts/refund.sh", "docs/examples/create_payment.sh"]), J(
        "#!/bin/bash",
        "# Возврат по платежу: ./refund.sh <payment_id> <сумма>",
        "curl https://api.yookassa.ru/v3/refunds \\",
        "  -X POST \\",
        "  -u %s:%s \\" % (shop_id(rng), S(v)),
        '  -H "Idempotence-Key: $(uuidgen)" \\',
        "  -H 'Content-Type: application/json' \\",
        "  -d '{\"amount\": {\"value\": \"'\"$2\"'\", \"currency\": \"RUB\"}, \"payment_id\": \"'\"$1\"'\"}'")


# ================================================================= CloudPayments
@P("cloudpayments", "api_secret", "cp_secret", "php", env="CP_API_SECRET")
def t_cp_php(rng, v, neg):
    return rng.choice(["app/Services/CloudPayments.php", "local/php_interface/lib/CloudPaymentsClient.php"]), J(
        "<?php",
        "namespace App\\Services;",
        "",
        "use CloudPayments\\Manager;",
        "",
        "class CloudPayments",
        "{",
        "    public static function manager(): Manager",
        "    {",
        "        // Public ID и API Secret из ЛК CloudPayments",
        "        return new Manager('%s', %s);" % (g_cp_public(rng), L(v, "php")),
        "    }",
        "}")


@P("cloudpayments", "api_secret", "cp_secret", "py", env="CLOUDPAYMENTS_API_SECRET")
def t_cp_py(rng, v, neg):
    name = nm(rng, ["CP_API_SECRET", "CLOUDPAYMENTS_SECRET"], ["PASS2", "cp_pwd"])
    return rng.choice(["billing/cloudpayments.py", "payments/cp.py"]), J(
        "import requests",
        "",
        'CP_PUBLIC_ID = "%s"' % g_cp_public(rng),
        "%s = %s" % (name, L(v, "py")),
        "",
        "",
        "def refund(transaction_id: int, amount: float) -> dict:",
        '    """Возврат денег по транзакции."""',
        '    r = requests.post("https://api.cloudpayments.ru/payments/refund",',
        '                      json={"TransactionId": transaction_id, "Amount": amount},',
        "                      auth=(CP_PUBLIC_ID, %s), timeout=15)" % name,
        "    return r.json()")


@P("cloudpayments", "api_secret", "cp_secret", "json", env="CLOUDPAYMENTS_API_SECRET")
def t_cp_json(rng, v, neg):
    return rng.choice(["appsettings.Production.json", "config/cloudpayments.json"]), J(
        "{",
        '  "Logging": { "LogLevel": { "Default": "Information" } },',
        '  "CloudPayments": {',
        '    "PublicId": "%s",' % g_cp_public(rng),
        '    "ApiSecret": %s,' % L(v, "json"),
        '    "Currency": "RUB",',
        '    "SendReceipt": true',
        "  },",
        '  "AllowedHosts": "*"',
        "}")


# ================================================================= T-Bank (Tinkoff) acquiring
@P("tbank", "terminal_password", "tbank_password", "py", env="TINKOFF_PASSWORD")
def t_tb_py(rng, v, neg):
    name = nm(rng, ["TINKOFF_PASSWORD", "TERMINAL_PASSWORD", "TBANK_PASSWORD"], ["TK_SECRET", "пароль_терминала"])
    return rng.choice(["payments/tinkoff.py", "shop/tbank_acquiring.py", "billing/tbank.py"]), J(
        "import hashlib",
        "import requests",
        "",
        'TERMINAL_KEY = "%s"' % g_terminal_key(rng),
        "%s = %s  # %s" % (name, L(v, "py"), cm(rng)),
        'API = "https://securepay.tinkoff.ru/v2/"',
        "",
        "",
        "def _token(params: dict) -> str:",
        '    data = {k: v for k, v in params.items() if not isinstance(v, (dict, list))}',
        '    data["Password"] = %s' % name,
        '    return hashlib.sha256("".join(str(data[k]) for k in sorted(data)).encode()).hexdigest()',
        "",
        "",
        "def init(order_id: str, amount_kop: int) -> dict:",
        '    params = {"TerminalKey": TERMINAL_KEY, "Amount": amount_kop, "OrderId": order_id}',
        '    params["Token"] = _token(params)',
        '    return requests.post(API + "Init", json=params, timeout=20).json()')


@P("tbank", "terminal_password", "tbank_password", "php", env="TINKOFF_TERMINAL_PASSWORD")
def t_tb_php(rng, v, neg):
    return rng.choice(["local/php_interface/include/sale_payment/tinkoff/config.php", "local/lib/tinkoff_init.php"]), J(
        "<?php",
        "require_once __DIR__ . '/TinkoffMerchantAPI.php';",
        "",
        "// Терминал интернет-эквайринга (боевой)",
        "$api = new TinkoffMerchantAPI(",
        "    '%s'," % g_terminal_key(rng),
        "    %s," % L(v, "php"),
        "    'https://securepay.tinkoff.ru/v2/'",
        ");",
        "",
        "$api->init([",
        "    'OrderId' => $orderId,",
        "    'Amount' => (int) round($sum * 100),",
        "    'Description' => 'Оплата заказа ' . $orderId,",
        "]);")


@P("tbank", "terminal_password", "tbank_password", "ts", env="TBANK_PASSWORD")
def t_tb_ts(rng, v, neg):
    return rng.choice(["src/config/payments.ts", "server/tbank.config.ts"]), J(
        "export const tbankConfig = {",
        "  terminalKey: '%s'," % g_terminal_key(rng),
        "  password: %s," % L(v, "ts", "'"),
        "  apiUrl: 'https://securepay.tinkoff.ru/v2',",
        "  notificationUrl: 'https://api.%s.ru/payments/tbank/notify'," % rng.choice(PORTALS),
        "  taxation: 'usn_income',",
        "} as const;")


@P("tbank", "terminal_password", "tbank_password", "yaml", env="TBANK_TERMINAL_PASSWORD")
def t_tb_yaml(rng, v, neg):
    return rng.choice(["config/application-prod.yml", "src/main/resources/application.yml"]), J(
        "server:",
        "  port: 8080",
        "spring:",
        "  datasource:",
        "    url: jdbc:postgresql://db:5432/shop",
        "    username: shop",
        "    password: ${DB_PASSWORD}",
        "acquiring:",
        "  tbank:",
        "    terminal-key: %s" % g_terminal_key(rng, rng.random() < 0.3),
        "    password: %s" % L(v, "yaml"),
        "    success-url: https://%s.ru/pay/ok" % rng.choice(PORTALS))


@P("tbank", "terminal_password", "tbank_password", "bsl", env="TBANK_PASSWORD")
def t_tb_bsl(rng, v, neg):
    return rng.choice(["src/CommonModules/ЭквайрингТБанк/Ext/Module.bsl", "CommonModules/ИнтернетЭквайринг/Module.bsl"]), J(
        "// Модуль интеграции с интернет-эквайрингом Т-Банка",
        "",
        "Функция ПараметрыТерминала() Экспорт",
        "\tПараметры = Новый Структура;",
        "\tПараметры.Вставить(\"TerminalKey\", \"%s\");" % g_terminal_key(rng),
        "\tПараметры.Вставить(\"Password\", %s);" % L(v, "bsl"),
        "\tПараметры.Вставить(\"Сервер\", \"securepay.tinkoff.ru\");",
        "\tВозврат Параметры;",
        "КонецФункции",
        "",
        "Функция СоздатьПлатеж(НомерЗаказа, СуммаКопеек) Экспорт",
        "\tПараметры = ПараметрыТерминала();",
        "\tТело = Новый Соответствие;",
        "\tТело.Вставить(\"TerminalKey\", Параметры.TerminalKey);",
        "\tТело.Вставить(\"Amount\", СуммаКопеек);",
        "\tТело.Вставить(\"OrderId\", НомерЗаказа);",
        "\tВозврат ОтправитьЗапрос(\"Init\", Тело, Параметры);",
        "КонецФункции")


# ================================================================= Sber
@P("sber", "acquiring_password", "sber_password", "php", env="SBER_PASSWORD")
def t_sber_php(rng, v, neg):
    return rng.choice(["local/php_interface/lib/SberPay.php", "app/Payments/Sberbank.php"]), J(
        "<?php",
        "// Платёжный шлюз Сбербанка (ecom), регистрация заказа",
        "$params = [",
        "    'userName' => '%s-api'," % rng.choice(PORTALS).replace("-", ""),
        "    'password' => %s," % L(v, "php"),
        "    'orderNumber' => $orderNumber,",
        "    'amount' => $amountKop,",
        "    'returnUrl' => 'https://' . $_SERVER['HTTP_HOST'] . '/order/success/',",
        "];",
        "$ch = curl_init('https://securepayments.sberbank.ru/payment/rest/register.do');",
        "curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query($params));",
        "curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);",
        "$result = json_decode(curl_exec($ch), true);")


@P("sber", "acquiring_token", "sber_token", "py", env="SBER_TOKEN")
def t_sber_py(rng, v, neg):
    name = nm(rng, ["SBER_TOKEN", "SBERBANK_API_TOKEN"], ["gw_token", "reg_key"])
    return rng.choice(["payments/sber.py", "shop/sberbank.py"]), J(
        "import requests",
        "",
        "# Авторизация в шлюзе по токену вместо логина/пароля",
        "%s = %s" % (name, L(v, "py")),
        'GATEWAY = "https://securepayments.sberbank.ru/payment/rest/"',
        "",
        "",
        "def register(order_number: str, amount_kop: int, return_url: str) -> dict:",
        '    data = {"token": %s, "orderNumber": order_number, "amount": amount_kop,' % name,
        '            "returnUrl": return_url, "language": "ru"}',
        '    return requests.post(GATEWAY + "register.do", data=data, timeout=20).json()')


# ================================================================= GigaChat
@P("gigachat", "authorization_key", "gigachat", "py", env="GIGACHAT_CREDENTIALS")
def t_giga_py(rng, v, neg):
    return rng.choice(["assistant/giga.py", "bot/llm_gigachat.py", "app/ai.py"]), J(
        "from gigachat import GigaChat",
        "",
        "# Ключ авторизации из личного кабинета (Authorization key). %s" % cm(rng),
        "giga = GigaChat(",
        "    credentials=%s," % L(v, "py"),
        '    scope="GIGACHAT_API_PERS",',
        '    model="GigaChat",',
        "    verify_ssl_certs=False,",
        ")",
        "",
        "",
        "def summarize(text: str) -> str:",
        '    resp = giga.chat(f"Сделай краткое резюме отзыва покупателя: {text}")',
        "    return resp.choices[0].message.content")


@P("gigachat", "authorization_key", "gigachat", "sh", url=True)
def t_giga_sh(rng, v, neg):
    return rng.choice(["scripts/gigachat_token.sh", "tools/get_giga_token.sh"]), J(
        "#!/usr/bin/env bash",
        "# Получение access token GigaChat (живёт 30 минут)",
        "curl -sk -L -X POST 'https://ngw.devices.sberbank.ru:9443/api/v2/oauth' \\",
        "  -H 'Content-Type: application/x-www-form-urlencoded' \\",
        "  -H 'Accept: application/json' \\",
        "  -H \"RqUID: $(cat /proc/sys/kernel/random/uuid)\" \\",
        "  -H 'Authorization: Basic %s' \\" % S(v),
        "  --data-urlencode 'scope=GIGACHAT_API_PERS' | jq -r .access_token")


@P("gigachat", "authorization_key", "gigachat", "yaml", env="GIGACHAT_CREDENTIALS")
def t_giga_yaml(rng, v, neg):
    name = nm(rng, ["GIGACHAT_CREDENTIALS", "GIGACHAT_AUTH_KEY"], ["LLM_AUTH", "SBER_AI_KEY"])
    return rng.choice(["docker-compose.yml", "deploy/compose.llm.yml"]), J(
        "services:",
        "  assistant:",
        "    build: .",
        "    ports:",
        '      - "8000:8000"',
        "    environment:",
        "      %s: %s" % (name, L(v, "yaml")),
        "      GIGACHAT_SCOPE: GIGACHAT_API_PERS",
        "      GIGACHAT_VERIFY_SSL_CERTS: \"false\"",
        "    volumes:",
        "      - ./data:/app/data")


# ================================================================= SMS providers
@P("smsru", "api_key", "smsru", "php", env="SMSRU_API_ID")
def t_smsru_php(rng, v, neg):
    return rng.choice(["local/php_interface/include/sms.php", "app/Sms/SmsRuSender.php"]), J(
        "<?php",
        "require_once __DIR__ . '/sms.ru.php';",
        "",
        "// Отправка кода подтверждения при регистрации",
        "$smsru = new SMSRU(%s);" % L(v, "php"),
        "",
        "$data = new stdClass();",
        "$data->to = $phone;",
        "$data->text = 'Код подтверждения: ' . $code;",
        "$data->from = '%s';" % rng.choice(["INFO", "SHOP", "Zakaz"]),
        "$sms = $smsru->send_one($data);",
        "if ($sms->status != 'OK') {",
        "    AddMessage2Log('SMS.ru: ' . $sms->status_text, 'sms');",
        "}")


@P("smsru", "api_key", "smsru", "py", url=True)
def t_smsru_py(rng, v, neg):
    return rng.choice(["notifications/sms.py", "utils/smsru.py"]), J(
        "import requests",
        "",
        "",
        "def send_sms(phone: str, text: str) -> bool:",
        '    """Отправка SMS через sms.ru (тестовый режим выключен)."""',
        '    url = "https://sms.ru/sms/send?api_id=%s&json=1"' % S(v),
        '    resp = requests.get(url, params={"to": phone, "msg": text}, timeout=10).json()',
        '    return resp.get("status") == "OK"',
        "",
        "",
        'if __name__ == "__main__":',
        '    send_sms("%s", "Проверка связи")' % phone(rng))


@P("smsc", "password", "smsc", "ini", env="SMSC_PASSWORD")
def t_smsc_ini(rng, v, neg):
    return rng.choice(["config/sms.ini", "conf/notify.ini"]), J(
        "; Рассылка SMS через SMSC.ru",
        "[smsc]",
        "login = %s" % rng.choice(PORTALS).replace("-", "_"),
        "psw = %s" % L(v, "ini"),
        "sender = %s" % rng.choice(["INFO", "Magazin", "Service"]),
        "charset = utf-8",
        "https = 1",
        "",
        "[queue]",
        "workers = 2",
        "retry = 3")


@P("smsaero", "api_key", "smsaero", "js", env="SMSAERO_API_KEY")
def t_smsaero_js(rng, v, neg):
    return rng.choice(["src/services/sms.js", "lib/smsaero.js"]), J(
        "const axios = require('axios');",
        "",
        "const SMSAERO_EMAIL = '%s@%s.ru';" % (rng.choice(["admin", "it", "dev"]), rng.choice(PORTALS)),
        "const SMSAERO_KEY = %s;" % L(v, "js"),
        "",
        "// Отправка SMS через SMS Aero v2",
        "async function sendSms(number, text) {",
        "  const { data } = await axios.get('https://gate.smsaero.ru/v2/sms/send', {",
        "    params: { number, text, sign: 'SMS Aero' },",
        "    auth: { username: SMSAERO_EMAIL, password: SMSAERO_KEY },",
        "  });",
        "  return data.success;",
        "}",
        "",
        "module.exports = { sendSms };")


# ================================================================= DaData
@P("dadata", "api_key", "dadata", "py", env="DADATA_API_KEY")
def t_dadata_py(rng, v, neg):
    name = nm(rng, ["DADATA_TOKEN", "DADATA_API_KEY"], ["SUGGEST_KEY", "dd_key"])
    return rng.choice(["geo/suggest.py", "services/dadata.py", "crm/inn_lookup.py"]), J(
        "from dadata import Dadata",
        "",
        "%s = %s  # %s" % (name, L(v, "py"), cm(rng)),
        "",
        "",
        "def company_by_inn(inn: str) -> dict:",
        '    """Поиск организации по ИНН (API подсказок)."""',
        "    with Dadata(%s) as dadata:" % name,
        '        result = dadata.find_by_id("party", inn)',
        "    return result[0] if result else {}")


@P("dadata", "api_key", "dadata", "php", url=True)
def t_dadata_php(rng, v, neg):
    return rng.choice(["local/ajax/address.php", "local/php_interface/lib/DadataSuggest.php"]), J(
        "<?php",
        "// Подсказки по адресу доставки",
        "$ch = curl_init('https://suggestions.dadata.ru/suggestions/api/4_1/rs/suggest/address');",
        "curl_setopt_array($ch, [",
        "    CURLOPT_POST => true,",
        "    CURLOPT_RETURNTRANSFER => true,",
        "    CURLOPT_HTTPHEADER => [",
        "        'Content-Type: application/json',",
        "        'Accept: application/json',",
        "        'Authorization: Token %s'," % S(v),
        "    ],",
        "    CURLOPT_POSTFIELDS => json_encode(['query' => $_GET['q'], 'count' => 5]),",
        "]);",
        "echo curl_exec($ch);")


@P("dadata", "secret_key", "dadata", "js", env="DADATA_SECRET")
def t_dadata_js(rng, v, neg):
    return rng.choice(["src/clean.js", "server/dadataClean.js"]), J(
        "// Стандартизация адресов (API очистки требует секретный ключ)",
        "const DADATA_SECRET = %s;" % L(v, "js"),
        "",
        "async function cleanAddress(raw) {",
        "  const res = await fetch('https://cleaner.dadata.ru/api/v1/clean/address', {",
        "    method: 'POST',",
        "    headers: {",
        "      'Content-Type': 'application/json',",
        "      Authorization: `Token ${process.env.DADATA_API_KEY}`,",
        "      'X-Secret': DADATA_SECRET,",
        "    },",
        "    body: JSON.stringify([raw]),",
        "  });",
        "  return (await res.json())[0];",
        "}",
        "",
        "module.exports = { cleanAddress };")


# ================================================================= 1C
@P("1c", "password", "password", "v8i")
def t_1c_v8i(rng, v, neg):
    base = rng.choice(["trade", "buh", "zup", "ut11", "erp"])
    srv = rng.choice(["srv-1c", "1c-app01", "1cserver.local"])
    if isinstance(v, Ref) or v == "":
        conn = 'Connect=Srvr="%s";Ref="%s_prod";' % (srv, base)
    else:
        conn = 'Connect=Srvr="%s";Ref="%s_prod";Usr="Обмен";Pwd="%s";' % (srv, base, v)
    return rng.choice(["tools/1c/ibases.v8i", "deploy/1c/%s.v8i" % base]), J(
        "[Торговля (рабочая)]",
        conn,
        "ID=%s" % uuid4(rng),
        "OrderInList=16384",
        "Folder=/",
        "OrderInTree=16384",
        "External=0",
        "ClientConnectionSpeed=Normal",
        "App=Auto",
        "WA=0",
        "Version=8.3",
        "",
        "[Бухгалтерия (копия)]",
        'Connect=File="D:\\Базы\\%s_copy";' % base,
        "ID=%s" % uuid4(rng),
        "WA=1")


@P("1c", "password", "password", "bsl", env="ПарольHTTPСервиса")
def t_1c_bsl(rng, v, neg):
    return rng.choice(["src/CommonModules/ОбменССайтом/Ext/Module.bsl", "CommonModules/ИнтеграцияСайт/Module.bsl"]), J(
        "// Выгрузка остатков на сайт через HTTP-сервис",
        "",
        "Процедура ВыгрузитьОстатки() Экспорт",
        "",
        "\tСервер = \"%s.ru\";" % rng.choice(PORTALS),
        "\tПользователь = \"exchange\";",
        "\tПароль = %s;" % L(v, "bsl"),
        "",
        "\tСоединение = Новый HTTPСоединение(Сервер, 443, Пользователь, Пароль, , 60, Новый ЗащищенноеСоединениеOpenSSL);",
        "\tЗапрос = Новый HTTPЗапрос(\"/bitrix/admin/1c_exchange.php?type=catalog&mode=checkauth\");",
        "\tОтвет = Соединение.Получить(Запрос);",
        "\tЕсли Ответ.КодСостояния <> 200 Тогда",
        "\t\tЗаписьЖурналаРегистрации(\"ОбменССайтом\", УровеньЖурналаРегистрации.Ошибка, , , Ответ.ПолучитьТелоКакСтроку());",
        "\tКонецЕсли;",
        "",
        "КонецПроцедуры")


@P("1c", "password", "password", "py", url=True)
def t_1c_odata(rng, v, neg):
    base = rng.choice(["trade", "ut", "unf", "buh"])
    return rng.choice(["integrations/onec_odata.py", "etl/extract_1c.py"]), J(
        '"""Чтение справочника номенклатуры из 1С через OData."""',
        "import requests",
        "",
        'ODATA = "http://odata:%s@1c.%s.local/%s/odata/standard.odata"' % (S(v), rng.choice(PORTALS), base),
        "",
        "",
        "def nomenclature(top: int = 100) -> list:",
        '    url = f"{ODATA}/Catalog_Номенклатура?$format=json&$top={top}"',
        '    return requests.get(url, timeout=60).json()["value"]')


@P("1c", "password", "password", "yaml", env="ONEC_PASSWORD")
def t_1c_yaml(rng, v, neg):
    return rng.choice(["config/exchange.yaml", "deploy/onec-sync/values.yaml"]), J(
        "onec:",
        "  base_url: http://1c-web.%s.local/trade/hs/api/v1" % rng.choice(PORTALS),
        "  user: ИнтеграцияСайт",
        "  password: %s" % L(v, "yaml"),
        "  timeout: 120",
        "sync:",
        "  schedule: \"*/15 * * * *\"",
        "  entities: [nomenclature, prices, stock]")


# ================================================================= Bitrix24
@P("bitrix24", "webhook_token", "bitrix", "php", url=True)
def t_b24_crest(rng, v, neg):
    return rng.choice(["crest/settings.php", "local/b24/settings.php"]), J(
        "<?php",
        "// Настройки библиотеки CRest (входящий вебхук)",
        "define('C_REST_WEB_HOOK_URL', 'https://%s/rest/%d/%s/');" % (portal(rng), rng.choice([1, 1, 7, 12, 45]), S(v)),
        "//define('C_REST_CLIENT_ID','local.5c8bb1b0891cf2.87252039');",
        "//define('C_REST_CLIENT_SECRET','');",
        "define('C_REST_CURRENT_ENCODING', 'windows-1251');",
        "define('C_REST_IGNORE_SSL', false);",
        "define('C_REST_LOG_TYPE_DUMP', true);",
        "define('C_REST_BLOCK_LOG', true);")


@P("bitrix24", "webhook_token", "bitrix", "py", url=True)
def t_b24_py(rng, v, neg):
    name = nm(rng, ["B24_WEBHOOK", "BITRIX24_WEBHOOK_URL"], ["CRM_URL", "hook"])
    return rng.choice(["crm/b24.py", "integrations/bitrix24.py", "leads/export.py"]), J(
        "from fast_bitrix24 import Bitrix",
        "",
        '%s = "https://%s/rest/%d/%s/"' % (name, portal(rng), rng.choice([1, 1, 3, 9]), S(v)),
        "b24 = Bitrix(%s)" % name,
        "",
        "",
        "def add_lead(title: str, phone: str, source: str = \"WEB\") -> int:",
        '    return b24.call("crm.lead.add", {"fields": {',
        '        "TITLE": title, "SOURCE_ID": source,',
        '        "PHONE": [{"VALUE": phone, "VALUE_TYPE": "WORK"}],',
        "    }})")


@P("bitrix24", "webhook_token", "bitrix", "js", url=True)
def t_b24_js(rng, v, neg):
    return rng.choice(["src/crm.js", "api/lead.js"]), J(
        "// Отправка заявки с лендинга в Битрикс24",
        "export async function sendLead(form) {",
        "  const res = await fetch('https://%s/rest/%d/%s/crm.lead.add.json', {" % (portal(rng), rng.choice([1, 5, 17]), S(v)),
        "    method: 'POST',",
        "    headers: { 'Content-Type': 'application/json' },",
        "    body: JSON.stringify({ fields: { TITLE: 'Заявка с сайта', NAME: form.name, PHONE: [{ VALUE: form.phone }] } }),",
        "  });",
        "  return res.json();",
        "}")


@P("bitrix24", "webhook_token", "bitrix", "md", url=True)
def t_b24_md(rng, v, neg):
    p = portal(rng)
    return rng.choice(["docs/crm-integration.md", "docs/битрикс24.md", "INTEGRATION.md"]), J(
        "# Интеграция с Битрикс24",
        "",
        "Заявки с сайта уходят в CRM через входящий вебхук (права: `crm`, `user`).",
        "",
        "Адрес вебхука для боевого портала:",
        "",
        "```",
        "https://%s/rest/1/%s/" % (p, S(v)),
        "```",
        "",
        "Проверка: `curl https://%s/rest/1/<токен>/profile.json`" % p,
        "",
        "Ответственный за интеграцию: %s." % rng.choice(NAMES))


@P("bitrix24", "webhook_token", "bitrix", "yaml", url=True)
def t_b24_yaml(rng, v, neg):
    return rng.choice(["config/crm.yaml", "n8n/workflow-vars.yaml"]), J(
        "crm:",
        "  type: bitrix24",
        "  webhook: https://%s/rest/%d/%s/" % (portal(rng), rng.choice([1, 1, 23]), S(v)),
        "  default_responsible_id: %d" % rng.randrange(1, 200),
        "  pipeline_id: %d" % rng.randrange(0, 12),
        "  source_id: WEBFORM")


# ================================================================= amoCRM / Kommo
@P("amocrm", "long_lived_token", "amocrm", "py", env="AMO_LONG_TOKEN")
def t_amo_py(rng, v, neg):
    name = nm(rng, ["AMOCRM_ACCESS_TOKEN", "AMO_LONG_TOKEN"], ["AMO_KEY", "crm_token"])
    sub = rng.choice(PORTALS).replace("-", "")
    return rng.choice(["crm/amo.py", "integrations/amocrm_client.py"]), J(
        "import requests",
        "",
        'AMO_BASE = "https://%s.amocrm.ru/api/v4"' % sub,
        "# Долгосрочный токен интеграции. %s" % cm(rng),
        "%s = %s" % (name, L(v, "py")),
        "",
        "",
        "def leads(page: int = 1) -> dict:",
        '    headers = {"Authorization": f"Bearer {%s}"}' % name,
        '    return requests.get(f"{AMO_BASE}/leads", headers=headers, params={"page": page, "limit": 250}).json()')


@P("amocrm", "long_lived_token", "amocrm", "php", env="AMOCRM_TOKEN")
def t_amo_php(rng, v, neg):
    return rng.choice(["local/php_interface/lib/AmoClient.php", "app/Crm/AmoCrm.php"]), J(
        "<?php",
        "// Передача заказов в amoCRM",
        "$subdomain = '%s';" % rng.choice(PORTALS).replace("-", ""),
        "$accessToken = %s;" % L(v, "php"),
        "",
        "$ch = curl_init(\"https://{$subdomain}.amocrm.ru/api/v4/leads/complex\");",
        "curl_setopt($ch, CURLOPT_HTTPHEADER, [",
        "    'Content-Type: application/json',",
        "    'Authorization: Bearer ' . $accessToken,",
        "]);",
        "curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($payload, JSON_UNESCAPED_UNICODE));",
        "curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);",
        "$response = curl_exec($ch);")


@P("kommo", "long_lived_token", "amocrm", "http", url=True)
def t_amo_http(rng, v, neg):
    return rng.choice(["http/amocrm.http", "requests/kommo.http"]), J(
        "### Список воронок",
        "GET https://%s.amocrm.ru/api/v4/leads/pipelines" % rng.choice(PORTALS).replace("-", ""),
        "Authorization: Bearer %s" % S(v),
        "",
        "### Контакт по телефону",
        "GET https://%s.amocrm.ru/api/v4/contacts?query=%s" % (rng.choice(PORTALS).replace("-", ""), phone(rng)))


# ================================================================= VK Cloud / Selectel / Timeweb
@P("vk_cloud", "s3_secret_key", "vkcs_secret", "ini")
def t_vkcs_ini(rng, v, neg):
    return rng.choice(["ops/aws/credentials", "backup/s3.conf"]), J(
        "; VK Cloud Object Storage (бывш. MCS)",
        "[vkcs]",
        "aws_access_key_id = %s" % g_vkcs_id(rng),
        "aws_secret_access_key = %s" % L(v, "ini"),
        "endpoint_url = https://hb.ru-msk.vkcloud-storage.ru",
        "region = ru-msk")


@P("vk_cloud", "s3_secret_key", "vkcs_secret", "py", env="VKCS_SECRET_KEY")
def t_vkcs_py(rng, v, neg):
    return rng.choice(["backup/upload.py", "media/vkcloud.py"]), J(
        "import boto3",
        "",
        "# Хранилище VK Cloud, бакет с выгрузками",
        "client = boto3.session.Session().client(",
        '    "s3",',
        '    endpoint_url="https://hb.bizmrg.com",',
        '    region_name="ru-msk",',
        '    aws_access_key_id="%s",' % g_vkcs_id(rng),
        "    aws_secret_access_key=%s," % L(v, "py"),
        ")",
        'client.upload_file("dump.sql.gz", "%s-backups", "db/dump.sql.gz")' % proj(rng))


@P("selectel", "api_token", "selectel", "sh", url=True)
def t_sel_sh(rng, v, neg):
    return rng.choice(["ops/selectel-dns.sh", "scripts/dns_update.sh"]), J(
        "#!/bin/bash",
        "# Обновление A-записи в DNS Selectel",
        "ZONE_ID=%s" % uuid4(rng),
        "curl -s -X PATCH \"https://api.selectel.ru/domains/v2/zones/${ZONE_ID}/rrset/$1\" \\",
        '  -H "X-Token: %s" \\' % S(v),
        "  -H 'Content-Type: application/json' \\",
        "  -d '{\"records\": [{\"content\": \"'\"$2\"'\"}]}'")


@P("selectel", "api_token", "selectel", "yaml", env="SELECTEL_TOKEN")
def t_sel_yaml(rng, v, neg):
    return rng.choice(["deploy/cert-manager/selectel-webhook.yaml", "k8s/dns-secret.yaml"]), J(
        "apiVersion: v1",
        "kind: Secret",
        "metadata:",
        "  name: selectel-dns-credentials",
        "  namespace: cert-manager",
        "type: Opaque",
        "stringData:",
        "  token: %s" % L(v, "yaml"),
        "  account_id: \"%d\"" % rng.randrange(100000, 400000))


@P("timeweb", "api_token", "timeweb", "tf", env="TWC_TOKEN")
def t_tw_tf(rng, v, neg):
    return rng.choice(["terraform/timeweb.tf", "infra/providers.tf"]), J(
        "terraform {",
        "  required_providers {",
        "    twc = {",
        '      source = "tf.timeweb.cloud/timeweb-cloud/timeweb-cloud"',
        "    }",
        "  }",
        "}",
        "",
        'provider "twc" {',
        "  token = %s" % L(v, "tf"),
        "}",
        "",
        'resource "twc_server" "app" {',
        '  name      = "%s"' % proj(rng),
        '  os_id     = %d' % rng.randrange(40, 99),
        '  preset_id = %d' % rng.randrange(1000, 3000),
        "}")


@P("timeweb", "api_token", "timeweb", "sh", url=True)
def t_tw_sh(rng, v, neg):
    return rng.choice(["scripts/tw-servers.sh", "ops/timeweb_backup.sh"]), J(
        "#!/usr/bin/env bash",
        "# Создание бэкапа диска сервера в Timeweb Cloud",
        'SERVER_ID="%d"' % rng.randrange(1000000, 4000000),
        'DISK_ID="%d"' % rng.randrange(10000000, 40000000),
        'curl -s -X POST "https://api.timeweb.cloud/api/v1/servers/${SERVER_ID}/disks/${DISK_ID}/backups" \\',
        '  -H "Authorization: Bearer %s" \\' % S(v),
        "  -H 'Content-Type: application/json' \\",
        "  -d '{\"comment\": \"ночной бэкап\"}'")


# ================================================================= RuStore / marketplaces
@P("rustore", "private_key", "rustore", "py", env="RUSTORE_PRIVATE_KEY")
def t_rustore_py(rng, v, neg):
    return rng.choice(["publish/rustore_auth.py", "ci/rustore_upload.py"]), J(
        '"""Получение токена RuStore Public API (подпись keyId + timestamp)."""',
        "import base64",
        "import datetime",
        "",
        "from cryptography.hazmat.primitives import hashes, serialization",
        "from cryptography.hazmat.primitives.asymmetric import padding",
        "",
        'KEY_ID = "%d"' % rng.randrange(10000000, 99999999),
        "PRIVATE_KEY = %s" % L(v, "py"),
        "",
        "",
        "def signature() -> tuple:",
        '    ts = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="milliseconds")',
        "    key = serialization.load_der_private_key(base64.b64decode(PRIVATE_KEY), password=None)",
        "    sig = key.sign((KEY_ID + ts).encode(), padding.PKCS1v15(), hashes.SHA512())",
        "    return ts, base64.b64encode(sig).decode()")


@P("rustore", "private_key", "rustore", "json", env="RUSTORE_PRIVATE_KEY")
def t_rustore_json(rng, v, neg):
    return rng.choice(["fastlane/rustore.json", "android/rustore-credentials.json"]), J(
        "{",
        '  "company_id": %d,' % rng.randrange(1000000, 9999999),
        '  "key_id": "%d",' % rng.randrange(10000000, 99999999),
        '  "private_key": %s,' % L(v, "json"),
        '  "package_name": "ru.%s.app"' % rng.choice(PORTALS).replace("-", ""),
        "}")


@P("ozon", "api_key", "ozon", "py", env="OZON_API_KEY")
def t_ozon_py(rng, v, neg):
    name = nm(rng, ["OZON_API_KEY"], ["KEY", "seller_key"])
    return rng.choice(["ozon/stocks.py", "marketplaces/ozon_client.py", "sync/ozon_prices.py"]), J(
        "import requests",
        "",
        'OZON_CLIENT_ID = "%d"' % rng.randrange(100000, 3000000),
        "%s = %s" % (name, L(v, "py")),
        "",
        "HEADERS = {",
        '    "Client-Id": OZON_CLIENT_ID,',
        '    "Api-Key": %s,' % name,
        '    "Content-Type": "application/json",',
        "}",
        "",
        "",
        "def update_stocks(items: list) -> dict:",
        '    """Обновление остатков на складе FBS."""',
        '    r = requests.post("https://api-seller.ozon.ru/v2/products/stocks", json={"stocks": items}, headers=HEADERS)',
        "    return r.json()")


@P("ozon", "api_key", "ozon", "ts", env="OZON_API_KEY")
def t_ozon_ts(rng, v, neg):
    return rng.choice(["src/ozon/client.ts", "apps/sync/src/ozon.ts"]), J(
        "import axios from 'axios';",
        "",
        "export const ozon = axios.create({",
        "  baseURL: 'https://api-seller.ozon.ru',",
        "  headers: {",
        "    'Client-Id': '%d'," % rng.randrange(100000, 3000000),
        "    'Api-Key': %s," % L(v, "ts", "'"),
        "  },",
        "  timeout: 30_000,",
        "});",
        "",
        "export const listProducts = (lastId = '') =>",
        "  ozon.post('/v3/product/list', { filter: { visibility: 'ALL' }, last_id: lastId, limit: 1000 });")


@P("ozon", "api_key", "ozon", "http", url=True)
def t_ozon_http(rng, v, neg):
    return rng.choice(["http/ozon.http", "requests/ozon-seller.http"]), J(
        "### Информация о товарах",
        "POST https://api-seller.ozon.ru/v3/product/info/list",
        "Client-Id: %d" % rng.randrange(100000, 3000000),
        "Api-Key: %s" % S(v),
        "Content-Type: application/json",
        "",
        '{"offer_id": ["%s-%d"], "product_id": [], "sku": []}' % (rng.choice(["ART", "SKU", "A"]), rng.randrange(1000, 99999)))


@P("wildberries", "api_token", "wb", "py", env="WB_API_TOKEN")
def t_wb_py(rng, v, neg):
    name = nm(rng, ["WB_API_TOKEN", "WB_TOKEN"], ["ТОКЕН_ВБ", "stat_key"])
    return rng.choice(["wb/orders.py", "marketplaces/wildberries.py"]), J(
        "import requests",
        "",
        "# Токен категории «Статистика». %s" % cm(rng),
        "%s = %s" % (name, L(v, "py")),
        "",
        "",
        "def orders(date_from: str) -> list:",
        '    r = requests.get("https://statistics-api.wildberries.ru/api/v1/supplier/orders",',
        '                     params={"dateFrom": date_from}, headers={"Authorization": %s}, timeout=60)' % name,
        "    r.raise_for_status()",
        "    return r.json()")


@P("wildberries", "api_token", "wb", "js", env="WB_TOKEN")
def t_wb_js(rng, v, neg):
    return rng.choice(["src/wb/prices.js", "jobs/wbPrices.js"]), J(
        "// Загрузка цен и скидок на Wildberries",
        "const WB_TOKEN = %s;" % L(v, "js"),
        "",
        "async function uploadPrices(data) {",
        "  const res = await fetch('https://discounts-prices-api.wildberries.ru/api/v2/upload/task', {",
        "    method: 'POST',",
        "    headers: { Authorization: WB_TOKEN, 'Content-Type': 'application/json' },",
        "    body: JSON.stringify({ data }),",
        "  });",
        "  return res.json();",
        "}",
        "",
        "module.exports = { uploadPrices };")


@P("wildberries", "api_token", "wb", "yaml", env="WB_API_TOKEN")
def t_wb_yaml(rng, v, neg):
    return rng.choice([".gitlab-ci.yml", "ci/wb-sync.gitlab-ci.yml"]), J(
        "stages: [sync]",
        "",
        "wb-stocks:",
        "  stage: sync",
        "  image: python:3.12-slim",
        "  variables:",
        "    WB_API_TOKEN: %s" % L(v, "yaml"),
        "    WAREHOUSE_ID: \"%d\"" % rng.randrange(100000, 999999),
        "  script:",
        "    - pip install -r requirements.txt",
        "    - python -m sync.wb_stocks",
        "  rules:",
        "    - if: $CI_PIPELINE_SOURCE == \"schedule\"")


# ================================================================= look-alike negatives
def sha256hex(rng):
    return hashlib.sha256(rbytes(rng, 32)).hexdigest()


@N("yandex_metrika", "counter_id")
def n_metrika(rng):
    c = rng.randrange(20000000, 99999999)
    return rng.choice(["local/templates/main/include/counters.php", "public/index.html", "templates/base.html"]), J(
        "<!-- Yandex.Metrika counter -->",
        '<script type="text/javascript">',
        "   (function(m,e,t,r,i,k,a){m[i]=m[i]||function(){(m[i].a=m[i].a||[]).push(arguments)};",
        "   m[i].l=1*new Date();k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)})",
        '   (window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym");',
        '   ym(%d, "init", { clickmap:true, trackLinks:true, accurateTrackBounce:true, webvisor:true, ecommerce:"dataLayer" });' % c,
        "</script>",
        '<noscript><div><img src="https://mc.yandex.ru/watch/%d" style="position:absolute; left:-9999px;" alt="" /></div></noscript>' % c,
        "<!-- /Yandex.Metrika counter -->")


@N("yandex_cloud", "resource_ids")
def n_tfvars(rng):
    return rng.choice(["terraform/prod.tfvars", "infra/terraform.tfvars", "terraform/envs/stage.auto.tfvars"]), J(
        "# Идентификаторы ресурсов (не секреты)",
        'cloud_id           = "%s"' % g_yc_id(rng, "b1g"),
        'folder_id          = "%s"' % folder(rng),
        'service_account_id = "%s"' % g_yc_id(rng, "aje"),
        'network_id         = "%s"' % g_yc_id(rng, "enp"),
        'subnet_ids         = ["%s", "%s"]' % (g_yc_id(rng, "e9b"), g_yc_id(rng, "e2l")),
        'registry_id        = "%s"' % g_yc_id(rng, "crp"),
        'image_id           = "%s"' % g_yc_id(rng, "fd8"),
        'zone               = "ru-central1-a"')


@N("yandex_cloud", "cli_output")
def n_yc_list(rng):
    rows = []
    for _ in range(rng.randrange(3, 7)):
        rows.append("| %s | %-20s | %s |" % (g_yc_id(rng, "aje"), rng.choice(["deployer", "ci-builder", "k8s-nodes", "backup", "lockbox-reader", "monitoring"]), ""))
    return rng.choice(["docs/ops/service-accounts.md", "ops/inventory/sa.txt"]), J(
        "Сервисные аккаунты каталога %s (вывод `yc iam service-account list`):" % folder(rng),
        "",
        "+----------------------+----------------------+--+",
        "|          ID          |         NAME         |  |",
        "+----------------------+----------------------+--+",
        *rows) + "+----------------------+----------------------+--+\n"


@N("yandex_cloud", "public_key")
def n_yc_pub(rng):
    return rng.choice(["keys/sa-deployer.pub.pem", "deploy/keys/public.pem"]), (
        "-----BEGIN PUBLIC KEY-----\n" + "\n".join(pub_pem(rng)) + "\n-----END PUBLIC KEY-----\n")


@N("yandex_cloud", "lockbox_reference")
def n_lockbox(rng):
    return rng.choice(["k8s/external-secret.yaml", "deploy/k8s/secrets-lockbox.yaml"]), J(
        "apiVersion: external-secrets.io/v1beta1",
        "kind: ExternalSecret",
        "metadata:",
        "  name: app-secrets",
        "spec:",
        "  refreshInterval: 1h",
        "  secretStoreRef:",
        "    name: lockbox",
        "    kind: SecretStore",
        "  target:",
        "    name: app-secrets",
        "  data:",
        "    - secretKey: YOOKASSA_SECRET_KEY",
        "      remoteRef:",
        "        key: %s" % g_yc_id(rng, "e6q"),
        "        property: yookassa_secret_key",
        "    - secretKey: TELEGRAM_BOT_TOKEN",
        "      remoteRef:",
        "        key: %s" % g_yc_id(rng, "e6q"),
        "        property: bot_token")


@N("vk", "app_id")
def n_vkid(rng):
    return rng.choice(["src/auth/vkid.ts", "frontend/src/vk-login.js"]), J(
        "import * as VKID from '@vkid/sdk';",
        "",
        "// Публичные параметры приложения VK ID",
        "VKID.Config.init({",
        "  app: %d," % rng.randrange(51000000, 53999999),
        "  redirectUrl: 'https://%s.ru/auth/vk/callback'," % rng.choice(PORTALS),
        "  responseMode: VKID.ConfigResponseMode.Callback,",
        "  source: VKID.ConfigSource.LOWCODE,",
        "  scope: 'email phone',",
        "});",
        "",
        "export const groupId = %d;" % rng.randrange(10000000, 229999999))


@N("tbank", "terminal_key_only")
def n_tbank_widget(rng):
    return rng.choice(["local/templates/main/components/pay/tinkoff.php", "public/pay.html"]), J(
        '<script src="https://securepay.tinkoff.ru/html/payForm/js/tinkoff_v2.js"></script>',
        '<form name="payform-tinkoff" onsubmit="pay(this); return false;">',
        '  <input type="hidden" name="terminalkey" value="%s">' % g_terminal_key(rng),
        '  <input type="hidden" name="frame" value="false">',
        '  <input type="hidden" name="language" value="ru">',
        '  <input type="text" placeholder="Сумма заказа" name="amount" required>',
        '  <input type="text" placeholder="Номер заказа" name="order">',
        '  <input type="submit" value="Оплатить">',
        "</form>")


@N("cloudpayments", "public_id")
def n_cp_widget(rng):
    return rng.choice(["src/components/PayButton.js", "static/js/checkout.js"]), J(
        "// Виджет CloudPayments: Public ID можно держать на фронтенде",
        "const widget = new cp.CloudPayments({ language: 'ru-RU' });",
        "",
        "export function pay(order) {",
        "  widget.pay('charge', {",
        "    publicId: '%s'," % g_cp_public(rng),
        "    description: `Оплата заказа №${order.id}`,",
        "    amount: order.total,",
        "    currency: 'RUB',",
        "    invoiceId: String(order.id),",
        "    skin: 'mini',",
        "  });",
        "}")


@N("yandex_cloud", "captcha_client_key")
def n_smartcaptcha_client(rng):
    return rng.choice(["local/templates/main/include/form.php", "templates/feedback.html"]), J(
        '<script src="https://smartcaptcha.yandexcloud.net/captcha.js" defer></script>',
        '<form method="post" action="/ajax/feedback.php">',
        '  <input name="name" placeholder="Ваше имя">',
        '  <textarea name="message" placeholder="Сообщение"></textarea>',
        '  <div id="captcha-container" class="smart-captcha" data-sitekey="ysc1_%s"></div>' % rs(rng, 40),
        '  <button type="submit">Отправить</button>',
        "</form>")


@N("ozon", "client_id_only")
def n_ozon_cfg(rng):
    return rng.choice(["config/marketplaces.yaml", "sync/config.yaml"]), J(
        "ozon:",
        "  client_id: \"%d\"" % rng.randrange(100000, 3000000),
        "  api_key_file: /run/secrets/ozon_api_key",
        "  warehouse_id: %d" % rng.randrange(10 ** 13, 10 ** 14),
        "wildberries:",
        "  supplier_id: %d" % rng.randrange(100000, 4000000),
        "  warehouse_id: %d" % rng.randrange(100000, 999999),
        "  token_file: /run/secrets/wb_token")


@N("wildberries", "nm_ids")
def n_wb_csv(rng):
    lines = ["nmID;vendorCode;barcode;price;discount"]
    for _ in range(rng.randrange(6, 14)):
        lines.append("%d;%s-%d;%d;%d;%d" % (rng.randrange(10 ** 7, 3 * 10 ** 8), rng.choice(["ART", "KD", "MB"]), rng.randrange(100, 9999),
                                            rng.randrange(2 * 10 ** 12, 3 * 10 ** 12), rng.randrange(300, 20000), rng.choice([0, 10, 15, 25, 30])))
    return rng.choice(["data/wb_prices.csv", "import/wb_cards.csv"]), "\n".join(lines) + "\n"


@N("yookassa", "notification_fixture")
def n_yk_notify(rng):
    pid = "%s-000f-5000-%s-%s" % (rs(rng, 8, HEXL), rng.choice(["8000", "9000", "a000"]), rs(rng, 12, HEXL))
    return rng.choice(["tests/fixtures/yookassa_succeeded.json", "tests/data/notification.json"]), json.dumps({
        "type": "notification", "event": "payment.succeeded",
        "object": {"id": pid, "status": "succeeded", "paid": True,
                   "amount": {"value": "%d.00" % rng.randrange(100, 50000), "currency": "RUB"},
                   "payment_method": {"type": "bank_card", "id": pid, "saved": False,
                                      "card": {"first6": "220220", "last4": "%04d" % rng.randrange(10000), "card_type": "Mir"}},
                   "created_at": "2024-%02d-%02dT10:%02d:00.000Z" % (rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(60)),
                   "metadata": {"order_id": str(rng.randrange(1000, 99999))},
                   "recipient": {"account_id": shop_id(rng), "gateway_id": shop_id(rng)}, "test": False}},
        ensure_ascii=False, indent=2) + "\n"


@N("tbank", "notification_signature")
def n_tb_notify(rng):
    return rng.choice(["tests/fixtures/tbank_notification.json", "tests/data/tinkoff_confirmed.json"]), json.dumps({
        "TerminalKey": g_terminal_key(rng), "OrderId": str(rng.randrange(10000, 99999)), "Success": True,
        "Status": "CONFIRMED", "PaymentId": rng.randrange(10 ** 9, 10 ** 10), "ErrorCode": "0",
        "Amount": rng.randrange(10000, 9000000), "CardId": rng.randrange(10 ** 8, 10 ** 9),
        "Pan": "220070******%04d" % rng.randrange(10000), "ExpDate": "%02d%02d" % (rng.randrange(1, 13), rng.randrange(25, 31)),
        "Token": sha256hex(rng)}, ensure_ascii=False, indent=2) + "\n"


@N("cloudpayments", "hmac_log")
def n_cp_log(rng):
    out = []
    for i in range(rng.randrange(3, 6)):
        out.append("2024-%02d-%02d %02d:%02d:%02d INFO  cp.webhook pay InvoiceId=%d TransactionId=%d Amount=%d.00 Content-HMAC=%s valid=true" % (
            rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(24), rng.randrange(60), rng.randrange(60),
            rng.randrange(1000, 99999), rng.randrange(10 ** 9, 4 * 10 ** 9), rng.randrange(100, 90000),
            base64.b64encode(rbytes(rng, 32)).decode()))
    return rng.choice(["logs/webhooks.log", "var/log/cloudpayments.log"]), "\n".join(out) + "\n"


@N("bitrix24", "portal_urls")
def n_b24_urls(rng):
    p = portal(rng)
    return rng.choice(["docs/crm.md", "docs/процессы-crm.md"]), J(
        "# Работа с CRM",
        "",
        "* Портал: https://%s/" % p,
        "* Сделки: https://%s/crm/deal/kanban/category/%d/" % (p, rng.randrange(0, 9)),
        "* Карточка лида: https://%s/crm/lead/details/%d/" % (p, rng.randrange(1000, 99999)),
        "* Документация REST: https://apidocs.bitrix24.ru/api-reference/crm/leads/crm-lead-add.html",
        "",
        "Вебхук хранится в менеджере секретов (`b24/webhook`), в репозиторий его не добавляем.",
        "Формат: `https://<портал>/rest/<id пользователя>/<секретный код>/<метод>.json`.")


@N("npm", "integrity_hashes")
def n_lock(rng):
    pk = []
    for name in rng.sample(["axios", "telegraf", "vk-io", "dotenv", "pino", "zod", "dayjs", "ioredis"], 4):
        ver = "%d.%d.%d" % (rng.randrange(1, 9), rng.randrange(20), rng.randrange(20))
        pk.append('    "node_modules/%s": {\n      "version": "%s",\n      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",\n      "integrity": "sha512-%s"\n    }' % (
            name, ver, name, name, ver, base64.b64encode(rbytes(rng, 64)).decode()))
    return "package-lock.json", '{\n  "name": "%s",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n%s\n  }\n}\n' % (proj(rng), ",\n".join(pk))


@N("go", "go_sum")
def n_gosum(rng):
    mods = ["github.com/go-telegram-bot-api/telegram-bot-api/v5 v5.5.1", "github.com/SevereCloud/vksdk/v2 v2.17.0",
            "github.com/yandex-cloud/go-sdk v0.0.0-20240318", "github.com/ydb-platform/ydb-go-sdk/v3 v3.57.0",
            "golang.org/x/net v0.23.0", "google.golang.org/grpc v1.62.1"]
    out = []
    for m in mods:
        out.append("%s h1:%s=" % (m, base64.b64encode(rbytes(rng, 32)).decode()[:43]))
        out.append("%s/go.mod h1:%s=" % (m, base64.b64encode(rbytes(rng, 32)).decode()[:43]))
    return "go.sum", "\n".join(out) + "\n"


@N("1c", "checksums")
def n_1c_sha(rng):
    v = "8.3.%d.%d" % (rng.randrange(20, 25), rng.randrange(1000, 2500))
    return rng.choice(["distr/SHA256SUMS", "ansible/roles/1c/files/checksums.txt"]), J(
        "%s  server64_%s.tar.gz" % (sha256hex(rng), v.replace(".", "_")),
        "%s  client64_%s.tar.gz" % (sha256hex(rng), v.replace(".", "_")),
        "%s  thin.client64_%s.tar.gz" % (sha256hex(rng), v.replace(".", "_")))


@N("1c", "commerceml_guids")
def n_cml(rng):
    items = []
    for _ in range(rng.randrange(2, 5)):
        items.append("      <Товар>\n        <Ид>%s</Ид>\n        <Артикул>%s-%d</Артикул>\n        <Наименование>%s</Наименование>\n        <БазоваяЕдиница Код=\"796\">шт</БазоваяЕдиница>\n      </Товар>" % (
            uuid4(rng), rng.choice(["ЛМ", "ПР", "КС"]), rng.randrange(100, 9999),
            rng.choice(["Саморез 4,2х16", "Кабель ВВГнг 3х2,5", "Светильник LED 36W", "Краска фасадная 10 л"])))
    return rng.choice(["upload/1c_catalog/import.xml", "tests/fixtures/import0_1.xml"]), (
        '<?xml version="1.0" encoding="UTF-8"?>\n<КоммерческаяИнформация ВерсияСхемы="2.10" ДатаФормирования="2024-%02d-%02dT12:00:00">\n' % (rng.randrange(1, 13), rng.randrange(1, 29)) +
        "  <Каталог СодержитТолькоИзменения=\"false\">\n    <Ид>%s</Ид>\n    <ИдКлассификатора>%s</ИдКлассификатора>\n    <Товары>\n" % (uuid4(rng), uuid4(rng)) +
        "\n".join(items) + "\n    </Товары>\n  </Каталог>\n</КоммерческаяИнформация>\n")


@N("1c", "v8i_no_password")
def n_v8i(rng):
    return rng.choice(["tools/1c/ibases.v8i", "deploy/1c/bases.v8i"]), J(
        "[Управление торговлей]",
        'Connect=Srvr="%s";Ref="ut_prod";' % rng.choice(["srv-1c", "1c-app01"]),
        "ID=%s" % uuid4(rng),
        "OrderInList=0",
        "Folder=/Рабочие",
        "External=0",
        "App=ThinClient",
        "WA=1",
        "Version=8.3")


@N("dadata", "response_fixture")
def n_dadata_resp(rng):
    return rng.choice(["tests/fixtures/dadata_party.json", "tests/data/suggest_party.json"]), json.dumps({"suggestions": [{
        "value": "ООО \"%s\"" % rng.choice(["Ромашка", "Вектор", "СтройТорг", "Меридиан"]),
        "data": {"inn": "77%08d" % rng.randrange(10 ** 8), "kpp": "77%07d" % rng.randrange(10 ** 7),
                 "ogrn": "11%011d" % rng.randrange(10 ** 11), "hid": sha256hex(rng),
                 "address": {"value": "г %s" % rng.choice(CITIES),
                             "data": {"fias_id": uuid4(rng), "kladr_id": "77000000000%06d" % rng.randrange(10 ** 6),
                                      "okato": "45%09d" % rng.randrange(10 ** 9), "oktmo": "45%06d" % rng.randrange(10 ** 6)}}}}]},
        ensure_ascii=False, indent=2) + "\n"


@N("telegram", "file_ids")
def n_tg_update(rng):
    return rng.choice(["tests/fixtures/update_photo.json", "tests/data/tg_update.json"]), json.dumps({
        "update_id": rng.randrange(10 ** 8, 10 ** 9),
        "message": {"message_id": rng.randrange(10, 9999), "chat": {"id": rng.randrange(10 ** 8, 10 ** 10), "type": "private"},
                    "date": ts(rng), "photo": [
                        {"file_id": "AgACAgIAAxkBAAI" + rs(rng, 60, B64U), "file_unique_id": "AQAD" + rs(rng, 12, B64U), "width": 90, "height": 67},
                        {"file_id": "AgACAgIAAxkBAAI" + rs(rng, 60, B64U), "file_unique_id": "AQAD" + rs(rng, 12, B64U), "width": 1280, "height": 960}],
                    "caption": "Фото накладной"}}, ensure_ascii=False, indent=2) + "\n"


@N("ssh", "public_keys")
def n_ssh(rng):
    return rng.choice(["ansible/group_vars/all/users.yml", "ansible/roles/users/defaults/main.yml"]), J(
        "users:",
        "  - name: deploy",
        "    groups: [docker]",
        "    authorized_keys:",
        "      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s deploy@ci" % rs(rng, 43, A62 + "+/"),
        "  - name: %s" % rng.choice(["ivanov", "petrova", "smirnov"]),
        "    groups: [sudo]",
        "    authorized_keys:",
        "      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@notebook" % (rs(rng, 43, A62 + "+/"), rng.choice(["ivanov", "petrova"])))


@N("git", "commit_shas")
def n_changelog(rng):
    out = ["# Изменения", ""]
    for i in range(rng.randrange(4, 8)):
        out.append("- %s %s" % (rs(rng, 40, HEXL)[:rng.choice([7, 40])], rng.choice([
            "Исправлен расчёт доставки", "Добавлена оплата через СБП", "Обновлён токен-рефреш amoCRM",
            "Переход на API ЮKassa v3", "Новый формат выгрузки в Ozon", "Кэширование подсказок DaData"])))
    return rng.choice(["CHANGELOG.md", "docs/changelog.md"]), "\n".join(out) + "\n"


@N("smsru", "sms_ids_log")
def n_sms_log(rng):
    out = []
    for _ in range(rng.randrange(3, 7)):
        out.append('[2024-%02d-%02d %02d:%02d] sms.ru to=%s status=OK sms_id=%06d-%d balance=%d.%02d' % (
            rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(24), rng.randrange(60), phone(rng),
            rng.randrange(10 ** 6), rng.randrange(10 ** 7, 10 ** 8), rng.randrange(10, 9999), rng.randrange(100)))
    return rng.choice(["logs/sms.log", "storage/logs/sms-2024.log"]), "\n".join(out) + "\n"


@N("docker", "image_digests")
def n_digests(rng):
    return rng.choice(["k8s/deployment.yaml", "deploy/k8s/bot.yaml"]), J(
        "apiVersion: apps/v1",
        "kind: Deployment",
        "metadata:",
        "  name: %s" % proj(rng),
        "spec:",
        "  replicas: 2",
        "  template:",
        "    spec:",
        "      containers:",
        "        - name: app",
        "          image: cr.yandex/%s/%s@sha256:%s" % (g_yc_id(rng, "crp"), proj(rng), sha256hex(rng)),
        "          envFrom:",
        "            - secretRef:",
        "                name: app-secrets",
        "        - name: nginx",
        "          image: nginx@sha256:%s" % sha256hex(rng))


@N("yandex_cloud", "s3_listing")
def n_s3_list(rng):
    out = []
    for _ in range(rng.randrange(4, 8)):
        out.append('{"Key": "photos/%d.jpg", "ETag": "\\"%s\\"", "Size": %d, "StorageClass": "STANDARD"}' % (
            rng.randrange(1000, 99999), rs(rng, 32, HEXL), rng.randrange(10000, 900000)))
    return rng.choice(["tests/fixtures/s3_list.jsonl", "data/bucket_inventory.jsonl"]), "\n".join(out) + "\n"


@N("payments", "transactions_sql")
def n_sql(rng):
    out = ["-- Тестовые транзакции для стенда", "INSERT INTO payments (id, provider, external_id, idempotence_key, rrn, pan_masked, amount) VALUES"]
    rows = []
    for i in range(rng.randrange(3, 6)):
        rows.append("  (%d, '%s', '%s', '%s', '%012d', '220220******%04d', %d.00)" % (
            i + 1, rng.choice(["yookassa", "tbank", "cloudpayments"]), "%s-000f-5000-8000-%s" % (rs(rng, 8, HEXL), rs(rng, 12, HEXL)),
            uuid4(rng), rng.randrange(10 ** 11, 10 ** 12), rng.randrange(10000), rng.randrange(100, 50000)))
    return rng.choice(["db/seeds/payments.sql", "migrations/seed_payments.sql"]), "\n".join(out) + "\n" + ",\n".join(rows) + ";\n"


@N("github_actions", "secret_refs")
def n_gha_refs(rng):
    return rng.choice([".github/workflows/deploy.yml", ".github/workflows/cd.yml"]), J(
        "name: Deploy to Yandex Cloud",
        "on: { push: { branches: [main] } }",
        "jobs:",
        "  deploy:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - name: Login to Yandex Container Registry",
        "        uses: yc-actions/yc-cr-login@v2",
        "        with:",
        "          yc-sa-json-credentials: ${{ secrets.YC_SA_JSON_CREDENTIALS }}",
        "      - name: Deploy serverless container",
        "        uses: yc-actions/yc-sls-container-deploy@v2",
        "        with:",
        "          yc-sa-json-credentials: ${{ secrets.YC_SA_JSON_CREDENTIALS }}",
        "          container-name: %s" % proj(rng),
        "          folder-id: %s" % folder(rng),
        "          revision-service-account-id: %s" % g_yc_id(rng, "aje"),
        "          revision-image-url: cr.yandex/%s/app:${{ github.sha }}" % g_yc_id(rng, "crp"),
        "          revision-env: |",
        "            BOT_TOKEN=${{ secrets.BOT_TOKEN }}")


@N("python", "hash_constants")
def n_py_hash(rng):
    return rng.choice(["tests/test_signature.py", "tests/test_tbank_token.py"]), J(
        "import hashlib",
        "",
        "from payments.tinkoff import _token",
        "",
        "# Эталонная подпись посчитана вручную по документации (пароль тестового терминала)",
        'EXPECTED = "%s"' % sha256hex(rng),
        "",
        "",
        "def test_token_is_sha256_hex():",
        '    t = _token({"TerminalKey": "TinkoffBankTest", "Amount": 19200, "OrderId": "21090"})',
        "    assert len(t) == 64",
        "",
        "",
        "def test_digest_of_empty():",
        '    assert hashlib.sha256(b"").hexdigest() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"')


@N("css", "data_uri")
def n_datauri(rng):
    return rng.choice(["local/templates/main/css/icons.css", "static/css/icons.css"]), J(
        "/* Иконки способов оплаты (встроены, чтобы не было лишних запросов) */",
        ".pay-icon--mir {",
        "  background-image: url(\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAg%s\");" % base64.b64encode(rbytes(rng, 120)).decode(),
        "  width: 32px;",
        "  height: 32px;",
        "}",
        ".pay-icon--sbp {",
        "  background-image: url(\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAg%s\");" % base64.b64encode(rbytes(rng, 120)).decode(),
        "}")


@N("nginx", "csp_hashes")
def n_nginx(rng):
    return rng.choice(["deploy/nginx/site.conf", "nginx/conf.d/shop.conf"]), J(
        "server {",
        "    listen 443 ssl http2;",
        "    server_name %s.ru;" % rng.choice(PORTALS),
        "    ssl_certificate     /etc/letsencrypt/live/site/fullchain.pem;",
        "    ssl_certificate_key /etc/letsencrypt/live/site/privkey.pem;",
        "    add_header Content-Security-Policy \"script-src 'self' https://mc.yandex.ru 'sha256-%s' 'sha256-%s'\";" % (
            base64.b64encode(rbytes(rng, 32)).decode(), base64.b64encode(rbytes(rng, 32)).decode()),
        "    location / {",
        "        proxy_pass http://app:8000;",
        "    }",
        "}")


@N("1c", "catalog_uuids")
def n_py_uuids(rng):
    return rng.choice(["integrations/onec_constants.py", "sync/ids.py"]), J(
        '"""Идентификаторы объектов 1С (Ref_Key), используемые при синхронизации."""',
        "",
        'ВИД_ЦЕН_РОЗНИЧНАЯ = "%s"' % uuid4(rng),
        'ВИД_ЦЕН_ОПТОВАЯ = "%s"' % uuid4(rng),
        'СКЛАД_ОСНОВНОЙ = "%s"' % uuid4(rng),
        'ОРГАНИЗАЦИЯ = "%s"' % uuid4(rng),
        'OZON_WAREHOUSE_ID = %d' % rng.randrange(10 ** 13, 10 ** 14))


@N("ozon", "postings_log")
def n_ozon_log(rng):
    out = []
    for _ in range(rng.randrange(4, 8)):
        out.append("%s INFO ozon.fbs posting=%d-%04d-%d status=awaiting_packaging sku=%d warehouse=%d" % (
            "2024-%02d-%02dT%02d:%02d:%02d" % (rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(24), rng.randrange(60), rng.randrange(60)),
            rng.randrange(10 ** 7, 10 ** 8), rng.randrange(10000), rng.randrange(1, 4), rng.randrange(10 ** 8, 2 * 10 ** 9), rng.randrange(10 ** 13, 10 ** 14)))
    return rng.choice(["logs/ozon-sync.log", "var/log/fbs.log"]), "\n".join(out) + "\n"


@N("vk", "callback_handler_env")
def n_vk_callback(rng):
    return rng.choice(["app/vk_callback.py", "bot/callback.py"]), J(
        "import os",
        "",
        "from flask import Flask, request",
        "",
        "app = Flask(__name__)",
        "",
        "# Секрет и токен берём только из окружения",
        'ТОКЕН_ГРУППЫ = os.getenv("VK_GROUP_TOKEN")',
        'СЕКРЕТ_CALLBACK = os.environ["VK_CALLBACK_SECRET"]',
        "GROUP_ID = %d" % rng.randrange(10000000, 229999999),
        "",
        "",
        '@app.post("/vk/callback")',
        "def callback():",
        "    data = request.get_json()",
        '    if data.get("secret") != СЕКРЕТ_CALLBACK:',
        '        return "forbidden", 403',
        '    if data["type"] == "confirmation":',
        '        return os.environ["VK_CONFIRMATION_CODE"]',
        '    return "ok"')


@N("yookassa", "payments_csv")
def n_yk_csv(rng):
    out = ["order_id;payment_id;idempotence_key;status;amount"]
    for _ in range(rng.randrange(5, 10)):
        out.append("%d;%s-000f-5000-%s-%s;%s;succeeded;%d.00" % (
            rng.randrange(1000, 99999), rs(rng, 8, HEXL), rng.choice(["8000", "9000", "a000"]), rs(rng, 12, HEXL), uuid4(rng), rng.randrange(100, 90000)))
    return rng.choice(["reports/payments_2024.csv", "exports/yookassa.csv"]), "\n".join(out) + "\n"


@N("gigachat", "request_ids")
def n_giga_log(rng):
    out = []
    for _ in range(rng.randrange(3, 6)):
        out.append("INFO gigachat: RqUID=%s x-request-id=%s model=GigaChat tokens=%d latency_ms=%d" % (
            uuid4(rng), uuid4(rng), rng.randrange(50, 3000), rng.randrange(200, 9000)))
    return rng.choice(["logs/llm.log", "var/log/assistant.log"]), "\n".join(out) + "\n"


@N("env", "example_file")
def n_env_example(rng):
    return rng.choice([".env.example", ".env.sample", "bot/.env.example"]), J(
        "# Скопируйте в .env и заполните значения",
        "TELEGRAM_BOT_TOKEN=",
        "YOOKASSA_SHOP_ID=%s" % shop_id(rng),
        "YOOKASSA_SECRET_KEY=",
        "YC_FOLDER_ID=%s" % folder(rng),
        "YC_API_KEY=<ключ сервисного аккаунта>",
        "DADATA_API_KEY=",
        "OZON_CLIENT_ID=%d" % rng.randrange(100000, 3000000),
        "OZON_API_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx")


# ================================================================= driver
def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env") or base.endswith(".env") or base == "env.template":
        return "env"
    if base in ("credentials",):
        return "ini"
    if base in ("SHA256SUMS",):
        return "txt"
    if "." in base.lstrip("."):
        return base.rsplit(".", 1)[-1].lower()
    return base.lower()


def needle_of(gen, v):
    if gen in ("yc_sa_key", "rustore"):
        return v[:64]
    return v


def is_blocked_env(path):
    base = path.rsplit("/", 1)[-1]
    if base in (".env.example", ".env.sample", ".env.template", ".env.dist"):
        return False
    return base == ".env" or base.startswith(".env.")


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def cycle(rng, items, n):
    out = []
    while len(out) < n:
        batch = list(items)
        rng.shuffle(batch)
        out.extend(batch)
    return out[:n]


def add_imports(text, lang):
    """a reference needs its import (os) where the template did not have one"""
    if lang == "py" and ("os.environ" in text or "os.getenv" in text) and "import os" not in text:
        lines = text.split("\n")
        at = 0
        if lines[0].startswith("# -*-"):
            at = 1
        if lines[at].startswith('"""'):
            j = at
            while not (lines[j].rstrip().endswith('"""') and (j > at or len(lines[j].strip()) > 3)):
                j += 1
            at = j + 1
        lines.insert(at, "import os")
        return "\n".join(lines)
    if lang == "go" and "os.Getenv" in text and '"os"' not in text:
        return text.replace("import (\n", 'import (\n\t"os"\n', 1)
    return text


def main(argv):
    global ENV_POS_COUNT
    if len(argv) != 3:
        sys.stderr.write("usage: gen_la.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    rng = random.Random(seed)
    ENV_POS_COUNT = 0
    manifest, secrets = [], []

    # positives
    for i, tpl in enumerate(cycle(rng, range(len(POS)), 500)):
        provider, kind, gen, lang, url, env, fn = POS[tpl]
        v = GEN[gen](rng)
        rel, text = fn(rng, v, False)
        needle = needle_of(gen, v)
        assert needle and needle in text, (fn.__name__, needle)
        idx = text.index(needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1], fn.__name__
        for doc in DOC_EXAMPLES.values():
            for d in doc:
                assert d not in text
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "pos", "provider": provider, "kind": kind, "filetype": filetype(rel)})
        secrets.append({"file": f, "needle": needle, "line": line})
    env_pos = sum(1 for m in manifest if is_blocked_env(m["file"]))
    assert env_pos <= 25, env_pos

    # negatives: half re-use positive templates, half look-alikes
    plan = [("reuse", t) for t in cycle(rng, range(len(POS)), 250)] + [("look", t) for t in cycle(rng, range(len(NEG)), 250)]
    rng.shuffle(plan)
    for i, (mode, tpl) in enumerate(plan):
        if mode == "reuse":
            provider, kind, gen, lang, url, env, fn = POS[tpl]
            v, cat = neg_value(rng, gen, lang, env or "SECRET_KEY", url)
            rel, text = fn(rng, v, True)
            if isinstance(v, Ref):
                text = add_imports(text, lang)
            kind = "%s:%s" % (cat, kind)
        else:
            provider, kind, fn = NEG[tpl]
            rel, text = fn(rng)
        assert not is_blocked_env(rel), rel
        f = "neg/n%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": provider, "kind": kind, "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")

    # re-read check of the needles
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8", newline="") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s["file"]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
