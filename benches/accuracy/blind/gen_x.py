#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Blind evaluation-set generator "x" for a git pre-commit secret scanner.

EMPHASIS
    Multilingual and non-English codebases: the same common credentials written
    by developers who name things and comment in their own languages.
    * identifiers in transliterated ASCII (mot_de_passe, senha_bd, passwort,
      haslo, sifre, mima, pasuwado, bimilbeonho, kata_sandi, mat_khau, rahasia,
      kunci, klyuch_api ...) and, where the syntax allows it, in native script
      (пароль, ключ_api, 密码, 密钥, パスワード, 비밀번호, contraseña, clé_api,
      şifre, mật_khẩu, كلمة_المرور, סיסמה, पासवर्ड ...);
    * comments/docstrings in zh, ja, ko, ru, es, pt, fr, de, tr, pl, vi, id,
      ar, he, hi (plus English), full-width punctuation (：，（）) in CJK comments
      and docs but never in code;
    * providers popular outside the US (Alibaba, Tencent, Baidu, Huawei, Yandex,
      VK, LINE, Kakao, Naver, WeChat/WeCom, DingTalk, Feishu, Qiniu, Mercado Pago,
      PagSeguro, Razorpay, Paytm, iyzico, YooKassa, Sber, QIWI, 1C, Alipay,
      DeepSeek/DashScope/Zhipu/Moonshot, Telegram) next to the global ones
      (AWS, GitHub, GitLab, Stripe, OpenAI, Anthropic, Slack, Twilio, SendGrid,
      Google, Azure, npm, Hugging Face) and plain passwords / URLs / PEM keys;
    * negatives that are hard *in this domain*: i18n resources whose values are
      the WORD "password/secret/key" in every language (strings.xml per locale,
      Localizable.strings, gettext .po, \\uXXXX-escaped resource bundles,
      vue-i18n JSON, YAML locales), validation messages and password-policy
      texts, placeholders written in the local language (请填写你的密钥,
      TU_CLAVE_AQUI, ВАШ_КЛЮЧ, votre_cle_api, SUA_CHAVE_AQUI,
      IHR_API_SCHLUESSEL ...), env lookups in each file type's own syntax,
      masked values, public ids (WeChat AppID, Alibaba AccessKey ID alone,
      Feishu cli_ ids, LINE channel ids, Kakao JavaScript keys, Razorpay key_id,
      Mercado Pago public keys, Alipay *public* keys ...), password hashes,
      digests, jasypt/SOPS/sealed-secrets/ansible-vault/KMS ciphertext, UUIDs,
      order numbers, public PEM keys and certificates, and long non-ASCII docs.

USAGE
    python3 gen_x.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relative path>, OUTDIR/neg/nNNNN/<relative path>
    (500 + 500 files, one file per directory), OUTDIR/manifest.jsonl
    ({"file","label","provider","kind","filetype"}) and OUTDIR/secrets.jsonl
    ({"file","needle","line"} for positives). Deterministic per SEED: the only
    randomness is random.Random(SEED). Standard library only. All files are
    written as UTF-8 (some with a UTF-8 BOM, as Windows editors leave them);
    GBK / Shift-JIS / EUC-KR encodings are deliberately NOT produced.

NEEDLE CONVENTIONS
    * needle = the secret substring exactly as written in the file, on exactly
      one line (1-based "line").
    * key pairs (AccessKey ID + secret, AppID + AppSecret, SecretId + SecretKey,
      key_id + key_secret ...): the needle is the SECRET half; the public
      identifier half may sit on a neighbouring line (it is not the needle).
    * connection URLs / DSNs / connection strings (postgres://, mysql+pymysql://,
      mongodb+srv://, redis://, amqp://, JDBC, ADO.NET, Azure storage
      connection strings, 1C "Srvr=..;Pwd=.." strings): the needle is the
      password / AccountKey part only, not the whole URL.
    * webhook URLs whose path is the credential (Slack incoming webhook, Feishu
      bot hook): the needle is the whole URL.
    * PEM private keys: the needle is one random base64 body line (the first
      body line for RSA/EC/PKCS#8, the second for OpenSSH whose first line is
      a fixed header). Alipay-style single-line PKCS#8 keys: the whole value.
    * Java .properties files: non-ASCII password characters are written as
      \\uXXXX escapes (as native2ascii / IDEs do); the needle is the ESCAPED
      text. XML values are XML-escaped (our alphabets avoid & < >).
    * Gmail app passwords are written in the 4x4 groups Google shows
      ("abcd efgh ijkl mnop" style, random letters); needle includes spaces.

DOUBTS (formats I am unsure of, and why)
    * Alibaba AccessKey ID "LTAI5t"+18 / secret 30 alnum: from memory of
      console output; older IDs were "LTAI"+12..20.
    * Tencent SecretId "AKID"+32 / SecretKey 32: docs only show masked samples.
    * Huawei AK 20 upper-alnum / SK 40 alnum: from memory, docs show ******.
    * Baidu AI API Key 24 / Secret Key 32 alnum; Baidu BCE AK/SK 32 hex: memory.
    * Yandex Cloud: API key "AQVN"+36, static key id "YCAJE"+20, static secret
      "YC"+38, OAuth "y0_Ag"+53 - lengths from memory of examples.
    * VK user tokens "vk1.a."+~200 url-safe chars and legacy 85-hex community
      tokens: length approximate.
    * LINE long-lived channel access token = 172-char standard base64 (incl.
      '+', '/', trailing '='): approximate.
    * Naver client secret = 10 chars [A-Za-z0-9_], client id 20: memory.
    * WeCom corpsecret 43 url-safe chars; DingTalk AppKey "ding"+16..20,
      AppSecret 64 url-safe, robot sign secret "SEC"+64 hex: memory.
    * Feishu app_secret = 32 alnum (docs sample is shorter, real ones 32).
    * PagSeguro: legacy token 32 upper-hex is well known; the newer ~100-char
      token (UUID + 64 hex) is a guess.
    * Paytm merchant key: 16 chars; real keys also contain '&' and '%', which
      I excluded so values survive XML/INI/shell quoting unchanged.
    * iyzico: production keys assumed 32 alnum, sandbox "sandbox-"+32.
    * YooKassa secret key "live_"/"test_"+43 url-safe chars (doc sample shape).
    * QIWI P2P secret key modelled as base64 of the JSON
      {"version":"P2P","data":{payin_merchant_site_uid,user_id,secret}}.
    * Sber acquiring API password and 1C infobase passwords have no provider
      format; they are modelled as generated / human passwords.
    * OpenAI project keys "sk-proj-"+74+"T3BlbkFJ"+74; Anthropic
      "sk-ant-api03-"+93+"AA"; GitHub fine-grained "github_pat_"+22+"_"+59
      (no checksum computed - I do not know if one exists); Stripe new-style
      "sk_live_51"+97. DeepSeek and DashScope both "sk-"+32 hex, Moonshot
      "sk-"+48 alnum, Zhipu "<32 hex>.<16 alnum>".
    * GitHub ghp_/gho_/ghu_/ghs_/ghr_ and npm_: CRC32 of the 30-char random
      part, base62 (0-9A-Za-z) into the last 6 chars, left-padded with '0'.
    * Label decisions: Kakao JavaScript keys, Stripe pk_live_, Mercado Pago
      APP_USR-<uuid> public keys, Razorpay key_id, Alipay public keys, QIWI
      public keys, WeChat AppIDs, Alibaba AccessKey IDs and Tencent SecretIds
      standing alone are NEGATIVES (public identifiers). Google "AIza" keys
      are always POSITIVES here; Firebase web config was left out on purpose
      because its label is disputable. AWS access key IDs only appear next to
      their secret (never as a lone negative); the same holds for Baidu "API
      Key" (really an OAuth client_id, but named like a secret), Qiniu
      AccessKey and Huawei AK, which in negatives are always env lookups.
      Alibaba LTAI ids, Tencent AKID SecretIds, Naver client ids, Yandex YCAJE
      key ids etc. DO appear alone in negatives as public identifiers.
      Identifier halves of a pair do appear in positives next to the secret
      (e.g. LTAI.. + secret): a scanner may report both lines; only the
      secret line is the needle. bcrypt/pbkdf2/argon2 hashes in
      "password" columns are negatives. Ciphertext (jasypt ENC(), SOPS,
      SealedSecret, ansible-vault, KMS blob) is negative only when the
      decryption key is not in the same file (it never is here).
    * The AWS documentation example key pair (AKIAIOSFODNN7EXAMPLE /
      wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY) is used as a test-vector
      negative; a scanner allow-listing it is behaving correctly.
"""
import base64
import json
import os
import string
import sys
import uuid as _uuid
import zlib
import random
from collections import Counter

R = random.Random(0)

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
LETTERS = string.ascii_letters
ALNUM = LETTERS + DIG
B62 = DIG + UPPER + LOWER
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
URLSAFE = ALNUM + "-_"
UPNUM = UPPER + DIG

BANNED = ["test", "demo", "pass", "abcd", "1234", "xxxx", "exampl", "fake",
          "dummy", "sampl", "qwer", "asdf", "secret", "admin", "0000", "aaaa",
          "fuck", "shit"]


def bad(s):
    low = s.lower()
    for b in BANNED:
        if b in low:
            return True
    run = 1
    for a, b in zip(s, s[1:]):
        if ord(b) - ord(a) == 1:
            run += 1
            if run >= 4:
                return True
        else:
            run = 1
    for i in range(len(s) - 3):
        if s[i] == s[i + 1] == s[i + 2] == s[i + 3]:
            return True
    return False


def rs(alpha, n):
    while True:
        s = "".join(R.choice(alpha) for _ in range(n))
        if not bad(s):
            return s


def digits(n):
    return R.choice("123456789") + rs(DIG, n - 1)


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(n):
    while True:
        s = base64.b64encode(rbytes(n)).decode()
        if not bad(s):
            return s


def ruuid():
    return str(_uuid.UUID(int=R.getrandbits(128), version=4))


def b62(n):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s or "0"


def crc_token(prefix):
    body = rs(ALNUM, 30)
    c = zlib.crc32(body.encode()) & 0xFFFFFFFF
    return prefix + body + b62(c).rjust(6, "0")


# ---------------------------------------------------------------- passwords
PW_FIRST = ["Marek", "Kasia", "Ahmet", "Yuki", "Minho", "Olga", "Diego", "Joao",
            "Lukas", "Thanh", "Budi", "Priya", "Wei", "Ana", "Sven", "Aylin",
            "Pierre", "Jana", "Omar", "Noa", "Ravi", "Linh", "Sakura", "Igor",
            "Lucia", "Mehmet", "Ingrid", "Zofia", "Kenji", "Jisoo", "Dimas",
            "Xiaoming", "Haruto", "Seojun", "Vova", "Rafa", "Bruna", "Elif"]
PW_WORDS = ["winter", "zima", "lato", "sonne", "verano", "inverno", "kedi",
            "sakura", "haneul", "solnce", "lua", "gato", "perro", "mar", "deniz",
            "hoa", "bunga", "tigre", "dragon", "porto", "lyon", "busan", "osaka",
            "hanoi", "bandung", "koala", "tulpe", "kwiat", "nehir", "mavi",
            "azul", "rouge", "noir", "kirsche", "pomelo", "mango", "chaika",
            "volna", "yama", "umi", "bada", "gunung", "laut", "sungai", "cielo",
            "estrela", "lune", "stern", "gwiazda", "yildiz", "xingxing",
            "panda", "baikal", "tatami", "kimchi", "feijoada", "paella"]
PW_SPEC = ".!@#_-*?+"
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def leet(w):
    out = []
    for ch in w:
        if ch in LEET and R.random() < 0.55:
            out.append(LEET[ch])
        else:
            out.append(ch)
    return "".join(out)


def human_pw(uri_safe=False):
    spec = ".!_-*+~" if uri_safe else PW_SPEC
    while True:
        y = str(R.choice(list(range(1972, 2006)) + list(range(2015, 2025))))
        n2 = str(R.randint(10, 99))
        f = R.choice(PW_FIRST)
        w = R.choice(PW_WORDS)
        w2 = R.choice(PW_WORDS)
        sp = R.choice(spec)
        pat = R.randrange(8)
        if pat == 0:
            s = f + sp + y + w
        elif pat == 1:
            s = w.capitalize() + n2 + sp
        elif pat == 2:
            s = leet(w).capitalize() + sp + str(R.randint(1, 9)) + leet(w2)
        elif pat == 3:
            s = w.capitalize() + sp + y
        elif pat == 4:
            s = w.capitalize() + w2.capitalize() + "_" + y
        elif pat == 5:
            s = w + n2 + w2 + sp
        elif pat == 6:
            s = f.lower() + sp + w.capitalize() + n2
        else:
            s = f + y[2:] + sp + w.upper()[:R.randint(3, 5)]
        if len(s) >= 9 and "password" not in s.lower() and "1234" not in s:
            return s


def gen_pw(uri_safe=False):
    spec = "._-~!*" if uri_safe else "!@#*_-.+=?"
    while True:
        n = R.randint(14, 24)
        s = "".join(R.choice(ALNUM + spec) if R.random() < 0.85 else R.choice(spec)
                    for _ in range(n))
        if (any(c in DIG for c in s) and any(c in UPPER for c in s)
                and any(c in LOWER for c in s) and not bad(s)):
            return s


def any_pw(uri_safe=False):
    return human_pw(uri_safe) if R.random() < 0.55 else gen_pw(uri_safe)


UNI_WORDS = ["Wisła", "Kraków", "Çiçek", "Güneş", "Müller", "Straße", "Ñandú",
             "Pão", "Ação", "Été", "Ánimo", "Żubr", "Łódź", "Øresund", "Hjärta",
             "Kočka", "Солнце", "Зима", "Котик", "Ромашка", "Берёза", "Tiếng",
             "Göteborg", "Iğdır", "Señor", "Crème", "Ölüdeniz", "Ελιά"]


def uni_pw():
    w = R.choice(UNI_WORDS)
    y = str(R.randint(1975, 2023))
    pat = R.randrange(4)
    if pat == 0:
        return w + R.choice("#!._") + y + R.choice(PW_WORDS)
    if pat == 1:
        return R.choice(PW_FIRST) + "." + w.lower() + y[2:]
    if pat == 2:
        return w + y + R.choice("!?*")
    return R.choice(PW_WORDS).capitalize() + "_" + w + str(R.randint(10, 99))


# ---------------------------------------------------------------- tokens
def g_aws(): return rs(ALNUM + "/+", 40)
def g_aws_id(): return "AKIA" + rs(UPPER + "234567", 16)
def g_ghp(): return crc_token(R.choice(["ghp_", "ghp_", "ghp_", "ghu_", "ghs_"]))
def g_gho(): return crc_token(R.choice(["gho_", "gho_", "ghr_"]))
def g_ghfg(): return "github_pat_" + rs(ALNUM, 22) + "_" + rs(ALNUM, 59)
def g_glpat(): return "glpat-" + rs(ALNUM + "-_", 20)
def g_stripe():
    return "sk_live_" + (rs(ALNUM, 24) if R.random() < 0.35 else "51" + rs(ALNUM, 97))
def g_stripe_rk(): return "rk_live_51" + rs(ALNUM, 97)
def g_openai():
    if R.random() < 0.8:
        return "sk-proj-" + rs(URLSAFE, 74) + "T3BlbkFJ" + rs(URLSAFE, 74)
    return "sk-" + rs(ALNUM, 20) + "T3BlbkFJ" + rs(ALNUM, 20)
def g_anthropic(): return "sk-ant-api03-" + rs(URLSAFE, 93) + "AA"
def g_slack_bot():
    return "xoxb-" + digits(R.choice([11, 12, 13])) + "-" + digits(13) + "-" + rs(ALNUM, 24)
def g_slack_hook():
    return ("https://hooks.slack.com/services/T" + rs(UPNUM, R.choice([8, 10])) + "/B"
            + rs(UPNUM, R.choice([8, 10, 11])) + "/" + rs(ALNUM, 24))
def g_twilio(): return rs(HEX, 32)
def g_twilio_sid(): return "AC" + rs(HEX, 32)
def g_sendgrid(): return "SG." + rs(URLSAFE, 22) + "." + rs(URLSAFE, 43)
def g_gapi(): return "AIzaSy" + rs(URLSAFE, 33)
def g_gocspx(): return "GOCSPX-" + rs(URLSAFE, 28)
def g_gclient(): return digits(12) + "-" + rs(LOWER + DIG, 32) + ".apps.googleusercontent.com"
def g_gmail_app(): return " ".join(rs(LOWER, 4) for _ in range(4))
def g_azure_storage():
    while True:
        s = base64.b64encode(rbytes(64)).decode()
        if not bad(s):
            return s
def g_azure_cs(): return rs(ALNUM, 3) + "8Q~" + rs(ALNUM + "_.~-", 34)
def g_ali_id(): return "LTAI5t" + rs(ALNUM, 18)
def g_ali_secret(): return rs(ALNUM, 30)
def g_tc_id(): return "AKID" + rs(ALNUM, 32)
def g_tc_key(): return rs(ALNUM, 32)
def g_bd_key(): return rs(ALNUM, 24)
def g_bd_secret(): return rs(ALNUM, 32)
def g_bce(): return rs(HEX, 32)
def g_hw_ak(): return rs(UPNUM, 20)
def g_hw_sk(): return rs(ALNUM, 40)
def g_yc_api(): return "AQVN" + rs(URLSAFE, 36)
def g_yc_sid(): return "YCAJE" + rs(URLSAFE, 20)
def g_yc_sec(): return "YC" + rs(URLSAFE, 38)
def g_yc_oauth(): return "y0_Ag" + rs(URLSAFE, 53)
def g_yc_folder(): return "b1g" + rs(LOWER + DIG, 17)
def g_vk(): return "vk1.a." + rs(URLSAFE, R.randint(190, 214))
def g_vk_legacy(): return rs(HEX, 85)
def g_line_secret(): return rs(HEX, 32)
def g_line_token(): return b64(128)
def g_line_id(): return digits(10)
def g_kakao(): return rs(HEX, 32)
def g_naver_id(): return rs(ALNUM + "_", 20)
def g_naver_secret(): return rs(ALNUM + "_", 10)
def g_wx_id(): return "wx" + rs(HEX, 16)
def g_wx_secret(): return rs(HEX, 32)
def g_wxpay_key(): return rs(ALNUM, 32)
def g_mch_id(): return "16" + rs(DIG, 8)
def g_ww_id(): return "ww" + rs(HEX, 16)
def g_wecom_secret(): return rs(URLSAFE, 43)
def g_ding_key(): return "ding" + rs(LOWER + DIG, R.choice([16, 18, 20]))
def g_ding_secret(): return rs(URLSAFE, 64)
def g_ding_sign(): return "SEC" + rs(HEX, 64)
def g_fs_id(): return "cli_" + rs(HEX, 16)
def g_fs_secret(): return rs(ALNUM, 32)
def g_fs_hook(): return "https://open.feishu.cn/open-apis/bot/v2/hook/" + ruuid()
def g_mp():
    pre = "APP_USR-" if R.random() < 0.8 else "TEST-"
    mmddyy = "%02d%02d%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(19, 25))
    return pre + digits(16) + "-" + mmddyy + "-" + rs(HEX, 32) + "-" + digits(9)
def g_mp_pub(): return R.choice(["APP_USR-", "APP_USR-", "TEST-"]) + ruuid()
def g_pagseguro():
    if R.random() < 0.6:
        return rs(UHEX, 32)
    return ruuid() + rs(HEX, 64)
def g_rzp_id(): return "rzp_live_" + rs(ALNUM, 14)
def g_rzp_secret(): return rs(ALNUM, 24)
def g_paytm_mid(): return rs(LETTERS, 6) + rs(DIG, 14)
def g_paytm_key():
    while True:
        s = rs(ALNUM + "@#_!", 16)
        if any(c in "@#_!" for c in s):
            return s
def g_iyzico(): return ("sandbox-" if R.random() < 0.35 else "") + rs(ALNUM, 32)
def g_yookassa(): return R.choice(["live_", "live_", "test_"]) + rs(URLSAFE, 43)
def g_sber_pw(): return gen_pw() if R.random() < 0.6 else human_pw()
def g_qiwi():
    site = rs(LOWER + DIG, 6) + "-" + "%02d" % R.randint(0, 20)
    payload = {"version": "P2P", "data": {"payin_merchant_site_uid": site,
               "user_id": "79" + rs(DIG, 9), "secret": rs(HEX, 64)}}
    return base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode()
def g_qiwi_pub():
    return "48e7qUxn9T7RyYE1MVZswX1FRSbE6iyCj2gCRwwF3Dnh5XrasNTx3BGPiMsyXQFNKQhvukniQG8RTVhYm3iP" + rs(ALNUM, R.randint(20, 40))
def g_tg(): return digits(R.choice([9, 10])) + ":AA" + rs(URLSAFE, 33)
def g_npm(): return crc_token("npm_")
def g_hex_sk(): return "sk-" + rs(HEX, 32)
def g_zhipu(): return rs(HEX, 32) + "." + rs(ALNUM, 16)
def g_moon(): return "sk-" + rs(ALNUM, 48)
def g_qiniu(): return rs(URLSAFE, 40)
def g_hf(): return "hf_" + rs(LETTERS, 34)
def g_jwt():
    p = R.randrange(3)
    if p == 0:
        return rs(HEX, 64)
    if p == 1:
        return b64(32)
    return rs(ALNUM, R.randint(32, 48))
def g_django():
    return ("django-insecure-" if R.random() < 0.3 else "") + rs(LOWER + DIG + "!@#%^&*(-_=+)", 50)
def g_laravel(): return "base64:" + b64(32)
def g_flask(): return R.choice([rs(HEX, 64), rs(HEX, 32), rs(URLSAFE, 43)])
def g_alipay_priv():
    return "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + rs(ALNUM + "+/", 1574)
def g_alipay_pub():
    return "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(ALNUM + "+/", 342) + "IDAQAB"
def g_bcrypt():
    return "$2a$10$" + rs(ALNUM + "./", 53)


# ---------------------------------------------------------------- languages
PH_KEYS = ["db", "mail", "pay", "cloud", "api", "prod", "dev", "todo", "console",
           "noshare", "cache", "bot", "llm", "admin", "env", "init", "timeout",
           "storage", "sms", "login", "temp"]
PH_RAW = {
    "zh": ["数据库配置", "邮件发送配置（SMTP）", "支付相关配置", "云服务访问凭证",
           "第三方接口配置", "生产环境", "开发环境，本地调试用",
           "TODO：上线前改成从环境变量读取", "在控制台“访问管理”里获取",
           "注意：请勿外传！", "缓存配置", "群机器人通知", "大模型接口配置",
           "默认管理员账号", "从环境变量读取，不要写死", "初始化客户端",
           "超时时间（秒）", "对象存储配置", "短信服务", "登录相关",
           "临时用一下，之后删掉"],
    "ja": ["データベース設定", "メール送信設定（SMTP）", "決済設定", "クラウドの認証情報",
           "外部API設定", "本番環境", "開発環境（ローカル確認用）",
           "TODO：リリース前に環境変数に移す", "管理コンソールから取得",
           "※外部に共有しないこと", "キャッシュ設定", "Bot通知", "LLM API設定",
           "初期管理者アカウント", "環境変数から読み込む", "クライアントを初期化",
           "タイムアウト（秒）", "オブジェクトストレージ設定", "SMS送信",
           "ログイン関連", "一時的な設定、あとで消す"],
    "ko": ["데이터베이스 설정", "메일 발송 설정 (SMTP)", "결제 설정", "클라우드 인증 정보",
           "외부 API 설정", "운영 환경", "개발 환경 (로컬 테스트용)",
           "TODO: 배포 전에 환경 변수로 옮기기", "개발자 콘솔에서 발급",
           "외부 공유 금지!", "캐시 설정", "봇 알림", "LLM API 설정",
           "기본 관리자 계정", "환경 변수에서 읽어옴", "클라이언트 초기화",
           "타임아웃(초)", "오브젝트 스토리지 설정", "문자 발송", "로그인 관련",
           "임시 설정, 나중에 삭제"],
    "ru": ["Настройки базы данных", "Настройки отправки почты (SMTP)",
           "Настройки платежей", "Учётные данные облака", "Настройки внешнего API",
           "Боевое окружение", "Окружение разработки, для локальной отладки",
           "TODO: перед релизом вынести в переменные окружения",
           "Берётся в консоли управления", "Не передавать третьим лицам!",
           "Настройки кэша", "Уведомления в бот", "Настройки LLM API",
           "Учётка администратора по умолчанию", "Читаем из переменных окружения",
           "Инициализация клиента", "Таймаут (сек)", "Объектное хранилище",
           "Отправка СМС", "Вход в систему", "Временно, потом удалить"],
    "es": ["Configuración de la base de datos", "Configuración del correo (SMTP)",
           "Configuración de pagos", "Credenciales de la nube",
           "Configuración de la API externa", "Entorno de producción",
           "Entorno de desarrollo, solo para pruebas locales",
           "TODO: mover a variables de entorno antes de publicar",
           "Se obtiene en la consola del proveedor", "¡No compartir!",
           "Configuración de caché", "Notificaciones del bot",
           "Configuración de la API de LLM", "Cuenta de administrador por defecto",
           "Se lee de las variables de entorno", "Inicializar el cliente",
           "Tiempo de espera (segundos)", "Almacenamiento de objetos",
           "Envío de SMS", "Inicio de sesión", "Temporal, borrar después"],
    "pt": ["Configuração do banco de dados", "Configuração de e-mail (SMTP)",
           "Configuração de pagamentos", "Credenciais da nuvem",
           "Configuração da API externa", "Ambiente de produção",
           "Ambiente de desenvolvimento, só para testes locais",
           "TODO: mover para variáveis de ambiente antes do deploy",
           "Obtido no painel do provedor", "Não compartilhar!",
           "Configuração de cache", "Notificações do bot",
           "Configuração da API de LLM", "Conta de administrador padrão",
           "Lido das variáveis de ambiente", "Inicializa o cliente",
           "Tempo limite (segundos)", "Armazenamento de objetos", "Envio de SMS",
           "Login", "Temporário, apagar depois"],
    "fr": ["Configuration de la base de données", "Configuration de l’envoi d’e-mails (SMTP)",
           "Configuration des paiements", "Identifiants cloud",
           "Configuration de l’API externe", "Environnement de production",
           "Environnement de développement, pour les tests en local",
           "TODO : passer par des variables d’environnement avant la mise en prod",
           "À récupérer dans la console du fournisseur", "Ne pas partager !",
           "Configuration du cache", "Notifications du bot",
           "Configuration de l’API LLM", "Compte administrateur par défaut",
           "Lu depuis les variables d’environnement", "Initialisation du client",
           "Délai d’expiration (secondes)", "Stockage objet", "Envoi de SMS",
           "Connexion", "Temporaire, à supprimer"],
    "de": ["Datenbank-Konfiguration", "E-Mail-Versand (SMTP)",
           "Zahlungs-Konfiguration", "Cloud-Zugangsdaten",
           "Konfiguration der externen API", "Produktivumgebung",
           "Entwicklungsumgebung, nur für lokale Tests",
           "TODO: vor dem Release in Umgebungsvariablen auslagern",
           "Aus der Konsole des Anbieters", "Nicht weitergeben!",
           "Cache-Einstellungen", "Bot-Benachrichtigungen", "LLM-API-Konfiguration",
           "Standard-Administratorkonto", "Wird aus Umgebungsvariablen gelesen",
           "Client initialisieren", "Zeitüberschreitung (Sekunden)", "Objektspeicher",
           "SMS-Versand", "Anmeldung", "Vorübergehend, später löschen"],
    "tr": ["Veritabanı ayarları", "E-posta gönderim ayarları (SMTP)", "Ödeme ayarları",
           "Bulut erişim bilgileri", "Harici API ayarları", "Canlı ortam",
           "Geliştirme ortamı, sadece yerel test için",
           "TODO: yayından önce ortam değişkenine taşı", "Sağlayıcı konsolundan alınır",
           "Kimseyle paylaşmayın!", "Önbellek ayarları", "Bot bildirimleri",
           "LLM API ayarları", "Varsayılan yönetici hesabı",
           "Ortam değişkenlerinden okunur", "İstemciyi başlat",
           "Zaman aşımı (saniye)", "Nesne depolama", "SMS gönderimi",
           "Giriş işlemleri", "Geçici, sonra silinecek"],
    "pl": ["Konfiguracja bazy danych", "Konfiguracja wysyłki e-maili (SMTP)",
           "Konfiguracja płatności", "Dane dostępowe do chmury",
           "Konfiguracja zewnętrznego API", "Środowisko produkcyjne",
           "Środowisko deweloperskie, tylko do testów lokalnych",
           "TODO: przed wdrożeniem przenieść do zmiennych środowiskowych",
           "Do pobrania z konsoli dostawcy", "Nie udostępniać!", "Ustawienia cache",
           "Powiadomienia bota", "Konfiguracja API LLM", "Domyślne konto administratora",
           "Odczytywane ze zmiennych środowiskowych", "Inicjalizacja klienta",
           "Limit czasu (sekundy)", "Magazyn obiektów", "Wysyłka SMS", "Logowanie",
           "Tymczasowo, potem usunąć"],
    "vi": ["Cấu hình cơ sở dữ liệu", "Cấu hình gửi email (SMTP)", "Cấu hình thanh toán",
           "Thông tin xác thực đám mây", "Cấu hình API bên ngoài", "Môi trường production",
           "Môi trường phát triển, chỉ dùng để test local",
           "TODO: chuyển sang biến môi trường trước khi deploy",
           "Lấy từ trang quản trị của nhà cung cấp", "Không được chia sẻ!",
           "Cấu hình bộ nhớ đệm", "Thông báo qua bot", "Cấu hình API LLM",
           "Tài khoản quản trị mặc định", "Đọc từ biến môi trường", "Khởi tạo client",
           "Thời gian chờ (giây)", "Lưu trữ đối tượng", "Gửi SMS", "Đăng nhập",
           "Tạm thời, xóa sau"],
    "id": ["Konfigurasi basis data", "Konfigurasi pengiriman email (SMTP)",
           "Konfigurasi pembayaran", "Kredensial cloud", "Konfigurasi API eksternal",
           "Lingkungan produksi", "Lingkungan pengembangan, hanya untuk tes lokal",
           "TODO: pindahkan ke variabel lingkungan sebelum rilis",
           "Diambil dari konsol penyedia", "Jangan dibagikan!", "Pengaturan cache",
           "Notifikasi bot", "Konfigurasi API LLM", "Akun admin bawaan",
           "Dibaca dari variabel lingkungan", "Inisialisasi klien",
           "Batas waktu (detik)", "Penyimpanan objek", "Pengiriman SMS", "Login",
           "Sementara, nanti dihapus"],
    "ar": ["إعدادات قاعدة البيانات", "إعدادات إرسال البريد (SMTP)", "إعدادات الدفع",
           "بيانات اعتماد السحابة", "إعدادات الواجهة البرمجية الخارجية", "بيئة الإنتاج",
           "بيئة التطوير، للاختبار المحلي فقط", "TODO: نقلها إلى متغيرات البيئة قبل النشر",
           "يتم الحصول عليه من لوحة التحكم", "لا تشاركه مع أحد!", "إعدادات التخزين المؤقت",
           "إشعارات البوت", "إعدادات واجهة LLM", "حساب المدير الافتراضي",
           "يُقرأ من متغيرات البيئة", "تهيئة العميل", "مهلة الانتظار (بالثواني)",
           "تخزين الكائنات", "إرسال الرسائل القصيرة", "تسجيل الدخول", "مؤقت، يُحذف لاحقًا"],
    "he": ["הגדרות מסד נתונים", "הגדרות שליחת דואר (SMTP)", "הגדרות תשלומים",
           "פרטי גישה לענן", "הגדרות API חיצוני", "סביבת ייצור",
           "סביבת פיתוח, לבדיקות מקומיות בלבד", "TODO: להעביר למשתני סביבה לפני העלייה לאוויר",
           "מתקבל מקונסולת הספק", "לא לשתף!", "הגדרות מטמון", "התראות בוט",
           "הגדרות API של LLM", "חשבון מנהל ברירת מחדל", "נקרא ממשתני סביבה",
           "אתחול הלקוח", "זמן קצוב (שניות)", "אחסון אובייקטים", "שליחת SMS",
           "התחברות", "זמני, למחוק אחר כך"],
    "hi": ["डेटाबेस कॉन्फ़िगरेशन", "ईमेल भेजने की सेटिंग (SMTP)", "भुगतान सेटिंग",
           "क्लाउड क्रेडेंशियल", "बाहरी API सेटिंग", "प्रोडक्शन एनवायरनमेंट",
           "डेवलपमेंट एनवायरनमेंट, सिर्फ़ लोकल टेस्ट के लिए",
           "TODO: रिलीज़ से पहले एनवायरनमेंट वेरिएबल में डालें", "प्रोवाइडर के कंसोल से मिलता है",
           "किसी के साथ साझा न करें!", "कैश सेटिंग", "बॉट सूचनाएँ", "LLM API सेटिंग",
           "डिफ़ॉल्ट एडमिन खाता", "एनवायरनमेंट वेरिएबल से पढ़ा जाता है", "क्लाइंट शुरू करें",
           "टाइमआउट (सेकंड)", "ऑब्जेक्ट स्टोरेज", "SMS भेजना", "लॉगिन", "अस्थायी, बाद में हटाएँ"],
    "en": ["Database settings", "Mail (SMTP) settings", "Payment settings",
           "Cloud credentials", "Third-party API settings", "Production",
           "Development, local debugging only", "TODO: move to env vars before release",
           "Taken from the provider console", "Do not share!", "Cache settings",
           "Bot notifications", "LLM API settings", "Default admin account",
           "Read from environment variables", "Init client", "Timeout (seconds)",
           "Object storage", "SMS", "Login", "Temporary, remove later"],
}
PH = {k: dict(zip(PH_KEYS, v)) for k, v in PH_RAW.items()}
COMMENT_LANGS = ["zh", "ja", "ko", "ru", "es", "pt", "fr", "de", "tr", "pl", "vi",
                 "id", "ar", "he", "hi", "en"]
NAME_ONLY_LANGS = ["nl", "cs", "it", "fi", "sv", "da", "hu", "ro"]
LANG_W = [16, 8, 7, 10, 8, 7, 5, 6, 5, 4, 4, 4, 2, 2, 3, 4]


def ph(lang, key):
    return PH.get(lang, PH["en"]).get(key, PH["en"][key])


UI_KEYS = ["password", "forgot", "enter", "required", "policy", "confirm", "wrong",
           "apikey", "secretkey", "expired", "show"]
UI_RAW = {
    "zh": ["密码", "忘记密码？", "请输入密码", "密码不能为空", "密码长度至少为8位，且必须包含字母和数字",
           "确认密码", "用户名或密码错误", "API 密钥", "密钥", "登录已过期，请重新登录", "显示密码"],
    "ja": ["パスワード", "パスワードをお忘れですか？", "パスワードを入力してください", "パスワードは必須です",
           "パスワードは8文字以上で、英字と数字を含める必要があります", "パスワード（確認）",
           "ユーザー名またはパスワードが正しくありません", "APIキー", "シークレットキー",
           "セッションの有効期限が切れました。再度ログインしてください", "パスワードを表示"],
    "ko": ["비밀번호", "비밀번호를 잊으셨나요?", "비밀번호를 입력하세요", "비밀번호는 필수 항목입니다",
           "비밀번호는 8자 이상이며 영문과 숫자를 포함해야 합니다", "비밀번호 확인",
           "아이디 또는 비밀번호가 올바르지 않습니다", "API 키", "시크릿 키",
           "세션이 만료되었습니다. 다시 로그인해 주세요", "비밀번호 표시"],
    "ru": ["Пароль", "Забыли пароль?", "Введите пароль", "Пароль обязателен",
           "Пароль должен содержать не менее 8 символов, буквы и цифры", "Подтвердите пароль",
           "Неверный логин или пароль", "API-ключ", "Секретный ключ",
           "Сессия истекла, войдите снова", "Показать пароль"],
    "es": ["Contraseña", "¿Olvidaste tu contraseña?", "Introduce tu contraseña",
           "La contraseña es obligatoria", "La contraseña debe tener al menos 8 caracteres, letras y números",
           "Confirmar contraseña", "Usuario o contraseña incorrectos", "Clave de API", "Clave secreta",
           "La sesión ha expirado, vuelve a iniciar sesión", "Mostrar contraseña"],
    "pt": ["Senha", "Esqueceu a senha?", "Digite sua senha", "A senha é obrigatória",
           "A senha deve ter pelo menos 8 caracteres, com letras e números", "Confirmar senha",
           "Usuário ou senha inválidos", "Chave da API", "Chave secreta",
           "Sua sessão expirou, faça login novamente", "Mostrar senha"],
    "fr": ["Mot de passe", "Mot de passe oublié ?", "Saisissez votre mot de passe",
           "Le mot de passe est obligatoire",
           "Le mot de passe doit contenir au moins 8 caractères, dont des lettres et des chiffres",
           "Confirmer le mot de passe", "Identifiant ou mot de passe incorrect", "Clé API", "Clé secrète",
           "Votre session a expiré, veuillez vous reconnecter", "Afficher le mot de passe"],
    "de": ["Passwort", "Passwort vergessen?", "Bitte Passwort eingeben", "Passwort ist erforderlich",
           "Das Passwort muss mindestens 8 Zeichen lang sein und Buchstaben sowie Ziffern enthalten",
           "Passwort bestätigen", "Benutzername oder Passwort ist falsch", "API-Schlüssel",
           "Geheimer Schlüssel", "Sitzung abgelaufen, bitte erneut anmelden", "Passwort anzeigen"],
    "tr": ["Şifre", "Şifrenizi mi unuttunuz?", "Lütfen şifrenizi girin", "Şifre zorunludur",
           "Şifre en az 8 karakter olmalı, harf ve rakam içermelidir", "Şifreyi onayla",
           "Kullanıcı adı veya şifre hatalı", "API anahtarı", "Gizli anahtar",
           "Oturumunuzun süresi doldu, lütfen tekrar giriş yapın", "Şifreyi göster"],
    "pl": ["Hasło", "Nie pamiętasz hasła?", "Wpisz hasło", "Hasło jest wymagane",
           "Hasło musi mieć co najmniej 8 znaków, w tym litery i cyfry", "Potwierdź hasło",
           "Nieprawidłowy login lub hasło", "Klucz API", "Klucz tajny",
           "Sesja wygasła, zaloguj się ponownie", "Pokaż hasło"],
    "vi": ["Mật khẩu", "Quên mật khẩu?", "Vui lòng nhập mật khẩu", "Mật khẩu là bắt buộc",
           "Mật khẩu phải có ít nhất 8 ký tự, gồm chữ và số", "Xác nhận mật khẩu",
           "Tên đăng nhập hoặc mật khẩu không đúng", "Khóa API", "Khóa bí mật",
           "Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại", "Hiện mật khẩu"],
    "id": ["Kata sandi", "Lupa kata sandi?", "Masukkan kata sandi", "Kata sandi wajib diisi",
           "Kata sandi minimal 8 karakter dan harus berisi huruf serta angka", "Konfirmasi kata sandi",
           "Nama pengguna atau kata sandi salah", "Kunci API", "Kunci rahasia",
           "Sesi Anda telah berakhir, silakan masuk kembali", "Tampilkan kata sandi"],
    "ar": ["كلمة المرور", "هل نسيت كلمة المرور؟", "أدخل كلمة المرور", "كلمة المرور مطلوبة",
           "يجب أن تتكون كلمة المرور من 8 أحرف على الأقل وتحتوي على حروف وأرقام", "تأكيد كلمة المرور",
           "اسم المستخدم أو كلمة المرور غير صحيحة", "مفتاح API", "المفتاح السري",
           "انتهت الجلسة، يرجى تسجيل الدخول مرة أخرى", "إظهار كلمة المرور"],
    "he": ["סיסמה", "שכחת סיסמה?", "הזן סיסמה", "שדה הסיסמה הוא חובה",
           "הסיסמה חייבת להכיל לפחות 8 תווים, אותיות וספרות", "אימות סיסמה",
           "שם משתמש או סיסמה שגויים", "מפתח API", "מפתח סודי",
           "פג תוקף ההתחברות, יש להתחבר מחדש", "הצג סיסמה"],
    "hi": ["पासवर्ड", "पासवर्ड भूल गए?", "कृपया पासवर्ड दर्ज करें", "पासवर्ड आवश्यक है",
           "पासवर्ड कम से कम 8 अक्षरों का होना चाहिए और उसमें अक्षर व अंक दोनों हों",
           "पासवर्ड की पुष्टि करें", "उपयोगकर्ता नाम या पासवर्ड गलत है", "API कुंजी", "गुप्त कुंजी",
           "सत्र समाप्त हो गया है, कृपया फिर से लॉगिन करें", "पासवर्ड दिखाएँ"],
    "en": ["Password", "Forgot password?", "Enter your password", "Password is required",
           "Password must be at least 8 characters and contain letters and numbers",
           "Confirm password", "Invalid username or password", "API key", "Secret key",
           "Your session has expired, please sign in again", "Show password"],
}
UI = {k: dict(zip(UI_KEYS, v)) for k, v in UI_RAW.items()}
# android values-XX, iOS XX.lproj, gettext/bundle XX
LOCALE = {"zh": ("zh-rCN", "zh-Hans", "zh_CN"), "ja": ("ja", "ja", "ja"),
          "ko": ("ko", "ko", "ko"), "ru": ("ru", "ru", "ru"), "es": ("es", "es", "es"),
          "pt": ("pt-rBR", "pt-BR", "pt_BR"), "fr": ("fr", "fr", "fr"),
          "de": ("de", "de", "de"), "tr": ("tr", "tr", "tr"), "pl": ("pl", "pl", "pl"),
          "vi": ("vi", "vi", "vi"), "id": ("in", "id", "id"), "ar": ("ar", "ar", "ar"),
          "he": ("iw", "he", "he"), "hi": ("hi", "hi", "hi"), "en": ("en", "en", "en")}
BCP = {"zh": "zh-CN", "ja": "ja-JP", "ko": "ko-KR", "ru": "ru-RU", "es": "es-ES",
       "pt": "pt-BR", "fr": "fr-FR", "de": "de-DE", "tr": "tr-TR", "pl": "pl-PL",
       "vi": "vi-VN", "id": "id-ID", "ar": "ar-SA", "he": "he-IL", "hi": "hi-IN", "en": "en-US"}

PLACE = {
    "zh": ["请填写你的密钥", "你的AccessKeySecret", "在此填入密码", "<你的密钥>", "替换成自己的AppSecret", "填你自己的"],
    "ja": ["ここにAPIキーを入力", "<パスワード>", "あなたのシークレットキー", "要変更"],
    "ko": ["여기에_API_키_입력", "<비밀번호>", "발급받은_키를_입력하세요"],
    "ru": ["ВАШ_КЛЮЧ", "ваш_пароль", "<секретный-ключ>", "ВСТАВЬТЕ_ТОКЕН_СЮДА", "заменить"],
    "es": ["TU_CLAVE_AQUI", "tu_contraseña", "<tu-api-key>", "CAMBIAME", "pon_aqui_tu_token"],
    "pt": ["SUA_CHAVE_AQUI", "sua_senha_aqui", "<seu-token>", "TROQUE_ISTO", "coloque_sua_chave"],
    "fr": ["votre_cle_api", "<votre-mot-de-passe>", "A_REMPLACER", "changez-moi", "VOTRE_SECRET_ICI"],
    "de": ["IHR_API_SCHLUESSEL", "<ihr-passwort>", "HIER_EINTRAGEN", "bitte-aendern", "DEIN_TOKEN"],
    "tr": ["API_ANAHTARINIZ", "<şifreniz>", "BURAYA_YAZIN", "degistir_beni"],
    "pl": ["TWOJ_KLUCZ_API", "<twoje-haslo>", "ZMIEN_MNIE", "wpisz_tutaj"],
    "vi": ["KHOA_API_CUA_BAN", "<mat-khau-cua-ban>", "thay_doi_gia_tri_nay"],
    "id": ["KUNCI_API_ANDA", "<kata-sandi-anda>", "ganti_dengan_milikmu"],
    "ar": ["<مفتاح_API_الخاص_بك>", "ضع_كلمة_المرور_هنا"],
    "he": ["<המפתח_שלך>", "הכנס_סיסמה_כאן"],
    "hi": ["<आपकी-API-कुंजी>", "यहाँ_पासवर्ड_डालें"],
    "en": ["YOUR_API_KEY", "<your-key>", "changeme", "your-secret-here", "REPLACE_ME",
           "********", "xxx", "TODO", "<secret>", "sk-..."],
}

# identifier pools; tuples = ascii parts (style-convertible), str = native script
PWN = {
    "zh": [("mima",), ("db", "mima"), ("shujuku", "mima"), "密码", "数据库密码"],
    "ja": [("pasuwado",), ("db", "pasuwado"), "パスワード", "DBパスワード"],
    "ko": [("bimilbeonho",), ("db", "bimilbeonho"), "비밀번호", "DB비밀번호"],
    "ru": [("parol",), ("parol", "bd"), "пароль", "пароль_бд"],
    "es": [("contrasena",), ("clave",), ("contrasena", "bd"), "contraseña", "contraseña_bd"],
    "pt": [("senha",), ("senha", "bd"), ("contrasenha",), ("senha", "banco")],
    "fr": [("mot", "de", "passe"), ("mdp",), ("mdp", "bdd"), ("mot", "de", "passe", "bdd")],
    "de": [("passwort",), ("kennwort",), ("db", "passwort"), "kennwort_für_db", "Passwörter"],
    "tr": [("sifre",), ("veritabani", "sifre"), "şifre", "veritabanı_şifresi"],
    "pl": [("haslo",), ("haslo", "bazy"), "hasło"],
    "vi": [("mat", "khau"), ("mat", "khau", "db"), "mật_khẩu"],
    "id": [("kata", "sandi"), ("sandi", "db"), ("kata", "sandi", "db")],
    "ar": [("kalimat", "sir"), "كلمة_المرور"],
    "he": [("sisma",), "סיסמה"],
    "hi": [("paasvard",), "पासवर्ड"],
    "nl": [("wachtwoord",), ("wachtwoord", "db")],
    "cs": [("heslo",), ("heslo", "db")],
    "it": [("parola", "chiave"), ("parola",)],
    "ro": [("parola",), ("parola", "db")],
    "fi": [("salasana",)],
    "sv": [("losenord",), "lösenord"],
    "da": [("adgangskode",)],
    "hu": [("jelszo",), "jelszó"],
    "en": [("password",), ("db", "password"), ("passwd",), ("pwd",), ("pass",)],
}
SKN = {
    "zh": [("miyao",), ("app", "miyao"), "密钥", "秘钥", "应用密钥"],
    "ja": [("himitsu", "kagi"), "シークレット", "APIキー", "秘密キー"],
    "ko": [("bimil", "ki"), "비밀키", "API키", "시크릿"],
    "ru": [("klyuch",), ("klyuch", "api"), ("sekret",), "ключ_api", "секрет", "секретный_ключ"],
    "es": [("clave", "api"), ("clave", "secreta"), ("secreto",), "clave_secreta"],
    "pt": [("chave", "api"), ("chave", "secreta"), ("segredo",)],
    "fr": [("cle", "api"), ("cle", "secrete"), "clé_api", "clé_secrète"],
    "de": [("geheimnis",), ("schluessel",), ("api", "schluessel"), "schlüssel", "geheimer_schlüssel"],
    "tr": [("anahtar",), ("gizli", "anahtar"), "gizli_anahtar", "api_anahtarı"],
    "pl": [("klucz", "api"), ("klucz", "tajny"), "klucz_tajny"],
    "vi": [("khoa", "bi", "mat"), "khóa_bí_mật"],
    "id": [("rahasia",), ("kunci",), ("kunci", "api"), ("kunci", "rahasia")],
    "ar": [("miftah", "sirri"), "المفتاح_السري"],
    "he": [("mafteach", "sodi"), "מפתח_סודי"],
    "hi": [("gupt", "kunji"), "गुप्त_कुंजी"],
    "nl": [("sleutel",), ("geheime", "sleutel")],
    "it": [("chiave", "segreta")],
    "cs": [("klic",), ("tajny", "klic")],
    "sv": [("nyckel",)], "fi": [("avain",)], "hu": [("kulcs",)], "da": [("noegle",)],
    "ro": [("cheie", "secreta")],
    "en": [("secret",), ("api", "key"), ("secret", "key"), ("app", "secret")],
}
TKN = {
    "zh": [("lingpai",), "令牌", "访问令牌"], "ja": [("tokun",), "トークン", "アクセストークン"],
    "ko": [("tokeun",), "토큰", "액세스_토큰"], "ru": [("token",), "токен", "токен_доступа"],
    "fr": [("jeton",), ("jeton", "acces")], "es": [("token", "acceso"), "token_de_acceso"],
    "pt": [("token", "acesso"), ("token", "de", "acesso")], "de": [("zugangs", "token")],
    "tr": [("erisim", "anahtari"), "erişim_anahtarı"], "pl": [("token", "dostepu")],
    "vi": [("ma", "truy", "cap")], "id": [("token", "akses")],
    "en": [("token",), ("access", "token"), ("auth", "token")],
}
URLN = {
    "zh": [("lianjie",), "连接地址", "数据库连接"], "ru": [("stroka", "podklyucheniya"), "строка_подключения"],
    "es": [("cadena", "conexion"), ("url", "bd")], "pt": [("url", "banco"), ("conexao",)],
    "ja": ["接続文字列", ("setsuzoku",)], "ko": ["연결_문자열", ("yeongyeol",)],
    "de": [("verbindung",), ("datenbank", "url")], "fr": [("chaine", "connexion"), ("url", "bdd")],
    "tr": [("baglanti", "adresi"), "bağlantı"], "pl": [("adres", "bazy")],
    "en": [("database", "url"), ("dsn",), ("db", "uri"), ("conn", "str")],
}
GENERIC = [("llm", "key"), ("token",), ("api", "key"), ("auth",), ("secret",), ("key",),
           ("access", "token"), ("credential",), ("sk",), ("auth", "token"), ("app", "key")]


# ---------------------------------------------------------------- naming
class Name:
    def __init__(self, parts=None, native=None):
        self.parts = list(parts) if parts else None
        self.native = native

    @staticmethod
    def of(x):
        return Name(native=x) if isinstance(x, str) else Name(parts=x)

    def ascii(self):
        return self.native is None

    def f(self, style):
        if self.native is not None:
            return self.native
        p = [x.lower() for x in self.parts]
        if style == "snake":
            return "_".join(p)
        if style == "upper":
            return "_".join(p).upper()
        if style == "camel":
            return p[0] + "".join(x.capitalize() for x in p[1:])
        if style == "pascal":
            return "".join(x.capitalize() for x in p)
        if style == "kebab":
            return "-".join(p)
        if style == "dot":
            return ".".join(p)
        return "_".join(p)


class Item:
    def __init__(self, name, val, mode="lit", target=False, env=None, role=None):
        self.name = name if isinstance(name, Name) else Name.of(name)
        self.val = val
        self.mode = mode            # lit | env | raw
        self.target = target
        self.env = env or (self.name.f("upper") if self.name.ascii() else "APP_SECRET")
        self.role = role            # partner | None


class Ctx:
    pass


def pick_name(pool_map, lang, uni):
    pool = pool_map.get(lang) or pool_map["en"]
    cand = [x for x in pool if uni or not isinstance(x, str)]
    if not cand:
        cand = [x for x in pool_map["en"] if not isinstance(x, str)]
    x = R.choice(cand)
    return Name.of(x)


def choose_name(kind, lang, uni):
    """returns (Name, generic?)"""
    slot = kind["slot"]
    nl = lang
    if R.random() < 0.15:
        nl = R.choice(NAME_ONLY_LANGS)
    if slot == "password":
        if R.random() < 0.65:
            return pick_name(PWN, nl, uni), True
        return Name.of(R.choice(kind["pnames"])), False
    if slot == "url":
        if R.random() < 0.35:
            return pick_name(URLN, lang, uni), True
        return Name.of(R.choice(kind["pnames"])), False
    r = R.random()
    if slot == "webhook":
        if r < 0.65:
            return Name.of(R.choice(kind["pnames"])), False
        pool = {"zh": [("webhook",), ("jiqiren", "dizhi"), "机器人地址", "告警地址"], "ja": [("webhook", "url"), "通知先URL"],
                "ru": [("webhook",), "адрес_вебхука"], "en": [("webhook", "url"), ("notify", "url"), ("alert", "hook")]}
        return pick_name(pool, lang, uni), True
    if r < 0.58:
        return Name.of(R.choice(kind["pnames"])), False
    if r < 0.85:
        pm = TKN if slot == "token" and R.random() < 0.6 else SKN
        return pick_name(pm, nl, uni), True
    return Name.of(R.choice(GENERIC)), True


# ---------------------------------------------------------------- context data
PROJ = ["shop-backend", "dingdan-service", "xiaochengxu-api", "kanri-app", "loja-virtual",
        "sistema-escolar", "boutique-api", "magazin-bot", "siparis-servisi", "sklep-api",
        "cuahang-api", "toko-online", "gestion-rh", "verwaltung", "huiyuan-system",
        "yoyaku-app", "jumun-server", "zakaz-service", "kasir-pos", "pedidos-api",
        "facturation", "rezervasyon", "zamowienia", "quanly-kho", "kintai-app",
        "uchet-sklad", "tienda-node", "painel-admin", "bestellung", "jiaowu-xitong",
        "peisong-api", "hoadon-service", "yemek-siparis", "agendamento", "crm-lite"]
TLD = {"zh": "cn", "ja": "jp", "ko": "kr", "ru": "ru", "es": "es", "pt": "com.br",
       "fr": "fr", "de": "de", "tr": "com.tr", "pl": "pl", "vi": "vn", "id": "co.id",
       "ar": "sa", "he": "co.il", "hi": "in", "en": "io"}
AUTHORS = {"zh": ["zhangwei", "liuyang", "wangfang", "chenjie", "lihua"],
           "ja": ["tanaka", "suzuki", "sato.k"], "ko": ["kim.minsu", "lee.jiwoo"],
           "ru": ["ivanov", "a.smirnova", "petrov.d"], "es": ["jgarcia", "mlopez"],
           "pt": ["rsilva", "bsouza"], "fr": ["jdupont", "c.martin"], "de": ["mmueller", "k.schmidt"],
           "tr": ["ayilmaz", "mkaya"], "pl": ["jkowalski", "a.nowak"], "vi": ["nguyen.van.a", "tran.b"],
           "id": ["budi.s", "siti.r"], "ar": ["a.alharbi"], "he": ["d.cohen"], "hi": ["r.sharma"],
           "en": ["jsmith", "dev"]}
REGION = {"alibaba": ["cn-hangzhou", "cn-shanghai", "cn-beijing", "cn-shenzhen"],
          "tencent": ["ap-guangzhou", "ap-shanghai", "ap-beijing"],
          "huawei": ["cn-north-4", "cn-east-3", "ap-southeast-1"],
          "yandex": ["ru-central1"], "aws": ["ap-northeast-1", "eu-central-1", "sa-east-1", "ap-south-1"],
          "baidu": ["bj", "gz", "su"], "qiniu": ["z0", "z2", "as0"]}
LLM_MODEL = {"openai": "gpt-4o-mini", "anthropic": "claude-3-5-sonnet-latest",
             "deepseek": "deepseek-chat", "dashscope": "qwen-plus", "zhipu": "glm-4-flash",
             "moonshot": "moonshot-v1-8k", "yandex": "yandexgpt-lite", "huggingface": "Qwen/Qwen2.5-7B-Instruct"}
LLM_URL = {"openai": "https://api.openai.com/v1", "anthropic": "https://api.anthropic.com",
           "deepseek": "https://api.deepseek.com", "dashscope": "https://dashscope.aliyuncs.com/compatible-mode/v1",
           "zhipu": "https://open.bigmodel.cn/api/paas/v4", "moonshot": "https://api.moonshot.cn/v1",
           "yandex": "https://llm.api.cloud.yandex.net/foundationModels/v1",
           "huggingface": "https://api-inference.huggingface.co"}
SMTP_HOST = {"zh": ["smtp.qq.com", "smtp.163.com", "smtp.exmail.qq.com", "smtp.aliyun.com"],
             "ru": ["smtp.yandex.ru", "smtp.mail.ru"], "ko": ["smtp.naver.com", "smtp.daum.net"],
             "ja": ["smtp.gmail.com", "smtp.sendgrid.net"], "en": ["smtp.gmail.com", "smtp.office365.com"]}


def fill_items(c):
    """innocuous neighbours for the topic (never secrets)"""
    t, L, prov = c.topic, c.lang, c.provider
    it = []
    host = R.choice(["127.0.0.1", "localhost", "db", "mysql", "10.0.%d.%d" % (R.randint(0, 9), R.randint(2, 250)),
                     "rm-%s.mysql.rds.aliyuncs.com" % rs(LOWER + DIG, 12) if L == "zh" else "db.internal"])
    if t in ("db",):
        it += [Item(("host",), host), Item(("port",), R.choice(["3306", "5432", "1433"]), "raw"),
               Item(("database",), c.dbname), Item(("username",) if R.random() < 0.6 else
                                                  R.choice([("usuario",), ("utilisateur",), ("benutzer",),
                                                            ("kullanici",), ("yonghuming",), ("polzovatel",)]),
                                                  R.choice(["root", "app", "app_rw", "postgres", c.dbname + "_user"]))]
        if R.random() < 0.5:
            it.append(Item(("charset",), "utf8mb4"))
    elif t == "mail":
        it += [Item(("smtp", "host"), R.choice(SMTP_HOST.get(L, SMTP_HOST["en"]))),
               Item(("smtp", "port"), R.choice(["465", "587"]), "raw"),
               Item(("smtp", "user"), "noreply@" + c.domain)]
        if R.random() < 0.5:
            it.append(Item(("mail", "from"), "noreply@" + c.domain))
    elif t == "pay":
        it += [Item(("notify", "url"), "https://%s/api/pay/notify" % c.domain),
               Item(("sandbox",), R.choice(["false", "true"]), "raw")]
        if R.random() < 0.5:
            it.append(Item(("currency",), {"zh": "CNY", "ru": "RUB", "pt": "BRL", "es": "MXN", "hi": "INR", "tr": "TRY"}.get(L, "USD")))
    elif t in ("cloud", "storage"):
        rg = R.choice(REGION.get(prov, ["eu-central-1", "ap-southeast-1"]))
        it += [Item(("region",), rg), Item(("bucket",), c.proj + "-" + R.choice(["assets", "uploads", "static", "backup"]))]
        if R.random() < 0.5:
            it.append(Item(("endpoint",), {"alibaba": "oss-%s.aliyuncs.com" % rg, "tencent": "cos.%s.myqcloud.com" % rg,
                                           "huawei": "obs.%s.myhuaweicloud.com" % rg,
                                           "yandex": "https://storage.yandexcloud.net"}.get(prov, "https://s3.%s.amazonaws.com" % rg)))
    elif t == "llm":
        it += [Item(("base", "url"), LLM_URL.get(prov, "https://api.openai.com/v1")),
               Item(("model",), LLM_MODEL.get(prov, "gpt-4o-mini"))]
        if R.random() < 0.5:
            it.append(Item(("temperature",), R.choice(["0.2", "0.7", "0.3"]), "raw"))
    elif t == "bot":
        it += [Item(("enabled",), "true", "raw"), Item(("notify", "level"), R.choice(["warn", "error", "info"]))]
    elif t == "cache":
        it += [Item(("host",), R.choice(["redis", "127.0.0.1", "cache.internal"])), Item(("port",), "6379", "raw"),
               Item(("db",), str(R.randint(0, 3)), "raw")]
    elif t == "sms":
        it += [Item(("sign", "name"), {"zh": "阿里云短信测试", "ru": "MagazinSMS"}.get(L, c.proj[:10])),
               Item(("template", "code"), "SMS_%d" % R.randint(150000000, 299999999))]
    elif t in ("admin", "login"):
        it += [Item(("username",), R.choice(["admin", "root", "superadmin", "administrador", "yonetici"])),
               Item(("email",), "admin@" + c.domain)]
    else:  # api
        it += [Item(("base", "url"), "https://api.%s/v1" % c.domain),
               Item(("timeout",), str(R.choice([10, 15, 30, 60])), "raw")]
    R.shuffle(it)
    return it[:R.randint(2, len(it))] if len(it) > 2 else it


# ---------------------------------------------------------------- kinds
CODE_FTS = ["python", "javascript", "typescript", "java", "kotlin", "go", "php", "csharp", "jupyter"]
CONF_FTS = ["spring_properties", "spring_yaml", "dotenv", "yaml", "json", "toml", "ini",
            "docker_compose", "k8s_secret", "aspnet_appsettings", "gin_yaml"]
API_FTS = CODE_FTS + CONF_FTS + ["shell", "laravel_config", "flask_config", "sql", "readme_md"]
DB_FTS = API_FTS + ["django_settings", "thinkphp_config", "yii_config", "django_settings", "thinkphp_config"]
UNI_FTS = ["python", "javascript", "typescript", "java", "go", "csharp", "spring_properties", "spring_yaml",
           "dotenv", "yaml", "json", "toml", "docker_compose", "readme_md", "jupyter", "django_settings"]
KINDS = []


def K(provider, kind, gen, slot, pnames, topic="api", partner=None, fts=None, langs=None,
      wrap=None, cls=None, sections=None, extra_fts=()):
    d = dict(provider=provider, kind=kind, gen=gen, slot=slot, pnames=pnames, topic=topic,
             partner=partner, fts=list(fts or API_FTS) + list(extra_fts), langs=langs or [],
             wrap=wrap, cls=cls or "ApiClient", sections=sections or [provider])
    KINDS.append(d)
    return d


def _host():
    return R.choice(["db", "127.0.0.1", "pg-master.internal", "10.1.%d.%d" % (R.randint(0, 9), R.randint(2, 250)),
                     "mysql.%s.svc.cluster.local" % R.choice(["prod", "default", "shop"])])


def w_pg(pw):
    return "%s://%s:%s@%s:5432/%s" % (R.choice(["postgresql", "postgres", "postgresql+psycopg2", "postgresql+asyncpg"]),
                                      R.choice(["app", "postgres", "shop_rw", "odoo"]), pw, _host(),
                                      R.choice(["shop", "dingdan", "loja", "magazin", "app"]))


def w_mysql(pw):
    h, db = _host(), R.choice(["shop", "dingdan", "tienda", "sklep", "app"])
    if R.random() < 0.45:
        return "jdbc:mysql://%s:3306/%s?user=root&password=%s&useUnicode=true&characterEncoding=utf8" % (h, db, pw)
    return "mysql+pymysql://%s:%s@%s:3306/%s?charset=utf8mb4" % (R.choice(["root", "app", "web"]), pw, h, db)


def w_mongo(pw):
    return "mongodb+srv://%s:%s@cluster0.%s.mongodb.net/%s?retryWrites=true&w=majority" % (
        R.choice(["admin", "app", "dbuser", "backend"]), pw, rs(LOWER + DIG, 5), R.choice(["shop", "app", "loja"]))


def w_redis(pw):
    return "redis://%s:%s@%s:6379/%d" % (R.choice(["", "default"]), pw, R.choice(["redis", "10.0.0.7", "cache.internal"]), R.randint(0, 3))


def w_amqp(pw):
    return "amqp://%s:%s@%s:5672/%s" % (R.choice(["app", "shop", "mq_user"]), pw, R.choice(["rabbitmq", "mq.internal"]),
                                       R.choice(["", "prod", "shop"]))


def w_ado(pw):
    return "Server=%s;Database=%s;User Id=%s;Password=%s;TrustServerCertificate=True;" % (
        R.choice(["sql01", "10.0.2.15", "db.internal,1433"]), R.choice(["Shop", "Erp", "Loja"]), R.choice(["sa", "app_user"]), pw)


def w_azure(key):
    if R.random() < 0.5:
        return key
    return "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (
        rs(LOWER, 6) + "stor" + rs(DIG, 2), key)


def w_1c(pw):
    return "Srvr=%s;Ref=%s;Usr=%s;Pwd=%s;" % (R.choice(["srv1c", "1c-app01", "10.10.0.5"]),
                                            R.choice(["buh", "ut11", "zup_prod", "erp"]),
                                            R.choice(["Администратор", "obmen", "robot", "ExchangeUser"]), pw)


def _pw_uri():
    return any_pw(uri_safe=True)


ZH, RU, JA, KO, LAT = ["zh"], ["ru"], ["ja"], ["ko"], ["es", "pt"]
K("postgres", "db_password", any_pw, "password", [("db", "password"), ("postgres", "password"), ("pg", "password"), ("database", "password")], "db", fts=DB_FTS)
K("mysql", "db_password", any_pw, "password", [("mysql", "password"), ("db", "password"), ("mysql", "root", "password")], "db", fts=DB_FTS)
K("postgres", "connection_uri", _pw_uri, "url", [("database", "url"), ("db", "url"), ("sqlalchemy", "database", "uri"), ("pg", "dsn")], "db", fts=DB_FTS, wrap=w_pg)
K("mysql", "connection_uri", _pw_uri, "url", [("database", "url"), ("mysql", "url"), ("datasource", "url")], "db", fts=DB_FTS, wrap=w_mysql)
K("mongodb", "connection_uri", _pw_uri, "url", [("mongodb", "uri"), ("mongo", "url"), ("mongo", "dsn")], "db", fts=API_FTS, wrap=w_mongo)
K("redis", "password", any_pw, "password", [("redis", "password"), ("cache", "password")], "cache", fts=DB_FTS)
K("redis", "connection_uri", _pw_uri, "url", [("redis", "url"), ("cache", "url"), ("celery", "broker", "url")], "cache", wrap=w_redis)
K("rabbitmq", "amqp_uri", _pw_uri, "url", [("amqp", "url"), ("rabbitmq", "url"), ("broker", "url")], "api", wrap=w_amqp)
K("mssql", "connection_string", _pw_uri, "url", [("connection", "string"), ("default", "connection"), ("sql", "conn")], "db",
  fts=["csharp", "aspnet_appsettings", "aspnet_appsettings", "json", "yaml", "dotenv", "python", "docker_compose"], wrap=w_ado)
K("smtp", "password", any_pw, "password", [("smtp", "password"), ("mail", "password"), ("email", "host", "password")], "mail", fts=DB_FTS)
K("google", "gmail_app_password", g_gmail_app, "password", [("smtp", "password"), ("gmail", "app", "password"), ("mail", "password")], "mail",
  fts=["python", "django_settings", "flask_config", "dotenv", "yaml", "json", "javascript", "php", "jupyter", "toml", "ini", "spring_properties", "spring_yaml"])
K("app", "admin_password", human_pw, "password", [("admin", "password"), ("default", "admin", "password"), ("superuser", "password")], "admin", fts=DB_FTS + ["readme_md", "readme_md"])
K("ldap", "bind_password", any_pw, "password", [("ldap", "bind", "password"), ("ldap", "password"), ("bind", "password")], "login")
K("generic", "unicode_password", uni_pw, "password", [("db", "password"), ("password",), ("smtp", "password")], "db", fts=UNI_FTS)
K("generic", "jwt_secret", g_jwt, "secret", [("jwt", "secret"), ("jwt", "secret", "key"), ("token", "secret")], "login")
K("django", "secret_key", g_django, "secret", [("secret", "key"), ("django", "secret", "key")], "api",
  fts=["django_settings", "django_settings", "django_settings", "dotenv", "docker_compose", "k8s_secret", "yaml"])
K("laravel", "app_key", g_laravel, "secret", [("app", "key")], "api", fts=["dotenv", "dotenv", "docker_compose", "k8s_secret", "laravel_config"])
K("flask", "secret_key", g_flask, "secret", [("secret", "key")], "login", fts=["flask_config", "flask_config", "python", "dotenv", "yaml", "jupyter"])
K("private_key", "rsa", None, "pem", [("private", "key")], "login", fts=["pem"])
K("private_key", "openssh", None, "pem", [("ssh", "private", "key"), ("deploy", "key")], "login", fts=["pem"])
K("private_key", "ec", None, "pem", [("private", "key"), ("signing", "key")], "login", fts=["pem"])
K("alipay", "app_private_key", g_alipay_priv, "secret", [("app", "private", "key"), ("alipay", "private", "key"), ("merchant", "private", "key")], "pay",
  partner=([("alipay", "app", "id"), ("app", "id")], lambda: "2021" + rs(DIG, 12)), langs=ZH,
  fts=["python", "java", "php", "yaml", "json", "spring_properties", "spring_yaml", "dotenv", "go", "javascript", "thinkphp_config"])
K("aws", "secret_access_key", g_aws, "secret", [("aws", "secret", "access", "key"), ("secret", "access", "key"), ("aws", "secret", "key")], "storage",
  partner=([("aws", "access", "key", "id"), ("access", "key", "id")], g_aws_id), cls="S3Client")
K("github", "pat", g_ghp, "token", [("github", "token"), ("gh", "token"), ("github", "pat")], "api", extra_fts=["readme_md"])
K("github", "oauth_token", g_gho, "token", [("github", "oauth", "token"), ("gh", "access", "token")], "api")
K("github", "fine_grained_pat", g_ghfg, "token", [("github", "token"), ("gh", "pat")], "api")
K("gitlab", "pat", g_glpat, "token", [("gitlab", "token"), ("gitlab", "private", "token"), ("ci", "token")], "api")
K("stripe", "secret_key", g_stripe, "secret", [("stripe", "secret", "key"), ("stripe", "api", "key"), ("stripe", "sk")], "pay")
K("stripe", "restricted_key", g_stripe_rk, "secret", [("stripe", "restricted", "key"), ("stripe", "api", "key")], "pay")
K("openai", "api_key", g_openai, "secret", [("openai", "api", "key"), ("openai", "key")], "llm", cls="OpenAI")
K("anthropic", "api_key", g_anthropic, "secret", [("anthropic", "api", "key"), ("claude", "api", "key")], "llm", cls="Anthropic")
K("slack", "bot_token", g_slack_bot, "token", [("slack", "bot", "token"), ("slack", "token")], "bot", cls="WebClient")
K("slack", "webhook_url", g_slack_hook, "webhook", [("slack", "webhook", "url"), ("slack", "webhook")], "bot")
K("twilio", "auth_token", g_twilio, "token", [("twilio", "auth", "token")], "sms", partner=([("twilio", "account", "sid"), ("account", "sid")], g_twilio_sid), cls="Client")
K("sendgrid", "api_key", g_sendgrid, "secret", [("sendgrid", "api", "key")], "mail", cls="SendGridAPIClient")
K("google", "api_key", g_gapi, "secret", [("google", "api", "key"), ("google", "maps", "key"), ("gcp", "api", "key")], "api", extra_fts=["android_strings_xml"])
K("google", "oauth_client_secret", g_gocspx, "secret", [("google", "client", "secret"), ("oauth", "client", "secret")], "login",
  partner=([("google", "client", "id"), ("client", "id")], g_gclient))
K("azure", "storage_account_key", g_azure_storage, "secret", [("azure", "storage", "connection", "string"), ("storage", "connection", "string"), ("azure", "storage", "key")], "storage", wrap=w_azure)
K("azure", "client_secret", g_azure_cs, "secret", [("azure", "client", "secret"), ("client", "secret")], "cloud", partner=([("azure", "client", "id"), ("client", "id")], ruuid))
K("alibaba", "access_key_secret", g_ali_secret, "secret", [("aliyun", "access", "key", "secret"), ("access", "key", "secret"), ("oss", "access", "key", "secret"), ("alibaba", "cloud", "access", "key", "secret")], "cloud",
  partner=([("aliyun", "access", "key", "id"), ("access", "key", "id")], g_ali_id), langs=ZH, cls="AcsClient", sections=["aliyun", "alibaba", "oss"], extra_fts=["thinkphp_config"])
K("tencent", "secret_key", g_tc_key, "secret", [("tencent", "secret", "key"), ("secret", "key"), ("tencentcloud", "secret", "key"), ("cos", "secret", "key")], "cloud",
  partner=([("tencent", "secret", "id"), ("secret", "id")], g_tc_id), langs=ZH, cls="Credential", sections=["tencent", "tencentcloud", "cos", "qcloud"], extra_fts=["thinkphp_config"])
K("baidu", "ai_secret_key", g_bd_secret, "secret", [("baidu", "secret", "key"), ("bd", "secret", "key"), ("ocr", "secret", "key")], "api",
  partner=([("baidu", "api", "key"), ("api", "key")], g_bd_key), langs=ZH, cls="AipOcr", sections=["baidu", "baidu_ai"], extra_fts=["android_strings_xml"])
K("baidu", "bce_secret_key", g_bce, "secret", [("bce", "secret", "access", "key"), ("baidu", "bce", "sk")], "storage",
  partner=([("bce", "access", "key", "id")], g_bce), langs=ZH, sections=["bce", "baidu"])
K("huawei", "secret_access_key", g_hw_sk, "secret", [("huaweicloud", "sk"), ("hw", "secret", "key"), ("obs", "secret", "key"), ("huawei", "sk")], "cloud",
  partner=([("huaweicloud", "ak"), ("obs", "access", "key")], g_hw_ak), langs=ZH, cls="BasicCredentials", sections=["huaweicloud", "obs"])
K("yandex", "api_key", g_yc_api, "secret", [("yc", "api", "key"), ("yandex", "api", "key"), ("yandexgpt", "api", "key")], "llm", langs=RU, sections=["yandex", "yc"])
K("yandex", "static_secret_key", g_yc_sec, "secret", [("yc", "secret", "access", "key"), ("s3", "secret", "key"), ("yandex", "storage", "secret")], "storage",
  partner=([("yc", "access", "key", "id"), ("s3", "access", "key")], g_yc_sid), langs=RU, sections=["yandex", "s3"])
K("yandex", "oauth_token", g_yc_oauth, "token", [("yandex", "oauth", "token"), ("yc", "token"), ("ya", "token")], "api", langs=RU)
K("vk", "access_token", g_vk, "token", [("vk", "access", "token"), ("vk", "token")], "bot", langs=RU)
K("vk", "community_token", g_vk_legacy, "token", [("vk", "group", "token"), ("vk", "community", "token")], "bot",
  partner=([("vk", "group", "id"), ("group", "id")], lambda: digits(9)), langs=RU)
K("line", "channel_secret", g_line_secret, "secret", [("line", "channel", "secret"), ("channel", "secret")], "bot",
  partner=([("line", "channel", "id"), ("channel", "id")], g_line_id), langs=JA, extra_fts=["android_strings_xml"])
K("line", "channel_access_token", g_line_token, "token", [("line", "channel", "access", "token"), ("channel", "access", "token")], "bot", langs=JA)
K("kakao", "rest_api_key", g_kakao, "secret", [("kakao", "rest", "api", "key"), ("kakao", "rest", "key")], "api", langs=KO, extra_fts=["android_strings_xml"])
K("kakao", "admin_key", g_kakao, "secret", [("kakao", "admin", "key")], "api", langs=KO)
K("naver", "client_secret", g_naver_secret, "secret", [("naver", "client", "secret"), ("x", "naver", "client", "secret")], "login",
  partner=([("naver", "client", "id"), ("client", "id")], g_naver_id), langs=KO, extra_fts=["android_strings_xml", "android_strings_xml"])
K("wechat", "app_secret", g_wx_secret, "secret", [("wechat", "app", "secret"), ("wx", "app", "secret"), ("wx", "secret"), ("mp", "app", "secret")], "login",
  partner=([("wechat", "app", "id"), ("wx", "appid"), ("app", "id")], g_wx_id), langs=ZH, sections=["wechat", "weixin", "wx", "miniapp"],
  extra_fts=["uniapp_manifest", "uniapp_manifest", "android_strings_xml", "thinkphp_config"])
K("wechat", "pay_api_key", g_wxpay_key, "secret", [("wxpay", "api", "key"), ("mch", "key"), ("wechat", "pay", "key"), ("api", "v3", "key")], "pay",
  partner=([("mch", "id"), ("wxpay", "mch", "id")], g_mch_id), langs=ZH, sections=["wxpay", "wechat_pay", "pay"], extra_fts=["thinkphp_config"])
K("wecom", "corp_secret", g_wecom_secret, "secret", [("wecom", "corp", "secret"), ("qywx", "secret"), ("corp", "secret"), ("work", "wechat", "secret")], "bot",
  partner=([("wecom", "corp", "id"), ("corp", "id")], g_ww_id), langs=ZH, sections=["wecom", "qywx", "work_wechat"])
K("dingtalk", "app_secret", g_ding_secret, "secret", [("dingtalk", "app", "secret"), ("ding", "app", "secret")], "bot",
  partner=([("dingtalk", "app", "key"), ("app", "key")], g_ding_key), langs=ZH, sections=["dingtalk", "ding"])
K("dingtalk", "robot_sign_secret", g_ding_sign, "secret", [("dingtalk", "robot", "secret"), ("ding", "sign", "secret"), ("robot", "secret")], "bot", langs=ZH, sections=["dingtalk", "robot"])
K("feishu", "app_secret", g_fs_secret, "secret", [("feishu", "app", "secret"), ("lark", "app", "secret")], "bot",
  partner=([("feishu", "app", "id"), ("app", "id")], g_fs_id), langs=ZH, sections=["feishu", "lark"])
K("feishu", "bot_webhook", g_fs_hook, "webhook", [("feishu", "webhook"), ("feishu", "bot", "webhook"), ("lark", "webhook", "url")], "bot", langs=ZH, sections=["feishu", "alert"])
K("mercadopago", "access_token", g_mp, "token", [("mercadopago", "access", "token"), ("mp", "access", "token"), ("mercado", "pago", "token")], "pay",
  partner=([("mercadopago", "public", "key"), ("mp", "public", "key")], g_mp_pub), langs=LAT, sections=["mercadopago", "pagamentos", "pagos"])
K("pagseguro", "token", g_pagseguro, "token", [("pagseguro", "token"), ("pagbank", "token")], "pay", langs=["pt"], sections=["pagseguro", "pagamento"])
K("razorpay", "key_secret", g_rzp_secret, "secret", [("razorpay", "key", "secret"), ("rzp", "key", "secret")], "pay",
  partner=([("razorpay", "key", "id"), ("rzp", "key", "id")], g_rzp_id), langs=["hi", "en"], cls="Client")
K("paytm", "merchant_key", g_paytm_key, "secret", [("paytm", "merchant", "key"), ("paytm", "mkey")], "pay",
  partner=([("paytm", "mid"), ("merchant", "id")], g_paytm_mid), langs=["hi", "en"], fts=[f for f in API_FTS if f != "sql"])
K("iyzico", "secret_key", g_iyzico, "secret", [("iyzico", "secret", "key"), ("iyzipay", "secret", "key")], "pay", langs=["tr"], sections=["iyzico", "odeme"])
K("yookassa", "secret_key", g_yookassa, "secret", [("yookassa", "secret", "key"), ("yoo", "kassa", "secret", "key"), ("ykassa", "secret")], "pay",
  partner=([("yookassa", "shop", "id"), ("shop", "id")], lambda: digits(6)), langs=RU, cls="Configuration", sections=["yookassa", "kassa", "payment"])
K("sberbank", "api_password", g_sber_pw, "password", [("sber", "password"), ("sberbank", "api", "password"), ("sber", "acquiring", "password")], "pay",
  partner=([("sber", "username"), ("sberbank", "login")], lambda: R.choice(PROJ).split("-")[0] + "-api"), langs=RU, sections=["sber", "sberbank", "acquiring"])
K("qiwi", "p2p_secret_key", g_qiwi, "secret", [("qiwi", "secret", "key"), ("qiwi", "p2p", "secret")], "pay", langs=RU)
K("1c", "infobase_password", lambda: human_pw(uri_safe=True), "url", [("onec", "connection", "string"), ("v8", "conn", "str"), ("connect", "string")], "db",
  wrap=w_1c, langs=RU, fts=["python", "csharp", "json", "yaml", "ini", "dotenv", "toml", "java", "go"], sections=["onec", "1c", "v8"])
K("telegram", "bot_token", g_tg, "token", [("telegram", "bot", "token"), ("tg", "bot", "token"), ("bot", "token")], "bot", langs=RU + ["es", "tr"], cls="TeleBot")
K("npm", "access_token", g_npm, "token", [("npm", "token")], "api", fts=["npmrc", "npmrc", "npmrc", "dotenv", "shell", "yaml", "docker_compose"])
K("deepseek", "api_key", g_hex_sk, "secret", [("deepseek", "api", "key")], "llm", langs=ZH, cls="OpenAI")
K("dashscope", "api_key", g_hex_sk, "secret", [("dashscope", "api", "key"), ("qwen", "api", "key"), ("bailian", "api", "key")], "llm", langs=ZH)
K("zhipu", "api_key", g_zhipu, "secret", [("zhipu", "api", "key"), ("zhipuai", "api", "key"), ("glm", "api", "key")], "llm", langs=ZH, cls="ZhipuAI")
K("moonshot", "api_key", g_moon, "secret", [("moonshot", "api", "key"), ("kimi", "api", "key")], "llm", langs=ZH, cls="OpenAI")
K("qiniu", "secret_key", g_qiniu, "secret", [("qiniu", "secret", "key"), ("qiniu", "sk")], "storage",
  partner=([("qiniu", "access", "key"), ("qiniu", "ak")], g_qiniu), langs=ZH, cls="Auth")
K("huggingface", "token", g_hf, "token", [("hf", "token"), ("huggingface", "token"), ("hugging", "face", "hub", "token")], "llm")


# ================================================================ renderers
# Each item renderer: r(c) -> (relative_path, [lines], esc) ; esc maps a raw
# secret to the text actually written (identity unless the format escapes).
def ident(s):
    return s


def rawjson(v):
    if v in ('""', "''", ""):
        return ""
    if v in ("null", "~", "None"):
        return None
    if v in ("true", "false"):
        return v == "true"
    try:
        return int(v)
    except ValueError:
        pass
    try:
        return float(v)
    except ValueError:
        return v


def pkg_of(c):
    return c.proj.replace("-", "_")


def tgt(c):
    for it in c.items:
        if it.target:
            return it
    return None


def partner(c):
    for it in c.items:
        if it.role == "partner":
            return it
    return None


def cm_line(c, mark, key=None):
    return mark + " " + ph(c.lang, key or c.topic)


def maybe_note(c, mark, L, it, indent=""):
    if it.target and R.random() < 0.35:
        L.append(indent + mark + " " + ph(c.lang, R.choice(["noshare", "todo", "prod", "console", "temp", "dev"])))


# ---------------- python family
def env_py(e):
    return R.choice(['os.environ["%s"]' % e, 'os.getenv("%s")' % e, 'os.environ.get("%s", "")' % e,
                     "os.getenv('%s', '')" % e])


def py_val(it, q):
    if it.mode == "env":
        return env_py(it.env)
    if it.mode == "raw":
        return {"true": "True", "false": "False", "null": "None"}.get(it.val, it.val)
    return q + it.val + q


def py_block(c, style=None, indent=""):
    L = []
    style = style or R.choice(["upper", "upper", "snake"])
    q = R.choice(['"', "'"])
    L.append(indent + "# " + ph(c.lang, c.topic))
    t, p = tgt(c), partner(c)
    use_dict = bool(c.section) and R.random() < 0.45
    dn = c.section.upper() if style == "upper" else c.section
    if use_dict:
        L.append(indent + "%s = {" % dn)
        for it in c.items:
            if c.call and it.target:
                continue
            maybe_note(c, "    #", L, it, indent)
            L.append(indent + "    %s%s%s: %s," % (q, it.name.f("snake"), q, py_val(it, q)))
        L.append(indent + "}")
    else:
        for it in c.items:
            if c.call and it.target:
                continue
            maybe_note(c, "#", L, it, indent)
            L.append(indent + "%s = %s" % (it.name.f(style), py_val(it, q)))
    if c.call and t is not None:
        L.append("")
        L.append(indent + "# " + ph(c.lang, "init"))
        args = []
        if p is not None:
            args.append("%s[%s%s%s]" % (dn, q, p.name.f("snake"), q) if use_dict else p.name.f(style))
        args.append(py_val(t, q))
        L.append(indent + "client = %s(%s)" % (c.cls, ", ".join(args)))
    return L


def py_tail(c):
    k = R.randrange(4)
    if k == 0:
        return ["", "", "def get_settings() -> dict:", '    """%s"""' % ph(c.lang, "env"),
                "    return {k: v for k, v in globals().items() if k.isupper()}"]
    if k == 1:
        return ["", "", "def build_headers(lang: str = \"%s\") -> dict:" % BCP.get(c.lang, "en-US"),
                "    # " + ph(c.lang, "api"),
                "    return {\"Accept-Language\": lang, \"User-Agent\": \"%s/1.%d\"}" % (c.proj, R.randint(0, 9))]
    if k == 2:
        return ["", "TIMEOUT = %d  # %s" % (R.choice([5, 10, 30]), ph(c.lang, "timeout")),
                "RETRY_TIMES = %d" % R.randint(2, 5)]
    return ["", "", "if __name__ == \"__main__\":", "    logging.basicConfig(level=logging.INFO)",
            "    logging.info(\"%s\")" % ph(c.lang, "init")]


def r_python(c):
    path = R.choice(["config.py", "app/config.py", "settings/prod.py", "utils/%s_client.py" % c.provider_ascii,
                     "src/%s/conf.py" % pkg_of(c), "scripts/sync_%s.py" % c.topic, "core/constants.py",
                     "%s/settings_local.py" % pkg_of(c)])
    L = []
    if R.random() < 0.4:
        L.append("# -*- coding: utf-8 -*-")
    if R.random() < 0.6:
        L += ['"""', ph(c.lang, c.topic), "", "@author: %s" % c.author, '"""']
    L += ["import os", "import logging"]
    if c.call:
        L.append("from %s import %s" % (R.choice([c.provider_ascii + "_sdk", c.provider_ascii, "sdk." + c.provider_ascii]), c.cls))
    L.append("")
    L += py_block(c)
    L += py_tail(c)
    return path, L, ident


def r_django(c):
    path = R.choice(["%s/settings.py" % pkg_of(c), "config/settings/production.py", "%s/settings/base.py" % pkg_of(c)])
    t = tgt(c)
    kid = (c.provider, c.kindname)
    q = R.choice(["'", '"'])
    L = ['"""', "Django settings for %s project." % pkg_of(c), "", ph(c.lang, "prod"), '"""',
         "import os", "from pathlib import Path", "", "BASE_DIR = Path(__file__).resolve().parent.parent", ""]
    if kid == ("django", "secret_key"):
        L.append("# SECURITY WARNING: keep the secret key used in production secret!")
        L.append("SECRET_KEY = %s" % py_val(t, q))
    else:
        L.append("SECRET_KEY = os.environ[\"DJANGO_SECRET_KEY\"]")
    L += ["DEBUG = %s" % R.choice(["False", "os.getenv(\"DJANGO_DEBUG\") == \"1\""]),
          "ALLOWED_HOSTS = [%s%s%s]" % (q, c.domain, q), "",
          "LANGUAGE_CODE = %s%s%s" % (q, {"zh": "zh-hans", "ja": "ja", "ko": "ko", "ru": "ru", "pt": "pt-br", "es": "es"}.get(c.lang, "en-us"), q),
          "TIME_ZONE = %s%s%s" % (q, {"zh": "Asia/Shanghai", "ja": "Asia/Tokyo", "ko": "Asia/Seoul", "ru": "Europe/Moscow", "pt": "America/Sao_Paulo",
                                     "es": "America/Mexico_City", "tr": "Europe/Istanbul", "vi": "Asia/Ho_Chi_Minh", "id": "Asia/Jakarta",
                                     "hi": "Asia/Kolkata"}.get(c.lang, "UTC"), q),
          "USE_I18N = True", "USE_TZ = True", "", "# " + ph(c.lang, "db")]
    if c.topic == "db" and c.kindname == "connection_uri":
        L += ["import dj_database_url", "", "DATABASES = {", "    %sdefault%s: dj_database_url.parse(" % (q, q),
              "        %s," % py_val(t, q), "        conn_max_age=600,", "    )", "}"]
    else:
        pwv = py_val(t, q) if (c.topic == "db" and c.slot == "password") else 'os.environ.get("DB_PASSWORD", "")'
        eng = R.choice(["mysql", "postgresql"])
        L += ["DATABASES = {", "    %sdefault%s: {" % (q, q),
              "        %sENGINE%s: %sdjango.db.backends.%s%s," % (q, q, q, eng, q),
              "        %sNAME%s: %s%s%s," % (q, q, q, c.dbname, q),
              "        %sUSER%s: %s%s%s," % (q, q, q, R.choice(["root", "app", "django"]), q),
              "        %sPASSWORD%s: %s," % (q, q, pwv),
              "        %sHOST%s: %s%s%s," % (q, q, q, R.choice(["127.0.0.1", "db"]), q),
              "        %sPORT%s: %s%s%s," % (q, q, q, "3306" if eng == "mysql" else "5432", q),
              "    }", "}"]
    if c.topic == "mail":
        L += ["", "# " + ph(c.lang, "mail"), "EMAIL_BACKEND = 'django.core.mail.backends.smtp.EmailBackend'",
              "EMAIL_HOST = %s%s%s" % (q, R.choice(SMTP_HOST.get(c.lang, SMTP_HOST["en"])), q),
              "EMAIL_PORT = 465", "EMAIL_USE_SSL = True",
              "EMAIL_HOST_USER = %snoreply@%s%s" % (q, c.domain, q),
              "EMAIL_HOST_PASSWORD = %s" % py_val(t, q)]
    elif not (c.topic == "db" or kid == ("django", "secret_key")):
        L.append("")
        L += py_block(c, style="upper")
    L += ["", "STATIC_URL = 'static/'", "DEFAULT_AUTO_FIELD = 'django.db.models.BigAutoField'"]
    return path, L, ident


def r_flask(c):
    path = R.choice(["config.py", "app/config.py", "instance/config.py"])
    t = tgt(c)
    q = R.choice(['"', "'"])
    L = ["import os", "", "basedir = os.path.abspath(os.path.dirname(__file__))", "", "",
         "class Config:", '    """%s"""' % ph(c.lang, c.topic)]
    if (c.provider, c.kindname) == ("flask", "secret_key"):
        if R.random() < 0.5:
            L.append("    SECRET_KEY = os.environ.get(%sSECRET_KEY%s) or %s" % (q, q, py_val(t, q)))
        else:
            L.append("    SECRET_KEY = %s" % py_val(t, q))
        L += ["    SQLALCHEMY_DATABASE_URI = os.environ.get(%sDATABASE_URL%s)" % (q, q)]
    else:
        L.append("    SECRET_KEY = os.environ[%sSECRET_KEY%s]" % (q, q))
        L += py_block(c, style="upper", indent="    ")
    L += ["    SQLALCHEMY_TRACK_MODIFICATIONS = False", "    JSON_AS_ASCII = False",
          "    BABEL_DEFAULT_LOCALE = %s%s%s" % (q, BCP.get(c.lang, "en").split("-")[0], q),
          "", "", "class DevelopmentConfig(Config):", "    DEBUG = True", "", "",
          "class ProductionConfig(Config):", "    DEBUG = False", "", "",
          "config = {", "    %sdevelopment%s: DevelopmentConfig," % (q, q), "    %sproduction%s: ProductionConfig," % (q, q),
          "    %sdefault%s: DevelopmentConfig," % (q, q), "}"]
    return path, L, ident


def r_jupyter(c):
    path = R.choice(["notebooks/%s_demo.ipynb" % c.provider_ascii, "analysis/%s.ipynb" % c.topic, "experiments/test_%s.ipynb" % c.provider_ascii,
                     "Untitled%d.ipynb" % R.randint(1, 9)])
    md = ["# " + ph(c.lang, c.topic) + "\n", "\n", ph(c.lang, R.choice(["dev", "temp", "env"]))]
    code1 = ["import os\n", "import json\n", "import requests"]
    blk = py_block(c, style=R.choice(["snake", "upper"]))
    code2 = [x + "\n" for x in blk[:-1]] + [blk[-1]]
    code3 = ["resp = requests.get(%r, timeout=10)\n" % ("https://api.%s/health" % c.domain), "resp.status_code"]
    def cell(src, n):
        return {"cell_type": "code", "execution_count": n, "metadata": {}, "outputs": [], "source": src}
    nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": md}, cell(code1, 1), cell(code2, 2), cell(code3, 3)],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                       "language_info": {"name": "python", "version": "3.11.%d" % R.randint(2, 9)}},
          "nbformat": 4, "nbformat_minor": 5}
    txt = json.dumps(nb, ensure_ascii=False, indent=1)
    return path, txt.split("\n"), lambda s: json.dumps(s, ensure_ascii=False)[1:-1]


# ---------------- JS / TS
def env_js(e, ts=False):
    opts = ["process.env.%s" % e, "process.env.%s || ''" % e, "process.env['%s']" % e]
    if ts:
        opts += ["process.env.%s ?? ''" % e, "import.meta.env.VITE_%s" % e]
    return R.choice(opts)


def js_val(it, q, ts=False):
    if it.mode == "env":
        return env_js(it.env, ts)
    if it.mode == "raw":
        return it.val
    return q + it.val + q


def js_key(name, q):
    s = name.f("camel")
    if name.native is not None and R.random() < 0.5:
        return q + s + q
    return s


def js_body(c, ts=False):
    q = R.choice(["'", '"'])
    L = []
    t, p = tgt(c), partner(c)
    mode = R.randrange(2)
    sec = c.section if c.section else None
    if mode == 0:
        decl = "export const config = {" if ts else R.choice(["module.exports = {", "const config = {"])
        L.append("// " + ph(c.lang, c.topic))
        L.append(decl)
        L.append("  env: %sproduction%s," % (q, q))
        ind = "  "
        if sec:
            L.append("  %s: {" % js_key(Name(parts=(sec,)), q))
            ind = "    "
        for it in c.items:
            if c.call and it.target:
                continue
            maybe_note(c, "//", L, it, ind)
            L.append("%s%s: %s," % (ind, js_key(it.name, q), js_val(it, q, ts)))
        if sec:
            L.append("  },")
        L.append("}" + (" as const;" if ts and R.random() < 0.5 else ";"))
        if decl.startswith("const"):
            L += ["", "module.exports = config;"]
        ref = "config.%s%s" % ((sec + ".") if sec else "", p.name.f("camel")) if p else None
    else:
        kw = "export const" if ts else "const"
        L.append("// " + ph(c.lang, c.topic))
        for it in c.items:
            if c.call and it.target:
                continue
            maybe_note(c, "//", L, it)
            L.append("%s %s = %s;" % (kw, it.name.f("upper"), js_val(it, q, ts)))
        ref = p.name.f("upper") if p else None
        if not ts:
            L += ["", "module.exports = { %s };" % ", ".join(it.name.f("upper") for it in c.items if not (c.call and it.target))]
    if c.call and t is not None:
        args = ([ref] if ref else []) + [js_val(t, q, ts)]
        L += ["", "// " + ph(c.lang, "init"), "%sconst client = new %s(%s);" % ("export " if ts else "", c.cls, ", ".join(args))]
        if not ts:
            L.append("module.exports.client = client;")
    return L


def r_js(c):
    if c.provider == "wechat":
        path = R.choice(["miniprogram/config.js", "utils/config.js", "cloudfunctions/login/config.js", "server/config/wechat.js"])
    else:
        path = R.choice(["config/index.js", "src/config.js", "config/%s.js" % c.provider_ascii, "server/config.js", "lib/%sClient.js" % c.provider_ascii])
    L = []
    if R.random() < 0.5:
        L += ["/**", " * " + ph(c.lang, c.topic), " * @author %s" % c.author, " */"]
    L += ["'use strict';", ""] if R.random() < 0.5 else []
    if c.call:
        L += ["const { %s } = require('%s');" % (c.cls, R.choice(["./sdk", "@%s/sdk" % c.provider_ascii])), ""]
    L += js_body(c)
    return path, L, ident


def r_ts(c):
    path = R.choice(["src/config/%s.ts" % c.provider_ascii, "src/config.ts", "src/lib/%s.ts" % c.topic, "config/env.production.ts"])
    L = []
    if R.random() < 0.5:
        L += ["/** " + ph(c.lang, c.topic) + " */"]
    if c.call:
        L += ["import { %s } from '%s';" % (c.cls, R.choice(["./sdk", "@%s/sdk" % c.provider_ascii])), ""]
    L += js_body(c, ts=True)
    if R.random() < 0.5:
        L += ["", "export type AppConfig = Record<string, string | number | boolean>;"]
    return path, L, ident


# ---------------- JVM / Go / C# / PHP
def jtype(it):
    if it.mode == "raw":
        if it.val in ("true", "false"):
            return "boolean"
        if it.val.isdigit():
            return "int"
        return "double"
    return "String"


def java_val(it):
    if it.mode == "env":
        return 'System.getenv("%s")' % it.env
    if it.mode == "raw":
        return it.val
    return '"%s"' % it.val


def r_java(c):
    cls = (c.section or c.topic).replace("_", " ").title().replace(" ", "") + R.choice(["Config", "Constants", "Properties"])
    org = R.choice(["com", "cn", "br.com", "ru", "jp.co", "kr.co", "com.tr"])
    pk = "%s.%s.%s.config" % (org, c.proj.split("-")[0], pkg_of(c).split("_")[-1])
    path = "src/main/java/%s/%s.java" % (pk.replace(".", "/"), cls)
    t, p = tgt(c), partner(c)
    L = ["package %s;" % pk, ""]
    if c.call:
        L += ["import %s.sdk.%s;" % (pk.rsplit(".", 1)[0], c.cls), ""]
    L += ["/**", " * " + ph(c.lang, c.topic), " *", " * @author %s" % c.author, " */",
          "public final class %s {" % cls, "", "    private %s() {" % cls, "    }", ""]
    for it in c.items:
        if c.call and it.target:
            continue
        maybe_note(c, "    //", L, it)
        kw = "public static final" if it.mode != "env" else "public static final"
        L.append("    /** %s */" % (it.name.f("snake"))) if R.random() < 0.2 else None
        L.append("    %s %s %s = %s;" % (kw, jtype(it), it.name.f("upper"), java_val(it)))
    if c.call and t is not None:
        args = ([p.name.f("upper")] if p else []) + [java_val(t)]
        L += ["", "    // " + ph(c.lang, "init"), "    public static %s newClient() {" % c.cls,
              "        return new %s(%s);" % (c.cls, ", ".join(args)), "    }"]
    L.append("}")
    return path, L, ident


def r_kotlin(c):
    obj = (c.section or c.topic).replace("_", " ").title().replace(" ", "") + "Config"
    path = "app/src/main/java/%s/%s/config/%s.kt" % (R.choice(["com", "kr/co", "jp/co", "br/com"]), pkg_of(c), obj)
    t, p = tgt(c), partner(c)
    L = ["package %s.config" % pkg_of(c), "", "/**", " * " + ph(c.lang, c.topic), " */", "object %s {" % obj]
    for it in c.items:
        if c.call and it.target:
            continue
        maybe_note(c, "    //", L, it)
        if it.mode == "env":
            L.append('    val %s: String = System.getenv("%s") ?: ""' % (it.name.f("upper"), it.env))
        elif it.mode == "raw":
            L.append("    const val %s = %s" % (it.name.f("upper"), it.val))
        else:
            L.append('    const val %s = "%s"' % (it.name.f("upper"), it.val))
    if c.call and t is not None:
        args = ([p.name.f("upper")] if p else []) + ([('"%s"' % t.val) if t.mode == "lit" else 'System.getenv("%s")' % t.env])
        L += ["", "    // " + ph(c.lang, "init"), "    val client by lazy { %s(%s) }" % (c.cls, ", ".join(args))]
    L.append("}")
    return path, L, ident


def go_val(it):
    if it.mode == "env":
        return 'os.Getenv("%s")' % it.env
    if it.mode == "raw":
        return it.val
    return R.choice(['"%s"', "`%s`"]) % it.val


def r_go(c):
    path = R.choice(["config/config.go", "internal/config/%s.go" % c.provider_ascii, "pkg/%s/client.go" % c.provider_ascii, "conf/const.go"])
    t, p = tgt(c), partner(c)
    uses_env = any(it.mode == "env" for it in c.items)
    L = ["package %s" % path.split("/")[-2], ""]
    if c.call:
        L += ["import ("] + (['\t"os"', ""] if uses_env else []) + ['\t"%s/pkg/sdk"' % c.proj, ")", ""]
    elif uses_env:
        L += ["import (", '\t"os"', ")", ""]
    L.append("// " + ph(c.lang, c.topic))
    kw = "var" if uses_env else R.choice(["const", "var"])
    L.append("%s (" % kw)
    style = R.choice(["pascal", "camel"])
    for it in c.items:
        if c.call and it.target:
            continue
        maybe_note(c, "\t//", L, it)
        L.append("\t%s = %s" % (it.name.f(style), go_val(it)))
    L.append(")")
    if c.call and t is not None:
        args = ([p.name.f(style)] if p else []) + [go_val(t)]
        L += ["", "// NewClient " + ph(c.lang, "init"), "func NewClient() *sdk.Client {",
              "\treturn sdk.New%s(%s)" % (c.cls, ", ".join(args)), "}"]
    elif not uses_env and R.random() < 0.5:
        L += ["", "// Timeout " + ph(c.lang, "timeout"), "const Timeout = %d" % R.choice([5, 10, 30])]
    return path, L, ident


def cs_val(it):
    if it.mode == "env":
        return 'Environment.GetEnvironmentVariable("%s")' % it.env
    if it.mode == "raw":
        return it.val
    return '"%s"' % it.val


def r_csharp(c):
    ns = "".join(x.capitalize() for x in c.proj.split("-"))
    cls = (c.section or c.topic).replace("_", " ").title().replace(" ", "") + "Settings"
    path = R.choice(["src/%s/Config/%s.cs" % (ns, cls), "%s/Constants.cs" % ns, "Infrastructure/%s.cs" % cls])
    t, p = tgt(c), partner(c)
    L = ["using System;", "", "namespace %s.Config" % ns, "{", "    /// <summary>", "    /// " + ph(c.lang, c.topic),
         "    /// </summary>", "    public static class %s" % cls, "    {"]
    for it in c.items:
        if c.call and it.target:
            continue
        maybe_note(c, "        //", L, it)
        typ = {"String": "string", "boolean": "bool", "int": "int", "double": "double"}[jtype(it)]
        if it.mode == "env":
            L.append("        public static readonly string %s = %s;" % (it.name.f("pascal"), cs_val(it)))
        else:
            L.append("        public const %s %s = %s;" % (typ, it.name.f("pascal"), cs_val(it)))
    if c.call and t is not None:
        args = ([p.name.f("pascal")] if p else []) + [cs_val(t)]
        L += ["", "        // " + ph(c.lang, "init"), "        public static %s CreateClient() => new %s(%s);" % (c.cls, c.cls, ", ".join(args))]
    L += ["    }", "}"]
    return path, L, ident


def php_val(it, q="'"):
    if it.mode == "env":
        return R.choice(["env('%s')" % it.env, "getenv('%s')" % it.env, "$_ENV['%s'] ?? ''" % it.env])
    if it.mode == "raw":
        return it.val
    return q + it.val + q


def r_php(c):
    path = R.choice(["config/%s.php" % c.provider_ascii, "includes/config.php", "app/Config/%s.php" % c.topic.capitalize(),
                     "config.inc.php", "src/Service/%sService.php" % c.provider_ascii.capitalize()])
    t, p = tgt(c), partner(c)
    L = ["<?php", ""]
    mode = R.randrange(3)
    if mode == 0:
        L += ["/**", " * " + ph(c.lang, c.topic), " */", "return ["]
        ind = "    "
        if c.section:
            L.append("    '%s' => [" % c.section)
            ind = "        "
        for it in c.items:
            maybe_note(c, ind + "//", L, it)
            L.append("%s'%s' => %s," % (ind, it.name.f("snake"), php_val(it)))
        if c.section:
            L.append("    ],")
        L.append("];")
    elif mode == 1:
        L.append("// " + ph(c.lang, c.topic))
        for it in c.items:
            if it.mode == "env":
                L.append("define('%s', %s);" % (it.name.f("upper"), php_val(it)))
            else:
                maybe_note(c, "//", L, it)
                L.append("define('%s', %s);" % (it.name.f("upper"), php_val(it)))
    else:
        cls = (c.section or c.topic).replace("_", " ").title().replace(" ", "") + "Service"
        L += ["namespace App\\Service;", "", "class %s" % cls, "{", "    // " + ph(c.lang, c.topic)]
        for it in c.items:
            if it.mode == "env":
                continue
            maybe_note(c, "    //", L, it)
            L.append("    private $%s = %s;" % (it.name.f("camel"), php_val(it)))
        L += ["", "    public function __construct()", "    {"]
        for it in c.items:
            if it.mode == "env":
                L.append("        $this->%s = %s;" % (it.name.f("camel"), php_val(it)))
        L += ["        // " + ph(c.lang, "init"), "    }", "}"]
    return path, L, ident


def r_laravel(c):
    t = tgt(c)
    if (c.provider, c.kindname) == ("laravel", "app_key"):
        path = "config/app.php"
        L = ["<?php", "", "return [", "", "    'name' => env('APP_NAME', '%s')," % c.proj, "    'env' => env('APP_ENV', 'production'),",
             "    'debug' => (bool) env('APP_DEBUG', false),", "    'url' => env('APP_URL', 'https://%s')," % c.domain,
             "    'timezone' => '%s'," % R.choice(["Asia/Shanghai", "America/Sao_Paulo", "Europe/Istanbul", "Asia/Jakarta", "UTC"]),
             "    'locale' => '%s'," % BCP.get(c.lang, "en").split("-")[0], "    'fallback_locale' => 'en',", "",
             "    // " + ph(c.lang, R.choice(["prod", "todo", "noshare"])),
             "    'key' => env('APP_KEY', '%s')," % t.val if t.mode == "lit" else "    'key' => env('APP_KEY'),",
             "    'cipher' => 'AES-256-CBC',", "", "];"]
        return path, L, ident
    path = R.choice(["config/services.php", "config/%s.php" % c.provider_ascii])
    L = ["<?php", "", "return [", "", "    /*", "    |--------------------------------------------------------------------------",
         "    | " + ph(c.lang, c.topic), "    |--------------------------------------------------------------------------", "    */", ""]
    L.append("    '%s' => [" % (c.section or c.provider_ascii))
    for it in c.items:
        maybe_note(c, "        //", L, it)
        if it.mode == "lit" and R.random() < 0.6:
            L.append("        '%s' => env('%s', '%s')," % (it.name.f("snake"), it.env if it.name.ascii() else "APP_SECRET", it.val))
        else:
            L.append("        '%s' => %s," % (it.name.f("snake"), php_val(it)))
    L += ["    ],", "", "];"]
    return path, L, ident


def r_thinkphp(c):
    t = tgt(c)
    if c.topic == "db":
        path = "config/database.php"
        pw = t
        pwv = ("env('database.password', '%s')" % pw.val) if (pw.mode == "lit" and R.random() < 0.4) else php_val(pw)
        L = ["<?php", "// +----------------------------------------------------------------------",
             "// | " + ph(c.lang, "db"), "// +----------------------------------------------------------------------", "",
             "return [", "    // 默认使用的数据库连接配置" if c.lang == "zh" else "    // default",
             "    'default' => env('database.driver', 'mysql'),", "    'connections' => [", "        'mysql' => [",
             "            'type'     => 'mysql',", "            'hostname' => env('database.hostname', '127.0.0.1'),",
             "            'database' => env('database.database', '%s')," % c.dbname,
             "            'username' => env('database.username', 'root'),"]
        maybe_note(c, "            //", L, pw)
        L += ["            'password' => %s," % pwv, "            'hostport' => env('database.hostport', '3306'),",
              "            'charset'  => 'utf8mb4',", "            'prefix'   => 'tp_',", "            'debug'    => env('app_debug', true),",
              "        ],", "    ],", "];"]
        return path, L, ident
    path = "config/%s.php" % R.choice([c.provider_ascii, c.section or c.provider_ascii, "extra"])
    L = ["<?php", "// " + ph(c.lang, c.topic), "return ["]
    for it in c.items:
        maybe_note(c, "    //", L, it)
        L.append("    '%s' => %s," % (it.name.f("snake"), php_val(it)))
    L += ["    'log' => [", "        'level' => 'debug',", "        'file'  => runtime_path() . '%s.log' % c.provider_ascii,", "    ],", "];"]
    return path, L, ident


def r_yii(c):
    t = tgt(c)
    if c.topic == "db":
        path = "config/db.php"
        L = ["<?php", "", "// " + ph(c.lang, "db"), "return [", "    'class' => 'yii\\db\\Connection',",
             "    'dsn' => 'mysql:host=%s;dbname=%s'," % (R.choice(["localhost", "127.0.0.1", "db"]), c.dbname),
             "    'username' => '%s'," % R.choice(["root", "yii", "app"])]
        maybe_note(c, "    //", L, t)
        L += ["    'password' => %s," % php_val(t), "    'charset' => 'utf8',", "", "    // Schema cache options (for production environment)",
              "    'enableSchemaCache' => true,", "    'schemaCacheDuration' => 60,", "];"]
        return path, L, ident
    path = "config/params.php"
    L = ["<?php", "", "return [", "    'adminEmail' => 'admin@%s'," % c.domain, "    // " + ph(c.lang, c.topic)]
    for it in c.items:
        maybe_note(c, "    //", L, it)
        L.append("    '%s' => %s," % (it.name.f("camel"), php_val(it)))
    L.append("];")
    return path, L, ident


# ---------------- config formats
def props_esc(s):
    out = []
    for ch in s:
        if ord(ch) > 127:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def spring_env(e):
    return R.choice(["${%s}" % e, "${%s:}" % e])


def spring_key(c, it, prefix):
    if (c.topic == "db" and it.target and c.slot == "password"):
        return "spring.datasource.password"
    if c.topic == "db" and it.target and c.slot == "url":
        return "spring.datasource.url"
    if c.topic == "mail" and it.target:
        return "spring.mail.password"
    if c.topic == "cache" and it.target and c.slot == "password":
        return R.choice(["spring.redis.password", "spring.data.redis.password"])
    nm = it.name.f("kebab") if it.name.ascii() else props_esc(it.name.native)
    return (prefix + "." if prefix else "") + nm


def r_props(c):
    path = R.choice(["src/main/resources/application.properties", "src/main/resources/application-prod.properties",
                     "src/main/resources/application-dev.properties", "%s/src/main/resources/application.properties" % c.proj])
    prefix = None
    if c.section and R.random() < 0.8:
        prefix = R.choice([c.section, c.section + "." + R.choice(["config", "api", "client", "mp"])]).replace("_", "-")
    L = ["# " + ph(c.lang, R.choice(["prod", "dev"])), "server.port=%d" % R.choice([8080, 8081, 9000, 8088]),
         "spring.application.name=%s" % c.proj, ""]
    if c.topic == "db":
        L += ["# " + ph(c.lang, "db"), "spring.datasource.driver-class-name=com.mysql.cj.jdbc.Driver"]
        if c.slot != "url":
            L.append("spring.datasource.url=jdbc:mysql://%s:3306/%s?useUnicode=true&characterEncoding=utf8&serverTimezone=Asia/Shanghai" % (R.choice(["127.0.0.1", "db"]), c.dbname))
        L.append("spring.datasource.username=%s" % R.choice(["root", "app"]))
    elif c.topic == "mail":
        L += ["# " + ph(c.lang, "mail"), "spring.mail.host=%s" % R.choice(SMTP_HOST.get(c.lang, SMTP_HOST["en"])),
              "spring.mail.username=noreply@%s" % c.domain, "spring.mail.default-encoding=UTF-8"]
    else:
        L.append("# " + ph(c.lang, c.topic))
    for it in c.items:
        if c.topic in ("db", "mail") and not it.target and it.role is None:
            continue
        maybe_note(c, "#", L, it)
        if it.mode == "env":
            v = spring_env(it.env)
        else:
            v = props_esc(it.val)
        L.append("%s=%s" % (spring_key(c, it, prefix), v))
    L += ["", "logging.level.root=INFO", "spring.messages.basename=i18n/messages", "spring.messages.encoding=UTF-8"]
    return path, L, props_esc


def yq(v, force=False):
    safe = all(ch.isalnum() or ch in "_-./+=" for ch in v) and v[:1].isalnum()
    if safe and not force and R.random() < 0.6 and v not in ("true", "false", "null", "yes", "no", "on", "off"):
        return v
    if "'" not in v and R.random() < 0.5:
        return "'" + v + "'"
    return '"' + v + '"'


def yaml_val(it, flavour="plain"):
    if it.mode == "env":
        if flavour == "spring":
            return spring_env(it.env)
        if flavour == "ansible":
            return '"{{ %s }}"' % it.env.lower()
        return R.choice(["${%s}" % it.env, '"${%s}"' % it.env, "!ENV ${%s}" % it.env])
    if it.mode == "raw":
        return it.val
    return yq(it.val)


def yaml_lines(c, items, indent, style="snake", flavour="plain"):
    L = []
    for it in items:
        maybe_note(c, indent + "#", L, it)
        L.append("%s%s: %s" % (indent, it.name.f(style), yaml_val(it, flavour)))
    return L


def r_springyml(c):
    path = R.choice(["src/main/resources/application.yml", "src/main/resources/application-prod.yml", "src/main/resources/bootstrap.yml"])
    t = tgt(c)
    L = ["server:", "  port: %d" % R.choice([8080, 8081, 9090]), "  servlet:", "    encoding:", "      charset: UTF-8", "",
         "spring:", "  application:", "    name: %s" % c.proj]
    rest = list(c.items)
    if c.topic == "db" and c.slot in ("password", "url"):
        L += ["  # " + ph(c.lang, "db"), "  datasource:", "    driver-class-name: com.mysql.cj.jdbc.Driver"]
        if c.slot == "password":
            L += ["    url: jdbc:mysql://%s:3306/%s?useSSL=false&serverTimezone=Asia/Shanghai" % (R.choice(["localhost", "db"]), c.dbname),
                  "    username: %s" % R.choice(["root", "app"])]
            maybe_note(c, "    #", L, t)
            L.append("    password: %s" % yaml_val(t, "spring"))
        else:
            maybe_note(c, "    #", L, t)
            L.append("    url: %s" % yaml_val(t, "spring"))
        rest = []
    elif c.topic == "mail":
        L += ["  # " + ph(c.lang, "mail"), "  mail:", "    host: %s" % R.choice(SMTP_HOST.get(c.lang, SMTP_HOST["en"])),
              "    port: 465", "    username: noreply@%s" % c.domain]
        maybe_note(c, "    #", L, t)
        L.append("    password: %s" % yaml_val(t, "spring"))
        rest = []
    L.append("")
    if rest:
        sec = (c.section or c.provider_ascii).replace("_", "-")
        L += ["# " + ph(c.lang, c.topic), "%s:" % sec]
        L += yaml_lines(c, rest, "  ", "kebab", "spring")
    L += ["", "logging:", "  level:", "    root: info"]
    return path, L, ident


def r_yaml(c, gin=False):
    if gin:
        path = R.choice(["config/config.yaml", "configs/config.yaml", "conf/app.yaml", "config/settings.dev.yaml"])
        L = ["# " + ph(c.lang, R.choice(["prod", "dev"])), "server:", "  port: %d" % R.choice([8080, 8888, 9000]),
             "  mode: %s" % R.choice(["release", "debug"]), ""]
    else:
        path = R.choice(["config.yaml", "config/%s.yml" % R.choice(["production", "default", "settings"]), "conf/app.yml",
                         "deploy/values.yaml", "settings.yml", "ansible/group_vars/all.yml"])
        L = ["# " + ph(c.lang, R.choice(["prod", "dev", "env"])), "app:", "  name: %s" % c.proj,
             "  locale: %s" % BCP.get(c.lang, "en-US"), ""]
    flav = "ansible" if "ansible" in path else "plain"
    sec = c.section or c.provider_ascii
    style = R.choice(["snake", "snake", "camel", "kebab"])
    L.append("# " + ph(c.lang, c.topic))
    L.append("%s:" % sec)
    L += yaml_lines(c, c.items, "  ", style, flav)
    if gin:
        L += ["", "log:", "  level: info", "  path: ./logs"]
    else:
        L += ["", "logging:", "  level: %s" % R.choice(["INFO", "WARN", "DEBUG"])]
    return path, L, ident


def r_gin(c):
    return r_yaml(c, gin=True)


def env_quote(v):
    if all(ch.isalnum() or ch in "_-./:+=@" for ch in v) and R.random() < 0.7:
        return v
    return R.choice(['"%s"', "'%s'"]) % v if "'" not in v else '"%s"' % v


def r_env(c):
    if c.provider == "laravel":
        path = ".env"
        L = ["APP_NAME=%s" % c.proj.replace("-", "_"), "APP_ENV=production"]
        t = tgt(c)
        L.append("APP_KEY=%s" % (t.val if t.mode == "lit" else "${LARAVEL_APP_KEY}"))
        L += ["APP_DEBUG=false", "APP_URL=https://%s" % c.domain, "APP_LOCALE=%s" % BCP.get(c.lang, "en").split("-")[0], "",
              "LOG_CHANNEL=stack", "", "DB_CONNECTION=mysql", "DB_HOST=127.0.0.1", "DB_PORT=3306",
              "DB_DATABASE=%s" % c.dbname, "DB_USERNAME=%s" % c.dbname, "DB_PASSWORD=", "",
              "# " + ph(c.lang, "cache"), "CACHE_DRIVER=redis", "QUEUE_CONNECTION=redis", "REDIS_HOST=127.0.0.1"]
        return path, L, ident
    path = R.choice([".env", ".env.production", ".env.local", "deploy/.env", "docker/.env", ".env.dev"])
    L = ["# " + ph(c.lang, R.choice(["prod", "dev", "temp"])), "APP_ENV=%s" % R.choice(["production", "prod", "staging", "local"]),
         "TZ=%s" % TZ.get(c.lang, "UTC"), ""]
    L.append("# " + ph(c.lang, c.topic))
    pre = ""
    if c.section and R.random() < 0.5:
        pre = c.section.upper() + "_"
    for it in c.items:
        maybe_note(c, "#", L, it)
        key = it.name.f("upper")
        if pre and not key.startswith(pre):
            key = pre + key
        if it.mode == "env":
            v = R.choice(["${%s}" % it.env, ""]) if it.env != key else ""
        else:
            v = env_quote(it.val)
        L.append("%s=%s" % (key, v))
    L += ["", "LOG_LEVEL=%s" % R.choice(["info", "debug", "warn"])]
    return path, L, ident


def r_json(c):
    path = R.choice(["config.json", "config/%s.json" % R.choice(["default", "production", c.provider_ascii]),
                     "src/config/config.json", "settings.json", "config/local.json"])
    sec = c.section or c.provider_ascii
    style = R.choice(["camel", "snake"])
    inner = {}
    for it in c.items:
        if it.mode == "env":
            v = "${%s}" % it.env
        elif it.mode == "raw":
            v = rawjson(it.val)
        else:
            v = it.val
        inner[it.name.f(style)] = v
    obj = {"name": c.proj, "env": R.choice(["production", "development"]), "locale": BCP.get(c.lang, "en-US"), sec: inner,
           "log": {"level": R.choice(["info", "warn"])}}
    if R.random() < 0.3:
        obj["_comment"] = ph(c.lang, c.topic)
    txt = json.dumps(obj, ensure_ascii=False, indent=R.choice([2, 4]))
    return path, txt.split("\n"), lambda s: json.dumps(s, ensure_ascii=False)[1:-1]


def r_appsettings(c):
    path = R.choice(["appsettings.json", "appsettings.Production.json", "src/%s.Api/appsettings.json" % "".join(x.capitalize() for x in c.proj.split("-"))])
    t = tgt(c)
    obj = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}}, "AllowedHosts": "*"}
    items = list(c.items)
    if c.topic == "db" and c.slot == "url":
        obj["ConnectionStrings"] = {"DefaultConnection": ("${%s}" % t.env) if t.mode == "env" else t.val}
        items = [i for i in items if not i.target]
    else:
        obj["ConnectionStrings"] = {"DefaultConnection": "Server=%s;Database=%s;Trusted_Connection=True;" % (R.choice(["localhost", "(localdb)\\mssqllocaldb"]), c.dbname)}
    if items:
        sec = "".join(x.capitalize() for x in (c.section or c.provider_ascii).split("_"))
        inner = {}
        for it in items:
            inner[it.name.f("pascal")] = ("${%s}" % it.env) if it.mode == "env" else (rawjson(it.val) if it.mode == "raw" else it.val)
        obj[sec] = inner
    obj["Localization"] = {"DefaultCulture": BCP.get(c.lang, "en-US")}
    txt = json.dumps(obj, ensure_ascii=False, indent=2)
    lines = txt.split("\n")
    if R.random() < 0.4:   # appsettings tolerates comments
        lines.insert(1, "  // " + ph(c.lang, R.choice(["prod", "todo", "dev"])))
    return path, lines, lambda s: json.dumps(s, ensure_ascii=False)[1:-1]


def toml_key(n):
    s = n.f("snake")
    if n.native is not None:
        return '"%s"' % s
    return s


def r_toml(c):
    path = R.choice(["config.toml", "config/%s.toml" % R.choice(["default", "prod"]), "settings.toml", ".streamlit/secrets.toml"])
    L = ["# " + ph(c.lang, R.choice(["prod", "dev"])), 'title = "%s"' % c.proj, 'locale = "%s"' % BCP.get(c.lang, "en-US"), "",
         "[%s]" % (c.section or c.provider_ascii), "# " + ph(c.lang, c.topic)]
    for it in c.items:
        maybe_note(c, "#", L, it)
        if it.mode == "env":
            v = '"${%s}"' % it.env
        elif it.mode == "raw":
            v = it.val
        else:
            v = R.choice(['"%s"', "'%s'"]) % it.val
        L.append("%s = %s" % (toml_key(it.name), v))
    L += ["", "[log]", 'level = "%s"' % R.choice(["info", "warn"])]
    return path, L, ident


def r_ini(c):
    mycnf = c.topic == "db" and c.slot == "password" and R.random() < 0.4
    if mycnf:
        path = R.choice([".my.cnf", "docker/mysql/my.cnf", "conf/client.cnf"])
        t = tgt(c)
        L = ["# " + ph(c.lang, "db"), "[client]", "host=%s" % R.choice(["127.0.0.1", "db"]), "user=%s" % R.choice(["root", "backup"])]
        maybe_note(c, "#", L, t)
        L += ["password=%s" % (t.val if t.mode == "lit" else "${MYSQL_PWD}"), "default-character-set=utf8mb4", "", "[mysqldump]",
              "single-transaction", "quick"]
        return path, L, ident
    path = R.choice(["config.ini", "conf/app.ini", "settings.ini", "config/%s.ini" % c.provider_ascii, "setup.cfg"])
    cmark = R.choice([";", "#"])
    L = ["%s %s" % (cmark, ph(c.lang, R.choice(["prod", "dev"]))), "[app]", "name = %s" % c.proj, "debug = false", "",
         "[%s]" % (c.section or c.provider_ascii), "%s %s" % (cmark, ph(c.lang, c.topic))]
    for it in c.items:
        maybe_note(c, cmark, L, it)
        v = ("${%s}" % it.env) if it.mode == "env" else it.val
        L.append("%s = %s" % (it.name.f("snake"), v))
    return path, L, ident


def r_compose(c):
    path = R.choice(["docker-compose.yml", "docker-compose.prod.yml", "deploy/docker-compose.yaml", "compose.yaml"])
    svc = R.choice(["app", "api", "backend", "web", "worker"])
    L = ["version: \"3.8\"", "", "services:"]
    if c.topic == "db" and c.slot == "password":
        db = R.choice(["mysql", "postgres"])
        t = tgt(c)
        L += ["  db:", "    image: %s" % ("mysql:8.0" if db == "mysql" else "postgres:16-alpine"), "    restart: always",
              "    environment:"]
        maybe_note(c, "      #", L, t)
        key = "MYSQL_ROOT_PASSWORD" if db == "mysql" else "POSTGRES_PASSWORD"
        if t.mode == "env":
            L.append("      %s: ${%s%s}" % (key, key, R.choice(["", ":?" + ph(c.lang, "env")])))
        else:
            L.append("      %s: %s" % (key, yq(t.val)))
        L += ["      %s: %s" % ("MYSQL_DATABASE" if db == "mysql" else "POSTGRES_DB", c.dbname), "    volumes:",
              "      - db_data:/var/lib/%s" % ("mysql" if db == "mysql" else "postgresql/data"), ""]
        L += ["  %s:" % svc, "    build: .", "    depends_on:", "      - db", "    ports:", "      - \"8080:8080\"", "", "volumes:", "  db_data:"]
        return path, L, ident
    L += ["  %s:" % svc, "    image: registry.%s/%s:%s" % (c.domain, c.proj, R.choice(["latest", "1.4.2", "2024.06"])), "    restart: unless-stopped",
          "    ports:", "      - \"%d:8080\"" % R.choice([80, 8080, 8000]), "    environment:", "      # " + ph(c.lang, c.topic)]
    list_style = R.random() < 0.5
    pre = (c.section.upper() + "_") if (c.section and R.random() < 0.4) else ""
    for it in c.items:
        maybe_note(c, "      #", L, it)
        key = it.name.f("upper")
        if pre and not key.startswith(pre):
            key = pre + key
        if it.mode == "env":
            v = "${%s%s}" % (it.env, R.choice(["", ":-", ":?" + ph(c.lang, "env")]))
        else:
            v = it.val
        if list_style:
            L.append("      - %s=%s" % (key, v))
        else:
            L.append("      %s: %s" % (key, yq(v) if it.mode != "env" else '"%s"' % v))
    L += ["    volumes:", "      - ./logs:/app/logs"]
    return path, L, ident


def sh_q(v):
    return "'%s'" % v if "'" not in v else '"%s"' % v


def r_shell(c):
    path = R.choice(["deploy.sh", "scripts/deploy.sh", "bin/start.sh", "scripts/backup_db.sh", "run_%s.sh" % c.provider_ascii, "tools/init_env.sh"])
    t = tgt(c)
    L = ["#!/usr/bin/env bash", "# " + ph(c.lang, R.choice(["prod", "dev", "temp"])), "set -euo pipefail", "",
         'cd "$(dirname "$0")/.."', ""]
    L.append("# " + ph(c.lang, c.topic))
    mode = R.randrange(3)
    if c.topic == "db" and c.slot == "password" and mode == 0:
        user = R.choice(["root", "backup", "app"])
        if t.mode == "env":
            L.append("MYSQL_PWD=\"${%s:?%s}\"" % (t.env, ph(c.lang, "env")))
            L.append("export MYSQL_PWD")
            L.append("mysqldump -h %s -u %s --single-transaction %s > backup_$(date +%%F).sql" % (R.choice(["127.0.0.1", "db"]), user, c.dbname))
        else:
            maybe_note(c, "#", L, t)
            L.append("mysqldump -h %s -u %s -p%s --single-transaction %s > backup_$(date +%%F).sql" % (R.choice(["127.0.0.1", "db"]), user, sh_q(t.val), c.dbname))
        L += ["gzip -f backup_$(date +%F).sql", 'echo "done: $(date)"']
        return path, L, ident
    if c.slot in ("token", "secret") and mode == 1 and not partner(c):
        hdr = "Authorization: Bearer "
        v = ("${%s}" % t.env) if t.mode == "env" else t.val
        maybe_note(c, "#", L, t)
        L += ["curl -sS -X POST \"https://api.%s/v1/notify\" \\" % c.domain, "  -H \"%s%s\" \\" % (hdr, v),
              "  -H 'Content-Type: application/json' \\", "  -d '{\"text\": \"%s\"}'" % ph(c.lang, "bot")]
        return path, L, ident
    for it in c.items:
        maybe_note(c, "#", L, it)
        key = it.name.f("upper")
        if it.mode == "env":
            L.append('export %s="${%s:?%s}"' % (key, it.env, ph(c.lang, "env")) if it.env != key else ': "${%s:?%s}"' % (key, ph(c.lang, "env")))
        else:
            L.append("export %s=%s" % (key, sh_q(it.val) if R.random() < 0.6 else '"%s"' % it.val))
    L += ["", "docker compose pull", "docker compose up -d --remove-orphans", 'echo "[$(date +%F\\ %T)] deployed"']
    return path, L, ident


def r_sql(c):
    t = tgt(c)
    if c.topic == "db" and c.slot == "password" and R.random() < 0.6:
        path = R.choice(["sql/init.sql", "docker/mysql/init/01_users.sql", "db/migrations/V1__create_users.sql", "scripts/grant.sql"])
        L = ["-- " + ph(c.lang, "db"), "-- " + ph(c.lang, R.choice(["prod", "dev"])), "",
             "CREATE DATABASE IF NOT EXISTS `%s` DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;" % c.dbname, ""]
        user = R.choice(["app", "app_rw", "report", "shop"])
        maybe_note(c, "--", L, t)
        pv = ("'${%s}'" % t.env.lower()) if t.mode == "env" else "'%s'" % t.val
        if R.random() < 0.5:
            L.append("CREATE USER '%s'@'%%' IDENTIFIED BY %s;" % (user, pv))
        else:
            L.append("ALTER USER '%s'@'localhost' IDENTIFIED BY %s;" % (user, pv))
        L += ["GRANT SELECT, INSERT, UPDATE, DELETE ON `%s`.* TO '%s'@'%%';" % (c.dbname, user), "FLUSH PRIVILEGES;"]
        return path, L, ident
    path = R.choice(["sql/sys_config.sql", "db/seed/config.sql", "sql/ry_config_%s.sql" % R.randint(2021, 2024), "database/seeds/settings.sql"])
    L = ["-- ----------------------------", "-- " + ph(c.lang, c.topic), "-- ----------------------------",
         "DELETE FROM sys_config WHERE config_key LIKE '%s.%%';" % (c.section or c.provider_ascii), "",
         "INSERT INTO sys_config (config_name, config_key, config_value, config_type, create_by, create_time, remark) VALUES"]
    rows = []
    n = len(c.items)
    for i, it in enumerate(c.items):
        cname = it.name.native if it.name.native else it.name.f("snake")
        key = "%s.%s" % (c.section or c.provider_ascii, it.name.f("camel") if it.name.ascii() else ("password" if c.slot == "password" else "secret"))
        if it.mode == "env":
            v = "${%s}" % it.env.lower()
        else:
            v = it.val
        rows.append("('%s', '%s', '%s', 'Y', 'admin', sysdate(), '%s')%s" % (cname, key, v, ph(c.lang, R.choice(["prod", "api", c.topic])), "," if i < n - 1 else ";"))
    L += rows
    return path, L, ident


def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "\\'")


def r_strings(c):
    path = "app/src/main/res/values/strings.xml"
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<resources>", '    <string name="app_name">%s</string>' % c.proj.replace("-", " ").title(),
         "    <!-- " + ph(c.lang, c.topic) + " -->"]
    for it in c.items:
        if it.mode == "env":
            continue
        maybe_note(c, "    <!--", L, it)
        if L[-1].startswith("    <!--") and not L[-1].endswith("-->"):
            L[-1] += " -->"
        L.append('    <string name="%s" translatable="false">%s</string>' % (it.name.f("snake"), xml_esc(it.val)))
    L += ['    <string name="login_button">%s</string>' % R.choice(["Login", "Sign in"]), "</resources>"]
    return path, L, xml_esc


def r_k8s(c):
    path = R.choice(["k8s/secret.yaml", "deploy/k8s/%s-secret.yaml" % c.proj, "helm/templates/secret.yaml", "manifests/secrets.yml"])
    L = ["# " + ph(c.lang, R.choice(["prod", "todo", "temp"])), "apiVersion: v1", "kind: Secret", "metadata:",
         "  name: %s-%s" % (c.proj, R.choice(["secrets", "env", "credentials"])), "  namespace: %s" % R.choice(["prod", "default", c.proj]),
         "  labels:", "    app: %s" % c.proj, "type: Opaque", "stringData:"]
    for it in c.items:
        maybe_note(c, "  #", L, it)
        v = ("${%s}" % it.env) if it.mode == "env" else it.val
        L.append("  %s: %s" % (it.name.f("upper"), '"%s"' % v))
    return path, L, ident


README_HEAD = {
    "zh": ("## 快速开始", "## 测试账号", "账号", "密码", "在本地运行前，先配置下面的参数："),
    "ja": ("## はじめに", "## テスト用アカウント", "ユーザー名", "パスワード", "ローカルで動かす前に、以下を設定してください："),
    "ru": ("## Быстрый старт", "## Тестовый доступ", "Логин", "Пароль", "Перед запуском локально задайте параметры:"),
    "es": ("## Inicio rápido", "## Credenciales de prueba", "Usuario", "Contraseña", "Antes de ejecutar en local, configura:"),
    "pt": ("## Como rodar", "## Acesso de teste", "Usuário", "Senha", "Antes de rodar localmente, configure:"),
    "ko": ("## 시작하기", "## 테스트 계정", "아이디", "비밀번호", "로컬에서 실행하기 전에 아래 값을 설정하세요:"),
    "en": ("## Quick start", "## Test account", "Username", "Password", "Before running locally, set:"),
}


def r_readme(c):
    lang = c.lang if c.lang in README_HEAD else R.choice(["zh", "ja", "ru", "es"])
    qs, acct, ulab, plab, pre = README_HEAD[lang]
    path = R.choice(["README.md", "README.%s.md" % lang, "docs/%s.md" % R.choice(["deploy", "setup", "dev-guide"])])
    t = tgt(c)
    title = c.proj.replace("-", " ").title()
    L = ["# %s" % title, "", ph(lang, c.topic) + ("。" if lang in ("zh", "ja") else "."), ""]
    if c.slot == "password" and c.topic in ("admin", "login", "db") and R.random() < 0.7:
        L += [acct, ""]
        col = "：" if lang in ("zh", "ja") and R.random() < 0.7 else ": "
        if lang == "ja" and R.random() < 0.5:
            L += ["| 項目 | 値 |", "|---|---|", "| URL | https://admin.%s |" % c.domain, "| %s | admin |" % ulab,
                  "| %s | `%s` |" % (plab, t.val)]
        else:
            L += ["- URL%shttps://admin.%s/login" % (col, c.domain), "- %s%s`admin`" % (ulab, col), "- %s%s`%s`" % (plab, col, t.val)]
        L += ["", "> " + ph(lang, R.choice(["dev", "temp", "noshare"]))]
    else:
        L += [qs, "", pre, "", "```bash"]
        for it in c.items:
            v = ("<%s>" % it.env.lower()) if it.mode == "env" else it.val
            L.append("export %s=%s" % (it.env if it.target else it.name.f("upper"), v))
        L += ["python -m %s" % pkg_of(c) if R.random() < 0.5 else "npm run dev", "```", "",
              "> " + ph(lang, R.choice(["temp", "dev", "todo"]))]
    L += ["", "## License", "", "MIT"]
    return path, L, ident


def r_uniapp(c):
    path = R.choice(["manifest.json", "src/manifest.json"])
    t, p = tgt(c), partner(c)
    appid = p.val if p else g_wx_id()
    sec = ('"%s"' % t.val) if t.mode == "lit" else '""'
    L = ["{", '    "name" : "%s",' % c.proj, '    "appid" : "__UNI__%s",' % rs(UHEX, 7), '    "description" : "%s",' % ph(c.lang, "login"),
         '    "versionName" : "1.%d.%d",' % (R.randint(0, 9), R.randint(0, 20)), '    "versionCode" : "%d",' % R.randint(100, 400),
         '    "transformPx" : false,', "    /* 5+App特有相关 */", '    "app-plus" : {', '        "usingComponents" : true,',
         '        "distribute" : {', '            "sdkConfigs" : {', '                "oauth" : {', '                    "weixin" : {',
         '                        "appid" : "%s",' % appid]
    if t.mode == "lit" and R.random() < 0.3:
        L.append("                        // " + ph(c.lang, R.choice(["todo", "noshare"])))
    L += ['                        "appsecret" : %s,' % sec, '                        "UniversalLinks" : "https://%s/app/"' % c.domain,
          "                    }", "                },", '                "share" : {', '                    "weixin" : {',
          '                        "appid" : "%s",' % appid, '                        "UniversalLinks" : "https://%s/app/"' % c.domain,
          "                    }", "                }", "            }", "        }", "    },", "    /* 小程序特有相关 */",
          '    "mp-weixin" : {', '        "appid" : "%s",' % appid, '        "setting" : {', '            "urlCheck" : false',
          "        },", '        "usingComponents" : true', "    },", '    "vueVersion" : "3"', "}"]
    return path, L, ident


def r_npmrc(c):
    t = tgt(c)
    path = R.choice([".npmrc", "frontend/.npmrc", "packages/ui/.npmrc"])
    v = t.val if t.mode == "lit" else "${NPM_TOKEN}"
    L = ["# " + ph(c.lang, R.choice(["todo", "temp", "noshare", "dev"])), "registry=https://registry.npmmirror.com/" if c.lang == "zh" else "registry=https://registry.npmjs.org/",
         "@%s:registry=https://registry.npmjs.org/" % c.proj.split("-")[0], "//registry.npmjs.org/:_authToken=%s" % v,
         "save-exact=true", "engine-strict=true"]
    if R.random() < 0.5:
        L.insert(1, "# " + ph(c.lang, "api"))
    return path, L, ident


# ---------------- PEM
def pem_body(kind):
    """returns (begin, end, lines, needle_index)"""
    if kind == "rsa":
        if R.random() < 0.5:
            first = "MIIEpAIBAAKCAQEA" if R.random() < 0.5 else "MIIEowIBAAKCAQEA"
            b, e = "-----BEGIN RSA PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----"
        else:
            first = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ"
            b, e = "-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----"
        body = first + rs(ALNUM + "+/", 1588 - len(first))
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        lines[-1] = lines[-1][:40] + "=="
        return b, e, lines, 0
    if kind == "ec":
        b, e = "-----BEGIN EC PRIVATE KEY-----", "-----END EC PRIVATE KEY-----"
        s = "MHcCAQEEI" + rs(ALNUM + "+/", 43) + "oAoGCCqGSM49AwEHoUQDQgAE" + rs(ALNUM + "+/", 86) + "=="
        lines = [s[i:i + 64] for i in range(0, len(s), 64)]
        return b, e, lines, 0
    b, e = "-----BEGIN OPENSSH PRIVATE KEY-----", "-----END OPENSSH PRIVATE KEY-----"
    s = ("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
         "QyNTUxOQAAACD" + rs(ALNUM + "+/", 43) + "AAAA" + rs(ALNUM + "+/", 160))
    lines = [s[i:i + 70] for i in range(0, len(s), 70)]
    lines[-1] = lines[-1] + "=" * ((4 - len(lines[-1]) % 4) % 4)
    return b, e, lines, 1


def r_pem(c, kind, public=False):
    """private keys (positives) or public keys / certs (negatives, public=True)"""
    if public:
        b, e, lines = public_pem()
        ni = None
    else:
        b, e, lines, ni = pem_body(kind)
    c.pem_needle = lines[ni] if ni is not None else None
    fmt = R.randrange(5)
    c.pem_ft = ["pem", "yaml", "python", "dotenv", "php"][fmt]
    if fmt == 0:
        path = R.choice(["certs/%s.pem" % R.choice(["server", "app", "apiclient_key", "jwt_private"]), "deploy/keys/id_%s" % ("ed25519" if kind == "openssh" else "rsa"),
                         "config/keys/private.key", "ssl/%s.key" % c.proj]) if not public else \
            R.choice(["certs/%s.pem" % R.choice(["server", "ca", "apiclient_cert", "jwt_public"]), "config/keys/public.pem", "ssl/%s.crt" % c.proj])
        L = [b] + lines + [e]
        if public and "PUBLIC" in b:
            path = R.choice(["config/keys/public.pem", "certs/jwt_public.pem", "keys/%s_pub.pem" % c.provider_ascii])
        if len(L) < 5:
            L = ["# " + ph(c.lang, "login") + (" (public key)" if public else "")] + L
        if R.random() < 0.3 and not public and kind != "openssh":
            L = ["Bag Attributes", "    friendlyName: %s" % c.proj, "Key Attributes: <No Attributes>"] + L
        return path, L, ident
    if fmt == 1:
        path = R.choice(["config/%s.yaml" % R.choice(["deploy", "jwt", "sign"]), "ansible/group_vars/prod.yml", "values.yaml"])
        L = ["# " + ph(c.lang, R.choice(["prod", "login", "noshare"]) if not public else "login"), "%s:" % R.choice(["deploy", "jwt", "signing", "ssh"]),
             "  host: %s" % c.domain, "  %s: |" % ("private_key" if not public else R.choice(["public_key", "certificate", "ca_cert"]))]
        L += ["    " + x for x in [b] + lines + [e]]
        L += ["  algorithm: %s" % ("RS256" if kind != "ec" else "ES256")]
        return path, L, ident
    if fmt == 2:
        path = R.choice(["%s/keys.py" % pkg_of(c), "app/sign.py", "utils/jwt_utils.py"])
        var = R.choice(["PRIVATE_KEY", "SIYAO", "私钥", "CLE_PRIVEE", "CHAVE_PRIVADA", "ЗАКРЫТЫЙ_КЛЮЧ"]) if not public else \
            R.choice(["PUBLIC_KEY", "GONGYAO", "公钥", "CLE_PUBLIQUE", "CHAVE_PUBLICA", "ОТКРЫТЫЙ_КЛЮЧ", "CA_CERT"])
        L = ["# " + ph(c.lang, "login"), "import jwt", "", '%s = """%s' % (var, b)] + lines + ['%s"""' % e, "", "",
             "def sign(payload: dict) -> str:", "    # " + ph(c.lang, "init"),
             "    return jwt.encode(payload, %s, algorithm=\"%s\")" % (var, "RS256" if kind != "ec" else "ES256")] if not public else \
            ["# " + ph(c.lang, "login"), "import jwt", "", '%s = """%s' % (var, b)] + lines + ['%s"""' % e, "", "",
             "def verify(token: str) -> dict:", "    return jwt.decode(token, %s, algorithms=[\"RS256\"])" % var]
        return path, L, ident
    if fmt == 3:
        path = R.choice([".env", ".env.production", "deploy/.env"])
        joined = "\\n".join([b] + lines + [e])
        key = "PRIVATE_KEY" if not public else R.choice(["PUBLIC_KEY", "JWT_PUBLIC_KEY"])
        L = ["# " + ph(c.lang, R.choice(["prod", "temp"])), "APP_ENV=production", "JWT_ALGORITHM=RS256", '%s="%s"' % (key, joined),
             "JWT_TTL=%d" % R.choice([3600, 7200, 86400])]
        return path, L, ident
    path = R.choice(["config/keys.php", "app/Config/Sign.php"])
    L = ["<?php", "// " + ph(c.lang, "login"), "$%s = <<<EOT" % ("privateKey" if not public else "publicKey"), b] + lines + [e, "EOT;", "",
         "return ['%s' => $%s];" % (("private_key", "privateKey") if not public else ("public_key", "publicKey"))]
    return path, L, ident


def public_pem():
    k = R.randrange(3)
    if k == 0:
        b, e = "-----BEGIN PUBLIC KEY-----", "-----END PUBLIC KEY-----"
        s = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(ALNUM + "+/", 342) + "IDAQAB"
    elif k == 1:
        b, e = "-----BEGIN CERTIFICATE-----", "-----END CERTIFICATE-----"
        s = "MIID" + rs(ALNUM + "+/", 2) + "CCA" + rs(ALNUM + "+/", 3) + "gAwIBAgIU" + rs(ALNUM + "+/", 1150)
    else:
        b, e = "-----BEGIN PUBLIC KEY-----", "-----END PUBLIC KEY-----"
        s = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + rs(ALNUM + "+/", 84)
    lines = [s[i:i + 64] for i in range(0, len(s), 64)]
    lines[-1] += "=" * ((4 - len(lines[-1]) % 4) % 4)
    return b, e, lines


ITEM_RENDERERS = {
    "python": (r_python, True), "django_settings": (r_django, True), "flask_config": (r_flask, True),
    "jupyter": (r_jupyter, True), "javascript": (r_js, True), "typescript": (r_ts, True), "java": (r_java, True),
    "kotlin": (r_kotlin, True), "go": (r_go, True), "php": (r_php, True), "laravel_config": (r_laravel, False),
    "thinkphp_config": (r_thinkphp, False), "yii_config": (r_yii, False), "csharp": (r_csharp, True),
    "aspnet_appsettings": (r_appsettings, True), "spring_properties": (r_props, False), "spring_yaml": (r_springyml, True),
    "dotenv": (r_env, False), "yaml": (r_yaml, True), "gin_yaml": (r_gin, True), "json": (r_json, True),
    "toml": (r_toml, True), "ini": (r_ini, True), "docker_compose": (r_compose, False), "shell": (r_shell, False),
    "sql": (r_sql, True), "android_strings_xml": (r_strings, False), "k8s_secret": (r_k8s, False),
    "readme_md": (r_readme, True), "uniapp_manifest": (r_uniapp, False), "npmrc": (r_npmrc, False),
}
CALL_FTS = {"python", "javascript", "typescript", "java", "kotlin", "go", "csharp", "jupyter"}


# ================================================================ context building
DBNAMES = ["shop", "dingdan", "tienda", "loja", "magazin", "sklep", "siparis", "cuahang", "toko", "kanri", "erp", "crm", "app"]
SECTION_BY_TOPIC = {"db": ["database", "datasource", "db", "mysql"], "mail": ["mail", "smtp", "email"], "cache": ["redis", "cache"],
                    "admin": ["admin", "auth"], "login": ["auth", "security", "ldap"]}
GENERIC_SECTIONS = ["api", "config", "third_party", "credentials", "external", "integrations", "secrets"]


TZ = {"zh": "Asia/Shanghai", "ja": "Asia/Tokyo", "ko": "Asia/Seoul", "ru": "Europe/Moscow", "pt": "America/Sao_Paulo",
      "es": "America/Mexico_City",
      "tr": "Europe/Istanbul", "vi": "Asia/Ho_Chi_Minh", "id": "Asia/Jakarta", "hi": "Asia/Kolkata", "de": "Europe/Berlin",
      "fr": "Europe/Paris", "pl": "Europe/Warsaw", "ar": "Asia/Riyadh", "he": "Asia/Jerusalem"}
LANG_FT_BOOST = {
    "zh": {"thinkphp_config": 4, "spring_properties": 2.5, "spring_yaml": 2.5, "java": 2, "go": 2, "gin_yaml": 2, "uniapp_manifest": 4, "sql": 2, "python": 1.5},
    "ru": {"php": 2, "python": 2, "yii_config": 3, "dotenv": 1.5, "go": 1.5},
    "ja": {"java": 1.5, "kotlin": 1.5, "android_strings_xml": 2, "typescript": 1.5, "spring_yaml": 1.5},
    "ko": {"java": 2, "kotlin": 2, "android_strings_xml": 3, "spring_properties": 2, "spring_yaml": 2},
    "pt": {"php": 2, "javascript": 2, "typescript": 1.5},
    "es": {"php": 2, "javascript": 2, "typescript": 1.5},
    "hi": {"javascript": 2, "python": 1.5}, "tr": {"csharp": 2, "aspnet_appsettings": 2, "php": 1.5},
    "vi": {"php": 1.5, "javascript": 1.5}, "id": {"php": 2, "laravel_config": 2},
}
FT_DAMP = {"laravel_config": 0.45, "aspnet_appsettings": 0.55, "k8s_secret": 0.7, "flask_config": 0.8}


def pick_ft(kind, lang):
    fts = kind["fts"]
    if len(set(fts)) == 1:
        return fts[0]
    boost = LANG_FT_BOOST.get(lang, {})
    w = [boost.get(f, 1.0) * FT_DAMP.get(f, 1.0) for f in fts]
    return fit_ft(kind, R.choices(fts, w)[0])


def pick_lang(kind):
    if kind and kind["langs"] and R.random() < 0.85:
        return R.choice(kind["langs"])
    return R.choices(COMMENT_LANGS, LANG_W)[0]


def new_ctx(kind, lang):
    c = Ctx()
    c.lang = lang
    c.topic = kind["topic"]
    c.provider = kind["provider"]
    c.kindname = kind["kind"]
    c.slot = kind["slot"]
    c.provider_ascii = {"1c": "onec", "private_key": "keys", "generic": "app", "app": "app"}.get(c.provider, c.provider)
    c.proj = R.choice(PROJ)
    c.domain = c.proj.replace("-", "") + "." + TLD.get(lang, "io")
    c.dbname = R.choice(DBNAMES)
    c.author = R.choice(AUTHORS.get(lang, AUTHORS["en"]))
    c.cls = kind["cls"]
    c.call = False
    c.section = None
    c.items = []
    c.pem_needle = None
    return c


def env_name(kind):
    return "_".join(kind["pnames"][0]).upper()


def build_items(c, kind, ft, uni, tmode, tval, name=None, neg=False):
    if name is None:
        name, generic = choose_name(kind, c.lang, uni)
    else:
        generic = False
    fill = fill_items(c)
    t = Item(name, tval, tmode, target=True, env=env_name(kind))
    mid = []
    if kind["partner"]:
        pn, pg = kind["partner"]
        pit = Item(Name.of(R.choice(pn)), pg(), role="partner")
        if neg and (kind["provider"] in ("aws", "baidu", "qiniu", "huawei") or R.random() < 0.2):
            pit.mode = "env"      # never leave a lone AKIA / api_key-named id in a negative
            pit.env = pit.name.f("upper")
        mid.append(pit)
    mid.append(t)
    k = R.randint(0, len(fill))
    c.items = fill[:k] + mid + fill[k:]
    if c.slot in ("password", "url") and c.topic in SECTION_BY_TOPIC and R.random() < 0.6:
        c.section = R.choice(SECTION_BY_TOPIC[c.topic])
    elif generic and R.random() < 0.4:
        c.section = R.choice(GENERIC_SECTIONS)
    else:
        c.section = R.choice(kind["sections"]).replace("1c", "onec")
    if ft in CALL_FTS and c.slot in ("secret", "token") and R.random() < 0.22:
        c.call = True
    return t


def jdbc_fix(kind, ft, secret, value):
    if ft in ("spring_properties", "spring_yaml", "java", "kotlin") and kind["kind"] == "connection_uri" and kind["provider"] in ("postgres", "mysql"):
        if kind["provider"] == "postgres":
            return "jdbc:postgresql://%s:5432/%s?user=%s&password=%s" % (R.choice(["db", "127.0.0.1"]), R.choice(DBNAMES), R.choice(["app", "postgres"]), secret)
        return "jdbc:mysql://%s:3306/%s?user=root&password=%s&useSSL=false" % (R.choice(["db", "127.0.0.1"]), R.choice(DBNAMES), secret)
    return value


def fit_ft(kind, ft):
    if kind["slot"] == "url" and ft in ("thinkphp_config", "yii_config"):
        return "python"
    return ft


def make_positive(kind):
    for _ in range(40):
        lang = pick_lang(kind)
        ft = pick_ft(kind, lang)
        c = new_ctx(kind, lang)
        if ft == "pem":
            path, lines, esc = r_pem(c, kind["kind"])
            needle = c.pem_needle
            ft = c.pem_ft
        else:
            secret = kind["gen"]()
            value = kind["wrap"](secret) if kind["wrap"] else secret
            value = jdbc_fix(kind, ft, secret, value)
            rfn, uni = ITEM_RENDERERS[ft]
            build_items(c, kind, ft, uni, "lit", value)
            path, lines, esc = rfn(c)
            needle = esc(secret)
        text = "\n".join(lines) + "\n"
        hits = [i for i, ln in enumerate(lines) if needle in ln]
        if text.count(needle) == 1 and len(hits) == 1 and 5 <= len(lines) <= 80:
            return dict(path=path, text=text, needle=needle, line=hits[0] + 1, provider=kind["provider"],
                        kind=kind["kind"], filetype=ft)
    raise RuntimeError("could not render %s/%s" % (kind["provider"], kind["kind"]))


# ================================================================ negatives
KNOWN_PREFIXES = ["sk-proj-", "sk-ant-api03-", "sk_live_51", "sk_live_", "rk_live_51", "github_pat_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_",
                  "glpat-", "xoxb-", "SG.", "AIzaSy", "GOCSPX-", "LTAI5t", "AKID", "AQVN", "YCAJE", "YC", "y0_Ag", "vk1.a.",
                  "APP_USR-", "TEST-", "live_", "test_", "sandbox-", "npm_", "hf_", "sk-", "SEC", "base64:", "django-insecure-",
                  "https://hooks.slack.com/services/", "https://open.feishu.cn/open-apis/bot/v2/hook/", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"]
ITEM_FTS_NEG = [f for f in ITEM_RENDERERS if f not in ("readme_md",)]


def split_prefix(s):
    for p in KNOWN_PREFIXES:
        if s.startswith(p):
            return p, s[len(p):]
    return "", s


def shaped_placeholder(kind, lang):
    s = kind["gen"]() if kind["gen"] else "x" * 32
    p, rest = split_prefix(s)
    n = len(rest)
    k = R.randrange(6)
    if k == 0:
        return p + "x" * n
    if k == 1:
        return p + "X" * min(n, 40)
    if k == 2:
        return p + "*" * min(n, 32)
    if k == 3:
        return (p or "") + "..."
    if k == 4 and lang == "zh":
        return "<%d位%s>" % (len(s), R.choice(["密钥", "AppSecret", "SecretKey", "字符串"]))
    return p + "0" * min(n, 32)


def masked(kind):
    s = kind["gen"]()
    p, rest = split_prefix(s)
    k = R.randrange(5)
    if k == 0:
        return p + "****" + rest[-4:]
    if k == 1:
        return (p or s[:4]) + "…" + s[-3:]
    if k == 2:
        keep = min(6, len(s) // 4)
        return s[:keep] + "*" * max(8, len(s) - keep - 4) + s[-4:]
    if k == 3:
        return p + "********"
    return s[:3] + "****" + s[-2:]


def placeholder_value(kind, lang):
    r = R.random()
    if r < 0.5:
        return R.choice(PLACE.get(lang, PLACE["en"]))
    if r < 0.75:
        return R.choice(PLACE["en"])
    return shaped_placeholder(kind, lang)


NONPEM_KINDS = None
LAST_CTX = [None]
MASK_NOTE = {"zh": "（已脱敏）示例输出", "ja": "（マスク済み）ログ出力例", "ru": "(значение замаскировано)", "es": "(valor enmascarado)",
             "pt": "(valor mascarado)", "ko": "(마스킹 처리됨)", "de": "(maskiert)", "fr": "(valeur masquée)", "tr": "(maskelenmiş)",
             "pl": "(zamaskowane)", "vi": "(đã che)", "id": "(disamarkan)", "en": "(masked)"}
EMPTY_NOTE = {"zh": "本地 Redis/MySQL 没设密码", "ru": "локально без пароля", "es": "en local no hay contraseña", "pt": "local sem senha",
              "ja": "ローカルはパスワードなし", "de": "lokal ohne Passwort", "tr": "yerelde şifre yok", "ko": "로컬은 비밀번호 없음",
              "pl": "lokalnie bez hasła", "fr": "pas de mot de passe en local", "vi": "local không có mật khẩu", "id": "lokal tanpa kata sandi",
              "en": "no password locally"}


def nk():
    return R.choice(NONPEM_KINDS)


def render_kind_with(kind, tmode, valfn, ftpool=None):
    for _ in range(30):
        fts = [f for f in (ftpool or kind["fts"]) if f in ITEM_RENDERERS]
        ft = fit_ft(kind, R.choice(fts))
        lang = pick_lang(kind)
        c = new_ctx(kind, lang)
        rfn, uni = ITEM_RENDERERS[ft]
        v = valfn(kind, lang)
        if kind["wrap"] and tmode == "lit":
            v = kind["wrap"](v)
        build_items(c, kind, ft, uni, tmode, v, neg=True)
        path, lines, esc = rfn(c)
        if 5 <= len(lines) <= 80:
            c.ft = ft
            LAST_CTX[0] = c
            return path, lines, ft
    raise RuntimeError("neg render failed")


def neg_envref():
    kind = nk()
    fts = [f for f in kind["fts"] if f not in ("android_strings_xml",)]
    path, lines, ft = render_kind_with(kind, "env", lambda k, l: "", fts)
    return path, lines, kind["provider"], "env_reference", ft


def neg_placeholder():
    kind = nk()
    path, lines, ft = render_kind_with(kind, "lit", placeholder_value)
    return path, lines, kind["provider"], "placeholder", ft


def neg_masked():
    kind = R.choice([k for k in NONPEM_KINDS if k["slot"] != "password"])
    path, lines, ft = render_kind_with(kind, "lit", lambda k, l: masked(k))
    lang = LAST_CTX[0].lang
    if ft in ("python", "yaml", "dotenv", "toml", "shell", "ini", "spring_properties", "gin_yaml", "k8s_secret", "docker_compose"):
        lines.insert(1 if lines[0].startswith("#!") else 0, "# " + MASK_NOTE.get(lang, MASK_NOTE["en"]))
    return path, lines, kind["provider"], "masked", ft


def neg_empty():
    kind = R.choice([k for k in NONPEM_KINDS if k["slot"] == "password"])
    fts = [f for f in kind["fts"] if f in ("python", "yaml", "json", "dotenv", "spring_properties", "spring_yaml", "toml", "ini", "php", "javascript", "docker_compose", "django_settings", "thinkphp_config", "yii_config", "gin_yaml")]
    lang = pick_lang(kind)
    for _ in range(30):
        ft = fit_ft(kind, R.choice(fts))
        c = new_ctx(kind, lang)
        rfn, uni = ITEM_RENDERERS[ft]
        build_items(c, kind, ft, uni, "raw" if ft in ("python", "yaml", "json", "javascript", "toml", "php", "gin_yaml", "spring_yaml") else "lit",
                    R.choice(['""', "''"]) if ft in ("python", "javascript", "php", "toml", "yaml", "gin_yaml", "spring_yaml") else "", neg=True)
        t = tgt(c)
        if ft == "python" and R.random() < 0.5:
            t.val = "None"
        if ft in ("yaml", "gin_yaml") and R.random() < 0.5:
            t.val = R.choice(["null", "~"])
        if ft == "json":
            t.val = '""'
        path, lines, esc = rfn(c)
        note = EMPTY_NOTE.get(lang, EMPTY_NOTE["en"])
        if ft not in ("json",):
            lines.insert(1 if lines and lines[0].startswith(("<?php", "#!")) else 0,
                         ("// " if ft in ("javascript", "php", "thinkphp_config", "yii_config") else "# ") + note)
        if 5 <= len(lines) <= 80:
            return path, lines, kind["provider"], "empty_value", ft
    raise RuntimeError


# ---- public identifiers
def pub_entries():
    return [
        ("wechat", "app_id", g_wx_id, [("wechat", "app", "id"), ("wx", "appid"), ("app", "id")], "wechat"),
        ("alibaba", "access_key_id", g_ali_id, [("aliyun", "access", "key", "id"), ("access", "key", "id")], "alibaba"),
        ("tencent", "secret_id", g_tc_id, [("tencent", "secret", "id"), ("secret", "id")], "tencent"),
        ("line", "channel_id", g_line_id, [("line", "channel", "id"), ("channel", "id")], "line"),
        ("kakao", "javascript_key", g_kakao, [("kakao", "javascript", "key"), ("kakao", "js", "key"), ("kakao", "app", "key")], None),
        ("naver", "client_id", g_naver_id, [("naver", "client", "id"), ("client", "id")], "naver"),
        ("feishu", "app_id", g_fs_id, [("feishu", "app", "id"), ("app", "id")], "feishu"),
        ("dingtalk", "app_key", g_ding_key, [("dingtalk", "app", "key"), ("app", "key")], "dingtalk"),
        ("razorpay", "key_id", g_rzp_id, [("razorpay", "key", "id"), ("key", "id")], "razorpay"),
        ("mercadopago", "public_key", g_mp_pub, [("mercadopago", "public", "key"), ("public", "key"), ("mp", "public", "key")], "mercadopago"),
        ("stripe", "publishable_key", lambda: "pk_live_51" + rs(ALNUM, 97), [("stripe", "publishable", "key"), ("stripe", "public", "key")], "stripe"),
        ("google", "oauth_client_id", g_gclient, [("google", "client", "id"), ("client", "id")], "google"),
        ("qiwi", "public_key", g_qiwi_pub, [("qiwi", "public", "key")], "qiwi"),
        ("yandex", "folder_id", g_yc_folder, [("yc", "folder", "id"), ("folder", "id")], "yandex"),
        ("wecom", "corp_id", g_ww_id, [("wecom", "corp", "id"), ("corp", "id")], "wecom"),
        ("paytm", "mid", g_paytm_mid, [("paytm", "mid"), ("merchant", "id")], "paytm"),
        ("twilio", "account_sid", g_twilio_sid, [("twilio", "account", "sid"), ("account", "sid")], "twilio"),
        ("azure", "tenant_id", ruuid, [("azure", "tenant", "id"), ("tenant", "id"), ("client", "id")], "azure"),
        ("alipay", "public_key", g_alipay_pub, [("alipay", "public", "key"), ("alipay", "pub", "key")], "alipay"),
        ("tencent", "cos_appid", lambda: "125" + rs(DIG, 7), [("cos", "app", "id"), ("tencent", "app", "id")], "tencent"),
        ("baidu", "app_id", lambda: digits(8), [("baidu", "app", "id"), ("app", "id")], "baidu"),
    ]


def kind_by(provider, pred=lambda k: True):
    ks = [k for k in NONPEM_KINDS if k["provider"] == provider and pred(k)]
    return R.choice(ks) if ks else None


def neg_public_id():
    prov, idk, gen, names, secret_of = R.choice(pub_entries())
    r = R.random()
    lang = {"wechat": "zh", "alibaba": "zh", "tencent": "zh", "line": "ja", "kakao": "ko", "naver": "ko", "feishu": "zh", "dingtalk": "zh",
            "mercadopago": R.choice(["es", "pt"]), "qiwi": "ru", "yandex": "ru", "wecom": "zh", "paytm": "hi", "razorpay": "hi",
            "alipay": "zh", "baidu": "zh"}.get(prov) if R.random() < 0.7 else None
    if prov == "wechat" and r < 0.35:
        return r_wx_project(lang or "zh") + ("wechat", "public_id", "wechat_project_config")
    if prov == "wechat" and r < 0.5:
        kind = kind_by("wechat", lambda k: k["kind"] == "app_secret")
        c = new_ctx(kind, "zh")
        c.items = [Item(("app", "id"), gen(), role="partner"), Item(("app", "secret"), "", "env", target=True, env="WX_APP_SECRET")]
        path, lines, _ = r_uniapp(c)
        return path, lines, "wechat", "public_id", "uniapp_manifest"
    if prov in ("kakao", "stripe", "mercadopago", "razorpay", "qiwi") and r < 0.6:
        return frontend_public(prov, gen(), lang or "en") + (prov, "public_id", "javascript" if prov != "kakao" or R.random() < 0.5 else "html")
    if prov in ("kakao", "naver", "line") and r < 0.8:
        c = new_ctx(KINDS[0], lang or "ko")
        c.topic = "api"
        c.items = [Item(Name.of(R.choice(names)), gen(), target=True)]
        path, lines, _ = r_strings(c)
        return path, lines, prov, "public_id", "android_strings_xml"
    sk = kind_by(secret_of) if secret_of else None
    base = sk or kind_by("google")
    lang = lang or pick_lang(base)
    fts = [f for f in (base["fts"] if base else API_FTS) if f in ITEM_RENDERERS and f not in ("readme_md", "android_strings_xml", "uniapp_manifest", "npmrc")] or ["yaml"]
    for _ in range(30):
        ft = fit_ft(base, R.choice(fts))
        c = new_ctx(base, lang)
        c.topic = base["topic"] if base["topic"] not in ("db", "mail") else "api"
        rfn, uni = ITEM_RENDERERS[ft]
        c.items = fill_items(c)
        idi = Item(Name.of(R.choice(names)), gen(), target=(sk is None))
        c.items.insert(R.randint(0, len(c.items)), idi)
        if sk is not None and R.random() < 0.75:
            nm, _ = choose_name(sk, lang, uni)
            c.items.insert(c.items.index(idi) + 1, Item(nm, "", "env", target=True, env=env_name(sk)))
        else:
            idi.target = True
        c.section = R.choice(base["sections"]) if base else prov
        path, lines, esc = rfn(c)
        if 5 <= len(lines) <= 80:
            return path, lines, prov, "public_id", ft
    raise RuntimeError


def r_wx_project(lang):
    appid = g_wx_id()
    path = R.choice(["project.config.json", "miniprogram/project.config.json"])
    obj = {"description": "项目配置文件，详见文档：https://developers.weixin.qq.com/miniprogram/dev/devtools/projectconfig.html",
           "packOptions": {"ignore": [], "include": []},
           "setting": {"urlCheck": R.choice([True, False]), "es6": True, "enhance": True, "postcss": True, "minified": True,
                       "coverView": True, "bigPackageSizeSupport": False, "compileHotReLoad": True},
           "compileType": "miniprogram", "libVersion": "3.%d.%d" % (R.randint(0, 5), R.randint(0, 9)),
           "appid": appid, "projectname": R.choice(["点餐小程序", "会员中心", "预约挂号", "校园二手", "shop-mini"]),
           "condition": {}, "editorSetting": {"tabIndent": "insertSpaces", "tabSize": 2}}
    if R.random() < 0.5:
        obj["cloudfunctionRoot"] = "cloudfunctions/"
    return path, json.dumps(obj, ensure_ascii=False, indent=2).split("\n")


def frontend_public(prov, val, lang):
    loc = BCP.get(lang, "en-US")
    if prov == "kakao":
        if R.random() < 0.5:
            path = R.choice(["public/index.html", "templates/login.html"])
            L = ["<!DOCTYPE html>", '<html lang="ko">', "<head>", '  <meta charset="utf-8">', "  <title>카카오 로그인</title>",
                 '  <script src="https://t1.kakaocdn.net/kakao_js_sdk/2.7.2/kakao.min.js" crossorigin="anonymous"></script>', "</head>", "<body>",
                 '  <a id="kakao-login-btn" href="javascript:loginWithKakao()">카카오 로그인</a>', "  <script>",
                 "    // JavaScript 키 (웹 플랫폼 도메인으로 제한됨)", "    Kakao.init('%s');" % val,
                 "    function loginWithKakao() {", "      Kakao.Auth.authorize({ redirectUri: location.origin + '/oauth/kakao' });", "    }",
                 "  </script>", "</body>", "</html>"]
            return path, L
        path = "src/lib/kakao.js"
        L = ["// 카카오 JavaScript SDK 초기화", "// JavaScript 키는 공개되어도 되는 키 (도메인 제한)", "export const KAKAO_JS_KEY = '%s';" % val, "",
             "export function initKakao() {", "  if (window.Kakao && !window.Kakao.isInitialized()) {", "    window.Kakao.init(KAKAO_JS_KEY);", "  }", "}"]
        return path, L
    path = R.choice(["src/components/Checkout.js", "static/js/checkout.js", "src/pages/pagamento.js", "resources/js/payment.js"])
    if prov == "stripe":
        L = ["import { loadStripe } from '@stripe/stripe-js';", "", "// " + ph(lang, "pay"),
             "const stripePromise = loadStripe('%s', { locale: '%s' });" % (val, loc.split("-")[0]), "",
             "export async function pay(sessionId) {", "  const stripe = await stripePromise;", "  return stripe.redirectToCheckout({ sessionId });", "}"]
    elif prov == "mercadopago":
        L = ["// " + ph(lang, "pay"), "const mp = new MercadoPago('%s', {" % val, "  locale: '%s'," % loc, "});", "",
             "const bricksBuilder = mp.bricks();", "", "export async function renderCardPayment(amount) {",
             "  await bricksBuilder.create('cardPayment', 'cardPaymentBrick_container', {", "    initialization: { amount },",
             "    callbacks: { onSubmit: (data) => fetch('/api/process_payment', { method: 'POST', body: JSON.stringify(data) }) },", "  });", "}"]
    elif prov == "razorpay":
        L = ["// " + ph(lang, "pay"), "export function openCheckout(order) {", "  const options = {", "    key: '%s', // key_id (public)" % val,
             "    amount: order.amount,", "    currency: 'INR',", "    name: 'Kirana Store',", "    order_id: order.id,",
             "    handler: (resp) => fetch('/api/verify', { method: 'POST', body: JSON.stringify(resp) }),", "  };",
             "  new window.Razorpay(options).open();", "}"]
    else:
        L = ["// " + ph(lang, "pay"), "const QIWI_PUBLIC_KEY = '%s';" % val, "", "export function payUrl(billId, amount) {",
             "  const params = new URLSearchParams({ publicKey: QIWI_PUBLIC_KEY, billId, amount, successUrl: location.origin + '/ok' });",
             "  return 'https://oplata.qiwi.com/create?' + params.toString();", "}"]
    return path, L


# ---- i18n resources
I18N_KEYS = {"password": [("password",), ("password", "label")], "forgot": [("forgot", "password")], "enter": [("password", "placeholder"), ("password", "hint")],
             "required": [("password", "required"), ("error", "password", "empty")], "policy": [("password", "policy"), ("password", "rule")],
             "confirm": [("confirm", "password"), ("password", "confirm")], "wrong": [("invalid", "credentials"), ("login", "failed")],
             "apikey": [("api", "key"), ("api", "key", "label")], "secretkey": [("secret", "key"), ("app", "secret")],
             "expired": [("token", "expired"), ("session", "expired")], "show": [("show", "password")]}


def i18n_pairs(lang, n=None):
    keys = list(UI_KEYS)
    R.shuffle(keys)
    keys = keys[:n or R.randint(5, len(keys))]
    if "password" not in keys:
        keys[0] = "password"
    return [(R.choice(I18N_KEYS[k]), UI[lang][k]) for k in keys]


def props_esc_all(s):
    return "".join("\\u%04x" % ord(ch) if ord(ch) > 127 else ch for ch in s)


def neg_i18n():
    lang = R.choice([l for l in COMMENT_LANGS if l != "en"])
    a, i, g = LOCALE[lang]
    k = R.randrange(8)
    pairs = i18n_pairs(lang)
    if k == 0:
        path = "app/src/main/res/values-%s/strings.xml" % a
        L = ['<?xml version="1.0" encoding="utf-8"?>', "<resources>"]
        for nm, v in pairs:
            L.append('    <string name="%s">%s</string>' % ("_".join(nm), xml_esc(v)))
        L.append("</resources>")
        return path, L, "i18n", "i18n_label", "android_strings_xml"
    if k == 1:
        path = "%s/%s.lproj/Localizable.strings" % (R.choice(["App", "Resources", "ios/Runner"]), i)
        L = ["/*", "  Localizable.strings", "  %s" % c_title(), "*/", ""]
        for nm, v in pairs:
            L.append('"%s" = "%s";' % (".".join(nm), v.replace('"', '\\"')))
        return path, L, "i18n", "i18n_label", "ios_strings"
    if k == 2:
        path = R.choice(["locale/%s/LC_MESSAGES/django.po" % g, "locales/%s/LC_MESSAGES/messages.po" % g, "po/%s.po" % g])
        L = ["# %s translation" % c_title(), "msgid \"\"", "msgstr \"\"", "\"Language: %s\\n\"" % g,
             "\"Content-Type: text/plain; charset=UTF-8\\n\"", ""]
        for nm, v in pairs:
            en = UI["en"][[kk for kk in UI_KEYS if UI[lang][kk] == v][0]]
            L += ["#: accounts/forms.py:%d" % R.randint(10, 300), 'msgid "%s"' % en, 'msgstr "%s"' % v, ""]
        return path, L, "i18n", "i18n_label", "gettext_po"
    if k == 3:
        path = "src/main/resources/i18n/messages_%s.properties" % g
        esc = R.random() < 0.7
        L = ["# " + ph(lang, "login")]
        for nm, v in pairs:
            L.append("%s=%s" % (".".join(("user",) + tuple(nm)), props_esc_all(v) if esc else v))
        return path, L, "i18n", "i18n_label", "java_resource_bundle"
    if k == 4:
        path = R.choice(["src/locales/%s.json" % BCP[lang], "src/i18n/%s.json" % BCP[lang].split("-")[0], "public/locales/%s/translation.json" % BCP[lang].split("-")[0]])
        obj = {"login": {Name(parts=nm).f("camel"): v for nm, v in pairs}, "common": {"submit": {"zh": "提交", "ja": "送信", "ru": "Отправить", "es": "Enviar", "pt": "Enviar", "ko": "제출"}.get(lang, "OK")}}
        return path, json.dumps(obj, ensure_ascii=False, indent=2).split("\n"), "i18n", "i18n_label", "i18n_json"
    if k == 5:
        path = "config/locales/%s.yml" % BCP[lang].split("-")[0]
        L = ["%s:" % BCP[lang].split("-")[0], "  activerecord:", "    attributes:", "      user:"]
        for nm, v in pairs[:4]:
            L.append("        %s: \"%s\"" % ("_".join(nm), v))
        L += ["  devise:", "    failure:", "      invalid: \"%s\"" % UI[lang]["wrong"], "    passwords:", "      edit:",
              "        change_my_password: \"%s\"" % UI[lang]["confirm"]]
        return path, L, "i18n", "i18n_label", "i18n_yaml"
    if k == 6:
        path = "resources/lang/%s/validation.php" % BCP[lang].split("-")[0]
        L = ["<?php", "", "return [", "    'required' => ':attribute %s'," % ({"es": "es obligatorio.", "pt": "é obrigatório.", "fr": "est obligatoire.", "de": "ist erforderlich.", "tr": "zorunludur."}.get(lang, "")),
             "    'confirmed' => '%s'," % UI[lang]["confirm"], "    'attributes' => ["]
        for nm, v in pairs:
            L.append("        '%s' => '%s'," % ("_".join(nm), v.replace("'", "\\'")))
        L += ["    ],", "];"]
        return path, L, "i18n", "i18n_label", "php"
    path = "lib/l10n/app_%s.arb" % BCP[lang].split("-")[0]
    obj = {"@@locale": BCP[lang].split("-")[0]}
    for nm, v in pairs:
        key = Name(parts=nm).f("camel")
        obj[key] = v
        if R.random() < 0.4:
            obj["@" + key] = {"description": "Label for " + " ".join(nm)}
    return path, json.dumps(obj, ensure_ascii=False, indent=2).split("\n"), "i18n", "i18n_label", "flutter_arb"


def c_title():
    return R.choice(PROJ).replace("-", " ").title()


def neg_validation():
    lang = R.choice([l for l in COMMENT_LANGS if l != "en"])
    u = UI[lang]
    k = R.randrange(5)
    regex = R.choice([r"^(?=.*[A-Za-z])(?=.*\d).{8,}$", r"^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s]).{10,64}$", r"^[A-Za-z0-9!@#$%^&*]{8,32}$"])
    if k == 0:
        path = R.choice(["app/validators.py", "accounts/forms.py", "utils/password_policy.py"])
        L = ["import re", "", "# " + ph(lang, "login"), "PASSWORD_MIN_LENGTH = 8", 'PASSWORD_PATTERN = re.compile(r"%s")' % regex, "",
             "MESSAGES = {", '    "password_required": "%s",' % u["required"], '    "password_policy": "%s",' % u["policy"],
             '    "password_mismatch": "%s",' % u["confirm"], '    "invalid_credentials": "%s",' % u["wrong"], "}", "", "",
             "def validate_password(password: str, confirm: str) -> list:", "    errors = []", "    if not password:",
             '        errors.append(MESSAGES["password_required"])', "    elif not PASSWORD_PATTERN.match(password):",
             '        errors.append(MESSAGES["password_policy"])', "    if password != confirm:", '        errors.append(MESSAGES["password_mismatch"])',
             "    return errors"]
        return path, L, "i18n", "validation_message", "python"
    if k == 1:
        path = R.choice(["src/utils/validate.js", "src/views/login/rules.js", "src/components/LoginForm/rules.ts"])
        L = ["// " + ph(lang, "login"), "export const passwordRules = [", "  { required: true, message: '%s', trigger: 'blur' }," % u["required"],
             "  { min: 8, max: 32, message: '%s', trigger: 'blur' }," % u["policy"], "  {", "    pattern: /%s/," % regex,
             "    message: '%s'," % u["policy"], "  },", "];", "", "export const loginForm = {", "  username: '',", "  password: '',",
             "  placeholder: '%s'," % u["enter"], "};"]
        return path, L, "i18n", "validation_message", "javascript"
    if k == 2:
        path = "src/main/java/com/%s/dto/RegisterRequest.java" % R.choice(PROJ).replace("-", "")
        L = ["package com.example.dto;", "", "import jakarta.validation.constraints.NotBlank;", "import jakarta.validation.constraints.Pattern;",
             "import jakarta.validation.constraints.Size;", "", "/** " + ph(lang, "login") + " */", "public class RegisterRequest {", "",
             '    @NotBlank(message = "%s")' % u["required"], '    @Size(min = 8, max = 32, message = "%s")' % u["policy"],
             '    @Pattern(regexp = "%s", message = "%s")' % (regex.replace("\\", "\\\\"), u["policy"]), "    private String password;", "",
             '    @NotBlank(message = "%s")' % u["confirm"], "    private String confirmPassword;", "}"]
        return path, L, "i18n", "validation_message", "java"
    if k == 3:
        path = "%s/settings.py" % R.choice(PROJ).replace("-", "_")
        L = ["# " + ph(lang, "login"), "AUTH_PASSWORD_VALIDATORS = [", "    {", "        'NAME': 'django.contrib.auth.password_validation.UserAttributeSimilarityValidator',",
             "    },", "    {", "        'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator',", "        'OPTIONS': {'min_length': 8},",
             "    },", "    {'NAME': 'django.contrib.auth.password_validation.CommonPasswordValidator'},",
             "    {'NAME': 'django.contrib.auth.password_validation.NumericPasswordValidator'},", "]", "",
             "PASSWORD_RESET_TIMEOUT = %d  # %s" % (R.choice([3600, 86400, 259200]), ph(lang, "timeout")), "# %s" % u["policy"],
             "LANGUAGE_CODE = '%s'" % BCP[lang].lower()]
        return path, L, "i18n", "password_policy", "django_settings"
    path = R.choice(["internal/validator/password.go", "pkg/auth/policy.go"])
    L = ["package validator", "", "import (", '\t"errors"', '\t"regexp"', '\t"unicode/utf8"', ")", "", "// " + ph(lang, "login"),
         "var (", '\tErrPasswordEmpty  = errors.New("%s")' % u["required"], '\tErrPasswordPolicy = errors.New("%s")' % u["policy"],
         '\tpasswordRe        = regexp.MustCompile(`%s`)' % regex.replace("(?=", "(?:"), ")", "", "func CheckPassword(p string) error {",
         "\tif p == \"\" {", "\t\treturn ErrPasswordEmpty", "\t}", "\tif utf8.RuneCountInString(p) < 8 || !passwordRe.MatchString(p) {",
         "\t\treturn ErrPasswordPolicy", "\t}", "\treturn nil", "}"]
    return path, L, "i18n", "password_policy", "go"


def neg_translation_keys():
    lang = R.choice(COMMENT_LANGS)
    k = R.randrange(4)
    if k == 0:
        path = "src/views/login/index.vue"
        L = ["<template>", '  <el-form ref="form" :model="form" :rules="rules">', '    <el-form-item :label="$t(\'login.password\')" prop="password">',
             '      <el-input v-model="form.password" type="password" show-password :placeholder="$t(\'login.passwordPlaceholder\')" />',
             "    </el-form-item>", '    <el-form-item :label="$t(\'settings.apiKey\')" prop="apiKey">', '      <el-input v-model="form.apiKey" :placeholder="$t(\'settings.secretKeyHint\')" />',
             "    </el-form-item>", '    <el-button type="primary" @click="submit">{{ $t(\'login.submit\') }}</el-button>', "  </el-form>", "</template>", "",
             "<script setup>", "import { reactive } from 'vue'", "// " + ph(lang, "login"), "const form = reactive({ username: '', password: '', apiKey: '' })",
             "const rules = { password: [{ required: true, message: () => t('auth.password.required') }] }", "</script>"]
        return path, L, "i18n", "translation_key", "vue"
    if k == 1:
        path = "app/src/main/java/com/%s/ui/LoginActivity.kt" % R.choice(PROJ).replace("-", "")
        L = ["package com.example.ui", "", "import android.os.Bundle", "import androidx.appcompat.app.AppCompatActivity", "",
             "// " + ph(lang, "login"), "class LoginActivity : AppCompatActivity() {", "    override fun onCreate(savedInstanceState: Bundle?) {",
             "        super.onCreate(savedInstanceState)", "        setContentView(R.layout.activity_login)",
             "        binding.passwordLayout.hint = getString(R.string.password_hint)",
             "        binding.forgot.text = getString(R.string.forgot_password)", "        binding.submit.setOnClickListener {",
             "            if (binding.password.text.isNullOrBlank()) {", "                binding.passwordLayout.error = getString(R.string.password_required)",
             "            }", "        }", "    }", "}"]
        return path, L, "i18n", "translation_key", "kotlin"
    if k == 2:
        path = "resources/views/auth/login.blade.php"
        L = ["{{-- " + ph(lang, "login") + " --}}", "<form method=\"POST\" action=\"{{ route('login') }}\">", "    @csrf",
             "    <label for=\"password\">{{ __('auth.password') }}</label>", "    <input id=\"password\" type=\"password\" name=\"password\" required autocomplete=\"current-password\">",
             "    @error('password')", "        <span class=\"invalid-feedback\">{{ __('passwords.reset') }}</span>", "    @enderror",
             "    <a href=\"{{ route('password.request') }}\">{{ __('Forgot Your Password?') }}</a>", "    <button type=\"submit\">{{ __('auth.login') }}</button>", "</form>"]
        return path, L, "i18n", "translation_key", "blade"
    path = "src/i18n/keys.ts"
    L = ["// " + ph(lang, "login"), "export const I18N_KEYS = {", "  password: 'auth.password.label',", "  passwordReset: 'auth.password.reset',",
         "  secretKey: 'settings.api.secretKey',", "  apiKey: 'settings.api.key',", "  token: 'settings.api.token',", "} as const;", "",
         "export type I18nKey = (typeof I18N_KEYS)[keyof typeof I18N_KEYS];"]
    return path, L, "i18n", "translation_key", "typescript"


# ---- hashes / digests
def neg_hash():
    lang = R.choices(COMMENT_LANGS, LANG_W)[0]
    k = R.randrange(6)
    if k == 0:
        path = R.choice(["sql/ry_%d.sql" % R.randint(2021, 2024), "sql/init_data.sql", "db/seed/users.sql"])
        L = ["-- ----------------------------", "-- " + ph(lang, "admin"), "-- ----------------------------", "INSERT INTO sys_user VALUES"]
        names = [("admin", {"zh": "超级管理员", "ru": "Администратор", "es": "Administrador"}.get(lang, "Admin")),
                 ("ry", {"zh": "若依", "ru": "Оператор", "es": "Operador"}.get(lang, "Operator"))]
        for i, (u, nick) in enumerate(names):
            L.append("(%d, 10%d, '%s', '%s', '00', '%s@%s.com', '1588888%04d', '1', '', '%s', '0', '0', '127.0.0.1', sysdate(), 'admin', sysdate(), '', null, '%s')%s"
                     % (i + 1, i + 3, u, nick, u, R.choice(["163", "qq", "example"]), R.randint(0, 9999), g_bcrypt(), ph(lang, "admin"), "," if i == 0 else ";"))
        L += ["", "-- " + ph(lang, "login")]
        return path, L, "generic", "password_hash", "sql"
    if k == 1:
        path = R.choice(["fixtures/users.json", "%s/fixtures/initial_data.json" % R.choice(["accounts", "core", "usuarios"])])
        objs = []
        for i in range(R.randint(1, 3)):
            salt = rs(ALNUM, 22)
            objs.append({"model": "auth.user", "pk": i + 1, "fields": {"password": "pbkdf2_sha256$%d$%s$%s" % (R.choice([600000, 720000, 870000]), salt, b64(32)),
                         "last_login": None, "is_superuser": i == 0, "username": R.choice(["admin", "operador", "yonetici", "kanrisha", "menedzher"]) + str(i),
                         "email": "u%d@%s" % (i, R.choice(PROJ).replace("-", "") + ".com"), "is_staff": True, "is_active": True}})
        return path, json.dumps(objs, ensure_ascii=False, indent=2).split("\n"), "django", "password_hash", "json"
    if k == 2:
        path = R.choice(["config/users.yml", "deploy/auth/users.yaml", "config/basic_auth.yaml"])
        L = ["# " + ph(lang, "login"), "users:"]
        for i in range(R.randint(2, 3)):
            L += ["  - name: %s" % R.choice(["admin", "ops", "reporter", "gestor", "kanri"]) + str(i),
                  "    password_hash: \"$argon2id$v=19$m=65536,t=3,p=4$%s$%s\"" % (b64(16).rstrip("="), b64(32).rstrip("=")),
                  "    roles: [%s]" % R.choice(["admin", "viewer", "editor"])]
        return path, L, "generic", "password_hash", "yaml"
    if k == 3:
        path = R.choice(["docker-compose.yml", "deploy/docker-compose.prod.yml"])
        L = ["# " + ph(lang, R.choice(["prod", "env"])), "services:"]
        for svc, img in [("api", "registry.example.com/%s" % R.choice(PROJ)), ("nginx", "nginx"), ("redis", "redis")]:
            L += ["  %s:" % svc, "    image: %s@sha256:%s" % (img, rs(HEX, 64)), "    restart: always"]
        L += ["    command: [\"redis-server\", \"--requirepass\", \"${REDIS_PASSWORD:?%s}\"]" % ph(lang, "env")]
        return path, L, "generic", "digest", "docker_compose"
    if k == 4:
        path = R.choice(["SHA256SUMS", "dist/checksums.txt", "release/sha256sum.txt"])
        L = ["%s  %s" % (rs(HEX, 64), f) for f in ["%s-linux-amd64.tar.gz", "%s-linux-arm64.tar.gz", "%s-darwin-arm64.tar.gz", "%s-windows-amd64.zip", "%s_%s_checksums.sig"]]
        p = R.choice(PROJ)
        L = [x.replace("%s", p, 1).replace("%s", "1.%d.0" % R.randint(0, 9)) for x in L]
        return path, L, "generic", "digest", "checksums"
    path = R.choice([".htpasswd", "nginx/.htpasswd", "deploy/htpasswd"])
    L = ["%s:$apr1$%s$%s" % (u, rs(ALNUM, 8), rs(ALNUM + "./", 22)) for u in R.sample(["admin", "ops", "grafana", "kibana", "monitor", "gestor", "yunwei"], 5)]
    return path, L, "generic", "password_hash", "htpasswd"


# ---- ciphertext
def neg_cipher():
    lang = R.choices(COMMENT_LANGS, LANG_W)[0]
    k = R.randrange(5)
    if k == 0:
        path = R.choice(["src/main/resources/application-prod.properties", "src/main/resources/application.properties"])
        L = ["# " + ph(lang, "prod"), "server.port=8080", "", "# jasypt: " + ph(lang, "env"),
             "jasypt.encryptor.password=${JASYPT_ENCRYPTOR_PASSWORD}", "jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256", "",
             "# " + ph(lang, "db"), "spring.datasource.url=jdbc:mysql://db:3306/%s?useSSL=false" % R.choice(DBNAMES),
             "spring.datasource.username=%s" % R.choice(["root", "app"]), "spring.datasource.password=ENC(%s)" % b64(R.choice([48, 64])),
             "", "# " + ph(lang, "cloud"), "aliyun.oss.access-key-id=ENC(%s)" % b64(48), "aliyun.oss.access-key-secret=ENC(%s)" % b64(64)]
        return path, L, "jasypt", "ciphertext", "spring_properties"
    if k == 1:
        path = R.choice(["secrets/prod.enc.yaml", "deploy/secrets.sops.yaml", "config/secrets.yaml"])
        def enc(n):
            return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(n), b64(32), b64(16))
        L = ["# " + ph(lang, "noshare"), "database:", "    password: %s" % enc(R.randint(14, 24)), "wechat:", "    app_secret: %s" % enc(32),
             "aliyun:", "    access_key_secret: %s" % enc(30), "sops:", "    kms:", "        - arn: arn:aws:kms:ap-northeast-1:%s:key/%s" % (rs(DIG, 12), ruuid()),
             "          created_at: \"2024-0%d-1%dT08:%02d:11Z\"" % (R.randint(1, 9), R.randint(0, 9), R.randint(0, 59)),
             "          enc: %s" % ("AQICAH" + rs(ALNUM + "+/", 180)), "          aws_profile: \"\"", "    age:",
             "        - recipient: age1%s" % rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), "    lastmodified: \"2024-05-%02dT03:12:44Z\"" % R.randint(1, 28),
             "    mac: %s" % enc(44), "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
        return path, L, "sops", "ciphertext", "yaml"
    if k == 2:
        path = R.choice(["k8s/sealed-secret.yaml", "deploy/sealedsecret-%s.yaml" % R.choice(PROJ)])
        L = ["# " + ph(lang, "prod"), "apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: %s-secrets" % R.choice(PROJ),
             "  namespace: prod", "spec:", "  encryptedData:"]
        for key in R.sample(["DB_PASSWORD", "WECHAT_APP_SECRET", "ALIYUN_ACCESS_KEY_SECRET", "JWT_SECRET", "SMTP_PASSWORD", "YOOKASSA_SECRET_KEY"], 3):
            L.append("    %s: AgB%s" % (key, rs(ALNUM + "+/", R.choice([380, 412, 444])) + "=="))
        L += ["  template:", "    metadata:", "      name: %s-secrets" % R.choice(PROJ), "    type: Opaque"]
        return path, L, "sealed_secrets", "ciphertext", "k8s_sealed_secret"
    if k == 3:
        path = R.choice(["group_vars/prod/vault.yml", "inventories/prod/group_vars/all/vault.yml"])
        L = ["# " + ph(lang, "noshare"), "vault_db_password: !vault |", "  $ANSIBLE_VAULT;1.1;AES256"]
        for _ in range(R.randint(5, 9)):
            L.append("  " + rs(HEX, 80))
        L += ["db_host: 10.0.1.%d" % R.randint(2, 250), "db_password: \"{{ vault_db_password }}\""]
        return path, L, "ansible", "ciphertext", "yaml"
    path = R.choice(["config/secrets.kms.json", "lambda/config.json"])
    obj = {"region": "ap-northeast-1", "_comment": ph(lang, "env"),
           "encrypted": {"DB_PASSWORD": "AQICAHh" + rs(ALNUM + "+/", 220) + "==", "OPENAI_API_KEY": "AQICAHh" + rs(ALNUM + "+/", 300) + "="},
           "kmsKeyId": "alias/%s-config" % R.choice(PROJ)}
    return path, json.dumps(obj, ensure_ascii=False, indent=2).split("\n"), "aws_kms", "ciphertext", "json"


# ---- uuids / order numbers / ids
def neg_uuid():
    lang = R.choices(COMMENT_LANGS, LANG_W)[0]
    k = R.randrange(3)
    if k == 0:
        path = R.choice(["appsettings.json", "appsettings.Production.json"])
        obj = {"AzureAd": {"Instance": "https://login.microsoftonline.com/", "Domain": "%s.onmicrosoft.com" % R.choice(PROJ).replace("-", ""),
                           "TenantId": ruuid(), "ClientId": ruuid(), "CallbackPath": "/signin-oidc", "ClientSecret": ""},
               "Logging": {"LogLevel": {"Default": "Information"}}, "AllowedHosts": "*"}
        return path, json.dumps(obj, indent=2).split("\n"), "azure", "uuid", "aspnet_appsettings"
    if k == 1:
        path = R.choice(["tests/fixtures/orders.json", "mock/orders.json", "testdata/pedidos.json"])
        orders = []
        for _ in range(R.randint(2, 4)):
            orders.append({"order_no": "%d%s" % (R.choice([2023, 2024]), rs(DIG, 14)), "trace_id": ruuid(), "transaction_id": "4200%s" % rs(DIG, 24),
                           "status": R.choice(["PAID", "REFUND", "已支付", "待发货", "оплачен", "pagado"]), "amount": R.randint(100, 99999)})
        return path, json.dumps({"orders": orders}, ensure_ascii=False, indent=2).split("\n"), "generic", "order_number", "json"
    path = R.choice(["sql/seed_orders.sql", "db/testdata.sql"])
    L = ["-- " + ph(lang, "dev"), "INSERT INTO orders (id, order_no, user_id, request_id, status) VALUES"]
    n = R.randint(3, 6)
    for i in range(n):
        L.append("  ('%s', '%d%s', %d, '%s', '%s')%s" % (ruuid(), R.choice([2023, 2024]), rs(DIG, 12), R.randint(1000, 99999), ruuid(),
                                                   R.choice(["paid", "shipped", "cancelled"]), "," if i < n - 1 else ";"))
    return path, L, "generic", "uuid", "sql"


# ---- docs with long non-ASCII sentences and placeholders
DOCS = {
    "zh": ["## 配置说明", "本项目的所有密钥都通过环境变量注入，请不要把真实的 AccessKey、AppSecret 或数据库密码提交到仓库里。",
           "在阿里云控制台的“AccessKey 管理”页面创建 RAM 子账号的 AccessKey，然后写入 `.env`：",
           "如果你只是本地调试，可以向负责人申请测试环境的密钥，千万不要使用生产环境的密钥。",
           "密钥泄露后请立即在控制台禁用并重新生成。"],
    "ja": ["## 設定方法", "APIキーやパスワードなどの秘密情報はすべて環境変数で渡します。リポジトリには絶対にコミットしないでください。",
           "LINE Developers コンソールでチャネルを作成し、チャネルシークレットとチャネルアクセストークンを発行してください。",
           "ローカル開発では `.env.example` をコピーして `.env` を作り、各自の値を入力します。",
           "キーが漏えいした場合は、すぐにコンソールから再発行してください。"],
    "ru": ["## Настройка", "Все секреты (пароли, токены, ключи API) передаются через переменные окружения — не коммитьте их в репозиторий.",
           "Секретный ключ ЮKassa выпускается в личном кабинете: Интеграция → Ключи API. Скопируйте его в файл `.env`:",
           "Для локальной разработки используйте тестовый магазин и тестовый ключ, а не боевой.",
           "Если ключ утёк, немедленно перевыпустите его в личном кабинете."],
    "es": ["## Configuración", "Todas las credenciales se cargan desde variables de entorno; nunca subas contraseñas ni claves al repositorio.",
           "Obtén tu Access Token en el panel de desarrolladores de Mercado Pago (Tus integraciones → Credenciales) y cópialo en `.env`:",
           "Para desarrollo local usa siempre las credenciales de prueba.",
           "Si una clave se filtra, revócala de inmediato y genera una nueva."],
    "pt": ["## Configuração", "Todas as credenciais são lidas de variáveis de ambiente; nunca faça commit de senhas ou tokens.",
           "Gere o token no painel do PagBank e cole no arquivo `.env` conforme o exemplo abaixo:",
           "Em desenvolvimento local use sempre o ambiente sandbox.",
           "Se o token vazar, gere outro imediatamente no painel."],
    "ko": ["## 설정 방법", "API 키와 비밀번호 같은 민감한 정보는 모두 환경 변수로 주입합니다. 절대로 저장소에 커밋하지 마세요.",
           "카카오 디벨로퍼스에서 앱을 만들고 REST API 키를 발급받은 뒤 `.env` 파일에 입력하세요:",
           "로컬 개발 시에는 테스트용 앱의 키를 사용하세요.", "키가 유출되면 즉시 콘솔에서 재발급하세요."],
}
DOC_ENV = {"zh": [("ALIYUN_ACCESS_KEY_ID", "LTAI****************"), ("ALIYUN_ACCESS_KEY_SECRET", "请填写你的密钥"), ("DB_PASSWORD", "<数据库密码>")],
           "ja": [("LINE_CHANNEL_SECRET", "ここにチャネルシークレット"), ("LINE_CHANNEL_ACCESS_TOKEN", "<アクセストークン>")],
           "ru": [("YOOKASSA_SHOP_ID", "123456"), ("YOOKASSA_SECRET_KEY", "ВАШ_СЕКРЕТНЫЙ_КЛЮЧ"), ("DB_PASSWORD", "ваш_пароль")],
           "es": [("MP_ACCESS_TOKEN", "TU_ACCESS_TOKEN_AQUI"), ("MP_PUBLIC_KEY", "TU_PUBLIC_KEY"), ("DB_PASSWORD", "tu_contraseña")],
           "pt": [("PAGSEGURO_TOKEN", "SEU_TOKEN_AQUI"), ("PAGSEGURO_EMAIL", "voce@exemplo.com.br"), ("DB_SENHA", "sua_senha_aqui")],
           "ko": [("KAKAO_REST_API_KEY", "발급받은_REST_API_키"), ("NAVER_CLIENT_SECRET", "<네이버_클라이언트_시크릿>")]}


def neg_docs():
    lang = R.choice(list(DOCS))
    d = DOCS[lang]
    path = R.choice(["README.md", "README.%s.md" % lang, "docs/configuration.md", "docs/%s/setup.md" % lang])
    L = ["# " + c_title(), "", d[1], "", d[0], "", d[2], "", "```bash", "cp .env.example .env"]
    for k, v in DOC_ENV[lang]:
        L.append("%s=%s" % (k, v))
    L += ["```", "", d[3], "", "> " + d[4], "", "## " + ph(lang, "db"), "",
          "| %s | %s |" % (ph(lang, "env"), ph(lang, "api")), "|---|---|", "| `DB_HOST` | `127.0.0.1` |", "| `DB_PASSWORD` | `%s` |" % DOC_ENV[lang][-1][1]]
    return path, L, "docs", "docs_instructions", "readme_md"


# ---- public keys
def neg_pubkey():
    kind = R.choice([k for k in KINDS if k["provider"] == "private_key"])
    lang = R.choices(COMMENT_LANGS, LANG_W)[0]
    k = R.randrange(4)
    if k <= 1:
        c = new_ctx(kind, lang)
        path, lines, _ = r_pem(c, kind["kind"], public=True)
        return path, lines, "pem", "public_key", c.pem_ft
    if k == 2:
        path = R.choice(["cloud-init/user-data.yaml", "terraform/user_data.yml"])
        L = ["#cloud-config", "# " + ph(lang, "login"), "users:"]
        for u in R.sample(["deploy", "yunwei", "ops", "admin2", "kanri"], 2):
            L += ["  - name: %s" % u, "    groups: sudo", "    shell: /bin/bash", "    ssh_authorized_keys:",
                  "      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s" % (rs(ALNUM + "+/", 43), u, R.choice(["macbook", "thinkpad", "desktop"]))]
        L += ["package_update: true", "packages:", "  - nginx"]
        return path, L, "ssh", "public_key", "yaml"
    kd = kind_by("alipay")
    c = new_ctx(kd, "zh")
    fts = ["python", "java", "yaml", "spring_properties", "php", "json"]
    ft = R.choice(fts)
    rfn, uni = ITEM_RENDERERS[ft]
    c.items = [Item(("app", "id"), "2021" + rs(DIG, 12), role="partner"),
               Item(R.choice([("alipay", "public", "key"), ("alipay", "pub", "key")]), g_alipay_pub(), target=True),
               Item(("app", "private", "key"), "", "env", env="ALIPAY_APP_PRIVATE_KEY"),
               Item(("gateway", "url"), "https://openapi.alipay.com/gateway.do"), Item(("sign", "type"), "RSA2")]
    c.section = "alipay"
    path, lines, _ = rfn(c)
    return path, lines, "alipay", "public_key", ft


# ---- documented test vectors
def neg_test_vector():
    lang = R.choices(COMMENT_LANGS, LANG_W)[0]
    k = R.randrange(2)
    if k == 0:
        path = R.choice(["tests/test_s3_upload.py", "tests/unit/test_storage.py"])
        L = ["import boto3", "import pytest", "from moto import mock_aws", "", "# " + ph(lang, "dev") + " (moto)", "",
             "@pytest.fixture", "def aws_credentials(monkeypatch):", '    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")',
             '    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")',
             '    monkeypatch.setenv("AWS_DEFAULT_REGION", "ap-northeast-1")', "", "", "@mock_aws", "def test_upload(aws_credentials):",
             '    s3 = boto3.client("s3")', '    s3.create_bucket(Bucket="b", CreateBucketConfiguration={"LocationConstraint": "ap-northeast-1"})',
             '    s3.put_object(Bucket="b", Key="hello.txt", Body="%s".encode())' % {"zh": "你好", "ja": "こんにちは", "ru": "привет"}.get(lang, "hola"),
             '    assert s3.get_object(Bucket="b", Key="hello.txt")["ContentLength"] > 0']
        return path, L, "aws", "test_vector", "python"
    path = R.choice(["src/test/java/com/example/JwtUtilTest.java"])
    L = ["package com.example;", "", "import static org.junit.jupiter.api.Assertions.*;", "import org.junit.jupiter.api.Test;", "",
         "/** " + ph(lang, "login") + " - jwt.io " + "sample */", "class JwtUtilTest {", "",
         '    private static final String SAMPLE_SECRET = "your-256-bit-secret";', "", "    @Test", "    void parsesSampleToken() {",
         '        String token = JwtUtil.sign("1234567890", "John Doe", SAMPLE_SECRET);', "        assertNotNull(token);",
         '        assertEquals("John Doe", JwtUtil.parse(token, SAMPLE_SECRET).get("name"));', "    }", "}"]
    return path, L, "generic", "test_vector", "java"


# ---- connection URLs with no password / interpolated password
def neg_url_nopw():
    lang = R.choices(COMMENT_LANGS, LANG_W)[0]
    urls = [("postgres", "postgresql://app:${DB_PASSWORD}@db:5432/%s" % R.choice(DBNAMES)),
            ("postgres", "postgresql://%s@localhost/%s" % (R.choice(["postgres", "app"]), R.choice(DBNAMES))),
            ("mysql", "mysql+pymysql://root:%%(password)s@127.0.0.1:3306/%s" % R.choice(DBNAMES)),
            ("mysql", "mysql://root@localhost:3306/%s" % R.choice(DBNAMES)),
            ("redis", "redis://redis:6379/0"), ("redis", "redis://:${REDIS_PASSWORD}@redis:6379/1"),
            ("mongodb", "mongodb://localhost:27017/%s" % R.choice(DBNAMES)),
            ("mongodb", "mongodb+srv://<username>:<password>@cluster0.%s.mongodb.net/?retryWrites=true&w=majority" % rs(LOWER + DIG, 5)),
            ("rabbitmq", "amqp://${MQ_USER}:${MQ_PASS}@rabbitmq:5672/"),
            ("mysql", "jdbc:mysql://db:3306/%s?useSSL=false&serverTimezone=Asia/Shanghai" % R.choice(DBNAMES))]
    prov, url = R.choice(urls)
    kind = kind_by(prov, lambda k: k["slot"] == "url") or kind_by("postgres", lambda k: k["slot"] == "url")
    fts = [f for f in kind["fts"] if f in ("python", "yaml", "dotenv", "json", "toml", "docker_compose", "spring_yaml", "javascript", "gin_yaml", "ini", "shell")]
    for _ in range(30):
        ft = R.choice(fts)
        c = new_ctx(kind, lang)
        rfn, uni = ITEM_RENDERERS[ft]
        build_items(c, kind, ft, uni, "lit", url, neg=True)
        c.call = False
        path, lines, _ = rfn(c)
        if 5 <= len(lines) <= 80:
            return path, lines, prov, "url_without_password", ft
    raise RuntimeError


def neg_env_default():
    """env lookup whose fallback is a placeholder written in the local language"""
    kind = nk()
    lang = pick_lang(kind)
    ph_ = R.choice(PLACE.get(lang, PLACE["en"]) + PLACE["en"][:4])
    e = env_name(kind)
    forms = {"python": 'os.getenv("%s", "%s")' % (e, ph_), "javascript": "process.env.%s || '%s'" % (e, ph_),
             "typescript": "process.env.%s ?? '%s'" % (e, ph_), "php": "getenv('%s') ?: '%s'" % (e, ph_),
             "laravel_config": None, "spring_properties": "${%s:%s}" % (e, ph_), "spring_yaml": "${%s:%s}" % (e, ph_),
             "docker_compose": "${%s:-%s}" % (e, ph_), "flask_config": 'os.environ.get("%s", "%s")' % (e, ph_)}
    fts = [f for f in kind["fts"] if f in forms] or ["python"]
    for _ in range(30):
        ft = fit_ft(kind, R.choice(fts))
        if ft not in forms:
            ft = "python"
        c = new_ctx(kind, lang)
        rfn, uni = ITEM_RENDERERS[ft]
        if ft == "laravel_config":
            build_items(c, kind, ft, uni, "lit", ph_, neg=True)
        else:
            build_items(c, kind, ft, uni, "raw", forms[ft], neg=True)
        c.call = False
        path, lines, _ = rfn(c)
        if 5 <= len(lines) <= 80:
            return path, lines, kind["provider"], "env_default_placeholder", ft
    raise RuntimeError


NEG_CATS = [(neg_env_default, 30), (neg_envref, 50), (neg_placeholder, 55), (neg_masked, 35), (neg_public_id, 60), (neg_i18n, 65), (neg_validation, 30),
            (neg_hash, 35), (neg_cipher, 30), (neg_uuid, 20), (neg_docs, 30), (neg_pubkey, 15), (neg_test_vector, 10),
            (neg_empty, 10), (neg_url_nopw, 20), (neg_translation_keys, 10)]


# ================================================================ main
BOM_FTS = {"csharp", "aspnet_appsettings", "spring_properties", "ini", "java_resource_bundle", "gettext_po", "json"}


def write(outdir, rel, text, bom=False):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as fh:
        fh.write((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))


def main():
    global R, NONPEM_KINDS
    if len(sys.argv) != 3:
        print("usage: gen_x.py OUTDIR SEED", file=sys.stderr)
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    R = random.Random(seed)
    NONPEM_KINDS = [k for k in KINDS if k["slot"] != "pem"]
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = [], []
    order = []
    while len(order) < 500:
        ks = list(KINDS)
        R.shuffle(ks)
        order += ks
    order = order[:500]
    pos_records = []
    for i, kind in enumerate(order):
        rec = make_positive(kind)
        rel = "pos/p%04d/%s" % (i, rec["path"])
        bom = rec["filetype"] in BOM_FTS and R.random() < 0.12 and rec["line"] > 1
        write(outdir, rel, rec["text"], bom)
        manifest.append({"file": rel, "label": "pos", "provider": rec["provider"], "kind": rec["kind"], "filetype": rec["filetype"]})
        secrets.append({"file": rel, "needle": rec["needle"], "line": rec["line"]})
        pos_records.append((rel, rec))
    funcs = [f for f, w in NEG_CATS]
    weights = [w for f, w in NEG_CATS]
    neg_texts = []
    for i in range(500):
        fn = R.choices(funcs, weights)[0]
        path, lines, prov, kind, ft = fn()
        text = "\n".join(lines) + "\n"
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text, ft in BOM_FTS and R.random() < 0.12)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ft})
        neg_texts.append((rel, text, len(lines)))
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    self_check(outdir, manifest, secrets)


def self_check(outdir, manifest, secrets):
    errors = 0
    needles = []
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), "rb") as fh:
            raw = fh.read()
        txt = raw.decode("utf-8-sig")
        lines = txt.split("\n")
        if not (1 <= s["line"] <= len(lines)) or s["needle"] not in lines[s["line"] - 1]:
            print("SELF-CHECK FAIL: needle not on line", s["file"], s["line"])
            errors += 1
        if txt.count(s["needle"]) != 1:
            print("SELF-CHECK FAIL: needle count != 1", s["file"])
            errors += 1
        needles.append(s["needle"])
    nl = [m for m in manifest if m["label"] == "neg"]
    for m in nl:
        with open(os.path.join(outdir, m["file"]), "rb") as fh:
            txt = fh.read().decode("utf-8-sig")
        for nd in needles:
            if nd in txt:
                print("SELF-CHECK FAIL: negative contains a positive needle", m["file"])
                errors += 1
    for m in manifest:
        with open(os.path.join(outdir, m["file"]), "rb") as fh:
            n = fh.read().decode("utf-8-sig").rstrip("\n").count("\n") + 1
        if not (5 <= n <= 80):
            print("SELF-CHECK WARN: %s has %d lines" % (m["file"], n))
    assert len([m for m in manifest if m["label"] == "pos"]) == 500 and len(nl) == 500
    for label in ("pos", "neg"):
        sub = [m for m in manifest if m["label"] == label]
        print("== %s: %d files, %d providers, %d kinds, %d file types" % (
            label, len(sub), len({m["provider"] for m in sub}), len({(m["provider"], m["kind"]) for m in sub}), len({m["filetype"] for m in sub})))
        print("  providers:", dict(Counter(m["provider"] for m in sub).most_common()))
        print("  kinds:", dict(Counter(m["kind"] for m in sub).most_common()) if label == "neg" else
              dict(Counter(m["provider"] + "/" + m["kind"] for m in sub).most_common()))
        print("  filetypes:", dict(Counter(m["filetype"] for m in sub).most_common()))
    print("self-check:", "OK" if errors == 0 else "%d ERRORS" % errors)
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
