#!/usr/bin/env python3
"""Blind evaluation-set generator "bp" for a git pre-commit secret scanner.

EMPHASIS
    Credentials of the Chinese, Japanese and Korean developer ecosystems, in
    code and configs as developers there write them (CJK comments, pinyin
    names, Spring Cloud Alibaba / Nacos, ThinkPHP / Laravel, Egg.js, uni-app,
    WeChat mini-programs, Taro, go-zero, Terraform alicloud/tencentcloud ...):
    Alibaba Cloud (AK/SK, OSS, SMS, STS, ACR, DashScope), Alipay, Tencent Cloud
    (SecretId/SecretKey, COS), Huawei Cloud, Baidu AI Cloud / Qianfan,
    Volcengine / Ark, Zhipu, Moonshot, DeepSeek, Baichuan, MiniMax, iFlytek,
    WeChat (official account, mini-program, WeCom, callback keys, WeChat Pay),
    DingTalk, Feishu/Lark, Qiniu, UPYun, JPush, Getui, Umeng, Gitee, Coding,
    QQ / Weibo / Amap; LINE, PAY.JP, Sakura Cloud, Chatwork, Backlog, kintone;
    Naver Cloud, Naver developers, Kakao, Kakao Pay, Toss Payments, NHN Cloud.

USAGE
    python3 gen_bp.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, innocent look-alikes only),
    OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
    OUTDIR/secrets.jsonl   {"file","needle","line"}  (positives only)
    Deterministic per SEED: all randomness comes from random.Random(SEED).

NEEDLE CONVENTIONS
    * The needle is the secret substring exactly as written in the file,
      without surrounding quotes; `line` is the 1-based line of its first
      occurrence (it occurs once).
    * Pair credentials (AccessKey ID + secret, SecretId + SecretKey, AppKey +
      AppSecret, APIKey + APISecret ...): the needle is the SECRET half only.
      The identifier half (LTAI..., AKID..., AKLT..., ding..., APIKey of
      iFlytek ...) usually appears in the same file, often on the line above
      or as the preceding positional argument; a scanner that reports only the
      identifier line hits the file but not the needle line.
    * URL-embedded secrets (DingTalk robot access_token, Feishu bot hook id):
      the needle is the token / hook id, not the whole URL.
    * Header-embedded secrets (`KakaoAK <key>`, `Bearer <key>`): the needle is
      the key without the scheme word.
    * Aliyun STS: the needle is the SecurityToken (CAIS...); the temporary
      AccessKey ID `STS.` and its secret sit next to it.  STS tokens are treated
      as POSITIVES even when a nearby comment says they expire: a scanner
      cannot know expiry, and they are short-lived but real credentials.
    * Alipay app private key: needle = the one-line PKCS#8 base64 body.
    * Human passwords (Nacos, ACR registry, UPYun-style operators excluded):
      look like real human choices, never `password123`.

NEGATIVES
    About half re-use the positive templates with the secret slot filled by an
    env reference in the file's own syntax (`${X}`, `${X:}`, os.getenv,
    System.getenv, process.env, env('X'), ${{ secrets.X }}, var.x ...), a
    human placeholder (English, 中文, 日本語, 한국어), a masked/truncated value
    or an empty value.  The other half are domain look-alikes: WeChat AppIDs,
    Feishu cli_ ids and open_ids, Kakao JavaScript/native keys, Amap JS keys,
    JPush/Umeng AppKeys, PAY.JP pk_live_, Toss live_ck_, LINE user ids / LIFF
    ids, ICP/公安 filing numbers, phone numbers, 身份证 test numbers, order and
    transaction ids, WeChat Pay callback signatures, DingTalk computed sign
    values, Alipay / WeChat Pay public keys and certificates, SOPS /
    SealedSecret / Jasypt ENC() / Aliyun KMS ciphertext, bcrypt hashes,
    image digests, request ids.

DOUBTS (formats I am not sure of)
    * Volcengine AK: `AKLT` + base64(32 hex chars) without padding (47 chars);
      SK: base64(base64(32 hex)) (60 chars, ends `==`).  Inferred from seen
      examples, not from a spec.
    * Ark (Doubao) API keys: modelled as a lowercase UUID; newer consoles may
      issue other shapes.
    * Aliyun STS SecurityToken: `CAIS` + several hundred base64 chars; real
      length varies (policy-dependent), padding not sure.  STS temp AK
      `STS.N` + 27 alnum and 44-char secret are approximate.
    * Feishu bot signing secret modelled as 22 alnum; DingTalk AppSecret as 64
      chars [A-Za-z0-9_-]; WeCom corpsecret as 43 chars [A-Za-z0-9_-].
    * Baichuan keys modelled as `sk-` + 32 hex (same shape as DashScope and
      DeepSeek) -- prefix alone cannot tell them apart.
    * iFlytek APISecret modelled as base64 of 24 hex chars (32 chars).
    * MiniMax key modelled as an RS256 JWT with the GroupID/SubjectID claims;
      newer `sk-api-` style keys are not covered.
    * Sakura Cloud token secret modelled as 64 alnum; NHN Cloud secretKey as
      8 alnum next to a 16-char appKey; Naver Cloud classic 20/40-char keys
      (the newer `ncp_iam_` keys are not covered); Qiniu AK/SK 40 chars
      base64url; UPYun operator password 32 alnum; Getui 22 alnum.
    * LINE long-lived channel access token: 171 base64 chars + `=`.
    * Toss secret key: `live_sk_`/`test_sk_` + 28 alnum.
    * freee is not covered (unsure of token shape).  LINE Notify was shut
      down in 2025 but old repositories still hold its tokens.
    * The WeCom "documented test vector" negative uses the sample Token /
      EncodingAESKey / CorpID from WeChat's WXBizMsgCrypt sample code as I
      remember them; if a scanner has an allowlist for them it will pass.
    * Masked negatives keep a real-looking prefix plus at most 4-6 chars of a
      random value (e.g. `LTAI5t************wXyZ`, `sk-…a1b2`).
    * Random values that look like Kakao JavaScript keys / Amap JS keys / LINE
      user ids are 32 hex, the same shape as real secrets of those providers;
      they are negatives because they are documented as public or are ids.
"""
import base64
import json
import os
import random
import string
import sys
import uuid
import zlib

R = random.Random(0)

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
ALNUM = UP + LO + DG
LODG = LO + DG
UPDG = UP + DG
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"

_BAD_WORDS = ("pass", "word", "test", "key", "secret", "admin", "demo", "abcd",
              "1234", "qwer", "xxxx", "token", "sample", "example", "dummy",
              "fake", "dead", "beef", "cafe", "face", "babe", "sk-", "todo")


def _bad(s):
    low = s.lower()
    for w in _BAD_WORDS:
        if w in low:
            return True
    for i in range(len(s) - 3):
        a, b, c, d = (ord(x) for x in s[i:i + 4])
        if a == b == c == d:
            return True
        if b - a == 1 and c - b == 1 and d - c == 1:
            return True
        if a - b == 1 and b - c == 1 and c - d == 1:
            return True
    return False


def rs(alpha, n):
    """Random string of n chars, rejecting sequences/words."""
    while True:
        s = "".join(R.choice(alpha) for _ in range(n))
        if not _bad(s):
            return s


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def digits(n, first="123456789"):
    return R.choice(first) + "".join(R.choice(DG) for _ in range(n - 1))


def b64(s):
    return base64.b64encode(s.encode()).decode()


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


# ---------------------------------------------------------------- human bits
SURN = ["zhang", "wang", "li", "liu", "chen", "yang", "zhao", "huang", "zhou",
        "wu", "xu", "sun", "ma", "hu", "guo", "lin", "he", "gao", "luo"]
GIVEN = ["wei", "fang", "min", "jing", "lei", "jun", "yang", "tao", "ming",
         "chao", "xiuying", "hao", "yu", "ting", "qiang", "peng", "xin"]
JP = ["tanaka", "suzuki", "sato", "takahashi", "watanabe", "ito", "yamamoto",
      "nakamura", "kobayashi", "haruto", "yuki", "sota", "kenji", "aoi"]
KR = ["minjun", "seoyeon", "jiho", "haeun", "doyun", "kim", "lee", "park",
      "choi", "jung", "kang", "yoon", "jang", "hanbit", "sujin"]
PWWORDS = ["winter", "sakura", "dragon", "tiger", "summer", "hanbit",
           "panda", "xingfu", "kaixin", "haneul", "sora", "ocean", "maple",
           "kitty", "lucky", "sunny", "monkey", "shanghai", "tokyo", "seoul"]


def person():
    return R.choice(SURN + JP + KR)


def human_password():
    name = R.choice(SURN + GIVEN + JP + KR)
    word = R.choice(PWWORDS)
    year = str(R.randint(1978, 2003))
    sym = R.choice("@#.!_&$*")
    leet = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"}
    pat = R.randint(0, 5)
    if pat == 0:
        p = name.capitalize() + sym + year + word
    elif pat == 1:
        p = "".join(leet.get(c, c) if R.random() < 0.5 else c
                    for c in word.capitalize()) + sym + str(R.randint(1, 99))
    elif pat == 2:
        p = name + year[2:] + sym + word.capitalize()
    elif pat == 3:
        p = word.capitalize() + R.choice(["", "."]) + name.capitalize() + sym + year[2:] + R.choice(DG)
    elif pat == 4:
        p = name.capitalize() + "." + str(R.randint(1, 12)).zfill(2) + str(R.randint(1, 28)).zfill(2) + sym
    else:
        p = R.choice(["Hz", "Bj", "Sh", "Sz", "Gz", "Tk", "Os", "Se"]) + sym + name + R.choice(DG) * 2 + word[:3]
    low = p.lower()
    if "password" in low or "123456" in low or "admin" in low:
        return human_password()
    return p


# ---------------------------------------------------------------- Field / Kind
class Field:
    """One key/value slot.  role: needle | id | pub | plain."""

    def __init__(self, words, value, role="plain", fmt="{}", alts=None):
        self.words = words.split() if isinstance(words, str) else list(words)
        self.value = value
        self.role = role
        self.fmt = fmt
        self.alts = [a.split() for a in (alts or [])]

    def literal(self):
        return self.fmt.format(self.value)


class Kind:
    def __init__(self, provider, kind, ns, title, lang, fields, cat,
                 tags=(), tf=None, sdk=None):
        self.provider = provider
        self.kind = kind
        self.ns = ns.split()
        self.title = title
        self.lang = lang          # zh / ja / ko comments
        self.fields = fields
        self.cat = cat            # aksk | llm | app | hook | pwd | token | pay
        self.tags = set(tags)
        self.tf = tf
        self.sdk = sdk

    @property
    def needle_field(self):
        for f in self.fields:
            if f.role == "needle":
                return f
        raise AssertionError("no needle")


# ---------------------------------------------------------------- kinds
PROJ = ["mall", "shop", "edu", "smart-park", "mini-app", "oa", "crm", "erp",
        "ruoyi", "blog", "yunmall", "hr", "iot", "tms", "wms", "booking",
        "pet-care", "medical", "canteen", "qa-bot", "gateway", "member"]
ENVS = ["dev", "test", "prod", "uat", "pre"]
ALI_REG = ["cn-hangzhou", "cn-shanghai", "cn-beijing", "cn-shenzhen", "cn-qingdao", "cn-zhangjiakou"]
TC_REG = ["ap-guangzhou", "ap-shanghai", "ap-beijing", "ap-chengdu", "ap-nanjing"]
HW_REG = ["cn-north-4", "cn-east-3", "cn-south-1", "cn-southwest-2"]


def proj():
    return R.choice(PROJ)


def bucket():
    return "%s-%s-%s" % (R.choice(["hz", "sh", "bj", "sz", "gz", ""]) or "oss", proj(), R.choice(ENVS))


def ali_akid():
    if R.random() < 0.8:
        return "LTAI" + R.choice(["5t", "4G", "4F"]) + rs(ALNUM, 18)
    return "LTAI" + rs(ALNUM, 12)


def k_aliyun():
    reg = R.choice(ALI_REG)
    return Kind("alibaba", "access_key_secret", "aliyun", "阿里云", "zh", [
        Field("access key id", ali_akid(), "id", alts=["access key", "ak"]),
        Field("access key secret", rs(ALNUM, 30), "needle", alts=["secret key", "sk", "secret"]),
        Field("region id", reg)], "aksk", tags={"cloud"},
        tf=("alicloud", "access_key", "secret_key", "region"), sdk="aliyun")


def k_aliyun_oss():
    reg = R.choice(ALI_REG)
    return Kind("alibaba", "oss_access_key_secret", "aliyun oss", "阿里云 OSS", "zh", [
        Field("endpoint", "https://oss-%s.aliyuncs.com" % reg),
        Field("access key id", ali_akid(), "id", alts=["access key"]),
        Field("access key secret", rs(ALNUM, 30), "needle", alts=["secret"]),
        Field("bucket name", bucket())], "aksk", tags={"cloud", "oss"}, sdk="oss")


def k_aliyun_sms():
    return Kind("alibaba", "sms_access_key_secret", "aliyun sms", "阿里云短信", "zh", [
        Field("access key id", ali_akid(), "id"),
        Field("access key secret", rs(ALNUM, 30), "needle"),
        Field("sign name", R.choice(["阿里云短信测试", "智慧园区", "易购商城", "云课堂"])),
        Field("template code", "SMS_%d" % R.randint(100000000, 299999999))], "aksk", tags={"cloud"}, sdk="aliyun")


def k_aliyun_sts():
    return Kind("alibaba", "sts_security_token", "aliyun sts", "阿里云 STS", "zh", [
        Field("access key id", "STS.N" + rs(ALNUM, 27), "id"),
        Field("access key secret", rs(ALNUM, 44), "id"),
        Field("security token", "CAIS" + rs(B64, R.randint(560, 760)), "needle", alts=["sts token"]),
        Field("expiration", "2024-%02d-%02dT%02d:%02d:%02dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)))],
        "token", tags={"cloud"}, sdk="oss")


def k_dashscope():
    return Kind("alibaba-dashscope", "api_key", "dashscope", "通义千问 DashScope", "zh", [
        Field("api key", "sk-" + rs(HEX, 32), "needle"),
        Field("model", R.choice(["qwen-plus", "qwen-max", "qwen-turbo", "qwen2.5-72b-instruct"])),
        Field("base url", "https://dashscope.aliyuncs.com/compatible-mode/v1")], "llm", sdk="openai")


def k_acr():
    return Kind("alibaba", "acr_registry_password", "aliyun acr", "阿里云容器镜像服务", "zh", [
        Field("registry", "registry.%s.aliyuncs.com" % R.choice(ALI_REG)),
        Field("username", R.choice(["%s@%s" % (person(), digits(16)), "%s%s" % (R.choice(SURN), R.choice(GIVEN))])),
        Field("password", human_password(), "needle")], "pwd", tags={"registry"})


def alipay_priv():
    head = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ"
    return head + rs(B64, 1624 - len(head))


def alipay_pub():
    head = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"
    return head + rs(B64, 392 - len(head) - 8) + "IDAQAB"


def k_alipay():
    return Kind("alipay", "app_private_key", "alipay", "支付宝开放平台", "zh", [
        Field("app id", "2021" + digits(12, "0123"), "pub"),
        Field("gateway url", "https://openapi.alipay.com/gateway.do"),
        Field("private key", alipay_priv(), "needle", alts=["app private key", "merchant private key"]),
        Field("sign type", "RSA2")], "pay")


def k_tencent():
    return Kind("tencent", "secret_key", "tencentcloud", "腾讯云", "zh", [
        Field("secret id", "AKID" + rs(ALNUM, 32), "id"),
        Field("secret key", rs(ALNUM, 32), "needle"),
        Field("region", R.choice(TC_REG))], "aksk", tags={"cloud"},
        tf=("tencentcloud", "secret_id", "secret_key", "region"), sdk="tencent")


def k_tencent_cos():
    reg = R.choice(TC_REG)
    return Kind("tencent", "cos_secret_key", "cos", "腾讯云 COS", "zh", [
        Field("secret id", "AKID" + rs(ALNUM, 32), "id"),
        Field("secret key", rs(ALNUM, 32), "needle"),
        Field("region", reg),
        Field("bucket", "%s-%s" % (bucket(), digits(10, "1")))], "aksk", tags={"cloud", "oss"}, sdk="cos")


def k_huawei():
    return Kind("huawei", "secret_access_key", "huaweicloud", "华为云", "zh", [
        Field("access key", rs(UPDG, 20), "id", alts=["ak"]),
        Field("secret key", rs(ALNUM, 40), "needle", alts=["sk"]),
        Field("region", R.choice(HW_REG))], "aksk", tags={"cloud"},
        tf=("huaweicloud", "access_key", "secret_key", "region"))


def k_huawei_obs():
    reg = R.choice(HW_REG)
    return Kind("huawei", "obs_secret_access_key", "obs", "华为云 OBS", "zh", [
        Field("endpoint", "https://obs.%s.myhuaweicloud.com" % reg),
        Field("ak", rs(UPDG, 20), "id"),
        Field("sk", rs(ALNUM, 40), "needle"),
        Field("bucket name", bucket())], "aksk", tags={"cloud", "oss"})


def k_bce():
    return Kind("baidu", "bce_secret_key", "bce", "百度智能云", "zh", [
        Field("access key id", rs(HEX, 32), "id"),
        Field("secret access key", rs(HEX, 32), "needle"),
        Field("endpoint", R.choice(["bj.bcebos.com", "gz.bcebos.com", "su.bcebos.com"]))], "aksk", tags={"cloud"})


def k_baidu_ai():
    return Kind("baidu", "ai_secret_key", "baidu ai", "百度AI开放平台", "zh", [
        Field("app id", digits(8, "123"), "pub"),
        Field("api key", rs(ALNUM, 24), "id"),
        Field("secret key", rs(ALNUM, 32), "needle")], "app", sdk="baidu_aip")


def k_qianfan():
    return Kind("baidu", "qianfan_api_key", "qianfan", "百度千帆", "zh", [
        Field("api key", "bce-v3/ALTAK-%s/%s" % (rs(ALNUM, 21), rs(HEX, 40)), "needle"),
        Field("model", R.choice(["ernie-4.0-8k", "ernie-3.5-8k", "ernie-speed-128k", "ernie-4.0-turbo-8k"])),
        Field("base url", "https://qianfan.baidubce.com/v2")], "llm", sdk="openai")


def volc_ak():
    return "AKLT" + b64(rs(HEX, 32)).rstrip("=")


def volc_sk():
    return b64(b64(rs(HEX, 32)).rstrip("="))


def k_volc():
    return Kind("volcengine", "secret_access_key", "volcengine", "火山引擎", "zh", [
        Field("access key", volc_ak(), "id", alts=["ak"]),
        Field("secret key", volc_sk(), "needle", alts=["sk"]),
        Field("region", R.choice(["cn-beijing", "cn-shanghai", "cn-guangzhou"]))], "aksk", tags={"cloud"},
        tf=("volcengine", "access_key", "secret_key", "region"))


def k_ark():
    return Kind("volcengine-ark", "ark_api_key", "ark", "火山方舟 豆包", "zh", [
        Field("api key", ruuid(), "needle"),
        Field("model", R.choice(["doubao-pro-32k-240615", "ep-2024%02d%02d%s-%s" % (R.randint(1, 12), R.randint(1, 28), digits(6), rs(LODG, 5))])),
        Field("base url", "https://ark.cn-beijing.volces.com/api/v3")], "llm", sdk="openai")


def k_zhipu():
    return Kind("zhipu", "api_key", "zhipuai", "智谱AI", "zh", [
        Field("api key", rs(HEX, 32) + "." + rs(ALNUM, 16), "needle"),
        Field("model", R.choice(["glm-4", "glm-4-flash", "glm-4-plus", "glm-4v"])),
        Field("base url", "https://open.bigmodel.cn/api/paas/v4/")], "llm", sdk="zhipu")


def k_moonshot():
    return Kind("moonshot", "api_key", "moonshot", "Kimi 月之暗面", "zh", [
        Field("api key", "sk-" + rs(ALNUM, 48), "needle"),
        Field("model", R.choice(["moonshot-v1-8k", "moonshot-v1-32k", "moonshot-v1-128k"])),
        Field("base url", "https://api.moonshot.cn/v1")], "llm", sdk="openai")


def k_deepseek():
    return Kind("deepseek", "api_key", "deepseek", "DeepSeek 深度求索", "zh", [
        Field("api key", "sk-" + rs(HEX, 32), "needle"),
        Field("model", R.choice(["deepseek-chat", "deepseek-reasoner"])),
        Field("base url", "https://api.deepseek.com")], "llm", sdk="openai")


def k_baichuan():
    return Kind("baichuan", "api_key", "baichuan", "百川智能", "zh", [
        Field("api key", "sk-" + rs(HEX, 32), "needle"),
        Field("model", R.choice(["Baichuan4", "Baichuan3-Turbo", "Baichuan2-Turbo"])),
        Field("base url", "https://api.baichuan-ai.com/v1")], "llm", sdk="openai")


def minimax_jwt():
    gid = digits(19, "1")
    payload = {"GroupName": R.choice(["%s%s" % (R.choice(SURN), R.choice(GIVEN)), "上海某某科技"]),
               "UserName": R.choice(SURN) + R.choice(GIVEN), "Account": "",
               "SubjectID": digits(19, "1"), "Phone": "1" + R.choice("3589") + digits(9, DG),
               "GroupID": gid, "PageName": "", "Mail": "",
               "CreateTime": "2024-%02d-%02d %02d:%02d:%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
               "TokenType": 1, "iss": "minimax"}
    body = b64u_nopad(json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode())
    return "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9." + body + "." + rs(B64U, 342), gid


def k_minimax():
    tok, gid = minimax_jwt()
    return Kind("minimax", "api_key_jwt", "minimax", "MiniMax 海螺", "zh", [
        Field("group id", gid, "pub"),
        Field("api key", tok, "needle"),
        Field("model", R.choice(["abab6.5s-chat", "abab6.5-chat", "MiniMax-Text-01"]))], "llm", sdk="openai")


def k_iflytek():
    return Kind("iflytek", "spark_api_secret", "spark", "讯飞星火", "zh", [
        Field("app id", rs(HEX, 8), "pub", alts=["appid"]),
        Field("api key", rs(HEX, 32), "id"),
        Field("api secret", b64(rs(HEX, 24)), "needle"),
        Field("spark url", R.choice(["wss://spark-api.xf-yun.com/v3.5/chat", "wss://spark-api.xf-yun.com/v4.0/chat"]))], "app")


def wx_appid():
    return "wx" + rs(HEX, 16)


def k_wechat():
    return Kind("wechat", "official_account_appsecret", "wechat mp", "微信公众号", "zh", [
        Field("app id", wx_appid(), "pub", alts=["appid"]),
        Field("app secret", rs(HEX, 32), "needle", alts=["secret", "appsecret"])], "app", tags={"wechat"})


def k_wechat_mini():
    return Kind("wechat", "miniprogram_appsecret", "wechat miniapp", "微信小程序", "zh", [
        Field("app id", wx_appid(), "pub", alts=["appid"]),
        Field("app secret", rs(HEX, 32), "needle", alts=["secret"])], "app", tags={"wechat", "mini"})


def k_wecom():
    return Kind("wechat-work", "corpsecret", "wecom", "企业微信", "zh", [
        Field("corp id", "ww" + rs(HEX, 16), "pub", alts=["corpid"]),
        Field("agent id", str(R.choice([1000002, 1000003, 1000005, 1000011, 1000017])), "pub"),
        Field("corp secret", rs(B64U, 43), "needle", alts=["secret", "corpsecret"])], "app", tags={"wechat"})


def k_wx_aeskey():
    return Kind("wechat", "callback_encoding_aes_key", "wechat", "微信消息回调", "zh", [
        Field("app id", wx_appid(), "pub"),
        Field("encoding aes key", rs(ALNUM, 43), "needle", alts=["aes key"]),
        Field("token", "WX_CALLBACK_TOKEN", "ref")], "app", tags={"wechat", "callback"})


def k_wx_token():
    return Kind("wechat", "callback_token", "wechat", "微信服务器配置", "zh", [
        Field("app id", wx_appid(), "pub"),
        Field("token", rs(ALNUM, R.randint(24, 32)), "needle", alts=["server token"]),
        Field("msg mode", "plaintext")], "app", tags={"wechat", "callback"})


def k_wxpay():
    return Kind("wechat-pay", "apiv3_key", "wxpay", "微信支付", "zh", [
        Field("mch id", "16" + digits(8, DG), "pub", alts=["mchid"]),
        Field("app id", wx_appid(), "pub"),
        Field("api v3 key", rs(ALNUM, 32), "needle", alts=["apiv3 key", "mch key"]),
        Field("merchant serial number", rs(HEXU, 40), "pub"),
        Field("notify url", "https://api.%s.cn/pay/notify/wechat" % proj())], "pay")


def k_ding_app():
    return Kind("dingtalk", "app_secret", "dingtalk", "钉钉开放平台", "zh", [
        Field("app key", "ding" + rs(LODG, 16), "id", alts=["client id"]),
        Field("app secret", rs(B64U, 64), "needle", alts=["client secret"]),
        Field("agent id", digits(10, "123"), "pub")], "app")


def k_ding_hook():
    return Kind("dingtalk", "robot_webhook_token", "dingtalk robot", "钉钉群机器人", "zh", [
        Field("webhook", rs(HEX, 64), "needle", fmt="https://oapi.dingtalk.com/robot/send?access_token={}", alts=["webhook url"]),
        Field("keyword", R.choice(["告警", "报警", "发布通知", "监控"]))], "hook")


def k_ding_sign():
    return Kind("dingtalk", "robot_sign_secret", "dingtalk robot", "钉钉群机器人 加签", "zh", [
        Field("webhook", "DINGTALK_WEBHOOK", "ref"),
        Field("secret", "SEC" + rs(HEX, 64), "needle", alts=["sign secret"])], "hook")


def k_feishu_app():
    return Kind("feishu", "app_secret", "feishu", "飞书开放平台", "zh", [
        Field("app id", "cli_" + rs(HEX, 16), "pub"),
        Field("app secret", rs(ALNUM, 32), "needle"),
        Field("verification token", "FEISHU_VERIFICATION_TOKEN", "ref")], "app")


def k_feishu_hook():
    return Kind("feishu", "bot_webhook", "feishu bot", "飞书群机器人", "zh", [
        Field("webhook", ruuid(), "needle", fmt="https://open.feishu.cn/open-apis/bot/v2/hook/{}", alts=["webhook url"])], "hook")


def k_feishu_sign():
    return Kind("feishu", "bot_sign_secret", "feishu bot", "飞书群机器人 签名校验", "zh", [
        Field("webhook", "FEISHU_WEBHOOK", "ref"),
        Field("secret", rs(ALNUM, 22), "needle", alts=["sign secret"])], "hook")


def k_qiniu():
    return Kind("qiniu", "secret_key", "qiniu", "七牛云", "zh", [
        Field("access key", rs(B64U, 40), "id", alts=["ak"]),
        Field("secret key", rs(B64U, 40), "needle", alts=["sk"]),
        Field("bucket", bucket()),
        Field("domain", "https://cdn.%s.com" % proj().replace("-", ""))], "aksk", tags={"oss"})


def k_upyun():
    return Kind("upyun", "operator_password", "upyun", "又拍云", "zh", [
        Field("service", bucket()),
        Field("operator", "%s_%s" % (R.choice(["op", "ops", "upload", "cdn"]), R.choice(SURN)), "pub"),
        Field("password", rs(ALNUM, 32), "needle", alts=["operator password"])], "aksk", tags={"oss"})


def k_jpush():
    return Kind("jpush", "master_secret", "jpush", "极光推送", "zh", [
        Field("app key", rs(HEX, 24), "pub"),
        Field("master secret", rs(HEX, 24), "needle")], "app")


def k_getui():
    return Kind("getui", "master_secret", "getui", "个推", "zh", [
        Field("app id", rs(ALNUM, 22), "pub"),
        Field("app key", rs(ALNUM, 22), "id"),
        Field("master secret", rs(ALNUM, 22), "needle")], "app", tags={"getui"})


def k_umeng():
    return Kind("umeng", "app_master_secret", "umeng", "友盟+ U-Push", "zh", [
        Field("app key", rs(HEX, 24), "pub"),
        Field("app master secret", rs(LODG, 32), "needle", alts=["master secret"])], "app")


def k_gitee():
    return Kind("gitee", "private_token", "gitee", "码云 Gitee", "zh", [
        Field("private token", rs(HEX, 32), "needle", alts=["access token", "token"]),
        Field("repo", "%s/%s" % (R.choice(SURN) + R.choice(GIVEN), proj()))], "token")


def k_coding():
    return Kind("coding", "personal_access_token", "coding", "CODING DevOps", "zh", [
        Field("username", R.choice(SURN) + R.choice(GIVEN), "pub"),
        Field("token", rs(HEX, 40), "needle", alts=["access token"]),
        Field("team", proj())], "token")


def k_qq():
    return Kind("tencent-qq", "connect_app_key", "qq", "QQ互联", "zh", [
        Field("app id", digits(9, "1"), "pub"),
        Field("app key", rs(HEX, 32), "needle")], "app", tags={"oauth"})


def k_weibo():
    return Kind("weibo", "app_secret", "weibo", "新浪微博开放平台", "zh", [
        Field("app key", digits(10, "123"), "pub"),
        Field("app secret", rs(HEX, 32), "needle"),
        Field("redirect uri", "https://www.%s.com/oauth/weibo/callback" % proj().replace("-", ""))], "app", tags={"oauth"})


def k_amap():
    return Kind("amap", "security_js_code", "amap", "高德地图 JSAPI", "zh", [
        Field("key", rs(HEX, 32), "pub"),
        Field("security js code", rs(HEX, 32), "needle")], "app")


def k_nacos():
    return Kind("nacos", "password", "nacos", "Nacos 配置中心", "zh", [
        Field("server addr", "%s:8848" % R.choice(["nacos.%s.internal" % proj(), "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 250))])),
        Field("username", R.choice(["nacos_ro", "nacos-" + R.choice(ENVS), R.choice(SURN) + R.choice(GIVEN)]), "pub"),
        Field("password", human_password(), "needle")], "pwd")


# ---- Japan
def k_line_secret():
    return Kind("line", "channel_secret", "line", "LINE Messaging API", "ja", [
        Field("channel id", "16" + digits(8, DG), "pub"),
        Field("channel secret", rs(HEX, 32), "needle")], "app")


def k_line_token():
    return Kind("line", "channel_access_token", "line", "LINE Messaging API", "ja", [
        Field("channel access token", rs(B64, 171) + "=", "needle", alts=["access token"]),
        Field("liff id", "16%s-%s" % (digits(8, DG), rs(ALNUM, 8)), "pub")], "token")


def k_line_notify():
    return Kind("line", "notify_token", "line notify", "LINE Notify", "ja", [
        Field("token", rs(ALNUM, 43), "needle", alts=["access token"])], "token")


def k_payjp():
    return Kind("payjp", "secret_key", "payjp", "PAY.JP", "ja", [
        Field("public key", "pk_live_" + rs(HEX, 24), "pub"),
        Field("secret key", R.choice(["sk_live_", "sk_live_", "sk_test_"]) + rs(HEX, 24), "needle")], "pay")


def k_sakura():
    return Kind("sakura", "access_token_secret", "sakuracloud", "さくらのクラウド", "ja", [
        Field("access token", ruuid(), "id"),
        Field("access token secret", rs(ALNUM, 64), "needle"),
        Field("zone", R.choice(["is1a", "is1b", "tk1a", "tk1b"]))], "aksk", tags={"cloud"},
        tf=("sakuracloud", "token", "secret", "zone"))


def k_chatwork():
    return Kind("chatwork", "api_token", "chatwork", "Chatwork", "ja", [
        Field("api token", rs(HEX, 32), "needle"),
        Field("room id", digits(9, "123"), "pub")], "token")


def k_backlog():
    return Kind("backlog", "api_key", "backlog", "Backlog", "ja", [
        Field("space", "https://%s.backlog.jp" % R.choice(["nulab-" + proj(), proj() + "-dev", R.choice(JP)])),
        Field("api key", rs(ALNUM, 64), "needle")], "token")


def k_kintone():
    return Kind("kintone", "api_token", "kintone", "kintone", "ja", [
        Field("domain", "%s.cybozu.com" % R.choice(JP + PROJ)),
        Field("app id", str(R.randint(3, 480)), "pub"),
        Field("api token", rs(ALNUM, 40), "needle")], "token")


# ---- Korea
def k_ncloud():
    return Kind("naver-cloud", "secret_key", "ncloud", "네이버 클라우드 플랫폼", "ko", [
        Field("access key", rs(ALNUM, 20), "id"),
        Field("secret key", rs(ALNUM, 40), "needle"),
        Field("region", R.choice(["KR", "JPN", "SGN"]))], "aksk", tags={"cloud"},
        tf=("ncloud", "access_key", "secret_key", "region"))


def k_naver_dev():
    return Kind("naver", "client_secret", "naver", "네이버 개발자센터", "ko", [
        Field("client id", rs(ALNUM, 20), "pub"),
        Field("client secret", rs(ALNUM, 10), "needle")], "app", tags={"oauth"})


def k_kakao_rest():
    return Kind("kakao", "rest_api_key", "kakao", "카카오 디벨로퍼스", "ko", [
        Field("rest api key", rs(HEX, 32), "needle", alts=["client id"]),
        Field("redirect uri", "https://%s.co.kr/oauth/kakao/callback" % proj().replace("-", ""))], "app", tags={"oauth"})


def k_kakao_admin():
    return Kind("kakao", "admin_key", "kakao", "카카오 디벨로퍼스", "ko", [
        Field("admin key", rs(HEX, 32), "needle", fmt="{}"),
        Field("app id", digits(6, "1234569"), "pub")], "app")


def k_kakaopay():
    return Kind("kakaopay", "admin_key", "kakaopay", "카카오페이", "ko", [
        Field("cid", "TC0ONETIME", "pub"),
        Field("admin key", rs(HEX, 32), "needle", alts=["authorization"])], "pay")


def k_toss():
    return Kind("toss", "secret_key", "toss", "토스페이먼츠", "ko", [
        Field("client key", "live_ck_" + rs(ALNUM, 28), "pub"),
        Field("secret key", R.choice(["live_sk_", "live_sk_", "test_sk_"]) + rs(ALNUM, 28), "needle")], "pay")


def k_nhn():
    return Kind("nhn-cloud", "secret_key", "nhn", "NHN Cloud", "ko", [
        Field("app key", rs(ALNUM, 16), "pub"),
        Field("secret key", rs(ALNUM, 8), "needle"),
        Field("sender no", "0%d-%d-%d" % (R.choice([2, 31, 51]), R.randint(100, 9999), R.randint(1000, 9999)))], "app")


KINDS = [
    (6, k_aliyun), (4, k_aliyun_oss), (3, k_aliyun_sms), (2, k_aliyun_sts), (4, k_dashscope),
    (2, k_acr), (2, k_alipay), (5, k_tencent), (3, k_tencent_cos), (3, k_huawei), (2, k_huawei_obs),
    (2, k_bce), (2, k_baidu_ai), (2, k_qianfan), (3, k_volc), (2, k_ark), (3, k_zhipu),
    (3, k_moonshot), (2, k_deepseek), (2, k_baichuan), (2, k_minimax), (2, k_iflytek),
    (4, k_wechat), (3, k_wechat_mini), (3, k_wecom), (2, k_wx_aeskey), (2, k_wx_token), (3, k_wxpay),
    (3, k_ding_app), (3, k_ding_hook), (2, k_ding_sign), (3, k_feishu_app), (2, k_feishu_hook),
    (2, k_feishu_sign), (3, k_qiniu), (2, k_upyun), (2, k_jpush), (2, k_getui), (2, k_umeng),
    (2, k_gitee), (2, k_coding), (1, k_qq), (1, k_weibo), (1, k_amap), (2, k_nacos),
    (3, k_line_secret), (3, k_line_token), (1, k_line_notify), (2, k_payjp), (2, k_sakura),
    (2, k_chatwork), (2, k_backlog), (2, k_kintone),
    (3, k_ncloud), (2, k_naver_dev), (2, k_kakao_rest), (2, k_kakao_admin), (1, k_kakaopay),
    (2, k_toss), (2, k_nhn),
]


# ---------------------------------------------------------------- naming
def cased(words, style):
    ws = [w for w in words if w]
    if style == "upper":
        return "_".join(w.upper() for w in ws)
    if style == "snake":
        return "_".join(w.lower() for w in ws)
    if style == "kebab":
        return "-".join(w.lower() for w in ws)
    if style == "camel":
        return ws[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in ws[1:])
    if style == "pascal":
        return "".join(w[:1].upper() + w[1:].lower() for w in ws)
    if style == "flat":
        return "".join(w.lower() for w in ws)
    raise ValueError(style)


GENERIC = {
    "aksk": [["secret"], ["sk"], ["secret", "key"], ["access", "secret"], ["key", "secret"], ["credential"]],
    "llm": [["llm", "key"], ["api", "key"], ["key"], ["token"], ["model", "key"], ["openai", "api", "key"], ["auth"]],
    "app": [["secret"], ["app", "secret"], ["client", "secret"], ["key"], ["auth"], ["sign", "key"]],
    "hook": [["token"], ["hook"], ["webhook"], ["robot", "token"], ["notify", "url"], ["sign"]],
    "pwd": [["password"], ["pwd"], ["pass"], ["login", "password"]],
    "token": [["token"], ["api", "token"], ["auth"], ["access", "token"], ["security", "token"]],
    "pay": [["secret"], ["api", "key"], ["key"], ["auth"], ["merchant", "key"]],
}

REF_LANGS = {"spring", "compose", "gha", "gitee", "py", "js", "java", "kt", "go",
             "php", "rb", "hcl", "sh", "ts", "xml", "props"}

KNOWN_PREFIXES = ["bce-v3/ALTAK-", "sk_live_", "sk_test_", "live_sk_", "test_sk_",
                  "LTAI5t", "LTAI4G", "LTAI4F", "LTAI", "AKID", "AKLT", "STS.", "SEC",
                  "sk-", "CAIS", "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.", "ding", "cli_", "ww", "wx"]


def val_prefix(v):
    for p in KNOWN_PREFIXES:
        if v.startswith(p):
            return p
    return ""


PH_ZH = ["你的{P}", "替换为您的{P}", "请填写{P}", "<填写你的{P}>", "在控制台获取后填写", "请填写", "你的{P}（勿提交真实值）", "******"]
PH_JA = ["ここにキーを入力", "<{P}をここに>", "YOUR_{U}", "ここに{P}を設定", "xxxxxxxxxxxxxxxx", "<チャネルシークレット>"]
PH_KO = ["여기에_키_입력", "<발급받은_{P}>", "YOUR_{U}", "{P}를_입력하세요", "xxxxxxxxxxxxxxxx"]
PH_EN = ["<your-{K}>", "YOUR_{U}", "your_{S}_here", "changeme", "TODO", "<{U}>", "******", "REPLACE_ME", "xxxxxxxxxxxxxxxxxxxxxxxx"]


class Ctx:
    """Rendering context of one file: a kind + optional negative mode."""

    def __init__(self, kind, neg=None, generic=None):
        self.k = kind
        self.neg = neg
        self.q = R.choice(["'", '"'])
        self.yq = R.choice(["", "", "'", '"'])
        self.words = {}
        for f in kind.fields:
            w = f.words
            if f.alts and R.random() < 0.35:
                w = R.choice(f.alts)
            self.words[id(f)] = w
        self.generic = generic
        self.ph = {}
        self.refsty = R.randint(0, 2)

    # --- names
    @property
    def fields(self):
        return self.k.fields

    def is_generic(self, f):
        return self.generic is not None and f.role == "needle"

    def fwords(self, f):
        if self.is_generic(f):
            return self.generic
        return self.words[id(f)]

    def key(self, f, style, ns=True):
        if self.is_generic(f):
            return cased(self.generic, style)
        return cased((self.k.ns if ns else []) + self.fwords(f), style)

    def envname(self, f):
        if f.role == "ref":
            return f.value
        return cased(self.k.ns + self.words[id(f)], "upper")

    # --- values
    def secretish(self, f):
        return f.role in ("needle", "id")

    def text(self, f):
        """Raw literal text of the value, or None when it must be a reference."""
        if f.role == "ref":
            return None
        if not self.neg or not self.secretish(f):
            return f.literal()
        m = self.neg
        if m == "ref":
            return None
        if m == "empty":
            return ""
        if m == "masked":
            return f.fmt.format(self.mask(f.value))
        if m == "placeholder":
            if id(f) not in self.ph:
                self.ph[id(f)] = self.placeholder(f)
            return f.fmt.format(self.ph[id(f)])
        raise ValueError(m)

    def mask(self, v):
        p = val_prefix(v)
        tail = v[-4:]
        r = R.randint(0, 3)
        if r == 0:
            return (p or v[:4]) + "*" * R.choice([4, 8, 12, 16]) + tail
        if r == 1:
            return (p or v[:3]) + "\u2026" + tail
        if r == 2:
            return (p or v[:6]) + "****"
        return (p or "") + "*" * min(len(v) - len(p), 24)

    def placeholder(self, f):
        v = f.value
        p = val_prefix(v)
        P = cased(f.words, "pascal")
        U = cased(f.words, "upper")
        K = cased(f.words, "kebab")
        S = cased(f.words, "snake")
        if p and R.random() < 0.35:
            return R.choice([p + "...", p + "xxxxxxxxxxxxxxxx", p + "****", p + "<" + K + ">", p + "XXXXXXXX"])
        pool = {"zh": PH_ZH, "ja": PH_JA, "ko": PH_KO}[self.k.lang]
        if R.random() < 0.4:
            pool = PH_EN
        return R.choice(pool).format(P=P, U=U, K=K, S=S)

    def ref(self, var, lang):
        st = self.refsty
        if lang in ("spring", "props"):
            return ["${%s}" % var, "${%s:}" % var, "${%s}" % var][st]
        if lang in ("compose", "gitee", "sh"):
            return ["${%s}" % var, "${%s:?missing}" % var, "${%s}" % var][st]
        if lang == "gha":
            return "${{ secrets.%s }}" % var
        if lang == "py":
            return ['os.getenv("%s")' % var, 'os.environ["%s"]' % var, 'os.environ.get("%s", "")' % var][st]
        if lang in ("js", "ts"):
            return ["process.env.%s" % var, "process.env.%s || ''" % var, "process.env['%s']" % var][st]
        if lang in ("java", "kt"):
            return 'System.getenv("%s")' % var
        if lang == "go":
            return 'os.Getenv("%s")' % var
        if lang == "php":
            return ["env('%s')" % var, "getenv('%s')" % var, "env('%s', '')" % var][st]
        if lang == "rb":
            return ['ENV["%s"]' % var, 'ENV.fetch("%s")' % var, "ENV['%s']" % var][st]
        if lang == "hcl":
            return "var.%s" % var.lower()
        if lang == "xml":
            return "${env.%s}" % var
        raise ValueError("no ref in " + lang)

    def quote(self, s, lang):
        if lang in ("py", "js", "ts", "php", "rb", "mpjs"):
            return self.q + s + self.q
        if lang in ("java", "kt", "go", "json", "hcl", "toml", "sh", "cs"):
            return '"' + s + '"'
        if lang in ("spring", "compose", "gha", "gitee", "yaml", "k8s"):
            if s == "":
                return '""'
            q = self.yq
            if not q and (s[:1] in "*<{[&!%@`'\"" or ": " in s or s.endswith(":") or " #" in s):
                q = '"'
            return q + s + q
        return s  # env, props, ini, md, raw

    def v(self, f, lang):
        t = self.text(f)
        if t is None:
            return self.ref(self.envname(f), lang)
        return self.quote(t, lang)

    def get(self, name):
        for f in self.fields:
            if " ".join(f.words) == name:
                return f
        return None

    def has_ref(self, f):
        return self.text(f) is None

    def usable(self, lang):
        """fields to render in a language: drop ref-fields where no refs exist."""
        out = []
        for f in self.fields:
            if f.role == "ref" and lang not in REF_LANGS:
                continue
            out.append(f)
        return out


def cmt(lang, text, style="#"):
    return "%s %s" % (style, text)


ZH_NOTES = ["配置说明：以下为{t}相关配置", "{t} 配置（测试环境）", "TODO 上线前改成从配置中心读取",
            "{t}，找运维要的", "注意：{t} 账号归属 {p} 项目", "{t} 对接参数"]
JA_NOTES = ["{t} の設定", "{t} 連携用（本番）", "TODO: 後で環境変数に移す", "{t} の認証情報"]
KO_NOTES = ["{t} 설정", "{t} 연동 정보 (운영)", "TODO: 나중에 환경변수로 옮기기", "{t} 인증 정보"]


def note(ctx):
    pool = {"zh": ZH_NOTES, "ja": JA_NOTES, "ko": KO_NOTES}[ctx.k.lang]
    return R.choice(pool).format(t=ctx.k.title, p=proj())


# ---------------------------------------------------------------- templates
# each template: fn(ctx) -> (relpath, list_of_lines); registered with its lang
TEMPLATES = {}


TEMPLATE_WEIGHT = {"uniapp-manifest": 6, "terraform": 5, "maven-settings": 5, "miniprogram-appjs": 2,
                   "spring-yml": 2, "dotenv": 2, "python": 2, "java": 2}


def template(name, lang, when=None):
    def deco(fn):
        TEMPLATES[name] = (fn, lang, when or (lambda k: True))
        return fn
    return deco


def app_name():
    return "%s-%s" % (proj(), R.choice(["service", "api", "server", "admin", "job", "gateway", "web"]))


def flat_lines(ctx, lang, style="upper", sep="=", quote_env=False):
    out = []
    for f in ctx.usable(lang):
        val = ctx.v(f, lang)
        if quote_env and not ctx.has_ref(f) and R.random() < 0.5:
            val = '"%s"' % val
        out.append("%s%s%s" % (ctx.key(f, style), sep, val))
    return out


def nested_yaml(ctx, lang, indent=0, style="kebab", ns=None):
    ns = ctx.k.ns if ns is None else ns
    out = []
    pad = "  " * indent
    for i, w in enumerate(ns):
        out.append(pad + "  " * i + w + ":")
    pad2 = pad + "  " * len(ns)
    for f in ctx.usable(lang):
        out.append("%s%s: %s" % (pad2, ctx.key(f, style, ns=False), ctx.v(f, lang)))
    return out


@template("dotenv", "env")
def t_dotenv(ctx):
    name = R.choice([".env", ".env.production", ".env.local", "deploy/.env", "docker/.env", ".env.prod"])
    L = ["# %s" % note(ctx), "APP_NAME=%s" % app_name(), "APP_ENV=%s" % R.choice(ENVS),
         "PORT=%d" % R.choice([3000, 8000, 8080, 9000, 8888]), "TZ=Asia/%s" % {"zh": "Shanghai", "ja": "Tokyo", "ko": "Seoul"}[ctx.k.lang], ""]
    if R.random() < 0.5:
        L += ["REDIS_HOST=127.0.0.1", "REDIS_PORT=6379", "MYSQL_HOST=mysql", "MYSQL_DATABASE=%s" % proj().replace("-", "_"), ""]
    L += ["# " + ctx.k.title] + flat_lines(ctx, "env", quote_env=True)
    L += ["", "LOG_LEVEL=%s" % R.choice(["info", "debug", "warn"])]
    return name, L


@template("vite-env", "env", lambda k: k.cat in ("llm", "app", "hook", "token"))
def t_vite_env(ctx):
    name = R.choice([".env.development", ".env.production", "web/.env.development"])
    pre = R.choice(["VITE_", "VUE_APP_", "VITE_APP_"])
    title = R.choice({"zh": ["若依管理系统", "智慧园区", "商城后台"], "ja": ["社内ポータル", "予約管理"], "ko": ["관리자 콘솔", "예약 관리"]}[ctx.k.lang])
    L = [{"zh": "# 开发环境配置", "ja": "# 開発環境", "ko": "# 개발 환경"}[ctx.k.lang], "NODE_ENV=%s" % ("production" if "production" in name else "development"),
         "%sBASE_API=/dev-api" % pre, "%sTITLE=%s" % (pre, title), ""]
    for f in ctx.usable("env"):
        L.append("%s%s=%s" % (pre, ctx.key(f, "upper"), ctx.v(f, "env")))
    L += ["", "%sPUBLIC_PATH=/" % pre]
    return name, L


@template("properties", "props")
def t_properties(ctx):
    L = ["# %s" % note(ctx), "server.port=%d" % R.choice([8080, 8081, 9001, 9527]),
         "spring.application.name=%s" % app_name(), "spring.profiles.active=%s" % R.choice(ENVS),
         "spring.datasource.url=jdbc:mysql://127.0.0.1:3306/%s?useUnicode=true&characterEncoding=utf8&serverTimezone=Asia/Shanghai" % proj().replace("-", "_"),
         "spring.datasource.username=${DB_USER:root}", "spring.datasource.password=${DB_PASSWORD:}", ""]
    ns = ".".join(ctx.k.ns)
    L.append("# " + ctx.k.title)
    for f in ctx.usable("props"):
        L.append("%s.%s=%s" % (ns, ctx.key(f, "kebab", ns=False), ctx.v(f, "props")))
    L += ["", "logging.level.root=info", "mybatis-plus.mapper-locations=classpath*:/mapper/**/*.xml"]
    path = R.choice(["src/main/resources/application.properties", "src/main/resources/application-%s.properties" % R.choice(ENVS),
                     "%s/src/main/resources/application.properties" % app_name()])
    return path, L


def spring_head(ctx, nacos=True):
    L = ["server:", "  port: %d" % R.choice([8080, 8081, 9001, 9100]), "spring:", "  application:",
         "    name: %s" % app_name()]
    if nacos and ctx.k.lang == "zh" and R.random() < 0.6:
        L += ["  cloud:", "    nacos:", "      discovery:", "        server-addr: ${NACOS_ADDR:127.0.0.1:8848}",
              "        namespace: %s" % R.choice(ENVS)]
    L += ["  redis:", "    host: ${REDIS_HOST:localhost}", "    port: 6379", "    database: %d" % R.randint(0, 8)]
    return L


@template("spring-yml", "spring")
def t_spring_yml(ctx):
    L = ["# %s" % note(ctx)] + spring_head(ctx) + [""]
    L += ["# " + ctx.k.title] + nested_yaml(ctx, "spring")
    L += ["", "mybatis-plus:", "  configuration:", "    map-underscore-to-camel-case: true",
          "logging:", "  level:", "    com.%s: debug" % proj().replace("-", "")]
    path = R.choice(["src/main/resources/application.yml", "src/main/resources/application-%s.yml" % R.choice(ENVS),
                     "%s/src/main/resources/application.yml" % app_name()])
    return path, L


@template("bootstrap-yml", "spring", lambda k: k.lang == "zh")
def t_bootstrap(ctx):
    L = ["spring:", "  application:", "    name: %s" % app_name(), "  profiles:", "    active: %s" % R.choice(ENVS),
         "  cloud:", "    nacos:", "      config:"]
    if ctx.k.provider == "nacos":
        for f in ctx.usable("spring"):
            L.append("        %s: %s" % (ctx.key(f, "kebab", ns=False), ctx.v(f, "spring")))
        L += ["        namespace: %s" % ruuid(), "        file-extension: yaml", "        group: DEFAULT_GROUP",
              "      discovery:", "        server-addr: ${spring.cloud.nacos.config.server-addr}"]
    else:
        L += ["        server-addr: ${NACOS_ADDR:127.0.0.1:8848}", "        file-extension: yaml",
              "        shared-configs:", "          - data-id: common.yaml", "            refresh: true", ""]
        L += ["# %s" % note(ctx)] + nested_yaml(ctx, "spring")
    return R.choice(["src/main/resources/bootstrap.yml", "%s/src/main/resources/bootstrap.yml" % app_name()]), L


@template("nacos-export", "spring", lambda k: k.lang == "zh")
def t_nacos_export(ctx):
    app = app_name()
    env = R.choice(ENVS)
    L = ["# Nacos 导出  dataId=%s-%s.yaml group=%s" % (app, env, R.choice(["DEFAULT_GROUP", "BIZ_GROUP"])),
         "# %s" % note(ctx)]
    L += nested_yaml(ctx, "spring")
    L += ["", "feign:", "  client:", "    config:", "      default:", "        connect-timeout: 5000",
          "        read-timeout: %d" % R.choice([5000, 10000, 30000])]
    return "nacos_config_export_2024%02d%02d%02d%02d%02d/%s/%s-%s.yaml" % (
        R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59),
        R.choice(["DEFAULT_GROUP", "BIZ_GROUP"]), app, env), L


@template("ini", "ini")
def t_ini(ctx):
    L = ["; %s" % note(ctx), "[app]", "name = %s" % app_name(), "debug = %s" % R.choice(["false", "true"]),
         "workers = %d" % R.choice([2, 4, 8]), "", "[%s]" % "_".join(ctx.k.ns)]
    for f in ctx.usable("ini"):
        L.append("%s = %s" % (ctx.key(f, "snake", ns=False), ctx.v(f, "ini")))
    L += ["", "[log]", "level = INFO", "path = /var/log/%s" % proj()]
    return R.choice(["config.ini", "conf/config.ini", "config/%s.ini" % R.choice(ENVS), "settings.ini"]), L


@template("toml", "toml")
def t_toml(ctx):
    L = ["# %s" % note(ctx), "[server]", 'addr = ":%d"' % R.choice([8080, 8888, 9090]),
         'mode = "%s"' % R.choice(["release", "debug"]), "", "[%s]" % "_".join(ctx.k.ns)]
    for f in ctx.usable("toml"):
        L.append("%s = %s" % (ctx.key(f, "snake", ns=False), ctx.v(f, "toml")))
    L += ["", "[mysql]", 'dsn_env = "MYSQL_DSN"', "max_idle = 10"]
    return R.choice(["config.toml", "configs/config.toml", "conf/app.toml"]), L


@template("shell", "sh")
def t_shell(ctx):
    L = ["#!/usr/bin/env bash", "# %s" % note(ctx), "set -euo pipefail", "",
         'APP_DIR="/opt/%s"' % proj(), ""]
    for f in ctx.usable("sh"):
        L.append("export %s=%s" % (ctx.key(f, "upper"), ctx.v(f, "sh")))
    L += ["", 'cd "$APP_DIR"', "echo \"[$(date '+%F %T')] 开始部署...\"",
          "docker compose pull && docker compose up -d", "echo done"]
    return R.choice(["deploy.sh", "scripts/deploy.sh", "bin/start.sh", "ops/release.sh"]), L


@template("docker-compose", "compose")
def t_compose(ctx):
    img = "registry.%s.aliyuncs.com/%s/%s:%d.%d.%d" % (R.choice(ALI_REG), proj(), app_name(), R.randint(0, 3), R.randint(0, 20), R.randint(0, 9))
    L = ['version: "3.8"', "services:", "  app:", "    image: %s" % img, "    restart: always",
         "    ports:", '      - "%d:8080"' % R.choice([8080, 80, 8000]), "    environment:"]
    listform = R.random() < 0.5
    L.append("      %sTZ%sAsia/Shanghai" % ("- " if listform else "", "=" if listform else ": "))
    for f in ctx.usable("compose"):
        if listform:
            t = ctx.text(f)
            val = ctx.ref(ctx.envname(f), "compose") if t is None else t
            L.append("      - %s=%s" % (ctx.key(f, "upper"), val))
        else:
            L.append("      %s: %s" % (ctx.key(f, "upper"), ctx.v(f, "compose")))
    L += ["    depends_on:", "      - redis", "  redis:", "    image: redis:7-alpine", "    restart: always"]
    return R.choice(["docker-compose.yml", "deploy/docker-compose.yml", "docker-compose.prod.yml"]), L


@template("k8s-secret", "k8s")
def t_k8s(ctx):
    nm = "%s-%s" % ("-".join(ctx.k.ns), R.choice(["secret", "credentials", "config"]))
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s" % nm,
         "  namespace: %s" % R.choice([proj(), "default", "prod"]), "  labels:", "    app: %s" % app_name(),
         "type: Opaque", "stringData:"]
    up = R.random() < 0.5
    for f in ctx.usable("k8s"):
        L.append("  %s: %s" % (ctx.key(f, "upper" if up else "kebab"), ctx.v(f, "k8s")))
    return R.choice(["k8s/secret.yaml", "deploy/k8s/%s.yaml" % nm, "manifests/%s-secret.yml" % proj()]), L


@template("github-actions", "gha")
def t_gha(ctx):
    L = ["name: %s" % R.choice(["部署", "Deploy", "发布到生产", "デプロイ", "배포"]), "", "on:", "  push:",
         "    branches: [ %s ]" % R.choice(["main", "master", "release"]), "  workflow_dispatch:", "", "jobs:",
         "  deploy:", "    runs-on: ubuntu-latest", "    env:"]
    for f in ctx.usable("gha"):
        L.append("      %s: %s" % (ctx.key(f, "upper"), ctx.v(f, "gha")))
    L += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-node@v4", "        with:",
          "          node-version: 20", "      - run: npm ci && npm run build", "      - name: upload",
          "        run: node scripts/upload.js"]
    return ".github/workflows/%s.yml" % R.choice(["deploy", "release", "ci", "publish"]), L


@template("gitee-go", "gitee", lambda k: k.lang == "zh")
def t_gitee(ctx):
    L = ["version: '1.0'", "name: master-pipeline", "displayName: MasterPipeline", "triggers:", "  trigger: auto",
         "  push:", "    branches:", "      prefix:", "        - master", "stages:", "  - name: stage-%s" % rs(LODG, 8),
         "    displayName: 构建部署", "    strategy: naturally", "    trigger: auto", "    executor: []", "    steps:",
         "      - step: shell@agent", "        name: deploy_shell", "        displayName: 部署脚本",
         "        hostGroupID:", "          ID: %s" % proj(), "        script:", "          - cd /data/%s" % proj()]
    for f in ctx.usable("gitee"):
        t = ctx.text(f)
        val = ctx.ref(ctx.envname(f), "gitee") if t is None else '"%s"' % t
        L.append("          - export %s=%s" % (ctx.key(f, "upper"), val))
    L += ["          - sh ./deploy.sh"]
    return ".workflow/%s.yml" % R.choice(["master-pipeline", "branch-pipeline", "prod-deploy"]), L


def py_header(ctx):
    L = ["# -*- coding: utf-8 -*-"]
    if R.random() < 0.5:
        L.append('"""%s"""' % note(ctx))
    else:
        L.append("# %s" % note(ctx))
    return L


@template("python", "py")
def t_python(ctx):
    k = ctx.k
    L = py_header(ctx) + ["import os", "import json", "import logging", ""]
    g = ctx.get
    if k.sdk == "oss" and k.kind != "sts_security_token":
        L = L[:-1] + ["", "import oss2", "", "logger = logging.getLogger(__name__)", ""]
        L += ["ENDPOINT = %s" % ctx.v(g("endpoint"), "py"), "BUCKET = %s" % ctx.v(g("bucket name"), "py"), "",
              "auth = oss2.Auth(%s, %s)" % (ctx.v(g("access key id"), "py"), ctx.v(k.needle_field, "py")),
              "bucket = oss2.Bucket(auth, ENDPOINT, BUCKET)", "", "",
              "def upload(local_path, key):", "    # 上传文件到 OSS", "    result = bucket.put_object_from_file(key, local_path)",
              "    logger.info('upload %s -> %s status=%s', local_path, key, result.status)", "    return result.status == 200"]
    elif k.kind == "sts_security_token":
        L = L[:-1] + ["", "import oss2", "", "# 临时凭证，由后端 AssumeRole 下发（调试时复制过来的）"]
        L += ["auth = oss2.StsAuth(", "    %s," % ctx.v(g("access key id"), "py"), "    %s," % ctx.v(g("access key secret"), "py"),
              "    %s," % ctx.v(k.needle_field, "py"), ")",
              "bucket = oss2.Bucket(auth, 'https://oss-%s.aliyuncs.com', '%s')" % (R.choice(ALI_REG), bucket()),
              "print(bucket.get_bucket_info().name)"]
    elif k.sdk == "aliyun":
        L = L[:-1] + ["", "from aliyunsdkcore.client import AcsClient", "from aliyunsdkcore.request import CommonRequest", ""]
        L += ["client = AcsClient(%s, %s, %s)" % (ctx.v(g("access key id"), "py"), ctx.v(k.needle_field, "py"), ctx.quote(R.choice(ALI_REG), "py")),
              "", "", "def send_sms(phone, code):", "    req = CommonRequest()", "    req.set_accept_format('json')",
              "    req.set_domain('dysmsapi.aliyuncs.com')", "    req.set_method('POST')", "    req.set_version('2017-05-25')",
              "    req.set_action_name('SendSms')", "    req.add_query_param('PhoneNumbers', phone)",
              "    req.add_query_param('TemplateParam', json.dumps({'code': code}))", "    return client.do_action_with_exception(req)"]
    elif k.sdk in ("tencent", "cos"):
        if k.sdk == "cos":
            L = L[:-1] + ["", "from qcloud_cos import CosConfig, CosS3Client", ""]
            L += ["config = CosConfig(", "    Region=%s," % ctx.v(g("region"), "py"),
                  "    SecretId=%s," % ctx.v(g("secret id"), "py"), "    SecretKey=%s," % ctx.v(k.needle_field, "py"),
                  "    Scheme='https',", ")", "client = CosS3Client(config)", "",
                  "resp = client.list_objects(Bucket=%s, MaxKeys=20)" % ctx.v(g("bucket"), "py"),
                  "for item in resp.get('Contents', []):", "    print(item['Key'])"]
        else:
            L = L[:-1] + ["", "from tencentcloud.common import credential", "from tencentcloud.sms.v20210111 import sms_client, models", ""]
            L += ["cred = credential.Credential(%s, %s)" % (ctx.v(g("secret id"), "py"), ctx.v(k.needle_field, "py")),
                  "client = sms_client.SmsClient(cred, %s)" % ctx.v(g("region"), "py"), "",
                  "req = models.SendSmsRequest()", "req.SmsSdkAppId = '14%s'" % digits(8, DG),
                  "req.SignName = '%s'" % R.choice(["腾讯云", "易购商城", "智慧校园"]),
                  "req.TemplateId = '%s'" % digits(7, "1"), "req.PhoneNumberSet = ['+8613800000000']",
                  "print(client.SendSms(req).to_json_string())"]
    elif k.sdk == "openai" or k.sdk == "zhipu":
        if k.sdk == "zhipu" and R.random() < 0.5:
            L = L[:-1] + ["", "from zhipuai import ZhipuAI", ""]
            L += ["client = ZhipuAI(api_key=%s)" % ctx.v(k.needle_field, "py")]
        else:
            L = L[:-1] + ["", "from openai import OpenAI", ""]
            L += ["client = OpenAI(", "    api_key=%s," % ctx.v(k.needle_field, "py"),
                  "    base_url=%s," % ctx.v(g("base url"), "py") if g("base url") else "    base_url='https://api.minimax.chat/v1',", ")"]
        mf = g("model")
        L += ["", "", "def chat(prompt: str) -> str:", "    resp = client.chat.completions.create(",
              "        model=%s," % (ctx.v(mf, "py") if mf else "'glm-4'"),
              "        messages=[{'role': 'system', 'content': '你是一个乐于助人的助手'},",
              "                  {'role': 'user', 'content': prompt}],", "        temperature=0.3,", "    )",
              "    return resp.choices[0].message.content", "", "",
              "if __name__ == '__main__':", "    print(chat('用一句话介绍一下杭州'))"]
    elif k.sdk == "baidu_aip":
        L = L[:-1] + ["", "from aip import AipOcr", ""]
        L += ["APP_ID = %s" % ctx.v(g("app id"), "py"), "API_KEY = %s" % ctx.v(g("api key"), "py"),
              "%s = %s" % (ctx.key(k.needle_field, "upper", ns=False), ctx.v(k.needle_field, "py")), "",
              "client = AipOcr(APP_ID, API_KEY, %s)" % ctx.key(k.needle_field, "upper", ns=False), "",
              "with open('invoice.jpg', 'rb') as fp:", "    print(client.basicGeneral(fp.read()))"]
    else:
        L += ["# " + k.title]
        for f in ctx.usable("py"):
            L.append("%s = %s" % (ctx.key(f, "upper"), ctx.v(f, "py")))
        L += ["", "TIMEOUT = %d" % R.choice([5, 10, 30]), "logger = logging.getLogger(__name__)"]
    path = R.choice(["config.py", "app/config.py", "utils/%s_client.py" % k.ns[0], "%s/settings.py" % proj().replace("-", "_"),
                     "scripts/%s_demo.py" % k.ns[0], "core/%s.py" % "_".join(k.ns)])
    return path, L


@template("django-settings", "py")
def t_django(ctx):
    pkg = proj().replace("-", "_")
    L = ['"""', "Django settings for %s project." % pkg, '"""', "import os", "from pathlib import Path", "",
         "BASE_DIR = Path(__file__).resolve().parent.parent", "",
         'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]', "DEBUG = os.getenv('DJANGO_DEBUG', '0') == '1'",
         "ALLOWED_HOSTS = ['*']", "", "LANGUAGE_CODE = '%s'" % {"zh": "zh-hans", "ja": "ja", "ko": "ko-kr"}[ctx.k.lang],
         "TIME_ZONE = '%s'" % {"zh": "Asia/Shanghai", "ja": "Asia/Tokyo", "ko": "Asia/Seoul"}[ctx.k.lang], "USE_TZ = True", "",
         "# " + note(ctx)]
    for f in ctx.usable("py"):
        L.append("%s = %s" % (ctx.key(f, "upper"), ctx.v(f, "py")))
    L += ["", "STATIC_URL = '/static/'", "DEFAULT_AUTO_FIELD = 'django.db.models.BigAutoField'"]
    return "%s/settings.py" % pkg, L


def java_pkg():
    return "com.%s.%s" % (R.choice(["example", "ruoyi", "yudao", "jeecg", "mall", "itheima", "atguigu", "linecorp", "kakao"]),
                          R.choice(["common.config", "framework.config", "config", "infra.config", "module.system.config"]))


@template("java", "java")
def t_java(ctx):
    k = ctx.k
    g = ctx.get
    pkg = java_pkg()
    cls = cased(k.ns, "pascal") + R.choice(["Config", "Constants", "Client", "Util"])
    L = ["package %s;" % pkg, ""]
    nf = k.needle_field
    if k.sdk == "aliyun":
        L += ["import com.aliyuncs.DefaultAcsClient;", "import com.aliyuncs.IAcsClient;", "import com.aliyuncs.profile.DefaultProfile;",
              "", "/**", " * %s" % note(ctx), " */", "public class %s {" % cls, "",
              "    public static IAcsClient createClient() {",
              "        DefaultProfile profile = DefaultProfile.getProfile(%s, %s, %s);" % (
                  ctx.quote(R.choice(ALI_REG), "java"), ctx.v(g("access key id"), "java"), ctx.v(nf, "java")),
              "        return new DefaultAcsClient(profile);", "    }", "}"]
    elif k.sdk == "oss" and k.kind != "sts_security_token":
        L += ["import com.aliyun.oss.OSS;", "import com.aliyun.oss.OSSClientBuilder;", "", "/**", " * %s" % note(ctx), " * @author %s" % person(), " */",
              "public class %s {" % cls, "",
              "    private static final String ENDPOINT = %s;" % ctx.v(g("endpoint"), "java"),
              "    private static final String %s = %s;" % (ctx.key(g("access key id"), "upper", ns=False), ctx.v(g("access key id"), "java")),
              "    private static final String %s = %s;" % (ctx.key(nf, "upper", ns=False), ctx.v(nf, "java")),
              "    private static final String BUCKET = %s;" % ctx.v(g("bucket name"), "java"), "",
              "    public static OSS client() {",
              "        return new OSSClientBuilder().build(ENDPOINT, %s, %s);" % (ctx.key(g("access key id"), "upper", ns=False), ctx.key(nf, "upper", ns=False)),
              "    }", "}"]
    elif k.sdk == "tencent" or k.sdk == "cos":
        L += ["import com.tencentcloudapi.common.Credential;", "", "/**", " * %s" % note(ctx), " */", "public class %s {" % cls, "",
              "    public static Credential credential() {",
              "        // 腾讯云 API 密钥", "        return new Credential(%s, %s);" % (ctx.v(g("secret id"), "java"), ctx.v(nf, "java")),
              "    }", "}"]
    elif R.random() < 0.5:
        # Spring @Value with a default
        L += ["import lombok.Data;", "import org.springframework.beans.factory.annotation.Value;", "import org.springframework.stereotype.Component;", "",
              "/**", " * %s" % note(ctx), " */", "@Data", "@Component", "public class %s {" % cls, ""]
        for f in ctx.usable("java"):
            t = ctx.text(f)
            prop = "%s.%s" % (".".join(k.ns), ctx.key(f, "kebab", ns=False))
            if t is None:
                L.append('    @Value("${%s}")' % prop)
            else:
                L.append('    @Value("${%s:%s}")' % (prop, t))
            L += ["    private String %s;" % ctx.key(f, "camel", ns=False), ""]
        L.append("}")
    else:
        L += ["/**", " * %s" % note(ctx), " */", "public final class %s {" % cls, "", "    private %s() {" % cls, "    }", ""]
        for f in ctx.usable("java"):
            L.append("    public static final String %s = %s;" % (ctx.key(f, "upper", ns=False), ctx.v(f, "java")))
        L.append("}")
    return "src/main/java/%s/%s.java" % (pkg.replace(".", "/"), cls), L


@template("kotlin", "kt")
def t_kotlin(ctx):
    k = ctx.k
    pkg = java_pkg()
    obj = cased(k.ns, "pascal") + R.choice(["Config", "Keys", "Constants"])
    L = ["package %s" % pkg, "", "/**", " * %s" % note(ctx), " */", "object %s {" % obj]
    for f in ctx.usable("kt"):
        if ctx.has_ref(f):
            L.append("    val %s: String = %s ?: \"\"" % (ctx.key(f, "upper", ns=False), ctx.v(f, "kt")))
        else:
            L.append("    const val %s = %s" % (ctx.key(f, "upper", ns=False), ctx.v(f, "kt")))
    L += ["", "    const val TIMEOUT_MS = %dL" % R.choice([5000, 10000, 15000]), "}"]
    return R.choice(["app/src/main/java/%s/%s.kt" % (pkg.replace(".", "/"), obj),
                     "src/main/kotlin/%s/%s.kt" % (pkg.replace(".", "/"), obj)]), L


@template("go", "go")
def t_go(ctx):
    k = ctx.k
    g = ctx.get
    nf = k.needle_field
    pkg = R.choice(["config", "conf", "pkg", "internal"])
    L = ["package %s" % ("main" if k.sdk == "tencent" else pkg), ""]
    if k.sdk == "tencent":
        L += ["import (", '\t"fmt"', "", '\t"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"',
              '\t"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/profile"',
              '\tcvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"', ")", "",
              "// %s" % note(ctx), "func main() {",
              "\tcredential := common.NewCredential(", "\t\t%s," % ctx.v(g("secret id"), "go"), "\t\t%s," % ctx.v(nf, "go"), "\t)",
              "\tcpf := profile.NewClientProfile()", '\tclient, _ := cvm.NewClient(credential, %s, cpf)' % ctx.v(g("region"), "go"),
              "\trequest := cvm.NewDescribeInstancesRequest()", "\tresponse, err := client.DescribeInstances(request)",
              "\tif err != nil {", "\t\tpanic(err)", "\t}", "\tfmt.Printf(\"%s\\n\", response.ToJsonString())", "}"]
        if any(ctx.has_ref(f) for f in k.fields):
            L.insert(3, '\t"os"')
    else:
        uses_os = any(ctx.has_ref(f) for f in ctx.usable("go"))
        if uses_os:
            L += ['import "os"', ""]
        L += ["// %s" % note(ctx)]
        if R.random() < 0.5 and not uses_os:
            L.append("const (")
            for f in ctx.usable("go"):
                L.append("\t%s = %s" % (ctx.key(f, "pascal"), ctx.v(f, "go")))
            L.append(")")
        else:
            st = cased(k.ns, "pascal") + "Config"
            L += ["type %s struct {" % st]
            for f in ctx.usable("go"):
                L.append("\t%s string `yaml:\"%s\"`" % (ctx.key(f, "pascal", ns=False), ctx.key(f, "snake", ns=False)))
            L += ["}", "", "var Default%s = %s{" % (st, st)]
            for f in ctx.usable("go"):
                L.append("\t%s: %s," % (ctx.key(f, "pascal", ns=False), ctx.v(f, "go")))
            L.append("}")
    return R.choice(["main.go", "config/%s.go" % k.ns[0], "internal/config/%s.go" % "_".join(k.ns), "pkg/%s/client.go" % k.ns[0]]), L


@template("php-thinkphp", "php", lambda k: k.lang == "zh")
def t_thinkphp(ctx):
    k = ctx.k
    L = ["<?php", "// +----------------------------------------------------------------------",
         "// | %s" % note(ctx), "// +----------------------------------------------------------------------", "", "return ["]
    for f in ctx.usable("php"):
        L.append("    %s => %s," % (ctx.quote(ctx.key(f, "snake", ns=False), "php"), ctx.v(f, "php")))
    L += ["    'timeout' => %d," % R.choice([5, 10, 30]), "];"]
    return "config/%s.php" % "_".join(k.ns), L


@template("php-laravel", "php")
def t_laravel(ctx):
    k = ctx.k
    L = ["<?php", "", "return [", "", "    /*", "    |--------------------------------------------------------------------------",
         "    | Third Party Services", "    |--------------------------------------------------------------------------", "    */", "",
         "    'mailgun' => [", "        'domain' => env('MAILGUN_DOMAIN'),", "        'secret' => env('MAILGUN_SECRET'),", "    ],", "",
         "    // %s" % note(ctx), "    '%s' => [" % "_".join(k.ns)]
    for f in ctx.usable("php"):
        t = ctx.text(f)
        env = ctx.envname(f) if not ctx.is_generic(f) else cased(k.ns + ctx.fwords(f), "upper")
        if t is None:
            val = ctx.ref(env, "php")
        elif f.role in ("needle", "id") and R.random() < 0.7:
            val = "env('%s', '%s')" % (env, t)
        else:
            val = ctx.quote(t, "php")
        L.append("        '%s' => %s," % (ctx.key(f, "snake", ns=False), val))
    L += ["    ],", "", "];"]
    return "config/services.php", L


@template("node-config", "js")
def t_node_config(ctx):
    k = ctx.k
    L = ["'use strict';", "", "// %s" % note(ctx), "module.exports = {", "  port: %d," % R.choice([3000, 7001, 8080]),
         "  %s: {" % cased(k.ns, "camel")]
    for f in ctx.usable("js"):
        L.append("    %s: %s," % (ctx.key(f, "camel", ns=False), ctx.v(f, "js")))
    L += ["  },", "  log: {", "    level: '%s'," % R.choice(["info", "debug"]), "  },", "};"]
    return R.choice(["config/default.js", "config/production.js", "config/index.js"]), L


@template("egg-config", "js", lambda k: k.lang == "zh")
def t_egg(ctx):
    k = ctx.k
    L = ["/* eslint valid-jsdoc: \"off\" */", "", "'use strict';", "", "/**", " * @param {Egg.EggAppInfo} appInfo app info", " */",
         "module.exports = appInfo => {", "  const config = exports = {};", "",
         "  config.keys = process.env.EGG_KEYS;", "  config.middleware = [ 'errorHandler' ];", "", "  // %s" % note(ctx)]
    if "oss" in k.tags and k.provider == "alibaba":
        L += ["  config.oss = {", "    client: {"]
        for f in ctx.usable("js"):
            nm = {"endpoint": "endpoint", "bucket name": "bucket"}.get(" ".join(f.words), ctx.key(f, "camel", ns=False))
            L.append("      %s: %s," % (nm, ctx.v(f, "js")))
        L += ["    },", "  };"]
    else:
        L.append("  config.%s = {" % cased(k.ns, "camel"))
        for f in ctx.usable("js"):
            L.append("    %s: %s," % (ctx.key(f, "camel", ns=False), ctx.v(f, "js")))
        L.append("  };")
    L += ["", "  return {", "    ...config,", "  };", "};"]
    return "config/config.%s.js" % R.choice(["default", "prod", "local"]), L


@template("miniprogram-appjs", "mpjs", lambda k: k.lang == "zh" and (k.cat in ("app", "llm", "token") or "wechat" in k.tags))
def t_mp_app(ctx):
    L = ["// app.js", "App({", "  onLaunch() {", "    // 展示本地存储能力", "    const logs = wx.getStorageSync('logs') || []",
         "    logs.unshift(Date.now())", "    wx.setStorageSync('logs', logs)", "", "    // 登录", "    wx.login({",
         "      success: res => {", "        // 发送 res.code 到后台换取 openId, sessionKey, unionId", "      }", "    })", "  },",
         "  globalData: {", "    userInfo: null,", "    baseUrl: 'https://api.%s.cn'," % proj().replace("-", ""),
         "    // %s" % note(ctx)]
    for f in ctx.usable("mpjs"):
        L.append("    %s: %s," % (ctx.key(f, "camel", ns=False), ctx.v(f, "mpjs")))
    L += ["  }", "})"]
    return R.choice(["app.js", "miniprogram/app.js"]), L


@template("taro-config", "js", lambda k: k.lang == "zh" and k.cat in ("app", "llm", "token", "hook"))
def t_taro(ctx):
    L = ["// %s" % note(ctx), "module.exports = {", "  env: {", "    NODE_ENV: '\"production\"'", "  },", "  defineConstants: {"]
    for f in ctx.usable("js"):
        t = ctx.text(f)
        val = "JSON.stringify(%s)" % (ctx.ref(ctx.envname(f), "js") if t is None else ctx.quote(t, "js"))
        L.append("    %s: %s," % (ctx.key(f, "upper"), val))
    L += ["  },", "  mini: {},", "  h5: {", "    publicPath: '/',", "  }", "}"]
    return "config/%s.js" % R.choice(["prod", "dev", "index"]), L


@template("uniapp-manifest", "json", lambda k: k.kind in ("official_account_appsecret", "app_secret") and k.provider in ("wechat", "weibo"))
def t_uni(ctx):
    k = ctx.k
    g = ctx.get
    appid_f = g("app id") or g("app key")
    L = ["{", '    "name" : "%s",' % R.choice(["智慧校园", "易购商城", "宠物之家", "掌上食堂"]),
         '    "appid" : "__UNI__%s",' % rs(HEXU, 7), '    "description" : "",', '    "versionName" : "1.%d.%d",' % (R.randint(0, 9), R.randint(0, 9)),
         '    "versionCode" : %d,' % R.randint(100, 300), '    "transformPx" : false,', '    "app-plus" : {',
         '        "usingComponents" : true,', '        "distribute" : {', '            "sdkConfigs" : {', '                "oauth" : {']
    if k.provider == "wechat":
        L += ['                    "weixin" : {', '                        "appid" : "%s",' % ctx.text(appid_f),
              '                        "appsecret" : "%s",' % ctx.text(k.needle_field),
              '                        "UniversalLinks" : "https://%s.cn/app/"' % proj().replace("-", ""), "                    }"]
    else:
        L += ['                    "sina" : {', '                        "appkey" : "%s",' % ctx.text(appid_f),
              '                        "appsecret" : "%s",' % ctx.text(k.needle_field),
              '                        "redirect_uri" : "%s"' % ctx.text(g("redirect uri")), "                    }"]
    L += ["                }", "            }", "        }", "    },", '    "mp-weixin" : {', '        "appid" : "%s",' % wx_appid(),
          '        "setting" : {', '            "urlCheck" : false', "        },", '        "usingComponents" : true', "    },",
          '    "vueVersion" : "3"', "}"]
    return "manifest.json", L


README_TITLES = {"zh": ["快速开始", "配置说明", "本地运行"], "ja": ["セットアップ", "設定", "ローカル実行"], "ko": ["시작하기", "설정", "로컬 실행"]}


@template("readme-md", "md")
def t_readme(ctx):
    k = ctx.k
    lg = k.lang
    tt = README_TITLES[lg]
    intro = {"zh": "基于 Spring Boot + Vue 的%s系统，集成%s。" % (R.choice(["商城", "OA", "园区管理", "客服"]), k.title),
             "ja": "%s と連携する社内ツールです。" % k.title, "ko": "%s 연동 샘플 프로젝트입니다." % k.title}[lg]
    repo = proj()
    host = "gitee.com" if lg == "zh" else "github.com"
    L = ["# %s" % repo, "", intro, "", "## %s" % tt[0], "", "```bash", "git clone https://%s/%s/%s.git" % (host, person(), repo),
         "cd %s" % repo, "```", "", "## %s" % tt[1], ""]
    L.append({"zh": "在 `.env` 中填写以下配置：", "ja": "`.env` に以下を設定してください：", "ko": "`.env` 에 아래 값을 설정하세요:"}[lg])
    L += ["", "```ini"]
    for f in ctx.usable("env"):
        L.append("%s=%s" % (ctx.key(f, "upper"), ctx.v(f, "env")))
    L += ["```", "", "## %s" % tt[2], "", "```bash", "npm install", "npm run dev", "```", "",
          {"zh": "有问题请提 Issue 或加群交流。", "ja": "問題があれば Issue を作成してください。", "ko": "문의는 이슈로 남겨주세요."}[lg]]
    return R.choice(["README.md", "docs/README.md", "README.zh-CN.md" if lg == "zh" else "README.md"]), L


TF_SRC = {"alicloud": ("aliyun/alicloud", "~> 1.220"), "tencentcloud": ("tencentcloudstack/tencentcloud", "~> 1.81"),
          "huaweicloud": ("huaweicloud/huaweicloud", "~> 1.60"), "volcengine": ("volcengine/volcengine", "~> 0.0.140"),
          "sakuracloud": ("sacloud/sakuracloud", "~> 2.25"), "ncloud": ("NaverCloudPlatform/ncloud", "~> 3.0")}


@template("terraform", "hcl", lambda k: k.tf is not None)
def t_tf(ctx):
    k = ctx.k
    prov, ida, seca, rega = k.tf
    src, ver = TF_SRC[prov]
    idf = [f for f in k.fields if f.role == "id"][0]
    regf = [f for f in k.fields if f.role == "plain"][0]
    L = ["# %s" % note(ctx), "terraform {", "  required_providers {", "    %s = {" % prov, '      source  = "%s"' % src,
         '      version = "%s"' % ver, "    }", "  }", "}", "", 'provider "%s" {' % prov]
    w = max(len(ida), len(seca), len(rega))
    for a, f in ((ida, idf), (seca, k.needle_field), (rega, regf)):
        t = ctx.text(f)
        val = ("var.%s_%s" % (prov, a)) if t is None else '"%s"' % t
        L.append("  %s = %s" % (a.ljust(w), val))
    L += ["}", ""]
    if ctx.neg == "ref":
        for a in (ida, seca):
            L += ['variable "%s_%s" {' % (prov, a), "  type      = string", "  sensitive = true", "}", ""]
    L += ['resource "%s_vpc" "main" {' % ("alicloud" if prov == "alicloud" else prov),
          '  %s = "%s-vpc"' % ("vpc_name" if prov == "alicloud" else "name", proj()), '  cidr_block = "172.16.0.0/12"', "}"]
    return R.choice(["main.tf", "terraform/provider.tf", "infra/%s/main.tf" % R.choice(ENVS)]), L


@template("ipynb", "py", lambda k: k.cat in ("llm", "aksk", "token", "app"))
def t_ipynb(ctx):
    k = ctx.k
    src1 = ["# %s\n" % note(ctx), "import os\n", "\n"]
    for f in ctx.usable("py"):
        src1.append("%s = %s\n" % (ctx.key(f, "upper"), ctx.v(f, "py")))
    src1[-1] = src1[-1].rstrip("\n")
    if k.sdk == "openai":
        src2 = ["from openai import OpenAI\n", "client = OpenAI(api_key=%s, base_url=%s)\n" % (
            ctx.key(k.needle_field, "upper"), ctx.key(ctx.get("base url"), "upper") if ctx.get("base url") else "'https://api.minimax.chat/v1'"),
            "resp = client.chat.completions.create(model=%s, messages=[{\"role\": \"user\", \"content\": \"你好\"}])\n" % (
                ctx.key(ctx.get("model"), "upper") if ctx.get("model") else "'glm-4'"),
            "print(resp.choices[0].message.content)"]
    else:
        src2 = ["import requests\n", "r = requests.get('https://httpbin.org/get', timeout=10)\n", "r.status_code"]
    nb = {"cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# %s %s\n" % (k.title, {"zh": "测试", "ja": "動作確認", "ko": "테스트"}[k.lang]), "\n",
                                                          {"zh": "调试用笔记本", "ja": "検証用ノートブック", "ko": "디버깅용 노트북"}[k.lang]]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": src1},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
            {"name": "stdout", "output_type": "stream", "text": ["%s\n" % R.choice(["200", "你好！有什么可以帮你的吗？", "ok"])]}], "source": src2}],
        "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
                     "language_info": {"name": "python", "version": "3.10.%d" % R.randint(0, 14)}},
        "nbformat": 4, "nbformat_minor": 5}
    text = json.dumps(nb, ensure_ascii=False, indent=1)
    return R.choice(["notebooks/%s_demo.ipynb" % k.ns[0], "demo.ipynb", "experiments/test_%s.ipynb" % k.ns[0]]), text.split("\n")


@template("ruby", "rb")
def t_ruby(ctx):
    k = ctx.k
    g = ctx.get
    if k.provider == "line" and k.kind in ("channel_secret", "channel_access_token"):
        L = ["require 'line/bot'", "", "# %s" % note(ctx), "def client", "  @client ||= Line::Bot::Client.new { |config|"]
        if k.kind == "channel_secret":
            L += ["    config.channel_secret = %s" % ctx.v(k.needle_field, "rb"), '    config.channel_token = ENV["LINE_CHANNEL_TOKEN"]']
        else:
            L += ['    config.channel_secret = ENV["LINE_CHANNEL_SECRET"]', "    config.channel_token = %s" % ctx.v(k.needle_field, "rb")]
        L += ["  }", "end", "", "post '/callback' do", "  body = request.body.read", "  signature = request.env['HTTP_X_LINE_SIGNATURE']",
              "  halt 400, 'Bad Request' unless client.validate_signature(body, signature)", "  events = client.parse_events_from(body)",
              "  events.each do |event|", "    # メッセージをそのまま返す", "    client.reply_message(event['replyToken'], { type: 'text', text: event.message['text'] })",
              "  end", "  'OK'", "end"]
        return R.choice(["app.rb", "bot/app.rb"]), L
    L = ["# frozen_string_literal: true", "", "# %s" % note(ctx), "module %s" % cased(k.ns, "pascal")]
    for f in ctx.usable("rb"):
        L.append("  %s = %s" % (ctx.key(f, "upper", ns=False), ctx.v(f, "rb")))
    L += ["end"]
    return "config/initializers/%s.rb" % "_".join(k.ns), L


@template("go-zero-yaml", "compose", lambda k: k.cat in ("aksk", "app", "llm", "token", "pay"))
def t_gozero(ctx):
    k = ctx.k
    svc = app_name()
    L = ["Name: %s" % svc, "Host: 0.0.0.0", "Port: %d" % R.choice([8888, 8080, 9001]), "Timeout: %d" % R.choice([3000, 10000]),
         "Log:", "  Mode: file", "  Path: logs/%s" % svc, "", "Redis:", "  Host: redis:6379", "  Type: node", "",
         "# %s" % note(ctx), cased(k.ns, "pascal") + ":"]
    for f in ctx.usable("compose"):
        L.append("  %s: %s" % (ctx.key(f, "pascal", ns=False), ctx.v(f, "compose")))
    return "etc/%s.yaml" % svc, L


@template("maven-settings", "xml", lambda k: k.cat == "pwd" or k.provider in ("coding", "gitee"))
def t_maven(ctx):
    k = ctx.k
    nf = k.needle_field
    user = ctx.get("username")
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"',
         '          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"', '          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.0.0 https://maven.apache.org/xsd/settings-1.0.0.xsd">',
         "  <!-- %s -->" % note(ctx), "  <servers>", "    <server>", "      <id>%s</id>" % ("-".join(k.ns) + "-releases"),
         "      <username>%s</username>" % (ctx.text(user) if user else R.choice(SURN) + R.choice(GIVEN)),
         "      <password>%s</password>" % (ctx.ref(ctx.envname(nf), "xml") if ctx.has_ref(nf) else ctx.text(nf)),
         "    </server>", "  </servers>", "  <mirrors>", "    <mirror>", "      <id>aliyunmaven</id>", "      <mirrorOf>*</mirrorOf>",
         "      <name>阿里云公共仓库</name>", "      <url>https://maven.aliyun.com/repository/public</url>", "    </mirror>", "  </mirrors>", "</settings>"]
    return R.choice([".mvn/settings.xml", "settings.xml", "ci/settings.xml"]), L


@template("appsettings-json", "json", lambda k: k.lang in ("ko", "ja") or k.cat in ("pay", "app"))
def t_appsettings(ctx):
    k = ctx.k
    inner = {}
    for f in ctx.usable("json"):
        inner[ctx.key(f, "pascal", ns=False)] = ctx.text(f)
    d = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
         "AllowedHosts": "*", cased(k.ns, "pascal"): inner}
    text = json.dumps(d, ensure_ascii=False, indent=2)
    return R.choice(["appsettings.json", "appsettings.Production.json", "src/Api/appsettings.json"]), text.split("\n")


@template("gradle-properties", "env", lambda k: k.cat in ("app", "token", "hook", "llm"))
def t_gradle(ctx):
    L = ["# Project-wide Gradle settings.", "org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8", "android.useAndroidX=true",
         "kotlin.code.style=official", "", "# %s" % note(ctx)]
    for f in ctx.usable("env"):
        L.append("%s=%s" % (ctx.key(f, "upper"), ctx.v(f, "env")))
    return R.choice(["gradle.properties", "local.properties"]), L


# ---------------------------------------------------------------- special negatives
SPECIAL_NEG = []


def special(weight, provider, kind, filetype):
    def deco(fn):
        SPECIAL_NEG.append((weight, fn, provider, kind, filetype))
        return fn
    return deco


def id_card():
    """18-digit 身份证 number with a valid check digit (random region/birthday)."""
    region = R.choice(["110101", "310104", "330106", "440305", "510107", "320102", "420106"])
    bd = "%d%02d%02d" % (R.randint(1960, 2004), R.randint(1, 12), R.randint(1, 28))
    body = region + bd + "%03d" % R.randint(0, 999)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    c = "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]
    return body + c


def cn_phone():
    return "1" + R.choice(["38", "39", "58", "59", "86", "87", "36", "77", "99"]) + digits(8, DG)


@special(3, "wechat", "public_appid", "project-config-json")
def n_project_config(_):
    d = {"description": "项目配置文件，详见文档：https://developers.weixin.qq.com/miniprogram/dev/devtools/projectconfig.html",
         "packOptions": {"ignore": [], "include": []},
         "setting": {"urlCheck": R.choice([True, False]), "es6": True, "enhance": True, "postcss": True, "minified": True,
                     "bundle": False, "babelSetting": {"ignore": [], "disablePlugins": [], "outputPath": ""}},
         "compileType": "miniprogram", "libVersion": "3.%d.%d" % (R.randint(0, 5), R.randint(0, 9)),
         "appid": wx_appid(), "projectname": R.choice(["mall-miniapp", "canteen", "%s-weapp" % proj()]),
         "condition": {}, "editorSetting": {"tabIndent": "insertSpaces", "tabSize": 2}}
    return R.choice(["project.config.json", "miniprogram/project.config.json"]), json.dumps(d, ensure_ascii=False, indent=2).split("\n")


@special(3, "feishu", "public_app_id_and_open_ids", "json-fixture")
def n_feishu_ids(_):
    d = {"schema": "2.0", "header": {"event_id": rs(HEX, 32), "event_type": "im.message.receive_v1",
                                     "create_time": str(R.randint(1700000000000, 1730000000000)), "token": "${FEISHU_VERIFICATION_TOKEN}",
                                     "app_id": "cli_" + rs(HEX, 16), "tenant_key": rs(HEX, 16)},
         "event": {"sender": {"sender_id": {"union_id": "on_" + rs(HEX, 32), "user_id": rs(LODG, 8), "open_id": "ou_" + rs(HEX, 32)},
                              "sender_type": "user", "tenant_key": rs(HEX, 16)},
                   "message": {"message_id": "om_" + rs(HEX, 32), "chat_id": "oc_" + rs(HEX, 32), "chat_type": "group",
                               "message_type": "text", "content": json.dumps({"text": "@_user_1 帮我查一下今天的工单"}, ensure_ascii=False)}}}
    return "tests/fixtures/feishu_message_event.json", json.dumps(d, ensure_ascii=False, indent=2).split("\n")


@special(3, "kakao", "public_javascript_key", "html")
def n_kakao_js(_):
    L = ["<!DOCTYPE html>", '<html lang="ko">', "<head>", '  <meta charset="utf-8">', "  <title>카카오 로그인</title>",
         '  <script src="https://t1.kakaocdn.net/kakao_js_sdk/2.7.2/kakao.min.js" crossorigin="anonymous"></script>', "</head>", "<body>",
         '  <a id="kakao-login-btn" href="javascript:loginWithKakao()">카카오 로그인</a>', "  <script>",
         "    // JavaScript 키 (도메인 등록된 공개 키)", "    Kakao.init('%s');" % rs(HEX, 32), "    console.log(Kakao.isInitialized());",
         "    function loginWithKakao() {", "      Kakao.Auth.authorize({ redirectUri: 'https://%s.co.kr/oauth' });" % proj().replace("-", ""),
         "    }", "  </script>", "</body>", "</html>"]
    return R.choice(["public/index.html", "src/main/resources/templates/login.html"]), L


@special(2, "kakao", "public_native_app_key", "android-manifest")
def n_kakao_native(_):
    key = rs(HEX, 32)
    L = ['<?xml version="1.0" encoding="utf-8"?>', '<manifest xmlns:android="http://schemas.android.com/apk/res/android">',
         '    <uses-permission android:name="android.permission.INTERNET" />', "    <application", '        android:name=".GlobalApplication"',
         '        android:label="@string/app_name">', '        <activity android:name="com.kakao.sdk.auth.AuthCodeHandlerActivity" android:exported="true">',
         "            <intent-filter>", '                <action android:name="android.intent.action.VIEW" />',
         '                <category android:name="android.intent.category.DEFAULT" />', '                <category android:name="android.intent.category.BROWSABLE" />',
         "                <!-- Redirect URI: kakao${NATIVE_APP_KEY}://oauth -->", '                <data android:host="oauth" android:scheme="kakao%s" />' % key,
         "            </intent-filter>", "        </activity>", "    </application>", "</manifest>"]
    return "app/src/main/AndroidManifest.xml", L


@special(2, "amap", "public_js_key", "vue")
def n_amap(_):
    L = ["<template>", '  <div id="map-container" style="height: 480px"></div>', "</template>", "", "<script setup>",
         "import { onMounted } from 'vue'", "import AMapLoader from '@amap/amap-jsapi-loader'", "",
         "// 安全密钥通过代理服务转发，不在前端暴露", "window._AMapSecurityConfig = {", "  serviceHost: '/_AMapService',", "}", "",
         "onMounted(async () => {", "  const AMap = await AMapLoader.load({", "    key: '%s', // Web端(JS API) Key" % rs(HEX, 32),
         "    version: '2.0',", "    plugins: ['AMap.Scale', 'AMap.Geolocation'],", "  })",
         "  new AMap.Map('map-container', { zoom: 11, center: [120.%d, 30.%d] })" % (R.randint(100, 300), R.randint(200, 300)), "})", "</script>"]
    return "src/components/MapView.vue", L


@special(3, "alibaba", "icp_and_contact", "vue")
def n_icp(_):
    prov = R.choice(["浙", "京", "沪", "粤", "苏"])
    L = ["<template>", '  <footer class="site-footer">', "    <p>© 2019-2024 %s科技有限公司 版权所有</p>" % R.choice(["杭州云栖", "北京星河", "深圳前海", "上海浦江"]),
         "    <p>客服电话：400-%d-%d　手机：%s</p>" % (R.randint(100, 999), R.randint(1000, 9999), cn_phone()),
         '    <a href="https://beian.miit.gov.cn/" target="_blank">%sICP备%d号-%d</a>' % (prov, R.randint(2015000000, 2024999999) // 100, R.randint(1, 5)),
         '    <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=%s" target="_blank">%s公网安备 %s号</a>' % (
             "3301" + digits(10, DG), prov, "3301" + digits(10, DG)),
         "    <p>统一社会信用代码：91330106%s</p>" % rs(UPDG, 10), "  </footer>", "</template>", "",
         "<script>", "export default { name: 'SiteFooter' }", "</script>"]
    return "src/components/SiteFooter.vue", L


@special(2, "generic-cn", "pii_test_fixture", "java")
def n_idcard(_):
    L = ["package com.example.common.utils;", "", "import static org.junit.jupiter.api.Assertions.*;", "", "import org.junit.jupiter.api.Test;", "",
         "/**", " * 身份证/手机号校验工具测试（号码为按规则生成的测试数据）", " */", "class IdCardUtilsTest {", "", "    @Test",
         "    void validIdCard() {", '        assertTrue(IdCardUtils.isValid("%s"));' % id_card(), '        assertTrue(IdCardUtils.isValid("%s"));' % id_card(),
         "    }", "", "    @Test", "    void invalidChecksum() {", '        assertFalse(IdCardUtils.isValid("%s"));' % (id_card()[:17] + "0"),
         "    }", "", "    @Test", "    void mobile() {", '        assertTrue(PhoneUtils.isMobile("%s"));' % cn_phone(),
         '        assertEquals("%s", PhoneUtils.mask("%s"));' % ("138****" + digits(4, DG), cn_phone()), "    }", "}"]
    return "src/test/java/com/example/common/utils/IdCardUtilsTest.java", L


@special(3, "wechat-pay", "callback_sample_with_sign", "xml")
def n_wxpay_notify(_):
    L = ["<!-- 微信支付 V2 支付结果通知样例（用于单元测试，sign 为 MD5 签名结果，不是密钥） -->", "<xml>",
         "  <appid><![CDATA[%s]]></appid>" % wx_appid(), "  <bank_type><![CDATA[CMC]]></bank_type>", "  <cash_fee><![CDATA[%d]]></cash_fee>" % R.randint(1, 99999),
         "  <fee_type><![CDATA[CNY]]></fee_type>", "  <is_subscribe><![CDATA[N]]></is_subscribe>",
         "  <mch_id><![CDATA[16%s]]></mch_id>" % digits(8, DG), "  <nonce_str><![CDATA[%s]]></nonce_str>" % rs(ALNUM, 32),
         "  <openid><![CDATA[o%s]]></openid>" % rs(B64U, 27), "  <out_trade_no><![CDATA[%s]]></out_trade_no>" % ("2024" + digits(16, DG)),
         "  <result_code><![CDATA[SUCCESS]]></result_code>", "  <return_code><![CDATA[SUCCESS]]></return_code>",
         "  <sign><![CDATA[%s]]></sign>" % rs(HEXU, 32), "  <time_end><![CDATA[2024%s]]></time_end>" % digits(10, "01"),
         "  <total_fee>%d</total_fee>" % R.randint(1, 99999), "  <trade_type><![CDATA[JSAPI]]></trade_type>",
         "  <transaction_id><![CDATA[42000%s]]></transaction_id>" % digits(23, DG), "</xml>"]
    return "src/test/resources/wxpay/notify_success.xml", L


def pem_body(prefix, total):
    b = prefix + rs(B64, total - len(prefix) - 6) + "IDAQAB"
    return [b[i:i + 64] for i in range(0, len(b), 64)]


@special(3, "alipay", "public_key", "spring-yml")
def n_alipay_pub(_):
    L = ["# 支付宝配置（公钥模式）", "alipay:", "  app-id: 2021%s" % digits(12, "0123"), "  server-url: https://openapi.alipay.com/gateway.do",
         "  # 应用私钥放在 KMS，启动时注入", "  private-key: ${ALIPAY_APP_PRIVATE_KEY}",
         "  # 支付宝公钥（开放平台页面可直接查看，公开信息）", "  alipay-public-key: %s" % alipay_pub(), "  sign-type: RSA2", "  charset: UTF-8",
         "  notify-url: https://api.%s.cn/pay/alipay/notify" % proj().replace("-", "")]
    return "src/main/resources/application-pay.yml", L


@special(2, "wechat-pay", "platform_public_key_pem", "pem")
def n_wxpay_pub(_):
    L = ["-----BEGIN PUBLIC KEY-----"] + pem_body("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 392) + ["-----END PUBLIC KEY-----"]
    return R.choice(["cert/wechatpay_pub_key.pem", "src/main/resources/cert/pub_key.pem"]), L


@special(3, "alibaba", "sops_encrypted", "sops-yaml")
def n_sops(_):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (rs(B64, n), rs(B64, 43) + "=", rs(B64, 22) + "==")
    L = ["aliyun:", "    access-key-id: %s" % enc(32), "    access-key-secret: %s" % enc(40), "dashscope:", "    api-key: %s" % enc(48),
         "sops:", "    kms: []", "    alicloud_kms: []" if R.random() < 0.3 else "    gcp_kms: []", "    age:",
         "        - recipient: age1%s" % rs(LODG, 58), "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----"]
    L += ["            " + rs(B64, 64) for _ in range(4)]
    L += ["            -----END AGE ENCRYPTED FILE-----", "    lastmodified: \"2024-%02d-%02dT0%d:12:45Z\"" % (R.randint(1, 12), R.randint(1, 28), R.randint(1, 9)),
          "    mac: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (rs(B64, 88), rs(B64, 43) + "=", rs(B64, 22) + "=="),
          "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
    return "deploy/secrets/%s.enc.yaml" % R.choice(ENVS), L


@special(2, "k8s", "sealed_secret", "k8s-sealedsecret")
def n_sealed(_):
    L = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: tencentcloud-credentials",
         "  namespace: %s" % proj(), "spec:", "  encryptedData:",
         "    TENCENTCLOUD_SECRET_ID: Ag" + rs(B64, 600) + "==", "    TENCENTCLOUD_SECRET_KEY: Ag" + rs(B64, 600) + "==",
         "  template:", "    metadata:", "      name: tencentcloud-credentials", "    type: Opaque"]
    return "k8s/sealed/tencentcloud-credentials.yaml", L


@special(3, "alibaba", "jasypt_encrypted", "spring-yml")
def n_jasypt(_):
    L = ["# 敏感配置已用 jasypt 加密，密钥通过启动参数 -Djasypt.encryptor.password 注入", "jasypt:", "  encryptor:",
         "    password: ${JASYPT_PASSWORD}", "    algorithm: PBEWithHMACSHA512AndAES_256", "", "aliyun:", "  oss:",
         "    endpoint: https://oss-%s.aliyuncs.com" % R.choice(ALI_REG), "    access-key-id: ENC(%s)" % rs(B64, 64),
         "    access-key-secret: ENC(%s)" % rs(B64, 64), "    bucket-name: %s" % bucket(), "spring:", "  datasource:",
         "    password: ENC(%s)" % rs(B64, 44)]
    return "src/main/resources/application-%s.yml" % R.choice(ENVS), L


@special(2, "alibaba", "kms_ciphertext", "json")
def n_kms(_):
    d = {"KeyId": ruuid(), "KeyVersionId": ruuid(), "RequestId": ruuid().upper(),
         "CiphertextBlob": base64.b64encode(bytes(R.getrandbits(8) for _ in range(R.randint(120, 180)))).decode(),
         "_comment": "阿里云 KMS Encrypt 返回值，运行时用 Decrypt 解密得到 AccessKeySecret"}
    return "config/encrypted/aliyun-ak.kms.json", json.dumps(d, ensure_ascii=False, indent=2).split("\n")


@special(3, "alibaba", "ram_role_no_keys", "spring-yml")
def n_ramrole(_):
    reg = R.choice(ALI_REG)
    L = ["# 生产环境使用 ECS RAM 角色，无需配置 AccessKey", "aliyun:", "  oss:", "    endpoint: oss-%s-internal.aliyuncs.com" % reg,
         "    bucket-name: %s" % bucket(), "    credentials-provider: ecs-ram-role", "    ram-role-name: %s" % R.choice(["OssReadOnlyRole", "ecs-oss-writer", "AliyunECSAccessingOSSRole"]),
         "    region-id: %s" % reg, "  sts:", "    role-arn: acs:ram::%s:role/%s" % (digits(16, "1"), R.choice(["oss-upload", "app-sts-role"])),
         "    role-session-name: %s" % app_name(), "    duration-seconds: 3600"]
    return "src/main/resources/application-prod.yml", L


@special(2, "generic", "bcrypt_seed", "sql")
def n_bcrypt(_):
    L = ["-- 初始化管理员（密码为 bcrypt 哈希，首次登录后强制修改）", "INSERT INTO sys_user (user_id, dept_id, user_name, nick_name, email, phonenumber, password, status, create_time)",
         "VALUES (1, 103, 'admin', '超级管理员', '%s@%s.cn', '%s', '$2a$10$%s', '0', sysdate());" % (R.choice(SURN), proj().replace("-", ""), cn_phone(), rs(B64.replace("+", "."), 53)),
         "INSERT INTO sys_user (user_id, dept_id, user_name, nick_name, email, phonenumber, password, status, create_time)",
         "VALUES (2, 105, '%s', '测试', '%s@qq.com', '%s', '$2a$10$%s', '0', sysdate());" % (R.choice(SURN) + R.choice(GIVEN), digits(9, "123456789"), cn_phone(), rs(B64.replace("+", "."), 53)),
         "COMMIT;"]
    return "sql/init/sys_user.sql", L


@special(2, "docker", "image_digest", "dockerfile")
def n_digest(_):
    L = ["# 多阶段构建", "FROM registry.%s.aliyuncs.com/library/maven:3.9-eclipse-temurin-17@sha256:%s AS build" % (R.choice(ALI_REG), rs(HEX, 64)),
         "WORKDIR /src", "COPY . .", "RUN mvn -B -s .mvn/settings.xml package -DskipTests", "",
         "FROM eclipse-temurin:17-jre@sha256:%s" % rs(HEX, 64), "ENV TZ=Asia/Shanghai", "COPY --from=build /src/target/app.jar /app.jar",
         'ENTRYPOINT ["java", "-jar", "/app.jar"]']
    return "Dockerfile", L


@special(2, "line", "user_ids_and_liff", "json-fixture")
def n_line_ids(_):
    d = {"destination": "U" + rs(HEX, 32), "events": [{"type": "message", "message": {"type": "text", "id": digits(18, "4"), "text": "こんにちは"},
                                                      "webhookEventId": "01H" + rs(UPDG, 23), "deliveryContext": {"isRedelivery": False},
                                                      "timestamp": R.randint(1700000000000, 1730000000000),
                                                      "source": {"type": "user", "userId": "U" + rs(HEX, 32)},
                                                      "replyToken": rs(HEX, 32), "mode": "active"}]}
    return "test/fixtures/line_webhook_text.json", json.dumps(d, ensure_ascii=False, indent=2).split("\n")


@special(2, "payjp", "public_key", "js")
def n_payjp_pk(_):
    L = ["// 決済フォーム (公開鍵はブラウザに埋め込んで問題ありません)", "/* global Payjp */", "",
         "const payjp = Payjp('pk_live_%s')" % rs(HEX, 24), "const elements = payjp.elements()", "const cardElement = elements.create('card')",
         "cardElement.mount('#v2-demo')", "", "export async function createToken() {", "  const r = await payjp.createToken(cardElement)",
         "  if (r.error) throw new Error(r.error.message)", "  return r.id", "}"]
    return "src/payment/payjp.js", L


@special(2, "toss", "public_client_key", "tsx")
def n_toss_ck(_):
    L = ["import { loadTossPayments } from '@tosspayments/tosspayments-sdk'", "",
         "// 클라이언트 키는 브라우저에 노출되어도 되는 키입니다", "const clientKey = '%s_ck_%s'" % (R.choice(["live", "test"]), rs(ALNUM, 28)),
         "", "export async function pay(orderId: string, amount: number) {", "  const tossPayments = await loadTossPayments(clientKey)",
         "  const payment = tossPayments.payment({ customerKey: crypto.randomUUID() })", "  await payment.requestPayment({", "    method: 'CARD',",
         "    amount: { currency: 'KRW', value: amount },", "    orderId,", "    orderName: '상품 결제',", "    successUrl: `${location.origin}/success`,",
         "    failUrl: `${location.origin}/fail`,", "  })", "}"]
    return "src/lib/toss.ts", L



@special(3, "wechat", "callback_signature_log", "log")
def n_wx_sig_log(_):
    L = []
    for _i in range(R.randint(6, 12)):
        ts = R.randint(1700000000, 1730000000)
        L.append('%d.%d.%d.%d - - [%02d/Mar/2024:%02d:%02d:%02d +0800] "GET /wx/portal/%s?signature=%s&echostr=%s&timestamp=%d&nonce=%d HTTP/1.1" 200 %d "-" "Mozilla/4.0"' % (
            R.choice([101, 140, 183, 223]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254), R.randint(1, 28),
            R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), wx_appid(), rs(HEX, 40), digits(19, DG), ts, R.randint(100000000, 2099999999), R.randint(10, 30)))
    L.insert(0, "# 微信服务器 URL 校验请求（signature = sha1(sort(token, timestamp, nonce))，非密钥）")
    return "docs/troubleshooting/wx_verify_access.log", L


@special(2, "dingtalk", "computed_sign_log", "log")
def n_ding_sign_log(_):
    L = ["# 钉钉机器人加签调试日志（sign 为 HmacSHA256 结果，access_token 已脱敏）"]
    for _i in range(R.randint(5, 10)):
        ts = R.randint(1700000000000, 1730000000000)
        sig = base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode()
        from urllib.parse import quote
        L.append("2024-%02d-%02d %02d:%02d:%02d.%03d INFO  [alarm-pool-%d] c.x.alarm.DingTalkNotifier - POST https://oapi.dingtalk.com/robot/send?access_token=%s&timestamp=%d&sign=%s -> {\"errcode\":0,\"errmsg\":\"ok\"}" % (
            R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999), R.randint(1, 8),
            rs(HEX, 6) + "******", ts, quote(sig, safe="")))
    return "logs/alarm-%s.log" % R.choice(["2024-03-15", "2024-05-02", "2024-07-21"]), L


@special(3, "alipay", "response_with_signature", "json-fixture")
def n_alipay_resp(_):
    d = {"alipay_trade_query_response": {"code": "10000", "msg": "Success", "buyer_logon_id": "%s***@%s.com" % (rs(LO, 3), R.choice(["163", "qq", "126"])),
                                         "buyer_pay_amount": "%d.00" % R.randint(1, 999), "out_trade_no": "2024" + digits(16, DG),
                                         "trade_no": "2024%s22001%s" % (digits(4, "01"), digits(14, DG)), "trade_status": "TRADE_SUCCESS",
                                         "total_amount": "%d.00" % R.randint(1, 999), "buyer_user_id": "2088" + digits(12, DG)},
         "sign": base64.b64encode(bytes(R.getrandbits(8) for _ in range(256))).decode()}
    return "src/test/resources/alipay/trade_query_success.json", json.dumps(d, ensure_ascii=False, indent=2).split("\n")


@special(2, "alibaba", "sdk_response_request_id", "json-fixture")
def n_sms_resp(_):
    d = {"Message": "OK", "RequestId": ruuid().upper(), "Code": "OK", "BizId": "%s^0" % digits(18, "1"),
         "_note": "SendSms 成功返回样例，用于 mock", "PhoneNumbers": cn_phone(), "SignName": R.choice(["阿里云短信测试", "易购商城"]),
         "TemplateCode": "SMS_%d" % R.randint(100000000, 299999999)}
    return "src/test/resources/mock/aliyun_sms_send_ok.json", json.dumps(d, ensure_ascii=False, indent=2).split("\n")


@special(2, "go", "go_sum_hashes", "go-sum")
def n_gosum(_):
    mods = [("github.com/aliyun/alibaba-cloud-sdk-go", "v1.62.%d" % R.randint(100, 700)), ("github.com/aliyun/aliyun-oss-go-sdk", "v3.0.%d+incompatible" % R.randint(1, 2)),
            ("github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common", "v1.0.%d" % R.randint(500, 999)), ("github.com/zeromicro/go-zero", "v1.6.%d" % R.randint(0, 6)),
            ("github.com/qiniu/go-sdk/v7", "v7.%d.%d" % (R.randint(14, 21), R.randint(0, 5))), ("github.com/silenceper/wechat/v2", "v2.1.%d" % R.randint(3, 6))]
    L = []
    for m, v in mods:
        L.append("%s %s h1:%s=" % (m, v, rs(B64, 43)))
        L.append("%s %s/go.mod h1:%s=" % (m, v, rs(B64, 43)))
    return "go.sum", L


@special(2, "jpush", "public_appkey_gradle", "gradle")
def n_jpush_gradle(_):
    pk = proj().replace("-", "")
    L = ["plugins {", "    id 'com.android.application'", "}", "", "android {", "    namespace 'com.%s.app'" % pk, "    compileSdk 34",
         "    defaultConfig {", "        applicationId \"com.%s.app\"" % pk, "        minSdk 21", "        targetSdk 34",
         "        manifestPlaceholders = [", "                JPUSH_PKGNAME : applicationId,", "                JPUSH_APPKEY : \"%s\", // 极光控制台的 AppKey（客户端公开）" % rs(HEX, 24),
         "                JPUSH_CHANNEL : \"developer-default\",", "                UMENG_APPKEY : \"%s\"," % rs(HEX, 24), "        ]", "    }", "}", "",
         "dependencies {", "    implementation 'cn.jiguang.sdk:jpush:5.%d.0'" % R.randint(0, 4), "    implementation 'com.umeng.umsdk:common:9.6.%d'" % R.randint(1, 8), "}"]
    return "app/build.gradle", L


@special(3, "k8s", "secret_key_ref", "k8s-deployment")
def n_k8s_ref(_):
    app = app_name()
    L = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: %s" % app, "spec:", "  replicas: 2", "  selector:", "    matchLabels:",
         "      app: %s" % app, "  template:", "    metadata:", "      labels:", "        app: %s" % app, "    spec:", "      containers:",
         "        - name: %s" % app, "          image: registry.%s.aliyuncs.com/%s/%s:1.%d.%d" % (R.choice(ALI_REG), proj(), app, R.randint(0, 9), R.randint(0, 30)),
         "          env:"]
    for var, key in R.sample([("ALIYUN_ACCESS_KEY_ID", "access-key-id"), ("ALIYUN_ACCESS_KEY_SECRET", "access-key-secret"), ("DASHSCOPE_API_KEY", "dashscope-api-key"),
                              ("TENCENTCLOUD_SECRET_KEY", "secret-key"), ("WECHAT_APP_SECRET", "wx-app-secret"), ("DINGTALK_APP_SECRET", "app-secret")], 3):
        L += ["            - name: %s" % var, "              valueFrom:", "                secretKeyRef:", "                  name: %s-credentials" % app, "                  key: %s" % key]
    L += ["          ports:", "            - containerPort: 8080"]
    return "deploy/k8s/%s-deployment.yaml" % app, L


@special(2, "wechat-work", "documented_test_vector", "python")
def n_wx_vector(_):
    L = ["# -*- coding: utf-8 -*-", '"""WXBizMsgCrypt 单元测试：使用官方文档中的示例参数（公开测试向量）"""', "import unittest", "",
         "from wxcrypt import WXBizMsgCrypt", "", "# 官方文档示例值，非真实配置", "DOC_TOKEN = 'QDG6eK'",
         "DOC_ENCODING_AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG'", "DOC_CORP_ID = 'wx5823bf96d3bd56c7'", "", "",
         "class TestCrypt(unittest.TestCase):", "    def test_roundtrip(self):", "        c = WXBizMsgCrypt(DOC_TOKEN, DOC_ENCODING_AES_KEY, DOC_CORP_ID)",
         "        ret, enc = c.EncryptMsg('<xml><Content>hello</Content></xml>', '%d', '%d')" % (R.randint(10**8, 10**9), R.randint(1700000000, 1730000000)),
         "        self.assertEqual(ret, 0)", "        ret, dec = c.DecryptMsg(enc, *c.last_sign())", "        self.assertIn('hello', dec)", "", "",
         "if __name__ == '__main__':", "    unittest.main()"]
    return "tests/test_wxcrypt.py", L


@special(2, "wechat", "openid_fixture", "json-fixture")
def n_openid(_):
    users = []
    for _i in range(R.randint(2, 4)):
        users.append({"openid": "o" + rs(B64U, 27), "unionid": "o" + rs(B64U, 27), "nickname": R.choice(["微信用户", "小鱼", "阿杰", "Lily"]),
                      "phone": cn_phone()[:3] + "****" + digits(4, DG), "subscribe_time": R.randint(1600000000, 1720000000)})
    d = {"total": len(users), "data": users, "next_openid": users[-1]["openid"]}
    return "mock/wechat/user_list.json", json.dumps(d, ensure_ascii=False, indent=2).split("\n")


@special(2, "nacos", "namespace_uuid_and_refs", "bootstrap-yml")
def n_nacos_ns(_):
    L = ["spring:", "  application:", "    name: %s" % app_name(), "  cloud:", "    nacos:", "      username: ${NACOS_USERNAME:nacos}",
         "      password: ${NACOS_PASSWORD}", "      config:", "        server-addr: ${NACOS_ADDR:nacos.%s.svc:8848}" % proj(),
         "        namespace: %s" % ruuid(), "        group: DEFAULT_GROUP", "        file-extension: yaml", "      discovery:",
         "        namespace: ${spring.cloud.nacos.config.namespace}", "        server-addr: ${spring.cloud.nacos.config.server-addr}"]
    return "src/main/resources/bootstrap.yml", L


@special(2, "alibaba", "masked_in_docs", "readme-md")
def n_masked_doc(_):
    L = ["# OSS 上传服务", "", "## 配置", "", "在 RAM 控制台创建子账号后，会得到类似下面的一对密钥（示例已打码）：", "", "| 名称 | 示例 |", "| --- | --- |",
         "| AccessKey ID | `LTAI5t%s` |" % ("*" * R.choice([12, 18])), "| AccessKey Secret | `%s%s` |" % ("*" * 26, rs(ALNUM, 4)), "",
         "把它们写入环境变量，不要提交到仓库：", "", "```bash", "export ALIBABA_CLOUD_ACCESS_KEY_ID=<你的AccessKeyId>",
         "export ALIBABA_CLOUD_ACCESS_KEY_SECRET=<你的AccessKeySecret>", "```", "", "腾讯云同理：`SecretId` 形如 `AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******`。"]
    return "docs/oss.md", L


# ---------------------------------------------------------------- driver
NEG_MODES = [(5, "ref"), (5, "placeholder"), (3, "masked"), (1, "empty")]
NEG_KIND_NAME = {"ref": "env_reference", "placeholder": "placeholder", "masked": "masked_value", "empty": "empty_value"}


def wchoice(pairs):
    tot = sum(w for w, *_ in pairs)
    x = R.uniform(0, tot)
    for item in pairs:
        x -= item[0]
        if x <= 0:
            return item
    return pairs[-1]


def pick_kind():
    return wchoice(KINDS)[1]()


def templates_for(kind):
    return [n for n, (fn, lang, when) in TEMPLATES.items() if when(kind)]


def pick_template(kind):
    names = templates_for(kind)
    return wchoice([(TEMPLATE_WEIGHT.get(n, 1), n) for n in names])[1]


def render(name, ctx):
    fn, lang, _ = TEMPLATES[name]
    path, lines = fn(ctx)
    return path, lines


def make_positive():
    for _ in range(50):
        k = pick_kind()
        name = pick_template(k)
        generic = R.choice(GENERIC[k.cat]) if R.random() < 0.34 else None
        ctx = Ctx(k, None, generic)
        path, lines = render(name, ctx)
        text = "\n".join(lines) + "\n"
        needle = k.needle_field.value
        if text.count(needle) != 1 or not (5 <= len(lines) <= 80):
            continue
        line = next(i + 1 for i, l in enumerate(lines) if needle in l)
        positional = name in ("python", "java", "go", "terraform") and k.sdk in ("oss", "aliyun", "tencent", "cos", "openai", "zhipu")
        return dict(path=path, text=text, provider=k.provider, kind=k.kind, filetype=name, needle=needle, line=line,
                    generic=generic is not None or positional)
    raise RuntimeError("could not build positive")


def make_negative():
    for _ in range(50):
        if R.random() < 0.5:
            w, fn, prov, kind, ft = wchoice(SPECIAL_NEG)
            path, lines = fn(None)
            text = "\n".join(lines) + "\n"
            return dict(path=path, text=text, provider=prov, kind=kind, filetype=ft, secrets=[])
        k = pick_kind()
        name = pick_template(k)
        lang = TEMPLATES[name][1]
        mode = wchoice(NEG_MODES)[1]
        if mode == "ref" and lang not in REF_LANGS:
            mode = R.choice(["placeholder", "placeholder", "masked"])
        generic = R.choice(GENERIC[k.cat]) if R.random() < 0.3 else None
        ctx = Ctx(k, mode, generic)
        path, lines = render(name, ctx)
        text = "\n".join(lines) + "\n"
        secrets = [f.value for f in k.fields if f.role in ("needle", "id")]
        if any(s in text for s in secrets) or not (5 <= len(lines) <= 80):
            continue
        return dict(path=path, text=text, provider=k.provider, kind=NEG_KIND_NAME[mode], filetype=name, secrets=secrets)
    raise RuntimeError("could not build negative")


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    global R
    if len(argv) != 3:
        print(__doc__.split("\n\n")[0])
        print("usage: python3 gen_bp.py OUTDIR SEED", file=sys.stderr)
        return 2
    outdir, seed = argv[1], int(argv[2])
    R = random.Random(seed)
    N = 500
    manifest, secrets = [], []
    pos_items = [make_positive() for _ in range(N)]
    neg_items = [make_negative() for _ in range(N)]
    for i, it in enumerate(pos_items, 1):
        rel = "pos/p%04d/%s" % (i, it["path"])
        write(outdir, rel, it["text"])
        manifest.append({"file": rel, "label": "positive", "provider": it["provider"], "kind": it["kind"], "filetype": it["filetype"]})
        secrets.append({"file": rel, "needle": it["needle"], "line": it["line"]})
    for i, it in enumerate(neg_items, 1):
        rel = "neg/n%04d/%s" % (i, it["path"])
        write(outdir, rel, it["text"])
        manifest.append({"file": rel, "label": "negative", "provider": it["provider"], "kind": it["kind"], "filetype": it["filetype"]})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    print("positives under provider-free names or positional args: %d / %d" % (sum(1 for it in pos_items if it["generic"]), N))
    return self_check(outdir, manifest, secrets)


def self_check(outdir, manifest, secrets):
    ok = True
    needles = []
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        if s["line"] < 1 or s["line"] > len(lines) or s["needle"] not in lines[s["line"] - 1]:
            print("SELF-CHECK FAIL: needle not on stated line:", s["file"], file=sys.stderr)
            ok = False
        needles.append(s["needle"])
    negtexts = []
    for m in manifest:
        if m["label"] == "negative":
            with open(os.path.join(outdir, m["file"]), encoding="utf-8") as fh:
                negtexts.append((m["file"], fh.read()))
    big = "\n".join(t for _, t in negtexts)
    for n in needles:
        if n in big:
            bad = [f for f, t in negtexts if n in t]
            print("SELF-CHECK FAIL: positive needle found in negative:", bad, file=sys.stderr)
            ok = False
    for m in manifest:
        with open(os.path.join(outdir, m["file"]), encoding="utf-8") as fh:
            nl = len(fh.read().rstrip("\n").split("\n"))
        if not (5 <= nl <= 80):
            print("SELF-CHECK WARN: %s has %d lines" % (m["file"], nl), file=sys.stderr)
    from collections import Counter
    for label in ("positive", "negative"):
        rows = [m for m in manifest if m["label"] == label]
        print("== %s: %d files" % (label, len(rows)))
        for key in ("provider", "kind", "filetype"):
            c = Counter(m[key] for m in rows)
            print("  %s (%d): %s" % (key, len(c), ", ".join("%s=%d" % kv for kv in c.most_common())))
    pk = Counter((m["provider"], m["kind"]) for m in manifest if m["label"] == "positive")
    print("positive provider/kind pairs: %d" % len(pk))
    print("SELF-CHECK", "OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
