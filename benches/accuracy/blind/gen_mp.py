#!/usr/bin/env python3
"""Blind evaluation-set generator "mp": North American card processing, ACH and banking integrations.

EMPHASIS
  Card gateways and bank APIs used by North American merchants and fintechs: Authorize.Net
  (transaction keys, webhook signature keys), NMI (security keys), USAePay (source keys, PINs),
  Fiserv CardPointe/CardConnect (API passwords), Heartland/Global Payments (skapi_ secret keys,
  GP-API app keys), TSYS TransIT / Cayan (transaction keys, merchant keys), Elavon Converge
  (ssl_pin), Paya Connect, Forte (secure keys), Chase Orbital (connection passwords), Cybersource
  (REST shared secrets, P12 passwords), Worldpay/Vantiv (cnp passwords, Express account tokens),
  Moneris (api_token), Helcim (api-token), Bambora/Worldline NA (API passcodes), Payrix, Finix,
  Stax (JWT API keys), Clover (private API tokens), Dwolla (secrets), Column, Increase, Unit,
  Treasury Prime, Modern Treasury, Synctera, Interac, Canada Post, Flinks, Questrade,
  Wealthsimple, and NACHA bank-drop SFTP credentials (passwords, private keys).
  File types: PHP, Ruby (ActiveMerchant), Python, Java, C#, Node/TypeScript, Go, Magento env.php,
  WooCommerce wp_options SQL rows, .properties, XML / web.config, YAML (Spring, Helm, k8s,
  docker-compose), INI, TOML, shell, SQL, Postman / Insomnia exports, Markdown runbooks, NACHA
  job configs, PEM key files, a few .env files (< 1 in 20 positives).

USAGE
  python3 -B gen_mp.py OUTDIR SEED
  -> OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
     OUTDIR/manifest.jsonl, OUTDIR/secrets.jsonl.  Standard library only; all randomness from
     random.Random(SEED); same SEED -> byte-identical output.

NEEDLE CONVENTIONS
  needle = the secret value exactly as written, without quotes.  Prefixed keys keep their prefix
  (skapi_prod_..., live_..., v2.public....).  Headers: only the token (e.g. the base64 after
  "Passcode ", the JWT after "Bearer ").  URLs with credentials: the password only.  PEM private
  keys: the first base64 line of the body.  Passwords / PINs: the password itself.
  "line" is the 1-based line of the first occurrence; the program asserts it.

NEGATIVES
  250 re-use positive templates with the secret slot holding: placeholders (also French /
  Spanish ones), empty values, masked values, env / secret-manager / Helm / Symfony / SOPS
  references, and providers' documented sandbox values (Authorize.Net sample-code key, NMI demo
  key, Heartland cert SDK key, Moneris store5/yesguy, Bambora doc passcode, Canada Post doc
  credentials, USAePay doc sandbox key).  250 are domain look-alikes: NACHA files, webhook logs
  with HMAC signatures, gateway responses (transaction ids, transHashSha2, auth codes), test card
  PANs, Accept.js public client keys, Clover public tokens, Heartland pkapi_ public keys, NMI
  tokenization keys, JWKs, certificates, PGP / SSH public keys, known_hosts, lock-file hashes,
  Magento encrypted config values, SOPS ciphertext, checksums, UUIDs, routing numbers.
  No negative is written to a .env / .env.<stage> file.

FORMATS CHECKED (from memory of providers' public docs / SDKs; search corpus consulted briefly)
  Authorize.Net: API login id 8-25 chars, transaction key 16 alnum, signature key 128 hex, public
  client key for Accept.js (public); sample-code constants 5KP3u95bQpv / 346HZ32z3fP4hTG2.
  NMI: security key 32 alnum; Collect.js tokenization key 6-6-6-6 groups (public).
  Heartland: skapi_/pkapi_ cert|prod prefixes (SDK examples).  Cayan: merchant key 5x5 groups.
  Elavon Converge: ssl_merchant_id / ssl_user_id / ssl_pin (PIN now 64 alnum upper).
  Cybersource REST SDK config keys (merchantID, merchantKeyId UUID, merchantsecretKey base64 of
  32 bytes); cybs.properties keyPassword.  Bambora: "Authorization: Passcode base64(mid:passcode)".
  Canada Post: user 16 hex : password 22 hex.  Dwolla key/secret 50 alnum.  Unit: v2.public PASETO.
  Modern Treasury: organization id UUID + API key.  CardConnect Java client (endpoint, user, pw).

DOUBTS (guessed)
  Forte secure key (32 hex), Paya Connect user-api-key (32 alnum), Worldpay Express AccountToken
  (64 upper hex), TSYS TransIT transactionKey (32 upper alnum), Moneris api_token (20 alnum),
  Helcim api-token (alphabet/length), Column (live_ + 28), Increase (secret_key_ + 32 hex-ish),
  Modern Treasury key (live- + 50), Treasury Prime / Synctera / Flinks / Interac secret lengths,
  Questrade refresh token (33 alnum), Payrix API key (32 hex), Clover / Finix UUID secrets.
"""
import base64
import hashlib
import json
import os
import random
import string
import sys
import time

LOW = string.ascii_lowercase
UPP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UPP + DIG
UPAN = UPP + DIG
LOAN = LOW + DIG
HEXL = '0123456789abcdef'
HEXU = '0123456789ABCDEF'
B64URL = ALNUM + '-_'


def rs(r, alpha, n):
    return ''.join(r.choice(alpha) for _ in range(n))


def mixed(r, alpha, n):
    """random string containing at least one char of each class present in alpha"""
    classes = [c for c in (LOW, UPP, DIG) if any(ch in alpha for ch in c)]
    while True:
        s = rs(r, alpha, n)
        if all(any(ch in c for ch in s) for c in classes):
            return s


def hexs(r, n, upper=False):
    while True:
        s = rs(r, HEXU if upper else HEXL, n)
        if sum(ch.isdigit() for ch in s) >= 2 and sum(ch.isalpha() for ch in s) >= 2:
            return s


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def uuid4(r):
    h = list(rs(r, HEXL, 32))
    h[12] = '4'
    h[16] = r.choice('89ab')
    h = ''.join(h)
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


WORDS = ['Maple', 'Harbor', 'Falcon', 'Cedar', 'Prairie', 'Tundra', 'Quartz', 'Comet', 'Otter',
         'Birch', 'Summit', 'Raven', 'Cobalt', 'Juniper', 'Aurora', 'Moose', 'Loonie', 'Timber',
         'Granite', 'Walnut', 'Pelican', 'Bison', 'Glacier', 'Canyon', 'Lantern', 'Pepper']
SYMS = '!*-_+=.~'


def g_password(r):
    k = r.randrange(5)
    if k == 0:
        s = r.choice(WORDS) + r.choice(SYMS) + rs(r, DIG, r.randint(3, 4)) + rs(r, LOW, 2) + r.choice(UPP)
    elif k == 1:
        while True:
            s = rs(r, ALNUM + SYMS, r.randint(14, 20))
            if any(c in SYMS for c in s) and any(c.isdigit() for c in s) and any(c.isupper() for c in s):
                break
    elif k == 2:
        s = ''.join(r.choice('bcdfghjkmnprstvz') + r.choice('aeiou') for _ in range(3))
        s = s[:2].upper() + s[2:] + rs(r, DIG, 2) + r.choice('bcdfghjkmnprstvz') + r.choice(UPP) + rs(r, DIG, 1) + r.choice(SYMS)
    elif k == 3:
        s = r.choice(WORDS).lower() + r.choice('.-_') + r.choice(WORDS) + rs(r, DIG, 2) + r.choice('!*~') + rs(r, UPAN, 3)
    else:
        s = mixed(r, ALNUM, r.randint(12, 18)) + r.choice(SYMS) + rs(r, DIG, 1)
    return s


# ---------------------------------------------------------------- secret generators
def g_anet_txn(r): return mixed(r, ALNUM, 16)
def g_anet_sig(r): return hexs(r, 128, upper=True)
def g_nmi(r): return mixed(r, ALNUM, 32)
def g_usaepay_src(r): return mixed(r, ALNUM, 32)
def g_usaepay_pin(r): return mixed(r, ALNUM, r.randint(8, 12))
def g_hps(r): return 'skapi_' + r.choice(['prod', 'prod', 'prod', 'cert']) + '_' + mixed(r, ALNUM, 43)
def g_gp_appkey(r): return mixed(r, ALNUM, 16)
def g_cayan(r): return '-'.join(mixed(r, UPAN, 5) if i % 2 else rs(r, UPAN, 5) for i in range(5))
def g_tsys(r): return mixed(r, UPAN, 32)
def g_elavon(r): return mixed(r, UPAN, 64)
def g_paya(r): return mixed(r, ALNUM, 32)
def g_forte(r): return hexs(r, 32)
def g_cybs(r): return b64(rbytes(r, 32))
def g_vantiv_tok(r): return hexs(r, 64, upper=True)
def g_moneris(r): return mixed(r, ALNUM, 20)
def g_helcim(r): return mixed(r, ALNUM, 22) + r.choice('.-_') + mixed(r, ALNUM, 21) + r.choice('.-_') + mixed(r, ALNUM, 14)
def g_bambora(r):
    return ''.join(c.upper() if r.random() < .4 else c for c in hexs(r, 32))
def g_payrix(r): return hexs(r, 32)
def g_uuid(r): return uuid4(r)
def g_dwolla(r): return mixed(r, ALNUM, 50)
def g_column(r): return 'live_' + mixed(r, ALNUM, 28)
def g_increase(r): return 'secret_key_' + mixed(r, LOAN, 32)
def g_mt(r): return 'live-' + mixed(r, ALNUM, 50)
def g_generic32(r): return mixed(r, ALNUM, 32)
def g_generic40(r): return mixed(r, ALNUM, 40)
def g_hex64(r): return hexs(r, 64)
def g_cpost(r): return hexs(r, 22)
def g_questrade(r): return mixed(r, ALNUM, 33)
def g_whsec(r): return 'whsec_' + b64(rbytes(r, 24))


def g_unit(r):
    payload = json.dumps({"role": "admin", "userType": "org", "sub": "user/%d" % r.randint(1000, 99999),
                          "exp": "2026-%02d-%02dT00:00:00.000Z" % (r.randint(1, 12), r.randint(1, 28)),
                          "scope": "customers accounts payments transactions"}, separators=(',', ':'))
    return 'v2.public.' + b64u(payload.encode() + rbytes(r, 64))


def g_jwt_stax(r):
    hdr = b64u(b'{"typ":"JWT","alg":"HS256"}')
    now = r.randint(1600000000, 1750000000)
    pl = {"iss": "https://apiprod.fattlabs.com/team/apikey", "iat": now, "nbf": now,
          "jti": mixed(r, ALNUM, 16), "sub": uuid4(r), "prv": hexs(r, 40), "merchant": uuid4(r),
          "godUser": False, "brand": "fattmerchant"}
    return hdr + '.' + b64u(json.dumps(pl, separators=(',', ':')).encode()) + '.' + b64u(rbytes(r, 32))


def g_wsimple(r):
    hdr = b64u(b'{"alg":"RS256","typ":"JWT","kid":"%s"}' % mixed(r, ALNUM, 10).encode())
    pl = {"sub": "user-" + mixed(r, LOAN, 22), "iss": "https://api.production.wealthsimple.com",
          "aud": "trade", "exp": r.randint(1700000000, 1790000000), "scope": "invest.read trade.read"}
    return hdr + '.' + b64u(json.dumps(pl, separators=(',', ':')).encode()) + '.' + b64u(rbytes(r, 256))


def der_len(n):
    if n < 128:
        return bytes([n])
    if n < 256:
        return bytes([0x81, n])
    return bytes([0x82, n >> 8, n & 255])


def der_int(r, nbytes):
    body = bytes([r.randint(0x80, 0xff)]) + rbytes(r, nbytes - 1)
    body = b'\x00' + body
    return b'\x02' + der_len(len(body)) + body


def rsa_der(r):
    parts = b'\x02\x01\x00' + der_int(r, 256) + b'\x02\x03\x01\x00\x01' + der_int(r, 256)
    for n in (128, 128, 128, 128, 128):
        parts += der_int(r, n)
    return b'\x30' + der_len(len(parts)) + parts


def pem(label, der):
    s = b64(der)
    return '-----BEGIN %s-----\n%s\n-----END %s-----\n' % (label, '\n'.join(s[i:i + 64] for i in range(0, len(s), 64)), label)


def g_pem_key(r):
    k = r.randrange(3)
    if k == 0:
        return pem('RSA PRIVATE KEY', rsa_der(r))
    if k == 1:
        inner = rsa_der(r)
        alg = bytes.fromhex('300d06092a864886f70d0101010500')
        octet = b'\x04' + der_len(len(inner)) + inner
        body = b'\x02\x01\x00' + alg + octet
        return pem('PRIVATE KEY', b'\x30' + der_len(len(body)) + body)
    body = b'\x02\x01\x01\x04\x20' + rbytes(r, 32) + bytes.fromhex('a00a06082a8648ce3d030107a144034200') + b'\x04' + rbytes(r, 64)
    return pem('EC PRIVATE KEY', b'\x30' + der_len(len(body)) + body)


def pem_needle(v):
    return v.splitlines()[1]


# ---------------------------------------------------------------- companions (public values)
COS = ['northwind', 'maplecart', 'prairiepay', 'lakeshore', 'bluefin-retail', 'cedarbay', 'timberline',
       'harborview', 'granitepeak', 'loonshop', 'redriver', 'sunbelt-dental', 'tallgrass', 'evergreen-ed']
BANKS = ['sftp.firstmidwestbank.com', 'mft.columbiatrust.net', 'files.bankofprairie.com',
         'sftp.achgateway.pinnaclecu.org', 'transfer.greatlakesfed.com', 'securefile.westerncapital.bank',
         'sftp.rbcroyalbank-mft.com', 'edi.tdcommerce-mft.ca']


def co(r): return r.choice(COS)
def anet_login(r): return mixed(r, ALNUM, r.randint(9, 12))
def digits(r, n): return str(r.randint(1, 9)) + rs(r, DIG, n - 1)
def routing(r):
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        d[0] = r.choice([0, 1, 2, 3])
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        c = (10 - s % 10) % 10
        return ''.join(map(str, d)) + str(c)


def nmi_tokkey(r): return '-'.join(mixed(r, ALNUM, 6) for _ in range(4))
def anet_client_key(r): return mixed(r, ALNUM, 64)
def user(r): return r.choice(['svc_', 'api', 'ach_', 'pay', '']) + r.choice(['billing', 'payments', 'treasury', 'ops', 'recon', 'ledger']) + rs(r, DIG, r.randint(0, 3))
def who(r): return r.choice(['mchen', 'jtremblay', 'agarcia', 'pkowalski', 'sroy', 'dnguyen', 'lbouchard', 'kpatel', 'rsmith', 'ecote'])
def date(r): return '20%02d-%02d-%02d' % (r.randint(19, 25), r.randint(1, 12), r.randint(1, 28))


def cm(r, style, lines):
    """optional comment block"""
    if r.random() < 0.45:
        return ''
    t = r.choice(lines)
    if style == '#':
        return '# ' + t + '\n'
    if style == '//':
        return '// ' + t + '\n'
    if style == ';':
        return '; ' + t + '\n'
    if style == '--':
        return '-- ' + t + '\n'
    if style == '<!--':
        return '<!-- ' + t + ' -->\n'
    return ''


NOTES = ['prod credentials - rotate quarterly', 'do not share outside #payments', 'TODO move to vault',
         'set by ops (ticket PAY-%d)', 'rotated after PCI review', 'credentials for the live merchant account',
         'ask finance before changing', 'clé de production - ne pas partager', 'credenciales de producción',
         'per onboarding email from the ISO', 'keep in sync with staging']


def note(r):
    n = r.choice(NOTES)
    return n % r.randint(100, 9999) if '%d' in n else n


def xesc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def shuf(r, items, fixed_first=0):
    head, tail = items[:fixed_first], items[fixed_first:]
    r.shuffle(tail)
    return head + tail

# ---------------------------------------------------------------- positive templates
POS_T = []
ANET_EX = ['346HZ32z3fP4hTG2']
NMI_EX = ['6457Thfj624V5r7WUwc5v6a68Zsd6YEm']
HPS_EX = ['skapi_cert_MTyMAQBiHVEAewvIzXVFcFsHiLZbxZOAvrGnxJnfrwA']
MONERIS_EX = ['yesguy', 'yesguy1']
BAMBORA_EX = ['4BaD82D9197b4cc4b70a221911eE9f70']
CPOST_EX = ['0bfa9fcb9853d1f51ee57a']
USAEPAY_EX = ['_V87Qtb513Cd3vabM7RC0TbtJWeSo8p7']


def T(name, provider, kind, filetype, gen, examples=(), needle=None, env=False):
    def deco(fn):
        POS_T.append(dict(name=name, provider=provider, kind=kind, filetype=filetype, gen=gen,
                          render=fn, examples=list(examples), needle=needle, env=env))
        return fn
    return deco


@T('anet_php_define', 'authorizenet', 'transaction_key', 'php', g_anet_txn, ANET_EX)
def _(r, v):
    lid = anet_login(r)
    env = r.choice(['PRODUCTION', 'SANDBOX'])
    lines = ["<?php", cm(r, '//', ['Authorize.Net gateway settings', note(r)]).rstrip('\n'),
             "define('AUTHORIZENET_API_LOGIN_ID', '%s');" % lid,
             "define('AUTHORIZENET_TRANSACTION_KEY', '%s');" % v,
             "define('AUTHORIZENET_ENV', \\net\\authorize\\api\\constants\\ANetEnvironment::%s);" % env,
             "define('AUTHORIZENET_LOG_FILE', __DIR__ . '/../storage/logs/anet.log');", ""]
    return r.choice(['config/authorizenet.php', 'includes/anet-config.php', 'app/config/payment_constants.php']), '\n'.join(l for l in lines if l) + '\n'


@T('anet_php_sdk', 'authorizenet', 'transaction_key', 'php', g_anet_txn, ANET_EX)
def _(r, v):
    lid = anet_login(r)
    cls = r.choice(['AuthNetGateway', 'AuthorizeNetCharger', 'CardProcessor'])
    t = """<?php

namespace App\\Payments;

use net\\authorize\\api\\contract\\v1 as AnetAPI;
use net\\authorize\\api\\controller as AnetController;

class %s
{
    private function auth(): AnetAPI\\MerchantAuthenticationType
    {
        $merchantAuthentication = new AnetAPI\\MerchantAuthenticationType();
        $merchantAuthentication->setName("%s");
        $merchantAuthentication->setTransactionKey("%s");
        return $merchantAuthentication;
    }

    public function charge(string $opaqueValue, float $amount): ?string
    {
        $refId = 'ref' . time();
        $opaqueData = new AnetAPI\\OpaqueDataType();
        $opaqueData->setDataDescriptor("COMMON.ACCEPT.INAPP.PAYMENT");
        $opaqueData->setDataValue($opaqueValue);
        $payment = new AnetAPI\\PaymentType();
        $payment->setOpaqueData($opaqueData);
        $tx = new AnetAPI\\TransactionRequestType();
        $tx->setTransactionType("authCaptureTransaction");
        $tx->setAmount($amount);
        $tx->setPayment($payment);
        $request = new AnetAPI\\CreateTransactionRequest();
        $request->setMerchantAuthentication($this->auth());
        $request->setRefId($refId);
        $request->setTransactionRequest($tx);
        $controller = new AnetController\\CreateTransactionController($request);
        $response = $controller->executeWithApiResponse(\\net\\authorize\\api\\constants\\ANetEnvironment::PRODUCTION);
        return $response ? $response->getTransactionResponse()->getTransId() : null;
    }
}
""" % (cls, lid, v)
    return 'app/Payments/%s.php' % cls, t


@T('anet_activemerchant', 'authorizenet', 'transaction_key', 'ruby', g_anet_txn, ANET_EX)
def _(r, v):
    lid = anet_login(r)
    t = """# frozen_string_literal: true
%s
Rails.application.config.to_prepare do
  ActiveMerchant::Billing::Base.mode = Rails.env.production? ? :production : :test

  PAYMENT_GATEWAY = ActiveMerchant::Billing::AuthorizeNetGateway.new(
    login:    '%s',
    password: '%s',
    test:     !Rails.env.production?
  )
end
""" % (cm(r, '#', [note(r), 'AuthorizeNet CIM/AIM via ActiveMerchant']).rstrip('\n'), lid, v)
    return 'config/initializers/payment_gateway.rb', t


@T('anet_python_sdk', 'authorizenet', 'transaction_key', 'python', g_anet_txn, ANET_EX)
def _(r, v):
    lid = anet_login(r)
    name = r.choice(['transactionKey', 'TRANSACTION_KEY'])
    if name == 'transactionKey':
        t = """from authorizenet import apicontractsv1
from authorizenet.apicontrollers import createTransactionController
from authorizenet.constants import constants


def merchant_auth():
    auth = apicontractsv1.merchantAuthenticationType()
    auth.name = "%s"
    auth.transactionKey = "%s"
    return auth


def refund(trans_id, last4, amount):
    req = apicontractsv1.createTransactionRequest()
    req.merchantAuthentication = merchant_auth()
    tx = apicontractsv1.transactionRequestType()
    tx.transactionType = "refundTransaction"
    tx.amount = amount
    tx.refTransId = trans_id
    card = apicontractsv1.creditCardType()
    card.cardNumber = last4
    card.expirationDate = "XXXX"
    tx.payment = apicontractsv1.paymentType(creditCard=card)
    req.transactionRequest = tx
    ctl = createTransactionController(req)
    ctl.setenvironment(constants.PRODUCTION)
    ctl.execute()
    return ctl.getresponse()
""" % (lid, v)
    else:
        t = """\"\"\"Authorize.Net settings for the billing worker.\"\"\"
import os

API_LOGIN_ID = os.getenv("ANET_API_LOGIN_ID", "%s")
TRANSACTION_KEY = "%s"
USE_SANDBOX = os.getenv("ANET_SANDBOX", "0") == "1"
ENDPOINT = "https://apitest.authorize.net/xml/v1/request.api" if USE_SANDBOX else "https://api.authorize.net/xml/v1/request.api"
TIMEOUT_SECONDS = 30
""" % (lid, v)
    return r.choice(['billing/anet_client.py', 'payments/authorizenet/settings.py', 'worker/gateways/anet.py']), t


@T('anet_csharp', 'authorizenet', 'transaction_key', 'csharp', g_anet_txn, ANET_EX)
def _(r, v):
    lid = anet_login(r)
    t = """using AuthorizeNet.Api.Contracts.V1;
using AuthorizeNet.Api.Controllers.Bases;

namespace %s.Billing
{
    public static class AuthorizeNetBootstrap
    {
        public static void Configure(bool production)
        {
            ApiOperationBase<ANetApiRequest, ANetApiResponse>.RunEnvironment =
                production ? AuthorizeNet.Environment.PRODUCTION : AuthorizeNet.Environment.SANDBOX;

            ApiOperationBase<ANetApiRequest, ANetApiResponse>.MerchantAuthentication = new merchantAuthenticationType()
            {
                name = "%s",
                ItemElementName = ItemChoiceType.transactionKey,
                Item = "%s",
            };
        }
    }
}
""" % (co(r).title().replace('-', ''), lid, v)
    return 'src/Billing/AuthorizeNetBootstrap.cs', t


@T('anet_spring_props', 'authorizenet', 'transaction_key', 'properties', g_anet_txn, ANET_EX)
def _(r, v):
    lid = anet_login(r)
    rows = ['authorizenet.api-login-id=%s' % lid, 'authorizenet.transaction-key=%s' % v,
            'authorizenet.environment=PRODUCTION', 'authorizenet.connect-timeout-ms=15000']
    pre = ['spring.application.name=checkout-service', 'server.port=8080',
           'spring.datasource.url=jdbc:postgresql://db.internal:5432/checkout', 'management.endpoints.web.exposure.include=health,info']
    post = ['logging.level.net.authorize=WARN', 'checkout.currency=USD']
    body = pre[:r.randint(1, 4)] + [''] + [cm(r, '#', ['Authorize.Net', note(r)]).rstrip('\n')] + rows + [''] + post
    return 'src/main/resources/application-prod.properties', '\n'.join(body).replace('\n\n\n', '\n\n') + '\n'


@T('anet_sigkey_yaml', 'authorizenet', 'signature_key', 'yaml', g_anet_sig)
def _(r, v):
    t = """webhooks:
  authorize_net:
    endpoint: /hooks/anet
    events:
      - net.authorize.payment.authcapture.created
      - net.authorize.payment.refund.created
      - net.authorize.customer.subscription.suspended
    # X-ANET-Signature is HMAC-SHA512 of the body with the signature key
    signature_key: "%s"
  retry:
    max_attempts: 5
""" % v
    return r.choice(['config/webhooks.yml', 'deploy/config/webhooks.yaml']), t


@T('anet_sigkey_node', 'authorizenet', 'signature_key', 'js', g_anet_sig)
def _(r, v):
    t = """'use strict';
const crypto = require('crypto');

const ANET_SIGNATURE_KEY = '%s';

function verifyAnetSignature(req, res, next) {
  const header = req.get('X-ANET-Signature') || '';
  const expected = 'sha512=' + crypto
    .createHmac('sha512', ANET_SIGNATURE_KEY)
    .update(req.rawBody)
    .digest('hex')
    .toUpperCase();
  if (header.toUpperCase() !== expected) {
    return res.status(401).json({ error: 'bad signature' });
  }
  return next();
}

module.exports = { verifyAnetSignature };
""" % v
    return 'src/middleware/anetWebhook.js', t


def php_ser(d):
    out = []
    for k, val in d:
        out.append('s:%d:"%s";s:%d:"%s";' % (len(k), k, len(val.encode()), val))
    return 'a:%d:{%s}' % (len(d), ''.join(out))


@T('anet_woo_sql', 'authorizenet', 'transaction_key', 'sql', g_anet_txn, ANET_EX)
def _(r, v):
    lid = anet_login(r)
    d = [('enabled', 'yes'), ('title', 'Credit Card'), ('environment', 'production'),
         ('api_login_id', lid), ('api_transaction_key', v), ('transaction_type', 'charge'), ('debug_mode', 'off')]
    oid = r.randint(300, 9000)
    t = """-- wp_options export from %s (%s)
INSERT INTO `wp_options` (`option_id`, `option_name`, `option_value`, `autoload`) VALUES
(%d, 'woocommerce_authorize_net_cim_credit_card_settings', '%s', 'yes'),
(%d, 'woocommerce_currency', 'USD', 'yes');
""" % (co(r), date(r), oid, php_ser(d), oid + 1)
    return r.choice(['db/seeds/wp_options_payments.sql', 'sql/staging_options.sql']), t


@T('anet_magento_env', 'authorizenet', 'transaction_key', 'php', g_anet_txn, ANET_EX)
def _(r, v):
    t = """<?php
return [
    'backend' => [
        'frontName' => 'admin_%s'
    ],
    'db' => [
        'connection' => [
            'default' => [
                'host' => 'mysql.internal',
                'dbname' => 'magento',
                'username' => 'magento',
                'password' => getenv('MAGENTO_DB_PASSWORD'),
            ]
        ]
    ],
    'system' => [
        'default' => [
            'payment' => [
                'authorizenet_acceptjs' => [
                    'active' => '1',
                    'environment' => 'production',
                    'login' => '%s',
                    'trans_key' => '%s',
                    'public_client_key' => '%s',
                    'payment_action' => 'authorize'
                ]
            ]
        ]
    ],
    'MAGE_MODE' => 'production'
];
""" % (rs(r, LOAN, 6), anet_login(r), v, anet_client_key(r))
    return 'app/etc/env.php', t


@T('nmi_php', 'nmi', 'security_key', 'php', g_nmi, NMI_EX)
def _(r, v):
    t = """<?php

class NmiGateway
{
    const ENDPOINT = 'https://secure.nmi.com/api/transact.php';
    private $securityKey = '%s';

    public function sale($paymentToken, $amount, $orderId)
    {
        $query = http_build_query([
            'security_key'  => $this->securityKey,
            'type'          => 'sale',
            'payment_token' => $paymentToken,
            'amount'        => number_format($amount, 2, '.', ''),
            'orderid'       => $orderId,
        ]);
        $ch = curl_init(self::ENDPOINT);
        curl_setopt($ch, CURLOPT_POST, 1);
        curl_setopt($ch, CURLOPT_POSTFIELDS, $query);
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);
        $data = curl_exec($ch);
        curl_close($ch);
        parse_str($data, $resp);
        return $resp;
    }
}
""" % v
    return r.choice(['lib/Nmi/NmiGateway.php', 'src/Gateway/NmiGateway.php']), t


@T('nmi_node', 'nmi', 'security_key', 'js', g_nmi, NMI_EX)
def _(r, v):
    t = """import axios from 'axios';
import qs from 'querystring';

const NMI_URL = 'https://secure.networkmerchants.com/api/transact.php';
const NMI_SECURITY_KEY = "%s";

export async function voidTransaction(transactionid) {
  const body = qs.stringify({ security_key: NMI_SECURITY_KEY, type: 'void', transactionid });
  const { data } = await axios.post(NMI_URL, body, { timeout: 20000 });
  return qs.parse(data);
}
""" % v
    return r.choice(['src/lib/nmi.ts', 'server/payments/nmi.js']), t


@T('nmi_yaml', 'nmi', 'security_key', 'yaml', g_nmi, NMI_EX)
def _(r, v):
    t = """payments:
  provider: nmi
  nmi:
    api_url: https://secure.nmi.com/api/transact.php
    query_url: https://secure.nmi.com/api/query.php
    # Collect.js tokenization key (public, goes to the browser)
    tokenization_key: %s
    security_key: %s
    descriptor: %s
""" % (nmi_tokkey(r), v, co(r).upper()[:20])
    return r.choice(['config/payments.yml', 'config/settings/production.yaml']), t


@T('nmi_shell', 'nmi', 'security_key', 'shell', g_nmi, NMI_EX)
def _(r, v):
    t = """#!/usr/bin/env bash
# pull yesterday's settled batch from NMI for the recon job
set -euo pipefail
SECURITY_KEY="%s"
START=$(date -d yesterday +%%Y%%m%%d)000000
END=$(date -d yesterday +%%Y%%m%%d)235959
curl -sS https://secure.nmi.com/api/query.php \\
  -d "security_key=${SECURITY_KEY}" \\
  -d "condition=complete" \\
  -d "start_date=${START}" -d "end_date=${END}" > "/var/recon/nmi_${START:0:8}.xml"
""" % v
    return 'scripts/recon/nmi_pull.sh', t


@T('nmi_sql_setting', 'nmi', 'security_key', 'sql', g_nmi, NMI_EX)
def _(r, v):
    rows = [("'nmi'", "'security_key'", "'%s'" % v), ("'nmi'", "'tokenization_key'", "'%s'" % nmi_tokkey(r)),
            ("'nmi'", "'processor_id'", "'%s'" % r.choice(['ccprocessora', 'ccprocessorb'])), ("'nmi'", "'mode'", "'live'")]
    rows = shuf(r, rows)
    t = "-- gateway settings for tenant %s\nINSERT INTO payment_gateway_settings (gateway, setting_key, setting_value) VALUES\n" % co(r)
    t += ',\n'.join('  (%s, %s, %s)' % x for x in rows) + ';\n'
    return r.choice(['db/migrations/20%02d%02d_seed_gateway_settings.sql' % (r.randint(19, 25), r.randint(1, 12)), 'database/seeds/gateway.sql']), t


@T('usaepay_php_classic', 'usaepay', 'source_key', 'php', g_usaepay_src, USAEPAY_EX)
def _(r, v):
    t = """<?php
include "usaepay.php";

$tran = new umTransaction;
$tran->key = "%s";
$tran->usesandbox = false;
$tran->ip = $_SERVER['REMOTE_ADDR'];
$tran->testmode = 0;
$tran->command = "cc:sale";
$tran->cardref = $_POST['payment_key'];
$tran->amount = $order->total;
$tran->invoice = $order->id;
$tran->description = "Online order";

if ($tran->Process()) {
    $order->markPaid($tran->refnum, $tran->authcode);
} else {
    error_log("usaepay decline: " . $tran->error);
}
""" % v
    return r.choice(['checkout/process_payment.php', 'public/pay.php']), t


@T('usaepay_pin_py', 'usaepay', 'pin', 'python', g_usaepay_pin)
def _(r, v):
    t = """import hashlib
import os
import secrets

USAEPAY_API_KEY = os.environ["USAEPAY_API_KEY"]
USAEPAY_PIN = "%s"


def auth_header():
    seed = secrets.token_hex(8)
    prehash = USAEPAY_API_KEY + seed + USAEPAY_PIN
    apihash = "s2/" + seed + "/" + hashlib.sha256(prehash.encode()).hexdigest()
    return USAEPAY_API_KEY, apihash
""" % v
    return r.choice(['payments/usaepay_auth.py', 'app/integrations/usaepay.py']), t


@T('usaepay_ini', 'usaepay', 'source_key', 'ini', g_usaepay_src, USAEPAY_EX)
def _(r, v):
    t = """[general]
store = %s
currency = USD

[usaepay]
%ssourcekey = %s
endpoint = https://usaepay.com/api/v2/
sandbox = false

[logging]
level = info
""" % (co(r), cm(r, ';', [note(r)]), v)
    return r.choice(['conf/gateway.ini', 'etc/pos/usaepay.ini']), t


@T('cardconnect_yaml', 'cardconnect', 'password', 'yaml', g_password)
def _(r, v):
    site = r.choice(['fts', 'fts-uat', co(r)])
    t = """cardpointe:
  site: %s
  base_url: https://%s.cardconnect.com/cardconnect/rest
  merchid: "%s"
  username: %s
  password: "%s"
  capture: true
  ecomind: E
""" % (site, site, digits(r, 12), user(r), v)
    return r.choice(['config/cardpointe.yml', 'services/billing/config/prod.yaml']), t


@T('cardconnect_java', 'cardconnect', 'password', 'java', g_password)
def _(r, v):
    t = """package com.%s.payments.cardpointe;

import com.cardconnect.rest.CardConnectRestClient;
import org.json.simple.JSONObject;

public final class CardPointeClientFactory {
    private static final String ENDPOINT = "https://fts.cardconnect.com/cardconnect/rest";
    private static final String USERNAME = "%s";
    private static final String PASSWORD = "%s";
    public static final String MERCHANT_ID = "%s";

    private CardPointeClientFactory() {}

    public static CardConnectRestClient create() {
        return new CardConnectRestClient(ENDPOINT, USERNAME, PASSWORD);
    }
}
""" % (co(r).replace('-', ''), user(r), v, digits(r, 12))
    return 'src/main/java/com/acme/payments/cardpointe/CardPointeClientFactory.java', t


@T('heartland_php', 'heartland', 'secret_api_key', 'php', g_hps, HPS_EX)
def _(r, v):
    t = """<?php

use GlobalPayments\\Api\\ServiceConfigs\\Gateways\\PorticoConfig;
use GlobalPayments\\Api\\ServicesContainer;

$config = new PorticoConfig();
$config->secretApiKey = '%s';
$config->developerId = '%s';
$config->versionNumber = '%s';
$config->serviceUrl = 'https://api2.heartlandportico.com';
ServicesContainer::configureService($config);
""" % (v, digits(r, 6), digits(r, 4))
    return r.choice(['bootstrap/heartland.php', 'src/Payment/heartland_config.php']), t


@T('heartland_csharp', 'heartland', 'secret_api_key', 'csharp', g_hps, HPS_EX)
def _(r, v):
    t = """using GlobalPayments.Api;
using GlobalPayments.Api.Services;

namespace Pos.Gateway
{
    internal static class Portico
    {
        internal static void Init()
        {
            ServicesContainer.ConfigureService(new PorticoConfig
            {
                SecretApiKey = "%s",
                ServiceUrl = "https://api2.heartlandportico.com",
                DeveloperId = "%s",
                VersionNumber = "%s"
            });
        }
    }
}
""" % (v, digits(r, 6), digits(r, 4))
    return 'Pos.Gateway/Portico.cs', t


@T('gpapi_node', 'globalpayments', 'app_key', 'js', g_gp_appkey)
def _(r, v):
    t = """const { GpApiConfig, ServicesContainer, Environment, Channel } = require('globalpayments-api');

const config = new GpApiConfig();
config.appId = '%s';
config.appKey = '%s';
config.environment = Environment.Production;
config.channel = Channel.CardNotPresent;
config.country = 'US';
ServicesContainer.configureService(config);

module.exports = config;
""" % (mixed(r, ALNUM, 32), v)
    return 'src/config/gpapi.js', t


@T('cayan_webconfig', 'cayan', 'merchant_key', 'xml', g_cayan)
def _(r, v):
    t = """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Cayan.MerchantName" value="%s" />
    <add key="Cayan.MerchantSiteId" value="%s" />
    <add key="Cayan.MerchantKey" value="%s" />
    <add key="Cayan.WebServiceUrl" value="https://ps1.merchantware.net/Merchantware/ws/RetailTransaction/v45/Credit.asmx" />
    <add key="Genius.DeviceIp" value="10.20.%d.%d" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.7.2" />
  </system.web>
</configuration>
""" % (co(r).upper(), rs(r, UPAN, 8), xesc(v), r.randint(0, 255), r.randint(2, 250))
    return r.choice(['Web.config', 'src/PosService/App.config']), t


@T('tsys_json', 'tsys', 'transaction_key', 'json', g_tsys)
def _(r, v):
    d = {"gateway": "transit", "endpoint": "https://gateway.transit-pass.com/servlets/TransNox_API_Server",
         "mid": digits(r, 12), "deviceID": digits(r, 14), "developerID": digits(r, 9) + "G" + digits(r, 3),
         "transactionKey": v, "timeoutMs": 30000}
    return r.choice(['config/tsys.json', 'src/main/resources/transit.json']), json.dumps(d, indent=2) + '\n'


@T('tsys_tfvars', 'tsys', 'transaction_key', 'hcl', g_tsys)
def _(r, v):
    t = """region             = "us-east-1"
environment        = "prod"
transit_mid        = "%s"
transit_device_id  = "%s"
transit_txn_key    = "%s"
alert_email        = "payments-oncall@%s.com"
""" % (digits(r, 12), digits(r, 14), v, co(r))
    return 'infra/terraform/prod.tfvars', t


@T('elavon_php', 'elavon', 'pin', 'php', g_elavon)
def _(r, v):
    t = """<?php
// Converge (Elavon) hosted payments session token
$fields = [
    'ssl_merchant_id'      => '%s',
    'ssl_user_id'          => 'apiuser%s',
    'ssl_pin'              => '%s',
    'ssl_transaction_type' => 'ccsale',
    'ssl_amount'           => $amount,
];
$ch = curl_init('https://api.convergepay.com/hosted-payments/transaction_token');
curl_setopt($ch, CURLOPT_POST, true);
curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query($fields));
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$sessionToken = curl_exec($ch);
curl_close($ch);
echo $sessionToken;
""" % (digits(r, 7), digits(r, 6), v)
    return r.choice(['public/converge/token.php', 'converge_token.php']), t


@T('elavon_compose', 'elavon', 'pin', 'yaml', g_elavon)
def _(r, v):
    t = """version: "3.8"
services:
  checkout:
    image: registry.%s.io/checkout:%d.%d.%d
    ports:
      - "8080:8080"
    environment:
      CONVERGE_URL: https://api.convergepay.com/VirtualMerchant/processxml.do
      CONVERGE_MERCHANT_ID: "%s"
      CONVERGE_USER_ID: webpos%s
      CONVERGE_PIN: %s
      LOG_LEVEL: info
    restart: unless-stopped
""" % (co(r), r.randint(1, 4), r.randint(0, 20), r.randint(0, 9), digits(r, 7), digits(r, 3), v)
    return 'docker-compose.prod.yml', t


@T('elavon_props', 'elavon', 'pin', 'properties', g_elavon)
def _(r, v):
    t = """# Converge
converge.url=https://api.convergepay.com/VirtualMerchant/processxml.do
converge.merchant_id=%s
converge.user_id=apiuser%s
converge.pin=%s
converge.vendor_id=%s
""" % (digits(r, 7), digits(r, 6), v, rs(r, UPAN, 8))
    return 'src/main/resources/converge.properties', t


@T('paya_ruby', 'paya', 'api_key', 'ruby', g_paya)
def _(r, v):
    t = """module Paya
  class Client
    BASE_URL = 'https://api.payaconnect.com/v2'.freeze
    USER_ID = '%s'.freeze
    USER_API_KEY = '%s'.freeze
    DEVELOPER_ID = '%s'.freeze

    def headers
      {
        'user-id' => USER_ID,
        'user-api-key' => USER_API_KEY,
        'developer-id' => DEVELOPER_ID,
        'Content-Type' => 'application/json'
      }
    end
  end
end
""" % (hexs(r, 24), v, mixed(r, ALNUM, 8))
    return 'lib/paya/client.rb', t


@T('forte_python', 'forte', 'secure_key', 'python', g_forte)
def _(r, v):
    org = 'org_' + digits(r, 6)
    loc = 'loc_' + digits(r, 6)
    t = """import base64
import requests

FORTE_API = "https://api.forte.net/v3"
FORTE_ORG_ID = "%s"
FORTE_LOCATION_ID = "%s"
FORTE_ACCESS_ID = "%s"
FORTE_SECURE_KEY = "%s"


def _headers():
    token = base64.b64encode(f"{FORTE_ACCESS_ID}:{FORTE_SECURE_KEY}".encode()).decode()
    return {"Authorization": f"Basic {token}", "X-Forte-Auth-Organization-Id": FORTE_ORG_ID}


def create_echeck(amount, routing, account, name):
    url = f"{FORTE_API}/organizations/{FORTE_ORG_ID}/locations/{FORTE_LOCATION_ID}/transactions"
    body = {"action": "sale", "authorization_amount": amount,
            "echeck": {"account_holder": name, "routing_number": routing, "account_number": account, "account_type": "checking"}}
    return requests.post(url, json=body, headers=_headers(), timeout=30).json()
""" % (org, loc, hexs(r, 32), v)
    return r.choice(['ach/forte_client.py', 'billing/forte.py']), t


@T('forte_yaml', 'forte', 'secure_key', 'yaml', g_forte)
def _(r, v):
    t = """forte:
  organization_id: org_%s
  location_id: loc_%s
  api_access_id: %s
  api_secure_key: %s
  sandbox: false
""" % (digits(r, 6), digits(r, 6), hexs(r, 32), v)
    return 'config/ach.yml', t


@T('orbital_xml', 'chase_orbital', 'password', 'xml', g_password)
def _(r, v):
    t = """<?xml version="1.0" encoding="UTF-8"?>
<orbital-config>
  <endpoint primary="https://orbital1.chasepaymentech.net/authorize" secondary="https://orbital2.chasepaymentech.net/authorize"/>
  <OrbitalConnectionUsername>%s</OrbitalConnectionUsername>
  <OrbitalConnectionPassword>%s</OrbitalConnectionPassword>
  <BIN>000001</BIN>
  <MerchantID>%s</MerchantID>
  <TerminalID>001</TerminalID>
</orbital-config>
""" % (rs(r, UPP, 4) + digits(r, 4), xesc(v), digits(r, 12))
    return 'conf/orbital.xml', t


@T('orbital_activemerchant', 'chase_orbital', 'password', 'ruby', g_password)
def _(r, v):
    t = """# Chase Paymentech Orbital
ORBITAL = ActiveMerchant::Billing::OrbitalGateway.new(
  login: '%s',
  password: '%s',
  merchant_id: '%s',
  bin: '000001',
  terminal_id: '001'
)
""" % (rs(r, UPP, 4) + digits(r, 4), v, digits(r, 12))
    return r.choice(['config/initializers/orbital.rb', 'app/services/orbital_gateway.rb']), t


@T('cybs_props', 'cybersource', 'p12_password', 'properties', g_password)
def _(r, v):
    mid = co(r).replace('-', '_') + '_' + rs(r, LOAN, 4)
    t = """merchantID=%s
keysDirectory=/opt/app/keys
keyAlias=%s
keyPassword=%s
keyFilename=%s.p12
sendToProduction=true
targetAPIVersion=1.201
useHttpClient=true
timeout=130
""" % (mid, mid, v, mid)
    return r.choice(['cybs.properties', 'src/main/resources/cybs.properties']), t


@T('cybs_rest_node', 'cybersource', 'shared_secret', 'js', g_cybs)
def _(r, v):
    t = """// CyberSource REST client configuration
const config = {
  authenticationType: 'http_signature',
  runEnvironment: 'api.cybersource.com',
  merchantID: '%s',
  merchantKeyId: '%s',
  merchantsecretKey: '%s',
  logConfiguration: { enableLog: false },
};

module.exports = config;
""" % (co(r).replace('-', '_') + '_' + digits(r, 3), uuid4(r), v)
    return r.choice(['src/payments/cybersourceConfig.js', 'lib/cybs/Configuration.js']), t


@T('cybs_rest_java', 'cybersource', 'shared_secret', 'java', g_cybs)
def _(r, v):
    t = """package com.example.billing.cybs;

import java.util.Properties;

public class CybsProps {
    public static Properties merchantConfig() {
        Properties props = new Properties();
        props.setProperty("authenticationType", "http_signature");
        props.setProperty("merchantID", "%s");
        props.setProperty("runEnvironment", "api.cybersource.com");
        props.setProperty("merchantKeyId", "%s");
        props.setProperty("merchantsecretKey", "%s");
        props.setProperty("enableLog", "false");
        return props;
    }
}
""" % (co(r).replace('-', '_') + digits(r, 2), uuid4(r), v)
    return 'src/main/java/com/example/billing/cybs/CybsProps.java', t


@T('cybs_p12_shell', 'cybersource', 'p12_password', 'shell', g_password)
def _(r, v):
    mid = co(r).replace('-', '_')
    t = """#!/bin/sh
# extract the cert from the CyberSource P12 for the SOAP toolkit
set -e
P12=keys/%s.p12
openssl pkcs12 -in "$P12" -passin pass:%s -nokeys -out keys/%s.crt
openssl x509 -in keys/%s.crt -noout -enddate
""" % (mid, v, mid, mid)
    return 'scripts/cybs_extract_cert.sh', t


@T('vantiv_cnp_props', 'worldpay', 'password', 'properties', g_password)
def _(r, v):
    t = """url=https://payments.vantivcnp.com/vap/communicator/online
reportGroup=Default Report Group
username=%s
password=%s
merchantId=%s
version=12.22
timeout=500
printxml=false
proxyHost=
proxyPort=
batchHost=payments.vantivcnp.com
batchPort=15000
sftpUsername=%s
""" % (user(r), v, digits(r, 7), user(r))
    return r.choice(['.cnp_SDK_config.properties', 'config/cnp_SDK_config.properties']), t


@T('worldpay_express_cs', 'worldpay', 'account_token', 'csharp', g_vantiv_tok)
def _(r, v):
    t = """using ExpressPS;

public static class ElementExpressFactory
{
    public static Credentials Credentials() => new Credentials
    {
        AccountID = "%s",
        AccountToken = "%s",
        AcceptorID = "%s"
    };

    public static Application Application() => new Application
    {
        ApplicationID = "%s",
        ApplicationName = "%s POS",
        ApplicationVersion = "2.4.1"
    };
}
""" % (digits(r, 7), v, digits(r, 10), digits(r, 4), co(r).title())
    return 'src/Payments/ElementExpressFactory.cs', t


@T('moneris_php', 'moneris', 'api_token', 'php', g_moneris, MONERIS_EX)
def _(r, v):
    t = """<?php
require "../mpgClasses.php";

$store_id = 'monca%s';
$api_token = '%s';

$txnArray = array(
    'type' => 'purchase',
    'order_id' => 'ord-' . date("dmy-G:i:s"),
    'cust_id' => $customerId,
    'amount' => $amount,
    'pan' => '',
    'expdate' => '',
    'crypt_type' => '7',
    'dynamic_descriptor' => '%s'
);
$mpgTxn = new mpgTransaction($txnArray);
$mpgRequest = new mpgRequest($mpgTxn);
$mpgRequest->setProcCountryCode("CA");
$mpgRequest->setTestMode(false);
$mpgHttpPost = new mpgHttpsPost($store_id, $api_token, $mpgRequest);
$mpgResponse = $mpgHttpPost->getMpgResponse();
""" % (digits(r, 5), v, co(r)[:12])
    return r.choice(['moneris/purchase.php', 'includes/moneris_purchase.php']), t


@T('moneris_yaml', 'moneris', 'api_token', 'yaml', g_moneris, MONERIS_EX)
def _(r, v):
    t = """moneris:
  environment: prod
  country: CA
  store_id: monca%s
  api_token: %s
  checkout_id: chkt%s
  # Moneris Checkout (MCO) page for the online store
  checkout_url: https://gateway.moneris.com/chkt/request/request.php
""" % (digits(r, 5), v, rs(r, UPAN, 10))
    return r.choice(['config/moneris.yml', 'helm/checkout/values-ca.yaml']), t


@T('helcim_node', 'helcim', 'api_token', 'js', g_helcim)
def _(r, v):
    t = """const fetch = require('node-fetch');

const HELCIM_API = 'https://api.helcim.com/v2';
const apiToken = '%s';

async function initializeCheckout(amount) {
  const res = await fetch(`${HELCIM_API}/helcim-pay/initialize`, {
    method: 'POST',
    headers: { 'api-token': apiToken, 'accept': 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify({ paymentType: 'purchase', amount, currency: 'CAD' }),
  });
  return res.json();
}

module.exports = { initializeCheckout };
""" % v
    return 'server/helcim.js', t


@T('bambora_py', 'bambora', 'passcode', 'python', g_bambora, BAMBORA_EX)
def _(r, v):
    t = """# Bambora (Worldline) North America - Payments API
BAMBORA_MERCHANT_ID = "%s"
BAMBORA_PAYMENTS_PASSCODE = "%s"
BAMBORA_API_URL = "https://api.na.bambora.com/v1"
""" % (digits(r, 9), v)
    return r.choice(['shop/settings/bambora.py', 'config/bambora_settings.py']), t


def g_bambora_hdr(r):
    return b64(('%s:%s' % (digits(r, 9), g_bambora(r))).encode())


@T('bambora_postman', 'bambora', 'passcode', 'json', g_bambora_hdr)
def _(r, v):
    d = {"info": {"_postman_id": uuid4(r), "name": "Bambora NA - payments",
                  "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "item": [{"name": "Card purchase", "request": {"method": "POST", "header": [
             {"key": "Authorization", "value": "Passcode " + v, "type": "text"},
             {"key": "Content-Type", "value": "application/json"}],
             "body": {"mode": "raw", "raw": "{\n  \"amount\": 10.00,\n  \"payment_method\": \"token\",\n  \"token\": {\"code\": \"{{token}}\", \"name\": \"Test\"}\n}"},
             "url": {"raw": "https://api.na.bambora.com/v1/payments", "protocol": "https",
                     "host": ["api", "na", "bambora", "com"], "path": ["v1", "payments"]}}}]}
    return 'postman/Bambora.postman_collection.json', json.dumps(d, indent=2) + '\n'


@T('payrix_php', 'payrix', 'api_key', 'php', g_payrix)
def _(r, v):
    t = """<?php

return [
    'payrix' => [
        'url' => 'https://api.payrix.com',
        'api_key' => '%s',
        'merchant' => 't1_mer_%s',
        'login' => 't1_log_%s',
    ],
];
""" % (v, hexs(r, 23), hexs(r, 23))
    return 'config/services_payrix.php', t


@T('finix_go', 'finix', 'api_password', 'go', g_uuid)
def _(r, v):
    t = """package finix

import (
	"net/http"
	"time"
)

const (
	baseURL  = "https://finix.live-payments-api.com"
	username = "US%s"
	password = "%s"
)

type Client struct{ http *http.Client }

func New() *Client { return &Client{http: &http.Client{Timeout: 30 * time.Second}} }

func (c *Client) do(req *http.Request) (*http.Response, error) {
	req.SetBasicAuth(username, password)
	req.Header.Set("Finix-Version", "2022-02-01")
	return c.http.Do(req)
}
""" % (mixed(r, ALNUM, 22), v)
    return 'internal/finix/client.go', t


@T('stax_node', 'stax', 'api_key', 'js', g_jwt_stax)
def _(r, v):
    t = """// Stax (formerly Fattmerchant) API client
const axios = require('axios');

const stax = axios.create({
  baseURL: 'https://apiprod.fattlabs.com',
  headers: {
    Authorization: 'Bearer %s',
    Accept: 'application/json',
  },
});

module.exports = stax;
""" % v
    return r.choice(['src/clients/stax.js', 'lib/fattmerchant.js']), t


@T('clover_py', 'clover', 'api_token', 'python', g_uuid)
def _(r, v):
    mid = rs(r, UPAN, 13)
    t = """import requests

CLOVER_BASE = "https://api.clover.com/v3/merchants"
MERCHANT_ID = "%s"
CLOVER_API_TOKEN = "%s"


def list_orders(limit=100):
    r = requests.get(f"{CLOVER_BASE}/{MERCHANT_ID}/orders", params={"limit": limit},
                     headers={"Authorization": f"Bearer {CLOVER_API_TOKEN}"}, timeout=20)
    r.raise_for_status()
    return r.json()["elements"]
""" % (mid, v)
    return r.choice(['pos_sync/clover.py', 'integrations/clover/orders.py']), t


@T('clover_ecom_ts', 'clover', 'private_token', 'ts', g_uuid)
def _(r, v):
    t = """export const cloverConfig = {
  ecommBaseUrl: 'https://scl.clover.com',
  // server-side only: private ecommerce token (not the public iframe key)
  privateToken: '%s',
  merchantId: '%s',
};
""" % (v, rs(r, UPAN, 13))
    return 'apps/api/src/config/clover.ts', t


@T('dwolla_ruby', 'dwolla', 'api_secret', 'ruby', g_dwolla)
def _(r, v):
    t = """require "dwolla_v2"

$dwolla = DwollaV2::Client.new(
  key: "%s",
  secret: "%s",
  environment: :production
) do |config|
  config.on_grant do |token|
    Rails.logger.info("dwolla app token refreshed")
  end
end
""" % (mixed(r, ALNUM, 50), v)
    return 'config/initializers/dwolla.rb', t


@T('dwolla_k8s', 'dwolla', 'api_secret', 'yaml', g_dwolla)
def _(r, v):
    t = """apiVersion: v1
kind: Secret
metadata:
  name: dwolla-credentials
  namespace: payouts
type: Opaque
stringData:
  DWOLLA_ENV: production
  DWOLLA_KEY: %s
  DWOLLA_SECRET: %s
  DWOLLA_MASTER_FUNDING_SOURCE: https://api.dwolla.com/funding-sources/%s
""" % (mixed(r, ALNUM, 50), v, uuid4(r))
    return 'k8s/payouts/dwolla-secret.yaml', t


@T('dwolla_webhook_py', 'dwolla', 'webhook_secret', 'python', lambda r: mixed(r, ALNUM + '-_', r.randint(24, 40)))
def _(r, v):
    t = """import hashlib
import hmac

DWOLLA_WEBHOOK_SECRET = "%s"


def verify(request):
    sig = request.headers.get("X-Request-Signature-SHA-256", "")
    digest = hmac.new(DWOLLA_WEBHOOK_SECRET.encode(), request.body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(sig, digest)
""" % v
    return 'payouts/webhooks.py', t


@T('column_go', 'column', 'api_key', 'go', g_column)
def _(r, v):
    t = """package bank

import (
	"net/http"
	"time"
)

const columnBase = "https://api.column.com"

// NOTE: live key, entity %s
var columnAPIKey = "%s"

func newColumnRequest(method, path string) (*http.Request, error) {
	req, err := http.NewRequest(method, columnBase+path, nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth("", columnAPIKey)
	return req, nil
}

var httpClient = &http.Client{Timeout: 15 * time.Second}
""" % ('enti_' + mixed(r, ALNUM, 27), v)
    return 'internal/bank/column.go', t


@T('increase_ts', 'increase', 'api_key', 'ts', g_increase)
def _(r, v):
    t = """import Increase from 'increase';

export const increase = new Increase({
  apiKey: '%s',
  environment: 'production',
  maxRetries: 3,
});

export const OPERATING_ACCOUNT = 'account_%s';
""" % (v, rs(r, LOAN, 20))
    return 'src/lib/increase.ts', t


@T('increase_webhook_yaml', 'increase', 'webhook_secret', 'yaml', g_hex64)
def _(r, v):
    t = """increase:
  account_id: account_%s
  webhooks:
    path: /webhooks/increase
    shared_secret: %s
    tolerance_seconds: 300
""" % (rs(r, LOAN, 20), v)
    return 'config/banking.yml', t


@T('unit_py', 'unit', 'api_token', 'python', g_unit)
def _(r, v):
    t = """from unit import Unit

UNIT_API_URL = "https://api.s.unit.sh"
UNIT_TOKEN = "%s"

client = Unit(UNIT_API_URL, UNIT_TOKEN)
""" % v
    return r.choice(['banking/unit_client.py', 'app/services/unit.py']), t


@T('tprime_shell', 'treasury_prime', 'secret_key', 'shell', g_generic40)
def _(r, v):
    kid = 'key_' + mixed(r, LOAN, 26)
    t = """#!/usr/bin/env bash
# list ACH transfers for yesterday (Treasury Prime)
set -euo pipefail
curl -s -u "%s:%s" \\
  "https://api.treasuryprime.com/ach?from_date=$(date -d yesterday +%%F)" | jq '.data[] | {id, amount, status}'
""" % (kid, v)
    return 'scripts/tp_ach_report.sh', t


@T('mt_python', 'modern_treasury', 'api_key', 'python', g_mt)
def _(r, v):
    t = """from modern_treasury import ModernTreasury

client = ModernTreasury(
    organization_id="%s",
    api_key="%s",
)


def pay_vendor(counterparty_id, amount_cents, internal_account_id):
    return client.payment_orders.create(
        type="ach",
        amount=amount_cents,
        direction="credit",
        counterparty_id=counterparty_id,
        originating_account_id=internal_account_id,
    )
""" % (uuid4(r), v)
    return r.choice(['treasury/mt.py', 'services/payouts/modern_treasury.py']), t


@T('mt_webhook_go', 'modern_treasury', 'webhook_secret', 'go', g_generic32)
def _(r, v):
    t = """package webhooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
)

const mtWebhookKey = "%s"

func ValidMTSignature(body []byte, sig string) bool {
	mac := hmac.New(sha256.New, []byte(mtWebhookKey))
	mac.Write(body)
	return hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(sig))
}
""" % v
    return 'internal/webhooks/moderntreasury.go', t


@T('synctera_helm', 'synctera', 'api_key', 'yaml', g_generic32)
def _(r, v):
    t = """replicaCount: 2
image:
  repository: ghcr.io/%s/ledger-api
  tag: "%d.%d.%d"
env:
  SYNCTERA_BASE_URL: https://api.synctera.com/v0
  SYNCTERA_API_KEY: "%s"
  SYNCTERA_CUSTOMER_PLATFORM: consumer
resources:
  limits:
    cpu: 500m
    memory: 512Mi
""" % (co(r), r.randint(0, 3), r.randint(0, 30), r.randint(0, 9), v)
    return 'deploy/helm/ledger-api/values-prod.yaml', t


@T('interac_props', 'interac', 'client_secret', 'properties', g_generic40)
def _(r, v):
    t = """# Interac e-Transfer (via issuer gateway)
interac.api.base-url=https://gateway-web.beta.interac.ca/publicapi/api/v2
interac.third-party-access-id=CA1TA%s
interac.client-id=%s
interac.client-secret=%s
interac.profile-id=%s
""" % (rs(r, UPAN, 10), uuid4(r), v, rs(r, UPAN, 10))
    return 'src/main/resources/interac.properties', t


@T('cpost_php', 'canada_post', 'password', 'php', g_cpost, CPOST_EX)
def _(r, v):
    t = """<?php
// Canada Post rating - Get Rates
$username = '%s';
$password = '%s';
$mailedBy = '%s';

$service_url = 'https://soa-gw.canadapost.ca/rs/ship/price';
$curl = curl_init($service_url);
curl_setopt($curl, CURLOPT_POST, true);
curl_setopt($curl, CURLOPT_RETURNTRANSFER, true);
curl_setopt($curl, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
curl_setopt($curl, CURLOPT_USERPWD, $username . ':' . $password);
curl_setopt($curl, CURLOPT_HTTPHEADER, array('Content-Type: application/vnd.cpc.ship.rate-v4+xml', 'Accept: application/vnd.cpc.ship.rate-v4+xml'));
""" % (hexs(r, 16), v, digits(r, 10))
    return r.choice(['shipping/canadapost/rates.php', 'wp-content/plugins/cp-rates/rates.php']), t


@T('flinks_cs', 'flinks', 'api_key', 'csharp', g_generic32)
def _(r, v):
    t = """namespace Onboarding.Flinks
{
    public class FlinksOptions
    {
        public string Instance { get; set; } = "%s";
        public string CustomerId { get; set; } = "%s";
        public string ApiKey { get; set; } = "%s";
        public string BaseUrl => $"https://{Instance}-api.private.fin.ag/v3/{CustomerId}";
    }
}
""" % (co(r).split('-')[0], uuid4(r), v)
    return 'src/Onboarding/Flinks/FlinksOptions.cs', t


@T('questrade_json', 'questrade', 'refresh_token', 'json', g_questrade)
def _(r, v):
    d = {"api_server": "https://api0%d.iq.questrade.com/" % r.randint(1, 7), "refresh_token": v,
         "token_type": "Bearer", "expires_in": 1800, "account_number": digits(r, 8)}
    return r.choice(['portfolio/questrade_token.json', 'data/qt_auth.json']), json.dumps(d, indent=4) + '\n'


@T('wealthsimple_py', 'wealthsimple', 'access_token', 'python', g_wsimple)
def _(r, v):
    t = """#!/usr/bin/env python3
\"\"\"Export Wealthsimple Trade activity to CSV for my tax spreadsheet.\"\"\"
import csv
import requests

WS_TOKEN = "%s"
BASE = "https://trade-service.wealthsimple.com"

r = requests.get(f"{BASE}/account/activities", headers={"Authorization": f"Bearer {WS_TOKEN}"}, timeout=20)
with open("activities.csv", "w", newline="") as fh:
    w = csv.writer(fh)
    for a in r.json()["results"]:
        w.writerow([a["effective_date"], a["type"], a["symbol"], a["net_cash"]["amount"]])
""" % v
    return 'tools/ws_export.py', t


@T('nacha_sftp_yaml', 'nacha_sftp', 'password', 'yaml', g_password)
def _(r, v):
    bank = r.choice(BANKS)
    t = """# NACHA outbound job - originates PPD/CCD credits
job: ach-origination
schedule: "0 %d * * 1-5"
immediate_origin: "%s"
immediate_destination: "%s"
company_id: "1%s"
sftp:
  host: %s
  port: 22
  username: %s
  password: "%s"
  remote_dir: /inbound/ach
  filename_pattern: "ACH_{yyyymmdd}_{seq}.txt"
archive_dir: /data/ach/sent
""" % (r.choice([13, 15, 17]), routing(r), routing(r), digits(r, 9), bank, user(r), v)
    return r.choice(['jobs/nacha/origination.yaml', 'config/ach_upload.yml']), t


@T('nacha_sftp_ini', 'nacha_sftp', 'password', 'ini', g_password)
def _(r, v):
    t = """[bank_sftp]
host = %s
port = 22
user = %s
password = %s
inbound = /to_bank
outbound = /from_bank/returns

[nacha]
origin_name = %s
odfi_routing = %s
""" % (r.choice(BANKS), user(r), v, co(r).upper()[:23], routing(r))
    return r.choice(['etc/achsync.ini', 'airflow/config/bank_drop.cfg']), t


@T('nacha_sshpass', 'nacha_sftp', 'password', 'shell', g_password)
def _(r, v):
    t = """#!/bin/bash
# nightly drop of NACHA file to the bank
FILE=/data/ach/out/$(date +%%Y%%m%%d)_payroll.ach
sshpass -p '%s' sftp -oBatchMode=no -oStrictHostKeyChecking=yes %s@%s <<EOF
cd /incoming
put $FILE
bye
EOF
""" % (v, user(r), r.choice(BANKS))
    return r.choice(['bin/send_ach.sh', 'cron/ach_drop.sh']), t


@T('nacha_sftp_url', 'nacha_sftp', 'password', 'yaml', g_password)
def _(r, v):
    t = """spring:
  application:
    name: ach-returns-poller
ach:
  returns:
    poll-cron: "0 */30 6-20 * * MON-FRI"
    source-uri: sftp://%s:%s@%s:22/outbound/returns
    local-dir: /var/lib/ach/returns
""" % (user(r), v, r.choice(BANKS))
    return 'src/main/resources/application.yml', t


@T('nacha_privkey', 'nacha_sftp', 'private_key', 'pem', g_pem_key, needle=pem_needle)
def _(r, v):
    return r.choice(['deploy/keys/bank_sftp_id_rsa', 'ops/ach/keys/sftp_%s.pem' % co(r), 'secrets/bankdrop.key']), v


@T('nacha_privkey_yaml', 'nacha_sftp', 'private_key', 'yaml', g_pem_key, needle=pem_needle)
def _(r, v):
    ind = '    '
    body = '\n'.join(ind + l for l in v.strip().splitlines())
    t = """ach_sftp:
  host: %s
  username: %s
  private_key: |
%s
  known_hosts_file: /etc/ach/known_hosts
""" % (r.choice(BANKS), user(r), body)
    return 'ansible/group_vars/ach_workers.yml', t


@T('runbook_md', 'nacha_sftp', 'password', 'markdown', g_password)
def _(r, v):
    t = """# ACH file drop - runbook

Owner: %s (treasury ops). Last reviewed %s.

## Manual upload when the job fails

1. Grab the file from `/data/ach/out/`.
2. Connect: `sftp %s@%s`
3. Password: `%s`
4. `cd /incoming && put <file>` then confirm the 999/ack in `/outgoing` within 30 minutes.

## Escalation
Call the bank's cash management desk, reference the company ID on the batch header.
""" % (who(r), date(r), user(r), r.choice(BANKS), v)
    return r.choice(['docs/runbooks/ach-file-drop.md', 'ops/ACH_RUNBOOK.md']), t


@T('runbook_nmi_md', 'nmi', 'security_key', 'markdown', g_nmi, NMI_EX)
def _(r, v):
    t = """## Payments quick reference (%s)

| item | value |
|------|-------|
| gateway | NMI |
| merchant portal | https://secure.nmi.com/merchants/ |
| API security key | `%s` |
| processor | %s |

Refunds over $500 need approval from finance.
""" % (co(r), v, r.choice(['TSYS', 'First Data Nashville', 'Elavon']))
    return 'docs/payments.md', t


@T('insomnia_anet', 'authorizenet', 'transaction_key', 'yaml', g_anet_txn, ANET_EX)
def _(r, v):
    t = """_type: export
__export_format: 4
__export_source: insomnia.desktop.app:v2023.5.8
resources:
  - _id: req_%s
    _type: request
    name: getTransactionDetails
    method: POST
    url: https://api.authorize.net/xml/v1/request.api
    body:
      mimeType: application/json
      text: |-
        {
          "getTransactionDetailsRequest": {
            "merchantAuthentication": {
              "name": "%s",
              "transactionKey": "%s"
            },
            "transId": "%s"
          }
        }
""" % (hexs(r, 32), anet_login(r), v, digits(r, 11))
    return 'tools/insomnia/anet.yaml', t


@T('env_anet', 'authorizenet', 'transaction_key', 'env', g_anet_txn, ANET_EX, env=True)
def _(r, v):
    t = """APP_ENV=production
APP_URL=https://shop.%s.com
ANET_API_LOGIN_ID=%s
ANET_TRANSACTION_KEY=%s
ANET_SANDBOX=false
""" % (co(r), anet_login(r), v)
    return '.env', t


@T('env_dwolla', 'dwolla', 'api_secret', 'env', g_dwolla, env=True)
def _(r, v):
    t = """NODE_ENV=production
DWOLLA_ENVIRONMENT=production
DWOLLA_APP_KEY=%s
DWOLLA_APP_SECRET=%s
""" % (mixed(r, ALNUM, 50), v)
    return r.choice(['.env.production', '.env.local']), t


@T('toml_tsys_cayan', 'cayan', 'merchant_key', 'toml', g_cayan)
def _(r, v):
    t = """[pos]
store_number = %d
lane_count = %d

[cayan]
merchant_name = "%s"
site_id = "%s"
merchant_key = "%s"
genius_ip = "192.168.%d.%d"
""" % (r.randint(1, 400), r.randint(2, 12), co(r).upper(), rs(r, UPAN, 8), v, r.randint(0, 9), r.randint(10, 99))
    return 'pos-agent/config.toml', t


@T('gp_appsettings', 'heartland', 'secret_api_key', 'json', g_hps, HPS_EX)
def _(r, v):
    d = {"Logging": {"LogLevel": {"Default": "Information"}},
         "Heartland": {"SecretApiKey": v, "DeveloperId": digits(r, 6), "VersionNumber": digits(r, 4),
                       "PublicApiKey": 'pkapi_prod_' + mixed(r, ALNUM, 20)},
         "AllowedHosts": "*"}
    return 'src/Checkout.Api/appsettings.Production.json', json.dumps(d, indent=2) + '\n'


@T('cybs_appsettings', 'cybersource', 'shared_secret', 'json', g_cybs)
def _(r, v):
    d = {"CyberSource": {"MerchantId": co(r).replace('-', '_') + digits(r, 3), "MerchantKeyId": uuid4(r),
                         "MerchantSecretKey": v, "RunEnvironment": "api.cybersource.com"},
         "ConnectionStrings": {"Orders": "Server=sql01;Database=orders;Integrated Security=true"}}
    return 'appsettings.json', json.dumps(d, indent=2) + '\n'


@T('orbital_appconfig', 'chase_orbital', 'password', 'xml', g_password)
def _(r, v):
    t = """<?xml version="1.0"?>
<configuration>
  <appSettings>
    <add key="OrbitalUrl" value="https://orbital1.chasepaymentech.net/authorize" />
    <add key="OrbitalMerchantId" value="%s" />
    <add key="OrbitalUsername" value="%s" />
    <add key="OrbitalPassword" value="%s" />
  </appSettings>
</configuration>
""" % (digits(r, 12), rs(r, UPP, 5) + digits(r, 3), xesc(v))
    return 'OrderService/app.config', t


@T('vantiv_spring_yaml', 'worldpay', 'password', 'yaml', g_password)
def _(r, v):
    t = """worldpay:
  cnp:
    url: https://payments.vantivcnp.com/vap/communicator/online
    merchant-id: "%s"
    username: %s
    password: '%s'
    report-group: ecom
""" % (digits(r, 7), user(r), v)
    return 'src/main/resources/application-prod.yml', t


@T('tsys_go', 'tsys', 'transaction_key', 'go', g_tsys)
def _(r, v):
    t = """package transit

// Config for TSYS TransIT multipass
var Default = Config{
	Endpoint:       "https://gateway.transit-pass.com/servlets/TransNox_API_Server",
	DeviceID:       "%s",
	TransactionKey: "%s",
	DeveloperID:    "%s",
}
""" % (digits(r, 14), v, digits(r, 9) + 'G' + digits(r, 3))
    return 'internal/transit/config.go', t


@T('usaepay_ruby', 'usaepay', 'source_key', 'ruby', g_usaepay_src, USAEPAY_EX)
def _(r, v):
    t = """# USAePay via ActiveMerchant
USAEPAY = ActiveMerchant::Billing::UsaEpayTransactionGateway.new(
  login: '%s'
)
""" % v
    return 'config/initializers/usaepay.rb', t


@T('moneris_java', 'moneris', 'api_token', 'java', g_moneris, MONERIS_EX)
def _(r, v):
    t = """package ca.%s.billing;

import JavaAPI.*;

public class MonerisPurchase {
    private static final String STORE_ID = "monca%s";
    private static final String API_TOKEN = "%s";
    private static final String COUNTRY = "CA";

    public Receipt purchase(String orderId, String amount, String dataKey) {
        ResPurchaseCC p = new ResPurchaseCC();
        p.setData(dataKey);
        p.setOrderId(orderId);
        p.setAmount(amount);
        p.setCryptType("7");
        HttpsPostRequest mpgReq = new HttpsPostRequest();
        mpgReq.setProcCountryCode(COUNTRY);
        mpgReq.setTestMode(false);
        mpgReq.setStoreId(STORE_ID);
        mpgReq.setApiToken(API_TOKEN);
        mpgReq.setTransaction(p);
        mpgReq.send();
        return mpgReq.getReceipt();
    }
}
""" % (co(r).replace('-', ''), digits(r, 5), v)
    return 'src/main/java/ca/shop/billing/MonerisPurchase.java', t

# ---------------------------------------------------------------- negative slot values
PLACEHOLDERS = ['<your-transaction-key>', 'YOUR_API_KEY', 'your_key_here', 'xxxxxxxxxxxxxxxx',
                'XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'changeme', 'CHANGE_ME', 'REPLACE_ME', 'TODO',
                'insert-key-here', 'votre_cle_api', 'mot_de_passe_ici', 'clave_secreta_aqui', '<secret>',
                'your-security-key', 'PUT_PIN_HERE', 'set-me', 'your_password', '<password>',
                '0000000000000000', 'INSERT_YOUR_SECRET', 'fill_me_in', 'a_remplir']
MASKED = ['****************', '********', '[REDACTED]', '<redacted>', '******** (see 1Password)', 'xxxx...xxxx',
          '[FILTERED]', '•••••••••••••']


def env_refs(r, t):
    var = (t['provider'] + '_' + t['kind']).upper()
    ft = t['filetype']
    sops = 'ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]' % (b64(rbytes(r, r.randint(16, 40))), b64(rbytes(r, 32)), b64(rbytes(r, 16)))
    arn = 'arn:aws:secretsmanager:us-east-1:%s:secret:prod/%s-%s' % (digits(r, 12), t['provider'], mixed(r, ALNUM, 6))
    if ft == 'yaml':
        return ['${%s}' % var, '{{ .Values.payments.%s }}' % t['kind'], "{{ lookup('env', '%s') }}" % var, sops,
                '${ssm:/prod/payments/%s}' % t['kind'], '{{ vault_%s }}' % t['kind'], 'ref+vault://secret/payments#/%s' % t['kind']]
    if ft == 'properties':
        return ['${%s}' % var, '${%s:}' % var, 'ENC(%s)' % b64(rbytes(r, 32)), '${vault.payments.%s}' % t['kind']]
    if ft in ('ini', 'toml', 'hcl'):
        return ['${%s}' % var, '%%(%s)s' % var.lower(), arn]
    if ft == 'shell':
        return ['${%s}' % var, '${%s:?not set}' % var, '$(vault kv get -field=%s secret/payments/%s)' % (t['kind'], t['provider'])]
    if ft in ('json', 'xml'):
        return ['#{%s}' % var, '__%s__' % var, '$(%s)' % var, '${%s}' % var, arn]
    if ft == 'markdown':
        return ['see vault: secret/payments/%s' % t['provider'], 'in 1Password "%s prod"' % t['provider'], '${%s}' % var]
    if ft == 'php':
        return ['%%env(%s)%%' % var, '{{%s}}' % var]
    return ['REPLACE_WITH_' + var, '{{%s}}' % var, '@@%s@@' % var]


def neg_value(r, t):
    k = r.random()
    if t['examples'] and k < 0.2:
        return 'docexample', r.choice(t['examples'])
    k = r.random()
    if k < 0.38:
        return 'placeholder', r.choice(PLACEHOLDERS)
    if k < 0.48:
        return 'empty', ''
    if k < 0.62:
        return 'masked', r.choice(MASKED)
    return 'reference', r.choice(env_refs(r, t))


# ---------------------------------------------------------------- look-alike negatives
LA_T = []


def L(name, provider, kind, filetype):
    def deco(fn):
        LA_T.append(dict(name=name, provider=provider, kind=kind, filetype=filetype, render=fn))
        return fn
    return deco


def nacha_line(s):
    return (s + ' ' * 94)[:94]


@L('la_nacha_file', 'nacha', 'ach_file', 'nacha')
def _(r):
    odfi = routing(r)
    dest = routing(r)
    now = '%02d%02d%02d' % (r.randint(20, 25), r.randint(1, 12), r.randint(1, 28))
    lines = [nacha_line('101 %s %s%s%04d%s094101%-23s%-23s' % (dest, odfi, now, r.randint(0, 2359), r.choice('ABC'), 'FIRST MIDWEST BANK', co(r).upper()[:23]))]
    cid = '1' + digits(r, 9)
    lines.append(nacha_line('5220%-16s%-20s%sPPDPAYROLL   %s%s   1%s0000001' % (co(r).upper()[:16], '', cid, now, now, odfi[:8])))
    tot = 0
    n = r.randint(3, 9)
    for i in range(n):
        amt = r.randint(10000, 900000)
        tot += amt
        rt = routing(r)
        lines.append(nacha_line('622%s%-17s%010d%-15s%-22s  0%s%07d' % (rt, digits(r, r.randint(8, 12)), amt, digits(r, 6),
                                                                     r.choice(['JANE DOE', 'MARC TREMBLAY', 'LI WEI', 'ANA LOPEZ', 'OMAR HASSAN']), odfi[:8], i + 1)))
    lines.append(nacha_line('8220%06d%010d%012d%012d%s%-25s%s%07d' % (n, r.randint(10 ** 9, 10 ** 10 - 1), 0, tot, cid, '', odfi[:8], 1)))
    lines.append(nacha_line('9000001%06d%08d%010d%012d%012d' % (1, n, r.randint(10 ** 9, 10 ** 10 - 1), 0, tot)))
    while len(lines) % 10:
        lines.append('9' * 94)
    return r.choice(['fixtures/ach/PPD_%s.ach' % now, 'test/data/nacha_sample.txt']), '\n'.join(lines) + '\n'


@L('la_anet_webhook_log', 'authorizenet', 'hmac_signature_log', 'log')
def _(r):
    out = []
    for _ in range(r.randint(3, 7)):
        out.append(json.dumps({"ts": date(r) + "T%02d:%02d:%02dZ" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
                               "event": r.choice(["net.authorize.payment.authcapture.created", "net.authorize.payment.void.created"]),
                               "x_anet_signature": "sha512=" + hexs(r, 128, upper=True), "notificationId": uuid4(r),
                               "payload": {"id": digits(r, 11), "responseCode": 1, "authAmount": round(r.uniform(5, 400), 2)},
                               "verified": True}))
    return r.choice(['logs/webhooks-anet.jsonl', 'test/fixtures/anet_webhooks.jsonl']), '\n'.join(out) + '\n'


@L('la_anet_response', 'authorizenet', 'gateway_response', 'json')
def _(r):
    d = {"transactionResponse": {"responseCode": "1", "authCode": rs(r, UPAN, 6), "avsResultCode": "Y", "cvvResultCode": "P",
                                 "cavvResultCode": "2", "transId": digits(r, 11), "refTransID": "",
                                 "transHashSha2": hexs(r, 128, upper=True), "accountNumber": "XXXX" + digits(r, 4),
                                 "accountType": r.choice(["Visa", "MasterCard", "AmericanExpress"]),
                                 "messages": [{"code": "1", "description": "This transaction has been approved."}]},
         "refId": digits(r, 8), "messages": {"resultCode": "Ok", "message": [{"code": "I00001", "text": "Successful."}]}}
    return 'spec/fixtures/anet/create_transaction_ok.json', json.dumps(d, indent=2) + '\n'


@L('la_acceptjs_html', 'authorizenet', 'public_client_key', 'html')
def _(r):
    t = """<form id="paymentForm" method="POST" action="/checkout/pay">
  <input type="hidden" name="dataValue" id="dataValue" />
  <input type="hidden" name="dataDescriptor" id="dataDescriptor" />
  <button type="button" class="AcceptUI"
          data-billingAddressOptions='{"show":true, "required":false}'
          data-apiLoginID="%s"
          data-clientKey="%s"
          data-acceptUIFormBtnTxt="Pay"
          data-responseHandler="responseHandler">Pay now</button>
</form>
<script type="text/javascript" src="https://js.authorize.net/v3/AcceptUI.js" charset="utf-8"></script>
""" % (anet_login(r), anet_client_key(r))
    return r.choice(['templates/checkout/payment_form.html', 'resources/views/checkout.blade.php']), t


@L('la_clover_iframe', 'clover', 'public_token', 'js')
def _(r):
    t = """// Clover hosted iframe - public apiAccessKey only (PAKMS), safe for the browser
const clover = new Clover('%s', { merchantId: '%s' });
const elements = clover.elements();
const cardNumber = elements.create('CARD_NUMBER', styles);
cardNumber.mount('#card-number');
""" % (hexs(r, 32), rs(r, UPAN, 13))
    return 'public/js/clover-checkout.js', t


@L('la_heartland_public', 'heartland', 'public_api_key', 'js')
def _(r):
    t = """GlobalPayments.configure({
  publicApiKey: "pkapi_%s_%s"
});
const cardForm = GlobalPayments.creditCard.form("#credit-card", { style: "gp-default" });
cardForm.on("token-success", (resp) => { document.getElementById("token_value").value = resp.paymentReference; });
""" % (r.choice(['prod', 'cert']), mixed(r, ALNUM, 20))
    return 'assets/js/hps-checkout.js', t


@L('la_nmi_collectjs', 'nmi', 'tokenization_key', 'html')
def _(r):
    t = """<script src="https://secure.nmi.com/token/Collect.js"
        data-tokenization-key="%s"
        data-variant="inline"
        data-field-ccnumber-placeholder="0000 0000 0000 0000"></script>
""" % nmi_tokkey(r)
    return 'views/partials/collectjs.html', t


@L('la_test_cards', 'testdata', 'test_pan', 'ruby')
def _(r):
    cards = ['4111111111111111', '4007000000027', '4012888818888', '5424000000000015', '5105105105105100',
             '370000000000002', '6011000000000012', '3088000000000017', '38000000000006']
    pick = r.sample(cards, 4)
    t = """require 'test_helper'

class RemoteGatewayTest < Test::Unit::TestCase
  def setup
    @gateway = ActiveMerchant::Billing::AuthorizeNetGateway.new(fixtures(:authorize_net))
    @amount = %d
    @credit_card = credit_card('%s', month: 12, year: Time.now.year + 2)
    @declined_card = credit_card('%s')
    @mastercard = credit_card('%s', brand: 'master')
    @amex = credit_card('%s', brand: 'american_express', verification_value: '1234')
  end
end
""" % (r.randint(100, 9999), pick[0], pick[1], pick[2], pick[3])
    return 'test/remote/gateways/remote_gateway_test.rb', t


@L('la_masked_txn_csv', 'gateway', 'transaction_export', 'csv')
def _(r):
    rows = ['trans_id,submit_time,status,card_type,card_number,amount,auth_code,invoice']
    for _ in range(r.randint(5, 12)):
        rows.append('%s,%s %02d:%02d,settledSuccessfully,%s,XXXX%s,%.2f,%s,INV-%s' % (
            digits(r, 11), date(r), r.randint(0, 23), r.randint(0, 59), r.choice(['Visa', 'MasterCard', 'Discover']),
            digits(r, 4), r.uniform(5, 900), rs(r, UPAN, 6), digits(r, 6)))
    return r.choice(['reports/settled_batch.csv', 'data/exports/anet_transactions.csv']), '\n'.join(rows) + '\n'


def cert_pem(r, label='CERTIFICATE', n=None):
    return pem(label, b'\x30\x82\x03' + rbytes(r, n or r.randint(700, 900)))


@L('la_bank_cert', 'nacha_sftp', 'certificate', 'pem')
def _(r):
    return r.choice(['certs/bank_sftp_host.crt', 'config/certs/orbital_ca.pem', 'deploy/tls/chain.pem']), cert_pem(r)


@L('la_pgp_public', 'nacha_sftp', 'pgp_public_key', 'asc')
def _(r):
    body = b64(rbytes(r, 600))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    t = '-----BEGIN PGP PUBLIC KEY BLOCK-----\nComment: %s ACH file encryption key\n\n%s\n=%s\n-----END PGP PUBLIC KEY BLOCK-----\n' % (
        r.choice(BANKS).split('.')[1], '\n'.join(lines), b64(rbytes(r, 3)))
    return r.choice(['keys/bank_ach_pub.asc', 'ops/pgp/bank-public.asc']), t


@L('la_known_hosts', 'nacha_sftp', 'ssh_public_key', 'text')
def _(r):
    out = []
    for b in r.sample(BANKS, 3):
        out.append('%s ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s' % (b, b64(rbytes(r, 32))[:43]))
        out.append('%s ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ%s' % (b, b64(rbytes(r, 256))))
    return r.choice(['ansible/files/known_hosts', 'deploy/ssh/known_hosts']), '\n'.join(out) + '\n'


@L('la_authorized_keys', 'nacha_sftp', 'ssh_public_key', 'text')
def _(r):
    t = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@ach-worker-%d\n' % (b64(rbytes(r, 32))[:43], user(r), r.randint(1, 9))
    t += 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ%s treasury-ops\n' % b64(rbytes(r, 384))
    return 'ops/sftp/authorized_keys', t


@L('la_public_pem', 'cybersource', 'public_key', 'pem')
def _(r):
    body = bytes.fromhex('30820122300d06092a864886f70d01010105000382010f003082010a0282010100') + rbytes(r, 256) + bytes.fromhex('0203010001')
    return r.choice(['keys/flex_public.pem', 'config/webhook_verify_pub.pem']), pem('PUBLIC KEY', body)


@L('la_jwk', 'cybersource', 'jwk_public', 'json')
def _(r):
    d = {"keys": [{"kty": "RSA", "use": "enc", "kid": rs(r, LOAN, 8), "n": b64u(rbytes(r, 256)), "e": "AQAB"}]}
    return 'test/fixtures/flex_jwk.json', json.dumps(d, indent=2) + '\n'


@L('la_composer_lock', 'php', 'lockfile_hash', 'json')
def _(r):
    pk = []
    for name in r.sample(['authorizenet/authorizenet', 'globalpayments/php-sdk', 'moneris/mpg-php', 'guzzlehttp/guzzle',
                          'monolog/monolog', 'dwolla/dwollaswagger', 'cybersource/rest-client-php'], 3):
        pk.append({"name": name, "version": "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9)),
                   "source": {"type": "git", "url": "https://github.com/%s.git" % name, "reference": hexs(r, 40)},
                   "dist": {"type": "zip", "url": "https://api.github.com/repos/%s/zipball/%s" % (name, hexs(r, 40)),
                            "reference": hexs(r, 40), "shasum": ""}})
    d = {"_readme": ["This file locks the dependencies of your project to a known state"],
         "content-hash": hexs(r, 32), "packages": pk}
    return 'composer.lock', json.dumps(d, indent=4) + '\n'


@L('la_package_lock', 'node', 'lockfile_hash', 'json')
def _(r):
    pk = {"": {"name": co(r) + "-checkout", "version": "1.0.0"}}
    for name in r.sample(['authorizenet', 'dwolla-v2', 'modern-treasury', 'increase', 'cybersource-rest-client', 'axios', 'globalpayments-api'], 4):
        pk["node_modules/" + name] = {"version": "%d.%d.%d" % (r.randint(0, 9), r.randint(0, 30), r.randint(0, 9)),
                                      "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (name, name),
                                      "integrity": "sha512-" + b64(rbytes(r, 64))}
    return 'package-lock.json', json.dumps({"name": co(r), "lockfileVersion": 3, "requires": True, "packages": pk}, indent=2) + '\n'


@L('la_magento_sql', 'authorizenet', 'encrypted_config', 'sql')
def _(r):
    rows = [("payment/authorizenet_acceptjs/login", '0:3:' + b64(rbytes(r, 40))),
            ("payment/authorizenet_acceptjs/trans_key", '0:3:' + b64(rbytes(r, 44))),
            ("payment/authorizenet_acceptjs/environment", 'production'),
            ("payment/authorizenet_acceptjs/public_client_key", anet_client_key(r))]
    t = "-- core_config_data dump (values encrypted with the instance crypt key)\n"
    for i, (p, v) in enumerate(rows):
        t += "INSERT INTO `core_config_data` (`config_id`, `scope`, `scope_id`, `path`, `value`) VALUES (%d, 'default', 0, '%s', '%s');\n" % (r.randint(100, 900) + i, p, v)
    return 'dev/db/core_config_payment.sql', t


@L('la_sops_yaml', 'generic', 'ciphertext', 'yaml')
def _(r):
    def enc():
        return 'ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]' % (b64(rbytes(r, r.randint(12, 40))), b64(rbytes(r, 32)), b64(rbytes(r, 16)))
    t = """nmi_security_key: %s
dwolla_secret: %s
sftp_password: %s
sops:
    kms:
        - arn: arn:aws:kms:us-east-1:%s:key/%s
          created_at: "%sT10:11:12Z"
          enc: %s
          aws_profile: ""
    lastmodified: "%sT10:11:13Z"
    mac: %s
    version: 3.8.1
""" % (enc(), enc(), enc(), digits(r, 12), uuid4(r), date(r), b64(rbytes(r, 180)), date(r), enc())
    return 'secrets/prod.enc.yaml', t


@L('la_checksums', 'nacha', 'checksum', 'text')
def _(r):
    out = []
    for _ in range(r.randint(3, 8)):
        out.append('%s  ACH_%s_%03d.txt' % (hexs(r, 64), date(r).replace('-', ''), r.randint(1, 40)))
    return r.choice(['archive/ach/SHA256SUMS', 'outbound/manifest.sha256']), '\n'.join(out) + '\n'


@L('la_moneris_receipt', 'moneris', 'gateway_response', 'xml')
def _(r):
    t = """<?xml version="1.0"?>
<response><receipt>
  <ReceiptId>ord-%s</ReceiptId>
  <ReferenceNum>%s</ReferenceNum>
  <ResponseCode>027</ResponseCode>
  <AuthCode>%s</AuthCode>
  <TransTime>%02d:%02d:%02d</TransTime>
  <TransDate>%s</TransDate>
  <TransType>00</TransType>
  <Complete>true</Complete>
  <Message>APPROVED           *                    =</Message>
  <TransAmount>%.2f</TransAmount>
  <CardType>V</CardType>
  <TransID>%s-0_%s</TransID>
  <DataKey>ot-%s</DataKey>
</receipt></response>
""" % (digits(r, 8), digits(r, 18), rs(r, UPAN, 6), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), date(r),
       r.uniform(5, 500), digits(r, 6), digits(r, 2), mixed(r, ALNUM, 22))
    return 'tests/fixtures/moneris_purchase_response.xml', t


@L('la_dwolla_event', 'dwolla', 'webhook_event', 'json')
def _(r):
    eid, rid = uuid4(r), uuid4(r)
    d = {"_links": {"self": {"href": "https://api.dwolla.com/events/" + eid},
                    "resource": {"href": "https://api.dwolla.com/transfers/" + rid},
                    "account": {"href": "https://api.dwolla.com/accounts/" + uuid4(r)}},
         "id": eid, "created": date(r) + "T16:02:14.000Z", "topic": "customer_bank_transfer_completed",
         "resourceId": rid, "headers": {"X-Request-Signature-SHA-256": hexs(r, 64)}}
    return 'test/fixtures/dwolla/transfer_completed.json', json.dumps(d, indent=2) + '\n'


@L('la_mt_payment_order', 'modern_treasury', 'api_response', 'json')
def _(r):
    d = {"id": uuid4(r), "object": "payment_order", "type": "ach", "amount": r.randint(100, 10 ** 7), "direction": "credit",
         "originating_account_id": uuid4(r), "receiving_account_id": uuid4(r), "status": "completed",
         "counterparty_id": uuid4(r), "effective_date": date(r), "reference_numbers": [
             {"id": uuid4(r), "reference_number": digits(r, 15), "reference_number_type": "ach_trace_number"}],
         "live_mode": True}
    return 'spec/fixtures/modern_treasury/payment_order.json', json.dumps(d, indent=2) + '\n'


@L('la_bank_accounts_sql', 'ach', 'routing_numbers', 'sql')
def _(r):
    t = "INSERT INTO bank_accounts (id, customer_id, routing_number, account_last4, account_type, plaid_free_token, created_at) VALUES\n"
    rows = []
    for _ in range(r.randint(3, 7)):
        rows.append("  ('%s', %d, '%s', '%s', '%s', 'ba_%s', '%s')" % (uuid4(r), r.randint(1000, 99999), routing(r), digits(r, 4),
                                                                r.choice(['checking', 'savings']), hexs(r, 24), date(r)))
    return 'db/seeds/bank_accounts.sql', t + ',\n'.join(rows) + ';\n'


@L('la_postman_vars', 'authorizenet', 'postman_template', 'json')
def _(r):
    d = {"info": {"_postman_id": uuid4(r), "name": "Gateway smoke tests",
                  "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "item": [{"name": "authCapture", "request": {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                   "body": {"mode": "raw", "raw": "{\"createTransactionRequest\":{\"merchantAuthentication\":{\"name\":\"{{apiLoginId}}\",\"transactionKey\":\"{{transactionKey}}\"},\"transactionRequest\":{\"transactionType\":\"authCaptureTransaction\",\"amount\":\"5.00\"}}}"},
                   "url": "{{baseUrl}}/xml/v1/request.api"}}],
         "variable": [{"key": "baseUrl", "value": "https://apitest.authorize.net"}, {"key": "apiLoginId", "value": ""},
                      {"key": "transactionKey", "value": ""}]}
    return 'postman/gateway_smoke.postman_collection.json', json.dumps(d, indent=2) + '\n'


@L('la_go_constants', 'ach', 'constants', 'go')
def _(r):
    t = """package ach

// Federal Reserve routing numbers of partner ODFIs
var PartnerODFI = map[string]string{
	"primary":   "%s",
	"secondary": "%s",
}

const (
	ServiceClassMixed   = 200
	ServiceClassCredits = 220
	SECCodePPD          = "PPD"
	CompanyID           = "1%s"
	FileIDModifier      = "A"
	BatchHeaderHash     = "%s" // sha1 of template, used in tests
)
""" % (routing(r), routing(r), digits(r, 9), hexs(r, 40))
    return 'pkg/ach/constants.go', t


@L('la_bambora_profile', 'bambora', 'customer_code', 'json')
def _(r):
    d = {"code": 1, "message": "Operation Successful", "customer_code": hexs(r, 32, upper=True),
         "card": {"name": "J Doe", "number": "4030XXXXXXXX" + digits(r, 4), "expiry_month": "%02d" % r.randint(1, 12),
                  "expiry_year": str(r.randint(25, 30)), "card_type": "VI", "function": "DEFAULT"},
         "modified_date": date(r) + "T11:12:13", "last_transaction": digits(r, 8)}
    return 'test/fixtures/bambora_profile.json', json.dumps(d, indent=2) + '\n'


@L('la_docker_digests', 'generic', 'image_digest', 'yaml')
def _(r):
    t = """services:
  ach-worker:
    image: ghcr.io/%s/ach-worker@sha256:%s
  recon:
    image: ghcr.io/%s/recon@sha256:%s
    environment:
      RECON_BUILD: "%s"
""" % (co(r), hexs(r, 64), co(r), hexs(r, 64), hexs(r, 40))
    return 'deploy/compose.pinned.yml', t


@L('la_runbook_rotation', 'nacha_sftp', 'runbook', 'markdown')
def _(r):
    t = """# Rotating the bank SFTP key

1. Generate a new key: `ssh-keygen -t ed25519 -f bankdrop_%s -C ach@%s`
2. Send the **public** key to the bank; fingerprint: `SHA256:%s`
3. Store the private key in Vault at `secret/ach/sftp_key` (never commit it).
4. Update `ACH_SFTP_KEY_PATH` in the deployment and restart `ach-worker`.
5. Confirm the test file `ACH_TEST_%s.txt` (checksum `%s`) arrives.
""" % (date(r).replace('-', ''), co(r), b64(rbytes(r, 32)).rstrip('='), digits(r, 6), hexs(r, 64))
    return 'docs/runbooks/rotate-bank-sftp-key.md', t


@L('la_activemerchant_fixtures', 'activemerchant', 'fixture_placeholders', 'yaml')
def _(r):
    t = """# Add your own credentials to ~/.active_merchant/fixtures.yml
authorize_net:
  login: X
  password: Y

nmi:
  login: LOGIN

usa_epay:
  login: LOGIN

orbital_gateway:
  login: LOGIN
  password: PASSWORD
  merchant_id: MERCHANT_ID

cyber_source:
  login: LOGIN
  password: PASSWORD
"""
    return 'test/fixtures.yml', t


@L('la_uuid_config', 'finix', 'ids', 'yaml')
def _(r):
    t = """finix:
  application_id: AP%s
  merchant_id: MU%s
  identity_id: ID%s
  processor: DUMMY_V1
  idempotency_namespace: %s
""" % (mixed(r, ALNUM, 22), mixed(r, ALNUM, 22), mixed(r, ALNUM, 22), uuid4(r))
    return 'config/finix_ids.yml', t


@L('la_questrade_response', 'questrade', 'api_response', 'json')
def _(r):
    d = {"accounts": [{"type": r.choice(["TFSA", "RRSP", "Margin"]), "number": digits(r, 8), "status": "Active",
                       "isPrimary": True, "isBilling": True, "clientAccountType": "Individual"} for _ in range(r.randint(1, 3))],
         "userId": r.randint(100000, 9999999)}
    return 'tests/data/questrade_accounts.json', json.dumps(d, indent=2) + '\n'


@L('la_cpost_manifest', 'canada_post', 'tracking', 'xml')
def _(r):
    t = """<?xml version="1.0" encoding="UTF-8"?>
<shipment-info xmlns="http://www.canadapost.ca/ws/shipment-v8">
  <shipment-id>%s</shipment-id>
  <shipment-status>created</shipment-status>
  <tracking-pin>%s</tracking-pin>
  <links>
    <link rel="self" href="https://soa-gw.canadapost.ca/rs/%s/%s/shipment/%s" media-type="application/vnd.cpc.shipment-v8+xml"/>
  </links>
</shipment-info>
""" % (digits(r, 18), digits(r, 16), digits(r, 10), digits(r, 10), digits(r, 18))
    return 'tests/fixtures/cpc_shipment.xml', t


@L('la_unit_response', 'unit', 'api_response', 'json')
def _(r):
    d = {"data": {"type": "achPayment", "id": digits(r, 6), "attributes": {"createdAt": date(r) + "T12:00:00.000Z",
          "amount": r.randint(100, 100000), "direction": "Credit", "status": "Sent", "counterparty": {
              "routingNumber": routing(r), "accountNumber": "****" + digits(r, 4), "accountType": "Checking", "name": "Jane Doe"},
          "traceNumber": digits(r, 15), "description": "Payroll"},
          "relationships": {"account": {"data": {"type": "depositAccount", "id": digits(r, 6)}}}}}
    return 'test/fixtures/unit_ach_payment.json', json.dumps(d, indent=2) + '\n'


@L('la_tsys_terminal', 'tsys', 'terminal_ids', 'properties')
def _(r):
    t = """# terminal inventory, lane -> device
lane.1.device_id=%s
lane.1.serial=%s
lane.2.device_id=%s
lane.2.serial=%s
store.mid=%s
store.tid=%s
firmware.sha1=%s
""" % (digits(r, 14), rs(r, UPAN, 10), digits(r, 14), rs(r, UPAN, 10), digits(r, 12), digits(r, 8), hexs(r, 40))
    return 'pos-agent/terminals.properties', t


@L('la_env_example', 'authorizenet', 'env_template', 'env-example')
def _(r):
    t = """# copy to .env and fill in
ANET_API_LOGIN_ID=
ANET_TRANSACTION_KEY=
ANET_SIGNATURE_KEY=
NMI_SECURITY_KEY=your-security-key
DWOLLA_APP_KEY=
DWOLLA_APP_SECRET=
ACH_SFTP_PASSWORD=changeme
"""
    return r.choice(['.env.example', '.env.sample']), t


# ---------------------------------------------------------------- driver
def is_env_path(p):
    b = os.path.basename(p)
    return b == '.env' or (b.startswith('.env.') and b not in ('.env.example', '.env.sample', '.env.template', '.env.dist'))


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(text)


def line_of(text, needle):
    i = text.find(needle)
    assert i >= 0, needle
    ln = text.count('\n', 0, i) + 1
    assert needle in text.split('\n')[ln - 1]
    return ln


def main():
    if len(sys.argv) != 3:
        sys.stderr.write('usage: gen_mp.py OUTDIR SEED\n')
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    needles = set()

    order = []
    while len(order) < 500:
        blk = POS_T[:]
        r.shuffle(blk)
        order += blk
    order = order[:500]
    n_env = 0
    for i, t in enumerate(order):
        if t['env']:
            n_env += 1
            if n_env > 24:
                t = r.choice([x for x in POS_T if not x['env']])
        for _ in range(50):
            v = t['gen'](r)
            nd = t['needle'](v) if t['needle'] else v
            if nd not in needles:
                break
        needles.add(nd)
        path, text = t['render'](r, v)
        rel = 'pos/p%04d/%s' % (i, path)
        ln = line_of(text, nd)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": t['provider'], "kind": t['kind'],
                         "filetype": t['filetype'], "template": t['name']})
        secrets.append({"file": rel, "needle": nd, "line": ln})

    negs = []
    reuse = [t for t in POS_T if t['name'] != 'nacha_privkey']
    order = []
    while len(order) < 250:
        blk = reuse[:]
        r.shuffle(blk)
        order += blk
    for t in order[:250]:
        sub, v = neg_value(r, t)
        path, text = t['render'](r, v)
        if is_env_path(path):
            path = os.path.join(os.path.dirname(path), '.env.example')
        negs.append((path, text, t['provider'], t['kind'] + ':' + sub, t['filetype'], t['name'] + '#neg'))
    order = []
    while len(order) < 250:
        blk = LA_T[:]
        r.shuffle(blk)
        order += blk
    for t in order[:250]:
        path, text = t['render'](r)
        negs.append((path, text, t['provider'], t['kind'], t['filetype'], t['name']))
    r.shuffle(negs)
    for i, (path, text, prov, kind, ft, name) in enumerate(negs):
        assert not is_env_path(path), path
        for nd in needles:
            assert nd not in text
        rel = 'neg/n%04d/%s' % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ft, "template": name})

    with open(os.path.join(outdir, 'manifest.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=True) + '\n')
    with open(os.path.join(outdir, 'secrets.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        for s in secrets:
            fh.write(json.dumps(s, sort_keys=True) + '\n')


if __name__ == '__main__':
    main()
