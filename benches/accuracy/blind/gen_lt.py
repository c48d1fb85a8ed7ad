#!/usr/bin/env python3
"""gen_lt.py - blind evaluation set for secret scanners: Nordic, Baltic, Polish and Czech
payment, accounting and shipping integrations.

EMPHASIS
    Domain: web shops, ERP/accounting connectors and shipping integrations written by developers
    in Norway, Sweden, Denmark, Finland, Estonia, Latvia, Poland and the Czech Republic.
    Providers: Vipps MobilePay (client id/secret, Ocp-Apim-Subscription-Key, MSN), Swish
    (.p12 certificate password), BankID (RP certificate passphrase), Klarna (API key
    klarna_<live|test>_api_..., legacy PK/K username + shared secret), Nets Easy / Nexi Checkout
    (live-/test-secret-key-...), Fortnox (legacy Client-Secret + Access-Token, OAuth client
    secret, JWT access token), Visma eAccounting / Business NXT, Tripletex (consumer, employee and
    session tokens, Basic "0:<session>" header), PowerOffice Go, e-conomic (X-AppSecretToken,
    X-AgreementGrantToken), Dinero, Billy, Allegro, InPost ShipX (JWT bearer), Przelewy24 (CRC and
    API keys), PayU PL (second_key, client_secret), Comgate, GoPay, Fakturoid, iDoklad, Shoptet,
    Heureka, Packeta/Zasilkovna (API password), Bring/Mybring, PostNord, Posti, Omniva, Paytrail,
    Smart-ID / Mobile-ID (client TLS private key, keystore password).
    File types: C# and appsettings.json, PHP (WooCommerce / PrestaShop modules), Python, Node.js /
    TypeScript, Java, Kotlin, Go, YAML (compose, k8s, GitHub Actions, Helm), JSON, XML
    (web.config, PrestaShop config), .properties, TOML, INI, shell, Dockerfile, Terraform, SQL,
    CSV, logs, Markdown in the local languages, Postman collections/environments, a few .env.
    Comments and names in Norwegian, Swedish, Danish, Finnish, Polish, Czech, Estonian.

USAGE
    python3 -B gen_lt.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 positives), OUTDIR/neg/nNNNN/<relpath> (500
    negatives), OUTDIR/manifest.jsonl (one line per file: file, label, provider, kind, filetype,
    template) and OUTDIR/secrets.jsonl (one line per positive: file, needle, line).
    All randomness comes from one random.Random(SEED); output is byte-identical per SEED.

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as written, without surrounding quotes.
    * Prefixed keys keep their prefix (live-secret-key-..., klarna_test_api_...): the prefix is
      part of the value that the provider issues.
    * HTTP headers: only the header value (the token), not the header name. For
      "Authorization: Bearer <jwt>" the needle is the JWT; for Tripletex
      "Authorization: Basic <b64>" the needle is the base64 blob (it encodes "0:<sessionToken>").
    * URLs with credentials (https://user:password@host/...): the needle is the password only.
    * Multi-line PEM private keys: the needle is the first base64 line of the key body (the line
      after -----BEGIN ... PRIVATE KEY-----).
    * Each positive holds exactly one secret; public companions (client ids, MSN, merchant ids,
      pos ids, usernames, checkout keys, relying party UUIDs) may appear next to it.
    * "line" is the 1-based line of the needle's first occurrence; the program asserts it.

NEGATIVES
    Half (250) re-use the positive templates with the secret slot holding a non-secret:
    placeholders (also local-language ones: <din-nøkkel>, DIN_HEMLIGA_NYCKEL, TWOJ_KLUCZ_API,
    VLOZTE_KLIC, ANNA_AVAIN ...), empty values, masked values (****, [REDACTED], live-secret-key-
    ****), environment / secret-manager references (${VAR}, os.environ[...], process.env.X,
    getenv(), System.getenv, IConfiguration, op://, vault:, AWS Secrets Manager ARNs), template
    expressions ({{ .Values.x }}, ${{ secrets.X }}, #{Token}#, Postman {{var}}), providers'
    documented example/test values (PayU public sandbox POS, Paytrail test merchant, e-conomic
    "demo", Swish test certificate password, BankID test passphrase), and public values (Nets
    checkout key, Klarna client id, Vipps MSN, client ids).
    The other half are look-alikes of the domain: Norwegian orgnr (mod 11), Swedish
    organisationsnummer (Luhn), Danish CVR, Finnish Y-tunnus, Polish NIP/REGON, Czech ICO, IBANs
    with valid mod-97, KID/OCR references, Vipps MSN and Swish numbers, Smart-ID/Mobile-ID demo
    relying party (00000000-0000-0000-0000-000000000000 / DEMO), Przelewy24 sandbox merchant ids
    and sha384 signs, public checkout keys, e-conomic demo tokens, order and tracking numbers,
    hashes, digests, SRI, UUIDs, public keys and certificates, base64 data.
    No negative is written to a .env / .env.<stage> file (only .env.example / .env.sample).

FORMATS CHECKED (search tool, providers' documentation)
    * Vipps MobilePay: client_id, client_secret, Ocp-Apim-Subscription-Key and
      Merchant-Serial-Number are sent as headers to POST /accesstoken/get (apitest.vipps.no);
      the access token is a JWT (developer.vippsmobilepay.com).
    * Nexi Checkout (Nets Easy): per environment a Secret API key and a public Checkout key, keys
      are prefixed e.g. "live-secret-key-"; the checkout key is documented as a public identifier.
    * Klarna: API key format klarna_<live|test>_api_<random>, client ids klarna_<live|test>_
      client_<random>; legacy username/password (MID-based username) via HTTP Basic.
    * Tripletex: consumerToken + employeeToken -> sessionToken; Basic auth with username "0"
      (or company id) and the session token as password, i.e. base64("0:<sessionToken>").
    * e-conomic: headers X-AppSecretToken and X-AgreementGrantToken; "demo" tokens exist.
    * Fortnox: legacy Authorization-Code + Client-Secret -> Access-Token, both sent as headers;
      now OAuth2 (apps.fortnox.se/oauth-v1/token) with JWT access tokens.
    * Przelewy24: merchantId, posId, CRC key, API key ("klucz do raportow"), sign = sha384.
    * PayU PL: pos_id, second key (MD5), OAuth client_id/client_secret; the public sandbox POS
      300746 and its keys are published in the docs (used here only as negatives).
    * Paytrail: merchant id + merchant secret; legacy test merchant 13466 is published.
    * Mybring: API key created per user account, used with the user e-mail (X-Mybring-API-Uid /
      X-Mybring-API-Key headers).
    * Smart-ID demo: relyingPartyUUID 00000000-0000-0000-0000-000000000000, name DEMO.
    * Comgate: merchant id + secret ("heslo"); Fakturoid API v3: OAuth client id/secret.
    * Swish: client TLS certificate (4096-bit RSA) kept in a password-protected keystore (.p12).

DOUBTS
    * Exact lengths/alphabets not confirmed in documentation and chosen from how integrations
      commonly look: Vipps client_secret (base64, 40 chars), subscription keys (32 hex, Azure
      API Management style), Nets key body (32 hex), Klarna random part (base64url), Klarna
      legacy username (PK12345_xxxxxxxxxxxx) and shared secret (16 alnum), Fortnox legacy
      Client-Secret (10 alnum), Tripletex tokens (base64 of {"tokenId":N,"token":"<uuid>"}),
      e-conomic tokens (alnum ~43), Visma client secret, Dinero/Billy keys, Allegro client secret
      (64 alnum), GoPay ClientSecret (8 alnum), Fakturoid (40 hex), iDoklad (UUID), Shoptet
      private token ("<shop>-p-<id>-<random>"), Heureka key (32 hex), Packeta API password
      (32 hex, API key = its first 16 chars), PostNord (32 hex), Posti, Omniva, Paytrail secrets.
    * Paytrail's current test merchant (375917 / SAIPPUAKAUPPIAS), the Swish test certificate
      password "swish" and the BankID test passphrase "qwerty123" are quoted from memory of the
      providers' test material; they are used only in negatives.
    * Smart-ID / Mobile-ID: the RP authenticates by UUID + whitelisted IP; the "TLS keys" are
      modelled as the client keystore (password) and an EC private key in PEM.
"""
import base64
import hashlib
import json
import os
import random
import re
import sys
import textwrap

MARK = "@S@"

# --------------------------------------------------------------------------------------------
# basic random helpers
# --------------------------------------------------------------------------------------------
HEX = "0123456789abcdef"
DIG = "0123456789"
LOW = "abcdefghijklmnopqrstuvwxyz"
UPP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALNUM = DIG + LOW + UPP
LALNUM = DIG + LOW
PWCH = ALNUM + "!#%-_.@+"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(r, n):
    return rs(r, HEX, n)


def alnum(r, n):
    # make sure it is not all letters / all digits
    while True:
        s = rs(r, ALNUM, n)
        if any(c.isdigit() for c in s) and any(c.isalpha() for c in s):
            return s


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def b64url(r, n):
    return base64.urlsafe_b64encode(rbytes(r, n)).decode().rstrip("=")


def uuid4(r):
    h = list(hexs(r, 32))
    h[12] = "4"
    h[16] = r.choice("89ab")
    h = "".join(h)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def digits(r, n, first_nonzero=True):
    s = rs(r, DIG, n)
    if first_nonzero and s[0] == "0":
        s = r.choice("123456789") + s[1:]
    return s


def password(r, lo=12, hi=20):
    while True:
        s = rs(r, PWCH, r.randint(lo, hi))
        if (any(c.isdigit() for c in s) and any(c.islower() for c in s)
                and any(c.isupper() for c in s) and s[0].isalnum()):
            return s


def b64j(obj):
    raw = json.dumps(obj, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt(r, payload, alg="RS256"):
    head = {"alg": alg, "typ": "JWT"}
    if r.random() < 0.5:
        head["kid"] = hexs(r, 16)
    sig = b64url(r, 256 if alg.startswith("RS") else 32)
    return b64j(head) + "." + b64j(payload) + "." + sig


def ts(r, lo=1700000000, hi=1760000000):
    return r.randint(lo, hi)


def iso_date(r):
    return "20%02d-%02d-%02d" % (r.randint(22, 25), r.randint(1, 12), r.randint(1, 28))


def iso_dt(r):
    return "%sT%02d:%02d:%02dZ" % (iso_date(r), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def pem_wrap(body, width=64):
    return [body[i:i + width] for i in range(0, len(body), width)]


def ec_private_pem(r):
    """PKCS#1-style EC (prime256v1) private key with the real DER layout, random numbers."""
    der = (bytes.fromhex("307702010104") + b"\x20" + rbytes(r, 32)
           + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rbytes(r, 64))
    lines = pem_wrap(base64.b64encode(der).decode())
    text = "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END EC PRIVATE KEY-----"
    return text, lines[0]


def rsa_public_pem(r):
    # SubjectPublicKeyInfo header for RSA 2048 + random modulus: public material only
    der = (bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100")
           + b"\x00" + rbytes(r, 255) + bytes.fromhex("0203010001"))
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(pem_wrap(base64.b64encode(der).decode())) \
        + "\n-----END PUBLIC KEY-----"


def fill(text, **kw):
    text = textwrap.dedent(text).lstrip("\n")
    for k, v in kw.items():
        text = text.replace("@" + k + "@", str(v))
    return text


# --------------------------------------------------------------------------------------------
# public identifiers with real check digits (used as context and as look-alikes)
# --------------------------------------------------------------------------------------------
def no_orgnr(r):
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        d = [int(r.choice("89"))] + [r.randint(0, 9) for _ in range(7)]
        c = 11 - sum(a * b for a, b in zip(d, w)) % 11
        if c == 11:
            c = 0
        if c != 10:
            return "".join(map(str, d)) + str(c)


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return str((10 - tot % 10) % 10)


def se_orgnr(r, dash=True):
    base = r.choice(["55", "556", "559", "802", "716"])
    base = base + digits(r, 9 - len(base), False)
    s = base + luhn_digit(base)
    return s[:6] + "-" + s[6:] if dash else s


def pl_nip(r):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(8)]
        c = sum(a * b for a, b in zip(d, w)) % 11
        if c != 10:
            return "".join(map(str, d)) + str(c)


def pl_regon(r):
    w = [8, 9, 2, 3, 4, 5, 6, 7]
    d = [r.randint(0, 9) for _ in range(8)]
    c = sum(a * b for a, b in zip(d, w)) % 11
    return "".join(map(str, d)) + str(0 if c == 10 else c)


def cz_ico(r):
    d = [r.randint(0, 9) for _ in range(7)]
    s = sum(a * b for a, b in zip(d, range(8, 1, -1))) % 11
    c = 1 if s == 0 else 0 if s == 1 else 11 - s
    return "".join(map(str, d)) + str(c % 10)


def dk_cvr(r):
    w = [2, 7, 6, 5, 4, 3, 2]
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(6)]
        c = (-sum(a * b for a, b in zip(d, w))) % 11
        if c < 10:
            return "".join(map(str, d)) + str(c)


def fi_ytunnus(r):
    w = [7, 9, 10, 5, 8, 4, 2]
    while True:
        d = [r.randint(0, 9) for _ in range(7)]
        s = sum(a * b for a, b in zip(d, w)) % 11
        if s != 1:
            return "".join(map(str, d)) + "-" + str(0 if s == 0 else 11 - s)


IBAN_BBAN = {"NO": (11, DIG), "SE": (20, DIG), "DK": (14, DIG), "FI": (14, DIG), "PL": (24, DIG),
             "CZ": (20, DIG), "EE": (16, DIG), "LT": (16, DIG), "LV": (17, None)}


def iban(r, cc=None, spaced=False):
    cc = cc or r.choice(sorted(IBAN_BBAN))
    n, alph = IBAN_BBAN[cc]
    if cc == "LV":
        bban = r.choice(["HABA", "UNLA", "PARX", "RIKO"]) + rs(r, DIG, 13)
    else:
        bban = rs(r, alph, n)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    s = "%s%02d%s" % (cc, chk, bban)
    if spaced:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def kid(r, n=None):
    base = digits(r, (n or r.randint(7, 14)) - 1, False)
    return base + luhn_digit(base)


def msn(r):
    return digits(r, 6)


def swish_no(r):
    return "123" + digits(r, 7, False)


# --------------------------------------------------------------------------------------------
# context vocabulary
# --------------------------------------------------------------------------------------------
COMPANIES = [
    ("NO", "Fjordlys Handel AS"), ("NO", "Nordkapp Sport AS"), ("NO", "Bergen Kaffebrenneri AS"),
    ("SE", "Björkvik Möbler AB"), ("SE", "Göta Cykel AB"), ("SE", "Norrsken Te & Kaffe AB"),
    ("DK", "Havnegade Kaffe ApS"), ("DK", "Aarhus Tekstil A/S"), ("FI", "Kuusela Kauppa Oy"),
    ("FI", "Saimaan Puoti Oy"), ("PL", "Sklep Wisła sp. z o.o."), ("PL", "Kraków Deli S.A."),
    ("PL", "Mazury Outdoor sp. z o.o."), ("CZ", "Pražská Káva s.r.o."), ("CZ", "Brněnské Hračky s.r.o."),
    ("EE", "Tallinna Raamat OÜ"), ("LV", "Rīgas Ziedi SIA"), ("LT", "Vilniaus Prekyba UAB"),
]
SLUGS = ["nettbutikk", "webshop", "sklep", "eshop", "verkkokauppa", "butik", "netbutik", "kasse",
         "checkout", "shop-api", "ordre", "zamowienia", "objednavky", "tilaukset", "orders"]
DEVS = ["ola.nordmann", "kari", "sven.berg", "anna.lindqvist", "mette", "jukka", "piotr.nowak",
        "kasia", "jan.novak", "petra", "mart", "janis"]
DOMAINS = ["butikk.no", "handel.se", "kaffe.dk", "kauppa.fi", "sklep.pl", "eshop.cz", "pood.ee"]


def company(r, cc=None):
    cands = [c for c in COMPANIES if cc is None or c[0] == cc]
    return r.choice(cands or COMPANIES)[1]


def slug(r):
    return r.choice(SLUGS)


def domain(r):
    return r.choice(["www.", "shop.", "", "butikk.", "api."]) + r.choice(DOMAINS)


def ver(r):
    return "%d.%d.%d" % (r.randint(1, 8), r.randint(0, 20), r.randint(0, 30))


# --------------------------------------------------------------------------------------------
# secret generators: r -> (value written into the file, needle)
# --------------------------------------------------------------------------------------------
def _same(v):
    return v, v


def g_vipps_secret(r):
    return _same(base64.b64encode(rbytes(r, 30)).decode())


def g_apim(r):
    return _same(hexs(r, 32))


def g_nets(r):
    return _same(r.choice(["live", "test", "live"]) + "-secret-key-" + hexs(r, 32))


def g_klarna(r):
    return _same("klarna_" + r.choice(["live", "test"]) + "_api_" + b64url(r, r.choice([45, 48, 54])))


def g_klarna_legacy(r):
    return _same(alnum(r, 16))


def g_fortnox_secret(r):
    return _same(alnum(r, 10))


def g_uuid(r):
    return _same(uuid4(r))


def g_fortnox_jwt(r):
    p = {"ver": 1, "iss": "https://apps.fortnox.se", "sub": uuid4(r), "tenantId": r.randint(100000, 9999999),
         "scope": "invoice customer companyinformation", "clientId": alnum(r, 12),
         "authsource": "OAUTH2", "iat": ts(r), "exp": ts(r) + 3600}
    return _same(jwt(r, p))


def g_alnum(n):
    return lambda r: _same(alnum(r, n))


def g_hex(n):
    return lambda r: _same(hexs(r, n))


def g_tripletex(r):
    tok = {"tokenId": r.randint(1000, 9999999), "token": uuid4(r)}
    return _same(base64.b64encode(json.dumps(tok, separators=(",", ":")).encode()).decode())


def g_tripletex_basic(r):
    sess = g_tripletex(r)[0]
    return _same(base64.b64encode(("0:" + sess).encode()).decode())


def g_allegro_jwt(r):
    p = {"user_name": str(r.randint(10000000, 99999999)), "scope": ["allegro:api:orders:read",
         "allegro:api:sale:offers:write"], "allegro_api": True, "iss": "https://allegro.pl",
         "exp": ts(r), "jti": uuid4(r), "client_id": hexs(r, 32)}
    return _same(jwt(r, p))


def g_inpost_jwt(r):
    p = {"exp": ts(r, 1900000000, 2100000000), "iat": ts(r), "jti": uuid4(r),
         "iss": "https://login.inpost.pl/auth/realms/external", "aud": "shipx", "sub": uuid4(r),
         "typ": "Bearer", "azp": "shipx", "session_state": uuid4(r), "scope": "openid api:apipoints api:shipx",
         "allowed_refs": [uuid4(r)], "uuid": uuid4(r)}
    return _same(jwt(r, p))


def g_password(r):
    return _same(password(r))


def g_password_url(r):
    while True:
        v = password(r)
        if all(c.isalnum() or c in "-_." for c in v):
            return _same(v)


def g_shoptet(r):
    return _same("%s-p-%s-%s" % (digits(r, 6), digits(r, 6), rs(r, LALNUM, 32)))


def g_gopay(r):
    return _same(alnum(r, 8))


def g_ec_pem(r):
    return ec_private_pem(r)


def g_paytrail(r):
    return _same(alnum(r, r.choice([30, 32, 40])))


def g_economic(r):
    return _same(alnum(r, r.choice([42, 43, 46])))


def g_visma(r):
    return _same(rs(r, ALNUM + "-_", 3) + alnum(r, 41))


# --------------------------------------------------------------------------------------------
# template registry
# --------------------------------------------------------------------------------------------
POS = []
LOOK = []
CODE_LANGS = ("py", "js", "ts", "php", "cs", "java", "kt", "go")


def P(provider, kind, gen, var, lang, conv=True):
    def deco(fn):
        POS.append({"name": fn.__name__, "provider": provider, "kind": kind, "gen": gen,
                    "var": var, "lang": lang, "conv": conv, "fn": fn})
        return fn
    return deco


def L(provider, kind):
    def deco(fn):
        LOOK.append({"name": fn.__name__, "provider": provider, "kind": kind, "fn": fn})
        return fn
    return deco


# ---------------------------------- Vipps MobilePay ----------------------------------------
@P("vipps", "client_secret", g_vipps_secret, "VIPPS_CLIENT_SECRET", "json")
def t_vipps_appsettings(r):
    path = r.choice(["src/Nettbutikk.Api/appsettings.json", "Api/appsettings.Production.json",
                     "src/Kasse.Web/appsettings.json"])
    return path, fill('''
        {
          "Logging": {
            "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
          },
          "AllowedHosts": "*",
          "ConnectionStrings": { "Ordre": "Server=localhost;Database=ordre;Integrated Security=true" },
          "Vipps": {
            "BaseUrl": "https://api.vipps.no",
            "ClientId": "@CID@",
            "ClientSecret": "@S@",
            "MerchantSerialNumber": "@MSN@",
            "SystemName": "@SLUG@",
            "SystemVersion": "@VER@"
          }
        }
        ''', CID=uuid4(r), MSN=msn(r), SLUG=slug(r), VER=ver(r))


@P("vipps", "subscription_key", g_apim, "VIPPS_SUBSCRIPTION_KEY", "cs", conv=False)
def t_vipps_cs_headers(r):
    return "src/Betaling/VippsTokenKlient.cs", fill('''
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;

        namespace Butikk.Betaling
        {
            // Henter access token fra Vipps MobilePay (gyldig i 24 timer i produksjon)
            public sealed class VippsTokenKlient
            {
                private const string Msn = "@MSN@";
                private readonly HttpClient _http;
                private readonly string _clientId;
                private readonly string _clientSecret;

                public VippsTokenKlient(HttpClient http, string clientId, string clientSecret)
                {
                    _http = http;
                    _clientId = clientId;
                    _clientSecret = clientSecret;
                }

                public async Task<string> HentTokenAsync()
                {
                    var req = new HttpRequestMessage(HttpMethod.Post, "https://api.vipps.no/accesstoken/get");
                    req.Headers.Add("client_id", _clientId);
                    req.Headers.Add("client_secret", _clientSecret);
                    req.Headers.Add("Ocp-Apim-Subscription-Key", "@S@");
                    req.Headers.Add("Merchant-Serial-Number", Msn);
                    req.Headers.Add("Vipps-System-Name", "@SLUG@");
                    var res = await _http.SendAsync(req);
                    res.EnsureSuccessStatusCode();
                    var body = await res.Content.ReadFromJsonAsync<TokenSvar>();
                    return body!.access_token;
                }

                private sealed record TokenSvar(string token_type, string access_token);
            }
        }
        ''', MSN=msn(r), SLUG=slug(r))


@P("vipps", "client_secret", g_vipps_secret, "VIPPS_CLIENT_SECRET", "sh", conv=False)
def t_vipps_curl_sh(r):
    return r.choice(["scripts/vipps-token.sh", "tools/hent_token.sh"]), fill('''
        #!/usr/bin/env bash
        # Hent et access token fra Vipps MobilePay testmiljø og skriv det ut.
        set -euo pipefail

        MSN="@MSN@"
        CLIENT_ID="@CID@"

        curl -sS -X POST 'https://apitest.vipps.no/accesstoken/get' \\
          -H "Content-Type: application/json" \\
          -H "client_id: ${CLIENT_ID}" \\
          -H 'client_secret: @S@' \\
          -H "Ocp-Apim-Subscription-Key: ${VIPPS_SUB_KEY:?mangler}" \\
          -H "Merchant-Serial-Number: ${MSN}" \\
          --data '' | jq -r .access_token
        ''', MSN=msn(r), CID=uuid4(r))


@P("vipps", "subscription_key", g_apim, "VIPPS_SUBSCRIPTION_KEY", "postman", conv=False)
def t_vipps_postman_env(r):
    vals = [("mobileNumber", "47" + digits(r, 8), "default"), ("client_id", uuid4(r), "default"),
            ("client_secret", "", "secret"), ("merchantSerialNumber", msn(r), "default"),
            ("Ocp-Apim-Subscription-Key", MARK, "secret"), ("access_token", "", "secret"),
            ("amount", str(r.choice([4990, 19900, 49900])), "default")]
    env = {"id": uuid4(r), "name": "Vipps MobilePay – test (%s)" % r.choice(DEVS),
           "values": [{"key": k, "value": v, "type": t, "enabled": True} for k, v, t in vals],
           "_postman_variable_scope": "environment"}
    return "postman/vipps-test.postman_environment.json", json.dumps(env, indent=2, ensure_ascii=False) + "\n"


@P("vipps", "client_secret", g_vipps_secret, "VIPPS_CLIENT_SECRET", "php")
def t_vipps_woo(r):
    return "wp-content/plugins/vipps-checkout-tilpasning/config.php", fill('''
        <?php
        /**
         * Konfigurasjon for Vipps Checkout i nettbutikken.
         * Testmiljø: apitest.vipps.no
         */
        defined('ABSPATH') || exit;

        define('VIPPS_MSN', '@MSN@');
        define('VIPPS_CLIENT_ID', '@CID@');
        define('VIPPS_CLIENT_SECRET', '@S@');
        define('VIPPS_TESTMODUS', @TM@);

        add_filter('woo_vipps_is_test_mode', function () {
            return VIPPS_TESTMODUS;
        });
        ''', MSN=msn(r), CID=uuid4(r), TM=r.choice(["true", "false"]))


@P("mobilepay", "subscription_key", g_apim, "MOBILEPAY_SUBSCRIPTION_KEY", "yml")
def t_mobilepay_compose(r):
    return "docker-compose.yml", fill('''
        version: "3.9"
        services:
          betaling:
            image: ghcr.io/@ORG@/betaling:@VER@
            ports:
              - "8080:8080"
            environment:
              ASPNETCORE_ENVIRONMENT: Staging
              MOBILEPAY_MSN: "@MSN@"
              MOBILEPAY_CLIENT_ID: "@CID@"
              MOBILEPAY_SUBSCRIPTION_KEY: "@S@"
              MOBILEPAY_BASE_URL: https://apitest.vipps.no
            depends_on:
              - db
          db:
            image: postgres:16
            environment:
              POSTGRES_DB: betaling
              POSTGRES_HOST_AUTH_METHOD: trust
        ''', ORG=r.choice(["havnegade", "fjordlys", "nordkapp"]), VER=ver(r), MSN=msn(r), CID=uuid4(r))


# ---------------------------------- Swish / BankID ------------------------------------------
@P("swish", "certificate_password", g_password, "SWISH_CERT_PASSWORD", "json", conv=False)
def t_swish_appsettings(r):
    return "src/Kassa/appsettings.Production.json", fill('''
        {
          "Swish": {
            "Environment": "Production",
            "PayeeAlias": "@SW@",
            "CallbackUrl": "https://@DOM@/api/swish/callback",
            "Certificate": {
              "Path": "/run/certs/swish-klient.p12",
              "Password": "@S@"
            },
            "RootCaPath": "/run/certs/Swish_TLS_RootCA.pem"
          },
          "Serilog": { "MinimumLevel": "Information" }
        }
        ''', SW=swish_no(r), DOM=domain(r))


@P("swish", "certificate_password", g_password, "SWISH_CERT_PASSWORD", "py")
def t_swish_py(r):
    return "betalning/swish_klient.py", fill('''
        """Swish Handel: skapa betalningsförfrågan (m-commerce)."""
        import uuid

        import requests

        SWISH_URL = "https://cpc.getswish.net/swish-cpcapi/api/v2/paymentrequests"
        SWISH_CERT = ("certs/swish.pem", "certs/swish.key")
        SWISH_CERT_PASSWORD = "@S@"  # lösenord för .p12-filen från Swish Certifikatsadministration
        PAYEE_ALIAS = "@SW@"


        def skapa_betalning(belopp: str, meddelande: str) -> str:
            instruktion = uuid.uuid4().hex.upper()
            body = {
                "payeeAlias": PAYEE_ALIAS,
                "amount": belopp,
                "currency": "SEK",
                "callbackUrl": "https://@DOM@/swish/callback",
                "message": meddelande[:50],
            }
            res = requests.put(f"{SWISH_URL}/{instruktion}", json=body, cert=SWISH_CERT, timeout=10)
            res.raise_for_status()
            return res.headers["PaymentRequestToken"]
        ''', SW=swish_no(r), DOM=domain(r))


@P("swish", "certificate_password", g_password, "SWISH_P12_PASSWORD", "sh", conv=False)
def t_swish_openssl(r):
    return "ops/swish/bygg-keystore.sh", fill('''
        #!/bin/sh
        # Packa ihop Swish-certifikatet och nyckeln till en PKCS#12-fil för Kestrel.
        set -e
        cd "$(dirname "$0")"
        openssl pkcs12 -export \\
          -in swish_certificate_@DT@.pem \\
          -inkey swish.key \\
          -certfile Swish_TLS_RootCA.pem \\
          -name swish-@SW@ \\
          -passout pass:@S@ \\
          -out swish-klient.p12
        echo "klart: swish-klient.p12"
        ''', DT=iso_date(r).replace("-", ""), SW=swish_no(r))


@P("bankid", "certificate_password", g_password, "BANKID_CERT_PASSPHRASE", "props")
def t_bankid_props(r):
    return "src/main/resources/application-prod.properties", fill('''
        # BankID Relying Party (produktion)
        server.port=8443
        bankid.environment=prod
        bankid.api-url=https://appapi2.bankid.com/rp/v6.0
        bankid.keystore.type=PKCS12
        bankid.keystore.path=file:/etc/bankid/rp-@ORG@.p12
        bankid.keystore.passphrase=@S@
        bankid.truststore.path=classpath:bankid-root-prod.pem
        bankid.auto-start-token-required=true
        logging.level.se.bankid=INFO
        ''', ORG=se_orgnr(r, dash=False))


@P("bankid", "certificate_password", g_password, "BANKID_CERT_PASSPHRASE", "kt", conv=False)
def t_bankid_kotlin(r):
    return "app/src/main/kotlin/se/butik/auth/BankIdConfig.kt", fill('''
        package se.butik.auth

        import java.io.FileInputStream
        import java.security.KeyStore
        import javax.net.ssl.KeyManagerFactory

        object BankIdConfig {
            const val RP_URL = "https://appapi2.bankid.com/rp/v6.0"
            private const val KEYSTORE = "/etc/bankid/rp.p12"

            fun keyManagers(): Array<javax.net.ssl.KeyManager> {
                val ks = KeyStore.getInstance("PKCS12")
                // lösenordet för RP-certifikatet (beställt via banken)
                val losen = "@S@".toCharArray()
                FileInputStream(KEYSTORE).use { ks.load(it, losen) }
                val kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm())
                kmf.init(ks, losen)
                return kmf.keyManagers
            }
        }
        ''')


# ---------------------------------- Klarna ---------------------------------------------------
@P("klarna", "api_key", g_klarna, "KLARNA_API_KEY", "env")
def t_klarna_env(r):
    return r.choice([".env", ".env.local"]), fill('''
        NODE_ENV=development
        PORT=3000
        SHOP_CURRENCY=SEK
        KLARNA_REGION=eu
        KLARNA_BASE_URL=https://api.playground.klarna.com
        KLARNA_API_KEY=@S@
        KLARNA_CLIENT_ID=klarna_test_client_@CI@
        ''', CI=b64url(r, 30))


@P("klarna", "shared_secret", g_klarna_legacy, "KLARNA_PASSWORD", "js", conv=False)
def t_klarna_node(r):
    user = r.choice(["PK", "K"]) + digits(r, 5) + "_" + hexs(r, 12)
    return "src/payments/klarna.js", fill('''
        'use strict';
        const axios = require('axios');

        // Klarna Payments – legacy brukernavn/passord (HTTP Basic)
        const klarna = axios.create({
          baseURL: 'https://api.klarna.com',
          auth: {
            username: '@U@',
            password: '@S@',
          },
          headers: { 'Content-Type': 'application/json' },
          timeout: 8000,
        });

        async function createSession(order) {
          const { data } = await klarna.post('/payments/v1/sessions', {
            purchase_country: 'NO',
            purchase_currency: 'NOK',
            locale: 'nb-NO',
            order_amount: order.total,
            order_tax_amount: order.tax,
            order_lines: order.lines,
          });
          return data.client_token;
        }

        module.exports = { createSession };
        ''', U=user)


@P("klarna", "api_key", g_klarna, "KLARNA_API_KEY", "py", conv=False)
def t_klarna_py_header(r):
    return "kassa/klarna/api.py", fill('''
        import logging

        import httpx

        log = logging.getLogger(__name__)

        KLARNA_BASE = "https://api.klarna.com"


        class KlarnaKlient:
            def __init__(self, region: str = "eu") -> None:
                self._http = httpx.Client(
                    base_url=KLARNA_BASE,
                    headers={"Authorization": "Basic @S@"},
                    timeout=10.0,
                )
                self.region = region

            def hamta_order(self, order_id: str) -> dict:
                res = self._http.get(f"/ordermanagement/v1/orders/{order_id}")
                res.raise_for_status()
                log.info("klarna order %s status=%s", order_id, res.json().get("status"))
                return res.json()
        ''')


@P("klarna", "api_key", g_klarna, "KLARNA_API_KEY", "yml")
def t_klarna_k8s_secret(r):
    return "deploy/k8s/klarna-secret.yaml", fill('''
        apiVersion: v1
        kind: Secret
        metadata:
          name: klarna-credentials
          namespace: @NS@
          labels:
            app.kubernetes.io/part-of: kasse
        type: Opaque
        stringData:
          KLARNA_REGION: eu
          KLARNA_API_KEY: "@S@"
        ''', NS=r.choice(["butik-prod", "shop", "kasse"]))


# ---------------------------------- Nets Easy / Nexi -----------------------------------------
@P("nets", "secret_key", g_nets, "NETS_SECRET_KEY", "php")
def t_nets_prestashop(r):
    return "modules/netseasy/config/prod.php", fill('''
        <?php
        // Nets Easy (Nexi Checkout) – produktionsnycklar
        return [
            'merchant_id'   => '@MID@',
            'checkout_key'  => 'live-checkout-key-@CK@',
            'secret_key'    => '@S@',
            'terms_url'     => 'https://@DOM@/handelsbetingelser',
            'integration'   => 'EmbeddedCheckout',
            'language'      => 'sv-SE',
        ];
        ''', MID=digits(r, 9), CK=hexs(r, 32), DOM=domain(r))


@P("nets", "secret_key", g_nets, "NETS_SECRET_KEY", "ts", conv=False)
def t_nets_ts(r):
    return "server/src/nexi/client.ts", fill('''
        import fetch from 'node-fetch';

        const BASE = process.env.NODE_ENV === 'production'
          ? 'https://api.dibspayment.eu'
          : 'https://test.api.dibspayment.eu';

        export async function opprettBetaling(ordre: { ref: string; sum: number }) {
          const res = await fetch(`${BASE}/v1/payments`, {
            method: 'POST',
            headers: {
              Authorization: '@S@',
              'Content-Type': 'application/json',
              CommercePlatformTag: '@SLUG@',
            },
            body: JSON.stringify({
              order: { items: [], amount: ordre.sum, currency: 'NOK', reference: ordre.ref },
              checkout: { integrationType: 'HostedPaymentPage', termsUrl: 'https://@DOM@/vilkar' },
            }),
          });
          if (!res.ok) throw new Error(`Nexi svarte ${res.status}`);
          return (await res.json()) as { paymentId: string };
        }
        ''', SLUG=slug(r), DOM=domain(r))


@P("nets", "secret_key", g_nets, "NETS_SECRET_KEY", "tf", conv=False)
def t_nets_terraform(r):
    return "infra/payments.tf", fill('''
        resource "azurerm_key_vault_secret" "nets_easy" {
          name         = "nets-easy-secret-key"
          value        = "@S@"
          key_vault_id = azurerm_key_vault.shop.id
          content_type = "text/plain"

          tags = {
            miljo  = "prod"
            eier   = "betaling"
          }
        }

        resource "azurerm_app_service_app_setting" "checkout_key" {
          name  = "NETS_CHECKOUT_KEY"
          value = "live-checkout-key-@CK@"
        }
        ''', CK=hexs(r, 32))


# ---------------------------------- Fortnox --------------------------------------------------
@P("fortnox", "client_secret", g_fortnox_secret, "FORTNOX_CLIENT_SECRET", "py")
def t_fortnox_legacy_py(r):
    return "integration/fortnox_sync.py", fill('''
        # Synkar kundfakturor från webbshoppen till Fortnox (gamla integrationsnyckel-modellen)
        import requests

        FORTNOX_API = "https://api.fortnox.se/3"
        FORTNOX_CLIENT_SECRET = "@S@"
        FORTNOX_ACCESS_TOKEN_FILE = "/var/lib/fortnox/access_token"


        def _headers():
            with open(FORTNOX_ACCESS_TOKEN_FILE) as fh:
                token = fh.read().strip()
            return {
                "Access-Token": token,
                "Client-Secret": FORTNOX_CLIENT_SECRET,
                "Content-Type": "application/json",
                "Accept": "application/json",
            }


        def skapa_faktura(kundnr: str, rader: list) -> int:
            body = {"Invoice": {"CustomerNumber": kundnr, "InvoiceRows": rader}}
            res = requests.post(f"{FORTNOX_API}/invoices", json=body, headers=_headers(), timeout=15)
            res.raise_for_status()
            return res.json()["Invoice"]["DocumentNumber"]
        ''')


@P("fortnox", "access_token", g_uuid, "FORTNOX_ACCESS_TOKEN", "php", conv=False)
def t_fortnox_legacy_php(r):
    return "app/Services/Fortnox/Client.php", fill('''
        <?php

        namespace App\\Services\\Fortnox;

        use GuzzleHttp\\Client as Http;

        class Client
        {
            private Http $http;

            public function __construct(string $clientSecret)
            {
                $this->http = new Http([
                    'base_uri' => 'https://api.fortnox.se/3/',
                    'headers'  => [
                        'Access-Token'  => '@S@',
                        'Client-Secret' => $clientSecret,
                        'Accept'        => 'application/json',
                    ],
                ]);
            }

            public function artiklar(): array
            {
                $res = $this->http->get('articles', ['query' => ['limit' => 500]]);
                return json_decode((string) $res->getBody(), true)['Articles'] ?? [];
            }
        }
        ''')


@P("fortnox", "access_token", g_fortnox_jwt, "FORTNOX_ACCESS_TOKEN", "log", conv=False)
def t_fortnox_jwt_log(r):
    day = iso_date(r)
    t0 = r.randint(3600, 70000)
    lines, k = [], 0

    def stamp(x):
        return "%sT%02d:%02d:%02dZ" % (day, (t0 + x) // 3600, (t0 + x) % 3600 // 60, (t0 + x) % 60)
    for i in range(r.randint(3, 6)):
        k += r.randint(1, 40)
        lines.append("%s INFO  [sync-%d] GET https://api.fortnox.se/3/invoices?page=%d -> 200 (%d ms)"
                     % (stamp(k), r.randint(1, 4), i + 1, r.randint(80, 900)))
    lines.append("%s DEBUG [sync-1] request headers: {'Authorization': 'Bearer @S@', 'Accept': 'application/json'}" % stamp(k + 1))
    lines.append("%s WARN  [sync-1] 429 Too Many Requests, väntar 5 s" % stamp(k + 2))
    return "logs/fortnox-sync-%s.log" % day, "\n".join(lines) + "\n"


@P("fortnox", "client_secret", g_fortnox_secret, "FORTNOX_CLIENT_SECRET", "yml")
def t_fortnox_gha(r):
    return ".github/workflows/fortnox-export.yml", fill('''
        name: Nattlig export till Fortnox
        on:
          schedule:
            - cron: "15 2 * * *"
          workflow_dispatch: {}

        jobs:
          export:
            runs-on: ubuntu-latest
            env:
              FORTNOX_CLIENT_ID: @CID@
              FORTNOX_CLIENT_SECRET: @S@
              FORTNOX_REFRESH_TOKEN: ${{ secrets.FORTNOX_REFRESH_TOKEN }}
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-python@v5
                with:
                  python-version: "3.12"
              - run: pip install -r requirements.txt
              - run: python -m export.fortnox --sedan "$(date -d yesterday +%F)"
        ''', CID=alnum(r, 12))


# ---------------------------------- Visma / Tripletex / PowerOffice ----------------------------
@P("visma", "client_secret", g_visma, "VISMA_CLIENT_SECRET", "json")
def t_visma_json(r):
    return "config/integrations.json", fill('''
        {
          "eaccounting": {
            "authority": "https://identity.vismaonline.com",
            "tokenEndpoint": "https://identity.vismaonline.com/connect/token",
            "apiBase": "https://eaccountingapi.vismaonline.com/v2",
            "clientId": "@CID@",
            "clientSecret": "@S@",
            "scopes": ["ea:api", "offline_access", "ea:sales"],
            "redirectUri": "https://@DOM@/oauth/visma/callback"
          },
          "sync": { "intervalMinutes": 30, "batchSize": 100 }
        }
        ''', CID=slug(r).replace("-", "") + "_" + LOW[r.randint(0, 25)] * 0 + digits(r, 4), DOM=domain(r))


@P("visma", "client_secret", g_visma, "VISMA_CLIENT_SECRET", "cs", conv=False)
def t_visma_nxt_cs(r):
    return "src/Nxt/NxtAuth.cs", fill('''
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Threading.Tasks;

        namespace Regnskap.Nxt
        {
            /// Business NXT (Visma.net) – client credentials mot connect.visma.com
            public static class NxtAuth
            {
                public static async Task<string> TokenAsync(HttpClient http)
                {
                    var form = new FormUrlEncodedContent(new Dictionary<string, string>
                    {
                        ["grant_type"] = "client_credentials",
                        ["client_id"] = "isv_@CID@",
                        ["client_secret"] = "@S@",
                        ["scope"] = "business-graphql-service-api:access-as-application",
                        ["tenant_id"] = "@TEN@",
                    });
                    var res = await http.PostAsync("https://connect.visma.com/connect/token", form);
                    res.EnsureSuccessStatusCode();
                    return await res.Content.ReadAsStringAsync();
                }
            }
        }
        ''', CID=slug(r).replace("-", ""), TEN=digits(r, 7))


@P("tripletex", "employee_token", g_tripletex, "TRIPLETEX_EMPLOYEE_TOKEN", "yml")
def t_tripletex_yaml(r):
    return "config/tripletex.yml", fill('''
        # Tripletex API 2.0 – regnskapsintegrasjon
        tripletex:
          base_url: https://tripletex.no/v2
          consumer_token: ${TRIPLETEX_CONSUMER_TOKEN}
          employee_token: "@S@"
          session_expiration_days: 1
          company_id: 0
        eksport:
          avdeling: @AVD@
          mva_kode: 3
          konto_salg: 3000
        ''', AVD=r.randint(1, 20))


@P("tripletex", "session_token", g_tripletex_basic, "TRIPLETEX_SESSION", "md", conv=False)
def t_tripletex_md(r):
    return "docs/tripletex-feilsoking.md", fill('''
        # Feilsøking mot Tripletex

        Sesjonstoken lages med `PUT /token/session/:create` (consumerToken + employeeToken).
        Brukernavn er `0` for eget selskap, passordet er sesjonstokenet.

        Eksempel som fungerte i går (Ola):

        ```bash
        curl -s https://tripletex.no/v2/ledger/voucher?dateFrom=@D1@\\&dateTo=@D2@ \\
          -H 'Authorization: Basic @S@' \\
          -H 'Accept: application/json' | jq '.values | length'
        ```

        Hvis du får `401`, er sesjonen utløpt – lag en ny.
        ''', D1=iso_date(r), D2=iso_date(r))


@P("tripletex", "consumer_token", g_tripletex, "TRIPLETEX_CONSUMER_TOKEN", "java", conv=False)
def t_tripletex_java(r):
    return "src/main/java/no/regnskap/tripletex/SessionFactory.java", fill('''
        package no.regnskap.tripletex;

        import java.net.URI;
        import java.net.http.HttpClient;
        import java.net.http.HttpRequest;
        import java.net.http.HttpResponse;
        import java.time.LocalDate;

        public final class SessionFactory {
            private static final String BASE = "https://tripletex.no/v2";
            private final HttpClient http = HttpClient.newHttpClient();

            public String create(String employeeToken) throws Exception {
                String consumer = "@S@";
                String exp = LocalDate.now().plusDays(1).toString();
                URI uri = URI.create(BASE + "/token/session/:create?consumerToken=" + consumer
                        + "&employeeToken=" + employeeToken + "&expirationDate=" + exp);
                HttpRequest req = HttpRequest.newBuilder(uri).PUT(HttpRequest.BodyPublishers.noBody()).build();
                HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
                if (res.statusCode() != 200) {
                    throw new IllegalStateException("Tripletex svarte " + res.statusCode());
                }
                return res.body();
            }
        }
        ''')


@P("poweroffice", "client_key", g_uuid, "POWEROFFICE_CLIENT_KEY", "props")
def t_poweroffice_props(r):
    return "src/main/resources/poweroffice.properties", fill('''
        # PowerOffice Go API v2
        poweroffice.base-url=https://goapi.poweroffice.net/v2
        poweroffice.token-url=https://goapi.poweroffice.net/OAuth/Token
        poweroffice.application-key=@AK@
        poweroffice.client-key=@S@
        poweroffice.timeout-seconds=20
        ''', AK=uuid4(r))


@P("poweroffice", "subscription_key", g_apim, "POWEROFFICE_SUBSCRIPTION_KEY", "py", conv=False)
def t_poweroffice_py(r):
    return "regnskap/poweroffice.py", fill('''
        import os
        from dataclasses import dataclass

        import requests


        def os_env_or(k, d):
            return os.environ.get(k, d)


        @dataclass
        class PowerOffice:
            application_key: str
            client_key: str
            subscription_key: str
            base_url: str = "https://goapi.poweroffice.net/demo/v2"

            def token(self) -> str:
                res = requests.post(
                    self.base_url.replace("/v2", "") + "/OAuth/Token",
                    auth=(self.application_key, self.client_key),
                    data={"grant_type": "client_credentials"},
                    headers={"Ocp-Apim-Subscription-Key": self.subscription_key},
                    timeout=20,
                )
                res.raise_for_status()
                return res.json()["access_token"]


        klient = PowerOffice(
            application_key=os_env_or("PO_APP_KEY", "@AK@"),
            client_key=os_env_or("PO_CLIENT_KEY", ""),
            subscription_key="@S@",
        )
        ''', AK=uuid4(r))


# ---------------------------------- e-conomic / Dinero / Billy ---------------------------------
@P("e-conomic", "app_secret_token", g_economic, "ECONOMIC_APP_SECRET_TOKEN", "js", conv=False)
def t_economic_js(r):
    return "lib/economic.js", fill('''
        // e-conomic REST – bogføring af ordrer fra webshoppen
        const fetch = require('node-fetch');

        const headers = {
          'X-AppSecretToken': '@S@',
          'X-AgreementGrantToken': process.env.ECONOMIC_GRANT_TOKEN,
          'Content-Type': 'application/json',
        };

        async function hentKunder(side = 0) {
          const res = await fetch(`https://restapi.e-conomic.com/customers?skippages=${side}&pagesize=100`, { headers });
          if (!res.ok) throw new Error('e-conomic fejl ' + res.status);
          return res.json();
        }

        module.exports = { hentKunder };
        ''')


@P("e-conomic", "agreement_grant_token", g_economic, "ECONOMIC_AGREEMENT_GRANT_TOKEN", "ini")
def t_economic_ini(r):
    return "config/economic.ini", fill('''
        ; e-conomic aftale for @CO@ (CVR @CVR@)
        [economic]
        base_url = https://restapi.e-conomic.com
        app_secret_token = %(ECONOMIC_APP_SECRET_TOKEN)s
        agreement_grant_token = @S@
        layout_number = @LN@
        payment_terms = 14 dage netto

        [sync]
        interval = 900
        ''', CO=company(r, "DK"), CVR=dk_cvr(r), LN=r.randint(10, 30))


@P("dinero", "client_secret", g_alnum(32), "DINERO_CLIENT_SECRET", "cs")
def t_dinero_cs(r):
    return "Integrations/Dinero/DineroOptions.cs", fill('''
        namespace Webshop.Integrations.Dinero
        {
            public class DineroOptions
            {
                public const string Section = "Dinero";
                public string OrganizationId { get; set; } = "@ORG@";
                public string ClientId { get; set; } = "@CID@";
                public string ClientSecret { get; set; } = "@S@";
                public string ApiKey { get; set; } = string.Empty;
                public string BaseUrl { get; set; } = "https://api.dinero.dk/v1";
            }
        }
        ''', ORG=digits(r, 6), CID=slug(r).replace("-", "") + "app")


@P("billy", "access_token", g_hex(40), "BILLY_ACCESS_TOKEN", "go", conv=False)
def t_billy_go(r):
    return "internal/billy/client.go", fill('''
        package billy

        import (
        	"net/http"
        	"time"
        )

        const baseURL = "https://api.billysbilling.com/v2"

        // Client taler med Billy regnskab.
        type Client struct {
        	http  *http.Client
        	token string
        }

        func New() *Client {
        	return &Client{
        		http:  &http.Client{Timeout: 15 * time.Second},
        		token: "@S@",
        	}
        }

        func (c *Client) do(req *http.Request) (*http.Response, error) {
        	req.Header.Set("X-Access-Token", c.token)
        	req.Header.Set("Content-Type", "application/json")
        	return c.http.Do(req)
        }
        ''')


# ---------------------------------- Allegro / InPost ------------------------------------------
@P("allegro", "client_secret", g_alnum(64), "ALLEGRO_CLIENT_SECRET", "php")
def t_allegro_php(r):
    return "src/Allegro/config.php", fill('''
        <?php
        // Integracja z Allegro REST API (device flow)
        declare(strict_types=1);

        return [
            'sandbox'        => @SB@,
            'client_id'      => '@CID@',
            'client_secret'  => '@S@',
            'auth_url'       => 'https://allegro.pl/auth/oauth/device',
            'token_url'      => 'https://allegro.pl/auth/oauth/token',
            'api_url'        => 'https://api.allegro.pl',
            'accept'         => 'application/vnd.allegro.public.v1+json',
        ];
        ''', SB=r.choice(["false", "true"]), CID=hexs(r, 32))


@P("allegro", "access_token", g_allegro_jwt, "ALLEGRO_ACCESS_TOKEN", "py", conv=False)
def t_allegro_py(r):
    return "zamowienia/allegro_pobierz.py", fill('''
        #!/usr/bin/env python3
        """Pobiera nowe zamówienia z Allegro i zapisuje je do bazy sklepu."""
        import requests

        API = "https://api.allegro.pl"
        NAGLOWKI = {
            "Authorization": "Bearer @S@",
            "Accept": "application/vnd.allegro.public.v1+json",
        }


        def nowe_zamowienia(od: str):
            res = requests.get(f"{API}/order/checkout-forms", headers=NAGLOWKI,
                               params={"status": "READY_FOR_PROCESSING", "updatedAt.gte": od}, timeout=20)
            res.raise_for_status()
            return res.json()["checkoutForms"]


        if __name__ == "__main__":
            for z in nowe_zamowienia("@D@T00:00:00Z"):
                print(z["id"], z["buyer"]["login"], z["summary"]["totalToPay"]["amount"])
        ''', D=iso_date(r))


@P("allegro", "client_secret", g_alnum(64), "ALLEGRO_CLIENT_SECRET", "kt", conv=False)
def t_allegro_kotlin(r):
    return "src/main/kotlin/pl/sklep/allegro/AllegroAuth.kt", fill('''
        package pl.sklep.allegro

        import java.net.URI
        import java.net.http.HttpClient
        import java.net.http.HttpRequest
        import java.net.http.HttpResponse
        import java.util.Base64

        class AllegroAuth(private val clientId: String, private val clientSecret: String) {
            private val http = HttpClient.newHttpClient()

            fun deviceCode(): String {
                val basic = Base64.getEncoder().encodeToString("$clientId:$clientSecret".toByteArray())
                val req = HttpRequest.newBuilder(URI("https://allegro.pl/auth/oauth/device"))
                    .header("Authorization", "Basic $basic")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("client_id=$clientId"))
                    .build()
                return http.send(req, HttpResponse.BodyHandlers.ofString()).body()
            }
        }

        fun main() {
            val auth = AllegroAuth("@CID@", "@S@")
            println(auth.deviceCode())
        }
        ''', CID=hexs(r, 32))


@P("inpost", "api_token", g_inpost_jwt, "INPOST_API_TOKEN", "env")
def t_inpost_env(r):
    return ".env.production", fill('''
        APP_ENV=prod
        APP_DEBUG=0
        DATABASE_URL="mysql://sklep:${DB_PASS}@db:3306/sklep?serverVersion=8.0"
        INPOST_ORGANIZATION_ID=@OID@
        INPOST_API_URL=https://api-shipx-pl.easypack24.net
        INPOST_API_TOKEN=@S@
        ''', OID=r.randint(1000, 99999))


@P("inpost", "api_token", g_inpost_jwt, "INPOST_API_TOKEN", "php", conv=False)
def t_inpost_php(r):
    return "modules/inpostship/classes/ShipXClient.php", fill('''
        <?php
        /**
         * Klient ShipX – tworzenie przesyłek paczkomatowych.
         */
        class ShipXClient
        {
            const API = 'https://api-shipx-pl.easypack24.net/v1';
            private $orgId = @OID@;

            public function utworzPrzesylke(array $dane)
            {
                $ch = curl_init(self::API . '/organizations/' . $this->orgId . '/shipments');
                curl_setopt_array($ch, [
                    CURLOPT_POST => true,
                    CURLOPT_RETURNTRANSFER => true,
                    CURLOPT_HTTPHEADER => [
                        'Content-Type: application/json',
                        'Authorization: Bearer @S@',
                    ],
                    CURLOPT_POSTFIELDS => json_encode($dane),
                ]);
                $wynik = curl_exec($ch);
                curl_close($ch);
                return json_decode($wynik, true);
            }
        }
        ''', OID=r.randint(1000, 99999))


# ---------------------------------- Przelewy24 / PayU -------------------------------------------
@P("przelewy24", "crc_key", g_hex(16), "P24_CRC", "php")
def t_p24_php(r):
    mid = digits(r, 6)
    return "app/config/przelewy24.php", fill('''
        <?php
        // Przelewy24 – dane dostępowe (panel: Moje dane -> Klucze)
        return [
            'merchant_id' => @MID@,
            'pos_id'      => @MID@,
            'crc'         => '@S@',
            'api_key'     => env('P24_API_KEY'),
            'sandbox'     => false,
            'url_return'  => 'https://@DOM@/zamowienie/dziekujemy',
            'url_status'  => 'https://@DOM@/api/p24/status',
        ];
        ''', MID=mid, DOM=domain(r))


@P("przelewy24", "api_key", g_hex(32), "P24_API_KEY", "js", conv=False)
def t_p24_node(r):
    mid = digits(r, 6)
    return "src/platnosci/p24.js", fill('''
        import { P24 } from '@ingameltd/node-przelewy24';

        // klucz do raportów = API key, CRC z tego samego panelu
        export const p24 = new P24(
          @MID@,
          @MID@,
          '@S@',
          process.env.P24_CRC,
          { sandbox: process.env.NODE_ENV !== 'production' },
        );

        export async function sprawdzDostep() {
          const ok = await p24.testAccess();
          console.log('P24 dostęp:', ok);
        }
        ''', MID=mid)


@P("przelewy24", "crc_key", g_hex(16), "P24_CRC", "py", conv=False)
def t_p24_py_sign(r):
    return "platnosci/p24_podpis.py", fill('''
        import hashlib
        import json

        MERCHANT_ID = @MID@
        CRC = "@S@"


        def podpis_rejestracji(session_id: str, kwota: int, waluta: str = "PLN") -> str:
            dane = {"sessionId": session_id, "merchantId": MERCHANT_ID, "amount": kwota,
                    "currency": waluta, "crc": CRC}
            tekst = json.dumps(dane, separators=(",", ":"), ensure_ascii=False)
            return hashlib.sha384(tekst.encode()).hexdigest()
        ''', MID=digits(r, 6))


@P("payu", "second_key", g_hex(32), "PAYU_SECOND_KEY", "yml")
def t_payu_yaml(r):
    pos = digits(r, 6)
    return "config/packages/payu.yaml", fill('''
        # PayU – punkt płatności (POS) produkcyjny
        payu:
            environment: secure
            pos_id: '@POS@'
            signature_key: '@S@'
            oauth_client_id: '@POS@'
            oauth_client_secret: '%env(PAYU_CLIENT_SECRET)%'
            notify_url: 'https://@DOM@/payu/notify'
        ''', POS=pos, DOM=domain(r))


@P("payu", "client_secret", g_hex(32), "PAYU_CLIENT_SECRET", "sh", conv=False)
def t_payu_curl(r):
    pos = digits(r, 6)
    return "scripts/payu_token.sh", fill('''
        #!/bin/bash
        # Pobranie tokenu OAuth z PayU (client_credentials)
        curl -s -X POST https://secure.payu.com/pl/standard/user/oauth/authorize \\
          -d 'grant_type=client_credentials' \\
          -d 'client_id=@POS@' \\
          -d 'client_secret=@S@' | jq -r .access_token
        ''', POS=pos)


@P("payu", "client_secret", g_hex(32), "PAYU_CLIENT_SECRET", "java")
def t_payu_java(r):
    pos = digits(r, 6)
    return "src/main/java/pl/sklep/payu/PayuConfig.java", fill('''
        package pl.sklep.payu;

        import org.springframework.context.annotation.Bean;
        import org.springframework.context.annotation.Configuration;

        @Configuration
        public class PayuConfig {

            public static final String POS_ID = "@POS@";
            public static final String PAYU_CLIENT_SECRET = "@S@";

            @Bean
            public PayuClient payuClient() {
                return new PayuClient("https://secure.payu.com", POS_ID, PAYU_CLIENT_SECRET);
            }
        }
        ''', POS=pos)


# ---------------------------------- Czech: Comgate / GoPay / Fakturoid / iDoklad / Shoptet ------
@P("comgate", "merchant_secret", g_alnum(32), "COMGATE_SECRET", "php")
def t_comgate_php(r):
    return "app/config/local.neon.php", fill('''
        <?php
        // Platební brána Comgate – propojení obchodu
        return [
            'comgate' => [
                'merchant' => '@MID@',
                'secret'   => '@S@',
                'test'     => @TEST@,
                'country'  => 'CZ',
                'curr'     => 'CZK',
                'method'   => 'ALL',
            ],
        ];
        ''', MID=digits(r, 6), TEST=r.choice(["false", "true"]))


@P("comgate", "merchant_secret", g_alnum(32), "COMGATE_SECRET", "py", conv=False)
def t_comgate_py(r):
    return "platby/comgate.py", fill('''
        import requests

        COMGATE_URL = "https://payments.comgate.cz/v1.0/create"


        def zalozit_platbu(obj_cislo: str, castka_halere: int, email: str) -> str:
            data = {
                "merchant": "@MID@",
                "secret": "@S@",
                "price": castka_halere,
                "curr": "CZK",
                "label": f"Objednávka {obj_cislo}",
                "refId": obj_cislo,
                "email": email,
                "prepareOnly": "true",
                "method": "ALL",
            }
            res = requests.post(COMGATE_URL, data=data, timeout=15)
            res.raise_for_status()
            return res.text
        ''', MID=digits(r, 6))


@P("gopay", "client_secret", g_gopay, "GOPAY_CLIENT_SECRET", "php")
def t_gopay_php(r):
    return "config/gopay.php", fill('''
        <?php
        use GoPay\\Definition\\Language;
        use GoPay\\Definition\\TokenScope;

        // Nastavení GoPay pro e-shop
        $gopay = GoPay\\Api::payments([
            'goid' => '@GOID@',
            'clientId' => '@CID@',
            'clientSecret' => '@S@',
            'gatewayUrl' => 'https://gate.gopay.cz/api/',
            'scope' => TokenScope::ALL,
            'language' => Language::CZECH,
            'timeout' => 30,
        ]);
        ''', GOID=digits(r, 10), CID=digits(r, 10))


@P("gopay", "client_secret", g_gopay, "GOPAY_CLIENT_SECRET", "xml", conv=False)
def t_gopay_webconfig(r):
    return "Eshop.Web/Web.config", fill('''
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <appSettings>
            <add key="webpages:Version" value="3.0.0.0" />
            <add key="GoPay.GoId" value="@GOID@" />
            <add key="GoPay.ClientId" value="@CID@" />
            <add key="GoPay.ClientSecret" value="@S@" />
            <add key="GoPay.GatewayUrl" value="https://gw.sandbox.gopay.com/api" />
          </appSettings>
          <system.web>
            <compilation debug="false" targetFramework="4.8" />
          </system.web>
        </configuration>
        ''', GOID=digits(r, 10), CID=digits(r, 10))


@P("fakturoid", "client_secret", g_hex(40), "FAKTUROID_CLIENT_SECRET", "toml")
def t_fakturoid_toml(r):
    return "config/fakturace.toml", fill('''
        # Fakturoid API v3
        [fakturoid]
        slug = "@SLUG@"
        user_agent = "Eshop fakturace (@MAIL@)"
        client_id = "@CID@"
        client_secret = "@S@"

        [cisla]
        rada = "FV"
        splatnost_dni = 14
        ''', SLUG=r.choice(["prazskakava", "brnenskehracky", "mojefirma"]), MAIL="ucetni@" + r.choice(DOMAINS),
        CID=hexs(r, 40))


@P("fakturoid", "api_key", g_hex(40), "FAKTUROID_API_KEY", "go", conv=False)
def t_fakturoid_go(r):
    return "cmd/faktury/main.go", fill('''
        package main

        import (
        	"fmt"
        	"net/http"
        	"os"
        )

        func main() {
        	req, _ := http.NewRequest("GET", "https://app.fakturoid.cz/api/v2/accounts/@SLUG@/invoices.json", nil)
        	req.SetBasicAuth("@MAIL@", "@S@")
        	req.Header.Set("User-Agent", "faktury-export (@MAIL@)")
        	res, err := http.DefaultClient.Do(req)
        	if err != nil {
        		fmt.Fprintln(os.Stderr, "chyba:", err)
        		os.Exit(1)
        	}
        	defer res.Body.Close()
        	fmt.Println("stav:", res.Status)
        }
        ''', SLUG=r.choice(["prazskakava", "brnenskehracky"]), MAIL="fakturace@" + r.choice(DOMAINS))


@P("idoklad", "client_secret", g_uuid, "IDOKLAD_CLIENT_SECRET", "json", conv=False)
def t_idoklad_json(r):
    return "appsettings.Development.json", fill('''
        {
          "IDoklad": {
            "ApiUrl": "https://api.idoklad.cz/v3",
            "IdentityUrl": "https://identity.idoklad.cz/server/connect/token",
            "ClientId": "@CID@",
            "ClientSecret": "@S@",
            "Scope": "idoklad_api"
          }
        }
        ''', CID=uuid4(r))


@P("shoptet", "api_token", g_shoptet, "SHOPTET_PRIVATE_API_TOKEN", "yml", conv=False)
def t_shoptet_yaml(r):
    return "sync/shoptet.yaml", fill('''
        # Synchronizace skladu se Shoptetem
        shoptet:
          api: https://api.myshoptet.com
          headers:
            Shoptet-Private-API-Token: @S@
            Content-Type: application/vnd.shoptet.v1.0
        sklad:
          id: 1
          interval_min: 10
        ''')


@P("heureka", "api_key", g_hex(32), "HEUREKA_API_KEY", "php")
def t_heureka_php(r):
    return "modules/heurekaoverenozakazniky/heureka.php", fill('''
        <?php
        // Heureka Ověřeno zákazníky – odeslání dotazníku po objednávce
        require_once __DIR__ . '/vendor/autoload.php';

        const HEUREKA_API_KEY = '@S@';

        function heureka_po_objednavce(string $email, string $cislo, array $polozky): void
        {
            $sluzba = new \\Heureka\\ShopCertification(HEUREKA_API_KEY);
            $sluzba->setEmail($email);
            $sluzba->setOrderId((int) $cislo);
            foreach ($polozky as $p) {
                $sluzba->addProductItemId($p['id']);
            }
            $sluzba->logOrder();
        }
        ''')


# ---------------------------------- shipping -----------------------------------------------------
@P("packeta", "api_password", g_hex(32), "PACKETA_API_PASSWORD", "xml")
def t_packeta_xml(r):
    return "modules/packetery/config.xml", fill('''
        <?xml version="1.0" encoding="UTF-8" ?>
        <module>
            <name>packetery</name>
            <displayName><![CDATA[Zásilkovna]]></displayName>
            <version><![CDATA[@VER@]]></version>
            <settings>
                <sender>@SENDER@</sender>
                <api_url>https://www.zasilkovna.cz/api/rest</api_url>
                <api_password>@S@</api_password>
                <default_currency>CZK</default_currency>
            </settings>
        </module>
        ''', VER=ver(r), SENDER=r.choice(["eshop-cz", "hracky", "kava"]))


@P("packeta", "api_password", g_hex(32), "PACKETA_API_PASSWORD", "py", conv=False)
def t_packeta_py(r):
    return "doprava/zasilkovna.py", fill('''
        from zeep import Client

        WSDL = "https://www.zasilkovna.cz/api/soap.wsdl"


        def podat_zasilku(obj: dict) -> int:
            klient = Client(WSDL)
            atributy = {
                "number": obj["cislo"],
                "name": obj["jmeno"],
                "surname": obj["prijmeni"],
                "email": obj["email"],
                "addressId": obj["vydejni_misto"],
                "value": obj["castka"],
                "eshop": "@SENDER@",
            }
            vysledek = klient.service.createPacket("@S@", atributy)
            return int(vysledek.id)
        ''', SENDER=r.choice(["eshop-cz", "hracky", "kava"]))


@P("bring", "api_key", g_uuid, "MYBRING_API_KEY", "cs", conv=False)
def t_bring_cs(r):
    return "src/Frakt/BringKlient.cs", fill('''
        using System.Net.Http;

        namespace Nettbutikk.Frakt
        {
            public static class BringKlient
            {
                public static HttpClient Lag()
                {
                    var http = new HttpClient { BaseAddress = new System.Uri("https://api.bring.com/") };
                    http.DefaultRequestHeaders.Add("X-Mybring-API-Uid", "@MAIL@");
                    http.DefaultRequestHeaders.Add("X-Mybring-API-Key", "@S@");
                    http.DefaultRequestHeaders.Add("X-Bring-Client-URL", "https://@DOM@");
                    return http;
                }
            }
        }
        ''', MAIL="lager@" + r.choice(DOMAINS[:2]), DOM=domain(r))


@P("bring", "api_key", g_uuid, "MYBRING_API_KEY", "yml")
def t_bring_helm(r):
    return "deploy/helm/frakt/values.yaml", fill('''
        replicaCount: 2
        image:
          repository: registry.@DOMX@/frakt
          tag: "@VER@"
        env:
          MYBRING_API_UID: lager@@DOMX@
          MYBRING_API_KEY: "@S@"
          MYBRING_CUSTOMER_NUMBER: "@CN@"
          BRING_TRACKING_URL: https://api.bring.com/tracking/api/v2/tracking.json
        resources:
          limits:
            cpu: 500m
            memory: 256Mi
        ''', DOMX=r.choice(DOMAINS[:1]), VER=ver(r), CN=digits(r, 8))


@P("postnord", "api_key", g_hex(32), "POSTNORD_API_KEY", "ts", conv=False)
def t_postnord_ts(r):
    return "src/shipping/postnord.ts", fill('''
        const PN_BASE = 'https://api2.postnord.com/rest';

        export async function findServicePoints(postalCode: string, country = 'SE') {
          const url = new URL(`${PN_BASE}/businesslocation/v5/servicepoints/nearest/byaddress`);
          url.searchParams.set('apikey', '@S@');
          url.searchParams.set('returnType', 'json');
          url.searchParams.set('countryCode', country);
          url.searchParams.set('postalCode', postalCode);
          url.searchParams.set('numberOfServicePoints', '5');
          const res = await fetch(url);
          return res.json();
        }
        ''')


@P("posti", "client_secret", g_alnum(40), "POSTI_CLIENT_SECRET", "env")
def t_posti_env(r):
    return ".env", fill('''
        # Posti Shipping API (verkkokauppa)
        POSTI_API_URL=https://gateway.posti.fi
        POSTI_CLIENT_ID=@CID@
        POSTI_CLIENT_SECRET=@S@
        POSTI_CONTRACT_NUMBER=@CN@
        ''', CID=uuid4(r), CN=digits(r, 6))


@P("omniva", "password", g_password_url, "OMNIVA_PASSWORD", "props", conv=False)
def t_omniva_url(r):
    user = digits(r, 6)
    return "config/shipping.properties", fill('''
        # Omniva pakiautomaadid / Omniva pakomāti
        omniva.locations-url=https://www.omniva.ee/locations.json
        omniva.service-url=https://@U@:@S@@edixml.post.ee/epmx/services/messagesService.wsdl
        omniva.sender.name=@CO@
        omniva.sender.phone=+372@PH@
        ''', U=user, CO=company(r, "EE"), PH=digits(r, 7))


@P("paytrail", "merchant_secret", g_paytrail, "PAYTRAIL_SECRET_KEY", "js")
def t_paytrail_js(r):
    return "src/maksut/paytrail.js", fill('''
        const crypto = require('crypto');

        const PAYTRAIL_ACCOUNT = '@MID@';
        const PAYTRAIL_SECRET_KEY = '@S@';

        // Laskee signature-otsakkeen HMAC-SHA256:lla
        function allekirjoitus(otsakkeet, runko) {
          const rivit = Object.keys(otsakkeet)
            .filter((k) => k.startsWith('checkout-'))
            .sort()
            .map((k) => `${k}:${otsakkeet[k]}`);
          rivit.push(runko || '');
          return crypto.createHmac('sha256', PAYTRAIL_SECRET_KEY).update(rivit.join('\\n')).digest('hex');
        }

        module.exports = { allekirjoitus, PAYTRAIL_ACCOUNT };
        ''', MID=digits(r, 6))


@P("paytrail", "merchant_secret", g_paytrail, "PAYTRAIL_SECRET_KEY", "md", conv=False)
def t_paytrail_md(r):
    return "docs/kayttoonotto.md", fill('''
        # Verkkokaupan käyttöönotto

        1. Kirjaudu Paytrailin kauppiaspaneeliin (merchant.paytrail.com).
        2. Kopioi *Merchant ID* ja *Secret key* asetuksiin.

        Tuotannon arvot (päivitetty @D@):

        | Asetus        | Arvo |
        |---------------|------|
        | Merchant ID   | @MID@ |
        | Secret key    | @S@ |
        | Palautus-URL  | https://@DOM@/kassa/paluu |

        Testaa maksu ennen julkaisua.
        ''', D=iso_date(r), MID=digits(r, 6), DOM=domain(r))


# ---------------------------------- Smart-ID / Mobile-ID ---------------------------------------
@P("smart-id", "private_key", g_ec_pem, "SMARTID_TLS_KEY", "yml", conv=False)
def t_smartid_pem_yaml(r):
    return "deploy/k8s/smartid-tls.yaml", fill('''
        apiVersion: v1
        kind: Secret
        metadata:
          name: smartid-rp-client-tls
          namespace: autentimine
        type: kubernetes.io/tls
        stringData:
          tls.crt: |
            -----BEGIN CERTIFICATE-----
            @CERT@
            -----END CERTIFICATE-----
          tls.key: |
            @S@
        ''', CERT="\n    ".join(pem_wrap(b64(r, 300))))


@P("smart-id", "keystore_password", g_password, "SMARTID_KEYSTORE_PASSWORD", "props")
def t_smartid_props(r):
    return "src/main/resources/smartid.properties", fill('''
        # Smart-ID RP (toodang)
        smartid.host-url=https://rp-api.smart-id.com/v2/
        smartid.relying-party-uuid=@RPU@
        smartid.relying-party-name=@CO@
        smartid.trust-store=classpath:smartid-truststore.p12
        smartid.client-keystore=/etc/smartid/client.p12
        smartid.client-keystore-password=@S@
        ''', RPU=uuid4(r), CO=company(r, "EE"))


@P("mobile-id", "private_key", g_ec_pem, "MID_CLIENT_KEY", "pem", conv=False)
def t_mobileid_pem(r):
    return "certs/mobile-id-client.key", MARK + "\n"


# --------------------------------------------------------------------------------------------
# negatives, half 1: positive templates with a non-secret in the slot
# --------------------------------------------------------------------------------------------
PLACEHOLDERS = [
    "<your-client-secret>", "YOUR_API_KEY_HERE", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "<din-nøkkel>", "SETT_INN_HEMMELIG_NØKKEL", "DIN_HEMLIGA_NYCKEL", "<ange-lösenord>",
    "indsæt-nøgle-her", "ANNA_SALAINEN_AVAIN", "<salainen-avain>", "TWOJ_KLUCZ_API",
    "<wpisz-klucz-crc>", "VLOZTE_SVUJ_KLIC", "<tajny-klic>", "SISESTA_VOTI", "TODO", "REPLACE_ME",
    "YOUR-CLIENT-SECRET", "YOUR-SUBSCRIPTION-KEY", "dummy", "test", "secret", "...", "<redacted>",
]
MASKED = ["********", "[REDACTED]", "***", "••••••••", "<hidden>", "xxxx-xxxx-xxxx", "[MASKERT]",
          "[UKRYTE]", "****************************"]
TEMPLATE_EXPR = ["{{ .Values.@v@ }}", "${{ secrets.@V@ }}", "#{@V@}#", "{{@v@}}", "__@V@__",
                 "{{ vault_@v@ }}", "%env(@V@)%", "$(@V@)"]
VAULT_REFS = ["op://Betaling/@prov@/@v@", "vault:secret/data/@prov@#@v@",
              "arn:aws:secretsmanager:eu-north-1:@ACC@:secret:prod/@prov@-@SFX@",
              "@Microsoft.KeyVault(SecretUri=https://kv-butikk.vault.azure.net/secrets/@prov@-@v@/)",
              "projects/@prov@-prod/secrets/@v@/versions/latest", "sm://@prov@/@v@"]
DOC_VALUES = {
    "payu": ["b6ca15b0d1020e8094d9b5f8d163db54", "2ee86a66e5d97e3fadc400c9f19b065d",
             "22f4175da9f0f72bcce976dd8bd7504f"],
    "paytrail": ["SAIPPUAKAUPPIAS", "6pKF4jkv97zmqBJ3ZL8gUw5DfT2NMQ"],
    "e-conomic": ["demo", "Demo"],
    "swish": ["swish"],
    "bankid": ["qwerty123"],
    "vipps": ["YOUR-CLIENT-SECRET", "YOUR-SUBSCRIPTION-KEY"],
    "mobilepay": ["YOUR-SUBSCRIPTION-KEY"],
    "fortnox": ["YOUR_CLIENT_SECRET", "YOUR_AUTHORIZATION_CODE"],
    "przelewy24": ["your-crc-key", "your-api-key"],
}


def public_value(r, prov):
    if prov == "nets":
        return r.choice(["test", "live"]) + "-checkout-key-" + hexs(r, 32)
    if prov == "klarna":
        return "klarna_" + r.choice(["test", "live"]) + "_client_" + b64url(r, 30)
    if prov in ("vipps", "mobilepay"):
        return msn(r)
    if prov == "allegro":
        return hexs(r, 32)
    if prov == "smart-id":
        return "00000000-0000-0000-0000-000000000000"
    return None


def env_expr(lang, var, r):
    c = r.random() < 0.5
    if lang == "py":
        return 'os.environ["%s"]' % var if c else 'os.getenv("%s", "")' % var
    if lang in ("js", "ts"):
        return "process.env.%s" % var if c else "process.env['%s'] ?? ''" % var
    if lang == "php":
        return "getenv('%s')" % var if c else "$_ENV['%s'] ?? ''" % var
    if lang == "cs":
        return 'Environment.GetEnvironmentVariable("%s")' % var if c else \
            'Environment.GetEnvironmentVariable("%s") ?? string.Empty' % var
    if lang in ("java", "kt"):
        return 'System.getenv("%s")' % var
    if lang == "go":
        return 'os.Getenv("%s")' % var
    if lang == "tf":
        return "var.%s" % var.lower()
    return None


def env_string(lang, var, r):
    if lang == "ini":
        return "%%(%s)s" % var
    if lang == "md":
        return "$" + var
    if lang == "postman":
        return "{{%s}}" % var.lower()
    if lang == "xml":
        return r.choice(["${%s}" % var, "$(%s)" % var])
    return r.choice(["${%s}" % var, "${%s:?}" % var]) if lang in ("sh", "yml", "env") else "${%s}" % var


def neg_slot(r, t):
    prov, var, lang = t["provider"], t["var"], t["lang"]
    opts = ["placeholder", "placeholder", "empty", "masked", "env", "env", "template", "vault"]
    if prov in DOC_VALUES:
        opts += ["doc", "doc"]
    if public_value(r, prov) is not None:
        opts += ["public"]
    cat = r.choice(opts)
    vl, vu = var.lower(), var
    if cat == "placeholder":
        return cat, "str", r.choice(PLACEHOLDERS)
    if cat == "empty":
        return cat, "str", ""
    if cat == "masked":
        m = r.choice(MASKED)
        if prov == "nets" and r.random() < 0.5:
            m = "live-secret-key-" + "*" * 32
        if prov == "klarna" and r.random() < 0.5:
            m = "klarna_live_api_" + "*" * 20
        return cat, "str", m
    if cat == "env":
        e = env_expr(lang, var, r)
        if e is not None:
            return cat, "expr", e
        return cat, "str", env_string(lang, var, r)
    if cat == "template":
        return cat, "str", r.choice(TEMPLATE_EXPR).replace("@v@", vl).replace("@V@", vu)
    if cat == "vault":
        v = r.choice(VAULT_REFS)
        return cat, "str", (v.replace("@prov@", prov.replace("-", "")).replace("@v@", vl.replace("_", "-"))
                            .replace("@ACC@", digits(r, 12)).replace("@SFX@", alnum(r, 6)))
    if cat == "doc":
        return cat, "str", r.choice(DOC_VALUES[prov])
    return cat, "str", public_value(r, prov)


def put_value(text, value):
    """Replace MARK by a (possibly multi-line) value, keeping the marker line's indentation."""
    i = text.index(MARK)
    ls = text.rfind("\n", 0, i) + 1
    prefix = text[ls:i]
    if "\n" in value and prefix.strip() == "":
        value = value.replace("\n", "\n" + prefix)
    return text[:i] + value + text[i + len(MARK):]


def put_expr(text, expr, fallback):
    for q in ('"', "'"):
        tok = q + MARK + q
        if tok in text:
            return text.replace(tok, expr, 1)
    return put_value(text, fallback)


# --------------------------------------------------------------------------------------------
# negatives, half 2: look-alikes of the domain (no secret at all)
# --------------------------------------------------------------------------------------------
@L("none", "orgnr")
def lk_no_orgnr_csv(r):
    rows = ["orgnr;navn;kontonummer;kid;forfall"]
    for _ in range(r.randint(5, 12)):
        rows.append("%s;%s;%s;%s;%s" % (no_orgnr(r), company(r, "NO"), iban(r, "NO"), kid(r), iso_date(r)))
    return "data/leverandorer.csv", "\n".join(rows) + "\n"


@L("none", "orgnr")
def lk_se_orgnr_json(r):
    kunder = [{"kundnr": str(1000 + i), "namn": company(r, "SE"), "organisationsnummer": se_orgnr(r),
               "momsnr": "SE" + se_orgnr(r, dash=False) + "01", "bankgiro": "%s-%s" % (digits(r, 4), digits(r, 4))}
              for i in range(r.randint(3, 7))]
    return "tests/fixtures/kunder.json", json.dumps(kunder, indent=2, ensure_ascii=False) + "\n"


@L("none", "nip")
def lk_pl_nip_php(r):
    return "src/Dane/Sprzedawca.php", fill('''
        <?php
        namespace Sklep\\Dane;

        final class Sprzedawca
        {
            public const NAZWA = '@CO@';
            public const NIP = '@NIP@';
            public const REGON = '@REGON@';
            public const KRS = '@KRS@';
            public const RACHUNEK = '@IBAN@';
            public const KOD_POCZTOWY = '@ZIP@';
        }
        ''', CO=company(r, "PL"), NIP=pl_nip(r), REGON=pl_regon(r), KRS=digits(r, 10, False),
        IBAN=iban(r, "PL", spaced=True), ZIP="%s-%s" % (digits(r, 2), digits(r, 3, False)))


@L("none", "regon")
def lk_pl_regon_sql(r):
    out = ["-- kontrahenci testowi", "INSERT INTO kontrahenci (id, nazwa, nip, regon, konto) VALUES"]
    vals = []
    for i in range(r.randint(4, 9)):
        vals.append("  (%d, '%s', '%s', '%s', '%s')" % (i + 1, company(r, "PL"), pl_nip(r), pl_regon(r), iban(r, "PL")))
    return "db/seed/V3__kontrahenci.sql", "\n".join(out) + "\n" + ",\n".join(vals) + ";\n"


@L("none", "ico")
def lk_cz_ico_yaml(r):
    lines = ["# Seznam dodavatelů (IČO / DIČ)", "dodavatele:"]
    for _ in range(r.randint(3, 6)):
        ico = cz_ico(r)
        lines += ["  - nazev: \"%s\"" % company(r, "CZ"), "    ico: \"%s\"" % ico, "    dic: \"CZ%s\"" % ico,
                  "    ucet: \"%s\"" % iban(r, "CZ")]
    return "config/dodavatele.yaml", "\n".join(lines) + "\n"


@L("none", "iban")
def lk_sepa_xml(r):
    tx = []
    for _ in range(r.randint(2, 5)):
        tx.append(fill('''
            <CdtTrfTxInf>
              <PmtId><EndToEndId>@E2E@</EndToEndId></PmtId>
              <Amt><InstdAmt Ccy="EUR">@AMT@</InstdAmt></Amt>
              <Cdtr><Nm>@CO@</Nm></Cdtr>
              <CdtrAcct><Id><IBAN>@IBAN@</IBAN></Id></CdtrAcct>
              <RmtInf><Ustrd>Faktura @INV@</Ustrd></RmtInf>
            </CdtTrfTxInf>''', E2E=hexs(r, 16).upper(), AMT="%d.%02d" % (r.randint(10, 9000), r.randint(0, 99)),
            CO=company(r), IBAN=iban(r, r.choice(["FI", "EE", "LV", "LT", "DK"])), INV=digits(r, 6)))
    body = "\n".join("      " + l for t in tx for l in t.splitlines())
    return "export/pain001-%s.xml" % iso_date(r), fill('''
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03">
          <CstmrCdtTrfInitn>
            <GrpHdr><MsgId>@MID@</MsgId><CreDtTm>@DT@</CreDtTm><NbOfTxs>@N@</NbOfTxs></GrpHdr>
            <PmtInf>
              <DbtrAcct><Id><IBAN>@DIBAN@</IBAN></Id></DbtrAcct>
        @BODY@
            </PmtInf>
          </CstmrCdtTrfInitn>
        </Document>
        ''', MID=hexs(r, 20).upper(), DT=iso_dt(r)[:-1], N=len(tx), DIBAN=iban(r, "FI"), BODY=body)


@L("vipps", "msn")
def lk_vipps_msn_json(r):
    stores = [{"butikk": company(r, "NO"), "msn": msn(r), "orgnr": no_orgnr(r)} for _ in range(r.randint(2, 5))]
    cfg = {"Vipps": {"BaseUrl": "https://api.vipps.no", "SalesUnits": stores,
                     "ClientSecret": "@Microsoft.KeyVault(SecretUri=https://kv-butikk.vault.azure.net/secrets/vipps-client-secret/)"}}
    return "src/Kasse.Web/appsettings.Staging.json", json.dumps(cfg, indent=2, ensure_ascii=False) + "\n"


@L("swish", "swish_number")
def lk_swish_numbers_py(r):
    rows = "\n".join('    "%s": "%s",' % (company(r, "SE"), swish_no(r)) for _ in range(r.randint(3, 6)))
    return "betalning/swishnummer.py", "# Swish-nummer (Swish Handel) per butik – publika, står på kvittot\nSWISH_NUMMER = {\n" \
        + rows + "\n}\n\nTEST_PAYEE_ALIAS = \"%s\"\nTEST_PAYER_ALIAS = \"467%s\"\n" % (swish_no(r), digits(r, 8, False))


@L("smart-id", "relying_party_demo")
def lk_smartid_demo(r):
    return "src/main/resources/application-demo.properties", fill('''
        # Smart-ID demokeskkond (SK ID Solutions) – avalikud testväärtused
        smartid.host-url=https://sid.demo.sk.ee/smart-id-rp/v2/
        smartid.relying-party-uuid=00000000-0000-0000-0000-000000000000
        smartid.relying-party-name=DEMO
        smartid.certificate-level=QUALIFIED
        smartid.poll-timeout-ms=@T@
        ''', T=r.choice([5000, 10000, 30000]))


@L("mobile-id", "relying_party_demo")
def lk_mobileid_demo(r):
    return "auth/src/main/java/ee/pood/auth/MidDemoConfig.java", fill('''
        package ee.pood.auth;

        /** Mobiil-ID demo (avalik testkeskkond). Toodangus tulevad väärtused konfist. */
        public final class MidDemoConfig {
            public static final String HOST_URL = "https://tsp.demo.sk.ee/mid-api";
            public static final String RELYING_PARTY_UUID = "00000000-0000-0000-0000-000000000000";
            public static final String RELYING_PARTY_NAME = "DEMO";
            public static final String TEST_PHONE = "+3726@PH@";
            public static final String TEST_ID_CODE = "@ID@";
            private MidDemoConfig() {}
        }
        ''', PH=digits(r, 6, False), ID=r.choice("3456") + digits(r, 10, False))


@L("przelewy24", "sign")
def lk_p24_log(r):
    mid = digits(r, 6)
    out = []
    for _ in range(r.randint(3, 6)):
        out.append(json.dumps({"ts": iso_dt(r), "lvl": "info", "msg": "p24 transaction/register",
                               "merchantId": int(mid), "posId": int(mid), "sessionId": uuid4(r),
                               "amount": r.randint(100, 99999), "sign": hexs(r, 96),
                               "sandbox": True, "token": uuid4(r).upper()}))
    return "var/log/p24-sandbox.log", "\n".join(out) + "\n"


@L("nets", "checkout_key")
def lk_nets_checkout_js(r):
    return "public/js/checkout.js", fill('''
        // Nexi Checkout – innebygd. checkoutKey er offentlig (Checkout key), aldri secret key.
        document.addEventListener('DOMContentLoaded', () => {
          const paymentId = new URLSearchParams(location.search).get('paymentId') || '@PID@';
          const checkout = new Dibs.Checkout({
            checkoutKey: '@ENV@-checkout-key-@CK@',
            paymentId,
            containerId: 'nets-checkout',
            language: 'nb-NO',
          });
          checkout.on('payment-completed', () => { window.location = '/kvittering'; });
        });
        ''', PID=hexs(r, 32), ENV=r.choice(["test", "live"]), CK=hexs(r, 32))


@L("e-conomic", "demo_token")
def lk_economic_demo_md(r):
    return "docs/e-conomic.md", fill('''
        # e-conomic integration

        e-conomic har en offentlig demo-aftale. Prøv API'et uden egne tokens:

        ```bash
        curl https://restapi.e-conomic.com/customers \\
          -H 'X-AppSecretToken: demo' \\
          -H 'X-AgreementGrantToken: demo' \\
          -H 'Content-Type: application/json'
        ```

        Rigtige tokens ligger i Key Vault (`economic-app-secret`, `economic-grant-<kunde>`).
        Aftalenummer for @CO@: @AN@.
        ''', CO=company(r, "DK"), AN=digits(r, 6))


@L("none", "order_numbers")
def lk_orders_csv(r):
    rows = ["ordrenr,dato,belop,valuta,betalingsmetode,referanse"]
    for _ in range(r.randint(6, 14)):
        rows.append("%s,%s,%d.%02d,%s,%s,%s" % (digits(r, 8), iso_date(r), r.randint(50, 9000), r.randint(0, 99),
                                                r.choice(["NOK", "SEK", "DKK", "EUR", "PLN", "CZK"]),
                                                r.choice(["vipps", "klarna", "swish", "kort", "blik", "p24"]),
                                                hexs(r, 24).upper()))
    return "rapporter/ordre-%s.csv" % iso_date(r)[:7], "\n".join(rows) + "\n"


@L("none", "sha256")
def lk_sha256sums(r):
    names = ["kasse-linux-amd64.tar.gz", "kasse-linux-arm64.tar.gz", "kasse-windows-amd64.zip", "kasse-darwin-arm64.tar.gz"]
    return "dist/SHA256SUMS", "".join("%s  %s\n" % (hexs(r, 64), n) for n in names)


@L("none", "integrity")
def lk_package_lock(r):
    pk = {}
    for n in ["axios", "node-fetch", "dayjs", "zod", "@ingameltd/node-przelewy24"]:
        pk["node_modules/" + n] = {"version": ver(r), "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (n, n.split("/")[-1], ver(r)),
                                   "integrity": "sha512-" + b64(r, 64)}
    doc = {"name": slug(r), "version": ver(r), "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", json.dumps(doc, indent=2) + "\n"


@L("none", "commit_hash")
def lk_changelog(r):
    out = ["# Endringslogg", ""]
    for _ in range(r.randint(3, 5)):
        out.append("## %s (%s)" % (ver(r), iso_date(r)))
        for _ in range(r.randint(2, 4)):
            out.append("- %s ([%s](https://github.com/%s/kasse/commit/%s))" % (
                r.choice(["Vipps: ny retry-logikk", "Klarna: rettet avrunding av mva", "Swish: callback-timeout",
                          "Fortnox: paginering", "Bring: nye produktkoder", "P24: weryfikacja transakcji"]),
                hexs(r, 7), r.choice(["fjordlys", "norrsken"]), hexs(r, 40)))
        out.append("")
    return "CHANGELOG.md", "\n".join(out)


@L("none", "image_digest")
def lk_k8s_digest(r):
    return "deploy/k8s/kasse-deployment.yaml", fill('''
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: kasse
        spec:
          replicas: 3
          selector:
            matchLabels: { app: kasse }
          template:
            metadata:
              labels: { app: kasse }
              annotations:
                checksum/config: @CS@
            spec:
              containers:
                - name: kasse
                  image: ghcr.io/fjordlys/kasse@sha256:@DG@
                  envFrom:
                    - secretRef: { name: kasse-betaling }
        ''', CS=hexs(r, 64), DG=hexs(r, 64))


@L("none", "uuid")
def lk_uuid_sql(r):
    lines = ["-- betalingsmetoder", "INSERT INTO betalingsmetode (id, kode, navn, aktiv) VALUES"]
    vals = ["  ('%s', '%s', '%s', %s)" % (uuid4(r), k, n, r.choice(["true", "false"]))
            for k, n in [("VIPPS", "Vipps"), ("KLARNA", "Klarna"), ("SWISH", "Swish"), ("NETS", "Kort (Nexi)"), ("MP", "MobilePay")]]
    return "db/migration/V12__betalingsmetoder.sql", "\n".join(lines) + "\n" + ",\n".join(vals) + ";\n"


@L("none", "tracking")
def lk_tracking_log(r):
    out = []
    for _ in range(r.randint(5, 10)):
        car = r.choice(["bring", "postnord", "packeta", "omniva", "inpost", "posti"])
        tn = {"bring": "70707" + digits(r, 13, False), "postnord": "00" + digits(r, 16, False),
              "packeta": "Z" + digits(r, 10), "omniva": "CE" + digits(r, 9) + "EE",
              "inpost": digits(r, 24), "posti": "JJFI" + digits(r, 18, False)}[car]
        out.append("%s INFO shipment.created carrier=%s tracking=%s order=%s" % (iso_dt(r), car, tn, digits(r, 8)))
    return "logs/frakt.log", "\n".join(out) + "\n"


@L("paytrail", "signature")
def lk_paytrail_sig_test(r):
    return "tests/test_paytrail_signatur.py", fill('''
        import os

        from maksut.paytrail import allekirjoitus

        # Kiinteä testivektori: salaisuus luetaan CI-ympäristöstä, ei koodista.
        OTSAKKEET = {
            "checkout-account": "@ACC@",
            "checkout-algorithm": "sha256",
            "checkout-method": "POST",
            "checkout-nonce": "@NONCE@",
            "checkout-timestamp": "@DT@",
        }
        ODOTETTU = "@SIG@"


        def test_allekirjoitus_muoto():
            sig = allekirjoitus(OTSAKKEET, "{}", os.environ.get("PAYTRAIL_TEST_SECRET", ""))
            assert len(sig) == len(ODOTETTU)
        ''', ACC=digits(r, 6), NONCE=uuid4(r), DT=iso_dt(r), SIG=hexs(r, 64))


@L("vipps", "public_key")
def lk_public_key(r):
    return "config/keys/callback-verify.pub.pem", rsa_public_pem(r) + "\n"


@L("swish", "certificate")
def lk_certificate(r):
    body = "\n".join(pem_wrap(b64(r, r.choice([900, 1100, 1300]))))
    return "certs/Swish_TLS_RootCA.pem", "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n"


@L("none", "base64_data")
def lk_base64_image(r):
    doc = {"mal": "ordrebekreftelse", "emne": "Takk for bestillingen!",
           "logo": "data:image/png;base64," + b64(r, r.randint(120, 300)), "farge": "#" + hexs(r, 6)}
    return "templates/epost/ordre.json", json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


@L("none", "jwks")
def lk_jwks(r):
    keys = [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": hexs(r, 16), "e": "AQAB", "n": b64url(r, 256)}
            for _ in range(2)]
    return "tests/fixtures/jwks.json", json.dumps({"keys": keys}, indent=2) + "\n"


@L("payu", "doc_example")
def lk_payu_docs(r):
    return "docs/payu-sandbox.md", fill('''
        # PayU – testy na sandboxie

        Do testów można użyć publicznego POS-a z dokumentacji PayU (nie nasze dane!):

        | Parametr | Wartość |
        |---|---|
        | POS ID (pos_id) | 300746 |
        | Second key (MD5) | b6ca15b0d1020e8094d9b5f8d163db54 |
        | OAuth client_id | 300746 |
        | OAuth client_secret | 2ee86a66e5d97e3fadc400c9f19b065d |

        Nasze własne klucze sandbox są w Vault: `secret/sklep/payu-sandbox`.
        Adres: https://secure.snd.payu.com
        ''')


@L("paytrail", "doc_example")
def lk_paytrail_docs(r):
    return "docs/testaus.md", fill('''
        # Maksujen testaus

        Paytrailin julkiset testitunnukset (dokumentaatiosta):

        - Merchant ID: `375917`
        - Secret key: `SAIPPUAKAUPPIAS`

        Testikortti: 4153 0139 9970 0313, CVC 313. Tuotantotunnukset ovat salaisuuksien hallinnassa.
        Tilausnumero esimerkissä: @ON@
        ''', ON=digits(r, 8))


@L("bankid", "doc_example")
def lk_bankid_test(r):
    return "docs/bankid-test.md", fill('''
        # BankID i testmiljö

        * Test-RP-certifikat: `FPTestcert5_20240610.p12`, lösenord `qwerty123` (publicerat av BankID för test).
        * API: https://appapi2.test.bankid.com/rp/v6.0
        * Skapa testlegitimation på demo.bankid.com med personnummer @PNR@.

        Produktionscertifikatets lösenord finns i Key Vault (`bankid-rp-passphrase`).
        ''', PNR="19" + digits(r, 6, False) + "-" + digits(r, 4, False))


@L("swish", "doc_example")
def lk_swish_test(r):
    return "docs/swish-mss.md", fill('''
        # Swish – Merchant Swish Simulator

        Använd testcertifikatet från Swish utvecklarsida (lösenord: `swish`).
        Payee alias i MSS: @SW@.

        ```bash
        curl -s --cert-type p12 --cert Swish_Merchant_TestCertificate_@SW@.p12:swish \\
          https://mss.cpc.getswish.net/swish-cpcapi/api/v1/paymentrequests
        ```
        ''', SW=swish_no(r))


@L("heureka", "product_feed")
def lk_heureka_feed(r):
    items = []
    for _ in range(r.randint(2, 5)):
        items.append(fill('''
            <SHOPITEM>
              <ITEM_ID>@ID@</ITEM_ID>
              <PRODUCTNAME>@N@</PRODUCTNAME>
              <EAN>@EAN@</EAN>
              <PRICE_VAT>@P@</PRICE_VAT>
              <URL>https://@DOM@/p/@ID@</URL>
            </SHOPITEM>''', ID=hexs(r, 10).upper(), N=r.choice(["Káva Brazílie 1 kg", "Stavebnice vláček", "Čaj zelený"]),
            EAN="859" + digits(r, 10, False), P=r.randint(99, 4999), DOM=domain(r)))
    return "feeds/heureka.xml", '<?xml version="1.0" encoding="utf-8"?>\n<SHOP>\n' + "\n".join(items) + "\n</SHOP>\n"


@L("fakturoid", "invoice")
def lk_fakturoid_invoice(r):
    ico = cz_ico(r)
    doc = {"id": r.randint(10000000, 99999999), "number": "2024-%04d" % r.randint(1, 9999),
           "variable_symbol": digits(r, 10), "subject_id": r.randint(1000, 99999), "client_registration_no": ico,
           "client_vat_no": "CZ" + ico, "iban": iban(r, "CZ"), "bank_account": "%s/%s" % (digits(r, 10), r.choice(["0800", "0100", "2010"])),
           "total": "%d.0" % r.randint(100, 90000), "currency": "CZK",
           "html_url": "https://app.fakturoid.cz/mojefirma/invoices/%d" % r.randint(10000000, 99999999)}
    return "tests/fixtures/fakturoid_invoice.json", json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


@L("tripletex", "response_ids")
def lk_tripletex_log(r):
    out = []
    for _ in range(r.randint(3, 6)):
        out.append(json.dumps({"time": iso_dt(r), "path": "/v2/ledger/voucher", "status": 200,
                               "requestId": uuid4(r), "voucherId": r.randint(10**8, 10**9),
                               "companyId": r.randint(10**5, 10**7), "orgnr": no_orgnr(r)}))
    return "logs/tripletex-%s.jsonl" % iso_date(r), "\n".join(out) + "\n"


@L("none", "kid_ocr")
def lk_kid_csv(r):
    rows = ["land;referanse;type;belop"]
    for _ in range(r.randint(5, 10)):
        if r.random() < 0.5:
            rows.append("NO;%s;KID;%d" % (kid(r), r.randint(100, 20000)))
        else:
            rows.append("SE;%s;OCR;%d" % (kid(r, r.randint(8, 16)), r.randint(100, 20000)))
    return "import/innbetalinger.csv", "\n".join(rows) + "\n"


@L("none", "cvr")
def lk_dk_cvr(r):
    doc = {"virksomheder": [{"navn": company(r, "DK"), "cvr": dk_cvr(r), "p_nummer": digits(r, 10),
                             "iban": iban(r, "DK"), "ean": "579" + digits(r, 10, False)} for _ in range(r.randint(2, 5))]}
    return "data/kunder-dk.json", json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


@L("none", "ytunnus")
def lk_fi_ytunnus(r):
    lines = ["# Toimittajat", "toimittajat:"]
    for _ in range(r.randint(2, 5)):
        y = fi_ytunnus(r)
        lines += ["  - nimi: %s" % company(r, "FI"), "    y_tunnus: \"%s\"" % y, "    alv: FI%s" % y.replace("-", ""),
                  "    iban: %s" % iban(r, "FI", spaced=True), "    viite: \"%s\"" % kid(r, 10)]
    return "config/toimittajat.yml", "\n".join(lines) + "\n"


@L("smart-id", "demo_accounts")
def lk_ee_demo_ids(r):
    rows = ["riik,dokument,isikukood,tulemus"]
    for _ in range(r.randint(3, 6)):
        cc = r.choice(["EE", "LV", "LT"])
        ik = r.choice("3456") + digits(r, 10, False) if cc != "LV" else digits(r, 6) + "-" + digits(r, 5)
        rows.append("%s,PNO%s-%s-MOCK-Q,%s,%s" % (cc, cc, ik, ik, r.choice(["OK", "USER_REFUSED", "TIMEOUT"])))
    return "tests/data/smartid-demo-kontod.csv", "\n".join(rows) + "\n"


@L("none", "lfs_pointer")
def lk_lfs(r):
    return "assets/katalog/produktbilder.zip", "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (hexs(r, 64), r.randint(10**5, 10**9))


@L("none", "maven_checksum")
def lk_maven_sha1(r):
    return "libs/tripletex-client-%s.jar.sha1" % ver(r), hexs(r, 40) + "\n"


@L("none", "sri")
def lk_sri_html(r):
    return "public/index.html", fill('''
        <!doctype html>
        <html lang="@LANG@">
        <head>
          <meta charset="utf-8">
          <title>@CO@</title>
          <link rel="stylesheet" href="/assets/app.@H1@.css" integrity="sha384-@S1@" crossorigin="anonymous">
          <script src="https://checkout.dibspayment.eu/v1/checkout.js?v=1" defer></script>
          <script src="/assets/app.@H2@.js" integrity="sha384-@S2@" crossorigin="anonymous" defer></script>
        </head>
        <body><div id="app" data-build="@B@"></div></body>
        </html>
        ''', LANG=r.choice(["nb", "sv", "da", "fi", "pl", "cs"]), CO=company(r), H1=hexs(r, 8), H2=hexs(r, 8),
        S1=b64(r, 48), S2=b64(r, 48), B=hexs(r, 12))


@L("none", "env_example")
def lk_env_example(r):
    return r.choice([".env.example", ".env.sample", "config/.env.example"]), fill('''
        # Kopier til .env og fyll inn verdier fra 1Password (hvelv "Betaling")
        VIPPS_CLIENT_ID=
        VIPPS_CLIENT_SECRET=
        VIPPS_SUBSCRIPTION_KEY=
        VIPPS_MSN=@MSN@
        KLARNA_API_KEY=
        NETS_SECRET_KEY=
        NETS_CHECKOUT_KEY=
        P24_MERCHANT_ID=@P24@
        P24_CRC=
        PAYU_POS_ID=300746
        ''', MSN=msn(r), P24=digits(r, 6))


@L("none", "user_secrets_id")
def lk_csproj(r):
    return "src/Kasse.Web/Kasse.Web.csproj", fill('''
        <Project Sdk="Microsoft.NET.Sdk.Web">
          <PropertyGroup>
            <TargetFramework>net8.0</TargetFramework>
            <Nullable>enable</Nullable>
            <UserSecretsId>@G@</UserSecretsId>
            <RootNamespace>Kasse.Web</RootNamespace>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Azure.Extensions.AspNetCore.Configuration.Secrets" Version="1.3.1" />
            <PackageReference Include="Serilog.AspNetCore" Version="8.0.1" />
          </ItemGroup>
        </Project>
        ''', G=uuid4(r))


@L("vipps", "postman_vars")
def lk_postman_collection(r):
    col = {"info": {"_postman_id": uuid4(r), "name": "Kasse – betalinger",
                    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "item": [{"name": "Hent token", "request": {"method": "POST", "url": "{{base_url}}/accesstoken/get",
                     "header": [{"key": "client_id", "value": "{{client_id}}"},
                                {"key": "client_secret", "value": "{{client_secret}}"},
                                {"key": "Ocp-Apim-Subscription-Key", "value": "{{Ocp-Apim-Subscription-Key}}"},
                                {"key": "Merchant-Serial-Number", "value": "{{merchantSerialNumber}}"}]}}],
           "variable": [{"key": "base_url", "value": "https://apitest.vipps.no"}]}
    return "postman/kasse.postman_collection.json", json.dumps(col, indent=2, ensure_ascii=False) + "\n"


@L("none", "trace_ids")
def lk_trace_log(r):
    out = []
    for _ in range(r.randint(4, 8)):
        out.append("%s INFO http.request method=POST path=/api/%s status=%d traceparent=00-%s-%s-01 span=%s"
                   % (iso_dt(r), r.choice(["vipps/callback", "swish/callback", "klarna/push", "p24/status"]),
                      r.choice([200, 200, 204, 400]), hexs(r, 32), hexs(r, 16), hexs(r, 16)))
    return "logs/http-%s.log" % iso_date(r), "\n".join(out) + "\n"


@L("none", "iban_test")
def lk_iban_go_test(r):
    cases = "\n".join('\t\t{"%s", true},' % iban(r, cc) for cc in ["NO", "SE", "DK", "FI", "PL", "CZ", "EE", "LV"])
    return "internal/konto/iban_test.go", "package konto\n\nimport \"testing\"\n\nfunc TestValidIBAN(t *testing.T) {\n\tcases := []struct {\n\t\tiban string\n\t\tok   bool\n\t}{\n" \
        + cases + "\n\t\t{\"NO0000000000000\", false},\n\t}\n\tfor _, c := range cases {\n\t\tif got := Valid(c.iban); got != c.ok {\n\t\t\tt.Errorf(\"%s: got %v\", c.iban, got)\n\t\t}\n\t}\n}\n"


@L("none", "nip_test")
def lk_nip_py_test(r):
    good = ", ".join('"%s"' % pl_nip(r) for _ in range(5))
    return "tests/test_walidacja.py", fill('''
        import pytest

        from sklep.walidacja import poprawny_nip, poprawny_regon


        @pytest.mark.parametrize("nip", [@GOOD@])
        def test_poprawny_nip(nip):
            assert poprawny_nip(nip)


        def test_regon():
            assert poprawny_regon("@REGON@")
        ''', GOOD=good, REGON=pl_regon(r))


@L("none", "cz_accounts")
def lk_cz_accounts(r):
    rows = ["cislo_uctu;kod_banky;vs;ks;castka"]
    for _ in range(r.randint(4, 9)):
        rows.append("%s-%s;%s;%s;0308;%d" % (digits(r, 2), digits(r, 10), r.choice(["0800", "0100", "2010", "0300"]),
                                              digits(r, 10), r.randint(100, 50000)))
    return "import/platby-cz.csv", "\n".join(rows) + "\n"


@L("vipps", "order_refs")
def lk_vipps_orders_log(r):
    out = []
    for _ in range(r.randint(4, 8)):
        out.append(json.dumps({"ts": iso_dt(r), "event": r.choice(["AUTHORIZED", "CAPTURED", "CREATED"]),
                               "msn": msn(r), "reference": "%s-%s" % (slug(r), digits(r, 8)),
                               "pspReference": digits(r, 10), "idempotencyKey": uuid4(r)}))
    return "logs/vipps-webhook.log", "\n".join(out) + "\n"


@L("allegro", "offer_ids")
def lk_allegro_offers(r):
    rows = ["offer_id;ean;nazwa;cena;stan"]
    for _ in range(r.randint(5, 10)):
        rows.append("%s;590%s;%s;%d.%02d;%d" % (digits(r, 11), digits(r, 10, False),
                                                  r.choice(["Kurtka puchowa", "Plecak 30L", "Buty trekkingowe"]),
                                                  r.randint(40, 900), r.randint(0, 99), r.randint(0, 200)))
    return "eksport/allegro-oferty.csv", "\n".join(rows) + "\n"


@L("none", "asset_manifest")
def lk_asset_manifest(r):
    doc = {n: "/assets/%s.%s.%s" % (n.split(".")[0], hexs(r, 20), n.split(".")[1])
           for n in ["main.js", "vendor.js", "checkout.js", "main.css"]}
    return "public/build/manifest.json", json.dumps(doc, indent=2) + "\n"


@L("klarna", "order_fixture")
def lk_klarna_order(r):
    doc = {"order_id": uuid4(r), "status": "AUTHORIZED", "fraud_status": "ACCEPTED",
           "klarna_reference": alnum(r, 8).upper(), "merchant_reference1": digits(r, 8),
           "purchase_country": "SE", "order_amount": r.randint(1000, 200000), "initial_payment_method": {"type": "INVOICE"}}
    return "tests/fixtures/klarna_order.json", json.dumps(doc, indent=2) + "\n"


@L("none", "git_sha_dockerfile")
def lk_dockerfile(r):
    return "Dockerfile", fill('''
        FROM mcr.microsoft.com/dotnet/aspnet:8.0@sha256:@D1@
        ARG GIT_SHA=@SHA@
        LABEL org.opencontainers.image.revision=$GIT_SHA
        WORKDIR /app
        COPY publish/ .
        ENV ASPNETCORE_URLS=http://+:8080 \\
            Vipps__ClientSecret="" \\
            Klarna__ApiKey=""
        ENTRYPOINT ["dotnet", "Kasse.Web.dll"]
        ''', D1=hexs(r, 64), SHA=hexs(r, 40))


# --------------------------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------------------------
BLOCKED_ENV = re.compile(r"^\.env(\.[A-Za-z0-9_-]+)?$")
NEG_OK_ENV = (".env.example", ".env.sample", ".env.template", ".env.dist")


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base == "Dockerfile":
        return "dockerfile"
    if base == "SHA256SUMS":
        return "checksums"
    if "." not in base:
        return base.lower()
    return base.rsplit(".", 1)[-1].lower()


def is_blocked_env(path):
    base = path.rsplit("/", 1)[-1]
    return bool(BLOCKED_ENV.match(base)) and base not in NEG_OK_ENV


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def render_pos(r, t, env_budget):
    value, needle = t["gen"](r)
    path, text = t["fn"](r)
    assert text.count(MARK) == 1, t["name"]
    if is_blocked_env(path):
        if env_budget[0] <= 0:
            d = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
            path = d + r.choice(["config/app.env", "deploy/stage.env", "docker/runtime.env"])
        else:
            env_budget[0] -= 1
    text = put_value(text, value)
    idx = text.index(needle)
    line = text.count("\n", 0, idx) + 1
    assert needle in text.split("\n")[line - 1], (t["name"], needle)
    return path, text, needle, line


def render_neg_slot(r, t):
    cat, mode, val = neg_slot(r, t)
    path, text = t["fn"](r)
    assert text.count(MARK) == 1, t["name"]
    if is_blocked_env(path):
        d = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
        path = d + r.choice([".env.example", ".env.sample"])
    if mode == "expr":
        text = put_expr(text, val, env_string(t["lang"], t["var"], r))
        text = ensure_import(text, t["lang"], val)
    else:
        text = put_value(text, val)
    assert MARK not in text
    return path, text, cat


def ensure_import(text, lang, expr):
    """Add the import that an injected environment lookup needs (Python os / Go os)."""
    if lang == "py" and expr.startswith("os.") and not re.search(r"^import os$", text, re.M):
        m = re.search(r"^(import |from )", text, re.M)
        if m:
            return text[:m.start()] + "import os\n" + text[m.start():]
    if lang == "go" and expr.startswith("os.") and '"os"' not in text:
        return text.replace("import (\n", "import (\n\t\"os\"\n", 1)
    return text


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_lt.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    assert len(POS) >= 60 and len(LOOK) + len(POS) >= 60, (len(POS), len(LOOK))
    manifest, secrets = [], []

    order = [POS[i % len(POS)] for i in range(500)]
    r.shuffle(order)
    env_budget = [24]  # at most 1 in 20 positives in a .env-style file
    for i, t in enumerate(order):
        path, text, needle, line = render_pos(r, t, env_budget)
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(path), "template": t["name"]})
        secrets.append({"file": rel, "needle": needle, "line": line})
        with open(os.path.join(outdir, rel), encoding="utf-8") as fh:
            got = fh.read().split("\n")
        assert needle in got[line - 1], rel

    jobs = [("slot", POS[i % len(POS)]) for i in range(250)] + [("look", LOOK[i % len(LOOK)]) for i in range(250)]
    r.shuffle(jobs)
    for i, (kind, t) in enumerate(jobs):
        if kind == "slot":
            path, text, cat = render_neg_slot(r, t)
            prov, k = t["provider"], "slot:%s:%s" % (t["kind"], cat)
        else:
            path, text = t["fn"](r)
            prov, k = t["provider"], "lookalike:" + t["kind"]
        assert not is_blocked_env(path), path
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": k,
                         "filetype": filetype(path), "template": t["name"]})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
