#!/usr/bin/env python3
"""gen_lg.py - blind evaluation set: Brazilian / Latin American business stack.

EMPHASIS
    The Brazilian and Spanish-speaking Latin American business stack beyond card
    gateways: PIX through banks' APIs (Efi/Gerencianet Client_Id/Client_Secret and
    .p12 passwords, Banco Inter, Itau, Sicredi, Santander), Asaas ($aact_ keys),
    Iugu, Pagar.me (sk_ / ak_live_), Mercado Pago / Mercado Livre (APP_USR- access
    tokens, TG- refresh tokens, client secrets), NF-e / NFS-e issuance (Focus NFe,
    eNotas, NFE.io, PlugNotas, A1 certificate passwords, ACBr .ini), ERPs (Bling v3,
    Omie app_key/app_secret, Tiny ERP, TOTVS Protheus REST basic auth, Conta Azul),
    messaging (Zenvia X-API-TOKEN, Take Blip "Key ..." authorization, Z-API instance
    token + Client-Token), logistics (Melhor Envio JWT, Correios CWS access code),
    Mexico CFDI (Facturama, Finkok, SAT e.firma / CSD .key passwords), Argentina
    AFIP WSAA (PEM private key), Chile SII and Colombia DIAN certificate passwords.
    Comments and names in Portuguese and Spanish.
    File types: PHP (Laravel config, services, .env few), Python, JS / TypeScript,
    Java (Spring application.properties / application.yml), C# appsettings.json and
    .cs, Delphi / Lazarus (.pas, .ini, .dfm-less units), YAML (GitHub Actions,
    docker-compose, Helm values, Ansible vars), JSON, Postman collections, shell,
    Markdown in Portuguese / Spanish, SQL, XML (CFDI, web.config), CSV, logs.

USAGE
    python3 -B gen_lg.py OUTDIR SEED
    Writes OUTDIR/pos/p0000..p0499/<relpath>, OUTDIR/neg/n0000..n0499/<relpath>,
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic per SEED: all
    randomness comes from one random.Random(SEED).

NEEDLE CONVENTIONS
    * The needle is the bare secret value exactly as written, without quotes.
    * Prefixed keys keep their prefix ($aact_prod_..., APP_USR-..., sk_..., TG-...,
      Client_Secret_...).
    * HTTP headers: only the credential, not the scheme: for "Authorization: Key X"
      the needle is X; for "Authorization: Basic X" it is the base64 X; for
      "Authorization: Bearer X" it is X; for "Client-Token: X" it is X.
    * URLs: for https://user:PASS@host the needle is PASS; for a Z-API URL
      .../instances/ID/token/TOKEN/... the needle is TOKEN (the instance id is public).
    * Key pairs (client id + secret, app_key + app_secret, user + password): the
      needle is the secret half only; the id / user is innocent context.
    * Multi-line PEM private keys: the needle is the "-----BEGIN ... PRIVATE KEY-----"
      line (the first line of the key block); the whole block is the credential.
    * Connection strings / ini files: the password value only.

NEGATIVES
    Half re-use the positive templates with the secret slot holding: placeholders in
    Portuguese / Spanish / English (SEU_TOKEN_AQUI, sua-chave-aqui, <tu-clave>,
    xxxx...), empty values, masks (****, [REDACTED], [OCULTO]), env / secret-manager
    references (${VAR}, {{ secrets.X }}, op://..., vault:...), providers' documented
    example values (Pagar.me sk_qrezZl4TrZFRb1Vx / pk_e7BkJ1dKsYtWQXWV, Mercado
    Pago APP_USR-12345678-031820-X-12345678, Asaas $aact_prod_xxxxxxxxxxxxxxxxxx) and
    public values (Mercado Pago APP_USR-<uuid> public keys, Pagar.me pk_ keys).
    The other half are domain look-alikes: CNPJ / CPF / RFC / CUIT with valid check
    digits, PIX keys (e-mail, phone, CPF, random UUID), PIX copia-e-cola EMV payloads
    with CRC16, NF-e 44-digit access keys (mod 11), CFDI XML with SAT folio fiscal
    UUID, NoCertificado, Sello and Certificado (public base64), boleto linha
    digitavel, DIAN CUFE (SHA-384 hex), AFIP CAE, Correios tracking codes, Mercado
    Livre item ids, public certificates, env lookups in code (env(), os.environ,
    process.env, GetEnvironmentVariable), hashes in lock files, request ids in logs.
    No negative is written to a .env / .env.<stage> file.

FORMATS CHECKED (search tool, providers' documentation)
    * Asaas (docs.asaas.com): key sent in the "access_token" header; prefixes
      $aact_prod_ (production) and $aact_hmlg_ (sandbox); "$" is part of the key.
      The base64 body ("<hex>::<id>::$aach_<uuid>") is from how keys look in
      public projects, not from the docs.
    * Mercado Pago (mercadopago.com.*/developers): Public Key + Access Token and
      Client ID + Client Secret pairs; header "Authorization: Bearer APP_USR-...";
      doc example APP_USR-12345678-031820-X-12345678 (used only as a negative).
    * Pagar.me (docs.pagar.me): v5 secret keys sk_test_* / sk_*, public pk_test_* /
      pk_*; Basic auth with the key as user; doc examples sk_qrezZl4TrZFRb1Vx and
      pk_e7BkJ1dKsYtWQXWV (negatives); v2/v4 keys start with ak_ then live/test.
    * Efi (public projects, SDK options): Client_Id_<40 hex>, Client_Secret_<40 hex>,
      options client_id / client_secret / certificate / certificate_pass / sandbox.
    * Z-API (developer.z-api.io): URL /instances/{instanceId}/token/{token}/...,
      account security token sent in the "Client-Token" header.
    * Focus NFe (focusnfe.com.br): token per environment (homologacao / producao),
      used as HTTP Basic user with empty password.
    * Omie: app_key / app_secret sent in the JSON body next to "call" and "param".

DOUBTS
    * Exact lengths not confirmed in docs: Pagar.me sk_ body (32 used), Iugu token
      (32 hex upper used), Focus NFe token (32 alnum), eNotas key, NFE.io key (40
      alnum), PlugNotas key (UUID-like), Bling v3 client secret (64 hex), Tiny token
      (64 hex), Conta Azul secret, Zenvia token, Z-API instance token (24 hex upper),
      Z-API Client-Token (F + 33 alnum), Correios access code (40 alnum), Santander
      client secret (16 alnum), Itau / Inter / Sicredi secrets (UUID-shaped).
    * Mercado Pago access token shape APP_USR-<16 digits>-<6 digits>-<32 hex>-<9
      digits> follows public projects; the docs only show a shortened example.
    * Asaas body layout and the "000" lead in the new-format keys are from public
      projects, not from the docs.
    * Take Blip "Key" value = base64("<bot id>:<access key>") is from memory of the
      Blip portal; not confirmed with the search tool.
"""

import base64
import hashlib
import json
import os
import random
import string
import sys

# ---------------------------------------------------------------------------
# low level random helpers
# ---------------------------------------------------------------------------
ALNUM = string.ascii_letters + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
UPALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
DIG = string.digits


def rs(r, n, alph=ALNUM):
    return "".join(r.choice(alph) for _ in range(n))


def hexs(r, n, upper=False):
    s = rs(r, n, HEX)
    return s.upper() if upper else s


def digits(r, n, lead_nonzero=True):
    s = rs(r, n, DIG)
    if lead_nonzero and s[0] == "0":
        s = r.choice("123456789") + s[1:]
    return s


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def uuid4(r, upper=False):
    h = hexs(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def mix_case_pw(r):
    """Random machine-style password."""
    alph = ALNUM + "!*-_.#%"
    while True:
        p = rs(r, r.randint(14, 24), alph)
        if any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(c.islower() for c in p):
            return p


WORDS_PW = ["Jacaranda", "Ipe", "Capivara", "Tucano", "Araucaria", "Quetzal", "Condor", "Vicuna",
            "Maracuja", "Guarana", "Jabuticaba", "Aguacate", "Chirimoya", "Lapacho", "Ombu",
            "Sabia", "Colibri", "Paineira", "Cafezal", "Nopal", "Ceibo", "Yerba", "Pampa"]


def human_pw(r):
    """Human-style password (word + digits + symbol), URL/INI/JSON safe."""
    w1 = r.choice(WORDS_PW)
    w2 = r.choice(WORDS_PW).lower()
    sym = r.choice("!*.-_#")
    n = digits(r, r.randint(2, 4), False)
    form = r.randint(0, 2)
    if form == 0:
        return w1 + sym + w2 + n
    if form == 1:
        return w1 + n + sym + rs(r, 3, UPALNUM)
    return rs(r, 2, string.ascii_lowercase) + w1 + n + sym


def pw(r):
    return human_pw(r) if r.random() < 0.45 else mix_case_pw(r)


def url_pw(r):
    alph = ALNUM + "-_."
    p = rs(r, r.randint(14, 22), alph)
    return r.choice(string.ascii_uppercase) + p + r.choice(DIG)


# ---------------------------------------------------------------------------
# provider secret formats
# ---------------------------------------------------------------------------
def g_asaas(r):
    if r.random() < 0.7:
        env = "prod" if r.random() < 0.75 else "hmlg"
        inner = "%s::%s::$aach_%s" % (hexs(r, 32), uuid4(r), uuid4(r))
        return "$aact_%s_000%s" % (env, b64(inner.encode()))
    inner = "%s::%s::$aach_%s" % (hexs(r, 32), "0" * 12 + digits(r, 6), uuid4(r))
    return "$aact_" + b64(inner.encode())


def g_mp_access(r, prefix="APP_USR"):
    mmddhh = "%02d%02d%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23))
    return "%s-%s-%s-%s-%s" % (prefix, digits(r, 16), mmddhh, hexs(r, 32), digits(r, 9))


def g_ml_refresh(r):
    return "TG-%s-%s" % (hexs(r, 24), digits(r, 9))


def g_mp_client_secret(r):
    return rs(r, 32)


def g_pagarme_sk(r):
    return "sk_" + ("test_" if r.random() < 0.3 else "") + rs(r, 32)


def g_pagarme_ak(r):
    return "ak_" + r.choice(["live", "live", "test"]) + "_" + rs(r, 30)


def g_iugu(r):
    return hexs(r, 32, upper=True)


def g_efi_secret(r):
    return "Client_Secret_" + hexs(r, 40)


def g_uuid_secret(r):
    return uuid4(r)


def g_focus(r):
    return rs(r, 32)


def g_enotas(r):
    return b64(rbytes(r, 36))


def g_nfeio(r):
    return rs(r, 40)


def g_bling_secret(r):
    return hexs(r, 64)


def g_omie_secret(r):
    return hexs(r, 32)


def g_tiny(r):
    return hexs(r, 64)


def g_contaazul(r):
    return rs(r, 40, LOWALNUM)


def g_zenvia(r):
    return rs(r, 40, ALNUM + "-_")


def g_blip(r):
    bot = r.choice(["atendimento", "vendas", "cobranca", "suporte", "sac", "pedidos"]) + \
        r.choice(["bot", "router", "", "hml"]) + digits(r, r.randint(0, 3), False)
    return b64(("%s:%s" % (bot, rs(r, 20))).encode())


def g_zapi_token(r):
    return hexs(r, 24, upper=True)


def g_zapi_client(r):
    return "F" + rs(r, 33)


def g_santander(r):
    return rs(r, 16)


def g_correios(r):
    return rs(r, 40)


def g_melhorenvio(r):
    head = b64url(b'{"typ":"JWT","alg":"RS256"}')
    now = r.randint(1690000000, 1760000000)
    payload = {"aud": str(r.randint(1, 9999)), "jti": hexs(r, 80), "iat": now, "nbf": now,
               "exp": now + 31536000, "sub": uuid4(r),
               "scopes": ["cart-read", "cart-write", "shipping-calculate", "shipping-generate",
                          "shipping-print", "shipping-tracking", "orders-read"]}
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    sig = b64url(rbytes(r, 256))
    return "%s.%s.%s" % (head, body, sig)


def g_pw(r):
    return pw(r)


def g_url_pw(r):
    return url_pw(r)


def g_numeric_pin(r):
    return digits(r, r.randint(6, 8), False)


def pem_private_key(r, kind="PRIVATE KEY"):
    """Random PKCS#8 / PKCS#1 looking block. Returns list of lines."""
    if kind == "PRIVATE KEY":
        prefix = base64.b64decode("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ==")[:26]
    else:
        prefix = base64.b64decode("MIIEowIBAAKCAQEA")
    body = b64(prefix + rbytes(r, 1190 - len(prefix)))
    lines = ["-----BEGIN %s-----" % kind]
    lines += [body[i:i + 64] for i in range(0, len(body), 64)]
    lines.append("-----END %s-----" % kind)
    return lines


# ---------------------------------------------------------------------------
# innocent context helpers and domain look-alike values
# ---------------------------------------------------------------------------
EMPRESAS = ["Padaria Sao Jorge Ltda", "Ferragens Bom Preco ME", "Distribuidora Norte Sul S.A.",
            "Loja da Vila Comercio Eireli", "Agropecuaria Vale Verde", "Clinica Sorriso Ltda",
            "Oficina do Ze Servicos", "Mercadinho Boa Vista", "Moveis Serra Gaucha Ltda",
            "Abarrotes La Esperanza S.A. de C.V.", "Ferreteria El Tornillo SRL",
            "Comercializadora Andina SpA", "Distribuidora del Caribe S.A.S.",
            "Panaderia Santa Fe S.A.", "Tech Pampa S.R.L.", "Cafe Serrano S.A.S."]
CIDADES = ["Sao Paulo", "Curitiba", "Belo Horizonte", "Recife", "Porto Alegre", "Goiania",
           "Campinas", "Florianopolis", "Fortaleza", "Salvador", "Manaus", "Londrina"]
CIUDADES = ["Ciudad de Mexico", "Guadalajara", "Monterrey", "Buenos Aires", "Cordoba", "Rosario",
            "Santiago", "Valparaiso", "Bogota", "Medellin", "Cali", "Lima"]
DOMINIOS = ["lojadavila.com.br", "bompreco.com.br", "valeverde.agr.br", "padariasj.com.br",
            "sorrisoclinica.com.br", "serragaucha.ind.br", "abarroteslaesperanza.mx",
            "eltornillo.com.ar", "andina.cl", "delcaribe.com.co", "techpampa.com.ar"]
NOMES = ["ana.souza", "joao.pereira", "mariana.lima", "carlos.oliveira", "fernanda.costa",
         "luis.garcia", "sofia.martinez", "diego.fernandez", "camila.rojas", "andres.gomez"]


def cnpj(r, fmt=True):
    n = [r.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        s = sum(a * b for a, b in zip(n, w)) % 11
        n.append(0 if s < 2 else 11 - s)
    d = "".join(map(str, n))
    if not fmt:
        return d
    return "%s.%s.%s/%s-%s" % (d[:2], d[2:5], d[5:8], d[8:12], d[12:])


def cpf(r, fmt=True):
    n = [r.randint(0, 9) for _ in range(9)]
    for k in (10, 11):
        s = sum(a * b for a, b in zip(n, range(k, 1, -1))) % 11
        n.append(0 if s < 2 else 11 - s)
    d = "".join(map(str, n))
    return "%s.%s.%s-%s" % (d[:3], d[3:6], d[6:9], d[9:]) if fmt else d


def cuit(r):
    pre = r.choice(["20", "23", "27", "30", "33"])
    body = pre + digits(r, 8, False)
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = 11 - sum(int(a) * b for a, b in zip(body, w)) % 11
    dv = 0 if s == 11 else (9 if s == 10 else s)
    return "%s-%s-%d" % (body[:2], body[2:], dv)


def rfc(r, moral=True):
    n = 3 if moral else 4
    return rs(r, n, string.ascii_uppercase) + "%02d%02d%02d" % (r.randint(0, 99), r.randint(1, 12), r.randint(1, 28)) \
        + rs(r, 3, UPALNUM)


def rut_cl(r):
    n = r.randint(60000000, 79999999)
    s, m = 0, 2
    for c in reversed(str(n)):
        s += int(c) * m
        m = 2 if m == 7 else m + 1
    dv = 11 - s % 11
    dvs = "0" if dv == 11 else ("K" if dv == 10 else str(dv))
    return "%s-%s" % ("{:,}".format(n).replace(",", "."), dvs)


def nit_co(r):
    return "%s-%d" % (digits(r, 9), r.randint(0, 9))


def mod11_nfe(d):
    w, s = 2, 0
    for c in reversed(d):
        s += int(c) * w
        w = 2 if w == 9 else w + 1
    rem = s % 11
    return 0 if rem < 2 else 11 - rem


def nfe_key(r):
    d = "%02d" % r.choice([35, 41, 31, 43, 26, 52, 33, 42]) + "%02d%02d" % (r.randint(21, 25), r.randint(1, 12)) \
        + cnpj(r, False) + r.choice(["55", "65"]) + "%03d" % r.randint(1, 9) + "%09d" % r.randint(1, 999999) \
        + "1" + digits(r, 8, False)
    return d + str(mod11_nfe(d))


def crc16(s):
    crc = 0xFFFF
    for ch in s.encode():
        crc ^= ch << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return "%04X" % crc


def emv(tag, val):
    return "%s%02d%s" % (tag, len(val), val)


def pix_key(r):
    k = r.randint(0, 3)
    if k == 0:
        return "%s@%s" % (r.choice(NOMES), r.choice(DOMINIOS))
    if k == 1:
        return "+55%d9%s" % (r.randint(11, 99), digits(r, 8, False))
    if k == 2:
        return cpf(r, False)
    return uuid4(r)


def pix_copia_cola(r):
    mai = emv("00", "br.gov.bcb.pix") + emv("01", pix_key(r))
    nome = r.choice(EMPRESAS).upper()[:25]
    cidade = r.choice(CIDADES).upper()[:15]
    s = emv("00", "01") + emv("26", mai) + emv("52", "0000") + emv("53", "986") + \
        emv("54", "%d.%02d" % (r.randint(1, 900), r.randint(0, 99))) + emv("58", "BR") + \
        emv("59", nome) + emv("60", cidade) + emv("62", emv("05", rs(r, r.randint(8, 25), UPALNUM))) + "6304"
    return s + crc16(s)


def mod10(d):
    s, w = 0, 2
    for c in reversed(d):
        p = int(c) * w
        s += p // 10 + p % 10
        w = 1 if w == 2 else 2
    return (10 - s % 10) % 10


def boleto(r):
    bank = r.choice(["001", "237", "341", "104", "033", "748", "756"])
    free = digits(r, 25, False)
    factor = "%04d" % r.randint(1000, 9999)
    value = "%010d" % r.randint(1000, 999999)
    partial = bank + "9" + factor + value + free
    w, s = 2, 0
    for c in reversed(partial):
        s += int(c) * w
        w = 2 if w == 9 else w + 1
    dv = 11 - s % 11
    dv = 1 if dv in (0, 10, 11) else dv
    f1 = bank + "9" + free[:5]
    f1 += str(mod10(f1))
    f2 = free[5:15] + str(mod10(free[5:15]))
    f3 = free[15:25] + str(mod10(free[15:25]))
    return "%s.%s %s.%s %s.%s %d %s%s" % (f1[:5], f1[5:], f2[:5], f2[5:], f3[:5], f3[5:], dv, factor, value)


def correios_track(r):
    return rs(r, 2, string.ascii_uppercase) + digits(r, 9, False) + "BR"


def ml_item(r):
    return r.choice(["MLB", "MLA", "MLM", "MCO", "MLC"]) + digits(r, 10)


def sha_hex(r, n=64):
    return hashlib.sha256(rbytes(r, 32)).hexdigest()[:n] if n <= 64 else hashlib.sha384(rbytes(r, 32)).hexdigest()


def public_cert_lines(r):
    body = b64(base64.b64decode("MIIGzjCCBLagAwIBAgI=")[:14] + rbytes(r, 1000))
    return ["-----BEGIN CERTIFICATE-----"] + [body[i:i + 64] for i in range(0, len(body), 64)] + \
        ["-----END CERTIFICATE-----"]


def mp_public_key(r):
    return "APP_USR-" + uuid4(r)


def pick(r, xs):
    return r.choice(xs)


# ---------------------------------------------------------------------------
# slot templates (positives; negatives re-use them with a non-secret slot)
# each template: fn(r, v) -> (relpath, text); v is inserted verbatim
# ---------------------------------------------------------------------------
SLOTS = []


def slot(provider, kind, gen, var, conv=True, envfile=False):
    def deco(fn):
        SLOTS.append({"fn": fn, "provider": provider, "kind": kind, "gen": gen, "var": var,
                      "conv": conv, "envfile": envfile, "name": fn.__name__})
        return fn
    return deco


def J(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def L(*lines):
    return "\n".join(lines) + "\n"


def sandbox_flag(r):
    return r.choice(["true", "false"])


# ---- Asaas -----------------------------------------------------------------
@slot("asaas", "api_key", g_asaas, "ASAAS_API_KEY")
def t_asaas_laravel(r, v):
    return pick(r, ["config/services.php", "config/asaas.php"]), L(
        "<?php",
        "",
        "return [",
        "    // Gateway de cobranca (boleto, PIX e cartao)",
        "    'asaas' => [",
        "        'url' => env('ASAAS_URL', 'https://api.asaas.com/v3'),",
        "        'api_key' => '%s'," % v,
        "        'webhook_path' => '/webhooks/asaas',",
        "        'dias_vencimento' => %d," % r.randint(2, 10),
        "    ],",
        "",
        "    'mailgun' => [",
        "        'domain' => env('MAILGUN_DOMAIN'),",
        "        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),",
        "    ],",
        "];")


@slot("asaas", "api_key", g_asaas, "ASAAS_KEY", conv=False)
def t_asaas_py_client(r, v):
    return pick(r, ["app/cobranca/asaas_client.py", "billing/gateways/asaas.py"]), L(
        "import requests",
        "",
        "BASE = 'https://api.asaas.com/v3'",
        "",
        "",
        "class AsaasClient:",
        '    """Cliente minimo para criar cobrancas PIX no Asaas."""',
        "",
        "    def __init__(self, user_agent='%s/1.0'):" % pick(r, ["loja-vila", "erp-interno", "portal-cliente"]),
        "        self.s = requests.Session()",
        "        self.s.headers.update({",
        "            'Content-Type': 'application/json',",
        "            'User-Agent': user_agent,",
        "            'access_token': '%s'," % v,
        "        })",
        "",
        "    def criar_cobranca(self, customer_id, valor, vencimento):",
        "        payload = {'customer': customer_id, 'billingType': 'PIX',",
        "                   'value': valor, 'dueDate': vencimento}",
        "        r = self.s.post(BASE + '/payments', json=payload, timeout=15)",
        "        r.raise_for_status()",
        "        return r.json()")


@slot("asaas", "api_key", g_asaas, "ASAAS_API_KEY", conv=False)
def t_asaas_ts(r, v):
    return pick(r, ["src/services/asaas.ts", "src/lib/payments/asaas.ts"]), L(
        "import axios from 'axios';",
        "",
        "// TODO mover para o cofre antes do deploy",
        "export const asaas = axios.create({",
        "  baseURL: 'https://api%s.asaas.com/v3'," % pick(r, ["", "-sandbox"]),
        "  timeout: 10_000,",
        "  headers: {",
        "    'Content-Type': 'application/json',",
        "    access_token: '%s'," % v,
        "  },",
        "});",
        "",
        "export async function buscarCliente(cpfCnpj: string) {",
        "  const { data } = await asaas.get('/customers', { params: { cpfCnpj } });",
        "  return data.data?.[0] ?? null;",
        "}")


@slot("asaas", "api_key", g_asaas, "ASAAS_API_KEY", envfile=True)
def t_asaas_env(r, v):
    return pick(r, [".env", ".env.production"]), L(
        "APP_NAME=\"%s\"" % pick(r, EMPRESAS),
        "APP_ENV=production",
        "APP_DEBUG=false",
        "APP_URL=https://%s" % pick(r, DOMINIOS),
        "",
        "DB_CONNECTION=mysql",
        "DB_HOST=127.0.0.1",
        "DB_PORT=3306",
        "DB_DATABASE=loja",
        "",
        "ASAAS_URL=https://api.asaas.com/v3",
        "ASAAS_API_KEY='%s'" % v,
        "ASAAS_WALLET_ID=%s" % uuid4(r))


@slot("asaas", "api_key", g_asaas, "ASAAS_TOKEN", conv=False)
def t_asaas_postman(r, v):
    col = {"info": {"_postman_id": uuid4(r), "name": "Asaas - Cobrancas",
                    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "item": [{"name": "Listar cobrancas", "request": {
               "method": "GET",
               "header": [{"key": "access_token", "value": v, "type": "text"},
                          {"key": "User-Agent", "value": "postman-financeiro", "type": "text"}],
               "url": {"raw": "https://api.asaas.com/v3/payments?status=PENDING",
                       "protocol": "https", "host": ["api", "asaas", "com"],
                       "path": ["v3", "payments"], "query": [{"key": "status", "value": "PENDING"}]}}}]}
    return pick(r, ["postman/Asaas.postman_collection.json", "docs/api/asaas.postman_collection.json"]), J(col)


@slot("asaas", "api_key", g_asaas, "ASAAS_API_KEY")
def t_asaas_md(r, v):
    return pick(r, ["docs/integracao-asaas.md", "docs/financeiro/asaas.md"]), L(
        "# Integracao com o Asaas",
        "",
        "Usamos o Asaas para emitir boletos e cobrancas PIX dos clientes.",
        "",
        "## Teste rapido",
        "",
        "```bash",
        "curl -s https://api.asaas.com/v3/customers \\",
        "  -H 'Content-Type: application/json' \\",
        "  -H 'User-Agent: %s' \\" % pick(r, ["erp-interno", "portal"]),
        "  -H 'access_token: %s'" % v,
        "```",
        "",
        "Webhook configurado em `/webhooks/asaas` (eventos PAYMENT_RECEIVED, PAYMENT_OVERDUE).")


# ---- Mercado Pago / Mercado Livre ---------------------------------------------
@slot("mercadopago", "access_token", g_mp_access, "MP_ACCESS_TOKEN", conv=False)
def t_mp_py_sdk(r, v):
    return pick(r, ["pagamentos/mp.py", "app/checkout/mercadopago_service.py"]), L(
        "import mercadopago",
        "",
        "# SDK oficial: https://github.com/mercadopago/sdk-python",
        'sdk = mercadopago.SDK("%s")' % v,
        "",
        "",
        "def criar_pix(valor, email, descricao):",
        "    body = {",
        '        "transaction_amount": float(valor),',
        '        "description": descricao,',
        '        "payment_method_id": "pix",',
        '        "payer": {"email": email},',
        "    }",
        '    return sdk.payment().create(body)["response"]')


@slot("mercadopago", "access_token", g_mp_access, "MERCADOPAGO_ACCESS_TOKEN")
def t_mp_node(r, v):
    return pick(r, ["src/payments/mercadopago.js", "server/mp.js"]), L(
        "const { MercadoPagoConfig, Preference } = require('mercadopago');",
        "",
        "const MERCADOPAGO_ACCESS_TOKEN = '%s';" % v,
        "const client = new MercadoPagoConfig({ accessToken: MERCADOPAGO_ACCESS_TOKEN, options: { timeout: 5000 } });",
        "",
        "async function criarPreferencia(itens, pedidoId) {",
        "  const preference = new Preference(client);",
        "  return preference.create({",
        "    body: {",
        "      items: itens,",
        "      external_reference: String(pedidoId),",
        "      notification_url: 'https://%s/webhooks/mp'," % pick(r, DOMINIOS),
        "    },",
        "  });",
        "}",
        "",
        "module.exports = { criarPreferencia };")


@slot("mercadopago", "access_token", g_mp_access, "MP_ACCESS_TOKEN")
def t_mp_props(r, v):
    return pick(r, ["src/main/resources/application.properties", "src/main/resources/application-prod.properties"]), L(
        "spring.application.name=checkout-service",
        "server.port=8080",
        "spring.datasource.url=jdbc:postgresql://db:5432/checkout",
        "spring.datasource.username=checkout",
        "spring.datasource.password=${DB_PASSWORD}",
        "",
        "# Mercado Pago",
        "mercadopago.public-key=%s" % mp_public_key(r),
        "mercadopago.access-token=%s" % v,
        "mercadopago.notification-url=https://%s/api/notificacoes" % pick(r, DOMINIOS),
        "",
        "logging.level.br.com.loja=INFO")


@slot("mercadopago", "access_token", g_mp_access, "MercadoPago__AccessToken")
def t_mp_appsettings(r, v):
    obj = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
           "AllowedHosts": "*",
           "ConnectionStrings": {"Default": "Server=sql01;Database=Loja;Integrated Security=true;TrustServerCertificate=true"},
           "MercadoPago": {"PublicKey": mp_public_key(r), "AccessToken": v,
                           "WebhookUrl": "https://%s/webhook/mercadopago" % pick(r, DOMINIOS)}}
    return pick(r, ["src/Loja.Api/appsettings.json", "Loja.Web/appsettings.Production.json"]), J(obj)


@slot("mercadopago", "access_token", g_mp_access, "MP_TOKEN", conv=False)
def t_mp_curl(r, v):
    return pick(r, ["scripts/consulta_pagamento.sh", "bin/mp-status.sh"]), L(
        "#!/usr/bin/env bash",
        "# Consulta o status de um pagamento no Mercado Pago",
        "set -euo pipefail",
        "",
        'PAGAMENTO_ID="${1:?informe o id do pagamento}"',
        "",
        'curl -sS "https://api.mercadopago.com/v1/payments/${PAGAMENTO_ID}" \\',
        "  -H 'Authorization: Bearer %s' \\" % v,
        "  | jq '{id, status, status_detail, transaction_amount}'")


@slot("mercadopago", "access_token", g_mp_access, "MP_ACCESS_TOKEN", conv=False)
def t_mp_php(r, v):
    return pick(r, ["app/Services/MercadoPagoService.php", "src/Pagamento/MercadoPago.php"]), L(
        "<?php",
        "",
        "namespace App\\Services;",
        "",
        "use MercadoPago\\MercadoPagoConfig;",
        "use MercadoPago\\Client\\Payment\\PaymentClient;",
        "",
        "class MercadoPagoService",
        "{",
        "    public function __construct()",
        "    {",
        '        MercadoPagoConfig::setAccessToken("%s");' % v,
        "        MercadoPagoConfig::setRuntimeEnviroment(MercadoPagoConfig::SERVER);",
        "    }",
        "",
        "    public function buscar(int $id)",
        "    {",
        "        return (new PaymentClient())->get($id);",
        "    }",
        "}")


@slot("mercadolivre", "oauth_client_secret", g_mp_client_secret, "ML_CLIENT_SECRET")
def t_ml_oauth_py(r, v):
    return pick(r, ["integracoes/mercadolivre/auth.py", "marketplace/meli_oauth.py"]), L(
        "import requests",
        "",
        "ML_CLIENT_ID = '%s'" % digits(r, 16),
        "ML_CLIENT_SECRET = '%s'" % v,
        "REDIRECT_URI = 'https://%s/meli/callback'" % pick(r, DOMINIOS),
        "",
        "",
        "def trocar_code(code):",
        "    resp = requests.post('https://api.mercadolibre.com/oauth/token', data={",
        "        'grant_type': 'authorization_code',",
        "        'client_id': ML_CLIENT_ID,",
        "        'client_secret': ML_CLIENT_SECRET,",
        "        'code': code,",
        "        'redirect_uri': REDIRECT_URI,",
        "    }, timeout=20)",
        "    resp.raise_for_status()",
        "    return resp.json()")


@slot("mercadolivre", "refresh_token", g_ml_refresh, "ML_REFRESH_TOKEN", conv=False)
def t_ml_token_cache(r, v):
    uid = digits(r, 9)
    obj = {"user_id": int(uid), "token_type": "Bearer", "expires_in": 21600,
           "scope": "offline_access read write", "refresh_token": v,
           "obtido_em": "2024-%02d-%02dT%02d:%02d:00-03:00" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)),
           "loja": pick(r, EMPRESAS)}
    return pick(r, ["storage/meli/token.json", "var/mercadolivre_tokens.json"]), J(obj)


@slot("mercadolivre", "access_token", g_mp_access, "MELI_ACCESS_TOKEN", conv=False)
def t_ml_yaml(r, v):
    return pick(r, ["config/marketplaces.yml", "deploy/marketplaces.yaml"]), L(
        "# Configuracao dos marketplaces sincronizados pelo ERP",
        "marketplaces:",
        "  mercadolivre:",
        "    site_id: %s" % pick(r, ["MLB", "MLA", "MLM"]),
        "    seller_id: %s" % digits(r, 9),
        "    token: %s" % v,
        "    sincronizar_estoque: true",
        "    intervalo_min: %d" % r.randint(5, 30),
        "  shopee:",
        "    habilitado: false")


# ---- Pagar.me --------------------------------------------------------------
@slot("pagarme", "api_key", g_pagarme_sk, "PAGARME_SECRET_KEY", conv=False)
def t_pagarme_php(r, v):
    return pick(r, ["app/Gateways/Pagarme.php", "src/Payment/PagarmeGateway.php"]), L(
        "<?php",
        "",
        "class PagarmeGateway",
        "{",
        "    private const ENDPOINT = 'https://api.pagar.me/core/v5';",
        "",
        "    private function headers(): array",
        "    {",
        "        return [",
        "            'Authorization: Basic ' . base64_encode('%s:')," % v,
        "            'Content-Type: application/json',",
        "        ];",
        "    }",
        "",
        "    public function criarPedido(array $pedido): array",
        "    {",
        "        $ch = curl_init(self::ENDPOINT . '/orders');",
        "        curl_setopt($ch, CURLOPT_HTTPHEADER, $this->headers());",
        "        curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($pedido));",
        "        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);",
        "        return json_decode(curl_exec($ch), true);",
        "    }",
        "}")


@slot("pagarme", "api_key", g_pagarme_sk, "PAGARME_SECRET_KEY")
def t_pagarme_node(r, v):
    return pick(r, ["src/gateways/pagarme.ts", "api/pagarme.ts"]), L(
        "import fetch from 'node-fetch';",
        "",
        "const PAGARME_SECRET_KEY = '%s';" % v,
        "const auth = Buffer.from(PAGARME_SECRET_KEY + ':').toString('base64');",
        "",
        "export async function getCharge(id: string) {",
        "  const res = await fetch(`https://api.pagar.me/core/v5/charges/${id}`, {",
        "    headers: { Authorization: `Basic ${auth}` },",
        "  });",
        "  if (!res.ok) throw new Error(`pagar.me ${res.status}`);",
        "  return res.json();",
        "}")


@slot("pagarme", "api_key", g_pagarme_sk, "Pagarme__SecretKey")
def t_pagarme_appsettings(r, v):
    obj = {"Pagarme": {"SecretKey": v, "PublicKey": "pk_" + rs(r, 32), "Ambiente": "producao"},
           "Serilog": {"MinimumLevel": "Information"},
           "Empresa": {"Cnpj": cnpj(r), "RazaoSocial": pick(r, EMPRESAS)}}
    return pick(r, ["Checkout.Api/appsettings.json", "src/Financeiro/appsettings.Development.json"]), J(obj)


@slot("pagarme", "api_key", g_pagarme_ak, "PAGARME_API_KEY", conv=False)
def t_pagarme_legacy_py(r, v):
    return pick(r, ["legacy/pagarme_v4.py", "scripts/reprocessar_transacoes.py"]), L(
        "# -*- coding: utf-8 -*-",
        "# Script legado (API v4) para reprocessar transacoes recusadas",
        "import pagarme",
        "",
        "pagarme.authentication_key('%s')" % v,
        "",
        "for t in pagarme.transaction.find_by({'status': 'refused', 'count': 50}):",
        "    print(t['id'], t['amount'], t['refuse_reason'])")


# ---- Iugu ------------------------------------------------------------------
@slot("iugu", "api_key", g_iugu, "IUGU_API_TOKEN", conv=False)
def t_iugu_php(r, v):
    return pick(r, ["app/Billing/IuguBilling.php", "lib/iugu.php"]), L(
        "<?php",
        "require_once __DIR__ . '/../vendor/autoload.php';",
        "",
        "// conta: %s" % pick(r, EMPRESAS),
        'Iugu::setApiKey("%s");' % v,
        "",
        "$fatura = Iugu_Invoice::create([",
        "    'email' => $cliente->email,",
        "    'due_date' => date('Y-m-d', strtotime('+3 days')),",
        "    'items' => [['description' => 'Mensalidade', 'quantity' => 1, 'price_cents' => %d]]," % r.randint(1000, 90000),
        "    'payable_with' => ['pix', 'bank_slip'],",
        "]);")


@slot("iugu", "api_key", g_iugu, "IUGU_API_TOKEN")
def t_iugu_json(r, v):
    obj = {"gateway": "iugu", "iugu": {"account_id": hexs(r, 32, upper=True), "api_token": v,
                                         "test_mode": False}, "moeda": "BRL", "juros_mensal": 1.0}
    return pick(r, ["config/billing.json", "settings/pagamentos.json"]), J(obj)


# ---- Efi / Gerencianet -----------------------------------------------------
@slot("efi", "oauth_client_secret", g_efi_secret, "EFI_CLIENT_SECRET")
def t_efi_node(r, v):
    return pick(r, ["src/config/efi.js", "config/gerencianet.js"]), L(
        "const path = require('path');",
        "",
        "// Credenciais da aplicacao PIX (Efi, antiga Gerencianet)",
        "module.exports = {",
        "  sandbox: %s," % sandbox_flag(r),
        "  client_id: 'Client_Id_%s'," % hexs(r, 40),
        "  client_secret: '%s'," % v,
        "  certificate: path.resolve(__dirname, '../../certs/producao-%s.p12')," % digits(r, 6),
        "  cert_base64: false,",
        "};")


@slot("efi", "cert_password", g_pw, "EFI_CERT_PASSWORD", conv=False)
def t_efi_py_certpass(r, v):
    return pick(r, ["pix/efi_credentials.py", "app/pix/credenciais.py"]), L(
        "import os",
        "",
        "CREDENTIALS = {",
        "    'client_id': os.environ['EFI_CLIENT_ID'],",
        "    'client_secret': os.environ['EFI_CLIENT_SECRET'],",
        "    'sandbox': False,",
        "    'certificate': 'certs/producao-%s.p12'," % digits(r, 6),
        "    'certificate_pass': '%s'," % v,
        "}",
        "",
        "CHAVE_PIX = '%s'" % pix_key(r))


@slot("efi", "oauth_client_secret", g_efi_secret, "GN_CLIENT_SECRET", conv=False)
def t_efi_php(r, v):
    return pick(r, ["config/efi.php", "app/Pix/options.php"]), L(
        "<?php",
        "",
        "$options = [",
        "    'clientId' => 'Client_Id_%s'," % hexs(r, 40),
        "    'clientSecret' => '%s'," % v,
        "    'certificate' => realpath(__DIR__ . '/../certs/homologacao-%s.pem')," % digits(r, 6),
        "    'sandbox' => %s," % sandbox_flag(r),
        "    'debug' => false,",
        "    'timeout' => 30,",
        "];",
        "",
        "return $options;")


@slot("efi", "oauth_client_secret", g_efi_secret, "EFI_CLIENT_SECRET")
def t_efi_k8s(r, v):
    return pick(r, ["k8s/secret-efi.yaml", "deploy/k8s/pix-secrets.yaml"]), L(
        "apiVersion: v1",
        "kind: Secret",
        "metadata:",
        "  name: pix-efi",
        "  namespace: %s" % pick(r, ["financeiro", "pagamentos", "prod"]),
        "type: Opaque",
        "stringData:",
        "  EFI_CLIENT_ID: Client_Id_%s" % hexs(r, 40),
        "  EFI_CLIENT_SECRET: %s" % v,
        "  EFI_SANDBOX: \"false\"")


# ---- Banks: Inter, Itau, Sicredi, Santander ---------------------------------
@slot("bancointer", "oauth_client_secret", g_uuid_secret, "INTER_CLIENT_SECRET")
def t_inter_py(r, v):
    return pick(r, ["bancos/inter/token.py", "integracoes/inter_pix.py"]), L(
        "import requests",
        "",
        "INTER_CLIENT_ID = '%s'" % uuid4(r),
        "INTER_CLIENT_SECRET = '%s'" % v,
        "CERT = ('certs/Inter_API_Certificado.crt', 'certs/Inter_API_Chave.key')",
        "",
        "",
        "def obter_token(escopos='cob.write cob.read pix.read'):",
        "    r = requests.post('https://cdpj.partners.bancointer.com.br/oauth/v2/token', data={",
        "        'client_id': INTER_CLIENT_ID,",
        "        'client_secret': INTER_CLIENT_SECRET,",
        "        'grant_type': 'client_credentials',",
        "        'scope': escopos,",
        "    }, cert=CERT, timeout=30)",
        "    return r.json()['access_token']")


@slot("bancointer", "oauth_client_secret", g_uuid_secret, "INTER_CLIENT_SECRET", conv=False)
def t_inter_yaml(r, v):
    return pick(r, ["src/main/resources/application.yml", "config/application-prod.yml"]), L(
        "server:",
        "  port: 8081",
        "banco:",
        "  inter:",
        "    base-url: https://cdpj.partners.bancointer.com.br",
        "    conta-corrente: \"%s\"" % digits(r, 9),
        "    client-id: %s" % uuid4(r),
        "    secret: %s" % v,
        "    certificado: classpath:certs/inter.p12",
        "management:",
        "  endpoints.web.exposure.include: health,info")


@slot("itau", "oauth_client_secret", g_uuid_secret, "ITAU_CLIENT_SECRET")
def t_itau_props(r, v):
    return pick(r, ["src/main/resources/itau.properties", "cobranca/src/main/resources/application.properties"]), L(
        "# Itau - API Pix Recebimentos",
        "itau.token-url=https://sts.itau.com.br/api/oauth/token",
        "itau.api-url=https://secure.api.itau/pix_recebimentos/v2",
        "itau.client-id=%s" % uuid4(r),
        "itau.client-secret=%s" % v,
        "itau.keystore=classpath:certificados/itau.jks",
        "itau.keystore-type=JKS")


@slot("sicredi", "api_key", g_uuid_secret, "SICREDI_API_KEY", conv=False)
def t_sicredi_json(r, v):
    obj = {"sicredi": {"ambiente": "producao", "cooperativa": "%04d" % r.randint(100, 9999),
                       "posto": "%02d" % r.randint(1, 40), "codigoBeneficiario": digits(r, 5),
                       "x-api-key": v, "username": digits(r, 5) + "%04d" % r.randint(100, 9999)},
           "boleto": {"especie": "DUPLICATA_MERCANTIL_INDICACAO", "diasProtesto": 0}}
    return pick(r, ["config/sicredi.json", "boletos/config.json"]), J(obj)


@slot("santander", "oauth_client_secret", g_santander, "SANTANDER_CLIENT_SECRET")
def t_santander_ts(r, v):
    return pick(r, ["src/banks/santander.config.ts", "libs/santander/config.ts"]), L(
        "export const santanderConfig = {",
        "  baseUrl: 'https://trust-open.api.santander.com.br',",
        "  workspaceId: '%s'," % uuid4(r),
        "  clientId: '%s'," % rs(r, 32),
        "  clientSecret: '%s'," % v,
        "  certPath: './certs/santander.pfx',",
        "} as const;")


# ---- NF-e / NFS-e issuers -----------------------------------------------------
@slot("focusnfe", "api_key", g_focus, "FOCUS_NFE_TOKEN", conv=False)
def t_focus_sh(r, v):
    return pick(r, ["scripts/emitir_nfse.sh", "tools/focus/consulta.sh"]), L(
        "#!/bin/sh",
        "# Emissao de NFS-e via Focus NFe (producao)",
        "REF=\"$1\"",
        "",
        "curl -s -u \"%s:\" \\" % v,
        "  -X POST -d @nfse.json \\",
        "  \"https://api.focusnfe.com.br/v2/nfse?ref=${REF}\"")


@slot("focusnfe", "api_key", g_focus, "FOCUS_TOKEN")
def t_focus_py(r, v):
    return pick(r, ["fiscal/focus.py", "notas/focus_nfe.py"]), L(
        "import requests",
        "",
        "FOCUS_TOKEN = \"%s\"" % v,
        "URL = \"https://api.focusnfe.com.br/v2/nfe\"",
        "",
        "",
        "def consultar(ref):",
        "    # autenticacao HTTP basic: token como usuario, senha vazia",
        "    return requests.get(f\"{URL}/{ref}\", auth=(FOCUS_TOKEN, \"\"), timeout=30).json()")


@slot("focusnfe", "api_key", g_focus, "FOCUS_NFE_TOKEN", conv=False)
def t_focus_sql(r, v):
    return pick(r, ["db/seeds/003_integracoes.sql", "sql/config_fiscal.sql"]), L(
        "-- Parametros de integracao fiscal por empresa",
        "INSERT INTO integracao_fiscal (empresa_id, cnpj, provedor, ambiente, token) VALUES",
        "  (%d, '%s', 'focusnfe', 'producao', '%s');" % (r.randint(1, 40), cnpj(r, False), v),
        "",
        "UPDATE empresa SET regime_tributario = 'SIMPLES' WHERE id = %d;" % r.randint(1, 40))


@slot("enotas", "api_key", g_enotas, "ENOTAS_API_KEY", conv=False)
def t_enotas_cs(r, v):
    return pick(r, ["src/Fiscal/NfseService.cs", "Faturamento/ENotasClientFactory.cs"]), L(
        "using System.Net.Http;",
        "using System.Net.Http.Headers;",
        "",
        "namespace Faturamento.Fiscal",
        "{",
        "    public static class ENotasClientFactory",
        "    {",
        "        public static HttpClient Create()",
        "        {",
        "            var http = new HttpClient { BaseAddress = new System.Uri(\"https://api.enotasgw.com.br/v2/\") };",
        "            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Basic\", \"%s\");" % v,
        "            return http;",
        "        }",
        "    }",
        "}")


@slot("nfeio", "api_key", g_nfeio, "NFEIO_API_KEY", conv=False)
def t_nfeio_node(r, v):
    return pick(r, ["src/fiscal/nfeio.js", "services/nota-servico.js"]), L(
        "// NFE.io - emissao de nota fiscal de servico",
        "const nfe = require('nfe-io')('%s');" % v,
        "",
        "const COMPANY_ID = '%s';" % hexs(r, 24),
        "",
        "async function emitir(servico) {",
        "  return nfe.serviceInvoices.create(COMPANY_ID, servico);",
        "}",
        "",
        "module.exports = { emitir };")


@slot("plugnotas", "api_key", g_uuid_secret, "PLUGNOTAS_API_KEY")
def t_plugnotas_php(r, v):
    return pick(r, ["app/Fiscal/PlugNotas.php", "src/Nfe/PlugNotasClient.php"]), L(
        "<?php",
        "",
        "use GuzzleHttp\\Client;",
        "",
        "$plugnotas = new Client([",
        "    'base_uri' => 'https://api.plugnotas.com.br/',",
        "    'headers' => [",
        "        'x-api-key' => '%s'," % v,
        "        'Content-Type' => 'application/json',",
        "    ],",
        "]);",
        "",
        "$resp = $plugnotas->post('nfse', ['json' => [$nota]]);")


@slot("nfe_a1", "cert_password", g_pw, "CERT_SENHA")
def t_acbr_ini(r, v):
    return pick(r, ["ACBrNFe.ini", "config/ACBrMonitor.ini", "bin/Config/NFe.ini"]), L(
        "[Certificado]",
        "SSLLib=4",
        "CryptLib=3",
        "HttpLib=2",
        "XmlSignLib=4",
        "ArquivoPFX=C:\\ERP\\Certificados\\%s.pfx" % cnpj(r, False),
        "Senha=%s" % v,
        "NumeroSerie=",
        "",
        "[WebService]",
        "UF=%s" % pick(r, ["SP", "PR", "MG", "RS", "SC", "GO"]),
        "Ambiente=1",
        "Visualizar=0",
        "TimeOut=30000")


@slot("nfe_a1", "cert_password", g_pw, "Certificado__Senha", conv=False)
def t_a1_appsettings(r, v):
    obj = {"Nfe": {"Uf": pick(r, ["SP", "PR", "MG", "RS"]), "Ambiente": "Producao", "Serie": 1,
                   "Certificado": {"Arquivo": "certificados/empresa-a1.pfx", "Senha": v,
                                   "ManterEmCache": True}},
           "Emitente": {"Cnpj": cnpj(r, False), "InscricaoEstadual": digits(r, 12)}}
    return pick(r, ["src/Emissor.Api/appsettings.json", "NFe.Service/appsettings.json"]), J(obj)


@slot("nfe_a1", "cert_password", g_pw, "SenhaCertificado", conv=False)
def t_a1_delphi(r, v):
    return pick(r, ["src/uDmNFe.pas", "Fontes/uConfigNFe.pas"]), L(
        "unit uDmNFe;",
        "",
        "interface",
        "",
        "uses",
        "  System.SysUtils, System.Classes, ACBrBase, ACBrDFe, ACBrNFe;",
        "",
        "type",
        "  TDmNFe = class(TDataModule)",
        "    ACBrNFe1: TACBrNFe;",
        "    procedure DataModuleCreate(Sender: TObject);",
        "  end;",
        "",
        "implementation",
        "",
        "{$R *.dfm}",
        "",
        "procedure TDmNFe.DataModuleCreate(Sender: TObject);",
        "begin",
        "  // certificado A1 da matriz",
        "  ACBrNFe1.Configuracoes.Certificados.ArquivoPFX := ExtractFilePath(ParamStr(0)) + 'cert\\matriz.pfx';",
        "  ACBrNFe1.Configuracoes.Certificados.Senha := '%s';" % v,
        "  ACBrNFe1.Configuracoes.WebServices.UF := '%s';" % pick(r, ["SP", "PR", "MG", "RS"]),
        "end;",
        "",
        "end.")


# ---- ERPs: Bling, Omie, Tiny, TOTVS, Conta Azul ----------------------------------
@slot("bling", "oauth_client_secret", g_bling_secret, "BLING_CLIENT_SECRET")
def t_bling_py(r, v):
    return pick(r, ["erp/bling/oauth.py", "integracoes/bling_v3.py"]), L(
        "import base64",
        "import requests",
        "",
        "BLING_CLIENT_ID = '%s'" % hexs(r, 40),
        "BLING_CLIENT_SECRET = '%s'" % v,
        "",
        "",
        "def renovar(refresh_token):",
        "    basic = base64.b64encode(f'{BLING_CLIENT_ID}:{BLING_CLIENT_SECRET}'.encode()).decode()",
        "    r = requests.post('https://www.bling.com.br/Api/v3/oauth/token',",
        "                      headers={'Authorization': f'Basic {basic}'},",
        "                      data={'grant_type': 'refresh_token', 'refresh_token': refresh_token})",
        "    return r.json()")


@slot("bling", "oauth_client_secret", g_bling_secret, "BLING_SECRET", conv=False)
def t_bling_ini(r, v):
    return pick(r, ["Config/Integracoes.ini", "bin/bling.ini"]), L(
        "[Geral]",
        "Empresa=%s" % pick(r, EMPRESAS),
        "IntervaloSincronia=%d" % r.randint(5, 60),
        "",
        "[Bling]",
        "Ativo=1",
        "ClientId=%s" % hexs(r, 40),
        "ClientSecret=%s" % v,
        "RedirectUri=http://localhost:%d/callback" % r.randint(8000, 9000),
        "Deposito=Geral")


@slot("omie", "api_secret", g_omie_secret, "OMIE_APP_SECRET")
def t_omie_py(r, v):
    return pick(r, ["erp/omie.py", "financeiro/omie_client.py"]), L(
        "import requests",
        "",
        "OMIE_APP_KEY = '%s'" % digits(r, 13),
        "OMIE_APP_SECRET = '%s'" % v,
        "",
        "",
        "def chamar(endpoint, call, **param):",
        "    body = {",
        "        'call': call,",
        "        'app_key': OMIE_APP_KEY,",
        "        'app_secret': OMIE_APP_SECRET,",
        "        'param': [param],",
        "    }",
        "    return requests.post(f'https://app.omie.com.br/api/v1/{endpoint}/', json=body).json()",
        "",
        "",
        "# chamar('geral/clientes', 'ListarClientes', pagina=1, registros_por_pagina=50)")


@slot("omie", "api_secret", g_omie_secret, "OMIE_APP_SECRET", conv=False)
def t_omie_php(r, v):
    return pick(r, ["app/Erp/OmieApi.php", "src/Omie/Client.php"]), L(
        "<?php",
        "",
        "final class OmieApi",
        "{",
        "    private array $cred = [",
        "        'app_key' => '%s'," % digits(r, 12),
        "        'app_secret' => '%s'," % v,
        "    ];",
        "",
        "    public function listarContasReceber(int $pagina = 1): array",
        "    {",
        "        $body = $this->cred + ['call' => 'ListarContasReceber', 'param' => [['pagina' => $pagina]]];",
        "        return $this->post('financas/contareceber/', $body);",
        "    }",
        "}")


@slot("omie", "api_secret", g_omie_secret, "OMIE_APP_SECRET", conv=False)
def t_omie_postman(r, v):
    body = {"call": "ListarProdutos", "app_key": digits(r, 12), "app_secret": v,
            "param": [{"pagina": 1, "registros_por_pagina": 50, "apenas_importado_api": "N"}]}
    col = {"info": {"_postman_id": uuid4(r), "name": "Omie ERP",
                    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "item": [{"name": "ListarProdutos", "request": {
               "method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
               "body": {"mode": "raw", "raw": json.dumps(body)},
               "url": {"raw": "https://app.omie.com.br/api/v1/geral/produtos/"}}}]}
    return pick(r, ["postman/omie.postman_collection.json", "docs/omie/Omie.postman_collection.json"]), J(col)


@slot("tiny", "api_key", g_tiny, "TINY_API_TOKEN", conv=False)
def t_tiny_php(r, v):
    return pick(r, ["app/Integracoes/Tiny.php", "tiny/pedidos.php"]), L(
        "<?php",
        "// Tiny ERP API v2 - pesquisa de pedidos",
        "$token = '%s';" % v,
        "$url = 'https://api.tiny.com.br/api2/pedidos.pesquisa.php';",
        "$data = \"token=$token&formato=JSON&situacao=aprovado\";",
        "",
        "$ctx = stream_context_create(['http' => [",
        "    'method' => 'POST',",
        "    'header' => 'Content-Type: application/x-www-form-urlencoded',",
        "    'content' => $data,",
        "]]);",
        "$ret = json_decode(file_get_contents($url, false, $ctx), true);")


@slot("tiny", "api_key", g_tiny, "TINY_TOKEN")
def t_tiny_compose(r, v):
    return pick(r, ["docker-compose.yml", "deploy/docker-compose.prod.yml"]), L(
        "services:",
        "  sync-tiny:",
        "    image: registry.%s/erp/sync-tiny:%d.%d.%d" % (pick(r, DOMINIOS), r.randint(1, 3), r.randint(0, 20), r.randint(0, 9)),
        "    restart: unless-stopped",
        "    environment:",
        "      TZ: America/Sao_Paulo",
        "      TINY_TOKEN: %s" % v,
        "      SYNC_CRON: \"*/15 * * * *\"",
        "    depends_on:",
        "      - redis",
        "  redis:",
        "    image: redis:7-alpine")


@slot("totvs", "basic_auth_password", g_url_pw, "PROTHEUS_PASSWORD", conv=False)
def t_totvs_url(r, v):
    host = pick(r, ["protheus", "erp-totvs", "appserver01"]) + "." + pick(r, ["local", "intranet", "corp"])
    return pick(r, ["config/integracoes.yml", "etl/config.yaml"]), L(
        "# Integracao com o Protheus via REST",
        "protheus:",
        "  url: http://%s:%s@%s:%d/rest" % (pick(r, ["admin", "integracao", "wsrest"]), v, host, r.randint(8080, 8099)),
        "  empresa: \"%02d\"" % r.randint(1, 10),
        "  filial: \"%02d01\"" % r.randint(1, 10),
        "  timeout: 60",
        "destino:",
        "  tipo: postgres",
        "  schema: staging")


@slot("totvs", "basic_auth_password", g_pw, "PROTHEUS_REST_PASSWORD")
def t_totvs_props(r, v):
    return pick(r, ["src/main/resources/application.properties", "protheus-bridge/src/main/resources/application.properties"]), L(
        "server.port=8090",
        "protheus.rest.base-url=http://%s:8181/rest" % pick(r, ["10.0.0.15", "10.10.1.20", "192.168.0.30"]),
        "protheus.rest.username=%s" % pick(r, ["integracao", "api.rest", "usr_ws"]),
        "protheus.rest.password=%s" % v,
        "protheus.rest.tenant-id=01,0101",
        "spring.jackson.time-zone=America/Sao_Paulo")


@slot("totvs", "basic_auth_password", g_pw, "SenhaProtheus", conv=False)
def t_totvs_delphi_ini(r, v):
    return pick(r, ["Config.ini", "bin/Conexao.ini"]), L(
        "[Protheus]",
        "Servidor=http://%s:8181/rest" % pick(r, ["srvtotvs", "10.0.0.15"]),
        "Usuario=%s" % pick(r, ["integracao", "admin"]),
        "Senha=%s" % v,
        "Empresa=01",
        "Filial=0101",
        "",
        "[Log]",
        "Nivel=2",
        "Pasta=C:\\Integrador\\logs")


@slot("contaazul", "oauth_client_secret", g_contaazul, "CONTAAZUL_CLIENT_SECRET")
def t_contaazul_ts(r, v):
    return pick(r, ["src/integrations/contaazul.ts", "apps/api/src/contaazul/oauth.ts"]), L(
        "const CONTAAZUL_CLIENT_ID = '%s';" % rs(r, 26, LOWALNUM),
        "const CONTAAZUL_CLIENT_SECRET = '%s';" % v,
        "",
        "export function authHeader(): string {",
        "  const raw = `${CONTAAZUL_CLIENT_ID}:${CONTAAZUL_CLIENT_SECRET}`;",
        "  return 'Basic ' + Buffer.from(raw).toString('base64');",
        "}")


# ---- messaging: Zenvia, Take Blip, Z-API ---------------------------------------
@slot("zenvia", "api_key", g_zenvia, "ZENVIA_API_TOKEN", conv=False)
def t_zenvia_node(r, v):
    return pick(r, ["src/notificacoes/whatsapp.js", "jobs/envio-sms.js"]), L(
        "const axios = require('axios');",
        "",
        "async function enviarSms(numero, texto) {",
        "  return axios.post('https://api.zenvia.com/v2/channels/sms/messages', {",
        "    from: '%s'," % pick(r, ["loja-vila", "avisos", "cobranca"]),
        "    to: numero,",
        "    contents: [{ type: 'text', text: texto }],",
        "  }, {",
        "    headers: { 'X-API-TOKEN': '%s' }," % v,
        "  });",
        "}",
        "",
        "module.exports = { enviarSms };")


@slot("zenvia", "api_key", g_zenvia, "ZENVIA_TOKEN", conv=False)
def t_zenvia_py(r, v):
    return pick(r, ["notify/zenvia_sms.py", "app/mensageria/zenvia.py"]), L(
        "from zenvia import Client  # wrapper interno",
        "",
        "cli = Client('%s')" % v,
        "",
        "",
        "def lembrete_vencimento(telefone, nome, valor):",
        "    msg = f'Ola {nome}, seu boleto de R$ {valor:.2f} vence amanha.'",
        "    return cli.sms.send(sender='%s', to=telefone, text=msg)" % pick(r, ["financeiro", "avisos"]))


@slot("takeblip", "api_key", g_blip, "BLIP_AUTH_KEY", conv=False)
def t_blip_js(r, v):
    return pick(r, ["src/blip/client.js", "bot/commands.js"]), L(
        "const fetch = require('node-fetch');",
        "const { v4: uuid } = require('uuid');",
        "",
        "async function buscarContato(identity) {",
        "  const res = await fetch('https://http.msging.net/commands', {",
        "    method: 'POST',",
        "    headers: {",
        "      'Content-Type': 'application/json',",
        "      Authorization: 'Key %s'," % v,
        "    },",
        "    body: JSON.stringify({ id: uuid(), method: 'get', uri: `/contacts/${identity}` }),",
        "  });",
        "  return res.json();",
        "}")


@slot("takeblip", "api_key", g_blip, "BLIP_KEY", conv=False)
def t_blip_postman(r, v):
    col = {"info": {"_postman_id": uuid4(r), "name": "Blip - Chatbot Atendimento",
                    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "item": [{"name": "Enviar mensagem ativa", "request": {
               "method": "POST",
               "header": [{"key": "Authorization", "value": "Key " + v},
                          {"key": "Content-Type", "value": "application/json"}],
               "body": {"mode": "raw", "raw": json.dumps({"id": "{{$guid}}", "to": "55%s9%s@wa.gw.msging.net" % (r.randint(11, 99), digits(r, 8, False)),
                                                          "type": "text/plain", "content": "Ola!"})},
               "url": {"raw": "https://http.msging.net/messages"}}}]}
    return pick(r, ["postman/blip.postman_collection.json", "docs/blip/Blip.postman_collection.json"]), J(col)


@slot("takeblip", "api_key", g_blip, "BLIP_AUTHORIZATION")
def t_blip_md_es(r, v):
    return pick(r, ["docs/es/blip.md", "docs/integracion-blip.md"]), L(
        "# Integracion con Blip",
        "",
        "El bot de atencion usa la API HTTP de Blip. Para probar el envio de mensajes:",
        "",
        "```http",
        "POST https://http.msging.net/messages",
        "Content-Type: application/json",
        "Authorization: Key %s" % v,
        "",
        "{\"id\": \"1\", \"to\": \"5511999999999@wa.gw.msging.net\", \"type\": \"text/plain\", \"content\": \"Hola\"}",
        "```",
        "",
        "La clave se obtiene en *Configuraciones > Informaciones de conexion*.")


@slot("zapi", "instance_token", g_zapi_token, "ZAPI_TOKEN", conv=False)
def t_zapi_url_js(r, v):
    return pick(r, ["src/whatsapp/zapi.js", "lib/zapi.ts"]), L(
        "const INSTANCE = '%s';" % hexs(r, 32, upper=True),
        "const BASE = `https://api.z-api.io/instances/${INSTANCE}/token/%s`;" % v,
        "",
        "export async function sendText(phone, message) {",
        "  const res = await fetch(`${BASE}/send-text`, {",
        "    method: 'POST',",
        "    headers: { 'Content-Type': 'application/json', 'Client-Token': process.env.ZAPI_CLIENT_TOKEN },",
        "    body: JSON.stringify({ phone, message }),",
        "  });",
        "  return res.json();",
        "}")


@slot("zapi", "api_key", g_zapi_client, "ZAPI_CLIENT_TOKEN")
def t_zapi_client_py(r, v):
    return pick(r, ["whatsapp/zapi.py", "app/integracoes/zapi_client.py"]), L(
        "import os",
        "import requests",
        "",
        "ZAPI_INSTANCE = os.getenv('ZAPI_INSTANCE')",
        "ZAPI_TOKEN = os.getenv('ZAPI_TOKEN')",
        "ZAPI_CLIENT_TOKEN = '%s'  # token de seguranca da conta" % v,
        "",
        "",
        "def enviar(telefone, texto):",
        "    url = f'https://api.z-api.io/instances/{ZAPI_INSTANCE}/token/{ZAPI_TOKEN}/send-text'",
        "    return requests.post(url, json={'phone': telefone, 'message': texto},",
        "                         headers={'Client-Token': ZAPI_CLIENT_TOKEN}).json()")


@slot("zapi", "instance_token", g_zapi_token, "ZAPI_TOKEN")
def t_zapi_yaml(r, v):
    return pick(r, ["config/whatsapp.yaml", "helm/notificador/values.yaml"]), L(
        "whatsapp:",
        "  provider: z-api",
        "  instanceId: %s" % hexs(r, 32, upper=True),
        "  instanceToken: %s" % v,
        "  retry: 3",
        "  templates:",
        "    pedido_enviado: \"Seu pedido {{pedido}} foi enviado! Rastreio: {{rastreio}}\"")


# ---- logistics: Melhor Envio, Correios ----------------------------------------
@slot("melhorenvio", "access_token", g_melhorenvio, "MELHOR_ENVIO_TOKEN", conv=False)
def t_me_php(r, v):
    return pick(r, ["app/Frete/MelhorEnvio.php", "src/Shipping/MelhorEnvioClient.php"]), L(
        "<?php",
        "",
        "$http = new \\GuzzleHttp\\Client(['base_uri' => 'https://melhorenvio.com.br/api/v2/']);",
        "",
        "$resp = $http->post('me/shipment/calculate', [",
        "    'headers' => [",
        "        'Accept' => 'application/json',",
        "        'Authorization' => 'Bearer %s'," % v,
        "        'User-Agent' => 'Loja (%s)'," % ("ti@" + pick(r, DOMINIOS)),
        "    ],",
        "    'json' => ['from' => ['postal_code' => '%s'], 'to' => ['postal_code' => $cep]]," % digits(r, 8),
        "]);")


@slot("melhorenvio", "access_token", g_melhorenvio, "MELHOR_ENVIO_TOKEN")
def t_me_py(r, v):
    return pick(r, ["frete/melhor_envio.py", "logistica/cotacao.py"]), L(
        "import requests",
        "",
        "MELHOR_ENVIO_TOKEN = (",
        "    '%s'" % v,
        ")",
        "",
        "",
        "def cotar(cep_destino, peso_kg):",
        "    h = {'Authorization': 'Bearer ' + MELHOR_ENVIO_TOKEN, 'Accept': 'application/json',",
        "         'User-Agent': 'Loja Vila (ti@lojadavila.com.br)'}",
        "    body = {'from': {'postal_code': '%s'}, 'to': {'postal_code': cep_destino}," % digits(r, 8),
        "            'package': {'weight': peso_kg, 'width': 11, 'height': 2, 'length': 16}}",
        "    return requests.post('https://melhorenvio.com.br/api/v2/me/shipment/calculate', json=body, headers=h).json()")


@slot("correios", "api_key", g_correios, "CORREIOS_CODIGO_ACESSO")
def t_correios_props(r, v):
    return pick(r, ["src/main/resources/correios.properties", "config/correios.properties"]), L(
        "# Correios - API CWS",
        "correios.usuario=%s" % pick(r, ["lojadavila", "bompreco", "distnortesul"]),
        "correios.cartao-postagem=%s" % digits(r, 10, False),
        "correios.contrato=%s" % digits(r, 10),
        "correios.codigo-acesso=%s" % v,
        "correios.url=https://api.correios.com.br")


@slot("correios", "api_key", g_correios, "CORREIOS_TOKEN", conv=False)
def t_correios_sh(r, v):
    return pick(r, ["scripts/correios_token.sh", "ops/rastreio.sh"]), L(
        "#!/usr/bin/env bash",
        "# gera token do CWS a partir do cartao de postagem",
        "curl -s -X POST https://api.correios.com.br/token/v1/autentica/cartaopostagem \\",
        "  -u \"%s:%s\" \\" % (pick(r, ["lojadavila", "bompreco"]), v),
        "  -H 'Content-Type: application/json' \\",
        "  -d '{\"numero\": \"%s\"}' | jq -r .token" % digits(r, 10, False))


# ---- Mexico: Facturama, Finkok, SAT ---------------------------------------------
@slot("facturama", "basic_auth_password", g_pw, "FACTURAMA_PASSWORD", conv=False)
def t_facturama_cs(r, v):
    return pick(r, ["src/Facturacion/CfdiService.cs", "Facturacion.Core/FacturamaFactory.cs"]), L(
        "using Facturama;",
        "",
        "namespace Facturacion.Core",
        "{",
        "    public class FacturamaFactory",
        "    {",
        "        // cuenta de produccion de la empresa",
        "        public static FacturamaApi Crear() =>",
        "            new FacturamaApi(\"%s\", \"%s\", isDevelopment: false);" % (pick(r, ["abarrotes_esperanza", "ventas.mx", "factura01"]), v),
        "    }",
        "}")


@slot("facturama", "basic_auth_password", g_pw, "FACTURAMA_PASS")
def t_facturama_py(r, v):
    return pick(r, ["facturacion/facturama.py", "cfdi/emisor.py"]), L(
        "import requests",
        "",
        "FACTURAMA_USER = '%s'" % pick(r, ["abarrotes_esperanza", "tienda_mx"]),
        "FACTURAMA_PASS = '%s'" % v,
        "API = 'https://api.facturama.mx'",
        "",
        "",
        "def timbrar(cfdi):",
        "    \"\"\"Timbra un CFDI 4.0 y regresa el folio fiscal.\"\"\"",
        "    r = requests.post(f'{API}/3/cfdis', json=cfdi, auth=(FACTURAMA_USER, FACTURAMA_PASS))",
        "    r.raise_for_status()",
        "    return r.json()['Complement']['TaxStamp']['Uuid']")


@slot("finkok", "basic_auth_password", g_pw, "FINKOK_PASSWORD", conv=False)
def t_finkok_py(r, v):
    return pick(r, ["pac/finkok.py", "facturacion/timbrado.py"]), L(
        "from zeep import Client",
        "",
        "WSDL = 'https://facturacion.finkok.com/servicios/soap/stamp.wsdl'",
        "",
        "",
        "def timbrar(xml_bytes):",
        "    client = Client(WSDL)",
        "    # usuario y contrasena del PAC",
        "    return client.service.stamp(xml_bytes, '%s', '%s')" % ("facturas@" + pick(r, DOMINIOS), v))


@slot("finkok", "basic_auth_password", g_pw, "FINKOK_PASSWORD")
def t_finkok_php(r, v):
    return pick(r, ["app/Cfdi/Finkok.php", "src/Pac/FinkokStamp.php"]), L(
        "<?php",
        "",
        "$params = [",
        "    'xml' => $xmlSellado,",
        "    'username' => 'timbrado@%s'," % pick(r, DOMINIOS),
        "    'password' => '%s'," % v,
        "];",
        "",
        "$client = new SoapClient('https://facturacion.finkok.com/servicios/soap/stamp.wsdl', ['trace' => 1]);",
        "$resultado = $client->__soapCall('stamp', [$params]);")


@slot("sat_efirma", "cert_password", g_pw, "SAT_KEY_PASSWORD", conv=False)
def t_sat_py(r, v):
    return pick(r, ["sat/descarga_masiva.py", "cfdi/sellado.py"]), L(
        "from pathlib import Path",
        "",
        "from satcfdi.models import Signer",
        "",
        "RFC = '%s'" % rfc(r),
        "BASE = Path(__file__).parent / 'csd'",
        "",
        "signer = Signer.load(",
        "    certificate=(BASE / f'{RFC}.cer').read_bytes(),",
        "    key=(BASE / f'{RFC}.key').read_bytes(),",
        "    password='%s'," % v,
        ")")


@slot("sat_efirma", "cert_password", g_pw, "CSD_PASSWORD")
def t_sat_yaml(r, v):
    return pick(r, ["config/facturacion.yml", "ansible/group_vars/facturacion.yml"]), L(
        "# Emisor CFDI 4.0",
        "emisor:",
        "  rfc: %s" % rfc(r),
        "  regimen_fiscal: \"%d\"" % pick(r, [601, 612, 626]),
        "  lugar_expedicion: \"%s\"" % digits(r, 5),
        "csd:",
        "  cer: /etc/facturacion/csd/00001000000%s.cer" % digits(r, 9, False),
        "  key: /etc/facturacion/csd/clave_privada.key",
        "  csd_password: \"%s\"" % v)


# ---- Argentina AFIP, Chile SII, Colombia DIAN ------------------------------------
def g_pem(r):
    return "\n".join(pem_private_key(r, pick(r, ["PRIVATE KEY", "RSA PRIVATE KEY"])))


@slot("afip", "private_key", g_pem, "AFIP_PRIVATE_KEY", conv=False)
def t_afip_keyfile(r, v):
    return pick(r, ["certs/afip/privada.key", "afip/wsaa/%s.key" % cuit(r).replace("-", "")]), v + "\n"


@slot("afip", "private_key", g_pem, "AFIP_KEY")
def t_afip_py(r, v):
    return pick(r, ["afip/wsaa.py", "facturacion/afip_auth.py"]), L(
        "# Autenticacion WSAA (AFIP) - firma del TRA con la clave privada del certificado",
        "CUIT = %s" % cuit(r).replace("-", ""),
        "WSAA_URL = 'https://wsaa.afip.gov.ar/ws/services/LoginCms'",
        "CERT_PATH = 'certs/produccion.crt'",
        "",
        "AFIP_KEY = \"\"\"%s\"\"\"" % v,
        "",
        "",
        "def firmar_tra(tra_xml):",
        "    from cryptography.hazmat.primitives.serialization import load_pem_private_key",
        "    key = load_pem_private_key(AFIP_KEY.encode(), password=None)",
        "    ...")


@slot("sii_chile", "cert_password", g_pw, "SII_CERT_PASSWORD", conv=False)
def t_sii_yaml(r, v):
    return pick(r, ["config/dte.yml", "dte/config.yaml"]), L(
        "# Documentos tributarios electronicos - SII Chile",
        "emisor:",
        "  rut: %s" % rut_cl(r),
        "  razon_social: %s" % pick(r, EMPRESAS),
        "  giro: Comercio al por menor",
        "sii:",
        "  ambiente: produccion",
        "  certificado: /srv/dte/certificado.pfx",
        "  clave: \"%s\"" % v,
        "  resolucion: {fecha: \"2019-%02d-%02d\", numero: 0}" % (r.randint(1, 12), r.randint(1, 28)))


@slot("dian", "cert_password", g_pw, "DIAN_CERT_PASSWORD")
def t_dian_json(r, v):
    obj = {"Dian": {"Ambiente": "Produccion", "Nit": nit_co(r), "SoftwareId": uuid4(r),
                    "TestSetId": uuid4(r), "Certificado": {"Ruta": "certs/firma.p12", "Password": v}},
           "Numeracion": {"Prefijo": "SETP", "Desde": 990000000, "Hasta": 995000000}}
    return pick(r, ["FacturacionElectronica/appsettings.json", "config/dian.json"]), J(obj)


# ---- CI / infra -------------------------------------------------------------
@slot("mercadopago", "access_token", g_mp_access, "MP_ACCESS_TOKEN")
def t_ci_workflow(r, v):
    return pick(r, [".github/workflows/deploy.yml", ".github/workflows/e2e.yml"]), L(
        "name: deploy",
        "on:",
        "  push:",
        "    branches: [main]",
        "jobs:",
        "  deploy:",
        "    runs-on: ubuntu-latest",
        "    env:",
        "      NODE_ENV: production",
        "      MP_ACCESS_TOKEN: %s" % v,
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - uses: actions/setup-node@v4",
        "        with:",
        "          node-version: 20",
        "      - run: npm ci && npm run build",
        "      - run: npm run deploy")


@slot("zenvia", "api_key", g_zenvia, "ZENVIA_API_TOKEN")
def t_zenvia_dockerfile(r, v):
    return pick(r, ["Dockerfile", "docker/notificador.Dockerfile"]), L(
        "FROM node:20-alpine",
        "WORKDIR /app",
        "COPY package*.json ./",
        "RUN npm ci --omit=dev",
        "COPY . .",
        "ENV TZ=America/Sao_Paulo \\",
        "    ZENVIA_API_TOKEN=%s" % v,
        "EXPOSE 3000",
        "CMD [\"node\", \"src/index.js\"]")


@slot("omie", "api_secret", g_omie_secret, "OMIE_APP_SECRET")
def t_omie_helm(r, v):
    return pick(r, ["helm/erp-sync/values.yaml", "deploy/values-prod.yaml"]), L(
        "replicaCount: 1",
        "image:",
        "  repository: ghcr.io/%s/erp-sync" % pick(r, ["lojadavila", "bompreco", "nortesul"]),
        "  tag: \"%d.%d.%d\"" % (r.randint(1, 3), r.randint(0, 30), r.randint(0, 9)),
        "env:",
        "  OMIE_APP_KEY: \"%s\"" % digits(r, 12),
        "  OMIE_APP_SECRET: \"%s\"" % v,
        "resources:",
        "  limits: {cpu: 200m, memory: 256Mi}")


@slot("iugu", "api_key", g_iugu, "IUGU_API_TOKEN", envfile=True)
def t_iugu_env(r, v):
    return pick(r, [".env", ".env.local"]), L(
        "NODE_ENV=production",
        "PORT=3000",
        "DATABASE_URL=postgres://app@db:5432/assinaturas",
        "IUGU_ACCOUNT_ID=%s" % hexs(r, 32, upper=True),
        "IUGU_API_TOKEN=%s" % v)


@slot("asaas", "api_key", g_asaas, "ASAAS_API_KEY", conv=False)
def t_asaas_log(r, v):
    lines = []
    for i in range(r.randint(3, 6)):
        lines.append("2024-%02d-%02d %02d:%02d:%02d INFO  [cobranca] fila processada id=%s" % (
            r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), uuid4(r)))
    lines.append("2024-05-%02d 10:14:02 DEBUG [http] GET https://api.asaas.com/v3/payments headers={'access_token': '%s', 'User-Agent': 'erp'}" % (r.randint(1, 28), v))
    lines.append("2024-05-%02d 10:14:03 WARN  [http] 401 Unauthorized" % r.randint(1, 28))
    return pick(r, ["logs/cobranca.log", "storage/logs/laravel.log"]), L(*lines)


@slot("bancointer", "oauth_client_secret", g_uuid_secret, "INTER_CLIENT_SECRET", conv=False)
def t_inter_csv(r, v):
    rows = ["empresa;cnpj;banco;client_id;client_secret;cert"]
    for i in range(r.randint(1, 3)):
        rows.append("%s;%s;inter;%s;${INTER_SECRET_%d};certs/%d.crt" % (pick(r, EMPRESAS), cnpj(r), uuid4(r), i, i))
    rows.append("%s;%s;inter;%s;%s;certs/matriz.crt" % (pick(r, EMPRESAS), cnpj(r), uuid4(r), v))
    return pick(r, ["import/contas_bancarias.csv", "dados/credenciais_bancos.csv"]), L(*rows)


# ---------------------------------------------------------------------------
# negative fillers for the slot templates
# ---------------------------------------------------------------------------
def filler(r, provider, var):
    """Returns (value, category) - something that is not a secret."""
    low = var.lower().replace("__", ".")
    doc = {
        "asaas": ["$aact_prod_xxxxxxxxxxxxxxxxxx", "$aact_hmlg_xxxxxxxxxxxxxxxxxx"],
        "mercadopago": ["APP_USR-12345678-031820-X-12345678"],
        "mercadolivre": ["APP_USR-12345678-031820-X-12345678"],
        "pagarme": ["sk_qrezZl4TrZFRb1Vx"],
    }
    public = {
        "mercadopago": [mp_public_key(r)],
        "pagarme": ["pk_e7BkJ1dKsYtWQXWV", "pk_test_" + rs(r, 16), "pk_" + rs(r, 16)],
    }
    roll = r.random()
    if provider in doc and roll < 0.18:
        return pick(r, doc[provider]), "doc_example"
    if provider in public and roll < 0.30:
        return pick(r, public[provider]), "public_value"
    cat = r.choice(["placeholder", "placeholder", "env_ref", "env_ref", "masked", "empty", "secret_manager"])
    if cat == "placeholder":
        return pick(r, ["SEU_TOKEN_AQUI", "sua-chave-aqui", "<sua_api_key>", "TU_TOKEN_AQUI",
                        "<tu-clave-secreta>", "x" * r.choice([20, 32, 40]), "changeme", "troque-me",
                        "cambiame", "<preencher>", "COLOQUE_SUA_CHAVE_AQUI", "INSIRA_A_SENHA_DO_CERTIFICADO",
                        "tu_contrasena", "YOUR_API_KEY_HERE", "sua_senha", "<token-de-homologacao>",
                        "defina-no-cofre", "XXXX-XXXX-XXXX-XXXX"]), cat
    if cat == "env_ref":
        return pick(r, ["${%s}" % var.upper(), "{{ %s }}" % low.replace(".", "_"), "{{ secrets.%s }}" % var.upper(),
                        "%%%s%%" % var.upper(), "${env:%s}" % var.upper(), "#{%s}" % var.upper()]), cat
    if cat == "masked":
        return pick(r, ["****", "********", "[REDACTED]", "[OCULTO]", "***removido***", "<omitido>",
                        "[FILTERED]", "************************"]), cat
    if cat == "empty":
        return "", cat
    return pick(r, ["op://Financeiro/%s/credential" % provider, "vault:secret/data/%s#%s" % (provider, low),
                    "arn:aws:secretsmanager:sa-east-1:%s:secret:%s-%s" % (digits(r, 12), provider, rs(r, 6)),
                    "sm://projects/erp-prod/secrets/%s/versions/latest" % low.replace(".", "-"),
                    "azurekeyvault://kv-erp-prod/%s" % low.replace(".", "-").replace("_", "-")]), cat


# ---------------------------------------------------------------------------
# look-alike negative templates: fn(r) -> (relpath, text, provider, kind)
# ---------------------------------------------------------------------------
LOOKS = []


def look(fn):
    LOOKS.append(fn)
    return fn


@look
def n_cnpj_csv(r):
    rows = ["razao_social;cnpj;cidade;uf;email"]
    for _ in range(r.randint(5, 12)):
        rows.append("%s;%s;%s;%s;financeiro@%s" % (pick(r, EMPRESAS), cnpj(r), pick(r, CIDADES),
                                                   pick(r, ["SP", "PR", "MG", "RS"]), pick(r, DOMINIOS)))
    return pick(r, ["dados/fornecedores.csv", "import/clientes_pj.csv"]), L(*rows), "receita", "cnpj"


@look
def n_cpf_fixture(r):
    arr = [{"nome": n.replace(".", " ").title(), "cpf": cpf(r), "cpf_sem_mascara": cpf(r, False),
            "telefone": "(%d) 9%s-%s" % (r.randint(11, 99), digits(r, 4, False), digits(r, 4, False))}
           for n in r.sample(NOMES, 4)]
    return pick(r, ["tests/fixtures/clientes.json", "spec/fixtures/pessoas.json"]), J(arr), "receita", "cpf"


@look
def n_pix_key_cfg(r):
    return pick(r, ["config/pix.yml", "config/recebimento.yaml"]), L(
        "# Chave PIX de recebimento (publica: aparece no QR Code)",
        "pix:",
        "  chave: %s" % uuid4(r),
        "  chave_alternativa: \"%s\"" % pick(r, ["financeiro@" + pick(r, DOMINIOS), cnpj(r, False)]),
        "  recebedor: %s" % pick(r, EMPRESAS),
        "  cidade: %s" % pick(r, CIDADES),
        "  expiracao_segundos: 3600"), "pix", "pix_key"


@look
def n_pix_emv_test(r):
    p1, p2 = pix_copia_cola(r), pix_copia_cola(r)
    return pick(r, ["tests/test_pix_payload.py", "pix/tests/test_brcode.py"]), L(
        "from pix.brcode import parse, crc16",
        "",
        "PAYLOAD_ESTATICO = '%s'" % p1,
        "PAYLOAD_DINAMICO = (",
        "    '%s'" % p2,
        ")",
        "",
        "",
        "def test_crc():",
        "    assert crc16(PAYLOAD_ESTATICO[:-4]) == PAYLOAD_ESTATICO[-4:]",
        "",
        "",
        "def test_parse():",
        "    assert parse(PAYLOAD_DINAMICO)['58'] == 'BR'"), "pix", "pix_copia_e_cola"


@look
def n_pix_emv_md(r):
    return pick(r, ["docs/pix-copia-e-cola.md", "docs/pagamentos/pix.md"]), L(
        "# PIX copia e cola",
        "",
        "O campo `pixCopiaECola` retornado pela API e o mesmo conteudo do QR Code.",
        "Exemplo de cobranca gerada em homologacao:",
        "",
        "```",
        pix_copia_cola(r),
        "```",
        "",
        "Os ultimos 4 caracteres sao o CRC16 (campo 63)."), "pix", "pix_copia_e_cola"


@look
def n_nfe_xml(r):
    ch = nfe_key(r)
    return pick(r, ["tests/fixtures/nfe/procNFe.xml", "samples/%s-procNFe.xml" % ch]), L(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<nfeProc xmlns="http://www.portalfiscal.inf.br/nfe" versao="4.00">',
        '  <NFe><infNFe Id="NFe%s" versao="4.00"><!-- conteudo omitido --></infNFe></NFe>' % ch,
        '  <protNFe versao="4.00">',
        '    <infProt>',
        '      <tpAmb>1</tpAmb>',
        '      <verAplic>SP_NFE_PL009_V4</verAplic>',
        '      <chNFe>%s</chNFe>' % ch,
        '      <dhRecbto>2024-%02d-%02dT10:21:33-03:00</dhRecbto>' % (r.randint(1, 12), r.randint(1, 28)),
        '      <nProt>1%s</nProt>' % digits(r, 14, False),
        '      <digVal>%s</digVal>' % b64(rbytes(r, 20)),
        '      <cStat>100</cStat>',
        '      <xMotivo>Autorizado o uso da NF-e</xMotivo>',
        '    </infProt>',
        '  </protNFe>',
        '</nfeProc>'), "nfe", "nfe_access_key"


@look
def n_nfe_sql(r):
    rows = ["INSERT INTO nota_fiscal (numero, serie, chave_acesso, protocolo, valor) VALUES"]
    n = r.randint(3, 7)
    for i in range(n):
        rows.append("  (%d, 1, '%s', '1%s', %d.%02d)%s" % (r.randint(1000, 99999), nfe_key(r), digits(r, 14, False),
                                                        r.randint(10, 9000), r.randint(0, 99), "," if i < n - 1 else ";"))
    return pick(r, ["db/seeds/notas_exemplo.sql", "sql/carga_nfe.sql"]), L(*rows), "nfe", "nfe_access_key"


@look
def n_cfdi_xml(r):
    sello = b64(rbytes(r, 256))
    cert = b64(rbytes(r, 1200))
    return pick(r, ["tests/fixtures/cfdi40.xml", "samples/factura_%s.xml" % uuid4(r, True)[:8]]), L(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<cfdi:Comprobante xmlns:cfdi="http://www.sat.gob.mx/cfd/4" Version="4.0" Serie="A" Folio="%d"' % r.randint(1, 9999),
        '  Fecha="2024-%02d-%02dT12:00:00" FormaPago="03" NoCertificado="0000100000050%s"' % (r.randint(1, 12), r.randint(1, 28), digits(r, 7, False)),
        '  SubTotal="%d.00" Moneda="MXN" Total="%d.00" TipoDeComprobante="I" Exportacion="01"' % (r.randint(100, 9000), r.randint(100, 9000)),
        '  MetodoPago="PUE" LugarExpedicion="%s"' % digits(r, 5),
        '  Sello="%s"' % sello,
        '  Certificado="%s">' % cert,
        '  <cfdi:Emisor Rfc="%s" Nombre="%s" RegimenFiscal="601"/>' % (rfc(r), pick(r, EMPRESAS).upper()),
        '  <cfdi:Receptor Rfc="%s" Nombre="PUBLICO EN GENERAL" UsoCFDI="G03"/>' % rfc(r, False),
        '  <cfdi:Complemento>',
        '    <tfd:TimbreFiscalDigital xmlns:tfd="http://www.sat.gob.mx/TimbreFiscalDigital" Version="1.1"',
        '      UUID="%s" FechaTimbrado="2024-01-01T12:00:05"' % uuid4(r, True),
        '      RfcProvCertif="SAT970701NN3" NoCertificadoSAT="00001000000505211329"',
        '      SelloCFD="%s"' % sello[:120],
        '      SelloSAT="%s"/>' % b64(rbytes(r, 256)),
        '  </cfdi:Complemento>',
        '</cfdi:Comprobante>'), "sat", "cfdi_signature"


@look
def n_sat_uuid_csv(r):
    rows = ["folio_fiscal,rfc_emisor,rfc_receptor,total,estatus"]
    for _ in range(r.randint(4, 10)):
        rows.append("%s,%s,%s,%d.%02d,%s" % (uuid4(r, True), rfc(r), rfc(r, False), r.randint(50, 50000),
                                            r.randint(0, 99), pick(r, ["Vigente", "Cancelado"])))
    return pick(r, ["reportes/cfdi_recibidos.csv", "data/sat/metadata.csv"]), L(*rows), "sat", "folio_fiscal"


@look
def n_boleto_json(r):
    obj = {"id": "bol_" + digits(r, 10), "status": "registrado", "nosso_numero": digits(r, 11, False),
           "linha_digitavel": boleto(r), "valor": r.randint(10, 5000) + 0.9,
           "vencimento": "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28)),
           "pagador": {"nome": pick(r, EMPRESAS), "documento": cnpj(r, False)}}
    return pick(r, ["tests/fixtures/boleto_registrado.json", "mocks/banco/boleto.json"]), J(obj), "boleto", "linha_digitavel"


@look
def n_rfc_tests(r):
    ok = [rfc(r) for _ in range(3)] + [rfc(r, False) for _ in range(2)]
    return pick(r, ["tests/test_rfc.py", "facturacion/tests/test_validadores.py"]), L(
        "import pytest",
        "from facturacion.validadores import rfc_valido",
        "",
        "",
        "@pytest.mark.parametrize('rfc', %r)" % ok,
        "def test_rfc_valido(rfc):",
        "    assert rfc_valido(rfc)"), "sat", "rfc"


@look
def n_afip_cae_log(r):
    c = cuit(r)
    lines = []
    for _ in range(r.randint(3, 6)):
        lines.append("2024-%02d-%02d %02d:%02d:%02d INFO wsfe FECAESolicitar cuit=%s pto_vta=%04d cbte=%08d resultado=A CAE=%s vto=2024%02d%02d" % (
            r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59),
            c.replace("-", ""), r.randint(1, 9), r.randint(1, 99999), digits(r, 14), r.randint(1, 12), r.randint(1, 28)))
    return pick(r, ["logs/wsfe.log", "var/log/afip-facturacion.log"]), L(*lines), "afip", "cae"


@look
def n_dian_cufe(r):
    obj = {"numero": "SETP%d" % r.randint(990000001, 990009999), "cufe": sha_hex(r, 96),
           "qr": "https://catalogo-vpfe.dian.gov.co/document/searchqr?documentkey=" + sha_hex(r, 96),
           "nit_emisor": nit_co(r), "estado": "Aceptado"}
    return pick(r, ["tests/fixtures/factura_dian.json", "respuestas/dian_ok.json"]), J(obj), "dian", "cufe"


@look
def n_mp_public_js(r):
    return pick(r, ["public/js/checkout.js", "src/components/CardForm.js"]), L(
        "// Public Key: pode ficar no frontend (documentado pelo Mercado Pago)",
        "const mp = new MercadoPago('%s', { locale: 'pt-BR' });" % mp_public_key(r),
        "",
        "const cardForm = mp.cardForm({",
        "  amount: document.getElementById('total').value,",
        "  iframe: true,",
        "  form: { id: 'form-checkout', cardNumber: { id: 'card-number' } },",
        "  callbacks: { onSubmit: (e) => { e.preventDefault(); enviar(cardForm.getCardFormData()); } },",
        "});"), "mercadopago", "public_key"


@look
def n_pagarme_pk(r):
    return pick(r, ["resources/js/checkout/pagarme.js", "static/js/tokenizacao.js"]), L(
        "// chave publica: usada apenas para tokenizar o cartao no navegador",
        "const PAGARME_PUBLIC_KEY = 'pk_%s';" % rs(r, 32),
        "",
        "export async function tokenizar(cartao) {",
        "  const res = await fetch(`https://api.pagar.me/core/v5/tokens?appId=${PAGARME_PUBLIC_KEY}`, {",
        "    method: 'POST',",
        "    headers: { 'Content-Type': 'application/json' },",
        "    body: JSON.stringify({ type: 'card', card: cartao }),",
        "  });",
        "  return (await res.json()).id;",
        "}"), "pagarme", "public_key"


@look
def n_laravel_env_lookup(r):
    return pick(r, ["config/services.php", "config/integracoes.php"]), L(
        "<?php",
        "",
        "return [",
        "    'asaas' => [",
        "        'url' => env('ASAAS_URL', 'https://api-sandbox.asaas.com/v3'),",
        "        'api_key' => env('ASAAS_API_KEY'),",
        "    ],",
        "    'mercadopago' => [",
        "        'public_key' => env('MP_PUBLIC_KEY'),",
        "        'access_token' => env('MP_ACCESS_TOKEN'),",
        "    ],",
        "    'focusnfe' => [",
        "        'token' => env('FOCUS_NFE_TOKEN'),",
        "        'ambiente' => env('FOCUS_NFE_AMBIENTE', 'homologacao'),",
        "    ],",
        "];"), "laravel", "env_lookup"


@look
def n_py_environ(r):
    return pick(r, ["config/settings.py", "app/settings/production.py"]), L(
        "import os",
        "",
        "DEBUG = False",
        "ALLOWED_HOSTS = ['%s']" % pick(r, DOMINIOS),
        "",
        "# Integracoes (valores vem do cofre / variaveis de ambiente)",
        "ASAAS_API_KEY = os.environ['ASAAS_API_KEY']",
        "EFI_CLIENT_ID = os.environ.get('EFI_CLIENT_ID')",
        "EFI_CLIENT_SECRET = os.environ.get('EFI_CLIENT_SECRET')",
        "EFI_CERT_PASSWORD = os.getenv('EFI_CERT_PASSWORD', '')",
        "OMIE_APP_KEY = os.getenv('OMIE_APP_KEY')",
        "OMIE_APP_SECRET = os.getenv('OMIE_APP_SECRET')",
        "ZAPI_CLIENT_TOKEN = os.environ['ZAPI_CLIENT_TOKEN']"), "python", "env_lookup"


@look
def n_node_process_env(r):
    return pick(r, ["src/config/index.ts", "config/integrations.js"]), L(
        "export const config = {",
        "  mercadopago: { accessToken: process.env.MP_ACCESS_TOKEN ?? '' },",
        "  pagarme: { secretKey: process.env.PAGARME_SECRET_KEY!, publicKey: process.env.PAGARME_PUBLIC_KEY! },",
        "  blip: { authorization: `Key ${process.env.BLIP_KEY}` },",
        "  melhorEnvio: { token: process.env.MELHOR_ENVIO_TOKEN, sandbox: process.env.NODE_ENV !== 'production' },",
        "  zenvia: { token: process.env.ZENVIA_API_TOKEN },",
        "};"), "node", "env_lookup"


@look
def n_cs_config(r):
    return pick(r, ["src/Emissor.Api/Program.cs", "Faturamento/Startup.cs"]), L(
        "var builder = WebApplication.CreateBuilder(args);",
        "",
        "builder.Services.Configure<NfeOptions>(builder.Configuration.GetSection(\"Nfe\"));",
        "var senhaCertificado = Environment.GetEnvironmentVariable(\"NFE_CERT_SENHA\")",
        "    ?? throw new InvalidOperationException(\"NFE_CERT_SENHA nao definida\");",
        "var facturamaPassword = builder.Configuration[\"Facturama:Password\"];",
        "",
        "builder.Services.AddSingleton(new CertificadoProvider(\"certs/a1.pfx\", senhaCertificado));",
        "var app = builder.Build();",
        "app.MapControllers();",
        "app.Run();"), "dotnet", "env_lookup"


@look
def n_delphi_env(r):
    return pick(r, ["src/uConfig.pas", "Fontes/uParametros.pas"]), L(
        "unit uConfig;",
        "",
        "interface",
        "",
        "function SenhaCertificado: string;",
        "function TokenFocus: string;",
        "",
        "implementation",
        "",
        "uses System.SysUtils, System.IniFiles;",
        "",
        "function SenhaCertificado: string;",
        "begin",
        "  Result := GetEnvironmentVariable('ERP_CERT_SENHA');",
        "end;",
        "",
        "function TokenFocus: string;",
        "begin",
        "  Result := GetEnvironmentVariable('FOCUS_NFE_TOKEN');",
        "end;",
        "",
        "end."), "delphi", "env_lookup"


@look
def n_spring_refs(r):
    return pick(r, ["src/main/resources/application.properties", "src/main/resources/application-prod.properties"]), L(
        "spring.application.name=cobranca",
        "banco.inter.client-id=${INTER_CLIENT_ID}",
        "banco.inter.client-secret=${INTER_CLIENT_SECRET}",
        "itau.client-secret=${ITAU_CLIENT_SECRET:}",
        "protheus.rest.password=${PROTHEUS_PASSWORD}",
        "correios.codigo-acesso=${CORREIOS_CODIGO_ACESSO}",
        "mercadopago.access-token=${MP_ACCESS_TOKEN}",
        "mercadopago.public-key=%s" % mp_public_key(r)), "spring", "env_lookup"


@look
def n_gha_secrets(r):
    return pick(r, [".github/workflows/ci.yml", ".github/workflows/nfe-homologacao.yml"]), L(
        "name: testes-integracao",
        "on: [pull_request]",
        "jobs:",
        "  integracao:",
        "    runs-on: ubuntu-latest",
        "    env:",
        "      ASAAS_API_KEY: ${{ secrets.ASAAS_SANDBOX_KEY }}",
        "      FOCUS_NFE_TOKEN: ${{ secrets.FOCUS_HOMOLOG_TOKEN }}",
        "      CERT_A1_BASE64: ${{ secrets.CERT_A1_BASE64 }}",
        "      CERT_A1_SENHA: ${{ secrets.CERT_A1_SENHA }}",
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - run: echo \"$CERT_A1_BASE64\" | base64 -d > cert.pfx",
        "      - run: pytest -m integracao"), "github", "env_lookup"


@look
def n_env_example(r):
    return pick(r, [".env.example", ".env.sample", "config/.env.dist"]), L(
        "# Copie para .env e preencha com as credenciais do painel de cada servico",
        "ASAAS_API_KEY=SEU_TOKEN_AQUI",
        "ASAAS_URL=https://api-sandbox.asaas.com/v3",
        "MP_ACCESS_TOKEN=",
        "MP_PUBLIC_KEY=",
        "EFI_CLIENT_ID=Client_Id_",
        "EFI_CLIENT_SECRET=Client_Secret_",
        "EFI_CERT_PASSWORD=",
        "OMIE_APP_KEY=sua-app-key",
        "OMIE_APP_SECRET=sua-app-secret",
        "ZAPI_CLIENT_TOKEN=<token-de-seguranca-da-conta>"), "dotenv", "placeholder"


@look
def n_correios_tracking(r):
    rows = ["pedido,codigo_rastreio,servico,status"]
    for _ in range(r.randint(4, 10)):
        rows.append("%d,%s,%s,%s" % (r.randint(10000, 99999), correios_track(r), pick(r, ["SEDEX", "PAC"]),
                                     pick(r, ["postado", "em transito", "entregue"])))
    return pick(r, ["exports/rastreios.csv", "dados/envios.csv"]), L(*rows), "correios", "tracking_code"


@look
def n_ml_orders(r):
    obj = {"results": [{"id": int(digits(r, 16)), "status": "paid", "buyer": {"id": int(digits(r, 9))},
                        "order_items": [{"item": {"id": ml_item(r), "title": "Produto %d" % r.randint(1, 99)},
                                         "quantity": 1}],
                        "payments": [{"id": int(digits(r, 11)), "status": "approved"}],
                        "shipping": {"id": int(digits(r, 11))}} for _ in range(2)],
           "paging": {"total": 2, "offset": 0, "limit": 51}}
    return pick(r, ["tests/fixtures/meli_orders.json", "mocks/mercadolivre/orders_search.json"]), J(obj), "mercadolivre", "ids"


@look
def n_lockfile(r):
    pk = {}
    for name in r.sample(["axios", "mercadopago", "node-fetch", "uuid", "dotenv", "xml2js", "node-forge", "qrcode"], 4):
        pk["node_modules/" + name] = {"version": "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9)),
                                      "resolved": "https://registry.npmjs.org/%s/-/%s.tgz" % (name, name),
                                      "integrity": "sha512-" + b64(rbytes(r, 64))}
    obj = {"name": "checkout", "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", J(obj), "npm", "integrity_hash"


@look
def n_asaas_webhook(r):
    obj = {"event": "PAYMENT_RECEIVED", "payment": {
        "object": "payment", "id": "pay_" + rs(r, 16, LOWALNUM), "customer": "cus_" + digits(r, 12, False),
        "value": r.randint(10, 900) + 0.5, "billingType": "PIX", "status": "RECEIVED",
        "pixTransaction": uuid4(r), "invoiceUrl": "https://www.asaas.com/i/" + rs(r, 16, LOWALNUM),
        "externalReference": str(r.randint(1000, 99999))}}
    return pick(r, ["tests/fixtures/asaas_payment_received.json", "docs/webhooks/asaas-exemplo.json"]), J(obj), "asaas", "webhook_payload"


@look
def n_mp_webhook(r):
    ts = r.randint(1700000000, 1760000000)
    return pick(r, ["tests/http/mp_webhook.http", "docs/webhook-mercadopago.md"]), L(
        "### Notificacao de pagamento (exemplo capturado em homologacao)",
        "POST http://localhost:3000/webhooks/mp?data.id=%s&type=payment" % digits(r, 11),
        "Content-Type: application/json",
        "x-request-id: %s" % uuid4(r),
        "x-signature: ts=%d,v1=%s" % (ts, hexs(r, 64)),
        "",
        "{\"action\": \"payment.updated\", \"api_version\": \"v1\", \"data\": {\"id\": \"%s\"}, \"live_mode\": false, \"type\": \"payment\"}" % digits(r, 11)), "mercadopago", "webhook_signature"


@look
def n_public_cert(r):
    return pick(r, ["certs/afip/produccion.crt", "certs/cadeia/ac-raiz.pem", "docs/cert-publico.pem"]), \
        L(*public_cert_lines(r)), "afip", "public_certificate"


@look
def n_efi_pix_webhook(r):
    obj = {"pix": [{"endToEndId": "E" + digits(r, 8, False) + "2024%02d%02d%02d%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)) + rs(r, 11, ALNUM),
                    "txid": rs(r, 32, ALNUM), "chave": uuid4(r), "valor": "%d.%02d" % (r.randint(1, 900), r.randint(0, 99)),
                    "horario": "2024-05-10T13:12:41.000Z", "infoPagador": "pedido %d" % r.randint(100, 9999)}]}
    return pick(r, ["tests/fixtures/webhook_pix.json", "samples/efi/pix_recebido.json"]), J(obj), "efi", "pix_e2e_id"


@look
def n_request_log(r):
    lines = []
    for _ in range(r.randint(5, 9)):
        lines.append("%s INFO req_id=%s trace=%s status=200 path=/v2/nfe/%s dur=%dms" % (
            "2024-%02d-%02dT%02d:%02d:%02dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
            uuid4(r), hexs(r, 32), "REF" + digits(r, 6), r.randint(20, 900)))
    return pick(r, ["logs/api-fiscal.log", "var/log/emissor.log"]), L(*lines), "focusnfe", "request_ids"


@look
def n_md_setup_pt(r):
    return pick(r, ["docs/configuracao.md", "README.pt-BR.md", "docs/integracoes/README.md"]), L(
        "# Configuracao das integracoes",
        "",
        "| Variavel | Onde obter | Exemplo |",
        "|---|---|---|",
        "| `ASAAS_API_KEY` | Asaas > Integracoes > Chave de API | `SEU_TOKEN_AQUI` |",
        "| `MP_ACCESS_TOKEN` | Mercado Pago > Suas integracoes > Credenciais | `APP_USR-...` |",
        "| `FOCUS_NFE_TOKEN` | Painel Focus NFe > Tokens | `<token-de-homologacao>` |",
        "| `CERT_A1_SENHA` | senha do arquivo .pfx | `********` |",
        "",
        "Nunca commite o arquivo `.env`. Em producao os valores ficam no cofre (`op://Financeiro/...`)."), "docs", "placeholder"


@look
def n_zapi_docs(r):
    return pick(r, ["docs/whatsapp.md", "docs/zapi.md"]), L(
        "## Envio de mensagens (Z-API)",
        "",
        "Instancia de producao: `%s`" % hexs(r, 32, upper=True),
        "",
        "```bash",
        "curl -X POST \"https://api.z-api.io/instances/$ZAPI_INSTANCE/token/$ZAPI_TOKEN/send-text\" \\",
        "  -H \"Client-Token: $ZAPI_CLIENT_TOKEN\" \\",
        "  -H 'Content-Type: application/json' \\",
        "  -d '{\"phone\": \"5511999999999\", \"message\": \"teste\"}'",
        "```"), "zapi", "instance_id"


@look
def n_blip_identifier(r):
    obj = {"bot": {"identifier": pick(r, ["atendimentobot", "vendasrouter", "sac"]) + digits(r, 2, False),
                   "accessKeyRef": "{{BLIP_ACCESS_KEY}}", "authorization": "Key {{BLIP_KEY}}",
                   "flowId": uuid4(r), "stateId": "onboarding"}, "timeoutSeconds": 30}
    return pick(r, ["config/blip.json", "bot/blip.settings.json"]), J(obj), "takeblip", "template_ref"


@look
def n_ddl_tokens(r):
    return pick(r, ["db/migrations/20240311_integracoes.sql", "sql/schema_integracoes.sql"]), L(
        "CREATE TABLE integracao_credencial (",
        "    id              BIGSERIAL PRIMARY KEY,",
        "    empresa_cnpj    CHAR(14)     NOT NULL,",
        "    provedor        VARCHAR(30)  NOT NULL,  -- asaas, omie, focusnfe, bling",
        "    client_id       VARCHAR(120),",
        "    client_secret   BYTEA,                  -- cifrado com pgp_sym_encrypt",
        "    token           BYTEA,",
        "    atualizado_em   TIMESTAMPTZ DEFAULT now()",
        ");",
        "",
        "INSERT INTO integracao_credencial (empresa_cnpj, provedor, client_id) VALUES ('%s', 'omie', '%s');" % (cnpj(r, False), digits(r, 12))), "sql", "schema"


@look
def n_nfse_xml(r):
    return pick(r, ["tests/fixtures/nfse_abrasf.xml", "samples/nfse-retorno.xml"]), L(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<CompNfse xmlns="http://www.abrasf.org.br/nfse.xsd">',
        '  <Nfse><InfNfse Id="nfse%s">' % digits(r, 8),
        '    <Numero>%d</Numero>' % r.randint(1, 99999),
        '    <CodigoVerificacao>%s</CodigoVerificacao>' % rs(r, 9, UPALNUM),
        '    <DataEmissao>2024-%02d-%02dT09:00:00</DataEmissao>' % (r.randint(1, 12), r.randint(1, 28)),
        '    <PrestadorServico><IdentificacaoPrestador><Cnpj>%s</Cnpj></IdentificacaoPrestador></PrestadorServico>' % cnpj(r, False),
        '  </InfNfse>',
        '  <Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo><Reference URI="#nfse">',
        '    <DigestValue>%s</DigestValue></Reference></SignedInfo>' % b64(rbytes(r, 20)),
        '    <SignatureValue>%s</SignatureValue>' % b64(rbytes(r, 256)),
        '  </Signature></Nfse>',
        '</CompNfse>'), "nfse", "xml_signature"


@look
def n_checksums(r):
    lines = ["%s  %s" % (sha_hex(r), f) for f in ["ACBrNFe.dll", "libxml2.dll", "schemas/nfe_v4.00.xsd",
                                                   "schemas/leiauteNFe_v4.00.xsd", "ERP.exe"]]
    return pick(r, ["dist/SHA256SUMS", "release/checksums.txt"]), L(*lines), "release", "sha256"


@look
def n_changelog(r):
    lines = ["# Changelog", ""]
    for i in range(r.randint(4, 7)):
        lines.append("- %s %s (%s)" % (hexs(r, 40)[:r.choice([7, 40])], pick(r, [
            "corrige calculo do DV da chave de acesso", "atualiza schemas NF-e 4.00 NT 2023.001",
            "suporte a PIX copia e cola no PDV", "ajusta timeout da Focus NFe", "nuevo complemento de pagos CFDI",
            "corrige parse de CUIT"]), "#%d" % r.randint(10, 900)))
    return "CHANGELOG.md", L(*lines), "git", "commit_sha"


@look
def n_omie_appkey_only(r):
    return pick(r, ["erp/omie_config.py", "config/omie.py"]), L(
        "# app_key identifica o aplicativo; o app_secret fica no cofre",
        "OMIE_APP_KEY = '%s'" % digits(r, 12),
        "OMIE_APP_SECRET = None  # preenchido em runtime por carregar_segredo('omie')",
        "OMIE_URL = 'https://app.omie.com.br/api/v1/'",
        "PAGINAS = %d" % r.randint(1, 20)), "omie", "public_id"


@look
def n_cuit_rut_nit(r):
    obj = {"AR": [{"razon_social": pick(r, EMPRESAS), "cuit": cuit(r)} for _ in range(2)],
           "CL": [{"razon_social": pick(r, EMPRESAS), "rut": rut_cl(r)} for _ in range(2)],
           "CO": [{"razon_social": pick(r, EMPRESAS), "nit": nit_co(r)} for _ in range(2)],
           "MX": [{"razon_social": pick(r, EMPRESAS), "rfc": rfc(r)} for _ in range(2)]}
    return pick(r, ["data/contribuyentes.json", "tests/fixtures/ids_fiscales.json"]), J(obj), "latam_tax", "tax_ids"


@look
def n_mp_test_cards_md(r):
    return pick(r, ["docs/es/pruebas.md", "docs/testes-checkout.md"]), L(
        "# Pruebas del checkout",
        "",
        "Usar la Public Key de prueba del panel (`TEST-...`), nunca el Access Token en el front.",
        "",
        "| Tarjeta | Numero | CVV | Vencimiento |",
        "|---|---|---|---|",
        "| Mastercard | 5031 4332 1540 6351 | 123 | 11/30 |",
        "| Visa | 4235 6477 2802 5682 | 123 | 11/30 |",
        "",
        "Titular `APRO` = pago aprobado; `OTHE` = rechazado. Id de preferencia de ejemplo: `%s-%s`." % (digits(r, 9), uuid4(r))), "mercadopago", "test_data"


@look
def n_pix_qr_ts(r):
    return pick(r, ["src/pix/qrcode.spec.ts", "test/pix.spec.ts"]), L(
        "import { gerarBrCode } from './brcode';",
        "",
        "describe('gerarBrCode', () => {",
        "  it('gera payload com CRC valido', () => {",
        "    const out = gerarBrCode({ chave: '%s', valor: 10.5, cidade: 'SAO PAULO', nome: 'LOJA' });" % pix_key(r),
        "    expect(out).toBe('%s');" % pix_copia_cola(r),
        "  });",
        "});"), "pix", "pix_copia_e_cola"


@look
def n_ansible_vault(r):
    body = hexs(r, 64 * 6)
    lines = ["$ANSIBLE_VAULT;1.1;AES256"] + [body[i:i + 80] for i in range(0, len(body), 80)]
    return pick(r, ["ansible/group_vars/prod/vault.yml", "infra/vars/segredos.yml"]), L(*lines), "ansible", "encrypted_blob"


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
N_POS = 500
N_NEG = 500


def filetype(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base == "Dockerfile" or base.endswith(".Dockerfile"):
        return "dockerfile"
    if base.startswith(".env"):
        return "env"
    if base in ("SHA256SUMS",):
        return "txt"
    if "." not in base:
        return "txt"
    return base.rsplit(".", 1)[-1].lower()


def is_blocked_env(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base == ".env":
        return True
    if base.startswith(".env."):
        return base[5:] not in ("example", "sample", "dist", "template")
    return False


def cycle(r, items, n):
    out = []
    while len(out) < n:
        block = list(items)
        r.shuffle(block)
        out.extend(block)
    return out[:n]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_lg.py OUTDIR SEED\n")
        return 2
    out = sys.argv[1]
    seed = int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []

    # ---- positives
    env_cap = N_POS // 20
    env_used = 0
    plain = [s for s in SLOTS if not s["envfile"]]
    envs = [s for s in SLOTS if s["envfile"]]
    order = cycle(r, SLOTS, N_POS)
    for i, s in enumerate(order):
        if s["envfile"]:
            if env_used >= env_cap:
                s = r.choice(plain)
            else:
                env_used += 1
        v = s["gen"](r)
        rel, text = s["fn"](r, v)
        if s["kind"] == "private_key":
            needle = v.split("\n", 1)[0]
        else:
            needle = v
        assert needle and needle in text, (s["name"], needle)
        idx = text.index(needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1], (s["name"], line)
        fid = "pos/p%04d/%s" % (i, rel)
        write(os.path.join(out, fid), text)
        with open(os.path.join(out, fid), encoding="utf-8") as f:
            back = f.read().split("\n")
        assert needle in back[line - 1]
        manifest.append({"file": fid, "label": "pos", "provider": s["provider"], "kind": s["kind"],
                         "filetype": filetype(rel)})
        secrets.append({"file": fid, "needle": needle, "line": line})
    assert env_used <= env_cap
    del envs

    # ---- negatives: half slot templates with a non-secret, half look-alikes
    neg_slots = [s for s in SLOTS if not s["envfile"] and s["name"] != "t_afip_keyfile"]
    n_slot = N_NEG // 2
    jobs = [("slot", s) for s in cycle(r, neg_slots, n_slot)] + \
           [("look", f) for f in cycle(r, LOOKS, N_NEG - n_slot)]
    r.shuffle(jobs)
    for i, (mode, t) in enumerate(jobs):
        if mode == "slot":
            v, cat = filler(r, t["provider"], t["var"])
            rel, text = t["fn"](r, v)
            provider, kind = t["provider"], "%s:%s" % (t["kind"], cat)
        else:
            rel, text, provider, kind = t(r)
        assert not is_blocked_env(rel), rel
        fid = "neg/n%04d/%s" % (i, rel)
        write(os.path.join(out, fid), text)
        manifest.append({"file": fid, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(rel)})

    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for s in secrets:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
