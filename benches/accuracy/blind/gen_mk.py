#!/usr/bin/env python3
"""Blind evaluation-set generator "mk" for secret scanners.

EMPHASIS
    Central / Eastern / Southeastern European shop, ERP and fintech code outside
    the Nordics/Baltics/Poland/Czechia: Ukraine (Monobank personal + acquiring
    tokens, LiqPay private keys, WayForPay merchant secret keys, Fondy/Flitt,
    Portmone, Nova Poshta API keys, Ukrposhta bearer tokens, Checkbox licence
    keys, Privat24 merchant passwords, Prom.ua / Rozetka seller credentials),
    Romania (Netopia API keys and RSA private keys, euplatesc keys, SmartBill
    tokens, ANAF e-Factura OAuth client secrets, FanCourier / Sameday / eMAG
    passwords), Hungary (Barion POSKey, SimplePay secret keys, Szamlazz.hu Agent
    keys, Billingo API keys, NAV Online Szamla technical-user password and
    signature / exchange keys, Foxpost / GLS), Greece and Cyprus (Viva Wallet
    client secrets, myDATA/AADE subscription keys, Everypay secret keys, JCC),
    Bulgaria (ePay.bg secrets, Speedy / Econt passwords), Croatia / Serbia /
    Slovenia (fiscalisation .p12 passwords, CorvusPay, Monri), Slovakia
    (SuperFaktura, TatraPay), Moldova (MAIB e-commerce), plus the database /
    SMTP passwords of the same shops.
    File types: PHP (OpenCart / PrestaShop / WooCommerce / Magento / Laravel
    config), Symfony YAML, 1C-style XML / INI exports, Python / Django settings,
    Node / TypeScript, .NET appsettings.json, Java .properties / application.yml,
    Go, Docker Compose / Kubernetes / Ansible YAML, shell + curl, Postman
    collections, Markdown in uk / ro / hu / el / bg with local key names
    (kulcs, cheie, ключ, κλειδί, парола, jelszó, parolă).

USAGE
    python3 -B gen_mk.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  All randomness comes from
    random.Random(SEED); output is byte-identical for a given seed.

NEEDLE CONVENTIONS
    The secret value exactly as written, without quotes; prefixed keys keep the
    prefix (sk_..., key-...); header values only the token; credentials in URLs
    only the password; PEM private keys the first base64 line of the body;
    passwords the password itself.  "line" is the 1-based line of the first
    occurrence (asserted).

NEGATIVES
    250 re-use positive templates with the slot holding a placeholder (English
    and local-language), empty value, masked value, environment / secret
    manager / CI token-replacement reference, or a documented provider test
    value (WayForPay test_merch_n1 key, Fondy 1396424/"test", SimplePay
    PUBLICTESTHUF sample key, euplatesc testaccount key, Econt demo login).
    250 are look-alikes: LiqPay callback data/signature, WayForPay / Fondy /
    SimplePay / ePay.bg / Monri callback digests, Monobank webhook X-Sign and
    public key, Barion PaymentIds, Nova Poshta / Ukrposhta tracking numbers,
    IBAN and tax-id lists, NAV invoice digests, myDATA invoice UIDs/marks,
    Croatian ZKI/JIR, Netopia public certificates, SSH public keys, JWKS,
    lock-file integrity hashes, image digests, go.sum, SHA256SUMS, Ansible
    vault / SealedSecret ciphertext, git SHAs.  No negative goes to a .env file.

FORMATS CHECKED
    Monobank personal token: "u" + 43 base64url chars (44) - seen in public
    READMEs of Monobank client libraries (search corpus: code).  Szamlazz.hu
    Agent key naming ("Agent kulcs", szamlaagentkulcs) - szamlazz client READMEs.
    NAV Online Szamla endpoints (api(-test).onlineszamla.nav.gov.hu, v3) -
    nav-gov-hu/Online-Invoice README.  Other formats from my own knowledge of
    the providers' docs / SDKs: LiqPay public_key "i"+11 digits and 40-char
    private key; Nova Poshta 32-hex apiKey; Everypay sk_/pk_ keys; Monri
    "key-"+32 hex; Barion POSKey 32 hex (GUID without dashes); Billingo v3
    X-API-KEY as UUID; Ukrposhta bearer/counterparty tokens as UUIDs; SimplePay
    SDK config keys (HUF_MERCHANT / HUF_SECRET_KEY).

DOUBTS
    Lengths/alphabets guessed: Monobank acquiring token (used "m"+43 base64url),
    WayForPay secret (40 lower hex), Fondy key (32 alnum), Checkbox licence key
    (24 hex), Privat24 merchant password (32 alnum), Prom.ua token (40 hex),
    Netopia v2 API key (~64 url-safe chars), euplatesc key (64 upper hex; the
    documented test key is 32 hex), SmartBill token ("00N|"+32 hex), ANAF
    client secret (64 hex), Szamlazz Agent key (42 lower alnum), NAV
    signature key (32 chars, "xx-xxxx-" + hex + upper alnum) and exchange key
    (16 chars), Viva client secret (30 alnum), AADE subscription key (32 hex),
    ePay.bg secret (64 upper alnum), CorvusPay secret (32 alnum), SuperFaktura
    token (32 hex), MAIB project secret (UUID).
"""
import base64
import hashlib
import json
import os
import re
import sys
import random

LOW = "abcdefghijklmnopqrstuvwxyz"
UP = LOW.upper()
DIG = "0123456789"
ALNUM = LOW + UP + DIG
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def ruuid(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


# ---------------------------------------------------------------- passwords
WORDS = ["Kyiv", "Lviv", "Odesa", "Dnipro", "Karpaty", "Cluj", "Brasov", "Iasi",
         "Timisoara", "Debrecen", "Szeged", "Tisza", "Balaton", "Pecs", "Athina",
         "Thessaloniki", "Limassol", "Plovdiv", "Varna", "Rila", "Zagreb", "Split",
         "Rijeka", "Beograd", "Novi", "Ljubljana", "Kosice", "Tatry", "Chisinau",
         "Soroca", "Dunarea", "Palinka", "Rakija", "Vareniki", "Sarmale", "Gulyas",
         "Souvlaki", "Banitsa", "Ajvar", "Bryndza", "Mamaliga", "Sokil", "Lisa",
         "Medve", "Vulpe", "Orao", "Vuk", "Kotik", "Zorya", "Csillag"]
SYMS = "!@#$%^&*-_.+?="


def gen_password(r):
    style = r.randrange(5)
    if style == 0:
        n = r.randint(14, 24)
        while True:
            p = rs(r, ALNUM + "!@#%^&*-_+=", n)
            if (any(c in LOW for c in p) and any(c in UP for c in p)
                    and any(c in DIG for c in p)):
                return p
    if style == 1:
        return (r.choice(WORDS) + r.choice(SYMS) + str(r.randint(10, 9999))
                + r.choice(SYMS) + rs(r, ALNUM, r.randint(3, 5)))
    if style == 2:
        return (rs(r, UP, 1) + rs(r, LOW, r.randint(3, 5)) + str(r.randint(100, 999))
                + r.choice(SYMS) + r.choice(WORDS).lower() + rs(r, UP + DIG, 2))
    if style == 3:
        return "-".join(rs(r, ALNUM, 5) for _ in range(r.choice([3, 4])))
    return rs(r, LOW + DIG, 6) + r.choice(SYMS) + rs(r, UP, 2) + rs(r, LOW + DIG + UP, 7)


def gen_pem_pkcs1(r):
    lines = ["MIIEpAIBAAKCAQEA" + rs(r, B64, 48)]
    for _ in range(24):
        lines.append(rs(r, B64, 64))
    lines.append(rs(r, B64, 36) + "==")
    return ("-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(lines)
            + "\n-----END RSA PRIVATE KEY-----")


def gen_pem_pkcs8(r):
    lines = ["MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + rs(r, B64, 14)]
    for _ in range(24):
        lines.append(rs(r, B64, 64))
    lines.append(rs(r, B64, 40) + "=")
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"


def nav_sign(r):
    return rs(r, HEX, 2) + "-" + rs(r, HEX, 4) + "-" + rs(r, HEX, 12) + rs(r, UP + DIG, 12)


GEN = {
    "mono_personal": lambda r: "u" + rs(r, B64URL, 43),
    "mono_acquiring": lambda r: "m" + rs(r, B64URL, 43),
    "liqpay_private": lambda r: rs(r, ALNUM, 40),
    "wfp_secret": lambda r: rs(r, HEX, 40),
    "fondy_secret": lambda r: rs(r, ALNUM, 32),
    "np_key": lambda r: rs(r, HEX, 32),
    "uuid_token": ruuid,
    "checkbox_license": lambda r: rs(r, HEX, 24),
    "privat_pass": lambda r: rs(r, ALNUM, 32),
    "prom_token": lambda r: rs(r, HEX, 40),
    "netopia_api": lambda r: rs(r, ALNUM, 20) + "-" + rs(r, B64URL, 43),
    "euplatesc_key": lambda r: rs(r, HEXU, 64),
    "smartbill_token": lambda r: "00%d|%s" % (r.randint(1, 3), rs(r, HEX, 32)),
    "anaf_secret": lambda r: rs(r, HEX, 64),
    "barion_poskey": lambda r: rs(r, HEX, 32),
    "simplepay_key": lambda r: rs(r, ALNUM, 32),
    "szamlazz_agent": lambda r: rs(r, LOW + DIG, 42),
    "nav_sign": nav_sign,
    "nav_exchange": lambda r: rs(r, HEX, 12) + rs(r, UP + DIG, 4),
    "viva_secret": lambda r: rs(r, ALNUM, 30),
    "aade_key": lambda r: rs(r, HEX, 32),
    "everypay_sk": lambda r: "sk_" + rs(r, ALNUM, 32),
    "epay_secret": lambda r: rs(r, UP + DIG, 64),
    "corvus_key": lambda r: rs(r, ALNUM, 32),
    "monri_key": lambda r: "key-" + rs(r, HEX, 32),
    "sf_token": lambda r: rs(r, HEX, 32),
    "tb_hmac": lambda r: rs(r, HEXU, 64),
    "password": gen_password,
    "pem1": gen_pem_pkcs1,
    "pem8": gen_pem_pkcs8,
}

# ---------------------------------------------------------------- context
SHOPS = ["kavoman", "zoomagaz", "tehnoland", "florarie", "bijuteria", "konyvesbolt",
         "borhaz", "agora", "bakaliko", "magazinche", "vinoteka", "ribar", "obuvki",
         "modamd", "knihy", "smartdom", "ptashka", "sadochok", "cafea", "kerekpar",
         "meli", "zlato", "pekara", "chaika", "sunflower", "vyshyvanka", "ceramica"]
TLDS = [".ua", ".com.ua", ".ro", ".hu", ".gr", ".com.cy", ".bg", ".hr", ".rs", ".si", ".sk", ".md"]
FIRST = ["oleksandr", "iryna", "andrii", "ionut", "andreea", "bence", "zsofia", "giorgos",
         "eleni", "ivan", "desislava", "marko", "ana", "jan", "lucia", "vasile", "petra"]


def make_ctx(r):
    shop = r.choice(SHOPS) + r.choice(["", "-shop", "24", "-online", "plus", "-market"])
    dom = shop + r.choice(TLDS)
    first = r.choice(FIRST)
    c = {
        "SHOP": shop,
        "DOMAIN": dom,
        "FIRST": first,
        "EMAIL": "%s@%s" % (r.choice([first, "shop", "office", "buh", "dev"]), dom),
        "USER": r.choice([first, shop.replace("-", "_"), "api_" + first, first + str(r.randint(1, 99))]),
        "MID": str(r.randint(100000, 99999999)),
        "MID2": str(r.randint(1000000, 9999999)),
        "WFPACC": shop.replace("-", "_") + r.choice(["_ua", "_com_ua", "", "_shop"]),
        "EPMID": rs(r, DIG, 11),
        "SPMERCH": rs(r, UP + DIG, 8),
        "LPPUB": "i" + rs(r, DIG, 11),
        "UUID": ruuid(r),
        "UUID2": ruuid(r),
        "DBHOST": r.choice(["db", "localhost", "127.0.0.1", "10.0.%d.%d" % (r.randint(0, 9), r.randint(2, 250)),
                            "db-%s.internal" % shop, "db1.%s" % dom]),
        "DBNAME": shop.replace("-", "_") + r.choice(["", "_prod", "_db", "_shop"]),
        "DBUSER": r.choice([shop.replace("-", "_"), "shop", "app", "oc_user", "ps_user", "wp_" + first]),
        "NETSIG": "-".join(rs(r, UP + DIG, 4) for _ in range(5)),
        "EDRPOU": rs(r, DIG, 8),
        "CUI": str(r.randint(1000000, 49999999)),
        "HUTAX": "%s-%d-%02d" % (rs(r, DIG, 8), r.randint(1, 5), r.randint(2, 44)),
        "AFM": rs(r, DIG, 9),
        "YEAR": str(r.randint(2019, 2025)),
        "DATE": "%d-%02d-%02d" % (r.randint(2020, 2025), r.randint(1, 12), r.randint(1, 28)),
        "PORT": str(r.choice([3306, 5432, 3307, 6432])),
        "VIVACID": rs(r, LOW + DIG, 32) + ".apps.vivapayments.com",
        "ANAFCID": rs(r, HEX, 34),
        "SRC": str(r.randint(1000, 9999)),
        "STOREID": str(r.randint(1000, 99999)),
        "CITY": r.choice(["Kyiv", "Lviv", "Cluj-Napoca", "Budapest", "Athens", "Sofia", "Zagreb",
                          "Novi Sad", "Bratislava", "Chisinau", "Nicosia", "Timisoara"]),
        "VER": "%d.%d.%d" % (r.randint(1, 4), r.randint(0, 12), r.randint(0, 30)),
        "PHONE": "+380%s" % rs(r, DIG, 9),
        "N": str(r.randint(1, 9)),
    }
    return c


TOKRE = re.compile(r"<<([A-Z0-9]+)(?:_(\d+))?>>")


def render(body, ctx, r, s=None):
    def sub(m):
        name, n = m.group(1), m.group(2)
        if name == "S" and n is None:
            return s
        if n is None and name in ctx:
            return ctx[name]
        n = int(n) if n else 0
        if name == "HEX":
            return rs(r, HEX, n)
        if name == "HEXU":
            return rs(r, HEXU, n)
        if name == "B64":
            return rs(r, B64, n)
        if name == "DIG":
            return rs(r, DIG, n)
        if name == "UP":
            return rs(r, UP + DIG, n)
        if name == "MM":
            return "%02d" % r.randint(0, 59)
        if name == "OCT":
            return str(r.randint(2, 254))
        if name == "BU":
            return rs(r, B64URL, n)
        if name == "AN":
            return rs(r, ALNUM, n)
        if name == "RUUID":
            return ruuid(r)
        raise KeyError(m.group(0))
    return TOKRE.sub(sub, body)


# ---------------------------------------------------------------- templates
# T(name, provider, kind, filetype, paths, var, body, tests)
TEMPLATES = []


def T(name, provider, kind, ft, paths, var, body, tests=(), noneg=False, bad="", testctx=None):
    TEMPLATES.append(dict(name=name, provider=provider, kind=kind, ft=ft, paths=paths,
                          var=var, body=body.lstrip("\n"), tests=list(tests), noneg=noneg,
                          bad=bad, testctx=testctx or {}))


URLBAD = "@#?/%:&+= "


# ----- Ukraine
T("mono_personal_py", "monobank", "mono_personal", "python",
  ["bot/config.py", "app/settings.py", "monobot/config.py"], "MONOBANK_TOKEN", '''
"""Налаштування бота для виписок monobank."""
import os

TELEGRAM_CHAT_ID = <<DIG_9>>
ACCOUNT_ID = "<<B64_22>>"  # id рахунку з /personal/client-info

# персональний токен з https://api.monobank.ua/
MONOBANK_TOKEN = "<<S>>"
POLL_INTERVAL = 61  # не частіше 1 разу на 60 с
LOG_LEVEL = os.getenv("LOG_LEVEL", "INFO")
''')

T("mono_personal_curl", "monobank", "mono_personal", "shell",
  ["scripts/mono_statement.sh", "bin/vypyska.sh", "tools/mono.sh"], "MONO_TOKEN", '''
#!/usr/bin/env bash
# Виписка за останні 30 днів (Monobank personal API)
set -euo pipefail
ACCOUNT="${1:-0}"
FROM=$(date -d '30 days ago' +%s)

curl -sS "https://api.monobank.ua/personal/statement/${ACCOUNT}/${FROM}" \\
  -H "X-Token: <<S>>" \\
  | jq -r '.[] | [.time, .amount, .description] | @tsv'
''')

T("mono_acq_laravel", "monobank", "mono_acquiring", "php",
  ["config/monobank.php", "config/services/monopay.php"], "MONOPAY_TOKEN", '''
<?php

return [
    /*
    |--------------------------------------------------------------------------
    | Monobank acquiring (plata by mono)
    |--------------------------------------------------------------------------
    */
    'base_url'     => 'https://api.monobank.ua/api/merchant/',
    'token'        => '<<S>>',
    'redirect_url' => env('APP_URL') . '/payment/return',
    'webhook_url'  => env('APP_URL') . '/api/monobank/webhook',
    'ccy'          => 980,
    'validity'     => 3600,
];
''')

T("mono_acq_ts", "monobank", "mono_acquiring", "typescript",
  ["src/payments/monopay.ts", "lib/mono/client.ts"], "MONO_ACQ_TOKEN", '''
import axios from "axios";

// X-Token мерчанта (кабінет web.monobank.ua)
const MONO_ACQ_TOKEN = "<<S>>";

export const monoApi = axios.create({
  baseURL: "https://api.monobank.ua/api/merchant",
  headers: { "X-Token": MONO_ACQ_TOKEN, "X-Cms": "<<SHOP>>" },
  timeout: 10_000,
});

export async function createInvoice(amount: number, reference: string) {
  const { data } = await monoApi.post("/invoice/create", {
    amount, ccy: 980, merchantPaymInfo: { reference, destination: "Оплата замовлення" },
  });
  return data as { invoiceId: string; pageUrl: string };
}
''')

T("mono_acq_appsettings", "monobank", "mono_acquiring", "json",
  ["src/Shop.Api/appsettings.Production.json", "appsettings.json"], "Monobank__Token", '''
{
  "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },
  "AllowedHosts": "*",
  "Monobank": {
    "BaseUrl": "https://api.monobank.ua/",
    "Token": "<<S>>",
    "WebHookUrl": "https://<<DOMAIN>>/api/payments/mono/hook",
    "Currency": 980
  },
  "Shop": { "Name": "<<SHOP>>", "Edrpou": "<<EDRPOU>>" }
}
''')

T("liqpay_opencart", "liqpay", "liqpay_private", "php",
  ["system/library/liqpay/config.php", "catalog/controller/extension/payment/liqpay_cfg.php"], "LIQPAY_PRIVATE_KEY", '''
<?php
// LiqPay settings for <<DOMAIN>> (OpenCart 3)
define('LIQPAY_PUBLIC_KEY',  '<<LPPUB>>');
define('LIQPAY_PRIVATE_KEY', '<<S>>');
define('LIQPAY_CURRENCY', 'UAH');
define('LIQPAY_LANGUAGE', 'uk');
define('LIQPAY_SANDBOX', 0);
define('LIQPAY_SERVER_URL', 'https://<<DOMAIN>>/index.php?route=extension/payment/liqpay/callback');
''')

T("liqpay_django", "liqpay", "liqpay_private", "python",
  ["shop/settings/production.py", "config/settings/prod.py"], "LIQPAY_PRIVATE_KEY", '''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["<<DOMAIN>>", "www.<<DOMAIN>>"]

# LiqPay (ПриватБанк) — приймання платежів
LIQPAY_PUBLIC_KEY = "<<LPPUB>>"
LIQPAY_PRIVATE_KEY = "<<S>>"
LIQPAY_SANDBOX = False
LIQPAY_RESULT_URL = "https://<<DOMAIN>>/checkout/thanks/"
LIQPAY_SERVER_URL = "https://<<DOMAIN>>/api/liqpay/callback/"

EMAIL_HOST = "smtp.ukr.net"
EMAIL_PORT = 465
''')

T("liqpay_compose", "liqpay", "liqpay_private", "yaml",
  ["docker-compose.prod.yml", "deploy/docker-compose.yml"], "LIQPAY_PRIVATE_KEY", '''
version: "3.8"
services:
  web:
    image: registry.gitlab.com/<<SHOP>>/web:<<VER>>
    restart: unless-stopped
    environment:
      DJANGO_SETTINGS_MODULE: shop.settings.production
      LIQPAY_PUBLIC_KEY: <<LPPUB>>
      LIQPAY_PRIVATE_KEY: <<S>>
      DATABASE_HOST: <<DBHOST>>
    ports:
      - "8000:8000"
  worker:
    image: registry.gitlab.com/<<SHOP>>/web:<<VER>>
    command: celery -A shop worker -l info
''')

T("wfp_woo", "wayforpay", "wfp_secret", "php",
  ["wp-content/plugins/wayforpay-gateway/includes/credentials.php"], "WFP_SECRET", '''
<?php
if ( ! defined( 'ABSPATH' ) ) {
    exit;
}

/* WayForPay — дані мерчанта (особистий кабінет → Налаштування магазину) */
return array(
    'merchantAccount'    => '<<WFPACC>>',
    'merchantDomainName' => '<<DOMAIN>>',
    'merchantSecretKey'  => '<<S>>',
    'currency'           => 'UAH',
    'language'           => 'UA',
);
''', tests=["flk3409refn54t54t*FNJRET"], testctx={"WFPACC": "test_merch_n1"})

T("wfp_node", "wayforpay", "wfp_secret", "javascript",
  ["src/config/wayforpay.js", "server/payments/wfp.config.js"], "WAYFORPAY_SECRET_KEY", '''
'use strict';

module.exports = {
  merchantAccount: '<<WFPACC>>',
  merchantDomainName: 'www.<<DOMAIN>>',
  // ключ для HMAC_MD5 підпису
  merchantSecretKey: '<<S>>',
  serviceUrl: 'https://<<DOMAIN>>/api/wfp/service',
  apiVersion: 1,
};
''', tests=["flk3409refn54t54t*FNJRET"], testctx={"WFPACC": "test_merch_n1"})

T("fondy_props", "fondy", "fondy_secret", "properties",
  ["src/main/resources/application-prod.properties", "src/main/resources/application.properties"],
  "FONDY_SECRET_KEY", '''
spring.application.name=<<SHOP>>-checkout
server.port=8080

# Fondy / Flitt
fondy.merchant-id=<<MID2>>
fondy.secret-key=<<S>>
fondy.currency=UAH
fondy.response-url=https://<<DOMAIN>>/payment/result
fondy.callback-url=https://<<DOMAIN>>/api/fondy/callback

management.endpoints.web.exposure.include=health,info
''', tests=["test"], testctx={"MID2": "1396424"})

T("flitt_go", "flitt", "fondy_secret", "go",
  ["internal/payment/flitt/config.go", "pkg/flitt/consts.go"], "FLITT_SECRET", '''
package flitt

// Flitt (ex-Fondy) merchant credentials
const (
	APIURL       = "https://pay.flitt.com/api/checkout/url/"
	MerchantID   = <<MID2>>
	PaymentKey   = "<<S>>"
	DefaultCcy   = "UAH"
	CallbackPath = "/webhooks/flitt"
)
''', tests=["test"], testctx={"MID2": "1396424"})

T("np_php", "novaposhta", "np_key", "php",
  ["app/Services/NovaPoshta/config.php", "modules/novaposhta/config.php"], "NP_API_KEY", '''
<?php

return [
    'api_url' => 'https://api.novaposhta.ua/v2.0/json/',
    'api_key' => '<<S>>',
    // відправник
    'sender_ref'    => '<<UUID>>',
    'sender_city'   => '<<UUID2>>',
    'sender_phone'  => '<<PHONE>>',
    'payer_type'    => 'Recipient',
];
''')

T("np_postman", "novaposhta", "np_key", "json",
  ["postman/NovaPoshta.postman_collection.json", "docs/api/np.postman_collection.json"], "np_api_key", '''
{
  "info": {
    "_postman_id": "<<UUID>>",
    "name": "Nova Poshta API 2.0",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "item": [
    {
      "name": "searchSettlements",
      "request": {
        "method": "POST",
        "header": [{ "key": "Content-Type", "value": "application/json" }],
        "body": {
          "mode": "raw",
          "raw": "{\\n  \\"apiKey\\": \\"<<S>>\\",\\n  \\"modelName\\": \\"Address\\",\\n  \\"calledMethod\\": \\"searchSettlements\\",\\n  \\"methodProperties\\": { \\"CityName\\": \\"<<CITY>>\\", \\"Limit\\": \\"50\\" }\\n}"
        },
        "url": { "raw": "https://api.novaposhta.ua/v2.0/json/", "protocol": "https", "host": ["api", "novaposhta", "ua"], "path": ["v2.0", "json", ""] }
      }
    }
  ]
}
''')

T("np_md_uk", "novaposhta", "np_key", "markdown",
  ["docs/dostavka.md", "README.uk.md", "docs/integrations/nova-poshta.md"], "NP_KEY", '''
# Інтеграція з Новою Поштою

Модуль створює ТТН автоматично після оплати замовлення.

## Налаштування

| Параметр | Значення |
|---|---|
| Відправник (контрагент) | `<<UUID>>` |
| Місто відправника | <<CITY>> |
| Ключ API | `<<S>>` |
| Платник доставки | Отримувач |

Ключ згенеровано в особистому кабінеті НП (Налаштування → Безпека).
''')

T("ukrposhta_yaml", "ukrposhta", "uuid_token", "yaml",
  ["src/main/resources/application.yml", "config/ukrposhta.yml"], "UKRPOSHTA_BEARER", '''
ukrposhta:
  base-url: https://www.ukrposhta.ua/ecom/0.0.1/
  # ecom bearer (lifetime), видано менеджером Укрпошти
  bearer: <<S>>
  sender:
    name: "ТОВ <<SHOP>>"
    edrpou: "<<EDRPOU>>"
    postcode: "0<<DIG_4>>"
  default-type: STANDARD
''')

T("checkbox_env", "checkbox", "checkbox_license", "env",
  [".env", ".env.production"], "CHECKBOX_LICENSE_KEY", '''
APP_ENV=production
APP_URL=https://<<DOMAIN>>
CHECKBOX_API_URL=https://api.checkbox.ua/api/v1
CHECKBOX_LICENSE_KEY=<<S>>
CHECKBOX_CASHIER_LOGIN=<<USER>>
LOG_CHANNEL=stack
''')

T("checkbox_py", "checkbox", "checkbox_license", "python",
  ["fiscal/checkbox_client.py", "app/prro/checkbox.py"], "CHECKBOX_LICENSE_KEY", '''
import requests

API = "https://api.checkbox.ua/api/v1"
CLIENT_NAME = "<<SHOP>>-prro"
LICENSE_KEY = "<<S>>"  # ключ ліцензії каси (ПРРО)


def open_shift(cashier_token: str) -> dict:
    r = requests.post(
        f"{API}/shifts",
        headers={
            "X-Client-Name": CLIENT_NAME,
            "X-Client-Version": "<<VER>>",
            "X-License-Key": LICENSE_KEY,
            "Authorization": f"Bearer {cashier_token}",
        },
        timeout=15,
    )
    r.raise_for_status()
    return r.json()
''')

T("privat_ini", "privat24", "privat_pass", "ini",
  ["exchange/privat24.ini", "1c/obmen/privatbank.ini"], "PRIVAT_PASS", '''
; Налаштування обміну з Privat24 для бізнесу (вивантаження з 1С)
[Merchant]
merchant_id=<<MID>>
; пароль мерчанта
password=<<S>>
card=4149 **** **** <<DIG_4>>

[Export]
path=C:\\1C\\Obmen\\privat\\
format=xml
encoding=windows-1251
''')

T("prom_py", "prom.ua", "prom_token", "python",
  ["sync/prom_orders.py", "integrations/prom/client.py"], "PROM_TOKEN", '''
import requests

PROM_API = "https://my.prom.ua/api/v1"
PROM_TOKEN = "<<S>>"

HEADERS = {
    "Authorization": f"Bearer {PROM_TOKEN}",
    "X-LANGUAGE": "uk",
}


def fetch_orders(status="pending", limit=100):
    resp = requests.get(f"{PROM_API}/orders/list", headers=HEADERS,
                        params={"status": status, "limit": limit}, timeout=30)
    resp.raise_for_status()
    return resp.json()["orders"]
''')

T("rozetka_ts", "rozetka", "password", "typescript",
  ["src/marketplaces/rozetka.config.ts", "apps/sync/src/rozetka/credentials.ts"], "ROZETKA_PASSWORD", '''
export const rozetkaSeller = {
  apiUrl: "https://api-seller.rozetka.com.ua",
  username: "<<USER>>",
  // пароль передається в base64 при /sites
  password: "<<S>>",
  marketId: <<DIG_6>>,
};
''')

T("portmone_yaml", "portmone", "password", "yaml",
  ["config/packages/portmone.yaml"], "PORTMONE_PASSWORD", '''
portmone:
    payee_id: '<<DIG_4>>'
    login: '<<USER>>'
    password: '<<S>>'
    gateway_url: 'https://www.portmone.com.ua/gateway/'
    lang: uk
''')

# ----- Romania
T("netopia_pem_file", "netopia", "private_key", "pem",
  ["certs/netopia/live.<<NETSIG>>private.key", "app/certificates/private.key"], "", '''
<<S>>
''', noneg=True)

T("netopia_yaml_key", "netopia", "private_key", "yaml",
  ["config/packages/netopia.yaml", "config/netopia.yml"], "NETOPIA_PRIVATE_KEY", '''
netopia:
    signature: '<<NETSIG>>'
    sandbox: false
    public_cert: '%kernel.project_dir%/var/certs/live.<<NETSIG>>.public.cer'
    private_key: |
        <<S>>
    confirm_url: 'https://<<DOMAIN>>/netopia/ipn'
''')

T("netopia_presta", "netopia", "netopia_api", "php",
  ["modules/netopiapayments/config/live.php", "config/netopia.php"], "NETOPIA_API_KEY", '''
<?php
/**
 * NETOPIA Payments v2 – configurare live
 * Cont: <<EMAIL>>
 */
return [
    'posSignature' => '<<NETSIG>>',
    'apiKey'       => '<<S>>',
    'isLive'       => true,
    'notifyUrl'    => 'https://<<DOMAIN>>/module/netopiapayments/ipn',
    'redirectUrl'  => 'https://<<DOMAIN>>/comanda/finalizata',
];
''')

T("euplatesc_php", "euplatesc", "euplatesc_key", "php",
  ["includes/euplatesc_config.php", "lib/euplatesc/config.php"], "EP_KEY", '''
<?php
// Date comerciant EuPlatesc.ro — primite pe e-mail dupa semnarea contractului
define('EP_MID', '<<EPMID>>');
define('EP_KEY', '<<S>>');
define('EP_URL', 'https://secure.euplatesc.ro/tdsprocess/tranzactd.php');
define('EP_BACK', 'https://<<DOMAIN>>/plata/confirmare');
''', tests=["00112233445566778899AABBCCDDEEFF"], testctx={"EPMID": "testaccount"})

T("euplatesc_md_ro", "euplatesc", "euplatesc_key", "markdown",
  ["docs/plati.md", "README.ro.md"], "EUPLATESC_KEY", '''
# Plăți online (EuPlătesc)

Pentru mediul de producție folosim contul firmei (CUI RO<<CUI>>).

* **MID (cod comerciant):** <<EPMID>>
* **Cheie:** <<S>>
* URL notificare: `https://<<DOMAIN>>/api/euplatesc/notify`

> Cheia se folosește la calculul `fp_hash` (HMAC-MD5).
''', tests=["00112233445566778899AABBCCDDEEFF"], testctx={"EPMID": "testaccount"})

T("smartbill_laravel", "smartbill", "smartbill_token", "php",
  ["config/smartbill.php"], "SMARTBILL_TOKEN", '''
<?php

return [
    'username'    => '<<EMAIL>>',
    'token'       => '<<S>>',
    'cif'         => 'RO<<CUI>>',
    'series'      => '<<UP_3>>',
    'language'    => 'RO',
    'send_email'  => true,
];
''')

T("smartbill_py", "smartbill", "smartbill_token", "python",
  ["facturare/smartbill.py", "erp/invoicing/smartbill_api.py"], "SMARTBILL_TOKEN", '''
import base64
import requests

SMARTBILL_URL = "https://ws.smartbill.ro/SBORO/api"
SMARTBILL_USER = "<<EMAIL>>"
SMARTBILL_TOKEN = "<<S>>"
CIF = "RO<<CUI>>"

_auth = base64.b64encode(f"{SMARTBILL_USER}:{SMARTBILL_TOKEN}".encode()).decode()
HEADERS = {"Authorization": f"Basic {_auth}", "Accept": "application/json"}


def emite_factura(payload: dict) -> dict:
    r = requests.post(f"{SMARTBILL_URL}/invoice", json=payload, headers=HEADERS, timeout=30)
    r.raise_for_status()
    return r.json()
''')

T("anaf_appsettings", "anaf", "anaf_secret", "json",
  ["src/EFactura.Worker/appsettings.json", "appsettings.Production.json"], "Anaf__ClientSecret", '''
{
  "Anaf": {
    "AuthorizeUrl": "https://logincert.anaf.ro/anaf-oauth2/v1/authorize",
    "TokenUrl": "https://logincert.anaf.ro/anaf-oauth2/v1/token",
    "ClientId": "<<ANAFCID>>",
    "ClientSecret": "<<S>>",
    "RedirectUri": "https://<<DOMAIN>>/anaf/callback",
    "Cif": "<<CUI>>"
  },
  "Serilog": { "MinimumLevel": "Information" }
}
''')

T("anaf_props", "anaf", "anaf_secret", "properties",
  ["src/main/resources/efactura.properties", "config/anaf.properties"], "ANAF_CLIENT_SECRET", '''
# e-Factura SPV – aplicatie inregistrata pe anaf.ro
anaf.oauth.client-id=<<ANAFCID>>
anaf.oauth.client-secret=<<S>>
anaf.oauth.redirect-uri=https://<<DOMAIN>>/oauth/anaf
anaf.api.base=https://api.anaf.ro/prod/FCTEL/rest
anaf.cif=<<CUI>>
''')

T("fancourier_yaml", "fancourier", "password", "yaml",
  ["config/couriers.yaml", "shipping/fancourier.yml"], "FAN_PASSWORD", '''
fancourier:
  api_url: https://api.fancourier.ro
  client_id: <<DIG_7>>
  username: <<USER>>
  password: "<<S>>"
  service: Standard
sameday:
  enabled: false
''')

T("sameday_php", "sameday", "password", "php",
  ["app/code/Vendor/Sameday/etc/credentials.php", "modules/sameday/credentials.php"], "SAMEDAY_PASSWORD", '''
<?php
// Sameday Courier – cont API (producție)
$samedayConfig = [
    'username' => '<<USER>>',
    'password' => '<<S>>',
    'testing'  => false,
    'pickup_point' => <<DIG_5>>,
];
''')

T("emag_ini", "emag", "password", "ini",
  ["integrari/emag.ini", "config/marketplace.ini"], "EMAG_PAROLA", '''
[emag]
; cont API marketplace eMAG
url = https://marketplace-api.emag.ro/api-3
utilizator = <<EMAIL>>
parolă = <<S>>
vendor_code = <<DIG_5>>
''')

# ----- Hungary
T("barion_appsettings", "barion", "barion_poskey", "json",
  ["src/Webshop.Web/appsettings.json", "appsettings.Production.json"], "Barion__POSKey", '''
{
  "ConnectionStrings": { "Default": "Server=<<DBHOST>>;Database=<<DBNAME>>;Trusted_Connection=True;" },
  "Barion": {
    "BaseUrl": "https://api.barion.com/",
    "POSKey": "<<S>>",
    "Payee": "<<EMAIL>>",
    "RedirectUrl": "https://<<DOMAIN>>/fizetes/vissza",
    "CallbackUrl": "https://<<DOMAIN>>/api/barion/callback"
  }
}
''')

T("barion_php", "barion", "barion_poskey", "php",
  ["includes/barion/config.php", "app/config/barion.php"], "BARION_POSKEY", '''
<?php
require_once __DIR__ . '/library/BarionClient.php';

$myPosKey = "<<S>>";
$myEmailAddress = "<<EMAIL>>";
$apiVersion = 2;
$environment = BarionEnvironment::Prod;

$BC = new BarionClient($myPosKey, $apiVersion, $environment);
''')

T("simplepay_php", "simplepay", "simplepay_key", "php",
  ["simplepay/src/config.php", "lib/simplepay/config.php"], "SIMPLEPAY_SECRET", '''
<?php
/**
 * SimplePay v2 konfiguráció – <<DOMAIN>>
 */
$config = array(
    'HUF_MERCHANT' => "<<SPMERCH>>",
    'HUF_SECRET_KEY' => "<<S>>",
    'SANDBOX' => false,
    'URL' => 'https://<<DOMAIN>>/simplepay/back.php',
    'GET_DATA' => (isset($_GET['r']) && isset($_GET['s'])) ? ['r' => $_GET['r'], 's' => $_GET['s']] : [],
    'LOGGER' => true,
    'LOG_PATH' => 'log',
);
''', tests=["FxDa5w314kLlNseq2sKuVwaqZshZT5d6"], testctx={"SPMERCH": "PUBLICTESTHUF"})

T("simplepay_node", "simplepay", "simplepay_key", "javascript",
  ["server/simplepay.js", "src/lib/simplepay/config.mjs"], "SIMPLEPAY_SECRET_KEY", '''
import crypto from 'node:crypto';

export const SIMPLEPAY = {
  merchant: '<<SPMERCH>>',
  secretKey: '<<S>>',
  url: 'https://secure.simplepay.hu/payment/v2/start',
};

export function sign(body) {
  return crypto.createHmac('sha384', SIMPLEPAY.secretKey).update(body).digest('base64');
}
''', tests=["FxDa5w314kLlNseq2sKuVwaqZshZT5d6"], testctx={"SPMERCH": "PUBLICTESTHUF"})

T("szamlazz_xml", "szamlazz.hu", "szamlazz_agent", "xml",
  ["resources/xml/xmlszamla_template.xml", "storage/szamla/request.xml"], "SZAMLAZZ_AGENT_KEY", '''
<?xml version="1.0" encoding="UTF-8"?>
<xmlszamla xmlns="http://www.szamlazz.hu/xmlszamla" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <beallitasok>
    <szamlaagentkulcs><<S>></szamlaagentkulcs>
    <eszamla>true</eszamla>
    <szamlaLetoltes>true</szamlaLetoltes>
    <valaszVerzio>2</valaszVerzio>
  </beallitasok>
  <fejlec>
    <keltDatum><<DATE>></keltDatum>
    <teljesitesDatum><<DATE>></teljesitesDatum>
    <fizetesiHataridoDatum><<DATE>></fizetesiHataridoDatum>
    <fizmod>Átutalás</fizmod>
    <penznem>HUF</penznem>
    <szamlaNyelve>hu</szamlaNyelve>
  </fejlec>
  <elado><bank>OTP</bank></elado>
</xmlszamla>
''', bad="&<>")

T("szamlazz_md_hu", "szamlazz.hu", "szamlazz_agent", "markdown",
  ["docs/szamlazas.md", "README.hu.md"], "SZAMLAZZ_KULCS", '''
# Számlázás (Számlázz.hu Agent)

Az éles fiók adatai (<<SHOP>> Kft., adószám: <<HUTAX>>):

- Fiók: <<EMAIL>>
- Agent kulcs: `<<S>>`
- Számlaszám előtag: <<UP_4>>

A kulcsot a Beállítások → Számla Agent kulcsok menüben lehet újragenerálni.
''')

T("billingo_ts", "billingo", "uuid_token", "typescript",
  ["src/invoicing/billingo.ts", "services/billing/billingo.client.ts"], "BILLINGO_API_KEY", '''
const BILLINGO_API = "https://api.billingo.hu/v3";
const BILLINGO_API_KEY = "<<S>>";

export async function listDocuments(page = 1) {
  const res = await fetch(`${BILLINGO_API}/documents?page=${page}&per_page=25`, {
    headers: { "X-API-KEY": BILLINGO_API_KEY, Accept: "application/json" },
  });
  if (!res.ok) throw new Error(`Billingo ${res.status}`);
  return res.json();
}
''')

T("billingo_curl", "billingo", "uuid_token", "shell",
  ["scripts/billingo_partners.sh", "bin/szamla-export.sh"], "BILLINGO_KEY", '''
#!/bin/sh
# partnerek exportja a könyvelőnek
OUT="partnerek_$(date +%Y%m).json"
curl -s -X GET "https://api.billingo.hu/v3/partners?per_page=100" \\
     -H "accept: application/json" \\
     -H "X-API-KEY: <<S>>" > "$OUT"
echo "mentve: $OUT"
''')

T("nav_sign_yaml", "nav", "nav_sign", "yaml",
  ["config/nav_online_szamla.yaml", "config/packages/nav.yaml"], "NAV_SIGN_KEY", '''
nav_online_szamla:
    api_url: 'https://api.onlineszamla.nav.gov.hu/invoiceService/v3'
    tax_number: '<<DIG_8>>'
    login: '%env(NAV_LOGIN)%'
    password: '%env(NAV_PASSWORD)%'
    # XML aláírókulcs
    sign_key: '<<S>>'
    exchange_key: '%env(NAV_EXCHANGE_KEY)%'
    software:
        id: 'HU<<DIG_8>>-<<UP_5>>'
        name: '<<SHOP>> webshop'
        version: '<<VER>>'
''')

T("nav_exchange_php", "nav", "nav_exchange", "php",
  ["config/nav.php", "app/Config/NavOnlineInvoice.php"], "NAV_EXCHANGE_KEY", '''
<?php
// NAV Online Számla – technikai felhasználó adatai
$userData = array(
    "login" => getenv('NAV_LOGIN'),
    "password" => getenv('NAV_PASSWORD'),
    "taxNumber" => "<<DIG_8>>",
    "signKey" => getenv('NAV_SIGN_KEY'),
    "exchangeKey" => "<<S>>",
);
$softwareData = array(
    "softwareId" => "HU<<DIG_8>><<UP_10>>",
    "softwareName" => "<<SHOP>> számlázó",
    "softwareOperation" => "ONLINE_SERVICE",
    "softwareMainVersion" => "<<VER>>",
);
''')

T("nav_pass_ini", "nav", "password", "ini",
  ["nav/online_szamla.ini", "config/nav.ini"], "NAV_JELSZO", '''
[technikai_felhasznalo]
; NAV Online Számla – technikai felhasználó
login = <<UP_15>>
jelszó = <<S>>
adoszam = <<DIG_8>>

[kornyezet]
url = https://api.onlineszamla.nav.gov.hu/invoiceService/v3
''')

T("foxpost_py", "foxpost", "password", "python",
  ["shipping/foxpost.py", "webshop/couriers/foxpost_client.py"], "FOXPOST_PASSWORD", '''
import requests

FOXPOST_URL = "https://webapi.foxpost.hu/api"
FOXPOST_USER = "<<USER>>"
FOXPOST_PASSWORD = "<<S>>"
FOXPOST_API_KEY = None  # az api-key headert a .env-ből töltjük


def create_parcel(parcel: dict, api_key: str):
    return requests.post(f"{FOXPOST_URL}/parcel", json=[parcel],
                         auth=(FOXPOST_USER, FOXPOST_PASSWORD),
                         headers={"api-key": api_key}, timeout=20)
''')

T("gls_java", "gls", "password", "java",
  ["src/main/java/hu/shop/shipping/GlsConfig.java"], "GLS_PASSWORD", '''
package hu.shop.shipping;

public final class GlsConfig {
    public static final String URL = "https://api.mygls.hu/ParcelService.svc/json/";
    public static final String USERNAME = "<<EMAIL>>";
    // jelszó – a kérésben SHA-512 hash-ként megy
    public static final String PASSWORD = "<<S>>";
    public static final int CLIENT_NUMBER = <<DIG_8>>;

    private GlsConfig() {}
}
''')

# ----- Greece / Cyprus
T("viva_appsettings", "vivawallet", "viva_secret", "json",
  ["src/Eshop.Api/appsettings.json", "appsettings.Production.json"], "VivaWallet__ClientSecret", '''
{
  "VivaWallet": {
    "AccountsUrl": "https://accounts.vivapayments.com",
    "ApiUrl": "https://api.vivapayments.com",
    "ClientId": "<<VIVACID>>",
    "ClientSecret": "<<S>>",
    "MerchantId": "<<UUID>>",
    "SourceCode": "<<SRC>>"
  }
}
''')

T("viva_node", "vivawallet", "viva_secret", "javascript",
  ["lib/viva.js", "src/payments/viva-wallet.js"], "VIVA_CLIENT_SECRET", '''
const axios = require('axios');

const VIVA_CLIENT_ID = '<<VIVACID>>';
const VIVA_CLIENT_SECRET = '<<S>>';

async function getToken() {
  const basic = Buffer.from(`${VIVA_CLIENT_ID}:${VIVA_CLIENT_SECRET}`).toString('base64');
  const { data } = await axios.post('https://accounts.vivapayments.com/connect/token',
    'grant_type=client_credentials',
    { headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/x-www-form-urlencoded' } });
  return data.access_token;
}

module.exports = { getToken, sourceCode: '<<SRC>>' };
''')

T("aade_py", "aade-mydata", "aade_key", "python",
  ["mydata/client.py", "erp/aade/mydata.py"], "AADE_SUBSCRIPTION_KEY", '''
# myDATA (ΑΑΔΕ) – αποστολή παραστατικών
import requests

MYDATA_URL = "https://mydatapi.aade.gr/myDATA"
AADE_USER_ID = "<<USER>>"
AADE_SUBSCRIPTION_KEY = "<<S>>"  # κλειδί συνδρομής
AFM = "<<AFM>>"


def send_invoices(xml: bytes) -> str:
    r = requests.post(f"{MYDATA_URL}/SendInvoices", data=xml, timeout=30, headers={
        "aade-user-id": AADE_USER_ID,
        "Ocp-Apim-Subscription-Key": AADE_SUBSCRIPTION_KEY,
        "Content-Type": "application/xml",
    })
    r.raise_for_status()
    return r.text
''')

T("aade_cs", "aade-mydata", "aade_key", "csharp",
  ["src/Invoicing/MyData/MyDataOptions.cs"], "AadeKey", '''
namespace Eshop.Invoicing.MyData;

public sealed class MyDataDefaults
{
    public const string BaseUrl = "https://mydatapi.aade.gr/myDATA/";
    public const string UserId = "<<USER>>";
    public const string SubscriptionKey = "<<S>>";
    public const string Vat = "<<AFM>>";
}
''')

T("aade_md_el", "aade-mydata", "aade_key", "markdown",
  ["docs/mydata.md", "README.el.md"], "AADE_KEY", '''
# Διασύνδεση με myDATA

Στοιχεία παραγωγής (ΑΦΜ <<AFM>>):

- Όνομα χρήστη: `<<USER>>`
- Κλειδί (Ocp-Apim-Subscription-Key): `<<S>>`
- Endpoint: https://mydatapi.aade.gr/myDATA

Το κλειδί εκδόθηκε από το Taxisnet στις <<DATE>>.
''')

T("everypay_php", "everypay", "everypay_sk", "php",
  ["wp-content/themes/<<SHOP>>/inc/everypay.php", "app/Payments/Everypay.php"], "EVERYPAY_SK", '''
<?php
namespace App\\Payments;

use Everypay\\Everypay;

class EverypayGateway
{
    const PUBLIC_KEY = 'pk_<<AN_32>>';
    const SECRET_KEY = '<<S>>';

    public function __construct()
    {
        Everypay::setApiKey(self::SECRET_KEY);
        Everypay::$isTest = false;
    }
}
''')

T("jcc_props", "jcc", "password", "properties",
  ["src/main/resources/jcc.properties", "config/jcc-gateway.properties"], "JCC_PASSWORD", '''
# JCC Payment Systems (Cyprus) – merchant gateway
jcc.gateway.url=https://gateway.jccsecure.com/payment/rest/
jcc.merchant.login=<<USER>>-api
jcc.merchant.password=<<S>>
jcc.currency=978
jcc.return-url=https://<<DOMAIN>>/checkout/complete
''')

# ----- Bulgaria
T("epay_php", "epay.bg", "epay_secret", "php",
  ["includes/epay_config.php", "modules/epaybg/config.php"], "EPAY_SECRET", '''
<?php
// ePay.bg – данни на търговеца
$min    = '<<DIG_10>>';          // клиентски идентификационен номер (КИН)
$secret = '<<S>>';
$submit_url = 'https://www.epay.bg/';
$ok_url = 'https://<<DOMAIN>>/plashtane/uspeh';
$cancel_url = 'https://<<DOMAIN>>/plashtane/otkaz';
''')

T("epay_md_bg", "epay.bg", "epay_secret", "markdown",
  ["docs/plashtania.md", "README.bg.md"], "EPAY_KEY", '''
# Плащания с ePay.bg

Настройки за продукционна среда:

* КИН: <<DIG_10>>
* Таен ключ: `<<S>>`
* Е-mail на търговеца: <<EMAIL>>

Ключът се използва за HMAC-SHA1 на полето `ENCODED`.
''')

T("speedy_yaml", "speedy", "password", "yaml",
  ["config/shipping.yml", "ansible/group_vars/shop/speedy.yml"], "SPEEDY_PAROLA", '''
speedy:
  api: https://api.speedy.bg/v1/
  userName: "<<DIG_7>>"
  password: "<<S>>"
  language: BG
  clientSystemId: <<DIG_10>>
''')

T("econt_go", "econt", "password", "go",
  ["internal/shipping/econt/client.go"], "ECONT_PASSWORD", '''
package econt

import "net/http"

const (
	baseURL  = "https://ee.econt.com/services/"
	username = "<<USER>>"
	password = "<<S>>"
)

func (c *Client) newRequest(method, path string) (*http.Request, error) {
	req, err := http.NewRequest(method, baseURL+path, nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(username, password)
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}
''', tests=["1Asp-dev"], testctx={"USER": "iasp-dev"})

T("econt_md_bg", "econt", "password", "markdown",
  ["docs/econt.md"], "ECONT_PAROLA", '''
## Еконт – акаунт за API

| Поле | Стойност |
|------|----------|
| Потребител | <<USER>> |
| Парола | <<S>> |
| Офис за изпращане | <<DIG_4>> |
''', tests=["1Asp-dev"], testctx={"USER": "iasp-dev"})

# ----- Croatia / Serbia / Slovenia
T("fiskal_props", "fina-fiskalizacija", "password", "properties",
  ["src/main/resources/fiskalizacija.properties", "config/fiskal.properties"], "FISKAL_CERT_PASS", '''
# Fiskalizacija (Porezna uprava RH)
fiskal.url=https://cis.porezna-uprava.hr:8449/FiskalizacijaService
fiskal.oib=<<DIG_11>>
fiskal.certifikat=/opt/<<SHOP>>/certs/fina_<<DIG_11>>.p12
fiskal.certifikat.lozinka=<<S>>
fiskal.oznaka-poslovnog-prostora=PP<<N>>
''')

T("fiskal_cs", "fina-fiskalizacija", "password", "json",
  ["src/Blagajna/appsettings.json", "appsettings.Production.json"], "Fiskal__CertPassword", '''
{
  "Fiskalizacija": {
    "Oib": "<<DIG_11>>",
    "CertificatePath": "certs/FISKAL_1.p12",
    "CertificatePassword": "<<S>>",
    "Endpoint": "https://cis.porezna-uprava.hr:8449/FiskalizacijaService",
    "NaknadnaDostava": false
  }
}
''')

T("corvus_php", "corvuspay", "corvus_key", "php",
  ["config/corvuspay.php", "modules/corvuspay/config.php"], "CORVUS_SECRET", '''
<?php

return [
    'store_id'    => '<<STOREID>>',
    'secret_key'  => '<<S>>',
    'environment' => 'prod',
    'currency'    => 'EUR',
    'language'    => 'hr',
    'success_url' => 'https://<<DOMAIN>>/placanje/uspjeh',
];
''')

T("monri_node", "monri", "monri_key", "typescript",
  ["src/payments/monri.ts", "server/monri/config.ts"], "MONRI_KEY", '''
import crypto from "crypto";

export const monri = {
  authenticityToken: "<<HEX_40>>",
  merchantKey: "<<S>>",
  endpoint: "https://ipg.monri.com",
};

export function digest(orderNumber: string, amount: number, currency: string) {
  return crypto.createHash("sha512")
    .update(monri.merchantKey + orderNumber + amount + currency).digest("hex");
}
''')

T("monri_yaml", "monri", "monri_key", "yaml",
  ["config/packages/monri.yaml", "helm/values-prod.yaml"], "MONRI_KEY", '''
monri:
  environment: production
  authenticity_token: "<<HEX_40>>"
  key: "<<S>>"
  language: sr
  success_url: https://<<DOMAIN>>/placanje/uspeh
''')

T("si_smtp_md", "smtp", "password", "markdown",
  ["docs/posta.md", "docs/infra/email.md"], "SMTP_GESLO", '''
# E-pošta trgovine

Naročila pošiljamo preko SMTP strežnika ponudnika.

```
strežnik: mail.<<DOMAIN>>
vrata:    587 (STARTTLS)
uporabnik: narocila@<<DOMAIN>>
geslo:    <<S>>
```
''')

# ----- Slovakia / Moldova
T("superfaktura_php", "superfaktura", "sf_token", "php",
  ["app/config/superfaktura.php", "config/fakturacia.php"], "SF_APIKEY", '''
<?php
// SuperFaktura.sk – API prístup (Nástroje → API prístup)
return [
    'email'      => '<<EMAIL>>',
    'apikey'     => '<<S>>',
    'company_id' => <<DIG_5>>,
    'module'     => '<<SHOP>> e-shop',
];
''')

T("maib_py", "maib", "password", "python",
  ["payments/maib.py", "shop/maib_settings.py"], "MAIB_CERT_PASS", '''
# MAIB e-commerce (Moldova) – certificat client .pem + parola
MAIB_MERCHANT_URL = "https://maib.ecommerce.md:11440/ecomm01/MerchantHandler"
MAIB_CLIENT_URL = "https://maib.ecommerce.md:443/ecomm01/ClientHandler"
MAIB_CERT_PATH = "/etc/<<SHOP>>/maib/<<DIG_7>>.pem"
MAIB_CERT_PASSWORD = "<<S>>"  # parola certificatului
MAIB_CURRENCY = 498
''')

T("maib_v2_ts", "maib", "uuid_token", "typescript",
  ["src/payments/maib-ecomm.ts"], "MAIB_PROJECT_SECRET", '''
export const MAIB = {
  apiUrl: "https://api.maibmerchants.md/v1",
  projectId: "<<UUID>>",
  projectSecret: "<<S>>",
  signatureKey: process.env.MAIB_SIGNATURE_KEY ?? "",
};
''')

T("tatrapay_props", "tatrapay", "tb_hmac", "properties",
  ["src/main/resources/tatrabanka.properties"], "TB_HMAC_KEY", '''
# TatraPay / CardPay – obchodník
tb.mid=<<DIG_4>>
tb.hmac-key=<<S>>
tb.rurl=https://<<DOMAIN>>/platba/navrat
tb.lang=sk
''')

# ----- generic shop / ERP infra
T("opencart_config", "mysql", "password", "php",
  ["config.php", "admin/config.php"], "DB_PASSWORD", '''
<?php
// HTTP
define('HTTP_SERVER', 'https://<<DOMAIN>>/');
define('HTTPS_SERVER', 'https://<<DOMAIN>>/');

// DIR
define('DIR_APPLICATION', '/var/www/<<SHOP>>/catalog/');
define('DIR_SYSTEM', '/var/www/<<SHOP>>/system/');
define('DIR_STORAGE', '/var/www/storage/');

// DB
define('DB_DRIVER', 'mysqli');
define('DB_HOSTNAME', '<<DBHOST>>');
define('DB_USERNAME', '<<DBUSER>>');
define('DB_PASSWORD', '<<S>>');
define('DB_DATABASE', '<<DBNAME>>');
define('DB_PORT', '3306');
define('DB_PREFIX', 'oc_');
''')

T("presta_params", "mysql", "password", "php",
  ["app/config/parameters.php"], "database_password", '''
<?php return array (
  'parameters' =>
  array (
    'database_host' => '<<DBHOST>>',
    'database_port' => '',
    'database_name' => '<<DBNAME>>',
    'database_user' => '<<DBUSER>>',
    'database_password' => '<<S>>',
    'database_prefix' => 'ps_',
    'database_engine' => 'InnoDB',
    'mailer_transport' => 'smtp',
    'ps_caching' => 'CacheMemcache',
    'locale' => 'ro-RO',
    'cookie_key' => getenv('PS_COOKIE_KEY'),
  ),
);
''')

T("magento_env", "mysql", "password", "php",
  ["app/etc/env.php"], "MAGENTO_DB_PASSWORD", '''
<?php
return [
    'backend' => ['frontName' => 'admin_<<UP_6>>'],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => '<<DBHOST>>',
                'dbname' => '<<DBNAME>>',
                'username' => '<<DBUSER>>',
                'password' => '<<S>>',
                'model' => 'mysql4',
                'engine' => 'innodb',
                'active' => '1',
            ],
        ],
    ],
    'MAGE_MODE' => 'production',
];
''')

T("wpconfig", "mysql", "password", "php",
  ["wp-config.php"], "DB_PASSWORD", '''
<?php
/** Настройки на WordPress за <<DOMAIN>> */
define( 'DB_NAME', '<<DBNAME>>' );
define( 'DB_USER', '<<DBUSER>>' );
define( 'DB_PASSWORD', '<<S>>' );
define( 'DB_HOST', '<<DBHOST>>' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''')

T("compose_dburl", "postgres", "password", "yaml",
  ["docker-compose.yml", "infra/compose.prod.yaml"], "POSTGRES_PASSWORD", '''
services:
  api:
    build: .
    environment:
      - DATABASE_URL=postgresql://<<DBUSER>>:<<S>>@<<DBHOST>>:5432/<<DBNAME>>
      - REDIS_URL=redis://redis:6379/0
      - TZ=Europe/Kyiv
    depends_on: [postgres, redis]
  redis:
    image: redis:7-alpine
''', bad=URLBAD)

T("django_smtp", "smtp", "password", "python",
  ["config/settings/production.py", "<<SHOP>>/settings_prod.py"], "EMAIL_HOST_PASSWORD", '''
import os
from .common import *  # noqa

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

DATABASES["default"]["HOST"] = "<<DBHOST>>"

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.<<DOMAIN>>"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "noreply@<<DOMAIN>>"
EMAIL_HOST_PASSWORD = "<<S>>"
DEFAULT_FROM_EMAIL = "<<SHOP>> <noreply@<<DOMAIN>>>"
''')

T("symfony_mailer_yaml", "smtp", "password", "yaml",
  ["config/packages/prod/mailer.yaml"], "MAILER_PASSWORD", '''
framework:
    mailer:
        dsn: 'smtp://comenzi%40<<DOMAIN>>:<<S>>@smtp.<<DOMAIN>>:465'
        envelope:
            sender: 'comenzi@<<DOMAIN>>'
''', bad=URLBAD)

T("onec_xml", "1c", "password", "xml",
  ["1c/exchange/ObmenSait.xml", "export/1c_obmen_nastroiki.xml"], "PAROL_OBMENA", '''
<?xml version="1.0" encoding="UTF-8"?>
<НастройкиОбмена Версия="2.08" ДатаФормирования="<<DATE>>T09:<<MM>>:00">
  <Узел Код="<<DIG_3>>" Наименование="Сайт <<DOMAIN>>"/>
  <АдресСайта>https://<<DOMAIN>>/bitrix/admin/1c_exchange.php</АдресСайта>
  <Пользователь>obmen_1c</Пользователь>
  <Пароль><<S>></Пароль>
  <ВыгружатьТовары>true</ВыгружатьТовары>
  <ВыгружатьЗаказы>true</ВыгружатьЗаказы>
  <ОрганизацияЕДРПОУ><<EDRPOU>></ОрганизацияЕДРПОУ>
</НастройкиОбмена>
''', bad="&<>")

T("k8s_secret", "mysql", "password", "yaml",
  ["k8s/prod/db-secret.yaml", "deploy/k8s/secret-mariadb.yaml"], "MARIADB_PASSWORD", '''
apiVersion: v1
kind: Secret
metadata:
  name: <<SHOP>>-mariadb
  namespace: <<SHOP>>
type: Opaque
stringData:
  MARIADB_USER: <<DBUSER>>
  MARIADB_PASSWORD: "<<S>>"
  MARIADB_DATABASE: <<DBNAME>>
''')

T("ansible_vars_bg", "mysql", "password", "yaml",
  ["ansible/group_vars/production.yml", "inventories/prod/group_vars/all.yml"], "db_parola", '''
---
# променливи за продукционния сървър
app_name: <<SHOP>>
app_domain: <<DOMAIN>>
php_version: "8.2"
mysql_databases:
  - name: <<DBNAME>>
mysql_users:
  - name: <<DBUSER>>
    host: "localhost"
    password: "<<S>>"  # парола за базата
    priv: "<<DBNAME>>.*:ALL"
''')

T("laravel_db_php", "mysql", "password", "php",
  ["config/database.php"], "DB_PASSWORD", '''
<?php

return [
    'default' => env('DB_CONNECTION', 'mysql'),
    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', '<<DBHOST>>'),
            'port' => env('DB_PORT', '3306'),
            'database' => env('DB_DATABASE', '<<DBNAME>>'),
            'username' => env('DB_USERNAME', '<<DBUSER>>'),
            'password' => env('DB_PASSWORD', '<<S>>'),
            'charset' => 'utf8mb4',
            'collation' => 'utf8mb4_unicode_ci',
            'prefix' => '',
        ],
    ],
];
''')

T("dotnet_connstr", "mssql", "password", "json",
  ["src/Erp.Web/appsettings.Production.json", "appsettings.json"], "ConnectionStrings__Erp", '''
{
  "ConnectionStrings": {
    "Erp": "Server=<<DBHOST>>,1433;Database=<<DBNAME>>;User Id=<<DBUSER>>;Password=<<S>>;TrustServerCertificate=True"
  },
  "Culture": "hu-HU",
  "Serilog": { "MinimumLevel": { "Default": "Warning" } }
}
''', bad=";")

T("go_dsn", "mysql", "password", "go",
  ["cmd/shop/main.go", "internal/db/db.go"], "DB_PASS", '''
package main

import (
	"database/sql"
	"log"

	_ "github.com/go-sql-driver/mysql"
)

const dsn = "<<DBUSER>>:<<S>>@tcp(<<DBHOST>>:3306)/<<DBNAME>>?parseTime=true&charset=utf8mb4"

func main() {
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
}
''', bad=URLBAD)

T("java_ds_props", "postgres", "password", "properties",
  ["src/main/resources/application-prod.properties"], "SPRING_DATASOURCE_PASSWORD", '''
spring.datasource.url=jdbc:postgresql://<<DBHOST>>:5432/<<DBNAME>>
spring.datasource.username=<<DBUSER>>
spring.datasource.password=<<S>>
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.properties.hibernate.jdbc.time_zone=Europe/Bucharest
''')

T("ro_md_parola", "mysql", "password", "markdown",
  ["docs/server.md", "docs/deploy.md"], "PAROLA_DB", '''
# Server producție

- Host: `<<DBHOST>>` (MySQL <<PORT>>)
- Bază de date: `<<DBNAME>>`
- Utilizator: `<<DBUSER>>`
- Parolă: `<<S>>`

Backup zilnic la 03:00 (cron pe `backup01`).
''')

T("hu_md_jelszo", "ftp", "password", "markdown",
  ["docs/telepites.md", "docs/uzemeltetes.md"], "FTP_JELSZO", '''
# Telepítés

Az éles webshop FTP-n keresztül frissül.

- szerver: ftp.<<DOMAIN>>
- felhasználó: <<USER>>
- jelszó: <<S>>

Utána: `php artisan migrate --force`
''')

T("gh_actions_sshpass", "ssh", "password", "yaml",
  [".github/workflows/deploy.yml", ".github/workflows/deploy-prod.yml"], "DEPLOY_PASSWORD", '''
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: rsync to hosting
        env:
          SSHPASS: "<<S>>"
        run: |
          sudo apt-get install -y sshpass
          sshpass -e rsync -az --delete ./ <<USER>>@<<DOMAIN>>:/home/<<USER>>/public_html/
''')

T("curl_everypay", "everypay", "everypay_sk", "shell",
  ["scripts/refund.sh"], "EVERYPAY_SK", '''
#!/usr/bin/env bash
# επιστροφή χρημάτων για πληρωμή
PMT="$1"
curl -s https://api.everypay.gr/payments/refund/"$PMT" \\
  -u "<<S>>:" \\
  -d amount="$2"
''')

T("mysqldump_sh", "mysql", "password", "shell",
  ["scripts/backup_db.sh", "bin/backup.sh"], "MYSQL_PWD", '''
#!/bin/bash
# щоденний бекап бази магазину
DATE=$(date +%F)
mysqldump -h <<DBHOST>> -u <<DBUSER>> -p'<<S>>' --single-transaction <<DBNAME>> \\
  | gzip > /var/backups/<<DBNAME>>-$DATE.sql.gz
find /var/backups -name '*.sql.gz' -mtime +14 -delete
''')


# ---------------------------------------------------------------- negative slot values
GENERIC_PH = ["YOUR_API_KEY", "<your-secret-key>", "xxxxxxxxxxxxxxxxxxxxxxxx", "changeme",
              "********", "[REDACTED]", "", "TODO", "ваш_ключ", "cheia-ta-secreta",
              "IDE_JON_A_KULCS", "вашият-ключ", "το_κλειδί_σας", "<vložte-kľúč>",
              "REPLACE_ME", "<secret>", "***", "your-token-here", "<ключ API>",
              "...", "<hidden>", "•••••••••", "PUT_KEY_HERE", "<paste-here>", "nincs_megadva"]
PASS_PH = ["changeme", "<parolă>", "jelszó_ide", "your_password", "********", "", "<пароль>",
           "[REDACTED]", "парола", "PASSWORD", "secret", "<lozinka>", "***"]


def neg_value(r, t):
    ft = t["ft"]
    var = t["var"] or "SECRET"
    choice = r.random()
    if t["tests"] and choice < 0.2:
        return r.choice(t["tests"]), "provider_test_value"
    if choice < 0.5:
        if ft in ("yaml", "properties", "ini", "xml", "markdown", "shell", "env"):
            opts = ["${%s}" % var, "${%s:-}" % var, "{{ %s }}" % var.lower()]
            p0 = t["paths"][0]
            if ft == "yaml" and "config/packages" in p0:
                opts = ["%%env(%s)%%" % var, "%%env(resolve:%s)%%" % var]
            elif ft == "yaml" and p0.startswith("ansible"):
                opts = ["{{ vault_%s }}" % var.lower(), "{{ lookup('env', '%s') }}" % var]
            elif ft == "yaml" and p0.startswith(".github"):
                opts = ["${{ secrets.%s }}" % var]
            if ft == "shell":
                opts = ["${%s}" % var, "$%s" % var, "${%s:?not set}" % var]
            return r.choice(opts), "env_reference"
        if ft == "json":
            return r.choice(["#{%s}#" % var, "__%s__" % var.upper().replace("__", "_"),
                             "", "<from-user-secrets>", "${%s}" % var]), "ci_token_reference"
    if t["kind"] == "password":
        return r.choice(PASS_PH), "placeholder"
    return r.choice(GENERIC_PH), "placeholder"


# ---------------------------------------------------------------- look-alike negatives
LOOK = []


def L(name, provider, kind, ft, paths, body):
    LOOK.append(dict(name=name, provider=provider, kind=kind, ft=ft, paths=paths, body=body.lstrip("\n")))


def b64json(r, d):
    return base64.b64encode(json.dumps(d, ensure_ascii=False).encode()).decode()


L("liqpay_callback_log", "liqpay", "callback_signature", "log",
  ["storage/logs/liqpay-<<DATE>>.log", "var/log/liqpay_callback.log"], '''
[<<DATE>> 10:<<MM>>:<<DIG_2>>] liqpay.INFO: callback received {"ip":"91.226.25.<<OCT>>"}
[<<DATE>> 10:<<MM>>:<<DIG_2>>] liqpay.DEBUG: data=<<LPDATA>>
[<<DATE>> 10:<<MM>>:<<DIG_2>>] liqpay.DEBUG: signature=<<B64_27>>=
[<<DATE>> 10:<<MM>>:<<DIG_2>>] liqpay.INFO: order <<ORDER>> status=success payment_id=<<DIG_10>>
''')

L("wfp_callback_json", "wayforpay", "callback_signature", "json",
  ["tests/fixtures/wayforpay_callback.json", "docs/examples/wfp-service-url.json"], '''
{
  "merchantAccount": "<<SHOP>>_ua",
  "orderReference": "<<RUUID>>",
  "merchantSignature": "<<HEX_32>>",
  "amount": <<DIG_3>>.00,
  "currency": "UAH",
  "authCode": "<<DIG_6>>",
  "email": "<<EMAIL>>",
  "phone": "<<PHONE>>",
  "createdDate": 17<<DIG_8>>,
  "processingDate": 17<<DIG_8>>,
  "cardPan": "53****<<DIG_4>>",
  "cardType": "MasterCard",
  "issuerBankCountry": "Ukraine",
  "transactionStatus": "Approved",
  "reasonCode": 1100,
  "fee": 0,
  "paymentSystem": "card"
}
''')

L("mono_webhook_fixture", "monobank", "webhook_signature", "json",
  ["tests/fixtures/mono_webhook.json", "spec/fixtures/monobank/invoice_success.json"], '''
{
  "headers": {
    "X-Sign": "<<B64_96>>"
  },
  "body": {
    "invoiceId": "<<B64_14>>",
    "status": "success",
    "amount": <<DIG_5>>,
    "ccy": 980,
    "finalAmount": <<DIG_5>>,
    "createdDate": "<<DATE>>T12:00:00Z",
    "modifiedDate": "<<DATE>>T12:01:07Z",
    "reference": "<<RUUID>>",
    "paymentInfo": {"maskedPan": "444403******<<DIG_4>>", "approvalCode": "<<DIG_6>>", "rrn": "<<DIG_12>>", "tranId": "<<DIG_12>>"}
  }
}
''')

L("mono_pubkey", "monobank", "public_key", "python",
  ["payments/mono/pubkey.py", "app/monobank/verify.py"], '''
"""Перевірка X-Sign вебхуків monobank (ECDSA, публічний ключ з /api/merchant/pubkey)."""
import base64

from ecdsa import VerifyingKey, BadSignatureError
from ecdsa.util import sigdecode_der
import hashlib

# публічний ключ, кешований з GET /api/merchant/pubkey (оновлюється при помилці перевірки)
MONO_PUBKEY_B64 = (
    "LS0tLS1CRUdJTiBQVUJMSUMgS0VZLS0tLS0KTUZrd0V3WUhLb1pJemowQ0FRWUlLb1pJemowREFRY0RRZ0FF"
    "<<B64_76>>"
    "<<B64_40>>LS0tLS1FTkQgUFVCTElDIEtFWS0tLS0tCg=="
)


def verify(body: bytes, x_sign: str) -> bool:
    vk = VerifyingKey.from_pem(base64.b64decode(MONO_PUBKEY_B64).decode())
    try:
        return vk.verify(base64.b64decode(x_sign), body, sigdecode=sigdecode_der, hashfunc=hashlib.sha256)
    except BadSignatureError:
        return False
''')

L("np_tracking_csv", "novaposhta", "tracking_numbers", "csv",
  ["exports/ttn_<<DATE>>.csv", "data/vidpravky.csv"], '''
номер_ттн,ref,отримувач,місто,сума,статус
204500<<DIG_8>>,<<RUUID>>,Коваленко О.,Київ,<<DIG_4>>.00,Доставлено
204500<<DIG_8>>,<<RUUID>>,Шевчук І.,Львів,<<DIG_3>>.50,В дорозі
204500<<DIG_8>>,<<RUUID>>,Бондар А.,Одеса,<<DIG_4>>.00,Отримано
590000<<DIG_8>>,<<RUUID>>,Мельник Т.,Дніпро,<<DIG_3>>.00,Створено
''')

L("ukrposhta_barcodes", "ukrposhta", "tracking_numbers", "json",
  ["tests/fixtures/ukrposhta_shipments.json"], '''
[
  {"uuid": "<<RUUID>>", "barcode": "0503<<DIG_9>>", "type": "STANDARD", "sender": {"edrpou": "<<EDRPOU>>"}, "deliveryPrice": <<DIG_2>>},
  {"uuid": "<<RUUID>>", "barcode": "0503<<DIG_9>>", "type": "EXPRESS", "sender": {"edrpou": "<<EDRPOU>>"}, "deliveryPrice": <<DIG_2>>},
  {"uuid": "<<RUUID>>", "barcode": "0600<<DIG_9>>", "type": "STANDARD", "sender": {"edrpou": "<<EDRPOU>>"}, "deliveryPrice": <<DIG_2>>}
]
''')

L("iban_suppliers", "banking", "iban_taxid", "yaml",
  ["data/furnizori.yaml", "config/suppliers.yml"], '''
# furnizori / постачальники / beszállítók
suppliers:
  - name: "<<SHOP>> SRL"
    cui: "RO<<CUI>>"
    iban: "RO<<DIG_2>>BTRL<<UP_16>>"
  - name: "ТОВ Постач"
    edrpou: "<<EDRPOU>>"
    iban: "UA<<DIG_2>>305299<<DIG_19>>"
  - name: "Minta Kft."
    adoszam: "<<HUTAX>>"
    iban: "HU<<DIG_2>><<DIG_24>>"
  - name: "Προμηθευτής ΑΕ"
    afm: "<<AFM>>"
    iban: "GR<<DIG_2>>0110<<DIG_19>>"
''')

L("package_lock", "npm", "integrity_hash", "json",
  ["package-lock.json"], '''
{
  "name": "<<SHOP>>-storefront",
  "version": "<<VER>>",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/liqpay-sdk-nodejs": {
      "version": "1.<<N>>.0",
      "resolved": "https://registry.npmjs.org/liqpay-sdk-nodejs/-/liqpay-sdk-nodejs-1.<<N>>.0.tgz",
      "integrity": "sha512-<<B64_86>>=="
    },
    "node_modules/axios": {
      "version": "1.7.<<N>>",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.<<N>>.tgz",
      "integrity": "sha512-<<B64_86>>=="
    }
  }
}
''')

L("composer_lock", "composer", "integrity_hash", "json",
  ["composer.lock"], '''
{
    "_readme": ["This file locks the dependencies of your project to a known state"],
    "content-hash": "<<HEX_32>>",
    "packages": [
        {
            "name": "barion/barion-web-php",
            "version": "v1.4.<<N>>",
            "source": {"type": "git", "url": "https://github.com/barion/barion-web-php.git", "reference": "<<HEX_40>>"},
            "dist": {"type": "zip", "url": "https://api.github.com/repos/barion/barion-web-php/zipball/<<HEX_40>>", "reference": "<<HEX_40>>", "shasum": ""}
        }
    ]
}
''')

L("nav_digest_response", "nav", "invoice_digest", "xml",
  ["tests/fixtures/nav/queryInvoiceDigestResponse.xml"], '''
<?xml version="1.0" encoding="UTF-8"?>
<QueryInvoiceDigestResponse xmlns="http://schemas.nav.gov.hu/OSA/3.0/api" xmlns:common="http://schemas.nav.gov.hu/NTCA/1.0/common">
  <common:header>
    <common:requestId>RID<<DIG_12>><<UP_10>></common:requestId>
    <common:timestamp><<DATE>>T08:15:02.000Z</common:timestamp>
    <common:requestVersion>3.0</common:requestVersion>
  </common:header>
  <common:result><common:funcCode>OK</common:funcCode></common:result>
  <invoiceDigestResult>
    <currentPage>1</currentPage>
    <availablePage>1</availablePage>
    <invoiceDigest>
      <invoiceNumber><<UP_4>>-<<YEAR>>-<<DIG_5>></invoiceNumber>
      <invoiceOperation>CREATE</invoiceOperation>
      <supplierTaxNumber><<DIG_8>></supplierTaxNumber>
      <transactionId><<UP_16>></transactionId>
      <invoiceNetAmount><<DIG_6>></invoiceNetAmount>
      <invoiceHash cryptoType="SHA3-512"><<HEXU_128>></invoiceHash>
    </invoiceDigest>
  </invoiceDigestResult>
</QueryInvoiceDigestResponse>
''')

L("mydata_response", "aade-mydata", "invoice_uid", "xml",
  ["tests/fixtures/mydata/ResponseDoc.xml", "docs/examples/mydata_response.xml"], '''
<?xml version="1.0" encoding="utf-8"?>
<ResponseDoc xmlns="http://www.aade.gr/myDATA/invoice/v1.0">
  <response>
    <index>1</index>
    <invoiceUid><<HEXU_40>></invoiceUid>
    <invoiceMark>4000<<DIG_11>></invoiceMark>
    <qrUrl>https://mydataapi.aade.gr/TimologioQR/QRInfo?q=<<B64_60>></qrUrl>
    <statusCode>Success</statusCode>
  </response>
</ResponseDoc>
''')

L("fiskal_receipts_log", "fina-fiskalizacija", "zki_jir", "log",
  ["logs/fiskal-<<DATE>>.log", "var/log/fiskalizacija.log"], '''
<<DATE>> 09:<<MM>>:11 INFO  racun <<DIG_3>>/PP1/1 ZKI=<<HEX_32>> JIR=<<RUUID>>
<<DATE>> 09:<<MM>>:40 INFO  racun <<DIG_3>>/PP1/1 ZKI=<<HEX_32>> JIR=<<RUUID>>
<<DATE>> 10:<<MM>>:02 WARN  CIS timeout, naknadna dostava racun <<DIG_3>>/PP1/2 ZKI=<<HEX_32>>
<<DATE>> 10:<<MM>>:19 INFO  racun <<DIG_3>>/PP1/2 ZKI=<<HEX_32>> JIR=<<RUUID>>
''')

L("netopia_public_cer", "netopia", "certificate", "pem",
  ["certs/netopia/live.<<NETSIG>>.public.cer", "var/certs/sandbox.<<NETSIG>>.public.cer"], '''
-----BEGIN CERTIFICATE-----
MIIC3zCCAkigAwIBAgIB<<B64_44>>
<<B64_64>>
<<B64_64>>
<<B64_64>>
<<B64_64>>
<<B64_64>>
<<B64_64>>
<<B64_64>>
<<B64_64>>
<<B64_64>>
<<B64_64>>
<<B64_64>>
<<B64_32>>
-----END CERTIFICATE-----
''')

L("ssh_pubkeys", "ssh", "public_key", "yaml",
  ["ansible/roles/users/vars/main.yml"], '''
users:
  - name: <<FIRST>>
    groups: [sudo, www-data]
    ssh_keys:
      - "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<B64_43>> <<FIRST>>@laptop"
  - name: deploy
    groups: [www-data]
    ssh_keys:
      - "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ<<B64_300>> deploy@ci"
''')

L("jwks_public", "keycloak", "public_key", "json",
  ["tests/fixtures/jwks.json", "public/.well-known/jwks.json"], '''
{
  "keys": [
    {
      "kid": "<<BU_43>>",
      "kty": "RSA",
      "alg": "RS256",
      "use": "sig",
      "n": "<<BU_342>>",
      "e": "AQAB",
      "x5t#S256": "<<BU_43>>"
    }
  ]
}
''')

L("compose_digests", "docker", "image_digest", "yaml",
  ["deploy/docker-compose.pinned.yml", "k8s/base/deployment.yaml"], '''
services:
  web:
    image: nginx:1.27-alpine@sha256:<<HEX_64>>
  app:
    image: ghcr.io/<<SHOP>>/shop@sha256:<<HEX_64>>
    environment:
      APP_ENV: production
      GIT_SHA: <<HEX_40>>
  db:
    image: mariadb:11.4@sha256:<<HEX_64>>
''')

L("go_sum", "go", "integrity_hash", "text",
  ["go.sum"], '''
github.com/go-sql-driver/mysql v1.8.<<N>> h1:<<B64_43>>=
github.com/go-sql-driver/mysql v1.8.<<N>>/go.mod h1:<<B64_43>>=
github.com/shal/mono v0.<<N>>.0 h1:<<B64_43>>=
github.com/shal/mono v0.<<N>>.0/go.mod h1:<<B64_43>>=
golang.org/x/crypto v0.2<<N>>.0 h1:<<B64_43>>=
golang.org/x/crypto v0.2<<N>>.0/go.mod h1:<<B64_43>>=
''')

L("sha256sums", "release", "checksum", "text",
  ["dist/SHA256SUMS", "release/checksums.txt"], '''
<<HEX_64>>  <<SHOP>>-sync_<<VER>>_linux_amd64.tar.gz
<<HEX_64>>  <<SHOP>>-sync_<<VER>>_linux_arm64.tar.gz
<<HEX_64>>  <<SHOP>>-sync_<<VER>>_windows_amd64.zip
<<HEX_64>>  <<SHOP>>-sync_<<VER>>_darwin_arm64.tar.gz
''')

L("assetlinks", "android", "cert_fingerprint", "json",
  ["public/.well-known/assetlinks.json"], '''
[{
  "relation": ["delegate_permission/common.handle_all_urls"],
  "target": {
    "namespace": "android_app",
    "package_name": "ua.<<SHOP>>.app",
    "sha256_cert_fingerprints": ["<<FP>>"]
  }
}]
''')

L("ansible_vault", "ansible", "ciphertext", "yaml",
  ["ansible/group_vars/production/vault.yml"], '''
$ANSIBLE_VAULT;1.1;AES256
<<HEX_80>>
<<HEX_80>>
<<HEX_80>>
<<HEX_80>>
<<HEX_80>>
<<HEX_80>>
<<HEX_40>>
''')

L("sealed_secret", "kubernetes", "ciphertext", "yaml",
  ["k8s/prod/sealed-liqpay.yaml", "deploy/sealedsecret-payments.yaml"], '''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: payments
  namespace: <<SHOP>>
spec:
  encryptedData:
    LIQPAY_PRIVATE_KEY: AgB<<B64_600>>
    NP_API_KEY: AgC<<B64_400>>
  template:
    metadata:
      name: payments
''')

L("git_revs", "git", "commit_sha", "text",
  [".git-blame-ignore-revs", "docs/RELEASES.md"], '''
# php-cs-fixer run (PSR-12)
<<HEX_40>>
# prettier 3 reformat
<<HEX_40>>
# rename modul plati -> payments
<<HEX_40>>
''')

L("epay_callback", "epay.bg", "callback_signature", "log",
  ["storage/logs/epay-notify.log", "logs/epay_<<DATE>>.log"], '''
<<DATE>> 14:<<MM>>:03 POST /epay/notify ENCODED=<<EPENC>> CHECKSUM=<<HEX_40>>
<<DATE>> 14:<<MM>>:03 decoded: INVOICE=<<DIG_6>>:STATUS=PAID:PAY_TIME=<<DIG_14>>:STAN=<<DIG_6>>:BCODE=<<UP_6>>
<<DATE>> 14:<<MM>>:03 reply: INVOICE=<<DIG_6>>:STATUS=OK
''')

L("barion_callback_log", "barion", "payment_id", "log",
  ["var/log/barion.log", "storage/logs/barion-<<DATE>>.log"], '''
[<<DATE>> 11:<<MM>>:07] INFO  Barion callback PaymentId=<<HEX_32>>
[<<DATE>> 11:<<MM>>:07] INFO  GetPaymentState PaymentId=<<HEX_32>> Status=Succeeded PaymentRequestId=WS-<<YEAR>>-<<DIG_6>>
[<<DATE>> 11:<<MM>>:08] DEBUG Transaction TransactionId=<<HEX_32>> POSTransactionId=<<RUUID>> Total=<<DIG_5>> HUF
''')

L("simplepay_ipn", "simplepay", "callback_signature", "log",
  ["log/simplepay_ipn.log"], '''
<<DATE>> 16:<<MM>>:51 IPN received signature: <<B64_64>>
<<DATE>> 16:<<MM>>:51 IPN body: {"salt":"<<B64_32>>","orderRef":"<<UP_3>>-<<DIG_6>>","method":"CARD","merchant":"<<UP_8>>","finishDate":"<<DATE>>T16:00:00+02:00","paymentDate":"<<DATE>>T15:59:12+02:00","transactionId":<<DIG_9>>,"status":"FINISHED"}
<<DATE>> 16:<<MM>>:51 IPN confirm sent
''')

L("fondy_callback_fixture", "fondy", "callback_signature", "json",
  ["tests/fixtures/fondy_callback.json"], '''
{
  "order_id": "<<RUUID>>",
  "merchant_id": <<MID2>>,
  "amount": "<<DIG_5>>",
  "currency": "UAH",
  "order_status": "approved",
  "response_status": "success",
  "signature": "<<HEX_40>>",
  "payment_id": <<DIG_9>>,
  "masked_card": "444455XXXXXX<<DIG_4>>",
  "rrn": "<<DIG_12>>",
  "approval_code": "<<DIG_6>>",
  "sender_email": "<<EMAIL>>"
}
''')

L("monri_callback", "monri", "callback_signature", "text",
  ["docs/monri-callback-example.md"], '''
# Monri callback primer

```
POST /placanje/monri/callback HTTP/1.1
Host: <<DOMAIN>>
Authorization: WP3-callback <<HEX_128>>
Content-Type: application/json

{"order_number":"<<UP_4>><<DIG_8>>","amount":<<DIG_4>>,"currency":"EUR","status":"approved","approval_code":"<<DIG_6>>","response_code":"0000"}
```

Digest = SHA512(merchant key + body); ključ je u Vaultu.
''')

L("anaf_messages", "anaf", "message_ids", "json",
  ["storage/efactura/listaMesaje_<<DATE>>.json"], '''
{
  "mesaje": [
    {"data_creare": "<<DIG_12>>", "cif": "<<CUI>>", "id_solicitare": "<<DIG_10>>", "detalii": "Factura cu id_incarcare=<<DIG_10>> emisa de cif_emitent=<<CUI>>", "tip": "FACTURA TRIMISA", "id": "<<DIG_10>>"},
    {"data_creare": "<<DIG_12>>", "cif": "<<CUI>>", "id_solicitare": "<<DIG_10>>", "detalii": "Erori factura cu id_incarcare=<<DIG_10>>", "tip": "ERORI FACTURA", "id": "<<DIG_10>>"}
  ],
  "serial": "<<HEX_16>>",
  "cui": "<<CUI>>",
  "titlu": "Lista Mesaje disponibile din ultimele 60 zile"
}
''')

L("viva_webhook_fixture", "vivawallet", "transaction_ids", "json",
  ["tests/fixtures/viva_transaction_payment_created.json"], '''
{
  "Url": "https://<<DOMAIN>>/webhooks/viva",
  "EventData": {
    "TransactionId": "<<RUUID>>",
    "OrderCode": <<DIG_16>>,
    "MerchantId": "<<UUID>>",
    "SourceCode": "<<SRC>>",
    "StatusId": "F",
    "Amount": <<DIG_2>>.90,
    "CardNumber": "414746XXXXXX<<DIG_4>>",
    "CurrencyCode": "978"
  },
  "Created": "<<DATE>>T09:12:33.0000000Z",
  "CorrelationId": "<<RUUID>>",
  "EventTypeId": 1796
}
''')

L("sri_html", "web", "integrity_hash", "html",
  ["templates/base.html", "resources/views/layouts/app.blade.php"], '''
<!doctype html>
<html lang="ro">
<head>
  <meta charset="utf-8">
  <title><<SHOP>></title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.<<N>>/dist/css/bootstrap.min.css"
        integrity="sha384-<<B64_64>>" crossorigin="anonymous">
  <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.<<N>>/dist/js/bootstrap.bundle.min.js"
          integrity="sha384-<<B64_64>>" crossorigin="anonymous"></script>
  <meta name="csrf-token" content="{{ csrf_token() }}">
</head>
<body></body>
</html>
''')

L("liqpay_public_only", "liqpay", "public_key", "javascript",
  ["public/js/checkout.js", "assets/js/liqpay-widget.js"], '''
// віджет LiqPay: data + signature приходять з бекенду, тут лише публічний ключ для логів
const LIQPAY_PUBLIC_KEY = "<<LPPUB>>";

window.LiqPayCheckoutCallback = function () {
  fetch("/api/liqpay/checkout").then(r => r.json()).then(({ data, signature }) => {
    LiqPayCheckout.init({ data, signature, embedTo: "#liqpay_checkout", mode: "embed" })
      .on("liqpay.callback", d => console.log(LIQPAY_PUBLIC_KEY, d.status, d.order_id));
  });
};
''')

L("viva_public_cfg", "vivawallet", "public_ids", "json",
  ["src/Eshop.Web/wwwroot/config.json", "public/viva.json"], '''
{
  "vivaSourceCode": "<<SRC>>",
  "vivaMerchantId": "<<UUID>>",
  "vivaCheckoutUrl": "https://www.vivapayments.com/web/checkout?ref=",
  "vivaClientId": "<<VIVACID>>",
  "locale": "el-GR"
}
''')

L("invoice_csv_ro", "smartbill", "invoice_numbers", "csv",
  ["exports/facturi_<<YEAR>>.csv"], '''
serie,numar,data,client,cui_client,total,moneda,hash_pdf
<<UP_3>>,<<DIG_4>>,<<DATE>>,Client SRL,RO<<CUI>>,<<DIG_4>>.00,RON,<<HEX_40>>
<<UP_3>>,<<DIG_4>>,<<DATE>>,Alt Client SRL,RO<<CUI>>,<<DIG_3>>.50,RON,<<HEX_40>>
<<UP_3>>,<<DIG_4>>,<<DATE>>,Persoana fizica,-,<<DIG_3>>.00,RON,<<HEX_40>>
''')

L("migration_uuid", "laravel", "uuid_ids", "php",
  ["database/seeders/PaymentMethodsSeeder.php"], '''
<?php

namespace Database\\Seeders;

use Illuminate\\Database\\Seeder;
use Illuminate\\Support\\Facades\\DB;

class PaymentMethodsSeeder extends Seeder
{
    public function run(): void
    {
        DB::table('payment_methods')->insert([
            ['id' => '<<RUUID>>', 'code' => 'liqpay', 'name' => 'LiqPay'],
            ['id' => '<<RUUID>>', 'code' => 'mono', 'name' => 'plata by mono'],
            ['id' => '<<RUUID>>', 'code' => 'cod', 'name' => 'Накладений платіж'],
        ]);
    }
}
''')

L("huf_css_datauri", "web", "encoded_data", "css",
  ["public/css/icons.css", "assets/css/payment-icons.css"], '''
.icon-barion {
  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ<<B64_120>>");
}
.icon-simplepay {
  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ<<B64_120>>");
}
''')


def fingerprint(r):
    return ":".join(rs(r, HEXU, 2) for _ in range(32))


# ---------------------------------------------------------------- main
def relpath(r, t, ctx):
    return render(r.choice(t["paths"]), ctx, r)


def line_of(text, needle):
    i = text.find(needle)
    assert i >= 0
    return text.count("\n", 0, i) + 1


def make_secret(r, kind, seen):
    while True:
        v = GEN[kind](r)
        if v not in seen:
            seen.add(v)
            return v


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_mk.py OUTDIR SEED\n")
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    files = []  # (path, text)
    seen = set()

    pos_t = list(TEMPLATES)
    env_t = [t for t in pos_t if t["ft"] == "env"]
    non_env = [t for t in pos_t if t["ft"] != "env"]
    order = []
    while len(order) < 500:
        block = list(non_env)
        r.shuffle(block)
        order.extend(block)
    order = order[:500]
    # at most 1 in 20 in .env files: replace a few slots with env templates
    n_env = r.randint(8, 20)
    for k in r.sample(range(500), n_env):
        order[k] = r.choice(env_t)

    for i, t in enumerate(order):
        ctx = make_ctx(r)
        kind_gen = t["kind"]
        if kind_gen == "private_key":
            kind_gen = r.choice(["pem1", "pem8"])
        val = make_secret(r, kind_gen, seen)
        while t["bad"] and any(ch in t["bad"] for ch in val):
            val = make_secret(r, kind_gen, seen)
        if kind_gen in ("pem1", "pem8"):
            needle = val.split("\n")[1]
            if t["ft"] == "yaml":
                val = val.replace("\n", "\n        ")
        else:
            needle = val
        text = render(t["body"], ctx, r, val)
        rp = relpath(r, t, ctx)
        path = "pos/p%04d/%s" % (i, rp)
        ln = line_of(text, needle)
        assert needle in text.split("\n")[ln - 1]
        files.append((path, text))
        manifest.append({"file": path, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": t["ft"], "template": t["name"]})
        secrets.append({"file": path, "needle": needle, "line": ln})

    # negatives: 250 re-used templates, 250 look-alikes
    neg_t = [t for t in TEMPLATES if not t["noneg"]]
    negs = []
    while len(negs) < 250:
        block = list(neg_t)
        r.shuffle(block)
        negs.extend(block)
    negs = negs[:250]
    looks = []
    while len(looks) < 250:
        block = list(LOOK)
        r.shuffle(block)
        looks.extend(block)
    looks = looks[:250]
    items = [("tpl", t) for t in negs] + [("look", t) for t in looks]
    r.shuffle(items)
    for j, (mode, t) in enumerate(items):
        ctx = make_ctx(r)
        if mode == "tpl":
            v, how = neg_value(r, t)
            if how == "provider_test_value":
                ctx.update(t["testctx"])
            text = render(t["body"], ctx, r, v)
            rp = relpath(r, t, ctx)
            if t["ft"] == "env":
                rp = r.choice([".env.example", ".env.sample", ".env.dist"])
            kind = t["kind"] + ":" + how
            tname = t["name"]
        else:
            ctx["ORDER"] = "%s-%s" % (r.choice(["ORD", "ZAM", "CMD", "ORDER"]), rs(r, DIG, 6))
            ctx["LPDATA"] = b64json(r, {
                "action": "pay", "payment_id": r.randint(10 ** 9, 10 ** 10), "status": "success",
                "version": 3, "type": "buy", "public_key": ctx["LPPUB"], "order_id": ctx["ORDER"],
                "amount": r.randint(100, 9000), "currency": "UAH", "description": "Замовлення",
                "liqpay_order_id": rs(r, UP + DIG, 20)})
            ctx["EPENC"] = base64.b64encode(("INVOICE=%s:STATUS=PAID:PAY_TIME=%s:STAN=%s:BCODE=%s" % (
                rs(r, DIG, 6), rs(r, DIG, 14), rs(r, DIG, 6), rs(r, UP + DIG, 6))).encode()).decode()
            ctx["FP"] = fingerprint(r)
            text = render(t["body"], ctx, r)
            rp = relpath(r, t, ctx)
            kind = t["kind"]
            tname = "look_" + t["name"]
        path = "neg/n%04d/%s" % (j, rp)
        base = os.path.basename(rp)
        assert not (base == ".env" or (base.startswith(".env.") and base.split(".")[-1] in
                    ("local", "production", "prod", "staging", "development", "dev", "test")))
        files.append((path, text))
        manifest.append({"file": path, "label": "neg", "provider": t["provider"], "kind": kind,
                         "filetype": t["ft"], "template": tname})

    # sanity: no positive needle in any negative
    needles = [s["needle"] for s in secrets]
    neg_blob = "\n\0".join(tx for p, tx in files if p.startswith("neg/"))
    for nd in needles:
        assert nd not in neg_blob, nd

    os.makedirs(out, exist_ok=True)
    for path, text in files:
        full = os.path.join(out, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
