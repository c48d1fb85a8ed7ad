#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""gen_fn.py - blind evaluation-set generator for secret scanners.

EMPHASIS
    Asian and other regional developer platforms and payment gateways:
    LINE Messaging API (channel secret, long-lived channel access token),
    Kakao (REST API key, Admin key), Naver developers (client secret) and
    Naver Cloud Platform (secret key), WeChat Official Account / Mini Program
    (AppSecret), WeChat Pay (API v3 key, v2 API key, merchant private key
    apiclient_key.pem), Alipay (RSA2 application private key, single line or
    PEM), DingTalk (custom-robot webhook access_token, SEC... signing secret,
    internal-app AppSecret), Feishu / Lark (app_secret, custom-bot webhook),
    Alibaba Cloud (AccessKey secret, LTAI... ids), Tencent Cloud
    (SecretId AKID... / SecretKey), Baidu AI Cloud (API Key / Secret Key),
    Huawei Cloud (AK / SK), Yandex Cloud (AQVN... API keys, y0_ OAuth tokens,
    static access keys), VK (vk1.a. and legacy hex tokens), Razorpay, Paytm,
    PhonePe, Xendit, Midtrans, iyzico, PayMongo.
    File types: Java (Spring), Kotlin, Go, PHP, Python, Node/TypeScript, Ruby,
    WeChat mini-program JSON (project.config.json, app.json), YAML
    (Spring, Helm, k8s, compose, GitHub Actions, Ansible), .properties,
    .env (few positives only), Dockerfile, Terraform, TOML, INI, XML, JSON,
    Markdown (English and with CJK/Korean/Japanese comments), shell/curl
    scripts, SQL, CSV, logs, PEM files, lock files.

USAGE
    python3 gen_fn.py OUTDIR SEED
    Writes OUTDIR/pos/p0000..p0499/<relpath>, OUTDIR/neg/n0000..n0499/<relpath>,
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one
    line per positive).  Deterministic per SEED: every random choice comes from
    a single random.Random(SEED); no clock, no os.urandom, no set iteration,
    no hash() of strings.  Standard library only.

NEEDLE CONVENTIONS
    * The needle is the secret exactly as written in the file (after any
      escaping the file format needs, e.g. '&' -> '&amp;' in XML).
    * Key pairs (AccessKey ID + secret, SecretId + SecretKey, key_id +
      key_secret, API key + Secret Key, AK + SK): the needle is the secret
      half only; the id half is present (sometimes on the same line,
      sometimes on a neighbouring line).
    * Webhook URLs (DingTalk robot, Feishu/Lark bot): the needle is the
      secret part of the URL only (the 64-hex access_token value, or the
      hook UUID), not the whole URL.
    * URLs/headers carrying a secret (jscode2session?secret=..., Baidu
      client_secret=..., 'Authorization: KakaoAK ...', 'Api-Key ...',
      'Bearer ...', curl -u key:): the needle is the bare secret value.
    * Multi-line PEM private keys (WeChat Pay apiclient_key.pem, Alipay PEM):
      the needle is the BEGIN marker line text, e.g.
      '-----BEGIN PRIVATE KEY-----' / '-----BEGIN RSA PRIVATE KEY-----';
      its line is the line of that marker.  Single-line Alipay keys (base64
      DER without armour, as the Alipay SDKs take them) use the whole base64
      string as needle.
    * 'line' is the 1-based line of the needle's first occurrence; the
      program asserts that the needle is on that line.

NEGATIVES
    500 files, none in a file named .env/.env.local/.env.production etc.
    (reused dotenv templates are renamed .env.example/.env.sample/.env.template).
    * ~half re-use the positive templates with the secret slot holding a
      non-secret: placeholders (<your-...>, YOUR_API_KEY_HERE, changeme,
      xxxx..., 在此填写..., 여기에 입력, ここに入力), empty values, masked
      values (****, [REDACTED], AKID****), environment references
      (os.environ, process.env, System.getenv, ${VAR}, getenv), secret-manager
      references (vault:, op://, ref+vault://, arn:aws:secretsmanager, kms),
      template expressions (${{ secrets.X }}, {{ .Values.x }}, {{ var }},
      ${spring.placeholder}), file-path references for key files, providers'
      documented example values, and values documented as public (wx appids,
      cli_ app ids, Razorpay key_id, Midtrans client key, PayMongo pk_,
      Xendit public key, Naver client id, Alipay public key).
    * ~half are look-alikes: mini-program project.config.json/app.json,
      payment callback logs with signatures (Wechatpay-Signature, Alipay
      sign, razorpay_signature, Midtrans signature_key, PhonePe X-VERIFY,
      Paytm CHECKSUMHASH, DingTalk sign), open ids / union ids, order and
      transaction numbers, merchant ids, certificate serial numbers, public
      RSA keys and certificates, JWKS, ssh public keys, LINE/Feishu event
      ids, Huawei project ids, Yandex folder/cloud ids, request ids, ETags,
      lockfile integrity hashes, go.sum, image digests, commit SHAs, data URIs.

FORMATS CHECKED (search tool, providers' docs and public projects)
    * DingTalk: webhook https://oapi.dingtalk.com/robot/send?access_token=...
      (64 hex in public samples); signing secret starts with 'SEC' (docs say
      "以SEC开头"), sign = urlencode(base64(HmacSHA256(ts+"\\n"+secret))).
    * Feishu: custom bot webhook https://open.feishu.cn/open-apis/bot/v2/hook/
      <token>; app id format 'cli_xxx' (docs), optional signing secret.
    * Tencent Cloud: SecretId 'AKID...' (doc example 36 chars), SecretKey
      32 chars (doc example); API gateway doc example AKID... 40 chars.
    * Alibaba Cloud: AccessKey ID + AccessKey secret pair; secret shown once.
      (LTAI prefix and 24/30 lengths from public projects, not the docs.)
    * Midtrans: server key 'SB-Mid-server-...' (sandbox), 'Mid-server-...'
      (production), client key 'Mid-client-' is client-side; Basic auth.
    * Xendit: secret API key vs public API key (public key may be published);
      Basic auth with key as username.
    * Razorpay: key_id + key_secret, Basic auth; rzp_test_/rzp_live_ key ids.
    * PayMongo: pk_test_/sk_test_/pk_live_/sk_live_ (docs table); pk_ is
      'safe to expose'.
    * iyzico: sandbox keys start with 'sandbox-'; base URL
      sandbox-api.iyzipay.com / api.iyzipay.com (SDK samples).
    * PhonePe: X-VERIFY = SHA256(base64(payload)+endpoint+saltKey)+'###'+
      saltIndex; merchantId < 38 chars.
    * WeChat Pay: APIv3 key is 32 bytes; merchant private key apiclient_key.pem;
      certificate serial number 40 hex; Authorization WECHATPAY2-SHA256-RSA2048.
    * Kakao: Admin key / REST API key, header 'Authorization: KakaoAK {key}';
      public samples show 32-hex app keys.
    * LINE: channel secret (webhook signature HMAC), channel access token is
      an opaque string; long-lived tokens never expire.
    * VK: tokens are strings of digits and latin letters (user/community/
      service); current tokens start with 'vk1.a.'.
    * Paytm: merchant key used for checksum (SHA256 + AES128).
    * Yandex Cloud: API key / IAM token; 'Authorization: Api-Key ...' and
      'Bearer <IAM_token>'.
    * Documented example / placeholder values reused in negatives were seen in
      the docs or official samples: Razorpay '[YOUR_KEY_SECRET]', PayMongo
      'sk_live_YOUR_SECRET_KEY', Midtrans 'VT-server-xxxxxx' and
      '<server key>', iyzico sample 'secret key', Yandex '<IAM_token>',
      Tencent 'Gu5t9xGARNpq86cd98joQYCN3Cozk1qA' and API-gateway example
      secret 'hvhuan76de5im5Fa0bqh8aaBcOO9cy6c7yg2ywlf', Alibaba
      'yourAccessKeySecret'.

DOUBTS
    * Not confirmed in provider docs (taken from public projects / common
      knowledge): LINE long-lived token length (~172 base64 chars ending in
      '='), Kakao keys being 32 hex, Naver client secret 10 chars and client
      id 20 chars, NCP key lengths (20 / 40), WeChat AppSecret 32 hex,
      Alibaba 'LTAI5t' + 18 (24) and secret 30 chars, Baidu API key 24 /
      secret 32, Huawei AK 20 / SK 40, Yandex 'AQVN' + 36, 'y0_' token length,
      static key 'YCAJ'/'YC' shapes, VK 'vk1.a.' token length (~220) and legacy
      85-hex tokens, Paytm merchant key 16 chars incl. '#@&_%!', Xendit
      'xnd_production_'/'xnd_development_' + 60, Midtrans 24-char tail,
      iyzico 32-char tails, PayMongo 24-char tails, DingTalk app key 'ding'
      + 16 and app secret 64 chars, Feishu app_secret 32 alnum.
    * PhonePe UAT salt '099eb0cd-02cf-4e2a-8aca-3e6c6aff0399' (PGTESTPAYUAT)
      and WeChat Pay v2 doc key '192006250b4c09247ec02edce69f6a2d' are used
      as documented examples from memory; Tencent examples were seen in docs.
    * Some negatives hold ids that the provider calls public but that some
      teams still treat as sensitive (Kakao JavaScript key, Naver client id,
      Alipay app id, Razorpay key_id).  Cloud access-key *ids* (LTAI, AKID,
      Huawei AK) never appear in negatives with a realistic value.
    * The Kakao REST API key doubles as the OAuth client_id (it appears in
      authorize URLs), so whether it is a secret is debatable; it is kept as
      a positive only in server-side uses (KakaoAK header, config).
    * Private keys are random DER structures (right ASN.1 layout and sizes,
      not mathematically valid RSA keys).
"""
import base64
import json
import os
import random
import sys

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIG = "0123456789"
ALNUM = UPPER + LOWER + DIG
LALNUM = LOWER + DIG
UALNUM = UPPER + DIG
HEXL = "0123456789abcdef"
HEXU = HEXL.upper()
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"


def rs(r, alph, n):
    return "".join(r.choice(alph) for _ in range(n))


def rmix(r, alph, n):
    """random string that has at least one digit and one letter (if alph has both)."""
    while True:
        s = rs(r, alph, n)
        has_d = any(ch in DIG for ch in s) or not any(ch in DIG for ch in alph)
        has_a = any(ch.isalpha() for ch in s) or not any(ch.isalpha() for ch in alph)
        if has_d and has_a:
            return s


def uuid4(r):
    h = list(rs(r, HEXL, 32))
    h[12] = "4"
    h[16] = r.choice("89ab")
    h = "".join(h)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def digits(r, n, first=None):
    s = rs(r, DIG, n)
    if first:
        s = first + s[len(first):]
    elif s[0] == "0":
        s = r.choice("123456789") + s[1:]
    return s


# --------------------------------------------------------------------------
# DER / PEM helpers (random, structurally plausible RSA keys)
# --------------------------------------------------------------------------

def _dlen(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _tlv(tag, body):
    return bytes([tag]) + _dlen(len(body)) + body


def _int(b):
    if b[0] & 0x80:
        b = b"\x00" + b
    return _tlv(0x02, b)


def _rb(r, n, top=True):
    v = r.getrandbits(8 * n).to_bytes(n, "big")
    if top:
        v = bytes([v[0] | 0x80]) + v[1:]
    return v


RSA_OID = bytes.fromhex("06092a864886f70d010101") + b"\x05\x00"


def rsa_pkcs1(r, nbytes=256):
    half = nbytes // 2
    parts = [_tlv(0x02, b"\x00"), _int(_rb(r, nbytes)), _tlv(0x02, b"\x01\x00\x01"),
             _int(_rb(r, nbytes, top=False) or b"\x01"), _int(_rb(r, half)), _int(_rb(r, half)),
             _int(_rb(r, half, top=False)), _int(_rb(r, half, top=False)), _int(_rb(r, half, top=False))]
    return _tlv(0x30, b"".join(parts))


def rsa_pkcs8(r, nbytes=256):
    return _tlv(0x30, _tlv(0x02, b"\x00") + _tlv(0x30, RSA_OID) + _tlv(0x04, rsa_pkcs1(r, nbytes)))


def rsa_spki(r, nbytes=256):
    pub = _tlv(0x30, _int(_rb(r, nbytes)) + _tlv(0x02, b"\x01\x00\x01"))
    return _tlv(0x30, _tlv(0x30, RSA_OID) + _tlv(0x03, b"\x00" + pub))


def fake_cert(r):
    # not a real certificate: SEQUENCE of random-ish content of plausible size
    body = _tlv(0x30, _tlv(0xA0, _tlv(0x02, b"\x02")) + _int(_rb(r, 20)) + _tlv(0x30, RSA_OID)
                + _tlv(0x30, r.getrandbits(8 * 180).to_bytes(180, "big")) + rsa_spki(r))
    return _tlv(0x30, body + _tlv(0x30, RSA_OID) + _tlv(0x03, b"\x00" + _rb(r, 256)))


def b64(b):
    return base64.b64encode(b).decode()


def pem(label, der):
    s = b64(der)
    lines = [s[i:i + 64] for i in range(0, len(s), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


# --------------------------------------------------------------------------
# Credential catalogue
# --------------------------------------------------------------------------

def mk(provider, kind, value, env, names, needle=None, idp=None, pub=None,
       docex=None, mask=None, pem_label=None, extra=None):
    """idp = (ENV_NAME, value, is_public); pub = (ENV_NAME, public value)."""
    return {"provider": provider, "kind": kind, "value": value, "env": env,
            "names": names, "needle": needle or value, "id": idp, "pub": pub,
            "docex": docex or [], "mask": mask, "pem": pem_label, "extra": extra or {}}


def wx_appid(r):
    return "wx" + rs(r, HEXL, 16)


def cli_id(r):
    return "cli_" + rs(r, HEXL, 16)


def line_chan_id(r):
    return r.choice("12") + rs(r, DIG, 9)


def c_line_secret(r):
    return mk("line", "channel_secret", rs(r, HEXL, 32), "LINE_CHANNEL_SECRET",
              ["channel_secret", "line_secret", "webhook_signing_key", "cs"],
              idp=("LINE_CHANNEL_ID", line_chan_id(r), True))


def c_line_token(r):
    return mk("line", "channel_access_token", rmix(r, B64, 171) + "=", "LINE_CHANNEL_ACCESS_TOKEN",
              ["channel_access_token", "line_token", "bot_token", "bearer"], docex=["{channel access token}"],
              idp=("LINE_CHANNEL_ID", line_chan_id(r), True))


def c_kakao_rest(r):
    return mk("kakao", "rest_api_key", rs(r, HEXL, 32), "KAKAO_REST_API_KEY",
              ["rest_api_key", "kakao_key", "local_api_key", "app_key"],
              pub=("KAKAO_JAVASCRIPT_KEY", rs(r, HEXL, 32)))


def c_kakao_admin(r):
    return mk("kakao", "admin_key", rs(r, HEXL, 32), "KAKAO_ADMIN_KEY",
              ["admin_key", "kakao_admin", "ak", "server_key"],
              pub=("KAKAO_JAVASCRIPT_KEY", rs(r, HEXL, 32)))


def c_naver_secret(r):
    return mk("naver", "client_secret", rmix(r, ALNUM, 10), "NAVER_CLIENT_SECRET",
              ["client_secret", "naver_secret", "x_naver_client_secret", "csecret"],
              idp=("NAVER_CLIENT_ID", rmix(r, ALNUM + "_", 20), True))


def c_ncp_secret(r):
    return mk("naver_cloud", "secret_key", rmix(r, ALNUM, 40), "NCP_SECRET_KEY",
              ["ncp_secret_key", "secret_key", "apigw_secret", "sk"],
              idp=("NCP_ACCESS_KEY", rmix(r, UALNUM, 20), False))


def c_wechat_secret(r):
    return mk("wechat", "app_secret", rs(r, HEXL, 32), "WECHAT_APP_SECRET",
              ["app_secret", "wx_secret", "mp_secret", "appsecret"],
              idp=("WECHAT_APP_ID", wx_appid(r), True))


def c_wxpay_v3(r):
    return mk("wechat_pay", "api_v3_key", rmix(r, ALNUM, 32), "WECHATPAY_API_V3_KEY",
              ["api_v3_key", "apiv3_key", "mch_v3_key", "aes_key"],
              idp=("WECHATPAY_MCH_ID", digits(r, 10, "16"), True))


def c_wxpay_v2(r):
    return mk("wechat_pay", "api_key_v2", rmix(r, ALNUM, 32), "WXPAY_API_KEY",
              ["partner_key", "mch_key", "pay_key", "sign_key"],
              idp=("WXPAY_MCH_ID", digits(r, 10, "15"), True),
              docex=["192006250b4c09247ec02edce69f6a2d"])


def c_alipay_pk(r):
    der = rsa_pkcs8(r) if r.random() < 0.5 else rsa_pkcs1(r)
    return mk("alipay", "rsa_private_key", b64(der), "ALIPAY_APP_PRIVATE_KEY",
              ["app_private_key", "merchant_private_key", "private_key", "rsa2_key"],
              idp=("ALIPAY_APP_ID", "2021" + digits(r, 12, "00"), True),
              pub=("ALIPAY_PUBLIC_KEY", b64(rsa_spki(r))))


def c_alipay_pem(r):
    if r.random() < 0.5:
        lab, der = "RSA PRIVATE KEY", rsa_pkcs1(r)
    else:
        lab, der = "PRIVATE KEY", rsa_pkcs8(r)
    return mk("alipay", "rsa_private_key_pem", pem(lab, der), "ALIPAY_APP_PRIVATE_KEY",
              ["app_private_key", "private_key_pem", "merchant_key_pem"],
              needle="-----BEGIN %s-----" % lab, pem_label=lab,
              idp=("ALIPAY_APP_ID", "2021" + digits(r, 12, "00"), True),
              pub=("ALIPAY_PUBLIC_KEY", b64(rsa_spki(r))))


def c_wxpay_pem(r):
    return mk("wechat_pay", "merchant_private_key_pem", pem("PRIVATE KEY", rsa_pkcs8(r)),
              "WECHATPAY_PRIVATE_KEY", ["merchant_private_key", "apiclient_key", "mch_private_key"],
              needle="-----BEGIN PRIVATE KEY-----", pem_label="PRIVATE KEY",
              idp=("WECHATPAY_MCH_ID", digits(r, 10, "16"), True))


DING_URL = "https://oapi.dingtalk.com/robot/send?access_token="


def c_ding_token(r):
    t = rs(r, HEXL, 64)
    return mk("dingtalk", "robot_webhook_token", DING_URL + t, "DINGTALK_WEBHOOK",
              ["webhook", "robot_url", "alert_hook", "notify_url"], needle=t,
              extra={"token": t})


def c_ding_sec(r):
    return mk("dingtalk", "robot_signing_secret", "SEC" + rs(r, HEXL, 64), "DINGTALK_SECRET",
              ["sign_secret", "robot_secret", "ding_sec", "secret"])


def c_ding_app(r):
    return mk("dingtalk", "app_secret", rmix(r, URLSAFE, 64), "DINGTALK_APP_SECRET",
              ["app_secret", "ding_app_secret", "client_secret"],
              idp=("DINGTALK_APP_KEY", "ding" + rs(r, LALNUM, 16), True))


def c_feishu_secret(r):
    return mk("feishu", "app_secret", rmix(r, ALNUM, 32), "FEISHU_APP_SECRET",
              ["app_secret", "lark_secret", "feishu_secret", "client_secret"],
              idp=("FEISHU_APP_ID", cli_id(r), True))


def c_feishu_hook(r):
    u = uuid4(r)
    host = r.choice(["https://open.feishu.cn", "https://open.feishu.cn", "https://open.larksuite.com"])
    return mk("feishu", "bot_webhook", host + "/open-apis/bot/v2/hook/" + u, "FEISHU_WEBHOOK_URL",
              ["webhook_url", "bot_hook", "lark_hook", "notify_webhook"], needle=u)


def c_aliyun(r):
    kid = r.choice(["LTAI5t" + rmix(r, ALNUM, 18), "LTAI" + rmix(r, ALNUM, 16), "LTAI4G" + rmix(r, ALNUM, 18)])
    return mk("alibaba_cloud", "access_key_secret", rmix(r, ALNUM, 30), "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
              ["access_key_secret", "aliyun_sk", "oss_secret", "ak_secret"],
              idp=("ALIBABA_CLOUD_ACCESS_KEY_ID", kid, False), mask="LTAI****",
              docex=["yourAccessKeySecret", "<yourAccessKeySecret>"])


def c_tencent(r):
    return mk("tencent_cloud", "secret_key", rmix(r, ALNUM, 32), "TENCENTCLOUD_SECRET_KEY",
              ["secret_key", "cos_secret", "tc_sk", "qcloud_secret"],
              idp=("TENCENTCLOUD_SECRET_ID", "AKID" + rmix(r, ALNUM, 32), False),
              docex=["Gu5t9xGARNpq86cd98joQYCN3Cozk1qA", "hvhuan76de5im5Fa0bqh8aaBcOO9cy6c7yg2ywlf"], mask="AKID****")


def c_baidu(r):
    return mk("baidu", "secret_key", rmix(r, ALNUM, 32), "BAIDU_SECRET_KEY",
              ["secret_key", "aip_secret", "client_secret", "bd_sk"],
              idp=("BAIDU_API_KEY", rmix(r, ALNUM, 24), False))


def c_huawei(r):
    return mk("huawei_cloud", "secret_access_key", rmix(r, ALNUM, 40), "HUAWEICLOUD_SDK_SK",
              ["sk", "obs_secret_key", "secret_access_key", "hw_sk"],
              idp=("HUAWEICLOUD_SDK_AK", rmix(r, UALNUM, 20), False))


def c_yc_api(r):
    return mk("yandex_cloud", "api_key", "AQVN" + rmix(r, URLSAFE, 36), "YC_API_KEY",
              ["api_key", "yc_key", "gpt_api_key", "speechkit_key"],
              idp=("YC_FOLDER_ID", "b1g" + rs(r, LALNUM, 17), True), docex=["<API_key>"])


def c_yc_oauth(r):
    return mk("yandex", "oauth_token", "y0_AgAAAA" + rmix(r, URLSAFE, 49), "YC_TOKEN",
              ["oauth_token", "yc_token", "token", "ya_token"],
              idp=("YC_CLOUD_ID", "b1g" + rs(r, LALNUM, 17), True), docex=["<OAuth_token>", "<IAM_token>"])


def c_yc_static(r):
    return mk("yandex_cloud", "static_secret_key", "YC" + rmix(r, URLSAFE, 38), "YC_STORAGE_SECRET_KEY",
              ["secret_access_key", "s3_secret", "storage_secret", "sk"],
              idp=("YC_STORAGE_ACCESS_KEY", "YCAJE" + rmix(r, URLSAFE, 20), False))


def c_vk(r):
    v = "vk1.a." + rmix(r, URLSAFE, 214) if r.random() < 0.7 else rs(r, HEXL, 85)
    return mk("vk", "access_token", v, "VK_GROUP_TOKEN",
              ["access_token", "vk_token", "group_token", "community_token"],
              idp=("VK_GROUP_ID", digits(r, 9, "2"), True))


def c_razorpay(r):
    mode = r.choice(["live", "live", "test"])
    return mk("razorpay", "key_secret", rmix(r, ALNUM, 24), "RAZORPAY_KEY_SECRET",
              ["key_secret", "rzp_secret", "razor_secret", "secret"],
              idp=("RAZORPAY_KEY_ID", "rzp_%s_%s" % (mode, rmix(r, ALNUM, 14)), True), docex=["[YOUR_KEY_SECRET]"])


def c_paytm(r):
    alph = ALNUM + ALNUM + "#@&_%!"
    while True:
        v = rmix(r, alph, 16)
        if any(ch in "#@&_%!" for ch in v) and v[0] not in "#!%@&":
            break
    return mk("paytm", "merchant_key", v, "PAYTM_MERCHANT_KEY",
              ["merchant_key", "mkey", "paytm_key", "checksum_key"],
              idp=("PAYTM_MID", rs(r, UPPER, 6) + digits(r, 14), True))


def c_phonepe(r):
    return mk("phonepe", "salt_key", uuid4(r), "PHONEPE_SALT_KEY",
              ["salt_key", "salt", "x_verify_salt", "merchant_salt"],
              idp=("PHONEPE_MERCHANT_ID", "M" + rmix(r, UALNUM, 13), True),
              docex=["099eb0cd-02cf-4e2a-8aca-3e6c6aff0399"], extra={"idx": r.choice("1112")})


def c_xendit(r):
    env = r.choice(["production", "production", "development"])
    return mk("xendit", "secret_api_key", "xnd_%s_%s" % (env, rmix(r, ALNUM, 60)), "XENDIT_SECRET_KEY",
              ["secret_key", "xendit_key", "api_key", "xnd_key"],
              pub=("XENDIT_PUBLIC_KEY", "xnd_public_%s_%s" % (env, rmix(r, ALNUM, 60))))


def c_midtrans(r):
    sb = r.random() < 0.4
    return mk("midtrans", "server_key", ("SB-" if sb else "") + "Mid-server-" + rmix(r, URLSAFE, 24),
              "MIDTRANS_SERVER_KEY", ["server_key", "midtrans_key", "snap_key", "mt_server"],
              pub=("MIDTRANS_CLIENT_KEY", ("SB-" if sb else "") + "Mid-client-" + rmix(r, URLSAFE, 16)),
              docex=["<server key>", "VT-server-xxxxxx"])


def c_iyzico(r):
    sb = r.random() < 0.4
    p = "sandbox-" if sb else ""
    return mk("iyzico", "secret_key", p + rmix(r, ALNUM, 32), "IYZICO_SECRET_KEY",
              ["secret_key", "iyzi_secret", "iyzipay_secret", "gizli_anahtar"],
              idp=("IYZICO_API_KEY", p + rmix(r, ALNUM, 32), False), docex=["secret key"],
              extra={"sandbox": sb})


def c_paymongo(r):
    mode = r.choice(["live", "live", "test"])
    return mk("paymongo", "secret_key", "sk_%s_%s" % (mode, rmix(r, ALNUM, 24)), "PAYMONGO_SECRET_KEY",
              ["secret_key", "paymongo_sk", "pm_secret", "api_secret"],
              pub=("PAYMONGO_PUBLIC_KEY", "pk_%s_%s" % (mode, rmix(r, ALNUM, 24))), docex=["sk_live_YOUR_SECRET_KEY"])


CRED_MAKERS = [
    ("line_secret", c_line_secret), ("line_token", c_line_token), ("kakao_rest", c_kakao_rest),
    ("kakao_admin", c_kakao_admin), ("naver_secret", c_naver_secret), ("ncp_secret", c_ncp_secret),
    ("wechat_secret", c_wechat_secret), ("wxpay_v3", c_wxpay_v3), ("wxpay_v2", c_wxpay_v2),
    ("alipay_pk", c_alipay_pk), ("alipay_pem", c_alipay_pem), ("wxpay_pem", c_wxpay_pem),
    ("ding_token", c_ding_token), ("ding_sec", c_ding_sec), ("ding_app", c_ding_app),
    ("feishu_secret", c_feishu_secret), ("feishu_hook", c_feishu_hook), ("aliyun", c_aliyun),
    ("tencent", c_tencent), ("baidu", c_baidu), ("huawei", c_huawei), ("yc_api", c_yc_api),
    ("yc_oauth", c_yc_oauth), ("yc_static", c_yc_static), ("vk", c_vk), ("razorpay", c_razorpay),
    ("paytm", c_paytm), ("phonepe", c_phonepe), ("xendit", c_xendit), ("midtrans", c_midtrans),
    ("iyzico", c_iyzico), ("paymongo", c_paymongo),
]
MAKER = dict(CRED_MAKERS)
ALL_KINDS = [k for k, _ in CRED_MAKERS]
PEM_KINDS = ["alipay_pem", "wxpay_pem"]
FLAT_KINDS = [k for k in ALL_KINDS if k not in PEM_KINDS]


# --------------------------------------------------------------------------
# Names, slots, non-secret values
# --------------------------------------------------------------------------

PROV = {
    "line": ("LINE Messaging API", "LINE"), "kakao": ("Kakao Developers", "카카오"),
    "naver": ("Naver Developers", "네이버"), "naver_cloud": ("Naver Cloud Platform", "NCP"),
    "wechat": ("WeChat Official Account", "微信公众号"), "wechat_pay": ("WeChat Pay", "微信支付"),
    "alipay": ("Alipay Open Platform", "支付宝"), "dingtalk": ("DingTalk", "钉钉"),
    "feishu": ("Feishu / Lark", "飞书"), "alibaba_cloud": ("Alibaba Cloud", "阿里云"),
    "tencent_cloud": ("Tencent Cloud", "腾讯云"), "baidu": ("Baidu AI Cloud", "百度智能云"),
    "huawei_cloud": ("Huawei Cloud", "华为云"), "yandex_cloud": ("Yandex Cloud", "Яндекс Облако"),
    "yandex": ("Yandex OAuth", "Яндекс"), "vk": ("VK API", "ВКонтакте"),
    "razorpay": ("Razorpay", "Razorpay"), "paytm": ("Paytm Payment Gateway", "Paytm"),
    "phonepe": ("PhonePe PG", "PhonePe"), "xendit": ("Xendit", "Xendit"),
    "midtrans": ("Midtrans", "Midtrans"), "iyzico": ("iyzico", "iyzico"), "paymongo": ("PayMongo", "PayMongo"),
}

GENERIC_NEUTRAL = ["secret", "key", "token", "auth_value", "cfg_secret", "credential", "k",
                   "sec", "signing_key", "api_secret", "opaque_value", "passphrase", "hmac_key",
                   "app_credential", "s1", "primary", "upstream_auth"]


def words_of(s):
    out = []
    for w in s.replace("-", "_").replace(".", "_").split("_"):
        if w:
            out.append(w.lower())
    return out


def style(words, st):
    if st == "upper":
        return "_".join(w.upper() for w in words)
    if st == "snake":
        return "_".join(words)
    if st == "camel":
        return words[0] + "".join(w[:1].upper() + w[1:] for w in words[1:])
    if st == "pascal":
        return "".join(w[:1].upper() + w[1:] for w in words)
    if st == "kebab":
        return "-".join(words)
    if st == "dot":
        return words[0] + ("." + "-".join(words[1:]) if len(words) > 1 else "")
    return "_".join(words)


def nm(c, st):
    if c["_conv"]:
        return style(words_of(c["env"]), st)
    return style(words_of(c["_neutral"]), st)


def nmid(c, st):
    return style(words_of(c["id"][0]), st)


def nmpub(c, st):
    return style(words_of(c["pub"][0]), st)


def jstr(v):
    return json.dumps(v, ensure_ascii=False)


YAML_SAFE = set(ALNUM + "._/+=-:")


def yaml_scalar(t):
    if t and all(ch in YAML_SAFE for ch in t) and t[0] not in "-:" and not t.isdigit() \
            and t.lower() not in ("true", "false", "yes", "no", "null", "on", "off"):
        return t
    return jstr(t)


class Slot(object):
    """A value written into a template: 'lit' (literal text) or 'env' (env reference)."""

    def __init__(self, kind, text="", env=""):
        self.kind = kind
        self.text = text
        self.env = env

    def is_env(self):
        return self.kind == "env"

    def q(self, lang, indent=""):
        t, e = self.text, self.env
        if self.kind == "env":
            return {
                "py": 'os.environ["%s"]' % e, "py2": 'os.getenv("%s")' % e,
                "js": "process.env.%s" % e, "ts": "process.env.%s!" % e,
                "java": 'System.getenv("%s")' % e, "kt": 'System.getenv("%s")' % e,
                "go": 'os.Getenv("%s")' % e, "php": "getenv('%s')" % e, "rb": "ENV.fetch('%s')" % e,
                "cs": 'Environment.GetEnvironmentVariable("%s")' % e,
                "sh": '"${%s}"' % e, "json": jstr("${%s}" % e), "tf": "var.%s" % e.lower(),
                "toml": jstr("${%s}" % e), "sql": "current_setting('app.%s')" % e.lower(),
                "yaml": jstr("${%s}" % e),
            }.get(lang, "${%s}" % e)
        ml = "\n" in t
        if lang in ("py", "py2"):
            return '"""%s"""' % t if ml else jstr(t)
        if lang in ("js", "ts"):
            return "`%s`" % t if ml else "'%s'" % t
        if lang == "java":
            if ml:
                ls = t.split("\n")
                return ('"' + ('\\n" +\n' + indent + '"').join(ls) + '\\n"')
            return jstr(t)
        if lang == "kt":
            return '"""\n%s\n%s""".trimIndent()' % (t, indent) if ml else jstr(t)
        if lang == "go":
            return "`%s`" % t if ml else jstr(t)
        if lang in ("php", "rb", "sh", "sql"):
            return "'%s'" % t
        if lang == "cs":
            return '@"%s"' % t if ml else jstr(t)
        if lang == "yaml":
            if ml:
                return "|\n" + "\n".join(indent + ln for ln in t.split("\n"))
            return yaml_scalar(t)
        if lang in ("json", "toml"):
            if ml and lang == "toml":
                return '"""\n%s"""' % t
            return jstr(t)
        if lang == "tf":
            return "<<-EOT\n%s\nEOT" % t if ml else jstr(t)
        if lang == "env":
            return '"%s"' % t if (ml or any(ch in t for ch in " #'\"$")) or t == "" else t
        if lang == "xml":
            return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return t  # raw: ini, props, md, docker, csv, log, url


def lit(t):
    return Slot("lit", t)


ZH_KIND = {"app_secret": "AppSecret", "channel_secret": "Channel secret", "secret_key": "SecretKey",
           "api_v3_key": "APIv3密钥", "merchant_key": "商户密钥", "salt_key": "Salt Key"}


def neg_slot(r, c):
    """Return (Slot, category, swap) for a negative; swap in ('pub','id',None)."""
    v = c["value"]
    n = len(c["needle"])
    K = c["env"]
    k = K.lower().replace("_", "-")
    pre = c["extra"].get("prefix", "")
    # prefix part of value (before random tail) for look-alike placeholders
    head = ""
    for p in ("SB-Mid-server-", "Mid-server-", "xnd_production_", "xnd_development_", "sk_live_",
              "sk_test_", "sandbox-", "SEC", "AQVN", "y0_", "vk1.a.", "YC"):
        if c["needle"].startswith(p):
            head = p
            break
    cats = [("placeholder", 22), ("empty", 5), ("masked", 10), ("env", 22), ("secretmgr", 8),
            ("template", 11)]
    if c["docex"]:
        cats.append(("docex", 25))
    if c["pub"] or (c["id"] and c["id"][2]):
        cats.append(("public", 10))
    if c["pem"] or c["kind"] == "rsa_private_key":
        cats.append(("path", 10))
    tot = sum(w for _, w in cats)
    x = r.uniform(0, tot)
    cat = cats[-1][0]
    for nme, w in cats:
        if x < w:
            cat = nme
            break
        x -= w

    def wrap(t):
        if c["kind"] == "robot_webhook_token":
            return DING_URL + t
        if c["kind"] == "bot_webhook":
            return c["value"][: c["value"].index("/hook/") + 6] + t
        return t

    if cat == "placeholder":
        zh = ZH_KIND.get(c["kind"], "密钥")
        opts = ["<your-%s>" % k, "YOUR_%s_HERE" % K, "changeme", "x" * max(8, n - len(head)),
                "在此填写", "在此填写你的" + zh, "请替换为你的" + zh, "your_secret", "your-%s" % k,
                "<%s>" % K, "REPLACE_ME", "TODO", "여기에_키를_입력하세요", "ここにキーを入力",
                "0" * max(8, n - len(head)), "dummy-secret", "placeholder", "<insert key here>",
                "填写你的密钥", "XXXXXXXXXXXXXXXX"]
        t = r.choice(opts)
        if head and t[0] in "x0X" and r.random() < 0.7:
            t = head + t
        if c["pem"] and r.random() < 0.5:
            t = "-----BEGIN %s-----\n在此粘贴商户私钥 (paste the key here)\n-----END %s-----" % (c["pem"], c["pem"])
        return lit(wrap(t)), cat, None
    if cat == "empty":
        return lit(""), cat, None
    if cat == "masked":
        opts = ["****", "*" * max(8, n), "[REDACTED]", "<redacted>", "***REMOVED***", "********",
                "●●●●●●●●"]
        if head:
            opts.append(head + "*" * 12)
        if c["mask"]:
            opts.append(c["mask"])
        fresh = MAKER[c["_key"]](random.Random(r.getrandbits(32)))["needle"]
        if not c["pem"]:
            opts.append(fresh[:4] + "*" * 8 + fresh[-4:])
        return lit(wrap(r.choice(opts))), cat, None
    if cat == "env":
        return Slot("env", env=K), cat, None
    if cat == "secretmgr":
        svc = r.choice(["payments", "notify", "gateway", "platform", "bots"])
        name = K.lower()
        opts = ["vault:secret/data/%s#%s" % (svc, name),
                "op://%s/%s/credential" % (svc.capitalize(), c["provider"]),
                "ref+vault://secret/%s/%s" % (svc, name),
                "arn:aws:secretsmanager:ap-southeast-1:%s:secret:%s/%s-%s" % (digits(r, 12), svc, name, rs(r, ALNUM, 6)),
                "acs:kms:cn-hangzhou:%s:secret/%s" % (digits(r, 16, "1"), name),
                "sm://projects/%s-prod/secrets/%s/versions/latest" % (svc, name.replace("_", "-")),
                "${vault:secret/%s/%s}" % (svc, name)]
        return lit(r.choice(opts)), cat, None
    if cat == "template":
        opts = ["${{ secrets.%s }}" % K, "{{ .Values.%s.%s }}" % (c["provider"].replace("_", ""), style(words_of(K)[1:] or ["key"], "camel")),
                "{{ %s }}" % K.lower(), "${%s}" % K, "#{%s}" % K.lower().replace("_", "."),
                "%%(%s)s" % K.lower(), "<%%= ENV['%s'] %%>" % K, '{{ env "%s" }}' % K, "$(%s)" % K]
        return lit(wrap(r.choice(opts))), cat, None
    if cat == "docex":
        return lit(r.choice(c["docex"])), cat, None
    if cat == "public":
        if c["pub"]:
            return lit(c["pub"][1]), cat, "pub"
        return lit(c["id"][1]), cat, "id"
    paths = ["cert/apiclient_key.pem", "/etc/alipay/app_private_key.pem",
             "classpath:certs/app_private_key.pem", "/run/secrets/merchant_private_key",
             "./keys/rsa_private_key.pem", "file:///opt/app/conf/private_key.pem"]
    return lit(r.choice(paths)), cat, None


PLACE_ID = ["<your-access-key-id>", "YOUR_ACCESS_KEY_ID", "在此填写AccessKeyId", "xxxxxxxxxxxxxxxx",
            "<ACCESS_KEY_ID>", "your_ak"]


# --------------------------------------------------------------------------
# Context helpers
# --------------------------------------------------------------------------

PROJECTS = ["shopfront", "orderhub", "mall-api", "ride-share", "paygate", "notify-center", "crm-lite",
            "kuaidi-tracker", "tiket-app", "warung-pos", "bazaar", "lms-portal", "chatops", "izakaya-bot",
            "hanbok-store", "sewa-kost", "toko-online", "kirana", "dukaan-sync", "biletix-clone", "delivery-core"]
HOSTS = ["shop.example.com", "api.example.cn", "pay.example.co.id", "m.example.in", "example.jp",
         "svc.example.kr", "example.ph", "example.com.tr", "example.ru", "internal.example.net"]
TZS = ["Asia/Shanghai", "Asia/Seoul", "Asia/Tokyo", "Asia/Kolkata", "Asia/Jakarta", "Asia/Manila",
       "Europe/Istanbul", "Europe/Moscow", "Asia/Singapore"]
AUTHORS = ["zhang.wei", "kim.minjun", "sato.yuki", "arjun.mehta", "budi.santoso", "maria.santos",
           "emre.yilmaz", "ivan.petrov", "li.na", "park.jiyeon"]


class Gen(object):
    def __init__(self, r):
        self.r = r

    def proj(self):
        return self.r.choice(PROJECTS)

    def host(self):
        return self.r.choice(HOSTS)

    def tz(self):
        return self.r.choice(TZS)

    def pkg(self):
        return "com.%s.%s" % (self.r.choice(["acme", "nimbus", "hanul", "sakura", "garuda", "lotus"]),
                              self.proj().replace("-", ""))

    def ver(self):
        return "%d.%d.%d" % (self.r.randint(0, 4), self.r.randint(0, 20), self.r.randint(0, 30))

    def port(self):
        return self.r.choice([8080, 8000, 3000, 9000, 8081, 5000])

    def date(self):
        return "2024-%02d-%02d" % (self.r.randint(1, 12), self.r.randint(1, 28))

    def ts(self):
        return "%s %02d:%02d:%02d" % (self.date(), self.r.randint(0, 23), self.r.randint(0, 59), self.r.randint(0, 59))

    def author(self):
        return self.r.choice(AUTHORS)

    def pick(self, *a):
        return self.r.choice(a)


POS_T = []


def T(kinds=None, dotenv=False, noneg=False):
    def deco(fn):
        POS_T.append({"name": fn.__name__, "fn": fn, "kinds": list(kinds or FLAT_KINDS), "dotenv": dotenv,
                      "noneg": noneg})
        return fn
    return deco


def idq(c, lang):
    return c["_idslot"].q(lang)


def pname(c):
    return PROV[c["provider"]][0]


def zname(c):
    return PROV[c["provider"]][1]


# --------------------------------------------------------------------------
# Generic positive templates (any provider)
# --------------------------------------------------------------------------

@T(kinds=ALL_KINDS)
def t_py_settings(g, c, s):
    p = g.proj()
    lines = ['"""Django settings for %s (production overrides)."""' % p, "import os",
             "from pathlib import Path", "", "BASE_DIR = Path(__file__).resolve().parent.parent",
             "DEBUG = False", 'ALLOWED_HOSTS = ["%s"]' % g.host(), 'TIME_ZONE = "%s"' % g.tz(),
             "USE_TZ = True", 'STATIC_URL = "/static/"', "",
             "CACHES = {", '    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",',
             '                "LOCATION": "redis://redis:6379/1"}', "}", "", "# %s" % pname(c)]
    if c["id"]:
        lines.append("%s = %s" % (nmid(c, "upper"), idq(c, "py")))
    lines.append("%s = %s" % (nm(c, "upper"), s.q("py")))
    lines += ["", 'LOGGING = {"version": 1, "disable_existing_loggers": False}', ""]
    return g.pick("config/settings/production.py", "%s/settings.py" % p.replace("-", "_"), "app/settings.py"), "\n".join(lines)


@T()
def t_py_getenv_default(g, c, s):
    v = nm(c, "upper")
    if s.is_env():
        rhs = 'os.getenv("%s")' % s.env
    else:
        rhs = 'os.getenv("%s", %s)' % (c["env"], s.q("py"))
    body = ["import os", "import logging", "", "log = logging.getLogger(__name__)", "",
            "TIMEOUT = float(os.getenv(\"HTTP_TIMEOUT\", \"5\"))",
            "RETRIES = int(os.getenv(\"HTTP_RETRIES\", \"3\"))", "%s = %s" % (v, rhs), "",
            "", "def client_headers():", '    return {"User-Agent": "%s/%s"}' % (g.proj(), g.ver()), ""]
    return g.pick("src/config.py", "app/core/env.py", "services/notifier/config.py"), "\n".join(body)


@T(kinds=ALL_KINDS)
def t_js_config(g, c, s):
    prov = c["provider"].replace("_", "")
    lines = ["'use strict';", "", "module.exports = {", "  port: %d," % g.port(),
             "  logLevel: '%s'," % g.pick("info", "warn", "debug"), "  %s: {" % prov]
    if c["id"]:
        lines.append("    %s: %s," % (nmid(c, "camel"), idq(c, "js")))
    lines += ["    %s: %s," % (nm(c, "camel"), s.q("js")), "    timeoutMs: %d," % g.pick(3000, 5000, 10000),
              "  },", "  redis: { host: 'redis', port: 6379 },", "};", ""]
    return g.pick("config/default.js", "config/production.js", "server/config.js"), "\n".join(lines)


@T()
def t_ts_config(g, c, s):
    lines = ["import type { GatewayConfig } from './types';", "",
             "// %s settings used by the checkout service" % pname(c),
             "export const %sConfig: GatewayConfig = {" % style(words_of(c["provider"]), "camel"),
             "  baseUrl: '%s'," % g.pick("https://api.example.com", "https://sandbox.example.com")]
    if c["id"]:
        lines.append("  %s: %s," % (nmid(c, "camel"), idq(c, "ts")))
    lines += ["  %s: %s," % (nm(c, "camel"), s.q("ts")), "  retries: %d," % g.pick(2, 3, 5), "};", ""]
    return g.pick("src/config/payment.ts", "src/lib/%s.ts" % c["provider"], "apps/api/src/env.ts"), "\n".join(lines)


@T(kinds=ALL_KINDS)
def t_spring_yml(g, c, s):
    prov = c["provider"].replace("_", "-")
    lines = ["server:", "  port: %d" % g.port(), "spring:", "  application:", "    name: %s" % g.proj(),
             "  datasource:", "    url: jdbc:mysql://db:3306/%s?useSSL=true" % g.proj().replace("-", "_"),
             "    username: app", "    password: ${DB_PASSWORD}", "", "%s:" % prov]
    if c["id"]:
        lines.append("  %s: %s" % (nmid(c, "kebab"), idq(c, "yaml")))
    lines.append("  %s: %s" % (nm(c, "kebab"), s.q("yaml", indent="    ")))
    lines += ["  connect-timeout: %ds" % g.pick(3, 5, 10), "", "logging:", "  level:",
              "    root: INFO", ""]
    return g.pick("src/main/resources/application.yml", "src/main/resources/application-prod.yml",
                  "config/application.yaml"), "\n".join(lines)


@T()
def t_spring_props(g, c, s):
    prov = c["provider"].replace("_", "")
    lines = ["# %s" % g.proj(), "server.port=%d" % g.port(), "spring.jackson.time-zone=%s" % g.tz(),
             "spring.redis.host=redis", "management.endpoints.web.exposure.include=health,info", ""]
    if c["id"]:
        lines.append("%s.%s=%s" % (prov, nmid(c, "kebab"), idq(c, "props")))
    lines.append("%s.%s=%s" % (prov, nm(c, "kebab"), s.q("props")))
    lines.append("%s.enabled=true" % prov)
    return g.pick("src/main/resources/application.properties", "src/main/resources/application-prod.properties"), "\n".join(lines) + "\n"


@T(kinds=ALL_KINDS)
def t_java_constants(g, c, s):
    pk = g.pkg()
    cls = style(words_of(c["provider"]), "pascal") + "Constants"
    lines = ["package %s.config;" % pk, "", "/**", " * %s settings." % pname(c), " */",
             "public final class %s {" % cls, "", "    private %s() {}" % cls, "",
             '    public static final String API_BASE = "%s";' % g.pick("https://api.example.com/v1", "https://openapi.example.cn"),
             "    public static final int TIMEOUT_MS = %d;" % g.pick(3000, 5000)]
    if c["id"]:
        lines.append("    public static final String %s = %s;" % (nmid(c, "upper"), idq(c, "java")))
    lines.append("    public static final String %s = %s;" % (nm(c, "upper"), s.q("java", indent="            ")))
    lines += ["}", ""]
    return "src/main/java/%s/config/%s.java" % (pk.replace(".", "/"), cls), "\n".join(lines)


@T(kinds=ALL_KINDS)
def t_kotlin_object(g, c, s):
    pk = g.pkg()
    lines = ["package %s.di" % pk, "", "import okhttp3.OkHttpClient", "import java.util.concurrent.TimeUnit", "",
             "object %sModule {" % style(words_of(c["provider"]), "pascal")]
    if c["id"]:
        lines.append("    private const val %s = %s" % (nmid(c, "upper"), idq(c, "kt")))
    if c["pem"] and not s.is_env():
        lines.append("    private val %s = %s" % (nm(c, "upper"), s.q("kt", indent="    ")))
    else:
        lines.append("    private %s%s = %s" % ("const val " if not s.is_env() else "val ", nm(c, "upper"), s.q("kt")))
    lines += ["", "    val http: OkHttpClient = OkHttpClient.Builder()",
              "        .connectTimeout(%d, TimeUnit.SECONDS)" % g.pick(5, 10), "        .build()", "}", ""]
    return "app/src/main/java/%s/di/%sModule.kt" % (pk.replace(".", "/"), style(words_of(c["provider"]), "pascal")), "\n".join(lines)


@T(kinds=ALL_KINDS)
def t_go_config(g, c, s):
    lines = ["package config", "", "import (", '\t"os"', '\t"time"', ")", "",
             "// %s holds %s credentials." % (style(words_of(c["provider"]), "pascal"), pname(c)),
             "type %s struct {" % style(words_of(c["provider"]), "pascal")]
    if c["id"]:
        lines.append("\t%s string" % nmid(c, "pascal"))
    lines += ["\t%s string" % nm(c, "pascal"), "\tTimeout time.Duration", "}", "",
              "func Default%s() %s {" % (style(words_of(c["provider"]), "pascal"), style(words_of(c["provider"]), "pascal")),
              '\t_ = os.Getenv("APP_ENV")', "\treturn %s{" % style(words_of(c["provider"]), "pascal")]
    if c["id"]:
        lines.append("\t\t%s: %s," % (nmid(c, "pascal"), idq(c, "go")))
    lines += ["\t\t%s: %s," % (nm(c, "pascal"), s.q("go")), "\t\tTimeout: %d * time.Second," % g.pick(5, 10), "\t}", "}", ""]
    return g.pick("internal/config/%s.go" % c["provider"], "pkg/config/config.go"), "\n".join(lines)


@T()
def t_laravel_services(g, c, s):
    key = c["provider"]
    rhs = ("env('%s')" % s.env) if s.is_env() else "env('%s', %s)" % (c["env"], s.q("php"))
    lines = ["<?php", "", "return [", "", "    'mailgun' => [", "        'domain' => env('MAILGUN_DOMAIN'),",
             "        'secret' => env('MAILGUN_SECRET'),", "    ],", "", "    '%s' => [" % key]
    if c["id"]:
        lines.append("        '%s' => %s," % (nmid(c, "snake"), idq(c, "php")))
    lines += ["        '%s' => %s," % (nm(c, "snake"), rhs), "    ],", "", "];", ""]
    return "config/services.php", "\n".join(lines)


@T(kinds=ALL_KINDS)
def t_php_cn_config(g, c, s):
    lines = ["<?php", "// +----------------------------------------------------------------------",
             "// | %s 配置文件" % zname(c), "// +----------------------------------------------------------------------",
             "", "return [", "    // 是否开启调试", "    'debug'   => false,", "    // 日志目录",
             "    'log_path' => runtime_path() . 'log/%s/'," % c["provider"]]
    if c["id"]:
        lines += ["    // 应用ID", "    '%s' => %s," % (nmid(c, "snake"), idq(c, "php"))]
    lines += ["    // 密钥 (%s)" % zname(c), "    '%s' => %s," % (nm(c, "snake"), s.q("php")),
              "    'timeout' => %d," % g.pick(5, 10, 30), "];", ""]
    return g.pick("config/%s.php" % c["provider"], "app/common/config/%s.php" % c["provider"]), "\n".join(lines)


@T(dotenv=True)
def t_dotenv(g, c, s):
    lines = ["APP_ENV=production", "APP_PORT=%d" % g.port(), "LOG_LEVEL=info",
             "DATABASE_URL=postgres://app@db:5432/%s" % g.proj().replace("-", "_"), "REDIS_URL=redis://redis:6379/0", ""]
    if c["id"]:
        lines.append("%s=%s" % (c["id"][0], idq(c, "env")))
    lines.append("%s=%s" % (nm(c, "upper"), s.q("env")))
    return g.pick(".env", ".env.local", ".env.production", ".env.staging"), "\n".join(lines) + "\n"


@T()
def t_compose(g, c, s):
    svc = g.pick("api", "worker", "notifier", "gateway")
    lines = ["version: \"3.8\"", "services:", "  %s:" % svc, "    image: registry.example.com/%s:%s" % (g.proj(), g.ver()),
             "    restart: unless-stopped", "    ports:", "      - \"%d:%d\"" % (g.port(), g.port()),
             "    environment:", "      TZ: %s" % g.tz(), "      LOG_LEVEL: info"]
    if c["id"]:
        lines.append("      %s: %s" % (c["id"][0], idq(c, "yaml")))
    lines.append("      %s: %s" % (nm(c, "upper"), s.q("yaml")))
    lines += ["    depends_on:", "      - redis", "  redis:", "    image: redis:7-alpine", ""]
    return g.pick("docker-compose.yml", "deploy/docker-compose.prod.yml", "compose.yaml"), "\n".join(lines)


@T()
def t_dockerfile(g, c, s):
    lines = ["FROM %s" % g.pick("node:20-alpine", "python:3.12-slim", "eclipse-temurin:21-jre", "golang:1.22-alpine"),
             "WORKDIR /app", "ENV TZ=%s \\" % g.tz(), "    LANG=C.UTF-8"]
    if c["id"]:
        lines.append("ENV %s=%s" % (c["id"][0], idq(c, "docker")))
    lines += ["ENV %s=%s" % (nm(c, "upper"), s.q("docker")), "COPY . .", "EXPOSE %d" % g.port(),
              'CMD ["./start.sh"]', ""]
    return g.pick("Dockerfile", "docker/Dockerfile", "build/Dockerfile.prod"), "\n".join(lines)


@T()
def t_k8s_deploy(g, c, s):
    p = g.proj()
    lines = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: %s" % p, "  labels:", "    app: %s" % p,
             "spec:", "  replicas: %d" % g.pick(2, 3), "  selector:", "    matchLabels:", "      app: %s" % p,
             "  template:", "    metadata:", "      labels:", "        app: %s" % p, "    spec:", "      containers:",
             "        - name: %s" % p, "          image: registry.example.com/%s:%s" % (p, g.ver()), "          env:",
             "            - name: TZ", "              value: %s" % g.tz()]
    if c["id"]:
        lines += ["            - name: %s" % c["id"][0], "              value: %s" % idq(c, "yaml")]
    lines += ["            - name: %s" % nm(c, "upper"), "              value: %s" % s.q("yaml"), ""]
    return g.pick("k8s/deployment.yaml", "deploy/k8s/%s.yaml" % p, "manifests/app.yaml"), "\n".join(lines)


@T(kinds=ALL_KINDS)
def t_helm_values(g, c, s):
    lines = ["replicaCount: 2", "image:", "  repository: registry.example.com/%s" % g.proj(), "  tag: \"%s\"" % g.ver(),
             "service:", "  type: ClusterIP", "  port: %d" % g.port(), "", "%s:" % style(words_of(c["provider"]), "camel"),
             "  enabled: true"]
    if c["id"]:
        lines.append("  %s: %s" % (nmid(c, "camel"), idq(c, "yaml")))
    lines.append("  %s: %s" % (nm(c, "camel"), s.q("yaml", indent="    ")))
    lines += ["", "resources:", "  limits:", "    memory: 512Mi", ""]
    return g.pick("deploy/values.yaml", "charts/%s/values-prod.yaml" % g.proj(), "helm/values.yaml"), "\n".join(lines)


@T()
def t_tfvars(g, c, s):
    lines = ["region      = \"%s\"" % g.pick("ap-southeast-1", "cn-hangzhou", "ap-northeast-2", "ap-south-1"),
             "environment = \"prod\"", "instance_count = %d" % g.pick(2, 3, 4), ""]
    if c["id"]:
        lines.append("%s = %s" % (nmid(c, "snake"), idq(c, "tf")))
    lines.append("%s = %s" % (nm(c, "snake"), s.q("tf")))
    return g.pick("terraform/prod.tfvars", "infra/terraform.tfvars", "envs/prod/terraform.tfvars"), "\n".join(lines) + "\n"


@T()
def t_shell_export(g, c, s):
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "", "# deploy helper for %s" % g.proj(),
             "export APP_ENV=production", "export TZ=%s" % g.tz()]
    if c["id"]:
        lines.append("export %s=%s" % (c["id"][0], idq(c, "sh")))
    lines += ["export %s=%s" % (nm(c, "upper"), s.q("sh")), "", "docker compose pull",
              "docker compose up -d --remove-orphans", 'echo "deployed $(git rev-parse --short HEAD)"', ""]
    return g.pick("scripts/deploy.sh", "deploy.sh", "bin/run-prod.sh"), "\n".join(lines)


@T(kinds=ALL_KINDS)
def t_md_en(g, c, s):
    lines = ["# %s integration" % pname(c), "", "This service talks to %s. Local setup:" % pname(c), "",
             "1. Install dependencies: `npm ci`", "2. Copy the values below into your shell profile", "", "```bash"]
    if c["id"]:
        lines.append("export %s=%s" % (c["id"][0], idq(c, "sh")))
    lines += ["export %s=%s" % (nm(c, "upper"), s.q("sh")), "```", "",
              "3. Run `npm run dev` and open http://localhost:%d" % g.port(), "",
              "## Troubleshooting", "", "If requests fail with 401, check the clock skew of the host.", ""]
    return g.pick("docs/setup.md", "README.md", "docs/integrations/%s.md" % c["provider"]), "\n".join(lines)


@T(kinds=ALL_KINDS)
def t_md_zh(g, c, s):
    lines = ["# %s 接入说明" % zname(c), "", "> 维护人: %s  更新日期: %s" % (g.author(), g.date()), "",
             "## 配置", "", "在 `config/%s.yaml` 中配置以下参数:" % c["provider"], "", "```yaml"]
    if c["id"]:
        lines.append("%s: %s   # 应用ID" % (nmid(c, "snake"), idq(c, "yaml")))
    lines += ["%s: %s" % (nm(c, "snake"), s.q("yaml", indent="  ")), "```", "", "## 注意事项", "",
              "- 回调地址必须为 https", "- 签名失败时请检查服务器时间", ""]
    return g.pick("docs/接入说明.md", "docs/%s-setup.md" % c["provider"], "README.zh-CN.md"), "\n".join(lines)


@T(kinds=ALL_KINDS)
def t_json_config(g, c, s):
    lines = ["{", '  "env": "production",', '  "port": %d,' % g.port(), '  "log": { "level": "info" },',
             '  "%s": {' % c["provider"]]
    if c["id"]:
        lines.append('    "%s": %s,' % (nmid(c, "camel"), idq(c, "json")))
    lines += ['    "%s": %s,' % (nm(c, "camel"), s.q("json")), '    "timeout": %d' % g.pick(3000, 5000), "  }", "}", ""]
    return g.pick("config/production.json", "config/%s.json" % c["provider"], "settings.json"), "\n".join(lines)


@T()
def t_toml(g, c, s):
    lines = ["[server]", 'addr = "0.0.0.0:%d"' % g.port(), 'timezone = "%s"' % g.tz(), "",
             "[%s]" % c["provider"]]
    if c["id"]:
        lines.append("%s = %s" % (nmid(c, "snake"), idq(c, "toml")))
    lines += ["%s = %s" % (nm(c, "snake"), s.q("toml")), "retries = %d" % g.pick(2, 3), ""]
    return g.pick("config.toml", "conf/app.toml", "deploy/prod.toml"), "\n".join(lines)


@T()
def t_ini(g, c, s):
    lines = ["[app]", "name = %s" % g.proj(), "debug = false", "", "[%s]" % c["provider"]]
    if c["id"]:
        lines.append("%s = %s" % (nmid(c, "snake"), idq(c, "ini")))
    lines += ["%s = %s" % (nm(c, "snake"), s.q("ini")), "endpoint = https://api.example.com", ""]
    return g.pick("config.ini", "conf/app.ini", "conf/local.ini"), "\n".join(lines)


@T()
def t_gha(g, c, s):
    lines = ["name: deploy", "on:", "  push:", "    branches: [main]", "jobs:", "  deploy:", "    runs-on: ubuntu-latest",
             "    env:", "      NODE_VERSION: \"20\""]
    if c["id"]:
        lines.append("      %s: %s" % (c["id"][0], idq(c, "yaml")))
    lines += ["      %s: %s" % (nm(c, "upper"), s.q("yaml")), "    steps:", "      - uses: actions/checkout@v4",
              "      - uses: actions/setup-node@v4", "        with:", "          node-version: ${{ env.NODE_VERSION }}",
              "      - run: npm ci && npm run deploy", ""]
    return g.pick(".github/workflows/deploy.yml", ".github/workflows/release.yaml"), "\n".join(lines)


@T()
def t_xml_beans(g, c, s):
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<beans xmlns="http://www.springframework.org/schema/beans"',
             '       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
             '       xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd">',
             '    <bean id="%sClient" class="%s.pay.%sClient">' % (style(words_of(c["provider"]), "camel"), g.pkg(), style(words_of(c["provider"]), "pascal"))]
    if c["id"]:
        lines.append('        <property name="%s" value="%s"/>' % (nmid(c, "camel"), idq(c, "xml")))
    lines += ['        <property name="%s" value="%s"/>' % (nm(c, "camel"), s.q("xml")),
              '        <property name="timeout" value="%d"/>' % g.pick(3000, 5000), "    </bean>", "</beans>", ""]
    return g.pick("src/main/resources/applicationContext-pay.xml", "WEB-INF/spring/pay-context.xml"), "\n".join(lines)


@T()
def t_conftest(g, c, s):
    lines = ["import pytest", "", "from app.clients import build_client", "", "",
             "@pytest.fixture(scope=\"session\")", "def gateway_client():",
             "    # integration tests hit the real %s endpoint" % pname(c), "    return build_client("]
    if c["id"]:
        lines.append("        %s=%s," % (nmid(c, "snake"), idq(c, "py")))
    lines += ["        %s=%s," % (nm(c, "snake"), s.q("py")), "        timeout=10,", "    )", ""]
    return g.pick("tests/conftest.py", "tests/integration/conftest.py"), "\n".join(lines)


@T()
def t_log_leak(g, c, s):
    t = g.ts()
    lines = ["%s INFO  [main] o.s.b.StartupInfoLogger : Starting %s v%s" % (t, g.proj(), g.ver()),
             "%s INFO  [main] c.a.config.ConfigLoader : profile=prod region=%s" % (t, g.pick("cn-hangzhou", "ap-south-1")),
             "%s DEBUG [main] c.a.config.ConfigLoader : loaded %s.%s=%s" % (t, c["provider"], nm(c, "camel"), s.q("log")),
             "%s INFO  [main] o.s.b.w.e.tomcat.TomcatWebServer : Tomcat started on port(s): %d" % (t, g.port()), ""]
    return g.pick("logs/app.log", "logs/startup-%s.log" % g.date(), "var/log/server.log"), "\n".join(lines)


@T()
def t_sql_config(g, c, s):
    lines = ["-- seed gateway configuration (%s)" % g.date(), "CREATE TABLE IF NOT EXISTS gateway_config (",
             "  id SERIAL PRIMARY KEY,", "  provider VARCHAR(32) NOT NULL,", "  name VARCHAR(64) NOT NULL,",
             "  value TEXT NOT NULL", ");", ""]
    if c["id"]:
        lines.append("INSERT INTO gateway_config (provider, name, value) VALUES ('%s', '%s', %s);" % (c["provider"], nmid(c, "snake"), idq(c, "sql")))
    lines += ["INSERT INTO gateway_config (provider, name, value) VALUES ('%s', '%s', %s);" % (c["provider"], nm(c, "snake"), s.q("sql")), ""]
    return g.pick("db/seeds/gateway_config.sql", "migrations/0007_seed_gateway.sql"), "\n".join(lines)


@T()
def t_csv(g, c, s):
    rows = ["env,provider,field,value,updated_by"]
    rows.append("staging,%s,endpoint,https://sandbox.example.com,%s" % (c["provider"], g.author()))
    if c["id"]:
        rows.append("prod,%s,%s,%s,%s" % (c["provider"], nmid(c, "snake"), idq(c, "csv"), g.author()))
    rows.append("prod,%s,%s,%s,%s" % (c["provider"], nm(c, "snake"), s.q("csv"), g.author()))
    return g.pick("ops/gateway_settings.csv", "data/merchant_config.csv"), "\n".join(rows) + "\n"


@T()
def t_appsettings(g, c, s):
    lines = ["{", '  "Logging": { "LogLevel": { "Default": "Information" } },', '  "AllowedHosts": "*",',
             '  "%s": {' % style(words_of(c["provider"]), "pascal")]
    if c["id"]:
        lines.append('    "%s": %s,' % (nmid(c, "pascal"), idq(c, "json")))
    lines += ['    "%s": %s' % (nm(c, "pascal"), s.q("json")), "  }", "}", ""]
    return g.pick("appsettings.Production.json", "src/Api/appsettings.json"), "\n".join(lines)


@T()
def t_gradle_kts(g, c, s):
    if s.is_env():
        v = 'System.getenv("%s") ?: ""' % s.env
        field = '"\\"${%s}\\""' % v.split(" ?:")[0]
    else:
        field = '"\\"%s\\""' % s.q("raw")
    lines = ["plugins {", '    id("com.android.application")', '    kotlin("android")', "}", "", "android {",
             '    namespace = "%s"' % g.pkg(), "    compileSdk = 34", "    defaultConfig {", "        minSdk = 24",
             '        buildConfigField("String", "%s", %s)' % (nm(c, "upper"), field), "    }", "}", ""]
    return "app/build.gradle.kts", "\n".join(lines)


@T()
def t_gradle_props(g, c, s):
    lines = ["org.gradle.jvmargs=-Xmx2048m", "android.useAndroidX=true", "kotlin.code.style=official"]
    if c["id"]:
        lines.append("%s=%s" % (nmid(c, "camel"), idq(c, "props")))
    lines.append("%s=%s" % (nm(c, "camel"), s.q("props")))
    return "gradle.properties", "\n".join(lines) + "\n"


@T()
def t_makefile(g, c, s):
    assign = ("# %s is exported by the CI environment" % nm(c, "upper")) if s.is_env() else "%s ?= %s" % (nm(c, "upper"), s.q("raw"))
    lines = ["APP ?= %s" % g.proj(), "REGISTRY ?= registry.example.com", assign, "",
             ".PHONY: run", "run:", "\t%s=$(%s) go run ./cmd/$(APP)" % (c["env"], nm(c, "upper")), ""]
    return "Makefile", "\n".join(lines)


@T()
def t_jenkinsfile(g, c, s):
    val = "credentials('%s')" % s.env.lower() if s.is_env() else s.q("sh")
    lines = ["pipeline {", "    agent any", "    environment {", "        APP = '%s'" % g.proj(),
             "        %s = %s" % (nm(c, "upper"), val), "    }", "    stages {", "        stage('Deploy') {",
             "            steps { sh './scripts/deploy.sh' }", "        }", "    }", "}", ""]
    return "Jenkinsfile", "\n".join(lines)


@T()
def t_ansible(g, c, s):
    lines = ["---", "app_name: %s" % g.proj(), "app_port: %d" % g.port(), "app_timezone: %s" % g.tz()]
    if c["id"]:
        lines.append("%s: %s" % (nmid(c, "snake"), idq(c, "yaml")))
    lines += ["%s: %s" % (nm(c, "snake"), s.q("yaml")), ""]
    return g.pick("ansible/group_vars/prod.yml", "inventories/prod/group_vars/all.yml"), "\n".join(lines)


@T()
def t_ruby_init(g, c, s):
    lines = ["# frozen_string_literal: true", "", "Rails.application.configure do",
             "  config.x.%s = ActiveSupport::OrderedOptions.new" % c["provider"]]
    if c["id"]:
        lines.append("  config.x.%s.%s = %s" % (c["provider"], nmid(c, "snake"), idq(c, "rb")))
    lines += ["  config.x.%s.%s = %s" % (c["provider"], nm(c, "snake"), s.q("rb")), "end", ""]
    return "config/initializers/%s.rb" % c["provider"], "\n".join(lines)


@T()
def t_md_kojp(g, c, s):
    if g.r.random() < 0.5:
        head = ["# %s 연동 가이드" % pname(c), "", "아래 값을 서버 환경 설정에 추가하세요.", ""]
        tail = ["", "키가 유출되면 콘솔에서 즉시 재발급하세요.", ""]
    else:
        head = ["# %s 連携手順" % pname(c), "", "以下の値をサーバーの設定に追加してください。", ""]
        tail = ["", "値を変更した場合はサービスを再起動してください。", ""]
    lines = head + ["| 項目 / 항목 | 値 / 값 |", "|---|---|"]
    if c["id"]:
        lines.append("| %s | `%s` |" % (c["id"][0], idq(c, "md")))
    lines.append("| %s | `%s` |" % (nm(c, "upper"), s.q("md")))
    return g.pick("docs/setup.ko.md", "docs/setup.ja.md", "docs/연동가이드.md", "docs/設定手順.md"), "\n".join(lines + tail)


@T()
def t_pydantic(g, c, s):
    lines = ["from pydantic_settings import BaseSettings", "", "", "class Settings(BaseSettings):",
             '    app_name: str = "%s"' % g.proj(), "    debug: bool = False"]
    if c["id"]:
        lines.append("    %s: str = %s" % (nmid(c, "snake"), idq(c, "py")))
    if s.is_env():
        lines.append("    %s: str = \"\"  # from env %s" % (nm(c, "snake"), s.env))
    else:
        lines.append("    %s: str = %s" % (nm(c, "snake"), s.q("py")))
    lines += ["", "    class Config:", '        env_file = ".env"', "", "", "settings = Settings()", ""]
    return g.pick("app/settings.py", "src/core/config.py"), "\n".join(lines)


@T()
def t_node_fallback(g, c, s):
    rhs = ("process.env.%s" % s.env) if s.is_env() else "process.env.%s ?? %s" % (c["env"], s.q("js"))
    lines = ["import express from 'express';", "", "const app = express();",
             "const PORT = Number(process.env.PORT ?? %d);" % g.port(), "const %s = %s;" % (nm(c, "upper"), rhs), "",
             "app.get('/healthz', (_req, res) => res.send('ok'));", "",
             "app.listen(PORT, () => console.log(`listening on ${PORT}`));", ""]
    return g.pick("src/server.mjs", "server/index.js", "api/main.js"), "\n".join(lines)


@T()
def t_go_flag(g, c, s):
    dflt = '""' if s.is_env() else s.q("go")
    lines = ["package main", "", "import (", '\t"flag"', '\t"log"', ")", "", "func main() {",
             '\taddr := flag.String("addr", ":%d", "listen address")' % g.port(),
             '\t%s := flag.String("%s", %s, "%s credential")' % (nm(c, "camel"), nm(c, "kebab"), dflt, pname(c)),
             "\tflag.Parse()", '\tlog.Printf("starting on %s", *addr)', "\trun(*addr, *%s)" % nm(c, "camel"), "}", ""]
    return g.pick("cmd/server/main.go", "main.go"), "\n".join(lines)


# --------------------------------------------------------------------------
# Provider-specific positive templates
# --------------------------------------------------------------------------

@T(kinds=["ding_sec"])
def t_ding_py_sign(g, c, s):
    v = nm(c, "snake")
    lines = ["import base64", "import hashlib", "import hmac", "import os", "import time",
             "import urllib.parse", "", "import requests", "",
             'WEBHOOK = "https://oapi.dingtalk.com/robot/send?access_token=" + os.environ["DING_TOKEN"]',
             "%s = %s  # 加签密钥" % (v, s.q("py")), "", "", "def _signed_url():",
             "    ts = str(round(time.time() * 1000))", '    to_sign = "{}\\n{}".format(ts, %s)' % v,
             "    digest = hmac.new(%s.encode(), to_sign.encode(), hashlib.sha256).digest()" % v,
             "    sign = urllib.parse.quote_plus(base64.b64encode(digest))",
             '    return f"{WEBHOOK}&timestamp={ts}&sign={sign}"', "", "", "def send(text):",
             '    body = {"msgtype": "text", "text": {"content": text}}',
             "    return requests.post(_signed_url(), json=body, timeout=5).json()", ""]
    return g.pick("scripts/ding_alert.py", "ops/notify/dingtalk.py", "tools/alarm.py"), "\n".join(lines)


@T(kinds=["ding_token"])
def t_ding_curl(g, c, s):
    lines = ["#!/bin/sh", "# 发布完成后通知钉钉群", "MSG=\"[%s] 发布完成: $1\"" % g.proj(),
             "curl -s -X POST %s \\" % s.q("sh"), "  -H 'Content-Type: application/json' \\",
             "  -d \"{\\\"msgtype\\\":\\\"text\\\",\\\"text\\\":{\\\"content\\\":\\\"$MSG\\\"}}\"", ""]
    return g.pick("scripts/notify_ding.sh", "ci/notify.sh"), "\n".join(lines)


@T(kinds=["ding_token", "ding_sec"])
def t_ding_prom(g, c, s):
    lines = ["## prometheus-webhook-dingtalk", "timeout: 5s", "templates:", "  - contrib/templates/legacy/template.tmpl",
             "targets:", "  %s:" % g.pick("webhook1", "ops", "oncall")]
    if c["kind"] == "robot_webhook_token":
        lines += ["    url: %s" % s.q("yaml")]
    else:
        lines += ["    url: https://oapi.dingtalk.com/robot/send?access_token=${DING_OPS_TOKEN}",
                  "    # secret for signature", "    secret: %s" % s.q("yaml")]
    lines += ["    mention:", "      all: %s" % g.pick("true", "false"), ""]
    return g.pick("deploy/dingtalk/config.yml", "monitoring/dingtalk.yml"), "\n".join(lines)


@T(kinds=["ding_token", "ding_sec"])
def t_ding_java(g, c, s):
    pk = g.pkg()
    lines = ["package %s.alert;" % pk, "", "import com.dingtalk.api.DefaultDingTalkClient;",
             "import com.dingtalk.api.request.OapiRobotSendRequest;", "", "public class DingAlarm {", ""]
    if c["kind"] == "robot_webhook_token":
        lines.append("    private static final String %s = %s;" % (nm(c, "upper"), s.q("java")))
        lines.append('    private final DefaultDingTalkClient client = new DefaultDingTalkClient(%s);' % nm(c, "upper"))
    else:
        lines.append('    private static final String WEBHOOK = "https://oapi.dingtalk.com/robot/send?access_token=" + System.getenv("DING_TOKEN");')
        lines.append("    private static final String %s = %s;" % (nm(c, "upper"), s.q("java")))
        lines.append("    private final DefaultDingTalkClient client = new DefaultDingTalkClient(SignUtil.sign(WEBHOOK, %s));" % nm(c, "upper"))
    lines += ["", "    public void send(String text) throws Exception {",
              "        OapiRobotSendRequest req = new OapiRobotSendRequest();", '        req.setMsgtype("text");',
              "        OapiRobotSendRequest.Text t = new OapiRobotSendRequest.Text();", "        t.setContent(text);",
              "        req.setText(t);", "        client.execute(req);", "    }", "}", ""]
    return "src/main/java/%s/alert/DingAlarm.java" % pk.replace(".", "/"), "\n".join(lines)


@T(kinds=["ding_app"])
def t_ding_app_token(g, c, s):
    lines = ["import requests", "", "# 企业内部应用", "APP_KEY = %s" % idq(c, "py"), "%s = %s" % (nm(c, "upper"), s.q("py")), "", "",
             "def get_access_token():",
             '    r = requests.get("https://oapi.dingtalk.com/gettoken",',
             '                     params={"appkey": APP_KEY, "appsecret": %s}, timeout=5)' % nm(c, "upper"),
             '    return r.json()["access_token"]', ""]
    return g.pick("dingtalk/auth.py", "integrations/ding/token.py"), "\n".join(lines)


@T(kinds=["feishu_hook"])
def t_feishu_hook_py(g, c, s):
    lines = ["# -*- coding: utf-8 -*-", '"""飞书群机器人通知"""', "import json", "import requests", "",
             "%s = %s" % (nm(c, "upper"), s.q("py")), "", "", "def notify(title, text):",
             '    payload = {"msg_type": "post", "content": {"post": {"zh_cn": {"title": title,',
             '               "content": [[{"tag": "text", "text": text}]]}}}}',
             "    resp = requests.post(%s, data=json.dumps(payload)," % nm(c, "upper"),
             '                         headers={"Content-Type": "application/json"}, timeout=5)',
             "    resp.raise_for_status()", ""]
    return g.pick("ops/feishu_notify.py", "scripts/lark_bot.py"), "\n".join(lines)


@T(kinds=["feishu_hook"])
def t_feishu_hook_gha(g, c, s):
    lines = ["name: nightly", "on:", "  schedule:", "    - cron: \"0 18 * * *\"", "jobs:", "  test:",
             "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4", "      - run: make test",
             "      - name: notify lark", "        if: failure()", "        run: |",
             "          curl -X POST -H 'Content-Type: application/json' \\",
             "            -d '{\"msg_type\":\"text\",\"content\":{\"text\":\"nightly failed\"}}' \\",
             "            %s" % s.q("raw"), ""]
    return ".github/workflows/nightly.yml", "\n".join(lines)


@T(kinds=["feishu_secret"])
def t_feishu_node(g, c, s):
    lines = ["import * as lark from '@larksuiteoapi/node-sdk';", "",
             "export const client = new lark.Client({", "  appId: %s," % idq(c, "ts"),
             "  appSecret: %s," % s.q("ts"), "  appType: lark.AppType.SelfBuild,",
             "  domain: lark.Domain.%s," % g.pick("Feishu", "Lark"), "});", ""]
    return g.pick("src/lark/client.ts", "bot/feishu.ts"), "\n".join(lines)


@T(kinds=["feishu_secret"])
def t_feishu_go(g, c, s):
    lines = ["package bot", "", "import lark \"github.com/larksuite/oapi-sdk-go/v3\"", "",
             "var Client = lark.NewClient(%s, %s)" % (idq(c, "go"), s.q("go")), ""]
    return g.pick("internal/bot/client.go", "pkg/feishu/client.go"), "\n".join(lines)


@T(kinds=["line_secret", "line_token"])
def t_line_node(g, c, s):
    tok = s.q("js") if c["kind"] == "channel_access_token" else "process.env.LINE_CHANNEL_ACCESS_TOKEN"
    sec = s.q("js") if c["kind"] == "channel_secret" else "process.env.LINE_CHANNEL_SECRET"
    lines = ["const express = require('express');", "const line = require('@line/bot-sdk');", "",
             "const config = {", "  channelAccessToken: %s," % tok, "  channelSecret: %s," % sec, "};", "",
             "const app = express();", "app.post('/callback', line.middleware(config), (req, res) => {",
             "  Promise.all(req.body.events.map(handleEvent)).then((r) => res.json(r));", "});", "",
             "app.listen(%d);" % g.port(), ""]
    return g.pick("index.js", "src/bot.js", "functions/line-webhook.js"), "\n".join(lines)


@T(kinds=["line_secret", "line_token"])
def t_line_flask(g, c, s):
    tok = s.q("py") if c["kind"] == "channel_access_token" else 'os.environ["LINE_CHANNEL_ACCESS_TOKEN"]'
    sec = s.q("py") if c["kind"] == "channel_secret" else 'os.environ["LINE_CHANNEL_SECRET"]'
    lines = ["import os", "from flask import Flask, request, abort", "from linebot import LineBotApi, WebhookHandler",
             "from linebot.exceptions import InvalidSignatureError", "", "app = Flask(__name__)",
             "line_bot_api = LineBotApi(%s)" % tok, "handler = WebhookHandler(%s)" % sec, "", "",
             '@app.route("/callback", methods=["POST"])', "def callback():",
             '    signature = request.headers["X-Line-Signature"]', "    body = request.get_data(as_text=True)",
             "    try:", "        handler.handle(body, signature)", "    except InvalidSignatureError:",
             "        abort(400)", '    return "OK"', ""]
    return g.pick("app.py", "bot/main.py"), "\n".join(lines)


@T(kinds=["line_token"])
def t_line_curl(g, c, s):
    lines = ["#!/bin/bash", "# push a maintenance notice to all friends", "curl -v -X POST https://api.line.me/v2/bot/message/broadcast \\",
             "  -H 'Content-Type: application/json' \\", "  -H 'Authorization: Bearer %s' \\" % s.q("raw"),
             "  -d '{\"messages\":[{\"type\":\"text\",\"text\":\"メンテナンスのお知らせ\"}]}'", ""]
    return g.pick("scripts/broadcast.sh", "tools/line_push.sh"), "\n".join(lines)


@T(kinds=["kakao_rest", "kakao_admin"])
def t_kakao_py(g, c, s):
    if c["kind"] == "rest_api_key":
        url, params = "https://dapi.kakao.com/v2/local/search/address.json", '{"query": address}'
    else:
        url, params = "https://kapi.kakao.com/v1/user/ids", '{"limit": 100}'
    lines = ["import requests", "", "%s = %s" % (nm(c, "upper"), s.q("py")), "", "",
             "def call(address=None):", '    headers = {"Authorization": f"KakaoAK {%s}"}' % nm(c, "upper"),
             "    r = requests.get(%s, headers=headers, params=%s, timeout=3)" % (jstr(url), params),
             "    r.raise_for_status()", "    return r.json()", ""]
    return g.pick("geo/kakao_client.py", "services/kakao.py"), "\n".join(lines)


@T(kinds=["kakao_rest", "kakao_admin"])
def t_kakao_curl(g, c, s):
    url = "https://dapi.kakao.com/v2/local/search/keyword.json?query=%EC%B9%B4%ED%8E%98" if c["kind"] == "rest_api_key" \
        else "https://kapi.kakao.com/v1/user/unlink"
    lines = ["#!/usr/bin/env bash", "# 카카오 API 호출 테스트", "curl -s -G \"%s\" \\" % url,
             "  -H \"Authorization: KakaoAK %s\"" % s.q("raw"), ""]
    return g.pick("scripts/kakao_test.sh", "bin/kakao-smoke.sh"), "\n".join(lines)


@T(kinds=["naver_secret"])
def t_naver_py(g, c, s):
    lines = ["import urllib.request", "", "client_id = %s" % idq(c, "py"), "%s = %s" % (nm(c, "snake"), s.q("py")), "",
             'url = "https://openapi.naver.com/v1/search/blog?query=" + urllib.parse.quote("맛집")',
             "req = urllib.request.Request(url)", 'req.add_header("X-Naver-Client-Id", client_id)',
             'req.add_header("X-Naver-Client-Secret", %s)' % nm(c, "snake"),
             "print(urllib.request.urlopen(req).read().decode())", ""]
    return g.pick("crawler/naver_search.py", "scripts/blog_search.py"), "\n".join(lines)


@T(kinds=["naver_secret"])
def t_spring_oauth(g, c, s):
    reg = "naver" if c["provider"] == "naver" else "kakao"
    lines = ["spring:", "  security:", "    oauth2:", "      client:", "        registration:", "          %s:" % reg]
    if c["id"]:
        lines.append("            client-id: %s" % idq(c, "yaml"))
        lines.append("            client-secret: %s" % s.q("yaml"))
    else:
        lines.append("            client-id: %s" % s.q("yaml"))
    lines += ["            redirect-uri: \"{baseUrl}/login/oauth2/code/{registrationId}\"",
              "            authorization-grant-type: authorization_code", "        provider:", "          %s:" % reg,
              "            authorization-uri: https://%s" % ("nid.naver.com/oauth2.0/authorize" if reg == "naver" else "kauth.kakao.com/oauth/authorize"),
              "            user-name-attribute: %s" % ("response" if reg == "naver" else "id"), ""]
    return "src/main/resources/application-oauth.yml", "\n".join(lines)


@T(kinds=["ncp_secret"])
def t_ncp_java(g, c, s):
    lines = ["import javax.crypto.Mac;", "import javax.crypto.spec.SecretKeySpec;", "import java.util.Base64;", "",
             "public class NcpSigner {", "    private static final String ACCESS_KEY = %s;" % idq(c, "java"),
             "    private static final String %s = %s;" % (nm(c, "upper"), s.q("java")), "",
             "    public static String sign(String method, String uri, String timestamp) throws Exception {",
             '        String message = method + " " + uri + "\\n" + timestamp + "\\n" + ACCESS_KEY;',
             '        Mac mac = Mac.getInstance("HmacSHA256");',
             '        mac.init(new SecretKeySpec(%s.getBytes("UTF-8"), "HmacSHA256"));' % nm(c, "upper"),
             '        return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes("UTF-8")));',
             "    }", "}", ""]
    return "src/main/java/com/example/ncp/NcpSigner.java", "\n".join(lines)


@T(kinds=["wechat_secret"])
def t_wx_login_node(g, c, s):
    lines = ["const axios = require('axios');", "", "const APPID = %s;" % idq(c, "js"), "const %s = %s;" % (nm(c, "upper"), s.q("js")), "",
             "// 小程序登录: code 换 openid / session_key", "async function code2Session(code) {",
             "  const url = `https://api.weixin.qq.com/sns/jscode2session?appid=${APPID}&secret=${%s}&js_code=${code}&grant_type=authorization_code`;" % nm(c, "upper"),
             "  const { data } = await axios.get(url);", "  return data;", "}", "", "module.exports = { code2Session };", ""]
    return g.pick("cloudfunctions/login/index.js", "server/wx/login.js"), "\n".join(lines)


@T(kinds=["wechat_secret"])
def t_wx_url_inline(g, c, s):
    lines = ["import requests", "", "", "def get_access_token():", "    # 获取公众号 access_token (有效期 7200 秒)",
             '    url = ("https://api.weixin.qq.com/cgi-bin/token?grant_type=client_credential"',
             '           "&appid=%s&secret=%s")' % (idq(c, "raw"), s.q("raw")),
             "    return requests.get(url, timeout=5).json().get(\"access_token\")", ""]
    return g.pick("wechat/token.py", "mp/utils/token.py"), "\n".join(lines)


@T(kinds=["wechat_secret"])
def t_wxjava_yml(g, c, s):
    lines = ["wx:", "  mp:", "    use-redis: true", "    redis-config:", "      host: 127.0.0.1", "      port: 6379",
             "    configs:", "      - appId: %s   # 公众号appid" % idq(c, "yaml"), "        secret: %s" % s.q("yaml"),
             "        token: %s" % g.pick("weixin", "wxtoken"), "        aesKey: ${WX_MP_AES_KEY}", ""]
    return "src/main/resources/application-wx.yml", "\n".join(lines)


@T(kinds=["wxpay_v3"])
def t_wxpay_go(g, c, s):
    lines = ["package pay", "", "import (", '\t"context"', "", '\t"github.com/wechatpay-apiv3/wechatpay-go/core"',
             '\t"github.com/wechatpay-apiv3/wechatpay-go/core/option"', '\t"github.com/wechatpay-apiv3/wechatpay-go/utils"', ")", "",
             "const (", "\tmchID = %s" % idq(c, "go"), '\tmchCertificateSerialNumber = "%s"' % rs(g.r, HEXU, 40),
             "\t%s = %s" % (nm(c, "camel"), s.q("go")), ")", "",
             "func NewClient(ctx context.Context) (*core.Client, error) {",
             '\tkey, err := utils.LoadPrivateKeyWithPath("/etc/wxpay/apiclient_key.pem")', "\tif err != nil {",
             "\t\treturn nil, err", "\t}",
             "\treturn core.NewClient(ctx, option.WithWechatPayAutoAuthCipher(mchID, mchCertificateSerialNumber, key, %s))" % nm(c, "camel"),
             "}", ""]
    return g.pick("internal/pay/wechat.go", "pay/client.go"), "\n".join(lines)


@T(kinds=["wxpay_v3", "wxpay_v2"])
def t_easywechat(g, c, s):
    lines = ["<?php", "", "return [", "    'mch_id' => %s," % idq(c, "php"),
             "    'app_id' => '%s'," % wx_appid(g.r)]
    if c["kind"] == "api_v3_key":
        lines += ["    // v3 API 秘钥", "    'secret_key' => %s," % s.q("php")]
    else:
        lines += ["    // v2 API 秘钥", "    'v2_secret_key' => %s," % s.q("php")]
    lines += ["    'private_key' => __DIR__ . '/certs/apiclient_key.pem',", "    'certificate' => __DIR__ . '/certs/apiclient_cert.pem',",
              "    'notify_url' => 'https://%s/pay/notify'," % g.host(), "    'http' => ['timeout' => 5.0],", "];", ""]
    return g.pick("config/wechat_pay.php", "config/easywechat.php"), "\n".join(lines)


@T(kinds=["wxpay_v2"])
def t_wxpay_v2_sign(g, c, s):
    lines = ["import hashlib", "", "MCH_ID = %s" % idq(c, "py"), "%s = %s" % (nm(c, "upper"), s.q("py")), "", "",
             "def sign(params: dict) -> str:", "    # 微信支付 V2 签名: MD5(stringA&key=KEY).upper()",
             '    s = "&".join(f"{k}={params[k]}" for k in sorted(params) if params[k])',
             '    s += "&key=" + %s' % nm(c, "upper"), "    return hashlib.md5(s.encode()).hexdigest().upper()", ""]
    return g.pick("pay/wxpay_v2.py", "legacy/wxpay_sign.py"), "\n".join(lines)


@T(kinds=["wxpay_pem"], noneg=True)
def t_pem_file(g, c, s):
    return g.pick("cert/apiclient_key.pem", "certs/wechatpay/apiclient_key.pem", "src/main/resources/cert/apiclient_key.pem"), s.q("raw") + "\n"


@T(kinds=["alipay_pem"], noneg=True)
def t_alipay_pem_file(g, c, s):
    return g.pick("keys/app_private_key.pem", "config/alipay/rsa_private_key.pem", "certs/alipay_app_private.pem"), s.q("raw") + "\n"


@T(kinds=["alipay_pk"])
def t_alipay_java(g, c, s):
    lines = ["package %s.pay;" % g.pkg(), "", "import com.alipay.api.AlipayClient;", "import com.alipay.api.DefaultAlipayClient;", "",
             "public class AlipayFactory {", "    public static AlipayClient create() {",
             "        return new DefaultAlipayClient(", '                "https://openapi.alipay.com/gateway.do",',
             "                %s," % idq(c, "java"), "                %s," % s.q("java"), '                "json", "UTF-8",',
             "                %s," % jstr(c["pub"][1]), '                "RSA2");', "    }", "}", ""]
    return "src/main/java/com/example/pay/AlipayFactory.java", "\n".join(lines)


@T(kinds=["alipay_pk", "alipay_pem"])
def t_alipay_py(g, c, s):
    lines = ["from alipay import AliPay", "", "APP_ID = %s" % idq(c, "py"), "",
             "%s = %s" % (nm(c, "upper"), s.q("py")), "",
             'ALIPAY_PUBLIC_KEY = """-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----"""' % "\n".join(
                 c["pub"][1][i:i + 64] for i in range(0, len(c["pub"][1]), 64)), "",
             "alipay = AliPay(", "    appid=APP_ID,", "    app_notify_url=None,",
             "    app_private_key_string=%s," % nm(c, "upper"), "    alipay_public_key_string=ALIPAY_PUBLIC_KEY,",
             '    sign_type="RSA2",', "    debug=%s," % g.pick("False", "True"), ")", ""]
    return g.pick("payments/alipay_client.py", "shop/pay/alipay.py"), "\n".join(lines)


@T(kinds=["alipay_pk"])
def t_alipay_php(g, c, s):
    lines = ["<?php", "$config = array (", "    // 应用ID,您的APPID。", "    'app_id' => %s," % idq(c, "php"),
             "    // 商户私钥,您的原始格式RSA私钥", "    'merchant_private_key' => %s," % s.q("php"),
             "    // 异步通知地址", "    'notify_url' => 'https://%s/alipay/notify.php'," % g.host(),
             "    'charset' => 'UTF-8',", "    'sign_type' => 'RSA2',",
             "    'gatewayUrl' => 'https://openapi.alipay.com/gateway.do',",
             "    // 支付宝公钥", "    'alipay_public_key' => '%s'," % c["pub"][1], ");", ""]
    return g.pick("alipay/config.php", "extend/alipay/config.php"), "\n".join(lines)


@T(kinds=["aliyun"])
def t_aliyun_py(g, c, s):
    lines = ["from aliyunsdkcore.client import AcsClient", "from aliyunsdkecs.request.v20140526 import DescribeInstancesRequest", "",
             "client = AcsClient(%s, %s, %s)" % (idq(c, "py"), s.q("py"), jstr(g.pick("cn-hangzhou", "cn-shanghai", "ap-southeast-1"))), "",
             "req = DescribeInstancesRequest.DescribeInstancesRequest()", "req.set_PageSize(50)",
             "print(client.do_action_with_exception(req))", ""]
    return g.pick("ops/list_ecs.py", "scripts/aliyun_inventory.py"), "\n".join(lines)


@T(kinds=["aliyun"])
def t_aliyun_oss_java(g, c, s):
    lines = ["import com.aliyun.oss.OSS;", "import com.aliyun.oss.OSSClientBuilder;", "", "public class OssConfig {",
             '    private static final String ENDPOINT = "https://oss-cn-hangzhou.aliyuncs.com";',
             "    private static final String ACCESS_KEY_ID = %s;" % idq(c, "java"),
             "    private static final String %s = %s;" % (nm(c, "upper"), s.q("java")),
             '    private static final String BUCKET = "%s-assets";' % g.proj(), "",
             "    public static OSS client() {",
             "        return new OSSClientBuilder().build(ENDPOINT, ACCESS_KEY_ID, %s);" % nm(c, "upper"), "    }", "}", ""]
    return "src/main/java/com/example/oss/OssConfig.java", "\n".join(lines)


@T(kinds=["aliyun"])
def t_aliyun_cli(g, c, s):
    lines = ["{", '\t"current": "default",', '\t"profiles": [', "\t\t{", '\t\t\t"name": "default",',
             '\t\t\t"mode": "AK",', '\t\t\t"access_key_id": %s,' % idq(c, "json"),
             '\t\t\t"access_key_secret": %s,' % s.q("json"), '\t\t\t"region_id": "cn-hangzhou",',
             '\t\t\t"output_format": "json",', '\t\t\t"language": "zh"', "\t\t}", "\t],", '\t"meta_path": ""', "}", ""]
    return g.pick(".aliyun/config.json", "ci/aliyun-config.json"), "\n".join(lines)


@T(kinds=["tencent"])
def t_tencent_py(g, c, s):
    lines = ["from tencentcloud.common import credential", "from tencentcloud.cvm.v20170312 import cvm_client, models", "",
             "cred = credential.Credential(%s, %s)" % (idq(c, "py"), s.q("py")),
             'client = cvm_client.CvmClient(cred, "%s")' % g.pick("ap-guangzhou", "ap-shanghai", "ap-singapore"),
             "req = models.DescribeInstancesRequest()", "print(client.DescribeInstances(req).to_json_string())", ""]
    return g.pick("scripts/cvm_list.py", "ops/tencent/cvm.py"), "\n".join(lines)


@T(kinds=["tencent"])
def t_tencent_cos_js(g, c, s):
    lines = ["const COS = require('cos-nodejs-sdk-v5');", "", "const cos = new COS({", "  SecretId: %s," % idq(c, "js"),
             "  SecretKey: %s," % s.q("js"), "});", "",
             "module.exports.upload = (key, body) => cos.putObject({",
             "  Bucket: '%s-%s'," % (g.proj(), digits(g.r, 10, "125")), "  Region: 'ap-guangzhou',", "  Key: key,", "  Body: body,", "});", ""]
    return g.pick("server/cos.js", "lib/storage/cos.js"), "\n".join(lines)


@T(kinds=["tencent", "aliyun", "huawei", "yc_oauth"])
def t_tf_provider(g, c, s):
    prov = {"tencent_cloud": "tencentcloud", "alibaba_cloud": "alicloud", "huawei_cloud": "huaweicloud", "yandex": "yandex"}[c["provider"]]
    lines = ["terraform {", "  required_providers {", "    %s = {" % prov,
             '      source = "%s"' % {"tencentcloud": "tencentcloudstack/tencentcloud", "alicloud": "aliyun/alicloud",
                                      "huaweicloud": "huaweicloud/huaweicloud", "yandex": "yandex-cloud/yandex"}[prov],
             "    }", "  }", "}", "", 'provider "%s" {' % prov]
    if prov == "tencentcloud":
        lines += ["  secret_id  = %s" % idq(c, "tf"), "  secret_key = %s" % s.q("tf"), '  region     = "ap-guangzhou"']
    elif prov == "alicloud":
        lines += ["  access_key = %s" % idq(c, "tf"), "  secret_key = %s" % s.q("tf"), '  region     = "cn-hangzhou"']
    elif prov == "huaweicloud":
        lines += ['  region     = "ap-southeast-1"', "  access_key = %s" % idq(c, "tf"), "  secret_key = %s" % s.q("tf")]
    else:
        lines += ["  token     = %s" % s.q("tf"), "  cloud_id  = %s" % idq(c, "tf"), '  zone      = "ru-central1-a"']
    lines += ["}", ""]
    return g.pick("terraform/provider.tf", "infra/main.tf", "tf/providers.tf"), "\n".join(lines)


@T(kinds=["baidu"])
def t_baidu_aip(g, c, s):
    lines = ["from aip import AipOcr", "", "APP_ID = '%s'" % digits(g.r, 8, "2"), "API_KEY = %s" % idq(c, "py"),
             "%s = %s" % (nm(c, "upper"), s.q("py")), "", "client = AipOcr(APP_ID, API_KEY, %s)" % nm(c, "upper"), "",
             "", "def ocr(path):", "    with open(path, 'rb') as fp:", "        return client.basicGeneral(fp.read())", ""]
    return g.pick("ocr/baidu_ocr.py", "tools/ocr.py"), "\n".join(lines)


@T(kinds=["baidu"])
def t_baidu_token_url(g, c, s):
    lines = ["#!/bin/bash", "# 获取百度AI access_token", "curl -s -X POST \\",
             "  'https://aip.baidubce.com/oauth/2.0/token?grant_type=client_credentials&client_id=%s&client_secret=%s'" % (idq(c, "raw"), s.q("raw")), ""]
    return g.pick("scripts/baidu_token.sh", "bin/get_token.sh"), "\n".join(lines)


@T(kinds=["huawei"])
def t_huawei_py(g, c, s):
    lines = ["from huaweicloudsdkcore.auth.credentials import BasicCredentials",
             "from huaweicloudsdkecs.v2 import EcsClient, ListServersDetailsRequest",
             "from huaweicloudsdkecs.v2.region.ecs_region import EcsRegion", "",
             "ak = %s" % idq(c, "py"), "%s = %s" % (nm(c, "snake"), s.q("py")),
             'project_id = "%s"' % rs(g.r, HEXL, 32), "",
             "credentials = BasicCredentials(ak, %s, project_id)" % nm(c, "snake"),
             'client = EcsClient.new_builder().with_credentials(credentials).with_region(EcsRegion.value_of("ap-southeast-1")).build()',
             "print(client.list_servers_details(ListServersDetailsRequest()))", ""]
    return g.pick("scripts/hw_ecs.py", "ops/huawei/list_servers.py"), "\n".join(lines)


@T(kinds=["huawei"])
def t_obsutil(g, c, s):
    lines = ["[Default]", "endpoint=https://obs.ap-southeast-1.myhuaweicloud.com", "ak=%s" % idq(c, "ini"),
             "sk=%s" % s.q("ini"), "token=", "connectTimeout=30", "socketTimeout=60", "maxRetryCount=3", ""]
    return g.pick(".obsutilconfig", "deploy/obsutil.conf"), "\n".join(lines)


@T(kinds=["yc_api"])
def t_yc_apikey_py(g, c, s):
    lines = ["import requests", "", "FOLDER_ID = %s" % idq(c, "py"), "%s = %s" % (nm(c, "upper"), s.q("py")), "", "",
             "def complete(prompt):", "    headers = {\"Authorization\": f\"Api-Key {%s}\"}" % nm(c, "upper"),
             '    body = {"modelUri": f"gpt://{FOLDER_ID}/yandexgpt-lite", "messages": [{"role": "user", "text": prompt}]}',
             '    r = requests.post("https://llm.api.cloud.yandex.net/foundationModels/v1/completion", json=body, headers=headers)',
             "    return r.json()", ""]
    return g.pick("bot/yagpt.py", "services/llm.py"), "\n".join(lines)


@T(kinds=["yc_api", "yc_oauth"])
def t_yc_curl(g, c, s):
    if c["kind"] == "api_key":
        auth = "Api-Key %s" % s.q("raw")
        url = "https://stt.api.cloud.yandex.net/speech/v1/stt:recognize?folderId=%s&lang=ru-RU" % idq(c, "raw")
    else:
        auth = "OAuth %s" % s.q("raw")
        url = "https://cloud-api.yandex.net/v1/disk/resources?path=%2Fbackups"
    lines = ["#!/usr/bin/env bash", "set -e", "curl -sS -H \"Authorization: %s\" \\" % auth, "  \"%s\" | jq ." % url, ""]
    return g.pick("scripts/yc_check.sh", "bin/ya-smoke.sh"), "\n".join(lines)


@T(kinds=["yc_oauth"])
def t_yc_cli_cfg(g, c, s):
    lines = ["current: default", "profiles:", "  default:", "    token: %s" % s.q("yaml"), "    cloud-id: %s" % idq(c, "yaml"),
             "    folder-id: b1g%s" % rs(g.r, LALNUM, 17), "    compute-default-zone: ru-central1-a", ""]
    return g.pick(".config/yandex-cloud/config.yaml", "ci/yc-config.yaml"), "\n".join(lines)


@T(kinds=["yc_static"])
def t_yc_boto(g, c, s):
    lines = ["import boto3", "", "session = boto3.session.Session()", "s3 = session.client(", "    service_name='s3',",
             "    endpoint_url='https://storage.yandexcloud.net',", "    region_name='ru-central1',",
             "    aws_access_key_id=%s," % idq(c, "py"), "    aws_secret_access_key=%s," % s.q("py"), ")", "",
             "s3.upload_file('dump.sql.gz', '%s-backups', 'daily/dump.sql.gz')" % g.proj(), ""]
    return g.pick("backup/upload.py", "scripts/s3_backup.py"), "\n".join(lines)


@T(kinds=["vk"])
def t_vk_py(g, c, s):
    lines = ["import vk_api", "from vk_api.bot_longpoll import VkBotLongPoll, VkBotEventType", "",
             "GROUP_ID = %s" % c["id"][1], "%s = %s" % (nm(c, "upper"), s.q("py")), "",
             "session = vk_api.VkApi(token=%s)" % nm(c, "upper"), "longpoll = VkBotLongPoll(session, GROUP_ID)", "",
             "for event in longpoll.listen():", "    if event.type == VkBotEventType.MESSAGE_NEW:",
             "        print('Новое сообщение:', event.obj.message['text'])", ""]
    return g.pick("bot.py", "vkbot/main.py"), "\n".join(lines)


@T(kinds=["vk"])
def t_vk_php(g, c, s):
    lines = ["<?php", "$params = [", "    'peer_id' => 2000000001,", "    'message' => 'Сборка завершена',",
             "    'random_id' => random_int(1, PHP_INT_MAX),", "    'access_token' => %s," % s.q("php"), "    'v' => '5.199',", "];",
             "file_get_contents('https://api.vk.com/method/messages.send?' . http_build_query($params));", ""]
    return g.pick("notify/vk.php", "cron/vk_notify.php"), "\n".join(lines)


@T(kinds=["razorpay"])
def t_rzp_node(g, c, s):
    lines = ["const Razorpay = require('razorpay');", "", "const instance = new Razorpay({", "  key_id: %s," % idq(c, "js"),
             "  key_secret: %s," % s.q("js"), "});", "", "async function createOrder(amount) {",
             "  return instance.orders.create({ amount, currency: 'INR', receipt: `rcpt_${Date.now()}` });", "}", "",
             "module.exports = { createOrder };", ""]
    return g.pick("server/payments/razorpay.js", "api/razorpay.js"), "\n".join(lines)


@T(kinds=["razorpay"])
def t_rzp_py(g, c, s):
    lines = ["import razorpay", "", "client = razorpay.Client(auth=(%s, %s))" % (idq(c, "py"), s.q("py")),
             'client.set_app_details({"title": "%s", "version": "%s"})' % (g.proj(), g.ver()), "", "",
             "def verify(payload):", "    client.utility.verify_payment_signature(payload)", ""]
    return g.pick("payments/razorpay_client.py", "shop/rzp.py"), "\n".join(lines)


@T(kinds=["razorpay", "xendit", "paymongo", "midtrans"])
def t_basic_curl(g, c, s):
    if c["provider"] == "razorpay":
        u, url = "%s:%s" % (idq(c, "raw"), s.q("raw")), "https://api.razorpay.com/v1/payments?count=10"
    elif c["provider"] == "xendit":
        u, url = "%s:" % s.q("raw"), "https://api.xendit.co/balance"
    elif c["provider"] == "paymongo":
        u, url = "%s:" % s.q("raw"), "https://api.paymongo.com/v1/payment_intents"
    else:
        u, url = "%s:" % s.q("raw"), "https://api.sandbox.midtrans.com/v2/order-101/status"
    lines = ["#!/bin/sh", "# quick check that the gateway credentials work", "curl -sS %s \\" % url, "  -u %s" % u, ""]
    return g.pick("scripts/check_gateway.sh", "tools/pg-smoke.sh"), "\n".join(lines)


@T(kinds=["paytm"])
def t_paytm_java(g, c, s):
    lines = ["import com.paytm.pg.merchant.PaytmChecksum;", "import java.util.TreeMap;", "", "public class PaytmTxn {",
             "    static final String MID = %s;" % idq(c, "java"), "", "    public static String checksum(TreeMap<String, String> params) throws Exception {",
             '        params.put("MID", MID);', "        return PaytmChecksum.generateSignature(params, %s);" % s.q("java"), "    }", "}", ""]
    return "src/main/java/com/example/paytm/PaytmTxn.java", "\n".join(lines)


@T(kinds=["paytm"])
def t_paytm_node(g, c, s):
    lines = ["const PaytmChecksum = require('paytmchecksum');", "", "const mid = %s;" % idq(c, "js"),
             "const %s = %s;" % (nm(c, "camel"), s.q("js")), "",
             "async function initiate(body) {", "  const signature = await PaytmChecksum.generateSignature(JSON.stringify(body), %s);" % nm(c, "camel"),
             "  return { head: { signature }, body: { ...body, mid } };", "}", "", "module.exports = { initiate };", ""]
    return g.pick("server/paytm.js", "src/payments/paytm.js"), "\n".join(lines)


@T(kinds=["phonepe"])
def t_phonepe_node(g, c, s):
    lines = ["const crypto = require('crypto');", "", "const MERCHANT_ID = %s;" % idq(c, "js"),
             "const %s = %s;" % (nm(c, "upper"), s.q("js")), "const SALT_INDEX = %s;" % c["extra"]["idx"], "",
             "function xVerify(payloadB64, endpoint = '/pg/v1/pay') {",
             "  const sha = crypto.createHash('sha256').update(payloadB64 + endpoint + %s).digest('hex');" % nm(c, "upper"),
             "  return `${sha}###${SALT_INDEX}`;", "}", "", "module.exports = { MERCHANT_ID, xVerify };", ""]
    return g.pick("server/phonepe.js", "lib/phonepe/checksum.js"), "\n".join(lines)


@T(kinds=["phonepe"])
def t_phonepe_py(g, c, s):
    lines = ["import base64", "import hashlib", "import json", "", "MERCHANT_ID = %s" % idq(c, "py"),
             "%s = %s" % (nm(c, "snake"), s.q("py")), "SALT_INDEX = %s" % c["extra"]["idx"], "", "",
             "def pay_headers(payload: dict):", "    b64 = base64.b64encode(json.dumps(payload).encode()).decode()",
             '    digest = hashlib.sha256((b64 + "/pg/v1/pay" + %s).encode()).hexdigest()' % nm(c, "snake"),
             '    return b64, {"X-VERIFY": f"{digest}###{SALT_INDEX}", "Content-Type": "application/json"}', ""]
    return g.pick("payments/phonepe.py", "checkout/phonepe_client.py"), "\n".join(lines)


@T(kinds=["xendit"])
def t_xendit_node(g, c, s):
    lines = ["import Xendit from 'xendit-node';", "", "const x = new Xendit({", "  secretKey: %s," % s.q("ts"), "});", "",
             "export const { Invoice } = x;", ""]
    return g.pick("src/lib/xendit.ts", "server/xendit.ts"), "\n".join(lines)


@T(kinds=["midtrans"])
def t_midtrans_php(g, c, s):
    lines = ["<?php", "require_once dirname(__FILE__) . '/vendor/autoload.php';", "",
             "\\Midtrans\\Config::$serverKey = %s;" % s.q("php"), "\\Midtrans\\Config::$isProduction = %s;" % ("false" if c["value"].startswith("SB-") else "true"),
             "\\Midtrans\\Config::$isSanitized = true;", "\\Midtrans\\Config::$is3ds = true;", "",
             "$params = ['transaction_details' => ['order_id' => 'ORD-' . time(), 'gross_amount' => 150000]];",
             "$snapToken = \\Midtrans\\Snap::getSnapToken($params);", ""]
    return g.pick("checkout/midtrans.php", "app/Payment/snap.php"), "\n".join(lines)


@T(kinds=["midtrans"])
def t_midtrans_node(g, c, s):
    lines = ["const midtransClient = require('midtrans-client');", "", "const snap = new midtransClient.Snap({",
             "  isProduction: %s," % ("false" if c["value"].startswith("SB-") else "true"), "  serverKey: %s," % s.q("js"),
             "  clientKey: '%s'," % c["pub"][1], "});", "", "module.exports = snap;", ""]
    return g.pick("services/midtrans.js", "src/payment/snap.js"), "\n".join(lines)


@T(kinds=["iyzico"])
def t_iyzico_php(g, c, s):
    base = "https://sandbox-api.iyzipay.com" if c["extra"]["sandbox"] else "https://api.iyzipay.com"
    lines = ["<?php", "", "class Config", "{", "    public static function options()", "    {",
             "        $options = new \\Iyzipay\\Options();", "        $options->setApiKey(%s);" % idq(c, "php"),
             "        $options->setSecretKey(%s);" % s.q("php"), "        $options->setBaseUrl('%s');" % base,
             "        return $options;", "    }", "}", ""]
    return g.pick("config/iyzico.php", "odeme/Config.php"), "\n".join(lines)


@T(kinds=["iyzico"])
def t_iyzico_java(g, c, s):
    base = "https://sandbox-api.iyzipay.com" if c["extra"]["sandbox"] else "https://api.iyzipay.com"
    lines = ["import com.iyzipay.Options;", "", "public final class IyzicoOptions {", "    public static Options build() {",
             "        Options options = new Options();", "        options.setApiKey(%s);" % idq(c, "java"),
             "        options.setSecretKey(%s);" % s.q("java"), '        options.setBaseUrl("%s");' % base,
             "        return options;", "    }", "}", ""]
    return "src/main/java/com/example/odeme/IyzicoOptions.java", "\n".join(lines)


@T(kinds=["paymongo"])
def t_paymongo_py(g, c, s):
    lines = ["import requests", "", "%s = %s" % (nm(c, "upper"), s.q("py")), "", "",
             "def create_intent(amount):", '    r = requests.post("https://api.paymongo.com/v1/payment_intents",',
             "                      auth=(%s, \"\")," % nm(c, "upper"),
             '                      json={"data": {"attributes": {"amount": amount, "currency": "PHP",',
             '                            "payment_method_allowed": ["card", "gcash"]}}})', "    return r.json()", ""]
    return g.pick("billing/paymongo.py", "payments/paymongo_client.py"), "\n".join(lines)


@T(kinds=["wechat_secret", "feishu_secret", "ding_app"])
def t_miniprogram_cloud_cfg(g, c, s):
    lines = ["// 云函数配置 / cloud function config", "module.exports = {",
             "  env: 'prod-%s'," % rs(g.r, LALNUM, 6), "  %s: %s," % (nmid(c, "camel"), idq(c, "js")),
             "  %s: %s," % (nm(c, "camel"), s.q("js")), "  tokenCacheSeconds: 7000,", "};", ""]
    return g.pick("cloudfunctions/common/config.js", "miniprogram/server/config.js"), "\n".join(lines)


# --------------------------------------------------------------------------
# Look-alike negative templates: fn(g) -> (relpath, text, provider, kind)
# --------------------------------------------------------------------------

NEG_T = []


def N(fn):
    NEG_T.append({"name": fn.__name__, "fn": fn})
    return fn


def openid(r):
    return "o" + rs(r, URLSAFE, 27)


def unionid(r):
    return "o" + rs(r, URLSAFE, 28)


def wx_txn(r):
    return "42000" + digits(r, 5) + "2024" + digits(r, 14)


def ali_trade(r):
    return "2024" + digits(r, 24, "0")


def sig_b64(r, n=256):
    return b64(_rb(r, n, top=False))


@N
def n_project_config(g):
    r = g.r
    txt = json.dumps({
        "description": "项目配置文件", "packOptions": {"ignore": [], "include": []},
        "setting": {"urlCheck": True, "es6": True, "enhance": True, "postcss": True, "minified": True,
                    "bundle": False, "compileHotReLoad": False},
        "compileType": "miniprogram", "libVersion": "3.%d.%d" % (r.randint(0, 5), r.randint(0, 9)),
        "appid": wx_appid(r), "projectname": g.proj(), "condition": {},
        "editorSetting": {"tabIndent": "insertSpaces", "tabSize": 2}}, ensure_ascii=False, indent=2)
    return g.pick("project.config.json", "miniprogram/project.config.json"), txt + "\n", "wechat", "public_app_id"


@N
def n_app_json(g):
    r = g.r
    d = {"pages": ["pages/index/index", "pages/order/list", "pages/me/me"],
         "window": {"navigationBarTitleText": g.pick("商城", "点餐", "预约"), "navigationBarBackgroundColor": "#ffffff"},
         "tabBar": {"list": [{"pagePath": "pages/index/index", "text": "首页"}, {"pagePath": "pages/me/me", "text": "我的"}]},
         "plugins": {"WechatSI": {"version": "0.3.5", "provider": wx_appid(r)}},
         "navigateToMiniProgramAppIdList": [wx_appid(r)], "sitemapLocation": "sitemap.json"}
    return "app.json", json.dumps(d, ensure_ascii=False, indent=2) + "\n", "wechat", "public_app_id"


@N
def n_wxpay_notify_log(g):
    r = g.r
    lines = []
    for _ in range(r.randint(2, 4)):
        t = g.ts()
        lines += ["%s INFO  WxPayNotifyController - headers: Wechatpay-Timestamp=%d, Wechatpay-Nonce=%s, Wechatpay-Serial=%s" %
                  (t, r.randint(1700000000, 1730000000), rs(r, UALNUM, 32), rs(r, HEXU, 40)),
                  "%s INFO  WxPayNotifyController - Wechatpay-Signature=%s" % (t, sig_b64(r)),
                  "%s INFO  WxPayNotifyController - decrypted: {\"mchid\":\"%s\",\"appid\":\"%s\",\"out_trade_no\":\"%s\",\"transaction_id\":\"%s\",\"trade_state\":\"SUCCESS\",\"payer\":{\"openid\":\"%s\"},\"amount\":{\"total\":%d}}" %
                  (t, digits(r, 10, "16"), wx_appid(r), "T" + digits(r, 19), wx_txn(r), openid(r), r.randint(100, 99999))]
    return g.pick("logs/wxpay-notify.log", "var/log/pay/notify-%s.log" % g.date()), "\n".join(lines) + "\n", "wechat_pay", "callback_signature_log"


@N
def n_wxpay_v2_xml(g):
    r = g.r
    lines = ["<xml>", "  <appid><![CDATA[%s]]></appid>" % wx_appid(r), "  <mch_id><![CDATA[%s]]></mch_id>" % digits(r, 10, "15"),
             "  <nonce_str><![CDATA[%s]]></nonce_str>" % rs(r, ALNUM, 32), "  <sign><![CDATA[%s]]></sign>" % rs(r, HEXU, 32),
             "  <result_code><![CDATA[SUCCESS]]></result_code>", "  <openid><![CDATA[%s]]></openid>" % openid(r),
             "  <trade_type><![CDATA[JSAPI]]></trade_type>", "  <total_fee>%d</total_fee>" % r.randint(1, 50000),
             "  <transaction_id><![CDATA[%s]]></transaction_id>" % wx_txn(r),
             "  <out_trade_no><![CDATA[%s]]></out_trade_no>" % digits(r, 20), "  <time_end><![CDATA[%s]]></time_end>" % digits(r, 14, "2024"), "</xml>", ""]
    return g.pick("tests/fixtures/wxpay_notify.xml", "docs/samples/notify.xml"), "\n".join(lines), "wechat_pay", "notify_sample"


@N
def n_alipay_notify_log(g):
    r = g.r
    lines = []
    for _ in range(r.randint(2, 3)):
        lines.append("%s [http-nio-8080-exec-%d] INFO AlipayNotify - params={gmt_create=%s, charset=UTF-8, seller_email=pay@example.com, "
                     "notify_time=%s, sign=%s, buyer_id=2088%s, app_id=2021%s, trade_no=%s, out_trade_no=%s, notify_id=%s, "
                     "sign_type=RSA2, trade_status=TRADE_SUCCESS, total_amount=%d.00}" %
                     (g.ts(), r.randint(1, 20), g.ts(), g.ts(), sig_b64(r), digits(r, 12, "0"), digits(r, 12, "00"), ali_trade(r),
                      digits(r, 18), rs(r, HEXL, 32) + digits(r, 2), r.randint(1, 999)))
    return g.pick("logs/alipay-notify.log", "logs/pay/alipay.log"), "\n".join(lines) + "\n", "alipay", "callback_signature_log"


@N
def n_alipay_pubkey(g):
    r = g.r
    if r.random() < 0.5:
        return g.pick("certs/alipay_public_key.pem", "config/alipay/alipayPublicKey_RSA2.pem"), pem("PUBLIC KEY", rsa_spki(r)) + "\n", "alipay", "public_key"
    lines = ["# Alipay public key (支付宝公钥, 用于验签, 可公开)", "alipay:", "  app-id: \"2021%s\"" % digits(r, 12, "00"),
             "  alipay-public-key: %s" % b64(rsa_spki(r)), "  sign-type: RSA2", "  gateway: https://openapi.alipay.com/gateway.do",
             "  app-private-key: ${ALIPAY_APP_PRIVATE_KEY}", ""]
    return "src/main/resources/alipay.yml", "\n".join(lines), "alipay", "public_key"


@N
def n_platform_cert(g):
    r = g.r
    return g.pick("certs/wechatpay_%s.pem" % rs(r, HEXU, 40), "certs/platform_cert.pem"), pem("CERTIFICATE", fake_cert(r)) + "\n", "wechat_pay", "certificate"


@N
def n_orders_csv(g):
    r = g.r
    rows = ["out_trade_no,transaction_id,openid,amount_fen,status,paid_at"]
    for _ in range(r.randint(5, 12)):
        rows.append("%s,%s,%s,%d,%s,%s" % (digits(r, 20), wx_txn(r), openid(r), r.randint(100, 99999),
                                             r.choice(["SUCCESS", "REFUND", "CLOSED"]), g.ts()))
    return g.pick("exports/orders_%s.csv" % g.date(), "data/wx_orders.csv"), "\n".join(rows) + "\n", "wechat_pay", "order_numbers"


@N
def n_line_event(g):
    r = g.r
    d = {"destination": "U" + rs(r, HEXL, 32), "events": [{
        "type": "message", "mode": "active", "timestamp": r.randint(1700000000000, 1730000000000),
        "source": {"type": "group", "groupId": "C" + rs(r, HEXL, 32), "userId": "U" + rs(r, HEXL, 32)},
        "webhookEventId": "01" + rs(r, UALNUM, 24), "deliveryContext": {"isRedelivery": False},
        "message": {"id": digits(r, 18), "type": "text", "quoteToken": rs(r, URLSAFE, 80), "text": "こんにちは"}}]}
    return g.pick("tests/fixtures/line_webhook.json", "samples/line-event.json"), json.dumps(d, ensure_ascii=False, indent=2) + "\n", "line", "event_ids"


@N
def n_line_sig_log(g):
    r = g.r
    lines = ["%s INFO webhook: x-line-signature=%s body_len=%d dest=U%s" % (g.ts(), b64(_rb(r, 32, False)), r.randint(200, 900), rs(r, HEXL, 32))
             for _ in range(r.randint(3, 6))]
    return "logs/line-webhook.log", "\n".join(lines) + "\n", "line", "callback_signature_log"


@N
def n_feishu_event(g):
    r = g.r
    d = {"schema": "2.0", "header": {"event_id": rs(r, HEXL, 32), "event_type": "im.message.receive_v1",
                                     "create_time": str(r.randint(1700000000000, 1730000000000)), "tenant_key": rs(r, HEXL, 16),
                                     "app_id": cli_id(r)},
         "event": {"sender": {"sender_id": {"union_id": "on_" + rs(r, HEXL, 32), "user_id": rs(r, HEXL, 8),
                                            "open_id": "ou_" + rs(r, HEXL, 32)}, "sender_type": "user"},
                   "message": {"message_id": "om_" + rs(r, HEXL, 32), "chat_id": "oc_" + rs(r, HEXL, 32),
                               "chat_type": "group", "message_type": "text", "content": "{\"text\":\"@_user_1 部署\"}"}}}
    return g.pick("tests/fixtures/feishu_event.json", "docs/examples/lark-event.json"), json.dumps(d, ensure_ascii=False, indent=2) + "\n", "feishu", "event_ids"


@N
def n_ding_sign_log(g):
    r = g.r
    lines = ["%s DEBUG DingNotifier - POST https://oapi.dingtalk.com/robot/send?access_token=****&timestamp=%d&sign=%s -> errcode=0" %
             (g.ts(), r.randint(1700000000000, 1730000000000), b64(_rb(r, 32, False)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D"))
             for _ in range(r.randint(3, 6))]
    return "logs/notify.log", "\n".join(lines) + "\n", "dingtalk", "signature_log"


@N
def n_rzp_webhook(g):
    r = g.r
    d = {"entity": "event", "account_id": "acc_" + rs(r, ALNUM, 14), "event": "payment.captured",
         "payload": {"payment": {"entity": {"id": "pay_" + rs(r, ALNUM, 14), "order_id": "order_" + rs(r, ALNUM, 14),
                                            "amount": r.randint(100, 500000), "currency": "INR", "status": "captured",
                                            "method": "upi", "vpa": "customer@okaxis"}}},
         "created_at": r.randint(1700000000, 1730000000)}
    hdr = "# X-Razorpay-Signature: %s\n" % rs(r, HEXL, 64)
    return g.pick("tests/fixtures/razorpay_payment_captured.json.txt", "docs/webhook-sample.txt"), hdr + json.dumps(d, indent=2) + "\n", "razorpay", "webhook_signature"


@N
def n_rzp_checkout_html(g):
    r = g.r
    lines = ["<!doctype html>", "<html><head><script src=\"https://checkout.razorpay.com/v1/checkout.js\"></script></head><body>",
             "<script>", "  var options = {", "    key: 'rzp_live_%s', // public key id" % rs(r, ALNUM, 14),
             "    amount: %d," % r.randint(100, 99999), "    currency: 'INR',", "    order_id: 'order_%s'," % rs(r, ALNUM, 14),
             "    handler: function (resp) { fetch('/verify', {method: 'POST', body: JSON.stringify(resp)}); }", "  };",
             "  new Razorpay(options).open();", "</script></body></html>", ""]
    return g.pick("public/checkout.html", "templates/pay.html"), "\n".join(lines), "razorpay", "public_key_id"


@N
def n_midtrans_notif(g):
    r = g.r
    d = {"transaction_time": g.ts(), "transaction_status": "settlement", "transaction_id": uuid4(r),
         "status_code": "200", "signature_key": rs(r, HEXL, 128), "payment_type": "bank_transfer",
         "order_id": "ORD-%s" % digits(r, 10), "merchant_id": "G" + digits(r, 9), "gross_amount": "%d.00" % r.randint(10000, 900000),
         "fraud_status": "accept", "currency": "IDR", "va_numbers": [{"va_number": digits(r, 11), "bank": "bca"}]}
    return g.pick("tests/fixtures/midtrans_settlement.json", "samples/notification.json"), json.dumps(d, indent=2) + "\n", "midtrans", "notification_signature"


@N
def n_midtrans_snap_html(g):
    r = g.r
    sb = r.random() < 0.5
    lines = ["<script type=\"text/javascript\"", "        src=\"https://app.%smidtrans.com/snap/snap.js\"" % ("sandbox." if sb else ""),
             "        data-client-key=\"%sMid-client-%s\"></script>" % ("SB-" if sb else "", rs(r, URLSAFE, 16)),
             "<button id=\"pay-button\">Bayar</button>",
             "<script>document.getElementById('pay-button').onclick = () => snap.pay('%s');</script>" % uuid4(r), ""]
    return g.pick("resources/views/checkout.blade.php", "public/pay.html"), "\n".join(lines), "midtrans", "public_client_key"


@N
def n_phonepe_log(g):
    r = g.r
    lines = ["%s INFO PhonePeCallback - X-VERIFY=%s###%d merchantTransactionId=MT%s transactionId=T%s code=PAYMENT_SUCCESS" %
             (g.ts(), rs(r, HEXL, 64), r.randint(1, 2), digits(r, 16), digits(r, 22, "24")) for _ in range(r.randint(3, 5))]
    return "logs/phonepe-callback.log", "\n".join(lines) + "\n", "phonepe", "checksum_log"


@N
def n_paytm_log(g):
    r = g.r
    lines = []
    for _ in range(r.randint(2, 4)):
        lines.append("%s INFO PaytmResponse - {\"ORDERID\":\"ORDS%s\",\"MID\":\"%s%s\",\"TXNID\":\"%s\",\"TXNAMOUNT\":\"%d.00\","
                     "\"STATUS\":\"TXN_SUCCESS\",\"BANKTXNID\":\"%s\",\"CHECKSUMHASH\":\"%s\"}" %
                     (g.ts(), digits(r, 8), rs(r, UPPER, 6), digits(r, 14), digits(r, 32, "2024"), r.randint(1, 9999), digits(r, 12),
                      b64(_rb(r, 81, False))))
    return "logs/paytm.log", "\n".join(lines) + "\n", "paytm", "checksum_log"


@N
def n_xendit_invoice(g):
    r = g.r
    d = {"id": rs(r, HEXL, 24), "external_id": "invoice-%s" % digits(r, 10), "user_id": rs(r, HEXL, 24),
         "status": "PAID", "merchant_name": g.proj(), "amount": r.randint(10000, 5000000), "payer_email": "buyer@example.co.id",
         "paid_amount": r.randint(10000, 5000000), "payment_method": "EWALLET", "payment_channel": "OVO", "currency": "IDR",
         "payment_id": "ewc_" + uuid4(r)}
    return g.pick("tests/fixtures/xendit_invoice_paid.json", "docs/xendit-callback.json"), json.dumps(d, indent=2) + "\n", "xendit", "callback_ids"


@N
def n_xendit_public_js(g):
    r = g.r
    lines = ["// card tokenization happens in the browser with the PUBLIC key",
             "Xendit.setPublishableKey('xnd_public_%s_%s');" % (g.pick("production", "development"), rs(r, ALNUM, 60)),
             "Xendit.card.createToken({ amount: total, card_number: num, card_exp_month: mm, card_exp_year: yy,",
             "  card_cvn: cvn, is_multiple_use: false }, onTokenized);", ""]
    return g.pick("public/js/checkout.js", "static/xendit-card.js"), "\n".join(lines), "xendit", "public_key"


@N
def n_iyzico_resp(g):
    r = g.r
    d = {"status": "success", "locale": "tr", "systemTime": r.randint(1700000000000, 1730000000000),
         "conversationId": digits(r, 9), "price": 1.0, "paidPrice": 1.2, "installment": 1, "paymentId": digits(r, 8),
         "fraudStatus": 1, "merchantCommissionRate": 10.0, "currency": "TRY", "basketId": "B" + digits(r, 5),
         "binNumber": "552879", "lastFourDigits": "0008", "authCode": digits(r, 6), "hostReference": "mock" + digits(r, 11)}
    return g.pick("tests/fixtures/iyzico_payment.json", "ornekler/odeme_yaniti.json"), json.dumps(d, indent=2) + "\n", "iyzico", "response_ids"


@N
def n_paymongo_intent(g):
    r = g.r
    pid = rs(r, ALNUM, 24)
    d = {"data": {"id": "pi_" + pid, "type": "payment_intent",
                  "attributes": {"amount": r.randint(2000, 900000), "currency": "PHP", "status": "awaiting_payment_method",
                                 "client_key": "pi_%s_client_%s" % (pid, rs(r, ALNUM, 24)),
                                 "payment_method_allowed": ["card", "gcash", "paymaya"], "livemode": False}}}
    return g.pick("tests/fixtures/paymongo_intent.json", "docs/samples/payment_intent.json"), json.dumps(d, indent=2) + "\n", "paymongo", "client_key"


@N
def n_paymongo_pk(g):
    r = g.r
    lines = ["// publishable key: safe to ship to the browser",
             "export const PAYMONGO_PUBLIC_KEY = 'pk_%s_%s';" % (g.pick("live", "test"), rs(r, ALNUM, 24)),
             "export const PAYMONGO_SECRET_KEY = process.env.PAYMONGO_SECRET_KEY; // server only", ""]
    return g.pick("src/lib/paymongo-public.ts", "web/config/paymongo.ts"), "\n".join(lines), "paymongo", "public_key"


@N
def n_yc_tf_ids(g):
    r = g.r
    lines = ['provider "yandex" {', "  token     = var.yc_token", '  cloud_id  = "b1g%s"' % rs(r, LALNUM, 17),
             '  folder_id = "b1g%s"' % rs(r, LALNUM, 17), '  zone      = "ru-central1-a"', "}", "",
             'resource "yandex_iam_service_account" "sa" {', '  name = "%s-sa"' % g.proj(), "}", "",
             'data "yandex_compute_image" "ubuntu" {', '  image_id = "fd8%s"' % rs(r, LALNUM, 17), "}", "",
             'resource "yandex_vpc_subnet" "a" {', '  network_id     = "enp%s"' % rs(r, LALNUM, 17),
             '  v4_cidr_blocks = ["10.10.0.0/24"]', "}", ""]
    return g.pick("terraform/main.tf", "infra/yc/main.tf"), "\n".join(lines), "yandex_cloud", "resource_ids"


@N
def n_huawei_ids(g):
    r = g.r
    lines = ["huaweicloud:", "  region: ap-southeast-1", "  project_id: %s" % rs(r, HEXL, 32), "  domain_id: %s" % rs(r, HEXL, 32),
             "  enterprise_project_id: %s" % uuid4(r), "  ak: ${HUAWEICLOUD_SDK_AK}", "  sk: ${HUAWEICLOUD_SDK_SK}",
             "  vpc_id: %s" % uuid4(r), ""]
    return g.pick("config/huaweicloud.yaml", "deploy/hwcloud.yml"), "\n".join(lines), "huawei_cloud", "project_ids"


@N
def n_tencent_cos_cfg(g):
    r = g.r
    appid = digits(r, 10, "125")
    lines = ["[cos]", "appid = %s" % appid, "bucket = %s-%s" % (g.proj(), appid), "region = ap-guangzhou",
             "secret_id = ${TENCENTCLOUD_SECRET_ID}", "secret_key = ${TENCENTCLOUD_SECRET_KEY}", "", "[cdn]",
             "domain = https://%s-%s.cos.ap-guangzhou.myqcloud.com" % (g.proj(), appid), ""]
    return g.pick("conf/cos.ini", "config/storage.ini"), "\n".join(lines), "tencent_cloud", "app_ids"


@N
def n_tencent_req_log(g):
    r = g.r
    lines = ["%s INFO tencentcloud - Action=DescribeInstances&Nonce=%d&Region=ap-guangzhou&SecretId=AKID****%s&Signature=%s&Timestamp=%d -> RequestId=%s" %
             (g.ts(), r.randint(10000, 99999), rs(r, ALNUM, 4), b64(_rb(r, 20, False)), r.randint(1700000000, 1730000000), uuid4(r))
             for _ in range(r.randint(2, 4))]
    return "logs/tencentcloud-sdk.log", "\n".join(lines) + "\n", "tencent_cloud", "signature_log"


@N
def n_oss_log(g):
    r = g.r
    lines = ["%s INFO oss - PUT /%s/%s.jpg 200 x-oss-request-id=%s ETag=\"%s\" x-oss-hash-crc64ecma=%s Content-MD5=%s" %
             (g.ts(), g.proj(), rs(r, LALNUM, 12), rs(r, HEXU, 24), rs(r, HEXU, 32), digits(r, 19), b64(_rb(r, 16, False)))
             for _ in range(r.randint(3, 6))]
    return "logs/oss-upload.log", "\n".join(lines) + "\n", "alibaba_cloud", "request_ids"


@N
def n_kakao_js_init(g):
    r = g.r
    lines = ["<!-- 카카오 JavaScript 키는 도메인 제한으로 보호되는 공개 키입니다 -->",
             "<script src=\"https://t1.kakaocdn.net/kakao_js_sdk/2.7.2/kakao.min.js\" crossorigin=\"anonymous\"></script>",
             "<script>", "  Kakao.init('%s');" % rs(r, HEXL, 32), "  Kakao.isInitialized();", "</script>",
             "<script type=\"text/javascript\" src=\"https://oapi.map.naver.com/openapi/v3/maps.js?ncpKeyId=%s\"></script>" % rs(r, LALNUM, 10), ""]
    return g.pick("public/index.html", "templates/layout.html"), "\n".join(lines), "kakao", "public_js_key"


@N
def n_naver_login_btn(g):
    r = g.r
    lines = ["<div id=\"naver_id_login\"></div>", "<script>",
             "  var naver_id_login = new naver_id_login(\"%s\", \"https://%s/callback\");" % (rs(r, ALNUM + "_", 20), g.host()),
             "  var state = naver_id_login.getUniqState();", "  naver_id_login.setButton(\"green\", 3, 40);",
             "  naver_id_login.setState(state);", "  naver_id_login.init_naver_id_login();", "</script>", ""]
    return "public/login.html", "\n".join(lines), "naver", "public_client_id"


@N
def n_android_strings(g):
    r = g.r
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<resources>", '    <string name="app_name">%s</string>' % g.proj(),
             '    <string name="wechat_app_id">%s</string>' % wx_appid(r), '    <string name="line_channel_id">%s</string>' % line_chan_id(r),
             '    <string name="build_sha">%s</string>' % rs(r, HEXL, 40), '    <string name="install_id">%s</string>' % uuid4(r), "</resources>", ""]
    return "app/src/main/res/values/strings.xml", "\n".join(lines), "wechat", "public_app_id"


@N
def n_package_lock(g):
    r = g.r
    pk = {}
    for name in g.r.sample(["axios", "dayjs", "lodash", "wechatpay-node-v3", "razorpay", "@line/bot-sdk", "qs", "uuid"], 4):
        pk["node_modules/" + name] = {"version": g.ver(), "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name.split("/")[-1], g.ver()),
                                      "integrity": "sha512-" + b64(_rb(r, 64, False))}
    d = {"name": g.proj(), "version": g.ver(), "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", json.dumps(d, indent=2) + "\n", "generic", "integrity_hashes"


@N
def n_go_sum(g):
    r = g.r
    mods = ["github.com/wechatpay-apiv3/wechatpay-go", "github.com/larksuite/oapi-sdk-go/v3", "github.com/aliyun/alibaba-cloud-sdk-go",
            "github.com/tencentcloud/tencentcloud-sdk-go", "github.com/gin-gonic/gin", "golang.org/x/crypto"]
    lines = []
    for m in mods:
        v = "v" + g.ver()
        lines.append("%s %s h1:%s" % (m, v, b64(_rb(r, 32, False))))
        lines.append("%s %s/go.mod h1:%s" % (m, v, b64(_rb(r, 32, False))))
    return "go.sum", "\n".join(lines) + "\n", "generic", "module_hashes"


@N
def n_dockerfile_digest(g):
    r = g.r
    lines = ["FROM golang:1.22-alpine@sha256:%s AS build" % rs(r, HEXL, 64), "WORKDIR /src", "COPY . .",
             "RUN go build -o /out/app ./cmd/server", "", "FROM gcr.io/distroless/static@sha256:%s" % rs(r, HEXL, 64),
             "COPY --from=build /out/app /app", 'ENTRYPOINT ["/app"]', ""]
    return "Dockerfile", "\n".join(lines), "generic", "image_digest"


@N
def n_changelog(g):
    r = g.r
    lines = ["# Changelog", ""]
    for _ in range(r.randint(4, 8)):
        lines.append("- %s %s (%s)" % (rs(r, HEXL, 40), g.pick("fix: retry wechat pay notify", "feat: add razorpay upi intent",
                                                               "chore: bump lark sdk", "fix: dingtalk sign encoding", "refactor: alipay client"),
                                       g.author()))
    return "CHANGELOG.md", "\n".join(lines) + "\n", "generic", "commit_shas"


@N
def n_sign_test(g):
    r = g.r
    lines = ["import unittest", "from notify.dingtalk import make_sign", "", "", "class SignTest(unittest.TestCase):",
             "    def test_known_vector(self):", "        # secret comes from the fixture loader, never hard-coded",
             "        secret = self.fixture('ding_secret')", "        ts = '%d'" % r.randint(1700000000000, 1730000000000),
             "        self.assertEqual(len(make_sign(ts, secret)), 44)", "", "    def test_hmac_output_shape(self):",
             "        expected = '%s'" % rs(r, HEXL, 64), "        self.assertEqual(len(expected), 64)", ""]
    return "tests/test_sign.py", "\n".join(lines), "dingtalk", "test_vectors"


@N
def n_sql_orders(g):
    r = g.r
    lines = ["INSERT INTO pay_order (out_trade_no, channel, channel_trade_no, buyer_id, amount) VALUES"]
    vals = []
    for _ in range(r.randint(3, 6)):
        if r.random() < 0.5:
            vals.append("  ('%s', 'wxpay', '%s', '%s', %d)" % (digits(r, 20), wx_txn(r), openid(r), r.randint(1, 99999)))
        else:
            vals.append("  ('%s', 'alipay', '%s', '2088%s', %d)" % (digits(r, 20), ali_trade(r), digits(r, 12, "0"), r.randint(1, 99999)))
    return g.pick("db/seed/orders.sql", "tests/data/orders.sql"), "\n".join(lines) + "\n" + ",\n".join(vals) + ";\n", "wechat_pay", "order_numbers"


@N
def n_k8s_uids(g):
    r = g.r
    lines = ["apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: %s-config" % g.proj(), "  uid: %s" % uuid4(r),
             "  resourceVersion: \"%s\"" % digits(r, 8), "  annotations:", "    checksum/config: %s" % rs(r, HEXL, 64),
             "data:", "  WECHAT_APP_ID: \"%s\"" % wx_appid(r), "  FEISHU_APP_ID: \"%s\"" % cli_id(r), "  LOG_LEVEL: info", ""]
    return g.pick("k8s/configmap.yaml", "deploy/config.yaml"), "\n".join(lines), "generic", "uids_checksums"


@N
def n_readme_vault(g):
    r = g.r
    lines = ["# Payments service", "", "Secrets are never committed. They are injected at runtime from Vault:", "", "```",
             "vault kv get -field=api_v3_key secret/payments/wechatpay", "vault kv get -field=key_secret secret/payments/razorpay", "```", "",
             "Example of a signed callback we receive (signature is public data):", "", "```",
             "Wechatpay-Serial: %s" % rs(r, HEXU, 40), "Wechatpay-Signature: %s" % sig_b64(r), "```", "",
             "Merchant id: `%s`, app id: `%s`." % (digits(r, 10, "16"), wx_appid(r)), ""]
    return "README.md", "\n".join(lines), "wechat_pay", "docs_signature"


@N
def n_data_uri(g):
    r = g.r
    lines = [".logo-wechat {", "  background-image: url(\"data:image/png;base64,%s\");" % b64(_rb(r, 300, False)), "}",
             "@font-face {", "  font-family: 'IconPay';", "  src: url(data:font/woff2;base64,%s) format('woff2');" % b64(_rb(r, 240, False)), "}", ""]
    return g.pick("static/css/pay.css", "src/styles/icons.css"), "\n".join(lines), "generic", "encoded_data"


@N
def n_jwks(g):
    r = g.r
    keys = [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rs(r, HEXL, 16),
             "n": base64.urlsafe_b64encode(_rb(r, 256)).decode().rstrip("="), "e": "AQAB"} for _ in range(2)]
    return g.pick("public/.well-known/jwks.json", "config/jwks.json"), json.dumps({"keys": keys}, indent=2) + "\n", "generic", "public_keys"


@N
def n_authorized_keys(g):
    r = g.r
    lines = ["ssh-rsa %s deploy@%s" % (b64(b"\x00\x00\x00\x07ssh-rsa" + _rb(r, 270, False)), g.proj()),
             "ssh-ed25519 %s %s@laptop" % (b64(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + _rb(r, 32, False)), g.author())]
    return g.pick("deploy/authorized_keys", "ansible/files/authorized_keys"), "\n".join(lines) + "\n", "generic", "public_keys"


@N
def n_sha256sums(g):
    r = g.r
    lines = ["%s  %s" % (rs(r, HEXL, 64), f) for f in ["app-linux-amd64.tar.gz", "app-linux-arm64.tar.gz", "app-darwin-arm64.tar.gz", "app-windows-amd64.zip"]]
    return "dist/SHA256SUMS", "\n".join(lines) + "\n", "generic", "digests"


@N
def n_vk_ids(g):
    r = g.r
    lines = ["# VK community settings (ids are public)", "vk:", "  group_id: %s" % digits(r, 9, "2"), "  app_id: %s" % digits(r, 8, "5"),
             "  api_version: \"5.199\"", "  confirmation_code: %s" % rs(r, LALNUM, 8), "  token: ${VK_GROUP_TOKEN}", ""]
    return "config/vk.yml", "\n".join(lines), "vk", "public_ids"


@N
def n_baidu_resp(g):
    r = g.r
    d = {"log_id": int(digits(r, 19)), "words_result_num": 2, "words_result": [{"words": "发票代码 %s" % digits(r, 12)}, {"words": "校验码 %s" % digits(r, 20)}]}
    return g.pick("tests/fixtures/baidu_ocr.json", "samples/ocr_result.json"), json.dumps(d, ensure_ascii=False, indent=2) + "\n", "baidu", "response_ids"


@N
def n_kakaopay_log(g):
    r = g.r
    lines = ["%s INFO KakaoPayService - ready ok tid=T%s next_redirect_pc_url=https://online-pay.kakao.com/mockup/v1/%s/info partner_order_id=%s" %
             (g.ts(), rs(r, HEXL, 19), rs(r, HEXL, 64), digits(r, 12)) for _ in range(r.randint(2, 4))]
    return "logs/kakaopay.log", "\n".join(lines) + "\n", "kakao", "transaction_ids"


# --------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------

N_POS = 500
N_NEG = 500
MAX_DOTENV_POS = 20
SPECIAL_TYPES = {"Dockerfile": "dockerfile", "Makefile": "makefile", "Jenkinsfile": "groovy",
                 ".obsutilconfig": "ini", "authorized_keys": "text", "SHA256SUMS": "text", "go.sum": "gosum"}


def filetype(path):
    b = path.rsplit("/", 1)[-1]
    if b.startswith(".env"):
        return "env"
    if b in SPECIAL_TYPES:
        return SPECIAL_TYPES[b]
    if b.startswith("Dockerfile"):
        return "dockerfile"
    if b.endswith(".json.txt"):
        return "txt"
    if "." in b:
        return b.rsplit(".", 1)[1].lower()
    return "text"


def prepare(r, key):
    c = MAKER[key](r)
    c["_key"] = key
    c["_conv"] = r.random() < 0.5
    c["_neutral"] = r.choice(c["names"] + GENERIC_NEUTRAL)
    return c


def line_of(text, needle):
    i = text.find(needle)
    if i < 0:
        return -1
    return text.count("\n", 0, i) + 1


def pick_kind(r, kinds, usage):
    lo = min(usage[k] for k in kinds)
    cands = [k for k in kinds if usage[k] == lo]
    k = r.choice(cands)
    usage[k] += 1
    return k


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    d = os.path.dirname(full)
    if not os.path.isdir(d):
        os.makedirs(d)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def safe_rel(rel):
    assert not rel.startswith("/") and ".." not in rel.split("/"), rel
    return rel


def fix_imports(rel, text):
    """Add the import an env reference needs when a template did not have it."""
    if rel.endswith(".py") and ("os.environ" in text or "os.getenv" in text) and "import os" not in text:
        if text.startswith("# -*-"):
            first, rest = text.split("\n", 1)
            return first + "\nimport os\n" + rest
        return "import os\n" + text
    if rel.endswith(".go") and "os.Getenv" in text and '"os"' not in text:
        if "import (\n" in text:
            return text.replace("import (\n", 'import (\n\t"os"\n', 1)
        head, rest = text.split("\n", 1)
        return head + '\n\nimport "os"\n' + rest
    return text


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_fn.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    g = Gen(r)
    manifest, secrets = [], []
    usage = dict((k, 0) for k in ALL_KINDS)

    # ---------------- positives ----------------
    order = list(range(len(POS_T)))
    r.shuffle(order)
    dotenv_used = 0
    j = 0
    for i in range(N_POS):
        while True:
            t = POS_T[order[j % len(order)]]
            j += 1
            if t["dotenv"] and dotenv_used >= MAX_DOTENV_POS:
                continue
            break
        if t["dotenv"]:
            dotenv_used += 1
        key = pick_kind(r, t["kinds"], usage)
        c = prepare(r, key)
        if c["id"]:
            c["_idslot"] = lit(c["id"][1])
        rel, text = t["fn"](g, c, lit(c["value"]))
        rel = "pos/p%04d/%s" % (i, safe_rel(rel))
        needle = c["needle"]
        ln = line_of(text, needle)
        if ln < 0:
            needle = needle.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            ln = line_of(text, needle)
        assert ln > 0, (t["name"], key)
        assert needle in text.split("\n")[ln - 1], (t["name"], key)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": c["provider"], "kind": c["kind"],
                         "filetype": filetype(rel), "template": t["name"]})
        secrets.append({"file": rel, "needle": needle, "line": ln})

    # ---------------- negatives ----------------
    modes = ["reuse"] * (N_NEG // 2) + ["look"] * (N_NEG - N_NEG // 2)
    r.shuffle(modes)
    reuse_t = [t for t in POS_T if not t["noneg"]]
    rorder = list(range(len(reuse_t)))
    r.shuffle(rorder)
    lorder = list(range(len(NEG_T)))
    r.shuffle(lorder)
    nusage = dict((k, 0) for k in ALL_KINDS)
    ri = li = 0
    for i, mode in enumerate(modes):
        if mode == "reuse":
            t = reuse_t[rorder[ri % len(rorder)]]
            ri += 1
            key = pick_kind(r, t["kinds"], nusage)
            c = prepare(r, key)
            secret_needle = c["value"].split("\n")[1] if c["pem"] else c["needle"]
            s, cat, swap = neg_slot(r, c)
            if swap == "pub":
                c["env"], c["_conv"] = c["pub"][0], True
            elif swap == "id":
                c["env"], c["_conv"] = c["id"][0], True
            if c["id"]:
                if c["id"][2]:
                    c["_idslot"] = lit(c["id"][1])
                elif s.is_env():
                    c["_idslot"] = Slot("env", env=c["id"][0])
                else:
                    c["_idslot"] = lit(r.choice(PLACE_ID))
            rel, text = t["fn"](g, c, s)
            text = fix_imports(rel, text)
            if t["dotenv"]:
                rel = r.choice([".env.example", ".env.sample", ".env.template", "env.example"])
            assert secret_needle not in text, (t["name"], key)
            prov, kind, tname = c["provider"], "%s:%s" % (cat, c["kind"]), t["name"]
        else:
            t = NEG_T[lorder[li % len(lorder)]]
            li += 1
            rel, text, prov, kind = t["fn"](g)
            tname = t["name"]
        base = rel.rsplit("/", 1)[-1]
        assert not (base.startswith(".env") and base not in (".env.example", ".env.sample", ".env.template")), rel
        rel = "neg/n%04d/%s" % (i, safe_rel(rel))
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind,
                         "filetype": filetype(rel), "template": tname})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s_ in secrets:
            fh.write(json.dumps(s_, ensure_ascii=False) + "\n")
    # final self-check: re-read every positive and verify the needle line
    for s_ in secrets:
        with open(os.path.join(outdir, s_["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert s_["needle"] in lines[s_["line"] - 1], s_["file"]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
