#!/usr/bin/env python3
"""Blind evaluation-set generator "bd" for a git pre-commit secret scanner.

EMPHASIS
    Business back-office SaaS integrations: accounting (QuickBooks Online /
    Intuit, Xero, FreshBooks, Sage, Zoho Books), HR / payroll / ATS (Gusto,
    Rippling, BambooHR, Deel, Remote, Personio, HiBob, Workable, Greenhouse,
    Lever), KYC / identity / background checks (Onfido, Veriff, Jumio, Sumsub,
    Checkr, Certn), e-signature (DocuSign, Dropbox Sign, PandaDoc, SignNow),
    spend / banking-as-a-service (Brex, Ramp, Expensify, Plaid, Modern
    Treasury, Unit, Treasury Prime, Mercury, Wise) and tax (Avalara, TaxJar),
    plus SFTP credentials for payroll file drops and SCIM bearer tokens used
    for HRIS provisioning.

USAGE
    python3 gen_bd.py OUTDIR SEED

    Writes OUTDIR/pos/pNNNN/<relative path> (500 positives) and
    OUTDIR/neg/nNNNN/<relative path> (500 negatives), one file per directory,
    OUTDIR/manifest.jsonl  rows {"file","label","provider","kind","filetype"}
    OUTDIR/secrets.jsonl   rows {"file","needle","line"} for positives.
    Deterministic per SEED: the only entropy source is random.Random(SEED).
    Standard library only (Python 3.11).

NEEDLE CONVENTIONS
    * needle = the credential substring exactly as written in the file, without
      surrounding quotes, "Bearer ", "Basic " or "key=" decoration.
    * Composite tokens are written whole: Onfido "api_live.<id>.<secret>",
      Sumsub "prd:<...>.<...>", Mercury "secret-token:mercury_production_...",
      Zoho "1000.<hex>.<hex>", Unit "v2.public.<...>", Plaid
      "access-production-<uuid>" -- the needle is the whole token.
    * PEM private keys (DocuSign JWT-grant RSA key, SFTP keys): the needle is
      the FIRST base64 body line after the BEGIN line (64 chars, or the same
      64 chars inside a "\\n"-escaped one-line PEM). The whole block is the
      credential; the BEGIN line itself is not used as needle because it is
      identical in every file.
    * Human-chosen passwords (SFTP drop, HRIS admin, warehouse users): needle
      is the password itself.
    * line is 1-based and is the line on which the needle starts (needles never
      span lines).
    * Every positive file holds exactly one credential. Companion values in the
      same file are public (client ids, realm/tenant/account ids, integration
      keys, URLs) or environment references.

NEGATIVES (hard, realistic)
    Env references in each file type's own syntax, placeholders, masked or
    truncated tokens, public client ids / realm ids / tenant GUIDs / DocuSign
    integration & account GUIDs, Plaid client_id, Plaid link/public tokens,
    documented sandbox credentials (Plaid user_good/pass_good, sandbox base
    URLs), IBANs from documentation, routing numbers, test EINs, idempotency
    keys, envelope ids, invoice numbers, digests, SOPS / sealed-secrets / KMS
    ciphertext, RFC 4231 HMAC test vectors, signature examples, PGP PUBLIC
    key blocks for payroll file encryption.

DECISIONS
    * Plaid "public-sandbox-<uuid>" / "link-sandbox-<uuid>" (and -production
      link tokens) are NEGATIVES: they are short-lived (30 min / 4 h), handed
      to the browser by design, and useless without client_id + secret.
      "access-production-<uuid>" / "access-development-<uuid>" are POSITIVES
      (long-lived item access tokens).
    * Wise personal API tokens are UUID-shaped: a random UUID is a POSITIVE
      only when it sits in a Wise auth slot (Authorization: Bearer / token
      variable); UUIDs used as profile ids, idempotency keys (X-idempotence-uuid)
      or transfer ids are NEGATIVES.  Same for the Veriff shared secret and the
      DocuSign OAuth secret key (both UUID-shaped) versus the Veriff API key,
      DocuSign integration key, user id and account id (public GUIDs).
    * Freshly random sandbox keys in secret slots (Onfido api_sandbox.*,
      Sumsub sbx:*) are POSITIVES (real credentials for a real sandbox
      account); only values the provider itself publishes are negatives.
    * SOPS/sealed-secrets/KMS ciphertext and PGP PUBLIC key blocks are
      negatives even though they look random.

DOUBTS (formats I am not sure of)
    * Onfido: I use "api_live.<11 base64url>.<32 base64url>" (and
      api_sandbox., api_live_us., api_live_ca.). Onfido's support page says
      tokens "start with api_sandbox / api_live" and vary by region; the exact
      separator/lengths are from memory.
    * Mercury: "secret-token:mercury_production_wma_<~40 base62>_yrucrem" --
      the prefix is documented; body charset/length and the reversed
      "yrucrem" suffix are from memory.
    * Brex: "bxt_" + 36 base62 (matches the documented example length).
    * Ramp: "ramp_id_" / "ramp_sec_" + 48 base62 -- prefixes from memory.
    * Modern Treasury: "live-" / "test-" + 64 base62 -- length guessed.
    * Unit: org tokens are PASETO-like "v2.public.<base64url payload+sig>";
      payload claims are invented but plausible.
    * Intuit refresh token: "AB1" + 10-digit epoch + 37 base62 (50 chars),
      from memory of OAuth playground output. Client id "AB"+48 (public).
    * Xero refresh tokens (64 hex) and webhook keys (88-char base64) are from
      memory; Xero client secret 48 chars [A-Za-z0-9_-] is fairly sure.
    * Zoho "1000.<32hex>.<32hex>" refresh tokens are well known; client secret
      as 42 hex is from memory.
    * Sage client secret (20 chars, base64 alphabet incl. '/'), Sage refresh
      token (opaque 64 chars), Gusto secrets (43 base64url), Rippling,
      Deel, Remote ("ra_live_"/"ra_test_"), Personio ("papi-" prefix on both
      client id and secret), HiBob, Workable, Certn, Treasury Prime ("key_"
      id + 40 char secret), Jumio secret (32 base62), PandaDoc (40 hex),
      SignNow (32 hex), Lever (48 base62), Greenhouse (32 hex), TaxJar
      (32 hex), Avalara license key (16 hex upper) and Checkr (40 hex) are
      best-effort from public examples/memory; none of these carry a
      documented checksum, so none is computed.
    * Veriff shared secret as a UUID: from memory of the Veriff station.
"""
import base64
import json
import os
import random
import sys
import zlib
from collections import Counter

DIG = "0123456789"
LOW = "abcdefghijklmnopqrstuvwxyz"
UPP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B62 = DIG + UPP + LOW
B64URL = B62 + "-_"
B64 = B62 + "+/"

BANNED = ("test", "demo", "pass", "secret", "token", "key", "abcd", "bcde",
          "1234", "2345", "xxxx", "fake", "dummy", "sample", "qwer", "asdf",
          "0000", "aaaa", "ffff", "dead", "beef", "cafe", "babe", "face")


def looks_sequential(s):
    low = s.lower()
    for b in BANNED:
        if b in low:
            return True
    for i in range(len(s) - 3):
        a, b, c, d = (ord(ch) for ch in s[i:i + 4])
        if b - a == c - b == d - c and abs(b - a) <= 1:
            return True
    return False


def rstr(r, alphabet, n):
    while True:
        s = "".join(r.choice(alphabet) for _ in range(n))
        if looks_sequential(s):
            continue
        # a token drawn from a mixed alphabet should actually be mixed
        if alphabet in (B62, B64URL, B64) and n >= 12:
            if not (any(c.isdigit() for c in s) and any(c.isupper() for c in s)
                    and any(c.islower() for c in s)):
                continue
        return s


def ruuid(r, upper=False):
    b = bytearray(r.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[0:8], h[8:12], h[12:16], h[16:20], h[20:32])
    if looks_sequential(s.replace("-", "")):
        return ruuid(r, upper)
    return s.upper() if upper else s


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64s(r, nbytes, urlsafe=False, pad=True):
    while True:
        raw = rbytes(r, nbytes)
        s = (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()
        if not pad:
            s = s.rstrip("=")
        if not looks_sequential(s):
            return s


def rdigits(r, n, first_nonzero=True):
    s = r.choice("123456789") if first_nonzero else r.choice(DIG)
    while len(s) < n:
        s += r.choice(DIG)
    if looks_sequential(s):
        return rdigits(r, n, first_nonzero)
    return s


# --------------------------------------------------------------- human passwords
PW_WORDS = ["winter", "Harbor", "maple", "Falcon", "river", "Copper", "lantern",
            "Orchid", "granite", "Sparrow", "thunder", "Juniper", "meadow",
            "Cobalt", "velvet", "Tundra", "saffron", "Willow", "ember", "Nimbus",
            "pickle", "Biscuit", "mango", "Pepper", "Rocket", "hazel", "Comet"]
PW_NAMES = ["Marek", "Anouk", "Dolores", "Kwame", "Siobhan", "Tomasz", "Ingrid",
            "Rafael", "Yusuf", "Beatriz", "Lukas", "Priya", "Mateo", "Olga",
            "Henrik", "Camila", "Dmitri", "Aoife", "Jorge", "Nadia"]
PW_PLACES = ["Lisbon", "Oslo", "Krakow", "Denver", "Austin", "Dublin", "Leeds",
             "Porto", "Tucson", "Gdansk", "Bergen", "Malmo", "Quito"]
LEET = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "$"}


def human_password(r):
    style = r.randrange(6)
    year = str(r.randint(1961, 2019))
    sym = r.choice("!.#&*@_-+?$%")
    w1, w2 = r.choice(PW_WORDS), r.choice(PW_WORDS)
    name, place = r.choice(PW_NAMES), r.choice(PW_PLACES)
    if style == 0:
        pw = name + sym + year + w1.lower()
    elif style == 1:
        base = w1.capitalize()
        base = "".join(LEET.get(c, c) if r.random() < 0.45 else c for c in base)
        pw = base + sym + str(r.randint(2, 99))
    elif style == 2:
        pw = place + year[-2:] + sym + w2.capitalize()
    elif style == 3:
        pw = w1.capitalize() + w2.lower() + str(r.randint(10, 99)) + sym
    elif style == 4:
        pw = name.lower() + "_" + place + sym + str(r.randint(100, 999))
    else:
        pw = "".join(LEET.get(c, c) if r.random() < 0.35 else c for c in (w1 + place).lower())
        pw = pw[0].upper() + pw[1:] + year[-2:] + sym
    if len(pw) < 10:
        pw += str(r.randint(10, 99))
    return pw


# --------------------------------------------------------------- DER / PEM
def _der_len(n):
    if n < 0x80:
        return bytes([n])
    if n < 0x100:
        return bytes([0x81, n])
    return bytes([0x82, n >> 8, n & 0xFF])


def _der_int_random(r, nbytes, top=True):
    raw = bytearray(rbytes(r, nbytes))
    if top:
        raw[0] |= 0x80
    raw[-1] |= 0x01
    body = (b"\x00" + bytes(raw)) if raw[0] & 0x80 else bytes(raw)
    return b"\x02" + _der_len(len(body)) + body


def rsa_pem(r, bits=2048, label="RSA PRIVATE KEY"):
    nb = bits // 8
    parts = [b"\x02\x01\x00", _der_int_random(r, nb), b"\x02\x03\x01\x00\x01",
             _der_int_random(r, nb, top=False), _der_int_random(r, nb // 2),
             _der_int_random(r, nb // 2), _der_int_random(r, nb // 2, top=False),
             _der_int_random(r, nb // 2, top=False), _der_int_random(r, nb // 2, top=False)]
    body = b"".join(parts)
    der = b"\x30" + _der_len(len(body)) + body
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def pem_needle(pem):
    return pem.split("\n")[1]


def pgp_public_block(r, uid):
    # structurally plausible armored PUBLIC key (random bytes; it is public data)
    raw = b"\x99\x01\x8d\x04" + rbytes(r, 4) + b"\x01\x0c\x00" + rbytes(r, 384) + \
        b"\x00\x11\x01\x00\x01\xb4" + bytes([len(uid)]) + uid.encode() + rbytes(r, 300)
    b = base64.b64encode(raw).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    crc = zlib.crc32(raw) & 0xFFFFFF
    return ("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + "\n".join(lines) + "\n=" +
            base64.b64encode(crc.to_bytes(3, "big")).decode() +
            "\n-----END PGP PUBLIC KEY BLOCK-----")


# --------------------------------------------------------------- provider table
class K:
    """One provider/kind pair."""

    def __init__(self, provider, kind, display, gen, names, generic, auth,
                 base, endpoint, companions=None, refs=None, prefix="",
                 multiline=False, uuid_shaped=False):
        self.provider, self.kind, self.display = provider, kind, display
        self.gen, self.names, self.generic, self.auth = gen, names, generic, auth
        self.base, self.endpoint = base, endpoint
        self.companions = companions or (lambda r: [])
        self.refs = refs or []          # other secret halves: always env refs
        self.prefix = prefix            # documented literal prefix (for masks)
        self.multiline, self.uuid_shaped = multiline, uuid_shaped


COMPANY_SLUGS = ["acmelogistics", "northwindtraders", "bluepeakhealth", "finchandco",
                 "oakridgedental", "tallgrassfoods", "helixrobotics", "corvidmedia",
                 "lumenpay", "brightharbor", "copperkettle", "vantagecivil"]
COMPANY_NAMES = ["Acme Logistics", "Northwind Traders", "Blue Peak Health", "Finch & Co",
                 "Oakridge Dental", "Tallgrass Foods", "Helix Robotics", "Corvid Media",
                 "Lumen Pay", "Bright Harbor", "Copper Kettle", "Vantage Civil"]


def unit_token(r):
    claims = {"role": "org", "userId": rdigits(r, 4), "sub": "ops@%s.com" % r.choice(COMPANY_SLUGS),
              "exp": "20%d-%02d-%02dT00:00:00.000Z" % (r.randint(26, 28), r.randint(1, 12), r.randint(1, 28)),
              "jti": rdigits(r, 5), "orgId": rdigits(r, 4),
              "scope": " ".join(r.sample(["customers", "customers-write", "accounts", "accounts-write",
                                          "payments", "payments-write", "cards", "transactions",
                                          "statements", "webhooks"], 5)),
              "org": r.choice(COMPANY_NAMES), "sourceIp": "", "userType": "org"}
    body = json.dumps(claims, separators=(",", ":")).encode() + rbytes(r, 64)
    return "v2.public." + base64.urlsafe_b64encode(body).decode().rstrip("=")


def intuit_refresh(r):
    return "AB1" + str(r.randint(1735000000, 1799999999)) + rstr(r, B62, 37)


def onfido_token(r):
    env = r.choice(["api_live", "api_live", "api_live", "api_live_us", "api_live_ca", "api_sandbox"])
    return "%s.%s.%s" % (env, rstr(r, B64URL, 11), rstr(r, B64URL, 32))


def sumsub_token(r):
    return "%s:%s.%s" % (r.choice(["prd", "prd", "sbx"]), rstr(r, B62, 24), rstr(r, B62, 32))


def mercury_token(r):
    return "secret-token:mercury_production_wma_%s_yrucrem" % rstr(r, B62, 40)


def hexid(n, up=False):
    return lambda r: rstr(r, HEXU if up else HEXL, n)


def pub(words, fn):
    return (words, fn)


SUBDOMAIN = lambda r: r.choice(COMPANY_SLUGS)

KINDS = [
    # ---- accounting
    K("quickbooks", "oauth_client_secret", "QuickBooks Online", lambda r: rstr(r, B62, 40),
      [["qbo", "client", "secret"], ["quickbooks", "client", "secret"], ["intuit", "client", "secret"]],
      [["client", "secret"], ["oauth", "secret"], ["app", "secret"]], "oauth_client",
      "https://oauth.platform.intuit.com", "/oauth2/v1/tokens/bearer",
      lambda r: [(["qbo", "client", "id"], "AB" + rstr(r, B62, 48)), (["qbo", "realm", "id"], rdigits(r, r.choice([16, 19])))]),
    K("quickbooks", "oauth_refresh_token", "QuickBooks Online", intuit_refresh,
      [["qbo", "refresh", "token"], ["quickbooks", "refresh", "token"], ["intuit", "refresh", "token"]],
      [["refresh", "token"], ["token"], ["rt"]], "oauth_refresh",
      "https://oauth.platform.intuit.com", "/oauth2/v1/tokens/bearer",
      lambda r: [(["qbo", "realm", "id"], rdigits(r, r.choice([16, 19])))], refs=[["qbo", "client", "secret"]], prefix="AB1"),
    K("xero", "oauth_client_secret", "Xero", lambda r: rstr(r, B64URL, 48),
      [["xero", "client", "secret"]], [["client", "secret"], ["secret"], ["oauth", "client", "secret"]], "oauth_client",
      "https://identity.xero.com", "/connect/token",
      lambda r: [(["xero", "client", "id"], rstr(r, HEXU, 32)), (["xero", "tenant", "id"], ruuid(r))]),
    K("xero", "oauth_refresh_token", "Xero", lambda r: rstr(r, HEXL, 64),
      [["xero", "refresh", "token"]], [["refresh", "token"], ["token"]], "oauth_refresh",
      "https://identity.xero.com", "/connect/token",
      lambda r: [(["xero", "tenant", "id"], ruuid(r))], refs=[["xero", "client", "secret"]]),
    K("xero", "webhook_signing_key", "Xero", lambda r: b64s(r, 64),
      [["xero", "webhook", "key"]], [["webhook", "key"], ["signing", "key"]], "hmac",
      "https://api.xero.com", "/api.xro/2.0/Invoices"),
    K("zoho", "oauth_refresh_token", "Zoho Books",
      lambda r: "1000.%s.%s" % (rstr(r, HEXL, 32), rstr(r, HEXL, 32)),
      [["zoho", "refresh", "token"], ["zoho", "books", "refresh", "token"]], [["refresh", "token"], ["token"]],
      "oauth_refresh", "https://accounts.zoho.com", "/oauth/v2/token",
      lambda r: [(["zoho", "client", "id"], "1000." + rstr(r, UPP + DIG, 30)), (["zoho", "organization", "id"], rdigits(r, 9))],
      refs=[["zoho", "client", "secret"]], prefix="1000."),
    K("zoho", "oauth_client_secret", "Zoho Books", lambda r: rstr(r, HEXL, 42),
      [["zoho", "client", "secret"]], [["client", "secret"], ["secret"]], "oauth_client",
      "https://accounts.zoho.com", "/oauth/v2/token",
      lambda r: [(["zoho", "client", "id"], "1000." + rstr(r, UPP + DIG, 30))]),
    K("sage", "oauth_client_secret", "Sage Accounting", lambda r: rstr(r, B64, 20),
      [["sage", "client", "secret"]], [["client", "secret"], ["secret"]], "oauth_client",
      "https://oauth.accounting.sage.com", "/token",
      lambda r: [(["sage", "client", "id"], ruuid(r) + "/" + ruuid(r))]),
    K("sage", "oauth_refresh_token", "Sage Accounting", lambda r: rstr(r, B62, 64),
      [["sage", "refresh", "token"]], [["refresh", "token"]], "oauth_refresh",
      "https://oauth.accounting.sage.com", "/token", refs=[["sage", "client", "secret"]]),
    K("freshbooks", "oauth_client_secret", "FreshBooks", lambda r: rstr(r, HEXL, 64),
      [["freshbooks", "client", "secret"]], [["client", "secret"], ["secret"]], "oauth_client",
      "https://api.freshbooks.com", "/auth/oauth/token",
      lambda r: [(["freshbooks", "account", "id"], rstr(r, B62, 5))]),
    # ---- HR / payroll / ATS
    K("gusto", "oauth_client_secret", "Gusto", lambda r: rstr(r, B64URL, 43),
      [["gusto", "client", "secret"]], [["client", "secret"], ["secret"]], "oauth_client",
      "https://api.gusto.com", "/oauth/token",
      lambda r: [(["gusto", "company", "uuid"], ruuid(r))]),
    K("gusto", "oauth_refresh_token", "Gusto", lambda r: rstr(r, B64URL, 43),
      [["gusto", "refresh", "token"]], [["refresh", "token"], ["token"]], "oauth_refresh",
      "https://api.gusto.com", "/oauth/token",
      lambda r: [(["gusto", "company", "uuid"], ruuid(r))], refs=[["gusto", "client", "secret"]]),
    K("gusto", "webhook_verification_token", "Gusto", lambda r: rstr(r, B62, 32),
      [["gusto", "webhook", "token"], ["gusto", "verification", "token"]], [["verification", "token"], ["webhook", "secret"]],
      "hmac", "https://api.gusto.com", "/v1/webhook_subscriptions"),
    K("rippling", "api_token", "Rippling", lambda r: rstr(r, B62, 64),
      [["rippling", "api", "token"], ["rippling", "api", "key"]], [["api", "token"], ["token"], ["auth"]], "bearer",
      "https://api.rippling.com", "/platform/api/employees"),
    K("bamboohr", "api_key", "BambooHR", lambda r: rstr(r, HEXL, 40),
      [["bamboohr", "api", "key"], ["bamboo", "api", "key"]], [["api", "key"], ["key"], ["auth"]], "basic_user_x",
      "https://api.bamboohr.com/api/gateway.php/{sub}", "/v1/employees/directory",
      lambda r: [(["bamboohr", "subdomain"], SUBDOMAIN(r))]),
    K("deel", "api_token", "Deel", lambda r: rstr(r, B62, 64),
      [["deel", "api", "token"]], [["api", "token"], ["token"], ["bearer"]], "bearer",
      "https://api.letsdeel.com/rest/v2", "/contracts"),
    K("remote", "api_token", "Remote", lambda r: "ra_live_" + rstr(r, B62, 48),
      [["remote", "api", "token"], ["remote", "com", "token"]], [["api", "token"], ["token"]], "bearer",
      "https://gateway.remote.com/v1", "/employments", prefix="ra_live_"),
    K("personio", "client_secret", "Personio", lambda r: "papi-" + rstr(r, B62, 48),
      [["personio", "client", "secret"]], [["client", "secret"], ["secret"]], "oauth_client",
      "https://api.personio.de", "/v1/auth",
      lambda r: [(["personio", "client", "id"], "papi-" + ruuid(r))], prefix="papi-"),
    K("hibob", "service_user_token", "HiBob", lambda r: rstr(r, B62, 40),
      [["hibob", "service", "token"], ["bob", "api", "token"]], [["token"], ["service", "user", "token"]], "basic_pair",
      "https://api.hibob.com", "/v1/people/search",
      lambda r: [(["hibob", "service", "user", "id"], "SERVICE-" + rdigits(r, 5))]),
    K("workable", "api_token", "Workable", lambda r: rstr(r, HEXL, 64),
      [["workable", "api", "token"], ["workable", "access", "token"]], [["access", "token"], ["api", "token"]], "bearer",
      "https://{sub}.workable.com/spi/v3", "/candidates",
      lambda r: [(["workable", "subdomain"], SUBDOMAIN(r))]),
    K("greenhouse", "harvest_api_key", "Greenhouse", lambda r: rstr(r, HEXL, 32),
      [["greenhouse", "api", "key"], ["greenhouse", "harvest", "key"], ["harvest", "api", "key"]],
      [["api", "key"], ["key"]], "basic_user", "https://harvest.greenhouse.io", "/v1/candidates",
      lambda r: [(["greenhouse", "on", "behalf", "of"], rdigits(r, 7))]),
    K("greenhouse", "webhook_secret", "Greenhouse", lambda r: rstr(r, B62, 32),
      [["greenhouse", "webhook", "secret"]], [["webhook", "secret"], ["secret", "key"]], "hmac",
      "https://harvest.greenhouse.io", "/v1/candidates"),
    K("lever", "api_key", "Lever", lambda r: rstr(r, B62, 48),
      [["lever", "api", "key"]], [["api", "key"], ["key"]], "basic_user",
      "https://api.lever.co/v1", "/opportunities"),
    K("lever", "webhook_signature_token", "Lever", lambda r: rstr(r, B62, 48),
      [["lever", "signature", "token"], ["lever", "webhook", "token"]], [["signature", "token"], ["webhook", "token"]], "hmac",
      "https://api.lever.co/v1", "/webhooks"),
    # ---- KYC / background
    K("onfido", "api_token", "Onfido", onfido_token,
      [["onfido", "api", "token"], ["onfido", "token"]], [["api", "token"], ["token"], ["kyc", "token"]], "token_token",
      "https://api.eu.onfido.com/v3.6", "/applicants", prefix="api_live."),
    K("onfido", "webhook_token", "Onfido", lambda r: rstr(r, B64URL, 32),
      [["onfido", "webhook", "token"]], [["webhook", "token"], ["webhook", "secret"]], "hmac",
      "https://api.eu.onfido.com/v3.6", "/webhooks"),
    K("veriff", "shared_secret", "Veriff", ruuid,
      [["veriff", "shared", "secret"], ["veriff", "secret", "key"]], [["shared", "secret"], ["secret"], ["hmac", "secret"]], "hmac",
      "https://stationapi.veriff.com", "/v1/sessions",
      lambda r: [(["veriff", "api", "key"], ruuid(r))], uuid_shaped=True),
    K("jumio", "api_secret", "Jumio", lambda r: rstr(r, B62, 32),
      [["jumio", "api", "secret"]], [["api", "secret"], ["secret"]], "basic_pair",
      "https://netverify.com/api/v4", "/initiate", refs=[["jumio", "api", "token"]]),
    K("sumsub", "app_token", "Sumsub", sumsub_token,
      [["sumsub", "app", "token"]], [["app", "token"], ["token"]], "header:X-App-Token",
      "https://api.sumsub.com", "/resources/applicants", refs=[["sumsub", "secret", "key"]], prefix="prd:"),
    K("sumsub", "secret_key", "Sumsub", lambda r: rstr(r, B62, 32),
      [["sumsub", "secret", "key"]], [["secret", "key"], ["secret"], ["signing", "key"]], "hmac",
      "https://api.sumsub.com", "/resources/applicants", refs=[["sumsub", "app", "token"]]),
    K("checkr", "api_key", "Checkr", lambda r: rstr(r, HEXL, 40),
      [["checkr", "api", "key"]], [["api", "key"], ["key"], ["auth"]], "basic_user",
      "https://api.checkr.com/v1", "/candidates",
      lambda r: [(["checkr", "node"], rstr(r, HEXL, 24))]),
    K("certn", "api_key", "Certn", lambda r: rstr(r, HEXL, 40),
      [["certn", "api", "key"]], [["api", "key"], ["key"]], "header:Authorization: Api-Key",
      "https://api.certn.co/hr/v1", "/applications/"),
    # ---- e-signature
    K("docusign", "jwt_rsa_private_key", "DocuSign", lambda r: rsa_pem(r),
      [["docusign", "private", "key"], ["docusign", "rsa", "key"]], [["private", "key"], ["rsa", "key"]], "jwt_key",
      "https://account.docusign.com", "/oauth/token",
      lambda r: [(["docusign", "integration", "key"], ruuid(r)), (["docusign", "user", "id"], ruuid(r)),
                 (["docusign", "account", "id"], ruuid(r))], multiline=True),
    K("docusign", "oauth_secret_key", "DocuSign", ruuid,
      [["docusign", "secret", "key"], ["docusign", "client", "secret"]], [["client", "secret"], ["secret", "key"]], "oauth_client",
      "https://account.docusign.com", "/oauth/token",
      lambda r: [(["docusign", "integration", "key"], ruuid(r)), (["docusign", "account", "id"], ruuid(r))], uuid_shaped=True),
    K("docusign", "connect_hmac_key", "DocuSign", lambda r: b64s(r, 32),
      [["docusign", "connect", "hmac", "key"], ["docusign", "hmac", "secret"]], [["hmac", "key"], ["webhook", "secret"]], "hmac",
      "https://demo.docusign.net/restapi", "/v2.1/accounts"),
    K("dropbox_sign", "api_key", "Dropbox Sign", lambda r: rstr(r, HEXL, 64),
      [["hellosign", "api", "key"], ["dropbox", "sign", "api", "key"]], [["api", "key"], ["key"]], "basic_user",
      "https://api.hellosign.com/v3", "/signature_request/list"),
    K("pandadoc", "api_key", "PandaDoc", lambda r: rstr(r, HEXL, 40),
      [["pandadoc", "api", "key"]], [["api", "key"], ["key"], ["auth"]], "header:Authorization: API-Key",
      "https://api.pandadoc.com/public/v1", "/documents"),
    K("pandadoc", "webhook_shared_key", "PandaDoc", lambda r: rstr(r, B62, 32),
      [["pandadoc", "webhook", "key"], ["pandadoc", "shared", "key"]], [["shared", "key"], ["webhook", "key"]], "hmac",
      "https://api.pandadoc.com/public/v1", "/webhook-subscriptions"),
    K("signnow", "client_secret", "SignNow", lambda r: rstr(r, HEXL, 32),
      [["signnow", "client", "secret"]], [["client", "secret"], ["secret"]], "oauth_client",
      "https://api.signnow.com", "/oauth2/token",
      lambda r: [(["signnow", "client", "id"], rstr(r, HEXL, 32))]),
    # ---- spend / banking
    K("brex", "user_token", "Brex", lambda r: "bxt_" + rstr(r, B62, 36),
      [["brex", "api", "token"], ["brex", "user", "token"], ["brex", "token"]], [["api", "token"], ["token"], ["auth"], ["bearer"]],
      "bearer", "https://platform.brexapis.com", "/v2/transactions/card/primary", prefix="bxt_"),
    K("brex", "webhook_secret", "Brex", lambda r: "whsec_" + b64s(r, 24),
      [["brex", "webhook", "secret"]], [["webhook", "secret"], ["signing", "secret"]], "hmac",
      "https://platform.brexapis.com", "/v1/webhooks/secrets", prefix="whsec_"),
    K("ramp", "client_secret", "Ramp", lambda r: "ramp_sec_" + rstr(r, B62, 48),
      [["ramp", "client", "secret"]], [["client", "secret"], ["secret"]], "oauth_client",
      "https://api.ramp.com", "/developer/v1/token",
      lambda r: [(["ramp", "client", "id"], "ramp_id_" + rstr(r, B62, 40))], prefix="ramp_sec_"),
    K("expensify", "partner_user_secret", "Expensify", lambda r: rstr(r, HEXL, 40),
      [["expensify", "partner", "user", "secret"], ["expensify", "secret"]], [["partner", "user", "secret"], ["secret"]], "expensify",
      "https://integrations.expensify.com", "/Integration-Server/ExpensifyIntegrations",
      lambda r: [(["expensify", "partner", "user", "id"], "aa_api_" + r.choice(COMPANY_SLUGS) + "_com")]),
    K("plaid", "secret", "Plaid", lambda r: rstr(r, HEXL, 30),
      [["plaid", "secret"], ["plaid", "production", "secret"]], [["secret"], ["api", "secret"], ["client", "secret"]], "plaid",
      "https://production.plaid.com", "/transactions/sync",
      lambda r: [(["plaid", "client", "id"], rstr(r, HEXL, 24)), (["plaid", "env"], "production")]),
    K("plaid", "access_token", "Plaid", lambda r: "access-%s-%s" % (r.choice(["production", "production", "development"]), ruuid(r)),
      [["plaid", "access", "token"]], [["access", "token"], ["item", "token"], ["token"]], "plaid",
      "https://production.plaid.com", "/accounts/balance/get",
      lambda r: [(["plaid", "client", "id"], rstr(r, HEXL, 24))], refs=[["plaid", "secret"]], prefix="access-production-"),
    K("modern_treasury", "api_key", "Modern Treasury", lambda r: "live-" + rstr(r, B62, 64),
      [["modern", "treasury", "api", "key"], ["mt", "api", "key"]], [["api", "key"], ["key"]], "basic_org",
      "https://app.moderntreasury.com/api", "/payment_orders",
      lambda r: [(["modern", "treasury", "organization", "id"], ruuid(r))], prefix="live-"),
    K("unit", "org_api_token", "Unit", unit_token,
      [["unit", "api", "token"], ["unit", "org", "token"]], [["api", "token"], ["token"], ["bearer"]], "bearer",
      "https://api.s.unit.sh", "/accounts", prefix="v2.public."),
    K("treasury_prime", "api_secret", "Treasury Prime", lambda r: rstr(r, B62, 40),
      [["treasury", "prime", "api", "secret"], ["tp", "api", "secret"]], [["api", "secret"], ["secret"]], "basic_pair",
      "https://api.treasuryprime.com", "/account",
      lambda r: [(["treasury", "prime", "api", "key", "id"], "key_" + rstr(r, LOW + DIG, 26))]),
    K("mercury", "api_token", "Mercury", mercury_token,
      [["mercury", "api", "token"], ["mercury", "token"]], [["api", "token"], ["token"], ["bank", "token"]], "bearer",
      "https://api.mercury.com/api/v1", "/accounts", prefix="secret-token:mercury_production_"),
    K("wise", "api_token", "Wise", ruuid,
      [["wise", "api", "token"], ["transferwise", "token"]], [["api", "token"], ["token"], ["auth"]], "bearer",
      "https://api.transferwise.com", "/v1/profiles",
      lambda r: [(["wise", "profile", "id"], rdigits(r, 8))], uuid_shaped=True),
    K("avalara", "license_key", "Avalara AvaTax", lambda r: rstr(r, HEXU, 16),
      [["avalara", "license", "key"], ["avatax", "license", "key"]], [["license", "key"], ["key"]], "basic_pair",
      "https://rest.avatax.com/api/v2", "/transactions/create",
      lambda r: [(["avalara", "account", "id"], rdigits(r, 10))]),
    K("taxjar", "api_token", "TaxJar", lambda r: rstr(r, HEXL, 32),
      [["taxjar", "api", "token"], ["taxjar", "api", "key"]], [["api", "token"], ["token"], ["key"]], "bearer",
      "https://api.taxjar.com/v2", "/taxes"),
    # ---- file drops, provisioning, warehouse
    K("payroll_sftp", "sftp_password", "Payroll SFTP drop", human_password,
      [["payroll", "sftp", "password"], ["adp", "sftp", "password"], ["sftp", "password"]], [["password"], ["pass"], ["pwd"]], "sftp",
      "sftp://files.payroll-partner.net", "/inbound/"),
    K("payroll_sftp", "sftp_private_key", "Payroll SFTP drop", lambda r: rsa_pem(r),
      [["payroll", "sftp", "key"], ["sftp", "private", "key"]], [["private", "key"], ["ssh", "key"]], "sftp",
      "sftp://files.payroll-partner.net", "/inbound/", multiline=True),
    K("scim", "scim_bearer_token", "SCIM provisioning", lambda r: rstr(r, B64URL, 43),
      [["scim", "bearer", "token"], ["scim", "token"], ["hris", "scim", "token"]], [["bearer", "token"], ["token"], ["auth"]], "bearer",
      "https://api.hibob.com/scim/v2", "/Users"),
    K("payroll_warehouse", "db_password", "Payroll warehouse", human_password,
      [["payroll", "db", "password"], ["warehouse", "password"]], [["password"], ["pass"]], "password",
      "postgres://payroll_ro@warehouse.internal:5432/payroll", ""),
]


# --------------------------------------------------------------- naming helpers
def nm(words, style):
    w = [x.lower() for x in words]
    if style == "upper":
        return "_".join(w).upper()
    if style == "snake":
        return "_".join(w)
    if style == "camel":
        return w[0] + "".join(x.capitalize() for x in w[1:])
    if style == "pascal":
        return "".join(x.capitalize() for x in w)
    if style == "kebab":
        return "-".join(w)
    if style == "dot":
        return ".".join(w)
    raise ValueError(style)


PROVIDER_WORDS = ("qbo", "quickbooks", "intuit", "xero", "zoho", "books", "sage", "freshbooks",
                  "gusto", "rippling", "bamboohr", "bamboo", "deel", "remote", "com", "personio",
                  "hibob", "bob", "workable", "greenhouse", "harvest", "lever", "onfido", "veriff",
                  "jumio", "sumsub", "checkr", "certn", "docusign", "hellosign", "dropbox", "sign",
                  "pandadoc", "signnow", "brex", "ramp", "expensify", "plaid", "modern", "treasury",
                  "mt", "unit", "tp", "prime", "mercury", "wise", "transferwise", "avalara", "avatax",
                  "taxjar", "adp", "scim", "hris", "payroll", "warehouse", "production")


def strip_provider(words):
    out = [w for w in words if w not in PROVIDER_WORDS]
    return out or words[-1:]


def block_name(k):
    return {"quickbooks": "quickbooks", "dropbox_sign": "dropbox_sign", "modern_treasury": "modern_treasury",
            "treasury_prime": "treasury_prime", "payroll_sftp": "payroll_sftp",
            "payroll_warehouse": "warehouse"}.get(k.provider, k.provider)


class Entry:
    def __init__(self, words, val=None, env=None, secret=False):
        self.words, self.val, self.env, self.secret = words, val, env, secret

    @property
    def is_ref(self):
        return self.env is not None


def base_url(c):
    u = c["k"].base
    if "{sub}" in u:
        sub = next((e.val for e in c["entries"] if e.words[-1] == "subdomain" and e.val), c["sub"])
        u = u.replace("{sub}", sub)
    return u


def auth_mode(auth):
    if auth in ("bearer", "token_token") or auth.startswith("header:"):
        return "hdr"
    if auth.startswith("basic"):
        return "basic"
    if auth in ("oauth_client", "oauth_refresh"):
        return "form"
    if auth == "hmac":
        return "hmac"
    if auth in ("plaid", "expensify"):
        return "body"
    return "conn"


def hdr_parts(auth):
    if auth == "bearer":
        return "Authorization", "Bearer "
    if auth == "token_token":
        return "Authorization", "Token token="
    if auth == "header:X-App-Token":
        return "X-App-Token", ""
    if auth.startswith("header:Authorization: "):
        return "Authorization", auth.split(": ", 1)[1] + " "
    return "Authorization", "Bearer "


def body_keys(k):
    """(id field, secret field, extra json fragment) for JSON-body auth."""
    if k.provider == "expensify":
        return "partnerUserID", "partnerUserSecret", None
    if k.kind == "access_token":
        return "client_id", "access_token", ("secret", "PLAID_SECRET")
    return "client_id", "secret", None


def roles(c):
    """names (in a given style) of the secret slot and its companions."""
    ents = c["entries"]
    sec = next(e for e in ents if e.secret)
    idlike = [e for e in ents if not e.secret and (e.words[-1] in ("id", "key", "token", "uuid")
                                                    and "secret" not in e.words or "user" in e.words)]
    other = [e for e in ents if not e.secret and e is not sec]
    return sec, (idlike[0] if idlike else (other[0] if other else None))


FILLER_ENV = [
    ("LOG_LEVEL", ["info", "debug", "warn"]), ("TZ", ["UTC", "Europe/Berlin", "America/New_York"]),
    ("SYNC_BATCH_SIZE", ["50", "100", "250", "500"]), ("HTTP_TIMEOUT_SECONDS", ["15", "30", "60"]),
    ("RETRY_MAX_ATTEMPTS", ["3", "5", "8"]), ("FEATURE_PAYROLL_EXPORT", ["true", "false"]),
    ("SENTRY_ENVIRONMENT", ["production", "staging"]), ("APP_ENV", ["production", "staging", "development"]),
    ("REDIS_URL", ["redis://redis:6379/0", "redis://cache.internal:6379/2"]),
    ("DEFAULT_CURRENCY", ["USD", "EUR", "GBP", "CAD"]), ("FISCAL_YEAR_START", ["01-01", "04-01", "07-01"]),
    ("INVOICE_PREFIX", ["INV-", "ACME-", "NW-"]), ("WEBHOOK_PATH", ["/webhooks/inbound", "/hooks/provider"]),
    ("DATABASE_HOST", ["db", "postgres.internal", "10.20.0.14"]), ("METRICS_PORT", ["9102", "9090"]),
]


def filler_env(r, n):
    picks = r.sample(FILLER_ENV, min(n, len(FILLER_ENV)))
    return [(k, r.choice(v)) for k, v in picks]


def svc_slug(k):
    return k.provider.replace("_", "-")


def mod_name(k):
    return k.provider


# --------------------------------------------------------------- renderers: config formats
def q2(v):
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def yaml_scalar(v, r):
    if "\n" in v:
        return None
    if v == "" or any(ch in v for ch in ":#{}[]&*!|>'%@`,") or v[0] in "-?" or v.isdigit() or v in ("true", "false"):
        return q2(v)
    return r.choice([v, v, q2(v)])


def yaml_kv(r, indent, key, v):
    s = yaml_scalar(v, r)
    if s is None:
        pad = " " * (indent + 2)
        return ["%s%s: |" % (" " * indent, key)] + [pad + ln for ln in v.split("\n")]
    return ["%s%s: %s" % (" " * indent, key, s)]


def r_dotenv(r, c):
    k = c["k"]
    path = r.choice([".env", ".env.production", ".env.local", "services/%s-sync/.env" % svc_slug(k),
                     "deploy/%s.env" % r.choice(["prod", "staging"]), "config/.env.integrations"])
    lines = []
    if r.random() < 0.6:
        lines.append("# %s integration" % k.display)
    for kk, vv in filler_env(r, r.randint(1, 4)):
        lines.append("%s=%s" % (kk, vv))
    lines.append("")
    lines.append("# --- %s ---" % k.display)
    for e in c["entries"]:
        n = nm(e.words, "upper")
        if e.is_ref:
            v = r.choice(["${%s}" % e.env, ""]) if n != e.env else ""
            if v == "":
                lines.append("# %s is injected by the secrets manager at runtime" % n)
                lines.append("%s=" % n)
                continue
        else:
            v = e.val
            if "\n" in v:
                v = q2(v)
            elif r.random() < 0.3:
                v = q2(v)
        lines.append("%s=%s" % (n, v))
    if k.base and not k.base.startswith(("sftp", "postgres")):
        lines.append("%s_BASE_URL=%s" % (nm(strip_provider([block_name(k)]) if c["generic"] else [block_name(k)], "upper"), base_url(c)))
    for kk, vv in filler_env(r, r.randint(0, 3)):
        lines.append("%s=%s" % (kk, vv))
    return path, "\n".join(lines) + "\n"


def r_compose(r, c):
    k = c["k"]
    svc = "%s-sync" % svc_slug(k)
    lines = ["version: \"3.8\"" if r.random() < 0.5 else "# docker compose -f docker-compose.yml up -d", "",
             "services:", "  %s:" % svc,
             "    image: ghcr.io/%s/%s:%s" % (c["sub"], svc, r.choice(["1.4.2", "2.0.0", "latest", "2024.11.3"])),
             "    restart: unless-stopped", "    environment:"]
    lst = r.random() < 0.4
    for e in c["entries"]:
        n = nm(e.words, "upper")
        if e.is_ref:
            v = r.choice(["${%s}" % e.env, "${%s:?set in .env}" % e.env])
        else:
            v = e.val.replace("\n", "\\n")
        if lst:
            lines.append("      - %s=%s" % (n, v))
        else:
            lines.append("      %s: %s" % (n, q2(v) if (r.random() < 0.5 or "$" in v or ":" in v) else v))
    for kk, vv in filler_env(r, r.randint(1, 3)):
        lines.append(("      - %s=%s" % (kk, vv)) if lst else ("      %s: \"%s\"" % (kk, vv)))
    lines += ["    depends_on:", "      - postgres", "      - redis", "    ports:", "      - \"%d:8080\"" % r.choice([8080, 8081, 9000]),
              "", "  postgres:", "    image: postgres:15-alpine", "    environment:", "      POSTGRES_DB: ledger",
              "      POSTGRES_USER: ledger", "      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password",
              "", "  redis:", "    image: redis:7-alpine"]
    return r.choice(["docker-compose.yml", "deploy/docker-compose.yml", "docker-compose.override.yml"]), "\n".join(lines) + "\n"


def r_k8s_secret(r, c):
    k = c["k"]
    name = "%s-credentials" % svc_slug(k)
    ns = r.choice(["finance", "payroll", "integrations", "back-office"])
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s" % name, "  namespace: %s" % ns,
             "  labels:", "    app.kubernetes.io/name: %s-sync" % svc_slug(k), "    app.kubernetes.io/part-of: back-office",
             "type: Opaque", "stringData:"]
    for e in c["entries"]:
        key = nm(e.words, r.choice(["upper", "snake", "kebab"])) if not e.secret else nm(e.words, "upper")
        if e.is_ref:
            continue
        lines += yaml_kv(r, 2, key, e.val)
    return "k8s/%s/%s-secret.yaml" % (ns, svc_slug(k)), "\n".join(lines) + "\n"


def r_k8s_configmap(r, c):
    k = c["k"]
    ns = r.choice(["finance", "payroll", "integrations"])
    lines = ["apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: %s-config" % svc_slug(k), "  namespace: %s" % ns, "data:"]
    lines.append("  %s_BASE_URL: %s" % (nm([block_name(k)], "upper"), q2(base_url(c))))
    for kk, vv in filler_env(r, r.randint(1, 3)):
        lines.append("  %s: %s" % (kk, q2(vv)))
    for e in c["entries"]:
        if e.is_ref:
            continue
        lines += yaml_kv(r, 2, nm(e.words, "upper"), e.val)
    lines += ["---", "apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: %s-sync" % svc_slug(k),
              "  namespace: %s" % ns, "spec:", "  replicas: 1", "  template:", "    spec:", "      containers:",
              "        - name: worker", "          image: registry.internal/%s-sync:%s" % (svc_slug(k), r.choice(["v3.2.0", "v1.9.4"])),
              "          envFrom:", "            - configMapRef:", "                name: %s-config" % svc_slug(k)]
    refs = [e for e in c["entries"] if e.is_ref]
    if refs:
        lines.append("          env:")
        for e in refs:
            lines += ["            - name: %s" % nm(e.words, "upper"), "              valueFrom:", "                secretKeyRef:",
                      "                  name: %s-credentials" % svc_slug(k), "                  key: %s" % e.env.lower().replace("_", "-")]
    return "k8s/%s/%s-configmap.yaml" % (ns, svc_slug(k)), "\n".join(lines) + "\n"


def r_config_yml(r, c):
    k = c["k"]
    blk = block_name(k)
    envs = r.sample(["production", "staging"], 2) if r.random() < 0.4 else ["production"]
    lines = ["# Integration settings (loaded by config/initializers/integrations.rb)", "default: &default",
             "  timeout: %d" % r.choice([15, 30, 45]), "  retries: %d" % r.choice([2, 3, 5]), ""]
    for env in envs[:1]:
        lines.append("%s:" % env)
        lines.append("  <<: *default")
        lines.append("  %s:" % blk)
        lines.append("    base_url: %s" % base_url(c))
        for e in c["entries"]:
            key = nm(strip_provider(e.words) if r.random() < 0.7 else e.words, "snake")
            if e.is_ref:
                lines.append("    %s: <%%= ENV.fetch(\"%s\") %%>" % (key, e.env))
            else:
                lines += yaml_kv(r, 4, key, e.val)
    if len(envs) > 1:
        lines += ["", "%s:" % envs[1], "  <<: *default", "  %s:" % blk, "    base_url: %s" % base_url(c),
                  "    enabled: false"]
    return r.choice(["config/integrations.yml", "config/%s.yml" % blk, "config/settings/%s.yml" % blk]), "\n".join(lines) + "\n"


def r_gha(r, c):
    k = c["k"]
    job = "sync-%s" % svc_slug(k)
    lines = ["name: Nightly %s sync" % k.display, "", "on:", "  schedule:", "    - cron: \"%d %d * * *\"" % (r.randint(0, 59), r.randint(0, 6)),
             "  workflow_dispatch: {}", "", "permissions:", "  contents: read", "", "jobs:", "  %s:" % job,
             "    runs-on: ubuntu-latest", "    timeout-minutes: 30", "    env:"]
    for e in c["entries"]:
        n = nm(e.words, "upper")
        if e.is_ref:
            lines.append("      %s: ${{ secrets.%s }}" % (n, e.env))
        else:
            lines.append("      %s: %s" % (n, q2(e.val)))
    lines += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5", "        with:",
              "          python-version: \"3.11\"", "      - run: pip install -r requirements.txt",
              "      - name: Run sync", "        run: python -m jobs.%s_sync --since \"$(date -u -d '1 day ago' +%%F)\"" % mod_name(k)]
    return ".github/workflows/%s-sync.yml" % svc_slug(k), "\n".join(lines) + "\n"


def r_tfvars(r, c):
    k = c["k"]
    lines = ["# %s / %s" % (r.choice(["prod", "production", "staging"]), k.display), "region      = \"%s\"" % r.choice(["us-east-1", "eu-west-1", "eu-central-1"]),
             "environment = \"%s\"" % r.choice(["prod", "staging"]), ""]
    for e in c["entries"]:
        n = nm(e.words, "snake")
        if e.is_ref:
            lines.append("# %s is supplied via TF_VAR_%s in CI" % (n, n))
            continue
        if "\n" in e.val:
            lines += ["%s = <<-EOT" % n] + e.val.split("\n") + ["EOT"]
        else:
            lines.append("%s = \"%s\"" % (n, e.val))
    lines += ["", "sync_schedule   = \"cron(%d %d * * ? *)\"" % (r.randint(0, 59), r.randint(0, 6)),
              "alarm_email     = \"finance-eng@%s.com\"" % c["sub"], "lambda_memory   = %d" % r.choice([256, 512, 1024])]
    return r.choice(["terraform/%s/terraform.tfvars" % svc_slug(k), "infra/envs/prod/terraform.tfvars", "terraform.tfvars"]), "\n".join(lines) + "\n"


def r_appsettings(r, c):
    k = c["k"]
    blk = nm(block_name(k).split("_"), "pascal")
    sect = {}
    for e in c["entries"]:
        key = nm(strip_provider(e.words), "pascal") if r.random() < 0.75 else nm(e.words, "pascal")
        sect[key] = ("" if e.is_ref else e.val)
    sect["BaseUrl"] = base_url(c)
    doc = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
           "AllowedHosts": "*", "Integrations": {blk: sect},
           "ConnectionStrings": {"Ledger": "Server=sql.internal;Database=Ledger;Integrated Security=true;TrustServerCertificate=true"}}
    return r.choice(["src/BackOffice.Api/appsettings.json", "appsettings.Production.json", "src/Payroll.Worker/appsettings.json"]), json.dumps(doc, indent=2) + "\n"


def r_postman(r, c):
    k = c["k"]
    vals = [{"key": "baseUrl", "value": base_url(c), "type": "default", "enabled": True}]
    for e in c["entries"]:
        vals.append({"key": nm(e.words, "camel"), "value": "" if e.is_ref else e.val,
                     "type": "secret" if e.secret else "default", "enabled": True})
    doc = {"id": ruuid(r), "name": "%s - %s" % (k.display, r.choice(["Production", "Prod", "Live"])), "values": vals,
           "_postman_variable_scope": "environment", "_postman_exported_at": "2024-%02d-%02dT%02d:%02d:11.204Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)),
           "_postman_exported_using": "Postman/%s" % r.choice(["10.24.3", "11.2.0", "10.18.6"])}
    return "postman/%s.postman_environment.json" % svc_slug(k), json.dumps(doc, indent="\t") + "\n"


def _slot_pairs(c, ref_fmt):
    """(field name, value) for every entry; refs rendered with ref_fmt."""
    out = []
    for e in c["entries"]:
        out.append((e, nm(strip_provider(e.words), "snake"), (ref_fmt % e.env) if e.is_ref else e.val))
    return out


def r_n8n(r, c):
    k = c["k"]
    m = auth_mode(k.auth)
    pairs = _slot_pairs(c, "{{ $env.%s }}")
    url = base_url(c) + k.endpoint
    if m == "hmac":
        sec = next(v for e, n, v in pairs if e.secret)
        sec_js = ("$env.%s" % next(e.env for e, n, v in pairs if e.secret)) if sec.startswith("{{") else "'%s'" % sec
        code = ("const crypto = require('crypto');\nconst secret = %s;\nconst body = JSON.stringify($json.body);\n"
                "const sig = crypto.createHmac('sha256', secret).update(body).digest('hex');\n"
                "return [{ json: { valid: sig === $json.headers['x-signature'], body: $json.body } }];") % sec_js
        node = {"parameters": {"jsCode": code}, "id": ruuid(r), "name": "Verify signature", "type": "n8n-nodes-base.code",
                "typeVersion": 2, "position": [460, 300]}
        trig = {"parameters": {"httpMethod": "POST", "path": "%s-events" % svc_slug(k), "options": {}}, "id": ruuid(r),
                "name": "Webhook", "type": "n8n-nodes-base.webhook", "typeVersion": 2, "position": [240, 300], "webhookId": ruuid(r)}
    else:
        params = {"method": "GET" if m == "hdr" else "POST", "url": url}
        if m == "hdr":
            h, pre = hdr_parts(k.auth)
            params["sendHeaders"] = True
            params["headerParameters"] = {"parameters": [{"name": h, "value": ("=" + pre + v) if v.startswith("{{") else pre + v}
                                                         for e, n, v in pairs if e.secret]}
            qp = [{"name": nm(n.split("_"), "camel"), "value": ("=" + v) if v.startswith("{{") else v} for e, n, v in pairs if not e.secret]
            if qp:
                params["sendQuery"] = True
                params["queryParameters"] = {"parameters": qp}
        else:
            params["sendBody"] = True
            params["contentType"] = "form-urlencoded" if m == "form" else "json"
            bp = [{"name": n, "value": ("=" + v) if v.startswith("{{") else v} for e, n, v in pairs]
            if k.auth == "oauth_refresh":
                bp.insert(0, {"name": "grant_type", "value": "refresh_token"})
            elif m == "form":
                bp.insert(0, {"name": "grant_type", "value": "client_credentials"})
            params["bodyParameters"] = {"parameters": bp}
        node = {"parameters": params, "id": ruuid(r), "name": "%s request" % k.display, "type": "n8n-nodes-base.httpRequest",
                "typeVersion": 4.2, "position": [460, 300]}
        trig = {"parameters": {"rule": {"interval": [{"field": "hours", "hoursInterval": r.choice([1, 6, 12])}]}},
                "id": ruuid(r), "name": "Schedule Trigger", "type": "n8n-nodes-base.scheduleTrigger", "typeVersion": 1.2, "position": [240, 300]}
    doc = {"name": "%s -> finance" % k.display, "nodes": [trig, node],
           "connections": {trig["name"]: {"main": [[{"node": node["name"], "type": "main", "index": 0}]]}},
           "active": r.random() < 0.7, "settings": {"executionOrder": "v1"}, "versionId": ruuid(r)}
    return r.choice(["n8n/workflows/%s-sync.json" % svc_slug(k), "automation/n8n/%s.json" % svc_slug(k)]), json.dumps(doc, indent=2) + "\n"


def r_zapier(r, c):
    k = c["k"]
    m = auth_mode(k.auth)
    pairs = _slot_pairs(c, "{{bundle.authData.%s}}")
    pairs = [(e, n, (("{{bundle.authData.%s}}" % n) if e.is_ref else v)) for e, n, v in pairs]
    step = {"id": 2, "app": "Webhooks by Zapier", "action": "custom_request",
            "params": {"method": "GET" if m in ("hdr", "basic") else "POST", "url": base_url(c) + k.endpoint, "unflatten": True}}
    if m == "hdr":
        h, pre = hdr_parts(k.auth)
        step["params"]["headers"] = {h: pre + v for e, n, v in pairs if e.secret}
        step["params"]["query"] = {n: v for e, n, v in pairs if not e.secret}
    elif m == "basic":
        sec = next(v for e, n, v in pairs if e.secret)
        other = next((v for e, n, v in pairs if not e.secret), "")
        step["params"]["basic_auth"] = {"basic_user_x": sec + "|x", "basic_user": sec + "|"}.get(k.auth, other + "|" + sec)
    elif m == "hmac":
        sec = next(v for e, n, v in pairs if e.secret)
        step = {"id": 2, "app": "Code by Zapier", "action": "run_javascript",
                "params": {"input_data": {"body": "{{1__raw_body}}", "signature": "{{1__headers__x_signature}}", "secret": sec},
                           "code": "const crypto = require('crypto');\nconst sig = crypto.createHmac('sha256', inputData.secret).update(inputData.body).digest('hex');\noutput = { valid: sig === inputData.signature };"}}
    else:
        data = {n: v for e, n, v in pairs}
        if m == "form":
            data = dict([("grant_type", "refresh_token" if k.auth == "oauth_refresh" else "client_credentials")] + list(data.items()))
        step["params"]["data"] = data
    first = {"id": 1, "app": "Catch Hook" if m == "hmac" else "Schedule by Zapier", "action": "catch_raw_hook" if m == "hmac" else "every_day",
             "params": {} if m == "hmac" else {"time_of_day": "%02d:00" % r.randint(5, 9)}}
    doc = {"zap": {"title": "%s -> Slack #finance-ops" % k.display, "status": "on",
                   "steps": [first, step, {"id": 3, "app": "Slack", "action": "send_channel_message",
                                           "params": {"channel": "#finance-ops", "text": "%s sync finished" % k.display}}]},
           "exported_at": "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))}
    return "zapier/%s-zap.json" % svc_slug(k), json.dumps(doc, indent=2) + "\n"


def _curl_auth_lines(r, c, sx, ix):
    """shell fragment for authenticating a curl call. sx/ix are shell expressions."""
    k = c["k"]
    m = auth_mode(k.auth)
    if m == "hdr":
        h, p = hdr_parts(k.auth)
        return ["  -H \"%s: %s%s\" \\" % (h, p, sx)]
    if m == "basic":
        if k.auth == "basic_user_x":
            return ["  -u \"%s:x\" \\" % sx]
        if k.auth == "basic_user":
            return ["  -u \"%s:\" \\" % sx]
        return ["  -u \"%s:%s\" \\" % (ix or "$ACCOUNT_ID", sx)]
    if m == "form":
        if k.auth == "oauth_refresh":
            return ["  -d grant_type=refresh_token \\", "  -d \"refresh_token=%s\" \\" % sx]
        return ["  -d grant_type=client_credentials \\", "  -d \"client_id=%s\" \\" % (ix or "$CLIENT_ID"), "  -d \"client_secret=%s\" \\" % sx]
    if m == "body":
        a, b, extra = body_keys(k)
        ex = (", \\\"%s\\\": \\\"$%s\\\"" % extra) if extra else ""
        return ["  -H 'Content-Type: application/json' \\", "  -d \"{\\\"%s\\\": \\\"%s\\\"%s, \\\"%s\\\": \\\"%s\\\"}\" \\" % (a, ix or "$PLAID_CLIENT_ID", ex, b, sx)]
    if m == "hmac":
        return ["  -H \"X-Signature: $(printf '%%s' \"$BODY\" | openssl dgst -sha256 -hmac \"%s\" | cut -d' ' -f2)\" \\" % sx]
    return ["  -H \"Authorization: Bearer %s\" \\" % sx]


def r_http(r, c):
    k = c["k"]
    lines = ["# %s API scratchpad (VS Code REST Client)" % k.display, "@baseUrl = %s" % base_url(c)]
    names = {}
    for e in c["entries"]:
        n = nm(e.words, "camel")
        names[id(e)] = n
        if e.is_ref:
            lines.append("@%s = {{$dotenv %s}}" % (n, e.env))
        else:
            lines.append("@%s = %s" % (n, e.val.replace("\n", "\\n")))
    sec, idl = roles(c)
    sx = "{{%s}}" % names[id(sec)]
    ix = "{{%s}}" % names[id(idl)] if idl else ""
    m = auth_mode(k.auth)
    lines += ["", "### list", "GET {{baseUrl}}%s?page=1&per_page=%d" % (k.endpoint, r.choice([25, 50, 100]))]
    if m == "hdr":
        h, p = hdr_parts(k.auth)
        lines.append("%s: %s%s" % (h, p, sx))
    elif m == "basic":
        lines.append("Authorization: Basic %s %s" % (ix if k.auth in ("basic_pair", "basic_org") else sx,
                                                    sx if k.auth in ("basic_pair", "basic_org") else ("x" if k.auth == "basic_user_x" else "")))
    elif m in ("form",):
        lines[-1] = "POST {{baseUrl}}%s" % k.endpoint
        lines.append("Content-Type: application/x-www-form-urlencoded")
        lines.append("")
        if k.auth == "oauth_refresh":
            lines.append("grant_type=refresh_token&refresh_token=%s" % sx)
        else:
            lines.append("grant_type=client_credentials&client_id=%s&client_secret=%s" % (ix, sx))
    else:
        lines[-1] = "POST {{baseUrl}}%s" % k.endpoint
        lines.append("Content-Type: application/json")
        lines.append("")
        a, b, extra = body_keys(k)
        lines.append("{\"%s\": \"%s\", \"%s\": \"%s\"%s, \"count\": 100}" % (a, ix, b, sx, (", \"%s\": \"{{$dotenv %s}}\"" % extra) if extra else ""))
    if m in ("hdr", "basic"):
        lines += ["", "### single", "GET {{baseUrl}}%s/%s" % (k.endpoint.rstrip("/"), ruuid(r)), "Accept: application/json"]
    else:
        lines[lines.index("### list")] = "### token" if m == "form" else "### fetch"
    return r.choice(["http/%s.http" % svc_slug(k), "api-requests/%s.http" % svc_slug(k), "%s.rest" % svc_slug(k)]), "\n".join(lines) + "\n"


def r_csv(r, c):
    k = c["k"]
    lines = ["setting,value,scope,notes", "provider,%s,global," % k.display, "base_url,%s,global," % base_url(c)]
    for e in c["entries"]:
        v = ("env:%s" % e.env) if e.is_ref else e.val
        if "\n" in v:
            v = q2(v)
        lines.append("%s,%s,%s,%s" % (nm(e.words, "snake"), v, r.choice(["global", "prod"]), r.choice(["", "rotated quarterly", "owner: finance-eng", ""])))
    cols = [("employee_id", "EmployeeNumber"), ("first_name", "FirstName"), ("last_name", "LastName"),
            ("department", "Department"), ("cost_center", "CostCenter"), ("gl_account", "AccountCode"),
            ("invoice_number", "InvoiceNumber"), ("amount", "LineAmount"), ("currency", "CurrencyCode")]
    for src, dst in r.sample(cols, r.randint(3, 7)):
        lines.append("map.%s,%s,import," % (src, dst))
    return r.choice(["imports/%s_mapping.csv" % mod_name(k), "data/mappings/%s-import.csv" % svc_slug(k)]), "\n".join(lines) + "\n"


def r_markdown(r, c):
    k = c["k"]
    lines = ["# Runbook: %s sync" % k.display, "", "Owner: finance-eng (#%s)" % r.choice(["fin-eng", "payroll-alerts", "back-office"]), "",
             "## When the nightly job fails", "", "1. Check the job logs in Grafana (`job=%s-sync`)." % svc_slug(k),
             "2. Re-run the export manually from a bastion:", "", "```bash"]
    for e in c["entries"]:
        n = nm(e.words, "upper")
        if e.is_ref:
            lines.append("export %s=\"$(vault kv get -field=value secret/%s/%s)\"" % (n, svc_slug(k), n.lower()))
        elif "\n" in e.val:
            lines.append("cat > /tmp/%s.pem <<'EOF'" % n.lower())
            lines += e.val.split("\n")
            lines.append("EOF")
        else:
            lines.append("export %s=\"%s\"" % (n, e.val))
    sec, idl = roles(c)
    sx = "$" + nm(sec.words, "upper")
    ix = ("$" + nm(idl.words, "upper")) if idl else None
    if "\n" not in (sec.val or ""):
        lines += ["curl -sS %s%s \\" % (base_url(c), k.endpoint)] + _curl_auth_lines(r, c, sx, ix) + ["  | jq '.'"]
    lines += ["```", "", "3. If the provider returns 401, rotate the credential in the vendor dashboard and update Vault.",
              "4. Post a summary in the incident channel.", ""]
    return r.choice(["docs/runbooks/%s-sync.md" % svc_slug(k), "README.md", "docs/integrations/%s.md" % svc_slug(k)]), "\n".join(lines) + "\n"


def r_cron(r, c):
    k = c["k"]
    sec, idl = roles(c)
    lines = ["#!/usr/bin/env bash", "# crontab: %d %d * * 1-5 /opt/back-office/bin/%s-export.sh >> /var/log/%s-export.log 2>&1"
             % (r.randint(0, 59), r.randint(0, 6), svc_slug(k), svc_slug(k)), "set -euo pipefail", ""]
    positional = c["positional"] and not sec.is_ref and "\n" not in sec.val
    for e in c["entries"]:
        n = nm(e.words, "upper")
        if e.secret and positional:
            lines.append("%s=\"${1:?usage: $0 <%s>}\"" % (n, nm(strip_provider(e.words), "kebab")))
            continue
        if e.is_ref:
            lines.append("%s=\"${%s:?missing %s}\"" % (n, e.env, e.env))
        else:
            lines.append("%s=\"%s\"" % (n, e.val.replace("\n", "\\n")))
    lines += ["OUT_DIR=/srv/exports/$(date -u +%Y/%m/%d)", "mkdir -p \"$OUT_DIR\"", ""]
    if k.auth == "sftp":
        lines += ["sshpass -p \"$%s\" sftp -oBatchMode=no -oStrictHostKeyChecking=yes payroll_%s@files.payroll-partner.net <<EOF" % (nm(sec.words, "upper"), c["sub"]),
                  "cd /inbound", "put \"$OUT_DIR\"/payroll_$(date -u +%Y%m%d).csv.pgp", "bye", "EOF"]
    else:
        lines += ["curl -fsS --retry 3 \"%s%s\" \\" % (base_url(c), k.endpoint)] + \
            _curl_auth_lines(r, c, "$" + nm(sec.words, "upper"), ("$" + nm(idl.words, "upper")) if idl else None) + \
            ["  -o \"$OUT_DIR/%s.json\"" % mod_name(k)]
    lines += ["", "echo \"$(date -u +%FT%TZ) export ok: $(wc -c < \"$OUT_DIR/" + mod_name(k) + ".json\" 2>/dev/null || echo 0) bytes\""]
    if positional:
        path = "scripts/cron/%s-export.sh" % svc_slug(k)
        lines[1] = "# crontab: %d %d * * 1-5 /opt/back-office/%s %s >> /var/log/%s-export.log 2>&1" % (
            r.randint(0, 59), r.randint(0, 6), path, sec.val, svc_slug(k))
        return path, "\n".join(lines) + "\n"
    return r.choice(["scripts/cron/%s-export.sh" % svc_slug(k), "bin/%s-nightly.sh" % svc_slug(k)]), "\n".join(lines) + "\n"


def r_ini(r, c):
    k = c["k"]
    lines = ["; back-office sync daemon", "[general]", "log_level = %s" % r.choice(["INFO", "DEBUG"]),
             "timezone = %s" % r.choice(["UTC", "Europe/London"]), "batch_size = %d" % r.choice([100, 200]), "",
             "[%s]" % block_name(k), "base_url = %s" % base_url(c)]
    for e in c["entries"]:
        key = nm(strip_provider(e.words) if r.random() < 0.7 else e.words, "snake")
        if e.is_ref:
            lines.append("%s = ${%s}" % (key, e.env))
        else:
            lines.append("%s = %s" % (key, e.val.replace("\n", "\\n")))
    lines += ["", "[export]", "target_dir = /srv/exports", "pgp_recipient = payroll-ops@%s.com" % c["sub"]]
    return r.choice(["config/sync.ini", "etc/%s.ini" % svc_slug(k), "conf/integrations.ini"]), "\n".join(lines) + "\n"


def r_makefile(r, c):
    k = c["k"]
    sec, idl = roles(c)
    lines = ["PY ?= python3", "ENV ?= production", ""]
    positional = c["positional"] and not sec.is_ref
    for e in c["entries"]:
        if e.secret and positional:
            continue
        n = nm(e.words, "upper")
        lines.append("%s ?= %s" % (n, ("$(%s)" % e.env) if e.is_ref else e.val.replace("\n", "\\n")))
    lines += ["", ".PHONY: sync backfill lint", "", "sync:"]
    if positional:
        lines.append("\t$(PY) -m jobs.%s_sync --env $(ENV) %s" % (mod_name(k), sec.val))
    else:
        lines.append("\t$(PY) -m jobs.%s_sync --env $(ENV)" % mod_name(k))
    lines += ["", "backfill:", "\t$(PY) -m jobs.%s_sync --env $(ENV) --since 2024-01-01" % mod_name(k), "",
              "lint:", "\truff check jobs tests"]
    return r.choice(["Makefile", "jobs/Makefile"]), "\n".join(lines) + "\n"


def r_properties(r, c):
    k = c["k"]
    lines = ["# %s connector" % k.display, "spring.application.name=%s-connector" % svc_slug(k),
             "server.port=%d" % r.choice([8080, 8081]), "management.endpoints.web.exposure.include=health,info", ""]
    pre = "integrations.%s." % block_name(k).replace("_", "-")
    lines.append(pre + "base-url=" + base_url(c))
    for e in c["entries"]:
        key = pre + nm(strip_provider(e.words), "kebab")
        if e.is_ref:
            lines.append("%s=${%s}" % (key, e.env))
        else:
            lines.append("%s=%s" % (key, e.val.replace("\n", "\\n")))
    return "src/main/resources/application%s.properties" % r.choice(["", "-prod"]), "\n".join(lines) + "\n"


def r_dbt(r, c):
    k = c["k"]
    sec, idl = roles(c)
    lines = ["# dbt profiles for the finance warehouse", "finance:", "  target: prod", "  outputs:", "    prod:",
             "      type: postgres", "      host: warehouse.internal", "      port: 5432", "      dbname: finance",
             "      schema: %s" % block_name(k), "      threads: %d" % r.choice([4, 8])]
    if k.provider == "payroll_warehouse":
        lines.append("      user: payroll_ro")
        lines.append("      password: %s" % (("\"{{ env_var('%s') }}\"" % sec.env) if sec.is_ref else q2(sec.val)))
    else:
        lines.append("      user: dbt_runner")
        lines.append("      password: \"{{ env_var('DBT_PASSWORD') }}\"")
        lines.append("")
        lines.append("# vars consumed by the %s source macros (models/staging/%s)" % (k.display, block_name(k)))
        lines.append("vars:")
        for e in c["entries"]:
            if "\n" in (e.val or ""):
                continue
            v = ("\"{{ env_var('%s') }}\"" % e.env) if e.is_ref else (
                "\"{{ env_var('%s', '%s') }}\"" % (nm(e.words, "upper"), e.val) if r.random() < 0.5 else q2(e.val))
            lines.append("  %s: %s" % (nm(e.words, "snake"), v))
    return "profiles.yml" if r.random() < 0.5 else "dbt/profiles.yml", "\n".join(lines) + "\n"


def r_log(r, c):
    k = c["k"]
    sec, idl = roles(c)
    ts = "2024-%02d-%02dT%02d:%02d:" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))
    h, p = hdr_parts(k.auth)
    lines = []
    for i in range(r.randint(3, 6)):
        lines.append("%s%02d.%03dZ INFO  sync.%s page=%d fetched=%d" % (ts, i * 3, r.randint(0, 999), mod_name(k), i + 1, r.randint(10, 100)))
    v = sec.val if not sec.is_ref else "<redacted>"
    lines.append("%s%02d.%03dZ DEBUG http.client > GET %s%s" % (ts, 31, r.randint(0, 999), base_url(c), k.endpoint))
    lines.append("%s%02d.%03dZ DEBUG http.client > %s: %s%s" % (ts, 31, r.randint(0, 999), h, p, v.replace("\n", "\\n")))
    lines.append("%s%02d.%03dZ DEBUG http.client < 200 OK (%d ms)" % (ts, 32, r.randint(0, 999), r.randint(80, 900)))
    lines.append("%s%02d.%03dZ INFO  sync.%s done records=%d" % (ts, 40, r.randint(0, 999), mod_name(k), r.randint(100, 5000)))
    return r.choice(["logs/%s-sync.log" % svc_slug(k), "tmp/debug-%s.log" % svc_slug(k)]), "\n".join(lines) + "\n"


# --------------------------------------------------------------- renderers: Python family
def py_lit(v):
    if "\n" in v:
        return '"""' + v + '\n"""'
    return q2(v)


def py_usage(c, S, I, R=None):
    """lines of python that use secret expression S (and id expression I)."""
    k = c["k"]
    m = auth_mode(k.auth)
    url = base_url(c) + k.endpoint
    I = I or 'os.environ["%s_CLIENT_ID"]' % nm([block_name(k)], "upper")
    if m == "hdr":
        h, p = hdr_parts(k.auth)
        return ["def fetch_page(page: int = 1) -> dict:",
                "    headers = {%s: %s + %s, \"Accept\": \"application/json\"}" % (q2(h), q2(p), S) if p else
                "    headers = {%s: %s, \"Accept\": \"application/json\"}" % (q2(h), S),
                "    resp = requests.get(%s, headers=headers, params={\"page\": page}, timeout=30)" % q2(url),
                "    resp.raise_for_status()", "    return resp.json()"]
    if m == "basic":
        if k.auth == "basic_user_x":
            auth = "(%s, \"x\")" % S
        elif k.auth == "basic_user":
            auth = "(%s, \"\")" % S
        else:
            auth = "(%s, %s)" % (I, S)
        return ["def fetch_page(page: int = 1) -> dict:",
                "    resp = requests.get(%s, auth=%s, params={\"page\": page}, timeout=30)" % (q2(url), auth),
                "    resp.raise_for_status()", "    return resp.json()"]
    if m == "form":
        if k.auth == "oauth_refresh":
            return ["def refresh_access_token() -> str:",
                    "    resp = requests.post(", "        %s," % q2(url),
                    "        data={\"grant_type\": \"refresh_token\", \"refresh_token\": %s}," % S,
                    "        auth=(os.environ[\"%s\"], os.environ[\"%s\"])," % (nm([block_name(k), "client", "id"], "upper"), nm([block_name(k), "client", "secret"], "upper")),
                    "        timeout=30,", "    )", "    resp.raise_for_status()", "    return resp.json()[\"access_token\"]"]
        return ["def get_access_token() -> str:",
                "    resp = requests.post(", "        %s," % q2(url),
                "        data={\"grant_type\": \"client_credentials\"},", "        auth=(%s, %s)," % (I, S),
                "        timeout=30,", "    )", "    resp.raise_for_status()", "    return resp.json()[\"access_token\"]"]
    if m == "hmac":
        return ["def verify_webhook(raw_body: bytes, signature: str) -> bool:",
                "    expected = hmac.new(%s.encode(), raw_body, hashlib.sha256).hexdigest()" % S,
                "    return hmac.compare_digest(expected, signature.strip().lower())"]
    if m == "body":
        return ["def fetch(cursor: str | None = None) -> dict:",
                "    payload = {%s: %s, %s: %s%s}" % (q2(body_keys(k)[0]), I, q2(body_keys(k)[1]), S,
                                                 (", %s: os.environ[%s]" % (q2(body_keys(k)[2][0]), q2(body_keys(k)[2][1]))) if body_keys(k)[2] else ""),
                "    if cursor:", "        payload[\"cursor\"] = cursor",
                "    resp = requests.post(%s, json=payload, timeout=30)" % q2(url), "    resp.raise_for_status()", "    return resp.json()"]
    if k.auth == "sftp":
        if "key" in k.kind:
            return ["def upload(path: str) -> None:", "    pkey = paramiko.RSAKey.from_private_key(io.StringIO(%s))" % S,
                    "    transport = paramiko.Transport((\"files.payroll-partner.net\", 22))",
                    "    transport.connect(username=\"payroll_%s\", pkey=pkey)" % c["sub"],
                    "    with paramiko.SFTPClient.from_transport(transport) as sftp:", "        sftp.put(path, \"/inbound/\" + os.path.basename(path))"]
        return ["def upload(path: str) -> None:", "    transport = paramiko.Transport((\"files.payroll-partner.net\", 22))",
                "    transport.connect(username=\"payroll_%s\", password=%s)" % (c["sub"], S),
                "    with paramiko.SFTPClient.from_transport(transport) as sftp:", "        sftp.put(path, \"/inbound/\" + os.path.basename(path))"]
    if k.auth == "jwt_key":
        return ["def get_token(api_client):", "    return api_client.request_jwt_user_token(",
                "        client_id=%s," % I, "        user_id=os.environ[\"DOCUSIGN_USER_ID\"],",
                "        oauth_host_name=\"account.docusign.com\",", "        private_key_bytes=%s.encode()," % S,
                "        expires_in=3600,", "        scopes=[\"signature\", \"impersonation\"],", "    )"]
    return ["def connect():", "    return psycopg2.connect(host=\"warehouse.internal\", dbname=\"payroll\", user=\"payroll_ro\", password=%s)" % S]


PY_IMPORTS = ["import hashlib", "import hmac", "import io", "import logging", "import os", "", "import requests"]


def _py_consts(r, c, style="upper", skip_secret=False):
    out = []
    for e in c["entries"]:
        if e.secret and skip_secret:
            continue
        n = nm(e.words, style)
        if e.is_ref:
            out.append("%s = %s" % (n, r.choice(['os.environ["%s"]' % e.env, 'os.getenv("%s")' % e.env])))
        else:
            out.append("%s = %s" % (n, py_lit(e.val)))
    return out


def r_python(r, c):
    k = c["k"]
    sec, idl = roles(c)
    positional = c["positional"] and not sec.is_ref
    cls = nm(block_name(k).split("_"), "pascal") + "Client"
    lines = ['"""%s client used by the nightly back-office sync."""' % k.display] + PY_IMPORTS
    if k.auth == "sftp":
        lines.append("import paramiko")
    if k.auth == "password":
        lines.append("import psycopg2")
    lines += ["", "log = logging.getLogger(__name__)", "", "BASE_URL = %s" % q2(base_url(c))]
    lines += _py_consts(r, c, skip_secret=positional)
    lines.append("")
    S = nm(sec.words, "upper")
    I = nm(idl.words, "upper") if idl else None
    if positional:
        lines += ["", "class %s:" % cls, "    def __init__(self, credential: str, account: str | None = None):",
                  "        self.credential = credential", "        self.account = account", ""]
        body = py_usage(c, "self.credential", "self.account")
        lines += ["    " + ln if ln else ln for ln in [body[0].replace("(", "(self, ", 1).replace("(self, )", "(self)")] + body[1:]]
        lines += ["", "", "client = %s(%s%s)" % (cls, py_lit(sec.val), (", " + I) if I else "")]
    else:
        lines += py_usage(c, S, I)
    lines += ["", "", "def normalise(record: dict) -> dict:", "    return {",
              "        \"external_id\": record.get(\"id\"),", "        \"amount\": record.get(\"amount\") or record.get(\"Total\"),",
              "        \"currency\": record.get(\"currency\", \"%s\")," % r.choice(["USD", "EUR", "GBP"]),
              "        \"updated_at\": record.get(\"updated_at\"),", "    }"]
    return r.choice(["services/%s/client.py" % mod_name(k), "integrations/%s_client.py" % mod_name(k), "app/connectors/%s.py" % mod_name(k)]), "\n".join(lines) + "\n"


def r_settings(r, c):
    k = c["k"]
    blk = nm(block_name(k).split("_"), "upper")
    lines = ["from pathlib import Path", "", "import environ", "", "env = environ.Env(DEBUG=(bool, False))",
             "BASE_DIR = Path(__file__).resolve().parent.parent", "environ.Env.read_env(BASE_DIR / \".env\")", "",
             "DEBUG = env(\"DEBUG\")", "ALLOWED_HOSTS = env.list(\"ALLOWED_HOSTS\", default=[\"localhost\"])",
             "SECRET_KEY = env(\"DJANGO_SECRET_KEY\")", "", "INSTALLED_APPS = [", "    \"django.contrib.admin\",",
             "    \"django.contrib.auth\",", "    \"django.contrib.contenttypes\",", "    \"billing\",", "    \"payroll\",", "]", "",
             "DATABASES = {\"default\": env.db(\"DATABASE_URL\", default=\"postgres://billing@localhost:5432/billing\")}", ""]
    if r.random() < 0.5:
        lines.append("%s = {" % blk)
        lines.append("    \"BASE_URL\": %s," % q2(base_url(c)))
        for e in c["entries"]:
            key = nm(strip_provider(e.words), "upper")
            lines.append("    %s: %s," % (q2(key), ('env("%s")' % e.env) if e.is_ref else py_lit(e.val)))
        lines.append("}")
    else:
        for e in c["entries"]:
            n = nm(e.words, "upper")
            lines.append("%s = %s" % (n, ('env("%s")' % e.env) if e.is_ref else py_lit(e.val)))
    lines += ["", "CELERY_BEAT_SCHEDULE = {", "    \"sync-%s\": {\"task\": \"billing.tasks.sync_%s\", \"schedule\": %d}," % (svc_slug(k), mod_name(k), r.choice([900, 3600])), "}"]
    return r.choice(["backoffice/settings.py", "config/settings/production.py", "settings.py"]), "\n".join(lines) + "\n"


def r_airflow(r, c):
    k = c["k"]
    sec, idl = roles(c)
    lines = ["from datetime import datetime, timedelta", "import hashlib", "import hmac", "import io", "import os", "",
             "import requests", "from airflow import DAG", "from airflow.models import Variable", "from airflow.operators.python import PythonOperator", ""]
    for e in c["entries"]:
        n = nm(e.words, "upper")
        if e.is_ref:
            lines.append("%s = Variable.get(%s)" % (n, q2(e.env.lower())))
        else:
            lines.append("%s = %s" % (n, py_lit(e.val)))
    lines.append("")
    lines += py_usage(c, nm(sec.words, "upper"), nm(idl.words, "upper") if idl else None)
    fn = py_usage(c, "x", "y")[0].split("(")[0].replace("def ", "")
    lines += ["", "", "default_args = {\"owner\": \"finance-eng\", \"retries\": 2, \"retry_delay\": timedelta(minutes=10)}", "",
              "with DAG(", "    dag_id=\"%s_payroll_sync\"," % mod_name(k), "    start_date=datetime(2024, %d, 1)," % r.randint(1, 12),
              "    schedule=\"%d %d * * *\"," % (r.randint(0, 59), r.randint(0, 5)), "    catchup=False,", "    default_args=default_args,",
              "    tags=[\"payroll\", \"%s\"]," % mod_name(k), ") as dag:",
              "    PythonOperator(task_id=\"sync\", python_callable=%s)" % fn]
    return "dags/%s_payroll_sync.py" % mod_name(k), "\n".join(lines) + "\n"


def r_ipynb(r, c):
    k = c["k"]
    sec, idl = roles(c)
    setup = ["import os", "import requests", "import pandas as pd", ""]
    for e in c["entries"]:
        n = nm(e.words, "upper")
        if e.is_ref:
            setup.append("%s = os.environ[%s]" % (n, q2(e.env)))
        else:
            setup += ("%s = %s" % (n, py_lit(e.val))).split("\n")
    use = py_usage(c, nm(sec.words, "upper"), nm(idl.words, "upper") if idl else None)
    recon = ["invoices = pd.read_csv(\"exports/%s_invoices_2024Q%d.csv\")" % (mod_name(k), r.randint(1, 4)),
             "bank = pd.read_csv(\"exports/bank_statement.csv\")",
             "merged = invoices.merge(bank, left_on=\"InvoiceNumber\", right_on=\"reference\", how=\"left\", indicator=True)",
             "unmatched = merged[merged[\"_merge\"] == \"left_only\"]", "unmatched[[\"InvoiceNumber\", \"Total\", \"DueDate\"]].head(20)"]

    def cell(kind, src, n=None):
        lines = [ln + "\n" for ln in src[:-1]] + [src[-1]]
        d = {"cell_type": kind, "metadata": {}, "source": lines}
        if kind == "code":
            d["execution_count"] = n
            d["outputs"] = []
        return d
    nb = {"cells": [cell("markdown", ["# %s invoice reconciliation" % k.display, "", "Quarter-end check of open invoices against bank receipts."]),
                    cell("code", setup, 1), cell("code", use, 2), cell("code", recon, 3)],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                       "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    return r.choice(["notebooks/%s_reconciliation.ipynb" % mod_name(k), "analysis/invoice_recon_%s.ipynb" % mod_name(k)]), json.dumps(nb, indent=1) + "\n"


def conn_fields(c, S, I):
    k = c["k"]
    if k.auth == "sftp":
        return "sftpOptions", [("host", "files.payroll-partner.net", 0), ("port", "22", 0), ("username", "payroll_" + c["sub"], 0),
                               ("privateKey" if "key" in k.kind else "password", S, 1)]
    if k.auth == "password":
        return "warehouseOptions", [("host", "warehouse.internal", 0), ("database", "payroll", 0), ("user", "payroll_ro", 0), ("password", S, 1)]
    return "jwtOptions", [("integrationKey", I or "", 1 if I else 0), ("oauthHost", "account.docusign.com", 0), ("privateKey", S, 1)]


def conn_lines(lang, c, S, I):
    fn, fields = conn_fields(c, S, I)
    sq = lambda v: "'" + v + "'"
    dq = lambda v: '"' + v + '"'
    if lang == "ts":
        body = ", ".join("%s: %s" % (a, b if e else sq(b)) for a, b, e in fields)
        return ["  %s() {" % fn, "    return { %s };" % body, "  }"]
    if lang == "rb":
        body = ", ".join("%s: %s" % (nm([a], "snake") if a.islower() else a[0].lower() + "".join("_" + ch.lower() if ch.isupper() else ch for ch in a[1:]), b if e else sq(b)) for a, b, e in fields)
        return ["    def self.%s" % "".join("_" + ch.lower() if ch.isupper() else ch for ch in fn), "      { %s }" % body, "    end"]
    if lang == "go":
        body = ", ".join("%s: %s" % (dq(a), b if e else dq(b)) for a, b, e in fields)
        return ["func %s() map[string]string {" % (fn[0].upper() + fn[1:]), "\treturn map[string]string{%s}" % body, "}"]
    if lang == "cs":
        return ["    public static IReadOnlyDictionary<string, string> %s() => new Dictionary<string, string>" % (fn[0].upper() + fn[1:]), "    {"] + \
            ["        [%s] = %s," % (dq(a), b if e else dq(b)) for a, b, e in fields] + ["    };"]
    if lang == "java":
        body = ", ".join("%s, %s" % (dq(a), b if e else dq(b)) for a, b, e in fields)
        return ["    public static java.util.Map<String, String> %s() {" % fn, "        return java.util.Map.of(%s);" % body, "    }"]
    body = ", ".join("%s => %s" % (sq(a), b if e else sq(b)) for a, b, e in fields)
    return ["    public static function %s(): array" % fn, "    {", "        return [%s];" % body, "    }"]


# --------------------------------------------------------------- renderers: other languages
def _auth_expr(c, S, I, concat, basic_fn, lit):
    """returns (kind, header_name, header_value_expr) or ('hmac'|'form'|'body'|'conn', ...)"""
    k = c["k"]
    m = auth_mode(k.auth)
    if m == "hdr":
        h, p = hdr_parts(k.auth)
        return "hdr", h, (concat(lit(p), S) if p else S)
    if m == "basic":
        if k.auth == "basic_user_x":
            return "hdr", "Authorization", concat(lit("Basic "), basic_fn(concat(S, lit(":x"))))
        if k.auth == "basic_user":
            return "hdr", "Authorization", concat(lit("Basic "), basic_fn(concat(S, lit(":"))))
        return "hdr", "Authorization", concat(lit("Basic "), basic_fn(concat(concat(I, lit(":")), S)))
    return m, None, None


def r_ts(r, c):
    k = c["k"]
    sec, idl = roles(c)
    positional = c["positional"] and not sec.is_ref
    lit = lambda v: ("`" + v + "`") if "\n" in v else ("'" + v + "'")
    lines = ["import crypto from 'node:crypto';", "import axios from 'axios';", "", "const BASE_URL = %s;" % lit(base_url(c))]
    for e in c["entries"]:
        if e.secret and positional:
            continue
        n = nm(e.words, r.choice(["upper", "camel"]) if not e.secret else "upper")
        e._ts = n
        if e.is_ref:
            lines.append("const %s = process.env.%s%s;" % (n, e.env, r.choice(["!", " ?? ''", ""])))
        else:
            lines.append("const %s = %s;" % (n, lit(e.val)))
    S = "this.credential" if positional else sec._ts
    I = (idl._ts if idl and hasattr(idl, "_ts") else "process.env.%s_ACCOUNT_ID" % nm([block_name(k)], "upper"))
    kind, h, hv = _auth_expr(c, S, I, lambda a, b: "%s + %s" % (a, b), lambda x: "Buffer.from(%s).toString('base64')" % x, lit)
    cls = nm(block_name(k).split("_"), "pascal") + "Client"
    lines += ["", "export class %s {" % cls]
    if positional:
        lines += ["  constructor(private readonly credential: string) {}", ""]
    if kind == "hdr":
        lines += ["  async list(page = 1) {", "    const res = await axios.get(`${BASE_URL}%s`, {" % k.endpoint,
                  "      headers: { %s: %s, Accept: 'application/json' }," % (lit(h), hv), "      params: { page },", "      timeout: 30_000,",
                  "    });", "    return res.data;", "  }"]
    elif kind == "hmac":
        lines += ["  verify(rawBody: Buffer, signature: string): boolean {",
                  "    const digest = crypto.createHmac('sha256', %s).update(rawBody).digest('hex');" % S,
                  "    return crypto.timingSafeEqual(Buffer.from(digest), Buffer.from(signature));", "  }"]
    elif kind == "form":
        grant = "refresh_token: %s, grant_type: 'refresh_token'" % S if k.auth == "oauth_refresh" else \
            "grant_type: 'client_credentials', client_id: %s, client_secret: %s" % (I, S)
        lines += ["  async token() {", "    const body = new URLSearchParams({ %s });" % grant,
                  "    const res = await axios.post(`${BASE_URL}%s`, body);" % k.endpoint, "    return res.data.access_token as string;", "  }"]
    elif kind == "body":
        lines += ["  async fetch(cursor?: string) {", "    const res = await axios.post(`${BASE_URL}%s`, {" % k.endpoint,
                  "      client_id: %s," % I, "      secret: %s," % S, "      cursor,", "    });", "    return res.data;", "  }"]
    else:
        lines += conn_lines("ts", c, S, I)
    lines += ["}", ""]
    if positional:
        lines.append("export const client = new %s(%s);" % (cls, lit(sec.val)))
    else:
        lines.append("export const client = new %s();" % cls)
    return r.choice(["src/integrations/%s.ts" % mod_name(k), "src/lib/%sClient.ts" % nm(block_name(k).split("_"), "camel"),
                     "packages/connectors/src/%s/client.ts" % svc_slug(k)]), "\n".join(lines) + "\n"


def r_ruby(r, c):
    k = c["k"]
    sec, idl = roles(c)
    positional = c["positional"] and not sec.is_ref
    mod = nm(block_name(k).split("_"), "pascal")
    lit = lambda v: ("<<~PEM\n" + v + "\nPEM") if "\n" in v else ("'" + v + "'")
    lines = ["# frozen_string_literal: true", "", "require 'base64'", "require 'faraday'", "require 'openssl'", "", "module %s" % mod]
    for e in c["entries"]:
        if e.secret and positional:
            continue
        n = nm(strip_provider(e.words) if r.random() < 0.6 else e.words, "upper")
        e._rb = n
        if e.is_ref:
            lines.append("  %s = ENV.fetch('%s')" % (n, e.env))
        else:
            v = lit(e.val)
            if "\n" in v:
                lines.append("  %s = %s" % (n, v.split("\n")[0]))
                lines += ["    " + ln for ln in v.split("\n")[1:-1]]
                lines.append("  PEM")
            else:
                lines.append("  %s = %s" % (n, v))
    S = "@credential" if positional else sec._rb
    I = idl._rb if idl and hasattr(idl, "_rb") else "ENV.fetch('%s_ACCOUNT_ID')" % nm([block_name(k)], "upper")
    kind, h, hv = _auth_expr(c, S, I, lambda a, b: "%s + %s" % (a, b), lambda x: "Base64.strict_encode64(%s)" % x, lit)
    lines += ["", "  class Client"]
    if positional:
        lines += ["    def initialize(credential)", "      @credential = credential", "    end", ""]
    if kind == "hdr":
        lines += ["    def list(page: 1)", "      conn.get('%s', page: page).body" % k.endpoint, "    end", "", "    private", "",
                  "    def conn", "      @conn ||= Faraday.new(url: '%s') do |f|" % base_url(c),
                  "        f.headers['%s'] = %s" % (h, hv), "        f.response :json", "      end", "    end"]
    elif kind == "hmac":
        lines += ["    def self.valid_signature?(payload, signature)",
                  "      digest = OpenSSL::HMAC.hexdigest('SHA256', %s, payload)" % S,
                  "      Rack::Utils.secure_compare(digest, signature.to_s)", "    end"]
    elif kind == "form":
        body = "{ grant_type: 'refresh_token', refresh_token: %s }" % S if k.auth == "oauth_refresh" else \
            "{ grant_type: 'client_credentials', client_id: %s, client_secret: %s }" % (I, S)
        lines += ["    def token", "      Faraday.post('%s%s', URI.encode_www_form(%s)).body" % (base_url(c), k.endpoint, body), "    end"]
    elif kind == "body":
        lines += ["    def fetch(cursor = nil)", "      Faraday.post('%s%s', { client_id: %s, secret: %s, cursor: cursor }.to_json," % (base_url(c), k.endpoint, I, S),
                  "                   'Content-Type' => 'application/json').body", "    end"]
    else:
        lines += conn_lines("rb", c, S, I)
    lines += ["  end", "end"]
    if positional:
        lines += ["", "%s::CLIENT = %s::Client.new(%s)" % (mod, mod, lit(sec.val))]
    return r.choice(["app/services/%s/client.rb" % mod_name(k), "lib/integrations/%s.rb" % mod_name(k), "config/initializers/%s.rb" % mod_name(k)]), "\n".join(lines) + "\n"


def r_go(r, c):
    k = c["k"]
    sec, idl = roles(c)
    positional = c["positional"] and not sec.is_ref
    lit = lambda v: ("`" + v + "`") if "\n" in v else ('"' + v + '"')
    pkg = mod_name(k).replace("_", "")
    lines = ["package %s" % pkg, "", "import (", "\t\"crypto/hmac\"", "\t\"crypto/sha256\"", "\t\"encoding/base64\"", "\t\"encoding/hex\"",
             "\t\"net/http\"", "\t\"os\"", "\t\"strings\"", "\t\"time\"", ")", "", "const baseURL = %s" % lit(base_url(c)), ""]
    consts, vars_ = [], []
    for e in c["entries"]:
        if e.secret and positional:
            continue
        n = nm(e.words, "camel")
        e._go = n
        if e.is_ref:
            vars_.append("\t%s = os.Getenv(%s)" % (n, lit(e.env)))
        else:
            consts.append("\t%s = %s" % (n, lit(e.val)))
    if consts:
        lines += ["const ("] + consts + [")", ""]
    if vars_:
        lines += ["var ("] + vars_ + [")", ""]
    S = "c.credential" if positional else sec._go
    I = idl._go if idl and hasattr(idl, "_go") else "os.Getenv(\"ACCOUNT_ID\")"
    kind, h, hv = _auth_expr(c, S, I, lambda a, b: "%s + %s" % (a, b), lambda x: "base64.StdEncoding.EncodeToString([]byte(%s))" % x, lit)
    lines += ["type Client struct {", "\thttp       *http.Client", "\tcredential string", "}", "",
              "func New(credential string) *Client {", "\treturn &Client{http: &http.Client{Timeout: 30 * time.Second}, credential: credential}", "}", ""]
    if kind == "hdr":
        lines += ["func (c *Client) List() (*http.Response, error) {", "\treq, err := http.NewRequest(http.MethodGet, baseURL+%s, nil)" % lit(k.endpoint),
                  "\tif err != nil {", "\t\treturn nil, err", "\t}", "\treq.Header.Set(%s, %s)" % (lit(h), hv), "\treturn c.http.Do(req)", "}"]
    elif kind == "hmac":
        lines += ["func ValidSignature(body []byte, sig string) bool {", "\tmac := hmac.New(sha256.New, []byte(%s))" % S, "\tmac.Write(body)",
                  "\treturn hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(strings.ToLower(sig)))", "}"]
    elif kind == "form":
        form = "\"grant_type=refresh_token&refresh_token=\" + %s" % S if k.auth == "oauth_refresh" else \
            "\"grant_type=client_credentials&client_id=\" + %s + \"&client_secret=\" + %s" % (I, S)
        lines += ["func (c *Client) Token() (*http.Response, error) {", "\tbody := strings.NewReader(%s)" % form,
                  "\treturn c.http.Post(baseURL+%s, \"application/x-www-form-urlencoded\", body)" % lit(k.endpoint), "}"]
    elif kind == "body":
        lines += ["func (c *Client) Fetch() (*http.Response, error) {",
                  "\tbody := strings.NewReader(`{\"client_id\":\"` + %s + `\",\"secret\":\"` + %s + `\"}`)" % (I, S),
                  "\treturn c.http.Post(baseURL+%s, \"application/json\", body)" % lit(k.endpoint), "}"]
    else:
        lines += conn_lines("go", c, S, I)
    if positional:
        lines += ["", "var Default = New(%s)" % lit(sec.val)]
    else:
        lines += ["", "var Default = New(%s)" % S] if kind == "hdr" and S != "c.credential" else []
    return r.choice(["internal/%s/client.go" % pkg, "pkg/integrations/%s/%s.go" % (pkg, pkg)]), "\n".join(lines) + "\n"


def r_csharp(r, c):
    k = c["k"]
    sec, idl = roles(c)
    positional = c["positional"] and not sec.is_ref
    lit = lambda v: ('@"' + v + '"') if "\n" in v else ('"' + v + '"')
    cls = nm(block_name(k).split("_"), "pascal")
    lines = ["using System;", "using System.Net.Http;", "using System.Net.Http.Headers;", "using System.Security.Cryptography;",
             "using System.Text;", "using System.Threading.Tasks;", "", "namespace BackOffice.Integrations.%s;" % cls, "",
             "public static class %sSettings" % cls, "{", "    public const string BaseUrl = %s;" % lit(base_url(c))]
    for e in c["entries"]:
        if e.secret and positional:
            continue
        n = nm(strip_provider(e.words) if r.random() < 0.5 else e.words, "pascal")
        e._cs = "%sSettings.%s" % (cls, n)
        if e.is_ref:
            lines.append("    public static readonly string %s = Environment.GetEnvironmentVariable(%s) ?? string.Empty;" % (n, lit(e.env)))
        else:
            lines.append("    public const string %s = %s;" % (n, lit(e.val)))
    lines += ["}", ""]
    S = "_credential" if positional else sec._cs
    I = idl._cs if idl and hasattr(idl, "_cs") else "Environment.GetEnvironmentVariable(\"ACCOUNT_ID\")"
    kind, h, hv = _auth_expr(c, S, I, lambda a, b: "%s + %s" % (a, b), lambda x: "Convert.ToBase64String(Encoding.UTF8.GetBytes(%s))" % x, lit)
    lines += ["public sealed class %sClient" % cls, "{", "    private readonly HttpClient _http = new() { BaseAddress = new Uri(%sSettings.BaseUrl) };" % cls]
    if positional:
        lines += ["    private readonly string _credential;", "", "    public %sClient(string credential) => _credential = credential;" % cls]
    lines.append("")
    if kind == "hdr":
        lines += ["    public async Task<string> ListAsync()", "    {", "        using var req = new HttpRequestMessage(HttpMethod.Get, %s);" % lit(k.endpoint),
                  "        req.Headers.TryAddWithoutValidation(%s, %s);" % (lit(h), hv), "        var res = await _http.SendAsync(req);",
                  "        res.EnsureSuccessStatusCode();", "        return await res.Content.ReadAsStringAsync();", "    }"]
    elif kind == "hmac":
        lines += ["    public static bool IsValid(byte[] body, string signature)", "    {",
                  "        using var mac = new HMACSHA256(Encoding.UTF8.GetBytes(%s));" % S,
                  "        var hex = Convert.ToHexString(mac.ComputeHash(body)).ToLowerInvariant();",
                  "        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(hex), Encoding.UTF8.GetBytes(signature));", "    }"]
    elif kind in ("form", "body"):
        pairs = [("grant_type", lit("refresh_token")), ("refresh_token", S)] if k.auth == "oauth_refresh" else \
            [("grant_type", lit("client_credentials")), ("client_id", I), ("client_secret", S)] if kind == "form" else \
            [("client_id", I), ("secret", S)]
        lines += ["    public async Task<string> TokenAsync()", "    {", "        var form = new FormUrlEncodedContent(new[]", "        {"]
        lines += ["            new KeyValuePair<string, string>(%s, %s)," % (lit(a), b) for a, b in pairs]
        lines += ["        });", "        var res = await _http.PostAsync(%s, form);" % lit(k.endpoint), "        return await res.Content.ReadAsStringAsync();", "    }"]
    else:
        lines += conn_lines("cs", c, S, I)
    if positional:
        lines += ["", "    public static %sClient Default { get; } = new(%s);" % (cls, lit(sec.val))]
    lines.append("}")
    return r.choice(["src/BackOffice.Integrations/%s/%sClient.cs" % (cls, cls), "src/Payroll.Worker/Clients/%sClient.cs" % cls]), "\n".join(lines) + "\n"


def r_java(r, c):
    k = c["k"]
    sec, idl = roles(c)
    positional = c["positional"] and not sec.is_ref
    lit = lambda v: ('"""\n' + v + '\n"""') if "\n" in v else ('"' + v + '"')
    cls = nm(block_name(k).split("_"), "pascal") + "Client"
    pkg = "com.%s.backoffice.integrations" % c["sub"]
    lines = ["package %s;" % pkg, "", "import java.net.URI;", "import java.net.http.HttpClient;", "import java.net.http.HttpRequest;",
             "import java.net.http.HttpResponse;", "import java.nio.charset.StandardCharsets;", "import java.time.Duration;", "import java.util.Base64;",
             "import javax.crypto.Mac;", "import javax.crypto.spec.SecretKeySpec;", "", "public final class %s {" % cls, "",
             "    private static final String BASE_URL = %s;" % lit(base_url(c))]
    for e in c["entries"]:
        if e.secret and positional:
            continue
        n = nm(e.words, "upper")
        e._java = n
        if e.is_ref:
            lines.append("    private static final String %s = System.getenv(%s);" % (n, lit(e.env)))
        else:
            v = lit(e.val)
            lines += ("    private static final String %s = %s;" % (n, v)).split("\n")
    S = "credential" if positional else sec._java
    I = idl._java if idl and hasattr(idl, "_java") else "System.getenv(\"ACCOUNT_ID\")"
    kind, h, hv = _auth_expr(c, S, I, lambda a, b: "%s + %s" % (a, b),
                             lambda x: "Base64.getEncoder().encodeToString((%s).getBytes(StandardCharsets.UTF_8))" % x, lit)
    lines += ["", "    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();"]
    if positional:
        lines += ["    private final String credential;", "", "    public %s(String credential) {" % cls, "        this.credential = credential;", "    }"]
    lines.append("")
    if kind == "hdr":
        lines += ["    public String list() throws Exception {", "        HttpRequest req = HttpRequest.newBuilder(URI.create(BASE_URL + %s))" % lit(k.endpoint),
                  "                .header(%s, %s)" % (lit(h), hv), "                .GET().build();",
                  "        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();", "    }"]
    elif kind == "hmac":
        lines += ["    public static boolean isValid(byte[] body, String signature) throws Exception {", "        Mac mac = Mac.getInstance(\"HmacSHA256\");",
                  "        mac.init(new SecretKeySpec(%s.getBytes(StandardCharsets.UTF_8), \"HmacSHA256\"));" % S,
                  "        String hex = java.util.HexFormat.of().formatHex(mac.doFinal(body));", "        return hex.equalsIgnoreCase(signature);", "    }"]
    elif kind in ("form", "body"):
        form = "\"grant_type=refresh_token&refresh_token=\" + %s" % S if k.auth == "oauth_refresh" else \
            "\"grant_type=client_credentials&client_id=\" + %s + \"&client_secret=\" + %s" % (I, S) if kind == "form" else \
            "\"{\\\"client_id\\\":\\\"\" + %s + \"\\\",\\\"secret\\\":\\\"\" + %s + \"\\\"}\"" % (I, S)
        lines += ["    public String token() throws Exception {", "        HttpRequest req = HttpRequest.newBuilder(URI.create(BASE_URL + %s))" % lit(k.endpoint),
                  "                .POST(HttpRequest.BodyPublishers.ofString(%s))" % form, "                .build();",
                  "        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();", "    }"]
    else:
        lines += conn_lines("java", c, S, I)
    if positional:
        lines += ["", "    public static final %s DEFAULT = new %s(%s);" % (cls, cls, lit(sec.val))]
    lines.append("}")
    return "src/main/java/%s/%s.java" % (pkg.replace(".", "/"), cls), "\n".join(lines) + "\n"


def r_php(r, c):
    k = c["k"]
    sec, idl = roles(c)
    lit = lambda v: ("<<<'PEM'\n" + v + "\nPEM") if "\n" in v else ("'" + v + "'")
    blk = block_name(k)
    if r.random() < 0.5:
        lines = ["<?php", "", "// config/services.php (excerpt)", "return [", "", "    'mailgun' => [", "        'domain' => env('MAILGUN_DOMAIN'),",
                 "        'secret' => env('MAILGUN_SECRET'),", "    ],", "", "    '%s' => [" % blk, "        'base_url' => %s," % lit(base_url(c))]
        for e in c["entries"]:
            key = nm(strip_provider(e.words), "snake")
            if e.is_ref:
                lines.append("        '%s' => env('%s')," % (key, e.env))
            else:
                lines += ("        '%s' => %s," % (key, lit(e.val))).split("\n")
        lines += ["        'timeout' => %d," % r.choice([15, 30]), "    ],", "", "];"]
        return "config/services.php", "\n".join(lines) + "\n"
    cls = nm(blk.split("_"), "pascal") + "Client"
    lines = ["<?php", "", "declare(strict_types=1);", "", "namespace App\\Integrations;", "", "use GuzzleHttp\\Client;", "",
             "final class %s" % cls, "{"]
    for e in c["entries"]:
        n = nm(e.words, "upper")
        e._php = "self::" + n
        if e.is_ref:
            continue
        lines += ("    private const %s = %s;" % (n, lit(e.val))).split("\n")
    S = sec._php if not sec.is_ref else "getenv('%s')" % sec.env
    I = (idl._php if not idl.is_ref else "getenv('%s')" % idl.env) if idl else "getenv('ACCOUNT_ID')"
    kind, h, hv = _auth_expr(c, S, I, lambda a, b: "%s . %s" % (a, b), lambda x: "base64_encode(%s)" % x, lit)
    lines += ["", "    private Client $http;", "", "    public function __construct()", "    {",
              "        $this->http = new Client(['base_uri' => %s, 'timeout' => 30]);" % lit(base_url(c)), "    }", ""]
    if kind == "hdr":
        lines += ["    public function list(int $page = 1): array", "    {", "        $res = $this->http->get(%s, [" % lit(k.endpoint.lstrip("/")),
                  "            'headers' => [%s => %s]," % (lit(h), hv), "            'query' => ['page' => $page],", "        ]);",
                  "        return json_decode((string) $res->getBody(), true);", "    }"]
    elif kind == "hmac":
        lines += ["    public static function isValid(string $payload, string $signature): bool", "    {",
                  "        return hash_equals(hash_hmac('sha256', $payload, %s), strtolower($signature));" % S, "    }"]
    elif kind in ("form", "body"):
        fp = "'grant_type' => 'refresh_token', 'refresh_token' => %s" % S if k.auth == "oauth_refresh" else \
            "'grant_type' => 'client_credentials', 'client_id' => %s, 'client_secret' => %s" % (I, S) if kind == "form" else \
            "'client_id' => %s, 'secret' => %s" % (I, S)
        lines += ["    public function token(): array", "    {", "        $res = $this->http->post(%s, ['%s' => [%s]]);" % (lit(k.endpoint.lstrip("/")), "form_params" if kind == "form" else "json", fp),
                  "        return json_decode((string) $res->getBody(), true);", "    }"]
    else:
        lines += conn_lines("php", c, S, I)
    lines.append("}")
    return "app/Integrations/%s.php" % cls, "\n".join(lines) + "\n"


RENDERERS = {
    "dotenv": r_dotenv, "docker-compose": r_compose, "k8s-secret": r_k8s_secret, "k8s-configmap": r_k8s_configmap,
    "config-yml": r_config_yml, "github-actions": r_gha, "tfvars": r_tfvars, "appsettings-json": r_appsettings,
    "postman-env": r_postman, "n8n-json": r_n8n, "zapier-json": r_zapier, "http": r_http, "csv": r_csv,
    "markdown": r_markdown, "shell-cron": r_cron, "ini": r_ini, "makefile": r_makefile, "properties": r_properties,
    "dbt-profiles": r_dbt, "log": r_log, "python": r_python, "django-settings": r_settings, "airflow-dag": r_airflow,
    "ipynb": r_ipynb, "typescript": r_ts, "ruby": r_ruby, "go": r_go, "csharp": r_csharp, "java": r_java, "php": r_php,
}
ML_OK = ["dotenv", "k8s-secret", "config-yml", "tfvars", "appsettings-json", "postman-env", "markdown", "python",
         "django-settings", "airflow-dag", "ipynb", "typescript", "ruby", "go", "csharp", "java", "php"]
POSITIONAL_OK = ["python", "typescript", "ruby", "go", "csharp", "java", "shell-cron", "makefile"]


# --------------------------------------------------------------- which file types suit which auth mode
NO_REQ = ("log",)


def allowed_types(k, label="pos"):
    m = auth_mode(k.auth)
    types = list(RENDERERS)
    if k.multiline:
        types = [t for t in types if t in ML_OK]
    if m != "hdr":
        types = [t for t in types if t not in NO_REQ]
    if m == "hmac":
        types = [t for t in types if t != "http"]
    if m == "basic":
        types = [t for t in types if t != "n8n-json"]
    if m == "conn":
        types = [t for t in types if t not in ("http", "postman-env", "n8n-json", "zapier-json")]
        if k.auth != "sftp":
            types = [t for t in types if t != "shell-cron"]
    if k.provider != "payroll_warehouse" and label == "pos":
        types = [t for t in types if t != "dbt-profiles" or r_dbt_ok(k)]
    return types


def r_dbt_ok(k):
    return not k.multiline


def build_entries(r, k, secret_val, generic, secret_as_ref=False):
    comps = k.companions(r)
    strip = generic and r.random() < 0.5
    ents = []
    for words, val in comps:
        ents.append(Entry(strip_provider(words) if strip else list(words), val=val))
    if generic:
        sw = list(r.choice(k.generic))
    else:
        sw = list(r.choice(k.names))
    s = Entry(sw, val=None if secret_as_ref else secret_val, secret=True)
    if secret_as_ref:
        s.env = nm(sw if not generic else [block_name(k)] + sw, "upper")
    ents.append(s)
    for words in k.refs:
        w = strip_provider(words) if strip else list(words)
        if w == sw:
            w = list(words)
        ents.append(Entry(w, env=nm(words, "upper")))
    # de-duplicate names (e.g. stripped companions colliding)
    seen = set()
    out = []
    for e in ents:
        key = tuple(e.words)
        if key in seen:
            e.words = [block_name(k)] + e.words
        seen.add(tuple(e.words))
        out.append(e)
    if r.random() < 0.3 and len(out) > 1:
        r.shuffle(out)
    return out


def find_line(text, needle):
    idx = text.find(needle)
    if idx < 0:
        return None
    return text.count("\n", 0, idx) + 1


def make_positive(r, k):
    secret = k.gen(r)
    types = allowed_types(k, "pos")
    ft = r.choice(types)
    generic = r.random() < 0.30
    positional = False
    if ft in POSITIONAL_OK and not k.multiline and r.random() < 0.22:
        positional, generic = True, True
    c = {"k": k, "entries": build_entries(r, k, secret, generic), "generic": generic, "positional": positional,
         "sub": r.choice(COMPANY_SLUGS), "label": "pos"}
    path, text = RENDERERS[ft](r, c)
    needle = pem_needle(secret) if k.multiline else secret
    return path, text, ft, needle, generic


# --------------------------------------------------------------- negatives
def placeholder_for(r, k, words, sample):
    kb, up, sn = nm(words, "kebab"), nm(words, "upper"), nm(words, "snake")
    if k.multiline:
        return r.choice(["-----BEGIN RSA PRIVATE KEY-----\n<paste the key downloaded from the admin console>\n-----END RSA PRIVATE KEY-----",
                         "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----", "<path-to-private-key.pem>"])
    if k.auth in ("sftp", "password"):
        return r.choice(["changeme", "CHANGE_ME", "<sftp-password>", "********", "See 1Password: Payroll SFTP", "TODO-ask-payroll-vendor", ""])
    opts = ["<your-%s>" % kb, "YOUR_%s" % up, "your_%s_here" % sn, "changeme", "REPLACE_ME", "<%s>" % up, "TODO",
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<redacted>", "********", "%s-goes-here" % kb, "set-me"]
    if k.prefix:
        body = sample[len(k.prefix):] if sample.startswith(k.prefix) else sample
        opts += [k.prefix + "...", k.prefix + "<token>", k.prefix + "X" * len(body), k.prefix + "x" * min(len(body), 12)]
    if k.uuid_shaped:
        opts += ["00000000-0000-0000-0000-000000000000", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", "<uuid>"]
    return r.choice(opts)


def masked_for(r, k, sample):
    if k.multiline:
        return "-----BEGIN RSA PRIVATE KEY-----\n[REDACTED %d bytes]\n-----END RSA PRIVATE KEY-----" % r.randint(1600, 1700)
    pre = k.prefix if k.prefix and sample.startswith(k.prefix) else ""
    if k.provider == "onfido":
        pre = sample.split(".")[0] + "."
    tail = sample[-4:]
    st = r.randrange(6)
    if st == 0:
        return pre + "*" * r.randint(8, 24) + tail
    if st == 1:
        return pre + "\u2026" + tail
    if st == 2:
        return (pre or sample[:2]) + "****" + tail
    if st == 3:
        return "****************" + tail
    if st == 4:
        return pre + "****"
    return (pre + sample[len(pre):len(pre) + 3] + "..." + tail) if pre else ("..." + tail)


NEG_SLOT_MODES = ["env_reference", "env_reference", "placeholder", "placeholder", "masked", "public_ids_only"]


def make_neg_slot(r, k):
    mode = r.choice(NEG_SLOT_MODES)
    sample = k.gen(r)  # shape reference only: never written whole
    generic = r.random() < 0.3
    if mode in ("env_reference", "public_ids_only"):
        types = [t for t in allowed_types(k, "neg") if t not in ("k8s-secret", "log")]
        ents = build_entries(r, k, None, generic, secret_as_ref=True)
    else:
        types = allowed_types(k, "neg")
        if mode == "masked":
            types = [t for t in types if t in ("markdown", "log", "csv", "http", "dotenv", "postman-env", "config-yml", "ipynb", "python")] or types
        val = placeholder_for(r, k, r.choice(k.names), sample) if mode == "placeholder" else masked_for(r, k, sample)
        ents = build_entries(r, k, val, generic)
    if mode == "public_ids_only" and not k.companions(random.Random(0)):
        mode = "env_reference"
    ft = r.choice(types)
    c = {"k": k, "entries": ents, "generic": generic, "positional": False, "sub": r.choice(COMPANY_SLUGS), "label": "neg"}
    path, text = RENDERERS[ft](r, c)
    kind = {"env_reference": "env_reference", "public_ids_only": "public_id_with_env_secret",
            "placeholder": "placeholder", "masked": "masked_token"}[mode]
    return path, text, ft, kind


# ---- dedicated negative builders: each returns (path, text, filetype, kind, provider)
def _pick_k(r, pred=lambda k: True):
    return r.choice([k for k in KINDS if pred(k)])


def neg_sops(r):
    k = _pick_k(r, lambda k: not k.multiline)
    ks = [nm(w, "snake") for w in [r.choice(k.names)] + k.refs]

    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64s(r, n), b64s(r, 32), b64s(r, 16))
    lines = ["%s:" % block_name(k), "    base_url: %s" % base_url({"k": k, "entries": [], "sub": r.choice(COMPANY_SLUGS)})]
    for n in ks:
        lines.append("    %s: %s" % (n, enc(r.randint(20, 48))))
    lines += ["sops:", "    kms:", "        - arn: arn:aws:kms:%s:%s:key/%s" % (r.choice(["us-east-1", "eu-west-1"]), rdigits(r, 12), ruuid(r)),
              "          created_at: \"2024-%02d-%02dT%02d:%02d:%02dZ\"" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
              "          enc: %s" % b64s(r, 180), "          aws_profile: \"\"", "    gcp_kms: []", "    azure_kv: []", "    hc_vault: []", "    age: []",
              "    lastmodified: \"2024-%02d-%02dT%02d:%02d:%02dZ\"" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
              "    mac: %s" % enc(32).replace("type:str", "type:str"), "    pgp: []", "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
    return r.choice(["secrets/%s.enc.yaml" % svc_slug(k), "deploy/secrets/prod/%s.sops.yaml" % svc_slug(k)]), "\n".join(lines) + "\n", "sops-yaml", "ciphertext_sops", k.provider


def neg_sealed(r):
    k = _pick_k(r)
    ns = r.choice(["finance", "payroll", "integrations"])
    lines = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: %s-credentials" % svc_slug(k),
             "  namespace: %s" % ns, "spec:", "  encryptedData:"]
    for w in [r.choice(k.names)] + k.refs:
        lines.append("    %s: AgB%s" % (nm(w, "upper"), b64s(r, r.choice([520, 540, 560]))))
    lines += ["  template:", "    metadata:", "      name: %s-credentials" % svc_slug(k), "      namespace: %s" % ns, "    type: Opaque"]
    return "k8s/%s/%s-sealedsecret.yaml" % (ns, svc_slug(k)), "\n".join(lines) + "\n", "k8s-sealedsecret", "ciphertext_sealed_secret", k.provider


def neg_kms_tfvars(r):
    k = _pick_k(r, lambda k: not k.multiline)
    comps = k.companions(r)
    lines = ["# Secrets are stored KMS-encrypted; decrypted by data.aws_kms_secrets in secrets.tf",
             "# aws kms encrypt --key-id alias/back-office --plaintext fileb://<(printf %s \"$VALUE\") --query CiphertextBlob --output text", ""]
    for words, val in comps:
        lines.append("%s = \"%s\"" % (nm(words, "snake"), val))
    lines.append("%s_ciphertext = \"AQICAH%s\"" % (nm(r.choice(k.names), "snake"), b64s(r, r.choice([150, 170, 190]))))
    lines += ["", "kms_key_alias = \"alias/back-office\"", "environment   = \"prod\""]
    return "terraform/%s/secrets.auto.tfvars" % svc_slug(k), "\n".join(lines) + "\n", "tfvars", "ciphertext_kms", k.provider


TEST_SECRETS = ["test-signing-secret", "whsec_test_fixture", "not-a-real-secret", "unit-test-webhook-key", "fixture-shared-secret",
                "local-dev-only", "s3cr3t-for-tests"]


def neg_hmac_test(r):
    k = _pick_k(r, lambda k: k.auth == "hmac")
    import hashlib
    import hmac as _h
    if r.random() < 0.35:
        key_hex, data, sig = "0b" * 20, "Hi There", "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
        lines = ["import binascii", "", "from app.webhooks.%s import compute_signature" % mod_name(k), "", "",
                 "def test_hmac_sha256_rfc4231_case_1():", "    # RFC 4231 section 4.2, test case 1",
                 "    key = binascii.unhexlify(\"%s\")" % key_hex, "    assert compute_signature(key, b\"%s\") == (" % data,
                 "        \"%s\"" % sig, "    )"]
        return "tests/webhooks/test_%s_signature.py" % mod_name(k), "\n".join(lines) + "\n", "python-test", "hmac_test_vector", k.provider
    secret = r.choice(TEST_SECRETS)
    body = json.dumps({"event": r.choice(["invoice.updated", "check.completed", "envelope-completed", "employee.created"]),
                       "id": ruuid(r), "created_at": "2024-%02d-%02dT10:%02d:00Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 59))},
                      separators=(",", ":"))
    sig = _h.new(secret.encode(), body.encode(), hashlib.sha256).hexdigest()
    if r.random() < 0.5:
        lines = ["import { describe, expect, it } from 'vitest';", "import { verifySignature } from '../src/webhooks/%s';" % mod_name(k), "",
                 "const SECRET = '%s';" % secret, "const BODY = '%s';" % body, "", "describe('%s webhook signature', () => {" % k.display,
                 "  it('accepts a valid signature', () => {", "    expect(verifySignature(BODY, '%s', SECRET)).toBe(true);" % sig, "  });", "",
                 "  it('rejects a tampered body', () => {", "    expect(verifySignature(BODY + ' ', '%s', SECRET)).toBe(false);" % sig, "  });", "});"]
        return "test/webhooks/%s.signature.test.ts" % mod_name(k), "\n".join(lines) + "\n", "typescript-test", "hmac_test_signature", k.provider
    lines = ["import pytest", "", "from app.webhooks.%s import verify_webhook" % mod_name(k), "",
             "WEBHOOK_SECRET = \"%s\"  # fixture value, not used anywhere else" % secret, "BODY = b'%s'" % body,
             "SIGNATURE = \"%s\"" % sig, "", "", "def test_valid_signature(monkeypatch):",
             "    monkeypatch.setenv(\"%s\", WEBHOOK_SECRET)" % nm(k.names[0], "upper"), "    assert verify_webhook(BODY, SIGNATURE)", "", "",
             "def test_invalid_signature(monkeypatch):", "    monkeypatch.setenv(\"%s\", WEBHOOK_SECRET)" % nm(k.names[0], "upper"),
             "    assert not verify_webhook(BODY, SIGNATURE[::-1])"]
    return "tests/webhooks/test_%s.py" % mod_name(k), "\n".join(lines) + "\n", "python-test", "hmac_test_signature", k.provider


def neg_webhook_fixture(r):
    prov = r.choice(["veriff", "xero", "docusign", "sumsub", "checkr", "onfido"])
    hdrs = {"veriff": ("X-HMAC-SIGNATURE", lambda: rstr(r, HEXL, 64)), "xero": ("x-xero-signature", lambda: b64s(r, 32)),
            "docusign": ("X-DocuSign-Signature-1", lambda: b64s(r, 32)), "sumsub": ("X-Payload-Digest", lambda: rstr(r, HEXL, 64)),
            "checkr": ("X-Checkr-Signature", lambda: rstr(r, HEXL, 64)), "onfido": ("X-SHA2-Signature", lambda: rstr(r, HEXL, 64))}
    h, f = hdrs[prov]
    payload = {"veriff": {"status": "success", "verification": {"id": ruuid(r), "code": 9001, "status": "approved", "vendorData": "EMP-%s" % rdigits(r, 5)}},
               "xero": {"events": [{"resourceUrl": "https://api.xero.com/api.xro/2.0/Invoices/%s" % ruuid(r), "resourceId": ruuid(r),
                                    "tenantId": ruuid(r), "eventCategory": "INVOICE", "eventType": "UPDATE"}], "firstEventSequence": 1, "lastEventSequence": 1, "entropy": rstr(r, UPP, 20)},
               "docusign": {"event": "envelope-completed", "apiVersion": "v2.1", "data": {"accountId": ruuid(r), "userId": ruuid(r), "envelopeId": ruuid(r)}},
               "sumsub": {"applicantId": rstr(r, HEXL, 24), "inspectionId": rstr(r, HEXL, 24), "type": "applicantReviewed", "reviewResult": {"reviewAnswer": "GREEN"}},
               "checkr": {"id": rstr(r, HEXL, 24), "type": "report.completed", "data": {"object": {"id": rstr(r, HEXL, 24), "status": "clear", "candidate_id": rstr(r, HEXL, 24)}}},
               "onfido": {"payload": {"resource_type": "check", "action": "check.completed", "object": {"id": ruuid(r), "status": "complete", "href": "/v3.6/checks/%s" % ruuid(r)}}}}[prov]
    doc = {"description": "Captured %s webhook (staging) used by contract tests" % prov, "headers": {"Content-Type": "application/json", h: f(),
                                                                                                     "User-Agent": "%s-Webhooks/1.0" % prov.capitalize()},
           "body": payload}
    return "tests/fixtures/webhooks/%s_%s.json" % (prov, r.choice(["approved", "completed", "updated"])), json.dumps(doc, indent=2) + "\n", "json-fixture", "signature_example", prov


def neg_pgp(r):
    uid = "Payroll Partner Inbound <pgp-inbound@payroll-partner.net>"
    block = pgp_public_block(r, uid)
    st = r.randrange(3)
    if st == 0:
        return "keys/payroll-partner-inbound.pub.asc", block + "\n", "pgp-asc", "pgp_public_key", "payroll_sftp"
    if st == 1:
        lines = ["apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: payroll-export-recipients", "  namespace: payroll", "data:",
                 "  RECIPIENT_FINGERPRINT: \"%s\"" % " ".join(rstr(r, HEXU, 4) for _ in range(10)), "  recipient.asc: |"]
        lines += ["    " + ln if ln else "" for ln in block.split("\n")]
        return "k8s/payroll/export-recipients.yaml", "\n".join(lines) + "\n", "k8s-configmap", "pgp_public_key", "payroll_sftp"
    lines = ["# Encrypting payroll exports", "", "Files dropped on the partner SFTP must be encrypted to their public key:", "", "```"] + block.split("\n") + \
        ["```", "", "Fingerprint: `%s`" % " ".join(rstr(r, HEXU, 4) for _ in range(10)), "",
         "`gpg --encrypt --recipient pgp-inbound@payroll-partner.net payroll_$(date +%Y%m%d).csv`"]
    return "docs/payroll-encryption.md", "\n".join(lines) + "\n", "markdown", "pgp_public_key", "payroll_sftp"


DOC_IBANS = ["GB33BUKB20201555555555", "DE89370400440532013000", "GB29NWBK60161331926819", "FR1420041010050500013M02606",
             "NL91ABNA0417164300", "ES9121000418450200051332", "CH9300762011623852957", "BE68539007547034"]
TEST_ROUTING = ["110000000", "021000021", "011000015", "322271627", "026009593"]


def neg_bank_csv(r):
    prov = r.choice(["gusto", "deel", "remote", "wise", "modern_treasury", "rippling"])
    lines = ["employee_id,first_name,last_name,country,iban,routing_number,account_last4,ein,pay_group,effective_date"]
    for i in range(r.randint(5, 14)):
        cc = r.choice(["GB", "DE", "US", "NL", "FR", "US"])
        iban = r.choice(DOC_IBANS) if cc != "US" else ""
        routing = r.choice(TEST_ROUTING) if cc == "US" else ""
        lines.append("EMP-%s,%s,%s,%s,%s,%s,%s,%s,%s,2024-%02d-01" % (
            rdigits(r, 5), r.choice(PW_NAMES), r.choice(["Smith", "Novak", "Okafor", "Garcia", "Lindqvist", "Byrne", "Tanaka"]), cc, iban, routing,
            rdigits(r, 4, False) if cc == "US" else "", r.choice(["12-3456789", "98-7654321", "00-0000000"]) if cc == "US" else "",
            r.choice(["monthly", "semi-monthly", "biweekly"]), r.randint(1, 12)))
    return r.choice(["imports/payroll/%s_bank_details_sample.csv" % prov, "fixtures/%s/employees.csv" % prov]), "\n".join(lines) + "\n", "csv", "bank_test_data", prov


def neg_plaid_public(r):
    cid = rstr(r, HEXL, 24)
    env = r.choice(["sandbox", "sandbox", "development", "production"])
    st = r.randrange(3)
    if st == 0:
        lines = ["import { usePlaidLink } from 'react-plaid-link';", "", "// link tokens expire after 4h and are safe to hand to the browser",
                 "// example: link-%s-%s" % (env, ruuid(r)), "export function ConnectBank({ linkToken }: { linkToken: string }) {",
                 "  const { open, ready } = usePlaidLink({", "    token: linkToken,", "    onSuccess: (publicToken, metadata) => {",
                 "      // publicToken looks like public-%s-%s; exchange it server-side" % (env, ruuid(r)),
                 "      fetch('/api/plaid/exchange', { method: 'POST', body: JSON.stringify({ publicToken, institution: metadata.institution?.institution_id }) });",
                 "    },", "  });", "  return <button disabled={!ready} onClick={() => open()}>Connect bank</button>;", "}"]
        return "web/src/components/ConnectBank.tsx", "\n".join(lines) + "\n", "tsx", "plaid_link_public_token", "plaid"
    if st == 1:
        doc = {"link_token": "link-%s-%s" % (env, ruuid(r)), "expiration": "2024-%02d-%02dT%02d:00:00Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23)),
               "request_id": rstr(r, B62, 15)}
        doc2 = {"public_token": "public-%s-%s" % (env, ruuid(r)), "institution_id": r.choice(["ins_109508", "ins_109509", "ins_3", "ins_56"]),
                "accounts": [{"id": rstr(r, B62, 37), "mask": rdigits(r, 4, False), "subtype": "checking"}]}
        return "tests/fixtures/plaid/link_flow.json", json.dumps({"create_link_token_response": doc, "on_success_payload": doc2}, indent=2) + "\n", "json-fixture", "plaid_link_public_token", "plaid"
    lines = ["# Plaid sandbox", "", "Use Plaid's documented sandbox test user when going through Link locally:", "",
             "| field    | value       |", "|----------|-------------|", "| username | `user_good` |", "| password | `pass_good` |",
             "| MFA code | `1234`      |", "", "```bash", "PLAID_ENV=sandbox", "PLAID_CLIENT_ID=%s" % cid, "PLAID_SECRET=${PLAID_SANDBOX_SECRET}  # from 1Password",
             "PLAID_PRODUCTS=transactions,auth", "PLAID_COUNTRY_CODES=US,CA", "```", "",
             "Institution `ins_109508` (First Platypus Bank) works for every product."]
    return "docs/plaid-sandbox.md", "\n".join(lines) + "\n", "markdown", "docs_sandbox_credential", "plaid"


def neg_docusign_ids(r):
    ik, uid, acc = ruuid(r), ruuid(r), ruuid(r)
    st = r.randrange(3)
    if st == 0:
        doc = {"DocuSign": {"IntegrationKey": ik, "UserId": uid, "AccountId": acc, "AuthServer": "account-d.docusign.com",
                            "BasePath": "https://demo.docusign.net/restapi", "PrivateKeyFile": "keys/docusign_private.pem",
                            "Scopes": ["signature", "impersonation"], "TemplateId": ruuid(r)},
               "Logging": {"LogLevel": {"Default": "Information"}}}
        return "src/Contracts.Api/appsettings.json", json.dumps(doc, indent=2) + "\n", "appsettings-json", "public_guid_ids", "docusign"
    if st == 1:
        lines = ["DOCUSIGN_INTEGRATION_KEY=%s" % ik, "DOCUSIGN_USER_ID=%s" % uid, "DOCUSIGN_ACCOUNT_ID=%s" % acc,
                 "DOCUSIGN_AUTH_SERVER=account-d.docusign.com", "DOCUSIGN_BASE_PATH=https://demo.docusign.net/restapi",
                 "DOCUSIGN_PRIVATE_KEY_PATH=/run/secrets/docusign_rsa", "DOCUSIGN_OFFER_LETTER_TEMPLATE_ID=%s" % ruuid(r)]
        return ".env.example", "\n".join(lines) + "\n", "dotenv", "public_guid_ids", "docusign"
    envs = [ruuid(r) for _ in range(r.randint(3, 8))]
    lines = ["envelope_id,employee_id,document,status,sent_at"] + ["%s,EMP-%s,%s,%s,2024-%02d-%02d" % (
        e, rdigits(r, 5), r.choice(["offer_letter", "nda", "i9_attestation", "handbook_ack"]), r.choice(["completed", "sent", "voided"]),
        r.randint(1, 12), r.randint(1, 28)) for e in envs]
    return "reports/docusign_envelopes_%d.csv" % r.randint(2023, 2024), "\n".join(lines) + "\n", "csv", "envelope_ids", "docusign"


def neg_idempotency(r):
    prov = r.choice(["wise", "modern_treasury", "unit", "gusto"])
    prof = rdigits(r, 8)
    if prov == "wise":
        lines = ["### Create transfer (Wise sandbox)", "POST https://api.sandbox.transferwise.tech/v1/transfers",
                 "Authorization: Bearer {{$dotenv WISE_API_TOKEN}}", "Content-Type: application/json", "",
                 json.dumps({"targetAccount": int(rdigits(r, 9)), "quoteUuid": ruuid(r), "customerTransactionId": ruuid(r),
                             "details": {"reference": "INV-%d-%s" % (r.randint(2023, 2025), rdigits(r, 5)), "transferPurpose": "verification.transfers.purpose.pay.bills"}}, indent=2),
                 "", "### Profile", "GET https://api.sandbox.transferwise.tech/v2/profiles/%s" % prof, "Authorization: Bearer {{$dotenv WISE_API_TOKEN}}"]
        return "http/wise-transfers.http", "\n".join(lines) + "\n", "http", "idempotency_uuid", prov
    key = ruuid(r)
    lines = ["import os", "import uuid", "", "import requests", "", "",
             "def create_payment(amount_cents: int, counterparty_id: str, idempotency_key: str | None = None) -> dict:",
             "    # retries reuse the same key, e.g. %s" % key, "    headers = {\"Idempotency-Key\": idempotency_key or str(uuid.uuid4())}",
             "    resp = requests.post(", "        os.environ[\"PAYMENTS_API_URL\"] + \"/payment_orders\",",
             "        auth=(os.environ[\"MT_ORGANIZATION_ID\"], os.environ[\"MT_API_KEY\"]),",
             "        json={\"amount\": amount_cents, \"direction\": \"credit\", \"counterparty_id\": counterparty_id, \"type\": \"ach\"},",
             "        headers=headers,", "        timeout=30,", "    )", "    resp.raise_for_status()", "    return resp.json()", "", "",
             "if __name__ == \"__main__\":", "    print(create_payment(125000, \"%s\", idempotency_key=\"%s\"))" % (ruuid(r), ruuid(r))]
    return "scripts/payments/create_payment.py", "\n".join(lines) + "\n", "python", "idempotency_uuid", prov


def neg_digest_manifest(r):
    prov = r.choice(["gusto", "payroll_sftp", "rippling", "deel"])
    lines = ["# payroll export manifest - verified by the partner before import", "run_id: %s" % ruuid(r),
             "generated_at: 2024-%02d-%02dT%02d:%02d:00Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)), "files:"]
    for i in range(r.randint(2, 6)):
        lines += ["  - name: payroll_%s_%02d.csv.pgp" % (r.choice(["earnings", "deductions", "taxes", "timesheets"]), i),
                  "    bytes: %d" % r.randint(2000, 900000), "    sha256: %s" % rstr(r, HEXL, 64)]
    lines += ["image: registry.internal/payroll-export@sha256:%s" % rstr(r, HEXL, 64), "git_commit: %s" % rstr(r, HEXL, 40)]
    return "exports/manifest.yml", "\n".join(lines) + "\n", "yaml", "digest", prov


def neg_veriff_public(r):
    key = ruuid(r)
    lines = ["import { Veriff } from '@veriff/js-sdk';", "import { createVeriffFrame, MESSAGES } from '@veriff/incontext-sdk';", "",
             "// The Veriff *API key* (publishable) is meant to be used in the browser; the shared secret stays on the server.",
             "const veriff = Veriff({", "  host: 'https://stationapi.veriff.com',", "  apiKey: '%s'," % key, "  parentId: 'veriff-root',",
             "  onSession: (err, response) => {", "    if (err) return console.error(err);", "    createVeriffFrame({", "      url: response.verification.url,",
             "      onEvent: (msg) => msg === MESSAGES.FINISHED && window.location.assign('/onboarding/done'),", "    });", "  },", "});", "",
             "veriff.setParams({ vendorData: window.__EMPLOYEE_ID__ });", "veriff.mount();"]
    return "web/src/onboarding/veriff.ts", "\n".join(lines) + "\n", "typescript", "publishable_key", "veriff"


def neg_intuit_ids(r):
    cid = "AB" + rstr(r, B62, 48)
    lines = ["# QuickBooks Online sandbox companies used by QA", "QBO_ENVIRONMENT=sandbox", "QBO_BASE_URL=https://sandbox-quickbooks.api.intuit.com",
             "QBO_CLIENT_ID=%s" % cid, "QBO_CLIENT_SECRET=${QBO_CLIENT_SECRET}", "QBO_REDIRECT_URI=https://localhost:3000/callback/intuit",
             "QBO_MINOR_VERSION=%d" % r.choice([65, 70, 73, 75])]
    for i in range(r.randint(1, 3)):
        lines.append("QBO_REALM_ID_%s=%s" % (r.choice(["US", "CA", "UK", "AU"]) + str(i), rdigits(r, 19)))
    lines.append("XERO_TENANT_ID=%s" % ruuid(r))
    return r.choice([".env.sandbox", ".env.example"]), "\n".join(lines) + "\n", "dotenv", "public_client_and_realm_ids", "quickbooks"


DEDICATED = [(neg_sops, 3), (neg_sealed, 3), (neg_kms_tfvars, 2), (neg_hmac_test, 4), (neg_webhook_fixture, 3), (neg_pgp, 3),
             (neg_bank_csv, 3), (neg_plaid_public, 3), (neg_docusign_ids, 3), (neg_idempotency, 2), (neg_digest_manifest, 2),
             (neg_veriff_public, 2), (neg_intuit_ids, 2)]


def make_negative(r):
    if r.random() < 0.55:
        k = r.choice(KINDS)
        path, text, ft, kind = make_neg_slot(r, k)
        return path, text, ft, kind, k.provider
    fns = [f for f, w in DEDICATED for _ in range(w)]
    return r.choice(fns)(r)


# --------------------------------------------------------------- main
N_POS = 500
N_NEG = 500


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        print("usage: gen_bd.py OUTDIR SEED", file=sys.stderr)
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets, pos_texts, neg_texts = [], [], {}, {}
    kinds_cycle = []
    while len(kinds_cycle) < N_POS:
        batch = list(KINDS)
        r.shuffle(batch)
        kinds_cycle += batch
    generic_count = 0
    for i in range(N_POS):
        k = kinds_cycle[i]
        for _attempt in range(20):
            path, text, ft, needle, generic = make_positive(r, k)
            nlines = text.count("\n")
            if text.count(needle) == 1 and 5 <= nlines <= 80:
                break
        else:
            raise SystemExit("could not build positive for %s/%s" % (k.provider, k.kind))
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        pos_texts[rel] = text
        generic_count += generic
        manifest.append({"file": rel, "label": "positive", "provider": k.provider, "kind": k.kind, "filetype": ft})
        secrets.append({"file": rel, "needle": needle, "line": find_line(text, needle)})
    for i in range(N_NEG):
        for _attempt in range(20):
            path, text, ft, kind, prov = make_negative(r)
            if 5 <= text.count("\n") <= 80:
                break
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        neg_texts[rel] = text
        manifest.append({"file": rel, "label": "negative", "provider": prov, "kind": kind, "filetype": ft})
    with open(os.path.join(outdir, "manifest.jsonl"), "w") as fh:
        for row in manifest:
            fh.write(json.dumps(row) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w") as fh:
        for row in secrets:
            fh.write(json.dumps(row) + "\n")
    return self_check(outdir, manifest, secrets, generic_count)


def self_check(outdir, manifest, secrets, generic_count):
    bad = 0
    needles = []
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        if s["line"] is None or s["needle"] not in lines[s["line"] - 1]:
            print("SELF-CHECK FAIL: needle not on stated line:", s["file"], file=sys.stderr)
            bad += 1
        needles.append(s["needle"])
    negs = [m["file"] for m in manifest if m["label"] == "negative"]
    for f in negs:
        with open(os.path.join(outdir, f), encoding="utf-8") as fh:
            t = fh.read()
        for n in needles:
            if n in t:
                print("SELF-CHECK FAIL: negative %s contains a positive needle" % f, file=sys.stderr)
                bad += 1
    for m in manifest:
        with open(os.path.join(outdir, m["file"]), encoding="utf-8") as fh:
            nl = fh.read().count("\n")
        if not 5 <= nl <= 80:
            print("SELF-CHECK WARN: %s has %d lines" % (m["file"], nl), file=sys.stderr)
    pos = [m for m in manifest if m["label"] == "positive"]
    neg = [m for m in manifest if m["label"] == "negative"]
    print("positives: %d  negatives: %d  generic-named positives: %d" % (len(pos), len(neg), generic_count))
    print("positive providers (%d):" % len({m["provider"] for m in pos}), dict(sorted(Counter(m["provider"] for m in pos).items())))
    print("positive provider/kind pairs: %d" % len({(m["provider"], m["kind"]) for m in pos}))
    print("positive kinds:", dict(sorted(Counter(m["kind"] for m in pos).items())))
    print("negative kinds:", dict(sorted(Counter(m["kind"] for m in neg).items())))
    print("file types (%d):" % len({m["filetype"] for m in manifest}), dict(sorted(Counter(m["filetype"] for m in manifest).items())))
    print("self-check:", "OK" if not bad else "%d FAILURES" % bad)
    return 0 if not bad else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
