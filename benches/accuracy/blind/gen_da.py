#!/usr/bin/env python3
"""Blind evaluation-set generator "da" for the keyhook secret scanner.

EMPHASIS
    Real estate, property management, insurance and legal tech code bases:
    MLS / RESO Web API bearer tokens (MLS Grid, Trestle, Spark) and RETS
    passwords, Zillow / Bridge Interactive server tokens and ZWS-IDs, ATTOM API
    keys, Yardi / AppFolio / Buildium / Rent Manager credentials, DocuSign JWT
    RSA private keys and OAuth secret keys, Dropbox Sign API keys, Clio / MyCase /
    PracticePanther OAuth client secrets, insurance rating/core-system creds
    (Guidewire, Duck Creek, Applied Epic SDK key, EZLynx ACORD sign-on),
    income-verification secrets (Argyle, Pinwheel, Truv), e-notary (Proof) keys,
    title/escrow API creds (Qualia, ResWare), Lob secret keys (live_ and test_)
    and Smarty (SmartyStreets) auth-id/auth-token pairs.
    File types: PHP (Laravel, WordPress IDX plugins, wp-config), C#/.NET
    (appsettings.json, Web.config, services), Java/Spring (properties, yml,
    clients), Python ETL/Airflow, Ruby/Rails, Node/TypeScript, SQL seeds and
    migrations, XML SOAP envelopes (ACORD, Yardi, Applied Epic), INI/properties/
    HOCON/TOML, YAML (compose, k8s, helm, ansible, serverless), Dockerfiles, CI
    workflows (GitHub, GitLab, Jenkins), Markdown runbooks, CSV exports, .env,
    shell, .http files, Terraform tfvars, Postman environments, PEM files.

USAGE
    python3 gen_da.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl
    and OUTDIR/secrets.jsonl.  Deterministic per SEED: every random choice comes
    from random.Random(SEED); no clock, no os.urandom, no set iteration.

NEEDLE CONVENTIONS
    * The needle is the secret exactly as written in the file (no quotes).
    * id/secret pairs (Smarty auth-id/auth-token, Truv client id/access secret,
      Argyle key id/secret, Buildium/AppFolio/Clio client id/secret, DocuSign
      integration key/secret key) count as one credential; the needle is the
      secret half.  Login pairs (RETS, Yardi, Guidewire, EZLynx, Rent Manager,
      ResWare) likewise: the needle is the password.
    * DocuSign RSA private keys: the needle is the whole PEM block from
      "-----BEGIN" to the closing "-----" as written.  In a real multi-line
      block the needle contains newlines; inside JSON / .env / Terraform strings
      it is written with literal backslash-n escapes and the needle contains
      those escapes.  "line" is the line holding "-----BEGIN".
    * "line" is the 1-based line of the first occurrence of the needle.
    * The RSA keys are real, structurally valid PKCS#1 / PKCS#8 2048-bit keys
      generated from the seeded RNG (pure-Python Miller-Rabin).

NEGATIVES
    About half re-use the positive carrier templates with the secret slot filled
    by something innocent: placeholders (YOUR_..., <...>, xxxx, changeme),
    environment references (os.environ, process.env, env(), ENV.fetch,
    System.getenv, ${VAR}, {{ secrets.X }}), secret-manager references (Vault,
    AWS Secrets Manager ARNs, Azure Key Vault references, GCP Secret Manager
    names, 1Password op:// refs), masked/redacted values, empty values, Lob
    publishable keys (live_pub_/test_pub_), Smarty embedded (website) keys, the
    DocuSign private-key *path* instead of the key, DocuSign public keys.  The
    other half are domain look-alikes: MLS listing ids, APNs, ZPIDs, geocodes
    and geohashes, policy / claim / docket numbers, DocuSign account / user /
    envelope GUIDs, document SHA-256 digests, webhook HMAC signatures over a
    fixture body, SOPS ciphertext, i18n strings, RESO metadata, rent rolls,
    schema DDL with credential columns but no values, masked log lines,
    Smarty's documented sample embedded key, Truv's documented sample client id,
    Dropbox Sign's documented YOUR_SECRET_API_KEY_HERE placeholder.

DOUBTS
    Formats written from memory (not confirmed in the providers' docs during
    this session) -- lengths/alphabets may be off:
    * Lob secret key: "live_"/"test_" + 35 lowercase hex; publishable
      "live_pub_"/"test_pub_" + 31 hex.  (Docs confirm the [env]_pub prefix for
      publishable keys and Basic auth with key as username, not the lengths.)
    * MLS Grid bearer token (40 hex), Trestle client secret (32 hex), Spark
      access token (25 base36), Bridge server token (32 hex), Zillow ZWS-ID
      ("X1-ZWz" + 14 alnum + "_" + 5 alnum), ATTOM key (32 hex).
    * AppFolio client secret (32 alnum), Buildium client secret (44-char base64),
      Clio / MyCase / PracticePanther client secrets (40 / 48 / 32 alnum),
      Duck Creek secret modelled on Azure AD app secrets ("xxxQ~" + 34 chars),
      Applied Epic SDK authentication key as a GUID, Argyle key id (UUID) and
      secret (32 alnum), Pinwheel API secret (64 hex), Proof API key (32 alnum),
      Qualia API token (40 alnum), Truv access secret as "prod-"/"dev-"/
      "sandbox-" + 32 hex (docs confirm the env prefix and the 32-hex client id,
      not the secret length), Dropbox Sign API key 64 hex.
    * Host names for Duck Creek, MyCase, Proof, Qualia, ResWare, Guidewire are
      plausible but invented.
    Labels a reviewer might dispute:
    * Lob test_ secret keys are labelled positive (Lob says secret keys must
      stay on your servers; test keys still read/write test-mode account data).
    * DocuSign "secret key" and Applied Epic authentication keys look like GUIDs;
      they are positives only where the surrounding name says they are secrets.
    * Smarty embedded keys and Lob publishable keys are labelled negative even
      in server-side code (documented as safe to publish).
    * The Truv documented example client id (dd21ca23...) is a negative; it is an
      identifier from Truv's own API reference, not a secret.
    * Companion ids kept verbatim in negatives that re-use carriers: DocuSign
      integration keys, Buildium/Duck Creek client ids (GUIDs) and login user
      names.  They are treated as non-secret identifiers; ids that a provider
      calls private (Truv client id, AppFolio/Clio/MyCase client ids, Argyle key
      id, Smarty auth-id) are replaced by env refs/placeholders in negatives.
    * Lob "test_" keys and the human passwords are the weakest positives for
      a pattern-only scanner; they are positives by a reviewer's standard.

SEARCHES
    search(docs): Lob API keys (help.lob.com: secret vs publishable, [env]_pub
    prefix, Basic auth with key as username); Smarty authentication (embedded
    vs secret keys, sample embedded key 3550738597428721952); Truv
    authentication (X-Access-Client-Id / X-Access-Secret, sandbox/dev/prod
    prefixes, sample client id); Dropbox Sign authentication (API key as Basic
    username, YOUR_SECRET_API_KEY_HERE); DocuSign JWT grant (integration key is
    a GUID, RSA key pair, impersonation); Pinwheel (api secret); Argyle (no
    useful hit); Bridge Interactive (no doc hit; server token format from
    memory).
    Scanner-related material shown by searches (ignored, not used): GitLab DAST
    browser checks 798.70 / 798.71 "Lob API key / Lob publishable API key"
    pages (descriptions only, no pattern shown); a nuclei template
    "pinata-keys-exposed.yaml" (karkis3c/bugbounty) with a regex, unrelated to
    this set's providers.
"""

import base64
import hashlib
import hmac
import json
import os
import string
import sys
import random

HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
B64 = string.ascii_letters + string.digits + "+/"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rand_guid(rng, upper=False):
    h = rs(rng, HEX, 32)
    # version 4 / variant bits so they look like real GUIDs
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    g = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return g.upper() if upper else g


def mixed_alnum(rng, n, alphabet=ALNUM):
    """Random token guaranteed to mix letters and digits (looks generated)."""
    while True:
        s = rs(rng, alphabet, n)
        if any(c.isdigit() for c in s) and any(c.isalpha() for c in s):
            return s


# --------------------------------------------------------------------------
# human passwords
# --------------------------------------------------------------------------
PW_WORDS = ["Maple", "Harbor", "Granite", "Sunset", "Willow", "Cedar", "Falcon",
            "Brook", "Summit", "Copper", "Juniper", "Meadow", "Orchard", "Lantern",
            "Marble", "Pelican", "Quarry", "Redwood", "Saddle", "Timber", "Beacon",
            "Cypress", "Dune", "Escrow", "Closing", "Parcel", "Gable", "Hearth",
            "Ledger", "Mesa", "Prairie", "Ridge", "Stucco", "Terrace", "Vista"]
PW_SYMS = "!@#$%&*?^-_+="


def human_password(rng):
    style = rng.randrange(6)
    w1, w2 = rng.choice(PW_WORDS), rng.choice(PW_WORDS)
    if style == 0:
        return "%s%s%s%d" % (w1, rng.choice(PW_SYMS), w2.lower(), rng.randint(10, 9999))
    if style == 1:
        return "%s%d%s" % (w1, rng.randint(1990, 2025), rng.choice(PW_SYMS) * rng.randint(1, 2))
    if style == 2:
        return rs(rng, ALNUM, rng.randint(4, 6)) + rng.choice(PW_SYMS) + rs(rng, ALNUM, rng.randint(5, 8)) + rng.choice(PW_SYMS)
    if style == 3:
        leet = w1.replace("a", "@").replace("o", "0").replace("e", "3")
        return "%s%s%s%d" % (leet, rng.choice(PW_SYMS), w2, rng.randint(1, 99))
    if style == 4:
        return "%s.%s.%s%d" % (w1.lower(), w2.lower(), rng.choice(PW_WORDS).lower(), rng.randint(1, 99))
    return mixed_alnum(rng, rng.randint(12, 16), ALNUM + "!#%*") + rng.choice("!#%*")


# --------------------------------------------------------------------------
# RSA keys (real, structurally valid) from the seeded RNG
# --------------------------------------------------------------------------
SMALL_PRIMES = [p for p in range(3, 2000) if all(p % d for d in range(2, int(p ** 0.5) + 1))]


def _is_probable_prime(n, rng):
    for p in SMALL_PRIMES:
        if n % p == 0:
            return n == p
    d, r = n - 1, 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for _ in range(12):
        a = rng.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _gen_prime(rng, bits):
    while True:
        c = rng.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if _is_probable_prime(c, rng):
            return c


def _der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _der_int(v):
    b = v.to_bytes(max(1, (v.bit_length() + 7) // 8), "big")
    if b[0] & 0x80:
        b = b"\x00" + b
    return b"\x02" + _der_len(len(b)) + b


def _der_seq(*parts):
    body = b"".join(parts)
    return b"\x30" + _der_len(len(body)) + body


RSA_OID = b"\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00"


def rsa_keypair(rng, bits=2048):
    e = 65537
    while True:
        p = _gen_prime(rng, bits // 2)
        q = _gen_prime(rng, bits // 2)
        if p == q:
            continue
        phi = (p - 1) * (q - 1)
        if phi % e == 0:
            continue
        n = p * q
        if n.bit_length() != bits:
            continue
        d = pow(e, -1, phi)
        break
    pkcs1 = _der_seq(_der_int(0), _der_int(n), _der_int(e), _der_int(d), _der_int(p),
                     _der_int(q), _der_int(d % (p - 1)), _der_int(d % (q - 1)),
                     _der_int(pow(q, -1, p)))
    pub_rsa = _der_seq(_der_int(n), _der_int(e))
    spki = _der_seq(RSA_OID, b"\x03" + _der_len(len(pub_rsa) + 1) + b"\x00" + pub_rsa)
    return pkcs1, spki


def pem(der, label):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def private_key_pem(rng):
    pkcs1, _ = rsa_keypair(rng)
    if rng.random() < 0.6:
        return pem(pkcs1, "RSA PRIVATE KEY")
    pkcs8 = _der_seq(_der_int(0), RSA_OID, b"\x04" + _der_len(len(pkcs1)) + pkcs1)
    return pem(pkcs8, "PRIVATE KEY")


def public_key_pem(rng):
    _, spki = rsa_keypair(rng)
    return pem(spki, "PUBLIC KEY")


# --------------------------------------------------------------------------
# credential kinds
# --------------------------------------------------------------------------
def _lob_secret(rng):
    env = "live" if rng.random() < 0.75 else "test"
    return "%s_%s" % (env, rs(rng, HEX, 35))


def _truv_secret(rng):
    env = rng.choice(["prod", "prod", "dev", "sandbox"])
    return "%s-%s" % (env, rs(rng, HEX, 32))


def _zws(rng):
    return "X1-ZWz%s_%s" % (mixed_alnum(rng, 14, LOWER_ALNUM), mixed_alnum(rng, 5, LOWER_ALNUM))


def _azure_like(rng):
    return rs(rng, ALNUM, 3) + rng.choice(string.digits) + "Q~" + mixed_alnum(rng, 34, ALNUM + "_.~-")


def _b64secret(rng, nbytes=32):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode()


def _user(prefixes):
    def g(rng):
        base = rng.choice(prefixes).rstrip("_")
        return base + rng.choice(["", str(rng.randint(1, 99)), "_" + rng.choice(["prod", "etl", "sync", "portal"])])
    return g


KINDS = [
    dict(key="mlsgrid", provider="MLS Grid", kind="reso_webapi_bearer_token",
         words=["mls", "grid", "access", "token"], gen=lambda r: rs(r, HEX, 40),
         auth="bearer", url="https://api.mlsgrid.com/v2/Property?$filter=OriginatingSystemName%20eq%20%27actris%27&$top=500",
         env="MLSGRID_ACCESS_TOKEN"),
    dict(key="trestle", provider="CoreLogic Trestle", kind="reso_oauth_client_secret",
         words=["trestle", "client", "secret"], gen=lambda r: rs(r, HEX, 32),
         idgen=lambda r: "trestle_%s%s" % (r.choice(["AcmeRealty", "KeystoneHomes", "BlueDoorIDX", "NorthpointBrokerage"]), r.randint(20190101, 20241231)),
         id_words=["trestle", "client", "id"], auth="oauth_cc",
         url="https://api-trestle.corelogic.com/trestle/oidc/connect/token", env="TRESTLE_CLIENT_SECRET"),
    dict(key="spark", provider="FBS Spark API", kind="reso_webapi_bearer_token",
         words=["spark", "access", "token"], gen=lambda r: mixed_alnum(r, 25, LOWER_ALNUM),
         auth="bearer", url="https://sparkapi.com/Reso/OData/Property?$top=25", env="SPARK_ACCESS_TOKEN"),
    dict(key="rets", provider="RETS server", kind="rets_password",
         words=["rets", "password"], gen=human_password, idgen=_user(["idx_", "rets_", "mlsfeed", "brkr"]),
         id_words=["rets", "username"], id_public=True, auth="basic_pair", cat="password",
         url="https://rets.%s.com/rets/Login" % "mlsmatrix", env="RETS_PASSWORD"),
    dict(key="bridge", provider="Bridge Interactive", kind="server_token",
         words=["bridge", "server", "token"], gen=lambda r: rs(r, HEX, 32),
         auth="query:access_token", url="https://api.bridgedataoutput.com/api/v2/OData/%s/Property?$top=200",
         env="BRIDGE_SERVER_TOKEN"),
    dict(key="zillow", provider="Zillow", kind="zws_id",
         words=["zillow", "zws", "id"], gen=_zws, auth="query:zws-id",
         url="https://www.zillow.com/webservice/GetDeepSearchResults.htm?citystatezip=Austin%2C+TX", env="ZILLOW_ZWS_ID"),
    dict(key="attom", provider="ATTOM Data", kind="api_key",
         words=["attom", "api", "key"], gen=lambda r: rs(r, HEX, 32), auth="header:apikey",
         url="https://api.gateway.attomdata.com/propertyapi/v1.0.0/property/detail?attomid=184713191", env="ATTOM_API_KEY"),
    dict(key="yardi", provider="Yardi Voyager", kind="interface_password",
         words=["yardi", "password"], gen=human_password, idgen=_user(["ws_", "yardi_itf", "voyager_"]),
         id_words=["yardi", "username"], id_public=True, auth="soap", cat="password",
         url="https://www.yardipcv.com/8223tp7s7dev/webservices/itfresidentdata.asmx", env="YARDI_PASSWORD"),
    dict(key="appfolio", provider="AppFolio", kind="client_secret",
         words=["appfolio", "client", "secret"], gen=lambda r: mixed_alnum(r, 32),
         idgen=lambda r: rs(r, HEX, 32), id_words=["appfolio", "client", "id"], auth="basic_pair",
         url="https://%s.appfolio.com/api/v1/reports/rent_roll.json" % "sunbeltpm", env="APPFOLIO_CLIENT_SECRET"),
    dict(key="buildium", provider="Buildium", kind="client_secret",
         words=["buildium", "client", "secret"], gen=lambda r: _b64secret(r, 32),
         idgen=lambda r: rand_guid(r), id_words=["buildium", "client", "id"], id_public=True,
         auth="header2:x-buildium-client-id:x-buildium-client-secret",
         url="https://api.buildium.com/v1/rentals?limit=100", env="BUILDIUM_CLIENT_SECRET"),
    dict(key="rentmanager", provider="Rent Manager", kind="web_service_password",
         words=["rent", "manager", "password"], gen=human_password, idgen=_user(["api_", "rmapi", "integration"]),
         id_words=["rent", "manager", "username"], id_public=True, auth="basic_pair", cat="password",
         url="https://%s.api.rentmanager.com/Authentication/AuthorizeUser" % "coastal", env="RM_PASSWORD"),
    dict(key="docusign_rsa", provider="DocuSign", kind="jwt_rsa_private_key",
         words=["docusign", "private", "key"], gen=private_key_pem,
         idgen=lambda r: rand_guid(r), id_words=["docusign", "integration", "key"], id_public=True,
         auth="pem", cat="pem", url="https://account-d.docusign.com/oauth/token", env="DOCUSIGN_PRIVATE_KEY"),
    dict(key="docusign_secret", provider="DocuSign", kind="oauth_secret_key",
         words=["docusign", "secret", "key"], gen=lambda r: rand_guid(r), obvious_only=True,
         idgen=lambda r: rand_guid(r), id_words=["docusign", "integration", "key"], id_public=True,
         auth="oauth_cc", url="https://account.docusign.com/oauth/token", env="DOCUSIGN_SECRET_KEY"),
    dict(key="dropboxsign", provider="Dropbox Sign", kind="api_key",
         words=["dropbox", "sign", "api", "key"], gen=lambda r: rs(r, HEX, 64), auth="basic_user",
         url="https://api.hellosign.com/v3/signature_request/list?page_size=20", env="DROPBOX_SIGN_API_KEY"),
    dict(key="clio", provider="Clio", kind="oauth_client_secret",
         words=["clio", "client", "secret"], gen=lambda r: mixed_alnum(r, 40),
         idgen=lambda r: mixed_alnum(r, 40), id_words=["clio", "client", "id"], auth="oauth_cc",
         url="https://app.clio.com/oauth/token", env="CLIO_CLIENT_SECRET"),
    dict(key="mycase", provider="MyCase", kind="oauth_client_secret",
         words=["mycase", "client", "secret"], gen=lambda r: mixed_alnum(r, 48),
         idgen=lambda r: mixed_alnum(r, 24), id_words=["mycase", "client", "id"], auth="oauth_cc",
         url="https://auth.mycase.com/oauth/token", env="MYCASE_CLIENT_SECRET"),
    dict(key="practicepanther", provider="PracticePanther", kind="oauth_client_secret",
         words=["practice", "panther", "client", "secret"], gen=lambda r: mixed_alnum(r, 32),
         idgen=lambda r: rand_guid(r), id_words=["practice", "panther", "client", "id"], auth="oauth_cc",
         url="https://app.practicepanther.com/OAuth/Token", env="PP_CLIENT_SECRET"),
    dict(key="guidewire", provider="Guidewire", kind="service_account_password",
         words=["guidewire", "password"], gen=human_password, idgen=_user(["svc_", "integ_", "pcapi"]),
         id_words=["guidewire", "username"], id_public=True, auth="basic_pair", cat="password",
         url="https://policycenter.%s.com/pc/rest/account/v1/accounts" % "harborlineins", env="GW_PASSWORD"),
    dict(key="duckcreek", provider="Duck Creek", kind="oauth_client_secret",
         words=["duck", "creek", "client", "secret"], gen=_azure_like,
         idgen=lambda r: rand_guid(r), id_words=["duck", "creek", "client", "id"], id_public=True, auth="oauth_cc",
         url="https://auth.duckcreekondemand.com/oauth2/token", env="DUCKCREEK_CLIENT_SECRET"),
    dict(key="appliedepic", provider="Applied Epic", kind="sdk_authentication_key",
         words=["epic", "authentication", "key"], gen=lambda r: rand_guid(r, upper=r.random() < 0.5),
         obvious_only=True, auth="soap", url="https://api.appliedepic.com/Epic/v2022_02/EpicSDK.svc",
         env="EPIC_AUTH_KEY"),
    dict(key="ezlynx", provider="EZLynx", kind="rating_password",
         words=["ezlynx", "password"], gen=human_password, idgen=_user(["agency_", "ezl_", "rater"]),
         id_words=["ezlynx", "username"], id_public=True, auth="acord", cat="password",
         url="https://services.ezlynx.com/RatingService/QuoteService.svc", env="EZLYNX_PASSWORD"),
    dict(key="argyle", provider="Argyle", kind="api_key_secret",
         words=["argyle", "api", "secret"], gen=lambda r: mixed_alnum(r, 32),
         idgen=lambda r: rand_guid(r), id_words=["argyle", "api", "key", "id"], auth="basic_pair",
         url="https://api.argyle.com/v2/accounts?limit=50", env="ARGYLE_API_SECRET"),
    dict(key="pinwheel", provider="Pinwheel", kind="api_secret",
         words=["pinwheel", "api", "secret"], gen=lambda r: rs(r, HEX, 64), auth="header:x-api-secret",
         url="https://api.getpinwheel.com/v1/link_tokens", env="PINWHEEL_API_SECRET"),
    dict(key="truv", provider="Truv", kind="access_secret",
         words=["truv", "access", "secret"], gen=_truv_secret, idgen=lambda r: rs(r, HEX, 32),
         id_words=["truv", "client", "id"], auth="header2:X-Access-Client-Id:X-Access-Secret",
         url="https://prod.truv.com/v1/bridge-tokens/", env="TRUV_ACCESS_SECRET"),
    dict(key="proof", provider="Proof (Notarize)", kind="api_key",
         words=["proof", "api", "key"], gen=lambda r: mixed_alnum(r, 32), auth="header:ApiKey",
         url="https://api.proof.com/v1/transactions", env="PROOF_API_KEY"),
    dict(key="qualia", provider="Qualia", kind="api_token",
         words=["qualia", "api", "token"], gen=lambda r: mixed_alnum(r, 40), auth="bearer",
         url="https://api.qualia.io/v1/orders?status=open", env="QUALIA_API_TOKEN"),
    dict(key="resware", provider="ResWare", kind="web_service_password",
         words=["resware", "password"], gen=human_password, idgen=_user(["rw_", "escrow", "titleapi"]),
         id_words=["resware", "username"], id_public=True, auth="basic_pair", cat="password",
         url="https://%s.resware.com/ResWareWebServices/OrderService.svc" % "firstsummit", env="RESWARE_PASSWORD"),
    dict(key="lob", provider="Lob", kind="secret_api_key",
         words=["lob", "api", "key"], gen=_lob_secret, auth="basic_user",
         url="https://api.lob.com/v1/us_verifications", env="LOB_API_KEY"),
    dict(key="smarty", provider="Smarty", kind="auth_token",
         words=["smarty", "auth", "token"], gen=lambda r: mixed_alnum(r, 20), idgen=lambda r: rand_guid(r),
         id_words=["smarty", "auth", "id"], auth="query2:auth-id:auth-token",
         url="https://us-street.api.smarty.com/street-address?street=1600+Amphitheatre+Pkwy&city=Mountain+View&state=CA",
         env="SMARTY_AUTH_TOKEN"),
]
for _k in KINDS:
    _k.setdefault("cat", "apikey")
    _k.setdefault("idgen", None)
    _k.setdefault("id_public", False)
    _k.setdefault("obvious_only", False)
    _k.setdefault("id_words", None)
    _k.setdefault("slug", _k["key"].replace("_rsa", "").replace("_secret", ""))
KIND_BY_KEY = {k["key"]: k for k in KINDS}

NEUTRAL_WORDS = [["key"], ["token"], ["value"], ["auth"], ["primary"], ["upstream", "value"],
                 ["feed", "param"], ["conn", "opt"], ["k"], ["x", "value"], ["svc", "field"],
                 ["param2"], ["data", "src"], ["sig"], ["client", "arg"], ["ident"]]
PW_NEUTRAL = [["pw"], ["login", "value"], ["pass"], ["word"], ["cred", "b"], ["phrase"], ["login2"], ["p"]]


def style_name(words, style):
    w = [x.lower() for x in words]
    if style == "snake":
        return "_".join(w)
    if style == "screaming":
        return "_".join(w).upper()
    if style == "camel":
        return w[0] + "".join(x.capitalize() for x in w[1:])
    if style == "pascal":
        return "".join(x.capitalize() for x in w)
    if style == "kebab":
        return "-".join(w)
    if style == "dot":
        return ".".join(w)
    raise ValueError(style)


# --------------------------------------------------------------------------
# values and slots
# --------------------------------------------------------------------------
class Val:
    """A value written into a file: either a literal or an environment reference."""

    def __init__(self, text, env=None):
        self.text = text
        self.env = env

    def code(self, lang, q='"', alt=0):
        """Expression in a programming language."""
        if self.env is None:
            t = self.text
            if lang == "python" and "\n" in t:
                return '"""' + t + '"""'
            if lang == "csharp" and "\n" in t:
                return '@"' + t + '"'
            if lang == "php" and "\n" in t:
                return "<<<PEM\n" + t + "\nPEM"
            if lang == "ruby" and "\n" in t:
                return "<<~PEM\n" + t + "\nPEM"
            if lang == "java" and "\n" in t:
                return '"""\n' + t + '"""'
            if lang in ("javascript", "typescript") and "\n" in t:
                return "`" + t + "`"
            if "\n" in t:
                return q + t.replace("\n", "\\n") + q
            return q + t + q
        n = self.env
        forms = {
            "python": ['os.environ["%s"]' % n, 'os.getenv("%s")' % n, 'os.environ.get("%s", "")' % n],
            "javascript": ["process.env.%s" % n, "process.env['%s']" % n],
            "typescript": ["process.env.%s!" % n, "process.env.%s ?? ''" % n],
            "php": ["env('%s')" % n, "getenv('%s')" % n, "$_ENV['%s']" % n],
            "ruby": ['ENV["%s"]' % n, 'ENV.fetch("%s")' % n],
            "csharp": ['Environment.GetEnvironmentVariable("%s")' % n],
            "java": ['System.getenv("%s")' % n],
            "go": ['os.Getenv("%s")' % n],
            "groovy": ["env.%s" % n],
            "shell": ['"$%s"' % n, '"${%s}"' % n],
        }[lang]
        return forms[alt % len(forms)]

    def cfg(self, fmt):
        """Raw text for a config format (the template adds quotes if any)."""
        if self.env is None:
            if "\n" in self.text and fmt in ("json", "dotenv", "tfvars", "ini", "properties", "csv", "toml", "hocon", "sql", "xml", "postman", "http", "md", "shell"):
                return self.text.replace("\n", "\\n")
            return self.text
        n = self.env
        return {
            "dotenv": "${%s}" % n, "yaml": "${%s}" % n, "properties": "${%s}" % n,
            "json": "#{%s}#" % n, "xml": "#{%s}#" % n, "ini": "${%s}" % n, "toml": "${%s}" % n,
            "hocon": "${?%s}" % n, "gha": "${{ secrets.%s }}" % n, "gitlab": "$%s" % n,
            "docker": "${%s}" % n, "sql": ":'%s'" % n.lower(), "md": "$%s" % n, "shell": "$%s" % n,
            "csv": "env:%s" % n, "tfvars": "${var.%s}" % n.lower(), "http": "{{%s}}" % n.lower(),
            "helm": "{{ .Values.secrets.%s }}" % n.lower(), "jinja": "{{ vault_%s }}" % n.lower(),
            "postman": "{{%s}}" % n.lower(),
        }[fmt]

    def is_lit(self):
        return self.env is None


class Ref(Val):
    """A reference to an already-defined identifier in code."""

    def __init__(self, ident):
        Val.__init__(self, ident, env=ident)

    def code(self, lang, q='"', alt=0):
        return self.text

    def cfg(self, fmt):
        return self.text


def subst(P, old, new):
    Q = dict(P)
    Q["headers"] = [(n, pre, new if v is old else v) for (n, pre, v) in P["headers"]]
    Q["params"] = [(n, new if v is old else v) for (n, v) in P["params"]]
    Q["form"] = [(n, new if v is old else v) for (n, v) in P["form"]]
    if P["basic"]:
        Q["basic"] = tuple(new if v is old else v for v in P["basic"])
    return Q


class Slot:
    def __init__(self, K, sec, ident, obvious, rng, words=None, user=None):
        self.K = K
        self.sec = sec
        self.ident = ident          # companion public id / username (Val) or None
        self.obvious = obvious
        if words is not None:
            self.words = words
        elif obvious:
            self.words = K["words"]
        else:
            self.words = rng.choice(PW_NEUTRAL if K["cat"] == "password" else NEUTRAL_WORDS)
        self.id_words = K["id_words"] or [K["words"][0], "id"]
        self.pem = K["cat"] == "pem"

    def name(self, style):
        return style_name(self.words, style)

    def idname(self, style):
        return style_name(self.id_words, style)

    def envname(self):
        return style_name(self.words, "screaming") if self.obvious else self.K["env"]


# --------------------------------------------------------------------------
# harmless surrounding settings
# --------------------------------------------------------------------------
FILLER = [
    (["mls", "feed", "id"], lambda r: r.choice(["actris", "crmls", "bright", "stellar", "mred", "nwmls", "har"])),
    (["sync", "interval", "seconds"], lambda r: str(r.choice([300, 600, 900, 1800, 3600]))),
    (["timezone"], lambda r: r.choice(["America/Chicago", "America/New_York", "America/Denver", "America/Los_Angeles"])),
    (["photo", "bucket"], lambda r: r.choice(["acme-listing-photos", "idx-media-prod", "pm-docs-archive"])),
    (["office", "id"], lambda r: "%s-%d" % (r.choice(["ACT", "BRT", "HAR", "MRD"]), r.randint(1000, 99999))),
    (["max", "photos"], lambda r: str(r.choice([25, 40, 50, 100]))),
    (["page", "size"], lambda r: str(r.choice([50, 100, 200, 500]))),
    (["log", "level"], lambda r: r.choice(["info", "debug", "warn", "INFO"])),
    (["region"], lambda r: r.choice(["us-east-1", "us-west-2", "us-central1"])),
    (["retry", "attempts"], lambda r: str(r.randint(2, 6))),
    (["timeout", "ms"], lambda r: str(r.choice([5000, 10000, 15000, 30000]))),
    (["agency", "code"], lambda r: "AG%05d" % r.randint(100, 99999)),
    (["carrier", "naic"], lambda r: "%05d" % r.randint(10000, 43000)),
    (["firm", "slug"], lambda r: r.choice(["hartwell-law", "bayview-legal", "ostrander-pc"])),
    (["portfolio", "code"], lambda r: r.choice(["RES-EAST", "COMM-01", "SFR-TX", "MF-ATL"])),
    (["callback", "url"], lambda r: "https://%s/webhooks/%s" % (r.choice(["app.acmerealty.com", "api.keystonepm.io", "hooks.bayviewlegal.com"]), r.choice(["docusign", "lob", "truv", "sync"]))),
    (["state"], lambda r: r.choice(["TX", "FL", "CA", "GA", "NC", "AZ"])),
    (["enabled"], lambda r: r.choice(["true", "false"])),
    (["batch", "size"], lambda r: str(r.choice([100, 250, 1000]))),
    (["environment"], lambda r: r.choice(["production", "staging", "demo", "sandbox"])),
]


def fillers(rng, n):
    idx = rng.sample(range(len(FILLER)), n)
    return [(FILLER[i][0], FILLER[i][1](rng)) for i in idx]


def entries(rng, S, nfill=None):
    """Ordered (words, Val|str, role) list for config-style carriers."""
    nfill = rng.randint(3, 7) if nfill is None else nfill
    out = [(w, v, "fill") for (w, v) in fillers(rng, nfill)]
    core = []
    if S.ident is not None:
        core.append((S.id_words, S.ident, "id"))
    core.append((S.words, S.sec, "secret"))
    pos = rng.randint(0, len(out))
    return out[:pos] + core + out[pos:]


def ename(S, words, role, style):
    return style_name(words, style)


# --------------------------------------------------------------------------
# HTTP usage snippets in several languages
# --------------------------------------------------------------------------
HTTP_MODES = ("bearer", "header", "header2", "query", "query2", "basic_user", "basic_pair", "oauth_cc")


def http_ok(K):
    return K["auth"].split(":")[0] in HTTP_MODES


def kurl(K, rng):
    u = K["url"]
    if "%s" in u:
        u = u % rng.choice(["test", "actris_ref", "itso", "miamire", "stellar"])
    return u


def http_parts(S, rng):
    K = S.K
    mode = K["auth"].split(":")
    m = mode[0]
    P = dict(url=kurl(K, rng), method="GET", headers=[], params=[], basic=None, form=[])
    if m == "bearer":
        P["headers"].append(("Authorization", "Bearer ", S.sec))
    elif m == "header":
        P["headers"].append((mode[1], "", S.sec))
    elif m == "header2":
        if S.ident is not None:
            P["headers"].append((mode[1], "", S.ident))
        P["headers"].append((mode[2], "", S.sec))
    elif m == "query":
        P["params"].append((mode[1], S.sec))
    elif m == "query2":
        if S.ident is not None:
            P["params"].append((mode[1], S.ident))
        P["params"].append((mode[2], S.sec))
    elif m == "basic_user":
        P["basic"] = (S.sec, Val(""))
    elif m == "basic_pair":
        P["basic"] = (S.ident if S.ident is not None else Val("api"), S.sec)
    elif m == "oauth_cc":
        P["method"] = "POST"
        P["form"].append(("grant_type", Val("client_credentials")))
        if S.ident is not None:
            P["form"].append(("client_id", S.ident))
        P["form"].append(("client_secret", S.sec))
    if P["method"] == "GET" and ("/link_tokens" in P["url"] or "bridge-tokens" in P["url"] or "AuthorizeUser" in P["url"]):
        P["method"] = "POST"
    return P


def cat_expr(lang, prefix, v, q='"'):
    if not prefix:
        return v.code(lang, q)
    if v.is_lit():
        return q + prefix + v.text + q
    e = v.code(lang, q)
    return {
        "python": '"%s" + %s' % (prefix, e), "javascript": "`%s${%s}`" % (prefix, e),
        "typescript": "`%s${%s}`" % (prefix, e), "php": "'%s' . %s" % (prefix, e),
        "ruby": '"%s#{%s}"' % (prefix, e), "csharp": '$"%s{%s}"' % (prefix, e),
        "java": '"%s" + %s' % (prefix, e), "go": '"%s" + %s' % (prefix, e),
    }[lang]


def sh_word(v):
    if v.is_lit():
        return v.text
    return "${%s}" % v.env


def http_python(P, ind="    ", var="resp"):
    L = ["%s = requests.%s(" % (var, P["method"].lower()), ind + "%r," % P["url"] if False else ind + '"%s",' % P["url"]]
    if P["headers"]:
        L.append(ind + "headers={")
        for (n, pre, v) in P["headers"]:
            L.append(ind * 2 + '"%s": %s,' % (n, cat_expr("python", pre, v)))
        L.append(ind * 2 + '"Accept": "application/json",')
        L.append(ind + "},")
    if P["params"]:
        L.append(ind + "params={" + ", ".join('"%s": %s' % (n, v.code("python")) for n, v in P["params"]) + "},")
    if P["basic"]:
        L.append(ind + "auth=(%s, %s)," % (P["basic"][0].code("python"), P["basic"][1].code("python")))
    if P["form"]:
        L.append(ind + "data={")
        for n, v in P["form"]:
            L.append(ind * 2 + '"%s": %s,' % (n, v.code("python")))
        L.append(ind + "},")
    L.append(ind + "timeout=30,")
    L.append(")")
    L.append("%s.raise_for_status()" % var)
    return L


def http_js(P, lang="javascript", ind="  "):
    L = []
    cfg = []
    if P["headers"]:
        cfg.append(ind + "headers: {")
        for (n, pre, v) in P["headers"]:
            cfg.append(ind * 2 + "'%s': %s," % (n, cat_expr(lang, pre, v, "'")))
        cfg.append(ind + "},")
    if P["params"]:
        cfg.append(ind + "params: { " + ", ".join("'%s': %s" % (n, v.code(lang, "'")) for n, v in P["params"]) + " },")
    if P["basic"]:
        cfg.append(ind + "auth: { username: %s, password: %s }," % (P["basic"][0].code(lang, "'"), P["basic"][1].code(lang, "'")))
    cfg.append(ind + "timeout: 20000,")
    if P["method"] == "POST":
        body = "{}"
        if P["form"]:
            body = "new URLSearchParams({ " + ", ".join("%s: %s" % (n, v.code(lang, "'")) for n, v in P["form"]) + " })"
        L.append("const res = await axios.post('%s', %s, {" % (P["url"], body))
    else:
        L.append("const res = await axios.get('%s', {" % P["url"])
    L += cfg
    L.append("});")
    return L


def http_php(P, ind="    "):
    L = ["$response = $this->http->request('%s', '%s', [" % (P["method"], P["url"])]
    if P["headers"]:
        L.append(ind + "'headers' => [")
        for (n, pre, v) in P["headers"]:
            L.append(ind * 2 + "'%s' => %s," % (n, cat_expr("php", pre, v, "'")))
        L.append(ind + "],")
    if P["params"]:
        L.append(ind + "'query' => [" + ", ".join("'%s' => %s" % (n, v.code("php", "'")) for n, v in P["params"]) + "],")
    if P["basic"]:
        L.append(ind + "'auth' => [%s, %s]," % (P["basic"][0].code("php", "'"), P["basic"][1].code("php", "'")))
    if P["form"]:
        L.append(ind + "'form_params' => [")
        for n, v in P["form"]:
            L.append(ind * 2 + "'%s' => %s," % (n, v.code("php", "'")))
        L.append(ind + "],")
    L.append(ind + "'timeout' => 20,")
    L.append("]);")
    return L


def http_ruby(P, ind="  "):
    L = ["conn = Faraday.new(url: \"%s\") do |f|" % P["url"].split("?")[0]]
    if P["basic"]:
        L.append(ind + "f.request :authorization, :basic, %s, %s" % (P["basic"][0].code("ruby"), P["basic"][1].code("ruby")))
    if P["form"]:
        L.append(ind + "f.request :url_encoded")
    L.append(ind + "f.response :json")
    L.append("end")
    for (n, pre, v) in P["headers"]:
        L.append("conn.headers[\"%s\"] = %s" % (n, cat_expr("ruby", pre, v)))
    if P["form"]:
        L.append("resp = conn.post(\"\", { " + ", ".join("%s: %s" % (n, v.code("ruby")) for n, v in P["form"]) + " })")
    elif P["method"] == "POST":
        L.append("resp = conn.post(\"\", { product_type: \"income\" }.to_json, \"Content-Type\" => \"application/json\")")
    elif P["params"]:
        L.append("resp = conn.get(\"\", { " + ", ".join("\"%s\" => %s" % (n, v.code("ruby")) for n, v in P["params"]) + " })")
    else:
        L.append("resp = conn.get")
    return L


def http_csharp(P, ind="        "):
    L = []
    url = P["url"]
    if P["params"]:
        parts = []
        interp = False
        for n, v in P["params"]:
            if v.is_lit():
                parts.append("%s=%s" % (n, v.text))
            else:
                parts.append("%s={%s}" % (n, v.code("csharp")))
                interp = True
        sep = "&" if "?" in url else "?"
        url = ('$"' if interp else '"') + url + sep + "&".join(parts) + '"'
    else:
        url = '"%s"' % url
    L.append(ind + "var request = new HttpRequestMessage(HttpMethod.%s, %s);" % ("Post" if P["method"] == "POST" else "Get", url))
    for (n, pre, v) in P["headers"]:
        L.append(ind + 'request.Headers.TryAddWithoutValidation("%s", %s);' % (n, cat_expr("csharp", pre, v)))
    if P["basic"]:
        u, p = P["basic"]
        if u.is_lit() and p.is_lit():
            pair = '"%s:%s"' % (u.text, p.text)
        else:
            part = lambda v: v.text if v.is_lit() else "{%s}" % v.code("csharp")
            pair = '$"%s:%s"' % (part(u), part(p))
        L.append(ind + 'request.Headers.Authorization = new AuthenticationHeaderValue("Basic",')
        L.append(ind + "    Convert.ToBase64String(Encoding.ASCII.GetBytes(%s)));" % pair)
    if P["form"]:
        L.append(ind + "request.Content = new FormUrlEncodedContent(new Dictionary<string, string>")
        L.append(ind + "{")
        for n, v in P["form"]:
            L.append(ind + '    ["%s"] = %s,' % (n, v.code("csharp")))
        L.append(ind + "});")
    L.append(ind + "using var response = await _http.SendAsync(request, ct);")
    L.append(ind + "response.EnsureSuccessStatusCode();")
    return L


def http_java(P, ind="        "):
    L = []
    url = '"%s"' % P["url"]
    if P["params"]:
        sep = "&" if "?" in P["url"] else "?"
        bits = []
        for n, v in P["params"]:
            bits.append('"%s%s=" + %s' % (sep if not bits else "&", n, v.code("java")))
        url = url + " + " + " + ".join(bits)
    L.append(ind + "HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(%s))" % url)
    L.append(ind + "        .timeout(Duration.ofSeconds(30))")
    for (n, pre, v) in P["headers"]:
        L.append(ind + '        .header("%s", %s)' % (n, cat_expr("java", pre, v)))
    if P["basic"]:
        u, p = P["basic"]
        L.append(ind + '        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(')
        L.append(ind + '                (%s + ":" + %s).getBytes(StandardCharsets.UTF_8)))' % (u.code("java"), p.code("java")))
    if P["form"]:
        body = ' + "&" + '.join('"%s=" + %s' % (n, v.code("java")) for n, v in P["form"])
        L.append(ind + '        .header("Content-Type", "application/x-www-form-urlencoded")')
        L.append(ind + "        .POST(HttpRequest.BodyPublishers.ofString(%s));" % body)
    else:
        L.append(ind + "        .GET();")
    L.append(ind + "HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());")
    return L


def _shq(text):
    return "'" if ("$" in text and "${" not in text) or "`" in text else '"'


def http_curl(P, inline=True):
    L = ["curl -sS %s'%s' \\" % ("-X POST " if P["method"] == "POST" else "", P["url"])]
    if P["params"]:
        L[0] = "curl -sS -G '%s' \\" % P["url"]
        for n, v in P["params"]:
            w = "%s=%s" % (n, sh_word(v))
            L.append("  --data-urlencode %s%s%s \\" % (_shq(w), w, _shq(w)))
    for (n, pre, v) in P["headers"]:
        w = "%s: %s%s" % (n, pre, sh_word(v))
        L.append("  -H %s%s%s \\" % (_shq(w), w, _shq(w)))
    if P["basic"]:
        w = "%s:%s" % (sh_word(P["basic"][0]), sh_word(P["basic"][1]))
        L.append("  -u %s%s%s \\" % (_shq(w), w, _shq(w)))
    for n, v in P["form"]:
        w = "%s=%s" % (n, sh_word(v))
        L.append("  -d %s%s%s \\" % (_shq(w), w, _shq(w)))
    L.append("  -H 'Accept: application/json' | jq .")
    return L


def http_file(P):
    url = P["url"]
    if P["params"]:
        sep = "&" if "?" in url else "?"
        url += sep + "&".join("%s=%s" % (n, v.cfg("http")) for n, v in P["params"])
    L = ["%s %s" % (P["method"], url)]
    for (n, pre, v) in P["headers"]:
        L.append("%s: %s%s" % (n, pre, v.cfg("http")))
    if P["basic"]:
        L.append("Authorization: Basic %s:%s" % (P["basic"][0].cfg("http"), P["basic"][1].cfg("http")))
    L.append("Accept: application/json")
    if P["form"]:
        L.append("Content-Type: application/x-www-form-urlencoded")
        L.append("")
        L.append("&".join("%s=%s" % (n, v.cfg("http")) for n, v in P["form"]))
    return L


# --------------------------------------------------------------------------
# format helpers
# --------------------------------------------------------------------------
import re as _re

_SIMPLE = _re.compile(r"^[A-Za-z0-9_./-]+$")


def yq(t):
    if t == "":
        return '""'
    if _SIMPLE.match(t) and t[0] not in "-." and t.lower() not in ("true", "false", "yes", "no", "null", "on", "off"):
        return t
    if "'" in t:
        return '"' + t + '"'
    return rq(t)


def rq(t):
    # YAML / TOML style quoting choice
    return ('"%s"' if "\\" not in t else "'%s'") % t if '"' not in t else "'%s'" % t


def yaml_kv(key, val, ind="", fmt="yaml"):
    t = val.cfg(fmt) if isinstance(val, Val) else val
    if "\n" in t:
        return [ind + key + ": |"] + [ind + "  " + l for l in t.split("\n")]
    return [ind + key + ": " + yq(t)]


def dq(t):
    """.env style: quote when needed."""
    if t == "" or _SIMPLE.match(t):
        return t
    if "$" in t and "${" not in t:
        return "'" + t + "'"
    return '"' + t + '"'


def vtext(v, fmt):
    return v.cfg(fmt) if isinstance(v, Val) else v


def pascal(words):
    return style_name(words, "pascal")


def pslug(S):
    return S.K["slug"]


def pwords(S):
    return S.K["words"][:-1] if len(S.K["words"]) > 2 else S.K["words"][:1]


CARRIERS = []


def carrier(filetype, need="any", unnamed=False):
    def deco(f):
        CARRIERS.append(dict(name=f.__name__[2:], fn=f, filetype=filetype, need=need, unnamed=unnamed))
        return f
    return deco


def carrier_ok(c, K):
    need = c["need"]
    if need == "any":
        return True
    if need == "http":
        return http_ok(K)
    if need == "nopem":
        return K["cat"] != "pem"
    if need == "soap":
        return K["auth"] in ("soap", "acord")
    if need == "pem":
        return K["cat"] == "pem"
    if need == "login":
        return K["cat"] == "password"
    raise ValueError(need)


def header_comment(rng, prefix, S):
    msgs = ["%s integration settings" % S.K["provider"],
            "Managed by the integrations team -- see notes/runbook.md",
            "Do not reorder: the deploy script patches these keys by name",
            "TODO: move to the shared config service (INT-%d)" % rng.randint(100, 999),
            "Last reviewed %d-%02d-%02d" % (rng.randint(2021, 2025), rng.randint(1, 12), rng.randint(1, 28))]
    return [prefix + m for m in rng.sample(msgs, rng.randint(1, 2))]


# ---------------------------------------------------------------- PHP
@carrier("php")
def c_laravel_services(rng, S):
    L = ["<?php", "", "return ["]
    L.append("    /*")
    L.append("    |--------------------------------------------------------------------------")
    L.append("    | Third Party Services")
    L.append("    |--------------------------------------------------------------------------")
    L.append("    */")
    L.append("")
    L.append("    'mailgun' => [")
    L.append("        'domain' => env('MAILGUN_DOMAIN'),")
    L.append("        'secret' => env('MAILGUN_SECRET'),")
    L.append("    ],")
    L.append("")
    L.append("    '%s' => [" % pslug(S))
    for w, v, role in entries(rng, S, rng.randint(1, 3)):
        if role == "fill":
            L.append("        '%s' => env('%s', '%s')," % (style_name(w, "snake"), style_name([pslug(S)] + w, "screaming"), v))
        else:
            L.append("        '%s' => %s," % (style_name(w[1:] if S.obvious and len(w) > 1 else w, "snake"), v.code("php", "'")))
    L.append("        'base_url' => '%s'," % kurl(S.K, rng).split("?")[0])
    L.append("    ],")
    L.append("")
    L.append("];")
    return "config/services.php", L


@carrier("dotenv")
def c_laravel_env(rng, S):
    L = ["APP_NAME=\"%s\"" % rng.choice(["Keystone PM", "Acme Realty IDX", "Bayview Legal Portal", "Harborline Quotes"]),
         "APP_ENV=%s" % rng.choice(["production", "staging", "local"]), "APP_DEBUG=false",
         "APP_URL=https://%s" % rng.choice(["portal.keystonepm.io", "www.acmerealty.com", "quotes.harborlineins.com"]), "",
         "LOG_CHANNEL=stack", "", "DB_CONNECTION=mysql", "DB_HOST=127.0.0.1", "DB_PORT=3306",
         "DB_DATABASE=%s" % rng.choice(["idx", "pm_portal", "legal_app"]), "DB_USERNAME=app", "DB_PASSWORD=", "",
         "QUEUE_CONNECTION=redis", ""]
    for w, v, role in entries(rng, S, rng.randint(0, 3)):
        if role == "fill":
            L.append("%s=%s" % (style_name([pslug(S)] + w, "screaming"), dq(v)))
        else:
            L.append("%s=%s" % (style_name(w, "screaming"), dq(v.cfg("dotenv"))))
    return rng.choice([".env", ".env.production", "deploy/.env.staging"]), L


@carrier("php")
def c_wp_idx_plugin(rng, S):
    plug = rng.choice(["idx-sync", "listing-importer", "mls-feed-bridge", "pm-portal-connector"])
    L = ["<?php", "/**", " * Plugin Name: %s" % plug.replace("-", " ").title(),
         " * Description: Pulls %s data into custom post types." % S.K["provider"],
         " * Version: %d.%d.%d" % (rng.randint(0, 3), rng.randint(0, 9), rng.randint(0, 20)),
         " * Author: %s" % rng.choice(["Acme Web Team", "Blue Door Digital", "IDX Labs"]), " */", "",
         "if ( ! defined( 'ABSPATH' ) ) {", "    exit;", "}", ""]
    const = lambda w: style_name(["idx"] + w if not S.obvious else w, "screaming")
    for w, v, role in entries(rng, S, rng.randint(1, 3)):
        if role == "fill":
            L.append("define( '%s', '%s' );" % (style_name(["idx"] + w, "screaming"), v))
        else:
            L.append("define( '%s', %s );" % (const(w), v.code("php", "'")))
    L += ["", "add_action( 'idx_sync_cron', '%s_run_sync' );" % plug.replace("-", "_"), "",
          "function %s_run_sync() {" % plug.replace("-", "_"),
          "    $importer = new IDX_Importer( get_option( 'idx_post_type', 'listing' ) );",
          "    $importer->run();", "}"]
    return "wp-content/plugins/%s/%s.php" % (plug, plug), L


@carrier("php", need="nopem")
def c_wp_config(rng, S):
    L = ["<?php", "/**", " * The base configuration for WordPress", " */", "",
         "define( 'DB_NAME', '%s' );" % rng.choice(["wp_realty", "wordpress", "idx_site"]),
         "define( 'DB_USER', 'wp' );", "define( 'DB_PASSWORD', getenv('WP_DB_PASSWORD') );",
         "define( 'DB_HOST', 'localhost' );", "define( 'DB_CHARSET', 'utf8mb4' );", "",
         "/* IDX / integrations */"]
    for w, v, role in entries(rng, S, rng.randint(0, 2)):
        if role == "fill":
            L.append("define( '%s', '%s' );" % (style_name(w, "screaming"), v))
        else:
            L.append("define( '%s', %s );" % (style_name(w, "screaming"), v.code("php", "'")))
    L += ["", "$table_prefix = 'wp_';", "", "define( 'WP_DEBUG', false );", "",
          "if ( ! defined( 'ABSPATH' ) ) {", "\tdefine( 'ABSPATH', __DIR__ . '/' );", "}",
          "", "require_once ABSPATH . 'wp-settings.php';"]
    return "wp-config.php", L


@carrier("php", need="http", unnamed=True)
def c_php_guzzle(rng, S):
    cls = pascal(pwords(S)) + "Client"
    P = http_parts(S, rng)
    L = ["<?php", "", "namespace App\\Services;", "", "use GuzzleHttp\\Client;", "", "class %s" % cls, "{",
         "    private Client $http;", "", "    public function __construct()", "    {",
         "        $this->http = new Client(['http_errors' => true]);", "    }", "",
         "    public function fetch(array $filters = []): array", "    {"]
    L += ["        " + l for l in http_php(P)]
    L += ["", "        return json_decode((string) $response->getBody(), true);", "    }", "}"]
    return "app/Services/%s.php" % cls, L


# ---------------------------------------------------------------- C#
@carrier("json")
def c_appsettings(rng, S):
    sec = pascal(pwords(S))
    L = ["{", '  "Logging": {', '    "LogLevel": {', '      "Default": "Information",',
         '      "Microsoft.AspNetCore": "Warning"', "    }", "  },",
         '  "AllowedHosts": "*",',
         '  "ConnectionStrings": {',
         '    "Default": "Server=sql-prod;Database=%s;Trusted_Connection=True;"' % rng.choice(["PropertyMgmt", "Claims", "Matters"]),
         "  },", '  "%s": {' % sec]
    items = []
    for w, v, role in entries(rng, S, rng.randint(1, 4)):
        key = style_name(w[1:] if S.obvious and len(w) > 1 and role != "fill" else w, "pascal")
        items.append('    "%s": "%s"' % (key, vtext(v, "json")))
    L += [x + "," for x in items[:-1]] + [items[-1]]
    L += ["  }", "}"]
    return rng.choice(["appsettings.json", "appsettings.Production.json", "src/Api/appsettings.Staging.json"]), L


@carrier("xml")
def c_web_config(rng, S):
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>",
         '    <add key="webpages:Version" value="3.0.0.0" />', '    <add key="ClientValidationEnabled" value="true" />']
    for w, v, role in entries(rng, S, rng.randint(1, 4)):
        L.append('    <add key="%s" value="%s" />' % (style_name(w, "pascal") if role == "fill" else
                                                      (style_name(w, rng.choice(["pascal", "dot"])) if S.obvious else style_name(w, "pascal")),
                                                      vtext(v, "xml")))
    L += ["  </appSettings>", "  <system.web>", '    <compilation debug="false" targetFramework="4.8" />',
          '    <httpRuntime targetFramework="4.8" maxRequestLength="51200" />', "  </system.web>", "</configuration>"]
    return rng.choice(["Web.config", "src/PortalWeb/Web.config", "App.config"]), L


@carrier("csharp")
def c_cs_constants(rng, S):
    ns = rng.choice(["Keystone.Integrations", "Harborline.Rating", "Bayview.Matters", "Acme.Idx"])
    cls = pascal(pwords(S)) + "Options"
    L = ["using System;", "", "namespace %s" % ns, "{", "    public static class %s" % cls, "    {"]
    for w, v, role in entries(rng, S, rng.randint(1, 3)):
        if role == "fill":
            L.append('        public const string %s = "%s";' % (style_name(w, "pascal"), v))
        else:
            if v.is_lit():
                L.append("        public const string %s = %s;" % (style_name(w, "pascal"), v.code("csharp")))
            else:
                L.append("        public static readonly string %s = %s;" % (style_name(w, "pascal"), v.code("csharp")))
    L += ["", '        public const string BaseUrl = "%s";' % kurl(S.K, rng).split("?")[0], "    }", "}"]
    return "src/%s/%s.cs" % (ns.split(".")[1], cls), L


@carrier("csharp", need="http", unnamed=True)
def c_cs_httpclient(rng, S):
    cls = pascal(pwords(S)) + "Gateway"
    P = http_parts(S, rng)
    L = ["using System.Net.Http;", "using System.Net.Http.Headers;", "using System.Text;", "using System.Threading;",
         "using System.Threading.Tasks;", "", "namespace Portal.Infrastructure", "{",
         "    public sealed class %s" % cls, "    {", "        private readonly HttpClient _http;", "",
         "        public %s(HttpClient http) => _http = http;" % cls, "",
         "        public async Task<string> PullAsync(CancellationToken ct = default)", "        {"]
    L += http_csharp(P, "            ")
    L += ["            return await response.Content.ReadAsStringAsync(ct);", "        }", "    }", "}"]
    return "src/Portal.Infrastructure/%s.cs" % cls, L


# ---------------------------------------------------------------- Java
@carrier("properties")
def c_spring_properties(rng, S):
    L = ["spring.application.name=%s" % rng.choice(["listing-sync", "claims-intake", "rating-gateway", "doc-signing"]),
         "server.port=%d" % rng.choice([8080, 8081, 9090]),
         "spring.datasource.url=jdbc:postgresql://db:5432/%s" % rng.choice(["listings", "claims", "escrow"]),
         "spring.datasource.username=app", "spring.datasource.password=${DB_PASSWORD}", ""]
    L += ["# " + c for c in [S.K["provider"]]]
    pre = "integrations.%s." % pslug(S)
    for w, v, role in entries(rng, S, rng.randint(1, 4)):
        L.append("%s%s=%s" % (pre, style_name(w, "kebab"), vtext(v, "properties")))
    L += ["", "management.endpoints.web.exposure.include=health,info"]
    return "src/main/resources/application%s.properties" % rng.choice(["", "-prod", "-staging"]), L


@carrier("yaml")
def c_spring_yaml(rng, S):
    L = ["spring:", "  application:", "    name: %s" % rng.choice(["listing-sync", "claims-intake", "rating-gateway"]),
         "  jpa:", "    open-in-view: false", "", "integrations:", "  %s:" % pslug(S)]
    for w, v, role in entries(rng, S, rng.randint(1, 4)):
        L += yaml_kv(style_name(w, rng.choice(["kebab", "camel"])), v, "    ")
    L += ["", "logging:", "  level:", "    root: INFO"]
    return "src/main/resources/application%s.yml" % rng.choice(["", "-prod", "-cloud"]), L


@carrier("java", need="nopem")
def c_java_config(rng, S):
    pkg = rng.choice(["com.keystonepm.sync", "com.harborline.rating", "com.acmerealty.idx", "law.bayview.matters"])
    cls = pascal(pwords(S)) + "Config"
    L = ["package %s.config;" % pkg, "", "import org.springframework.context.annotation.Bean;",
         "import org.springframework.context.annotation.Configuration;", "", "@Configuration",
         "public class %s {" % cls, ""]
    for w, v, role in entries(rng, S, rng.randint(1, 3)):
        if role == "fill":
            L.append('    private static final String %s = "%s";' % (style_name(w, "screaming"), v))
        else:
            L.append("    private static final String %s = %s;" % (style_name(w, "screaming"), v.code("java")))
    L += ["", "    @Bean", "    public %sClient %sClient() {" % (pascal(pwords(S)), style_name(pwords(S), "camel"))]
    args = []
    if S.ident is not None:
        args.append(style_name(S.id_words, "screaming"))
    args.append(style_name(S.words, "screaming"))
    L += ["        return new %sClient(%s);" % (pascal(pwords(S)), ", ".join(args)), "    }", "}"]
    return "src/main/java/%s/config/%s.java" % (pkg.replace(".", "/"), cls), L


@carrier("java", need="http", unnamed=True)
def c_java_httpclient(rng, S):
    pkg = rng.choice(["com.keystonepm.sync", "com.harborline.rating", "com.acmerealty.idx"])
    cls = pascal(pwords(S)) + "Fetcher"
    P = http_parts(S, rng)
    L = ["package %s.client;" % pkg, "", "import java.net.URI;", "import java.net.http.HttpClient;",
         "import java.net.http.HttpRequest;", "import java.net.http.HttpResponse;",
         "import java.nio.charset.StandardCharsets;", "import java.time.Duration;", "import java.util.Base64;", "",
         "public class %s {" % cls, "", "    private final HttpClient client = HttpClient.newHttpClient();", "",
         "    public String fetch() throws Exception {"]
    L += http_java(P)
    L += ["        if (response.statusCode() >= 400) {",
          '            throw new IllegalStateException("upstream returned " + response.statusCode());', "        }",
          "        return response.body();", "    }", "}"]
    return "src/main/java/%s/client/%s.java" % (pkg.replace(".", "/"), cls), L


# ---------------------------------------------------------------- Python
@carrier("python")
def c_py_settings(rng, S):
    L = ['"""Django settings for the %s project."""' % rng.choice(["listings", "pmportal", "claims", "matters"]), "",
         "import os", "from pathlib import Path", "", "BASE_DIR = Path(__file__).resolve().parent.parent", "",
         "DEBUG = False", 'ALLOWED_HOSTS = ["%s"]' % rng.choice(["portal.keystonepm.io", "idx.acmerealty.com", "app.bayviewlegal.com"]), "",
         'TIME_ZONE = "%s"' % rng.choice(["America/Chicago", "America/New_York"]), "USE_TZ = True", "",
         "# %s" % S.K["provider"]]
    for w, v, role in entries(rng, S, rng.randint(1, 3)):
        if role == "fill":
            L.append('%s = "%s"' % (style_name(w, "screaming"), v))
        else:
            L.append("%s = %s" % (style_name(w, "screaming"), v.code("python", rng.choice(['"', "'"]))))
    L += ["", 'STATIC_URL = "/static/"', 'DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"']
    return rng.choice(["config/settings.py", "config/settings/production.py", "portal/settings.py"]), L


@carrier("python", need="http", unnamed=True)
def c_py_etl(rng, S):
    P = http_parts(S, rng)
    job = rng.choice(["pull_listings", "sync_rent_roll", "verify_addresses", "fetch_income_reports", "export_envelopes"])
    L = ["#!/usr/bin/env python3", '"""Nightly ETL: %s -> warehouse."""' % job.replace("_", " "), "",
         "import csv", "import logging", "import os", "import sys", "", "import requests", "",
         "log = logging.getLogger(%r)" % job, "OUT_DIR = os.environ.get(\"ETL_OUT\", \"/data/staging\")", ""]
    named = S.obvious and rng.random() < 0.6
    if named:
        L.append("%s = %s" % (S.name("screaming"), S.sec.code("python")))
        L.append("")
        L.append("")
        P = subst(P, S.sec, Ref(S.name("screaming")))
    L.append("def main():")
    L += ["    " + b for b in http_python(P)]
    L += ["    rows = resp.json().get(\"value\", [])", "    log.info(\"fetched %d rows\", len(rows))",
          "    path = os.path.join(OUT_DIR, \"%s.csv\")" % job, "    with open(path, \"w\", newline=\"\") as fh:",
          "        if rows:", "            w = csv.DictWriter(fh, fieldnames=sorted(rows[0]))", "            w.writeheader()",
          "            w.writerows(rows)", "", "", "if __name__ == \"__main__\":",
          "    logging.basicConfig(level=logging.INFO)", "    sys.exit(main())"]
    return rng.choice(["etl/%s.py" % job, "scripts/%s.py" % job, "jobs/%s.py" % job]), L


@carrier("python")
def c_airflow_dag(rng, S):
    dag = rng.choice(["mls_sync", "rent_roll_daily", "claims_export", "envelope_archive"])
    L = ["from datetime import datetime, timedelta", "", "from airflow import DAG",
         "from airflow.operators.python import PythonOperator", "", "from plugins.%s import run_sync" % dag, "",
         "default_args = {", '    "owner": "data-eng",', '    "retries": 2,', '    "retry_delay": timedelta(minutes=10),', "}", "",
         "CONN = {"]
    for w, v, role in entries(rng, S, rng.randint(1, 3)):
        L.append('    "%s": %s,' % (style_name(w, "snake"), ('"%s"' % v) if role == "fill" else v.code("python")))
    L += ["}", "", "with DAG(", '    dag_id="%s",' % dag, "    start_date=datetime(%d, %d, 1)," % (rng.randint(2021, 2024), rng.randint(1, 12)),
          '    schedule_interval="%s",' % rng.choice(["@daily", "0 */4 * * *", "30 2 * * *"]), "    catchup=False,",
          "    default_args=default_args,", ") as dag:", "    PythonOperator(", '        task_id="sync",',
          "        python_callable=run_sync,", "        op_kwargs={\"conn\": CONN},", "    )"]
    return "dags/%s.py" % dag, L


@carrier("python", need="nopem", unnamed=True)
def c_py_sdk_positional(rng, S):
    cls = pascal(pwords(S)) + "Client"
    mod = "_".join(pwords(S)).lower()
    args = []
    if S.ident is not None:
        args.append(S.ident.code("python"))
    args.append(S.sec.code("python"))
    L = ['"""Thin wrapper used by the %s worker."""' % rng.choice(["mailing", "intake", "signing", "sync"]), "",
         "import os", "from functools import lru_cache", "", "from .%s import %s" % (mod, cls), "", "",
         "@lru_cache(maxsize=1)", "def get_client():",
         "    return %s(%s, timeout=%d)" % (cls, ", ".join(args), rng.choice([10, 20, 30])), "", "",
         "def ping():", "    return get_client().health()"]
    return rng.choice(["app/clients/__init__.py", "worker/%s_client.py" % mod, "src/integrations/%s.py" % mod]), L


# ---------------------------------------------------------------- Ruby
@carrier("ruby", need="nopem")
def c_rb_initializer(rng, S):
    mod = pascal(pwords(S))
    L = ["# frozen_string_literal: true", "", "# %s" % S.K["provider"], "%s.configure do |config|" % mod]
    for w, v, role in entries(rng, S, rng.randint(1, 3)):
        if role == "fill":
            L.append('  config.%s = "%s"' % (style_name(w, "snake"), v))
        else:
            nm = style_name(w[1:] if S.obvious and len(w) > 1 else w, "snake")
            L.append("  config.%s = %s" % (nm, v.code("ruby", rng.choice(['"', "'"]))))
    L += ["  config.logger = Rails.logger", "end"]
    return "config/initializers/%s.rb" % pslug(S), L


@carrier("yaml")
def c_figaro(rng, S):
    L = ["# Figaro application.yml", "defaults: &defaults", "  SIDEKIQ_CONCURRENCY: \"5\"",
         "  MAILER_HOST: \"%s\"" % rng.choice(["app.keystonepm.io", "portal.acmerealty.com"]), "",
         "development:", "  <<: *defaults", "", "production:", "  <<: *defaults"]
    for w, v, role in entries(rng, S, rng.randint(1, 3)):
        L += yaml_kv(style_name(w, "screaming"), v, "  ")
    return "config/application.yml", L


@carrier("ruby", need="http", unnamed=True)
def c_rb_rake(rng, S):
    P = http_parts(S, rng)
    task = rng.choice(["sync", "import", "refresh", "verify"])
    L = ["# frozen_string_literal: true", "", "require \"faraday\"", "", "namespace :%s do" % pslug(S),
         "  desc \"%s %s data\"" % (task.capitalize(), S.K["provider"]), "  task %s: :environment do" % task]
    L += ["    " + l for l in http_ruby(P)]
    L += ["    Array(resp.body[\"value\"] || resp.body).each do |row|", "      ImportRow.upsert(row)", "    end",
          "    puts \"done: #{resp.status}\"", "  end", "end"]
    return "lib/tasks/%s.rake" % pslug(S), L


# ---------------------------------------------------------------- Node
@carrier("javascript")
def c_node_config(rng, S):
    L = ["'use strict';", "", "module.exports = {", "  port: process.env.PORT || %d," % rng.choice([3000, 4000, 8080]),
         "  db: {", "    url: process.env.DATABASE_URL,", "  },", "  %s: {" % style_name(pwords(S), "camel")]
    for w, v, role in entries(rng, S, rng.randint(1, 3)):
        nm = style_name(w, "camel") if role == "fill" else style_name(w[1:] if S.obvious and len(w) > 1 else w, "camel")
        L.append("    %s: %s," % (nm, ("'%s'" % v) if role == "fill" else v.code("javascript", "'")))
    L += ["  },", "};"]
    return rng.choice(["config/default.js", "config/production.js", "src/config.js"]), L


@carrier("typescript", need="http", unnamed=True)
def c_ts_axios(rng, S):
    P = http_parts(S, rng)
    fn = rng.choice(["fetchListings", "verifyAddress", "createLinkToken", "listEnvelopes", "pullRentRoll"])
    L = ["import axios from 'axios';", "import { logger } from '../logger';", "",
         "export async function %s(): Promise<unknown> {" % fn]
    L += ["  " + l for l in http_js(P, "typescript")]
    L += ["  logger.debug({ status: res.status }, '%s ok');" % fn, "  return res.data;", "}"]
    return rng.choice(["src/lib/%s.ts" % pslug(S), "src/services/%s.service.ts" % pslug(S)]), L


@carrier("yaml")
def c_serverless(rng, S):
    L = ["service: %s" % rng.choice(["listing-ingest", "lease-docs", "quote-rater", "income-verify"]), "",
         "provider:", "  name: aws", "  runtime: nodejs18.x", "  region: %s" % rng.choice(["us-east-1", "us-west-2"]),
         "  environment:", "    NODE_ENV: production"]
    for w, v, role in entries(rng, S, rng.randint(1, 3)):
        L += yaml_kv(style_name(w, "screaming"), v, "    ")
    L += ["", "functions:", "  handler:", "    handler: src/handler.main", "    events:",
          "      - schedule: rate(%d minutes)" % rng.choice([5, 15, 30])]
    return "serverless.yml", L


# ---------------------------------------------------------------- SQL
@carrier("sql")
def c_sql_seed(rng, S):
    L = ["-- seed data for integration_credentials (%s)" % rng.choice(["staging", "prod bootstrap", "demo tenant"]),
         "BEGIN;", "", "INSERT INTO integration_credentials (tenant_id, provider, %s%s, created_at)" %
         ("client_id, " if S.ident is not None else "", "secret_value" if S.obvious else "value"), "VALUES"]
    idv = ("'%s', " % S.ident.cfg("sql")) if S.ident is not None else ""
    L.append("  (%d, '%s', %s'%s', now());" % (rng.randint(1, 400), S.K["slug"], idv, S.sec.cfg("sql")))
    L += ["", "INSERT INTO feature_flags (tenant_id, flag, enabled) VALUES (%d, '%s_sync', true);" % (rng.randint(1, 400), S.K["slug"]),
          "", "COMMIT;"]
    return rng.choice(["db/seeds/integrations.sql", "sql/seed_integrations.sql", "database/seeds/%s.sql" % S.K["slug"]]), L


@carrier("sql")
def c_sql_migration(rng, S):
    col = S.name("snake")
    ver = rng.randint(10, 140)
    L = ["-- V%d__configure_%s.sql" % (ver, S.K["slug"]),
         "ALTER TABLE feed_configs ADD COLUMN IF NOT EXISTS %s TEXT;" % col]
    if S.ident is not None:
        L.append("ALTER TABLE feed_configs ADD COLUMN IF NOT EXISTS %s TEXT;" % S.idname("snake"))
    L += ["", "UPDATE feed_configs", "   SET %s = '%s'" % (col, S.sec.cfg("sql")) + ("," if S.ident is not None else "")]
    if S.ident is not None:
        L.append("       %s = '%s'" % (S.idname("snake"), S.ident.cfg("sql")))
    L += [" WHERE feed_code = '%s';" % rng.choice(["ACTRIS", "HAR", "STELLAR", "MAIN"]), ""]
    return "migrations/V%d__configure_%s.sql" % (ver, S.K["slug"]), L


# ---------------------------------------------------------------- XML / SOAP
@carrier("xml", need="soap")
def c_soap_envelope(rng, S):
    K = S.K
    if K["auth"] == "acord":
        L = ['<?xml version="1.0" encoding="UTF-8"?>', "<ACORD>", "  <SignonRq>", "    <SignonPswd>", "      <CustId>",
             "        <SPName>com.ezlynx</SPName>",
             "        <CustLoginId>%s</CustLoginId>" % (S.ident.cfg("xml") if S.ident is not None else "agency"),
             "      </CustId>", "      <CustPswd>", "        <EncryptionTypeCd>NONE</EncryptionTypeCd>",
             "        <Pswd>%s</Pswd>" % S.sec.cfg("xml"), "      </CustPswd>", "    </SignonPswd>",
             "    <ClientDt>%d-%02d-%02dT09:30:00</ClientDt>" % (rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28)),
             "    <CustLangPref>en-US</CustLangPref>", "    <ClientApp>", "      <Org>%s</Org>" % rng.choice(["Harborline Agency", "Summit Insurance Group"]),
             "      <Name>QuoteBridge</Name>", "      <Version>%d.%d</Version>" % (rng.randint(1, 4), rng.randint(0, 9)), "    </ClientApp>",
             "  </SignonRq>", "  <InsuranceSvcRq>", "    <RqUID>%s</RqUID>" % rand_guid(rng),
             "    <PersAutoPolicyQuoteInqRq>", "      <TransactionRequestDt>%d-%02d-%02d</TransactionRequestDt>" % (rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28)),
             "      <CurCd>USD</CurCd>", "      <PersPolicy>", "        <LOBCd>AUTOP</LOBCd>",
             "        <ContractTerm><DurationPeriod><NumUnits>6</NumUnits><UnitMeasurementCd>MON</UnitMeasurementCd></DurationPeriod></ContractTerm>",
             "      </PersPolicy>", "    </PersAutoPolicyQuoteInqRq>", "  </InsuranceSvcRq>", "</ACORD>"]
        return rng.choice(["soap/ezlynx_quote_request.xml", "src/test/resources/acord/auto_quote_rq.xml", "templates/acord/signon.xml"]), L
    if K["key"] == "appliedepic":
        L = ['<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">', "  <s:Header>",
             '    <h:MessageHeader xmlns:h="http://webservices.appliedsystems.com/epic/sdk/2009/07/">',
             "      <h:AuthenticationKey>%s</h:AuthenticationKey>" % S.sec.cfg("xml"),
             "      <h:DatabaseName>%s</h:DatabaseName>" % rng.choice(["EPIC_PROD", "Epic_Live", "EPICTRAIN"]),
             "    </h:MessageHeader>", "  </s:Header>", "  <s:Body>",
             '    <Get_Policy xmlns="http://webservices.appliedsystems.com/epic/sdk/2009/07/">',
             "      <PolicyFilterObject>", "        <PolicyNumber>%s</PolicyNumber>" % policy_number(rng),
             "      </PolicyFilterObject>", "      <PageNumber>1</PageNumber>", "    </Get_Policy>", "  </s:Body>", "</s:Envelope>"]
        return rng.choice(["soap/epic/get_policy.xml", "samples/EpicSdk/GetPolicy.request.xml"]), L
    # Yardi
    L = ['<?xml version="1.0" encoding="utf-8"?>',
         '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
         "  <soap:Body>", '    <GetResidentTransactions_Login xmlns="http://tempuri.org/YSI.Interfaces.WebServices/ItfResidentTransactions20">',
         "      <UserName>%s</UserName>" % (S.ident.cfg("xml") if S.ident is not None else "ws_portal"),
         "      <Password>%s</Password>" % S.sec.cfg("xml"),
         "      <ServerName>%s</ServerName>" % rng.choice(["afqoml_live", "yardi_prod01", "ysqlpcv"]),
         "      <Database>%s</Database>" % rng.choice(["afqoml_live", "voyager_prod"]),
         "      <Platform>SQL Server</Platform>", "      <YardiPropertyId>%s</YardiPropertyId>" % rng.choice(["pm101", "rvw220", "oak14"]),
         "      <InterfaceEntity>%s</InterfaceEntity>" % rng.choice(["Keystone Portal", "Acme Resident App"]),
         "    </GetResidentTransactions_Login>", "  </soap:Body>", "</soap:Envelope>"]
    return rng.choice(["soap/yardi/GetResidentTransactions.xml", "integration/yardi/request-templates/login.xml"]), L


@carrier("xml")
def c_xml_connector(rng, S):
    L = ['<?xml version="1.0" encoding="UTF-8"?>', "<connectors>",
         '  <connector name="%s" enabled="true">' % S.K["slug"], "    <endpoint>%s</endpoint>" % kurl(S.K, rng).split("?")[0].replace("&", "&amp;")]
    for w, v, role in entries(rng, S, rng.randint(1, 3)):
        tag = style_name(w, "camel")
        t = vtext(v, "xml")
        if "\n" in t:
            L.append("    <%s><![CDATA[%s]]></%s>" % (tag, t, tag))
        else:
            L.append("    <%s>%s</%s>" % (tag, t, tag))
    L += ["  </connector>", "</connectors>"]
    return rng.choice(["config/connectors.xml", "src/main/resources/connectors.xml", "conf/%s-connector.xml" % S.K["slug"]]), L


# ---------------------------------------------------------------- INI / properties / HOCON / TOML
@carrier("ini")
def c_ini(rng, S):
    L = ["; %s" % rng.choice(["ETL runtime configuration", "feed settings", "connector config"]), "[general]",
         "log_file = /var/log/%s.log" % S.K["slug"], "workers = %d" % rng.randint(2, 8), "", "[%s]" % S.K["slug"]]
    for w, v, role in entries(rng, S, rng.randint(1, 3)):
        L.append("%s = %s" % (style_name(w, "snake"), vtext(v, "ini")))
    L += ["", "[warehouse]", "dsn = postgresql://etl@warehouse:5432/analytics", "schema = staging"]
    return rng.choice(["config/etl.ini", "settings.cfg", "conf/%s.ini" % S.K["slug"]]), L


@carrier("hocon", need="nopem")
def c_hocon(rng, S):
    L = ["play.http.secret.key = ${?APPLICATION_SECRET}", "play.i18n.langs = [\"en\"]", "",
         "%s {" % S.K["slug"]]
    for w, v, role in entries(rng, S, rng.randint(1, 3)):
        t = vtext(v, "hocon")
        if t.startswith("${"):
            L.append("  %s = %s" % (style_name(w, "camel"), t))
        else:
            L.append('  %s = "%s"' % (style_name(w, "camel"), t))
    L += ["}"]
    return "conf/application.conf", L


@carrier("toml", need="nopem")
def c_toml(rng, S):
    L = ["[server]", 'bind = "0.0.0.0:%d"' % rng.choice([8000, 8080]), "", "[integrations.%s]" % S.K["slug"]]
    for w, v, role in entries(rng, S, rng.randint(1, 3)):
        t = vtext(v, "toml")
        L.append("%s = %s" % (style_name(w, "snake"), rq(t)))
    L += ["", "[database]", 'url = "postgres://app@db/app"', "pool = 10"]
    return rng.choice(["config/production.toml", "config.toml", "settings/%s.toml" % S.K["slug"]]), L


# ---------------------------------------------------------------- YAML deploy
@carrier("yaml")
def c_compose(rng, S):
    svc = rng.choice(["listing-sync", "worker", "api", "rater", "signing"])
    L = ["version: \"3.8\"", "", "services:", "  %s:" % svc,
         "    image: ghcr.io/%s/%s:%s" % (rng.choice(["keystonepm", "acmerealty", "harborline"]), svc, rng.choice(["latest", "1.4.2", "main"])),
         "    restart: unless-stopped", "    depends_on:", "      - db", "    environment:"]
    style = rng.random() < 0.5
    for w, v, role in entries(rng, S, rng.randint(1, 4)):
        t = vtext(v, "docker")
        if style:
            if "\n" in t:
                t = t.replace("\n", "\\n")
            L.append("      - %s=%s" % (style_name(w, "screaming"), t))
        else:
            L += yaml_kv(style_name(w, "screaming"), Val(t) if isinstance(v, Val) and v.is_lit() else t, "      ")
    L += ["", "  db:", "    image: postgres:15", "    environment:", "      POSTGRES_DB: app",
          "      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password", "    volumes:", "      - pgdata:/var/lib/postgresql/data",
          "", "volumes:", "  pgdata:"]
    return rng.choice(["docker-compose.yml", "docker-compose.prod.yml", "deploy/compose.yaml"]), L


@carrier("yaml")
def c_k8s_secret(rng, S):
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-credentials" % S.K["slug"],
         "  namespace: %s" % rng.choice(["integrations", "prod", "default", "pm-portal"]), "  labels:",
         "    app.kubernetes.io/part-of: %s" % rng.choice(["listing-platform", "claims", "matters"]), "type: Opaque", "stringData:"]
    for w, v, role in entries(rng, S, rng.randint(0, 2)):
        L += yaml_kv(style_name(w, rng.choice(["screaming", "kebab"])), v, "  ")
    return rng.choice(["k8s/%s-secret.yaml" % S.K["slug"], "deploy/k8s/secrets.yaml", "manifests/%s/secret.yml" % S.K["slug"]]), L


@carrier("yaml")
def c_helm_values(rng, S):
    L = ["replicaCount: %d" % rng.randint(1, 4), "", "image:", "  repository: registry.gitlab.com/%s/%s" % (rng.choice(["keystone", "acme"]), S.K["slug"]),
         "  tag: \"%d.%d.%d\"" % (rng.randint(0, 3), rng.randint(0, 20), rng.randint(0, 9)), "", "resources:", "  limits:",
         "    memory: 512Mi", "", "config:"]
    for w, v, role in entries(rng, S, rng.randint(1, 3)):
        L += yaml_kv(style_name(w, "camel"), v, "  ")
    return "charts/%s/values%s.yaml" % (rng.choice(["api", "worker", "sync"]), rng.choice(["", "-prod", "-staging"])), L


@carrier("yaml")
def c_ansible_vars(rng, S):
    L = ["---", "# group vars for %s hosts" % rng.choice(["etl", "app", "worker"]), "app_user: deploy",
         "app_root: /srv/%s" % rng.choice(["idx", "portal", "rater"]), ""]
    for w, v, role in entries(rng, S, rng.randint(1, 3)):
        L += yaml_kv(style_name(w, "snake"), v, "", "jinja")
    return rng.choice(["ansible/group_vars/production.yml", "group_vars/etl/vars.yml", "inventories/prod/group_vars/all.yml"]), L


@carrier("dockerfile", need="nopem")
def c_dockerfile(rng, S):
    base = rng.choice(["python:3.11-slim", "node:18-alpine", "eclipse-temurin:17-jre", "php:8.2-fpm"])
    L = ["FROM %s" % base, "", "WORKDIR /app", "COPY . /app", ""]
    if base.startswith("python"):
        L += ["RUN pip install --no-cache-dir -r requirements.txt", ""]
    elif base.startswith("node"):
        L += ["RUN npm ci --omit=dev", ""]
    envs = []
    for w, v, role in entries(rng, S, rng.randint(1, 3)):
        envs.append("%s=%s" % (style_name(w, "screaming"), dq(vtext(v, "docker"))))
    if rng.random() < 0.5:
        L += ["ENV " + e for e in envs]
    else:
        L += ["ENV " + (" \\\n    ".join(envs))]
    L += ["", "EXPOSE 8080", "CMD %s" % rng.choice(['["python", "-m", "app"]', '["node", "server.js"]', '["java", "-jar", "app.jar"]', '["php-fpm"]'])]
    return rng.choice(["Dockerfile", "docker/%s.Dockerfile" % S.K["slug"], "services/sync/Dockerfile"]), "\n".join(L).split("\n")


# ---------------------------------------------------------------- CI
@carrier("yaml")
def c_gha(rng, S):
    L = ["name: %s" % rng.choice(["deploy", "nightly-sync", "integration-tests"]), "", "on:", "  push:", "    branches: [main]",
         "  workflow_dispatch:", "", "jobs:", "  run:", "    runs-on: ubuntu-latest", "    env:"]
    for w, v, role in entries(rng, S, rng.randint(1, 3)):
        t = vtext(v, "gha")
        if "\n" in t:
            t = t.replace("\n", "\\n")
        L += yaml_kv(style_name(w, "screaming"), t, "      ")
    L += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5", "        with:",
          "          python-version: \"3.11\"", "      - run: pip install -r requirements.txt",
          "      - run: python -m pytest tests/integration -q"]
    return ".github/workflows/%s.yml" % rng.choice(["deploy", "nightly", "integration"]), L


@carrier("yaml")
def c_gitlab_ci(rng, S):
    L = ["stages:", "  - test", "  - deploy", "", "variables:", "  PIP_CACHE_DIR: \"$CI_PROJECT_DIR/.cache/pip\""]
    for w, v, role in entries(rng, S, rng.randint(1, 3)):
        t = vtext(v, "gitlab")
        if "\n" in t:
            t = t.replace("\n", "\\n")
        L += yaml_kv(style_name(w, "screaming"), t, "  ")
    L += ["", "integration:", "  stage: test", "  image: python:3.11", "  script:", "    - pip install -r requirements.txt",
          "    - pytest -m integration", "", "deploy:", "  stage: deploy", "  script:", "    - ./scripts/deploy.sh", "  only:", "    - main"]
    return ".gitlab-ci.yml", L


@carrier("groovy", need="nopem")
def c_jenkinsfile(rng, S):
    L = ["pipeline {", "  agent { label 'docker' }", "  environment {"]
    for w, v, role in entries(rng, S, rng.randint(1, 3)):
        if isinstance(v, Val) and not v.is_lit():
            L.append("    %s = credentials('%s')" % (style_name(w, "screaming"), style_name(w, "kebab")))
        else:
            L.append("    %s = '%s'" % (style_name(w, "screaming"), vtext(v, "shell")))
    L += ["  }", "  stages {", "    stage('Sync') {", "      steps {", "        sh './gradlew run --args=\"--full\"'",
          "      }", "    }", "  }", "  post {", "    failure { slackSend channel: '#integrations', message: \"Sync failed: ${env.BUILD_URL}\" }",
          "  }", "}"]
    return "Jenkinsfile", L


# ---------------------------------------------------------------- docs
@carrier("markdown", need="http", unnamed=True)
def c_md_runbook(rng, S):
    P = http_parts(S, rng)
    L = ["# Runbook: %s sync failures" % S.K["provider"], "",
         "_Owner: %s. Last updated %d-%02d-%02d._" % (rng.choice(["integrations", "data-eng", "platform"]), rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28)), "",
         "## Symptoms", "", "- Dashboard shows stale %s." % rng.choice(["listings", "rent rolls", "quotes", "envelopes", "verifications"]),
         "- `sync_failures_total` alert fires in #oncall.", "", "## Check the upstream by hand", "", "```bash"]
    L += http_curl(P)
    L += ["```", "", "A 401 means the credential was rotated; a 429 means we hit the rate limit, wait 15 minutes.", "",
          "## Escalation", "", "1. Page the integrations on-call.", "2. Open a ticket with %s support." % S.K["provider"]]
    return rng.choice(["notes/runbook.md", "docs/runbooks/%s.md" % S.K["slug"], "ops/RUNBOOK-%s.md" % S.K["slug"]]), L


@carrier("markdown")
def c_md_setup(rng, S):
    L = ["# Local setup", "", "1. Copy the sample env: `cp .env.example .env`", "2. Fill in the %s credentials:" % S.K["provider"], "",
         "| Setting | Value |", "|---|---|"]
    for w, v, role in entries(rng, S, rng.randint(1, 3)):
        t = vtext(v, "md")
        if "\n" in t:
            t = t.replace("\n", "\\n")
        L.append("| `%s` | `%s` |" % (style_name(w, "screaming"), t))
    L += ["", "3. Run `make dev` and open http://localhost:8080.", "", "Ask in #integrations if anything is unclear."]
    return rng.choice(["docs/SETUP.md", "docs/local-dev.md", "CONTRIBUTING.md"]), L


# ---------------------------------------------------------------- CSV
@carrier("csv", need="nopem")
def c_csv_export(rng, S):
    hdr = ["tenant", "provider", "environment"]
    if S.ident is not None:
        hdr.append("client_id")
    hdr += ["secret" if S.obvious else "value", "updated_at"]
    L = [",".join(hdr)]
    me = rng.randint(1, 4)
    for i in range(rng.randint(3, 8)):
        tenant = rng.choice(["keystone", "acme", "harborline", "bayview", "summit", "oakridge"]) + "-%d" % rng.randint(1, 99)
        if i == me:
            row = [tenant, S.K["slug"], "production"]
            if S.ident is not None:
                row.append(S.ident.cfg("csv"))
            row += [S.sec.cfg("csv"), "%d-%02d-%02d" % (rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28))]
        else:
            row = [tenant, rng.choice(["mailchimp", "twilio", S.K["slug"]]), rng.choice(["sandbox", "production"])]
            if S.ident is not None:
                row.append("")
            row += [rng.choice(["(vault)", "", "see 1Password", "rotated"]), "%d-%02d-%02d" % (rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28))]
        L.append(",".join(row))
    return rng.choice(["exports/integration_settings.csv", "data/tenants_integrations.csv", "reports/credential_inventory.csv"]), L


# ---------------------------------------------------------------- shell / http / tf / postman / go / pem
@carrier("shell", need="http", unnamed=True)
def c_shell_smoke(rng, S):
    P = http_parts(S, rng)
    L = ["#!/usr/bin/env bash", "# smoke test against %s" % S.K["provider"], "set -euo pipefail", ""]
    if S.obvious and rng.random() < 0.6:
        nm = S.name("screaming")
        L.append("%s=%s" % (nm, dq(S.sec.cfg("shell")) if S.sec.is_lit() else '"${%s:?missing}"' % S.sec.env))
        L.append("")
        P = subst(P, S.sec, Val("", env=nm))
    L += http_curl(P)
    L += ["", "echo \"ok\""]
    return rng.choice(["scripts/smoke_test.sh", "bin/check-%s.sh" % S.K["slug"], "tools/ping_upstream.sh"]), L


@carrier("http", need="http", unnamed=True)
def c_http_file(rng, S):
    L = ["### %s" % rng.choice(["List records", "Health check", "Create link token", "Verify address"]),
         "# @name %s" % style_name(pwords(S), "camel")]
    L += http_file(http_parts(S, rng))
    L += ["", "### Ping", "GET https://httpbin.org/status/200"]
    return rng.choice(["api.http", "requests/%s.http" % S.K["slug"], "docs/http/%s.http" % S.K["slug"]]), L


@carrier("terraform")
def c_tfvars(rng, S):
    L = ["environment = \"%s\"" % rng.choice(["prod", "staging"]), "region      = \"%s\"" % rng.choice(["us-east-1", "us-west-2"]),
         "instance_count = %d" % rng.randint(1, 6), ""]
    for w, v, role in entries(rng, S, rng.randint(1, 3)):
        L.append("%s = \"%s\"" % (style_name(w, "snake"), vtext(v, "tfvars")))
    return rng.choice(["terraform/prod.tfvars", "infra/envs/staging.auto.tfvars", "terraform.tfvars"]), L


@carrier("json")
def c_postman_env(rng, S):
    vals = []
    for w, v, role in entries(rng, S, rng.randint(1, 3)):
        vals.append((style_name(w, "camel"), vtext(v, "postman")))
    L = ["{", '  "id": "%s",' % rand_guid(rng), '  "name": "%s %s",' % (S.K["provider"], rng.choice(["Prod", "Sandbox", "QA"])), '  "values": [']
    for i, (k, t) in enumerate(vals):
        L += ["    {", '      "key": "%s",' % k, '      "value": "%s",' % t, '      "type": "%s",' % ("secret" if i % 2 else "default"), '      "enabled": true',
              "    }" + ("," if i < len(vals) - 1 else "")]
    L += ["  ],", '  "_postman_variable_scope": "environment"', "}"]
    return "postman/%s.postman_environment.json" % S.K["slug"], L


@carrier("go", need="nopem")
def c_go_config(rng, S):
    L = ["package config", "", "import \"os\"", "", "// Defaults used when the environment does not override them.", "const ("]
    lit_lines, env_lines = [], []
    for w, v, role in entries(rng, S, rng.randint(1, 3)):
        nm = style_name(w, "camel")
        if role == "fill" or v.is_lit():
            lit_lines.append('\t%s = "%s"' % (nm, v if role == "fill" else v.text))
        else:
            env_lines.append((nm, v))
    L += lit_lines + [")", ""]
    L += ["func Load() map[string]string {", "\tm := map[string]string{}", '\tm["region"] = os.Getenv("AWS_REGION")']
    for nm, v in env_lines:
        L.append('\tm["%s"] = %s' % (nm, v.code("go")))
    L += ["\treturn m", "}"]
    return rng.choice(["internal/config/config.go", "pkg/%s/config.go" % S.K["slug"]]), L


@carrier("pem", need="pem")
def c_pem_file(rng, S):
    L = S.sec.text.split("\n") if S.sec.is_lit() else ["# key is mounted from %s at runtime" % S.sec.env]
    return rng.choice(["keys/docusign_private.pem", "config/docusign/private.key", "certs/ds_jwt_rsa.pem"]), L


# --------------------------------------------------------------------------
# domain identifiers (never secrets)
# --------------------------------------------------------------------------
GEOHASH32 = "0123456789bcdefghjkmnpqrstuvwxyz"


def mls_id(rng):
    f = rng.randrange(5)
    if f == 0:
        return "%s%08d" % (rng.choice(["SR", "OC", "PW", "IV", "SB", "CV"]), rng.randint(21000000, 24999999))
    if f == 1:
        return "%s%07d" % (rng.choice(["A", "T", "O", "U", "F"]), rng.randint(4000000, 7999999))
    if f == 2:
        return "%s%d" % (rng.choice(["MDBA", "VAFX", "DCDC", "PAMC"]), rng.randint(2000000, 2099999))
    if f == 3:
        return str(rng.randint(1900000, 2299999))
    return "RX-%08d" % rng.randint(10000000, 11099999)


def apn(rng):
    f = rng.randrange(4)
    if f == 0:
        return "%03d-%03d-%02d" % (rng.randint(1, 999), rng.randint(1, 999), rng.randint(1, 99))
    if f == 1:
        return "%04d-%03d-%03d" % (rng.randint(2000, 8999), rng.randint(1, 999), rng.randint(1, 999))
    if f == 2:
        return "R%06d" % rng.randint(100000, 999999)
    return "%02d-%02d-%02d-%d-%03d-%04d.%03d" % (rng.randint(1, 35), rng.randint(1, 40), rng.randint(1, 30), rng.randint(1, 9),
                                                  rng.randint(1, 999), rng.randint(1, 9999), rng.randint(0, 999))


def zpid(rng):
    return str(rng.randint(2000000, 2147483647))


def policy_number(rng):
    f = rng.randrange(4)
    if f == 0:
        return "HO3-%07d-%02d" % (rng.randint(1, 9999999), rng.randint(0, 9))
    if f == 1:
        return "PAP%010d" % rng.randint(1, 9999999999)
    if f == 2:
        return "CPP-%s-%06d" % (rng.choice(["TX", "FL", "GA", "NC"]), rng.randint(1, 999999))
    return "%s%08d" % (rng.choice(["HGL", "BOP", "DP3", "WC"]), rng.randint(1, 99999999))


def claim_number(rng):
    if rng.random() < 0.5:
        return "CLM-%d-%07d" % (rng.randint(2019, 2025), rng.randint(1, 9999999))
    return "%02d-%06d-%02d" % (rng.randint(19, 25), rng.randint(1, 999999), rng.randint(1, 20))


def docket(rng):
    f = rng.randrange(3)
    if f == 0:
        return "%d:%02d-cv-%05d-%s" % (rng.randint(1, 4), rng.randint(18, 25), rng.randint(1, 99999), "".join(rng.choice(string.ascii_uppercase) for _ in range(3)))
    if f == 1:
        return "%d-CV-%06d" % (rng.randint(2019, 2025), rng.randint(1, 999999))
    return "D-%d-CV-%d-%06d" % (rng.randint(1, 400), rng.randint(19, 25), rng.randint(1, 999999))


def geohash_encode(lat, lon, n=9):
    lat_r, lon_r = [-90.0, 90.0], [-180.0, 180.0]
    bits, out, ch, even = 0, [], 0, True
    while len(out) < n:
        r, v = (lon_r, lon) if even else (lat_r, lat)
        mid = (r[0] + r[1]) / 2
        if v > mid:
            ch = (ch << 1) | 1
            r[0] = mid
        else:
            ch <<= 1
            r[1] = mid
        even = not even
        bits += 1
        if bits == 5:
            out.append(GEOHASH32[ch])
            bits, ch = 0, 0
    return "".join(out)


def doc_sha256(rng):
    return hashlib.sha256(bytes(rng.getrandbits(8) for _ in range(64))).hexdigest()


def vin(rng):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return rng.choice(["1", "2", "3", "5", "J", "W"]) + "".join(rng.choice(al) for _ in range(16))


def smarty_embedded_key(rng):
    return str(rng.randint(10 ** 17, 10 ** 19 - 1))


def lob_pub_key(rng):
    return "%s_pub_%s" % (rng.choice(["live", "test"]), rs(rng, HEX, 31))


def latlon(rng):
    return round(rng.uniform(25.5, 47.5), 6), round(rng.uniform(-122.5, -71.0), 6)


SMARTY_DOC_EMBEDDED_KEY = "3550738597428721952"      # sample embedded key in Smarty's authentication docs
TRUV_DOC_CLIENT_ID = "dd21ca23c12142b6a0970b1e0afedf16"  # sample client_id in Truv's API reference
DROPBOX_SIGN_DOC_PLACEHOLDER = "YOUR_SECRET_API_KEY_HERE"


# --------------------------------------------------------------------------
# negative slot fillers for re-used carriers
# --------------------------------------------------------------------------
def neg_slot(rng, K, carrier_name):
    """Return (Slot, neg_kind) with innocent values in the secret slot."""
    obvious = rng.random() < 0.7
    words = None
    env = K["env"]
    choice = rng.choices(["placeholder", "env", "manager", "masked", "empty", "special"],
                         [22, 30, 14, 12, 6, 16])[0]
    special_ok = K["key"] in ("lob", "smarty", "docusign_rsa", "dropboxsign", "truv", "bridge", "zillow", "mlsgrid")
    if choice == "special" and not special_ok:
        choice = "placeholder"
    if carrier_name == "pem_file":
        choice = "env"
    ident = None
    nk = choice
    if choice == "placeholder":
        if K["cat"] == "password":
            t = rng.choice(["changeme", "<password>", "CHANGE_ME", "YOUR_PASSWORD", "********", "password-goes-here", "TBD"])
        else:
            t = rng.choice(["YOUR_%s" % env, "<%s>" % style_name(K["words"], "kebab"), "your-%s-here" % style_name(K["words"][1:] or K["words"], "kebab"),
                            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "REPLACE_ME", "TODO", "<redacted>", "dummy-%s" % K["key"], "..."])
            if K["cat"] == "pem":
                t = rng.choice(["-----BEGIN RSA PRIVATE KEY-----\n<paste the key from Apps and Keys here>\n-----END RSA PRIVATE KEY-----",
                                "<contents of docusign_private.pem>", "REPLACE_WITH_PEM"])
        sec = Val(t)
    elif choice == "env":
        sec = Val("", env=env)
    elif choice == "manager":
        slug = K["key"].replace("_", "-")
        t = rng.choice(["vault:secret/data/prod/%s#%s" % (slug, style_name(K["words"][1:] or K["words"], "snake")),
                        "arn:aws:secretsmanager:%s:%012d:secret:prod/%s" % (rng.choice(["us-east-1", "us-west-2"]), rng.randint(10 ** 11, 10 ** 12 - 1), slug),
                        "@Microsoft.KeyVault(SecretUri=https://%s-kv.vault.azure.net/secrets/%s/)" % (rng.choice(["keystone", "harbor", "bayview"]), slug),
                        "projects/%s/secrets/%s/versions/latest" % (rng.choice(["acme-realty-prod", "pm-portal-prod"]), slug),
                        "op://Integrations/%s/credential" % K["provider"].split(" ")[0],
                        "ssm:/prod/%s/%s" % (slug, style_name(K["words"][-2:], "kebab"))])
        sec = Val(t)
    elif choice == "masked":
        if K["cat"] == "password":
            t = rng.choice(["********", "••••••••", "[REDACTED]", "***"])
        elif K["cat"] == "pem":
            t = "-----BEGIN RSA PRIVATE KEY-----\n[REDACTED]\n-----END RSA PRIVATE KEY-----"
        else:
            sample = K["gen"](rng)
            keep = 4
            pre = ""
            for p in ("live_", "test_", "prod-", "dev-", "sandbox-", "X1-ZWz"):
                if sample.startswith(p):
                    pre = p
            t = pre + rng.choice(["*", "•", "x"]) * rng.randint(8, 16) + sample[-keep:]
        sec = Val(t)
    elif choice == "empty":
        sec = Val("")
    else:
        k = K["key"]
        if k == "lob":
            sec = Val(lob_pub_key(rng))
            words = ["lob", "publishable", "key"]
            nk = "publishable_key"
        elif k == "smarty":
            sec = Val(rng.choice([smarty_embedded_key(rng), smarty_embedded_key(rng), SMARTY_DOC_EMBEDDED_KEY]))
            words = ["smarty", "embedded", "key"] if obvious else ["key"]
            nk = "embedded_key"
            Sx = Slot(K, sec, None, True, rng, words=words)
            return Sx, nk
        elif k == "docusign_rsa":
            sec = Val(rng.choice(["./keys/docusign_private.pem", "/run/secrets/docusign_rsa_key", "config/docusign/private.key"]))
            words = ["docusign", "private", "key", "path"]
            nk = "key_file_path"
        elif k == "dropboxsign":
            sec = Val(DROPBOX_SIGN_DOC_PLACEHOLDER)
            nk = "doc_placeholder"
        elif k == "truv":
            sec = Val("<%s>" % rng.choice(["your-access-secret", "sandbox-access-secret"]))
            ident = Val(TRUV_DOC_CLIENT_ID)
            nk = "doc_example_client_id"
        elif k == "bridge":
            sec = Val("${BRIDGE_SERVER_TOKEN}" if rng.random() < 0.5 else "<server-token>")
            words = ["bridge", "dataset"] if rng.random() < 0.5 else None
            if words:
                sec = Val(rng.choice(["test", "actris_ref", "miamire", "itso"]))
            nk = "dataset_name"
        elif k == "zillow":
            sec = Val(zpid(rng))
            words = ["zillow", "zpid"]
            nk = "zpid"
        elif k == "mlsgrid":
            sec = Val(mls_id(rng))
            words = ["mls", "listing", "id"]
            nk = "listing_id"
    if ident is None and K["idgen"] is not None:
        if K["id_public"]:
            ident = Val(K["idgen"](rng))
        elif not sec.is_lit():
            ident = Val("", env=style_name(K["id_words"], "screaming"))
        elif rng.random() < 0.5:
            ident = Val("<%s>" % style_name(K["id_words"], "kebab"))
    S = Slot(K, sec, ident, obvious if words is None else True, rng, words=words)
    if not obvious and words is None and K["obvious_only"]:
        S = Slot(K, sec, ident, True, rng)
    return S, nk


# --------------------------------------------------------------------------
# negative domain look-alike templates
# --------------------------------------------------------------------------
LOOKALIKES = []


def lookalike(filetype, provider, kind):
    def deco(f):
        LOOKALIKES.append(dict(name=f.__name__[2:], fn=f, filetype=filetype, provider=provider, kind=kind))
        return f
    return deco


STREETS = ["Oak Hollow Dr", "Maple Ave", "Riverbend Ct", "Sycamore Ln", "Lakeview Blvd", "Pecan St", "Harbor Way",
           "Juniper Ridge Rd", "Cedar Park Loop", "Bluebonnet Trl"]
CITIES = [("Austin", "TX", "787"), ("Tampa", "FL", "336"), ("Atlanta", "GA", "303"), ("Phoenix", "AZ", "850"),
          ("Raleigh", "NC", "276"), ("Denver", "CO", "802")]


def addr(rng):
    c = rng.choice(CITIES)
    return "%d %s" % (rng.randint(100, 9999), rng.choice(STREETS)), c[0], c[1], "%s%02d" % (c[2], rng.randint(1, 99))


@lookalike("csv", "MLS", "listing_ids")
def l_listings_csv(rng):
    L = ["ListingId,ListingKey,ZPID,ParcelNumber,StreetAddress,City,StateOrProvince,PostalCode,Latitude,Longitude,ListPrice,StandardStatus"]
    for _ in range(rng.randint(6, 20)):
        a = addr(rng)
        la, lo = latlon(rng)
        L.append("%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%d,%s" % (mls_id(rng), rs(rng, HEX, 32), zpid(rng), apn(rng), a[0], a[1], a[2], a[3],
                                                         la, lo, rng.randint(150, 2500) * 1000, rng.choice(["Active", "Pending", "Closed"])))
    return rng.choice(["exports/listings_%d-%02d.csv" % (rng.randint(2022, 2025), rng.randint(1, 12)), "data/mls/active_listings.csv"]), L


@lookalike("sql", "Claims", "claim_policy_numbers")
def l_claims_sql(rng):
    L = ["-- fixture claims for the adjuster dashboard", "INSERT INTO claims (claim_number, policy_number, loss_date, status, adjuster_id, document_sha256) VALUES"]
    rows = []
    for _ in range(rng.randint(4, 12)):
        rows.append("  ('%s', '%s', '%d-%02d-%02d', '%s', '%s', '%s')" % (claim_number(rng), policy_number(rng), rng.randint(2021, 2025), rng.randint(1, 12),
                                                                         rng.randint(1, 28), rng.choice(["open", "closed", "subrogation", "reserve"]), rand_guid(rng), doc_sha256(rng)))
    L += [r + "," for r in rows[:-1]] + [rows[-1] + ";"]
    return rng.choice(["db/fixtures/claims.sql", "seeds/002_claims.sql"]), L


@lookalike("markdown", "Legal", "docket_numbers")
def l_matters_md(rng):
    L = ["# Active matters -- %s" % rng.choice(["Q1", "Q2", "Q3", "Q4"]), "", "| Matter | Clio ID | Court | Docket | Next deadline |", "|---|---|---|---|---|"]
    for _ in range(rng.randint(4, 10)):
        L.append("| %s v. %s | %d | %s | `%s` | %d-%02d-%02d |" % (rng.choice(["Hale", "Ostrander", "Nguyen", "Patel", "Okafor"]), rng.choice(["Summit HOA", "Lakeview LLC", "Harbor Mutual"]),
                                                               rng.randint(1000000000, 1999999999), rng.choice(["W.D. Tex.", "Travis Cty. Dist. Ct.", "N.D. Ga.", "Maricopa Super. Ct."]),
                                                               docket(rng), rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)))
    L += ["", "Deadlines sync from Clio nightly; do not edit by hand."]
    return rng.choice(["notes/matters.md", "docs/litigation-tracker.md"]), L


@lookalike("json", "DocuSign", "envelope_account_ids")
def l_docusign_webhook(rng):
    d = {"event": "envelope-completed", "apiVersion": "v2.1", "uri": "/restapi/v2.1/accounts/%s/envelopes/%s" % (rand_guid(rng), rand_guid(rng)),
         "retryCount": 0, "configurationId": rng.randint(10000000, 19999999), "generatedDateTime": "%d-%02d-%02dT18:22:41.0000000Z" % (rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28)),
         "data": {"accountId": rand_guid(rng), "userId": rand_guid(rng), "envelopeId": rand_guid(rng),
                  "envelopeSummary": {"status": "completed", "emailSubject": "Please sign: Residential Lease %s" % rng.choice(["Unit 4B", "Unit 12", "Suite 200"]),
                                      "documentsCombinedUri": "/envelopes/%s/documents/combined" % rand_guid(rng),
                                      "recipients": {"signers": [{"recipientId": "1", "recipientIdGuid": rand_guid(rng), "status": "completed"}]},
                                      "documentHashes": [doc_sha256(rng) for _ in range(rng.randint(1, 3))]}}}
    return rng.choice(["tests/fixtures/docusign/envelope_completed.json", "spec/fixtures/connect_event.json"]), json.dumps(d, indent=2).split("\n")


@lookalike("xml", "ACORD", "policy_inquiry")
def l_acord_inquiry(rng):
    L = ['<?xml version="1.0" encoding="UTF-8"?>', "<ACORD>", "  <SignonRq>", "    <SignonTransport>",
         "      <SignonRoleCd>Agent</SignonRoleCd>", "      <CustId><SPName>com.harborline</SPName><CustLoginId>%s</CustLoginId></CustId>" % rng.choice(["agent042", "csr_team"]),
         "    </SignonTransport>", "    <ClientDt>%d-%02d-%02d</ClientDt>" % (rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28)),
         "    <CustLangPref>en-US</CustLangPref>", "  </SignonRq>", "  <InsuranceSvcRq>", "    <RqUID>%s</RqUID>" % rand_guid(rng), "    <PolicyInqRq>",
         "      <RqUID>%s</RqUID>" % rand_guid(rng), "      <PolicyNumber>%s</PolicyNumber>" % policy_number(rng),
         "      <NAICCd>%05d</NAICCd>" % rng.randint(10000, 43000), "      <ClaimsOccurrence><ItemIdInfo><OtherIdentifier><OtherId>%s</OtherId></OtherIdentifier></ItemIdInfo></ClaimsOccurrence>" % claim_number(rng),
         "    </PolicyInqRq>", "  </InsuranceSvcRq>", "</ACORD>"]
    return rng.choice(["samples/acord/policy_inquiry.xml", "src/test/resources/acord/PolicyInqRq.xml"]), L


@lookalike("javascript", "Lob", "publishable_key")
def l_lob_autocomplete(rng):
    k = lob_pub_key(rng)
    L = ["// Address autocomplete on the listing inquiry form.", "// Publishable key: limited to verifications/autocomplete, safe for the browser.",
         "const LOB_PUBLISHABLE_KEY = '%s';" % k, "",
         "export async function suggest(prefix) {",
         "  const res = await fetch('https://api.lob.com/v1/us_autocompletions', {", "    method: 'POST',",
         "    headers: {", "      'Authorization': 'Basic ' + btoa(LOB_PUBLISHABLE_KEY + ':'),", "      'Content-Type': 'application/json',", "    },",
         "    body: JSON.stringify({ address_prefix: prefix, city: '%s' }),", "  });" , "  return (await res.json()).suggestions || [];", "}"]
    L[11] = L[11] % addr(rng)[1]
    return rng.choice(["frontend/src/address-autocomplete.js", "assets/js/lob-autocomplete.js"]), L


@lookalike("html", "Smarty", "embedded_key")
def l_smarty_html(rng):
    key = rng.choice([smarty_embedded_key(rng), SMARTY_DOC_EMBEDDED_KEY])
    L = ["<!doctype html>", "<html lang=\"en\">", "<head>", "  <meta charset=\"utf-8\">", "  <title>Schedule a showing</title>",
         "  <script src=\"https://d79i1fxsrar4t.cloudfront.net/jquery.liveaddress/5.2/jquery.liveaddress.min.js\"></script>", "</head>", "<body>",
         "  <form id=\"showing\">", "    <input name=\"street\" placeholder=\"Street\">", "    <input name=\"city\"> <input name=\"state\"> <input name=\"zip\">",
         "  </form>", "  <script>", "    // Smarty embedded key (website key) -- restricted to our hostnames, public by design",
         "    $.LiveAddress({ key: \"%s\", waitForStreet: true, debug: false });" % key, "  </script>", "</body>", "</html>"]
    return rng.choice(["public/showing.html", "templates/partials/address_form.html"]), L


@lookalike("python", "Zillow", "zpid")
def l_zpid_py(rng):
    zs = [zpid(rng) for _ in range(rng.randint(4, 9))]
    L = ['"""Build deep links for the comps email."""', "", "ZPIDS = ["] + ["    %s,  # %s" % (z, addr(rng)[0]) for z in zs] + [
        "]", "", "", "def homedetails_url(zpid: int) -> str:", '    return f"https://www.zillow.com/homedetails/{zpid}_zpid/"', "", "",
        "def all_links():", "    return [homedetails_url(z) for z in ZPIDS]"]
    return rng.choice(["marketing/comps_links.py", "tools/zpid_links.py"]), L


@lookalike("geojson", "County GIS", "apn_geocode")
def l_parcels_geojson(rng):
    feats = []
    for _ in range(rng.randint(2, 3)):
        la, lo = latlon(rng)
        feats.append({"type": "Feature", "properties": {"apn": apn(rng), "geohash": geohash_encode(la, lo), "situs": addr(rng)[0], "land_use": rng.choice(["SFR", "MF", "COMM"])},
                      "geometry": {"type": "Point", "coordinates": [lo, la]}})
    d = {"type": "FeatureCollection", "features": feats}
    return rng.choice(["data/parcels/sample.geojson", "gis/parcels_subset.geojson"]), json.dumps(d, indent=2).split("\n")


@lookalike("text", "Closing docs", "document_hashes")
def l_sha256sums(rng):
    names = ["closing_disclosure.pdf", "deed_of_trust.pdf", "promissory_note.pdf", "title_commitment.pdf", "alta_settlement.pdf",
             "hoa_estoppel.pdf", "lease_agreement_signed.pdf", "survey.pdf"]
    L = ["%s  %s" % (doc_sha256(rng), n) for n in rng.sample(names, rng.randint(5, 8))]
    return rng.choice(["closing/%s/SHA256SUMS" % rng.randint(24000, 24999), "archive/escrow-%d/SHA256SUMS" % rng.randint(1000, 9999)]), L


@lookalike("yaml", "i18n", "ui_strings")
def l_i18n(rng):
    L = ["en:", "  integrations:", "    title: \"Connected services\"", "    api_key: \"API key\"", "    secret_key: \"Secret key\"",
         "    secret_key_hint: \"Your live secret key starts with live_ and is shown only once.\"",
         "    password: \"Password\"", "    password_placeholder: \"Enter your RETS password\"", "    auth_token: \"Auth token\"",
         "    token_saved: \"Token saved. We will never display it again.\"", "    rotate: \"Rotate credentials\"",
         "    docusign:", "      integration_key: \"Integration key (GUID)\"", "      rsa_key: \"RSA private key (paste the full PEM)\"",
         "  errors:", "    invalid_token: \"The %{provider} token was rejected (HTTP 401).\""]
    return rng.choice(["config/locales/en.yml", "locales/en/integrations.yml"]), L


@lookalike("python", "Webhooks", "hmac_test_vector")
def l_hmac_test(rng):
    body = json.dumps({"event": "order.updated", "order_id": rng.randint(10000, 99999), "status": "clear_to_close"}, separators=(",", ":"))
    key = b"unit-test-only-not-a-secret"
    sig = hmac.new(key, body.encode(), hashlib.sha256).hexdigest()
    L = ["import hashlib", "import hmac", "", "from app.webhooks import verify_signature", "",
         "FIXTURE_KEY = b\"unit-test-only-not-a-secret\"", "BODY = %r" % body,
         "EXPECTED_SIG = \"%s\"" % sig, "", "", "def test_signature_roundtrip():",
         "    assert hmac.new(FIXTURE_KEY, BODY.encode(), hashlib.sha256).hexdigest() == EXPECTED_SIG", "", "",
         "def test_verify_rejects_tampered_body():", "    assert not verify_signature(FIXTURE_KEY, BODY + \" \", EXPECTED_SIG)"]
    return rng.choice(["tests/test_webhook_signature.py", "tests/unit/test_qualia_webhooks.py"]), L


@lookalike("pem", "DocuSign", "public_key")
def l_public_pem(rng):
    return rng.choice(["keys/docusign_public.pem", "config/docusign/public.key", "certs/ds_jwt_rsa.pub.pem"]), public_key_pem(rng).split("\n")


@lookalike("dotenv", "multiple", "env_example")
def l_env_example(rng):
    ks = rng.sample(KINDS, rng.randint(4, 8))
    L = ["# Copy to .env and fill in. Never commit the real file.", "APP_ENV=local", ""]
    for K in ks:
        if K["idgen"] is not None and not K["id_public"]:
            L.append("%s=" % style_name(K["id_words"], "screaming"))
        L.append("%s=%s" % (K["env"], rng.choice(["", "changeme" if K["cat"] == "password" else "your-key-here", "<%s>" % K["slug"], "xxx"])))
    return rng.choice([".env.example", ".env.sample", "config/.env.template"]), L


@lookalike("log", "multiple", "masked_log")
def l_masked_log(rng):
    L = []
    for i in range(rng.randint(8, 16)):
        K = rng.choice(KINDS)
        L.append("%d-%02d-%02dT%02d:%02d:%02dZ %s [%s] request_id=%s trace_id=%s provider=%s auth=%s status=%d" % (
            2024, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59),
            rng.choice(["INFO", "WARN"]), rng.choice(["sync", "rater", "signer"]), rand_guid(rng), rs(rng, HEX, 32), K["slug"],
            rng.choice(["****" + rs(rng, HEX, 4), "[REDACTED]", "<masked>", "***"]), rng.choice([200, 200, 200, 401, 429, 503])))
    return rng.choice(["logs/sync-2024.log", "docs/incident-samples/sync.log"]), L


@lookalike("yaml", "SOPS", "ciphertext")
def l_sops(rng):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode(),
                                                                   base64.b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode(),
                                                                   base64.b64encode(bytes(rng.getrandbits(8) for _ in range(16))).decode())
    ks = rng.sample(KINDS, rng.randint(2, 4))
    L = ["%s: %s" % (style_name(K["words"], "snake"), enc(rng.randint(16, 48))) for K in ks]
    L += ["sops:", "    age:", "        - recipient: age1%s" % "".join(rng.choice("023456789acdefghjklmnpqrstuvwxyz") for _ in range(58)),
          "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----"]
    blob = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(180))).decode()
    L += ["            " + blob[i:i + 64] for i in range(0, len(blob), 64)]
    L += ["            -----END AGE ENCRYPTED FILE-----", "    lastmodified: \"%d-%02d-%02dT10:00:00Z\"" % (rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28)),
          "    mac: %s" % enc(32), "    version: 3.8.1"]
    return rng.choice(["secrets/prod.enc.yaml", "deploy/secrets.sops.yaml"]), L


@lookalike("yaml", "Kubernetes", "external_secret_refs")
def l_external_secret(rng):
    ks = rng.sample(KINDS, rng.randint(2, 4))
    L = ["apiVersion: external-secrets.io/v1beta1", "kind: ExternalSecret", "metadata:", "  name: integrations", "spec:",
         "  refreshInterval: 1h", "  secretStoreRef:", "    name: aws-secrets-manager", "    kind: ClusterSecretStore", "  data:"]
    for K in ks:
        L += ["    - secretKey: %s" % K["env"], "      remoteRef:", "        key: prod/%s" % K["slug"], "        property: %s" % style_name(K["words"][1:] or K["words"], "snake")]
    return "k8s/external-secret.yaml", L


@lookalike("json", "Azure", "keyvault_refs")
def l_keyvault(rng):
    ks = rng.sample(KINDS, rng.randint(2, 4))
    L = ["{", '  "Integrations": {']
    items = ['    "%s": "@Microsoft.KeyVault(SecretUri=https://%s-kv.vault.azure.net/secrets/%s/)"' % (style_name(K["words"], "pascal"), rng.choice(["keystone", "harbor"]), K["slug"].replace("_", "-")) for K in ks]
    L += [x + "," for x in items[:-1]] + [items[-1], "  },", '  "AccountId": "%s"' % rand_guid(rng), "}"]
    return rng.choice(["appsettings.Production.json", "src/Functions/local.settings.template.json"]), L


@lookalike("csv", "Insurance", "policy_export")
def l_policies_csv(rng):
    L = ["policy_number,named_insured,naic,effective_date,premium,vin,claim_number"]
    for _ in range(rng.randint(5, 15)):
        L.append("%s,%s,%05d,%d-%02d-01,%d.%02d,%s,%s" % (policy_number(rng), rng.choice(["J. Alvarez", "M. Chen", "R. Okafor", "S. Patel"]), rng.randint(10000, 43000),
                                                      rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(300, 4000), rng.randint(0, 99), vin(rng), rng.choice(["", claim_number(rng)])))
    return rng.choice(["exports/policies_in_force.csv", "reports/renewals.csv"]), L


@lookalike("csv", "Yardi", "rent_roll")
def l_rent_roll(rng):
    L = ["property_code,unit,tenant_code,lease_id,lease_start,lease_end,market_rent,balance"]
    for _ in range(rng.randint(6, 16)):
        L.append("%s,%s,t%07d,%s,%d-%02d-01,%d-%02d-30,%d.00,%d.%02d" % (rng.choice(["pm101", "oak14", "rvw220"]), "%d%s" % (rng.randint(1, 40), rng.choice("ABCD")), rng.randint(1, 9999999),
                                                                     rand_guid(rng), rng.randint(2022, 2024), rng.randint(1, 12), rng.randint(2025, 2026), rng.randint(1, 12),
                                                                     rng.randint(900, 3500), rng.randint(0, 3000), rng.randint(0, 99)))
    return rng.choice(["exports/rent_roll.csv", "data/yardi/rentroll_%d%02d.csv" % (rng.randint(2023, 2025), rng.randint(1, 12))]), L


@lookalike("xml", "RESO", "metadata")
def l_reso_metadata(rng):
    fields = ["ListingKey", "ListingId", "ParcelNumber", "ListAgentKey", "ListOfficeKey", "OriginatingSystemKey", "ModificationTimestamp", "ListPrice"]
    L = ['<?xml version="1.0" encoding="utf-8"?>', '<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">',
         "  <edmx:DataServices>", '    <Schema Namespace="org.reso.metadata" xmlns="http://docs.oasis-open.org/odata/ns/edm">',
         '      <EntityType Name="Property">', '        <Key><PropertyRef Name="ListingKey"/></Key>']
    for f in rng.sample(fields, rng.randint(5, 8)):
        L.append('        <Property Name="%s" Type="%s" />' % (f, "Edm.Decimal" if f == "ListPrice" else ("Edm.DateTimeOffset" if f.endswith("Timestamp") else "Edm.String")))
    L += ["      </EntityType>", "    </Schema>", "  </edmx:DataServices>", "</edmx:Edmx>"]
    return rng.choice(["docs/reso/metadata.xml", "src/test/resources/reso_metadata.xml"]), L


@lookalike("sql", "Schema", "credential_columns_ddl")
def l_schema_ddl(rng):
    L = ["CREATE TABLE integration_credentials (", "    id              BIGSERIAL PRIMARY KEY,", "    tenant_id       BIGINT NOT NULL REFERENCES tenants(id),",
         "    provider        TEXT NOT NULL,", "    client_id       TEXT,", "    secret_ciphertext BYTEA NOT NULL,  -- AES-GCM, key in KMS",
         "    key_fingerprint CHAR(64) NOT NULL, -- sha256 of the plaintext, for rotation audits", "    rotated_at      TIMESTAMPTZ", ");", "",
         "CREATE UNIQUE INDEX ON integration_credentials (tenant_id, provider);", "",
         "-- audit row written by the rotation job", "INSERT INTO credential_audit (provider, key_fingerprint, rotated_by) VALUES ('%s', '%s', 'rotation-bot');" % (rng.choice(KINDS)["slug"], doc_sha256(rng))]
    return rng.choice(["db/migrations/0042_integration_credentials.sql", "schema/credentials.sql"]), L


@lookalike("terraform", "AWS", "secrets_manager_refs")
def l_tf_secrets(rng):
    K = rng.choice(KINDS)
    L = ['data "aws_secretsmanager_secret_version" "%s" {' % K["slug"], '  secret_id = "prod/%s"' % K["slug"], "}", "",
         'resource "aws_lambda_function" "sync" {', '  function_name = "%s-sync"' % K["slug"], '  runtime       = "python3.11"',
         '  handler       = "app.handler"', "  environment {", "    variables = {",
         '      %s_SECRET_ARN = data.aws_secretsmanager_secret_version.%s.arn' % (K["slug"].upper(), K["slug"]), '      LOG_LEVEL = "INFO"', "    }", "  }", "}"]
    return rng.choice(["terraform/lambda_sync.tf", "infra/modules/sync/main.tf"]), L


@lookalike("markdown", "Escrow", "file_numbers")
def l_escrow_md(rng):
    L = ["# Closing checklist -- file %s-%05d" % (rng.choice(["ESC", "TTL", "GF"]), rng.randint(1, 99999)), "",
         "- Title commitment: order `%s%07d`" % (rng.choice(["NCS-", "TX-"]), rng.randint(1, 9999999)),
         "- Property APN: `%s`" % apn(rng), "- Policy (owner's): `%s`" % policy_number(rng),
         "- Wire confirmation: Fed ref `%s%010d`, account ending ****%04d" % (rng.choice(["2024", "2025"]), rng.randint(1, 9999999999), rng.randint(0, 9999)),
         "- Signed package hash (sha256): `%s`" % doc_sha256(rng), "- DocuSign envelope: `%s`" % rand_guid(rng), "",
         "Never email wire instructions; call the buyer on the number in the file."]
    return rng.choice(["notes/closing-checklist.md", "docs/escrow/file-template.md"]), L


@lookalike("python", "DocuSign", "envelope_ids")
def l_ds_envelopes(rng):
    L = ['"""Re-send reminders for stuck envelopes."""', "import os", "", "from docusign_esign import ApiClient, EnvelopesApi", "",
         'ACCOUNT_ID = "%s"  # API account id (not a secret)' % rand_guid(rng), 'BASE_PATH = "https://%s.docusign.net/restapi"' % rng.choice(["na3", "na4", "demo"]), "",
         "STUCK = ["] + ['    "%s",' % rand_guid(rng) for _ in range(rng.randint(2, 6))] + ["]", "", "",
         "def main():", "    client = ApiClient(host=BASE_PATH)",
         '    client.set_default_header("Authorization", "Bearer " + os.environ["DS_ACCESS_TOKEN"])', "    api = EnvelopesApi(client)",
         "    for env_id in STUCK:", '        api.update(ACCOUNT_ID, env_id, resend_envelope="true")']
    return rng.choice(["scripts/resend_stuck_envelopes.py", "tools/docusign_resend.py"]), L


@lookalike("markdown", "Truv", "doc_example")
def l_truv_doc(rng):
    L = ["## Truv quickstart (internal notes)", "", "All calls go to `https://prod.truv.com/v1/`; the *secret* decides sandbox vs prod.", "",
         "Example from the Truv API reference (their sample values, not ours):", "", "```bash",
         "curl -X POST https://prod.truv.com/v1/bridge-tokens/ \\", "  -H 'X-Access-Client-Id: %s' \\" % TRUV_DOC_CLIENT_ID,
         "  -H 'X-Access-Secret: <your sandbox access secret>' \\", "  -H 'Content-Type: application/json' \\",
         "  -d '{\"product_type\": \"income\"}'", "```", "", "Our real values live in Vault under `secret/truv`."]
    return rng.choice(["docs/vendors/truv.md", "notes/truv-quickstart.md"]), L


@lookalike("yaml", "GitHub Actions", "secrets_refs")
def l_gha_refs(rng):
    ks = rng.sample(KINDS, rng.randint(2, 5))
    L = ["name: nightly-sync", "on:", "  schedule:", "    - cron: \"%d %d * * *\"" % (rng.randint(0, 59), rng.randint(0, 23)), "jobs:", "  sync:",
         "    runs-on: ubuntu-latest", "    env:"]
    for K in ks:
        L.append("      %s: ${{ secrets.%s }}" % (K["env"], K["env"]))
    L += ["    steps:", "      - uses: actions/checkout@v4", "      - run: make sync"]
    return ".github/workflows/nightly-sync.yml", L


@lookalike("java", "Tests", "masked_assertions")
def l_java_mask_test(rng):
    K = rng.choice([k for k in KINDS if k["cat"] == "apikey"])
    L = ["package com.keystonepm.util;", "", "import static org.junit.jupiter.api.Assertions.assertEquals;", "",
         "import org.junit.jupiter.api.Test;", "", "class SecretMaskerTest {", "", "    @Test", "    void masksAllButLastFour() {",
         '        String masked = SecretMasker.mask("fake-%s-value-1234");' % K["slug"], '        assertEquals("****************1234", masked);', "    }", "",
         "    @Test", "    void leavesPolicyNumbersAlone() {", '        assertEquals("%s", SecretMasker.mask("%s"));' % ((policy_number(rng),) * 2), "    }", "}"]
    return "src/test/java/com/keystonepm/util/SecretMaskerTest.java", L


@lookalike("php", "WordPress", "idx_listing_ids")
def l_wp_shortcode(rng):
    ids = [mls_id(rng) for _ in range(rng.randint(3, 6))]
    L = ["<?php", "// Featured listings shortcode: [featured_listings]", "add_shortcode( 'featured_listings', function () {",
         "    $ids = array( " + ", ".join("'%s'" % i for i in ids) + " );", "    $out = '<ul class=\"featured\">';",
         "    foreach ( $ids as $id ) {", "        $out .= '<li>' . esc_html( idx_listing_title( $id ) ) . '</li>';", "    }",
         "    return $out . '</ul>';", "} );"]
    return "wp-content/themes/realty-child/inc/featured.php", L


@lookalike("csharp", "Insurance", "rating_request_ids")
def l_cs_rating_model(rng):
    L = ["namespace Harborline.Rating.Tests", "{", "    public static class Samples", "    {",
         '        public static readonly Guid QuoteRequestId = Guid.Parse("%s");' % rand_guid(rng),
         '        public const string PolicyNumber = "%s";' % policy_number(rng), '        public const string ClaimNumber = "%s";' % claim_number(rng),
         '        public const string Vin = "%s";' % vin(rng), '        public const string NaicCode = "%05d";' % rng.randint(10000, 43000),
         '        public const string AgencyCode = "AG%05d";' % rng.randint(100, 99999), "    }", "}"]
    return "tests/Harborline.Rating.Tests/Samples.cs", L


# --------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------
NEG_KIND_NAMES = {"placeholder": "placeholder", "env": "env_reference", "manager": "secret_manager_reference",
                  "masked": "masked_value", "empty": "empty_value"}


def pem_span(text):
    s = text.find("-----BEGIN")
    if s < 0:
        return None
    e = text.find("-----END", s)
    e = text.find("-----", e + 8)
    return text[s:e + 5]


def pick_balanced(rng, options, usage):
    m = min(usage.get(o["name"], 0) for o in options)
    cands = [o for o in options if usage.get(o["name"], 0) == m]
    c = rng.choice(cands)
    usage[c["name"]] = usage.get(c["name"], 0) + 1
    return c


def make_pos_slot(rng, K, obvious):
    sec = Val(K["gen"](rng))
    ident = Val(K["idgen"](rng)) if K["idgen"] is not None else None
    return Slot(K, sec, ident, obvious or K["obvious_only"], rng)


def finish(L):
    if isinstance(L, str):
        L = L.split("\n")
    return "\n".join(L).rstrip("\n") + "\n"


def generate(outdir, seed):
    rng = random.Random(seed)
    manifest, secrets = [], []
    usage_c, usage_l = {}, {}

    # ---- positives
    order = []
    while len(order) < 500:
        ks = list(KINDS)
        rng.shuffle(ks)
        order += ks
    order = order[:500]
    for i, K in enumerate(order):
        obvious = (i % 2 == 0)
        opts = [c for c in CARRIERS if carrier_ok(c, K)]
        if not obvious and not K["obvious_only"] and rng.random() < 0.5:
            un = [c for c in opts if c["unnamed"]]
            if un:
                opts = un
        for attempt in range(20):
            c = pick_balanced(rng, opts, usage_c)
            S = make_pos_slot(rng, K, obvious)
            path, L = c["fn"](rng, S)
            text = finish(L)
            needle = pem_span(text) if S.pem else S.sec.text
            n_lines = text.count("\n")
            if needle and needle in text and 5 <= n_lines <= 80:
                break
        else:
            raise RuntimeError("could not render positive %d (%s/%s)" % (i, K["key"], c["name"]))
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        line = text[:text.index(needle)].count("\n") + 1
        manifest.append({"file": rel, "label": "pos", "provider": K["provider"], "kind": K["kind"], "filetype": c["filetype"],
                         "template": c["name"]})
        secrets.append({"file": rel, "needle": needle, "line": line})

    # ---- negatives
    neg_order = []
    while len(neg_order) < 500:
        kinds = list(KINDS)
        rng.shuffle(kinds)
        neg_order += kinds
    for j in range(500):
        if j % 2 == 0:
            K = neg_order[j // 2]
            opts = [c for c in CARRIERS if carrier_ok(c, K) and c["name"] != "pem_file"]
            for attempt in range(20):
                c = pick_balanced(rng, opts, usage_c)
                S, nk = neg_slot(rng, K, c["name"])
                path, L = c["fn"](rng, S)
                text = finish(L)
                if 5 <= text.count("\n") <= 80:
                    break
            prov, kind, ft, tname = K["provider"], NEG_KIND_NAMES.get(nk, nk), c["filetype"], c["name"]
        else:
            for attempt in range(20):
                lk = pick_balanced(rng, LOOKALIKES, usage_l)
                path, L = lk["fn"](rng)
                text = finish(L)
                if 5 <= text.count("\n") <= 80:
                    break
            prov, kind, ft, tname = lk["provider"], lk["kind"], lk["filetype"], "lk_" + lk["name"]
        rel = "neg/n%04d/%s" % (j, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ft, "template": tname})

    with open(os.path.join(outdir, "manifest.jsonl"), "w") as fh:
        for m in manifest:
            fh.write(json.dumps({k: m[k] for k in ("file", "label", "provider", "kind", "filetype")}) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    return manifest, secrets


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", newline="") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_da.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], argv[2]
    seed = int(seed) if seed.lstrip("-").isdigit() else seed
    os.makedirs(outdir, exist_ok=True)
    generate(outdir, seed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
