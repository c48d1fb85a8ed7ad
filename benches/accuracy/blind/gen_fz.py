#!/usr/bin/env python3
"""gen_fz.py - blind evaluation set: identity and authentication platforms.

EMPHASIS
    Credentials of identity / authentication platforms as they appear in real
    projects: Auth0 (client secrets, Management API tokens, AUTH0_SECRET cookie
    secret), Okta (SSWS API tokens, OIDC client secrets, private-key-JWT keys),
    AWS Cognito app client secrets, WorkOS (sk_ API keys; client_ ids are
    public), Stytch (secret-test-/secret-live- secrets vs public-token-*),
    Descope (management keys; project ids P2.. are public), FusionAuth API
    keys, SuperTokens core API keys and connection URIs, Ory (ory_pat_,
    ory_apikey_), Zitadel (service-user key JSON, masterkey), Logto app
    secrets, Kinde client secrets, Keycloak (client secrets, admin passwords,
    realm exports), authentik (API tokens, secret key), Firebase Auth service
    accounts, SAML SP signing private keys, HS256 JWT signing secrets, JWK /
    JWKS private keys (RSA, EC, OKP with "d").
    File types: TypeScript (Next.js, Express, NestJS), JavaScript, Python
    (Django, FastAPI, scripts), Go, Java / Spring application.yml and
    .properties, C# appsettings.json, Ruby, PHP, Terraform (auth0, okta,
    keycloak, fusionauth, authentik providers), Helm values, Keycloak
    realm-export.json / keycloak.json, docker-compose, .env, Markdown, YAML,
    JSON, TOML, XML, PEM, shell, Dockerfile, SQL, CSV, logs.

USAGE
    python3 -B gen_fz.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential),
    OUTDIR/manifest.jsonl (file, label, provider, kind, filetype) and
    OUTDIR/secrets.jsonl (file, needle, line).  Everything is derived from
    random.Random(SEED); two runs with one seed are byte-identical.

NEEDLE CONVENTIONS
    * The needle is the credential value only, exactly as written: no quotes,
      no variable name, no "Bearer "/"SSWS " scheme word.
    * Headers: `Authorization: SSWS <tok>` / `Bearer <tok>` -> needle = <tok>.
      Descope `Bearer <projectId>:<managementKey>` -> needle = management key.
      Basic auth `-u 'project-id:secret'` -> needle = the secret.
    * URLs / connection strings: needle = the password component only.
    * Key pairs (client id + client secret, project id + secret): needle =
      the secret; ids are public.
    * PEM private keys (multi-line files, heredocs, or JSON strings with \\n
      escapes): needle = the BEGIN marker line, e.g.
      "-----BEGIN RSA PRIVATE KEY-----" (its line is where the key starts).
      python3-saml style bare base64 keys (no markers): needle = the whole
      base64 value.
    * JWK / JWKS private keys: needle = the value of "d".
    * JWTs (Auth0 Management API tokens): needle = the whole compact JWT.
    * "line" is the 1-based line of the needle's first occurrence; the
      program asserts it.

NEGATIVES
    Half re-use the positive templates with the secret slot holding a
    non-secret: placeholders (<your-client-secret>, YOUR_..., changeme, xxxx),
    empty values, masked values (****, [REDACTED], Keycloak's "**********"),
    environment references in the file's own language (os.environ[...],
    process.env.X, os.Getenv, System.getenv, ENV.fetch, getenv(), ${X},
    var.x), secret-manager references (vault:, op://, AWS Secrets Manager
    ARNs, GCP Secret Manager paths, Azure Key Vault references), template
    expressions (Helm, Jinja, GitHub Actions ${{ secrets.X }}, Octopus #{X}),
    and documented example values.  PEM slots get file paths, env references
    or masked bodies; JWK slots lose their private members.
    The other half are look-alikes: public JWKS (n, e without d), OIDC
    discovery documents, SAML metadata with X509 certificates, public keys
    and certificates, client ids, tenant domains, issuer URLs, Stytch
    public tokens, Descope project ids, WorkOS client ids, Cognito pool ids,
    Okta / Auth0 / Stytch user ids, session and request ids in logs, bcrypt /
    argon2 / PBKDF2 password hashes, SRI / lockfile / image digests, cert
    fingerprints, SOPS / sealed-secrets / ansible-vault ciphertext, SAML
    signatures and digests, WebAuthn public keys, ssh public keys.
    No negative is written to a .env / .env.<stage> file name.

FORMATS CHECKED (search tool, providers' docs and public code)
    * Okta: API tokens are sent as `Authorization: SSWS <token>`; the doc's own
      example 00QCjAl4MlV-WPXM...0HmjFx-vbGua (used only as a negative) shows
      the "00" start and the [A-Za-z0-9_-] alphabet; client ids start 0oa.
    * Stytch: API uses basic auth project_id:secret; ids embed the
      environment (user-test-<uuid>, project-test-<uuid>); frontend SDKs use
      public_token.  Public code comments show secrets as secret-test-...=
      (base64url, one "=" pad).
    * WorkOS: API keys are prefixed sk_, client ids client_ (docs, SDK docs).
    * Ory: PATs always prefixed ory_pat_, API keys ory_apikey_ (Ory docs);
      Bearer header.
    * Descope: management API auth is `Bearer <ProjectId>:<ManagementKey>`;
      public code shows project ids like P2 + 26 alphanumerics.
    * Cognito: ClientSecret pattern [\\w+]+, length 24..64 (API reference).
    * SuperTokens: API keys >= 20 chars of [A-Za-z0-9=-], comma-separated
      lists allowed (docs); doc example used only as a negative.
    * Auth0: Management API tokens are JWTs with audience
      https://{domain}/api/v2/ (docs).
    * authentik: API tokens via `Authorization: Bearer <token>`;
      AUTHENTIK_BOOTSTRAP_TOKEN / _PASSWORD env vars (docs).
    * Zitadel: service-user key JSON has type serviceaccount, keyId, key
      (RSA private key PEM), userId (SDK docs).
    * Logto: public code shows 21-char lowercase app ids and 32-char app
      secrets.  Kinde: 32-hex client ids, KINDE_CLIENT_SECRET env var.
    * Keycloak: confidential clients get a generated secret (Credentials tab);
      exports mask secrets as "**********".
    * Search results also surfaced GitGuardian detector pages and a page of
      API-key regexes; those were not used for any format or template.

DOUBTS
    * Exact lengths not confirmed from docs: Auth0 client secret (64 chars
      [A-Za-z0-9_-] used), Okta API token (42 used) and client secret (40 or
      64 used), Cognito generated secret (51-52 lowercase alnum used),
      WorkOS key body (48-60 alnum used), Descope management key (K2 + 70
      alnum assumed), FusionAuth API key (64 [A-Za-z0-9_-] assumed), Kinde
      client secret (~50 alnum assumed), authentik token (60 alnum assumed),
      Ory token body (32-43 alnum assumed), Keycloak secret (32 alnum).
    * PEM keys are DER-structured with random integers (not valid key
      pairs); JWT signatures are random bytes.
    * Firebase web apiKey (AIza...) is documented as public, but left out of
      the negatives because it is also a Google API key.
"""
import base64
import json
import os
import random
import re
import sys

# ---------------------------------------------------------------- randomness
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DI = "0123456789"
ALNUM = UP + LO + DI
LOWNUM = LO + DI
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
BCRYPT = "./" + UP + LO + DI


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def rbytes(r, n):
    return r.getrandbits(8 * n).to_bytes(n, "big") if n else b""


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64(b):
    return base64.b64encode(b).decode()


def uuid4(r):
    h = rs(r, HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])


def ulid(r):
    t = r.randrange(1672531200000, 1767225600000)
    s = ""
    for _ in range(10):
        s = CROCK[t % 32] + s
        t //= 32
    return s + rs(r, CROCK, 16)


def digits(r, n):
    return str(r.randrange(1, 10)) + rs(r, DI, n - 1)


def strong_password(r, n=None):
    n = n or r.randrange(16, 29)
    sym = "!#%+-.:=@^_~"
    while True:
        p = rs(r, ALNUM + sym, n)
        if any(c in UP for c in p) and any(c in LO for c in p) and any(c in DI for c in p):
            return p


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def ts_iso(r, year=None):
    y = year or r.choice([2023, 2024, 2025])
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (
        y, r.randrange(1, 13), r.randrange(1, 29), r.randrange(24), r.randrange(60), r.randrange(60), r.randrange(1000))


def epoch(r):
    return r.randrange(1700000000, 1760000000)


# ---------------------------------------------------------------- names
COMPANIES = ["acme", "globex", "initech", "umbrella", "hooli", "piedpiper", "stark", "wayne", "wonka",
             "tyrell", "soylent", "vandelay", "gringotts", "oscorp", "cyberdyne", "aperture", "blackmesa",
             "northwind", "contoso", "fabrikam", "tailspin", "adatum", "litware", "proseware", "zenith",
             "lumen", "quanta", "nimbus", "orbit", "fjord", "harbor", "meridian", "atlas", "kestrel"]
APPS = ["portal", "dashboard", "billing", "console", "storefront", "admin", "api", "mobile-bff", "checkout",
        "crm", "helpdesk", "insights", "ledger", "onboarding", "partner-hub", "scheduler", "reports", "wiki"]
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "ap-northeast-1"]
FIRST = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory",
         "niaj", "olivia", "peggy", "rupert", "sybil", "trent", "victor", "walter", "yasmin", "zoe"]
LAST = ["smith", "jones", "garcia", "miller", "davis", "lopez", "wilson", "anderson", "thomas", "moore",
        "martin", "lee", "walker", "hall", "young", "king", "wright", "scott", "green", "baker"]


def company(r):
    return pick(r, COMPANIES)


def app(r):
    return pick(r, APPS)


def email(r, dom=None):
    return "%s.%s@%s" % (pick(r, FIRST), pick(r, LAST), dom or (company(r) + pick(r, [".com", ".io", ".dev", ".co"])))


def auth0_domain(r):
    return "%s%s.%sauth0.com" % (company(r), pick(r, ["", "-dev", "-prod", "-staging"]), pick(r, ["", "us.", "eu.", "au.", "jp."]))


def okta_domain(r):
    if r.random() < 0.4:
        return "dev-%s.okta.com" % digits(r, 8)
    return "%s%s.%s" % (company(r), pick(r, ["", "-admin", "-test"]).replace("-admin", ""), pick(r, ["okta.com", "okta.com", "oktapreview.com", "okta-emea.com"]))


def okta_id(r, pfx):
    return pfx + rs(r, ALNUM, 20 - len(pfx))


def kc_host(r):
    return pick(r, ["https://sso.%s.com" % company(r), "https://auth.%s.io" % company(r), "http://localhost:8080",
                    "https://keycloak.%s.internal" % company(r), "https://id.%s.dev" % company(r)])


def realm(r):
    return pick(r, ["master", company(r), "%s-%s" % (company(r), pick(r, ["prod", "staging", "dev"])), "internal", "customers"])


# ---------------------------------------------------------------- DER / PEM
def der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int_bytes(b):
    b = b.lstrip(b"\x00") or b"\x00"
    if b[0] & 0x80:
        b = b"\x00" + b
    return der(0x02, b)


def der_int(n):
    return der_int_bytes(n.to_bytes(max(1, (n.bit_length() + 7) // 8), "big"))


def der_seq(*parts):
    return der(0x30, b"".join(parts))


def der_oid(dotted):
    p = [int(x) for x in dotted.split(".")]
    out = bytes([40 * p[0] + p[1]])
    for v in p[2:]:
        enc = [v & 0x7F]
        v >>= 7
        while v:
            enc.insert(0, 0x80 | (v & 0x7F))
            v >>= 7
        out += bytes(enc)
    return der(0x06, out)


OID_RSA = "1.2.840.113549.1.1.1"
OID_SHA256RSA = "1.2.840.113549.1.1.11"
OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_ED25519 = "1.3.101.112"


def odd_big(r, nbytes):
    b = bytearray(rbytes(r, nbytes))
    b[0] |= 0xC0
    b[-1] |= 1
    return bytes(b)


def rsa_parts(r, bits=2048):
    n = nb = bits // 8
    h = nb // 2
    return {"n": odd_big(r, n), "e": b"\x01\x00\x01", "d": rbytes(r, nb), "p": odd_big(r, h), "q": odd_big(r, h),
            "dp": rbytes(r, h), "dq": rbytes(r, h), "qi": rbytes(r, h)}


def rsa_pkcs1_der(k):
    return der_seq(der_int(0), *[der_int_bytes(k[x]) for x in ("n", "e", "d", "p", "q", "dp", "dq", "qi")])


def pem_wrap(label, body):
    s = b64(body)
    lines = [s[i:i + 64] for i in range(0, len(s), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (label, "\n".join(lines), label)


def rsa_private_pem(r, fmt="pkcs1", bits=2048):
    k = rsa_parts(r, bits)
    p1 = rsa_pkcs1_der(k)
    if fmt == "pkcs1":
        return pem_wrap("RSA PRIVATE KEY", p1)
    p8 = der_seq(der_int(0), der_seq(der_oid(OID_RSA), b"\x05\x00"), der(0x04, p1))
    return pem_wrap("PRIVATE KEY", p8)


def ec_private_pem(r, fmt="sec1"):
    d = rbytes(r, 32)
    pub = b"\x04" + rbytes(r, 64)
    if fmt == "sec1":
        body = der_seq(der_int(1), der(0x04, d), der(0xA0, der_oid(OID_P256)), der(0xA1, der(0x03, b"\x00" + pub)))
        return pem_wrap("EC PRIVATE KEY", body)
    inner = der_seq(der_int(1), der(0x04, d), der(0xA1, der(0x03, b"\x00" + pub)))
    body = der_seq(der_int(0), der_seq(der_oid(OID_EC), der_oid(OID_P256)), der(0x04, inner))
    return pem_wrap("PRIVATE KEY", body)


def private_pem(r):
    x = r.random()
    if x < 0.45:
        return rsa_private_pem(r, "pkcs1")
    if x < 0.85:
        return rsa_private_pem(r, "pkcs8")
    return ec_private_pem(r, pick(r, ["sec1", "pkcs8"]))


def pem_begin(pem):
    return pem.split("\n", 1)[0]


def pem_body_oneline(pem):
    return "".join(l for l in pem.strip().split("\n") if not l.startswith("-----"))


def rsa_spki(r):
    n = odd_big(r, 256)
    return der_seq(der_seq(der_oid(OID_RSA), b"\x05\x00"), der(0x03, b"\x00" + der_seq(der_int_bytes(n), der_int(65537))))


def public_key_pem(r):
    if r.random() < 0.7:
        return pem_wrap("PUBLIC KEY", rsa_spki(r))
    spki = der_seq(der_seq(der_oid(OID_EC), der_oid(OID_P256)), der(0x03, b"\x00\x04" + rbytes(r, 64)))
    return pem_wrap("PUBLIC KEY", spki)


def der_name(cn, org):
    def rdn(oid, v):
        return der(0x31, der_seq(der_oid(oid), der(0x0C, v.encode())))
    return der_seq(rdn("2.5.4.6", "US"), rdn("2.5.4.10", org), rdn("2.5.4.3", cn))


def cert_der(r, cn, org):
    y = r.randrange(2022, 2026)
    tbs = der_seq(der(0xA0, der_int(2)), der_int_bytes(rbytes(r, 16)), der_seq(der_oid(OID_SHA256RSA), b"\x05\x00"),
                  der_name(cn, org),
                  der_seq(der(0x17, ("%02d0101000000Z" % (y % 100)).encode()), der(0x17, ("%02d0101000000Z" % ((y + 10) % 100)).encode())),
                  der_name(cn, org), rsa_spki(r))
    return der_seq(tbs, der_seq(der_oid(OID_SHA256RSA), b"\x05\x00"), der(0x03, b"\x00" + rbytes(r, 256)))


def cert_pem(r, cn="idp", org="Example"):
    return pem_wrap("CERTIFICATE", cert_der(r, cn, org))


# ---------------------------------------------------------------- JWK / JWT
def jwk_rsa_private(r, kid=None):
    k = rsa_parts(r)
    j = {"kty": "RSA", "kid": kid or b64u(rbytes(r, 16)), "use": "sig", "alg": "RS256"}
    for x in ("n", "e", "d", "p", "q", "dp", "dq", "qi"):
        j[x] = b64u(k[x])
    return j


def jwk_rsa_public(r, kid=None):
    k = rsa_parts(r)
    return {"kty": "RSA", "use": "sig", "alg": "RS256", "kid": kid or b64u(rbytes(r, 16)), "n": b64u(k["n"]), "e": "AQAB"}


def jwk_ec(r, private=True):
    j = {"kty": "EC", "crv": "P-256", "kid": uuid4(r), "use": "sig", "alg": "ES256",
         "x": b64u(rbytes(r, 32)), "y": b64u(rbytes(r, 32))}
    if private:
        j["d"] = b64u(rbytes(r, 32))
    return j


def jwk_okp(r, private=True):
    j = {"kty": "OKP", "crv": "Ed25519", "kid": rs(r, LOWNUM, 12), "alg": "EdDSA", "x": b64u(rbytes(r, 32))}
    if private:
        j["d"] = b64u(rbytes(r, 32))
    return j


def jwt(r, header, payload, sig_bytes=256):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return "%s.%s.%s" % (h, p, b64u(rbytes(r, sig_bytes)))


# ---------------------------------------------------------------- secret generators (positives)
def g_auth0_secret(r):
    return rs(r, B64URL, 64)


def g_auth0_client_id(r):
    return rs(r, ALNUM, 32)


def g_auth0_cookie_secret(r):
    return rs(r, HEX, 64)


def g_auth0_mgmt_token(r, domain=None, cid=None):
    domain = domain or auth0_domain(r)
    cid = cid or g_auth0_client_id(r)
    iat = epoch(r)
    return jwt(r, {"alg": "RS256", "typ": "JWT", "kid": rs(r, B64URL, 22)},
               {"iss": "https://%s/" % domain, "sub": cid + "@clients", "aud": "https://%s/api/v2/" % domain,
                "iat": iat, "exp": iat + 86400, "scope": pick(r, ["read:users update:users", "read:users read:roles",
                                                                  "read:clients update:clients read:users", "create:users read:users delete:users"]),
                "gty": "client-credentials", "azp": cid})


def g_okta_token(r):
    return "00" + rs(r, B64URL, 40)


def g_okta_client_secret(r):
    return rs(r, B64URL, pick(r, [40, 64]))


def g_cognito_secret(r):
    return rs(r, LOWNUM, pick(r, [51, 52]))


def g_cognito_client_id(r):
    return rs(r, LOWNUM, 26)


def cognito_pool(r, region=None):
    return "%s_%s" % (region or pick(r, REGIONS), rs(r, ALNUM, 9))


def g_workos_key(r):
    return "sk_%s%s" % (pick(r, ["test_", "live_", "test_", ""]), rs(r, ALNUM, r.randrange(48, 61)))


def workos_client_id(r):
    return "client_" + ulid(r)


def g_stytch_secret(r, env=None):
    return "secret-%s-%s" % (env or pick(r, ["test", "live"]), base64.urlsafe_b64encode(rbytes(r, 26)).decode())


def stytch_id(r, kind, env="test"):
    return "%s-%s-%s" % (kind, env, uuid4(r))


def descope_project(r):
    return pick(r, ["P2", "P2", "P3"]) + rs(r, ALNUM, 26)


def g_descope_key(r):
    return "K2" + rs(r, ALNUM, 70)


def g_fusionauth_key(r):
    return rs(r, B64URL, 64)


def g_supertokens_key(r):
    return rs(r, ALNUM + "=-", r.randrange(24, 49))


def g_ory(r, kind=None):
    return "%s%s" % (kind or pick(r, ["ory_pat_", "ory_apikey_", "ory_pat_"]), rs(r, ALNUM, r.randrange(32, 44)))


def zitadel_id(r):
    return "2" + rs(r, DI, 17)


def g_zitadel_masterkey(r):
    return rs(r, ALNUM, 32)


def g_logto_secret(r):
    return rs(r, ALNUM, 32)


def logto_app_id(r):
    return rs(r, LOWNUM, 21)


def kinde_client_id(r):
    return rs(r, HEX, 32)


def g_kinde_secret(r):
    return rs(r, ALNUM, r.randrange(48, 56))


def g_kc_secret(r):
    return rs(r, ALNUM, 32)


def g_password(r):
    return strong_password(r)


def g_url_password(r):
    while True:
        p = rs(r, ALNUM + "-._~", r.randrange(16, 29))
        if any(ch in DI for ch in p) and any(ch in UP for ch in p):
            return p


def g_authentik_token(r):
    return rs(r, ALNUM, 60)


def g_authentik_secret_key(r):
    return b64(rbytes(r, 60))


def g_jwt_secret(r):
    x = r.random()
    if x < 0.35:
        return rs(r, HEX, 64)
    if x < 0.7:
        return b64(rbytes(r, pick(r, [32, 48, 64])))
    return rs(r, ALNUM, r.randrange(32, 65))


# ---------------------------------------------------------------- quoting / negative values
CODE_LANGS = ("py", "ts", "js", "go", "java", "cs", "rb", "php")


def quote(lang, s, style=None):
    if lang in ("raw", "env", "properties", "ini", "xml", "md"):
        return s
    if lang == "sh":
        return pick_style(style, "'%s'", '"%s"') % s
    if lang == "yaml":
        if style == "plain":
            return s
        if style == "single":
            return "'%s'" % s
        return '"%s"' % s
    if lang in ("js", "ts", "php", "py", "rb") and style == "single":
        return "'%s'" % s
    return '"%s"' % s


def pick_style(style, a, b):
    return a if style == "single" else b


def env_expr(r, lang, env, cfgkey):
    if lang == "py":
        return pick(r, ['os.environ["%s"]' % env, 'os.getenv("%s")' % env, 'os.environ.get("%s", "")' % env, 'os.environ["%s"]' % env])
    if lang in ("ts", "js"):
        return pick(r, ["process.env.%s" % env, "process.env.%s!" % env if lang == "ts" else "process.env.%s" % env,
                        'process.env["%s"]' % env, "process.env.%s ?? \"\"" % env])
    if lang == "go":
        return 'os.Getenv("%s")' % env
    if lang == "java":
        return 'System.getenv("%s")' % env
    if lang == "cs":
        return pick(r, ['Environment.GetEnvironmentVariable("%s")' % env, 'builder.Configuration["%s"]' % cfgkey])
    if lang == "rb":
        return pick(r, ['ENV["%s"]' % env, 'ENV.fetch("%s")' % env, "Rails.application.credentials.dig(%s)" % ", ".join(":" + p for p in cfgkey.lower().split(":"))])
    if lang == "php":
        return pick(r, ["getenv('%s')" % env, "env('%s')" % env, "$_ENV['%s']" % env])
    if lang == "tf":
        return "var.%s" % env.lower()
    if lang == "yaml":
        return pick(r, ['"${%s}"' % env, '"${%s:}"' % env, '"${%s}"' % env])
    if lang in ("json", "toml"):
        return '"${%s}"' % env
    if lang == "sh":
        return pick(r, ['"${%s}"' % env, '"$%s"' % env, '"${%s:?missing}"' % env])
    if lang in ("env", "properties", "xml", "ini", "raw"):
        return "${%s}" % env
    if lang == "md":
        return "$%s" % env
    return "${%s}" % env


def template_expr(r, lang, env, cfgkey):
    slug = cfgkey.replace(":", ".")
    slug = slug[0].lower() + slug[1:]
    if lang == "yaml":
        return pick(r, ['"{{ .Values.%s }}"' % slug, '"{{ %s }}"' % env.lower(), "${{ secrets.%s }}" % env])
    if lang == "json":
        return pick(r, ['"#{%s}"' % env, '"{{ %s }}"' % env.lower(), '"__%s__"' % env])
    if lang == "tf":
        return '"${var.%s}"' % env.lower()
    if lang == "cs":
        return '"#{%s}#"' % env
    if lang == "py":
        return "settings.%s" % env
    if lang in ("ts", "js"):
        return "config.get%s('%s')" % ("<string>" if lang == "ts" else "", slug)
    if lang == "java":
        return "props.get%s()" % "".join(w.capitalize() for w in env.lower().split("_"))
    if lang == "go":
        return "cfg.%s" % "".join(w.capitalize() for w in env.lower().split("_"))
    if lang == "rb":
        return "Rails.configuration.x.%s" % env.lower()
    if lang == "php":
        return "config('services.%s')" % env.lower()
    if lang in ("env", "sh", "properties", "ini", "raw", "toml", "xml", "md"):
        return pick(r, ["{{ %s }}" % env.lower(), "%%(%s)s" % env.lower(), "@%s@" % env])
    return "{{ %s }}" % env.lower()


def placeholder(r, env):
    low = env.lower().replace("_", "-")
    return pick(r, ["<your-%s>" % low, "YOUR_%s" % env, "your_%s_here" % env.lower(), "changeme", "CHANGE_ME",
                    "x" * r.randrange(16, 41), "REPLACE_WITH_%s" % env, "<%s>" % env, "TODO", "dummy-%s" % low,
                    "insert-%s-here" % low, "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "...", "<redacted-before-commit>"])


def masked(r):
    return pick(r, ["*" * r.randrange(8, 33), "[REDACTED]", "<redacted>", "**********", "***REMOVED***",
                    "\u2022" * 12, "[FILTERED]", "********"])


def secret_ref(r, env):
    slug = env.lower().replace("_", "-")
    return pick(r, ["vault:secret/data/%s/%s#value" % (company(r), slug),
                    "op://%s/%s/credential" % (pick(r, ["Engineering", "Platform", "Identity", "DevOps"]), slug),
                    "arn:aws:secretsmanager:%s:%s:secret:%s-%s" % (pick(r, REGIONS), digits(r, 12), slug, rs(r, ALNUM, 6)),
                    "projects/%s-%s/secrets/%s/versions/latest" % (company(r), pick(r, ["prod", "shared"]), slug),
                    "@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/%s/)" % (company(r), slug),
                    "{{resolve:secretsmanager:%s/%s:SecretString:value}}" % (pick(r, ["prod", "staging"]), slug),
                    "sm://%s/%s" % (company(r), slug)])


class Ctx:
    def __init__(self, r, pos):
        self.r = r
        self.pos = pos
        self.needle = None
        self.negkind = None

    def _set(self, s):
        assert self.needle is None, "template produced two credentials"
        self.needle = s

    def v(self, lang, gen, env, cfgkey=None, doc=(), style=None, allow=None):
        """Value for the secret slot, quoted for `lang` (expressions unquoted)."""
        r = self.r
        cfgkey = cfgkey or env
        if self.pos:
            s = gen(r)
            self._set(s)
            return quote(lang, s, style)
        cats = ["placeholder"] * 5 + ["empty"] * 2 + ["masked"] * 3 + ["env"] * 5 + ["secretref"] * 2 + ["template"] * 2
        if doc:
            cats += ["doc-example"] * 3
        if allow:
            cats = [c for c in cats if c in allow] or ["placeholder"]
        if lang in ("md", "raw"):
            cats = [c for c in cats if c != "empty"]
        k = pick(r, cats)
        self.negkind = k
        if k == "env":
            return env_expr(r, lang, env, cfgkey)
        if k == "template":
            return template_expr(r, lang, env, cfgkey)
        if k == "placeholder":
            s = placeholder(r, env)
        elif k == "empty":
            s = ""
        elif k == "masked":
            s = masked(r)
        elif k == "secretref":
            s = secret_ref(r, env)
        else:
            s = pick(r, list(doc))
        if lang == "yaml":
            style = "double"
        if lang in ("env", "properties", "ini") and s == "":
            return ""
        return quote(lang, s.replace('"', "'") if lang not in ("raw", "md", "env") else s, style)

    def raw(self, gen, env, doc=()):
        return self.v("raw", gen, env, doc=doc)

    def pem(self, gen=private_pem, env="PRIVATE_KEY", path_hint="keys/private.pem", kinds=("path", "env", "masked", "placeholder", "path")):
        """Returns (pem_text_or_None, alt_string).  Positive: full PEM, needle=BEGIN line."""
        r = self.r
        if self.pos:
            p = gen(r)
            self._set(pem_begin(p))
            return p, None
        k = pick(r, list(kinds))
        self.negkind = {"path": "file-reference", "env": "env", "masked": "masked", "placeholder": "placeholder"}[k]
        if k == "path":
            return None, pick(r, ["/run/secrets/%s" % path_hint.split("/")[-1], "/etc/%s/%s" % (company(r), path_hint.split("/")[-1]),
                                  "./" + path_hint, "file:" + path_hint])
        if k == "env":
            return None, "${%s}" % env
        if k == "masked":
            lab = pick(r, ["PRIVATE KEY", "RSA PRIVATE KEY"])
            return None, "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (lab, pick(r, ["[REDACTED]", "...", "<redacted>", "**** key material removed ****"]), lab)
        return None, pick(r, ["<paste your private key here>", "YOUR_PRIVATE_KEY", "<%s>" % env])


# ---------------------------------------------------------------- registry
POS_T = []
NEG_T = []


def pos(provider, kind):
    def deco(f):
        POS_T.append((f.__name__, provider, kind, f))
        return f
    return deco


def neg(provider, kind):
    def deco(f):
        NEG_T.append((f.__name__, provider, kind, f))
        return f
    return deco


def ftype(path):
    base = path.rsplit("/", 1)[-1]
    if base == "Dockerfile" or base.startswith("Dockerfile."):
        return "dockerfile"
    if base.startswith(".env"):
        return "env"
    if base in ("Gemfile", "Makefile"):
        return base.lower()
    if "." not in base:
        return "txt"
    ext = base.rsplit(".", 1)[-1].lower()
    return {"yaml": "yml", "tfvars": "tf", "jsonc": "json", "mjs": "js", "cjs": "js", "tsx": "ts", "jsx": "js"}.get(ext, ext)


def lines(*ls):
    return "\n".join(ls) + "\n"


# ================================================================ POSITIVE TEMPLATES
# ---- Auth0
@pos("auth0", "client_secret")
def p_auth0_nextjs(c):
    r = c.r
    d = auth0_domain(r)
    sec = c.v("ts", g_auth0_secret, "AUTH0_CLIENT_SECRET", "Auth0:ClientSecret", style=pick(r, ["single", "double"]))
    return pick(r, ["lib/auth0.ts", "src/lib/auth0.ts", "app/lib/auth0.ts"]), lines(
        'import { Auth0Client } from "@auth0/nextjs-auth0/server";',
        "",
        "// Server-side Auth0 client for the %s app" % app(r),
        "export const auth0 = new Auth0Client({",
        '  domain: "%s",' % d,
        '  clientId: "%s",' % g_auth0_client_id(r),
        "  clientSecret: %s," % sec,
        "  secret: process.env.AUTH0_SECRET,",
        '  appBaseUrl: process.env.APP_BASE_URL ?? "http://localhost:3000",',
        "  authorizationParameters: {",
        '    scope: "openid profile email offline_access",',
        '    audience: "https://api.%s.com",' % company(r),
        "  },",
        "  session: { rolling: true, absoluteDuration: 60 * 60 * 24 * 7 },",
        "});")


@pos("auth0", "client_secret")
def p_auth0_terraform(c):
    r = c.r
    d = auth0_domain(r)
    sec = c.v("tf", g_auth0_secret, "AUTH0_CLIENT_SECRET")
    return pick(r, ["infra/auth0/provider.tf", "terraform/auth0/main.tf", "deploy/tf/auth0.tf"]), lines(
        "terraform {",
        "  required_providers {",
        "    auth0 = {",
        '      source  = "auth0/auth0"',
        '      version = "~> 1.%d"' % r.randrange(0, 9),
        "    }",
        "  }",
        "}",
        "",
        'provider "auth0" {',
        '  domain        = "%s"' % d,
        '  client_id     = "%s"' % g_auth0_client_id(r),
        "  client_secret = %s" % sec,
        "  debug         = false",
        "}",
        "",
        'resource "auth0_client" "%s" {' % app(r).replace("-", "_"),
        '  name            = "%s %s"' % (company(r).title(), app(r)),
        '  app_type        = "regular_web"',
        '  callbacks       = ["https://%s.%s.com/callback"]' % (app(r), company(r)),
        "  oidc_conformant = true",
        "}")


@pos("auth0", "management_token")
def p_auth0_mgmt_py(c):
    r = c.r
    d = auth0_domain(r)
    tok = c.v("py", lambda rr: g_auth0_mgmt_token(rr, d), "AUTH0_MGMT_TOKEN", doc=("MGMT_API_ACCESS_TOKEN", "YOUR_MGMT_API_ACCESS_TOKEN"))
    return pick(r, ["scripts/sync_users.py", "tools/auth0_export.py", "ops/backfill_roles.py"]), lines(
        '"""Backfill app_metadata for users created before the roles migration."""',
        "import json",
        "import sys",
        "",
        "import requests",
        "",
        'DOMAIN = "%s"' % d,
        "token = %s" % tok,
        "",
        "",
        "def list_users(page):",
        "    resp = requests.get(",
        '        f"https://{DOMAIN}/api/v2/users",',
        '        params={"page": page, "per_page": 50, "include_totals": "false"},',
        '        headers={"Authorization": f"Bearer {token}"},',
        "        timeout=30,",
        "    )",
        "    resp.raise_for_status()",
        "    return resp.json()",
        "",
        "",
        'if __name__ == "__main__":',
        "    for u in list_users(int(sys.argv[1]) if len(sys.argv) > 1 else 0):",
        '        print(json.dumps({"id": u["user_id"], "email": u.get("email")}))')


@pos("auth0", "client_secret")
def p_auth0_passport(c):
    r = c.r
    sec = c.v("js", g_auth0_secret, "AUTH0_CLIENT_SECRET", style="single")
    return pick(r, ["server/config/passport.js", "src/auth/strategy.js", "config/passport.js"]), lines(
        "const passport = require('passport');",
        "const Auth0Strategy = require('passport-auth0');",
        "",
        "const strategy = new Auth0Strategy(",
        "  {",
        "    domain: '%s'," % auth0_domain(r),
        "    clientID: '%s'," % g_auth0_client_id(r),
        "    clientSecret: %s," % sec,
        "    callbackURL: '%s'," % pick(r, ["http://localhost:3000/callback", "https://%s.%s.com/callback" % (app(r), company(r))]),
        "    state: true,",
        "  },",
        "  (accessToken, refreshToken, extraParams, profile, done) => done(null, profile)",
        ");",
        "",
        "passport.use(strategy);",
        "passport.serializeUser((user, done) => done(null, user));",
        "passport.deserializeUser((user, done) => done(null, user));",
        "",
        "module.exports = passport;")


@pos("auth0", "client_secret")
def p_auth0_deploy_cli(c):
    r = c.r
    sec = c.v("json", g_auth0_secret, "AUTH0_CLIENT_SECRET")
    return pick(r, ["auth0/config.json", "tenant/config.json", "deploy/auth0-config.json"]), lines(
        "{",
        '  "AUTH0_DOMAIN": "%s",' % auth0_domain(r),
        '  "AUTH0_CLIENT_ID": "%s",' % g_auth0_client_id(r),
        '  "AUTH0_CLIENT_SECRET": %s,' % sec,
        '  "AUTH0_ALLOW_DELETE": false,',
        '  "AUTH0_KEYWORD_REPLACE_MAPPINGS": {',
        '    "CALLBACK_URL": "https://%s.%s.com/callback",' % (app(r), company(r)),
        '    "LOGO_URL": "https://cdn.%s.com/logo.svg"' % company(r),
        "  },",
        '  "AUTH0_EXCLUDED": ["tenant", "emailProvider"]',
        "}")


@pos("auth0", "client_secret")
def p_auth0_appsettings(c):
    r = c.r
    sec = c.v("json", g_auth0_secret, "AUTH0_CLIENT_SECRET", "Auth0:ClientSecret")
    return pick(r, ["src/Web/appsettings.json", "appsettings.Development.json", "Api/appsettings.json"]), lines(
        "{",
        '  "Logging": {',
        '    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }',
        "  },",
        '  "AllowedHosts": "*",',
        '  "Auth0": {',
        '    "Domain": "%s",' % auth0_domain(r),
        '    "ClientId": "%s",' % g_auth0_client_id(r),
        '    "ClientSecret": %s,' % sec,
        '    "Audience": "https://api.%s.com"' % company(r),
        "  }",
        "}")


@pos("auth0", "management_token")
def p_auth0_runbook_md(c):
    r = c.r
    d = auth0_domain(r)
    tok = c.raw(lambda rr: g_auth0_mgmt_token(rr, d), "MGMT_API_ACCESS_TOKEN", doc=("MGMT_API_ACCESS_TOKEN", "YOUR_MGMT_API_ACCESS_TOKEN"))
    return pick(r, ["docs/runbooks/auth0-block-user.md", "docs/auth0.md", "RUNBOOK.md"]), lines(
        "# Blocking a compromised account",
        "",
        "1. Find the user id in the Auth0 dashboard (User Management > Users).",
        "2. Block the user with the Management API:",
        "",
        "```bash",
        "curl -X PATCH 'https://%s/api/v2/users/auth0%%7C%s' \\" % (d, rs(r, HEX, 24)),
        "  -H 'Content-Type: application/json' \\",
        "  -H 'Authorization: Bearer %s' \\" % tok,
        "  -d '{\"blocked\": true}'",
        "```",
        "",
        "3. Revoke refresh tokens from the dashboard and notify #sec-incidents.")


@pos("auth0", "cookie_secret")
def p_auth0_dotenv(c):
    r = c.r
    path = pick(r, [".env.local", ".env", ".env.production"]) if c.pos else pick(r, [".env.example", ".env.local.example", ".env.sample"])
    sec = c.v("env", g_auth0_cookie_secret, "AUTH0_SECRET", doc=("use [openssl rand -hex 32] to generate a 32 bytes value",))
    return path, lines(
        "# Auth0 (Next.js SDK)",
        "AUTH0_SECRET=%s" % sec,
        "APP_BASE_URL=http://localhost:3000",
        "AUTH0_DOMAIN=%s" % auth0_domain(r),
        "AUTH0_CLIENT_ID=%s" % g_auth0_client_id(r),
        "AUTH0_SCOPE=openid profile email",
        "NEXT_PUBLIC_SITE_NAME=%s" % company(r).title())


@pos("auth0", "client_secret")
def p_auth0_spring(c):
    r = c.r
    sec = c.v("yaml", g_auth0_secret, "AUTH0_CLIENT_SECRET", style="plain" if c.pos and r.random() < 0.4 else "double")
    d = auth0_domain(r)
    return pick(r, ["src/main/resources/application.yml", "service/src/main/resources/application-dev.yml"]), lines(
        "server:",
        "  port: 8080",
        "spring:",
        "  security:",
        "    oauth2:",
        "      client:",
        "        registration:",
        "          auth0:",
        "            client-id: %s" % g_auth0_client_id(r),
        "            client-secret: %s" % sec,
        "            scope: openid,profile,email",
        "        provider:",
        "          auth0:",
        "            issuer-uri: https://%s/" % d,
        "logging:",
        "  level:",
        "    org.springframework.security: INFO")


# ---- Okta
@pos("okta", "api_token")
def p_okta_terraform(c):
    r = c.r
    tok = c.v("tf", g_okta_token, "OKTA_API_TOKEN")
    org = company(r)
    return pick(r, ["infra/okta/main.tf", "terraform/okta.tf", "okta/providers.tf"]), lines(
        "terraform {",
        "  required_providers {",
        "    okta = {",
        '      source  = "okta/okta"',
        '      version = "~> 4.%d"' % r.randrange(0, 12),
        "    }",
        "  }",
        "}",
        "",
        'provider "okta" {',
        '  org_name  = "%s"' % org,
        '  base_url  = "%s"' % pick(r, ["okta.com", "oktapreview.com"]),
        "  api_token = %s" % tok,
        "}",
        "",
        'resource "okta_group" "engineering" {',
        '  name        = "Engineering"',
        '  description = "Managed by Terraform"',
        "}")


@pos("okta", "api_token")
def p_okta_yaml(c):
    r = c.r
    tok = c.v("yaml", g_okta_token, "OKTA_CLIENT_TOKEN", doc=("00QCjAl4MlV-WPXM...0HmjFx-vbGua",),
              style="plain" if c.pos and r.random() < 0.5 else "double")
    return pick(r, [".okta/okta.yaml", "config/okta.yaml", "okta.yaml"]), lines(
        "okta:",
        "  client:",
        '    orgUrl: "https://%s"' % okta_domain(r),
        "    token: %s" % tok,
        "    connectionTimeout: 30",
        "    requestTimeout: 0",
        "    rateLimit:",
        "      maxRetries: 4")


@pos("okta", "api_token")
def p_okta_python_sdk(c):
    r = c.r
    tok = c.v("py", g_okta_token, "OKTA_API_TOKEN", doc=("00QCjAl4MlV-WPXM...0HmjFx-vbGua",))
    return pick(r, ["scripts/okta_deprovision.py", "app/integrations/okta_client.py", "jobs/okta_sync.py"]), lines(
        "import asyncio",
        "",
        "from okta.client import Client as OktaClient",
        "",
        "config = {",
        '    "orgUrl": "https://%s",' % okta_domain(r),
        '    "token": %s,' % tok,
        '    "raiseException": True,',
        "}",
        "",
        "",
        "async def main():",
        "    client = OktaClient(config)",
        '    users, resp, err = await client.list_users({"filter": \'status eq "SUSPENDED"\'})',
        "    for user in users:",
        "        print(user.id, user.profile.login)",
        "",
        "",
        'if __name__ == "__main__":',
        "    asyncio.run(main())")


@pos("okta", "client_secret")
def p_okta_spring(c):
    r = c.r
    sec = c.v("yaml", g_okta_client_secret, "OKTA_OAUTH2_CLIENT_SECRET", style="plain" if c.pos and r.random() < 0.5 else "double")
    return pick(r, ["src/main/resources/application.yml", "gateway/src/main/resources/application.yaml"]), lines(
        "okta:",
        "  oauth2:",
        "    issuer: https://%s/oauth2/default" % okta_domain(r),
        "    client-id: %s" % okta_id(r, "0oa"),
        "    client-secret: %s" % sec,
        "    scopes: openid, profile, email",
        "    redirect-uri: /authorization-code/callback",
        "management:",
        "  endpoints:",
        "    web:",
        "      exposure:",
        "        include: health,info")


@pos("okta", "api_token")
def p_okta_go(c):
    r = c.r
    tok = c.v("go", g_okta_token, "OKTA_API_TOKEN")
    return pick(r, ["internal/okta/client.go", "pkg/idp/okta.go", "cmd/okta-audit/main.go"]), lines(
        "package okta",
        "",
        "import (",
        '\t"context"',
        "",
        '\t"github.com/okta/okta-sdk-golang/v2/okta"',
        ")",
        "",
        "// NewClient returns an Okta management client for the %s org." % company(r),
        "func NewClient(ctx context.Context) (context.Context, *okta.Client, error) {",
        "\treturn okta.NewClient(",
        "\t\tctx,",
        '\t\tokta.WithOrgUrl("https://%s"),' % okta_domain(r),
        "\t\tokta.WithToken(%s)," % tok,
        "\t\tokta.WithRequestTimeout(45),",
        "\t\tokta.WithRateLimitMaxRetries(3),",
        "\t)",
        "}")


@pos("okta", "api_token")
def p_okta_curl_sh(c):
    r = c.r
    tok = c.raw(g_okta_token, "OKTA_API_TOKEN", doc=("00QCjAl4MlV-WPXM...0HmjFx-vbGua",))
    return pick(r, ["scripts/deactivate_user.sh", "bin/okta-suspend.sh", "ops/okta/offboard.sh"]), lines(
        "#!/usr/bin/env bash",
        "set -euo pipefail",
        "",
        "OKTA_ORG=\"https://%s\"" % okta_domain(r),
        'LOGIN="${1:?usage: $0 user@example.com}"',
        "",
        'user_id=$(curl -s "$OKTA_ORG/api/v1/users/$LOGIN" \\',
        '  -H "Accept: application/json" \\',
        '  -H "Authorization: SSWS %s" | jq -r .id)' % tok,
        "",
        'echo "deactivating $user_id"',
        'curl -s -X POST "$OKTA_ORG/api/v1/users/$user_id/lifecycle/deactivate" \\',
        '  -H "Authorization: SSWS ${OKTA_API_TOKEN:-}" >/dev/null')


@pos("okta", "client_secret")
def p_okta_express(c):
    r = c.r
    sec = c.v("js", g_okta_client_secret, "OKTA_CLIENT_SECRET", style="single")
    return pick(r, ["src/auth/oidc.js", "server/oidc.js", "lib/okta.js"]), lines(
        "const { ExpressOIDC } = require('@okta/oidc-middleware');",
        "",
        "module.exports = new ExpressOIDC({",
        "  issuer: 'https://%s/oauth2/default'," % okta_domain(r),
        "  client_id: '%s'," % okta_id(r, "0oa"),
        "  client_secret: %s," % sec,
        "  appBaseUrl: 'http://localhost:8080',",
        "  scope: 'openid profile email',",
        "  routes: { loginCallback: { path: '/authorization-code/callback' } },",
        "});")


@pos("okta", "client_secret")
def p_okta_appsettings(c):
    r = c.r
    sec = c.v("json", g_okta_client_secret, "OKTA_CLIENT_SECRET", "Okta:ClientSecret")
    return pick(r, ["appsettings.json", "src/Portal/appsettings.Production.json"]), lines(
        "{",
        '  "Okta": {',
        '    "OktaDomain": "https://%s",' % okta_domain(r),
        '    "AuthorizationServerId": "default",',
        '    "ClientId": "%s",' % okta_id(r, "0oa"),
        '    "ClientSecret": %s,' % sec,
        '    "Scope": [ "openid", "profile", "email" ]',
        "  },",
        '  "ConnectionStrings": { "Default": "Server=localhost;Database=portal;Trusted_Connection=True;" }',
        "}")


@pos("okta", "private_key")
def p_okta_privkey_yaml(c):
    r = c.r
    pem, alt = c.pem(lambda rr: rsa_private_pem(rr, "pkcs1"), "OKTA_CLIENT_PRIVATEKEY", "okta/service-app.pem")
    head = ["okta:", "  client:", "    connectionTimeout: 30", '    orgUrl: "https://%s"' % okta_domain(r),
            "    authorizationMode: PrivateKey", '    clientId: "%s"' % okta_id(r, "0oa"),
            "    scopes:", "      - okta.users.read", "      - okta.groups.read"]
    if pem:
        body = ["    privateKey: |"] + ["      " + l for l in pem.strip().split("\n")]
    else:
        body = ['    privateKey: "%s"' % alt.replace("\n", "\\n")]
    return pick(r, [".okta/okta.yaml", "config/okta-service.yaml"]), lines(*(head + body))


# ---- Cognito
@pos("aws-cognito", "client_secret")
def p_cognito_python(c):
    r = c.r
    sec = c.v("py", g_cognito_secret, "COGNITO_CLIENT_SECRET")
    reg = pick(r, REGIONS)
    return pick(r, ["app/auth/cognito.py", "backend/cognito_login.py", "services/auth.py"]), lines(
        "import base64",
        "import hashlib",
        "import hmac",
        "",
        "import boto3",
        "",
        'REGION = "%s"' % reg,
        'USER_POOL_ID = "%s"' % cognito_pool(r, reg),
        'CLIENT_ID = "%s"' % g_cognito_client_id(r),
        "CLIENT_SECRET = %s" % sec,
        "",
        'idp = boto3.client("cognito-idp", region_name=REGION)',
        "",
        "",
        "def secret_hash(username: str) -> str:",
        "    msg = (username + CLIENT_ID).encode()",
        "    dig = hmac.new(CLIENT_SECRET.encode(), msg, hashlib.sha256).digest()",
        "    return base64.b64encode(dig).decode()",
        "",
        "",
        "def login(username: str, password: str) -> dict:",
        "    return idp.initiate_auth(",
        '        ClientId=CLIENT_ID,',
        '        AuthFlow="USER_PASSWORD_AUTH",',
        '        AuthParameters={"USERNAME": username, "PASSWORD": password, "SECRET_HASH": secret_hash(username)},',
        "    )")


@pos("aws-cognito", "client_secret")
def p_cognito_nextauth(c):
    r = c.r
    reg = pick(r, REGIONS)
    sec = c.v("ts", g_cognito_secret, "COGNITO_CLIENT_SECRET")
    return pick(r, ["pages/api/auth/[...nextauth].ts", "src/auth.ts", "app/api/auth/[...nextauth]/route.ts"]), lines(
        'import NextAuth from "next-auth";',
        'import CognitoProvider from "next-auth/providers/cognito";',
        "",
        "const handler = NextAuth({",
        "  providers: [",
        "    CognitoProvider({",
        '      clientId: "%s",' % g_cognito_client_id(r),
        "      clientSecret: %s," % sec,
        '      issuer: "https://cognito-idp.%s.amazonaws.com/%s",' % (reg, cognito_pool(r, reg)),
        "    }),",
        "  ],",
        '  session: { strategy: "jwt" },',
        "});",
        "",
        "export { handler as GET, handler as POST };")


@pos("aws-cognito", "client_secret")
def p_cognito_compose(c):
    r = c.r
    reg = pick(r, REGIONS)
    sec = c.v("yaml", g_cognito_secret, "COGNITO_CLIENT_SECRET", style="plain" if c.pos else "double")
    return pick(r, ["docker-compose.yml", "compose.yaml", "deploy/docker-compose.dev.yml"]), lines(
        "services:",
        "  api:",
        "    build: ./api",
        "    ports:",
        '      - "8000:8000"',
        "    environment:",
        "      AWS_REGION: %s" % reg,
        "      COGNITO_USER_POOL_ID: %s" % cognito_pool(r, reg),
        "      COGNITO_APP_CLIENT_ID: %s" % g_cognito_client_id(r),
        "      COGNITO_APP_CLIENT_SECRET: %s" % sec,
        "      LOG_LEVEL: info",
        "    depends_on:",
        "      - redis",
        "  redis:",
        "    image: redis:7-alpine")


@pos("aws-cognito", "client_secret")
def p_cognito_spring_props(c):
    r = c.r
    reg = pick(r, REGIONS)
    sec = c.v("properties", g_cognito_secret, "COGNITO_CLIENT_SECRET")
    pool = cognito_pool(r, reg)
    return pick(r, ["src/main/resources/application.properties", "web/src/main/resources/application-prod.properties"]), lines(
        "spring.application.name=%s" % app(r),
        "spring.security.oauth2.client.registration.cognito.client-id=%s" % g_cognito_client_id(r),
        "spring.security.oauth2.client.registration.cognito.client-secret=%s" % sec,
        "spring.security.oauth2.client.registration.cognito.scope=openid,email,profile",
        "spring.security.oauth2.client.registration.cognito.redirect-uri={baseUrl}/login/oauth2/code/cognito",
        "spring.security.oauth2.client.provider.cognito.issuer-uri=https://cognito-idp.%s.amazonaws.com/%s" % (reg, pool),
        "server.port=8081")


# ---- WorkOS
@pos("workos", "api_key")
def p_workos_ts(c):
    r = c.r
    key = c.v("ts", g_workos_key, "WORKOS_API_KEY", style="single", doc=("sk_example_123456789",))
    return pick(r, ["src/lib/workos.ts", "lib/workos.ts", "server/workos.ts"]), lines(
        "import { WorkOS } from '@workos-inc/node';",
        "",
        "export const workos = new WorkOS(%s, {" % key,
        "  clientId: '%s'," % workos_client_id(r),
        "});",
        "",
        "export const redirectUri =",
        "  process.env.WORKOS_REDIRECT_URI ?? 'http://localhost:3000/callback';",
        "",
        "export async function getAuthorizationUrl(organization: string) {",
        "  return workos.sso.getAuthorizationUrl({ organization, redirectUri, clientId: workos.clientId! });",
        "}")


@pos("workos", "api_key")
def p_workos_python(c):
    r = c.r
    key = c.v("py", g_workos_key, "WORKOS_API_KEY", doc=("sk_example_123456789",))
    return pick(r, ["app/sso.py", "myproject/auth/workos_client.py", "api/routes/sso.py"]), lines(
        "from fastapi import APIRouter",
        "from fastapi.responses import RedirectResponse",
        "from workos import WorkOSClient",
        "",
        "workos_client = WorkOSClient(",
        "    api_key=%s," % key,
        '    client_id="%s",' % workos_client_id(r),
        ")",
        "",
        "router = APIRouter()",
        "",
        "",
        '@router.get("/auth/sso")',
        "def sso(organization: str):",
        "    url = workos_client.sso.get_authorization_url(",
        '        organization_id=organization, redirect_uri="https://%s.%s.com/auth/callback"' % (app(c.r), company(c.r)),
        "    )",
        "    return RedirectResponse(url)")


@pos("workos", "api_key")
def p_workos_ruby(c):
    r = c.r
    key = c.v("rb", g_workos_key, "WORKOS_API_KEY", "workos:api_key")
    return "config/initializers/workos.rb", lines(
        "# frozen_string_literal: true",
        "",
        "WorkOS.configure do |config|",
        "  config.key = %s" % key,
        "  config.timeout = 120",
        "end",
        "",
        'WORKOS_CLIENT_ID = "%s"' % workos_client_id(r),
        'WORKOS_ORGANIZATION = "org_%s"' % ulid(r))


# ---- Stytch
@pos("stytch", "secret")
def p_stytch_node(c):
    r = c.r
    env = pick(r, ["test", "live"])
    sec = c.v("js", lambda rr: g_stytch_secret(rr, env), "STYTCH_SECRET", doc=("SECRET",), style=pick(r, ["single", "double"]))
    return pick(r, ["src/config/stytch.js", "lib/stytchClient.js", "server/stytch.js"]), lines(
        "const stytch = require('stytch');",
        "",
        "const client = new stytch.Client({",
        "  project_id: '%s'," % stytch_id(r, "project", env),
        "  secret: %s," % sec,
        "  env: stytch.envs.%s," % env,
        "});",
        "",
        "async function sendMagicLink(email) {",
        "  return client.magicLinks.email.loginOrCreate({",
        "    email,",
        "    login_magic_link_url: 'http://localhost:3000/authenticate',",
        "    signup_magic_link_url: 'http://localhost:3000/authenticate',",
        "  });",
        "}",
        "",
        "module.exports = { client, sendMagicLink };")


@pos("stytch", "secret")
def p_stytch_python(c):
    r = c.r
    env = pick(r, ["test", "live"])
    sec = c.v("py", lambda rr: g_stytch_secret(rr, env), "STYTCH_SECRET", doc=("SECRET",))
    return pick(r, ["app/stytch_client.py", "accounts/stytch.py"]), lines(
        "from stytch import Client",
        "",
        "client = Client(",
        '    project_id="%s",' % stytch_id(r, "project", env),
        "    secret=%s," % sec,
        ")",
        "",
        "",
        "def authenticate_session(session_token: str):",
        "    resp = client.sessions.authenticate(session_token=session_token)",
        "    return resp.user")


@pos("stytch", "secret")
def p_stytch_go(c):
    r = c.r
    env = pick(r, ["test", "live"])
    sec = c.v("go", lambda rr: g_stytch_secret(rr, env), "STYTCH_SECRET", doc=("SECRET",))
    return pick(r, ["internal/auth/stytch.go", "pkg/stytch/client.go"]), lines(
        "package auth",
        "",
        "import (",
        '\t"github.com/stytchauth/stytch-go/v12/stytch/consumer/stytchapi"',
        ")",
        "",
        "func NewStytch() (*stytchapi.API, error) {",
        "\treturn stytchapi.NewClient(",
        '\t\t"%s",' % stytch_id(r, "project", env),
        "\t\t%s," % sec,
        "\t)",
        "}")


@pos("stytch", "secret")
def p_stytch_curl_md(c):
    r = c.r
    env = pick(r, ["test", "live"])
    pid = stytch_id(r, "project", env)
    sec = c.raw(lambda rr: g_stytch_secret(rr, env), "STYTCH_SECRET", doc=("SECRET",))
    host = "test.stytch.com" if env == "test" else "api.stytch.com"
    return pick(r, ["docs/auth/stytch.md", "docs/local-dev.md", "README.md"]), lines(
        "## Creating a test user",
        "",
        "```sh",
        "curl --request POST \\",
        "  --url https://%s/v1/users \\" % host,
        "  -u '%s:%s' \\" % (pid, sec),
        "  -H 'Content-Type: application/json' \\",
        "  -d '{\"email\": \"%s\"}'" % email(r, "example.com"),
        "```",
        "",
        "The response contains a `user_id` such as `user-%s-%s`." % (env, uuid4(r)))


# ---- Descope
@pos("descope", "management_key")
def p_descope_python(c):
    r = c.r
    key = c.v("py", g_descope_key, "DESCOPE_MANAGEMENT_KEY", doc=("xxxx",))
    return pick(r, ["scripts/descope_tenants.py", "backend/descope_admin.py"]), lines(
        "from descope import AuthException, DescopeClient",
        "",
        'PROJECT_ID = "%s"' % descope_project(r),
        "",
        "try:",
        "    descope_client = DescopeClient(project_id=PROJECT_ID, management_key=%s)" % key,
        "except AuthException as error:",
        '    raise SystemExit(f"failed to initialize: {error}")',
        "",
        "for tenant in descope_client.mgmt.tenant.load_all():",
        '    print(tenant["id"], tenant["name"])')


@pos("descope", "management_key")
def p_descope_workflow(c):
    r = c.r
    pid = descope_project(r)
    key = c.raw(g_descope_key, "DESCOPE_MANAGEMENT_KEY")
    return pick(r, [".github/workflows/descope-export.yml", ".github/workflows/sync-auth-config.yml"]), lines(
        "name: Export Descope project",
        "on:",
        "  schedule:",
        '    - cron: "0 3 * * 1"',
        "  workflow_dispatch: {}",
        "jobs:",
        "  export:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - name: Export",
        "        run: |",
        "          curl -sf -X POST https://api.descope.com/v1/mgmt/project/export \\",
        '            -H "Authorization: Bearer %s:%s" \\' % (pid, key),
        '            -o descope/project.json',
        "      - uses: actions/upload-artifact@v4",
        "        with:",
        "          name: descope-project",
        "          path: descope/project.json")


# ---- FusionAuth
@pos("fusionauth", "api_key")
def p_fusionauth_kickstart(c):
    r = c.r
    key = c.v("json", g_fusionauth_key, "FUSIONAUTH_API_KEY", doc=("#{UUID()}",))
    return pick(r, ["kickstart/kickstart.json", "fusionauth/kickstart.json"]), lines(
        "{",
        '  "variables": {',
        '    "applicationId": "%s",' % uuid4(r),
        '    "defaultTenantId": "%s",' % uuid4(r),
        '    "adminEmail": "%s"' % email(r),
        "  },",
        '  "apiKeys": [',
        "    {",
        '      "key": %s,' % key,
        '      "description": "Unrestricted API key"',
        "    }",
        "  ],",
        '  "requests": [',
        "    {",
        '      "method": "POST",',
        '      "url": "/api/application/#{applicationId}",',
        '      "body": { "application": { "name": "%s" } }' % app(r),
        "    }",
        "  ]",
        "}")


@pos("fusionauth", "api_key")
def p_fusionauth_python(c):
    r = c.r
    key = c.v("py", g_fusionauth_key, "FUSIONAUTH_API_KEY", style="single")
    return pick(r, ["app/fusionauth.py", "users/fa_client.py"]), lines(
        "from fusionauth.fusionauth_client import FusionAuthClient",
        "",
        "client = FusionAuthClient(%s, '%s')" % (key, pick(r, ["http://localhost:9011", "https://auth.%s.com" % company(r)])),
        "",
        "",
        "def find_user(email):",
        "    resp = client.retrieve_user_by_email(email)",
        "    if resp.was_successful():",
        "        return resp.success_response['user']",
        "    return None")


@pos("fusionauth", "api_key")
def p_fusionauth_tf(c):
    r = c.r
    key = c.v("tf", g_fusionauth_key, "FUSIONAUTH_API_KEY")
    return pick(r, ["infra/fusionauth/main.tf", "terraform/fusionauth.tf"]), lines(
        'provider "fusionauth" {',
        "  api_key = %s" % key,
        '  host    = "https://auth.%s.com"' % company(r),
        "}",
        "",
        'resource "fusionauth_application" "%s" {' % app(r).replace("-", "_"),
        '  tenant_id = "%s"' % uuid4(r),
        '  name      = "%s"' % app(r),
        "}")


# ---- SuperTokens
@pos("supertokens", "api_key")
def p_supertokens_node(c):
    r = c.r
    key = c.v("ts", g_supertokens_key, "SUPERTOKENS_API_KEY", doc=("Akjnv3iunvsoi8=-sackjij3ncisds", "<API_KEY>"))
    return pick(r, ["src/config/supertokens.ts", "backend/config.ts"]), lines(
        'import supertokens from "supertokens-node";',
        'import Session from "supertokens-node/recipe/session";',
        'import EmailPassword from "supertokens-node/recipe/emailpassword";',
        "",
        "supertokens.init({",
        '  framework: "express",',
        "  supertokens: {",
        '    connectionURI: "%s",' % pick(r, ["http://supertokens:3567", "https://st-core.%s.internal" % company(r)]),
        "    apiKey: %s," % key,
        "  },",
        "  appInfo: {",
        '    appName: "%s",' % app(r),
        '    apiDomain: "http://localhost:3001",',
        '    websiteDomain: "http://localhost:3000",',
        "  },",
        "  recipeList: [EmailPassword.init(), Session.init()],",
        "});")


@pos("supertokens", "db_password")
def p_supertokens_compose(c):
    r = c.r
    pw = c.raw(g_url_password, "POSTGRES_PASSWORD")
    return pick(r, ["docker-compose.yml", "deploy/supertokens/docker-compose.yaml"]), lines(
        "services:",
        "  supertokens:",
        "    image: registry.supertokens.io/supertokens/supertokens-postgresql:9.%d" % r.randrange(0, 4),
        "    ports:",
        '      - "3567:3567"',
        "    environment:",
        '      POSTGRESQL_CONNECTION_URI: "postgresql://supertokens:%s@db:5432/supertokens"' % pw,
        "    restart: unless-stopped",
        "  db:",
        "    image: postgres:16",
        "    environment:",
        "      POSTGRES_USER: supertokens",
        "      POSTGRES_DB: supertokens",
        "      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password")


@pos("supertokens", "api_key")
def p_supertokens_core_yaml(c):
    r = c.r
    key = c.v("yaml", g_supertokens_key, "API_KEYS", doc=("Akjnv3iunvsoi8=-sackjij3ncisds",), style="double")
    return pick(r, ["supertokens/config.yaml", "core/config.yaml"]), lines(
        "# SuperTokens core configuration",
        "core_config_version: 0",
        "port: 3567",
        "host: 0.0.0.0",
        "access_token_validity: 3600",
        "refresh_token_validity: 144000",
        "api_keys: %s" % key,
        "log_level: INFO",
        "info_log_path: null")


# ---- Ory
@pos("ory", "api_key")
def p_ory_ts(c):
    r = c.r
    key = c.v("ts", g_ory, "ORY_API_KEY", doc=("ory_pat_...", "{API-Key}"))
    slug = "%s-%s" % (pick(r, ["eager", "vigilant", "sharp", "gifted", "focused"]), pick(r, ["turing", "hopper", "lovelace", "noether", "shannon"])) + "-" + rs(r, LOWNUM, 8)
    return pick(r, ["src/lib/ory-admin.ts", "server/ory.ts"]), lines(
        'import { Configuration, IdentityApi } from "@ory/client";',
        "",
        "export const identities = new IdentityApi(",
        "  new Configuration({",
        '    basePath: "https://%s.projects.oryapis.com",' % slug,
        "    accessToken: %s," % key,
        "  }),",
        ");",
        "",
        "export async function deleteIdentity(id: string) {",
        "  await identities.deleteIdentity({ id });",
        "}")


@pos("ory", "api_key")
def p_ory_sh(c):
    r = c.r
    key = c.raw(g_ory, "ORY_API_KEY", doc=("ory_pat_...", "{api-key}"))
    return pick(r, ["scripts/ory-list-identities.sh", "bin/ory_export.sh"]), lines(
        "#!/bin/sh",
        "# list identities of the staging project",
        "PROJECT_SLUG=%s" % rs(r, LOWNUM, 8),
        'curl -s "https://$PROJECT_SLUG.projects.oryapis.com/admin/identities?page_size=250" \\',
        '  -H "Accept: application/json" \\',
        '  -H "Authorization: Bearer %s" | jq ".[].traits.email"' % key)


@pos("ory", "api_key")
def p_ory_go(c):
    r = c.r
    tok = c.v("go", g_ory, "ORY_API_KEY")
    return pick(r, ["internal/ory/client.go", "pkg/identity/ory.go"]), lines(
        "package identity",
        "",
        "import (",
        '\tory "github.com/ory/client-go"',
        ")",
        "",
        "func NewAdmin(slug string) *ory.APIClient {",
        "\tcfg := ory.NewConfiguration()",
        '\tcfg.Servers = ory.ServerConfigurations{{URL: "https://" + slug + ".projects.oryapis.com"}}',
        '\tcfg.AddDefaultHeader("Authorization", "Bearer "+%s)' % tok,
        "\treturn ory.NewAPIClient(cfg)",
        "}")


# ---- Zitadel
@pos("zitadel", "service_account_key")
def p_zitadel_keyjson(c):
    r = c.r
    pem, alt = c.pem(lambda rr: rsa_private_pem(rr, "pkcs1"), "ZITADEL_KEY", "zitadel/machine-key.json", kinds=("masked", "placeholder", "masked"))
    keyval = pem if pem else alt
    d = {"type": "serviceaccount", "keyId": zitadel_id(r), "key": keyval, "expirationDate": "%d-12-31T00:00:00Z" % r.randrange(2026, 2031), "userId": zitadel_id(r)}
    return pick(r, ["deploy/zitadel/machine-key.json", "secrets/zitadel-sa.json", "config/zitadel-key.json"]), json.dumps(d, indent=pick(r, [None, 2])) + "\n"


@pos("zitadel", "masterkey")
def p_zitadel_helm(c):
    r = c.r
    mk = c.v("yaml", g_zitadel_masterkey, "ZITADEL_MASTERKEY", "zitadel:masterkey", doc=("MasterkeyNeedsToHave32Characters",))
    return pick(r, ["deploy/zitadel/values.yaml", "charts/zitadel-values.yaml"]), lines(
        "zitadel:",
        "  masterkey: %s" % mk,
        "  configmapConfig:",
        "    ExternalSecure: true",
        "    ExternalDomain: id.%s.com" % company(r),
        "    TLS:",
        "      Enabled: false",
        "    FirstInstance:",
        "      Org:",
        "        Name: %s" % company(r).title(),
        "replicaCount: %d" % r.randrange(1, 4),
        "ingress:",
        "  enabled: true",
        "  className: nginx")


# ---- Logto
@pos("logto", "app_secret")
def p_logto_ts(c):
    r = c.r
    sec = c.v("ts", g_logto_secret, "LOGTO_APP_SECRET", doc=("your-app-secret",))
    return pick(r, ["app/logto.ts", "src/logto.ts", "lib/logto-config.ts"]), lines(
        'import { LogtoNextConfig } from "@logto/next";',
        "",
        "export const logtoConfig: LogtoNextConfig = {",
        '  endpoint: "https://%s.logto.app/",' % rs(r, LOWNUM, 6),
        '  appId: "%s",' % logto_app_id(r),
        "  appSecret: %s," % sec,
        '  baseUrl: "http://localhost:3000",',
        "  cookieSecret: process.env.LOGTO_COOKIE_SECRET!,",
        '  cookieSecure: process.env.NODE_ENV === "production",',
        '  scopes: ["email", "profile"],',
        "};")


@pos("logto", "app_secret")
def p_logto_python(c):
    r = c.r
    sec = c.v("py", g_logto_secret, "LOGTO_APP_SECRET")
    return pick(r, ["web/logto_client.py", "app/auth/logto.py"]), lines(
        "from logto import LogtoClient, LogtoConfig",
        "",
        "from .storage import SessionStorage",
        "",
        "client = LogtoClient(",
        "    LogtoConfig(",
        '        endpoint="https://auth.%s.com",' % company(r),
        '        appId="%s",' % logto_app_id(r),
        "        appSecret=%s," % sec,
        "    ),",
        "    storage=SessionStorage(),",
        ")")


# ---- Kinde
@pos("kinde", "client_secret")
def p_kinde_ts(c):
    r = c.r
    sec = c.v("ts", g_kinde_secret, "KINDE_CLIENT_SECRET", doc=("some5ecretFromappKey5pag3", "<your_kinde_client_secret>"))
    sub = company(r)
    return pick(r, ["src/kinde.ts", "server/lib/kinde.ts"]), lines(
        'import { createKindeServerClient, GrantType } from "@kinde-oss/kinde-typescript-sdk";',
        "",
        "export const kindeClient = createKindeServerClient(GrantType.AUTHORIZATION_CODE, {",
        '  authDomain: "https://%s.kinde.com",' % sub,
        '  clientId: "%s",' % kinde_client_id(r),
        "  clientSecret: %s," % sec,
        '  redirectURL: "http://localhost:3000/callback",',
        '  logoutRedirectURL: "http://localhost:3000",',
        "});")


@pos("kinde", "client_secret")
def p_kinde_php(c):
    r = c.r
    sec = c.v("php", g_kinde_secret, "KINDE_CLIENT_SECRET", style="single")
    return pick(r, ["app/Services/KindeService.php", "src/Auth/Kinde.php"]), lines(
        "<?php",
        "",
        "namespace App\\Services;",
        "",
        "use Kinde\\KindeSDK\\KindeClientSDK;",
        "use Kinde\\KindeSDK\\Sdk\\Enums\\GrantType;",
        "",
        "class KindeService",
        "{",
        "    public static function client(): KindeClientSDK",
        "    {",
        "        return new KindeClientSDK(",
        "            'https://%s.kinde.com'," % company(r),
        "            'http://localhost:8000/callback',",
        "            '%s'," % kinde_client_id(r),
        "            %s," % sec,
        "            GrantType::authorizationCode,",
        "            'http://localhost:8000'",
        "        );",
        "    }",
        "}")


# ---- Keycloak
def kc_client_block(r, cid, secret_json):
    return [
        "    {",
        '      "id": "%s",' % uuid4(r),
        '      "clientId": "%s",' % cid,
        '      "name": "%s",' % cid.replace("-", " ").title(),
        '      "enabled": true,',
        '      "clientAuthenticatorType": "client-secret",',
        '      "secret": %s,' % secret_json,
        '      "redirectUris": ["https://%s.%s.com/*"],' % (app(r), company(r)),
        '      "webOrigins": ["+"],',
        '      "standardFlowEnabled": true,',
        '      "serviceAccountsEnabled": %s,' % pick(r, ["true", "false"]),
        '      "publicClient": false,',
        '      "protocol": "openid-connect"',
        "    }"]


@pos("keycloak", "client_secret")
def p_kc_realm_export(c):
    r = c.r
    rl = realm(r)
    sec = c.v("json", g_kc_secret, "KC_CLIENT_SECRET", allow=("placeholder", "masked", "env", "template", "empty"))
    cid = "%s-%s" % (app(r), pick(r, ["backend", "web", "service", "bff"]))
    body = ["{",
            '  "id": "%s",' % rl, '  "realm": "%s",' % rl, '  "enabled": true,', '  "sslRequired": "external",',
            '  "accessTokenLifespan": %d,' % pick(r, [300, 600, 900]), '  "registrationAllowed": false,',
            '  "loginTheme": "%s",' % company(r), '  "clients": [']
    body += kc_client_block(r, cid, sec)
    body += ["  ],", '  "roles": { "realm": [ { "name": "admin" }, { "name": "user" } ] }', "}"]
    return pick(r, ["keycloak/realm-export.json", "docker/keycloak/import/%s-realm.json" % rl, "realms/%s.json" % rl]), lines(*body)


@pos("keycloak", "admin_password")
def p_kc_compose(c):
    r = c.r
    pw = c.v("yaml", g_password, "KEYCLOAK_ADMIN_PASSWORD", doc=("admin",), style="plain" if c.pos and r.random() < 0.4 else "double")
    var = pick(r, ["KEYCLOAK_ADMIN_PASSWORD", "KC_BOOTSTRAP_ADMIN_PASSWORD"])
    return pick(r, ["docker-compose.yml", "keycloak/docker-compose.yaml", "infra/compose.keycloak.yml"]), lines(
        "services:",
        "  keycloak:",
        "    image: quay.io/keycloak/keycloak:%d.0" % r.randrange(22, 27),
        "    command: start-dev --import-realm",
        "    environment:",
        "      %s: admin" % ("KEYCLOAK_ADMIN" if var.startswith("KEYCLOAK") else "KC_BOOTSTRAP_ADMIN_USERNAME"),
        "      %s: %s" % (var, pw),
        "      KC_DB: postgres",
        "      KC_DB_URL: jdbc:postgresql://postgres:5432/keycloak",
        "      KC_DB_USERNAME: keycloak",
        "      KC_DB_PASSWORD_FILE: /run/secrets/kc_db_password",
        "      KC_HOSTNAME: localhost",
        "    ports:",
        '      - "8080:8080"',
        "    volumes:",
        "      - ./realms:/opt/keycloak/data/import:ro")


@pos("keycloak", "client_secret")
def p_kc_spring_props(c):
    r = c.r
    sec = c.v("properties", g_kc_secret, "KEYCLOAK_CLIENT_SECRET")
    h = kc_host(r)
    rl = realm(r)
    return pick(r, ["src/main/resources/application.properties", "orders/src/main/resources/application-dev.properties"]), lines(
        "server.port=%d" % pick(r, [8081, 8082, 9000]),
        "spring.security.oauth2.client.registration.keycloak.client-id=%s" % app(r),
        "spring.security.oauth2.client.registration.keycloak.client-secret=%s" % sec,
        "spring.security.oauth2.client.registration.keycloak.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.keycloak.scope=openid",
        "spring.security.oauth2.client.provider.keycloak.issuer-uri=%s/realms/%s" % (h, rl),
        "spring.security.oauth2.client.provider.keycloak.user-name-attribute=preferred_username")


@pos("keycloak", "admin_password")
def p_kc_helm(c):
    r = c.r
    pw = c.v("yaml", g_password, "KEYCLOAK_ADMIN_PASSWORD", "auth:adminPassword", style="double")
    return pick(r, ["deploy/keycloak/values.yaml", "helm/keycloak-values.yaml", "k8s/keycloak/values-prod.yaml"]), lines(
        "# bitnami/keycloak",
        "auth:",
        "  adminUser: admin",
        "  adminPassword: %s" % pw,
        "production: true",
        "proxy: edge",
        "replicaCount: 2",
        "postgresql:",
        "  enabled: false",
        "externalDatabase:",
        "  host: %s-pg.%s.svc.cluster.local" % (company(r), pick(r, ["data", "db", "infra"])),
        "  user: keycloak",
        "  database: keycloak",
        "  existingSecret: keycloak-db",
        "ingress:",
        "  enabled: true",
        "  hostname: sso.%s.com" % company(r))


@pos("keycloak", "client_secret")
def p_kc_python(c):
    r = c.r
    sec = c.v("py", g_kc_secret, "KEYCLOAK_CLIENT_SECRET")
    return pick(r, ["app/core/keycloak.py", "auth/kc.py", "src/security/oidc.py"]), lines(
        "from keycloak import KeycloakOpenID",
        "",
        "keycloak_openid = KeycloakOpenID(",
        '    server_url="%s/",' % kc_host(r),
        '    realm_name="%s",' % realm(r),
        '    client_id="%s",' % app(r),
        "    client_secret_key=%s," % sec,
        "    verify=True,",
        ")",
        "",
        "",
        "def exchange(code: str, redirect_uri: str) -> dict:",
        "    return keycloak_openid.token(",
        '        grant_type="authorization_code", code=code, redirect_uri=redirect_uri',
        "    )")


@pos("keycloak", "client_secret")
def p_kc_adapter_json(c):
    r = c.r
    sec = c.v("json", g_kc_secret, "KEYCLOAK_CLIENT_SECRET")
    return pick(r, ["keycloak.json", "config/keycloak.json", "WEB-INF/keycloak.json"]), lines(
        "{",
        '  "realm": "%s",' % realm(r),
        '  "auth-server-url": "%s/",' % kc_host(r),
        '  "ssl-required": "external",',
        '  "resource": "%s",' % app(r),
        '  "credentials": {',
        '    "secret": %s' % sec,
        "  },",
        '  "confidential-port": 0',
        "}")


@pos("keycloak", "client_secret")
def p_kc_terraform(c):
    r = c.r
    sec = c.v("tf", g_kc_secret, "KEYCLOAK_CLIENT_SECRET")
    return pick(r, ["infra/keycloak/provider.tf", "terraform/keycloak/main.tf"]), lines(
        'provider "keycloak" {',
        '  client_id     = "terraform"',
        "  client_secret = %s" % sec,
        '  url           = "%s"' % kc_host(r),
        '  realm         = "master"',
        "}",
        "",
        'resource "keycloak_realm" "%s" {' % company(r),
        '  realm        = "%s"' % company(r),
        "  enabled      = true",
        '  login_theme  = "keycloak"',
        "}")


# ---- authentik
@pos("authentik", "api_token")
def p_authentik_tf(c):
    r = c.r
    tok = c.v("tf", g_authentik_token, "AUTHENTIK_TOKEN")
    return pick(r, ["infra/authentik/main.tf", "terraform/authentik.tf"]), lines(
        "terraform {",
        "  required_providers {",
        "    authentik = {",
        '      source  = "goauthentik/authentik"',
        '      version = "2024.%d.0"' % r.randrange(1, 13),
        "    }",
        "  }",
        "}",
        "",
        'provider "authentik" {',
        '  url   = "https://authentik.%s.com"' % company(r),
        "  token = %s" % tok,
        "}")


@pos("authentik", "secret_key")
def p_authentik_compose(c):
    r = c.r
    which = pick(r, ["AUTHENTIK_SECRET_KEY", "AUTHENTIK_BOOTSTRAP_TOKEN", "AUTHENTIK_BOOTSTRAP_PASSWORD"])
    gen = {"AUTHENTIK_SECRET_KEY": g_authentik_secret_key, "AUTHENTIK_BOOTSTRAP_TOKEN": g_authentik_token,
           "AUTHENTIK_BOOTSTRAP_PASSWORD": g_password}[which]
    val = c.v("yaml", gen, which, style="double")
    return pick(r, ["authentik/docker-compose.yml", "docker-compose.yml"]), lines(
        "services:",
        "  server:",
        "    image: ghcr.io/goauthentik/server:2024.%d.%d" % (r.randrange(1, 13), r.randrange(0, 5)),
        "    command: server",
        "    environment:",
        "      AUTHENTIK_REDIS__HOST: redis",
        "      AUTHENTIK_POSTGRESQL__HOST: postgresql",
        "      AUTHENTIK_POSTGRESQL__USER: authentik",
        "      AUTHENTIK_POSTGRESQL__NAME: authentik",
        "      AUTHENTIK_POSTGRESQL__PASSWORD: file:///run/secrets/pg_pass",
        "      %s: %s" % (which, val),
        "    ports:",
        '      - "9000:9000"',
        '      - "9443:9443"',
        "  redis:",
        "    image: docker.io/library/redis:alpine")


@pos("authentik", "api_token")
def p_authentik_py(c):
    r = c.r
    tok = c.v("py", g_authentik_token, "AUTHENTIK_TOKEN")
    return pick(r, ["tools/authentik_groups.py", "scripts/ak_users.py"]), lines(
        "import requests",
        "",
        'BASE = "https://authentik.%s.com/api/v3"' % company(r),
        "session = requests.Session()",
        'session.headers["Authorization"] = "Bearer " + %s' % tok,
        "",
        'for g in session.get(f"{BASE}/core/groups/", timeout=20).json()["results"]:',
        '    print(g["pk"], g["name"], len(g["users"]))')


# ---- Firebase
def firebase_sa(r, key_value):
    proj = "%s-%s" % (company(r), pick(r, ["prod", "app", "auth", "dev"])) + pick(r, ["", "-" + rs(r, LOWNUM, 5)])
    acct = "firebase-adminsdk-%s@%s.iam.gserviceaccount.com" % (rs(r, LOWNUM, 5), proj)
    return proj, acct, {
        "type": "service_account", "project_id": proj, "private_key_id": rs(r, HEX, 40), "private_key": key_value,
        "client_email": acct, "client_id": digits(r, 21), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/" + acct.replace("@", "%40"),
        "universe_domain": "googleapis.com"}


@pos("firebase", "service_account_key")
def p_firebase_sa_json(c):
    r = c.r
    pem, alt = c.pem(lambda rr: rsa_private_pem(rr, "pkcs8"), "FIREBASE_PRIVATE_KEY", "firebase/serviceAccountKey.json", kinds=("masked", "placeholder", "masked"))
    _, _, d = firebase_sa(r, pem if pem else alt)
    return pick(r, ["serviceAccountKey.json", "config/firebase-adminsdk.json", "functions/service-account.json"]), json.dumps(d, indent=2) + "\n"


@pos("firebase", "service_account_key")
def p_firebase_admin_ts(c):
    r = c.r
    pem, alt = c.pem(lambda rr: rsa_private_pem(rr, "pkcs8"), "FIREBASE_PRIVATE_KEY", "firebase-key.pem")
    proj, acct, _ = firebase_sa(r, "")
    if pem:
        kexpr = json.dumps(pem)
    elif alt.startswith("${"):
        kexpr = 'process.env.FIREBASE_PRIVATE_KEY?.replace(/\\\\n/g, "\\n")'
    elif alt.startswith(("/", "./", "file:")):
        kexpr = 'readFileSync(%s, "utf8")' % json.dumps(alt.split(":", 1)[-1])
    else:
        kexpr = json.dumps(alt)
    return pick(r, ["src/lib/firebase-admin.ts", "functions/src/admin.ts"]), lines(
        'import { readFileSync } from "node:fs";',
        'import { cert, getApps, initializeApp } from "firebase-admin/app";',
        'import { getAuth } from "firebase-admin/auth";',
        "",
        "if (!getApps().length) {",
        "  initializeApp({",
        "    credential: cert({",
        '      projectId: "%s",' % proj,
        '      clientEmail: "%s",' % acct,
        "      privateKey: %s," % kexpr,
        "    }),",
        "  });",
        "}",
        "",
        "export const adminAuth = getAuth();")


# ---- SAML
@pos("saml", "signing_key")
def p_saml_pem_file(c):
    r = c.r
    pem, alt = c.pem(private_pem, "SAML_SP_KEY", "saml/sp.key")
    if pem:
        return pick(r, ["config/saml/sp-signing.key", "certs/saml/sp.key", "saml/private.pem"]), pem
    # negative: a README next to where the key would live
    return pick(r, ["config/saml/README.md", "certs/saml/README.md"]), lines(
        "# SAML SP keys", "", "The signing key is not stored in git. It is mounted at runtime from:", "",
        "    %s" % alt.replace("\n", " "), "", "The matching certificate (`sp.crt`) is public and uploaded to the IdP.")


@pos("saml", "signing_key")
def p_saml_python3_settings(c):
    r = c.r
    if c.pos:
        pem = private_pem(r) if r.random() < 0.5 else rsa_private_pem(r, "pkcs8")
        body = pem_body_oneline(pem)
        c._set(body)
        val = json.dumps(body)
    else:
        c.negkind = pick(r, ["empty", "placeholder", "env"])
        val = {"empty": '""', "placeholder": '"<sp-private-key-base64>"', "env": '"${SAML_SP_PRIVATE_KEY}"'}[c.negkind]
    crt = pem_body_oneline(cert_pem(r, "%s-sp" % app(r), company(r).title()))
    host = "https://%s.%s.com" % (app(r), company(r))
    return pick(r, ["saml/settings.json", "app/saml/settings.json"]), lines(
        "{",
        '  "strict": true,',
        '  "debug": false,',
        '  "sp": {',
        '    "entityId": "%s/saml/metadata/",' % host,
        '    "assertionConsumerService": { "url": "%s/saml/acs/", "binding": "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" },' % host,
        '    "NameIDFormat": "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",',
        '    "x509cert": "%s",' % crt,
        '    "privateKey": %s' % val,
        "  },",
        '  "idp": {',
        '    "entityId": "http://www.okta.com/%s",' % rs(r, ALNUM, 20),
        '    "singleSignOnService": { "url": "https://%s/app/%s/sso/saml", "binding": "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" }' % (okta_domain(r), rs(r, LOWNUM, 20)),
        "  }",
        "}")


@pos("saml", "signing_key")
def p_saml_ruby(c):
    r = c.r
    pem, alt = c.pem(lambda rr: rsa_private_pem(rr, "pkcs1"), "SAML_SP_PRIVATE_KEY", "saml/sp.key")
    head = ["# frozen_string_literal: true", "", "def saml_settings", "  settings = OneLogin::RubySaml::Settings.new",
            '  settings.sp_entity_id = "https://%s.%s.com/saml/metadata"' % (app(r), company(r)),
            '  settings.assertion_consumer_service_url = "https://%s.%s.com/saml/acs"' % (app(r), company(r)),
            '  settings.idp_sso_service_url = "https://%s/samlp/%s"' % (auth0_domain(r), g_auth0_client_id(r)),
            '  settings.idp_cert_fingerprint = "%s"' % ":".join(rs(r, "0123456789ABCDEF", 2) for _ in range(32)),
            '  settings.idp_cert_fingerprint_algorithm = "http://www.w3.org/2001/04/xmlenc#sha256"',
            "  settings.security[:authn_requests_signed] = true"]
    if pem:
        mid = ["  settings.private_key = <<~PEM"] + ["    " + l for l in pem.strip().split("\n")] + ["  PEM"]
    elif alt.startswith("${"):
        mid = ['  settings.private_key = ENV.fetch("SAML_SP_PRIVATE_KEY")']
    else:
        mid = ["  settings.private_key = File.read(%s)" % json.dumps(alt.split(":", 1)[-1] if alt.startswith(("/", "./", "file:")) else "config/saml/sp.key")]
    return pick(r, ["config/initializers/saml.rb", "app/lib/saml_settings.rb"]), lines(*(head + mid + ["  settings", "end"]))


@pos("saml", "signing_key")
def p_saml_node(c):
    r = c.r
    pem, alt = c.pem(private_pem, "SAML_PRIVATE_KEY", "saml/sp.key")
    host = "https://%s.%s.com" % (app(r), company(r))
    if pem:
        pre = ["const privateKey = `" + pem.rstrip("\n") + "`;"]
        ref = "privateKey"
    elif alt.startswith("${"):
        pre = []
        ref = "process.env.SAML_PRIVATE_KEY"
    else:
        pre = ["const privateKey = fs.readFileSync(%s, 'utf8');" % json.dumps(alt.split(":", 1)[-1] if alt.startswith(("/", "./", "file:")) else "certs/sp.key")]
        ref = "privateKey"
    return pick(r, ["src/auth/saml.js", "server/saml-strategy.js"]), lines(*(
        ["const fs = require('fs');", "const { Strategy: SamlStrategy } = require('@node-saml/passport-saml');", ""] + pre + [
         "",
         "module.exports = new SamlStrategy(",
         "  {",
         "    callbackUrl: '%s/login/callback'," % host,
         "    entryPoint: 'https://%s/app/%s/sso/saml'," % (okta_domain(r), rs(r, LOWNUM, 20)),
         "    issuer: '%s'," % host,
         "    idpCert: fs.readFileSync('certs/idp.crt', 'utf8'),",
         "    privateKey: %s," % ref,
         "    signatureAlgorithm: 'sha256',",
         "  },",
         "  (profile, done) => done(null, profile)",
         ");"]))


# ---- JWT HS256 signing secrets
@pos("jwt", "hmac_secret")
def p_jwt_nest(c):
    r = c.r
    sec = c.v("ts", g_jwt_secret, "JWT_SECRET", style="single")
    return pick(r, ["src/auth/auth.module.ts", "apps/api/src/auth/auth.module.ts"]), lines(
        "import { Module } from '@nestjs/common';",
        "import { JwtModule } from '@nestjs/jwt';",
        "import { PassportModule } from '@nestjs/passport';",
        "import { AuthService } from './auth.service';",
        "import { JwtStrategy } from './jwt.strategy';",
        "",
        "@Module({",
        "  imports: [",
        "    PassportModule,",
        "    JwtModule.register({",
        "      secret: %s," % sec,
        "      signOptions: { expiresIn: '%s', algorithm: 'HS256' }," % pick(r, ["15m", "1h", "60s", "7d"]),
        "    }),",
        "  ],",
        "  providers: [AuthService, JwtStrategy],",
        "  exports: [AuthService],",
        "})",
        "export class AuthModule {}")


@pos("jwt", "hmac_secret")
def p_jwt_django(c):
    r = c.r
    sec = c.v("py", g_jwt_secret, "JWT_SIGNING_KEY")
    return pick(r, ["config/settings/base.py", "backend/settings.py", "project/settings/production.py"]), lines(
        "from datetime import timedelta",
        "from pathlib import Path",
        "",
        "import environ",
        "",
        "env = environ.Env()",
        "BASE_DIR = Path(__file__).resolve().parent.parent",
        'SECRET_KEY = env("DJANGO_SECRET_KEY")',
        "DEBUG = False",
        'ALLOWED_HOSTS = ["%s.%s.com"]' % (app(r), company(r)),
        "",
        "REST_FRAMEWORK = {",
        '    "DEFAULT_AUTHENTICATION_CLASSES": ("rest_framework_simplejwt.authentication.JWTAuthentication",),',
        "}",
        "",
        "SIMPLE_JWT = {",
        '    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=%d),' % pick(r, [5, 15, 30]),
        '    "REFRESH_TOKEN_LIFETIME": timedelta(days=%d),' % pick(r, [1, 7, 14]),
        '    "ALGORITHM": "HS256",',
        '    "SIGNING_KEY": %s,' % sec,
        '    "AUTH_HEADER_TYPES": ("Bearer",),',
        "}")


@pos("jwt", "hmac_secret")
def p_jwt_fastapi(c):
    r = c.r
    sec = c.v("py", g_jwt_secret, "SECRET_KEY", doc=("09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7",))
    return pick(r, ["app/core/security.py", "app/auth/jwt.py", "src/security.py"]), lines(
        "from datetime import datetime, timedelta, timezone",
        "",
        "import jwt",
        "from passlib.context import CryptContext",
        "",
        "SECRET_KEY = %s" % sec,
        'ALGORITHM = "HS256"',
        "ACCESS_TOKEN_EXPIRE_MINUTES = %d" % pick(r, [30, 60, 15]),
        "",
        'pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto")',
        "",
        "",
        "def create_access_token(data: dict) -> str:",
        "    to_encode = data.copy()",
        "    expire = datetime.now(timezone.utc) + timedelta(minutes=ACCESS_TOKEN_EXPIRE_MINUTES)",
        '    to_encode.update({"exp": expire})',
        "    return jwt.encode(to_encode, SECRET_KEY, algorithm=ALGORITHM)")


@pos("jwt", "hmac_secret")
def p_jwt_go(c):
    r = c.r
    sec = c.v("go", g_jwt_secret, "JWT_SECRET")
    return pick(r, ["internal/auth/token.go", "pkg/auth/jwt.go"]), lines(
        "package auth",
        "",
        "import (",
        '\t"time"',
        "",
        '\t"github.com/golang-jwt/jwt/v5"',
        ")",
        "",
        "var hmacSecret = []byte(%s)" % sec,
        "",
        "func Issue(userID string) (string, error) {",
        "\tclaims := jwt.RegisteredClaims{",
        "\t\tSubject:   userID,",
        '\t\tIssuer:    "%s",' % app(r),
        "\t\tExpiresAt: jwt.NewNumericDate(time.Now().Add(%d * time.Minute))," % pick(r, [15, 30, 60]),
        "\t}",
        "\treturn jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(hmacSecret)",
        "}")


@pos("jwt", "hmac_secret")
def p_jwt_express_positional(c):
    r = c.r
    sec = c.v("js", g_jwt_secret, "JWT_SECRET", style="single")
    return pick(r, ["routes/login.js", "src/routes/auth.js"]), lines(
        "const express = require('express');",
        "const jwt = require('jsonwebtoken');",
        "const { verifyPassword } = require('../lib/users');",
        "",
        "const router = express.Router();",
        "",
        "router.post('/login', async (req, res) => {",
        "  const user = await verifyPassword(req.body.email, req.body.password);",
        "  if (!user) return res.status(401).json({ error: 'invalid_credentials' });",
        "  const token = jwt.sign({ sub: user.id, role: user.role }, %s, {" % sec,
        "    algorithm: 'HS256',",
        "    expiresIn: '%s'," % pick(r, ["1h", "2h", "30m"]),
        "  });",
        "  res.json({ token });",
        "});",
        "",
        "module.exports = router;")


@pos("jwt", "hmac_secret")
def p_jwt_laravel(c):
    r = c.r
    sec = c.v("php", g_jwt_secret, "JWT_SECRET", style="single")
    if c.pos:
        line = "    'secret' => env('JWT_SECRET', %s)," % sec
    else:
        line = "    'secret' => %s," % (sec if sec.startswith(("env(", "getenv(", "$_ENV", "config(")) else "env('JWT_SECRET', %s)" % sec)
    return "config/jwt.php", lines(
        "<?php",
        "",
        "return [",
        "    /*",
        "    | JWT Authentication Secret (HS256)",
        "    */",
        line,
        "    'ttl' => env('JWT_TTL', %d)," % pick(r, [60, 120, 1440]),
        "    'refresh_ttl' => env('JWT_REFRESH_TTL', 20160),",
        "    'algo' => env('JWT_ALGO', 'HS256'),",
        "    'blacklist_enabled' => env('JWT_BLACKLIST_ENABLED', true),",
        "];")


@pos("nextauth", "hmac_secret")
def p_nextauth_helm(c):
    r = c.r
    sec = c.v("yaml", lambda rr: b64(rbytes(rr, 32)), "NEXTAUTH_SECRET", "web:nextauthSecret", style="double")
    return pick(r, ["deploy/web/values.yaml", "charts/web/values-staging.yaml"]), lines(
        "image:",
        "  repository: ghcr.io/%s/%s" % (company(r), app(r)),
        '  tag: "%d.%d.%d"' % (r.randrange(1, 4), r.randrange(0, 20), r.randrange(0, 10)),
        "env:",
        '  NEXTAUTH_URL: "https://%s.%s.com"' % (app(r), company(r)),
        "  NEXTAUTH_SECRET: %s" % sec,
        '  AUTH_TRUST_HOST: "true"',
        "resources:",
        "  requests:",
        "    cpu: 100m",
        "    memory: 256Mi")


# ---- JWK / JWKS private keys
@pos("jwks", "jwk_private")
def p_jwks_file(c):
    r = c.r
    keys = []
    n = pick(r, [1, 1, 2])
    for i in range(n):
        if i == 0:
            if c.pos:
                k = jwk_rsa_private(r)
                c._set(k["d"])
            else:
                k = jwk_rsa_public(r)
                c.negkind = "public-jwks"
        else:
            k = jwk_rsa_public(r)
        keys.append(k)
    return pick(r, ["keys/jwks.json", "config/oidc/jwks.json", "certs/signing-jwks.json"]), json.dumps({"keys": keys}, indent=2) + "\n"


@pos("jwks", "jwk_private")
def p_jwk_ec_ts(c):
    r = c.r
    k = jwk_ec(r, private=True)
    if c.pos:
        c._set(k["d"])
    else:
        del k["d"]
        c.negkind = "public-jwk"
    body = ",\n".join('  %s: "%s"' % (kk, vv) for kk, vv in k.items())
    return pick(r, ["src/keys/signing-key.ts", "lib/jose/key.ts"]), lines(
        'import { importJWK, SignJWT } from "jose";',
        "",
        "const signingJwk = {",
        body,
        "};",
        "",
        "export async function sign(claims: Record<string, unknown>) {",
        '  const key = await importJWK(signingJwk, "ES256");',
        "  return new SignJWT(claims)",
        '    .setProtectedHeader({ alg: "ES256", kid: signingJwk.kid })',
        "    .setIssuedAt()",
        '    .setExpirationTime("10m")',
        "    .sign(key);",
        "}")


@pos("jwks", "jwk_private")
def p_jwk_okp_yaml(c):
    r = c.r
    k = jwk_okp(r, private=True)
    if c.pos:
        c._set(k["d"])
        dline = ["      d: %s" % k["d"]]
    else:
        c.negkind = "public-jwk"
        dline = []
    return pick(r, ["config/oidc-provider.yaml", "deploy/idp/config.yaml"]), lines(*(
        ["issuer: https://id.%s.com" % company(r), "ttl:", "  AccessToken: 3600", "  IdToken: 3600", "jwks:", "  keys:",
         "    - kty: OKP", "      crv: Ed25519", "      kid: %s" % k["kid"], "      alg: EdDSA", "      x: %s" % k["x"]] + dline +
        ["features:", "  devInteractions:", "    enabled: false", "  revocation:", "    enabled: true"]))


@pos("oidc-provider", "cookie_keys")
def p_oidc_provider_cookies(c):
    r = c.r
    sec = c.v("js", lambda rr: rs(rr, ALNUM, 40), "COOKIE_KEY", style="single")
    return pick(r, ["src/oidc/configuration.js", "idp/config.js"]), lines(
        "module.exports = {",
        "  clients: [",
        "    {",
        "      client_id: '%s'," % app(r),
        "      token_endpoint_auth_method: 'none',",
        "      redirect_uris: ['https://%s.%s.com/cb']," % (app(r), company(r)),
        "    },",
        "  ],",
        "  cookies: {",
        "    keys: [%s]," % sec,
        "  },",
        "  pkce: { required: () => true },",
        "  ttl: { AccessToken: 3600, IdToken: 3600 },",
        "};")


# ---- more file types
@pos("keycloak", "admin_password")
def p_kc_dockerfile(c):
    r = c.r
    pw = c.v("env", g_password, "KEYCLOAK_ADMIN_PASSWORD")
    if not c.pos and pw == "":
        pw = '""'
    return pick(r, ["Dockerfile", "keycloak/Dockerfile", "docker/keycloak.Dockerfile"]), lines(
        "FROM quay.io/keycloak/keycloak:%d.0 AS builder" % r.randrange(22, 27),
        "ENV KC_HEALTH_ENABLED=true",
        "ENV KC_DB=postgres",
        "RUN /opt/keycloak/bin/kc.sh build",
        "",
        "FROM quay.io/keycloak/keycloak:%d.0" % r.randrange(22, 27),
        "COPY --from=builder /opt/keycloak/ /opt/keycloak/",
        "COPY themes/%s /opt/keycloak/themes/%s" % (company(r), company(r)),
        "ENV KEYCLOAK_ADMIN=admin",
        "ENV KEYCLOAK_ADMIN_PASSWORD=%s" % pw,
        'ENTRYPOINT ["/opt/keycloak/bin/kc.sh"]',
        'CMD ["start", "--optimized"]')


@pos("auth0", "client_secret")
def p_auth0_toml(c):
    r = c.r
    sec = c.v("toml", g_auth0_secret, "AUTH0_CLIENT_SECRET")
    return pick(r, ["config/default.toml", "settings.toml", "crates/api/config.toml"]), lines(
        "[server]",
        'host = "0.0.0.0"',
        "port = %d" % pick(r, [8080, 3000, 8000]),
        "",
        "[auth0]",
        'domain = "%s"' % auth0_domain(r),
        'client_id = "%s"' % g_auth0_client_id(r),
        "client_secret = %s" % sec,
        'audience = "https://api.%s.com"' % company(r),
        "",
        "[database]",
        "max_connections = %d" % pick(r, [5, 10, 20]))


@pos("okta", "client_secret")
def p_okta_webconfig(c):
    r = c.r
    sec = c.v("xml", g_okta_client_secret, "OKTA_CLIENT_SECRET")
    return pick(r, ["Web.config", "src/Intranet/Web.config"]), lines(
        '<?xml version="1.0" encoding="utf-8"?>',
        "<configuration>",
        "  <appSettings>",
        '    <add key="webpages:Version" value="3.0.0.0" />',
        '    <add key="okta:OktaDomain" value="https://%s" />' % okta_domain(r),
        '    <add key="okta:ClientId" value="%s" />' % okta_id(r, "0oa"),
        '    <add key="okta:ClientSecret" value="%s" />' % sec,
        '    <add key="okta:RedirectUri" value="https://localhost:44314/authorization-code/callback" />',
        "  </appSettings>",
        "  <system.web>",
        '    <compilation debug="false" targetFramework="4.8" />',
        "  </system.web>",
        "</configuration>")


@pos("okta", "api_token")
def p_okta_sql(c):
    r = c.r
    tok = c.v("raw", g_okta_token, "OKTA_API_TOKEN", allow=("placeholder", "masked", "doc-example"), doc=("00QCjAl4MlV-WPXM...0HmjFx-vbGua",))
    return pick(r, ["db/seeds/integrations.sql", "migrations/0042_seed_idp_integrations.sql"]), lines(
        "-- identity provider integrations for the staging tenant",
        "INSERT INTO idp_integrations (id, tenant_id, provider, base_url, api_token, created_at)",
        "VALUES",
        "  (%d, '%s', 'okta', 'https://%s', '%s', '%s');" % (r.randrange(1, 500), uuid4(r), okta_domain(r), tok, ts_iso(r)[:19].replace("T", " ")),
        "",
        "INSERT INTO idp_group_mappings (integration_id, idp_group, role) VALUES",
        "  (1, 'Engineering', 'editor'),",
        "  (1, 'Everyone', 'viewer');")


@pos("descope", "management_key")
def p_descope_go(c):
    r = c.r
    key = c.v("go", g_descope_key, "DESCOPE_MANAGEMENT_KEY")
    return pick(r, ["internal/descope/client.go", "cmd/tenants/main.go"]), lines(
        "package main",
        "",
        "import (",
        '\t"log"',
        "",
        '\t"github.com/descope/go-sdk/descope"',
        '\t"github.com/descope/go-sdk/descope/client"',
        ")",
        "",
        "func main() {",
        "\tdescopeClient, err := client.NewWithConfig(&client.Config{",
        '\t\tProjectID:     "%s",' % descope_project(r),
        "\t\tManagementKey: %s," % key,
        "\t\tLogLevel:      descope.LogInfoLevel,",
        "\t})",
        "\tif err != nil {",
        '\t\tlog.Fatalf("descope init: %v", err)',
        "\t}",
        "\t_ = descopeClient",
        "}")


@pos("kinde", "client_secret")
def p_kinde_env(c):
    r = c.r
    path = pick(r, [".env.local", ".env"]) if c.pos else pick(r, [".env.local.sample", ".env.template", ".env.example"])
    sec = c.v("env", g_kinde_secret, "KINDE_CLIENT_SECRET", doc=("<your_kinde_client_secret>",))
    return path, lines(
        "KINDE_CLIENT_ID=%s" % kinde_client_id(r),
        "KINDE_CLIENT_SECRET=%s" % sec,
        "KINDE_ISSUER_URL=https://%s.kinde.com" % company(r),
        "KINDE_SITE_URL=http://localhost:3000",
        "KINDE_POST_LOGOUT_REDIRECT_URL=http://localhost:3000",
        "KINDE_POST_LOGIN_REDIRECT_URL=http://localhost:3000/dashboard")


@pos("workos", "api_key")
def p_workos_k8s_secret(c):
    r = c.r
    key = c.v("yaml", g_workos_key, "WORKOS_API_KEY", style="double")
    return pick(r, ["k8s/secrets/workos.yaml", "deploy/base/workos-secret.yaml"]), lines(
        "apiVersion: v1",
        "kind: Secret",
        "metadata:",
        "  name: workos-credentials",
        "  namespace: %s" % app(r),
        "type: Opaque",
        "stringData:",
        "  WORKOS_API_KEY: %s" % key,
        '  WORKOS_CLIENT_ID: "%s"' % workos_client_id(r))


@pos("ory", "api_key")
def p_ory_python(c):
    r = c.r
    key = c.v("py", g_ory, "ORY_API_KEY")
    return pick(r, ["admin/ory_cleanup.py", "scripts/ory_purge_unverified.py"]), lines(
        "import ory_client",
        "from ory_client.api import identity_api",
        "",
        "configuration = ory_client.Configuration(",
        '    host="https://%s.projects.oryapis.com",' % rs(r, LOWNUM, 8),
        "    access_token=%s," % key,
        ")",
        "",
        "with ory_client.ApiClient(configuration) as api_client:",
        "    api = identity_api.IdentityApi(api_client)",
        "    for ident in api.list_identities(page_size=250):",
        '        if not ident.verifiable_addresses[0].verified:',
        "            print(ident.id)")


# ================================================================ NEGATIVE LOOK-ALIKE TEMPLATES
@neg("jwks", "public-jwks")
def n_public_jwks(c):
    r = c.r
    keys = [jwk_rsa_public(r) for _ in range(pick(r, [1, 2, 3]))]
    if r.random() < 0.4:
        keys.append({k: v for k, v in jwk_ec(r, private=False).items()})
    return pick(r, ["public/.well-known/jwks.json", "static/jwks.json", "test/fixtures/jwks.json"]), json.dumps({"keys": keys}, indent=2) + "\n"


@neg("oidc", "discovery-document")
def n_oidc_discovery(c):
    r = c.r
    iss = pick(r, ["https://%s/" % auth0_domain(r), "https://%s/oauth2/default" % okta_domain(r), "%s/realms/%s" % (kc_host(r), realm(r))])
    base = iss.rstrip("/")
    d = {"issuer": iss, "authorization_endpoint": base + "/authorize", "token_endpoint": base + "/oauth/token",
         "userinfo_endpoint": base + "/userinfo", "jwks_uri": base + "/.well-known/jwks.json",
         "response_types_supported": ["code", "id_token", "code id_token"], "subject_types_supported": ["public"],
         "id_token_signing_alg_values_supported": ["RS256", "HS256"], "scopes_supported": ["openid", "profile", "email", "offline_access"],
         "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post", "private_key_jwt"],
         "code_challenge_methods_supported": ["S256", "plain"]}
    return pick(r, ["test/fixtures/openid-configuration.json", "mocks/oidc/.well-known/openid-configuration"]), json.dumps(d, indent=2) + "\n"


@neg("saml", "idp-metadata")
def n_saml_metadata(c):
    r = c.r
    crt = pem_body_oneline(cert_pem(r, "%s-idp" % company(r), company(r).title()))
    ent = pick(r, ["http://www.okta.com/%s" % rs(r, ALNUM, 20), "urn:%s" % auth0_domain(r), "%s/realms/%s" % (kc_host(r), realm(r))])
    return pick(r, ["config/saml/idp-metadata.xml", "saml/metadata/idp.xml"]), lines(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="%s">' % ent,
        '  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">',
        '    <md:KeyDescriptor use="signing">',
        '      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">',
        "        <ds:X509Data>",
        "          <ds:X509Certificate>%s</ds:X509Certificate>" % crt,
        "        </ds:X509Data>",
        "      </ds:KeyInfo>",
        "    </md:KeyDescriptor>",
        "    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>",
        '    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://%s/app/%s/sso/saml"/>' % (okta_domain(r), rs(r, LOWNUM, 20)),
        "  </md:IDPSSODescriptor>",
        "</md:EntityDescriptor>")


@neg("jwt", "public-key-pem")
def n_public_pem(c):
    r = c.r
    return pick(r, ["keys/jwt_public.pem", "config/jwt/public.pem", "certs/token-verify.pub.pem"]), public_key_pem(r)


@neg("saml", "certificate")
def n_cert_pem(c):
    r = c.r
    p = cert_pem(r, pick(r, ["idp.%s.com" % company(r), "%s-sp" % app(r), "sso.%s.io" % company(r)]), company(r).title())
    if r.random() < 0.4:
        p = "# IdP signing certificate (public), downloaded from the admin console\n" + p
    return pick(r, ["certs/idp.crt", "config/saml/idp-signing.pem", "saml/okta.cert"]), p


@neg("auth0", "log-ids")
def n_auth_log(c):
    r = c.r
    out = []
    for _ in range(r.randrange(8, 16)):
        out.append("%s INFO  [%s] %s user=%s session=%s request_id=%s ip=10.%d.%d.%d" % (
            ts_iso(r), pick(r, ["auth", "session", "oidc-callback"]), pick(r, ["login.success", "token.refresh", "logout", "session.extend", "mfa.challenge"]),
            pick(r, ["auth0|" + rs(r, HEX, 24), "google-oauth2|" + digits(r, 21), okta_id(r, "00u"), stytch_id(r, "user")]),
            pick(r, [b64u(rbytes(r, 24)), uuid4(r), rs(r, ALNUM, 32)]), uuid4(r), r.randrange(256), r.randrange(256), r.randrange(256)))
    return pick(r, ["logs/auth.log", "var/log/app/auth-%d.log" % r.randrange(1, 30), "test/fixtures/auth.log"]), "\n".join(out) + "\n"


def bcrypt_hash(r):
    return "$2%s$%02d$%s" % (pick(r, ["a", "b", "y"]), pick(r, [10, 11, 12, 12, 13]), rs(r, BCRYPT, 53))


def argon2_hash(r):
    return "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s" % (pick(r, [19456, 65536, 47104]), pick(r, [2, 3]), pick(r, [1, 4]),
                                                    b64(rbytes(r, 16)).rstrip("="), b64(rbytes(r, 32)).rstrip("="))


@neg("keycloak", "bcrypt-hashes")
def n_users_csv(c):
    r = c.r
    rows = ["id,email,password_hash,created_at,email_verified"]
    for i in range(r.randrange(6, 14)):
        rows.append("%s,%s,%s,%s,%s" % (uuid4(r), email(r, "example.com"), bcrypt_hash(r), ts_iso(r)[:10], pick(r, ["true", "false"])))
    return pick(r, ["fixtures/users.csv", "migration/auth0-import/users.csv", "data/seed/users.csv"]), "\n".join(rows) + "\n"


@neg("generic", "argon2-hashes")
def n_users_sql(c):
    r = c.r
    out = ["-- test users; passwords are argon2id hashes of the fixture passwords in tests/README.md",
           "INSERT INTO users (id, email, password_hash, role) VALUES"]
    n = r.randrange(4, 9)
    for i in range(n):
        out.append("  ('%s', '%s', '%s', '%s')%s" % (uuid4(r), email(r, "example.test"), argon2_hash(r), pick(r, ["admin", "member", "viewer"]), "," if i < n - 1 else ";"))
    return pick(r, ["db/seeds/001_users.sql", "sql/fixtures/users.sql"]), "\n".join(out) + "\n"


@neg("django", "pbkdf2-hashes")
def n_django_fixture(c):
    r = c.r
    objs = []
    for i in range(r.randrange(2, 6)):
        salt = rs(r, ALNUM, 22)
        objs.append({"model": "auth.user", "pk": i + 1, "fields": {
            "password": "pbkdf2_sha256$%d$%s$%s" % (pick(r, [600000, 720000, 870000]), salt, b64(rbytes(r, 32))),
            "username": pick(r, FIRST) + str(i), "email": email(r, "example.org"), "is_staff": i == 0, "is_active": True,
            "date_joined": ts_iso(r)}})
    return pick(r, ["accounts/fixtures/users.json", "fixtures/auth_users.json"]), json.dumps(objs, indent=2) + "\n"


@neg("keycloak", "masked-realm-export")
def n_kc_export_masked(c):
    r = c.r
    rl = realm(r)
    body = ["{", '  "realm": "%s",' % rl, '  "enabled": true,', '  "clients": [']
    body += kc_client_block(r, "%s-backend" % app(r), '"**********"')
    body += ["  ],", '  "components": {', '    "org.keycloak.keys.KeyProvider": [',
             '      { "name": "rsa-generated", "providerId": "rsa-generated", "config": { "priority": ["100"] } }',
             "    ]", "  }", "}"]
    return pick(r, ["keycloak/export/%s-realm.json" % rl, "realm-config/%s.json" % rl]), lines(*body)


@neg("npm", "integrity-hashes")
def n_lockfile(c):
    r = c.r
    pk = {}
    for name in r.sample(["@auth0/nextjs-auth0", "@okta/okta-auth-js", "@workos-inc/node", "stytch", "@descope/node-sdk",
                          "supertokens-node", "@ory/client", "jose", "jsonwebtoken", "@logto/next", "keycloak-js", "firebase-admin"], 5):
        ver = "%d.%d.%d" % (r.randrange(1, 6), r.randrange(0, 30), r.randrange(0, 12))
        pk["node_modules/" + name] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name.split("/")[-1], ver),
                                      "integrity": "sha512-" + b64(rbytes(r, 64)), "license": "MIT"}
    d = {"name": app(r), "version": "0.%d.0" % r.randrange(1, 30), "lockfileVersion": 3, "requires": True, "packages": pk}
    return pick(r, ["package-lock.json", "web/package-lock.json"]), json.dumps(d, indent=2) + "\n"


@neg("k8s", "image-digests")
def n_k8s_digest(c):
    r = c.r
    return pick(r, ["k8s/keycloak/deployment.yaml", "deploy/authentik/worker.yaml"]), lines(
        "apiVersion: apps/v1",
        "kind: Deployment",
        "metadata:",
        "  name: %s" % pick(r, ["keycloak", "authentik-worker", "oauth2-proxy"]),
        "spec:",
        "  replicas: 2",
        "  template:",
        "    spec:",
        "      containers:",
        "        - name: main",
        "          image: quay.io/keycloak/keycloak@sha256:%s" % rs(r, HEX, 64),
        "          envFrom:",
        "            - secretRef:",
        "                name: keycloak-env",
        "        - name: proxy",
        "          image: quay.io/oauth2-proxy/oauth2-proxy@sha256:%s" % rs(r, HEX, 64))


@neg("okta", "system-log")
def n_okta_syslog(c):
    r = c.r
    ev = []
    for _ in range(r.randrange(2, 4)):
        ev.append({"uuid": uuid4(r), "published": ts_iso(r), "eventType": pick(r, ["user.session.start", "user.authentication.sso", "user.account.lock"]),
                   "actor": {"id": okta_id(r, "00u"), "type": "User", "alternateId": email(r)},
                   "client": {"ipAddress": "203.0.113.%d" % r.randrange(1, 255), "userAgent": {"browser": "CHROME", "os": "Mac OS X"}},
                   "authenticationContext": {"externalSessionId": "102" + rs(r, ALNUM, 22), "authenticationStep": 0},
                   "transaction": {"type": "WEB", "id": rs(r, ALNUM, 27)}, "outcome": {"result": "SUCCESS"},
                   "target": [{"id": okta_id(r, "0oa"), "type": "AppInstance", "displayName": app(r)}]})
    return pick(r, ["test/fixtures/okta-system-log.json", "samples/okta_events.json"]), json.dumps(ev, indent=2) + "\n"


@neg("auth0", "log-events")
def n_auth0_logs(c):
    r = c.r
    out = []
    for _ in range(r.randrange(3, 6)):
        out.append(json.dumps({"date": ts_iso(r), "type": pick(r, ["s", "seacft", "fp", "slo", "sapi"]), "client_id": g_auth0_client_id(r),
                               "client_name": app(r), "ip": "198.51.100.%d" % r.randrange(1, 255), "user_id": "auth0|" + rs(r, HEX, 24),
                               "log_id": digits(r, 56), "session_connection": uuid4(r) if r.random() < 0.5 else None}))
    return pick(r, ["logs/auth0-export.jsonl", "fixtures/auth0_logs.jsonl"]), "\n".join(out) + "\n"


@neg("stytch", "public-token")
def n_stytch_frontend(c):
    r = c.r
    env = pick(r, ["test", "live"])
    return pick(r, ["src/app/providers.tsx", "app/stytch-provider.tsx"]), lines(
        '"use client";',
        "",
        'import { StytchProvider } from "@stytch/nextjs";',
        'import { createStytchUIClient } from "@stytch/nextjs/ui";',
        "",
        "// public token: safe to ship to the browser",
        'const stytch = createStytchUIClient("public-token-%s-%s");' % (env, uuid4(r)),
        "",
        "export default function Providers({ children }: { children: React.ReactNode }) {",
        "  return <StytchProvider stytch={stytch}>{children}</StytchProvider>;",
        "}")


@neg("descope", "project-id")
def n_descope_react(c):
    r = c.r
    return pick(r, ["src/main.tsx", "app/layout.tsx"]), lines(
        'import React from "react";',
        'import ReactDOM from "react-dom/client";',
        'import { AuthProvider } from "@descope/react-sdk";',
        'import App from "./App";',
        "",
        'ReactDOM.createRoot(document.getElementById("root")!).render(',
        '  <AuthProvider projectId="%s">' % descope_project(r),
        "    <App />",
        "  </AuthProvider>,",
        ");")


@neg("workos", "client-id")
def n_workos_client(c):
    r = c.r
    return pick(r, ["src/authkit.tsx", "app/root.tsx"]), lines(
        'import { AuthKitProvider } from "@workos-inc/authkit-react";',
        "",
        'const CLIENT_ID = "%s";' % workos_client_id(r),
        "",
        "export function Root({ children }: { children: React.ReactNode }) {",
        "  return (",
        '    <AuthKitProvider clientId={CLIENT_ID} apiHostname="auth.%s.com">' % company(r),
        "      {children}",
        "    </AuthKitProvider>",
        "  );",
        "}",
        "",
        '// organization for the demo tenant: org_%s' % ulid(r))


@neg("aws-cognito", "pool-and-client-id")
def n_cognito_amplify(c):
    r = c.r
    reg = pick(r, REGIONS)
    return pick(r, ["src/amplify-config.ts", "web/src/aws-exports.js"]), lines(
        "const awsconfig = {",
        "  Auth: {",
        "    Cognito: {",
        '      userPoolId: "%s",' % cognito_pool(r, reg),
        '      userPoolClientId: "%s",' % g_cognito_client_id(r),
        '      identityPoolId: "%s:%s",' % (reg, uuid4(r)),
        "      loginWith: {",
        "        oauth: {",
        '          domain: "%s-%s.auth.%s.amazoncognito.com",' % (company(r), app(r), reg),
        '          scopes: ["openid", "email", "profile"],',
        '          redirectSignIn: ["http://localhost:3000/"],',
        '          redirectSignOut: ["http://localhost:3000/"],',
        '          responseType: "code",',
        "        },",
        "      },",
        "    },",
        "  },",
        "};",
        "",
        "export default awsconfig;")


@neg("auth0", "spa-client-id")
def n_auth0_spa(c):
    r = c.r
    return pick(r, ["src/auth/auth0.js", "src/main.js"]), lines(
        "import { createAuth0Client } from '@auth0/auth0-spa-js';",
        "",
        "export const auth0 = await createAuth0Client({",
        "  domain: '%s'," % auth0_domain(r),
        "  clientId: '%s'," % g_auth0_client_id(r),
        "  authorizationParams: {",
        "    redirect_uri: window.location.origin,",
        "    audience: 'https://api.%s.com'," % company(r),
        "  },",
        "  cacheLocation: 'memory',",
        "  useRefreshTokens: true,",
        "});")


@neg("okta", "widget-config")
def n_okta_widget(c):
    r = c.r
    d = okta_domain(r)
    return pick(r, ["src/okta-config.js", "public/js/signin.js"]), lines(
        "const oktaSignIn = new OktaSignIn({",
        "  baseUrl: 'https://%s'," % d,
        "  clientId: '%s'," % okta_id(r, "0oa"),
        "  redirectUri: window.location.origin + '/login/callback',",
        "  authParams: {",
        "    issuer: 'https://%s/oauth2/%s'," % (d, pick(r, ["default", okta_id(r, "aus")])),
        "    scopes: ['openid', 'profile', 'email'],",
        "    pkce: true,",
        "  },",
        "  useClassicEngine: false,",
        "});")


@neg("git", "commit-shas")
def n_changelog(c):
    r = c.r
    out = ["# Changelog", ""]
    for i in range(r.randrange(3, 6)):
        out.append("## %d.%d.%d (%s)" % (r.randrange(1, 4), r.randrange(0, 20), i, ts_iso(r)[:10]))
        for _ in range(r.randrange(2, 4)):
            out.append("- %s ([%s](https://github.com/%s/%s/commit/%s))" % (
                pick(r, ["rotate Okta client on deploy", "refresh JWKS cache every 10 minutes", "add Keycloak realm import",
                         "switch to PKCE for the SPA", "verify SAML assertions with the new IdP certificate", "drop HS256 support"]),
                rs(r, HEX, 7), company(r), app(r), rs(r, HEX, 40)))
        out.append("")
    return "CHANGELOG.md", "\n".join(out)


@neg("go", "module-hashes")
def n_go_sum(c):
    r = c.r
    out = []
    for mod in ["github.com/okta/okta-sdk-golang/v2", "github.com/golang-jwt/jwt/v5", "github.com/coreos/go-oidc/v3",
                "github.com/descope/go-sdk", "github.com/stytchauth/stytch-go/v12", "github.com/ory/client-go", "golang.org/x/oauth2"]:
        if r.random() < 0.7:
            v = "v%d.%d.%d" % (r.randrange(0, 13), r.randrange(0, 20), r.randrange(0, 9))
            out.append("%s %s h1:%s" % (mod, v, b64(rbytes(r, 32))))
            out.append("%s %s/go.mod h1:%s" % (mod, v, b64(rbytes(r, 32))))
    return "go.sum", "\n".join(out) + "\n"


@neg("saml", "cert-fingerprint")
def n_saml_fp(c):
    r = c.r
    return pick(r, ["config/saml.yml", "config/sso/idp.yaml"]), lines(
        "production:",
        "  idp_entity_id: http://www.okta.com/%s" % rs(r, ALNUM, 20),
        "  idp_sso_target_url: https://%s/app/%s/sso/saml" % (okta_domain(r), rs(r, LOWNUM, 20)),
        '  idp_cert_fingerprint: "%s"' % ":".join(rs(r, "0123456789ABCDEF", 2) for _ in range(pick(r, [20, 32]))),
        "  idp_cert_fingerprint_algorithm: http://www.w3.org/2001/04/xmlenc#sha256",
        "  x5t_s256: %s" % b64u(rbytes(r, 32)),
        "  name_identifier_format: urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
        "  sp_entity_id: https://%s.%s.com/saml/metadata" % (app(r), company(r)))


@neg("saml", "signature-value")
def n_saml_signed_fixture(c):
    r = c.r
    return pick(r, ["spec/fixtures/saml/authn_request_signed.xml", "test/data/saml-request.xml"]), lines(
        '<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_%s" Version="2.0" IssueInstant="%s">' % (rs(r, HEX, 40), ts_iso(r)[:19] + "Z"),
        "  <saml:Issuer xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\">https://%s.%s.com/saml/metadata</saml:Issuer>" % (app(r), company(r)),
        '  <ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#">',
        "    <ds:SignedInfo>",
        '      <ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>',
        '      <ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>',
        '      <ds:Reference URI="#_%s">' % rs(r, HEX, 40),
        '        <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>',
        "        <ds:DigestValue>%s</ds:DigestValue>" % b64(rbytes(r, 32)),
        "      </ds:Reference>",
        "    </ds:SignedInfo>",
        "    <ds:SignatureValue>%s</ds:SignatureValue>" % b64(rbytes(r, 256)),
        "  </ds:Signature>",
        "</samlp:AuthnRequest>")


@neg("ssh", "public-keys")
def n_ssh_pub(c):
    r = c.r
    out = ["# bastion access for the identity team (public keys only)"]
    for _ in range(r.randrange(2, 5)):
        if r.random() < 0.6:
            out.append("ssh-ed25519 %s %s" % (b64(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(r, 32)), email(r)))
        else:
            out.append("ssh-rsa %s %s" % (b64(b"\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01\x00\x00\x01\x01\x00" + rbytes(r, 256)), email(r)))
    return pick(r, ["ops/bastion/authorized_keys", "infra/ssh/authorized_keys"]), "\n".join(out) + "\n"


@neg("okta", "terraform-import-ids")
def n_okta_tf_import(c):
    r = c.r
    out = []
    for res, pfx in [("okta_group.engineering", "00g"), ("okta_app_oauth.portal", "0oa"), ("okta_user.svc_ci", "00u"),
                     ("okta_auth_server.api", "aus"), ("okta_policy_signon.default", "00p")]:
        out += ["import {", "  to = %s" % res, '  id = "%s"' % okta_id(r, pfx), "}", ""]
    return pick(r, ["infra/okta/imports.tf", "terraform/okta/import.tf"]), "\n".join(out)


@neg("keycloak", "data-uri")
def n_theme_css(c):
    r = c.r
    return pick(r, ["themes/%s/login/resources/css/login.css" % company(r), "keycloak/themes/custom/login/resources/css/styles.css"]), lines(
        ".login-pf body {",
        "  background: #%s;" % rs(r, HEX, 6),
        "}",
        "#kc-header-wrapper {",
        "  background-image: url(\"data:image/png;base64,%s\");" % b64(b"\x89PNG\r\n\x1a\n" + rbytes(r, r.randrange(150, 400))),
        "  background-repeat: no-repeat;",
        "  height: 64px;",
        "}")


@neg("helm", "existing-secret-refs")
def n_helm_refs(c):
    r = c.r
    return pick(r, ["deploy/keycloak/values-prod.yaml", "charts/auth/values.yaml"]), lines(
        "auth:",
        "  adminUser: admin",
        "  existingSecret: keycloak-admin",
        "  passwordSecretKey: admin-password",
        "extraEnvVars:",
        "  - name: KC_SPI_OIDC_CLIENT_SECRET",
        "    valueFrom:",
        "      secretKeyRef:",
        "        name: %s-oidc" % app(r),
        "        key: client-secret",
        "  - name: OKTA_API_TOKEN",
        "    valueFrom:",
        "      secretKeyRef:",
        "        name: okta-api",
        "        key: token",
        "externalDatabase:",
        "  existingSecret: keycloak-db",
        "  existingSecretPasswordKey: password")


@neg("k8s", "sealed-secret")
def n_sealed(c):
    r = c.r
    return pick(r, ["k8s/sealed/okta-credentials.yaml", "clusters/prod/auth0-sealed.yaml"]), lines(
        "apiVersion: bitnami.com/v1alpha1",
        "kind: SealedSecret",
        "metadata:",
        "  name: idp-credentials",
        "  namespace: %s" % app(r),
        "spec:",
        "  encryptedData:",
        "    client_secret: Ag%s" % b64(rbytes(r, 300)),
        "    api_token: Ag%s" % b64(rbytes(r, 290)),
        "  template:",
        "    metadata:",
        "      name: idp-credentials")


@neg("sops", "encrypted-values")
def n_sops(c):
    r = c.r
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(r, n)), b64(rbytes(r, 32)), b64(rbytes(r, 16)))
    return pick(r, ["secrets/auth.enc.yaml", "deploy/secrets.prod.yaml"]), lines(
        "auth0:",
        "    domain: %s" % auth0_domain(r),
        "    client_id: %s" % g_auth0_client_id(r),
        "    client_secret: %s" % enc(64),
        "okta:",
        "    api_token: %s" % enc(42),
        "sops:",
        "    kms:",
        "        - arn: arn:aws:kms:%s:%s:key/%s" % (pick(r, REGIONS), digits(r, 12), uuid4(r)),
        "          created_at: \"%s\"" % ts_iso(r)[:19] + "Z",
        "          enc: %s" % b64(rbytes(r, 180)),
        "          aws_profile: \"\"",
        "    lastmodified: \"%s\"" % ts_iso(r)[:19] + "Z",
        "    mac: %s" % enc(32),
        "    unencrypted_suffix: _unencrypted",
        "    version: 3.%d.%d" % (r.randrange(7, 10), r.randrange(0, 4)))


@neg("ansible", "vault-ciphertext")
def n_ansible_vault(c):
    r = c.r
    h = rs(r, HEX, 80 * r.randrange(6, 12))
    body = [h[i:i + 80] for i in range(0, len(h), 80)]
    return pick(r, ["ansible/group_vars/keycloak/vault.yml", "roles/authentik/vars/secrets.yml"]), lines(*(["$ANSIBLE_VAULT;1.1;AES256"] + body))


@neg("webauthn", "credential-public-keys")
def n_webauthn(c):
    r = c.r
    creds = [{"credentialId": b64u(rbytes(r, pick(r, [16, 32, 64]))), "userHandle": b64u(rbytes(r, 16)),
              "publicKey": b64u(b"\xa5\x01\x02\x03\x26\x20\x01\x21\x58\x20" + rbytes(r, 32) + b"\x22\x58\x20" + rbytes(r, 32)),
              "signCount": r.randrange(0, 300), "transports": ["internal", "hybrid"], "aaguid": uuid4(r)} for _ in range(r.randrange(1, 4))]
    return pick(r, ["test/fixtures/passkeys.json", "spec/fixtures/webauthn_credentials.json"]), json.dumps(creds, indent=2) + "\n"


@neg("stytch", "api-response-ids")
def n_stytch_response(c):
    r = c.r
    d = {"request_id": stytch_id(r, "request-id"), "status_code": 200, "user_id": stytch_id(r, "user"),
         "emails": [{"email_id": stytch_id(r, "email"), "email": email(r, "example.com"), "verified": True}],
         "session": {"session_id": stytch_id(r, "session-live", "test").replace("-test-", "-"), "started_at": ts_iso(r),
                     "expires_at": ts_iso(r)}}
    return pick(r, ["test/fixtures/stytch_authenticate.json", "mocks/stytch/user.json"]), json.dumps(d, indent=2) + "\n"


@neg("zitadel", "resource-ids")
def n_zitadel_ids(c):
    r = c.r
    pid = zitadel_id(r)
    return pick(r, ["config/zitadel.yaml", "deploy/auth/zitadel-client.yaml"]), lines(
        "zitadel:",
        "  issuer: https://%s-%s.zitadel.cloud" % (company(r), rs(r, LOWNUM, 6)),
        '  project_id: "%s"' % pid,
        '  org_id: "%s"' % zitadel_id(r),
        '  client_id: "%s@%s"' % (zitadel_id(r), app(r)),
        "  scopes:",
        "    - openid",
        "    - urn:zitadel:iam:org:project:id:%s:aud" % pid,
        "  pkce: true")


@neg("logto", "public-app-id")
def n_logto_spa(c):
    r = c.r
    return pick(r, ["src/logto.ts", "src/auth/config.ts"]), lines(
        'import { LogtoConfig, UserScope } from "@logto/react";',
        "",
        "// single-page app: no secret, PKCE only",
        "export const config: LogtoConfig = {",
        '  endpoint: "https://%s.logto.app/",' % rs(r, LOWNUM, 6),
        '  appId: "%s",' % logto_app_id(r),
        "  scopes: [UserScope.Email, UserScope.Profile],",
        "};",
        "",
        'export const kindeClientId = "%s";' % kinde_client_id(r))


@neg("fusionauth", "api-key-ids")
def n_fusionauth_ids(c):
    r = c.r
    keys = [{"id": uuid4(r), "description": pick(r, ["CI", "Terraform", "Reporting", "Support tool"]), "keyManager": False,
             "tenantId": uuid4(r), "insertInstant": epoch(r) * 1000, "metaData": {"attributes": {"owner": email(r)}},
             "keyHashSHA256": rs(r, HEX, 64)} for _ in range(r.randrange(2, 5))]
    return pick(r, ["docs/fusionauth/api-keys.json", "audit/fusionauth-keys-2024.json"]), json.dumps({"apiKeys": keys}, indent=2) + "\n"


@neg("cdn", "sri-hashes")
def n_sri(c):
    r = c.r
    return pick(r, ["public/login.html", "templates/signin.html"]), lines(
        "<!doctype html>",
        "<html>",
        "<head>",
        '  <meta charset="utf-8">',
        '  <link rel="stylesheet" href="https://global.oktacdn.com/okta-signin-widget/7.%d.0/css/okta-sign-in.min.css" integrity="sha384-%s" crossorigin="anonymous">' % (r.randrange(10, 30), b64(rbytes(r, 48))),
        '  <script src="https://global.oktacdn.com/okta-signin-widget/7.%d.0/js/okta-sign-in.min.js" integrity="sha384-%s" crossorigin="anonymous"></script>' % (r.randrange(10, 30), b64(rbytes(r, 48))),
        '  <meta http-equiv="Content-Security-Policy" content="script-src \'self\' \'nonce-%s\'">' % b64(rbytes(r, 16)),
        "</head>",
        '<body><div id="okta-login-container"></div></body>',
        "</html>")


@neg("keycloak", "download-checksums")
def n_dockerfile_sha(c):
    r = c.r
    v = "%d.0.%d" % (r.randrange(22, 27), r.randrange(0, 8))
    return pick(r, ["docker/keycloak/Dockerfile", "images/keycloak/Dockerfile"]), lines(
        "FROM registry.access.redhat.com/ubi9 AS ubi",
        "ARG KEYCLOAK_VERSION=%s" % v,
        "ARG KEYCLOAK_SHA256=%s" % rs(r, HEX, 64),
        "RUN curl -fsSLo /tmp/kc.tar.gz https://github.com/keycloak/keycloak/releases/download/${KEYCLOAK_VERSION}/keycloak-${KEYCLOAK_VERSION}.tar.gz \\",
        ' && echo "${KEYCLOAK_SHA256}  /tmp/kc.tar.gz" | sha256sum -c - \\',
        " && tar -xzf /tmp/kc.tar.gz -C /opt && mv /opt/keycloak-${KEYCLOAK_VERSION} /opt/keycloak",
        "",
        "FROM quay.io/keycloak/keycloak:%s" % v,
        "COPY --from=ubi /opt/keycloak /opt/keycloak",
        'ENTRYPOINT ["/opt/keycloak/bin/kc.sh"]')


@neg("azure-ad-b2c", "tenant-and-client-ids")
def n_b2c(c):
    r = c.r
    ten = company(r)
    return pick(r, ["appsettings.json", "src/Api/appsettings.json"]), lines(
        "{",
        '  "AzureAdB2C": {',
        '    "Instance": "https://%sb2c.b2clogin.com",' % ten,
        '    "ClientId": "%s",' % uuid4(r),
        '    "Domain": "%sb2c.onmicrosoft.com",' % ten,
        '    "TenantId": "%s",' % uuid4(r),
        '    "SignUpSignInPolicyId": "B2C_1_susi"',
        "  },",
        '  "Logging": { "LogLevel": { "Default": "Information" } }',
        "}")


@neg("oauth", "pkce-state-nonce")
def n_pkce_test(c):
    r = c.r
    return pick(r, ["tests/test_callback.py", "app/tests/test_oidc_flow.py"]), lines(
        "from urllib.parse import parse_qs, urlparse",
        "",
        "from app.oidc import build_authorize_url",
        "",
        "",
        "def test_authorize_url_has_pkce():",
        "    url = build_authorize_url(",
        '        state="%s",' % b64u(rbytes(r, 16)),
        '        nonce="%s",' % b64u(rbytes(r, 16)),
        '        code_challenge="%s",' % b64u(rbytes(r, 32)),
        "    )",
        "    q = parse_qs(urlparse(url).query)",
        '    assert q["code_challenge_method"] == ["S256"]',
        '    assert q["client_id"] == ["%s"]' % okta_id(r, "0oa"),
        '    assert q["response_type"] == ["code"]')


@neg("jwt", "decoded-claims-doc")
def n_claims_doc(c):
    r = c.r
    d = auth0_domain(r)
    return pick(r, ["docs/tokens.md", "docs/auth/claims.md"]), lines(
        "# Access token claims",
        "",
        "Header:",
        "",
        "```json",
        json.dumps({"alg": "RS256", "typ": "JWT", "kid": rs(r, B64URL, 22)}, indent=2),
        "```",
        "",
        "Payload:",
        "",
        "```json",
        json.dumps({"iss": "https://%s/" % d, "sub": "auth0|" + rs(r, HEX, 24), "aud": ["https://api.%s.com" % company(r), "https://%s/userinfo" % d],
                    "iat": 1700000000, "exp": 1700086400, "azp": g_auth0_client_id(r), "scope": "openid profile email",
                    "https://%s.com/roles" % company(r): ["admin"]}, indent=2),
        "```",
        "",
        "Verify the signature with the tenant JWKS at `https://%s/.well-known/jwks.json`." % d)


@neg("aws-cognito", "jwks-verification")
def n_cognito_verify(c):
    r = c.r
    reg = pick(r, REGIONS)
    pool = cognito_pool(r, reg)
    return pick(r, ["app/auth/verify.py", "lambda/authorizer.py"]), lines(
        "import jwt",
        "from jwt import PyJWKClient",
        "",
        'REGION = "%s"' % reg,
        'USER_POOL_ID = "%s"' % pool,
        'APP_CLIENT_ID = "%s"' % g_cognito_client_id(r),
        'JWKS_URL = f"https://cognito-idp.{REGION}.amazonaws.com/{USER_POOL_ID}/.well-known/jwks.json"',
        "",
        "_jwks = PyJWKClient(JWKS_URL)",
        "",
        "",
        "def verify(token: str) -> dict:",
        "    key = _jwks.get_signing_key_from_jwt(token)",
        '    return jwt.decode(token, key.key, algorithms=["RS256"], audience=APP_CLIENT_ID)')


@neg("okta", "group-export")
def n_okta_groups_csv(c):
    r = c.r
    rows = ["group_id,name,member_count,last_updated"]
    for _ in range(r.randrange(5, 12)):
        rows.append("%s,%s,%d,%s" % (okta_id(r, "00g"), pick(r, ["Engineering", "Finance", "Support", "Contractors", "Admins", "Everyone", "Sales"]) + "-" + rs(r, LO, 3), r.randrange(1, 500), ts_iso(r)))
    return pick(r, ["reports/okta_groups.csv", "exports/groups.csv"]), "\n".join(rows) + "\n"


@neg("generic", "env-example")
def n_env_example(c):
    r = c.r
    return pick(r, [".env.example", ".env.sample", "env.example"]), lines(
        "# copy to .env.local and fill in",
        "AUTH0_SECRET='use [openssl rand -hex 32] to generate a 32 bytes value'",
        "AUTH0_DOMAIN=your-tenant.us.auth0.com",
        "AUTH0_CLIENT_ID=",
        "AUTH0_CLIENT_SECRET=",
        "OKTA_API_TOKEN=<okta-api-token>",
        "STYTCH_PROJECT_ID=project-test-00000000-0000-0000-0000-000000000000",
        "STYTCH_SECRET=secret-test-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=",
        "WORKOS_API_KEY=sk_your_api_key_here",
        "WORKOS_CLIENT_ID=client_your_client_id_here",
        "KEYCLOAK_CLIENT_SECRET=changeme",
        "JWT_SECRET=")


@neg("generic", "env-references")
def n_settings_env(c):
    r = c.r
    return pick(r, ["app/config.py", "src/settings.py"]), lines(
        "import os",
        "",
        "from pydantic_settings import BaseSettings",
        "",
        "",
        "class Settings(BaseSettings):",
        '    okta_domain: str = "%s"' % okta_domain(r),
        '    okta_client_id: str = "%s"' % okta_id(r, "0oa"),
        "    okta_client_secret: str = os.environ.get(\"OKTA_CLIENT_SECRET\", \"\")",
        '    jwt_secret: str = os.environ["JWT_SECRET"]',
        '    keycloak_admin_password: str = ""',
        "",
        "    class Config:",
        '        env_file = ".env"',
        "",
        "",
        "settings = Settings()")


# ================================================================ driver
BLOCKED_ENV = re.compile(r"^\.env(\.(local|development|dev|production|prod|staging|test))*$")
N_POS = 500
N_NEG = 500


def schedule(r, items, n):
    out = []
    while len(out) < n:
        batch = list(items)
        r.shuffle(batch)
        out.extend(batch)
    return out[:n]


def fix_imports(rel, text):
    """Add the import an environment reference needs (negatives mostly)."""
    if rel.endswith(".go") and "os.Getenv(" in text and '\t"os"' not in text and "import (\n" in text:
        text = text.replace("import (\n", 'import (\n\t"os"\n', 1)
    if rel.endswith(".py") and re.search(r"\bos\.(environ|getenv)", text) and not re.search(r"^import os$", text, re.M):
        ls = text.split("\n")
        for i, l in enumerate(ls):
            if l.startswith(("import ", "from ")):
                ls.insert(i, "import os")
                break
        else:
            ls.insert(0, "import os")
        text = "\n".join(ls)
    return text


def needle_line(text, needle):
    idx = text.find(needle)
    assert idx >= 0, "needle not in file"
    return text.count("\n", 0, idx) + 1


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_fz.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    dotenv_pos = 0

    for i, (name, provider, kind, fn) in enumerate(schedule(r, POS_T, N_POS)):
        c = Ctx(r, True)
        rel, text = fn(c)
        text = fix_imports(rel, text)
        assert c.needle, name
        assert "\n" not in c.needle, name
        base = rel.rsplit("/", 1)[-1]
        if base.startswith(".env"):
            dotenv_pos += 1
        f = "pos/p%04d/%s" % (i, rel)
        ln = needle_line(text, c.needle)
        assert c.needle in text.split("\n")[ln - 1]
        write(outdir, f, text)
        manifest.append({"file": f, "label": "pos", "provider": provider, "kind": kind, "filetype": ftype(rel)})
        secrets.append({"file": f, "needle": c.needle, "line": ln})
    assert dotenv_pos <= N_POS // 20, "too many .env positives: %d" % dotenv_pos

    jobs = [("reuse", t) for t in schedule(r, POS_T, N_NEG // 2)] + [("alike", t) for t in schedule(r, NEG_T, N_NEG - N_NEG // 2)]
    r.shuffle(jobs)
    for i, (how, (name, provider, kind, fn)) in enumerate(jobs):
        c = Ctx(r, False)
        rel, text = fn(c)
        text = fix_imports(rel, text)
        assert c.needle is None, name
        base = rel.rsplit("/", 1)[-1]
        assert not BLOCKED_ENV.match(base), (name, rel)
        f = "neg/n%04d/%s" % (i, rel)
        write(outdir, f, text)
        k = (c.negkind or "placeholder") if how == "reuse" else kind
        manifest.append({"file": f, "label": "neg", "provider": provider, "kind": k, "filetype": ftype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
