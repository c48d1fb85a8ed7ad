#!/usr/bin/env python3
"""Blind evaluation-set generator "df" for the keyhook pre-commit secret scanner.

EMPHASIS
  E-invoicing, tax engines and government filing integrations. Positives are one credential each,
  drawn evenly from 33 kinds across 25 providers:
    Avalara AvaTax license key (with 10-digit account id), TaxJar API token, Vertex Cloud OAuth
    client secret and Vertex O Series TrustedId, Stripe (Tax) live secret and restricted keys,
    Anrok API key, Quaderno private key, HMRC MTD client secret, IRS MeF A2A password and IRIS
    keystore password, India NIC IRP client secret / API password / AppKey and a GSP client
    secret, Finkok stamp password, SW Sapien token, SAT CSD .key password, Brazil NF-e A1 .pfx
    password, Fatture in Cloud access token, Aruba SdI API password, Storecove and generic Peppol
    access-point API keys, Spain SII and TicketBAI certificate passwords, Poland KSeF tokens
    (1.0 style and 2.0 style), ZATCA PCSID secret and EGS private key, Xero / QuickBooks / Sage
    client secrets and a QuickBooks refresh token.
  47 code/config templates (Python, PHP, Java, C#, Node JS/TS, Go, Ruby, PowerShell, shell/cron,
  crontab, Spring properties/YAML, appsettings.json, Web.config, .env, docker-compose, GitHub
  Actions, GitLab CI, k8s Secret, Helm values, Ansible vars, Terraform, Dockerfile, systemd unit,
  SQL seed, INI, TOML, SOAP envelopes, Postman collections/environments, .http files, README
  runbooks and notes). Half the positives use an obvious name (AVATAX_LICENSE_KEY, ksefToken...),
  half a neutral one (value, conn, arg2, frase, svc_data...), and some templates carry the secret
  positionally (constructor args, KeyStore.load, X509Certificate2, Credential::openFiles), in a
  URL (user:pass@host or ?api_key=), or in an HTTP header (Bearer / X-Api-Key / Basic).

USAGE
  python3 gen_df.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500), OUTDIR/manifest.jsonl
  and OUTDIR/secrets.jsonl. Deterministic per SEED (only random.Random(SEED) is used).
  GEN_DF_DEBUG=1 prints template usage to stderr (does not change the output).

NEEDLE CONVENTIONS
  needle = the secret exactly as written in the file (without surrounding quotes); line = 1-based
  line of its first occurrence. For id/secret pairs the needle is the secret half; the public half
  (AvaTax account id, OAuth client id, ZATCA binarySecurityToken, user name) may sit next to it.
  Where a template writes HTTP Basic auth (.http files, curl scripts) the needle is the base64 of
  "id:secret" as written in the header. The KSeF 2.0 token needle is the whole
  "ref|nip-...|hex" string. The ZATCA EGS private key needle is the single-line base64 DER body
  (MHQCAQEEI...), as the ZATCA SDK stores it, without PEM armour.
  manifest kind for positives = credential kind; for negatives = the look-alike class
  (env_reference, placeholder, masked, empty, redacted, public_key, documented_example, or a
  domain class such as cfdi_signed_xml, irn_ack_response, gstin_list, ksef_number_list...).

NEGATIVES
  About half re-use the positive templates with the secret slot filled by: environment /
  secret-manager lookups (os.environ, getenv, process.env, ${VAR}, {{ secrets.X }}, vault:,
  AWS Secrets Manager ARNs, Azure Key Vault references, GCP secret paths, SOPS ENC[...] values),
  placeholders (YOUR_..., <...>, changeme, REPLACE_ME, xxxxxxxx...), masked values (sk_live_****abcd,
  ••••), empty values, redactions, publishable/public keys (Stripe pk_live_, Quaderno pk_live_) and
  Stripe's documentation test key. The other half are domain look-alikes: signed CFDI 4.0 XML (UUID
  folio fiscal, NoCertificado, Sello, Certificado), SAT cancellation acuse, SAT public test CSD
  config (EKU9003173C9 / 12345678a), NIC IRP IRN responses (64-hex IRN, truncated SignedInvoice
  JWT), decoded e-invoice QR payloads, GSTIN validators, NF-e procNFe XML (44-digit chave with
  check digit, DigestValue, SignatureValue, X509Certificate), ZATCA UBL with PIH hash and TLV QR,
  ZATCA csr-config, KSeF numbers with CRC-8 and session status, Peppol BIS 3 UBL ids, FatturaPA
  ids, TicketBAI identifiers, VAT/GSTIN/RFC/CNPJ/CUIT customer CSV, HMRC fraud-prevention headers
  and VAT-return receipts, IRS MeF manifest ids, AFIP CAE responses, AvaTax transaction responses,
  TaxJar rate responses (request ids, ETags), Stripe Tax object ids (txr_, txcd_, prod_, price_),
  Stripe publishable key in browser code, Quaderno.js public key, Xero / QuickBooks webhook
  signatures, public certificate PEM + serial/thumbprints, i18n strings (Contraseña, Senha, Hasło),
  DDL for encrypted credential columns, RFC 4231 HMAC test vectors, SOPS and Ansible Vault
  ciphertext, npm integrity hashes, .env.example templates and CI files that only reference secrets.

DOUBTS
  Formats written from memory (not confirmed in provider documentation during this session):
  - Avalara license key: 16 uppercase hex characters (a third-party npm README and an Avalara SDK
    README describe "a 16-character string", account id "ten-digit number"); exact alphabet unsure.
  - TaxJar token: 32 lowercase hex. Vertex Cloud client id/secret shapes and the O Series TrustedId
    (12 alphanumerics) are guesses. Anrok API key shape is unknown: 40 base62 chars used.
  - Quaderno private key "sk_live_" + 20 and public key "pk_live_" + 20: unsure of both.
  - HMRC client secret as a UUID and client id as 28 alphanumerics: from memory.
  - IRS MeF/IRIS credentials modelled as human passwords (A2A login / keystore passwords).
  - NIC IRP client id ("AAC..." + 19) / client secret (20 alnum) shapes are guesses; AppKey = base64
    of 32 random bytes (AES-256 key) follows the IRP auth flow as I remember it.
  - GSP client ids/secrets are generic; SW Sapien token modelled as an HS256 JWT (their real tokens
    may be a different opaque format); Fatture in Cloud token modelled as "a/" + JWT.
  - Storecove key (43 chars, base64url alphabet) and generic Peppol AP key (40 hex) are guesses.
  - KSeF 1.0 token as 64 uppercase hex, and KSeF 2.0 token as "YYYYMMDD-EC-XXXXXXXXXX-XXXXXXXXXX-XX
    |nip-NNNNNNNNNN|<64 hex>": from memory (one public page says KSeF tokens are 40 characters).
  - ZATCA secret = base64 of 32 bytes (44 chars); binarySecurityToken = base64 of a base64 cert
    ("TUlJ..."), consistent with the public ZATCA forum pages seen.
  - Xero client secret 48 base64url chars / client id 32 uppercase hex; QuickBooks client id "AB"+48,
    client secret 40, refresh token "AB11" + 10 digits + 46 chars; Sage client id/secret shapes: memory.
  - Stripe: sk_live_/rk_live_ + 24 (classic) or "51" + 97 (newer, 107 long) from memory.
  Labels a reviewer might dispute:
  - HMRC client secrets are UUID-shaped; under a neutral name they look like ordinary ids.
  - Stripe's documentation key sk_test_4eC39HqLyjWDarjtT1zdp7dc is labelled negative (published
    by Stripe as an example); some reviewers would still flag any sk_test_ key.
  - SAT test CSD password "12345678a" (public SAT test certificates EKU9003173C9) is labelled negative.
  - Truncated IRP SignedInvoice/SignedQRCode JWTs, XML signatures, webhook signatures and Receipt-
    Signature values are signed public data, labelled negative.
  - A ZATCA binarySecurityToken (the certificate, used as Basic-auth user name) sits next to the
    secret in positives and counts as the public half of the pair.
  - Masked values keep the real prefix and up to 4 trailing characters of a fresh random value.
  - The ZATCA EGS private key and the IRP AppKey are keys rather than login credentials; still
    secrets that must not be committed.

SEARCHES
  docs/pages corpora: Anrok API key authentication (only Nango/Zuora how-to pages, no format);
  Quaderno API private key (nothing relevant); AvaTax account id / license key (Nango guide, Oracle
  OMS docs, an npm "avalara" README and avadev's AvaTax-Calc-REST-Ruby README giving a 10-digit
  account number and 16-char license key); KSeF token generation pages (Polish how-tos; eztax.pl
  says 40 alphanumerics) and KSeF number structure (flopsstuff ksef-docs: NIP-YYYYMMDD-12 hex-CRC8,
  CRC-8 poly 0x07) which the KSeF-number look-alikes follow; Fatture in Cloud manual
  authentication docs (no token format); ZATCA CSID/binarySecurityToken/secret pages (mrsool/zatca
  wiki, ZATCA community forum, qoyod guide); HMRC client secret query returned Intuit/Bridge docs.
  Scanner-related material shown: none (no secret-scanner rules or regexes appeared in results).
"""

import base64
import hashlib
import json
import os
import sys
import random

# ---------------------------------------------------------------------------
# small random helpers (all randomness flows through the Random passed in)
# ---------------------------------------------------------------------------
DIG = "0123456789"
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
ALNUM = DIG + UP + LO
B64URL = ALNUM + "-_"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def b64(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def b64url(r, n):
    return base64.urlsafe_b64encode(rbytes(r, n)).decode().rstrip("=")


def uuid4(r, upper=False):
    h = rs(r, HEXL, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


def mixed(r, n, alphabet=ALNUM):
    """random string that surely holds a digit, an upper and a lower letter"""
    while True:
        s = rs(r, alphabet, n)
        if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s):
            return s


def hexmix(r, n, alphabet=HEXU):
    while True:
        s = rs(r, alphabet, n)
        if sum(c.isdigit() for c in s) >= 3 and sum(c.isalpha() for c in s) >= 3:
            return s


def jwt_like(r, payload, header=None):
    header = header or {"alg": "HS256", "typ": "JWT"}
    enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
    return enc(header) + "." + enc(payload) + "." + b64url(r, 32)


WORDS = ["Tortuga", "Girasol", "Mercurio", "Falcon", "Copper", "Harbour", "Lanterna", "Vesuvio", "Monsun",
         "Paprika", "Quetzal", "Sardinha", "Ipanema", "Cedro", "Bruma", "Kestrel", "Marmot", "Oriole",
         "Zephyr", "Basalto", "Cascada", "Granada", "Tamarind", "Saffron", "Pelican", "Wisteria", "Juniper",
         "Nordlys", "Sirocco", "Aurora", "Pampas", "Maracuja", "Ostrava", "Kalahari", "Fjord", "Mistral"]
SYMS = "!@#%*?._-+"


def human_password(r):
    style = r.randrange(6)
    w = r.choice(WORDS)
    if style == 0:
        return "%s%d%s" % (w, r.randrange(1970, 2031), r.choice(SYMS))
    if style == 1:
        return "%s%s%s%d" % (w.lower(), r.choice(SYMS), r.choice(WORDS), r.randrange(10, 999))
    if style == 2:
        s = mixed(r, r.randrange(12, 19), ALNUM)
        i = r.randrange(1, len(s) - 1)
        return s[:i] + r.choice("!#%*@") + s[i:]
    if style == 3:
        return "%s.%s.%s%d" % (r.choice(WORDS).lower(), r.choice(WORDS).lower(), r.choice(WORDS).lower(), r.randrange(1, 99))
    if style == 4:
        return "%s%s%s%s" % (r.choice(UP), rs(r, LO, 5), r.choice(SYMS), rs(r, DIG, 4)) + r.choice(WORDS)[:3]
    return "%s_%s%d%s" % (w[:4], rs(r, LO + DIG, 6), r.randrange(10, 99), r.choice("!#*"))


def der_len(n):
    return bytes([n]) if n < 128 else bytes([0x81, n])


def ec_secp256k1_der_b64(r):
    """EC PRIVATE KEY (RFC 5915) for secp256k1, single-line base64, as ZATCA's SDK stores it"""
    priv = rbytes(r, 32)
    pub = b"\x04" + rbytes(r, 64)
    body = (b"\x02\x01\x01" + b"\x04\x20" + priv +
            b"\xa0\x07\x06\x05\x2b\x81\x04\x00\x0a" +
            b"\xa1\x44\x03\x42\x00" + pub)
    return base64.b64encode(b"\x30" + der_len(len(body)) + body).decode()


def fake_cert_b64(r, n=420):
    """certificate-shaped DER blob (public material, looks like MII...)"""
    body = b"\x30\x82" + bytes([1, n - 4 & 0xff]) + b"\x30\x82" + rbytes(r, n)
    return base64.b64encode(body).decode()


def pem_lines(s, width=64):
    return [s[i:i + width] for i in range(0, len(s), width)]


# ---------------------------------------------------------------------------
# look-alike identifiers with their real check digits
# ---------------------------------------------------------------------------
B36 = DIG + UP


def gstin(r, state=None):
    st = state or "%02d" % r.choice([27, 29, 7, 33, 24, 9, 19, 36, 6, 32])
    pan = rs(r, UP, 3) + r.choice("CPHFATBLJG") + rs(r, UP, 1) + rs(r, DIG, 4) + rs(r, UP, 1)
    s = st + pan + r.choice("123456789") + "Z"
    tot = 0
    for i, ch in enumerate(s):
        p = B36.index(ch) * (1 if i % 2 == 0 else 2)
        tot += p // 36 + p % 36
    return s + B36[(36 - tot % 36) % 36]


def _mod11(digits, weights):
    t = sum(int(d) * w for d, w in zip(digits, weights)) % 11
    return "0" if t < 2 else str(11 - t)


def cnpj(r, fmt=True):
    b = rs(r, DIG, 8) + "0001"
    d1 = _mod11(b, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])
    d2 = _mod11(b + d1, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])
    s = b + d1 + d2
    return "%s.%s.%s/%s-%s" % (s[:2], s[2:5], s[5:8], s[8:12], s[12:]) if fmt else s


def cpf(r, fmt=True):
    b = rs(r, DIG, 9)
    d1 = _mod11(b, range(10, 1, -1))
    d2 = _mod11(b + d1, range(11, 1, -1))
    s = b + d1 + d2
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]) if fmt else s


def cuit(r):
    b = r.choice(["20", "23", "27", "30", "33"]) + rs(r, DIG, 8)
    t = sum(int(d) * w for d, w in zip(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))
    c = 11 - t % 11
    c = 0 if c == 11 else (9 if c == 10 else c)
    return "%s-%s-%d" % (b[:2], b[2:], c)


def rfc_mx(r, moral=None):
    moral = r.random() < 0.5 if moral is None else moral
    letters = rs(r, UP, 3 if moral else 4)
    date = "%02d%02d%02d" % (r.randrange(60, 99), r.randrange(1, 13), r.randrange(1, 29))
    return letters + date + rs(r, UP + DIG, 3)


def nip_pl(r):
    while True:
        b = rs(r, DIG, 9)
        c = sum(int(d) * w for d, w in zip(b, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
        if c < 10 and b[0] != "0":
            return b + str(c)


def vat_eu(r):
    k = r.randrange(7)
    if k == 0:
        return "GB" + rs(r, DIG, 9)
    if k == 1:
        return "DE" + rs(r, DIG, 9)
    if k == 2:
        return "FR" + rs(r, DIG, 11)
    if k == 3:
        return "IT" + rs(r, DIG, 11)
    if k == 4:
        return "ES" + r.choice("ABCB") + rs(r, DIG, 8)
    if k == 5:
        return "PL" + nip_pl(r)
    return "NL" + rs(r, DIG, 9) + "B0" + r.choice("123")


def vat_sa(r):
    return "3" + rs(r, DIG, 13) + "3"


def crc8(data):
    c = 0
    for b in data.encode():
        c ^= b
        for _ in range(8):
            c = ((c << 1) ^ 0x07) & 0xFF if c & 0x80 else (c << 1) & 0xFF
    return "%02X" % c


def ksef_number(r):
    s = "%s-2025%02d%02d-%s" % (nip_pl(r), r.randrange(1, 13), r.randrange(1, 29), rs(r, HEXU, 12))
    return s + "-" + crc8(s.replace("-", ""))


def nfe_chave(r):
    b = ("%02d" % r.choice([35, 33, 31, 41, 43])) + "25%02d" % r.randrange(1, 13) + cnpj(r, False) + "55" + \
        "%03d" % r.randrange(1, 5) + rs(r, DIG, 9) + "1" + rs(r, DIG, 8)
    w = [2, 3, 4, 5, 6, 7, 8, 9]
    t = sum(int(d) * w[i % 8] for i, d in enumerate(reversed(b)))
    dv = 11 - t % 11
    return b + ("0" if dv >= 10 else str(dv))


def sat_cert_no(r):
    return "300010000005" + rs(r, DIG, 8)


def sha256hex(r):
    return hashlib.sha256(rbytes(r, 40)).hexdigest()


def sha256b64(r):
    return base64.b64encode(hashlib.sha256(rbytes(r, 40)).digest()).decode()


def irn(r):
    return sha256hex(r)


def zatca_qr(r, seller="Maktabat Al Noor LLC", vat=None):
    vat = vat or vat_sa(r)
    parts = [seller, vat, "2025-%02d-%02dT%02d:%02d:00Z" % (r.randrange(1, 13), r.randrange(1, 29), r.randrange(24), r.randrange(60)),
             "%d.%02d" % (r.randrange(100, 9000), r.randrange(100)), "%d.%02d" % (r.randrange(10, 900), r.randrange(100))]
    out = b""
    for i, p in enumerate(parts, 1):
        bb = p.encode()
        out += bytes([i, len(bb)]) + bb
    out += bytes([6, 44]) + sha256b64(r).encode()
    return base64.b64encode(out).decode()


def x509_serial(r):
    return ":".join(rs(r, HEXL, 2) for _ in range(r.choice([16, 19, 20])))


# ---------------------------------------------------------------------------
# credential kinds
# ---------------------------------------------------------------------------
class Kind(object):
    def __init__(self, provider, kind, gen, env, obvious, host, idgen=None, idwords=None, idenv=None,
                 cat="token", userg=None, public=None, mask=None):
        self.provider = provider
        self.kind = kind
        self.gen = gen                # r -> secret string
        self.env = env                # SCREAMING env var name
        self.obvious = obvious        # list of word lists
        self.host = host              # base URL
        self.idgen = idgen            # r -> public half
        self.idwords = idwords
        self.idenv = idenv
        self.cat = cat                # token | password | key
        self.userg = userg            # r -> user name for password kinds
        self.public = public          # r -> documented public look-alike of same shape (for negatives)


def g_stripe_sk(r, pre="sk_live_"):
    if r.random() < 0.5:
        return pre + mixed(r, 24)
    return pre + "51" + mixed(r, 14) + mixed(r, 83)


def g_ksef_v2(r):
    ref = "2025%02d%02d-EC-%s-%s-%s" % (r.randrange(1, 13), r.randrange(1, 29), rs(r, HEXU, 10), rs(r, HEXU, 10), rs(r, HEXU, 2))
    return "%s|nip-%s|%s" % (ref, nip_pl(r), rs(r, HEXL, 64))


def g_qbo_refresh(r):
    return "AB11" + str(r.randrange(1700000000, 1799999999)) + mixed(r, 46)


def g_swsapien(r):
    return jwt_like(r, {"unique_name": "timbrado@%s.mx" % r.choice(["abarrotes-lupita", "ferreteria-delnorte", "grupo-tlaloc", "comercial-olmeca"]),
                        "nbf": 1718000000 + r.randrange(10 ** 6), "exp": 2033000000 + r.randrange(10 ** 6),
                        "iat": 1718000000 + r.randrange(10 ** 6), "iss": "Servicios_SW", "aud": "SW"})


def g_fic(r):
    return "a/" + jwt_like(r, {"ref": rs(r, ALNUM, 32), "exp": 1900000000 + r.randrange(10 ** 7)},
                           {"typ": "JWT", "alg": "RS256"})


def user_email(r, dom=None):
    dom = dom or r.choice(["contabilidad.mx", "acme-ventas.com.mx", "taxops.io", "fiscal.example-erp.com", "grupoandino.com"])
    return "%s%s@%s" % (r.choice(["facturacion", "timbrado", "cfdi", "ops", "erp", "fiscal"]), r.choice(["", ".api", "01", "-prod"]), dom)


def acct10(r):
    return r.choice(["11000", "20001", "20003", "11001"]) + rs(r, DIG, 5)


KINDS = [
    Kind("avalara", "avatax_license_key", lambda r: hexmix(r, 16), "AVATAX_LICENSE_KEY",
         [["avatax", "license", "key"], ["avalara", "license", "key"], ["license", "key"], ["ava", "license"]],
         "https://rest.avatax.com/api/v2", acct10, ["account", "id"], "AVATAX_ACCOUNT_ID"),
    Kind("taxjar", "taxjar_api_token", lambda r: rs(r, HEXL, 32), "TAXJAR_API_KEY",
         [["taxjar", "api", "key"], ["taxjar", "token"], ["taxjar", "api", "token"]], "https://api.taxjar.com/v2"),
    Kind("vertex", "vertex_oauth_client_secret", lambda r: mixed(r, 32), "VERTEX_CLIENT_SECRET",
         [["vertex", "client", "secret"], ["client", "secret"]], "https://auth.vertexsmb.com/identity/connect/token",
         lambda r: rs(r, LO + DIG, 10) + ".vertexinc.com", ["client", "id"], "VERTEX_CLIENT_ID"),
    Kind("vertex", "o_series_trusted_id", lambda r: mixed(r, 12), "VERTEX_TRUSTED_ID",
         [["vertex", "trusted", "id"], ["trusted", "id"]], "https://vertex.internal.example-erp.com/vertex-ws/services/CalculateTax90", cat="key"),
    Kind("stripe", "stripe_secret_key", lambda r: g_stripe_sk(r), "STRIPE_SECRET_KEY",
         [["stripe", "secret", "key"], ["stripe", "api", "key"], ["stripe", "sk"]], "https://api.stripe.com/v1",
         public=lambda r: "pk_live_" + mixed(r, 24)),
    Kind("stripe", "stripe_restricted_key", lambda r: g_stripe_sk(r, "rk_live_"), "STRIPE_TAX_RESTRICTED_KEY",
         [["stripe", "restricted", "key"], ["stripe", "tax", "key"]], "https://api.stripe.com/v1",
         public=lambda r: "pk_live_" + mixed(r, 24)),
    Kind("anrok", "anrok_api_key", lambda r: mixed(r, 40), "ANROK_API_KEY",
         [["anrok", "api", "key"], ["anrok", "key"]], "https://api.anrok.com/v1/seller"),
    Kind("quaderno", "quaderno_private_api_key", lambda r: "sk_live_" + mixed(r, 20), "QUADERNO_PRIVATE_KEY",
         [["quaderno", "private", "key"], ["quaderno", "api", "key"]], "https://acme-shop.quadernoapp.com/api",
         public=lambda r: "pk_live_" + mixed(r, 20)),
    Kind("hmrc", "mtd_client_secret", lambda r: uuid4(r), "HMRC_CLIENT_SECRET",
         [["hmrc", "client", "secret"], ["mtd", "client", "secret"], ["client", "secret"]], "https://api.service.hmrc.gov.uk",
         lambda r: mixed(r, 28), ["client", "id"], "HMRC_CLIENT_ID"),
    Kind("irs", "mef_a2a_password", human_password, "MEF_A2A_PASSWORD",
         [["mef", "password"], ["irs", "mef", "password"], ["a2a", "password"]], "https://la.www4.irs.gov/a2a/mef",
         cat="password", userg=lambda r: "A2A" + rs(r, UP, 2) + rs(r, DIG, 5)),
    Kind("irs", "iris_keystore_password", human_password, "IRIS_KEYSTORE_PASSWORD",
         [["iris", "keystore", "password"], ["keystore", "password"]], "https://api.www4.irs.gov/iris/a2a", cat="password"),
    Kind("nic_irp", "irp_client_secret", lambda r: mixed(r, 20), "IRP_CLIENT_SECRET",
         [["irp", "client", "secret"], ["einvoice", "client", "secret"], ["gst", "client", "secret"]], "https://api.einvoice1.gst.gov.in",
         lambda r: "AAC" + rs(r, UP + DIG, 5) + mixed(r, 14), ["client", "id"], "IRP_CLIENT_ID"),
    Kind("nic_irp", "irp_api_password", human_password, "IRP_PASSWORD",
         [["irp", "password"], ["einvoice", "password"], ["gst", "api", "password"]], "https://api.einvoice1.gst.gov.in",
         cat="password", userg=lambda r: "API_" + rs(r, UP, 4) + rs(r, DIG, 3)),
    Kind("nic_irp", "irp_app_key", lambda r: b64(r, 32), "IRP_APP_KEY",
         [["irp", "app", "key"], ["app", "key"], ["einvoice", "app", "key"]], "https://api.einvoice1.gst.gov.in", cat="key"),
    Kind("gst_gsp", "gsp_client_secret", lambda r: mixed(r, 32), "GSP_CLIENT_SECRET",
         [["gsp", "client", "secret"], ["gsp", "secret"]], "https://gsp.example-asp.in/eivital/v1.04",
         lambda r: "GSP" + rs(r, UP + DIG, 9), ["gsp", "client", "id"], "GSP_CLIENT_ID"),
    Kind("finkok", "stamp_password", human_password, "FINKOK_PASSWORD",
         [["finkok", "password"], ["pac", "password"]], "https://facturacion.finkok.com/servicios/soap/stamp.wsdl",
         cat="password", userg=user_email),
    Kind("sw_sapien", "sw_sapien_api_token", g_swsapien, "SW_TOKEN",
         [["sw", "token"], ["sw", "sapien", "token"], ["pac", "token"]], "https://services.sw.com.mx"),
    Kind("sat", "csd_key_password", human_password, "CSD_KEY_PASSWORD",
         [["csd", "password"], ["csd", "key", "password"], ["llave", "privada", "password"]], "https://www.sat.gob.mx", cat="password"),
    Kind("sefaz", "nfe_a1_pfx_password", human_password, "NFE_CERT_PASSWORD",
         [["certificado", "senha"], ["nfe", "cert", "password"], ["pfx", "password"]], "https://nfe.fazenda.sp.gov.br/ws", cat="password"),
    Kind("fatture_in_cloud", "fic_access_token", g_fic, "FIC_ACCESS_TOKEN",
         [["fic", "access", "token"], ["fatture", "in", "cloud", "token"], ["access", "token"]], "https://api-v2.fattureincloud.it"),
    Kind("aruba_sdi", "sdi_api_password", human_password, "ARUBA_SDI_PASSWORD",
         [["sdi", "password"], ["aruba", "password"]], "https://ws.fatturazioneelettronica.aruba.it", cat="password",
         userg=lambda r: "ARUBA-" + rs(r, DIG, 6)),
    Kind("storecove", "storecove_api_key", lambda r: mixed(r, 43, ALNUM + "-_"), "STORECOVE_API_KEY",
         [["storecove", "api", "key"], ["peppol", "api", "key"]], "https://api.storecove.com/api/v2"),
    Kind("peppol_ap", "access_point_api_key", lambda r: hexmix(r, 40, HEXL), "PEPPOL_AP_API_KEY",
         [["peppol", "ap", "key"], ["access", "point", "api", "key"]], "https://ap.example-einvoicing.eu/api/v1"),
    Kind("aeat_sii", "sii_cert_password", human_password, "SII_CERT_PASSWORD",
         [["sii", "cert", "password"], ["certificado", "password"], ["aeat", "pfx", "password"]], "https://www1.agenciatributaria.gob.es/wlpl/SSII-FACT/ws/fe/SiiFactFEV1SOAP", cat="password"),
    Kind("ticketbai", "tbai_cert_password", human_password, "TBAI_CERT_PASSWORD",
         [["tbai", "cert", "password"], ["ticketbai", "password"]], "https://tbai-z.egoitza.gipuzkoa.eus/sarrerak/alta", cat="password"),
    Kind("ksef", "ksef_token_v1", lambda r: rs(r, HEXU, 64), "KSEF_TOKEN",
         [["ksef", "token"], ["ksef", "auth", "token"], ["token", "ksef"]], "https://ksef.mf.gov.pl/api"),
    Kind("ksef", "ksef_token_v2", g_ksef_v2, "KSEF_TOKEN",
         [["ksef", "token"], ["ksef", "api", "token"]], "https://api.ksef.mf.gov.pl/v2"),
    Kind("zatca", "pcsid_secret", lambda r: b64(r, 32), "ZATCA_SECRET",
         [["zatca", "secret"], ["csid", "secret"], ["pcsid", "secret"]], "https://gw-fatoora.zatca.gov.sa/e-invoicing/core",
         lambda r: base64.b64encode(fake_cert_b64(r, 220).encode()).decode(), ["binary", "security", "token"], "ZATCA_BINARY_SECURITY_TOKEN"),
    Kind("zatca", "egs_private_key", ec_secp256k1_der_b64, "ZATCA_PRIVATE_KEY",
         [["zatca", "private", "key"], ["egs", "private", "key"], ["signing", "key"]], "https://gw-fatoora.zatca.gov.sa/e-invoicing/core", cat="key"),
    Kind("xero", "xero_client_secret", lambda r: b64url(r, 36), "XERO_CLIENT_SECRET",
         [["xero", "client", "secret"], ["client", "secret"]], "https://api.xero.com/api.xro/2.0",
         lambda r: rs(r, HEXU, 32), ["xero", "client", "id"], "XERO_CLIENT_ID"),
    Kind("quickbooks", "qbo_client_secret", lambda r: mixed(r, 40), "QBO_CLIENT_SECRET",
         [["qbo", "client", "secret"], ["quickbooks", "client", "secret"], ["intuit", "client", "secret"]],
         "https://quickbooks.api.intuit.com/v3/company", lambda r: "AB" + mixed(r, 48), ["qbo", "client", "id"], "QBO_CLIENT_ID"),
    Kind("quickbooks", "qbo_refresh_token", g_qbo_refresh, "QBO_REFRESH_TOKEN",
         [["qbo", "refresh", "token"], ["intuit", "refresh", "token"], ["refresh", "token"]], "https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer"),
    Kind("sage", "sage_client_secret", lambda r: mixed(r, 40, ALNUM + "!#%*()"), "SAGE_CLIENT_SECRET",
         [["sage", "client", "secret"], ["sbc", "client", "secret"]], "https://api.accounting.sage.com/v3.1",
         lambda r: uuid4(r) + "/" + uuid4(r), ["sage", "client", "id"], "SAGE_CLIENT_ID"),
]

NEUTRAL = [["value"], ["param"], ["auth"], ["arg2"], ["data"], ["cfg", "b"], ["conn"], ["blob"], ["phrase"], ["s"],
           ["k"], ["opts", "x"], ["v1"], ["setting", "a"], ["hdr", "val"], ["ref"], ["access"], ["cred"], ["x"], ["input"]]
NEUTRAL_PW = [["pw"], ["passwd"], ["frase"], ["clave"], ["senha"], ["phrase"], ["cert", "pin"], ["p"], ["arg3"], ["unlock"]]
NEUTRAL_PFX = ["tax", "efile", "gw", "acct", "ext", "svc", "prov", "int", "fisc", "ei"]


def style_name(words, style):
    words = [w.lower() for w in words]
    if style == "snake":
        return "_".join(words)
    if style == "scream":
        return "_".join(words).upper()
    if style == "kebab":
        return "-".join(words)
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "dot":
        return ".".join(words)
    return "_".join(words)


# ---------------------------------------------------------------------------
# value context handed to templates
# ---------------------------------------------------------------------------
ENV_EXPR = {
    "py": ['os.environ["{E}"]', 'os.getenv("{E}")', "os.environ.get('{E}')", 'env("{E}")'],
    "php": ["getenv('{E}')", "$_ENV['{E}']", "env('{E}')", "$_SERVER['{E}'] ?? ''"],
    "java": ['System.getenv("{E}")', 'env.getProperty("{e}")'],
    "cs": ['Environment.GetEnvironmentVariable("{E}")', '_config["Tax:{P}"]', 'configuration.GetValue<string>("{P}")'],
    "js": ["process.env.{E}", "process.env['{E}']", "process.env.{E} ?? ''"],
    "go": ['os.Getenv("{E}")'],
    "rb": ['ENV["{E}"]', "ENV.fetch('{E}')", "Rails.application.credentials.dig(:tax, :{e})"],
    "sh": ['"${E_}"', '"${{{E}:?missing}}"', '"$(vault kv get -field={e} secret/tax)"', '"$(cat /run/secrets/{e})"'],
    "ps1": ['$env:{E}', '(Get-Secret -Name {P} -AsPlainText)'],
    "tf": ["var.{e}", "data.aws_ssm_parameter.{e}.value"],
}
CFG_REF = ["${{{E}}}", "${{{E}}}", "%({e})s", "{{{{ {e} }}}}", "vault:secret/data/tax/{e}", "${{vault:tax/{e}}}",
           "arn:aws:secretsmanager:eu-west-1:{ACC}:secret:tax/{k}-{SFX}", "@Microsoft.KeyVault(SecretUri=https://kv-tax-prod.vault.azure.net/secrets/{k}/)",
           "projects/{PN}/secrets/{k}/versions/latest", "ENC[AES256_GCM,data:{CT},iv:{IV},tag:{TAG},type:str]"]


def quote_cfg(v, force=False):
    if force or any(ch in v for ch in " #:!*%@,[]{}&|>'\"") or v[:1] in "-?=" or v == "":
        return '"%s"' % v
    return v


class Ctx(object):
    def __init__(self, r, kind, label, value, mode, obvious, sub=None):
        self.r = r
        self.k = kind
        self.label = label
        self.value = value          # literal text (secret or look-alike)
        self.mode = mode            # "lit" (write value) | "env" (write an environment lookup)
        self.obvious = obvious
        self.sub = sub or ("secret" if label == "pos" else "placeholder")
        self.E = kind.env
        if obvious:
            self.words = r.choice(kind.obvious)
        else:
            pool = NEUTRAL_PW if kind.cat == "password" else NEUTRAL
            w = list(r.choice(pool))
            if r.random() < 0.4:
                w = [r.choice(NEUTRAL_PFX)] + w
            self.words = w
        self.idval = kind.idgen(r) if kind.idgen else None
        self.idwords = kind.idwords
        self.user = kind.userg(r) if kind.userg else None
        self.needle = value if label == "pos" else None

    def n(self, style):
        return style_name(self.words, style)

    def idn(self, style):
        return style_name(self.idwords or ["account", "id"], style)

    def fmt_env(self, pat):
        r = self.r
        return pat.format(E=self.E, e=self.E.lower(), E_="{" + self.E + "}",
                          P=style_name(self.E.lower().split("_"), "pascal"), k=self.E.lower().replace("_", "-"),
                          ACC=rs(r, DIG, 12), SFX=rs(r, ALNUM, 6), PN=rs(r, DIG, 12),
                          CT=b64(r, r.randrange(12, 40)), IV=b64(r, 12), TAG=b64(r, 16))

    def lit(self, lang, q=None):
        """expression for a code language"""
        if self.mode == "env" and lang in ENV_EXPR:
            return self.fmt_env(self.r.choice(ENV_EXPR[lang]))
        v = self.raw_value()
        if q is None:
            q = {"py": self.r.choice("'\""), "php": "'", "rb": self.r.choice("'\""), "js": self.r.choice("'\"`"),
                 "sh": "'" if any(ch in v for ch in "!$`\"") else self.r.choice("'\""), "ps1": "'"}.get(lang, '"')
        return q + v + q

    def raw_value(self):
        if self.mode == "env":
            return self.fmt_env(self.r.choice(CFG_REF))
        return self.value

    def cfg(self, lang="yaml", force=False):
        """value for a config file (yaml/env/properties/ini/toml/xml/json)"""
        v = self.raw_value()
        if lang in ("json", "toml"):
            return '"%s"' % v
        if lang == "yaml":
            return quote_cfg(v, force)
        if lang == "env":
            return quote_cfg(v, force) if (force or " " in v or "#" in v) else v
        return v


def pick_kind(r):
    return r.choice(KINDS)


# ---------------------------------------------------------------------------
# harmless surrounding settings
# ---------------------------------------------------------------------------
PNAME = {"avalara": "Avalara AvaTax", "taxjar": "TaxJar", "vertex": "Vertex", "stripe": "Stripe Tax", "anrok": "Anrok",
         "quaderno": "Quaderno", "hmrc": "HMRC MTD VAT", "irs": "IRS e-file", "nic_irp": "NIC e-Invoice (IRP)",
         "gst_gsp": "GSP e-invoice", "finkok": "Finkok PAC", "sw_sapien": "SW Sapien", "sat": "SAT CSD", "sefaz": "SEFAZ NF-e",
         "fatture_in_cloud": "Fatture in Cloud", "aruba_sdi": "Aruba SdI", "storecove": "Storecove", "peppol_ap": "Peppol AP",
         "aeat_sii": "AEAT SII", "ticketbai": "TicketBAI", "ksef": "KSeF", "zatca": "ZATCA Fatoora", "xero": "Xero",
         "quickbooks": "QuickBooks Online", "sage": "Sage Accounting"}

APPS = ["billing-service", "einvoice-gateway", "tax-engine", "invoicing-api", "erp-connector", "vat-filer", "fiscal-bridge",
        "checkout-tax", "ledger-sync", "facturacion", "faturamento", "fatturazione", "ksef-sender", "gst-einvoice"]


def extras(r, n):
    pool = [
        (["timeout", "seconds"], str(r.choice([10, 15, 20, 30, 45, 60]))),
        (["company", "code"], r.choice(["ACME-US", "DEFAULT", "EU01", "MX-OPS", "SHOP-UK", "IN-BLR", "PL-WAW"])),
        (["log", "level"], r.choice(["info", "debug", "warn", "INFO"])),
        (["environment"], r.choice(["production", "sandbox", "staging", "prod"])),
        (["retry", "attempts"], str(r.randrange(2, 6))),
        (["default", "currency"], r.choice(["EUR", "USD", "MXN", "INR", "SAR", "PLN", "BRL", "GBP"])),
        (["commit", "documents"], r.choice(["true", "false"])),
        (["batch", "size"], str(r.choice([50, 100, 200, 250, 500]))),
        (["webhook", "path"], r.choice(["/webhooks/tax", "/hooks/einvoice", "/api/callbacks/irp", "/fiscal/notify"])),
        (["seller", "vat", "number"], vat_eu(r)),
        (["seller", "gstin"], gstin(r)),
        (["rfc", "emisor"], rfc_mx(r)),
        (["ship", "from", "zip"], r.choice(["98110", "10118", "94105", "60601", "73301"])),
        (["cache", "ttl"], str(r.choice([300, 900, 3600, 86400]))),
        (["app", "name"], r.choice(APPS)),
        (["region"], r.choice(["eu-west-1", "us-east-1", "ap-south-1", "me-central-1", "sa-east-1"])),
        (["max", "connections"], str(r.choice([4, 8, 16, 32]))),
        (["archive", "dir"], r.choice(["/var/lib/einvoice/archive", "./storage/xml", "/data/cfdi", "C:\\\\Fiscal\\\\XML"])),
        (["cnpj", "emitente"], cnpj(r, False)),
        (["tax", "included"], r.choice(["true", "false"])),
    ]
    r.shuffle(pool)
    return pool[:n]


def ex_lines(r, n, fmt, style="snake", indent=""):
    out = []
    for words, val in extras(r, n):
        k = style_name(words, style)
        if fmt == "py":
            out.append('%s%s = %s' % (indent, k, val if val.isdigit() else repr(val)))
        elif fmt == "yaml":
            out.append('%s%s: %s' % (indent, k, quote_cfg(val)))
        elif fmt == "env":
            out.append('%s%s=%s' % (indent, k, val))
        elif fmt == "props":
            out.append('%s%s=%s' % (indent, k, val))
        elif fmt == "json":
            out.append('%s"%s": %s' % (indent, k, val if val.isdigit() else json.dumps(val)))
        elif fmt == "php":
            out.append("%s'%s' => %s," % (indent, k, val if val.isdigit() else "'%s'" % val))
        elif fmt == "toml":
            out.append('%s%s = %s' % (indent, k, val if val.isdigit() or val in ("true", "false") else json.dumps(val)))
        elif fmt == "ini":
            out.append('%s%s = %s' % (indent, k, val))
        elif fmt == "xml":
            out.append('%s<add key="%s" value="%s" />' % (indent, k, val))
        elif fmt == "sh":
            out.append('%s%s="%s"' % (indent, k, val))
        elif fmt == "js":
            out.append("%s%s: %s," % (indent, k, val if val.isdigit() or val in ("true", "false") else "'%s'" % val.replace("\\", "\\\\")))
    return out


def pick_style(r, choices):
    return r.choice(choices)


TEMPLATES = []


def template(name, ok=None, neg_ok=True):
    def deco(fn):
        TEMPLATES.append((name, fn, ok, neg_ok))
        return fn
    return deco


def is_pw(k):
    return k.cat == "password"


def not_key(k):
    """API-style credential (token, or password that comes with a user name)"""
    return k.cat == "token" or (k.cat == "password" and k.userg is not None)


def cert_pw(k):
    return k.cat == "password" and k.userg is None


def token_only(k):
    return k.cat == "token"


def soap_ok(k):
    return k.provider in ("finkok", "irs", "aruba_sdi", "peppol_ap") and k.kind != "iris_keystore_password" or k.kind == "o_series_trusted_id"


def url_safe(v):
    return all(ch in ALNUM + "-._~" for ch in v)


# ---------------------------------------------------------------------------
# templates: each takes (r, c) and returns (relpath, text) or None if unsuitable
# ---------------------------------------------------------------------------
def pkg(r):
    return r.choice(["billing", "invoicing", "taxsvc", "fiscal", "einvoice", "ledger", "compliance"])


def auth_line_py(c, var, r):
    if is_pw(c.k):
        return '        self.session.auth = (%r, %s)' % (c.user or "api-user", var)
    if c.k.idgen and r.random() < 0.4:
        return '        self.session.auth = (%r, %s)' % (c.idval, var)
    hdr = r.choice(['"Authorization": f"Bearer {%s}"' % var, '"X-Api-Key": %s' % var, '"Authorization": "Token " + %s' % var])
    return '        self.session.headers.update({%s})' % hdr


@template("py_settings")
def t_py_settings(r, c):
    app = r.choice(APPS)
    path = r.choice(["config/settings.py", "%s/settings/production.py" % pkg(r), "src/%s/config.py" % pkg(r), "settings/base.py"])
    st = r.choice(["scream", "scream", "snake"])
    L = ['"""Django settings for the %s project (production overrides)."""' % app, "import os", "from pathlib import Path", "",
         "BASE_DIR = Path(__file__).resolve().parent.parent", "DEBUG = False",
         'ALLOWED_HOSTS = ["%s.example.com", "localhost"]' % app, 'TIME_ZONE = "%s"' % r.choice(["UTC", "Asia/Kolkata", "America/Mexico_City", "Europe/Warsaw"]), "",
         'DATABASES = {', '    "default": {', '        "ENGINE": "django.db.backends.postgresql",',
         '        "NAME": "%s",' % app.replace("-", "_"), '        "HOST": os.environ.get("DB_HOST", "localhost"),',
         '        "PORT": 5432,', '    }', '}', "", "# --- %s ---" % PNAME[c.k.provider]]
    L.append("%s_BASE_URL = %r" % (c.k.provider.upper(), c.k.host))
    if c.idval:
        L.append("%s = %r" % (c.idn(st).upper() if st == "scream" else c.idn(st), c.idval))
    if c.user:
        L.append("%s_USER = %r" % (c.k.provider.upper(), c.user))
    L.append("%s = %s" % (c.n(st), c.lit("py")))
    L += [x.upper().split(" = ")[0] + " = " + x.split(" = ", 1)[1] for x in ex_lines(r, r.randrange(2, 5), "py")]
    L += ["", "LOGGING = {", '    "version": 1,', '    "handlers": {"console": {"class": "logging.StreamHandler"}},',
          '    "root": {"handlers": ["console"], "level": "INFO"},', "}"]
    return path, "\n".join(L) + "\n"


@template("py_client", ok=not_key)
def t_py_client(r, c):
    cls = style_name(PNAME[c.k.provider].replace("(", "").replace(")", "").split(), "pascal").replace("-", "") + "Client"
    var = c.n("snake")
    path = "%s/integrations/%s.py" % (pkg(r), c.k.provider)
    L = ['"""Thin wrapper around the %s API used by the nightly tax jobs."""' % PNAME[c.k.provider], "import logging", "",
         "import requests", "", "log = logging.getLogger(__name__)", "", "",
         "class %s:" % cls, '    BASE_URL = "%s"' % c.k.host, "",
         "    def __init__(self, %s=%s, timeout=%d):" % (var, c.lit("py"), r.choice([10, 20, 30])),
         "        self.session = requests.Session()", auth_line_py(c, var, r),
         '        self.session.headers["User-Agent"] = "%s/%d.%d"' % (r.choice(APPS), r.randrange(1, 4), r.randrange(10)),
         "        self.timeout = timeout", "",
         "    def get(self, path, **params):",
         '        resp = self.session.get(f"{self.BASE_URL}/{path.lstrip(\'/\')}", params=params, timeout=self.timeout)',
         "        if resp.status_code >= 400:",
         '            log.warning("%s %%s -> %%s", path, resp.status_code)' % c.k.provider,
         "        resp.raise_for_status()", "        return resp.json()", "",
         "    def post(self, path, payload):",
         '        resp = self.session.post(f"{self.BASE_URL}/{path.lstrip(\'/\')}", json=payload, timeout=self.timeout)',
         "        resp.raise_for_status()", "        return resp.json()", ""]
    return path, "\n".join(L)


@template("py_argparse")
def t_py_argparse(r, c):
    path = "scripts/%s.py" % r.choice(["file_returns", "sync_invoices", "push_einvoices", "reconcile_tax", "submit_batch"])
    L = ["#!/usr/bin/env python3", '"""Push the pending %s documents. Run from cron."""' % PNAME[c.k.provider], "import argparse",
         "import json", "import sys", "", "", "def parse_args(argv=None):",
         '    p = argparse.ArgumentParser(description=__doc__)',
         '    p.add_argument("--base-url", default="%s")' % c.k.host]
    if c.idval:
        L.append('    p.add_argument("--%s", default="%s")' % (c.idn("kebab"), c.idval))
    if c.user:
        L.append('    p.add_argument("--user", default="%s")' % c.user)
    L += ['    p.add_argument("--%s", default=%s)' % (c.n("kebab"), c.lit("py")),
          '    p.add_argument("--since", help="ISO date, default: yesterday")',
          '    p.add_argument("--dry-run", action="store_true")', "    return p.parse_args(argv)", "", "",
          "def main():", "    args = parse_args()", "    docs = json.load(sys.stdin)",
          '    print(f"would push {len(docs)} documents to {args.base_url}" if args.dry_run else "pushing")',
          "    return 0", "", "", 'if __name__ == "__main__":', "    sys.exit(main())", ""]
    return path, "\n".join(L)


@template("py_positional")
def t_py_positional(r, c):
    path = "%s/tasks/%s.py" % (pkg(r), r.choice(["tax_quote", "einvoice_push", "filing", "sync"]))
    idarg = repr(c.idval or c.user or r.choice(["erp-prod", "svc-tax"]))
    L = ["from celery import shared_task", "", "from .gateway import TaxGateway", "from .models import Invoice", "",
         "GATEWAY = TaxGateway(", "    %r," % c.k.host, "    %s," % idarg, "    %s," % c.lit("py"), "    timeout=%d," % r.choice([15, 30]), ")", "", "",
         "@shared_task(bind=True, max_retries=%d)" % r.randrange(3, 6), "def push_invoice(self, invoice_id):",
         "    inv = Invoice.objects.get(pk=invoice_id)", "    try:", "        result = GATEWAY.submit(inv.to_payload())",
         "    except GATEWAY.TransientError as exc:", "        raise self.retry(exc=exc, countdown=60)",
         "    inv.external_ref = result[\"id\"]", '    inv.save(update_fields=["external_ref"])', ""]
    return path, "\n".join(L)


@template("php_laravel_services")
def t_php_services(r, c):
    prov = c.k.provider
    v = c.lit("php")
    if c.mode == "env":
        val = v
    else:
        val = "env('%s', %s)" % (c.E, v) if r.random() < 0.5 else v
    L = ["<?php", "", "return [", "", "    /*", "    |--------------------------------------------------------------------------",
         "    | Third Party Services", "    |--------------------------------------------------------------------------", "    */", "",
         "    'mailgun' => [", "        'domain' => env('MAILGUN_DOMAIN'),", "        'secret' => env('MAILGUN_SECRET'),", "    ],", "",
         "    '%s' => [" % prov, "        'base_url' => '%s'," % c.k.host]
    if c.idval:
        L.append("        '%s' => '%s'," % (c.idn("snake"), c.idval))
    if c.user:
        L.append("        'username' => '%s'," % c.user)
    L.append("        '%s' => %s," % (c.n("snake"), val))
    L += ex_lines(r, r.randrange(1, 4), "php", indent="        ")
    L += ["    ],", "", "];", ""]
    return "config/services.php", "\n".join(L)


@template("php_class", ok=not_key)
def t_php_class(r, c):
    cls = style_name(c.k.provider.split("_"), "pascal") + r.choice(["Client", "Gateway", "Connector"])
    const = c.n("scream")
    L = ["<?php", "", "namespace App\\Services\\Tax;", "", "use GuzzleHttp\\Client;", "", "final class %s" % cls, "{",
         "    private const BASE_URL = '%s';" % c.k.host, "    private const %s = %s;" % (const, c.lit("php")) if c.mode != "env" else "    private const BASE_PATH = '/v1';",
         "", "    private Client $http;", "", "    public function __construct()", "    {"]
    secret_expr = "self::%s" % const if c.mode != "env" else c.lit("php")
    if is_pw(c.k):
        L.append("        $this->http = new Client(['base_uri' => self::BASE_URL, 'auth' => ['%s', %s]]);" % (c.user or "api", secret_expr))
    else:
        L.append("        $this->http = new Client([")
        L.append("            'base_uri' => self::BASE_URL,")
        L.append("            'headers'  => ['Authorization' => 'Bearer ' . %s, 'Accept' => 'application/json']," % secret_expr)
        L.append("            'timeout'  => %d," % r.choice([10, 20, 30]))
        L.append("        ]);")
    L += ["    }", "", "    public function send(array $payload): array", "    {",
          "        $res = $this->http->post('%s', ['json' => $payload]);" % r.choice(["transactions/create", "invoices", "documents", "v1/taxes"]),
          "        return json_decode((string) $res->getBody(), true);", "    }", "}", ""]
    return "src/Services/Tax/%s.php" % cls, "\n".join(L)


@template("php_define")
def t_php_define(r, c):
    path = r.choice(["wp-content/plugins/%s-tax/config.php" % c.k.provider, "includes/config.inc.php", "app/config/constants.php"])
    L = ["<?php", "/**", " * %s connection settings." % PNAME[c.k.provider], " * Loaded by bootstrap.php before the invoice module.", " */", "",
         "defined('ABSPATH') || define('ABSPATH', __DIR__ . '/');", "",
         "define('%s_ENDPOINT', '%s');" % (c.k.provider.upper(), c.k.host)]
    if c.idval:
        L.append("define('%s', '%s');" % (c.idn("scream"), c.idval))
    if c.user:
        L.append("define('%s_USER', '%s');" % (c.k.provider.upper(), c.user))
    L.append("define('%s', %s);" % (c.n("scream"), c.lit("php")))
    L += ["define('%s', %s);" % (style_name(w, "scream"), v if v.isdigit() else "'%s'" % v) for w, v in extras(r, r.randrange(2, 5))]
    L.append("")
    return path, "\n".join(L)


@template("php_sat_credential", ok=lambda k: k.provider == "sat")
def t_php_credential(r, c):
    rfc = rfc_mx(r)
    L = ["<?php", "", "declare(strict_types=1);", "", "use PhpCfdi\\Credentials\\Credential;", "",
         "require __DIR__ . '/../vendor/autoload.php';", "",
         "// Certificado de sello digital (CSD) del emisor %s" % rfc,
         "$cerFile = __DIR__ . '/../storage/csd/%s.cer';" % rfc, "$keyFile = __DIR__ . '/../storage/csd/%s.key';" % rfc, "",
         "$credential = Credential::openFiles($cerFile, $keyFile, %s);" % c.lit("php"), "",
         "$certificate = $credential->certificate();", "echo $certificate->rfc(), PHP_EOL;             // %s" % rfc,
         "echo $certificate->serialNumber()->bytes(), PHP_EOL;  // %s" % sat_cert_no(r),
         "echo $certificate->validTo(), PHP_EOL;", "", "$signature = $credential->sign('cadena original');",
         "var_dump($credential->verify('cadena original', $signature));", ""]
    return r.choice(["bin/check-csd.php", "scripts/probar_csd.php", "tools/csd_info.php"]), "\n".join(L)


@template("java_properties")
def t_java_props(r, c):
    prov = c.k.provider.replace("_", "-")
    L = ["# %s" % r.choice(APPS), "server.port=%d" % r.choice([8080, 8081, 9090]), "spring.application.name=%s" % r.choice(APPS),
         "spring.datasource.url=jdbc:postgresql://db:5432/%s" % r.choice(["billing", "fiscal", "erp"]),
         "spring.datasource.username=app", "spring.jpa.hibernate.ddl-auto=validate", "management.endpoints.web.exposure.include=health,info", "",
         "# %s" % PNAME[c.k.provider], "tax.%s.base-url=%s" % (prov, c.k.host)]
    if c.idval:
        L.append("tax.%s.%s=%s" % (prov, c.idn("kebab"), c.idval))
    if c.user:
        L.append("tax.%s.username=%s" % (prov, c.user))
    L.append("tax.%s.%s=%s" % (prov, c.n(r.choice(["kebab", "camel"])), c.cfg("props")))
    L += ["tax.%s.%s" % (prov, x) for x in ex_lines(r, r.randrange(1, 4), "props", "kebab")]
    L.append("")
    return "src/main/resources/application%s.properties" % r.choice(["", "-prod", ""]), "\n".join(L)


@template("spring_yaml")
def t_spring_yaml(r, c):
    prov = c.k.provider.replace("_", "-")
    L = ["server:", "  port: 8080", "spring:", "  application:", "    name: %s" % r.choice(APPS), "  jackson:",
         "    default-property-inclusion: non_null", "", "tax:", "  %s:" % prov, "    base-url: %s" % c.k.host]
    if c.idval:
        L.append("    %s: %s" % (c.idn("kebab"), quote_cfg(c.idval)))
    if c.user:
        L.append("    username: %s" % quote_cfg(c.user))
    L.append("    %s: %s" % (c.n("kebab"), c.cfg("yaml", r.random() < 0.3)))
    L += ex_lines(r, r.randrange(1, 4), "yaml", "kebab", "    ")
    L += ["", "logging:", "  level:", "    root: INFO", "    com.acme.tax: DEBUG", ""]
    return "src/main/resources/application%s.yml" % r.choice(["", "-prod", "-staging"]), "\n".join(L)


@template("java_class", ok=not_key)
def t_java_class(r, c):
    cls = style_name(c.k.provider.split("_"), "pascal") + "Config"
    p = pkg(r)
    L = ["package com.acme.%s.tax;" % p, "", "import java.net.URI;", "import java.net.http.HttpClient;", "import java.net.http.HttpRequest;",
         "import java.time.Duration;", "", "public final class %s {" % cls, "",
         '    public static final String BASE_URL = "%s";' % c.k.host]
    if c.idval:
        L.append('    public static final String %s = "%s";' % (c.idn("scream"), c.idval))
    if c.mode == "env":
        L.append("    static final String %s = %s;" % (c.n("scream"), c.lit("java")))
    else:
        L.append("    static final String %s = %s;" % (c.n("scream"), c.lit("java")))
    L += ["", "    private %s() {}" % cls, "", "    public static HttpRequest.Builder request(String path) {",
          "        return HttpRequest.newBuilder(URI.create(BASE_URL + path))",
          "                .timeout(Duration.ofSeconds(%d))" % r.choice([10, 30]),
          '                .header("Accept", "application/json")']
    if is_pw(c.k):
        L.append('                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(("%s:" + %s).getBytes()));' % (c.user or "api", c.n("scream")))
    else:
        L.append('                .header("%s", %s%s);' % (r.choice(["Authorization", "X-API-Key"]), '"Bearer " + ' if r.random() < 0.5 else "", c.n("scream")))
    L += ["    }", "", "    public static HttpClient client() {", "        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();",
          "    }", "}", ""]
    return "src/main/java/com/acme/%s/tax/%s.java" % (p, cls), "\n".join(L)


@template("java_keystore", ok=cert_pw)
def t_java_keystore(r, c):
    p = pkg(r)
    fname = r.choice(["certificado_a1.pfx", "empresa.p12", "sello.pfx", "a2a-strong-auth.p12", "tbai.p12"])
    L = ["package com.acme.%s.security;" % p, "", "import java.io.FileInputStream;", "import java.io.InputStream;",
         "import java.security.KeyStore;", "import javax.net.ssl.KeyManagerFactory;", "import javax.net.ssl.SSLContext;", "",
         "/** Builds the mutual-TLS context for the %s web services. */" % PNAME[c.k.provider],
         "public class CertificateLoader {", "", '    private static final String KEYSTORE = "/opt/%s/certs/%s";' % (p, fname), "",
         "    public SSLContext sslContext() throws Exception {", '        KeyStore ks = KeyStore.getInstance("PKCS12");',
         "        char[] %s = %s.toCharArray();" % (c.n("camel"), c.lit("java")),
         "        try (InputStream in = new FileInputStream(KEYSTORE)) {",
         "            ks.load(in, %s);" % c.n("camel"), "        }",
         "        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());",
         "        kmf.init(ks, %s);" % c.n("camel"),
         '        SSLContext ctx = SSLContext.getInstance("TLSv1.2");', "        ctx.init(kmf.getKeyManagers(), null, null);",
         "        return ctx;", "    }", "}", ""]
    return "src/main/java/com/acme/%s/security/CertificateLoader.java" % p, "\n".join(L)


@template("appsettings_json")
def t_appsettings(r, c):
    sec = style_name(c.k.provider.split("_"), "pascal")
    inner = ['      "BaseUrl": "%s"' % c.k.host]
    if c.idval:
        inner.append('      "%s": "%s"' % (c.idn("pascal"), c.idval))
    if c.user:
        inner.append('      "UserName": "%s"' % c.user)
    inner.append('      "%s": %s' % (c.n("pascal"), c.cfg("json")))
    inner += ["      " + x for x in ex_lines(r, r.randrange(1, 3), "json", "pascal")]
    L = ["{", '  "Logging": {', '    "LogLevel": {', '      "Default": "Information",', '      "Microsoft.AspNetCore": "Warning"', "    }", "  },",
         '  "AllowedHosts": "*",', '  "ConnectionStrings": {', '    "Default": "Server=sql01;Database=%s;Integrated Security=true;TrustServerCertificate=true"' % r.choice(["Billing", "Fiscal", "Erp"]),
         "  },", '  "Tax": {', '    "%s": {' % sec, ",\n".join(inner), "    }", "  }", "}", ""]
    return r.choice(["appsettings.json", "appsettings.Production.json", "src/Api/appsettings.json", "src/Worker/appsettings.Development.json"]), "\n".join(L)


@template("cs_class", ok=not_key)
def t_cs_class(r, c):
    cls = style_name(c.k.provider.split("_"), "pascal") + "Service"
    ns = "Acme.%s.Tax" % style_name([pkg(r)], "pascal")
    L = ["using System;", "using System.Net.Http;", "using System.Net.Http.Headers;", "using System.Threading.Tasks;", "",
         "namespace %s" % ns, "{", "    public class %s" % cls, "    {", '        private const string BaseUrl = "%s";' % c.k.host]
    if c.idval:
        L.append('        private const string %s = "%s";' % (c.idn("pascal"), c.idval))
    neutral_hdr = r.random() < 0.5
    if not neutral_hdr:
        L.append("        private static readonly string %s = %s;" % (c.n("pascal"), c.lit("cs")))
    L += ["        private readonly HttpClient _http;", "", "        public %s(HttpClient http)" % cls, "        {", "            _http = http;",
          "            _http.BaseAddress = new Uri(BaseUrl);"]
    val = c.lit("cs") if neutral_hdr else c.n("pascal")
    if is_pw(c.k):
        L.append('            var raw = System.Text.Encoding.UTF8.GetBytes("%s:" + %s);' % (c.user or "api", val))
        L.append('            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(raw));')
    else:
        L.append('            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", %s);' % val)
    L += ["        }", "", "        public async Task<string> PostAsync(string path, HttpContent body)", "        {",
          "            var res = await _http.PostAsync(path, body);", "            res.EnsureSuccessStatusCode();",
          "            return await res.Content.ReadAsStringAsync();", "        }", "    }", "}", ""]
    return "src/%s/Services/%s.cs" % (ns, cls), "\n".join(L)


@template("cs_x509", ok=cert_pw)
def t_cs_x509(r, c):
    L = ["using System.Security.Cryptography.X509Certificates;", "", "namespace Fiscal.Signing", "{", "    internal static class CertificateStore", "    {",
         '        private const string PfxPath = @"%s";' % r.choice(["C:\\Certificados\\empresa_a1.pfx", "certs\\sii_firma.p12", "/app/certs/tbai.p12", "C:\\Fiscal\\csd.pfx"]), "",
         "        public static X509Certificate2 Load()", "        {",
         "            return new X509Certificate2(PfxPath, %s, X509KeyStorageFlags.MachineKeySet | X509KeyStorageFlags.Exportable);" % c.lit("cs"),
         "        }", "", "        public static string Thumbprint() => Load().Thumbprint;", "    }", "}", ""]
    return "src/Fiscal.Signing/CertificateStore.cs", "\n".join(L)


@template("web_config")
def t_web_config(r, c):
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>",
         '    <add key="webpages:Version" value="3.0.0.0" />', '    <add key="ClientValidationEnabled" value="true" />',
         '    <add key="%sUrl" value="%s" />' % (style_name(c.k.provider.split("_"), "pascal"), c.k.host)]
    if c.idval:
        L.append('    <add key="%s" value="%s" />' % (c.idn("pascal"), c.idval))
    if c.user:
        L.append('    <add key="%sUser" value="%s" />' % (style_name(c.k.provider.split("_"), "pascal"), c.user))
    L.append('    <add key="%s" value="%s" />' % (c.n("pascal"), c.raw_value()))
    L += ["    " + x for x in ex_lines(r, r.randrange(1, 3), "xml", "pascal")]
    L += ["  </appSettings>", "  <system.web>", '    <compilation debug="false" targetFramework="4.8" />', '    <httpRuntime targetFramework="4.8" />',
          "  </system.web>", "</configuration>", ""]
    return r.choice(["Web.config", "src/Facturacion.Web/Web.config", "App.config"]), "\n".join(L)


@template("node_js", ok=not_key)
def t_node_js(r, c):
    var = c.n(r.choice(["camel", "scream"]))
    L = ["'use strict';", "", "const axios = require('axios');", "", "const BASE_URL = '%s';" % c.k.host]
    if c.idval:
        L.append("const %s = '%s';" % (c.idn("camel"), c.idval))
    L.append("const %s = %s;" % (var, c.lit("js")))
    L += ["", "const client = axios.create({", "  baseURL: BASE_URL,", "  timeout: %d," % r.choice([5000, 10000, 30000])]
    if is_pw(c.k):
        L.append("  auth: { username: '%s', password: %s }," % (c.user or "api", var))
    else:
        L.append("  headers: { %s: `Bearer ${%s}`, Accept: 'application/json' }," % (r.choice(["Authorization", "'Authorization'"]), var))
    L += ["});", "", "async function submit(doc) {", "  const { data } = await client.post('/%s', doc);" % r.choice(["transactions", "invoices", "documents"]),
          "  return data;", "}", "", "module.exports = { submit };", ""]
    return r.choice(["src/tax/client.js", "lib/%s.js" % c.k.provider.replace("_", "-"), "server/services/tax.js"]), "\n".join(L)


@template("node_ts_config")
def t_node_ts(r, c):
    L = ["// Runtime configuration for the %s integration" % PNAME[c.k.provider], "export interface TaxConfig {", "  baseUrl: string;",
         "  %s: string;" % c.n("camel"), "  timeoutMs: number;", "}", "", "export const taxConfig: TaxConfig = {", "  baseUrl: '%s'," % c.k.host,
         "  %s: %s," % (c.n("camel"), c.lit("js")), "  timeoutMs: %d," % r.choice([8000, 15000]), "};", ""]
    if c.idval:
        L.insert(8, "  // %s: %s" % (c.idn("camel"), c.idval))
    return r.choice(["src/config/tax.ts", "src/config/%s.config.ts" % c.k.provider.replace("_", "-"), "apps/api/src/tax/config.ts"]), "\n".join(L)


@template("dotenv")
def t_dotenv(r, c):
    L = ["# %s" % r.choice(APPS), "NODE_ENV=production", "APP_PORT=%d" % r.choice([3000, 8000, 8080]),
         "DATABASE_URL=postgres://app@db:5432/%s" % r.choice(["billing", "tax"]), "REDIS_URL=redis://redis:6379/0", "",
         "# %s" % PNAME[c.k.provider], "%s_BASE_URL=%s" % (c.k.provider.upper(), c.k.host)]
    if c.idval:
        L.append("%s=%s" % (c.k.idenv or c.idn("scream"), c.idval))
    if c.user:
        L.append("%s_USERNAME=%s" % (c.k.provider.upper(), c.user))
    L.append("%s=%s" % (c.n("scream") if r.random() < 0.6 else c.E, c.cfg("env", r.random() < 0.25)))
    L += [x.split("=")[0].upper() + "=" + x.split("=", 1)[1] for x in ex_lines(r, r.randrange(1, 4), "env")]
    L.append("")
    return r.choice([".env", ".env.production", "deploy/.env.prod", "docker/.env"]), "\n".join(L)


@template("docker_compose")
def t_compose(r, c):
    svc = r.choice(APPS)
    L = ["version: \"3.8\"", "", "services:", "  %s:" % svc, "    image: registry.example.com/%s:%d.%d.%d" % (svc, r.randrange(1, 3), r.randrange(20), r.randrange(10)),
         "    restart: unless-stopped", "    ports:", "      - \"%d:8080\"" % r.choice([8080, 8000, 9000]), "    environment:",
         "      - SPRING_PROFILES_ACTIVE=prod", "      - %s_BASE_URL=%s" % (c.k.provider.upper(), c.k.host)]
    if c.idval:
        L.append("      - %s=%s" % (c.k.idenv or c.idn("scream"), c.idval))
    L.append("      - %s=%s" % (c.n("scream") if r.random() < 0.5 else c.E, c.raw_value()))
    L += ["    depends_on:", "      - db", "", "  db:", "    image: postgres:16", "    environment:", "      POSTGRES_DB: %s" % svc.replace("-", "_"),
          "      POSTGRES_PASSWORD_FILE: /run/secrets/db_password", "    volumes:", "      - pgdata:/var/lib/postgresql/data", "", "volumes:", "  pgdata:", ""]
    return r.choice(["docker-compose.yml", "docker-compose.prod.yml", "deploy/compose.yaml"]), "\n".join(L)


@template("gh_workflow")
def t_gh(r, c):
    v = c.raw_value() if c.mode != "env" else "${{ secrets.%s }}" % c.E
    L = ["name: %s" % r.choice(["Nightly tax filing", "Deploy e-invoice worker", "Sync tax rates", "Integration tests"]), "", "on:",
         "  schedule:", "    - cron: \"%d %d * * *\"" % (r.randrange(60), r.randrange(24)), "  workflow_dispatch:", "", "jobs:", "  run:",
         "    runs-on: ubuntu-latest", "    env:", "      %s_BASE_URL: %s" % (c.k.provider.upper(), c.k.host),
         "      %s: %s" % (c.n("scream") if r.random() < 0.5 else c.E, quote_cfg(v, c.mode == "env"))]
    if c.idval:
        L.append("      %s: %s" % (c.k.idenv or c.idn("scream"), quote_cfg(c.idval)))
    L += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5", "        with:", "          python-version: \"3.12\"",
          "      - run: pip install -r requirements.txt", "      - run: python scripts/%s.py --since yesterday" % r.choice(["file_returns", "sync_rates", "push_einvoices"]), ""]
    return ".github/workflows/%s.yml" % r.choice(["nightly-filing", "deploy", "tax-sync", "integration"]), "\n".join(L)


@template("gitlab_ci")
def t_gitlab(r, c):
    L = ["stages:", "  - test", "  - deploy", "", "variables:", "  PIP_CACHE_DIR: \"$CI_PROJECT_DIR/.cache/pip\"",
         "  %s_BASE_URL: \"%s\"" % (c.k.provider.upper(), c.k.host), "  %s: %s" % (c.n("scream"), c.cfg("yaml", True)), "",
         "integration:", "  stage: test", "  image: python:3.12-slim", "  script:", "    - pip install -r requirements-dev.txt",
         "    - pytest -m integration", "  only:", "    - main", "", "deploy:", "  stage: deploy", "  script:", "    - ./deploy.sh", "  when: manual", ""]
    return ".gitlab-ci.yml", "\n".join(L)


@template("k8s_secret")
def t_k8s(r, c):
    name = c.k.provider.replace("_", "-") + "-credentials"
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s" % name, "  namespace: %s" % r.choice(["billing", "tax", "erp", "default"]),
         "  labels:", "    app.kubernetes.io/part-of: %s" % r.choice(APPS), "type: Opaque", "stringData:"]
    if c.idval:
        L.append("  %s: %s" % (c.idn("kebab"), quote_cfg(c.idval, True)))
    L.append("  %s: %s" % (c.n(r.choice(["kebab", "snake", "scream"])), c.cfg("yaml", True)))
    L.append("")
    return r.choice(["k8s/%s-secret.yaml" % c.k.provider.replace("_", "-"), "deploy/k8s/secret.yaml", "charts/tax/templates/secret.yaml"]), "\n".join(L)


@template("helm_values")
def t_helm(r, c):
    L = ["replicaCount: %d" % r.randrange(1, 4), "", "image:", "  repository: registry.example.com/%s" % r.choice(APPS), "  tag: \"%d.%d.%d\"" % (r.randrange(1, 3), r.randrange(20), r.randrange(10)),
         "", "resources:", "  limits:", "    memory: 512Mi", "", "config:", "  %s:" % c.k.provider.replace("_", "-"), "    baseUrl: %s" % c.k.host]
    if c.idval:
        L.append("    %s: %s" % (c.idn("camel"), quote_cfg(c.idval, True)))
    L.append("    %s: %s" % (c.n("camel"), c.cfg("yaml")))
    L += ex_lines(r, r.randrange(1, 3), "yaml", "camel", "    ")
    L += ["", "ingress:", "  enabled: false", ""]
    return r.choice(["charts/%s/values.yaml" % r.choice(APPS), "helm/values-prod.yaml", "deploy/values.yaml"]), "\n".join(L)


def basic_token(c, r):
    """base64(id:secret) for Basic auth; becomes the needle for positives. None if unsuitable."""
    ident = c.user or c.idval
    if not ident or c.mode == "env" or len(ident) > 60:
        return None
    tok = base64.b64encode(("%s:%s" % (ident, c.value)).encode()).decode()
    if c.label == "pos":
        c.needle = tok
    return tok


@template("postman_collection", ok=not_key)
def t_postman(r, c):
    name = "%s API" % PNAME[c.k.provider]
    val = c.raw_value() if c.mode != "env" else "{{%s}}" % c.n("camel")
    form = r.randrange(3)
    if is_pw(c.k) or form == 0 and (c.user or c.idval):
        auth = {"type": "basic", "basic": [{"key": "username", "value": c.user or c.idval or "api", "type": "string"},
                                           {"key": "password", "value": val, "type": "string"}]}
    elif form == 1:
        auth = {"type": "bearer", "bearer": [{"key": "token", "value": val, "type": "string"}]}
    else:
        auth = {"type": "apikey", "apikey": [{"key": "value", "value": val, "type": "string"}, {"key": "key", "value": "X-API-Key", "type": "string"}]}
    coll = {"info": {"_postman_id": uuid4(r), "name": name, "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
            "auth": auth,
            "item": [{"name": r.choice(["Create transaction", "Submit invoice", "Get status", "Ping"]),
                      "request": {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                                  "body": {"mode": "raw", "raw": json.dumps({"type": "SalesInvoice", "date": "2025-0%d-1%d" % (r.randrange(1, 9), r.randrange(10)),
                                                                             "currency": r.choice(["USD", "EUR", "INR"])})},
                                  "url": {"raw": "{{baseUrl}}/%s" % r.choice(["transactions/create", "invoices", "documents"]), "host": ["{{baseUrl}}"],
                                          "path": [r.choice(["transactions", "invoices", "documents"])]}}}],
            "variable": [{"key": "baseUrl", "value": c.k.host}]}
    return "postman/%s.postman_collection.json" % c.k.provider.replace("_", "-"), json.dumps(coll, indent=r.choice([2, 4]), ensure_ascii=False) + "\n"


@template("postman_env")
def t_postman_env(r, c):
    vals = [{"key": "baseUrl", "value": c.k.host, "type": "default", "enabled": True}]
    if c.idval:
        vals.append({"key": c.idn("camel"), "value": c.idval, "type": "default", "enabled": True})
    vals.append({"key": c.n("camel"), "value": c.raw_value() if c.mode != "env" else "", "type": r.choice(["secret", "default"]), "enabled": True})
    vals.append({"key": "companyCode", "value": r.choice(["DEFAULT", "ACME"]), "type": "default", "enabled": True})
    env = {"id": uuid4(r), "name": "%s - %s" % (PNAME[c.k.provider], r.choice(["Production", "Prod", "Live"])), "values": vals,
           "_postman_variable_scope": "environment", "_postman_exported_at": "2025-0%d-1%dT10:1%d:00.000Z" % (r.randrange(1, 9), r.randrange(10), r.randrange(10)),
           "_postman_exported_using": "Postman/11.%d.%d" % (r.randrange(30), r.randrange(10))}
    return "postman/%s.postman_environment.json" % r.choice(["prod", "production", c.k.provider]), json.dumps(env, indent=2) + "\n"


@template("http_file", ok=not_key)
def t_http(r, c):
    L = ["### %s smoke test" % PNAME[c.k.provider], "@baseUrl = %s" % c.k.host, ""]
    bt = basic_token(c, r) if r.random() < 0.4 else None
    if bt:
        hdr = "Authorization: Basic %s" % bt
    else:
        v = c.raw_value() if c.mode != "env" else "{{$dotenv %s}}" % c.E
        hdr = r.choice(["Authorization: Bearer %s", "X-Api-Key: %s", "Authorization: Token %s"]) % v
    L += ["POST {{baseUrl}}/%s" % r.choice(["transactions/create", "v1/invoices", "documents"]), "Content-Type: application/json", hdr, "",
          "{", '  "documentType": "%s",' % r.choice(["SalesInvoice", "INV", "CRN"]), '  "date": "2025-%02d-%02d",' % (r.randrange(1, 13), r.randrange(1, 29)),
          '  "lines": [{"amount": %d, "taxCode": "%s"}]' % (r.randrange(10, 999), r.choice(["P0000000", "txcd_10000000", "GST18"])), "}", "", "###", "",
          "GET {{baseUrl}}/%s" % r.choice(["utilities/ping", "health", "status"]), ""]
    return r.choice(["requests/%s.http" % c.k.provider, "api.http", "docs/http/tax.http"]), "\n".join(L)


@template("curl_sh", ok=not_key)
def t_curl(r, c):
    L = ["#!/usr/bin/env bash", "# quick check that the %s credentials still work" % PNAME[c.k.provider], "set -euo pipefail", "",
         'BASE="%s"' % c.k.host]
    bt = basic_token(c, r) if r.random() < 0.3 else None
    if bt:
        L += ["", 'curl -sS -X GET "$BASE/%s" \\' % r.choice(["utilities/ping", "status", "health"]), '  -H "Authorization: Basic %s" \\' % bt, '  -H "Accept: application/json" | jq .']
    elif (c.user or c.idval) and r.random() < 0.5:
        L += ["", ("curl -sS -u '%s:%s' \\" % (c.user or c.idval, c.value)) if c.mode != "env" else ('curl -sS -u "%s:$%s" \\' % (c.user or c.idval, c.E)),
              '  "$BASE/%s" | jq .' % r.choice(["companies", "status", "ping"])]
    else:
        v = c.lit("sh")
        L += ["%s=%s" % (c.n("scream"), v), "",
              'curl -sS "$BASE/%s" \\' % r.choice(["categories", "rates/94105", "v1/health", "utilities/ping"]),
              '  -H "%s: %s$%s" \\' % (r.choice(["Authorization", "X-API-Key"]), r.choice(["Bearer ", ""]), c.n("scream")), '  -H "Accept: application/json" | jq .']
    L.append("")
    return r.choice(["scripts/check_credentials.sh", "bin/smoke.sh", "tools/ping-%s.sh" % c.k.provider.replace("_", "-")]), "\n".join(L)


@template("cron_script")
def t_cron_script(r, c):
    L = ["#!/bin/sh", "# Nightly job: export yesterday's invoices and push them to %s." % PNAME[c.k.provider],
         "# installed by ops, runs from /etc/cron.d/%s" % r.choice(APPS), "", "cd /opt/%s || exit 1" % r.choice(APPS), "",
         "export %s_BASE_URL=%s" % (c.k.provider.upper(), c.k.host)]
    if c.idval:
        L.append("export %s=%s" % (c.k.idenv or c.idn("scream"), c.idval))
    L.append("export %s=%s" % (c.E if r.random() < 0.5 else c.n("scream"), c.lit("sh")))
    L += ["export LOG_DIR=/var/log/%s" % r.choice(APPS), "", 'DAY=$(date -d yesterday +%F)', "",
          './venv/bin/python -m %s.export --date "$DAY" > "$LOG_DIR/export-$DAY.log" 2>&1' % pkg(r),
          'status=$?', 'if [ $status -ne 0 ]; then', '  echo "export failed for $DAY" | mail -s "tax export failed" ops@example.com', 'fi', "exit $status", ""]
    return r.choice(["cron/nightly_export.sh", "ops/cron/push_invoices.sh", "scripts/cron-filing.sh"]), "\n".join(L)


@template("crontab")
def t_crontab(r, c):
    v = c.lit("sh") if c.mode != "env" else "$(cat /etc/%s/%s)" % (c.k.provider, c.E.lower())
    L = ["# m h dom mon dow user command", "SHELL=/bin/bash", "PATH=/usr/local/bin:/usr/bin:/bin", "MAILTO=ops@example.com", "",
         "%d %d * * * deploy cd /opt/%s && ./bin/rates-refresh >> /var/log/rates.log 2>&1" % (r.randrange(60), r.randrange(24), r.choice(APPS)),
         "%d %d * * 1-5 deploy %s=%s /opt/%s/bin/push-invoices --since=yesterday" % (r.randrange(60), r.randrange(24), c.n("scream"), v, r.choice(APPS)),
         "%d 3 1 * * deploy /opt/%s/bin/archive --older-than 90d" % (r.randrange(60), r.choice(APPS)), ""]
    return r.choice(["deploy/crontab", "ops/cron.d/%s" % c.k.provider.replace("_", "-"), "etc/cron.d/einvoice"]), "\n".join(L)


@template("runbook_md")
def t_runbook(r, c):
    L = ["# %s runbook" % PNAME[c.k.provider], "", "Owner: %s team. Escalation: #%s on Slack." % (r.choice(["Billing", "Tax", "Finance Eng"]), r.choice(["tax-oncall", "billing-alerts"])), "",
         "## When submissions start failing", "", "1. Check the provider status page.", "2. Look at the `%s` dashboard in Grafana." % r.choice(APPS),
         "3. Re-run the failed batch manually:", "", "```bash"]
    if c.idval:
        L.append("export %s=%s" % (c.k.idenv or c.idn("scream"), c.idval))
    L += ["export %s=%s" % (c.E, c.lit("sh")), "python scripts/push_einvoices.py --since 2025-%02d-%02d" % (r.randrange(1, 13), r.randrange(1, 29)), "```", "",
          "4. If the API answers 401, the credential was rotated; ask %s for the new one." % r.choice(["the finance admin", "Priya", "Marek", "Lucía"]), "",
          "## Contacts", "", "| Who | What |", "|-----|------|", "| %s support | %s |" % (PNAME[c.k.provider], c.k.host.split("/")[2]), "| Finance | finance@example.com |", ""]
    return r.choice(["docs/runbook.md", "notes/runbook.md", "docs/%s-runbook.md" % c.k.provider.replace("_", "-"), "README.md"]), "\n".join(L)


@template("notes_md")
def t_notes(r, c):
    L = ["## %s onboarding notes" % PNAME[c.k.provider], "", "- portal: %s" % c.k.host, "- contract renewed %s" % r.choice(["March", "April", "last week", "2025-01"])]
    if c.idval:
        L.append("- %s: `%s`" % (" ".join(c.idwords), c.idval))
    if c.user:
        L.append("- user: %s" % c.user)
    label = " ".join(c.words) if c.obvious else r.choice(["the one from the email", "prod value", "what Ana sent", "for the cron box"])
    L.append("- %s: %s" % (label, c.raw_value() if c.mode != "env" else "in 1Password, entry \"%s\"" % PNAME[c.k.provider]))
    L += ["- sandbox and production use different hosts", "", "TODO: move the jobs to the new worker before %s." % r.choice(["Q3", "the audit", "June"]), ""]
    return r.choice(["notes/%s.md" % c.k.provider.replace("_", "-"), "docs/onboarding.md", "NOTES.md"]), "\n".join(L)


@template("ini_file")
def t_ini(r, c):
    L = ["; %s connector" % r.choice(APPS), "[general]", "environment = production", "log_file = /var/log/%s.log" % r.choice(APPS), "",
         "[%s]" % c.k.provider, "url = %s" % c.k.host]
    if c.idval:
        L.append("%s = %s" % (c.idn("snake"), c.idval))
    if c.user:
        L.append("username = %s" % c.user)
    L.append("%s = %s" % (c.n("snake"), c.cfg("ini")))
    L += ex_lines(r, r.randrange(1, 3), "ini")
    L.append("")
    return r.choice(["config/tax.ini", "conf/connector.ini", "%s.ini" % c.k.provider, "config/app.ini"]), "\n".join(L)


@template("toml_file")
def t_toml(r, c):
    L = ["# %s configuration" % r.choice(APPS), "[server]", "bind = \"0.0.0.0:%d\"" % r.choice([8080, 9000]), "workers = %d" % r.randrange(2, 9), "",
         "[providers.%s]" % c.k.provider, "base_url = \"%s\"" % c.k.host]
    if c.idval:
        L.append("%s = \"%s\"" % (c.idn("snake"), c.idval))
    L.append("%s = %s" % (c.n("snake"), c.cfg("toml")))
    L += ex_lines(r, r.randrange(1, 3), "toml")
    L.append("")
    return r.choice(["config.toml", "config/production.toml", "settings.toml"]), "\n".join(L)


@template("soap_envelope", ok=soap_ok)
def t_soap(r, c):
    v = c.raw_value()
    p = c.k.provider
    if p == "finkok":
        body = ["    <stamp:stamp>", "      <stamp:xml>%s</stamp:xml>" % b64(r, 90), "      <stamp:username>%s</stamp:username>" % (c.user or user_email(r)),
                "      <stamp:password>%s</stamp:password>" % v, "    </stamp:stamp>"]
        ns = 'xmlns:stamp="http://facturacion.finkok.com/stamp"'
        hdr = []
    elif c.k.kind == "o_series_trusted_id":
        ns = 'xmlns:urn="urn:vertexinc:o-series:tps:9:0"'
        hdr = []
        body = ['    <urn:VertexEnvelope>', '      <urn:Login>', '        <urn:TrustedId>%s</urn:TrustedId>' % v, '      </urn:Login>',
                '      <urn:QuotationRequest documentDate="2025-%02d-%02d" transactionType="SALE">' % (r.randrange(1, 13), r.randrange(1, 29)),
                '        <urn:Seller><urn:Company>%s</urn:Company></urn:Seller>' % r.choice(["ACME", "1000", "US01"]),
                '        <urn:LineItem lineItemNumber="1"><urn:ExtendedPrice>%d.00</urn:ExtendedPrice></urn:LineItem>' % r.randrange(10, 999),
                '      </urn:QuotationRequest>', '    </urn:VertexEnvelope>']
    else:
        ns = 'xmlns:tns="urn:%s:einvoice"' % p
        hdr = ['    <wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">', '      <wsse:UsernameToken>',
               '        <wsse:Username>%s</wsse:Username>' % (c.user or c.idval or "svc-einvoice"),
               '        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">%s</wsse:Password>' % v,
               '      </wsse:UsernameToken>', '    </wsse:Security>']
        body = ['    <tns:SubmitDocument>', '      <tns:DocumentId>%s</tns:DocumentId>' % uuid4(r, True), '      <tns:Payload>%s</tns:Payload>' % b64(r, 60), '    </tns:SubmitDocument>']
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<!-- sample request captured from the staging logs, %s -->' % PNAME[p],
         '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" %s>' % ns, "  <soapenv:Header>"] + hdr + \
        ["  </soapenv:Header>", "  <soapenv:Body>"] + body + ["  </soapenv:Body>", "</soapenv:Envelope>", ""]
    return r.choice(["soap/%s-request.xml" % p.replace("_", "-"), "resources/samples/stamp_request.xml", "src/test/resources/envelope.xml", "docs/soap/request.xml"]), "\n".join(L)


@template("terraform")
def t_tf(r, c):
    if c.mode == "env":
        return None
    L = ['variable "%s" {' % c.n("snake"), '  type        = string', '  description = "%s credential for the worker"' % PNAME[c.k.provider],
         '  default     = "%s"' % c.value, "  sensitive   = true", "}", "", 'resource "aws_ssm_parameter" "%s" {' % c.n("snake"),
         '  name  = "/%s/%s/%s"' % (r.choice(["prod", "live"]), r.choice(APPS), c.n("kebab")), '  type  = "SecureString"', '  value = var.%s' % c.n("snake"), "}", "",
         'resource "aws_lambda_function" "push" {', '  function_name = "%s-push"' % r.choice(APPS), '  runtime       = "python3.12"', '  handler       = "handler.main"',
         '  filename      = "build/push.zip"', '  role          = aws_iam_role.push.arn', "  environment {", "    variables = {",
         '      %s_BASE_URL = "%s"' % (c.k.provider.upper(), c.k.host), '      PARAM_NAME = aws_ssm_parameter.%s.name' % c.n("snake"), "    }", "  }", "}", ""]
    return r.choice(["infra/variables.tf", "terraform/tax_worker.tf", "infra/%s.tf" % c.k.provider]), "\n".join(L)


@template("ruby_initializer")
def t_ruby(r, c):
    p = c.k.provider
    L = ["# frozen_string_literal: true", "", "# %s client configuration" % PNAME[p], "%sConfig = Struct.new(:base_url, :%s, :timeout, keyword_init: true)" % (style_name(p.split("_"), "pascal"), c.n("snake")), "",
         "TAX_%s = %sConfig.new(" % (p.upper(), style_name(p.split("_"), "pascal")), "  base_url: '%s'," % c.k.host, "  %s: %s," % (c.n("snake"), c.lit("rb")),
         "  timeout: %d" % r.choice([10, 20, 30]), ").freeze", "", "Rails.application.config.after_initialize do",
         "  Rails.logger.info(\"[tax] %s client ready (#{TAX_%s.base_url})\")" % (p, p.upper()), "end", ""]
    return "config/initializers/%s.rb" % p, "\n".join(L)


@template("go_client", ok=token_only)
def t_go(r, c):
    L = ["package tax", "", "import (", '\t"net/http"', '\t"time"', ")", "", "const (", '\tbaseURL = "%s"' % c.k.host]
    if c.mode != "env":
        L.append("\t%s = %s" % (c.n("camel"), c.lit("go", '"')))
    L += [")", "", "// NewClient returns an HTTP client preconfigured for the %s API." % PNAME[c.k.provider], "func NewClient() *Client {",
          "\treturn &Client{", "\t\thttp:  &http.Client{Timeout: %d * time.Second}," % r.choice([10, 30]), "\t\ttoken: %s," % (c.n("camel") if c.mode != "env" else c.lit("go")), "\t}", "}", "",
          "type Client struct {", "\thttp  *http.Client", "\ttoken string", "}", "", "func (c *Client) do(req *http.Request) (*http.Response, error) {",
          '\treq.Header.Set("Authorization", "Bearer "+c.token)', '\treq.Header.Set("Accept", "application/json")', "\treturn c.http.Do(req)", "}", ""]
    return "internal/tax/%s.go" % c.k.provider, "\n".join(L)


@template("url_credential", ok=not_key)
def t_url(r, c):
    if c.mode == "env":
        return None
    if not url_safe(c.value):
        return None
    host = c.k.host
    if c.user or c.idval:
        u = "%s://%s:%s@%s" % (host.split("://")[0], c.user or c.idval, c.value, host.split("://")[1])
        if "@" in (c.user or c.idval):
            return None
    else:
        u = "%s%s%s=%s" % (host, "&" if "?" in host else "?", r.choice(["api_key", "token", "key", "apikey"]), c.value)
    lang = r.randrange(3)
    if lang == 0:
        L = ["import requests", "", "ENDPOINT = %r" % u, "", "", "def ping():", "    r = requests.get(ENDPOINT, timeout=10)", "    r.raise_for_status()", "    return r.json()", ""]
        path = "tools/ping_tax_api.py"
    elif lang == 1:
        L = ["const fetch = require('node-fetch');", "", "const endpoint = '%s';" % u, "", "fetch(endpoint)", "  .then((res) => res.json())",
             "  .then((body) => console.log(JSON.stringify(body, null, 2)))", "  .catch((err) => { console.error(err); process.exit(1); });", ""]
        path = "scripts/ping.js"
    else:
        L = ["tax:", "  provider: %s" % c.k.provider, "  endpoint: \"%s\"" % u, "  timeout: 15s", "  verify_tls: true", ""]
        path = "config/tax-endpoint.yaml"
    return path, "\n".join(L)


@template("dockerfile")
def t_dockerfile(r, c):
    if c.mode == "env":
        return None
    L = ["FROM %s" % r.choice(["python:3.12-slim", "node:20-alpine", "eclipse-temurin:21-jre", "php:8.3-fpm-alpine"]), "", "WORKDIR /app", "COPY . /app", "",
         "ENV %s_BASE_URL=%s" % (c.k.provider.upper(), c.k.host), "ENV %s=%s" % (c.n("scream"), c.cfg("env", True)), "ENV TZ=UTC", "",
         "RUN %s" % r.choice(["pip install --no-cache-dir -r requirements.txt", "npm ci --omit=dev", "echo build", "composer install --no-dev"]), "",
         "CMD %s" % r.choice(['["python", "-m", "worker"]', '["node", "server.js"]', '["java", "-jar", "app.jar"]', '["php-fpm"]']), ""]
    return r.choice(["Dockerfile", "docker/worker/Dockerfile", "Dockerfile.worker"]), "\n".join(L)


@template("ansible_vars")
def t_ansible(r, c):
    L = ["---", "# group vars for the %s hosts" % r.choice(["tax-workers", "einvoice", "erp"]), "app_user: deploy", "app_dir: /opt/%s" % r.choice(APPS),
         "%s_base_url: %s" % (c.k.provider, c.k.host)]
    if c.idval:
        L.append("%s_%s: %s" % (c.k.provider, c.idn("snake"), quote_cfg(c.idval, True)))
    L.append("%s: %s" % (c.n("snake") if not c.obvious else c.k.provider + "_" + c.n("snake"), c.cfg("yaml", True)))
    L += ["ntp_servers:", "  - 0.pool.ntp.org", "  - 1.pool.ntp.org", ""]
    return r.choice(["ansible/group_vars/all.yml", "ansible/group_vars/tax_workers.yml", "inventory/prod/group_vars/all.yml"]), "\n".join(L)


@template("sql_seed")
def t_sql(r, c):
    if c.mode == "env":
        return None
    L = ["-- seed integration settings for a fresh tenant", "BEGIN;", "",
         "INSERT INTO integration_settings (tenant_id, provider, setting_key, setting_value) VALUES",
         "  (%d, '%s', 'base_url', '%s')," % (r.randrange(1, 50), c.k.provider, c.k.host)]
    if c.idval:
        L.append("  (%d, '%s', '%s', '%s')," % (1, c.k.provider, c.idn("snake"), c.idval))
    L.append("  (%d, '%s', '%s', '%s')," % (1, c.k.provider, c.n("snake"), c.value))
    L.append("  (%d, '%s', 'enabled', 'true');" % (1, c.k.provider))
    L += ["", "COMMIT;", ""]
    return r.choice(["db/seeds/integration_settings.sql", "database/seed/%s.sql" % c.k.provider, "sql/002_seed_settings.sql"]), "\n".join(L)


@template("powershell", ok=token_only)
def t_ps1(r, c):
    L = ["<#", ".SYNOPSIS", "  Submits the monthly %s batch." % PNAME[c.k.provider], "#>", "param(", "    [string]$Period = (Get-Date).AddMonths(-1).ToString('yyyy-MM')", ")", "",
         "$ErrorActionPreference = 'Stop'", "$BaseUrl = '%s'" % c.k.host, "$%s = %s" % (c.n("pascal"), c.lit("ps1")), "",
         "$headers = @{ Authorization = \"Bearer $%s\"; Accept = 'application/json' }" % c.n("pascal"),
         "$body = Get-Content -Raw \".\\out\\batch-$Period.json\"", "Invoke-RestMethod -Method Post -Uri \"$BaseUrl/%s\" -Headers $headers -Body $body -ContentType 'application/json'" % r.choice(["returns", "documents", "invoices/batch"]), ""]
    return r.choice(["scripts/Submit-Batch.ps1", "tools/Send-Returns.ps1", "ops/Push-Invoices.ps1"]), "\n".join(L)


@template("systemd_unit")
def t_systemd(r, c):
    L = ["[Unit]", "Description=%s worker (%s)" % (r.choice(APPS), PNAME[c.k.provider]), "After=network-online.target", "", "[Service]", "User=deploy",
         "WorkingDirectory=/opt/%s" % r.choice(APPS), "Environment=%s_BASE_URL=%s" % (c.k.provider.upper(), c.k.host),
         "Environment=\"%s=%s\"" % (c.n("scream") if r.random() < 0.5 else c.E, c.raw_value()),
         "ExecStart=/opt/%s/venv/bin/python -m worker" % r.choice(APPS), "Restart=on-failure", "RestartSec=10", "", "[Install]", "WantedBy=multi-user.target", ""]
    return r.choice(["deploy/systemd/einvoice-worker.service", "ops/tax-worker.service", "systemd/%s.service" % c.k.provider.replace("_", "-")]), "\n".join(L)


@template("py_pkcs12", ok=cert_pw)
def t_py_pkcs12(r, c):
    L = ['"""Load the A1/PKCS#12 certificate used to sign the fiscal XML."""', "from pathlib import Path", "",
         "from cryptography.hazmat.primitives.serialization import pkcs12", "",
         'CERT_PATH = Path(__file__).parent / "certs" / "%s"' % r.choice(["empresa_a1.pfx", "firma_sii.p12", "tbai_cert.p12", "csd.pfx"]), "", "",
         "def load_certificate():", "    data = CERT_PATH.read_bytes()",
         "    key, cert, extra = pkcs12.load_key_and_certificates(data, %s.encode())" % c.lit("py"),
         '    return key, cert', "", "", 'if __name__ == "__main__":', "    _, cert, _ = load_certificate()", "    print(cert.subject.rfc4514_string())",
         "    print(cert.not_valid_after_utc)", ""]
    return r.choice(["signer/certificate.py", "fiscal/cert_loader.py", "nfe/assinatura.py"]), "\n".join(L)


@template("zatca_egs_json", ok=lambda k: k.provider == "zatca")
def t_zatca_json(r, c):
    d = {"egsSerialNumber": "1-%s|2-%s|3-%s" % (r.choice(["ERP", "POS"]), r.choice(["v2", "v3"]), uuid4(r)), "vatNumber": vat_sa(r),
         "environment": r.choice(["core", "simulation"]), "requestID": r.randrange(10 ** 12, 10 ** 13)}
    if c.k.kind == "pcsid_secret":
        d["binarySecurityToken"] = c.idval
        d[c.n("camel") if not c.obvious else "secret"] = c.raw_value()
    else:
        d["certificatePath"] = "certs/cert.pem"
        d[c.n("camel")] = c.raw_value()
    return r.choice(["config/zatca/egs.json", "zatca/onboarding.json", "storage/zatca/credentials.json"]), json.dumps(d, indent=2) + "\n"


@template("irp_auth_payload", ok=lambda k: k.provider in ("nic_irp", "gst_gsp"))
def t_irp(r, c):
    d = {"UserName": c.user or "API_%s" % rs(r, UP, 5), "Password": human_password(r) if c.k.kind == "irp_api_password" else None,
         "AppKey": None, "ForceRefreshAccessToken": False}
    if c.k.kind == "irp_api_password":
        d["Password"] = c.raw_value()
        d["AppKey"] = "<generated per session>"
    elif c.k.kind == "irp_app_key":
        d["Password"] = "<from vault>"
        d["AppKey"] = c.raw_value()
    else:
        d = {"client_id": c.idval, "client_secret": c.raw_value(), "gstin": gstin(r), "grant_type": "password"}
    return r.choice(["fixtures/irp_auth_request.json", "docs/samples/auth.json", "gst/einvoice/auth_payload.json"]), json.dumps(d, indent=4) + "\n"


# ---------------------------------------------------------------------------
# negative values that can sit in a positive template's secret slot
# ---------------------------------------------------------------------------
STRIPE_DOC_TEST_KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"   # key printed in Stripe's public API docs


def neg_value(r, k):
    """returns (mode, value, subkind)"""
    kebab = k.env.lower().replace("_", "-")
    roll = r.random()
    if roll < 0.34:
        return "env", "", "env_reference"
    if roll < 0.58:
        v = r.choice(["YOUR_%s" % k.env, "<%s>" % kebab, "changeme", "REPLACE_ME", "TODO", "%s_HERE" % k.env, "your-%s" % kebab,
                      "<insert %s>" % kebab.replace("-", " "), "xxxxxxxxxxxxxxxx", "XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX", "dummy", "not-set",
                      "PUT_YOUR_KEY_HERE", "__%s__" % k.env, "{{%s}}" % kebab.replace("-", "_")])
        return "lit", v, "placeholder"
    if roll < 0.72:
        real = k.gen(r)
        keep = 0
        for pre in ("sk_live_", "rk_live_", "a/", "AB11"):
            if real.startswith(pre):
                keep = len(pre)
        style = r.randrange(3)
        if style == 0:
            v = real[:keep] + "*" * max(8, len(real) - keep - 4) + real[-4:]
        elif style == 1:
            v = real[:keep] + "•" * 12
        else:
            v = real[:keep] + "X" * min(len(real) - keep, 40)
        return "lit", v, "masked"
    if roll < 0.80:
        return "lit", "", "empty"
    if roll < 0.88:
        return "lit", r.choice(["[REDACTED]", "<redacted>", "***REMOVED***", "[FILTERED]", "********", "(see vault)"]), "redacted"
    if k.public and r.random() < 0.7:
        return "lit", k.public(r), "public_key"
    if k.provider == "stripe":
        return "lit", STRIPE_DOC_TEST_KEY, "documented_example"
    return "env", "", "env_reference"


# ---------------------------------------------------------------------------
# domain look-alike negatives: (r) -> (relpath, text, provider, kind)
# ---------------------------------------------------------------------------
DOMAIN = []


def domain(fn):
    DOMAIN.append((fn.__name__, fn))
    return fn


@domain
def d_cfdi_xml(r):
    uid = uuid4(r, True)
    rfc_e, rfc_r = rfc_mx(r, True), rfc_mx(r, False)
    cert = fake_cert_b64(r, 900)
    sello = b64(r, 256)
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<cfdi:Comprobante xmlns:cfdi="http://www.sat.gob.mx/cfd/4" xmlns:tfd="http://www.sat.gob.mx/TimbreFiscalDigital" Version="4.0" Serie="%s" Folio="%d"' % (r.choice("ABF"), r.randrange(1000, 99999)),
         '  Fecha="2025-%02d-%02dT%02d:%02d:%02d" FormaPago="%s" NoCertificado="%s" SubTotal="%d.00" Moneda="MXN" Total="%d.00" TipoDeComprobante="I" Exportacion="01" MetodoPago="PUE" LugarExpedicion="%05d"' % (
             r.randrange(1, 13), r.randrange(1, 29), r.randrange(24), r.randrange(60), r.randrange(60), r.choice(["01", "03", "04"]), sat_cert_no(r), r.randrange(100, 9000), r.randrange(9000, 12000), r.randrange(1000, 99999)),
         '  Sello="%s"' % sello, '  Certificado="%s">' % cert,
         '  <cfdi:Emisor Rfc="%s" Nombre="%s" RegimenFiscal="601"/>' % (rfc_e, r.choice(["ABARROTES LUPITA", "FERRETERIA DEL NORTE", "GRUPO TLALOC"])),
         '  <cfdi:Receptor Rfc="%s" Nombre="PUBLICO EN GENERAL" DomicilioFiscalReceptor="%05d" RegimenFiscalReceptor="616" UsoCFDI="S01"/>' % (rfc_r, r.randrange(1000, 99999)),
         '  <cfdi:Conceptos>', '    <cfdi:Concepto ClaveProdServ="01010101" Cantidad="1" ClaveUnidad="ACT" Descripcion="Venta" ValorUnitario="100.00" Importe="100.00" ObjetoImp="02"/>',
         '  </cfdi:Conceptos>', '  <cfdi:Complemento>',
         '    <tfd:TimbreFiscalDigital Version="1.1" UUID="%s" FechaTimbrado="2025-%02d-%02dT10:00:00" RfcProvCertif="%s" NoCertificadoSAT="%s"' % (uid, r.randrange(1, 13), r.randrange(1, 29), rfc_mx(r, True), sat_cert_no(r)),
         '      SelloCFD="%s" SelloSAT="%s"/>' % (sello[:40] + "...", b64(r, 256)), '  </cfdi:Complemento>', '</cfdi:Comprobante>', ""]
    return r.choice(["storage/cfdi/%s.xml" % uid, "tests/fixtures/cfdi40_ingreso.xml", "samples/factura.xml"]), "\n".join(L), "sat", "cfdi_signed_xml"


@domain
def d_irp_response(r):
    g = gstin(r)
    signed = jwt_like(r, {"data": json.dumps({"AckNo": r.randrange(10 ** 14, 10 ** 15), "Irn": "", "SellerGstin": g}), "iss": "NIC"}, {"alg": "RS256", "kid": rs(r, HEXU, 40), "typ": "JWT", "x5t": b64url(r, 20)})
    d = {"Status": 1, "Data": {"AckNo": r.randrange(10 ** 14, 10 ** 15), "AckDt": "2025-%02d-%02d 1%d:2%d:00" % (r.randrange(1, 13), r.randrange(1, 29), r.randrange(10), r.randrange(10)),
                               "Irn": irn(r), "SignedInvoice": signed[:120] + "...", "SignedQRCode": signed[:90] + "...", "Status": "ACT", "EwbNo": None,
                               "EwbDt": None, "EwbValidTill": None, "Remarks": None}, "ErrorDetails": None, "InfoDtls": None}
    return r.choice(["tests/fixtures/irp_generate_irn_response.json", "docs/samples/irn_response.json", "storage/einvoice/%s.json" % g]), json.dumps(d, indent=2) + "\n", "nic_irp", "irn_ack_response"


@domain
def d_gstin_fixtures(r):
    L = ['"""GSTIN checksum validation (mod-36)."""', "import re", "", 'GSTIN_RE = re.compile(r"^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$")',
         'CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"', "", "", "def checksum_ok(gstin: str) -> bool:", "    total = 0",
         "    for i, ch in enumerate(gstin[:14]):", "        p = CHARS.index(ch) * (2 if i % 2 else 1)", "        total += p // 36 + p % 36",
         "    return CHARS[(36 - total % 36) % 36] == gstin[14]", "", "", "VALID = ["]
    L += ['    "%s",' % gstin(r) for _ in range(r.randrange(4, 9))]
    L += ["]", "", "", "def test_known_good():", "    for g in VALID:", "        assert GSTIN_RE.match(g) and checksum_ok(g), g", ""]
    return r.choice(["gst/validators.py", "tests/test_gstin.py", "app/utils/gstin.py"]), "\n".join(L), "nic_irp", "gstin_list"


@domain
def d_nfe_xml(r):
    ch = nfe_chave(r)
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<nfeProc xmlns="http://www.portalfiscal.inf.br/nfe" versao="4.00">', '  <NFe>',
         '    <infNFe Id="NFe%s" versao="4.00">' % ch, '      <ide><cUF>%s</cUF><natOp>VENDA</natOp><mod>55</mod><serie>1</serie><nNF>%d</nNF></ide>' % (ch[:2], r.randrange(1, 99999)),
         '      <emit><CNPJ>%s</CNPJ><xNome>%s LTDA</xNome><IE>%s</IE></emit>' % (ch[6:20], r.choice(["COMERCIAL IPANEMA", "DISTRIBUIDORA CEDRO", "MARACUJA ALIMENTOS"]), rs(r, DIG, 12)),
         '      <dest><CPF>%s</CPF><xNome>CONSUMIDOR</xNome></dest>' % cpf(r, False),
         '      <total><ICMSTot><vProd>%d.00</vProd><vNF>%d.00</vNF></ICMSTot></total>' % (r.randrange(10, 900), r.randrange(10, 900)), '    </infNFe>',
         '    <Signature xmlns="http://www.w3.org/2000/09/xmldsig#">', '      <SignedInfo>', '        <Reference URI="#NFe%s">' % ch,
         '          <DigestMethod Algorithm="http://www.w3.org/2000/09/xmldsig#sha1"/>', '          <DigestValue>%s</DigestValue>' % base64.b64encode(rbytes(r, 20)).decode(),
         '        </Reference>', '      </SignedInfo>', '      <SignatureValue>%s</SignatureValue>' % b64(r, 256),
         '      <KeyInfo><X509Data><X509Certificate>%s</X509Certificate></X509Data></KeyInfo>' % fake_cert_b64(r, 700), '    </Signature>', '  </NFe>',
         '  <protNFe versao="4.00"><infProt><chNFe>%s</chNFe><nProt>1%s</nProt><digVal>%s</digVal><cStat>100</cStat><xMotivo>Autorizado o uso da NF-e</xMotivo></infProt></protNFe>' % (ch, rs(r, DIG, 14), base64.b64encode(rbytes(r, 20)).decode()),
         '</nfeProc>', ""]
    return r.choice(["xml/autorizadas/%s-procNFe.xml" % ch, "tests/fixtures/nfe_autorizada.xml", "samples/nfe.xml"]), "\n".join(L), "sefaz", "nfe_signed_xml"


@domain
def d_zatca_invoice(r):
    vat = vat_sa(r)
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">',
         '  <cbc:ProfileID>reporting:1.0</cbc:ProfileID>', '  <cbc:ID>SME%05d</cbc:ID>' % r.randrange(99999), '  <cbc:UUID>%s</cbc:UUID>' % uuid4(r),
         '  <cbc:IssueDate>2025-%02d-%02d</cbc:IssueDate>' % (r.randrange(1, 13), r.randrange(1, 29)), '  <cbc:InvoiceTypeCode name="0200000">388</cbc:InvoiceTypeCode>',
         '  <cac:AdditionalDocumentReference><cbc:ID>ICV</cbc:ID><cbc:UUID>%d</cbc:UUID></cac:AdditionalDocumentReference>' % r.randrange(1, 9999),
         '  <cac:AdditionalDocumentReference>', '    <cbc:ID>PIH</cbc:ID>',
         '    <cac:Attachment><cbc:EmbeddedDocumentBinaryObject mimeCode="text/plain">%s</cbc:EmbeddedDocumentBinaryObject></cac:Attachment>' % sha256b64(r),
         '  </cac:AdditionalDocumentReference>', '  <cac:AdditionalDocumentReference>', '    <cbc:ID>QR</cbc:ID>',
         '    <cac:Attachment><cbc:EmbeddedDocumentBinaryObject mimeCode="text/plain">%s</cbc:EmbeddedDocumentBinaryObject></cac:Attachment>' % zatca_qr(r, vat=vat),
         '  </cac:AdditionalDocumentReference>', '  <cac:AccountingSupplierParty><cac:Party><cac:PartyTaxScheme><cbc:CompanyID>%s</cbc:CompanyID></cac:PartyTaxScheme></cac:Party></cac:AccountingSupplierParty>' % vat,
         '  <cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="SAR">%d.00</cbc:PayableAmount></cac:LegalMonetaryTotal>' % r.randrange(10, 5000), '</Invoice>', ""]
    return r.choice(["zatca/invoices/simplified_%d.xml" % r.randrange(1000), "tests/fixtures/zatca_simplified.xml", "samples/invoice_signed.xml"]), "\n".join(L), "zatca", "zatca_qr_pih"


@domain
def d_ksef_status(r):
    n = ksef_number(r)
    ref = "2025%02d%02d-SE-%s-%s-%s" % (r.randrange(1, 13), r.randrange(1, 29), rs(r, HEXU, 10), rs(r, HEXU, 10), rs(r, HEXU, 2))
    d = {"referenceNumber": ref, "status": {"code": 200, "description": "Sukces"}, "invoices": [
        {"ordinalNumber": 1, "invoiceNumber": "FV/%d/2025" % r.randrange(1, 999), "ksefNumber": n,
         "invoiceHash": sha256b64(r), "acquisitionDate": "2025-%02d-%02dT10:%02d:00+00:00" % (r.randrange(1, 13), r.randrange(1, 29), r.randrange(60)),
         "upoDownloadUrl": "https://ksef.mf.gov.pl/upo/%s" % uuid4(r)}]}
    return r.choice(["ksef/responses/session_status.json", "tests/fixtures/ksef_status.json", "storage/ksef/%s.json" % n]), json.dumps(d, indent=2) + "\n", "ksef", "ksef_number_reference"


@domain
def d_peppol_ubl(r):
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">',
         '  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>',
         '  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>', '  <cbc:ID>INV-%d</cbc:ID>' % r.randrange(10000, 99999),
         '  <cbc:IssueDate>2025-%02d-%02d</cbc:IssueDate>' % (r.randrange(1, 13), r.randrange(1, 29)), '  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>',
         '  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>', '  <cbc:BuyerReference>%s</cbc:BuyerReference>' % rs(r, UP + DIG, 10),
         '  <cac:AccountingSupplierParty><cac:Party>', '    <cbc:EndpointID schemeID="0088">%s</cbc:EndpointID>' % rs(r, DIG, 13),
         '    <cac:PartyTaxScheme><cbc:CompanyID>%s</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>' % vat_eu(r),
         '  </cac:Party></cac:AccountingSupplierParty>', '  <cac:AccountingCustomerParty><cac:Party>',
         '    <cbc:EndpointID schemeID="%s">%s</cbc:EndpointID>' % r.choice([("0192", rs(r, DIG, 9)), ("9925", "BE0" + rs(r, DIG, 9)), ("0208", "0" + rs(r, DIG, 9))]),
         '  </cac:Party></cac:AccountingCustomerParty>', '  <cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode><cac:PayeeFinancialAccount><cbc:ID>%s</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>' % ("NL%02dINGB%s" % (r.randrange(10, 99), rs(r, DIG, 10))),
         '  <cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="EUR">%d.%02d</cbc:PayableAmount></cac:LegalMonetaryTotal>' % (r.randrange(10, 9000), r.randrange(100)), '</Invoice>', ""]
    return r.choice(["peppol/outbox/invoice.xml", "tests/fixtures/peppol_bis3.xml", "samples/ubl-invoice.xml"]), "\n".join(L), "peppol_ap", "peppol_ubl_ids"


@domain
def d_vat_csv(r):
    L = ["customer_id,name,country,tax_id,tax_id_type,exempt"]
    for i in range(r.randrange(6, 15)):
        kind = r.randrange(6)
        if kind == 0:
            row = ("IN", gstin(r), "in_gst")
        elif kind == 1:
            row = ("MX", rfc_mx(r), "mx_rfc")
        elif kind == 2:
            row = ("BR", cnpj(r), "br_cnpj")
        elif kind == 3:
            row = ("AR", cuit(r), "ar_cuit")
        elif kind == 4:
            row = ("SA", vat_sa(r), "sa_vat")
        else:
            v = vat_eu(r)
            row = (v[:2], v, "eu_vat")
        L.append("%s,%s,%s,%s,%s,%s" % ("cus_" + rs(r, ALNUM, 14) if r.random() < 0.3 else str(1000 + i), r.choice(WORDS) + " " + r.choice(["Ltd", "SA de CV", "LTDA", "GmbH", "Pvt Ltd", "S.R.L."]),
                                        row[0], row[1], row[2], r.choice(["false", "false", "true"])))
    L.append("")
    return r.choice(["data/customers_tax_ids.csv", "fixtures/customers.csv", "import/tax_ids.csv"]), "\n".join(L), "multi", "tax_id_list"


@domain
def d_hmrc_fraud(r):
    L = ['"""HMRC fraud prevention headers (WEB_APP_VIA_SERVER)."""', "import platform", "from urllib.parse import quote", "", "", "def fraud_headers(request, user):",
         "    return {", '        "Gov-Client-Connection-Method": "WEB_APP_VIA_SERVER",', '        "Gov-Client-Device-ID": "%s",' % uuid4(r),
         '        "Gov-Client-User-IDs": "%s=" + quote(user.username),' % r.choice(["my-app", "vatfiler"]), '        "Gov-Client-Timezone": "UTC+00:00",',
         '        "Gov-Client-Public-IP": request.META.get("REMOTE_ADDR", "198.51.100.%d"),' % r.randrange(1, 254),
         '        "Gov-Client-Multi-Factor": "type=TOTP&timestamp=2025-%02d-%02dT10%%3A00Z&unique-reference=%s",' % (r.randrange(1, 13), r.randrange(1, 29), sha256hex(r)),
         '        "Gov-Vendor-Version": "vatfiler=%d.%d.%d",' % (r.randrange(1, 4), r.randrange(10), r.randrange(10)),
         '        "Gov-Vendor-Product-Name": "VAT%20Filer",', '        "Gov-Vendor-Public-IP": "203.0.113.%d",' % r.randrange(1, 254),
         '        "Gov-Client-Browser-JS-User-Agent": request.headers.get("User-Agent", ""),', "    }", ""]
    return r.choice(["vat/hmrc/fraud_headers.py", "mtd/headers.py", "app/hmrc/fraud_prevention.py"]), "\n".join(L), "hmrc", "fraud_prevention_headers"


@domain
def d_hmrc_return(r):
    d = {"processingDate": "2025-%02d-%02dT09:30:47.000Z" % (r.randrange(1, 13), r.randrange(1, 29)), "paymentIndicator": r.choice(["DD", "BANK"]),
         "formBundleNumber": rs(r, DIG, 12), "chargeRefNumber": "XM00" + rs(r, DIG, 10),
         "_request": {"vrn": rs(r, DIG, 9), "periodKey": "%02d%s%d" % (r.randrange(18, 26), r.choice("ABC"), r.randrange(1, 5)), "vatDueSales": r.randrange(100, 9999),
                      "finalised": True}, "_headers": {"Receipt-ID": uuid4(r), "X-CorrelationId": uuid4(r), "Receipt-Signature": b64(r, 64)}}
    return r.choice(["tests/fixtures/hmrc_submit_return_200.json", "mtd/samples/return_receipt.json"]), json.dumps(d, indent=2) + "\n", "hmrc", "vat_return_receipt"


@domain
def d_stripe_tax_ids(r):
    L = ["# Stripe Tax objects used by checkout (ids are not secrets)", "tax:", "  automatic_tax: true", "  default_tax_code: txcd_%08d" % r.choice([10000000, 99999999, 10103001, 20030000]),
         "  rates:"]
    for cc in r.sample(["GB", "DE", "FR", "IE", "NL", "US-CA", "US-NY"], 4):
        L.append("    %s: txr_1%s" % (cc, mixed(r, 23)))
    L += ["  products:", "    pro_plan: prod_%s" % mixed(r, 14), "    pro_plan_price: price_1%s" % mixed(r, 23), "  registration_ids:",
          "    - taxreg_%s" % mixed(r, 24), "  webhook_endpoint: we_1%s" % mixed(r, 23), ""]
    return r.choice(["config/stripe_tax.yml", "billing/stripe.yaml"]), "\n".join(L), "stripe", "stripe_object_ids"


@domain
def d_stripe_publishable(r):
    pk = "pk_live_" + mixed(r, r.choice([24, 99]))
    L = ["import { loadStripe } from '@stripe/stripe-js';", "", "// Publishable key: safe to ship in the browser bundle.", "const stripePromise = loadStripe('%s');" % pk, "",
         "export async function startCheckout(sessionId) {", "  const stripe = await stripePromise;", "  const { error } = await stripe.redirectToCheckout({ sessionId });",
         "  if (error) console.error(error.message);", "}", ""]
    return r.choice(["web/src/checkout.js", "frontend/src/lib/stripe.ts", "assets/js/checkout.js"]), "\n".join(L), "stripe", "publishable_key"


@domain
def d_cert_info(r):
    cert = fake_cert_b64(r, 700)
    L = ["# Certificado de firma - datos públicos", "", "| campo | valor |", "|---|---|", "| Titular | %s |" % r.choice(["ACME SA DE CV", "COMERCIAL IPANEMA LTDA", "EMPRESA DEMO SL"]),
         "| RFC / CNPJ / NIF | %s |" % r.choice([rfc_mx(r), cnpj(r), "B" + rs(r, DIG, 8)]), "| No. de serie | %s |" % r.choice([sat_cert_no(r), x509_serial(r)]),
         "| Huella SHA-1 | %s |" % ":".join(rs(r, HEXU, 2) for _ in range(20)), "| SHA-256 | %s |" % sha256hex(r).upper(),
         "| Válido hasta | 20%d-%02d-%02d |" % (r.randrange(26, 30), r.randrange(1, 13), r.randrange(1, 29)), "",
         "La contraseña de la llave privada NO se guarda aquí (está en el gestor de secretos).", "", "```", "-----BEGIN CERTIFICATE-----"] + pem_lines(cert) + ["-----END CERTIFICATE-----", "```", ""]
    return r.choice(["docs/certificado.md", "certs/README.md", "docs/certificate-info.md"]), "\n".join(L), r.choice(["sat", "sefaz", "aeat_sii"]), "public_certificate"


@domain
def d_i18n(r):
    lang = r.randrange(3)
    if lang == 0:
        d = {"csd": {"password_label": "Contraseña de la llave privada", "password_hint": "La contraseña que definiste al tramitar tu CSD",
                     "password_error": "Contraseña incorrecta", "upload_key": "Sube tu archivo .key", "token": "Token de timbrado", "secret": "Secreto"}}
        path = "locales/es-MX.json"
    elif lang == 1:
        d = {"certificado": {"senha": "Senha do certificado A1", "senha_invalida": "Senha inválida para o arquivo .pfx", "token_csc": "Token CSC (NFC-e)",
                             "chave_acesso": "Chave de acesso"}}
        path = "src/i18n/pt-BR.json"
    else:
        d = {"ksef": {"token": "Token autoryzacyjny KSeF", "token_hint": "Wklej token wygenerowany w aplikacji podatnika", "password": "Hasło",
                      "secret_key": "Klucz prywatny"}}
        path = "resources/lang/pl.json"
    return path, json.dumps(d, indent=2, ensure_ascii=False) + "\n", "multi", "i18n_strings"


@domain
def d_irs_manifest(r):
    efin = rs(r, DIG, 6)
    sid = efin + "2025" + "%03d" % r.randrange(1, 366) + rs(r, LO + DIG, 7)
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<IRSSubmissionManifest xmlns="http://www.irs.gov/efile" xmlns:efile="http://www.irs.gov/efile">',
         '  <SubmissionId>%s</SubmissionId>' % sid, '  <EFIN>%s</EFIN>' % efin, '  <TaxYr>2024</TaxYr>', '  <GovernmentCode>IRS</GovernmentCode>',
         '  <FederalSubmissionTypeCd>%s</FederalSubmissionTypeCd>' % r.choice(["1120", "941", "1065", "1099"]), '  <TaxPeriodBeginDt>2024-01-01</TaxPeriodBeginDt>',
         '  <TaxPeriodEndDt>2024-12-31</TaxPeriodEndDt>', '  <EIN>%s</EIN>' % rs(r, DIG, 9), '  <SoftwareId>%s</SoftwareId>' % rs(r, DIG, 8),
         '  <ETIN>%s</ETIN>' % rs(r, DIG, 5), '</IRSSubmissionManifest>', ""]
    return r.choice(["mef/manifest.xml", "efile/templates/manifest.xml", "tests/fixtures/mef_manifest.xml"]), "\n".join(L), "irs", "mef_submission_ids"


@domain
def d_migration(r):
    L = ["-- %d_add_tax_provider_credentials.sql" % r.randrange(100, 400), "CREATE TABLE tax_provider_credentials (", "    id              BIGSERIAL PRIMARY KEY,",
         "    tenant_id       BIGINT NOT NULL REFERENCES tenants(id),", "    provider        VARCHAR(32) NOT NULL,   -- avalara | taxjar | ksef | zatca ...",
         "    account_id      VARCHAR(64),", "    license_key_enc BYTEA NOT NULL,         -- AES-GCM, key in KMS", "    key_version     SMALLINT NOT NULL DEFAULT 1,",
         "    rotated_at      TIMESTAMPTZ,", "    UNIQUE (tenant_id, provider)", ");", "",
         "COMMENT ON COLUMN tax_provider_credentials.license_key_enc IS 'never store the plain license key or client_secret';", ""]
    return r.choice(["db/migrations/%03d_tax_credentials.sql" % r.randrange(1, 300), "migrations/V%d__tax_credentials.sql" % r.randrange(2, 90)]), "\n".join(L), "multi", "schema_ddl"


@domain
def d_hmac_vectors(r):
    d = {"source": "RFC 4231 test vectors, used to check the webhook signature helper",
         "cases": [{"key": "0b" * 20, "data": "4869205468657265", "hmac_sha256": "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"},
                   {"key": "4a656665", "data": "7768617420646f2079612077616e7420666f72206e6f7468696e673f", "hmac_sha256": "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"}]}
    return r.choice(["tests/vectors/hmac_sha256.json", "spec/fixtures/rfc4231.json"]), json.dumps(d, indent=2) + "\n", "multi", "test_vectors"


@domain
def d_xero_webhook(r):
    body = {"events": [{"resourceUrl": "https://api.xero.com/api.xro/2.0/Invoices/%s" % uuid4(r), "resourceId": uuid4(r), "eventDateUtc": "2025-%02d-%02dT01:%02d:00.000" % (r.randrange(1, 13), r.randrange(1, 29), r.randrange(60)),
                        "eventType": "UPDATE", "eventCategory": "INVOICE", "tenantId": uuid4(r), "tenantType": "ORGANISATION"}],
            "firstEventSequence": r.randrange(1, 99), "lastEventSequence": r.randrange(100, 199), "entropy": rs(r, UP, 20)}
    L = ["# Captured Xero webhook delivery (signature is an HMAC of the body, not a key)", "POST /webhooks/xero HTTP/1.1", "Content-Type: application/json",
         "x-xero-signature: %s" % sha256b64(r), "", json.dumps(body, indent=2), ""]
    return r.choice(["docs/webhooks/xero-sample.http", "tests/fixtures/xero_webhook.http"]), "\n".join(L), "xero", "webhook_signature"


@domain
def d_avatax_response(r):
    d = {"id": r.randrange(10 ** 10, 10 ** 11), "code": uuid4(r), "companyId": r.randrange(10 ** 5, 10 ** 7), "date": "2025-%02d-%02d" % (r.randrange(1, 13), r.randrange(1, 29)),
         "status": "Committed", "type": "SalesInvoice", "customerCode": "CUST-%d" % r.randrange(1000, 9999), "totalAmount": r.randrange(100, 9999),
         "totalTax": round(r.random() * 300, 2), "locationCode": "DEFAULT", "taxCode": "P0000000", "softwareVersion": "25.%d.0.%d" % (r.randrange(1, 12), r.randrange(100)),
         "modifiedUserId": r.randrange(10 ** 5, 10 ** 7), "summary": [{"country": "US", "region": r.choice(["WA", "CA", "NY"]), "jurisType": "State", "rate": 0.065}]}
    return r.choice(["tests/fixtures/avatax_create_transaction.json", "docs/samples/avatax_response.json"]), json.dumps(d, indent=2) + "\n", "avalara", "transaction_ids"


@domain
def d_sops(r):
    def enc():
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(r, r.randrange(12, 48)), b64(r, 32), b64(r, 16))
    L = ["%s: %s" % (k, enc()) for k in r.sample(["avatax_license_key", "taxjar_api_key", "ksef_token", "zatca_secret", "irp_client_secret", "finkok_password", "xero_client_secret"], 3)]
    L += ["sops:", "    kms: []", "    age:", "        - recipient: age1%s" % rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58),
          "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----"] + ["            " + l for l in pem_lines(b64(r, 190))] + \
         ["            -----END AGE ENCRYPTED FILE-----", "    lastmodified: \"2025-%02d-%02dT10:00:00Z\"" % (r.randrange(1, 13), r.randrange(1, 29)),
          "    mac: %s" % enc(), "    unencrypted_suffix: _unencrypted", "    version: 3.8.1", ""]
    return r.choice(["secrets/prod.enc.yaml", "deploy/secrets.sops.yaml"]), "\n".join(L), "multi", "sops_ciphertext"


@domain
def d_ansible_vault(r):
    body = rs(r, HEXL, 80 * r.randrange(5, 10))
    L = ["$ANSIBLE_VAULT;1.1;AES256"] + [body[i:i + 80] for i in range(0, len(body), 80)] + [""]
    return r.choice(["ansible/group_vars/tax_workers/vault.yml", "inventory/prod/group_vars/all/vault.yml"]), "\n".join(L), "multi", "ansible_vault_ciphertext"


@domain
def d_afip_cae(r):
    d = {"FeCabResp": {"Cuit": cuit(r).replace("-", ""), "PtoVta": r.randrange(1, 20), "CbteTipo": 6, "Resultado": "A"},
         "FeDetResp": [{"Concepto": 1, "DocTipo": 80, "DocNro": cuit(r).replace("-", ""), "CbteDesde": r.randrange(1, 9999), "CAE": rs(r, DIG, 14),
                        "CAEFchVto": "2025%02d%02d" % (r.randrange(1, 13), r.randrange(1, 29)), "Resultado": "A"}]}
    return r.choice(["tests/fixtures/afip_fecae_response.json", "ar/samples/cae.json"]), json.dumps(d, indent=2) + "\n", "afip", "cae_response"


@domain
def d_lockfile(r):
    L = ["{", '  "name": "%s",' % r.choice(APPS), '  "lockfileVersion": 3,', '  "packages": {']
    for name in r.sample(["avatax", "taxjar", "stripe", "xero-node", "node-quickbooks", "axios", "xml-crypto", "node-forge"], 4):
        L += ['    "node_modules/%s": {' % name, '      "version": "%d.%d.%d",' % (r.randrange(1, 30), r.randrange(20), r.randrange(20)),
              '      "resolved": "https://registry.npmjs.org/%s/-/%s-%d.%d.%d.tgz",' % (name, name, r.randrange(1, 30), r.randrange(20), r.randrange(20)),
              '      "integrity": "sha512-%s"' % b64(r, 64), "    },"]
    L[-1] = "    }"
    L += ["  }", "}", ""]
    return "package-lock.json", "\n".join(L), "multi", "package_integrity"


@domain
def d_tbai_identifier(r):
    nif = "B" + rs(r, DIG, 8)
    base = "TBAI-%s-%02d%02d25-%s-" % (nif, r.randrange(1, 29), r.randrange(1, 13), rs(r, ALNUM, 13))
    ident = base + "%03d" % (int(crc8(base), 16))
    L = ["# TicketBAI identifiers printed on the receipts (public, appear in the QR)", "receipts:"]
    L += ["  - serie: %s" % r.choice(["TB", "A", "2025"]), "    number: %d" % r.randrange(1, 9999), "    identifier: %s" % ident,
          "    qr_url: \"https://batuz.eus/QRTBAI/?id=%s&s=%s&nf=%d&i=%d.%02d&cr=%03d\"" % (ident, r.choice(["TB", "A"]), r.randrange(1, 9999), r.randrange(1, 999), r.randrange(100), r.randrange(1000)),
          "    signature_value_first13: %s" % b64(r, 10)[:13], ""]
    return r.choice(["tbai/receipts.yml", "tests/fixtures/ticketbai.yml"]), "\n".join(L), "ticketbai", "tbai_identifier"


@domain
def d_sdi_fatturapa(r):
    piva = rs(r, DIG, 11)
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<p:FatturaElettronica versione="FPR12" xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2">',
         '  <FatturaElettronicaHeader>', '    <DatiTrasmissione>', '      <IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdTrasmittente>' % piva,
         '      <ProgressivoInvio>%s</ProgressivoInvio>' % rs(r, UP + DIG, 5), '      <FormatoTrasmissione>FPR12</FormatoTrasmissione>',
         '      <CodiceDestinatario>%s</CodiceDestinatario>' % rs(r, UP + DIG, 7), '      <PECDestinatario>fatture@pec.%s.it</PECDestinatario>' % r.choice(["acme", "rossi", "bianchi"]),
         '    </DatiTrasmissione>', '    <CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdFiscaleIVA>' % piva,
         '      <CodiceFiscale>%s</CodiceFiscale></DatiAnagrafici></CedentePrestatore>' % (rs(r, UP, 6) + rs(r, DIG, 2) + r.choice(UP) + rs(r, DIG, 2) + r.choice(UP) + rs(r, DIG, 3) + r.choice(UP)),
         '  </FatturaElettronicaHeader>', '  <FatturaElettronicaBody>', '    <DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa>',
         '      <Data>2025-%02d-%02d</Data><Numero>%d/2025</Numero></DatiGeneraliDocumento></DatiGenerali>' % (r.randrange(1, 13), r.randrange(1, 29), r.randrange(1, 999)),
         '  </FatturaElettronicaBody>', '</p:FatturaElettronica>', ""]
    return r.choice(["sdi/outbox/IT%s_%s.xml" % (piva, rs(r, UP + DIG, 5)), "tests/fixtures/fatturapa.xml"]), "\n".join(L), "aruba_sdi", "fatturapa_ids"


@domain
def d_env_example(r):
    ks = r.sample(KINDS, r.randrange(4, 8))
    L = ["# Copy to .env and fill in. Never commit the real values.", "APP_ENV=local", ""]
    for k in ks:
        if k.idenv:
            L.append("%s=" % k.idenv)
        L.append("%s=%s" % (k.env, r.choice(["", "", "changeme", "<%s>" % k.env.lower(), "your_%s_here" % k.env.lower()])))
    L.append("")
    return r.choice([".env.example", ".env.sample", "config/.env.dist"]), "\n".join(L), "multi", "env_template"


@domain
def d_zatca_csr_config(r):
    L = ["csr.common.name=TST-%s-%s" % (rs(r, DIG, 9), vat_sa(r)), "csr.serial.number=1-%s|2-%s|3-%s" % (r.choice(["TST", "ERP"]), r.choice(["TST", "v3"]), uuid4(r)),
         "csr.organization.identifier=%s" % vat_sa(r), "csr.organization.unit.name=%s Branch" % r.choice(["Riyadh", "Jeddah", "Dammam"]),
         "csr.organization.name=%s" % r.choice(["Maktabat Al Noor LLC", "Al Waha Trading"]), "csr.country.name=SA", "csr.invoice.type=1100",
         "csr.location.address=%s" % r.choice(["RRRD2929", "JDHA1234"]), "csr.industry.business.category=Retail", ""]
    return r.choice(["zatca/csr-config.properties", "Data/Input/csr-config-example-EN.properties"]), "\n".join(L), "zatca", "csr_config"


@domain
def d_qbo_webhook(r):
    L = ['"""Verify QuickBooks webhook signatures. Verifier token comes from the environment."""', "import base64", "import hashlib", "import hmac", "import os", "", "",
         "def verify(payload: bytes, signature: str) -> bool:", '    token = os.environ["QBO_WEBHOOK_VERIFIER_TOKEN"].encode()',
         "    digest = hmac.new(token, payload, hashlib.sha256).digest()", "    return hmac.compare_digest(base64.b64encode(digest).decode(), signature)", "", "",
         "# sample delivery captured in staging", "SAMPLE_SIGNATURE = %r" % sha256b64(r),
         "SAMPLE_BODY = %r" % json.dumps({"eventNotifications": [{"realmId": str(r.randrange(10 ** 18, 10 ** 19)), "dataChangeEvent": {"entities": [{"name": "Invoice", "id": str(r.randrange(100, 9999)), "operation": "Update"}]}}]}), ""]
    return r.choice(["qbo/webhooks.py", "integrations/quickbooks/webhook.py"]), "\n".join(L), "quickbooks", "webhook_signature"


@domain
def d_taxjar_rates(r):
    z = r.choice(["94105", "10118", "98110", "60601"])
    d = {"rate": {"zip": z, "country": "US", "state": r.choice(["CA", "NY", "WA", "IL"]), "state_rate": "0.0625", "county_rate": "0.01", "city_rate": "0.0",
                  "combined_district_rate": "0.0225", "combined_rate": "0.095", "freight_taxable": False},
         "_meta": {"request_id": rs(r, HEXL, 32), "etag": 'W/"%s"' % rs(r, HEXL, 32)}}
    return r.choice(["tests/fixtures/taxjar_rates_%s.json" % z, "docs/samples/taxjar_rate.json"]), json.dumps(d, indent=2) + "\n", "taxjar", "request_id_etag"


@domain
def d_sat_cancel(r):
    L = ['<?xml version="1.0" encoding="utf-8"?>', '<Acuse xmlns:xsd="http://www.w3.org/2001/XMLSchema" Fecha="2025-%02d-%02dT1%d:00:00" RfcEmisor="%s">' % (r.randrange(1, 13), r.randrange(1, 29), r.randrange(10), rfc_mx(r)),
         '  <Folios><UUID>%s</UUID><EstatusUUID>201</EstatusUUID></Folios>' % uuid4(r, True),
         '  <Signature Id="SelloSAT" xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo><CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/>',
         '    <SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#hmac-sha512"/><Reference URI=""><DigestValue>%s</DigestValue></Reference></SignedInfo>' % b64(r, 64),
         '    <SignatureValue>%s</SignatureValue>' % b64(r, 64), '    <KeyInfo><KeyName>%s</KeyName><KeyValue><RSAKeyValue><Modulus>%s</Modulus><Exponent>AQAB</Exponent></RSAKeyValue></KeyValue></KeyInfo>' % (rs(r, HEXU, 40), b64(r, 256)),
         '  </Signature>', '</Acuse>', ""]
    return r.choice(["storage/acuses/cancelacion_%s.xml" % rs(r, DIG, 6), "tests/fixtures/acuse_cancelacion.xml"]), "\n".join(L), "sat", "cancellation_acuse"


@domain
def d_gh_workflow_secrets(r):
    ks = r.sample(KINDS, 3)
    L = ["name: e-invoice worker", "on:", "  push:", "    branches: [main]", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    environment: production", "    steps:",
         "      - uses: actions/checkout@v4", "      - name: Deploy", "        run: ./deploy.sh", "        env:"]
    for k in ks:
        L.append("          %s: ${{ secrets.%s }}" % (k.env, k.env))
    L.append("")
    return ".github/workflows/deploy-worker.yml", "\n".join(L), "multi", "ci_secret_references"


@domain
def d_irp_qr_decoded(r):
    g1, g2 = gstin(r), gstin(r)
    d = {"SellerGstin": g1, "BuyerGstin": g2, "DocNo": "INV/%d/25-26" % r.randrange(1, 9999), "DocTyp": "INV", "DocDt": "%02d/%02d/2025" % (r.randrange(1, 29), r.randrange(1, 13)),
         "TotInvVal": r.randrange(1000, 99999), "ItemCnt": r.randrange(1, 9), "MainHsnCode": rs(r, DIG, 8), "Irn": irn(r), "IrnDt": "2025-%02d-%02d 12:00:00" % (r.randrange(1, 13), r.randrange(1, 29))}
    return r.choice(["docs/qr_payload_decoded.json", "tests/fixtures/signed_qr_payload.json"]), json.dumps(d, indent=2) + "\n", "nic_irp", "qr_payload"


@domain
def d_sat_test_csd(r):
    L = ["# Pruebas de timbrado contra el ambiente de pruebas del PAC.", "# Usa los CSD de prueba que publica el SAT (no son certificados reales).", "cfdi:",
         "  ambiente: pruebas", "  emisor:", "    rfc: EKU9003173C9", "    nombre: ESCUELA KEMPER URGATE", "    regimen_fiscal: \"601\"", "  csd:",
         "    cer: tests/_files/csd/EKU9003173C9.cer", "    key: tests/_files/csd/EKU9003173C9.key", "    # contraseña pública de los CSD de prueba del SAT",
         "    password: \"12345678a\"", "  receptor_rfc: XAXX010101000", ""]
    return r.choice(["config/cfdi.test.yml", "tests/config/cfdi_pruebas.yaml"]), "\n".join(L), "sat", "sat_test_csd_password"


@domain
def d_ksef_number_validator(r):
    L = ["package pl.acme.ksef;", "", "import java.util.List;", "", "/** KSeF number = NIP-YYYYMMDD-12 hex-CRC8. These are invoice ids, not tokens. */",
         "public final class KsefNumbers {", "    public static final List<String> SAMPLES = List.of("]
    L += ['        "%s",' % ksef_number(r) for _ in range(r.randrange(3, 6))]
    L[-1] = L[-1].rstrip(",")
    L += ["    );", "", "    static int crc8(byte[] data) {", "        int crc = 0;", "        for (byte b : data) {", "            crc ^= (b & 0xFF);",
          "            for (int i = 0; i < 8; i++) crc = (crc & 0x80) != 0 ? ((crc << 1) ^ 0x07) & 0xFF : (crc << 1) & 0xFF;", "        }", "        return crc;", "    }", "}", ""]
    return "src/main/java/pl/acme/ksef/KsefNumbers.java", "\n".join(L), "ksef", "ksef_number_list"


@domain
def d_quaderno_public(r):
    L = ["<!-- Quaderno checkout: the public key is meant for the browser -->", '<script src="https://js.quaderno.io/v3/"></script>', "<script>",
         "  Quaderno.init('%s', { countryDetection: true });" % ("pk_live_" + mixed(r, 20)), "  document.querySelector('#vat').addEventListener('blur', (e) => {",
         "    Quaderno.validateVatNumber(e.target.value).then((ok) => console.log('VAT valid?', ok));", "  });", "</script>", ""]
    return r.choice(["templates/checkout.html", "public/checkout.html"]), "\n".join(L), "quaderno", "public_key"


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
EXT_TYPES = {".py": "python", ".php": "php", ".java": "java", ".cs": "csharp", ".js": "javascript", ".ts": "typescript", ".yml": "yaml",
             ".yaml": "yaml", ".json": "json", ".properties": "properties", ".xml": "xml", ".config": "xml", ".sh": "shell", ".md": "markdown",
             ".ini": "ini", ".toml": "toml", ".http": "http", ".tf": "terraform", ".rb": "ruby", ".go": "go", ".sql": "sql", ".ps1": "powershell",
             ".service": "systemd", ".csv": "csv", ".html": "html"}


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "dotenv"
    if base.startswith("Dockerfile"):
        return "dockerfile"
    if base == "crontab" or "/cron.d/" in path:
        return "crontab"
    if base.endswith(".postman_collection.json") or base.endswith(".postman_environment.json"):
        return "postman"
    if base == "package-lock.json":
        return "json"
    if ".gitlab-ci" in base or path.startswith(".github/workflows/"):
        return "ci-yaml"
    for ext, t in EXT_TYPES.items():
        if base.endswith(ext):
            return t
    return "text"


def compatible(kind):
    return [t for t in TEMPLATES if t[2] is None or t[2](kind)]


def choose_template(r, cands, usage):
    lo = min(usage.get(t[0], 0) for t in cands)
    pool = [t for t in cands if usage.get(t[0], 0) <= lo + 1]
    return r.choice(pool)


def make_positive(r, kind, obvious, usage):
    for _ in range(50):
        t = choose_template(r, compatible(kind), usage)
        c = Ctx(r, kind, "pos", kind.gen(r), "lit", obvious)
        out = t[1](r, c)
        if out is None:
            continue
        path, text = out
        if c.needle not in text:
            continue
        usage[t[0]] = usage.get(t[0], 0) + 1
        return path, text, c.needle, t[0]
    raise RuntimeError("no template for %s" % kind.kind)


def make_negative_reuse(r, kind, usage):
    for _ in range(50):
        t = choose_template(r, [x for x in compatible(kind) if x[3]], usage)
        mode, val, sub = neg_value(r, kind)
        c = Ctx(r, kind, "neg", val, mode, r.random() < 0.6, sub)
        if sub == "public_key":
            c.words = [kind.provider, "publishable" if kind.provider == "stripe" else "public", "key"]
        out = t[1](r, c)
        if out is None:
            continue
        usage[t[0]] = usage.get(t[0], 0) + 1
        return out[0], out[1], sub, t[0]
    raise RuntimeError("no negative template for %s" % kind.kind)


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_df.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    N = 500

    kinds = [KINDS[i % len(KINDS)] for i in range(N)]
    r.shuffle(kinds)
    usage = {}
    for i in range(N):
        path, text, needle, tname = make_positive(r, kinds[i], i % 2 == 0, usage)
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        line = text[:text.index(needle)].count("\n") + 1
        manifest.append({"file": rel, "label": "pos", "provider": kinds[i].provider, "kind": kinds[i].kind, "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": line})

    nkinds = [KINDS[i % len(KINDS)] for i in range(N // 2)]
    r.shuffle(nkinds)
    doms = [DOMAIN[i % len(DOMAIN)] for i in range(N - N // 2)]
    r.shuffle(doms)
    order = ["reuse"] * (N // 2) + ["domain"] * (N - N // 2)
    r.shuffle(order)
    nusage = {}
    for i in range(N):
        if order[i] == "reuse":
            k = nkinds.pop()
            path, text, sub, tname = make_negative_reuse(r, k, nusage)
            prov, kind = k.provider, sub
        else:
            name, fn = doms.pop()
            path, text, prov, kind = fn(r)
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": filetype(path)})

    if os.environ.get("GEN_DF_DEBUG"):
        sys.stderr.write("positive templates (%d): %s\n" % (len(usage), sorted(usage.items())))
        sys.stderr.write("negative reused templates (%d): %s\n" % (len(nusage), sorted(nusage.items())))
        sys.stderr.write("domain templates: %d\n" % len(DOMAIN))
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
