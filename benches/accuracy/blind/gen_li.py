#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""gen_li.py - blind evaluation set: Japanese business SaaS and payment services.

EMPHASIS
    Japanese business SaaS and payment providers as they appear in real Japanese
    projects (Rails shops, Laravel EC sites, kintone customisations, Google Apps
    Script automations, Go/TypeScript/Java back ends).  Providers: PAY.JP,
    KOMOJU, Stripe (JP accounts), GMO Payment Gateway (shop id + shop password,
    site id + site password), GMO Aozora Net Bank / sunabar, SB Payment Service
    (merchant hash key), freee, Money Forward Cloud, kintone (API tokens,
    X-Cybozu-API-Token, X-Cybozu-Authorization), Garoon, Chatwork
    (X-ChatWorkToken), Backlog (apiKey= in URLs), SmartHR, LINE WORKS (client
    secret, service-account private key, bot secret), Sansan, Sakura Internet
    cloud (access token + access token secret), ConoHa (API user password),
    Mackerel, PR TIMES, Rakuten RMS (serviceSecret / licenseKey, "ESA" header),
    Yahoo! Shopping, BASE, Shopify apps, plus one database URL.
    File types: Ruby, PHP, Python, Go, TypeScript, Java, kintone JavaScript,
    Google Apps Script (.gs), YAML, JSON, TOML, INI/properties, XML, shell,
    Dockerfile, Terraform, Markdown (Japanese), SQL, CSV, logs, a few .env.
    Comments and many identifiers are Japanese.

USAGE
    python3 -B gen_li.py OUTDIR SEED
    Writes OUTDIR/pos/p0000..p0499/<relpath>, OUTDIR/neg/n0000..n0499/<relpath>,
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one
    line per positive).  Deterministic per SEED (one random.Random(SEED)).
    Standard library only.

NEEDLE CONVENTIONS
    * The needle is the secret exactly as written in the file, without quotes.
    * Prefixed keys (sk_live_..., shpat_..., whsec_...) include the prefix.
    * Header values: only the value (the token after "X-ChatWorkToken: ",
      the base64 blob after "X-Cybozu-Authorization: ", the token after
      "Bearer ", the base64 blob after "ESA ").  Base64 basic credentials
      (kintone / Garoon login:password, Rakuten serviceSecret:licenseKey) are
      the needle as the encoded blob.
    * URLs: for ?apiKey=... the needle is the key value only; for a database
      URL the needle is the password between ':' and '@'.
    * Key pairs (id + secret: GMO shop id + shop pass, Sakura access token
      uuid + secret, client id + client secret): the needle is the secret
      half; the id half is not counted as a credential.
    * Multi-line PEM private keys: the needle is the whole block from
      "-----BEGIN PRIVATE KEY-----" to "-----END PRIVATE KEY-----" exactly
      as in the file (real newlines, or literal "\\n" escapes inside JSON);
      the line is the line of the BEGIN marker.
    * line = 1-based line of the needle's first occurrence; asserted.

NEGATIVES
    Half (250) re-use the positive templates with the secret slot holding a
    non-secret: placeholders (<your-key>, YOUR_API_KEY_HERE, changeme,
    xxxxxxxx, ここにAPIキー, ＜APIトークン＞ ...), empty values, masked values
    (****, [REDACTED], 伏字), environment / secret-manager references (${VAR},
    os.environ[...], ENV.fetch, getenv, process.env.X, System.getenv,
    PropertiesService, op:// and vault paths, ${{ secrets.X }}, Helm and ERB
    templates), providers' documented example values (kintone's documented
    API token and X-Cybozu-Authorization example, Stripe's documented test
    key, the Rakuten aaa:bbb ESA example) and values documented as public
    (pk_live_/pk_test_ publishable keys, Yahoo client ids, GMO shop/site ids).
    Negatives from .env templates are written as .env.example.
    The other half (250) are look-alikes of this domain: 法人番号 with check
    digit, 適格請求書 registration numbers, JAN codes, postal codes, order ids
    (GMO OrderID/AccessID, Rakuten, Yahoo), kintone app ids and domains,
    Chatwork room ids, Backlog space/issue keys, Mackerel host ids, PAY.JP /
    Stripe / KOMOJU object ids and card fingerprints, package-lock integrity
    hashes, go.sum hashes, image digests, commit SHAs, SSH public keys,
    public certificates/public keys, webhook signatures in logs, UUIDs,
    Apps Script library ids, data URIs, test card numbers.

FORMATS CHECKED (search tool, providers' docs and pages)
    * PAY.JP: secret sk_test_/sk_live_, public pk_test_/pk_live_, Basic auth
      with the secret key as user (api-evangelist summary of docs.pay.jp,
      Japanese articles).  Body length 24 hex is from observed keys, see DOUBTS.
    * KOMOJU (doc.komoju.com): secret and publishable keys, HTTP Basic with the
      key as user name, X-KOMOJU-API-VERSION header.
    * Stripe (docs.stripe.com): sk_test_/sk_live_, restricted keys, Basic
      or Bearer; documented test key used only as a negative.
    * kintone (cybozu.dev): X-Cybozu-API-Token (documented example token is
      40 alphanumerics), X-Cybozu-Authorization = base64("login:password")
      with the documented Administrator:cybozu example (negatives only).
    * Chatwork (developer.chatwork.com): X-ChatWorkToken header, base
      https://api.chatwork.com/v2; token is 32 alphanumerics (utano.jp).
    * Backlog: apiKey query parameter / API key of 64 alphanumerics (gem
      README example), https://SPACE.backlog.jp/api/v2/...
    * Rakuten RMS: "ESA " + base64(serviceSecret:licenseKey) (Qiita article
      quoting the RMS manual); licence keys expire every 90 days.
    * GMO PG: ShopID/ShopPass/SiteID/SitePass parameters, test shop ids
      "tshop..." (gmopg, gmo_payment READMEs); endpoint p01.mul-pay.jp.
    * SBPS (developer.sbpayment.jp): merchant_id 5 digits, service_id 3 digits,
      sps_hashcode = SHA1 of the concatenated fields plus the hash key.
    * freee (developer.freee.co.jp): client id/secret, token endpoint
      accounts.secure.freee.co.jp/public_api/token, Bearer access token (6 h),
      refresh token (90 d).
    * SmartHR (developer.smarthr.jp): Bearer access token, https://*.smarthr.jp/api.
    * LINE WORKS API 2.0 (developers.worksmobile.com): client id/secret,
      service account (…serviceaccount), private key for JWT, bot secret.
    * Sakura cloud (manual.sakura.ad.jp): access token + access token secret
      used as Basic user:password on secure.sakura.ad.jp/cloud/api.
    * Mackerel: MACKEREL_APIKEY env, X-Api-Key header, api.mackerelio.com.
    * Shopify changelog: shpat_/shpca_/shppa_ + 32 characters; X-Shopify-Access-Token.
    * Yahoo! Shopping: Client ID (アプリケーションID) + シークレット, YConnect v2.
    No secret-scanner rule files were read or used.

DOUBTS
    * Exact body lengths/alphabets not confirmed by docs: PAY.JP (24 hex
      assumed), KOMOJU (24 lowercase alnum assumed), GMO shop/site pass
      (8 lowercase alnum assumed), sunabar token (base64 of a uuid assumed),
      SBPS hash key (40 hex assumed), freee / Money Forward client secrets and
      tokens (43 url-safe chars assumed), SmartHR token (64 hex assumed),
      LINE WORKS client secret (10 alnum) and bot secret (44 base64),
      Sansan key (32 alnum), Sakura secret (64 alnum), Mackerel key
      (44 alnum), PR TIMES token (64 hex), Rakuten SP######_/SL######_ + 16,
      Yahoo secret (40 alnum), BASE secret (32 hex), shpss_ length.
    * Whether a GMO shop password alone (8 chars) is detectable without the
      variable name is questionable; it is still a credential.
    * Stripe live key length varies in reality (old 24, new ~99 chars).
    * PR TIMES and Sansan endpoint paths and the PR TIMES bearer-token API
      are not confirmed by documentation; only the header shapes are typical.
    * Negatives re-using the Sakura / LINE WORKS / GMO templates keep the
      public id half (access-token uuid, client id, shop id) in the file.
    * Coupon codes and Shopify cart/checkout tokens in look-alikes are treated
      as non-secrets (they grant no API access).
TEMPLATES
    76 positive templates (38 with the conventional variable name, 38 with a
    neutral name, header, URL, positional or constructor argument); every one
    is re-used for negatives; 47 look-alike negative templates.
"""
import base64
import json
import os
import random
import sys

M = "[[S]]"          # the secret slot marker inside template texts

HEX = "0123456789abcdef"
DIG = "0123456789"
LOW = "abcdefghijklmnopqrstuvwxyz"
UPP = LOW.upper()
ALNUM = DIG + LOW + UPP
LALNUM = DIG + LOW
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def hx(r, n):
    return rs(r, HEX, n)


def uuid4(r):
    h = hx(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def F(t, **kw):
    for k, v in kw.items():
        t = t.replace("[[%s]]" % k, str(v))
    return t


def b64s(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


# ---------------------------------------------------------------- context
COMPANIES = ["みどり商店", "さくら工房", "ひかり物産", "あおば食品", "やまと製作所",
             "こだま企画", "はるか総研", "つばさ通商", "しずく化粧品", "いろは書房"]
SLUGS = ["midori-shop", "sakura-kobo", "hikari-bussan", "aoba-foods", "yamato-mfg",
         "kodama-plan", "haruka-ri", "tsubasa-trade", "shizuku-cosme", "iroha-books"]
PEOPLE = ["yamada", "suzuki", "tanaka", "sato", "takahashi", "watanabe", "ito", "nakamura"]
PREFIX = ["", "", "", "apps/api/", "backend/", "services/billing/", "packages/core/"]


def slug(r):
    return r.choice(SLUGS)


def comp(r):
    return r.choice(COMPANIES)


def pre(r):
    return r.choice(PREFIX)


def ymd(r):
    return "20%02d-%02d-%02d" % (r.randint(21, 25), r.randint(1, 12), r.randint(1, 28))


# ---------------------------------------------------------------- secrets
def pem_body(r):
    # PKCS#8 RSA-2048 DER prefix followed by random bytes
    head = bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100")
    der = head + rbytes(r, 1218 - len(head))
    b = base64.b64encode(der).decode("ascii")
    return [b[i:i + 64] for i in range(0, len(b), 64)]


def g_pem(r):
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(pem_body(r)) + "\n-----END PRIVATE KEY-----"


def g_pem_json(r):
    return "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(pem_body(r)) + "\\n-----END PRIVATE KEY-----\\n"


def g_cybozu(r):
    user = r.choice(PEOPLE) + r.choice(["", ".api", "_batch", "@" + slug(r) + ".co.jp"])
    pw = rs(r, ALNUM, r.randint(10, 14)) + r.choice(["!", "#", "%", "", "-"]) + rs(r, DIG, 2)
    return b64s(user + ":" + pw)


def g_rakuten_esa(r):
    return b64s("SP%06d_%s:SL%06d_%s" % (r.randint(100000, 999999), rs(r, ALNUM, 16),
                                        r.randint(100000, 999999), rs(r, ALNUM, 16)))


def g_password(r):
    parts = [rs(r, UPP, 2), rs(r, LOW, 5), rs(r, DIG, 3), r.choice("!#$%&*+-=?@^_"), rs(r, ALNUM, 5)]
    r.shuffle(parts)
    return "".join(parts)


GEN = {
    "payjp_sk": lambda r: "sk_live_" + hx(r, 24),
    "komoju_sk": lambda r: "sk_live_" + rs(r, LALNUM, 24),
    "stripe_sk": lambda r: "sk_live_51" + rs(r, ALNUM, 97),
    "stripe_rk": lambda r: "rk_live_51" + rs(r, ALNUM, 97),
    "stripe_whsec": lambda r: "whsec_" + rs(r, ALNUM, 32),
    "gmo_pass": lambda r: rs(r, LALNUM, 8),
    "aozora_token": lambda r: b64s(uuid4(r)),
    "sbps_hash": lambda r: hx(r, 40),
    "oauth_secret": lambda r: rs(r, B64U, 43),
    "oauth_token": lambda r: rs(r, B64U, 43),
    "kintone_token": lambda r: rs(r, ALNUM, 40),
    "cybozu_basic": g_cybozu,
    "chatwork": lambda r: hx(r, 32),
    "backlog": lambda r: rs(r, ALNUM, 64),
    "smarthr": lambda r: hx(r, 64),
    "lw_client_secret": lambda r: rs(r, ALNUM, 10),
    "lw_bot_secret": lambda r: rs(r, B64, 43) + "=",
    "pem": g_pem,
    "pem_json": g_pem_json,
    "sansan": lambda r: rs(r, ALNUM, 32),
    "sakura_secret": lambda r: rs(r, ALNUM, 64),
    "password": g_password,
    "mackerel": lambda r: rs(r, ALNUM, 44),
    "prtimes": lambda r: hx(r, 64),
    "rakuten_esa": g_rakuten_esa,
    "rakuten_sp": lambda r: "SP%06d_%s" % (r.randint(100000, 999999), rs(r, ALNUM, 16)),
    "rakuten_sl": lambda r: "SL%06d_%s" % (r.randint(100000, 999999), rs(r, ALNUM, 16)),
    "yahoo_secret": lambda r: rs(r, ALNUM, 40),
    "base_secret": lambda r: hx(r, 32),
    "shpat": lambda r: "shpat_" + hx(r, 32),
    "shpss": lambda r: "shpss_" + hx(r, 32),
}

# ------------------------------------------------------- negative slot values
PLACEHOLDERS = ["<your-key>", "YOUR_API_KEY_HERE", "changeme", "xxxxxxxx", "xxxxxxxxxxxxxxxxxxxxxxxx",
                "ここにAPIキー", "ここにAPIトークンを入力", "＜APIトークン＞", "<APIトークン>", "TODO",
                "dummy", "your-secret-here", "<シークレット>", "（本番の値は1Passwordを参照）", "REPLACE_ME",
                "set-me", "XXXXXXXXXXXXXXXX", "…", "<<秘密鍵>>", "sample"]
MASKED = ["****", "********", "[REDACTED]", "●●●●●●●●", "＊＊＊＊＊＊", "(masked)", "***masked***", "<redacted>"]
STR_GENERIC = ["${%s}", "op://Production/%s/credential", "vault:secret/data/prod#%s",
               "arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:prod/%s"]
STR_BY_LANG = {
    "yml": ["<%%= ENV['%s'] %%>", "${{ secrets.%s }}", "{{ .Values.secrets.%s }}",
            "%%env(%s)%%"],
    "php": ["%%env(%s)%%"],
    "sh": ["$%s", "${%s:?not set}"],
    "docker": ["$%s"],
    "tf": ["${var.%s}"],
    "properties": ["${%s:}"],
}
CODE_REFS = {
    "py": ['os.environ["%s"]', 'os.getenv("%s", "")', 'settings.%s', 'env.str("%s")'],
    "rb": ['ENV["%s"]', 'ENV.fetch("%s")', 'Rails.application.credentials.dig(:%s)'],
    "php": ["getenv('%s')", "env('%s')", "$_ENV['%s']", "config('services.%s')"],
    "go": ['os.Getenv("%s")', 'cfg.%s', 'mustEnv("%s")'],
    "ts": ["process.env.%s", "process.env['%s'] ?? ''", "config.get<string>('%s')"],
    "js": ["kintone.plugin.app.getConfig(PLUGIN_ID).%s", "config.%s"],
    "java": ['System.getenv("%s")', 'env.getProperty("%s")'],
    "gs": ["PropertiesService.getScriptProperties().getProperty('%s')",
           "PropertiesService.getUserProperties().getProperty('%s')"],
}
DOC_EXAMPLES = {
    "kintone_token": ["BuBNIwbRRaUvr33nWXcfUZ5VhaFsJxN0xH4NPN92"],
    "cybozu_basic": ["QWRtaW5pc3RyYXRvcjpjeWJvenU="],
    "stripe_sk": ["sk_test_BQokikJOvBiI2HlWgH4olfQ2"],
    "rakuten_esa": ["YWFhOmJiYg=="],
    "chatwork": ["hogetoken"],
    "payjp_sk": ["sk_test_ご自身の秘密鍵の値", "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx"],
    "komoju_sk": ["secret_key"],
}


def public_value(r, gen):
    if gen in ("payjp_sk",):
        return r.choice(["pk_live_", "pk_test_"]) + hx(r, 24)
    if gen in ("komoju_sk",):
        return r.choice(["pk_live_", "pk_test_"]) + rs(r, LALNUM, 24)
    if gen in ("stripe_sk", "stripe_rk"):
        return r.choice(["pk_live_51", "pk_test_51"]) + rs(r, ALNUM, 97)
    if gen == "yahoo_secret":
        return "dj00aiZpPX" + rs(r, ALNUM, 28) + "ZXk9" + rs(r, ALNUM, 8)
    return None


def neg_value(r, t, text):
    """Return (kind, value, is_code_expression) for the secret slot of text."""
    var = t.env
    can_code = t.lang in CODE_REFS and (('"' + M + '"') in text or ("'" + M + "'") in text) \
        and ('"""' + M) not in text
    opts = ["placeholder", "placeholder", "empty", "masked", "envref", "template"]
    if can_code:
        opts += ["code-envref", "code-envref", "code-envref"]
    if t.gen in DOC_EXAMPLES:
        opts += ["doc-example", "doc-example"]
    if public_value(r, t.gen) is not None:
        opts += ["public-value", "public-value"]
    kind = r.choice(opts)
    if t.gen in ("pem", "pem_json"):
        kind = r.choice(["placeholder", "empty", "envref", "template", "masked"])
        if kind == "placeholder":
            nl = "\\n" if t.gen == "pem_json" else "\n"
            return kind, "-----BEGIN PRIVATE KEY-----" + nl + r.choice(
                ["(ここに秘密鍵を貼り付けてください)", "...", "<private key>", "MIIEv...省略..."]) + nl + "-----END PRIVATE KEY-----", False
    if kind == "placeholder":
        v = r.choice(PLACEHOLDERS)
        if t.gen in ("payjp_sk", "komoju_sk") and r.random() < 0.4:
            v = "sk_live_" + r.choice(["xxxxxxxxxxxxxxxxxxxxxxxx", "XXXXXXXX", "ご自身の秘密鍵", "<your-secret>"])
        if t.gen == "shpat" and r.random() < 0.5:
            v = "shpat_" + "x" * 32
        return kind, v, False
    if kind == "empty":
        return kind, "", False
    if kind == "masked":
        return kind, r.choice(MASKED), False
    if kind in ("envref", "template"):
        pool = STR_BY_LANG.get(t.lang, []) if kind == "template" else []
        if not pool:
            pool = STR_GENERIC
        v = r.choice(pool)
        if v.startswith("${var."):
            return kind, v % var.lower(), False
        return kind, v % var, False
    if kind == "code-envref":
        return kind, r.choice(CODE_REFS[t.lang]) % var, True
    if kind == "doc-example":
        return kind, r.choice(DOC_EXAMPLES[t.gen]), False
    return kind, public_value(r, t.gen), False


def fill(text, value, code):
    if code:
        for q in ('"', "'"):
            if q + M + q in text:
                return text.replace(q + M + q, value, 1)
    return text.replace(M, value, 1)


# ---------------------------------------------------------------- registry
class T(object):
    def __init__(self, name, provider, kind, gen, lang, env, conv, fn):
        self.name, self.provider, self.kind, self.gen = name, provider, kind, gen
        self.lang, self.env, self.conv, self.fn = lang, env, conv, fn


POS = []
LOOK = []


def pos(provider, kind, gen, lang, env, conv=True):
    def deco(fn):
        POS.append(T(fn.__name__, provider, kind, gen, lang, env, conv, fn))
        return fn
    return deco


def look(provider, kind):
    def deco(fn):
        LOOK.append((fn.__name__, provider, kind, fn))
        return fn
    return deco


# =========================================================== positive templates
# ---- PAY.JP
@pos("payjp", "secret_key", "payjp_sk", "rb", "PAYJP_SECRET_KEY")
def payjp_rails_initializer(r):
    return "config/initializers/payjp.rb", F('''# frozen_string_literal: true

# PAY.JP の初期設定
# 本番用の秘密鍵は API 設定画面 (https://pay.jp/d/settings) から取得
require "payjp"

Payjp.api_key = "[[S]]"
Payjp.open_timeout = 30
Payjp.read_timeout = 90
Payjp.max_retry = 2

Rails.application.config.x.payjp_public_key = ENV.fetch("PAYJP_PUBLIC_KEY", nil)
''')


@pos("payjp", "secret_key", "payjp_sk", "yml", "PAYJP_SECRET_KEY")
def payjp_settings_yml(r):
    return "config/settings/production.yml", F('''# 本番環境の設定 (config gem)
app:
  name: [[slug]]
  host: www.[[slug]].jp
  time_zone: Tokyo
payjp:
  secret_key: "[[S]]"
  # 公開鍵はフロント側で使用
  public_key_env: PAYJP_PUBLIC_KEY
  three_d_secure: true
mailer:
  from: no-reply@[[slug]].jp
''', slug=slug(r))


@pos("payjp", "secret_key", "payjp_sk", "py", "PAYJP_SECRET_KEY", conv=False)
def payjp_python_requests(r):
    return pre(r) + "billing/payjp_client.py", F('''"""PAY.JP への課金処理 (requests で直接叩く版)"""
import logging

import requests

logger = logging.getLogger(__name__)
BASE_URL = "https://api.pay.jp/v1"


def create_charge(token: str, amount: int, order_id: str) -> dict:
    # 秘密鍵を Basic 認証のユーザー名に、パスワードは空
    resp = requests.post(
        f"{BASE_URL}/charges",
        auth=("[[S]]", ""),
        data={"card": token, "amount": amount, "currency": "jpy",
              "metadata[order_id]": order_id},
        timeout=30,
    )
    resp.raise_for_status()
    logger.info("charge created: %s", resp.json().get("id"))
    return resp.json()
''')


@pos("payjp", "secret_key", "payjp_sk", "sh", "PAYJP_SECRET_KEY", conv=False)
def payjp_refund_sh(r):
    return "scripts/payjp_refund.sh", F('''#!/usr/bin/env bash
# 返金スクリプト: ./payjp_refund.sh ch_xxx 1000
set -euo pipefail
CHARGE_ID="$1"
AMOUNT="${2:-}"

curl -sS https://api.pay.jp/v1/charges/${CHARGE_ID}/refund \\
  -u "[[S]]:" \\
  -d amount="${AMOUNT}" \\
  -d refund_reason="顧客都合によるキャンセル"
echo "返金リクエスト送信済み"
''')


@pos("payjp", "secret_key", "payjp_sk", "ts", "PAYJP_SECRET_KEY", conv=False)
def payjp_node(r):
    return pre(r) + "src/lib/payjp.ts", F('''import Payjp from 'payjp';

// 決済サーバー用クライアント（秘密鍵はサーバー側のみ）
const payjp = Payjp('[[S]]', { timeout: 20000 });

export async function charge(token: string, amount: number) {
  return payjp.charges.create({
    card: token,
    amount,
    currency: 'jpy',
    capture: true,
  });
}

export default payjp;
''')


# ---- KOMOJU
@pos("komoju", "secret_key", "komoju_sk", "php", "KOMOJU_SECRET_KEY")
def komoju_laravel_config(r):
    return "config/komoju.php", F('''<?php

// KOMOJU 決済設定
return [
    'endpoint' => 'https://komoju.com/api/v1',
    'api_version' => '2024-07-15',
    'secret_key' => env('KOMOJU_SECRET_KEY', '[[S]]'),
    'publishable_key' => env('KOMOJU_PUBLISHABLE_KEY'),
    'webhook_path' => '/webhooks/komoju',
    'currency' => 'JPY',
];
''')


@pos("komoju", "secret_key", "komoju_sk", "go", "KOMOJU_SECRET_KEY", conv=False)
def komoju_go(r):
    return pre(r) + "internal/komoju/client.go", F('''package komoju

import (
	"net/http"
	"strings"
	"time"
)

const endpoint = "https://komoju.com/api/v1"

// NewSessionRequest は KOMOJU のセッション作成リクエストを組み立てる
func NewSessionRequest(body string) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodPost, endpoint+"/sessions", strings.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth("[[S]]", "")
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-KOMOJU-API-VERSION", "2024-07-15")
	return req, nil
}

var httpClient = &http.Client{Timeout: 30 * time.Second}
''')


# ---- Stripe JP
@pos("stripe", "secret_key", "stripe_sk", "env", "STRIPE_SECRET_KEY")
def stripe_dotenv(r):
    return ".env", F('''APP_ENV=production
APP_URL=https://[[slug]].jp
TZ=Asia/Tokyo
STRIPE_SECRET_KEY=[[S]]
STRIPE_PUBLISHABLE_KEY_ENV=frontend
LOG_LEVEL=info
''', slug=slug(r))


@pos("stripe", "secret_key", "stripe_sk", "py", "STRIPE_SECRET_KEY")
def stripe_django(r):
    return "config/settings/prod.py", F('''from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["[[slug]].jp", "www.[[slug]].jp"]
LANGUAGE_CODE = "ja"
TIME_ZONE = "Asia/Tokyo"

# Stripe (日本アカウント)
STRIPE_SECRET_KEY = "[[S]]"
STRIPE_CURRENCY = "jpy"
STRIPE_STATEMENT_DESCRIPTOR = "[[slugu]]"
''', slug=slug(r), slugu=slug(r).upper()[:10])


@pos("stripe", "webhook_secret", "stripe_whsec", "yml", "STRIPE_WEBHOOK_SECRET")
def stripe_webhook_yml(r):
    return "deploy/values.yaml", F('''# Helm values (本番)
replicaCount: 2
image:
  repository: ghcr.io/[[slug]]/shop-api
  tag: "1.14.2"
env:
  TZ: Asia/Tokyo
  RAILS_ENV: production
stripe:
  webhookSigningSecret: "[[S]]"
  toleranceSeconds: 300
resources:
  limits:
    memory: 512Mi
''', slug=slug(r))


@pos("stripe", "restricted_key", "stripe_rk", "java", "STRIPE_RESTRICTED_KEY", conv=False)
def stripe_java(r):
    return "src/main/java/jp/co/shop/payment/RefundJob.java", F('''package jp.co.shop.payment;

import com.stripe.model.Refund;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;

/** 返金バッチ（制限付きキーで実行） */
public class RefundJob {
    private final RequestOptions options = RequestOptions.builder()
            .setApiKey("[[S]]")
            .setMaxNetworkRetries(2)
            .build();

    public Refund refund(String paymentIntentId) throws Exception {
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(paymentIntentId)
                .build();
        return Refund.create(params, options);
    }
}
''')


# ---- GMO Payment Gateway
@pos("gmo-pg", "shop_password", "gmo_pass", "php", "GMO_SHOP_PASS")
def gmo_php_define(r):
    return "app/Config/gmo_pg.php", F('''<?php
// GMOペイメントゲートウェイ ショップ情報
define('GMO_SHOP_ID', '[[sid]]');     // ショップID
define('GMO_SHOP_PASS', '[[S]]');     // ショップパスワード
define('GMO_SHOP_NAME', '[[comp]]');
define('GMO_TRIAL_MODE', false);
define('GMO_API_HOST', 'https://p01.mul-pay.jp');
''', sid="9100%09d" % r.randint(0, 999999999), comp=comp(r))


@pos("gmo-pg", "shop_password", "gmo_pass", "yml", "GMO_SHOP_PASS")
def gmo_yml(r):
    return "config/gmo_payment.yml", F('''default: &default
  host: pt01.mul-pay.jp
  timeout: 30

development:
  <<: *default

production:
  <<: *default
  host: p01.mul-pay.jp
  shop_id: "[[sid]]"
  shop_pass: "[[S]]"
''', sid="9200%09d" % r.randint(0, 999999999))


@pos("gmo-pg", "site_password", "gmo_pass", "rb", "GMO_SITE_PASS")
def gmo_ruby_site(r):
    return "app/models/concerns/gmo_member.rb", F('''# 会員・カード登録 (サイトAPI)
module GmoMember
  extend ActiveSupport::Concern

  def gmo_site_api
    @gmo_site_api ||= GMO::Payment::SiteAPI.new(
      site_id: "[[sid]]",
      site_pass: "[[S]]",
      host: "p01.mul-pay.jp"
    )
  end

  def save_member!
    gmo_site_api.save_member(member_id: "m#{id}", member_name: name)
  end
end
''', sid="mst2%09d" % r.randint(0, 999999999))


@pos("gmo-pg", "shop_password", "gmo_pass", "ts", "GMO_SHOP_PASS")
def gmo_ts(r):
    return pre(r) + "src/payment/gmopg.ts", F('''import GMOPG, { ENUMS } from 'gmopg';

// GMO-PG クライアント（ショップ用）
export const gmopg = new GMOPG({
  baseUrl: 'https://p01.mul-pay.jp',
  ShopID: '[[sid]]',
  ShopPass: '[[S]]',
});

export async function auth(orderID: string, amount: number) {
  return gmopg.entryTran({ OrderID: orderID, JobCd: ENUMS.JobCd.Auth, Amount: amount });
}
''', sid="9100%09d" % r.randint(0, 999999999))


@pos("gmo-pg", "shop_password", "gmo_pass", "sh", "GMO_SHOP_PASS", conv=False)
def gmo_curl(r):
    return "tools/gmo_entry_tran.sh", F('''#!/bin/sh
# 取引登録 (EntryTran) の疎通確認
ORDER_ID="ord-$(date +%Y%m%d%H%M%S)"
curl -s https://p01.mul-pay.jp/payment/EntryTran.idPass \\
  -d "ShopID=[[sid]]&ShopPass=[[S]]&OrderID=${ORDER_ID}&JobCd=AUTH&Amount=1100"
''', sid="9100%09d" % r.randint(0, 999999999))


@pos("gmo-pg", "shop_password", "gmo_pass", "docker", "GMO_SHOP_PASSWORD")
def gmo_dockerfile(r):
    return "docker/batch/Dockerfile", F('''FROM ruby:3.2-slim
WORKDIR /app
ENV TZ=Asia/Tokyo \\
    LANG=ja_JP.UTF-8 \\
    RAILS_ENV=production
# 売上確定バッチ用
ENV GMO_SHOP_ID=[[sid]]
ENV GMO_SHOP_PASSWORD=[[S]]
COPY Gemfile Gemfile.lock ./
RUN bundle install --without development test
COPY . .
CMD ["bin/rails", "runner", "SalesConfirmJob.perform_now"]
''', sid="9100%09d" % r.randint(0, 999999999))


# ---- GMO Aozora / sunabar
@pos("gmo-aozora", "api_token", "aozora_token", "py", "GANB_ACCESS_TOKEN", conv=False)
def aozora_py(r):
    return pre(r) + "bank/aozora.py", F('''"""GMOあおぞらネット銀行 API (sunabar) から残高を取得"""
import requests

BASE = "https://api.sunabar.gmo-aozora.com/personal/v1"


def balances():
    headers = {
        "Accept": "application/json;charset=UTF-8",
        "x-access-token": "[[S]]",
    }
    r = requests.get(f"{BASE}/accounts/balances", headers=headers, timeout=10)
    r.raise_for_status()
    return r.json()["balances"]
''')


@pos("gmo-aozora", "api_token", "aozora_token", "sh", "GANB_ACCESS_TOKEN", conv=False)
def aozora_sh(r):
    return "scripts/sunabar_transfer_check.sh", F('''#!/bin/bash
# sunabar で振込依頼の状況を確認する
ACCOUNT_ID="[[acc]]"
curl -s -X GET \\
  -H "Accept: application/json;charset=UTF-8" \\
  -H "x-access-token: [[S]]" \\
  "https://api.sunabar.gmo-aozora.com/corporation/v1/transfer/status?accountId=${ACCOUNT_ID}&queryKeyClass=1"
''', acc="%012d" % r.randint(10 ** 11, 10 ** 12 - 1))


# ---- SB Payment Service
@pos("sbps", "hash_key", "sbps_hash", "php", "SBPS_HASH_KEY")
def sbps_php(r):
    return "app/Services/Sbps/Checksum.php", F('''<?php

namespace App\\Services\\Sbps;

// SBペイメントサービス リンク型 チェックサム生成
class Checksum
{
    private string $merchantId = '[[mid]]';
    private string $serviceId = '[[sid]]';
    private string $hashKey = '[[S]]';

    public function make(array $fields): string
    {
        $joined = implode('', array_map('trim', $fields));
        return sha1(mb_convert_encoding($joined . $this->hashKey, 'SJIS-win', 'UTF-8'));
    }
}
''', mid="%05d" % r.randint(10000, 99999), sid="%03d" % r.randint(1, 999))


@pos("sbps", "hash_key", "sbps_hash", "yml", "SBPS_HASH_KEY")
def sbps_yml(r):
    return "config/sbps.yml", F('''# SBペイメントサービス接続情報
production:
  endpoint: https://fep.sps-system.com/f01/FepBuyInfoReceive.do
  merchant_id: "[[mid]]"
  service_id: "[[sid]]"
  hash_key: [[S]]
  pay_methods:
    - credit3d2
    - paypay
''', mid="%05d" % r.randint(10000, 99999), sid="%03d" % r.randint(1, 999))


# ---- freee
@pos("freee", "client_secret", "oauth_secret", "py", "FREEE_CLIENT_SECRET")
def freee_token_py(r):
    return pre(r) + "integrations/freee_auth.py", F('''"""freee API のトークン更新"""
import requests

TOKEN_URL = "https://accounts.secure.freee.co.jp/public_api/token"
CLIENT_ID = "[[cid]]"
CLIENT_SECRET = "[[S]]"


def refresh(refresh_token: str) -> dict:
    data = {
        "grant_type": "refresh_token",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "refresh_token": refresh_token,
    }
    resp = requests.post(TOKEN_URL, data=data, timeout=15)
    resp.raise_for_status()
    return resp.json()
''', cid=str(r.randint(100000000000000, 999999999999999)))


@pos("freee", "client_secret", "oauth_secret", "gs", "FREEE_CLIENT_SECRET", conv=False)
def freee_gas(r):
    return "gas/freee.gs", F('''/**
 * freee 会計の取引を毎朝スプレッドシートへ書き出す
 * ライブラリ: OAuth2 for Apps Script
 */
function getService_() {
  return OAuth2.createService('freee')
    .setAuthorizationBaseUrl('https://accounts.secure.freee.co.jp/public_api/authorize')
    .setTokenUrl('https://accounts.secure.freee.co.jp/public_api/token')
    .setClientId('[[cid]]')
    .setClientSecret('[[S]]')
    .setCallbackFunction('authCallback')
    .setPropertyStore(PropertiesService.getUserProperties());
}

function authCallback(request) {
  var ok = getService_().handleCallback(request);
  return HtmlService.createHtmlOutput(ok ? '認証に成功しました' : '認証に失敗しました');
}
''', cid=str(r.randint(100000000000000, 999999999999999)))


@pos("freee", "access_token", "oauth_token", "sh", "FREEE_ACCESS_TOKEN", conv=False)
def freee_curl(r):
    return "scripts/freee_deals.sh", F('''#!/usr/bin/env bash
# 取引一覧の取得 (会社ID は事業所ごとに異なる)
COMPANY_ID=[[co]]
curl -s "https://api.freee.co.jp/api/1/deals?company_id=${COMPANY_ID}&limit=100" \\
  -H "accept: application/json" \\
  -H "Authorization: Bearer [[S]]" \\
  -H "X-Api-Version: 2020-06-15" | jq '.deals[] | {id, issue_date, amount}'
''', co=r.randint(1000000, 9999999))


@pos("freee", "client_secret", "oauth_secret", "toml", "FREEE_CLIENT_SECRET")
def freee_toml(r):
    return "config/integrations.toml", F('''# 会計連携の設定
[general]
timezone = "Asia/Tokyo"
fiscal_year_start = 4

[freee]
company_id = [[co]]
client_id = "[[cid]]"
client_secret = "[[S]]"
redirect_uri = "https://[[slug]].jp/oauth/freee/callback"

[export]
bucket = "[[slug]]-accounting"
''', co=r.randint(1000000, 9999999), cid=str(r.randint(10 ** 14, 10 ** 15 - 1)), slug=slug(r))


# ---- Money Forward Cloud
@pos("moneyforward", "client_secret", "oauth_secret", "json", "MF_CLIENT_SECRET")
def mf_json(r):
    return "config/moneyforward.json", F('''{
  "name": "請求書自動発行",
  "moneyforward": {
    "authorize_url": "https://api.biz.moneyforward.com/authorize",
    "token_url": "https://api.biz.moneyforward.com/token",
    "client_id": "[[cid]]",
    "client_secret": "[[S]]",
    "scope": "mfc/invoice/data.write"
  },
  "office_name": "[[comp]]"
}
''', cid=rs(r, DIG, 16), comp=comp(r))


@pos("moneyforward", "client_secret", "oauth_secret", "go", "MF_CLIENT_SECRET")
def mf_go(r):
    return pre(r) + "internal/mfcloud/oauth.go", F('''package mfcloud

import "golang.org/x/oauth2"

// マネーフォワード クラウド請求書 API 用 OAuth 設定
var Config = &oauth2.Config{
	ClientID:     "[[cid]]",
	ClientSecret: "[[S]]",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://api.biz.moneyforward.com/authorize",
		TokenURL: "https://api.biz.moneyforward.com/token",
	},
	RedirectURL: "https://[[slug]].jp/callback/mf",
	Scopes:      []string{"mfc/invoice/data.read"},
}
''', cid=rs(r, DIG, 16), slug=slug(r))


# ---- kintone / Garoon
@pos("kintone", "api_token", "kintone_token", "js", "apiToken", conv=False)
def kintone_customize_proxy(r):
    return "kintone/customize/order-sync.js", F('''/*
 * 受注管理アプリ: 保存時に在庫アプリへ反映するカスタマイズ
 * アプリID: [[app]]  (在庫アプリ: [[app2]])
 */
(function() {
  'use strict';
  var STOCK_APP = [[app2]];

  kintone.events.on(['app.record.create.submit.success'], function(event) {
    var body = {
      app: STOCK_APP,
      query: 'jan_code = "' + event.record.jan_code.value + '"'
    };
    return kintone.proxy(
      'https://[[sub]].cybozu.com/k/v1/records.json',
      'GET',
      {'X-Cybozu-API-Token': '[[S]]', 'Content-Type': 'application/json'},
      body
    ).then(function(resp) {
      console.log('在庫レコード取得', resp[1]);
      return event;
    });
  });
})();
''', app=r.randint(10, 400), app2=r.randint(10, 400), sub=slug(r))


@pos("kintone", "api_token", "kintone_token", "py", "KINTONE_API_TOKEN")
def kintone_py(r):
    return pre(r) + "sync/kintone_export.py", F('''# -*- coding: utf-8 -*-
"""kintone の顧客アプリから CSV を書き出す夜間バッチ"""
import csv
import requests

KINTONE_DOMAIN = "[[sub]].cybozu.com"
KINTONE_APP_ID = [[app]]
KINTONE_API_TOKEN = "[[S]]"


def fetch(offset=0):
    url = f"https://{KINTONE_DOMAIN}/k/v1/records.json"
    headers = {"X-Cybozu-API-Token": KINTONE_API_TOKEN}
    params = {"app": KINTONE_APP_ID, "query": f"order by $id asc limit 500 offset {offset}"}
    return requests.get(url, headers=headers, params=params, timeout=30).json()["records"]
''', sub=slug(r), app=r.randint(10, 400))


@pos("kintone", "api_token", "kintone_token", "ts", "KINTONE_API_TOKEN", conv=False)
def kintone_rest_client(r):
    return pre(r) + "src/kintone/client.ts", F('''import { KintoneRestAPIClient } from '@kintone/rest-api-client';

// 案件管理アプリ用クライアント
export const client = new KintoneRestAPIClient({
  baseUrl: 'https://[[sub]].cybozu.com',
  auth: { apiToken: '[[S]]' },
});

export const APP_ID = [[app]];

export async function listOpenDeals() {
  return client.record.getAllRecords({ app: APP_ID, condition: 'ステータス in ("商談中")' });
}
''', sub=slug(r), app=r.randint(10, 400))


@pos("kintone", "basic_credential", "cybozu_basic", "gs", "KINTONE_AUTH", conv=False)
def kintone_gas_password_auth(r):
    return "gas/kintone_import.gs", F('''// スプレッドシートの行を kintone にまとめて登録する
var SUBDOMAIN = '[[sub]]';
var APP_ID = [[app]];

function postRecords(records) {
  var options = {
    method: 'post',
    contentType: 'application/json',
    headers: {
      'X-Cybozu-Authorization': '[[S]]'
    },
    payload: JSON.stringify({ app: APP_ID, records: records }),
    muteHttpExceptions: true
  };
  var res = UrlFetchApp.fetch('https://' + SUBDOMAIN + '.cybozu.com/k/v1/records.json', options);
  Logger.log(res.getContentText());
}
''', sub=slug(r), app=r.randint(10, 400))


@pos("kintone", "api_token", "kintone_token", "sh", "KINTONE_API_TOKEN", conv=False)
def kintone_curl(r):
    return "tools/kintone/get_record.sh", F('''#!/bin/sh
# レコード1件取得 (動作確認用)
APP=[[app]]
ID=${1:-1}
curl -s -X GET "https://[[sub]].cybozu.com/k/v1/record.json?app=${APP}&id=${ID}" \\
  -H "X-Cybozu-API-Token: [[S]]"
''', sub=slug(r), app=r.randint(10, 400))


@pos("kintone", "api_token", "kintone_token", "yml", "KINTONE_ORDERS_TOKEN")
def kintone_yml(r):
    return "config/kintone.yml", F('''kintone:
  domain: [[sub]].cybozu.com
  apps:
    orders: [[app]]
    customers: [[app2]]
  api_tokens:
    orders: [[S]]
  guest_space_id: null
  retry: 3
''', sub=slug(r), app=r.randint(10, 400), app2=r.randint(10, 400))


@pos("garoon", "basic_credential", "cybozu_basic", "java", "GAROON_AUTH", conv=False)
def garoon_java(r):
    return "src/main/java/jp/co/intra/garoon/ScheduleClient.java", F('''package jp.co.intra.garoon;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Garoon REST API から予定を取得する */
public class ScheduleClient {
    private static final String BASE = "https://[[sub]].cybozu.com/g/api/v1";
    private final HttpClient http = HttpClient.newHttpClient();

    public String events(String rangeStart) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(BASE + "/schedule/events?rangeStart=" + rangeStart))
                .header("X-Cybozu-Authorization", "[[S]]")
                .header("Content-Type", "application/json")
                .GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
''', sub=slug(r))


# ---- Chatwork
@pos("chatwork", "api_token", "chatwork", "sh", "CHATWORK_API_TOKEN", conv=False)
def chatwork_curl(r):
    return "bin/notify_chatwork.sh", F('''#!/bin/bash
# デプロイ完了をチャットワークに通知
ROOM_ID=[[room]]
MSG="[info][title]デプロイ完了[/title]${1:-main} を本番に反映しました[/info]"
curl -s -X POST \\
  -H "X-ChatWorkToken: [[S]]" \\
  --data-urlencode "body=${MSG}" \\
  "https://api.chatwork.com/v2/rooms/${ROOM_ID}/messages" > /dev/null
''', room=r.randint(100000000, 399999999))


@pos("chatwork", "api_token", "chatwork", "py", "CHATWORK_API_TOKEN")
def chatwork_py(r):
    return pre(r) + "notifier/chatwork.py", F('''import requests

CHATWORK_API_TOKEN = "[[S]]"
CHATWORK_ROOM_ID = [[room]]  # 経理チャンネル


def post(message: str) -> None:
    requests.post(
        f"https://api.chatwork.com/v2/rooms/{CHATWORK_ROOM_ID}/messages",
        headers={"X-ChatWorkToken": CHATWORK_API_TOKEN},
        data={"body": message, "self_unread": 0},
        timeout=10,
    )
''', room=r.randint(100000000, 399999999))


@pos("chatwork", "api_token", "chatwork", "gs", "CHATWORK_TOKEN", conv=False)
def chatwork_gas(r):
    return "gas/remind.gs", F('''// 毎朝9時: 未処理タスクをチャットワークに投稿
function remind() {
  var client = ChatWorkClient.factory({ token: '[[S]]' });
  var sheet = SpreadsheetApp.getActive().getSheetByName('タスク');
  var rows = sheet.getDataRange().getValues().filter(function(r) { return r[3] === '未着手'; });
  if (rows.length === 0) return;
  client.sendMessage({ room_id: [[room]], body: '未着手のタスクが ' + rows.length + ' 件あります' });
}
''', room=r.randint(100000000, 399999999))


@pos("chatwork", "api_token", "chatwork", "rb", "CHATWORK_API_TOKEN")
def chatwork_ruby(r):
    return "config/initializers/chatwork.rb", F('''# ChatWork gem の設定
ChatWork.api_key = "[[S]]"

module ChatworkNotifier
  ROOM_ID = [[room]]

  def self.notify(text)
    ChatWork::Message.create(room_id: ROOM_ID, body: text)
  end
end
''', room=r.randint(100000000, 399999999))


@pos("chatwork", "api_token", "chatwork", "go", "CHATWORK_API_TOKEN", conv=False)
def chatwork_go(r):
    return pre(r) + "pkg/alert/chatwork.go", F('''package alert

import (
	"net/http"
	"net/url"
	"strings"
)

// Send はアラートをチャットワークのルームへ送る
func Send(roomID, text string) error {
	form := url.Values{"body": {text}}
	req, _ := http.NewRequest("POST", "https://api.chatwork.com/v2/rooms/"+roomID+"/messages",
		strings.NewReader(form.Encode()))
	req.Header.Set("X-ChatWorkToken", "[[S]]")
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	_, err := http.DefaultClient.Do(req)
	return err
}
''')


# ---- Backlog
@pos("backlog", "api_key", "backlog", "py", "BACKLOG_API_KEY", conv=False)
def backlog_url_py(r):
    return pre(r) + "tools/backlog_weekly.py", F('''"""Backlog の今週完了課題を集計"""
import requests

SPACE = "[[sub]]"
URL = "https://[[sub]].backlog.jp/api/v2/issues?apiKey=[[S]]"


def closed_issues(project_id: int):
    params = {"projectId[]": project_id, "statusId[]": 4, "count": 100}
    return requests.get(URL, params=params, timeout=20).json()
''', sub=slug(r))


@pos("backlog", "api_key", "backlog", "gs", "BACKLOG_API_KEY", conv=False)
def backlog_gas(r):
    return "gas/backlog_to_sheet.gs", F('''// Backlog の課題一覧をシートに転記
function exportIssues() {
  var url = 'https://[[sub]].backlog.com/api/v2/issues?apiKey=[[S]]&projectId[]=[[pid]]&count=100';
  var issues = JSON.parse(UrlFetchApp.fetch(url).getContentText());
  var sheet = SpreadsheetApp.getActive().getSheetByName('課題');
  issues.forEach(function(i) {
    sheet.appendRow([i.issueKey, i.summary, i.status.name, i.dueDate]);
  });
}
''', sub=slug(r), pid=r.randint(10000, 99999))


@pos("backlog", "api_key", "backlog", "yml", "BACKLOG_API_KEY")
def backlog_yml(r):
    return "config/backlog.yml", F('''backlog:
  space: [[sub]]
  domain: backlog.jp
  project_key: [[pk]]
  api_key: "[[S]]"
  default_issue_type: タスク
  notify_users: [[[u1]], [[u2]]]
''', sub=slug(r), pk=rs(r, UPP, 4), u1=r.randint(100000, 999999), u2=r.randint(100000, 999999))


@pos("backlog", "api_key", "backlog", "md", "BACKLOG_API_KEY", conv=False)
def backlog_md(r):
    return "docs/運用手順/backlog-api.md", F('''# Backlog API 連携メモ

障害チケットを自動起票するためのメモです。

## 疎通確認

```bash
curl "https://[[sub]].backlog.jp/api/v2/space?apiKey=[[S]]"
```

## 起票

- プロジェクトキー: `[[pk]]`
- 種別: バグ
- 優先度: 高
''', sub=slug(r), pk=rs(r, UPP, 4))


@pos("kintone", "api_token", "kintone_token", "md", "KINTONE_API_TOKEN", conv=False)
def kintone_md(r):
    return "docs/kintone連携.md", F('''# kintone 連携設定

| 項目 | 値 |
|------|----|
| サブドメイン | [[sub]].cybozu.com |
| 顧客管理アプリID | [[app]] |
| APIトークン（閲覧・追加） | [[S]] |
| 担当 | 情報システム部 [[who]] |

トークンを再生成した場合はこの表も更新すること。
''', sub=slug(r), app=r.randint(10, 400), who=r.choice(PEOPLE))


# ---- SmartHR
@pos("smarthr", "access_token", "smarthr", "rb", "SMARTHR_ACCESS_TOKEN", conv=False)
def smarthr_ruby(r):
    return "lib/smarthr/client.rb", F('''require "faraday"

module Smarthr
  # 従業員情報を取得するクライアント
  class Client
    def initialize(tenant: "[[tenant]]")
      @conn = Faraday.new(url: "https://#{tenant}.smarthr.jp/api/v1") do |f|
        f.headers["Authorization"] = "Bearer [[S]]"
        f.response :json
      end
    end

    def crews(page: 1)
      @conn.get("crews", page: page, per_page: 100).body
    end
  end
end
''', tenant=rs(r, LALNUM, 10))


@pos("smarthr", "access_token", "smarthr", "ts", "SMARTHR_ACCESS_TOKEN")
def smarthr_ts(r):
    return pre(r) + "src/hr/smarthr.ts", F('''// SmartHR 連携 (入社手続きの自動化)
const SMARTHR_TENANT = '[[tenant]]';
const SMARTHR_ACCESS_TOKEN = '[[S]]';

export async function fetchCrew(id: string) {
  const res = await fetch(`https://${SMARTHR_TENANT}.smarthr.jp/api/v1/crews/${id}`, {
    headers: { Authorization: `Bearer ${SMARTHR_ACCESS_TOKEN}` },
  });
  if (!res.ok) throw new Error(`SmartHR error: ${res.status}`);
  return res.json();
}
''', tenant=rs(r, LALNUM, 10))


# ---- LINE WORKS
@pos("lineworks", "client_secret", "lw_client_secret", "json", "LW_CLIENT_SECRET")
def lineworks_json(r):
    return "config/lineworks.json", F('''{
  "domainId": [[dom]],
  "clientId": "[[cid]]",
  "clientSecret": "[[S]]",
  "serviceAccount": "[[sa]].serviceaccount@[[slug]]",
  "privateKeyPath": "/run/secrets/lineworks_private.key",
  "botId": [[bot]],
  "scope": "bot user.read"
}
''', dom=r.randint(10000000, 99999999), cid=rs(r, ALNUM, 20), sa=rs(r, LALNUM, 5),
             slug=slug(r), bot=r.randint(1000000, 9999999))


@pos("lineworks", "private_key", "pem", "py", "LW_PRIVATE_KEY")
def lineworks_pem_py(r):
    return pre(r) + "bot/lw_auth.py", F('''"""LINE WORKS API 2.0: サービスアカウント認証 (JWT)"""
import time

import jwt
import requests

CLIENT_ID = "[[cid]]"
SERVICE_ACCOUNT = "[[sa]].serviceaccount@[[slug]]"
PRIVATE_KEY = """[[S]]
"""


def assertion() -> str:
    now = int(time.time())
    payload = {"iss": CLIENT_ID, "sub": SERVICE_ACCOUNT, "iat": now, "exp": now + 3600}
    return jwt.encode(payload, PRIVATE_KEY, algorithm="RS256")
''', cid=rs(r, ALNUM, 20), sa=rs(r, LALNUM, 5), slug=slug(r))


@pos("lineworks", "bot_secret", "lw_bot_secret", "yml", "LW_BOT_SECRET")
def lineworks_bot_yml(r):
    return "config/bot.yml", F('''# LINE WORKS Bot 設定 (勤怠リマインダー)
bot:
  id: [[bot]]
  name: 勤怠リマインダー
  callback_path: /callback/lineworks
  bot_secret: "[[S]]"
  channel_ids: []
schedule:
  remind_at: "17:45"
''', bot=r.randint(1000000, 9999999))


@pos("lineworks", "client_secret", "lw_client_secret", "ts", "LW_CLIENT_SECRET", conv=False)
def lineworks_ts_ctor(r):
    return pre(r) + "src/lineworks/index.ts", F('''import { readFileSync } from 'fs';
import { WorksClient } from './works-client';

// 引数: clientId, clientSecret, serviceAccount, privateKey
export const works = new WorksClient(
  '[[cid]]',
  '[[S]]',
  '[[sa]].serviceaccount@[[slug]]',
  readFileSync('/run/secrets/lw.key', 'utf8'),
);
''', cid=rs(r, ALNUM, 20), sa=rs(r, LALNUM, 5), slug=slug(r))


@pos("lineworks", "private_key", "pem", "key", "LW_PRIVATE_KEY", conv=False)
def lineworks_keyfile(r):
    return "deploy/keys/private_%s%06d.key" % (ymd(r).replace("-", ""), r.randint(0, 999999)), M + "\n"


@pos("lineworks", "private_key", "pem_json", "json", "LW_PRIVATE_KEY")
def lineworks_pem_json(r):
    return "functions/lineworks-bot/credentials.json", F('''{
  "client_id": "[[cid]]",
  "service_account": "[[sa]].serviceaccount@[[slug]]",
  "private_key": "[[S]]",
  "bot_id": "[[bot]]"
}
''', cid=rs(r, ALNUM, 20), sa=rs(r, LALNUM, 5), slug=slug(r), bot=r.randint(1000000, 9999999))


# ---- Sansan
@pos("sansan", "api_key", "sansan", "py", "SANSAN_API_KEY", conv=False)
def sansan_py(r):
    return pre(r) + "crm/sansan_import.py", F('''"""Sansan の名刺データを CRM に取り込む"""
import requests

ENDPOINT = "https://api.sansan.com/v3.2/bizCards/search"


def search(updated_from: str):
    resp = requests.get(
        ENDPOINT,
        headers={"X-Sansan-Api-Key": "[[S]]"},
        params={"updatedFrom": updated_from, "range": "all", "limit": 300},
        timeout=30,
    )
    return resp.json().get("data", [])
''')


# ---- Sakura Internet
@pos("sakura-cloud", "access_token_secret", "sakura_secret", "tf", "SAKURACLOUD_ACCESS_TOKEN_SECRET")
def sakura_tf(r):
    return "infra/terraform/provider.tf", F('''terraform {
  required_providers {
    sakuracloud = {
      source  = "sacloud/sakuracloud"
      version = "~> 2.25"
    }
  }
}

# さくらのクラウド (石狩第2ゾーン)
provider "sakuracloud" {
  token  = "[[tok]]"
  secret = "[[S]]"
  zone   = "is1b"
}
''', tok=uuid4(r))


@pos("sakura-cloud", "access_token_secret", "sakura_secret", "sh", "SAKURACLOUD_ACCESS_TOKEN_SECRET")
def sakura_env_sh(r):
    return "ops/sakura_env.sh", F('''#!/bin/bash
# usacloud 用の環境変数 (source ops/sakura_env.sh)
export SAKURACLOUD_ACCESS_TOKEN=[[tok]]
export SAKURACLOUD_ACCESS_TOKEN_SECRET=[[S]]
export SAKURACLOUD_ZONE=tk1b
usacloud server list --output-type table
''', tok=uuid4(r))


@pos("sakura-cloud", "access_token_secret", "sakura_secret", "md", "SAKURACLOUD_ACCESS_TOKEN_SECRET", conv=False)
def sakura_curl_md(r):
    return "docs/infra/sakura-api.md", F('''## さくらのクラウド API の叩き方

サーバー一覧:

```
curl -s -u '[[tok]]:[[S]]' \\
  https://secure.sakura.ad.jp/cloud/zone/is1b/api/cloud/1.1/server | jq '.Servers[].Name'
```

※ APIキーはアクセスレベル「リソース閲覧」で作成済み
''', tok=uuid4(r))


# ---- ConoHa
@pos("conoha", "api_password", "password", "json", "CONOHA_API_PASSWORD", conv=False)
def conoha_json(r):
    return "ops/conoha/token_request.json", F('''{
  "auth": {
    "passwordCredentials": {
      "username": "gncu[[uid]]",
      "password": "[[S]]"
    },
    "tenantId": "[[ten]]"
  }
}
''', uid=rs(r, DIG, 8), ten=hx(r, 32))


@pos("conoha", "api_password", "password", "yml", "OS_PASSWORD")
def conoha_clouds_yaml(r):
    return "ops/openstack/clouds.yaml", F('''clouds:
  conoha:
    auth:
      auth_url: https://identity.tyo3.conoha.io/v3
      username: gncu[[uid]]
      password: "[[S]]"
      project_id: [[ten]]
      user_domain_id: default
    region_name: tyo3
    interface: public
''', uid=rs(r, DIG, 8), ten=hx(r, 32))


# ---- Mackerel
@pos("mackerel", "api_key", "mackerel", "toml", "MACKEREL_APIKEY")
def mackerel_agent_conf(r):
    return "ansible/roles/mackerel/files/mackerel-agent.conf", F('''# mackerel-agent 設定
apikey = "[[S]]"
roles = ["[[svc]]:web"]

[host_status]
on_start = "working"
on_stop  = "poweroff"

[plugin.metrics.nginx]
command = ["mackerel-plugin-nginx", "-port=8080"]
''', svc=slug(r))


@pos("mackerel", "api_key", "mackerel", "yml", "MACKEREL_APIKEY")
def mackerel_gha(r):
    return ".github/workflows/deploy.yml", F('''name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      MACKEREL_APIKEY: [[S]]
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/deploy.sh
      - name: Mackerel にデプロイのグラフアノテーションを付与
        run: |
          mkr annotations create --service [[svc]] --title "deploy ${GITHUB_SHA::7}" \\
            --from $(date +%s) --to $(date +%s)
''', svc=slug(r))


@pos("mackerel", "api_key", "mackerel", "sh", "MACKEREL_APIKEY", conv=False)
def mackerel_curl(r):
    return "scripts/mackerel_retire.sh", F('''#!/bin/sh
# 退役したホストを Mackerel から外す
HOST_ID="$1"
curl -s -X POST "https://api.mackerelio.com/api/v0/hosts/${HOST_ID}/retire" \\
  -H "X-Api-Key: [[S]]" \\
  -H "Content-Type: application/json" -d '{}'
''')


# ---- PR TIMES
@pos("prtimes", "access_token", "prtimes", "php", "PRTIMES_ACCESS_TOKEN", conv=False)
def prtimes_php(r):
    return "app/Console/Commands/FetchPressReleases.php", F('''<?php

namespace App\\Console\\Commands;

use Illuminate\\Console\\Command;
use Illuminate\\Support\\Facades\\Http;

// 自社のプレスリリース一覧を取得してサイトに掲載
class FetchPressReleases extends Command
{
    protected $signature = 'prtimes:fetch';

    public function handle(): int
    {
        $res = Http::withHeaders(['Authorization' => 'Bearer [[S]]'])
            ->get('https://api.prtimes.jp/v1/companies/[[co]]/releases', ['per_page' => 20]);
        $this->info('取得件数: ' . count($res->json('data', [])));
        return 0;
    }
}
''', co=r.randint(10000, 99999))


# ---- Rakuten RMS
@pos("rakuten-rms", "esa_credential", "rakuten_esa", "java", "RMS_AUTH", conv=False)
def rakuten_java(r):
    return "src/main/java/jp/co/ec/rms/OrderSearch.java", F('''package jp.co.ec.rms;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** 楽天 RMS 受注API: searchOrder */
public class OrderSearch {
    private static final String URL = "https://api.rms.rakuten.co.jp/es/2.0/order/searchOrder/";

    public String search(String json) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(URL))
                .header("Authorization", "ESA [[S]]")
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
''')


@pos("rakuten-rms", "service_secret", "rakuten_sp", "yml", "RMS_SERVICE_SECRET")
def rakuten_yml(r):
    return "config/rakuten.yml", F('''# 楽天 RMS WEB SERVICE
rms:
  shop_url: [[slug]]
  service_secret: [[S]]
  # ライセンスキーは90日ごとに更新が必要なので環境変数で渡す
  license_key: <%= ENV["RMS_LICENSE_KEY"] %>
  endpoint: https://api.rms.rakuten.co.jp/es/2.0
''', slug=slug(r))


@pos("rakuten-rms", "license_key", "rakuten_sl", "py", "RMS_LICENSE_KEY")
def rakuten_py(r):
    return pre(r) + "mall/rakuten_auth.py", F('''import base64
import os

# 2024/xx 更新したライセンスキー（有効期限: 90日）
RMS_LICENSE_KEY = "[[S]]"
RMS_SERVICE_SECRET = os.environ["RMS_SERVICE_SECRET"]


def auth_header() -> dict:
    raw = f"{RMS_SERVICE_SECRET}:{RMS_LICENSE_KEY}".encode()
    return {"Authorization": "ESA " + base64.b64encode(raw).decode()}
''')


# ---- Yahoo! Shopping
@pos("yahoo-shopping", "client_secret", "yahoo_secret", "php", "YAHOO_CLIENT_SECRET")
def yahoo_php(r):
    return "src/Mall/Yahoo/TokenRefresher.php", F('''<?php
// Yahoo!ショッピング ストア API: アクセストークン更新
$client_id = '[[cid]]';
$client_secret = '[[S]]';

$ch = curl_init('https://auth.login.yahoo.co.jp/yconnect/v2/token');
curl_setopt_array($ch, [
    CURLOPT_POST => true,
    CURLOPT_USERPWD => $client_id . ':' . $client_secret,
    CURLOPT_POSTFIELDS => http_build_query([
        'grant_type' => 'refresh_token',
        'refresh_token' => $argv[1] ?? '',
    ]),
    CURLOPT_RETURNTRANSFER => true,
]);
echo curl_exec($ch);
''', cid="dj00aiZpPX" + rs(r, ALNUM, 28) + "ZXk9" + rs(r, ALNUM, 8))


# ---- BASE
@pos("base", "client_secret", "base_secret", "rb", "BASE_CLIENT_SECRET", conv=False)
def base_ruby(r):
    return "lib/base_api/oauth.rb", F('''require "oauth2"

# BASE API (https://api.thebase.in) の OAuth クライアント
module BaseApi
  def self.client
    OAuth2::Client.new(
      "[[cid]]",
      "[[S]]",
      site: "https://api.thebase.in",
      authorize_url: "/1/oauth/authorize",
      token_url: "/1/oauth/token"
    )
  end
end
''', cid=hx(r, 32))


# ---- Shopify
@pos("shopify", "api_secret", "shpss", "env", "SHOPIFY_API_SECRET")
def shopify_dotenv(r):
    return ".env.production", F('''# Shopify アプリ (日本向けギフト対応)
SHOPIFY_API_KEY=[[key]]
SHOPIFY_API_SECRET=[[S]]
SCOPES=read_orders,write_products
HOST=https://gift-app.[[slug]].jp
''', key=hx(r, 32), slug=slug(r))


@pos("shopify", "access_token", "shpat", "ts", "SHOPIFY_ACCESS_TOKEN", conv=False)
def shopify_ts(r):
    return pre(r) + "src/shopify/admin.ts", F('''// のし・ギフト設定を商品メタフィールドに書き込む
const SHOP = '[[slug]].myshopify.com';

export async function adminQuery(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`https://${SHOP}/admin/api/2024-07/graphql.json`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Shopify-Access-Token': '[[S]]',
    },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}
''', slug=slug(r))


@pos("shopify", "access_token", "shpat", "rb", "SHOPIFY_ACCESS_TOKEN", conv=False)
def shopify_ruby(r):
    return "app/jobs/inventory_sync_job.rb", F('''# 倉庫システムの在庫を Shopify に同期
class InventorySyncJob < ApplicationJob
  queue_as :default

  def perform
    session = ShopifyAPI::Auth::Session.new(
      shop: "[[slug]].myshopify.com",
      access_token: "[[S]]"
    )
    client = ShopifyAPI::Clients::Graphql::Admin.new(session: session)
    client.query(query: INVENTORY_QUERY)
  end
end
''', slug=slug(r))


# ---- database URL
@pos("mysql", "connection_password", "password", "yml", "DATABASE_PASSWORD", conv=False)
def db_url_yml(r):
    return "config/database.yml", F('''default: &default
  adapter: mysql2
  encoding: utf8mb4
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: shop_development

production:
  <<: *default
  url: mysql2://shop_app:[[S]]@db-[[n]].internal.[[slug]].jp:3306/shop_production
''', n=r.randint(1, 9), slug=slug(r))


@pos("gmo-pg", "site_password", "gmo_pass", "properties", "GMO_SITE_PASS")
def gmo_properties(r):
    return "src/main/resources/application-prod.properties", F('''# 決済 (GMO-PG サイト)
spring.application.name=ec-payment
server.port=8080
gmo.api.host=https://p01.mul-pay.jp
gmo.site.id=mst2[[sid]]
gmo.site.pass=[[S]]
gmo.timeout-ms=30000
logging.level.jp.co.ec=INFO
''', sid="%09d" % r.randint(0, 999999999))


@pos("payjp", "secret_key", "payjp_sk", "xml", "PAYJP_SECRET_KEY", conv=False)
def payjp_xml(r):
    return "src/main/webapp/WEB-INF/payment-context.xml", F('''<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans
       http://www.springframework.org/schema/beans/spring-beans.xsd">
    <!-- PAY.JP 決済クライアント -->
    <bean id="payjpClient" class="jp.co.shop.payment.PayjpClient">
        <constructor-arg value="https://api.pay.jp/v1"/>
        <constructor-arg value="[[S]]"/>
    </bean>
</beans>
''')


@pos("chatwork", "api_token", "chatwork", "ini", "CHATWORK_API_TOKEN")
def chatwork_ini(r):
    return "conf/notify.ini", F('''; 監視通知の設定
[general]
hostname = web[[n]]
level = warning

[chatwork]
room_id = [[room]]
api_token = [[S]]

[mail]
to = infra@[[slug]].jp
''', n=r.randint(1, 9), room=r.randint(100000000, 399999999), slug=slug(r))


@pos("kintone", "basic_credential", "cybozu_basic", "php", "KINTONE_AUTH", conv=False)
def kintone_php_basic(r):
    return "wp-content/plugins/kintone-form/includes/api.php", F('''<?php
// お問い合わせフォームの内容を kintone に登録
function kf_post_to_kintone( array $record ) {
    $url = 'https://[[sub]].cybozu.com/k/v1/record.json';
    $headers = array(
        'Content-Type'           => 'application/json',
        'X-Cybozu-Authorization' => '[[S]]',
    );
    return wp_remote_post( $url, array(
        'headers' => $headers,
        'body'    => wp_json_encode( array( 'app' => [[app]], 'record' => $record ) ),
    ) );
}
''', sub=slug(r), app=r.randint(10, 400))


@pos("freee", "access_token", "oauth_token", "sql", "FREEE_ACCESS_TOKEN", conv=False)
def freee_sql_seed(r):
    return "db/seeds/staging_integrations.sql", F('''-- ステージング用 連携設定の初期データ
INSERT INTO integrations (provider, company_id, access_token, expires_at, created_at)
VALUES ('freee', [[co]], '[[S]]', '[[d]] 18:00:00', NOW());

INSERT INTO integration_settings (provider, key, value)
VALUES ('freee', 'sync_interval_min', '30'),
       ('freee', 'account_item_default', '売上高');
''', co=r.randint(1000000, 9999999), d=ymd(r))


# =========================================================== look-alike negatives
def corp_number(r):
    base = "".join(r.choice(DIG) for _ in range(12))
    s = 0
    for n, ch in enumerate(reversed(base), 1):
        s += int(ch) * (1 if n % 2 else 2)
    return str(9 - s % 9) + base


def jan(r):
    body = r.choice(["45", "49"]) + rs(r, DIG, 10)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def postal(r):
    return "%03d-%04d" % (r.randint(1, 999), r.randint(0, 9999))


def b64blob(r, n):
    return base64.b64encode(rbytes(r, n)).decode("ascii")


@look("corporate", "corporate-number")
def lk_company_master(r):
    rows = "\n".join('  - name: "株式会社%s"\n    corporate_number: "%s"\n    postal_code: "%s"'
                     % (comp(r), corp_number(r), postal(r)) for _ in range(r.randint(3, 6)))
    return "config/master/partners.yml", "# 取引先マスタ (法人番号は国税庁公表サイトより)\npartners:\n" + rows + "\n"


@look("invoice", "registration-number")
def lk_invoice_json(r):
    return "app/templates/invoice_default.json", F('''{
  "issuer": {
    "name": "株式会社[[c]]",
    "registration_number": "T[[cn]]",
    "postal_code": "[[p]]",
    "tel": "03-[[t1]]-[[t2]]"
  },
  "tax_rates": [0.1, 0.08],
  "rounding": "floor",
  "bank": {"bank_code": "0005", "branch_code": "[[br]]", "account_type": "普通"}
}
''', c=comp(r), cn=corp_number(r), p=postal(r), t1=rs(r, DIG, 4), t2=rs(r, DIG, 4), br=rs(r, DIG, 3))


@look("ec", "jan-code")
def lk_products_csv(r):
    lines = ["商品コード,JANコード,商品名,税込価格,在庫数"]
    for i in range(r.randint(6, 14)):
        lines.append("SKU-%05d,%s,%s,%d,%d" % (r.randint(1, 99999), jan(r),
                                             r.choice(["緑茶ティーバッグ", "抹茶ラテ", "ほうじ茶", "煎茶ギフト", "玄米茶"]),
                                             r.randint(3, 60) * 100 + 80, r.randint(0, 300)))
    return "data/import/products_%s.csv" % ymd(r).replace("-", ""), "\n".join(lines) + "\n"


@look("ec", "postal-code")
def lk_shipping_csv(r):
    lines = ["注文番号,郵便番号,都道府県,電話番号,配送業者,追跡番号"]
    for _ in range(r.randint(5, 12)):
        lines.append("%s,%s,%s,0%d-%04d-%04d,ヤマト運輸,%s" % (
            "%d-%s-%010d" % (r.randint(100000, 999999), ymd(r).replace("-", ""), r.randint(0, 10 ** 10 - 1)),
            postal(r), r.choice(["東京都", "大阪府", "北海道", "福岡県", "愛知県"]), r.randint(3, 9),
            r.randint(0, 9999), r.randint(0, 9999), rs(r, DIG, 12)))
    return "exports/shipping/rakuten_%s.csv" % ymd(r).replace("-", ""), "\n".join(lines) + "\n"


@look("gmo-pg", "order-id")
def lk_gmo_log(r):
    lines = []
    for _ in range(r.randint(5, 10)):
        lines.append("%s %02d:%02d:%02d INFO  [payment] EntryTran ok OrderID=ord-%s AccessID=%s Amount=%d"
                     % (ymd(r), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), rs(r, DIG, 12), hx(r, 32),
                        r.randint(5, 200) * 110))
    return "log/payment-%s.log" % ymd(r), "\n".join(lines) + "\n"


@look("kintone", "app-id")
def lk_kintone_apps(r):
    return "kintone/apps.json", F('''{
  "domain": "[[s]].cybozu.com",
  "apps": {
    "customers": {"id": [[a1]], "revision": "[[v1]]"},
    "orders": {"id": [[a2]], "revision": "[[v2]]"},
    "inventory": {"id": [[a3]], "revision": "[[v3]]"}
  },
  "spaceId": [[sp]],
  "threadId": [[th]]
}
''', s=r.choice(["example", slug(r)]), a1=r.randint(1, 500), a2=r.randint(1, 500), a3=r.randint(1, 500),
             v1=r.randint(1, 90), v2=r.randint(1, 90), v3=r.randint(1, 90), sp=r.randint(1, 99), th=r.randint(1, 99))


@look("chatwork", "room-id")
def lk_chatwork_rooms(r):
    return "config/notify_rooms.yml", F('''# 通知先チャットワークのルーム（トークンは環境変数 CHATWORK_API_TOKEN）
rooms:
  accounting: [[r1]]   # #!rid[[r1]]
  sales: [[r2]]
  alert: [[r3]]
account_ids:
  manager: [[u1]]
  oncall: [[u2]]
''', r1=r.randint(10 ** 8, 4 * 10 ** 8), r2=r.randint(10 ** 8, 4 * 10 ** 8), r3=r.randint(10 ** 8, 4 * 10 ** 8),
             u1=r.randint(10 ** 6, 9 * 10 ** 6), u2=r.randint(10 ** 6, 9 * 10 ** 6))


@look("backlog", "space-key")
def lk_backlog_md(r):
    pk = rs(r, UPP, 4)
    issues = "\n".join("- [%s-%d] %s" % (pk, r.randint(1, 3000), r.choice(
        ["決済画面の文言修正", "CSV 出力の文字化け", "kintone 連携のリトライ", "請求書PDFの改ページ"])) for _ in range(5))
    return "CHANGELOG.ja.md", F('''# 変更履歴

Backlog スペース: `[[s]]` / プロジェクトキー: `[[pk]]`

## [[d]]
[[is]]
''', s=slug(r), pk=pk, d=ymd(r), **{"is": issues})


@look("mackerel", "host-id")
def lk_mackerel_hosts(r):
    hosts = ",\n".join('    {"id": "%s", "name": "web%02d", "status": "working", "roleFullnames": ["%s:web"]}'
                       % (rs(r, ALNUM, 11), i + 1, slug(r)) for i in range(r.randint(2, 5)))
    return "test/fixtures/mackerel/hosts.json", '{\n  "hosts": [\n' + hosts + "\n  ]\n}\n"


@look("payjp", "object-id")
def lk_payjp_fixture(r):
    return "spec/fixtures/payjp/charge.json", F('''{
  "id": "ch_[[c]]",
  "object": "charge",
  "amount": [[a]],
  "captured": true,
  "card": {
    "id": "car_[[cr]]",
    "brand": "Visa",
    "last4": "4242",
    "exp_month": 12,
    "exp_year": 2030,
    "fingerprint": "[[fp]]"
  },
  "customer": "cus_[[cu]]",
  "currency": "jpy",
  "livemode": false,
  "metadata": {"order_id": "[[o]]"}
}
''', c=hx(r, 29), a=r.randint(1, 99) * 100, cr=hx(r, 29), fp=hx(r, 32), cu=hx(r, 29), o=rs(r, DIG, 10))


@look("stripe", "object-id")
def lk_stripe_event(r):
    return "test/fixtures/stripe/payment_intent_succeeded.json", F('''{
  "id": "evt_3[[e]]",
  "object": "event",
  "type": "payment_intent.succeeded",
  "data": {
    "object": {
      "id": "pi_3[[p]]",
      "amount": [[a]],
      "currency": "jpy",
      "customer": "cus_[[c]]",
      "payment_method": "pm_1[[m]]",
      "latest_charge": "ch_3[[ch]]"
    }
  },
  "request": {"id": "req_[[rq]]", "idempotency_key": "[[u]]"}
}
''', e=rs(r, ALNUM, 23), p=rs(r, ALNUM, 23), a=r.randint(1, 300) * 100, c=rs(r, ALNUM, 14),
             m=rs(r, ALNUM, 23), ch=rs(r, ALNUM, 23), rq=rs(r, ALNUM, 14), u=uuid4(r))


@look("komoju", "object-id")
def lk_komoju_fixture(r):
    return "test/fixtures/komoju/payment.json", F('''{
  "id": "[[id]]",
  "resource": "payment",
  "status": "captured",
  "amount": [[a]],
  "currency": "JPY",
  "payment_details": {"type": "konbini", "store": "lawson", "receipt": "[[rc]]"},
  "session": "[[s]]",
  "external_order_num": "[[o]]"
}
''', id=rs(r, LALNUM, 25), a=r.randint(1, 300) * 100, rc=rs(r, DIG, 11), s=rs(r, LALNUM, 25), o=rs(r, DIG, 8))


@look("npm", "integrity-hash")
def lk_package_lock(r):
    return "package-lock.json", F('''{
  "name": "[[n]]-front",
  "version": "1.0.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/payjp": {
      "version": "2.2.1",
      "resolved": "https://registry.npmjs.org/payjp/-/payjp-2.2.1.tgz",
      "integrity": "sha512-[[h1]]"
    },
    "node_modules/@kintone/rest-api-client": {
      "version": "5.5.2",
      "resolved": "https://registry.npmjs.org/@kintone/rest-api-client/-/rest-api-client-5.5.2.tgz",
      "integrity": "sha512-[[h2]]"
    }
  }
}
''', n=slug(r), h1=b64blob(r, 64), h2=b64blob(r, 64))


@look("go", "module-hash")
def lk_go_sum(r):
    mods = ["github.com/mackerelio/mackerel-client-go v0.31.0", "github.com/sacloud/iaas-api-go v1.12.0",
            "golang.org/x/oauth2 v0.21.0", "github.com/stripe/stripe-go/v76 v76.25.0",
            "github.com/golang-jwt/jwt/v5 v5.2.1"]
    lines = []
    for m in mods:
        lines.append("%s h1:%s" % (m, b64blob(r, 32)))
        lines.append("%s/go.mod h1:%s" % (m, b64blob(r, 32)))
    return "go.sum", "\n".join(lines) + "\n"


@look("k8s", "image-digest")
def lk_k8s_digest(r):
    return "k8s/base/deployment.yaml", F('''apiVersion: apps/v1
kind: Deployment
metadata:
  name: kintone-sync
spec:
  replicas: 1
  template:
    spec:
      containers:
        - name: app
          image: ghcr.io/[[s]]/kintone-sync@sha256:[[d]]
          envFrom:
            - secretRef:
                name: kintone-sync-secrets
        - name: fluent-bit
          image: fluent/fluent-bit@sha256:[[d2]]
''', s=slug(r), d=hx(r, 64), d2=hx(r, 64))


@look("git", "commit-sha")
def lk_release_notes(r):
    lines = ["# リリースノート %s" % ymd(r), ""]
    for _ in range(r.randint(4, 8)):
        lines.append("- %s %s" % (hx(r, 40), r.choice(["PAY.JP の 3Dセキュア対応", "GMO-PG のエラーコード追加",
                                                          "freee 連携の取引区分修正", "SmartHR の部署同期"])))
    return "docs/releases/%s.md" % ymd(r), "\n".join(lines) + "\n"


@look("ssh", "public-key")
def lk_authorized_keys(r):
    lines = ["# デプロイ用公開鍵 (秘密鍵は各自のPCのみ)"]
    for p in r.sample(PEOPLE, 3):
        lines.append("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s" % (b64blob(r, 32)[:43], p, slug(r)))
    return "ansible/roles/deploy/files/authorized_keys", "\n".join(lines) + "\n"


@look("yahoo-shopping", "public-key")
def lk_public_key(r):
    body = b64blob(r, 294)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "keys/yahoo_store_api_public.pem", "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----\n"


@look("tls", "certificate")
def lk_certificate(r):
    body = "MIID" + b64blob(r, 880)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "nginx/certs/shop.%s.jp.crt" % slug(r), "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----\n"


@look("lineworks", "signature-log")
def lk_webhook_log(r):
    lines = []
    for _ in range(r.randint(4, 8)):
        lines.append('%sT%02d:%02d:%02d+09:00 callback bot=%d sig_ok=true X-WORKS-Signature=%s request_id=%s'
                     % (ymd(r), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(10 ** 6, 10 ** 7),
                        b64blob(r, 32), uuid4(r)))
    return "log/lineworks-callback.log", "\n".join(lines) + "\n"


@look("stripe", "signature-log")
def lk_stripe_sig_log(r):
    lines = []
    for _ in range(r.randint(3, 6)):
        lines.append('[%s] webhook received Stripe-Signature: t=%d,v1=%s type=invoice.paid'
                     % (ymd(r), r.randint(1700000000, 1760000000), hx(r, 64)))
    return "storage/logs/webhook.log", "\n".join(lines) + "\n"


@look("payjp", "publishable-key")
def lk_checkout_html(r):
    return "app/views/orders/new.html.erb", F('''<h1>お支払い</h1>
<%= form_with url: orders_path do |f| %>
  <script
    src="https://checkout.pay.jp/"
    class="payjp-button"
    data-key="[[pk]]"
    data-partial="true"
    data-text="カードで支払う"
    data-submit-text="支払う"></script>
  <%= f.hidden_field :amount, value: @cart.total %>
<% end %>
<script src="https://js.pay.jp/v2/pay.js" integrity="sha384-[[sri]]" crossorigin="anonymous"></script>
''', pk=r.choice(["pk_live_", "pk_test_"]) + hx(r, 24), sri=b64blob(r, 48))


@look("sakura-cloud", "resource-id")
def lk_sakura_tf(r):
    return "infra/terraform/servers.tf", F('''# 認証情報は SAKURACLOUD_ACCESS_TOKEN / SAKURACLOUD_ACCESS_TOKEN_SECRET 環境変数から
data "sakuracloud_archive" "ubuntu" {
  os_type = "ubuntu2204"
}

resource "sakuracloud_server" "web" {
  name        = "web-[[n]]"
  core        = 2
  memory      = 4
  disks       = ["[[d1]]"]
  network_interface {
    upstream = "[[sw]]"
  }
  tags = ["kintone-sync", "[[u]]"]
}
''', n=r.randint(1, 9), d1=str(r.randint(10 ** 11, 10 ** 12 - 1)), sw=str(r.randint(10 ** 11, 10 ** 12 - 1)), u=uuid4(r))


@look("db", "schema")
def lk_migration_sql(r):
    return "db/migrate/%s_create_api_credentials.sql" % ymd(r).replace("-", ""), F('''-- 連携先ごとの認証情報テーブル（値はKMSで暗号化して保存）
CREATE TABLE api_credentials (
  id            BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  provider      VARCHAR(32)  NOT NULL COMMENT 'kintone / chatwork / backlog など',
  api_token     VARBINARY(512) NOT NULL COMMENT '暗号化済みトークン',
  key_version   INT NOT NULL DEFAULT 1,
  external_uuid CHAR(36) NOT NULL DEFAULT '[[u]]',
  created_at    DATETIME NOT NULL,
  UNIQUE KEY uq_provider (provider)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='外部API認証情報';
''', u=uuid4(r))


@look("gmo-pg", "test-card")
def lk_test_cards_md(r):
    return "docs/テスト手順/決済テスト.md", F('''# 決済テスト手順

テスト環境 (pt01.mul-pay.jp) で以下のテストカードを使う。

| ブランド | カード番号 | 有効期限 | セキュリティコード |
|---|---|---|---|
| Visa | 4111111111111111 | 12/30 | 123 |
| Mastercard | 5555555555554444 | 12/30 | 123 |
| JCB | 3530111333300000 | 12/30 | 123 |

ショップID は `tshop[[sid]]`（パスワードは 1Password の「GMO-PG テスト」を参照）。
注文ID は `test-[[o]]` のように prefix を付ける。
''', sid="%08d" % r.randint(0, 99999999), o=rs(r, DIG, 10))


@look("checksums", "sha256")
def lk_sha256sums(r):
    names = ["ec-batch_linux_amd64.tar.gz", "ec-batch_linux_arm64.tar.gz", "ec-batch_darwin_arm64.tar.gz",
             "ec-batch_windows_amd64.zip"]
    return "dist/SHA256SUMS", "".join("%s  %s\n" % (hx(r, 64), n) for n in names)


@look("kintone", "data-uri")
def lk_kintone_css_icon(r):
    return "kintone/customize/header-icon.js", F('''(function() {
  'use strict';
  // ヘッダーにアイコンを表示 (画像は埋め込み)
  var ICON = 'data:image/png;base64,[[b]]';
  kintone.events.on('app.record.index.show', function(event) {
    var el = kintone.app.getHeaderMenuSpaceElement();
    if (el && !document.getElementById('hdr-icon')) {
      var img = document.createElement('img');
      img.id = 'hdr-icon';
      img.src = ICON;
      el.appendChild(img);
    }
    return event;
  });
})();
''', b="iVBORw0KGgoAAAANSUhEUgAA" + b64blob(r, 180))


@look("docs", "format-description")
def lk_key_format_md(r):
    return "docs/secrets-policy.md", '''# 認証情報の取り扱い

- PAY.JP の秘密鍵は `sk_live_` で始まる。リポジトリには絶対にコミットしない。
- 公開鍵 `pk_live_` はフロントに埋め込んでよい。
- kintone の APIトークンはアプリごとに発行し、権限は最小にする。
- Chatwork の APIトークン（32桁）は個人に紐づくため、Bot 用アカウントで発行する。
- 値はすべて AWS Secrets Manager の `prod/` 配下に保存し、アプリは起動時に読み込む。
- 漏洩時は各サービスの管理画面で即時再発行し、#security チャンネルに報告する。
'''


@look("env-example", "empty-values")
def lk_env_example(r):
    return ".env.example", '''# コピーして .env を作成し、値を埋めてください
PAYJP_SECRET_KEY=
PAYJP_PUBLIC_KEY=
KINTONE_DOMAIN=example.cybozu.com
KINTONE_API_TOKEN=
CHATWORK_API_TOKEN=
CHATWORK_ROOM_ID=
GMO_SHOP_ID=
GMO_SHOP_PASS=
'''


@look("i18n", "messages")
def lk_i18n(r):
    return "config/locales/ja.yml", '''ja:
  settings:
    api_token: "APIトークン"
    api_token_hint: "kintone のアプリ設定 > APIトークン で発行した値を入力してください"
    secret_key: "秘密鍵"
    password: "パスワード"
    password_confirmation: "パスワード（確認）"
  errors:
    invalid_token: "トークンが無効です。再発行してください"
    expired_license: "ライセンスキーの有効期限が切れています"
'''


@look("rakuten-rms", "order-number")
def lk_rakuten_orders_json(r):
    orders = ",\n".join('    {"orderNumber": "%d-%s-%010d", "orderProgress": 300, "totalPrice": %d}'
                        % (r.randint(100000, 999999), ymd(r).replace("-", ""), r.randint(0, 10 ** 10 - 1),
                           r.randint(10, 500) * 100) for _ in range(r.randint(3, 6)))
    return "test/fixtures/rakuten/search_order.json", '{\n  "orderNumberList": [],\n  "orders": [\n' + orders + "\n  ]\n}\n"


@look("yahoo-shopping", "order-id")
def lk_yahoo_orders(r):
    s = slug(r)
    lines = ["OrderId,OrderTime,SellerId,TotalPrice"]
    for _ in range(r.randint(4, 9)):
        lines.append("%s-%08d,%s 10:%02d:00,%s,%d" % (s, r.randint(10 ** 7, 10 ** 8 - 1), ymd(r), r.randint(0, 59),
                                                  s, r.randint(10, 400) * 100))
    return "exports/yahoo/orders.csv", "\n".join(lines) + "\n"


@look("shopify", "gid")
def lk_shopify_webhook(r):
    return "test/fixtures/shopify/orders_create.json", F('''{
  "id": [[i]],
  "admin_graphql_api_id": "gid://shopify/Order/[[i]]",
  "name": "#[[n]]",
  "cart_token": "[[ct]]",
  "checkout_token": "[[ck]]",
  "token": "[[tk]]",
  "currency": "JPY",
  "total_price": "[[p]]",
  "note_attributes": [{"name": "のし", "value": "御祝"}]
}
''', i=r.randint(10 ** 12, 10 ** 13), n=r.randint(1000, 9999), ct=rs(r, ALNUM, 24), ck=hx(r, 32),
             tk=hx(r, 32), p=r.randint(10, 300) * 100)


@look("freee", "response-fixture")
def lk_freee_deals(r):
    return "test/fixtures/freee/deals.json", F('''{
  "deals": [
    {
      "id": [[d]],
      "company_id": [[c]],
      "issue_date": "[[y]]",
      "type": "income",
      "partner_id": [[p]],
      "partner_code": "P-[[pc]]",
      "ref_number": "INV-[[rn]]",
      "details": [{"account_item_id": [[a]], "tax_code": 21, "amount": [[am]]}]
    }
  ],
  "meta": {"total_count": 1}
}
''', d=r.randint(10 ** 9, 10 ** 10), c=r.randint(10 ** 6, 10 ** 7), y=ymd(r), p=r.randint(10 ** 7, 10 ** 8),
             pc=rs(r, DIG, 5), rn=rs(r, DIG, 8), a=r.randint(10 ** 8, 10 ** 9), am=r.randint(10, 900) * 100)


@look("smarthr", "response-fixture")
def lk_smarthr_crews(r):
    crews = ",\n".join('    {"id": "%s", "emp_code": "%05d", "department": "%s", "entered_at": "%s"}'
                       % (uuid4(r), r.randint(1, 99999), r.choice(["営業部", "経理部", "開発部"]), ymd(r))
                       for _ in range(r.randint(2, 5)))
    return "spec/fixtures/smarthr/crews.json", "[\n" + crews + "\n]\n"


@look("github-actions", "secret-refs")
def lk_gha_secrets(r):
    return ".github/workflows/nightly-sync.yml", '''name: nightly-sync
on:
  schedule:
    - cron: "0 18 * * *"   # 03:00 JST
jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      KINTONE_API_TOKEN: ${{ secrets.KINTONE_API_TOKEN }}
      CHATWORK_API_TOKEN: ${{ secrets.CHATWORK_API_TOKEN }}
      FREEE_CLIENT_SECRET: ${{ secrets.FREEE_CLIENT_SECRET }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements.txt
      - run: python -m sync.nightly
'''


@look("spring", "env-placeholders")
def lk_spring_props(r):
    return "src/main/resources/application.properties", '''spring.application.name=mall-connector
spring.datasource.url=jdbc:mysql://${DB_HOST:localhost}:3306/mall
spring.datasource.username=${DB_USER:mall}
spring.datasource.password=${DB_PASSWORD}
rakuten.rms.service-secret=${RMS_SERVICE_SECRET}
rakuten.rms.license-key=${RMS_LICENSE_KEY}
yahoo.client-id=${YAHOO_CLIENT_ID}
yahoo.client-secret=${YAHOO_CLIENT_SECRET}
spring.jackson.time-zone=Asia/Tokyo
'''


@look("bank", "bank-codes")
def lk_bank_codes(r):
    lines = ["金融機関コード,金融機関名,支店コード,支店名"]
    for _ in range(r.randint(5, 10)):
        lines.append("%04d,%s,%03d,%s" % (r.randint(1, 9999), r.choice(["みずほ銀行", "三菱UFJ銀行", "三井住友銀行",
                                                                        "GMOあおぞらネット銀行", "ゆうちょ銀行"]),
                                          r.randint(1, 999), r.choice(["本店", "渋谷支店", "梅田支店", "法人営業部"])))
    return "data/master/banks.csv", "\n".join(lines) + "\n"


@look("app", "request-ids")
def lk_access_log(r):
    lines = []
    for _ in range(r.randint(5, 10)):
        lines.append('%s - - [%s:%02d:%02d:%02d +0900] "POST /webhooks/komoju HTTP/1.1" 200 17 "-" "KOMOJU-Webhook" '
                     'rid=%s trace=%s' % ("203.0.113.%d" % r.randint(1, 254), ymd(r), r.randint(0, 23),
                                          r.randint(0, 59), r.randint(0, 59), uuid4(r), hx(r, 32)))
    return "log/nginx/access.log", "\n".join(lines) + "\n"


@look("validators", "check-digit-code")
def lk_validators_py(r):
    return "app/validators/jp_codes.py", F('''"""法人番号・JANコードのチェックデジット検証"""


def is_valid_corporate_number(num: str) -> bool:
    if len(num) != 13 or not num.isdigit():
        return False
    body = num[1:]
    total = sum(int(d) * (1 if i % 2 == 0 else 2) for i, d in enumerate(reversed(body)))
    return int(num[0]) == 9 - total % 9


def is_valid_jan(code: str) -> bool:
    digits = [int(c) for c in code]
    s = sum(d * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits[:-1]))
    return (10 - s % 10) % 10 == digits[-1]


# doctest 用のサンプル
SAMPLES = ["[[cn]]", "[[j1]]", "[[j2]]"]
''', cn=corp_number(r), j1=jan(r), j2=jan(r))


@look("kintone", "field-export")
def lk_kintone_fields(r):
    return "kintone/form_fields.json", F('''{
  "revision": "[[rv]]",
  "properties": {
    "顧客ID": {"type": "SINGLE_LINE_TEXT", "code": "customer_id", "unique": true},
    "法人番号": {"type": "SINGLE_LINE_TEXT", "code": "corporate_number", "defaultValue": "[[cn]]"},
    "郵便番号": {"type": "SINGLE_LINE_TEXT", "code": "zip", "defaultValue": "[[z]]"},
    "ルックアップキー": {"type": "NUMBER", "code": "lookup_key", "lookup": {"relatedApp": {"app": "[[a]]"}}}
  }
}
''', rv=r.randint(1, 200), cn=corp_number(r), z=postal(r), a=r.randint(1, 500))


@look("gas", "library-id")
def lk_appsscript_manifest(r):
    return "gas/appsscript.json", F('''{
  "timeZone": "Asia/Tokyo",
  "dependencies": {
    "libraries": [
      {
        "userSymbol": "OAuth2",
        "libraryId": "1[[l1]]",
        "version": "43"
      },
      {
        "userSymbol": "ChatWorkClient",
        "libraryId": "1[[l2]]",
        "version": "18"
      }
    ]
  },
  "exceptionLogging": "STACKDRIVER",
  "runtimeVersion": "V8"
}
''', l1=rs(r, B64U, 56), l2=rs(r, B64U, 56))


@look("lineworks", "public-ids")
def lk_lineworks_ids(r):
    return "config/lineworks_ids.yml", F('''# LINE WORKS の公開情報のみ (Client Secret / Private Key は Secret Manager)
domain_id: [[d]]
client_id: "[[c]]"
service_account: "[[sa]].serviceaccount@[[s]]"
bot_id: [[b]]
channel_ids:
  sales: "[[ch1]]"
  support: "[[ch2]]"
''', d=r.randint(10 ** 7, 10 ** 8), c=rs(r, ALNUM, 20), sa=rs(r, LALNUM, 5), s=slug(r), b=r.randint(10 ** 6, 10 ** 7),
             ch1=uuid4(r), ch2=uuid4(r))


@look("gmo-pg", "shop-id")
def lk_gmo_ids_only(r):
    return "config/gmo_payment.example.yml", F('''# 本番のパスワードは credentials に保存
production:
  host: p01.mul-pay.jp
  shop_id: "[[sid]]"
  site_id: "mst2[[site]]"
  shop_pass: <%= Rails.application.credentials.dig(:gmo, :shop_pass) %>
  site_pass: <%= Rails.application.credentials.dig(:gmo, :site_pass) %>
''', sid="9100%09d" % r.randint(0, 999999999), site="%09d" % r.randint(0, 999999999))


@look("sbps", "order-hash")
def lk_sbps_result_log(r):
    lines = []
    for _ in range(r.randint(4, 8)):
        lines.append("%s res_result=OK merchant_id=%05d service_id=%03d order_id=%s res_tracking_id=%s sps_hashcode=%s"
                     % (ymd(r), r.randint(10000, 99999), r.randint(1, 999), rs(r, DIG, 12), rs(r, DIG, 14), hx(r, 40)))
    return "log/sbps_result.log", "\n".join(lines) + "\n"


@look("docker", "compose-refs")
def lk_compose(r):
    return "docker-compose.yml", '''services:
  app:
    build: .
    environment:
      TZ: Asia/Tokyo
      PAYJP_SECRET_KEY: ${PAYJP_SECRET_KEY}
      KINTONE_API_TOKEN: ${KINTONE_API_TOKEN:?kintoneのトークンを設定してください}
      MACKEREL_APIKEY: ${MACKEREL_APIKEY:-}
    ports:
      - "3000:3000"
  db:
    image: mysql:8.0
    environment:
      MYSQL_ALLOW_EMPTY_PASSWORD: "yes"
      MYSQL_DATABASE: shop_development
'''


@look("ec", "coupon-codes")
def lk_coupons(r):
    lines = ["coupon_code,discount,valid_until"]
    for _ in range(r.randint(5, 10)):
        lines.append("%s-%s,%d%%,%s" % (r.choice(["SPRING", "SUMMER", "WELCOME", "OSEIBO"]), rs(r, UPP + DIG, 8),
                                        r.choice([5, 10, 15, 20]), ymd(r)))
    return "data/campaign/coupons.csv", "\n".join(lines) + "\n"


# =========================================================== driver
N_POS = 500
N_NEG = 500


def filetype(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base == "Dockerfile":
        return "dockerfile"
    if base.startswith(".env"):
        return "env"
    if base == "authorized_keys":
        return "ssh"
    if base == "SHA256SUMS":
        return "txt"
    if base == "go.sum":
        return "gosum"
    if "." in base:
        ext = base.rsplit(".", 1)[-1]
        return {"yaml": "yml", "conf": "toml"}.get(ext, ext)
    return "txt"


def is_env_name(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if not base.startswith(".env"):
        return False
    return base.rsplit(".", 1)[-1] not in ("example", "sample", "template", "dist")


def schedule(r, items, n):
    out = []
    while len(out) < n:
        block = list(items)
        r.shuffle(block)
        out.extend(block)
    return out[:n]


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    d = os.path.dirname(path)
    if not os.path.isdir(d):
        os.makedirs(d)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def needle_line(text, needle):
    i = text.index(needle)
    line = text.count("\n", 0, i) + 1
    first = needle.split("\n", 1)[0]
    assert first in text.split("\n")[line - 1], (needle[:40], line)
    return line


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_li.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []

    # ------------------------------------------------------ positives
    env_count = 0
    for i, t in enumerate(schedule(r, POS, N_POS)):
        rel, text = t.fn(r)
        assert text.count(M) == 1, t.name
        secret = GEN[t.gen](r)
        text = text.replace(M, secret)
        if is_env_name(rel):
            env_count += 1
        frel = "pos/p%04d/%s" % (i, rel)
        write(outdir, frel, text)
        line = needle_line(text, secret)
        manifest.append({"file": frel, "label": "pos", "provider": t.provider, "kind": t.kind,
                         "filetype": filetype(rel)})
        secrets.append({"file": frel, "needle": secret, "line": line})
    assert env_count * 20 <= N_POS, env_count

    # ------------------------------------------------------ negatives
    jobs = [("tpl", t) for t in schedule(r, POS, N_NEG // 2)]
    jobs += [("look", x) for x in schedule(r, LOOK, N_NEG - N_NEG // 2)]
    r.shuffle(jobs)
    for i, (mode, obj) in enumerate(jobs):
        if mode == "tpl":
            t = obj
            rel, text = t.fn(r)
            assert text.count(M) == 1, t.name
            kind, val, code = neg_value(r, t, text)
            text = fill(text, val, code)
            provider = t.provider
            if is_env_name(rel):
                rel = rel.rsplit("/", 1)[0] + "/.env.example" if "/" in rel else ".env.example"
        else:
            name, provider, kind, fn = obj
            rel, text = fn(r)
        assert M not in text
        assert not is_env_name(rel), rel
        frel = "neg/n%04d/%s" % (i, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")

    # ------------------------------------------------------ self-check
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8", newline="") as fh:
            lines = fh.read().split("\n")
        assert s["needle"].split("\n", 1)[0] in lines[s["line"] - 1], s["file"]
    assert sum(1 for m in manifest if m["label"] == "pos") == N_POS
    assert sum(1 for m in manifest if m["label"] == "neg") == N_NEG
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
