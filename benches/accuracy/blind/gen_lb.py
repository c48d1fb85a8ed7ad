#!/usr/bin/env python3
"""gen_lb.py - blind evaluation set for secret scanners (European SMB SaaS and public APIs).

EMPHASIS
    European small-business SaaS, payment and logistics APIs as they appear in shop,
    accounting and ERP integration code:
    Germany  - DATEV, sevDesk, lexoffice/Lexware Office, Billomat, FastBill, easybill, Personio,
               Shopware 6 integrations, DHL Parcel DE, Deutsche Post Internetmarke, ELSTER/ERiC.
    France   - Qonto (login:secret-key), Pennylane, Swan, Brevo/Sendinblue, Colissimo,
               Chorus Pro (PISTE), INSEE Sirene.
    NL/BE    - Mollie (live_/test_/access_), Exact Online, Moneybird, Bol.com, PostNL, Sendcloud.
    Nordics  - Fortnox, Visma eAccounting, Tripletex, Vipps MobilePay, Klarna, BankID, Swish.
    South    - Holded, Fatture in Cloud, Aruba PEC, Redsys (Ds_Merchant HMAC-SHA256 key), SIBS,
               Satispay.
    Poland   - Przelewy24 (CRC and API/reports keys), PayU (second key, OAuth secret), InPost ShipX.
    Swiss    - PostFinance Checkout, TWINT, bexio.
    Kinds: API keys, OAuth client secrets, merchant secrets, certificate passwords/PINs,
    basic-auth pairs, webhook/signing secrets, one RSA private key (Satispay).
    File types: PHP, Python, JavaScript, TypeScript, Java, C#, YAML, JSON, XML, INI, properties,
    TOML, Ruby, shell, Dockerfile, Terraform, SQL, CSV, log, HTML, CSS, nginx conf, lock files,
    PEM, Markdown (de, fr, nl, it, es, pl, sv, nb),
    a few `.env` positives (< 1 in 20).

USAGE
    python3 -B gen_lb.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Deterministic per SEED (one random.Random).

NEEDLE CONVENTIONS
    - The needle is the secret value exactly as written, without surrounding quotes.
    - Prefixed keys (live_..., xkeysib-..., klarna_live_api_...) include their prefix.
    - Pairs (Qonto `login:secret`, Sendcloud public:secret, basic-auth user:password, Klarna
      username/password, URLs `scheme://user:password@host`): the needle is the secret half only.
    - HTTP headers: the needle is the header value's credential (no `Bearer `/`Basic ` word).
    - JWT-shaped tokens (InPost ShipX, bexio, Fatture in Cloud `a/...`): the whole token.
    - Multi-line PEM private key: the needle is the first base64 line after the BEGIN line.
    - `line` is the 1-based line of the needle's first occurrence; the program asserts it.

NEGATIVES
    Half re-use the positive templates with the secret slot holding a non-secret: placeholders
    (in several languages), empty values, masks, env/secret-manager references (${X},
    %env(X)%, ${{ secrets.X }}, op://, vault:), documented example/test values (Mollie docs
    test key, Redsys public test key sq7Hjr..., PayU public sandbox POS keys, Qonto docs
    secret, Przelewy24/DHL sandbox documentation values, BankID/Swish test cert passwords) and
    public values (Shopware sales-channel SWSC keys, Klarna client identifiers, Vipps MSN).
    The other half are look-alikes: checksum-valid synthetic IBANs, VAT ids (DE/FR/PL/NL/CH),
    tracking numbers, order/payment ids, Redsys Ds_Signature and P24 sha384 signs in logs,
    SRI/sha256/sha512 digests, UUIDs, public keys and certificates, QR-bill references, code
    that reads secrets from the environment, CI files with secret references.
    No negative is written to a `.env`/`.env.<stage>` file (renamed to `.env.example`).

FORMATS CHECKED (search tool, docs/pages/code corpora)
    - Mollie: docs.mollie.com authentication: Live/Test API keys per profile, organization
      access tokens; docs example key test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM (30 chars after test_).
    - Qonto: docs.qonto.com: header `Authorization: {sign-in}:{secret-key}`, not base64;
      docs example pied-piper-7132 / 62885d39f3a0ddedd3d3ee0432a43ccr (32 lowercase alnum).
    - Klarna: docs.klarna.com: API key `klarna_<live|test>_api_<random>`, Basic header; optional
      UUID username; client identifiers are for the client-side Web SDK (public).
    - Brevo: api-key header; third-party page shows `xkeysib-<64 hex>-<16 alnum>`.
    - Shopware 6: integrations give an Access key ID and a Secret access key (shown once).
    - Przelewy24: merchantId/posId integers, sign = sha384 over JSON with crc; wrappers use a
      16-hex CRC key and a 32-hex API/reports key.
    - Redsys: many real configs show merchant code 999008881 and the public test key
      sq7HjrUOBfKmC576ILgskD5srU870gJ7 (32 base64 chars = 24-byte 3DES key).
    - PayU: developers.payu.com lists public sandbox POS 300746 / second key / client_secret.
    - Vipps MobilePay: client_id, client_secret, Ocp-Apim-Subscription-Key, Merchant-Serial-Number.
    - sevDesk / lexoffice: API token in Authorization header; lexoffice keys valid up to 2 years.

DOUBTS
    Formats NOT confirmed from provider docs (generated from general knowledge): lexoffice key
    shape (48 base64url chars), sevDesk (32 hex), Billomat (32 hex), FastBill (40 alnum),
    easybill (64 alnum), Personio (`papi-` prefix), DATEV client secret (32 hex), Shopware
    secret length (~51 base64 chars) and SWIA key length, Internetmarke key, Pennylane (43
    base64url), Swan client secret, Moneybird token, Bol.com secret length, Exact Online (12
    alnum), Fortnox client secret (10 alnum), Visma secret, Tripletex token (base64 JSON),
    Vipps client_secret shape, Holded (32 hex), Fatture in Cloud (`a/` + JWT), SIBS token,
    InPost/bexio JWT claims, PostFinance auth key (base64 of 32 bytes), Brevo suffix length.
    The Satispay PEM body is random base64, not a parseable RSA key.
    Negative "documented" values taken from memory, not re-checked: DHL Parcel DE sandbox
    user-valid / SandboxPasswort2023!, BankID test password qwerty123, Swish test password
    `swish`, Klarna client identifier shape `klarna_live_client_...`, Shopware `SWSC` prefix.
    A search result from a scanner vendor's detector page (GitGuardian) came up and was not used.
"""
import base64
import json
import os
import random
import string
import sys

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
ALNUM = LOWER + UPPER + DIG
LALNUM = LOWER + DIG
UALNUM = UPPER + DIG
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"
PWSYM = "!#%*+-_.?@="


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def hx(r, n):
    return rs(r, HEX, n)


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def b64(r, nbytes):
    return base64.b64encode(rbytes(r, nbytes)).decode()


def b64u(r, nbytes):
    return base64.urlsafe_b64encode(rbytes(r, nbytes)).decode().rstrip("=")


def uuid4(r):
    h = hx(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def jenc(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(r, payload, alg="RS256", sigbytes=256, kid=None):
    hdr = {"alg": alg, "typ": "JWT"}
    if kid:
        hdr["kid"] = kid
    return jenc(hdr) + "." + jenc(payload) + "." + b64u(r, sigbytes)


def password(r, lo=12, hi=20):
    n = r.randint(lo, hi)
    while True:
        s = [r.choice(UPPER), r.choice(LOWER), r.choice(DIG), r.choice(PWSYM)]
        s += [r.choice(ALNUM + PWSYM) for _ in range(n - 4)]
        r.shuffle(s)
        p = "".join(s)
        if p[0] not in "-=#":
            return p


def wordpass(r):
    words = ["Rhein", "Tanne", "Fjord", "Mistral", "Tulpe", "Oliva", "Bernstein", "Kiefer",
             "Lavande", "Molen", "Sauna", "Paella", "Pierogi", "Alpen", "Moewe", "Gletscher"]
    return "%s%s%d%s%s" % (r.choice(words), r.choice("-_.!"), r.randint(10, 9999),
                           r.choice("!#%?*"), r.choice(words).lower())


# ---------------------------------------------------------------- innocent filler data
COMPANIES = {
    "de": ["Baeckerei Hofmann GmbH", "Moebelhaus Krause KG", "Fahrradwerk Elbe GmbH", "Nordlicht Textil UG",
           "Weingut Schaefer", "Kaffeeroesterei Brandt"],
    "fr": ["Atelier Dupont SARL", "Fromagerie du Lac SAS", "Boulangerie Martin", "Velo Lyon SAS"],
    "nl": ["Bakkerij de Vries B.V.", "Fietsenwinkel Jansen", "Tulpen Groothandel B.V."],
    "it": ["Pasticceria Rossi S.r.l.", "Ceramiche Bianchi", "Oleificio Greco S.r.l."],
    "es": ["Panaderia Garcia S.L.", "Vinos Lopez S.L.", "Ceramica Sevilla S.L."],
    "pl": ["Piekarnia Nowak Sp. z o.o.", "Meble Kowalski", "Sklep Wisniewski"],
    "se": ["Kafferosteri Lund AB", "Cykelverkstan Malmo AB", "Hantverk Nord AB"],
    "ch": ["Kaeserei Zurbriggen AG", "Velo Bern GmbH", "Uhrenatelier Jura SA"],
}
DOMAINS = ["shop-hofmann.de", "atelier-dupont.fr", "fietsjansen.nl", "ceramichebianchi.it",
           "vinoslopez.es", "meble-kowalski.pl", "kafferosteri.se", "velobern.ch", "example-shop.eu"]


def company(r, cc=None):
    cc = cc or r.choice(sorted(COMPANIES))
    return r.choice(COMPANIES[cc])


def domain(r):
    return r.choice(DOMAINS)


def nm(r, conv, neutral):
    """Half the time the conventional variable name, else a neutral one."""
    return r.choice(conv) if r.random() < 0.5 else r.choice(neutral)


def order_id(r):
    return "%s-%d-%05d" % (r.choice(["ORD", "BE", "A", "INV", "WEB"]), r.randint(2021, 2025), r.randint(1, 99999))


def iban(r, cc=None):
    cc = cc or r.choice(["DE", "FR", "NL", "BE", "ES", "IT", "PL", "CH", "AT"])
    if cc == "DE":
        bban = rs(r, DIG, 18)
    elif cc == "FR":
        bban = rs(r, DIG, 10) + rs(r, DIG, 11) + rs(r, DIG, 2)
    elif cc == "NL":
        bban = r.choice(["ABNA", "INGB", "RABO", "TRIO", "BUNQ"]) + rs(r, DIG, 10)
    elif cc == "BE":
        bban = rs(r, DIG, 12)
    elif cc == "ES":
        bban = rs(r, DIG, 20)
    elif cc == "IT":
        bban = r.choice(UPPER) + rs(r, DIG, 10) + rs(r, DIG, 12)
    elif cc == "PL":
        bban = rs(r, DIG, 24)
    elif cc == "CH":
        bban = rs(r, DIG, 17)
    else:
        bban = rs(r, DIG, 16)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def iban_check(s):
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def vat_de(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        p = 10
        for x in d:
            s = (x + p) % 10
            if s == 0:
                s = 10
            p = (2 * s) % 11
        c = 11 - p
        if c == 10:
            c = 0
        return "DE" + "".join(map(str, d)) + str(c)


def vat_fr(r):
    siren = r.randint(100000000, 999999999)
    return "FR%02d%d" % ((12 + 3 * (siren % 97)) % 97, siren)


def nip_pl(r):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(8)]
        c = sum(a * b for a, b in zip(w, d)) % 11
        if c != 10:
            return "".join(map(str, d)) + str(c)


def uid_ch(r):
    w = [5, 4, 3, 2, 7, 6, 5, 4]
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        c = 11 - sum(a * b for a, b in zip(w, d)) % 11
        if c == 11:
            c = 0
        if c != 10:
            s = "".join(map(str, d)) + str(c)
            return "CHE-%s.%s.%s" % (s[:3], s[3:6], s[6:])


def pem_body(r, nbytes):
    s = base64.b64encode(rbytes(r, nbytes)).decode()
    return [s[i:i + 64] for i in range(0, len(s), 64)]


# ---------------------------------------------------------------- secret generators
def g_mollie(r):
    return r.choice(["live_", "live_", "test_"]) + rs(r, ALNUM, 30)


def g_mollie_access(r):
    return "access_" + rs(r, ALNUM, 40)


def g_brevo(r):
    return "xkeysib-" + hx(r, 64) + "-" + rs(r, ALNUM, 16)


def g_brevo_smtp(r):
    return "xsmtpsib-" + hx(r, 64) + "-" + rs(r, ALNUM, 16)


def g_hex32(r):
    return hx(r, 32)


def g_hex16(r):
    return hx(r, 16)


def g_qonto(r):
    return rs(r, LALNUM, 32)


def g_redsys(r):
    return b64(r, 24)


def g_klarna(r):
    raw = rs(r, ALNUM + "*[]!", 48).encode()
    return "klarna_" + r.choice(["live", "live", "test"]) + "_api_" + base64.b64encode(raw).decode().rstrip("=")


def g_shopware_secret(r):
    return base64.b64encode(rs(r, ALNUM, 38).encode()).decode().rstrip("=")


def g_lexoffice(r):
    return rs(r, B64URL, 48)


def g_alnum(n):
    return lambda r: rs(r, ALNUM, n)


def g_b64u(n):
    return lambda r: b64u(r, n)


def g_personio(r):
    return "papi-" + b64u(r, 32)


def g_password(r):
    return password(r) if r.random() < 0.7 else wordpass(r)


def g_postfinance(r):
    return b64(r, 32)


def g_tripletex(r):
    raw = json.dumps({"tokenId": r.randint(1000, 999999), "token": uuid4(r)}, separators=(",", ":"))
    return base64.b64encode(raw.encode()).decode()


def g_inpost(r):
    now = r.randint(1700000000, 1760000000)
    return jwt(r, {"exp": now + 315360000, "iat": now, "jti": uuid4(r),
                   "iss": "https://login.inpost.pl/auth/realms/external", "sub": uuid4(r), "typ": "Bearer",
                   "azp": "shipx", "session_state": uuid4(r), "scope": "openid api:apipoint api:shipx",
                   "allowed_refs": [""], "uuid": uuid4(r)}, kid=b64u(r, 32))


def g_bexio(r):
    now = r.randint(1700000000, 1760000000)
    return jwt(r, {"sub": "%s@%s" % (r.choice(["buchhaltung", "admin", "info"]), domain(r)),
                   "login_id": uuid4(r), "company_id": rs(r, LALNUM, 12), "user_id": r.randint(1, 400),
                   "azp": "everest-token-office", "scope": "openid profile email all technical",
                   "iss": "https://idp.bexio.com", "exp": now + 31536000, "iat": now, "jti": uuid4(r)},
               kid=uuid4(r))


def g_fic(r):
    return "a/" + jwt(r, {"ref": rs(r, ALNUM, 32)}, alg="HS512", sigbytes=64)


def g_satispay(r):
    body = pem_body(r, 1218)
    pem = "-----BEGIN PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END PRIVATE KEY-----"
    return pem, body[0]


def g_uuid(r):
    return uuid4(r)


# ---------------------------------------------------------------- positive templates
TEMPLATES = []


def tpl(provider, kind, gen, env, pub=()):
    def deco(fn):
        TEMPLATES.append({"provider": provider, "kind": kind, "gen": gen, "env": env,
                          "pub": list(pub), "render": fn, "name": fn.__name__})
        return fn
    return deco


MOLLIE_PUB = ["test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM", "live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
              "test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "live_<your-live-key>"]


@tpl("mollie", "api_key", g_mollie, "MOLLIE_API_KEY", MOLLIE_PUB)
def t_mollie_php(r, v):
    var = nm(r, ["MOLLIE_API_KEY", "mollieApiKey"], ["key", "paymentKey", "gatewayToken"])
    return "src/Payment/MollieGateway.php", """<?php

declare(strict_types=1);

namespace App\\Payment;

use Mollie\\Api\\MollieApiClient;

final class MollieGateway
{
    private const %s = '%s';

    private MollieApiClient $client;

    public function __construct(private readonly string $webhookUrl)
    {
        $this->client = new MollieApiClient();
        $this->client->setApiKey(self::%s);
    }

    public function createPayment(string $orderId, string $amount): string
    {
        $payment = $this->client->payments->create([
            'amount' => ['currency' => 'EUR', 'value' => $amount],
            'description' => 'Bestellung ' . $orderId,
            'redirectUrl' => 'https://%s/checkout/return?order=' . $orderId,
            'webhookUrl' => $this->webhookUrl,
            'metadata' => ['order_id' => $orderId],
        ]);
        return $payment->getCheckoutUrl();
    }
}
""" % (var, v, var, domain(r))


@tpl("mollie", "api_key", g_mollie, "MOLLIE_API_KEY", MOLLIE_PUB)
def t_mollie_py(r, v):
    return "shop/payments/mollie_client.py", """import logging

from mollie.api.client import Client

log = logging.getLogger(__name__)

REDIRECT_BASE = "https://%s/bestellung"


def get_client():
    client = Client()
    client.set_api_key("%s")
    return client


def start_payment(order):
    payment = get_client().payments.create({
        "amount": {"currency": "EUR", "value": "%%.2f" %% order.total},
        "description": "Order %%s" %% order.number,
        "redirectUrl": "%%s/%%s" %% (REDIRECT_BASE, order.number),
        "method": ["ideal", "bancontact", "creditcard"],
    })
    log.info("mollie payment %%s created for %%s", payment.id, order.number)
    return payment.checkout_url
""" % (domain(r), v)


@tpl("mollie", "api_key", g_mollie, "MOLLIE_API_KEY", MOLLIE_PUB)
def t_mollie_yaml(r, v):
    return "config/packages/mollie.yaml", """# Mollie payment configuration (Symfony)
mollie:
  profile_id: pfl_%s
  api_key: '%s'
  methods:
    - ideal
    - bancontact
    - klarnapaylater
  locale: nl_NL
  redirect_route: checkout_return
  webhook_route: mollie_webhook
""" % (rs(r, ALNUM, 10), v)


@tpl("mollie", "access_token", g_mollie_access, "MOLLIE_ACCESS_TOKEN",
     ["access_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"])
def t_mollie_curl(r, v):
    return "scripts/mollie-settlements.sh", """#!/usr/bin/env bash
# Haalt de laatste settlements op voor de boekhouding (draait elke maandag via cron)
set -euo pipefail

OUT_DIR="${OUT_DIR:-/var/lib/boekhouding/mollie}"
mkdir -p "$OUT_DIR"

curl -sS -X GET "https://api.mollie.com/v2/settlements?limit=25" \\
  -H "Authorization: Bearer %s" \\
  -o "$OUT_DIR/settlements-$(date +%%F).json"

echo "settlements opgeslagen in $OUT_DIR"
""" % v


@tpl("brevo", "api_key", g_brevo, "BREVO_API_KEY", ["xkeysib-<votre-cle-api>", "xkeysib-xxxxxxxx"])
def t_brevo_js(r, v):
    var = nm(r, ["BREVO_API_KEY", "SENDINBLUE_API_KEY"], ["mailKey", "transacKey"])
    return "server/mail/brevo.js", """'use strict';

const SibApiV3Sdk = require('sib-api-v3-sdk');

const %s = '%s';

const client = SibApiV3Sdk.ApiClient.instance;
client.authentications['api-key'].apiKey = %s;

const api = new SibApiV3Sdk.TransactionalEmailsApi();

async function sendOrderConfirmation(order) {
  return api.sendTransacEmail({
    templateId: %d,
    to: [{ email: order.email, name: order.customerName }],
    params: { ORDER: order.number, TOTAL: order.total },
  });
}

module.exports = { sendOrderConfirmation };
""" % (var, v, var, r.randint(2, 80))


@tpl("brevo", "smtp_key", g_brevo_smtp, "BREVO_SMTP_KEY", ["xsmtpsib-<cle-smtp>"])
def t_brevo_smtp_ini(r, v):
    return "config/mail.ini", """; Envoi des e-mails transactionnels via Brevo
[smtp]
host = smtp-relay.brevo.com
port = 587
encryption = tls
username = %s@smtp-brevo.com
password = "%s"
from_address = commandes@%s
from_name = "%s"

[queue]
retry = 3
delay_seconds = 60
""" % (hx(r, 8), v, domain(r), company(r, "fr"))


@tpl("qonto", "api_secret", g_qonto, "QONTO_SECRET_KEY", ["62885d39f3a0ddedd3d3ee0432a43ccr"])
def t_qonto_py(r, v):
    login = "%s-%d" % (r.choice(["atelier-dupont", "fromagerie-du-lac", "velo-lyon", "maison-martin"]), r.randint(1000, 9999))
    return "compta/qonto_sync.py", """\"\"\"Synchronise les transactions Qonto vers le tableur comptable.\"\"\"
import csv
import requests

QONTO_LOGIN = "%s"
%s = "%s"
BASE = "https://thirdparty.qonto.com/v2"


def transactions(iban):
    headers = {"Authorization": f"{QONTO_LOGIN}:{%s}"}
    r = requests.get(f"{BASE}/transactions", params={"iban": iban, "status[]": "completed"},
                     headers=headers, timeout=20)
    r.raise_for_status()
    return r.json()["transactions"]


def export(iban, path):
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        for t in transactions(iban):
            w.writerow([t["settled_at"], t["label"], t["amount"], t["side"]])
""" % (login, *(lambda n: (n, v, n))(nm(r, ["QONTO_SECRET_KEY"], ["cle", "SECRET"])))


@tpl("qonto", "api_secret", g_qonto, "QONTO_SECRET_KEY", ["62885d39f3a0ddedd3d3ee0432a43ccr"])
def t_qonto_md(r, v):
    login = "%s-%d" % (r.choice(["boulangerie-martin", "atelier-dupont", "velo-lyon"]), r.randint(1000, 9999))
    return "docs/integrations/qonto.md", """# Intégration Qonto

Le rapprochement bancaire lit les transactions de notre compte Qonto toutes les nuits.

## Tester l'accès

```bash
curl --location 'https://thirdparty.qonto.com/v2/organization' \\
  --header 'Authorization: %s:%s'
```

La réponse contient la liste des comptes (`bank_accounts`) avec leur IBAN.

## Limites

- 1000 requêtes par minute
- Les pièces jointes sont téléchargées séparément (`/v2/attachments/{id}`)
""" % (login, v)


@tpl("redsys", "merchant_secret", g_redsys, "REDSYS_SECRET_KEY",
     ["sq7HjrUOBfKmC576ILgskD5srU870gJ7"])
def t_redsys_php(r, v):
    return "app/config/redsys.php", """<?php
// Configuración del TPV virtual (Redsys)
return [
    'url' => 'https://sis.redsys.es/sis/realizarPago',
    'merchant_code' => '%d',
    'terminal' => '%03d',
    'currency' => '978',
    'transaction_type' => '0',
    'merchant_name' => '%s',
    'signature_version' => 'HMAC_SHA256_V1',
    'key' => '%s',
    'url_ok' => 'https://%s/pago/ok',
    'url_ko' => 'https://%s/pago/ko',
];
""" % (r.randint(100000000, 399999999), r.randint(1, 5), company(r, "es"), v, domain(r), domain(r))


@tpl("redsys", "merchant_secret", g_redsys, "REDSYS_SECRET_KEY",
     ["sq7HjrUOBfKmC576ILgskD5srU870gJ7"])
def t_redsys_ts(r, v):
    var = nm(r, ["REDSYS_SECRET_KEY", "merchantKey"], ["claveComercio", "sha256Key"])
    return "src/lib/redsys.ts", """import crypto from 'crypto';

const %s = '%s';
const MERCHANT_CODE = '%d';

function orderKey(order: string): Buffer {
  const key = Buffer.from(%s, 'base64');
  const cipher = crypto.createCipheriv('des-ede3-cbc', key, Buffer.alloc(8, 0));
  cipher.setAutoPadding(false);
  const padded = Buffer.concat([Buffer.from(order), Buffer.alloc((8 - (order.length %% 8)) %% 8, 0)]);
  return Buffer.concat([cipher.update(padded), cipher.final()]);
}

export function sign(order: string, params: Record<string, string>): { params: string; signature: string } {
  const encoded = Buffer.from(JSON.stringify({ ...params, DS_MERCHANT_MERCHANTCODE: MERCHANT_CODE })).toString('base64');
  const signature = crypto.createHmac('sha256', orderKey(order)).update(encoded).digest('base64');
  return { params: encoded, signature };
}
""" % (var, v, r.randint(100000000, 399999999), var)


@tpl("redsys", "merchant_secret", g_redsys, "REDSYS_SECRET_KEY", ["sq7HjrUOBfKmC576ILgskD5srU870gJ7"])
def t_redsys_java(r, v):
    return "src/main/resources/application-prod.properties", """# TPV Redsys - producción
spring.application.name=tienda-online
server.port=8080
redsys.url=https://sis.redsys.es/sis/realizarPago
redsys.merchant-code=%d
redsys.terminal=1
redsys.currency=978
redsys.secret=%s
redsys.url-notificacion=https://%s/api/redsys/notificacion
logging.level.es.tienda.pagos=INFO
""" % (r.randint(100000000, 399999999), v, domain(r))


P24_PUB = ["0130dc1301919941", "your-crc-key", "aef0..."]


@tpl("przelewy24", "crc_key", g_hex16, "P24_CRC_KEY", P24_PUB)
def t_p24_php(r, v):
    mid = r.randint(100000, 399999)
    return "config/przelewy24.php", """<?php
// Konfiguracja bramki Przelewy24 (produkcja)
return [
    'merchant_id' => %d,
    'pos_id' => %d,
    'crc' => '%s',
    'live' => true,
    'url_return' => 'https://%s/zamowienie/powrot',
    'url_status' => 'https://%s/api/p24/status',
    'currency' => 'PLN',
    'language' => 'pl',
];
""" % (mid, mid, v, domain(r), domain(r))


@tpl("przelewy24", "api_key", g_hex32, "P24_API_KEY", ["170f9d9fcb55e4bc4bc2ef3e2fb2b388", "f0ae..."])
def t_p24_py(r, v):
    mid = r.randint(100000, 399999)
    var = nm(r, ["P24_API_KEY", "P24_REPORTS_KEY"], ["klucz", "secret_id"])
    return "platnosci/p24.py", """import hashlib
import json

import requests

MERCHANT_ID = %d
POS_ID = MERCHANT_ID
%s = "%s"
BASE_URL = "https://secure.przelewy24.pl/api/v1"


def test_access():
    resp = requests.get(BASE_URL + "/testAccess", auth=(str(POS_ID), %s), timeout=15)
    resp.raise_for_status()
    return resp.json()["data"]


def sign(payload, crc):
    body = json.dumps({**payload, "crc": crc}, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha384(body.encode()).hexdigest()
""" % (mid, var, v, var)


@tpl("przelewy24", "crc_key", g_hex16, "P24_CRC", P24_PUB)
def t_p24_env(r, v):
    mid = r.randint(100000, 399999)
    return ".env", """APP_ENV=production
APP_URL=https://%s
DB_HOST=127.0.0.1
DB_DATABASE=sklep
P24_MERCHANT_ID=%d
P24_POS_ID=%d
P24_CRC=%s
P24_SANDBOX=false
MAIL_FROM=sklep@%s
""" % (domain(r), mid, mid, v, domain(r))


PAYU_PUB = ["b6ca15b0d1020e8094d9b5f8d163db54", "2ee86a66e5d97e3fadc400c9f19b065d",
            "13a980d4f851f3d9a1cfc792fb1f5e50", "12f071174cb7eb79d4aac5bc2f07563f"]


@tpl("payu", "oauth_client_secret", g_hex32, "PAYU_CLIENT_SECRET", PAYU_PUB)
def t_payu_yaml(r, v):
    pos = r.randint(400000, 4999999)
    return "config/payu.yml", """payu:
  environment: secure
  pos_id: %d
  oauth:
    client_id: %d
    client_secret: %s
  notify_url: https://%s/payu/notify
  continue_url: https://%s/zamowienie/dziekujemy
  currency: PLN
""" % (pos, pos, v, domain(r), domain(r))


@tpl("payu", "signature_key", g_hex32, "PAYU_SECOND_KEY", PAYU_PUB)
def t_payu_java(r, v):
    pos = r.randint(400000, 4999999)
    return "src/main/java/pl/sklep/platnosci/PayUConfig.java", """package pl.sklep.platnosci;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PayUConfig {

    private static final String POS_ID = "%d";

    @Bean
    public PayUSignatureVerifier payUSignatureVerifier() {
        // second key (MD5) z panelu PayU
        return new PayUSignatureVerifier(POS_ID, "%s");
    }

    @Bean
    public PayUClient payUClient(PayUSignatureVerifier verifier) {
        return new PayUClient("https://secure.payu.com", POS_ID, verifier);
    }
}
""" % (pos, v)


@tpl("inpost", "api_token", g_inpost, "INPOST_API_TOKEN", ["<token-shipx>"])
def t_inpost_ts(r, v):
    return "src/shipping/inpost.ts", """import axios from 'axios';

const ORGANIZATION_ID = %d;

export const shipx = axios.create({
  baseURL: 'https://api-shipx-pl.easypack24.net/v1',
  headers: {
    Authorization: 'Bearer %s',
    'Content-Type': 'application/json',
  },
});

export async function createLockerShipment(order: { email: string; phone: string; locker: string }) {
  const { data } = await shipx.post(`/organizations/${ORGANIZATION_ID}/shipments`, {
    receiver: { email: order.email, phone: order.phone },
    parcels: { template: 'small' },
    service: 'inpost_locker_standard',
    custom_attributes: { target_point: order.locker },
  });
  return data.id as number;
}
""" % (r.randint(1000, 99999), v)


@tpl("klarna", "api_key", g_klarna, "KLARNA_API_KEY",
     ["klarna_test_api_<your-key>", "klarna_live_api_elZGI1B5dHBIRWltRjF5cjZrNldnbEVjKnIqeC[...]Uybz0"])
def t_klarna_cs(r, v):
    return "src/Checkout/KlarnaSettings.cs", """using System;

namespace Butik.Checkout
{
    public static class KlarnaSettings
    {
        public const string BaseUrl = "https://api.klarna.com";
        public const string PurchaseCountry = "SE";
        public const string Locale = "sv-SE";

        public static string ApiKey => "%s";

        public static Uri PushUri(string orderId) =>
            new Uri($"https://%s/klarna/push?order={orderId}");
    }
}
""" % (v, domain(r))


@tpl("klarna", "api_password", g_alnum(16), "KLARNA_PASSWORD", ["<shared-secret>", "sharedSecret"])
def t_klarna_legacy(r, v):
    return "config/klarna.json", json.dumps({
        "klarna": {
            "region": "eu",
            "username": "PK%05d_%s" % (r.randint(10000, 99999), hx(r, 12)),
            "password": v,
            "merchant_urls": {
                "terms": "https://%s/villkor" % domain(r),
                "confirmation": "https://%s/kassa/tack" % domain(r),
            },
            "purchase_currency": "SEK",
        }}, indent=2) + "\n"


@tpl("vipps", "oauth_client_secret", g_b64u(30), "VIPPS_CLIENT_SECRET", ["<Set your client_secret>", "YOUR-CLIENT-SECRET"])
def t_vipps_js(r, v):
    return "services/vipps/token.js", """const fetch = require('node-fetch');

const MSN = '%d';

async function getAccessToken() {
  const res = await fetch('https://api.vipps.no/accesstoken/get', {
    method: 'POST',
    headers: {
      client_id: '%s',
      client_secret: '%s',
      'Ocp-Apim-Subscription-Key': process.env.VIPPS_SUBSCRIPTION_KEY,
      'Merchant-Serial-Number': MSN,
      'Vipps-System-Name': 'nettbutikk',
    },
  });
  if (!res.ok) throw new Error(`vipps token ${res.status}`);
  return (await res.json()).access_token;
}

module.exports = { getAccessToken };
""" % (r.randint(100000, 999999), uuid4(r), v)


@tpl("vipps", "subscription_key", g_hex32, "VIPPS_SUBSCRIPTION_KEY", ["<Set your Ocp-Apim-Subscription-Key>"])
def t_vipps_yaml(r, v):
    return "deploy/helm/nettbutikk/values-prod.yaml", """replicaCount: 2
image:
  repository: registry.%s/nettbutikk
  tag: "2.14.1"
vipps:
  baseUrl: https://api.vipps.no
  merchantSerialNumber: "%d"
  clientId: %s
  subscriptionKey: "%s"
  callbackPrefix: https://%s/vipps
resources:
  limits:
    memory: 512Mi
""" % (domain(r), r.randint(100000, 999999), uuid4(r), v, domain(r))


SHOPWARE_PUB = ["<secret-access-key>", "YOUR-CLIENT-SECRET"]


@tpl("shopware", "integration_secret", g_shopware_secret, "SHOPWARE_SECRET_ACCESS_KEY", SHOPWARE_PUB)
def t_shopware_php(r, v):
    return "src/Sync/ShopwareClientFactory.php", """<?php

namespace Warenwirtschaft\\Sync;

use GuzzleHttp\\Client;

class ShopwareClientFactory
{
    public function create(): Client
    {
        $auth = (new Client(['base_uri' => 'https://%s']))->post('/api/oauth/token', [
            'json' => [
                'grant_type' => 'client_credentials',
                'client_id' => 'SWIA%s',
                'client_secret' => '%s',
            ],
        ]);
        $token = json_decode((string) $auth->getBody(), true)['access_token'];

        return new Client([
            'base_uri' => 'https://%s/api/',
            'headers' => ['Authorization' => 'Bearer ' . $token, 'Accept' => 'application/json'],
        ]);
    }
}
""" % ((lambda d: (d, rs(r, UALNUM, 22), v, d))(domain(r)))


@tpl("shopware", "integration_secret", g_shopware_secret, "SHOPWARE_SECRET_ACCESS_KEY", SHOPWARE_PUB)
def t_shopware_py(r, v):
    var = nm(r, ["SHOPWARE_SECRET_ACCESS_KEY", "SW_CLIENT_SECRET"], ["sicherheitsschluessel", "pw"])
    return "tools/lagerbestand_sync.py", """#!/usr/bin/env python3
# Gleicht den Lagerbestand aus der Warenwirtschaft mit Shopware 6 ab.
import requests

SHOP = "https://%s"
ACCESS_KEY_ID = "SWIA%s"
%s = "%s"


def token():
    r = requests.post(SHOP + "/api/oauth/token", json={
        "grant_type": "client_credentials",
        "client_id": ACCESS_KEY_ID,
        "client_secret": %s,
    }, timeout=10)
    r.raise_for_status()
    return r.json()["access_token"]


def set_stock(product_id, qty):
    h = {"Authorization": "Bearer " + token()}
    requests.patch(SHOP + "/api/product/" + product_id, json={"stock": qty}, headers=h, timeout=10)
""" % (domain(r), rs(r, UALNUM, 22), var, v, var)


@tpl("sevdesk", "api_token", g_hex32, "SEVDESK_API_TOKEN", ["<dein-sevdesk-token>", "012345sevdesktoken012345"])
def t_sevdesk_py(r, v):
    return "buchhaltung/sevdesk_export.py", """\"\"\"Exportiert offene Rechnungen aus sevDesk als CSV fuer den Steuerberater.\"\"\"
import csv
import sys

import requests

API = "https://my.sevdesk.de/api/v1"
HEADERS = {"Authorization": "%s", "Accept": "application/json"}


def offene_rechnungen():
    r = requests.get(API + "/Invoice", params={"status": 200, "limit": 500}, headers=HEADERS, timeout=30)
    r.raise_for_status()
    return r.json()["objects"]


if __name__ == "__main__":
    w = csv.writer(sys.stdout, delimiter=";")
    w.writerow(["Rechnungsnummer", "Datum", "Brutto"])
    for inv in offene_rechnungen():
        w.writerow([inv["invoiceNumber"], inv["invoiceDate"][:10], inv["sumGross"]])
""" % v


@tpl("sevdesk", "api_token", g_hex32, "SEVDESK_API_TOKEN", ["<dein-sevdesk-token>"])
def t_sevdesk_n8n(r, v):
    return "workflows/sevdesk-belege.json", json.dumps({
        "name": "Belege nach sevDesk",
        "nodes": [
            {"name": "IMAP Email", "type": "n8n-nodes-base.emailReadImap", "parameters": {"mailbox": "Belege"}},
            {"name": "sevDesk Upload", "type": "n8n-nodes-base.httpRequest",
             "parameters": {"url": "https://my.sevdesk.de/api/v1/Voucher/Factory/uploadTempFile",
                            "method": "POST",
                            "headerParameters": {"parameters": [{"name": "Authorization", "value": v}]},
                            "sendBinaryData": True}},
        ],
        "active": True,
    }, indent=2) + "\n"


@tpl("lexoffice", "api_key", g_lexoffice, "LEXOFFICE_API_KEY", ["<api-schluessel>", "DEIN_API_KEY"])
def t_lexoffice_php(r, v):
    var = nm(r, ["LEXOFFICE_API_KEY", "lexwareApiKey"], ["schluessel", "bearer"])
    return "app/Services/Lexoffice.php", """<?php

namespace App\\Services;

use Illuminate\\Support\\Facades\\Http;

class Lexoffice
{
    protected string $%s = '%s';

    public function createInvoice(array $order): string
    {
        $response = Http::withToken($this->%s)
            ->acceptJson()
            ->post('https://api.lexoffice.io/v1/invoices?finalize=true', [
                'voucherDate' => now()->toIso8601String(),
                'address' => ['name' => $order['customer'], 'countryCode' => 'DE'],
                'lineItems' => $order['items'],
                'taxConditions' => ['taxType' => 'net'],
            ]);

        return $response->json('id');
    }
}
""" % (var, v, var)


@tpl("lexoffice", "api_key", g_lexoffice, "LEXOFFICE_API_KEY", ["<api-schluessel>"])
def t_lexoffice_sh(r, v):
    return "bin/lexoffice-kontakte.sh", """#!/bin/sh
# Holt alle Kunden aus Lexware Office (ehem. lexoffice) und legt sie als JSON ab.
set -e
TOKEN='%s'
page=0
while :; do
  curl -s "https://api.lexware.io/v1/contacts?customer=true&page=$page" \\
       -H "Authorization: Bearer $TOKEN" -H "Accept: application/json" > "kontakte-$page.json"
  last=$(jq '.last' "kontakte-$page.json")
  [ "$last" = "true" ] && break
  page=$((page + 1))
  sleep 1
done
""" % v


@tpl("billomat", "api_key", g_hex32, "BILLOMAT_API_KEY", ["<billomat-api-key>"])
def t_billomat_xml(r, v):
    return "src/main/resources/billomat-client.xml", """<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd">

  <bean id="billomatClient" class="de.fakturierung.billomat.BillomatClient">
    <constructor-arg value="https://%s.billomat.net/api/"/>
    <constructor-arg value="%s"/>
    <property name="timeoutSeconds" value="30"/>
  </bean>

</beans>
""" % (r.choice(["hofmann", "krause", "elbe-rad", "nordlicht"]), v)


@tpl("fastbill", "api_key", g_alnum(40), "FASTBILL_API_KEY", ["<fastbill-api-key>"])
def t_fastbill_py(r, v):
    return "integrations/fastbill.py", """import requests

FASTBILL_URL = "https://my.fastbill.com/api/1.0/api.php"


class FastBill:
    def __init__(self, email, api_key):
        self.session = requests.Session()
        self.session.auth = (email, api_key)

    def customers(self):
        r = self.session.post(FASTBILL_URL, json={"SERVICE": "customer.get", "LIMIT": 100}, timeout=20)
        return r.json()["RESPONSE"]["CUSTOMERS"]


client = FastBill("buchhaltung@%s", "%s")
""" % (domain(r), v)


@tpl("easybill", "api_key", g_alnum(64), "EASYBILL_API_KEY", ["<easybill-key>"])
def t_easybill_ts(r, v):
    return "src/invoicing/easybill.ts", """const EASYBILL_BASE = 'https://api.easybill.de/rest/v1';

const headers = {
  Authorization: 'Bearer %s',
  'Content-Type': 'application/json',
};

export async function listOpenDocuments(): Promise<unknown[]> {
  const res = await fetch(`${EASYBILL_BASE}/documents?type=INVOICE&is_draft=0&limit=100`, { headers });
  if (!res.ok) {
    throw new Error(`easybill ${res.status}`);
  }
  const body = await res.json();
  return body.items;
}
""" % v


@tpl("personio", "oauth_client_secret", g_personio, "PERSONIO_CLIENT_SECRET", ["papi-<client-secret>"])
def t_personio_yaml(r, v):
    return ".github/workflows/personio-sync.yml", """name: Personio -> Slack Abwesenheiten
on:
  schedule:
    - cron: "0 6 * * 1-5"
  workflow_dispatch:

jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r tools/requirements.txt
      - run: python tools/absences.py
        env:
          PERSONIO_CLIENT_ID: papi-%s
          PERSONIO_CLIENT_SECRET: %s
          SLACK_CHANNEL: "#team-abwesend"
""" % (uuid4(r), v)


@tpl("datev", "oauth_client_secret", g_hex32, "DATEV_CLIENT_SECRET", ["<client-secret>"])
def t_datev_props(r, v):
    return "config/datev.properties", """# DATEVconnect online / OAuth2
datev.oauth.authorize-url=https://login.datev.de/openid/authorize
datev.oauth.token-url=https://api.datev.de/token
datev.oauth.client-id=%s
datev.oauth.client-secret=%s
datev.oauth.redirect-uri=https://%s/datev/callback
datev.berater-nummer=%d
datev.mandanten-nummer=%d
""" % (hx(r, 32), v, domain(r), r.randint(1001, 9999999), r.randint(1, 99999))


@tpl("dhl", "api_key", g_alnum(32), "DHL_API_KEY", ["<dhl-api-key>", "demo-key"])
def t_dhl_py(r, v):
    return "versand/dhl_label.py", """from dataclasses import dataclass

import requests

DHL_BASE = "https://api-eu.dhl.com/parcel/de/shipping/v2"


@dataclass
class Absender:
    name: str = "%s"
    strasse: str = "Industriestr. %d"
    plz: str = "%05d"


def label(sendung, user, pw):
    r = requests.post(DHL_BASE + "/orders", json=sendung, auth=(user, pw),
                      headers={"dhl-api-key": "%s"}, timeout=30)
    r.raise_for_status()
    return r.json()["items"][0]["label"]["b64"]
""" % (company(r, "de"), r.randint(1, 120), r.randint(1000, 99999), v)


@tpl("dhl", "password", g_password, "DHL_GKP_PASSWORD", ["SandboxPasswort2023!", "pass", "<gkp-passwort>"])
def t_dhl_yaml(r, v):
    return "config/versand.yaml", """versand:
  dhl:
    api_url: https://api-eu.dhl.com/parcel/de/shipping/v2
    api_key_env: DHL_API_KEY
    gkp_user: %s
    gkp_password: "%s"
    abrechnungsnummer: "%s"
    produkt: V01PAK
  absender:
    firma: %s
    land: DEU
""" % (r.choice(["versand", "lager", "shop"]) + str(r.randint(1, 9)), v, rs(r, DIG, 14), company(r, "de"))


@tpl("deutschepost", "api_secret", g_alnum(32), "INTERNETMARKE_SCHLUESSEL", ["<schluessel>"])
def t_internetmarke_ini(r, v):
    return "config/internetmarke.ini", """[portokasse]
user = versand@%s
; Passwort kommt aus dem Secret Store

[partner]
partner_id = A%s
key_phase = 1
schluessel_dpwn_marktplatz = %s

[druck]
format_id = %d
""" % (domain(r), rs(r, UALNUM, 4), v, r.randint(1, 40))


@tpl("elster", "certificate_pin", g_password, "ELSTER_CERT_PIN", ["123456", "<zertifikats-pin>"])
def t_elster_java(r, v):
    return "src/main/java/de/lohn/elster/EricSender.java", """package de.lohn.elster;

import java.nio.file.Path;

public final class EricSender {

    private static final Path CERT = Path.of("/opt/eric/zertifikate/softorg.pfx");

    public static void main(String[] args) throws Exception {
        EricBinding eric = EricBinding.load(Path.of("/opt/eric/lib"));
        try (EricCertificate cert = eric.openCertificate(CERT, "%s")) {
            String xml = UStvaBuilder.forMonth(args[0]).steuernummer("%s").build();
            EricResult result = eric.sendeDatensatz(xml, "UStVA_%d", cert);
            System.out.println(result.transferTicket());
        }
    }
}
""" % (v, "%03d/%03d/%05d" % (r.randint(10, 999), r.randint(100, 999), r.randint(10000, 99999)), r.randint(2023, 2025))


@tpl("pennylane", "api_token", g_b64u(32), "PENNYLANE_API_TOKEN", ["<votre-token>"])
def t_pennylane_rb(r, v):
    return "config/pennylane.toml", """# Connecteur Pennylane (export des factures clients)
[pennylane]
base_url = "https://app.pennylane.com/api/external/v2"
token = "%s"
journal = "VT"

[export]
depuis = "2024-01-01"
format = "json"
""" % v


@tpl("swan", "oauth_client_secret", g_alnum(32), "SWAN_CLIENT_SECRET", ["<client-secret>"])
def t_swan_ts(r, v):
    return "src/banking/swan.ts", """import { GraphQLClient } from 'graphql-request';

async function projectToken(): Promise<string> {
  const body = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: 'live-%s',
    client_secret: '%s',
  });
  const res = await fetch('https://oauth.swan.io/oauth2/token', { method: 'POST', body });
  return (await res.json()).access_token;
}

export async function swan(): Promise<GraphQLClient> {
  return new GraphQLClient('https://api.swan.io/live-partner/graphql', {
    headers: { Authorization: `Bearer ${await projectToken()}` },
  });
}
""" % (rs(r, LALNUM, 8) + "-" + rs(r, LALNUM, 4), v)


@tpl("colissimo", "password", g_password, "COLISSIMO_PASSWORD", ["<mot-de-passe>", "motdepasse"])
def t_colissimo_php(r, v):
    return "modules/expedition/colissimo.php", """<?php
// Génération des étiquettes Colissimo (web service SLS)
$contrat = [
    'contractNumber' => '%d',
    'password' => '%s',
];

function etiquette(array $contrat, array $colis): array
{
    $payload = $contrat + [
        'outputFormat' => ['x' => 0, 'y' => 0, 'outputPrintingType' => 'PDF_A4_300dpi'],
        'letter' => $colis,
    ];
    $ch = curl_init('https://ws.colissimo.fr/sls-ws/SlsServiceWSRest/2.0/generateLabel');
    curl_setopt_array($ch, [CURLOPT_POST => true, CURLOPT_POSTFIELDS => json_encode($payload), CURLOPT_RETURNTRANSFER => true]);
    return ['raw' => curl_exec($ch)];
}
""" % (r.randint(800000, 899999), v)


@tpl("choruspro", "password", g_password, "CHORUS_TECH_PASSWORD", ["<mot-de-passe-compte-technique>"])
def t_chorus_yaml(r, v):
    return "config/chorus-pro.yml", """chorus_pro:
  piste:
    token_url: https://oauth.piste.gouv.fr/api/oauth/token
    client_id: %s
    client_secret_ref: vault:secret/data/facturation#piste_secret
  compte_technique:
    login: TECH_%d@cpro.fr
    password: "%s"
  structure:
    siret: "%s"
    code_service: FACTURES
""" % (uuid4(r), r.randint(1, 99), v, rs(r, DIG, 14))


@tpl("insee", "api_key", g_uuid, "INSEE_API_KEY", ["<votre-cle-integration>"])
def t_insee_py(r, v):
    return "outils/sirene.py", """import requests

SIRENE = "https://api.insee.fr/api-sirene/3.11"


def etablissement(siret):
    r = requests.get(f"{SIRENE}/siret/{siret}",
                     headers={"X-INSEE-Api-Key-Integration": "%s", "Accept": "application/json"},
                     timeout=10)
    r.raise_for_status()
    e = r.json()["etablissement"]
    return e["uniteLegale"]["denominationUniteLegale"], e["adresseEtablissement"]["codePostalEtablissement"]
""" % v


@tpl("exactonline", "oauth_client_secret", g_alnum(12), "EXACT_CLIENT_SECRET", ["<client-secret>"])
def t_exact_cs(r, v):
    return "Boekhouding/appsettings.Production.json", json.dumps({
        "Logging": {"LogLevel": {"Default": "Information"}},
        "ExactOnline": {
            "BaseUrl": "https://start.exactonline.nl",
            "ClientId": "{%s}" % uuid4(r),
            "ClientSecret": v,
            "RedirectUri": "https://%s/exact/callback" % domain(r),
            "Division": r.randint(100000, 9999999),
        },
        "AllowedHosts": "*",
    }, indent=2) + "\n"


@tpl("exactonline", "webhook_secret", g_alnum(16), "EXACT_WEBHOOK_SECRET", ["<webhook-secret>"])
def t_exact_webhook(r, v):
    return "Boekhouding/Webhooks/ExactWebhookController.cs", """using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace Boekhouding.Webhooks
{
    [ApiController]
    [Route("exact/webhook")]
    public class ExactWebhookController : ControllerBase
    {
        private static readonly byte[] Secret = Encoding.UTF8.GetBytes("%s");

        [HttpPost]
        public IActionResult Receive([FromBody] string body, [FromHeader(Name = "X-Exact-Signature")] string signature)
        {
            using var hmac = new HMACSHA256(Secret);
            var expected = System.Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(body)));
            return expected.Equals(signature, System.StringComparison.OrdinalIgnoreCase) ? Ok() : Unauthorized();
        }
    }
}
""" % v


@tpl("moneybird", "api_token", g_b64u(32), "MONEYBIRD_TOKEN", ["<jouw-api-token>"])
def t_moneybird_rb(r, v):
    return "lib/moneybird_sync.rb", """require 'net/http'
require 'json'

ADMINISTRATION_ID = '%d'

def moneybird_get(path)
  uri = URI("https://moneybird.com/api/v2/#{ADMINISTRATION_ID}/#{path}.json")
  req = Net::HTTP::Get.new(uri)
  req['Authorization'] = 'Bearer %s'
  Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| JSON.parse(http.request(req).body) }
end

moneybird_get('sales_invoices').each do |inv|
  puts [inv['invoice_id'], inv['state'], inv['total_price_incl_tax']].join(';')
end
""" % (r.randint(10 ** 17, 10 ** 18 - 1), v)


@tpl("bol", "oauth_client_secret", g_b64u(64), "BOL_CLIENT_SECRET", ["<client-secret>"])
def t_bol_py(r, v):
    var = nm(r, ["BOL_CLIENT_SECRET"], ["geheim", "retailer_secret"])
    return "marktplaats/bol_orders.py", """import requests

BOL_CLIENT_ID = "%s"
%s = "%s"


def token():
    r = requests.post("https://login.bol.com/token?grant_type=client_credentials",
                      auth=(BOL_CLIENT_ID, %s), timeout=10)
    return r.json()["access_token"]


def open_orders():
    h = {"Authorization": "Bearer " + token(), "Accept": "application/vnd.retailer.v10+json"}
    return requests.get("https://api.bol.com/retailer/orders?status=OPEN", headers=h, timeout=20).json()
""" % (uuid4(r), var, v, var)


@tpl("postnl", "api_key", g_alnum(32), "POSTNL_API_KEY", ["<apikey>"])
def t_postnl_env(r, v):
    return "docker-compose.prod.yml", """services:
  verzending:
    image: registry.%s/verzending:1.8.3
    restart: unless-stopped
    environment:
      POSTNL_CUSTOMER_CODE: %s
      POSTNL_CUSTOMER_NUMBER: "%d"
      POSTNL_API_KEY: %s
      POSTNL_BASE_URL: https://api.postnl.nl
    ports:
      - "8081:8080"
""" % (domain(r), rs(r, UPPER, 4), r.randint(10000000, 99999999), v)


@tpl("sendcloud", "api_secret", g_hex32, "SENDCLOUD_SECRET_KEY", ["<secret-key>"])
def t_sendcloud_php(r, v):
    return "config/sendcloud.php", """<?php

return [
    'public_key' => '%s',
    'secret_key' => '%s',
    'sender_address_id' => %d,
    'default_shipping_method' => %d,
    'webhook_url' => 'https://%s/sendcloud/webhook',
];
""" % (hx(r, 32), v, r.randint(10000, 999999), r.randint(1, 9000), domain(r))


@tpl("sendcloud", "api_secret", g_hex32, "SENDCLOUD_SECRET_KEY", ["<secret-key>"])
def t_sendcloud_sh(r, v):
    return "scripts/sendcloud-parcels.sh", """#!/usr/bin/env bash
# Lijst van vandaag aangemaakte pakketten
PUB=%s
curl -s -u "$PUB:%s" \\
  "https://panel.sendcloud.sc/api/v2/parcels?updated_after=$(date -I)T00:00:00" \\
  | jq -r '.parcels[] | [.id, .tracking_number, .status.message] | @tsv'
""" % (hx(r, 32), v)


@tpl("fortnox", "oauth_client_secret", g_alnum(10), "FORTNOX_CLIENT_SECRET", ["<client-secret>"])
def t_fortnox_cs(r, v):
    return "Integration/Fortnox/FortnoxAuth.cs", """using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace Integration.Fortnox
{
    public class FortnoxAuth
    {
        private const string ClientId = "%s";
        private readonly HttpClient _http = new HttpClient();

        public async System.Threading.Tasks.Task<string> RefreshAsync(string refreshToken)
        {
            var basic = System.Convert.ToBase64String(Encoding.ASCII.GetBytes(ClientId + ":" + "%s"));
            var req = new HttpRequestMessage(HttpMethod.Post, "https://apps.fortnox.se/oauth-v1/token");
            req.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
            req.Content = new FormUrlEncodedContent(new[] {
                new System.Collections.Generic.KeyValuePair<string, string>("grant_type", "refresh_token"),
                new System.Collections.Generic.KeyValuePair<string, string>("refresh_token", refreshToken) });
            var res = await _http.SendAsync(req);
            return await res.Content.ReadAsStringAsync();
        }
    }
}
""" % (rs(r, ALNUM, 12), v)


@tpl("visma", "oauth_client_secret", g_b64u(30), "VISMA_CLIENT_SECRET", ["<client-secret>"])
def t_visma_json(r, v):
    return "config/visma-eaccounting.json", json.dumps({
        "identity": "https://identity.vismaonline.com/connect/token",
        "api": "https://eaccountingapi.vismaonline.com/v2",
        "client_id": "%s" % r.choice(["kassaflyt", "bokforing-sync", "ordrekoppling"]),
        "client_secret": v,
        "scopes": ["ea:api", "offline_access", "ea:sales"],
        "redirect_uri": "https://%s/visma/callback" % domain(r),
    }, indent=4) + "\n"


@tpl("tripletex", "api_token", g_tripletex, "TRIPLETEX_EMPLOYEE_TOKEN", ["<employee-token>"])
def t_tripletex_py(r, v):
    return "regnskap/tripletex.py", """import datetime
import os

import requests

BASE = "https://tripletex.no/v2"
CONSUMER_TOKEN = os.environ["TRIPLETEX_CONSUMER_TOKEN"]


def session_token(employee_token):
    exp = (datetime.date.today() + datetime.timedelta(days=1)).isoformat()
    r = requests.put(BASE + "/token/session/:create",
                     params={"consumerToken": CONSUMER_TOKEN, "employeeToken": employee_token,
                             "expirationDate": exp}, timeout=15)
    return r.json()["value"]["token"]


TOKEN = session_token("%s")
""" % v


@tpl("bankid", "certificate_password", g_password, "BANKID_CERT_PASSWORD", ["qwerty123", "<passphrase>"])
def t_bankid_yaml(r, v):
    return "src/main/resources/application.yml", """spring:
  application:
    name: inloggning
bankid:
  base-url: https://appapi2.bankid.com/rp/v6.0
  keystore:
    path: classpath:certs/rp-%s.p12
    type: PKCS12
    password: "%s"
  truststore: classpath:certs/bankid-root.pem
  user-visible-data: "Logga in hos %s"
""" % (r.choice(["prod", "produktion"]), v, company(r, "se"))


@tpl("swish", "certificate_password", g_password, "SWISH_CERT_PASSWORD", ["swish", "<certifikatlosenord>"])
def t_swish_js(r, v):
    return "server/swish/agent.js", """const fs = require('fs');
const https = require('https');
const path = require('path');

const agent = new https.Agent({
  pfx: fs.readFileSync(path.join(__dirname, 'certs', 'Swish_Merchant_%d.p12')),
  passphrase: '%s',
  ca: fs.readFileSync(path.join(__dirname, 'certs', 'Swish_TLS_RootCA.pem')),
});

const PAYEE_ALIAS = '123%07d';

module.exports = { agent, PAYEE_ALIAS, baseUrl: 'https://cpc.getswish.net/swish-cpcapi/api/v2' };
""" % (r.randint(1230000000, 1239999999), v, r.randint(0, 9999999))


@tpl("holded", "api_key", g_hex32, "HOLDED_API_KEY", ["<tu-api-key>"])
def t_holded_md(r, v):
    return "docs/holded.md", """# Integración con Holded

La tienda crea automáticamente una factura en Holded cuando un pedido pasa a *pagado*.

## Probar la conexión

```bash
curl -s https://api.holded.com/api/invoicing/v1/contacts \\
  -H "key: %s" | jq '.[0]'
```

## Campos que enviamos

| Tienda            | Holded        |
|-------------------|---------------|
| `order.number`    | `docNumber`   |
| `customer.nif`    | `code`        |
| `lines[].price`   | `items[].subtotal` |
""" % v


@tpl("fattureincloud", "access_token", g_fic, "FIC_ACCESS_TOKEN", ["<il-tuo-token>", "a/xxxxxxxx"])
def t_fic_md(r, v):
    return "docs/fatture-in-cloud.md", """# Fatture in Cloud

Usiamo un **token manuale** (Impostazioni > Applicazioni collegate) per l'export notturno.

```python
from fattureincloud_python_sdk import Configuration

conf = Configuration()
conf.access_token = "%s"
COMPANY_ID = %d
```

Le fatture vengono create come bozza e inviate allo SDI solo dopo la verifica manuale.
""" % (v, r.randint(100000, 9999999))


@tpl("aruba", "password", g_password, "PEC_PASSWORD", ["<password-pec>"])
def t_aruba_py(r, v):
    user = "amministrazione@pec.%s" % r.choice(["ceramichebianchi.it", "oleificiogreco.it", "rossi-srl.it"])
    return "fatturazione/invio_pec.py", """import smtplib
from email.message import EmailMessage

PEC_HOST = "smtps.pec.aruba.it"
PEC_USER = "%s"


def invia_fattura(xml_path, destinatario):
    msg = EmailMessage()
    msg["From"] = PEC_USER
    msg["To"] = destinatario
    msg["Subject"] = "Invio fattura elettronica"
    with open(xml_path, "rb") as fh:
        msg.add_attachment(fh.read(), maintype="application", subtype="xml", filename=xml_path.split("/")[-1])
    with smtplib.SMTP_SSL(PEC_HOST, 465) as s:
        s.login(PEC_USER, "%s")
        s.send_message(msg)
""" % (user, v)


@tpl("sibs", "api_token", g_b64u(48), "SIBS_BEARER_TOKEN", ["<token>"])
def t_sibs_ts(r, v):
    return "src/payments/sibs.ts", """export const SIBS = {
  baseUrl: 'https://api.sibsgateway.com/sibs/spg/v2',
  terminalId: %d,
  clientId: '%s',
  bearer: '%s',
  channel: 'web',
};

export function sibsHeaders(): Record<string, string> {
  return {
    Authorization: `Bearer ${SIBS.bearer}`,
    'X-IBM-Client-Id': SIBS.clientId,
    'Content-Type': 'application/json',
  };
}
""" % (r.randint(10000, 99999), uuid4(r), v)


@tpl("satispay", "private_key", g_satispay, "SATISPAY_PRIVATE_KEY", ["<chiave-privata-pem>"])
def t_satispay_php(r, v):
    return "app/Pagamenti/satispay_keys.php", """<?php
// Chiavi per la GBusiness API di Satispay (generate con satispay_authenticate.php)
return [
    'key_id' => '%s',
    'private_key' => '%s',
    'sandbox' => false,
];
""" % (rs(r, LALNUM, 26) + "-" + rs(r, LALNUM, 6), v)


@tpl("postfinance", "api_secret", g_postfinance, "POSTFINANCE_AUTH_KEY", ["<authentication-key>"])
def t_postfinance_py(r, v):
    return "checkout/postfinance.py", """from postfinancecheckout import Configuration
from postfinancecheckout.api import TransactionServiceApi

SPACE_ID = %d

config = Configuration(
    user_id=%d,
    api_secret="%s",
    request_timeout=30,
)

transactions = TransactionServiceApi(config)


def payment_page_url(transaction_id):
    return transactions.create_payment_page_url(SPACE_ID, transaction_id)
""" % (r.randint(10000, 99999), r.randint(100000, 999999), v)


@tpl("twint", "certificate_password", g_password, "TWINT_CERT_PASSWORD", ["<zertifikatspasswort>"])
def t_twint_xml(r, v):
    return "Kasse/App.config", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Twint.Endpoint" value="https://service.twint.ch/merchant/service/TWINTMerchantServiceV8_5" />
    <add key="Twint.MerchantUuid" value="%s" />
    <add key="Twint.CashRegisterId" value="Kasse-%02d" />
    <add key="Twint.CertificatePath" value="C:\\Kasse\\certs\\twint-merchant.p12" />
    <add key="Twint.CertificatePassword" value="%s" />
  </appSettings>
</configuration>
""" % (uuid4(r), r.randint(1, 12), v)


@tpl("bexio", "api_token", g_bexio, "BEXIO_API_TOKEN", ["<persoenliches-token>"])
def t_bexio_ts(r, v):
    return "src/accounting/bexio.ts", """const BEXIO = 'https://api.bexio.com';

const token = '%s';

export async function bexioContacts(): Promise<unknown[]> {
  const res = await fetch(`${BEXIO}/2.0/contact?limit=500`, {
    headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
  });
  return res.json();
}
""" % v


@tpl("bexio", "api_token", g_bexio, "BEXIO_API_TOKEN", ["<persoenliches-token>"])
def t_bexio_tf(r, v):
    return "infra/secrets.tf", """# Secrets fuer den Rechnungs-Export (Zürich)
resource "aws_ssm_parameter" "bexio_token" {
  name        = "/rechnungen/prod/bexio-token"
  description = "bexio personal access token (Buchhaltung)"
  type        = "SecureString"
  value       = "%s"
  tags = {
    team = "finanzen"
  }
}
""" % v


@tpl("mollie", "api_key", g_mollie, "MOLLIE_API_KEY", MOLLIE_PUB)
def t_mollie_sql(r, v):
    return "database/seeds/2024_payment_settings.sql", """-- PrestaShop: Mollie module settings for the NL shop
INSERT INTO ps_configuration (name, value, date_add, date_upd) VALUES
  ('MOLLIE_ENVIRONMENT', '1', NOW(), NOW()),
  ('MOLLIE_API_KEY', '%s', NOW(), NOW()),
  ('MOLLIE_PAYMENTSCREEN_LOCALE', 'website_locale', NOW(), NOW()),
  ('MOLLIE_IMAGES', 'normal', NOW(), NOW());
""" % v


@tpl("mollie", "api_key", g_mollie, "MOLLIE_API_KEY", MOLLIE_PUB)
def t_mollie_docker(r, v):
    return "Dockerfile", """FROM php:8.3-fpm-alpine

RUN apk add --no-cache icu-dev libzip-dev && docker-php-ext-install intl zip pdo_mysql
WORKDIR /var/www/html
COPY . .
RUN composer install --no-dev --optimize-autoloader

ENV APP_ENV=prod \\
    MOLLIE_API_KEY=%s \\
    SHOP_LOCALE=nl_NL

EXPOSE 9000
CMD ["php-fpm"]
""" % v


@tpl("brevo", "api_key", g_brevo, "BREVO_API_KEY", ["xkeysib-<votre-cle-api>"])
def t_brevo_log(r, v):
    ts = "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))
    return "var/log/newsletter-debug.log", """%s 08:00:01 INFO  newsletter.sync: starting contact sync (list=%d)
%s 08:00:01 DEBUG http.client: POST https://api.brevo.com/v3/contacts/import
%s 08:00:01 DEBUG http.client: request headers {'accept': 'application/json', 'content-type': 'application/json', 'api-key': '%s'}
%s 08:00:02 DEBUG http.client: response 202 {"processId": %d}
%s 08:00:02 INFO  newsletter.sync: import queued
""" % (ts, r.randint(2, 60), ts, ts, v, ts, r.randint(100, 9999), ts)


@tpl("przelewy24", "crc_key", g_hex16, "P24_CRC_KEY", P24_PUB)
def t_p24_md(r, v):
    return "docs/platnosci.md", """# Płatności Przelewy24

Dane dostępowe do konta produkcyjnego (panel: *Moje dane > Klucze API*):

- ID sprzedawcy: `%d`
- Klucz CRC: `%s`

Podpis transakcji liczymy jako `sha384` z JSON-a `{"sessionId","merchantId","amount","currency","crc"}`.
Powiadomienia przychodzą na `/api/p24/status`; po weryfikacji wysyłamy `PUT /api/v1/transaction/verify`.
""" % (r.randint(100000, 399999), v)


@tpl("postnl", "api_key", g_alnum(32), "POSTNL_API_KEY", ["<apikey>"])
def t_postnl_md(r, v):
    return "docs/verzending/postnl.md", """# PostNL koppeling

Labels worden aangemaakt via de Shipping API (v1).

```http
POST https://api.postnl.nl/v1/shipment?confirm=true
apikey: %s
Content-Type: application/json
```

Klantcode en klantnummer staan in `config/verzending.yaml`. Barcodes beginnen met `3S`.
""" % v


@tpl("klarna", "api_key", g_klarna, "KLARNA_API_KEY", ["klarna_test_api_<your-key>"])
def t_klarna_env(r, v):
    return ".env.production", """NODE_ENV=production
PUBLIC_KLARNA_CLIENT_ID=klarna_live_client_%s
KLARNA_API_KEY=%s
KLARNA_REGION=eu
SHOP_URL=https://%s
""" % (b64u(r, 30), v, domain(r))


# ---------------------------------------------------------------- look-alike negatives
LOOKALIKES = []


def la(provider, kind):
    def deco(fn):
        LOOKALIKES.append({"provider": provider, "kind": kind, "render": fn, "name": fn.__name__})
        return fn
    return deco


def bic(r):
    return r.choice(["COBADEFFXXX", "DEUTDEDBXXX", "INGBNL2A", "RABONL2U", "BNPAFRPPXXX", "GEBABEBB",
                     "CAIXESBBXXX", "BCITITMM", "PKOPPLPW", "POFICHBEXXX", "ESSESESS"])


def qrr(r):
    tab = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
    d = rs(r, DIG, 26)
    c = 0
    for ch in d:
        c = tab[(c + int(ch)) % 10]
    return d + str((10 - c) % 10)


def gtin13(r):
    d = "40" + rs(r, DIG, 10)
    s = sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(d))
    return d + str((10 - s % 10) % 10)


@la("sepa", "iban")
def n_iban_csv(r):
    rows = ["Lieferant;IBAN;BIC;USt-IdNr;Zahlungsziel"]
    for _ in range(r.randint(5, 9)):
        rows.append("%s;%s;%s;%s;%d" % (company(r), iban(r), bic(r), r.choice([vat_de(r), vat_fr(r), "PL" + nip_pl(r)]),
                                      r.choice([14, 30, 60])))
    return "data/stammdaten/lieferanten.csv", "\n".join(rows) + "\n"


@la("sepa", "iban")
def n_sepa_xml(r):
    tx = []
    for i in range(r.randint(2, 4)):
        tx.append("""    <CdtTrfTxInf>
      <PmtId><EndToEndId>%s</EndToEndId></PmtId>
      <Amt><InstdAmt Ccy="EUR">%d.%02d</InstdAmt></Amt>
      <Cdtr><Nm>%s</Nm></Cdtr>
      <CdtrAcct><Id><IBAN>%s</IBAN></Id></CdtrAcct>
      <RmtInf><Ustrd>Rechnung %s</Ustrd></RmtInf>
    </CdtTrfTxInf>""" % (order_id(r), r.randint(10, 9000), r.randint(0, 99), company(r), iban(r), order_id(r)))
    return "export/sepa/ueberweisungen.xml", """<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">
 <CstmrCdtTrfInitn>
  <GrpHdr><MsgId>MSG-%s</MsgId><CreDtTm>2024-05-0%dT09:30:00</CreDtTm><NbOfTxs>%d</NbOfTxs></GrpHdr>
  <PmtInf>
   <PmtInfId>%s</PmtInfId>
   <DbtrAcct><Id><IBAN>%s</IBAN></Id></DbtrAcct>
%s
  </PmtInf>
 </CstmrCdtTrfInitn>
</Document>
""" % (hx(r, 16).upper(), r.randint(1, 9), len(tx), uuid4(r), iban(r, "DE"), "\n".join(tx))


@la("mollie", "payment_id")
def n_mollie_log(r):
    lines = []
    for _ in range(r.randint(5, 9)):
        lines.append("2024-06-%02d %02d:%02d:%02d webhook mollie id=tr_%s order=%s status=%s profile=pfl_%s" % (
            r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), rs(r, ALNUM, 10), order_id(r),
            r.choice(["paid", "open", "expired", "canceled"]), rs(r, ALNUM, 10)))
    return "var/log/mollie-webhooks.log", "\n".join(lines) + "\n"


@la("redsys", "signature")
def n_redsys_log(r):
    out = []
    for _ in range(r.randint(3, 5)):
        params = base64.b64encode(json.dumps({"Ds_Date": "12%%2F06%%2F2024", "Ds_Amount": str(r.randint(100, 99999)),
                                              "Ds_Currency": "978", "Ds_Order": "%012d" % r.randint(1, 10 ** 11),
                                              "Ds_MerchantCode": str(r.randint(100000000, 399999999)),
                                              "Ds_Response": "0000"}).encode()).decode()
        out.append("[notificacion] Ds_SignatureVersion=HMAC_SHA256_V1 Ds_MerchantParameters=%s Ds_Signature=%s firma_ok=true" % (
            params, b64u(r, 32) + "="))
    return "logs/redsys-notificaciones.log", "\n".join(out) + "\n"


@la("przelewy24", "signature")
def n_p24_notify(r):
    return "tests/fixtures/p24_notification.json", json.dumps({
        "merchantId": r.randint(100000, 399999), "posId": r.randint(100000, 399999),
        "sessionId": uuid4(r), "amount": r.randint(100, 90000), "originAmount": r.randint(100, 90000),
        "currency": "PLN", "orderId": r.randint(300000000, 399999999), "methodId": r.choice([25, 154, 181, 227]),
        "statement": "p24-%s" % rs(r, UALNUM, 9), "sign": hx(r, 96)}, indent=2) + "\n"


@la("logistics", "tracking_number")
def n_tracking_csv(r):
    rows = ["bestelling,vervoerder,trackingnummer,status"]
    for _ in range(r.randint(6, 10)):
        c = r.choice(["DHL", "DHL", "PostNL", "InPost", "Colissimo", "Bpost"])
        if c == "DHL":
            t = "00340434" + rs(r, DIG, 12)
        elif c == "PostNL":
            t = "3S" + rs(r, UPPER, 4) + rs(r, DIG, 9)
        elif c == "InPost":
            t = rs(r, DIG, 24)
        elif c == "Colissimo":
            t = "6A" + rs(r, DIG, 11)
        else:
            t = "3232" + rs(r, DIG, 20)
        rows.append("%s,%s,%s,%s" % (order_id(r), c, t, r.choice(["delivered", "in_transit", "created"])))
    return "exports/verzendingen-week%02d.csv" % r.randint(1, 52), "\n".join(rows) + "\n"


@la("tax", "vat_id")
def n_vat_md(r):
    return "docs/rechnungsstellung.md", """# Rechnungsstellung – Stammdaten

| Gesellschaft | USt-IdNr. | Steuernummer |
|---|---|---|
| %s | %s | %s |
| %s | %s | SIRET %s |
| %s | %s | NIP %s |

E-Rechnungen an öffentliche Auftraggeber brauchen die Leitweg-ID, z. B. `%s-%s-%s`.
Schweizer Kunden: UID `%s MWST`.
""" % (company(r, "de"), vat_de(r), "%03d/%03d/%05d" % (r.randint(10, 999), r.randint(100, 999), r.randint(10000, 99999)),
       company(r, "fr"), vat_fr(r), rs(r, DIG, 14), company(r, "pl"), "PL" + nip_pl(r), nip_pl(r),
       rs(r, DIG, 2), rs(r, DIG, 5), rs(r, DIG, 2), uid_ch(r))


@la("npm", "digest")
def n_package_lock(r):
    pk = []
    for name in r.sample(["@mollie/api-client", "axios", "dayjs", "sib-api-v3-sdk", "zod", "node-fetch", "graphql-request"], 4):
        pk.append('    "node_modules/%s": {\n      "version": "%d.%d.%d",\n      "resolved": "https://registry.npmjs.org/%s/-/%s-%d.%d.%d.tgz",\n      "integrity": "sha512-%s"\n    }' % (
            name, 1, r.randint(0, 20), r.randint(0, 9), name, name.split("/")[-1], 1, r.randint(0, 20), r.randint(0, 9), b64(r, 64)))
    return "package-lock.json", '{\n  "name": "webshop",\n  "lockfileVersion": 3,\n  "packages": {\n' + ",\n".join(pk) + "\n  }\n}\n"


@la("composer", "digest")
def n_composer_lock(r):
    pk = []
    for name in r.sample(["mollie/mollie-api-php", "guzzlehttp/guzzle", "mnastalski/przelewy24-php", "sysix/lex-office-api", "monolog/monolog"], 3):
        pk.append('        {\n            "name": "%s",\n            "version": "v%d.%d.%d",\n            "source": {\n                "type": "git",\n                "url": "https://github.com/%s.git",\n                "reference": "%s"\n            },\n            "dist": {\n                "type": "zip",\n                "shasum": "%s"\n            }\n        }' % (
            name, r.randint(1, 3), r.randint(0, 30), r.randint(0, 9), name, hx(r, 40), r.choice(["", hx(r, 40)])))
    return "composer.lock", '{\n    "content-hash": "%s",\n    "packages": [\n%s\n    ]\n}\n' % (hx(r, 32), ",\n".join(pk))


@la("release", "digest")
def n_sha256sums(r):
    files = ["kasse-%s-linux-amd64.tar.gz", "kasse-%s-windows-x64.zip", "kasse-%s-macos.dmg", "kasse-%s.deb"]
    ver = "%d.%d.%d" % (r.randint(1, 4), r.randint(0, 20), r.randint(0, 9))
    return "dist/SHA256SUMS", "".join("%s  %s\n" % (hx(r, 64), f % ver) for f in files)


@la("satispay", "public_key")
def n_public_key(r):
    body = pem_body(r, 294)
    return "keys/satispay_public.pem", "-----BEGIN PUBLIC KEY-----\n" + "\n".join(body) + "\n-----END PUBLIC KEY-----\n"


@la("swish", "certificate")
def n_cert(r):
    body = pem_body(r, r.randint(900, 1300))
    return "server/swish/certs/Swish_TLS_RootCA.pem", "-----BEGIN CERTIFICATE-----\n" + "\n".join(body) + "\n-----END CERTIFICATE-----\n"


@la("config", "env_reference")
def n_settings_py(r):
    return "shop/settings/production.py", """import os

from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["%s"]

MOLLIE_API_KEY = os.environ["MOLLIE_API_KEY"]
BREVO_API_KEY = os.environ.get("BREVO_API_KEY", "")
QONTO_LOGIN = os.environ["QONTO_LOGIN"]
QONTO_SECRET_KEY = os.environ["QONTO_SECRET_KEY"]
SENDCLOUD_PUBLIC_KEY = os.getenv("SENDCLOUD_PUBLIC_KEY")
SENDCLOUD_SECRET_KEY = os.getenv("SENDCLOUD_SECRET_KEY")
DATABASES["default"]["PASSWORD"] = os.environ["DB_PASSWORD"]
""" % domain(r)


@la("config", "env_reference")
def n_php_getenv(r):
    return "config/services/payment.php", """<?php

return [
    'redsys' => [
        'merchant_code' => getenv('REDSYS_MERCHANT_CODE') ?: '%d',
        'terminal' => getenv('REDSYS_TERMINAL') ?: '001',
        'key' => getenv('REDSYS_SECRET_KEY'),
    ],
    'przelewy24' => [
        'merchant_id' => (int) getenv('P24_MERCHANT_ID'),
        'crc' => $_ENV['P24_CRC'] ?? null,
        'reports_key' => $_ENV['P24_API_KEY'] ?? null,
    ],
    'payu' => [
        'pos_id' => env('PAYU_POS_ID'),
        'second_key' => env('PAYU_SECOND_KEY'),
    ],
];
""" % r.randint(100000000, 399999999)


@la("config", "env_reference")
def n_node_env(r):
    return "src/config.ts", """import { z } from 'zod';

const Env = z.object({
  KLARNA_API_KEY: z.string().startsWith('klarna_'),
  VIPPS_CLIENT_ID: z.string().uuid(),
  VIPPS_CLIENT_SECRET: z.string().min(10),
  VIPPS_SUBSCRIPTION_KEY: z.string().length(32),
  VIPPS_MSN: z.string().regex(/^\\d{5,6}$/),
  INPOST_API_TOKEN: z.string(),
});

export const env = Env.parse(process.env);

export const vipps = {
  clientId: env.VIPPS_CLIENT_ID,
  clientSecret: env.VIPPS_CLIENT_SECRET,
  subscriptionKey: process.env.VIPPS_SUBSCRIPTION_KEY,
};
"""


@la("config", "env_reference")
def n_spring_yaml(r):
    return "src/main/resources/application.yml", """server:
  port: 8080
payu:
  pos-id: ${PAYU_POS_ID}
  client-id: ${PAYU_CLIENT_ID}
  client-secret: ${PAYU_CLIENT_SECRET}
  second-key: ${PAYU_SECOND_KEY:}
redsys:
  merchant-code: ${REDSYS_MERCHANT_CODE:%d}
  secret: ${REDSYS_SECRET}
bankid:
  keystore:
    password: ${BANKID_KEYSTORE_PASSWORD}
""" % r.randint(100000000, 399999999)


@la("config", "secret_reference")
def n_csharp_cfg(r):
    return "Integration/Program.cs", """using Microsoft.Extensions.Configuration;

var config = new ConfigurationBuilder()
    .AddJsonFile("appsettings.json", optional: false)
    .AddUserSecrets<Program>()
    .AddEnvironmentVariables(prefix: "KASSE_")
    .Build();

var fortnoxSecret = config["Fortnox:ClientSecret"];
var exactSecret = config.GetValue<string>("ExactOnline:ClientSecret");
var twintPassword = Environment.GetEnvironmentVariable("TWINT_CERT_PASSWORD");

Console.WriteLine($"Fortnox configured: {!string.IsNullOrEmpty(fortnoxSecret)}");
"""


@la("ci", "secret_reference")
def n_gha(r):
    return ".github/workflows/deploy.yml", """name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/deploy.sh
        env:
          MOLLIE_API_KEY: ${{ secrets.MOLLIE_API_KEY }}
          SHOPWARE_SECRET_ACCESS_KEY: ${{ secrets.SHOPWARE_SECRET }}
          LEXOFFICE_API_KEY: ${{ secrets.LEXOFFICE_API_KEY }}
          SEVDESK_API_TOKEN: ${{ secrets.SEVDESK_TOKEN }}
          DEPLOY_HOST: %s
""" % domain(r)


@la("k8s", "secret_reference")
def n_external_secret(r):
    return "deploy/k8s/external-secret.yaml", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: webshop-payment
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: webshop-payment
  data:
    - secretKey: MOLLIE_API_KEY
      remoteRef:
        key: secret/data/webshop/mollie
        property: api_key
    - secretKey: KLARNA_API_KEY
      remoteRef:
        key: secret/data/webshop/klarna
        property: api_key
    - secretKey: SWISH_CERT_PASSWORD
      remoteRef:
        key: secret/data/webshop/swish
        property: passphrase
"""


@la("docker", "env_reference")
def n_compose(r):
    return "docker-compose.yml", """services:
  shop:
    image: registry.%s/shop:latest
    environment:
      - MOLLIE_API_KEY=${MOLLIE_API_KEY}
      - BREVO_API_KEY=${BREVO_API_KEY:?set BREVO_API_KEY}
      - DHL_API_KEY=${DHL_API_KEY}
      - DHL_GKP_PASSWORD=${DHL_GKP_PASSWORD}
    env_file:
      - .env
  db:
    image: mariadb:11
    environment:
      MARIADB_ROOT_PASSWORD_FILE: /run/secrets/db_root
    secrets:
      - db_root
secrets:
  db_root:
    file: ./secrets/db_root.txt
""" % domain(r)


@la("terraform", "secret_reference")
def n_tf(r):
    return "infra/variables.tf", """variable "redsys_secret_key" {
  description = "Clave secreta SHA-256 del TPV (se pasa desde el pipeline)"
  type        = string
  sensitive   = true
}

variable "holded_api_key" {
  type      = string
  sensitive = true
  default   = ""
}

data "aws_ssm_parameter" "satispay_key" {
  name            = "/tienda/prod/satispay-private-key"
  with_decryption = true
}
"""


@la("config", "placeholder")
def n_env_example(r):
    return ".env.example", """# Kopieren nach .env und ausfuellen
APP_ENV=dev
MOLLIE_API_KEY=test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
LEXOFFICE_API_KEY=
SEVDESK_API_TOKEN=<dein-token>
SHOPWARE_ACCESS_KEY_ID=SWIA...
SHOPWARE_SECRET_ACCESS_KEY=changeme
DHL_API_KEY=your-dhl-api-key
DHL_GKP_USER=user-valid
DHL_GKP_PASSWORD=SandboxPasswort2023!
ELSTER_CERT_PIN=
"""


@la("klarna", "client_id")
def n_klarna_osm(r):
    return "templates/product/klarna-osm.html", """<script async
  data-environment="production"
  src="https://js.klarna.com/web-sdk/v1/klarna.js"
  data-client-id="klarna_live_client_%s">
</script>
<klarna-placement
  data-key="credit-promotion-badge"
  data-locale="sv-SE"
  data-purchase-amount="{{ product.price_cents }}">
</klarna-placement>
""" % b64u(r, 36)


@la("shopware", "public_key")
def n_shopware_store(r):
    return "frontend/src/api/store.ts", """// Store API (Headless Frontend) – der sw-access-key des Verkaufskanals ist öffentlich
export const storeApi = {
  endpoint: 'https://%s/store-api',
  accessKey: 'SWSC%s',
};

export async function getProducts(limit = 24) {
  const res = await fetch(`${storeApi.endpoint}/product`, {
    method: 'POST',
    headers: { 'sw-access-key': storeApi.accessKey, 'Content-Type': 'application/json' },
    body: JSON.stringify({ limit }),
  });
  return res.json();
}
""" % (domain(r), rs(r, UALNUM, 22))


@la("vipps", "merchant_id")
def n_vipps_doc(r):
    return "docs/betaling/vipps.md", """# Vipps MobilePay – oppsett

1. Logg inn på portal.vippsmobilepay.com og velg salgsenheten (MSN `%d`).
2. Under *Utvikler* finner du `client_id`, `client_secret` og `Ocp-Apim-Subscription-Key`.
3. Legg verdiene i hemmelighetslageret, **aldri** i koden:

```bash
op item create --vault Nettbutikk --category "API Credential" --title vipps \\
  client_id="<client_id>" client_secret="<client_secret>"
```

Tjenesten leser dem fra `op://Nettbutikk/vipps/client_secret` ved oppstart.
""" % r.randint(100000, 999999)


@la("database", "uuid")
def n_migration(r):
    rows = ",\n".join("  ('%s', '%s', '%s', %d)" % (uuid4(r), order_id(r), r.choice(["mollie", "klarna", "payu", "p24"]),
                                                     r.randint(100, 99999)) for _ in range(r.randint(4, 8)))
    return "database/migrations/20240611_backfill_payments.sql", """-- Backfill der Zahlungsreferenzen nach dem Umzug
CREATE TABLE IF NOT EXISTS payment_reference (
  id UUID PRIMARY KEY,
  order_number VARCHAR(32) NOT NULL,
  provider VARCHAR(16) NOT NULL,
  amount_cents INTEGER NOT NULL
);

INSERT INTO payment_reference (id, order_number, provider, amount_cents) VALUES
%s;
""" % rows


@la("qrbill", "reference")
def n_qrbill(r):
    return "invoices/2024/qr-rechnung-%05d.json" % r.randint(1, 99999), json.dumps({
        "creditor": {"name": company(r, "ch"), "iban": iban(r, "CH"), "country": "CH"},
        "reference_type": "QRR", "reference": qrr(r), "currency": "CHF",
        "amount": "%d.%02d" % (r.randint(10, 5000), r.randint(0, 99)),
        "debtor_uid": uid_ch(r), "unstructured_message": "Rechnung %s" % order_id(r)}, indent=2) + "\n"


@la("payu", "documented_test_value")
def n_payu_doc(r):
    return "docs/payu-sandbox.md", """# PayU – środowisko testowe

Do szybkich testów używamy **publicznego POS-a sandbox** z dokumentacji PayU:

| Pole | Wartość |
|---|---|
| POS ID (pos_id) | 300746 |
| Drugi klucz (MD5) | b6ca15b0d1020e8094d9b5f8d163db54 |
| OAuth client_id | 300746 |
| OAuth client_secret | 2ee86a66e5d97e3fadc400c9f19b065d |

Własne klucze produkcyjne trzymamy w Vault (`secret/sklep/payu`).
"""


@la("redsys", "documented_test_value")
def n_redsys_doc(r):
    return "docs/tpv-pruebas.md", """# TPV Redsys – entorno de pruebas

Datos públicos del entorno de integración (`sis-t.redsys.es`):

- Código de comercio (FUC): `999008881`
- Terminal: `1`
- Clave SHA-256: `sq7HjrUOBfKmC576ILgskD5srU870gJ7`
- Tarjeta de prueba: `4548810000000003`, caducidad `12/49`, CVV `123`

La clave real de producción está en el gestor de secretos (`vault:secret/tienda/redsys`).
"""


@la("bankid", "documented_test_value")
def n_bankid_doc(r):
    return "docs/bankid-test.md", """# BankID i testmiljö

För testmiljön (`appapi2.test.bankid.com`) används det publika testcertifikatet
`FPTestcert5_20240610.p12` med lösenordet `qwerty123`, som BankID publicerar för alla.
Produktionscertifikatet hämtas från banken och lagras i nyckelvalvet, inte i repot.

Swish testmiljö (MSS): certifikatlösenordet är `swish` enligt Swish dokumentation.
"""


@la("przelewy24", "placeholder")
def n_p24_readme(r):
    return "README.pl.md", """# Moduł Przelewy24

```php
$p24 = new Przelewy24(
    merchantId: 12345,
    reportsKey: 'f0ae...',
    crc: 'aef0...',
    isLive: false,
);
```

W sandboxie (`sandbox.przelewy24.pl`) dane logowania i klucz CRC generujesz w panelu testowym.
"""


@la("git", "commit_hash")
def n_changelog(r):
    out = ["# Changelog", ""]
    for i in range(r.randint(4, 7)):
        out.append("- %s %s (%s)" % (hx(r, 7), r.choice(["Mollie: Webhook-Retry verbessert", "P24: sha384-Signatur korrigiert",
                                                        "Sendcloud: Servicepunkte", "Klarna: OSM-Badge", "DATEV-Export: EXTF 700",
                                                        "Redsys: Bizum aktiviert"]), hx(r, 40)))
    return "CHANGELOG.md", "\n".join(out) + "\n"


@la("web", "digest")
def n_csp(r):
    return "deploy/nginx/security-headers.conf", """# Content-Security-Policy fuer den Checkout
add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'sha256-%s' 'sha256-%s' https://js.klarna.com https://js.mollie.com; frame-src https://*.klarna.com https://checkout.vipps.no" always;
add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;
""" % (b64(r, 32), b64(r, 32))


@la("web", "encoded_data")
def n_data_uri(r):
    return "public/css/payment-icons.css", """.icon-twint {
  width: 48px;
  height: 32px;
  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAg%s");
}
.icon-bizum { background-image: url("/img/bizum.svg"); }
""" % b64(r, r.randint(120, 240)).rstrip("=")


@la("catalog", "gtin")
def n_gtin_feed(r):
    rows = ["sku,gtin,title,price_eur"]
    for _ in range(r.randint(6, 10)):
        rows.append("%s,%s,%s,%d.%02d" % (rs(r, UALNUM, 8), gtin13(r), r.choice(["Kaffeebohnen 1kg", "Teller 24cm", "Fahrradlampe", "Olivenoel 0.5l"]),
                                         r.randint(3, 150), r.randint(0, 99)))
    return "feeds/google-shopping.csv", "\n".join(rows) + "\n"


@la("sendcloud", "signature")
def n_sendcloud_log(r):
    lines = []
    for _ in range(r.randint(3, 6)):
        lines.append('%s POST /sendcloud/webhook 200 Sendcloud-Signature=%s action=parcel_status_changed parcel=%d' % (
            "2024-07-%02dT%02d:%02d:11Z" % (r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)), hx(r, 64), r.randint(10 ** 8, 10 ** 9)))
    return "storage/logs/webhooks.log", "\n".join(lines) + "\n"


@la("shop", "order_id")
def n_orders_json(r):
    orders = []
    for _ in range(r.randint(3, 5)):
        orders.append({"number": order_id(r), "payment": {"provider": "mollie", "id": "tr_" + rs(r, ALNUM, 10),
                                                         "method": r.choice(["ideal", "bancontact", "creditcard"])},
                       "customer_id": uuid4(r), "shipment": {"carrier": "PostNL", "barcode": "3S" + rs(r, UPPER, 4) + rs(r, DIG, 9)}})
    return "tests/fixtures/orders.json", json.dumps(orders, indent=2) + "\n"


@la("tax", "tax_id")
def n_jpk_xml(r):
    return "export/jpk/JPK_V7M_2024_05.xml", """<?xml version="1.0" encoding="UTF-8"?>
<JPK xmlns="http://crd.gov.pl/wzor/2021/12/27/11148/">
  <Naglowek>
    <KodFormularza kodSystemowy="JPK_V7M (2)" wersjaSchemy="1-0E">JPK_VAT</KodFormularza>
    <DataWytworzeniaJPK>2024-06-10T10:00:00</DataWytworzeniaJPK>
  </Naglowek>
  <Podmiot1 rola="Podatnik">
    <OsobaNiefizyczna><NIP>%s</NIP><PelnaNazwa>%s</PelnaNazwa></OsobaNiefizyczna>
  </Podmiot1>
  <SprzedazWiersz>
    <LpSprzedazy>1</LpSprzedazy>
    <NrKontrahenta>%s</NrKontrahenta>
    <DowodSprzedazy>FV/%d/05/2024</DowodSprzedazy>
    <K_19>%d.00</K_19>
  </SprzedazWiersz>
</JPK>
""" % (nip_pl(r), company(r, "pl"), nip_pl(r), r.randint(1, 999), r.randint(100, 90000))


@la("mollie", "documented_test_value")
def n_mollie_test(r):
    return "tests/Payment/MollieGatewayTest.php", """<?php

use PHPUnit\\Framework\\TestCase;

final class MollieGatewayTest extends TestCase
{
    // Example key from the Mollie API reference; the HTTP layer is mocked.
    private const KEY = 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM';

    public function testCreatesPayment(): void
    {
        $http = new FakeHttpClient(['id' => 'tr_%s', 'status' => 'open']);
        $gateway = new MollieGateway(self::KEY, $http);
        self::assertSame('open', $gateway->create('%s', '12.50')->status);
    }
}
""" % (rs(r, ALNUM, 10), order_id(r))


@la("qonto", "documented_test_value")
def n_qonto_doc(r):
    return "docs/banque/qonto-api.md", """# API Qonto – rappel

L'en-tête n'est pas du Basic Auth : c'est `Authorization: {login}:{secret-key}` en clair.
Exemple de la documentation Qonto :

```
Authorization: pied-piper-7132:62885d39f3a0ddedd3d3ee0432a43ccr
```

Nos identifiants sont dans 1Password (`op://Compta/Qonto/secret-key`).
IBAN du compte principal : `%s`.
""" % iban(r, "FR")


@la("elster", "tax_id")
def n_elster_doc(r):
    return "docs/elster.md", """# ELSTER / ERiC

- Steuernummer: `%03d/%03d/%05d` (Finanzamt %04d)
- Zertifikat: `softorg.pfx`, die PIN liegt im Tresor (`vault:secret/data/lohn/elster#pin`)
- Testfälle nutzen die Test-Steuernummern von ELSTER (Finanzamt 9198).
- Transferticket-Beispiel: `%s`
""" % (r.randint(10, 999), r.randint(100, 999), r.randint(10000, 99999), r.randint(1000, 9999), rs(r, LALNUM, 28))


# ---------------------------------------------------------------- negative slot values
LOCAL_PH = ["<dein-api-schluessel>", "<votre-cle-api>", "<jouw-api-sleutel>", "<la-tua-chiave>",
            "<tu-clave-secreta>", "<twoj-klucz>", "<din-nyckel>", "<your-key>"]


def neg_value(r, t):
    env = t["env"]
    if t["pub"] and r.random() < 0.35:
        return r.choice(t["pub"]), "documented_or_public"
    low = env.lower()
    opts = [
        ("", "empty"),
        ("<your-api-key>", "placeholder"),
        ("YOUR_API_KEY_HERE", "placeholder"),
        ("changeme", "placeholder"),
        ("x" * r.choice([16, 24, 32]), "placeholder"),
        ("TODO", "placeholder"),
        ("replace-me", "placeholder"),
        (r.choice(LOCAL_PH), "placeholder"),
        ("*" * r.choice([8, 12, 16]), "masked"),
        ("[REDACTED]", "masked"),
        ("${%s}" % env, "env_reference"),
        ("%%env(%s)%%" % env, "env_reference"),
        ("${{ secrets.%s }}" % env, "env_reference"),
        ("{{ .Values.%s }}" % "".join(w.capitalize() if i else w for i, w in enumerate(low.split("_"))), "template"),
        ("op://Shop/%s/credential" % t["provider"], "secret_manager"),
        ("vault:secret/data/shop/%s#%s" % (t["provider"], low), "secret_manager"),
        ("#{%s}#" % env, "template"),
        ("{{ %s }}" % low, "template"),
    ]
    if "password" in t["kind"] or "pin" in t["kind"]:
        opts += [("password", "placeholder"), ("<passwort>", "placeholder"), ("secret", "placeholder")]
    return r.choice(opts)


ENV_BLOCKED = (".env", ".env.local", ".env.production", ".env.prod", ".env.staging", ".env.development",
               ".env.dev", ".env.test")


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base == "Dockerfile":
        return "dockerfile"
    return base.rsplit(".", 1)[-1].lower() if "." in base else base.lower()


def write(root, rel, text):
    full = os.path.join(root, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gen_lb.py OUTDIR SEED")
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    n_t, n_l = len(TEMPLATES), len(LOOKALIKES)
    assert n_t >= 60 and n_t + n_l >= 60

    pos_seq = [i % n_t for i in range(500)]
    r.shuffle(pos_seq)
    for i, ti in enumerate(pos_seq):
        t = TEMPLATES[ti]
        g = t["gen"](r)
        slot, needle = g if isinstance(g, tuple) else (g, g)
        rel, text = t["render"](r, slot)
        file_rel = "pos/p%04d/%s" % (i, rel)
        write(out, file_rel, text)
        idx = text.find(needle)
        assert idx >= 0, (t["name"], needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1], t["name"]
        with open(os.path.join(out, file_rel), encoding="utf-8") as fh:
            assert needle in fh.read().split("\n")[line - 1]
        manifest.append({"file": file_rel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(rel), "template": t["name"]})
        secrets.append({"file": file_rel, "needle": needle, "line": line})

    neg_seq = [("t", i % n_t) for i in range(250)] + [("l", i % n_l) for i in range(250)]
    r.shuffle(neg_seq)
    for i, (src, ti) in enumerate(neg_seq):
        if src == "t":
            t = TEMPLATES[ti]
            val, how = neg_value(r, t)
            rel, text = t["render"](r, val)
            kind = "%s:%s" % (t["kind"], how)
            name = t["name"]
        else:
            t = LOOKALIKES[ti]
            rel, text = t["render"](r)
            kind = t["kind"]
            name = t["name"]
        d, _, b = rel.rpartition("/")
        if b in ENV_BLOCKED:
            rel = (d + "/" if d else "") + ".env.example"
        file_rel = "neg/n%04d/%s" % (i, rel)
        write(out, file_rel, text)
        manifest.append({"file": file_rel, "label": "neg", "provider": t["provider"], "kind": kind,
                         "filetype": filetype(rel), "template": name})

    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
