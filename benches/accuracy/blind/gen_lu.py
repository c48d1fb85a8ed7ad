#!/usr/bin/env python3
"""gen_lu.py - blind evaluation-set generator for secret scanners.

EMPHASIS
    Western/Southern Europe public-sector, e-invoicing, regional payments and
    shipping integrations written by local developers (FR, IT, ES, PT, BE, NL,
    CH, AT): FranceConnect / ProConnect client secrets, PISTE / Chorus Pro OAuth
    secrets and technical-account passwords, API Entreprise / API Particulier
    JWTs, SdI intermediaries (Aruba, Fatture in Cloud, Openapi.it), SPID/CIE SP
    private keys, VeriFactu / TicketBAI / AEAT certificate passwords, Redsys /
    Bizum merchant keys, SIBS, easypay, ifthenpay, Satispay, Nexi XPay, Axerve,
    PayPlug, Lyra/PayZen/SystemPay, Monext Payline, Stancer, TWINT, PostFinance,
    Mollie, Adyen, Buckaroo, MultiSafepay, Pay.nl, Colissimo, Chronopost,
    Mondial Relay, BRT, GLS, Correos, CTT, PostNL, bpost, Swiss Post, Holded,
    Sage, Qonto, Pennylane, Odoo.
    File types: PHP (PrestaShop / WooCommerce / Magento), Python/Django, Java
    (Spring, .properties), C#, Node/TS, Ruby, YAML, XML, INI, JSON, TOML, shell,
    Dockerfile, Terraform, Helm values, SQL, Postman, Markdown runbooks, CSV,
    logs, odoo.conf, .env (<= 1 in 20 positives).

USAGE
    python3 -B gen_lu.py OUTDIR SEED
    -> OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
       OUTDIR/manifest.jsonl, OUTDIR/secrets.jsonl.  Standard library only;
       all randomness from random.Random(SEED).

NEEDLE CONVENTIONS
    needle = the secret exactly as written, without quotes; prefixed keys keep
    their prefix (sk_live_, stest_, live_, prodpassword_, a/ ...); headers: the
    token only; URLs with credentials: the password only; PEM private keys: the
    first base64 line of the body; passwords: the password itself.  "line" is
    the 1-based line of the first occurrence (asserted).

NEGATIVES
    250 re-use the positive templates with the secret slot holding a
    placeholder (EN/FR/IT/ES/PT/NL/DE), empty, masked, env / vault / Helm /
    Symfony / Spring / Terraform references, providers' documented test values
    (Redsys sq7Hj..., PayZen testpassword_DEMOPRIVATEKEY..., Mondial Relay
    PrivateK, Chronopost 255562, Nexi test MAC key ...) or public values (PayZen
    public keys, Stancer ptest_/pprod_, Adyen client keys, FranceConnect client
    ids).  250 are look-alikes: SIRET/SIREN (Luhn), Partita IVA, Codice
    Fiscale, NIF/CIF/NIE, Portuguese NIF, KvK, Belgian KBO, Swiss UID, IBANs
    (valid mod-97), Redsys Ds_Signature / Ds_MerchantParameters, SPID metadata
    certificates, public keys, hashes, UUIDs, tracking numbers, order refs,
    pspReferences, SRI hashes, image digests, FatturaPA XML, SDI ids.

FORMATS CHECKED
    - Redsys test key sq7HjrUOBfKmC576ILgskD5srU870gJ7 (32 chars base64 of 24
      bytes) and merchant 999008881: public code corpus (redsys-rails etc.).
    - PayPlug sk_test_/sk_live_ + 22 alnum (newer) / 32 hex (older
      PayPlug_ClientConfiguration): payplug/payplug-php and public code.
    - Stancer keys are 30 characters (prefix incl.): Stancer::Config docs
      (metacpan) -> prefix stest_/sprod_/ptest_/pprod_ + 24.
    - PayZen REST: public key "shop:testpublickey_...", password
      "testpassword_/prodpassword_...", HMAC-SHA-256 key: Front-Commerce PayZen
      docs + knowledge of Lyra docs.
    - Everything else from memory of providers' docs/SDKs (Mollie live_/test_
      + 30, access_ + 40; Adyen AQE... API keys, 64-hex HMAC keys; Odoo 40-hex
      API keys; FranceConnect 64-hex client id/secret; PISTE UUID credentials).
    - Checksums implemented: Luhn (SIREN/SIRET), P.IVA, Codice Fiscale check
      char, DNI/NIE letter, CIF control, PT NIF mod 11, BE KBO mod 97, CH UID
      mod 11, KvK 11-test, IBAN mod 97.

DOUBTS
    Guessed lengths/alphabets: ProConnect secret (64 hex), Openapi.it token
    (24 hex), SIBS bearer token layout, ifthenpay anti-phishing key (alnum
    32-50), Satispay key id length, Nexi MAC key (alnum 32), Axerve API key
    (base64 of shopLogin##name##random), Monext access key (20 alnum), Buckaroo
    secret (alnum 20-32), PostNL API key (32 alnum), Swiss Post client secret
    (32 hex), Qonto secret (32 hex), Pennylane token (43 b64url), Holded (32
    hex), Sage secret, Pay.nl API token (40 hex), MultiSafepay (40 hex).
"""
import base64
import hashlib
import json
import os
import random
import string
import sys
import uuid

R = None  # random.Random, set in main

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = string.ascii_letters + DIG
HEX = "0123456789abcdef"
B64 = string.ascii_letters + DIG + "+/"
B64U = string.ascii_letters + DIG + "-_"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def rhex(n):
    return rs(HEX, n)


def ralnum(n):
    # ensure mixed classes for realism
    while True:
        s = rs(ALNUM, n)
        if n < 8 or (any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s)):
            return s


def rb64(nbytes, url=False):
    b = bytes(R.getrandbits(8) for _ in range(nbytes))
    if url:
        return base64.urlsafe_b64encode(b).decode().rstrip("=")
    return base64.b64encode(b).decode()


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def rdigits(n):
    return str(R.randint(1, 9)) + rs(DIG, n - 1)


def pick(seq):
    return R.choice(seq)


SYLL = ["mar", "tin", "lo", "ra", "vel", "co", "sta", "bri", "que", "don", "ju", "pa", "zen", "ka", "lu", "mi", "ren", "sol",
        "ber", "gal", "nor", "tor", "vi", "ze", "fa", "cla", "dro", "pe"]
WORDS = ["Soleil", "Lisboa", "Porto", "Sevilla", "Girona", "Bretagne", "Napoli", "Tulipe", "Bergen", "Alpen", "Zurich",
         "Colis", "Fattura", "Factura", "Garrafa", "Koekje", "Marmotte", "Gelato", "Paella", "Bacalhau", "Fromage",
         "Azulejo", "Molen", "Pastel", "Trufa", "Ciao", "Merlot", "Bordeaux", "Verona", "Bilbao"]
PSYM = "!*+-_.?%"


def password():
    k = R.random()
    if k < 0.35:
        return pick(WORDS) + pick(PSYM) + str(R.randint(10, 2099)) + pick(WORDS).lower()[:R.randint(3, 6)] + pick(PSYM)
    if k < 0.7:
        n = R.randint(14, 24)
        while True:
            s = rs(ALNUM + PSYM, n)
            if any(c in PSYM for c in s) and any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s):
                return s
    if k < 0.85:
        return ralnum(R.randint(12, 20))
    return (pick(WORDS)[:4] + str(R.randint(100, 999)) + pick(UP) + pick(PSYM) + rs(LOW + DIG, 5))


# ---------------------------------------------------------------- key formats
def jwt(payload, alg="HS256", siglen=43):
    h = {"typ": "JWT", "alg": alg} if R.random() < 0.5 else {"alg": alg, "typ": "JWT"}
    enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
    return enc(h) + "." + enc(payload) + "." + rb64(siglen * 3 // 4 + 1, url=True)[:siglen]


def g_api_entreprise():
    iat = R.randint(1650000000, 1760000000)
    p = {"uid": ruuid(), "jti": ruuid(), "scopes": R.sample(["entreprises", "etablissements", "attestations_sociales",
         "attestations_fiscales", "extraits_rcs", "bilans_entreprise_bdf", "associations", "actes_inpi"], 4),
         "sub": pick(["Mairie de ", "CCAS ", "Région ", "Préfecture "]) + pick(["Lyon", "Nantes", "Rennes", "Dijon"]),
         "iat": iat, "version": "1.0", "exp": iat + 18 * 30 * 86400}
    return jwt(p, "HS256")


def g_api_particulier():
    iat = R.randint(1650000000, 1760000000)
    p = {"uid": ruuid(), "jti": ruuid(), "scopes": ["cnaf_quotient_familial", "dgfip_revenu_fiscal_de_reference", "pole_emploi_statut"],
         "iat": iat, "exp": iat + 365 * 86400, "version": "1.0"}
    return jwt(p, "HS256")


def g_fic():
    p = {"ref": ralnum(32)}
    return "a/" + jwt(p, "HS256")


def g_redsys():
    return rb64(24)


def g_sibs():
    payload = base64.b64encode(json.dumps({"e": rdigits(13), "roles": "SPG_MANAGER", "i": rdigits(13),
                                           "typ": "Bearer", "id": ralnum(10) + rhex(30)}, separators=(",", ":")).encode()).decode()
    return "0276" + rhex(30) + "." + payload + "." + rhex(64)


def g_ifthen_bo():
    return "-".join(rs(DIG, 4) for _ in range(4))


def g_adyen_api():
    return ("AQE" + pick(["yhmfxK", "yhmfxL", "rhmfuX", "yhmfx"]) + rb64(60).rstrip("=") + "==-" + rb64(32)
            + "-" + rs(ALNUM + "%;{}=[]<>", 16))


def g_adyen_hmac():
    return rs("0123456789ABCDEF", 64)


def pem_rsa(pkcs8=True):
    if pkcs8:
        der = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100")
        hdr, ftr = "-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----"
        total = 1217
    else:
        der = bytes.fromhex("308204a40201000282010100")
        hdr, ftr = "-----BEGIN RSA PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----"
        total = 1192
    der += bytes([R.randint(0xc0, 0xff)]) + bytes(R.getrandbits(8) for _ in range(total - len(der) - 1))
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return hdr + "\n" + "\n".join(lines) + "\n" + ftr, lines[0]


# ----------------------------------------------------------- checksum helpers
def luhn_ok_digits(body):
    # append luhn check digit to body (string of digits)
    s = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return body + str((10 - s % 10) % 10)


def siren():
    return luhn_ok_digits(rdigits(8))


def siret():
    return luhn_ok_digits(siren() + rs(DIG, 4))


def piva():
    b = rdigits(7) + "%03d" % R.randint(1, 100)
    s = 0
    for i, c in enumerate(b):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return b + str((10 - s % 10) % 10)


CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def codice_fiscale():
    s = rs(UP.replace("AEIOU", ""), 6) + "%02d" % R.randint(50, 99) + pick("ABCDEHLMPRST") + "%02d" % R.randint(1, 71) + pick("ABCDEFGHILM") + "%03d" % R.randint(1, 999)
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += CF_ODD[v] if i % 2 == 0 else v
    return s + chr(65 + tot % 26)


def dni():
    n = R.randint(10000000, 99999999)
    return "%08d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def nie():
    p = R.randint(0, 2)
    n = R.randint(1000000, 9999999)
    return "XYZ"[p] + "%07d" % n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(str(p) + "%07d" % n) % 23]


def cif():
    l = pick("ABEGHJ")
    d = rs(DIG, 7)
    a = sum(int(d[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        x = int(d[i]) * 2
        b += x // 10 + x % 10
    c = (10 - (a + b) % 10) % 10
    return l + d + str(c)


def nif_pt():
    while True:
        b = pick("1235") + rs(DIG, 7)
        s = sum(int(c) * (9 - i) for i, c in enumerate(b))
        r = 11 - s % 11
        if r >= 10:
            r = 0
        return b + str(r)


def kbo():
    n = R.randint(2000000, 19999999)
    return "0%08d" % (n * 100 + 97 - n * 100 % 97) if False else "%010d" % (n * 100 + (97 - (n % 97)))


def ch_uid():
    while True:
        d = rs(DIG, 8)
        w = [5, 4, 3, 2, 7, 6, 5, 4]
        s = sum(int(a) * b for a, b in zip(d, w))
        c = 11 - s % 11
        if c == 10:
            continue
        if c == 11:
            c = 0
        x = d + str(c)
        return "CHE-%s.%s.%s" % (x[0:3], x[3:6], x[6:9])


def kvk():
    while True:
        d = rdigits(8)
        if sum(int(c) * w for c, w in zip(d, [8, 7, 6, 5, 4, 3, 2, 1])) % 11 == 0:
            return d


def iban(cc):
    lens = {"FR": 23, "IT": 23, "ES": 20, "PT": 21, "BE": 12, "NL": 14, "CH": 17, "AT": 16, "DE": 18}
    if cc == "NL":
        bban = pick(["ABNA", "INGB", "RABO", "TRIO"]) + rs(DIG, 10)
    elif cc == "IT":
        bban = pick(UP) + rs(DIG, 10) + rs(DIG, 12)
    elif cc == "FR":
        bban = rs(DIG, 10) + rs(DIG, 11) + rs(DIG, 2)
    else:
        bban = rs(DIG, lens[cc])
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


NAMES_FR = ["Julien Moreau", "Camille Durand", "Thomas Lefèvre", "Léa Fontaine", "Nicolas Girard", "Claire Bonnet"]
NAMES_IT = ["Marco Bianchi", "Giulia Romano", "Luca Esposito", "Francesca Ricci", "Alessandro Greco"]
NAMES_ES = ["Javier Martínez", "Lucía Fernández", "Pablo García", "Marta Sánchez", "Iker Etxeberria"]
NAMES_PT = ["João Silva", "Inês Costa", "Rui Ferreira", "Ana Rodrigues", "Tiago Sousa"]
NAMES_NL = ["Jeroen de Vries", "Sanne Bakker", "Pieter Janssen", "Lotte Visser", "Koen Peeters"]
NAMES_DE = ["Lukas Huber", "Anna Gruber", "Stefan Brunner", "Lea Müller", "Reto Keller"]
SHOPS = ["boutique-lavande", "la-cave-de-paul", "negozio-sole", "tienda-olivar", "loja-azul", "fietsenwinkel-delft",
         "alpenhof-shop", "fromagerie-dupont", "ferramenta-rossi", "casa-ramos", "drogisterij-smit", "biomarkt-graz"]


def shop():
    return pick(SHOPS)


def dom():
    return shop().replace("-", "") + pick([".fr", ".it", ".es", ".pt", ".nl", ".be", ".ch", ".at"])


def lpad(text):
    """nothing; placeholder for symmetry"""
    return text


def kbo():
    n = R.randint(2000000, 19999999)
    return "%08d%02d" % (n, 97 - n % 97)


# ================================================================ templates
POS = []


def T(provider, kind, ftype, gen, ph=(), env=None, noneg=False):
    def deco(fn):
        POS.append(dict(name=fn.__name__[2:], provider=provider, kind=kind, ftype=ftype, gen=gen, ph=list(ph),
                        env=env or (provider.upper().replace(" ", "_").replace(".", "").replace("/", "_") + "_" + kind.upper().replace(" ", "_").replace("-", "_")),
                        fn=fn, noneg=noneg))
        return fn
    return deco


def P(): return password()


def sep_lines(lines, secret_line, lo=0):
    """insert secret_line at a random position in lines (>= lo)."""
    i = R.randint(lo, len(lines))
    return lines[:i] + [secret_line] + lines[i:]


def hdr_comment(c, lang=None):
    opts = {
        "fr": ["Configuration production - ne pas modifier sans l'accord de l'équipe", "Paramètres du module de paiement",
               "TODO: passer en variables d'environnement avant la MEP", "Identifiants fournis par le support le %d/%02d" % (R.randint(1, 28), R.randint(1, 12))],
        "it": ["Configurazione ambiente di produzione", "Credenziali fornite dall'intermediario SdI", "NB: non committare (lo so, lo so...)",
               "Parametri gateway di pagamento"],
        "es": ["Configuración del TPV virtual", "Credenciales de producción - no tocar", "Datos facilitados por el banco", "Parámetros de envío"],
        "pt": ["Configuração de produção", "Credenciais fornecidas pela SIBS", "Não alterar sem falar com o Rui", "Parâmetros de pagamento"],
        "nl": ["Productie-instellingen", "Sleutels uit het dashboard", "Niet aanpassen zonder overleg", "Verzendinstellingen"],
        "de": ["Produktionskonfiguration", "Zugangsdaten vom Anbieter", "Bitte nicht ändern", "Zahlungseinstellungen"],
    }
    lang = lang or pick(list(opts))
    return c + " " + pick(opts[lang])


# ---------------------------------------------------------- FranceConnect
@T("FranceConnect", "client_secret", "env", lambda: rhex(64), env="FC_CLIENT_SECRET")
def t_fc_env(s):
    lines = ["FC_CLIENT_ID=" + rhex(64), "FC_URL=https://auth.franceconnect.gouv.fr/api/v2",
             "FC_CALLBACK_URL=https://%s/login-callback" % dom(), "FC_LOGOUT_CALLBACK_URL=https://%s/logout" % dom(),
             "FC_SCOPES=openid given_name family_name birthdate email"]
    lines = sep_lines(lines, "FC_CLIENT_SECRET=" + s, 1)
    return pick([".env.production", ".env", "deploy/.env.local"]), "\n".join(["# FranceConnect v2"] + lines) + "\n"


@T("FranceConnect", "client_secret", "python", lambda: rhex(64), ph=["<client_secret_fc>"])
def t_fc_django(s):
    cid = rhex(64)
    body = f'''"""Réglages FranceConnect pour l'espace usager."""
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["{dom()}"]

FRANCECONNECT = {{
    "BASE_URL": "https://auth.franceconnect.gouv.fr/api/v2",
    "CLIENT_ID": "{cid}",
    "CLIENT_SECRET": "{s}",
    "REDIRECT_URI": "https://{dom()}/fc/callback/",
    "SCOPES": ["openid", "given_name", "family_name", "email"],
    "ACR_VALUES": "eidas1",
}}

SESSION_COOKIE_SECURE = True
'''
    return pick(["config/settings/production.py", "portail/settings/prod.py", "src/usagers/settings_prod.py"]), body


@T("FranceConnect", "client_secret", "yaml", lambda: rhex(64))
def t_fc_helm(s):
    body = f'''# values-prod.yaml - portail usagers
replicaCount: 2
image:
  repository: registry.gitlab.{pick(["collectivite", "mairie", "region"])}.fr/portail/front
  tag: "{R.randint(1,4)}.{R.randint(0,20)}.{R.randint(0,9)}"
env:
  FC_ISSUER: https://auth.franceconnect.gouv.fr/api/v2
  FC_CLIENT_ID: "{rhex(64)}"
  FC_CLIENT_SECRET: "{s}"
  FC_REDIRECT_URI: https://{dom()}/auth/fc/callback
ingress:
  enabled: true
  host: {dom()}
'''
    return pick(["helm/portail/values-prod.yaml", "deploy/values.production.yaml"]), body


@T("ProConnect", "client_secret", "typescript", lambda: rhex(64))
def t_proconnect_ts(s):
    body = f'''import {{ Issuer, Client }} from "openid-client";

// ProConnect (ex-AgentConnect) - configuration agents publics
const PROCONNECT_DOMAIN = "https://auth.agentconnect.gouv.fr/api/v2";

export async function getProConnectClient(): Promise<Client> {{
  const issuer = await Issuer.discover(`${{PROCONNECT_DOMAIN}}/.well-known/openid-configuration`);
  return new issuer.Client({{
    client_id: "{ruuid()}",
    client_secret: "{s}",
    redirect_uris: ["https://{dom()}/api/auth/callback/proconnect"],
    response_types: ["code"],
    id_token_signed_response_alg: "RS256",
    userinfo_signed_response_alg: "RS256",
  }});
}}
'''
    return pick(["src/auth/proconnect.ts", "apps/api/src/lib/proconnect.ts"]), body


@T("ProConnect", "client_secret", "ruby", lambda: rhex(64))
def t_proconnect_rb(s):
    body = f'''# frozen_string_literal: true

# Connexion agents via ProConnect
Rails.application.config.middleware.use OmniAuth::Builder do
  provider :openid_connect,
           name: :proconnect,
           scope: %i[openid email given_name usual_name siret],
           issuer: "https://auth.agentconnect.gouv.fr/api/v2",
           discovery: true,
           client_options: {{
             identifier: "{ruuid()}",
             secret: "{s}",
             redirect_uri: "https://{dom()}/auth/proconnect/callback"
           }}
end
'''
    return "config/initializers/omniauth_proconnect.rb", body


# ------------------------------------------------------------ PISTE / Chorus
@T("PISTE", "client_secret", "properties", lambda: ruuid())
def t_piste_props(s):
    lines = ["chorus.api.url=https://api.piste.gouv.fr/cpro", "piste.oauth.token-url=https://oauth.piste.gouv.fr/api/oauth/token",
             "piste.oauth.client-id=" + ruuid(), "chorus.technical-account.login=TECH_1_%s@cpro.fr" % rs(DIG, 6)]
    lines = sep_lines(lines, "piste.oauth.client-secret=" + s, 2)
    return pick(["src/main/resources/application-prod.properties", "facturation/src/main/resources/application.properties"]), \
        hdr_comment("#", "fr") + "\n" + "\n".join(lines) + "\nchorus.structure.siret=" + siret() + "\n"


@T("ChorusPro", "technical_account_password", "yaml", P, env="CHORUS_TECH_PASSWORD")
def t_chorus_yaml(s):
    body = f'''chorus_pro:
  environnement: production
  piste:
    client_id: {ruuid()}
    client_secret: ${{PISTE_CLIENT_SECRET}}
  compte_technique:
    login: TECH_1_{rs(DIG, 6)}@cpro.fr
    # mot de passe du compte technique (renouvelé tous les 12 mois)
    password: "{s}"
  destinataire_siret: "{siret()}"
'''
    return pick(["config/chorus.yml", "ops/ansible/group_vars/prod/chorus.yml"]), body


@T("ChorusPro", "technical_account_password", "python", P)
def t_chorus_py(s):
    login = "TECH_1_%s@cpro.fr" % rs(DIG, 6)
    body = f'''import base64
import requests

PISTE_TOKEN_URL = "https://oauth.piste.gouv.fr/api/oauth/token"
CPRO_URL = "https://api.piste.gouv.fr/cpro/factures/v1/soumettre"

# compte technique Chorus Pro
CPRO_LOGIN = "{login}"
CPRO_PASSWORD = "{s}"


def cpro_account_header():
    raw = f"{{CPRO_LOGIN}}:{{CPRO_PASSWORD}}".encode()
    return base64.b64encode(raw).decode()


def soumettre(facture, access_token):
    headers = {{"Authorization": f"Bearer {{access_token}}", "cpro-account": cpro_account_header()}}
    return requests.post(CPRO_URL, json=facture, headers=headers, timeout=30)
'''
    return pick(["facturation/chorus_client.py", "app/services/chorus.py"]), body


# ----------------------------------------------------- API Entreprise / Part
@T("API Entreprise", "token", "shell", g_api_entreprise, env="API_ENTREPRISE_TOKEN")
def t_apie_curl(s):
    body = f'''#!/usr/bin/env bash
# Récupère les infos d'un établissement via API Entreprise
set -euo pipefail
SIRET="${{1:-{siret()}}}"
curl -sS -H "Authorization: Bearer {s}" \\
  "https://entreprise.api.gouv.fr/v3/insee/sirene/etablissements/${{SIRET}}?context=Instruction&recipient={siret()[:14]}&object=Aide%20sociale" \\
  | jq .
'''
    return pick(["scripts/apie_etablissement.sh", "bin/check_siret.sh"]), body


@T("API Entreprise", "token", "yaml", g_api_entreprise)
def t_apie_yaml(s):
    body = f'''default: &default
  api_entreprise:
    base_url: https://entreprise.api.gouv.fr
    recipient: "{siret()}"
    context: "Instruction des demandes de subvention"

production:
  <<: *default
  api_entreprise_token: {s}
'''
    return "config/api_entreprise.yml", body


@T("API Particulier", "token", "php", g_api_particulier)
def t_apip_php(s):
    body = f'''<?php
// Service de récupération du quotient familial (CAF/MSA)
namespace App\\Service;

use Symfony\\Contracts\\HttpClient\\HttpClientInterface;

class ApiParticulierClient
{{
    private const BASE_URL = 'https://particulier.api.gouv.fr/api/v2';
    private const TOKEN = '{s}';

    public function __construct(private HttpClientInterface $client) {{}}

    public function quotientFamilial(string $numeroAllocataire, string $codePostal): array
    {{
        return $this->client->request('GET', self::BASE_URL.'/composition-familiale', [
            'headers' => ['X-Api-Key' => self::TOKEN],
            'query' => ['numeroAllocataire' => $numeroAllocataire, 'codePostal' => $codePostal],
        ])->toArray();
    }}
}}
'''
    return "src/Service/ApiParticulierClient.php", body


# ----------------------------------------------------------------- Italy SdI
@T("Aruba", "sdi_password", "xml", P, env="ARUBA_SDI_PASSWORD")
def t_aruba_odoo_xml(s):
    body = f'''<?xml version="1.0" encoding="utf-8"?>
<odoo>
    <data noupdate="1">
        <!-- Canale SdI tramite intermediario Aruba (ambiente produzione) -->
        <record id="sdi_channel_aruba" model="sdi.channel">
            <field name="name">Aruba Fatturazione Elettronica</field>
            <field name="channel_type">aruba</field>
            <field name="aruba_username">{pick(["ARUBA", "FE"])}{rs(DIG, 6)}</field>
            <field name="aruba_password">{s}</field>
            <field name="aruba_ws_url">https://ws.fatturazioneelettronica.aruba.it</field>
            <field name="company_id" ref="base.main_company"/>
        </record>
    </data>
</odoo>
'''
    return "l10n_it_sdi_aruba/data/sdi_channel_data.xml", body


@T("Aruba", "sdi_password", "java", P)
def t_aruba_java(s):
    body = f'''package it.{pick(["gestionale", "fatturazione", "contabilita"])}.sdi;

import java.net.http.HttpClient;

/**
 * Client per l'invio delle fatture elettroniche tramite Aruba.
 * @author {pick(NAMES_IT)}
 */
public class ArubaSdiClient {{

    private static final String AUTH_URL = "https://auth.fatturazioneelettronica.aruba.it/auth/signin";
    private static final String USERNAME = "{rs(LOW, 5)}.{rs(DIG, 4)}";
    private static final String PASSWORD = "{s}";

    private final HttpClient http = HttpClient.newHttpClient();

    public String login() throws Exception {{
        String form = "grant_type=password&username=" + USERNAME + "&password=" + PASSWORD;
        return AuthHelper.postForm(http, AUTH_URL, form);
    }}
}}
'''
    return "src/main/java/it/sdi/ArubaSdiClient.java", body


@T("Fatture in Cloud", "access_token", "php", g_fic, env="FIC_ACCESS_TOKEN")
def t_fic_php(s):
    body = f'''<?php
/**
 * Sincronizzazione ordini WooCommerce -> Fatture in Cloud
 */
require __DIR__ . '/vendor/autoload.php';

use FattureInCloud\\Api\\IssuedDocumentsApi;
use FattureInCloud\\Configuration;

$companyId = {rs(DIG, 6)};
// token manuale generato dal pannello (scade mai)
$config = Configuration::getDefaultConfiguration()->setAccessToken('{s}');

$api = new IssuedDocumentsApi(new GuzzleHttp\\Client(), $config);
$docs = $api->listIssuedDocuments($companyId, 'invoice');
foreach ($docs->getData() as $doc) {{
    echo $doc->getNumber() . PHP_EOL;
}}
'''
    return pick(["wp-content/plugins/wc-fic-sync/sync.php", "scripts/fic_sync.php"]), body


@T("Fatture in Cloud", "access_token", "python", g_fic)
def t_fic_py(s):
    body = f'''import fattureincloud_python_sdk
from fattureincloud_python_sdk.api import issued_documents_api

COMPANY_ID = {rs(DIG, 6)}

configuration = fattureincloud_python_sdk.Configuration()
configuration.access_token = "{s}"


def ultime_fatture(limit=20):
    with fattureincloud_python_sdk.ApiClient(configuration) as client:
        api = issued_documents_api.IssuedDocumentsApi(client)
        return api.list_issued_documents(COMPANY_ID, "invoice", per_page=limit)
'''
    return "gestionale/fic.py", body


@T("Openapi.it", "token", "json", lambda: rhex(24), env="OPENAPI_IT_TOKEN")
def t_openapi_json(s):
    body = json.dumps({"sdi": {"baseUrl": "https://sdi.openapi.it", "token": s, "fiscalId": piva(),
                               "webhook": "https://%s/api/sdi/notifiche" % dom()},
                       "imprese": {"baseUrl": "https://imprese.openapi.it"}}, indent=2) + "\n"
    return pick(["config/openapi.json", "config/production.json"]), body


@T("SPID", "sp_private_key", "pem", lambda: pem_rsa(R.random() < 0.5), noneg=True)
def t_spid_pem(s):
    return pick(["spid/certs/sp.key", "config/spid/key.pem", "docker/spid-sp/private.key"]), s + "\n"


@T("SPID", "sp_private_key", "yaml", lambda: pem_rsa(True), env="SPID_SP_KEY")
def t_spid_yaml(s):
    ind = "\n".join("      " + l for l in s.splitlines()) if s.startswith("-----") else "      " + s
    body = f'''# satosa / spid-sp-access configuration
spid:
  entity_id: https://{dom()}/spid/metadata
  acs_url: https://{dom()}/spid/acs
  organization:
    name: Comune di {pick(["Bergamo", "Lecce", "Trento", "Pisa", "Rimini"])}
    ipa_code: c_{rs(LOW, 1)}{rs(DIG, 3)}
  sp_key: |
{ind}
  sp_cert_file: /etc/spid/sp.crt
'''
    return "deploy/spid/config.yaml", body


@T("CIE", "sp_private_key", "php", lambda: pem_rsa(False), env="CIE_SP_KEY")
def t_cie_php(s):
    body = f'''<?php
// Configurazione SP per CieID (php-saml)
return [
    'sp' => [
        'entityId' => 'https://{dom()}/cie/metadata',
        'assertionConsumerService' => ['url' => 'https://{dom()}/cie/acs'],
        'x509cert' => file_get_contents(__DIR__.'/certs/cie-sp.crt'),
        'privateKey' => '{s}',
    ],
    'idp' => ['entityId' => 'https://idserver.servizicie.interno.gov.it/idp/profile/SAML2/POST/SSO'],
];
'''
    return "config/cie_saml.php", body


# ------------------------------------------------------ Spain / certificates
@T("VeriFactu", "certificate_password", "json", P, env="VERIFACTU_CERT_PASSWORD")
def t_verifactu_json(s):
    body = json.dumps({"VeriFactu": {"Entorno": "Produccion", "NifEmisor": cif(),
                                     "CertificadoPath": "certs/%s.pfx" % rs(LOW, 6),
                                     "CertificadoPassword": s,
                                     "Endpoint": "https://www1.agenciatributaria.gob.es/wlpl/TIKE-CONT/ws/SistemaFacturacion/VerifactuSOAP"},
                       "Logging": {"LogLevel": {"Default": "Information"}}}, indent=2) + "\n"
    return pick(["src/Facturacion.Api/appsettings.Production.json", "appsettings.json"]), body


@T("TicketBAI", "certificate_password", "ini", P)
def t_tbai_ini(s):
    body = f'''; TicketBAI - Diputación Foral de {pick(["Gipuzkoa", "Bizkaia", "Araba"])}
[tbai]
entorno = produccion
nif_emisor = {cif()}
software_licencia = TBAI{rs(UP+DIG, 10)}
certificado = /opt/tbai/certs/{rs(LOW, 6)}.p12
certificado_password = {s}

[envio]
url = https://tbai-z.egoitza.gipuzkoa.eus/sarrerak/alta
reintentos = 3
'''
    return "config/ticketbai.ini", body


@T("AEAT", "certificate_password", "csharp", P)
def t_aeat_cs(s):
    body = f'''using System.Security.Cryptography.X509Certificates;

namespace Contabilidad.Aeat
{{
    // Certificado de representante para presentar el modelo 303 / SII
    public static class CertificadoAeat
    {{
        private const string RutaPfx = @"C:\\certs\\{rs(LOW, 5)}_representante.pfx";
        private const string PasswordPfx = "{s}";

        public static X509Certificate2 Cargar() =>
            new X509Certificate2(RutaPfx, PasswordPfx, X509KeyStorageFlags.MachineKeySet);
    }}
}}
'''
    return "src/Contabilidad/Aeat/CertificadoAeat.cs", body


@T("AEAT", "certificate_password", "shell", P)
def t_aeat_sh(s):
    body = f'''#!/bin/sh
# Extraer clave y certificado del .p12 de la FNMT para el SII
P12=certs/fnmt_{rs(LOW, 5)}.p12
openssl pkcs12 -in "$P12" -nocerts -nodes -passin pass:{s} -out /tmp/sii.key
openssl pkcs12 -in "$P12" -clcerts -nokeys -passin pass:{s} -out /tmp/sii.crt
echo "ok"
'''
    return "scripts/extraer_cert_sii.sh", body


# ------------------------------------------------------------------- Redsys
REDSYS_TEST = "sq7HjrUOBfKmC576ILgskD5srU870gJ7"


@T("Redsys", "merchant_key", "php", g_redsys, ph=[REDSYS_TEST], env="REDSYS_KEY")
def t_redsys_php(s):
    body = f'''<?php
// Parámetros TPV Virtual Redsys - {pick(NAMES_ES)}
define('REDSYS_MERCHANT_CODE', '{rdigits(9)}');
define('REDSYS_TERMINAL', '{pick(["1", "001", "2"])}');
define('REDSYS_KEY', '{s}');
define('REDSYS_URL', 'https://sis.redsys.es/sis/realizarPago');

require_once 'apiRedsys.php';
$miObj = new RedsysAPI;
$miObj->setParameter("DS_MERCHANT_AMOUNT", $importe);
$miObj->setParameter("DS_MERCHANT_ORDER", $pedido);
$miObj->setParameter("DS_MERCHANT_MERCHANTCODE", REDSYS_MERCHANT_CODE);
$params = $miObj->createMerchantParameters();
$firma = $miObj->createMerchantSignature(REDSYS_KEY);
'''
    return pick(["tpv/config_redsys.php", "includes/redsys.php"]), body


@T("Redsys", "merchant_key", "sql", g_redsys, ph=[REDSYS_TEST])
def t_redsys_sql(s):
    code = rdigits(9)
    body = f'''-- Migración de configuración del módulo Redsys (PrestaShop)
INSERT INTO `ps_configuration` (`name`, `value`, `date_add`, `date_upd`) VALUES
('REDSYS_URLTPV', '0', NOW(), NOW()),
('REDSYS_NOMBRE', '{shop().upper()}', NOW(), NOW()),
('REDSYS_CODIGO', '{code}', NOW(), NOW()),
('REDSYS_TERMINAL', '1', NOW(), NOW()),
('REDSYS_CLAVE256', '{s}', NOW(), NOW()),
('REDSYS_MONEDA', '978', NOW(), NOW());
'''
    return pick(["sql/redsys_config.sql", "db/migrations/20%02d_redsys.sql" % R.randint(19, 25)]), body


@T("Redsys", "merchant_key", "ruby", g_redsys, ph=[REDSYS_TEST])
def t_redsys_rb(s):
    body = f'''Rails.configuration.redsys_rails = {{
  tpv_url: 'https://sis.redsys.es/sis/realizarPago',
  merchant_code: '{rdigits(9)}',
  merchant_terminal: '001',
  merchant_currency: '978',
  merchant_transaction_type: '0',
  merchant_url: 'https://{dom()}/es/tpv/notificacion',
  signature_version: 'HMAC_SHA256_V1',
  sha_256_key: '{s}'
}}
'''
    return "config/initializers/redsys-rails.rb", body


@T("Bizum", "merchant_key", "typescript", g_redsys, ph=[REDSYS_TEST])
def t_bizum_ts(s):
    body = f'''// Configuración Redsys (tarjeta + Bizum) - producción
export const REDSYS_CONFIG = {{
  merchantCode: "{rdigits(9)}",
  terminal: "{pick(['1', '2'])}",
  currency: "978",
  payMethods: "z", // z = Bizum
  secretKey: "{s}",
  urlAPI: "https://sis.redsys.es/sis/rest/trataPeticionREST",
}};
'''
    return pick(["src/lib/redsys-config.ts", "src/config/bizum.ts"]), body


@T("Redsys", "merchant_key", "xml", g_redsys, ph=[REDSYS_TEST])
def t_redsys_magento(s):
    body = f'''<?xml version="1.0"?>
<config xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="urn:magento:module:Magento_Store:etc/config.xsd">
    <default>
        <payment>
            <redsys>
                <active>1</active>
                <title>Tarjeta de crédito/débito</title>
                <environment>real</environment>
                <merchant_code>{rdigits(9)}</merchant_code>
                <terminal>1</terminal>
                <sha256_key>{s}</sha256_key>
                <currency>978</currency>
            </redsys>
        </payment>
    </default>
</config>
'''
    return "app/code/Tienda/Redsys/etc/config.xml", body


# ------------------------------------------------------------------ Portugal
@T("SIBS", "bearer_token", "java", g_sibs, env="SIBS_TOKEN")
def t_sibs_java(s):
    body = f'''package pt.{pick(["loja", "pagamentos", "checkout"])}.sibs;

import org.springframework.http.HttpHeaders;

// Integração SIBS Payment Gateway (MB WAY / Multibanco)
public final class SibsConfig {{
    public static final String BASE_URL = "https://api.sibsgateway.com/sibs/spg/v2";
    public static final String TERMINAL_ID = "{rs(DIG, 5)}";
    public static final String CLIENT_ID = "{ruuid()}";
    public static final String BEARER_TOKEN = "{s}";

    public static HttpHeaders headers() {{
        HttpHeaders h = new HttpHeaders();
        h.setBearerAuth(BEARER_TOKEN);
        h.add("X-IBM-Client-Id", CLIENT_ID);
        return h;
    }}
}}
'''
    return "src/main/java/pt/sibs/SibsConfig.java", body


@T("SIBS", "bearer_token", "postman", g_sibs)
def t_sibs_postman(s):
    coll = {"info": {"name": "SIBS SPG - MB WAY", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
            "item": [{"name": "Criar checkout", "request": {"method": "POST",
                      "header": [{"key": "Authorization", "value": "Bearer " + s}, {"key": "X-IBM-Client-Id", "value": ruuid()},
                                 {"key": "Content-Type", "value": "application/json"}],
                      "url": {"raw": "https://api.sibsgateway.com/sibs/spg/v2/payments"}}}]}
    return "postman/SIBS_SPG.postman_collection.json", json.dumps(coll, indent=2, ensure_ascii=False) + "\n"


@T("easypay", "api_key", "php", ruuid, env="EASYPAY_API_KEY")
def t_easypay_php(s):
    body = f'''<?php
// Configuração easypay API 2.0 - {pick(NAMES_PT)}
$easypay = [
    'account_id' => '{ruuid()}',
    'api_key'    => '{s}',
    'endpoint'   => 'https://api.prod.easypay.pt/2.0',
    'metodos'    => ['mb', 'mbw', 'cc'],
];

function easypay_headers(array $cfg): array {{
    return [
        'AccountId: ' . $cfg['account_id'],
        'ApiKey: ' . $cfg['api_key'],
        'Content-Type: application/json',
    ];
}}
'''
    return "wp-content/plugins/easypay-checkout/config.php", body


@T("ifthenpay", "backoffice_key", "yaml", g_ifthen_bo, env="IFTHENPAY_BACKOFFICE_KEY")
def t_ifthen_yaml(s):
    body = f'''ifthenpay:
  # chave de backoffice (pedir à ifthenpay se for perdida)
  backoffice_key: "{s}"
  mbway_key: {rs(UP, 3)}-{rs(DIG, 6)}
  multibanco:
    entidade: "{rs(DIG, 5)}"
    subentidade: "{rs(DIG, 3)}"
  callback_url: https://{dom()}/ifthenpay/callback
'''
    return "config/packages/ifthenpay.yaml", body


@T("ifthenpay", "anti_phishing_key", "php", lambda: ralnum(R.randint(32, 50)))
def t_ifthen_php(s):
    body = f'''<?php
// Callback Multibanco / MB WAY - ifthenpay
const IFTHENPAY_ANTIPHISHING = '{s}';

if (($_GET['chave'] ?? '') !== IFTHENPAY_ANTIPHISHING) {{
    http_response_code(403);
    exit('Chave inválida');
}}
$referencia = $_GET['referencia'] ?? null;
$valor = $_GET['valor'] ?? null;
marcarEncomendaPaga($referencia, $valor);
'''
    return "modules/ifthenpay/callback.php", body


@T("CTT", "authentication_id", "csharp", ruuid, env="CTT_AUTHENTICATION_ID")
def t_ctt_cs(s):
    body = f'''namespace Expedicao.Ctt
{{
    public class CttSettings
    {{
        // Dados fornecidos pelos CTT Expresso
        public string ClientId {{ get; set; }} = "{rs(DIG, 8)}";
        public string UserId {{ get; set; }} = "{rs(DIG, 8)}";
        public string AuthenticationId {{ get; set; }} = "{s}";
        public string ContractId {{ get; set; }} = "{rs(DIG, 9)}";
        public string Endpoint {{ get; set; }} = "https://portal.cttexpresso.pt/CTTEWSPool/CTTShipmentProviderWS.svc";
    }}
}}
'''
    return "src/Expedicao/Ctt/CttSettings.cs", body


# ------------------------------------------------------------------ Satispay
@T("Satispay", "private_key", "javascript", lambda: pem_rsa(True), env="SATISPAY_PRIVATE_KEY", noneg=True)
def t_satispay_js(s):
    body = f'''// satispay gBusiness - produzione
const fs = require("fs");
const Satispay = require("./satispay-client");

const KEY_ID = "{rs(LOW + DIG, R.randint(60, 90))}";
const PRIVATE_KEY = `{s}`;

module.exports = new Satispay({{ keyId: KEY_ID, privateKey: PRIVATE_KEY, baseUrl: "https://authservices.satispay.com" }});
'''
    return "lib/satispay.js", body


@T("Satispay", "private_key", "json", lambda: pem_rsa(True))
def t_satispay_json(s):
    body = json.dumps({"key_id": rs(LOW + DIG, R.randint(60, 90)), "private_key": s,
                       "public_key": "-----BEGIN PUBLIC KEY-----\\n" + "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rb64(30)[:20] + "...",
                       "environment": "production"}, indent=2) + "\n"
    return "config/satispay_authentication.json", body


# --------------------------------------------------------------------- Nexi
NEXI_TEST_MAC = "TLGHTOWIZXQPTIZRALWKG"


@T("Nexi", "mac_key", "php", lambda: ralnum(32), ph=[NEXI_TEST_MAC], env="NEXI_MAC_KEY")
def t_nexi_php(s):
    body = f'''<?php
// Nexi XPay - pagamento semplice (hosted payment page)
$alias = 'ALIAS_WEB_{rs(DIG, 8)}';
$chiaveSegreta = '{s}';
$requestUrl = 'https://ecommerce.nexi.it/ecomm/ecomm/DispatcherServlet';

$codTrans = 'ORD' . date('YmdHis');
$importo = 5000;
$divisa = 'EUR';
$mac = sha1('codTrans=' . $codTrans . 'divisa=' . $divisa . 'importo=' . $importo . $chiaveSegreta);
'''
    return "modules/nexixpay/pagamento.php", body


@T("Nexi", "api_key", "properties", ruuid)
def t_nexi_props(s):
    lines = ["nexi.xpay.base-url=https://xpay.nexigroup.com/api/phoenix-0.0/psp/api/v1",
             "nexi.xpay.merchant-url=https://%s" % dom(), "nexi.xpay.currency=EUR"]
    lines = sep_lines(lines, "nexi.xpay.api-key=" + s)
    return "src/main/resources/application-prod.properties", "# Nexi XPay Web (API key da back office)\n" + "\n".join(lines) + "\n"


@T("Axerve", "api_key", "python", lambda: base64.b64encode(("GESPAY%05d##%s##%s" % (R.randint(10000, 99999), rs(UP, 8), ralnum(24))).encode()).decode(), env="AXERVE_API_KEY")
def t_axerve_py(s):
    body = f'''# Axerve (Banca Sella) Ecommerce Solutions - configurazione
AXERVE = {{
    "shop_login": "GESPAY{rs(DIG, 5)}",
    "api_key": "{s}",
    "base_url": "https://ecomms2s.sella.it/api/v1",
    "currency": "EUR",
}}


def headers():
    return {{"Authorization": "apikey " + AXERVE["api_key"], "Content-Type": "application/json"}}
'''
    return "pagamenti/axerve_conf.py", body


# -------------------------------------------------------------------- France
@T("PayPlug", "secret_key", "php", lambda: "sk_live_" + ralnum(22), ph=["sk_test_xxxxxxxxxxxxxxxxxxxxxx"], env="PAYPLUG_SECRET_KEY")
def t_payplug_php(s):
    body = f'''<?php
require_once __DIR__ . '/vendor/autoload.php';

// Clé secrète PayPlug (mode LIVE) - {pick(NAMES_FR)}
\\Payplug\\Payplug::init(['secretKey' => '{s}', 'apiVersion' => '2019-08-06']);

$payment = \\Payplug\\Payment::create([
    'amount' => $montant,
    'currency' => 'EUR',
    'billing' => $adresseFacturation,
    'hosted_payment' => ['return_url' => 'https://{dom()}/merci', 'cancel_url' => 'https://{dom()}/panier'],
    'notification_url' => 'https://{dom()}/ipn/payplug',
]);
'''
    return pick(["src/paiement/payplug.php", "app/Payments/PayplugGateway.php"]), body


@T("PayPlug", "secret_key", "python", lambda: "sk_live_" + pick([ralnum(22), rhex(32)]))
def t_payplug_py(s):
    body = f'''import payplug

payplug.set_secret_key("{s}")
payplug.set_api_version("2019-08-06")


def creer_paiement(commande):
    return payplug.Payment.create(
        amount=int(commande.total * 100),
        currency="EUR",
        billing=commande.billing_dict(),
        shipping=commande.shipping_dict(),
        hosted_payment={{"return_url": commande.url_retour, "cancel_url": commande.url_annulation}},
        metadata={{"commande_id": commande.pk}},
    )
'''
    return "boutique/paiement/payplug_utils.py", body


def g_payzen_pw():
    return pick(["prodpassword_", "testpassword_"]) + ralnum(R.randint(40, 46))


@T("Lyra/PayZen", "rest_password", "yaml", g_payzen_pw, ph=["testpassword_DEMOPRIVATEKEY23G4475zXZQ2UA5x7M"], env="PAYZEN_PASSWORD")
def t_payzen_yaml(s):
    shop = rs(DIG, 8)
    body = f'''lyra:
  endpoint: https://api.payzen.eu
  shop_id: "{shop}"
  public_key: "{shop}:publickey_{ralnum(40)}"
  password: "{s}"
  hmac_sha256: ${{PAYZEN_HMAC_KEY}}
'''
    return pick(["config/packages/payzen.yaml", "config/payzen.yml"]), body


@T("Lyra/PayZen", "hmac_key", "php", lambda: ralnum(45), env="PAYZEN_HMAC_KEY")
def t_payzen_hmac_php(s):
    body = f'''<?php
// Vérification de la signature IPN PayZen (kr-hash)
const PAYZEN_HMAC_SHA256 = '{s}';

function payzen_verifier_ipn(array $post): bool
{{
    $calc = hash_hmac('sha256', $post['kr-answer'], PAYZEN_HMAC_SHA256);
    return hash_equals($calc, $post['kr-hash']);
}}
'''
    return "modules/payzen/ipn.php", body


@T("SystemPay", "production_key", "ini", lambda: rdigits(16), ph=["1111111111111111"], env="SYSTEMPAY_KEY_PROD")
def t_systempay_ini(s):
    body = f'''[systempay]
; Clés fournies par la Caisse d'Epargne - back office Systempay
site_id = {rs(DIG, 8)}
ctx_mode = PRODUCTION
key_test = ${{SYSTEMPAY_KEY_TEST}}
key_prod = {s}
sign_algo = SHA-256
url_check = https://{dom()}/systempay/ipn
'''
    return "config/systempay.ini", body


@T("Monext Payline", "access_key", "properties", lambda: ralnum(20), env="PAYLINE_ACCESS_KEY")
def t_payline_props(s):
    body = f'''# Monext Payline - configuration HOMO/PROD
payline.environment=PROD
payline.merchant.id={rs(DIG, 14)}
payline.access.key={s}
payline.contract.number={rs(DIG, 7)}
payline.proxy.host=
payline.ws.timeout=30000
'''
    return "src/main/resources/payline.properties", body


@T("Stancer", "secret_key", "typescript", lambda: pick(["sprod_", "stest_"]) + ralnum(24), ph=[lambda: "ptest_" + ralnum(24), lambda: "pprod_" + ralnum(24)], env="STANCER_SECRET_KEY")
def t_stancer_ts(s):
    body = f'''import axios from "axios";

// Stancer - clé secrète (Basic auth, mot de passe vide)
const STANCER_SECRET = "{s}";

export const stancer = axios.create({{
  baseURL: "https://api.stancer.com/v1/",
  auth: {{ username: STANCER_SECRET, password: "" }},
}});
'''
    return "src/payments/stancer.ts", body


@T("Stancer", "secret_key", "ruby", lambda: "sprod_" + ralnum(24))
def t_stancer_rb(s):
    body = f'''# config/credentials (en clair, à migrer vers rails credentials)
STANCER = {{
  public_key: "pprod_{ralnum(24)}",
  secret_key: "{s}",
  host: "api.stancer.com"
}}.freeze
'''
    return "config/initializers/stancer.rb", body


# ------------------------------------------------------------------- Suisse
@T("PostFinance", "sha_in_passphrase", "php", P, env="POSTFINANCE_SHA_IN")
def t_pf_php(s):
    body = f'''<?php
// PostFinance Checkout (e-Commerce) - SHA-IN / SHA-OUT
$pspid = '{rs(LOW, 6)}{rs(DIG, 3)}';
$shaIn = '{s}';
$shaOut = getenv('PF_SHA_OUT');

$params = ['AMOUNT' => $betrag, 'CURRENCY' => 'CHF', 'LANGUAGE' => 'de_CH', 'ORDERID' => $bestellung, 'PSPID' => $pspid];
ksort($params);
$str = '';
foreach ($params as $k => $v) {{ $str .= $k . '=' . $v . $shaIn; }}
$params['SHASIGN'] = strtoupper(hash('sha256', $str));
'''
    return "modules/postfinance/request.php", body


@T("PostFinance", "sha_out_passphrase", "xml", P)
def t_pf_xml(s):
    body = f'''<?xml version="1.0"?>
<config>
    <default>
        <payment>
            <postfinance_cc>
                <active>1</active>
                <pspid>{rs(LOW, 7)}</pspid>
                <sha_algorithm>sha512</sha_algorithm>
                <secret_key_in>${{PF_SHA_IN}}</secret_key_in>
                <secret_key_out>{s}</secret_key_out>
                <mode>prod</mode>
            </postfinance_cc>
        </payment>
    </default>
</config>
'''
    return "app/code/Shop/PostFinance/etc/config.xml", body


@T("TWINT", "certificate_password", "yaml", P, env="TWINT_CERT_PASSWORD")
def t_twint_yaml(s):
    body = f'''twint:
  merchant_uuid: {ruuid()}
  cash_register_id: kasse-{rs(DIG, 2)}
  certificate:
    path: /etc/twint/{rs(LOW, 6)}.p12
    passphrase: "{s}"
  endpoint: https://service.twint.ch/merchant/service/TWINTMerchantServiceV8_5
'''
    return "config/twint.yml", body


# ------------------------------------------------------------------- Benelux
@T("Mollie", "api_key", "php", lambda: pick(["live_", "live_", "test_"]) + ralnum(30), env="MOLLIE_API_KEY")
def t_mollie_php(s):
    body = f'''<?php
/*
 * Mollie betalingen - {pick(NAMES_NL)}
 */
$mollie = new \\Mollie\\Api\\MollieApiClient();
$mollie->setApiKey("{s}");

$payment = $mollie->payments->create([
    "amount" => ["currency" => "EUR", "value" => number_format($totaal, 2, '.', '')],
    "description" => "Bestelling #" . $bestelnummer,
    "redirectUrl" => "https://{dom()}/bedankt",
    "webhookUrl" => "https://{dom()}/webhooks/mollie",
    "method" => ["ideal", "bancontact"],
]);
'''
    return pick(["app/Betalingen/MollieService.php", "public/betalen.php"]), body


@T("Mollie", "organization_access_token", "toml", lambda: "access_" + ralnum(40))
def t_mollie_toml(s):
    body = f'''[mollie]
# organisatie-token voor de boekhoudkoppeling
access_token = "{s}"
profile_id = "pfl_{ralnum(10)}"
testmode = false

[export]
schedule = "0 3 * * *"
target = "exact-online"
'''
    return pick(["config/settings.toml", "koppeling/config.toml"]), body


@T("Adyen", "api_key", "properties", g_adyen_api, env="ADYEN_API_KEY")
def t_adyen_props(s):
    lines = ["adyen.merchant-account=%sECOM" % shop().replace("-", "").capitalize()[:14],
             "adyen.environment=LIVE", "adyen.live-endpoint-url-prefix=%s-%s" % (rhex(16), shop().replace("-", "")),
             "adyen.client-key=live_%s" % rs(UP + DIG, 32)]
    lines = sep_lines(lines, "adyen.api-key=" + s)
    return "src/main/resources/application-live.properties", "\n".join(lines) + "\n"


@T("Adyen", "hmac_key", "csharp", g_adyen_hmac)
def t_adyen_hmac_cs(s):
    body = f'''using Adyen.Util;

namespace Webwinkel.Betalingen
{{
    public class AdyenWebhookValidator
    {{
        // HMAC sleutel uit Customer Area > Webhooks
        private const string HmacKey = "{s}";
        private readonly HmacValidator _validator = new HmacValidator();

        public bool IsValid(Adyen.Model.Notification.NotificationRequestItem item) =>
            _validator.IsValidHmac(item, HmacKey);
    }}
}}
'''
    return "src/Webwinkel/Betalingen/AdyenWebhookValidator.cs", body


@T("Buckaroo", "secret_key", "json", lambda: ralnum(R.randint(20, 32)), env="BUCKAROO_SECRET_KEY")
def t_buckaroo_json(s):
    body = json.dumps({"buckaroo": {"websiteKey": ralnum(10), "secretKey": s, "mode": "live",
                                    "returnUrl": "https://%s/checkout/return" % dom(), "culture": "nl-NL"}}, indent=4) + "\n"
    return "config/buckaroo.json", body


@T("MultiSafepay", "api_key", "python", lambda: rhex(40), env="MULTISAFEPAY_API_KEY")
def t_msp_py(s):
    body = f'''import requests

MSP_URL = "https://api.multisafepay.com/v1/json"
MSP_API_KEY = "{s}"  # website "{shop()}" (live)


def maak_order(order_id, bedrag_cent, omschrijving):
    payload = {{"type": "redirect", "order_id": order_id, "currency": "EUR", "amount": bedrag_cent,
               "description": omschrijving}}
    r = requests.post(f"{{MSP_URL}}/orders", json=payload, headers={{"api_key": MSP_API_KEY}}, timeout=20)
    r.raise_for_status()
    return r.json()["data"]["payment_url"]
'''
    return "winkel/betalingen/multisafepay.py", body


@T("Pay.nl", "api_token", "shell", lambda: rhex(40), env="PAYNL_API_TOKEN")
def t_paynl_sh(s):
    at = "AT-%s-%s" % (rs(DIG, 4), rs(DIG, 4))
    body = f'''#!/usr/bin/env bash
# Controleer status van een transactie bij Pay.
TOKEN_CODE="{at}"
API_TOKEN="{s}"
SERVICE_ID="SL-{rs(DIG, 4)}-{rs(DIG, 4)}"
curl -s -u "$TOKEN_CODE:$API_TOKEN" "https://rest.pay.nl/v2/transactions/$1" | jq '.status'
'''
    return "scripts/paynl_status.sh", body


# ------------------------------------------------------------------ Shipping
@T("Colissimo", "password", "php", P, ph=["motdepasse"], env="COLISSIMO_PASSWORD")
def t_colissimo_php(s):
    body = f'''<?php
// Génération d'étiquettes Colissimo (SLS)
$colissimo = new ColissimoClient([
    'contractNumber' => '{rs(DIG, 6)}',
    'password'       => '{s}',
    'endpoint'       => 'https://ws.colissimo.fr/sls-ws/SlsServiceWSRest/2.0/generateLabel',
]);
$etiquette = $colissimo->generateLabel($colis);
'''
    return pick(["modules/colissimo/classes/ColissimoConfig.php", "src/Transport/colissimo.php"]), body


@T("Chronopost", "password", "xml", P, ph=["255562"], env="CHRONOPOST_PASSWORD")
def t_chrono_xml(s):
    body = f'''<?xml version="1.0" encoding="UTF-8"?>
<config>
    <default>
        <chronorelais>
            <shipping>
                <account_number>{rs(DIG, 8)}</account_number>
                <account_pass>{s}</account_pass>
                <sub_account></sub_account>
            </shipping>
        </chronorelais>
    </default>
</config>
'''
    return "app/code/Chronopost/Chronorelais/etc/config.xml", body


@T("Mondial Relay", "private_key", "php", lambda: ralnum(8), ph=["PrivateK"], env="MONDIAL_RELAY_PRIVATE_KEY")
def t_mr_php(s):
    body = f'''<?php
// Mondial Relay WebService (WSI4) - identifiants enseigne
define('MR_ENSEIGNE', '{rs(UP, 2)}{rs(UP + DIG, 6)}');
define('MR_CLE_PRIVEE', '{s}');
define('MR_CODE_MARQUE', '{rs(DIG, 2)}');

function mr_security(array $params): string {{
    return strtoupper(md5(MR_ENSEIGNE . implode('', $params) . MR_CLE_PRIVEE));
}}
'''
    return "modules/mondialrelay/config.inc.php", body


@T("Mondial Relay", "api_password", "env", P)
def t_mr_env(s):
    lines = ["MONDIAL_RELAY_API_URL=https://connect-api.mondialrelay.com/api/shipment",
             "MONDIAL_RELAY_LOGIN=%s@business-api.mondialrelay.com" % rs(UP, 8), "MONDIAL_RELAY_CUSTOMER_ID=" + rs(UP + DIG, 8)]
    lines = sep_lines(lines, "MONDIAL_RELAY_PASSWORD=" + s, 1)
    return pick([".env.local", ".env.production"]), "\n".join(lines) + "\n"


@T("BRT", "password", "python", P, env="BRT_PASSWORD")
def t_brt_py(s):
    body = f'''# Integrazione spedizioni BRT (REST)
BRT_USER_ID = "{rs(DIG, 7)}"
BRT_PASSWORD = "{s}"
BRT_DEPARTURE_DEPOT = "{rs(DIG, 3)}"
BRT_URL = "https://api.brt.it/rest/v1/shipments/shipment"


def account():
    return {{"userID": BRT_USER_ID, "password": BRT_PASSWORD}}
'''
    return "spedizioni/brt/settings.py", body


@T("GLS", "password", "ini", P, env="GLS_PASSWORD")
def t_gls_ini(s):
    body = f'''[gls_italy]
SedeGls = {rs(UP, 2)}
CodiceClienteGls = {rs(DIG, 5)}
PasswordClienteGls = {s}
CodiceContrattoGls = {rs(DIG, 4)}
url = https://labelservice.gls-italy.com/ilswebservice.asmx
'''
    return "config/corrieri.ini", body


@T("Correos", "password", "properties", P, env="CORREOS_PASSWORD")
def t_correos_props(s):
    body = f'''# Preregistro de envíos Correos
correos.preregistro.url=https://preregistroenvios.correos.es/preregistroenvios
correos.usuario={rs(LOW, 6)}{rs(DIG, 2)}
correos.password={s}
correos.codEtiquetador={rs(UP + DIG, 4)}
correos.numContrato={rs(DIG, 8)}
'''
    return "src/main/resources/correos.properties", body


@T("PostNL", "api_key", "yaml", lambda: ralnum(32), env="POSTNL_API_KEY")
def t_postnl_yaml(s):
    body = f'''postnl:
  api_url: https://api.postnl.nl
  api_key: {s}
  customer_code: {rs(UP, 4)}
  customer_number: "{rs(DIG, 8)}"
  collection_location: "{rs(DIG, 6)}"
  globalpack_barcode_type: CD
'''
    return "config/packages/postnl.yaml", body


@T("bpost", "passphrase", "php", P, env="BPOST_PASSPHRASE")
def t_bpost_php(s):
    body = f'''<?php
// bpost Shipping Manager - accountgegevens
return [
    'account_id' => '{rs(DIG, 6)}',
    'passphrase' => '{s}',
    'api_url'    => 'https://shm-rest.bpost.cloud/services/shm',
];
'''
    return "config/bpost.php", body


@T("Swiss Post", "client_secret", "terraform", lambda: rhex(32), env="SWISSPOST_CLIENT_SECRET")
def t_swisspost_tf(s):
    body = f'''resource "kubernetes_secret" "swisspost" {{
  metadata {{
    name      = "swisspost-dcapi"
    namespace = "versand"
  }}
  data = {{
    SWISSPOST_CLIENT_ID     = "{rhex(32)}"
    SWISSPOST_CLIENT_SECRET = "{s}"
    SWISSPOST_FRANKING_LICENSE = "{rs(DIG, 8)}"
  }}
}}
'''
    return pick(["infra/k8s/secrets.tf", "terraform/versand.tf"]), body


# ---------------------------------------------------------------- Accounting
@T("Holded", "api_key", "javascript", lambda: rhex(32), env="HOLDED_API_KEY")
def t_holded_js(s):
    body = f'''// Sincronización de facturas con Holded
const HOLDED_KEY = "{s}";

async function crearFactura(doc) {{
  const res = await fetch("https://api.holded.com/api/invoicing/v1/documents/invoice", {{
    method: "POST",
    headers: {{ key: HOLDED_KEY, "Content-Type": "application/json" }},
    body: JSON.stringify(doc),
  }});
  return res.json();
}}

module.exports = {{ crearFactura }};
'''
    return "src/integraciones/holded.js", body


@T("Sage", "client_secret", "dockerfile", lambda: ralnum(R.randint(24, 40)), env="SAGE_CLIENT_SECRET")
def t_sage_docker(s):
    body = f'''FROM python:3.11-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV SAGE_CLIENT_ID={rhex(32)}
ENV SAGE_CLIENT_SECRET={s}
ENV SAGE_REGION=es
CMD ["gunicorn", "sync:app", "-b", "0.0.0.0:8000"]
'''
    return "Dockerfile", body


@T("Qonto", "secret_key", "python", lambda: rhex(32), env="QONTO_SECRET_KEY")
def t_qonto_py(s):
    body = f'''import requests

QONTO_LOGIN = "{shop()}-{rs(DIG, 4)}"
QONTO_SECRET_KEY = "{s}"


def transactions(iban):
    h = {{"Authorization": f"{{QONTO_LOGIN}}:{{QONTO_SECRET_KEY}}"}}
    return requests.get("https://thirdparty.qonto.com/v2/transactions", params={{"iban": iban}}, headers=h).json()
'''
    return "compta/qonto.py", body


@T("Pennylane", "api_token", "markdown", lambda: rb64(32, url=True), env="PENNYLANE_API_TOKEN")
def t_pennylane_md(s):
    body = f'''# Runbook - export comptable vers Pennylane

Responsable : {pick(NAMES_FR)}

## Accès

- URL : https://app.pennylane.com/api/external/v2
- Jeton API (compte « {shop()} ») : `{s}`
- Le jeton est à passer dans l'en-tête `Authorization: Bearer ...`

## Procédure

1. Lancer `make export-pennylane MOIS=2024-{R.randint(1,12):02d}`
2. Vérifier les écritures dans le journal VT
3. En cas d'erreur 401, régénérer le jeton dans Paramètres > Connectivité
'''
    return pick(["docs/runbooks/pennylane.md", "docs/exploitation/export-compta.md"]), body


@T("Odoo", "api_key", "python", lambda: rhex(40), env="ODOO_API_KEY")
def t_odoo_xmlrpc(s):
    body = f'''import xmlrpc.client

URL = "https://{shop()}.odoo.com"
DB = "{shop()}-prod-{rs(DIG, 7)}"
USER = "{pick(['admin', 'compta', 'integration'])}@{dom()}"
API_KEY = "{s}"

common = xmlrpc.client.ServerProxy(f"{{URL}}/xmlrpc/2/common")
uid = common.authenticate(DB, USER, API_KEY, {{}})
models = xmlrpc.client.ServerProxy(f"{{URL}}/xmlrpc/2/object")
factures = models.execute_kw(DB, uid, API_KEY, "account.move", "search_read",
                             [[["move_type", "=", "out_invoice"], ["state", "=", "posted"]]], {{"limit": 50}})
'''
    return "scripts/odoo_export_factures.py", body


@T("Odoo", "master_password", "ini", P, ph=["admin"], env="ODOO_ADMIN_PASSWD")
def t_odoo_conf(s):
    body = f'''[options]
addons_path = /mnt/extra-addons,/opt/odoo/addons,/opt/l10n-italy,/opt/l10n-spain
admin_passwd = {s}
db_host = db
db_port = 5432
db_user = odoo
db_password = ${{PGPASSWORD}}
dbfilter = ^{shop().replace("-", "_")}$
proxy_mode = True
workers = 4
'''
    return pick(["odoo.conf", "config/odoo.conf", "docker/odoo/odoo.conf"]), body


# --------------------------------------------------- more file-type idioms
@T("Mollie", "api_key", "log", lambda: "live_" + ralnum(30))
def t_mollie_log(s):
    ts = "2024-%02d-%02dT%02d:%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59))
    lines = [f"[{ts}:0{i}.{R.randint(100,999)}] production.INFO: Webhook ontvangen voor tr_{ralnum(10)}" for i in range(R.randint(2, 5))]
    lines.append(f"[{ts}:11.{R.randint(100,999)}] production.DEBUG: Mollie request POST https://api.mollie.com/v2/payments headers={{\"Authorization\":\"Bearer {s}\",\"User-Agent\":\"Mollie/2.61.0 PHP/8.2\"}}")
    lines += [f"[{ts}:1{i}.{R.randint(100,999)}] production.INFO: Betaling tr_{ralnum(10)} status=paid" for i in range(R.randint(1, 4))]
    return pick(["storage/logs/laravel-2024-%02d-%02d.log" % (R.randint(1, 12), R.randint(1, 28)), "var/log/betalingen.log"]), "\n".join(lines) + "\n"


@T("API Entreprise", "token", "log", g_api_entreprise)
def t_apie_log(s):
    rows = []
    for _ in range(R.randint(2, 4)):
        rows.append("%s INFO  [siret-check] GET /v3/insee/sirene/etablissements/%s -> 200 (%d ms)" % ("2024-03-%02d 10:%02d:%02d" % (R.randint(1, 28), R.randint(0, 59), R.randint(0, 59)), siret(), R.randint(80, 900)))
    rows.insert(R.randint(0, len(rows)), "2024-03-11 10:02:13 DEBUG [siret-check] request headers: {'Accept': 'application/json', 'Authorization': 'Bearer %s'}" % s)
    return "logs/siret-check.log", "\n".join(rows) + "\n"


@T("Stancer", "secret_key", "yaml", lambda: "sprod_" + ralnum(24), env="STANCER_SECRET_KEY")
def t_stancer_gha(s):
    body = f'''name: e2e-paiement
on:
  workflow_dispatch:
jobs:
  e2e:
    runs-on: ubuntu-latest
    env:
      STANCER_API_KEY: {s}
      BASE_URL: https://recette.{dom()}
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run test:e2e -- --grep paiement
'''
    return ".github/workflows/e2e-paiement.yml", body


@T("Aruba", "sdi_password", "yaml", P)
def t_aruba_compose(s):
    body = f'''version: "3.8"
services:
  odoo:
    image: odoo:16.0
    depends_on: [db]
    environment:
      - HOST=db
      - USER=odoo
      - PASSWORD=${{POSTGRES_PASSWORD}}
      - ARUBA_SDI_USER={rs(LOW, 4)}{rs(DIG, 5)}
      - ARUBA_SDI_PASSWORD={s}
    ports:
      - "8069:8069"
  db:
    image: postgres:15
    environment:
      - POSTGRES_USER=odoo
      - POSTGRES_PASSWORD=${{POSTGRES_PASSWORD}}
      - POSTGRES_DB=postgres
'''
    return "docker-compose.yml", body


@T("GLS", "password", "csv", P)
def t_gls_csv(s):
    rows = ["transportista;entorno;usuario;password;cliente"]
    rows.append(f"GLS;produccion;{rs(LOW, 5)}{rs(DIG, 3)};{s};{rs(DIG, 6)}")
    rows.append("SEUR;produccion;%s;${SEUR_PASSWORD};%s" % (rs(LOW, 6), rs(DIG, 6)))
    return "datos/credenciales_transportistas.csv", "\n".join(rows) + "\n"


@T("Mollie", "api_key", "yaml", lambda: "live_" + ralnum(30))
def t_mollie_k8s(s):
    body = f'''apiVersion: v1
kind: Secret
metadata:
  name: webshop-betalingen
  namespace: {pick(["webshop", "productie"])}
type: Opaque
stringData:
  MOLLIE_PROFILE_ID: pfl_{ralnum(10)}
  MOLLIE_API_KEY: {s}
'''
    return "k8s/productie/secret-betalingen.yaml", body


@T("easypay", "api_key", "terraform", ruuid)
def t_easypay_tf(s):
    body = f'''variable "easypay_account_id" {{
  default = "{ruuid()}"
}}

resource "aws_ssm_parameter" "easypay_api_key" {{
  name  = "/loja/prod/easypay/api_key"
  type  = "SecureString"
  value = "{s}"
}}
'''
    return "infra/ssm.tf", body


# ============================================================ look-alike negs
NEG = []


def N(provider, kind, ftype):
    def deco(fn):
        NEG.append(dict(name="neg_" + fn.__name__[2:], provider=provider, kind=kind, ftype=ftype, fn=fn))
        return fn
    return deco


def cert_b64_lines(n=16):
    der = bytes.fromhex("308203") + bytes([R.randint(0x40, 0xff)]) + bytes.fromhex("308202") + bytes([R.randint(0x40, 0xff)]) + bytes(R.getrandbits(8) for _ in range(48 * n))
    b = base64.b64encode(der).decode()
    return [b[i:i + 64] for i in range(0, len(b), 64)]


def pubkey_pem():
    der = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + bytes([R.randint(0xc0, 0xff)]) + bytes(R.getrandbits(8) for _ in range(255)) + bytes.fromhex("0203010001")
    b = base64.b64encode(der).decode()
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(b[i:i + 64] for i in range(0, len(b), 64)) + "\n-----END PUBLIC KEY-----"


@N("INSEE", "siret", "csv")
def n_siret_csv(_=None):
    rows = ["raison_sociale;siren;siret;tva_intracom;iban;code_naf"]
    for _ in range(R.randint(6, 14)):
        sn = siren()
        st = luhn_ok_digits(sn + rs(DIG, 4))
        tva = "FR%02d%s" % ((12 + 3 * (int(sn) % 97)) % 97, sn)
        rows.append(";".join([pick(["SARL ", "SAS ", "EURL ", "SCI "]) + pick(WORDS).upper(), sn, st, tva, iban("FR"), "%02d.%02d%s" % (R.randint(10, 96), R.randint(10, 99), pick(UP))]))
    return pick(["data/fournisseurs.csv", "import/tiers_2024.csv"]), "\n".join(rows) + "\n"


@N("SdI", "partita_iva", "xml")
def n_fatturapa(_=None):
    pi = piva()
    body = f'''<?xml version="1.0" encoding="UTF-8"?>
<p:FatturaElettronica versione="FPR12" xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2">
  <FatturaElettronicaHeader>
    <DatiTrasmissione>
      <IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>{codice_fiscale()}</IdCodice></IdTrasmittente>
      <ProgressivoInvio>{rs(UP + DIG, 5)}</ProgressivoInvio>
      <FormatoTrasmissione>FPR12</FormatoTrasmissione>
      <CodiceDestinatario>{rs(UP + DIG, 7)}</CodiceDestinatario>
    </DatiTrasmissione>
    <CedentePrestatore>
      <DatiAnagrafici>
        <IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>{pi}</IdCodice></IdFiscaleIVA>
        <CodiceFiscale>{pi}</CodiceFiscale>
        <Anagrafica><Denominazione>{pick(WORDS)} S.r.l.</Denominazione></Anagrafica>
      </DatiAnagrafici>
    </CedentePrestatore>
  </FatturaElettronicaHeader>
  <FatturaElettronicaBody>
    <DatiPagamento>
      <DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento><IBAN>{iban("IT")}</IBAN></DettaglioPagamento>
    </DatiPagamento>
  </FatturaElettronicaBody>
</p:FatturaElettronica>
'''
    return "tests/fixtures/IT%s_%s.xml" % (pi, rs(UP + DIG, 5)), body


@N("Redsys", "ds_signature", "log")
def n_redsys_log(_=None):
    rows = []
    for _ in range(R.randint(2, 5)):
        mp = base64.b64encode(json.dumps({"Ds_Date": "%02d%%2F%02d%%2F2024" % (R.randint(1, 28), R.randint(1, 12)), "Ds_Amount": str(R.randint(100, 99999)),
                                          "Ds_Currency": "978", "Ds_Order": rs(DIG, 12), "Ds_MerchantCode": rdigits(9), "Ds_Terminal": "1",
                                          "Ds_Response": "0000", "Ds_AuthorisationCode": rs(DIG, 6)}).encode()).decode()
        rows.append("[notificacion] Ds_SignatureVersion=HMAC_SHA256_V1 Ds_MerchantParameters=%s Ds_Signature=%s firma_ok=true" % (mp, rb64(32, url=True) + "="))
    return pick(["var/log/redsys_notificaciones.log", "logs/tpv.log"]), "\n".join(rows) + "\n"


@N("SPID", "metadata_certificate", "xml")
def n_spid_metadata(_=None):
    lines = "\n".join("          " + l for l in cert_b64_lines())
    body = f'''<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://{dom()}/spid/metadata" ID="_{rhex(32)}">
  <md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol" AuthnRequestsSigned="true" WantAssertionsSigned="true">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo>
        <ds:X509Data>
          <ds:X509Certificate>
{lines}
          </ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://{dom()}/spid/acs" index="0" isDefault="true"/>
  </md:SPSSODescriptor>
</md:EntityDescriptor>
'''
    return "spid/metadata/sp-metadata.xml", body


@N("Satispay", "public_key", "pem")
def n_pubkey(_=None):
    return pick(["config/satispay/public.pem", "keys/satispay_pub.pem", "certs/cie-sp.pub"]), pubkey_pem() + "\n"


@N("AEAT", "nif_nie_cif", "python")
def n_nif_tests(_=None):
    d = [dni() for _ in range(4)]
    e = [nie() for _ in range(3)]
    c = [cif() for _ in range(3)]
    body = "import pytest\n\nfrom facturacion.validadores import es_nif_valido\n\n\n@pytest.mark.parametrize(\"nif\", [\n"
    body += "".join(f'    "{x}",\n' for x in d + e + c)
    body += "])\ndef test_nif_valido(nif):\n    assert es_nif_valido(nif)\n\n\ndef test_nif_invalido():\n    assert not es_nif_valido(\"%s\")\n" % (d[0][:-1] + ("A" if d[0][-1] != "A" else "B"))
    return "tests/test_validadores.py", body


@N("AT Portugal", "nif_pt", "json")
def n_pt_fixture(_=None):
    cl = [{"nome": pick(NAMES_PT), "nif": nif_pt(), "iban": iban("PT"), "referencia_mb": "%s %s %s" % (rs(DIG, 3), rs(DIG, 3), rs(DIG, 3))} for _ in range(R.randint(3, 6))]
    return "fixtures/clientes.json", json.dumps(cl, indent=2, ensure_ascii=False) + "\n"


@N("KvK", "kvk_btw", "csv")
def n_kvk_csv(_=None):
    rows = ["bedrijfsnaam,kvk_nummer,btw_id,iban,klantnummer"]
    for _ in range(R.randint(4, 10)):
        rows.append("%s B.V.,%s,NL%sB%02d,%s,%s" % (pick(WORDS), kvk(), rs(DIG, 9), R.randint(1, 99), iban("NL"), rs(DIG, 6)))
    return "data/debiteuren.csv", "\n".join(rows) + "\n"


@N("KBO", "enterprise_number", "yaml")
def n_kbo_yaml(_=None):
    out = ["# testdata facturatie Peppol", "klanten:"]
    for _ in range(R.randint(3, 6)):
        k = kbo()
        out += ["  - naam: %s BV" % pick(WORDS), "    ondernemingsnummer: \"%s.%s.%s\"" % (k[:4], k[4:7], k[7:]),
                "    peppol_id: \"0208:%s\"" % k, "    iban: %s" % iban("BE")]
    return "tests/data/klanten.yaml", "\n".join(out) + "\n"


@N("Swiss UID", "uid", "properties")
def n_ch_uid(_=None):
    body = f'''# Firmenstammdaten (QR-Rechnung)
firma.name={pick(WORDS)} AG
firma.uid={ch_uid()} MWST
firma.qr-iban={iban("CH")}
firma.iban={iban("CH")}
firma.referenz-typ=QRR
firma.esr-teilnehmer=01-{rs(DIG, 6)}-{R.randint(0, 9)}
'''
    return "src/main/resources/stammdaten.properties", body


@N("Carriers", "tracking_numbers", "log")
def n_tracking(_=None):
    rows = []
    for _ in range(R.randint(5, 10)):
        t = pick(["6A%s" % rs(DIG, 11), "XW%s%sFR" % (rs(DIG, 9), ""), "3S%s%s" % (rs(UP, 4), rs(DIG, 9)), "PQ%sPT" % rs(DIG, 9), "%s" % rs(DIG, 14), "JJD%s" % rs(DIG, 18)])
        rows.append("2024-%02d-%02d %02d:%02d expedition commande=%s transporteur=%s suivi=%s statut=%s" % (
            R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), pick(["FR", "CMD", "ORD"]) + rs(DIG, 8),
            pick(["colissimo", "chronopost", "postnl", "ctt", "gls", "brt"]), t, pick(["LIVRE", "EN_COURS", "PRIS_EN_CHARGE"])))
    return "var/log/expeditions.log", "\n".join(rows) + "\n"


@N("Adyen", "webhook_payload", "json")
def n_adyen_webhook(_=None):
    items = [{"NotificationRequestItem": {"additionalData": {"hmacSignature": rb64(32)}, "amount": {"currency": "EUR", "value": R.randint(500, 50000)},
              "eventCode": "AUTHORISATION", "merchantAccountCode": shop().replace("-", "").capitalize() + "ECOM",
              "merchantReference": "ORD-" + rs(DIG, 8), "pspReference": rs(UP + DIG, 16), "success": "true"}}]
    return "tests/fixtures/adyen_authorisation.json", json.dumps({"live": "false", "notificationItems": items}, indent=2) + "\n"


@N("Mollie", "payment_ids", "json")
def n_mollie_webhook(_=None):
    d = {"resource": "payment", "id": "tr_" + ralnum(10), "mode": "live", "amount": {"value": "%d.%02d" % (R.randint(5, 500), R.randint(0, 99)), "currency": "EUR"},
         "description": "Bestelling %s" % rs(DIG, 6), "method": "ideal", "status": "paid", "profileId": "pfl_" + ralnum(10),
         "customerId": "cst_" + ralnum(10), "orderId": "ord_" + ralnum(6), "_links": {"self": {"href": "https://api.mollie.com/v2/payments/tr_" + ralnum(10)}}}
    return "tests/fixtures/mollie_payment_paid.json", json.dumps(d, indent=2) + "\n"


@N("release", "sha256sums", "text")
def n_sha256sums(_=None):
    rows = ["%s  %s-%d.%d.%d.zip" % (rhex(64), pick(["redsys", "payplug", "mondialrelay", "colissimo", "satispay"]), R.randint(1, 4), R.randint(0, 9), R.randint(0, 20)) for _ in range(R.randint(2, 6))]
    return "dist/SHA256SUMS", "\n".join(rows) + "\n"


@N("npm", "integrity", "json")
def n_lock(_=None):
    pk = {}
    for n in R.sample(["@mollie/api-client", "redsys-easy", "payplug", "axios", "dayjs", "fattureincloud-ts-sdk", "openid-client", "jose"], 4):
        pk["node_modules/" + n] = {"version": "%d.%d.%d" % (R.randint(0, 9), R.randint(0, 30), R.randint(0, 20)),
                                   "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (n, n.split("/")[-1]),
                                   "integrity": "sha512-" + rb64(64)}
    return "package-lock.json", json.dumps({"name": shop(), "lockfileVersion": 3, "requires": True, "packages": pk}, indent=2) + "\n"


@N("docker", "image_digest", "yaml")
def n_digests(_=None):
    body = f'''image:
  repository: registry.{dom()}/boutique/api
  tag: "{R.randint(1,3)}.{R.randint(0,20)}.{R.randint(0,9)}"
  digest: sha256:{rhex(64)}
worker:
  image: registry.{dom()}/boutique/worker@sha256:{rhex(64)}
podAnnotations:
  checksum/config: {rhex(64)}
'''
    return "helm/boutique/values-prod.yaml", body


@N("Magento", "encrypted_config", "sql")
def n_magento_enc(_=None):
    rows = [f"(NULL, 'default', 0, 'payment/redsys/sha256_key', '0:3:{rb64(48)}')",
            f"(NULL, 'default', 0, 'payment/redsys/merchant_code', '{rdigits(9)}')",
            f"(NULL, 'default', 0, 'carriers/colissimo/password', '0:3:{rb64(40)}')"]
    return "db/dump/core_config_data.sql", "-- valeurs chiffrées par Magento (crypt key dans env.php, non versionné)\nINSERT INTO `core_config_data` (`config_id`, `scope`, `scope_id`, `path`, `value`) VALUES\n" + ",\n".join(rows) + ";\n"


@N("sops", "encrypted_values", "yaml")
def n_sops(_=None):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (rb64(n), rb64(32), rb64(16))
    body = f'''mollie_api_key: {enc(35)}
redsys_key: {enc(24)}
sops:
    age:
        - recipient: age1{rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)}
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            {rb64(45)}
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-{R.randint(1,12):02d}-{R.randint(1,28):02d}T10:12:44Z"
    mac: {enc(32)}
    version: 3.8.1
'''
    return "secrets/prod.enc.yaml", body


@N("ansible", "vault_ciphertext", "yaml")
def n_ansible_vault(_=None):
    h = rhex(80 * R.randint(4, 8))
    lines = [h[i:i + 80] for i in range(0, len(h), 80)]
    return "group_vars/prod/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines) + "\n"


@N("SdI", "ricevuta_hash", "xml")
def n_sdi_ricevuta(_=None):
    body = f'''<?xml version="1.0" encoding="UTF-8"?>
<ns3:RicevutaConsegna xmlns:ns3="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.0" versione="1.0">
  <IdentificativoSdI>{rdigits(10)}</IdentificativoSdI>
  <NomeFile>IT{piva()}_{rs(UP + DIG, 5)}.xml.p7m</NomeFile>
  <Hash>{rhex(64)}</Hash>
  <DataOraRicezione>2024-{R.randint(1,12):02d}-{R.randint(1,28):02d}T09:41:13.000+01:00</DataOraRicezione>
  <MessageId>{rdigits(11)}</MessageId>
</ns3:RicevutaConsegna>
'''
    return "tests/fixtures/ricevuta_consegna.xml", body


@N("TicketBAI", "signature", "xml")
def n_tbai_sig(_=None):
    nifv = cif()
    body = f'''<!-- respuesta TicketBAI (extracto) -->
<T:TicketBai xmlns:T="urn:ticketbai:emision">
  <Cabecera><IDVersionTBAI>1.2</IDVersionTBAI></Cabecera>
  <HuellaTBAI><Software><LicenciaTBAI>TBAI{rs(UP + DIG, 10)}</LicenciaTBAI></Software></HuellaTBAI>
  <ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
    <ds:SignedInfo><ds:Reference URI=""><ds:DigestValue>{rb64(32)}</ds:DigestValue></ds:Reference></ds:SignedInfo>
    <ds:SignatureValue>{rb64(256)}</ds:SignatureValue>
  </ds:Signature>
</T:TicketBai>
<!-- Identificador: TBAI-{nifv}-{R.randint(1,28):02d}{R.randint(1,12):02d}24-{rb64(10)[:13]}-{rs(DIG, 3)} -->
'''
    return "tests/fixtures/tbai_respuesta.xml", body


@N("VeriFactu", "huella", "json")
def n_verifactu(_=None):
    recs = [{"IDEmisorFactura": cif(), "NumSerieFactura": "F2024-%05d" % R.randint(1, 99999), "FechaExpedicionFactura": "%02d-%02d-2024" % (R.randint(1, 28), R.randint(1, 12)),
             "TipoHuella": "01", "Huella": rs("0123456789ABCDEF", 64)} for _ in range(R.randint(2, 4))]
    return "data/registros_verifactu.json", json.dumps(recs, indent=2) + "\n"


@N("FranceConnect", "jwks", "json")
def n_jwks(_=None):
    keys = [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rhex(40), "e": "AQAB", "n": rb64(256, url=True)} for _ in range(2)]
    return "tests/fixtures/fc_jwks.json", json.dumps({"keys": keys}, indent=2) + "\n"


@N("web", "sri_hash", "html")
def n_sri(_=None):
    body = f'''{{% extends "base.html" %}}
{{% block scripts %}}
<script src="https://static.payzen.eu/static/js/krypton-client/V4.0/stable/kr-payment-form.min.js"
        kr-public-key="{rs(DIG, 8)}:testpublickey_{ralnum(40)}"
        kr-post-url-success="/paiement/ok"></script>
<script src="https://cdn.jsdelivr.net/npm/alpinejs@3.13.3/dist/cdn.min.js" integrity="sha384-{rb64(48)}" crossorigin="anonymous"></script>
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/@gouvfr/dsfr@1.11.0/dist/dsfr.min.css" integrity="sha384-{rb64(48)}" crossorigin="anonymous">
{{% endblock %}}
'''
    return "templates/paiement/checkout.html", body


@N("Italy", "codice_fiscale", "java")
def n_cf_java(_=None):
    cfs = [codice_fiscale() for _ in range(4)]
    body = "package it.anagrafe.util;\n\nimport static org.junit.jupiter.api.Assertions.assertTrue;\nimport org.junit.jupiter.api.Test;\n\nclass CodiceFiscaleValidatorTest {\n\n    @Test\n    void codiciValidi() {\n"
    body += "".join(f'        assertTrue(CodiceFiscaleValidator.isValid("{c}"));\n' for c in cfs)
    body += f'        assertTrue(PartitaIvaValidator.isValid("{piva()}"));\n    }}\n}}\n'
    return "src/test/java/it/anagrafe/util/CodiceFiscaleValidatorTest.java", body


@N("git", "commit_hashes", "markdown")
def n_changelog(_=None):
    rows = ["# Changelog", ""]
    for i in range(R.randint(3, 6)):
        rows += ["## [%d.%d.%d] - 2024-%02d-%02d" % (R.randint(1, 3), R.randint(0, 9), i, R.randint(1, 12), R.randint(1, 28)),
                 "- %s (%s)" % (pick(["Correction du calcul de la signature Redsys", "Ajout de Bizum", "Support MB WAY", "Nouveau endpoint PostNL", "Correzione invio SdI"]), rhex(40)[:pick([7, 40])]), ""]
    return "CHANGELOG.md", "\n".join(rows)


@N("Odoo", "attachment_checksum", "sql")
def n_odoo_attach(_=None):
    rows = ["(%d, '%s.pdf', '%s/%s', %d, 'application/pdf')" % (R.randint(1000, 99999), pick(["Fattura", "Factura", "Facture"]) + "_" + rs(DIG, 5), (c := rhex(40))[:2], c, R.randint(10000, 900000)) for _ in range(R.randint(3, 7))]
    return "sql/attachments_export.sql", "INSERT INTO ir_attachment (id, name, store_fname, file_size, mimetype) VALUES\n" + ",\n".join(rows) + ";\n"


@N("UUID", "request_ids", "log")
def n_uuid_log(_=None):
    rows = ["%s INFO correlation-id=%s easypay webhook id=%s status=success method=%s" % ("2024-05-%02dT%02d:%02d:%02dZ" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), ruuid(), ruuid(), pick(["mbw", "mb", "cc"])) for _ in range(R.randint(4, 9))]
    return "logs/easypay-webhooks.log", "\n".join(rows) + "\n"


@N("IBAN", "iban", "typescript")
def n_iban_ts(_=None):
    ibs = [iban(cc) for cc in R.sample(["FR", "IT", "ES", "PT", "BE", "NL", "CH", "AT", "DE"], 5)]
    body = "import { isValidIban } from \"../src/iban\";\n\ndescribe(\"isValidIban\", () => {\n" + "".join(f'  it("accepte {b[:2]}", () => expect(isValidIban("{b}")).toBe(true));\n' for b in ibs) + "});\n"
    return "test/iban.spec.ts", body


# ===================================================================== main
GENERIC_PH = ["<your-key>", "YOUR_API_KEY", "xxxxxxxxxxxxxxxxxxxxxxxx", "XXXXXXXX", "changeme", "CHANGEME", "A_REMPLIR",
              "à_compléter", "<mot-de-passe>", "DA_INSERIRE", "inserire-qui-la-chiave", "TU_CLAVE_AQUI", "cambiar_esto",
              "INSERIR_AQUI", "a-preencher", "VUL_HIER_IN", "invullen", "HIER_EINTRAGEN", "geheim-eintragen", "****",
              "********************", "[REDACTED]", "<masqué>", "", "", "TODO", "***REMOVED***", "..."]


def ref_ph(env, ftype):
    low = env.lower()
    common = ["${%s}" % env, "#{%s}#" % env, "vault:secret/data/prod#%s" % low,
              "arn:aws:secretsmanager:eu-west-3:%s:secret:prod/%s" % (rs(DIG, 12), low)]
    by = {"yaml": ["{{ .Values.secrets.%s }}" % low, "${{ secrets.%s }}" % env, "((%s))" % low.replace("_", "-"),
                   "{{ lookup('env', '%s') }}" % env, "%%env(%s)%%" % env],
          "properties": ["${%s:}" % env, "${vault.%s}" % low.replace("_", ".")],
          "json": ["{{%s}}" % low, "${%s}" % env], "postman": ["{{%s}}" % low],
          "terraform": ["${var.%s}" % low], "php": ["%%env(%s)%%" % env], "shell": ["${%s:?missing}" % env],
          "ini": ["%%(%s)s" % low], "dockerfile": ["${%s}" % env]}
    return pick(common + by.get(ftype, []) * 2)


def neg_value(t):
    k = R.random()
    if t["ph"] and k < 0.3:
        v = pick(t["ph"])
        return v() if callable(v) else v
    if k < 0.62:
        return ref_ph(t["env"], t["ftype"])
    return pick(GENERIC_PH)


def xml_esc(v):
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def is_env_path(p):
    b = p.rsplit("/", 1)[-1]
    return b == ".env" or (b.startswith(".env.") and b not in (".env.example", ".env.sample", ".env.dist", ".env.template"))


def main():
    global R
    if len(sys.argv) != 3:
        sys.exit("usage: gen_lu.py OUTDIR SEED")
    out, seed = sys.argv[1], int(sys.argv[2])
    R = random.Random(seed)
    manifest, secrets = [], []
    needles = set()
    pos_files = []
    # ---- positives
    order = []
    while len(order) < 500:
        blk = list(range(len(POS)))
        R.shuffle(blk)
        order += blk
    order = order[:500]
    n_env = 0
    for i, ti in enumerate(order):
        t = POS[ti]
        for _attempt in range(50):
            g = t["gen"]()
            ins, needle = (g if isinstance(g, tuple) else (g, g))
            if t["ftype"] == "xml":
                assert xml_esc(ins) == ins
            path, text = t["fn"](ins)
            if is_env_path(path):
                if n_env >= 24:
                    continue
            if needle in needles or needle not in text:
                continue
            break
        else:
            raise SystemExit("could not build positive for %s" % t["name"])
        if is_env_path(path):
            n_env += 1
        needles.add(needle)
        lines = text.split("\n")
        ln = next(j for j, l in enumerate(lines) if needle in l) + 1
        assert needle in lines[ln - 1]
        rel = "pos/p%04d/%s" % (i, path)
        pos_files.append((rel, text))
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"], "filetype": t["ftype"], "template": t["name"]})
        secrets.append({"file": rel, "needle": needle, "line": ln})
    # ---- negatives
    negA = [t for t in POS if not t["noneg"]]
    ordA = []
    while len(ordA) < 250:
        blk = list(range(len(negA)))
        R.shuffle(blk)
        ordA += blk
    ordB = []
    while len(ordB) < 250:
        blk = list(range(len(NEG)))
        R.shuffle(blk)
        ordB += blk
    slots = ["A"] * 250 + ["B"] * 250
    R.shuffle(slots)
    ia = ib = 0
    neg_files = []
    for i, sl in enumerate(slots):
        if sl == "A":
            t = negA[ordA[ia]]
            ia += 1
            v = neg_value(t)
            if t["ftype"] == "xml":
                v = xml_esc(v)
            path, text = t["fn"](v)
            if is_env_path(path):
                path = path.rsplit("/", 1)[0] + "/.env.example" if "/" in path else ".env.example"
            m = {"provider": t["provider"], "kind": t["kind"] + ":placeholder", "filetype": t["ftype"], "template": t["name"]}
        else:
            t = NEG[ordB[ib]]
            ib += 1
            path, text = t["fn"]()
            m = {"provider": t["provider"], "kind": t["kind"], "filetype": t["ftype"], "template": t["name"]}
        for nd in needles:
            if nd in text:
                raise SystemExit("negative contains a positive needle")
        rel = "neg/n%04d/%s" % (i, path)
        neg_files.append((rel, text))
        m = dict(file=rel, label="neg", **m)
        manifest.append(m)
    for rel, text in pos_files + neg_files:
        fp = os.path.join(out, rel)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for s in secrets:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    # final self-check of needles on disk
    for s in secrets:
        with open(os.path.join(out, s["file"]), encoding="utf-8") as f:
            assert s["needle"] in f.read().split("\n")[s["line"] - 1]
    assert sum(1 for m in manifest if m["label"] == "pos") == 500
    assert sum(1 for m in manifest if m["label"] == "neg") == 500


if __name__ == "__main__":
    main()
